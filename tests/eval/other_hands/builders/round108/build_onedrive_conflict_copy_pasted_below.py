#!/usr/bin/env python3
"""Build the evaluation case `onedrive_conflict_copy_pasted_below`.

HMICFRS side: an ordinary definitive-list export for West Mercia Police (as at 07/06/2021).
Force side: the force's long-lived Excel tracker, into which the analyst pasted the rows that
differed in a OneDrive sync-conflict copy of the same workbook (saved on a staff officer's laptop).
The pasted block carries its own header row with one extra column, so every column after "Lead"
is shifted by one; three items appear twice (once in each block, with different updates and
"Last updated" dates); Track No. values collide between the two blocks.

Deterministic: fixed workbook properties, no randomness (random seeded anyway).
Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import os
import random

import xlsxwriter

random.seed(108)
CASE = "onedrive_conflict_copy_pasted_below"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
FIXED = dt.datetime(2021, 6, 10, 9, 14, 0)

B = "\u2022"  # bullet

# --------------------------------------------------------------------------------------------
# Real HMICFRS texts (copied from /work/shared/data/real_recommendations.csv and the WMP JAC
# paper of 30/11/2017 in /work/shared/data; not read at run time).
# --------------------------------------------------------------------------------------------
T = {}
T["SS1"] = ("Chief Constables and the College of Policing should establish in the Stop and Search Authorised "
            "Professional Practice document a clear specification of what constitutes the effective and fair "
            "exercise of stop and search powers, and guidance in this respect. This should be compliant with the "
            "Code of Practice.")
T["SS2"] = ("Chief Constables should establish or improve monitoring of the way officers stop and search people, so "
            "that they can be satisfied their officers are acting in accordance with the law (including equality "
            "legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch "
            "criminals and maintain public trust.")
T["EB"] = ("By September 2014, every police force in England and Wales should establish and publish an action plan "
           "that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\n"
           "This action plan should be developed:\n\n"
           "  \u2022 in consultation with police and crime commissioners, domestic abuse support organisations and "
           "victims' representatives;\n"
           "  \u2022 after close consideration of all the recommendations in this report;\n"
           "  \u2022 with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection "
           "with the force in question or another force; and 20\n"
           "  \u2022 drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels "
           "and MARAC self-assessments.The action plan should be established on the basis of best practice, based on "
           "revised relevant guidance from the College of Policing. To ensure consistency, the College and the "
           "national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should "
           "cover by the end of April 2014.\n\n"
           "Chief officers in each police force should oversee and ensure full implementation of these action plans. "
           "This should be a personal responsibility in each case. Police and crime commissioners should hold forces "
           "to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual "
           "all-force inspection programme. Police and crime commissioners and chief constables should be called upon "
           "to report publicly on progress, as well as to the national oversight and monitoring group.")
T["PA1"] = ("All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all "
            "they can to continue to reduce crime and protect the front line while balancing their budgets. They "
            "should use the data and information contained in this report, and in HMIC's Value for Money profiles, "
            "when conducting their reviews")
T["PA2"] = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through "
            "collaboration should assess whether there is scope to improve on this position. HMIC will follow up the "
            "assessments in the autumn.")
T["PA3"] = ("Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce "
            "and/or police officers on the front line should assess whether they have taken the decisive action seen "
            "in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments "
            "in the autumn.")
T["PA4"] = ("In preparation for the next spending round period all Chief Constables and PCCs should review their "
            "plans for collaboration. In particular they should consider whether there is scope to deliver better "
            "value for money and improved capability and capacity through joint working with other forces, the "
            "public and/or the private sector.")
T["CB"] = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, "
           "should provide call-handlers with specific, sound and comprehensible criteria against which they can "
           "assess threat, harm and risk.")
T["IM"] = ("By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to "
           "ensure that investigations into misconduct by officers and staff resulting in \u201cno further action\u201d "
           "are fair and free of any form of discrimination.")
T["TR1"] = ("Within three months, all chief constables should assess how well the governance of firearms licensing in "
            "his or her force meets the standards set out in Authorised Professional Practice. Chief constables of "
            "forces where the governance standards are not being complied with should put in place immediately the "
            "correct arrangements and procedures in order to meet the standards in full.")
T["TR2"] = ("Within three months, all chief constables should assess the demand placed on their firearms licensing "
            "department and ensure it has the capacity to meet this demand and provide an efficient and effective "
            "service at all times.")
T["TR3"] = ("Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by "
            "their force with regard to \u2018total expired\u2019 licensing records.")
T["TR4"] = ("Within three months, all chief constables should ensure that their arrangements in respect of the use of "
            "temporary permits are in accordance with the Home Office guidance; that temporary permits are properly "
            "recorded without delay on the National Firearms Licensing Management System; and that effective systems "
            "exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of "
            "a firearm.")
SF1_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources with the skills, "
    "experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to share information and "
    "safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess the nature and "
    "quality of the service provided to victims.",
]
T["SF1"] = ("Within twelve months, forces should review their leadership and governance arrangements for modern slavery "
            "and human trafficking, to ensure that:\n" + "\n".join(B + " " + b for b in SF1_BULLETS))
T["SF2"] = ("Within six months, forces should have in place active information-sharing agreements with other agencies "
            "to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify "
            "suspects as early as possible")
T["SF3"] = ("Immediately, forces should ensure that all victims carrying out criminal acts under compulsion "
            "attributable to slavery or exploitation are afforded the protection of early and continuing "
            "consideration of the applicability of the section 45 defence.")
T["SF4"] = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it "
            "evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to "
            "notify the Home Office of any individual suspected to be an adult victim of modern slavery or human "
            "trafficking.")
T["SF5"] = ("Immediately, forces should take steps to ensure they fully comply with national crime recording standard "
            "(NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient "
            "audit capacity is available to the force crime registrar to provide reassurance that each force is "
            "identifying and managing any gaps in its crime-recording accuracy for these types of offences.")
T["SF6"] = ("Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking "
            "are thoroughly investigated and effectively supervised by teams and individuals with the skills and "
            "experience to undertake them (this should include the use where appropriate of joint intelligence teams "
            "and other means to obtain intelligence and evidence from agencies overseas).")
T["SF7"] = ("Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to "
            "ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in "
            "respect of modern slavery and human trafficking offences are exploited.")
T["DIG"] = ("By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services "
            "within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime "
            "Commissioners should support the development of these plans by establishing a national framework which "
            "allows for the provision of digitally enabled services across force boundaries.")
T["LEGC"] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is "
             "consistently reasonable and fair. In particular, there is over-representation of BAME people, and black "
             "people in particular, in stop and search data which many forces are unable to explain.")
LEG1_BULLETS = [
    "the reasons for any disproportionate representation of different ethnic groups in the use of stop and search;",
    "the extent to which find rates differ between people from different ethnicities, and across different types of "
    "searches (including separate identification of find rates for drug possession and supply-type offences); and",
    "the prevalence of possession-only drug searches, and the extent to which these align with local or force level "
    "priorities.",
]
T["LEG1"] = ("By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a "
             "comprehensive set of data and information on use of stop and search powers to understand:\n"
             + " ".join(B + b for b in LEG1_BULLETS))
T["LEG2"] = ("Where forces identify disparities through monitoring, they should demonstrate to the public that they "
             "have:\n" + B + "carried out research and analysis in an attempt to understand the reasons for the "
             "disparity, and " + B + "taken action to reduce the disparity, where necessary;")
T["LEG3"] = ("We expect forces to publish this analysis and any actions taken at least on an annual basis, from July "
             "2018.")
T["LEG4"] = ("By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and "
             "search powers have been provided with, and understand, training on unconscious bias and College of "
             "Policing APP on stop and search.")
T["WMC1"] = ("The force does not have suitable arrangements in place to make sure it can maintain the full range of "
             "public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills "
             "assessment, and weaknesses in both its investigative approach and its approach to safeguarding "
             "vulnerable people.")
T["WM0"] = ("HMIC recommends that the force should immediately: conduct a review of officers\u2019 capabilities and "
            "capacity to manage their investigative workload, to better understand investigative demand and the "
            "pressures placed upon them; and")
T["WM1"] = ("HMIC recommends that the force should immediately: conduct a review, involving its partners, of the "
            "approach to vulnerability to better safeguard vulnerable people.")
T["WM2"] = ("HMIC recommends that the force should immediately: expand the skills project work to include an "
            "assessment of all skills, not only operational, including potential future skills requirements. This "
            "assessment should inform workforce plans;")
T["WM3"] = ("HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure "
            "a smooth transition to its future operating model, ensuring no disruption to public services; and")
T["WM4"] = ("HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all "
            "operational and support services are affordable and fit to protect the communities of West Mercia;")
T["WM5"] = ("HMIC recommends that the force should immediately:improve its arrangements both to consult with the "
            "public about business planning and to feed back on changes made to service delivery as a result of such "
            "consultation.")
T["WMC2"] = ("The force does not have the capacity or capability to investigate crime effectively and this is "
             "affecting the service being provided to the public. There are failings in the way that crimes are "
             "being investigated.")
T["WM6"] = ("HMIC recommends that within six months the force should: ensure regular and active supervision of the "
            "quality and progress of investigations. This supervision should be properly recorded;")
T["WM9"] = ("HMIC recommends that within six months the force should: improve its ability to retrieve digital "
            "evidence from mobile phones, computers and other electronic devices quickly enough to ensure "
            "investigations are not delayed;")
T["WM10"] = ("HMIC recommends that within six months the force should: improve its understanding of suspects "
             "released under investigation and the management of those released on bail;")
T["DU1"] = ("By July 2022, forces should ensure that officers and staff have effective communication skills, in line "
            "with the National Policing Guidelines on Conflict Management. This should be in addition to existing "
            "training on conflict management and de-escalation.")
T["DU2"] = ("By July 2021, forces should ensure that communication skills are reinforced as part of the programme of "
            "continuing professional development for officers and staff, and that supervisors are supported to "
            "routinely and frequently debrief officers on these skills using body-worn video footage.")
T["DU3"] = ("By September 2021, forces should: ensure that officers record on body-worn video (when this is "
            "available) the entirety of all stop and search encounters, including traffic stops and use of force "
            "incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient "
            "sample of body-worn video footage to identify and disseminate learning and hold officers to account when "
            "behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to "
            "samples of body-worn video footage showing stop and search encounters and use of force incidents, taking "
            "account of the safeguards in the College of Policing\u2019s Authorised Professional Practice.")
T["DU4"] = ("The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the "
            "number of incidents where force has been used to effect a stop and search is sufficient for publication. "
            "The Home Office should publish this data as soon as possible.")
T["DU5"] = ("By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, "
            "to help them to identify and understand disproportionate use, explain the reasons and implement any "
            "necessary improvement action.")

# --------------------------------------------------------------------------------------------
# Reports (real titles and publication dates)
# --------------------------------------------------------------------------------------------
R = {
    "SS": ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9)),
    "EB": ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27)),
    "PA": ("Policing in Austerity: Meeting the Challenge", dt.date(2014, 7, 22)),
    "CB": ("Core business: An inspection into crime prevention, police attendance and the use of police time",
           dt.date(2014, 9, 4)),
    "IM": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to "
           "tackle corruption in policing", dt.date(2015, 1, 30)),
    "TR": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police "
           "forces in England and Wales", dt.date(2015, 9, 15)),
    "SF": ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24)),
    "EF": ("PEEL: Police efficiency 2017 \u2013 A national overview", dt.date(2017, 11, 9)),
    "LG": ("PEEL: Police legitimacy 2017 \u2013 A national overview", dt.date(2017, 12, 12)),
    "WM": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 \u2013 West Mercia Police",
           dt.date(2019, 9, 27)),
    "DU": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force",
           dt.date(2021, 2, 26)),
}

REC, NREC, COC = "Recommendation", "National recommendation", "Cause of concern"
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this "
         "record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be updated when this review "
         "is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members of the inspection "
          "team in recent inspection activity.")
C_SUP_EFF = ("This area of activity has subsequently been inspected in HMIC's PEEL Efficiency inspections. Where a "
             "cause of concern still exists this will appear in the register against these subsequent inspections.")
C_SUP_DA = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where a "
            "cause of concern still exists this will appear in the register against these subsequent inspections.")
C_SUP_WM = ("Superseded. Workforce planning will be considered in the next PEEL inspection of the force; any "
            "remaining concern will appear in the register against that inspection.")

# HMICFRS items: key, id, report, type, text key, status, status date, comment
H = [
    ("H1", 1873, "SS", NREC, "SS1", "Complete", dt.date(2016, 3, 14), C_DONE),
    ("H2", 1874, "SS", NREC, "SS2", "Being progressed", dt.date(2019, 11, 5), C_MON),
    ("H3", 2321, "EB", NREC, "EB", "Superseded", dt.date(2017, 3, 2), C_SUP_DA),
    ("H4", 3390, "PA", NREC, "PA1", "Superseded", dt.date(2017, 11, 9), C_SUP_EFF),
    ("H5", 3391, "PA", NREC, "PA2", "Superseded", dt.date(2017, 11, 9), C_SUP_EFF),
    ("H6", 3392, "PA", NREC, "PA3", "Superseded", dt.date(2017, 11, 9), C_SUP_EFF),
    ("H7", 3393, "PA", NREC, "PA4", "Superseded", dt.date(2017, 11, 9), C_SUP_EFF),
    ("H8", 4822, "CB", NREC, "CB", "Awaiting review", dt.date(2018, 6, 21), C_REV),
    ("H9", 902, "IM", NREC, "IM", "Being progressed", dt.date(2019, 11, 5), C_MON),
    ("H10", 5104, "TR", NREC, "TR1", "Complete", dt.date(2017, 4, 26), C_DONE),
    ("H11", 5105, "TR", NREC, "TR2", "Complete", dt.date(2020, 12, 8), C_AUTH),
    ("H12", 5106, "TR", NREC, "TR3", "Being progressed", dt.date(2019, 11, 5), C_MON),
    ("H13", 5107, "TR", NREC, "TR4", "Being progressed", dt.date(2019, 11, 5), C_MON),
    ("H14", 8312, "SF", NREC, "SF1", "Being progressed", dt.date(2018, 5, 3), C_MON),
    ("H15", 8313, "SF", NREC, "SF2", "Being progressed", dt.date(2018, 5, 3), C_MON),
    ("H16", 8314, "SF", NREC, "SF3", "Being progressed", dt.date(2018, 5, 3), C_MON),
    ("H17", 8315, "SF", NREC, "SF4", "Complete", dt.date(2020, 2, 18), C_DONE),
    ("H18", 8316, "SF", NREC, "SF5", "Being progressed", dt.date(2018, 5, 3), C_MON),
    ("H19", 8317, "SF", NREC, "SF6", "Being progressed", dt.date(2018, 5, 3), C_MON),
    ("H20", 8318, "SF", NREC, "SF7", "Being progressed", dt.date(2018, 5, 3), C_MON),
    ("H21", 8420, "EF", NREC, "DIG", "Being progressed", dt.date(2019, 2, 11), C_MON),
    ("H22", 8540, "LG", COC, "LEGC", "Being progressed", dt.date(2018, 7, 31), C_MON),
    ("H23", 8541, "LG", NREC, "LEG1", "Being progressed", dt.date(2018, 7, 31), C_MON),
    ("H24", 8542, "LG", NREC, "LEG2", "Being progressed", dt.date(2018, 7, 31), C_MON),
    ("H25", 8543, "LG", NREC, "LEG3", "Complete", dt.date(2020, 9, 29), C_DONE),
    ("H26", 8544, "LG", NREC, "LEG4", "Being progressed", dt.date(2018, 7, 31), C_MON),
    ("H27", 10211, "WM", COC, "WMC1", "Being progressed", dt.date(2020, 1, 20), C_MON),
    ("H28", 10212, "WM", REC, "WM0", "Complete", dt.date(2021, 3, 9), C_AUTH),
    ("H29", 10213, "WM", REC, "WM1", "Being progressed", dt.date(2020, 1, 20), C_MON),
    ("H30", 10214, "WM", REC, "WM2", "Superseded", dt.date(2021, 3, 9), C_SUP_WM),
    ("H31", 10215, "WM", REC, "WM3", "Complete", dt.date(2020, 1, 20), C_DONE),
    ("H32", 10216, "WM", REC, "WM4", "Being progressed", dt.date(2020, 1, 20), C_MON),
    ("H33", 10217, "WM", REC, "WM5", "Being progressed", dt.date(2020, 1, 20), C_MON),
    ("H34", 10218, "WM", COC, "WMC2", "Being progressed", dt.date(2020, 1, 20), C_MON),
    ("H35", 10219, "WM", REC, "WM6", "Being progressed", dt.date(2020, 1, 20), C_MON),
    ("H36", 10226, "WM", REC, "WM9", "Being progressed", dt.date(2020, 1, 20), C_MON),
    ("H37", 10227, "WM", REC, "WM10", "Being progressed", dt.date(2020, 1, 20), C_MON),
    ("H38", 11502, "DU", NREC, "DU1", "Awaiting review", dt.date(2021, 3, 1), C_NEW),
    ("H39", 11503, "DU", NREC, "DU2", "Awaiting review", dt.date(2021, 3, 1), C_NEW),
    ("H40", 11504, "DU", NREC, "DU3", "Awaiting review", dt.date(2021, 3, 1), C_NEW),
    ("H41", 11505, "DU", NREC, "DU4", "Awaiting review", dt.date(2021, 3, 1), C_NEW),
    ("H42", 11506, "DU", NREC, "DU5", "Awaiting review", dt.date(2021, 3, 1), C_NEW),
]

# --------------------------------------------------------------------------------------------
# Force tracker rows.
# (item key or None, track no, hmicfrs ref as typed, report as typed, date pub as typed, type as typed,
#  text as typed, portfolio, lead, update, RAG, date to FLL, last updated, category, why)
# Dates typed as text are strings; real dates are dt.date.
# --------------------------------------------------------------------------------------------
D = dt.date
MAIN = [
    ("H1", 1, "", "S&S 2013", "Jul-13", "National Rec",
     "Chief Constables & College of Policing should establish in the S&S APP a clear spec of what constitutes "
     "effective and fair exercise of S&S powers + guidance. Compliant w/ Code of Practice.",
     "Local Policing", "Supt S&S lead", "BUSS adopted. APP in place. Closed by HMIC 2016.", "Closed", D(2016, 1, 12),
     D(2016, 3, 21)),
    ("H2", 2, "", "S&S 2013", "Jul-13", "National Rec",
     "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that "
     "they can be satisfied officers are acting in accordance with the law (incl equality legislation and the Code "
     "of Practice) and the power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Local Policing", "Supt S&S lead",
     "Qtrly S&S dashboard to Legitimacy Board + external scrutiny panel dip-samples BWV monthly. Complete - evidence "
     "pack sent to FLL.", "Green", D(2021, 2, 16), D(2021, 2, 16)),
    ("H3", 3, "", "Everyones Business (DA) 2014", "27/03/2014", "National Rec",
     "By Sept 2014 every force to establish & publish a DA action plan - developed in consultation w/ PCC, DA "
     "support orgs and victims reps, considering all recs in report, DHRs + IPCC findings, CPS scrutiny panels & "
     "MARAC self assessments. Chief officers personally responsible for implementation.",
     "Public Protection", "D/Supt PPU",
     "DA Delivery Plan refreshed annually - 2021/22 version at DA Strategic Group in July.", "Amber", None,
     D(2021, 4, 14)),
    ("H4", 4, "", "Policing in Austerity 2014", "Jul-14", "National Rec",
     "All CCs and PCCs should review plans to deliver savings to ensure they are doing all they can to continue to "
     "reduce crime and protect the front line while balancing budgets (use data in report + VfM profiles).",
     "Finance", "Director of Finance", "Addressed through WM2020 / MTFP. NFA per HMICFRS.", "Closed", None,
     D(2018, 1, 9)),
    ("H5", 5, "", "Policing in Austerity 2014", "Jul-14", "National Rec",
     "CCs & PCCs in forces planning to deliver less than 10% of savings through collaboration should assess whether "
     "there is scope to improve on this position.",
     "Finance", "Director of Finance", "Alliance delivered >10% savings via collaboration. NFA per HMICFRS.",
     "Closed", None, D(2018, 1, 9)),
    ("H6", 6, "", "Policing in Austerity 2014", "Jul-14", "National Rec",
     "CC's and PCC's in forces planning to reduce proportion of workforce and/or officers on the front line - "
     "assess whether decisive action taken to maintain crime fighting capacity",
     "Finance", "Director of Finance",
     "Reopened Oct 19 at end of alliance - front line model being re-costed as part of post-alliance operating model.",
     "Amber", None, D(2020, 10, 2)),
    ("H8", 7, "", "Core Business 2014", "Sep-14", "National Rec",
     "Not later than 31 March 2015 forces using a threat, harm and risk policy should provide call handlers with "
     "specific, sound and comprehensible criteria to assess threat, harm and risk.",
     "OCC", "Ch Insp OCC",
     "THRIVE embedded in OCC, refresher training completed Mar 21. Complete - awaiting HMICFRS sign off.", "Green",
     D(2021, 3, 30), D(2021, 3, 30)),
    ("H9", 8, "", "Integrity Matters 2015", "30/01/2015", "National Rec",
     "By 31 August 2016, all chief constables should satisfy themselves that they have processes in place to ensure "
     "that investigations into misconduct by officers and staff resulting in 'no further action' are fair and free "
     "of any form of discrimination.",
     "PSD", "Head of PSD", "Dip sample of NFA outcomes by protected characteristic due Q2 21/22.", "Amber", None,
     D(2021, 5, 6)),
    ("H10", 9, "", "Targeting the Risk - Firearms Licensing", "15/09/2015", "National Rec",
     "Within 3 months CCs should assess how well governance of firearms licensing meets the standards in APP; where "
     "not complied with put correct arrangements in place immediately.",
     "Operations Support", "Firearms Licensing Mgr", "Governance review completed Dec 15. Closed.", "Closed",
     D(2016, 2, 1), D(2017, 5, 2)),
    ("H11", 10, "", "Targeting the Risk - Firearms Licensing", "15/09/2015", "National Rec",
     "Within 3 months CCs should assess the demand placed on their firearms licensing dept and ensure it has "
     "capacity to meet demand & provide efficient and effective service at all times.",
     "Operations Support", "Firearms Licensing Mgr",
     "Backlog of renewals increased during Covid. Temp staff in place until Sept 21.", "Amber", None,
     D(2021, 4, 22)),
    ("H12", 11, "", "Targeting the Risk - Firearms Licensing", "15/09/2015", "National Rec",
     "Immediately CCs to satisfy themselves all appropriate action being taken re 'total expired' licensing records.",
     "Operations Support", "Firearms Licensing Mgr", "Weekly expired report in place; 11 cases outstanding w/ NPT.",
     "Amber", None, D(2021, 4, 22)),
    (None, 12, "", "PEEL Legitimacy 2016 (national CoC) - APSP", "Dec-16", "CoC",
     "Develop plan to seek intel on abuse of position for a sexual purpose (APSP) in line with NPCC national "
     "strategy - review capacity/capability of CCU, IT monitoring, intel from orgs supporting vulnerable people.",
     "PSD", "Head of PSD", "Plan assessed by HMICFRS Oct 17. All actions complete. Closed.", "Closed", None,
     D(2019, 6, 11)),
    ("H14", 13, "", "Stolen Freedom (MSHT) Oct 17", "24/10/2017", "National Rec",
     "Within 12 months review leadership & governance for MSHT so that: senior leaders prioritise the response to "
     "MSHT",
     "Crime", "D/Supt Crime", "MSHT Gold group chaired by ACC Crime. Complete.", "Green", D(2019, 3, 1),
     D(2019, 3, 1)),
    ("H14", 14, "", "Stolen Freedom (MSHT) Oct 17", "24/10/2017", "National Rec",
     "(cont) every incident of modern slavery is allocated appropriate resources with the skills, experience and "
     "capacity to investigate it effectively",
     "Crime", "D/Supt Crime", "All MSHT crimes allocated to CID / MSHT team. Complete.", "Green", D(2019, 3, 1),
     D(2019, 3, 1)),
    ("H14", 15, "", "Stolen Freedom (MSHT) Oct 17", "24/10/2017", "National Rec",
     "(cont) develop effective partnership arrangements to co-ordinate activity, share info and safeguard victims",
     "Crime", "D/Supt Crime",
     "Anti-slavery partnership for Herefordshire/Shrops/Telford & Wrekin/Worcs being re-launched post Covid.",
     "Amber", None, D(2021, 5, 19)),
    ("H14", 16, "", "Stolen Freedom (MSHT) Oct 17", "24/10/2017", "National Rec",
     "(cont) performance & QA measures in place so senior leaders can assess the nature and quality of service to "
     "victims.",
     "Crime", "D/Supt Crime", "MSHT performance pack at Crime Board qtrly. Complete.", "Green", D(2019, 3, 1),
     D(2019, 3, 1)),
    ("H15", 17, "", "Stolen Freedom (MSHT) Oct 17", "24/10/2017", "National Rec",
     "Within twelve months, forces should have in place active information-sharing agreements with other agencies to "
     "facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects "
     "as early as possible",
     "Crime", "D/Supt Crime", "ISAs with 3 of 4 LAs signed. Worcs CC outstanding.", "Amber", None, D(2021, 5, 19)),
    ("H16", 18, "", "Stolen Freedom (MSHT) Oct 17", "24/10/2017", "National Rec",
     "Immediately - ensure victims carrying out criminal acts under compulsion attributable to slavery/exploitation "
     "get early and continuing consideration of the s45 defence.",
     "Crime", "D/Supt Crime", "s45 guidance drafted with CPS. Training input to be arranged.", "Amber", None,
     D(2021, 4, 8)),
    ("H17", 19, "", "Stolen Freedom (MSHT) Oct 17", "24/10/2017", "National Rec",
     "Immediately - fully compliant with NRM process + duty to notify HO of suspected adult victims (MSA 2015).",
     "Crime", "D/Supt Crime", "NRM SPOC in place, DtN forms audited monthly. Closed by HMICFRS Feb 20.", "Green",
     D(2019, 11, 25), D(2020, 2, 24)),
    ("H18", 20, "", "Stolen Freedom (MSHT) Oct 17", "24/10/2017", "National Rec",
     "Immediately - comply with NCRS for MSHT offences + sufficient audit capacity for FCR to identify gaps in crime "
     "recording accuracy for these offences.",
     "Crime", "Force Crime Registrar", "MSHT included in 21/22 audit plan (Q3).", "Amber", None, D(2021, 3, 17)),
    ("H19", 21, "", "Stolen Freedom (MSHT) Oct 17", "24/10/2017", "National Rec",
     "Immediately - ensure allegations/indications of MSHT thoroughly investigated and effectively supervised by "
     "teams with skills & experience (incl JITs and overseas intel where appropriate).",
     "Crime", "D/Supt Crime", "Capacity in MSHT team reduced after alliance split - 2 vacancies. Off track.", "Red",
     None, D(2021, 5, 19)),
    ("H21", 22, "", "PEEL Efficiency 2017 (national)", "09/11/2017", "National Rec",
     "By Sept 2018 CCs to produce an ambitious plan to improve digitally-enabled services within their force.",
     "Digital Services", "Head of Digital", "Digital strategy being rewritten post alliance (ICT separation).",
     "Amber", None, D(2021, 2, 3)),
    ("H22", 23, "", "PEEL Legitimacy 2017 (national)", "12/12/2017", "CoC",
     "HMICFRS concerned forces are not able to demonstrate use of S&S is consistently reasonable and fair - "
     "over-representation of BAME people, and black people in particular, which many forces can't explain.",
     "Local Policing", "Supt S&S lead", "See 24-27.", "Amber", None, D(2021, 2, 16)),
    ("H23", 24, "", "PEEL Legitimacy 2017 (national)", "12/12/2017", "National Rec",
     "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a "
     "comprehensive set of data and information on use of stop and search powers to understand:\n"
     + "\n".join(B + " " + b for b in LEG1_BULLETS[:2]),
     "Local Policing", "Supt S&S lead", "S&S dashboard live (Qlik). Complete.", "Green", D(2020, 11, 2),
     D(2020, 11, 2)),
    ("H24", 25, "", "S&S 2013", "Jul-13", "National Rec",
     "Where forces identify disparities through monitoring, they should demonstrate to the public that they have "
     "carried out research & analysis to understand the reasons for the disparity and taken action to reduce it "
     "where necessary",
     "Local Policing", "Supt S&S lead", "Analysis with Uni of Worcester commissioned. Report due Sept 21.", "Amber",
     None, D(2021, 2, 16)),
    ("H25", 26, "", "PEEL Legitimacy 2017 (national)", "12/12/2017", "National Rec",
     "Publish this analysis and any actions taken at least annually, from July 2018.",
     "Local Policing", "Supt S&S lead", "Awaiting Uni report (see 25) before next publication.", "Amber", None,
     D(2021, 2, 16)),
    ("H26", 27, "", "PEEL Legitimacy 2017 (national)", "12/12/2017", "National Rec",
     "By July 2018 and ongoing - all officers who use S&S powers trained on unconscious bias and CoP APP on S&S.",
     "Local Policing", "Supt S&S lead", "100% of front line trained (Leadership & L&D figures Mar 21). Complete.",
     "Green", D(2021, 4, 1), D(2021, 4, 1)),
    ("H27", 28, 10211, "PEEL 2018/19", "Sept 2019", "CoC",
     "The force does not have suitable arrangements in place to make sure it can maintain the full range of public "
     "services when its alliance with Warwickshire Police ends. Gaps in workforce skills assessment + weaknesses in "
     "investigative approach and safeguarding vulnerable people.",
     "Corporate", "DCC", "Tracked via Post Alliance Programme Board. Recs 29-34 below.", "Amber", None,
     D(2021, 5, 27)),
    ("H28", 29, 10212, "PEEL 2018/19", "Sept 2019", "Rec",
     "HMIC recommends that the force should immediately: conduct a review of officers' capabilities and capacity to "
     "manage their investigative workload, to better understand investigative demand and the pressures placed upon "
     "them",
     "Crime", "D/Supt Crime", "Investigative demand review complete (Crime Review 2020). Closed by HMICFRS 09/03/21.",
     "Green", D(2020, 12, 1), D(2021, 3, 11)),
    ("H29", 30, 10213, "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately - conduct a review, involving partners, of approach to vulnerability to better safeguard "
     "vulnerable people.",
     "Public Protection", "D/Supt PPU",
     "Vulnerability review with LSCBs/SABs complete; new Vulnerability Hub live. Evidence to FLL.", "Green",
     D(2021, 4, 28), D(2021, 4, 28)),
    ("H30", 31, 10214, "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately: expand the skills project to include assessment of all skills, not only operational, incl "
     "potential future skills requirements - to inform workforce plans",
     "People Services", "Director of People",
     "Skills audit phase 2 (staff roles) delayed - Covid. Workforce plan 21-24 in draft.", "Amber", None,
     D(2021, 4, 30)),
    ("H31", 32, 10215, "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately: agree arrangements with Warwickshire Police to secure a smooth transition to its future operating "
     "model, ensuring no disruption to public services",
     "Corporate", "DCC", "Separation completed 07/10/19. Closed by HMICFRS Jan 20.", "Closed", D(2019, 11, 4),
     D(2020, 1, 22)),
    ("H32", 33, 10216, "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately: clearly define its new operating model, ensuring all operational and support services are "
     "affordable and fit to protect the communities of West Mercia",
     "Corporate", "DCC", "Operating model approved by PCC Feb 21, budget set. Complete - evidence to FLL.", "Green",
     D(2021, 3, 2), D(2021, 3, 2)),
    ("H33", 34, 10217, "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately: improve arrangements to consult with the public about business planning and to feed back on "
     "changes to service delivery as a result.",
     "Corporate", "Head of Corp Comms",
     "Evidence pack returned by Assurance Board 01/06 - no evidence of feedback loop ('you said, we did'). Reopened.",
     "Amber", None, D(2021, 6, 3)),
    ("H34", 35, 10218, "PEEL 2018/19", "Sept 2019", "AFI",
     "The force does not have the capacity or capability to investigate crime effectively and this is affecting the "
     "service being provided to the public. There are failings in the way that crimes are being investigated.",
     "Crime", "ACC Crime", "Investigation Improvement Plan - recs 36-39.", "Amber", None, D(2021, 5, 27)),
    ("H35", 36, 10219, "PEEL 2018/19", "Sept 2019", "Rec",
     "Within 6 months: ensure regular and active supervision of the quality and progress of investigations - "
     "properly recorded",
     "Crime", "D/Supt Crime", "Supervisory review field mandatory on Athena from Apr 21. Dip sample due July.",
     "Amber", None, D(2021, 5, 27)),
    (None, 37, "", "PEEL 2018/19", "Sept 2019", "Rec",
     "Improve how we respond to reports of crime and allocate them - investigations to go to appropriately "
     "trained/skilled staff",
     "Crime", "D/Supt Crime", "Crime allocation policy rewritten. THRIVE+ at point of allocation.", "Amber", None,
     D(2021, 5, 27)),
    ("H36", 38, 10227, "PEEL 2018/19", "Sept 2019", "Rec",
     "Within six months: improve ability to retrieve digital evidence from mobile phones, computers and other "
     "devices quickly enough so investigations are not delayed",
     "Crime", "Head of DFU", "Kiosk roll-out paused. Backlog 410 devices (May 21).", "Red", None, D(2021, 5, 27)),
    ("H37", 39, 10227, "PEEL 2018/19", "Sept 2019", "Rec",
     "Within six months: improve understanding of suspects released under investigation and management of those "
     "released on bail",
     "Crime", "Ch Insp Custody", "RUI review group set up. Bail mgmt SOP in draft.", "Amber", None, D(2021, 3, 12)),
    (None, 40, "", "FMS 2021", "", "HMICFRS requirement",
     "FMS4 - submit Force Management Statement to HMICFRS by 31/05/2021",
     "Corporate", "Head of Strategic Planning", "Submitted 28/05/21.", "Green", D(2021, 5, 28), D(2021, 6, 1)),
]

# Block pasted from the OneDrive conflict copy (one extra column: Sign-off lead)
PASTED = [
    ("H16", 18, "", "Stolen Freedom (MSHT) Oct 17", "24/10/2017", "National Rec",
     "Immediately - ensure victims carrying out criminal acts under compulsion attributable to slavery/exploitation "
     "get early and continuing consideration of the s45 defence.",
     "Crime", "D/Supt Crime", "ACC Crime",
     "s45 guidance agreed w/ CPS and published on intranet; NCALT + CID input delivered May 21. Complete.", "Green",
     D(2021, 5, 20), D(2021, 5, 20)),
    ("H33", 34, 10217, "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately: improve arrangements to consult with the public about business planning and to feed back on "
     "changes to service delivery as a result.",
     "Corporate", "Head of Corp Comms", "DCC",
     "Budget consultation 21/22 ran Jan-Feb 21 (2,310 responses). Complete - submit for closure.", "Green", None,
     D(2021, 5, 25)),
    ("H37", 39, 10227, "PEEL 2018/19", "Sept 2019", "Rec",
     "Within six months: improve understanding of suspects released under investigation and management of those "
     "released on bail",
     "Crime", "Ch Insp Custody", "ACC Crime",
     "Bail mgmt SOP signed off 24/05/21; RUI/bail dashboard live in Qlik. Complete.", "Green", D(2021, 5, 27),
     D(2021, 5, 27)),
    ("H38", 40, "", "Disproportionate use of police powers Feb 21", "26/02/2021", "National Rec",
     "By July 2022 - officers & staff to have effective communication skills in line with the National Policing "
     "Guidelines on Conflict Management (in addition to existing conflict mgmt/de-escalation training)",
     "Local Policing", "Supt S&S lead", "ACC Local Policing", "Scoping with L&D - PST syllabus 22/23.", "Amber", None,
     D(2021, 5, 14)),
    ("H39", 41, "", "Disproportionate use of police powers Feb 21", "26/02/2021", "National Rec",
     "By July 2021 - communication skills reinforced through CPD, supervisors supported to routinely debrief "
     "officers on these skills using BWV footage",
     "Local Policing", "Supt S&S lead", "ACC Local Policing", "BWV debrief guide for Sgts drafted.", "Amber", None,
     D(2021, 5, 14)),
    ("H40", 42, "", "Disproportionate use of police powers Feb 21", "26/02/2021", "National Rec",
     "By Sept 2021: BWV to record entirety of all S&S encounters incl traffic stops & UoF; structured process to "
     "review a sample of BWV internally; external scrutiny panel access to BWV samples (CoP APP safeguards)",
     "Local Policing", "Supt S&S lead", "ACC Local Policing",
     "BWV policy updated. Panel viewing BWV since Apr 21. Internal review process tbc.", "Amber", None,
     D(2021, 5, 14)),
    ("H41", 43, "", "Disproportionate use of police powers Feb 21", "26/02/2021", "National Rec",
     "Home Office and NPCC to ensure quality of data on use of force to effect a stop and search is sufficient for "
     "publication. HO to publish.",
     "Local Policing", "Supt S&S lead", "ACC Local Policing",
     "Not for WMP - HO/NPCC rec. Ask FLL to close on register.", "Closed", None, D(2021, 5, 14)),
]

# --------------------------------------------------------------------------------------------
# Truth: category per HMICFRS item (all force rows of an item share it)
# --------------------------------------------------------------------------------------------
CAT = {
    "H1": ("in_sync", "HMICFRS Complete; force Closed."),
    "H2": ("closeable_submit", "HMICFRS Being progressed; force Green, evidence pack sent to FLL."),
    "H3": ("closeable_local", "HMICFRS Superseded (inspected in PEEL Effectiveness); force still Amber."),
    "H4": ("in_sync", "HMICFRS Superseded; force Closed (NFA per HMICFRS)."),
    "H5": ("in_sync", "HMICFRS Superseded; force Closed (NFA per HMICFRS)."),
    "H6": ("closeable_local", "HMICFRS Superseded; force reopened it as Amber after the alliance ended."),
    "H7": ("missing_from_force", "Policing in Austerity rec 4 (collaboration plans) has no force row; tracker holds "
           "only recs 1-3 of that report."),
    "H8": ("closeable_submit", "HMICFRS Awaiting review; force Green, awaiting HMICFRS sign off."),
    "H9": ("conflict", "Deadline differs: HMICFRS 'By 31 August 2015', force row 'By 31 August 2016'. Both open."),
    "H10": ("in_sync", "HMICFRS Complete; force Closed."),
    "H11": ("closeable_local", "HMICFRS Complete (authorised for closure); force still Amber."),
    "H12": ("in_sync", "HMICFRS Being progressed; force Amber."),
    "H13": ("missing_from_force", "Targeting the risk temporary-permits rec has no force row (tracker has recs 1-3 "
            "only)."),
    "H14": ("in_sync", "Force split the Leadership rec into one row per bullet (Green, Green, Amber, Green): not all "
            "done, so open; HMICFRS Being progressed."),
    "H15": ("conflict", "Timescale differs: HMICFRS 'Within six months', force row 'Within twelve months' (text "
            "otherwise verbatim). Both open."),
    "H16": ("closeable_submit", "Two force rows (main block Amber, last updated 08/04/2021; conflict-copy block "
            "Green, last updated 20/05/2021). Newer row is Green: done. HMICFRS Being progressed."),
    "H17": ("in_sync", "HMICFRS Complete; force Green and notes it was closed by HMICFRS Feb 20."),
    "H18": ("in_sync", "HMICFRS Being progressed; force Amber."),
    "H19": ("in_sync", "HMICFRS Being progressed; force Red."),
    "H20": ("missing_from_force", "Stolen freedom Prevention rec (preventative powers) has no force row."),
    "H21": ("in_sync", "HMICFRS Being progressed; force Amber."),
    "H22": ("in_sync", "Cause of concern on both sides; HMICFRS Being progressed; force Amber."),
    "H23": ("conflict", "Missing bullet: force text copies the stem and the first two bullets only; the third "
            "(possession-only drug searches) is absent. Force Green, HMICFRS Being progressed."),
    "H24": ("conflict", "Report differs: force files it under 'S&S 2013' (Jul-13); HMICFRS under PEEL: Police "
            "legitimacy 2017 (12/12/2017). Both open."),
    "H25": ("closeable_local", "HMICFRS Complete; force still Amber."),
    "H26": ("closeable_submit", "HMICFRS Being progressed; force Green."),
    "H27": ("in_sync", "Cause of concern on both sides; HMICFRS Being progressed; force Amber."),
    "H28": ("in_sync", "HMICFRS Complete; force Green (notes closed by HMICFRS 09/03/21)."),
    "H29": ("closeable_submit", "HMICFRS Being progressed; force Green, evidence to FLL."),
    "H30": ("closeable_local", "HMICFRS Superseded; force still Amber."),
    "H31": ("in_sync", "HMICFRS Complete; force Closed."),
    "H32": ("closeable_submit", "HMICFRS Being progressed; force Green, evidence to FLL."),
    "H33": ("in_sync", "Two force rows (conflict-copy block Green, last updated 25/05/2021; main block Amber, last "
            "updated 03/06/2021, reopened by Assurance Board). Newer row is Amber: open. HMICFRS Being "
            "progressed."),
    "H34": ("conflict", "Type differs: HMICFRS Cause of concern, force row typed 'AFI' (same text). Both open."),
    "H35": ("in_sync", "HMICFRS Being progressed; force Amber."),
    "H36": ("conflict", "Reference differs: force row carries HMICFRS Ref 10227 (the RUI/bail rec's id); its text "
            "is the digital-evidence rec, HMICFRS id 10226. Both open."),
    "H37": ("closeable_submit", "Two force rows (main block Amber, last updated 12/03/2021; conflict-copy block "
            "Green, last updated 27/05/2021). Newer row is Green: done. HMICFRS Being progressed."),
    "H38": ("in_sync", "HMICFRS Awaiting review; force Amber."),
    "H39": ("in_sync", "HMICFRS Awaiting review; force Amber."),
    "H40": ("in_sync", "HMICFRS Awaiting review; force Amber."),
    "H41": ("closeable_submit", "HMICFRS Awaiting review; force Closed as not for the force (HO/NPCC rec) and asks "
            "FLL to close it on the register."),
    "H42": ("missing_from_force", "Disproportionate use rec on internal monitoring of use of force has no force "
            "row (the conflict copy added recs 1-4 only)."),
}
NOT_ON_WHY = {
    12: "Abuse of position for a sexual purpose plan (PEEL legitimacy 2016 national cause of concern), force's own "
        "words, Closed: no HMICFRS item on the list.",
    37: "PEEL 2018/19 crime-allocation recommendation in the force's own words: no such item on the HMICFRS list.",
    40: "Force Management Statement 4 submission: an HMICFRS requirement, not a recommendation; not on the list.",
}


def build():
    os.makedirs(OUT, exist_ok=True)
    truth = []
    hrow = {}

    # ---------------- HMICFRS definitive list ----------------
    wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
    wb.set_properties({"title": "Definitive list - West Mercia Police", "author": "HMICFRS",
                       "company": "HMICFRS", "created": FIXED})
    ws = wb.add_worksheet("Recommendations")
    bold = wb.add_format({"bold": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True,
                         "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "HMICFRS recommendations held against West Mercia Police", bold)
    ws.write(1, 0, "Definitive list as at 07/06/2021")
    heads = ["Recommendation ID", "Report title", "Publication date", "Type", "Recommendation", "Status",
             "Status date", "Comment"]
    for c, h in enumerate(heads):
        ws.write(3, c, h, hdr)
    widths = [14, 45, 13, 22, 80, 16, 12, 60]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    r = 4
    for key, rid, rep, typ, tk, st, sd, com in H:
        title, pub = R[rep]
        ws.write_number(r, 0, rid, cell)
        ws.write(r, 1, title, wrap)
        ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), dfmt)
        ws.write(r, 3, typ, cell)
        ws.write(r, 4, T[tk], wrap)
        ws.write(r, 5, st, cell)
        ws.write_datetime(r, 6, dt.datetime.combine(sd, dt.time()), dfmt)
        ws.write(r, 7, com, wrap)
        hrow[key] = r + 1
        r += 1
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, r - 1, len(heads) - 1)
    wb.close()

    # ---------------- Force tracker ----------------
    wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
    wb.set_properties({"title": "HMICFRS Recommendations Tracker v7", "author": "Strategic Planning & Assurance",
                       "company": "West Mercia Police", "created": FIXED})
    title = wb.add_format({"bold": True, "font_size": 14})
    ital = wb.add_format({"italic": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "text_wrap": True, "valign": "top", "border": 1})
    hdr2 = wb.add_format({"bold": True, "bg_color": "#FCE4D6", "text_wrap": True, "valign": "top", "border": 1})
    banner = wb.add_format({"bold": True, "bg_color": "#FFFF00", "font_color": "#C00000"})
    note = wb.add_format({"italic": True, "font_color": "#595959"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    grey_wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bg_color": "#D9D9D9"})
    grey_cell = wb.add_format({"valign": "top", "border": 1, "bg_color": "#D9D9D9"})
    grey_d = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1, "bg_color": "#D9D9D9"})
    rag_fmt = {
        "Red": wb.add_format({"bg_color": "#FF0000", "font_color": "#FFFFFF", "valign": "top", "border": 1}),
        "Amber": wb.add_format({"bg_color": "#FFC000", "valign": "top", "border": 1}),
        "Green": wb.add_format({"bg_color": "#00B050", "valign": "top", "border": 1}),
        "Closed": wb.add_format({"bg_color": "#808080", "font_color": "#FFFFFF", "valign": "top", "border": 1}),
    }
    ws = wb.add_worksheet("Tracker")
    ws.write(0, 0, "West Mercia Police \u2013 HMICFRS Recommendations & AFIs Tracker", title)
    ws.write(1, 0, "Maintained by Strategic Planning & Assurance. Please do not change the column order - speak to "
                   "the SPA team first.", ital)
    ws.write(2, 0, "Last full review: Organisational Learning Board 20/04/2021")
    main_heads = ["Track No.", "HMICFRS Ref", "Report", "Date Pub", "Type", "Recommendation / AFI (as per report)",
                  "Portfolio", "Lead", "Progress update", "RAG", "Date sent to FLL", "Last updated"]
    for c, h in enumerate(main_heads):
        ws.write(4, c, h, hdr)
    for c, w in enumerate([8, 10, 26, 11, 12, 70, 16, 20, 55, 9, 12, 12, 12]):
        ws.set_column(c, c, w)

    def write_row(r, row, pasted):
        key, tno, ref, rep, dpub, typ, text = row[:7]
        if pasted:
            port, lead, signoff, upd, rag, fll, last = row[7:]
        else:
            port, lead, upd, rag, fll, last = row[7:]
        closed = rag == "Closed"
        w_ = grey_wrap if closed else wrap
        c_ = grey_cell if closed else cell
        d_ = grey_d if closed else dfmt
        vals = [tno, ref, rep, dpub, typ, text, port, lead] + ([signoff] if pasted else []) + [upd, rag, fll, last]
        for c, v in enumerate(vals):
            col_name = (main_heads[:8] + (["Sign-off lead"] if pasted else []) + main_heads[8:])[c]
            if v is None or v == "":
                ws.write_blank(r, c, None, c_)
            elif isinstance(v, dt.date):
                ws.write_datetime(r, c, dt.datetime.combine(v, dt.time()), d_)
            elif isinstance(v, int):
                ws.write_number(r, c, v, c_)
            elif col_name == "RAG":
                ws.write_string(r, c, v, rag_fmt[v])
            elif col_name in ("Recommendation / AFI (as per report)", "Progress update", "Report"):
                ws.write_string(r, c, v, w_)
            else:
                ws.write_string(r, c, v, c_)

    def add_truth(r, row):
        key, tno = row[0], row[1]
        if key is None:
            truth.append(("", "Tracker!%d" % (r + 1), "not_on_hmicfrs_list", NOT_ON_WHY[tno]))
        else:
            cat, why = CAT[key]
            truth.append(("Recommendations!%d" % hrow[key], "Tracker!%d" % (r + 1), cat, why))

    r = 5
    for row in MAIN:
        write_row(r, row, False)
        add_truth(r, row)
        r += 1
    # r now = index of first row after main block (0-based)
    r += 1
    ws.write(r, 0, "NB Track 13-16 = Stolen Freedom leadership rec split by bullet (agreed OLB 14/12/17). "
                   "Closed items greyed - do not delete, HMICFRS may ask.", note)
    note_row = r + 1
    r += 3
    banner_row = r + 1
    ws.write(r, 0, "*** ROWS BELOW PASTED FROM 'HMICFRS Tracker v7-WMP-LT4471.xlsx' (OneDrive conflict copy, saved "
                   "02/06/2021) - only rows that differ. SM to check against above before JAC ***", banner)
    r += 1
    pasted_heads = main_heads[:8] + ["Sign-off lead"] + main_heads[8:]
    for c, h in enumerate(pasted_heads):
        ws.write(r, c, h, hdr2)
    pasted_header_row = r + 1
    r += 1
    first_pasted = r + 1
    for row in PASTED:
        write_row(r, row, True)
        add_truth(r, row)
        r += 1
    last_pasted = r
    ws.freeze_panes(5, 0)

    # Key sheet
    ks = wb.add_worksheet("Key")
    ks.set_column(0, 0, 10)
    ks.set_column(1, 1, 90)
    ks.write(0, 0, "RAG key", title)
    key_rows = [
        ("Red", "Off track / beyond HMICFRS timescale, or cannot be delivered (rationale required in update)"),
        ("Amber", "Work in progress and expected to be delivered"),
        ("Green", "Complete - evidence gathered and sent / ready to send to the HMICFRS Force Liaison Lead (FLL) "
                  "for closure"),
        ("Closed", "Closed by HMICFRS, or no further action / not for West Mercia. Row greyed out, do not delete"),
    ]
    for i, (k, v) in enumerate(key_rows):
        ks.write(2 + i, 0, k, rag_fmt[k])
        ks.write(2 + i, 1, v)
    ks.write(7, 0, "FLL = HMICFRS Force Liaison Lead. OLB = Organisational Learning Board. SPA = Strategic Planning "
                   "& Assurance.")

    # Hidden lists sheet (data validation sources)
    ls = wb.add_worksheet("Lists")
    for i, v in enumerate(["Red", "Amber", "Green", "Closed"]):
        ls.write(i, 0, v)
    for i, v in enumerate(["Rec", "National Rec", "AFI", "CoC", "HMICFRS requirement"]):
        ls.write(i, 1, v)
    ls.hide()
    ws.data_validation(5, 9, 5 + len(MAIN) - 1, 9, {"validate": "list", "source": "=Lists!$A$1:$A$4"})
    ws.data_validation(5, 4, 5 + len(MAIN) - 1, 4, {"validate": "list", "source": "=Lists!$B$1:$B$5"})
    wb.close()

    # missing_from_force lines
    for key, *_ in H:
        if CAT[key][0] == "missing_from_force":
            truth.append(("Recommendations!%d" % hrow[key], "", "missing_from_force", CAT[key][1]))

    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for t in truth:
            w.writerow(t)
    return dict(hrow=hrow, note_row=note_row, banner_row=banner_row, pasted_header_row=pasted_header_row,
                first_pasted=first_pasted, last_pasted=last_pasted, main_last=5 + len(MAIN))


README = '# onedrive_conflict_copy_pasted_below\n\n## The story\n\nWest Mercia Police\'s Strategic Planning & Assurance (SPA) team has kept one Excel tracker of HMICFRS\nrecommendations since 2016 ("HMICFRS Recommendations Tracker v7.xlsx"). It was on a network share, then\nmoved to OneDrive/SharePoint in 2020. In May 2021 an ACC\'s staff officer worked on it offline on a\nlaptop. At the same time SPA kept editing the desktop copy. OneDrive could not merge the two and saved a\n**sync-conflict copy**, "HMICFRS Tracker v7-WMP-LT4471.xlsx" (02/06/2021). The laptop copy had an extra\ncolumn, "Sign-off lead", inserted after "Lead". It had updates to three existing rows and four new rows\nfor the February 2021 *Disproportionate use of police powers* report.\n\nThe SPA officer had no time to merge the files before the Joint Audit Committee. She filtered the\nconflict copy to "rows that differ", copied those rows **with their header row**, and pasted them under\nthe main table with a yellow banner: "SM to check against above before JAC". So the force file now has:\n\n- two header rows that do not line up. The pasted block has 13 columns, the main block 12, so\n  `Progress update`, `RAG`, `Date sent to FLL` and `Last updated` are one column further right in the\n  pasted block;\n- three items that appear twice, once in each block, with different RAG, update text and\n  `Last updated` dates;\n- `Track No.` values that collide. The desktop added Track 40 (FMS4) while the laptop added Tracks 40–43\n  (the Disproportionate use recommendations);\n- the usual years of drift: abridged and re-typed texts, a report mis-filed, a type mis-typed, an\n  HMICFRS Ref pasted onto the wrong row, a deadline mis-typed, a bullet dropped, a recommendation split\n  into one row per bullet, force-only rows, and greyed-out "Closed" rows kept "because HMICFRS may ask".\n\nThe HMICFRS side is an ordinary definitive-list export for West Mercia Police as at 07/06/2021.\n\nTexts are real HMICFRS texts, copied into the build script from `/work/shared/data/real_recommendations.csv`\nand from the West Midlands Police JAC paper of 30/11/2017 in `/work/shared/data/`. That paper supplies the\nStolen freedom, PEEL efficiency 2017 and Policing in Austerity 2014 all-force recommendations. The\nHMICFRS-side texts are verbatim, stray footnote digits included ("intelligence 86 and", "another force; and 20").\nReport titles and publication dates are real. West Mercia\'s PEEL 2018/19 report was published on 27/09/2019\n(tranche 2).\n\n## Files\n\n### `hmicfrs.xlsx`, sheet `Recommendations`\n- Row 1: title. Row 2: "Definitive list as at 07/06/2021". Row 3: blank. **Row 4: header.**\n- Columns: `Recommendation ID` (the register\'s plain integer id), `Report title`, `Publication date`\n  (Excel date, dd/mm/yyyy), `Type` (Recommendation / National recommendation / Cause of concern),\n  `Recommendation` (full text, multi-line with bullets), `Status`, `Status date`, `Comment`.\n- **Items: rows 5–46 (42 items)**, sorted by publication date. There is an autofilter and the panes are frozen.\n\n### `tracker.xlsx`, sheet `Tracker` (plus `Key` and a hidden `Lists` sheet)\n- Rows 1–3: title, instruction, "Last full review" line. Row 4: blank. **Row 5: header of the main block**:\n  `Track No.`, `HMICFRS Ref`, `Report`, `Date Pub`, `Type`, `Recommendation / AFI (as per report)`,\n  `Portfolio`, `Lead`, `Progress update`, `RAG`, `Date sent to FLL`, `Last updated`.\n- **Items: rows 6–45 (40 rows).**\n- Row 46: blank. Row 47: note. Rows 48–49: blank. Row 50: yellow banner. **Row 51: the pasted header**:\n  the same columns with `Sign-off lead` inserted after `Lead`, so RAG is in column K here (column J above).\n- **Items: rows 52–58 (7 rows, pasted from the conflict copy).**\n- `Track No.` is the force\'s running number, not an HMICFRS reference. `HMICFRS Ref` is filled only for\n  the PEEL 2018/19 rows. The older national rows were entered before the force captured register ids.\n- `Date Pub` mixes real dates ("24/10/2017") with text ("Jul-13", "Sept 2019").\n- `Type` uses the force\'s own words: `National Rec`, `Rec`, `CoC`, `AFI`, `HMICFRS requirement`.\n- RAG cells are filled with their colour. Closed rows are greyed.\n- `Key` sheet: RAG legend and abbreviations. `Lists` (hidden): data-validation sources. Neither holds items.\n\n## Status rules applied\n\n- HMICFRS: `Awaiting review` and `Being progressed` are **open**. `Complete` and `Superseded` are **closed**.\n- Force (`RAG`, defined on the `Key` sheet):\n  - `Red` and `Amber` are **open**.\n  - `Green` is **done** ("complete – evidence sent / ready to send to the FLL for closure").\n  - `Closed` is **done** ("closed by HMICFRS, or no further action / not for West Mercia").\n- Split item (Stolen freedom Leadership, 4 bullet rows): done only if every bullet row is done.\n- **Duplicated item (main block + pasted block): the row with the later `Last updated` wins.**\n- Category: open/open → `in_sync`; closed/done → `in_sync`; open/done → `closeable_submit`;\n  closed/open → `closeable_local`. Conflicts override.\n\n## Traps and how the truth decides them\n\n1. **Second header row, shifted by one column** (row 51). Rows 52–58 are items. Their RAG and\n   `Last updated` must be read from the pasted header, not from row 5. If the main header is used, RAG\n   lands on the update text and "Last updated" lands on "Date sent to FLL".\n2. **Duplicates across the blocks, decided by `Last updated`:**\n   - Track 18 (Stolen freedom s45): main row 23 is Amber (08/04/2021); pasted row 52 is Green\n     (20/05/2021). Done → `closeable_submit` for both rows.\n   - Track 39 (RUI/bail): main row 44 is Amber (12/03/2021); pasted row 54 is Green (27/05/2021).\n     Done → `closeable_submit` for both rows.\n   - Track 34 (public consultation): pasted row 53 is Green (25/05/2021), **but** main row 39 is Amber\n     (03/06/2021). The Assurance Board returned the evidence pack on 01/06 and the item was reopened.\n     Open → `in_sync` for both rows. The newest "Green" is not always the answer.\n3. **Track No. collision**: Track 40 is FMS4 in the main block (row 45) and a Disproportionate use rec in\n   the pasted block (row 55). They are different items.\n4. **Wrong HMICFRS Ref**: row 43 (digital evidence rec, register id 10226) carries Ref 10227, the RUI/bail\n   rec\'s id. The text decides the pairing, so row 43 pairs with HMICFRS row 40 as a `conflict` (reference).\n   Rows 44 and 54 (RUI/bail) legitimately carry 10227.\n5. **Conflicts** (each can be decided from the two rows):\n   - **Deadline**: Integrity matters, "By 31 August 2016" vs "By 31 August 2015" (row 13 / HMICFRS 13).\n   - **Timescale**: Stolen freedom Intelligence, "Within twelve months" vs "Within six months" (row 22 / 19).\n   - **Missing bullet**: Legitimacy 2017 monitoring rec. The force copied the stem and 2 of the 3 bullets;\n     the possession-only drug searches bullet is absent (row 29 / 27).\n   - **Report**: Legitimacy 2017 "Where forces identify disparities…" is filed under "S&S 2013", "Jul-13"\n     (row 30 / 28).\n   - **Type**: West Mercia PEEL 2018/19 second cause of concern is typed "AFI" (row 40 / 38).\n   - **Reference**: see trap 4 (row 43 / 40).\n6. **Split by bullet**: Stolen freedom Leadership rec, rows 18–21 ("(cont)" rows). The RAGs are Green,\n   Green, Amber, Green, so the item is open. HMICFRS says Being progressed → `in_sync` on all four lines.\n7. **Heavy abridgement / own words**: most national rows are abbreviated ("CCs", "S&S", "w/", "MSHT",\n   "BWV", "UoF"). The PEEL 2018/19 rows mostly keep "Immediately:" / "Within 6 months:" stems without\n   "HMIC recommends that".\n8. **Cause of concern rows** exist on both sides for Legitimacy 2017 and West Mercia CoC 1; they pair\n   with each other and are `in_sync`.\n9. **Not for the force**: the Disproportionate use Home Office/NPCC rec (row 58) is `Closed` as "Not for\n   WMP – ask FLL to close". HMICFRS still has it as Awaiting review → `closeable_submit`.\n10. **Reopened after the alliance**: Policing in Austerity rec 3 (row 11) was reopened as Amber in Oct 2019,\n    while HMICFRS superseded it in 2017 → `closeable_local`.\n11. **Force-only rows** (`not_on_hmicfrs_list`):\n    - row 17, the APSP plan (PEEL legitimacy 2016 national CoC, own words, Closed);\n    - row 42, PEEL 2018/19 crime allocation, own words;\n    - row 45, FMS4 submission, an HMICFRS requirement rather than a recommendation.\n12. **Missing from the force** (`missing_from_force`):\n    - HMICFRS row 11, Policing in Austerity rec 4;\n    - row 17, Targeting the risk temporary permits;\n    - row 24, Stolen freedom Prevention;\n    - row 46, Disproportionate use internal monitoring of use of force (the laptop added only recs 1–4).\n13. There is no `review` line: every pairing can be decided by eye.\n\n## Counts\n\nHMICFRS items: 42. Force item rows: 47 (40 main + 7 pasted). truth.csv has 51 lines.\n\n| category | lines | items |\n|---|---|---|\n| in_sync | 23 | 19 (H14 is 4 lines, Track 34 is 2 lines) |\n| closeable_submit | 10 | 8 (Tracks 18 and 39 are 2 lines each) |\n| closeable_local | 5 | 5 |\n| conflict | 6 | 6 |\n| missing_from_force | 4 | 4 |\n| not_on_hmicfrs_list | 3 | 3 |\n| review | 0 | 0 |\n\n## Rows that are not items\n\n`hmicfrs.xlsx` / `Recommendations`:\n\n| Row | What it is |\n|---|---|\n| 1 | Title "HMICFRS recommendations held against West Mercia Police" |\n| 2 | "Definitive list as at 07/06/2021" |\n| 3 | Blank |\n| 4 | Header row |\n\n`tracker.xlsx` / `Tracker`:\n\n| Row | What it is |\n|---|---|\n| 1 | Title "West Mercia Police – HMICFRS Recommendations & AFIs Tracker" |\n| 2 | Instruction "Maintained by Strategic Planning & Assurance. Please do not change the column order…" |\n| 3 | "Last full review: Organisational Learning Board 20/04/2021" |\n| 4 | Blank |\n| 5 | Header row of the main block (12 columns) |\n| 46 | Blank |\n| 47 | Note "NB Track 13-16 = Stolen Freedom leadership rec split by bullet… Closed items greyed…" |\n| 48, 49 | Blank |\n| 50 | Yellow banner "*** ROWS BELOW PASTED FROM \'HMICFRS Tracker v7-WMP-LT4471.xlsx\' (OneDrive conflict copy…) ***" |\n| 51 | Header row of the pasted block (13 columns, `Sign-off lead` inserted after `Lead`) |\n\n`tracker.xlsx` / `Key`: the RAG legend (rows 1, 3–6, 8). It is not items.\n`tracker.xlsx` / `Lists` (hidden): data-validation lists. It is not items.\n'


def write_readme():
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README)


if __name__ == "__main__":
    info = build()
    write_readme()
    print(info)
