#!/usr/bin/env python3
"""Build the evaluation case `register_links_to_plan_actions` (round 106, brief C).

HMICFRS side: an ordinary definitive-list export (one row per item, title rows above the header).
Force side: a recommendations register whose Status column for most rows says only "See FIP";
the real status lives on a separate Force Improvement Plan (FIP) sheet, reached through free-typed
action references ("IP-01, 06, 07", "IP-01 to IP-04", "IP11", "IP-14 & 15", merged actions...).

Deterministic: no randomness is used at all (SEED kept for the record), fixed workbook properties.
Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import os

import xlsxwriter

SEED = 106  # nothing random is drawn; kept so the build is self-describing
CASE = "register_links_to_plan_actions"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2022, 3, 4, 9, 0, 0)

D = dt.date

# ---------------------------------------------------------------------------------------------
# Real HMICFRS texts (from /work/shared/data/real_recommendations.csv, copied verbatim; the
# key is the row index in that file).  Force-specific texts from other forces' reports of the same
# series are used as West Mercia items (see README).
# ---------------------------------------------------------------------------------------------
T = {
    0: 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    1: 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    2: 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    3: 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and',
    4: 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;',
    5: 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    6: 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    7: 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.',
    8: 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    9: 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    10: 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    11: 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    12: 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
    13: 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    14: 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    15: 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    16: 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    18: 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    20: 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    21: 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    22: 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.',
    23: 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.',
    24: 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease',
    25: 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.',
    26: 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',
    27: 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
    28: 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
    46: 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
    47: 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
    48: 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
    49: 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
    50: 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    51: 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
    52: 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
    53: 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
    54: 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
    55: 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
    56: "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.",
    58: 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    59: 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    60: 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    61: 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
}

# ---------------------------------------------------------------------------------------------
# Reports (real titles and publication dates)
# ---------------------------------------------------------------------------------------------
REPORTS = {
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "EB14": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "CB14": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 4)),
    "IM15": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "TR15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "EF15": ("PEEL: Police efficiency 2015 – West Mercia Police", D(2015, 10, 15)),
    "EV16": ("PEEL: Police effectiveness 2016 – West Mercia Police", D(2017, 3, 2)),
    "LG17": ("PEEL: Police legitimacy 2017 – A national overview", D(2017, 12, 12)),
    "PL19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", D(2019, 9, 27)),
    "DU21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26)),
}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
AR, BP, CO, SU, NFA = "Awaiting review", "Being progressed", "Completed", "Superseded", "No further action needed"
HM_CLOSED = {CO, SU, NFA}

# (text key, HMICFRS reference, report, type, status, status date) -- in list order
HM = [
    (27, 3825, "SS13", NAT, NFA, D(2016, 9, 30)),
    (28, 3826, "SS13", NAT, CO, D(2016, 9, 30)),
    (56, 2321, "EB14", NAT, CO, D(2017, 8, 30)),
    (12, 4822, "CB14", NAT, SU, D(2017, 8, 30)),
    (13, 902, "IM15", NAT, BP, D(2019, 6, 14)),
    (58, 5586, "TR15", NAT, CO, D(2016, 5, 10)),
    (59, 5587, "TR15", NAT, BP, D(2021, 11, 2)),
    (60, 5588, "TR15", NAT, AR, D(2015, 9, 15)),
    (61, 5589, "TR15", NAT, BP, D(2021, 11, 2)),
    (14, 5912, "EF15", AFI, CO, D(2018, 5, 21)),
    (15, 5913, "EF15", AFI, BP, D(2020, 2, 7)),
    (16, 5914, "EF15", AFI, BP, D(2020, 2, 7)),
    (21, 7094, "EV16", COC, BP, D(2019, 10, 1)),
    (22, 7095, "EV16", REC, CO, D(2018, 7, 3)),
    (23, 7096, "EV16", REC, BP, D(2019, 10, 1)),
    (24, 7097, "EV16", REC, BP, D(2019, 10, 1)),
    (25, 7098, "EV16", COC, SU, D(2019, 9, 27)),
    (26, 7099, "EV16", REC, SU, D(2019, 9, 27)),
    (46, 8540, "LG17", COC, BP, D(2020, 7, 20)),
    (47, 8541, "LG17", NAT, BP, D(2020, 7, 20)),
    (48, 8542, "LG17", NAT, BP, D(2020, 7, 20)),
    (49, 8543, "LG17", NAT, BP, D(2020, 7, 20)),
    (50, 8544, "LG17", NAT, CO, D(2020, 7, 20)),
    (7, 9671, "PL19", COC, BP, D(2021, 6, 30)),
    (0, 9672, "PL19", REC, CO, D(2020, 11, 12)),
    (1, 9673, "PL19", REC, CO, D(2020, 11, 12)),
    (2, 9674, "PL19", REC, SU, D(2021, 6, 30)),
    (3, 9675, "PL19", REC, CO, D(2020, 3, 9)),
    (4, 9676, "PL19", REC, BP, D(2021, 6, 30)),
    (5, 9677, "PL19", REC, BP, D(2021, 6, 30)),
    (8, 9678, "PL19", COC, BP, D(2021, 6, 30)),
    (6, 9679, "PL19", REC, BP, D(2021, 6, 30)),
    (9, 9680, "PL19", REC, BP, D(2021, 6, 30)),
    (10, 9681, "PL19", REC, CO, D(2021, 1, 18)),
    (18, 9682, "PL19", AFI, BP, D(2021, 6, 30)),
    (20, 9683, "PL19", AFI, AR, D(2019, 9, 27)),
    (51, 10418, "DU21", NAT, AR, D(2021, 2, 26)),
    (52, 10419, "DU21", NAT, AR, D(2021, 2, 26)),
    (53, 10420, "DU21", NAT, BP, D(2021, 12, 6)),
    (55, 10421, "DU21", NAT, AR, D(2021, 2, 26)),
]

# ---------------------------------------------------------------------------------------------
# Force Improvement Plan (FIP) actions: ref -> (workstream, action, owner, target, revised, status,
# update, FIP's own note of the HMICFRS items it answers)
# ---------------------------------------------------------------------------------------------
WS = [
    ("Workstream 1 – Investigation standards (PEEL 18/19 CoC 2)", ["IP-01", "IP-02", "IP-03", "IP-04", "IP-05", "IP-27"]),
    ("Workstream 2 – Vulnerability & safeguarding", ["IP-06", "IP-11", "IP-12", "IP-13", "IP-14", "IP-15"]),
    ("Workstream 3 – Post-alliance transition (PEEL 18/19 CoC 1)", ["IP-07", "IP-08", "IP-09", "IP-26"]),
    ("Workstream 4 – Workforce & vetting", ["IP-10", "IP-21", "IP-25"]),
    ("Workstream 5 – Legitimacy: stop & search and use of force", ["IP-16", "IP-17", "IP-18", "IP-19", "IP-20", "IP-22", "IP-23", "IP-24"]),
]
FIP = {
    "IP-01": ("Investigative workload & capacity review – all CID/PPU/LPA investigators (demand v. skills)", "D/Supt G. Rowley", D(2020, 3, 31), None, "Complete",
              "Review reported to COB 14/05/20; allocation matrix adopted.", "PEEL18 CoC1 R1; CoC2"),
    "IP-02": ("Investigation supervision standard + mandatory supervisory review entries on Niche", "D/Supt G. Rowley", D(2020, 3, 31), D(2020, 9, 30), "Completed",
              "Compliance 91% (Jan-22 audit). Evidence pack to FLL 12/01/22.", "PEEL18 CoC2 R1"),
    "IP-03": ("Digital forensics – kiosk roll-out & DMI triage, backlog reduction plan", "Head of Digital Forensics", D(2020, 6, 30), D(2022, 6, 30), "On track",
              "Backlog 412 -> 187 devices. Second kiosk wave Apr-22.", "PEEL18 CoC2 R2"),
    "IP-04": ("RUI / pre-charge bail – daily management review & custody bail checks", "C/Insp P. Dunne", D(2020, 3, 31), None, "Complete",
              "HMICFRS closed Jan-21.", "PEEL18 CoC2 R3"),
    "IP-05": ("Niche case file management – training & workflow changes", "Niche Business Lead", D(2020, 12, 31), None, "Complete - BAU",
              "Now BAU under Crime Standards Board.", "PEEL18 AFI (crime recording system)"),
    "IP-27": ("Monthly QA dip sample of crime allocation decisions (CMU) – results to Crime Standards Board", "CMU Manager", D(2020, 1, 31), None, "On Track",
              "Running monthly; moving to quarterly from Apr-22.", "Force-identified (debrief)"),
    "IP-06": ("Vulnerability review with partners (safeguarding boards x3)", "D/Supt L. Carver", D(2020, 3, 31), None, "Complete",
              "Partner review signed off; HMICFRS closed Nov-20.", "PEEL18 CoC1 R2"),
    "IP-11": ("DA – increase use of arrest, DVPN/DVPO and other ancillary orders", "D/Supt L. Carver", D(2018, 3, 31), None, "Complete",
              "Closed by HMICFRS Jul-18 (carried into FIP for reporting only).", "PEEL16 DA CoC R1"),
    "IP-12": ("DA victim attrition – research with Uni. of Worcester + victim engagement plan", "D/Supt L. Carver", D(2020, 9, 30), D(2021, 3, 31), "Complete",
              "Research published internally Mar-21; plan embedded.", "PEEL16 DA CoC R2"),
    "IP-13": ("Cease telephone DA risk assessments / DA handling in the resolution centre", "Supt M. Okafor (OCC)", D(2020, 6, 30), D(2022, 3, 31), "Off track",
              "Dependent on OCC restructure; slipped again.", "PEEL16 DA CoC R3"),
    "IP-14": ("Missing children – call taker training on missing/absent & CSE risk factors", "C/Insp H. Moss", D(2019, 12, 31), None, "Complete",
              "All OCC staff trained (98%).", "PEEL16 Missing CoC"),
    "IP-15": ("Missing person enquiries – supervisory oversight standard (Compact / Niche)", "C/Insp H. Moss", D(2020, 12, 31), D(2022, 5, 31), "On track",
              "Compact replacement delayed; interim dip sampling in place.", "PEEL16 Missing CoC"),
    "IP-07": ("Define post-alliance operating model (all operational & support services)", "ACC (Local Policing)", D(2019, 10, 7), None, "Complete",
              "Model live from 07/10/19; affordability review complete.", "PEEL18 CoC1 R5"),
    "IP-08": ("Disaggregation / transition arrangements agreed with Warwickshire Police", "Transition Programme Manager", D(2019, 10, 7), None, "Complete",
              "Section 22A agreements signed.", "PEEL18 CoC1 R4"),
    "IP-09": ("Public consultation on business planning + 'You said, we did' feedback", "Head of Corporate Comms", D(2020, 6, 30), D(2021, 12, 31), "Off track",
              "Survey delayed (Covid). New date TBC with OPCC.", "PEEL18 CoC1 R6"),
    "IP-26": ("Refresh Force Management Statement (FMS) to reflect post-alliance model", "Head of Strategic Planning", D(2020, 5, 31), None, "Complete",
              "FMS3 submitted.", ""),
    "IP-10": ("Skills audit – all skills incl. non-operational & future skills", "Head of HR", D(2020, 6, 30), None, "Merged with IP-21 (Jun-21)",
              "Merged into SWP action – see IP-21.", "PEEL18 CoC1 R3"),
    "IP-21": ("Strategic workforce plan aligned to demand & budget (incl. skills audit from IP-10)", "Head of HR", D(2021, 3, 31), D(2022, 9, 30), "On track",
              "Draft SWP to COB Apr-22.", "PEEL15 Efficiency AFI 3; PEEL18 CoC1 R3"),
    "IP-25": ("Vetting backlog clearance + renewals schedule (NVG compliance)", "Force Vetting Manager", D(2020, 9, 30), D(2022, 6, 30), "On track",
              "Backlog 1,140 -> 360.", "PEEL18 AFI (vetting)"),
    "IP-16": ("S&S monitoring dashboard (Qlik) – ethnicity, find rates, search type", "C/Insp R. Bains", D(2018, 7, 31), None, "Complete",
              "Dashboard live; reviewed monthly at S&S board.", "S&S 2013 R2; Legit17 CoC; Legit17 R1"),
    "IP-17": ("Disparity analysis & publication on force website", "C/Insp R. Bains", D(2018, 7, 31), None, "Complete",
              "Published annually since 2019.", "Legit17 R2"),
    "IP-18": ("Unconscious bias + S&S APP training for all officers who search", "Head of L&D", D(2018, 7, 31), None, "Completed",
              "98.6% compliance; in new starter training.", "Legit17 R4"),
    "IP-19": ("BWV – mandatory recording of all S&S & UoF (incl traffic stops)", "Supt J. Morgan", D(2021, 9, 30), None, "Complete",
              "Policy updated Aug-21.", "DU21 R3"),
    "IP-20": ("BWV review & dip sampling process + scrutiny panel access to footage", "Supt J. Morgan", D(2021, 9, 30), D(2022, 4, 30), "Not started",
              "Awaiting DPIA; panel ToR being revised with OPCC.", "DU21 R3"),
    "IP-22": ("Communication skills in CPD + supervisor BWV debriefs", "Head of L&D", D(2021, 7, 31), None, "Complete",
              "Included in PDP/CPD days from Jun-21.", "DU21 R2"),
    "IP-23": ("Use of force internal monitoring (disproportionality)", "Supt J. Morgan", D(2021, 7, 31), D(2022, 3, 31), "On track",
              "UoF scrutiny panel first sat Jan-22.", "DU21 R5"),
    "IP-24": ("Communication skills / conflict management training (NPCC guidelines)", "Head of L&D", D(2022, 7, 31), None, "On track",
              "Package being built with College.", "DU21 R1"),
}
FIP_DONE = {"complete", "completed", "complete - bau"}


def fip_done(ref, seen=()):
    st = FIP[ref][4]
    if st.lower().startswith("merged with "):
        target = st.split()[2]
        return fip_done(target, seen + (ref,))
    return st.lower() in FIP_DONE


# ---------------------------------------------------------------------------------------------
# Force register rows (in sheet order). h = HMICFRS reference paired with (None = not on list),
# links = the FIP refs the free-typed cell means (None = no FIP), conflict = reason or None.
# ---------------------------------------------------------------------------------------------
def R(no, hid, rep, pub, typ, text, co, lead, fipcell, links, status, rag, subm, comment, h, conflict=None, why=""):
    return dict(no=no, hid=hid, rep=rep, pub=pub, typ=typ, text=text, co=co, lead=lead, fipcell=fipcell, links=links,
                status=status, rag=rag, subm=subm, comment=comment, h=h, conflict=conflict, why=why)


ROWS_MAIN = [
    R(1, 3825, "S&S 2013", "2013", "National rec",
      "Chief Constables & College of Policing to establish in the S&S APP a clear specification of what constitutes effective and fair use of S&S powers, and guidance (compliant with the Code of Practice)",
      "ACC (Ops)", "Insp T. Walsh", None, None, "Compete", "Green", "Feb-16", "APP issued by CoP. BUSS adopted 2014.", 3825,
      why="force 'Compete' (typo for Complete) = done; HMICFRS 'No further action needed' = closed"),
    R(2, 3826, "S&S 2013", "2013", "National rec",
      "Chief Constables should establish or improve monitoring of the way officers stop and search people, so they can be satisfied officers are acting in accordance with the law (incl. equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
      "ACC (Ops)", "Insp T. Walsh", "IP16", ["IP-16"], "See FIP", "Amber", None, "Brought into FIP Nov-19 (S&S dashboard)", 3826,
      why="See FIP -> IP-16 Complete = done; HMICFRS Completed"),
    R(3, 2321, "Everyone's Business (DA) 2014", "Mar-14", "National rec",
      "By Sept 2014 every force to establish and publish a DA action plan specifying in detail what steps it will take to improve its approach to domestic abuse (in consultation with PCC, DA support orgs & victims reps; after considering all recs in the report; DHRs & IPCC findings; CPS scrutiny panels / MARAC self-assessments). Chief officers to oversee full implementation – personal responsibility.",
      "ACC (Crime)", "D/Supt L. Carver", None, None, "Open", "Amber", None, "DA action plan refreshed annually – DA Strategic Board.", 2321,
      why="force Open; HMICFRS Completed (30/08/2017)"),
    R(4, 4822, "Core Business 2014", "Sep-14", "National rec",
      "Not later than 31/03/15 forces using a THR policy that have not yet done so should provide call handlers with specific, sound and comprehensible criteria against which to assess threat, harm and risk",
      "ACC (Local Policing)", "Supt M. Okafor (OCC)", None, None, "Open", "Amber", None, "THRIVE embedded in OCC – awaiting HMICFRS view.", 4822,
      why="force Open; HMICFRS Superseded"),
    R(5, 5568, "Targeting the Risk (firearms licensing)", D(2015, 9, 15), "National rec",
      "Within 3 months all CCs should assess how well the governance of firearms licensing meets APP standards. Where standards not being complied with, put correct arrangments & procedures in place immediately.",
      "DCC", "A. Hughes (FLU Manager)", None, None, "Closed by HMICFRS", "Green", D(2016, 3, 21), "", 5586,
      conflict="reference", why="same text as HMICFRS 5586 but the force's HMICFRS ID is 5568 (digits transposed); no item 5568 on the list"),
    R(6, 5587, "Targeting the Risk (firearms licensing)", D(2015, 9, 15), "National rec",
      "Within three months assess demand on firearms licensing dept and ensure it has capacity to meet demand and provide an efficient & effective service at all times",
      "DCC", "A. Hughes (FLU Manager)", "TBC", [], "See FIP", "Amber", None, "FLU demand review to be scoped into FIP – IP ref TBC", 5587,
      why="See FIP but no FIP action yet (TBC) = open; HMICFRS Being progressed"),
    R(7, "5589 ", "Targeting the Risk (firearms licensing)", D(2015, 9, 15), "National rec",
      "Within 3 months ensure temporary permit arrangements are in accordance with HO guidance; temp permits recorded without delay on NFLMS; effective systems so certificate holders are not permitted to remain in unlawful possession of a firearm",
      "DCC", "A. Hughes (FLU Manager)", None, None, "Submitted for closure", "Amber", D(2021, 12, 7), "NFLMS temp permit audit complete – evidence to FLL", 5589,
      why="force Submitted for closure = done; HMICFRS Being progressed"),
    R(8, 5912, "PEEL Efficiency 2015", "Oct-15", "AFI",
      "The force should undertake further work to gain a fuller understanding of current demand for its services and likely future changes in demand, so it can make best use of resources by matching them to demand",
      "DCC", "Head of Strategic Planning", None, None, "Complete", "Green", "Mar-18", "Demand model (FMS) in place.", 5912,
      why="force Complete; HMICFRS Completed"),
    R(9, 5913, "PEEL Efficiency 2015", "Oct-15", "AFI",
      "Develop understanding of the links between outcomes, outputs and costs",
      "Dir. Enabling Services", "Head of Finance", None, None, "Complete", "Amber", D(2021, 6, 14), "Activity based costing model live 2021", 5913,
      why="force Complete (submitted 14/06/2021); HMICFRS Being progressed"),
    R(10, 5914, "PEEL Efficiency 2015", "Oct-15", "AFI",
      "Develop a future workforce plan aligned with overall demand & budget – incl. future resource allocations, skills mix and behaviours expected of the workforce.",
      "Dir. People", "Head of HR", "IP-21", ["IP-21"], "See FIP", "Amber", None, "", 5914,
      why="See FIP -> IP-21 On track = open; HMICFRS Being progressed"),
    R(11, 7094, "PEEL Effectiveness 2016", D(2017, 3, 2), "CoC",
      "DA – force's current approach to domestic abuse is unacceptable. Proportion of victims who fail to support the investigation and low use of powers of arrest & prosecution is a cause of concern.",
      "ACC (Crime)", "D/Supt L. Carver", "IP-11/12/13", ["IP-11", "IP-12", "IP-13"], "See FIP", "Red", None, "", 7094,
      why="See FIP -> IP-11 Complete, IP-12 Complete, IP-13 Off track = open; HMICFRS Being progressed"),
    R(12, 7095, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
      "Immediately consider ways of increasing the use of arrest, ancillary orders and other available powers (DA)",
      "ACC (Crime)", "D/Supt L. Carver", "IP11", ["IP-11"], "See FIP", "Amber", D(2018, 5, 2), "", 7095,
      why="See FIP -> IP-11 Complete = done; HMICFRS Completed"),
    R(13, 7096, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
      "Immediately take steps to understand and address why such a high proportion of DA victims do not support the police investigation",
      "ACC (Crime)", "D/Supt L. Carver", "IP-12", ["IP-12"], "See FIP", "Red", None, "", 7096,
      why="See FIP -> IP-12 Complete = done (hidden legacy RAG 'Red' is stale); HMICFRS Being progressed"),
    R(14, 7097, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
      "Practice of conducting DA risk assessments over the telephone and dealing with DA in the resolution centre should cease",
      "ACC (Local Policing)", "Supt M. Okafor (OCC)", "IP-13", ["IP-13"], "See FIP", "Amber", None, "", 7097,
      why="See FIP -> IP-13 Off track = open; HMICFRS Being progressed"),
    R(16, 7098, "PEEL Effectiveness 2016", D(2017, 3, 2), "CoC",
      "Response to missing & absent children is a cause of concern – risk assessment inappropriate in some cases; children classed as absent when should be missing; CSE risk not influencing grading. Enduring CoC from 2015 vulnerability report.",
      "ACC (Crime)", "C/Insp H. Moss", "IP-14 & 15", ["IP-14", "IP-15"], "See FIP", "Amber", None, "", 7098,
      why="See FIP -> IP-14 Complete, IP-15 On track = open; HMICFRS Superseded"),
    R(17, 7099, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
      "Immediately review approach to reports of missing children and ensure: call takers understand & use the missing/absent category appropriately; call takers & frontline staff can identify CSE risk factors and know how to respond; supervisors provide correct oversight of missing person enquiries and direct timely investigative & safeguarding action",
      "ACC (Crime)", "C/Insp H. Moss", "IP-14, IP-15", ["IP-14", "IP-15"], "See FIP", "Amber", None, "", 7099,
      why="See FIP -> IP-14 Complete, IP-15 On track = open; HMICFRS Superseded"),
    R(18, None, "Crime Data Integrity", "2017", "Rec",
      "Within six months put in place arrangements to ensure: victims believed at point of report; call handler conversations summarised accurately in the incident log; multiple crimes always recorded; practice of awaiting medical exam / VRI results before crime recording decisions stopped; online crime reports triaged at point of receipt",
      "ACC (Crime)", "FCR Manager", None, None, "Closed by HMICFRS", "Green", "Nov-18", "", None,
      why="crime data integrity item; HMICFRS's list carries no such item (closed and dropped, or never on this list)"),
    R(19, 8540, "PEEL Legitimacy 2017", "Dec-17", "CoC",
      "HMICFRS concerned forces cannot demonstrate S&S use is consistently reasonable and fair – over-representation of BAME people, black people in particular, which many forces can't explain.",
      "ACC (Ops)", "C/Insp R. Bains", "IP-16 - IP-18", ["IP-16", "IP-17", "IP-18"], "See FIP", "Amber", None, "", 8540,
      why="See FIP -> IP-16, IP-17, IP-18 all Complete = done; HMICFRS Being progressed"),
    R("20a", 8541, "PEEL Legitimacy 2017", "Dec-17", "National rec",
      "By July 2018 regularly & frequently monitor a comprehensive set of S&S data to understand: the reasons for any disproportionate representation of different ethnic groups in the use of S&S",
      "ACC (Ops)", "C/Insp R. Bains", "IP-16", ["IP-16"], "See FIP", "Amber", None, "split by bullet", 8541,
      conflict="bullet", why="8541 has three bullets; the force split it into 20a (bullet 1) and 20b (bullet 2) and has no row for bullet 3 (possession-only drug searches)"),
    R("20b", 8541, "PEEL Legitimacy 2017", "Dec-17", "National rec",
      "…the extent to which find rates differ between people from different ethnicities, and across different types of search (incl. separate find rates for drug possession and supply-type offences)",
      "ACC (Ops)", "C/Insp R. Bains", "IP-16", ["IP-16"], "See FIP", "Amber", None, "", 8541,
      conflict="bullet", why="second of the two rows for 8541; bullet 3 (possession-only drug searches) has no force row"),
    R(21, 8542, "PEEL Legitimacy 2017", "Dec-17", "National rec",
      "Where disparities identified through monitoring, demonstrate to the public that we have carried out research & analysis to understand the reasons, and taken action to reduce the disparity where necessary",
      "ACC (Ops)", "C/Insp R. Bains", "IP-17", ["IP-17"], "See FIP", "Amber", None, "", 8542,
      why="See FIP -> IP-17 Complete = done; HMICFRS Being progressed"),
    R(23, 9671, "PEEL 2018/19", D(2019, 9, 27), "CoC",
      "CoC 1 – Force does not have suitable arrangements to maintain the full range of public services when the alliance with Warwickshire ends. Gaps in workforce skills assessment; weaknesses in investigative approach & safeguarding vulnerable people.",
      "DCC", "Transition Programme Manager", "IP-01, 06, 07, 08, 10", ["IP-01", "IP-06", "IP-07", "IP-08", "IP-10"], "See FIP", None, None, "", 9671,
      why="See FIP -> IP-01/06/07/08 Complete but IP-10 merged into IP-21 (On track) = open; HMICFRS Being progressed"),
    R(24, 9672, "PEEL 2018/19", D(2019, 9, 27), "Rec",
      "CoC1 R1 – immediately conduct a review of officers capabilities and capacity to manage their investigative workload, to better understand investigative demand and pressures",
      "ACC (Crime)", "D/Supt G. Rowley", "IP-01", ["IP-01"], "See FIP", None, None, "", 9672,
      why="See FIP -> IP-01 Complete = done; HMICFRS Completed"),
    R(25, 9673, "PEEL 2018/19", D(2019, 9, 27), "Rec",
      "CoC1 R2 – immediately conduct a review, involving partners, of the approach to vulnerability to better safeguard vulnerable people",
      "ACC (Crime)", "D/Supt L. Carver", "IP-06", ["IP-06"], "See FIP", None, None, "", 9673,
      why="See FIP -> IP-06 Complete = done; HMICFRS Completed"),
    R(26, 9674, "PEEL 2018/19", D(2019, 9, 27), "Rec",
      "CoC1 R3 – expand the skills project to include an assessment of all skills (not only operational) incl. future skills requirements, to inform workforce plans",
      "Dir. People", "Head of HR", "IP-10", ["IP-10"], "See FIP", None, None, "", 9674,
      why="See FIP -> IP-10 'Merged with IP-21' -> IP-21 On track = open; HMICFRS Superseded"),
    R(27, 9675, "PEEL 2018/19", D(2019, 9, 27), "Rec",
      "CoC1 R4 – agree arrangements with Warwickshire Police to secure smooth transition to future operating model, no disruption to public services",
      "DCC", "Transition Programme Manager", "IP-08", ["IP-08"], "See FIP", None, None, "", 9675,
      why="See FIP -> IP-08 Complete = done; HMICFRS Completed"),
    R(28, 9676, "PEEL 2018/19", D(2019, 9, 27), "Rec",
      "CoC1 R5 – clearly define the new operating model, ensuring all operational & support services are affordable and fit to protect the communities of West Mercia",
      "ACC (Local Policing)", "Transition Programme Manager", "IP-7", ["IP-07"], "See FIP", None, None, "", 9676,
      why="See FIP -> 'IP-7' = IP-07 Complete = done; HMICFRS Being progressed"),
    R(29, 9677, "PEEL 2018/19", D(2019, 9, 27), "Rec",
      "CoC1 R6 – improve arrangements to consult with the public about business planning and to feed back on changes made to service delivery as a result",
      "DCC", "Head of Corporate Comms", "IP-09", ["IP-09"], "See FIP", None, None, "", 9677,
      why="See FIP -> IP-09 Off track = open; HMICFRS Being progressed"),
    R(30, 9678, "PEEL 2018/19", D(2019, 9, 27), "CoC",
      "CoC 2 – force does not have the capacity or capability to investigate crime effectively; affecting the service to the public. Failings in the way crimes are investigated.",
      "ACC (Crime)", "D/Supt G. Rowley", "IP-01 to IP-04", ["IP-01", "IP-02", "IP-03", "IP-04"], "See FIP", None, None, "", 9678,
      why="See FIP -> range IP-01..IP-04 includes IP-03 On track = open; HMICFRS Being progressed"),
    R(31, 9679, "PEEL 2018/19", D(2019, 9, 27), "Rec",
      "CoC2 R1 – within 6 months ensure regular and active supervision of quality & progress of investigations, properly recorded",
      "ACC (Crime)", "D/Supt G. Rowley", "IP-02", ["IP-02"], "See FIP", None, "12/01/22", "Evidence pack sent to FLL", 9679,
      why="See FIP -> IP-02 Completed, closure submitted 12/01/22 = done; HMICFRS Being progressed"),
    R(32, 9680, "PEEL 2018/19", D(2019, 9, 27), "Rec",
      "CoC2 R2 – HMIC recommends that within twelve months the force should: improve its ability to retrieve digital evidence from mobile phones, computers & other electronic devices quickly enough to ensure investigations are not delayed",
      "ACC (Crime)", "Head of Digital Forensics", "IP-03", ["IP-03"], "See FIP", None, None, "", 9680,
      conflict="timescale", why="HMICFRS text says 'within six months', force text says 'within twelve months'"),
    R(33, 9681, "PEEL 2018/19", D(2019, 9, 27), "Rec",
      "CoC2 R3 – within 6 months improve understanding of suspects released under investigation (RUI) and management of those released on bail",
      "ACC (Crime)", "C/Insp P. Dunne", "IP-04", ["IP-04"], "Closed by HMICFRS", None, D(2020, 11, 30), "", 9681,
      why="force Closed by HMICFRS = done; HMICFRS Completed"),
    R(34, 9682, "PEEL 2018/19", D(2019, 9, 27), "AFI",
      "AFI – improve use of the crime recording & management system (Niche) to better manage case files and investigative processes",
      "ACC (Crime)", "Niche Business Lead", "IP-05", ["IP-05"], "See FIP", None, None, "", 9682,
      why="See FIP -> IP-05 'Complete - BAU' = done; HMICFRS Being progressed"),
    R(35, 9683, "PEEL 2018/19", D(2019, 9, 27), "Rec",
      "Ensure all staff have at least the lowest level of vetting clearance for their roles asap – clear the vetting backlog and renewals as they fall due so fully compliant with national vetting guidelines",
      "DCC", "Force Vetting Manager", "IP-25", ["IP-25"], "See FIP", None, None, "", 9683,
      conflict="type", why="HMICFRS lists 9683 as an area for improvement; the force records it as a Rec"),
    R(36, None, "PEEL 2018/19", "Jul-19", "Internal",
      "Force-identified (PEEL hot debrief Jul-19) – monthly QA dip sample of crime allocation decisions by CMU, results to Crime Standards Board",
      "ACC (Crime)", "CMU Manager", "IP-27", ["IP-27"], "See FIP", None, None, "Not an HMICFRS rec – own action", None,
      why="force's own action from the inspection debrief; never an HMICFRS item"),
]

ROWS_2021 = [
    R(37, None, "Disproportionate use of police powers (S&S / UoF)", "Feb-21", "National rec",
      "By July 2021, ensure officers and staff have effective communication skills in line with National Policing Guidelines on Conflict Management – in addition to existing conflict mgmt & de-escalation training",
      "ACC (Ops)", "Head of L&D", "IP-24", ["IP-24"], "See FIP", None, None, "", 10418,
      conflict="deadline", why="HMICFRS 10418 says 'By July 2022'; the force row says 'By July 2021'"),
    R(38, None, "Disproportionate use of police powers (S&S / UoF)", "Feb-21", "National rec",
      "By July 2021 ensure comms skills are reinforced in CPD for officers & staff, and supervisors supported to routinely debrief officers on these skills using BWV footage",
      "ACC (Ops)", "Head of L&D", "IP-22", ["IP-22"], "See FIP", None, None, "", 10419,
      why="See FIP -> IP-22 Complete = done; HMICFRS Awaiting review"),
    R("39a", None, "Disproportionate use of police powers (S&S / UoF)", "Feb-21", "National rec",
      "By Sept 2021 – officers record on BWV (when available) the entirety of all S&S encounters incl. traffic stops and UoF incidents",
      "ACC (Ops)", "Supt J. Morgan", "IP-19", ["IP-19"], "See FIP", None, None, "", 10420,
      why="10420 split into 39a/39b/39c; 39a IP-19 Complete but 39b/39c IP-20 Not started, so the item is open; HMICFRS Being progressed"),
    R("39b", None, "Disproportionate use of police powers (S&S / UoF)", "Feb-21", "National rec",
      "By Sept 2021 – structured process for regularly reviewing & monitoring internally a sufficient sample of BWV footage to identify & disseminate learning and hold officers to account",
      "ACC (Ops)", "Supt J. Morgan", "IP-20", ["IP-20"], "See FIP", None, None, "", 10420,
      why="part of 10420; IP-20 Not started = open; HMICFRS Being progressed"),
    R("39c", None, "Disproportionate use of police powers (S&S / UoF)", "Feb-21", "National rec",
      "By Sept 2021 – give external scrutiny panel members access to samples of BWV footage of S&S and UoF (taking account of CoP APP safeguards)",
      "ACC (Ops)", "Supt J. Morgan", "IP-20 (part)", ["IP-20"], "See FIP", None, None, "", 10420,
      why="part of 10420; IP-20 Not started = open; HMICFRS Being progressed"),
    R(40, None, "Disproportionate use of police powers (S&S / UoF)", "Feb-21", "National rec",
      "Home Office & NPCC to ensure quality of data on incidents where force used to effect a S&S is sufficient for publication; HO to publish asap",
      "ACC (Ops)", "C/Insp R. Bains", None, None, "N/A - not for force", None, None, "For HO/NPCC – noted only", None,
      why="national recommendation addressed to the Home Office and NPCC; HMICFRS does not carry it on the force's list"),
    R(41, None, "Disproportionate use of police powers (S&S / UoF)", "Feb-21", "National rec",
      "By July 2021 ensure effective internal monitoring of use of force, to identify & understand disproportionate use, explain the reasons and implement any improvement action",
      "ACC (Ops)", "Supt J. Morgan", "IP-23", ["IP-23"], "See FIP", None, None, "", 10421,
      why="See FIP -> IP-23 On track = open; HMICFRS Awaiting review"),
    R(42, None, "Disproportionate use of police powers (S&S / UoF)", "Feb-21", "National rec",
      "By July 2018, and ongoing following that date, ensure all officers who use S&S powers have been provided with, and understand, training on unconscious bias and College of Policing APP on S&S",
      "ACC (Ops)", "Head of L&D", "IP-18", ["IP-18"], "See FIP", None, None, "Added with the DU21 recs (training)", 8544,
      conflict="report", why="text is HMICFRS 8544 (PEEL: Police legitimacy 2017, 'By July 2018'); the force filed it under the 2021 Disproportionate use report"),
]

HEADING_2021 = "Added Mar-21 – Disproportionate use of police powers: A spotlight on stop and search and the use of force (HMICFRS, 26/02/21)"


def force_done(row):
    st = row["status"].strip().lower()
    if st == "see fip":
        links = row["links"]
        return bool(links) and all(fip_done(l) for l in links)
    if st in ("open", "ongoing"):
        return False
    if st in ("complete", "compete", "completed", "submitted for closure", "closed by hmicfrs", "superseded",
              "n/a - not for force"):
        return True
    raise ValueError(st)


def category(hm_status, done):
    closed = hm_status in HM_CLOSED
    if closed and done:
        return "in_sync"
    if not closed and not done:
        return "in_sync"
    if not closed and done:
        return "closeable_submit"
    return "closeable_local"


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------
def new_workbook(path, title, author):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": title, "author": author, "company": "", "created": FIXED,
                       "comments": ""})
    return wb


def build_hmicfrs(path):
    wb = new_workbook(path, "Definitive list – West Mercia Police", "HMICFRS")
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "border": 1, "text_wrap": True, "valign": "top"})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "HMICFRS monitoring – definitive list of recommendations, causes of concern and areas for improvement", bold)
    ws.write(1, 0, "Force: West Mercia Police     Extracted: 04/03/2022 (all reports still monitored; includes items closed since the last list)")
    headers = ["Force", "Reference", "Report title", "Publication date", "Type", "Recommendation / area for improvement text", "Status", "Status date"]
    ws.write_row(3, 0, headers, hdr)
    rows = {}
    r = 4
    for key, ref, rep, typ, st, sd in HM:
        title, pub = REPORTS[rep]
        ws.write(r, 0, "West Mercia Police", cell)
        ws.write_number(r, 1, ref, cell)
        ws.write(r, 2, title, cell)
        ws.write_datetime(r, 3, dt.datetime.combine(pub, dt.time()), datef)
        ws.write(r, 4, typ, cell)
        ws.write(r, 5, T[key], cell)
        ws.write(r, 6, st, cell)
        ws.write_datetime(r, 7, dt.datetime.combine(sd, dt.time()), datef)
        rows[ref] = r + 1
        r += 1
    ws.write(r + 1, 0, "%d records" % len(HM))
    ws.set_column(0, 0, 18)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 2, 45)
    ws.set_column(3, 3, 14)
    ws.set_column(4, 4, 22)
    ws.set_column(5, 5, 90)
    ws.set_column(6, 6, 20)
    ws.set_column(7, 7, 12)
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, r - 1, len(headers) - 1)
    wb.close()
    notitems = [("Definitive list!1", "title line"), ("Definitive list!2", "force name and extract date"),
                ("Definitive list!3", "blank"), ("Definitive list!4", "column headers"),
                ("Definitive list!%d" % (r + 1), "blank"), ("Definitive list!%d" % (r + 2), "record count footer ('%d records')" % len(HM))]
    return rows, notitems


def build_force(path):
    wb = new_workbook(path, "HMICFRS Recommendations Register v14", "Strategic Planning & Organisational Learning")
    title = wb.add_format({"bold": True, "font_size": 14})
    meta = wb.add_format({"italic": True, "font_color": "#595959"})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True, "valign": "top"})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    grey = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bg_color": "#D9D9D9"})
    greyd = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1, "bg_color": "#D9D9D9"})
    band = wb.add_format({"bold": True, "bg_color": "#FFF2CC", "border": 1})
    wsband = wb.add_format({"bold": True, "bg_color": "#E2EFDA", "border": 1})
    note = wb.add_format({"italic": True, "text_wrap": True})

    readme = wb.add_worksheet("Read me")
    summary = wb.add_worksheet("Summary")
    reg = wb.add_worksheet("Register")
    fip = wb.add_worksheet("FIP")
    lists = wb.add_worksheet("Lists")

    # ---- Read me -------------------------------------------------------------------------
    readme_lines = [
        ("West Mercia Police – HMICFRS Recommendations Register", title),
        ("Owner: Strategic Planning & Organisational Learning (SPOL). Queries to the Force Liaison support inbox.", None),
        ("", None),
        ("Register tab = one row per HMICFRS recommendation / AFI / cause of concern (plus a few own actions). 'No.' is our running number, not the HMICFRS reference.", None),
        ("From 01/11/2019 any rec being delivered through the Force Improvement Plan shows 'See FIP' in the Status column. Its status is the status of the FIP action(s) named in the 'FIP action(s)' column.", None),
        ("A rec is only complete when ALL of its linked FIP actions are Complete (or Complete - BAU). Where an action has been merged into another, follow it to the action it was merged into.", None),
        ("'TBC' in the FIP column = no FIP action agreed yet (so not complete).", None),
        ("Submitted for closure = we consider it complete and the evidence has gone to the HMICFRS FLL. Change to 'Closed by HMICFRS' when HMICFRS confirm.", None),
        ("Column 'RAG (pre Nov-19)' is the old RAG from the pre-FIP tracker. No longer maintained – hidden. Do not use.", None),
        ("Grey rows = closed by HMICFRS.", None),
        ("Large recs are split into a/b/c rows where different leads / FIP actions own different parts.", None),
    ]
    for i, (txt, fmt) in enumerate(readme_lines):
        if txt:
            readme.write(i, 0, txt, fmt) if fmt else readme.write(i, 0, txt)
    readme.set_column(0, 0, 150)

    # ---- Register ------------------------------------------------------------------------
    reg.write(0, 0, "HMICFRS Recommendations Register (incl. AFIs & CoCs)", title)
    reg.write(1, 0, "v14 – last updated 18/02/2022 (PC) – status of 'See FIP' rows is on the FIP tab", meta)
    headers = ["No.", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI / CoC (summary)", "Chief Officer",
               "Lead", "FIP action(s)", "Status", "RAG (pre Nov-19)", "Submitted for closure", "Comments / evidence"]
    reg.write_row(3, 0, headers, hdr)
    force_rows = []  # (excel row, row dict)
    r = 4

    def put(r, row):
        closed = row["status"] == "Closed by HMICFRS"
        f, fd = (grey, greyd) if closed else (cell, datef)

        def w(c, v):
            if v is None:
                reg.write_blank(r, c, None, f)
            elif isinstance(v, dt.date):
                reg.write_datetime(r, c, dt.datetime.combine(v, dt.time()), fd)
            elif isinstance(v, int):
                reg.write_number(r, c, v, f)
            elif isinstance(v, str) and v.isdigit():
                reg.write_number(r, c, int(v), f)
            else:
                reg.write_string(r, c, v, f)
        vals = [row["no"], row["hid"], row["rep"], row["pub"], row["typ"], row["text"], row["co"], row["lead"],
                row["fipcell"], row["status"], row["rag"], row["subm"], row["comment"] or None]
        for c, v in enumerate(vals):
            w(c, v)

    for row in ROWS_MAIN:
        put(r, row)
        force_rows.append((r + 1, row))
        r += 1
    blank1 = r + 1
    r += 1
    reg.merge_range(r, 0, r, len(headers) - 1, HEADING_2021, band)
    heading_row = r + 1
    r += 1
    for row in ROWS_2021:
        put(r, row)
        force_rows.append((r + 1, row))
        r += 1
    last_data = r
    blank2 = r + 1
    r += 1
    reg.write(r, 0, "Grey = closed by HMICFRS. Status of 'See FIP' rows: see FIP tab (all linked actions must be complete).", note)
    note_row = r + 1

    reg.set_column(0, 0, 6)
    reg.set_column(1, 1, 10)
    reg.set_column(2, 2, 24)
    reg.set_column(3, 3, 11)
    reg.set_column(4, 4, 11)
    reg.set_column(5, 5, 70)
    reg.set_column(6, 7, 18)
    reg.set_column(8, 8, 16)
    reg.set_column(9, 9, 18)
    reg.set_column(10, 10, 10, None, {"hidden": True})
    reg.set_column(11, 11, 12)
    reg.set_column(12, 12, 36)
    reg.freeze_panes(4, 1)
    reg.autofilter(3, 0, last_data - 1, len(headers) - 1)
    reg.data_validation(4, 9, last_data - 1, 9, {"validate": "list", "source": "=Lists!$A$2:$A$8", "error_type": "warning"})
    reg.activate()

    # ---- FIP -----------------------------------------------------------------------------
    fip.write(0, 0, "Force Improvement Plan (FIP) – response to PEEL 2018/19 and outstanding HMICFRS recommendations", title)
    fip.write(1, 0, "Gold: DCC   |   Plan owner: Head of Strategic Planning   |   Version 11 – 14/02/2022", meta)
    fheaders = ["Ref", "Action", "Action owner", "Target date", "Revised target", "Status", "Progress update (Feb-22)", "HMICFRS link"]
    fip.write_row(3, 0, fheaders, hdr)
    fr = 4
    fip_rows = {}
    fip_headings = []
    for wsname, refs in WS:
        fip.merge_range(fr, 0, fr, len(fheaders) - 1, wsname, wsband)
        fip_headings.append(fr + 1)
        fr += 1
        for ref in refs:
            action, owner, tgt, rev, st, upd, link = FIP[ref]
            fip.write_string(fr, 0, ref, cell)
            fip.write_string(fr, 1, action, cell)
            fip.write_string(fr, 2, owner, cell)
            fip.write_datetime(fr, 3, dt.datetime.combine(tgt, dt.time()), datef)
            if rev:
                fip.write_datetime(fr, 4, dt.datetime.combine(rev, dt.time()), datef)
            else:
                fip.write_blank(fr, 4, None, cell)
            fip.write_string(fr, 5, st, cell)
            fip.write_string(fr, 6, upd, cell)
            if link:
                fip.write_string(fr, 7, link, cell)
            else:
                fip.write_blank(fr, 7, None, cell)
            fip_rows[ref] = fr + 1
            fr += 1
    fip_last = fr
    fip.write(fr + 1, 0, "Status key: Complete / Complete - BAU = delivered. On track / Off track / Not started = open. Merged = see the action named.", note)
    fip_key_row = fr + 2
    green = wb.add_format({"bg_color": "#C6EFCE"})
    amber = wb.add_format({"bg_color": "#FFEB9C"})
    red = wb.add_format({"bg_color": "#FFC7CE"})
    rng = "F5:F%d" % fip_last
    fip.conditional_format(rng, {"type": "text", "criteria": "begins with", "value": "Complete", "format": green})
    fip.conditional_format(rng, {"type": "text", "criteria": "begins with", "value": "On track", "format": amber})
    fip.conditional_format(rng, {"type": "text", "criteria": "begins with", "value": "Off track", "format": red})
    fip.conditional_format(rng, {"type": "text", "criteria": "begins with", "value": "Not started", "format": red})
    fip.set_column(0, 0, 8)
    fip.set_column(1, 1, 70)
    fip.set_column(2, 2, 24)
    fip.set_column(3, 4, 12)
    fip.set_column(5, 5, 24)
    fip.set_column(6, 6, 50)
    fip.set_column(7, 7, 34)
    fip.freeze_panes(4, 1)

    # ---- Lists ---------------------------------------------------------------------------
    status_list = ["Status", "See FIP", "Open", "Complete", "Submitted for closure", "Closed by HMICFRS", "N/A - not for force", "Superseded"]
    type_list = ["Type", "Rec", "AFI", "CoC", "National rec", "Internal"]
    fip_list = ["FIP status", "Not started", "On track", "Off track", "Complete", "Complete - BAU", "Merged"]
    for c, lst in enumerate([status_list, type_list, fip_list]):
        for i, v in enumerate(lst):
            lists.write(i, c, v, hdr if i == 0 else None)
    lists.set_column(0, 2, 22)
    lists.hide()

    # ---- Summary (formulas with cached values) -------------------------------------------
    summary.write(0, 0, "HMICFRS register – summary", title)
    summary.write(1, 0, "Counts by Register status word (refreshes on open)", meta)
    summary.write_row(3, 0, ["Register status", "Rows"], hdr)
    all_rows = ROWS_MAIN + ROWS_2021
    srow = 4
    for s in status_list[1:]:
        n = sum(1 for x in all_rows if x["status"] == s)
        summary.write(srow, 0, s)
        summary.write_formula(srow, 1, '=COUNTIF(Register!$J:$J,A%d)' % (srow + 1), None, n)
        srow += 1
    summary.write(srow, 0, "Total", wb.add_format({"bold": True}))
    summary.write_formula(srow, 1, "=SUM(B5:B%d)" % srow, wb.add_format({"bold": True}), sum(1 for x in all_rows if x["status"] in status_list[1:]))
    srow += 2
    summary.write_row(srow, 0, ["FIP action status", "Actions"], hdr)
    srow += 1
    fsum_start = srow
    for s in ["Not started", "On track", "Off track", "Complete", "Complete - BAU", "Merged*"]:
        if s == "Merged*":
            n = sum(1 for v in FIP.values() if v[4].startswith("Merged"))
        else:
            n = sum(1 for v in FIP.values() if v[4].lower() == s.lower() or (s == "Complete" and v[4] == "Completed"))
        summary.write(srow, 0, s)
        if s == "Complete":
            summary.write_formula(srow, 1, '=COUNTIF(FIP!$F:$F,"Complete")+COUNTIF(FIP!$F:$F,"Completed")', None, n)
        else:
            summary.write_formula(srow, 1, '=COUNTIF(FIP!$F:$F,"%s")' % s, None, n)
        srow += 1
    summary.set_column(0, 0, 28)
    summary.set_column(1, 1, 10)

    wb.close()
    info = dict(blank1=blank1, heading_row=heading_row, blank2=blank2, note_row=note_row,
                fip_rows=fip_rows, fip_headings=fip_headings, fip_last=fip_last, fip_key_row=fip_key_row,
                readme_n=len(readme_lines), summary_last=srow, lists_n=len(status_list))
    return force_rows, info


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows, hm_notitems = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frows, info = build_force(os.path.join(OUT, "tracker.xlsx"))
    hm_by_ref = {ref: (key, rep, typ, st, sd) for key, ref, rep, typ, st, sd in HM}

    # item-level force status (a split item is done only if every one of its rows is done)
    by_h = {}
    for er, row in frows:
        if row["h"] is not None:
            by_h.setdefault(row["h"], []).append(row)
    truth = []
    counts = {}
    for er, row in frows:
        frow = "Register!%d" % er
        if row["h"] is None:
            cat, hrow = "not_on_hmicfrs_list", ""
        else:
            hrow = "Definitive list!%d" % hrows[row["h"]]
            if row["conflict"]:
                cat = "conflict"
            else:
                st = hm_by_ref[row["h"]][3]
                done = all(force_done(x) for x in by_h[row["h"]])
                cat = category(st, done)
        truth.append((hrow, frow, cat, row["why"]))
    for key, ref, rep, typ, st, sd in HM:
        if ref not in by_h:
            truth.append(("Definitive list!%d" % hrows[ref], "", "missing_from_force",
                          "HMICFRS %d (%s) has no row in the force register" % (ref, REPORTS[rep][0])))
    item_cats = {}
    for hrow, frow, cat, why in truth:
        counts[cat] = counts.get(cat, 0) + 1
        item_cats.setdefault(hrow or frow, cat)
    item_counts = {}
    for k, c in item_cats.items():
        item_counts[c] = item_counts.get(c, 0) + 1

    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for t in truth:
            w.writerow(t)

    write_readme(hrows, frows, info, hm_notitems, truth, counts, item_counts)
    return truth, counts, item_counts


def write_readme(hrows, frows, info, hm_notitems, truth, counts, item_counts):
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"]
    fip_rows = info["fip_rows"]
    L = []
    a = L.append
    a("# register_links_to_plan_actions\n")
    a("## The story\n")
    a("West Mercia Police, March 2022. After PEEL 2018/19 (published 27 September 2019) gave the force two causes of "
      "concern around the end of its alliance with Warwickshire Police, the Strategic Planning & Organisational Learning "
      "team stopped keeping a RAG against each recommendation in its long-running HMICFRS register. From November 2019 "
      "every recommendation delivered through the new Force Improvement Plan (FIP) carries only **\"See FIP\"** in the "
      "register's Status column, and a free-typed pointer to one or more FIP actions (`IP-01`, `IP11`, `IP-7`, "
      "`IP-11/12/13`, `IP-14 & 15`, `IP-01, 06, 07, 08, 10`, `IP-01 to IP-04`, `IP-16 - IP-18`, `IP-20 (part)`, `TBC`). "
      "The FIP is a separate tab, grouped by workstream, where one action can serve several recommendations and one "
      "recommendation can need several actions; one action has been merged into another (`Merged with IP-21 (Jun-21)`). "
      "Older items that never went into the FIP keep a plain status word. The old RAG column is still there, hidden "
      "and stale. HMICFRS's force liaison lead has sent the definitive list (extracted 04/03/2022) and the analyst must "
      "reconcile it before the Joint Audit Committee.\n")
    nfip = sum(1 for er, row in frows if row["status"] == "See FIP")
    a("The force side is a realistic, hard layout: for %d of the %d register item rows the status can only be read by "
      "resolving the FIP pointers on another sheet and applying the register's own rule (all linked actions complete).\n"
      % (nfip, len(frows)))
    a("## Files\n")
    a("### hmicfrs.xlsx — sheet `Definitive list`\n")
    a("- Row 1 title, row 2 force and extract date, row 3 blank, **row 4 header**: `Force`, `Reference`, `Report title`, "
      "`Publication date`, `Type`, `Recommendation / area for improvement text`, `Status`, `Status date`.")
    a("- **Rows 5–44: 40 items**, one row each, sorted by publication date then reference. References are plain integers "
      "unique across the register (as on the old HMICFRS register: 902, 2321, 4822, 8541 are the real ids seen there; "
      "the rest are plausible ids in the same number ranges). Dates are real Excel dates shown dd/mm/yyyy.")
    a("- Types: `Recommendation`, `Area for improvement`, `Cause of concern`, `National recommendation`.")
    a("- Statuses: open = `Awaiting review`, `Being progressed`; closed = `Completed`, `Superseded`, "
      "`No further action needed` (the slugs and comment types seen on the public register).")
    a("- Row 45 blank, row 46 footer `40 records`.\n")
    a("### tracker.xlsx — the force register (sheets in order)\n")
    a("1. `Read me` — the team's notes, including the status rule (rows 1–%d, not items)." % info["readme_n"])
    a("2. `Summary` — COUNTIF counts by register status word and by FIP status (formulas with cached values; not items).")
    a("3. **`Register` — the items.** Row 1 title, row 2 version line, row 3 blank, **row 4 header**: `No.`, `HMICFRS ID`, "
      "`Report`, `Published`, `Type`, `Recommendation / AFI / CoC (summary)`, `Chief Officer`, `Lead`, `FIP action(s)`, "
      "`Status`, `RAG (pre Nov-19)` (column K, **hidden**, stale), `Submitted for closure`, `Comments / evidence`. "
      "Items are rows 5–%d and %d–%d; row %d is blank and row %d is a merged heading `Added Mar-21 – Disproportionate use…`; "
      "row %d blank, row %d a note." % (info["blank1"] - 1, info["heading_row"] + 1, info["blank2"] - 1, info["blank1"],
                                         info["heading_row"], info["blank2"], info["note_row"]))
    a("   `No.` is the force's running number (gaps at 15 and 22 where rows were deleted; split items are `20a/20b`, "
      "`39a/39b/39c`). `HMICFRS ID` is filled for the items the force had on the 2020 list and empty for the 2021 block; "
      "one is text with a trailing space (`5589 `), one is wrong (see traps). `Published` mixes real dates and typed "
      "text (`Mar-14`, `Oct-15`, `2013`). Rows with Status `Closed by HMICFRS` are shaded grey. Status has a (warning-only) "
      "drop-down from the hidden `Lists` sheet.")
    a("4. `FIP` — the Force Improvement Plan. Row 1 title, row 2 version line, row 3 blank, row 4 header: `Ref`, `Action`, "
      "`Action owner`, `Target date`, `Revised target`, `Status`, `Progress update (Feb-22)`, `HMICFRS link`. Five merged "
      "workstream heading rows (%s) and 27 action rows `IP-01`…`IP-27` (not in numeric order). **No FIP row is an item**: "
      "the FIP supplies the status of the register rows that point at it. Row %d is a status key." %
      (", ".join(str(x) for x in info["fip_headings"]), info["fip_key_row"]))
    a("5. `Lists` (hidden) — drop-down values (not items).\n")
    a("Texts: every HMICFRS text is a real public text from `real_recommendations.csv`, verbatim. The force texts are the "
      "team's own summaries of them (abridged, `S&S`, `DA`, `CCs`, `asap`, `arrangments`, `CoC1 R3 –` prefixes). To reach "
      "40 items for one force, some force-specific texts from other forces' reports in the same series are used as West "
      "Mercia items (PEEL efficiency 2015 AFIs, PEEL effectiveness 2016 domestic abuse and missing children, the PEEL "
      "2018/19 crime-recording and vetting AFIs, a crime data integrity recommendation). The West Mercia PEEL 2018/19 "
      "causes of concern and recommendations are West Mercia's own. Report titles and dates are real.\n")
    a("## Status rules applied\n")
    a("- HMICFRS: `Awaiting review`, `Being progressed` = open; `Completed`, `Superseded`, `No further action needed` = closed.")
    a("- Force register `Status`: `Open` = open; `Complete`, `Compete` (typo), `Submitted for closure`, `Closed by HMICFRS` = done; "
      "`N/A - not for force` (only on a row not on the HMICFRS list) = not the force's.")
    a("- Force register `See FIP`: done only if **every** FIP action named in `FIP action(s)` is `Complete`, `Completed` or "
      "`Complete - BAU`; `On track`, `On Track`, `Off track`, `Not started` = open; `Merged with IP-21 (Jun-21)` is "
      "followed to IP-21. `TBC` (no action agreed) = open. This is the rule written on the tracker's own `Read me` sheet.")
    a("- Pointer reading: `IP11` and `IP-7` are IP-11 and IP-07; `IP-11/12/13` and `IP-01, 06, 07, 08, 10` list several "
      "actions; `IP-01 to IP-04` and `IP-16 - IP-18` are ranges (every action in between); `IP-14 & 15` is two actions; "
      "`IP-20 (part)` is IP-20.")
    a("- The hidden `RAG (pre Nov-19)` column is ignored (the Read me says it is no longer maintained).")
    a("- A split item (one HMICFRS item, several register rows) is done only if all its rows are done; every row gets the item's category.\n")
    a("## Traps and how the truth decides them\n")
    traps = [
        "**Status only via another sheet.** %d register rows say `See FIP`; their status is on the FIP tab. E.g. Register "
        "row for 7096 (DA victim attrition) → IP-12 `Complete` = done while HMICFRS says `Being progressed` → closeable_submit; "
        "its hidden legacy RAG says `Red`." % nfip,
        "**Many-to-many.** The PEEL 2018/19 cause of concern 1 (9671) points at five actions; four are complete but IP-10 "
        "was merged into IP-21, which is `On track` → open → in_sync with HMICFRS `Being progressed`. Cause of concern 2 "
        "(9678) points at the range `IP-01 to IP-04`, which includes IP-03 `On track` → open. The legitimacy cause of "
        "concern (8540) points at `IP-16 - IP-18`, all complete → done → closeable_submit.",
        "**Merged action.** 9674 (skills assessment) → IP-10 `Merged with IP-21 (Jun-21)` → IP-21 `On track` = open; "
        "HMICFRS `Superseded` → closeable_local.",
        "**`TBC` pointer.** 5587 (firearms licensing demand) says `See FIP` but has no action yet → open → in_sync.",
        "**Partly delivered split item.** 10420 (body-worn video, three parts) is split into 39a/39b/39c; 39a's IP-19 is "
        "complete but 39b/39c's IP-20 is `Not started` → item open → all three rows in_sync with `Being progressed`.",
        "**Missing bullet (conflict).** 8541 has three bullets; the force split it into 20a and 20b and never recorded the "
        "third (possession-only drug searches) → both rows conflict.",
        "**Timescale (conflict).** 9680: HMICFRS 'within six months', force 'within twelve months'.",
        "**Deadline (conflict).** 10418: HMICFRS 'By July 2022', force 'By July 2021' (copied from the next recommendation's date).",
        "**Type (conflict).** 9683 (vetting) is an area for improvement on the HMICFRS list, a `Rec` in the register.",
        "**Reference (conflict).** `Register!9` (No. 5): text is HMICFRS 5586 (governance of firearms licensing) but the force "
        "typed HMICFRS ID 5568; no item 5568 exists. Both sides are closed; still a conflict to correct.",
        "**Report (conflict).** `Register!49` (No. 42), filed in the 2021 'Disproportionate use' block ('Added with the DU21 recs') "
        "is the PEEL legitimacy 2017 unconscious-bias training recommendation 8544 ('By July 2018'); no HMICFRS ID "
        "in the register, match by text.",
        "**Older rows with plain status words.** `Compete` (typo) = done; `Submitted for closure` with a date = done; "
        "`Closed by HMICFRS` (grey) = done.",
        "**Not on the HMICFRS list.** A crime data integrity recommendation the force still lists as `Closed by HMICFRS`; "
        "the force's own debrief action (`Internal`, IP-27); the Disproportionate use recommendation addressed to the Home "
        "Office and NPCC (`N/A - not for force`). All three are not_on_hmicfrs_list.",
        "**Missing from force.** Integrity matters 902, Targeting the risk 5588 ('total expired' records) and PEEL "
        "legitimacy 8543 (publish the analysis annually) have no register row. FIP action IP-17 (disparity analysis & "
        "publication) arguably covers 8543's work, but the register has no row for it, so it is missing_from_force.",
        "**Rows that look like items but are not**: the merged 2021 heading in the register, FIP workstream headings and "
        "FIP action rows, the Summary counts.",
    ]
    for t in traps:
        a("- " + t)
    a("")
    a("## Counts\n")
    a("Truth lines per category (one line per force row; split items have one line per row):\n")
    a("| category | truth lines | HMICFRS items / force-only rows |")
    a("|---|---|---|")
    for c in order:
        a("| %s | %d | %d |" % (c, counts.get(c, 0), item_counts.get(c, 0)))
    a("| **total** | %d | %d |" % (sum(counts.values()), sum(item_counts.values())))
    a("\nHMICFRS items: 40 (rows 5–44). Force item rows: %d (Register). Split items: 8541 → 2 rows, 10420 → 3 rows.\n" % len(frows))
    a("## Rows that are not items\n")
    a("### hmicfrs.xlsx\n")
    for ref, what in hm_notitems:
        a("- `%s` — %s" % (ref, what))
    a("\n### tracker.xlsx\n")
    a("- `Read me!1`–`Read me!%d` — the team's notes (title, owner, status rules); row 3 blank." % info["readme_n"])
    a("- `Summary!1`–`Summary!%d` — title, subtitle, blank, two small count tables with headers and a blank row between." % info["summary_last"])
    a("- `Register!1` — title; `Register!2` — version line; `Register!3` — blank; `Register!4` — column headers.")
    a("- `Register!%d` — blank row inside the table." % info["blank1"])
    a("- `Register!%d` — merged heading 'Added Mar-21 – Disproportionate use of police powers…'." % info["heading_row"])
    a("- `Register!%d` — blank; `Register!%d` — note ('Grey = closed by HMICFRS…')." % (info["blank2"], info["note_row"]))
    a("- `FIP!1` title, `FIP!2` version line, `FIP!3` blank, `FIP!4` header; workstream headings at rows %s; "
      "rows %s hold headings and actions (action rows by IP ref: %s) — plan actions, the status source for `See FIP` rows, not items; `FIP!%d` blank; "
      "`FIP!%d` status key." % (", ".join(str(x) for x in info["fip_headings"]),
                                 "5–%d" % (info["fip_last"]),
                                 ", ".join("%s=%d" % (k, v) for k, v in sorted(info["fip_rows"].items())),
                                 info["fip_last"] + 1, info["fip_key_row"]))
    a("- `Lists!1`–`Lists!%d` (hidden) — drop-down lists for Status, Type and FIP status." % info["lists_n"])
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    t, c, ic = main()
    print(c, ic)
