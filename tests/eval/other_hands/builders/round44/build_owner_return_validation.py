"""Build the evaluation case `owner_return_validation` (round 44, forcenew).

HMICFRS side: a plain register export (CSV, one row per item, header in row 1).
Force side: a quarterly "owner return" tracker in which each nominated owner self-assesses
progress and the Organisational Learning (OL) team validates it; only the OL validation says
whether the force treats the item as done.

Run:  /work/main/.venv/bin/python build_owner_return_validation.py
Rebuilds owner_return_validation/ byte for byte (fixed seed, fixed workbook timestamps).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 20241216
CASE = "owner_return_validation"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Cheshire Constabulary"
SHEET = "Q3 Returns"
rng = random.Random(SEED)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
FTYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "Nat Rec"}

# ---------------------------------------------------------------- real texts (OGL) ----------
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
BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice."]
BWV_2021 = "By September 2021, forces should: " + "\n".join(BWV_PARTS)
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\nThis action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.")
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
MISSING_CHILDREN = (
    "Within six months the force should review its approach to reports of missing children and "
    "take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
DETENTION_CHILDREN = (
    "Within six months Cheshire Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made on "
    "the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested.")

# report key -> (HMICFRS title, published, force tracker name)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
               "PEEL Efficiency 17 (all forces)"),
    "efc17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legit 17"),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
               "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 21), "NCPI 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 12), "CDI 2019"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020",
               dt.date(2020, 8, 18), "Custody 2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 20), "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 5, 17), "PEEL 2023/24"),
}

# (key, report, type, text). Keys are referred to below for the fixed choices.
ITEMS = [
    ("sas13_1", "sas13", NAT, "Chief Constables and the College of Policing should establish in "
     "the Stop and Search Authorised Professional Practice document a clear specification of "
     "what constitutes the effective and fair exercise of stop and search powers, and guidance "
     "in this respect. This should be compliant with the Code of Practice."),
    ("sas13_2", "sas13", NAT, "Chief Constables should establish or improve monitoring of the "
     "way officers stop and search people, so that they can be satisfied their officers are "
     "acting in accordance with the law (including equality legislation and the Code of "
     "Practice), and that the power is used effectively to prevent crime, catch criminals and "
     "maintain public trust."),
    ("sas13_3", "sas13", NAT, "Chief Constables should, in consultation with elected local "
     "policing bodies, ensure that they comply with the code of practice by explaining to the "
     "public the way stop and search powers are used in their areas and by making arrangements "
     "for stop and search records to be scrutinised by community representatives. This should "
     "be done in a way that involves those people who are stopped and searched, for example, "
     "young people."),
    ("aus_1", "austerity", NAT, "All Chief Constables and PCCs should review their plans to "
     "deliver savings to ensure they are doing all they can to continue to reduce crime and "
     "protect the front line while balancing their budgets. They should use the data and "
     "information contained in this report, and in HMIC's Value for Money profiles, when "
     "conducting their reviews"),
    ("aus_2", "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less "
     "than 10% of their savings through collaboration should assess whether there is scope to "
     "improve on this position. HMIC will follow up the assessments in the autumn."),
    ("aus_3", "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce "
     "the proportion of their workforce and/or police officers on the front line should assess "
     "whether they have taken the decisive action seen in many forces in order to maintain "
     "their crime fighting capacity. HMIC will follow up the assessments in the autumn."),
    ("aus_4", "austerity", NAT, "In preparation for the next spending round period all Chief "
     "Constables and PCCs should review their plans for collaboration. In particular they "
     "should consider whether there is scope to deliver better value for money and improved "
     "capability and capacity through joint working with other forces, the public and/or the "
     "private sector."),
    ("core_1", "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and "
     "risk policy, that have not yet done so, should provide call-handlers with specific, sound "
     "and comprehensible criteria against which they can assess threat, harm and risk."),
    ("core_2", "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or "
     "disruption activity carried out is systematically recorded and subsequently evaluated to "
     "determine the effectiveness of tactics being employed."),
    ("int_1", "integrity", NAT, "By 31 August 2015, all chief constables should satisfy "
     "themselves that they have processes in place to ensure that investigations into "
     "misconduct by officers and staff resulting in “no further action” are fair and free of "
     "any form of discrimination."),
    ("sas15_1", "sas15", NAT, "Chief constables should, in consultation with police and crime "
     "commissioners, ensure that they comply with the Code of Practice by explaining to the "
     "public the way stop and search powers are used in their areas and by making arrangements "
     "for stop and search records to be scrutinised by community representatives. This should "
     "be done in a way that involves those people who are stopped and searched, for example "
     "young people."),
    ("pic_1", "picture", NAT, "By 30 November 2015, chief constables should put in place "
     "arrangements to scrutinise audits of compliance with the APP on information management "
     "through the force information management governance structure. This should include "
     "measures to ensure that categorisation of records are regularly adjusted."),
    ("fa_1", "firearms", NAT, "Within three months, all chief constables should assess how well "
     "the governance of firearms licensing in his or her force meets the standards set out in "
     "Authorised Professional Practice. Chief constables of forces where the governance "
     "standards are not being complied with should put in place immediately the correct "
     "arrangements and procedures in order to meet the standards in full."),
    ("fa_2", "firearms", NAT, "Within three months, all chief constables should assess the "
     "demand placed on their firearms licensing department and ensure it has the capacity to "
     "meet this demand and provide an efficient and effective service at all times."),
    ("fa_3", "firearms", NAT, "Immediately, all chief constables should satisfy themselves that "
     "all appropriate action is being taken by their force with regard to ‘total expired’ "
     "licensing records."),
    ("fa_4", "firearms", NAT, "Within three months, all chief constables should ensure that "
     "their arrangements in respect of the use of temporary permits are in accordance with the "
     "Home Office guidance; that temporary permits are properly recorded without delay on the "
     "National Firearms Licensing Management System; and that effective systems exist to "
     "ensure certificate holders are not permitted, at any time, to remain in unlawful "
     "possession of a firearm."),
    ("fa_5", "firearms", NAT, "Within three months, all chief constables should ensure that "
     "systems designed to identify, prior to police attendance, whether a reported incident "
     "involves or is at the address of a firearm certificate holder are in place and are always "
     "applied by staff dispatching officers to incidents; and that officers understand the risk "
     "assessment which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates."),
    ("eff16_coc", "eff16", COC, "The force's response to domestic abuse is a cause of concern to "
     "HMIC. The force policy which allows an officer discretion to complete a DASH risk "
     "assessment in some crimes and incidents does not provide confidence that risk is always "
     "assessed appropriately. In cases where a DASH risk assessment is not completed the officer "
     "should record an assessment on the crime management system. HMIC found that officers are "
     "not consistently completing a DASH in circumstances where force policy requires that they "
     "should do so. This means that some victims of domestic abuse who may be at risk of harm "
     "are not being appropriately risk-assessed."),
    ("eff16_r1", "eff16", REC, "To address this cause of concern, HMIC recommends the force "
     "should immediately take steps to ensure that there is effective supervision of the "
     "initial risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases."),
    ("eff16_r2", "eff16", REC, "In order to improve the service it provides to victims of "
     "domestic abuse, offer the best possible protection and bring more perpetrators to "
     "justice, the force should immediately consider ways of increasing the use of arrest, "
     "ancillary orders and other available powers."),
    ("eff16_r3", "eff16", REC, "To improve the service provided to victims of domestic abuse the "
     "force should immediately take steps to understand and address the reason behind why such "
     "a high proportion of victims of domestic abuse do not support the police investigation."),
    ("eff16_a1", "eff16", AFI, "The force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk."),
    ("st_1", "stolen", NAT, SF_LEADERSHIP),
    ("st_2", "stolen", NAT, "Within six months, forces should have in place active "
     "information-sharing agreements with other agencies to facilitate speedy exchange of "
     "intelligence 86 and in order to safeguard victims better and to identify suspects as "
     "early as possible"),
    ("st_3", "stolen", NAT, "Immediately, forces should ensure that all victims carrying out "
     "criminal acts under compulsion attributable to slavery or exploitation are afforded the "
     "protection of early and continuing consideration of the applicability of the section 45 "
     "defence."),
    ("st_4", "stolen", NAT, "Immediately, forces should take steps to ensure they are fully "
     "compliant with the NRM process as it evolves and are implementing the requirement placed "
     "upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual "
     "suspected to be an adult victim of modern slavery or human trafficking."),
    ("st_5", "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply "
     "with national crime recording standard (NCRS) requirements for offences identified as "
     "modern slavery and human trafficking and that sufficient audit capacity is available to "
     "the force crime registrar to provide reassurance that each force is identifying and "
     "managing any gaps in its crime-recording accuracy for these types of offences."),
    ("st_6", "stolen", NAT, "Immediately, forces should ensure that allegations or indications "
     "of modern slavery and human trafficking are thoroughly investigated and effectively "
     "supervised by teams and individuals with the skills and experience to undertake them "
     "(this should include the use where appropriate of joint intelligence teams and other "
     "means to obtain intelligence and evidence from agencies overseas)."),
    ("st_7", "stolen", NAT, "Immediately, forces should review their use of preventative powers "
     "under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
     "of those deemed to pose a clear threat to others in respect of modern slavery and human "
     "trafficking offences are exploited."),
    ("efn_1", "efc17n", NAT, "By September 2018, chief constables should produce an ambitious "
     "plan to improve digitally-enabled services within their force. The Home Office, National "
     "Police Chiefs' Council and Association of Police and Crime Commissioners should support "
     "the development of these plans by establishing a national framework which allows for the "
     "provision of digitally enabled services across force boundaries."),
    ("efc_a1", "efc17", AFI, "The force should undertake further work to gain a fuller "
     "understanding of current demand for its services, and likely future changes in demand. "
     "This is so it can make best use of its resources by matching them to demand to meet the "
     "needs of the public."),
    ("efc_a2", "efc17", AFI, "The force should develop a future workforce plan that is aligned "
     "with its overall demand and budget. The plan should include future resource allocations, "
     "the mix of skills required by the workforce and behaviours expected of them."),
    ("leg_a1", "leg17", AFI, "The force should ensure that all officers who use stop and search "
     "powers have been provided with, and understand, training on unconscious bias and College "
     "of Policing APP on stop and search."),
    ("leg_a2", "leg17", AFI, "The force should satisfy itself that it has processes in place to "
     "ensure that investigations into misconduct by officers and staff resulting in “no further "
     "action” are fair and free of any form of discrimination."),
    ("leg_a3", "leg17", AFI, "Cheshire Constabulary should make sure it provides a confidential "
     "way for staff to raise concerns and that staff are aware of whistleblowing processes."),
    ("legn_coc", "leg17n", COC, "HMICFRS is concerned that forces are not able to demonstrate "
     "that the use of stop and search powers is consistently reasonable and fair. In "
     "particular, there is over-representation of BAME people, and black people in particular, "
     "in stop and search data which many forces are unable to explain."),
    ("legn_1", "leg17n", NAT, SAS_MONITORING_2017),
    ("legn_2", "leg17n", NAT, "Where forces identify disparities through monitoring, they should "
     "demonstrate to the public that they have:\n•carried out research and analysis in an "
     "attempt to understand the reasons for the disparity, and •taken action to reduce the "
     "disparity, where necessary;"),
    ("legn_3", "leg17n", NAT, "We expect forces to publish this analysis and any actions taken "
     "at least on an annual basis, from July 2018."),
    ("legn_4", "leg17n", NAT, "By July 2018, and ongoing following that date, forces should "
     "ensure that all officers who use stop and search powers have been provided with, and "
     "understand, training on unconscious bias and College of Policing APP on stop and search."),
    ("ncpi_1", "ncpi18", REC, MISSING_CHILDREN),
    ("ncpi_2", "ncpi18", REC, "Within three months, the force should improve how it works with "
     "partner organisations to safeguard people at risk from child sexual exploitation."),
    ("p18_coc", "peel18", COC, "The force does not have the capacity or capability to "
     "investigate crime effectively and this is affecting the service being provided to the "
     "public. There are failings in the way that crimes are being investigated."),
    ("p18_r1", "peel18", REC, "HMIC recommends that the force should immediately: conduct a "
     "review of officers’ capabilities and capacity to manage their investigative workload, to "
     "better understand investigative demand and the pressures placed upon them; and"),
    ("p18_r2", "peel18", REC, "HMIC recommends that within six months the force should: ensure "
     "regular and active supervision of the quality and progress of investigations. This "
     "supervision should be properly recorded;"),
    ("p18_r3", "peel18", REC, "HMIC recommends that within six months the force should: improve "
     "its ability to retrieve digital evidence from mobile phones, computers and other "
     "electronic devices quickly enough to ensure investigations are not delayed;"),
    ("p18_r4", "peel18", REC, "HMIC recommends that within six months the force should: improve "
     "its understanding of suspects released under investigation and the management of those "
     "released on bail;"),
    ("p18_a1", "peel18", AFI, "The force should ensure all staff have received at least the "
     "lowest level of vetting clearance for their roles as quickly as possible, working to clear "
     "both the vetting backlog and new vetting renewals when they become due so that it "
     "complies fully with the national vetting guidelines."),
    ("p18_a2", "peel18", AFI, "The force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes."),
    ("cdi_1", "cdi19", REC, CDI_VICTIMS),
    ("cdi_2", "cdi19", REC, "Within three months, the force should take steps to ensure it fully "
     "complies with national crime recording standard (NCRS) requirements for offences "
     "identified as modern slavery and human trafficking."),
    ("cdi_a1", "cdi19", AFI, "The force should make sure it records reports of stalking and "
     "harassment accurately and without delay."),
    ("cu_1", "cust20", REC, DETENTION_CHILDREN),
    ("cu_a1", "cust20", AFI, "The force should make sure officers and staff have the training "
     "they need to identify and respond to people with mental ill health."),
    ("pw_1", "powers", NAT, "By July 2022, forces should ensure that officers and staff have "
     "effective communication skills, in line with the National Policing Guidelines on Conflict "
     "Management. This should be in addition to existing training on conflict management and "
     "de-escalation."),
    ("pw_2", "powers", NAT, "By July 2021, forces should ensure that communication skills are "
     "reinforced as part of the programme of continuing professional development for officers "
     "and staff, and that supervisors are supported to routinely and frequently debrief officers "
     "on these skills using body-worn video footage."),
    ("pw_3", "powers", NAT, BWV_2021),
    ("pw_4", "powers", NAT, "The Home Office and the NPCC should take steps to ensure that the "
     "quality of the data collected on the number of incidents where force has been used to "
     "effect a stop and search is sufficient for publication. The Home Office should publish "
     "this data as soon as possible."),
    ("pw_5", "powers", NAT, "By July 2021, forces should ensure they have effective internal "
     "monitoring processes on the use of force, to help them to identify and understand "
     "disproportionate use, explain the reasons and implement any necessary improvement "
     "action."),
    ("p21_a1", "peel21", AFI, "The force should improve the timeliness of its response to calls "
     "for service involving domestic abuse."),
    ("p21_a2", "peel21", AFI, "The force should make sure victims of residential burglary are "
     "kept informed about the progress of their case, in line with the Code of Practice for "
     "Victims of Crime."),
    ("p21_a3", "peel21", AFI, "The force should make sure investigations of rape and serious "
     "sexual offences are allocated to officers with the right skills and are effectively "
     "supervised."),
    ("p21_a4", "peel21", AFI, "The force should improve how it works with partner organisations "
     "to safeguard people at risk from county lines drug dealing."),
    ("p21_a5", "peel21", AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse."),
    ("p21_a6", "peel21", AFI, "The force should improve the way it manages the risk posed by "
     "registered sex offenders."),
    ("p21_a7", "peel21", AFI, "The force should develop a problem-solving approach to anti-social "
     "behaviour, working with local communities and partners."),
    ("p21_a8", "peel21", AFI, "The force should make sure its analysis of serious and organised "
     "crime informs its strategic assessment and control strategy."),
    ("p23_r1", "peel23", REC, "Within six months, the force should ensure that it has sufficient "
     "resources available in the control room to fulfil its resourcing model, and so to meet "
     "its demand, while also taking into account the wellbeing of its workforce."),
    ("p23_a1", "peel23", AFI, "The force should improve its understanding of the nature and "
     "scale of violence against women and girls in its area."),
    ("p23_a2", "peel23", AFI, "The force should make sure officers and staff have the training "
     "they need to identify and respond to honour-based abuse."),
    ("p23_a3", "peel23", AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about fraud."),
    ("p23_a4", "peel23", AFI, "The force should evaluate its work to prevent knife crime and "
     "share what works across the force."),
    ("p23_a5", "peel23", AFI, "The force should make sure it consistently uses ancillary orders "
     "and other powers to protect victims of stalking and harassment."),
    ("p23_a6", "peel23", AFI, "The force should review how it gathers and uses equality and "
     "diversity data to improve its understanding of its workforce demographics."),
]

# ------------------------------------------------------------ fixed decisions -------------
MISSING = {"st_7", "pic_1", "cu_1", "p23_a2", "p23_a4"}          # not in the tracker
MISSING_CLOSED = {"pic_1"}
CONFLICTS = {  # key -> (why, hmicfrs state, force state)
    "st_1": ("force copy drops the fourth bullet (performance and quality assurance measures)",
             "open", "open"),
    "p18_r2": ("type: HMICFRS Recommendation (within six months), force records it as an AFI "
               "with the stem and timescale dropped", "open", "open"),
    "fa_4": ("timescale: HMICFRS 'Within three months', force copy 'Within six months'",
             "open", "done"),
    "p21_a3": ("reference: force HMICFRS ID {fid} vs register ID {hid} (digits transposed)",
               "open", "open"),
}
SPLIT = "pw_3"
FIXED = {  # key -> category (near-duplicate texts get different outcomes on purpose)
    "sas13_3": "in_sync_closed", "sas15_1": "closeable_local",
    "core_1": "in_sync_closed", "eff16_a1": "closeable_submit",
    "int_1": "closeable_local", "leg_a2": "in_sync_open",
    "legn_4": "closeable_submit", "leg_a1": "in_sync_closed",
    "st_5": "in_sync_open", "cdi_2": "closeable_submit",
    "pw_4": "closeable_submit",          # HO/NPCC item: force "Agreed - not for force"
    "pw_3": "closeable_submit",          # the split one, all three parts agreed
    "p23_r1": "in_sync_open", "p23_a1": "in_sync_open", "p23_a3": "closeable_submit",
    "p23_a5": "in_sync_open", "p23_a6": "in_sync_open",
}
ABRIDGED = {  # force wrote its own short version (matched on the HMICFRS ID it carries)
    "aus_2": "Assess scope to deliver more than 10% of savings through collaboration "
             "(HMIC follow-up in autumn).",
    "fa_3": "Immediately – satisfy ourselves all appropriate action taken re 'total expired' "
            "licensing records.",
}

BOARDS = {
    "Vulnerability Board": ["ACC Local Policing", "Ch Supt Public Protection",
                            "Det Supt Safeguarding"],
    "Crime & Justice Board": ["ACC Crime", "Det Ch Supt Force CID", "Head of Criminal Justice",
                              "Force Crime Registrar"],
    "People & Culture Board": ["Director of People", "Head of Professional Standards",
                               "Head of Learning & Development"],
    "Contact & Response Board": ["Supt Contact Centre", "Ch Supt Operations",
                                 "Supt Firearms Licensing"],
    "Force Performance Board": ["DCC", "Head of Corporate Development", "Director of Finance",
                                "Head of Information Management"],
}


def board_for(key: str, text: str) -> str:
    t = text.lower()
    if key.startswith("fa_") or "control room" in t or "call-handler" in t:
        return "Contact & Response Board"
    if any(w in t for w in ("vetting", "misconduct", "whistleblowing", "workforce",
                            "diversity", "communication skills", "training on unconscious")):
        return "People & Culture Board"
    if any(w in t for w in ("savings", "collaboration", "digitally", "demand for its",
                            "information management", "spending round", "outputs and costs")):
        return "Force Performance Board"
    if any(w in t for w in ("domestic abuse", "children", "slavery", "vulnerab", "sexual",
                            "honour", "mental ill", "stalking", "offenders", "county lines")):
        return "Vulnerability Board"
    return "Crime & Justice Board"


# ------------------------------------------------------------ helpers ---------------------
def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


def rdate(a: dt.date, b: dt.date) -> dt.date:
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def weekday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


ABBREV = [("modern slavery and human trafficking", "MSHT"), ("domestic abuse", "DA"),
          ("stop and search", "S&S"), ("Authorised Professional Practice", "APP"),
          ("College of Policing", "CoP"), ("child sexual exploitation", "CSE"),
          ("body-worn video", "BWV"), ("released under investigation", "RUI"),
          ("officers and staff", "officers & staff"), ("Home Office", "HO"),
          ("within six months", "within 6 months"), ("Within six months", "Within 6 months"),
          ("Within three months", "Within 3 months")]
MISSPELL = {"supervision": "supervison", "arrangements": "arrangments",
            "appropriate": "appropiate", "necessary": "neccessary",
            "investigation": "investigaton", "receive": "recieve"}


def force_text(key: str, text: str) -> str:
    """The force's copy of the published text: same facts, typed or pasted by an analyst."""
    t = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    t = t.replace(" 86 and", " and")                      # footnote marker not pasted
    t = t.replace("•", "- ") if rng.random() < 0.3 else t
    t = t.replace("HMIC recommends that the force should immediately: ",
                  "The force should immediately ")
    t = t.replace("HMIC recommends that within six months the force should: ",
                  "Within six months the force should ")
    t = t.replace("To address this cause of concern, HMIC recommends the force should ",
                  "To address this cause of concern the force should ")
    if rng.random() < 0.3:
        for a, b in ABBREV:
            if a in t and rng.random() < 0.7:
                t = t.replace(a, b)
    if rng.random() < 0.15:
        for a, b in MISSPELL.items():
            if a in t:
                t = t.replace(a, b, 1)
                break
    t = t.rstrip(";").rstrip()
    if t.endswith("; and"):
        t = t[:-5] + "."
    return t


# ------------------------------------------------------------ category assignment ---------
TODAY = dt.date(2024, 12, 16)
cat_of: dict[str, str] = {}
for key, rep, typ, text in ITEMS:
    if key in MISSING:
        cat_of[key] = "missing_from_force"
    elif key in CONFLICTS:
        cat_of[key] = "conflict"
    elif key in FIXED:
        cat_of[key] = FIXED[key]
    else:
        y = REPORTS[rep][1].year
        p_closed = 0.8 if y < 2016 else 0.6 if y < 2018 else 0.35 if y < 2020 else 0.12
        if rng.random() < p_closed:
            cat_of[key] = "in_sync_closed" if rng.random() < 0.55 else "closeable_local"
        else:
            cat_of[key] = "closeable_submit" if rng.random() < 0.42 else "in_sync_open"

# ------------------------------------------------------------ HMICFRS side ----------------
HCOMMENT_CLOSED = [
    "This recommendation is complete",
    "Authorised for closure on the basis of the additional observations offered by members of "
    "the inspection team in recent inspection activity.",
    "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
    "inspections. Where a cause of concern still exists this will appear in the register "
    "against these subsequent inspections.",
]
HCOMMENT_PROG = ("The progress of the implementation of this recommendation is currently being "
                 "monitored by HMICFRS and this record will, in due course, be updated.")
HCOMMENT_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and "
                   "will be updated when this review is complete.")

used_ids: set[int] = {2321, 7315}
hid: dict[str, int] = {}
next_id = 1180
for key, rep, typ, text in sorted(ITEMS, key=lambda it: REPORTS[it[1]][1]):
    next_id += rng.randint(17, 240)
    while next_id in used_ids:
        next_id += 1
    hid[key] = next_id
    used_ids.add(next_id)

hstate: dict[str, dict] = {}
fstate: dict[str, dict] = {}
for key, rep, typ, text in ITEMS:
    pub = REPORTS[rep][1]
    c = cat_of[key]
    if c == "conflict":
        h_open = CONFLICTS[key][1] == "open"
        f_done = CONFLICTS[key][2] == "done"
    elif c == "missing_from_force":
        h_open = key not in MISSING_CLOSED
        f_done = None
    else:
        h_open = c in ("in_sync_open", "closeable_submit")
        f_done = c in ("in_sync_closed", "closeable_submit")
    fs: dict = {}
    if f_done:
        if key == "pw_4":
            fs["val"] = "Agreed – not for force (HO/NPCC)"
        elif h_open:
            fs["val"] = rng.choice(["Agreed – submit for closure", "Agreed – submitted to HMICFRS"])
        else:
            fs["val"] = rng.choice(["Agreed – closed", "Agreed – submitted to HMICFRS"])
    hs: dict = {"open": h_open}
    if h_open:
        if f_done and fs["val"] == "Agreed – submitted to HMICFRS":
            sub = weekday(rdate(dt.date(2024, 7, 1), dt.date(2024, 11, 20)))
            fs["dcc"] = weekday(sub - dt.timedelta(days=rng.randint(5, 30)))
            fs["sub"] = sub
            hs["status"] = "Awaiting review"
            hs["date"] = sub + dt.timedelta(days=rng.randint(1, 6))
            hs["comment"] = HCOMMENT_REVIEW
        elif pub.year >= 2024 or (pub.year >= 2022 and rng.random() < 0.3):
            hs["status"] = "Awaiting review"
            hs["date"] = pub + dt.timedelta(days=rng.randint(0, 3))
            hs["comment"] = "New recommendation"
        else:
            hs["status"] = "Being progressed"
            hs["date"] = rdate(pub + dt.timedelta(days=60), dt.date(2024, 10, 31))
            hs["comment"] = HCOMMENT_PROG
        if f_done and "sub" not in fs:
            fs["dcc"] = weekday(rdate(dt.date(2024, 9, 1), dt.date(2024, 12, 12)))
    else:
        hs["status"] = "Complete"
        lo = pub + dt.timedelta(days=180)
        hs["date"] = rdate(lo, min(dt.date(2024, 6, 30), lo + dt.timedelta(days=1500)))
        hs["comment"] = rng.choice(HCOMMENT_CLOSED) if pub.year < 2018 else rng.choice(
            HCOMMENT_CLOSED[:2])
        if f_done and fs["val"] == "Agreed – submitted to HMICFRS":
            fs["sub"] = weekday(hs["date"] - dt.timedelta(days=rng.randint(20, 120)))
            fs["dcc"] = weekday(fs["sub"] - dt.timedelta(days=rng.randint(3, 25)))
        elif f_done:
            fs["portal"] = hs["date"]
    hstate[key] = hs
    fstate[key] = fs

hrows = []
for key, rep, typ, text in sorted(ITEMS, key=lambda it: (REPORTS[it[1]][1], hid[it[0]])):
    title, pub, _ = REPORTS[rep]
    hs = hstate[key]
    hrows.append({"key": key, "ID": hid[key], "Force": FORCE, "Report title": title,
                  "Publication date": ordinal(pub), "Type": typ, "Recommendation": text,
                  "Status": hs["status"], "Status date": ordinal(hs["date"]),
                  "Comment": hs["comment"]})

HCOLS = ["ID", "Force", "Report title", "Publication date", "Type", "Recommendation", "Status",
         "Status date", "Comment"]

# ------------------------------------------------------------ force side -------------------
OPEN_UPDATES = [
    "Task & Finish group set up; policy rewrite drafted and with Legal Services for review. "
    "Target completion March 2025.",
    "Training package agreed with L&D. 62% of response officers trained to date; remaining "
    "cohorts booked Jan–Feb 2025.",
    "Dip sample of 40 records completed 22/11/24 – 78% compliant. Re-audit planned Q4 before "
    "evidence pack is compiled.",
    "Work undertaken in area but still requires development to complete. Delayed by Niche "
    "upgrade.",
    "Partnership protocol drafted; awaiting sign-off by the local authorities (two of three "
    "signed).",
    "Performance measures added to the monthly pack from October. Need two quarters of data "
    "before we can evidence impact.",
    "Little work yet undertaken in this area. New owner allocated after restructure.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Analytical product commissioned from the Force Intelligence Bureau – due end of January.",
    "Business case for additional posts went to Chief Officer Group 03/12/24; decision "
    "deferred to budget setting.",
]
CLAIMED_UPDATES = [
    "Complete. Policy published on intranet 14/10/24 and briefed to all supervisors. Evidence "
    "pack sent to OL.",
    "Completed – new process embedded since September, audit results attached to return.",
    "Action complete. Training delivered to all relevant staff; attendance records held by "
    "L&D.",
    "All actions complete per improvement plan. Request closure.",
]
DONE_UPDATES = [
    "No further return required – agreed by Force Assurance Board.",
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Complete – evidence pack (policy, audit, training records) held on the OL SharePoint.",
    "Already complete; closure evidence reviewed by OL and DCC.",
]
OL_NOT_AGREED = [
    "Evidence of impact needed (dip sample / audit), not just the policy.",
    "Return says complete but the training figures only cover response – need all officers.",
    "No evidence attached to return. Chased 10/12/24.",
    "Audit shows improvement but below the 90% the owner set. Re-audit Q4.",
]


def initials() -> str:
    return rng.choice(["R.Okafor (OL)", "S.Marsh (OL)", "K.Patel (OL)"])


frows: list[dict] = []   # force data rows in sheet order
seq = 0


def add_force_row(r: dict):
    frows.append(r)


items_by_key = {it[0]: it for it in ITEMS}
order = sorted(ITEMS, key=lambda it: (REPORTS[it[1]][1], hid[it[0]]))

LOCALS = [  # (after report key, report text, text, board, owner, state)
    ("eff16", "Force action (PEEL Eff 16)",
     "Task & Finish group to review the domestic abuse policy and report to the Force "
     "Executive Team", "Vulnerability Board", "Ch Supt Public Protection", "done"),
    ("peel18", "Force Assurance Board",
     "Dip-sample 50 rape and serious sexual offences crime reports each quarter and report "
     "findings to the Crime Standards Board", "Crime & Justice Board", "Force Crime Registrar",
     "open"),
    ("peel21", "Internal audit 2023/24",
     "Internal audit of the counter-corruption governance arrangements (audit plan 2023/24)",
     "People & Culture Board", "Head of Professional Standards", "open"),
    ("peel21", "Force action (PEEL 21/22 follow-up)",
     "Add stop and search and use of force measures to the monthly Force Performance pack",
     "Force Performance Board", "Head of Corporate Development", "done"),
]
EXTRA = {  # HMICFRS-style items the force tracks that are not on the register export
    "austerity": ("everyone", 2321, "Everyone's Business (DA) 2014", NAT, EVERYONE_PLAN,
                  dt.date(2014, 3, 27)),
    "firearms": ("eff_old", 7315, "PEEL Efficiency 2016", AFI,
              "The force should develop its understanding of the links between its outcomes, "
              "outputs and costs.", dt.date(2016, 11, 3)),
}


def make_open(r: dict, pub: dt.date, claimed_ok=True):
    mode = rng.random()
    r["ret"] = weekday(rdate(dt.date(2024, 11, 18), dt.date(2024, 12, 13)))
    if mode < 0.12:
        r.update(selfa="No return", ret=None, upd=None, val="",
                 olc="Return not received – escalated to board chair.")
    elif mode < 0.42 and claimed_ok:
        r.update(selfa="Complete", upd=rng.choice(CLAIMED_UPDATES))
        if rng.random() < 0.45:
            r.update(val="Awaiting OL review", olc=None)
        else:
            r.update(val="Not agreed – evidence insufficient", olc=rng.choice(OL_NOT_AGREED))
    else:
        r.update(selfa=rng.choice(["On track", "On track", "Off track", "Not started"]),
                 upd=rng.choice(OPEN_UPDATES),
                 val=rng.choice(["", "", "Not agreed – further work"]), olc=None)
        if r["selfa"] == "Not started":
            if pub.year >= 2022:
                r.update(upd="Awaiting allocation.", val="")
            else:
                r["selfa"] = "Off track"


def make_done(r: dict, fs: dict):
    r["val"] = fs["val"]
    r["selfa"] = "Complete"
    r["dcc"] = fs.get("dcc")
    r["sub"] = fs.get("sub")
    if fs["val"] == "Agreed – closed":
        p = fs["portal"]
        r.update(selfa=None, upd=rng.choice(DONE_UPDATES[:1] + DONE_UPDATES[2:]),
                 ret=weekday(p - dt.timedelta(days=rng.randint(30, 200))),
                 olc=f"HMICFRS portal shows complete {p.strftime('%d/%m/%Y')}. Closed on tracker.")
    elif fs["val"].startswith("Agreed – not for force"):
        r.update(selfa=None, upd="Not the force's responsibility to deliver; dependent upon the Home Office "
                 "and NPCC.", ret=weekday(dt.date(2024, 11, 25)),
                 olc="Not for Cheshire to deliver. Ask HMICFRS via FLL to close or reassign.",
                 dcc=weekday(dt.date(2024, 12, 2)))
    elif fs["val"] == "Agreed – submitted to HMICFRS":
        r.update(upd=rng.choice(DONE_UPDATES[1:]),
                 ret=weekday(r["dcc"] - dt.timedelta(days=rng.randint(7, 40))),
                 olc=f"Submitted via FLL {fs['sub'].strftime('%d/%m/%Y')}.")
    else:  # submit for closure
        r.update(upd=rng.choice(CLAIMED_UPDATES),
                 ret=weekday(r["dcc"] - dt.timedelta(days=rng.randint(7, 30))),
                 olc="Evidence pack agreed. DCC signed off – to be submitted to HMICFRS by FLL.")


truth_extra: list[tuple] = []
for key, rep, typ, text in order:
    pub = REPORTS[rep][1]
    if key in MISSING:
        continue
    c = cat_of[key]
    ftyp = FTYPE[typ]
    if key == "p18_r2":
        ftyp = "AFI"
    base = {"rep": REPORTS[rep][2], "type": ftyp, "board": board_for(key, text),
            "hkey": key, "yy": pub.strftime("%y"), "pub": pub}
    if rng.random() < 0.12 and rep in ("peel21", "peel18", "leg17", "efc17"):
        base["rep"] = {"peel21": "PEEL 21-22", "peel18": "PEEL 18-19", "leg17": "Legitimacy 2017",
                       "efc17": "PEEL Efficiency 17"}[rep]
    if key.startswith("fa_"):
        base["owner"] = "Supt Firearms Licensing"
    else:
        base["owner"] = rng.choice([o for o in BOARDS[base["board"]]
                                    if o != "Supt Firearms Licensing"])
    base["fid"] = hid[key] if rng.random() < 0.8 else (
        rng.choice([None, None, "TBC"]) if pub.year >= 2021 else None)
    if key in ("p23_r1", "p23_a1", "p23_a3", "p23_a5", "p23_a6"):
        base["fid"] = None if key != "p23_r1" else "TBC"
    if key in ABRIDGED:
        base["fid"] = hid[key]
    if key == "p21_a3":
        s = str(hid[key])
        bad = int(s[:-2] + s[-1] + s[-2]) if s[-1] != s[-2] else hid[key] + 90
        while bad in used_ids:
            bad += 9
        base["fid"] = bad
        CONFLICTS[key] = (CONFLICTS[key][0].format(fid=bad, hid=hid[key]),) + CONFLICTS[key][1:]
    # text
    if key in ABRIDGED:
        ftext = ABRIDGED[key]
    elif key == "st_1":
        ftext = force_text(key, SF_LEADERSHIP.rsplit("\n", 1)[0])  # last bullet not copied
    elif key == "fa_4":
        ftext = force_text(key, text).replace("Within three months", "Within six months") \
            .replace("Within 3 months", "Within six months")
    elif key == "p18_r2":
        ftext = ("The force should ensure regular and active supervision of the quality and "
                 "progress of investigations. This supervision should be properly recorded.")
    else:
        ftext = force_text(key, text)
    parts = [ftext]
    if key == SPLIT:
        parts = [f"({ch}) " + force_text(key, p) for ch, p in zip("abc", BWV_PARTS)]
        parts[0] = "By September 2021 forces should: " + parts[0]
    for i, ptxt in enumerate(parts):
        r = dict(base)
        r["text"] = ptxt
        r["part"] = "abc"[i] if len(parts) > 1 else ""
        fs = fstate[key]
        if fs.get("val"):
            make_done(r, fs)
        else:
            make_open(r, pub, claimed_ok=True)
        r["cat"] = c
        add_force_row(r)
    # local actions / extras after the last item of a report
    last_of_report = [k for k, rp, _, _ in order if rp == rep][-1]
    if key == last_of_report:
        if rep in EXTRA:
            ek, eid, ename, etyp, etext, epub = EXTRA[rep]
            r = {"rep": ename, "type": FTYPE[etyp], "board": board_for(ek, etext),
                 "hkey": None, "yy": epub.strftime("%y"), "pub": epub, "fid": eid,
                 "text": force_text(ek, etext), "part": "", "cat": "not_on_hmicfrs_list"}
            r["owner"] = rng.choice(BOARDS[r["board"]])
            p = dt.date(2018, 3, 14) if ek == "everyone" else dt.date(2019, 1, 22)
            make_done(r, {"val": "Agreed – closed", "portal": p})
            if ek == "eff_old":
                r.update(val="Agreed – submitted to HMICFRS", sub=dt.date(2019, 1, 22),
                         dcc=dt.date(2019, 1, 8), ret=dt.date(2018, 12, 14),
                         upd="Completed. Evidence submitted to HMICFRS for closure.",
                         olc="Submitted via FLL 22/01/2019. Not showing on latest HMICFRS list.")
            add_force_row(r)
        for lrep, lname, ltext, lboard, lowner, lstate in LOCALS:
            if lrep == rep:
                r = {"rep": lname, "type": "Local", "board": lboard, "owner": lowner,
                     "hkey": None, "yy": pub.strftime("%y"), "pub": pub,
                     "fid": "N/A – force action", "text": ltext, "part": "",
                     "cat": "not_on_hmicfrs_list"}
                if lstate == "done":
                    d = weekday(rdate(pub + dt.timedelta(days=200), dt.date(2024, 9, 30)))
                    r.update(val="Agreed – closed locally", selfa="Complete",
                             upd="Complete. Closed by Force Assurance Board.", dcc=None, sub=None,
                             ret=weekday(d - dt.timedelta(days=20)),
                             olc=f"Local action – closed at FAB {d.strftime('%d/%m/%Y')}.")
                else:
                    make_open(r, pub, claimed_ok=False)
                add_force_row(r)

# tracker numbers
counter = 0
for r in frows:
    if r["part"] in ("", "a"):
        counter += 1
    r["no"] = f"OL/{r['yy']}/{counter:03d}{r['part']}"

# ------------------------------------------------------------ write files -----------------
os.makedirs(OUT, exist_ok=True)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HCOLS)
for h in hrows:
    w.writerow([h[c] for c in HCOLS])
with open(os.path.join(OUT, "hmicfrs.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write(buf.getvalue())
hrow_of = {h["key"]: f"hmicfrs.csv!{i + 2}" for i, h in enumerate(hrows)}

wb = Workbook()
ws = wb.active
ws.title = SHEET
HEAD = ["Tracker No.", "HMICFRS ID", "Report", "Type", "Recommendation / AFI (as published)",
        "Delivery Board", "Owner (nominated senior officer)", "Owner return – progress update",
        "Owner self-assessment", "Return date", "OL validation", "OL comment",
        "DCC sign-off", "Submitted to HMICFRS"]
ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs: owner returns and OL validation"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Return period Q3 2024/25 (returns due 13/12/2024). Compiled by the Organisational "
            "Learning Team for the Force Assurance Board, 16/01/2025. OFFICIAL-SENSITIVE")
ws["A3"] = ("Owner self-assessment is the owner's view only. An item is treated as complete by "
            "the force ONLY when OL validation starts 'Agreed' (evidence reviewed by OL and, for "
            "HMICFRS items, signed off by the DCC). 'Awaiting OL review' and 'Not agreed' items "
            "remain open.")
ws["A3"].font = Font(italic=True)
HR = 5
for j, h in enumerate(HEAD, 1):
    c = ws.cell(HR, j, h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
    c.alignment = Alignment(wrap_text=True, vertical="center")
thin = Side(style="thin", color="BFBFBF")
agreed_fill = PatternFill("solid", fgColor="E2EFDA")
for i, r in enumerate(frows):
    rr = HR + 1 + i
    r["xl"] = f"{SHEET}!{rr}"
    vals = [r["no"], r["fid"], r["rep"], r["type"], r["text"], r["board"], r["owner"],
            r.get("upd"), r.get("selfa"), r.get("ret"), r.get("val") or None, r.get("olc"),
            r.get("dcc"), r.get("sub")]
    for j, v in enumerate(vals, 1):
        c = ws.cell(rr, j, v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        if isinstance(v, dt.date):
            c.number_format = "dd/mm/yyyy"
    if (r.get("val") or "").startswith("Agreed"):
        ws.cell(rr, 11).fill = agreed_fill
last = HR + len(frows)
ws.cell(last + 2, 1, "Note: rows are never deleted – closed items stay on the tracker for audit. "
        "Filter OL validation to see open items only. Queries to the OL Team.")
ws.cell(last + 2, 1).font = Font(italic=True, size=9)
widths = [12, 11, 22, 8, 70, 20, 22, 45, 14, 11, 26, 36, 11, 12]
for j, wdt in enumerate(widths, 1):
    ws.column_dimensions[ws.cell(HR, j).column_letter].width = wdt
ws.freeze_panes = ws.cell(HR + 1, 3)
ws.auto_filter.ref = f"A{HR}:N{last}"

lists = wb.create_sheet("Lists")
SELF = ["Complete", "On track", "Off track", "Not started", "No return"]
VALS = ["Agreed – submit for closure", "Agreed – submitted to HMICFRS", "Agreed – closed",
        "Agreed – closed locally", "Agreed – not for force (HO/NPCC)", "Awaiting OL review",
        "Not agreed – evidence insufficient", "Not agreed – further work"]
lists["A1"], lists["B1"], lists["C1"] = "Self-assessment", "OL validation", "Delivery Board"
for i, v in enumerate(SELF):
    lists.cell(i + 2, 1, v)
for i, v in enumerate(VALS):
    lists.cell(i + 2, 2, v)
for i, v in enumerate(BOARDS):
    lists.cell(i + 2, 3, v)
dv1 = DataValidation(type="list", formula1=f"=Lists!$A$2:$A${len(SELF) + 1}", allow_blank=True)
dv2 = DataValidation(type="list", formula1=f"=Lists!$B$2:$B${len(VALS) + 1}", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add(f"I{HR + 1}:I{last}")
dv2.add(f"K{HR + 1}:K{last}")
FIXED_TIME = dt.datetime(2024, 12, 16, 9, 0, 0)
wb.properties.created = FIXED_TIME
wb.properties.modified = FIXED_TIME
wb.properties.creator = "Organisational Learning Team"
wb.properties.lastModifiedBy = "Organisational Learning Team"
tmp = os.path.join(OUT, "tracker.tmp.xlsx")
wb.save(tmp)
# normalise zip timestamps so the file is byte-for-byte reproducible
with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(os.path.join(OUT, "tracker.xlsx"), "w",
                                                  zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with now()
            data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                          rb"<dcterms:modified\1>2024-12-16T09:00:00Z</dcterms:modified>", data)
        ni = zipfile.ZipInfo(info.filename, date_time=(2024, 12, 16, 9, 0, 0))
        ni.compress_type = zipfile.ZIP_DEFLATED
        ni.external_attr = info.external_attr
        zout.writestr(ni, data)
os.remove(tmp)

# ------------------------------------------------------------ truth ----------------------
WHY = {
    "in_sync_open": "open on both: HMICFRS {hs}; force OL validation '{val}'{extra}",
    "in_sync_closed": "closed on both: HMICFRS Complete; force '{val}'",
    "closeable_submit": "HMICFRS {hs}; force OL validation '{val}' (force done)",
    "closeable_local": "HMICFRS Complete ({hc}); force still open: OL validation '{val}'{extra}",
}
truth = []
for r in frows:
    if r["hkey"] is None:
        if r["type"] == "Local":
            why = "force's own local action, no HMICFRS item"
        elif r["fid"] == 2321:
            why = "Everyone's business 2014 item (ID 2321) not on the HMICFRS export; query"
        else:
            why = "PEEL Efficiency 2016 AFI (ID 7315) submitted 2019, not on the HMICFRS export"
        truth.append(("", r["xl"], "not_on_hmicfrs_list", why))
        continue
    k = r["hkey"]
    hs = hstate[k]
    c = cat_of[k]
    val = r.get("val") or "(blank)"
    extra = ""
    if r.get("selfa") == "Complete" and not val.startswith("Agreed"):
        extra = " although owner self-assesses Complete"
    if c == "conflict":
        why = CONFLICTS[k][0]
        cat = "conflict"
    else:
        cat = "in_sync" if c.startswith("in_sync") else c
        why = WHY[c].format(hs=hs["status"], val=val, extra=extra,
                            hc=hs["comment"][:40].rstrip() + "…")
    if r["part"]:
        why = f"split row ({r['part']}) of one recommendation; " + why
    if k in ABRIDGED:
        why += "; force text abridged, same HMICFRS ID"
    truth.append((hrow_of[k], r["xl"], cat, why))
for h in hrows:
    if cat_of[h["key"]] == "missing_from_force":
        truth.append((hrow_of[h["key"]], "", "missing_from_force",
                      f"HMICFRS {h['Status']}; no row in the force tracker"))


def sort_key(t):
    def num(s):
        return int(s.split("!")[1]) if s else 10 ** 6
    return (num(t[0]), num(t[1]))


truth.sort(key=sort_key)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["hmicfrs_row", "force_row", "category", "why"])
w.writerows(truth)
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    f.write(buf.getvalue())

from collections import Counter
print("hmicfrs items", len(hrows), "force rows", len(frows))
print(Counter(t[2] for t in truth))

if os.environ.get("SHOW_KEYS"):
    fr_of = {}
    for r in frows:
        fr_of.setdefault(r["hkey"], []).append(r["xl"])
    for h in hrows:
        print(h["key"], hrow_of[h["key"]], fr_of.get(h["key"]), cat_of[h["key"]])
