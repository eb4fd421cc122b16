#!/usr/bin/env python3
"""Build the evaluation case `qms_capa_register_lookalike` (round 102, brief A).

HMICFRS side : hmicfrs.xlsx  - a definitive-list export for West Mercia Police (title block,
               header on row 4, one row per item, a record count under the table).
Force side   : tracker.csv   - an Ideagen Q-Pulse CAPA register grid export (UTF-8 with BOM,
               CRLF, multi-line quoted "Detail" cells, Description cut at 250 characters).

Deterministic: fixed seed, fixed workbook properties, no clocks.
Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import io
import os
import random

import xlsxwriter

CASE = "qms_capa_register_lookalike"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
random.seed(102)

D = dt.date

# --------------------------------------------------------------------------------------------
# Reports (real titles; publication dates as published)
# --------------------------------------------------------------------------------------------
R_SS13 = ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9))
R_EB14 = ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27))
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 16))
R_INTM = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30))
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15))
R_EFF15 = ("PEEL: Police efficiency 2015 – West Mercia Police", D(2015, 10, 15))
R_EFF16 = ("PEEL: Police effectiveness 2016 – West Mercia Police", D(2017, 3, 2))
R_LEG17 = ("PEEL: Police legitimacy 2017 – A national overview", D(2017, 12, 12))
R_PEEL19 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", D(2019, 5, 2))
R_CDI19 = ("West Mercia Police – Crime Data Integrity inspection 2019", D(2019, 10, 8))
R_DISP21 = ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26))

NR, REC, AFI, COC = "National recommendation", "Recommendation", "Area for improvement", "Cause of concern"

# --------------------------------------------------------------------------------------------
# Real HMICFRS texts (copied from public reports; see README for the provenance note)
# --------------------------------------------------------------------------------------------
T = {}
T["ss1"] = ("Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.")
T["ss2"] = ("Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.")
T["eb"] = ("By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\n"
           "This action plan should be developed:\n\n"
           "  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n"
           "  • after close consideration of all the recommendations in this report;\n"
           "  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n"
           "  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\n"
           "Chief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.")
T["core"] = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.")
T["intm"] = ("By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.")
T["fl1"] = ("Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.")
T["fl2"] = ("Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.")
T["fl3"] = ("Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.")
T["fl4"] = ("Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.")
T["ef1"] = ("The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public")
T["ef2"] = ("The force should develop its understanding of the links between its outcomes, outputs and costs")
T["ef3"] = ("The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.")
T["da_coc"] = ("The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.")
T["da1"] = ("In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.")
T["da2"] = ("To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.")
T["da3"] = ("In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease")
T["mc_coc"] = ("The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.")
T["mc1"] = ("To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n"
            "• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action")
T["lg_coc"] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.")
LG1_STEM = "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:"
LG1_B = ["the reasons for any disproportionate representation of different ethnic groups in the use of stop and search;",
         "the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and",
         "the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities."]
T["lg1"] = LG1_STEM + "\n" + " ".join("•" + b for b in LG1_B)
T["lg2"] = ("Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n"
            "•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;")
T["lg3"] = "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018."
T["lg4"] = ("By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.")
T["wm_coc1"] = ("The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.")
T["wm_r1"] = ("HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and")
T["wm_r2"] = ("HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.")
T["wm_r3"] = ("HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;")
T["wm_r4"] = ("HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and")
T["wm_r5"] = ("HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;")
T["wm_r6"] = ("HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.")
T["wm_coc2"] = ("The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.")
T["wm_r7"] = ("HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;")
T["wm_r8"] = ("HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;")
T["wm_r9"] = ("HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;")
T["wm_afi"] = ("The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.")
CDI_STEM = "Within six months the force should put in place arrangements to ensure that:"
CDI_B = ["at the point of report, victims are believed;",
         "conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;",
         "multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;",
         "the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and",
         "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed."]
T["cdi"] = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_B)
T["dp1"] = ("By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.")
T["dp2"] = ("By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.")
DP3_STEM = "By September 2021, forces should:"
DP3_B = ["ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.",
         "have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.",
         "provide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice."]
T["dp3"] = DP3_STEM + " " + DP3_B[0] + "\n" + DP3_B[1] + "\n" + DP3_B[2]
T["dp4"] = ("By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.")
# used only on the force side (not on this force's definitive list)
T["dp_ho"] = ("The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.")
T["vet_coc"] = "The size of the vetting backlog within West Midlands Police is a cause of concern."
T["vet_rec"] = ("The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.")

SUPERSEDED_NOTE = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where a cause of "
                   "concern still exists this will appear in the register against these subsequent inspections.")
MONITOR_NOTE = ("The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record "
                "will, in due course, be updated.")
NEW_NOTE = "New recommendation"
DONE_NOTE = "This recommendation is complete"

# --------------------------------------------------------------------------------------------
# HMICFRS definitive list: (key, ref, report, type, text key, status, status date, comment)
# --------------------------------------------------------------------------------------------
H = [
    ("ss1", 1187, R_SS13, NR, "ss1", "Complete", D(2016, 6, 14), DONE_NOTE),
    ("ss2", 1188, R_SS13, NR, "ss2", "Being progressed", D(2018, 3, 5), MONITOR_NOTE),
    ("eb", 2318, R_EB14, NR, "eb", "Complete", D(2017, 11, 20), DONE_NOTE),
    ("core", 4826, R_CORE, NR, "core", "Superseded", D(2017, 3, 2), SUPERSEDED_NOTE),
    ("intm", 5204, R_INTM, NR, "intm", "Complete", D(2016, 9, 29), DONE_NOTE),
    ("fl1", 5931, R_FIRE, NR, "fl1", "Complete", D(2016, 4, 11), DONE_NOTE),
    ("fl2", 5932, R_FIRE, NR, "fl2", "Being progressed", D(2021, 8, 3), MONITOR_NOTE),
    ("fl3", 5933, R_FIRE, NR, "fl3", "Being progressed", D(2021, 8, 3), MONITOR_NOTE),
    ("fl4", 5934, R_FIRE, NR, "fl4", "Being progressed", D(2021, 8, 3), MONITOR_NOTE),
    ("ef1", 6112, R_EFF15, AFI, "ef1", "Being progressed", D(2019, 5, 2), MONITOR_NOTE),
    ("ef2", 6113, R_EFF15, AFI, "ef2", "Complete", D(2020, 2, 17), "Authorised for closure following PEEL 2018/19 fieldwork."),
    ("ef3", 6114, R_EFF15, AFI, "ef3", "Being progressed", D(2019, 5, 2), MONITOR_NOTE),
    ("da_coc", 7021, R_EFF16, COC, "da_coc", "Being progressed", D(2019, 5, 2), MONITOR_NOTE),
    ("da1", 7022, R_EFF16, REC, "da1", "Being progressed", D(2019, 5, 2), MONITOR_NOTE),
    ("da2", 7023, R_EFF16, REC, "da2", "Awaiting review", D(2022, 6, 27), "Force update received 27/06/2022 – awaiting review by FLL."),
    ("da3", 7024, R_EFF16, REC, "da3", "Being progressed", D(2019, 5, 2), MONITOR_NOTE),
    ("mc_coc", 7025, R_EFF16, COC, "mc_coc", "Being progressed", D(2019, 5, 2), MONITOR_NOTE),
    ("mc1", 7026, R_EFF16, REC, "mc1", "Being progressed", D(2019, 5, 2), MONITOR_NOTE),
    ("lg_coc", 8540, R_LEG17, COC, "lg_coc", "Being progressed", D(2019, 7, 15), MONITOR_NOTE),
    ("lg1", 8541, R_LEG17, NR, "lg1", "Being progressed", D(2019, 7, 15), MONITOR_NOTE),
    ("lg2", 8542, R_LEG17, NR, "lg2", "Being progressed", D(2019, 7, 15), MONITOR_NOTE),
    ("lg3", 8543, R_LEG17, NR, "lg3", "Complete", D(2020, 1, 9), DONE_NOTE),
    ("lg4", 8544, R_LEG17, NR, "lg4", "Being progressed", D(2019, 7, 15), MONITOR_NOTE),
    ("wm_coc1", 9811, R_PEEL19, COC, "wm_coc1", "Being progressed", D(2021, 3, 18), MONITOR_NOTE),
    ("wm_r1", 9812, R_PEEL19, REC, "wm_r1", "Being progressed", D(2021, 3, 18), MONITOR_NOTE),
    ("wm_r2", 9813, R_PEEL19, REC, "wm_r2", "Being progressed", D(2021, 3, 18), MONITOR_NOTE),
    ("wm_r3", 9814, R_PEEL19, REC, "wm_r3", "Complete", D(2021, 11, 30), "Authorised for closure on the basis of evidence submitted by the force and PEEL 2021/22 fieldwork."),
    ("wm_r4", 9815, R_PEEL19, REC, "wm_r4", "Complete", D(2020, 2, 17), "Alliance ended 30 September 2019. This recommendation is complete"),
    ("wm_r5", 9816, R_PEEL19, REC, "wm_r5", "Complete", D(2020, 2, 17), DONE_NOTE),
    ("wm_r6", 9817, R_PEEL19, REC, "wm_r6", "Being progressed", D(2021, 3, 18), MONITOR_NOTE),
    ("wm_coc2", 9818, R_PEEL19, COC, "wm_coc2", "Being progressed", D(2021, 3, 18), MONITOR_NOTE),
    ("wm_r7", 9819, R_PEEL19, REC, "wm_r7", "Being progressed", D(2021, 3, 18), MONITOR_NOTE),
    ("wm_r8", 9820, R_PEEL19, REC, "wm_r8", "Being progressed", D(2021, 3, 18), MONITOR_NOTE),
    ("wm_r9", 9821, R_PEEL19, REC, "wm_r9", "Being progressed", D(2021, 3, 18), MONITOR_NOTE),
    ("wm_afi", 9822, R_PEEL19, AFI, "wm_afi", "Awaiting review", D(2022, 5, 9), "Force update received – awaiting review."),
    ("cdi", 10377, R_CDI19, REC, "cdi", "Being progressed", D(2020, 10, 12), MONITOR_NOTE),
    ("dp1", 12463, R_DISP21, NR, "dp1", "Being progressed", D(2021, 2, 26), NEW_NOTE),
    ("dp2", 12464, R_DISP21, NR, "dp2", "Being progressed", D(2021, 2, 26), NEW_NOTE),
    ("dp3", 12465, R_DISP21, NR, "dp3", "Being progressed", D(2021, 2, 26), NEW_NOTE),
    ("dp4", 12466, R_DISP21, NR, "dp4", "Awaiting review", D(2021, 2, 26), NEW_NOTE),
]
H_OPEN = {"Awaiting review", "Being progressed"}
H_CLOSED = {"Complete", "Superseded"}

# --------------------------------------------------------------------------------------------
# Q-Pulse CAPA register (force side)
# --------------------------------------------------------------------------------------------
LIMIT = 250


def cut(s):
    """Q-Pulse's Description field holds 250 characters; longer pastes are cut with an ellipsis."""
    s = s.replace("\r", "")
    if len(s) <= LIMIT:
        return s
    return s[:LIMIT - 1].rstrip() + "…"


MIG = dt.datetime(2019, 4, 1, 0, 0)  # Q-Pulse CAPA module go-live: legacy Excel tracker migrated
OWNERS = {
    "PSD": ("Supt K Draycott", "Professional Standards", "Hindlip HQ"),
    "BA": ("L Pemberton (Business Assurance)", "Business Assurance", "Hindlip HQ"),
    "FL": ("M Ashdown (Firearms Licensing Mgr)", "Firearms Licensing", "Hindlip HQ"),
    "PP": ("C Bevan (Head of Strategic Planning)", "Change & Strategic Planning", "Hindlip HQ"),
    "PEO": ("H Rowley (HR Business Partner)", "People Services", "Hindlip HQ"),
    "PVP": ("DCI R Mansell", "Public Protection", "Worcester"),
    "MISP": ("DI S Okafor", "Public Protection", "Telford"),
    "CMC": ("Supt A Lidstone", "Operations Communications Centre", "Hindlip HQ"),
    "CRIME": ("D/Supt J Halford", "Crime Services", "Shrewsbury"),
    "DFU": ("Dr E Nwankwo (DFU Manager)", "Digital Forensics Unit", "Hindlip HQ"),
    "CUST": ("Ch Insp P Tranter", "Criminal Justice & Custody", "Worcester"),
    "LP": ("Ch Insp G Whitlock", "Local Policing", "Hereford"),
    "SS": ("Insp D Farrow (Stop Search lead)", "Local Policing", "Hindlip HQ"),
    "TRN": ("Sgt N Kaur (L&D)", "Learning & Development", "Hindlip HQ"),
    "FCR": ("T Marlow (Force Crime Registrar)", "Crime Data Integrity", "Hindlip HQ"),
    "COMMS": ("R Yeomans (Corporate Comms)", "Corporate Communications", "Hindlip HQ"),
    "FIN": ("J Castellano (Finance)", "Finance", "Hindlip HQ"),
    "PROP": ("B Hulme (Property Mgr)", "Estates & Property", "Telford"),
    "FP": ("K Stoneley (Fingerprint Bureau Mgr)", "Fingerprint Bureau", "Hindlip HQ"),
    "VET": ("S Ainsworth (Vetting Mgr)", "Force Vetting Unit", "Hindlip HQ"),
}
RAISERS = ["L Pemberton", "A Fairclough", "QPAdmin (data migration)", "J Ridley", "S Brough"]

# Each force record:
# key (HMICFRS key or None), raised datetime, raised_by, owner code, source, source_ref, type,
# stage, target date, closed date, title, description (pre-cut), detail, priority
F = []


def add(hkey, raised, by, own, source, sref, ctype, stage, target, closed, title, desc, detail="", prio="Medium", tag=None):
    F.append(dict(hkey=hkey, raised=raised, by=by, own=own, source=source, sref=sref, ctype=ctype, stage=stage,
                  target=target, closed=closed, title=title, desc=desc, detail=detail, prio=prio, tag=tag))


DT = dt.datetime
HM = "HMICFRS"

# ---- migrated legacy items (raised 01/04/2019 00:00 by the migration account) -------------
add("ss1", MIG, "QPAdmin (data migration)", "SS", HM, "HMICFRS 1187", "Corrective", "6. Closed", D(2014, 7, 31), D(2016, 5, 20),
    "S&S APP - effective & fair use", T["ss1"],
    "Migrated from legacy HMIC tracker (row 4).\nClosed on legacy tracker 20/05/2016 - APP adopted via Stop Search policy v3.")
add("ss2", MIG, "QPAdmin (data migration)", "SS", HM, "Ref: 1188", "Corrective", "6. Closed", D(2014, 7, 31), D(2020, 3, 31),
    "Monitoring of stop & search - lawful/effective use", T["ss2"],
    "Stop Search Scrutiny Panel + quarterly BWV dip sample (10 per LPA) in place since Jan 2020.\nEvidence pack saved to S:\\Business Assurance\\HMICFRS\\1188\\. Ready to submit to FLL.")
add("eb", MIG, "QPAdmin (data migration)", "PVP", HM, "HMIC 2318", "Improvement", "4. Implementation", D(2022, 12, 31), None,
    "DA action plan (Everyones Business)",
    # the force pasted the HMICFRS text without the bullet lines: Description is cut at 250
    T["eb"].replace("\n\n", " ").replace("\n", " "),
    "Legacy item kept open by PVP - DA action plan refreshed annually (2022/23 plan in draft for DA Strategic Board 10/2022).\nFull text: see HMICFRS report Mar 2014 rec 1.")
add("core", MIG, "QPAdmin (data migration)", "CMC", HM, "HMICFRS 4826", "Preventive", "2. Assigned", D(2019, 9, 30), None,
    "THRIVE criteria for call handlers",
    T["core"], "")
add("intm", MIG, "QPAdmin (data migration)", "PSD", HM, "#5204", "Preventive", "6. Closed", D(2015, 8, 31), D(2016, 8, 12),
    "Integrity matters - NFA misconduct outcomes fair / non-discriminatory", T["intm"], "")
add("fl1", MIG, "QPAdmin (data migration)", "FL", "Internal Audit", "HMICFRS 5931", "Corrective", "6. Closed", D(2015, 12, 15), D(2016, 3, 1),
    "Firearms licensing governance v APP", T["fl1"],
    "Source set to Internal Audit in error at migration (was on the joint IA/HMIC tab of old tracker).")
add("fl2", MIG, "QPAdmin (data migration)", "FL", HM, "HMICFRS 5932", "Corrective", "4. Implementation", D(2022, 11, 30), None,
    "FEL dept demand & capacity", T["fl2"],
    "Demand model re-run after 2021 surge in grant applications. Business case for 4 x FEOs at Sept FMB.")
add("fl4", MIG, "QPAdmin (data migration)", "FL", HM, "HMICFRS 5934", "Corrective", "5. Effectiveness check", D(2021, 6, 30), None,
    "Temp permits - HO guidance / NFLMS", T["fl4"],
    "Temporary permit procedure rewritten (FL-SOP-07 v2) and all permits now recorded on NFLMS same day.\nEffectiveness check: 3 month dip sample due 30/09/2022.")
add("ef1", MIG, "QPAdmin (data migration)", "PP", HM, "PEEL 15 AFI 1", "Improvement", "3. Root cause", D(2022, 3, 31), None,
    "Demand - fuller understanding current + future", T["ef1"],
    "Post-alliance demand profile to be rebuilt - FMS data only from Oct 2019.")
add("ef2", MIG, "QPAdmin (data migration)", "FIN", HM, "PEEL 15 AFI 2", "Improvement", "On Hold", D(2020, 3, 31), None,
    "Outcomes / outputs / costs links", T["ef2"],
    "On hold pending new finance system (Unit4) go-live.")
add("ef3", MIG, "QPAdmin (data migration)", "PEO", HM, "HMICFRS 6114", "Improvement", "6. Closed", D(2021, 3, 31), D(2021, 4, 22),
    "Future workforce plan aligned to demand/budget", T["ef3"],
    "Strategic Workforce Plan 2021-25 approved at Chief Officer Group 22/04/2021.")
add("da_coc", MIG, "QPAdmin (data migration)", "PVP", HM, "HMICFRS 7021", "Corrective", "4. Implementation", D(2022, 12, 31), None,
    "CoC - approach to DA unacceptable", T["da_coc"], "")
add("da1", MIG, "QPAdmin (data migration)", "PVP", HM, "HMICFRS 7022", "Corrective", "4. Implementation", D(2022, 12, 31), None,
    "Increase use of arrest, ancillary orders (DVPN/DVPO)", T["da1"], "Monthly DA arrest rate on Power BI DA dashboard.")
add("da2", MIG, "QPAdmin (data migration)", "PVP", HM, "Ref: 7023", "Corrective", "5. Effectiveness check", D(2021, 12, 31), None,
    "DA victim attrition - understand & address", T["da2"],
    "Victim attrition research with Uni of Worcester completed; evidence-led prosecution guidance issued.\nUpdate sent to FLL 27/06/2022.")
add("da3", MIG, "QPAdmin (data migration)", "CMC", HM, "HMICFRS 7024", "Corrective", "Cancelled", D(2018, 6, 30), D(2019, 4, 18),
    "Stop phone DA risk assmnts in resolution centre",
    T["da3"],
    "Cancelled - no further action required. Telephone DASH risk assessments and DA in the resolution centre ceased April 2018 (OCC policy change 117).")
add("mc_coc", MIG, "QPAdmin (data migration)", "MISP", HM, "HMICFRS 7025", "Corrective", "4. Implementation", D(2022, 9, 30), None,
    "PEEL 2016 AFI - missing/absent children risk", T["mc_coc"],
    "Logged on legacy tracker as an Area for Improvement from PEEL Effectiveness 2016.")
add("mc1", MIG, "QPAdmin (data migration)", "MISP", HM, "HMICFRS 7026", "Corrective", "4. Implementation", D(2022, 9, 30), None,
    "Missing children - call takers, CSE risk, supervision",
    T["mc1"].replace("\n", " "),
    "Three strands (OCC training / CSE awareness / missing person supervision review). OCC training complete; supervision audit Q3.")
add("lg2", MIG, "QPAdmin (data migration)", "SS", HM, "HMICFRS 8542", "Improvement", "2. Assigned", D(2022, 10, 31), None,
    "Disparities - research & action, demonstrate to public", T["lg2"].replace("\n", " "), "")
add("lg3", MIG, "QPAdmin (data migration)", "COMMS", HM, "8543", "Improvement", "6. Closed", D(2018, 7, 31), D(2019, 8, 30),
    "Publish S&S disparity analysis annually", T["lg3"], "Annual S&S report published on force website Aug 2019.")
add("lg4", MIG, "QPAdmin (data migration)", "TRN", HM, "HMICFRS 8545", "Corrective", "4. Implementation", D(2022, 12, 31), None,
    "Unconscious bias + APP S&S training all S&S officers", T["lg4"],
    "NCALT unconscious bias module 87% completion (Aug 2022).")
# 8541 split one CAPA per bullet
add("lg1", MIG, "QPAdmin (data migration)", "SS", HM, "HMICFRS 8541", "Improvement", "6. Closed", D(2018, 7, 31), D(2020, 3, 31),
    "S&S data monitoring (a) - disproportionality by ethnicity",
    "By July 2018 - monitor S&S data to understand " + LG1_B[0], "Disproportionality dashboard live Mar 2020.\nFull rec: " + T["lg1"], tag="8541a")
add("lg1", MIG, "QPAdmin (data migration)", "SS", HM, "Ref: 8541", "Improvement", "6. Closed", D(2018, 7, 31), D(2020, 3, 31),
    "S&S data monitoring (b) - find rates by ethnicity / search type",
    "By July 2018 - monitor S&S data to understand " + LG1_B[1], "", tag="8541b")
add("lg1", MIG, "QPAdmin (data migration)", "SS", HM, "8541 (c)", "Improvement", "5. Effectiveness check", D(2018, 7, 31), None,
    "S&S data monitoring (c) - possession-only drug searches",
    "By July 2018 - monitor S&S data to understand " + LG1_B[2], "Possession-only searches added to dashboard Jun 2022; check after 2 quarters.", tag="8541c")

# ---- PEEL 2018/19 (raised after publication, 2019) -----------------------------------------
P19 = DT(2019, 5, 14, 9, 42)
add("wm_coc1", P19, "L Pemberton", "PP", HM, "PEEL 18/19 CoC 1", "Corrective", "4. Implementation", D(2022, 12, 31), None,
    "CoC 1 - post-alliance services / skills / investigation / safeguarding", T["wm_coc1"], "", prio="High")
add("wm_r1", P19 + dt.timedelta(minutes=6), "L Pemberton", "CRIME", HM, "HMICFRS 9812", "Corrective", "6. Closed", D(2019, 11, 30), D(2021, 7, 16),
    "Review officers capability & capacity - investigative workload",
    T["wm_r1"],
    "Investigative workload review completed (Crime Services Review Board 16/07/2021).\nEvidence: CSRB minutes, workload tool.", prio="High")
add("wm_r2", P19 + dt.timedelta(minutes=9), "L Pemberton", "PVP", HM, "#9813", "Corrective", "4. Implementation", D(2022, 12, 31), None,
    "Review approach to vulnerability w/ partners", T["wm_r2"], "", prio="High", tag="9813live")
add("wm_r3", P19 + dt.timedelta(minutes=12), "L Pemberton", "PEO", HM, "Ref: 9814", "Improvement", "4. Implementation", D(2021, 3, 31), None,
    "Skills project - assess ALL skills inc future", T["wm_r3"],
    "Skills audit phase 2 (staff) still running. Do not close until PS&S workstream sign off.")
add("wm_r4", P19 + dt.timedelta(minutes=14), "L Pemberton", "PP", HM, "#9815", "Corrective", "6. Closed", D(2019, 9, 30), D(2019, 10, 4),
    "Alliance exit - agree transition w/ Warwickshire, no disruption to public svcs",
    "Agree arrangements with Warwickshire Police for a smooth transition to the new op model when the alliance ends - no disruption to public services.",
    "Alliance ended 30/09/2019. Transition agreements signed (s22A collaboration exit).", prio="High")
add("wm_r5", P19 + dt.timedelta(minutes=17), "L Pemberton", "PP", HM, "HMICFRS 9816", "Corrective", "Cancelled", D(2019, 9, 30), D(2020, 1, 10),
    "Define new operating model - affordable, fit for purpose", T["wm_r5"],
    "Cancelled - superseded by the Operating Model Programme (OMP) following alliance exit; no further CAPA action.", prio="High")
add("wm_coc2", P19 + dt.timedelta(minutes=21), "L Pemberton", "CRIME", HM, "PEEL 18/19 CoC 2", "Corrective", "3. Root cause", D(2022, 12, 31), None,
    "CoC 2 - capacity / capability to investigate crime", T["wm_coc2"], "", prio="High")
add("wm_r7", P19 + dt.timedelta(minutes=24), "L Pemberton", "CRIME", HM, "HMICFRS 9819", "Corrective", "4. Implementation", D(2020, 5, 31), None,
    "Supervision of investigations - regular, active, recorded",
    T["wm_r7"].replace("within six months", "within twelve months"), "", prio="High")
add("wm_r8", P19 + dt.timedelta(minutes=28), "L Pemberton", "DFU", HM, "HMICFRS 9820", "Corrective", "5. Effectiveness check", D(2020, 5, 31), None,
    "Digital evidence retrieval - phones/computers, no delays", T["wm_r8"],
    "Kiosk roll-out complete to all hubs; DFU backlog < 60 days since Apr 2022. Effectiveness review 31/10/2022.", prio="High")
add("wm_r9", P19 + dt.timedelta(minutes=31), "L Pemberton", "CUST", HM, "", "Corrective", "1. Raised", D(2022, 12, 31), None,
    "RUI & bail management", T["wm_r9"], "Re-raised after Bail reforms (Police, Crime, Sentencing and Courts Act 2022).")
add("wm_afi", DT(2019, 5, 14, 10, 3), "L Pemberton", "FCR", HM, "PEEL 2017 AFI 4", "Improvement", "2. Assigned", D(2022, 9, 30), None,
    "PEEL 17 AFI - crime recording system / case files", T["wm_afi"],
    "Athena case file module review. Carried from PEEL 2017 list.")
# duplicate raised in error for 9813
add("wm_r2", DT(2019, 5, 20, 14, 12), "A Fairclough", "PVP", HM, "HMICFRS 9813", "Corrective", "Cancelled", D(2019, 11, 30), D(2019, 5, 21),
    "Vulnerability review with partners", T["wm_r2"], "DUPLICATE", tag="9813dup")

# ---- CDI 2019: one CAPA per bullet (bullet 5 never raised) ---------------------------------
C19 = DT(2019, 10, 21, 11, 15)
for i in range(4):
    add("cdi", C19 + dt.timedelta(minutes=3 * i), "J Ridley", "FCR", HM, ["CDI 2019 rec 1", "CDI 2019 rec 1", "Ref: 10377", "CDI 2019 rec 1"][i],
        "Corrective", ["6. Closed", "4. Implementation", "4. Implementation", "6. Closed"][i], D(2020, 4, 30),
        [D(2020, 6, 30), None, None, D(2020, 9, 14)][i],
        ["CDI - victims believed at point of report",
         "CDI - call handler summaries accurate in STORM log",
         "CDI - multiple crimes recorded",
         "CDI - stop awaiting medical/ABE results before recording"][i],
        CDI_STEM + " " + CDI_B[i],
        ["", "OCC QA dip sample monthly - 82% compliant Jul 22.", "Crime bureau QA in place. FCR audit Q3 2022/23.", ""][i])

# ---- Disproportionate use 2021 --------------------------------------------------------------
D21 = DT(2021, 3, 9, 15, 20)
add("dp1", D21, "S Brough", "TRN", HM, "HMICFRS 12463", "Improvement", "6. Closed", D(2022, 7, 31), D(2022, 7, 28),
    "Comms skills - NPG Conflict Mgmt", T["dp1"], "Comms skills module added to PST day 2 from Apr 2022; 96% officers trained.")
add("dp2", D21 + dt.timedelta(minutes=4), "S Brough", "TRN", HM, "HMICFRS 12464", "Improvement", "On Hold", D(2021, 7, 31), None,
    "CPD comms skills + supervisor BWV debriefs", T["dp2"], "On hold - L&D capacity (uplift training). Revisit Q4.")
add("dp3", D21 + dt.timedelta(minutes=8), "S Brough", "SS", HM, "HMICFRS 12465", "Preventive", "6. Closed", D(2021, 9, 30), D(2021, 9, 24),
    "BWV - record whole S&S encounter inc traffic stops / UoF", DP3_STEM + " " + DP3_B[0], "BWV policy v5 mandates activation.")
add("dp3", D21 + dt.timedelta(minutes=10), "S Brough", "SS", HM, "HMICFRS 12465", "Preventive", "4. Implementation", D(2021, 9, 30), None,
    "BWV - internal review sample, learning, accountability", DP3_STEM + " " + DP3_B[1],
    "Dip-sample process agreed. Needs supervisors' review log in Pronto - slipped to Dec 22.")
add("dp3", D21 + dt.timedelta(minutes=12), "S Brough", "SS", HM, "Ref 12465", "Preventive", "6. Closed", D(2021, 9, 30), D(2021, 12, 2),
    "BWV - scrutiny panel access to footage", DP3_STEM + " " + DP3_B[2],
    "Panel members vetted (NPPV2) and viewing protocol agreed with OPCC.")
# HMICFRS items for another body, and items from a report not on this force's list
add(None, D21 + dt.timedelta(minutes=15), "S Brough", "SS", HM, "Disp. Use 2021 - HO/NPCC rec", "Improvement", "On Hold", D(2022, 3, 31), None,
    "UoF data quality for publication (HO / NPCC)", T["dp_ho"],
    "For info only - national rec for HO and NPCC. Held pending NPCC data standard.", tag="nol_ho")
add(None, DT(2020, 2, 3, 10, 2), "J Ridley", "VET", HM, "HMICFRS vetting insp.", "Corrective", "4. Implementation", D(2021, 3, 31), None,
    "Vetting backlog - CoC", "Size of vetting backlog is a cause of concern (HMICFRS vetting inspection).",
    "Raised from the HMICFRS vetting findings shared via NPCC/ regional vetting group.", tag="nol_vet1")
add(None, DT(2020, 2, 3, 10, 9), "J Ridley", "VET", HM, "", "Corrective", "5. Effectiveness check", D(2021, 3, 31), None,
    "All staff min. vetting level / clear backlog + renewals", T["vet_rec"],
    "Backlog cleared Mar 2022 (temp vetting officers). Renewals tracked on Core-Vet.", tag="nol_vet2")

# ---- records from other sources (not HMICFRS items) ----------------------------------------
OTHER = [
    (DT(2019, 6, 11, 13, 40), "A Fairclough", "DFU", "UKAS", "UKAS NC-2019-04", "Corrective", "6. Closed", D(2019, 9, 30), D(2019, 8, 29),
     "UKAS NC - DFU measurement uncertainty not estimated (ISO/IEC 17025 7.6)",
     "UKAS assessment 4-6 June 2019, finding NC 4: the laboratory had not evaluated measurement uncertainty for the mobile phone extraction (XRY/Cellebrite) method as required by ISO/IEC 17025:2017 cl. 7.6.",
     "Root cause: method validation template pre-dated 2017 standard.\nCorrective action: template v4, re-validation of 3 methods. Cleared by UKAS 29/08/2019."),
    (DT(2019, 6, 11, 13, 52), "A Fairclough", "FP", "UKAS", "UKAS NC-2019-07", "Corrective", "6. Closed", D(2019, 9, 30), D(2019, 9, 12),
     "UKAS NC - fingerprint bureau competency records incomplete",
     "Two fingerprint examiners' competency records did not show the annual proficiency test had been reviewed and signed off by the technical manager (ISO/IEC 17025 cl. 6.2.5).",
     ""),
    (DT(2021, 11, 2, 9, 5), "J Ridley", "DFU", "UKAS", "UKAS 2021 Obs 2", "Preventive", "3. Root cause", D(2022, 10, 31), None,
     "UKAS observation - kiosk operator training records",
     "Observation: training records for kiosk (digital device triage) operators at the hubs are held locally and not under document control. Recommend central controlled record in Q-Pulse.",
     ""),
    (DT(2020, 1, 14, 11, 30), "S Brough", "FL", "Internal Audit", "IA 2019/20 Firearms Licensing rec 3", "Corrective", "5. Effectiveness check", D(2020, 6, 30), None,
     "IA - temporary permits not always on NFLMS",
     "Internal audit of firearms licensing (2019/20): 4 of 25 temporary permits sampled were not recorded on NFLMS within 24 hours. Management should remind staff of the procedure and introduce a weekly reconciliation of temporary permits issued against NFLMS.",
     "Weekly reconciliation in place since Feb 2020."),
    (DT(2021, 5, 19, 10, 10), "S Brough", "PROP", "Internal Audit", "IA 2020/21 Property rec 1", "Corrective", "4. Implementation", D(2022, 3, 31), None,
     "IA - found property / cash in property stores",
     "Internal audit of police property (2020/21): cash seized and held in Telford and Worcester property stores was not reconciled to the property system monthly. Priority 1.",
     "New cash handling SOP drafted. Awaiting Unit4 interface.", "High"),
    (DT(2022, 2, 8, 14, 45), "L Pemberton", "FIN", "Internal Audit", "IA 2021/22 Payroll rec 2", "Corrective", "2. Assigned", D(2022, 9, 30), None,
     "IA - overtime authorisation",
     "Overtime claims were paid without evidence of supervisor authorisation in 6 of 40 cases tested. Ensure all overtime is authorised in DMS before payment.",
     ""),
    (DT(2019, 9, 3, 16, 20), "A Fairclough", "SS", "IOPC", "IOPC 2018/104622", "Preventive", "6. Closed", D(2020, 1, 31), D(2020, 2, 14),
     "IOPC learning rec - BWV activation at S&S",
     "IOPC learning recommendation: the force should remind officers of the requirement to activate body-worn video at the start of every stop and search encounter and to record the grounds for the search before it begins.",
     "Briefing issued via force intranet 14/02/2020; included in PST."),
    (DT(2021, 8, 24, 12, 0), "J Ridley", "CUST", "IOPC", "IOPC 2020/139871", "Corrective", "4. Implementation", D(2022, 6, 30), None,
     "IOPC learning - rousing checks in custody",
     "IOPC learning recommendation following a death in custody investigation: ensure rousing checks for detainees assessed as intoxicated are carried out and recorded in accordance with APP Detention and Custody, and that handovers between shifts include the detainee's risk level.",
     "Custody sergeant briefings done.\nNICHE custody record change request CR-4471 pending."),
    (DT(2021, 10, 6, 9, 35), "L Pemberton", "MISP", "Coroner PFD", "Reg 28 - H&W Coroner Oct 2021", "Preventive", "4. Implementation", D(2021, 12, 1), None,
     "PFD report - missing person risk grading",
     "Regulation 28 report to prevent future deaths: the coroner was concerned that the risk grading of a missing adult was not reviewed when new information about self-harm was received by the control room. Response to coroner due within 56 days.",
     "Response sent to coroner 29/11/2021. Actions: OCC missing person SOP review, supervisor review prompt in STORM.", "High"),
    (DT(2022, 3, 15, 11, 25), "S Brough", "CMC", "Complaint", "CO/00817/22", "Corrective", "6. Closed", D(2022, 5, 31), D(2022, 5, 11),
     "Complaint - 101 call back not made",
     "Complainant reported a burglary via 101 and was promised a call back within 24 hours which was not made. Review call back process for non-emergency reports.",
     ""),
    (DT(2022, 6, 1, 10, 40), "S Brough", "LP", "Complaint", "CO/01342/22", "Improvement", "1. Raised", D(2022, 9, 30), None,
     "Complaint - updates to victims of vehicle crime",
     "Series of complaints (Herefordshire LPA) that victims of vehicle crime were not updated in line with the Victims' Code. Review of update compliance requested by PSD.",
     ""),
    (MIG, "QPAdmin (data migration)", "BA", "Internal Audit", "IA 2018/19 Risk Mgmt rec 1", "Improvement", "6. Closed", D(2019, 3, 31), D(2019, 4, 1),
     "IA - HMICFRS recs tracking / governance",
     "Internal audit of risk management: the force's HMICFRS recommendations tracker was held in Excel with no audit trail. Management should move the tracker into the QMS (Q-Pulse) CAPA module with owners and target dates.",
     "Done - HMICFRS recs migrated from the Excel tracker to Q-Pulse CAPA 01/04/2019, process note BA-PN-12."),
]
for (raised, by, own, src, sref, ctype, stage, target, closed, title, desc, detail, *p) in OTHER:
    add(None, raised, by, own, src, sref, ctype, stage, target, closed, title, desc, detail, prio=(p[0] if p else "Low"), tag="other")

# ---- number the CAPAs in raised order (Q-Pulse auto-number, gaps where records were deleted) --
F.sort(key=lambda r: r["raised"])  # stable: migrated records keep legacy-tracker order
n = 41
for r in F:
    n += random.choice([1, 1, 1, 2, 3, 5])
    r["number"] = "CAPA-%05d" % n
live = next(r for r in F if r["tag"] == "9813live")
dup = next(r for r in F if r["tag"] == "9813dup")
dup["detail"] = "Duplicate of %s - raised twice from the PEEL 18/19 letter. Cancelled." % live["number"]
dup["stage"] = "Cancelled"


def fdate(d):
    return d.strftime("%d/%m/%Y") if d else ""


def fdt(t):
    return t.strftime("%d/%m/%Y %H:%M")


HEAD = ["Number", "Title", "Description", "Type", "Source", "Source Reference", "Stage", "Priority", "Raised By", "Raised Date",
        "Owner", "Department", "Site", "Target Date", "Closed Date", "Effectiveness Review Date", "Days Open", "Detail"]
EXPORT_DAY = D(2022, 9, 7)

# Force-side status rules (see README)
F_OPEN = {"1. Raised", "2. Assigned", "3. Root cause", "4. Implementation", "On Hold"}
F_DONE = {"5. Effectiveness check", "6. Closed", "Cancelled"}

rows_out = []
for r in F:
    own, dept, site = OWNERS[r["own"]]
    eff = ""
    if r["stage"] == "5. Effectiveness check":
        eff = fdate(EXPORT_DAY + dt.timedelta(days=30 + 7 * random.randint(0, 8)))
    end = r["closed"] or EXPORT_DAY
    days = (end - r["raised"].date()).days
    rows_out.append([r["number"], r["title"], cut(r["desc"]), r["ctype"], r["source"], r["sref"], r["stage"], r["prio"], r["by"],
                     fdt(r["raised"]), own, dept, site, fdate(r["target"]), fdate(r["closed"]), eff, str(days), r["detail"]])
    r["row"] = len(rows_out) + 1  # header is record 1

# --------------------------------------------------------------------------------------------
# write
# --------------------------------------------------------------------------------------------
os.makedirs(OUT, exist_ok=True)

# tracker.csv : UTF-8 with BOM, CRLF between records, LF inside multi-line cells (as Excel/Q-Pulse write)
buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(HEAD)
for row in rows_out:
    w.writerow(row)
with open(os.path.join(OUT, "tracker.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write(buf.getvalue())

# hmicfrs.xlsx
wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
wb.set_properties({"title": "HMICFRS recommendations - West Mercia Police", "author": "HMICFRS", "company": "HMICFRS",
                   "created": dt.datetime(2022, 9, 5, 8, 30, 0)})
ws = wb.add_worksheet("Recommendations")
bold = wb.add_format({"bold": True, "font_size": 12})
hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "valign": "top", "border": 1})
wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
cell = wb.add_format({"valign": "top", "border": 1})
datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
ital = wb.add_format({"italic": True})
ws.write(0, 0, "HMICFRS – Recommendations, causes of concern and areas for improvement: West Mercia Police", bold)
ws.write(1, 0, "Definitive list as at 05/09/2022 (includes items closed since the last list)", ital)
HH = ["Reference", "Force", "Report title", "Publication date", "Type", "Recommendation / AFI / cause of concern", "Status",
      "Status date", "HMICFRS comment"]
for c, h in enumerate(HH):
    ws.write(3, c, h, hdr)
for i, (key, ref, rep, typ, tk, st, sd, com) in enumerate(H):
    r = 4 + i
    ws.write_number(r, 0, ref, cell)
    ws.write(r, 1, "West Mercia Police", cell)
    ws.write(r, 2, rep[0], wrap)
    ws.write_datetime(r, 3, dt.datetime.combine(rep[1], dt.time()), datef)
    ws.write(r, 4, typ, cell)
    ws.write(r, 5, T[tk], wrap)
    ws.write(r, 6, st, cell)
    ws.write_datetime(r, 7, dt.datetime.combine(sd, dt.time()), datef)
    ws.write(r, 8, com, wrap)
last = 4 + len(H)
ws.write(last + 1, 0, "%d records" % len(H), ital)
ws.set_column(0, 0, 11)
ws.set_column(1, 1, 18)
ws.set_column(2, 2, 40)
ws.set_column(3, 3, 12)
ws.set_column(4, 4, 22)
ws.set_column(5, 5, 80)
ws.set_column(6, 7, 16)
ws.set_column(8, 8, 45)
ws.freeze_panes(4, 0)
ws.autofilter(3, 0, last - 1, len(HH) - 1)
wb.close()
HROW = {h[0]: 5 + i for i, h in enumerate(H)}  # Excel row numbers
HSTAT = {h[0]: h[5] for h in H}

# --------------------------------------------------------------------------------------------
# truth
# --------------------------------------------------------------------------------------------
CONFLICT_WHY = {
    "mc_coc": "type conflict: HMICFRS lists 7025 as a Cause of concern; the CAPA title and Detail record it as a PEEL 2016 AFI (area for improvement)",
    "lg4": "reference conflict: text is 8544 (unconscious bias / APP training) word for word but Source Reference says HMICFRS 8545, which is not on the list",
    "wm_r7": "timescale conflict: HMICFRS 9819 says 'within six months', the CAPA description says 'within twelve months'",
    "wm_afi": "report conflict: HMICFRS files 9822 under PEEL 2018/19; the force records it as 'PEEL 2017 AFI 4' / 'PEEL 17 AFI' and says it was carried from the PEEL 2017 list",
    "cdi": "missing bullet: 10377 has five bullets; the force raised CAPAs for bullets 1-4 only, no row for 'online reports of crime are triaged at the point of receipt'",
}


def fstate(stages):
    return "done" if all(s in F_DONE for s in stages) else "open"


by_item = {}
for r in F:
    if r["hkey"] and r["tag"] != "9813dup":
        by_item.setdefault(r["hkey"], []).append(r)
truth = []
item_cat = {}
for h in H:
    key = h[0]
    hs = "closed" if h[5] in H_CLOSED else "open"
    rs = by_item.get(key, [])
    if not rs:
        cat, why = "missing_from_force", "HMICFRS %d (%s) has no CAPA in the register" % (h[1], h[5])
    elif key in CONFLICT_WHY:
        cat, why = "conflict", CONFLICT_WHY[key]
    else:
        fs = fstate([x["stage"] for x in rs])
        stages = "/".join(sorted(set(x["stage"] for x in rs)))
        if hs == "open" and fs == "open":
            cat = "in_sync"
        elif hs == "closed" and fs == "done":
            cat = "in_sync"
        elif hs == "open" and fs == "done":
            cat = "closeable_submit"
        else:
            cat = "closeable_local"
        why = "HMICFRS %s (%s); CAPA stage %s (force %s)" % (h[5], hs, stages, fs)
    item_cat[key] = (cat, why)
    if not rs:
        truth.append((HROW[key], "", cat, why))
    for x in rs:
        extra = ""
        if len(rs) > 1:
            extra = " [one of %d CAPAs for this item]" % len(rs)
        if x["source"] != HM:
            extra += " [CAPA Source says %s in error; Source Reference and text are HMICFRS %d]" % (x["source"], h[1])
        truth.append((HROW[key], x["row"], cat, why + extra))
# the duplicate CAPA for 9813 follows the item
cat, why = item_cat["wm_r2"]
truth.append((HROW["wm_r2"], dup["row"], cat, "duplicate CAPA (Cancelled, 'Duplicate of %s'); the item's category from the live CAPA: %s" % (live["number"], why)))
for r in F:
    if r["tag"] == "nol_ho":
        truth.append(("", r["row"], "not_on_hmicfrs_list", "HMICFRS national recommendation addressed to the Home Office and NPCC (Disproportionate use 2021); not on the force's list"))
    if r["tag"] == "nol_vet1":
        truth.append(("", r["row"], "not_on_hmicfrs_list", "vetting-backlog cause of concern logged from another force's vetting findings; no such item on West Mercia's list - query with HMICFRS"))
    if r["tag"] == "nol_vet2":
        truth.append(("", r["row"], "not_on_hmicfrs_list", "vetting recommendation (Source HMICFRS, blank Source Reference); no vetting report on the list - query with HMICFRS"))

truth.sort(key=lambda t: (t[1] == "", t[1] if t[1] != "" else 0, t[0] if t[0] != "" else 0))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    tw = csv.writer(fh, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for hr, fr, cat, why in truth:
        tw.writerow(["Recommendations!%d" % hr if hr != "" else "", "tracker.csv!%d" % fr if fr != "" else "", cat, why])

# a machine-readable list of the force rows that are not items (used by the README and checks)
NOT_ITEMS = [(r["row"], r["number"], r["source"], r["sref"], r["title"]) for r in F if r["tag"] == "other"]

# --------------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------------
from collections import Counter as _C

_items = _C(item_cat[k][0] for k in item_cat)
_lines = _C(t[2] for t in truth)
_frow = {r["number"]: r["row"] for r in F}


def _fr(tag):
    return next(r["row"] for r in F if r["tag"] == tag)


def _frk(key):
    return ", ".join("tracker.csv!%d" % r["row"] for r in F if r["hkey"] == key)


README = """# qms_capa_register_lookalike

Round 102, brief A. The force tracker is an **Ideagen Q-Pulse CAPA register** exported to CSV;
the HMICFRS side is an ordinary definitive-list export (xlsx).

## Story

West Mercia Police's Business Assurance team moved its HMICFRS recommendations tracker out of
Excel and into the force's quality management system, Ideagen Q-Pulse, on 01/04/2019 (an
internal audit had asked for an audit trail). Q-Pulse's "Corrective and Preventive Action"
(CAPA) module is shared with the Digital Forensics Unit and Fingerprint Bureau (UKAS ISO/IEC
17025 accreditation findings), Internal Audit, PSD (IOPC learning, complaints) and the coroner
liaison officer (Regulation 28 prevention-of-future-deaths reports). The legacy Excel rows were
bulk-loaded by the migration account ("QPAdmin (data migration)", raised 01/04/2019 00:00);
later HMICFRS reports were raised by hand. The workflow was configured with numbered stages.

On 05/09/2022 HMICFRS sent the force its definitive list; on 07/09/2022 the analyst exported
the whole CAPA register (all sources, all stages) from the Q-Pulse grid to CSV for the
reconciliation before the Joint Audit Committee.

## Files

### hmicfrs.xlsx - sheet `Recommendations`
- Row 1 title, row 2 "Definitive list as at 05/09/2022 ...", row 3 blank, **row 4 header**.
- Columns: `Reference` (plain integer register id), `Force`, `Report title`, `Publication date`
  (real Excel date, dd/mm/yyyy), `Type` (Recommendation / National recommendation / Area for
  improvement / Cause of concern), `Recommendation / AFI / cause of concern` (full text, line
  breaks and inline bullets as published), `Status`, `Status date`, `HMICFRS comment`.
- **Items: rows 5-{hlast}** ({nh} items, one per row). Row {hblank} is blank; row {hcount} is a
  record count. Autofilter on the header, panes frozen below row 4.

### tracker.csv - Q-Pulse CAPA grid export
- UTF-8 **with BOM**, comma separated, CRLF between records, minimal quoting; the `Detail` cell
  holds LF line breaks inside quotes, so physical lines != records (row numbers in truth.csv
  are record numbers, header = 1).
- Header (record 1): `Number, Title, Description, Type, Source, Source Reference, Stage,
  Priority, Raised By, Raised Date, Owner, Department, Site, Target Date, Closed Date,
  Effectiveness Review Date, Days Open, Detail`.
- Records 2-{flast}: {nf} CAPA records, in Q-Pulse number order (`CAPA-00042` ...), numbers
  with gaps (deleted records).
- `Number` is Q-Pulse's own record number - **not** an HMICFRS reference.
- `Description` is Q-Pulse's 250-character field: longer pastes are cut at 249 characters
  plus "…" (records {cutrows}).
- `Title` is the owner's abridgement (own abbreviations: "S&S", "w/", "assmnts", "FEL",
  "RUI", "CoC", "DVPN/DVPO"; "Everyones Business" without apostrophe).
- `Source` (HMICFRS / UKAS / Internal Audit / IOPC / Coroner PFD / Complaint) and `Type`
  (Corrective / Preventive / Improvement - the CAPA type, **not** the HMICFRS type).
- `Source Reference` typed freely: "HMICFRS 1187", "Ref: 1188", "HMIC 2318", "#5204", "8543",
  "8541 (c)", "Ref 12465", "PEEL 15 AFI 1", "PEEL 18/19 CoC 1", "CDI 2019 rec 1", blank, or another
  body's reference ("UKAS NC-2019-04", "IOPC 2018/104622", "CO/00817/22", "IA 2019/20 ...").
- Dates dd/mm/yyyy; `Raised Date` carries a time (dd/mm/yyyy HH:mm) as the system stamps it.
  `Days Open` is Q-Pulse's computed field (closed or export date minus raised date); it is
  negative for legacy items closed before the 2019 migration - a real migration artefact.

## Status rules

HMICFRS side: `Awaiting review`, `Being progressed` = **open**; `Complete`, `Superseded` =
**closed** (4826 is Superseded with HMICFRS's own "subsequently been inspected ..." comment).

Force side (Q-Pulse `Stage`):
- `1. Raised`, `2. Assigned`, `3. Root cause`, `4. Implementation` = **open**.
- `On Hold` = **open** (paused, nothing delivered).
- `5. Effectiveness check` = **done**: under the force's CAPA procedure a record only reaches
  stage 5 when the owner has implemented the action and uploaded evidence; the 3-6 month
  effectiveness check is the force's own assurance, so for HMICFRS purposes the force regards
  the recommendation as implemented and ready to submit (like "pending sign off").
- `6. Closed` = **done**.
- `Cancelled` = **done** (the force is taking no further action and no longer tracks it as
  open: 7024 "no further action required ... ceased April 2018", 9816 "superseded by the
  Operating Model Programme"). Exception: a CAPA cancelled as a **duplicate** of another CAPA
  says nothing about the item; it is paired with the same HMICFRS row and takes the category
  the live CAPA gives the item.
- An item split over several CAPAs is done only when every CAPA is done.

Category = in_sync (open/open or closed/done), closeable_submit (HMICFRS open, force done),
closeable_local (HMICFRS closed, force open), unless a fact conflicts (conflict), or one side
has no row.

## Traps and how the truth decides them

{traps}

## Counts

HMICFRS items: {nh}. Per item: {items}.
truth.csv lines: {nt} ({lines}); force item rows: {nfi}; force rows that are not items: {nno}.

## Rows that are not items

hmicfrs.xlsx, sheet `Recommendations`:
- Row 1: title "HMICFRS – Recommendations, causes of concern and areas for improvement: West Mercia Police".
- Row 2: "Definitive list as at 05/09/2022 (includes items closed since the last list)".
- Row 3: blank.
- Row 4: header row.
- Row {hblank}: blank row under the table.
- Row {hcount}: record count "{nh} records".

tracker.csv:
- Record 1: header row.
{notitems}

Non-HMICFRS CAPA records are not reconciliation items: their `Source` is UKAS, Internal Audit,
IOPC, Coroner PFD or Complaint, their `Source Reference` is that body's reference, and none is
an HMICFRS recommendation. A careful analyst filters them out rather than querying them with
HMICFRS. Two of them deliberately resemble HMICFRS items (IOPC body-worn video at stop and
search ~ 12465; Internal Audit temporary permits ~ 5934) and one talks about HMICFRS
recommendations (the internal audit of the tracker itself); they are still not items. The
reverse trap is CAPA for 5931, whose `Source` says Internal Audit in error but whose Source
Reference ("HMICFRS 5931"), text and Detail make it the HMICFRS item.

## Provenance of the texts

All HMICFRS texts are real public texts (HMIC/HMICFRS reports, OGL), copied from the project's
collected set. The force-specific texts are West Mercia's own (PEEL 2018/19) except that, to
reach a realistic list size, a few force-level texts published for other forces (PEEL
efficiency 2015 AFIs, PEEL effectiveness 2016 domestic abuse and missing children items, CDI
recommendation, PEEL 2018/19 AFI) are filed here under West Mercia's real report of the same
inspection round. Non-HMICFRS CAPA texts (UKAS, IA, IOPC, coroner, complaints) are written for
this case in the style of those bodies; none is an HMICFRS text.
"""

_traps = [
    "- **Effectiveness check counts as done**: 5934 ({a}), 7023 ({b}), 9820 ({c}) -> closeable_submit; 8541's third CAPA is at stage 5 and its other two are Closed -> the item is done -> closeable_submit.".format(
        a=_frk("fl4"), b=_frk("da2"), c=_frk("wm_r8")),
    "- **Cancelled counts as done**: 7024 ({a}) HMICFRS open -> closeable_submit; 9816 ({b}) HMICFRS Complete -> in_sync.".format(a=_frk("da3"), b=_frk("wm_r5")),
    "- **On Hold is open**: 6113 ({a}) HMICFRS Complete -> closeable_local; 12464 ({b}) HMICFRS open -> in_sync.".format(a=_frk("ef2"), b=_frk("dp2")),
    "- **Duplicate CAPA**: tracker.csv!{d} (Cancelled, 'Duplicate of {n}') pairs with 9813 like the live CAPA tracker.csv!{l} and takes the item's category (in_sync), not 'Cancelled = done'.".format(d=dup["row"], n=live["number"], l=live["row"]),
    "- **Split items**: 8541 -> 3 CAPAs ({a}), one per bullet, all done -> closeable_submit; 12465 -> 3 CAPAs ({b}), one still at 4. Implementation -> open -> in_sync.".format(a=_frk("lg1"), b=_frk("dp3")),
    "- **Missing bullet (conflict)**: 10377 (CDI 2019, five bullets) has CAPAs for bullets 1-4 only ({a}); nothing for 'online reports of crime are triaged ...'. Every one of the four rows is conflict.".format(a=_frk("cdi")),
    "- **Type conflict**: 7025 is a Cause of concern on the HMICFRS list; the CAPA ({a}) is titled 'PEEL 2016 AFI' and its Detail says it was logged as an Area for Improvement.".format(a=_frk("mc_coc")),
    "- **Reference conflict**: the CAPA ({a}) carries 8544's text word for word but Source Reference 'HMICFRS 8545', an id not on the list.".format(a=_frk("lg4")),
    "- **Timescale conflict**: 9819 says 'within six months'; the CAPA ({a}) pasted text reads 'within twelve months'.".format(a=_frk("wm_r7")),
    "- **Report conflict**: 9822 is a PEEL 2018/19 AFI; the CAPA ({a}) has Source Reference 'PEEL 2017 AFI 4' and Detail 'Carried from PEEL 2017 list'.".format(a=_frk("wm_afi")),
    "- **No reference at all**: RUI/bail 9821 ({a}) has a blank Source Reference; the text decides (in_sync). Legacy refs 'PEEL 15 AFI 1/2' (6112, 6113) and 'PEEL 18/19 CoC 1/2' (9811, 9818) are the force's own numbering, not register ids; text decides.".format(a=_frk("wm_r9")),
    "- **Force's own wording**: 9815 ({a}) is the owner's rewording of the Warwickshire transition recommendation (matched via '#9815' and sense) -> in_sync (Complete / Closed).".format(a=_frk("wm_r4")),
    "- **Truncated descriptions**: 2318 ({a}) is cut at 250 characters with '…' and the bullets flattened; still 2318 (HMICFRS Complete, CAPA 4. Implementation -> closeable_local).".format(a=_frk("eb")),
    "- **Superseded**: 4826 ({a}) HMICFRS Superseded, CAPA 2. Assigned -> closeable_local.".format(a=_frk("core")),
    "- **Wrong Source**: 5931 ({a}) Source = Internal Audit in error -> still the HMICFRS item (in_sync, both closed/done).".format(a=_frk("fl1")),
    "- **Not on the HMICFRS list**: tracker.csv!{a} (HMICFRS national recommendation to the Home Office and NPCC, logged for information), tracker.csv!{b} and tracker.csv!{c} (vetting backlog cause of concern and recommendation from a vetting inspection not on this force's list; one with a blank Source Reference).".format(a=_fr("nol_ho"), b=_fr("nol_vet1"), c=_fr("nol_vet2")),
    "- **Missing from force**: 5933 (total expired licences), 8540 (legitimacy 2017 cause of concern - the force logged only the recommendations), 9817 (public consultation on business planning), 12466 (use-of-force monitoring).",
]
_notitems = "\n".join("- Record %d: %s - Source %s, Source Reference '%s' (%s): not an HMICFRS item." % (r, n, s, sr, t)
                      for (r, n, s, sr, t) in NOT_ITEMS)
_nfi = sum(1 for t in truth if t[1] != "")
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(README.format(hlast=4 + len(H), hblank=5 + len(H), hcount=6 + len(H), nh=len(H), nf=len(F), flast=len(F) + 1,
                           traps="\n".join(_traps), items=", ".join("%s %d" % kv for kv in sorted(_items.items())),
                           nt=len(truth), lines=", ".join("%s %d" % kv for kv in sorted(_lines.items())),
                           nfi=_nfi, nno=len(NOT_ITEMS), notitems=_notitems,
                           cutrows=", ".join(str(i + 2) for i, row in enumerate(rows_out) if row[2].endswith("…"))))

if __name__ == "__main__":
    from collections import Counter
    c = Counter(t[2] for t in truth)
    items = Counter(item_cat[k][0] for k in item_cat)
    print("HMICFRS items:", len(H), dict(items))
    print("truth lines:", len(truth), dict(c))
    print("force records:", len(F), "non-items:", len(NOT_ITEMS))
    for x in NOT_ITEMS:
        print("  not item: tracker.csv!%d %s %s %s | %s" % x)
