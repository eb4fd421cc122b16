"""Build the case `opcc_assurance_annotations`.

HMICFRS side: the definitive list as it reaches the force's analyst *through the Office of the
Police and Crime Commissioner*. The OPCC took the list the Force Liaison Lead e-mailed, re-sorted
it by chief officer lead for the PCC's Accountability Board, put its own section headings in,
and added four columns of its own to the right of HMICFRS's eight (a stale "force position" copied
from the February Joint Audit Committee paper, a chief officer lead, an OPCC assurance rating
and an OPCC comment). Queried rows are shaded yellow. A cover-note sheet and a summary sheet
sit either side of the list.

Force side: a plain single-sheet tracker (title rows, header on row 4, RAG column, legend).

Texts: real public HMICFRS wording (Open Government Licence), copied from the project's text
lists (reconcile/casegen/texts) and /work/shared/data/real_recommendations.csv. Force rewordings,
progress notes, OPCC comments and local actions are written here.

Run: /work/main/.venv/bin/python build_opcc_assurance_annotations.py
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

SEED = 5208
CASE = "opcc_assurance_annotations"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Cumbria Constabulary"
AREA = "Cumbria"
FIXED_TIME = dt.datetime(2024, 3, 11, 9, 0, 0)

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published date, force tracker name)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
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
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "efc17f": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "PEEL Effectiveness 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14),
               "NCPI 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 12), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 5, 19), "PEEL 2021/22"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 dt.date(2024, 1, 25), "PEEL 2023/24"),
}
# Force-only reports (rows HMICFRS no longer lists)
FORCE_ONLY_REPORTS = {
    "leg15": ("PEEL Legitimacy 2015", "Feb 2016"),
    "cdi16": ("CDI 2016", "Dec 2016"),
}

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"

# --------------------------------------------------------------------------------------------
# Real texts (copied verbatim from the casegen text lists / real_recommendations.csv)
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
    "to the victim or the wider public are identified and appropriately managed."
)
DETENTION = (
    "Within six months Cumbria Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made on "
    "the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested"
)
MISSING_CHILDREN_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
CAUSE_DASH = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
CAUSE_CAPACITY = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated."
)
CAUSE_DA_2324 = (
    "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
    "who fail to support the investigation and the low use of police powers of arrest and "
    "prosecution is a cause of concern to HMIC."
)
CAUSE_VETTING = "The size of the vetting backlog within Cumbria Constabulary is a cause of concern."
CAUSE_SAS17 = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain."
)

# HMICFRS register comments (verbatim from register pages, research notes 1.2)
C_NEW = "New recommendation"
C_MONITORED = ("The progress of the implementation of this recommendation is currently being "
               "monitored by HMICFRS and this record will, in due course, be updated.")
C_REVIEWING = ("The status of this recommendation is currently being reviewed by HMIC and will "
               "be updated when this review is complete.")
C_COMPLETE = "This recommendation is complete"
C_CDI_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
              "members of the CDI inspection team in recent inspection activity.")
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                "Effectiveness inspections. Where a cause of concern still exists this will "
                "appear in the register against these subsequent inspections.")

# --------------------------------------------------------------------------------------------
# Items. Each: id, report, type, text, hm status, status date, comment, opcc lead,
# opcc force position, opcc assurance, opcc comment, queried (yellow), force rows, category,
# why. Force rows: list of dicts; an empty list = not on the force tracker.
# --------------------------------------------------------------------------------------------
DCC, ACC, DOR, NYA = ("Deputy Chief Constable", "Assistant Chief Constable",
                      "Director of Corporate Support", "Not yet allocated by force")
BP, AR, CP, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"

ITEMS: list[dict] = []


def item(i, rep, typ, text, st, sdate, comment, lead, pos, assur, ocom, fr, cat, why,
         queried=False):
    ITEMS.append(dict(id=i, rep=rep, type=typ, text=text, status=st, sdate=sdate,
                      comment=comment, lead=lead, pos=pos, assur=assur, ocom=ocom,
                      force=fr, cat=cat, why=why, queried=queried))


def f(text=None, rag="Amber", prog=None, lead=None, ref="same", rep=None, typ=None, pub=None,
      sub=None, no=None):
    return dict(text=text, rag=rag, prog=prog, lead=lead, ref=ref, rep=rep, typ=typ, pub=pub,
                sub=sub, no=no)


D = dt.date
# ---- Stop and search 2013 -------------------------------------------------------------------
item(1187, "sas13", REC,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.",
     CP, D(2016, 5, 17), C_COMPLETE, ACC, "Complete", "Assured", None,
     [f(rag="Complete", ref=None, prog="Closed by HMICFRS May 2016.", lead="ACC Local Policing")],
     "in_sync", "HMICFRS Complete; force Complete")
item(1188, "sas13", REC,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     CP, D(2019, 3, 4), C_COMPLETE, ACC, "Amber", "Partially assured",
     "HMICFRS shows complete. Force still reporting Amber - can the force close its entry?",
     [f(text="CCs should establish or improve monitoring of the way officers S&S people, so "
             "that they can be satisfied their officers are acting in accordance with the law "
             "(incl equality legislation & the Code of Practice) and that the power is used "
             "effectively.",
        rag="Amber", ref=None, lead="ACC Local Policing",
        prog="Monthly S&S scrutiny meeting continues. Awaiting new Power BI dashboard.")],
     "closeable_local", "HMICFRS Complete; force Amber (open)", queried=True)
item(1189, "sas13", REC,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     SU, D(2015, 4, 2), C_SUPERSEDED, ACC, "Complete", "Assured", None,
     [f(rag="Complete", ref=None, lead="ACC Local Policing",
        prog="Superseded by Stop and Search 2 (2015) - see that entry.")],
     "in_sync", "HMICFRS Superseded (closed); force Complete. Near-identical wording to 5237 "
                "(2015 report); matched by report")
# ---- Everyone's business 2014 ---------------------------------------------------------------
item(2321, "everyone", REC, EVERYONE_PLAN, SU, D(2017, 6, 30), C_SUPERSEDED, ACC, "Amber",
     "Partially assured",
     "Superseded per HMICFRS. Force DA Delivery Plan still reports against this line.",
     [f(text="Establish and publish a DA action plan specifying in detail the steps the force "
             "will take to improve its approach to domestic abuse (developed with the PCC, DA "
             "support organisations and victims' representatives; considering DHRs and IPCC "
             "findings; drawing on CPS scrutiny panels and MARAC self-assessments).",
        rag="Amber", ref="2321", lead="Ch Supt Public Protection",
        prog="Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.")],
     "closeable_local", "HMICFRS Superseded (closed); force Amber (open)", queried=True)
# ---- Policing in austerity 2014 -------------------------------------------------------------
item(3010, "austerity", REC,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     CP, D(2015, 11, 20), C_COMPLETE, DOR, "Complete", "Assured", None,
     [f(rag="Complete", ref="3010", lead="Director of Finance",
        prog="Closed by HMICFRS Nov 2015.")],
     "in_sync", "HMICFRS Complete; force Complete")
item(3011, "austerity", REC,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     CP, D(2015, 11, 20), C_COMPLETE, DOR, "Complete", "Assured", None,
     [f(rag="Green", ref="3011", lead="Director of Finance",
        prog="Collaboration assessment completed and reported to PCC.")],
     "in_sync", "HMICFRS Complete; force Green (done)")
item(3012, "austerity", REC,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     BP, D(2021, 10, 1), C_MONITORED, DOR, "Amber", "Not yet assessed", None,
     [f(rag="Green", ref="3012", lead="Director of Finance",
        prog="Front line assessment completed as part of the force management statement. Ready "
             "to move to GREEN status.", sub=D(2024, 2, 21))],
     "closeable_submit", "HMICFRS Being progressed (open); force Green (done). OPCC's Feb JAC "
                         "position Amber is stale")
item(3013, "austerity", REC,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     BP, D(2021, 10, 1), C_MONITORED, DOR, "Amber", "Partially assured", None,
     [f(rag="Amber", ref="3013", lead="Director of Finance",
        prog="Regional collaboration review under way with the North West forces.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both")
# ---- Core business 2014 ---------------------------------------------------------------------
item(4822, "core", REC,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     BP, D(2017, 4, 7), C_REVIEWING, ACC, "Green", "Recommend closure",
     "Force reports THRIVE criteria in place since 2016. OPCC has seen the evidence - force to "
     "submit to HMICFRS. Compare 10013 (CDI 2019), similar wording.",
     [f(text="Provide call-handlers with specific, sound & comprehensible criteria against "
             "which they can assess threat, harm & risk (not later than 31/03/2015).",
        rag="Green", ref=None, lead="Supt Contact Centre",
        prog="THRIVE embedded in the control room. Completed. Evidence submitted to HMICFRS for "
             "closure.", sub=D(2023, 11, 30))],
     "closeable_submit", "HMICFRS Being progressed (comment: status being reviewed) = open; "
                         "force Green. Force row has no ID; matched on report + text, not to "
                         "10013", queried=True)
item(4823, "core", REC,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     CP, D(2018, 9, 14), C_COMPLETE, ACC, "Red", "Not assured",
     "HMICFRS has closed this but force still Red. Clarify.",
     [f(text="Ensure crime prevention / disruption activity is systematically recorded and "
             "evaluated to determine the effectiveness of tactics (by 31 March 2015).",
        rag="Red", ref=None, lead="ACC Local Policing",
        prog="Little work yet undertaken in this area. Unlikely to reach deadlines.")],
     "closeable_local", "HMICFRS Complete; force Red (open)", queried=True)
# ---- Integrity matters 2015 -----------------------------------------------------------------
item(902, "integrity", REC,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     CP, D(2016, 2, 12), C_COMPLETE, DCC, "Complete", "Assured", None,
     [f(rag="Complete", ref="902", lead="Head of Professional Standards",
        prog="Closed by HMICFRS 12/02/2016.")],
     "in_sync", "HMICFRS Complete; force Complete. Near-identical wording to 8562 (PEEL "
                "Legitimacy 2017 AFI)")
# ---- Stop and search 2 (2015) ---------------------------------------------------------------
item(5237, "sas15", REC,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     BP, D(2022, 6, 8), C_MONITORED, ACC, "Amber", "Partially assured",
     "Same wording as 1189 (Stop and search 2013), which HMICFRS superseded. Query whether this "
     "one can now close too.",
     [f(rag="Amber", ref="5237", lead="ACC Local Policing",
        prog="Youth scrutiny panel recruited; first meeting April 2024.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both. OPCC comment cites 1189",
     queried=True)
# ---- Building the picture 2015 --------------------------------------------------------------
item(5530, "picture", REC,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.",
     BP, D(2019, 1, 22), C_MONITORED, DCC, "Not on force tracker", "Not assured",
     "Not on the force's tracker. Who owns this?", [],
     "missing_from_force", "HMICFRS Being progressed; no force row", queried=True)
# ---- Firearms licensing 2015 ----------------------------------------------------------------
item(5901, "firearms", REC,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     CP, D(2017, 8, 3), C_COMPLETE, ACC, "Complete", "Assured", None,
     [f(rag="Green", ref="5901", lead="Supt Firearms Licensing",
        prog="Governance assessed against APP; closed by HMICFRS.")],
     "in_sync", "HMICFRS Complete; force Green (done)")
item(5902, "firearms", REC,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     BP, D(2023, 3, 15), C_MONITORED, ACC, "Amber", "Not yet assessed", None,
     [f(text="Within 3 months, all CCs should assess the demand placed on their firearms "
             "licensing department & ensure it has the capacity to meet this demand & provide "
             "an efficient & effective service at all times.",
        rag="Green", ref="5902", lead="Supt Firearms Licensing",
        prog="Demand review completed Jan 2024; two additional FEOs funded. Pending sign off by "
             "the chief officer lead.")],
     "closeable_submit", "HMICFRS Being progressed; force Green (done). OPCC Feb position Amber "
                         "is stale")
item(5903, "firearms", REC,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     CP, D(2016, 10, 4), C_COMPLETE, ACC, "Amber", "Not assured",
     "HMICFRS closed Oct 2016 - force still open.",
     [f(text="Satisfy ourselves that all appropriate action is being taken with regard to "
             "'total expired' licensing records.",
        rag="Amber", ref="5903", lead="Supt Firearms Licensing",
        prog="Backlog of expired records being worked through by the licensing team.")],
     "closeable_local", "HMICFRS Complete; force Amber (open)", queried=True)
item(5904, "firearms", REC,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     BP, D(2023, 3, 15), C_MONITORED, ACC, "Green", "Recommend closure",
     "Force reported Green to Feb JAC.",
     [f(rag="Amber", ref="5904", lead="Supt Firearms Licensing",
        prog="Closure evidence returned by HMICFRS 27/02 - NFLMS audit to be repeated. Moved "
             "back to Amber.")],
     "in_sync", "HMICFRS Being progressed; force now Amber (was Green at Feb JAC, per OPCC "
                "column): open on both", queried=True)
item(5905, "firearms", REC,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.",
     BP, D(2023, 3, 15), C_MONITORED, ACC, "Red", "Not assured", None,
     [f(rag="Red", ref="5905", lead="Supt Contact Centre",
        prog="STORM flag for certificate holders' addresses not yet live; IT change request "
             "raised.")],
     "in_sync", "HMICFRS Being progressed; force Red: open on both")
# ---- PEEL effectiveness 2016 (force) --------------------------------------------------------
item(6710, "eff16", COC, CAUSE_DASH, CP, D(2018, 5, 9), C_COMPLETE, ACC, "Complete",
     "Assured", None,
     [f(text="Cause of concern - force response to domestic abuse: officer discretion over "
             "completing DASH does not give confidence that risk is always assessed; DASH not "
             "consistently completed where policy requires.",
        rag="Complete", ref="6710", typ="Cause for Concern", lead="Ch Supt Public Protection",
        prog="Closed by HMICFRS after the 2017 effectiveness inspection.")],
     "in_sync", "HMICFRS Complete; force Complete")
item(6711, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases. In cases where a DASH risk assessment is not completed the officer "
     "should record an assessment on the crime management system.",
     CP, D(2018, 5, 9), C_COMPLETE, ACC, "Amber", "Partially assured", None,
     [f(text="Ensure effective supervision of the initial risk assessment process (DASH). "
             "Where no DASH is completed the officer must record an assessment on the crime "
             "management system.",
        rag="Amber", ref="6711", lead="Ch Supt Public Protection",
        prog="Supervisor DASH review rates at 78%; target 90%.")],
     "closeable_local", "HMICFRS Complete; force Amber (open)")
item(6712, "eff16", AFI,
     "The force should improve its understanding of the nature and scale of modern slavery and "
     "human trafficking in its area.",
     SU, D(2018, 3, 22), C_SUPERSEDED, ACC, "Amber", "Partially assured", None,
     [f(text="Improve understanding of the nature & scale of MSHT in Cumbria.", rag="Amber",
        ref="6712", lead="Head of Intelligence",
        prog="MSHT problem profile refresh due Q1 2024/25.")],
     "closeable_local", "HMICFRS Superseded (closed); force Amber (open)")
item(6713, "eff16", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.",
     SU, D(2018, 3, 22), C_SUPERSEDED, ACC, "Complete", "Assured", None,
     [f(rag="Green", ref="6713", lead="Head of Intelligence",
        prog="SOC intelligence development unit established 2018.")],
     "in_sync", "HMICFRS Superseded (closed); force Green (done)")
# ---- Stolen freedom 2017 --------------------------------------------------------------------
item(7602, "stolen", REC, SF_LEADERSHIP, BP, D(2022, 11, 2), C_MONITORED, ACC, "Amber",
     "Partially assured", None,
     [f(text="MSHT governance review (rec 1, bullet 1): senior leaders prioritise the response "
             "to modern slavery and human trafficking.", rag="Amber", ref="7602", no="a",
        lead="Det Ch Supt Force CID", prog="MSHT now a control strategy priority."),
      f(text="MSHT governance review (rec 1, bullet 2): every incident of modern slavery is "
             "allocated appropriate resources with the skills, experience and capacity to "
             "investigate it effectively.", rag="Amber", ref="7602", no="b",
        lead="Det Ch Supt Force CID", prog="Allocation policy being rewritten."),
      f(text="MSHT governance review (rec 1, bullet 3): effective partnership arrangements to "
             "co-ordinate activity, share information and safeguard victims.", rag="Amber",
        ref="7602", no="c", lead="Det Ch Supt Force CID",
        prog="Anti-slavery partnership relaunched Nov 2023."),
      f(text="MSHT governance review (rec 1, bullet 4): performance and QA measures so senior "
             "leaders can assess the quality of service to victims.", rag="Amber", ref="7602",
        no="d", lead="Det Ch Supt Force CID", prog="Measures to be added to performance pack.")],
     "in_sync", "HMICFRS Being progressed; force splits the recommendation into 4 bullet rows, "
                "all Amber: open on both")
item(7603, "stolen", REC,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible",
     BP, D(2022, 11, 2), C_MONITORED, ACC, "Amber", "Partially assured", None,
     [f(text="Within twelve months, forces should have in place active information-sharing "
             "agreements with other agencies to facilitate speedy exchange of intelligence and "
             "in order to safeguard victims better and to identify suspects as early as "
             "possible.", rag="Amber", ref="7603", lead="Head of Intelligence",
        prog="ISAs agreed with 3 of 6 local authorities.")],
     "conflict", "Timescale differs: HMICFRS 'Within six months', force 'Within twelve months' "
                 "(both open)")
item(7604, "stolen", REC,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     CP, D(2020, 1, 17), C_COMPLETE, ACC, "Complete", "Assured", None,
     [f(rag="Green", ref="7604", lead="Head of Criminal Justice",
        prog="s45 defence guidance issued to investigators and CPS liaison in place.")],
     "in_sync", "HMICFRS Complete; force Green (done)")
item(7605, "stolen", REC,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     BP, D(2022, 11, 2), C_MONITORED, ACC, "Amber", "Not yet assessed", None,
     [f(text="Ensure full compliance with the NRM process and the MSA 2015 duty to notify the HO "
             "of any suspected adult victim of MSHT.", rag="Green", ref="7605",
        lead="Det Ch Supt Force CID",
        prog="Duty to notify audit Jan 2024: 100% compliance. Completed. Evidence submitted to "
             "HMICFRS for closure.", sub=D(2024, 2, 9))],
     "closeable_submit", "HMICFRS Being progressed; force Green (done). OPCC Feb position Amber "
                         "is stale")
item(7606, "stolen", REC,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     CP, D(2021, 4, 29), C_COMPLETE, ACC, "Amber", "Partially assured", None,
     [f(text="Ensure full compliance with NCRS for MSHT offences & sufficient audit capacity "
             "for the FCR.", rag="Amber", ref="7606", lead="Force Crime Registrar",
        prog="Allocated to the Force Crime Registrar. Quarterly MSHT audit in plan.")],
     "closeable_local", "HMICFRS Complete; force Amber (open)")
item(7607, "stolen", REC,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).",
     BP, D(2022, 11, 2), C_MONITORED, ACC, "Amber", "Partially assured", None,
     [f(rag="Amber", ref="7607", lead="Det Ch Supt Force CID",
        prog="MSHT investigations now held by the Exploitation Hub.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both")
item(7608, "stolen", REC,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     BP, D(2022, 11, 2), C_MONITORED, ACC, "Not on force tracker", "Not assured",
     "Not on the force tracker - query with force.", [],
     "missing_from_force", "HMICFRS Being progressed; no force row", queried=True)
# ---- PEEL efficiency 2017 national ----------------------------------------------------------
item(7715, "efc17", REC,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     SU, D(2021, 7, 12), C_SUPERSEDED, DOR, "Amber", "Partially assured", None,
     [f(text="By September 2018, chief constables should produce an ambitious plan to improve "
             "digitally-enabled services within their force.", rag="Amber", ref="7715",
        lead="Head of Corporate Development",
        prog="Digital strategy 2024-27 in draft for COG.")],
     "closeable_local", "HMICFRS Superseded (closed); force Amber (open). Force text drops the "
                        "second sentence, which is addressed to HO/NPCC/APCC, not the force")
# ---- PEEL efficiency 2017 force -------------------------------------------------------------
item(7731, "efc17f", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     CP, D(2019, 6, 3), C_COMPLETE, DOR, "Complete", "Assured", None,
     [f(text="AFI 1 - Gain a fuller understanding of current and future demand so resources "
             "can be matched to demand.", rag="Green", ref="7731",
        lead="Head of Corporate Development", prog="Demand model delivered in FMS 2019.")],
     "in_sync", "HMICFRS Complete; force Green (done)")
item(7732, "efc17f", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs",
     BP, D(2022, 8, 30), C_MONITORED, DOR, "Amber", "Not yet assessed", None,
     [f(text="AFI 2 - Develop understanding of the links between outcomes, outputs & costs.",
        rag="Green", ref="7732", lead="Director of Finance",
        prog="Outcome-based budgeting adopted for 2024/25 budget.", sub=D(2024, 2, 28))],
     "closeable_submit", "HMICFRS Being progressed; force Green (done)")
item(7438, "efc17f", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     BP, D(2022, 8, 30), C_MONITORED, DOR, "Amber", "Partially assured", None,
     [f(text="AFI 3 - Develop a future workforce plan aligned with demand & budget, including "
             "resource allocations, skills mix and behaviours.", rag="Amber", ref="7483",
        lead="Director of People", prog="Strategic workforce plan in draft.")],
     "conflict", "Reference differs: force records HMICFRS ID 7483, list has 7438 (same report, "
                 "same text; both open)")
# ---- PEEL legitimacy 2017 national ----------------------------------------------------------
item(8541, "leg17", COC, CAUSE_SAS17, BP, D(2023, 1, 19), C_MONITORED, ACC, "Amber",
     "Partially assured", None,
     [f(text="HMICFRS concerned forces can't demonstrate S&S is consistently reasonable and "
             "fair; over-representation of BAME people, and black people in particular, which "
             "many forces are unable to explain.", rag="Amber", ref="8541",
        typ="Cause for Concern", lead="ACC Local Policing",
        prog="Disproportionality analysis published annually.")],
     "in_sync", "HMICFRS Being progressed; force Amber. 'Cause for Concern' = cause of concern")
item(8542, "leg17", REC, SAS_MONITORING_2017, BP, D(2023, 1, 19), C_MONITORED, ACC, "Green",
     "Recommend closure", "Force says complete. Why still open with HMICFRS?",
     [f(text="By July 2018, all police forces across England and Wales should be regularly and "
             "frequently monitoring a comprehensive set of data and information on use of stop "
             "and search powers to understand:\n•the reasons for any disproportionate "
             "representation of different ethnic groups in the use of stop and search; •the "
             "extent to which find rates differ between people from different ethnicities, and "
             "across different types of searches (including separate identification of find "
             "rates for drug possession and supply-type offences).", rag="Green", ref="8542",
        lead="ACC Local Policing", prog="S&S dashboard live since 2019.")],
     "conflict", "Missing bullet: force text omits the third bullet (possession-only drug "
                 "searches); HMICFRS open, force Green", queried=True)
item(8543, "leg17", REC,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;",
     BP, D(2023, 1, 19), C_MONITORED, ACC, "Green", "Recommend closure", None,
     [f(rag="Green", ref="8543", lead="ACC Local Policing",
        prog="Research with the university complete; action plan published on website.",
        sub=D(2023, 12, 14))],
     "closeable_submit", "HMICFRS Being progressed; force Green (done)")
item(8544, "leg17", REC,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     CP, D(2020, 2, 6), C_COMPLETE, ACC, "Complete", "Assured", None,
     [f(text="Publish S&S analysis and actions at least annually (from July 2018).",
        rag="Complete", ref="8544", lead="ACC Local Policing", prog="Closed by HMICFRS.")],
     "in_sync", "HMICFRS Complete; force Complete")
item(8545, "leg17", REC,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     BP, D(2023, 1, 19), C_MONITORED, ACC, "Green", "Recommend closure",
     "Force reported Green to Feb JAC.",
     [f(text="Ensure all officers using S&S powers have had, and understand, unconscious bias "
             "training and CoP APP on S&S (by July 2018 and ongoing).", rag="Amber",
        ref="8545", lead="Head of Learning & Development",
        prog="Training compliance dropped to 81% after new intake; refresher scheduled.")],
     "in_sync", "HMICFRS Being progressed; force now Amber (OPCC column says Green from Feb "
                "JAC): open on both", queried=True)
# ---- PEEL legitimacy 2017 force -------------------------------------------------------------
item(8560, "leg17f", COC, CAUSE_VETTING, BP, D(2023, 6, 1), C_MONITORED, DCC, "Amber",
     "Partially assured", None,
     [f(rag="Amber", ref="8560", lead="Head of Professional Standards",
        prog="Backlog reduced from 412 to 96.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both")
item(8561, "leg17f", REC,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.",
     BP, D(2023, 6, 1), C_MONITORED, DCC, "Amber", "Not yet assessed", None,
     [f(text="Ensure all staff hold at least the lowest level of vetting clearance as quickly "
             "as possible, clearing the backlog & renewals so the force complies fully with the "
             "national vetting guidelines.", rag="Green", ref="8561",
        lead="Head of Professional Standards",
        prog="All staff now hold minimum clearance (Feb 2024). Ready to move to GREEN status.")],
     "closeable_submit", "HMICFRS Being progressed; force Green (done)")
item(8562, "leg17f", AFI,
     "The force should satisfy itself that it has processes in place to ensure that "
     "investigations into misconduct by officers and staff resulting in “no further action” are "
     "fair and free of any form of discrimination.",
     CP, D(2021, 9, 9), C_COMPLETE, DCC, "Amber", "Partially assured",
     "Very similar to national rec 902 (Integrity matters) - is the force tracking the right one?",
     [f(text="Satisfy itself it has processes to ensure misconduct investigations resulting in "
             "'no further action' are fair and free of any form of discrimination.",
        rag="Amber", ref="8562", lead="Head of Professional Standards",
        prog="Disproportionality review of NFA outcomes with the OPCC.")],
     "closeable_local", "HMICFRS Complete; force Amber (open). Not the national 902 row, which "
                        "the force holds separately as Complete", queried=True)
item(8563, "leg17f", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     BP, D(2023, 6, 1), C_MONITORED, DCC, "Amber", "Partially assured", None,
     [f(rag="Amber", ref="8563", typ="Recommendation", lead="Director of People",
        prog="HR system upgrade will capture protected characteristics.")],
     "conflict", "Type differs: HMICFRS area for improvement, force Recommendation (both open)")
item(8564, "leg17f", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.",
     BP, D(2023, 6, 1), C_MONITORED, DCC, "Amber", "Partially assured", None,
     [f(rag="Amber", ref="8564", lead="Director of People",
        prog="Staff survey action plans per command.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both")
# ---- PEEL effectiveness 2017 force ----------------------------------------------------------
item(8790, "eff17", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.",
     SU, D(2019, 5, 2), C_SUPERSEDED, ACC, "Amber", "Partially assured", None,
     [f(text="Consistently use ancillary orders and other powers (SPOs) to protect victims of "
             "stalking & harassment.", rag="Amber", ref="8790", lead="Ch Supt Public Protection",
        prog="SPO applications up 40%; guidance refreshed.")],
     "closeable_local", "HMICFRS Superseded (closed); force Amber (open)")
item(8791, "eff17", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from county lines drug dealing.",
     BP, D(2022, 3, 1), C_MONITORED, ACC, "Green", "Recommend closure", None,
     [f(rag="Green", ref="8791", lead="Det Ch Supt Force CID",
        prog="Operation Orochi partnership in place; county lines safeguarding protocol "
             "signed.", sub=D(2023, 10, 5))],
     "closeable_submit", "HMICFRS Being progressed; force Green (done)")
item(8792, "eff17", AFI,
     "The force should evaluate its work to prevent knife crime and share what works across the "
     "force.",
     CP, D(2020, 11, 19), C_COMPLETE, ACC, "Complete", "Assured", None,
     [f(rag="Green", ref="8792", lead="ACC Local Policing", prog="Evaluation published 2020.")],
     "in_sync", "HMICFRS Complete; force Green (done)")
item(8793, "eff17", AFI,
     "The force should review its approach to repeat victims to make sure victims receive a "
     "consistently good service.",
     BP, D(2022, 3, 1), C_MONITORED, ACC, "Amber", "Partially assured",
     "Was on the force's Feb JAC report as Amber.", [],
     "missing_from_force", "HMICFRS Being progressed; no force row (the OPCC's Feb JAC column "
                           "shows Amber, but the row is no longer in the force tracker)",
     queried=True)
# ---- NCPI 2018 ------------------------------------------------------------------------------
item(9120, "ncpi18", REC, DETENTION, BP, D(2023, 2, 14), C_MONITORED, ACC, "Amber",
     "Not yet assessed", None,
     [f(text="Review how we manage the detention of children with children's social care: "
             "children only detained when absolutely necessary and for the minimum time; early "
             "assessment of need for alternative accommodation; custody record of all actions "
             "and decisions; timely appropriate adult support.", rag="Green", ref="9120",
        lead="Ch Insp Custody",
        prog="Children in custody protocol signed with the LA Jan 2024. Completed. Evidence "
             "submitted to HMICFRS for closure.", sub=D(2024, 2, 2))],
     "closeable_submit", "HMICFRS Being progressed; force Green (done). OPCC Feb position Amber "
                         "is stale")
item(9121, "ncpi18", COC, CAUSE_MISSING, CP, D(2020, 7, 8), C_COMPLETE, ACC, "Complete",
     "Assured", None,
     [f(text="Cause for concern: response to missing and absent children - risk for children "
             "missing from home assessed inappropriately in some cases; 'absent' used where "
             "'missing' was correct; risk graded too low.", rag="Complete", ref="9121",
        typ="Cause of Concern", lead="Ch Supt Public Protection", prog="Closed by HMICFRS.")],
     "in_sync", "HMICFRS Complete; force Complete")
item(9122, "ncpi18", REC, MISSING_CHILDREN_REC, CP, D(2020, 7, 8), C_COMPLETE, ACC, "Complete",
     "Assured", None,
     [f(rag="Green", ref="9122", lead="Ch Supt Public Protection",
        prog="Missing persons policy rewritten; absent category withdrawn.")],
     "in_sync", "HMICFRS Complete; force Green (done)")
item(9123, "ncpi18", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.",
     BP, D(2023, 2, 14), C_MONITORED, ACC, "Not on force tracker", "Not assured",
     "Not on force tracker.", [],
     "missing_from_force", "HMICFRS Being progressed; no force row. Do not match to the force's "
                           "county lines row (8791), which has the same stem", queried=True)
# ---- PEEL 2018/19 ---------------------------------------------------------------------------
item(9655, "peel1819", COC, CAUSE_CAPACITY, BP, D(2023, 9, 21), C_MONITORED, ACC, "Amber",
     "Partially assured", None,
     [f(rag="Amber", ref="9655", typ="Cause of Concern", lead="Det Ch Supt Force CID",
        prog="Investigation standards programme phase 2.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both")
item(9656, "peel1819", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;",
     BP, D(2023, 9, 21), C_MONITORED, ACC, "Green", "Recommend closure", None,
     [f(text="Improve ability to retrieve digital evidence from mobile phones, computers and "
             "other devices quickly enough that investigations aren't delayed (within 6 "
             "months).", rag="Green", ref="9656", lead="Det Ch Supt Force CID",
        prog="Digital forensics backlog cleared; kiosks in all hubs.", sub=D(2023, 12, 1))],
     "closeable_submit", "HMICFRS Being progressed; force Green (done)")
item(9657, "peel1819", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     CP, D(2021, 3, 30), C_COMPLETE, ACC, "Amber", "Partially assured", None,
     [f(text="Improve understanding of suspects RUI and management of those on bail.",
        rag="Amber", ref="9657", lead="Head of Criminal Justice",
        prog="Bail Act changes Oct 2022 - process being re-baselined.")],
     "closeable_local", "HMICFRS Complete; force Amber (open)")
item(9658, "peel1819", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;",
     BP, D(2023, 9, 21), C_MONITORED, ACC, "Amber", "Partially assured", None,
     [f(rag="Amber", ref="9658", lead="Det Ch Supt Force CID",
        prog="Supervisory review compliance 71%.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both")
item(9659, "peel1819", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.",
     CP, D(2021, 3, 30), C_COMPLETE, ACC, "Complete", "Assured", None,
     [f(rag="Green", ref="9659", lead="Force Crime Registrar",
        prog="Case file module live.")],
     "in_sync", "HMICFRS Complete; force Green (done)")
item(9660, "peel1819", AFI,
     "The force should make sure its analysis of county lines drug dealing informs its strategic "
     "assessment and control strategy.",
     BP, D(2023, 9, 21), C_MONITORED, ACC, "Amber", "Partially assured",
     "Force tracker files this under PEEL 2021/22 - check.",
     [f(rag="Amber", ref=None, rep="PEEL 2021/22", pub="May 2022", lead="Head of Intelligence",
        prog="County lines profile feeds the 2024 strategic assessment.")],
     "conflict", "Report/date differ: HMICFRS PEEL 2018/19 (May 2019); force files it under "
                 "PEEL 2021/22 (May 2022), no ID (both open)", queried=True)
# ---- CDI 2019 -------------------------------------------------------------------------------
item(10012, "cdi19", REC, CDI_VICTIMS, BP, D(2023, 4, 26), C_MONITORED, ACC, "Green",
     "Recommend closure", None,
     [f(text="CDI rec 1(a): at the point of report, victims are believed.", rag="Green",
        ref="10012", no="a", lead="Force Crime Registrar",
        prog="Victim belief principle in call handling training.", sub=D(2024, 1, 19)),
      f(text="CDI rec 1(b): call handler / caller conversations summarised accurately in the "
             "incident log.", rag="Green", ref="10012", no="b", lead="Supt Contact Centre",
        prog="Incident log QA shows 94% accuracy.", sub=D(2024, 1, 19)),
      f(text="CDI rec 1(c): multiple crimes always recorded when described in incident records "
             "or identified in other investigations.", rag="Green", ref="10012", no="c",
        lead="Force Crime Registrar", prog="Audit Dec 2023 compliant.", sub=D(2024, 1, 19)),
      f(text="CDI rec 1(d): stop awaiting medical examination / video interview results before "
             "making crime-recording decisions.", rag="Green", ref="10012", no="d",
        lead="Force Crime Registrar", prog="Practice stopped; guidance issued.",
        sub=D(2024, 1, 19)),
      f(text="CDI rec 1(e): online crime reports triaged on receipt so ongoing risks are "
             "identified and managed.", rag="Green", ref="10012", no="e",
        lead="Supt Contact Centre", prog="Online triage desk live 24/7.", sub=D(2024, 1, 19))],
     "closeable_submit", "HMICFRS Being progressed; force splits the recommendation into 5 "
                         "bullet rows, all Green (done)")
item(10013, "cdi19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     BP, D(2023, 4, 26), C_MONITORED, ACC, "Amber", "Partially assured",
     "Compare 4822 (Core Business) - similar wording.",
     [f(rag="Amber", ref="10013", lead="Supt Contact Centre",
        prog="THRIVE+ refresh with the new command and control system.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both. Not 4822", queried=True)
item(10014, "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.",
     CP, D(2023, 4, 26), C_CDI_AUTH, ACC, "Amber", "Partially assured", None,
     [f(text="Record reports of stalking & harassment accurately and without delay.",
        rag="Amber", ref="10014", lead="Force Crime Registrar",
        prog="S&H recording audit shows 88%; target 95%.")],
     "closeable_local", "HMICFRS Complete (comment: authorised for closure); force Amber (open)")
# ---- Police powers spotlight 2021 -----------------------------------------------------------
item(11230, "powers", REC,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     BP, D(2023, 8, 10), C_MONITORED, ACC, "Amber", "Partially assured", None,
     [f(rag="Amber", ref="11230", lead="Head of Learning & Development",
        prog="Communication skills module in PST from April 2024.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both")
item(11231, "powers", REC,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     BP, D(2023, 8, 10), C_MONITORED, ACC, "Amber", "Partially assured", None,
     [f(text="By July 2022, forces should ensure that communication skills are reinforced as "
             "part of the programme of CPD for officers & staff, and that supervisors are "
             "supported to routinely and frequently debrief officers on these skills using BWV "
             "footage.", rag="Amber", ref="11231", lead="Head of Learning & Development",
        prog="BWV debrief guidance for sergeants drafted.")],
     "conflict", "Deadline differs: HMICFRS 'By July 2021', force 'By July 2022' (both open)")
item(11232, "powers", REC, BWV_2021, BP, D(2023, 8, 10), C_MONITORED, ACC, "Amber",
     "Not yet assessed", None,
     [f(text="By Sept 2021: record the entirety of all S&S encounters on BWV (incl traffic "
             "stops and use of force); structured process to review a sample of BWV footage "
             "and hold officers to account; give external scrutiny panel members access to "
             "samples of BWV footage, taking account of the safeguards in CoP APP.",
        rag="Green", ref="11232", lead="ACC Local Policing",
        prog="All three elements in place; scrutiny panel reviewing footage monthly.",
        sub=D(2024, 2, 16))],
     "closeable_submit", "HMICFRS Being progressed; force Green (done). OPCC Feb position "
                         "Amber is stale")
item(11233, "powers", REC,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     BP, D(2023, 8, 10), C_MONITORED, ACC, "Amber", "Partially assured", None,
     [f(rag="Amber", ref="11233", lead="ACC Local Policing",
        prog="Use of force data now in the S&S scrutiny meeting.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both")
# ---- PEEL 2021/22 ---------------------------------------------------------------------------
item(12401, "peel2122", AFI,
     "The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area.",
     BP, D(2023, 11, 3), C_MONITORED, ACC, "Amber", "Partially assured", None,
     [f(text="AFI - improve understanding of the nature and scale of VAWG in Cumbria.",
        rag="Amber", ref="12401", lead="Ch Supt Public Protection",
        prog="VAWG problem profile commissioned.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both")
item(12402, "peel2122", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.",
     BP, D(2023, 11, 3), C_MONITORED, ACC, "Green", "Recommend closure", None,
     [f(text="AFI - DA victims kept informed about progress of their case in line with the VCOP.",
        rag="Green", ref="12402", lead="Ch Supt Public Protection",
        prog="VCOP compliance 96% (Jan 24 audit). Completed.", sub=D(2024, 2, 5))],
     "closeable_submit", "HMICFRS Being progressed; force Green (done)")
item(12403, "peel2122", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.",
     BP, D(2023, 11, 3), C_MONITORED, ACC, "Amber", "Partially assured", None,
     [f(rag="Amber", ref="12403", lead="Supt Contact Centre",
        prog="Right Care Right Person phase 1 live.")],
     "in_sync", "HMICFRS Being progressed; force Amber: open on both")
item(12404, "peel2122", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.",
     BP, D(2023, 11, 3), C_MONITORED, ACC, "Amber", "Not yet assessed", None,
     [f(text="AFI - enough specialist capacity and capability to investigate online CSA.",
        rag="Green", ref="12404", lead="Det Ch Supt Force CID",
        prog="POLIT team uplift of 4 DCs complete. Pending sign off by the chief officer lead.")],
     "closeable_submit", "HMICFRS Being progressed; force Green (done). OPCC Feb position Amber "
                         "is stale")
item(12405, "peel2122", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "serious and organised crime.",
     CP, D(2023, 11, 3), C_COMPLETE, ACC, "Red", "Not assured",
     "Force Red but HMICFRS complete?",
     [f(text="AFI - improve management of risk posed by SOC offenders.", rag="Red",
        ref="12405", lead="Det Ch Supt Force CID",
        prog="Lead offender management framework not yet adopted.")],
     "closeable_local", "HMICFRS Complete; force Red (open)", queried=True)
item(12406, "peel2122", AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to anti-social behaviour.",
     BP, D(2023, 11, 3), C_MONITORED, DCC, "Not on force tracker", "Not assured",
     "Not on force tracker.", [],
     "missing_from_force", "HMICFRS Being progressed; no force row", queried=True)
# ---- PEEL 2023/24 ---------------------------------------------------------------------------
item(13877, "peel2324", COC, CAUSE_DA_2324, AR, D(2024, 1, 25), C_NEW, NYA,
     "Not on force tracker", "Not yet assessed", None,
     [f(text="Cause of concern - current approach to domestic abuse; victims not supporting "
             "investigations; low use of arrest and prosecution.", rag="Amber", ref="TBC",
        typ="Cause of Concern", lead="Ch Supt Public Protection",
        prog="DA improvement plan to COG 14 March.")],
     "in_sync", "HMICFRS Awaiting review (open); force Amber; force ID 'TBC'. OPCC says not on "
                "tracker (stale)")
item(13878, "peel2324", REC,
     "Within six months, the force should consider ways of increasing the use of arrest, "
     "ancillary orders and other available powers, in order to improve the service it provides "
     "to victims of domestic abuse, offer the best possible protection and bring more "
     "perpetrators to justice.",
     AR, D(2024, 1, 25), C_NEW, NYA, "Not on force tracker", "Not yet assessed", None,
     [f(text="Within 6 months - increase use of arrest, ancillary orders & other powers for DA.",
        rag="Amber", ref="TBC", lead="Ch Supt Public Protection",
        prog="Awaiting allocation.")],
     "in_sync", "HMICFRS Awaiting review (open); force Amber; force ID 'TBC'")
item(13879, "peel2324", REC,
     "Within six months, the force should take steps to understand and address the reason "
     "behind why such a high proportion of victims of domestic abuse do not support the police "
     "investigation.",
     AR, D(2024, 1, 25), C_NEW, NYA, "Not on force tracker", "Not yet assessed", None, [],
     "missing_from_force", "HMICFRS Awaiting review; no force row (do not pair with 13878's "
                           "force row)")
item(13880, "peel2324", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.",
     AR, D(2024, 1, 25), C_NEW, NYA, "Not on force tracker", "Not yet assessed", None,
     [f(rag="Amber", ref="TBC", lead="Force Crime Registrar", prog="Awaiting allocation.")],
     "in_sync", "HMICFRS Awaiting review; force Amber. Not 10014 (stalking), same stem")
item(13881, "peel2324", AFI,
     "The force should make sure investigations of fraud are allocated to officers with the "
     "right skills and are effectively supervised.",
     AR, D(2024, 1, 25), C_NEW, NYA, "Not on force tracker", "Not yet assessed", None, [],
     "missing_from_force", "HMICFRS Awaiting review; no force row")
item(13882, "peel2324", AFI,
     "The force should review its approach to hate crime to make sure victims receive a "
     "consistently good service.",
     AR, D(2024, 1, 25), C_NEW, NYA, "Not on force tracker", "Not yet assessed", None,
     [f(rag="Red", ref="TBC", lead="ACC Local Policing",
        prog="Little work yet undertaken in this area.")],
     "in_sync", "HMICFRS Awaiting review; force Red: open on both")
item(13883, "peel2324", AFI,
     "The force should develop a problem-solving approach to neighbourhood crime, working with "
     "local communities and partners.",
     AR, D(2024, 1, 25), C_NEW, NYA, "Not on force tracker", "Not yet assessed", None,
     [f(rag="Amber", ref="TBC", lead="ACC Local Policing",
        prog="Problem-solving hub pilot in Carlisle.")],
     "in_sync", "HMICFRS Awaiting review; force Amber: open on both")
item(13884, "peel2324", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to honour-based abuse.",
     AR, D(2024, 1, 25), C_NEW, NYA, "Not on force tracker", "Not yet assessed", None,
     [f(text="AFI - officers & staff to have the training they need to identify and respond to "
             "HBA.", rag="Amber", ref="TBC", lead="Head of Learning & Development",
        prog="HBA e-learning commissioned.")],
     "in_sync", "HMICFRS Awaiting review; force Amber: open on both")

# Force rows with no HMICFRS item: (after report key, row dict, why)
FORCE_ONLY = [
    ("powers", f(text="The Home Office and the NPCC should take steps to ensure that the "
                      "quality of the data collected on the number of incidents where force has "
                      "been used to effect a stop and search is sufficient for publication. The "
                      "Home Office should publish this data as soon as possible.",
                 rag="Amber", ref=None, rep="Police powers spotlight (Feb 21)", pub="Feb 2021",
                 typ="Recommendation", lead="ACC Local Policing",
                 prog="Not the force's responsibility to deliver; dependent upon another "
                      "organisation. Monitoring national position."),
     "Addressed to the Home Office and NPCC; not on the force's HMICFRS list"),
    ("leg15", f(text="The force should improve how it gathers, assesses and acts on intelligence "
                     "about counter-corruption.", rag="Amber", ref=None,
                rep="PEEL Legitimacy 2015", pub="Feb 2016", typ="AFI",
                lead="Head of Professional Standards",
                prog="Counter-corruption control strategy refreshed annually."),
     "PEEL Legitimacy 2015 AFI no longer on the HMICFRS list"),
    ("cdi16", f(text="The force should revise its approach to cautions, cannabis warning and "
                     "penalty notices for disorder to ensure that there is a clear and auditable "
                     "explanation to the offender of the implications of receiving the warning "
                     "and that, for victim-based crimes, there is a clear and auditable record "
                     "that views of the victim are considered prior to their issue.",
                rag="Green", ref="5120",
                rep="CDI 2016", pub="Dec 2016", typ="Recommendation",
                lead="Force Crime Registrar", prog="Completed. Evidence submitted to HMICFRS for "
                                                   "closure.", sub=D(2019, 4, 1)),
     "Force holds HMICFRS ID 5120 (CDI 2016); not on the HMICFRS list"),
    ("eff17", f(text="Local action: Task & Finish group to review the stalking and harassment "
                     "policy and report to the Force Executive Team", rag="Amber", ref="n/a",
                rep="PEEL Effectiveness 2017", pub="Mar 2018", typ="Local action",
                lead="Ch Supt Public Protection", prog="T&F group meets monthly."),
     "Force's own local action"),
    ("cdi19", f(text="Force action - Dip-sample 50 rape and serious sexual offences crime reports "
                     "each quarter and report findings to the Crime Standards Board",
                rag="Green", ref="n/a", rep="CDI 2019", pub="Sep 2019", typ="Local action",
                lead="Force Crime Registrar", prog="Quarterly dip-sampling embedded."),
     "Force's own local action"),
    ("peel2122", f(text="Add violence against women and girls measures to the monthly Force "
                        "Performance pack", rag="Green", ref="n/a", rep="PEEL 2021/22",
                   pub="May 2022", typ="Local action", lead="Head of Corporate Development",
                   prog="Measures added Sept 2023."),
     "Force's own local action"),
    ("peel2122", f(text="JAC action: Internal audit of the domestic abuse governance arrangements "
                        "(audit plan 2023/24)", rag="Amber", ref="n/a", rep="PEEL 2021/22",
                   pub="May 2022", typ="Local action", lead="Director of Finance",
                   prog="Fieldwork Q4 2023/24."),
     "Force's own local action"),
    ("peel2324", f(text="Internal audit action: Appoint a single point of contact for "
                        "honour-based abuse in each local policing area", rag="Amber", ref="n/a",
                   rep="PEEL 2023/24", pub="Jan 2024", typ="Local action",
                   lead="Ch Supt Public Protection", prog="SPOCs nominated for 2 of 3 areas."),
     "Force's own local action"),
]

# --------------------------------------------------------------------------------------------
YELLOW = PatternFill("solid", fgColor="FFFF00")
BAND_H = PatternFill("solid", fgColor="1F4E78")
BAND_O = PatternFill("solid", fgColor="7030A0")
HEAD = PatternFill("solid", fgColor="D9E1F2")
SECTION = PatternFill("solid", fgColor="E2EFDA")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


def force_type(t: str) -> str:
    return {REC: "Recommendation", AFI: "AFI", COC: "Cause of Concern"}[t]


def build_hmicfrs(path: Path) -> dict[int, str]:
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Cover note"
    cover = [
        "Office of the Police and Crime Commissioner for Cumbria",
        "PCC Accountability Board - 19 March 2024 - Item 6: HMICFRS recommendations",
        "",
        "The sheet 'Annotated list' is HMICFRS's definitive list of recommendations, areas for "
        "improvement and causes of concern held against Cumbria Constabulary, as e-mailed to "
        "the OPCC and the force by the HMICFRS Force Liaison Lead on 4 March 2024.",
        "Columns A to H are reproduced as received from HMICFRS. Columns I to L have been added "
        "by the OPCC.",
        "Column I (force position) is copied from the force's report to the Joint Audit "
        "Committee of 22 February 2024 and may have changed since.",
        "The list has been re-sorted by chief officer lead for the Accountability Board; "
        "HMICFRS's own order is by ID. Section headings have been added by the OPCC.",
        "Rows shaded yellow are those on which the OPCC has raised a query with the force.",
        "",
        "Prepared by: Head of Assurance, OPCC. Contact: opcc.assurance@cumbria.example",
    ]
    for i, line in enumerate(cover, start=1):
        ws0.cell(i, 1, line or None)
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A2"].font = BOLD
    ws0.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Annotated list")
    ws["A1"] = ("HMICFRS definitive list - Cumbria Constabulary - received 04/03/2024 - "
                "annotated by the OPCC")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "AS RECEIVED FROM HMICFRS"
    ws["I3"] = "ADDED BY OPCC (not part of the HMICFRS list)"
    ws.merge_cells("A3:H3")
    ws.merge_cells("I3:L3")
    for c, fill in (("A3", BAND_H), ("I3", BAND_O)):
        ws[c].fill = fill
        ws[c].font = WHITE_BOLD
        ws[c].alignment = Alignment(horizontal="center")
    headers = ["ID", "Inspection", "Published", "Type", "Recommendation / AFI text", "Status",
               "Status date", "HMICFRS comments", "Force position (Feb 24 JAC)",
               "Chief officer lead", "OPCC assurance", "OPCC comments"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(4, j, h)
        c.font = BOLD
        c.fill = HEAD
        c.alignment = WRAP
    widths = [8, 40, 11, 18, 80, 16, 18, 40, 18, 22, 18, 40]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    order = [DCC, ACC, DOR, NYA]
    row = 5
    rowmap: dict[int, str] = {}
    for lead in order:
        its = sorted([it for it in ITEMS if it["lead"] == lead], key=lambda x: x["id"])
        label = (f"{lead} - {len(its)} items" if lead != NYA
                 else f"{lead} (new PEEL 2023/24 items) - {len(its)} items")
        ws.cell(row, 1, label).font = BOLD
        for j in range(1, 13):
            ws.cell(row, j).fill = SECTION
        row += 1
        for it in its:
            title, pub, _ = REPORTS[it["rep"]]
            vals = [it["id"], title, pub, it["type"], it["text"], it["status"],
                    ordinal(it["sdate"]), it["comment"], it["pos"], lead, it["assur"],
                    it["ocom"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row, j, v)
                c.alignment = WRAP
                if it["queried"]:
                    c.fill = YELLOW
            ws.cell(row, 3).number_format = "dd/mm/yyyy"
            rowmap[it["id"]] = f"Annotated list!{row}"
            row += 1
    row += 1
    ws.cell(row, 1, f"Total items on HMICFRS list: {len(ITEMS)}").font = BOLD
    row += 1
    ws.cell(row, 1, "Source: HMICFRS FLL e-mail 04/03/2024 (attachment 'Cumbria definitive list "
                    "Mar24.xlsx'). OPCC annotations: Head of Assurance, 8 March 2024.")

    # summary sheet: OPCC assurance x HMICFRS status counts (values, not formulas)
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary for the Accountability Board"
    ss["A1"].font = Font(bold=True, size=13)
    statuses = [AR, BP, CP, SU]
    assur = ["Assured", "Partially assured", "Not assured", "Recommend closure",
             "Not yet assessed"]
    ss.cell(3, 1, "OPCC assurance").font = BOLD
    for j, s in enumerate(statuses, start=2):
        ss.cell(3, j, s).font = BOLD
    ss.cell(3, len(statuses) + 2, "Total").font = BOLD
    for i, a in enumerate(assur, start=4):
        ss.cell(i, 1, a)
        tot = 0
        for j, s in enumerate(statuses, start=2):
            n = sum(1 for it in ITEMS if it["assur"] == a and it["status"] == s)
            ss.cell(i, j, n)
            tot += n
        ss.cell(i, len(statuses) + 2, tot)
    r = 4 + len(assur)
    ss.cell(r, 1, "Total").font = BOLD
    for j, s in enumerate(statuses, start=2):
        ss.cell(r, j, sum(1 for it in ITEMS if it["status"] == s))
    ss.cell(r, len(statuses) + 2, len(ITEMS))
    ss.column_dimensions["A"].width = 22
    save(wb, path)
    return rowmap


def build_tracker(path: Path) -> tuple[dict[int, list[str]], list[tuple[str, str]]]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Cumbria Constabulary - HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Strategic Development Unit - last updated 29/02/2024"
    headers = ["No.", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI",
               "Lead", "RAG", "Progress update", "Submitted for closure"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(4, j, h)
        c.font = BOLD
        c.fill = HEAD
    widths = [6, 11, 30, 10, 16, 80, 26, 9, 50, 14]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    # order of reports in the tracker: by publication date then force-only reports slotted in
    rep_order = sorted(REPORTS, key=lambda k: (REPORTS[k][1], k))
    rep_order.insert(rep_order.index("eff16"), "leg15")
    rep_order.insert(rep_order.index("eff16") + 1, "cdi16")
    rows: list[tuple[dict, dict | None, str, str]] = []  # (force row, item, rep, why)
    for rk in rep_order:
        its = [it for it in ITEMS if it["rep"] == rk]
        # the force holds its items roughly in report order, with a little local shuffling
        its = sorted(its, key=lambda x: x["id"])
        if len(its) > 3 and rng.random() < 0.5:
            a = rng.randrange(len(its) - 1)
            its[a], its[a + 1] = its[a + 1], its[a]
        for it in its:
            for fr in it["force"]:
                rows.append((fr, it, rk, it["why"]))
        # the conflict row filed under a later report
        for (frk, fr, why) in FORCE_ONLY:
            if frk == rk:
                rows.append((fr, None, rk, why))
    # move the report-conflict row (9660) into the PEEL 2021/22 block
    moved = [r for r in rows if r[1] is not None and r[1]["id"] == 9660]
    rows = [r for r in rows if not (r[1] is not None and r[1]["id"] == 9660)]
    idx = max(i for i, r in enumerate(rows) if r[1] is not None and r[1]["rep"] == "peel2122"
              and r[1]["id"] == 12403)
    rows[idx + 1:idx + 1] = moved

    fmap: dict[int, list[str]] = {}
    only: list[tuple[str, str]] = []
    n = 0
    row = 5
    for fr, it, rk, why in rows:
        if fr["no"]:  # a row split off one recommendation: 23a, 23b, ...
            if fr["no"] == "a":
                n += 1
            no = f"{n}{fr['no']}"
        else:
            n += 1
            no = n
        if it is not None:
            title, pub, tname = REPORTS[it["rep"]]
            ref = fr["ref"]
            ref = str(it["id"]) if ref == "same" else ref
            text = fr["text"] if fr["text"] else it["text"]
            typ = fr["typ"] or force_type(it["type"])
            rep = fr["rep"] or tname
            pubs = fr["pub"] or pub.strftime("%b %Y")
        else:
            ref, text, typ, rep, pubs = fr["ref"], fr["text"], fr["typ"], fr["rep"], fr["pub"]
        vals = [no, ref, rep, pubs, typ, text, fr["lead"], fr["rag"], fr["prog"], fr["sub"]]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row, j, v)
            c.alignment = WRAP
        ws.cell(row, 10).number_format = "dd/mm/yyyy"
        if it is not None:
            fmap.setdefault(it["id"], []).append(f"Tracker!{row}")
        else:
            only.append((f"Tracker!{row}", why))
        row += 1
    row += 1
    ws.cell(row, 1, "RAG key").font = BOLD
    for line in ("Red - beyond deadline or little progress",
                 "Amber - work ongoing, expected to be implemented",
                 "Green - implemented; evidence held / submitted to HMICFRS",
                 "Complete - closed by HMICFRS"):
        row += 1
        ws.cell(row, 1, line)
    save(wb, path)
    return fmap, only


def save(wb: Workbook, path: Path) -> None:
    """Save with fixed document times and zip timestamps so rebuilds are byte-identical."""
    wb.properties.creator = "OPCC Cumbria" if "hmicfrs" in path.name else "Strategic Development"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.lastModifiedBy = None
    tmp = path.with_suffix(".tmp.xlsx")
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" = now
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-03-11T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 11, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    tmp.unlink()


README_TEXT = """# Case `opcc_assurance_annotations`

Seed 5208 (`random.Random(5208)`, used only to swap adjacent rows in the tracker). Rebuild
byte for byte with `/work/main/.venv/bin/python ../build_opcc_assurance_annotations.py`.
Force: Cumbria Constabulary. List date: 4 March 2024.

## Layout: HMICFRS side (`hmicfrs.xlsx`)
This is the definitive list as the analyst gets it **from the Office of the Police and Crime
Commissioner**, not straight from HMICFRS. The Force Liaison Lead e-mailed the list, and the
OPCC's Head of Assurance prepared it for the PCC's Accountability Board:
- Sheet `Cover note`: the OPCC's explanatory text. It holds no items.
- Sheet `Annotated list`: title on row 1, blank row 2, **band row 3** (merged A3:H3 "AS RECEIVED
  FROM HMICFRS", merged I3:L3 "ADDED BY OPCC (not part of the HMICFRS list)"), headers on row 4.
  HMICFRS columns: `ID` (a plain register integer), `Inspection`, `Published` (date),
  `Type`, `Recommendation / AFI text`, `Status` (Awaiting review / Being progressed / Complete /
  Superseded), `Status date` (text such as "2nd May 2019"), `HMICFRS comments` (real register
  comments). OPCC columns: `Force position (Feb 24 JAC)`, `Chief officer lead`,
  `OPCC assurance`, `OPCC comments`.
  The OPCC **re-sorted the list by chief officer lead** and put in four section-heading rows
  ("Deputy Chief Constable - 8 items", ... "Not yet allocated by force (new PEEL 2023/24
  items) - 8 items"), so rows from the same report are split across sections. Footer: a
  blank row, then "Total items on HMICFRS list: 78" and a source line. Rows the OPCC has
  queried are shaded yellow.
- Sheet `Summary`: counts of OPCC assurance against HMICFRS status. It holds no items.
Item rows: `Annotated list!6-13, 15-68, 70-77, 79-86` (78 items).

## Layout: force side (`tracker.xlsx`)
Plain sheet `Tracker`: title row 1, "last updated" row 2, headers on row 4 (`No.`,
`HMICFRS ID`, `Report`, `Published` as text "Mar 2017", `Type`, `Recommendation / AFI`, `Lead`,
`RAG`, `Progress update`, `Submitted for closure`), 86 item rows (5-90), then a RAG key
(rows 92-96). RAG: Red/Amber = open; Green/Complete = done.

## Traps and how the truth decides them
1. **OPCC columns that look like status.** `Force position (Feb 24 JAC)` (Green/Amber/Red/
   Complete/"Not on force tracker") and `OPCC assurance` ("Recommend closure", "Assured"...)
   are not HMICFRS's status. The truth uses only column F `Status` on this side and the tracker's
   `RAG` on the other.
2. **The force position is stale.** It differs from the current tracker (open/done) on 17 items:
   3012, 5902, 7605, 7732, 8561, 9120, 11232, 12404 (OPCC says Amber, tracker now Green:
   closeable_submit);
   5904, 8545 (OPCC says Green or "Recommend closure", tracker moved back to Amber after
   HMICFRS returned the evidence: in_sync, open on both); 13877, 13878, 13880, 13882-13884
   (OPCC says "Not on force tracker", the force has since added them with ID "TBC": paired);
   8793 (OPCC says Amber, but the row is no longer in the tracker: missing_from_force).
3. **Section headings and re-sorting** by chief officer lead: the headings are not items, and
   report order is lost on the HMICFRS side.
4. **Two-row header** (merged band row above the real header row). Cover and Summary sheets
   hold no items. Footer total and source lines are not items.
5. **OPCC comments name other IDs** ("Same wording as 1189", "Compare 4822", "Very similar to
   national rec 902"). The pair always follows the row's own `ID`, never an ID in a comment.
6. **Near-identical texts across reports:** 1189 (2013) vs 5237 (2015); 902 (Integrity
   matters, national) vs 8562 (PEEL Legitimacy 2017 AFI); 4822 (Core Business, national, no
   ID in the tracker) vs 10013 (CDI 2019); 8791 county lines vs 9123 CSE (same stem, 9123
   missing); 10014 stalking vs 13880 rape recording; 6713 SOC intelligence vs the tracker's
   PEEL Legitimacy 2015 counter-corruption row (not on the list). Each is paired by report
   and wording.
7. **HMICFRS status vocabulary and comments:** 4822 is "Being progressed" with the comment
   "status ... being reviewed", so it is open. 10014 is Complete with "Authorised for closure".
   Superseded counts as closed.
8. **Split force rows:** 7602 becomes 4 bullet rows (24a-24d, all Amber: in_sync, 4 lines);
   10012 becomes 5 bullet rows (56a-56e, all Green: closeable_submit, 5 lines).
9. **Conflicts (6):** 7603 timescale (HMICFRS "Within six months", force "Within twelve
   months"); 8542 missing bullet (the force drops the possession-only drug searches bullet);
   11231 deadline ("By July 2021" against "By July 2022"); 8563 type (AFI against
   Recommendation); 9660 report/date (PEEL 2018/19 May 2019, filed by the force under PEEL
   2021/22 May 2022 with no ID); 7438 reference (the force records 7483; same report and text).
10. **Not conflicts:** "Cause for Concern" = cause of concern. The force's month-only dates
    are a format difference. Abridged or abbreviated force wording, "AFI 1 - " prefixes and
    IDs left blank on older national rows are not conflicts. 7715: the force omits the second
    sentence, which is addressed to HO/NPCC/APCC, so it is closeable_local, not a conflict.
11. **Force rows not on the list (8):** 5 local actions; the Home Office/NPCC data
    recommendation from the 2021 powers report; a PEEL Legitimacy 2015 AFI; a CDI 2016 row
    carrying ID 5120, which is not on the list.

## Counts (truth.csv lines: 93)
| category | lines | HMICFRS items |
|---|---|---|
| in_sync | 41 | 38 |
| closeable_submit | 18 | 14 |
| closeable_local | 13 | 13 |
| conflict | 6 | 6 |
| missing_from_force | 7 | 7 |
| not_on_hmicfrs_list | 8 | - |
27 of the 78 HMICFRS items (35%) are closed on one side only.
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ids = [it["id"] for it in ITEMS]
    assert len(ids) == len(set(ids))
    hmap = build_hmicfrs(OUT / "hmicfrs.xlsx")
    fmap, only = build_tracker(OUT / "tracker.xlsx")
    lines = []
    for it in sorted(ITEMS, key=lambda x: int(hmap[x["id"]].split("!")[1])):
        frows = fmap.get(it["id"], [])
        if it["cat"] == "missing_from_force":
            assert not frows
            lines.append((hmap[it["id"]], "", it["cat"], it["why"]))
        else:
            assert frows, it["id"]
            for fr in frows:
                lines.append((hmap[it["id"]], fr, it["cat"], it["why"]))
    for fr, why in only:
        lines.append(("", fr, "not_on_hmicfrs_list", why))
    (OUT / "README.md").write_text(README_TEXT, encoding="utf-8")
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
