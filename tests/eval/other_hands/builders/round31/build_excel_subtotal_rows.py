"""Build the `excel_subtotal_rows` case: a force tracker on which the analyst ran Excel's
Data > Subtotal (At each change in: Report; Use function: Count; Add subtotal to:
Recommendation), reconciled against an HMICFRS register export.

Run:  /work/main/.venv/bin/python build_excel_subtotal_rows.py
Rebuilds ./excel_subtotal_rows/ byte for byte (fixed seed, fixed document dates, fixed zip
timestamps).  HMICFRS texts are real public wording (Open Government Licence), copied from
the casegen text lists and /work/shared/data/real_recommendations.csv; the force's rewordings,
updates and local actions are written here as a force analyst would.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from collections import Counter
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.properties import Outline

SEED = 20251206
CASE = "excel_subtotal_rows"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED_TIME = dt.datetime(2025, 11, 14, 9, 30, 0)
ZIP_TIME = (2025, 11, 14, 9, 30, 0)

rng = random.Random(SEED)

FORCE = "Gloucestershire Constabulary"
H_SHEET = "Register"
T_SHEET = "Tracker"

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker name)
REPORTS = {
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "ncpi17": ("National child protection inspection 2017", dt.date(2017, 6, 15), "NCPI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 7, 8), "PEEL 2021/22"),
    "custody22": ("Report on an unannounced inspection visit to police custody suites 2022",
                  dt.date(2022, 8, 16), "Custody 2022"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 3, 20), "PEEL 2023/24"),
}

# ---------------------------------------------------------------------------------------
# Real HMICFRS texts (verbatim).
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
CAUSE_DA = (
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
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the "
                "control room to fulfil its resourcing model, and so to meet its demand, while "
                "also taking into account the wellbeing of its workforce.")

# ---------------------------------------------------------------------------------------
# Items.  Each: key, report, ref, type, HMICFRS text, HMICFRS status,
#   force: list of force rows (dicts) or [] when missing from the force's tracker.
#   cat: category, why: reason.  Force row dict keys: ref, report (tracker name override),
#   type, text, status, update, lead (optional), hidden grouping is by report.
# HMICFRS statuses: open = Awaiting review / Being progressed;
#                   closed = Complete / Superseded / No further action required.

ITEMS: list[dict] = []


def item(key, report, ref, typ, text, hstatus, force, cat, why, hnote=None):
    ITEMS.append(dict(key=key, report=report, ref=ref, type=typ, text=text, hstatus=hstatus,
                      force=force, cat=cat, why=why, hnote=hnote))


def f(text, status, update=None, ref="=", typ=None, report=None, lead=None):
    return dict(text=text, status=status, update=update, ref=ref, type=typ, report=report,
                lead=lead)


SUPERSEDED_NOTE = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections.")

# --- Core Business 2014 (national)
item("core1", "core", 4822, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Superseded",
     [f("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
        "have not yet done so, should provide call-handlers with specific, sound and "
        "comprehensible criteria against which they can assess threat, harm and risk.",
        "Green", "THRIVE embedded in the control room since 2016.", ref="")],
     "in_sync", "HMICFRS superseded (closed), force Green (done); no ref on the force row, "
     "matched by text within the Core Business group (near-twin of CDI 10207)",
     hnote=SUPERSEDED_NOTE)
item("core2", "core", 4823, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Complete",
     [f("By 31/03/2015 all forces should ensure crime prevention or disruption activity is "
        "systematically recorded and subsequently evaluated to determine the effectiveness of "
        "tactics employed.", "Amber",
        "Addressed holistically as part of the force change programme.")],
     "closeable_local", "HMICFRS Complete, force still Amber")

# --- Integrity matters 2015 (national)
item("int1", "integrity", 5507, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "No further action required",
     [f("By 31 Aug 2015 CCs to satisfy themselves that processes are in place so misconduct "
        "investigations of officers & staff resulting in NFA are fair and free of any form of "
        "discrimination.", "Green",
        "PSD dip-sample of NFA outcomes presented to the Ethics Committee.", ref="")],
     "in_sync", "HMICFRS closed (no further action required), force Green; heavy abridgement "
     "(CCs, NFA, &), no ref")

# --- Targeting the risk 2015 (national, firearms)
item("fa1", "firearms", 6120, NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete",
     [f("Within 3 months, CCs to assess how well the governance of firearms licensing in the "
        "force meets the standards set out in APP. Where the governance standards are not being "
        "complied with, put in place immediately the correct arrangements and procedures to "
        "meet the standards in full.", "Green",
        "Firearms licensing governance reviewed against APP; gap analysis to Chief Officer "
        "Group Jan 2016.")],
     "in_sync", "closed both sides; abbreviations (CCs, APP, 3 months = three months)")
item("fa2", "firearms", 6121, NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Complete",
     [f("Within three months, all chief constables should assess the demand placed on their "
        "firearms licensing department and ensure it has the capacity to meet this demand and "
        "provide an efficient and effective service at all times.", "Green",
        "Demand review completed; two additional enquiry officers funded.")],
     "in_sync", "closed both sides, verbatim text")
item("fa3", "firearms", 6122, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete",
     [f("Immediately, CCs should satisfy themselves that all appropriate action is being taken "
        "by their force with regard to 'total expired' licensing records.", "Amber",
        "Backlog of total expired records reviewed monthly by Supt Firearms Licensing.")],
     "closeable_local", "HMICFRS Complete, force Amber")
item("fa4", "firearms", 6123, NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed",
     [f("Within three months, all chief constables should ensure that their arrangements in "
        "respect of the use of temporary permits are in accordance with the HO guidance; that "
        "temporary permits are properly recorded without delay on NFLMS; and that effective "
        "systems exist to ensure certificate holders are not permitted, at any time, to remain "
        "in unlawful possession of a firearm.", "Green",
        "Completed. Evidence submitted to HMICFRS for closure.")],
     "closeable_submit", "HMICFRS Being progressed, force Green with evidence submitted")
item("fa5", "firearms", 6124, NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "Being progressed",
     [f("Within six months, all chief constables should ensure that systems designed to "
        "identify, prior to police attendance, whether a reported incident involves or is at "
        "the address of a firearm certificate holder are in place and are always applied by "
        "staff dispatching officers to incidents; and that officers understand the risk "
        "assessment which they should be undertaking in such circumstances, and their power, "
        "when appropriate, to seize firearms and firearm certificates.", "Amber",
        "STORM flag for certificate holders' addresses being tested.")],
     "conflict", "timescale differs: HMICFRS 'Within three months', force 'Within six months' "
     "(same ref 6124); both open")

# --- PEEL effectiveness 2016 (force) -- this group is collapsed (rows hidden) in the tracker
item("eff1", "eff16", 7702, COC, CAUSE_DA, "Complete",
     [f("CoC: The force's response to DA is a cause of concern. Force policy allows officer "
        "discretion to complete a DASH risk assessment in some crimes and incidents; officers "
        "are not consistently completing a DASH where policy requires it, so some victims of DA "
        "at risk of harm are not being appropriately risk-assessed.", "Green",
        "DASH mandated for all DA incidents from 1 Sept 2017. Closed by HMICFRS.")],
     "in_sync", "closed both sides; row hidden in a collapsed outline group")
item("eff2", "eff16", 7703, REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", "Complete",
     [f("Immediately take steps to ensure there is effective supervision of the initial risk "
        "assessment process, specifically the completion of DASH risk assessment in "
        "appropriate cases.", "Green",
        "The Force Executive Team agreed on 25 July that we would risk-assess all DA "
        "incidents.")],
     "in_sync", "closed both sides; stem dropped on the force side; row hidden")
item("eff3", "eff16", 7704, AFI,
     "The force should improve its understanding of the nature and scale of modern slavery and "
     "human trafficking in its area.", "Superseded",
     [f("The force should improve its understanding of the nature and scale of MSHT in its "
        "area.", "Amber", "Problem profile refresh delayed - analyst vacancy.")],
     "closeable_local", "HMICFRS Superseded (closed), force Amber; row hidden in the collapsed "
     "group", hnote=SUPERSEDED_NOTE)

# --- NCPI 2017 (force)
item("ncpi1", "ncpi17", 8301, REC,
     "Within three months, the force should " + MISSING_CHILDREN_BODY + ".", "Complete",
     [f("Within three months, the force should review its approach to reports of missing "
        "children and take steps to ensure that:\n- call takers understand and use the missing "
        "and absent category appropriately;\n- call takers and frontline staff have the "
        "neccessary knowledge to identify risk factors associated with CSE and how to respond "
        "to such cases; and\n- supervisors provide the correct oversight of missing person "
        "enquiries and direct appropriate and timely investigative and safeguarding action.",
        "Green", "Missing persons policy rewritten; Philomena Protocol adopted.")],
     "in_sync", "closed both sides; bullets as dashes, CSE abbreviation, misspelling")
item("ncpi2", "ncpi17", 8302, COC, CAUSE_MISSING, "Complete",
     [f("CoC - The force's response to missing and absent children is a cause of concern. Risk "
        "assessment for children who go missing from home was inappropriate in some cases; some "
        "children were classed as 'absent' when they should have been recorded as 'missing', "
        "and risk levels were sometimes assessed at a lower grade.", "Amber",
        "Linked to NCPI rec 8301. Awaiting NCPI revisit outcome.")],
     "closeable_local", "HMICFRS Complete, force Amber")
item("ncpi3", "ncpi17", 8303, AFI,
     "The force should make sure investigations of child sexual exploitation are allocated to "
     "officers with the right skills and are effectively supervised.", "Being progressed",
     [], "missing_from_force", "open on HMICFRS, no row in the tracker")
item("ncpi4", "ncpi17", 8304, AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about online "
     "child sexual abuse.", "Being progressed",
     [f("Improve how the force gathers, assesses & acts on intelligence about online child "
        "sexual abuse", "Amber",
        "Work undertaken in area but still requires development to complete.")],
     "in_sync", "open both sides; stem dropped, '&'")

# --- Stolen freedom 2017 (national)
SF_SPLIT = [
    ("Within 12 months, forces should review their leadership and goverance arrangements for "
     "MSHT, to ensure that: (a) senior leaders prioritise the response to MSHT;",
     "MSHT governance board chaired by ACC Crime since March 2018."),
    ("(b) every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively;",
     "All MSHT crimes allocated to Force CID; SIO review within 24 hrs."),
    ("(c) forces develop effective partnership arrangements to co-ordinate activity in order "
     "to share information and safeguard victims; and",
     "Anti-Slavery Partnership in place with the local authorities."),
    ("(d) performance and quality assurance measures are in place to allow senior leaders to "
     "assess the nature and quality of the service provided to victims.",
     "MSHT measures added to the Force Performance pack."),
]
item("sf1", "stolen", 8420, NAT, SF_LEADERSHIP, "Being progressed",
     [f(t, "Green", u) for t, u in SF_SPLIT],
     "closeable_submit", "split: one force row per bullet, all four Green; HMICFRS still "
     "Being progressed")
item("sf2", "stolen", 8421, NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", "Complete",
     [f("Within 6 months, forces should have in place active ISAs with other agencies to "
        "facilitate speedy exchange of intelligence and in order to safeguard victims better "
        "and to identify suspects as early as possible.", "Green",
        "ISAs signed with all six district councils and the county council.")],
     "in_sync", "closed both sides; HMICFRS text carries a stray footnote '86'; force "
     "abbreviates (6 months = six months, ISAs)")
item("sf3", "stolen", 8422, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed",
     [f("Immediately, forces should ensure that all victims carrying out criminal acts under "
        "compulsion attributable to slavery or exploitation are afforded the protection of "
        "early and continuing consideration of the applicability of the s45 defence.", "Amber",
        "Joint CPS/police guidance being drafted.")],
     "in_sync", "open both sides")
item("sf4", "stolen", 8423, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Complete",
     [f("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
        "process as it evolves and are implementing the requirement under the Modern Slavery "
        "Act 2015 to notify the HO of any individual suspected to be an adult victim of MSHT.",
        "Amber", "Duty to Notify training included in the 2018 CPD programme.")],
     "closeable_local", "HMICFRS Complete, force Amber")
item("sf5", "stolen", 8424, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     [f("Immediately, forces should take steps to ensure they fully comply with NCRS "
        "requirements for offences identified as MSHT and that sufficient audit capacity is "
        "available to the force crime registrar to provide reassurance that each force is "
        "identifying and managing any gaps in its crime-recording accuracy for these types of "
        "offences.", "Amber", "FCR audit of MSHT crimes in the 2019/20 audit plan.",
        ref="8442")],
     "conflict", "reference differs: force row says 8442 (no such item on the register), "
     "the text is HMICFRS 8424; both open")
item("sf6", "stolen", 8425, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Being progressed",
     [f("Immediately, forces should ensure that allegations or indications of MSHT are "
        "thoroughly investigated and effectively supervised by teams and individuals with the "
        "skills and experience to undertake them (incl. use where appropriate of joint "
        "intelligence teams and other means to obtain intelligence and evidence from agencies "
        "overseas).", "Green", "Ready to move to GREEN status.")],
     "closeable_submit", "HMICFRS Being progressed, force Green")
item("sf7", "stolen", 8426, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed",
     [], "missing_from_force", "open on HMICFRS, no row in the tracker")

# --- PEEL efficiency 2017 (national)
item("efc1", "efc17", 8470, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed",
     [f("By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled "
        "services within their force. (HO, NPCC and APCC to support via a national framework "
        "for digitally enabled services across force boundaries.)", "Amber",
        "Digital Policing Strategy 2024-27 in draft.")],
     "in_sync", "open both sides; abbreviated")

# --- PEEL legitimacy 2017 (national)
item("leg1", "leg17", 8541, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Complete",
     [f("HMICFRS is concerned that forces are not able to demonstrate that the use of S&S "
        "powers is consistently reasonable and fair. In particular, there is "
        "over-representation of BAME people, and black people in particular, in S&S data "
        "which many forces are unable to explain.", "Green",
        "Closed by HMICFRS - see recs below.")],
     "in_sync", "closed both sides")
item("leg2", "leg17", 8542, NAT, SAS_MONITORING_2017, "Being progressed",
     [f("By July 2018, all forces should be regularly and frequently monitoring a "
        "comprehensive set of data and information on use of S&S powers to understand: the "
        "reasons for any disproportionate representation of different ethnic groups in the "
        "use of S&S; the extent to which find rates differ between people from different "
        "ethnicities, and across different types of searches (incl. separate find rates for "
        "drug possession and supply-type offences); and the prevalence of possession-only drug "
        "searches, and how far these align with local or force level priorities.", "Green",
        "S&S scrutiny dashboard live; data published quarterly on the force website.")],
     "closeable_submit", "HMICFRS Being progressed, force Green; all three bullets present")
item("leg3", "leg17", 8543, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed",
     [f("Where forces identify disparities through monitoring, they should demonstrate to the "
        "public that they have: carried out research and analysis to understand the reasons "
        "for the disparity, and taken action to reduce the disparity, where necessary.",
        "Amber", "Disproportionality research commissioned from the university.")],
     "in_sync", "open both sides")
item("leg4", "leg17", 8544, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete",
     [f("Forces to publish this analysis and any actions taken at least annually, from July "
        "2018.", "Green", "Annual S&S report published each July.")],
     "in_sync", "closed both sides; short text reworded")
item("leg5", "leg17", 8545, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     [], "missing_from_force", "open on HMICFRS, no row in the tracker")

# --- PEEL 2018/19 (force)
item("p18c", "peel18", 9815, COC, CAUSE_CAPACITY, "Superseded",
     [f("CoC: the force does not have the capacity or capability to investigate crime "
        "effectively; failings in the way crimes are being investigated.", "Green",
        "Investigative Standards Programme closed. Superseded by PEEL 2021/22.")],
     "in_sync", "HMICFRS Superseded (closed), force Green (done)")
item("p18r", "peel18", 9816, REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", "Superseded",
     [f("Conduct a review of officers' capabilities and capacity to manage their investigative "
        "workload, to better understand investigative demand and the pressures placed upon "
        "them.", "Amber", "Investigative demand review paused pending new operating model.")],
     "closeable_local", "HMICFRS Superseded (closed), force Amber")
item("p18a1", "peel18", 9817, AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.", "Complete",
     [f("The force should ensure regular & active supervison of the quality and progress of "
        "investigations. This supervison should be properly recorded.", "Green",
        "Supervisory review template on Niche mandated.")],
     "in_sync", "closed both sides; misspelling 'supervison'")
item("p18a2", "peel18", 9818, AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "Being progressed",
     [f("The force should develop its understanding of the links between its outcomes, "
        "outputs and costs.", "Green",
        "Outcome-based budgeting pilot evaluated; report to Chief Officer Group in September.")],
     "closeable_submit", "HMICFRS Being progressed, force Green")

# --- CDI 2019 (force)
item("cdi1", "cdi19", 10204, REC,
     "Within three months, the force should " + CDI_VICTIMS_BODY + ".", "Complete",
     [f("Within 3 months, put in place arrangements to ensure that: victims are believed at the "
        "point of report; conversations between call handlers and callers are summarised "
        "accurately in the incident log; multiple crimes are always recorded when described "
        "within incident records or identified in other investigations; the practice of "
        "awaiting the results of medical examinations or video interviews before making "
        "crime-recording decisions is stopped; and online reports of crime are triaged at the "
        "point of receipt.", "Green",
        "Closed by HMICFRS following the CDI revisit. Audit results to the Crime Standards "
        "Board.")],
     "in_sync", "closed both sides; five bullets run into one sentence, each still present")
item("cdi2", "cdi19", 10205, REC,
     "Within six months the force should improve its use of its crime-recording and management "
     "system to better manage its case files and investigative processes.", "Being progressed",
     [f("Within 6 months the force should improve its use of its crime-recording & management "
        "system to better manage its case files and investigative processes.", "Amber",
        "Niche optimisation project phase 2.")],
     "in_sync", "open both sides; '6 months' = 'six months' (not a timescale conflict)")
item("cdi3", "cdi19", 10206, AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", "Being progressed",
     [f("AFI 3 - The force should make sure it records reports of stalking & harassment "
        "accurately and without delay.", "Green",
        "Completed. Evidence submitted to HMICFRS for closure.")],
     "closeable_submit", "HMICFRS Being progressed, force Green; 'AFI 3 - ' prefix is the "
     "force's own numbering")
item("cdi4", "cdi19", 10207, AFI,
     "The force should provide call-handlers with specific, sound and comprehensible criteria "
     "against which they can assess threat, harm and risk.", "Complete",
     [f("The force should provide call-handlers with specific, sound and comprehensible "
        "criteria against which they can assess threat, harm and risk.", "Amber",
        "THRIVE+ refresher for call handlers scheduled for Q4.")],
     "closeable_local", "HMICFRS Complete, force Amber; near-twin of Core Business 4822 text, "
     "told apart by report and ref")

# --- Police powers spotlight 2021 (national)
item("pow1", "powers", 11302, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "Being progressed",
     [f("By July 2022, forces should ensure that officers & staff have effective "
        "communication skills, in line with the National Policing Guidelines on Conflict "
        "Management. This should be in addition to existing training on conflict management "
        "and de-escalation.", "Amber", "Included in PST refresher 2025/26.")],
     "in_sync", "open both sides")
item("pow2", "powers", 11303, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed",
     [f("By July 2021, forces should ensure that communication skills are reinforced as part "
        "of the CPD programme for officers & staff, and that supervisors are supported to "
        "routinely and frequently debrief officers on these skills using BWV footage.", "Green",
        "Pending sign off by the chief officer lead.")],
     "closeable_submit", "HMICFRS Being progressed, force Green")
item("pow3", "powers", 11304, NAT, BWV_2021, "Being progressed",
     [f("By September 2021, forces should: ensure that officers record on BWV (when this is "
        "available) the entirety of all S&S encounters, including traffic stops and use of "
        "force incidents; and have a structured process for regularly reviewing and monitoring "
        "internally a sufficient sample of BWV footage to identify and disseminate learning and "
        "hold officers to account when behaviour falls below acceptable standards.", "Amber",
        "BWV review process agreed at the S&S Board.")],
     "conflict", "missing part: the force row has parts 1 and 2 only; HMICFRS part 3 "
     "(external scrutiny panel access to BWV footage) is absent; both open")
item("pow5", "powers", 11306, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Complete",
     [f("By July 2021, forces should ensure they have effective internal monitoring processes "
        "on the use of force, to help them identify and understand disproportionate use, "
        "explain the reasons and implement any necessary improvement action.", "Amber",
        "Use of force data quality issues - see Coercion Board minutes.")],
     "closeable_local", "HMICFRS Complete, force Amber")

# --- PEEL 2021/22 (force)
item("p21a1", "peel21", 12011, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", "Being progressed",
     [f("The force should improve the timeliness of its response to calls for service "
        "involving DA.", "Amber",
        "Little work yet undertaken in this area. Unlikely to reach deadlines.")],
     "in_sync", "open both sides")
item("p21a2", "peel21", 12012, AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed",
     [f("The force should make sure victims of DA are kept informed about the progress of "
        "their case, in line with the Victims' Code.", "Green",
        "Victim contact contracts on Niche; VCOP compliance 94% (Sept audit).")],
     "closeable_submit", "HMICFRS Being progressed, force Green")
item("p21a3", "peel21", 12013, AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Complete",
     [f("The force should put plans in place to monitor, including through the gathering and "
        "analysis of staff feedback, team cultures and provide prompt remedial action for any "
        "issues it identifies.", "Green", "Closed by HMICFRS Oct 2024.")],
     "in_sync", "closed both sides")
item("p21a4", "peel21", 12014, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", "Being progressed",
     [f("The force should make sure it provides a confidential way for staff to raise concerns "
        "and that staff are aware of whistleblowing processes.", "Amber",
        "Confidential reporting line re-procured; comms plan in progress.")],
     "in_sync", "open both sides")
item("p21a5", "peel21", 12015, AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Complete",
     [f("The force should review how it gathers and uses equality and diversity data to "
        "improve its understanding of its workforce demographics.", "Amber",
        "Self-declaration campaign ongoing.")],
     "closeable_local", "HMICFRS Complete, force Amber")
item("p21a6", "peel21", 12016, AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Being progressed",
     [f("The force should make sure it has enough specialist capacity and capability to "
        "investigate online child sexual abuse.", "Amber",
        "POLIT growth bid approved in the 2025/26 budget.", typ="Rec")],
     "conflict", "type differs: HMICFRS area for improvement, force records it as a "
     "recommendation (same ref 12016); both open")
item("p21a7", "peel21", 12017, AFI, CONTROL_ROOM, "Awaiting review",
     [f(CONTROL_ROOM, "Red", "Control room establishment 18 below resourcing model.")],
     "in_sync", "open both sides (HMICFRS Awaiting review, force Red)")
item("p21a8", "peel21", 12018, AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Being progressed",
     [f("The force should improve its understanding of suspects released under investigation "
        "(RUI) and the management of those released on bail.", "Amber",
        "RUI/bail dashboard in development.", ref="", report="PEEL 2018/19")],
     "conflict", "report differs: HMICFRS has it under PEEL 2021/22, the force filed it under "
     "PEEL 2018/19 (so it sits in the PEEL 2018/19 subtotal group); no ref; both open")
item("p21a9", "peel21", 12019, AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Being progressed",
     [], "missing_from_force", "open on HMICFRS, no row in the tracker")

# --- Custody 2022 (force)
item("cus1", "custody22", 12240, REC,
     "The force should, " + CHILD_DETENTION_BODY + ".", "Being progressed",
     [f("In conjunction with children's social care services, review how the force manages the "
        "detention of children. As a minimum: • children only detained when absolutely "
        "necessary and for the absolute minimum time; • early assessment of a child's need for "
        "alternative accommodation (secure or otherwise), working with children's social care; "
        "• custody staff record all actions taken and decisions made; • improve the timeliness "
        "of appropriate adult support for children who are arrested.", "Amber",
        "Concordat on children in custody signed; PACE bed availability still an issue.")],
     "in_sync", "open both sides; all four bullets kept, abridged")
item("cus2", "custody22", 12241, AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", "Awaiting review",
     [f("The force should make sure it has access to accurate data and analysis to support "
        "effective performance management.", "Pending sign off",
        "Custody performance dashboard live since June. Pending sign off by the chief officer "
        "lead.")],
     "closeable_submit", "HMICFRS Awaiting review (open), force 'Pending sign off' (force "
     "says done)")
item("cus3", "custody22", 12242, AFI,
     "The force should make sure there are appropriate strategic oversight arrangements in "
     "place to manage risks, performance and improvement plans effectively.",
     "Being progressed",
     [f("The force should make sure there are appropriate strategic oversight arrangements in "
        "place to manage risks, performance and improvement plans effectively.", "Amber",
        "Criminal Justice & Custody Board terms of reference being revised.", ref="",
        report="Custody inspection 2022")],
     "in_sync", "open both sides; the force typed the report as 'Custody inspection 2022', "
     "which made Excel start a separate one-row subtotal group; same report, not a conflict")

# --- PEEL 2023/24 (force)
item("p23a1", "peel23", 13105, AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Awaiting review",
     [f("The force should make sure investigations of RASSO are allocated to officers with the "
        "right skills and are effectively supervised.", "Amber",
        "Op Soteria roll-out; 12 additional RASSO investigators from April.")],
     "in_sync", "open both sides")
item("p23a2", "peel23", 13106, AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Being progressed",
     [f("The force should improve its ability to retrieve digital evidence from mobile phones, "
        "computers and other electronic devices quickly enough to ensure investigations are "
        "not delayed.", "Amber", "DFU backlog 410 devices (Oct); kiosk roll-out under way.")],
     "in_sync", "open both sides")
item("p23a3", "peel23", 13107, AFI,
     "The force should make sure its analysis of county lines drug dealing informs its "
     "strategic assessment and control strategy.", "Being progressed",
     [f("The force should make sure its analysis of county lines drug dealing informs its "
        "strategic assessment and control strategy.", "Green",
        "County lines problem profile adopted into the 2025 control strategy.")],
     "closeable_submit", "HMICFRS Being progressed, force Green")
item("p23a4", "peel23", 13108, AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from violence against women and girls.", "Awaiting review",
     [f(None, "Amber",
        "Wording not yet copied across - see HMICFRS portal. VAWG delivery plan covers this.")],
     "in_sync", "open both sides; the force row has the ref 13108 but an EMPTY Recommendation "
     "cell, so the group's SUBTOTAL count is one short; matched by ref")
item("p23a5", "peel23", 13109, AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", "Awaiting review",
     [], "missing_from_force", "open on HMICFRS, no row in the tracker")
item("p23a6", "peel23", 13110, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Being progressed",
     [f("The force should develop a future workforce plan that is aligned with its overall "
        "demand and budget, including future resource allocations, the mix of skills required "
        "and behaviours expected.", "Amber", "Strategic Workforce Plan due to COG in March.")],
     "in_sync", "open both sides")
item("p23a7", "peel23", 13111, AFI,
     "The force should immediately review its current background checks arrangements, and "
     "make sure that suitable and sufficient background checks are in place to safeguard its "
     "staff and the communities it serves.", "Being progressed",
     [f("The force should immediately review its current background checks arrangements, and "
        "make sure that suitable and sufficient background checks are in place to safeguard "
        "its staff and the communities it serves.", "Green",
        "Completed. Evidence submitted to HMICFRS for closure.")],
     "closeable_submit", "HMICFRS Being progressed, force Green")
item("p23r1", "peel23", 13112, REC,
     "Within six months the force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently "
     "good service.", "Being progressed",
     [f("Within six months the force should improve the supervision of investigations, so that "
        "investigation plans are set, reviewed and recorded and victims receive a consistently "
        "good service.", "Amber", "Investigative Standards Board tracking monthly.")],
     "in_sync", "open both sides; near-twin of PEEL 2018/19 AFI 9817 (supervision)")

# --- Force rows with no HMICFRS item: (tracker report, ref, type, text, status, update, why)
LOCAL = [
    ("CDI 2019", "", "Action",
     "Internal audit action: Dip-sample 50 rape and serious sexual offences crime reports each "
     "quarter and report findings to the Crime Standards Board", "Amber",
     "First quarterly dip-sample reported in October.",
     "force's own internal-audit action under the CDI 2019 group; no ref"),
    ("PEEL 2021/22", "", "Action",
     "Force improvement plan: Appoint a single point of contact for domestic abuse in each "
     "local policing area", "Green", "SPOCs in place in all three LPAs.",
     "force's own improvement-plan action; no ref"),
    ("PEEL 2023/24", "", "Action",
     "Local action: Refresh the violence against women and girls problem profile and add it to "
     "the control strategy", "Amber", "Analyst allocated; due January.",
     "force's own action, same topic as HMICFRS 13108 (VAWG) but not that AFI"),
    ("PEEL 2023/24", "", "Action",
     "JAC action: Add rape and serious sexual offences measures to the monthly Force "
     "Performance pack", "Green", "RASSO measures in the pack from the August edition.",
     "action set by the Joint Audit Committee, not HMICFRS"),
    ("PEEL Effectiveness 2016", "7706", "AFI",
     "The force should review its approach to hate crime to make sure victims receive a "
     "consistently good service.", "Green", "Hate crime policy refreshed 2018.",
     "carries an old HMICFRS-style ref 7706 that is not on the register (closed and dropped "
     "or mis-recorded); row hidden in the collapsed group"),
    ("Police powers spotlight (Feb 21)", "11305", "National rec",
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", "WHITE",
     "Not the force's responsibility to deliver; dependent upon another organisation.",
     "recommendation addressed to the Home Office and NPCC, tracked WHITE by the force; not on "
     "the force's HMICFRS register"),
]

# Order of rows inside each tracker group (the force's own order before the Excel sort).
HIDDEN_GROUP = "PEEL Effectiveness 2016"

FORCE_TYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "National rec"}

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Director of Finance", "Supt Firearms Licensing", None]
LEAD_BY_REPORT = {
    "firearms": "Supt Firearms Licensing", "custody22": "Ch Insp Custody",
    "cdi19": "Force Crime Registrar", "integrity": "Head of Professional Standards",
    "stolen": "Det Ch Supt Force CID", "ncpi17": "Ch Supt Public Protection",
}

FILLS = {
    "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "WHITE": "FFFFFF",
    "Pending sign off": "C6EFCE",
}


def h_status_date(it, i):
    pub = REPORTS[it["report"]][1]
    if it["hstatus"] in ("Complete", "Superseded", "No further action required"):
        d = pub + dt.timedelta(days=300 + rng.randrange(0, 900))
        return min(d, dt.date(2025, 10, 31))
    return dt.date(2025, 10, 1) + dt.timedelta(days=rng.randrange(0, 40))


def build_hmicfrs():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = H_SHEET
    header = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation",
              "Status", "Status date", "Comment"]
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    hrow = {}
    for it in sorted(ITEMS, key=lambda x: x["ref"]):
        title, pub, _ = REPORTS[it["report"]]
        comment = it["hnote"]
        if comment is None and it["hstatus"] == "Awaiting review":
            comment = "New recommendation"
        ws.append([it["ref"], FORCE, title, pub, it["type"], it["text"], it["hstatus"],
                   h_status_date(it, ws.max_row), comment])
        r = ws.max_row
        hrow[it["key"]] = f"{H_SHEET}!{r}"
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHI", [11, 28, 50, 14, 24, 90, 20, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    return wb, hrow


def build_tracker():
    """Returns workbook, list of (excel_row, truth-tuple) and formula cached values."""
    rows = []  # (tracker report, ref, type, text, lead, status, update, truth)
    for it in ITEMS:
        for fr in it["force"]:
            rep = fr["report"] or REPORTS[it["report"]][2]
            ref = str(it["ref"]) if fr["ref"] == "=" else fr["ref"]
            typ = fr["type"] or FORCE_TYPE[it["type"]]
            lead = fr["lead"] or LEAD_BY_REPORT.get(it["report"]) or rng.choice(LEADS)
            rows.append(dict(report=rep, ref=ref, type=typ, text=fr["text"], lead=lead,
                             status=fr["status"], update=fr["update"],
                             truth=("item", it["key"], it["cat"], it["why"])))
    for rep, ref, typ, text, status, update, why in LOCAL:
        rows.append(dict(report=rep, ref=ref, type=typ, text=text, lead=rng.choice(LEADS[:-1]),
                         status=status, update=update,
                         truth=("local", None, "not_on_hmicfrs_list", why)))
    # Excel's Sort by Report (A to Z, case-insensitive, stable), then Data > Subtotal.
    rows.sort(key=lambda r: r["report"].lower())

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = T_SHEET
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Organisational Learning Team | Position at 14/11/2025 | OFFICIAL"
    ws["A2"].font = Font(italic=True)
    header = ["HMICFRS Ref", "Report", "Type", "Recommendation", "Lead", "Status", "Update"]
    for i, h in enumerate(header, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    r = 5
    placed = []
    cached = {}
    first_data = 5
    i = 0
    while i < len(rows):
        rep = rows[i]["report"]
        start = r
        n_text = 0
        while i < len(rows) and rows[i]["report"] == rep:
            row = rows[i]
            vals = [int(row["ref"]) if row["ref"] else None, row["report"], row["type"], row["text"], row["lead"],
                    row["status"], row["update"]]
            for col, v in enumerate(vals, 1):
                c = ws.cell(r, col, v)
                c.alignment = Alignment(wrap_text=col in (4, 7), vertical="top")
            fill = FILLS.get(row["status"])
            if fill:
                ws.cell(r, 6).fill = PatternFill("solid", fgColor=fill)
            ws.row_dimensions[r].outline_level = 2
            if rep == HIDDEN_GROUP:
                ws.row_dimensions[r].hidden = True
            if row["text"]:
                n_text += 1
            placed.append((r, row))
            r += 1
            i += 1
        # Subtotal row, as Excel writes it: label in the "change in" column, formula in D.
        ws.cell(r, 2, f"{rep} Count").font = Font(bold=True)
        formula = f"=SUBTOTAL(3,D{start}:D{r - 1})"
        ws.cell(r, 4, formula).font = Font(bold=True)
        cached[f"D{r}"] = (formula[1:], n_text)
        ws.row_dimensions[r].outline_level = 1
        if rep == HIDDEN_GROUP:
            ws.row_dimensions[r].collapsed = True
        r += 1
    ws.cell(r, 2, "Grand Count").font = Font(bold=True)
    formula = f"=SUBTOTAL(3,D{first_data}:D{r - 1})"
    ws.cell(r, 4, formula).font = Font(bold=True)
    cached[f"D{r}"] = (formula[1:], sum(1 for _, row in placed if row["text"]))
    grand_row = r
    ws.cell(r + 2, 1, "Status key: Green = implemented / evidence held; Amber = work under way, "
                      "expected to be implemented; Red = beyond deadline or will not be "
                      "implemented (rationale required); WHITE = not the force's to deliver.")
    ws.cell(r + 3, 1, "Subtotals added with Data > Subtotal (count of recommendations per "
                      "report). Remove subtotals (Data > Subtotal > Remove All) before "
                      "re-sorting.")
    ws.cell(r + 2, 1).font = Font(italic=True, size=9)
    ws.cell(r + 3, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [12, 30, 12, 90, 26, 16, 60]):
        ws.column_dimensions[col].width = w
    ws.sheet_properties.outlinePr = Outline(summaryBelow=True, summaryRight=True)
    ws.sheet_format.outlineLevelRow = 2
    ws.freeze_panes = "A5"
    return wb, placed, cached, grand_row


def fix_props(wb):
    wb.properties.creator = "Organisational Learning Team"
    wb.properties.lastModifiedBy = "Organisational Learning Team"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME


def save_deterministic(wb, path, cached=None):
    """Save, then rewrite the zip with fixed timestamps; put cached values into formulas."""
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if cached and info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                for ref, (formula, value) in cached.items():
                    pat = (f'<c r="{ref}"([^>]*)><f>{re.escape(formula)}</f><v></v></c>')
                    text, n = re.subn(pat, lambda m: (f'<c r="{ref}"{m.group(1)}><f>{formula}'
                                                      f'</f><v>{value}</v></c>'), text)
                    assert n == 1, (ref, formula)
                data = text.encode("utf-8")
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' at save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                              + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hwb, hrow = build_hmicfrs()
    twb, placed, cached, grand_row = build_tracker()
    fix_props(hwb)
    fix_props(twb)
    save_deterministic(hwb, OUT / "hmicfrs.xlsx")
    save_deterministic(twb, OUT / "tracker.xlsx", cached)

    # truth.csv: HMICFRS order, each item's force rows; then force-only rows.
    by_key = {}
    for r, row in placed:
        kind, key, cat, why = row["truth"]
        by_key.setdefault(key, []).append((r, cat, why))
    lines = []
    for it in sorted(ITEMS, key=lambda x: x["ref"]):
        frs = by_key.get(it["key"], [])
        if not frs:
            lines.append((hrow[it["key"]], "", it["cat"], it["why"]))
        for r, cat, why in frs:
            lines.append((hrow[it["key"]], f"{T_SHEET}!{r}", cat, why))
    for r, cat, why in by_key.get(None, []):
        lines.append(("", f"{T_SHEET}!{r}", cat, why))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)

    counts = Counter(l[2] for l in lines)
    write_readme(counts, len(ITEMS), len(placed), cached, grand_row, placed, lines)


def write_readme(counts, n_h, n_f, cached, grand_row, placed, lines):
    sub_rows = sorted(int(k[1:]) for k in cached)
    hidden = [r for r, row in placed if row["report"] == HIDDEN_GROUP]
    split = [l[1] for l in lines if l[0] and l[2] == "closeable_submit"
             and "split" in l[3]]
    blank = [f"{T_SHEET}!{r}" for r, row in placed if not row["text"]]
    order = ["closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "in_sync"]
    cat_lines = "\n".join(f"| {c} | {counts[c]} |" for c in order)
    text = f"""# Case `{CASE}`: a tracker with Excel Data > Subtotal rows

Seed: `{SEED}` (`random.Random`, used only for leads and HMICFRS status dates). Rebuild with
`/work/main/.venv/bin/python build_{CASE}.py` (byte for byte: fixed document dates, fixed zip
timestamps).

## Files
- `hmicfrs.xlsx`, sheet `{H_SHEET}`: the HMICFRS register export for {FORCE}, header on row 1,
  {n_h} items (rows 2-{n_h + 1}), sorted by reference. Columns: Reference (plain integer),
  Force, Report (full HMICFRS title), Publication date, Type (Recommendation / Area for
  improvement / Cause of concern / National recommendation), Recommendation (verbatim public
  text), Status (Awaiting review, Being progressed = open; Complete, Superseded, No further
  action required = closed), Status date, Comment. Autofilter on the header.
- `tracker.xlsx`, sheet `{T_SHEET}`: the force tracker. Row 1 title, row 2 subtitle, row 3
  blank, row 4 header `HMICFRS Ref | Report | Type | Recommendation | Lead | Status | Update`,
  data from row 5. {n_f} item rows. The analyst sorted by Report and ran Data > Subtotal (At
  each change in: Report; Use function: Count; Add subtotal to: Recommendation). So after each
  report's rows there is a row with `<Report> Count` in column B and
  `=SUBTOTAL(3,D<first>:D<last>)` in column D (bold), then `Grand Count` on row {grand_row}
  with `=SUBTOTAL(3,D5:D{grand_row - 1})`. Subtotal rows: {", ".join(map(str, sub_rows[:-1]))};
  grand count row {sub_rows[-1]}. Formulas are stored with cached values (`<v>` written into the
  sheet XML) so a reader with `data_only=True` sees the counts as numbers in the Recommendation
  column. Outline: item rows outline level 2, subtotal rows level 1, grand count level 0,
  summary below. Two legend/notes rows two rows under the Grand Count. Status cells shaded
  to match the RAG word.
- `truth.csv`: one line per pair, per HMICFRS item with no force row, per force row with no
  HMICFRS item; {len(lines)} lines.

## Traps and how the truth decides them
1. **Subtotal rows are not items**: `PEEL 2021/22 Count` etc. in the Report column, with a
   number (the cached SUBTOTAL value) in the Recommendation column. Neither they nor the
   `Grand Count` row nor the header/title/legend rows are in truth.csv.
2. **Subtotal counts are not item counts**: SUBTOTAL(3) counts non-empty Recommendation cells,
   so the Stolen Freedom group counts the four split rows of 8420 as four, and the PEEL
   2023/24 group counts one fewer than its rows because {", ".join(blank)} has an empty
   Recommendation cell (ref 13108 present; matched by ref, in_sync).
3. **Collapsed outline group**: the `{HIDDEN_GROUP}` group is collapsed (rows
   {hidden[0]}-{hidden[-1]} hidden, its subtotal row marked collapsed). Hidden rows are still
   items: two in_sync, one closeable_local (7704), one not_on_hmicfrs_list (ref 7706, not on
   the register).
4. **Report-name variant splits a group**: one Custody row has Report `Custody inspection 2022`,
   so Excel made a separate one-row group with its own `Custody inspection 2022 Count` row. It
   is the same 2022 custody report: in_sync, not a report conflict.
5. **Misfiled report**: HMICFRS 12018 (PEEL 2021/22 AFI on RUI/bail) sits, without a ref, in the
   PEEL 2018/19 group: conflict (report).
6. **Split recommendation**: Stolen Freedom 8420 (four bullets) is four force rows, each with
   ref 8420 and one bullet, all Green while HMICFRS is Being progressed: four
   closeable_submit lines with the same hmicfrs_row ({", ".join(split)}).
7. **Conflicts** (all open on both sides): 6124 timescale (three vs six months); 12016 type
   (AFI vs Rec); 12018 report; 11304 missing third part (external scrutiny of BWV footage);
   8424 reference (force typed 8442, which is not on the register).
8. **Decoys that are not conflicts**: `Within 6 months`/`3 months`/`12 months` for the written
   numbers; abbreviations (MSHT, DA, S&S, CCs, BWV, CPD, RASSO, ISAs, NFA, HO, APP);
   misspellings (supervison, goverance, neccessary); stems dropped; `AFI 3 - ` prefix; bullets
   as dashes or run into one sentence; the stray footnote `86` in HMICFRS 8421; EFC 8470 with
   the Home Office/NPCC sentence bracketed.
9. **Near-twin texts across reports**: Core Business 4822 (no ref on the force row) and CDI
   10207 share the call-handler criteria wording; PEEL 2018/19 9817 and PEEL 2023/24 13112 both
   on supervision of investigations. Each pairs within its own report.
10. **Status words**: force Green / Amber / Red / WHITE / `Pending sign off` (done: the force
   says it is finished; 12241 is closeable_submit). HMICFRS Superseded and No further action
   required are closed.
11. **Not on the HMICFRS list**: four local actions with no ref (`Internal audit action:`,
   `Force improvement plan:`, `Local action:`, `JAC action:`), ref 7706 (hidden row), and ref
   11305, the Home Office/NPCC recommendation tracked WHITE.
12. **Missing from the force**: 8303, 8426, 8545, 12019, 13109 (all open at HMICFRS).

## Counts per category (truth.csv lines)
| category | lines |
|---|---|
{cat_lines}

HMICFRS items: {n_h}. Force item rows: {n_f}. Items closed on one side only:
{counts["closeable_local"]} closeable_local + 11 closeable_submit items (14 lines, the split
counted per row).
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
