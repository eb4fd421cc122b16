"""Build the case `action_blocks_across_columns` (round 110, brief C).

West Midlands Police keeps its HMICFRS tracker as ONE ROW PER RECOMMENDATION with the force's
own actions laid out ACROSS THE SHEET in repeating column blocks ("ACTION 1" .. "ACTION 6",
each block Action / Owner / Target / Status), then a SIGN OFF block.  There is no overall
status column: the item's state has to be read from the blocks and the sign-off columns.
The two blocks added in 2021 have their columns in a different order (Status first).

HMICFRS side: an ordinary definitive-list export (one row per item, integer register ids).

Deterministic: no randomness, fixed workbook properties.  Standard library + XlsxWriter only.
"""
import csv
import datetime as dt
import os

import xlsxwriter

CASE = "action_blocks_across_columns"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2022, 3, 8, 9, 14, 0)


def D(y, m, d):
    return dt.datetime(y, m, d)


# --------------------------------------------------------------------------------------------
# Report titles and publication dates (real)
# --------------------------------------------------------------------------------------------
R_SS13 = ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9))
R_EB = ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27))
R_AUST = ("Policing in Austerity: Meeting the Challenge", D(2014, 7, 22))
R_INT = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the "
         "capability to tackle corruption in policing", D(2015, 1, 30))
R_TTR = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing "
         "in police forces in England and Wales", D(2015, 9, 15))
R_EFF15 = ("PEEL: Police efficiency 2015 \u2013 West Midlands Police", D(2015, 10, 15))
R_EFT16 = ("PEEL: Police effectiveness 2016 \u2013 West Midlands Police", D(2017, 3, 2))
R_CDI17 = ("West Midlands Police: Crime Data Integrity inspection 2017", D(2017, 9, 7))
R_SF = ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24))
R_EFF17N = ("PEEL: Police efficiency 2017 \u2013 A national overview", D(2017, 11, 9))
R_EFF17 = ("PEEL: Police efficiency 2017 \u2013 West Midlands Police", D(2017, 11, 9))
R_LEG17 = ("PEEL: Police legitimacy 2017 \u2013 A national overview", D(2017, 12, 12))
R_EFT17 = ("PEEL: Police effectiveness 2017 \u2013 West Midlands Police", D(2018, 3, 22))
R_PEEL19 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 \u2013 West Midlands Police",
            D(2019, 5, 2))
R_DISP = ("Disproportionate use of police powers: A spotlight on stop and search and the use of force",
          D(2021, 2, 26))

REC, NREC, AFI, COC = "Recommendation", "National recommendation", "Area for improvement", "Cause of concern"

# HMICFRS status comments (wording as seen on the public register)
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members of "
          "the inspection team in recent inspection activity.")
C_MON = ("The progress of the implementation of this recommendation is currently being monitored by "
         "HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be updated "
            "when this review is complete.")
C_SUP_EFT = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
             "inspections. Where a cause of concern still exists this will appear in the register "
             "against these subsequent inspections.")
C_SUP_EFF = ("This area of activity has subsequently been inspected in HMIC's PEEL Efficiency "
             "inspections. Where a cause of concern still exists this will appear in the register "
             "against these subsequent inspections.")
C_NEW = "New recommendation"

# --------------------------------------------------------------------------------------------
# HMICFRS definitive list: (id, report, type, text, status, status date, comment)
# --------------------------------------------------------------------------------------------
T = {}
T[1187] = ("Chief Constables and the College of Policing should establish in the Stop and Search "
           "Authorised Professional Practice document a clear specification of what constitutes the "
           "effective and fair exercise of stop and search powers, and guidance in this respect. This "
           "should be compliant with the Code of Practice.")
T[1188] = ("Chief Constables should establish or improve monitoring of the way officers stop and search "
           "people, so that they can be satisfied their officers are acting in accordance with the law "
           "(including equality legislation and the Code of Practice), and that the power is used "
           "effectively to prevent crime, catch criminals and maintain public trust.")
T[2330] = ("By September 2014, every police force in England and Wales should establish and publish an "
           "action plan that specifies in detail what steps it will take to improve its approach to "
           "domestic abuse.\n\nThis action plan should be developed:\n\n"
           "  \u2022 in consultation with police and crime commissioners, domestic abuse support "
           "organisations and victims' representatives;\n"
           "  \u2022 after close consideration of all the recommendations in this report;\n"
           "  \u2022 with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
           "connection with the force in question or another force; and 20\n"
           "  \u2022 drawing on relevant knowledge acquired or available from other sources such as CPS "
           "scrutiny panels and MARAC self-assessments.The action plan should be established on the "
           "basis of best practice, based on revised relevant guidance from the College of Policing. To "
           "ensure consistency, the College and the national policing lead on domestic abuse have agreed "
           "to provide advice on the areas that each plan should cover by the end of April 2014.\n\n"
           "Chief officers in each police force should oversee and ensure full implementation of these "
           "action plans. This should be a personal responsibility in each case. Police and crime "
           "commissioners should hold forces to account in this respect. HMIC will inspect forces' "
           "progress on domestic abuse as part of its new annual all-force inspection programme. Police "
           "and crime commissioners and chief constables should be called upon to report publicly on "
           "progress, as well as to the national oversight and monitoring group.")
T[3915] = ("All Chief Constables and PCCs should review their plans to deliver savings to ensure they are "
           "doing all they can to continue to reduce crime and protect the front line while balancing "
           "their budgets. They should use the data and information contained in this report, and in "
           "HMIC's Value for Money profiles, when conducting their reviews")
T[3916] = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through "
           "collaboration should assess whether there is scope to improve on this position. HMIC will "
           "follow up the assessments in the autumn.")
T[3917] = ("Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
           "workforce and/or police officers on the front line should assess whether they have taken the "
           "decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC "
           "will follow up the assessments in the autumn.")
T[3918] = ("In preparation for the next spending round period all Chief Constables and PCCs should review "
           "their plans for collaboration. In particular they should consider whether there is scope to "
           "deliver better value for money and improved capability and capacity through joint working "
           "with other forces, the public and/or the private sector.")
T[905] = ("By 31 August 2015, all chief constables should satisfy themselves that they have processes in "
          "place to ensure that investigations into misconduct by officers and staff resulting in "
          "\u201cno further action\u201d are fair and free of any form of discrimination.")
T[5640] = ("Within three months, all chief constables should assess how well the governance of firearms "
           "licensing in his or her force meets the standards set out in Authorised Professional "
           "Practice. Chief constables of forces where the governance standards are not being complied "
           "with should put in place immediately the correct arrangements and procedures in order to "
           "meet the standards in full.")
T[5641] = ("Within three months, all chief constables should assess the demand placed on their firearms "
           "licensing department and ensure it has the capacity to meet this demand and provide an "
           "efficient and effective service at all times.")
T[5642] = ("Immediately, all chief constables should satisfy themselves that all appropriate action is "
           "being taken by their force with regard to \u2018total expired\u2019 licensing records.")
T[5643] = ("Within three months, all chief constables should ensure that their arrangements in respect of "
           "the use of temporary permits are in accordance with the Home Office guidance; that temporary "
           "permits are properly recorded without delay on the National Firearms Licensing Management "
           "System; and that effective systems exist to ensure certificate holders are not permitted, at "
           "any time, to remain in unlawful possession of a firearm.")
T[5904] = ("The force should undertake further work to gain a fuller understanding of current demand for "
           "its services, and likely future changes in demand. This is so it can make best use of its "
           "resources by matching them to demand to meet the needs of the public")
T[5905] = "The force should develop its understanding of the links between its outcomes, outputs and costs"
T[5906] = ("The force should develop a future workforce plan that is aligned with its overall demand and "
           "budget. The plan should include future resource allocations, the mix of skills required by "
           "the workforce and behaviours expected of them.")
T[6870] = ("The force\u2019s response to missing and absent children is a cause of concern to HMIC. HMIC "
           "found that the assessment of risk for children who go missing from home was inappropriate in "
           "some cases. We found some instances where children were classed as \u2018absent\u2019 when "
           "they should have been recorded as \u2018missing\u2019, and risk levels for missing children "
           "were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk "
           "had not been identified, even where good information was available on the police database. "
           "In some cases there was information to indicate that children were at risk of sexual "
           "exploitation, but this did not influence the assigned risk and categorisation. Children were "
           "incorrectly graded at a lower level and could have been exposed to an increased risk of harm. "
           "This is an enduring cause of concern from HMIC\u2019s report on vulnerability in 2015.")
T[6871] = ("To address this cause of concern the force should immediately review its approach to reports "
           "of missing children and take steps to ensure that:\n"
           "\u2022 call takers understand and use the missing and absent category appropriately; "
           "\u2022 call takers and frontline staff have the necessary knowledge to identify risk factors "
           "associated with child sexual exploitation and how to respond to such cases; and "
           "\u2022 supervisors provide the correct oversight of missing person enquiries and direct "
           "appropriate and timely investigative and safeguarding action")
T[6872] = ("The force's response to domestic abuse is a cause of concern to HMIC. The force policy which "
           "allows an officer discretion to complete a DASH risk assessment in some crimes and incidents "
           "does not provide confidence that risk is always assessed appropriately. This is an enduring "
           "cause of concern from HMIC's report on vulnerability in 2015 and is one of the "
           "recommendations from HMIC's report on its domestic abuse inspection in 2014 that still needs "
           "to be implemented. In cases where a DASH risk assessment is not completed the officer should "
           "record an assessment on the crime management system. HMIC found that officers are not "
           "consistently completing a DASH in circumstances where force policy requires that they should "
           "do so. This means that some victims of domestic abuse who may be at risk of harm are not "
           "being appropriately risk-assessed.")
T[6873] = ("To address this cause of concern, HMIC recommends the force should immediately take steps to "
           "ensure that:\n\u2022 there is effective supervision of the initial risk assessment process, "
           "specifically in relation to the completion of DASH risk assessment in appropriate cases.")
T[7720] = ("Within six months the force should put in place arrangements to ensure that:\n"
           "\u2022 at the point of report, victims are believed;\n"
           "\u2022 conversations between the call handlers and callers are summarised accurately in the "
           "incident log, thus providing attending officers with full facts on which to base "
           "crime-recording decisions;\n"
           "\u2022 multiple crimes are always recorded when described within incident records or identified "
           "as part of other recorded crime investigations;\n"
           "\u2022 the practice of awaiting the results of medical examinations or video interviews before "
           "making crime-recording decisions is stopped; and\n"
           "\u2022 online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
           "the victim or the wider public are identified and appropriately managed.")
T[8101] = ("Within twelve months, forces should review their leadership and governance arrangements for "
           "modern slavery and human trafficking, to ensure that:\n"
           "- senior leaders prioritise the response to modern slavery and human trafficking;\n"
           "- every incident of modern slavery identified to police is allocated appropriate resources "
           "with the skills, experience and capacity to investigate it effectively;\n"
           "- forces develop effective partnership arrangements to co-ordinate activity in order to share "
           "information and safeguard victims; and\n"
           "- performance and quality assurance measures are in place to allow senior leaders to assess "
           "the nature and quality of the service provided to victims.")
T[8102] = ("Within six months, forces should have in place active information-sharing agreements with other "
           "agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims "
           "better and to identify suspects as early as possible")
T[8103] = ("Immediately, forces should ensure that all victims carrying out criminal acts under compulsion "
           "attributable to slavery or exploitation are afforded the protection of early and continuing "
           "consideration of the applicability of the section 45 defence.")
T[8104] = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM process as "
           "it evolves and are implementing the requirement placed upon them under the Modern Slavery Act "
           "2015 to notify the Home Office of any individual suspected to be an adult victim of modern "
           "slavery or human trafficking.")
T[8105] = ("Immediately, forces should take steps to ensure they fully comply with national crime recording "
           "standard (NCRS) requirements for offences identified as modern slavery and human trafficking "
           "and that sufficient audit capacity is available to the force crime registrar to provide "
           "reassurance that each force is identifying and managing any gaps in its crime-recording "
           "accuracy for these types of offences.")
T[8106] = ("Immediately, forces should ensure that allegations or indications of modern slavery and human "
           "trafficking are thoroughly investigated and effectively supervised by teams and individuals "
           "with the skills and experience to undertake them (this should include the use where "
           "appropriate of joint intelligence teams and other means to obtain intelligence and evidence "
           "from agencies overseas).")
T[8107] = ("Immediately, forces should review their use of preventative powers under the Modern Slavery Act "
           "2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear "
           "threat to others in respect of modern slavery and human trafficking offences are exploited.")
T[8380] = ("By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
           "Council and Association of Police and Crime Commissioners should support the development of "
           "these plans by establishing a national framework which allows for the provision of digitally "
           "enabled services across force boundaries.")
T[8381] = ("The force should ensure that it has sufficient resources available in the control room to "
           "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
           "wellbeing of its workforce.")
T[8541] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search "
           "powers is consistently reasonable and fair. In particular, there is over-representation of "
           "BAME people, and black people in particular, in stop and search data which many forces are "
           "unable to explain.")
T[8542] = ("By July 2018, all police forces across England and Wales should be regularly and frequently "
           "monitoring a comprehensive set of data and information on use of stop and search powers to "
           "understand:\n\u2022the reasons for any disproportionate representation of different ethnic "
           "groups in the use of stop and search; \u2022the extent to which find rates differ between "
           "people from different ethnicities, and across different types of searches (including separate "
           "identification of find rates for drug possession and supply-type offences); and \u2022the "
           "prevalence of possession-only drug searches, and the extent to which these align with local "
           "or force level priorities.")
T[8543] = ("Where forces identify disparities through monitoring, they should demonstrate to the public "
           "that they have:\n\u2022carried out research and analysis in an attempt to understand the "
           "reasons for the disparity, and \u2022taken action to reduce the disparity, where necessary;")
T[8544] = ("We expect forces to publish this analysis and any actions taken at least on an annual basis, "
           "from July 2018.")
T[8545] = ("By July 2018, and ongoing following that date, forces should ensure that all officers who use "
           "stop and search powers have been provided with, and understand, training on unconscious bias "
           "and College of Policing APP on stop and search.")
T[8796] = ("The force should improve its use of its crime-recording and management system to better manage "
           "its case files and investigative processes.")
T[10262] = "The size of the vetting backlog within West Midlands Police is a cause of concern."
T[10263] = ("The force should ensure all staff have received at least the lowest level of vetting clearance "
            "for their roles as quickly as possible, working to clear both the vetting backlog and new "
            "vetting renewals when they become due so that it complies fully with the national vetting "
            "guidelines.")
T[12418] = ("By July 2022, forces should ensure that officers and staff have effective communication skills, "
            "in line with the National Policing Guidelines on Conflict Management. This should be in "
            "addition to existing training on conflict management and de-escalation.")
T[12419] = ("By July 2021, forces should ensure that communication skills are reinforced as part of the "
            "programme of continuing professional development for officers and staff, and that "
            "supervisors are supported to routinely and frequently debrief officers on these skills using "
            "body-worn video footage.")
T[12420] = ("By September 2021, forces should: ensure that officers record on body-worn video (when this is "
            "available) the entirety of all stop and search encounters, including traffic stops and use "
            "of force incidents.\nhave a structured process for regularly reviewing and monitoring "
            "internally a sufficient sample of body-worn video footage to identify and disseminate "
            "learning and hold officers to account when behaviour falls below acceptable standards.\n"
            "provide external scrutiny panel members with access to samples of body-worn video footage "
            "showing stop and search encounters and use of force incidents, taking account of the "
            "safeguards in the College of Policing\u2019s Authorised Professional Practice.")
T[12421] = ("By July 2021, forces should ensure they have effective internal monitoring processes on the use "
            "of force, to help them to identify and understand disproportionate use, explain the reasons "
            "and implement any necessary improvement action.")

# Texts that are on the force tracker only (not on the HMICFRS list)
T_CORE = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet "
          "done so, should provide call-handlers with specific, sound and comprehensible criteria against "
          "which they can assess threat, harm and risk.")
T_HONPCC = ("The Home Office and the NPCC should take steps to ensure that the quality of the data collected "
            "on the number of incidents where force has been used to effect a stop and search is sufficient "
            "for publication. The Home Office should publish this data as soon as possible.")

OPEN_BP, OPEN_AR, CL_COMP, CL_SUP = "Being progressed", "Awaiting review", "Complete", "Superseded"

# id: (report, type, status, status date, comment)
HMI = [
    (1187, R_SS13, NREC, CL_COMP, D(2016, 4, 12), C_DONE),
    (1188, R_SS13, NREC, CL_COMP, D(2016, 4, 12), C_DONE),
    (2330, R_EB, NREC, CL_SUP, D(2017, 11, 1), C_SUP_EFT),
    (3915, R_AUST, NREC, CL_SUP, D(2017, 11, 1), C_SUP_EFF),
    (3916, R_AUST, NREC, CL_SUP, D(2017, 11, 1), C_SUP_EFF),
    (3917, R_AUST, NREC, CL_SUP, D(2017, 11, 1), C_SUP_EFF),
    (3918, R_AUST, NREC, CL_SUP, D(2017, 11, 1), C_SUP_EFF),
    (905, R_INT, NREC, CL_COMP, D(2016, 6, 30), C_DONE),
    (5640, R_TTR, NREC, CL_COMP, D(2016, 9, 5), C_DONE),
    (5641, R_TTR, NREC, OPEN_BP, D(2019, 2, 18), C_MON),
    (5642, R_TTR, NREC, CL_COMP, D(2016, 9, 5), C_DONE),
    (5643, R_TTR, NREC, OPEN_BP, D(2019, 2, 18), C_MON),
    (5904, R_EFF15, AFI, CL_COMP, D(2018, 1, 10), C_AUTH),
    (5905, R_EFF15, AFI, OPEN_BP, D(2018, 1, 10), C_MON),
    (5906, R_EFF15, AFI, OPEN_BP, D(2018, 1, 10), C_MON),
    (6870, R_EFT16, COC, OPEN_BP, D(2018, 3, 22), C_MON),
    (6871, R_EFT16, REC, OPEN_BP, D(2018, 3, 22), C_MON),
    (6872, R_EFT16, COC, CL_COMP, D(2018, 7, 16), C_AUTH),
    (6873, R_EFT16, REC, CL_COMP, D(2018, 7, 16), C_AUTH),
    (7720, R_CDI17, REC, OPEN_BP, D(2019, 8, 28), C_MON),
    (8101, R_SF, NREC, OPEN_BP, D(2018, 10, 29), C_MON),
    (8102, R_SF, NREC, OPEN_BP, D(2018, 10, 29), C_MON),
    (8103, R_SF, NREC, CL_COMP, D(2019, 3, 4), C_DONE),
    (8104, R_SF, NREC, OPEN_BP, D(2018, 10, 29), C_MON),
    (8105, R_SF, NREC, OPEN_BP, D(2018, 10, 29), C_MON),
    (8106, R_SF, NREC, CL_COMP, D(2021, 6, 14), C_AUTH),
    (8107, R_SF, NREC, OPEN_BP, D(2018, 10, 29), C_MON),
    (8380, R_EFF17N, NREC, CL_COMP, D(2019, 11, 21), C_DONE),
    (8381, R_EFF17, AFI, OPEN_BP, D(2019, 5, 2), C_MON),
    (8541, R_LEG17, COC, OPEN_BP, D(2019, 5, 2), C_MON),
    (8542, R_LEG17, NREC, CL_COMP, D(2020, 2, 3), C_DONE),
    (8543, R_LEG17, NREC, OPEN_BP, D(2019, 5, 2), C_MON),
    (8544, R_LEG17, NREC, OPEN_BP, D(2019, 5, 2), C_MON),
    (8545, R_LEG17, NREC, CL_COMP, D(2020, 2, 3), C_DONE),
    (8796, R_EFT17, AFI, OPEN_BP, D(2019, 5, 2), C_MON),
    (10262, R_PEEL19, COC, OPEN_BP, D(2020, 9, 30), C_MON),
    (10263, R_PEEL19, REC, OPEN_BP, D(2020, 9, 30), C_MON),
    (12418, R_DISP, NREC, OPEN_BP, D(2021, 9, 6), C_MON),
    (12419, R_DISP, NREC, OPEN_AR, D(2022, 2, 1), C_REVIEW),
    (12420, R_DISP, NREC, OPEN_BP, D(2021, 9, 6), C_MON),
    (12421, R_DISP, NREC, OPEN_AR, D(2021, 2, 26), C_NEW),
]

# --------------------------------------------------------------------------------------------
# Force tracker rows.
# Each action block is (action, owner, target, status).  Blocks 5 and 6 are written by the
# writer in the sheet's 2021 order (Status, Action, Owner, Due).
# --------------------------------------------------------------------------------------------
def A(action, owner="", target="", status=""):
    return (action, owner, target, status)


NOTE = "note"      # a note row inside the table (not an item)
BLANK = "blank"    # a blank spacer row inside the table (not an item)

F = []


def row(no, ref, report, pub, typ, text, co, dept, board, upd, actions, evidence="", olb="", sent="",
        notes="", hid=None, cat="", why="", merge_group=None):
    F.append(dict(kind="item", no=no, ref=ref, report=report, pub=pub, typ=typ, text=text, co=co,
                  dept=dept, board=board, upd=upd, actions=actions, evidence=evidence, olb=olb,
                  sent=sent, notes=notes, hid=hid, cat=cat, why=why, merge_group=merge_group))


SP = "https://westmids.sharepoint.com/sites/RiskOL/HMICFRS/Evidence/"

# 1  S&S 2013 rec A
row(1, "", "HMIC Stop & Search 2013", "Jul-13", "National",
    "Chief Constables and the College of Policing should establish in the Stop and Search APP a clear "
    "specification of what constitutes the effective and fair exercise of stop and search powers, and "
    "guidance in this respect. Compliant with the Code of Practice.",
    "ACC Local Policing", "Supt S&S lead", "Stop & Search Board", D(2015, 3, 12),
    [A("Feed into CoP APP consultation via NPCC S&S lead", "Supt S&S lead", "Dec-13", "N/A - CoP lead"),
     A("Force S&S policy refreshed to reflect revised APP", "Supt S&S lead", D(2014, 9, 30), "Complete")],
    olb=D(2015, 3, 12), hid=1187, cat="in_sync",
    why="HMICFRS Complete; force signed off at OLB 12/03/2015 (A1 N/A - College lead, A2 Complete): closed on both")
# 2  S&S 2013 rec B (abridged)
row(2, "", "HMIC Stop & Search 2013", "Jul-13", "National",
    "CCs should establish/improve monitoring of the way officers stop & search people - satisfied they "
    "are acting in accordance with the law (incl equality legislation & Code of Practice) and power used "
    "effectively to prevent crime, catch criminals & maintain public trust",
    "ACC Local Policing", "Supt S&S lead", "Stop & Search Board", D(2015, 8, 19),
    [A("S&S scrutiny panel + monthly dip sample of S&S records", "Supt S&S lead", "Mar-14", "Blue"),
     A("Add S&S to Force Performance Pack (disproportionality by ethnicity)", "Insight team", "Jun-14",
       "Blue")],
    sent="19/08/2015", hid=1188, cat="in_sync",
    why="HMICFRS Complete; force sent to HMICFRS 19/08/2015, both actions Blue (complete): closed on both; "
        "force text abridged")
# 3  Everyone's business
row(3, "", "Everyone's Business (DA) Mar 2014", D(2014, 3, 27), "National Rec",
    "By September 2014, every police force in England and Wales should establish and publish an action "
    "plan that specifies in detail what steps it will take to improve its approach to domestic abuse. "
    "(see report for full rec - consultation with PCC, DA support orgs & victims reps; all recs in "
    "report; DHRs & IPCC findings; CPS scrutiny panels & MARAC self assessments. CO personal "
    "responsibility, PCC to hold to account)",
    "ACC Crime", "D/Ch Supt Public Protection", "Vulnerability Improvement Board", D(2021, 10, 4),
    [A("Publish WMP DA action plan (agreed with PCC)", "D/Ch Supt Public Protection", D(2014, 9, 30),
       "Complete"),
     A("Refresh DA plan into Vulnerability Improvement Delivery Plan", "D/Ch Supt Public Protection",
       "Mar-18", "Complete"),
     A("Quarterly DA plan progress report to PCC Strategic Policing & Crime Board", "PPU Business Mgr",
       "Ongoing", "Ongoing")],
    hid=2330, cat="closeable_local",
    why="HMICFRS Superseded (subsequently inspected in PEEL Effectiveness); force still open (A3 Ongoing, "
        "no sign-off)")
# 4  Core Business (force only)
row(4, "", "Core Business (Sept 2014)", "Sep-14", "National",
    "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done "
    "so, should provide call-handlers with specific, sound and comprehensable criteria against which they "
    "can assess threat, harm and risk.",
    "ACC Local Policing", "Ch Insp Contact", "Contact Board", D(2015, 4, 2),
    [A("THRIVE criteria already in Contact policy - confirm & brief call handlers", "Ch Insp Contact",
       D(2015, 3, 31), "C")],
    notes="WMP already had THR policy in 2014 - not on HMICFRS def list Nov-17, query with FLL",
    cat="not_on_hmicfrs_list",
    why="Core Business rec (only for forces without a THR policy) is not on the HMICFRS list; force row "
        "done (C)")
# 5  Integrity matters
row(5, 905, "Integrity Matters (Jan 2015)", D(2015, 1, 30), "National",
    "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to "
    "ensure that investigations into misconduct by officers and staff resulting in \"no further action\" "
    "are fair and free of any form of discrimination.",
    "DCC", "Head of PSD", "Professional Standards Board", D(2016, 2, 9),
    [A("PSD dip sample of NFA misconduct outcomes by protected characteristic", "Head of PSD", "Aug-15",
       "Complete"),
     A("Independent scrutiny of NFA decisions - IAG", "Head of PSD", "Dec-15", "Complete")],
    olb=D(2016, 2, 9), hid=905, cat="in_sync",
    why="HMICFRS Complete; force OLB sign-off 09/02/2016, actions Complete: closed on both")
# 6-9 Targeting the risk
row(6, 5640, "Targeting the Risk (Firearms Licensing) Sep 2015", D(2015, 9, 15), "National",
    "Within 3 months, all chief constables should assess how well the governance of firearms licensing in "
    "his or her force meets the standards set out in Authorised Profesional Practice. CCs of forces where "
    "the governance standards are not being complied with should put in place immediately the correct "
    "arrangements and procedures in order to meet the standards in full.",
    "ACC Security", "Head of Firearms Licensing", "Ops Board", D(2016, 6, 14),
    [A("Self assessment v APP governance standards", "Head of Firearms Licensing", D(2015, 12, 15), "Complete"),
     A("FEL governance board ToR agreed", "Supt Ops Support", "Feb-16", "Complete")],
    sent=D(2016, 6, 14), evidence=SP + "TTR_Rec1", hid=5640, cat="in_sync",
    why="HMICFRS Complete; force sent to HMICFRS 14/06/2016: closed on both")
row(7, 5641, "Targeting the Risk (Firearms Licensing) Sep 2015", D(2015, 9, 15), "National",
    "Within 3 months, all chief constables should assess the demand placed on their firearms licensing "
    "department and ensure it has the capacity to meet this demand and provide an efficient and effective "
    "service at all times.",
    "ACC Security", "Head of Firearms Licensing", "Ops Board", D(2021, 11, 30),
    [A("Demand analysis of FEL dept (grants / renewals / variations)", "Head of Firearms Licensing",
       "Dec-15", "Blue"),
     A("Business case for 4 x additional enquiry officers", "Head of Firearms Licensing", "Apr-16", "Blue"),
     A("Renewals backlog cleared - monitored at Ops Board", "Head of Firearms Licensing", "Jul-21",
       "Complete")],
    evidence=SP + "TTR_Rec2", hid=5641, cat="closeable_submit",
    why="HMICFRS Being progressed; every force action complete (Blue, Blue, Complete): force done, "
        "submit for closure")
row(8, 5642, "Targeting the Risk (Firearms Licensing) Sep 2015", D(2015, 9, 15), "National",
    "Immediately, all CCs should satisfy themselves that all appropriate action is being taken by their "
    "force with regard to 'total expired' licensing records.",
    "ACC Security", "Head of Firearms Licensing", "Ops Board", D(2016, 6, 14),
    [A("Review of all total expired records on NFLMS; seizure where required", "Head of Firearms Licensing",
       "Immediate", "Complete")],
    sent=D(2016, 6, 14), evidence=SP + "TTR_Rec3", hid=5642, cat="in_sync",
    why="HMICFRS Complete; force sent 14/06/2016: closed on both")
row(9, 5643, "Targeting the Risk (Firearms Licensing) Sep 2015", D(2015, 9, 15), "National",
    "Within 3 months, all CCs should ensure that their arrangements in respect of the use of temporary "
    "permits are in accordance with the Home Office guidance; that temporary permits are properly recorded "
    "without delay on NFLMS; and that effective systems exist to ensure certificate holders are not "
    "permitted, at any time, to remain in unlawful possession of a firearm.",
    "ACC Security", "Head of Firearms Licensing", "Ops Board", D(2021, 11, 30),
    [A("Review use of temp permits against HO guidance", "Head of Firearms Licensing", "Mar-16", "Complete"),
     A("NFLMS recording of temporary permits - quarterly dip sample", "FEL Supervisor", "Q4 21/22",
       "Amber")],
    hid=5643, cat="in_sync",
    why="HMICFRS Being progressed; force A2 Amber (at risk), no sign-off: open on both")
# 10-11 PEEL efficiency 2015 AFIs (5905 has no force row)
row(10, "", "PEEL Efficiency 2015", "Oct-15", "AFI",
    "The force should undertake further work to gain a fuller understanding of current demand for its "
    "services, and likely future changes in demand. This is so it can make best use of its resources by "
    "matching them to demand to meet the needs of the public",
    "DCC", "Head of Strategic Change", "Force Exec Team", D(2021, 12, 1),
    [A("Demand profiling - WMP2020 demand model", "Head of Strategic Change", "Mar-16", "Blue"),
     A("Refresh demand model annually (feeds FMS)", "Insight team", "Mar-22", "Green")],
    hid=5904, cat="closeable_local",
    why="HMICFRS Complete (authorised for closure); force A2 Green = on track per Key, i.e. still open: "
        "close locally")
row(11, "", "PEEL Efficiency 2016", D(2016, 11, 3), "AFI",
    "The force should develop a future workforce plan that is aligned with its overall demand and budget. "
    "The plan should include future resource allocations, the mix of skills required by the workforce "
    "and behaviours expected of them.",
    "Director of People", "Head of Workforce Planning", "People Board", D(2021, 12, 1),
    [A("Strategic workforce plan aligned to MTFP", "Director of People", "Mar-17", "Complete"),
     A("Skills & behaviours framework linked to CoP Competency & Values Framework", "Head of L&D",
       "Dec-22", "Amber")],
    hid=5906, cat="conflict",
    why="Report conflict: force files this AFI under PEEL Efficiency 2016 (03/11/2016), HMICFRS under PEEL: "
        "Police efficiency 2015 (15/10/2015); text identical; both open")
# 12 CoC missing children + 12a-c rec split per bullet
row(12, 6870, "PEEL Effectiveness 2016", D(2017, 3, 2), "CoC",
    "The force's response to missing and absent children is a cause of concern to HMIC. HMIC found that "
    "the assessment of risk for children who go missing from home was inappropriate in some cases... "
    "Children were incorrectly graded at a lower level and could have been exposed to an increased risk of "
    "harm. This is an enduring cause of concern from HMIC's report on vulnerability in 2015.",
    "ACC Crime", "D/Ch Supt Public Protection", "Vulnerability Improvement Board", D(2021, 9, 16),
    [A("Delivered through rec actions 12a-12c", "D/Ch Supt Public Protection", "", "C")],
    olb=D(2021, 9, 16), hid=6870, cat="closeable_submit",
    why="HMICFRS Being progressed; force OLB sign-off 16/09/2021: force done, submit for closure")
row("12a", 6871, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
    "To address this CoC the force should immediately review its approach to reports of missing children "
    "and take steps to ensure that: call takers understand and use the missing and absent category "
    "appropriately;",
    "ACC Crime", "Ch Insp Contact", "Vulnerability Improvement Board", D(2021, 9, 16),
    [A("Missing / absent category training for Contact staff (NCALT + briefing)", "Ch Insp Contact",
       D(2017, 6, 30), "Complete"),
     A("Dip sample of absent reports by Missing Persons Co-ordinator", "MFH Co-ordinator", "Quarterly",
       "Blue")],
    olb=D(2021, 9, 16), hid=6871, cat="closeable_submit", merge_group="mc",
    why="Bullet 1 of the rec; HMICFRS Being progressed; all three bullet rows done (OLB 16/09/2021): "
        "submit for closure")
row("12b", 6871, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
    "...call takers and frontline staff have the necessary knowledge to identify risk factors associated "
    "with child sexual exploitation and how to respond to such cases; and",
    "ACC Crime", "D/Supt PPU", "Vulnerability Improvement Board", D(2021, 9, 16),
    [A("CSE risk factors input - Contact & response (Op Sentinel)", "D/Supt PPU", "Dec-17", "Complete"),
     A("CSE awareness in new PC foundation course", "Head of L&D", "Sep-18", "Complete")],
    olb=D(2021, 9, 16), hid=6871, cat="closeable_submit", merge_group="mc",
    why="Bullet 2 of the rec; all three bullet rows done: submit for closure")
row("12c", 6871, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
    "...supervisors provide the correct oversight of missing person enquiries and direct appropriate and "
    "timely investigative and safeguarding action",
    "ACC Crime", "D/Supt PPU", "Vulnerability Improvement Board", D(2021, 9, 16),
    [A("Supervisory review points built into COMPACT (missing persons)", "MFH Co-ordinator", "Mar-18",
       "Complete"),
     A("Audit of supervisory oversight of MFH enquiries", "Force Audit & Inspection", "Mar-20", "Blue")],
    olb=D(2021, 9, 16), hid=6871, cat="closeable_submit", merge_group="mc",
    why="Bullet 3 of the rec; all three bullet rows done: submit for closure")
# 13-14 DA CoC and rec (PEEL effectiveness 2016)
row(13, 6872, "PEEL Effectiveness 2016", D(2017, 3, 2), "CoC",
    "The force's response to DA is a cause of concern to HMIC. The force policy which allows an officer "
    "discretion to complete a DASH risk assessment in some crimes and incidents does not provide "
    "confidence that risk is always assessed appropriately. (enduring CoC from Vulnerability 2015)",
    "ACC Crime", "D/Ch Supt Public Protection", "Vulnerability Improvement Board", D(2018, 5, 10),
    [A("FET decision 25/07/17 - risk assess ALL DA incidents", "ACC Crime", D(2017, 10, 31), "Complete")],
    sent=D(2018, 5, 10), hid=6872, cat="in_sync",
    why="HMICFRS Complete; force sent to HMICFRS 10/05/2018: closed on both")
row(14, 6873, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
    "HMIC recommends the force should immediately take steps to ensure that there is effective supervision "
    "of the initial risk assessment process, specifically in relation to the completion of DASH risk "
    "assessment in appropriate cases.",
    "ACC Crime", "D/Supt PPU", "Vulnerability Improvement Board", D(2018, 5, 10),
    [A("Review DASH discretion policy", "D/Supt PPU", "Jul-17", "Superseded (see A2)"),
     A("Task & Finish group - policy rewrite, comms plan, implementation end Oct 17", "D/Supt PPU",
       D(2017, 10, 31), "Complete"),
     A("Supervisor DASH review compliance - monthly audit", "PPU Business Mgr", "Mar-18", "Complete")],
    sent=D(2018, 5, 10), hid=6873, cat="in_sync",
    why="HMICFRS Complete; force sent 10/05/2018 (A1 superseded by A2, A2/A3 Complete): closed on both")
# 15 CDI 2017
row(15, 7720, "CDI 2017", D(2017, 9, 7), "Rec",
    "Within 6 months put in place arrangements to ensure that: victims are believed at point of report; "
    "call handler / caller conversations summarised accurately in incident log; multiple crimes always "
    "recorded; practice of awaiting medical exam / video interview results before crime recording "
    "decisions is stopped; online reports triaged on receipt.",
    "DCC", "Force Crime Registrar", "Crime Data Integrity Board", D(2022, 1, 20),
    [A("Crime recording improvement plan (FCR)", "Force Crime Registrar", D(2018, 3, 31), "Complete"),
     A("Online crime reports triage - digital desk", "Supt Contact", "Q4 21/22", "Amber")],
    hid=7720, cat="in_sync",
    why="HMICFRS Being progressed; force A2 Amber: open on both; force text abridged")
# 16 APSP (force only)
row(16, "", "Abuse of position for a sexual purpose (Oct 17)", "05/10/2017", "National CoC",
    "National CoC - forces' ability to seek intelligence on potential abuse of position for sexual gain. "
    "Force plan to reflect national strategy agreed at NPCC Apr 2017.",
    "DCC", "Head of PSD", "Professional Standards Board", D(2019, 1, 8),
    [A("Review capability & capacity of Counter Corruption Unit", "Head of PSD", "Mar-18", "Complete"),
     A("IT monitoring capability upgrade", "Head of PSD / ICT", "Sep-18", "Complete"),
     A("Intel from orgs supporting vulnerable people - engagement plan", "D/Insp CCU", "Dec-18",
       "Complete")],
    notes="HMICFRS letter assessing WMP plan rec'd Oct 17. HMICFRS to return to topic 2018 and beyond.",
    cat="not_on_hmicfrs_list",
    why="Force's own record of the national APSP cause of concern; no such item on the HMICFRS list; "
        "force row done")
# 17a-d Stolen freedom leadership split per bullet
SF_STEM = ("Within twelve months, forces should review their leadership and governance arrangements for "
           "MSHT, to ensure that: ")
for no, bullet, act, st in [
        ("17a", "(a) senior leaders prioritise the response to modern slavery and human trafficking;",
         A("MSHT ACC lead & Strategic Governance Group established", "ACC Crime", "Jan-18", "Complete"),
         None),
        ("17b", "(b) every incident of modern slavery identified to police is allocated appropriate resources "
                "with the skills, experience and capacity to investigate it effectively;",
         A("MSHT allocation policy - all MS crimes to PPU/MSHT team", "D/Supt MSHT", "Jun-18", "Complete"),
         None),
        ("17c", "(c) forces develop effective partnership arrangements to co-ordinate activity in order to "
                "share information and safeguard victims; and",
         A("Regional anti-slavery partnership - WMP rep & ToR", "D/Supt MSHT", "Sep-18", "Complete"),
         A("LA / NHS / GLAA partnership co-ordination (7 LAs) - 3 not yet signed up", "D/Supt MSHT",
           "Mar-22", "Amber")),
        ("17d", "(d) performance and quality assurance measures are in place to allow senior leaders to "
                "assess the nature and quality of the service provided to victims.",
         A("MSHT performance measures in Force Performance Pack", "Insight team", "Oct-18", "Blue"),
         None)]:
    acts = [act] + ([st] if st else [])
    row(no, 8101, "Stolen Freedom (MSHT)", D(2017, 10, 24), "National Rec", SF_STEM + bullet,
        "ACC Crime", "D/Supt MSHT", "Vulnerability Improvement Board",
        D(2022, 2, 10) if st else D(2019, 1, 8), acts, hid=8101, cat="in_sync", merge_group="sf",
        why=("Bullet row of the leadership rec; bullet (c) still Amber so the item is open on the force "
             "side; HMICFRS Being progressed: open on both"))
# 18-22 Stolen freedom (8107 Prevention has no force row)
row(18, 8102, "Stolen Freedom (MSHT)", D(2017, 10, 24), "National Rec",
    "Within twelve months, forces should have in place active information-sharing agreements with other "
    "agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to "
    "identify suspects as early as possible",
    "ACC Crime", "D/Supt MSHT", "Vulnerability Improvement Board", D(2022, 2, 10),
    [A("ISAs with GLAA / local authorities / NHS", "D/Supt MSHT", "Oct-18", "Amber")],
    hid=8102, cat="conflict",
    why="Timescale conflict: force text says 'Within twelve months', HMICFRS says 'Within six months'; "
        "both open")
row(19, 8103, "Stolen Freedom (MSHT)", D(2017, 10, 24), "National Rec",
    "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion "
    "attributable to slavery or exploitation are afforded the protection of early and continuing "
    "consideration of the applicability of the s45 defence.",
    "ACC Crime", "D/Supt MSHT", "Vulnerability Improvement Board", D(2019, 2, 1),
    [A("Briefing on s45 defence to custody & investigators; CPS liaison", "D/Supt MSHT", "Dec-17",
       "Complete")],
    sent=D(2019, 2, 1), hid=8103, cat="in_sync",
    why="HMICFRS Complete; force sent 01/02/2019: closed on both")
row(20, 8104, "Stolen Freedom (MSHT)", D(2017, 10, 24), "National Rec",
    "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it "
    "evolves and are implementing the requirement placed upon them under the MSA 2015 to notify the Home "
    "Office of any individual suspected to be an adult victim of MSHT.",
    "ACC Crime", "D/Supt MSHT", "Vulnerability Improvement Board", D(2021, 11, 17),
    [A("NRM first responder training", "D/Supt MSHT", "Mar-18", "Complete"),
     A("Duty to Notify process - MSHT SPOC", "D/Supt MSHT", "Jun-18", "Ongoing")],
    olb=D(2021, 11, 17), hid=8104, cat="closeable_submit",
    why="HMICFRS Being progressed; force OLB sign-off 17/11/2021 governs (A2 left 'Ongoing' as BAU): force "
        "done, submit for closure")
row(21, 8105, "Stolen Freedom (MSHT)", D(2017, 10, 24), "National Rec",
    "Immediately, forces should take steps to ensure they fully comply with NCRS requirements for offences "
    "identified as MSHT and that sufficient audit capacity is available to the FCR to provide reassurance "
    "that each force is identifying and managing any gaps in its crime-recording accuracy for these types "
    "of offences.",
    "DCC", "Force Crime Registrar", "Crime Data Integrity Board", D(2022, 1, 20),
    [A("FCR audit of MSHT crime recording", "Force Crime Registrar", "Mar-18", "Complete"),
     A("Additional audit capacity - 2 x auditors", "Force Crime Registrar", "Q1 22/23", "Not started")],
    hid=8105, cat="in_sync",
    why="HMICFRS Being progressed; force A2 Not started: open on both")
row(22, 8106, "Stolen Freedom (MSHT)", D(2017, 10, 24), "National Rec",
    "Immediately, forces should ensure that allegations or indications of MSHT are thoroughly investigated "
    "and effectively supervised by teams and individuals with the skills and experience to undertake them "
    "(incl. joint intelligence teams / evidence from agencies overseas).",
    "ACC Crime", "D/Supt MSHT", "Vulnerability Improvement Board", D(2022, 2, 10),
    [A("MSHT investigation standards & supervision guidance", "D/Supt MSHT", "Jun-18", "Complete"),
     A("", "", "", ""), A("", "", "", ""), A("", "", "", ""),
     A("Refresh investigation standards; supervision audit (after HMICFRS return)", "D/Supt MSHT",
       "Jun-22", "Amber")],
    sent="Returned by HMICFRS 09/19 - more evidence req'd", hid=8106, cat="closeable_local",
    why="HMICFRS Complete (authorised for closure 2021); force row open: closure returned 09/19 and A5 "
        "Amber: close locally")
# note row
F.append(dict(kind=NOTE, text="Rows below added following reconciliation with HMICFRS definitive list "
                              "(Nov 2017) - KH",
              what="note row: where rows added after the Nov 2017 definitive list begin"))
# 23-26 Policing in Austerity
AUST = "Policing in Austerity (Jul 14)"
row(23, 3915, AUST, D(2014, 7, 22), "National Rec", T[3915],
    "Director of Commercial Services", "Head of Finance", "Force Exec Team", D(2017, 11, 30),
    [A("WMP2020 - savings plans reviewed v HMIC VfM profiles", "Head of Finance", "Mar-15", "Complete")],
    hid=3915, cat="in_sync",
    why="HMICFRS Superseded; force action Complete: closed/done on both")
row(24, 3916, AUST, D(2014, 7, 22), "National Rec",
    "CCs and PCCs in forces planning to deliver less than 10% of savings through collaboration should "
    "assess whether there is scope to improve on this position.",
    "Director of Commercial Services", "Head of Finance", "Force Exec Team", D(2017, 11, 30),
    [A("Assess scope for collaboration savings (Regional Collaboration Board)", "Head of Finance",
       "Ongoing", "Ongoing - WMP2020")],
    hid=3916, cat="closeable_local",
    why="HMICFRS Superseded (no further action); force action still Ongoing: close locally")
row(25, 3917, AUST, D(2014, 7, 22), "National Rec",
    "CCs and PCCs in forces planning to reduce the proportion of their workforce and/or police officers on "
    "the front line should assess whether they have taken the decisive action seen in many forces to "
    "maintain crime fighting capacity.",
    "Director of Commercial Services", "Head of Strategic Change", "Force Exec Team", D(2017, 11, 30),
    [A("Front line definition & capacity assessment (WMP2020 design)", "Head of Strategic Change",
       "Sep-15", "Complete")],
    hid=3917, cat="in_sync",
    why="HMICFRS Superseded; force action Complete: closed/done on both")
row(26, 3918, AUST, D(2014, 7, 22), "National Rec",
    "In preparation for the next spending round all CCs and PCCs should review their plans for "
    "collaboration - scope for better VfM and improved capability & capacity through joint working with "
    "other forces, the public and/or private sector.",
    "Director of Commercial Services", "Head of Finance", "Force Exec Team", D(2017, 11, 30),
    [A("Collaboration review - regional ROCU / CMPG / NPAS options", "Head of Finance", "Mar-18",
       "In progress")],
    hid=3918, cat="closeable_local",
    why="HMICFRS Superseded (no further action); force action In progress: close locally")
# 28-29 PEEL efficiency 2017 (No. 27 deleted long ago)
row(28, 8380, "PEEL Efficiency 2017 (national)", D(2017, 11, 9), "National Rec",
    "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled "
    "services within their force. (HO, NPCC & APCC to support via national framework)",
    "DCC", "Head of IT&D", "Force Exec Team", D(2019, 10, 2),
    [A("Digital Experience for Citizens (DEfC) plan - WMP2020", "Head of IT&D", "Sep-18", "Complete")],
    sent=D(2019, 10, 2), hid=8380, cat="in_sync",
    why="HMICFRS Complete; force sent 02/10/2019: closed on both")
row(29, 8381, "PEEL Efficiency 2017", D(2017, 11, 9), "Recommendation",
    "The force should ensure that it has sufficient resources available in the control room to fulfil its "
    "resourcing model, and so to meet its demand, while also taking into account the wellbeing of its "
    "workforce.",
    "ACC Local Policing", "Supt Contact", "Contact Board", D(2022, 2, 14),
    [A("Contact resourcing model review", "Supt Contact", "Mar-18", "Complete"),
     A("Recruitment of call handlers & wellbeing offer", "Supt Contact", "Q2 22/23", "Amber")],
    hid=8381, cat="conflict",
    why="Type conflict: force records it as a Recommendation, HMICFRS as an Area for improvement; both open")
# 30-34 PEEL legitimacy 2017
LEG = "PEEL Legitimacy 2017 (national)"
row(30, 8541, LEG, D(2017, 12, 12), "CoC", T[8541].replace("HMICFRS is", "HMICFRS are"),
    "ACC Local Policing", "Supt S&S lead", "Stop & Search Board", D(2021, 12, 6),
    [A("Delivered through 31-34", "Supt S&S lead", "", "Green")],
    hid=8541, cat="in_sync",
    why="HMICFRS Being progressed; force status Green = on track per Key (open): open on both")
row(31, 8542, LEG, D(2017, 12, 12), "National Rec",
    "By July 2018, all police forces should be regularly and frequently monitoring a comprehensive set of "
    "data on use of S&S to understand: reasons for any dispropotionate representation of ethnic groups; "
    "extent find rates differ by ethnicity & type of search (incl drug possession v supply); prevalence of "
    "possession-only drug searches & alignment with local/force priorities.",
    "ACC Local Policing", "Supt S&S lead", "Stop & Search Board", D(2019, 9, 9),
    [A("S&S dashboard (Power BI) - ethnicity, find rates, search type", "Insight team", "Jul-18", "Blue"),
     A("Possession-only drug search review at S&S Board", "Supt S&S lead", "Oct-18", "Blue")],
    sent=D(2019, 9, 9), hid=8542, cat="in_sync",
    why="HMICFRS Complete; force sent 09/09/2019: closed on both")
row(32, 8543, LEG, D(2017, 12, 12), "National Rec",
    "Where forces identify disparities through monitoring, they should demonstrate to the public that they "
    "have: carried out research & analysis to understand the reasons for the disparity, and taken action to "
    "reduce the disparity where necessary;",
    "ACC Local Policing", "Supt S&S lead", "Stop & Search Board", D(2021, 12, 6),
    [A("Commissioned academic analysis of S&S disparity (Univ. partner)", "Insight team", "Mar-20",
       "Complete"),
     A("Disparity action plan published on force website", "Supt S&S lead", "Sep-21", "C")],
    hid=8543, cat="closeable_submit",
    why="HMICFRS Being progressed; both force actions complete (Complete, C): force done, submit")
row(33, 8544, LEG, D(2017, 12, 12), "National Rec",
    "We expect forces to publish this analysis and any actions taken at least on an annual basis, from "
    "July 2018.",
    "ACC Local Policing", "Insight team", "Stop & Search Board", D(2021, 12, 6),
    [A("Annual S&S disproportionality analysis published on WMP website", "Insight team", "Jul-22", "G")],
    hid=8544, cat="in_sync",
    why="HMICFRS Being progressed; force 'G' = Green = on track per Key (open): open on both")
row(34, 8545, LEG, D(2017, 12, 12), "National Rec",
    "By July 2018, and ongoing following that date, forces should ensure that all officers who use S&S "
    "powers have been provided with, and understand, training on unconscious bias and CoP APP on stop and "
    "search.",
    "ACC Local Policing", "Head of L&D", "Stop & Search Board", D(2019, 9, 9),
    [A("Unconscious bias + S&S APP e-learning (NCALT) - all S&S users", "Head of L&D", "Jul-18", "Complete"),
     A("Compliance check - 98% completion", "Head of L&D", "Jun-19", "Done")],
    sent=D(2019, 9, 9), hid=8545, cat="in_sync",
    why="HMICFRS Complete; force sent 09/09/2019: closed on both")
# 35 PEEL effectiveness 2017 AFI - ref typed with digits transposed
row(35, 8769, "PEEL Effectiveness 2017", D(2018, 3, 22), "AFI",
    "The force should improve its use of its crime-recording and management system to better manage its "
    "case files and investigative processes.",
    "ACC Crime", "Force Crime Registrar", "Crime Board", D(2022, 1, 20),
    [A("Case file mgmt - supervisor training on crime system", "Force Crime Registrar", "Dec-18",
       "Complete"),
     A("New crime & case mgmt system (Connect) - investigative workflow", "Head of IT&D", "Q4 21/22",
       "Amber")],
    hid=8796, cat="conflict",
    why="Reference conflict: force HMIC Ref 8769, HMICFRS id 8796 (digits transposed; no item 8769 "
        "exists); same report and text; both open")
F.append(dict(kind=BLANK, what="blank spacer row left between the 2018 and 2019 entries"))
# 36-37 PEEL 2018/19 vetting
row(36, 10262, "PEEL 2018/19", D(2019, 5, 2), "CoC",
    "The size of the vetting backlog within West Midlands Police is a cause of concern.",
    "DCC", "Head of Vetting", "People Board", D(2022, 2, 1),
    [A("Vetting backlog recovery plan", "Head of Vetting", "Dec-19", "Red"),
     A("Temporary vetting officers x 6 (recruited)", "Head of Vetting", "Mar-20", "Complete")],
    hid=10262, cat="in_sync",
    why="HMICFRS Being progressed; force A1 Red (off track): open on both")
row(37, 10263, "PEEL 2018/19", D(2019, 5, 2), "Rec",
    "The force should ensure all staff have received at least the lowest level of vetting clearance for "
    "their roles as quickly as possible, working to clear both the vetting backlog and new vetting "
    "renewals when they become due so that it complies fully with the national vetting guidelines.",
    "DCC", "Head of Vetting", "People Board", D(2022, 2, 1),
    [A("Vetting backlog recovery plan (see 36)", "Head of Vetting", "Dec-19", "Complete"),
     A("Core Vet / NPPV1 for all staff without clearance", "Head of Vetting", "Mar-20", "Complete"),
     A("Renewals diary & automated reminders", "Head of Vetting", "Sep-20", "Complete"),
     A("Vetting IT system upgrade", "Head of IT&D", "Mar-21", "Complete"),
     A("", "", "", ""),
     A("Provide vetting backlog / renewals data 2020-21 to OLB", "Head of Vetting", "Mar-22",
       "In progress")],
    olb="Deferred - backlog data to be evidenced (OLB 09/09/21)", hid=10263, cat="in_sync",
    why="HMICFRS Being progressed; force OLB sign-off deferred and A6 In progress: open on both (A1-A4 "
        "Complete do not make it done)")
# 38-40 Disproportionate use of police powers (12421 has no force row)
DISP = "Disproportionate use of police powers (Feb 21)"
row(38, "", DISP, D(2021, 2, 26), "National Rec",
    "By July 2021, forces should ensure that officers and staff have effective communication skills, in "
    "line with the National Policing Guidelines on Conflict Management. This should be in addition to "
    "existing training on conflict management and de-escalation.",
    "ACC Local Policing", "Head of L&D", "Stop & Search Board", D(2022, 2, 3),
    [A("Conflict mgmt & communication skills input in OST 2021/22", "Head of L&D", "Mar-22", "Green")],
    hid=12418, cat="conflict",
    why="Deadline conflict: force text 'By July 2021', HMICFRS 'By July 2022' (communication skills "
        "rec); both open")
row(39, "", DISP, D(2021, 2, 26), "National Rec",
    "By July 2021, forces should ensure that communication skills are reinforced as part of CPD for "
    "officers and staff, and that supervisors are supported to routinely and frequently debrief officers on "
    "these skills using BWV footage.",
    "ACC Local Policing", "Head of L&D", "Stop & Search Board", D(2022, 1, 28),
    [A("Comms skills CPD module (PDR linked)", "Head of L&D", "Jul-21", "Complete"),
     A("Supervisor BWV debrief guide + monthly review", "Supt S&S lead", "Sep-21", "Complete")],
    sent=D(2022, 1, 28), hid=12419, cat="closeable_submit",
    why="HMICFRS Awaiting review (open); force sent to HMICFRS 28/01/2022: force done, submit/confirm "
        "closure")
row("40a", "", DISP, D(2021, 2, 26), "National Rec",
    "By September 2021, forces should: ensure that officers record on BWV (when available) the entirety of "
    "all stop and search encounters, incl traffic stops and use of force incidents.",
    "ACC Local Policing", "Supt S&S lead", "Stop & Search Board", D(2022, 2, 3),
    [A("BWV policy - mandatory activation for all S&S & UoF", "Supt S&S lead", "Jun-21", "Complete")],
    hid=12420, cat="conflict", merge_group="bwv",
    why="Bullet row of the BWV rec; the force has no row for the third bullet (external scrutiny panel "
        "access to BWV footage): missing-bullet conflict")
row("40b", "", DISP, D(2021, 2, 26), "National Rec",
    "have a structured process for regularly reviewing and monitoring internally a sufficient sample of BWV "
    "footage to identify and disseminate learning and hold officers to account when behaviour falls below "
    "acceptable standards.",
    "ACC Local Policing", "Supt S&S lead", "Stop & Search Board", D(2022, 2, 3),
    [A("Internal BWV review process - PSD / S&S Board sample", "Supt S&S lead", "Dec-21", "Amber")],
    hid=12420, cat="conflict", merge_group="bwv",
    why="Bullet row of the BWV rec; third bullet (external scrutiny panel access) has no force row: "
        "missing-bullet conflict")
# 41 HO / NPCC rec (force only)
row(41, "", DISP, D(2021, 2, 26), "National Rec", T_HONPCC,
    "ACC Local Policing", "Supt S&S lead", "Stop & Search Board", D(2021, 4, 12),
    [A("Not for WMP - HO/NPCC rec. Monitor via NPCC S&S lead", "", "", "N/A")],
    notes="For info only", cat="not_on_hmicfrs_list",
    why="Recommendation addressed to the Home Office and NPCC; not on the force's HMICFRS list")
# 44 duplicate of 37, re-entered from the HMICFRS list
row(44, 10263, "PEEL 2018/19", D(2019, 5, 2), "Recommendation", T[10263],
    "DCC", "", "", D(2021, 3, 1),
    [A("Awaiting allocation", "", "", "")],
    notes="DUPLICATE - see No. 37 (re-entered from HMICFRS list 2021). Do not update.",
    hid=10263, cat="in_sync",
    why="Duplicate row of No. 37 (same HMICFRS item 10263); item open on both sides")

FOOTER = ("Status key on 'Key' tab. Rows closed by HMICFRS are kept - do not delete (agreed JAC 30/11/2017). "
          "Use next free ACTION block; blocks 5-6 added 2021 - Status column first.")

MISSING_WHY = {
    5905: "No force row for the PEEL efficiency 2015 AFI on outcomes, outputs and costs",
    8107: "No force row for the Stolen freedom 'Prevention' rec (preventative powers under MSA 2015)",
    12421: "No force row for the use-of-force internal monitoring rec (Disproportionate use, By July 2021)",
}

KEY_ROWS = [
    ("ACTION STATUS KEY (use drop-down)", ""),
    ("Not started", "Action agreed, no work yet"),
    ("Green", "On track - will be delivered by target date"),
    ("Amber", "At risk - slippage or dependency"),
    ("Red", "Off track / past target date"),
    ("Blue", "Complete - evidence on SharePoint"),
    ("N/A", "Not for WMP to deliver (other body leads)"),
    ("", ""),
    ("SIGN OFF", ""),
    ("OLB sign-off", "Date the Organisational Learning Board agreed the rec is delivered (any action "
                     "still running after sign-off is BAU)"),
    ("Sent to HMICFRS", "Date closure evidence sent to HMICFRS via Force Liaison Lead"),
    ("", ""),
    ("A rec is delivered when every action is Blue (or N/A). OLB then signs it off and the FLL sends the "
     "closure evidence to HMICFRS.", ""),
]


# --------------------------------------------------------------------------------------------
def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Definitive list", "author": "HMICFRS", "company": "HMICFRS",
                       "created": FIXED})
    ws = wb.add_worksheet("Recommendations")
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True,
                         "valign": "top", "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "Definitive list of recommendations, causes of concern and areas for improvement", bold)
    ws.write(1, 0, "Force: West Midlands Police    Extracted: 08/03/2022")
    heads = ["ID", "Force", "Report title", "Publication date", "Type", "Text", "Status", "Status date",
             "Comment"]
    for c, h in enumerate(heads):
        ws.write(3, c, h, hdr)
    hrow = {}
    r = 4
    for hid, (rt, pub), typ, st, sd, com in HMI:
        ws.write_number(r, 0, hid, cell)
        ws.write(r, 1, "West Midlands Police", cell)
        ws.write(r, 2, rt, cell)
        ws.write_datetime(r, 3, pub, datef)
        ws.write(r, 4, typ, cell)
        ws.write(r, 5, T[hid], cell)
        ws.write(r, 6, st, cell)
        ws.write_datetime(r, 7, sd, datef)
        ws.write(r, 8, com, cell)
        hrow[hid] = r + 1
        r += 1
    for c, w in enumerate([8, 20, 40, 12, 22, 90, 16, 12, 50]):
        ws.set_column(c, c, w)
    ws.autofilter(3, 0, r - 1, len(heads) - 1)
    ws.freeze_panes(4, 0)
    wb.close()
    return hrow


def col(c):
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def write_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Risk & Organisational Learning",
                       "company": "West Midlands Police", "created": FIXED})
    ws = wb.add_worksheet("Tracker")
    key = wb.add_worksheet("Key")
    title = wb.add_format({"bold": True, "font_size": 14, "font_color": "#1F3864"})
    sub = wb.add_format({"italic": True, "font_color": "#7F7F7F"})
    grp_fmt = {}
    grp_cols = {"REC": "#1F3864", "A1": "#2E75B6", "A2": "#2E75B6", "A3": "#2E75B6", "A4": "#2E75B6",
                "A5": "#548235", "A6": "#548235", "SO": "#7030A0"}
    for k, v in grp_cols.items():
        grp_fmt[k] = wb.add_format({"bold": True, "bg_color": v, "font_color": "#FFFFFF", "align": "center",
                                    "border": 1})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "text_wrap": True, "valign": "top",
                         "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    mcell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    mdate = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    notef = wb.add_format({"italic": True, "bold": True, "font_color": "#C00000"})
    fills = {"blue": "#9BC2E6", "green": "#A9D08E", "amber": "#FFC000", "red": "#FF5B5B", "grey": "#D9D9D9"}
    sfmt = {k: wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bg_color": v})
            for k, v in fills.items()}

    def status_fmt(s):
        t = s.strip().lower()
        if not t:
            return cell
        if t in ("blue", "complete", "completed", "c", "done") or t.startswith("superseded"):
            return sfmt["blue"]
        if t in ("green", "g"):
            return sfmt["green"]
        if t.startswith("amber") or t in ("in progress", "ongoing") or t.startswith("ongoing"):
            return sfmt["amber"]
        if t == "red":
            return sfmt["red"]
        if t.startswith("n/a"):
            return sfmt["grey"]
        return cell

    ws.write(0, 0, "WEST MIDLANDS POLICE - HMICFRS RECOMMENDATIONS & AFI TRACKER", title)
    ws.write(1, 0, "Risk & Organisational Learning  |  OFFICIAL - SENSITIVE", sub)
    ws.write(2, 0, "One row per HMICFRS recommendation / AFI / CoC. Last full review 21/02/2022 (KH)", sub)
    # row 5 (index 4): group headers; row 6 (index 5): sub-headers
    rec_heads = ["No.", "HMIC Ref", "Report", "Date pub.", "Type", "Recommendation / AFI (as per report)",
                 "Chief Officer lead", "Dept lead", "Governance", "Last update"]
    blk_old = ["Action", "Owner", "Target", "Status"]
    blk_new = ["Status", "Action", "Owner", "Due"]
    so_heads = ["Evidence (SharePoint)", "OLB sign-off", "Sent to HMICFRS", "Notes"]
    ws.merge_range(4, 0, 4, 9, "RECOMMENDATION", grp_fmt["REC"])
    c0 = 10
    blocks = []
    for i in range(6):
        lab = "ACTION %d" % (i + 1) + (" (added Apr 21)" if i == 4 else "")
        ws.merge_range(4, c0, 4, c0 + 3, lab, grp_fmt["A%d" % (i + 1)])
        heads = blk_old if i < 4 else blk_new
        for j, h in enumerate(heads):
            ws.write(5, c0 + j, h, hdr)
        blocks.append(c0)
        c0 += 4
    so0 = c0
    ws.merge_range(4, so0, 4, so0 + 3, "SIGN OFF", grp_fmt["SO"])
    for j, h in enumerate(so_heads):
        ws.write(5, so0 + j, h, hdr)
    for j, h in enumerate(rec_heads):
        ws.write(5, j, h, hdr)
    last_col = so0 + 3

    def wv(r, c, v, fmt=cell, dfmt=datef):
        if isinstance(v, dt.datetime):
            ws.write_datetime(r, c, v, dfmt)
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            ws.write_number(r, c, v, fmt)
        elif v == "" or v is None:
            ws.write_blank(r, c, None, fmt)
        else:
            ws.write_string(r, c, v, fmt)

    r = 6
    frow = []
    nonitem = []
    groups = {}
    for fr in F:
        if fr["kind"] == NOTE:
            ws.write(r, 0, fr["text"], notef)
            nonitem.append((r + 1, fr["what"]))
            r += 1
            continue
        if fr["kind"] == BLANK:
            nonitem.append((r + 1, fr["what"]))
            r += 1
            continue
        vals = [fr["no"], fr["ref"], fr["report"], fr["pub"], fr["typ"], fr["text"], fr["co"], fr["dept"],
                fr["board"], fr["upd"]]
        for j, v in enumerate(vals):
            wv(r, j, v)
        for i, a in enumerate(fr["actions"]):
            action, owner, target, status = a
            c = blocks[i]
            if i < 4:
                wv(r, c, action); wv(r, c + 1, owner); wv(r, c + 2, target)
                wv(r, c + 3, status, status_fmt(status))
            else:
                wv(r, c, status, status_fmt(status)); wv(r, c + 1, action); wv(r, c + 2, owner)
                wv(r, c + 3, target)
        for i in range(len(fr["actions"]), 6):
            for j in range(4):
                ws.write_blank(r, blocks[i] + j, None, cell)
        wv(r, so0, fr["evidence"]); wv(r, so0 + 1, fr["olb"]); wv(r, so0 + 2, fr["sent"])
        wv(r, so0 + 3, fr["notes"])
        if fr["merge_group"]:
            groups.setdefault(fr["merge_group"], []).append((r, fr))
        fr["row"] = r + 1
        frow.append(fr)
        r += 1
    last_item = r - 1
    # merge Ref / Report / Date / Type over rows split per bullet (as the team did)
    for g, rows in groups.items():
        r1, r2 = rows[0][0], rows[-1][0]
        f0 = rows[0][1]
        for j, v in [(1, f0["ref"]), (2, f0["report"]), (3, f0["pub"]), (4, f0["typ"])]:
            if isinstance(v, dt.datetime):
                ws.merge_range(r1, j, r2, j, "", mdate)
                ws.write_datetime(r1, j, v, mdate)
            elif isinstance(v, (int, float)):
                ws.merge_range(r1, j, r2, j, "", mcell)
                ws.write_number(r1, j, v, mcell)
            else:
                ws.merge_range(r1, j, r2, j, v, mcell)
    r += 1
    ws.write(r, 0, FOOTER, sub)
    footer_row = r + 1
    # data validation on the action status columns (information style: other words still accepted)
    stat_cols = [blocks[i] + 3 for i in range(4)] + [blocks[4], blocks[5]]
    for c in stat_cols:
        ws.data_validation(6, c, last_item, c, {"validate": "list", "source": "=Key!$A$2:$A$7",
                                                "error_type": "information", "show_error": False})
    widths = [6, 9, 24, 11, 12, 70, 18, 22, 22, 11]
    for j, w in enumerate(widths):
        ws.set_column(j, j, w)
    for i in range(6):
        c = blocks[i]
        if i < 4:
            ws.set_column(c, c, 34); ws.set_column(c + 1, c + 1, 18); ws.set_column(c + 2, c + 2, 11)
            ws.set_column(c + 3, c + 3, 12)
        else:
            ws.set_column(c, c, 12); ws.set_column(c + 1, c + 1, 34); ws.set_column(c + 2, c + 2, 18)
            ws.set_column(c + 3, c + 3, 11)
    ws.set_column(so0, so0, 30); ws.set_column(so0 + 1, so0 + 2, 16); ws.set_column(so0 + 3, so0 + 3, 40)
    ws.autofilter(5, 0, last_item, last_col)
    ws.freeze_panes(6, 6)
    # Key sheet
    kb = wb.add_format({"bold": True})
    for i, (a, b) in enumerate(KEY_ROWS):
        fmt = kb if i in (0, 8) else None
        t = a.strip().lower()
        if t in ("green", "amber", "red", "blue"):
            fmt = sfmt[t]
        if a:
            ws_k = key
            ws_k.write(i, 0, a, fmt)
        if b:
            key.write(i, 1, b)
    key.set_column(0, 0, 22); key.set_column(1, 1, 70)
    wb.close()
    return frow, nonitem, footer_row


def main():
    os.makedirs(OUT, exist_ok=True)
    hrow = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frow, nonitem, footer_row = write_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = []
    for fr in frow:
        h = "Recommendations!%d" % hrow[fr["hid"]] if fr["hid"] else ""
        lines.append((hrow.get(fr["hid"], 10 ** 6), fr["row"], h, "Tracker!%d" % fr["row"], fr["cat"],
                      fr["why"]))
    for hid, why in MISSING_WHY.items():
        lines.append((hrow[hid], 0, "Recommendations!%d" % hrow[hid], "", "missing_from_force", why))
    lines.sort(key=lambda x: (x[0], x[1]))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for _, _, h, f, c, why in lines:
            w.writerow([h, f, c, why])
    for rr, what in nonitem:
        print("not an item: Tracker!%d  %s" % (rr, what))
    print("not an item: Tracker!%d  footer note below the table" % footer_row)

if __name__ == "__main__":
    main()
