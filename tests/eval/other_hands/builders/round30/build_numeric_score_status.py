"""Build the `numeric_score_status` evaluation case (round 30).

Force tracker whose progress is a number (Assurance rating 0-4, key to the right of the table)
with a stale RAG column; HMICFRS side is a register export (xlsx).

Run:  /work/main/.venv/bin/python build_numeric_score_status.py
Rebuilds numeric_score_status/ byte for byte (fixed seed, fixed workbook timestamps).
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 20241206
HERE = Path(__file__).resolve().parent
OUT = HERE / "numeric_score_status"
FIXED = dt.datetime(2024, 11, 18, 9, 30, 0)

FORCE = "Cumbria Constabulary"
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# --------------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied from /work/main/reconcile/casegen/texts and
# /work/shared/data/real_recommendations.csv
# --------------------------------------------------------------------------------------------
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
    "Within three months, the force should put in place arrangements to ensure that:\n"
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
MISSING_CHILDREN_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
MISSING_CHILDREN_REC = (
    "HMIC recommends that within six months the force should: review its approach to reports "
    "of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
CAPACITY_COC = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated."
)
DETENTION_CHILDREN = (
    "Immediately, the force should, in conjunction with children’s social care services, "
    "review how it manages the detention of children. As a minimum it should:• ensure that "
    "all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, tracker name)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "eff16": ("PEEL: Police effectiveness 2016 – Cumbria Constabulary", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016"),
    "efy17": ("PEEL: Police efficiency 2017 – Cumbria Constabulary", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017"),
    "ncpi18": ("National child protection inspection 2018 – Cumbria Constabulary",
               dt.date(2018, 6, 19), "NCPI 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cumbria "
                 "Constabulary", dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019 – Cumbria Constabulary",
              dt.date(2019, 8, 29), "CDI 2019"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cumbria "
                 "Constabulary", dt.date(2022, 5, 26), "PEEL 2021/22"),
    "custody22": ("Report on an unannounced inspection visit to police custody suites 2022 – "
                  "Cumbria Constabulary", dt.date(2022, 8, 16), "Custody inspection 2022"),
    "peel2325": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25 – Cumbria "
                 "Constabulary", dt.date(2024, 5, 21), "PEEL 2023/25"),
}
NATIONAL_KEYS = ["sas13", "everyone", "austerity", "core", "integrity", "firearms", "stolen",
                 "efc17", "leg17", "powers"]
FORCE_KEYS = ["eff16", "efy17", "ncpi18", "peel1819", "cdi19", "peel2122", "custody22",
              "peel2325"]

# --------------------------------------------------------------------------------------------
# HMICFRS items: (id, report key, type, text, status)
# --------------------------------------------------------------------------------------------
OPEN1, OPEN2, DONE, SUPER = "Awaiting review", "Being progressed", "Complete", "Superseded"

ITEMS = [
    (1204, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.", DONE),
    (1205, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     DONE),
    (1206, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example, young people.",
     DONE),
    (2321, "everyone", NAT, EVERYONE_PLAN, DONE),
    (3101, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure "
     "they are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", SUPER),
    (3102, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", SUPER),
    (3103, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", SUPER),
    (3104, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", DONE),
    (4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
     "have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", SUPER),
    (4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", DONE),
    (902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     DONE),
    (5561, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", DONE),
    (5562, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", OPEN2),
    (5563, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.", DONE),
    (5564, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     DONE),
    (5565, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", OPEN2),
    (8310, "stolen", NAT, SF_LEADERSHIP, OPEN2),
    (8311, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", OPEN2),
    (8312, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", DONE),
    (8313, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", OPEN2),
    (8314, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", OPEN2),
    (8315, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", DONE),
    (8316, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", OPEN2),
    (8430, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", OPEN2),
    (8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", DONE),
    (8542, "leg17", NAT, SAS_MONITORING_2017, DONE),
    (8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", OPEN2),
    (8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", OPEN2),
    (8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", DONE),
    (10071, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", OPEN2),
    (10072, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", OPEN2),
    (10073, "powers", NAT, BWV_2021, OPEN2),
    (10074, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", OPEN2),
    (10075, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", DONE),
    # ---- force-level
    (7020, "eff16", COC, MISSING_CHILDREN_COC, DONE),
    (7021, "eff16", REC, MISSING_CHILDREN_REC, DONE),
    (7022, "eff16", AFI,
     "The force should take steps to ensure that there is effective supervision of the initial "
     "risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases.", SUPER),
    (7023, "eff16", AFI,
     "The force should improve its understanding of the nature and scale of hate crime in its "
     "area.", DONE),
    (8401, "efy17", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public.", DONE),
    (8402, "efy17", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", SUPER),
    (8403, "efy17", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", OPEN2),
    (8790, "ncpi18", REC,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", OPEN2),
    (8791, "ncpi18", REC, DETENTION_CHILDREN, DONE),
    (8792, "ncpi18", REC,
     "Within three months, the force should make sure officers and staff have the training "
     "they need to identify and respond to online child sexual abuse.", OPEN2),
    (9610, "peel1819", COC, CAPACITY_COC, OPEN2),
    (9611, "peel1819", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded.", OPEN2),
    (9612, "peel1819", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed.", OPEN2),
    (9613, "peel1819", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail.",
     DONE),
    (9614, "peel1819", AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", DONE),
    (9881, "cdi19", REC, CDI_VICTIMS, OPEN2),
    (9882, "cdi19", REC,
     "Within six months, the force should make sure it records reports of rape and serious "
     "sexual offences accurately and without delay.", DONE),
    (9883, "cdi19", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", OPEN2),
    (10450, "peel2122", AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", OPEN2),
    (10451, "peel2122", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.", OPEN2),
    (10452, "peel2122", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", OPEN2),
    (10453, "peel2122", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", DONE),
    (10454, "peel2122", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", OPEN2),
    (10455, "peel2122", REC,
     "Within six months, the force should ensure that it has sufficient resources available in "
     "the control room to fulfil its resourcing model, and so to meet its demand, while also "
     "taking into account the wellbeing of its workforce.", OPEN2),
    (10456, "peel2122", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", SUPER),
    (10720, "custody22", AFI,
     "The force should improve the timeliness of adequate appropriate adult support for "
     "children who are arrested.", OPEN2),
    (10721, "custody22", AFI,
     "The force should make sure that custody staff make a record of all actions taken and "
     "decisions made on the relevant documentation.", OPEN2),
    (11890, "peel2325", AFI,
     "The force should make sure investigations of stalking and harassment are allocated to "
     "officers with the right skills and are effectively supervised.", OPEN1),
    (11891, "peel2325", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", OPEN1),
    (11892, "peel2325", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of violence against women and girls.", OPEN1),
    (11893, "peel2325", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.", OPEN1),
    (11894, "peel2325", REC,
     "By 31 May 2025, the force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", OPEN1),
    (11895, "peel2325", AFI,
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.", OPEN2),
]
ITEM = {i[0]: i for i in ITEMS}

# Status history dates on the register (last change), by id; filled deterministically below.

# --------------------------------------------------------------------------------------------
# Force tracker rows, in sheet order. Each: dict(hm=<id or None>, ref=<cell>, text=<str or
# None: same as HMICFRS>, type=<tracker type>, score=<cell>, rag=<str or None>, upd=<str>,
# cat=<category>, why=<str>, report=<report key or tracker name for off-list rows>)
# Tracker type words: "National rec", "Rec", "AFI", "CoC", "Local action".
# --------------------------------------------------------------------------------------------
TT = {NAT: "National rec", REC: "Rec", AFI: "AFI", COC: "CoC"}


def R(hm, score, cat, why, *, ref="same", text=None, typ=None, rag=None, upd=None, lead=None,
      report=None):
    return dict(hm=hm, ref=hm if ref == "same" else ref, text=text, typ=typ, score=score,
                rag=rag, upd=upd, cat=cat, why=why, lead=lead, report=report)


ROWS: list = [
    ("SECTION", "NATIONAL (ALL FORCES) RECOMMENDATIONS"),
    R(1204, 4, "in_sync", "HMICFRS Complete; AR 4 (done). No ref on the force row: matched on "
      "text and report", ref=None, rag="Green",
      upd="Addressed holistically as part of the force change programme."),
    R(1205, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green",
      text="Establish/improve monitoring of the way officers S&S people so we are satisfied "
      "officers act in accordance with the law (incl. equality legislation & the Code of "
      "Practice) and the power is used effectively to prevent crime, catch criminals and "
      "maintain public trust."),
    # 1206 missing from force
    R(2321, 4, "in_sync", "HMICFRS Complete; AR 4 (done). Abridged force text keeps all four "
      "bullets", ref=None, rag="Green",
      text="By Sept 2014 establish & publish a DA action plan setting out the steps the force "
      "will take to improve its approach to DA. Plan developed: in consultation with the PCC, "
      "DA support organisations & victims' reps; after considering all recs in the report; "
      "with reference to relevant DHRs and IPCC findings; drawing on CPS scrutiny panels & "
      "MARAC self-assessments.",
      upd="DA action plan published on force website 29/09/2014. Refreshed annually via the "
      "VAWG board."),
    R(3101, 4, "in_sync", "HMICFRS Superseded (closed); AR 4 (done). No ref on force row",
      ref=None, rag="Green",
      upd="Savings plans reviewed through MTFP each year; superseded by VfM profiles."),
    R(3102, 2, "closeable_local", "HMICFRS Superseded (closed); AR 2 = in progress (open): "
      "force should close its own entry", rag="Amber",
      text="CC and PCC to assess whether there is scope to deliver more than 10% of savings "
      "through collaboration.",
      upd="Collaboration opportunities with Lancashire and the North West region still being "
      "scoped."),
    # 3103 missing from force
    R(3104, 4, "in_sync", "HMICFRS Complete; AR 4 (done). No ref on force row", ref=None,
      rag="Green"),
    R(4822, 1, "closeable_local", "HMICFRS Superseded (closed); AR 1 = plan agreed (open)",
      rag="Amber",
      text="Provide call-handlers with specific, sound and comprehensible criteria against "
      "which they can assess threat, harm and risk (THRIVE).",
      upd="THRIVE refresher planned for the Command & Control replacement go-live."),
    R(4823, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green"),
    R(902, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green",
      upd="PSD dip-sample of NFA outcomes by protected characteristic reported to the Ethics "
      "Committee."),
    R(5561, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green"),
    R(5562, 4, "closeable_submit", "HMICFRS Being progressed (open); AR 4 = complete and "
      "evidenced (done): submit for closure", rag="Amber",
      upd="Demand review completed and 2 additional FEOs recruited. Closed at Organisational "
      "Learning Board 11/07/2024."),
    R(5563, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green"),
    R(5564, "3", "closeable_local", "HMICFRS Complete (closed); AR 3 = delivered, awaiting "
      "evidence (open per key). Stale RAG Green does not count: key and note say use AR",
      rag="Green",
      upd="Temporary permit process updated on NFLMS; evidence (audit of 2023/24 permits) "
      "still being gathered."),
    R(5565, 2, "in_sync", "HMICFRS Being progressed; AR 2 (open)", rag="Amber"),
    R(8310, 4, "in_sync", "Split row (bullet 1 of 4) of 8310. HMICFRS open; force item as a "
      "whole is open because bullet 3 is only AR 3, so the recommendation is open on both "
      "sides",
      text="Within 12 months review MSHT leadership & goverance arrangements – (1) senior "
      "leaders prioritise the response to MSHT.", rag="Green",
      upd="ACC Crime is MSHT portfolio lead; MSHT on the Force Tasking agenda."),
    R(8310, 4, "in_sync", "Split row (bullet 2 of 4) of 8310; item open on force side (bullet "
      "3 at AR 3) and open at HMICFRS",
      text="Within 12 months review MSHT leadership & goverance arrangements – (2) every MSHT "
      "incident is allocated appropriate resources with the skills, experience and capacity "
      "to investigate it effectively.", rag="Green",
      upd="All MSHT crimes allocated to the Complex Safeguarding Team."),
    R(8310, "3", "in_sync", "Split row (bullet 3 of 4) of 8310; AR 3 = awaiting evidence "
      "(open), so the item is open on both sides",
      text="Within 12 months review MSHT leadership & goverance arrangements – (3) develop "
      "effective partnership arrangements to co-ordinate activity, share information and "
      "safeguard victims.", rag="Green",
      upd="Anti-Slavery Partnership relaunched; ISA with Cumbria CC signed, partner evidence "
      "awaited."),
    R(8310, 4, "in_sync", "Split row (bullet 4 of 4) of 8310; item open on force side (bullet "
      "3 at AR 3) and open at HMICFRS",
      text="Within 12 months review MSHT leadership & goverance arrangements – (4) performance "
      "and QA measures in place so senior leaders can assess the nature and quality of the "
      "service provided to victims.", rag="Amber",
      upd="MSHT measures added to the monthly Force Performance pack."),
    R(8311, 2, "conflict", "Timescale differs: HMICFRS 'Within six months', force 'Within "
      "twelve months'", rag="Amber",
      text="Within twelve months, forces should have in place active information-sharing "
      "agreements with other agencies to facilitate speedy exchange of intelligence and in "
      "order to safeguard victims better and to identify suspects as early as possible.",
      upd="ISA with Cumbria County Council signed; ISAs with the two unitary authorities in "
      "draft."),
    R(8312, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green"),
    R(8313, 4, "closeable_submit", "HMICFRS Being progressed (open); AR 4 (done): submit",
      rag="Green",
      text="Ensure full compliance with the NRM process and the MSA 2015 duty to notify the "
      "Home Office of any individual suspected to be an adult victim of MSHT.",
      upd="Duty to Notify compliance audited by Force Crime Registrar (Q1 24/25: 100%). Closed "
      "by DCC 03/09/2024."),
    R(8314, 2, "in_sync", "HMICFRS Being progressed; AR 2 (open)", rag="Amber"),
    R(8315, 2, "closeable_local", "HMICFRS Complete (closed); AR 2 (open; reopened after "
      "audit). Stale RAG Green is not the current status", rag="Green",
      upd="Reopened following internal audit (report 14/06/2024): supervison dip-sample found "
      "gaps in MSHT investigation plans."),
    ("LOCAL", "Stolen Freedom (MSHT) 2017", dict(
        ref="LA-01", typ="Local action", score=2, rag=None,
        text="Force action - Appoint a single point of contact for modern slavery and human "
        "trafficking in each local policing area",
        upd="SPOCs identified for West and South LPAs; North still vacant.",
        cat="not_on_hmicfrs_list", why="Force's own local action (LA-01), not an HMICFRS item")),
    # 8316 missing from force
    R(8430, 4, "closeable_submit", "HMICFRS Being progressed (open); AR 4 (done). Stale RAG "
      "Amber is not the current status", rag="Amber",
      text="By September 2018 produce an ambitious plan to improve digitally-enabled services "
      "within the force.",
      upd="Digital Strategy 2022-25 approved by Chief Officer Group; evidence pack on "
      "SharePoint."),
    R(8541, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", typ="CoC", rag="Green",
      text="Cause of concern: forces cannot demonstrate that use of S&S is consistently "
      "reasonable and fair; over-representation of BAME (esp. black) people in S&S data that "
      "forces cannot explain."),
    R(8542, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green",
      text="By July 2018 regularly and frequently monitor a comprehensive set of S&S data to "
      "understand: reasons for any disproportionate representation of different ethnic "
      "groups; the extent to which find rates differ between ethnicities and across types of "
      "search (incl. drug possession and supply-type offences); and the prevalence of "
      "possession-only drug searches and how they align with local or force priorities."),
    R(8543, "3", "in_sync", "HMICFRS Being progressed; AR 3 = awaiting evidence (open)",
      rag="Green",
      upd="Disproportionality research with University of Cumbria complete; action plan "
      "evidence awaited."),
    R(8544, 4, "closeable_submit", "HMICFRS Being progressed (open); AR 4 (done): submit",
      rag="Green",
      upd="Annual S&S disproportionality report published on force website 30/08/2024."),
    R(8545, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green"),
    R(10071, 2, "in_sync", "HMICFRS Being progressed; AR 2 (open)", rag="Amber"),
    R(10072, 4, "closeable_submit", "HMICFRS Being progressed (open); AR 4 (done): submit",
      rag="Amber",
      upd="Communication skills module in the CPD programme; supervisor BWV debrief guide "
      "issued. Closed at OL Board 10/10/2024."),
    R(10073, 4, "conflict", "Missing part: force row carries only the first two of the three "
      "parts (no external scrutiny panel access to BWV footage)", rag="Green",
      text="By September 2021, forces should: ensure that officers record on body-worn video "
      "(when this is available) the entirety of all stop and search encounters, including "
      "traffic stops and use of force incidents; have a structured process for regularly "
      "reviewing and monitoring internally a sufficient sample of body-worn video footage to "
      "identify and disseminate learning and hold officers to account when behaviour falls "
      "below acceptable standards.",
      upd="BWV mandatory for all S&S; monthly dip-sample by Professional Standards."),
    R(10074, "N/A", "closeable_submit", "HMICFRS Being progressed (open); force marks N/A = "
      "not for the force to deliver (key), i.e. done from the force's side: submit/query "
      "closure", rag=None,
      upd="Not for the force to deliver – for the Home Office and NPCC. Rationale sent to "
      "HMICFRS FLL 02/10/2024 asking that it is closed for Cumbria."),
    R(10075, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green"),
    ("SECTION", "FORCE INSPECTIONS – CUMBRIA CONSTABULARY"),
    ("OFFLIST", "PEEL Efficiency 2015", dict(
        ref=None, typ="AFI", score=4, rag="Green",
        text="The force should undertake further work to gain a fuller understanding of "
        "current demand for its services, and likely future changes in demand.",
        upd="Closed – replaced by the 2017 AFI on demand.",
        cat="not_on_hmicfrs_list", why="PEEL Efficiency 2015 AFI: the register lists no 2015 "
        "efficiency item (the similar 2017 AFI 8401 has its own force row)")),
    ("OFFLIST", "PEEL Legitimacy 2015", dict(
        ref=6152, typ="AFI", score=2, rag="Amber",
        text="The force should improve its arrangements both to consult with the public about "
        "business planning and to feed back on changes made to service delivery as a result "
        "of such consultation.",
        upd="Public consultation on the Police and Crime Plan run with OPCC; 'You said, we did' "
        "page in development.",
        cat="not_on_hmicfrs_list", why="Carries HMICFRS ref 6152 (PEEL Legitimacy 2015) but "
        "no such item on the register: query with HMICFRS")),
    R(7020, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", typ="CoC", rag="Green",
      text="Cause of concern – response to missing and absent children: risk assessment "
      "inappropriate in some cases; children classed as 'absent' who should have been "
      "'missing'; risk levels sometimes graded too low."),
    R(7021, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green",
      text="Review approach to reports of missing children so that: call takers understand "
      "and use the missing/absent category appropriately; call takers and frontline staff can "
      "identify CSE risk factors and respond; supervisors provide the correct oversight of "
      "missing person enquiries."),
    R(7022, 2, "closeable_local", "HMICFRS Superseded (closed); AR 2 (open)", rag="Amber",
      text="Effective supervision of the initial risk assessment process – DASH completion in "
      "appropriate cases.",
      upd="DASH supervision now part of the DA Matters programme; see VAWG delivery plan."),
    R(7023, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green"),
    R(8401, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green",
      upd="Demand analysis built into the Force Management Statement."),
    R(8402, 1, "closeable_local", "HMICFRS Superseded (closed); AR 1 (open)", rag="Amber",
      text="Develop understanding of the links between outcomes, outputs and costs.",
      upd="Finance business partner work on activity-based costing paused."),
    R(8403, 2, "conflict", "Type differs: HMICFRS Area for improvement, force records it as "
      "Rec (recommendation)", typ="Rec", rag="Amber",
      upd="Strategic Workforce Plan 2024-27 in draft for People Board."),
    R(8790, 2, "in_sync", "HMICFRS Being progressed; AR 2 (open)", rag="Amber"),
    R(8791, "3", "closeable_local", "HMICFRS Complete (closed); AR 3 = delivered, awaiting "
      "evidence (open). Stale RAG Green does not count", rag="Green",
      text="With children's social care, review how the force manages the detention of "
      "children: only detain when absolutely necessary and for the minimum time; early "
      "assessment of need for alternative accomodation; custody staff record all actions and "
      "decisions; timely appropriate adult support for children arrested.",
      upd="Concordat on children in custody signed with Cumbria CC; custody audit to evidence "
      "outcomes due Dec 2024."),
    # 8792 missing from force
    R(9610, "3", "in_sync", "HMICFRS Being progressed; AR 3 = awaiting evidence (open)",
      typ="CoC", rag="Amber",
      text="CoC: the force does not have the capacity or capability to investigate crime "
      "effectively; failings in the way crimes are investigated.",
      upd="Investigation Improvement Plan delivered; awaiting HMICFRS revisit evidence."),
    R(9611, 4, "closeable_submit", "HMICFRS Being progressed (open); AR 4 (done). Stale RAG "
      "Red is not the current status", rag="Red",
      text="Ensure regular and active supervison of the quality and progress of "
      "investigations. This supervision should be properly recorded.",
      upd="Supervisory review on Niche mandated; compliance 94% (Sep 24). Closed at OL Board "
      "10/10/2024."),
    R(9612, 2, "conflict", "Reference differs: force row carries 9621 (digits transposed); "
      "text and report are those of HMICFRS 9612, and 9621 is not on the register", ref=9621,
      rag="Red",
      text="Improve ability to retrieve digital evidence from mobile phones, computers and "
      "other devices quickly enough so investigations are not delayed.",
      upd="DFU backlog reduced from 410 to 260 devices; kiosks rolled out to two stations."),
    R(9613, 2, "closeable_local", "HMICFRS Complete (closed); AR 2 (open)", rag="Amber",
      text="Improve understanding of suspects released under investigation (RUI) and the "
      "management of those released on bail."),
    R(9614, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green"),
    R(9881, 4, "closeable_submit", "HMICFRS Being progressed (open); AR 4 (done): submit",
      rag="Amber", text=None,
      upd="All five strands delivered; CDI audit Jun 24 93% compliance. Closed by DCC "
      "27/06/2024."),
    R(9882, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green"),
    R(9883, 1, "in_sync", "HMICFRS Being progressed; AR 1 (open)", rag="Red"),
    ("LOCAL", "CDI 2019", dict(
        ref="LA-02", typ="Local action", score=4, rag="Green",
        text="Dip-sample 50 rape and serious sexual offences crime reports each quarter and "
        "report findings to the Crime Standards Board",
        upd="Quarterly dip-sample embedded; Q2 report to Crime Standards Board.",
        cat="not_on_hmicfrs_list", why="Force's own local action (LA-02)")),
    R(10450, 4, "closeable_submit", "HMICFRS Being progressed (open); AR 4 (done): submit",
      rag="Amber",
      upd="County lines problem profile completed and in the control strategy. Closed at OL "
      "Board 12/09/2024."),
    R(10451, 2, "in_sync", "HMICFRS Being progressed; AR 2 (open)", rag="Amber",
      text="Make sure DA victims are kept informed about the progress of their case in line "
      "with the Victims' Code."),
    ("LOCAL", "PEEL 2021/22", dict(
        ref="LA-03", typ="Local action", score=1, rag=None,
        text="Rewrite the domestic abuse policy and publish it on the intranet with a "
        "communications plan",
        upd="Task & Finish group set up; terms of reference agreed.",
        cat="not_on_hmicfrs_list", why="Force's own local action (LA-03)")),
    R(10452, 1, "in_sync", "HMICFRS Being progressed; AR 1 (open)", rag="Red"),
    R(10453, 4, "in_sync", "HMICFRS Complete; AR 4 (done)", rag="Green"),
    # 10454 missing from force
    R(10455, "3", "in_sync", "HMICFRS Being progressed; AR 3 = delivered, awaiting evidence "
      "(open). Stale RAG Green does not make it done", rag="Green",
      upd="Control room uplift of 12 call handlers complete; wellbeing survey results awaited "
      "before closure."),
    R(10456, "3", "closeable_local", "HMICFRS Superseded (closed); AR 3 (open)", rag="Amber",
      upd="Power BI performance dashboards live; data quality evidence being compiled."),
    R(10720, 4, "closeable_submit", "HMICFRS Being progressed (open); AR 4 (done): submit",
      rag="Amber",
      text="Improve timeliness of appropriate adult support for children who are arrested.",
      upd="AA contract varied to 24/7 cover; average wait down to 2h10. Closed 05/11/2024."),
    R(10721, 2, "in_sync", "HMICFRS Being progressed; AR 2 (open)", rag="Amber"),
    R(11890, 0, "in_sync", "HMICFRS Awaiting review; AR 0 (open)", rag=None,
      upd="Awaiting allocation."),
    ("LOCAL", "PEEL 2023/25", dict(
        ref="LA-04", typ="Local action", score=0, rag=None,
        text="Task & Finish group to review the stalking and harassment policy and report to "
        "the Force Executive Team",
        upd=None, cat="not_on_hmicfrs_list", why="Force's own local action (LA-04)")),
    R(11891, 1, "in_sync", "HMICFRS Awaiting review; AR 1 (open)", rag=None,
      upd="Plan agreed with lead at OL Board 14/11/2024."),
    # 11892 missing from force
    R(11893, 1, "in_sync", "HMICFRS Awaiting review; AR 1 (open)", rag=None),
    R(11894, None, "in_sync", "HMICFRS Awaiting review; AR blank (not yet rated, open)",
      rag=None, lead="TBC", upd="New – lead to be confirmed."),
    R(11895, 4, "closeable_submit", "HMICFRS Being progressed (open); AR 4 (done): submit",
      rag=None,
      upd="ASB recording audit Oct 24: 96% compliant. Closed by DCC 06/11/2024."),
]

MISSING_WHY = {
    1206: "Not on the tracker (HMICFRS Complete)",
    3103: "Not on the tracker (HMICFRS Superseded)",
    8316: "Not on the tracker; open at HMICFRS (Being progressed)",
    8792: "Not on the tracker; open at HMICFRS (Being progressed)",
    10454: "Not on the tracker; open at HMICFRS (Being progressed)",
    11892: "Not on the tracker; open at HMICFRS (Awaiting review)",
}

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Director of Finance", "Supt Firearms Licensing"]
REPORT_LEAD = {
    "sas13": ["ACC Local Policing"], "everyone": ["Ch Supt Public Protection"],
    "austerity": ["Director of Finance"], "core": ["Supt Contact Centre", "ACC Local Policing"],
    "integrity": ["Head of Professional Standards"], "firearms": ["Supt Firearms Licensing"],
    "stolen": ["ACC Crime", "Det Ch Supt Force CID", "Force Crime Registrar",
               "Head of Intelligence"],
    "efc17": ["Head of Corporate Development"], "leg17": ["ACC Local Policing", "C/Supt Bell"],
    "powers": ["Head of Learning & Development", "Head of Professional Standards"],
    "eff16": ["Ch Supt Public Protection", "Supt Contact Centre"],
    "efy17": ["Director of Finance", "Director of People", "Head of Corporate Development"],
    "ncpi18": ["Ch Supt Public Protection", "Ch Insp Custody"],
    "peel1819": ["Det Ch Supt Force CID", "Head of Criminal Justice", "DCC"],
    "cdi19": ["Force Crime Registrar"],
    "peel2122": ["ACC Crime", "Supt Contact Centre", "Director of People",
                 "Head of Corporate Development"],
    "custody22": ["Ch Insp Custody"],
    "peel2325": ["Det Ch Supt Force CID", "Head of Intelligence", "Ch Supt Public Protection"],
}
GENERIC_UPD = {
    0: ["Awaiting allocation.", None],
    1: ["Plan agreed with lead at Organisational Learning Board.",
        "Task & Finish group set up; terms of reference agreed."],
    2: ["Work undertaken in area but still requires development to complete.",
        "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
        "Policy rewrite in draft; consultation with staff associations under way."],
    3: ["Delivered – evidence pack being compiled for the chief officer lead."],
    4: ["Complete – evidence held on the OL SharePoint.", "Closed at Organisational Learning "
        "Board; evidence on file.", None],
}


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


def rand_date(rng, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def save_deterministic(wb: Workbook, path: Path) -> None:
    wb.properties.creator = "Strategic Planning"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Strategic Planning"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-11-18T09:30:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)


def main() -> None:
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)

    # ------------------------------------------------------------------ HMICFRS register
    hm = Workbook()
    ws = hm.active
    ws.title = "Register export"
    head = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status last changed"]
    ws.append(head)
    for c in ws[1]:
        c.font = bold
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    hm_row = {}
    for r, (iid, rk, typ, text, status) in enumerate(sorted(ITEMS, key=lambda x: x[0]),
                                                      start=2):
        title, pub, _ = REPORTS[rk]
        if status == OPEN1:
            changed = pub + dt.timedelta(days=rng.randrange(3, 40))
        elif status == OPEN2:
            changed = rand_date(rng, max(pub + dt.timedelta(days=60), dt.date(2019, 1, 1)),
                                dt.date(2024, 10, 31))
        else:
            changed = rand_date(rng, pub + dt.timedelta(days=200),
                                min(pub + dt.timedelta(days=2200), dt.date(2024, 10, 31)))
        ws.append([iid, FORCE, title, pub, typ, text, status, ordinal(changed)])
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).alignment = wrap
        hm_row[iid] = r
    for col, w in zip("ABCDEFGH", [18, 22, 50, 16, 24, 90, 18, 22]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{ws.max_row}"
    save_deterministic(hm, OUT / "hmicfrs.xlsx")

    # ------------------------------------------------------------------ force tracker
    tw = Workbook()
    ts = tw.active
    ts.title = "Tracker"
    ts["A1"] = "Cumbria Constabulary – HMICFRS Recommendations & AFIs: Assurance Tracker"
    ts["A1"].font = Font(bold=True, size=14)
    ts["A2"] = ("Owner: Strategic Planning & Organisational Learning   |   Reported to: Joint "
                "Audit Committee (quarterly)")
    ts["A3"] = "Last updated: 18/11/2024"
    HDR = 5
    headers = ["Ref", "Report", "Type", "Recommendation / AFI", "Lead",
               "Assurance rating (0-4)", "RAG (JAC Mar 23)", "Progress update",
               "Last reviewed"]
    for j, h in enumerate(headers, start=1):
        c = ts.cell(HDR, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border

    rag_fill = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE"}
    score_fill = {0: "F2F2F2", 1: "FCE4D6", 2: "FFF2CC", 3: "DDEBF7", 4: "C6EFCE"}
    truth = []
    r = HDR + 1
    blocks: list[tuple[int, int]] = []  # (first, last) rows of each report block
    cur_report, block_start = None, None
    seen_hm = set()
    # report key for local/off-list rows
    name_to_key = {v[2]: k for k, v in REPORTS.items()}

    def close_block(end_row):
        if cur_report is not None and end_row >= block_start:
            blocks.append((block_start, end_row))

    for entry in ROWS:
        if isinstance(entry, tuple) and entry[0] == "SECTION":
            close_block(r - 1)
            cur_report, block_start = None, None
            ts.cell(r, 1, entry[1]).font = Font(bold=True, color="1F3864")
            ts.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ts.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
            r += 1
            continue
        if isinstance(entry, tuple):  # LOCAL / OFFLIST
            kind, rname, d = entry
            rkey = name_to_key.get(rname, rname)
            ref, typ, text, score, rag, upd = (d["ref"], d["typ"], d["text"], d["score"],
                                               d["rag"], d["upd"])
            lead_pool = REPORT_LEAD.get(rkey, ["Head of Corporate Development"])
            hm_id = None
            cat, why = d["cat"], d["why"]
            report_name = rname
        else:
            d = entry
            hm_id = d["hm"]
            iid, rkey, htyp, htext, hstatus = ITEM[hm_id]
            ref = d["ref"]
            typ = d["typ"] or TT[htyp]
            text = d["text"] if d["text"] is not None else htext
            score, rag, upd = d["score"], d["rag"], d["upd"]
            lead_pool = REPORT_LEAD[rkey]
            cat, why = d["cat"], d["why"]
            report_name = REPORTS[rkey][2]
            seen_hm.add(hm_id)
        # report block handling (merged Report cells)
        if report_name != cur_report:
            close_block(r - 1)
            cur_report, block_start = report_name, r
            ts.cell(r, 2, report_name)
        lead = rng.choice(lead_pool)
        if not isinstance(entry, tuple) and d["lead"]:
            lead = d["lead"]
        if upd is None and not (isinstance(entry, tuple)):
            key = score if isinstance(score, int) else (int(score) if score and
                                                        str(score).isdigit() else 0)
            upd = rng.choice(GENERIC_UPD[key])
        pub = REPORTS[rkey][1] if rkey in REPORTS else dt.date(2016, 1, 1)
        m = re.search(r"(\d\d)/(\d\d)/(\d{4})", upd or "")
        mdate = (dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None)
        if mdate and mdate >= dt.date(2024, 1, 1):
            last = mdate
        elif str(score) == "4" and cat in ("in_sync", "not_on_hmicfrs_list") and rag == "Green":
            last = rand_date(rng, pub + dt.timedelta(days=200),
                             min(pub + dt.timedelta(days=1500), dt.date(2023, 2, 28)))
        else:
            last = rand_date(rng, max(dt.date(2024, 3, 1), pub + dt.timedelta(days=20)),
                             dt.date(2024, 11, 15))
        if rag is not None and rng.random() < 0.25:
            rag = rag.upper()
        vals = [ref, None, typ, text, lead, score, rag, upd, last]
        for j, v in enumerate(vals, start=1):
            if j == 2:
                continue
            c = ts.cell(r, j, v)
        for j in range(1, 10):
            c = ts.cell(r, j)
            c.border = border
            c.alignment = wrap
        ts.cell(r, 9).number_format = "dd/mm/yyyy"
        ts.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        sv = int(score) if isinstance(score, int) or (isinstance(score, str) and
                                                      score.isdigit()) else None
        if sv is not None:
            ts.cell(r, 6).fill = PatternFill("solid", fgColor=score_fill[sv])
        if rag:
            ts.cell(r, 7).fill = PatternFill("solid", fgColor=rag_fill[rag.lower()])
        truth.append((f"Register export!{hm_row[hm_id]}" if hm_id else "",
                      f"Tracker!{r}", cat, why))
        r += 1
    close_block(r - 1)
    last_item_row = r - 1
    for a, b in blocks:
        c = ts.cell(a, 2)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.font = bold
        if b > a:
            ts.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)

    # Key to the right of the table (columns K:L), on the header row and below
    ts.cell(HDR, 11, "Assurance rating key").font = bold
    ts.cell(HDR, 11).fill = PatternFill("solid", fgColor="D9E1F2")
    ts.merge_cells(start_row=HDR, start_column=11, end_row=HDR, end_column=12)
    key = [
        (0, "Not started / awaiting allocation"),
        (1, "Plan agreed with lead"),
        (2, "In progress"),
        (3, "Delivered, awaiting evidence"),
        (4, "Complete and evidenced (closed by the force)"),
        ("N/A", "Not for the force to deliver (national body) – rationale in update"),
    ]
    for k, (sc, desc) in enumerate(key, start=HDR + 1):
        c = ts.cell(k, 11, sc)
        c.alignment = Alignment(horizontal="center")
        c.border = border
        if isinstance(sc, int):
            c.fill = PatternFill("solid", fgColor=score_fill[sc])
        ts.cell(k, 12, desc).border = border
    # Note below the table
    note_row = last_item_row + 2
    ts.cell(note_row, 1, "Note: the RAG column is the last RAG reported to the Joint Audit "
            "Committee in March 2023. It has not been maintained since assurance ratings were "
            "introduced in April 2024 – progress is recorded by the Assurance rating (see "
            "key).").font = Font(italic=True)
    ts.merge_cells(start_row=note_row, start_column=1, end_row=note_row, end_column=9)
    ts.cell(note_row + 1, 1, "LA- = force local action (not an HMICFRS item).").font = \
        Font(italic=True)

    for col, w in zip("ABCDEFGHIJKL", [9, 20, 12, 70, 22, 11, 11, 50, 12, 3, 8, 48]):
        ts.column_dimensions[col].width = w
    ts.freeze_panes = ts.cell(HDR + 1, 1)
    save_deterministic(tw, OUT / "tracker.xlsx")

    # ------------------------------------------------------------------ truth
    for iid, why in MISSING_WHY.items():
        assert iid not in seen_hm
        truth.append((f"Register export!{hm_row[iid]}", "", "missing_from_force", why))
    assert set(ITEM) == seen_hm | set(MISSING_WHY), set(ITEM) ^ (seen_hm | set(MISSING_WHY))

    def sort_key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = int(t[1].split("!")[1]) if t[1] else 10**6
        return (h, f)

    truth.sort(key=sort_key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    print(f"hmicfrs items: {len(ITEMS)}; tracker item rows: "
          f"{sum(1 for t in truth if t[1])}; truth lines: {len(truth)}")


if __name__ == "__main__":
    main()
