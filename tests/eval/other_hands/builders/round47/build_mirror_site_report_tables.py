"""Build the evaluation case ``mirror_site_report_tables`` (round 47, listfree3).

HMICFRS side: the definitive list as a force liaison lead rebuilt it by copying, report by
report, the public per-report recommendation tables (the inquirytracker.uk /
accountabilityindex.uk layout: report title, report type, "N Recommendations  M Completed",
"Applicable Forces", then a table "# | Recommendation | Directed at | Status" with per-report
ids T1, T10, T2 ... sorted as text, and the cause of concern written into each of its
recommendations' cells).

Force side: an ordinary force tracker (xlsx) with its own RAG words, refs written variously,
reworded/abridged texts, local actions, split recommendations and one-sided closures.

Run:  /work/main/.venv/bin/python build_mirror_site_report_tables.py
Rebuilds the case byte for byte (fixed seed, fixed workbook metadata and zip timestamps).
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
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 47031
CASE = "mirror_site_report_tables"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
H_SHEET = "Definitive list"
F_SHEET = "HMICFRS Tracker"
FIXED_TIME = dt.datetime(2024, 3, 14, 9, 0, 0)

FORCE = "West Mercia Police"
ALL = "All forces in England and Wales"

# HMICFRS status words (mirror-site wording): closed / open
H_CLOSED = {"Completed", "Superseded"}
H_OPEN = {"Being progressed", "Awaiting review"}
# force RAG words: done / open
F_DONE = {"GREEN", "Green", "BLUE", "Complete", "Closed", "WHITE", "Pending sign off"}
F_OPEN = {"AMBER", "Amber", "Amber ", "RED", "Red", "Ongoing", "Not started"}

CP, AP = "Completed", "Superseded"
BP, AR = "Being progressed", "Awaiting review"

# ----------------------------------------------------------------------------------------
# Real cause-of-concern texts (HMICFRS, Open Government Licence)
COC_DA = ("The force’s current approach to domestic abuse is unacceptable. The proportion of "
          "victims who fail to support the investigation and the low use of police powers of "
          "arrest and prosecution is a cause of concern to HMIC.")
COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
COC_ALLIANCE = (
    "The force does not have suitable arrangements in place to make sure it can maintain the "
    "full range of public services when its alliance with Warwickshire Police ends. There are "
    "gaps in its workforce skills assessment, and weaknesses in both its investigative approach "
    "and its approach to safeguarding vulnerable people.")
COC_INVEST = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the way "
    "that crimes are being investigated.")
COC_SAS = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.")
COC_VETTING = "The size of the vetting backlog within West Mercia Police is a cause of concern."


def coc(cause: str, rec: str) -> str:
    """A mirror-site cell: the cause of concern and its recommendation in one cell."""
    return f"Cause of concern: {cause} Recommendation: {rec}"


def afi(text: str) -> str:
    return f"Area for improvement: {text}"


def fr(ref, text, rag, ftype="Rec", progress=None, submitted=None, report=None,
       published=None):
    """One force row."""
    return dict(ref=ref, text=text, rag=rag, ftype=ftype, progress=progress,
                submitted=submitted, report=report, published=published)


# ----------------------------------------------------------------------------------------
# The blocks. Each item: (id, hmicfrs text, directed at, hmicfrs status, category, why,
# force rows or None). Category/why describe the pair (or the missing item).
D = dt.datetime

BLOCKS = [
    dict(
        key="sas13", lead="ACC Local Policing",
        title="Stop and search powers: Are the police using them effectively and fairly?",
        kind="HMIC Thematic Inspection", pub="9 July 2013", applicable=ALL,
        f_report="Stop & Search powers (HMIC 2013)", f_pub="Jul-13", f_type="National rec",
        items=[
            ("T1",
             "Chief Constables and the College of Policing should establish in the Stop and "
             "Search Authorised Professional Practice document a clear specification of what "
             "constitutes the effective and fair exercise of stop and search powers, and "
             "guidance in this respect. This should be compliant with the Code of Practice.",
             "Chief constables; College of Policing", CP, "in_sync",
             "closed on both: HMICFRS Completed, force GREEN; abbreviated wording",
             [fr("R1", "CCs & CoP to establish in the S&S APP a clear specification of what "
                 "constitutes effective and fair use of S&S powers (compliant with the Code of "
                 "Practice).", "GREEN")]),
            ("T2",
             "Chief Constables should establish or improve monitoring of the way officers stop "
             "and search people, so that they can be satisfied their officers are acting in "
             "accordance with the law (including equality legislation and the Code of "
             "Practice), and that the power is used effectively to prevent crime, catch "
             "criminals and maintain public trust.",
             "Chief constables", CP, "in_sync",
             "closed on both: HMICFRS Completed, force Complete; verbatim text",
             [fr("R2",
                 "Chief Constables should establish or improve monitoring of the way officers "
                 "stop and search people, so that they can be satisfied their officers are "
                 "acting in accordance with the law (including equality legislation and the "
                 "Code of Practice), and that the power is used effectively to prevent crime, "
                 "catch criminals and maintain public trust.", "Complete")]),
            ("T3",
             "Chief Constables should, in consultation with elected local policing bodies, "
             "ensure that they comply with the code of practice by explaining to the public "
             "the way stop and search powers are used in their areas and by making "
             "arrangements for stop and search records to be scrutinised by community "
             "representatives. This should be done in a way that involves those people who "
             "are stopped and searched, for example, young people.",
             "Chief constables; PCCs", BP, "closeable_submit",
             "HMICFRS Being progressed, force GREEN; near-twin of the 2015 item (Stop and "
             "search powers 2 T1) which is the other way round - report and 'elected local "
             "policing bodies' wording decide",
             [fr("R3", "Chief Constables should, in consultation with elected local policing "
                 "bodies, ensure they comply with the code of practice by explaining to the "
                 "public the way S&S powers are used in their areas and by making arrangements "
                 "for S&S records to be scrutinised by community representatives, involving "
                 "those who are stopped & searched e.g. young people.", "GREEN",
                 progress="Community scrutiny panel in place since 2016; S&S records "
                 "dip-sampled and published quarterly.", submitted=D(2023, 11, 20))]),
        ]),
    dict(
        key="everyone", lead="Ch Supt Public Protection",
        title="Everyone's business: Improving the police response to domestic abuse",
        kind="HMIC Thematic Inspection", pub="27 March 2014", applicable=ALL,
        f_report="Everyone's Business (DA) 2014", f_pub=D(2014, 3, 27), f_type="National rec",
        items=[
            ("T1",
             "By September 2014, every police force in England and Wales should establish and "
             "publish an action plan that specifies in detail what steps it will take to "
             "improve its approach to domestic abuse.\n\nThis action plan should be "
             "developed:\n\n• in consultation with police and crime commissioners, domestic "
             "abuse support organisations and victims' representatives;\n• after close "
             "consideration of all the recommendations in this report;\n• with reference to "
             "all relevant domestic homicide reviews and IPCC findings, whether in connection "
             "with the force in question or another force; and 20\n• drawing on relevant "
             "knowledge acquired or available from other sources such as CPS scrutiny panels "
             "and MARAC self-assessments.",
             ALL, CP, "closeable_local",
             "HMICFRS Completed, force AMBER (still open); no force ref; HMICFRS text carries a "
             "stray footnote digit '20'",
             [fr("", "Establish & publish a DA action plan setting out in detail the steps the "
                 "force will take to improve its approach to domestic abuse (developed with "
                 "the PCC, support orgs & victims' reps; informed by DHRs/IPCC findings, CPS "
                 "scrutiny panels and MARAC self-assessments).", "AMBER",
                 progress="DA action plan refreshed annually; 2024 refresh due to DA "
                 "Strategic Board in April.")]),
        ]),
    dict(
        key="austerity", lead="Director of Finance",
        title="Policing in austerity: Meeting the challenge",
        kind="HMIC Thematic Inspection (Valuing the Police)", pub="22 July 2014", applicable=ALL,
        f_report="Policing in Austerity 2014", f_pub="July 2014", f_type="National rec",
        items=[
            ("T1",
             "All Chief Constables and PCCs should review their plans to deliver savings to "
             "ensure they are doing all they can to continue to reduce crime and protect the "
             "front line while balancing their budgets. They should use the data and "
             "information contained in this report, and in HMIC's Value for Money profiles, "
             "when conducting their reviews",
             "Chief constables; PCCs", AP, "closeable_local",
             "HMICFRS Superseded (closed), force Amber (open): close locally",
             [fr("Rec 1", "Review plans to deliver savings to ensure we are doing all we can "
                 "to continue to reduce crime and protect the front line while balancing the "
                 "budget – use HMIC VfM profiles.", "Amber",
                 progress="Medium Term Financial Plan review ongoing with the OPCC.")]),
            ("T2",
             "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
             "savings through collaboration should assess whether there is scope to improve on "
             "this position. HMIC will follow up the assessments in the autumn.",
             "Chief constables; PCCs", BP, "missing_from_force",
             "on the HMICFRS list (Being progressed), no tracker row: the force skipped Rec 2 "
             "(its rows go Rec 1, Rec 3, Rec 4)", None),
            ("T3",
             "Chief Constables and PCCs in forces that are planning to reduce the proportion "
             "of their workforce and/or police officers on the front line should assess "
             "whether they have taken the decisive action seen in many forces in order to "
             "maintain their crime fighting capacity. HMIC will follow up the assessments in "
             "the autumn.",
             "Chief constables; PCCs", CP, "in_sync",
             "closed on both: HMICFRS Completed, force Closed; reworded",
             [fr("Rec 3", "Assess whether decisive action has been taken to maintain crime "
                 "fighting capacity where the proportion of the workforce / officers on the "
                 "front line is reducing.", "Closed")]),
            ("T4",
             "In preparation for the next spending round period all Chief Constables and PCCs "
             "should review their plans for collaboration. In particular they should consider "
             "whether there is scope to deliver better value for money and improved "
             "capability and capacity through joint working with other forces, the public "
             "and/or the private sector.",
             "Chief constables; PCCs", AP, "in_sync",
             "closed on both: HMICFRS Superseded, force Closed",
             [fr("Rec 4", "Review collaboration plans for the next spending round – scope for "
                 "better VfM and improved capability & capacity through joint working with "
                 "other forces, the public and/or private sector.", "Closed")]),
        ]),
    dict(
        key="core", lead="Supt Contact Centre",
        title="Core Business: an inspection into crime prevention, police attendance and the "
              "use of police time",
        kind="HMIC Thematic Inspection", pub="4 September 2014", applicable=ALL,
        f_report="Core business", f_pub=D(2014, 9, 4), f_type="National rec",
        items=[
            ("T1",
             "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
             "that have not yet done so, should provide call-handlers with specific, sound and "
             "comprehensible criteria against which they can assess threat, harm and risk.",
             ALL, CP, "in_sync", "closed on both: HMICFRS Completed, force GREEN",
             [fr("CB1", "Not later than 31 March 2015 provide call-handlers with specific, "
                 "sound and comprehensible criteria against which they can assess threat, "
                 "harm & risk (THRIVE).", "GREEN")]),
            ("T2",
             "By 31 March 2015 all forces should ensure that crime prevention or disruption "
             "activity carried out is systematically recorded and subsequently evaluated to "
             "determine the effectiveness of tactics being employed.",
             ALL, BP, "in_sync", "open on both: HMICFRS Being progressed, force RED",
             [fr("CB2", "By 31 March 2015 all forces should ensure that crime prevention or "
                 "disruption activity carried out is systematically recorded and subsequently "
                 "evaluated to determine the effectiveness of tactics being employed.", "RED",
                 progress="Little work yet undertaken in this area. Unlikely to reach "
                 "deadlines.")]),
        ]),
    dict(
        key="integrity", lead="Head of Professional Standards",
        title="Integrity matters: An inspection of arrangements to ensure integrity and to "
              "provide the capability to tackle corruption in policing",
        kind="HMIC Thematic Inspection", pub="30 January 2015", applicable=ALL,
        f_report="Integrity Matters 2015", f_pub=D(2015, 1, 30), f_type="National rec",
        items=[
            ("T1",
             "By 31 August 2015, all chief constables should satisfy themselves that they have "
             "processes in place to ensure that investigations into misconduct by officers and "
             "staff resulting in “no further action” are fair and free of any form of "
             "discrimination.",
             "Chief constables", BP, "closeable_submit",
             "HMICFRS Being progressed, force BLUE (done): submit; no force ref",
             [fr("", "By 31 August 2015, satisfy ourselves that processes are in place to "
                 "ensure misconduct investigations resulting in 'no further action' are fair "
                 "and free of any form of discrimination.", "BLUE",
                 progress="PSD dip-sample of NFA outcomes by protected characteristic "
                 "completed; reported to Ethics Committee.", submitted=D(2024, 1, 15))]),
        ]),
    dict(
        key="sas15", lead="ACC Local Policing",
        title="Stop and search powers 2: are the police using them effectively and fairly?",
        kind="HMIC Thematic Inspection", pub="24 March 2015", applicable=ALL,
        f_report="Stop and Search 2 (2015)", f_pub=D(2015, 3, 24), f_type="National rec",
        items=[
            ("T1",
             "Chief constables should, in consultation with police and crime commissioners, "
             "ensure that they comply with the Code of Practice by explaining to the public the "
             "way stop and search powers are used in their areas and by making arrangements "
             "for stop and search records to be scrutinised by community representatives. "
             "This should be done in a way that involves those people who are stopped and "
             "searched, for example young people.",
             "Chief constables; PCCs", CP, "closeable_local",
             "HMICFRS Completed, force Amber: close locally; near-twin of the 2013 item "
             "(T3) whose states are the other way round - report decides",
             [fr("Rec 1", "Chief constables should, in consultation with PCCs, ensure that "
                 "they comply with the Code of Practice by explaining to the public the way "
                 "stop and search powers are used in their areas and by making arrangements "
                 "for stop and search records to be scrutinised by community representatives. "
                 "This should be done in a way that involves those people who are stopped and "
                 "searched, for example young people.", "Amber",
                 progress="Youth scrutiny panel relaunch planned for summer.")]),
        ]),
    dict(
        key="picture", lead="Head of Information Management",
        title="Building the picture: an inspection of police information management",
        kind="HMIC Thematic Inspection", pub="1 July 2015", applicable=ALL,
        f_report="Building the Picture 2015", f_pub=D(2015, 7, 1), f_type="National rec",
        items=[
            ("T1",
             "By 30 November 2015, chief constables should put in place arrangements to "
             "scrutinise audits of compliance with the APP on information management through "
             "the force information management governance structure. This should include "
             "measures to ensure that categorisation of records are regularly adjusted.",
             "Chief constables", AR, "in_sync",
             "open on both: HMICFRS Awaiting review, force Amber",
             [fr("BtP R1", "By 30 Nov 2015 put in place arrangements to scrutinise audits of "
                 "compliance with the APP on information management through the force IM "
                 "governance structure, incl. measures to ensure categorisation of records is "
                 "regularly adjusted.", "Amber")]),
        ]),
    dict(
        key="firearms", lead="Supt Firearms Licensing",
        title="Targeting the risk: An inspection of the efficiency and effectiveness of "
              "firearms licensing in police forces in England and Wales",
        kind="HMIC Thematic Inspection", pub="15 September 2015", applicable=ALL,
        f_report="Firearms licensing 2015", f_pub=D(2015, 9, 15), f_type="National rec",
        items=[
            ("T1",
             "Within three months, all chief constables should assess how well the governance "
             "of firearms licensing in his or her force meets the standards set out in "
             "Authorised Professional Practice. Chief constables of forces where the "
             "governance standards are not being complied with should put in place "
             "immediately the correct arrangements and procedures in order to meet the "
             "standards in full.",
             "Chief constables", CP, "in_sync", "closed on both: Completed / GREEN",
             [fr("T1", "Within 3 months assess how well the governance of firearms licensing "
                 "meets the standards in APP; where not complied with put the correct "
                 "arrangements in place immediately.", "GREEN")]),
            ("T2",
             "Within three months, all chief constables should assess the demand placed on "
             "their firearms licensing department and ensure it has the capacity to meet this "
             "demand and provide an efficient and effective service at all times.",
             "Chief constables", CP, "in_sync", "closed on both: Completed / GREEN",
             [fr("T2", "Within three months, all chief constables should assess the demand "
                 "placed on their firearms licensing department and ensure it has the capacity "
                 "to meet this demand and provide an efficient and effective service at all "
                 "times.", "GREEN")]),
            ("T3",
             "Immediately, all chief constables should satisfy themselves that all appropriate "
             "action is being taken by their force with regard to ‘total expired’ licensing "
             "records.",
             "Chief constables", BP, "in_sync", "open on both: Being progressed / Amber",
             [fr("T3", "Immediately satisfy ourselves that all appropriate action is being "
                 "taken with regard to 'total expired' licensing records.", "Amber",
                 progress="Backlog of 212 total expired records at 31/01/24; weekly review "
                 "by Firearms Licensing Manager.")]),
            ("T4",
             "Within three months, all chief constables should ensure that their arrangements "
             "in respect of the use of temporary permits are in accordance with the Home "
             "Office guidance; that temporary permits are properly recorded without delay on "
             "the National Firearms Licensing Management System; and that effective systems "
             "exist to ensure certificate holders are not permitted, at any time, to remain in "
             "unlawful possession of a firearm.",
             "Chief constables", CP, "closeable_local",
             "HMICFRS Completed, force Amber: close locally; heavily reordered wording",
             [fr("T4", "Temporary permits – arrangements to be in line with HO guidance, "
                 "permits recorded without delay on NFLMS, and systems to ensure certificate "
                 "holders never remain in unlawful possession of a firearm. (within 3 months)",
                 "Amber")]),
            ("T5",
             "Within three months, all chief constables should ensure that systems designed to "
             "identify, prior to police attendance, whether a reported incident involves or "
             "is at the address of a firearm certificate holder are in place and are always "
             "applied by staff dispatching officers to incidents; and that officers understand "
             "the risk assessment which they should be undertaking in such circumstances, and "
             "their power, when appropriate, to seize firearms and firearm certificates.",
             "Chief constables", BP, "closeable_submit",
             "HMICFRS Being progressed, force 'Pending sign off' (force says done): submit",
             [fr("T5", "Within 3 months ensure systems identify, prior to police attendance, "
                 "whether an incident involves or is at the address of a firearm certificate "
                 "holder, are always applied by dispatchers, and that officers understand the "
                 "risk assessment and their power to seize firearms & certificates.",
                 "Pending sign off", progress="Pending sign off by the chief officer lead.")]),
        ]),
    dict(
        key="eff15", lead="Head of Corporate Development",
        title="PEEL: Police efficiency 2015 – West Mercia Police",
        kind="PEEL Force Inspection", pub="5 November 2015", applicable=FORCE,
        f_report="PEEL Efficiency 15", f_pub="Nov-15", f_type="AFI",
        items=[
            ("AFI1",
             afi("The force should undertake further work to gain a fuller understanding of "
                 "current demand for its services, and likely future changes in demand. This "
                 "is so it can make best use of its resources by matching them to demand to "
                 "meet the needs of the public"),
             FORCE, CP, "in_sync", "closed on both: Completed / Complete; force drops the "
             "second sentence",
             [fr("AFI 1", "The force should undertake further work to gain a fuller "
                 "understanding of current demand for its services, and likely future changes "
                 "in demand.", "Complete")]),
            ("AFI2",
             afi("The force should develop its understanding of the links between its "
                 "outcomes, outputs and costs"),
             FORCE, AP, "closeable_local", "HMICFRS Superseded, force AMBER: close locally",
             [fr("AFI 2", "Develop understanding of the links between outcomes, outputs and "
                 "costs.", "AMBER", progress="Priority-based budgeting exercise 2024/25.")]),
            ("AFI3",
             afi("The force should develop a future workforce plan that is aligned with its "
                 "overall demand and budget. The plan should include future resource "
                 "allocations, the mix of skills required by the workforce and behaviours "
                 "expected of them."),
             FORCE, BP, "closeable_submit", "HMICFRS Being progressed, force Green: submit",
             [fr("AFI 3", "Develop a future workforce plan aligned with overall demand and "
                 "budget, incl. future resource allocations, skills mix and behaviours "
                 "expected.", "Green", progress="Strategic Workforce Plan 2023-26 approved by "
                 "COG.")]),
        ]),
    dict(
        key="eff16", lead="Ch Supt Public Protection",
        title="PEEL: Police effectiveness 2016 – West Mercia Police",
        kind="PEEL Force Inspection", pub="2 March 2017", applicable=FORCE,
        f_report="PEEL Effectiveness 2016", f_pub=D(2017, 3, 2), f_type="Rec",
        items=[
            ("AFI1",
             afi("The force should improve its understanding of the nature and scale of hate "
                 "crime in its area."),
             FORCE, BP, "conflict",
             "same AFI (verbatim) but the force files it under another report: 'PEEL "
             "Legitimacy 2016', published 08/12/2016 (HMICFRS: PEEL effectiveness 2016, "
             "2 March 2017); both open",
             [fr("AFI 1", "The force should improve its understanding of the nature and scale "
                 "of hate crime in its area.", "Amber", ftype="AFI",
                 report="PEEL Legitimacy 2016", published=D(2016, 12, 8),
                 progress="Hate crime problem profile commissioned from FIB.")]),
            ("AFI2",
             afi("The force should make sure victims of stalking and harassment are kept "
                 "informed about the progress of their case, in line with the Code of Practice "
                 "for Victims of Crime."),
             FORCE, CP, "in_sync", "closed on both: Completed / Green; near-twin of PEEL "
             "2021/22 AFI4 (RASSO) - topic decides",
             [fr("AFI 2", "Make sure victims of stalking & harassment are kept informed about "
                 "the progress of their case, in line with the Victims' Code.", "Green",
                 ftype="AFI")]),
            ("T1",
             coc(COC_DA, "In order to improve the service it provides to victims of domestic "
                 "abuse, offer the best possible protection and bring more perpetrators to "
                 "justice, the force should immediately consider ways of increasing the use of "
                 "arrest, ancillary orders and other available powers."),
             FORCE, CP, "in_sync", "closed on both: Completed / Complete; HMICFRS cell "
             "carries the cause of concern, force row only the recommendation",
             [fr("CoC1 R1", "Immediately consider ways of increasing the use of arrest, "
                 "ancillary orders and other available powers to improve the service to DA "
                 "victims, offer the best possible protection and bring more perpetrators to "
                 "justice.", "Complete", ftype="CoC rec")]),
            ("T2",
             coc(COC_DA, "To improve the service provided to victims of domestic abuse the "
                 "force should immediately take steps to understand and address the reason "
                 "behind why such a high proportion of victims of domestic abuse do not "
                 "support the police investigation."),
             FORCE, BP, "closeable_submit", "HMICFRS Being progressed, force GREEN: submit",
             [fr("CoC1 R2", "Immediately take steps to understand & address why such a high "
                 "proportion of DA victims do not support the police investigation.", "GREEN",
                 ftype="CoC rec", progress="Completed. Evidence submitted to HMICFRS for "
                 "closure.", submitted=D(2023, 9, 4))]),
            ("T3",
             coc(COC_DA, "In addition, the practice of conducting domestic abuse risk "
                 "assessments over the telephone and dealing with domestic abuse in the "
                 "resolution centre should cease"),
             FORCE, CP, "in_sync", "closed on both: Completed / Closed",
             [fr("CoC1 R3", "Cease DA risk assessments over the telephone and dealing with DA "
                 "in the resolution centre.", "Closed", ftype="CoC rec")]),
            ("T4",
             coc(COC_MISSING, "To address this cause of concern the force should immediately "
                 "review its approach to reports of missing children and take steps to ensure "
                 "that:\n• call takers understand and use the missing and absent category "
                 "appropriately; • call takers and frontline staff have the necessary "
                 "knowledge to identify risk factors associated with child sexual exploitation "
                 "and how to respond to such cases; and • supervisors provide the correct "
                 "oversight of missing person enquiries and direct appropriate and timely "
                 "investigative and safeguarding action"),
             FORCE, BP, "in_sync", "open on both: Being progressed / Amber; all three "
             "bullets kept in the force's summary",
             [fr("CoC2 R1", "Review approach to reports of missing children:\n- call takers to "
                 "understand/use missing & absent category appropriately\n- call takers & "
                 "frontline staff to have the knowledge to identify CSE risk factors and how "
                 "to respond\n- supervisors to provide correct oversight of missing person "
                 "enquiries and direct timely investigative & safeguarding action", "Amber",
                 ftype="CoC rec", progress="Covered by the Vulnerability Improvement Delivery "
                 "Plan; see latest plan update.")]),
        ]),
    dict(
        key="cdi17", lead="Force Crime Registrar",
        title="Crime data integrity inspection 2017 – West Mercia Police",
        kind="Crime Data Integrity Inspection", pub="14 September 2017", applicable=FORCE,
        f_report="CDI 2017", f_pub=D(2017, 9, 14), f_type="Rec",
        items=[
            ("T1",
             "Within six months the force should put in place arrangements to ensure that:\n"
             "• at the point of report, victims are believed;\n• conversations between the "
             "call handlers and callers are summarised accurately in the incident log, thus "
             "providing attending officers with full facts on which to base crime-recording "
             "decisions;\n• multiple crimes are always recorded when described within "
             "incident records or identified as part of other recorded crime investigations;"
             "\n• the practice of awaiting the results of medical examinations or video "
             "interviews before making crime-recording decisions is stopped; and\n• online "
             "reports of crime are triaged at the point of receipt to ensure any ongoing risks "
             "to the victim or the wider public are identified and appropriately managed.",
             FORCE, BP, "in_sync",
             "split: one force row per bullet (5 rows, 1a-1e), all open; HMICFRS Being "
             "progressed",
             [fr("1a", "CDI – victims are believed at the point of report", "Amber"),
              fr("1b", "CDI – call handler / caller conversations summarised accurately in "
                 "the incident log so attending officers have the full facts for "
                 "crime-recording decisions", "Amber"),
              fr("1c", "CDI – multiple crimes always recorded when described in incident "
                 "records or identified in other investigations", "RED",
                 progress="Audit Feb 24: 81% compliance, target 90%."),
              fr("1d", "CDI – stop the practice of awaiting medical examination / video "
                 "interview results before making crime-recording decisions", "Amber"),
              fr("1e", "CDI – online crime reports triaged at point of receipt so ongoing "
                 "risks to the victim or the public are identified and managed", "Amber ")]),
            ("T2",
             "Immediately, the force should take steps to ensure it fully complies with "
             "national crime recording standard (NCRS) requirements for offences identified as "
             "modern slavery and human trafficking.",
             FORCE, CP, "in_sync", "closed on both: Completed / Complete; near-twin of "
             "Stolen freedom T5 (which adds audit capacity) - report decides",
             [fr("2", "Immediately ensure full compliance with NCRS for offences identified as "
                 "MSHT.", "Complete")]),
            ("T3",
             afi("The force should make sure it records reports of rape and serious sexual "
                 "offences accurately and without delay."),
             FORCE, BP, "missing_from_force",
             "on the HMICFRS list (Being progressed), no tracker row", None),
        ]),
    dict(
        key="stolen", lead="Det Ch Supt Force CID",
        title="Stolen freedom: the policing response to modern slavery and human trafficking",
        kind="HMICFRS Thematic Inspection", pub="24 October 2017", applicable=ALL,
        f_report="Stolen Freedom (MSHT) 2017", f_pub=D(2017, 10, 24), f_type="National rec",
        items=[
            ("T1",
             "Within twelve months, forces should review their leadership and governance "
             "arrangements for modern slavery and human trafficking, to ensure that:\n• "
             "senior leaders prioritise the response to modern slavery and human trafficking;"
             "\n• every incident of modern slavery identified to police is allocated "
             "appropriate resources with the skills, experience and capacity to investigate "
             "it effectively;\n• forces develop effective partnership arrangements to "
             "co-ordinate activity in order to share information and safeguard victims; and\n"
             "• performance and quality assurance measures are in place to allow senior "
             "leaders to assess the nature and quality of the service provided to victims.",
             ALL, BP, "in_sync", "open on both: Being progressed / Amber; four bullets in "
             "one force row (not split)",
             [fr("SF1", "Within 12 months review leadership & governance arrangements for MSHT "
                 "so that: senior leaders prioritise the response; every MSHT incident is "
                 "allocated appropriate resources; effective partnership arrangements to share "
                 "info & safeguard victims; performance & QA measures in place.", "Amber")]),
            ("T2",
             "Within six months, forces should have in place active information-sharing "
             "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
             "and in order to safeguard victims better and to identify suspects as early as "
             "possible",
             ALL, BP, "conflict",
             "timescale differs: HMICFRS 'Within six months', force 'Within 12 months'; both "
             "open",
             [fr("SF2", "Within 12 months forces should have active ISAs in place with other "
                 "agencies to speed up exchange of intelligence, safeguard victims better & "
                 "identify suspects as early as possible.", "Amber")]),
            ("T3",
             "Immediately, forces should ensure that all victims carrying out criminal acts "
             "under compulsion attributable to slavery or exploitation are afforded the "
             "protection of early and continuing consideration of the applicability of the "
             "section 45 defence.",
             ALL, BP, "missing_from_force",
             "on the HMICFRS list (Being progressed), no tracker row (force goes SF2 -> SF4)",
             None),
            ("T4",
             "Immediately, forces should take steps to ensure they are fully compliant with "
             "the NRM process as it evolves and are implementing the requirement placed upon "
             "them under the Modern Slavery Act 2015 to notify the Home Office of any "
             "individual suspected to be an adult victim of modern slavery or human "
             "trafficking.",
             ALL, CP, "in_sync", "closed on both: Completed / GREEN",
             [fr("SF4", "Immediately ensure full compliance with the NRM process as it evolves "
                 "and with the MSA 2015 duty to notify the HO of any suspected adult victim "
                 "of MSHT.", "GREEN")]),
            ("T5",
             "Immediately, forces should take steps to ensure they fully comply with national "
             "crime recording standard (NCRS) requirements for offences identified as modern "
             "slavery and human trafficking and that sufficient audit capacity is available to "
             "the force crime registrar to provide reassurance that each force is identifying "
             "and managing any gaps in its crime-recording accuracy for these types of "
             "offences.",
             ALL, BP, "closeable_submit",
             "HMICFRS Being progressed, force GREEN: submit; near-twin of CDI 2017 T2",
             [fr("SF5", "SF5 - Immediately ensure full NCRS compliance for MSHT offences and "
                 "sufficient audit capacity for the FCR to identify and manage any gaps in "
                 "crime-recording accuracy.", "GREEN",
                 progress="Audit capacity confirmed in FCR team; evidence pack sent.",
                 submitted=D(2024, 2, 2))]),
            ("T6",
             "Immediately, forces should ensure that allegations or indications of modern "
             "slavery and human trafficking are thoroughly investigated and effectively "
             "supervised by teams and individuals with the skills and experience to undertake "
             "them (this should include the use where appropriate of joint intelligence teams "
             "and other means to obtain intelligence and evidence from agencies overseas).",
             ALL, CP, "closeable_local", "HMICFRS Completed, force 'Ongoing': close locally",
             [fr("SF6", "Immediately ensure MSHT allegations are thoroughly investigated and "
                 "effectively supervised by teams with the right skills & experience (incl. "
                 "JITs / overseas intelligence).", "Ongoing")]),
            ("T7",
             "Immediately, forces should review their use of preventative powers under the "
             "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
             "of those deemed to pose a clear threat to others in respect of modern slavery "
             "and human trafficking offences are exploited.",
             ALL, AR, "in_sync", "open on both: Awaiting review / Amber",
             [fr("SF7", "Review use of preventative powers under MSA 2015 (STPOs/STROs) so "
                 "opportunities to restrict those posing a clear threat are exploited.",
                 "Amber")]),
        ]),
    dict(
        key="efc17", lead="Head of Corporate Development",
        title="PEEL: Police efficiency 2017 (national overview)",
        kind="PEEL National Report", pub="9 November 2017", applicable=ALL,
        f_report="PEEL Efficiency 17 (all forces)", f_pub=D(2017, 11, 9), f_type="National rec",
        items=[
            ("T1",
             "By September 2018, chief constables should produce an ambitious plan to improve "
             "digitally-enabled services within their force. The Home Office, National Police "
             "Chiefs' Council and Association of Police and Crime Commissioners should support "
             "the development of these plans by establishing a national framework which "
             "allows for the provision of digitally enabled services across force "
             "boundaries.",
             "Chief constables; Home Office; NPCC; APCC", BP, "closeable_submit",
             "HMICFRS Being progressed, force 'Pending sign off': submit; force keeps only the "
             "first sentence, no ref",
             [fr("", "By Sept 2018 produce an ambitious plan to improve digitally-enabled "
                 "services within the force.", "Pending sign off",
                 progress="Digital Strategy 2023-26 published; pending sign off by DCC.")]),
        ]),
    dict(
        key="ncpi17", lead="Ch Supt Public Protection",
        title="National child protection inspection 2017 – West Mercia Police",
        kind="National Child Protection Inspection", pub="24 November 2017", applicable=FORCE,
        f_report="NCPI 2017", f_pub=D(2017, 11, 24), f_type="Rec",
        items=[
            ("T1",
             "Within six months West Mercia Police should, in conjunction with children’s "
             "social care services, review how it manages the detention of children. As a "
             "minimum it should:• ensure that all children are only detained when absolutely "
             "necessary and for the absolute minimum amount of time;• ensure that officers and "
             "staff in the custody suite assess at an early stage a child’s need for "
             "alternative accommodation (secure or otherwise) and work with children’s social "
             "care services to achieve the most appropriate option for the child;• ensure "
             "that custody staff comply with their statutory duties to complete detention "
             "certificates if a child is detained for any reason in police custody following "
             "charge;• ensure that custody staff make a record of all actions taken and "
             "decisions made on the relevant documentation; and• improve the timeliness of "
             "adequate appropriate adult support for children who are arrested.",
             FORCE, BP, "conflict",
             "missing bullet: force text has 4 of the 5 bullets (no 'timeliness of "
             "appropriate adult support'); both open",
             [fr("NCPI R1", "Within six months, in conjunction with children's social care, "
                 "review how the force manages the detention of children. As a minimum:\n"
                 "• children only detained when absolutely necessary and for the absolute "
                 "minimum time;\n• custody staff assess early a child's need for alternative "
                 "accommodation (secure or otherwise) and work with CSC on the most "
                 "appropriate option;\n• custody staff complete detention certificates where a "
                 "child is detained after charge;\n• custody staff record all actions taken and "
                 "decisions made on the relevant documentation.", "Amber")]),
            ("T2",
             "Within three months, the force should improve how it works with partner "
             "organisations to safeguard people at risk from child sexual exploitation.",
             FORCE, CP, "in_sync", "closed on both: Completed / Complete",
             [fr("NCPI R2", "Improve how we work with partner organisations to safeguard "
                 "people at risk from CSE (within 3 months).", "Complete")]),
            ("T3",
             "Within six months the force should take steps to ensure that there is effective "
             "supervision of the initial risk assessment process, specifically in relation to "
             "the completion of DASH risk assessment in appropriate cases.",
             FORCE, BP, "closeable_submit", "HMICFRS Being progressed, force GREEN: submit; "
             "abridged",
             [fr("NCPI R3", "Effective supervision of the initial risk assessment process – "
                 "DASH completion in appropriate cases.", "GREEN",
                 progress="Already complete / believed to be complete within short time scale "
                 "(and within deadline).")]),
        ]),
    dict(
        key="leg17", lead="ACC Local Policing",
        title="PEEL: Police legitimacy 2017 (national overview)",
        kind="PEEL National Report", pub="12 December 2017", applicable=ALL,
        f_report="PEEL Legit 17 S&S", f_pub=D(2017, 12, 12), f_type="CoC rec",
        items=[
            ("T1",
             coc(COC_SAS,
                 "By July 2018, all police forces across England and Wales should be regularly "
                 "and frequently monitoring a comprehensive set of data and information on use "
                 "of stop and search powers to understand:\n•the reasons for any "
                 "disproportionate representation of different ethnic groups in the use of "
                 "stop and search; •the extent to which find rates differ between people from "
                 "different ethnicities, and across different types of searches (including "
                 "separate identification of find rates for drug possession and supply-type "
                 "offences); and •the prevalence of possession-only drug searches, and the "
                 "extent to which these align with local or force level priorities."),
             ALL, CP, "in_sync", "closed on both: Completed / GREEN; the CoC sits in the "
             "HMICFRS cell only",
             [fr("Legit17 R1", "By July 2018 regularly & frequently monitor a comprehensive "
                 "set of S&S data to understand: reasons for any disproportionality by ethnic "
                 "group; differences in find rates by ethnicity and search type (incl. drugs "
                 "possession vs supply); prevalence of possession-only drug searches vs "
                 "local/force priorities.", "GREEN")]),
            ("T2",
             coc(COC_SAS,
                 "Where forces identify disparities through monitoring, they should "
                 "demonstrate to the public that they have:\n•carried out research and "
                 "analysis in an attempt to understand the reasons for the disparity, and "
                 "•taken action to reduce the disparity, where necessary;"),
             ALL, BP, "in_sync", "open on both: Being progressed / Amber",
             [fr("Legit17 R2", "Where monitoring identifies disparities, demonstrate to the "
                 "public that we have researched/analysed the reasons and taken action to "
                 "reduce the disparity where necessary.", "Amber")]),
            ("T3",
             coc(COC_SAS,
                 "We expect forces to publish this analysis and any actions taken at least on "
                 "an annual basis, from July 2018."),
             ALL, BP, "missing_from_force",
             "on the HMICFRS list (Being progressed), no tracker row", None),
            ("T4",
             coc(COC_SAS,
                 "By July 2018, and ongoing following that date, forces should ensure that all "
                 "officers who use stop and search powers have been provided with, and "
                 "understand, training on unconscious bias and College of Policing APP on stop "
                 "and search."),
             ALL, CP, "closeable_local", "HMICFRS Completed, force AMBER: close locally",
             [fr("Legit17 R4", "By July 2018 (and ongoing) all officers who use S&S powers to "
                 "have received and understood unconscious bias training and CoP APP on S&S.",
                 "AMBER", progress="New starters trained; 14% of response officers still to "
                 "complete refresher.")]),
        ]),
    dict(
        key="peel1819", lead="DCC",
        title="PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia "
              "Police",
        kind="PEEL Force Inspection", pub="2 May 2019", applicable=FORCE,
        f_report="PEEL 18-19", f_pub="02/05/2019", f_type="CoC rec",
        items=[
            ("T1",
             coc(COC_ALLIANCE, "HMIC recommends that the force should immediately: conduct a "
                 "review of officers’ capabilities and capacity to manage their investigative "
                 "workload, to better understand investigative demand and the pressures placed "
                 "upon them; and"),
             FORCE, CP, "in_sync", "closed on both: Completed / Complete",
             [fr("Rec 1", "Conduct a review of officers' capabilities and capacity to manage "
                 "their investigative workload, to better understand investigative demand and "
                 "the pressures placed on them.", "Complete")]),
            ("T2",
             coc(COC_ALLIANCE, "HMIC recommends that the force should immediately: conduct a "
                 "review, involving its partners, of the approach to vulnerability to better "
                 "safeguard vulnerable people."),
             FORCE, CP, "closeable_local", "HMICFRS Completed, force Amber: close locally",
             [fr("Rec 2", "Review, with partners, our approach to vulnerability to better "
                 "safeguard vulnerable people.", "Amber",
                 progress="Vulnerability review with partners in progress.")]),
            ("T3",
             coc(COC_ALLIANCE, "HMIC recommends that the force should immediately: expand the "
                 "skills project work to include an assessment of all skills, not only "
                 "operational, including potential future skills requirements. This "
                 "assessment should inform workforce plans;"),
             FORCE, BP, "closeable_submit", "HMICFRS Being progressed, force Green: submit",
             [fr("Rec 3", "Expand skills project to assess all skills (not only operational) "
                 "incl. future skills requirements – to inform workforce plans.", "Green",
                 submitted=D(2023, 12, 1))]),
            ("T4",
             coc(COC_ALLIANCE, "HMIC recommends that the force should immediately:agree "
                 "arrangements with Warwickshire Police to secure a smooth transition to its "
                 "future operating model, ensuring no disruption to public services; and"),
             FORCE, CP, "in_sync", "closed on both: Completed / Closed",
             [fr("Rec 4", "Agree arrangements with Warwickshire Police for a smooth transition "
                 "to the future operating model with no disruption to public services "
                 "(alliance exit).", "Closed")]),
            ("T5",
             coc(COC_ALLIANCE, "HMIC recommends that the force should immediately:clearly "
                 "define its new operating model, ensuring all operational and support "
                 "services are affordable and fit to protect the communities of West Mercia;"),
             FORCE, BP, "conflict",
             "reference differs: force row numbered 'Rec 6' (a second 'Rec 6' row holds T6's "
             "text) while HMICFRS numbers this T5; both open",
             [fr("Rec 6", "Clearly define the new operating model, ensuring all operational & "
                 "support services are affordable and fit to protect the communities of West "
                 "Mercia.", "Amber")]),
            ("T6",
             coc(COC_ALLIANCE, "HMIC recommends that the force should immediately:improve its "
                 "arrangements both to consult with the public about business planning and to "
                 "feed back on changes made to service delivery as a result of such "
                 "consultation."),
             FORCE, BP, "in_sync", "open on both: Being progressed / Amber; ref Rec 6 agrees",
             [fr("Rec 6", "Improve arrangements to consult the public about business planning "
                 "and to feed back on changes made to service delivery as a result.",
                 "Amber")]),
            ("T7",
             coc(COC_INVEST, "HMIC recommends that within six months the force should: ensure "
                 "regular and active supervision of the quality and progress of "
                 "investigations. This supervision should be properly recorded;"),
             FORCE, BP, "in_sync", "open on both: Being progressed / Amber",
             [fr("Rec 7", "Within 6 months ensure regular & active supervision of the quality "
                 "and progress of investigations, properly recorded.", "Amber")]),
            ("T8",
             coc(COC_INVEST, "HMIC recommends that within six months the force should: improve "
                 "its ability to retrieve digital evidence from mobile phones, computers and "
                 "other electronic devices quickly enough to ensure investigations are not "
                 "delayed;"),
             FORCE, CP, "closeable_local", "HMICFRS Completed, force RED: close locally",
             [fr("Rec 8", "Within 6 months improve ability to retrieve digital evidence from "
                 "mobile phones, computers & other devices quickly enough that investigations "
                 "are not delayed (DFU backlog).", "RED",
                 progress="DFU backlog 340 devices; ISO accreditation delayed.")]),
            ("T9",
             coc(COC_INVEST, "HMIC recommends that within six months the force should: improve "
                 "its understanding of suspects released under investigation and the "
                 "management of those released on bail;"),
             FORCE, BP, "closeable_submit", "HMICFRS Being progressed, force BLUE: submit",
             [fr("Rec 9", "Within 6 months improve understanding of suspects released under "
                 "investigation (RUI) and management of those on bail.", "BLUE",
                 progress="Completed. Evidence submitted to HMICFRS for closure.",
                 submitted=D(2023, 10, 16))]),
            ("T10",
             coc(COC_INVEST, "HMIC recommends that within six months the force should: improve "
                 "its use of its crime-recording and management system to better manage its "
                 "case files and investigative processes."),
             FORCE, BP, "in_sync", "open on both: Being progressed / Amber; HMICFRS row sits "
             "second in its table (T1, T10, T2 ... text sort)",
             [fr("Rec 10", "Within 6 months improve use of the crime recording & management "
                 "system (Athena) to better manage case files and investigative processes.",
                 "Amber")]),
        ]),
    dict(
        key="powers", lead="Head of Learning & Development",
        title="Disproportionate use of police powers: A spotlight on stop and search and the "
              "use of force",
        kind="HMICFRS Thematic Inspection", pub="26 February 2021", applicable=ALL,
        f_report="Police powers spotlight (Feb 21)", f_pub=D(2021, 2, 26),
        f_type="National rec",
        items=[
            ("T1",
             "By July 2022, forces should ensure that officers and staff have effective "
             "communication skills, in line with the National Policing Guidelines on Conflict "
             "Management. This should be in addition to existing training on conflict "
             "management and de-escalation.",
             ALL, BP, "in_sync", "open on both: Being progressed / Amber",
             [fr("R1", "By July 2022 ensure officers & staff have effective communication "
                 "skills in line with the National Policing Guidelines on Conflict Management "
                 "(in addition to existing conflict management / de-escalation training).",
                 "Amber")]),
            ("T2",
             "By July 2021, forces should ensure that communication skills are reinforced as "
             "part of the programme of continuing professional development for officers and "
             "staff, and that supervisors are supported to routinely and frequently debrief "
             "officers on these skills using body-worn video footage.",
             ALL, CP, "in_sync", "closed on both: Completed / Green",
             [fr("R2", "By July 2021 – communication skills reinforced through CPD; "
                 "supervisors supported to routinely debrief officers using BWV footage.",
                 "Green")]),
            ("T3",
             "By September 2021, forces should: ensure that officers record on body-worn "
             "video (when this is available) the entirety of all stop and search encounters, "
             "including traffic stops and use of force incidents.\nhave a structured process "
             "for regularly reviewing and monitoring internally a sufficient sample of "
             "body-worn video footage to identify and disseminate learning and hold officers "
             "to account when behaviour falls below acceptable standards.\nprovide external "
             "scrutiny panel members with access to samples of body-worn video footage "
             "showing stop and search encounters and use of force incidents, taking account of "
             "the safeguards in the College of Policing’s Authorised Professional Practice.",
             ALL, BP, "closeable_submit",
             "split: one force row per part (3 rows, R3 (i)-(iii)), all GREEN; HMICFRS Being "
             "progressed: submit",
             [fr("R3 (i)", "By Sept 2021 – officers record on BWV (when available) the "
                 "entirety of all S&S encounters, incl. traffic stops & use of force "
                 "incidents.", "GREEN"),
              fr("R3 (ii)", "By Sept 2021 – structured process for regularly reviewing & "
                 "monitoring internally a sufficient sample of BWV footage to identify and "
                 "disseminate learning and hold officers to account.", "GREEN"),
              fr("R3 (iii)", "By Sept 2021 – external scrutiny panel members given access to "
                 "samples of BWV footage of S&S and use of force, taking account of the "
                 "safeguards in CoP APP.", "GREEN", submitted=D(2024, 2, 26))]),
            ("T4",
             "The Home Office and the NPCC should take steps to ensure that the quality of "
             "the data collected on the number of incidents where force has been used to "
             "effect a stop and search is sufficient for publication. The Home Office should "
             "publish this data as soon as possible.",
             "Home Office; NPCC", BP, "closeable_submit",
             "HMICFRS Being progressed (directed at Home Office/NPCC), force WHITE = not the "
             "force's to deliver (done): submit with the rationale",
             [fr("R4", "HO & NPCC to ensure quality of data on use of force to effect a S&S is "
                 "sufficient for publication; HO to publish.", "WHITE",
                 progress="Not WMP to deliver – Home Office / NPCC recommendation. Force data "
                 "supplied via the Annual Data Requirement.")]),
            ("T5",
             "By July 2021, forces should ensure they have effective internal monitoring "
             "processes on the use of force, to help them to identify and understand "
             "disproportionate use, explain the reasons and implement any necessary "
             "improvement action.",
             ALL, AR, "in_sync", "open on both: Awaiting review / Amber",
             [fr("R5", "By July 2021 effective internal monitoring of use of force to identify "
                 "& understand disproportionate use, explain reasons and implement improvement "
                 "action.", "Amber")]),
        ]),
]


def peel2122_items():
    """PEEL 2021/22: eleven AFIs (AFI1..AFI11, sorted as text on the mirror) and one CoC."""
    spec = [  # (n, topic, body, status, category, why, force rag or None, force text)
        (1, "county lines drug dealing",
         "improve how it gathers, assesses and acts on intelligence about {t}",
         BP, "in_sync", "open on both: Being progressed / Amber", "Amber",
         "Improve how we gather, assess & act on intelligence about county lines."),
        (2, "violence against women and girls",
         "make sure its performance framework gives senior leaders a clear picture of its "
         "response to {t}", BP, "closeable_submit",
         "HMICFRS Being progressed, force Green: submit", "Green",
         "Performance framework to give senior leaders a clear picture of the VAWG response."),
        (3, "anti-social behaviour",
         "develop a problem-solving approach to {t}, working with local communities and "
         "partners", CP, "closeable_local", "HMICFRS Completed, force Amber: close locally",
         "Amber", "Develop a problem-solving approach to ASB with local communities and "
         "partners."),
        (4, "rape and serious sexual offences",
         "make sure victims of {t} are kept informed about the progress of their case, in "
         "line with the Code of Practice for Victims of Crime", BP, "in_sync",
         "open on both: Being progressed / Amber; near-twin of PEEL effectiveness 2016 AFI2 "
         "(stalking) - topic decides", "Amber",
         "Make sure RASSO victims are kept informed about the progress of their case, in line "
         "with the Victims' Code."),
        (5, "online child sexual abuse",
         "make sure it has enough specialist capacity and capability to investigate {t}",
         BP, "missing_from_force", "on the HMICFRS list (Being progressed), no tracker row "
         "(force goes AFI 4 -> AFI 6)", None, None),
        (6, "sexual offences against children",
         "improve the way it manages the risk posed by offenders involved in {t}",
         CP, "in_sync", "closed on both: Completed / Complete", "Complete",
         "Improve management of the risk posed by offenders involved in sexual offences "
         "against children."),
        (7, "fraud",
         "make sure investigations of {t} are allocated to officers with the right skills and "
         "are effectively supervised", BP, "in_sync", "open on both: Being progressed / Red",
         "Red", "Fraud investigations allocated to officers with the right skills and "
         "effectively supervised."),
        (8, "people with mental ill health",
         "make sure officers and staff have the training they need to identify and respond to "
         "{t}", AR, "in_sync", "open on both: Awaiting review / Not started", "Not started",
         "Training for officers & staff to identify and respond to people with mental ill "
         "health (Right Care Right Person)."),
        (9, "repeat victims",
         "improve the timeliness of its response to calls for service involving {t}",
         BP, "closeable_submit", "HMICFRS Being progressed, force Green: submit", "Green",
         "Improve timeliness of response to calls for service involving repeat victims."),
        (10, "neighbourhood crime",
         "evaluate its work to prevent {t} and share what works across the force",
         CP, "closeable_local", "HMICFRS Completed, force Ongoing: close locally; HMICFRS row "
         "sits second in its table (AFI1, AFI10, AFI11, AFI2 ... text sort)", "Ongoing",
         "Evaluate neighbourhood crime prevention work and share what works across the force."),
        (11, "stalking and harassment",
         "make sure it consistently uses ancillary orders and other powers to protect victims "
         "of {t}", BP, "in_sync", "open on both: Being progressed / Amber", "Amber",
         "Consistent use of ancillary orders (SPOs, NMOs) and other powers to protect victims "
         "of stalking & harassment."),
    ]
    items = []
    for n, topic, body, st, cat, why, rag, ftext in spec:
        text = afi("The force should " + body.format(t=topic) + ".")
        rows = None if rag is None else [fr(f"AFI {n}", ftext, rag, ftype="AFI")]
        items.append((f"AFI{n}", text, FORCE, st, cat, why, rows))
    items.append((
        "T1",
        coc(COC_VETTING, "The force should ensure all staff have received at least the lowest "
            "level of vetting clearance for their roles as quickly as possible, working to "
            "clear both the vetting backlog and new vetting renewals when they become due so "
            "that it complies fully with the national vetting guidelines."),
        FORCE, BP, "conflict",
        "type differs: HMICFRS has a recommendation under a cause of concern (T1), force "
        "records it as an AFI and numbers it 'AFI 12'; both open",
        [fr("AFI 12", "Clear the vetting backlog and renewals so all staff hold at least the "
            "lowest level of vetting clearance for their role, complying fully with national "
            "vetting guidelines.", "Amber", ftype="AFI",
            progress="Vetting backlog 1,140 at 31/01/24 (was 2,300). Extra vetting officers "
            "recruited.")]))
    return items


BLOCKS.append(dict(
    key="peel2122", lead="ACC Crime",
    title="PEEL 2021/22: An inspection of West Mercia Police",
    kind="PEEL Force Inspection", pub="20 May 2022", applicable=FORCE,
    f_report="PEEL 2021/22", f_pub=D(2022, 5, 20), f_type="AFI",
    items=peel2122_items()))

# Force-only rows (not on the HMICFRS list), inserted after the named report's rows
# (or before, with "before").
EXTRA = {
    ("before", "eff16"): [
        dict(ref="AFI 4", report="PEEL Legitimacy 2015", lead="Head of Professional Standards", published=D(2016, 2, 11), ftype="AFI",
             text="The force should make sure it provides a confidential way for staff to "
                  "raise concerns and that staff are aware of whistleblowing processes.",
             rag="Amber", progress="Confidential reporting line relaunched Oct 23.",
             cat="not_on_hmicfrs_list",
             why="PEEL legitimacy 2015 AFI: no PEEL legitimacy 2015 report on the HMICFRS "
                 "list (already closed and dropped by HMICFRS) - query"),
    ],
    ("after", "eff16"): [
        dict(ref="Local", report="PEEL Effectiveness 2016", lead="Ch Supt Public Protection", published=D(2017, 3, 2),
             ftype="Local action",
             text="Force action - Dip-sample 50 domestic abuse crime reports each quarter and "
                  "report findings to the Crime Standards Board",
             rag="Amber", cat="not_on_hmicfrs_list",
             why="force's own action filed under an HMICFRS report; not an HMICFRS item"),
    ],
    ("after", "stolen"): [
        dict(ref="IA 23/24-07", lead="Director of Finance", report="Stolen Freedom (MSHT) 2017", published=D(2017, 10, 24),
             ftype="Internal audit",
             text="Internal audit action: Internal audit of the modern slavery and human "
                  "trafficking governance arrangements (audit plan 2023/24)",
             rag="Amber", cat="not_on_hmicfrs_list",
             why="internal audit action filed under an HMICFRS report; not an HMICFRS item"),
    ],
    ("after", "powers"): [
        dict(ref="FA1", lead="ACC Local Policing", report="Police powers spotlight (Feb 21)", published=D(2021, 2, 26),
             ftype="Local action",
             text="Appoint a single point of contact for stop and search in each local "
                  "policing area",
             rag="Complete", cat="not_on_hmicfrs_list",
             why="force's own action (FA1) filed under an HMICFRS report; not an HMICFRS "
                 "item"),
    ],
    ("after", "peel2122"): [
        dict(ref="", report="PEEL 2021/22", lead="Head of Intelligence", published=D(2022, 5, 20), ftype="Local action",
             text="Local action: Refresh the county lines drug dealing problem profile and add "
                  "it to the control strategy",
             rag="Green", cat="not_on_hmicfrs_list",
             why="force's own action, close in topic to PEEL 2021/22 AFI1 (county lines "
                 "intelligence) which has its own row; not an HMICFRS item"),
        dict(ref="AFI 1", report="PEEL 2023-25", lead="Supt Contact Centre", published=D(2024, 3, 7), ftype="AFI",
             text="The force should ensure that it has sufficient resources available in the "
                  "control room to fulfil its resourcing model, and so to meet its demand, "
                  "while also taking into account the wellbeing of its workforce.",
             rag="Not started", progress="Awaiting allocation.", cat="not_on_hmicfrs_list",
             why="new report published 7 March 2024, after the list's status date (29 "
                 "February 2024): not on the HMICFRS list yet - query"),
    ],
}

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Director of Finance", "Supt Firearms Licensing"]
DONE_NOTES = ["Completed. Evidence submitted to HMICFRS for closure.",
              "Closed at Force Assurance Board.",
              "Policy signed off and in place; evidence pack held by Strategic Planning.",
              None]
OPEN_NOTES = ["Work undertaken in area but still requires development to complete.",
              "A Task & Finish group has been set up and a full implementation/project plan, "
              "policy rewrite and communications plan is now completed.",
              "Addressed holistically as part of the force change programme.",
              "Update requested from lead – chased 01/03/24.",
              "xxx", None, None]


# ----------------------------------------------------------------------------------------
def build():
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)

    # ---------------- HMICFRS workbook ----------------
    hwb = Workbook()
    hws = hwb.active
    hws.title = H_SHEET
    bold = Font(bold=True)
    big = Font(bold=True, size=13)
    grey = Font(italic=True, color="666666")
    head_fill = PatternFill("solid", fgColor="D9D9D9")
    wrap = Alignment(wrap_text=True, vertical="top")
    r = 1
    hws.cell(r, 1, "HMICFRS recommendations – West Mercia Police").font = big
    r += 1
    hws.cell(r, 1, "Definitive list rebuilt by the Force Liaison Lead from the published "
                   "report pages (one table per report). Statuses as at 29 February 2024."
             ).font = grey
    r += 2
    h_rowid = {}  # (block key, item id) -> "Definitive list!N"
    for b in BLOCKS:
        items = sorted(b["items"], key=lambda it: it[0])  # text sort: T1, T10, T2 ...
        hws.cell(r, 1, b["title"]).font = big
        r += 1
        hws.cell(r, 1, f"{b['kind']}  ·  Published {b['pub']}").font = grey
        r += 1
        n_rec = sum(1 for it in items if not it[0].startswith("AFI"))
        n_afi = sum(1 for it in items if it[0].startswith("AFI"))
        n_cp = sum(1 for it in items if it[3] == CP)
        n_sp = sum(1 for it in items if it[3] == AP)
        parts = []
        if n_rec:
            parts.append(f"{n_rec} Recommendation" + ("s" if n_rec != 1 else ""))
        if n_afi:
            parts.append(f"{n_afi} Area" + ("s" if n_afi != 1 else "") + " for improvement")
        parts.append(f"{n_cp} Completed")
        if n_sp:
            parts.append(f"{n_sp} Superseded")
        hws.cell(r, 1, "   ".join(parts))
        r += 1
        hws.cell(r, 1, f"Applicable Forces: {b['applicable']}")
        r += 1
        for c, h in enumerate(["#", "Recommendation", "Directed at", "Status"], 1):
            cell = hws.cell(r, c, h)
            cell.font = bold
            cell.fill = head_fill
        r += 1
        for it in items:
            iid, text, directed, status = it[0], it[1], it[2], it[3]
            hws.cell(r, 1, iid).alignment = wrap
            hws.cell(r, 2, text).alignment = wrap
            hws.cell(r, 3, directed).alignment = wrap
            hws.cell(r, 4, status).alignment = wrap
            h_rowid[(b["key"], iid)] = f"{H_SHEET}!{r}"
            r += 1
        r += 1  # blank row between reports
    hws.column_dimensions["A"].width = 8
    hws.column_dimensions["B"].width = 110
    hws.column_dimensions["C"].width = 30
    hws.column_dimensions["D"].width = 18
    hwb.properties.creator = "FLL"
    hwb.properties.created = FIXED_TIME
    hwb.properties.modified = FIXED_TIME
    save_fixed(hwb, OUT / "hmicfrs.xlsx")

    # ---------------- force tracker ----------------
    fwb = Workbook()
    fws = fwb.active
    fws.title = F_SHEET
    fws.cell(1, 1, "West Mercia Police – HMICFRS Recommendations & AFIs Tracker").font = big
    fws.cell(2, 1, "Strategic Planning & Insight. Last updated 14/03/2024. RAG: GREEN = "
                   "complete, AMBER = on track, RED = off track / past deadline, BLUE = "
                   "complete & evidenced, WHITE = not WMP to deliver").font = grey
    headers = ["No.", "HMIC Ref", "Report", "Published", "Type", "Recommendation / AFI",
               "Lead", "RAG", "Progress update", "Date submitted for closure"]
    hr = 4
    for c, h in enumerate(headers, 1):
        cell = fws.cell(hr, c, h)
        cell.font = bold
        cell.fill = head_fill
    truth = []  # (hmicfrs_row, force_row, category, why)
    r = hr + 1
    no = 0

    def put(values):
        nonlocal r, no
        no += 1
        row = [no] + values
        for c, v in enumerate(row, 1):
            cell = fws.cell(r, c, v)
            cell.alignment = wrap
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        rid = f"{F_SHEET}!{r}"
        r += 1
        return rid

    def put_extra(x, lead):
        rid = put([x["ref"], x["report"], x["published"], x["ftype"], x["text"], lead,
                   x["rag"], x.get("progress"), None])
        truth.append(("", rid, x["cat"], x["why"]))

    def natural(iid):
        return (0 if iid.startswith("T") else 1, int("".join(ch for ch in iid if ch.isdigit())))

    for b in BLOCKS:
        lead_b = b["lead"]
        for x in EXTRA.get(("before", b["key"]), []):
            put_extra(x, x["lead"])
        # the force lists items in its own natural order: recs first, numeric
        order = sorted(b["items"], key=lambda it: natural(it[0]))
        if b["key"] in ("eff15", "peel2122"):
            order = sorted(b["items"], key=lambda it: (it[0] == "T1", natural(it[0])[1]))
        if b["key"] == "eff16":  # AFI1 is filed under 'PEEL Legitimacy 2016', so sits first
            order = [it for it in order if it[0] == "AFI1"] + \
                    [it for it in order if it[0] != "AFI1"]
        for it in order:
            iid, _text, _d, status, cat, why, rows = it
            hrow = h_rowid[(b["key"], iid)]
            if rows is None:
                truth.append((hrow, "", cat, why))
                continue
            for fx in rows:
                done = fx["rag"] in F_DONE
                progress = fx["progress"]
                if progress is None:
                    progress = rng.choice(DONE_NOTES if done else OPEN_NOTES)
                lead = lead_b if rng.random() < 0.75 else rng.choice(LEADS)
                rid = put([fx["ref"], fx["report"] or b["f_report"],
                           fx["published"] or b["f_pub"], fx["ftype"] if fx["ftype"] != "Rec"
                           else b["f_type"], fx["text"], lead, fx["rag"], progress,
                           fx["submitted"]])
                truth.append((hrow, rid, cat, why))
        for x in EXTRA.get(("after", b["key"]), []):
            put_extra(x, x["lead"])
        if b["key"] == "firearms":
            r += 1  # a stray blank row left in the middle of the tracker
    r += 1
    fws.cell(r, 1, "NB: PEEL 2023-25 AFIs being added as leads are confirmed (report "
                   "published 07/03/2024).").font = grey
    widths = [6, 12, 30, 12, 13, 90, 26, 16, 50, 14]
    for i, w in enumerate(widths):
        fws.column_dimensions[chr(65 + i)].width = w
    fwb.properties.creator = "Strategic Planning & Insight"
    fwb.properties.created = FIXED_TIME
    fwb.properties.modified = FIXED_TIME
    save_fixed(fwb, OUT / "tracker.xlsx")

    # ---------------- truth ----------------
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    return truth


def save_fixed(wb, path: Path):
    """Save with fixed zip timestamps so the file rebuilds byte for byte."""
    raw = io.BytesIO()
    wb.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' on save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-03-14T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


if __name__ == "__main__":
    t = build()
    from collections import Counter
    print(Counter(x[2] for x in t), len(t))
