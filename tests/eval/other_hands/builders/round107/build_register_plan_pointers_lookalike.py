#!/usr/bin/env python3
"""Build the evaluation case `register_plan_pointers_lookalike` (round 107, brief A).

Wiltshire Police, in HMICFRS Engage after PEEL 2021/22, keeps a recommendations register whose
rows mostly say only "See plan" / "See FIP" / "Per IP" and point to actions on the Force
Improvement Plan (FIP) tab.  The HMICFRS side is a definitive-list export (xlsx).

Deterministic: no randomness is used (SEED kept for the record), fixed workbook properties.
Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import os
import re

import xlsxwriter

SEED = 107  # nothing random is drawn; kept so the build is documented as seeded
CASE = "register_plan_pointers_lookalike"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
FIXED_CREATED = dt.datetime(2024, 2, 5, 9, 14, 0)
D = dt.date

# --------------------------------------------------------------------------------------------
# Reports (real titles and publication dates)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "AUST": ("Policing in Austerity: Meeting the Challenge", D(2014, 7, 22)),
    "CORE": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 4)),
    "INTEG": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "TTR": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "EFF15": ("PEEL: Police efficiency 2015 – An inspection of Wiltshire Police", D(2015, 10, 15)),
    "SF": ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24)),
    "EFF17": ("PEEL: Police efficiency 2017 – A national overview", D(2017, 11, 9)),
    "LEG17": ("PEEL: Police legitimacy 2017 – A national overview", D(2017, 12, 12)),
    "DISP": ("Disproportionate use of police powers – A spotlight on stop and search and the use of force", D(2021, 2, 26)),
    "PEEL22": ("PEEL 2021/22 – An inspection of Wiltshire Police", D(2022, 7, 7)),
}

NFA_COMMENT = ("This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. "
               "Where a cause of concern still exists this will appear in the register against these "
               "subsequent inspections.")
MON_COMMENT = ("The progress of the implementation of this recommendation is currently being monitored by "
               "HMICFRS and this record will, in due course, be updated.")
REV_COMMENT = ("The status of this recommendation is currently being reviewed by HMICFRS and will be "
               "updated when this review is complete.")
CLOSE_COMMENT = ("Authorised for closure on the basis of the evidence provided by the force and the "
                 "observations of the Engage monitoring team.")

# --------------------------------------------------------------------------------------------
# HMICFRS items: key -> (id, report, type, addressed_to, parent_key, text, status, status_date, comment)
# Texts are real public HMICFRS texts (see README for where each came from).
# --------------------------------------------------------------------------------------------
H = {}


def h(key, hid, rep, typ, to, parent, text, status, sdate, comment=""):
    H[key] = dict(key=key, id=hid, report=rep, type=typ, to=to, parent=parent, text=text,
                  status=status, sdate=sdate, comment=comment)


h("SS27", 1187, "SS13", "Recommendation", "All forces", None,
  "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional "
  "Practice document a clear specification of what constitutes the effective and fair exercise of stop and search "
  "powers, and guidance in this respect. This should be compliant with the Code of Practice.",
  "Complete", D(2021, 9, 14), CLOSE_COMMENT)
h("SS28", 1188, "SS13", "Recommendation", "All forces", None,
  "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they "
  "can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code "
  "of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("CORE", 3104, "CORE", "Recommendation", "All forces", None,
  "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should "
  "provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm "
  "and risk.",
  "No further action needed", D(2021, 6, 30), NFA_COMMENT)
h("INTEG", 4410, "INTEG", "Recommendation", "All forces", None,
  "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that "
  "investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form "
  "of discrimination.",
  "Complete", D(2022, 3, 21), CLOSE_COMMENT)
h("TTR58", 5310, "TTR", "Recommendation", "All forces", None,
  "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her "
  "force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the "
  "governance standards are not being complied with should put in place immediately the correct arrangements and "
  "procedures in order to meet the standards in full.",
  "Being progressed", D(2021, 12, 10), MON_COMMENT)
h("TTR59", 5311, "TTR", "Recommendation", "All forces", None,
  "Within three months, all chief constables should assess the demand placed on their firearms licensing department and "
  "ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("TTR60", 5312, "TTR", "Recommendation", "All forces", None,
  "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their "
  "force with regard to ‘total expired’ licensing records.",
  "Complete", D(2021, 11, 2), CLOSE_COMMENT)
h("TTR61", 5313, "TTR", "Recommendation", "All forces", None,
  "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary "
  "permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay "
  "on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders "
  "are not permitted, at any time, to remain in unlawful possession of a firearm.",
  "Complete", D(2023, 10, 17), CLOSE_COMMENT)
h("EFF14", 6026, "EFF15", "Area for improvement", "Force", None,
  "The force should undertake further work to gain a fuller understanding of current demand for its services, and "
  "likely future changes in demand. This is so it can make best use of its resources by matching them to demand to "
  "meet the needs of the public",
  "No further action needed", D(2022, 7, 7), NFA_COMMENT)
h("EFF15", 6027, "EFF15", "Area for improvement", "Force", None,
  "The force should develop its understanding of the links between its outcomes, outputs and costs",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("EFF16", 6028, "EFF15", "Area for improvement", "Force", None,
  "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should "
  "include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("SF1", 8190, "SF", "Recommendation", "All forces", None,
  "Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human "
  "trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n"
  "• every incident of modern slavery identified to police is allocated appropriate resources with the skills, "
  "experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to "
  "co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance "
  "measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("SF2", 8191, "SF", "Recommendation", "All forces", None,
  "Within six months, forces should have in place active information-sharing agreements with other agencies to "
  "facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as "
  "early as possible",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("SF3", 8192, "SF", "Recommendation", "All forces", None,
  "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to "
  "slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of "
  "the section 45 defence.",
  "Complete", D(2021, 8, 5), CLOSE_COMMENT)
h("SF4", 8193, "SF", "Recommendation", "All forces", None,
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are "
  "implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any "
  "individual suspected to be an adult victim of modern slavery or human trafficking.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("SF5", 8194, "SF", "Recommendation", "All forces", None,
  "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) "
  "requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is "
  "available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps "
  "in its crime-recording accuracy for these types of offences.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("SF6", 8195, "SF", "Recommendation", "All forces", None,
  "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are "
  "thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to "
  "undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain "
  "intelligence and evidence from agencies overseas).",
  "Complete", D(2023, 11, 28), CLOSE_COMMENT)
h("SF7", 8196, "SF", "Recommendation", "All forces", None,
  "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that "
  "opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern "
  "slavery and human trafficking offences are exploited.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("EFF17", 8310, "EFF17", "Recommendation", "All forces", None,
  "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within "
  "their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners "
  "should support the development of these plans by establishing a national framework which allows for the provision "
  "of digitally enabled services across force boundaries.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("L0", 8655, "LEG17", "Cause of concern", "All forces", None,
  "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently "
  "reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in "
  "stop and search data which many forces are unable to explain.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("L1", 8656, "LEG17", "Recommendation", "All forces", "L0",
  "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a "
  "comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any "
  "disproportionate representation of different ethnic groups in the use of stop and search;\n•the extent to which find "
  "rates differ between people from different ethnicities, and across different types of searches (including separate "
  "identification of find rates for drug possession and supply-type offences); and\n•the prevalence of possession-only "
  "drug searches, and the extent to which these align with local or force level priorities.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("L2", 8657, "LEG17", "Recommendation", "All forces", "L0",
  "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n"
  "•carried out research and analysis in an attempt to understand the reasons for the disparity, and\n•taken action to "
  "reduce the disparity, where necessary;",
  "Complete", D(2023, 9, 12), CLOSE_COMMENT)
h("L3", 8658, "LEG17", "Recommendation", "All forces", "L0",
  "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("L4", 8659, "LEG17", "Recommendation", "All forces", "L0",
  "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search "
  "powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop "
  "and search.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("D1", 20411, "DISP", "Recommendation", "All forces", None,
  "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the "
  "National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict "
  "management and de-escalation.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("D2", 20412, "DISP", "Recommendation", "All forces", None,
  "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing "
  "professional development for officers and staff, and that supervisors are supported to routinely and frequently "
  "debrief officers on these skills using body-worn video footage.",
  "Complete", D(2023, 12, 6), CLOSE_COMMENT)
h("D3", 20413, "DISP", "Recommendation", "All forces", None,
  "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the "
  "entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured "
  "process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify "
  "and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide "
  "external scrutiny panel members with access to samples of body-worn video footage showing stop and search "
  "encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised "
  "Professional Practice.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
h("D4", 20415, "DISP", "Recommendation", "All forces", None,
  "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help "
  "them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement "
  "action.",
  "Being progressed", D(2022, 7, 7), MON_COMMENT)
# PEEL 2021/22 (Engage) -----------------------------------------------------------------------
h("COC1", 30871, "PEEL22", "Cause of concern", "Force", None,
  "The force does not have the capacity or capability to investigate crime effectively and this is affecting the "
  "service being provided to the public. There are failings in the way that crimes are being investigated.",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("R1A", 30872, "PEEL22", "Recommendation", "Force", "COC1",
  "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and "
  "progress of investigations. This supervision should be properly recorded;",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("R1B", 30873, "PEEL22", "Recommendation", "Force", "COC1",
  "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage "
  "their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("R1C", 30874, "PEEL22", "Recommendation", "Force", "COC1",
  "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from "
  "mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
  "Complete", D(2023, 11, 21), CLOSE_COMMENT)
h("R1D", 30875, "PEEL22", "Recommendation", "Force", "COC1",
  "HMIC recommends that within six months the force should: improve its understanding of suspects released under "
  "investigation and the management of those released on bail;",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("COC2", 30876, "PEEL22", "Cause of concern", "Force", None,
  "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the "
  "investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("R2A", 30877, "PEEL22", "Recommendation", "Force", "COC2",
  "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and "
  "bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, "
  "ancillary orders and other available powers.",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("R2B", 30878, "PEEL22", "Recommendation", "Force", "COC2",
  "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand "
  "and address the reason behind why such a high proportion of victims of domestic abuse do not support the police "
  "investigation.",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("R2C", 30879, "PEEL22", "Recommendation", "Force", "COC2",
  "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with "
  "domestic abuse in the resolution centre should cease",
  "Complete", D(2023, 6, 20), CLOSE_COMMENT)
h("R2D", 30880, "PEEL22", "Recommendation", "Force", "COC2",
  "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that:\n"
  "• there is effective supervision of the initial risk assessment process, specifically in relation to the completion "
  "of DASH risk assessment in appropriate cases.",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("COC3", 30881, "PEEL22", "Cause of concern", "Force", None,
  "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of "
  "risk for children who go missing from home was inappropriate in some cases. We found some instances where children "
  "were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were "
  "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even "
  "where good information was available on the police database. In some cases there was information to indicate that "
  "children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. "
  "Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm.",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("R3", 30882, "PEEL22", "Recommendation", "Force", "COC3",
  "To address this cause of concern the force should immediately review its approach to reports of missing children and "
  "take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately;\n"
  "• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual "
  "exploitation and how to respond to such cases; and\n• supervisors provide the correct oversight of missing person "
  "enquiries and direct appropriate and timely investigative and safeguarding action",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("CDI", 30883, "PEEL22", "Recommendation", "Force", None,
  "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are "
  "believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus "
  "providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are "
  "always recorded when described within incident records or identified as part of other recorded crime "
  "investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making "
  "crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure "
  "any ongoing risks to the victim or the wider public are identified and appropriately managed.",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("AFI1", 30884, "PEEL22", "Area for improvement", "Force", None,
  "The force should improve its use of its crime-recording and management system to better manage its case files and "
  "investigative processes.",
  "Awaiting review", D(2023, 12, 14), REV_COMMENT)
h("AFI2", 30885, "PEEL22", "Area for improvement", "Force", None,
  "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing "
  "model, and so to meet its demand, while also taking into account the wellbeing of its workforce.",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("AFI3", 30886, "PEEL22", "Area for improvement", "Force", None,
  "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as "
  "quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that "
  "it complies fully with the national vetting guidelines.",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("R2E", 30887, "PEEL22", "Recommendation", "Force", "COC2",
  "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to "
  "vulnerability to better safeguard vulnerable people.",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("R4", 30888, "PEEL22", "Recommendation", "Force", None,
  "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all "
  "skills, not only operational, including potential future skills requirements. This assessment should inform "
  "workforce plans;",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)
h("R5", 30889, "PEEL22", "Recommendation", "Force", None,
  "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about "
  "business planning and to feed back on changes made to service delivery as a result of such consultation.",
  "Being progressed", D(2023, 12, 14), MON_COMMENT)

HM_OPEN = {"Being progressed", "Awaiting review"}
HM_CLOSED = {"Complete", "No further action needed"}

# --------------------------------------------------------------------------------------------
# FIP actions (the plan sheet).  id, workstream, action, owner, due, revised, status, RAG, notes, closed
# --------------------------------------------------------------------------------------------
WS = {1: "1 Investigation standards", 2: "2 Domestic abuse & vulnerability", 3: "3 Missing children",
      4: "4 Crime recording (CDI)", 5: "5 Contact & CCC", 6: "6 Workforce & planning",
      7: "7 Legacy & national recs"}
ACTIONS = [
    ("A-01", 1, "Introduce investigation supervision standard and Niche supervisory review template (all crime types)",
     "D/Supt Crime Standards", D(2022, 12, 31), None, "Complete", "B",
     "Standard published 28/11/22. Dip sample Q1 23 = 91% compliance.", D(2023, 2, 3)),
    ("A-02", 1, "Monthly dip-sample audit of supervisory reviews reported to Crime Standards Board",
     "D/Supt Crime Standards", D(2023, 3, 31), None, "Complete", "B",
     "Audit embedded in CSB performance pack from Apr-23", D(2023, 4, 27)),
    ("A-03", 1, "Workload and capacity review of CID and LPT investigators (investigative demand model)",
     "Head of Strategic Planning", D(2023, 1, 31), D(2023, 3, 31), "Complete", "B",
     "Demand model signed off at FEB 16/03/23", D(2023, 3, 16)),
    ("A-04", 1, "PIP2 uplift – investigative capability training plan and accreditation trajectory",
     "D/Supt Crime Standards", D(2023, 9, 30), D(2024, 3, 31), "In progress", "A",
     "58 of 90 PIP2 accredited. Course dates confirmed to March 24", None),
    ("A-05", 1, "DFU backlog recovery plan – outsource overflow and reduce queue to <8 weeks",
     "Head of Forensics", D(2022, 12, 31), None, "Complete", "B",
     "Queue 6 wks at 31/08/23", D(2023, 9, 1)),
    ("A-06", 1, "Device triage – digital media investigators and kiosks in each hub",
     "Head of Forensics", D(2023, 3, 31), None, "Complete", "B", "Kiosks live Swindon, Melksham, Salisbury", D(2023, 5, 9)),
    ("A-07", 1, "RUI and bail management – daily review meeting, bail management team, Niche tasking",
     "Supt Criminal Justice", D(2023, 3, 31), D(2024, 1, 31), "In progress", "R",
     "RUI volumes down 22% but oversight of long-running RUI not yet consistent", None),
    ("A-08", 1, "Suspect management performance dashboard (Power BI)",
     "Head of Performance", D(2023, 6, 30), None, "Complete", "B", "Live on dashboard hub", D(2023, 7, 12)),
    ("A-09", 2, "DA arrest rate and use of DVPN/DVPO – improvement plan",
     "DCI PVP", D(2023, 3, 31), None, "Merged with A-21", "",
     "Merged into A-21 at FIP rebaseline (FEB 19/01/23)", None),
    ("A-10", 2, "Problem profile on victim attrition in DA; evidence-led prosecution guidance and training",
     "DCI PVP", D(2023, 3, 31), None, "Complete", "B", "EBP guidance issued, CPS agreed", D(2023, 6, 2)),
    ("A-11", 2, "Cease telephone DASH and handling of DA in the resolution centre",
     "Supt Contact", D(2022, 10, 31), None, "Complete", "B", "Ceased 03/10/22; policy updated", D(2022, 10, 31)),
    ("A-12", 2, "DASH – 100% supervisory review of initial risk assessment within 24 hrs",
     "DCI PVP", D(2023, 3, 31), D(2024, 3, 31), "Re-opened", "A",
     "Closed 14/07/23 (B). Re-opened 02/10/23 – audit found supervisory review in 71% of DASH; target 95%", D(2023, 7, 14)),
    ("A-13", 2, "DA Matters training for all frontline officers and supervisors",
     "Head of L&D", D(2023, 6, 30), None, "Complete", "B", "94% attendance", D(2023, 6, 30)),
    ("A-14", 2, "Joint review of approach to vulnerability with partners (MASH, LAs, health)",
     "D/Supt Public Protection", D(2023, 1, 31), None, "Complete", "B", "Review reported to Safeguarding Partnership", D(2023, 2, 14)),
    ("A-15", 2, "Vulnerability governance – Vulnerability Board terms of reference and performance framework",
     "D/Supt Public Protection", D(2022, 12, 31), None, "Complete", "B", "", D(2022, 12, 12)),
    ("A-16", 3, "Missing and absent categories – call taker guidance, THRIVE prompts on STORM",
     "Supt Contact", D(2022, 12, 31), None, "Complete", "B", "", D(2023, 1, 20)),
    ("A-17", 3, "CSE risk factor training for call takers and frontline staff",
     "Head of L&D", D(2023, 3, 31), None, "Complete", "B", "", D(2023, 3, 29)),
    ("A-18", 3, "Missing person coordinators – supervisory oversight of missing enquiries, daily review",
     "D/Supt Public Protection", D(2023, 3, 31), None, "Complete", "B", "", D(2023, 4, 4)),
    ("A-19", 4, "Victim-first crime recording – CCC and frontline NCRS training (victims believed at point of report)",
     "Force Crime Registrar", D(2022, 12, 31), None, "Complete", "B", "", D(2023, 1, 31)),
    ("A-20", 4, "Incident log quality – STORM summary standard and CCC QA (also supports A-25)",
     "Supt Contact", D(2023, 6, 30), D(2024, 4, 30), "In progress", "G",
     "Log QA running; summary standard not yet met for 101 calls", None),
    ("A-21", 2, "DA positive action – arrest rate, DVPN/DVPO and ancillary orders (incl. former A-09)",
     "DCI PVP", D(2023, 9, 30), D(2024, 3, 31), "In progress", "A", "Arrest rate 41% (target 50%)", None),
    ("A-22", 4, "Multiple crimes – FCR audit of incidents with more than one offence; audit capacity in FCR team",
     "Force Crime Registrar", D(2023, 3, 31), None, "Complete", "B", "", D(2023, 5, 30)),
    ("A-23", 4, "Stop awaiting medical/ABE outcomes before crime-recording decisions (guidance + audit)",
     "Force Crime Registrar", D(2023, 1, 31), None, "Complete", "B", "", D(2023, 2, 1)),
    ("A-24", 4, "Online crime reports triaged at point of receipt for risk (Single Online Home queue)",
     "Supt Contact", D(2023, 6, 30), None, "Complete", "B", "", D(2023, 8, 22)),
    ("A-25", 5, "CCC resourcing model – recruitment to establishment, wellbeing support",
     "Supt Contact", D(2023, 3, 31), None, "Complete", "B", "At establishment from Sept 23", D(2023, 9, 30)),
    ("A-26", 5, "Niche case file management – investigation plans and file build workflow",
     "Head of Criminal Justice", D(2023, 12, 31), "Q1 24/25", "In progress", "A", "Dependent on Niche upgrade", None),
    ("A-27", 7, "Stop and search monitoring – S&S dashboard and scrutiny panel quarterly review",
     "Ch Insp Neighbourhoods", D(2022, 12, 31), None, "Complete", "B", "", D(2023, 3, 1)),
    ("A-28", 7, "BWV – record all S&S encounters; supervisory sampling; panel access to footage",
     "Ch Insp Neighbourhoods", D(2023, 3, 31), None, "Complete", "B", "", D(2023, 5, 18)),
    ("A-29", 7, "Disproportionality analysis published annually on force website",
     "Head of Performance", D(2023, 3, 31), None, "Complete", "B", "Published 30/03/23", D(2023, 3, 30)),
    ("A-30", 6, "Strategic workforce plan aligned to demand and MTFP",
     "Head of People", D(2023, 9, 30), D(2024, 5, 31), "In progress", "A", "", None),
    ("A-31", 6, "Skills audit – all officers and staff (operational and non-operational)",
     "Head of People", D(2023, 6, 30), None, "Complete", "B", "", D(2023, 7, 3)),
    ("A-32", 6, "Force Management Statement 2023 aligned to FIP priorities",
     "Head of Strategic Planning", D(2023, 5, 31), None, "Complete", "B", "", D(2023, 5, 31)),
    ("A-33", 6, "Vetting – clearance backlog recovery plan and renewals schedule",
     "Head of PSD", D(2024, 6, 30), None, "Not started", "R", "Added Dec-23; business case at FEB Feb-24", None),
    ("A-34", 7, "Unconscious bias and S&S APP training for all officers using S&S powers",
     "Head of L&D", D(2022, 12, 31), None, "Complete", "B", "", D(2023, 1, 17)),
    ("A-35", 7, "MSHT governance – strategic lead, tactical group, partnership and QA measures",
     "D/Supt Public Protection", D(2023, 6, 30), D(2024, 3, 31), "In progress", "A", "", None),
    ("A-36", 7, "NRM compliance and Duty to Notify – SPOC and Niche flag",
     "D/Supt Public Protection", D(2023, 3, 31), None, "Complete", "B", "", D(2023, 4, 11)),
    ("A-37", 7, "Use of force data quality – Home Office annual data return",
     "Head of Performance", D(2023, 6, 30), None, "Complete", "B", "", D(2023, 6, 29)),
    ("A-38", 7, "Communication skills – conflict management CPD and BWV debriefs by supervisors",
     "Head of L&D", D(2023, 7, 31), D(2024, 3, 31), "In progress", "A", "Module 2 in design", None),
    ("A-39", 7, "Publish disparity action plan and community scrutiny response on website",
     "Head of Performance", D(2023, 12, 31), D(2024, 3, 31), "In progress", "A", "", None),
]
ACT = {a[0]: a for a in ACTIONS}

# --------------------------------------------------------------------------------------------
# Register rows (force side), in sheet order.
# item: (hkey|None, ref_cell, report, published, type, part, text, lead, status, pointer, old_rag, update,
#        submitted, category, why)
# --------------------------------------------------------------------------------------------
REG = []


def sec(text):
    REG.append(("section", text))


def blank(note):
    REG.append(("blank", note))


def banner(text):
    REG.append(("banner", text))


def it(hkey, ref, rep, pub, typ, part, text, lead, status, ptr, rag, upd, sub, cat, why, grey=False):
    REG.append(("item", dict(hkey=hkey, ref=ref, rep=rep, pub=pub, typ=typ, part=part, text=text, lead=lead,
                             status=status, ptr=ptr, rag=rag, upd=upd, sub=sub, cat=cat, why=why, grey=grey)))


P22 = "PEEL 21/22"
P22d = D(2022, 7, 7)
sec("SECTION 1 – PEEL 2021/22 (ENGAGE) – DELIVERED THROUGH THE FORCE IMPROVEMENT PLAN")
it("COC1", 30871, P22, P22d, "CoC", "",
   "Force does not have the capacity or capability to investigate crime effectively – affecting service to the public. "
   "Failings in the way crimes are investigated.",
   "D/Supt Crime Standards", "See plan", "A-01, 06, 07", "R",
   "Investigation Standards workstream. PIP2 uplift + RUI still behind trajectory.", None,
   "in_sync", "open both: A-07 In progress (A-01, A-06 complete); HMICFRS Being progressed")
it("R1A", 30872, P22, P22d, "Rec", "",
   "Within 6 months – ensure regular & active supervision of the quality and progress of investigations. Supervision "
   "to be properly recorded.",
   "D/Supt Crime Standards", "See FIP", "A-01/02", "A",
   "Supervision standard live, monthly dip sample. Evidence pack being prepared for FLL.", None,
   "closeable_submit", "A-01 and A-02 both Complete -> done; HMICFRS Being progressed")
it("R1B", 30873, P22, P22d, "Rec", "",
   "Immediately – review officers capabilities & capacity to manage investigative workload, to better understand "
   "investigative demand and pressures on them",
   "Head of Strategic Planning", "See plan", "A-01 to A-04", "A", "Demand model done (A-03); PIP2 uplift ongoing", None,
   "in_sync", "range A-01..A-04: A-04 In progress -> open; HMICFRS Being progressed")
it("R1C", 30874, P22, P22d, "Rec", "",
   "Within six months improve ability to retrieve digital evidence from mobile phones, computers & other devices quickly "
   "enough so investigations are not delayed",
   "Head of Forensics", "See plan", "A-05/06", "G", "DFU queue 6 weeks. Closed by HMICFRS Nov-23 (to be greyed)", D(2023, 9, 15),
   "in_sync", "A-05, A-06 Complete -> done; HMICFRS Complete: closed on both sides")
it("R1D", 30875, P22, P22d, "Rec", "",
   "Within 6 months – improve understanding of suspects released under investigation (RUI) & management of those on bail",
   "Supt Criminal Justice", "Per IP", "A-7", "A", "", None,
   "in_sync", "A-07 In progress -> open; HMICFRS Being progressed")
it("COC2", 30876, P22, P22d, "CoC", "",
   "Current approach to DA is unacceptable – proportion of victims who fail to support investigation and low use of "
   "arrest & prosecution powers is a CoC",
   "D/Supt Public Protection", "See plan", "A-11/12/13", "A", "", None,
   "in_sync", "A-12 Re-opened -> open (A-11, A-13 complete); HMICFRS Being progressed")
it("R2A", 30877, P22, P22d, "Rec", "",
   "DA – immediately consider ways of increasing the use of arrest, ancillary orders and other available powers",
   "DCI PVP", "See plan", "A-09", "G", "", None,
   "in_sync", "A-09 'Merged with A-21' -> follow to A-21 In progress -> open; HMICFRS Being progressed (stale RAG G ignored)")
it("R2B", 30878, P22, P22d, "Rec", "",
   "Immediately take steps to understand & address why such a high proportion of DA victims do not support the police "
   "investigation",
   "DCI PVP", "See FIP", "A-10", "A", "EBP guidance issued Jun-23", None,
   "closeable_submit", "A-10 Complete -> done; HMICFRS Being progressed")
it("R2C", 30879, P22, P22d, "Rec", "",
   "Practice of DA risk assessments over the telephone and dealing with DA in the resolution centre should cease",
   "Supt Contact", "See plan", "A-11", "G", "Ceased 03/10/22", D(2022, 11, 30),
   "in_sync", "A-11 Complete -> done; HMICFRS Complete: closed on both sides")
it("R2D", 30880, P22, P22d, "Rec", "",
   "Effective supervision of the initial risk assessment process – completion of DASH in appropriate cases",
   "DCI PVP", "See FIP", "A12", "B", "", None,
   "in_sync", "A-12 closed 14/07/23 then Re-opened 02/10/23 -> open; HMICFRS Being progressed (stale RAG B ignored)")
it("R2E", 30887, P22, P22d, "Rec", "",
   "Immediately conduct a review, involving partners, of approach to vulnerability to better safeguard vulnerable people",
   "D/Supt Public Protection", "See plan", "A-14 & 15", "A", "", None,
   "closeable_submit", "A-14 and A-15 Complete -> done; HMICFRS Being progressed")
it("COC3", 30881, P22, P22d, "CoC", "",
   "Response to missing & absent children is a CoC – risk assessment inappropriate in some cases, children classed "
   "'absent' who should be 'missing', CSE information not influencing risk grading.",
   "D/Supt Public Protection", "See plan", "A-16 - A-18", "R", "", None,
   "closeable_submit", "range A-16..A-18 all Complete -> done; HMICFRS Being progressed (stale RAG R ignored)")
it("R3", 30882, P22, P22d, "Rec", "a",
   "Review approach to reports of missing children – call takers understand and use the missing and absent category "
   "appropriately",
   "Supt Contact", "See plan", "A-16", "A", "", None,
   "conflict", "split of 30882 (bullet 1); the force recorded only 2 of the 3 bullets - supervisors' oversight bullet has no row")
it("R3", 30882, P22, P22d, "Rec", "b",
   "Missing children – call takers & frontline staff have the knowledge to identify CSE risk factors and how to respond",
   "Head of L&D", "See plan", "A-17", "A", "", None,
   "conflict", "split of 30882 (bullet 2); third bullet (supervisors provide correct oversight) never recorded")
it("CDI", 30883, P22, P22d, "Rec", "1 of 3",
   "CDI – within 6 months arrangements to ensure: at point of report victims are believed; call handler / caller "
   "conversations summarised accurately in the incident log",
   "Force Crime Registrar", "See plan", "A-19, A-20 (part)", "A", "", None,
   "in_sync", "split of 30883 (bullets 1-2): A-20 In progress -> this part open, so the item is open; HMICFRS Being progressed")
it("CDI", 30883, P22, P22d, "Rec", "2 of 3",
   "CDI – multiple crimes always recorded when described in incident records / other investigations; stop waiting for "
   "results of medical exams or video interviews before crime-recording decisions",
   "Force Crime Registrar", "See plan", "A-22 & 23", "G", "", None,
   "in_sync", "split of 30883 (bullets 3-4): A-22, A-23 Complete, but part 1 is open -> item open; HMICFRS Being progressed")
it("CDI", 30883, P22, P22d, "Rec", "3 of 3",
   "CDI – online reports of crime triaged at point of receipt so ongoing risks to victim / wider public are identified "
   "& managed",
   "Supt Contact", "See plan", "A-24", "G", "", None,
   "in_sync", "split of 30883 (bullet 5): A-24 Complete, but part 1 is open -> item open; HMICFRS Being progressed")
it("AFI1", 30884, P22, P22d, "AFI", "",
   "Improve use of crime recording & management system (Niche) to better manage case files and investigative processes",
   "Head of Criminal Justice", "See plan", "A-26", "A", "", None,
   "in_sync", "A-26 In progress -> open; HMICFRS Awaiting review")
it("AFI2", 30858, P22, P22d, "AFI", "",
   "Ensure sufficient resources in the control room (CCC) to fulfil its resourcing model and meet demand, taking "
   "account of the wellbeing of the workforce",
   "Supt Contact", "See plan", "A-25", "A", "CCC at establishment Sept-23", None,
   "conflict", "reference: force typed 30858, HMICFRS item is 30885 (same report, same AFI text; 30858 is not on the list)")
it("AFI3", 30886, P22, P22d, "AFI", "",
   "Ensure all staff have at least the lowest level of vetting clearance for their role asap – clear vetting backlog "
   "and renewals, comply with national vetting guidelines",
   "Head of PSD", "See plan", "TBC", "R", "Action to be agreed – see PSD business case", None,
   "in_sync", "pointer TBC = no action yet -> open; HMICFRS Being progressed")
it("R4", 30888, P22, P22d, "Rec", "",
   "Expand the skills project to include an assessment of all skills (not only operational) incl. future skills "
   "requirements, to inform workforce plans",
   "Head of People", "Per IP", "A-30, A-31", "A", "", None,
   "in_sync", "A-30 In progress -> open (A-31 complete); HMICFRS Being progressed")

sec("SECTION 2 – OTHER OPEN RECOMMENDATIONS (NATIONAL & LEGACY)")
it("SS28", 1188, "Stop & Search 2013", "2013", "Nat Rec", "",
   "CCs establish or improve monitoring of the way officers stop & search people – satisfied acting in accordance with "
   "the law (incl equality legislation & Code of Practice) and power used effectively",
   "Ch Insp Neighbourhoods", "Per IP", "A-27", "A", "", None,
   "closeable_submit", "A-27 Complete -> done; HMICFRS Being progressed")
it("TTR58", 5310, "Targeting the Risk (firearms licensing)", D(2015, 9, 15), "Nat Rec", "",
   "Within 3 months assess how well governance of firearms licensing meets APP standards; where not complied with put "
   "correct arrangements in place immediately",
   "Supt Ops Support", "Complete", "", "G",
   "Governance review completed, FLU reports to Ops Support Board. Evidence submitted 03/12/21", D(2021, 12, 3),
   "closeable_submit", "pre-plan status Complete (submitted 03/12/21) -> done; HMICFRS Being progressed")
it("TTR59", None, "Targeting the Risk (firearms licensing)", D(2015, 9, 15), "Nat Rec", "",
   "Within three months assess demand placed on firearms licensing dept and ensure capacity to meet it – efficient & "
   "effective service at all times",
   "Supt Ops Support", "Open", "", "A", "Renewals peak 2024/25 – temporary staff approved", None,
   "in_sync", "pre-plan status Open; HMICFRS Being progressed (no ref on force row; matched by report and text)")
it("TTR61", None, "Targeting the Risk (firearms licensing)", D(2015, 9, 15), "Nat Rec", "",
   "Within three months – temporary permits in accordance with HO guidance, recorded without delay on NFLMS, systems so "
   "certificate holders not in unlawful possession of a firearm",
   "Supt Ops Support", "In progress", "", "A", "", None,
   "closeable_local", "pre-plan status In progress -> open; HMICFRS Complete (17/10/2023)")
it("EFF14", None, "PEEL Efficiency 2015", "Oct 2015", "AFI", "",
   "Further work to gain a fuller understanding of current demand for its services & likely future changes – match "
   "resources to demand",
   "Head of Strategic Planning", "Ongoing", "", "A", "Demand work now part of FMS", None,
   "closeable_local", "pre-plan status Ongoing -> open; HMICFRS No further action needed (superseded by PEEL)")
it("EFF15", 6027, "PEEL Efficiency 2015", "Oct 2015", "AFI", "",
   "Develop understanding of the links between outcomes, outputs and costs",
   "Head of Finance", "Compelte", "", "G", "Outcome-based budgeting in MTFP 23/24", D(2023, 4, 28),
   "closeable_submit", "pre-plan status 'Compelte' (typo for Complete) -> done; HMICFRS Being progressed")
it("EFF16", 6028, "PEEL Efficiency 2015", "Oct 2015", "Recommendation", "",
   "Develop a future workforce plan aligned with overall demand and budget – future resource allocations, mix of "
   "skills & behaviours expected",
   "Head of People", "Open", "", "A", "See also SWP (A-30)", None,
   "conflict", "type: force records a Recommendation, HMICFRS 6028 is an Area for improvement")
it("EFF17", 8310, "PEEL Efficiency 2017 (national)", D(2017, 11, 9), "Nat Rec", "",
   "By September 2019, chief constables should produce an ambitious plan to improve digitally-enabled services within "
   "their force.",
   "Head of Digital", "In Progress", "", "A", "Digital strategy refresh 2024", None,
   "conflict", "deadline: force text 'By September 2019', HMICFRS 8310 'By September 2018'")
it("SF1", 8190, "Stolen Freedom (MSHT)", "Oct-17", "Nat Rec", "",
   "Within 12 months review leadership & governance for MSHT so that senior leaders prioritise it; every incident "
   "resourced; partnership arrangements; performance & QA measures",
   "D/Supt Public Protection", "See plan", "A-35", "A", "", None,
   "in_sync", "A-35 In progress -> open; HMICFRS Being progressed")
it("SF2", 8191, "Stolen Freedom (MSHT)", "Oct-17", "Nat Rec", "",
   "Within twelve months, forces should have in place active information-sharing agreements with other agencies to "
   "facilitate speedy exchange of intelligence",
   "D/Supt Public Protection", "Open", "", "A", "ISA with Wiltshire Council & Swindon BC in draft", None,
   "conflict", "timescale: force 'Within twelve months', HMICFRS 8191 'Within six months'")
it("SF4", 8193, "Stolen Freedom (MSHT)", "Oct-17", "Nat Rec", "",
   "Immediately ensure full compliance with NRM process & MSA 2015 duty to notify HO of suspected adult victims",
   "D/Supt Public Protection", "See FIP", "A-36", "A", "", None,
   "closeable_submit", "A-36 Complete -> done; HMICFRS Being progressed")
it("SF6", None, "Stolen Freedom (MSHT)", "Oct-17", "Nat Rec", "",
   "Immediately ensure MSHT allegations thoroughly investigated & effectively supervised by teams with the skills & "
   "experience (incl. JITs where appropriate)",
   "D/Supt Public Protection", "Open", "", "A", "", None,
   "closeable_local", "pre-plan status Open; HMICFRS Complete (28/11/2023)")
it("L0", 8655, "PEEL Legitimacy 2017", "Dec 2017", "CoC (national)", "",
   "Forces not able to demonstrate use of S&S is consistently reasonable & fair – over-representation of BAME, and "
   "black people in particular, which many forces can't explain",
   "Ch Insp Neighbourhoods", "See plan", "A-27, A-29", "A", "", None,
   "closeable_submit", "A-27 and A-29 Complete -> done; HMICFRS Being progressed")
it("L1", 8656, "PEEL Legitimacy 2017", "Dec 2017", "Nat Rec", "1",
   "By July 2018 monitor comprehensive S&S data to understand the reasons for any disproportionate representation of "
   "different ethnic groups",
   "Ch Insp Neighbourhoods", "See plan", "A-27", "G", "", None,
   "closeable_submit", "split of 8656 (bullet 1): A-27 Complete; all three parts done -> done; HMICFRS Being progressed")
it("L1", 8656, "PEEL Legitimacy 2017", "Dec 2017", "Nat Rec", "2",
   "…extent to which find rates differ between ethnicities and across search types (incl drug possession v supply)",
   "Ch Insp Neighbourhoods", "See plan", "A-27", "G", "", None,
   "closeable_submit", "split of 8656 (bullet 2): A-27 Complete; all three parts done -> done; HMICFRS Being progressed")
it("L1", 8656, "PEEL Legitimacy 2017", "Dec 2017", "Nat Rec", "3",
   "…prevalence of possession-only drug searches & whether these align with local / force priorities",
   "Head of Performance", "See plan", "A-29", "G", "", None,
   "closeable_submit", "split of 8656 (bullet 3): A-29 Complete; all three parts done -> done; HMICFRS Being progressed")
it("L2", 8657, "PEEL Legitimacy 2017", "Dec 2017", "Nat Rec", "",
   "Where disparities identified, demonstrate to the public research & analysis to understand reasons and action taken "
   "to reduce disparity",
   "Head of Performance", "See plan", "A-29, A-39", "G", "", None,
   "closeable_local", "A-39 In progress -> open (A-29 complete); HMICFRS Complete (12/09/2023)")
it("L3", 8658, "PEEL Legitimacy 2017", "Dec 2017", "Nat Rec", "",
   "Publish this analysis & actions taken at least annually from July 2018",
   "Head of Performance", "Per IP", "A-29", "G", "Published 30/03/23", None,
   "closeable_submit", "A-29 Complete -> done; HMICFRS Being progressed")
it("L4", 8659, "Disproportionate use of police powers (Feb 21)", D(2021, 2, 26), "Nat Rec", "",
   "By July 2018 and ongoing – all officers using S&S powers trained in unconscious bias & College of Policing APP on "
   "stop and search",
   "Head of L&D", "See plan", "A-34", "G", "", None,
   "conflict", "report: force files it under Disproportionate use of police powers (2021); HMICFRS 8659 is PEEL: Police legitimacy 2017")
it("D1", 20411, "Disproportionate use of police powers (Feb 21)", D(2021, 2, 26), "Nat Rec", "",
   "By July 2022 – officers & staff have effective communication skills in line with National Policing Guidelines on "
   "Conflict Management (in addition to existing training)",
   "Head of L&D", "See plan", "A-38", "A", "", None,
   "in_sync", "A-38 In progress -> open; HMICFRS Being progressed")
it("D2", 20412, "Disproportionate use of police powers (Feb 21)", D(2021, 2, 26), "Nat Rec", "",
   "By July 2021 – comms skills reinforced in CPD; supervisors supported to debrief officers on these skills using BWV",
   "Head of L&D", "See plan", "A-38", "A", "", None,
   "closeable_local", "A-38 In progress -> open; HMICFRS Complete (06/12/2023)")
it("D3", 20413, "Disproportionate use of police powers (Feb 21)", D(2021, 2, 26), "Nat Rec", "",
   "By Sept 2021 – BWV to record entirety of all S&S encounters incl. traffic stops & UoF; structured process to review "
   "sample of BWV; scrutiny panel access to footage",
   "Ch Insp Neighbourhoods", "See FIP", "A-28", "A", "", None,
   "closeable_submit", "A-28 Complete -> done; HMICFRS Being progressed")
it(None, None, "Disproportionate use of police powers (Feb 21)", D(2021, 2, 26), "Nat Rec (HO/NPCC)", "",
   "Home Office & NPCC to ensure quality of data on no. of incidents where force used to effect a S&S is sufficient "
   "for publication – force supports via UoF data return",
   "Head of Performance", "See plan", "A-37", "G", "", None,
   "not_on_hmicfrs_list", "HO/NPCC recommendation, not held against the force; not the same as 20415 (internal use-of-force monitoring)")

blank("blank separator row")
banner("CLOSED BY HMICFRS – retained for audit trail, do not delete")
it("SS27", 1187, "Stop & Search 2013", "2013", "Nat Rec", "",
   "CCs and CoP to establish in S&S APP a clear specification of what constitutes effective & fair exercise of S&S "
   "powers, and guidance – compliant with Code of Practice",
   "Ch Insp Neighbourhoods", "Closed by HMICFRS", "", "B", "Closed Sept 21", D(2020, 11, 6),
   "in_sync", "grey row, Closed by HMICFRS -> done; HMICFRS Complete", grey=True)
it(None, None, "Everyone's business (DA) 2014", D(2014, 3, 27), "Nat Rec", "",
   "By Sept 2014 establish and publish a DA action plan (consult PCC, DA support orgs & victims' reps; all report recs; "
   "DHRs & IPCC findings; CPS scrutiny panels, MARAC)",
   "DCI PVP", "Closed", "", "B", "Closed by HMIC 2016", None,
   "not_on_hmicfrs_list", "closed 2016, before the list's scope (open or closed since 01/04/2021)", grey=True)
it(None, None, "Policing in Austerity 2014", "Jul-14", "Nat Rec", "",
   "All CCs and PCCs to review plans to deliver savings – continue to reduce crime & protect the front line while "
   "balancing budgets; use VfM profiles",
   "Head of Finance", "Closed - NFA (HMIC)", "", "B", "NFA – subsequently inspected in PEEL Efficiency", None,
   "not_on_hmicfrs_list", "closed (NFA) 2017, before the list's scope", grey=True)
it(None, None, "Policing in Austerity 2014", "Jul-14", "Nat Rec", "",
   "In preparation for next spending round review collaboration plans – scope for better VfM and capability through "
   "joint working with other forces, public and/or private sector",
   "Head of Finance", "Closed - NFA (HMIC)", "", "B", "NFA – subsequently inspected in PEEL Efficiency", None,
   "not_on_hmicfrs_list", "closed (NFA) 2017, before the list's scope", grey=True)
it("INTEG", 4410, "Integrity Matters", D(2015, 1, 30), "Nat Rec", "",
   "By 31 Aug 2015 CCs satisfy themselves processes ensure misconduct investigations resulting in 'no further action' "
   "are fair & free of discrimination",
   "Head of PSD", "Completed", "", "B", "", D(2021, 10, 1),
   "in_sync", "grey row, Completed -> done; HMICFRS Complete", grey=True)
it("TTR60", 5312, "Targeting the Risk (firearms licensing)", D(2015, 9, 15), "Nat Rec", "",
   "Immediately satisfy themselves that all appropriate action is being taken re 'total expired' licensing records",
   "Supt Ops Support", "Complete", "", "B", "", D(2021, 6, 14),
   "in_sync", "grey row, Complete -> done; HMICFRS Complete", grey=True)
it("CORE", 3104, "Core Business", "Sep-14", "Nat Rec", "",
   "By 31/03/2015 forces using a THR policy provide call-handlers with specific, sound & comprehensible criteria to "
   "assess threat, harm & risk",
   "Supt Contact", "Closed - superseded", "", "B", "THRIVE in place", None,
   "in_sync", "grey row, closed (superseded) -> done; HMICFRS No further action needed", grey=True)
it("SF3", 8192, "Stolen Freedom (MSHT)", "Oct-17", "Nat Rec", "",
   "Immediately – victims carrying out criminal acts under compulsion given early & continuing consideration of the "
   "s45 defence",
   "D/Supt Public Protection", "Closed by HMICFS", "", "B", "", D(2021, 3, 19),
   "in_sync", "grey row, 'Closed by HMICFS' (typo) -> done; HMICFRS Complete", grey=True)

# Missing from force (HMICFRS items with no register row)
MISSING = {
    "R5": "no register row for 30889 (consult public on business planning)",
    "SF5": "no register row for 8194 (NCRS compliance for MSHT)",
    "SF7": "no register row for 8196 (MSA preventative powers)",
    "D4": "no register row for 20415 (internal monitoring of use of force); the HO/NPCC data row is a different recommendation",
}

# --------------------------------------------------------------------------------------------
# Pointer resolution (the workbook's own rule; used for the self-check of the truth)
# --------------------------------------------------------------------------------------------

def parse_pointer(p):
    p = (p or "").strip()
    if not p or p.upper() == "TBC":
        return None  # no action yet
    ids = []
    p = p.replace("(part)", "")
    for chunk in re.split(r",|&", p):
        chunk = chunk.strip()
        if not chunk:
            continue
        m = re.match(r"^A-?(\d+)\s*(?:to|-)\s*A-?(\d+)$", chunk)
        if m:
            ids += list(range(int(m.group(1)), int(m.group(2)) + 1))
            continue
        m = re.match(r"^(?:A-?)?(\d+)((?:/\d+)*)$", chunk)
        if not m:
            raise ValueError(chunk)
        ids.append(int(m.group(1)))
        ids += [int(x) for x in m.group(2).split("/") if x]
    return ["A-%02d" % i for i in ids]


def action_done(aid, seen=()):
    a = ACT[aid]
    st = a[6]
    m = re.match(r"Merged with (A-\d+)", st)
    if m:
        return action_done(m.group(1), seen + (aid,))
    return st == "Complete"


FORCE_DONE = {"complete", "completed", "compelte", "closed", "closed by hmicfrs", "closed by hmicfs",
              "closed - nfa (hmic)", "closed - superseded"}
FORCE_OPEN = {"open", "in progress", "ongoing"}


def row_done(r):
    st = r["status"].strip().lower()
    if st in ("see plan", "see fip", "per ip"):
        ids = parse_pointer(r["ptr"])
        return ids is not None and all(action_done(a) for a in ids)
    if st in FORCE_DONE:
        return True
    if st in FORCE_OPEN:
        return False
    raise ValueError(st)


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------

def props(wb, title):
    wb.set_properties({"title": title, "author": "Inspection Liaison", "company": "Wiltshire Police",
                       "created": FIXED_CREATED})


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "Definitive list", "author": "HMICFRS Monitoring", "company": "HMICFRS",
                       "created": FIXED_CREATED})
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    top = wb.add_format({"valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "HMICFRS monitoring – definitive list of recommendations and areas for improvement", bold)
    ws.write(1, 0, "Force: Wiltshire Police")
    ws.write(2, 0, "Scope: all recommendations, causes of concern and areas for improvement open, or closed since "
                   "01/04/2021. Produced 05/02/2024.")
    headers = ["ID", "Report title", "Publication date", "Type", "Addressed to", "Linked cause of concern",
               "Recommendation / area for improvement", "Status", "Status date", "Latest HMICFRS comment"]
    HR = 4  # 0-based -> Excel row 5
    for c, t in enumerate(headers):
        ws.write(HR, c, t, hdr)
    items = sorted(H.values(), key=lambda x: (REPORTS[x["report"]][1], x["id"]))
    rows = {}
    r = HR + 1
    for x in items:
        ws.write_number(r, 0, x["id"], top)
        ws.write(r, 1, REPORTS[x["report"]][0], wrap)
        ws.write_datetime(r, 2, dt.datetime.combine(REPORTS[x["report"]][1], dt.time()), dfmt)
        ws.write(r, 3, x["type"], top)
        ws.write(r, 4, x["to"], top)
        if x["parent"]:
            ws.write_number(r, 5, H[x["parent"]]["id"], top)
        else:
            ws.write_blank(r, 5, None, top)
        ws.write(r, 6, x["text"], wrap)
        ws.write(r, 7, x["status"], top)
        ws.write_datetime(r, 8, dt.datetime.combine(x["sdate"], dt.time()), dfmt)
        ws.write(r, 9, x["comment"], wrap)
        rows[x["key"]] = "Definitive list!%d" % (r + 1)
        r += 1
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 2, 12)
    ws.set_column(3, 5, 16)
    ws.set_column(6, 6, 80)
    ws.set_column(7, 8, 14)
    ws.set_column(9, 9, 50)
    ws.freeze_panes(HR + 1, 0)
    ws.autofilter(HR, 0, r - 1, len(headers) - 1)
    wb.close()
    return rows, items


def write_tracker(path):
    wb = xlsxwriter.Workbook(path)
    props(wb, "HMICFRS Recommendations Register")
    title = wb.add_format({"bold": True, "font_size": 14})
    h2 = wb.add_format({"bold": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#203764", "font_color": "#FFFFFF", "text_wrap": True,
                         "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    dcell = wb.add_format({"valign": "top", "border": 1, "num_format": "dd/mm/yyyy"})
    mcell = wb.add_format({"valign": "top", "border": 1, "num_format": "mmm-yy"})
    grey_wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bg_color": "#D9D9D9",
                               "font_color": "#595959"})
    grey = wb.add_format({"valign": "top", "border": 1, "bg_color": "#D9D9D9", "font_color": "#595959"})
    grey_d = wb.add_format({"valign": "top", "border": 1, "bg_color": "#D9D9D9", "font_color": "#595959",
                            "num_format": "dd/mm/yyyy"})
    secf = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    banf = wb.add_format({"bold": True, "bg_color": "#808080", "font_color": "#FFFFFF", "border": 1})
    ragf = {k: wb.add_format({"valign": "top", "border": 1, "bg_color": c, "align": "center"})
            for k, c in {"R": "#FF0000", "A": "#FFC000", "G": "#00B050", "B": "#00B0F0"}.items()}

    # ---- Read Me -------------------------------------------------------------------------
    rm = wb.add_worksheet("Read Me")
    readme_lines = [
        ("Read Me – HMICFRS Recommendations Register", title),
        ("Wiltshire Police – Strategic Planning & Performance (Inspection Liaison). Version 7.3, 19/01/2024", None),
        ("", None),
        ("How status works", h2),
        ("1. Since the Force Improvement Plan (FIP) was agreed at Force Executive Board on 15/09/2022, rows delivered "
         "through the plan do not carry a status of their own. Their Status cell says 'See plan' (also written 'See FIP' "
         "or 'Per IP') and the 'FIP action(s)' column lists the plan actions that deliver the item.", None),
        ("2. An item is complete ONLY when every action it points to is Complete (Blue) on the 'FIP Actions' tab. If any "
         "one action is Not started, In progress or Re-opened, the item stays open.", None),
        ("3. Where an action shows 'Merged with A-xx', follow it to the action it was merged into and use that "
         "action's status.", None),
        ("4. 'TBC' in the FIP action(s) column means no action has been agreed yet – the item is open.", None),
        ("5. '(part)' means only part of that action delivers the item – the item still needs that action to be "
         "Complete.", None),
        ("6. Pointers are typed in several ways and mean the same: A-01, 06, 07 = A-01, A-06 and A-07; A-11/12/13 = "
         "A-11, A-12 and A-13; A-01 to A-04 and A-16 - A-18 = every action in the range; A-14 & 15 = A-14 and A-15; "
         "A12 or A-7 = A-12, A-07.", None),
        ("7. Rows not linked to the plan (older recommendations) keep their own status: Complete / Completed / Closed "
         "= done; Open / In progress / Ongoing = open.", None),
        ("8. Where a recommendation has several bullets it may be split over several rows (Part column). It is only "
         "complete when every part is complete.", None),
        ("9. Grey rows at the foot of the Register have been closed by HMICFRS. They are kept for the audit trail – "
         "do not delete.", None),
        ("10. Column K (RAG, pre-FIP) is hidden and has not been maintained since the FIP began – do not use it.", None),
        ("11. Items are submitted to HMICFRS for closure by the Force Liaison Lead once the evidence pack is signed "
         "off at the FIP Board. Record the date in 'Submitted to HMICFRS'.", None),
        ("", None),
        ("No. is the register's own running number. HMICFRS Ref is the ID on the HMICFRS monitoring portal.", None),
    ]
    for i, (t, f) in enumerate(readme_lines):
        if f is None:
            rm.write(i, 0, t)
        else:
            rm.write(i, 0, t, f)
    rm.set_column(0, 0, 120)

    # ---- Summary (formula counts, cached values supplied) ---------------------------------
    sm = wb.add_worksheet("Summary")
    items = [x[1] for x in REG if x[0] == "item"]
    statuses = [r["status"] for r in items]

    def countif(vals, pat):
        pat = pat.lower()
        if pat.endswith("*"):
            return sum(1 for v in vals if str(v).lower().startswith(pat[:-1]))
        return sum(1 for v in vals if str(v).lower() == pat)

    act_st = [a[6] for a in ACTIONS]
    sm.write(0, 0, "FIP / Register summary", title)
    sm.write(1, 0, "Counts are formulas – do not overtype")
    sm.write(3, 0, "Measure", hdr)
    sm.write(3, 1, "Count", hdr)
    NREG = 200
    summary = [
        ("Register rows linked to FIP (See plan / See FIP / Per IP)",
         '=COUNTIF(Register!I5:I%d,"See*")+COUNTIF(Register!I5:I%d,"Per IP")' % (NREG, NREG),
         countif(statuses, "See*") + countif(statuses, "Per IP")),
        ("Register rows with own status – open",
         '=COUNTIF(Register!I5:I%d,"Open")+COUNTIF(Register!I5:I%d,"In progress")+COUNTIF(Register!I5:I%d,"Ongoing")'
         % (NREG, NREG, NREG),
         countif(statuses, "Open") + countif(statuses, "In progress") + countif(statuses, "Ongoing")),
        ("Register rows closed (grey)", '=COUNTIF(Register!I5:I%d,"Closed*")' % NREG, countif(statuses, "Closed*")),
        ("FIP actions – total", "=COUNTA('FIP Actions'!A4:A100)", len(ACTIONS)),
        ("FIP actions – Complete", "=COUNTIF('FIP Actions'!G4:G100,\"Complete\")", countif(act_st, "Complete")),
        ("FIP actions – In progress", "=COUNTIF('FIP Actions'!G4:G100,\"In progress\")", countif(act_st, "In progress")),
        ("FIP actions – Not started", "=COUNTIF('FIP Actions'!G4:G100,\"Not started\")", countif(act_st, "Not started")),
        ("FIP actions – Re-opened", "=COUNTIF('FIP Actions'!G4:G100,\"Re-opened\")", countif(act_st, "Re-opened")),
        ("FIP actions – Merged", "=COUNTIF('FIP Actions'!G4:G100,\"Merged*\")", countif(act_st, "Merged*")),
    ]
    for i, (lab, f, v) in enumerate(summary):
        sm.write(4 + i, 0, lab, cell)
        sm.write_formula(4 + i, 1, f, cell, v)
    sm.set_column(0, 0, 60)
    sm.set_column(1, 1, 10)

    # ---- Register -------------------------------------------------------------------------
    rg = wb.add_worksheet("Register")
    rg.write(0, 0, "Wiltshire Police – HMICFRS Recommendations Register (incl. Engage / Force Improvement Plan)", title)
    rg.write(1, 0, "Maintained by Strategic Planning & Performance – Inspection Liaison. Last updated 19/01/2024 (JM). "
                   "Status of FIP-linked rows is held on the 'FIP Actions' tab – see Read Me.")
    headers = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Part", "Recommendation / AFI (summary)", "Lead",
               "Status", "FIP action(s)", "RAG (pre-FIP)", "Update / comments", "Submitted to HMICFRS"]
    HR = 3
    for c, t in enumerate(headers):
        rg.write(HR, c, t, hdr)
    r = HR + 1
    n = 0
    force_rows = []
    nonitem = [("Register!1", "title row"), ("Register!2", "note row (maintainer, last updated)"),
               ("Register!3", "blank row above the header"), ("Register!4", "header row")]
    for kind, payload in REG:
        if kind == "section":
            rg.merge_range(r, 0, r, len(headers) - 1, payload, secf)
            nonitem.append(("Register!%d" % (r + 1), "section heading: " + payload))
        elif kind == "banner":
            rg.merge_range(r, 0, r, len(headers) - 1, payload, banf)
            nonitem.append(("Register!%d" % (r + 1), "banner heading the grey closed block: " + payload))
        elif kind == "blank":
            nonitem.append(("Register!%d" % (r + 1), "blank row inside the table (separates open rows from the grey block)"))
        else:
            x = payload
            n += 1
            g = x["grey"]
            fw = grey_wrap if g else wrap
            fc = grey if g else cell
            fd = grey_d if g else dcell
            rg.write_number(r, 0, n, fc)
            if x["ref"] is None:
                rg.write_blank(r, 1, None, fc)
            elif x["hkey"] in ("SS28", "L3"):
                rg.write_string(r, 1, str(x["ref"]) + " ", fc)  # pasted as text, trailing space
            else:
                rg.write_number(r, 1, x["ref"], fc)
            rg.write(r, 2, x["rep"], fw)
            if isinstance(x["pub"], dt.date):
                rg.write_datetime(r, 3, dt.datetime.combine(x["pub"], dt.time()),
                                  fd if (g or x["rep"] != P22) else (mcell))
            else:
                rg.write_string(r, 3, x["pub"], fc)
            rg.write(r, 4, x["typ"], fc)
            rg.write(r, 5, x["part"], fc) if x["part"] else rg.write_blank(r, 5, None, fc)
            rg.write(r, 6, x["text"], fw)
            rg.write(r, 7, x["lead"], fw)
            rg.write(r, 8, x["status"], fc)
            rg.write(r, 9, x["ptr"], fc) if x["ptr"] else rg.write_blank(r, 9, None, fc)
            rg.write(r, 10, x["rag"], fc if g else ragf.get(x["rag"], fc))
            rg.write(r, 11, x["upd"], fw) if x["upd"] else rg.write_blank(r, 11, None, fc)
            if x["sub"]:
                rg.write_datetime(r, 12, dt.datetime.combine(x["sub"], dt.time()), fd)
            else:
                rg.write_blank(r, 12, None, fc)
            force_rows.append(("Register!%d" % (r + 1), x))
        r += 1
    last = r
    rg.set_column(0, 0, 5)
    rg.set_column(1, 1, 10)
    rg.set_column(2, 2, 24)
    rg.set_column(3, 3, 10)
    rg.set_column(4, 5, 9)
    rg.set_column(6, 6, 70)
    rg.set_column(7, 7, 20)
    rg.set_column(8, 8, 16)
    rg.set_column(9, 9, 16)
    rg.set_column(10, 10, 8, None, {"hidden": True})
    rg.set_column(11, 11, 40)
    rg.set_column(12, 12, 12)
    rg.freeze_panes(HR + 1, 3)
    rg.data_validation(HR + 1, 8, last - 1, 8, {"validate": "list", "source": "=Lists!$A$2:$A$12",
                                                  "error_type": "warning"})
    rg.data_validation(HR + 1, 10, last - 1, 10, {"validate": "list", "source": "=Lists!$C$2:$C$5"})

    # ---- FIP Actions -----------------------------------------------------------------------
    fp = wb.add_worksheet("FIP Actions")
    fp.write(0, 0, "Force Improvement Plan (FIP) – action tracker. Rebaselined 19/01/2023; updated for FIP Board 16/01/2024", title)
    fp.write(1, 0, "Blue = complete and evidenced; Green = on track; Amber = at risk; Red = off track / not started past due")
    ah = ["Action ID", "Workstream", "Action", "Action owner", "Original due", "Revised due", "Status", "RAG",
          "Evidence / notes", "Date closed"]
    for c, t in enumerate(ah):
        fp.write(2, c, t, hdr)
    for i, a in enumerate(ACTIONS):
        rr = 3 + i
        fp.write(rr, 0, a[0], cell)
        fp.write(rr, 1, WS[a[1]], cell)
        fp.write(rr, 2, a[2], wrap)
        fp.write(rr, 3, a[3], cell)
        fp.write_datetime(rr, 4, dt.datetime.combine(a[4], dt.time()), dcell)
        if isinstance(a[5], dt.date):
            fp.write_datetime(rr, 5, dt.datetime.combine(a[5], dt.time()), dcell)
        elif a[5]:
            fp.write_string(rr, 5, a[5], cell)
        else:
            fp.write_blank(rr, 5, None, cell)
        fp.write(rr, 6, a[6], cell)
        fp.write(rr, 7, a[7], ragf.get(a[7], cell)) if a[7] else fp.write_blank(rr, 7, None, cell)
        fp.write(rr, 8, a[8], wrap) if a[8] else fp.write_blank(rr, 8, None, cell)
        if a[9]:
            fp.write_datetime(rr, 9, dt.datetime.combine(a[9], dt.time()), dcell)
        else:
            fp.write_blank(rr, 9, None, cell)
    fp.set_column(0, 0, 9)
    fp.set_column(1, 1, 26)
    fp.set_column(2, 2, 70)
    fp.set_column(3, 3, 24)
    fp.set_column(4, 5, 12)
    fp.set_column(6, 6, 16)
    fp.set_column(7, 7, 6)
    fp.set_column(8, 8, 50)
    fp.set_column(9, 9, 12)
    fp.freeze_panes(3, 1)
    fp.data_validation(3, 6, 3 + len(ACTIONS) - 1, 6, {"validate": "list", "source": "=Lists!$B$2:$B$6",
                                                      "error_type": "warning"})

    # ---- Lists (hidden) --------------------------------------------------------------------
    ls = wb.add_worksheet("Lists")
    cols = {
        0: ["Register status", "See plan", "See FIP", "Per IP", "Open", "In progress", "Ongoing", "Complete",
            "Completed", "Closed", "Closed by HMICFRS", "Closed - superseded"],
        1: ["Action status", "Not started", "In progress", "Complete", "Re-opened", "On hold"],
        2: ["RAG", "R", "A", "G", "B"],
        3: ["Type", "CoC", "Rec", "AFI", "Nat Rec", "CoC (national)"],
        4: ["Workstream"] + [WS[k] for k in sorted(WS)],
    }
    for c, vals in cols.items():
        for i, v in enumerate(vals):
            ls.write(i, c, v)
    ls.hide()

    wb.close()
    return force_rows, nonitem, len(ACTIONS)


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows, hitems = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    force_rows, nonitem, nact = write_tracker(os.path.join(OUT, "tracker.xlsx"))

    # ---- truth + self-check --------------------------------------------------------------
    lines = []
    covered = set()
    for frow, x in force_rows:
        cat = x["cat"]
        hk = x["hkey"]
        if hk is None:
            assert cat == "not_on_hmicfrs_list", frow
            lines.append(("", frow, cat, x["why"]))
            continue
        covered.add(hk)
        hm = H[hk]
        if cat != "conflict":
            # item status: every row of the item must be done
            parts = [y for _, y in force_rows if y["hkey"] == hk]
            fdone = all(row_done(y) for y in parts)
            hclosed = hm["status"] in HM_CLOSED
            expect = {(False, False): "in_sync", (True, True): "in_sync", (True, False): "closeable_submit",
                      (False, True): "closeable_local"}[(fdone, hclosed)]
            assert expect == cat, (frow, hk, cat, expect)
        lines.append((hrows[hk], frow, cat, x["why"]))
    for hk, why in MISSING.items():
        assert hk not in covered
        lines.append((hrows[hk], "", "missing_from_force", why))
        covered.add(hk)
    assert covered == set(H), set(H) - covered
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)
    ptr_lines = []
    for frow, x in force_rows:
        if x["status"] in ("See plan", "See FIP", "Per IP"):
            ids = parse_pointer(x["ptr"])
            if ids is None:
                res = "none agreed (TBC)"
            else:
                bits = []
                for a in ids:
                    st = ACT[a][6]
                    if st.startswith("Merged with "):
                        tgt = st[len("Merged with "):]
                        bits.append("%s %s → %s %s" % (a, st, tgt, ACT[tgt][6]))
                    else:
                        bits.append("%s %s" % (a, st))
                res = "; ".join(bits)
            ptr_lines.append("| %s | %s | `%s` | %s | %s |" % (frow, x["ref"] or "", x["ptr"], res,
                                                             "done" if row_done(x) else "open"))
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]
    cl = ["| Category | HMICFRS items | Force rows | truth.csv lines |", "|---|---|---|---|"]
    for c in cats:
        sel = [ln for ln in lines if ln[2] == c]
        cl.append("| `%s` | %d | %d | %d |" % (c, len({ln[0] for ln in sel if ln[0]}),
                                             len([ln for ln in sel if ln[1]]), len(sel)))
    cl.append("| **total** | **%d** | **%d** | **%d** |" % (len({ln[0] for ln in lines if ln[0]}),
                                                         len([ln for ln in lines if ln[1]]), len(lines)))
    ni = "\n".join("- %s: %s" % (a, b) for a, b in nonitem)
    readme = (README_TEMPLATE.replace("{POINTERS}", "\n".join(ptr_lines)).replace("{COUNTS}", "\n".join(cl))
              .replace("{NONITEM}", ni))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)


README_TEMPLATE = r'''# Case `register_plan_pointers_lookalike` — a register whose status lives in an improvement plan

## Story

Wiltshire Police was moved into HMICFRS's Engage monitoring in June 2022, after *PEEL 2021/22 – An
inspection of Wiltshire Police* (published 7 July 2022) graded it inadequate in three areas. The force's
Inspection Liaison team keeps an HMICFRS recommendations register in Excel. Once the Force Improvement
Plan (FIP, our own name for it) was agreed on 15/09/2022, rows delivered through the plan stopped
carrying a status of their own. Their Status cell says "See plan", "See FIP" or "Per IP", and a
`FIP action(s)` column points at actions on the plan's own tab. The older, pre-plan rows keep plain
status words. Rows HMICFRS has closed are shaded grey at the foot of the sheet. The hidden RAG column
stopped being maintained when the plan started.

In February 2024 HMICFRS sent the force its definitive list, covering everything open or closed since
01/04/2021. The analyst reconciles the two files before the Joint Audit Committee.

## Files

### `hmicfrs.xlsx`: the HMICFRS definitive-list export
- One sheet, `Definitive list`. Rows 1–3 are a title block, row 4 is blank and row 5 is the header.
  Items are rows 6–52 (47 items), sorted by publication date, then ID.
- Columns: `ID` (a plain integer, HMICFRS's own reference) · `Report title` · `Publication date`
  (date cell, dd/mm/yyyy) · `Type` (Cause of concern / Recommendation / Area for improvement) ·
  `Addressed to` (Force / All forces) · `Linked cause of concern` (the parent ID for recommendations
  under a cause of concern) · `Recommendation / area for improvement` (the full text, with bullets and
  line breaks) · `Status` · `Status date` · `Latest HMICFRS comment`.
- Status words: **open** = `Being progressed`, `Awaiting review`; **closed** = `Complete`,
  `No further action needed` (the comment gives the "subsequently inspected in PEEL" reason).

### `tracker.xlsx`: the force's register workbook
| Sheet | What it is | Items? |
|---|---|---|
| `Read Me` | the guidance, stating the status rule (quoted below) | no |
| `Summary` | formula counts (COUNTIF/COUNTA over Register and FIP Actions), with cached values | no |
| `Register` | **the items**. Rows 1–2 are title/note, row 3 is blank, row 4 is the header; items are rows 6–26, 28–50 and 53–60 | yes |
| `FIP Actions` | the plan: 39 actions A-01…A-39. Row 1 title, row 2 RAG key, row 3 header, rows 4–42 actions | no (the actions are what rows point to) |
| `Lists` | **hidden**: drop-down lists (register status, action status, RAG, type, workstream) | no |

Register columns: `No.` (the register's own running number, **not** an HMICFRS reference) ·
`HMICFRS Ref` (the HMICFRS ID; blank on some old rows; on two rows it is text with a trailing space,
"1188 " and "8658 ") · `Report` (the force's abbreviations: "PEEL 21/22", "Stolen Freedom (MSHT)",
"Targeting the Risk (firearms licensing)" …) · `Published` (a mix of date cells in dd/mm/yyyy and
mmm-yy, and text: "2013", "Oct-17", "Dec 2017", "Jul-14", "Oct 2015", "Sep-14") · `Type` (CoC / Rec /
AFI / Nat Rec / "CoC (national)" / "Nat Rec (HO/NPCC)" / once "Recommendation") · `Part` (a, b /
1 of 3 … / 1, 2, 3 on split rows) · `Recommendation / AFI (summary)` (the force's abridged wording) ·
`Lead` · `Status` · `FIP action(s)` · `RAG (pre-FIP)` (**column K, hidden, stale**) ·
`Update / comments` · `Submitted to HMICFRS` (date).

FIP Actions columns: `Action ID` · `Workstream` · `Action` · `Action owner` · `Original due` ·
`Revised due` (a date, or text "Q1 24/25") · `Status` (Complete / In progress / Not started /
Re-opened / "Merged with A-21") · `RAG` (B/G/A/R, filled) · `Evidence / notes` · `Date closed`.

## Status rules applied (the workbook's own, from `Read Me`)

1. A row with Status `See plan` / `See FIP` / `Per IP` is **done only when every action it points to
   has Status `Complete`** on `FIP Actions`. Any action that is In progress, Not started or Re-opened
   makes the row open.
2. `Merged with A-21`: follow the pointer to A-21 and use A-21's status.
3. `TBC`: no action agreed yet, so the row is open.
4. `(part)`: the item still needs that action to be Complete.
5. Pointer spellings: `A12`, `A-7`, `A-11/12/13`, `A-01, 06, 07`, `A-01 to A-04`, `A-16 - A-18`
   (ranges include every action in between), `A-14 & 15`, `A-19, A-20 (part)`, `TBC`.
6. Rows not linked to the plan keep their own words. **Done**: `Complete`, `Completed`, `Compelte`
   (a typo), `Closed`, `Closed by HMICFRS`, `Closed by HMICFS` (a typo), `Closed - NFA (HMIC)`,
   `Closed - superseded`. **Open**: `Open`, `In progress`, `In Progress`, `Ongoing`.
7. An item split over several rows is done only when **every** part is done. Each part gets the
   item's category.
8. The hidden `RAG (pre-FIP)` column is ignored. The Read Me says it is no longer maintained, and it
   contradicts the plan on several rows: Register!12 shows G but its action is open through the
   merge; Register!15 shows B but A-12 was re-opened; Register!17 shows R but A-16 to A-18 are all
   complete.
9. HMICFRS open/closed is read from `Status` (see above). The category then follows DESIGN.md:
   done + open → `closeable_submit`; open + closed → `closeable_local`; the same state on both sides →
   `in_sync`.

### How each pointer was resolved
| Force row | HMICFRS Ref (as typed) | Pointer | Actions and their status | Row |
|---|---|---|---|---|
{POINTERS}

## Traps and how the truth decides them

- **Status held in another sheet.** 35 rows carry only "See plan" / "See FIP" / "Per IP". The truth
  resolves every pointer on `FIP Actions` (table above).
- **One action serves several items.** A-01 serves 30871, 30872 and 30873 (through the range);
  A-12 serves 30876 and 30880; A-27 serves 1188, 8655 and 8656; A-29 serves 8655, 8656, 8657 and
  8658; A-38 serves 20411 and 20412. **One item needs several actions**: 30871, 30873, 30876, 30881,
  30883, 30888, 8655, 8657.
- **Merged action.** Register!12 (30877) points to A-09, which says "Merged with A-21". A-21 is
  In progress, so the row is open → `in_sync`. The stale RAG on that row is G.
- **Closed, then re-opened.** A-12 was closed on 14/07/2023 and re-opened on 02/10/2023. Its
  `Date closed` still shows 14/07/2023. Register!15 (30880, hidden RAG B) and Register!11 (30876) are
  open → `in_sync`.
- **TBC.** Register!25 (30886, vetting) → open → `in_sync`. Action A-33 on vetting was added in
  December 2023 but the register row was never updated. A-33 is Not started anyway, so the result is
  the same.
- **Ranges.** `A-01 to A-04` includes A-04 (In progress), so open. `A-16 - A-18` is all Complete, so
  done.
- **Same ID on two sides, different status.** Register!9 (30874) and Register!14 (30879) are still
  "See plan" rows, not greyed, but every action is complete and HMICFRS has closed them →
  `in_sync` (closed/done on both sides).
- **Split, one bullet never recorded.** 30882 (missing children) has three bullets. The force has
  rows for bullets 1 and 2 only (Register!18–19, both pointing to complete actions). The bullet
  "supervisors provide the correct oversight of missing person enquiries" has no row → `conflict`
  on both rows.
- **Split, one part partly delivered.** 30883 (crime data integrity, five bullets) is spread over
  three rows (Register!20–22). Part 1 points to `A-19, A-20 (part)`, and A-20 is In progress. The
  other two parts point only to complete actions, but the item is open → `in_sync` on all three rows.
- **Split, all parts delivered.** 8656 (stop and search monitoring, three bullets) is spread over
  Register!41–43. Every action is complete → `closeable_submit` on all three.
- **Conflicts** (each decidable from the two rows alone):
  - reference: Register!24 types `30858`. The HMICFRS item is 30885, with the same report and the same
    control-room AFI text, and 30858 is not on the list;
  - type: Register!34 records 6028 as a "Recommendation", while HMICFRS has an Area for improvement;
  - deadline: Register!35 reads "By September 2019", while HMICFRS 8310 reads "By September 2018";
  - timescale: Register!37 reads "Within twelve months", while HMICFRS 8191 reads "Within six
    months";
  - report: Register!46 files 8659 (unconscious-bias training, "By July 2018") under *Disproportionate
    use of police powers (Feb 21)*, while HMICFRS has it under *PEEL: Police legitimacy 2017*;
  - missing bullet: 30882, above.
- **Lookalike, not a match.** Register!50 is the Home Office / NPCC recommendation on the quality of
  use-of-force data, from the 2021 report. HMICFRS does not hold it against the force →
  `not_on_hmicfrs_list`. HMICFRS's 20415 from the same report (internal monitoring of the use of force)
  is a different recommendation and has no force row → `missing_from_force`.
- **Grey block of closed rows.** Five grey rows are on the definitive list as closed →
  `in_sync`. Three grey rows (Everyone's business 2014, and two from Policing in Austerity 2014)
  were closed before the list's scope date of 01/04/2021, so they are not on it →
  `not_on_hmicfrs_list`.
- **Rows without an HMICFRS ref** (Register!30, 31, 32, 39, and three grey rows that are not on the list)
  are matched by report and text.
- **Summary undercount.** The `Summary` formula "Register rows closed (grey)" counts only statuses
  beginning "Closed", so it shows 6 although 8 rows are grey. This is a real-workbook flaw and does
  not affect the truth.
- **Pre-plan row submitted for closure.** Register!29 (5310) is `Complete`, with evidence submitted
  on 03/12/2021, while HMICFRS still shows it Being progressed → `closeable_submit`.

No pair needed `review`: every pair can be decided from the two rows and the plan.

## Counts

{COUNTS}

## Rows that are not items

**hmicfrs.xlsx, `Definitive list`**
- Definitive list!1: title "HMICFRS monitoring – definitive list …"
- Definitive list!2: "Force: Wiltshire Police"
- Definitive list!3: scope and production-date note
- Definitive list!4: blank
- Definitive list!5: header row

**tracker.xlsx, `Register`**
{NONITEM}

**tracker.xlsx, other sheets** (none of their rows are items)
- `Read Me`!1–17: title, version line, blank rows 3 and 16, the heading "How status works", the
  eleven numbered rules and a note on the No./HMICFRS Ref columns.
- `Summary`!1–13: title, a note, blank row 3, header row 4, and nine formula count rows (5–13).
- `FIP Actions`!1–42: title, RAG key, header row 3, and the 39 plan actions in rows 4–42. These are
  what the register points to, not HMICFRS items.
- `Lists`!1–12 (hidden sheet): drop-down source lists.

## Where the texts come from

Every HMICFRS-side text is a real, public HMICFRS text, copied from
`/work/shared/data/real_recommendations.csv` or from the November 2017 JAC paper in
`/work/shared/data/`. The national recommendations sit under their own real reports and publication
dates. The Wiltshire force-specific items (PEEL 2021/22 and PEEL efficiency 2015) reuse real
force-level texts, because the store has none of Wiltshire's own: the West Mercia 2018/19 recommendations, the
Hampshire 2016 and West Midlands 2016 causes of concern, the Devon and Cornwall CDI recommendation,
the Northamptonshire 2015 AFIs, the City of London AFI, the West Midlands vetting recommendation, and the
DASH recommendation and control-room AFI from the West Midlands JAC paper. The force-side texts are the
force's own abridgements of these. Report titles and dates are real: the PEEL 2021/22 Wiltshire report
was published on 07/07/2022; Core Business is dated 04/09/2014, the first entry in HMICFRS's register;
PEEL efficiency 2015 was published in October 2015, dated here 15/10/2015. HMICFRS IDs are invented
plain integers in the style of HMICFRS's register.
'''


if __name__ == "__main__":
    main()
