"""Build the evaluation case `action_rows_per_recommendation`.

Force: Cumbria Constabulary. The force keeps an xlsx ACTION PLAN: each HMICFRS recommendation /
AFI / cause of concern is followed by the force's own actions, one row per action, each with
its own owner, due date, RAG and update. The recommendation text appears once, on the item's
first row (merged vertically over the action rows in some report blocks, first row only with
blank cells below in others). HMICFRS side: the register export as CSV (UTF-8 with BOM).

Run:  /work/main/.venv/bin/python build_action_rows_per_recommendation.py
Rebuilds the case byte for byte (fixed seed, fixed zip timestamps, fixed document dates).
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
from openpyxl.utils import get_column_letter

SEED = 16016
CASE = "action_rows_per_recommendation"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Cumbria Constabulary"
SHEET = "Action Plan"
AS_AT = dt.date(2023, 10, 31)

rng = random.Random(SEED)

# ---------------------------------------------------------------------------------------------
# Real HMICFRS texts (Open Government Licence), copied from the project's text lists
# (/work/main/reconcile/casegen/texts/*.py) and /work/shared/data/real_recommendations.csv.
# ---------------------------------------------------------------------------------------------

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
EVERYONE_RUN_ON = (
    "\n\nThe action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect."
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
    "safeguards in the College of Policing’s Authorised Professional Practice."
)
DIGITAL_FULL = (
    "By September 2018, chief constables should produce an ambitious plan to improve "
    "digitally-enabled services within their force. The Home Office, National Police "
    "Chiefs' Council and Association of Police and Crime Commissioners should "
    "support the development of these plans by establishing a national framework "
    "which allows for the provision of digitally enabled services across force "
    "boundaries."
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
    "To address this cause of concern, HMIC recommends the force should immediately review its "
    "approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
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
CDI_HMICFRS = ("Within three months, the force should put in place arrangements to ensure "
               "that:\n" + "\n".join("• " + b for b in CDI_BULLETS))
# The force's copy drops the last bullet (online reports triaged) and moves the "and".
CDI_FORCE = ("Within three months, the force should put in place arrangements to ensure that:\n"
             "- " + CDI_BULLETS[0] + "\n- " + CDI_BULLETS[1] + "\n- "
             + CDI_BULLETS[2][:-1] + "; and\n- " + CDI_BULLETS[3][:-len("; and")] + ".")
DETENTION_CHILDREN = (
    "Within six months Cumbria Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
DETENTION_CHILDREN_FORCE = (DETENTION_CHILDREN.replace(":• ", ":\n• ").replace(";• ", ";\n• ")
                            .replace("and• ", "and\n• "))

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"

# ---------------------------------------------------------------------------------------------
# HMICFRS register: reports and items
# ---------------------------------------------------------------------------------------------

REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "peel16": ("PEEL: Police effectiveness 2016 – Cumbria Constabulary", dt.date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017 – Cumbria Constabulary",
              dt.date(2017, 9, 14)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018 – Cumbria Constabulary",
               dt.date(2018, 6, 21)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cumbria "
               "Constabulary", dt.date(2022, 7, 26)),
    "custody22": ("Report on an unannounced inspection visit to police custody suites in "
                  "Cumbria", dt.date(2022, 8, 16)),
}

C_COMPLETE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                "Effectiveness inspections. Where a cause of concern still exists this will "
                "appear in the register against these subsequent inspections.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_NEW = "New recommendation"

# id: (report, type, text, status, status date, comment)
H: dict[int, tuple] = {
    1204: ("sas13", REC,
           "Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.",
           "Complete", dt.date(2016, 2, 11), C_COMPLETE),
    1205: ("sas13", REC,
           "Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch "
           "criminals and maintain public trust.",
           "Being progressed", dt.date(2019, 6, 3), C_MONITOR),
    1206: ("sas13", REC,
           "Chief Constables should, in consultation with elected local policing bodies, "
           "ensure that they comply with the code of practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example, young people.",
           "Being progressed", dt.date(2019, 6, 3), C_MONITOR),
    2321: ("everyone", REC, EVERYONE_PLAN, "Complete", dt.date(2017, 8, 22), C_COMPLETE),
    3801: ("austerity", REC,
           "All Chief Constables and PCCs should review their plans to deliver savings to "
           "ensure they are doing all they can to continue to reduce crime and protect the "
           "front line while balancing their budgets. They should use the data and "
           "information contained in this report, and in HMIC's Value for Money profiles, "
           "when conducting their reviews",
           "Being progressed", dt.date(2015, 1, 14), C_MONITOR),
    3804: ("austerity", REC,
           "In preparation for the next spending round period all Chief Constables and PCCs "
           "should review their plans for collaboration. In particular they should consider "
           "whether there is scope to deliver better value for money and improved "
           "capability and capacity through joint working with other forces, the public "
           "and/or the private sector.",
           "Awaiting review", dt.date(2014, 7, 23), C_NEW),
    4822: ("core", REC,
           "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
           "that have not yet done so, should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.",
           "Superseded", dt.date(2017, 3, 2), C_SUPERSEDED),
    4823: ("core", REC,
           "By 31 March 2015 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.",
           "Being progressed", dt.date(2016, 5, 9), C_MONITOR),
    902: ("integrity", REC,
          "By 31 August 2015, all chief constables should satisfy themselves that they have "
          "processes in place to ensure that investigations into misconduct by officers "
          "and staff resulting in “no further action” are fair and free of any form of "
          "discrimination.",
          "Complete", dt.date(2016, 10, 4), C_COMPLETE),
    5110: ("picture", REC,
           "By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through "
           "the force information management governance structure. This should include "
           "measures to ensure that categorisation of records are regularly adjusted.",
           "Being progressed", dt.date(2018, 1, 15), C_MONITOR),
    5301: ("firearms", REC,
           "Within three months, all chief constables should assess how well the governance "
           "of firearms licensing in his or her force meets the standards set out in "
           "Authorised Professional Practice. Chief constables of forces where the "
           "governance standards are not being complied with should put in place "
           "immediately the correct arrangements and procedures in order to meet the "
           "standards in full.",
           "Complete", dt.date(2016, 9, 28), C_COMPLETE),
    5302: ("firearms", REC,
           "Within three months, all chief constables should assess the demand placed on their "
           "firearms licensing department and ensure it has the capacity to meet this demand and "
           "provide an efficient and effective service at all times.",
           "Being progressed", dt.date(2017, 4, 19), C_MONITOR),
    5303: ("firearms", REC,
           "Immediately, all chief constables should satisfy themselves that all appropriate "
           "action is being taken by their force with regard to ‘total expired’ licensing "
           "records.",
           "Complete", dt.date(2018, 5, 14), C_AUTH),
    5304: ("firearms", REC,
           "Within three months, all chief constables should ensure that their arrangements "
           "in respect of the use of temporary permits are in accordance with the Home "
           "Office guidance; that temporary permits are properly recorded without delay on "
           "the National Firearms Licensing Management System; and that effective systems "
           "exist to ensure certificate holders are not permitted, at any time, to remain "
           "in unlawful possession of a firearm.",
           "Being progressed", dt.date(2017, 4, 19), C_MONITOR),
    5305: ("firearms", REC,
           "Within three months, all chief constables should ensure that systems designed "
           "to identify, prior to police attendance, whether a reported incident involves "
           "or is at the address of a firearm certificate holder are in place and are "
           "always applied by staff dispatching officers to incidents; and that officers "
           "understand the risk assessment which they should be undertaking in such "
           "circumstances, and their power, when appropriate, to seize firearms and firearm "
           "certificates.",
           "Being progressed", dt.date(2017, 4, 19), C_MONITOR),
    7010: ("peel16", COC, MISSING_CHILDREN_COC, "Being progressed", dt.date(2018, 3, 22),
           C_MONITOR),
    7011: ("peel16", REC, MISSING_CHILDREN_REC, "Being progressed", dt.date(2018, 3, 22),
           C_MONITOR),
    7012: ("peel16", AFI,
           "The force should improve the supervision of investigations, so that investigation "
           "plans are set, reviewed and recorded and victims receive a consistently good "
           "service.",
           "Superseded", dt.date(2022, 7, 26),
           "Superseded. This area was re-inspected in PEEL 2021/22 and any remaining concern "
           "appears against that report."),
    7013: ("peel16", AFI,
           "The force should make sure it records reports of stalking and harassment accurately "
           "and without delay.",
           "Complete", dt.date(2019, 11, 7), C_COMPLETE),
    7402: ("cdi17", REC, CDI_HMICFRS, "Being progressed", dt.date(2019, 2, 6), C_MONITOR),
    7403: ("cdi17", REC,
           "Within six months the force should improve its use of its crime-recording and "
           "management system to better manage its case files and investigative processes.",
           "Complete", dt.date(2019, 2, 6), C_AUTH),
    7404: ("cdi17", AFI,
           "The force should take steps to ensure it fully complies with national crime "
           "recording standard (NCRS) requirements for offences identified as modern slavery "
           "and human trafficking.",
           "Being progressed", dt.date(2019, 2, 6), C_MONITOR),
    7405: ("cdi17", REC,
           "Immediately, the force should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.",
           "Complete", dt.date(2019, 2, 6), C_COMPLETE),
    8601: ("stolen", REC, SF_LEADERSHIP, "Being progressed", dt.date(2019, 1, 17), C_MONITOR),
    8602: ("stolen", REC,
           "Within six months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
           "and in order to safeguard victims better and to identify suspects as early as "
           "possible",
           "Being progressed", dt.date(2019, 1, 17), C_MONITOR),
    8603: ("stolen", REC,
           "Immediately, forces should ensure that all victims carrying out criminal acts "
           "under compulsion attributable to slavery or exploitation are afforded the "
           "protection of early and continuing consideration of the applicability of the "
           "section 45 defence.",
           "Being progressed", dt.date(2019, 1, 17), C_MONITOR),
    8604: ("stolen", REC,
           "Immediately, forces should take steps to ensure they are fully compliant with the "
           "NRM process as it evolves and are implementing the requirement placed upon them "
           "under the Modern Slavery Act 2015 to notify the Home Office of any individual "
           "suspected to be an adult victim of modern slavery or human trafficking.",
           "Complete", dt.date(2020, 9, 30), C_COMPLETE),
    8605: ("stolen", REC,
           "Immediately, forces should take steps to ensure they fully comply with national "
           "crime recording standard (NCRS) requirements for offences identified as modern "
           "slavery and human trafficking and that sufficient audit capacity is available "
           "to the force crime registrar to provide reassurance that each force is "
           "identifying and managing any gaps in its crime-recording accuracy for these "
           "types of offences.",
           "Complete", dt.date(2021, 12, 8), C_AUTH),
    8606: ("stolen", REC,
           "Immediately, forces should ensure that allegations or indications of modern "
           "slavery and human trafficking are thoroughly investigated and effectively "
           "supervised by teams and individuals with the skills and experience to undertake "
           "them (this should include the use where appropriate of joint intelligence teams "
           "and other means to obtain intelligence and evidence from agencies overseas).",
           "Being progressed", dt.date(2019, 1, 17), C_MONITOR),
    8607: ("stolen", REC,
           "Immediately, forces should review their use of preventative powers under the "
           "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
           "of those deemed to pose a clear threat to others in respect of modern slavery "
           "and human trafficking offences are exploited.",
           "Superseded", dt.date(2022, 3, 1),
           "Superseded. Forces' use of slavery and trafficking prevention orders will be "
           "considered in future PEEL inspections."),
    8651: ("efc17", REC, DIGITAL_FULL, "Being progressed", dt.date(2019, 4, 2), C_MONITOR),
    8541: ("leg17", COC,
           "HMICFRS is concerned that forces are not able to demonstrate that the use of "
           "stop and search powers is consistently reasonable and fair. In particular, "
           "there is over-representation of BAME people, and black people in particular, "
           "in stop and search data which many forces are unable to explain.",
           "Being progressed", dt.date(2019, 4, 2), C_MONITOR),
    8542: ("leg17", REC, SAS_MONITORING_2017, "Being progressed", dt.date(2019, 4, 2),
           C_MONITOR),
    8543: ("leg17", REC,
           "Where forces identify disparities through monitoring, they should demonstrate "
           "to the public that they have:\n"
           "•carried out research and analysis in an attempt to understand the reasons for "
           "the disparity, and •taken action to reduce the disparity, where necessary;",
           "Complete", dt.date(2020, 2, 12), C_COMPLETE),
    8544: ("leg17", REC,
           "We expect forces to publish this analysis and any actions taken at least on an "
           "annual basis, from July 2018.",
           "Complete", dt.date(2020, 2, 12), C_COMPLETE),
    8545: ("leg17", REC,
           "By July 2018, and ongoing following that date, forces should ensure that all "
           "officers who use stop and search powers have been provided with, and "
           "understand, training on unconscious bias and College of Policing APP on stop "
           "and search.",
           "Being progressed", dt.date(2019, 4, 2), C_MONITOR),
    8790: ("ncpi18", REC,
           "Within six months Cumbria Constabulary should take steps to ensure that there is "
           "effective supervision of the initial risk assessment process, specifically in "
           "relation to the completion of DASH risk assessment in appropriate cases. In cases "
           "where a DASH risk assessment is not completed the officer should record an "
           "assessment on the crime management system.",
           "Being progressed", dt.date(2019, 7, 1), C_MONITOR),
    8791: ("ncpi18", REC,
           "Within three months, the force should make sure investigations of child sexual "
           "exploitation are allocated to officers with the right skills and are effectively "
           "supervised.",
           "Complete", dt.date(2020, 1, 20), C_AUTH),
    8792: ("ncpi18", REC,
           "HMICFRS recommends that the force should immediately:review its approach to child "
           "sexual exploitation to make sure victims receive a consistently good service; and",
           "Being progressed", dt.date(2019, 7, 1), C_MONITOR),
    8793: ("ncpi18", AFI,
           "The force should improve how it works with partner organisations to safeguard "
           "people at risk from online child sexual abuse.",
           "Complete", dt.date(2021, 6, 15), C_COMPLETE),
    8794: ("ncpi18", REC, DETENTION_CHILDREN, "Being progressed", dt.date(2019, 7, 1),
           C_MONITOR),
    11020: ("powers", REC,
            "By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict "
            "management and de-escalation.",
            "Being progressed", dt.date(2021, 3, 1), C_NEW),
    11021: ("powers", REC,
            "By July 2021, forces should ensure that communication skills are reinforced as "
            "part of the programme of continuing professional development for officers and "
            "staff, and that supervisors are supported to routinely and frequently debrief "
            "officers on these skills using body-worn video footage.",
            "Being progressed", dt.date(2021, 3, 1), C_NEW),
    11022: ("powers", REC, BWV_2021, "Being progressed", dt.date(2021, 3, 1), C_NEW),
    11023: ("powers", REC,
            "The Home Office and the NPCC should take steps to ensure that the quality of the "
            "data collected on the number of incidents where force has been used to effect a "
            "stop and search is sufficient for publication. The Home Office should publish "
            "this data as soon as possible.",
            "Being progressed", dt.date(2021, 3, 1), C_NEW),
    11024: ("powers", REC,
            "By July 2021, forces should ensure they have effective internal monitoring "
            "processes on the use of force, to help them to identify and understand "
            "disproportionate use, explain the reasons and implement any necessary "
            "improvement action.",
            "Complete", dt.date(2023, 5, 10), C_COMPLETE),
    11840: ("peel22", AFI,
            "The force should make sure there are appropriate strategic oversight arrangements "
            "in place to manage risks, performance and improvement plans effectively.",
            "Being progressed", dt.date(2022, 8, 1), C_MONITOR),
    11841: ("peel22", AFI,
            "The force should make sure the corporate risk register is actively used to "
            "mitigate and manage known risks.",
            "Being progressed", dt.date(2022, 8, 1), C_MONITOR),
    11842: ("peel22", AFI,
            "The force should make sure all processes in place to support performance "
            "management are effective.",
            "Complete", dt.date(2023, 9, 19), C_AUTH),
    11843: ("peel22", AFI,
            "The force should make sure it has access to accurate data and analysis to support "
            "effective performance management.",
            "Being progressed", dt.date(2022, 8, 1), C_MONITOR),
    11844: ("peel22", AFI,
            "The force should put plans in place to monitor, including through the gathering "
            "and analysis of staff feedback, team cultures and provide prompt remedial action "
            "for any issues it identifies.",
            "Being progressed", dt.date(2022, 8, 1), C_MONITOR),
    11845: ("peel22", AFI,
            "The force should specify in succession plans how it intends to improve diversity "
            "across all levels of the force. This should include offering increased "
            "direct-entry opportunities.",
            "Being progressed", dt.date(2022, 8, 1), C_MONITOR),
    11846: ("peel22", AFI,
            "Cumbria Constabulary should make sure it provides a confidential way for staff to "
            "raise concerns and that staff are aware of whistleblowing processes.",
            "Being progressed", dt.date(2022, 8, 1), C_MONITOR),
    11847: ("peel22", AFI,
            "The force should review the support available for those who have raised concerns "
            "and take any action needed to make sure these provisions are suitable.",
            "Awaiting review", dt.date(2022, 7, 27), C_NEW),
    11848: ("peel22", AFI,
            "The force should review how it gathers and uses equality and diversity data to "
            "improve its understanding of its workforce demographics.",
            "Being progressed", dt.date(2022, 8, 1), C_MONITOR),
    11849: ("peel22", AFI,
            "The force should develop a clear prevention strategy targeting people most at "
            "risk and make sure activity undertaken prioritises people most at risk.",
            "Awaiting review", dt.date(2022, 7, 27), C_NEW),
    12111: ("custody22", AFI,
            "The force should ensure it has effective internal monitoring processes on the use "
            "of force, to help it to identify and understand disproportionate use, explain the "
            "reasons and implement any necessary improvement action.",
            "Being progressed", dt.date(2022, 9, 5), C_MONITOR),
    12112: ("custody22", AFI,
            "The force should make sure officers and staff have the training they need to "
            "identify and respond to people with mental ill health.",
            "Being progressed", dt.date(2022, 9, 5), C_MONITOR),
}

# ---------------------------------------------------------------------------------------------
# Force action plan: blocks of items; each item's actions are (action, owner, rag, update)
# ---------------------------------------------------------------------------------------------

G, A, R, CMP = "Green", "Amber", "Red", "Complete"


def item(hid, ref, ftype, text=None, actions=(), *, overall=None, shown_id=None, cat=None,
         why=None):
    """One force item. hid: the HMICFRS id it answers (None: a force-only item)."""
    return dict(hid=hid, ref=ref, ftype=ftype, text=text if text is not None else H[hid][2],
                actions=list(actions), overall=overall, shown_id=shown_id, cat=cat, why=why)


BLOCKS = [
    dict(key="sas13", style="B", num="letters",
         heading="Stop & Search powers (HMIC 2013) – national recommendations – published July "
                 "2013",
         items=[
             item(1204, "Rec 1", "National rec",
                  "Chief Constables & the College of Policing should establish in the S&S APP a "
                  "clear specification of what constitutes the effective & fair exercise of S&S "
                  "powers, and guidance in this respect. This should be compliant with the Code "
                  "of Practice.",
                  [("Adopt College of Policing APP on stop and search into force S&S policy and "
                    "publish on the intranet", "Supt Operational Support", G,
                    "Policy re-issued March 2015 referencing APP.", dt.date(2015, 3, 27))]),
             item(1205, "Rec 2", "National rec", None, [
                 ("Monthly S&S performance data (grounds, outcomes, ethnicity) presented at the "
                  "Stop and Search Board", "ACC Local Policing", G,
                  "Standing agenda item since October 2014.", dt.date(2014, 10, 14)),
                 ("Sergeants to dip-sample 10 S&S records a month and record the grounds check "
                  "on Niche", "Ch Supt Territorial Policing", CMP,
                  "Embedded in supervisory framework. Audit January 2023 showed 94% "
                  "compliance."),
             ]),
             item(1206, "Rec 3", "National rec", None, [
                 ("Publish S&S data by district on the force website every quarter",
                  "Head of Corporate Communications", G, "Quarterly publication live."),
                 ("Set up an independent community scrutiny panel for S&S records",
                  "ACC Local Policing", G, "Panel meets quarterly, chaired by an IAG member."),
                 ("Recruit young people to the scrutiny panel (youth IAG and Cumbria Youth "
                  "Council)", "Supt Partnerships", A,
                  "Two youth members recruited; further recruitment through the colleges "
                  "planned for the spring term."),
             ]),
         ]),
    dict(key="everyone", style="B", num="dotted",
         heading="Everyone's Business (DA) 2014 – HMIC national report, March 2014",
         items=[
             item(2321, "Rec 1", "National rec",
                  EVERYONE_PLAN.replace("; and 20\n", "; and\n") + EVERYONE_RUN_ON, [
                      ("Publish the DA action plan after consultation with the PCC, support "
                       "services and victims' representatives", "Ch Supt Public Protection", G,
                       "Published on the force website September 2014.",
                       dt.date(2014, 9, 26)),
                      ("Map DHR and IPCC learning into the DA action plan",
                       "DCI Public Protection Unit", G,
                       "DHR learning log maintained by PPU."),
                      ("Annual refresh of the DA action plan, progress reported to the PCC "
                       "Executive Board", "Ch Supt Public Protection", A,
                       "2023/24 refresh in draft; to Executive Board in January."),
                  ]),
         ]),
    dict(key="core", style="B", num="letters",
         heading="Core Business (HMIC, September 2014)",
         items=[
             item(4822, "Rec 1", "National rec", None, [
                 ("Introduce THRIVE assessment criteria into command and control for all call "
                  "handlers", "Supt Contact Centre", G, None),
                 ("THRIVE refresher for all Control Room staff with an annual competency check",
                  "Head of Learning & Development", A,
                  "Refresher module being rewritten after the move to the new command and "
                  "control system."),
             ]),
             item(4823, "Rec 2", "National rec", None, [
                 ("Record prevention and disruption tactics on Niche (prevention activity "
                  "occurrence) and evaluate them quarterly at Tasking",
                  "Supt Neighbourhood Policing", G,
                  "Evaluation reported to Force Tasking each quarter since 2016."),
             ]),
         ]),
    dict(key="integrity", style="B", num="letters",
         heading="Integrity Matters 2015",
         items=[
             item(902, "Rec 1", "National rec", None, [
                 ("PSD to review all misconduct cases closed NFA in the last 12 months for "
                  "fairness and disproportionality", "Head of Professional Standards", G, None),
                 ("Add protected characteristics monitoring to the PSD case system and report "
                  "annually to the Ethics Committee", "Head of Professional Standards", G, None),
             ]),
         ]),
    dict(key="picture", style="B", num="letters",
         heading="Building the Picture – information management (HMIC July 2015)",
         items=[
             item(5110, "Rec 1", "National rec", None, [
                 ("Information Management Board to receive quarterly audits of MoPI "
                  "compliance, including review and re-categorisation of records",
                  "Head of Information Management", A,
                  "Audit schedule agreed; backlog of Group 3 reviews still being worked "
                  "through."),
             ]),
         ]),
    dict(key="firearms", style="B", num="letters",
         heading="Targeting the Risk (Firearms Licensing) 2015",
         items=[
             item(5301, "Rec 1", "National rec", None, [
                 ("Self-assessment of firearms licensing governance against APP",
                  "Supt Firearms Licensing", G, None),
                 ("Firearms Licensing Governance Board set up, chaired by ACC Crime",
                  "ACC Crime", G, None),
             ]),
             item(5302, "Rec 2", "National rec", None, [
                 ("Demand analysis of grants, renewals and variations",
                  "Supt Firearms Licensing", G, None),
                 ("Business case for two additional Firearms Enquiry Officers",
                  "Director of Finance", G, "Posts filled April 2016.", dt.date(2016, 4, 29)),
                 ("Monthly backlog report to the Governance Board", "Supt Firearms Licensing",
                  G, None),
             ]),
             item(5303, "Rec 3", "National rec", None, [
                 ("Review all 'total expired' records on NFLMS; recover or dispose of firearms "
                  "where appropriate", "Supt Firearms Licensing", A,
                  "212 of 260 records reviewed; remainder allocated to enquiry officers."),
             ]),
             item(5304, "Rec 4", "National rec", None, [
                 ("Rewrite the temporary permit procedure in line with HO guidance",
                  "Supt Firearms Licensing", G, None),
                 ("Quarterly audit of temporary permits recorded on NFLMS",
                  "Firearms Licensing Manager", A,
                  "First audit found 3 permits recorded late; process change being trialled."),
             ]),
             item(5305, "Rec 5", "National rec", None, [
                 ("Add an NFLMS certificate-holder check to the Control Room dispatch "
                  "procedure", "Supt Contact Centre", CMP, None),
                 ("Brief response officers on the risk assessment and their power to seize "
                  "firearms and certificates", "Head of Learning & Development", A,
                  "To be included in officer safety training from January 2024."),
             ]),
         ]),
    dict(key="peel16", style="B", num="dotted",
         heading="PEEL Effectiveness 2016 – Cumbria (report published 2 March 2017)",
         items=[
             item(7010, "CoC 1", "Cause for concern", None, [
                 ("Delivered through the actions against Rec 1 below (2.1 – 2.3); progress "
                  "reported to the Vulnerability Board", "Ch Supt Public Protection", A,
                  "Cause for concern stays open until the HMICFRS revisit."),
             ]),
             item(7011, "Rec 1", "Recommendation", None, [
                 ("Training package on the missing / absent categories for all Control Room "
                  "call takers", "Supt Contact Centre", G, None),
                 ("CSE risk factors input for call takers and frontline officers (e-learning "
                  "plus face to face)", "Head of Learning & Development", G, None),
                 ("Missing person supervision checklist with Duty Inspector review at 24 hours",
                  "Ch Supt Public Protection", G, None),
             ]),
             item(7012, "AFI 1", "AFI", None, [
                 ("Investigation plan template made mandatory on Niche for all crimes allocated "
                  "to CID and Safer Neighbourhood Teams", "Det Ch Supt Force CID", G, None),
                 ("Quarterly supervision dip sample by the Crime Standards team",
                  "Det Ch Supt Force CID", A,
                  "Q2 sample: 71% of plans reviewed within 28 days against a target of 85%."),
             ]),
             item(7013, "AFI 2", "AFI", None, [
                 ("Stalking and harassment recording guidance issued; FCR audit",
                  "Force Crime Registrar", G, None),
             ]),
             item(None, "AFI 3", "AFI",
                  "The force should improve its understanding of the nature and scale of modern "
                  "slavery and human trafficking in its area.", [
                      ("MSHT problem profile commissioned from the Force Intelligence Bureau",
                       "Head of Intelligence", A, "Draft profile due December."),
                  ], cat="not_on_hmicfrs_list",
                  why="AFI tracked under PEEL Effectiveness 2016 but not on the HMICFRS "
                      "register export (no register item has this text); query with HMICFRS."),
         ]),
    dict(key="cdi17", style="B", num="dotted",
         heading="Crime Data Integrity 2017 – Cumbria",
         items=[
             item(7402, "Rec 1", "Recommendation", CDI_FORCE, [
                 ("'Victims are believed' briefing and NCRS input to all call handlers",
                  "Force Crime Registrar", G, None),
                 ("Incident log summary standards set; QA by Control Room supervisors",
                  "Supt Contact Centre", G, None),
                 ("Multiple crimes – additional recording checks by the Crime Management Unit",
                  "Force Crime Registrar", A,
                  "Monthly audit: 88% compliance, target 95%."),
                 ("Stop awaiting medical results / ABE interviews before recording – crime "
                  "recording policy amended", "Det Ch Supt Force CID", G, None),
             ]),
             item(7403, "Rec 2", "Recommendation", None, [
                 ("Niche case file workflow review", "Head of Criminal Justice", G, None),
                 ("Niche investigation management training for sergeants",
                  "Head of Learning & Development", G, None),
             ]),
             item(7404, "AFI 1", "AFI",
                  "The force should take steps to ensure it fully complies with NCRS "
                  "requirements for offences identified as MSHT.", [
                      ("FCR audit of MSHT-flagged incidents; recording guidance re-issued",
                       "Force Crime Registrar", G, None),
                  ]),
             item(7405, "Rec 3", "Recommendation", None, [
                 ("THRIVE+ criteria embedded in call handling", "Supt Contact Centre", G, None),
                 ("Call handling QA framework to include THRIVE+ compliance",
                  "Supt Contact Centre", G, None),
             ]),
         ]),
    dict(key="stolen", style="A", num="letters",
         heading="Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
                 "published 24 October 2017",
         items=[
             item(8601, "Rec 1", "National rec", None, [
                 ("MSHT strategic lead (Det Supt) appointed and MSHT governance board set up",
                  "ACC Crime", G, None),
                 ("All MSHT incidents allocated through the Daily Management Meeting to trained "
                  "investigators", "Det Ch Supt Force CID", G, None),
                 ("MSHT partnership network with the local authorities, GLAA and NGOs",
                  "Supt Partnerships", G, None),
                 ("MSHT performance and QA measures added to the monthly Force Performance pack",
                  "Head of Corporate Development", A,
                  "Measures agreed; QA dip sample starts Q4. OLB (Sept 23) accepted the "
                  "position as sufficient to submit for closure."),
             ], overall="Submitted for closure", shown_id="8601"),
             item(8602, "Rec 2", "National rec",
                  "Within twelve months, forces should have in place active information-sharing "
                  "agreements with other agencies to facilitate speedy exchange of intelligence "
                  "and in order to safeguard victims better and to identify suspects as early "
                  "as possible.", [
                      ("Information sharing agreement with Cumbria County Council and the GLAA",
                       "Head of Intelligence", G, None),
                      ("Add MSHT to the MASH information sharing protocol",
                       "Ch Supt Public Protection", A,
                       "Protocol revision with the MASH partners' legal teams."),
                  ], overall="In progress", shown_id="8602"),
             item(8604, "Rec 4", "National rec", None, [
                 ("NRM / Duty to Notify guidance and e-learning for first responders",
                  "Head of Learning & Development", G, None),
                 ("NRM referrals monitored by the MSHT SPOC", "Head of Intelligence", G, None),
             ], overall="Complete", shown_id="8604"),
             item(8605, "Rec 5", "National rec", None, [
                 ("FCR audit of MSHT crime recording", "Force Crime Registrar", G, None),
                 ("Additional audit capacity for the FCR (one auditor post)",
                  "Director of People", A, "Post advertised twice; not yet filled."),
             ], overall="In progress", shown_id="8605"),
             item(8606, "Rec 6", "National rec", None, [
                 ("MSHT investigations allocated to Major Crime / SOC teams",
                  "Det Ch Supt Force CID", G, None),
                 ("Joint intelligence working with the NCA and overseas agencies through the "
                  "ROCU", "Head of Intelligence", G, None),
                 ("MSHT investigation supervision checklist on Niche",
                  "Det Ch Supt Force CID", G, None),
             ], overall="In progress – effectiveness review at MSHT Board Mar 24",
                 shown_id="8606"),
             item(8607, "Rec 7", "National rec", None, [
                 ("Review use of STPOs / STROs; Legal Services SPOC to advise investigators",
                  "Head of Criminal Justice", G, None),
             ], overall="Complete", shown_id="8607"),
             item(None, "L1", "Local action",
                  "JAC action: Internal audit of the modern slavery and human trafficking "
                  "governance arrangements (audit plan 2023/24)", [
                      ("Internal audit fieldwork and report to JAC",
                       "Head of Corporate Development", A, "Fieldwork booked for November."),
                  ], overall="In progress", cat="not_on_hmicfrs_list",
                  why="Local action added by the Joint Audit Committee inside the Stolen "
                      "Freedom block; not an HMICFRS item."),
         ]),
    dict(key="efc17", style="B", num="letters",
         heading="PEEL Efficiency 17 (all forces)",
         items=[
             item(8651, "Rec 1", "National rec", None, [
                 ("Digital Policing Strategy 2018–2021 approved by the Chief Officer Group",
                  "Head of Corporate Development", G, None),
                 ("Deliver Single Online Home and online crime reporting, then online case "
                  "updates", "Head of Corporate Development", A,
                  "Phase 2 (online case updates) moved to 2024 because of the national platform "
                  "delay."),
             ]),
         ]),
    dict(key="leg17", style="B", num="dotted",
         heading="PEEL Legit 17 S&S – national recommendations (December 2017)",
         items=[
             item(8541, "CoC 1", "Cause of concern", None, [
                 ("See Recs 1–4 below. Disproportionality report to the Stop and Search Board "
                  "each quarter", "ACC Local Policing", A,
                  "Black people 4.1 times more likely to be searched (Q2); explanation work with "
                  "the University of Cumbria."),
             ]),
             item(8542, "Rec 1", "National rec", None, [
                 ("Monthly S&S dashboard with disproportionality by ethnic group",
                  "Head of Corporate Development", G, None),
                 ("Find rates by ethnicity and search type (incl. drug possession / supply) "
                  "added to the dashboard", "Head of Corporate Development", G, None),
                 ("Analysis of possession-only drug searches against force priorities",
                  "Head of Intelligence", A, "Analyst allocated; report to S&S Board in "
                  "January."),
             ]),
             item(8543, "Rec 2", "National rec", None, [
                 ("Research into the disparity commissioned", "ACC Local Policing", G, None),
                 ("Disparity action plan agreed by the Stop and Search Board",
                  "ACC Local Policing", G, None),
             ]),
             item(8544, "Rec 3", "National rec", None, [
                 ("Annual S&S disproportionality analysis and actions published on the force "
                  "website", "Head of Corporate Communications", A,
                  "2022 report published; 2023 analysis in draft."),
             ]),
             item(8545, "Rec 4", "National rec", None, [
                 ("Unconscious bias training for all S&S-trained officers",
                  "Head of Learning & Development", G, None),
                 ("College of Policing S&S APP e-learning mandated; completion monitored",
                  "Head of Learning & Development", CMP, "98% completion (Sept 23)."),
             ]),
             item(11022, "Rec 5", "National rec", None, [
                 ("BWV policy amended: record the whole S&S encounter, traffic stops and use "
                  "of force", "ACC Local Policing", G, None),
                 ("Monthly supervisory review of a sample of BWV footage; learning shared in the "
                  "PSD bulletin", "Ch Supt Territorial Policing", A,
                  "Sampling running in two of three districts."),
                 ("Scrutiny panel access to BWV footage under the APP safeguards",
                  "Supt Partnerships", G, None),
             ]),
         ]),
    dict(key="ncpi18", style="B", num="action",
         heading="National Child Protection Inspection 2018 – Cumbria (published June 2018)",
         items=[
             item(8790, "AFI 1", "AFI", None, [
                 ("DASH supervisory review within 24 hours made mandatory on PPU referrals",
                  "Ch Supt Public Protection", G, None),
                 ("Audit of DASH supervision compliance", "Ch Supt Public Protection", A,
                  "Audit started October."),
             ]),
             item(8791, "Rec 1", "Recommendation", None, [
                 ("CSE investigations allocated to the CSE team in Public Protection",
                  "Ch Supt Public Protection", G, None),
                 ("Supervisory review of CSE investigations at 7 and 28 days",
                  "Ch Supt Public Protection", G, None),
             ]),
             item(8792, "Rec 2", "Recommendation",
                  "The force should immediately review its approach to CSE to make sure victims "
                  "receive a consistently good service.", [
                      ("Review of the CSE victim care pathway with children's services",
                       "Ch Supt Public Protection", A,
                       "Joint review with the Safeguarding Partnership due to report March."),
                  ]),
             item(8793, "AFI 2", "AFI", None, [
                 ("Joint protocol on online CSA with the Cumbria Safeguarding Children "
                  "Partnership", "Ch Supt Public Protection", G, None),
                 ("POLIT capacity review", "Det Ch Supt Force CID", A,
                  "Review complete; growth bid in 2024/25 budget."),
                 ("Schools programme on online safety", "Supt Partnerships", R,
                  "Funding bid unsuccessful; alternative funding being sought."),
             ]),
             item(8794, "Rec 3", "Recommendation", DETENTION_CHILDREN_FORCE, [
                 ("Custody Inspector authority required to detain a child beyond 6 hours",
                  "Ch Insp Custody", G, None),
                 ("Concordat on children in custody agreed with children's services",
                  "Ch Insp Custody", G, None),
                 ("Custody record audit of actions and decisions for detained children",
                  "Ch Insp Custody", G, None),
                 ("Appropriate adult scheme: out-of-hours cover with the local authority",
                  "Ch Insp Custody", A, "Out-of-hours rota gap at weekends still being "
                  "addressed."),
             ]),
         ]),
    dict(key="powers", style="A", num="letters",
         heading="Police powers spotlight (Feb 21) – Disproportionate use of police powers",
         items=[
             item(11020, "Rec 1", "National rec", None, [
                 ("Communication skills module (NPCC conflict management guidelines) added to "
                  "officer safety training", "Head of Learning & Development", G, None),
                 ("Deliver to all frontline officers by July 2022",
                  "Head of Learning & Development", G, None),
             ], overall="Complete", shown_id="11020"),
             item(11021, "Rec 2", "National rec", None, [
                 ("Communication skills added to the annual CPD plan",
                  "Head of Learning & Development", G, None),
                 ("Supervisor BWV debrief guide and training", "Ch Supt Territorial Policing",
                  A, "Guide drafted; training from January."),
             ], overall="In progress", shown_id="11021"),
             item(11024, "Rec 5", "National rec", None, [
                 ("Use of force dashboard including ethnicity", "Head of Corporate Development",
                  G, None),
                 ("Use of Force Scrutiny Panel to review disproportionality quarterly",
                  "Supt Partnerships", A, "Panel terms of reference to be agreed."),
             ], overall="In progress", shown_id="11024"),
         ]),
    dict(key="peel22", style="A", num="action",
         heading="PEEL 2021/22 – Cumbria Constabulary (published 26 July 2022) – 10 areas for "
                 "improvement",
         items=[
             item(11840, "AFI 1", "AFI", None, [
                 ("Strategic Performance Board replaces the Force Performance Group",
                  "DCC", G, None),
                 ("Single improvement plan tracker owned by the Strategic Development Unit",
                  "Head of Corporate Development", G, None),
             ], overall="Submitted for closure", shown_id="11840"),
             item(11841, "AFI 2", "AFI", None, [
                 ("Corporate risk register reviewed at every Chief Officer Group",
                  "DCC", G, None),
                 ("Risk management training for risk owners", "Head of Corporate Development",
                  A, "Two of four sessions delivered."),
             ], overall="In progress", shown_id="11841"),
             item(11842, "AFI 3", "AFI", None, [
                 ("Performance framework refresh", "Head of Corporate Development", A,
                  "Framework out for consultation."),
                 ("District performance meetings aligned to the framework",
                  "ACC Local Policing", A, None),
                 ("Performance analyst posts restructured", "Director of People", G, None),
             ], overall="In progress", shown_id="11842"),
             item(11843, "AFI 4", "AFI", None, [
                 ("Data quality improvement plan (Niche and STORM)",
                  "Head of Information Management", A,
                  "Data quality team recruited; plan to the Information Management Board."),
             ], overall="In progress", shown_id="11834"),
             item(11844, "AFI 5", "AFI", None, [], overall="Not started", shown_id="11844"),
             item(11845, "AFI 6", "AFI", None, [
                 ("Succession plans for Ch Insp and above to include diversity targets",
                  "Director of People", G, None),
                 ("Direct entry inspector and detective constable schemes",
                  "Director of People", A, "Direct entry detective cohort starts April."),
             ], overall="In progress", shown_id="11845"),
             item(11846, "AFI 7", "AFI", None, [
                 ("Confidential reporting line relaunched with an intranet campaign",
                  "Head of Professional Standards", G, None),
             ], overall="Complete", shown_id="11846"),
             item(11848, "AFI 8", "AFI", None, [
                 ("Self-declaration campaign for equality data on the HR system",
                  "Director of People", A, "Declaration rate 61%."),
                 ("Workforce diversity dashboard", "Director of People", A, None),
             ], overall="In progress", shown_id="11848"),
             item(11849, "AFI 9", "AFI", None, [
                 ("TBC", "ACC Local Policing", None, None),
             ], overall="Not started", shown_id="11849"),
         ]),
    dict(key="custody22", style="B", num="letters",
         heading="Custody inspection 2022 (HMICFRS / HMIP unannounced visit, published August "
                 "2022)",
         items=[
             item(12111, "AFI 1", "AFI", None, []),
             item(12112, "AFI 2", "AFI", None, [
                 ("Mental health awareness training for custody detention officers",
                  "Ch Insp Custody", G, None),
                 ("Mental health practitioner cover in custody reviewed with the NHS trust",
                  "Ch Insp Custody", G, None),
             ]),
         ]),
    dict(key=None, style="B", num="dotted",
         heading="Force-identified improvement actions (not from HMICFRS reports)",
         items=[
             item(None, "L1", "Local action",
                  "Internal audit action: Internal audit of the firearms licensing governance "
                  "arrangements (audit plan 2023/24)", [
                      ("Audit fieldwork (TIAA)", "Supt Firearms Licensing", G, None),
                      ("Implement the audit's management actions", "Supt Firearms Licensing", A,
                       "3 of 5 management actions complete."),
                  ], cat="not_on_hmicfrs_list",
                  why="Force's own internal-audit action; not an HMICFRS item."),
             item(None, "L2", "Local action",
                  "Force improvement plan: Review the road harm demand profile as part of the "
                  "force management statement", [
                      ("Road harm demand profile for FMS 2024", "Head of Corporate Development",
                       A, None),
                  ], cat="not_on_hmicfrs_list",
                  why="Force's own improvement-plan action; not an HMICFRS item."),
         ]),
]

# No-action items in style B: the custody AFI row carries an owner and a note but no action.
NO_ACTION_NOTES = {
    12111: ("TBC", "Actions to be agreed at the Custody Board (November)."),
    11844: ("Director of People", None),
}

FORCE_DONE_OVERALL = {"Complete", "Submitted for closure"}
ACTION_DONE = {G, CMP}
HMICFRS_CLOSED = {"Complete", "Superseded"}

# Conflicts: why the facts disagree
CONFLICT_WHY = {
    7402: "Force copy of the recommendation drops the fifth bullet (online reports triaged at "
          "the point of receipt); its four actions cover four bullets only. Missing bullet.",
    8602: "Timescale differs: HMICFRS 'Within six months', force text 'Within twelve months'.",
    8790: "Type differs: HMICFRS Recommendation, force records it as AFI 1.",
    11022: "Report differs: Police powers spotlight 2021 item filed by the force under the PEEL "
           "Legitimacy 2017 national block (as Rec 5).",
    11843: "Reference differs: force HMICFRS ID 11834 (digits transposed) for register item "
           "11843; text, report and type agree.",
}
MISSING_WHY = {
    3801: "Policing in austerity 2014: the force has no block or row for this report.",
    3804: "Policing in austerity 2014: the force has no block or row for this report.",
    8603: "Stolen Freedom section 45 defence recommendation (Rec 3) not in the force's Stolen "
          "Freedom block (it jumps from Rec 2 to Rec 4).",
    11023: "Police powers recommendation addressed to the Home Office and NPCC; on the force's "
           "register but the force did not track it.",
    11847: "PEEL 2021/22 AFI on support for those who raised concerns is not in the force's "
           "block (heading says 10 AFIs, 9 tracked).",
}


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------

def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


GREEN_UPDATES = [
    "Complete – evidence held on the OLB SharePoint.",
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Complete. Signed off at Organisational Learning Board.",
    "Embedded as business as usual.",
    None,
    None,
]
OPEN_DUE_TEXT = ["Q4 2023/24", "Mar-24", "BAU", "Next inspection"]


def action_dates(pub: dt.date, rag, done=None):
    """(due, completed) for one action; due may be a date or free text."""
    if rag in ACTION_DONE:
        offset = rng.randint(60, 700)
        if done is None:
            done = pub + dt.timedelta(days=offset)
        cap = dt.date(2023, 10, 20)
        if done > cap:
            done = max(pub + dt.timedelta(days=30), cap - dt.timedelta(days=rng.randint(0, 120)))
        due = month_end(done + dt.timedelta(days=rng.randint(-20, 70)))
        return due, done
    if rag is None:
        return None, None
    if rng.random() < 0.2:
        return rng.choice(OPEN_DUE_TEXT), None
    if rag == R:
        return month_end(dt.date(2023, rng.randint(3, 9), 1)), None
    y, m = rng.choice([(2023, 11), (2023, 12), (2024, 1), (2024, 3), (2024, 3), (2024, 6)])
    return month_end(dt.date(y, m, 1)), None


def action_no(num: str, k: int, j: int) -> str:
    if num == "letters":
        return "abcdefgh"[j]
    if num == "dotted":
        return f"{k}.{j + 1}"
    return f"Action {k}.{j + 1}"


# ---------------------------------------------------------------------------------------------
# Build the force workbook
# ---------------------------------------------------------------------------------------------

HEADERS = ["Ref", "HMICFRS ID", "Type", "Recommendation / AFI", "Overall status", "Action No.",
           "Action", "Action owner", "Due date", "RAG", "Progress update", "Date completed"]
WIDTHS = [8, 11, 16, 70, 18, 10, 55, 28, 12, 10, 50, 14]

FILL = {
    G: "FF92D050", CMP: "FF92D050", A: "FFFFC000", R: "FFFF0000",
    "Complete": "FF92D050", "Submitted for closure": "FF00B0F0", "In progress": "FFFFC000",
    "Not started": "FFFF0000",
}
THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(rgb):
    return PatternFill("solid", start_color=rgb, end_color=rgb)


def build_force(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for i, w in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = f"{FORCE} – HMICFRS Inspection Recommendations: Force Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Maintained by the Strategic Development Unit (SDU). Version 7.3 – position as at "
                "31 October 2023. OFFICIAL – SENSITIVE")
    ws["A2"].font = Font(italic=True)
    ws["A3"] = ("Each recommendation / AFI is followed by the actions agreed to deliver it, one row "
                "per action. Overall status is recorded for items reviewed at the Organisational "
                "Learning Board; where it is blank, see the RAG of each action.")
    # row 4 blank
    hr = 5
    for c, h in enumerate(HEADERS, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    ws.freeze_panes = "A6"

    r = hr + 1
    rows = []  # (force_row, item dict, hid)
    blank_after = {"integrity", "firearms", "stolen", "ncpi18", "peel22", "custody22"}
    for block in BLOCKS:
        pub = REPORTS[block["key"]][1] if block["key"] else dt.date(2023, 4, 1)
        ws.cell(row=r, column=1, value=block["heading"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(HEADERS))
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("FFD9E1F2")
        r += 1
        for k, it in enumerate(block["items"], 1):
            acts = it["actions"]
            first = r
            n = max(1, len(acts))
            ws.cell(row=first, column=1, value=it["ref"])
            if it["shown_id"]:
                ws.cell(row=first, column=2, value=int(it["shown_id"]))
            ws.cell(row=first, column=3, value=it["ftype"])
            ws.cell(row=first, column=4, value=it["text"])
            if it["overall"]:
                oc = ws.cell(row=first, column=5, value=it["overall"])
                key = it["overall"].split(" – ")[0]
                if key in FILL:
                    oc.fill = fill(FILL[key])
            if not acts:
                owner, note = NO_ACTION_NOTES.get(it["hid"], (None, None))
                ws.cell(row=first, column=8, value=owner)
                ws.cell(row=first, column=11, value=note)
            ipub = REPORTS[H[it["hid"]][0]][1] if it["hid"] else pub
            for j, act in enumerate(acts):
                text, owner, rag, upd = act[:4]
                fixed_done = act[4] if len(act) > 4 else None
                row = first + j
                if text != "TBC":
                    ws.cell(row=row, column=6, value=action_no(block["num"], k, j))
                ws.cell(row=row, column=7, value=text)
                ws.cell(row=row, column=8, value=owner)
                due, done = action_dates(ipub, rag, fixed_done)
                dc = ws.cell(row=row, column=9, value=due)
                if isinstance(due, dt.date):
                    dc.number_format = "dd/mm/yyyy"
                if rag:
                    rc = ws.cell(row=row, column=10, value=rag)
                    rc.fill = fill(FILL[rag])
                if upd is None and rag in ACTION_DONE:
                    upd = rng.choice(GREEN_UPDATES)
                ws.cell(row=row, column=11, value=upd)
                if done:
                    cc = ws.cell(row=row, column=12, value=done)
                    cc.number_format = "dd/mm/yyyy"
            for row in range(first, first + n):
                for c in range(1, len(HEADERS) + 1):
                    ws.cell(row=row, column=c).alignment = WRAP
                    ws.cell(row=row, column=c).border = BORDER
                rows.append((row, it))
            if block["style"] == "A" and n > 1:
                for c in range(1, 6):
                    ws.merge_cells(start_row=first, start_column=c, end_row=first + n - 1,
                                   end_column=c)
            r = first + n
        if block["key"] in blank_after:
            r += 1
    # legend below the plan
    r += 1
    ws.cell(row=r, column=1, value="RAG key (actions): Green / Complete – action delivered; "
                                   "Amber – in progress, on track; Red – off track or past due "
                                   "date.").font = Font(italic=True)
    ws.cell(row=r + 1, column=1,
            value="Overall status: Submitted for closure – evidence sent to HMICFRS; Complete – "
                  "signed off by OLB; In progress / Not started – open.").font = Font(italic=True)

    hist = wb.create_sheet("Version history")
    hist.append(["Version", "Date", "Updated by", "Changes"])
    for v in [("7.0", dt.date(2023, 4, 3), "SDU", "PEEL 2021/22 actions added after OLB"),
              ("7.1", dt.date(2023, 6, 12), "SDU", "Q1 updates from leads"),
              ("7.2", dt.date(2023, 9, 18), "SDU", "OLB decisions: Stolen Freedom Rec 1 and "
                                                   "PEEL AFI 1 submitted for closure"),
              ("7.3", dt.date(2023, 10, 31), "SDU", "Q2 updates; JAC local actions added")]:
        hist.append(list(v))
        hist.cell(row=hist.max_row, column=2).number_format = "dd/mm/yyyy"
    for c, w in zip("ABCD", (9, 12, 12, 70)):
        hist.column_dimensions[c].width = w

    fixed = dt.datetime(2023, 10, 31, 16, 5, 0)
    wb.properties.creator = "Strategic Development Unit"
    wb.properties.created = dt.datetime(2019, 2, 4, 9, 30, 0)
    wb.save(path)
    normalise_zip(path, fixed)
    return rows


def normalise_zip(path: Path, when: dt.datetime):
    """Fixed zip timestamps and document dates, so the file rebuilds byte for byte."""
    src = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(src))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# HMICFRS CSV
# ---------------------------------------------------------------------------------------------

H_HEADERS = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
             "Recommendation", "Status", "Status date", "Latest comment"]


def build_hmicfrs(path: Path):
    order = sorted(H, key=lambda i: (REPORTS[H[i][0]][1], i))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(H_HEADERS)
    rowof = {}
    for n, hid in enumerate(order, start=2):
        rep, typ, text, status, sdate, comment = H[hid]
        title, pub = REPORTS[rep]
        w.writerow([hid, FORCE, title, ordinal(pub), typ, text, status, ordinal(sdate), comment])
        rowof[hid] = n
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return order, rowof


# ---------------------------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------------------------

def force_done(it) -> bool:
    if it["overall"]:
        return it["overall"] in FORCE_DONE_OVERALL
    acts = it["actions"]
    return bool(acts) and all(a[2] in ACTION_DONE for a in acts)


def status_why(it, hid) -> str:
    hs = H[hid][3]
    acts = it["actions"]
    if it["overall"]:
        fs = f"force Overall status '{it['overall']}'"
        rags = [a[2] for a in acts if a[2]]
        if it["overall"] in FORCE_DONE_OVERALL and any(x not in ACTION_DONE for x in rags):
            fs += " (governs over the open action RAG)"
        if it["overall"] not in FORCE_DONE_OVERALL and rags and all(x in ACTION_DONE for x in rags):
            fs += " (open although every action is Green)"
    elif not acts:
        fs = "force has no actions written yet (open)"
    else:
        rags = [a[2] for a in acts]
        done = all(x in ACTION_DONE for x in rags)
        fs = (f"no overall status; {len(rags)} action(s) " + "/".join(rags) + " -> "
              + ("done" if done else "open"))
    return f"HMICFRS '{hs}'; {fs}"


def classify(it, hid):
    closed = H[hid][3] in HMICFRS_CLOSED
    done = force_done(it)
    if hid in CONFLICT_WHY:
        return "conflict", CONFLICT_WHY[hid] + " " + status_why(it, hid)
    if not closed and done:
        return "closeable_submit", status_why(it, hid)
    if closed and not done:
        return "closeable_local", status_why(it, hid)
    return "in_sync", status_why(it, hid)


def build_truth(path: Path, rows, order, rowof):
    by_hid: dict[int, list] = {}
    force_only = []
    for row, it in rows:
        if it["hid"] is None:
            force_only.append((row, it))
        else:
            by_hid.setdefault(it["hid"], []).append((row, it))
    lines = []
    for hid in order:
        hr = f"hmicfrs.csv!{rowof[hid]}"
        if hid not in by_hid:
            lines.append((hr, "", "missing_from_force", MISSING_WHY[hid]))
            continue
        frows = by_hid[hid]
        cat, why = classify(frows[0][1], hid)
        n = len(frows)
        for j, (row, it) in enumerate(frows):
            extra = f" Force row {j + 1} of {n} for {it['ref']}." if n > 1 else ""
            lines.append((hr, f"{SHEET}!{row}", cat, why + "." + extra))
    for row, it in force_only:
        lines.append(("", f"{SHEET}!{row}", it["cat"], it["why"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return lines


README = """# Case `action_rows_per_recommendation` (round 16)

Force: **Cumbria Constabulary** (synthetic data; real public HMICFRS texts, Open Government
Licence). Seed `16016`; `build_action_rows_per_recommendation.py` rebuilds every file byte for
byte (`/work/main/.venv/bin/python build_action_rows_per_recommendation.py`).

## Files
- `hmicfrs.csv` – the HMICFRS register export, UTF-8 **with BOM**, CRLF, one record per item
  ({n_h} items, rows 2–{last_h}; header = row 1). Columns: `Recommendation ID` (plain register
  integer), `Force`, `Report title`, `Publication date` ("9th July 2013" style), `Type`
  (Recommendation / Area for improvement / Cause of concern), `Recommendation` (multi-line text
  in quoted fields, bullets as in the register), `Status` (Being progressed, Awaiting review =
  open; Complete, Superseded = closed), `Status date`, `Latest comment`.
- `tracker.xlsx` – the force's action plan. Sheet `Action Plan` holds every item; sheet
  `Version history` is a change log (no items).
- `truth.csv` – `hmicfrs_row,force_row,category,why`, {n_lines} lines.

## The force layout (`Action Plan`)
- Rows 1–3: title, version line, an explanatory note; row 4 blank; **row 5 header**:
  `Ref | HMICFRS ID | Type | Recommendation / AFI | Overall status | Action No. | Action |
  Action owner | Due date | RAG | Progress update | Date completed`.
- Report blocks, each opened by a **report heading row** merged A:L (tracker's own report names:
  "PEEL Legit 17 S&S – national recommendations (December 2017)", "Police powers spotlight
  (Feb 21) …"). Some blocks are followed by a blank row. Two legend rows close the sheet.
- Under each heading, each recommendation / AFI / cause of concern is followed by its
  **actions, one row per action**. The item's `Ref`, `Type`, text (and `HMICFRS ID`, `Overall
  status` where used) sit **only on its first row**, which is also the row of its first action.
  - **Style A blocks** (Stolen Freedom 2017, Police powers 2021, PEEL 2021/22): A–E are
    **vertically merged** over the item's action rows; `HMICFRS ID` is filled; an **Overall
    status** is given for every item.
  - **Style B blocks** (all other blocks, incl. the 2022 custody block and the local block):
    first row only, the cells below are blank (not merged); no HMICFRS ID; no Overall status.
- `Ref` is the force's running number ("Rec 2", "AFI 4", "CoC 1", "L1"), not an HMICFRS
  reference. Action numbers: "a, b, c" in some blocks, "2.1, 2.2" in others, "Action 4.1" in
  NCPI 2018 and PEEL 2021/22. Owners, due dates (real dates, or "Q4 2023/24", "BAU", "Mar-24",
  "Next inspection"), RAG (Green / Complete / Amber / Red, text plus fill) and updates are per
  action.
- Items with **no action written yet**: PEEL 2021/22 AFI 5 (row 121: no action, owner only) and
  AFI 9 (row 127: Action "TBC", no number), custody AFI 1 (row 130: owner "TBC", note "Actions
  to be agreed"). Each is one force row.

## How the truth was decided
- Every action row of an item is a force row of that item: one truth line per action row,
  all with the item's `hmicfrs_row`, all with the **item's** category (decided on the item as
  a whole, never on one action's RAG).
- **Force status of an item**:
  - Style A blocks: the **Overall status governs**. "Complete" / "Submitted for closure" = done;
    "In progress", "In progress – effectiveness review …", "Not started" = open.
  - Style B blocks: **done only when every action is Green or Complete**; any Amber/Red
    action, or no actions at all, = open.
  - HMICFRS: Complete / Superseded = closed; Being progressed / Awaiting review = open.
- HMICFRS open + force done = closeable_submit; HMICFRS closed + force open = closeable_local;
  same state both sides = in_sync; facts disagreeing = conflict (whatever the statuses).
- Types: the force's "National rec" = HMICFRS "Recommendation" for an all-forces report;
  "Cause for concern" = "Cause of concern"; "AFI" = "Area for improvement". Not conflicts.

## Traps
1. **Action rows**: 1–4 rows per item, the text only on the first; merged (style A) vs blank
   below (style B). 110 force rows for 57 force items.
2. **Overall status vs actions** (style A): Stolen Freedom Rec 1 (rows 59–62) is "Submitted for
   closure" with action d still Amber → done → closeable_submit. Stolen Freedom Rec 6
   (rows 69–71) has every action Green but Overall "In progress – effectiveness review …" →
   open → in_sync.
3. **All actions done** (style B) → closeable_submit when HMICFRS is open (e.g. rows 30–32,
   41–43, 131–132); one Amber among Greens keeps the item open (e.g. rows 10–12, 100–103).
4. **Items with no actions** (rows 121, 127, 130) are open force items → in_sync (HMICFRS open).
5. **Conflicts** (5 items, 12 rows): missing bullet – CDI 2017 Rec 1 (rows 49–52) drops the
   "online reports triaged" bullet; timescale – Stolen Freedom Rec 2 (rows 63–64) "Within twelve
   months" vs "Within six months"; type – NCPI 2018 item recorded as "AFI 1" (rows 92–93),
   HMICFRS Recommendation; report – Police powers 2021 BWV recommendation filed as Rec 5 of
   the PEEL Legitimacy 2017 block (rows 88–90); reference – PEEL 2021/22 AFI 4 (row 120)
   carries HMICFRS ID 11834 for register item 11843.
6. **Near-duplicate texts in other reports**, to be paired by report: Core Business 2014 THR
   criteria (row 18) vs CDI 2017 Rec 3 (row 56); Police powers 2021 use-of-force monitoring
   (rows 110–111) vs custody 2022 AFI 1 (row 130); Stolen Freedom NCRS rec (rows 67–68) vs
   CDI 2017 AFI 1 (row 55).
7. **Text drift that is not a conflict**: abbreviations ("S&S", "CoP", "MSHT", "NCRS", "CSE");
   footnote digits "20"/"86" dropped by the force; Everyone's Business pasted with the run-on
   paragraph that follows it in the report; NCPI register text "HMICFRS recommends that the
   force should immediately:review …; and" vs the force's "The force should immediately review
   …"; inline "•" bullets vs the force's line-broken "•"/"-" bullets.
8. **Missing from force** (5): both Policing in austerity 2014 items (no block at all); Stolen
   Freedom s45 defence (block goes Rec 2 → Rec 4); Police powers rec addressed to the Home
   Office and NPCC; PEEL 2021/22 AFI on support for those who raised concerns (heading says 10
   AFIs, 9 tracked).
9. **Not on HMICFRS list** (4 items, 5 rows): a PEEL 2016 AFI on MSHT not on the register
   (row 47); a JAC local action inside the Stolen Freedom block (row 73, Type "Local action");
   the local block's L1 (rows 135–136) and L2 (row 137).
10. Furniture that is not items: title/version/note rows 1–3, header row 5, report heading
   rows, blank rows, two legend rows at the end, the `Version history` sheet.

## Counts
Truth lines by category: {line_counts}.
HMICFRS items by category: {item_counts} ({n_h} items); force items not on the HMICFRS list:
4 (5 rows). Closed on one side only: 20 of 53 matched items.
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    order, rowof = build_hmicfrs(OUT / "hmicfrs.csv")
    rows = build_force(OUT / "tracker.xlsx")
    lines = build_truth(OUT / "truth.csv", rows, order, rowof)
    from collections import Counter
    lc = Counter(c for _, _, c, _ in lines)
    ic = Counter()
    seen = set()
    for h, f, c, _ in lines:
        if h and h not in seen:
            seen.add(h)
            ic[c] += 1
    cats = ["closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "in_sync"]
    fmt = lambda cnt: ", ".join(f"{k} {cnt[k]}" for k in cats if cnt[k])
    (OUT / "README.md").write_text(README.format(
        n_h=len(order), last_h=len(order) + 1, n_lines=len(lines), line_counts=fmt(lc),
        item_counts=fmt(ic)), encoding="utf-8")
    print("truth lines:", len(lines), Counter(c for _, _, c, _ in lines))


if __name__ == "__main__":
    main()
