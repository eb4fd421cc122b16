"""Build the case `regional_template_status_tick_columns` (round 88, case B).

The HMICFRS side is the East Midlands regional inspection co-ordinator's circulation of the
definitive list held against Derbyshire Constabulary: the regional template, one row per item,
grouped by regional portfolio (not by report), with the HMICFRS status given by a tick in one of
five status columns (AR / BP / C / S / NFA) under a merged two-row header.  The force side is a
plain tracker.

Run with /work/main/.venv/bin/python; rebuilds byte for byte (no clock, fixed properties,
in-memory XlsxWriter zip with 1980 timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import xlsxwriter

CASE = "regional_template_status_tick_columns"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Derbyshire Constabulary"
PROPS = {
    "title": "", "author": "", "company": "", "comments": "",
    "created": dt.datetime(2025, 2, 14, 9, 0, 0),
}

# ---------------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied as literals.
# ---------------------------------------------------------------------------------------------
REP = {
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
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26)),
    "pe16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "pef16": ("PEEL: Police efficiency 2016", dt.date(2016, 11, 3)),
    "pl17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12)),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 21)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 19)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2024, 12, 5)),
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
DETENTION_BODY = (
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
DA_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)

NAT, REC, AFI, COC = "National recommendation", "Recommendation", "AFI", "Cause of concern"
AR, BP, C, S, NFA = "AR", "BP", "C", "S", "NFA"
TICKCOLS = [AR, BP, C, S, NFA]
OPEN = {AR, BP}

MEET = dt.date(2025, 2, 12)  # the FLL quarterly meeting the circulation reflects

# Bands: the regional portfolio each item sits under in the template.
B_CRIME = "Crime, Vulnerability & Safeguarding (ACC Crime portfolio)"
B_CONTACT = "Contact, Local Policing & Stop and Search (ACC Local Policing portfolio)"
B_PEOPLE = "People, Professional Standards & Firearms Licensing (DCC portfolio)"
B_CORP = "Finance, Planning & Digital (Director of Finance portfolio)"
B_REGION = "Regional – EMSOU-led items (response co-ordinated by the regional unit)"
BANDS = [B_CRIME, B_CONTACT, B_PEOPLE, B_CORP, B_REGION]

# ---------------------------------------------------------------------------------------------
# HMICFRS items: key, band, URN, report key, type, text, ticks as written, tick glyph,
# status a person decides, status-changed date, FLL comment.
# ---------------------------------------------------------------------------------------------
H = []


def item(key, band, urn, rep, typ, text, ticks, status, changed=None, comment=None, glyph="✓"):
    H.append(dict(key=key, band=band, urn=urn, rep=rep, typ=typ, text=text, ticks=ticks,
                  status=status, changed=changed, comment=comment, glyph=glyph))


d = dt.date
# --- Crime, vulnerability & safeguarding
item("everyone", B_CRIME, 2321, "everyone", NAT, EVERYONE_PLAN, [C], C, d(2016, 5, 10))
item("core2", B_CRIME, 4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", [C], C, d(2017, 1, 19))
item("pe16coc", B_CRIME, 7318, "pe16", COC, DA_CAUSE, [C], C, d(2019, 3, 7))
item("pe16rec", B_CRIME, 7319, "pe16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases. In cases where a DASH risk assessment is not completed the officer "
     "should record an assessment on the crime management system.", [C], C, d(2019, 3, 7))
item("cdi_vic", B_CRIME, 8012, "cdi17", REC,
     "Within six months the force should " + CDI_VICTIMS_BODY + ".", [BP], BP, d(2018, 4, 26),
     "Part evidence received (bullets 1-3). Awaiting audit results for remaining bullets.")
item("cdi_ncrs", B_CRIME, 8013, "cdi17", REC,
     "Immediately, the force should take steps to ensure it fully complies with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking.", [C], C, d(2019, 10, 3))
item("sf_lead", B_CRIME, 8120, "stolen", NAT, SF_LEADERSHIP, [BP], BP, d(2019, 1, 15))
item("sf_isa", B_CRIME, 8121, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", [BP], BP,
     d(2019, 1, 15))
item("sf_s45", B_CRIME, 8122, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", [AR], AR,
     d(2017, 10, 24), "New recommendation", glyph="x")
item("sf_nrm", B_CRIME, 8123, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", [BP], BP, d(2019, 1, 15))
item("sf_ncrs", B_CRIME, 8124, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", [C], C, d(2020, 2, 6))
item("sf_prev", B_CRIME, 8126, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", [BP], BP, d(2019, 1, 15))
item("ncpi_miss", B_CRIME, 9004, "ncpi18", REC,
     "Within six months Derbyshire Constabulary should " + MISSING_BODY + ".", [BP], BP,
     d(2019, 7, 11))
item("ncpi_det", B_CRIME, 9005, "ncpi18", REC,
     "Within six months Derbyshire Constabulary should " + DETENTION_BODY + ".", [BP], BP,
     d(2019, 7, 11), glyph="✔")
item("p18_crms", B_CRIME, 9210, "peel18", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", [BP], BP, d(2020, 9, 3))
item("p18_sup", B_CRIME, 9211, "peel18", AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.", [BP], BP, d(2020, 9, 3))
item("p18_rui", B_CRIME, 9213, "peel18", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     [AR], AR, d(2019, 5, 2), glyph="✔")
item("p21_da", B_CRIME, "AFI-004317", "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", [BP], BP, d(2023, 1, 12))
item("p21_stalk", B_CRIME, "AFI-004318", "peel21", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.", [BP], BP,
     d(2023, 1, 12))
item("p21_hate", B_CRIME, "AFI-004319", "peel21", AFI,
     "The force should make sure it records reports of hate crime accurately and without delay.",
     [C], C, d(2024, 6, 20))
item("p21_ocsa", B_CRIME, "AFI-004320", "peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to investigate "
     "online child sexual abuse.", [BP], BP, d(2023, 1, 12))
item("p23_vawg", B_CRIME, "AFI-006205", "peel23", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to violence against women and girls.", [], AR, None,
     "NEW – from PEEL 2023/24 report published 05/12/24. Not yet on portal extract; status to be "
     "set at next FLL meeting.")
# --- Contact, local policing & stop and search
item("sas13_1", B_CONTACT, 2107, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", [S], S, d(2017, 12, 12),
     "Superseded by PEEL legitimacy 2017 stop and search recommendations.")
item("sas13_2", B_CONTACT, 2108, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", [S], S,
     d(2017, 12, 12), "Superseded by PEEL legitimacy 2017 stop and search recommendations.")
item("sas13_3", B_CONTACT, 2109, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", [C], C,
     d(2016, 2, 18))
item("core1", B_CONTACT, 4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", [C], C, d(2016, 2, 18))
item("sas15", B_CONTACT, 5114, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", [C], C,
     d(2017, 6, 1), glyph="Y")
item("leg17_coc", B_CONTACT, 8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", [C], C, d(2021, 4, 15))
item("leg17_mon", B_CONTACT, 8542, "leg17", NAT, SAS_MONITORING_2017, [BP], BP, d(2019, 2, 28))
item("leg17_disp", B_CONTACT, 8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand the "
     "reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
     [BP], BP, d(2019, 2, 28))
item("leg17_pub", B_CONTACT, 8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", [BP, C], C, MEET,
     "Closed at FLL meeting 12/02/25 – annual publication evidenced (force website, Oct 2024).")
item("leg17_ub", B_CONTACT, 8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", [C], C, MEET,
     "Closed at FLL meeting 12/02/25.")
item("pw_comm", B_CONTACT, "REC-003881", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", [BP], BP,
     d(2022, 9, 8))
item("pw_cpd", B_CONTACT, "REC-003882", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", [BP], BP, d(2022, 9, 8))
item("pw_bwv", B_CONTACT, "REC-003883", "powers", NAT, BWV_2021, [BP], BP, d(2022, 9, 8))
item("pw_ho", B_CONTACT, "REC-003884", "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", [NFA], NFA, d(2021, 3, 4),
     "Not for forces – directed at Home Office / NPCC.", glyph="1")
item("pw_uof", B_CONTACT, "REC-003885", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", [BP], BP, d(2022, 9, 8))
item("p21_ctrl", B_CONTACT, "AFI-004321", "peel21", AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.", [BP], BP, d(2023, 1, 12))
# --- People, professional standards & firearms licensing
item("integrity", B_PEOPLE, 902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     [BP], BP, d(2016, 9, 29))
item("picture", B_PEOPLE, 5406, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", [BP], BP, d(2016, 9, 29))
item("fa_gov", B_PEOPLE, 5650, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", [C], C, d(2016, 6, 9))
item("fa_demand", B_PEOPLE, 5651, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", [BP], BP, d(2016, 6, 9))
item("fa_expired", B_PEOPLE, 5652, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.", [C], C,
     MEET, "Closed at FLL meeting 12/02/25 – NFLMS expired records report seen.")
item("fa_temp", B_PEOPLE, 5653, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.", [BP], BP,
     d(2016, 6, 9))
item("fa_flag", B_PEOPLE, 5654, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of a "
     "firearm certificate holder are in place and are always applied by staff dispatching "
     "officers to incidents; and that officers understand the risk assessment which they should "
     "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
     "and firearm certificates.", [BP], BP, d(2016, 6, 9))
item("pl17_misc", B_PEOPLE, 8560, "pl17", AFI,
     "The force should satisfy itself that it has processes in place to ensure that "
     "investigations into misconduct by officers and staff resulting in “no further action” are "
     "fair and free of any form of discrimination.", [C], C, d(2020, 11, 26))
item("pl17_coc", B_PEOPLE, 8561, "pl17", COC,
     "The size of the vetting backlog within Derbyshire Constabulary is a cause of concern.",
     [BP], BP, d(2018, 6, 21))
item("pl17_vet", B_PEOPLE, 8562, "pl17", REC,
     "Within six months Derbyshire Constabulary should ensure all staff have received at least "
     "the lowest level of vetting clearance for their roles as quickly as possible, working to "
     "clear both the vetting backlog and new vetting renewals when they become due so that it "
     "complies fully with the national vetting guidelines.", [BP, C], BP, MEET,
     "Closure evidence NOT accepted at FLL meeting 12/02/25 – vetting backlog figures to end "
     "Mar-25 required. Remains BP.")
# --- Finance, planning & digital
item("aus1", B_CORP, 2601, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", [NFA], NFA,
     d(2016, 2, 18))
item("aus2", B_CORP, 2602, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", [NFA], NFA, d(2016, 2, 18))
item("aus3", B_CORP, 2603, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", [NFA], NFA, d(2016, 2, 18))
item("aus4", B_CORP, 2604, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", [NFA], NFA,
     d(2016, 2, 18))
item("pef16_dem", B_CORP, 7102, "pef16", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.", [S], S,
     d(2019, 5, 2), "Superseded by PEEL 2018/19.")
item("pef16_cost", B_CORP, 7103, "pef16", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", [S], S, d(2019, 5, 2), "Superseded by PEEL 2018/19.")
item("efc17", B_CORP, 8310, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", [S], S, d(2022, 5, 19),
     "Superseded – digital now assessed through PEEL 2021/22.")
item("p18_wfp", B_CORP, 9212, "peel18", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", [C], C, d(2022, 3, 10),
     glyph="X")
# --- Regional, EMSOU-led
item("sf_inv", B_REGION, 8125, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", [BP], BP, d(2019, 1, 15),
     "Regional lead: EMSOU (MSHT unit). Force to confirm local ownership.")
item("p23_cl", B_REGION, "AFI-006204", "peel23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", [], AR, None,
     "NEW – from PEEL 2023/24 report published 05/12/24. Not yet on portal extract; status to be "
     "set at next FLL meeting.")
item("p23_soc", B_REGION, "AFI-006206", "peel23", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "serious and organised crime.", [AR], AR, d(2024, 12, 5), "Regional lead: EMSOU.")

HK = {h["key"]: h for h in H}
assert len(HK) == len(H)

# ---------------------------------------------------------------------------------------------
# Force tracker rows.  keys: the HMICFRS items the row holds (one, two for a combined row, or
# one shared by the parts of a split).  cat: per key, the category and why.
# ---------------------------------------------------------------------------------------------
F = []


def frow(ref, report, typ, text, lead, rag, update, submitted=None, keys=(), cats=None):
    F.append(dict(ref=ref, report=report, typ=typ, text=text, lead=lead, rag=rag, update=update,
                  submitted=submitted, keys=list(keys), cats=cats or {}))


DONE = {"GREEN", "BLUE", "Complete", "WHITE"}

frow(2107, "Stop & Search 2013", "National rec",
     "CCs & CoP to set out in S&S APP a clear spec of what effective & fair use of S&S powers "
     "looks like", "ACC Local Policing", "AMBER", "Awaiting revised APP from CoP.",
     keys=["sas13_1"], cats={"sas13_1": ("closeable_local", "HMICFRS ticks S (superseded); force still AMBER. Same ref 2107, same ask.")})
frow(2108, "Stop & Search 2013", "National rec",
     "Establish/improve monitoring of how officers use S&S so satisfied they act in accordance "
     "with the law & Code of Practice", "ACC Local Policing", "GREEN",
     "S&S scrutiny board meets monthly; BWV dip sampling in place.",
     keys=["sas13_2"], cats={"sas13_2": ("in_sync", "HMICFRS S (superseded, closed); force GREEN (done). Ref 2108 and text agree.")})
frow(2321, "Everyone's Business (DA) 2014", "National rec",
     "Establish and publish a DA action plan (developed with PCC, DA support orgs & victims' "
     "reps; after considering all recs in report; with ref to DHRs & IPCC findings; drawing on "
     "CPS scrutiny panels & MARAC self-assessments)", "Ch Supt Public Protection", "GREEN",
     "DA action plan published 2014, refreshed annually.",
     keys=["everyone"], cats={"everyone": ("in_sync", "HMICFRS C; force GREEN. Ref 2321; all four bullets present in the force's bracket.")})
frow(None, "Policing in Austerity 2014", "National rec",
     "Review savings plans to ensure doing all we can to reduce crime & protect the front line "
     "while balancing budget (use VfM profiles)", "Director of Finance", "Complete",
     "Medium Term Financial Plan reviewed.",
     keys=["aus1"], cats={"aus1": ("in_sync", "HMICFRS NFA (closed); force Complete. No ref on tracker; text is the first austerity rec shortened.")})
frow(None, "Policing in Austerity 2014", "National rec",
     "Recs 2 & 3 – assess scope to improve on <10% savings through collaboration; assess "
     "whether decisive action taken to maintain crime fighting capacity if front line reducing",
     "Director of Finance", "GREEN", "Assessments returned to HMIC Oct 2014.",
     keys=["aus2", "aus3"],
     cats={"aus2": ("in_sync", "One force row holds austerity recs 2 and 3 ('Recs 2 & 3'); this line is rec 2 (collaboration <10%). HMICFRS NFA, force GREEN."),
           "aus3": ("in_sync", "Same combined force row, second item: rec 3 (front line / crime fighting capacity). HMICFRS NFA, force GREEN.")})
frow(None, "Policing in Austerity 2014", "National rec",
     "Review collaboration plans ahead of next spending round – scope for better VfM through "
     "joint working with other forces, public and/or private sector", "Director of Finance",
     "AMBER", "Regional collaboration review ongoing (East Mids).",
     keys=["aus4"], cats={"aus4": ("closeable_local", "HMICFRS NFA (no further action required, closed); force AMBER. Text is austerity rec 4.")})
frow(4822, "Core business", "National rec",
     "Provide call-handlers with specific, sound & comprehensible criteria to assess threat, "
     "harm & risk (THRIVE)", "Supt Contact Centre", "GREEN", "THRIVE embedded in control room.",
     keys=["core1"], cats={"core1": ("in_sync", "Ref 4822 on both; HMICFRS C, force GREEN.")})
frow(4823, "Core business", "National rec",
     "Ensure crime prevention/disruption activity is systematically recorded & evaluated",
     "Head of Corporate Development", "BLUE", "Closed – evaluation framework in place.",
     keys=["core2"], cats={"core2": ("in_sync", "Ref 4823; HMICFRS C; force BLUE (done).")})
frow(902, "Integrity Matters 2015", "National rec",
     "Satisfy ourselves processes in place to ensure misconduct investigations resulting in 'no "
     "further action' are fair and free from discrimination", "Head of Professional Standards",
     "GREEN", "Completed. Evidence submitted to HMICFRS for closure.", dt.date(2024, 12, 3),
     keys=["integrity"], cats={"integrity": ("closeable_submit", "Ref 902; HMICFRS BP (open); force GREEN and submitted for closure 03/12/2024.")})
frow(5114, "Stop & search powers 2", "National rec",
     "Comply with Code of Practice – explain use of S&S to public and arrange for S&S records to "
     "be scrutinised by community reps (incl. young people)", "ACC Local Policing", "GREEN",
     "Community scrutiny panel in place incl. youth panel.",
     keys=["sas15"], cats={"sas15": ("in_sync", "Ref 5114; HMICFRS status tick is a 'Y' in the C column (complete); force GREEN.")})
frow(5460, "Information management (Building the Picture)", "National rec",
     "Put in place arrangements to scrutinise audits of compliance with APP on information "
     "management through force IM governance structure", "Head of Information Management",
     "AMBER", "Information Assurance Board ToR being revised.",
     keys=["picture"], cats={"picture": ("conflict", "Text and report are Building the Picture (HMICFRS URN 5406, BP; force AMBER) but the tracker's ref reads 5460: reference disagrees (digits transposed). Both open otherwise.")})
frow(5650, "Firearms licensing 2015", "National rec",
     "Assess governance of firearms licensing against APP and put correct arrangements in place",
     "Supt Firearms Licensing", "GREEN", "Governance review completed 2016.",
     keys=["fa_gov"], cats={"fa_gov": ("in_sync", "Ref 5650; HMICFRS C; force GREEN.")})
frow(5651, "Firearms licensing 2015", "National rec",
     "Within 3 months assess demand on firearms licensing dept & ensure capacity to meet it",
     "Supt Firearms Licensing", "AMBER", "Backlog of renewals remains; additional staff recruited.",
     keys=["fa_demand"], cats={"fa_demand": ("in_sync", "Ref 5651; HMICFRS BP; force AMBER: both open.")})
frow(5652, "Firearms licensing 2015", "National rec",
     "Satisfy ourselves all appropriate action taken re 'total expired' licensing records",
     "Supt Firearms Licensing", "RED", "Little work yet undertaken in this area. Unlikely to reach deadlines.",
     keys=["fa_expired"], cats={"fa_expired": ("closeable_local", "Ref 5652; HMICFRS C (closed at the 12/02/25 FLL meeting, grey italic row); force still RED.")})
frow("5653 / 5654", "Firearms licensing 2015", "National rec",
     "Temporary permits in line with HO guidance & recorded on NFLMS; systems to flag firearm "
     "certificate holders' addresses before police attendance applied by dispatchers",
     "Supt Firearms Licensing", "GREEN", "Pending sign off by the chief officer lead.",
     dt.date(2025, 1, 22), keys=["fa_temp", "fa_flag"],
     cats={"fa_temp": ("closeable_submit", "Force row holds two items (refs '5653 / 5654'); this line is 5653 temporary permits. HMICFRS BP; force GREEN, submitted 22/01/2025."),
           "fa_flag": ("closeable_submit", "Same combined force row, second item 5654 (address flags for certificate holders). HMICFRS BP; force GREEN.")})
frow(8120, "Stolen Freedom (MSHT) 2017", "National rec",
     "a) Review MSHT leadership & governance – senior leaders prioritise response to MSHT",
     "Det Ch Supt Force CID", "GREEN", "MSHT gold group chaired by ACC.",
     keys=["sf_lead"], cats={"sf_lead": ("closeable_submit", "Force split 8120 (4 bullets) into rows a-d; part a. All four parts GREEN, so the item is done; HMICFRS BP.")})
frow(8120, "Stolen Freedom (MSHT) 2017", "National rec",
     "b) every MSHT incident allocated appropriate resources with skills, experience & capacity "
     "to investigate", "Det Ch Supt Force CID", "GREEN", "Allocation policy revised.",
     keys=["sf_lead"], cats={"sf_lead": ("closeable_submit", "Part b of the split 8120; all parts GREEN; HMICFRS BP.")})
frow(8120, "Stolen Freedom (MSHT) 2017", "National rec",
     "c) effective partnership arrangments to co-ordinate activity, share info & safeguard "
     "victims", "Head of Intelligence", "GREEN", "Anti-slavery partnership established.",
     keys=["sf_lead"], cats={"sf_lead": ("closeable_submit", "Part c of the split 8120; all parts GREEN; HMICFRS BP.")})
frow(8120, "Stolen Freedom (MSHT) 2017", "National rec",
     "d) performance & QA measures so senior leaders can assess service to victims",
     "Head of Corporate Development", "GREEN", "MSHT measures added to performance pack.",
     keys=["sf_lead"], cats={"sf_lead": ("closeable_submit", "Part d of the split 8120; all parts GREEN; HMICFRS BP.")})
frow(8121, "Stolen Freedom (MSHT) 2017", "National rec",
     "Within 12 months have active ISAs in place with other agencies for speedy exchange of "
     "intelligence, to safeguard victims & identify suspects early", "Head of Intelligence",
     "AMBER", "ISA with county councils drafted.",
     keys=["sf_isa"], cats={"sf_isa": ("conflict", "Ref 8121, same ask, both open (BP / AMBER) but timescale disagrees: HMICFRS 'Within six months', tracker 'Within 12 months'.")})
frow(8122, "Stolen Freedom (MSHT) 2017", "National rec",
     "Ensure victims committing offences under compulsion get early & continuing consideration "
     "of s45 defence", "Head of Criminal Justice", "GREEN", "Guidance issued with CPS.",
     keys=["sf_s45"], cats={"sf_s45": ("closeable_submit", "Ref 8122; HMICFRS tick 'x' in AR (awaiting review, open); force GREEN.")})
frow(8123, "Stolen Freedom (MSHT) 2017", "National rec",
     "Ensure fully compliant with NRM process and duty to notify HO of adult victims",
     "Det Ch Supt Force CID", "AMBER", "NRM SPOC in place; audit due.",
     keys=["sf_nrm"], cats={"sf_nrm": ("in_sync", "Ref 8123; HMICFRS BP; force AMBER.")})
frow(8124, "Stolen Freedom (MSHT) 2017", "National rec",
     "Comply with NCRS for MSHT offences; sufficient audit capacity for the FCR",
     "Force Crime Registrar", "GREEN", "Audit complete.",
     keys=["sf_ncrs"], cats={"sf_ncrs": ("in_sync", "Ref 8124; HMICFRS C; force GREEN.")})
frow(8126, "Stolen Freedom (MSHT) 2017", "National rec",
     "Review use of preventative powers under MSA 2015 (STPOs/STROs)", "Det Ch Supt Force CID",
     "AMBER", "Review of STPO use under way.",
     keys=["sf_prev"], cats={"sf_prev": ("in_sync", "Ref 8126; HMICFRS BP; force AMBER.")})
frow(8310, "PEEL Efficiency 17 (all forces)", "National rec",
     "Produce an ambitious plan to improve digitally-enabled services", "Director of Finance",
     "AMBER", "Digital strategy 2023-26 in draft.",
     keys=["efc17"], cats={"efc17": ("closeable_local", "Ref 8310; HMICFRS S (superseded); force AMBER.")})
frow(8541, "PEEL Legit 17 S&S", "Cause of concern",
     "CoC – forces unable to demonstrate S&S consistently reasonable & fair; over-representation "
     "of BAME people", "ACC Local Policing", "GREEN", "Addressed through recs below.",
     keys=["leg17_coc"], cats={"leg17_coc": ("in_sync", "Ref 8541, cause of concern on both; HMICFRS C; force GREEN.")})
frow(8542, "PEEL Legit 17 S&S", "National rec",
     "By July 2018 regularly monitor S&S data to understand: • reasons for disproportionate "
     "representation of ethnic groups; • extent to which find rates differ between ethnicities "
     "and search types", "ACC Local Policing", "AMBER", "Quarterly disproportionality report.",
     keys=["leg17_mon"], cats={"leg17_mon": ("conflict", "Ref 8542, both open (BP / AMBER), but the tracker lists two of the three bullets: the possession-only drug searches bullet is missing.")})
frow(8543, "PEEL Legit 17 S&S", "National rec",
     "Where disparities identified, show public we have researched reasons & acted to reduce",
     "ACC Local Policing", "AMBER", "Research with university partner ongoing.",
     keys=["leg17_disp"], cats={"leg17_disp": ("in_sync", "Ref 8543; HMICFRS BP; force AMBER.")})
frow(8544, "PEEL Legit 17 S&S", "National rec",
     "Publish S&S analysis & actions at least annually", "ACC Local Policing", "GREEN",
     "Published on website Oct 2024.",
     keys=["leg17_pub"], cats={"leg17_pub": ("in_sync", "Ref 8544. HMICFRS row carries two ticks (BP and C); the FLL comment says closed at the 12/02/25 meeting, so C (closed). Force GREEN: both closed.")})
frow(8545, "PEEL Legit 17 S&S", "National rec",
     "All officers using S&S trained on unconscious bias & CoP APP", "Head of Learning & Development",
     "AMBER", "Refresher e-learning 78% completion.",
     keys=["leg17_ub"], cats={"leg17_ub": ("closeable_local", "Ref 8545; HMICFRS C (closed 12/02/25); force still AMBER.")})
frow("REC-3881", "Police powers spotlight (Feb 21)", "National rec",
     "By July 2021, ensure officers & staff have effective communication skills in line with "
     "National Policing Guidelines on Conflict Management", "Head of Learning & Development",
     "AMBER", "Module added to OST.",
     keys=["pw_comm"], cats={"pw_comm": ("conflict", "Ref REC-3881 = REC-003881 (leading zeros dropped); both open, but deadline disagrees: HMICFRS 'By July 2022', tracker 'By July 2021'.")})
frow("REC-3882", "Police powers spotlight (Feb 21)", "National rec",
     "Comms skills reinforced through CPD; supervisors debrief officers using BWV footage",
     "Head of Learning & Development", "GREEN", "Ready to move to GREEN status.", dt.date(2024, 11, 7),
     keys=["pw_cpd"], cats={"pw_cpd": ("closeable_submit", "REC-3882 = REC-003882; HMICFRS BP; force GREEN, submitted 07/11/2024.")})
frow("REC-3883", "Police powers spotlight (Feb 21)", "National rec",
     "BWV – record all S&S encounters; structured review of footage; scrutiny panel access to "
     "footage", "ACC Local Policing", "AMBER", "Panel access protocol awaiting DPIA.",
     keys=["pw_bwv"], cats={"pw_bwv": ("in_sync", "REC-3883 = REC-003883; all three parts summarised; HMICFRS BP; force AMBER.")})
frow("REC-3884", "Police powers spotlight (Feb 21)", "National rec",
     "HO & NPCC to improve quality of use of force data for publication",
     "ACC Local Policing", "WHITE", "Not the force's responsibility to deliver; dependent upon another organisation.",
     keys=["pw_ho"], cats={"pw_ho": ("in_sync", "REC-3884; HMICFRS NFA (tick '1'); force WHITE = not ours to deliver, counted done: both closed.")})
frow("REC-3885", "Police powers spotlight (Feb 21)", "National rec",
     "Effective internal monitoring of use of force to identify & explain disproportionate use",
     "ACC Local Policing", "GREEN", "Use of force dashboard live.", dt.date(2024, 10, 1),
     keys=["pw_uof"], cats={"pw_uof": ("closeable_submit", "REC-3885; HMICFRS BP; force GREEN, submitted 01/10/2024.")})
frow(7318, "PEEL Effectiveness 2016", "Cause of concern",
     "DA response a cause of concern – officer discretion on DASH; DASH not consistently "
     "completed", "Ch Supt Public Protection", "GREEN", "DASH compliance 97%.",
     keys=["pe16coc"], cats={"pe16coc": ("in_sync", "Ref 7318; HMICFRS C; force GREEN.")})
frow(7319, "PEEL Effectiveness 2016", "Recommendation",
     "Immediately ensure effective supervision of initial risk assessment, esp. DASH completion; "
     "record assessment on CMS where no DASH", "Ch Supt Public Protection", "GREEN",
     "Supervisory review built into Niche workflow.",
     keys=["pe16rec"], cats={"pe16rec": ("in_sync", "Ref 7319; HMICFRS C; force GREEN.")})
frow(7102, "PEEL Efficiency 16", "AFI",
     "Better understand current & future demand to match resources", "Head of Corporate Development",
     "AMBER", "Demand modelling feeds FMS.",
     keys=["pef16_dem"], cats={"pef16_dem": ("closeable_local", "Ref 7102; HMICFRS S (superseded by PEEL 2018/19); force AMBER.")})
frow(7103, "PEEL Efficiency 16", "AFI",
     "Develop understanding of links between outcomes, outputs & costs", "Director of Finance",
     "GREEN", "Outcome-based budgeting pilot complete.",
     keys=["pef16_cost"], cats={"pef16_cost": ("in_sync", "Ref 7103; HMICFRS S (closed); force GREEN.")})
frow(8560, "PEEL Legitimacy 2017", "AFI",
     "Satisfy itself misconduct 'no further action' outcomes fair & free of discrimination",
     "Head of Professional Standards", "Complete", "Disproportionality audit of PSD outcomes done.",
     keys=["pl17_misc"], cats={"pl17_misc": ("in_sync", "Ref 8560 (force AFI, PEEL legitimacy 2017, not the Integrity Matters 902 national rec with similar words); HMICFRS C; force Complete.")})
frow(8562, "PEEL Legitimacy 2017", "Recommendation",
     "Clear vetting backlog & renewals; all staff vetted to at least lowest level per national "
     "guidelines", "Head of Professional Standards", "GREEN", "Backlog cleared Dec 2024.",
     dt.date(2025, 1, 14), keys=["pl17_vet"],
     cats={"pl17_vet": ("closeable_submit", "Ref 8562. HMICFRS row has two ticks (BP and C); FLL comment: closure evidence NOT accepted, remains BP, so open. Force GREEN, submitted 14/01/2025: force says done, HMICFRS open.")})
frow(8012, "CDI 2017", "Recommendation",
     "Victims believed at point of report; call handler/caller conversations summarised "
     "accurately on incident log; multiple crimes always recorded", "Force Crime Registrar",
     "GREEN", "Audit Q3 shows 96% compliance.",
     keys=["cdi_vic"], cats={"cdi_vic": ("in_sync", "Force split 8012 (five bullets) into two rows; this row bullets 1-3 GREEN but the other part is AMBER, so the item is open; HMICFRS BP: both open.")})
frow(8012, "CDI 2017", "Recommendation",
     "Stop waiting for medical exam / video interview results before recording; triage online "
     "crime reports on receipt", "Force Crime Registrar", "AMBER", "Online triage in pilot.",
     keys=["cdi_vic"], cats={"cdi_vic": ("in_sync", "Second part of split 8012 (bullets 4-5), AMBER; item open on both sides.")})
frow(8013, "CDI 2017", "Recommendation",
     "Comply with NCRS for MSHT offences", "Force Crime Registrar", "GREEN", "Complete.",
     keys=["cdi_ncrs"], cats={"cdi_ncrs": ("in_sync", "Ref 8013 (CDI 2017, not Stolen Freedom 8124 which has similar words); HMICFRS C; force GREEN.")})
frow(9004, "NCPI 2018", "Recommendation",
     "Review approach to missing children: call takers use missing/absent correctly; call "
     "takers & frontline know CSE risk factors; supervisors oversee missing enquiries",
     "Ch Supt Public Protection", "AMBER", "Absent category withdrawn; supervision audit due.",
     keys=["ncpi_miss"], cats={"ncpi_miss": ("in_sync", "Ref 9004; HMICFRS BP; force AMBER.")})
frow(9005, "NCPI 2018", "Recommendation",
     "With children's social care review detention of children (detain only when necessary; "
     "early assessment of need for alternative accomodation; record all actions; timely AA "
     "support)", "Ch Insp Custody", "GREEN", "Concordat signed with both local authorities.",
     dt.date(2024, 9, 12), keys=["ncpi_det"],
     cats={"ncpi_det": ("closeable_submit", "Ref 9005; HMICFRS BP (tick '✔'); force GREEN, submitted 12/09/2024.")})
frow(9210, "PEEL 2018/19", "AFI",
     "Improve use of crime recording & management system to manage case files", "ACC Crime",
     "AMBER", "Niche optimisation project.",
     keys=["p18_crms"], cats={"p18_crms": ("in_sync", "Ref 9210; HMICFRS BP; force AMBER.")})
frow(9211, "PEEL 2018/19", "Recommendation",
     "Ensure regular & active supervison of investigations, properly recorded", "ACC Crime",
     "AMBER", "Investigative standards audit quarterly.",
     keys=["p18_sup"], cats={"p18_sup": ("conflict", "Ref 9211, same text, both open; type disagrees: HMICFRS AFI, tracker 'Recommendation'.")})
frow(9212, "PEEL 2018/19", "AFI",
     "Develop future workforce plan aligned to demand & budget", "Director of People", "GREEN",
     "Workforce plan approved by COG.",
     keys=["p18_wfp"], cats={"p18_wfp": ("in_sync", "Ref 9212; HMICFRS C (tick 'X'); force GREEN.")})
frow(9213, "PEEL 2018/19", "Recommendation",
     "Within 6 months improve understanding of RUI suspects and management of those on bail",
     "Head of Criminal Justice", "AMBER", "RUI review group meets monthly.",
     keys=["p18_rui"], cats={"p18_rui": ("in_sync", "Ref 9213; HMICFRS AR (tick '✔'); force AMBER: both open.")})
frow("AFI-004317", "PEEL 21/22", "AFI",
     "Improve timeliness of response to DA calls for service", "Supt Contact Centre", "AMBER",
     "Attendance times improving; DA desk extended.",
     keys=["p21_da"], cats={"p21_da": ("in_sync", "AFI-004317; HMICFRS BP; force AMBER.")})
frow("AFI-4318", "PEEL 21/22", "AFI",
     "Keep victims of stalking & harassment informed of case progress (VCOP)",
     "Det Ch Supt Force CID", "GREEN", "VCOP compliance audit 94%.", dt.date(2024, 12, 18),
     keys=["p21_stalk"], cats={"p21_stalk": ("closeable_submit", "AFI-4318 = AFI-004318; HMICFRS BP; force GREEN, submitted 18/12/2024.")})
frow("AFI-004319", "PEEL 21/22", "AFI",
     "Record hate crime reports accurately and without delay", "Force Crime Registrar", "GREEN",
     "Hate crime audit complete.",
     keys=["p21_hate"], cats={"p21_hate": ("in_sync", "AFI-004319; HMICFRS C; force GREEN.")})
frow("AFI-004320", "PEEL 2023/24", "AFI",
     "Enough specialist capacity & capability to investigate online CSA", "Det Ch Supt Force CID",
     "AMBER", "POLIT uplift of 4 DCs agreed.",
     keys=["p21_ocsa"], cats={"p21_ocsa": ("conflict", "AFI-004320 and text agree, both open, but the tracker files it under PEEL 2023/24; HMICFRS lists it under PEEL 2021/22: report disagrees.")})
frow("AFI-004321", "PEEL 21/22", "AFI",
     "Sufficient resources in control room to meet demand, incl. workforce wellbeing",
     "Supt Contact Centre", "RED", "Recruitment behind plan; attrition high.",
     keys=["p21_ctrl"], cats={"p21_ctrl": ("in_sync", "AFI-004321; HMICFRS BP; force RED: both open.")})
frow(None, "PEEL 2023/24", "AFI",
     "Training for officers & staff to identify and respond to VAWG", "Head of Learning & Development",
     "AMBER", "VAWG training needs analysis commissioned.",
     keys=["p23_vawg"], cats={"p23_vawg": ("in_sync", "No ref on tracker; text is the PEEL 2023/24 VAWG AFI. HMICFRS row has no tick, comment 'NEW … status to be set', read as awaiting review (open); force AMBER.")})
frow("AFI-006206", "PEEL 2023/24", "AFI",
     "Improve management of risk posed by SOC offenders (with EMSOU)", "Head of Intelligence",
     "AMBER", "Lifetime offender management model being adopted.",
     keys=["p23_soc"], cats={"p23_soc": ("in_sync", "AFI-006206; HMICFRS AR; force AMBER.")})
# Force-only rows.
frow(None, "PEEL Effectiveness 2015", "AFI",
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", "Ch Supt Public Protection", "AMBER",
     "CSE problem profile refreshed annually.",
     cats={None: ("not_on_hmicfrs_list", "A PEEL 2015 AFI not on the circulated list (probably closed by HMICFRS long ago); force still AMBER. Query with the FLL.")})
frow(None, "Local action", "Force action",
     "Task & Finish group to review the hate crime policy and report to the Force Executive Team",
     "Force Crime Registrar", "AMBER", "T&F group met twice.",
     cats={None: ("not_on_hmicfrs_list", "Force's own action, not an HMICFRS item.")})
frow(None, "Local action", "Force action",
     "Dip-sample 50 rape and serious sexual offences crime reports each quarter and report "
     "findings to the Crime Standards Board", "ACC Crime", "GREEN", "Q3 dip sample reported.",
     cats={None: ("not_on_hmicfrs_list", "Force's own action, not an HMICFRS item.")})
frow(None, "JAC action", "Force action",
     "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)",
     "Supt Firearms Licensing", "AMBER", "Fieldwork complete; report due.",
     cats={None: ("not_on_hmicfrs_list", "Joint Audit Committee / internal audit action; not on the HMICFRS list (5650 is the HMICFRS governance rec, already closed and matched separately).")})

MISSING = {
    "sas13_3": "HMICFRS C (closed); no tracker row holds the 2013 S&S rec on explaining S&S to the public (the 2015 version 5114 is tracked separately).",
    "sf_inv": "EMSOU-led MSHT investigation rec 8125 (BP); no tracker row (FLL comment asks the force to confirm local ownership).",
    "pl17_coc": "Vetting cause of concern 8561 (BP); the tracker holds only its recommendation 8562, not the cause of concern itself.",
    "p23_cl": "New PEEL 2023/24 county lines AFI (no tick, comment NEW: awaiting review); not yet on the tracker.",
}

# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def new_wb(path):
    wb = xlsxwriter.Workbook(str(path), {"in_memory": True, "strings_to_numbers": False,
                                         "strings_to_urls": False})
    wb.set_properties(PROPS)
    wb.set_calc_mode("auto")
    return wb


def write_hmicfrs(path):
    wb = new_wb(path)
    key = wb.add_worksheet("Key & guidance")
    ws = wb.add_worksheet("Derbyshire")
    ws.activate()

    title = wb.add_format({"bold": True, "font_size": 13})
    sub = wb.add_format({"italic": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F4E78", "font_color": "#FFFFFF",
                         "border": 1, "text_wrap": True, "align": "center", "valign": "vcenter"})
    band = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    pub = wb.add_format({"num_format": "mmm yyyy", "valign": "top", "border": 1})
    tick = wb.add_format({"align": "center", "valign": "top", "border": 1, "bold": True})
    g_cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "italic": True,
                            "font_color": "#808080"})
    g_date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1,
                            "italic": True, "font_color": "#808080"})
    g_pub = wb.add_format({"num_format": "mmm yyyy", "valign": "top", "border": 1,
                           "italic": True, "font_color": "#808080"})
    g_tick = wb.add_format({"align": "center", "valign": "top", "border": 1, "bold": True,
                            "italic": True, "font_color": "#808080"})
    tot = wb.add_format({"bold": True, "top": 2, "align": "center"})
    totl = wb.add_format({"bold": True, "top": 2})
    note = wb.add_format({"italic": True, "font_size": 9})

    # Key sheet: guidance only, no items.
    key.set_column(0, 0, 110)
    klines = [
        ("East Midlands Regional Inspection Co-ordination Group – HMICFRS list circulation template (v3.2)", title),
        ("", None),
        ("How to use this workbook", wb.add_format({"bold": True})),
        ("Each force tab lists the recommendations, areas for improvement (AFIs) and causes of concern HMICFRS holds open or has changed since the last circulation.", None),
        ("Items are grouped by the chief officer portfolio that owns them, not by report. Items led by EMSOU are in the last group.", None),
        ("Tick ONE status column per row. AR = Awaiting review; BP = Being progressed; C = Complete; S = Superseded; NFA = No further action required.", None),
        ("'Status changed' is the date HMICFRS last changed the status on the portal (or the FLL meeting date where agreed at the meeting).", None),
        ("Rows in grey italics were closed at the last FLL meeting and will drop off the next circulation.", None),
        ("URNs: numbers are legacy register IDs (pre-2020); REC-/AFI-/COC- numbers are monitoring portal IDs.", None),
        ("Please do not insert columns – the regional summary links to these positions.", None),
    ]
    for i, (t, f) in enumerate(klines):
        key.write_string(i, 0, t, f) if f else key.write_string(i, 0, t)

    widths = [12, 34, 10, 16, 80, 5, 5, 5, 5, 5, 12, 40]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.merge_range(0, 0, 0, 11, "East Midlands Regional Inspection Co-ordination – HMICFRS recommendations, AFIs and causes of concern held against Derbyshire Constabulary", title)
    ws.merge_range(1, 0, 1, 11, "Position as agreed with the HMICFRS Force Liaison Lead at the quarterly meeting of 12/02/2025. Source: HMICFRS monitoring portal extract supplied by the FLL on 05/02/2025.", sub)
    ws.merge_range(2, 0, 2, 11, "Tick ONE status column per row (✓).  Key: AR = Awaiting review · BP = Being progressed · C = Complete · S = Superseded · NFA = No further action required", sub)
    # row index 3 (Excel row 4) blank
    top = ["HMICFRS URN", "Inspection / report", "Published", "Type",
           "Recommendation / AFI / cause of concern (HMICFRS wording)"]
    for c, t in enumerate(top):
        ws.merge_range(4, c, 5, c, t, hdr)
    ws.merge_range(4, 5, 4, 9, "HMICFRS status (tick one)", hdr)
    for i, t in enumerate(TICKCOLS):
        ws.write_string(5, 5 + i, t, hdr)
    ws.merge_range(4, 10, 5, 10, "Status changed", hdr)
    ws.merge_range(4, 11, 5, 11, "FLL comment", hdr)
    ws.freeze_panes(6, 0)

    r = 6
    first_item = r
    for b in BANDS:
        ws.merge_range(r, 0, r, 11, b, band)
        r += 1
        for h in [h for h in H if h["band"] == b]:
            grey = h["changed"] == MEET and h["status"] not in OPEN
            fc, fd, fp, ft = (g_cell, g_date, g_pub, g_tick) if grey else (cell, date, pub, tick)
            if isinstance(h["urn"], int):
                ws.write_number(r, 0, h["urn"], fc)
            else:
                ws.write_string(r, 0, h["urn"], fc)
            title_, pdate = REP[h["rep"]]
            ws.write_string(r, 1, title_, fc)
            ws.write_datetime(r, 2, dt.datetime.combine(pdate, dt.time()), fp)
            ws.write_string(r, 3, h["typ"], fc)
            ws.write_string(r, 4, h["text"], fc)
            for i, t in enumerate(TICKCOLS):
                if t in h["ticks"]:
                    g = h["glyph"]
                    if g == "1":
                        ws.write_number(r, 5 + i, 1, ft)
                    else:
                        ws.write_string(r, 5 + i, g, ft)
                else:
                    ws.write_blank(r, 5 + i, None, ft)
            if h["changed"]:
                ws.write_datetime(r, 10, dt.datetime.combine(h["changed"], dt.time()), fd)
            else:
                ws.write_blank(r, 10, None, fd)
            if h["comment"]:
                ws.write_string(r, 11, h["comment"], fc)
            else:
                ws.write_blank(r, 11, None, fc)
            h["row"] = f"Derbyshire!{r + 1}"
            r += 1
    last_item = r - 1
    r += 1  # blank row
    ws.write_string(r, 4, "Total ticks per column", totl)
    for i in range(5):
        col = xlsxwriter.utility.xl_col_to_name(5 + i)
        n = sum(1 for h in H if TICKCOLS[i] in h["ticks"])
        ws.write_formula(r, 5 + i, f"=COUNTA({col}{first_item + 1}:{col}{last_item + 1})", tot, n)
    total_row = r + 1
    r += 2
    notes = [
        "Rows in grey italics were closed at the FLL meeting of 12/02/2025 and will be removed from the next circulation.",
        "Two new PEEL 2023/24 AFIs are listed without a status: the portal extract pre-dates their upload. They will be set to AR.",
        "Prepared by the Regional Inspection Co-ordinator for the East Midlands forces. OFFICIAL",
    ]
    note_rows = []
    for t in notes:
        ws.write_string(r, 0, t, note)
        note_rows.append(r + 1)
        r += 1
    ws.autofilter(5, 0, last_item, 11)
    wb.close()
    return dict(total_row=total_row, note_rows=note_rows, last_item=last_item + 1)


def write_tracker(path):
    wb = new_wb(path)
    ws = wb.add_worksheet("HMICFRS Tracker")
    title = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    fills = {"GREEN": "#C6EFCE", "AMBER": "#FFEB9C", "RED": "#FFC7CE", "BLUE": "#BDD7EE",
             "Complete": "#C6EFCE", "WHITE": "#FFFFFF"}
    ragf = {k: wb.add_format({"bg_color": v, "border": 1, "valign": "top", "bold": True})
            for k, v in fills.items()}
    ws.write_string(0, 0, "Derbyshire Constabulary – HMICFRS Recommendations Tracker (Strategic Planning & Inspection)", title)
    ws.write_string(1, 0, "Last updated 20/02/2025 – owner: Inspection & Audit Co-ordinator")
    cols = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead", "RAG",
            "Latest update", "Date submitted for closure"]
    widths = [5, 12, 30, 16, 70, 26, 9, 45, 14]
    for c, (t, w) in enumerate(zip(cols, widths)):
        ws.write_string(3, c, t, hdr)
        ws.set_column(c, c, w)
    r = 4
    for n, f in enumerate(F, start=1):
        ws.write_number(r, 0, n, cell)
        if f["ref"] is None:
            ws.write_blank(r, 1, None, cell)
        elif isinstance(f["ref"], int):
            ws.write_number(r, 1, f["ref"], cell)
        else:
            ws.write_string(r, 1, f["ref"], cell)
        ws.write_string(r, 2, f["report"], cell)
        ws.write_string(r, 3, f["typ"], cell)
        ws.write_string(r, 4, f["text"], cell)
        ws.write_string(r, 5, f["lead"], cell)
        ws.write_string(r, 6, f["rag"], ragf[f["rag"]])
        ws.write_string(r, 7, f["update"], cell)
        if f["submitted"]:
            ws.write_datetime(r, 8, dt.datetime.combine(f["submitted"], dt.time()), date)
        else:
            ws.write_blank(r, 8, None, date)
        f["row"] = f"HMICFRS Tracker!{r + 1}"
        r += 1
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, r - 1, 8)
    wb.close()


def check_truth():
    """Consistency of the hand-written categories with the statuses a person read."""
    # item-level force status: done only if every row holding it is done
    rows_for = {}
    for f in F:
        for k in f["keys"]:
            rows_for.setdefault(k, []).append(f)
    for k, fs in rows_for.items():
        done = all(f["rag"] in DONE for f in fs)
        hopen = HK[k]["status"] in OPEN
        expect = ("closeable_submit" if hopen and done else
                  "closeable_local" if not hopen and not done else "in_sync")
        for f in fs:
            cat = f["cats"][k][0]
            assert cat in (expect, "conflict"), (k, cat, expect)
    assert set(rows_for) | set(MISSING) == set(HK), set(HK) - set(rows_for) - set(MISSING)
    assert not set(rows_for) & set(MISSING)


def write_truth(path):
    lines = []
    for f in F:
        if not f["keys"]:
            cat, why = f["cats"][None]
            lines.append(("", f["row"], cat, why))
        for k in f["keys"]:
            cat, why = f["cats"][k]
            lines.append((HK[k]["row"], f["row"], cat, why))
    for k, why in MISSING.items():
        lines.append((HK[k]["row"], "", "missing_from_force", why))

    def rn(p):
        return int(p.split("!")[1]) if p else 10 ** 6

    lines.sort(key=lambda x: (rn(x[0]), rn(x[1])))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return lines


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    check_truth()
    meta = write_hmicfrs(OUT / "hmicfrs.xlsx")
    write_tracker(OUT / "tracker.xlsx")
    lines = write_truth(OUT / "truth.csv")
    counts = {}
    for x in lines:
        counts[x[2]] = counts.get(x[2], 0) + 1
    (OUT / "README.md").write_text(README.format(**counts_fmt(counts, lines)), encoding="utf-8")
    print("HMICFRS items", len(H), "force rows", len(F), "truth lines", len(lines))
    print(dict(sorted(counts.items())))
    print(meta)


def counts_fmt(counts, lines):
    c = {k: counts.get(k, 0) for k in ("in_sync", "closeable_submit", "closeable_local",
                                         "conflict", "missing_from_force",
                                         "not_on_hmicfrs_list", "review")}
    c["total"] = len(lines)
    c["n_h"] = len(H)
    c["n_f"] = len(F)
    return c


README = """# Case `regional_template_status_tick_columns` (round 88, case B)

## The story

Derbyshire Constabulary's inspection & audit co-ordinator does not get the HMICFRS definitive list
straight from the portal. After each quarterly meeting with the HMICFRS Force Liaison Lead (FLL),
the **East Midlands Regional Inspection Co-ordination Group** circulates each force's list in the
region's own template: one tab per force (this case holds only the Derbyshire tab), items grouped
by the **chief officer portfolio** that owns them (not by report), and the HMICFRS status given
by a **tick in one of five status columns** (AR / BP / C / S / NFA) under a merged two-row header.
The co-ordinator fills the template from the FLL's portal extract (05/02/2025) and then updates the
ticks by hand at the meeting (12/02/2025), so some rows carry two ticks, the ticks are written with
whatever was to hand, and two brand-new PEEL 2023/24 items have no tick at all. URNs are legacy
register integers for pre-2020 items and portal IDs (`REC-`/`AFI-`/`COC-` + six digits) after.
The force side is the force's own ordinary tracker.

## The files

- `hmicfrs.xlsx` (XlsxWriter; properties fixed)
  - sheet `Key & guidance` (first sheet): ten lines of guidance in column A; **no items**.
  - sheet `Derbyshire` (the active sheet): rows 1-3 title, position-as-at line, tick key
    (merged A:L); row 4 blank; **rows 5-6 a two-row header**: A-E and K-L are merged vertically
    (`HMICFRS URN`, `Inspection / report`, `Published`, `Type`,
    `Recommendation / AFI / cause of concern (HMICFRS wording)`, `Status changed`, `FLL comment`);
    F5:J5 merged `HMICFRS status (tick one)` over the sub-headers `AR`, `BP`, `C`, `S`, `NFA` in
    row 6. Band rows (portfolio names, merged A:L) at rows 7, 30, 47, 58, 67. **Item rows
    8-29, 31-46, 48-57, 59-66, 68-70: {n_h} items.** Row 71 blank, row 72 `Total ticks per
    column` with `=COUNTA()` formulas (cached values) in F:J, row 73 blank, rows 74-76 notes.
    Autofilter on the header, panes frozen below row 6.
  - URN (col A): numbers for legacy IDs (e.g. 2321, 8541, 902), text for portal IDs
    (`AFI-004317`, `REC-003881`). Published (col C) real dates shown `mmm yyyy`; Status changed
    (col K) dates shown `dd/mm/yyyy`. Type vocabulary: `National recommendation`,
    `Recommendation`, `AFI`, `Cause of concern`.
  - Rows closed at the 12/02/2025 meeting (39, 40, 52) are in grey italics (formatting only).
- `tracker.xlsx`: sheet `HMICFRS Tracker`; row 1 title, row 2 "Last updated", row 3 blank,
  **row 4 header** (`No.`, `HMICFRS Ref`, `Report`, `Type`, `Recommendation / AFI`, `Lead`,
  `RAG`, `Latest update`, `Date submitted for closure`), **item rows 5-65 ({n_f} rows)**. RAG words:
  GREEN / BLUE / Complete / WHITE (done; WHITE = not the force's to deliver) and AMBER / RED
  (open); RAG cells are also filled in their colour. Tracker wording is the force's own
  (abbreviated: S&S, CoP, CCs, MSHT, ISAs, VCOP; two typos: "arrangments", "supervison",
  "accomodation").
- `truth.csv` (UTF-8, LF): `hmicfrs_row,force_row,category,why`, {total} lines.

## What the layout brings (HMICFRS side)

1. **Status is a position, not a word**: a mark in F (AR), G (BP), H (C), I (S) or J (NFA). The
   header that names the columns is split over two rows: the super-header F5:J5 says
   "HMICFRS status", the abbreviations are in row 6 and only the key (row 3, and the Key sheet)
   spells them out.
2. **Tick glyphs vary**: mostly `✓`; `✔` (rows 21, 24), `x` (row 16, AR), `X` (row 66, C),
   `Y` (row 35, C) and the number `1` (row 44, NFA). A person reads any mark as "ticked".
3. **Two ticks on one row** (the old tick not cleared): row 39 has BP and C, the FLL comment says
   "Closed at FLL meeting 12/02/25" -> **C (closed)**; row 57 has BP and C, the comment says
   "Closure evidence NOT accepted … Remains BP" -> **BP (open)**. The comment decides, not the
   rightmost tick. The totals row therefore adds up to more than the item count.
4. **No tick**: rows 29 and 69 (new PEEL 2023/24 AFIs) are blank in F:J and blank in K; the
   comment and note row 75 say they will be set to AR -> read as **Awaiting review (open)**.
5. **Portfolio bands, not report blocks**: one report's items are spread over several bands
   (PEEL 2018/19 rows 22-24 and 66; Stolen freedom rows 14-19 and 68; PEEL 2021/22 rows 25-28
   and 46). The report is in column B on every row; band rows are not reports.
6. **Mixed URN formats** (legacy integers stored as numbers, portal IDs as text); the tracker
   writes some portal IDs without leading zeros (`AFI-4318`, `REC-3881`..`REC-3885`) — same
   reference to a person.
7. Totals row with formulas and note rows below the table; a guidance sheet before the data sheet.

## Traps and how the truth decides them

- Split force rows: 8120 (Stolen freedom leadership, 4 bullets) -> tracker rows 20-23, all GREEN,
  so the item is done: four `closeable_submit` lines. 8012 (CDI victims, 5 bullets) -> tracker
  rows 46 (GREEN) and 47 (AMBER): item open, HMICFRS BP: two `in_sync` lines.
- One force row holding two items: tracker row 9 (austerity recs 2 & 3, no refs) and row 19
  (`5653 / 5654`, firearms): two truth lines each.
- Conflicts: 8121 timescale (HMICFRS "Within six months", tracker "Within 12 months");
  8542 missing bullet (possession-only drug searches); REC-003881 deadline (July 2022 vs July 2021);
  9211 type (AFI vs Recommendation); AFI-004320 report (PEEL 2021/22 vs tracker "PEEL 2023/24");
  5406 reference (tracker 5460, transposed digits; text and report are Building the Picture).
- Look-alike texts decided by reference: 5114 (Stop and search 2015) vs 2109 (Stop and search
  2013, near-identical wording) — the tracker has only 5114, so 2109 is `missing_from_force`;
  8560 (force AFI on misconduct "no further action") vs 902 (Integrity matters national rec);
  8013 (CDI NCRS for MSHT) vs 8124 (Stolen freedom NCRS + audit capacity).
- Two-tick row 57 (8562 vetting): read as BP, force GREEN and submitted -> `closeable_submit`
  (a reader who takes the C tick would wrongly say in_sync).
- Two-tick row 39 (8544): read as C, force GREEN -> `in_sync`.
- REC-003884 (Home Office/NPCC data): NFA (tick `1`), force WHITE -> `in_sync`.
- Cause of concern 8561 (vetting) is on the list but the tracker holds only its recommendation
  8562 -> `missing_from_force`. EMSOU-led 8125 and new AFI-006204 are also not on the tracker.
- Force-only rows: 62 (a PEEL 2015 CSE AFI no longer on the list), 63-64 (local actions),
  65 (JAC internal-audit action) -> `not_on_hmicfrs_list`.
- No `review` lines: every pair is decided by the reference and the text.

## Counts per category (truth lines)

in_sync {in_sync}; closeable_submit {closeable_submit}; closeable_local {closeable_local};
conflict {conflict}; missing_from_force {missing_from_force}; not_on_hmicfrs_list
{not_on_hmicfrs_list}; review {review}; total {total}. ({n_h} HMICFRS items, {n_f} force rows.)

## Rows that are not items

- `hmicfrs.xlsx` `Key & guidance` rows 1-10: title and guidance text (whole sheet).
- `hmicfrs.xlsx` `Derbyshire`: rows 1-3 title / position line / key; row 4 blank; rows 5-6
  two-row header; rows 7, 30, 47, 58, 67 portfolio band rows; row 71 blank; row 72 totals
  (formulas); row 73 blank; rows 74-76 notes.
- `tracker.xlsx` `HMICFRS Tracker`: rows 1-2 title and last-updated line; row 3 blank; row 4 header.

## Checks run

- The builder asserts every HMICFRS item is either held by a force row or listed as missing
  (never both), and that each non-conflict category agrees with the statuses read (item done
  only when every split part is done).
- Read back: openpyxl (sheet names, merged ranges, every row printed) and pandas
  (`read_excel(header=3)` on the tracker: 61 rows; `header=[4,5]` on Derbyshire). `truth.csv`
  covers all 59 HMICFRS item rows and all 61 force item rows; rows 19 and 9 appear twice.
- Built twice from scratch: md5 of all four files identical (XlsxWriter in-memory, 1980 zip
  timestamps, fixed document properties, no clock).
- Texts: HMICFRS wording copied from `/work/main/reconcile/casegen/texts/` (national items
  verbatim with their quirks, e.g. "and 20", "intelligence 86", inline "•" with no space);
  force-level items are real stems + real bodies from the same lists, with "Derbyshire
  Constabulary" for the force. `reconcile` was never run or imported.
"""

if __name__ == "__main__":
    main()
