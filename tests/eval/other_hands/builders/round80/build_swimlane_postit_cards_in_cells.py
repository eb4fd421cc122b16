"""Build the case `swimlane_postit_cards_in_cells` (round 80, case A).

A force (Staffordshire Police, details invented) keeps its HMICFRS recommendations as a
post-it board drawn in one Excel worksheet: stage columns, swimlane banners per portfolio,
one card per cell (several lines, Alt+Enter), card type shown by fill colour only, and an
Archive sheet where closed cards were flattened into a table. The HMICFRS side is an ordinary
definitive-list export.

Run with /work/main/.venv/bin/python. Deterministic: no clock, fixed document properties,
XlsxWriter's fixed zip timestamps.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import xlsxwriter

CASE = "swimlane_postit_cards_in_cells"
OUT = Path("/tmp/indep80") / CASE
FIXED = dt.datetime(2024, 11, 6, 9, 30, 0)
FORCE = "Staffordshire Police"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# ---------------------------------------------------------------------------------------------
# HMICFRS side: reports and items (real wording, copied as literals)
# ---------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24)),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "efc17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9)),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "leg17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 17)),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020", dt.date(2020, 8, 25)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 12)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2024, 3, 21)),
}

NATIONAL_REPORTS = {"sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                    "firearms", "stolen", "efc17n", "leg17n", "powers"}

D = dt.date
# (register id, report key, type, text, status, status date)
ITEMS = [
    (1204, "sas13", REC, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", "Complete", D(2016, 9, 14)),
    (1205, "sas13", REC, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", "Superseded", D(2018, 2, 1)),
    (1206, "sas13", REC, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", "Being progressed", D(2023, 6, 30)),
    (2318, "everyone", REC, "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.", "Complete", D(2015, 11, 20)),
    (3011, "austerity", REC, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", "No further action required", D(2016, 3, 31)),
    (3012, "austerity", REC, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", "No further action required", D(2016, 3, 31)),
    (3013, "austerity", REC, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", "No further action required", D(2016, 3, 31)),
    (3014, "austerity", REC, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", "Being progressed", D(2022, 10, 3)),
    (4822, "core", REC, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Complete", D(2016, 1, 12)),
    (4823, "core", REC, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "Being progressed", D(2021, 4, 9)),
    (5102, "integrity", REC, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "Awaiting review", D(2015, 1, 30)),
    (5540, "sas15", REC, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", "Complete", D(2017, 5, 22)),
    (6120, "picture", REC, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "Being progressed", D(2019, 7, 18)),
    (6604, "firearms", REC, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "Complete", D(2016, 6, 8)),
    (6605, "firearms", REC, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "Being progressed", D(2023, 2, 14)),
    (6606, "firearms", REC, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "Complete", D(2018, 3, 5)),
    (6607, "firearms", REC, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "Being progressed", D(2023, 2, 14)),
    (6608, "firearms", REC, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "Being progressed", D(2023, 2, 14)),
    (7711, "eff16", COC, "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed.", "Being progressed", D(2024, 1, 10)),
    (7712, "eff16", REC, "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.", "Being progressed", D(2024, 1, 10)),
    (7713, "eff16", COC, "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm.", "Complete", D(2019, 4, 2)),
    (7714, "eff16", REC, "HMIC recommends that the force should immediately: review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately;\n• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and\n• supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action;", "Complete", D(2019, 4, 2)),
    (7715, "eff16", AFI, "The force should ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded.", "Superseded", D(2022, 5, 12)),
    (7716, "eff16", AFI, "The force should improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed.", "Being progressed", D(2022, 5, 12)),
    (8410, "stolen", REC, "Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.", "Being progressed", D(2023, 9, 1)),
    (8411, "stolen", REC, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", "Being progressed", D(2023, 9, 1)),
    (8412, "stolen", REC, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "Complete", D(2020, 2, 27)),
    (8413, "stolen", REC, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "Being progressed", D(2023, 9, 1)),
    (8414, "stolen", REC, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "Being progressed", D(2023, 9, 1)),
    (8415, "stolen", REC, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "Awaiting review", D(2017, 10, 24)),
    (8416, "stolen", REC, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "Being progressed", D(2023, 9, 1)),
    (8502, "efc17n", REC, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", "Superseded", D(2021, 11, 30)),
    (8519, "efc17", AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public.", "Awaiting review", D(2017, 11, 9)),
    (8520, "efc17", AFI, "The force should develop its understanding of the links between its outcomes, outputs and costs.", "Being progressed", D(2020, 1, 16)),
    (8521, "efc17", AFI, "Staffordshire Police should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", "Being progressed", D(2020, 1, 16)),
    (8541, "leg17n", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.", "Being progressed", D(2022, 7, 19)),
    (8542, "leg17n", REC, "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.", "Being progressed", D(2022, 7, 19)),
    (8543, "leg17n", REC, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "Being progressed", D(2022, 7, 19)),
    (8544, "leg17n", REC, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "Complete", D(2023, 10, 4)),
    (8545, "leg17n", REC, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "Being progressed", D(2022, 7, 19)),
    (8560, "leg17", COC, "The size of the vetting backlog within Staffordshire Police is a cause of concern.", "Complete", D(2019, 6, 11)),
    (8561, "leg17", REC, "Within six months Staffordshire Police should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.", "Complete", D(2019, 6, 11)),
    (8562, "leg17", AFI, "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", "Being progressed", D(2021, 3, 3)),
    (8563, "leg17", AFI, "The force should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.", "Being progressed", D(2021, 3, 3)),
    (9108, "ncpi18", REC, "Within six months the force should make sure investigations of online child sexual abuse are allocated to officers with the right skills and are effectively supervised.", "Being progressed", D(2020, 11, 24)),
    (9109, "ncpi18", REC, "Within six months the force should improve how it works with partner organisations to safeguard people at risk from child sexual exploitation.", "Complete", D(2020, 11, 24)),
    (9110, "ncpi18", REC, "Within twelve months, the force should make sure officers and staff have the training they need to identify and respond to child sexual exploitation.", "Being progressed", D(2020, 11, 24)),
    (10234, "cdi19", REC, "Immediately, the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.", "Being progressed", D(2021, 8, 2)),
    (10235, "cdi19", REC, "Within three months, the force should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Being progressed", D(2021, 8, 2)),
    (10236, "cdi19", AFI, "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.", "Being progressed", D(2021, 8, 2)),
    (11015, "cust20", REC, "The force should in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.", "Being progressed", D(2023, 3, 20)),
    (11016, "cust20", AFI, "The force should make sure officers and staff have the training they need to identify and respond to people with mental ill health.", "Complete", D(2022, 6, 6)),
    (11402, "powers", REC, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "Being progressed", D(2023, 8, 15)),
    (11403, "powers", REC, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "Being progressed", D(2023, 8, 15)),
    (11404, "powers", REC, "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.", "Awaiting review", D(2021, 2, 26)),
    (11405, "powers", REC, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", "Being progressed", D(2023, 8, 15)),
    (11406, "powers", REC, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "Being progressed", D(2023, 8, 15)),
    (12480, "peel21", AFI, "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.", "Being progressed", D(2024, 2, 29)),
    (12481, "peel21", AFI, "The force should make sure victims of stalking and harassment are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.", "Being progressed", D(2024, 2, 29)),
    (12482, "peel21", AFI, "The force should improve its understanding of the nature and scale of serious and organised crime in its area.", "Complete", D(2023, 11, 7)),
    (12483, "peel21", AFI, "The force should make sure there are appropriate strategic oversight arrangements in place to manage risks, performance and improvement plans effectively.", "Being progressed", D(2024, 2, 29)),
    (12484, "peel21", AFI, "The force should make sure the corporate risk register is actively used to mitigate and manage known risks.", "Being progressed", D(2024, 2, 29)),
    (12485, "peel21", AFI, "The force should develop a clear prevention strategy targeting people most at risk and make sure activity undertaken prioritises people most at risk.", "Being progressed", D(2024, 2, 29)),
    (12486, "peel21", AFI, "The force should improve the timeliness of its response to calls for service involving domestic abuse.", "Being progressed", D(2024, 2, 29)),
    (14307, "peel23", AFI, "The force should make sure it has enough specialist capacity and capability to investigate rape and serious sexual offences.", "Awaiting review", D(2024, 3, 21)),
    (14308, "peel23", AFI, "The force should make sure it consistently uses ancillary orders and other powers to protect victims of stalking and harassment.", "Awaiting review", D(2024, 3, 21)),
    (14309, "peel23", REC, "The force should immediately review its current background checks arrangements, and make sure that suitable and sufficient background checks are in place to safeguard its staff and the communities it serves.", "Awaiting review", D(2024, 3, 21)),
    (14310, "peel23", AFI, "The force should put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies.", "Awaiting review", D(2024, 3, 21)),
    (14311, "peel23", AFI, "The force should make sure it provides accessible information for all staff and members of the public on how they can raise concerns and access confidential support (including through external agencies).", "Awaiting review", D(2024, 3, 21)),
]

OPEN = {"Awaiting review", "Being progressed"}
CLOSED = {"Complete", "Superseded", "No further action required"}

# ---------------------------------------------------------------------------------------------
# Force side: the board
# ---------------------------------------------------------------------------------------------
Y, Y2, G, P, W = "yellow", "yellow2", "green", "pink", "white"
FILL = {Y: "#FFFF99", Y2: "#FFE699", G: "#C6EFCE", P: "#FFC7CE", W: None}
FILL_TYPE = {Y: REC, Y2: REC, G: AFI, P: COC, W: None}

# Stage columns (0-based for XlsxWriter): A gutter, B..E flow, F gutter, G..H side columns.
STAGES = {
    "TODO": (1, "TO DO"),
    "PROG": (2, "IN PROGRESS\n(WIP limit 12 per lane)"),
    "SIGN": (3, "AWAITING SIGN-OFF"),
    "DONE": (4, "DONE"),
    "PARK": (6, "PARKED"),
    "NA": (7, "NOT APPLICABLE TO FORCE"),
}
FORCE_DONE_STAGES = {"SIGN", "DONE", "NA"}


def card(item, text, fill, cat, why, bold_first=False):
    return {"item": item, "text": text, "fill": fill, "cat": cat, "why": why, "bold": bold_first}


# Each lane: banner text, and per stage a list of cards (None = an empty cell left where a card
# was dragged away). Shelf rows = the longest list.
LANES = [
    ("PUBLIC PROTECTION — D/Supt K. Okafor", {
        "TODO": [
            card(8416, "Stolen Freedom (MSHT) 2017 – ID 8416\nReview use of preventative powers under MS Act 2015 (STPOs / STROs) – are opportunities exploited?\nLead: DI Lowe | Due: 31/03/2025", Y,
                 "in_sync", "Ref 8416 on the card = register 8416 (Stolen freedom, preventative powers). HMICFRS Being progressed, card in TO DO: open on both."),
            card(9108, "NCPI 2018 Rec 1\nOnline CSA investigations → officers with right skills + effective supervison\nLead: DCI Harper | Due: TBC", Y,
                 "in_sync", "No register ref ('Rec 1' is the force's own number); NCPI 2018 + online child sexual abuse investigations = 9108. Open on both (TO DO / Being progressed)."),
            card(14308, "PEEL 2023-25 – AFI 6\nStalking & harassment: consistent use of ancillary orders (SPOs etc) to protect victims\nLead: DCI Harper | Due: 30/09/2025", G,
                 "in_sync", "Force calls PEEL 2023/24 'PEEL 2023-25'; ancillary orders for stalking and harassment victims = 14308. Green card = AFI as listed. Open on both."),
            card(None, "Force action – DA\nDip-sample 50 DA crime reports each quarter, findings to Crime Standards Board\nLead: Insp Kaur | Due: quarterly", W,
                 "not_on_hmicfrs_list", "Labelled 'Force action', no colour (own action, untyped), no register ref; no list item asks for quarterly dip-sampling. The force's own action, not an HMICFRS item."),
        ],
        "PROG": [
            card(7711, "PEEL Eff 16 – Cause of concern (DA)\nDASH discretion policy – risk not always assessed; DASH not completed where policy requires\nLead: D/Supt Okafor | Due: 31/12/2024", P,
                 "in_sync", "Pink card = cause of concern; PEEL effectiveness 2016 DA cause of concern (DASH discretion) = 7711. Open on both.", True),
            card(7714, "PEEL Eff 16 (7714)\nMissing children: missing v absent category; CSE risk factors for call takers / frontline; supervisors' oversight of mispers\nLead: DCI Fenwick | Due: 31/01/2025\nUpd 10/24: new Missing Persons policy out for consultation", Y,
                 "closeable_local", "Card ref 7714 = missing-children recommendation. HMICFRS closed it (Complete, 02/04/2019) but the card still sits in IN PROGRESS: the force should close its card."),
            card(8410, "Stolen Freedom (MSHT) 2017 – #8410\nWithin 6 months – review MSHT leadership & governance: senior leaders prioritise; resources for every incident; partnership arrangements; performance & QA measures\nLead: DI Lowe | Due: 30/04/2025", Y,
                 "conflict", "Ref #8410 and the four bullets match the Stolen freedom leadership/governance recommendation, but the card says 'Within 6 months' where HMICFRS says 'Within twelve months': timescale disagrees."),
            card(8413, "Stolen Freedom\nFully compliant with NRM process + duty to notify HO of suspected adult victims (MS Act 2015)\nLead: DI Lowe", Y,
                 "in_sync", "No ref; Stolen freedom + NRM compliance and Home Office notification = 8413. Open on both."),
            card(9110, "Lead: Head of L&D | Due: 31/12/2024\nNCPI 2018 – Rec 3\nCSE training for officers & staff – identify & respond", Y,
                 "in_sync", "Lines in another order; NCPI 2018 + CSE training for officers and staff = 9110 (twelve-month rec). Open on both."),
        ],
        "SIGN": [
            card(8411, "Stolen Freedom (MSHT) 2017 – ID 8411\nISAs with other agencies – speedy exchange of intel, safeguard victims, identify suspects early\nLead: DI Lowe | Due: 30/06/2024\nEvidence pack with ACC Crime 21/10", Y,
                 "closeable_submit", "Ref 8411 = information-sharing agreements. Card in AWAITING SIGN-OFF (work finished, evidence with chief officer per the board legend) while HMICFRS has it Being progressed: submit for closure once signed off."),
        ],
        "DONE": [
            card(2318, "Everyone's Business (DA) 2014\nPublish DA action plan (consult PCC, support orgs, victims' reps; DHRs / IPCC findings)\nLead: D/Supt Okafor", Y,
                 "in_sync", "Everyone's business DA action plan = 2318. HMICFRS Complete, card in DONE (never archived): closed on both."),
            card(7712, "PEEL Eff 16 – Rec (DA CoC)\nEffective supervision of initial risk assessment – DASH completion\nLead: Insp Kaur | Due: 30/09/2017 | Closed at OL board 05/09/24", Y,
                 "closeable_submit", "The recommendation under the DA cause of concern (supervision of DASH risk assessment) = 7712. Card in DONE, HMICFRS Being progressed: submit for closure."),
            card(7713, "PEEL Eff 16 – CoC missing & absent children\nAbsent v missing misclassified; risk graded too low\nLead: DCI Fenwick", P,
                 "in_sync", "Pink = cause of concern; missing and absent children CoC = 7713. HMICFRS Complete, card DONE: closed on both."),
            card(8412, "MSHT 2017 – ref 8412\nVictims compelled to offend – early & continuing consideration of s45 defence\nLead: DI Lowe | Due: done", Y,
                 "in_sync", "Ref 8412 = section 45 defence. HMICFRS Complete, card DONE."),
            card(9109, "NCPI 2018 Rec 2\nWork with partners to safeguard people at risk from CSE (MASH / CSE panel)\nLead: DCI Fenwick | Due: 31/12/2019", Y,
                 "in_sync", "NCPI 2018 + partnership working on child sexual exploitation = 9109. HMICFRS Complete, card DONE."),
            card(12481, "PEEL 21/22 – AFI\nKeep stalking & harassment victims informed of progress (VCOP)\nLead: Insp Kaur | Due: 31/03/2024", G,
                 "closeable_submit", "PEEL 2021/22 + keeping stalking/harassment victims informed (Victims' Code) = 12481. Card DONE, HMICFRS Being progressed: submit."),
        ],
    }),
    ("CRIME & JUSTICE (Crime Standards, Investigations, Custody) — Det Ch Supt R. Whitlock", {
        "TODO": [
            card(7715, "PEEL Eff 16 AFI\nRegular & active supervision of quality / progress of investigations – properly recorded\nLead: T/Supt Bell | Due: 31/03/2025", G,
                 "closeable_local", "PEEL effectiveness 2016 AFI on supervision of investigations = 7715. HMICFRS closed it as Superseded (12/05/2022) but the card is still in TO DO: close locally."),
            card(10236, "CDI 2019\nBetter use of crime recording & mgmt system (Niche) for case files / investigative processes\nOwner: Force Crime Registrar (M. Pryce)", G,
                 "in_sync", "No ref; CDI 2019 AFI on using the crime-recording system for case files = 10236 (the register id another card wrongly carries, see [[10235]]). Open on both."),
            card(14307, "PEEL 2023-25 – AFI 2\nRASSO: enough specialist capacity & capability to investigate\nLead: T/Supt Bell | Due: 31/03/2026", G,
                 "in_sync", "PEEL 2023/24 AFI on rape and serious sexual offences capacity = 14307. Open on both."),
        ],
        "PROG": [
            card(None, "CDI 2014 – Rec 7\nNCRS / HOCR training for all officers & staff who record crime\nLead: Force Crime Registrar | Due: 31/12/2024", Y,
                 "not_on_hmicfrs_list", "A 2014 crime data integrity recommendation; the definitive list holds no CDI 2014 item (only CDI 2019, none about training). Query with HMICFRS (probably closed and dropped)."),
            card(10234, "CDI 2019 Rec 1 (pt 2 of 2) – ID 10234\nMultiple crimes always recorded; stop waiting for medicals / ABE before recording decision; triage online reports at receipt\nLead: Force Crime Registrar | Due: 31/12/2024", Y,
                 "in_sync", "Part 2 of the split CDI 2019 recommendation 10234 (bullets 3-5), still IN PROGRESS; part 1 is DONE at [[10234a]]. The item is done only when both parts are, so the force side is open; HMICFRS Being progressed: open on both."),
            None,
            card(11015, "Custody 2020 – Rec 1\nChildren in custody (with CSC): detain only when absolutely necessary; early assessment of need for alternative accomodation; record decisions; timely AA support\nLead: Ch Insp Marsh | Due: 31/03/2025", Y,
                 "in_sync", "Custody 2020 recommendation on detention of children (four bullets all there) = 11015. Open on both."),
        ],
        "SIGN": [
            None,
            card(10235, "CDI 2019 – ID 10236\nWithin 3 months – call handlers: clear THR criteria (specific, sound, comprehensible)\nLead: Supt Rhodes (Contact) | Due: 31/12/2019 (!)", Y,
                 "conflict", "Card carries ID 10236, but 10236 is the CDI AFI on the crime-recording system (its own card at [[10236]]). The text (call-handler THR criteria, within three months) and report CDI 2019 are 10235; not 4822 (Core Business 2014, archived). Matched by text; reference mistyped."),
        ],
        "DONE": [
            card(8414, "Stolen Freedom 2017 – ID 8414\nNCRS compliance for MSHT offences + FCR audit capacity\nLead: Force Crime Registrar", Y,
                 "closeable_submit", "Ref 8414 = NCRS compliance for MSHT offences. Card DONE (in the Crime lane), HMICFRS Being progressed: submit."),
            card(10234, "CDI 2019 Rec 1 (pt 1 of 2) – ID 10234\nVictims believed at point of report; call handler summaries accurate in incident log\nLead: Supt Rhodes | Due: 31/03/2020", Y,
                 "in_sync", "Part 1 of the split CDI 2019 recommendation 10234 (bullets 1-2). This part is DONE but part 2 ([[10234b]]) is IN PROGRESS, so the force item is still open; HMICFRS Being progressed: open on both."),
            card(11016, "Custody 2020 AFI\nTraining for staff to identify & respond to people with mental ill health\nLead: Ch Insp Marsh | Due: 31/03/2022", G,
                 "in_sync", "Custody 2020 AFI on mental ill health training = 11016. HMICFRS Complete, card DONE."),
            card(12482, "PEEL 21/22 – AFI 3\nUnderstand nature & scale of SOC in Staffs\nLead: DCI Cole | Due: 31/03/2023", G,
                 "in_sync", "PEEL 2021/22 AFI on understanding serious and organised crime = 12482. HMICFRS Complete, card DONE."),
        ],
        "PARK": [
            card(7716, "PEEL Eff 16 – AFI\nDigital evidence retrieval from phones / computers – no delays to investigations\nLead: Head of Digital Forensics\nPARKED pending regional DFU business case", G,
                 "in_sync", "PEEL effectiveness 2016 AFI on digital evidence = 7716. PARKED means on hold, still open (legend); HMICFRS Being progressed: open on both."),
        ],
    }),
    ("LOCAL POLICING, CONTACT & STOP SEARCH — Ch Supt A. Brennan", {
        "TODO": [
            card(4823, "Core Business 2014\nCrime prevention / disruption activity – systematically recorded & evaluated\nLead: Supt Neighbourhoods | Due: TBC", Y2,
                 "in_sync", "Core Business + crime prevention activity recorded and evaluated = 4823. Open on both."),
            card(11406, "Police powers spotlight (Feb 21) – ID 11406\nInternal monitoring of use of force – identify / explain disproportionality\nLead: Insp Okoro | Due: 31/07/2021 (missed)", Y2,
                 "in_sync", "Ref 11406 = internal monitoring of use of force. Open on both."),
            card(12485, "PEEL 21/22 AFI 6\nClear prevention strategy targeting people most at risk\nLead: Supt Neighbourhoods", G,
                 "in_sync", "PEEL 2021/22 prevention strategy AFI = 12485. Open on both."),
        ],
        "PROG": [
            card(1206, "S&S 2013 – Rec 3\nExplain use of S&S powers to public + community scrutiny of S&S records (involve young people) – with OPCC\nLead: Insp Okoro | Due: 31/03/2025", Y,
                 "in_sync", "Stop and search 2013 third recommendation (elected local policing bodies, community scrutiny) = 1206; the near-identical 2015 item 5540 has its own card ([[5540]]) labelled S&S powers 2. Open on both."),
            card(8541, "PEEL Legit 17 S&S – national CoC\nCan't show S&S is reasonable & fair; over-representation of BAME / black people unexplained\nLead: Ch Supt Brennan", P,
                 "in_sync", "Pink = cause of concern; PEEL legitimacy 2017 national stop-and-search cause of concern = 8541. Open on both.", True),
            card(8543, "#8543 PEEL Legit 17 S&S\nWhere monitoring shows disparity – research / analysis + action to reduce; show the public\nLead: Insp Okoro | Due: 31/12/2024", Y,
                 "in_sync", "Ref 8543 = demonstrating action on disparities. Open on both."),
            card(8545, "S&S 2013 –\nAll S&S officers trained on unconscious bias + CoP APP on S&S\nLead: Head of L&D | Due: 31/07/2018", Y,
                 "conflict", "Text (unconscious bias training + APP, due July 2018) is PEEL legitimacy 2017 national item 8545; nothing in Stop and search 2013 asks for this. Card files it under 'S&S 2013': report disagrees."),
            card(11403, "Police powers spotlight – Rec 2\nComms skills reinforced in CPD; supervisors debrief officers using BWV\nLead: Head of L&D | Due: 31/07/2021", Y2,
                 "in_sync", "Police powers 2021 CPD/debrief recommendation = 11403. Open on both."),
            card(11404, "Police powers spotlight (Feb 21) – 11404\nBWV: record whole S&S encounter; structured review of footage; scrutiny panel access\nLead: Insp Okoro | Due: 30/09/2021", Y2,
                 "in_sync", "Ref 11404 = body-worn video recommendation (all three parts named). HMICFRS Awaiting review = open; card IN PROGRESS."),
            card(12480, "PEEL 21/22 – AFI 1 – ref 12480\nControl room resourcing to meet demand + workforce wellbeing\nLead: Supt Rhodes | Due: 31/03/2025", G,
                 "in_sync", "Ref 12480 = control room resourcing AFI. Open on both."),
            card(12486, "PEEL 21/22 – AFI 7 (HMICFRS 12846)\nTimeliness of response to DA calls for service\nLead: Supt Rhodes | Due: 31/12/2024", G,
                 "conflict", "Card says HMICFRS 12846, which is not on the list; PEEL 2021/22 + timeliness of response to domestic abuse calls = 12486 (digits transposed). Matched by text; reference mistyped."),
        ],
        "SIGN": [
            card(8544, "PEEL Legit 17 S&S – 8544\nPublish S&S analysis & actions annually (from July 2018)\nLead: Insp Okoro | Due: annual – 2024 report published 02/09/24", Y,
                 "in_sync", "Ref 8544 = publish analysis annually. HMICFRS Complete; card in AWAITING SIGN-OFF, which the legend defines as work finished: closed/done on both."),
        ],
        "DONE": [
            card(5540, "S&S powers 2 (2015)\nWith PCC – explain S&S use to public; records scrutinised by community reps\nLead: Insp Okoro", Y,
                 "in_sync", "Stop and search powers 2 (2015), consultation with PCCs = 5540 (not the 2013 twin 1206 at [[1206]]). HMICFRS Complete, card DONE."),
            card(8542, "PEEL Legit 17 S&S – ID 8542\nBy July 2018 – monitor S&S data: disproportionality, find rates by ethnicity, possession-only drug searches\nLead: Insp Okoro | Due: 31/07/2018", Y,
                 "closeable_submit", "Ref 8542 = monitoring stop-and-search data. Card DONE, HMICFRS Being progressed: submit."),
            card(11402, "Police powers spotlight – Rec 1\nEffective communication skills (Nat. Policing Guidelines on Conflict Mgmt)\nLead: Head of L&D | Due: 31/07/2022", Y2,
                 "closeable_submit", "Police powers 2021 communication skills (by July 2022) = 11402. Card DONE, HMICFRS Being progressed: submit."),
        ],
        "NA": [
            card(11405, "Police powers spotlight – Rec 4\nHO & NPCC – quality of use-of-force data for publication\nNot for force – HO / NPCC rec. Query with FLL 03/2023", Y2,
                 "closeable_submit", "Home Office/NPCC data recommendation = 11405. Card in NOT APPLICABLE TO FORCE (force view: not ours to deliver, counts as done on the force side) while HMICFRS holds it Being progressed against the force: ask HMICFRS to close it."),
        ],
    }),
    ("PROFESSIONAL STANDARDS & VETTING — Supt J. Mistry", {
        "TODO": [
            card(14311, "PEEL 2023-25 – AFI 9\nAccessible info for staff & public on raising concerns / confidential support (incl external agencies)\nLead: Head of PSD | Due: 30/06/2025", G,
                 "in_sync", "PEEL 2023/24 accessible information on raising concerns = 14311 (not the 2017 whistleblowing AFI 8562, which has its own card). Open on both."),
        ],
        "PROG": [
            card(8562, "PEEL Legitimacy 2017 – AFI\nConfidential route for staff to raise concerns; staff aware of whistleblowing\nLead: Head of PSD | Due: 31/03/2025", G,
                 "in_sync", "PEEL legitimacy 2017 whistleblowing AFI = 8562. Open on both."),
            card(14309, "PEEL 2023-25 Rec 1 – ref 14309\nIMMEDIATELY review background checks – suitable & sufficient to safeguard staff and communities\nLead: Head of Vetting (P. Osei) | Due: 30/06/2024", Y,
                 "in_sync", "Ref 14309 = background checks recommendation. Awaiting review (open) / IN PROGRESS."),
            card(None, "Force improvement plan: Vetting\nRewrite vetting policy & publish on intranet with comms plan\nLead: Head of Vetting | Due: 31/01/2025", W,
                 "not_on_hmicfrs_list", "'Force improvement plan' action, no colour, no ref; no list item asks for a vetting policy rewrite (8561 is about clearing the backlog and is archived). Own action."),
        ],
        "SIGN": [
            card(8563, "PEEL Legitimacy 2017\nReview support for those who raise concerns – provisions suitable?\nLead: Head of PSD\nWellbeing / TRiM offer agreed at People Board 09/24", G,
                 "closeable_submit", "PEEL legitimacy 2017 AFI on support for those who raised concerns = 8563. AWAITING SIGN-OFF (force done per legend), HMICFRS Being progressed: submit."),
        ],
        "DONE": [
            card(5102, "Integrity Matters 2015 – ID 5102\nMisconduct NFA outcomes fair & free of discrimination – process\nLead: Head of PSD | Due: 31/08/2015", Y,
                 "closeable_submit", "Ref 5102 = Integrity matters misconduct 'no further action' item. Card DONE, HMICFRS Awaiting review: submit."),
            card(8560, "PEEL Legitimacy 2017 – CoC\nSize of vetting backlog\nLead: Head of Vetting", P,
                 "in_sync", "Pink = cause of concern; vetting backlog CoC = 8560. HMICFRS Complete, card DONE."),
        ],
    }),
    ("CORPORATE & OPERATIONAL SUPPORT (Finance, People, Change, Firearms Licensing) — H. Greaves, Director of Resources", {
        "TODO": [
            card(None, "JAC action: internal audit of firearms licensing governance arrangements (audit plan 2024/25)\nLead: Head of Firearms Licensing | Due: Q4", W,
                 "not_on_hmicfrs_list", "JAC (audit committee) action for an internal audit; no colour, no ref. Looks like firearms governance item 6604 but that one is HMICFRS's and is archived (Archive!7). Own action."),
        ],
        "PROG": [
            card(6605, "Firearms licensing 2015 – ID 6605\nFL demand v capacity – efficient & effective service at all times\nLead: S. Tandy (Head of FL) | Due: 31/03/2025", Y,
                 "in_sync", "Ref 6605 = firearms licensing demand and capacity. Open on both."),
            card(6606, "Firearms licensing 2015 – ID 6606\n'Total expired' records – all appropriate action\nLead: S. Tandy | Due: 31/12/2015 → rolled", Y,
                 "closeable_local", "Ref 6606 = 'total expired' records. HMICFRS Complete (05/03/2018), card still IN PROGRESS: close locally."),
            card(6608, "Firearms licensing 2015\nCheck for certificate holder at address before attendance; officers understand risk assessment & seizure powers\nLead: Supt Rhodes / S. Tandy | Due: 31/03/2025", G,
                 "conflict", "Text = firearms certificate-holder markers at dispatch (6608), a Recommendation on the list, but the card is green, which the sheet's key says is an Area for improvement: type disagrees."),
            card(8521, "PEEL Efficiency 2017 – AFI\nFuture workforce plan aligned with demand & budget (resource allocation, skills mix, behaviours)\nLead: Director of People | Due: 31/03/2025", G,
                 "in_sync", "PEEL efficiency 2017 workforce plan AFI = 8521. Open on both."),
        ],
        "SIGN": [
            card(6607, "Firearms licensing 2015 – ID 6607\nTemporary permits per HO guidance, recorded on NFLMS without delay\nLead: S. Tandy", Y,
                 "closeable_submit", "Ref 6607 = temporary permits. AWAITING SIGN-OFF (done per legend), HMICFRS Being progressed: submit."),
            card(12483, "PEEL 21/22 – AFI 4 (12483)\nStrategic oversight of risks, performance & improvement plans\nLead: Head of Corp Dev (L. Arkwright) | Due: 31/03/2024", G,
                 "closeable_submit", "Ref 12483 = strategic oversight AFI. AWAITING SIGN-OFF, HMICFRS Being progressed: submit."),
        ],
        "DONE": [
            card(8520, "PEEL Efficiency 2017 – AFI 2\nLinks between outcomes, outputs & costs\nLead: Director of Finance | Due: 31/03/2019", G,
                 "closeable_submit", "PEEL efficiency 2017 outcomes/outputs/costs AFI = 8520. Card DONE, HMICFRS Being progressed: submit."),
        ],
        "PARK": [
            card(3014, "Austerity 2014\nNext spending round – review collaboration plans (value for money / joint working)\nParked – awaiting regional collaboration review", Y,
                 "in_sync", "Policing in austerity, collaboration plans for the next spending round = 3014. PARKED = still open; HMICFRS Being progressed."),
            card(8502, "PEEL Efficiency 17 (all forces) – 8502\nAmbitious plan for digitally-enabled services\nLead: Head of IT | Parked – national framework awaited", Y,
                 "closeable_local", "Ref 8502 = digital services plan. HMICFRS Superseded (closed); card PARKED (still open): close locally."),
        ],
        "NA": [
            card(3012, "Austerity 2014 – ID 3012\n<10% savings via collaboration – scope to improve?\nN/A – force plans >10% via collaboration", Y,
                 "in_sync", "Ref 3012 = forces delivering under 10% of savings through collaboration. Force marks it not applicable (done side); HMICFRS No further action required (closed): closed on both."),
        ],
    }),
]

# Archive sheet rows: flattened from cards once closed.
ARCHIVE_HEAD = ["Archived", "Lane", "Report", "HMICFRS ID", "Summary (from card)", "Type",
                "Lead", "Moved to DONE", "Sent to HMICFRS", "HMICFRS response"]
ARCHIVE = [
    ((D(2017, 1, 12), "Local Policing", "Stop & Search 2013", 1204, "APP – clear specification of effective & fair S&S (CoP led)", "Recommendation", "Insp Okoro", D(2016, 6, 30), D(2016, 7, 15), "Closed – complete"),
     1204, "in_sync", "Archived card, ID 1204 = APP specification item. HMICFRS Complete; force archived as closed."),
    ((D(2018, 4, 3), "Local Policing", "Stop & Search 2013", 1205, "Monitoring of S&S – lawful, incl. equality legislation & Code A", "Recommendation", "Insp Okoro", D(2018, 2, 20), None, "Superseded by Legit 17 recs"),
     1205, "in_sync", "ID 1205 = monitoring stop and search. HMICFRS Superseded, force archived: closed on both."),
    ((D(2016, 5, 9), "Corporate", "Austerity 2014", 3011, "Review savings plans – protect the front line, use VfM profiles", "Rec", "Director of Finance", D(2016, 4, 1), None, "NFA"),
     3011, "in_sync", "ID 3011 = review savings plans. HMICFRS No further action required, force archived: closed on both."),
    ((D(2016, 2, 1), "Local Policing", "Core Business 2014", 4822, "Call handlers – specific THR criteria", "Recommendation", "Supt Contact Centre", D(2015, 12, 1), D(2015, 12, 4), "Closed"),
     4822, "in_sync", "ID 4822 = Core Business call-handler THR criteria (the 2014 twin of CDI 2019 item 10235). HMICFRS Complete, force archived."),
    ((D(2016, 7, 1), "Corporate", "Firearms licensing 2015", 6604, "Governance of FL v APP – assess & put right", "Recommendation", "S. Tandy", D(2016, 5, 20), D(2016, 5, 24), "Closed – complete"),
     6604, "in_sync", "ID 6604 = firearms licensing governance against APP. HMICFRS Complete, force archived."),
    ((D(2019, 3, 29), "Corporate", "PEEL Efficiency 2017", 8519, "Fuller understanding of current & future demand (FMS)", "AFI", "Head of Corp Dev", D(2019, 2, 28), D(2019, 3, 14), "Awaiting HMICFRS review"),
     8519, "closeable_submit", "ID 8519 = demand AFI. Force archived it as closed and sent it in 14/03/2019, but HMICFRS still shows Awaiting review: chase the closure submission."),
    ((D(2019, 7, 1), "PSD & Vetting", "PEEL Legitimacy 2017", 8561, "Vetting – all staff cleared to lowest level; clear backlog & renewals (within 6 months)", "Recommendation", "Head of Vetting", D(2019, 5, 31), D(2019, 6, 3), "Complete"),
     8561, "in_sync", "ID 8561 = vetting clearance recommendation. HMICFRS Complete, force archived."),
    ((D(2017, 9, 18), "Crime & Justice", "Custody 2014", None, "Rec 12 – cell call bells answered promptly; log response times", "Recommendation", "Ch Insp Custody", D(2017, 8, 30), D(2017, 9, 1), "Closed"),
     None, "not_on_hmicfrs_list", "Custody 2014 item with no register id; the definitive list holds no 2014 custody report and no cell call bell item. Query with HMICFRS (probably closed and dropped)."),
]

MISSING = {
    3013: "Policing in austerity front-line workforce item: no card on the board and no archive row (HMICFRS No further action required).",
    6120: "Building the picture MoPI audit scrutiny: no card, no archive row, still Being progressed. Nobody owns it.",
    8415: "Stolen freedom: MSHT allegations thoroughly investigated and supervised: no card anywhere (the other six Stolen freedom items have cards). Awaiting review.",
    12484: "PEEL 2021/22 corporate risk register AFI: no card (the strategic oversight AFI 12483 has one, this does not).",
    14310: "PEEL 2023/24 team cultures AFI: no card yet (new report; the other PEEL 2023/24 items have cards).",
}

# ---------------------------------------------------------------------------------------------


def build_hmicfrs(path: Path) -> dict[int, int]:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"title": "Definitive list", "author": "HMICFRS", "company": "HMICFRS",
                       "created": FIXED})
    ws = wb.add_worksheet("Definitive list")
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    txt = wb.add_format({"text_wrap": True, "valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    top = wb.add_format({"valign": "top"})
    heads = ["Register ID", "Force", "Report title", "Publication date", "Applies to", "Type",
             "Recommendation", "Status", "Status date"]
    for c, h in enumerate(heads):
        ws.write_string(0, c, h, hdr)
    rows: dict[int, int] = {}
    for i, (rid, rep, typ, text, status, sdate) in enumerate(ITEMS):
        r = i + 1
        title, pub = REPORTS[rep]
        ws.write_number(r, 0, rid, top)
        ws.write_string(r, 1, FORCE, top)
        ws.write_string(r, 2, title, txt)
        ws.write_datetime(r, 3, dt.datetime.combine(pub, dt.time()), dfmt)
        ws.write_string(r, 4, "All forces" if rep in NATIONAL_REPORTS else "Force", top)
        ws.write_string(r, 5, typ, top)
        ws.write_string(r, 6, text, txt)
        ws.write_string(r, 7, status, top)
        ws.write_datetime(r, 8, dt.datetime.combine(sdate, dt.time()), dfmt)
        rows[rid] = r + 1
    for c, w in enumerate([11, 20, 40, 13, 11, 20, 90, 18, 12]):
        ws.set_column(c, c, w)
    ws.autofilter(0, 0, len(ITEMS), len(heads) - 1)
    ws.freeze_panes(1, 0)
    wb.close()
    return rows


def col_letter(c: int) -> str:
    return "ABCDEFGHIJ"[c]


def build_tracker(path: Path):
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"title": "HMICFRS recommendations board", "author": "S. Cartwright",
                       "company": "Staffordshire Police", "created": FIXED})
    ws = wb.add_worksheet("Board")
    title = wb.add_format({"bold": True, "font_size": 16, "font_color": "#FFFFFF",
                           "bg_color": "#002060", "valign": "vcenter"})
    sub = wb.add_format({"italic": True, "font_size": 9, "text_wrap": True, "valign": "top"})
    head = wb.add_format({"bold": True, "font_size": 12, "align": "center", "valign": "vcenter",
                          "text_wrap": True, "bg_color": "#D9D9D9", "border": 2})
    head_side = wb.add_format({"bold": True, "font_size": 12, "align": "center",
                               "valign": "vcenter", "text_wrap": True, "bg_color": "#BFBFBF",
                               "border": 2, "font_color": "#595959"})
    banner = wb.add_format({"bold": True, "font_size": 11, "font_color": "#FFFFFF",
                            "bg_color": "#44546A", "valign": "vcenter"})
    note = wb.add_format({"italic": True, "font_color": "#C00000", "text_wrap": True,
                          "valign": "top", "font_size": 9})
    bold = wb.add_format({"bold": True})
    card_fmt = {}
    for k, colour in FILL.items():
        props = {"text_wrap": True, "valign": "top", "border": 1, "border_color": "#A6A6A6",
                 "font_size": 9}
        if colour:
            props["bg_color"] = colour
        card_fmt[k] = wb.add_format(props)
    key_fmt = {k: wb.add_format({**({"bg_color": v} if v else {}), "border": 1,
                                 "align": "center", "bold": True}) for k, v in FILL.items()}

    ws.set_column(0, 0, 2)
    ws.set_column(1, 4, 34)
    ws.set_column(5, 5, 2)
    ws.set_column(6, 7, 30)
    ws.set_column(8, 8, 3)
    ws.set_column(9, 9, 22)

    ws.merge_range(0, 1, 0, 7, "STAFFORDSHIRE POLICE — HMICFRS RECOMMENDATIONS BOARD", title)
    ws.set_row(0, 26)
    ws.merge_range(1, 1, 1, 7, "Organisational Learning team. Board walked at the fortnightly OL "
                   "stand-up – last moved 06/11/2024 (SC). One card per recommendation / AFI / "
                   "cause of concern; cards move left to right; closed cards go to the Archive tab.",
                   sub)
    ws.set_row(1, 24)
    ws.merge_range(2, 1, 2, 7, "AWAITING SIGN-OFF = work finished, evidence pack with the chief "
                   "officer lead before submission to HMICFRS.   DONE = signed off / submitted.   "
                   "PARKED = on hold, still open.   NOT APPLICABLE TO FORCE = force view: not ours "
                   "to deliver (national bodies etc.) – query with HMICFRS liaison lead.", sub)
    ws.set_row(2, 36)
    # row 4 (index 3) left blank
    header_row = 4
    for key, (c, label) in STAGES.items():
        ws.write_string(header_row, c, label, head_side if key in ("PARK", "NA") else head)
    ws.set_row(header_row, 32)
    ws.freeze_panes(header_row + 1, 0)

    r = header_row + 1
    board_rows = []  # (excel_row, cell, card)
    non_items = [(1, "title row"), (2, "note under the title (how the board is used)"),
                 (3, "legend of stage meanings"), (4, "blank"),
                 (5, "header row: stage headings")]
    for li, (lane_name, cols) in enumerate(LANES):
        ws.merge_range(r, 1, r, 7, lane_name, banner)
        ws.set_row(r, 20)
        non_items.append((r + 1, f"swimlane banner (merged B:H): {lane_name}"))
        r += 1
        depth = max(len(v) for v in cols.values())
        for s in range(depth):
            ws.set_row(r, 112)
            for key, lst in cols.items():
                if s < len(lst) and lst[s] is not None:
                    cd = lst[s]
                    c = STAGES[key][0]
                    fmt = card_fmt[cd["fill"]]
                    if cd["bold"]:
                        first, rest = cd["text"].split("\n", 1)
                        ws.write_rich_string(r, c, bold, first, "\n" + rest, fmt)
                    else:
                        ws.write_string(r, c, cd["text"], fmt)
                    board_rows.append((r + 1, f"{col_letter(c)}{r + 1}", key, cd))
            r += 1
        # blank spacer row between lanes
        ws.set_row(r, 8)
        non_items.append((r + 1, "blank spacer row between swimlanes"))
        r += 1
    # stray sticky note beside the board, on a shelf row of lane 1
    ws.write_string(7, 9, "NB DONE cards go to Archive tab at month end – not all moved yet (SC)",
                    note)
    # colour key at the bottom
    key_row = r + 1
    non_items.append((r + 1, "blank"))
    ws.write_string(key_row, 1, "KEY – card colour = type", bold)
    ws.write_string(key_row, 2, "Recommendation", key_fmt[Y])
    ws.write_string(key_row, 3, "Area for improvement", key_fmt[G])
    ws.write_string(key_row, 4, "Cause of concern", key_fmt[P])
    ws.write_string(key_row, 6, "no colour = own action / not typed", key_fmt[W])
    non_items.append((key_row + 1, "colour key (card colour = type); not cards"))
    ws.write_string(key_row + 1, 1, "Board owner: S. Cartwright, OL team ext. 4417", sub)
    non_items.append((key_row + 2, "board owner note"))
    ws.set_landscape()
    ws.fit_to_pages(1, 0)

    wa = wb.add_worksheet("Archive")
    atitle = wb.add_format({"bold": True, "font_size": 12})
    ahead = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True,
                           "valign": "top"})
    adate = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    atxt = wb.add_format({"text_wrap": True, "valign": "top"})
    wa.write_string(0, 0, "Cards archived from the board once closed (flattened – do not re-sort)",
                    atitle)
    for c, h in enumerate(ARCHIVE_HEAD):
        wa.write_string(1, c, h, ahead)
    archive_rows = []
    for i, (vals, item, cat, why) in enumerate(ARCHIVE):
        ar = 2 + i
        for c, v in enumerate(vals):
            if v is None:
                continue
            if isinstance(v, dt.date):
                wa.write_datetime(ar, c, dt.datetime.combine(v, dt.time()), adate)
            elif isinstance(v, int):
                wa.write_number(ar, c, v, atxt)
            else:
                wa.write_string(ar, c, v, atxt)
        archive_rows.append((ar + 1, item, cat, why))
    for c, w in enumerate([11, 15, 22, 11, 50, 16, 18, 13, 13, 24]):
        wa.set_column(c, c, w)
    wb.close()
    return board_rows, archive_rows, sorted(non_items), key_row + 1


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs(OUT / "hmicfrs.xlsx")
    board_rows, archive_rows, non_items, key_excel_row = build_tracker(OUT / "tracker.xlsx")
    status = {rid: st for rid, _, _, _, st, _ in ITEMS}

    cellmap = {}
    for excel_row, cell, stage, cd in board_rows:
        key = str(cd["item"])
        if cd["item"] == 10234:
            key += "a" if stage == "DONE" else "b"
        cellmap[key] = f"Board!{cell}"

    def fill(why):
        for k, v in cellmap.items():
            why = why.replace(f"[[{k}]]", v)
        assert "[[" not in why, why
        return why

    truth = []  # (hmicfrs_row, force_row, category, why, cell)
    for excel_row, cell, stage, cd in board_rows:
        cd = {**cd, "why": fill(cd["why"])}
        h = f"Definitive list!{hrows[cd['item']]}" if cd["item"] else ""
        truth.append((h, f"Board!{excel_row}", cd["cat"], f"Card {cell}: {cd['why']}", cell, cd["item"], stage))
    for excel_row, item, cat, why in archive_rows:
        h = f"Definitive list!{hrows[item]}" if item else ""
        truth.append((h, f"Archive!{excel_row}", cat, why, f"Archive!{excel_row}", item, "ARCH"))
    for rid, why in MISSING.items():
        truth.append((f"Definitive list!{hrows[rid]}", "", "missing_from_force", why, "", rid, None))

    # --- consistency checks on my own decisions (not a tool: plain rules I decided by) ---
    ids = [rid for rid, *_ in ITEMS]
    assert len(ids) == len(set(ids)) and 45 <= len(ids) <= 130
    covered = {t[5] for t in truth if t[5]}
    assert covered == set(ids), set(ids) - covered
    split = {}
    for t in truth:
        if t[5]:
            split.setdefault(t[5], []).append(t)
    for rid, lines in split.items():
        if len(lines) > 1:
            assert rid == 10234 and len(lines) == 2, rid
    for h, f, cat, why, cell, item, stage in truth:
        if cat in ("conflict", "missing_from_force", "not_on_hmicfrs_list"):
            continue
        if item == 10234:
            force_done = False  # part 2 still IN PROGRESS
        else:
            force_done = stage in FORCE_DONE_STAGES or stage == "ARCH"
        hm_open = status[item] in OPEN
        want = ("in_sync" if hm_open != force_done else
                ("closeable_submit" if hm_open else "closeable_local"))
        assert cat == want, (item, cat, want)

    # --- layout facts the README narrative relies on ---
    at = {cell: cd for _, cell, _, cd in board_rows}
    expect = {"C8": 7714, "B15": 7715, "C37": 6606, "G37": 8502, "E8": 7712, "E12": 12481,
              "E15": 8414, "E22": 8542, "E23": 11402, "E31": 5102, "E36": 8520, "D7": 8411,
              "D31": 8563, "D36": 6607, "D37": 12483, "H21": 11405, "C28": 12486, "D16": 10235,
              "B16": 10236, "E16": 10234, "C16": 10234, "C9": 8410, "C38": 6608, "C24": 8545,
              "C21": 1206, "E21": 5540, "C31": 8562, "B31": 14311, "D21": 8544, "H36": 3012,
              "G36": 3014, "G15": 7716, "E7": 2318, "B10": None, "C33": None, "B36": None,
              "C15": None, "C11": 9110, "C10": 8413, "C7": 7711, "C22": 8541, "B8": 9108,
              "B21": 4823, "B22": 11406, "C25": 11403, "C26": 11404}
    for cell, rid in expect.items():
        assert at[cell]["item"] == rid, (cell, at[cell]["item"], rid)
    assert {c for c, cd in at.items() if cd["fill"] == Y2} == {"B21", "B22", "C25", "C26", "E23", "H21"}
    assert {c for c, cd in at.items() if cd["fill"] == W} == {"B10", "C33", "B36"}
    assert "C17" not in at and "D15" not in at and "C18" in at and "D16" in at
    assert [r for r, *_ in archive_rows] == list(range(3, 11))
    assert [a[1] for a in archive_rows].index(6604) == 4 and [a[1] for a in archive_rows].index(8519) == 5
    assert key_excel_row == 42

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t[:4])
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")

    # README truth table with cell addresses
    lines = ["| # | hmicfrs_row | register id | force_row | card cell | category |",
             "|---|---|---|---|---|---|"]
    for i, t in enumerate(truth, 1):
        lines.append(f"| {i} | {t[0]} | {t[5] or ''} | {t[1]} | {t[4]} | {t[2]} |")
    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    ni = "\n".join(f"- Board!{r}: {why}" for r, why in non_items)
    readme = README.format(
        n_items=len(ITEMS), n_cards=len(board_rows), n_arch=len(archive_rows),
        n_truth=len(truth), truth_table="\n".join(lines),
        counts="\n".join(f"- {k}: {v}" for k, v in sorted(counts.items())),
        non_items=ni, last_h=len(ITEMS) + 1,
    )
    (OUT / "README.md").write_text(readme, encoding="utf-8")
    readback(board_rows, truth)
    print(counts, len(truth), "cards", len(board_rows), "archive", len(archive_rows))


def readback(board_rows, truth):
    import openpyxl
    import pandas as pd

    wb = openpyxl.load_workbook(OUT / "tracker.xlsx")
    ws = wb["Board"]
    card_rows = {r for r, *_ in board_rows}
    found = set()
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
        for c in row:
            if c.value is None:
                continue
            if c.row in card_rows:
                if c.coordinate == "J8":
                    continue
                assert c.column_letter in "BCDEGH", c.coordinate
                found.add(c.coordinate)
    cells = {t[4] for t in truth if t[1].startswith("Board!")}
    assert found == cells, (found ^ cells)
    for cell in cells:
        assert str(ws[cell].value).strip()
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert {"B6:H6", "B14:H14", "B20:H20", "B30:H30", "B35:H35"} <= merged
    h = pd.read_excel(OUT / "hmicfrs.xlsx", sheet_name="Definitive list", header=0, engine="openpyxl")
    assert len(h) == len(ITEMS) and h["Register ID"].is_unique
    a = pd.read_excel(OUT / "tracker.xlsx", sheet_name="Archive", header=1, engine="openpyxl")
    assert len(a) == len(ARCHIVE), len(a)
    t = pd.read_csv(OUT / "truth.csv", dtype=str, keep_default_na=False)
    assert len(t) == len(truth)
    fr = [x for x in t["force_row"] if x]
    assert len(fr) == len(board_rows) + len(ARCHIVE)


README = """# swimlane_postit_cards_in_cells

Round 80, case A (a force-side layout). Built by `/tmp/indep80/build_swimlane_postit_cards_in_cells.py`
(run with `/work/main/.venv/bin/python`; it rebuilds every file byte for byte).

## The story

Staffordshire Police's Organisational Learning (OL) team stopped keeping its HMICFRS tracker as a
table. At the fortnightly OL stand-up the portfolio leads stand round a screen showing one Excel
worksheet drawn like a wall of post-it notes: stage columns left to right, one horizontal swimlane
per owning portfolio, and each recommendation as a single cell ("card") that somebody drags from
column to column. The card's type is only its fill colour (yellow = recommendation, green = area
for improvement, pink = cause of concern), as with coloured post-its. When a card has been closed
for a while somebody flattens it into a row of the `Archive` sheet and deletes it from the board,
but not every closed card has been archived (a note beside the board says so). All names, owners,
dates, statuses and card wording are invented; every HMICFRS text is real OGL wording.

HMICFRS has sent its definitive list ({n_items} items) and the analyst has to reconcile it with the board.

## The files

- `hmicfrs.xlsx`, sheet `Definitive list`: an ordinary export. Header on row 1, items on rows
  2-{last_h}, one item per row, sorted by register id (= publication order). Columns: `Register ID`
  (integer), `Force`, `Report title`, `Publication date` (real dates, dd/mm/yyyy), `Applies to`
  (All forces / Force), `Type` (Recommendation / Area for improvement / Cause of concern),
  `Recommendation` (full text, line breaks and bullets kept), `Status` (Awaiting review, Being
  progressed, Complete, Superseded, No further action required), `Status date`. Autofilter, frozen
  header. 20 reports, 12 of them all-force (national) reports.
- `tracker.xlsx` (UTF-8 inside the xlsx as always), two sheets:
  - `Board` — the board. Row 1 title (merged B1:H1), row 2 a note, row 3 the stage legend
    (merged B3:H3), row 4 blank, **row 5 the header** of stage headings: B `TO DO`,
    C `IN PROGRESS` + line break + `(WIP limit 12 per lane)`, D `AWAITING SIGN-OFF`, E `DONE`,
    G `PARKED`, H `NOT APPLICABLE TO FORCE`. Columns A, F and I are narrow empty gutters.
    Five swimlanes, each a merged banner row B:H naming the portfolio and its lead, then its
    shelf rows of cards, then a thin blank spacer row:
    Public Protection banner row 6, cards rows 7-12; Crime & Justice banner 14, cards 15-18;
    Local Policing, Contact & Stop Search banner 20, cards 21-28; Professional Standards &
    Vetting banner 30, cards 31-33; Corporate & Operational Support banner 35, cards 36-39.
    Colour key on row 42 (below the board), owner note row 43. {n_cards} cards.
  - `Archive` — a flat table: row 1 title, **row 2 header** (`Archived`, `Lane`, `Report`,
    `HMICFRS ID`, `Summary (from card)`, `Type` (as words: Recommendation / Rec / AFI), `Lead`,
    `Moved to DONE`, `Sent to HMICFRS`, `HMICFRS response`), rows 3-10 the {n_arch} archived cards.
- `truth.csv` — {n_truth} lines, columns `hmicfrs_row,force_row,category,why`. Provenance is
  `Definitive list!<row>`, `Board!<row>`, `Archive!<row>` as Excel shows them. Each `why` on a
  Board line starts with the card's cell address (`Card C16: ...`).

## What the layout brings (point by point)

1. **A card is one cell with several lines** (Alt+Enter). The usual shape is
   `<report short name> – <ref or own number>` / the ask in the force's words / `Lead: .. | Due: ..`,
   but it varies: no reference at all (Board!B16, C10, E7, G36 ...), only the force's own running
   number (`Rec 1`, `AFI 6`: not register references), a register id written `ID 8411`, `#8543`,
   `ref 8412`, `(7714)`, `– 11404`, `(12483)` or `(HMICFRS 12846)`; `Lead:` line first (Board!C11);
   `Owner:` instead of `Lead:` (Board!B16); an extra `Upd ..` or evidence line (C8, D7, D31); no
   lead or no due date (C10, G36). Two cards (C7, C22) have a bold first line (rich text runs);
   the text read is the same.
2. **The stage is the column**: there is no status field. A few cards repeat their stage in
   words ("PARKED pending ..." G15, "Parked –" G36/G37, "N/A –" H36, "Not for force" H21,
   "Closed at OL board" E8, "Due: done" E10) and always agree with their column; others carry a
   progress line only. Meaning per the legend on row 3: TO DO / IN PROGRESS / PARKED = open;
   AWAITING SIGN-OFF (work finished, evidence with the chief officer) and DONE = force done;
   NOT APPLICABLE TO FORCE = the force's view that it is not theirs to deliver, treated as done on
   the force side (like a WHITE RAG). Archived rows are all done/closed by the force.
3. **A row is only a shelf.** Several unrelated cards share a row, from different reports and
   stages (e.g. row 21: Core Business in B, Stop and search 2013 in C, PEEL legitimacy 2017 in D,
   Stop and search 2 in E, Police powers in H). Columns hold different numbers of cards, so rows
   below a short column are partly empty (row 12 holds one card, E12). One cell inside a column is
   empty where a card was dragged away (Board!C17, with cards above and below it) and D15 is
   empty above D16.
4. **Swimlanes** are merged banner rows (6, 14, 20, 30, 35) naming portfolio and lead; a card's
   lane is its owning portfolio, but a card's own `Lead:` may be from another lane (D16's lead is
   the contact centre superintendent).
5. **Type by fill colour only**, with the key at the bottom (row 42), not above the board.
   Two yellows are in use: `#FFFF99` (the key's) and a darker `#FFE699` on most Police powers /
   Core Business cards in the Local Policing lane (B21, B22, C25, C26, E23, H21): both are
   recommendation-yellow to a person. Three cards have no fill: the force's own actions
   (B10, C33, B36), which the key calls "own action / not typed".
6. **Not-item cells inside item rows**: a red sticky note in J8 ("NB DONE cards go to Archive tab
   at month end – not all moved yet") sits on a shelf row of lane 1. It is not a card (no stage
   column, outside the board) and not a truth line; row 8's truth lines are its cards C8, B8, E8.
7. **A second sheet of a different shape** (`Archive`): a flat table with an explicit `HMICFRS ID`
   column (blank for one row), type in words, dates as real dates.

## Traps and how the truth decides them

- **Cards with no list item** (`not_on_hmicfrs_list`, 5): own actions B10 ("Force action – DA"
  dip-sample), C33 ("Force improvement plan: Vetting"), B36 ("JAC action: internal audit of
  firearms licensing governance" — reads like 6604, but 6604 is HMICFRS's governance item and is
  already archived at Archive!7); an old item C15 "CDI 2014 – Rec 7" (no CDI 2014 report on the
  list); Archive!10, a Custody 2014 item with no register id.
- **List items with no card** (`missing_from_force`, 5): 3013, 6120, 8415, 12484, 14310.
- **Closed by HMICFRS, card still open** (`closeable_local`, 4): 7714 (C8, IN PROGRESS, Complete
  on the list), 7715 (B15, TO DO, Superseded), 6606 (C37, IN PROGRESS, Complete), 8502 (G37,
  PARKED, Superseded).
- **Force done, HMICFRS open** (`closeable_submit`, 13): DONE cards E8, E12, E15, E22, E23, E31,
  E36; AWAITING SIGN-OFF cards D7, D31, D36, D37; the NOT APPLICABLE card H21 (Home Office/NPCC
  recommendation 11405 still held against the force); and Archive!8 (8519, archived and sent to
  HMICFRS in 2019, still "Awaiting review").
- **Mistyped references** (`conflict`): C28 says "HMICFRS 12846", which is on no list row; its
  text (DA call timeliness, PEEL 21/22) is 12486. D16 says "ID 10236", which *is* a list id (the
  crime-recording-system AFI, whose own card B16 has no ref), but its text (call-handler threat,
  harm and risk criteria, within three months, CDI 2019) is 10235; the Core Business 2014 twin
  4822 with nearly the same wording is archived at Archive!6. Both are matched by text and report,
  and flagged as a reference conflict.
- **One recommendation split over two cards**: CDI 2019 recommendation 10234 (five bullets) is
  E16 "pt 1 of 2" (bullets 1-2, DONE) and C16 "pt 2 of 2" (bullets 3-5, IN PROGRESS), on the same
  shelf row 16. Both truth lines point to the same list row; the item is done only when both parts
  are, so it is open on the force side, and HMICFRS has it Being progressed: both lines `in_sync`.
- **Other conflicts**: 8410 (C9) says "Within 6 months" where HMICFRS says "Within twelve months"
  (timescale); 6608 (C38) is a green card (area for improvement) for an item listed as a
  Recommendation (type by colour); 8545 (C24) is filed under "S&S 2013" but the ask (unconscious
  bias training + APP, by July 2018) is the PEEL legitimacy 2017 national item (report).
- **Near-twins distinguished by report**: 1206 (Stop and search 2013, "elected local policing
  bodies", C21, open) and 5540 (Stop and search powers 2 2015, "police and crime commissioners",
  E21, closed); 4822 (Core Business, archived) and 10235 (CDI 2019, D16); 8562 (PEEL legitimacy
  2017 whistleblowing, C31) and 14311 (PEEL 2023/24 accessible information, B31).
- **Force calls a report by another name**: "PEEL 2023-25" for the list's "PEEL: Police
  effectiveness, efficiency and legitimacy 2023/24"; "Police powers spotlight (Feb 21)"; "NCPI
  2018"; the national and force-level PEEL efficiency 2017 and PEEL legitimacy 2017 reports both
  exist on the list ("(national overview)" vs the force report) and the cards say "PEEL Efficiency
  17 (all forces)" / "PEEL Legit 17 S&S" for the national ones.
- **Statuses that agree without looking alike**: 8544 (D21) is AWAITING SIGN-OFF (force done)
  and Complete on the list: `in_sync`. 3012 (H36) NOT APPLICABLE and No further action required:
  `in_sync`. 3014 (G36) and 7716 (G15) PARKED and Being progressed: `in_sync`. 2318 (E7) DONE,
  never archived, Complete: `in_sync`.
- No `review` lines: every card could be decided from its report name and text.

## Counts per category ({n_truth} truth lines: {n_cards} board cards + {n_arch} archive rows + 5 missing)

{counts}

## Rows that are not items

Board (each not a truth line):
{non_items}
- Board!8 also holds the sticky note J8 (not a card); its cards are truth lines.
- Archive!1: title row; Archive!2: header row.
- Definitive list!1: header row.

## Truth lines with card cells

The register id is given for reading only (it is not in truth.csv).

{truth_table}

## Checks run

- The builder asserts: {n_items} unique register ids (45-130); every list item appears in the truth at
  least once; only 10234 appears twice (the split, exactly two lines); every Board card and every
  Archive row appears exactly once; every non-conflict, non-missing category agrees with the plain
  rule (HMICFRS open/closed × force stage open/done, split item open until both parts done).
- Read-back (in the builder, after writing): openpyxl reads every non-empty cell of B:H on the
  card rows and finds exactly the {n_cards} cards of the truth (no other text on those rows except
  J8); every truth cell is non-empty; the banners are merged B:H; pandas reads
  `Definitive list` (header row 1) as {n_items} rows with unique `Register ID`, and `Archive`
  (header row 2) as {n_arch} rows.
- Two builds compared with `cmp`: all four files identical (fixed document properties and
  creation date; XlsxWriter's fixed zip timestamps; no clock, no randomness).
- `reconcile` was never run or imported on this case; nothing under `/work/main/reconcile/` was
  read except the text lists.
"""


if __name__ == "__main__":
    main()
