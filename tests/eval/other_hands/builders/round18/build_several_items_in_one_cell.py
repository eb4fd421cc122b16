"""Build the evaluation case `several_items_in_one_cell` (round 18).

Layout: the Office of the Police and Crime Commissioner for Lincolnshire keeps a one-row-per-report
summary of HMICFRS reports (xlsx). Each report row holds ALL of that report's items numbered inside
one cell, and a Status cell with one line per item in the same order (a few rows use ranges such as
"1-2 Complete / 3 Ongoing"). The HMICFRS side is a register export, one row per item.

Texts: HMICFRS wording copied from /work/main/reconcile/casegen/texts (national.py, force.py,
tracker.py) and /work/shared/data/real_recommendations.csv (Open Government Licence). The
tracker's abridged wording, progress notes and local actions are written here, as an OPCC
analyst would write them.

Run:  /work/main/.venv/bin/python build_several_items_in_one_cell.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps, fixed zip entry dates).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 18
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "several_items_in_one_cell"
FORCE = "Lincolnshire Police"
H_SHEET = "Recommendations"
F_SHEET = "Reports"
FIXED_TS = dt.datetime(2024, 1, 19, 9, 0, 0)

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --- HMICFRS register comment texts (real wording from register pages) -----------------------
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL Efficiency "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")

# --- Real texts (copied from the casegen text lists) -----------------------------------------
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
MISSING_CHILDREN_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
CHILD_DETENTION_BODY = (
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
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
LEG17_COC = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of "
    "stop and search powers is consistently reasonable and fair. In particular, "
    "there is over-representation of BAME people, and black people in particular, "
    "in stop and search data which many forces are unable to explain."
)

# --- HMICFRS register: reports and their items ------------------------------------------------
# key -> (title, published, [(item key, ref, type, text, status, comment)])
# status words: open = Awaiting review / Being progressed; closed = Complete / Superseded.
BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"

REPORTS: list[tuple[str, str, dt.date, list[tuple[str, int, str, str, str, str]]]] = [
    ("sas13", "Stop and search powers: Are the police using them effectively and fairly?",
     dt.date(2013, 7, 9), [
        ("sas13_1", 1204, NAT,
         "Chief Constables and the College of Policing should establish in the Stop and "
         "Search Authorised Professional Practice document a clear specification of what "
         "constitutes the effective and fair exercise of stop and search powers, and "
         "guidance in this respect. This should be compliant with the Code of Practice.",
         CO, C_DONE),
        ("sas13_2", 1205, NAT,
         "Chief Constables should establish or improve monitoring of the way officers stop "
         "and search people, so that they can be satisfied their officers are acting in "
         "accordance with the law (including equality legislation and the Code of "
         "Practice), and that the power is used effectively to prevent crime, catch "
         "criminals and maintain public trust.", CO, C_DONE),
        ("sas13_3", 1206, NAT,
         "Chief Constables should, in consultation with elected local policing bodies, "
         "ensure that they comply with the code of practice by explaining to the public "
         "the way stop and search powers are used in their areas and by making "
         "arrangements for stop and search records to be scrutinised by community "
         "representatives. This should be done in a way that involves those people who "
         "are stopped and searched, for example, young people.", CO, C_AUTH),
    ]),
    ("everyone", "Everyone's business: Improving the police response to domestic abuse",
     dt.date(2014, 3, 27), [
        ("everyone_1", 2321, NAT, EVERYONE_PLAN, CO, C_DONE),
    ]),
    ("austerity", "Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22), [
        ("aus_1", 2871, NAT,
         "All Chief Constables and PCCs should review their plans to deliver savings to "
         "ensure they are doing all they can to continue to reduce crime and protect the "
         "front line while balancing their budgets. They should use the data and "
         "information contained in this report, and in HMIC's Value for Money profiles, "
         "when conducting their reviews", CO, C_DONE),
        ("aus_2", 2872, NAT,
         "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
         "savings through collaboration should assess whether there is scope to improve "
         "on this position. HMIC will follow up the assessments in the autumn.", CO, C_DONE),
        ("aus_3", 2873, NAT,
         "Chief Constables and PCCs in forces that are planning to reduce the proportion "
         "of their workforce and/or police officers on the front line should assess "
         "whether they have taken the decisive action seen in many forces in order to "
         "maintain their crime fighting capacity. HMIC will follow up the assessments in "
         "the autumn.", BP, C_MON),
        ("aus_4", 2874, NAT,
         "In preparation for the next spending round period all Chief Constables and PCCs "
         "should review their plans for collaboration. In particular they should consider "
         "whether there is scope to deliver better value for money and improved "
         "capability and capacity through joint working with other forces, the public "
         "and/or the private sector.", BP, C_MON),
    ]),
    ("core", "Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), [
        ("core_1", 4822, NAT,
         "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
         "that have not yet done so, should provide call-handlers with specific, sound and "
         "comprehensible criteria against which they can assess threat, harm and risk.",
         BP, C_REVIEW),
        ("core_2", 4823, NAT,
         "By 31 March 2015 all forces should ensure that crime prevention or disruption "
         "activity carried out is systematically recorded and subsequently evaluated to "
         "determine the effectiveness of tactics being employed.", CO, C_DONE),
    ]),
    ("integrity", "Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
     dt.date(2015, 1, 30), [
        ("int_1", 902, NAT,
         "By 31 August 2015, all chief constables should satisfy themselves that they have "
         "processes in place to ensure that investigations into misconduct by officers "
         "and staff resulting in “no further action” are fair and free of any form of "
         "discrimination.", BP, C_MON),
    ]),
    ("picture", "Building the picture: an inspection of police information management",
     dt.date(2015, 7, 1), [
        ("pic_1", 5310, NAT,
         "By 30 November 2015, chief constables should put in place arrangements to "
         "scrutinise audits of compliance with the APP on information management through "
         "the force information management governance structure. This should include "
         "measures to ensure that categorisation of records are regularly adjusted.",
         BP, C_MON),
    ]),
    ("firearms", "Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
     dt.date(2015, 9, 15), [
        ("fa_1", 5561, NAT,
         "Within three months, all chief constables should assess how well the governance "
         "of firearms licensing in his or her force meets the standards set out in "
         "Authorised Professional Practice. Chief constables of forces where the "
         "governance standards are not being complied with should put in place "
         "immediately the correct arrangements and procedures in order to meet the "
         "standards in full.", CO, C_DONE),
        ("fa_2", 5562, NAT,
         "Within three months, all chief constables should assess the demand placed on their "
         "firearms licensing department and ensure it has the capacity to meet this demand and "
         "provide an efficient and effective service at all times.", CO, C_DONE),
        ("fa_3", 5563, NAT,
         "Immediately, all chief constables should satisfy themselves that all appropriate "
         "action is being taken by their force with regard to ‘total expired’ licensing "
         "records.", BP, C_MON),
        ("fa_4", 5564, NAT,
         "Within three months, all chief constables should ensure that their arrangements "
         "in respect of the use of temporary permits are in accordance with the Home "
         "Office guidance; that temporary permits are properly recorded without delay on "
         "the National Firearms Licensing Management System; and that effective systems "
         "exist to ensure certificate holders are not permitted, at any time, to remain "
         "in unlawful possession of a firearm.", CO, C_AUTH),
        ("fa_5", 5565, NAT,
         "Within three months, all chief constables should ensure that systems designed "
         "to identify, prior to police attendance, whether a reported incident involves "
         "or is at the address of a firearm certificate holder are in place and are "
         "always applied by staff dispatching officers to incidents; and that officers "
         "understand the risk assessment which they should be undertaking in such "
         "circumstances, and their power, when appropriate, to seize firearms and firearm "
         "certificates.", AR, C_NEW),
    ]),
    ("eff15", "PEEL: Police efficiency 2015", dt.date(2015, 10, 15), [
        ("eff15_1", 5790, AFI,
         "The force should undertake further work to gain a fuller understanding of current "
         "demand for its services, and likely future changes in demand. This is so it can make "
         "best use of its resources by matching them to demand to meet the needs of the "
         "public.", CO, C_DONE),
        ("eff15_2", 5791, AFI,
         "The force should develop its understanding of the links between its outcomes, "
         "outputs and costs.", CO, C_DONE),
        ("eff15_3", 5792, AFI,
         "The force should develop a future workforce plan that is aligned with its overall "
         "demand and budget. The plan should include future resource allocations, the mix of "
         "skills required by the workforce and behaviours expected of them.", SU, C_SUPER),
    ]),
    ("effv16", "PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), [
        ("effv16_coc", 6961, COC, CAUSE_MISSING, BP, C_MON),
        ("effv16_1", 6962, REC,
         "To address this cause of concern, HMIC recommends the force should immediately "
         + MISSING_CHILDREN_BODY + ".", BP, C_MON),
        ("effv16_2", 6963, REC,
         "Within three months, the force should take steps to ensure that there is effective "
         "supervision of the initial risk assessment process, specifically in relation to the "
         "completion of DASH risk assessment in appropriate cases. In cases where a DASH risk "
         "assessment is not completed the officer should record an assessment on the crime "
         "management system.", CO, C_DONE),
        ("effv16_3", 6964, AFI,
         "The force should improve the supervision of investigations, so that investigation "
         "plans are set, reviewed and recorded and victims receive a consistently good "
         "service.", BP, C_MON),
    ]),
    ("stolen", "Stolen freedom: the policing response to modern slavery and human trafficking",
     dt.date(2017, 10, 24), [
        ("sf_1", 8300, NAT, SF_LEADERSHIP, BP, C_MON),
        ("sf_2", 8301, NAT,
         "Within six months, forces should have in place active information-sharing "
         "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
         "and in order to safeguard victims better and to identify suspects as early as "
         "possible", BP, C_MON),
        ("sf_3", 8302, NAT,
         "Immediately, forces should ensure that all victims carrying out criminal acts "
         "under compulsion attributable to slavery or exploitation are afforded the "
         "protection of early and continuing consideration of the applicability of the "
         "section 45 defence.", CO, C_DONE),
        ("sf_4", 8303, NAT,
         "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
         "process as it evolves and are implementing the requirement placed upon them under the "
         "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
         "adult victim of modern slavery or human trafficking.", BP, C_MON),
        ("sf_5", 8304, NAT,
         "Immediately, forces should take steps to ensure they fully comply with national "
         "crime recording standard (NCRS) requirements for offences identified as modern "
         "slavery and human trafficking and that sufficient audit capacity is available "
         "to the force crime registrar to provide reassurance that each force is "
         "identifying and managing any gaps in its crime-recording accuracy for these "
         "types of offences.", CO, C_AUTH),
        ("sf_6", 8305, NAT,
         "Immediately, forces should ensure that allegations or indications of modern "
         "slavery and human trafficking are thoroughly investigated and effectively "
         "supervised by teams and individuals with the skills and experience to undertake "
         "them (this should include the use where appropriate of joint intelligence teams "
         "and other means to obtain intelligence and evidence from agencies overseas).",
         BP, C_MON),
        ("sf_7", 8306, NAT,
         "Immediately, forces should review their use of preventative powers under the "
         "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
         "of those deemed to pose a clear threat to others in respect of modern slavery "
         "and human trafficking offences are exploited.", BP, C_MON),
    ]),
    ("efc17", "PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9), [
        ("efc17_1", 8402, NAT,
         "By September 2018, chief constables should produce an ambitious plan to improve "
         "digitally-enabled services within their force. The Home Office, National Police "
         "Chiefs' Council and Association of Police and Crime Commissioners should "
         "support the development of these plans by establishing a national framework "
         "which allows for the provision of digitally enabled services across force "
         "boundaries.", BP, C_MON),
    ]),
    ("ncpi17", "National child protection inspection 2017", dt.date(2017, 11, 24), [
        ("ncpi_1", 8470, REC,
         "Within six months Lincolnshire Police should " + CHILD_DETENTION_BODY + ".",
         BP, C_MON),
        ("ncpi_2", 8471, REC,
         "Within six months the force should improve how it works with partner organisations "
         "to safeguard people at risk from child sexual exploitation.", BP, C_MON),
    ]),
    ("leg17", "PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12), [
        ("leg17_coc", 8541, COC, LEG17_COC, BP, C_MON),
        ("leg17_1", 8542, NAT, SAS_MONITORING_2017, CO, C_DONE),
        ("leg17_2", 8543, NAT,
         "Where forces identify disparities through monitoring, they should demonstrate "
         "to the public that they have:\n"
         "•carried out research and analysis in an attempt to understand the reasons for "
         "the disparity, and •taken action to reduce the disparity, where necessary;",
         BP, C_MON),
        ("leg17_3", 8544, NAT,
         "We expect forces to publish this analysis and any actions taken at least on an "
         "annual basis, from July 2018.", CO, C_DONE),
        ("leg17_4", 8545, NAT,
         "By July 2018, and ongoing following that date, forces should ensure that all "
         "officers who use stop and search powers have been provided with, and "
         "understand, training on unconscious bias and College of Policing APP on stop "
         "and search.", BP, C_MON),
    ]),
    ("effv17", "PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), [
        ("effv17_1", 8760, AFI,
         "The force should improve its understanding of the nature and scale of serious and "
         "organised crime in its area.", BP, C_MON),
        ("effv17_2", 8761, AFI,
         "The force should make sure victims of domestic abuse are kept informed about the "
         "progress of their case, in line with the Code of Practice for Victims of Crime.",
         CO, C_DONE),
        ("effv17_3", 8762, AFI,
         "The force should improve how it gathers, assesses and acts on intelligence about "
         "county lines drug dealing.", BP, C_MON),
    ]),
    ("peel1819", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
     dt.date(2019, 5, 2), [
        ("p1819_1", 9712, AFI,
         "The force should ensure all staff have received at least the lowest level of vetting "
         "clearance for their roles as quickly as possible, working to clear both the vetting "
         "backlog and new vetting renewals when they become due so that it complies fully with "
         "the national vetting guidelines.", CO, C_DONE),
        ("p1819_2", 9713, AFI,
         "The force should make sure it provides a confidential way for staff to raise concerns "
         "and that staff are aware of whistleblowing processes.", BP, C_MON),
        ("p1819_3", 9714, AFI,
         "The force should review how it gathers and uses equality and diversity data to "
         "improve its understanding of its workforce demographics.", BP, C_MON),
        ("p1819_4", 9715, AFI,
         "The force should consider ways of increasing the use of arrest, ancillary orders and "
         "other available powers, in order to improve the service it provides to victims of "
         "domestic abuse, offer the best possible protection and bring more perpetrators to "
         "justice.", CO, C_DONE),
    ]),
    ("cdi19", "Crime data integrity inspection 2019", dt.date(2019, 9, 13), [
        ("cdi_1", 9880, REC, "Within six months the force should " + CDI_VICTIMS_BODY + ".",
         BP, C_MON),
        ("cdi_2", 9881, AFI,
         "The force should make sure it records reports of rape and serious sexual offences "
         "accurately and without delay.", BP, C_MON),
        ("cdi_3", 9882, AFI,
         "The force should improve its use of its crime-recording and management system to "
         "better manage its case files and investigative processes.", CO, C_AUTH),
    ]),
    ("powers", "Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), [
        ("pw_1", 11402, NAT,
         "By July 2022, forces should ensure that officers and staff have effective "
         "communication skills, in line with the National Policing Guidelines on Conflict "
         "Management. This should be in addition to existing training on conflict "
         "management and de-escalation.", BP, C_MON),
        ("pw_2", 11403, NAT,
         "By July 2021, forces should ensure that communication skills are reinforced as "
         "part of the programme of continuing professional development for officers and "
         "staff, and that supervisors are supported to routinely and frequently debrief "
         "officers on these skills using body-worn video footage.", BP, C_MON),
        ("pw_3", 11404, NAT, BWV_2021, BP, C_MON),
        ("pw_4", 11405, NAT,
         "By July 2021, forces should ensure they have effective internal monitoring "
         "processes on the use of force, to help them to identify and understand "
         "disproportionate use, explain the reasons and implement any necessary "
         "improvement action.", AR, C_NEW),
    ]),
    ("peel2122", "PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
     dt.date(2022, 7, 15), [
        ("p2122_1", 12650, AFI,
         "The force should make sure investigations of rape and serious sexual offences are "
         "allocated to officers with the right skills and are effectively supervised.",
         BP, C_MON),
        ("p2122_2", 12651, AFI,
         "The force should make sure its performance framework gives senior leaders a clear "
         "picture of its response to violence against women and girls.", BP, C_MON),
        ("p2122_3", 12652, AFI,
         "The force should improve the way it manages the risk posed by offenders involved in "
         "online child sexual abuse.", AR, C_NEW),
        ("p2122_4", 12653, AFI,
         "The force should make sure it has enough specialist capacity and capability to "
         "investigate fraud.", CO, C_DONE),
        ("p2122_5", 12654, AFI,
         "The force should develop a problem-solving approach to anti-social behaviour, "
         "working with local communities and partners.", CO, C_DONE),
    ]),
]

# --- The OPCC tracker: one row per report --------------------------------------------------
# Each entry: ("row", key, report, published, items cell, status cell, lead, comments)
#         or  ("heading", text)
D = dt.datetime  # Excel date cells (some Published cells are real dates, some text)

TRACKER: list[tuple] = [
    ("heading", "NATIONAL (ALL-FORCE) REPORTS"),
    ("row", "F_sas13", "Stop & Search powers (HMIC 2013)", "Jul 2013",
     "1. Chief Constables & CoP to establish in the S&S APP a clear specification of what "
     "constitutes the effective and fair exercise of S&S powers.\n"
     "2. Establish or improve monitoring of the way officers stop and search people, so we can be "
     "satisfied officers are acting in accordance with the law (incl. equality legislation and the "
     "Code of Practice) and that the power is used effectively.\n"
     "3. In consultation with the PCC, comply with the code of practice by explaining to the "
     "public how S&S powers are used and arranging for S&S records to be scrutinised by community "
     "representatives, involving those who are stopped and searched, e.g. young people.\n"
     "4. By July 2018 and ongoing, ensure all officers who use S&S powers have been provided with, "
     "and understand, training on unconscious bias and CoP APP on stop and search.",
     "1-2 Complete\n"
     "3 Ongoing – scrutiny panel ToR being refreshed with youth IAG\n"
     "4 Complete",
     "Supt Neighbourhood Policing (S&S lead)",
     "Item 4 added Jan 2018 – unconscious bias input now part of officer safety refresher."),
    ("row", "F_everyone", "Everyone's Business (DA) 2014", D(2014, 3, 27),
     "1. By September 2014, publish a DA action plan specifying in detail the steps the force will "
     "take to improve its approach to domestic abuse – developed with the PCC, DA support "
     "organisations and victims' representatives, with reference to DHRs and IPCC findings, "
     "CPS scrutiny panels and MARAC self-assessments.",
     "Complete",
     "Ch Supt Public Protection",
     "DA Action Plan published Sept 2014; now part of the VAWG Delivery Plan 2022-25."),
    ("row", "F_austerity", "Policing in Austerity – Meeting the Challenge", "22 July 2014",
     "1. Review plans to deliver savings to ensure we are doing all we can to continue to reduce "
     "crime and protect the front line while balancing the budget, using HMIC's VfM profiles.\n"
     "2. Forces planning to deliver less than 10% of savings through collaboration to assess "
     "whether there is scope to improve on this position.\n"
     "3. In preparation for the next spending round, review plans for collaboration – consider "
     "scope for better value for money and improved capability and capacity through joint "
     "working with other forces, the public and/or the private sector.",
     "1. Complete\n2. Complete\n3. Complete",
     "Director of Finance",
     "Strategic partnership contract reviewed 2015; regional collaboration review to COMT Oct 2023."),
    ("row", "F_core", "Core Business 2014", "Sept 2014",
     "Rec 1 – Not later than 31 March 2015, provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.\n"
     "Rec 2 – Ensure crime prevention or disruption activity is systematically recorded and "
     "subsequently evaluated to determine the effectiveness of tactics.",
     "Rec 1 – Complete (THRIVE embedded in FCR Sept 2015)\n"
     "Rec 2 – In progress – problem-solving database being rolled out",
     "Supt Contact Centre\nHead of Corporate Development",
     ""),
    ("row", "F_firearms", "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 15),
     "Rec 1 – Within three months, assess how well the goverance of firearms licensing meets the "
     "standards in APP; put in place immediately the correct arrangements where standards are "
     "not met.\n"
     "Rec 2 – Within six months, assess the demand placed on the firearms licensing department "
     "and ensure it has the capacity to meet this demand and provide an efficient and effective "
     "service at all times.\n"
     "Rec 3 – Immediately, satisfy ourselves that all appropriate action is being taken with "
     "regard to 'total expired' licensing records.\n"
     "Rec 4 – Within three months, ensure arrangments for temporary permits are in accordance "
     "with HO guidance, recorded without delay on NFLMS, and that certificate holders are not "
     "permitted at any time to remain in unlawful possession of a firearm.\n"
     "Rec 5 – Within three months, ensure systems identify, prior to police attendance, whether "
     "an incident involves or is at the address of a firearm certificate holder, and are always "
     "applied by staff dispatching officers; officers to understand the risk assessment and "
     "their power to seize firearms and certificates.",
     "Rec 1 – Complete\nRec 2 – Complete\nRec 3 – Complete\nRec 4 – In progress\n"
     "Rec 5 – Complete",
     "Supt Firearms Licensing",
     "Rec 5 – FCR warning marker on STORM confirmed by audit Nov 2023; proposed for closure."),
    ("row", "F_integrity", "Integrity Matters", "Jan 2016",
     "1. By 31 August 2015, satisfy ourselves that processes are in place so that misconduct "
     "investigations resulting in 'no further action' are fair and free of any form of "
     "discrimination.",
     "1. Complete",
     "Head of Professional Standards",
     "PSD dip-sample of NFA outcomes completed; reported to Ethics Board."),
    ("row", "F_stolen", "Stolen Freedom (MSHT) 2017", "24 Oct 2017",
     "1. Within twelve months, review leadership and governance arrangements for MSHT, to ensure "
     "that:\n"
     "• senior leaders prioritise the response to MSHT;\n"
     "• every incident of modern slavery identified to police is allocated appropriate resources "
     "with the skills, experience and capacity to investigate it effectively; and\n"
     "• performance and QA measures are in place to allow senior leaders to assess the nature "
     "and quality of the service provided to victims.\n"
     "2. Within 6 months, have in place active ISAs with other agencies to facilitate speedy "
     "exchange of intelligence, safeguard victims better and identify suspects as early as "
     "possible.\n"
     "3. Immediately, ensure all victims carrying out criminal acts under compulsion are afforded "
     "early and continuing consideration of the s45 defence.\n"
     "4. Immediately, ensure full compliance with the NRM process and the duty to notify the HO "
     "of any individual suspected to be an adult victim of MSHT.\n"
     "5. Immediately, ensure full compliance with NCRS for MSHT offences, with sufficient audit "
     "capacity for the FCR.\n"
     "6. Immediately, ensure allegations of MSHT are thoroughly investigated and effectively "
     "supervised by teams with the skills and experience to undertake them.",
     "1. In progress\n2. Complete\n3. Complete\n4. In progress\n5. Partially complete\n"
     "6. Complete",
     "Det Ch Supt Force CID",
     "MSHT delivery plan owned by the Protecting Vulnerable People Board."),
    ("row", "F_efc17", "PEEL Efficiency 2017 - national", "Nov 2017",
     "1. By September 2018, produce an ambitious plan to improve digitally-enabled services "
     "within the force.",
     "1. Proposed for closure – Digital Strategy 2019-22 approved by COMT",
     "Head of ICT",
     ""),
    ("row", "F_leg17", "PEEL Legitimacy 2017 - national (stop and search)", D(2017, 12, 12),
     "Cause of concern – forces unable to demonstrate that use of S&S is consistently reasonable "
     "and fair; over-representation of BAME people, and black people in particular, in S&S data.\n"
     "1. By July 2018, regularly and frequently monitor a comprehensive set of S&S data to "
     "understand:\n"
     "• the reasons for any disproportionality;\n"
     "• how find rates differ between ethnicities and search types (incl. drug possession vs "
     "supply);\n"
     "• the prevalence of possession-only drug searches and whether they align with local/force "
     "priorities.\n"
     "2. Where disparities are identified, demonstrate to the public that we have researched the "
     "reasons and taken action to reduce the disparity where necessary.\n"
     "3. Publish this analysis and any actions taken at least annually, from July 2018.",
     "CoC – Ongoing\n1. Complete\n2. Ongoing\n3. Ongoing",
     "Supt Neighbourhood Policing (S&S lead)",
     "Quarterly S&S disproportionality report to the PCC's Scrutiny Panel."),
    ("row", "F_powers", "Police powers spotlight (Feb 21)", "26/02/2021",
     "1. By July 2022 – officers & staff to have effective communication skills in line with the "
     "National Policing Guidelines on Conflict Management.\n"
     "2. By July 2021 – reinforce communication skills through CPD; supervisors supported to "
     "debrief officers using BWV footage.\n"
     "3. By Sept 2021 – record S&S encounters and use of force on BWV in their entirety; "
     "structured internal review of a sample of BWV footage; give external scrutiny panel "
     "members access to samples of footage.\n"
     "4. By July 2021 – effective internal monitoring of use of force to identify and understand "
     "disproportionate use, explain the reasons and take improvement action.",
     "1-3 In progress\n4 Complete",
     "Head of Learning & Development (1-2)\nSupt Neighbourhood Policing (3-4)",
     "Use of force dashboard live on Qlik since Oct 2022."),
    ("heading", "LINCOLNSHIRE POLICE INSPECTION REPORTS"),
    ("row", "F_eff15", "PEEL Efficiency 2015", "Oct 2015",
     "AFI 1 - The force should undertake further work to gain a fuller understanding of current "
     "demand for its services, and likely future changes in demand.\n"
     "AFI 2 - The force should develop its understanding of the links between its outcomes, "
     "outputs and costs.\n"
     "AFI 3 - The force should develop a future workforce plan that is aligned with its overall "
     "demand and budget.",
     "AFI 1 - Complete\nAFI 2 - In progress (FMS 2024 to evidence)\n"
     "AFI 3 - Superseded by PEEL 2018/19",
     "Head of Corporate Development",
     ""),
    ("row", "F_effv16", "PEEL Effectiveness 2016", D(2017, 3, 2),
     "Cause of concern – response to missing and absent children: children classed as 'absent' "
     "who should have been 'missing'; risk sometimes graded too low.\n"
     "Rec 1 – To address this CoC, immediately review the approach to reports of missing "
     "children so that:\n"
     "• call takers understand and use the missing and absent category appropriately;\n"
     "• call takers and frontline staff can identify CSE risk factors and respond; and\n"
     "• supervisors provide the correct oversight of missing person enquiries.\n"
     "AFI 2 – Within three months, take steps to ensure effective supervison of the initial "
     "risk assessment process, specifically completion of DASH in appropriate cases.\n"
     "AFI 3 – Improve the supervision of investigations, so that investigation plans are set, "
     "reviewed and recorded and victims receive a consistently good service.",
     "CoC – Complete\nRec 1 – Complete\nAFI 2 – Complete\nAFI 3 – In progress",
     "Ch Supt Public Protection (CoC, 1-2)\nDet Ch Supt Force CID (3)",
     "Missing Persons improvement plan signed off at PVP Board Nov 2023 – evidence pack with "
     "OPCC."),
    ("row", "F_leg16", "PEEL Legitimacy 2016", "Dec 2016",
     "AFI 1 - The force should make sure officers and staff have the training they need to "
     "identify and respond to hate crime.\n"
     "AFI 2 - The force should review how it gathers and uses equality and diversity data to "
     "improve its understanding of its workforce demographics.",
     "1-2 Complete",
     "Director of People",
     "Both AFIs closed at the 2017 revisit."),
    ("row", "F_ncpi17", "NCPI 2017 (National Child Protection Inspection)", "Nov 2017",
     "1. Within 6 months, with children's social care, review how we manage the detention of "
     "children: detain only when absolutely necessary and for the minimum time; early "
     "assessment of need for alternative accomodation; record all actions and decisions; "
     "timely appropriate adult support.\n"
     "2. Within 6 months, improve how we work with partner organisations to safeguard people at "
     "risk from CSE.",
     "1. Complete\n2. Ongoing",
     "Ch Insp Custody\nCh Supt Public Protection",
     "Concordat on children in custody signed with Lincolnshire County Council."),
    ("row", "F_effv17", "PEEL Eff 17", "22/03/2018",
     "AFI 1 – Improve our understanding of the nature and scale of SOC in Lincolnshire.\n"
     "AFI 3 – Improve how we gather, assess and act on intelligence about county lines drug "
     "dealing.",
     "AFI 1 – Complete\nAFI 3 – On hold pending new RMS",
     "Head of Intelligence",
     "SOC local profiles refreshed 2023."),
    ("row", "F_peel1819", "PEEL 2018/19", "May 2019",
     "1. Ensure all staff have at least the lowest level of vetting clearance for their roles as "
     "quickly as possible, clearing the vetting backlog and renewals, to comply fully with the "
     "national vetting guidelines.\n"
     "2. Make sure there is a confidential way for staff to raise concerns and that staff are "
     "aware of whistleblowing processes.\n"
     "3. Review how we gather and use equality and diversity data to improve understanding of "
     "workforce demographics.\n"
     "4. Consider ways of increasing the use of arrest, ancillary orders and other powers to "
     "improve the service to DA victims, offer the best possible protection and bring more "
     "perpetrators to justice.",
     "1. Complete\n2. Ongoing\n3. Ongoing\n4. Complete",
     "Head of Professional Standards (1-2)\nDirector of People (3)\n"
     "Ch Supt Public Protection (4)",
     "Vetting backlog cleared March 2021."),
    ("row", "F_cdi19", "CDI 2019", D(2019, 9, 13),
     "1. Within six months, put in place arrangements to ensure that:\n"
     "• victims are believed at the point of report;\n"
     "• call handler/caller conversations are summarised accurately in the incident log;\n"
     "• multiple crimes are always recorded when described in incident records or identified in "
     "other investigations;\n"
     "• the practice of awaiting medical examinations or video interviews before making "
     "crime-recording decisions is stopped; and\n"
     "• online crime reports are triaged on receipt so any ongoing risks are identified and "
     "managed.\n"
     "2. Make sure reports of rape and serious sexual offences are recorded accurately and "
     "without delay.\n"
     "3. Improve use of the crime-recording and management system (Niche) to better manage case "
     "files and investigative processes.",
     "1. Submitted for closure 08/01/2024\n2. Ongoing\n3. Ongoing",
     "Force Crime Registrar",
     "Crime data integrity audit programme reports to the Crime Standards Board."),
    ("row", "F_peel2122", "PEEL 2021/22", "Jul 2022",
     "AFI 1 – Make sure RASSO investigations are allocated to officers with the right skills and "
     "are effectively supervised.\n"
     "AFI 2 – Make sure the performance framework gives senior leaders a clear picture of the "
     "force's response to VAWG.\n"
     "AFI 3 – Improve the way we manage the risk posed by offenders involved in online child "
     "sexual abuse.\n"
     "AFI 4 – Make sure we have enough specialist capacity and capability to investigate fraud.\n"
     "AFI 5 – Develop a problem-solving approach to ASB, working with local communities and "
     "partners.",
     "AFI 1 – In progress\nAFI 2 – Complete\nAFI 3 – In progress\n"
     "AFI 4 – Not yet complete – awaiting Economic Crime Unit uplift\nAFI 5 – Complete",
     "Det Ch Supt Force CID (1, 3, 4)\nACC Local Policing (2, 5)",
     "PEEL 2023/25 inspection fieldwork expected spring 2024."),
    ("row", "F_custody22", "Custody inspection 2022 (HMIP/HMICFRS joint)", "Mar 2022",
     "1. Strengthen governance and oversight of use of force in custody.\n"
     "2. Improve the quality of pre-release risk assessments.\n"
     "3. Protect detainees' privacy and dignity – obscure toilet areas on cell CCTV.\n"
     "4. Improve the timeliness of appropriate adult attendance for children detained overnight.",
     "1-2 Complete\n3-4 In progress",
     "Ch Insp Custody",
     "Tracked with HMIP; revisit expected 2025."),
    ("heading", "FORCE / OPCC LOCAL ACTIONS"),
    ("row", "F_local", "Force improvement plan – crime recording (CDI self-audit Nov 2023)",
     "n/a (local)",
     "1. Dip-sample 50 rape and serious sexual offences crime reports each quarter and report "
     "findings to the Crime Standards Board.\n"
     "2. Deliver refresher training on crime recording to all response and neighbourhood "
     "officers.\n"
     "3. Add stalking and harassment measures to the monthly Force Performance pack.",
     "1. In progress\n2. Not started\n3. Complete",
     "Force Crime Registrar",
     "Internal actions – not an HMICFRS report."),
]

# --- Truth: (hmicfrs item key or None, tracker row key or None, category, why) ----------------
IS, CS, CL, CF, MF, NL = ("in_sync", "closeable_submit", "closeable_local", "conflict",
                          "missing_from_force", "not_on_hmicfrs_list")
TRUTH: list[tuple[str | None, str | None, str, str]] = [
    ("sas13_1", "F_sas13", IS, "HMICFRS Complete; status line '1-2 Complete' covers item 1"),
    ("sas13_2", "F_sas13", IS, "HMICFRS Complete; status line '1-2 Complete' covers item 2"),
    ("sas13_3", "F_sas13", CL, "HMICFRS Complete; force line '3 Ongoing' (open)"),
    ("everyone_1", "F_everyone", IS, "HMICFRS Complete; force status 'Complete' (single item)"),
    ("aus_1", "F_austerity", IS, "HMICFRS Complete; force '1. Complete'"),
    ("aus_2", "F_austerity", IS, "HMICFRS Complete; force '2. Complete'"),
    ("aus_3", None, MF, "front-line workforce item (HMICFRS open) not listed in the force's "
                        "austerity cell, which holds only 3 of the 4 items"),
    ("aus_4", "F_austerity", CS, "force's item 3 is HMICFRS's 4th (renumbered after the "
                                 "omission); HMICFRS Being progressed, force '3. Complete'"),
    ("core_1", "F_core", CS, "HMICFRS Being progressed (under review); force 'Rec 1 – Complete'"),
    ("core_2", "F_core", CL, "HMICFRS Complete; force 'Rec 2 – In progress'"),
    ("int_1", "F_integrity", CF, "publication date disagrees: HMICFRS 30 Jan 2015, force row "
                                 "'Jan 2016' (text deadline 31 Aug 2015 confirms 2015)"),
    ("pic_1", None, MF, "Building the picture 2015 has no row in the force summary; HMICFRS "
                        "Being progressed"),
    ("fa_1", "F_firearms", IS, "HMICFRS Complete; force 'Rec 1 – Complete'"),
    ("fa_2", "F_firearms", CF, "timescale differs: HMICFRS 'Within three months', force cell "
                               "'Within six months'"),
    ("fa_3", "F_firearms", CS, "HMICFRS Being progressed; force 'Rec 3 – Complete'"),
    ("fa_4", "F_firearms", CL, "HMICFRS Complete (authorised for closure); force "
                               "'Rec 4 – In progress'"),
    ("fa_5", "F_firearms", CS, "HMICFRS Awaiting review; force 'Rec 5 – Complete' (proposed "
                               "for closure in comments)"),
    ("eff15_1", "F_eff15", IS, "HMICFRS Complete; force 'AFI 1 - Complete'"),
    ("eff15_2", "F_eff15", CL, "HMICFRS Complete; force 'AFI 2 - In progress'"),
    ("eff15_3", "F_eff15", IS, "HMICFRS Superseded; force 'AFI 3 - Superseded' (closed both)"),
    ("effv16_coc", "F_effv16", CS, "HMICFRS Being progressed; force 'CoC – Complete'"),
    ("effv16_1", "F_effv16", CS, "HMICFRS Being progressed; force 'Rec 1 – Complete' (bullets "
                                 "span several lines of the cell)"),
    ("effv16_2", "F_effv16", CF, "type differs: HMICFRS Recommendation, force lists it as "
                                 "'AFI 2'"),
    ("effv16_3", "F_effv16", IS, "HMICFRS Being progressed; force 'AFI 3 – In progress'"),
    (None, "F_leg16", NL, "PEEL Legitimacy 2016 row (2 AFIs, both complete) has no item on the "
                          "HMICFRS list; its AFI 2 wording repeats PEEL 2018/19 AFI 3, which "
                          "pairs with the PEEL 2018/19 row"),
    ("sf_1", "F_stolen", CF, "missing bullet: force cell omits the partnership-arrangements "
                             "bullet (3 of 4 bullets)"),
    ("sf_2", "F_stolen", CS, "HMICFRS Being progressed; force '2. Complete'"),
    ("sf_3", "F_stolen", IS, "HMICFRS Complete; force '3. Complete'"),
    ("sf_4", "F_stolen", IS, "HMICFRS Being progressed; force '4. In progress'"),
    ("sf_5", "F_stolen", CL, "HMICFRS Complete; force '5. Partially complete' is open"),
    ("sf_6", "F_stolen", CS, "HMICFRS Being progressed; force '6. Complete'"),
    ("sf_7", None, MF, "preventative-powers item (HMICFRS open) not in the force's Stolen "
                       "Freedom cell, which lists 6 of 7"),
    ("efc17_1", "F_efc17", CS, "HMICFRS Being progressed; force 'Proposed for closure'"),
    ("ncpi_1", "F_ncpi17", CS, "HMICFRS Being progressed; force '1. Complete'"),
    ("ncpi_2", "F_ncpi17", IS, "HMICFRS Being progressed; force '2. Ongoing'"),
    ("leg17_coc", "F_leg17", IS, "HMICFRS Being progressed; force 'CoC – Ongoing'"),
    ("leg17_1", "F_leg17", IS, "HMICFRS Complete; force '1. Complete'"),
    ("leg17_2", "F_leg17", IS, "HMICFRS Being progressed; force '2. Ongoing'"),
    ("leg17_3", "F_leg17", CL, "HMICFRS Complete; force '3. Ongoing'"),
    ("leg17_4", "F_sas13", CF, "report differs: PEEL Legitimacy 2017 training item filed by the "
                               "force as item 4 of its Stop & Search 2013 row"),
    ("effv17_1", "F_effv17", CS, "HMICFRS Being progressed; force 'AFI 1 – Complete'"),
    ("effv17_2", None, MF, "AFI 2 (DA victim updates) not in the force cell, which jumps from "
                           "AFI 1 to AFI 3"),
    ("effv17_3", "F_effv17", IS, "HMICFRS Being progressed; force 'AFI 3 – On hold' (open)"),
    ("p1819_1", "F_peel1819", IS, "HMICFRS Complete; force '1. Complete'"),
    ("p1819_2", "F_peel1819", IS, "HMICFRS Being progressed; force '2. Ongoing'"),
    ("p1819_3", "F_peel1819", IS, "HMICFRS Being progressed; force '3. Ongoing'"),
    ("p1819_4", "F_peel1819", IS, "HMICFRS Complete; force '4. Complete'"),
    ("cdi_1", "F_cdi19", CS, "HMICFRS Being progressed; force '1. Submitted for closure'"),
    ("cdi_2", "F_cdi19", IS, "HMICFRS Being progressed; force '2. Ongoing'"),
    ("cdi_3", "F_cdi19", CL, "HMICFRS Complete; force '3. Ongoing'"),
    ("pw_1", "F_powers", IS, "HMICFRS Being progressed; force '1-3 In progress'"),
    ("pw_2", "F_powers", IS, "HMICFRS Being progressed; force '1-3 In progress'"),
    ("pw_3", "F_powers", IS, "HMICFRS Being progressed; force '1-3 In progress'"),
    ("pw_4", "F_powers", CS, "HMICFRS Awaiting review; force '4 Complete'"),
    ("p2122_1", "F_peel2122", IS, "HMICFRS Being progressed; force 'AFI 1 – In progress'"),
    ("p2122_2", "F_peel2122", CS, "HMICFRS Being progressed; force 'AFI 2 – Complete'"),
    ("p2122_3", "F_peel2122", IS, "HMICFRS Awaiting review; force 'AFI 3 – In progress'"),
    ("p2122_4", "F_peel2122", CL, "HMICFRS Complete; force 'AFI 4 – Not yet complete' is open"),
    ("p2122_5", "F_peel2122", IS, "HMICFRS Complete; force 'AFI 5 – Complete'"),
    (None, "F_custody22", NL, "joint HMIP/HMICFRS custody report tracked by the force; no item "
                              "on the HMICFRS list"),
    (None, "F_local", NL, "force's own local actions (CDI self-audit); not HMICFRS items"),
]


def status_date(status: str, published: dt.date) -> dt.datetime:
    """A plausible date of the register's last status change (seeded)."""
    start = dt.date(max(published.year, 2017), 1, 1) if status != AR else published
    end = dt.date(2023, 12, 15)
    days = (end - start).days
    d = start + dt.timedelta(days=rng.randint(0, max(days, 1)))
    return dt.datetime(d.year, d.month, d.day)


def write_hmicfrs(path: Path) -> dict[str, int]:
    wb = Workbook()
    ws = wb.active
    ws.title = H_SHEET
    header = ["Reference", "Force", "Report title", "Publication date", "Type",
              "Recommendation text", "Status", "Status date", "Latest comment"]
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    rows: dict[str, int] = {}
    r = 2
    for _key, title, pub, items in REPORTS:
        for ikey, ref, typ, text, status, comment in items:
            ws.append([ref, FORCE, title, dt.datetime(pub.year, pub.month, pub.day), typ, text,
                       status, status_date(status, pub), comment])
            ws.cell(r, 4).number_format = "dd/mm/yyyy"
            ws.cell(r, 8).number_format = "dd/mm/yyyy"
            rows[ikey] = r
            r += 1
    for col, w in zip("ABCDEFGHI", (11, 20, 50, 15, 24, 90, 17, 13, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{r - 1}"
    save(wb, path)
    return rows


def write_tracker(path: Path) -> dict[str, int]:
    wb = Workbook()
    ws = wb.active
    ws.title = F_SHEET
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = ("Office of the Police and Crime Commissioner for Lincolnshire – HMICFRS reports: "
                "summary of recommendations and areas for improvement (AFIs)")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Position as at 19 January 2024 – for the Joint Independent Audit Committee, "
                "31 January 2024")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:F2")
    header = ["Report", "Published", "Recommendations / AFIs", "Status", "Lead", "Comments"]
    hrow = 4
    for i, h in enumerate(header, 1):
        c = ws.cell(hrow, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = wrap
    grey = PatternFill("solid", fgColor="D9D9D9")
    rows: dict[str, int] = {}
    r = hrow + 1
    for entry in TRACKER:
        if entry[0] == "heading":
            c = ws.cell(r, 1, entry[1])
            c.font = Font(bold=True)
            for col in range(1, 7):
                ws.cell(r, col).fill = grey
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            _, key, report, published, items, status, lead, comments = entry
            values = [report, published, items, status, lead, comments or None]
            for i, v in enumerate(values, 1):
                c = ws.cell(r, i, v)
                c.alignment = wrap
            if isinstance(published, dt.datetime):
                ws.cell(r, 2).number_format = "dd/mm/yyyy"
            rows[key] = r
        r += 1
    r += 1  # blank row before the key
    ws.cell(r, 1, "Status key: Complete / Proposed for closure / Submitted for closure = force "
                  "considers the item done, evidence held by the lead; In progress / Ongoing / "
                  "On hold / Not started = open. One status line per item, in the order the "
                  "items are listed.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for col, w in zip("ABCDEF", (34, 13, 95, 42, 30, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save(wb, path)
    return rows


def save(wb: Workbook, path: Path) -> None:
    """Save with fixed metadata and fixed zip entry dates, so rebuilds are byte-identical."""
    wb.properties.creator = "OPCC Lincolnshire" if path.stem == "tracker" else "HMICFRS"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    wb.properties.lastModifiedBy = None
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _fix_core(data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 19, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def _fix_core(data: bytes) -> bytes:
    import re
    stamp = FIXED_TS.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    return re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                  lambda m: m.group(1) + stamp + m.group(2), data)


def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    hrows = write_hmicfrs(CASE / "hmicfrs.xlsx")
    frows = write_tracker(CASE / "tracker.xlsx")
    seen_h = set()
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        def order(t):
            hkey, fkey = t[0], t[1]
            return (0, hrows[hkey], 0) if hkey else (1, 0, frows[fkey])
        for hkey, fkey, cat, why in sorted(TRUTH, key=order):
            if hkey:
                assert hkey not in seen_h, hkey
                seen_h.add(hkey)
            h = f"{H_SHEET}!{hrows[hkey]}" if hkey else ""
            f = f"{F_SHEET}!{frows[fkey]}" if fkey else ""
            w.writerow([h, f, cat, why])
    assert seen_h == set(hrows), set(hrows) ^ seen_h
    used_f = {fkey for _, fkey, _, _ in TRUTH if fkey}
    assert used_f == set(frows), set(frows) ^ used_f


if __name__ == "__main__":
    main()
