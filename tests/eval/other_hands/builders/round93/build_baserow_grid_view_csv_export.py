"""Build the case `baserow_grid_view_csv_export` (round 93, case A).

Force side: Cumbria Constabulary's HMICFRS tracker kept in a self-hosted Baserow database,
exported from the grid view "JAC reconciliation" as Baserow writes CSV: UTF-8 with BOM, CRLF,
an `id` column first (Baserow's own row id), link-row and lookup cells joined with "," (no
space), "unnamed row N" for a linked row with an empty primary field, booleans True/False,
EU dates dd/mm/yyyy, last-modified dd/mm/yyyy HH:MM, rich long text exported as markdown.
HMICFRS side: the register's ordinary xlsx export (title rows, header on row 4).

Run: /work/main/.venv/bin/python /tmp/indep93/build_baserow_grid_view_csv_export.py
Deterministic: no clock, no randomness, fixed workbook properties (XlsxWriter writes fixed zip
timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os

import xlsxwriter

CASE = "baserow_grid_view_csv_export"
OUT = os.path.join("/tmp/indep93", CASE)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------
# Real texts, copied as literals (national.py / force.py lists, OGL).
# --------------------------------------------------------------------------------------
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
    "safeguards in the College of Policing’s APP on body-worn video."
)
CDI_VICTIMS_BODY = (
    "put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed"
)
MISSING_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
CHILDREN_BODY = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested"
)

# Reports on the HMICFRS list: key -> (title, publication date)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 12)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 19)),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022", dt.date(2022, 8, 25)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2024, 3, 14)),
}

# HMICFRS items: key -> (register id, report, type, text, status, status date)
H = [
    ("sas13_1", 1183, "sas13", NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", "Complete", dt.date(2016, 2, 11)),
    ("sas13_2", 1184, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", "Complete", dt.date(2016, 2, 11)),
    ("sas13_3", 1185, "sas13", NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", "Superseded", dt.date(2015, 3, 24)),
    ("everyone", 2321, "everyone", NAT, EVERYONE_PLAN, "Being progressed", dt.date(2019, 6, 3)),
    ("aust_1", 2788, "austerity", NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", "Complete", dt.date(2015, 7, 2)),
    ("aust_2", 2789, "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", "Complete", dt.date(2015, 7, 2)),
    ("aust_3", 2790, "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", "Complete", dt.date(2015, 7, 2)),
    ("aust_4", 2791, "austerity", NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", "Complete", dt.date(2016, 1, 19)),
    ("core_1", 4822, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Complete", dt.date(2016, 5, 9)),
    ("core_2", 4823, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "No further action required", dt.date(2021, 11, 30)),
    ("integrity", 902, "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "Being progressed", dt.date(2022, 4, 12)),
    ("sas15", 5107, "sas15", NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", "Complete", dt.date(2018, 10, 1)),
    ("picture", 5391, "picture", NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "Being progressed", dt.date(2023, 2, 7)),
    ("fire_1", 5630, "firearms", NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "Complete", dt.date(2017, 3, 14)),
    ("fire_2", 5631, "firearms", NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "Complete", dt.date(2017, 3, 14)),
    ("fire_3", 5632, "firearms", NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "Being progressed", dt.date(2024, 9, 2)),
    ("fire_4", 5633, "firearms", NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "Awaiting review", dt.date(2025, 10, 20)),
    ("fire_5", 5634, "firearms", NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "Being progressed", dt.date(2024, 9, 2)),
    ("sf_lead", 8402, "stolen", NAT, SF_LEADERSHIP, "Being progressed", dt.date(2025, 4, 28)),
    ("sf_intel", 8403, "stolen", NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", "Complete", dt.date(2019, 8, 15)),
    ("sf_s45", 8404, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "Being progressed", dt.date(2025, 4, 28)),
    ("sf_nrm", 8405, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "Being progressed", dt.date(2025, 4, 28)),
    ("sf_ncrs", 8406, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "Complete", dt.date(2024, 1, 22)),
    ("sf_invest", 8407, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "Being progressed", dt.date(2025, 4, 28)),
    ("sf_prevent", 8408, "stolen", NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "Awaiting review", dt.date(2025, 10, 20)),
    ("efc17", 8519, "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", "Being progressed", dt.date(2023, 2, 7)),
    ("leg_coc", 8540, "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.", "Being progressed", dt.date(2024, 6, 17)),
    ("leg_mon", 8541, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", dt.date(2024, 6, 17)),
    ("leg_disp", 8542, "leg17", NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "Complete", dt.date(2022, 12, 5)),
    ("leg_pub", 8543, "leg17", NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "Being progressed", dt.date(2024, 6, 17)),
    ("leg_ub", 8544, "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "Complete", dt.date(2021, 3, 1)),
    ("eff_coc", 8790, "eff17", COC, "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed.", "Superseded", dt.date(2022, 5, 19)),
    ("eff_dash", 8791, "eff17", REC, "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.", "Superseded", dt.date(2022, 5, 19)),
    ("eff_rui", 8792, "eff17", AFI, "The force should improve its understanding of suspects released under investigation and the management of those released on bail.", "Complete", dt.date(2020, 10, 6)),
    ("eff_prev", 8793, "eff17", AFI, "The force should develop a clear prevention strategy targeting people most at risk and make sure activity undertaken prioritises people most at risk.", "Being progressed", dt.date(2023, 2, 7)),
    ("eff_sup", 8794, "eff17", REC, "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;", "Being progressed", dt.date(2023, 2, 7)),
    ("ncpi_coc", 9015, "ncpi18", COC, "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm.", "Being progressed", dt.date(2024, 6, 17)),
    ("ncpi_miss", 9016, "ncpi18", REC, "Within six months the force should " + MISSING_BODY + ".", "Being progressed", dt.date(2024, 6, 17)),
    ("ncpi_cse", 9017, "ncpi18", REC, "Within three months, the force should improve how it works with partner organisations to safeguard people at risk from child sexual exploitation.", "Complete", dt.date(2020, 1, 13)),
    ("cdi_vict", 9360, "cdi19", REC, "Immediately, the force should " + CDI_VICTIMS_BODY + ".", "Being progressed", dt.date(2025, 4, 28)),
    ("cdi_sys", 9361, "cdi19", REC, "Within three months, the force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.", "Being progressed", dt.date(2025, 4, 28)),
    ("cdi_stalk", 9362, "cdi19", AFI, "The force should make sure it records reports of stalking and harassment accurately and without delay.", "Awaiting review", dt.date(2025, 10, 20)),
    ("pow_comm", 10117, "powers", NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "Being progressed", dt.date(2024, 6, 17)),
    ("pow_cpd", 10118, "powers", NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "Being progressed", dt.date(2024, 6, 17)),
    ("pow_bwv", 10119, "powers", NAT, BWV_2021, "Being progressed", dt.date(2024, 6, 17)),
    ("pow_ho", 10120, "powers", NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", "No further action required", dt.date(2021, 6, 8)),
    ("pow_mon", 10121, "powers", NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "Awaiting review", dt.date(2025, 10, 20)),
    ("p21_ctrl", 10655, "peel21", AFI, "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.", "Being progressed", dt.date(2025, 4, 28)),
    ("p21_dig", 10656, "peel21", AFI, "The force should improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed.", "Being progressed", dt.date(2025, 4, 28)),
    ("p21_whistle", 10657, "peel21", AFI, "Cumbria Constabulary should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", "Complete", dt.date(2024, 11, 4)),
    ("p21_eqdata", 10658, "peel21", AFI, "The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.", "Being progressed", dt.date(2025, 4, 28)),
    ("p21_davict", 10659, "peel21", AFI, "The force should make sure victims of domestic abuse are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.", "Being progressed", dt.date(2025, 4, 28)),
    ("p21_wfp", 10660, "peel21", REC, "Within six months Cumbria Constabulary should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", "Being progressed", dt.date(2025, 4, 28)),
    ("c22_child", 10842, "cust22", REC, "Immediately, the force should " + CHILDREN_BODY + ".", "Being progressed", dt.date(2025, 4, 28)),
    ("c22_data", 10843, "cust22", REC, "By February 2023, the force should make sure it has access to accurate data and analysis to support effective performance management.", "Being progressed", dt.date(2025, 4, 28)),
    ("c22_info", 10844, "cust22", AFI, "The force should make sure it provides accessible information for all staff and members of the public on how they can raise concerns and access confidential support (including through external agencies).", "Complete", dt.date(2024, 2, 26)),
    ("p23_coc", 11871, "peel23", COC, "The size of the vetting backlog within Cumbria Constabulary is a cause of concern.", "Being progressed", dt.date(2025, 10, 20)),
    ("p23_vet", 11872, "peel23", REC, "Within three months, the force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.", "Being progressed", dt.date(2025, 10, 20)),
    ("p23_calls", 11873, "peel23", AFI, "The force should improve the timeliness of its response to calls for service involving vulnerable adults.", "Awaiting review", dt.date(2024, 3, 14)),
    ("p23_rasso", 11874, "peel23", AFI, "The force should make sure investigations of rape and serious sexual offences are allocated to officers with the right skills and are effectively supervised.", "Being progressed", dt.date(2025, 10, 20)),
    ("p23_culture", 11875, "peel23", AFI, "The force should put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies.", "Being progressed", dt.date(2025, 10, 20)),
    ("p23_bgc", 11876, "peel23", AFI, "The force should immediately review its current background checks arrangements, and make sure that suitable and sufficient background checks are in place to safeguard its staff and the communities it serves.", "Being progressed", dt.date(2025, 10, 20)),
    ("p23_vawg", 11877, "peel23", AFI, "The force should make sure its performance framework gives senior leaders a clear picture of its response to violence against women and girls.", "Awaiting review", dt.date(2024, 3, 14)),
]

HM_OPEN = {"Awaiting review", "Being progressed"}

# --------------------------------------------------------------------------------------
# Baserow "Reports" table (linked): row id -> primary field value (Name), published
# --------------------------------------------------------------------------------------
BR_REPORTS = {
    "sas13": "Stop & Search 2013",
    "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014",
    "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015",
    "sas15": "Stop & search powers 2",
    "picture": "Building the Picture 2015",
    "firearms": None,   # the Reports row whose Name was cleared: Baserow exports "unnamed row 14"
    "stolen": "Stolen Freedom (MSHT) 2017",
    "efc17": "PEEL Efficiency 17 (all forces)",
    "leg17": "PEEL Legit 17 S&S",
    "eff17": "PEEL Eff 17",
    "ncpi18": "NCPI 2018",
    "cdi19": "CDI 2019",
    "powers": "Police powers spotlight, Feb 21",
    "peel21": "PEEL 2021/22",
    "cust22": "Custody inspection 2022",
    "peel23": "PEEL 2023/25",
    "local": "Force Improvement Plan",
}
UNNAMED = {"firearms": "unnamed row 14"}


def rep(*keys):
    return ",".join(BR_REPORTS[k] or UNNAMED[k] for k in keys)


def pub(*keys):
    out = []
    for k in keys:
        if k == "local":
            continue  # the Force Improvement Plan row has no Published date
        out.append(REPORTS[k][1].strftime("%d/%m/%Y"))
    return ",".join(out)


DONE = {"Proposed for closure", "Signed off", "N/A – national body"}
OPEN = {"New", "In progress", "At risk", "Awaiting evidence"}

# --------------------------------------------------------------------------------------
# Force rows. Each: dict of fields + truth list [(hmicfrs key or None, category, why)].
# `id` is Baserow's row id. Rows are later sorted as the view sorts: Target date asc,
# empty first (Baserow puts empty dates first when ascending), then id.
# --------------------------------------------------------------------------------------
EXPORT_DAY = dt.date(2026, 11, 2)   # the day the view was exported (fixed; no clock)
F = []


def row(id, name, reports, typ, ref, text, status, lead, portfolio, target, update, truth,
        parent="", closed=None, modified="06/03/2023 10:14"):
    if closed is None:
        closed = status in ("Signed off", "N/A – national body")
    if target:
        d, m, y = (int(x) for x in target.split("/"))
        overdue = dt.date(y, m, d) < EXPORT_DAY and not closed
    else:
        overdue = False
    F.append({"id": str(id), "Name": name,
              "Report": rep(*reports) if reports else "",
              "Published": pub(*reports) if reports else "",
              "Type": typ, "HMICFRS ID": ref, "Recommendation": text, "Status": status,
              "Closed": "True" if closed else "False", "Lead": lead, "Portfolio": portfolio,
              "Target date": target, "Overdue": "True" if overdue else "False",
              "Update": update, "Parent rec": parent, "Last modified": modified,
              "truth": truth})


# ---- national items ---------------------------------------------------------------------
row(3, "S&S APP specification", ["sas13"], "National rec", "1183",
    "Chief Constables & CoP should establish in the S&S APP a clear specification of what constitutes the effective and fair exercise of S&S powers, and guidance. This should be compliant with the Code of Practice.",
    "Signed off", "Rachel Tolson", "Legitimacy", "31/03/2016", "Closed by HMIC Feb 2016.",
    [("sas13_1", "in_sync", "Ref 1183 and the abbreviated wording match; HMICFRS Complete, force Signed off: closed on both.")])
row(5, "S&S public explanation & community scrutiny", ["sas13"], "National rec", "",
    "CCs should, in consultation with elected local policing bodies, comply with the code of practice by explaining to the public how S&S powers are used & arranging for S&S records to be scrutinised by community reps. Involve those stopped & searched e.g. young people.",
    "In progress", "Rachel Tolson", "Legitimacy,Engagement", "", "Scrutiny panel ToR being refreshed with OPCC.",
    [("sas13_3", "closeable_local", "No ref. 'elected local policing bodies' and the 2013 report link identify the 2013 item (the 2015 twin says police and crime commissioners). HMICFRS Superseded, force In progress: close locally.")])
row(7, "Publish DA action plan", ["everyone"], "National rec", "2321",
    "Establish and publish a DA action plan setting out in detail the steps the force will take to improve its approach to DA. Plan developed:\n\n- in consultation with PCC, DA support orgs and victims' reps;\n- after considering all the recs in the report;\n- with reference to DHRs and IPCC findings;\n- drawing on CPS scrutiny panels and MARAC self-assessments.",
    "Proposed for closure", "Michelle Varty", "Vulnerability", "30/09/2014",
    "**Update 09/10/2026:** DA Delivery Plan v4 published on website. Evidence pack with SLT for sign-off.",
    [("everyone", "closeable_submit", "Ref 2321 and the plan wording with all four bullets (markdown list); HMICFRS Being progressed, force Proposed for closure: submit.")],
    modified="09/10/2026 15:02")
row(9, "Front line capacity (austerity)", ["austerity"], "National rec", "2790",
    "CCs & PCCs in forces planning to reduce the proportion of their workforce and/or officers on the front line should assess whether they have taken the decisive action seen in many forces to maintain crime fighting capacity.",
    "Signed off", "Stephen Kirkby", "Finance", "30/11/2014", "",
    [("aust_3", "in_sync", "Ref 2790 and wording; HMICFRS Complete, force Signed off.")])
row(10, "Collaboration plans - next spending round", ["austerity"], "National rec", "2791",
    "In preparation for the next spending round all CCs & PCCs should review their plans for collaboration - scope for better VfM & improved capability/capacity through joint working with other forces, the public and/or private sector.",
    "Signed off", "Stephen Kirkby", "Finance", "31/03/2015", "Joint working with Lancashire reviewed, see FET minutes.",
    [("aust_4", "in_sync", "Ref 2791 and wording; HMICFRS Complete, force Signed off.")])
row(12, "THRIVE criteria for call handlers", ["core"], "National rec", "4822",
    "Not later than 31 March 2015 forces using a threat, harm & risk policy should provide call-handlers with specific, sound and comprehensible criteria to assess threat, harm and risk.",
    "Signed off", "Gareth Lowther", "Contact", "31/03/2015", "THRIVE embedded 2015. (box not ticked on import)",
    [("core_1", "in_sync", "Ref 4822 and wording; HMICFRS Complete, force Status Signed off (the Closed box is unticked but the Status field decides): closed on both.")],
    closed=False)
row(13, "Crime prevention activity recorded & evaluated", ["core"], "National rec", "4823",
    "By 31 March 2015 all forces should ensure crime prevention/disruption activity is systematically recorded and evaluated to determine effectiveness of tactics.",
    "Awaiting evidence", "Helen Wilkinson", "Crime,Prevention", "31/03/2015", "Need evidence from Neighbourhood Policing.",
    [("core_2", "closeable_local", "Ref 4823 and wording; HMICFRS No further action required (closed), force Awaiting evidence (open): close locally.")])
row(15, "Misconduct NFA outcomes - fairness", ["integrity"], "National rec", "902",
    "By 31 August 2016, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers & staff resulting in \"no further action\" are fair and free of any form of discrimination.",
    "In progress", "Andrew Slattery", "Professional Standards", "31/08/2016", "PSD disproportionality dashboard in development.",
    [("integrity", "conflict", "Ref 902 and wording match, both open, but the deadline differs: HMICFRS 'By 31 August 2015', force 'By 31 August 2016'.")])
row(17, "S&S explained to public + scrutiny (2015)", ["sas15"], "National rec", "",
    "Chief constables should, in consultation with PCCs, ensure that they comply with the Code of Practice by explaining to the public the way S&S powers are used in their areas and by arranging for S&S records to be scrutinised by community representatives, involving those people who are stopped and searched, for example young people.",
    "Signed off", "Rachel Tolson", "Legitimacy,Engagement", "31/03/2016", "Reasonable grounds panel in place since 2016.",
    [("sas15", "in_sync", "No ref. 'PCCs' and the 2015 report link identify the 2015 item, not its 2013 twin; HMICFRS Complete, force Signed off.")])
row(19, "Info mgmt audit scrutiny", ["picture"], "National rec", "5391",
    "By 30 November 2015, CCs should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force IM goverance structure. Include measures to ensure categorisation of records is regularly adjusted.",
    "Signed off", "Jo Hetherington", "Information Mgmt", "30/11/2015", "Information Assurance Board ToR amended; audit schedule reported quarterly.",
    [("picture", "closeable_submit", "Ref 5391 and wording (typo 'goverance'); HMICFRS Being progressed, force Signed off: submit for closure.")],
    modified="14/09/2026 11:20")
row(21, "FL governance v APP", ["firearms"], "National rec", "5630",
    "Within 3 months, all CCs should assess how well the governance of firearms licensing in their force meets the standards in APP and put in place immediately the correct arrangements where not complied with.",
    "Signed off", "Dan Cowperthwaite", "Firearms Licensing", "15/12/2015", "",
    [("fire_1", "in_sync", "Ref 5630 and wording; report link shows 'unnamed row 14' (the report row lost its name) but the text decides; both closed.")])
row(22, "FL demand & capacity", ["firearms"], "National rec", "5631",
    "Within 3 months, all CCs should assess the demand placed on their firearms licensing dept & ensure it has capacity to meet this demand and provide an efficient & effective service at all times.",
    "Signed off", "Dan Cowperthwaite", "Firearms Licensing", "15/12/2015", "",
    [("fire_2", "in_sync", "Ref 5631 and wording ('within 3 months' is the same timescale); both closed.")])
row(23, "Total expired records", ["firearms"], "National rec", "",
    "Immediately, all CCs should satisfy themselves that all appropriate action is being taken by their force with regard to 'total expired' licensing records.",
    "In progress", "Dan Cowperthwaite", "Firearms Licensing", "", "Backlog 212 at end of Sept.",
    [("fire_3", "in_sync", "No ref and report 'unnamed row 14'; the 'total expired' wording identifies 5632; both open.")])
row(25, "Firearms holder flag at dispatch (part 1)", ["firearms"], "National rec", "5634",
    "Within 3 months, CCs should ensure systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and always applied by staff dispatching officers to incidents",
    "Signed off", "Gareth Lowther", "Contact,Firearms Licensing", "15/12/2015", "STORM flag live.",
    [("fire_5", "closeable_submit", "Part 1 of 2 of ref 5634 (dispatch systems); both parts Signed off, HMICFRS Being progressed: the item is done, submit.")])
row(26, "Firearms holder flag at dispatch (part 2)", ["firearms"], "National rec", "5634",
    "...and that officers understand the risk assessment they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.",
    "Signed off", "Dan Cowperthwaite", "Firearms Licensing", "31/03/2016", "Briefing on NCALT; seizure powers in Op Guidance.",
    [("fire_5", "closeable_submit", "Part 2 of 2 of ref 5634 (officers' risk assessment and seizure powers); both parts done, HMICFRS open: submit.")])
SF_PARENT = "MSHT leadership & governance"
row(30, SF_PARENT, ["stolen"], "National rec", "8402",
    "Within 12 months, forces should review their leadership & governance arrangements for MSHT, to ensure that (see sub-actions):\n\n- senior leaders prioritise the response to MSHT;\n- every incident of modern slavery is allocated appropriate resources;\n- effective partnership arrangements;\n- performance & QA measures.",
    "In progress", "Michelle Varty", "Vulnerability", "24/10/2018", "4 sub-actions, 3 signed off.",
    [("sf_lead", "in_sync", "Parent row, ref 8402, review of MSHT leadership with four sub-action rows; one sub-action (id 33) still In progress so the item is open; HMICFRS Being progressed.")],
    modified="21/10/2026 09:05")
row(31, "MSHT (a) senior leaders prioritise", ["stolen"], "National rec", "",
    "Senior leaders prioritise the response to modern slavery & human trafficking.",
    "Signed off", "Michelle Varty", "Vulnerability", "24/10/2018", "MSHT gold group chaired by ACC.",
    [("sf_lead", "in_sync", "Sub-action of 8402 (Parent rec = MSHT leadership & governance), bullet 1; the item is still open overall (sub-action 33 open), HMICFRS open.")], parent=SF_PARENT)
row(32, "MSHT (b) resourcing of incidents", ["stolen"], "National rec", "",
    "Every incident of MS identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively.",
    "Signed off", "Dan Cowperthwaite", "Crime", "24/10/2018", "",
    [("sf_lead", "in_sync", "Sub-action of 8402, bullet 2; item still open overall, HMICFRS open.")], parent=SF_PARENT)
row(33, "MSHT (c) partnership arrangements", ["stolen"], "National rec", "",
    "Forces develop effective partnership arrangements to co-ordinate activity to share info & safeguard victims.",
    "In progress", "Michelle Varty", "Vulnerability,Partnerships", "31/03/2027", "Anti-Slavery Partnership relaunch planned Jan 27.",
    [("sf_lead", "in_sync", "Sub-action of 8402, bullet 3, still In progress; HMICFRS open.")], parent=SF_PARENT)
row(34, "MSHT (d) performance & QA", ["stolen"], "National rec", "",
    "Performance and QA measures are in place to allow senior leaders to assess the nature and quality of service provided to victims.",
    "Signed off", "Helen Wilkinson", "Vulnerability", "24/10/2018", "",
    [("sf_lead", "in_sync", "Sub-action of 8402, bullet 4; item still open overall, HMICFRS open.")], parent=SF_PARENT)
row(35, "MSHT info sharing agreements", ["stolen"], "National rec", "8403",
    "Within 6 months, forces should have in place active ISAs with other agencies to facilitate speedy exchange of intelligence & to safeguard victims better and identify suspects as early as possible",
    "Signed off", "Michelle Varty", "Vulnerability,Partnerships", "24/04/2018", "",
    [("sf_intel", "in_sync", "Ref 8403; wording the same less the stray footnote '86'; both closed.")])
row(36, "Section 45 defence", ["stolen"], "National rec", "8404",
    "Immediately, forces should ensure all victims carrying out criminal acts under compulsion attributable to slavery/exploitation are afforded early & continuing consideration of the s45 defence.",
    "Proposed for closure", "Michelle Varty", "Vulnerability,Criminal Justice", "24/10/2017", "CPS joint protocol agreed 08/2026.",
    [("sf_s45", "closeable_submit", "Ref 8404 and wording; HMICFRS Being progressed, force Proposed for closure: submit.")],
    modified="30/08/2026 12:41")
row(37, "NRM compliance", ["stolen"], "National rec", "8405",
    "Immediately, forces should take steps to ensure they are fully compliant with the NRM process and the MSA 2015 duty to notify the HO of any individual suspected to be an adult victim of MSHT.",
    "In progress", "Michelle Varty", "Vulnerability", "24/10/2017", "",
    [("sf_nrm", "in_sync", "Ref 8405 and wording; both open.")])
row(38, "NCRS compliance MSHT", ["stolen"], "National rec", "8406",
    "Immediately, forces should take steps to ensure they fully comply with NCRS for offences identified as MSHT and that sufficient audit capacity is available to the FCR to provide reassurance on gaps in crime-recording accuracy.",
    "In progress", "Jo Hetherington", "Crime,Information Mgmt", "24/10/2017", "FCR audit scheduled Q4.",
    [("sf_ncrs", "closeable_local", "Ref 8406 and wording; HMICFRS Complete, force In progress: close locally.")])
row(39, "MSHT investigation & supervision", ["stolen"], "National rec", "8407",
    "Immediately, forces should ensure allegations or indications of MSHT are thoroughly investigated & effectively supervised by teams/individuals with the skills and experience to undertake them (incl. JITs and other means to obtain intel & evidence from agencies overseas).",
    "At risk", "Dan Cowperthwaite", "Crime", "24/10/2017", "Capacity in MCU - see risk CR0193.",
    [("sf_invest", "in_sync", "Ref 8407 and wording; HMICFRS Being progressed, force At risk (open): both open.")])
row(41, "Digital services plan", ["efc17"], "National rec", "8519",
    "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force.",
    "Proposed for closure", "Jo Hetherington", "Digital", "30/09/2018", "Digital Strategy 2025-28 approved by FET.",
    [("efc17", "closeable_submit", "Ref 8519; the force kept only the first sentence (the second is addressed to the Home Office, NPCC and APCC, not the force); HMICFRS Being progressed, force Proposed for closure: submit.")])
row(43, "S&S disproportionality (CoC)", ["leg17"], "Cause of concern", "8540",
    "HMICFRS concerned forces cannot demonstrate use of S&S is consistently reasonable and fair; over-representation of BAME people, and black people in particular, in S&S data which forces cannot explain.",
    "In progress", "Rachel Tolson", "Legitimacy", "", "",
    [("leg_coc", "in_sync", "Ref 8540, cause of concern on both sides; both open.")])
row(44, "S&S data monitoring", ["leg17"], "National rec", "8541",
    "By July 2018, all forces should be regularly & frequently monitoring a comprehensive set of data on use of S&S powers to understand:\n\n- the reasons for any disproportionate representation of different ethnic groups in the use of S&S;\n- the extent to which find rates differ between ethnicities and across different types of searches (incl. drug possession and supply-type offences).",
    "In progress", "Rachel Tolson", "Legitimacy", "31/07/2018", "Power BI S&S dashboard live.",
    [("leg_mon", "conflict", "Ref 8541 and wording match, both open, but the force copy has two bullets: the third (prevalence of possession-only drug searches) is missing.")])
row(45, "Disparities - research & action", ["leg17"], "National rec", "8542",
    "Where forces identify disparities through monitoring, they should demonstrate to the public they have carried out research and analysis to understand the reasons, and taken action to reduce the disparity where necessary.",
    "Signed off", "Rachel Tolson", "Legitimacy", "31/07/2018", "",
    [("leg_disp", "in_sync", "Ref 8542 and wording; both closed.")])
row(46, "Publish S&S analysis annually", ["leg17"], "National rec", "8543",
    "Publish the S&S analysis and any actions taken at least annually, from July 2018.",
    "Proposed for closure", "Rachel Tolson", "Legitimacy,Engagement", "31/07/2018", "2025/26 annual report on website.",
    [("leg_pub", "closeable_submit", "Ref 8543 and wording; HMICFRS Being progressed, force Proposed for closure: submit.")])
row(47, "Unconscious bias training S&S", ["leg17"], "AFI", "8544",
    "By July 2018 and ongoing, ensure all officers who use S&S powers have been provided with, and understand, training on unconscious bias and CoP APP on S&S.",
    "Signed off", "Rachel Tolson", "Legitimacy,Learning", "31/07/2018", "",
    [("leg_ub", "conflict", "Ref 8544 and wording match, both closed, but the type differs: HMICFRS national recommendation, force 'AFI'.")])
row(52, "Comms skills - conflict mgmt", ["powers"], "National rec", "10117",
    "By July 2022, forces should ensure officers & staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management, in addition to existing training on conflict management and de-escalation.",
    "In progress", "Rachel Tolson", "Learning", "31/07/2022", "",
    [("pow_comm", "in_sync", "Ref 10117 and wording; both open.")])
row(53, "Comms skills CPD & BWV debriefs", ["powers"], "National rec", "10118",
    "By July 2021, forces should ensure communication skills are reinforced as part of CPD for officers & staff, and supervisors are supported to routinely debrief officers on these skills using BWV footage.",
    "Signed off", "Rachel Tolson", "Learning", "31/07/2021", "",
    [("pow_cpd", "closeable_submit", "Ref 10118 and wording; HMICFRS Being progressed, force Signed off: submit.")])
row(54, "BWV - record whole encounter", ["powers"], "National rec", "10119",
    "By Sept 2021 ensure officers record on BWV the entirety of all S&S encounters incl. traffic stops and use of force incidents.",
    "Signed off", "Rachel Tolson", "Legitimacy", "30/09/2021", "",
    [("pow_bwv", "in_sync", "Part 1 of 3 of ref 10119 (record whole encounters), Signed off; parts 2-3 (ids 55, 56) still open so the item is open; HMICFRS open.")])
row(55, "BWV - internal review of footage", ["powers"], "National rec", "10119",
    "Structured process for regularly reviewing & monitoring internally a sufficient sample of BWV footage to identify learning and hold officers to account.",
    "In progress", "Rachel Tolson", "Legitimacy", "30/09/2021", "",
    [("pow_bwv", "in_sync", "Part 2 of 3 of ref 10119, In progress; HMICFRS open.")])
row(56, "BWV - external scrutiny access", ["powers"], "National rec", "10119",
    "Provide external scrutiny panel members with access to samples of BWV footage of S&S encounters and use of force incidents (CoP APP safeguards).",
    "New", "", "Legitimacy,Engagement", "30/09/2021", "",
    [("pow_bwv", "in_sync", "Part 3 of 3 of ref 10119, New; HMICFRS open.")])
row(57, "Use of force data quality (HO/NPCC)", ["powers"], "National rec", "10120",
    "HO and NPCC to ensure quality of data on use of force to effect a S&S is sufficient for publication.",
    "N/A – national body", "", "Legitimacy", "", "Not for the force - national action.",
    [("pow_ho", "in_sync", "Ref 10120 and wording; HMICFRS No further action required, force N/A – national body (done, not the force's to deliver): closed on both.")])
row(58, "Use of force internal monitoring", ["powers"], "National rec", "10121",
    "By July 2021 forces should ensure effective internal monitoring processes on use of force, to identify & understand disproportionate use, explain the reasons and implement any necessary improvement action.",
    "New", "Andrew Slattery", "Legitimacy", "31/07/2021", "",
    [("pow_mon", "in_sync", "Ref 10121 and wording; HMICFRS Awaiting review, force New: both open.")])

# ---- force-level items ------------------------------------------------------------------
row(60, "DA risk assessment (CoC)", ["eff17"], "Cause of concern", "8790",
    "Force response to DA is a cause of concern. Discretion to complete DASH in some crimes/incidents does not provide confidence risk is always assessed appropriately; officers not consistently completing DASH where policy requires; some DA victims at risk of harm not appropriately risk-assessed.",
    "Signed off", "Michelle Varty", "Vulnerability", "22/09/2018", "",
    [("eff_coc", "in_sync", "Ref 8790, cause of concern; HMICFRS Superseded, force Signed off: closed on both.")])
row(61, "DASH supervision", ["eff17"], "Recommendation", "8791",
    "Immediately take steps to ensure there is effective supervison of the initial risk assessment process, specifically the completion of DASH in appropriate cases.",
    "In progress", "Michelle Varty", "Vulnerability", "22/09/2018", "Dip sampling monthly.",
    [("eff_dash", "closeable_local", "Ref 8791 and wording (typo 'supervison'); HMICFRS Superseded, force In progress: close locally.")])
row(62, "RUI & bail management", ["eff17", "peel21"], "AFI", "8792",
    "The force should improve its understanding of suspects released under investigation (RUI) and management of those released on bail.",
    "Signed off", "Dan Cowperthwaite", "Crime,Criminal Justice", "31/03/2019", "Repeated in PEEL 21/22 feedback - linked both reports.",
    [("eff_rui", "in_sync", "Ref 8792 and wording; the row links two reports, one of them the right one (PEEL Eff 17); HMICFRS Complete, force Signed off.")])
row(63, "Prevention strategy - people most at risk", ["peel21"], "AFI", "",
    "The force should develop a clear prevention strategy targeting people most at risk and make sure activity prioritises people most at risk.",
    "In progress", "Helen Wilkinson", "Prevention", "31/03/2027", "Prevention strategy draft v0.3.",
    [("eff_prev", "conflict", "No ref; the wording is the PEEL effectiveness 2017 AFI (8793), nothing like it under PEEL 2021/22 on the list; both open, but the force links it to the wrong report (PEEL 2021/22).")])
row(64, "Supervision of investigations", ["eff17"], "Recommendation", "8794",
    "Within 6 months ensure regular and active supervison of the quality and progress of investigations. Supervision should be properly recorded.",
    "Proposed for closure", "Dan Cowperthwaite", "Crime", "22/09/2018", "Investigation standards audit 2026 - 94% compliant.",
    [("eff_sup", "closeable_submit", "Ref 8794 and wording; HMICFRS Being progressed, force Proposed for closure: submit.")],
    modified="19/10/2026 14:33")
row(66, "Missing children (CoC)", ["ncpi18"], "Cause of concern", "9015",
    "The force's response to missing & absent children is a cause of concern to HMIC - risk for children missing from home assessed inappropriately in some cases; children classed as 'absent' who should have been 'missing'.",
    "In progress", "Michelle Varty", "Vulnerability", "", "",
    [("ncpi_coc", "in_sync", "Ref 9015, cause of concern; both open.")])
row(67, "Missing children - call takers & supervision", ["ncpi18"], "Recommendation", "9016",
    "Within six months review approach to reports of missing children and ensure that:\n\n- call takers understand & use the missing and absent category appropriately;\n- call takers & frontline staff can identify CSE risk factors and respond;\n- supervisors provide correct oversight of missing person enquiries and direct timely investigative & safeguarding action.",
    "Signed off", "Gareth Lowther", "Vulnerability,Contact", "14/12/2018", "",
    [("ncpi_miss", "closeable_submit", "Ref 9016, all three bullets present; HMICFRS Being progressed, force Signed off: submit.")])
row(68, "CSE partnership safeguarding", ["ncpi18"], "Recommendation", "9017",
    "Within three months, improve how it works with partner organisations to safeguard people at risk from CSE.",
    "Signed off", "Michelle Varty", "Vulnerability,Partnerships", "14/09/2018", "",
    [("ncpi_cse", "in_sync", "Ref 9017 and wording; both closed.")])
row(70, "CDI - victims believed etc.", ["cdi19"], "Recommendation", "9360",
    "Immediately put in place arrangements to ensure that:\n\n- at the point of report, victims are believed;\n- call handler conversations are summarised accurately in the incident log;\n- multiple crimes are always recorded;\n- awaiting medical exams or video interviews before recording decisions is stopped; and\n- online crime reports are triaged at point of receipt.",
    "In progress", "Jo Hetherington", "Crime,Information Mgmt", "12/09/2019", "CDI audit Sept 26: 91.4%.",
    [("cdi_vict", "in_sync", "Ref 9360, all five bullets present in the markdown list; both open.")])
row(71, "Crime recording system - case files", ["cdi19"], "Recommendation", "9361",
    "Within 3 months improve use of the crime-recording & management system to better manage case files and investigaton processes.",
    "Awaiting evidence", "Jo Hetherington", "Crime,Information Mgmt", "12/12/2019", "",
    [("cdi_sys", "in_sync", "Ref 9361 and wording (typo 'investigaton'); both open.")])
row(73, "Dip-sample DA crime reports", ["local"], "Local action", "",
    "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime Standards Board",
    "In progress", "Jo Hetherington", "Vulnerability", "31/03/2027", "",
    [(None, "not_on_hmicfrs_list", "Force Improvement Plan action, type 'Local action', no ref; HMICFRS never asked for it.")])
row(80, "Control room resourcing", ["peel21"], "AFI", "10655",
    "The force should ensure it has sufficient resources in the control room to fulfil its resourcing model and meet demand, taking into account workforce wellbeing.",
    "Proposed for closure", "Gareth Lowther", "Contact", "31/03/2023", "Establishment uplift complete; 999 answer rate 93%.",
    [("p21_ctrl", "closeable_submit", "Ref 10655 and wording; HMICFRS Being progressed, force Proposed for closure: submit.")],
    modified="26/10/2026 08:51")
row(81, "Digital evidence retrieval", ["peel21"], "AFI", "10656",
    "Improve ability to retrieve digital evidence from mobile phones, computers & other devices quickly enough to ensure investigations are not delayed.",
    "At risk", "Dan Cowperthwaite", "Crime,Digital", "31/03/2023", "DFU backlog 380 devices.",
    [("p21_dig", "in_sync", "Ref 10656 and wording; both open.")])
row(82, "Whistleblowing - confidential reporting", ["peel21"], "AFI", "10657",
    "Make sure there is a confidential way for staff to raise concerns and staff are aware of whistleblowing processes.",
    "Awaiting evidence", "Andrew Slattery", "People,Professional Standards", "31/03/2023", "",
    [("p21_whistle", "closeable_local", "Ref 10657 and wording; HMICFRS Complete, force Awaiting evidence (open): close locally.")])
row(83, "Equality & diversity data", ["peel21"], "AFI", "10658",
    "Review how the force gathers & uses E&D data to improve understanding of workforce demographics.",
    "In progress", "Stephen Kirkby", "People", "31/03/2023", "",
    [("p21_eqdata", "in_sync", "Ref 10658 and wording; both open.")])
row(84, "Outcomes, outputs & costs", ["peel21"], "AFI", "10661",
    "The force should develop its understanding of the links between its outcomes, outputs and costs.",
    "In progress", "Stephen Kirkby", "Finance", "31/03/2023", "Activity based costing pilot.",
    [(None, "not_on_hmicfrs_list", "Ref 10661 is not on the HMICFRS list and no listed item has this wording: query with HMICFRS.")])
row(85, "Workforce plan", ["peel21"], "Recommendation", "10660",
    "Within twelve months Cumbria Constabulary should develop a future workforce plan aligned with overall demand and budget, incl. future resource allocations, skills mix & behaviours expected.",
    "In progress", "Stephen Kirkby", "People", "19/05/2023", "",
    [("p21_wfp", "conflict", "Ref 10660 and wording match, both open, but the timescale differs: HMICFRS 'Within six months', force 'Within twelve months'.")])
row(86, "County lines problem profile", ["local"], "Local action", "",
    "Refresh the county lines drug dealing problem profile and add it to the control strategy",
    "Signed off", "Helen Wilkinson", "Crime", "30/06/2026", "",
    [(None, "not_on_hmicfrs_list", "Force Improvement Plan action, type 'Local action'; not an HMICFRS item.")])
C22_PARENT = "Detention of children in custody"
row(90, C22_PARENT, ["cust22"], "Recommendation", "10842",
    "Immediately, in conjunction with children's social care, review how the force manages the detention of children (4 sub-actions - see child rows).",
    "Proposed for closure", "Louise Bewley", "Custody,Vulnerability", "25/08/2022", "All four sub-actions signed off.",
    [("c22_child", "closeable_submit", "Parent row, ref 10842; all four sub-action rows Signed off and the parent Proposed for closure: done; HMICFRS Being progressed: submit.")],
    modified="01/11/2026 17:12")
row(91, "Children - detained only when necessary", ["cust22"], "Recommendation", "",
    "Ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time",
    "Signed off", "Louise Bewley", "Custody", "25/08/2022", "",
    [("c22_child", "closeable_submit", "Sub-action of 10842 (Parent rec), bullet 1; all parts done, HMICFRS open.")], parent=C22_PARENT)
row(92, "Children - alternative accommodation", ["cust22"], "Recommendation", "",
    "Custody staff assess at an early stage a child's need for alternative accomodation (secure or otherwise) and work with CSC to achieve the most appropriate option",
    "Signed off", "Louise Bewley", "Custody,Partnerships", "25/08/2022", "",
    [("c22_child", "closeable_submit", "Sub-action of 10842, bullet 2; all parts done, HMICFRS open.")], parent=C22_PARENT)
row(93, "Children - custody record", ["cust22"], "Recommendation", "",
    "Custody staff make a record of all actions taken and decisions made on the relevant documentation",
    "Signed off", "Louise Bewley", "Custody", "25/08/2022", "",
    [("c22_child", "closeable_submit", "Sub-action of 10842, bullet 3; all parts done, HMICFRS open.")], parent=C22_PARENT)
row(94, "Children - appropriate adults", ["cust22"], "Recommendation", "",
    "Improve timeliness of appropriate adult support for children who are arrested",
    "Signed off", "Louise Bewley", "Custody,Partnerships", "25/08/2022", "",
    [("c22_child", "closeable_submit", "Sub-action of 10842, bullet 4; all parts done, HMICFRS open.")], parent=C22_PARENT)
row(95, "Custody performance data", ["cust22"], "Recommendation", "10834",
    "By February 2023, make sure the force has access to accurate data and analysis to support effective performance management.",
    "In progress", "Louise Bewley", "Custody,Performance", "28/02/2023", "",
    [("c22_data", "conflict", "Wording matches 10843 exactly, both open, but the force reference 10834 has its digits transposed (10834 is on no list): reference disagrees.")])
row(96, "Raising concerns - accessible info", ["cust22"], "AFI", "10844",
    "Make sure accessible information is provided for all staff & the public on how to raise concerns & access confidential support (incl. external agencies).",
    "Signed off", "Andrew Slattery", "Professional Standards", "28/02/2023", "",
    [("c22_info", "in_sync", "Ref 10844 and wording; both closed.")])
row(110, "Vetting backlog (CoC)", ["peel23"], "Cause of concern", "11871",
    "The size of the vetting backlog within Cumbria Constabulary is a cause of concern.",
    "In progress", "Andrew Slattery", "People,Professional Standards", "", "",
    [("p23_coc", "in_sync", "Ref 11871, cause of concern; both open.")])
row(111, "Vetting clearance all staff", ["peel23"], "Recommendation", "11872",
    "Within three months, ensure all staff have at least the lowest level of vetting clearance for their roles asap, clearing the backlog and renewals so it complies fully with national vetting guidelines.",
    "Proposed for closure", "Andrew Slattery", "People,Professional Standards", "14/06/2024", "Backlog cleared 31/08/2026.",
    [("p23_vet", "closeable_submit", "Ref 11872 and wording; HMICFRS Being progressed, force Proposed for closure: submit.")],
    modified="01/11/2026 16:58")
row(112, "Calls involving vulnerable adults - timeliness", ["peel23"], "AFI", "11873",
    "Improve timeliness of response to calls for service involving vulnerable adults.",
    "New", "Gareth Lowther", "Contact,Vulnerability", "31/03/2025", "",
    [("p23_calls", "in_sync", "Ref 11873 and wording; HMICFRS Awaiting review, force New: both open.")])
row(113, "RASSO allocation & supervision", ["peel23"], "AFI", "11874",
    "Make sure RASSO investigations are allocated to officers with the right skills and are effectively supervised.",
    "In progress", "Dan Cowperthwaite", "Crime,Vulnerability", "31/03/2025", "",
    [("p23_rasso", "in_sync", "Ref 11874 and wording (RASSO = rape and serious sexual offences); both open.")])
row(114, "Team cultures + background checks", ["peel23"], "AFI", "11875, 11876",
    "Monitor team cultures (incl. staff feedback analysis) and provide prompt remedial action; AND immediately review background checks arrangements so suitable and sufficient checks safeguard staff and communities.",
    "In progress", "Andrew Slattery,Stephen Kirkby", "People,Professional Standards", "31/03/2025", "Combined into one action by PSD.",
    [("p23_culture", "in_sync", "This one row holds two items (refs '11875, 11876'); first half is the team-cultures AFI 11875; both open."),
     ("p23_bgc", "in_sync", "Second half of the same row is the background-checks AFI 11876; both open.")])
row(115, "Internal audit - vetting governance", ["local"], "Local action", "",
    "Internal audit of the vetting governance arrangements (audit plan 2023/24)",
    "New", "Stephen Kirkby", "People", "31/03/2027", "",
    [(None, "not_on_hmicfrs_list", "Internal audit action, type 'Local action'; not an HMICFRS item.")])

# ---- rows that are not items ------------------------------------------------------------
NON_ITEMS = []
F.append({"id": "1", "Name": "TEST - ignore (IT setup)", "Report": "", "Published": "", "Type": "",
          "HMICFRS ID": "", "Recommendation": "", "Status": "", "Closed": "False", "Lead": "",
          "Portfolio": "", "Target date": "", "Overdue": "False", "Update": "",
          "Parent rec": "", "Last modified": "02/03/2023 09:31", "truth": None,
          "why_not": "Digital Services' test row left from setting the table up: only a Name."})
F.append({"id": "117", "Name": "", "Report": "", "Published": "", "Type": "",
          "HMICFRS ID": "", "Recommendation": "", "Status": "", "Closed": "False", "Lead": "",
          "Portfolio": "", "Target date": "", "Overdue": "False", "Update": "",
          "Parent rec": "", "Last modified": "28/10/2026 16:47", "truth": None,
          "why_not": "Blank row added by clicking '+' in the grid: only Baserow's id and the default False of the two boolean fields."})

COLS = ["id", "Name", "Report", "Published", "Type", "HMICFRS ID", "Recommendation", "Status",
        "Closed", "Lead", "Portfolio", "Target date", "Overdue", "Update", "Parent rec",
        "Last modified"]


def sort_key(r):
    t = r["Target date"]
    if not t:
        return (0, dt.date.min, int(r["id"]))
    d, m, y = (int(x) for x in t.split("/"))
    return (1, dt.date(y, m, d), int(r["id"]))


def build():
    os.makedirs(OUT, exist_ok=True)
    # ---- HMICFRS register export ----
    hpath = os.path.join(OUT, "hmicfrs.xlsx")
    wb = xlsxwriter.Workbook(hpath)
    wb.set_properties({"title": "Recommendations - Cumbria Constabulary",
                       "author": "HMICFRS", "company": "HMICFRS",
                       "created": dt.datetime(2026, 11, 2, 8, 0, 0)})
    ws = wb.add_worksheet("Recommendations")
    bold = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "text_wrap": True, "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    top = wb.add_format({"valign": "top"})
    ws.write(0, 0, "Cumbria Constabulary – recommendations and areas for improvement held by HMICFRS", bold)
    ws.write(1, 0, "Definitive list for reconciliation. Extracted 02/11/2026.")
    headers = ["Reference", "Force", "Report title", "Publication date", "Type",
               "Recommendation", "Status", "Status date"]
    for c, h in enumerate(headers):
        ws.write(3, c, h, head)
    ws.set_column(0, 0, 11); ws.set_column(1, 1, 22); ws.set_column(2, 2, 45)
    ws.set_column(3, 3, 13); ws.set_column(4, 4, 22); ws.set_column(5, 5, 90)
    ws.set_column(6, 7, 16)
    hrow = {}
    for i, (key, rid, rk, typ, text, st, sd) in enumerate(H):
        r = 4 + i
        ws.write_number(r, 0, rid, top)
        ws.write(r, 1, "Cumbria Constabulary", top)
        ws.write(r, 2, REPORTS[rk][0], wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(REPORTS[rk][1], dt.time()), datef)
        ws.write(r, 4, typ, top)
        ws.write(r, 5, text, wrap)
        ws.write(r, 6, st, top)
        ws.write_datetime(r, 7, dt.datetime.combine(sd, dt.time()), datef)
        hrow[key] = f"Recommendations!{r + 1}"
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, 3 + len(H), len(headers) - 1)
    wb.close()

    # ---- Baserow CSV export ----
    rows = sorted(F, key=sort_key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")   # Baserow: csv.DictWriter defaults, CRLF
    w.writerow(COLS)
    for r in rows:
        w.writerow([r[c] for c in COLS])
    with open(os.path.join(OUT, "tracker.csv"), "wb") as fh:
        fh.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

    # ---- truth ----
    truth = []
    non_items = []
    seen_h = set()
    for i, r in enumerate(rows):
        frow = f"tracker.csv!{i + 2}"
        if r["truth"] is None:
            non_items.append((frow, r["id"], r["why_not"]))
            continue
        for hk, cat, why in r["truth"]:
            truth.append((hrow[hk] if hk else "", frow, cat, why))
            if hk:
                seen_h.add(hk)
    for key, rid, rk, typ, text, st, sd in H:
        if key not in seen_h:
            why = (f"Ref {rid} ({REPORTS[rk][0][:40]}…) is on the HMICFRS list ({st}) but no tracker row "
                   "has its reference or wording.")
            if st not in HM_OPEN:
                why += " Closed by HMICFRS before the 2023 move to Baserow and never migrated; still a missing item."
            truth.append((hrow[key], "", "missing_from_force", why))
    # order by hmicfrs row then force row
    def tkey(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)
    truth.sort(key=tkey)
    tb = io.StringIO()
    tw = csv.writer(tb, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    tw.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(tb.getvalue())
    return rows, truth, non_items, hrow


README = r"""# baserow_grid_view_csv_export

## Story

Cumbria Constabulary's Organisational Learning team kept its HMICFRS tracker in Excel until March
2023, when the force's Digital Services team moved it into the self-hosted **Baserow** instance
they run for small internal databases. The workbook's open items (and whatever closed ones were
still on it) were imported into a table *Recommendations* in the database *Organisational
Learning*; a second table *Reports* holds one row per inspection report, and *Recommendations*
links to it. Owners are Baserow users picked in a Collaborators field. When the force split a
recommendation into actions it either added a row per action and linked it back to the parent
with a self-referencing link field ("Parent rec"), or just added rows carrying the same HMICFRS ID.
Before the Joint Audit Committee the analyst exported the grid view **"JAC reconciliation"**
(Export view → CSV, UTF-8, comma) and reconciles it with HMICFRS's definitive list
(an ordinary register export, xlsx).

## Files

- `hmicfrs.xlsx` — sheet `Recommendations`. Row 1 title, row 2 "Definitive list … Extracted
  02/11/2026", row 3 blank, **row 4 header**: Reference · Force · Report title · Publication date ·
  Type · Recommendation · Status · Status date. Items on rows 5–{hlast} ({nh} items), one per
  row, sorted by publication date then reference. Reference is the register's plain integer.
  Dates are real Excel dates shown dd/mm/yyyy. Statuses: Awaiting review, Being progressed
  (open); Complete, Superseded, No further action required (closed). Texts are real HMICFRS
  wording with their quirks (curly quotes, "•" bullets with and without spaces, "86" and "20"
  footnote digits, multi-line cells).
- `tracker.csv` — Baserow's CSV export of the view: UTF-8 **with BOM**, CRLF line ends,
  comma, minimal quoting; **header on row 1**, {nf} records (rows 2–{flast}); several records hold
  line breaks inside quoted fields (markdown lists) and still count as one row each.
  Columns in view order:
  `id` (Baserow's own row id, added first by every Baserow export; not an HMICFRS reference;
  gaps where rows were deleted) · `Name` (primary field: a short label) · `Report` (link-row
  field: the linked Reports rows' primary values joined by "," with no space) · `Published`
  (lookup of Reports.Published, dd/mm/yyyy, joined by ",") · `Type` (single select:
  National rec / Recommendation / AFI / Cause of concern / Local action) · `HMICFRS ID` (text;
  often empty) · `Recommendation` (long text with rich formatting, exported as markdown:
  "- " bullets, blank line before lists) · `Status` (single select) · `Closed` (boolean,
  exported True/False) · `Lead` (collaborators, names joined by ",") · `Portfolio` (multiple
  select joined by ",") · `Target date` (dd/mm/yyyy) · `Overdue` (formula
  `and(field('Target date') < today(), not(field('Closed')))`, True/False as at export) ·
  `Update` (rich long text, markdown bold) · `Parent rec` (self-link: the parent row's Name) ·
  `Last modified` (dd/mm/yyyy HH:MM).
  The view is sorted by Target date ascending; Baserow puts empty dates first, then id.
  Status words: New, In progress, At risk, Awaiting evidence = **open**; Proposed for closure,
  Signed off, N/A – national body = **done** (N/A is the force's WHITE: not the force's to
  deliver). The `Closed` box is a convenience tick and is not always kept in step: the Status
  field decides.
- `truth.csv` — `hmicfrs_row,force_row,category,why`, {nt} lines.

## What the layout brings (row numbers as Excel shows them)

- `id` first column, a running integer that is not a register reference (e.g. tracker row
  {r_id10842} has id 90 for register item 10842).
- Link-row report names are the force's short names (“PEEL Eff 17”, “PEEL Legit 17 S&S”,
  “CDI 2019”), never HMICFRS titles. One Reports row lost its name, so the Targeting-the-risk
  firearms items show **"unnamed row 14"** (tracker rows {r_21}, {r_22}, {r_23}, {r_25}, {r_26}).
- One report name contains a comma ("Police powers spotlight, Feb 21"), indistinguishable from
  the join separator (the seven powers rows {r_52}, {r_53}, {r_54}, {r_55}, {r_56}, {r_57},
  {r_58}); a person reads it as one report because the Published lookup holds one date.
- A row linked to two reports ("PEEL Eff 17,PEEL 2021/22", Published "22/03/2018,19/05/2022"),
  tracker row {r_62}.
- Markdown from the rich-text field: "- " bullets instead of HMICFRS's "•", "**Update …:**".
- Hierarchy by self-link: parent rows {r_30} (MSHT leadership, 8402) and {r_90} (detention of
  children, 10842); children carry no HMICFRS ID, only `Parent rec`, and the date sort scatters
  them away from their parents.
- Split without a parent: the firearms dispatch item 5634 over rows {r_25}, {r_26} ("part 1/2"),
  and the body-worn video item 10119 over rows {r_54}, {r_55}, {r_56}, each part carrying the ref.
- Two items in one row: row {r_114} has HMICFRS ID "11875, 11876" (team cultures + background
  checks).
- Booleans True/False; formula `Overdue` True on a row that is Signed off (row {r_12}) because its
  Closed box was never ticked.
- Non-item records: row {r_1} (id 1, "TEST - ignore (IT setup)") and row {r_117} (id 117, blank
  row from the grid's "+"): see below.

## Traps and how the truth decides them

- **Near-duplicate national texts** (2013 vs 2015 stop-and-search scrutiny items 1185/5107):
  row {r_5} says "elected local policing bodies" and links the 2013 report → 1185
  (closeable_local, HMICFRS Superseded); row {r_17} says "PCCs" and links "Stop & search
  powers 2" → 5107 (in_sync).
- **Status vs checkbox**: row {r_12} Signed off, Closed False → done (in_sync with Complete).
- **Parent/children**: all lines of 8402 are in_sync (child row {r_33} still In progress, so the
  item is open and HMICFRS has it open); all lines of 10842 are closeable_submit (parent and
  four children done). BWV 10119: one part Signed off, two open → in_sync on all three.
  Firearms 5634: both parts Signed off → closeable_submit on both.
- **Conflicts** (6): deadline 2015→2016 (row {r_15}, 902); missing third bullet (row {r_44},
  8541); type national rec vs "AFI" (row {r_47}, 8544); wrong report link PEEL 2021/22 for the
  PEEL effectiveness 2017 AFI 8793 (row {r_63}); "Within six months" vs "Within twelve months"
  (row {r_85}, 10660); transposed reference 10834 for 10843 (row {r_95}).
- **Not conflicts**: "Within 3 months" for "Within three months" (row {r_22}); missing footnote
  "86" (row {r_35}); the efficiency 2017 item where the force dropped the second sentence, which
  is addressed to the Home Office/NPCC/APCC (row {r_41}); a row linking two reports including
  the right one (row {r_62}); RASSO for "rape and serious sexual offences" (row {r_113}).
- **Closed on both**: "N/A – national body" vs "No further action required" (row {r_57}) →
  in_sync.
- **Ref not on the list**: row {r_84} (10661, outcomes/outputs/costs AFI) → not_on_hmicfrs_list.
- **Local actions** (Type "Local action", report "Force Improvement Plan" with an empty
  Published lookup): rows {r_73}, {r_86}, {r_115} → not_on_hmicfrs_list.
- **Missing**: 8 HMICFRS items have no tracker row; three of them (1184, 2788, 2789) were closed
  long before the 2023 migration and never imported — still missing_from_force, as the brief
  defines it; the open ones (5633, 8408, 9362, 10659, 11877) are the real risk.
- No `review` lines: every pair was decidable by reference or wording.

## Counts

{counts}

## Rows that are not items

- hmicfrs.xlsx `Recommendations!1` title, `!2` extraction note, `!3` blank, `!4` header.
- tracker.csv row 1: header.
{nonitems}

## Checks run

- Every HMICFRS item row (5–{hlast}) appears in truth at least once; every tracker record
  except the two non-items appears once (row {r_114} twice, once per item it holds).
- A script recomputed each non-conflict category from the two statuses (HMICFRS open/closed;
  force done only when every part is done) and found no mismatch.
- Files read back with pandas (`read_excel(header=3)`: 63×8; `read_csv(encoding="utf-8-sig")`:
  {nf}×16) and openpyxl (sheet `Recommendations`, max_row {hmax}).
- Built twice; all four files identical byte for byte (sha256 compared).
"""


def write_readme(rows, truth, non_items):
    from collections import Counter
    pos = {r["id"]: i + 2 for i, r in enumerate(rows)}
    R = {f"r_{k}": pos[k] for k in pos}
    R["r_id10842"] = pos["90"]
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    c = Counter(t[2] for t in truth)
    counts = "\n".join(f"- {k}: {c.get(k, 0)}" for k in order) + f"\n- total lines: {len(truth)}"
    nonitems = "\n".join(f"- {fr} (Baserow id {i}): {why}" for fr, i, why in non_items)
    txt = README.format(hlast=4 + len(H), nh=len(H), nf=len(rows), flast=len(rows) + 1,
                        nt=len(truth), counts=counts, nonitems=nonitems, hmax=4 + len(H), **R)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)


if __name__ == "__main__":
    rows, truth, non_items, hrow = build()
    write_readme(rows, truth, non_items)
    from collections import Counter
    print(Counter(t[2] for t in truth))
    print(len(H), "hmicfrs items;", len(rows), "tracker records;", len(truth), "truth lines")
    for n in non_items:
        print("non-item", n)
