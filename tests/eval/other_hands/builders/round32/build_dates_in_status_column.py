"""Build the evaluation case `dates_in_status_column`.

A force tracker (xlsx) whose "Status" column mixes words and dates, as leads fill it in:
a finished item's Status holds the date it was completed/closed (a real Excel date, a date
typed as text, or "Closed 14/03/2024", "Completed Jan 2024", "Submitted 02/05/2024" ...);
an open item holds words ("In progress", "Not started", "Overdue", "Due 30/06/2025",
"Revised date 31/12/2025" ...). The HMICFRS side is a register export (xlsx).

Run:  /work/main/.venv/bin/python build_dates_in_status_column.py
Rebuilds the case folder byte for byte (fixed seed, fixed workbook metadata and zip times).

Recommendation texts are real public HMICFRS wording (Open Government Licence), copied from
/work/shared/data/real_recommendations.csv and the casegen text lists (national.py, force.py,
tracker.py). Progress updates, local actions and the force's rewordings are written here.
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
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 3206
CASE = "dates_in_status_column"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
AS_AT = dt.date(2025, 11, 14)
FORCE = "Cheshire Constabulary"
H_SHEET = "Recommendations"
F_SHEET = "HMICFRS Tracker"
F_HEADER_ROW = 5

rng = random.Random(SEED)

NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")

# ---------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS register title, publication date, the tracker's own name)
# ---------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              "2013-07-09", "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 "2014-03-27", "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", "2014-07-22",
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", "2014-09-04", "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", "2015-01-30",
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              "2015-03-24", "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                "2015-07-01", "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", "2015-09-15",
                 "Targeting the Risk (Firearms Licensing) 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", "2017-03-02", "PEEL Eff 16"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               "2017-10-24", "Stolen Freedom (MSHT) 2017"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", "2017-11-09",
               "PEEL Efficiency 17 (all forces)"),
    "efc17f": ("PEEL: Police efficiency 2017", "2017-11-09", "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", "2017-12-12",
              "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018", "2018-06-21", "NCPI 2018"),
    "cdi19": ("Crime data integrity inspection 2019", "2019-09-26", "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", "2021-02-26", "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", "2022-05-19",
               "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25", "2024-04-26",
               "PEEL 2023/25"),
}

# Tracker type words, chosen per report (different leads over the years).
FTYPE = {
    "sas13": {NAT: "National rec"}, "everyone": {NAT: "National rec"},
    "austerity": {NAT: "Recommendation"}, "core": {NAT: "National rec"},
    "integrity": {NAT: "Recommendation"}, "sas15": {NAT: "National rec"},
    "picture": {NAT: "National rec"}, "firearms": {NAT: "Rec"},
    "eff16": {REC: "Rec", COC: "CoC", AFI: "AFI"}, "stolen": {NAT: "National rec"},
    "efc17n": {NAT: "National rec"}, "efc17f": {AFI: "AFI"},
    "leg17": {NAT: "National rec", COC: "Cause for concern"},
    "ncpi18": {REC: "Recommendation", AFI: "Area for Improvement"},
    "cdi19": {REC: "Recommendation", AFI: "AFI"}, "powers": {NAT: "Recommendation"},
    "peel21": {AFI: "AFI"}, "peel23": {REC: "Recommendation", AFI: "AFI",
                                       COC: "Cause of Concern"},
}

# ---------------------------------------------------------------------------------------
# Real texts (OGL).
# ---------------------------------------------------------------------------------------
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)

CDI_STEM = "Within six months the force should put in place arrangements to ensure that:"
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed",
]
CDI_VICTIMS = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)

SAS_MON_HEAD = ("By July 2018, all police forces across England and Wales should be regularly "
                "and frequently monitoring a comprehensive set of data and information on use "
                "of stop and search powers to understand:\n")
SAS_MON_B1 = ("•the reasons for any disproportionate representation of different ethnic groups "
              "in the use of stop and search; ")
SAS_MON_B2 = ("•the extent to which find rates differ between people from different "
              "ethnicities, and across different types of searches (including separate "
              "identification of find rates for drug possession and supply-type offences); ")
SAS_MON_B3 = ("and •the prevalence of possession-only drug searches, and the extent to which "
              "these align with local or force level priorities.")
SAS_MONITORING_2017 = SAS_MON_HEAD + SAS_MON_B1 + SAS_MON_B2 + SAS_MON_B3

BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice."
)
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
    "scrutiny panels and MARAC self-assessments."
)
DETENTION = (
    "Within six months Cheshire Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)
CAUSE_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In cases "
    "where a DASH risk assessment is not completed the officer should record an assessment on "
    "the crime management system. HMIC found that officers are not consistently completing a "
    "DASH in circumstances where force policy requires that they should do so. This means that "
    "some victims of domestic abuse who may be at risk of harm are not being appropriately "
    "risk-assessed.")
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were sometimes "
    "incorrectly assessed at a lower grade. Children were incorrectly graded at a lower level "
    "and could have been exposed to an increased risk of harm.")
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual exploitation "
    "and how to respond to such cases; and • supervisors provide the correct oversight of "
    "missing person enquiries and direct appropriate and timely investigative and safeguarding "
    "action")
MSHT_INTEL_H = (
    "Within six months, forces should have in place active information-sharing agreements with "
    "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
    "victims better and to identify suspects as early as possible")

# ---------------------------------------------------------------------------------------
# The HMICFRS register: (ref, report key, type, text, status, status date)
# ---------------------------------------------------------------------------------------
H_ITEMS = [
    (611, "sas13", NAT, "Chief Constables and the College of Policing should establish in the "
     "Stop and Search Authorised Professional Practice document a clear specification of what "
     "constitutes the effective and fair exercise of stop and search powers, and guidance in "
     "this respect. This should be compliant with the Code of Practice.", "Complete",
     "2015-02-18"),
    (612, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way "
     "officers stop and search people, so that they can be satisfied their officers are acting "
     "in accordance with the law (including equality legislation and the Code of Practice), and "
     "that the power is used effectively to prevent crime, catch criminals and maintain public "
     "trust.", "Complete", "2015-02-18"),
    (613, "sas13", NAT, "Chief Constables should, in consultation with elected local policing "
     "bodies, ensure that they comply with the code of practice by explaining to the public the "
     "way stop and search powers are used in their areas and by making arrangements for stop "
     "and search records to be scrutinised by community representatives. This should be done "
     "in a way that involves those people who are stopped and searched, for example, young "
     "people.", "Superseded", "2018-03-05"),
    (2321, "everyone", NAT, EVERYONE_PLAN, "Complete", "2015-06-10"),
    (3305, "austerity", NAT, "All Chief Constables and PCCs should review their plans to "
     "deliver savings to ensure they are doing all they can to continue to reduce crime and "
     "protect the front line while balancing their budgets. They should use the data and "
     "information contained in this report, and in HMIC's Value for Money profiles, when "
     "conducting their reviews", "Complete", "2015-09-01"),
    (3306, "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less than "
     "10% of their savings through collaboration should assess whether there is scope to "
     "improve on this position. HMIC will follow up the assessments in the autumn.",
     "Complete", "2015-01-20"),
    (3307, "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce "
     "the proportion of their workforce and/or police officers on the front line should assess "
     "whether they have taken the decisive action seen in many forces in order to maintain "
     "their crime fighting capacity. HMIC will follow up the assessments in the autumn.",
     "Complete", "2015-09-01"),
    (3308, "austerity", NAT, "In preparation for the next spending round period all Chief "
     "Constables and PCCs should review their plans for collaboration. In particular they "
     "should consider whether there is scope to deliver better value for money and improved "
     "capability and capacity through joint working with other forces, the public and/or the "
     "private sector.", "Complete", "2015-09-01"),
    (4822, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and "
     "risk policy, that have not yet done so, should provide call-handlers with specific, sound "
     "and comprehensible criteria against which they can assess threat, harm and risk.",
     "Superseded", "2016-04-12"),
    (4823, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or "
     "disruption activity carried out is systematically recorded and subsequently evaluated to "
     "determine the effectiveness of tactics being employed.", "Complete", "2015-11-03"),
    (902, "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves "
     "that they have processes in place to ensure that investigations into misconduct by "
     "officers and staff resulting in “no further action” are fair and free of any form of "
     "discrimination.", "Complete", "2016-01-14"),
    (5107, "sas15", NAT, "Chief constables should, in consultation with police and crime "
     "commissioners, ensure that they comply with the Code of Practice by explaining to the "
     "public the way stop and search powers are used in their areas and by making arrangements "
     "for stop and search records to be scrutinised by community representatives. This should "
     "be done in a way that involves those people who are stopped and searched, for example "
     "young people.", "Awaiting review", "2023-03-17"),
    (5530, "picture", NAT, "By 30 November 2015, chief constables should put in place "
     "arrangements to scrutinise audits of compliance with the APP on information management "
     "through the force information management governance structure. This should include "
     "measures to ensure that categorisation of records are regularly adjusted.", "Complete",
     "2016-05-09"),
    (5872, "firearms", NAT, "Within three months, all chief constables should assess how well "
     "the governance of firearms licensing in his or her force meets the standards set out in "
     "Authorised Professional Practice. Chief constables of forces where the governance "
     "standards are not being complied with should put in place immediately the correct "
     "arrangements and procedures in order to meet the standards in full.", "Complete",
     "2016-03-01"),
    (5873, "firearms", NAT, "Within three months, all chief constables should assess the "
     "demand placed on their firearms licensing department and ensure it has the capacity to "
     "meet this demand and provide an efficient and effective service at all times.",
     "Being progressed", "2023-06-22"),
    (5874, "firearms", NAT, "Immediately, all chief constables should satisfy themselves that "
     "all appropriate action is being taken by their force with regard to ‘total expired’ "
     "licensing records.", "Complete", "2016-03-01"),
    (5875, "firearms", NAT, "Within three months, all chief constables should ensure that their "
     "arrangements in respect of the use of temporary permits are in accordance with the Home "
     "Office guidance; that temporary permits are properly recorded without delay on the "
     "National Firearms Licensing Management System; and that effective systems exist to "
     "ensure certificate holders are not permitted, at any time, to remain in unlawful "
     "possession of a firearm.", "Complete", "2019-10-08"),
    (5876, "firearms", NAT, "Within three months, all chief constables should ensure that "
     "systems designed to identify, prior to police attendance, whether a reported incident "
     "involves or is at the address of a firearm certificate holder are in place and are always "
     "applied by staff dispatching officers to incidents; and that officers understand the risk "
     "assessment which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "Being progressed",
     "2024-11-05"),
    (7140, "eff16", COC, CAUSE_DA, "Superseded", "2022-06-14"),
    (7141, "eff16", REC, "To address this cause of concern, HMIC recommends the force should "
     "immediately take steps to ensure that there is effective supervision of the initial risk "
     "assessment process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", "Complete", "2018-07-30"),
    (7142, "eff16", REC, "In order to improve the service it provides to victims of domestic "
     "abuse, offer the best possible protection and bring more perpetrators to justice, the "
     "force should immediately consider ways of increasing the use of arrest, ancillary orders "
     "and other available powers.", "Being progressed", "2023-09-12"),
    (7143, "eff16", COC, CAUSE_MISSING, "Superseded", "2022-06-14"),
    (7144, "eff16", REC, MISSING_REC, "Complete", "2019-01-22"),
    (7145, "eff16", AFI, "The force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.",
     "Being progressed", "2025-05-20"),
    (8310, "stolen", NAT, SF_LEADERSHIP, "Being progressed", "2024-05-02"),
    (8311, "stolen", NAT, MSHT_INTEL_H, "Being progressed", "2024-05-02"),
    (8312, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out "
     "criminal acts under compulsion attributable to slavery or exploitation are afforded the "
     "protection of early and continuing consideration of the applicability of the section 45 "
     "defence.", "Complete", "2018-09-04"),
    (8313, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully "
     "compliant with the NRM process as it evolves and are implementing the requirement placed "
     "upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual "
     "suspected to be an adult victim of modern slavery or human trafficking.", "Complete",
     "2020-02-11"),
    (8314, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply "
     "with national crime recording standard (NCRS) requirements for offences identified as "
     "modern slavery and human trafficking and that sufficient audit capacity is available to "
     "the force crime registrar to provide reassurance that each force is identifying and "
     "managing any gaps in its crime-recording accuracy for these types of offences.",
     "Awaiting review", "2024-05-02"),
    (8315, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of "
     "modern slavery and human trafficking are thoroughly investigated and effectively "
     "supervised by teams and individuals with the skills and experience to undertake them "
     "(this should include the use where appropriate of joint intelligence teams and other "
     "means to obtain intelligence and evidence from agencies overseas).", "Being progressed",
     "2024-05-02"),
    (8316, "stolen", NAT, "Immediately, forces should review their use of preventative powers "
     "under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
     "of those deemed to pose a clear threat to others in respect of modern slavery and human "
     "trafficking offences are exploited.", "Being progressed", "2024-05-02"),
    (8455, "efc17n", NAT, "By September 2018, chief constables should produce an ambitious plan "
     "to improve digitally-enabled services within their force. The Home Office, National "
     "Police Chiefs' Council and Association of Police and Crime Commissioners should support "
     "the development of these plans by establishing a national framework which allows for the "
     "provision of digitally enabled services across force boundaries.", "Complete",
     "2019-06-18"),
    (8460, "efc17f", AFI, "Cheshire Constabulary should undertake further work to gain a fuller "
     "understanding of current demand for its services, and likely future changes in demand. "
     "This is so it can make best use of its resources by matching them to demand to meet the "
     "needs of the public.", "Complete", "2019-07-02"),
    (8461, "efc17f", AFI, "The force should develop its understanding of the links between its "
     "outcomes, outputs and costs.", "Being progressed", "2025-02-04"),
    (8462, "efc17f", AFI, "The force should develop a future workforce plan that is aligned "
     "with its overall demand and budget. The plan should include future resource allocations, "
     "the mix of skills required by the workforce and behaviours expected of them.",
     "Being progressed", "2025-02-04"),
    (8541, "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the "
     "use of stop and search powers is consistently reasonable and fair. In particular, there "
     "is over-representation of BAME people, and black people in particular, in stop and "
     "search data which many forces are unable to explain.", "Superseded", "2022-06-30"),
    (8542, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", "2024-10-15"),
    (8543, "leg17", NAT, "Where forces identify disparities through monitoring, they should "
     "demonstrate to the public that they have:\n•carried out research and analysis in an "
     "attempt to understand the reasons for the disparity, and •taken action to reduce the "
     "disparity, where necessary;", "Complete", "2021-03-09"),
    (8544, "leg17", NAT, "We expect forces to publish this analysis and any actions taken at "
     "least on an annual basis, from July 2018.", "Being progressed", "2024-10-15"),
    (8545, "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure "
     "that all officers who use stop and search powers have been provided with, and understand, "
     "training on unconscious bias and College of Policing APP on stop and search.", "Complete",
     "2023-01-31"),
    (9020, "ncpi18", REC, DETENTION, "Awaiting review", "2025-11-03"),
    (9021, "ncpi18", AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", "Complete", "2020-06-09"),
    (9022, "ncpi18", AFI, "The force should make sure officers and staff have the training they "
     "need to identify and respond to online child sexual abuse.", "Being progressed",
     "2024-09-10"),
    (10416, "cdi19", REC, CDI_VICTIMS, "Being progressed", "2025-03-11"),
    (10417, "cdi19", REC, "Within three months, the force should take steps to ensure it fully "
     "complies with national crime recording standard (NCRS) requirements for offences "
     "identified as modern slavery and human trafficking.", "Complete", "2021-05-25"),
    (10418, "cdi19", AFI, "The force should make sure it records reports of stalking and "
     "harassment accurately and without delay.", "Being progressed", "2023-04-18"),
    (10419, "cdi19", AFI, "The force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Complete", "2021-04-20"),
    (12210, "powers", NAT, "By July 2022, forces should ensure that officers and staff have "
     "effective communication skills, in line with the National Policing Guidelines on Conflict "
     "Management. This should be in addition to existing training on conflict management and "
     "de-escalation.", "Being progressed", "2025-01-14"),
    (12211, "powers", NAT, "By July 2021, forces should ensure that communication skills are "
     "reinforced as part of the programme of continuing professional development for officers "
     "and staff, and that supervisors are supported to routinely and frequently debrief "
     "officers on these skills using body-worn video footage.", "Complete", "2022-01-25"),
    (12212, "powers", NAT, BWV_2021, "Being progressed", "2022-11-08"),
    (12213, "powers", NAT, "By July 2021, forces should ensure they have effective internal "
     "monitoring processes on the use of force, to help them to identify and understand "
     "disproportionate use, explain the reasons and implement any necessary improvement "
     "action.", "Being progressed", "2022-11-08"),
    (13501, "peel21", AFI, "The force should improve the timeliness of its response to calls "
     "for service involving domestic abuse.", "Being progressed", "2025-06-03"),
    (13502, "peel21", AFI, "The force should make sure victims of rape and serious sexual "
     "offences are kept informed about the progress of their case, in line with the Code of "
     "Practice for Victims of Crime.", "Complete", "2024-03-19"),
    (13503, "peel21", AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", "Being progressed", "2023-10-10"),
    (13504, "peel21", AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about county lines drug dealing.", "Being progressed", "2025-06-03"),
    (13505, "peel21", AFI, "The force should make sure it provides a confidential way for staff "
     "to raise concerns and that staff are aware of whistleblowing processes.", "Complete",
     "2024-12-02"),
    (13506, "peel21", AFI, "The force should review how it gathers and uses equality and "
     "diversity data to improve its understanding of its workforce demographics.",
     "Being progressed", "2025-06-03"),
    (13507, "peel21", AFI, "The force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to violence against women and girls.",
     "Awaiting review", "2025-09-23"),
    (13508, "peel21", AFI, "The force should develop a problem-solving approach to anti-social "
     "behaviour, working with local communities and partners.", "Complete", "2023-09-05"),
    (15881, "peel23", COC, "The force does not have the capacity or capability to investigate "
     "crime effectively and this is affecting the service being provided to the public. There "
     "are failings in the way that crimes are being investigated.", "Being progressed",
     "2025-09-23"),
    (15882, "peel23", REC, "Within six months the force should ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded.", "Being progressed", "2025-09-23"),
    (15883, "peel23", REC, "Within six months the force should improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed.", "Being progressed", "2025-09-23"),
    (15884, "peel23", AFI, "The force should improve its understanding of suspects released "
     "under investigation and the management of those released on bail.", "Being progressed",
     "2025-09-23"),
    (15885, "peel23", AFI, "The force should make sure all processes in place to support "
     "performance management are effective.", "Awaiting review", "2024-04-26"),
    (15886, "peel23", AFI, "The force should make sure it has access to accurate data and "
     "analysis to support effective performance management.", "Awaiting review", "2024-04-26"),
    (15887, "peel23", AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from honour-based abuse.", "Awaiting review", "2024-04-26"),
    (15888, "peel23", AFI, "The force should make sure investigations of fraud are allocated to "
     "officers with the right skills and are effectively supervised.", "Being progressed",
     "2025-09-23"),
    (15889, "peel23", AFI, "The force should improve the way it manages the risk posed by "
     "offenders involved in online child sexual abuse.", "Complete", "2025-10-21"),
    (15890, "peel23", AFI, "The force should review its approach to hate crime to make sure "
     "victims receive a consistently good service.", "Being progressed", "2025-09-23"),
    (15891, "peel23", AFI, "The force should make sure it consistently uses ancillary orders and "
     "other powers to protect victims of stalking and harassment.", "Awaiting review",
     "2024-04-26"),
    (15892, "peel23", AFI, "The force should evaluate its work to prevent knife crime and share "
     "what works across the force.", "Awaiting review", "2024-04-26"),
    (15893, "peel23", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving people with mental ill health.", "Awaiting review", "2024-04-26"),
]
H_CLOSED = {"Complete", "Superseded"}

# ---------------------------------------------------------------------------------------
# Force rows. Status spec: "XL:yyyy-mm-dd[:fmt]" = a real Excel date; "" = blank; else text.
# ---------------------------------------------------------------------------------------
DONE_UPDATES = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Action complete - evidence pack held by Organisational Learning.",
    "Signed off by the chief officer lead; closure report noted at Force Assurance Board.",
    "Implemented and now business as usual. Monitored through the Performance Board.",
    "Policy revised and published; dip-sample confirmed compliance. Closure agreed.",
    "Completed within timescale. Closure report presented to the Joint Audit Committee.",
]
OPEN_UPDATES = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; project plan drafted and with the lead for sign off.",
    "Progress report due to Force Assurance Board in December.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Some progress made but resourcing pressures have delayed delivery.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
]


LEAD_RULES = [
    ("digital evidence", "Det Ch Supt Force CID"), ("online reports", "Force Crime Registrar"),
    ("always recorded", "Force Crime Registrar"), ("rape", "Ch Supt Public Protection"),
    ("honour", "Ch Supt Public Protection"), ("county lines", "Head of Intelligence"),
    ("slavery", "Det Ch Supt Force CID"), ("licensing", "Supt Firearms Licensing"),
    ("DASH", "Ch Supt Public Protection"),
    ("firearm", "Supt Firearms Licensing"), ("detention", "Ch Insp Custody"),
    ("misconduct", "Head of Professional Standards"), ("NCRS", "Force Crime Registrar"),
    ("crime-record", "Force Crime Registrar"), ("records reports", "Force Crime Registrar"),
    ("victims are believed", "Force Crime Registrar"), ("stop and search", "ACC Local Policing"),
    ("S&S", "ACC Local Policing"), ("body-worn", "ACC Local Policing"),
    ("communication skills", "Head of Learning & Development"),
    ("information management", "Head of Information Management"),
    ("modern slavery", "Det Ch Supt Force CID"), ("MSHT", "Det Ch Supt Force CID"),
    ("domestic abuse", "Ch Supt Public Protection"), ("missing", "Ch Supt Public Protection"),
    ("child", "Ch Supt Public Protection"), ("stalking", "Ch Supt Public Protection"),
    ("workforce", "Director of People"), ("staff to raise", "Director of People"),
    ("savings", "Director of Finance"), ("costs", "Director of Finance"),
    ("digital", "Head of Corporate Development"), ("performance", "Head of Corporate Development"),
    ("demand", "Head of Corporate Development"), ("call-handlers", "Supt Contact Centre"),
    ("intelligence", "Head of Intelligence"), ("investigat", "Det Ch Supt Force CID"),
    ("released under", "Head of Criminal Justice"), ("hate crime", "ACC Local Policing"),
    ("anti-social", "ACC Local Policing"), ("fraud", "Det Ch Supt Force CID"),
    ("knife", "ACC Local Policing"), ("violence against women", "ACC Crime"),
    ("crime prevention", "ACC Local Policing"), ("collaboration", "DCC"),
    ("front line", "DCC"), ("disparit", "ACC Local Policing"), ("consult", "Head of Corporate Development"),
]


def lead_for(text: str) -> str | None:
    for key, lead in LEAD_RULES:
        if key.lower() in text.lower():
            return lead
    return "DCC"


def F(ref, st, tg=None, up=None, *, cat=None, why=None, text=None, fref="same", rep=None,
      ftype=None, op=None, lead=None):
    """A force row paired with HMICFRS item `ref` (None: a force-only row)."""
    return dict(ref=ref, st=st, tg=tg, up=up, cat=cat, why=why, text=text, fref=fref, rep=rep,
                ftype=ftype, op=op, lead=lead)


# Force rows in the tracker's own order. `cat` is given only where it is not the plain
# status reduction (conflicts, force-only rows); the builder asserts the rest.
F_ROWS = [
    F(611, "Complete", "No deadline set by HMICFRS", op="v"),
    F(612, "XL:2014-11-30", "XL:2014-03-31",
      "Stop and search monitoring dashboard in place and reviewed monthly at the S&S board."),
    F(613, "In progress", "XL:2014-03-31",
      "Stop and search scrutiny panel relaunched with the OPCC; terms of reference being "
      "refreshed to include young people's panel.", op="abbr"),
    F(2321, "Closed 30/09/2014", "XL:2014-09-30",
      "DA action plan published on force website 29/09/2014.", fref=None),
    F(3305, "XL:2015-03-31", None, None),
    F(3306, "Completed Nov 2014", None, None, fref=None),
    F(3307, "Ongoing", None, "Addressed holistically as part of the force change programme."),
    F(4822, "31/03/2015", "31/03/2015",
      "THRIVE criteria introduced in the control room and call-handler training delivered."),
    F(4823, "XL:2015-06-12", "XL:2015-03-31", None, op="stem"),
    F(902, "Signed off 28.08.15", "XL:2015-08-31",
      "PSD review of NFA outcomes completed; no disproportionality found. Report to DCC."),
    F(5107, "Submitted 17/03/2023", None,
      "Community scrutiny panel reviews BWV and records quarterly; evidence submitted to "
      "HMICFRS for closure, awaiting their review.", op="abbr"),
    F(5530, "XL:2016-01-31:mmm-yy", "XL:2015-11-30", None),
    F(5872, "Complete - 11/12/2015", "XL:2015-12-15", None),
    F(5873, "XL:2024-02-29", "XL:2015-12-15",
      "Licensing demand review completed; four additional licensing staff recruited and "
      "backlog cleared by Feb 2024.", op="v"),
    F(5874, "XL:2015-10-02", "XL:2015-09-15", None),
    F(5875, "Overdue", "XL:2019-06-30",
      "Temporary permit process with the licensing manager; NFLMS recording audit still to be "
      "completed."),
    # PEEL: Police legitimacy 2016: an old force item no longer on the HMICFRS list
    F(None, "Closed 19/09/2018", "XL:2017-12-31",
      "Misconduct outcomes reviewed by PSD with the Independent Advisory Group.",
      cat="not_on_hmicfrs_list", fref=7402, rep="PEEL Legitimacy 2016", ftype="AFI",
      text="The force should satisfy itself that it has processes in place to ensure that "
           "investigations into misconduct by officers and staff resulting in “no further "
           "action” are fair and free of any form of discrimination.",
      why="ref 7402 (PEEL Legitimacy 2016) is not on the HMICFRS list; its text echoes 902 "
          "(Integrity matters) but 902 has its own force row; query with HMICFRS"),
    F(None, "In progress", "No deadline set by HMICFRS",
      "Awaiting HMICFRS confirmation whether this is still open - query raised 02/10/2025.",
      cat="not_on_hmicfrs_list", fref=7388, rep="PEEL Efficiency 2016", ftype="AFI",
      text="The force should improve its arrangements both to consult with the public about "
           "business planning and to feed back on changes made to service delivery as a "
           "result of such consultation.",
      why="ref 7388 (PEEL Efficiency 2016) is not on the HMICFRS list"),
    F(7140, "Closed 14/06/2022", None,
      "Superseded by PEEL 2021/22 - HMICFRS confirmed DA no longer a cause of concern.",
      op="v"),
    F(7141, "XL:2018-05-21", "XL:2017-03-31", None),
    F(7142, "Completed Jan 2024", "XL:2017-09-30",
      "Arrest rate and DVPN/DVPO use now reported monthly; sustained improvement since 2023. "
      "Closure evidence being sent to HMICFRS.", op="stem"),
    F(7143, "Revised date 31/12/2025", "XL:2017-09-30",
      "Missing persons improvement plan still running; final audit of absent/missing grading "
      "scheduled for December."),
    F(7144, "17/08/2018", "XL:2017-09-30", None),
    F(7145, "In progress", "No deadline set by HMICFRS", None, op="v"),
    # Stolen freedom: 8310 split one row per bullet
    F(8310, "XL:2023-06-30", "XL:2018-10-24",
      "MSHT gold group chaired by ACC Crime since 2019; MSHT priority in control strategy.",
      text=SF_STEM + " (a) " + SF_BULLETS[0]),
    F(8310, "Completed Nov 2023", "XL:2018-10-24",
      "All MSHT crimes allocated to the Complex Crime Unit.",
      text="(b) " + SF_BULLETS[1]),
    F(8310, "31/01/2024", "XL:2018-10-24",
      "Partnership MSHT network in place with the local authorities and the NGO sector.",
      text="(c) " + SF_BULLETS[2]),
    F(8310, "Submitted 02/05/2024", "XL:2018-10-24",
      "Victim QA framework live; whole recommendation submitted to HMICFRS for closure "
      "02/05/2024.", text="(d) " + SF_BULLETS[3]),
    F(8311, "Due 30/06/2025", "XL:2019-10-24",
      "ISAs drafted with two of the three local authorities; one still to sign.",
      cat="conflict", fref=None,
      text="Within twelve months, forces should have in place active ISAs with other agencies "
           "to facilitate speedy exchange of intelligence and in order to safeguard victims "
           "better and to identify suspects as early as possible.",
      why="timescale differs: HMICFRS 'Within six months', tracker 'Within twelve months' "
          "(status: both open)"),
    F(8312, "XL:2018-04-30", "XL:2017-10-24", None),
    F(8313, "Due 31/03/2026", "XL:2017-10-24",
      "NRM first-responder training being refreshed for all frontline staff.", op="abbr"),
    F(8314, "Submitted 02/05/2024", "XL:2017-10-24",
      "FCR audit of MSHT crimes showed 97% compliance; submitted for closure.", op="abbr"),
    F(8315, "Overdue", "XL:2018-04-30",
      "Complex Crime Unit capacity review delayed; revised plan to Crime Board."),
    F(8316, "In progress", "XL:2018-04-30", None),
    F(8455, "XL:2019-03-31:d mmm yyyy", "XL:2018-09-30",
      "Digital strategy 2019-22 approved by Chief Officer Group.", op="v"),
    F(8460, "Closed by JAC 21/06/2019", "No deadline set by HMICFRS",
      "Demand model completed and used in FMS 2019.", op="v"),
    F(8461, "In progress", "No deadline set by HMICFRS",
      "Activity-based costing work with Finance; first cut due Q4.", cat="conflict",
      fref=8416, op="v",
      why="reference differs: tracker 8416 (not on the list) for HMICFRS 8461, same report "
          "and text; reference transposed (status: both open)"),
    F(8462, "Proposed for closure 12/08/2025", "No deadline set by HMICFRS",
      "Strategic Workforce Plan 2025-28 agreed by Chief Officer Group.", op="v"),
    F(8541, "Superseded by PEEL 2021/22 - closed 30/06/2022", None,
      "HMICFRS closed as superseded; S&S now inspected under PEEL 2021/22."),
    F(8542, "XL:2019-07-31", "XL:2018-07-31",
      "Monthly disproportionality dashboard in place, scrutinised by the S&S board.",
      cat="conflict",
      text=(SAS_MON_HEAD + SAS_MON_B1 + SAS_MON_B2).rstrip().rstrip(";") + ".",
      why="missing bullet: tracker text omits the third bullet (possession-only drug "
          "searches); (status: HMICFRS open, force done)"),
    F(8543, "Closed", None, None),
    F(8544, "Ongoing", "Annual", "Annual S&S report published each July on the force website."),
    F(8545, "In progress", "XL:2018-07-31",
      "Unconscious bias input being rewritten for the new S&S e-learning."),
    F(9020, "XL:2025-10-31", "XL:2018-12-21",
      "Joint custody protocol with children's services signed; appropriate adult contract "
      "re-tendered. Evidence sent to HMICFRS 31/10/2025.", op="v"),
    F(9021, "Completed Mar 2020", "No deadline set by HMICFRS", None),
    F(9022, "", "No deadline set by HMICFRS", "Awaiting allocation.", lead="none"),
    # CDI 2019: 10416 split one row per bullet, numbered 10416.1 ...
    F(10416, "XL:2020-03-31", "XL:2020-03-26", None, fref="10416.1",
      text=CDI_STEM + " " + CDI_BULLETS[0].rstrip(";")),
    F(10416, "Closed 30/11/2020", "XL:2020-03-26", None, fref="10416.2",
      text=CDI_BULLETS[1].rstrip(";")),
    F(10416, "Complete", "XL:2020-03-26", None, fref="10416.3",
      text=CDI_BULLETS[2].rstrip(";")),
    F(10416, "28/02/2021", "XL:2020-03-26", None, fref="10416.4",
      text=CDI_BULLETS[3].replace("; and", "")),
    F(10416, "Revised date 31/03/2026", "XL:2020-03-26",
      "Online crime reporting triage depends on the new digital front counter (go-live Q1 "
      "2026).", fref="10416.5", text=CDI_BULLETS[4]),
    F(10417, "Due 30/09/2020", "XL:2019-12-26",
      "FCR audit of MSHT recording scheduled.", op="v"),
    F(10418, "XL:2023-11-30", "XL:2023-11-30",
      "Completed on target; stalking recording audit shows 96% compliance. Evidence pack "
      "with the Force Crime Registrar."),
    F(10419, "XL:2021-02-26", "No deadline set by HMICFRS", None),
    F(None, "In progress", "XL:2026-03-31",
      "First two quarters' dip-samples completed; findings to Crime Standards Board.",
      cat="not_on_hmicfrs_list", fref=None, rep="CDI 2019", ftype="Local action",
      text="Internal audit action: Dip-sample 50 domestic abuse crime reports each quarter and "
           "report findings to the Crime Standards Board",
      why="force's own internal-audit action added under the CDI 2019 block; no HMICFRS item"),
    F(12210, "On track", "XL:2022-07-31",
      "Conflict management refresher in the 2025/26 officer safety training cycle."),
    F(12211, "Submitted 14/10/2021", "XL:2021-07-31", None),
    F(12212, "09/05/2023", "XL:2021-09-30",
      "BWV policy mandates recording of all S&S; monthly supervisory review; scrutiny panel "
      "given footage access from May 2023.", fref=None),
    F(13501, "Overdue", "XL:2023-03-31",
      "Response times to DA incidents still below target; new demand model goes live "
      "December."),
    F(13502, "XL:2024-01-15", "No deadline set by HMICFRS", None),
    F(13503, "Closed 14/03/2024", "No deadline set by HMICFRS",
      "Two additional POLIT investigators and a digital media investigator in post. Closure "
      "agreed at Force Assurance Board 14/03/2024."),
    F(13505, "Extension agreed to 30/09/2025", "XL:2023-03-31",
      "Confidential reporting line re-procured; comms campaign slipped."),
    F(13506, "Revised date 31/12/2025", "XL:2023-09-30",
      "HR system upgrade needed before E&D data can be reported by rank and grade."),
    F(13507, "Complete", "XL:2023-09-30",
      "VAWG measures added to the Force Performance pack from April 2025."),
    F(13508, "Completed Jun 2023", "No deadline set by HMICFRS", None),
    F(15881, "In progress", "XL:2024-10-26",
      "Investigation Improvement Board in place; monthly report to HMICFRS liaison lead."),
    F(15882, "Due 31/10/2025", "XL:2024-10-26",
      "Supervisory review compliance at 82%; new audit due."),
    F(15883, "XL:2026-03-31", "XL:2026-03-31",
      "DFU capacity bid approved; new kiosks go live by end of March 2026."),
    F(15884, "Submitted 01/09/2025", "XL:2025-04-30",
      "RUI/bail management review completed and new oversight process live."),
    F(15885, "Not started", "XL:2025-04-30", "Awaiting allocation."),
    F(15886, "XL:2025-07-31", "XL:2025-04-30",
      "Data quality team in post; Power BI performance products signed off."),
    F(13504, "In progress", "XL:2025-04-30",
      "County lines intelligence collection plan refreshed; analyst post being recruited.",
      cat="conflict", rep="PEEL 2023/25",
      why="report differs: HMICFRS lists 13504 under PEEL 2021/22, the tracker files it under "
          "PEEL 2023/25 (status: both open)"),
    F(15887, "Not started", "XL:2025-04-30", "Awaiting allocation.", cat="conflict",
      ftype="Recommendation",
      why="type differs: HMICFRS area for improvement, tracker 'Recommendation' "
          "(status: both open)"),
    F(15888, "In progress", "XL:2025-04-30", None),
    F(15889, "On track", "XL:2025-10-31",
      "RSO/OCSA offender management review in progress with the MOSOVO team."),
    F(15890, "Closed 03/10/2025", "XL:2025-10-31",
      "Hate crime victim service review completed; call-back process live."),
    F(15891, "Due 31/01/2026", "XL:2026-01-31", None),
    F(None, "XL:2025-06-30", "XL:2025-06-30", "SPOCs appointed in all three LPAs.",
      cat="not_on_hmicfrs_list", fref=None, rep="PEEL 2023/25", ftype="Local action",
      text="Force improvement plan: Appoint a single point of contact for fraud in each local "
           "policing area",
      why="force's own improvement-plan action filed in the PEEL 2023/25 block; no HMICFRS "
          "item"),
    "BLANK",
    "HEADING:Force local actions (not on the HMICFRS register)",
    F(None, "Closed 22/01/2025", "XL:2024-12-31", "Revised policy approved by FET.",
      cat="not_on_hmicfrs_list", fref=None, rep="Local", ftype="Local action",
      text="Task & Finish group to review the stalking and harassment policy and report to the "
           "Force Executive Team",
      why="local action under the force's own local-actions heading"),
    F(None, "In progress", "XL:2026-01-31", None,
      cat="not_on_hmicfrs_list", fref=None, rep="Local", ftype="Local action",
      text="Add violence against women and girls measures to the monthly Force Performance pack",
      why="local action under the force's own local-actions heading"),
    F(None, "Due 31/12/2025", "XL:2025-12-31",
      "Draft protocol with Cheshire East and Cheshire West & Chester legal teams.",
      cat="not_on_hmicfrs_list", fref=None, rep="Local", ftype="Local action",
      text="JAC action: Agree an information-sharing protocol on missing children with the "
           "local authorities",
      why="local action (JAC) under the force's own local-actions heading"),
    F(None, "XL:2024-09-30", "XL:2024-09-30", "Problem profile refreshed and adopted.",
      cat="not_on_hmicfrs_list", fref=None, rep="Local", ftype="Local action",
      text="Refresh the county lines drug dealing problem profile and add it to the control "
           "strategy",
      why="local action under the force's own local-actions heading"),
]
MISSING = {3308, 5876, 12213, 15892, 15893}

# ---------------------------------------------------------------------------------------
# Text variants a force analyst produces
# ---------------------------------------------------------------------------------------
ABBR = [
    (r"modern slavery and human trafficking", "MSHT"),
    (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"),
    (r"national crime recording standard \(NCRS\)", "NCRS"),
    (r"police and crime commissioners", "PCCs"),
    (r"Authorised Professional Practice", "APP"),
    (r"body-worn video", "BWV"),
    (r"released under investigation", "RUI"),
    (r"Home Office", "HO"),
    (r"within six months", "within 6 months"),
    (r"Within three months", "Within 3 months"),
]
TYPOS = {"receive": "recieve", "separate": "seperate", "governance": "goverance",
         "supervision": "supervison", "investigation": "investigaton",
         "necessary": "neccessary", "arrangements": "arrangments",
         "appropriate": "appropiate"}


def tidy(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    s = re.sub(r"\s*•\s*", " - ", s)
    return re.sub(r"\s+", " ", s).strip()


def variant(text: str, op: str) -> str:
    if op == "v":
        return text
    if op == "stem":
        t = re.sub(r"^(HMIC|HMICFRS) recommends that ", "", text)
        t = re.sub(r"^To address this cause of concern,? HMIC recommends ", "", t)
        return t[0].upper() + t[1:]
    if op == "abbr":
        t = text
        for pat, rep in ABBR:
            t = re.sub(pat, rep, t)
        return tidy(t)
    if op == "typo":
        t = tidy(text)
        for right, wrong in TYPOS.items():
            if right in t:
                return t.replace(right, wrong, 1)
        return t
    if op == "tidy":
        return tidy(text)
    raise ValueError(op)


# ---------------------------------------------------------------------------------------
# How an analyst reads the Status column (the rule the truth uses; see README)
# ---------------------------------------------------------------------------------------
TYPO_REFS: list = []
DONE_WORDS = ("closed", "complete", "completed", "submitted", "signed off",
              "proposed for closure", "superseded")
OPEN_WORDS = ("due", "revised date", "extension agreed", "in progress", "not started",
              "overdue", "ongoing", "on track")
DATE_RE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})$")


def force_state(st: str) -> str:
    if st.startswith("XL:"):
        d = dt.date.fromisoformat(st.split(":")[1])
        return "done" if d <= AS_AT else "open"     # a future date can only be a target
    s = st.strip().lower()
    if not s:
        return "open"
    m = DATE_RE.match(s)
    if m:
        y = int(m.group(3))
        y = y + 2000 if y < 100 else y
        return "done" if dt.date(y, int(m.group(2)), int(m.group(1))) <= AS_AT else "open"
    if s.startswith(OPEN_WORDS):
        return "open"
    if s.startswith(DONE_WORDS):
        return "done"
    raise ValueError(st)


def reduce_cat(h_status: str, f_state: str) -> str:
    h_closed = h_status in H_CLOSED
    if h_closed and f_state == "open":
        return "closeable_local"
    if not h_closed and f_state == "done":
        return "closeable_submit"
    return "in_sync"


# ---------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------
def d(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


FIXED_TIME = dt.datetime(2025, 11, 14, 9, 30, 0)


def save_fixed(wb: Workbook, path: Path) -> None:
    """Save, then re-pack the zip with fixed times so the file rebuilds byte for byte."""
    wb.properties.creator = "openpyxl"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-11-14T09:30:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    h_by_ref = {}

    # ---- HMICFRS register export -------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = H_SHEET
    head = ["Reference", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    order = sorted(H_ITEMS, key=lambda t: (REPORTS[t[1]][1], t[0]))
    for i, (ref, rep, typ, text, st, sd) in enumerate(order):
        row = i + 2
        title, pub, _ = REPORTS[rep]
        ws.append([ref, FORCE, title, d(pub), typ, text, st, d(sd)])
        ws.cell(row, 4).number_format = "dd/mm/yyyy"
        ws.cell(row, 8).number_format = "dd/mm/yyyy"
        ws.cell(row, 6).alignment = Alignment(wrap_text=True, vertical="top")
        h_by_ref[ref] = dict(row=f"{H_SHEET}!{row}", rep=rep, typ=typ, text=text, st=st)
    for col, w in zip("ABCDEFGH", (11, 22, 48, 14, 24, 90, 17, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{len(order) + 1}"
    save_fixed(wb, OUT / "hmicfrs.xlsx")

    # ---- Force tracker ------------------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = F_SHEET
    ws["A1"] = f"{FORCE} - HMICFRS Recommendations, AFIs and Causes of Concern: Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owner: Organisational Learning & Improvement Team.  Position as at "
                "14/11/2025 (for Joint Audit Committee, 27/11/2025)")
    ws["A3"] = ("Status: leads to enter the date the action was completed / closed (or "
                "submitted to HMICFRS for closure). Otherwise give the current position: "
                "Not started, In progress, Overdue, or Due / Revised date dd/mm/yyyy.")
    ws["A3"].font = Font(italic=True)
    headers = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation", "Lead",
               "Target date", "Status", "Update"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(F_HEADER_ROW, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    truth_pairs = []   # (hmicfrs_row, force_row, category, why)
    force_only = []
    row = F_HEADER_ROW + 1
    no = 0
    seen = {}
    for spec in F_ROWS:
        if spec == "BLANK":
            row += 1
            continue
        if isinstance(spec, str) and spec.startswith("HEADING:"):
            ws.cell(row, 1, spec.split(":", 1)[1]).font = Font(bold=True)
            ws.cell(row, 1).fill = PatternFill("solid", fgColor="D9E1F2")
            row += 1
            continue
        no += 1
        ref = spec["ref"]
        h = h_by_ref.get(ref)
        # reference cell
        if spec["fref"] == "same":
            fref = ref
            if rng.random() < 0.12:
                fref = f"{ref} "          # typed as text with a trailing space
        else:
            fref = spec["fref"]
        rep_name = spec["rep"] or REPORTS[h["rep"]][2]
        ftype = spec["ftype"] or FTYPE[h["rep"]][h["typ"]]
        if spec["text"] is not None:
            text = spec["text"]
        else:
            op = spec["op"] or rng.choice(["v", "v", "tidy", "stem", "abbr", "typo"])
            text = variant(h["text"], op)
            if any(w in text for w in TYPOS.values()):
                TYPO_REFS.append(ref)
        lead = spec["lead"] or lead_for(text)
        if lead == "none":
            lead = None
        st = spec["st"]
        fstate = force_state(st)
        up = spec["up"]
        if up is None:
            up = rng.choice(DONE_UPDATES if fstate == "done" else OPEN_UPDATES)
        vals = [no, fref, rep_name, ftype, text, lead]
        for j, v in enumerate(vals, 1):
            ws.cell(row, j, v)
        # target date
        tg = spec["tg"]
        if tg is not None:
            if tg.startswith("XL:"):
                c = ws.cell(row, 7, d(tg[3:]))
                c.number_format = "dd/mm/yyyy"
            else:
                ws.cell(row, 7, tg)
        # status
        if st.startswith("XL:"):
            parts = st.split(":")
            c = ws.cell(row, 8, d(parts[1]))
            c.number_format = parts[2] if len(parts) > 2 else "dd/mm/yyyy"
        elif st:
            ws.cell(row, 8, st)
        ws.cell(row, 9, up)
        for j in (5, 9):
            ws.cell(row, j).alignment = Alignment(wrap_text=True, vertical="top")
        frow = f"{F_SHEET}!{row}"
        if ref is None:
            assert spec["cat"] == "not_on_hmicfrs_list"
            force_only.append(("", frow, spec["cat"], spec["why"]))
        else:
            cat = spec["cat"] or reduce_cat(h["st"], fstate)
            if spec["cat"] is None:
                why = describe(h["st"], st, fstate, cat)
            else:
                why = spec["why"]
            if ref in (8310, 10416):
                why = split_why(ref, h["st"], st, fstate)
            truth_pairs.append((h["row"], frow, cat, why))
            seen.setdefault(ref, []).append(frow)
        row += 1
    last = row - 1
    widths = (5, 12, 26, 17, 80, 26, 14, 24, 60)
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.freeze_panes = ws.cell(F_HEADER_ROW + 1, 1)

    # guidance sheet (not items)
    g = wb.create_sheet("Guidance")
    for line in [
        ["Column", "What to enter"],
        ["HMICFRS Ref", "The reference number on the HMICFRS register (blank for local actions)"],
        ["Target date", "The date the action is due (HMICFRS deadline where set)"],
        ["Status", "Completed: the date completed/closed, or 'Submitted dd/mm/yyyy' once "
                   "evidence is sent to HMICFRS. Open: Not started / In progress / Overdue / "
                   "Due dd/mm/yyyy / Revised date dd/mm/yyyy"],
        ["Update", "Short narrative of progress and evidence"],
    ]:
        g.append(line)
    g.column_dimensions["A"].width = 16
    g.column_dimensions["B"].width = 110
    save_fixed(wb, OUT / "tracker.xlsx")

    # ---- split rows: all lines of a split item share the item-level category ------------
    for ref in (8310, 10416):
        h = h_by_ref[ref]
        states = [force_state(s["st"]) for s in F_ROWS
                  if isinstance(s, dict) and s["ref"] == ref]
        item_state = "done" if all(x == "done" for x in states) else "open"
        item_cat = reduce_cat(h["st"], item_state)
        truth_pairs = [(a, b, item_cat if a == h["row"] else c, w)
                       for a, b, c, w in truth_pairs]

    # ---- truth ---------------------------------------------------------------------------
    lines = []
    for ref, h in sorted(h_by_ref.items(), key=lambda kv: int(kv[1]["row"].split("!")[1])):
        if ref in MISSING:
            assert ref not in seen
            lines.append((h["row"], "", "missing_from_force",
                          f"no tracker row for {ref} (HMICFRS {h['st']})"))
        else:
            assert ref in seen, ref
            for p in sorted((p for p in truth_pairs if p[0] == h["row"]),
                            key=lambda p: int(p[1].split("!")[1])):
                lines.append(p)
    lines.extend(force_only)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)

    counts = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    write_readme(counts, len(order), no, last, lines)
    print("HMICFRS items:", len(order), " force item rows:", no, " truth lines:", len(lines))
    print(counts)


def describe(h_st: str, st: str, fstate: str, cat: str) -> str:
    shown = st[3:13] + " (Excel date)" if st.startswith("XL:") else (f"'{st}'" if st else
                                                                         "blank")
    extra = ""
    if st.startswith("XL:") and fstate == "open":
        extra = "; future date = a target, not a completion"
    return f"HMICFRS {h_st}; tracker Status {shown} = force {fstate}{extra} -> {cat}"


def split_why(ref: int, h_st: str, st: str, fstate: str) -> str:
    if ref == 8310:
        return (f"split row (one per bullet) of 8310; every bullet dated/closed so item done; "
                f"HMICFRS {h_st}")
    return (f"split row (10416.n) of 10416; bullet 5 still 'Revised date 31/03/2026' so the "
            f"item is open on both sides; HMICFRS {h_st}")


def write_readme(counts, n_h, n_f, last_row, lines):
    order = ["closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "in_sync"]
    ctab = "\n".join(f"| {k} | {counts.get(k, 0)} |" for k in order)
    text = f"""# Case `{CASE}`: dates in the Status column

Built by `build_{CASE}.py` (seed {SEED}); run it with `/work/main/.venv/bin/python` and it
rewrites this folder byte for byte (fixed workbook metadata and zip timestamps).

## Files
- `hmicfrs.xlsx`: sheet `{H_SHEET}`, an HMICFRS register export for {FORCE}. Header on row 1,
  {n_h} items on rows 2-{n_h + 1}, ordered by publication date then reference. Columns: Reference
  (plain register integer), Force, Report title, Publication date, Type (National
  recommendation / Recommendation / Area for improvement / Cause of concern),
  Recommendation, Status, Status date. Status: open = `Awaiting review`, `Being progressed`;
  closed = `Complete`, `Superseded`.
- `tracker.xlsx`: sheet `{F_SHEET}`. Rows 1-3 are a title, an owner/"position as at
  14/11/2025" line and a guidance line; row 4 blank; header on row {F_HEADER_ROW}: No., HMICFRS Ref,
  Report, Type, Recommendation, Lead, Target date, Status, Update. {n_f} item rows run from row
  {F_HEADER_ROW + 1} to row {last_row}, with one blank row and one bold heading row ("Force local actions
  (not on the HMICFRS register)") before the last four. These two rows, the title rows and
  the header are not items. A second sheet `Guidance` explains the columns; it holds no items.
  `No.` is the tracker's own running number, not an HMICFRS reference.
- `truth.csv`: one line per pair / unpaired item ({len(lines)} lines). Checked with openpyxl
  and pandas: every HMICFRS row and every tracker item row appears exactly once as a row id
  (the two HMICFRS rows of split items, 8310 and 10416, appear once per tracker row), and
  row numbers are the ones Excel shows.

## How the Status column is read (the rule the truth uses)
Leads write a date in Status when an action is finished, as the tracker's own guidance line
(row 3) tells them. So, reading the column as an analyst would, with the file's position date
14/11/2025 in view:
- **done**: a bare date, either a real Excel date cell (formats dd/mm/yyyy, `mmm-yy`,
  `d mmm yyyy`) or a date typed as text (`31/03/2015`, `17/08/2018`, `09/05/2023`,
  `31/01/2024`, `28/02/2021`), provided it is not after 14/11/2025; a date or month after a
  closing word: `Closed 14/03/2024`, `Closed by JAC 21/06/2019`, `Complete - 11/12/2015`,
  `Completed Jan 2024`, `Signed off 28.08.15`, `Submitted 02/05/2024`, `Proposed for closure
  12/08/2025`, `Superseded by PEEL 2021/22 - closed 30/06/2022`; the bare words `Complete`,
  `Closed`. Submitted/proposed for closure counts as done on the force side (evidence sent to
  HMICFRS, awaiting their review).
- **open**: `In progress`, `Not started`, `Overdue`, `Ongoing`, `On track`, a blank Status; and
  any date that is a target: `Due 30/06/2025`, `Due 31/10/2025` (past due is still open),
  `Revised date 31/12/2025`, `Extension agreed to 30/09/2025`, `Due 31/03/2026`.
- **A bare date after the position date is a target, not a completion**: row with ref 15883
  has the Excel date 31/03/2026 in Status (same as its Target date; Update: "new kiosks go
  live by end of March 2026") -> open.
- The Target date column also holds dates; it never decides done/open. Ref 10418 has Status
  30/11/2023 equal to its Target date 30/11/2023; a bare past date in Status is a completion
  (Update: "Completed on target") -> done.

## Categories
Status reduces to HMICFRS open/closed and force open/done: HMICFRS open + force done =
closeable_submit; HMICFRS closed + force open = closeable_local; same on both sides = in_sync.
A pair whose facts disagree is a conflict whatever the statuses.

| category | lines |
|---|---|
{ctab}

About a third of the HMICFRS items are closed on one side only.

## Traps and how the truth decides them
1. **Dates as status** (the layout): see the reading rule above. Dated rows against a
   `Being progressed`/`Awaiting review` item are closeable_submit (e.g. 5873 Excel 29/02/2024,
   9020 Excel 31/10/2025, 12212 text `09/05/2023`, 13503 `Closed 14/03/2024`, 7142 `Completed
   Jan 2024`, 8314 `Submitted 02/05/2024`); word/target statuses against a `Complete`/`Superseded`
   item are closeable_local (613, 3307 `Ongoing`, 5875 `Overdue`, 7143 `Revised date
   31/12/2025`, 8313 `Due 31/03/2026`, 8545, 10417 `Due 30/09/2020`, 13505 `Extension agreed to
   30/09/2025`, 15889 `On track`).
2. **Future bare date** (15883, 31/03/2026): a target -> open -> in_sync with HMICFRS open.
3. **Blank Status** (9022, Update "Awaiting allocation."): open -> in_sync.
4. **Split recommendation, all bullets done**: Stolen freedom 8310 is four tracker rows
   ((a)-(d), same ref 8310, first row carries the stem); every bullet is dated or
   closed/submitted, so the item is done and each of the four lines is closeable_submit.
5. **Split recommendation, one bullet open**: CDI 10416 is five rows `10416.1`-`10416.5`;
   four dated/closed, `10416.5` is `Revised date 31/03/2026`. The item is done only when every
   bullet is done, so the force side is open; HMICFRS `Being progressed` -> all five lines
   in_sync.
6. **Conflicts** (5): 8311 timescale ("Within twelve months" in the tracker vs HMICFRS "Within
   six months"); 8542 missing bullet (tracker drops the possession-only drug searches bullet);
   8461 reference (tracker 8416, transposed; same report and text); 13504 report (tracker files
   a PEEL 2021/22 AFI under PEEL 2023/25, placed in the 2023/25 block); 15887 type (HMICFRS
   AFI, tracker "Recommendation").
7. **Missing from force** (5): 3308 (Complete), 5876, 12213, 15892, 15893. 15893 (timeliness of
   response, mental ill health) is a near twin of 13501 (timeliness, domestic abuse), which is
   on the tracker and must not absorb it.
8. **Not on the HMICFRS list** (8): two old HMICFRS-style items whose refs are not on the list
   (7402 "PEEL Legitimacy 2016", whose text echoes 902 but 902 has its own row; 7388 "PEEL
   Efficiency 2016"); a local internal-audit action inside the CDI 2019 block and a local
   improvement-plan action in the PEEL 2023/25 block (no ref); four local actions under the
   local-actions heading.
9. **Near-identical items on different reports**: 8314 (Stolen freedom, national NCRS for
   MSHT) is closeable_submit while 10417 (CDI 2019, force-level NCRS for MSHT) is
   closeable_local; `PEEL: Police efficiency 2017 (national overview)` (8455) vs the force's
   `PEEL: Police efficiency 2017` (8460-8462), same publication date.
10. **Tracker wording and furniture**: short report names ("PEEL Eff 16", "Stolen Freedom
    (MSHT) 2017"); type words Rec / National rec / CoC / Cause for concern / Area for
    Improvement (a national recommendation called "Recommendation" or "Rec" is not a type
    conflict); some refs typed as text with a trailing space; refs left blank on 2321, 3306,
    8311 and 12212 (matched by text); texts abridged with MSHT/DA/S&S/APP, stems stripped,
    curly quotes and bullets flattened, misspellings on {", ".join(map(str, TYPO_REFS))}; one
    Lead left blank (9022); HMICFRS texts keep their own
    stray footnote digits ("intelligence 86 and", "another force; and 20").
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    build()
