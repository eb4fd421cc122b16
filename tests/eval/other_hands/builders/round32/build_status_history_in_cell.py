"""Build the evaluation case `status_history_in_cell` (round 32).

Layout under test: a force tracker (xlsx) whose "Status history" column keeps every change of
status in ONE cell, one dated line per change ("12/01/2024 – Amber"). Most analysts append
(newest last), some prepend (newest first), one cell is unsorted. The latest *dated* line
decides the force's status. The old "RAG" column is blank on most rows and stale on some.
The HMICFRS side is a CSV register export (reference, report, published, type, text, status).

Texts are real public HMICFRS wording (Open Government Licence), copied from
/work/shared/data/real_recommendations.csv and /work/main/reconcile/casegen/texts/*.py.
Force rewordings, split bullets, local actions and progress notes are written by hand.

Run:  /work/main/.venv/bin/python build_status_history_in_cell.py
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

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

SEED = 32_2024_1206
HERE = Path(__file__).resolve().parent
CASE = HERE / "status_history_in_cell"
FORCE = "Staffordshire Police"
TODAY = dt.date(2024, 11, 15)          # the reconciliation date (JAC paper due)
FIXED_TS = (2024, 11, 15, 9, 30, 0)

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, tracker name)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "eff15": ("PEEL: Police efficiency 2015", dt.date(2015, 11, 5), "PEEL Efficiency 2015"),
    "leg15": ("PEEL: Police legitimacy 2015", dt.date(2016, 2, 11), "PEEL Legitimacy 2015"),
    "cdi16": ("Crime data integrity inspection 2016", dt.date(2016, 9, 22), "CDI 2016"),
    "effect16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2),
                 "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14), "NCPI 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 13), "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 5, 21), "PEEL 2023/24"),
}

NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")

# --------------------------------------------------------------------------------------------
# Real texts (verbatim; OGL)
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
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
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
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action")
DETENTION = (
    "Within six months Staffordshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk "
    "had not been identified, even where good information was available on the police "
    "database. In some cases there was information to indicate that children were at risk of "
    "sexual exploitation, but this did not influence the assigned risk and categorisation. "
    "Children were incorrectly graded at a lower level and could have been exposed to an "
    "increased risk of harm. This is an enduring cause of concern from HMIC’s report on "
    "vulnerability in 2015.")
HO_NPCC = ("The Home Office and the NPCC should take steps to ensure that the quality of the "
           "data collected on the number of incidents where force has been used to effect a "
           "stop and search is sufficient for publication. The Home Office should publish "
           "this data as soon as possible.")

# --------------------------------------------------------------------------------------------
# Items. One dict per HMICFRS item (ref given) and per force-only row (ref None).
#   cat      : truth category
#   h        : HMICFRS status (None = not on the HMICFRS list)
#   rows     : force rows, each a dict: ref (as written in tracker), type, text, and either
#              hist (explicit list of lines, in cell order) or gen (final word, n, order)
#   report   : force report override (conflict 9333)
# --------------------------------------------------------------------------------------------
ITEMS: list[dict] = [
    # ---------------------------------------------------------------- Integrity matters 2015
    dict(ref=902, rep="integrity", type=NAT, cat="in_sync", h=("Being progressed", dt.date(2023, 3, 7)),
         text="By 31 August 2015, all chief constables should satisfy themselves that they have "
              "processes in place to ensure that investigations into misconduct by officers and "
              "staff resulting in “no further action” are fair and free of any form of "
              "discrimination.",
         rows=[dict(ref="902", type="National rec", rag="Red", lead="Head of Professional Standards",
                    text="By 31 August 2015, all CCs should satisfy themselves that they have processes "
                         "in place to ensure that investigations into misconduct by officers & staff "
                         "resulting in 'no further action' are fair and free of any form of "
                         "discrimination.",
                    gen=("Amber – PSD disproportionality review commissioned", 4, "last"),
                    upd="PSD disproportionality dip-sample (NFA outcomes by ethnicity) due to report to PSB in January.")],
         why="ref 902 on both; HMICFRS Being progressed, latest history line Amber (open): both open"),
    # ---------------------------------------------------------------- Stop and search 2013
    dict(ref=1204, rep="sas13", type=NAT, cat="in_sync", h=("No further action required", dt.date(2016, 4, 18)),
         text="Chief Constables and the College of Policing should establish in the Stop and "
              "Search Authorised Professional Practice document a clear specification of what "
              "constitutes the effective and fair exercise of stop and search powers, and "
              "guidance in this respect. This should be compliant with the Code of Practice.",
         rows=[dict(ref="1204", type="National rec", rag="Complete",
                    gen=("Complete – national action, CoP APP published", 2, "last", dt.date(2016, 3, 1)),
                    upd="National action for CoP. APP on stop and search published and adopted in force policy.")],
         why="ref 1204; HMICFRS closed (No further action required), latest line Complete: both closed"),
    dict(ref=1205, rep="sas13", type=NAT, cat="closeable_local", h=("Superseded", dt.date(2018, 1, 15)),
         text="Chief Constables should establish or improve monitoring of the way officers stop "
              "and search people, so that they can be satisfied their officers are acting in "
              "accordance with the law (including equality legislation and the Code of "
              "Practice), and that the power is used effectively to prevent crime, catch "
              "criminals and maintain public trust.",
         rows=[dict(ref="1205", type="National rec", rag="Complete",
                    text="Chief Constables should establish or improve monitoring of the way officers "
                         "S&S people, so that they can be satisfied their officers are acting in "
                         "accordance with the law (including equality legislation and the Code of "
                         "Practice), and that the power is used effectively to prevent crime, catch "
                         "criminals and maintain public trust.",
                    hist=["Carried over from 2019 tracker – shown as Complete",
                          "20/09/2023 – Amber – reopened after S&S scrutiny panel review of BWV",
                          "14/03/2024 – Amber – monitoring dashboard being rebuilt in Power BI"],
                    upd="Reopened Sept 23. New S&S monitoring dashboard due Q4.")],
         why="ref 1205; HMICFRS Superseded (closed). Undated top line says Complete and the stale RAG "
             "says Complete, but the latest dated line (14/03/2024) is Amber: force open -> close locally"),
    dict(ref=1206, rep="sas13", type=NAT, cat="in_sync", h=("Complete", dt.date(2017, 6, 2)),
         text="Chief Constables should, in consultation with elected local policing bodies, "
              "ensure that they comply with the code of practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example, young people.",
         rows=[dict(ref=None, type="National rec",
                    gen=("Complete", 3, "last", dt.date(2016, 11, 30)),
                    upd="Community scrutiny panel in place; youth panel established 2016.")],
         why="no ref on tracker row; 2013 wording ('elected local policing bodies'), filed under the "
             "2013 report -> 1206, not the near-identical 2015 item 5510; closed both sides"),
    # ---------------------------------------------------------------- Everyone's business 2014
    dict(ref=2321, rep="everyone", type=NAT, cat="closeable_local", h=("Superseded", dt.date(2017, 3, 2)),
         text=EVERYONE_PLAN,
         rows=[dict(ref="2321", type="National rec", lead="Ch Supt Public Protection",
                    text="By September 2014, every police force in England and Wales should establish "
                         "and publish an action plan that specifies in detail what steps it will take "
                         "to improve its approach to DA.",
                    gen=("Amber – DA action plan refresh with VAWG strategy", 4, "first"),
                    upd="Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.")],
         why="ref 2321; HMICFRS Superseded (inspected again in PEEL), force still Amber (newest-first "
             "cell, top line latest): close locally"),
    # ---------------------------------------------------------------- Austerity 2014
    dict(ref=3101, rep="austerity", type=NAT, cat="missing_from_force", h=("Complete", dt.date(2015, 6, 30)),
         text="All Chief Constables and PCCs should review their plans to deliver savings to "
              "ensure they are doing all they can to continue to reduce crime and protect the "
              "front line while balancing their budgets. They should use the data and "
              "information contained in this report, and in HMIC's Value for Money profiles, "
              "when conducting their reviews",
         rows=[], why="on the HMICFRS list (closed, Complete), no tracker row"),
    dict(ref=3102, rep="austerity", type=NAT, cat="in_sync", h=("Complete", dt.date(2015, 6, 30)),
         text="Chief Constables and PCCs in forces planning to deliver less than 10% of their "
              "savings through collaboration should assess whether there is scope to improve "
              "on this position. HMIC will follow up the assessments in the autumn.",
         rows=[dict(ref=None, type="National rec", lead="Director of Finance",
                    text="Chief Constables and PCCs in forces planning to deliver less than 10% of their "
                         "savings through collaboration should assess whether there is scope to improve "
                         "on this position.",
                    gen=("Complete", 2, "last", dt.date(2015, 3, 1)),
                    upd="Collaboration assessment completed with OPCC.")],
         why="no ref; same text minus the 'HMIC will follow up' sentence; closed both sides"),
    dict(ref=3103, rep="austerity", type=NAT, cat="closeable_local", h=("No further action required", dt.date(2016, 1, 20)),
         text="Chief Constables and PCCs in forces that are planning to reduce the proportion "
              "of their workforce and/or police officers on the front line should assess "
              "whether they have taken the decisive action seen in many forces in order to "
              "maintain their crime fighting capacity. HMIC will follow up the assessments in "
              "the autumn.",
         rows=[dict(ref="3103", type="National rec", lead="Director of Finance",
                    gen=("Amber – front line definition under review", 3, "last"),
                    upd="Linked to force management statement; front line definition still being agreed.")],
         why="ref 3103; HMICFRS No further action required (closed), force latest Amber: close locally"),
    dict(ref=3104, rep="austerity", type=NAT, cat="in_sync", h=("Complete", dt.date(2016, 1, 20)),
         text="In preparation for the next spending round period all Chief Constables and PCCs "
              "should review their plans for collaboration. In particular they should consider "
              "whether there is scope to deliver better value for money and improved "
              "capability and capacity through joint working with other forces, the public "
              "and/or the private sector.",
         rows=[dict(ref="3104", type="National rec", rag="Complete", lead="Director of Finance",
                    gen=("Complete", 3, "last", dt.date(2015, 12, 1)),
                    upd="Completed.")],
         why="ref 3104; closed both sides"),
    # ---------------------------------------------------------------- Core business 2014
    dict(ref=4822, rep="core", type=NAT, cat="closeable_submit", h=("Awaiting review", dt.date(2019, 8, 1)),
         text="Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
              "that have not yet done so, should provide call-handlers with specific, sound and "
              "comprehensible criteria against which they can assess threat, harm and risk.",
         rows=[dict(ref="4822", type="National rec", rag="Amber", lead="Supt Contact Centre",
                    hist=["11/05/2022 – Amber", "30/01/2023 – Amber – THRIVE+ refresher for call handlers",
                          "16/08/2024 – Complete, submitted to HMICFRS"],
                    upd="THRIVE+ embedded; QA of 200 incidents shows criteria applied. Evidence pack sent 16 Aug.")],
         why="ref 4822; HMICFRS Awaiting review (open). RAG column still says Amber (not maintained since "
             "Apr 2023) but the latest dated line 16/08/2024 is Complete: submit for closure"),
    dict(ref=4823, rep="core", type=NAT, cat="in_sync", h=("Complete", dt.date(2016, 9, 12)),
         text="By 31 March 2015 all forces should ensure that crime prevention or disruption "
              "activity carried out is systematically recorded and subsequently evaluated to "
              "determine the effectiveness of tactics being employed.",
         rows=[dict(ref="4823", type="National rec",
                    gen=("Complete", 3, "last", dt.date(2016, 6, 1)),
                    upd=None)],
         why="ref 4823; closed both sides"),
    # ---------------------------------------------------------------- Stop and search 2015
    dict(ref=5510, rep="sas15", type=NAT, cat="closeable_submit", h=("Being progressed", dt.date(2022, 10, 4)),
         text="Chief constables should, in consultation with police and crime commissioners, "
              "ensure that they comply with the Code of Practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example young people.",
         rows=[dict(ref="5510", type="National rec", lead="ACC Local Policing",
                    gen=("Complete – evidence submitted to HMICFRS", 3, "last"),
                    upd="Scrutiny panel annual report and youth panel minutes sent as evidence.")],
         why="ref 5510 (2015 wording, 'police and crime commissioners'); HMICFRS open, force Complete: "
             "submit. Near-duplicate of 1206"),
    # ---------------------------------------------------------------- Building the picture 2015
    dict(ref=5802, rep="picture", type=NAT, cat="missing_from_force", h=("Awaiting review", dt.date(2020, 2, 11)),
         text="By 30 November 2015, chief constables should put in place arrangements to "
              "scrutinise audits of compliance with the APP on information management through "
              "the force information management governance structure. This should include "
              "measures to ensure that categorisation of records are regularly adjusted.",
         rows=[], why="on the HMICFRS list (open), no tracker row: nobody owns it"),
    # ---------------------------------------------------------------- Firearms 2015
    dict(ref=6101, rep="firearms", type=NAT, cat="in_sync", h=("Complete", dt.date(2017, 2, 8)),
         text="Within three months, all chief constables should assess how well the governance "
              "of firearms licensing in his or her force meets the standards set out in "
              "Authorised Professional Practice. Chief constables of forces where the "
              "governance standards are not being complied with should put in place "
              "immediately the correct arrangements and procedures in order to meet the "
              "standards in full.",
         rows=[dict(ref="6101", type="National rec", lead="Supt Firearms Licensing",
                    text="Within 3 months, assess how well the governance of firearms licensing in the "
                         "force meets the standards set out in APP; put correct arrangements in place "
                         "immediately where it does not.",
                    gen=("Complete", 2, "last", dt.date(2016, 8, 1)), upd="Completed.")],
         why="ref 6101; abridged wording; closed both sides"),
    dict(ref=6102, rep="firearms", type=NAT, cat="in_sync", h=("Complete", dt.date(2023, 12, 14)),
         text="Within three months, all chief constables should assess the demand placed on their "
              "firearms licensing department and ensure it has the capacity to meet this demand and "
              "provide an efficient and effective service at all times.",
         rows=[dict(ref="6102", type="National rec", rag="Amber", lead="Supt Firearms Licensing",
                    hist=["02/12/2015 – Red", "17/06/2016 – Amber – 3 additional FEOs recruited",
                          "05/10/2023 – Complete – demand model signed off, backlog cleared"],
                    upd="Demand model signed off by Chief Officer Group Oct 23.")],
         why="ref 6102; HMICFRS Complete. RAG column stale (Amber) but latest dated line Complete: "
             "closed both sides"),
    dict(ref=6103, rep="firearms", type=NAT, cat="closeable_local", h=("Complete", dt.date(2017, 2, 8)),
         text="Immediately, all chief constables should satisfy themselves that all appropriate "
              "action is being taken by their force with regard to ‘total expired’ licensing "
              "records.",
         rows=[dict(ref="6103", type="National rec", lead="Supt Firearms Licensing",
                    gen=("Amber – NFLMS total expired report checked monthly", 3, "last"),
                    upd="Monthly total-expired check in place; audit by Internal Audit pending.")],
         why="ref 6103; HMICFRS Complete, force latest Amber: close locally"),
    dict(ref=6104, rep="firearms", type=NAT, cat="in_sync", h=("Complete", dt.date(2017, 2, 8)),
         text="Within three months, all chief constables should ensure that their arrangements "
              "in respect of the use of temporary permits are in accordance with the Home "
              "Office guidance; that temporary permits are properly recorded without delay on "
              "the National Firearms Licensing Management System; and that effective systems "
              "exist to ensure certificate holders are not permitted, at any time, to remain "
              "in unlawful possession of a firearm.",
         rows=[dict(ref="6104", type="National rec", lead="Supt Firearms Licensing",
                    hist=["12/02/2016 – Amber", "30/06/2016 – Complete",
                          "19/01/2017 – Closed by HMICFRS",
                          r"Evidence: S:\OrgLearning\HMICFRS\Evidence\6104"],
                    upd="Closed.")],
         why="ref 6104; last line of the cell is an undated evidence path (not a status); latest dated "
             "line Closed; HMICFRS Complete: closed both sides"),
    dict(ref=6105, rep="firearms", type=NAT, cat="closeable_submit", h=("Being progressed", dt.date(2021, 5, 20)),
         text="Within three months, all chief constables should ensure that systems designed "
              "to identify, prior to police attendance, whether a reported incident involves "
              "or is at the address of a firearm certificate holder are in place and are "
              "always applied by staff dispatching officers to incidents; and that officers "
              "understand the risk assessment which they should be undertaking in such "
              "circumstances, and their power, when appropriate, to seize firearms and firearm "
              "certificates.",
         rows=[dict(ref="6105", type="National rec", lead="Supt Contact Centre",
                    hist=["02/05/2024 – Complete, submitted to HMICFRS",
                          "11/03/2024 – Amber – NFLMS flag check being built into STORM",
                          "06/10/2023 – Red"],
                    upd="STORM now flags certificate holders at point of dispatch.")],
         why="ref 6105; newest-first cell; dates are dd/mm (02/05/2024 = 2 May, the latest). Read as "
             "mm/dd the 'latest' would be 11/03 (Nov) Amber. Force done, HMICFRS open: submit"),
    # ---------------------------------------------------------------- PEEL efficiency 2015
    dict(ref=6350, rep="eff15", type=AFI, cat="in_sync", h=("Complete", dt.date(2017, 11, 9)),
         text="The force should undertake further work to gain a fuller understanding of current "
              "demand for its services, and likely future changes in demand. This is so it can "
              "make best use of its resources by matching them to demand to meet the needs of "
              "the public",
         rows=[dict(ref="6350", type="AFI", lead="Head of Corporate Development",
                    gen=("Complete", 3, "last", dt.date(2017, 9, 1)),
                    upd="Force Management Statement 1 submitted.")],
         why="ref 6350; closed both sides"),
    dict(ref=6351, rep="eff15", type=AFI, cat="closeable_local", h=("Superseded", dt.date(2017, 11, 9)),
         text="The force should develop its understanding of the links between its outcomes, "
              "outputs and costs",
         rows=[dict(ref="6351", type="AFI", lead="Director of Finance",
                    gen=("Amber – activity based costing pilot", 3, "last"),
                    upd="Activity-based costing pilot in Contact Centre; wider roll-out not funded.")],
         why="ref 6351; HMICFRS Superseded, force still Amber: close locally"),
    dict(ref=6352, rep="eff15", type=AFI, cat="in_sync", h=("Complete", dt.date(2018, 3, 14)),
         text="The force should develop a future workforce plan that is aligned with its overall "
              "demand and budget. The plan should include future resource allocations, the mix "
              "of skills required by the workforce and behaviours expected of them.",
         rows=[dict(ref="6352", type="AFI", lead="Director of People",
                    text="The force should develop a future workforce plan that is aligned with its "
                         "overall demand and budget. The plan should include future resource "
                         "allocations, the mix of skills required by the workforce and behaviours "
                         "expected of them.",
                    hist=["Complete – 20/12/2017", "Amber – 04/05/2017", "Red – 16/01/2016"],
                    upd="Workforce plan 2018-21 approved.")],
         why="ref 6352; newest-first cell with the date written after the status; latest Complete; "
             "HMICFRS Complete: closed both sides"),
    # ---------------------------------------------------------------- PEEL legitimacy 2015 (force only)
    dict(ref=None, rep="leg15", type=AFI, cat="not_on_hmicfrs_list", h=None,
         rows=[dict(ref="6612", type="AFI", lead="Head of Criminal Justice",
                    text="The force should revise its approach to cautions, cannabis warning and penalty "
                         "notices for disorder to ensure that there is a clear and auditable explanation "
                         "to the offender of the implications of receiving the warning and that, for "
                         "victim-based crimes, there is a clear and auditable record that views of the "
                         "victim are considered prior to their issue.",
                    gen=("Amber – OOCD scrutiny panel reviewing", 3, "last"),
                    upd="Out of court disposals scrutiny panel dip-samples quarterly.")],
         why="ref 6612 (PEEL Legitimacy 2015) is not on the HMICFRS list: query with HMICFRS"),
    # ---------------------------------------------------------------- CDI 2016
    dict(ref=7020, rep="cdi16", type=REC, cat="conflict", h=("Being progressed", dt.date(2023, 11, 2)),
         text=CDI_VICTIMS,
         rows=[dict(ref="7020", type="Rec", lead="Force Crime Registrar",
                    text=CDI_VICTIMS.split("\n• online reports")[0]
                         .replace("is stopped; and", "is stopped."),
                    gen=("Complete, submitted to HMICFRS", 4, "last"),
                    upd="Crime Data Integrity audit Q2 shows 94% compliance. Evidence submitted.")],
         why="ref 7020; tracker text has 4 of the 5 bullets (online reports triage missing). Force says "
             "Complete, HMICFRS open: the missing bullet matters -> conflict"),
    dict(ref=7021, rep="cdi16", type=AFI, cat="in_sync", h=("Complete", dt.date(2019, 2, 21)),
         text="The force should improve its use of its crime-recording and management system to "
              "better manage its case files and investigative processes.",
         rows=[dict(ref="7021", type="AFI", lead="Force Crime Registrar",
                    gen=("Complete", 2, "last", dt.date(2018, 11, 1)), upd="Niche workflow changes live.")],
         why="ref 7021; closed both sides"),
    # ---------------------------------------------------------------- PEEL effectiveness 2016
    dict(ref=7711, rep="effect16", type=COC, cat="in_sync", h=("Complete", dt.date(2019, 3, 28)),
         text="The force’s current approach to domestic abuse is unacceptable. The proportion of "
              "victims who fail to support the investigation and the low use of police powers of "
              "arrest and prosecution is a cause of concern to HMIC.",
         rows=[dict(ref="7711", type="CoC", lead="Ch Supt Public Protection",
                    gen=("Complete", 4, "last", dt.date(2019, 1, 15)),
                    upd="All three recommendations discharged; DA Delivery Board closed the CoC.")],
         why="ref 7711 (cause of concern); closed both sides"),
    dict(ref=7712, rep="effect16", type=REC, cat="closeable_local", h=("Complete", dt.date(2019, 3, 28)),
         text="In order to improve the service it provides to victims of domestic abuse, offer the "
              "best possible protection and bring more perpetrators to justice, the force should "
              "immediately consider ways of increasing the use of arrest, ancillary orders and other "
              "available powers.",
         rows=[dict(ref="7712", type="Rec", rag="Amber", lead="Ch Supt Public Protection",
                    text="Immediately consider ways of increasing the use of arrest, ancillary orders "
                         "and other available powers to improve the service to DA victims.",
                    gen=("Amber – DVPN/DVPO usage still below regional average", 4, "last"),
                    upd="DVPO applications up 40% but still below MSG average.")],
         why="ref 7712; HMICFRS Complete, force latest Amber: close locally"),
    dict(ref=7713, rep="effect16", type=REC, cat="in_sync", h=("Complete", dt.date(2019, 3, 28)),
         text="To improve the service provided to victims of domestic abuse the force should "
              "immediately take steps to understand and address the reason behind why such a high "
              "proportion of victims of domestic abuse do not support the police investigation.",
         rows=[dict(ref=None, type="Rec", lead="Ch Supt Public Protection",
                    text="To improve the service provided to victims of DA the force should immediately "
                         "take steps to understand and address the reason behind why such a high "
                         "proportion of victims of DA do not support the police investigation.",
                    gen=("Complete", 3, "first", dt.date(2018, 10, 1)),
                    upd="Victim attrition research with Keele University completed.")],
         why="no ref; abbreviated (DA) text of 7713; closed both sides"),
    dict(ref=7714, rep="effect16", type=REC, cat="closeable_submit", h=("Being progressed", dt.date(2022, 6, 30)),
         text="In addition, the practice of conducting domestic abuse risk assessments over the "
              "telephone and dealing with domestic abuse in the resolution centre should cease",
         rows=[dict(ref="7714", type="Rec", lead="ACC Local Policing",
                    hist=["14/04/2017 – Red", "02/02/2018 – Amber", "19/07/2023 – Amber",
                          "01/10/2024 – Pending sign off – ACC Local Policing"],
                    upd="Telephone DASH stopped Sept 24; Resolution Centre no longer takes DA. Awaiting ACC sign-off.")],
         why="ref 7714; latest line 'Pending sign off' = force says done; HMICFRS open: submit"),
    dict(ref=7715, rep="effect16", type=COC, cat="in_sync", h=("Complete", dt.date(2020, 1, 9)),
         text=CAUSE_MISSING,
         rows=[dict(ref="7715", type="CoC", lead="Ch Supt Public Protection",
                    text="The force’s response to missing and absent children is a cause of concern to "
                         "HMIC (enduring cause of concern from the 2015 vulnerability report).",
                    gen=("Complete", 3, "last", dt.date(2019, 11, 1)),
                    upd="Closed following HMICFRS revisit.")],
         why="ref 7715 (cause of concern, abridged); closed both sides"),
    dict(ref=7716, rep="effect16", type=REC, cat="closeable_local", h=("Complete", dt.date(2020, 1, 9)),
         text=MISSING_CHILDREN,
         rows=[dict(ref="7716", type="Rec", lead="Supt Contact Centre",
                    text="Review approach to reports of missing children – call takers understand and "
                         "use the missing and absent category appropriately",
                    gen=("Complete", 3, "last", dt.date(2018, 6, 1)),
                    upd="Absent category withdrawn in line with APP."),
               dict(ref="7716", type="Rec", lead="Head of Learning & Development",
                    text="Review approach to reports of missing children – call takers and frontline "
                         "staff have the knowledge to identify CSE risk factors and how to respond",
                    hist=["03/08/2017 – Red", "22/02/2018 – Amber",
                          "08/11/2019 – Green (on track)",
                          "27/06/2024 – Amber – CSE awareness e-learning only 61% completed by frontline"],
                    upd="Chasing completion via district commanders."),
               dict(ref="7716", type="Rec", lead="Ch Supt Public Protection",
                    text="Review approach to reports of missing children – supervisors provide the "
                         "correct oversight of missing person enquiries and direct timely "
                         "investigative and safeguarding action",
                    gen=("Complete", 2, "first", dt.date(2019, 2, 1)),
                    upd="Missing person supervisory review built into COMPACT.")],
         why="ref 7716 split into 3 bullet rows; HMICFRS Complete; bullet 2's latest line is Amber (its "
             "'61% completed' is not a status) so the force item is open: close locally (each split row)"),
    # ---------------------------------------------------------------- Stolen freedom 2017
    dict(ref=8020, rep="stolen", type=NAT, cat="closeable_submit", h=("Being progressed", dt.date(2021, 9, 9)),
         text=SF_LEADERSHIP,
         rows=[dict(ref="8020 (1)", type="National rec", lead="Det Ch Supt Force CID",
                    text="Within 12 months review MSHT leadership & governance to ensure senior leaders "
                         "prioritise the response to MSHT",
                    gen=("Complete", 3, "last", dt.date(2024, 9, 1)), upd="MSHT gold group chaired by ACC Crime."),
               dict(ref="8020 (2)", type="National rec", lead="Det Ch Supt Force CID",
                    text="…every incident of modern slavery identified to police is allocated appropriate "
                         "resources with the skills, experience and capacity to investigate it effectively",
                    gen=("Complete, submitted to HMICFRS", 4, "first"), upd="MSHT team uplift (1 DS, 4 DCs)."),
               dict(ref="8020 (3)", type="National rec", lead="Head of Intelligence",
                    text="…forces develop effective partnership arrangements to co-ordinate activity in "
                         "order to share information and safeguard victims",
                    gen=("Complete", 3, "last", dt.date(2024, 9, 1)), upd="Anti-Slavery Partnership in place."),
               dict(ref="8020 (4)", type="National rec", lead="Det Ch Supt Force CID",
                    text="…performance and QA measures are in place to allow senior leaders to assess "
                         "the nature and quality of the service provided to victims",
                    gen=("Complete, submitted to HMICFRS", 3, "last"), upd="MSHT measures in Force Performance pack.")],
         why="ref 8020 split into one row per bullet (8020 (1)-(4)); every bullet's latest line is done; "
             "HMICFRS open: submit (each split row)"),
    dict(ref=8021, rep="stolen", type=NAT, cat="conflict", h=("Being progressed", dt.date(2021, 9, 9)),
         text="Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
              "and in order to safeguard victims better and to identify suspects as early as "
              "possible",
         rows=[dict(ref="8021", type="National rec", lead="Head of Intelligence",
                    text="Within 12 months, forces should have in place active ISAs with other agencies "
                         "to facilitate speedy exchange of intelligence and in order to safeguard "
                         "victims better and to identify suspects as early as possible.",
                    gen=("Amber – ISA with Stoke and Staffs councils drafted", 3, "last"),
                    upd="ISA with both local authorities at legal review.")],
         why="ref 8021; timescale differs: HMICFRS 'Within six months', tracker 'Within 12 months' "
             "(both open) -> conflict"),
    dict(ref=8022, rep="stolen", type=NAT, cat="in_sync", h=("Awaiting review", dt.date(2021, 9, 9)),
         text="Immediately, forces should ensure that all victims carrying out criminal acts "
              "under compulsion attributable to slavery or exploitation are afforded the "
              "protection of early and continuing consideration of the applicability of the "
              "section 45 defence.",
         rows=[dict(ref="8022", type="National rec", rag="Amber", lead="Head of Criminal Justice",
                    gen=("Amber – s45 guidance agreed with CPS", 4, "first"),
                    upd="s45 aide-memoire issued to custody and CID.")],
         why="ref 8022; open both sides (newest-first cell)"),
    dict(ref=8023, rep="stolen", type=NAT, cat="closeable_submit", h=("Being progressed", dt.date(2021, 9, 9)),
         text="Immediately, forces should take steps to ensure they are fully compliant with "
              "the NRM process as it evolves and are implementing the requirement placed upon "
              "them under the Modern Slavery Act 2015 to notify the Home Office of any "
              "individual suspected to be an adult victim of modern slavery or human "
              "trafficking.",
         rows=[dict(ref="8023", type="National rec", lead="Det Ch Supt Force CID",
                    text="Immediately, forces should take steps to ensure they are fully compliant with "
                         "the NRM process as it evolves and are implementing the requirement placed upon "
                         "them under the Modern Slavery Act 2015 to notify the HO of any individual "
                         "suspected to be an adult victim of MSHT.",
                    hist=["12 Jan 2024 – Amber", "03/04/24 – Green (on track)",
                          "10/07/2024 – Complete, submitted to HMICFRS"],
                    upd="Duty to Notify compliance 100% for Q1; evidence sent.")],
         why="ref 8023; three date styles in one cell (12 Jan 2024, 03/04/24, 10/07/2024); latest "
             "Complete; HMICFRS open: submit"),
    dict(ref=8024, rep="stolen", type=NAT, cat="in_sync", h=("Complete", dt.date(2020, 7, 1)),
         text="Immediately, forces should take steps to ensure they fully comply with national "
              "crime recording standard (NCRS) requirements for offences identified as modern "
              "slavery and human trafficking and that sufficient audit capacity is available "
              "to the force crime registrar to provide reassurance that each force is "
              "identifying and managing any gaps in its crime-recording accuracy for these "
              "types of offences.",
         rows=[dict(ref="8024", type="National rec", lead="Force Crime Registrar",
                    gen=("Complete", 3, "first", dt.date(2020, 3, 1)), upd="FCR audit of MSHT crimes completed.")],
         why="ref 8024; closed both sides"),
    dict(ref=8025, rep="stolen", type=NAT, cat="in_sync", h=("Being progressed", dt.date(2024, 2, 6)),
         text="Immediately, forces should ensure that allegations or indications of modern "
              "slavery and human trafficking are thoroughly investigated and effectively "
              "supervised by teams and individuals with the skills and experience to undertake "
              "them (this should include the use where appropriate of joint intelligence teams "
              "and other means to obtain intelligence and evidence from agencies overseas).",
         rows=[dict(ref="8025", type="National rec", lead="Det Ch Supt Force CID",
                    hist=["15/01/2019 – Amber", "12/11/2019 – Complete",
                          "08/07/2024 – Reopened – Amber: MSHT audit found supervision gaps"],
                    upd="Reopened after internal audit. Supervision template being rewritten.")],
         why="ref 8025; earlier line says Complete but the latest line reopens it (Amber); HMICFRS open: "
             "both open"),
    dict(ref=8026, rep="stolen", type=NAT, cat="missing_from_force", h=("Being progressed", dt.date(2021, 9, 9)),
         text="Immediately, forces should review their use of preventative powers under the "
              "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
              "of those deemed to pose a clear threat to others in respect of modern slavery "
              "and human trafficking offences are exploited.",
         rows=[], why="on the HMICFRS list (open), no tracker row"),
    dict(ref=None, rep="stolen", type=None, cat="not_on_hmicfrs_list", h=None,
         rows=[dict(ref=None, type="Local action", lead="Det Ch Supt Force CID",
                    text="Force action - Task & Finish group to review the modern slavery and human "
                         "trafficking policy and report to the Force Executive Team",
                    gen=("Amber", 2, "last"), upd="T&F group meets monthly.")],
         why="force's own local action (no ref, 'Force action'): not an HMICFRS item"),
    # ---------------------------------------------------------------- PEEL efficiency 2017 national
    dict(ref=8390, rep="efc17", type=NAT, cat="in_sync", h=("Being progressed", dt.date(2022, 2, 17)),
         text="By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force. The Home Office, National Police "
              "Chiefs' Council and Association of Police and Crime Commissioners should "
              "support the development of these plans by establishing a national framework "
              "which allows for the provision of digitally enabled services across force "
              "boundaries.",
         rows=[dict(ref="8390", type="National rec", lead="Head of Information Management",
                    text="By September 2018, CCs should produce an ambitious plan to improve "
                         "digitally-enabled services within their force.",
                    hist=["21/03/2019 – Amber", "09/09/2021 – Amber – Digital Strategy drafted",
                          "17/05/2024 – Green (on track) – Single Online Home phase 2 due Mar 25"],
                    upd="Digital Strategy 2024-27 approved; delivery on track.")],
         why="ref 8390; latest line 'Green (on track)' — the sheet's key defines Green as on track, not "
             "delivered (Complete is the done word): force open, HMICFRS open: in sync"),
    # ---------------------------------------------------------------- PEEL legitimacy 2017 national
    dict(ref=8541, rep="leg17", type=COC, cat="in_sync", h=("Being progressed", dt.date(2023, 6, 19)),
         text="HMICFRS is concerned that forces are not able to demonstrate that the use of "
              "stop and search powers is consistently reasonable and fair. In particular, "
              "there is over-representation of BAME people, and black people in particular, "
              "in stop and search data which many forces are unable to explain.",
         rows=[dict(ref="8541", type="Cause for concern", lead="ACC Local Policing",
                    gen=("Amber", 4, "last"), upd="Linked recs 8542-8545.")],
         why="ref 8541 (cause of concern / 'Cause for concern'); open both sides"),
    dict(ref=8542, rep="leg17", type=NAT, cat="closeable_submit", h=("Being progressed", dt.date(2023, 6, 19)),
         text=SAS_MONITORING_2017,
         rows=[dict(ref="8542", type="National rec", lead="ACC Local Policing",
                    text=SAS_MONITORING_2017.replace("•the", "\n- the").replace(" \n", "\n"),
                    hist=["30/07/2018 – Red", "14/02/2019 – Amber", "05/01/2024 – Green (on track)",
                          "21/06/2024 – Submitted for closure (signed off by ACC Crime 18/06/2024)"],
                    upd="S&S dashboard live; disproportionality reviewed at monthly S&S board.")],
         why="ref 8542; latest line 'Submitted for closure' (a second date inside the line is the sign-off "
             "date, earlier); HMICFRS open: submit"),
    dict(ref=8543, rep="leg17", type=NAT, cat="in_sync", h=("Being progressed", dt.date(2023, 6, 19)),
         text="Where forces identify disparities through monitoring, they should demonstrate "
              "to the public that they have:\n"
              "•carried out research and analysis in an attempt to understand the reasons for "
              "the disparity, and •taken action to reduce the disparity, where necessary;",
         rows=[dict(ref="8543", type="National rec", lead="ACC Local Policing",
                    gen=("Amber – research with Staffordshire University", 3, "first"),
                    upd="Research report due March.")],
         why="ref 8543; open both sides"),
    dict(ref=8544, rep="leg17", type=NAT, cat="conflict", h=("Awaiting review", dt.date(2023, 6, 19)),
         text="We expect forces to publish this analysis and any actions taken at least on an "
              "annual basis, from July 2018.",
         rows=[dict(ref="8454", type="National rec", lead="Head of Corporate Development",
                    gen=("Complete", 3, "last"),
                    upd="Annual S&S report published on force website each July.")],
         why="same report and text as 8544 but the tracker reference is 8454 (digits transposed; 8454 is "
             "not on the register) -> conflict on reference"),
    dict(ref=8545, rep="leg17", type=NAT, cat="closeable_local", h=("Complete", dt.date(2022, 12, 1)),
         text="By July 2018, and ongoing following that date, forces should ensure that all "
              "officers who use stop and search powers have been provided with, and "
              "understand, training on unconscious bias and College of Policing APP on stop "
              "and search.",
         rows=[dict(ref="8545", type="National rec", lead="Head of Learning & Development",
                    text="By July 2018, and ongoing following that date, forces should ensure that all "
                         "officers who use S&S powers have been provided with, and understand, training "
                         "on unconscious bias and CoP APP on S&S.",
                    hist=["27/07/2018 – Amber", "19/12/2019 – Complete",
                          "10/04/2024 – Amber – refresher not yet delivered to new student officers"],
                    upd="Refresher built into PCDA year 1; 2024 intake outstanding.")],
         why="ref 8545; HMICFRS Complete; latest line Amber (was Complete in 2019): close locally"),
    # ---------------------------------------------------------------- NCPI 2018
    dict(ref=9105, rep="ncpi18", type=REC, cat="in_sync", h=("Being progressed", dt.date(2024, 1, 30)),
         text=DETENTION,
         rows=[dict(ref="9105", type="Rec", lead="Ch Insp Custody",
                    text=DETENTION.replace(":•", ":\n•").replace(";•", ";\n•").replace("and•", "and\n•"),
                    gen=("Amber – PACE beds protocol with both LAs", 5, "last"),
                    upd="Concordat on children in custody signed; PACE bed availability still poor.")],
         why="ref 9105; bullets re-lined only; open both sides"),
    dict(ref=9106, rep="ncpi18", type=AFI, cat="in_sync", h=("Complete", dt.date(2021, 4, 22)),
         text="The force should improve the way it manages the risk posed by offenders involved in "
              "online child sexual abuse.",
         rows=[dict(ref="9106", type="AFI", lead="Ch Supt Public Protection",
                    gen=("Complete", 3, "first", dt.date(2021, 2, 1)), upd="POLIT capacity uplift delivered.")],
         why="ref 9106; closed both sides"),
    # ---------------------------------------------------------------- PEEL 2018/19 (merged Report cells)
    dict(ref=9329, rep="peel18", type=COC, cat="in_sync", h=("Being progressed", dt.date(2024, 3, 12)),
         text="The force does not have the capacity or capability to investigate crime "
              "effectively and this is affecting the service being provided to the public. There "
              "are failings in the way that crimes are being investigated.",
         rows=[dict(ref="9329", type="CoC", lead="ACC Crime",
                    gen=("Amber – Investigative Standards programme", 4, "last"),
                    upd="Investigation Quality Board monitors programme.")],
         why="ref 9329; open both sides"),
    dict(ref=9330, rep="peel18", type=REC, cat="in_sync", h=("Being progressed", dt.date(2024, 3, 12)),
         text="HMIC recommends that the force should immediately: conduct a review of officers’ "
              "capabilities and capacity to manage their investigative workload, to better "
              "understand investigative demand and the pressures placed upon them; and",
         rows=[dict(ref="9330", type="Rec", lead="Det Ch Supt Force CID",
                    text="Conduct a review of officers' capabilities and capacity to manage their "
                         "investigative workload, to better understand investigative demand and the "
                         "pressures placed upon them.",
                    gen=("Red – review delayed by Op Uplift", 3, "last"),
                    upd="Little work yet undertaken in this area. Unlikely to reach deadlines.")],
         why="ref 9330; stem dropped; open both sides"),
    dict(ref=9331, rep="peel18", type=REC, cat="closeable_submit", h=("Being progressed", dt.date(2024, 3, 12)),
         text="HMIC recommends that the force should immediately: conduct a review, involving its "
              "partners, of the approach to vulnerability to better safeguard vulnerable people.",
         rows=[dict(ref="9331", type="Rec", lead="Ch Supt Public Protection",
                    hist=["19/09/2024 – Complete – evidence submitted to HMICFRS",
                          "03/11/2023 – Red",
                          "22/02/2024 – Amber – joint review with partners started"],
                    upd="Joint vulnerability review report to Safeguarding Board 12 Sept.")],
         why="ref 9331; cell not in date order (latest line added at the top, older ones below unsorted); "
             "latest by date 19/09/2024 Complete; HMICFRS open: submit"),
    dict(ref=9332, rep="peel18", type=REC, cat="in_sync", h=("Awaiting review", dt.date(2024, 3, 12)),
         text="HMIC recommends that within six months the force should: ensure regular and active "
              "supervision of the quality and progress of investigations. This supervision should "
              "be properly recorded;",
         rows=[dict(ref="9332", type="Rec", lead="Det Ch Supt Force CID",
                    text="Within six months ensure regular and active supervison of the quality and "
                         "progress of investigations. This supervison should be properly recorded.",
                    gen=("Amber", 4, "first"),
                    upd="Supervisory review compliance 71% (target 90%).")],
         why="ref 9332; misspelt ('supervison'); open both sides"),
    dict(ref=9333, rep="peel18", type=REC, cat="conflict", h=("Being progressed", dt.date(2024, 3, 12)),
         text="HMIC recommends that within six months the force should: improve its ability to "
              "retrieve digital evidence from mobile phones, computers and other electronic "
              "devices quickly enough to ensure investigations are not delayed;",
         rows=[dict(ref="9333", type="Rec", lead="Head of Intelligence", report="peel21",
                    text="Within six months the force should improve its ability to retrieve digital "
                         "evidence from mobile phones, computers and other electronic devices quickly "
                         "enough to ensure investigations are not delayed.",
                    gen=("Amber – DFU backlog 14 weeks", 3, "last"),
                    upd="Kiosk roll-out to all hubs complete; backlog still 14 weeks.")],
         why="ref 9333 is a PEEL 2018/19 item; the tracker files it under PEEL 2021/22 (report and date "
             "disagree); both open -> conflict"),
    dict(ref=9334, rep="peel18", type=REC, cat="closeable_submit", h=("Being progressed", dt.date(2024, 3, 12)),
         text="HMIC recommends that within six months the force should: improve its understanding of "
              "suspects released under investigation and the management of those released on bail;",
         rows=[dict(ref="9334", type="Rec", lead="Head of Criminal Justice",
                    text="Within six months the force should improve its understanding of suspects "
                         "RUI and the management of those released on bail",
                    gen=("Complete, submitted to HMICFRS", 4, "first"),
                    upd="Bail Act 2022 changes embedded; RUI numbers reported monthly.")],
         why="ref 9334; newest-first cell, latest Complete; HMICFRS open: submit"),
    # ---------------------------------------------------------------- Police powers 2021
    dict(ref=10210, rep="powers", type=NAT, cat="in_sync", h=("Being progressed", dt.date(2024, 4, 4)),
         text="By July 2022, forces should ensure that officers and staff have effective "
              "communication skills, in line with the National Policing Guidelines on Conflict "
              "Management. This should be in addition to existing training on conflict "
              "management and de-escalation.",
         rows=[dict(ref="10210", type="National rec", lead="Head of Learning & Development",
                    gen=("Amber", 3, "last"), upd="Communication skills module in OST from April.")],
         why="ref 10210; open both sides"),
    dict(ref=10211, rep="powers", type=NAT, cat="closeable_submit", h=("Being progressed", dt.date(2024, 4, 4)),
         text="By July 2021, forces should ensure that communication skills are reinforced as "
              "part of the programme of continuing professional development for officers and "
              "staff, and that supervisors are supported to routinely and frequently debrief "
              "officers on these skills using body-worn video footage.",
         rows=[dict(ref="10211", type="National rec", lead="Head of Learning & Development",
                    text="By July 2021, forces should ensure that communication skills are reinforced as "
                         "part of the programme of CPD for officers & staff, and that supervisors are "
                         "supported to routinely and frequently debrief officers on these skills using "
                         "BWV footage.",
                    gen=("Complete, submitted to HMICFRS", 3, "last"),
                    upd="Completed. Evidence submitted to HMICFRS for closure.")],
         why="ref 10211; abbreviated text; force Complete, HMICFRS open: submit"),
    dict(ref=10212, rep="powers", type=NAT, cat="in_sync", h=("Complete", dt.date(2023, 9, 27)),
         text=BWV_2021,
         rows=[dict(ref="10212", type="National rec", lead="ACC Local Policing",
                    gen=("Complete", 3, "last", dt.date(2023, 7, 1)), upd="BWV review process and panel access in place.")],
         why="ref 10212; closed both sides"),
    dict(ref=10213, rep="powers", type=NAT, cat="closeable_local", h=("Complete", dt.date(2023, 9, 27)),
         text="By July 2021, forces should ensure they have effective internal monitoring "
              "processes on the use of force, to help them to identify and understand "
              "disproportionate use, explain the reasons and implement any necessary "
              "improvement action.",
         rows=[dict(ref="10213", type="National rec", lead="ACC Local Policing",
                    hist=["14/09/2021 – Red", "10/04/2024 – Complete, submitted to HMICFRS",
                          "03/06/2024 – Amber – reopened, use of force dashboard not yet live"],
                    upd="Dashboard build slipped to Q4 (Power BI licences).")],
         why="ref 10213; dd/mm dates: 03/06/2024 (3 June) is after 10/04/2024 (10 April), so latest is "
             "Amber (read as mm/dd, Oct 4 'Complete' would look latest). HMICFRS Complete: close locally"),
    dict(ref=None, rep="powers", type=None, cat="not_on_hmicfrs_list", h=None,
         rows=[dict(ref=None, type="National rec", lead=None, text=HO_NPCC,
                    hist=["15/04/2021 – White – not for the force (Home Office / NPCC action)"],
                    upd="Not the force's responsibility to deliver; dependent upon another organisation.")],
         why="Home Office/NPCC recommendation from the 2021 spotlight report; not held against the force "
             "on the HMICFRS list: query/remove"),
    # ---------------------------------------------------------------- PEEL 2021/22
    dict(ref=11401, rep="peel21", type=AFI, cat="in_sync", h=("Being progressed", dt.date(2024, 7, 2)),
         text="The force should ensure all staff have received at least the lowest level of vetting "
              "clearance for their roles as quickly as possible, working to clear both the vetting "
              "backlog and new vetting renewals when they become due so that it complies fully "
              "with the national vetting guidelines.",
         rows=[dict(ref="11401", type="AFI", lead="Head of Professional Standards",
                    gen=("Amber – backlog down to 212", 4, "first"),
                    upd="Vetting backlog 212 (from 1,040). Two temporary vetting officers funded to March.")],
         why="ref 11401; open both sides"),
    dict(ref=11402, rep="peel21", type=AFI, cat="closeable_submit", h=("Awaiting review", dt.date(2024, 7, 2)),
         text="The force should improve its understanding of the nature and scale of stalking and "
              "harassment in its area.",
         rows=[dict(ref="11402", type="AFI", lead="Head of Intelligence",
                    gen=("Complete, submitted to HMICFRS", 3, "first"),
                    upd="Stalking problem profile completed and adopted into control strategy.")],
         why="ref 11402; force Complete (newest-first cell), HMICFRS open: submit"),
    dict(ref=11403, rep="peel21", type=AFI, cat="in_sync", h=("Being progressed", dt.date(2024, 7, 2)),
         text="The force should make sure investigations of rape and serious sexual offences are "
              "allocated to officers with the right skills and are effectively supervised.",
         rows=[dict(ref=None, type="AFI", lead="Det Ch Supt Force CID",
                    text="Make sure RASSO investigations are allocated to officers with the right skills "
                         "and are effectively supervised (Op Soteria)",
                    gen=("Amber – Op Soteria implementation", 3, "first"),
                    upd="Op Soteria year 2; specialist RASSO team recruited.")],
         why="no ref; paraphrase of 11403 (RASSO); open both sides"),
    dict(ref=11404, rep="peel21", type=AFI, cat="conflict", h=("Complete", dt.date(2024, 7, 2)),
         text="The force should improve how it works with partner organisations to safeguard people "
              "at risk from child sexual exploitation.",
         rows=[dict(ref="11404", type="Recommendation", lead="Ch Supt Public Protection",
                    text="The force should improve how it works with partner organisations to safeguard "
                         "people at risk from CSE.",
                    gen=("Amber", 3, "last"), upd="CSE/CCE hub with children's services being scoped.")],
         why="ref 11404; HMICFRS type Area for improvement, tracker type Recommendation -> conflict "
             "(statuses also differ: HMICFRS Complete, force Amber)"),
    dict(ref=11405, rep="peel21", type=AFI, cat="in_sync", h=("Being progressed", dt.date(2024, 7, 2)),
         text="The force should improve how it gathers, assesses and acts on intelligence about "
              "county lines drug dealing.",
         rows=[dict(ref="11405", type="AFI", lead="Head of Intelligence",
                    hist=["11/09/2024 – Green (on track) – intel development officers in post",
                          "06/02/2023 – Amber", "30/06/2022 – Red"],
                    upd="On track for March.")],
         why="ref 11405; newest-first; latest 'Green (on track)' is open per the sheet's key; both open"),
    dict(ref=11406, rep="peel21", type=AFI, cat="missing_from_force", h=("Awaiting review", dt.date(2024, 7, 2)),
         text="The force should make sure victims of fraud are kept informed about the progress of "
              "their case, in line with the Code of Practice for Victims of Crime.",
         rows=[], why="on the HMICFRS list (open), no tracker row"),
    dict(ref=None, rep="peel21", type=None, cat="not_on_hmicfrs_list", h=None,
         rows=[dict(ref="Local", type="Force action", lead="Force Crime Registrar",
                    text="Dip-sample 50 rape and serious sexual offences crime reports each quarter and "
                         "report findings to the Crime Standards Board",
                    gen=("Amber", 3, "last"), upd="Q2 dip-sample reported to Crime Standards Board.")],
         why="force's own local action (Ref 'Local'): not an HMICFRS item"),
    # ---------------------------------------------------------------- PEEL 2023/24
    dict(ref=13050, rep="peel23", type=AFI, cat="in_sync", h=("Awaiting review", dt.date(2024, 5, 21)),
         text="The force should make sure officers and staff have the training they need to identify "
              "and respond to violence against women and girls.",
         rows=[dict(ref="13050", type="AFI", lead="Head of Learning & Development",
                    hist=["28/06/2024 – Amber"],
                    upd="VAWG training package complete; ready to move to Complete once attendance reaches 90%.")],
         why="ref 13050; single line Amber (the update's 'ready to move to Complete' is not a status); "
             "both open"),
    dict(ref=13051, rep="peel23", type=AFI, cat="in_sync", h=("Awaiting review", dt.date(2024, 5, 21)),
         text="The force should make sure it records reports of domestic abuse accurately and without "
              "delay.",
         rows=[dict(ref=None, type="AFI", lead="Force Crime Registrar",
                    text="Make sure DA reports are recorded accurately & without delay",
                    gen=("Amber", 2, "last"), upd="DA crime recording audit planned Jan.")],
         why="no ref; abbreviated 13051; both open"),
    dict(ref=13052, rep="peel23", type=AFI, cat="closeable_submit", h=("Awaiting review", dt.date(2024, 5, 21)),
         text="The force should review its approach to hate crime to make sure victims receive a "
              "consistently good service.",
         rows=[dict(ref="13052", type="AFI", lead="ACC Local Policing",
                    hist=["01/07/2024 – Amber", "29/10/2024 – Complete – evidence submitted to HMICFRS"],
                    upd="Hate crime review complete; new victim contact standard live.")],
         why="ref 13052; latest Complete, HMICFRS open: submit"),
    dict(ref=13053, rep="peel23", type=AFI, cat="missing_from_force", h=("Awaiting review", dt.date(2024, 5, 21)),
         text="The force should develop a problem-solving approach to road harm, working with local "
              "communities and partners.",
         rows=[], why="on the HMICFRS list (open), no tracker row"),
    dict(ref=13054, rep="peel23", type=AFI, cat="in_sync", h=("Awaiting review", dt.date(2024, 5, 21)),
         text="The force should make sure its performance framework gives senior leaders a clear "
              "picture of its response to neighbourhood crime.",
         rows=[dict(ref="13054", type="AFI", lead=None, hist=[],
                    upd="Awaiting allocation.")],
         why="ref 13054; status history blank (new, not yet allocated) = not done; HMICFRS open: both open"),
    dict(ref=13055, rep="peel23", type=AFI, cat="in_sync", h=("Awaiting review", dt.date(2024, 5, 21)),
         text="Staffordshire Police should make sure it provides a confidential way for staff to "
              "raise concerns and that staff are aware of whistleblowing processes.",
         rows=[dict(ref="13055", type="AFI", lead="Head of Professional Standards",
                    hist=["04/10/2024 – Amber – Bad Apple line relaunch planned", "12/07/2024 – Red"],
                    upd="Confidential reporting line relaunch with comms campaign in Nov.")],
         why="ref 13055; newest-first, latest Amber; both open"),
    dict(ref=None, rep="peel23", type=None, cat="not_on_hmicfrs_list", h=None,
         rows=[dict(ref="Local", type="Local action", lead="Head of Corporate Development",
                    text="JAC action: Add violence against women and girls measures to the monthly Force "
                         "Performance pack",
                    gen=("Complete", 2, "last"), upd="VAWG measures added from Sept pack.")],
         why="Joint Audit Committee's own action (Ref 'Local'): not an HMICFRS item"),
]

# Tracker block order (chronological by report as the team kept it).
TRACKER_BLOCKS = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "firearms",
                  "eff15", "leg15", "cdi16", "effect16", "stolen", "efc17", "leg17", "ncpi18",
                  "peel18", "powers", "peel21", "peel23"]
MERGED_BLOCK = "peel18"            # Report cells merged down this block
BLANK_BEFORE = "peel21"            # a spacer row before this block

DATE_FMTS = ["%d/%m/%Y"] * 7 + ["%d/%m/%y", "%d %b %Y", "%d.%m.%Y"]
SEPS = [" – "] * 6 + [" - ", " - ", ": "]
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "DCC"]


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


def fmt_date(d: dt.date, fmt: str) -> str:
    return d.strftime(fmt)


def gen_history(rng: random.Random, pub: dt.date, final: str, n: int, order: str,
                end: dt.date | None, final_done: bool) -> list[str]:
    """n dated lines from after publication to `end`, the last one `final`."""
    start = pub + dt.timedelta(days=rng.randint(25, 120))
    if start < dt.date(2014, 1, 10):
        start = dt.date(2014, 1, 10)
    if end is None:
        end = dt.date(2024, rng.randint(1, 10), rng.randint(1, 28))
    if end <= start:
        end = min(start + dt.timedelta(days=200), dt.date(2024, 11, 8))
    if end <= start + dt.timedelta(days=n * 20):
        start = end - dt.timedelta(days=n * 40)
    span = (end - start).days
    days = sorted(rng.sample(range(0, span), n - 1)) if n > 1 else []
    dates = [start + dt.timedelta(days=x) for x in days] + [end]
    fmt = rng.choice(DATE_FMTS)
    sep = rng.choice(SEPS)
    words = []
    ladder = ["Not started", "Red", "Amber", "Amber", "Green (on track)"]
    pos = rng.randint(0, 2)
    for _ in range(n - 1):
        words.append(ladder[min(pos, len(ladder) - 1)])
        pos += rng.choice([0, 1, 1])
    if not final_done:      # an open item should not pass through Green just before falling back
        words = [w if w != "Green (on track)" else "Amber" for w in words]
    words.append(final)
    lines = [f"{fmt_date(d, fmt)}{sep}{w}" for d, w in zip(dates, words)]
    if order == "first":
        lines.reverse()
    return lines


DONE_RE = re.compile(r"complete|submitted for closure|pending sign off|closed|white", re.I)


def latest_state(lines: list[str]) -> str:
    """Self-check: the force state from the latest dated line (dd/mm)."""
    best = None
    for ln in lines:
        d = None
        for pat, f in [(r"\b(\d{2}/\d{2}/\d{4})\b", "%d/%m/%Y"), (r"\b(\d{2}/\d{2}/\d{2})\b", "%d/%m/%y"),
                       (r"\b(\d{2} [A-Z][a-z]{2} \d{4})\b", "%d %b %Y"), (r"\b(\d{2}\.\d{2}\.\d{4})\b", "%d.%m.%Y")]:
            m = re.search(pat, ln)
            if m:
                d = dt.datetime.strptime(m.group(1), f).date()
                break
        if d is None:
            continue
        # a sign-off date inside the text is earlier than the line's own date; take the first date
        if best is None or d > best[0]:
            best = (d, ln)
    if best is None:
        return "open"
    # the status is the first word(s) of the line once the date is taken out
    text = re.sub(r"^\s*(\d{2}[/.]\d{2}[/.]\d{2,4}|\d{2} [A-Z][a-z]{2} \d{4})\s*(–|-|:)?\s*", "",
                  best[1])
    head = re.split(r"\s[–-]\s|:|,|\(", text)[0].strip().lower()
    if head in ("complete", "submitted for closure", "pending sign off", "closed by hmicfrs", "white"):
        return "done"
    assert head in ("amber", "red", "in progress", "not started", "green", "reopened"), (head, best[1])
    return "open"


def main() -> None:
    rng = random.Random(SEED)
    CASE.mkdir(parents=True, exist_ok=True)

    # ---------------------------------------------------------------- HMICFRS register CSV
    h_items = sorted([it for it in ITEMS if it["ref"] is not None], key=lambda it: it["ref"])
    h_row = {}
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Reference", "Force", "Report title", "Date published", "Type",
                "Recommendation text", "Status", "Status last updated"])
    for i, it in enumerate(h_items):
        title, pub, _ = REPORTS[it["rep"]]
        status, sdate = it["h"]
        w.writerow([it["ref"], FORCE, title, ordinal(pub), it["type"], it["text"], status,
                    ordinal(sdate)])
        h_row[it["ref"]] = f"hmicfrs.csv!{i + 2}"
    (CASE / "hmicfrs.csv").write_bytes(out.getvalue().encode("utf-8-sig"))

    # ---------------------------------------------------------------- Tracker rows
    rows = []      # (block, item, rowspec)
    for block in TRACKER_BLOCKS:
        for it in ITEMS:
            for rs in it["rows"]:
                placed = rs.get("report", it["rep"])
                if placed == block:
                    rows.append((block, it, rs))
    # conflict 9333 sits in the PEEL 2021/22 block: order it first in that block
    def sort_key(t):
        block, it, rs = t
        return TRACKER_BLOCKS.index(block)
    rows.sort(key=sort_key)   # stable: keeps item order within block

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    wb.properties.creator = "Organisational Learning"
    wb.properties.lastModifiedBy = "Organisational Learning"
    wb.properties.created = dt.datetime(2019, 4, 1, 9, 0, 0)
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Maintained by the Organisational Learning & Inspection team. Status history: add a new "
                "dated line (dd/mm/yyyy – status) for every change of status; the latest dated line is "
                "the current status. RAG column not maintained since April 2023.")
    ws["A3"] = ("Key: Red = off track / at risk · Amber = work in progress · Green = on track to deliver "
                "within timescale · Complete = delivered, evidence held · Submitted for closure = "
                "evidence sent to HMICFRS · Pending sign off = complete, awaiting chief officer sign-off · "
                "White = not for the force to deliver")
    ws["A2"].font = Font(italic=True)
    ws["A3"].font = Font(italic=True)
    headers = ["HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead", "RAG",
               "Status history", "Latest update"]
    HEADER_ROW = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=HEADER_ROW, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    widths = [11, 26, 14, 70, 26, 10, 48, 48]
    for c, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = wdt
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)

    r = HEADER_ROW + 1
    truth = []
    force_state = {}       # ref -> list of states (for split aggregation)
    merged_rows = []
    prev_block = None
    for block, it, rs in rows:
        if block == BLANK_BEFORE and prev_block != block:
            r += 1                                                # spacer row, not an item
        prev_block = block
        _, pub_block, tname = REPORTS[block]
        pub = REPORTS[it["rep"]][1] if it["rep"] in REPORTS else pub_block
        if "hist" in rs:
            lines = rs["hist"]
        else:
            g = rs["gen"]
            final, n, order = g[0], g[1], g[2]
            end = g[3] if len(g) > 3 else None
            final_done = bool(DONE_RE.search(final))
            lines = gen_history(rng, pub, final, n, order, end, final_done)
        lead = rs["lead"] if "lead" in rs else rng.choice(LEADS)
        text = rs.get("text", it.get("text"))
        ref_val = rs["ref"]
        if ref_val is not None and ref_val.isdigit():
            ref_val = int(ref_val)
        values = [ref_val, tname, rs["type"], text, lead, rs.get("rag"),
                  "\n".join(lines) if lines else None, rs.get("upd")]
        for c, v in enumerate(values, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if block == MERGED_BLOCK:
            merged_rows.append(r)
        state = latest_state(lines)
        key = it["ref"]
        force_state.setdefault(id(it), []).append(state)
        truth.append(dict(hmicfrs_row=h_row.get(it["ref"], ""), force_row=f"Tracker!{r}",
                          category=it["cat"], why=it["why"], _it=it, _state=state))
        r += 1
    last_item_row = r - 1
    if merged_rows:
        ws.merge_cells(start_row=merged_rows[0], start_column=2, end_row=merged_rows[-1], end_column=2)
        ws.cell(row=merged_rows[0], column=2).alignment = Alignment(vertical="center", wrap_text=True)
    # note rows below the table (not items)
    ws.cell(row=last_item_row + 2, column=1,
            value="Refs: HMICFRS register number. 'Local' = force/JAC action, not on the HMICFRS list.")
    ws.cell(row=last_item_row + 3, column=1,
            value="Last reviewed for JAC: 08/11/2024 (LW). Next review: February 2025.")

    # Lists sheet: dropdown sources, no items
    ls = wb.create_sheet("Lists")
    ls["A1"] = "Status words"
    for i, wv in enumerate(["Not started", "Red", "Amber", "Green (on track)", "Complete",
                            "Submitted for closure", "Pending sign off", "White"], 2):
        ls.cell(row=i, column=1, value=wv)
    ls["C1"] = "Leads"
    for i, lv in enumerate(sorted(set(LEADS)), 2):
        ls.cell(row=i, column=3, value=lv)

    buf = io.BytesIO()
    wb.save(buf)
    (CASE / "tracker.xlsx").write_bytes(normalise_xlsx(buf.getvalue()))

    # ---------------------------------------------------------------- truth.csv
    for it in ITEMS:
        if it["ref"] is not None and not it["rows"]:
            truth.append(dict(hmicfrs_row=h_row[it["ref"]], force_row="", category=it["cat"],
                              why=it["why"], _it=it, _state=None))

    # self-check: categories agree with statuses (except conflicts)
    for t in truth:
        it = t["_it"]
        if it["cat"] in ("conflict", "missing_from_force", "not_on_hmicfrs_list"):
            continue
        states = force_state[id(it)]
        f = "done" if all(s == "done" for s in states) else "open"
        h = "closed" if it["h"][0] in ("Complete", "Superseded", "No further action required") else "open"
        expect = {("open", "open"): "in_sync", ("closed", "done"): "in_sync",
                  ("open", "done"): "closeable_submit", ("closed", "open"): "closeable_local"}[(h, f)]
        assert expect == it["cat"], (it["ref"], h, f, it["cat"], states)

    def sort_truth(t):
        hr = t["hmicfrs_row"]
        fr = t["force_row"]
        return (int(hr.split("!")[1]) if hr else 10_000, int(fr.split("!")[1]) if fr else 0)
    truth.sort(key=sort_truth)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow([t["hmicfrs_row"], t["force_row"], t["category"], t["why"]])
    (CASE / "truth.csv").write_bytes(out.getvalue().encode("utf-8"))

    counts = {}
    for t in truth:
        counts[t["category"]] = counts.get(t["category"], 0) + 1
    print("HMICFRS items:", len(h_items), " tracker item rows:", sum(len(i["rows"]) for i in ITEMS),
          " truth lines:", len(truth))
    print(counts)


def normalise_xlsx(data: bytes) -> bytes:
    """Fixed zip timestamps and document dates so the build is byte for byte reproducible."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-11-08T16:42:00Z</dcterms:modified>", body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, body)
    return out.getvalue()


if __name__ == "__main__":
    main()
