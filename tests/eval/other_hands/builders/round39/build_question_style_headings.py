"""Build the evaluation case `question_style_headings`.

A force tracker kept by a non-specialist team: the column headings are plain-English
questions ("What did HMICFRS ask us to do?", "Are we there yet?"), wrapped over two lines
inside the cell.  The HMICFRS side is an ordinary definitive-list export.

Run:  /work/main/.venv/bin/python build_question_style_headings.py
Rebuilds question_style_headings/ byte for byte (fixed seed, fixed zip timestamps).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 3906
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
OUT = HERE / "question_style_headings"
FORCE = "Cumbria Constabulary"
D = dt.datetime

# --------------------------------------------------------------------------------------
# Real public HMICFRS texts (Open Government Licence), copied from
# /work/shared/data/real_recommendations.csv and reconcile/casegen/texts/*.py
# --------------------------------------------------------------------------------------
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\n"
    "This action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.")
EVERYONE_PLAN_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect. HMIC will "
    "inspect forces' progress on domestic abuse as part of its new annual all-force "
    "inspection programme. Police and crime commissioners and chief constables should be "
    "called upon to report publicly on progress, as well as to the national oversight "
    "and monitoring group.")
CDI_VICTIMS = (
    "Within six months the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.")
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual exploitation "
    "and how to respond to such cases; and • supervisors provide the correct oversight of "
    "missing person enquiries and direct appropriate and timely investigative and safeguarding "
    "action")
CUSTODY_CHILDREN = (
    "Within six months Cumbria Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")
COC_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
COC_CAPACITY = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated.")
COC_SAS = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.")
HO_NPCC_DATA = (
    "The Home Office and the NPCC should take steps to ensure that the quality of the data "
    "collected on the number of incidents where force has been used to effect a stop and "
    "search is sufficient for publication. The Home Office should publish this data as soon "
    "as possible.")

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# report key -> (HMICFRS title, publication date, tracker label, tracker "when" cell)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "Stop and Search 2013", "July 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), "Everyone's Business (DA) 2014", D(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
                  "Policing in Austerity 2014", ("mmm-yy", D(2014, 7, 1))),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", D(2014, 9, 4), "Core Business 2014", "Sept 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  "Integrity Matters 2015", "Jan 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "Stop & search powers 2", "2015"),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), "Information management (Building the Picture)", D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 "Firearms licensing 2015", "15/09/2015"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "24 Oct 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", "Nov 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12),
              "PEEL Legit 17 S&S", "Dec 2017"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)", "Feb 21"),
    "eff16": ("PEEL: Police effectiveness 2016 – Cumbria Constabulary", D(2017, 3, 2),
              "PEEL Effectiveness 2016", "March 2017"),
    "fefc17": ("PEEL: Police efficiency 2017 – Cumbria Constabulary", D(2017, 11, 9),
               "PEEL Efficiency 2017", "Nov 2017"),
    "fleg17": ("PEEL: Police legitimacy 2017 – Cumbria Constabulary", D(2017, 12, 12),
               "PEEL Legitimacy 2017", "Dec 2017"),
    "ncpi18": ("National child protection inspection 2018 – Cumbria Constabulary",
               D(2018, 6, 19), "Child protection inspection 2018", "June 2018"),
    "cdi19": ("Crime data integrity inspection 2019 – Cumbria Constabulary", D(2019, 9, 12),
              "CDI 2019", D(2019, 9, 12)),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020 – "
               "Cumbria Constabulary", D(2020, 8, 25), "Custody inspection 2020", "Aug 2020"),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cumbria "
               "Constabulary", D(2022, 5, 26), "PEEL 2021/22", "May 2022"),
    "peel25": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25 – Cumbria "
               "Constabulary", D(2024, 3, 21), "PEEL 2023/25", D(2024, 3, 21)),
}
NATIONAL_KEYS = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "firearms", "stolen", "efc17", "leg17", "powers"]
FORCE_KEYS = ["eff16", "fefc17", "fleg17", "ncpi18", "cdi19", "cust20", "peel22", "peel25"]

# --------------------------------------------------------------------------------------
# HMICFRS items: key, report, ref, type, text, status
#   status: AR Awaiting review, BP Being progressed, C Complete, S Superseded,
#           NFA No further action required
# --------------------------------------------------------------------------------------
H = [
    ("n1", "sas13", 1204, NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", "C"),
    ("n2", "sas13", 1205, NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", "C"),
    ("n3", "sas13", 1207, NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", "S"),
    ("n4", "everyone", 2321, NAT, EVERYONE_PLAN, "C"),
    ("n5", "austerity", 3310, NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", "NFA"),
    ("n6", "austerity", 3311, NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", "NFA"),
    ("n7", "austerity", 3312, NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", "NFA"),
    ("n8", "austerity", 3313, NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", "C"),
    ("n9", "core", 4822, NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "C"),
    ("n10", "core", 4823, NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "BP"),
    ("n11", "integrity", 902, NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "C"),
    ("n12", "sas15", 3874, NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", "C"),
    ("n13", "picture", 5020, NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "BP"),
    ("n14", "firearms", 5341, NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "C"),
    ("n15", "firearms", 5342, NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "BP"),
    ("n16", "firearms", 5343, NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "C"),
    ("n17", "firearms", 5344, NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "C"),
    ("n18", "firearms", 5345, NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "BP"),
    ("n19", "stolen", 8117, NAT, SF_LEADERSHIP, "BP"),
    ("n20", "stolen", 8118, NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", "BP"),
    ("n21", "stolen", 8119, NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "C"),
    ("n22", "stolen", 8120, NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "AR"),
    ("n23", "stolen", 8121, NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "BP"),
    ("n24", "stolen", 8122, NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "BP"),
    ("n25", "stolen", 8123, NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "C"),
    ("n26", "efc17", 8290, NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", "BP"),
    ("n27", "leg17", 8541, COC, COC_SAS, "C"),
    ("n28", "leg17", 8542, NAT, SAS_MONITORING_2017, "BP"),
    ("n29", "leg17", 8543, NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "BP"),
    ("n30", "leg17", 8544, NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "BP"),
    ("n31", "leg17", 8545, NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "C"),
    ("n32", "powers", 11862, NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "BP"),
    ("n33", "powers", 11863, NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "BP"),
    ("n34", "powers", 11864, NAT, BWV_2021, "BP"),
    ("n35", "powers", 11866, NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "AR"),
    # ---- force-level ----
    ("f1", "eff16", 6412, COC, COC_DA, "C"),
    ("f2", "eff16", 6413, REC, "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.", "C"),
    ("f3", "eff16", 6414, REC, "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.", "C"),
    ("f4", "eff16", 6415, REC, "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.", "S"),
    ("f5", "fefc17", 8331, AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public.", "C"),
    ("f6", "fefc17", 8332, AFI, "The force should develop its understanding of the links between its outcomes, outputs and costs.", "BP"),
    ("f7", "fefc17", 8333, AFI, "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", "C"),
    ("f8", "fleg17", 8568, AFI, "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.", "BP"),
    ("f9", "fleg17", 8569, AFI, "The force should revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue.", "C"),
    ("f10", "ncpi18", 9134, COC, COC_MISSING, "BP"),
    ("f11", "ncpi18", 9135, REC, MISSING_REC, "BP"),
    ("f12", "ncpi18", 9136, AFI, "The force should improve how it works with partner organisations to safeguard people at risk from child sexual exploitation.", "AR"),
    ("f13", "cdi19", 10233, REC, CDI_VICTIMS, "AR"),
    ("f14", "cdi19", 10234, AFI, "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.", "C"),
    ("f15", "cust20", 11027, REC, CUSTODY_CHILDREN, "BP"),
    ("f17", "peel22", 12480, AFI, "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.", "BP"),
    ("f18", "peel22", 12481, AFI, "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.", "BP"),
    ("f19", "peel22", 12482, AFI, "The force should improve its understanding of the nature and scale of county lines drug dealing in its area.", "C"),
    ("f20", "peel22", 12483, AFI, "The force should make sure victims of domestic abuse are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.", "BP"),
    ("f21", "peel22", 12484, AFI, "The force should improve the timeliness of its response to calls for service involving people with mental ill health.", "BP"),
    ("f22", "peel22", 12485, AFI, "The force should make sure it records reports of hate crime accurately and without delay.", "C"),
    ("f23", "peel22", 12486, AFI, "The force should make sure it has enough specialist capacity and capability to investigate online child sexual abuse.", "BP"),
    ("f24", "peel22", 12487, AFI, "The force should improve how it gathers, assesses and acts on intelligence about serious and organised crime.", "BP"),
    ("f25", "peel22", 12488, AFI, "The force should make sure officers and staff have the training they need to identify and respond to stalking and harassment.", "C"),
    ("f26", "peel22", 12489, AFI, "The force should evaluate its work to prevent knife crime and share what works across the force.", "S"),
    ("f27", "peel25", 14815, COC, COC_CAPACITY, "BP"),
    ("f28", "peel25", 14816, REC, "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;", "BP"),
    ("f29", "peel25", 14817, REC, "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;", "BP"),
    ("f30", "peel25", 14818, REC, "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;", "AR"),
    ("f31", "peel25", 14819, AFI, "The force should improve how it works with partner organisations to safeguard people at risk from county lines drug dealing.", "AR"),
    ("f32", "peel25", 14820, AFI, "The force should make sure its performance framework gives senior leaders a clear picture of its response to violence against women and girls.", "AR"),
    ("f33", "peel25", 14821, AFI, "The force should make sure victims of fraud are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.", "AR"),
    ("f34", "peel25", 14822, AFI, "The force should make sure it has enough specialist capacity and capability to investigate rape and serious sexual offences.", "AR"),
    ("f35", "peel25", 14823, AFI, "The force should review its approach to anti-social behaviour to make sure victims receive a consistently good service.", "AR"),
]
HSTATUS = {"AR": "Awaiting review", "BP": "Being progressed", "C": "Complete",
           "S": "Superseded", "NFA": "No further action required"}
HCOMMENT = {
    "AR": ["New recommendation"],
    "BP": ["The progress of the implementation of this recommendation is currently being "
           "monitored by HMICFRS and this record will, in due course, be updated."],
    "C": ["This recommendation is complete",
          "Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity."],
    "S": ["This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
          "inspections. Where a cause of concern still exists this will appear in the register "
          "against these subsequent inspections."],
    "NFA": ["No further action required. Follow-up assessments completed in autumn 2014."],
}
HBYKEY = {h[0]: h for h in H}

# --------------------------------------------------------------------------------------
# Force rows, in the order the team keeps them.  Fields:
#   hkey (None = not an HMICFRS item), sheet ("our"/"fin"), report key or own label,
#   type cell, text, status cell ("Are we there yet?"), progress, notes, category, why
# Split rows of one HMICFRS item share hkey.
# --------------------------------------------------------------------------------------
Y, YE, YE2, N_, NR = "Yes", "Yes – evidence sent", "Yes - evidence sent", "Nearly", "No"
F = []


def row(hkey, sheet, rep, typ, text, status, cat, why, progress=None, notes=None, ref=None,
        no=None, when=None, fill=None):
    F.append(dict(hkey=hkey, sheet=sheet, rep=rep, typ=typ, text=text, status=status,
                  cat=cat, why=why, progress=progress, notes=notes, ref=ref, no=no,
                  when=when, fill=fill))


BANNER_NAT = "REPORTS ABOUT ALL FORCES (national)"
BANNER_OWN = "REPORTS JUST ABOUT US (Cumbria)"
F.append("BANNER_NAT")
# --- sas13
row("n1", "fin", "sas13", "Rec", "CCs and College of Policing to set out in the S&S APP what fair and effective use of stop and search looks like (in line with the Code of Practice).", Y, "in_sync", "HMICFRS Complete; on the team's Finished tab, answered Yes: closed on both sides")
row("n2", "fin", "sas13", "Rec", "Chief Constables should establish or improve monitoring of the way officers stop & search people, so they can be satisfied officers are acting in accordance with the law (incl. equality legislation & the Code of Practice), and that the power is used effectively to prevent crime, catch criminals & maintain public trust.", Y, "in_sync", "HMICFRS Complete; Finished tab, Yes")
row("n3", "our", "sas13", "Rec", HBYKEY["n3"][4], N_, "closeable_local", "HMICFRS Superseded (closed); force still answers Nearly. Near-twin of the 2015 item 3874: this one says 'elected local policing bodies' and sits under Stop and Search 2013", progress="Stop and search scrutiny panel meets quarterly. Still need young people on the panel.")
# --- everyone
row("n4", "fin", "everyone", "National rec", EVERYONE_PLAN_RUN_ON, YE, "in_sync", "HMICFRS Complete; Finished tab, Yes – evidence sent. Force pasted the next paragraphs of the report onto the recommendation (run-on text)")
# --- austerity
row("n5", "fin", "austerity", None, "Review our plans to deliver savings so we keep reducing crime and protect the front line while balancing the budget (use HMIC VfM profiles).", Y, "in_sync", "HMICFRS No further action required (closed); Finished tab, Yes")
row("n7", "our", "austerity", None, "CC & PCC in forces planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they've taken the decisive action seen in many forces to maintain crime fighting capacity.", NR, "closeable_local", "HMICFRS No further action required (closed); force answers No", progress="Not sure this still applies – ask Finance.")
row("n8", "fin", "austerity", None, "Before the next spending round, review our collaboration plans – could joint working with other forces, the public or private sector give better value for money?", Y, "in_sync", "HMICFRS Complete; Finished tab, Yes; plain-English paraphrase")
# --- core
row("n9", "fin", "core", "Rec", "Give call-handlers specific, sound and comprehensible criteria to assess threat, harm and risk (deadline 31 March 2015).", Y, "in_sync", "HMICFRS Complete; Finished tab, Yes")
row("n10", "our", "core", "Rec", "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", N_, "in_sync", "HMICFRS Being progressed; force Nearly: open on both sides", progress="Problem-solving plans recorded on the new system since April. Evaluation piece with the analysts.")
# --- integrity
row("n11", "fin", "integrity", "Rec", "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in \"no further action\" are fair and free of any form of discrimination.", YE, "in_sync", "HMICFRS Complete; Finished tab, Yes – evidence sent")
# --- sas15
row("n12", "our", "sas15", "Rec", HBYKEY["n12"][4], YE2, "in_sync", "HMICFRS Complete; force Yes - evidence sent (done) though still on the open tab: closed/done on both. Near-twin of 1207 (2013): this one says 'police and crime commissioners' and sits under Stop & search powers 2", progress="Completed. Evidence submitted to HMICFRS for closure.", notes="Moved to Finished? – HMICFRS have closed it")
# --- picture
row("n13", "our", "picture", "Rec", "By 30 Nov 2015, CCs should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management goverance structure. Incl. measures so categorisation of records is regularly adjusted.", Y, "closeable_submit", "HMICFRS Being progressed; force Yes: done, submit to HMICFRS. Text abbreviated (CCs, Nov) and misspelt (goverance)", progress="Information Assurance Board reviews the audit programme every quarter.")
# --- firearms
row("n14", "fin", "firearms", "Rec", "Check how well our firearms licensing governance meets the APP standards and fix it straight away if it doesn't (3 months).", Y, "in_sync", "HMICFRS Complete; Finished tab, Yes; paraphrase")
row("n15", "our", "firearms", "Rec", HBYKEY["n15"][4], YE, "closeable_submit", "HMICFRS Being progressed; force Yes – evidence sent: done, submit/chase closure", progress="Demand review done, two extra enquiry officers funded. Evidence sent 11/06/24.")
row("n16", "our", "firearms", "Rec", "Make sure we're taking all the right action on 'total expired' firearms licensing records – immediately.", N_, "closeable_local", "HMICFRS Complete (closed); force Nearly", progress="Expired list down to 14 from 60.")
row("n17", "fin", "firearms", "Rec", "Within 3 months, make sure temporary permits follow HO guidance, are recorded without delay on NFLMS and that certificate holders can never remain in unlawful possession of a firearm.", Y, "in_sync", "HMICFRS Complete; Finished tab, Yes; abbreviations (HO, NFLMS)")
# --- stolen
row("n19", "our", "stolen", "Rec", "Within 12 months review MSHT leadership & governance so that: senior leaders prioritise the response to MSHT", Y, "in_sync", "Bullet 1 of 4 of one HMICFRS item split over four rows; item is open on the force side (bullet 3 Nearly) and Being progressed at HMICFRS", no="23a")
row("n19", "our", "stolen", None, "– every MSHT incident identified to police is allocated appropriate resources with the skills, experience & capacity to investigate it", Y, "in_sync", "Bullet 2 of 4 of the split MSHT leadership item; item open on both sides", no="23b")
row("n19", "our", "stolen", None, "– effective partnership arrangements to co-ordinate activity, share info & safeguard victims", N_, "in_sync", "Bullet 3 of 4 of the split MSHT leadership item (the one still Nearly); item open on both sides", no="23c", progress="Partnership MSHT group meets but no terms of reference yet.")
row("n19", "our", "stolen", None, "– performance & QA measures so senior leaders can assess the nature and quality of the service to victims", Y, "in_sync", "Bullet 4 of 4 of the split MSHT leadership item; item open on both sides", no="23d")
row("n20", "our", "stolen", "Rec", "Within 12 months, forces should have in place active ISAs with other agencies to speed up exchange of intelligence, safeguard victims better and identify suspects as early as possible.", N_, "conflict", "Timescale disagrees: HMICFRS says 'Within six months', force text says 'Within 12 months' (both open)", progress="ISA with the two local authorities signed; health still outstanding.")
row("n21", "fin", "stolen", "Rec", "Make sure victims who commit crimes under compulsion because of slavery or exploitation get early and continuing consideration of the section 45 defence.", Y, "in_sync", "HMICFRS Complete; Finished tab, Yes; paraphrase")
row("n22", "our", "stolen", "Rec", HBYKEY["n22"][4], YE, "closeable_submit", "HMICFRS Awaiting review (open); force Yes – evidence sent", progress="NRM SPOC in place, duty to notify in the MSHT policy. Evidence pack sent 02/05/24.")
row(None, "our", "stolen", "Our action", "Our own action: appoint a single point of contact for modern slavery in each local policing area", N_, "not_on_hmicfrs_list", "Force's own local action filed inside the Stolen Freedom block (merged report cell); HMICFRS never asked for it", notes="Added by us (MSHT board, Jan 2023)")
row("n23", "our", "stolen", "Rec", "Immediately, forces should take steps to ensure they fully comply with NCRS requirements for MSHT offences and that there is enough audit capacity for the FCR to give reassurance on gaps in crime-recording accuracy.", N_, "in_sync", "HMICFRS Being progressed; force Nearly")
row("n24", "our", "stolen", "Rec", "Make sure MSHT allegations are properly investigated and supervised by people with the right skills and experience (incl. joint intelligence teams / overseas intelligence).", NR, "in_sync", "HMICFRS Being progressed; force No: open on both; paraphrase", progress="Little work yet undertaken in this area.")
row("n25", "our", "stolen", "Rec", HBYKEY["n25"][4], N_, "closeable_local", "HMICFRS Complete (closed); force Nearly", progress="Slavery and trafficking prevention orders – 3 applied for this year.")
# --- efc17
row("n26", "our", "efc17", "Rec", "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force.", Y, "closeable_submit", "HMICFRS Being progressed; force Yes. Force dropped the second sentence, which is addressed to the Home Office/NPCC/APCC, not to forces: not a missing bullet", progress="Digital strategy 2019-22 approved by chief officers.")
# --- leg17
row("n27", "fin", "leg17", "Cause for concern", "CAUSE FOR CONCERN – forces can't show S&S is consistently reasonable and fair; over-representation of BAME (esp. black) people that many forces can't explain.", Y, "in_sync", "HMICFRS Complete; Finished tab, Yes; 'Cause for concern' = cause of concern")
row("n28", "our", "leg17", "Rec", SAS_MONITORING_2017, N_, "in_sync", "HMICFRS Being progressed; force Nearly")
row("n29", "our", "leg17", "Rec", "Where our monitoring shows disparities, show the public we've researched the reasons and taken action to reduce them.", YE, "closeable_submit", "HMICFRS Being progressed; force Yes – evidence sent; paraphrase", progress="Annual disproportionality report published on the website (Nov 23).")
row("n31", "fin", "leg17", "Rec", "By July 2018 (and ongoing) all officers who use S&S powers to have training on unconscious bias & the CoP APP on S&S.", Y, "in_sync", "HMICFRS Complete; Finished tab, Yes")
# --- powers
row("n32", "our", "powers", "Rec", "Officers & staff to have effective communication skills in line with the National Policing Guidelines on Conflict Management – on top of existing conflict management / de-escalation training. Deadline July 2022.", N_, "in_sync", "HMICFRS Being progressed; force Nearly; deadline kept (July 2022)")
row("n33", "our", "powers", "Rec", HBYKEY["n33"][4], Y, "closeable_submit", "HMICFRS Being progressed; force Yes", progress="Comms skills in the CPD days; sergeants' BWV debrief guide issued.")
row("n34", "our", "powers", "Rec", "By Sept 2021: officers record on BWV the whole of every S&S encounter, including traffic stops and use of force.", Y, "conflict", "Split row 1 of 2 of the BWV item; HMICFRS item has three parts and the force has no row for the third (external scrutiny panel access to footage): missing bullet")
row("n34", "our", "powers", None, "Structured process to regularly review a sample of BWV footage internally, share learning and hold officers to account.", N_, "conflict", "Split row 2 of 2 of the BWV item; third part (scrutiny panel access) missing on the force side")
row(None, "our", "powers", "Rec", HO_NPCC_DATA, "Not for us", "not_on_hmicfrs_list", "Real recommendation from the same report, but addressed to the Home Office and NPCC; HMICFRS does not list it against the force", progress="This one is for the Home Office and NPCC, not forces. Nothing for us to do.", when="n/a")
row("n35", "our", "powers", "Rec", "Have good internal monitoring of use of force so we can spot and explain disproportionate use and put it right.", N_, "in_sync", "HMICFRS Awaiting review; force Nearly; paraphrase")
F.append("BANNER_OWN")
# --- old PEEL legitimacy 2016 item, not on HMICFRS's list
row(None, "our", "PEEL Legitimacy 2016", "AFI", "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", N_, "not_on_hmicfrs_list", "Item from an older report (own label PEEL Legitimacy 2016, old ref 5112) that is not on the definitive list: query with HMICFRS", ref=5112, notes="This isn't on the list HMICFRS sent in March – ask Sarah (FLL)", progress="Confidential reporting line relaunched; awareness campaign planned.")
# --- eff16
row("f1", "fin", "eff16", "Cause of concern", COC_DA, Y, "in_sync", "HMICFRS Complete; Finished tab, Yes")
row("f2", "fin", "eff16", "Rec", "Effective supervision of the initial risk assessment process – specifically DASH completion in appropriate cases.", YE, "in_sync", "HMICFRS Complete; Finished tab, Yes – evidence sent")
row("f3", "our", "eff16", "Rec", "Consider ways of increasing use of arrest, ancillary orders and other powers for DA victims, to offer the best protection and bring more perpetrators to justice (immediately).", N_, "closeable_local", "HMICFRS Complete (closed); force Nearly", progress="DVPN/DVPO use up 20% on last year.")
row("f4", "our", "eff16", "Rec", HBYKEY["f4"][4], NR, "closeable_local", "HMICFRS Superseded (closed); force No", progress="Victim attrition research with the university – paused.")
# --- fefc17
row("f5", "fin", "fefc17", "AFI", "Undertake further work to gain a fuller understanding of current demand for our services and likely future changes in demand.", Y, "in_sync", "HMICFRS Complete; Finished tab, Yes")
row("f6", "fin", "fefc17", "AFI", "Understand the links between what we achieve (outcomes), what we do (outputs) and what it costs.", Y, "closeable_submit", "On the Finished tab (force done) but HMICFRS still Being progressed: submit for closure; paraphrase")
# --- fleg17
row("f8", "our", "fleg17", "AFI", HBYKEY["f8"][4], N_, "in_sync", "HMICFRS Being progressed; force Nearly. Own label 'PEEL Legitimacy 2017' is the force report, not the national 'PEEL Legit 17 S&S'", progress="Vetting backlog 212 (was 640).")
row("f9", "our", "fleg17", "AFI", "Revise approach to cautions, cannabis warnings & PNDs – clear, auditable explanation to the offender, and for victim-based crime a record that the victim's views were considered.", Y, "in_sync", "HMICFRS Complete; force Yes (still on the open tab): closed/done on both")
# --- ncpi18
row("f10", "our", "ncpi18", "Cause for concern", "Response to missing and absent children – risk assessment not always right, some children classed as 'absent' when they should have been 'missing', risk graded too low.", N_, "in_sync", "HMICFRS Being progressed; force Nearly; cause of concern heavily abridged")
row("f11", "our", "ncpi18", "Rec", HBYKEY["f11"][4], YE, "closeable_submit", "HMICFRS Being progressed; force Yes – evidence sent", progress="Absent category withdrawn; CSE training for call takers done; DS review of all medium/high missing.")
row(None, "our", "ncpi18", "Our action", "Agree an information-sharing protocol on missing children with the local authorities", Y, "not_on_hmicfrs_list", "Force's own local action inside the child protection block", notes="Our action, not HMICFRS")
row("f12", "our", "ncpi18", "AFI", "The force should improve how it works with partner organisations to safeguard people at risk from CSE.", NR, "in_sync", "HMICFRS Awaiting review; force No. Same wording pattern as 14819 (county lines, PEEL 2023/25): topic decides")
# --- cdi19 (split over five rows)
for i, t in enumerate([
        "Within 6 months – at the point of report, victims are believed",
        "Call handler / caller conversations summarised accurately in the incident log so attending officers have the full facts for crime-recording decisions",
        "Multiple crimes always recorded when described in incident records or found during other investigations",
        "Stop waiting for medical examination or video interview results before making crime-recording decisions",
        "Online crime reports triaged when received so ongoing risks to the victim or public are identified and managed"]):
    row("f13", "our", "cdi19", "Rec" if i == 0 else None, t, YE if i != 2 else Y, "closeable_submit",
        f"Bullet {i + 1} of 5 of one HMICFRS item split over five rows, all done; HMICFRS Awaiting review",
        ref=10233, progress="Evidence sent to HMICFRS 19/08/24" if i == 0 else None)
row("f14", "our", "cdi19", "AFI", "Improve our use of the crime-recording and management system to better manage case files and investigative processes.", N_, "closeable_local", "HMICFRS Complete (closed); force Nearly")
# --- cust20
row("f15", "our", "cust20", "Rec", "With children's social care, review how we manage detention of children – only detained when absolutely necessary, early assessment of need for alternative accommodation, detention certificates after charge, record all actions & decisions, quicker appropriate adult support.", None, "closeable_submit", "'Are we there yet?' left blank but the cell is shaded green and the progress says all done and evidence sent: force done; HMICFRS Being progressed", progress="All done – evidence sent to HMICFRS 04/07/24", fill="C6EFCE")
# --- peel22
row("f17", "our", "peel22", "AFI", HBYKEY["f17"][4], N_, "in_sync", "HMICFRS Being progressed; force Nearly")
row("f18", "our", "peel22", "AFI", "Improve the supervision of investigations so investigation plans are set, reviewed and recorded and victims get a consistently good service.", Y, "closeable_submit", "HMICFRS Being progressed; force Yes")
row("f19", "fin", "peel22", "AFI", "Understand the nature & scale of county lines in Cumbria.", Y, "in_sync", "HMICFRS Complete; Finished tab, Yes")
row("f20", "our", "peel22", "AFI", "Keep DA victims informed about how their case is going, in line with the Victims' Code.", NR, "in_sync", "HMICFRS Being progressed; force No. Same pattern as 14821 (fraud, PEEL 2023/25): topic decides")
row("f21", "our", "peel22", "Recommendation", HBYKEY["f21"][4], N_, "conflict", "Type disagrees: HMICFRS Area for improvement, force says Recommendation (both open)")
row("f22", "our", "peel22", "AFI", "Record hate crime reports accurately and without delay.", N_, "closeable_local", "HMICFRS Complete (closed); force Nearly")
row("f24", "our", "peel22", "AFI", HBYKEY["f24"][4], N_, "in_sync", "HMICFRS Being progressed; force Nearly")
row("f25", "fin", "peel22", "AFI", HBYKEY["f25"][4], Y, "in_sync", "HMICFRS Complete; Finished tab, Yes")
row(None, "our", "peel22", "Our action", "Deliver refresher training on stalking and harassment to all response and neighbourhood officers", N_, "not_on_hmicfrs_list", "Force's own action in the PEEL 2021/22 block; looks like 12488 (stalking training AFI, on the Finished tab) but the note says it is not an HMICFRS AFI", notes="Our action from the PEEL debrief – not an HMICFRS AFI")
row("f26", "our", "peel22", "AFI", "Evaluate our knife crime prevention work and share what works across the force.", NR, "closeable_local", "HMICFRS Superseded (closed); force No")
row("f32", "our", "peel22", "AFI", "Performance framework to give senior leaders a clear picture of our VAWG response.", N_, "conflict", "Report disagrees: HMICFRS item is from PEEL 2023–25 (Mar 2024) but the force filed it inside the merged PEEL 2021/22 block (May 2022)")
# --- peel25
row("f27", "our", "peel25", "Cause of concern", COC_CAPACITY, N_, "in_sync", "HMICFRS Being progressed; force Nearly")
row("f28", "our", "peel25", "Rec", "Within six months, the force should improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed.", N_, "in_sync", "HMICFRS Being progressed; force Nearly")
row("f29", "our", "peel25", "Rec", "Within 6 months improve our understanding of RUI suspects and the management of those released on bail.", N_, "conflict", "Reference disagrees: force records HMICFRS number 14871, the register's reference is 14817 (digits transposed); text is plainly this item", ref=14871)
row("f30", "our", "peel25", "Rec", "Within six months – regular and active supervision of the quality and progress of investigations, properly recorded.", NR, "in_sync", "HMICFRS Awaiting review; force No")
row("f31", "our", "peel25", "AFI", HBYKEY["f31"][4], N_, "in_sync", "HMICFRS Awaiting review; force Nearly")
row("f33", "our", "peel25", "AFI", "Keep fraud victims updated on progress of their case (Victims' Code).", Y, "closeable_submit", "HMICFRS Awaiting review; force Yes")
row(None, "our", "peel25", "Our action", "Dip-sample 50 rape and serious sexual offences crime reports each quarter and report findings to the Crime Standards Board", NR, "not_on_hmicfrs_list", "Force's own action in the PEEL 2023/25 block. It is about RASSO like the untracked AFI 14822 (specialist capacity), but it is a different ask and labelled as ours, so 14822 stays missing", notes="Our own action – not from HMICFRS")
row("f35", "our", "peel25", "AFI", HBYKEY["f35"][4], NR, "in_sync", "HMICFRS Awaiting review; force No")
# --- the team's other work
row(None, "our", "Internal audit (not HMICFRS)", "Audit action", "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)", Y, "not_on_hmicfrs_list", "Internal audit action the team keeps in the same sheet")
row(None, "our", "Force Improvement Plan (ours)", None, "Add hate crime measures to the monthly Force Performance pack", N_, "not_on_hmicfrs_list", "Force Improvement Plan action, not HMICFRS")

# --------------------------------------------------------------------------------------
# Fill in owners, dates, references, numbers
# --------------------------------------------------------------------------------------
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Director of Finance", "Supt Firearms Licensing", "DI Moss (MSHT)", "tbc", None]
OPEN_WHEN = ["March 2025", D(2024, 12, 31), "End of Dec", "tbc", "Q4 24/25", D(2025, 3, 31),
             "ASAP", "Summer 2025", "31/01/2025", D(2025, 6, 30), "Next inspection"]
OPEN_PROGRESS = ["Work undertaken in area but still requires development to complete.",
                 "Task & Finish group set up, meets monthly.", "Awaiting allocation.",
                 "Covered by the Vulnerability Improvement Delivery Plan; see latest update.",
                 "Update due at next Force Performance Board.", "xxx", None, None]
DONE_PROGRESS = ["Policy signed off and in place.", "Done – see closure pack on the S: drive.",
                 "Ready to move to GREEN status.", "Completed.", None]
NOTES = ["Discussed at Sept JAC", "Chased 12/09", "Owner changed in July", None, None, None,
         None, None, None, None]

owner_by_hkey: dict[str, str | None] = {}
items = [r for r in F if isinstance(r, dict)]
for r in items:
    k = r["hkey"]
    if k and k in owner_by_hkey:
        r["owner"] = owner_by_hkey[k]
    else:
        r["owner"] = rng.choice(LEADS)
        while r["sheet"] == "fin" and r["owner"] in ("tbc", None):
            r["owner"] = rng.choice(LEADS)
        if k:
            owner_by_hkey[k] = r["owner"]
    done = r["status"] is not None and r["status"].lower().startswith("yes") or r["fill"]
    if r["progress"] is None and not (r["hkey"] and r["no"] and r["no"][-1] != "a"):
        r["progress"] = rng.choice(DONE_PROGRESS if done else OPEN_PROGRESS)
    if r["when"] is None:
        if done:
            r["when"] = rng.choice(["Done", "Already done", None,
                                    D(2024, rng.randint(1, 8), rng.randint(1, 28))])
        else:
            r["when"] = rng.choice(OPEN_WHEN)
    if r["notes"] is None:
        r["notes"] = rng.choice(NOTES)
    if r["ref"] is None and r["hkey"] and rng.random() < 0.4:
        r["ref"] = HBYKEY[r["hkey"]][2] if rng.random() < 0.85 else str(HBYKEY[r["hkey"]][2])
    if r["ref"] is None and r["hkey"] is None and r["typ"] == "Our action":
        r["ref"] = "n/a – ours"
    if r["ref"] is None and r["hkey"] in ("n3",):
        r["ref"] = "tbc"
    r["done_on"] = (D(2024, rng.randint(1, 9), rng.randint(1, 28)) if r["sheet"] == "fin"
                    else None)

n = 0
for r in items:
    if r["no"] is None:
        n += 1
        r["no"] = n
    elif r["no"].endswith("a"):
        n += 1
        r["no"] = f"{n}a"
    else:
        r["no"] = f"{n}{r['no'][-1]}"

# sanity: every reference used by the force must be a real one except the planned traps
real_refs = {h[2] for h in H}
assert len(real_refs) == len(H)
assert 14871 not in real_refs and 5112 not in real_refs


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------
def report_label(rep):
    return REPORTS[rep][2] if rep in REPORTS else rep


def report_when(rep):
    if rep in REPORTS:
        return REPORTS[rep][3]
    return {"PEEL Legitimacy 2016": "Dec 2016", "Internal audit (not HMICFRS)": "2023/24"}.get(rep)


FIXED_ZIP_TIME = (2024, 10, 14, 9, 0, 0)


def save_reproducible(wb, path: Path, stamp: str):
    """Save with fixed document times and fixed zip entry times (byte-for-byte rebuild)."""
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>" + stamp.encode() + rb"\g<3>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
FILLS = {"yes": "C6EFCE", "evidence": "A9D08E", "nearly": "FFEB9C", "no": "FFC7CE",
         "not for us": "D9D9D9"}


def status_fill(s):
    if s is None:
        return None
    t = s.lower()
    if "evidence" in t:
        return FILLS["evidence"]
    if t.startswith("yes"):
        return FILLS["yes"]
    if t.startswith("nearly"):
        return FILLS["nearly"]
    if t.startswith("not for us"):
        return FILLS["not for us"]
    if t.startswith("no"):
        return FILLS["no"]
    return None


def build_hmicfrs(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    head = ["Ref", "Force", "Applies to", "Report title", "Publication date", "Type",
            "Recommendation / area for improvement", "Status", "Status date",
            "HMICFRS comment"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    hrows = sorted(H, key=lambda h: (REPORTS[h[1]][1], h[2]))
    rowmap = {}
    for i, h in enumerate(hrows, start=2):
        key, rep, ref, typ, text, st = h
        pub = REPORTS[rep][1]
        lo = pub + dt.timedelta(days=1)
        comment = rng.choice(HCOMMENT[st])
        if st == "AR" and rep == "peel25":
            sdate = D(2024, 3, 28)
        elif st == "AR":      # an older item back under review (e.g. after evidence was sent)
            sdate = D(2024, rng.randint(5, 9), rng.randint(1, 28))
            comment = ("The status of this recommendation is currently being reviewed by HMIC "
                       "and will be updated when this review is complete.")
        else:
            span = (D(2024, 9, 30) - lo).days
            sdate = lo + dt.timedelta(days=rng.randint(span // 3, span))
        ws.append([ref, FORCE, "All forces" if rep in NATIONAL_KEYS else FORCE,
                   REPORTS[rep][0], pub, typ, text, HSTATUS[st],
                   D(sdate.year, sdate.month, sdate.day), comment])
        ws.cell(i, 5).number_format = "dd/mm/yyyy"
        ws.cell(i, 9).number_format = "dd/mm/yyyy"
        ws.cell(i, 7).alignment = WRAP_TOP
        rowmap[key] = f"Definitive list!{i}"
    for col, w in zip("ABCDEFGHIJ", [8, 22, 22, 48, 14, 24, 90, 18, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:J{len(hrows) + 1}"
    wb.properties.creator = "HMICFRS"
    save_reproducible(wb, path, "2024-10-14T08:00:00Z")
    return rowmap


OUR_HEAD = ["No.", "Which inspection\nwas it?", "When did the report\ncome out?",
            "Is it a recommendation\nor an AFI?", "What number does\nHMICFRS give it?",
            "What did HMICFRS\nask us to do?", "Who owns it?", "What have we\ndone so far?",
            "Are we there yet?", "When will it\nbe done?", "Anything else we need to know?"]
FIN_HEAD = ["Old No.", "Which inspection\nwas it?", "What did HMICFRS\nask us to do?",
            "Who owned it?", "What did we do?", "Are we there yet?", "When did we\nfinish?",
            "What number does\nHMICFRS give it?"]


def put_date(cell, v):
    if isinstance(v, tuple):           # (format, datetime)
        cell.value = v[1]
        cell.number_format = v[0]
    else:
        cell.value = v
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"


def build_tracker(path: Path):
    wb = Workbook()
    rd = wb.active
    rd.title = "Read me"
    for line in [
        "HMICFRS tracker – how to use this",
        "",
        "This workbook keeps track of everything HMICFRS have asked Cumbria Constabulary to do.",
        "Each row is one thing they asked us to do. If a recommendation has bullet points you can "
        "give each bullet its own row.",
        "Fill in 'Are we there yet?' from the drop-down: Yes, Nearly, No, Yes – evidence sent, "
        "Not for us.",
        "When something is finished, cut the row and paste it on the 'Finished ones' tab.",
        "Our own actions (not from HMICFRS) can go in too – please say so in the text or the "
        "last column.",
        "Questions to the Business Improvement Team, ext 4417.",
    ]:
        rd.append([line])
    rd["A1"].font = Font(bold=True, size=14)
    rd.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Our list")
    ncol = len(OUR_HEAD)
    ws["A1"] = "HMICFRS – what they asked us to do and where we are"
    ws["A1"].font = Font(bold=True, size=16)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Cumbria Constabulary · Business Improvement Team · updated 30 September 2024 (SM)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A4"] = ("Are we there yet?   Yes = finished   ·   Nearly = most of it done   ·   "
                "No = not started or stuck   ·   Yes – evidence sent = we've sent the proof to "
                "HMICFRS   ·   Not for us = someone else has to do it")
    ws["A4"].alignment = Alignment(wrap_text=True)
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=ncol)
    ws.row_dimensions[4].height = 30
    hr = 6
    for j, h in enumerate(OUR_HEAD, start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
    ws.row_dimensions[hr].height = 34

    fin = wb.create_sheet("Finished ones")
    fin["A1"] = "Finished ones – moved here when we're done"
    fin["A1"].font = Font(bold=True, size=14)
    for j, h in enumerate(FIN_HEAD, start=1):
        c = fin.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    fin.row_dimensions[3].height = 34

    rowids = []          # (row dict, "Sheet!Row")
    r_our = hr + 1
    r_fin = 4
    blocks = []          # (report label, first row, last row) on Our list
    for r in F:
        if r in ("BANNER_NAT", "BANNER_OWN"):
            c = ws.cell(r_our, 1, BANNER_NAT if r == "BANNER_NAT" else BANNER_OWN)
            c.font = Font(bold=True, color="1F4E78")
            for j in range(1, ncol + 1):
                ws.cell(r_our, j).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r_our, start_column=1, end_row=r_our, end_column=ncol)
            r_our += 1
            continue
        label = report_label(r["rep"])
        if r["sheet"] == "our":
            i = r_our
            vals = [r["no"], label, None, r["typ"], r["ref"], r["text"], r["owner"],
                    r["progress"], r["status"], None, r["notes"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(i, j, v)
                c.alignment = WRAP_TOP
                c.border = BOX
            put_date(ws.cell(i, 3), report_when(r["rep"]))
            put_date(ws.cell(i, 10), r["when"])
            fillc = r["fill"] or status_fill(r["status"])
            if fillc:
                ws.cell(i, 9).fill = PatternFill("solid", fgColor=fillc)
            if blocks and blocks[-1][0] == label and blocks[-1][2] == i - 1:
                blocks[-1][2] = i
            else:
                blocks.append([label, i, i])
            rowids.append((r, f"Our list!{i}"))
            r_our += 1
        else:
            i = r_fin
            vals = [r["no"], label, r["text"], r["owner"], r["progress"], r["status"],
                    None, r["ref"]]
            for j, v in enumerate(vals, start=1):
                c = fin.cell(i, j, v)
                c.alignment = WRAP_TOP
                c.border = BOX
            put_date(fin.cell(i, 7), r["done_on"])
            fillc = status_fill(r["status"])
            if fillc:
                fin.cell(i, 6).fill = PatternFill("solid", fgColor=fillc)
            rowids.append((r, f"Finished ones!{i}"))
            r_fin += 1
    # merge the report and date cells over each block of the same report (as the team did)
    for label, a, b in blocks:
        if b > a:
            for col in (2, 3):
                ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
                ws.cell(a, col).alignment = Alignment(vertical="center", wrap_text=True)
    last = r_our - 1
    n_items = sum(1 for r, rid in rowids if rid.startswith("Our list"))
    n_yes = sum(1 for r, rid in rowids if rid.startswith("Our list") and r["status"]
                and r["status"].lower().startswith("yes"))
    ws.cell(last + 2, 1, f"Done so far on this tab: {n_yes} of {n_items} (as at 30/09/24). "
                         "Finished ones are on the next tab.").font = Font(italic=True)
    split_nos = [r["no"] for r in items if r["hkey"] == "n19"]
    ws.cell(last + 3, 1, "Please don't delete rows – move them to 'Finished ones' instead. "
                         f"Rows {split_nos[0]}-{split_nos[-1]} are one recommendation split into "
                         "its bullets.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJK", [6, 20, 13, 16, 14, 70, 20, 40, 14, 13, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hr + 1, 1)
    ws.auto_filter.ref = f"A{hr}:K{last}"
    for col, w in zip("ABCDEFGH", [8, 22, 70, 20, 40, 16, 12, 14]):
        fin.column_dimensions[col].width = w

    lists = wb.create_sheet("Lists")
    for v in ["Yes", "Nearly", "No", "Yes – evidence sent", "Not for us"]:
        lists.append([v])
    lists.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Lists!$A$1:$A$5", allow_blank=True,
                        showErrorMessage=False)
    ws.add_data_validation(dv)
    dv.add(f"I{hr + 1}:I{last}")
    wb.active = 1
    wb.properties.creator = "S Moore"
    save_reproducible(wb, path, "2024-09-30T16:12:00Z")
    return rowids


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hmap = build_hmicfrs(OUT / "hmicfrs.xlsx")
    rowids = build_tracker(OUT / "tracker.xlsx")
    lines = []
    matched = set()
    for r, rid in rowids:
        h = hmap[r["hkey"]] if r["hkey"] else ""
        if r["hkey"]:
            matched.add(r["hkey"])
        lines.append((h, rid, r["cat"], r["why"]))
    hrows_sorted = sorted(H, key=lambda h: (REPORTS[h[1]][1], h[2]))
    for h in hrows_sorted:
        if h[0] not in matched:
            st = HSTATUS[h[5]]
            lines.append((hmap[h[0]], "", "missing_from_force",
                          f"On the definitive list ({st}), no row on either tracker tab"))

    def sortkey(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        sheet_order = {"Our list": 0, "Finished ones": 1, "": 2}
        s = t[1].split("!")[0] if t[1] else ""
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, sheet_order[s], f)

    lines.sort(key=sortkey)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
