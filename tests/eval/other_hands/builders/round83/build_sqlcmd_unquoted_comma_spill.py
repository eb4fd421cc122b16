"""Builder for round 83 case B: sqlcmd_unquoted_comma_spill.

The HMICFRS side is the raw output file of a `sqlcmd -s"," -W` query that HMICFRS's
information team ran against its monitoring database to answer West Mercia Police's request
for the definitive list: comma separator, no quoting, so every comma inside a report title or
recommendation text spills the rest of the row into extra columns. The force side is an
ordinary West Mercia tracker workbook.

Run: /work/main/.venv/bin/python /tmp/indep83/build_sqlcmd_unquoted_comma_spill.py
Writes /tmp/indep83/sqlcmd_unquoted_comma_spill/ (byte-identical on every run).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random

import xlsxwriter

CASE = "sqlcmd_unquoted_comma_spill"
OUT = os.path.join("/tmp/indep83", CASE)
SEED = 8302
FORCE = "West Mercia Police"


# --------------------------------------------------------------------------------------------
# Real HMICFRS wording (Open Government Licence), copied as literals.
# --------------------------------------------------------------------------------------------
NAT_TEXTS = {
    'sas13': ('Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), [
        ('National recommendation', 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'),
        ('National recommendation', 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'),
        ('National recommendation', 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'),
    ]),
    'everyone': ("Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), [
        ('National recommendation', "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."),
    ]),
    'austerity': ('Policing in austerity: Meeting the challenge', (2014, 7, 22), [
        ('National recommendation', "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
        ('National recommendation', 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'),
        ('National recommendation', 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'),
        ('National recommendation', 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'),
    ]),
    'core': ('Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), [
        ('National recommendation', 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'),
        ('National recommendation', 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'),
    ]),
    'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), [
        ('National recommendation', 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'),
    ]),
    'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), [
        ('National recommendation', 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'),
    ]),
    'picture': ('Building the picture: an inspection of police information management', (2015, 7, 1), [
        ('National recommendation', 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'),
    ]),
    'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), [
        ('National recommendation', 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'),
        ('National recommendation', 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'),
        ('National recommendation', 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'),
        ('National recommendation', 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'),
        ('National recommendation', 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'),
    ]),
    'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), [
        ('National recommendation', 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'),
        ('National recommendation', 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'),
        ('National recommendation', 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'),
        ('National recommendation', 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'),
        ('National recommendation', 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'),
        ('National recommendation', 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'),
        ('National recommendation', 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'),
    ]),
    'efc17': ('PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), [
        ('National recommendation', "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."),
    ]),
    'leg17': ('PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), [
        ('Cause of concern', 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'),
        ('National recommendation', 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'),
        ('National recommendation', 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'),
        ('National recommendation', 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'),
        ('National recommendation', 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'),
    ]),
    'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), [
        ('National recommendation', 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'),
        ('National recommendation', 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'),
        ('National recommendation', 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'),
        ('National recommendation', 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'),
        ('National recommendation', 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'),
    ]),
}

REAL = {
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
    18: 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    57: 'Within six months Bedfordshire Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.',
}

# Force-level items: real stems and asks from casegen/texts/force.py and tracker.py
# (CAUSES[0], STEMS x BODIES, TOPIC_BODIES x TOPICS), written out in full.
CAUSE_DA = (
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
AFI_SUPERVISION = (
    "The force should improve the supervision of investigations, so that investigation plans "
    "are set, reviewed and recorded and victims receive a consistently good service."
)
AFI_MISSING = (
    "The force should review its approach to reports of missing children and take steps to "
    "ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
AFI_CSE_CAPACITY = ("The force should make sure it has enough specialist capacity and capability "
                    "to investigate child sexual exploitation.")
AFI_CONTROL_ROOM = (
    "The force should ensure that it has sufficient resources available in the control room to "
    "fulfil its resourcing model, and so to meet its demand, while also taking into account "
    "the wellbeing of its workforce."
)
AFI_DEMAND = (  # real (Northamptonshire PEEL efficiency 2015), no closing full stop
    "The force should undertake further work to gain a fuller understanding of current demand "
    "for its services, and likely future changes in demand. This is so it can make best use of "
    "its resources by matching them to demand to meet the needs of the public"
)
AFI_COSTS = "The force should develop its understanding of the links between its outcomes, outputs and costs"
AFI_WHISTLE = ("The force should make sure it provides a confidential way for staff to raise "
               "concerns and that staff are aware of whistleblowing processes.")
AFI_ED_DATA = ("The force should review how it gathers and uses equality and diversity data to "
               "improve its understanding of its workforce demographics.")
REC_CHILD_DETENTION = REAL[57].replace("Bedfordshire Police", FORCE)
AFI_CSE_PARTNERS = ("The force should improve how it works with partner organisations to "
                    "safeguard people at risk from child sexual exploitation.")
AFI_MISSING_TRAINING = ("The force should make sure officers and staff have the training they "
                        "need to identify and respond to missing children.")
AFI_RASSO = ("The force should make sure it records reports of rape and serious sexual offences "
             "accurately and without delay.")
AFI_STALKING = ("The force should make sure victims of stalking and harassment are kept informed "
                "about the progress of their case, in line with the Code of Practice for Victims "
                "of Crime.")
AFI_OCSA = ("The force should improve the way it manages the risk posed by offenders involved in "
            "online child sexual abuse.")
AFI_VAWG = ("The force should improve its understanding of the nature and scale of violence "
            "against women and girls in its area.")
AFI_VULN_ADULTS = ("The force should make sure its performance framework gives senior leaders a "
                   "clear picture of its response to vulnerable adults.")
# A real HMICFRS ask (casegen BODIES) the force still tracks from an old report, no longer on
# HMICFRS's list: only the tracker's paraphrase appears in the files.


def N(key: str, i: int) -> str:
    return NAT_TEXTS[key][2][i][1]


# --------------------------------------------------------------------------------------------
# The HMICFRS side: reports and items as held in the monitoring database.
# --------------------------------------------------------------------------------------------
REPORTS: dict[str, tuple[str, tuple[int, int, int] | None]] = {
    k: (v[0], v[1]) for k, v in NAT_TEXTS.items()
}
REPORTS["core"] = (REPORTS["core"][0], None)          # PublicationDate is NULL in the database
REPORTS.update({
    "eff16": ("PEEL: Police effectiveness 2016", (2017, 3, 2)),
    "efc17f": ("PEEL: Police efficiency 2017", (2017, 11, 9)),
    "leg17f": ("PEEL: Police legitimacy 2017", (2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", (2018, 6, 19)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", (2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", (2019, 9, 19)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", (2022, 5, 24)),
})

AR, BP, CO, SU, NFA = "awaiting-review", "being-progressed", "complete", "superseded", "no-further-action"
OPEN_H = {AR, BP}

# (RecommendationID, report key, RecType code, text, CurrentStatus, ParentCoCID)
ITEMS: list[tuple[int, str, str, str, str, int | None]] = [
    (1184, "sas13", "NREC", N("sas13", 0), CO, None),
    (1185, "sas13", "NREC", N("sas13", 1), CO, None),
    (1186, "sas13", "NREC", N("sas13", 2), SU, None),
    (2321, "everyone", "NREC", N("everyone", 0), SU, None),
    (3310, "austerity", "NREC", N("austerity", 0), NFA, None),
    (3311, "austerity", "NREC", N("austerity", 1), NFA, None),
    (3312, "austerity", "NREC", N("austerity", 2), NFA, None),
    (3313, "austerity", "NREC", N("austerity", 3), NFA, None),
    (4822, "core", "NREC", N("core", 0), SU, None),
    (4823, "core", "NREC", N("core", 1), CO, None),
    (902, "integrity", "NREC", N("integrity", 0), CO, None),
    (5105, "sas15", "NREC", N("sas15", 0), AR, None),
    (5530, "picture", "NREC", N("picture", 0), CO, None),
    (5871, "firearms", "NREC", N("firearms", 0), CO, None),
    (5872, "firearms", "NREC", N("firearms", 1), CO, None),
    (5873, "firearms", "NREC", N("firearms", 2), CO, None),
    (5874, "firearms", "NREC", N("firearms", 3), BP, None),
    (5875, "firearms", "NREC", N("firearms", 4), BP, None),
    (6712, "eff16", "COC", CAUSE_DA, CO, None),
    (6713, "eff16", "REC", REC_DASH, CO, 6712),
    (6714, "eff16", "AFI", AFI_SUPERVISION, SU, None),
    (6715, "eff16", "AFI", AFI_MISSING, BP, None),
    (6716, "eff16", "AFI", AFI_CSE_CAPACITY, CO, None),
    (8214, "stolen", "NREC", N("stolen", 0), BP, None),
    (8215, "stolen", "NREC", N("stolen", 1), BP, None),
    (8216, "stolen", "NREC", N("stolen", 2), AR, None),
    (8217, "stolen", "NREC", N("stolen", 3), BP, None),
    (8218, "stolen", "NREC", N("stolen", 4), CO, None),
    (8219, "stolen", "NREC", N("stolen", 5), BP, None),
    (8220, "stolen", "NREC", N("stolen", 6), BP, None),
    (8402, "efc17", "NREC", N("efc17", 0), BP, None),
    (8433, "efc17f", "AFI", AFI_CONTROL_ROOM, BP, None),
    (8434, "efc17f", "AFI", AFI_DEMAND, CO, None),
    (8435, "efc17f", "AFI", AFI_COSTS, AR, None),
    (8541, "leg17", "COC", N("leg17", 0), BP, None),
    (8542, "leg17", "NREC", N("leg17", 1), BP, 8541),
    (8543, "leg17", "NREC", N("leg17", 2), BP, 8541),
    (8544, "leg17", "NREC", N("leg17", 3), CO, 8541),
    (8545, "leg17", "NREC", N("leg17", 4), CO, 8541),
    (8560, "leg17f", "AFI", AFI_WHISTLE, CO, None),
    (8561, "leg17f", "AFI", AFI_ED_DATA, BP, None),
    (8990, "ncpi18", "REC", REC_CHILD_DETENTION, BP, None),
    (8991, "ncpi18", "AFI", AFI_CSE_PARTNERS, CO, None),
    (9731, "peel1819", "COC", REAL[7], BP, None),
    (9732, "peel1819", "REC", REAL[3], CO, 9731),
    (9733, "peel1819", "REC", REAL[4], CO, 9731),
    (9734, "peel1819", "REC", REAL[2], BP, 9731),
    (9735, "peel1819", "REC", REAL[1], BP, 9731),
    (9736, "peel1819", "REC", REAL[5], AR, 9731),
    (9737, "peel1819", "COC", REAL[8], BP, None),
    (9738, "peel1819", "REC", REAL[0], BP, 9737),
    (9739, "peel1819", "REC", REAL[6], BP, 9737),
    (9740, "peel1819", "REC", REAL[9], CO, 9737),
    (9741, "peel1819", "REC", REAL[10], BP, 9737),
    (10118, "cdi19", "REC", REAL[11], BP, None),
    (10119, "cdi19", "AFI", AFI_RASSO, BP, None),
    (10120, "cdi19", "AFI", REAL[18], CO, None),
    # NCPI 2018 AFI re-keyed in a 2020 data migration: new id, so it sorts away from its report
    (11207, "ncpi18", "AFI", AFI_MISSING_TRAINING, AR, None),
    (12604, "powers", "NREC", N("powers", 0), BP, None),
    (12605, "powers", "NREC", N("powers", 1), BP, None),
    (12606, "powers", "NREC", N("powers", 2), BP, None),
    (12607, "powers", "NREC", N("powers", 3), NFA, None),
    (12608, "powers", "NREC", N("powers", 4), AR, None),
    (14022, "peel2122", "AFI", AFI_STALKING, AR, None),
    (14023, "peel2122", "AFI", AFI_OCSA, AR, None),
    (14024, "peel2122", "AFI", AFI_VAWG, AR, None),
    (14025, "peel2122", "AFI", AFI_VULN_ADULTS, AR, None),
]
ITEMS.sort(key=lambda t: t[0])                      # the query's ORDER BY RecommendationID
ITEM = {t[0]: t for t in ITEMS}

# Items HMICFRS holds that the tracker does not have: why a person says so.
MISSING_WHY = {
    3312: "Policing in austerity rec on forces reducing front-line workforce (decisive action to keep crime-fighting capacity): no tracker row mentions front-line workforce reductions; the austerity rows cover only the savings/collaboration recs (1, 2, 4). HMICFRS closed it (no-further-action) but it is still on the list and not in the tracker.",
    8220: "Stolen freedom rec on preventative powers under the Modern Slavery Act 2015 (restricting those posing a threat): none of the MSHT rows in the tracker mention preventative orders/powers; the tracker has the leadership (split), ISA, s45, NRM, NCRS and investigation recs only.",
    9737: "PEEL 2018/19 second cause of concern (no capacity or capability to investigate crime effectively): the tracker logs its four recommendations but has no row for the cause of concern itself (it does log the first CoC, tracker row 'CoC 1').",
    14024: "PEEL 2021/22 AFI on understanding the nature and scale of VAWG: not in the tracker. The JAC action about adding VAWG measures to the performance pack is a different, force-only action, not this AFI.",
}


# --------------------------------------------------------------------------------------------
# The force side: West Mercia's own tracker, in its own words.
# --------------------------------------------------------------------------------------------
D = dt.date
TRACKER: list[dict] = []


def T(ids, report, pub, typ, ref, text, lead, rag, update, target, submitted, cat, why):
    TRACKER.append(dict(ids=ids, report=report, pub=pub, typ=typ, ref=ref, text=text, lead=lead,
                        rag=rag, update=update, target=target, submitted=submitted, cat=cat,
                        why=why))


S13, S15 = "Stop & Search 2013", "Stop & Search 2 (2015)"
T([1184], S13, D(2013, 7, 9), "National Rec", 1184,
  "CCs & CoP to set out in the S&S APP a clear spec of what is effective & fair use of S&S powers, compliant with the Code of Practice",
  "ACC Local Policing", "GREEN", "APP published by CoP; force S&S policy aligned. Closed by HMICFRS.", D(2014, 3, 31), D(2015, 5, 12),
  "in_sync", "Ref 1184 on both; S&S APP specification. HMICFRS complete, force GREEN: closed on both sides.")
T([1185], S13, D(2013, 7, 9), "National Rec", 1185,
  "Establish / improve monitoring of how officers use S&S so we are satisfied use is lawful (incl. equality legislation & Code of Practice) & effective",
  "ACC Local Policing", "GREEN", "S&S monitoring dashboard live; quarterly S&S Board.", D(2014, 3, 31), D(2015, 5, 12),
  "in_sync", "Ref 1185 on both; monitoring of stop and search. HMICFRS complete, force GREEN.")
T([1186], S13, D(2013, 7, 9), "National Rec", None,
  "In consultation with PCC comply with Code of Practice - explain to the public how S&S is used & arrange for S&S records to be scrutinised by community reps, involving those stopped e.g. young people",
  "Supt Neighbourhood Policing", "AMBER", "Community scrutiny panel being refreshed with OPCC; youth panel still to be set up.", "Q4 23/24", None,
  "closeable_local", "No ref in tracker and its wording fits both the 2013 rec 1186 and the near-identical 2015 rec 5105; its report 'Stop & Search 2013' and date 09/07/2013 place it on 1186 (the 2015 rec has its own row under 'Stop & Search 2 (2015)'). HMICFRS superseded, force still AMBER: close locally.")
T([2321], "Everyone's Business (DA) 2014", D(2014, 3, 27), "National Rec", 2321,
  "By Sept 2014 establish & publish a DA action plan - developed in consultation with PCC, DA support orgs & victims' reps; after considering all recs in the report; with ref to DHRs & IPCC findings; drawing on CPS scrutiny panels & MARAC self-assessments",
  "Ch Supt Public Protection", "GREEN", "DA action plan published Sept 2014; replaced by DA Delivery Plan.", D(2014, 9, 30), D(2015, 1, 20),
  "in_sync", "Ref 2321 on both; DA action plan with all four bullets. HMICFRS superseded (closed), force GREEN.")
AUS = "Policing in Austerity 2014"
T([3310, 3313], AUS, D(2014, 7, 22), "National Rec", None,
  "Review savings plans to keep reducing crime & protect the front line while balancing the budget (use VfM profiles); review collaboration plans for the next spending round - scope for better VfM through joint working (recs 1 & 4)",
  "Director of Finance", "GREEN", "Addressed holistically through the change programme; both closed at FET Mar 2016.", D(2015, 3, 31), D(2016, 3, 8),
  "in_sync", "One tracker row holds two HMICFRS items: austerity rec 1 (review savings plans) and rec 4 (review collaboration plans), as its own '(recs 1 & 4)' says. Both no-further-action on the list, row GREEN.")
T([3311], AUS, D(2014, 7, 22), "National Rec", None,
  "Forces planning to deliver less than 20% of savings through collaboration to assess whether there is scope to improve on this position",
  "Director of Finance", "GREEN", "Collaboration assessment completed with Warwickshire alliance.", D(2014, 11, 30), D(2016, 3, 8),
  "conflict", "Same austerity rec on collaboration savings, but the tracker says 'less than 20%' where HMICFRS says 'less than 10%': a figure that disagrees. Both sides closed (no-further-action / GREEN), so only the figure is at issue.")
T([4822], "Core Business 2014", D(2014, 9, 4), "National Rec", 4822,
  "Provide call handlers with specific, sound & comprehensible threat, harm & risk criteria (by 31 March 2015)",
  "Supt Contact Centre", "GREEN", "THRIVE adopted in the OCC.", D(2015, 3, 31), D(2015, 6, 2),
  "in_sync", "Ref 4822 on both; THR criteria for call-handlers. HMICFRS superseded (closed), force GREEN.")
T([4823], "Core Business 2014", D(2014, 9, 4), "National Rec", None,
  "Crime prevention / disruption activity to be systematically recorded & evaluated to determine effectiveness of tactics (by 31/03/15)",
  "Head of Corporate Development", "AMBER", "Evaluation framework being designed with the Prevention Hub; not yet embedded.", "Q3 23/24", None,
  "closeable_local", "Core Business rec 2 (record and evaluate crime prevention activity), 31 March 2015 on both. HMICFRS complete, tracker still AMBER: close locally.")
T(None, "CDI 2014", D(2014, 11, 18), "Rec", 4410,
  "Revise approach to cautions, cannabis warnings & PNDs - auditable explanation to offender of implications; for victim-based crime an auditable record that victim's views considered",
  "Head of Criminal Justice", "AMBER", "Out of court disposals framework replacing cautions - two-tier framework go-live Q1 24/25.", "Q1 24/25", None,
  "not_on_hmicfrs_list", "Tracker ref 4410 (Crime Data Integrity 2014) is not on the HMICFRS list and no listed item asks about cautions, cannabis warnings or PNDs. Query with HMICFRS (probably closed long ago).")
T([902], "Integrity Matters 2015", D(2015, 1, 30), "National Rec", 902,
  "Satisfy ourselves that misconduct investigations resulting in 'no further action' are fair & free of any discrimination (by 31 Aug 2015)",
  "Head of Professional Standards", "GREEN", "PSD dip-sample of NFA outcomes by ethnicity reported to Ethics Committee.", D(2015, 8, 31), D(2016, 1, 14),
  "in_sync", "Ref 902 on both; misconduct NFA fairness. HMICFRS complete, force GREEN.")
T([5105], S15, D(2015, 3, 24), "National Rec", None,
  "Comply with the Code of Practice - explain S&S use to the public & community scrutiny of S&S records, in consultation with PCC; involve those stopped & searched e.g. young people",
  "Supt Neighbourhood Policing", "GREEN", "Scrutiny panel meets quarterly; records & BWV reviewed. Evidence sent to HMICFRS.", D(2016, 3, 31), D(2023, 7, 4),
  "closeable_submit", "Filed under 'Stop & Search 2 (2015)', 24/03/2015: the 2015 rec 5105 (consultation with PCCs), not the 2013 one. HMICFRS awaiting-review (open), force GREEN with evidence sent: submit for closure.")
T([5530], "Building the Picture 2015", D(2015, 7, 1), "National Rec", 5530,
  "Arrangements to scrutinise audits of compliance with the APP on information management through force IM governance; incl. measures so categorisation of records is regularly adjusted (by 30 Nov 2015)",
  "Head of Information Management", "GREEN", "IM Board scrutinises audit results; MoPI review schedule in place.", D(2015, 11, 30), D(2016, 2, 23),
  "in_sync", "Ref 5530 on both; IM APP audit scrutiny, 30 Nov 2015 on both. HMICFRS complete, force GREEN.")
FA = "Firearms Licensing 2015 (Targeting the Risk)"
T([5871], FA, D(2015, 9, 15), "National Rec", 5871,
  "Within 3 months assess how well governance of firearms licensing meets APP standards - put correct arrangements in place where not",
  "Supt Firearms Licensing", "GREEN", "Governance review completed Dec 2015.", D(2015, 12, 15), D(2016, 4, 5),
  "in_sync", "Ref 5871 on both; firearms licensing governance. HMICFRS complete, force GREEN.")
T([5872], FA, D(2015, 9, 15), "National Rec", 5872,
  "Within 3 months assess demand on the Firearms Licensing Dept & ensure it has capacity to meet it",
  "Supt Firearms Licensing", "GREEN", "Demand review completed; 3 additional enquiry officers.", D(2015, 12, 15), D(2016, 4, 5),
  "in_sync", "Ref 5872 on both; firearms licensing demand and capacity. HMICFRS complete, force GREEN.")
T([5873], FA, D(2015, 9, 15), "National Rec", None,
  "Immediately satisfy ourselves that appropriate action is taken re 'total expired' licensing records",
  "Supt Firearms Licensing", "GREEN", "All total expired records reviewed and actioned.", D(2015, 10, 31), D(2016, 4, 5),
  "in_sync", "Firearms 'total expired' records (no ref in tracker, unique wording). HMICFRS complete, force GREEN.")
T([5874], FA, D(2015, 9, 15), "National Rec", 5874,
  "Temporary permits in line with HO guidance, recorded without delay on NFLMS, & no certificate holder left in unlawful possession of a firearm",
  "Supt Firearms Licensing", "AMBER", "NFLMS recording backlog being cleared; audit due.", "Q4 23/24", None,
  "in_sync", "Ref 5874 on both; temporary permits. HMICFRS being-progressed, force AMBER: open on both.")
T([5875], FA, D(2015, 9, 15), "National Rec", 5875,
  "Systems to identify before attendance whether an incident involves / is at the address of a firearm certificate holder - always applied by dispatchers; officers understand the risk assessment & power to seize firearms & certificates",
  "Supt Contact Centre", "GREEN", "STORM flag on all certificate holder addresses; dispatcher & officer briefing done. Evidence submitted 14/06/23.", D(2016, 3, 31), D(2023, 6, 14),
  "closeable_submit", "Ref 5875 on both; certificate-holder flags for dispatch. HMICFRS being-progressed (open), force GREEN and submitted: submit / chase closure.")
E16 = "PEEL Effectiveness 2016"
T([6712], E16, D(2017, 3, 2), "CoC", None,
  "CoC - response to DA: officer discretion on DASH does not give confidence risk is always assessed; DASH not consistently completed where policy requires, so some DA victims not risk-assessed",
  "Ch Supt Public Protection", "GREEN", "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.", D(2017, 10, 31), D(2018, 2, 9),
  "in_sync", "The PEEL 2016 domestic abuse / DASH cause of concern, logged as a CoC row. HMICFRS complete, force GREEN.")
T([6713], E16, D(2017, 3, 2), "Rec", None,
  "Immediately ensure effective supervision of the initial risk assessment process - completion of DASH in appropriate cases",
  "C/Supt Bell", "AMBER", "Covered by the Vulnerability Improvement Delivery Plan; supervisor dip-sampling continues.", "Q3 23/24", None,
  "closeable_local", "The recommendation under the DASH cause of concern (supervision of initial risk assessment). HMICFRS complete, tracker still AMBER: close locally.")
T([6714], E16, D(2017, 3, 2), "AFI", None,
  "Improve supervision of investigations - investigation plans set, reviewed & recorded so victims get a consistently good service",
  "Det Ch Supt Force CID", "GREEN", "Superseded by PEEL 2018/19 CoC recs; tracked there.", D(2018, 3, 31), None,
  "in_sync", "PEEL 2016 AFI on supervision of investigations (plans set, reviewed, recorded). HMICFRS superseded (closed), force GREEN.")
T([6715], E16, D(2017, 3, 2), "AFI", None,
  "Review approach to missing children - call takers use missing / absent correctly; call takers & frontline staff can identify CSE risk factors & respond; supervisors oversee missing enquiries & direct investigative & safeguarding action",
  "Ch Supt Public Protection", "AMBER", "Missing persons policy rewrite at consultation.", "Q4 23/24", None,
  "in_sync", "PEEL 2016 missing-children AFI; all three bullets present in the tracker's wording. HMICFRS being-progressed, force AMBER.")
T([6716], E16, D(2017, 3, 2), "AFI", None,
  "Enough specialist capacity & capability to investigate CSE",
  "Ch Supt Public Protection", "GREEN", "CSE team uplift of 6 DCs completed.", D(2018, 3, 31), D(2018, 6, 21),
  "in_sync", "PEEL 2016 AFI on specialist CSE capacity. HMICFRS complete, force GREEN.")
SF = "Stolen Freedom (MSHT) 2017"
for part, rag in [
    ("MSHT leadership & governance review (within 12 months) - (a) senior leaders prioritise the response to MSHT", "GREEN"),
    ("MSHT leadership & governance review - (b) every MS incident allocated resources with the right skills, experience & capacity", "GREEN"),
    ("MSHT leadership & governance review - (c) effective partnership arrangements to co-ordinate activity, share information & safeguard victims", "GREEN"),
    ("MSHT leadership & governance review - (d) performance & QA measures so senior leaders can assess the quality of service to victims", "AMBER"),
]:
    T([8214], SF, D(2017, 10, 24), "National Rec", 8214, part, "Det Ch Supt Force CID", rag,
      "MSHT performance framework in development." if rag == "AMBER" else "Complete - MSHT Gold group.",
      "Q4 23/24" if rag == "AMBER" else D(2018, 10, 24), None,
      "in_sync", "One of four rows the force split Stolen freedom leadership rec 8214 into (one per bullet). Parts (a)-(c) GREEN, part (d) AMBER, so the item is open on the force side; HMICFRS being-progressed: open on both.")
T([8215], SF, D(2017, 10, 24), "National Rec", 8215,
  "Within 12 months have active ISAs in place with other agencies to speed up exchange of intelligence, safeguard victims better & identify suspects early",
  "Head of Intelligence", "AMBER", "ISAs agreed with 3 of 5 local authorities.", "Q4 23/24", None,
  "conflict", "Ref 8215 on both; information-sharing agreements. The tracker says 'Within 12 months', HMICFRS 'Within six months': timescale disagrees. (Status: both open.)")
T([8216], SF, D(2017, 10, 24), "National Rec", 8216,
  "Ensure all victims committing criminal acts under compulsion get early & continuing consideration of the s45 defence",
  "Det Ch Supt Force CID", "GREEN", "CPS protocol and training complete.", D(2018, 4, 30), D(2023, 2, 27),
  "closeable_submit", "Ref 8216 on both; section 45 defence. HMICFRS awaiting-review (open), force GREEN: submit for closure.")
T([8217], SF, D(2017, 10, 24), "National Rec", 8217,
  "Fully compliant with NRM process & duty under MSA 2015 to notify HO of any suspected adult victim of MSHT",
  "Det Ch Supt Force CID", "GREEN", "Duty to notify process embedded; audited Q1 23/24.", D(2018, 4, 30), D(2023, 6, 30),
  "closeable_submit", "Ref 8217 on both; NRM and duty to notify. HMICFRS being-progressed, force GREEN: submit for closure.")
T([8218], SF, D(2017, 10, 24), "National Rec", 8218,
  "Comply with NCRS for MSHT offences & sufficient audit capacity for the FCR to identify gaps in recording accuracy",
  "Force Crime Registrar", "GREEN", "FCR audit programme includes MSHT.", D(2018, 4, 30), D(2019, 1, 17),
  "in_sync", "Ref 8218 on both; NCRS compliance for MSHT. HMICFRS complete, force GREEN.")
T([8219], SF, D(2017, 10, 24), "National Rec", 8219,
  "MSHT allegations thoroughly investigated & effectively supervised by teams with the skills & experience (incl. JITs & overseas intel)",
  "Det Ch Supt Force CID", "AMBER", "MSHT investigation team structure under review.", "Q1 24/25", None,
  "in_sync", "Ref 8219 on both; MSHT investigations. HMICFRS being-progressed, force AMBER.")
T([8402], "PEEL Efficiency 2017 - national", D(2017, 11, 9), "National Rec", 8402,
  "By Sept 2018 produce an ambitious plan to improve digitally-enabled services",
  "Head of Corporate Development", "GREEN", "Digital Policing Strategy 2019-22 approved by FET.", D(2018, 9, 30), D(2019, 3, 12),
  "closeable_submit", "Ref 8402 on both; digital services plan. HMICFRS being-progressed, force GREEN (submitted 2019): submit again / chase.")
EF17 = "PEEL Efficiency 2017"
T([8433], EF17, D(2017, 11, 9), "Rec", 8433,
  "Sufficient resources in the control room to fulfil its resourcing model & meet demand, taking account of workforce wellbeing",
  "Supt Contact Centre", "AMBER", "OCC resourcing model review; recruitment of 24 call handlers.", "Q4 23/24", None,
  "conflict", "Ref 8433 on both; control room resourcing. The tracker records it as a 'Rec', HMICFRS as an AFI: type disagrees. (Status: both open.)")
T([8434], EF17, D(2017, 11, 9), "AFI", 8434,
  "Fuller understanding of current & likely future demand so resources can be matched to demand",
  "Head of Corporate Development", "GREEN", "Force Management Statement demand model.", D(2018, 11, 30), D(2019, 5, 30),
  "in_sync", "Ref 8434 on both; understanding demand. HMICFRS complete, force GREEN.")
T([8435], EF17, D(2017, 11, 9), "AFI", 8435,
  "Develop understanding of the links between outcomes, outputs & costs",
  "Director of Finance", "AMBER", "Activity based costing pilot.", "Q2 24/25", None,
  "in_sync", "Ref 8435 on both; outcomes, outputs and costs. HMICFRS awaiting-review, force AMBER: open on both.")
T([8561], EF17, D(2017, 11, 9), "AFI", None,
  "Review how we gather & use E&D data to understand workforce demographics",
  "Director of People", "AMBER", "HR system E&D fields being updated.", "Q4 23/24", None,
  "conflict", "Text is the equality and diversity data AFI that HMICFRS holds under PEEL: Police legitimacy 2017 (12/12/2017); the tracker files it under 'PEEL Efficiency 2017' (09/11/2017): report disagrees. (Status: both open.)")
LS = "PEEL Legit 17 S&S"
T([8541], LS, D(2017, 12, 12), "CoC", 8541,
  "CoC (national) - forces cannot show use of S&S is consistently reasonable & fair; over-representation of BAME (esp. black) people unexplained",
  "ACC Local Policing", "AMBER", "Disproportionality work ongoing.", "Q4 23/24", None,
  "in_sync", "Ref 8541 on both; national stop and search cause of concern. HMICFRS being-progressed, force AMBER.")
T([8542], LS, D(2017, 12, 12), "National Rec", 8542,
  "By July 2018 regularly monitor comprehensive S&S data - reasons for disproportionality; find rates by ethnicity & search type; possession-only drug searches vs local priorities",
  "ACC Local Policing", "GREEN", "Monthly disproportionality dashboard; S&S Board.", D(2018, 7, 31), D(2023, 5, 22),
  "closeable_submit", "Ref 8542 on both; monitoring S&S data (three bullets). HMICFRS being-progressed, force GREEN: submit for closure.")
T([8543], LS, D(2017, 12, 12), "National Rec", 8543,
  "Where disparities identified, show the public we have researched the reasons & taken action to reduce them",
  "ACC Local Policing", "AMBER", "Academic partnership research commissioned.", "Q1 24/25", None,
  "in_sync", "Ref 8543 on both; explain disparities. HMICFRS being-progressed, force AMBER.")
T([8544], LS, D(2017, 12, 12), "National Rec", 8544,
  "Publish the analysis & actions taken at least annually (from July 2018)",
  "ACC Local Policing", "GREEN", "Annual S&S report published on website.", D(2018, 7, 31), D(2019, 9, 2),
  "in_sync", "Ref 8544 on both; publish analysis annually. HMICFRS complete, force GREEN.")
T([8545], LS, D(2017, 12, 12), "National Rec", 8554,
  "All officers who use S&S powers trained in unconscious bias & CoP APP on S&S (by July 2018, ongoing)",
  "Head of Learning & Development", "GREEN", "Training delivered; included in PDR refresher.", D(2018, 7, 31), D(2019, 9, 2),
  "conflict", "Text is the unconscious bias training rec, 8545 on the list; the tracker's HMICFRS ref is 8554, which is not on the list (digits transposed): reference disagrees. (Status: both closed.)")
T([8560], "PEEL Legitimacy 2017", D(2017, 12, 12), "AFI", 8560,
  "Confidential way for staff to raise concerns & staff aware of whistleblowing processes",
  "Head of Professional Standards", "GREEN", "Integrity line relaunched.", D(2018, 6, 30), D(2018, 11, 8),
  "in_sync", "Ref 8560 on both; whistleblowing AFI. HMICFRS complete, force GREEN.")
NC = "NCPI 2018"
T([8990], NC, D(2018, 6, 19), "Rec", 8990,
  "Within 6 months, with children's social care, review how we manage detention of children: only when absolutely necessary & for min time; early assessment of need for alternative accommodation; detention certificates after charge; record all actions & decisions; timely AA support",
  "Ch Insp Custody", "AMBER", "Concordat on children in custody signed with 2 of 4 LAs.", "Q4 23/24", None,
  "in_sync", "Ref 8990 on both; detention of children, all five bullets. HMICFRS being-progressed, force AMBER.")
T([8991], NC, D(2018, 6, 19), "AFI", 8991,
  "Improve partnership working to safeguard people at risk from CSE",
  "Ch Supt Public Protection", "GREEN", "Multi-agency CSE hub live.", D(2019, 3, 31), D(2019, 10, 3),
  "in_sync", "Ref 8991 on both; CSE partnership working. HMICFRS complete, force GREEN.")
T([11207], NC, D(2018, 6, 19), "AFI", None,
  "Training for officers & staff to identify & respond to missing children",
  "Head of Learning & Development", "AMBER", "Missing persons e-learning in design.", "Q4 23/24", None,
  "in_sync", "NCPI 2018 AFI on missing-children training; on the list as 11207 (a later id, so it sits away from 8990/8991 in the export). HMICFRS awaiting-review, force AMBER.")
P19 = "PEEL 2018/19"
T([9731], P19, D(2019, 5, 2), "CoC", None,
  "CoC 1 - alliance with Warwickshire ending: no suitable arrangements to maintain the full range of services; gaps in workforce skills assessment; weaknesses in investigation & safeguarding",
  "DCC", "AMBER", "Post-alliance operating model delivery plan.", "Q4 23/24", None,
  "in_sync", "First PEEL 2018/19 cause of concern (end of the Warwickshire alliance). HMICFRS being-progressed, force AMBER.")
T([9732], P19, D(2019, 5, 2), "Rec", 9732,
  "Agree arrangements with Warwickshire Police for smooth transition to future operating model - no disruption to public services",
  "DCC", "GREEN", "Collaboration agreement exit completed Oct 2019.", D(2019, 10, 31), D(2020, 2, 6),
  "in_sync", "Ref 9732 on both; transition arrangements with Warwickshire. HMICFRS complete, force GREEN.")
T([9733], P19, D(2019, 5, 2), "Rec", 9733,
  "Clearly define new operating model - all operational & support services affordable & fit to protect the communities of West Mercia",
  "DCC", "GREEN", "Operating model approved by PCC Sept 2019.", D(2019, 9, 30), D(2020, 2, 6),
  "in_sync", "Ref 9733 on both; define the new operating model. HMICFRS complete, force GREEN.")
T([9734], P19, D(2019, 5, 2), "Rec", 9734,
  "Expand skills project to assess all skills (not just operational) incl. future skills reqs - to inform workforce plans",
  "Director of People", "GREEN", "Skills audit complete; feeds the Strategic Workforce Plan.", D(2020, 3, 31), D(2023, 8, 17),
  "closeable_submit", "Ref 9734 on both; skills project. HMICFRS being-progressed, force GREEN: submit for closure.")
T([9735], P19, D(2019, 5, 2), "Rec", 9735,
  "Review approach to vulnerability with partners to better safeguard vulnerable people",
  "Ch Supt Public Protection", "AMBER", "Vulnerability review with partners - report to FET Dec 23.", "Q3 23/24", None,
  "in_sync", "Ref 9735 on both; vulnerability review with partners. HMICFRS being-progressed, force AMBER.")
T([9736], P19, D(2019, 5, 2), "Rec", None,
  "Improve consultation with the public on business planning & feed back on changes made as a result",
  "Head of Corporate Development", "AMBER", "Engagement strategy refresh with OPCC.", "Q4 23/24", None,
  "in_sync", "PEEL 2018/19 rec on consulting the public about business planning. HMICFRS awaiting-review, force AMBER.")
T([9738], P19, D(2019, 5, 2), "Rec", 9738,
  "Review officers' capability & capacity to manage investigative workload - understand investigative demand & pressures",
  "Det Ch Supt Force CID", "AMBER", "Investigative workload review phase 2.", "Q4 23/24", None,
  "in_sync", "Ref 9738 on both; review of investigative capability and capacity. HMICFRS being-progressed, force AMBER.")
T([9739], P19, D(2019, 5, 2), "Rec", 9739,
  "Within 6 months - regular & active supervision of the quality & progress of investigations, properly recorded",
  "Det Ch Supt Force CID", "RED", "Little work yet undertaken in this area. Unlikely to reach deadlines.", D(2019, 11, 2), None,
  "in_sync", "Ref 9739 on both; supervision of investigations, within six months on both. HMICFRS being-progressed, force RED: open on both.")
T([9740], P19, D(2019, 5, 2), "Rec", 9740,
  "Within 6 months - improve ability to retrieve digital evidence from phones, computers etc. quickly enough not to delay investigations",
  "Head of Digital Forensics", "AMBER", "DFU backlog reduced to 8 weeks; kiosk roll-out continuing.", "Q4 23/24", None,
  "closeable_local", "Ref 9740 on both; digital evidence retrieval. HMICFRS complete, force AMBER: close locally.")
T([9741], P19, D(2019, 5, 2), "Rec", 9741,
  "Within 6 months - improve understanding of suspects released under investigation (RUI) & management of those on bail",
  "Head of Criminal Justice", "GREEN", "RUI/bail management process live; PACE changes 2022 embedded.", D(2019, 11, 2), D(2023, 9, 5),
  "closeable_submit", "Ref 9741 on both; RUI and bail. HMICFRS being-progressed, force GREEN: submit for closure.")
C19 = "CDI 2019"
T([10118], C19, D(2019, 9, 19), "Rec", 10118,
  "Within 6 months put arrangements in place so that: victims are believed at point of report; call handler / caller conversations summarised accurately in the incident log; multiple crimes always recorded; stop waiting for medical exam / video interview results before crime recording decisions",
  "Force Crime Registrar", "AMBER", "Crime recording improvement plan - OCC audits monthly.", "Q4 23/24", None,
  "conflict", "Ref 10118 on both; CDI victims rec. HMICFRS has five bullets; the tracker lists four and drops the fifth (online reports triaged at the point of receipt): a missing bullet. (Status: both open.)")
T([10119], C19, D(2019, 9, 19), "AFI", 10119,
  "Record reports of RASSO accurately & without delay",
  "Force Crime Registrar", "AMBER", "RASSO recording audit Q3.", "Q4 23/24", None,
  "in_sync", "Ref 10119 on both; RASSO recording. HMICFRS being-progressed, force AMBER.")
T([10120], C19, D(2019, 9, 19), "AFI", 10120,
  "Improve use of the crime recording & management system (Athena) to better manage case files & investigations",
  "Head of Criminal Justice", "GREEN", "Athena case file module training complete.", D(2020, 9, 30), D(2021, 1, 28),
  "in_sync", "Ref 10120 on both; crime recording and management system. HMICFRS complete, force GREEN.")
PW = "Police powers spotlight (Feb 21)"
T([12604], PW, D(2021, 2, 26), "National Rec", 12604,
  "By July 2022 - officers & staff have effective communication skills in line with National Policing Guidelines on Conflict Management (on top of existing conflict management training)",
  "Head of Learning & Development", "AMBER", "Communication skills module in PST from Apr 24.", D(2022, 7, 31), None,
  "in_sync", "Ref 12604 on both; communication skills by July 2022. HMICFRS being-progressed, force AMBER.")
T([12605], PW, D(2021, 2, 26), "National Rec", 12605,
  "By July 2021 - comms skills reinforced through CPD & supervisors supported to debrief officers using BWV footage",
  "Head of Learning & Development", "GREEN", "BWV debrief guide issued to all sergeants.", D(2021, 7, 31), D(2023, 3, 16),
  "closeable_submit", "Ref 12605 on both; CPD and BWV debriefs. HMICFRS being-progressed, force GREEN: submit for closure.")
for part in [
    "By Sept 2021 - (1) officers record on BWV the entirety of every S&S encounter, incl. traffic stops & use of force",
    "By Sept 2021 - (2) structured process to review internally a sample of BWV footage, share learning & hold officers to account",
    "By Sept 2021 - (3) external scrutiny panel members have access to samples of BWV footage (S&S & UoF) within the APP safeguards",
]:
    T([12606], PW, D(2021, 2, 26), "National Rec", 12606, part, "ACC Local Policing", "GREEN",
      "Complete - evidence pack with Organisational Learning.", D(2021, 9, 30), D(2023, 10, 2),
      "closeable_submit", "One of three rows the force split BWV rec 12606 into (one per paragraph); all three GREEN, so the item is done on the force side. HMICFRS being-progressed: submit for closure.")
T([12607], PW, D(2021, 2, 26), "National Rec", 12607,
  "HO & NPCC to ensure quality of data on force used to effect a S&S is sufficient for publication; HO to publish",
  None, "WHITE", "Not the force's responsibility to deliver; dependent upon another organisation.", None, None,
  "in_sync", "Ref 12607 on both; the Home Office / NPCC data rec. HMICFRS no-further-action (closed), force WHITE (not the force's to deliver, counted as done): closed on both.")
T([12608], PW, D(2021, 2, 26), "National Rec", 12608,
  "By July 2021 - effective internal monitoring of use of force to identify & understand disproportionate use, explain the reasons & act",
  "ACC Local Policing", "AMBER", "UoF disproportionality added to S&S Board.", D(2021, 7, 31), None,
  "in_sync", "Ref 12608 on both; use of force monitoring. HMICFRS awaiting-review, force AMBER.")
P22 = "PEEL 2021/22"
T([14022], P22, D(2022, 5, 24), "AFI", None,
  "Keep victims of stalking & harassment updated on progress of their case in line with the Victims' Code",
  "Ch Supt Public Protection", "AMBER", "Victim update compliance audit.", "Q4 23/24", None,
  "in_sync", "PEEL 2021/22 AFI on keeping stalking and harassment victims informed. HMICFRS awaiting-review, force AMBER.")
T([14023], P22, D(2022, 5, 24), "AFI", None,
  "Improve management of risk posed by offenders involved in online CSA",
  "Ch Supt Public Protection", "RED", "POLIT capacity gap - growth bid for 24/25.", "Q1 24/25", None,
  "in_sync", "PEEL 2021/22 AFI on managing risk from online child sexual abuse offenders. HMICFRS awaiting-review, force RED.")
T([14025], P22, D(2022, 5, 24), "AFI", None,
  "Performance framework to give senior leaders a clear picture of our response to vulnerable adults",
  "Head of Corporate Development", "GREEN", "Vulnerable adults measures in the Force Performance pack since Apr 23.", D(2023, 3, 31), D(2023, 9, 28),
  "closeable_submit", "PEEL 2021/22 AFI on the performance framework for vulnerable adults. HMICFRS awaiting-review, force GREEN: submit for closure.")
T(None, "Force Improvement Plan", None, "Local action", None,
  "Force action - Task & Finish group to review the stalking and harassment policy and report to the Force Executive Team",
  "Ch Supt Public Protection", "AMBER", "T&F group meets fortnightly.", "Q4 23/24", None,
  "not_on_hmicfrs_list", "A force action (its own 'Force action -' prefix, type 'Local action'), not an HMICFRS item; the stalking AFI 14022 is tracked on its own row.")
T(None, "Internal Audit 2023/24", None, "Local action", None,
  "Internal audit action: Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)",
  "Supt Firearms Licensing", "AMBER", "Fieldwork Nov 23.", D(2024, 1, 31), None,
  "not_on_hmicfrs_list", "Internal audit action, not an HMICFRS item (HMICFRS's firearms governance rec 5871 is on its own row).")
T(None, "JAC", None, "Local action", None,
  "JAC action: Add violence against women and girls measures to the monthly Force Performance pack",
  "Head of Corporate Development", "GREEN", "Done - in pack from Sept 23.", D(2023, 9, 30), None,
  "not_on_hmicfrs_list", "A Joint Audit Committee action, not an HMICFRS item; it is not the VAWG AFI 14024 (understanding nature and scale), which is missing from the tracker.")


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
HEADER = ["RecommendationID", "ForceName", "ReportTitle", "PublicationDate", "RecType",
          "ParentCoCID", "RecommendationText", "CurrentStatus", "StatusChangedDate"]
FIRST_ITEM_ROW = 4                     # line 1 message, line 2 header, line 3 dashes
CUTOFF = dt.date(2023, 10, 27)         # the query ran on Mon 6 Nov 2023


# Earliest sensible date for a closure: after the force's own submission, or after the event
# that closed it (the 2015 S&S report superseding 2013's; the 2017 austerity clear-out; PEEL
# 2018/19 superseding the 2016 supervision AFI).
FLOORS = {1186: (2015, 3, 24), 2321: (2016, 1, 11), 3310: (2017, 9, 4), 3311: (2017, 9, 4),
          3312: (2017, 9, 4), 3313: (2017, 9, 4), 4822: (2016, 3, 1), 6714: (2019, 5, 2)}


def status_dates() -> dict[int, str]:
    rnd = random.Random(SEED)
    submitted = {}
    for r in TRACKER:
        for rid in r["ids"] or []:
            if isinstance(r["submitted"], dt.date):
                submitted[rid] = max(submitted.get(rid, r["submitted"]), r["submitted"])
    out = {}
    for rid, rep, code, text, status, parent in ITEMS:
        pub = REPORTS[rep][1] or (2014, 9, 4)
        base = dt.date(*pub)
        if status == AR:
            out[rid] = "NULL"
            rnd.random()
            continue
        if status == BP:
            day = base + dt.timedelta(days=rnd.randint(45, 420))
        else:
            floor = max([base + dt.timedelta(days=200)]
                        + ([submitted[rid]] if rid in submitted else [])
                        + ([dt.date(*FLOORS[rid])] if rid in FLOORS else []))
            day = floor + dt.timedelta(days=rnd.randint(14, 240))
        if day > CUTOFF:
            day = CUTOFF - dt.timedelta(days=rnd.randint(3, 90))
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        t = dt.time(rnd.randint(8, 17), rnd.randint(0, 59), rnd.randint(0, 59))
        out[rid] = f"{day.isoformat()} {t.isoformat()}.000"
    return out


def db_text(s: str) -> str:
    # the query: REPLACE(REPLACE(RecommendationText, CHAR(13), ''), CHAR(10), ' ')
    return s.replace("\r", "").replace("\n", " ")


def build_hmicfrs() -> tuple[bytes, dict[int, int], dict[int, int]]:
    sd = status_dates()
    lines = ["Changed database context to 'HMICFRS_Monitoring'.", ",".join(HEADER),
             ",".join("-" * len(h) for h in HEADER)]
    row_of, nfields = {}, {}
    for rid, rep, code, text, status, parent in ITEMS:
        title, pub = REPORTS[rep]
        vals = [str(rid), FORCE, title, dt.date(*pub).isoformat() if pub else "NULL", code,
                str(parent) if parent else "NULL", db_text(text), status, sd[rid]]
        line = ",".join(v.rstrip() for v in vals)          # -W: trailing spaces removed
        assert '"' not in line and "\n" not in line
        row_of[rid] = len(lines) + 1
        nfields[rid] = line.count(",") + 1
        lines.append(line)
    lines += ["", f"({len(ITEMS)} rows affected)"]
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    return data, row_of, nfields


TRACKER_SHEET = "Tracker"
T_HEADER = ["No.", "Report", "Published", "Type", "HMICFRS Ref", "Recommendation / AFI",
            "Lead", "RAG", "Latest update", "Target date", "Submitted to HMICFRS"]
T_FIRST = 5                                         # Excel row of the first item


def build_tracker(path: str) -> dict[int, int]:
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                    "strings_to_urls": False})
    wb.set_properties({
        "title": "HMICFRS Recommendations Tracker",
        "author": "Strategic Planning & Organisational Learning",
        "company": "West Mercia Police",
        "created": dt.datetime(2023, 11, 3, 9, 12, 0),
    })
    wb.set_calc_mode("auto")
    f_title = wb.add_format({"bold": True, "font_size": 14})
    f_sub = wb.add_format({"italic": True, "font_color": "#595959"})
    f_head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                            "text_wrap": True, "valign": "top", "border": 1})
    f_cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    f_date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1,
                            "align": "left"})
    f_num = wb.add_format({"valign": "top", "border": 1, "align": "left"})
    ws = wb.add_worksheet(TRACKER_SHEET)
    ws.write(0, 0, "West Mercia Police - HMICFRS Recommendations & Areas for Improvement Tracker", f_title)
    ws.write(1, 0, "Owner: Strategic Planning & Organisational Learning. Last updated 03/11/2023. "
                   "Reviewed monthly at the Organisational Learning Board; reported to JAC.", f_sub)
    for c, h in enumerate(T_HEADER):
        ws.write(3, c, h, f_head)
    widths = [5, 26, 11, 12, 10, 70, 24, 9, 45, 11, 12]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    rows = {}
    for i, r in enumerate(TRACKER):
        x = T_FIRST - 1 + i
        rows[i] = x + 1
        ws.write_number(x, 0, i + 1, f_num)
        ws.write_string(x, 1, r["report"], f_cell)
        if r["pub"] is None:
            ws.write_blank(x, 2, None, f_date)
        else:
            ws.write_datetime(x, 2, dt.datetime.combine(r["pub"], dt.time()), f_date)
        ws.write_string(x, 3, r["typ"], f_cell)
        if r["ref"] is None:
            ws.write_blank(x, 4, None, f_num)
        else:
            ws.write_number(x, 4, r["ref"], f_num)
        ws.write_string(x, 5, r["text"], f_cell)
        if r["lead"] is None:
            ws.write_blank(x, 6, None, f_cell)
        else:
            ws.write_string(x, 6, r["lead"], f_cell)
        ws.write_string(x, 7, r["rag"], f_cell)
        ws.write_string(x, 8, r["update"], f_cell)
        for c, v in ((9, r["target"]), (10, r["submitted"])):
            if v is None:
                ws.write_blank(x, c, None, f_date)
            elif isinstance(v, dt.date):
                ws.write_datetime(x, c, dt.datetime.combine(v, dt.time()), f_date)
            else:
                ws.write_string(x, c, v, f_cell)
    last = T_FIRST - 1 + len(TRACKER) - 1
    fills = {"GREEN": "#C6EFCE", "AMBER": "#FFEB9C", "RED": "#FFC7CE", "WHITE": "#FFFFFF"}
    for word, colour in fills.items():
        ws.conditional_format(T_FIRST - 1, 7, last, 7, {
            "type": "cell", "criteria": "==", "value": f'"{word}"',
            "format": wb.add_format({"bg_color": colour, "bold": True})})
    ws.data_validation(T_FIRST - 1, 7, last, 7, {"validate": "list",
                                                  "source": ["RED", "AMBER", "GREEN", "WHITE"]})
    ws.autofilter(3, 0, last, len(T_HEADER) - 1)
    ws.freeze_panes(4, 0)
    key = wb.add_worksheet("Key")
    key.set_column(0, 0, 10)
    key.set_column(1, 1, 90)
    key.write(0, 0, "RAG key", f_title)
    legend = [
        ("GREEN", "The recommendation is implemented (evidence held; submitted to HMICFRS where required)."),
        ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented."),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale required)."),
        ("WHITE", "Not West Mercia's responsibility to deliver or dependent upon another organisation."),
    ]
    for i, (w, d) in enumerate(legend):
        key.write(2 + i, 0, w, wb.add_format({"bold": True, "bg_color": fills[w], "border": 1}))
        key.write(2 + i, 1, d)
    key.write(7, 0, "Type: National Rec = all-forces recommendation; Rec; AFI = area for improvement; "
                    "CoC = cause of concern; Local action = force / audit / JAC action.")
    wb.close()
    return rows


# --------------------------------------------------------------------------------------------
# Truth and checks
# --------------------------------------------------------------------------------------------
DONE_F = {"GREEN", "WHITE"}
CONFLICT_KIND = {3311: "figure", 8215: "timescale", 8433: "type", 8545: "reference",
                 8561: "report", 10118: "missing bullet"}


def truth_lines(h_row: dict[int, int], f_row: dict[int, int]) -> list[tuple[str, str, str, str]]:
    held = {}
    for i, r in enumerate(TRACKER):
        for rid in r["ids"] or []:
            held.setdefault(rid, []).append(i)
    assert set(held) | set(MISSING_WHY) == set(ITEM), "every item tracked or missing"
    assert not set(held) & set(MISSING_WHY)
    out = []
    for i, r in enumerate(TRACKER):
        fr = f"{TRACKER_SHEET}!{f_row[i]}"
        if not r["ids"]:
            assert r["cat"] == "not_on_hmicfrs_list"
            out.append(("", fr, r["cat"], r["why"]))
            continue
        for rid in r["ids"]:
            h_open = ITEM[rid][4] in OPEN_H
            f_done = all(TRACKER[j]["rag"] in DONE_F for j in held[rid])
            expect = ("in_sync" if h_open != f_done else
                      "closeable_submit" if h_open else "closeable_local")
            if rid in CONFLICT_KIND:
                assert r["cat"] == "conflict", rid
            else:
                assert r["cat"] == expect, (rid, r["cat"], expect)
            out.append((f"hmicfrs.csv!{h_row[rid]}", fr, r["cat"], r["why"]))
    for rid, why in MISSING_WHY.items():
        out.append((f"hmicfrs.csv!{h_row[rid]}", "", "missing_from_force", why))

    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)
    return sorted(out, key=key)


def write_truth(lines) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    return buf.getvalue().encode("utf-8")


# --------------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------------
def readme(h_row, nf, f_row, lines) -> str:
    from collections import Counter
    cnt = Counter(t[2] for t in lines)
    H = lambda rid: h_row[rid]                                   # noqa: E731
    tr = {}
    for i, r in enumerate(TRACKER):
        for rid in r["ids"] or []:
            tr.setdefault(rid, []).append(f_row[i])
    F = lambda rid: ", ".join(str(x) for x in tr[rid])           # noqa: E731
    spill = [f"{H(rid)} ({nf[rid]})" for rid, *_ in ITEMS if nf[rid] > 9]
    flat = [str(H(rid)) for rid, *_ in ITEMS if nf[rid] == 9]
    bullets = [str(H(rid)) for rid, rep, code, text, *_ in ITEMS if "•" in text]
    title_spill = {k: [str(H(rid)) for rid, rep, *_ in ITEMS if rep == k]
                   for k in REPORTS if "," in REPORTS[k][0]}
    last_item = FIRST_ITEM_ROW + len(ITEMS) - 1
    t_last = T_FIRST + len(TRACKER) - 1
    local_rows = [f_row[i] for i, r in enumerate(TRACKER) if not r["ids"]]
    n_hm = sum(1 for r in TRACKER if r["ids"])
    n_noref = sum(1 for r in TRACKER if r["ids"] and r["ref"] is None)
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]
    count_lines = "\n".join(f"| `{c}` | {cnt.get(c, 0)} |" for c in cats)
    return f"""# {CASE}

Round 83, case B. The HMICFRS side is the **raw output file of a `sqlcmd` query run with
`-s"," -W`**: comma between columns, no quoting at all, so every comma inside a report title or
a recommendation text pushes the rest of that line into extra columns. The force side is West
Mercia Police's ordinary tracker workbook.

## The story

Before the November 2023 Joint Audit Committee, West Mercia Police's organisational-learning
analyst asked the force liaison lead for the definitive list of everything HMICFRS holds against
the force. The request went to HMICFRS's information team, who answered it the quick way: a
query against the monitoring database run from the command line,

    sqlcmd -S <server> -E -Q "USE HMICFRS_Monitoring; SELECT r.RecommendationID, f.ForceName,
        p.ReportTitle, p.PublicationDate, r.RecType, r.ParentCoCID,
        REPLACE(REPLACE(r.RecommendationText, CHAR(13), ''), CHAR(10), ' ') AS RecommendationText,
        r.CurrentStatus, r.StatusChangedDate FROM ... WHERE f.ForceName = 'West Mercia Police'
        ORDER BY r.RecommendationID" -s"," -W -o WestMercia_recs.csv

and the output file was emailed over as it came out. `-s","` makes sqlcmd put a comma between
columns but it never quotes a value; `-W` trims trailing spaces; the `USE` statement leaves its
"Changed database context" message at the top, sqlcmd underlines the header with dashes, prints
`NULL` for empty values and ends with a "rows affected" count. The DBA flattened line breaks (so
bullets run inline) but did nothing about commas. Opened in Excel or read as CSV, each line
breaks at every comma: the header names 9 columns, item lines carry 9 to 15 fields.

The force's tracker (`tracker.xlsx`) is kept by Strategic Planning & Organisational Learning:
one row per recommendation in the force's own shortened words, RAG graded, with a lead, an
update, a target and the date evidence was submitted to HMICFRS.

## The files

**`hmicfrs.csv`** — Windows-1252 (curly quotes and `•` bullets are single cp1252 bytes), CRLF
line ends, no BOM, no quoting, {last_item + 2} lines. Excel row = line number (no value holds a
line break and there is no `"` anywhere in the file, so no line is joined to another).

| Line | What |
|---|---|
| 1 | `Changed database context to 'HMICFRS_Monitoring'.` (sqlcmd message) |
| 2 | Header: `{",".join(HEADER)}` |
| 3 | The dashes sqlcmd draws under each header name |
| {FIRST_ITEM_ROW}–{last_item} | {len(ITEMS)} items, one per line, ordered by RecommendationID |
| {last_item + 1} | blank |
| {last_item + 2} | `({len(ITEMS)} rows affected)` |

Fields, in order, when a line has no spill: RecommendationID (plain integer, unique across the
register), ForceName (always "West Mercia Police"), ReportTitle (HMICFRS's full title),
PublicationDate (`yyyy-mm-dd` or `NULL`), RecType (code), ParentCoCID (the id of the cause of
concern a recommendation belongs to, else `NULL`), RecommendationText, CurrentStatus (slug),
StatusChangedDate (`yyyy-mm-dd hh:mm:ss.000` or `NULL`).

**`tracker.xlsx`** — two sheets.
- `Tracker`: row 1 title, row 2 owner / last-updated note, row 3 blank, row 4 header
  (`{" | ".join(T_HEADER)}`), items in rows {T_FIRST}–{t_last} ({len(TRACKER)} rows). Dates are real
  Excel dates shown dd/mm/yyyy; some Target dates are text ("Q4 23/24"). RAG is text (GREEN,
  AMBER, RED, WHITE) with conditional-format fills and a drop-down; autofilter and frozen header.
  "HMICFRS Ref" is a number where the force recorded one and blank elsewhere ({n_noref} of the
  {n_hm} rows that hold HMICFRS items have no ref).
- `Key`: the RAG legend (GREEN implemented; AMBER in progress; RED beyond deadline / will not be
  implemented; WHITE not the force's to deliver) and the type codes. No items.

## What the layout brings (hmicfrs.csv row numbers)

1. **Comma spill.** Only the last two fields of a line are reliably CurrentStatus and
   StatusChangedDate; everything between the 6th field and those two is the text broken at its
   commas. Lines that spill, with their field count: {", ".join(spill)}. Lines with exactly 9
   fields (no comma in title or text): {", ".join(flat)}.
2. **Report titles spill too**, shifting PublicationDate, RecType, ParentCoCID and the text one
   or two fields right: {"; ".join(f"“{REPORTS[k][0]}” rows {', '.join(v)}" for k, v in title_spill.items())}.
3. **`NULL` literals**: PublicationDate is `NULL` for both Core Business items (rows {H(4822)},
   {H(4823)}); ParentCoCID is `NULL` except on recommendations under a cause of concern;
   StatusChangedDate is `NULL` for every `awaiting-review` item.
4. **Statuses as database slugs**: `awaiting-review`, `being-progressed` (open); `complete`,
   `superseded`, `no-further-action` (closed).
5. **Types as codes**: `NREC` (national recommendation), `REC`, `AFI`, `COC`.
6. **Ordered by id, not by report**: 902 (Integrity matters, 2015) comes first at row {H(902)};
   the NCPI 2018 AFI re-keyed in a migration as 11207 sits at row {H(11207)}, between CDI 2019 and
   the 2021 police-powers report, away from its siblings at rows {H(8990)}–{H(8991)}.
7. **Cause-of-concern links only by id**: ParentCoCID ties rows {H(6713)} to {H(6712)}, rows
   {H(8542)}–{H(8545)} to {H(8541)}, rows {H(9732)}–{H(9736)} to {H(9731)} and rows {H(9738)}–{H(9741)} to {H(9737)}.
8. **Line breaks flattened to spaces**: bullets run inline (“…to ensure that: • …”) in rows
   {", ".join(bullets)}; real quirks kept, e.g. the stray footnote digits “intelligence 86 and”
   (row {H(8215)}) and “another force; and 20” (row {H(2321)}), no closing full stop on rows {H(8434)}, {H(8435)}.
9. **National and force reports with near-identical names**: “PEEL: Police efficiency 2017
   (national overview)” (row {H(8402)}) vs “PEEL: Police efficiency 2017” (rows {H(8433)}–{H(8435)});
   “PEEL: Police legitimacy 2017 (national overview)” (rows {H(8541)}–{H(8545)}) vs “PEEL: Police
   legitimacy 2017” (rows {H(8560)}–{H(8561)}).

## The traps and how the truth decides them

Below, "row" alone means an `hmicfrs.csv` row; tracker rows are called "tracker row".

Status rule: HMICFRS open = awaiting-review / being-progressed, closed = complete / superseded /
no-further-action; force done = GREEN or WHITE (the key: WHITE = not ours to deliver), open =
AMBER / RED. A disagreement of fact makes the line `conflict` whatever the statuses.

- **Split recommendation (bullets)**: Stolen freedom leadership rec 8214 (row {H(8214)}) is four
  tracker rows {F(8214)}, one per bullet; three GREEN, one AMBER, so the item is open on the force
  side and HMICFRS has it being-progressed: four `in_sync` lines, each with hmicfrs row {H(8214)}.
- **Split recommendation (paragraphs)**: BWV rec 12606 (row {H(12606)}) is three tracker rows
  {F(12606)}, all GREEN: done; HMICFRS being-progressed: three `closeable_submit` lines.
- **Merged row**: tracker row {F(3310)} holds austerity recs 1 and 4 (rows {H(3310)}, {H(3313)}), says so
  ("recs 1 & 4"): two `in_sync` lines sharing force row {F(3310)}.
- **Near-twin national recs**: S&S 2013 rec 3 (row {H(1186)}) and S&S 2015 (row {H(5105)}) ask almost
  the same, and the tracker words both “in consultation with PCC” with no ref; only its report names
  and dates (“Stop & Search 2013”, 09/07/2013 vs “Stop & Search 2 (2015)”, 24/03/2015) pair them:
  tracker row {F(1186)} AMBER vs superseded → `closeable_local`; tracker row {F(5105)} GREEN vs
  awaiting-review → `closeable_submit`.
- **Closed on one side**: `closeable_submit` where HMICFRS is open and the tracker GREEN (rows
  {H(5105)}, {H(5875)}, {H(8216)}, {H(8217)}, {H(8402)}, {H(8542)}, {H(9734)}, {H(9741)}, {H(12605)}, {H(12606)}, {H(14025)});
  `closeable_local` where HMICFRS closed it and the tracker is still AMBER (rows {H(1186)}, {H(4823)},
  {H(6713)}, {H(9740)}).
- **WHITE**: the Home Office / NPCC data rec (row {H(12607)}, no-further-action) is WHITE in the tracker
  (tracker row {F(12607)}): closed on both, `in_sync`.
- **Conflicts** (six, one of each kind): figure — austerity “less than 10%” vs tracker “less than
  20%” (row {H(3311)} / tracker row {F(3311)}); timescale — ISAs “Within six months” vs “Within 12 months”
  ({H(8215)} / {F(8215)}); type — control-room AFI recorded as “Rec” ({H(8433)} / {F(8433)}); reference —
  unconscious-bias rec 8545 recorded with ref 8554 ({H(8545)} / {F(8545)}); report — the E&D data AFI from
  PEEL legitimacy 2017 filed under “PEEL Efficiency 2017” ({H(8561)} / {F(8561)}); missing bullet — CDI
  victims rec has five bullets, the tracker four, without the online-reports triage bullet
  ({H(10118)} / {F(10118)}).
- **Not conflicts**: the Core Business rows have `NULL` for PublicationDate while the tracker has
  04/09/2014 (a missing value, not a disagreement); the tracker's shortened wording, “&”, “S&S”,
  “CoP”, “6 months” for “six months” where HMICFRS says six, and “Within 6 months -” prefixes are
  the same facts in the force's words.
- **Missing from the tracker**: austerity rec 3 (row {H(3312)}), Stolen freedom preventative powers
  (row {H(8220)}), the second PEEL 2018/19 cause of concern (row {H(9737)}; its four recommendations are
  tracked, the CoC itself is not) and the PEEL 2021/22 VAWG AFI (row {H(14024)}).
- **Force-only rows** (`not_on_hmicfrs_list`): tracker row {local_rows[0]} carries HMICFRS ref 4410 from
  CDI 2014 (cautions / PNDs), which is not on the list; tracker rows {", ".join(map(str, local_rows[1:]))} are the force's
  own actions (“Force action -”, “Internal audit action:”, “JAC action:”; type “Local action”).
  The JAC VAWG action is not the missing VAWG AFI.
- **Re-keyed item**: 11207 (row {H(11207)}) has no ref in the tracker; its text and “NCPI 2018” pair it
  with tracker row {F(11207)} (`in_sync`).
- No line is `review`: every pair is decided by text, report and reference together.

## Counts per category ({len(lines)} truth lines)

| category | lines |
|---|---|
{count_lines}

Every tracker item row ({T_FIRST}–{t_last}) appears once, except row {F(3310)} (two lines, one per
HMICFRS item it holds); every HMICFRS item row ({FIRST_ITEM_ROW}–{last_item}) appears at least once.

## Rows that are not items

- `hmicfrs.csv` line 1: sqlcmd's “Changed database context” message. Line 2: header. Line 3:
  the dashes under the header. Line {last_item + 1}: blank. Line {last_item + 2}: “({len(ITEMS)} rows affected)” footer.
- `tracker.xlsx` `Tracker` row 1: title; row 2: owner / last-updated note; row 3: blank; row 4:
  header. Sheet `Key`: RAG legend and type codes only.

## Checks run

- The builder asserts every HMICFRS item is either on tracker rows or in the missing list (not
  both), every tracker row is in the truth, and every non-conflict line's category follows from
  the two statuses (split items judged on all their parts).
- Read back: `hmicfrs.csv` with pandas (`header=None`, cp1252, ragged rows padded) and line by
  line — {len(ITEMS)} item lines, every truth row points at an item line, first field an id, last
  field a status slug or date; `tracker.xlsx` with pandas (`header=3`) and openpyxl — {len(TRACKER)} item
  rows at {T_FIRST}–{t_last}, every truth force row inside them.
- Two builds produce byte-identical files (sha256 compared).
- Texts: HMICFRS wording copied as literals from `casegen/texts/national.py`, `force.py` (stems,
  bodies, CAUSES) and `/work/shared/data/real_recommendations.csv` (the real West Mercia PEEL
  2018/19 causes of concern and recommendations, the CDI victims rec, the NCPI detention-of-children
  rec with the force name swapped). The tool was neither read nor run.
"""


def readback(h_row, f_row, lines):
    import pandas as pd
    import openpyxl
    p = os.path.join(OUT, "hmicfrs.csv")
    raw = open(p, "rb").read().decode("cp1252").split("\r\n")
    width = max(l.count(",") + 1 for l in raw)
    df = pd.read_csv(p, header=None, names=range(width), encoding="cp1252", dtype=str,
                     skip_blank_lines=False, keep_default_na=False)
    assert len(df) == FIRST_ITEM_ROW + len(ITEMS) + 1, len(df)
    for rid, r in h_row.items():
        rec = [v for v in df.iloc[r - 1].tolist() if v != ""]
        assert rec[0] == str(rid)
        assert rec[-2] in {AR, BP, CO, SU, NFA}, rec
    wb = openpyxl.load_workbook(os.path.join(OUT, "tracker.xlsx"))
    ws = wb[TRACKER_SHEET]
    assert ws.max_row == T_FIRST + len(TRACKER) - 1
    for i in range(len(TRACKER)):
        assert ws.cell(f_row[i], 1).value == i + 1
    tf = pd.read_excel(os.path.join(OUT, "tracker.xlsx"), sheet_name=TRACKER_SHEET, header=3,
                       engine="openpyxl")
    assert len(tf) == len(TRACKER) and list(tf.columns) == T_HEADER
    ok_h = {f"hmicfrs.csv!{r}" for r in h_row.values()}
    ok_f = {f"{TRACKER_SHEET}!{r}" for r in f_row.values()}
    seen_h = {t[0] for t in lines if t[0]}
    assert seen_h == ok_h
    fl = [t[1] for t in lines if t[1]]
    assert set(fl) == ok_f
    assert len(fl) == len(ok_f) + 1                     # the merged row appears twice


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    data, h_row, nf = build_hmicfrs()
    with open(os.path.join(OUT, "hmicfrs.csv"), "wb") as fh:
        fh.write(data)
    f_row = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = truth_lines(h_row, f_row)
    with open(os.path.join(OUT, "truth.csv"), "wb") as fh:
        fh.write(write_truth(lines))
    with open(os.path.join(OUT, "README.md"), "wb") as fh:
        fh.write(readme(h_row, nf, f_row, lines).encode("utf-8"))
    readback(h_row, f_row, lines)
    print(f"wrote {OUT}: {len(ITEMS)} HMICFRS items, {len(TRACKER)} tracker rows, {len(lines)} truth lines")
