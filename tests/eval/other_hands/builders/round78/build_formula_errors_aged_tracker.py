"""Build the evaluation case `formula_errors_aged_tracker` (round 78).

Force side: a formula-built Excel tracker kept since 2016 by the Strategic Planning &
Performance team of Cumbria Constabulary (force, owners, statuses and dates after publication
invented). Years of use have broken its formulas: the RAG formula lost its "% complete" column
(#REF! unless the row has a Date completed, when it still says BLUE), the HMICFRS Ref lookup
lost its "Def list Dec19" tab (#REF!), a deleted row left a #REF! chain in the fill-down
Report/Published formulas, the Lead VLOOKUP gives #N/A for renamed portfolios, and the Days
overdue formula gives #VALUE! for text target dates. Cached values are written as Excel would
have saved them.

HMICFRS side: an ordinary definitive-list export (one sheet, header row 1).

Run: /work/main/.venv/bin/python /tmp/indep78/build_formula_errors_aged_tracker.py
"""

from __future__ import annotations

import csv
import datetime as dt
import os

import xlsxwriter

CASE = "formula_errors_aged_tracker"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
FORCE = "Cumbria Constabulary"
AS_AT = dt.date(2025, 10, 31)
FIXED_CREATED = dt.datetime(2025, 11, 3, 9, 0, 0)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

OPEN_H = {"Awaiting review", "Being progressed"}
CLOSED_H = {"Complete", "Superseded", "No further action required"}


def serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


def D(y, m, d):
    return dt.date(y, m, d)


# --------------------------------------------------------------------------------------------
# HMICFRS side: reports and items (texts are literal public wording, OGL)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", D(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff15": ("PEEL: Police efficiency 2015", D(2015, 10, 15)),
    "leg16": ("PEEL: Police legitimacy 2016", D(2016, 12, 8)),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 9, 7)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 14)),
    "cust18": ("Report on an unannounced inspection visit to police custody suites 2018", D(2018, 8, 21)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 19)),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022", D(2022, 8, 16)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2023, 10, 26)),
}

SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims."
)
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities."
)
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
    "to the victim or the wider public are identified and appropriately managed."
)
COC_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
REC_DASH = (
    "To address this cause of concern, HMIC recommends the force should immediately take steps "
    "to ensure that there is effective supervision of the initial risk assessment process, "
    "specifically in relation to the completion of DASH risk assessment in appropriate cases."
)
COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
REC_MISSING = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual "
    "exploitation and how to respond to such cases; and • supervisors provide the correct "
    "oversight of missing person enquiries and direct appropriate and timely investigative "
    "and safeguarding action"
)
CUSTODY_CHILDREN = (
    "Within six months Cumbria Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete "
    "detention certificates if a child is detained for any reason in police custody following "
    "charge;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
WHISTLE = ("The force should make sure it provides a confidential way for staff to raise "
           "concerns and that staff are aware of whistleblowing processes.")
VETTING = ("ensure all staff have received at least the lowest level of vetting clearance for "
           "their roles as quickly as possible, working to clear both the vetting backlog and "
           "new vetting renewals when they become due so that it complies fully with the "
           "national vetting guidelines")

# key: (id, report key, type, text, status, status date)
H_ITEMS = [
    ("sas13_1", 1391, "sas13", NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", "Complete", D(2015, 6, 30)),
    ("sas13_2", 1392, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", "Complete", D(2016, 5, 12)),
    ("sas13_3", 1393, "sas13", NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", "Complete", D(2016, 5, 12)),
    ("everyone", 2327, "everyone", NAT, EVERYONE_PLAN, "Complete", D(2016, 2, 4)),
    ("aus_1", 3102, "austerity", NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", "No further action required", D(2017, 10, 20)),
    ("aus_2", 3103, "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", "No further action required", D(2017, 10, 20)),
    ("aus_3", 3104, "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", "No further action required", D(2017, 10, 20)),
    ("aus_4", 3105, "austerity", NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", "No further action required", D(2017, 10, 20)),
    ("core_1", 4830, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Complete", D(2016, 9, 1)),
    ("core_2", 4831, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "Complete", D(2017, 3, 9)),
    ("integrity", 5010, "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "Complete", D(2016, 11, 17)),
    ("sas15", 5214, "sas15", NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", "Complete", D(2016, 11, 17)),
    ("picture", 5633, "picture", NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "Being progressed", D(2019, 12, 6)),
    ("fa_1", 5871, "firearms", NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "Complete", D(2017, 4, 27)),
    ("fa_2", 5872, "firearms", NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "Being progressed", D(2023, 6, 15)),
    ("fa_3", 5873, "firearms", NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "Complete", D(2017, 4, 27)),
    ("fa_4", 5874, "firearms", NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "Awaiting review", D(2024, 2, 8)),
    ("fa_5", 5875, "firearms", NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "Complete", D(2018, 1, 18)),
    ("eff15_1", 6050, "eff15", AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public", "Complete", D(2017, 11, 9)),
    ("eff15_2", 6051, "eff15", AFI, "The force should develop its understanding of the links between its outcomes, outputs and costs", "Complete", D(2017, 11, 9)),
    ("eff15_3", 6052, "eff15", AFI, "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", "Superseded", D(2019, 5, 2)),
    ("leg16_1", 6704, "leg16", AFI, "The force should " + VETTING + ".", "Superseded", D(2023, 10, 26)),
    ("leg16_2", 6705, "leg16", AFI, WHISTLE, "Complete", D(2018, 7, 5)),
    ("eff16_coc", 7012, "eff16", COC, COC_DA, "Complete", D(2019, 3, 21)),
    ("eff16_rec", 7013, "eff16", REC, REC_DASH, "Complete", D(2019, 3, 21)),
    ("eff16_coc2", 7014, "eff16", COC, COC_MISSING, "Complete", D(2019, 3, 21)),
    ("eff16_rec2", 7015, "eff16", REC, REC_MISSING, "Being progressed", D(2019, 3, 21)),
    ("eff16_afi", 7016, "eff16", AFI, "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.", "Complete", D(2019, 5, 2)),
    ("cdi_1", 8101, "cdi17", REC, CDI_VICTIMS, "Complete", D(2019, 8, 29)),
    ("cdi_2", 8102, "cdi17", AFI, "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.", "Being progressed", D(2019, 8, 29)),
    ("cdi_3", 8103, "cdi17", REC, "Within six months the force should revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue.", "Being progressed", D(2019, 8, 29)),
    ("sf_1", 8230, "stolen", NAT, SF_LEADERSHIP, "Being progressed", D(2021, 9, 30)),
    ("sf_2", 8231, "stolen", NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", "Complete", D(2019, 2, 14)),
    ("sf_3", 8232, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "Being progressed", D(2019, 2, 14)),
    ("sf_4", 8233, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "Being progressed", D(2019, 2, 14)),
    ("sf_5", 8234, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "Complete", D(2022, 3, 10)),
    ("sf_6", 8235, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "Being progressed", D(2019, 2, 14)),
    ("sf_7", 8236, "stolen", NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "Being progressed", D(2019, 2, 14)),
    ("efc17", 8390, "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", "Being progressed", D(2020, 1, 16)),
    ("leg17_coc", 8551, "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.", "Being progressed", D(2021, 2, 26)),
    ("leg17_mon", 8552, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", D(2021, 2, 26)),
    ("leg17_disp", 8553, "leg17", NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "Complete", D(2020, 6, 11)),
    ("leg17_pub", 8554, "leg17", NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "Complete", D(2020, 6, 11)),
    ("leg17_trn", 8555, "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "Being progressed", D(2021, 2, 26)),
    ("ncpi_1", 9020, "ncpi18", REC, "Within six months the force should make sure officers and staff have the training they need to identify and respond to child sexual exploitation.", "Complete", D(2020, 3, 5)),
    ("ncpi_2", 9021, "ncpi18", REC, "Within three months, the force should improve how it works with partner organisations to safeguard people at risk from online child sexual abuse.", "Being progressed", D(2020, 3, 5)),
    ("ncpi_3", 9022, "ncpi18", REC, "Within six months the force should make sure its analysis of missing children informs its strategic assessment and control strategy.", "Being progressed", D(2020, 3, 5)),
    ("cust18", 9140, "cust18", REC, CUSTODY_CHILDREN, "Being progressed", D(2020, 3, 5)),
    ("p18_1", 9610, "peel18", REC, "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and", "Complete", D(2021, 5, 13)),
    ("p18_2", 9611, "peel18", REC, "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;", "Being progressed", D(2022, 5, 19)),
    ("p18_3", 9612, "peel18", REC, "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;", "Being progressed", D(2022, 5, 19)),
    ("p18_4", 9613, "peel18", AFI, "The force should make sure it has access to accurate data and analysis to support effective performance management.", "Being progressed", D(2022, 5, 19)),
    ("pw_1", 10402, "powers", NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "Being progressed", D(2023, 1, 12)),
    ("pw_2", 10403, "powers", NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "Awaiting review", D(2021, 2, 26)),
    ("pw_3", 10404, "powers", NAT, BWV_2021, "Being progressed", D(2023, 1, 12)),
    ("pw_5", 10406, "powers", NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "Complete", D(2023, 1, 12)),
    ("p21_1", 11210, "peel21", AFI, "The force should improve the timeliness of its response to calls for service involving people with mental ill health.", "Being progressed", D(2024, 4, 18)),
    ("p21_2", 11211, "peel21", AFI, "The force should make sure victims of stalking and harassment are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.", "Awaiting review", D(2022, 5, 19)),
    ("p21_3", 11212, "peel21", AFI, "The force should make sure it records reports of anti-social behaviour accurately and without delay.", "Being progressed", D(2024, 4, 18)),
    ("p21_4", 11213, "peel21", AFI, "The force should make sure investigations of rape and serious sexual offences are allocated to officers with the right skills and are effectively supervised.", "Being progressed", D(2024, 4, 18)),
    ("p21_5", 11214, "peel21", AFI, "The force should improve the way it manages the risk posed by offenders involved in county lines drug dealing.", "Being progressed", D(2024, 4, 18)),
    ("p21_6", 11215, "peel21", AFI, "The force should make sure its performance framework gives senior leaders a clear picture of its response to violence against women and girls.", "Complete", D(2025, 3, 6)),
    ("p21_7", 11216, "peel21", AFI, WHISTLE, "Being progressed", D(2024, 4, 18)),
    ("cust22", 11530, "cust22", AFI, "The force should ensure it has effective internal monitoring processes on the use of force, to help it to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "Awaiting review", D(2022, 8, 16)),
    ("p23_coc", 12301, "peel23", COC, "The size of the vetting backlog within Cumbria Constabulary is a cause of concern.", "Being progressed", D(2025, 4, 24)),
    ("p23_rec", 12302, "peel23", REC, "Within six months the force should " + VETTING + ".", "Being progressed", D(2025, 4, 24)),
    ("p23_1", 12303, "peel23", AFI, "The force should put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies.", "Awaiting review", D(2023, 10, 26)),
    ("p23_2", 12304, "peel23", AFI, "The force should develop a clear prevention strategy targeting people most at risk and make sure activity undertaken prioritises people most at risk.", "Being progressed", D(2025, 4, 24)),
    ("p23_3", 12305, "peel23", AFI, "The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.", "Awaiting review", D(2023, 10, 26)),
    ("p23_4", 12306, "peel23", AFI, "Cumbria Constabulary should improve how it gathers, assesses and acts on intelligence about serious and organised crime.", "Being progressed", D(2025, 4, 24)),
    ("p23_5", 12307, "peel23", AFI, "The force should make sure it has enough specialist capacity and capability to investigate fraud.", "Awaiting review", D(2023, 10, 26)),
]

TXT = {it[0]: it[4] for it in H_ITEMS}

# --------------------------------------------------------------------------------------------
# Force side: blocks of rows, in the order the tracker grew
# --------------------------------------------------------------------------------------------
# Row fields: no, type, ref (None = broken lookup formula; str/int typed), text, portfolio,
# target (date/str/None), completed (date/None), status (str/None), update, items: list of
# (hmicfrs key, category, why); flags: "after_deleted" (first row below the deleted row).
REF_FORMULA = "broken"


def R(no, typ, text, portfolio, target, completed, status, update, items, ref=REF_FORMULA,
      flags=()):
    return dict(no=no, type=typ, text=text, portfolio=portfolio, target=target,
                completed=completed, status=status, update=update, items=items, ref=ref,
                flags=set(flags))


IS, CS, CL, CF, NF = "in_sync", "closeable_submit", "closeable_local", "conflict", "not_on_hmicfrs_list"

BLOCKS = [
    ("Stop and Search 2013", D(2013, 7, 9), [
        R(1, "National Recommendation", TXT["sas13_2"], "Local Policing", D(2014, 3, 31), D(2016, 3, 31), None,
          "S&S scrutiny dashboard in place. Reported to Confidence & Legitimacy Board quarterly.",
          [("sas13_2", IS, "")]),
        R(2, "National Recommendation", TXT["sas13_3"], "Local Policing", D(2014, 3, 31), D(2016, 3, 31), None,
          "External scrutiny panel meets quarterly; youth panel members recruited.",
          [("sas13_3", IS, "")]),
    ]),
    ("Everyone's Business (DA) 2014", D(2014, 3, 27), [
        R(3, "National Recommendation", EVERYONE_PLAN, "Crime & Justice", D(2014, 9, 30), D(2015, 12, 18), None,
          "DA action plan published on force website Dec 2015.",
          [("everyone", IS, "")]),
    ]),
    ("Policing in Austerity 2014", D(2014, 7, 22), [
        R(4, "National Recommendation", TXT["aus_1"], "Finance", None, D(2017, 6, 30), "Closed",
          "Addressed holistically as part of the force change programme.",
          [("aus_1", IS, "")]),
        R(5, "National Recommendation", TXT["aus_2"], "Finance", None, D(2016, 3, 31), None,
          "Collaboration savings reviewed in MTFP 2016/17.",
          [("aus_2", IS, "")]),
        R(6, "National Recommendation", TXT["aus_3"], "Finance", None, D(2016, 3, 31), None,
          "Front line numbers protected in Operating Model review.",
          [("aus_3", IS, "")]),
        R(7, "National Recommendation", TXT["aus_4"], "Command Team", "Ongoing", None, "On track",
          "Addressed holistically as part of the force change programme. Collaboration review with Lancashire ongoing.",
          [("aus_4", CL, "RAG shows #REF! (no Date completed). HMICFRS has closed it, the force still tracks it: close locally.")]),
    ]),
    ("Core Business 2014", D(2014, 9, 4), [
        R(8, "National Recommendation", TXT["core_1"], "Contact Centre", D(2015, 3, 31), D(2016, 6, 30), None,
          "THRIVE adopted in the contact centre; call handler training complete.",
          [("core_1", IS, "")]),
        R(9, "National Recommendation", TXT["core_2"], "Local Policing", D(2015, 3, 31), D(2016, 12, 9), None,
          "Prevention activity recorded on Niche occurrence; evaluation template in use.",
          [("core_2", IS, "")]),
    ]),
    ("Integrity Matters 2015", D(2015, 1, 30), [
        R(10, "National Recommendation",
          "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in \"no further action\" are fair and free of any form of discrimination.",
          "Professional Standards", D(2015, 8, 31), D(2016, 7, 29), None,
          "PSD dip sample of NFA outcomes completed; no disproportionality found.",
          [("integrity", IS, "Straight quotes typed for the curly ones; same text.")]),
    ]),
    ("Stop and Search 2 (2015)", D(2015, 3, 24), [
        R(11, "National Recommendation", TXT["sas15"], "Local Policing", None, D(2016, 3, 31), None,
          "See Stop and Search 2013 - same action.",
          [("sas15", IS, "Text is almost the same as the 2013 report's third recommendation (Definitive list row {H[sas13_3]}, matched to Tracker row {F[sas13_3]}); the row's Report 'Stop and Search 2 (2015)', Published 24/03/2015 and 'police and crime commissioners' wording pick the 2015 item.")]),
    ]),
    ("Building the Picture 2015", D(2015, 7, 1), [
        R(12, "National Recommendation", TXT["picture"], "Information Management", D(2015, 11, 30), D(2018, 2, 28), "Submitted for closure",
          "Completed. Evidence submitted to HMICFRS for closure.",
          [("picture", CS, "")]),
    ]),
    ("Firearms licensing 2015", D(2015, 9, 15), [
        R(13, "National Recommendation", TXT["fa_1"], "Firearms Licensing", D(2015, 12, 15), D(2016, 4, 29), None,
          "Governance reviewed against APP; FEL Board established.",
          [("fa_1", IS, "")]),
        R(14, "National Recommendation", TXT["fa_2"], "Firearms Licensing", D(2015, 12, 15), None, "Off track",
          "Renewals backlog has grown again (spike in 5-year renewals). Temporary staff approved to Mar-26.",
          [("fa_2", IS, "RAG #REF! and Days overdue 3608 do not change it.")]),
        R(15, "National Recommendation", TXT["fa_3"], "Firearms Licensing", "Immediate", D(2016, 2, 26), None,
          "All total expired records reviewed and actioned.",
          [("fa_3", IS, "")]),
        R(16, "National Recommendation", TXT["fa_4"], "Firearms Licensing", D(2015, 12, 15), D(2022, 9, 30), "Submitted for closure",
          "Temporary permit process re-written, NFLMS entries audited monthly. Evidence pack sent Oct-22.",
          [("fa_4", CS, "")]),
        R(17, "National Recommendation",
          "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents;",
          "Contact Centre", D(2015, 12, 15), D(2016, 10, 31), None,
          "STORM flag for certificate holders in place.",
          [("fa_5", IS, "Force text stops at the first semicolon (the clause about officers' risk assessment and powers to seize is not in the cell); same item by report and wording, and both sides closed, so nothing is left to disagree about.")]),
    ]),
    ("PEEL Efficiency 2015", D(2015, 10, 15), [
        R(18, "Area for Improvement", TXT["eff15_1"], "Corporate Development", D(2016, 10, 31), D(2017, 3, 31), None,
          "Demand analysis completed and feeds FMS.",
          [("eff15_1", IS, "")]),
        R(19, "Area for Improvement", TXT["eff15_2"], "Finance", D(2016, 10, 31), D(2017, 3, 31), None,
          "Activity based costing model built.",
          [("eff15_2", IS, "")]),
        R(20, "Area for Improvement", TXT["eff15_3"], "HR", D(2016, 10, 31), None, "On track",
          "Workforce plan being refreshed as part of FMS 2025.",
          [("eff15_3", CL, "Close locally. Lead shows #N/A (old portfolio name 'HR'), not relevant to the decision.")]),
    ]),
    ("PEEL Legitimacy 2016", D(2016, 12, 8), [
        R(21, "Area for Improvement", TXT["leg16_1"], "Professional Standards", D(2017, 6, 30), D(2018, 1, 31), "Off track",
          "Re-opened Mar-22 - vetting backlog found again in PEEL 21/22. Linked to CoC vetting (PEEL 23/24).",
          [("leg16_1", CL, "Row still carries Date completed 31/01/2018 and so RAG BLUE, but Status 'Off track' and the update say it was re-opened in March 2022: the force holds it open. HMICFRS superseded it on 26/10/2023, the day the PEEL 2023/24 report with the vetting cause of concern was published. Closed there, open here: close locally and track the new items.")]),
    ]),
    ("PEEL Eff 16", D(2017, 3, 2), [
        R(22, "Cause of Concern / Recommendation",
          "Cause of concern: " + COC_DA + "\nRecommendation: " + REC_DASH,
          "Public Protection", "Immediate", D(2018, 11, 30), None,
          "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents. A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and communications plan is now completed.",
          [("eff16_coc", IS, "One force row holds both the cause of concern and its recommendation (text 'Cause of concern: ... Recommendation: ...'). The cause-of-concern half matches HMICFRS 7012, Complete; row done (Date completed 30/11/2018, RAG BLUE)."),
           ("eff16_rec", IS, "Same force row, recommendation half: matches HMICFRS 7013, Complete; row done.")]),
        R(23, "Cause of Concern", COC_MISSING, "Public Protection", "Immediate", D(2019, 1, 31), "Closed",
          "Missing from home policy revised; absent category withdrawn.",
          [("eff16_coc2", IS, "")]),
        R(24, "Recommendation", REC_MISSING.replace("that:\n• call", "that:\n• call").replace("; • call takers and", ";\n• call takers and").replace("; and • supervisors", "; and\n• supervisors"),
          "Public Protection", "Immediate", D(2023, 3, 31), "Submitted for closure",
          "Missing persons coordinator in post; supervisor review built into COMPACT. Evidence submitted Apr-23.",
          [("eff16_rec2", CS, "Force put the bullets on their own lines; same three parts.")]),
        R(25, "Area for Improvement", TXT["eff16_afi"], "Crime & Justice", D(2017, 12, 31), D(2018, 6, 29), None,
          "Investigation plan template mandatory on Niche.",
          [("eff16_afi", IS, "")]),
    ]),
    ("CDI 2017", D(2017, 9, 7), [
        R(26, "Recommendation", CDI_VICTIMS, "Crime & Justice", D(2018, 3, 7), D(2019, 6, 28), None,
          "Allocated to the Force Crime Registrar. All bullet points delivered - CDI revisit Jun-19.",
          [("cdi_1", IS, "")]),
        R(27, "Area for Improvement", TXT["cdi_2"], "Crime, Justice & Vulnerability", D(2018, 9, 30), D(2021, 11, 30), "Submitted for closure",
          "Niche case file module in use force-wide; evidence sent Dec-21.",
          [("cdi_2", CS, "")]),
        R(28, "Recommendation", TXT["cdi_3"], "Criminal Justice & Custody", D(2018, 3, 7), None, "On track",
          "Out of court disposals framework moving to 2-tier model; scrutiny panel in place.",
          [("cdi_3", IS, "")]),
    ]),
    ("Stolen Freedom (MSHT) 2017", D(2017, 10, 24), [
        R("29a", "National Recommendation",
          "Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that: senior leaders prioritise the response to modern slavery and human trafficking;",
          "Crime & Justice", D(2018, 10, 24), D(2019, 3, 29), "Closed",
          "MSHT governance board chaired by ACC Crime.",
          [("sf_1", IS, "Split row 1 of 4 (No. 29a-29d, one per bullet, stem written out in 29a only). Part done, but part 29b is still 'Off track', so the force holds the item open; HMICFRS Being progressed: open on both.")]),
        R("29b", "National Recommendation",
          "… every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;",
          "Crime & Justice", D(2018, 10, 24), None, "Off track",
          "Dedicated MSHT team not yet funded; allocation via Crime Allocation Policy.",
          [("sf_1", IS, "Split row 2 of 4 (29b), the part still open: item open on force side; HMICFRS Being progressed.")]),
        R("29c", "National Recommendation",
          "… forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and",
          "Crime & Justice", D(2018, 10, 24), D(2019, 3, 29), "Closed",
          "Anti-slavery partnership established.",
          [("sf_1", IS, "Split row 3 of 4 (29c), done; item still open because 29b is open; HMICFRS Being progressed.")]),
        R("29d", "National Recommendation",
          "… performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.",
          "Crime & Justice", D(2018, 10, 24), D(2020, 2, 28), "Closed",
          "MSHT measures added to monthly performance pack.",
          [("sf_1", IS, "Split row 4 of 4 (29d), done; item still open because 29b is open; HMICFRS Being progressed.")]),
        R(30, "National Recommendation", TXT["sf_2"], "Crime & Justice", D(2018, 4, 24), D(2018, 12, 14), None,
          "ISAs in place with all three local authorities.",
          [("sf_2", IS, "Stray footnote digit '86' kept on both sides.")]),
        R(31, "National Recommendation", TXT["sf_3"], "Criminal Justice & Custody", "Immediate", D(2020, 9, 30), "Submitted for closure",
          "s45 defence guidance issued to investigators and CPS liaison agreed.",
          [("sf_3", CS, "")]),
        R(32, "National Recommendation", TXT["sf_4"], "Crime & Justice", "Immediate", None, "On track",
          "NRM referrals monitored weekly; duty to notify process under review.",
          [("sf_4", IS, "")]),
        # No. 33 (sf_7, preventative powers) was deleted in 2022 as a supposed duplicate.
        R(34, "National Recommendation", TXT["sf_5"], "Crime & Justice", "Immediate", None, "On track",
          "FCR audit of MSHT crimes planned Q4.",
          [("sf_5", CL, "The row above (No. 33) was deleted, breaking the fill-down formulas; the text alone identifies the Stolen freedom NCRS recommendation. Close locally.")],
          flags=("after_deleted",)),
        R(35, "National Recommendation", TXT["sf_6"], "Crime & Justice", "Immediate", D(2021, 6, 30), "Submitted for closure",
          "MSHT investigations allocated to CID with DS oversight; JIT used twice in 2020.",
          [("sf_6", CS, "The #REF! chains down from the deleted No. 33; the text is Stolen freedom's investigation recommendation.")]),
    ]),
    ("PEEL Efficiency 17 (all forces)", D(2017, 11, 9), [
        R(36, "National Recommendation",
          "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force.",
          "Corporate Development", D(2018, 9, 30), D(2019, 9, 30), "Submitted for closure",
          "Digital Policing Strategy 2019-22 approved by Chief Officer Group. Single Online Home live.",
          [("efc17", CS, "Force copied only the first sentence (the second is addressed to the Home Office, NPCC and APCC), which is all the force can deliver.")]),
    ]),
    ("PEEL Legit 17 S&S", D(2017, 12, 12), [
        R(37, "Cause of Concern", TXT["leg17_coc"], "Local Policing", D(2018, 7, 31), None, "On track",
          "Disproportionality analysis now published quarterly; Reasonable Grounds panel reviewing BWV.",
          [("leg17_coc", IS, "")]),
        R(38, "National Recommendation",
          "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences).",
          "Local Policing", D(2018, 7, 31), D(2019, 3, 29), "Submitted for closure",
          "S&S dashboard covers ethnicity and find rates.",
          [("leg17_mon", CF, "But the force's copy ends after the second bullet: the third bullet (prevalence of possession-only drug searches and their fit with local priorities) is missing, and the update only claims the first two. Force says done ('Submitted for closure'), HMICFRS Being progressed: cannot be submitted until the missing bullet is addressed.")]),
        R(39, "National Recommendation", TXT["leg17_disp"], "Local Policing", D(2018, 7, 31), D(2019, 9, 30), None,
          "Analysis and actions published on website.",
          [("leg17_disp", IS, "")]),
        R(40, "Area for Improvement", WHISTLE, "Professional Standards", D(2018, 6, 30), D(2018, 5, 25), None,
          "Confidential reporting line (Integrity Line) relaunched; intranet page updated.",
          [("leg16_2", CF, "Text is the PEEL legitimacy 2016 AFI 6705 (same wording as PEEL 2021/22 AFI 11216, which has its own Tracker row {F[p21_7]} with ref 11216). This row sits inside the 'PEEL Legit 17 S&S' block, so its fill-down Report/Published formulas say PEEL Legit 17 / 12/12/2017, and it was completed in May 2018 - it is the 2016 item. Both closed (HMICFRS Complete, row done), but the report and publication date disagree.")]),
        R(41, "National Recommendation", TXT["leg17_pub"], "Local Policing", D(2018, 7, 31), D(2019, 9, 30), None,
          "Annual publication on website from Jul-19.",
          [("leg17_pub", IS, "")]),
        R(42, "National Recommendation", TXT["leg17_trn"], "People & Development", D(2018, 7, 31), None, "On track",
          "Unconscious bias module in IOT; refresher for existing officers at 74%.",
          [("leg17_trn", IS, "")]),
    ]),
    ("NCPI 2018", D(2018, 6, 14), [
        R(43, "Recommendation", TXT["ncpi_1"], "Public Protection", D(2018, 12, 14), D(2019, 11, 29), None,
          "CSE training delivered to all frontline officers and PCSOs.",
          [("ncpi_1", IS, "")]),
        R(44, "Recommendation", TXT["ncpi_2"], "Public Protection", D(2018, 9, 14), None, "On track",
          "Online CSA referral pathway agreed with LSCP; joint triage pilot.",
          [("ncpi_2", IS, "")]),
        R(45, "Recommendation", TXT["ncpi_3"], "Public Protection", D(2018, 12, 14), D(2021, 3, 31), "Submitted for closure",
          "Missing children problem profile now in control strategy.",
          [("ncpi_3", CS, "")]),
    ]),
    ("Custody inspection 2018", D(2018, 8, 21), [
        R(46, "Recommendation", CUSTODY_CHILDREN.replace("’", "'"), "Custody", D(2019, 2, 21), None, "On track",
          "Concordat on children in custody signed; PACE bed availability still limited.",
          [("cust18", IS, "Curly apostrophes typed straight; Lead #N/A (old portfolio name 'Custody').")]),
    ]),
    ("PEEL 2018/19", D(2019, 5, 2), [
        R(47, "Recommendation", TXT["p18_1"], "Crime & Justice", "Immediate", D(2020, 3, 31), None,
          "Investigative capacity review completed; PIP2 uplift agreed.",
          [("p18_1", IS, "")]),
        R(48, "Recommendation", TXT["p18_2"], "Crime, Justice & Vulnerability", D(2019, 11, 2), None, "Off track",
          "Supervisory review compliance 61% (target 90%).",
          [("p18_2", IS, "Not the PEEL effectiveness 2016 supervision AFI (Definitive list row {H[eff16_afi]}): different wording and report.")]),
        R(49, "Recommendation", TXT["p18_3"], "Crime, Justice & Vulnerability", D(2019, 11, 2), None, "Submitted for closure",
          "Digital forensic kiosks in all hubs; backlog cleared. Evidence sent Aug-25.",
          [("p18_3", CS, "No Date completed (so RAG #REF! and a Days overdue figure), but Status 'Submitted for closure' and the update say it is done.")]),
        R(50, "Area for Improvement", TXT["p18_4"], "Corporate Development", D(2020, 5, 2), None, "On track",
          "Power BI performance suite in development.",
          [("p18_4", IS, "")]),
    ]),
    ("Police powers spotlight (Feb 21)", D(2021, 2, 26), [
        R(51, "National", "By July 2022 - officers & staff to have effective communication skills in line with National Policing Guidelines on Conflict Management (in addition to existing conflict mgmt / de-escalation training)",
          "People & Development", D(2022, 7, 31), None, "On track",
          "Comms skills module in OST refresher from Apr-24.",
          [("pw_1", IS, "")], ref=10402),
        R(52, "National", "By July 2022 - comms skills reinforced through CPD; supervisors supported to routinely & frequently debrief officers on these skills using BWV footage",
          "People & Development", D(2022, 7, 31), D(2023, 6, 30), "Submitted for closure",
          "BWV debrief guidance issued to sergeants; CPD day content updated.",
          [("pw_2", CF, "But the force wrote 'By July 2022' where HMICFRS says 'By July 2021' (the deadline of the row above was carried over), and its Target date follows it. Timescale disagrees, so conflict although the force says done and HMICFRS still has it open (Awaiting review).")], ref=10403),
        R("53a", "National", "BWV - officers to record the entirety of all S&S encounters incl. traffic stops & use of force incidents",
          "Local Policing", D(2021, 9, 30), D(2022, 1, 31), "Submitted for closure",
          "BWV policy amended - mandatory recording.",
          [("pw_3", CS, "Split row 1 of 3 (53a-53c, one per part of 10404, same ref). All three parts done; HMICFRS Being progressed: submit.")], ref=10404),
        R("53b", "National", "BWV - structured process for regularly reviewing a sufficient sample of footage to identify/disseminate learning & hold officers to account",
          "Local Policing", D(2021, 9, 30), D(2022, 3, 31), "Submitted for closure",
          "Monthly BWV dip sample by Insp, results to Legitimacy Board.",
          [("pw_3", CS, "Split row 2 of 3 (53b), done; all parts done, HMICFRS open.")], ref=10404),
        R("53c", "National", "BWV - give external scrutiny panel access to samples of S&S / use of force footage (CoP APP safeguards)",
          "Local Policing", D(2021, 9, 30), D(2022, 3, 31), "Submitted for closure",
          "Scrutiny panel reviews 20 clips per meeting.",
          [("pw_3", CS, "Split row 3 of 3 (53c), done; all parts done, HMICFRS open.")], ref=10404),
        R(54, "National", "By July 2021 - effective internal monitoring of use of force to identify & understand disproportionate use, explain reasons & implement improvement action",
          "Local Policing", D(2021, 7, 31), D(2022, 6, 30), "Closed",
          "UoF disproportionality panel established.",
          [("pw_5", IS, "")], ref=10406),
    ]),
    ("PEEL 21-22", D(2022, 5, 19), [
        R(55, "AFI", "Improve timeliness of response to calls for service involving people with mental ill health",
          "Contact Centre", D(2023, 5, 31), None, "Off track",
          "Right Care Right Person phase 2 delayed.",
          [("p21_1", IS, "")], ref=11210),
        R(56, "AFI", "Make sure victims of stalking & harassment are kept informed about progress of their case (VCOP)",
          "Public Protection", D(2023, 5, 31), D(2024, 9, 30), "Submitted for closure",
          "VCOP compliance audit 92%.",
          [("p21_2", CS, "")], ref=11211),
        R(57, "AFI", "Make sure reports of ASB are recorded accurately and without delay",
          "Local Policing", D(2023, 5, 31), D(2024, 12, 20), "Submitted for closure",
          "ASB recording audit by FCR - compliant.",
          [("p21_3", CF, "Wording is HMICFRS 11212 (ASB recording), but the force typed ref 11221, which is on no row of the HMICFRS list (digits transposed). Reference disagrees; otherwise force done / HMICFRS open.")], ref=11221),
        R(58, "Rec", "Make sure RASSO investigations are allocated to officers with the right skills and are effectively supervised",
          "Crime, Justice & Vulnerability", D(2023, 5, 31), None, "On track",
          "Operation Soteria roll-out; specialist RASSO team from Jan-25.",
          [("p21_4", CF, "Both open, but the force records it as a recommendation ('Rec') where HMICFRS has an area for improvement: type disagrees.")], ref=11213),
        R(59, "AFI", "Improve management of the risk posed by offenders involved in county lines",
          "Crime, Justice & Vulnerability", D(2023, 5, 31), None, "On track",
          "County lines taskforce; MOSOVO-style risk reviews.",
          [("p21_5", IS, "")], ref=11214),
        R(60, "AFI", "Performance framework to give senior leaders a clear picture of our response to VAWG",
          "Corporate Development", D(2023, 5, 31), None, "On track",
          "VAWG dashboard in build.",
          [("p21_6", CL, "Close locally (or challenge HMICFRS's closure).")], ref=11215),
        R(61, "AFI", "Provide a confidential way for staff to raise concerns; make sure staff are aware of whistleblowing processes",
          "Professional Standards", D(2023, 5, 31), None, "On track",
          "Staff survey shows low awareness of Integrity Line; comms campaign Q3.",
          [("p21_7", IS, "Ref 11216 picks the 2021/22 AFI, not the identical 2016 one (6705).")], ref=11216),
    ]),
    ("PEEL 2023/24", D(2023, 10, 26), [
        R(62, "CoC", "CoC: size of vetting backlog. Rec: within 6 months ensure all staff have at least the lowest level of vetting clearance for their roles - clear backlog & renewals as they become due; comply fully with national vetting guidelines",
          "Professional Standards", D(2024, 4, 26), None, "Off track",
          "Vetting backlog 412 (was 1,030). Additional vetting officers recruited.",
          [("p23_coc", IS, "One row holds both the cause of concern (12301) and its recommendation (12302); ref cell '12301 / 12302'. CoC half: open on both."),
           ("p23_rec", IS, "Same row, recommendation half (12302): open on both.")], ref="12301 / 12302"),
        R(63, "AFI", "Monitor team cultures incl. through gathering & analysis of staff feedback, and take prompt remedial action",
          "People & Development", D(2024, 10, 31), None, "On track",
          "Culture dashboard pilot in two LPAs.",
          [("p23_1", IS, "")], ref=12303),
        R(64, "AFI", "Develop a clear prevention strategy targeting people most at risk & make sure activity prioritises them",
          "Local Policing", D(2024, 10, 31), D(2025, 6, 30), "Submitted for closure",
          "Prevention strategy 2025-28 published.",
          [("p23_2", CS, "")], ref=12304),
        R(65, "AFI", "Improve how we gather, assess & act on intelligence about SOC",
          "Crime, Justice & Vulnerability", "TBC", None, "On track",
          "Intelligence requirement refreshed; SOC local profiles being updated.",
          [("p23_4", IS, "Target date 'TBC' gives Days overdue #VALUE!; not relevant to the decision.")], ref=12306),
        R(66, "AFI", "Ensure enough specialist capacity/capability to investigate fraud",
          "Crime, Justice & Vulnerability", None, None, "On track",
          "Economic crime unit restructure - business case Nov-25.",
          [("p23_5", IS, "Blank Target date gives Days overdue 45961 (as-at date minus zero); not relevant.")], ref=12307),
        R(67, "Local action", "Force improvement plan: Dip-sample 50 fraud crime reports each quarter and report findings to the Crime Standards Board",
          "Crime, Justice & Vulnerability", D(2024, 3, 31), None, "On track",
          "Q2 dip sample done.",
          [(None, NF, "The force's own action (type 'Local action', prefix 'Force improvement plan:'), added under the PEEL 2023/24 block next to the fraud AFI; HMICFRS never made it, nothing on the list asks for it.")], ref=None),
        R(68, "Local action", "Internal audit action: Internal audit of the counter-corruption governance arrangements (audit plan 2023/24)",
          "Professional Standards", D(2024, 3, 31), D(2024, 6, 28), "Closed",
          "Audit complete - substantial assurance.",
          [(None, NF, "Internal audit action kept in this tracker; not an HMICFRS item.")], ref=None),
    ]),
]

BASIS = {
    "leg16_2": "by wording and by elimination (the identical 2021/22 AFI has its own row with its ref)",
    "p21_3": "by wording and report (its typed ref 11221 is on no row of the list)",
}

MISSING = {
    "sas13_1": "Never logged: the force treated it as a College of Policing task. HMICFRS Complete; absent from the tracker.",
    "sf_7": "Its row (No. 33, between 32 and 34) was deleted in 2022 as a supposed duplicate; the gap in No. and the #REF! in the Report/Published cells of No. 34 and 35 show where it was. No force row holds the preventative powers text. HMICFRS Being progressed: nobody owns it.",
    "cust22": "Custody 2022 report never entered in this tracker (no row, no block). HMICFRS Awaiting review.",
    "p23_3": "PEEL 2023/24 AFI on equality and diversity data: no row in the PEEL 2023/24 block or anywhere else. HMICFRS Awaiting review.",
}

PORTFOLIOS = [
    ("Crime, Justice & Vulnerability", "Det Ch Supt Force CID"),
    ("Public Protection", "Ch Supt Public Protection"),
    ("Local Policing", "ACC Local Policing"),
    ("Contact Centre", "Supt Contact Centre"),
    ("Firearms Licensing", "Supt Firearms Licensing"),
    ("Criminal Justice & Custody", "Head of Criminal Justice"),
    ("People & Development", "Director of People"),
    ("Professional Standards", "Head of Professional Standards"),
    ("Corporate Development", "Head of Corporate Development"),
    ("Information Management", "Head of Information Management"),
    ("Finance", "Director of Finance"),
    ("Command Team", "DCC"),
]
LEAD_OF = dict(PORTFOLIOS)
STATUS_LIST = ["On track", "Off track", "Submitted for closure", "Closed"]
RAG_LIST = ["RED", "AMBER", "GREEN", "BLUE"]


def force_done(row) -> bool:
    st = row["status"]
    if st in ("Submitted for closure", "Closed"):
        return True
    if st in ("On track", "Off track"):
        return False
    return row["completed"] is not None


def fmt_d(d):
    return d.strftime("%d/%m/%Y")


README = """\
# Case `formula_errors_aged_tracker`

## Story

Cumbria Constabulary's HMICFRS tracker (force, owners, statuses and dates after publication are
invented; every HMICFRS text is real public wording) is an Excel workbook that the Strategic
Planning & Performance team has kept since 2016. The analyst who built it used formulas
throughout: a RAG worked out from "% complete", the dates and the "Position as at" date in B2; a
Lead looked up from a Portfolio list; Report and Published filled down with `=B<row above>` /
`=C<row above>` inside each report block; and, after the first definitive list arrived in
December 2019, an "HMICFRS Ref" column fetched by `INDEX/MATCH` on the recommendation text from
a pasted tab "Def list Dec19". Nine years of use broke most of it, and nobody rebuilt it:

- June 2021 restructure: the "% complete" column and the "Def list Dec19" tab were deleted. The
  RAG formula now reads `IF(L<>"","BLUE",IF(#REF!>=1,...))`: it still says **BLUE** where a Date
  completed exists and shows **#REF!** everywhere else. Every Ref formula shows **#REF!**. A
  manual **Status** column was added and filled in for the rows still open then and for rows
  added later; most rows closed before June 2021 were left with no Status (Date completed says
  it; rows 8 and 27 got "Closed" in a tidy-up).
  Rows added since 2021 were made by copying the row above, so they carry the same broken RAG.
  Refs for items from 2021 onwards were typed by hand.
- Portfolios were renamed (e.g. "Crime & Justice" became "Crime, Justice & Vulnerability"; "HR",
  "Custody" retired), so the Lead VLOOKUP shows **#N/A** on rows that still carry an old name.
- "Days overdue" is `IF(L<>"","",MAX(0,$B$2-I))`: **#VALUE!** where the target date is text
  ("Immediate", "Ongoing", "TBC"), 45961 where it is blank.
- In 2022 a Stolen Freedom row was deleted as a supposed duplicate. The fill-down formulas of
  the row below became `=#REF!` and the one below that inherits it.

Cached values are stored as Excel would have saved them, so a reader using cached values sees
the error values; a reader that takes formulas sees the formula text.

The HMICFRS side is an ordinary definitive-list export.

## Files

- `hmicfrs.xlsx`: one sheet `Definitive list`; header row 1; items rows 2-72 (71 items, sorted
  by publication date then ID). Columns: Recommendation ID (integer), Force, Report title,
  Publication date (date, dd/mm/yyyy), Type (National recommendation / Recommendation / Area for
  improvement / Cause of concern), Recommendation (text with real line breaks, bullets, curly
  quotes, stray footnote digits "and 20", "intelligence 86"), Status (Awaiting review, Being
  progressed, Complete, Superseded, No further action required), Status last updated (date).
- `tracker.xlsx`: three sheets, written with XlsxWriter, fixed properties.
  - `Tracker`: row 1 title, row 2 "Position as at:" with the date 31/10/2025 in B2 (used by the
    formulas), row 3 blank, **row 4 header**, item rows 5-76 (72 rows), row 77 blank, rows
    78-79 notes. Columns A-N: No. (typed running number: 29a-29d and 53a-53c for split rows, and
    a gap at 33 where the row was deleted), Report (block's first row typed, the rest `=B<above>`),
    Published (same, `=C<above>`), Type (force's words, which changed over the years: "National
    Recommendation", "Area for Improvement", "Cause of Concern / Recommendation", later
    "National", "AFI", "Rec", "CoC", "Local action"), HMICFRS Ref (formula #REF! on rows 5-56;
    typed on rows 57-74; blank on 75-76), Recommendation / AFI, Portfolio, Lead (VLOOKUP),
    Target date (date or text), Days overdue (formula), RAG (formula), Date completed (date),
    Status (On track / Off track / Submitted for closure / Closed / blank), Latest update.
    Autofilter on the header, panes frozen at C5, data validation lists on Portfolio and Status.
  - `Dashboard`: COUNTIF counts by Status and by RAG (RED/AMBER/GREEN all 0, BLUE 47) and a
    COUNTA of rows (72). No items.
  - `Lists`: lookup lists (Portfolio to Lead, Status, RAG). No items.
- `truth.csv`: UTF-8, `hmicfrs_row,force_row,category,why`; provenance `Definitive list!N` and
  `Tracker!N`.

## What the layout brings (row numbers are Tracker rows unless said)

1. **Header on row 4**, title and an as-at date above it, notes below the items (78-79).
2. **RAG is not a status column any more**: BLUE on the 47 rows with a Date completed, #REF! on
   the other 25. The RAG counts on the Dashboard (0 red/amber/green) show it. Force status has
   to be read from Status, and where Status is blank (pre-2021 closures, e.g. rows 5-7, 9-10,
   12-15, 17, 19, 21-23, 26, 29-30, 37, 45-47, 49, 53) from Date completed.
3. **Status and Date completed disagree once, honestly**: row 25 (PEEL Legitimacy 2016 vetting
   AFI) keeps Date completed 31/01/2018 and so RAG BLUE, but Status "Off track" and the update
   say it was re-opened in March 2022. The force holds it open.
4. **Done without a date**: row 55 is "Submitted for closure" with no Date completed, so its RAG
   is #REF! and it shows a Days overdue figure; Status says done.
5. **No usable HMICFRS reference on rows 5-56** (#REF! from the deleted lookup tab; pandas reads
   it as empty): these must be matched on text and report.
6. **#REF! in Report and Published on rows 40-41** (No. 34 and 35), where the row above was
   deleted: the report must come from the text (and the neighbouring block).
7. **A row filed in the wrong block**: row 46 (No. 40) was inserted into the "PEEL Legit 17 S&S"
   block, so its fill-down Report/Published read PEEL Legit 17 / 12/12/2017, but it is the
   PEEL legitimacy 2016 whistleblowing AFI (completed May 2018). HMICFRS re-raised the same
   wording in PEEL 2021/22 (ID 11216), which has its own row 69 with ref 11216.
8. **Near-identical national texts in different reports**: rows 6 (Stop and search 2013) and
   15 (Stop and search powers 2, 2015) differ by a few words; the report label and date decide.
   Rows 29 (PEEL effectiveness 2016 supervision AFI) and 54 (PEEL 2018/19 supervision rec) are
   about the same subject with different wording.
9. **Splits**: rows 33-36 (No. 29a-29d) are the four bullets of the Stolen Freedom leadership
   recommendation (HMICFRS 8230), one row each, 29b still "Off track"; rows 59-61 (No. 53a-53c)
   are the three parts of the body-worn video recommendation (10404), all done, each carrying
   ref 10404.
10. **Two items in one row**: row 26 holds the PEEL effectiveness 2016 domestic abuse cause of
   concern and its recommendation ("Cause of concern: ... Recommendation: ..."), HMICFRS 7012
   and 7013; row 70 holds the PEEL 2023/24 vetting cause of concern and recommendation, ref
   cell "12301 / 12302".
11. **Texts by era**: rows 5-56 were pasted from the register (verbatim, with the register's
   quirks; some typed straight quotes, row 28's bullets put on their own lines, row 21 cut at the
   first semicolon, row 42 keeps only the sentence addressed to forces); rows 57-76 are the
   force's own shortened wording with abbreviations (S&S, BWV, VCOP, RASSO, VAWG, SOC).
12. **Error values elsewhere that decide nothing**: Lead #N/A (rows 7, 24, 29-30, 33-37,
   39-41, 52-53), Days overdue #VALUE! (rows 11, 39-40, 73) and 45961 (row 74).
13. **Force's own actions**: rows 75-76 ("Local action"), not HMICFRS items.

## Traps and how the truth decides them

- Status: force done = Status "Submitted for closure" or "Closed", or Status blank with a Date
  completed; open = "On track" / "Off track" (row 25 therefore open). A split item is done only
  when all its rows are (8230 is open because of row 34).
- Row 25 (6704): HMICFRS "Superseded" on 26/10/2023, the day the PEEL 2023/24 report with the
  vetting cause of concern was published; force re-opened the row: **closeable_local**.
- Rows 40-41: matched by text to Stolen Freedom 8234 (HMICFRS Complete, force On track:
  **closeable_local**) and 8235 (HMICFRS open, force submitted: **closeable_submit**).
- Stolen Freedom 8236 (preventative powers, HMICFRS row 39) is the deleted row:
  **missing_from_force**.
- Row 46 vs HMICFRS 6705 / 11216: the identical wording sits in two reports; row 69 takes 11216 by
  its ref, row 46 is the 2016 item by its date completed and by elimination. Both closed, but the
  report and publication date disagree: **conflict**.
- Row 44 (8552): the force's copy has only two of the three bullets (the possession-only drug
  searches bullet is missing) and says done: **conflict** (missing bullet), not submit.
- Row 58 (10403): force wrote "By July 2022" (carried over from row 57), HMICFRS "By July
  2021": **conflict** (timescale).
- Row 65: wording is 11212 but the typed ref is 11221, which is not on the list: **conflict**
  (reference).
- Row 66 (11213): force type "Rec", HMICFRS "Area for improvement": **conflict** (type).
- Rows 26 and 70: one truth line per item held, each in_sync.
- Rows 59-61 (10404): three lines with the same hmicfrs_row, all **closeable_submit**; rows 33-36
  (8230): four lines, all **in_sync** (open on both).
- Row 21 (5875): text cut at the first semicolon, both closed: **in_sync** (nothing left to
  disagree on). Row 42 (8390): the force copied only the sentence addressed to chief constables;
  the rest is for the Home Office, NPCC and APCC: **closeable_submit**.
- HMICFRS 1391 (Stop and search 2013, row 2; Complete) never logged; HMICFRS 11530 (custody
  2022, row 65) and 12305 (PEEL 2023/24 equality data AFI, row 70) never logged:
  **missing_from_force**.
- No `review` lines: every pair could be decided from the two rows.

## Counts

__COUNTS__

HMICFRS items 71 (all appear in the truth); tracker item rows 72 (all appear; rows 26 and 70
twice, once per item).

## Rows that are not items

- `hmicfrs.xlsx` `Definitive list` row 1: header.
- `tracker.xlsx` `Tracker` row 1: title; row 2: "Position as at:" and the as-at date; row 3:
  blank; row 4: header; row 77: blank; row 78: note ("NB: RAG and HMICFRS Ref formulas broken
  since the restructure ... use the Status column. KP"); row 79: note ("Rows closed before
  Jun-21 have no Status - see Date completed.").
- `tracker.xlsx` `Dashboard` rows 1-16: title, as-at date, count tables (formulas). No items.
- `tracker.xlsx` `Lists` rows 1-14: lookup lists. No items.

## Checks run

- Builder asserts: every HMICFRS item is matched to at least one tracker row or listed as
  missing; every tracker item row yields at least one truth line; each non-conflict category
  equals the one implied by the two statuses (HMICFRS open/closed x force open/done, split
  items aggregated).
- Read back with pandas (`read_excel`, all sheets: hmicfrs 71 x 8 under the header; Tracker 79
  rows, error cells come back as NaN) and with openpyxl (formulas with `data_only=False`,
  cached values including "#REF!", "#N/A", "#VALUE!" with `data_only=True`); truth rows checked
  against the files: every `Definitive list!2..72` and every `Tracker!5..76` present, no others.
- Built twice; `hmicfrs.xlsx`, `tracker.xlsx`, `truth.csv` and `README.md` identical byte for
  byte (XlsxWriter in-memory, fixed created date, fixed zip timestamps).
- The tool was not read, imported or run.
"""


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    items = {k: dict(key=k, id=i, rep=r, type=t, text=x, status=s, sdate=sd)
             for (k, i, r, t, x, s, sd) in H_ITEMS}
    assert len(items) == len(H_ITEMS)

    # ---------------- HMICFRS workbook ----------------
    order = sorted(H_ITEMS, key=lambda it: (REPORTS[it[2]][1], it[1]))
    hpath = os.path.join(OUT, "hmicfrs.xlsx")
    wb = xlsxwriter.Workbook(hpath, {"in_memory": True})
    wb.set_properties({"title": "Recommendations - definitive list", "author": "HMICFRS",
                       "company": "HMICFRS", "created": FIXED_CREATED})
    ws = wb.add_worksheet("Definitive list")
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True,
                         "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    heads = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
             "Recommendation", "Status", "Status last updated"]
    for c, h in enumerate(heads):
        ws.write_string(0, c, h, hdr)
    hrow = {}
    for i, it in enumerate(order):
        r = i + 1
        k = it[0]
        hrow[k] = r + 1
        it_ = items[k]
        ws.write_number(r, 0, it_["id"], wrap)
        ws.write_string(r, 1, FORCE, wrap)
        ws.write_string(r, 2, REPORTS[it_["rep"]][0], wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(REPORTS[it_["rep"]][1], dt.time()), datef)
        ws.write_string(r, 4, it_["type"], wrap)
        ws.write_string(r, 5, it_["text"], wrap)
        ws.write_string(r, 6, it_["status"], wrap)
        ws.write_datetime(r, 7, dt.datetime.combine(it_["sdate"], dt.time()), datef)
    ws.set_column(0, 0, 14)
    ws.set_column(1, 1, 20)
    ws.set_column(2, 2, 40)
    ws.set_column(3, 3, 13)
    ws.set_column(4, 4, 20)
    ws.set_column(5, 5, 90)
    ws.set_column(6, 7, 18)
    ws.autofilter(0, 0, len(order), len(heads) - 1)
    ws.freeze_panes(1, 0)
    wb.close()

    # ---------------- Force workbook ----------------
    fpath = os.path.join(OUT, "tracker.xlsx")
    wb = xlsxwriter.Workbook(fpath, {"in_memory": True})
    wb.set_properties({"title": "HMICFRS Recommendations Tracker v7.3",
                       "author": "Strategic Planning & Performance",
                       "company": FORCE, "created": FIXED_CREATED})
    ws = wb.add_worksheet("Tracker")
    dash = wb.add_worksheet("Dashboard")
    lists = wb.add_worksheet("Lists")
    title = wb.add_format({"bold": True, "font_size": 14})
    bold = wb.add_format({"bold": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "border": 1, "text_wrap": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    asatf = wb.add_format({"num_format": "dd/mm/yyyy", "bold": True})
    numf = wb.add_format({"num_format": "0", "valign": "top", "border": 1})
    italic = wb.add_format({"italic": True, "font_color": "#C00000"})

    ws.write_string(0, 0, f"{FORCE} - HMICFRS Recommendations & AFIs Tracker", title)
    ws.write_string(1, 0, "Position as at:", bold)
    ws.write_datetime(1, 1, dt.datetime.combine(AS_AT, dt.time()), asatf)
    heads = ["No.", "Report", "Published", "Type", "HMICFRS Ref", "Recommendation / AFI",
             "Portfolio", "Lead", "Target date", "Days overdue", "RAG", "Date completed",
             "Status", "Latest update"]
    HEADER_ROW = 4  # Excel row
    for c, h in enumerate(heads):
        ws.write_string(HEADER_ROW - 1, c, h, hdr)

    truth = []
    item_done = {}
    nparts = {}
    for _l, _p, rows_ in BLOCKS:
        for row_ in rows_:
            for key_, *_ in row_["items"]:
                if key_:
                    item_done[key_] = item_done.get(key_, True) and force_done(row_)
                    nparts[key_] = nparts.get(key_, 0) + 1
    r = HEADER_ROW  # 0-based index of next row == Excel row HEADER_ROW+1
    status_counts = {s: 0 for s in STATUS_LIST}
    rag_counts = {s: 0 for s in RAG_LIST}
    n_text = 0
    frow_of_key = {}
    for label, pub, rows in BLOCKS:
        prev_rep, prev_pub = None, None
        for j, row in enumerate(rows):
            x = r + 1  # Excel row number
            # A No.
            if isinstance(row["no"], int):
                ws.write_number(r, 0, row["no"], numf)
            else:
                ws.write_string(r, 0, row["no"], wrap)
            # B Report / C Published
            if j == 0:
                ws.write_string(r, 1, label, wrap)
                ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), datef)
                cur_rep, cur_pub = label, serial(pub)
            elif "after_deleted" in row["flags"]:
                ws.write_formula(r, 1, "=#REF!", wrap, "#REF!")
                ws.write_formula(r, 2, "=#REF!", datef, "#REF!")
                cur_rep, cur_pub = "#REF!", "#REF!"
            else:
                ws.write_formula(r, 1, f"=B{x - 1}", wrap, prev_rep)
                ws.write_formula(r, 2, f"=C{x - 1}", datef, prev_pub)
                cur_rep, cur_pub = prev_rep, prev_pub
            prev_rep, prev_pub = cur_rep, cur_pub
            # D Type
            ws.write_string(r, 3, row["type"], wrap)
            # E HMICFRS Ref
            ref = row["ref"]
            if ref == REF_FORMULA:
                ws.write_formula(r, 4, f"=INDEX(#REF!,MATCH(F{x},#REF!,0))", wrap, "#REF!")
            elif isinstance(ref, int):
                ws.write_number(r, 4, ref, numf)
            elif isinstance(ref, str):
                ws.write_string(r, 4, ref, wrap)
            else:
                ws.write_blank(r, 4, None, wrap)
            # F text
            ws.write_string(r, 5, row["text"], wrap)
            n_text += 1
            # G Portfolio, H Lead
            ws.write_string(r, 6, row["portfolio"], wrap)
            lead = LEAD_OF.get(row["portfolio"], "#N/A")
            ws.write_formula(r, 7, f"=VLOOKUP(G{x},Lists!$A$3:$B$14,2,FALSE)", wrap, lead)
            # I Target date
            tgt = row["target"]
            if isinstance(tgt, dt.date):
                ws.write_datetime(r, 8, dt.datetime.combine(tgt, dt.time()), datef)
            elif isinstance(tgt, str):
                ws.write_string(r, 8, tgt, wrap)
            else:
                ws.write_blank(r, 8, None, datef)
            # J Days overdue: =IF(L<>"","",MAX(0,$B$2-I))
            comp = row["completed"]
            if comp is not None:
                dval = ""
            elif isinstance(tgt, dt.date):
                dval = max(0, serial(AS_AT) - serial(tgt))
            elif isinstance(tgt, str):
                dval = "#VALUE!"
            else:
                dval = serial(AS_AT)
            ws.write_formula(r, 9, f'=IF(L{x}<>"","",MAX(0,$B$2-I{x}))', numf, dval)
            # K RAG (broken): BLUE if Date completed else #REF!
            rag = "BLUE" if comp is not None else "#REF!"
            if rag == "BLUE":
                rag_counts["BLUE"] += 1
            ws.write_formula(r, 10, f'=IF(L{x}<>"","BLUE",IF(#REF!>=1,"GREEN",IF($B$2>I{x},"RED","AMBER")))', wrap, rag)
            # L Date completed
            if comp is not None:
                ws.write_datetime(r, 11, dt.datetime.combine(comp, dt.time()), datef)
            else:
                ws.write_blank(r, 11, None, datef)
            # M Status
            if row["status"]:
                ws.write_string(r, 12, row["status"], wrap)
                status_counts[row["status"]] += 1
            else:
                ws.write_blank(r, 12, None, wrap)
            # N update
            ws.write_string(r, 13, row["update"], wrap)

            # truth (an item is done only when every row holding it is done)
            for key, cat, why in row["items"]:
                if key is None:
                    truth.append(("", f"Tracker!{x}", cat, why))
                    continue
                it = items[key]
                done = item_done[key]
                rdone = force_done(row)
                hopen = it["status"] in OPEN_H
                assert it["status"] in OPEN_H | CLOSED_H
                expect = {(True, True): CS, (True, False): IS, (False, False): CL,
                          (False, True): IS}[(hopen, done)]
                if cat != CF:
                    assert cat == expect, (key, cat, expect)
                if key in BASIS:
                    basis = BASIS[key]
                elif cur_rep == "#REF!":
                    basis = "by wording (its Report and Published cells show #REF!)"
                elif (isinstance(ref, int) and ref == it["id"]) or (
                        isinstance(ref, str) and str(it["id"]) in ref):
                    basis = f"by HMICFRS Ref {it['id']}, wording and report"
                elif ref == REF_FORMULA:
                    basis = "by wording and report (its HMICFRS Ref cell shows #REF!)"
                else:
                    basis = "by wording and report"
                base = (f"Matched to HMICFRS {it['id']} ({REPORTS[it['rep']][0]}) {basis}. "
                        f"HMICFRS '{it['status']}' ({'open' if hopen else 'closed'}); force "
                        + (f"Status '{row['status']}'" if row["status"] else "Status blank")
                        + (f", Date completed {fmt_d(comp)}" if comp else ", no Date completed")
                        + (f" (done)." if rdone and done else f" (open)." if not rdone and not done
                           else f" (this part {'done' if rdone else 'open'}; the item, over "
                                f"{nparts[key]} rows, {'done' if done else 'open'})."))
                why = base + (" " + why if why else "")
                truth.append((f"Definitive list!{hrow[key]}", f"Tracker!{x}", cat, why))
                frow_of_key.setdefault(key, []).append(x)
            r += 1
    last_item_row = r  # Excel row of last item == r
    # note rows
    ws.write_string(r + 1, 0, "NB: RAG and HMICFRS Ref formulas broken since the restructure "
                    "(Jun-21, % complete column and 'Def list Dec19' tab removed) - use the Status "
                    "column. KP", italic)
    ws.write_string(r + 2, 0, "Rows closed before Jun-21 have no Status - see Date completed.",
                    italic)
    note_rows = [r + 2, r + 3]

    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 22)
    ws.set_column(2, 2, 11)
    ws.set_column(3, 3, 16)
    ws.set_column(4, 4, 11)
    ws.set_column(5, 5, 80)
    ws.set_column(6, 7, 22)
    ws.set_column(8, 12, 12)
    ws.set_column(13, 13, 50)
    ws.freeze_panes(HEADER_ROW, 2)
    ws.autofilter(HEADER_ROW - 1, 0, last_item_row - 1, len(heads) - 1)
    ws.data_validation(HEADER_ROW, 12, 300, 12,
                       {"validate": "list", "source": "=Lists!$D$3:$D$6"})
    ws.data_validation(HEADER_ROW, 6, 300, 6,
                       {"validate": "list", "source": "=Lists!$A$3:$A$14"})

    # Lists sheet
    lists.write_string(0, 0, "Lookup lists - do not edit", bold)
    lists.write_string(1, 0, "Portfolio", bold)
    lists.write_string(1, 1, "Lead", bold)
    for i, (p, l) in enumerate(PORTFOLIOS):
        lists.write_string(2 + i, 0, p)
        lists.write_string(2 + i, 1, l)
    lists.write_string(1, 3, "Status", bold)
    for i, s in enumerate(STATUS_LIST):
        lists.write_string(2 + i, 3, s)
    lists.write_string(1, 5, "RAG", bold)
    for i, s in enumerate(RAG_LIST):
        lists.write_string(2 + i, 5, s)
    lists.set_column(0, 1, 30)
    lists.set_column(3, 3, 22)

    # Dashboard sheet
    dash.write_string(0, 0, "HMICFRS tracker dashboard", title)
    dash.write_string(1, 0, "Position as at:", bold)
    dash.write_formula(1, 1, "=Tracker!B2", asatf, serial(AS_AT))
    dash.write_string(3, 0, "Status", bold)
    dash.write_string(3, 1, "Count", bold)
    for i, s in enumerate(STATUS_LIST):
        dash.write_string(4 + i, 0, s)
        dash.write_formula(4 + i, 1, f'=COUNTIF(Tracker!$M$5:$M${last_item_row},A{5 + i})',
                           None, status_counts[s])
    dash.write_string(9, 0, "RAG", bold)
    dash.write_string(9, 1, "Count", bold)
    for i, s in enumerate(RAG_LIST):
        dash.write_string(10 + i, 0, s)
        dash.write_formula(10 + i, 1, f'=COUNTIF(Tracker!$K$5:$K${last_item_row},A{11 + i})',
                           None, rag_counts[s])
    dash.write_string(15, 0, "Total rows", bold)
    dash.write_formula(15, 1, f"=COUNTA(Tracker!$F$5:$F${last_item_row})", None, n_text)
    dash.set_column(0, 0, 24)
    dash.set_column(1, 1, 12)
    ws.activate()
    wb.close()

    # missing_from_force
    for key, why in MISSING.items():
        assert key not in frow_of_key, key
        it = items[key]
        truth.append((f"Definitive list!{hrow[key]}", "", "missing_from_force",
                      f"HMICFRS {it['id']} ({REPORTS[it['rep']][0]}), {it['status']}. " + why))
    # every HMICFRS item covered
    for k in items:
        assert k in frow_of_key or k in MISSING, k

    def sort_key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        f = int(t[1].split("!")[1]) if t[1] else 10 ** 6
        return (h, f)

    truth.sort(key=sort_key)
    F = {k: v[0] for k, v in frow_of_key.items()}
    truth = [(a, b, c, d.format(H=hrow, F=F)) for (a, b, c, d) in truth]
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)

    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    order_c = ["in_sync", "closeable_submit", "closeable_local", "conflict",
               "missing_from_force", "not_on_hmicfrs_list", "review"]
    lines = "\n".join(f"- {c}: {cnt.get(c, 0)}" for c in order_c) + f"\n- total truth lines: {len(truth)}"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README.replace("__COUNTS__", lines))
    # info for README (printed, not written into the case folder)
    print("last item row", last_item_row, "note rows", note_rows, "hmicfrs items", len(order))
    print("HMICFRS rows", hrow)
    print("force rows", frow_of_key)
    from collections import Counter
    print(Counter(t[2] for t in truth), len(truth))

if __name__ == "__main__":
    main()
