"""Build the evaluation case `gold_closure_decisions` (round 49, folder goldlike/).

Layout: the force has folded its outstanding HMICFRS items into a themed improvement plan
run by a Gold group (Gold = DCC chair, Silver = theme leads, Bronze = action owners).
Only a Gold decision closes an action. The HMICFRS side is a plain register export (CSV).

Run:  /work/main/.venv/bin/python build_gold_closure_decisions.py
Rebuilds gold_closure_decisions/ byte for byte (fixed seed, fixed zip timestamps).

All HMICFRS texts are real public wording (Open Government Licence), copied from the
project's casegen text lists and /work/shared/data/real_recommendations.csv. Plan actions,
updates, paraphrases and decisions are written here as a force analyst would.
"""
from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 4901
CASE = "gold_closure_decisions"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Cumbria Constabulary"

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------
# Real texts (copied verbatim)
# --------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

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
BWV_PARTS = [
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "\n".join(BWV_PARTS)
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the control "
                "room to fulfil its resourcing model, and so to meet its demand, while also taking "
                "into account the wellbeing of its workforce.")
FIREARMS = ("Within three months, all chief constables should assess the demand placed on their "
            "firearms licensing department and ensure it has the capacity to meet this demand and "
            "provide an efficient and effective service at all times.")
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.",
]
CDI_STEM = "Within six months the force should put in place arrangements to ensure that:"
CDI_TEXT = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)
DETENTION_PARTS = [
    "Within six months Cumbria Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:",
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;",
    "ensure that officers and staff in the custody suite assess at an early stage a child’s need "
    "for alternative accommodation (secure or otherwise) and work with children’s social care "
    "services to achieve the most appropriate option for the child;",
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and",
    "improve the timeliness of adequate appropriate adult support for children who are arrested.",
]
DETENTION = DETENTION_PARTS[0] + "".join("• " + p for p in DETENTION_PARTS[1:])
MISSING_CHILDREN = (
    "Within three months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)

# report key -> (HMICFRS title, publication date, the plan's own name for it)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              date(2013, 7, 9), "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", date(2015, 9, 15),
                 "Targeting the Risk (Firearms Licensing) 2015"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "eff17b": ("PEEL: Police efficiency 2017", date(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017", date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "eff17": ("PEEL: Police effectiveness 2017", date(2018, 3, 22), "PEEL Effectiveness 2017"),
    "ncpi18": ("National child protection inspection 2018", date(2018, 6, 14), "NCPI 2018"),
    "p1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", date(2019, 5, 2),
              "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", date(2019, 9, 26), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "p2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", date(2022, 5, 20),
              "PEEL 2021/22"),
    "p2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", date(2023, 5, 25),
              "PEEL 2023/24"),
}

# --------------------------------------------------------------------------------------
# The HMICFRS items and how the force holds each one.
# (id, report, type, text, theme, HMICFRS status, status date, truth category,
#  force variant, plan-text variant, how the plan writes the ID, topic for the action)
# --------------------------------------------------------------------------------------
BP, AR, CP, SU, NFA = ("Being progressed", "Awaiting review", "Complete", "Superseded",
                       "No further action required")
D0 = "02/10/2023"   # the date HMICFRS bulk-updated open items to 'Being progressed'

ITEMS = [
    # ---- national (all forces) ----
    (1203, "sas13", NAT, "Chief Constables and the College of Policing should establish in the Stop and "
     "Search Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This should "
     "be compliant with the Code of Practice.",
     "T3", NFA, "12/02/2024", "in_sync", "closed:3:nff", "v", "int", "stop and search APP"),
    (1204, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way officers stop "
     "and search people, so that they can be satisfied their officers are acting in accordance with the "
     "law (including equality legislation and the Code of Practice), and that the power is used "
     "effectively to prevent crime, catch criminals and maintain public trust.",
     "T3", SU, "08/03/2024", "closeable_local", "o_track", "v", "int", "stop and search monitoring"),
    (1205, "sas13", NAT, "Chief Constables should, in consultation with elected local policing bodies, "
     "ensure that they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves those "
     "people who are stopped and searched, for example, young people.",
     "T3", SU, "08/03/2024", "in_sync", "d_super", "v", "int", "stop and search scrutiny"),
    (2321, "everyone", NAT, EVERYONE_PLAN,
     "T1", BP, "14/11/2023", "in_sync", "o_bronzecomplete", "everyone", "blank", "DA action plan"),
    (3010, "austerity", NAT, "All Chief Constables and PCCs should review their plans to deliver savings to "
     "ensure they are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this report, and "
     "in HMIC's Value for Money profiles, when conducting their reviews",
     "T6", CP, "15/01/2024", "in_sync", "closed:3", "v", "int", "savings plans"),
    (3011, "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
     "savings through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     None, CP, "15/01/2024", "missing_from_force", None, None, None, None),
    (3012, "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion "
     "of their workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC "
     "will follow up the assessments in the autumn.",
     "T6", NFA, "15/01/2024", "closeable_local", "o_bronzecomplete", "v", "int", "front-line capacity"),
    (3013, "austerity", NAT, "In preparation for the next spending round period all Chief Constables and "
     "PCCs should review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through joint "
     "working with other forces, the public and/or the private sector.",
     "T6", BP, D0, "closeable_submit", "closed:4",
     "para:Review collaboration plans ahead of the next spending round – is there scope for better value "
     "for money and improved capability/capacity through joint working with other forces, the public "
     "and/or the private sector?", "int", "collaboration"),
    (4822, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
     "have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria "
     "against which they can assess threat, harm and risk.",
     "T5", AR, "11/03/2024", "closeable_submit", "closed:5", "v", "int", "THRIVE call grading"),
    (4823, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption "
     "activity carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "T6", BP, D0, "in_sync", "o_track", "v", "blank", "crime prevention evaluation"),
    (902, "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff resulting "
     "in “no further action” are fair and free of any form of discrimination.",
     "T4", BP, D0, "closeable_submit", "d_live", "abbr", "int", "misconduct outcomes"),
    (5190, "sas15", NAT, "Chief constables should, in consultation with police and crime commissioners, "
     "ensure that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves those "
     "people who are stopped and searched, for example young people.",
     "T3", BP, D0, "in_sync", "o_risk", "abbr", "int", "stop and search scrutiny panel"),
    (5377, "picture", NAT, "By 30 November 2015, chief constables should put in place arrangements to "
     "scrutinise audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.",
     "T6", BP, D0, "closeable_submit", "d_lag", "v", "int", "information management audit"),
    (6141, "firearms", NAT, "Within three months, all chief constables should assess how well the governance "
     "of firearms licensing in his or her force meets the standards set out in Authorised Professional "
     "Practice. Chief constables of forces where the governance standards are not being complied with "
     "should put in place immediately the correct arrangements and procedures in order to meet the "
     "standards in full.",
     "T7", CP, "11/03/2024", "in_sync", "closed:4", "v", "int", "firearms licensing governance"),
    (6142, "firearms", NAT, FIREARMS,
     "T7", BP, D0, "in_sync", "o_off",
     "para:Within 3 months – assess the demand on the Firearms Licensing Dept and make sure it has the "
     "capacity to meet that demand and provide an efficient & effective service at all times.",
     "int", "firearms licensing demand"),
    (6143, "firearms", NAT, "Immediately, all chief constables should satisfy themselves that all "
     "appropriate action is being taken by their force with regard to ‘total expired’ licensing records.",
     None, AR, "29/04/2024", "missing_from_force", None, None, None, None),
    (6144, "firearms", NAT, "Within three months, all chief constables should ensure that their arrangements "
     "in respect of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.",
     "T7", BP, D0, "conflict", "o_track", "v", "typo:6414", "temporary permits"),
    (6145, "firearms", NAT, "Within three months, all chief constables should ensure that systems designed "
     "to identify, prior to police attendance, whether a reported incident involves or is at the address "
     "of a firearm certificate holder are in place and are always applied by staff dispatching officers "
     "to incidents; and that officers understand the risk assessment which they should be undertaking "
     "in such circumstances, and their power, when appropriate, to seize firearms and firearm "
     "certificates.",
     "T7", CP, "02/05/2024", "closeable_local", "o_silverassured", "flat", "int", "certificate holder flags"),
    (8310, "stolen", NAT, SF_LEADERSHIP,
     "T1", BP, D0, "closeable_submit", "split:S2", "v", "int", "MSHT governance"),
    (8311, "stolen", NAT, "Within six months, forces should have in place active information-sharing "
     "agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "T1", BP, D0, "in_sync", "o_track", "msht86", "blank", "MSHT information sharing"),
    (8312, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out criminal acts "
     "under compulsion attributable to slavery or exploitation are afforded the protection of early and "
     "continuing consideration of the applicability of the section 45 defence.",
     "T1", CP, "19/02/2024", "in_sync", "closed:4", "v", "int", "section 45 defence"),
    (8313, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully compliant with "
     "the NRM process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult "
     "victim of modern slavery or human trafficking.",
     "T1", BP, D0, "closeable_submit", "closed:6", "abbr", "int", "NRM referrals"),
    (8314, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply with national "
     "crime recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar to "
     "provide reassurance that each force is identifying and managing any gaps in its crime-recording "
     "accuracy for these types of offences.",
     "T2", SU, "14/05/2024", "closeable_local", "o_track", "abbr", "int", "MSHT crime recording"),
    (8315, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of modern "
     "slavery and human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use where "
     "appropriate of joint intelligence teams and other means to obtain intelligence and evidence from "
     "agencies overseas).",
     "T2", BP, D0, "in_sync", "o_risk", "abbr", "int", "MSHT investigation"),
    (8316, "stolen", NAT, "Immediately, forces should review their use of preventative powers under the "
     "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to "
     "pose a clear threat to others in respect of modern slavery and human trafficking offences are "
     "exploited.",
     "T1", AR, "29/04/2024", "in_sync", "o_bronzecomplete", "v", "str", "slavery and trafficking orders"),
    (8402, "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' Council "
     "and Association of Police and Crime Commissioners should support the development of these plans "
     "by establishing a national framework which allows for the provision of digitally enabled services "
     "across force boundaries.",
     "T6", BP, D0, "closeable_submit", "d_live_stale", "flat", "int", "digital services"),
    (8541, "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop "
     "and search powers is consistently reasonable and fair. In particular, there is over-representation "
     "of BAME people, and black people in particular, in stop and search data which many forces are "
     "unable to explain.",
     "T3", BP, D0, "in_sync", "o_track", "v", "int", "stop and search disproportionality"),
    (8542, "leg17", NAT, SAS_MONITORING_2017,
     "T3", BP, D0, "in_sync", "o_returned", "flat", "int", "stop and search data monitoring"),
    (8543, "leg17", NAT, "Where forces identify disparities through monitoring, they should demonstrate to "
     "the public that they have:\n•carried out research and analysis in an attempt to understand the "
     "reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
     "T3", CP, "20/03/2024", "in_sync", "closed:5", "flat", "int", "disparity analysis"),
    (8544, "leg17", NAT, "We expect forces to publish this analysis and any actions taken at least on an "
     "annual basis, from July 2018.",
     None, BP, D0, "missing_from_force", None, None, None, None),
    (8545, "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure that all "
     "officers who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "T3", BP, D0, "in_sync", "o_track", "abbr", "int", "unconscious bias training"),
    (11032, "powers", NAT, "By July 2022, forces should ensure that officers and staff have effective "
     "communication skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "T3", BP, D0, "in_sync", "o_track", "abbr", "int", "communication skills"),
    (11033, "powers", NAT, "By July 2021, forces should ensure that communication skills are reinforced as "
     "part of the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills using "
     "body-worn video footage.",
     "T3", CP, "30/04/2024", "closeable_local", "o_bronzecomplete", "v", "int", "BWV debriefing"),
    (11034, "powers", NAT, BWV_2021,
     "T3", CP, "30/04/2024", "closeable_local", "split:S4", "v", "int", "body-worn video"),
    (11035, "powers", NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the "
     "data collected on the number of incidents where force has been used to effect a stop and search "
     "is sufficient for publication. The Home Office should publish this data as soon as possible.",
     "T3", NFA, "06/10/2023", "in_sync", "closed:2:nff", "v", "int", "use of force data"),
    (11036, "powers", NAT, "By July 2021, forces should ensure they have effective internal monitoring "
     "processes on the use of force, to help them to identify and understand disproportionate use, "
     "explain the reasons and implement any necessary improvement action.",
     "T3", BP, D0, "closeable_submit", "closed:6", "v", "int", "use of force monitoring"),
    # ---- force-level ----
    (8390, "eff17b", AFI, "The force should undertake further work to gain a fuller understanding of current "
     "demand for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     "T5", SU, "14/05/2024", "closeable_local", "o_track", "nostem", "int", "demand analysis"),
    (8391, "eff17b", AFI, "The force should develop its understanding of the links between its outcomes, "
     "outputs and costs.",
     "T6", BP, D0, "in_sync", "o_notstarted",
     "para:Develop understanding of links between outcomes, outputs & costs.", "int", "outcomes and costs"),
    (8392, "eff17b", AFI, "The force should develop a future workforce plan that is aligned with its overall "
     "demand and budget. The plan should include future resource allocations, the mix of skills required "
     "by the workforce and behaviours expected of them.",
     "T4", BP, D0, "closeable_submit", "closed:5", "v", "int", "workforce plan"),
    (8601, "leg17f", AFI, "The force should establish or improve monitoring of the way officers stop and "
     "search people, so that it can be satisfied its officers are acting in accordance with the law "
     "(including equality legislation and the Code of Practice), and that the power is used effectively "
     "to prevent crime, catch criminals and maintain public trust.",
     "T3", SU, "08/03/2024", "in_sync", "closed:2", "v", "int", "stop and search supervision"),
    (8602, "leg17f", AFI, "The force should make sure it provides a confidential way for staff to raise "
     "concerns and that staff are aware of whistleblowing processes.",
     "T4", BP, D0, "in_sync", "o_track", "nostem", "int", "whistleblowing"),
    (8603, "leg17f", AFI, "The force should review how it gathers and uses equality and diversity data to "
     "improve its understanding of its workforce demographics.",
     "T4", CP, "14/05/2024", "closeable_local", "o_returned6", "v", "int", "equality data"),
    (8604, "leg17f", AFI, "Cumbria Constabulary should specify in succession plans how it intends to improve "
     "diversity across all levels of the force. This should include offering increased direct-entry "
     "opportunities.",
     "T4", BP, D0, "in_sync", "o_risk", "v", "int", "succession planning"),
    (8790, "eff17", AFI, "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.",
     "T1", BP, D0, "closeable_submit", "closed:4", "nostem", "int", "CSE problem profile"),
    (8791, "eff17", AFI, "The force should ensure regular and active supervision of the quality and progress "
     "of investigations. This supervision should be properly recorded.",
     "T2", BP, D0, "in_sync", "o_track", "v", "int", "investigation supervision"),
    (8792, "eff17", AFI, "The force should take steps to ensure that there is effective supervision of the "
     "initial risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases.",
     "T1", CP, "12/12/2023", "in_sync", "closed:3", "v", "blank", "DASH supervision"),
    (8793, "eff17", AFI, "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.",
     None, BP, D0, "missing_from_force", None, None, None, None),
    (9120, "ncpi18", REC, DETENTION,
     "T1", BP, D0, "in_sync", "split:S1", "v", "int", "children in custody"),
    (9121, "ncpi18", REC, MISSING_CHILDREN,
     "T1", AR, "13/05/2024", "in_sync", "o_silverassured", "flat", "str", "missing children"),
    (9122, "ncpi18", REC, "Within six months the force should make sure officers and staff have the training "
     "they need to identify and respond to child sexual exploitation.",
     "T1", BP, D0, "closeable_submit", "d_live", "v", "int", "CSE training"),
    (9655, "p1819", COC, "The force does not have the capacity or capability to investigate crime "
     "effectively and this is affecting the service being provided to the public. There are failings in "
     "the way that crimes are being investigated.",
     "T2", BP, D0, "in_sync", "o_track",
     "para:CoC – the force lacks the capacity/capability to investigate crime effectively, affecting the "
     "service to the public; failings in the way crimes are investigated.", "int", "investigative capacity"),
    (9656, "p1819", REC, "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and",
     "T2", BP, D0, "in_sync", "o_deferred", "v", "int", "investigator workloads"),
    (9657, "p1819", REC, "HMIC recommends that within six months the force should: improve its ability to "
     "retrieve digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;",
     "T2", BP, D0, "conflict", "o_track", "twelve", "int", "digital forensics"),
    (9658, "p1819", REC, "HMIC recommends that within six months the force should: improve its understanding "
     "of suspects released under investigation and the management of those released on bail;",
     "T2", CP, "22/05/2024", "closeable_local", "o_bronzecomplete", "abbr", "int", "RUI and bail"),
    (9659, "p1819", REC, "HMIC recommends that within six months the force should: improve the supervision of "
     "investigations, so that investigation plans are set, reviewed and recorded and victims receive a "
     "consistently good service;",
     "T2", SU, "14/05/2024", "in_sync", "d_lag_super", "v", "int", "investigation plans"),
    (10212, "cdi19", REC, CDI_TEXT,
     "T2", BP, D0, "conflict", "o_risk", "dropbullet", "int", "crime recording at point of report"),
    (10213, "cdi19", REC, "Within three months, the force should take steps to ensure it fully complies with "
     "national crime recording standard (NCRS) requirements for offences identified as modern slavery "
     "and human trafficking.",
     "T2", BP, D0, "closeable_submit", "closed:6", "v", "int", "MSHT NCRS compliance"),
    (10214, "cdi19", AFI, "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.",
     "T2", BP, D0, "in_sync", "o_track", "v", "int", "RASSO recording"),
    (10215, "cdi19", AFI, "The force should make sure it records reports of hate crime accurately and "
     "without delay.",
     "T2", CP, "04/04/2024", "in_sync", "closed:5", "v", "blank", "hate crime recording"),
    (12240, "p2122", COC, "The size of the vetting backlog within Cumbria Constabulary is a cause of concern.",
     "T4", BP, D0, "in_sync", "o_track", "v", "int", "vetting backlog"),
    (12241, "p2122", REC, "The force should ensure all staff have received at least the lowest level of "
     "vetting clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the national "
     "vetting guidelines.",
     "T4", BP, D0, "conflict", "o_risk", "v", "int", "vetting clearance"),
    (12242, "p2122", AFI, CONTROL_ROOM,
     "T5", BP, D0, "in_sync", "o_off",
     "para:Ensure sufficient control room resources to fulfil the resourcing model and meet demand, while "
     "taking account of workforce wellbeing.", "int", "control room resourcing"),
    (12243, "p2122", AFI, "The force should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "T5", BP, D0, "in_sync", "o_bronzecomplete", "nostem", "int", "THRIVE call grading"),
    (12244, "p2122", AFI, "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "T1", CP, "14/05/2024", "closeable_local", "o_track", "abbr", "int", "victim updates"),
    (12245, "p2122", AFI, "The force should improve the way it manages the risk posed by offenders involved "
     "in county lines drug dealing.",
     "T2", BP, D0, "in_sync", "o_track", "v", "blank", "county lines offender management"),
    (12246, "p2122", AFI, "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.",
     "T6", BP, D0, "closeable_submit", "d_live", "v", "int", "VAWG performance"),
    (12247, "p2122", AFI, "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.",
     "T6", BP, D0, "conflict", "o_track", "v", "int", "performance data"),
    (12248, "p2122", AFI, "The force should ensure it has effective internal monitoring processes on the use "
     "of force, to help it to identify and understand disproportionate use, explain the reasons and "
     "implement any necessary improvement action.",
     "T3", BP, D0, "in_sync", "o_track", "nostem", "int", "use of force scrutiny"),
    (12249, "p2122", AFI, "The force should improve the timeliness of its response to calls for service "
     "involving repeat victims.",
     "T5", SU, "14/05/2024", "closeable_local", "o_off",
     "para:Improve timeliness of response to calls for service involving repeat victims.", "int",
     "repeat victims"),
    (12250, "p2122", AFI, "The force should make sure the corporate risk register is actively used to "
     "mitigate and manage known risks.",
     "T6", BP, D0, "closeable_submit", "closed:6", "v", "int", "corporate risk register"),
    (13561, "p2324", COC, "The force’s current approach to domestic abuse is unacceptable. The proportion of "
     "victims who fail to support the investigation and the low use of police powers of arrest and "
     "prosecution is a cause of concern to HMIC.",
     "T1", BP, "25/05/2023", "in_sync", "o_track", "v", "int", "domestic abuse"),
    (13562, "p2324", REC, "Within three months, the force should consider ways of increasing the use of "
     "arrest, ancillary orders and other available powers, in order to improve the service it provides "
     "to victims of domestic abuse, offer the best possible protection and bring more perpetrators to "
     "justice.",
     "T1", BP, "25/05/2023", "in_sync", "split:S3", "v", "int", "DA powers"),
    (13563, "p2324", REC, "Within six months, the force should take steps to understand and address the "
     "reason behind why such a high proportion of victims of domestic abuse do not support the police "
     "investigation.",
     "T1", BP, "25/05/2023", "in_sync", "o_risk", "abbr", "int", "DA victim attrition"),
    (13564, "p2324", REC, "Immediately, the force should cease the practice of conducting domestic abuse risk "
     "assessments over the telephone and dealing with domestic abuse in the resolution centre.",
     "T1", AR, "13/05/2024", "closeable_submit", "d_live", "v", "str", "DA risk assessment"),
    (13565, "p2324", AFI, "The force should make sure investigations of stalking and harassment are "
     "allocated to officers with the right skills and are effectively supervised.",
     "T2", BP, "25/05/2023", "in_sync", "o_track", "v", "int", "stalking investigations"),
    (13566, "p2324", AFI, "The force should improve how it works with partner organisations to safeguard "
     "people at risk from honour-based abuse.",
     "T1", BP, "25/05/2023", "in_sync", "o_notstarted", "v", "blank", "honour-based abuse"),
    (13567, "p2324", AFI, "The force should make sure it consistently uses ancillary orders and other powers "
     "to protect victims of stalking and harassment.",
     "T1", BP, "25/05/2023", "in_sync", "o_track", "v", "blank", "stalking protection orders"),
    (13568, "p2324", AFI, "The force should improve how it gathers, assesses and acts on intelligence about "
     "serious and organised crime.",
     "T2", BP, "25/05/2023", "in_sync", "o_silverassured", "v", "int", "SOC intelligence"),
    (13569, "p2324", AFI, "The force should develop a problem-solving approach to anti-social behaviour, "
     "working with local communities and partners.",
     None, BP, "25/05/2023", "missing_from_force", None, None, None, None),
    (13570, "p2324", AFI, "The force should make sure officers and staff have the training they need to "
     "identify and respond to people with mental ill health.",
     "T5", BP, "25/05/2023", "in_sync", "o_track",
     "para:Training for officers & staff to identify and respond to people with mental ill health.", "int",
     "mental health"),
    (13571, "p2324", AFI, "The force should make sure there are appropriate strategic oversight arrangements "
     "in place to manage risks, performance and improvement plans effectively.",
     "T6", BP, "25/05/2023", "closeable_submit", "d_live", "v", "int", "strategic oversight"),
    (13572, "p2324", AFI, "The force should make sure all processes in place to support performance "
     "management are effective.",
     "T6", BP, "25/05/2023", "in_sync", "o_track", "v", "int", "performance management"),
    (13573, "p2324", AFI, "The force should put plans in place to monitor, including through the gathering "
     "and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it "
     "identifies.",
     "T4", BP, "25/05/2023", "in_sync", "o_deferred", "v", "int", "team culture"),
    (13574, "p2324", AFI, "The force should make sure it provides accessible information for all staff and "
     "members of the public on how they can raise concerns and access confidential support (including "
     "through external agencies).",
     "T4", BP, "25/05/2023", "in_sync", "o_bronzecomplete", "v", "int", "raising concerns"),
]

# The force's own actions and stray items (not on the HMICFRS list).
# (key, theme, source, id, report, type, requirement, action, variant)
LOCALS = [
    ("L1", "T4", "Internal Audit", None, "Internal audit 2023/24", "Audit action",
     "Internal audit of the vetting governance arrangements (audit plan 2023/24) – 2 medium priority "
     "findings.",
     "Implement the two medium priority findings: vetting decision log QA; aftercare reviews diarised.",
     "o_track"),
    ("L2", "T6", "Gold action", None, "Gold group", "Gold action",
     "Add domestic abuse measures to the monthly Force Performance pack.",
     "Performance team to build DA arrest rate, outcome 16 and repeat victim measures into the pack.",
     "d_live"),
    ("L3", "T1", "IOPC learning", None, "IOPC Learning the Lessons", "Learning",
     "Rewrite the missing children policy and publish it on the intranet with a communications plan.",
     "Policy rewrite following IOPC learning report; comms plan via Corporate Comms.",
     "o_risk"),
    ("L4", "T2", "Force review", None, "Force Management Statement", "Local action",
     "Refresh the county lines drug dealing problem profile and add it to the control strategy.",
     "Analyst tasked through FTCG; profile to Silver then FTCG for sign-off.",
     "closed:5"),
    ("L5", "T2", "HMICFRS", 5511, "CDI 2014", "Rec",
     "Within six months the force should revise its approach to cautions, cannabis warning and penalty "
     "notices for disorder to ensure that there is a clear and auditable explanation to the offender of "
     "the implications of receiving the warning and that, for victim-based crimes, there is a clear and "
     "auditable record that views of the victim are considered prior to their issue.",
     "Out of court disposals scrutiny panel to dip-sample; update OoCD policy to the two-tier framework.",
     "o_bronzecomplete"),
    ("L6", "T2", "HMICFRS", None, "PEEL 2023/24", "AFI",
     "The force should improve its use of its crime-recording and management system to better manage its "
     "case files and investigative processes.",
     "Niche case file QA module to be switched on; supervisors' training via L&D.",
     "o_track"),
    ("L7", "T2", "Gold action", None, "Gold group", "Gold action",
     "Deliver refresher training on stalking and harassment to all response and neighbourhood officers.",
     "L&D to deliver 2-hour input on stalking/harassment identification and SPOs.",
     "closed:6"),
]

THEMES = {
    "T1": ("THEME 1 – VULNERABILITY & SAFEGUARDING", "Ch Supt Public Protection"),
    "T2": ("THEME 2 – INVESTIGATION STANDARDS & CRIME RECORDING", "Det Ch Supt Force CID"),
    "T3": ("THEME 3 – STOP & SEARCH, USE OF FORCE & LEGITIMACY", "ACC Local Policing"),
    "T4": ("THEME 4 – PEOPLE, VETTING & CULTURE", "Director of People"),
    "T5": ("THEME 5 – CONTACT & DEMAND", "Ch Supt Operations"),
    "T6": ("THEME 6 – GOVERNANCE, PERFORMANCE & INFORMATION", "Head of Corporate Development"),
    "T7": ("THEME 7 – FIREARMS LICENSING", "ACC Crime"),
}
BRONZE = {
    "T1": ["Det Supt Safeguarding", "DI Public Protection Unit", "Head of Intelligence", "DCI MASH"],
    "T2": ["Force Crime Registrar", "Det Supt Major Crime", "Head of Criminal Justice",
           "DCI Digital Forensics"],
    "T3": ["Supt Stop & Search lead", "Insp Use of Force", "Head of Learning & Development"],
    "T4": ["Head of Professional Standards", "Vetting Manager", "Head of HR",
           "Head of Learning & Development"],
    "T5": ["Supt Contact Centre", "Ch Insp Demand Hub"],
    "T6": ["Head of Performance", "Head of Information Management", "Director of Finance",
           "Head of Corporate Development"],
    "T7": ["Supt Firearms Licensing", "Firearms Licensing Manager"],
}
GOLD = {1: date(2023, 9, 18), 2: date(2023, 10, 23), 3: date(2023, 11, 27), 4: date(2024, 1, 22),
        5: date(2024, 2, 26), 6: date(2024, 4, 22), 7: date(2024, 5, 20)}
NEXT_GOLD = date(2024, 6, 17)


def dmy(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def gtag(n: int) -> str:
    return f"Gold {n} ({dmy(GOLD[n])})"


# --------------------------------------------------------------------------------------
# Plan-text variants (the force's copy of the HMICFRS wording)
# --------------------------------------------------------------------------------------
ABBR = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"Authorised Professional Practice", "APP"),
    (r"College of Policing", "CoP"), (r"national crime recording standard \(NCRS\)", "NCRS"),
    (r"released under investigation", "RUI"), (r"officers and staff", "officers & staff"),
    (r"continuing professional development", "CPD"), (r"within six months", "within 6 months"),
    (r"chief constables", "CCs"), (r"Home Office", "HO"),
]


def flat(t: str) -> str:
    t = t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    t = re.sub(r"\s*\n+\s*•\s*", " - ", t)
    t = re.sub(r"\s*•\s*", " - ", t)
    t = re.sub(r"\s*\n+\s*", " ", t)
    return re.sub(r"  +", " ", t).strip()


def abbr(t: str) -> str:
    for pat, rep in ABBR:
        t = re.sub(pat, rep, t, flags=re.I)
    return t


def nostem(t: str) -> str:
    t = re.sub(r"^(The force|Cumbria Constabulary) should ", "", t)
    return t[0].upper() + t[1:]


def plan_text(item) -> str:
    text, pv = item[3], item[9]
    if pv == "v":
        return text
    if pv == "flat":
        return flat(text)
    if pv == "abbr":
        return abbr(text)
    if pv == "nostem":
        return nostem(text)
    if pv.startswith("para:"):
        return pv[5:]
    if pv == "everyone":   # force tidied the stray footnote digit when copying
        return text.replace("another force; and 20\n", "another force; and\n")
    if pv == "msht86":     # force removed the stray footnote number and added the full stop
        return text.replace("intelligence 86 and", "intelligence and") + "."
    if pv == "twelve":     # CONFLICT: timescale mis-copied
        return text.replace("within six months", "within twelve months")
    if pv == "dropbullet":  # CONFLICT: the medical-examinations bullet is missing
        bl = [b for i, b in enumerate(CDI_BULLETS) if i != 3]
        bl[2] = bl[2] + " and"
        return CDI_STEM + "\n" + "\n".join("• " + b for b in bl)
    raise ValueError(pv)


# --------------------------------------------------------------------------------------
# Force-side state per variant
# --------------------------------------------------------------------------------------
UPD_TRACK = [
    "Task & Finish group meeting fortnightly; revised policy in draft, consultation closes end of June.",
    "Dip-sample of 40 cases completed in April; findings to Silver in June.",
    "Training package agreed with L&D; roll-out to response teams from July.",
    "Process mapping complete. New SOP drafted and awaiting Silver sign-off.",
    "Partnership workshop held 9 May; information-sharing protocol being redrafted by Legal Services.",
    "Performance measures added to the draft pack; first report due at July Silver.",
    "Recruitment to 3 posts under way (2 offered, 1 re-advertised).",
    "Niche configuration change requested (CR-2231); testing in June.",
    "Audit plan agreed with Force Crime Registrar; first audit results due Q2.",
    "Scrutiny panel terms of reference refreshed; next panel 11 July.",
]
UPD_RISK = [
    "Slippage due to abstraction for summer events; revised date proposed to Silver.",
    "Dependent on Niche upgrade – supplier date moved to Q3.",
    "Analyst post vacant since March; work paused pending backfill.",
    "Partner sign-up slower than planned; escalated to Silver.",
]
UPD_OFF = [
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Backlog increased in Q4; recovery plan requested by Silver.",
]
UPD_NOTSTARTED = ["Awaiting allocation.", "Bronze lead to be confirmed by Silver."]
UPD_COMPLETE = [
    "Completed. Evidence pack (policy, training records, audit results) sent to Silver 03/05/2024.",
    "All actions complete; evidence uploaded to the Gold SharePoint folder for Silver assurance.",
    "Complete – audit shows 96% compliance (n=50). Awaiting Silver review.",
    "Complete. New process live since 1 April; first month's data attached to the evidence pack.",
]
ACTION_TPL = [
    "Task & Finish group ({t}) to review current practice against the requirement and report to Silver",
    "{t}: gap analysis, revised SOP and communications plan",
    "{t}: quarterly dip-sample, findings to the Crime Standards Board",
    "{t}: training input for frontline officers and supervisors, then compliance audit",
    "{t}: measures added to the monthly Force Performance pack and reviewed at Silver",
]


def target(v: str):
    if v in ("o_off", "o_risk"):
        return rng.choice([date(2024, 3, 31), date(2024, 4, 30), "Mar-24 (revised Sep-24)", date(2024, 9, 30)])
    if v == "o_notstarted":
        return rng.choice(["TBC", date(2024, 12, 31)])
    return rng.choice([date(2024, 6, 30), date(2024, 7, 31), date(2024, 9, 30), "Q2 2024/25",
                       date(2024, 12, 31), "Sep-24"])


class Log:
    """The Gold Decision Log."""

    def __init__(self):
        self.rows = []
        self.counter = {}

    def add(self, n, ref, hid, decision, rationale, owner="PMO"):
        k = self.counter.get(n, 0) + 1
        self.counter[n] = k
        no = f"G{n}/{k:02d}"
        self.rows.append((n, no, ref, hid, decision, rationale, owner))
        return no


def state_for(v: str, theme: str, ref: str, hid, log: Log, pending: list):
    """Return the plan columns (bronze status, silver, gold, update, target, fill, sheet,
    gold ref, gold date)."""
    s = dict(bronze="", silver="", gold="", update="", target=None, fill=False, sheet="plan",
             gref="", gdate=None, submitted="")
    if v == "o_track":
        s.update(bronze="On track", update=rng.choice(UPD_TRACK), target=target(v))
    elif v == "o_risk":
        s.update(bronze="At risk", update=rng.choice(UPD_RISK), target=target(v))
    elif v == "o_off":
        s.update(bronze="Off track", update=rng.choice(UPD_OFF), target=target(v))
    elif v == "o_notstarted":
        s.update(bronze="Not started", update=rng.choice(UPD_NOTSTARTED), target=target(v))
    elif v == "o_bronzecomplete":
        s.update(bronze="Complete – evidence with Silver", silver="Under review",
                 update=rng.choice(UPD_COMPLETE), target=date(2024, 5, 31))
    elif v == "o_silverassured":
        s.update(bronze="Complete – evidence with Silver", silver="Assured – recommend closure to Gold",
                 gold=f"For Gold 8 ({dmy(NEXT_GOLD)})", update=rng.choice(UPD_COMPLETE),
                 target=date(2024, 5, 31))
    elif v == "o_returned":   # Gold 7 refused closure; Bronze status not yet rolled back
        pending.append((7, ref, hid, "Not closed – returned to Bronze",
                        "Evidence covers data monitoring only; no evidence that find-rate and "
                        "possession-only analysis is reported to the scrutiny panel.", "Silver T3"))
        s.update(bronze="Complete – evidence with Silver", silver="Assured – recommend closure to Gold",
                 gold="Not closed – returned to Bronze (Gold 7, 20/05/2024)",
                 update="Monthly S&S dashboard live since January; evidence pack submitted.",
                 target=date(2024, 3, 31))
    elif v == "o_returned6":
        pending.append((6, ref, hid, "Not closed – returned to Bronze",
                        "Declaration rates still below 70%; Gold wants the new HR system data "
                        "before closing.", "Silver T4"))
        s.update(bronze="Complete – evidence with Silver", silver="Not assured – returned to Bronze",
                 gold="Not closed – returned to Bronze (Gold 6, 22/04/2024)",
                 update="Self-declaration campaign ran Feb–Mar; E&D data now in the workforce dashboard.",
                 target=date(2024, 9, 30))
    elif v == "o_deferred":
        pending.append((7, ref, hid, "Deferred to Gold 8",
                        "Gold asked for the results of the June dip-sample before deciding.", "Silver"))
        s.update(bronze="Complete – evidence with Silver", silver="Assured – recommend closure to Gold",
                 gold="Deferred to Gold 8 – dip-sample results requested",
                 update=rng.choice(UPD_COMPLETE), target=date(2024, 6, 30))
    elif v == "d_live":       # closed at Gold 7, still on the live plan, shaded green
        pending.append((7, ref, hid, "Closed", "Evidence pack assured by Silver; Gold satisfied the "
                        "requirement is met and embedded.", "PMO to submit to HMICFRS via FLL"))
        s.update(bronze="Complete – evidence with Silver", silver="Assured – recommend closure to Gold",
                 gold="CLOSED – Gold 7 (20/05/2024)", update=rng.choice(UPD_COMPLETE),
                 target=date(2024, 5, 31), fill=True)
    elif v == "d_live_stale":  # Gold closed it; Bronze status never updated
        pending.append((7, ref, hid, "Closed", "Digital Services Strategy 2024–27 approved by COG "
                        "on 2 May; meets the requirement. Bronze update not needed.",
                        "PMO to submit to HMICFRS via FLL"))
        s.update(bronze="On track", silver="", gold="CLOSED – Gold 7 (20/05/2024)",
                 update="Digital strategy in draft; to COG in May.", target=date(2024, 5, 31), fill=True)
    elif v == "d_lag":         # Gold 7 closed it, but the PMO has not copied the decision across yet
        pending.append((7, ref, hid, "Closed", "IM audit schedule and IMGB minutes seen; closure agreed.",
                        "PMO to update plan and submit to HMICFRS"))
        s.update(bronze="Complete – evidence with Silver", silver="Assured – recommend closure to Gold",
                 gold="For Gold 7 (20/05/2024)", update=rng.choice(UPD_COMPLETE), target=date(2024, 5, 31))
    elif v == "d_lag_super":
        pending.append((7, ref, hid, "Closed – superseded",
                        "HMICFRS shows the recommendation as superseded (14/05/2024); investigation "
                        "supervision now tracked under T2 PEEL 2023/24 actions.", "PMO to update plan"))
        s.update(bronze="On track", silver="Assured – recommend closure to Gold",
                 gold="For Gold 7 (20/05/2024)",
                 update="Investigation plan QA on Niche live; HMICFRS reports superseded – propose closure.",
                 target=date(2024, 6, 30))
    elif v == "d_super":
        pending.append((7, ref, hid, "Closed – superseded",
                        "Superseded by Stop and Search 2 (2015) recommendation 5190, which stays open "
                        "under T3.", "PMO"))
        s.update(bronze="On track", silver="Assured – recommend closure to Gold",
                 gold="Closed – superseded (Gold 7, 20/05/2024)",
                 update="Superseded by the 2015 recommendation – see 5190.", target=None, fill=True)
    elif v.startswith("closed:"):
        parts = v.split(":")
        n = int(parts[1])
        nff = len(parts) > 2
        if nff:
            dec = "Closed – not for force to deliver"
            rat = "Recommendation directed at national bodies; force compliance position noted."
        else:
            dec = "Closed"
            rat = "Evidence assured by Silver and accepted by Gold."
        s.update(sheet="closed", gdate=GOLD[n], bronze="Complete", silver="Assured")
        s["pending_closed"] = (n, dec, rat)
    else:
        raise ValueError(v)
    return s


# --------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------
def main():
    OUT.mkdir(exist_ok=True)
    log = Log()
    pending: list = []

    # ---------------- HMICFRS export (CSV) ----------------
    items = sorted(ITEMS, key=lambda it: (REPORTS[it[1]][1], it[0]))
    hm_row = {}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Force", "Recommendation ID", "Inspection / report", "Publication date", "Type",
                "Recommendation", "Status", "Status date"])
    for i, it in enumerate(items):
        title, pub, _ = REPORTS[it[1]]
        w.writerow([FORCE, it[0], title, dmy(pub), it[2], it[3], it[5], it[6]])
        hm_row[it[0]] = f"hmicfrs.csv!{i + 2}"
    (OUT / "hmicfrs.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))

    # ---------------- force plan: assign plan refs per theme ----------------
    by_theme = {t: [] for t in THEMES}
    for it in ITEMS:
        if it[4]:
            by_theme[it[4]].append(("H", it))
    for lo in LOCALS:
        by_theme[lo[1]].append(("L", lo))
    plan_entries = []   # dicts, one per force row
    for t, lst in by_theme.items():
        # HMICFRS items by report date then ID, local actions last
        lst.sort(key=lambda e: (0, REPORTS[e[1][1]][1], e[1][0]) if e[0] == "H" else (1, e[1][0]))
        for k, (kind, obj) in enumerate(lst, start=1):
            ref = f"{t}.{k:02d}"
            leads = BRONZE[t]
            if kind == "L":
                key, theme, src, lid, rep, typ, req, action, v = obj
                st = state_for(v, t, ref, lid, log, pending)
                plan_entries.append(dict(ref=ref, theme=t, source=src, hid=lid, report=rep, type=typ,
                                         req=req, action=action, lead=rng.choice(leads), st=st,
                                         truth=("", "not_on_hmicfrs_list", why_local(obj)), merge=0))
                continue
            it = obj
            hid, repk, typ, text, _, hst, hdt, cat, fv, pv, idm, topic = it
            ptype = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "Nat Rec"}[typ]
            if hid == 12241:
                ptype = "AFI"                       # CONFLICT: type
            prep = REPORTS[repk][2]
            if hid == 12247:
                prep = "PEEL 2023/24"               # CONFLICT: report
            if idm == "int":
                pid = hid
            elif idm == "str":
                pid = str(hid)
            elif idm == "blank":
                pid = None
            elif idm.startswith("typo:"):
                pid = int(idm[5:])                  # CONFLICT: reference
            if fv.startswith("split:"):
                for e in split_rows(fv[6:], it, ref, prep, ptype, pid, leads, log, pending):
                    plan_entries.append(e)
                continue
            st = state_for(fv, t, ref, hid, log, pending)
            action = rng.choice(ACTION_TPL).format(t=topic[0].upper() + topic[1:])
            plan_entries.append(dict(ref=ref, theme=t, source="HMICFRS", hid=pid, report=prep, type=ptype,
                                     req=plan_text(it), action=action, lead=rng.choice(leads), st=st,
                                     truth=(hm_row[hid], cat, why_item(it)), merge=0))

    # ---------------- Gold decision log: history, then closures in meeting order ----------
    closed_entries = [e for e in plan_entries if e["st"]["sheet"] == "closed"]
    live_entries = [e for e in plan_entries if e["st"]["sheet"] == "plan"]
    log_events = []
    log_events.append((1, "–", None, "Plan agreed", "Terms of reference agreed; outstanding HMICFRS items "
                       "folded into seven themes; Silver theme leads appointed.", "DCC"))
    log_events.append((3, "–", None, "Plan change", "PEEL 2023/24 AFIs added to themes 1, 2, 4, 5 and 6 "
                       "following the report's AFI schedule.", "PMO"))
    for e in closed_entries:
        n, dec, rat = e["st"]["pending_closed"]
        if e["hid"] == 8313:
            log_events.append((4, e["ref"], e["hid"], "Not closed – returned to Bronze",
                               "NRM referral data incomplete for Q3; resubmit with Q4 data.", "Silver T1"))
        log_events.append((n, e["ref"], e["hid"], dec, rat, "PMO"))
        e["_n"] = n
    for p in pending:
        log_events.append(p)
    log_events.sort(key=lambda x: x[0])   # stable: keeps insertion order within a meeting
    refs_no = {}
    for ev in log_events:
        no = log.add(*ev)
        refs_no.setdefault(ev[1], []).append((no, ev[3]))
    for e in closed_entries:
        e["st"]["gref"] = [no for no, d in refs_no[e["ref"]] if d.startswith("Closed")][-1]

    # submitted-to-HMICFRS column for the closed sheet
    for e in closed_entries:
        cat = e["truth"][1]
        n = e["_n"]
        hid = e["hid"]
        if cat == "not_on_hmicfrs_list":
            e["st"]["submitted"] = "N/A – local action"
        elif e["st"]["pending_closed"][1].startswith("Closed – not for force"):
            e["st"]["submitted"] = "N/A – not for force"
        elif cat == "in_sync":
            e["st"]["submitted"] = dmy(date.fromordinal(GOLD[n].toordinal() + 9))
        else:  # closeable_submit: mixture of not yet / in preparation / submitted but not reviewed
            e["st"]["submitted"] = {3013: "Not yet submitted", 4822: "04/03/2024",
                                    8313: "Evidence pack with FLL", 11036: "Not yet submitted",
                                    8392: "Not yet submitted", 8790: "05/02/2024",
                                    10213: "Evidence pack with FLL",
                                    12250: "Not yet submitted"}.get(hid, "Not yet submitted")

    write_workbook(live_entries, closed_entries, log)

    # ---------------- truth ----------------
    truth = []
    for e in live_entries:
        truth.append((e["truth"][0], f"Improvement Plan!{e['row']}", e["truth"][1], e["truth"][2]))
    for e in closed_entries:
        truth.append((e["truth"][0], f"Closed by Gold!{e['row']}", e["truth"][1], e["truth"][2]))
    for it in ITEMS:
        if it[7] == "missing_from_force":
            truth.append((hm_row[it[0]], "", "missing_from_force",
                          f"HMICFRS {it[0]} ({it[5]}) is not in the plan or the Closed by Gold tab"))

    def sk(r):
        h = int(r[0].split("!")[1]) if r[0] else 10_000
        f = (0 if r[1].startswith("Improvement") else 1, int(r[1].split("!")[1])) if r[1] else (9, 0)
        return (h, f)

    truth.sort(key=sk)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")


def why_local(lo) -> str:
    key, theme, src, lid, rep, typ, req, action, v = lo
    if lid:
        return (f"plan cites HMICFRS ID {lid} ({rep}), which is not on the HMICFRS list; query with "
                "HMICFRS")
    if src == "HMICFRS":
        return "plan item labelled as a PEEL 2023/24 AFI but no such item is on the HMICFRS list"
    return f"force's own action (source: {src}); not an HMICFRS item"


def force_done(fv: str) -> bool:
    return fv.startswith(("d_", "closed:"))


def why_item(it) -> str:
    hid, repk, typ, text, theme, hst, hdt, cat, fv, pv, idm, topic = it
    h = "closed" if hst in (CP, SU, NFA) else "open"
    if cat == "conflict":
        return {
            6144: "plan cites ID 6414 (digits transposed) for the temporary-permits text of 6144",
            9657: "timescale differs: HMICFRS 'within six months', plan 'within twelve months'",
            10212: "plan copy drops the medical-examinations bullet (4 of 5 bullets)",
            12241: "type differs: HMICFRS Recommendation (under the vetting CoC), plan 'AFI'",
            12247: "report differs: HMICFRS PEEL 2021/22, plan files it under PEEL 2023/24",
        }[hid]
    fdesc = {
        "o_track": "Bronze 'On track', no Gold decision",
        "o_risk": "Bronze 'At risk', no Gold decision",
        "o_off": "Bronze 'Off track', no Gold decision",
        "o_notstarted": "Bronze 'Not started'",
        "o_bronzecomplete": "Bronze 'Complete' but no Gold decision (Bronze complete does not close)",
        "o_silverassured": "Silver assured, awaiting Gold 8 (not closed)",
        "o_returned": "Gold 7 returned it to Bronze (Bronze still says Complete)",
        "o_returned6": "Gold 6 returned it to Bronze",
        "o_deferred": "Gold 7 deferred the decision",
        "d_live": "Gold 7 closed it (still on live plan, green)",
        "d_live_stale": "Gold 7 closed it although Bronze status still 'On track'",
        "d_lag": "plan says 'For Gold 7' but Gold Decision Log records closure at Gold 7",
        "d_lag_super": "plan says 'For Gold 7' but Gold Decision Log records closure (superseded) at Gold 7",
        "d_super": "Gold 7 closed it as superseded",
    }.get(fv)
    if fdesc is None:
        fdesc = "on Closed by Gold tab (Gold closed it)"
    force = "done" if force_done(fv) else "open"
    return f"HMICFRS {hst} ({h}); force {force}: {fdesc}"


def split_rows(kind, it, ref, prep, ptype, pid, leads, log, pending):
    hid, repk, typ, text, theme, hst, hdt, cat, fv, pv, idm, topic = it
    rows = []
    if kind == "S1":   # one row per bullet; ID/report/type merged
        reqs = [DETENTION_PARTS[0] + " " + DETENTION_PARTS[1]] + DETENTION_PARTS[2:]
        acts = ["Custody detention review panel with Children's Services; PACE s38(6) transfer "
                "protocol refreshed",
                "Custody sergeants' checklist for alternative accommodation at first review",
                "Custody record QA: monthly audit of 20 child detentions",
                "Commission appropriate adult service with the LA (contract re-let)"]
        vs = ["d_live6", "d_live", "d_live", "o_risk"]
        why = ("HMICFRS Being progressed (open); force split into 4 bullet actions, 3 closed by Gold, "
               "bullet 4 open -> item open")
    elif kind == "S2":
        reqs = [text, None]
        acts = ["Governance: DCI appointed as force MSHT lead; MSHT tactical group chaired by Det Supt; "
                "tasking via fortnightly DMM",
                "Partnership & performance: protocol with Cumbria Anti-Slavery Partnership; MSHT QA "
                "dip-sample and measures in monthly performance pack"]
        vs = ["d_live", "d_live"]
        why = "HMICFRS Being progressed (open); both split actions closed by Gold 7 -> force done"
    elif kind == "S3":
        reqs = [text, None, None]
        acts = ["Task & Finish group to review the DA arrest and positive action policy",
                "Deliver refresher training on DA powers (DVPN/DVPO, bail conditions) to response "
                "officers",
                "Dip-sample 50 DA crime reports each quarter and report use of powers to the Crime "
                "Standards Board"]
        vs = ["o_track", "o_risk", "o_bronzecomplete"]
        why = "HMICFRS Being progressed (open); 3 split actions, none closed by Gold -> force open"
    elif kind == "S4":
        reqs = list(BWV_PARTS)
        acts = ["BWV policy amended: mandatory recording of all S&S and use of force encounters",
                "Monthly supervisor review of a BWV sample; learning via the S&S bulletin",
                "Scrutiny panel access to BWV footage: information-sharing agreement with the OPCC "
                "panel"]
        vs = ["d_live", "d_live", "o_track"]
        why = ("HMICFRS Complete (closed); force split into 3 actions, ask 3 still open -> item open")
    n = len(reqs)
    for k in range(n):
        sref = f"{ref}{'abcd'[k]}"
        v = vs[k]
        if v == "d_live6":
            pending.append((6, sref, hid, "Closed", "Protocol and panel minutes seen.", "PMO"))
            st = dict(bronze="Complete – evidence with Silver", silver="Assured – recommend closure to Gold",
                      gold="CLOSED – Gold 6 (22/04/2024)", update="Protocol signed 28/03/2024.",
                      target=date(2024, 3, 31), fill=True, sheet="plan", gref="", gdate=None, submitted="")
        else:
            st = state_for(v, theme, sref, hid, log, pending)
            if kind == "S1" and v == "o_risk":
                st["update"] = "AA contract with the local authority being re-let; interim volunteer scheme."
        rows.append(dict(ref=sref, theme=theme, source="HMICFRS", hid=pid if k == 0 else None,
                         report=prep if k == 0 else None, type=ptype if k == 0 else None,
                         req=reqs[k], action=acts[k], lead=rng.choice(leads), st=st,
                         truth=(f"hmicfrs.csv!{0}", cat, why), merge=(n if k == 0 else -1),
                         _hid=hid, _split=(kind, n, reqs[1] is None)))
    # fix hmicfrs row later (needs hm_row); patch via global lookup
    for r in rows:
        r["truth"] = (HM_ROW_LOOKUP(hid), r["truth"][1], r["truth"][2])
    return rows


def HM_ROW_LOOKUP(hid):
    items = sorted(ITEMS, key=lambda it: (REPORTS[it[1]][1], it[0]))
    for i, it in enumerate(items):
        if it[0] == hid:
            return f"hmicfrs.csv!{i + 2}"
    raise KeyError(hid)


# --------------------------------------------------------------------------------------
# Workbook writer
# --------------------------------------------------------------------------------------
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")
BAN_FILL = PatternFill("solid", fgColor="D9E1F2")
GREEN = PatternFill("solid", fgColor="C6EFCE")
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

PLAN_COLS = ["Plan Ref", "Source", "HMICFRS ID", "Report", "Type", "HMICFRS requirement",
             "Action(s) agreed", "Bronze lead", "Target date", "Bronze update (latest)",
             "Bronze status", "Silver assurance", "Gold decision"]
PLAN_W = [9, 12, 11, 22, 8, 70, 45, 24, 12, 50, 26, 30, 34]
CLOSED_COLS = ["Plan Ref", "Theme", "Source", "HMICFRS ID", "Report", "Type", "HMICFRS requirement",
               "Action(s) agreed", "Bronze lead", "Closure evidence", "Gold decision ref",
               "Closed by Gold on", "Submitted to HMICFRS"]
CLOSED_W = [9, 8, 12, 11, 22, 8, 70, 45, 24, 45, 12, 14, 20]
EVIDENCE = [
    "Policy v2.1 published; training completion 94%; audit of 30 cases attached.",
    "Silver assurance note and dip-sample results (n=25) on SharePoint.",
    "Governance minutes and revised SOP; performance data for two quarters.",
    "Evidence pack reference EP-{n:03d} (SharePoint: Gold/Evidence).",
]


def setw(ws, widths):
    from openpyxl.utils import get_column_letter
    for i, wd in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = wd


def write_workbook(live, closed, log):
    wb = Workbook()
    # ---- Read Me ----
    ws = wb.active
    ws.title = "Read Me"
    rm = [
        ("HMICFRS Improvement Plan 2023–25 – READ ME", TITLE),
        (f"{FORCE} · Gold group chaired by the Deputy Chief Constable · OFFICIAL-SENSITIVE", None),
        (None, None),
        ("Purpose", BOLD),
        ("All outstanding HMICFRS causes of concern, recommendations and areas for improvement were folded "
         "into this themed plan at Gold 1 (18/09/2023). Force-originated actions (internal audit, IOPC "
         "learning, Gold actions) sit in the same themes.", None),
        (None, None),
        ("Governance", BOLD),
        ("Gold – DCC (chair), ACC Crime, ACC Local Policing, Director of People, OPCC observer. Meets monthly. "
         "Gold alone decides closure.", None),
        ("Silver – one theme lead per theme (named on each theme row of the plan). Assures Bronze evidence "
         "and recommends closure to Gold.", None),
        ("Bronze – action owner. Updates the plan before each Silver meeting and submits evidence.", None),
        (None, None),
        ("How an action is closed", BOLD),
        ("1. Bronze marks 'Complete – evidence with Silver'. This does NOT close the action.", None),
        ("2. Silver marks 'Assured – recommend closure to Gold'. This does NOT close the action.", None),
        ("3. Gold decides: Closed / Closed – superseded / Closed – not for force to deliver / Not closed – "
         "returned to Bronze / Deferred. The decision is recorded in the 'Gold Decision Log' tab at the "
         "meeting; the PMO copies it to the 'Gold decision' column after the meeting.", None),
        ("4. Actions closed by Gold are moved to the 'Closed by Gold' tab at the next refresh. Until then "
         "they stay on the plan, shaded green.", None),
        ("5. Where one HMICFRS item has several actions, the item is closed only when Gold has closed every "
         "action; split actions stay on the plan until then.", None),
        ("6. After Gold closure the PMO submits the evidence to HMICFRS through the Force Liaison Lead. "
         "HMICFRS's own status is not recorded in this workbook.", None),
        (None, None),
        ("Status key", BOLD),
        ("Bronze status", BOLD),
        ("Not started | On track | At risk | Off track | Complete – evidence with Silver", None),
        ("Silver assurance", BOLD),
        ("Under review | Assured – recommend closure to Gold | Not assured – returned to Bronze", None),
        ("Gold decision", BOLD),
        ("For Gold n (date) | CLOSED – Gold n (date) | Closed – superseded | Closed – not for force to "
         "deliver | Not closed – returned to Bronze | Deferred to Gold n", None),
        (None, None),
        ("Version history", BOLD),
        ("v1.0 18/09/2023 plan agreed (Gold 1) · v3.0 27/11/2023 PEEL 2023/24 AFIs added (Gold 3) · "
         "v7.1 23/05/2024 updated after Gold 7 (part – see Decision Log)", None),
    ]
    for i, (txt, font) in enumerate(rm, start=1):
        c = ws.cell(row=i, column=1, value=txt)
        if font:
            c.font = font
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 130

    # ---- Improvement Plan ----
    ws = wb.create_sheet("Improvement Plan")
    ws.cell(row=1, column=1, value="HMICFRS Improvement Plan 2023–25 (Gold Group)").font = TITLE
    ws.cell(row=2, column=1, value=f"{FORCE} | Gold chair: DCC | v7.1 – updated after Gold 7 "
            "(20/05/2024) | Next Gold: 17/06/2024 | OFFICIAL-SENSITIVE")
    for j, h in enumerate(PLAN_COLS, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font, c.fill, c.alignment, c.border = HDR_FONT, HDR_FILL, WRAP, BOX
    ws.freeze_panes = "C5"
    r = 5
    cur = None
    for e in sorted(live, key=lambda e: (e["theme"], e["ref"])):
        if e["theme"] != cur:
            cur = e["theme"]
            name, silver = THEMES[cur]
            c = ws.cell(row=r, column=1, value=f"{name}   ·   Silver lead: {silver}")
            c.font = BOLD
            for j in range(1, len(PLAN_COLS) + 1):
                ws.cell(row=r, column=j).fill = BAN_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(PLAN_COLS))
            r += 1
        st = e["st"]
        vals = [e["ref"], e["source"], e["hid"], e["report"], e["type"], e["req"], e["action"],
                e["lead"], st["target"], st["update"], st["bronze"], st["silver"], st["gold"]]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=(v if v != "" else None))
            c.alignment, c.border = WRAP, BOX
            if isinstance(v, date):
                c.number_format = "dd/mm/yyyy"
            if st["fill"]:
                c.fill = GREEN
        e["row"] = r
        if e["merge"] > 1:
            n = e["merge"]
            cols = [3, 4, 5]
            if e.get("_split") and e["_split"][2]:
                cols.append(6)
            for col in cols:
                ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Green shading = closed at the latest Gold meeting; moves to 'Closed by "
            "Gold' at the next refresh. Gold decisions are recorded in the 'Gold Decision Log' tab.")
    ws.cell(row=r + 1, column=1, value="Plan refs missing from a theme have been closed by Gold – see "
            "'Closed by Gold'.")
    setw(ws, PLAN_W)

    # ---- Closed by Gold ----
    ws = wb.create_sheet("Closed by Gold")
    ws.cell(row=1, column=1, value="Actions closed by the Gold group").font = TITLE
    ws.cell(row=2, column=1, value="Moved from the live plan after each Gold refresh (PMO only – do not edit). "
            "Latest refresh: after Gold 6.")
    for j, h in enumerate(CLOSED_COLS, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font, c.fill, c.alignment, c.border = HDR_FONT, HDR_FILL, WRAP, BOX
    r = 5
    for e in sorted(closed, key=lambda e: (e["st"]["gdate"], e["ref"])):
        st = e["st"]
        vals = [e["ref"], e["theme"], e["source"], e["hid"], e["report"], e["type"], e["req"], e["action"],
                e["lead"], rng.choice(EVIDENCE).format(n=rng.randint(1, 140)), st["gref"], st["gdate"],
                st["submitted"]]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=(v if v != "" else None))
            c.alignment, c.border = WRAP, BOX
            if isinstance(v, date):
                c.number_format = "dd/mm/yyyy"
        e["row"] = r
        r += 1
    setw(ws, CLOSED_W)

    # ---- Gold Decision Log ----
    ws = wb.create_sheet("Gold Decision Log")
    ws.cell(row=1, column=1, value="Gold Group – Decision Log").font = TITLE
    ws.cell(row=2, column=1, value="Recorded at the meeting by the Gold secretariat. This log is the record "
            "of Gold's decisions.")
    cols = ["Decision No.", "Meeting", "Date", "Plan Ref", "HMICFRS ID", "Decision", "Rationale / evidence seen",
            "Action owner"]
    for j, h in enumerate(cols, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font, c.fill, c.alignment, c.border = HDR_FONT, HDR_FILL, WRAP, BOX
    r = 5
    for (n, no, ref, hid, dec, rat, owner) in log.rows:
        vals = [no, f"Gold {n}", GOLD[n], ref, hid, dec, rat, owner]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment, c.border = WRAP, BOX
            if isinstance(v, date):
                c.number_format = "dd/mm/yyyy"
        r += 1
    setw(ws, [12, 9, 12, 10, 11, 32, 70, 30])

    fixed = datetime(2024, 5, 23, 9, 0, 0)
    wb.properties.creator = "Strategic Planning & Change (PMO)"
    wb.properties.created = fixed
    path = OUT / "tracker.xlsx"
    wb.save(path)
    normalise_zip(path, fixed)


def normalise_zip(path: Path, fixed: datetime):
    """Fixed timestamps inside the xlsx so that the build is byte for byte reproducible."""
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    stamp = fixed.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=fixed.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


if __name__ == "__main__":
    main()
