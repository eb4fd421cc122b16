"""Build the case portal_xml_opened_as_xml_table (round 86, case B).

The HMICFRS side is the monitoring portal's XML download of Cheshire Constabulary's register,
opened in Excel with File > Open > "As an XML table": Excel infers a schema, prefixes the
namespaced element names with "ns1:", renames the second "id" attribute "id2", flattens the
nested Register > Report > Recommendation > Theme tree into one row per innermost value (so an
item with two or three themes is repeated), keeps a report with no recommendations as a row of
report fields only, and the analyst switched the table's Total Row on.

The force side is an ordinary tracker workbook.  Run with /work/main/.venv/bin/python.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "portal_xml_opened_as_xml_table")
FIXED = dt.datetime(2026, 11, 2, 9, 14, 33)
RNG = random.Random(8602)

FORCE = "Cheshire Constabulary"
GENERATED = "2026-11-02T09:14:33+00:00"
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied as literals from the project's text lists.
# --------------------------------------------------------------------------------------------
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
    'By September 2021, forces should: ensure that officers record on body-worn video'
    ' (when this is available) the entirety of all stop and search encounters, includ'
    'ing traffic stops and use of force incidents.\nhave a structured process for regu'
    'larly reviewing and monitoring internally a sufficient sample of body-worn video'
    ' footage to identify and disseminate learning and hold officers to account when '
    'behaviour falls below acceptable standards.\nprovide external scrutiny panel memb'
    'ers with access to samples of body-worn video footage showing stop and search en'
    'counters and use of force incidents, taking account of the safeguards in the Col'
    'lege of Policing’s Authorised Professional Practice.'
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
    "to the victim or the wider public are identified and appropriately managed"
)
MISSING_CHILDREN_REC = (
    'To address this cause of concern the force should immediately review its approac'
    'h to reports of missing children and take steps to ensure that:\n• call takers un'
    'derstand and use the missing and absent category appropriately; • call takers an'
    'd frontline staff have the necessary knowledge to identify risk factors associat'
    'ed with child sexual exploitation and how to respond to such cases; and • superv'
    'isors provide the correct oversight of missing person enquiries and direct appro'
    'priate and timely investigative and safeguarding action'
)
CHILD_DETENTION = (
    'Within six months Cheshire Constabulary should, in conjunction with children’s s'
    'ocial care services, review how it manages the detention of children. As a minim'
    'um it should:• ensure that all children are only detained when absolutely necess'
    'ary and for the absolute minimum amount of time;• ensure that officers and staff'
    ' in the custody suite assess at an early stage a child’s need for alternative ac'
    'commodation (secure or otherwise) and work with children’s social care services '
    'to achieve the most appropriate option for the child;• ensure that custody staff'
    ' comply with their statutory duties to complete detention certificates if a chil'
    'd is detained for any reason in police custody following charge;• ensure that cu'
    'stody staff make a record of all actions taken and decisions made on the relevan'
    't documentation; and• improve the timeliness of adequate appropriate adult suppo'
    'rt for children who are arrested.'
)
COC_DASH = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)

# Reports in the order the portal's XML lists them: key, report id (the "id" attribute),
# title, published.
REPORTS = [
    ("sas13", 118, "Stop and search powers: Are the police using them effectively and fairly?",
     dt.date(2013, 7, 9)),
    ("everyone", 163, "Everyone's business: Improving the police response to domestic abuse",
     dt.date(2014, 3, 27)),
    ("austerity", 171, "Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    ("core", 176, "Core Business: an inspection into crime prevention, police attendance and the "
     "use of police time", dt.date(2014, 9, 4)),
    ("integrity", 189, "Integrity matters: An inspection of arrangements to ensure integrity and "
     "to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    ("sas15", 197, "Stop and search powers 2: are the police using them effectively and fairly?",
     dt.date(2015, 3, 24)),
    ("picture", 208, "Building the picture: an inspection of police information management",
     dt.date(2015, 7, 1)),
    ("firearms", 215, "Targeting the risk: An inspection of the efficiency and effectiveness of "
     "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    ("leg15", 231, "PEEL: Police legitimacy 2015 – Cheshire Constabulary", dt.date(2016, 2, 11)),
    ("eff16", 262, "PEEL: Police effectiveness 2016 – Cheshire Constabulary", dt.date(2017, 3, 2)),
    ("stolen", 296, "Stolen freedom: the policing response to modern slavery and human "
     "trafficking", dt.date(2017, 10, 24)),
    ("efy17", 301, "PEEL: Police efficiency 2017 – Cheshire Constabulary", dt.date(2017, 11, 9)),
    ("efc17", 303, "PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    ("lgf17", 309, "PEEL: Police legitimacy 2017 – Cheshire Constabulary", dt.date(2017, 12, 12)),
    ("leg17", 311, "PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    ("ncpi18", 338, "National child protection inspection 2018 – Cheshire Constabulary",
     dt.date(2018, 6, 19)),
    ("cdi19", 372, "Crime data integrity inspection 2019 – Cheshire Constabulary",
     dt.date(2019, 9, 26)),
    ("powers", 415, "Disproportionate use of police powers: A spotlight on stop and search and "
     "the use of force", dt.date(2021, 2, 26)),
    ("peel21", 448, "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cheshire "
     "Constabulary", dt.date(2022, 5, 5)),
]
REPORT = {r[0]: r for r in REPORTS}

# Items: key, report, rec id ("id2"), type, text, status slug, themes, parent key.
ITEMS = [
    ("sas13_1", "sas13", 1102, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "complete", ["stop-search"], None),
    ("sas13_2", "sas13", 1103, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "complete", ["stop-search", "plan"], None),
    ("sas13_3", "sas13", 1104, NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "superseded", ["stop-search"], None),
    ("everyone_1", "everyone", 2321, NAT, EVERYONE_PLAN, "complete", ["harm", "plan"], None),
    ("aus_1", "austerity", 3104, NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "no-further-action-required", ["plan"], None),
    ("aus_2", "austerity", 3105, NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "no-further-action-required", [],
     None),
    ("aus_3", "austerity", 3106, NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "no-further-action-required", ["plan", "workforce"], None),
    ("aus_4", "austerity", 3107, NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "no-further-action-required", ["plan"], None),
    ("core_1", "core", 4822, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "complete", ["harm"],
     None),
    ("core_2", "core", 4823, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "being-progressed", [], None),
    ("integ_1", "integrity", 902, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "being-progressed", ["misconduct"], None),
    ("sas15_1", "sas15", 5021, NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "awaiting-review", ["stop-search"], None),
    ("pic_1", "picture", 5307, NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", "being-progressed", [], None),
    ("fa_1", "firearms", 5510, NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "complete", ["firearms"], None),
    ("fa_2", "firearms", 5511, NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "being-progressed",
     ["firearms"], None),
    ("fa_3", "firearms", 5512, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "being-progressed", ["firearms", "harm"], None),
    ("fa_4", "firearms", 5513, NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "being-progressed", ["firearms"], None),
    ("fa_5", "firearms", 5514, NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "being-progressed", ["firearms", "harm"], None),
    ("eff16_coc", "eff16", 7712, COC, COC_DASH, "being-progressed", ["harm"], None),
    ("eff16_r1", "eff16", 7713, REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     "being-progressed", ["harm"], "eff16_coc"),
    ("eff16_r2", "eff16", 7714, REC,
     "Within three months, the force should cease the practice of conducting domestic abuse risk "
     "assessments over the telephone and dealing with domestic abuse in the resolution centre.",
     "complete", ["harm"], "eff16_coc"),
    ("eff16_a1", "eff16", 7715, AFI,
     "The force should take steps to understand and address the reason behind why such a high "
     "proportion of victims of domestic abuse do not support the police investigation.",
     "superseded", ["harm", "investigation"], None),
    ("st_1", "stolen", 8203, NAT, SF_LEADERSHIP, "being-progressed", ["harm", "leadership"],
     None),
    ("st_2", "stolen", 8204, NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", "being-progressed",
     ["harm"], None),
    ("st_3", "stolen", 8205, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "complete", ["harm"], None),
    ("st_4", "stolen", 8206, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "being-progressed", ["harm"], None),
    ("st_5", "stolen", 8207, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "being-progressed",
     ["harm", "crime-recording"], None),
    ("st_6", "stolen", 8208, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "awaiting-review", ["harm"], None),
    ("efy17_1", "efy17", 8391, AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     "superseded", ["plan"], None),
    ("efy17_2", "efy17", 8392, AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", "being-progressed", ["plan"], None),
    ("efy17_3", "efy17", 8393, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "being-progressed",
     ["workforce", "plan"], None),
    ("efc17_1", "efc17", 8402, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "being-progressed", ["digital"],
     None),
    ("lgf17_1", "lgf17", 8533, AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", "being-progressed", ["workforce", "misconduct"], None),
    ("lgf17_2", "lgf17", 8534, AFI,
     "The force should satisfy itself that it has processes in place to ensure that "
     "investigations into misconduct by officers and staff resulting in “no further action” are "
     "fair and free of any form of discrimination.", "complete", ["misconduct"], None),
    ("leg17_coc", "leg17", 8541, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "being-progressed", ["stop-search"], None),
    ("leg17_1", "leg17", 8542, NAT, SAS_MONITORING_2017, "being-progressed", ["stop-search"],
     "leg17_coc"),
    ("leg17_2", "leg17", 8543, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     "being-progressed", ["stop-search"], "leg17_coc"),
    ("leg17_3", "leg17", 8544, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "complete", ["stop-search"], "leg17_coc"),
    ("leg17_4", "leg17", 8545, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "superseded",
     ["stop-search", "workforce"], "leg17_coc"),
    ("ncpi_coc", "ncpi18", 9120, COC, COC_MISSING, "being-progressed", ["harm"], None),
    ("ncpi_r1", "ncpi18", 9121, REC, MISSING_CHILDREN_REC, "being-progressed",
     ["harm", "investigation", "leadership"], "ncpi_coc"),
    ("ncpi_r2", "ncpi18", 9122, REC, CHILD_DETENTION, "awaiting-review", ["harm", "custody"],
     None),
    ("cdi_1", "cdi19", 10233, REC, CDI_VICTIMS, "being-progressed", ["crime-recording"], None),
    ("cdi_2", "cdi19", 10234, REC,
     "Immediately, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "complete", ["crime-recording", "harm"], None),
    ("cdi_3", "cdi19", 10235, AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "being-progressed",
     ["crime-recording"], None),
    ("pw_1", "powers", 11402, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "awaiting-review", ["stop-search", "workforce"], None),
    ("pw_2", "powers", 11403, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "awaiting-review", ["stop-search"], None),
    ("pw_3", "powers", 11404, NAT, BWV_2021, "being-progressed", ["stop-search"], None),
    ("pw_4", "powers", 11405, NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "being-progressed", [], None),
    ("pw_5", "powers", 11406, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "awaiting-review",
     ["stop-search"], None),
    ("p21_1", "peel21", 12810, AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", "awaiting-review", ["harm"], None),
    ("p21_2", "peel21", 12811, AFI,
     "The force should make sure victims of violence against women and girls are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of "
     "Crime.", "awaiting-review", ["harm", "investigation"], None),
    ("p21_3", "peel21", 12812, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "being-progressed",
     ["workforce", "misconduct"], None),
    ("p21_4", "peel21", 12813, AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate fraud.", "awaiting-review", ["investigation"], None),
    ("p21_5", "peel21", 12814, AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "being-progressed", ["harm"], None),
    ("p21_6", "peel21", 12815, AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "serious and organised crime.", "awaiting-review", ["harm"], None),
]
ITEM = {i[0]: i for i in ITEMS}

# Items whose text the portal holds as rich-text HTML (entered after the 2019 portal
# upgrade); Excel shows the markup literally because the XML escapes it.
HTML_ITEMS = {"cdi_1", "cdi_2", "pw_1", "pw_5", "p21_1", "p21_3", "p21_5", "ncpi_coc"}
ENTITY_ITEMS = {"ncpi_coc"}  # curly quotes double-encoded as &rsquo; / &lsquo;


def portal_text(key: str) -> str:
    text = ITEM[key][4]
    if key in ENTITY_ITEMS:
        text = text.replace("’", "&rsquo;").replace("‘", "&lsquo;")
    if key not in HTML_ITEMS:
        return text
    lines = text.split("\n")
    bullets = [ln for ln in lines[1:] if ln.startswith("• ")]
    if bullets:
        out = "<p>" + lines[0] + "</p><ul>"
        out += "".join("<li>" + b[2:] + "</li>" for b in bullets) + "</ul>"
        return out
    return "<p>" + text + "</p>"


def status_date(key: str) -> dt.date:
    pub = REPORT[ITEM[key][1]][3]
    start = dt.date.fromordinal(max(pub.toordinal() + 60, dt.date(2018, 1, 1).toordinal()))
    span = dt.date(2026, 10, 20).toordinal() - start.toordinal()
    return dt.date.fromordinal(start.toordinal() + RNG.randrange(span))


# --------------------------------------------------------------------------------------------
# The HMICFRS side: Excel's flattened XML table.
# --------------------------------------------------------------------------------------------
HM_HEADERS = ["force", "generated", "id", "published", "ns1:Title", "id2", "ns1:ParentId",
              "ns1:Type", "ns1:Text", "ns1:Status", "ns1:StatusDate", "ns1:Theme"]
SHEET_HM = "DefinitiveList_CHE_20261102"


def build_hmicfrs_rows():
    """Return table rows (lists) and, per item key, the Excel row of its first row; plus the
    repeat rows and the report-only row for the README."""
    rows, first_row, repeats, report_only = [], {}, [], []
    dates = {k[0]: status_date(k[0]) for k in ITEMS}
    for rkey, rid, title, pub in REPORTS:
        items = [i for i in ITEMS if i[1] == rkey]
        if not items:
            rows.append([FORCE, GENERATED, rid, pub, title, None, None, None, None, None, None,
                         None])
            report_only.append((len(rows) + 1, title))
            continue
        for key, _r, rec_id, typ, _t, status, themes, parent in items:
            pid = ITEM[parent][2] if parent else None
            for n, theme in enumerate(themes or [None]):
                rows.append([FORCE, GENERATED, rid, pub, title, rec_id, pid, typ,
                             portal_text(key), status, dates[key], theme])
                excel_row = len(rows) + 1
                if n == 0:
                    first_row[key] = excel_row
                else:
                    repeats.append((excel_row, key, theme))
    return rows, first_row, repeats, report_only


def write_hmicfrs(path, rows):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "", "author": "CHE-OrgLearning", "created": FIXED,
                       "comments": ""})
    ws = wb.add_worksheet(SHEET_HM)
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    n = len(rows)
    cols = []
    for h in HM_HEADERS:
        c = {"header": h}
        if h in ("published", "ns1:StatusDate"):
            c["format"] = datef
        cols.append(c)
    cols[0]["total_string"] = "Total"
    cols[-1]["total_function"] = "count"
    cols[-1]["total_value"] = sum(1 for r in rows if r[-1] is not None)
    data = []
    for r in rows:
        out = []
        for v in r:
            if isinstance(v, dt.date):
                v = dt.datetime(v.year, v.month, v.day)
            out.append(v)
        data.append(out)
    ws.add_table(0, 0, n + 1, len(HM_HEADERS) - 1,
                 {"name": "Table1", "columns": cols, "data": data, "total_row": True,
                  "style": "Table Style Medium 2"})
    for c, w in enumerate([22, 26, 6, 11, 50, 8, 12, 22, 80, 26, 14, 14]):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    wb.close()


# --------------------------------------------------------------------------------------------
# The force side: an ordinary tracker.
# --------------------------------------------------------------------------------------------
TR_HEADERS = ["No.", "HMICFRS ID", "Report", "Type", "Recommendation / AFI", "Lead", "RAG",
              "Latest update", "Date submitted for closure"]
SHEET_TR = "Tracker"
TR_REPORT = {
    "sas13": "Stop & Search powers (HMIC 2013)", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop and Search 2 (2015)",
    "picture": "Building the Picture 2015", "firearms": "Firearms licensing 2015",
    "leg15": "PEEL Legit 15", "eff16": "PEEL Effectiveness 2016",
    "stolen": "Stolen Freedom (MSHT) 2017", "efy17": "PEEL Efficiency 2017",
    "efc17": "PEEL Efficiency 17 (all forces)", "lgf17": "PEEL Legitimacy 2017",
    "leg17": "PEEL Legit 17 S&S", "ncpi18": "NCPI 2018", "cdi19": "CDI 2019",
    "powers": "Police powers spotlight (Feb 21)", "peel21": "PEEL 2021/22",
    "peel18": "PEEL 2018/19",
}
TR_TYPE = {NAT: "National", REC: "Rec", AFI: "AFI", COC: "CoC"}
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Supt Firearms Licensing"]
UPDATE_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Addressed holistically as part of the force change programme.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Awaiting allocation.",
]
UPDATE_GREEN = ["Ready to move to GREEN status.", "Pending sign off by the chief officer lead.",
                "Already complete / believed to be complete within short time scale (and within "
                "deadline)."]
UPDATE_BLUE = ["Completed. Evidence submitted to HMICFRS for closure.",
               "Closed by Force Executive Board."]

# Force rows, in tracker order. Each: (items it carries, id as written, report key, type as
# written, text as written, RAG, submitted date or None).
# RAG: BLUE = closed by the force, GREEN = implemented / ready for closure (both done);
# AMBER, RED = open.
FORCE_ROWS = [
    (["sas13_1"], "1102", "sas13", "National",
     "CCs & CoP should establish in the S&S APP a clear specification of what constitutes "
     "effective & fair exercise of S&S powers", "BLUE", dt.date(2016, 4, 11)),
    (["sas13_2"], None, "sas13", "National",
     "Establish or improve monitoring of the way officers stop and search people so we are "
     "satisfied they act in accordance with the law (incl. equality legislation & Code of "
     "Practice)", "BLUE", dt.date(2016, 4, 11)),
    (["sas13_3"], "1104", "sas13", "National",
     "In consultation with the PCC, explain to the public how S&S powers are used and arrange "
     "for S&S records to be scrutinised by community reps (involve young people)", "AMBER",
     None),
    (["everyone_1"], "2321", "everyone", "National",
     "By September 2014, every police force in England and Wales should establish and publish "
     "an action plan that specifies in detail what steps it will take to improve its approach "
     "to domestic abuse...", "BLUE", dt.date(2015, 1, 20)),
    (["aus_2"], None, "austerity", "National",
     "Forces planning to deliver less than 10% of savings through collaboration to assess "
     "scope to improve on this position", "BLUE", dt.date(2015, 6, 2)),
    (["aus_3"], None, "austerity", "National",
     "Assess whether decisive action has been taken to maintain crime fighting capacity where "
     "front line workforce is being reduced", "AMBER", None),
    (["aus_4"], None, "austerity", "National",
     "Review plans for collaboration ahead of next spending round – scope for better VfM through "
     "joint working with other forces, the public &/or private sector", "BLUE",
     dt.date(2015, 6, 2)),
    (["core_1"], "4822", "core", "National",
     "Provide call-handlers with specific, sound & comprehensible criteria to assess threat, "
     "harm and risk (THRIVE)", "BLUE", dt.date(2015, 5, 14)),
    (["core_2"], "4823", "core", "National",
     "Ensure crime prevention / disruption activity is systematically recorded and subsequently "
     "evaluated to determine effectiveness of tactics", "GREEN", dt.date(2026, 9, 30)),
    (["integ_1"], "902", "integrity", "National",
     "Satisfy ourselves that investigations into misconduct resulting in 'no further action' "
     "are fair & free of any form of discrimination", "AMBER", None),
    (["sas15_1"], "5021", "sas15", "National",
     "In consultation with the PCC comply with the Code of Practice by explaining to the public "
     "how S&S powers are used & arranging for community scrutiny of S&S records", "GREEN",
     dt.date(2026, 8, 14)),
    (["pic_1"], "5307", "picture", "National",
     "By 30 Nov 2015 put in place arrangments to scrutinise audits of compliance with the APP on "
     "information management through the force IM governance structure", "AMBER", None),
    (["fa_1"], "5510", "firearms", "National",
     "Assess how well firearms licensing goverance meets the standards set out in APP",
     "BLUE", dt.date(2016, 3, 1)),
    (["fa_2"], "5511", "firearms", "National",
     "Within six months, assess the demand placed on the firearms licensing department and "
     "ensure it has the capacity to meet this demand and provide an efficient and effective "
     "service at all times", "AMBER", None),
    (["fa_3", "fa_4"], "5512 / 5513", "firearms", "National",
     "‘Total expired’ records – all appropriate action being taken; AND temporary permits in "
     "line with HO guidance, recorded without delay on NFLMS, no certificate holder left in "
     "unlawful possession", "AMBER", None),
    (["eff16_coc"], "7712", "eff16", "CoC",
     "Force's response to DA is a cause of concern – officer discretion on DASH does not give "
     "confidence risk is always assessed appropriately; DASH not consistently completed",
     "AMBER", None),
    (["eff16_r1"], "7713", "eff16", "Rec",
     "Immediately – effective supervision of the initial risk assessment process, specifically "
     "completion of DASH in appropriate cases", "GREEN", dt.date(2026, 10, 6)),
    (["eff16_r2"], "7714", "eff16", "Rec",
     "Cease conducting DA risk assessments over the telephone and dealing with DA in the "
     "resolution centre", "AMBER", None),
    (["st_1"], "8203", "stolen", "National",
     "Within 12 months review leadership & governance arrangements for MSHT to ensure that:\n"
     "• senior leaders prioritise the response to MSHT;\n"
     "• every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively; and\n"
     "• performance and QA measures are in place to allow senior leaders to assess the nature "
     "and quality of the service provided to victims.", "AMBER", None),
    (["st_2"], "8204", "stolen", "National",
     "Within 6 months have in place active ISAs with other agencies to facilitate speedy "
     "exchange of intelligence, safeguard victims and identify suspects early", "AMBER", None),
    (["st_3"], "8205", "stolen", "National",
     "Victims carrying out criminal acts under compulsion – early & continuing consideration of "
     "the s45 defence", "AMBER", None),
    (["st_4"], "8206", "stolen", "National",
     "Fully compliant with NRM process; notify HO of any individual suspected to be an adult "
     "victim of MSHT (Modern Slavery Act 2015)", "GREEN", dt.date(2026, 7, 22)),
    (["st_5"], "8207", "stolen", "National",
     "Comply with NCRS for MSHT offences; sufficient audit capacity for the FCR", "AMBER",
     None),
    (["efy17_1"], "8391", "efy17", "AFI",
     "Gain a fuller understanding of current demand for our services and likely future changes "
     "in demand", "BLUE", dt.date(2019, 3, 28)),
    (["efy17_2"], "8392", "efy17", "Rec",
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", "AMBER", None),
    (["efy17_3"], "301", "efy17", "AFI",
     "Develop a future workforce plan aligned with overall demand and budget (resource "
     "allocations, skills mix, behaviours)", "AMBER", None),
    (["efc17_1"], "8402", "efc17", "National",
     "By September 2019, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force.", "AMBER", None),
    (["lgf17_1"], "8533", "lgf17", "AFI",
     "All staff to hold at least lowest level of vetting; clear the vetting backlog and renewals "
     "in line with national vetting guidelines", "GREEN", dt.date(2026, 9, 2)),
    (["lgf17_2"], "8534", "lgf17", "AFI",
     "Misconduct investigations resulting in NFA are fair and free of discrimination",
     "BLUE", dt.date(2019, 11, 5)),
    (["leg15_x"], None, "leg15", "AFI",
     "The force should revise its approach to cautions, cannabis warning and penalty notices "
     "for disorder to ensure that there is a clear and auditable explanation to the offender of "
     "the implications of receiving the warning", "BLUE", dt.date(2017, 6, 8)),
    (["leg17_coc"], "8541", "leg17", "CoC",
     "Forces unable to demonstrate S&S use is consistently reasonable & fair; "
     "over-representation of BAME / black people in S&S data", "AMBER", None),
    (["leg17_1"], "8542", "leg17", "National",
     "By July 2018 regularly monitor a comprehensive set of S&S data to understand "
     "disproportionality, find rates by ethnicity and possession-only drug searches", "GREEN",
     dt.date(2026, 9, 30)),
    (["leg17_2"], "8543", "leg17", "National",
     "Where disparities identified – demonstrate to public research/analysis carried out and "
     "action taken to reduce the disparity", "AMBER", None),
    (["leg17_3"], "8544", "leg17", "National",
     "Publish this analysis and any actions taken at least annually, from July 2018", "BLUE",
     dt.date(2019, 2, 12)),
    (["leg17_4"], "8545", "leg17", "National",
     "All officers using S&S powers trained on unconscious bias and CoP APP on S&S", "GREEN",
     dt.date(2020, 1, 15)),
    (["ncpi_coc"], "9120", "ncpi18", "CoC",
     "Force's response to missing & absent children is a cause of concern – risk assessment "
     "inappropriate in some cases; children classed as absent who should have been missing",
     "AMBER", None),
    (["ncpi_r1"], "9121", "ncpi18", "Rec",
     "Review approach to reports of missing children: call takers use missing/absent category "
     "appropriately; call takers & frontline staff can identify CSE risk factors; supervisors "
     "provide correct oversight of missing person enquiries", "GREEN", dt.date(2026, 10, 1)),
    (["cdi_1"], "10233", "cdi19", "Rec",
     "CDI rec 1 (part a): victims believed at point of report; call handler / caller "
     "conversations summarised accurately in the incident log", "BLUE", dt.date(2021, 3, 4)),
    (["cdi_1"], "10233", "cdi19", "Rec",
     "CDI rec 1 (part b): multiple crimes always recorded; stop awaiting medical exam / video "
     "interview results before crime-recording decisions", "BLUE", dt.date(2021, 3, 4)),
    (["cdi_1"], "10233", "cdi19", "Rec",
     "CDI rec 1 (part c): online crime reports triaged at point of receipt so ongoing risk to "
     "victim / wider public identified and managed", "AMBER", None),
    (["cdi_2"], "10234", "cdi19", "Rec",
     "Provide call-handlers with specific, sound and comprehensible criteria to assess threat, "
     "harm and risk", "GREEN", dt.date(2020, 11, 19)),
    (["cdi_3"], "10235", "cdi19", "AFI",
     "Improve use of the crime-recording & management system (Niche) to better manage case "
     "files and investigative processes", "AMBER", None),
    (["pw_1"], "11402", "powers", "National",
     "By July 2022 officers & staff to have effective communication skills in line with "
     "National Policing Guidelines on Conflict Management", "AMBER", None),
    (["pw_2"], "11403", "powers", "National",
     "Communication skills reinforced through CPD; supervisors debrief officers using BWV "
     "footage", "GREEN", dt.date(2026, 6, 17)),
    (["pw_3"], "11404", "powers", "National",
     "By Sept 2021: record entirety of S&S encounters on BWV; structured BWV review process; "
     "scrutiny panel access to BWV footage", "AMBER", None),
    (["pw_5"], "11406", "powers", "National",
     "Effective internal monitoring processes on use of force – identify & understand "
     "disproportionate use, explain reasons, implement improvement", "AMBER", None),
    (["p21_1"], "12810", "peel21", "AFI",
     "Improve understanding of the nature & scale of county lines drug dealing in Cheshire",
     "AMBER", None),
    (["local_cl"], None, "peel21", "Local",
     "Force improvement plan: Refresh the county lines drug dealing problem profile and add it "
     "to the control strategy", "AMBER", None),
    (["p21_2"], "12811", "peel21", "AFI",
     "Victims of VAWG kept informed about progress of their case in line with the Victims' Code",
     "RED", None),
    (["p21_3"], "12812", "peel21", "AFI",
     "Confidential way for staff to raise concerns; staff aware of whistleblowing processes",
     "GREEN", dt.date(2026, 10, 13)),
    (["p21_4"], "12813", "peel21", "AFI",
     "Enough specialist capacity & capability to investigate fraud", "AMBER", None),
    (["p21_5"], "12814", "peel21", "AFI",
     "Consistently use ancillary orders & other powers to protect victims of stalking and "
     "harassment", "BLUE", dt.date(2026, 5, 20)),
    (["local_sh"], None, "peel21", "Local",
     "JAC action: Internal audit of the stalking and harassment governance arrangements (audit "
     "plan 2023/24)", "AMBER", None),
    (["p21_6"], "12815", "peel18", "AFI",
     "Improve the way we manage the risk posed by offenders involved in serious & "
     "organised crime (SOC)", "AMBER", None),
]

HM_OPEN = {"awaiting-review", "being-progressed"}
DONE = {"BLUE", "GREEN"}

CONFLICT_WHY = {
    "fa_2": "tracker says 'Within six months', HMICFRS text says 'Within three months' "
            "(timescale)",
    "st_1": "tracker lists three of the four bullets: the partnership-arrangements bullet "
            "('forces develop effective partnership arrangements...') is missing",
    "efy17_2": "type disagrees: HMICFRS Area for improvement, tracker 'Rec'",
    "efy17_3": "tracker's HMICFRS ID is 301, which is the report id (column 'id') of PEEL "
               "efficiency 2017, not the item's id2 8393 (reference)",
    "efc17_1": "tracker deadline 'By September 2019', HMICFRS 'By September 2018' (deadline)",
    "p21_6": "tracker files it under PEEL 2018/19; HMICFRS has it under PEEL 2021/22 (report)",
}


def classify(key: str, rags: list[str]) -> tuple[str, str]:
    status = ITEM[key][5]
    hm_open = status in HM_OPEN
    done = all(r in DONE for r in rags)
    ragtxt = "/".join(rags)
    if key in CONFLICT_WHY:
        return "conflict", (CONFLICT_WHY[key] + f"; matched by text (same ask); statuses "
                            f"HMICFRS {status}, tracker {ragtxt}")
    if hm_open and done:
        return "closeable_submit", f"HMICFRS {status} (open); tracker {ragtxt} (done)"
    if not hm_open and not done:
        return "closeable_local", f"HMICFRS {status} (closed); tracker {ragtxt} (open)"
    if hm_open:
        return "in_sync", f"open on both: HMICFRS {status}, tracker {ragtxt}"
    return "in_sync", f"closed on both: HMICFRS {status}, tracker {ragtxt}"


def write_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Force Risk & "
                       "Organisational Learning", "created": FIXED, "comments": ""})
    ws = wb.add_worksheet(SHEET_TR)
    bold = wb.add_format({"bold": True, "font_size": 14})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    fills = {"BLUE": "#9BC2E6", "GREEN": "#A9D08E", "AMBER": "#FFD966", "RED": "#FF7C80"}
    ragf = {k: wb.add_format({"bg_color": v, "border": 1, "valign": "top", "bold": True})
            for k, v in fills.items()}
    ws.write(0, 0, "Cheshire Constabulary – HMICFRS Recommendations Tracker", bold)
    ws.write(1, 0, "Position as at 20 November 2026 – for Joint Audit Committee 10 December 2026")
    for c, h in enumerate(TR_HEADERS):
        ws.write(2, c, h, hdr)
    lead_i = 0
    out_rows = []
    for n, (keys, ref, rkey, typ, text, rag, sub) in enumerate(FORCE_ROWS, start=1):
        r = 2 + n
        lead = LEADS[(n * 7) % len(LEADS)]
        lead_i += 1
        if rag == "BLUE":
            upd = UPDATE_BLUE[n % len(UPDATE_BLUE)]
        elif rag == "GREEN":
            upd = UPDATE_GREEN[n % len(UPDATE_GREEN)]
        else:
            upd = UPDATE_OPEN[n % len(UPDATE_OPEN)]
        ws.write_number(r, 0, n, wrap)
        if ref is None:
            ws.write_blank(r, 1, None, wrap)
        elif ref.isdigit():
            ws.write_number(r, 1, int(ref), wrap)
        else:
            ws.write_string(r, 1, ref, wrap)
        ws.write_string(r, 2, TR_REPORT[rkey], wrap)
        ws.write_string(r, 3, typ, wrap)
        ws.write_string(r, 4, text, wrap)
        ws.write_string(r, 5, lead, wrap)
        ws.write_string(r, 6, rag, ragf[rag])
        ws.write_string(r, 7, upd, wrap)
        if sub:
            ws.write_datetime(r, 8, dt.datetime(sub.year, sub.month, sub.day), datef)
        else:
            ws.write_blank(r, 8, None, wrap)
        out_rows.append((r + 1, keys, rag))
    last = 2 + len(FORCE_ROWS)
    legend = [
        "RAG key:",
        "BLUE – complete, closed by the force",
        "GREEN – implemented, awaiting sign-off / submitted to HMICFRS for closure",
        "AMBER – work in progress, on track",
        "RED – beyond deadline or at risk",
    ]
    legend_rows = []
    for i, t in enumerate(legend):
        ws.write_string(last + 2 + i, 0, t)
        legend_rows.append(last + 3 + i)
    for c, w in enumerate([5, 12, 26, 9, 70, 26, 8, 50, 14]):
        ws.set_column(c, c, w)
    ws.freeze_panes(3, 0)
    wb.close()
    return out_rows, legend_rows


def main():
    os.makedirs(CASE, exist_ok=True)
    hm_rows, first_row, repeats, report_only = build_hmicfrs_rows()
    write_hmicfrs(os.path.join(CASE, "hmicfrs.xlsx"), hm_rows)
    tr_rows, legend_rows = write_tracker(os.path.join(CASE, "tracker.xlsx"))

    # Truth.
    rags_by_item: dict[str, list[str]] = {}
    for _r, keys, rag in tr_rows:
        for k in keys:
            rags_by_item.setdefault(k, []).append(rag)
    truth = []
    for row, keys, rag in tr_rows:
        for k in keys:
            frow = f"{SHEET_TR}!{row}"
            if k == "local_cl":
                truth.append(("", frow, "not_on_hmicfrs_list",
                              "Type 'Local', text starts 'Force improvement plan:'; the force's "
                              "own action under the county lines AFI (id2 12810, which has its "
                              "own tracker row); no HMICFRS item asks for it"))
                continue
            if k == "local_sh":
                truth.append(("", frow, "not_on_hmicfrs_list",
                              "Type 'Local', text starts 'JAC action:'; an internal audit "
                              "action, no HMICFRS item asks for it"))
                continue
            if k == "leg15_x":
                truth.append(("", frow, "not_on_hmicfrs_list",
                              "AFI under PEEL Legitimacy 2015; the list's only PEEL legitimacy "
                              f"2015 line ({SHEET_HM}!{report_only[0][0]}) is a report with no "
                              "recommendation fields, so HMICFRS holds no item for it"))
                continue
            cat, why = classify(k, rags_by_item[k])
            hrow = f"{SHEET_HM}!{first_row[k]}"
            extra = []
            if len(keys) > 1:
                extra.append("one tracker row holds ids " + ITEM[keys[0]][2].__str__() + " and "
                             + str(ITEM[keys[1]][2]) + "; one truth line per item")
            if len(rags_by_item[k]) > 1:
                extra.append(f"force split the item over {len(rags_by_item[k])} rows "
                             f"(RAGs {'/'.join(rags_by_item[k])}); item done only when every "
                             "part is")
            fr = [x for x in FORCE_ROWS if k in x[0]][0]
            if fr[1] is None:
                extra.append("tracker has no HMICFRS ID; matched by text")
            elif cat != "conflict":
                extra.append(f"tracker HMICFRS ID {fr[1]} = id2")
            truth.append((hrow, frow, cat, why + ("; " + "; ".join(extra) if extra else "")))
    for key in [i[0] for i in ITEMS]:
        if key not in rags_by_item:
            truth.append((f"{SHEET_HM}!{first_row[key]}", "", "missing_from_force",
                          f"id2 {ITEM[key][2]} ({ITEM[key][5]}) has no tracker row by id or "
                          "text"))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    with open(os.path.join(CASE, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    with open(os.path.join(CASE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(hm_rows, first_row, repeats, report_only, tr_rows, legend_rows, truth))


def readme(hm_rows, first_row, repeats, report_only, tr_rows, legend_rows, truth):
    from collections import Counter
    counts = Counter(t[2] for t in truth)
    total_row = len(hm_rows) + 2
    rep_lines = "\n".join(f"  - {SHEET_HM}!{r}: repeat of id2 {ITEM[k][2]} (first row "
                          f"{first_row[k]}), theme `{t}`" for r, k, t in repeats)
    html = ", ".join(f"{first_row[k]}" for k in sorted(HTML_ITEMS, key=lambda x: first_row[x]))
    cat_lines = "\n".join(f"| {c} | {counts.get(c, 0)} |" for c in
                          ["in_sync", "closeable_submit", "closeable_local", "conflict",
                           "missing_from_force", "not_on_hmicfrs_list", "review"])
    frow = {k: r for r, keys, _ in tr_rows for k in keys}
    return f"""# Case `portal_xml_opened_as_xml_table` (round 86, case B)

## Story

Cheshire Constabulary's organisational-learning analyst asked the Force Liaison Lead for the
definitive list before the December Joint Audit Committee. HMICFRS's monitoring portal offers
the force's register as an **XML download** (`DefinitiveList_CHE_20261102.xml`, namespace
`urn:hmicfrs:monitoring:register:v2`, tree `Register[@force,@generated] > Report[@id,
@published] > Title, Recommendation[@id] > ParentId?, Type, Text, Status, StatusDate,
Theme*`). The analyst had nothing else to read it with, so she opened it in Excel with
*File > Open > As an XML table* and saved it as a workbook. Excel inferred a schema and
flattened the tree into one table, which is what this case's `hmicfrs.xlsx` is. The force side
is the force's ordinary RAG tracker (`tracker.xlsx`). The portal and its XML are invented
(nothing public describes the real portal); every recommendation text is real HMICFRS wording.

## Files

- `hmicfrs.xlsx`: one sheet, `{SHEET_HM}` (Excel names the sheet after the XML file). An
  Excel table `Table1` (A1:L{total_row}), header row 1, data rows 2–{len(hm_rows) + 1}, the
  table's Total Row at row {total_row}. Columns: `force`, `generated` (root attributes,
  repeated on every row), `id` (the **report's** id attribute, 3 digits), `published` (report
  date, a real Excel date), `ns1:Title` (report title), `id2` (the **recommendation's** id
  attribute: the register reference), `ns1:ParentId` (the cause of concern a recommendation
  belongs to), `ns1:Type`, `ns1:Text`, `ns1:Status` (portal slugs), `ns1:StatusDate`,
  `ns1:Theme`. {len(ITEMS)} HMICFRS items over {len(hm_rows)} table rows.
- `tracker.xlsx`: one sheet, `Tracker`. Title row 1, "Position as at…" row 2, header row 3,
  {len(tr_rows)} item rows 4–{tr_rows[-1][0]}, blank row {tr_rows[-1][0] + 1}, RAG key rows
  {legend_rows[0]}–{legend_rows[-1]}. Columns: No. (running number, not a reference),
  HMICFRS ID, Report (force's short names), Type (National / Rec / AFI / CoC / Local),
  Recommendation / AFI (the force's own shortened wording), Lead, RAG (text, and a fill),
  Latest update, Date submitted for closure (dd/mm/yyyy dates).
- `truth.csv`: {len(truth)} lines. `README.md`: this file.

## What the layout brings (HMICFRS side)

1. **Excel XML-table headers.** Namespaced elements come out as `ns1:Title`, `ns1:Text`,
   `ns1:Status`…; attributes keep bare names; the recommendation's `id` collides with the
   report's `id`, so Excel names it `id2`. The register reference is `id2`, **not** `id`.
2. **Denormalised rows.** Every row repeats the root (`force`, `generated`) and report
   (`id`, `published`, `ns1:Title`) fields. A recommendation with several `Theme` elements
   becomes one row per theme, identical except for `ns1:Theme` ({len(repeats)} repeat rows).
   An item with no theme has a blank `ns1:Theme`.
3. **A report with no recommendations** ({', '.join(f'row {r}: {t}' for r, t in report_only)})
   still becomes a row: report fields filled, every recommendation field blank.
4. **Total Row** (row {total_row}): `Total` in column A and a `SUBTOTAL(103, …)` count of
   `ns1:Theme` in column L.
5. **Status slugs**: `awaiting-review`, `being-progressed` (open); `complete`, `superseded`,
   `no-further-action-required` (closed).
6. **Rich-text HTML in `ns1:Text`** for items entered after the portal's 2019 upgrade: Excel
   shows the markup literally (`<p>…</p>`, bullets as `<ul><li>…</li></ul>`), rows {html};
   row {first_row['ncpi_coc']} also has its curly quotes double-encoded as `&rsquo;` /
   `&lsquo;`. Older items keep their plain text with `\\n•` bullets, the stray footnote digits
   (`and 20`, `intelligence 86`) and curly quotes of the source.
7. **`ns1:ParentId`** links recommendations to their cause of concern (rows
   {first_row['eff16_r1']}, {first_row['eff16_r2']}, {first_row['leg17_1']}–{first_row['leg17_4']},
   {first_row['ncpi_r1']}); causes of concern are items in their own right.
8. Types: `National recommendation`, `Recommendation`, `Area for improvement`,
   `Cause of concern`.

## Traps and how the truth decides them

- **Theme repeat rows are not items.** Each item's truth line points at its *first* row; the
  repeats (same id2, same text, same status) are listed below as non-items. A reader must not
  count an item twice nor report a repeat as missing from the force.
- **Report-only row {report_only[0][0]}** (PEEL legitimacy 2015) is not an item. The tracker
  keeps an AFI from that report (Tracker!{frow['leg15_x']}, BLUE): `not_on_hmicfrs_list`
  (HMICFRS holds no item for it; the report line must not be taken as its match).
- **`id` vs `id2`.** Tracker!{frow['efy17_3']} gives HMICFRS ID `301`, which is the report id
  of PEEL efficiency 2017 in column `id`; its text is plainly the workforce-plan AFI (id2
  8393, row {first_row['efy17_3']}): `conflict` (reference).
- **HTML markup / entities** must be read through: the texts under the tags are the same
  items as the tracker's (e.g. row {first_row['cdi_1']}, the CDI victims recommendation).
- **Split item**: CDI rec id2 10233 (row {first_row['cdi_1']}, being-progressed) is split over
  Tracker!{', '.join(str(r) for r, ks, _ in tr_rows if 'cdi_1' in ks)} (BLUE, BLUE, AMBER):
  the item is not done until every part is, so all three lines are `in_sync` (open on both).
- **Two items in one row**: Tracker!{frow['fa_3']} ("5512 / 5513") carries two firearms
  items, both being-progressed and AMBER: two `in_sync` lines with the same force_row.
- **Conflicts**: timescale (Tracker!{frow['fa_2']}, six vs three months), missing bullet
  (Tracker!{frow['st_1']}), type (Tracker!{frow['efy17_2']}, Rec vs AFI), reference
  (Tracker!{frow['efy17_3']}), deadline (Tracker!{frow['efc17_1']}, 2019 vs 2018), report
  (Tracker!{frow['p21_6']}, filed under PEEL 2018/19).
- **Closed on HMICFRS, done on the force** (superseded/NFA vs GREEN/BLUE) is `in_sync`.
- Tracker rows without an HMICFRS ID (older national items) are matched by text.
- **Near-twin texts across reports** are told apart by id2 and report: Stop and search 2013
  (id2 1104, row {first_row['sas13_3']}) vs Stop and search 2 2015 (id2 5021, row
  {first_row['sas15_1']}); Core Business call-handler criteria (4822) vs CDI 2019 (10234);
  Integrity matters misconduct NFA (902) vs PEEL legitimacy 2017 AFI (8534). Each tracker row
  carries the right id and report short name.
- Tracker `Local` rows (Force improvement plan / JAC action) are `not_on_hmicfrs_list`.
- Force RAG: BLUE and GREEN are done, AMBER and RED open (the tracker's own key).
- No `review` lines: every pair is decidable by id2 and text.

## Counts (truth lines)

| category | lines |
|---|---|
{cat_lines}

{len(ITEMS)} HMICFRS items; {len(tr_rows)} tracker item rows ({len(truth)} truth lines: the
two-item row gives two lines, the three split rows one each).

## Rows that are not items

- {SHEET_HM}!1: table header.
- Theme repeat rows (XML flattening; duplicates of the item's first row):
{rep_lines}
- {SHEET_HM}!{report_only[0][0]}: report with no recommendations (report fields only).
- {SHEET_HM}!{total_row}: the table's Total Row.
- Tracker!1 (title), Tracker!2 (position date), Tracker!3 (header), Tracker!{tr_rows[-1][0] + 1}
  (blank), Tracker!{legend_rows[0]}–{legend_rows[-1]} (RAG key).

## Sources and caveats

- Texts: `/work/shared/data/real_recommendations.csv` (CDI victims, missing children, child
  detention with the force name put in, body-worn video) and the lists in
  `reconcile/casegen/texts/` (national reports verbatim; force items from the real stems,
  bodies, causes and PEEL topic bodies). Tracker wording is the force's own.
- The `ns1:` prefixes, the `id2` rename, root attributes repeated on every row and one row per
  repeated leaf element follow how Excel's "As an XML table" import behaves as far as I know;
  the workbook does not carry Excel's XML map part (XlsxWriter cannot write one), only the
  table it produced. `generated` is kept as text (an xsd:dateTime with offset), `published`
  and `ns1:StatusDate` as real dates, `id`/`id2`/`ns1:ParentId` as numbers.

## Checks run

- Every tracker item row (4–{tr_rows[-1][0]}) is in truth.csv exactly once per item it holds;
  every HMICFRS item's first row appears at least once; no non-item row appears.
- Both workbooks read back with pandas (`header=0` / `header=2`) and openpyxl; headers, row
  counts and the truth's row references checked against the read-back cells.
- Built twice; every file byte-identical (fixed created date in document properties;
  XlsxWriter's fixed zip timestamps; seeded random; no clock).
"""


if __name__ == "__main__":
    main()
