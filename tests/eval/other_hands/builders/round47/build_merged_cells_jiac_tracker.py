"""Build the evaluation case `merged_cells_jiac_tracker` (round 47, force-side layout).

HMICFRS side: a plain register export (CSV, one row per item, header on row 1).
Force side: a Joint Independent Audit Committee tracker kept in Excel by the force's
inspection liaison team: report name and publication date in vertically merged cells on the
left of each report block, a two-tier header with a merged "Closure sign-off" group, a RAG key
above the header, blank rows between report blocks, one recommendation split into one row per
bullet (its number, ID, type and chief officer merged down the bullet rows), and the force's own
local actions filed inside the report blocks.

Run:  /work/main/.venv/bin/python build_merged_cells_jiac_tracker.py
Rebuilds the case folder byte for byte (fixed seed, fixed zip and document timestamps).

Texts: real public HMICFRS recommendation / AFI wording (Open Government Licence), copied from
/work/main/reconcile/casegen/texts/ and /work/shared/data/real_recommendations.csv. Progress
notes, local actions and sign-off entries are written here in a force analyst's words.
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

SEED = 4747
CASE = "merged_cells_jiac_tracker"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Lincolnshire Police"
SHEET = "HMICFRS Tracker"
LIST_DATE = dt.date(2023, 10, 31)        # HMICFRS list extracted
TRACKER_DATE = dt.date(2023, 11, 14)     # tracker last updated
ZIP_TIME = (2023, 11, 14, 9, 30, 0)

rng = random.Random(SEED)

REC, AFI, NAT = "Recommendation", "Area for improvement", "National recommendation"

# ----------------------------------------------------------------------------------------------
# Real texts (verbatim from the casegen text lists / real_recommendations.csv)
# ----------------------------------------------------------------------------------------------
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
EVERYONE_PLAN_PDF = (   # as national.py has it: stray page number "20" from the PDF
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
EVERYONE_PLAN = EVERYONE_PLAN_PDF.replace("another force; and 20\n", "another force; and\n")
MSHT_INTEL = ("Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence and "
              "in order to safeguard victims better and to identify suspects as early as "
              "possible.")
MSHT_INTEL_PDF = ("Within six months, forces should have in place active information-sharing "
                  "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
                  "and in order to safeguard victims better and to identify suspects as early as "
                  "possible")
FIREARMS_DEMAND = ("Within three months, all chief constables should assess the demand placed on "
                   "their firearms licensing department and ensure it has the capacity to meet this "
                   "demand and provide an efficient and effective service at all times.")
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the "
                "control room to fulfil its resourcing model, and so to meet its demand, while "
                "also taking into account the wellbeing of its workforce.")
CDI_STEM = "Within six months the force should put in place arrangements to ensure that:"
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.",
]
CDI_VICTIMS = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)
MISSING_CHILDREN = (
    "Within three months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
DETENTION_CHILDREN = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)
COC_DA = ("The force’s current approach to domestic abuse is unacceptable. The proportion of "
          "victims who fail to support the investigation and the low use of police powers of "
          "arrest and prosecution is a cause of concern to HMIC.")
COC_SAS = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
           "search powers is consistently reasonable and fair. In particular, there is "
           "over-representation of BAME people, and black people in particular, in stop and "
           "search data which many forces are unable to explain.")
COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")

# HMICFRS register comments (verbatim from register pages)
C_NEW = "New recommendation"
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                "Effectiveness inspections. Where a cause of concern still exists this will "
                "appear in the register against these subsequent inspections.")
C_COMPLETE = "This recommendation is complete"
C_CDI = ("Authorised for closure on the basis of the additional observations offered by members "
         "of the CDI inspection team in recent inspection activity.")

# ----------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, tracker block name, chief officer lead)
# ----------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)", "ACC Local Policing"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014", "ACC Crime"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014", "Director of Finance"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014", "ACC Local Policing"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015", "DCC"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2", "ACC Local Policing"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015", "DCC"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015", "ACC Local Policing"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Eff 16", "ACC Crime"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "ACC Crime"),
    "efy17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 2017", "DCC"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", "DCC"),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017",
               "DCC"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S", "ACC Local Policing"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19), "NCPI 2018",
               "ACC Crime"),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 2018/19", "DCC"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26), "CDI 2019",
              "ACC Crime"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)",
               "ACC Local Policing"),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 13), "PEEL 2021/22", "ACC Crime"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2023, 5, 12), "PEEL 2023/24", "ACC Local Policing"),
}
BLOCK_ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
               "firearms", "eff16", "stolen", "efy17", "efc17", "leg17f", "leg17", "ncpi18",
               "peel19", "cdi19", "powers", "peel22", "peel23"]

# ----------------------------------------------------------------------------------------------
# Force-side helpers: status words, notes, leads
# ----------------------------------------------------------------------------------------------
DONE_RAG = {"GREEN", "WHITE"}
BOARDS = ["Crime Standards Board", "Public Protection Board", "People Board",
          "Force Executive Board", "Local Policing Board", "Organisational Learning Board"]
OPEN_NOTES = [
    "Update {d}: Task & Finish group set up; action plan agreed at {b}. Work ongoing.",
    "Update {d}: Policy rewrite in draft and out for consultation with Federation and Unison. "
    "Target date revised.",
    "Work undertaken in area but still requires development to complete.",
    "Update {d}: Lead changed following the restructure; new lead to provide an update for the "
    "next JIAC.",
    "Update {d}: Dip sample of 40 cases completed - compliance 71%. Further briefing planned "
    "and re-test next quarter.",
    "Update {d}: Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Update {d}: Workshop held with the local authorities; draft protocol with legal services.",
    "Update {d}: Measures added to the Force Performance pack. Two quarters of data needed "
    "before we can evidence improvement to {b}.",
    "Update {d}: Training package written with L&D; roll-out to response and neighbourhood "
    "teams from next quarter.",
]
DONE_NOTES = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Update {d}: Policy signed off and published on the intranet; training delivered to 92% of "
    "frontline staff. Closure agreed at {b}.",
    "Update {d}: Re-audit shows sustained compliance (94%). Evidence pack held on the OL "
    "SharePoint site. Closure agreed at {b}.",
    "Update {d}: New governance in place and reporting quarterly to {b}. Evidence pack complete.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
]
LOCAL_OPEN_NOTES = [   # force still open although HMICFRS has closed the item
    "Ready to move to GREEN status.",
    "Update {d}: Final evidence (audit results) awaited from the business area before closure "
    "can be proposed to {b}.",
    "Update {d}: Work ongoing; to be re-assessed after the next inspection.",
]
DELIVERY_LEADS = {
    "sas": ["Supt Operational Support", "Ch Insp Stop & Search Lead"],
    "da": ["Ch Supt Public Protection", "D/Supt Safeguarding"],
    "crime": ["Det Ch Supt Force CID", "Head of Criminal Justice"],
    "fin": ["Director of Finance", "Head of Corporate Development"],
    "people": ["Director of People", "Head of Learning & Development"],
    "psd": ["Head of Professional Standards"],
    "fal": ["Supt Firearms Licensing"],
    "info": ["Head of Information Management", "Force Crime Registrar"],
    "contact": ["Supt Contact Centre"],
    "child": ["Ch Supt Public Protection", "Ch Insp Custody"],
    "intel": ["Head of Intelligence"],
    "perf": ["Head of Corporate Development"],
    "msht": ["D/Supt Safeguarding", "Head of Intelligence"],
}


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june",
                                      "july", "august", "september", "october", "november",
                                      "december"], 1)}


def target_for(text: str, pub: dt.date):
    t = text.lower()
    m = re.search(r"(?:by|not later than) (\d{1,2}) (\w+) (\d{4})", t)
    if m and m.group(2) in MONTHS:
        return dt.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    m = re.search(r"by (\w+) (\d{4})", t)
    if m and m.group(1) in MONTHS:
        return add_months(dt.date(int(m.group(2)), MONTHS[m.group(1)], 1), 1) - dt.timedelta(1)
    for word, n in (("three", 3), ("3", 3), ("six", 6), ("6", 6), ("twelve", 12), ("12", 12)):
        if f"within {word} months" in t:
            return add_months(pub, n)
    if "immediately" in t:
        return add_months(pub, 1)
    return None


def clip(d: dt.date, hi: dt.date) -> dt.date:
    return d if d <= hi else hi


# ----------------------------------------------------------------------------------------------
# The items. f=None: not in the force tracker. f dict: rag, text (None = HMICFRS text
# verbatim), fid (True: the register ID is recorded; False: blank; int: that number),
# ftype, area (delivery lead pool), note, conflict, block (force block if not the report's).
# ----------------------------------------------------------------------------------------------
def F(rag, area, text=None, fid=True, ftype=None, note=None, conflict=None, block=None,
      pending=False, unsubmitted=False):
    return dict(rag=rag, area=area, text=text, fid=fid, ftype=ftype, note=note,
                conflict=conflict, block=block, pending=pending, unsubmitted=unsubmitted)


#: the force's harmless rewording of an item (not a conflict), for truth.csv's `why`
DRIFT = {
    1188: "'S&S' for stop and search",
    2321: "stray page number '20' copied from the PDF",
    6012: "straight quotes for 'total expired'",
    6013: "'HO' and 'NFLMS' abbreviations",
    6014: "chief officer sign-off 'Pending sign off' (still done: GREEN)",
    7301: "cause-of-concern lead-in added, 'DA' abbreviation",
    7302: "chief officer sign-off 'Pending sign off' (still done: GREEN)",
    7305: "stem 'The force should' dropped, misspellings 'supervison', 'appropiate'",
    7306: "'RUI' abbreviation",
    8403: "stray footnote '86' copied from the PDF, no full stop",
    8405: "'HO' and 'MSHT' abbreviations",
    8433: "stem 'The force should' dropped; GREEN but not yet submitted",
    8541: "GREEN, signed off, not yet submitted",
    8564: "'&' and straight quotes",
    10111: "GREEN, signed off, not yet submitted",
    11206: "'CPD', 'BWV', '&' abbreviations",
    11208: "WHITE: not the force's responsibility to deliver (Home Office / NPCC)",
    12251: "'RASSO' abbreviation",
    12252: "'DA' abbreviation",
    12254: "GREEN, signed off, not yet submitted",
    12256: "stem dropped, 'VAWG' abbreviation",
    13486: "chief officer sign-off 'Pending sign off' (still done: GREEN)",
    1187: "WHITE: dependent upon the College of Policing",
    8470: "",
}


OPEN_BP, OPEN_AR, CLOSED = "Being progressed", "Awaiting review", "Complete"

ITEMS = [
    # --- Stop and search 2013 (national) ---------------------------------------------------
    dict(id=1187, rep="sas13", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="Chief Constables and the College of Policing should establish in the Stop and "
              "Search Authorised Professional Practice document a clear specification of what "
              "constitutes the effective and fair exercise of stop and search powers, and "
              "guidance in this respect. This should be compliant with the Code of Practice.",
         f=F("WHITE", "sas", fid=False, note="Dependent upon the College of Policing (APP). APP "
             "on stop and search published; force policy aligned to it.")),
    dict(id=1188, rep="sas13", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="Chief Constables should establish or improve monitoring of the way officers stop "
              "and search people, so that they can be satisfied their officers are acting in "
              "accordance with the law (including equality legislation and the Code of "
              "Practice), and that the power is used effectively to prevent crime, catch "
              "criminals and maintain public trust.",
         f=F("GREEN", "sas", fid=False,
             text="Chief Constables should establish or improve monitoring of the way officers "
                  "S&S people, so that they can be satisfied their officers are acting in "
                  "accordance with the law (including equality legislation and the Code of "
                  "Practice), and that the power is used effectively to prevent crime, catch "
                  "criminals and maintain public trust.")),
    dict(id=1189, rep="sas13", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="Chief Constables should, in consultation with elected local policing bodies, "
              "ensure that they comply with the code of practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example, young people.",
         f=F("AMBER", "sas", fid=False, note="Update {d}: Community scrutiny panel terms of "
             "reference being refreshed with the OPCC; youth members still to be recruited.")),
    # --- Everyone's business 2014 ------------------------------------------------------------
    dict(id=2321, rep="everyone", type=NAT, coc=None, hs=CLOSED, hc=C_SUPERSEDED,
         text=EVERYONE_PLAN,
         f=F("GREEN", "da", fid=2321, text=EVERYONE_PLAN_PDF,
             note="DA action plan published on the force website and agreed with the PCC.")),
    # --- Core business 2014 --------------------------------------------------------------------
    dict(id=4822, rep="core", type=NAT, coc=None, hs=OPEN_BP, hc=C_REVIEW,
         text="Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
              "that have not yet done so, should provide call-handlers with specific, sound and "
              "comprehensible criteria against which they can assess threat, harm and risk.",
         f=F("GREEN", "contact", fid=False, note="THRIVE criteria built into the contact "
             "management system; call handler training complete.")),
    dict(id=4823, rep="core", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="By 31 March 2015 all forces should ensure that crime prevention or disruption "
              "activity carried out is systematically recorded and subsequently evaluated to "
              "determine the effectiveness of tactics being employed.",
         f=F("GREEN", "crime", fid=False)),
    # --- Integrity matters 2015: never on the force tracker ----------------------------------
    dict(id=902, rep="integrity", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="By 31 August 2015, all chief constables should satisfy themselves that they have "
              "processes in place to ensure that investigations into misconduct by officers "
              "and staff resulting in “no further action” are fair and free of any form of "
              "discrimination.", f=None),
    # --- Stop and search 2 (2015) --------------------------------------------------------------
    dict(id=5570, rep="sas15", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="Chief constables should, in consultation with police and crime commissioners, "
              "ensure that they comply with the Code of Practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example young people.",
         f=F("GREEN", "sas", fid=False)),
    # --- Building the picture 2015: not on the tracker ---------------------------------------
    dict(id=5861, rep="picture", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="By 30 November 2015, chief constables should put in place arrangements to "
              "scrutinise audits of compliance with the APP on information management through "
              "the force information management governance structure. This should include "
              "measures to ensure that categorisation of records are regularly adjusted.",
         f=None),
    # --- Targeting the risk 2015 ---------------------------------------------------------------
    dict(id=6010, rep="firearms", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="Within three months, all chief constables should assess how well the governance "
              "of firearms licensing in his or her force meets the standards set out in "
              "Authorised Professional Practice. Chief constables of forces where the "
              "governance standards are not being complied with should put in place "
              "immediately the correct arrangements and procedures in order to meet the "
              "standards in full.",
         f=F("GREEN", "fal", fid=False)),
    dict(id=6011, rep="firearms", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text=FIREARMS_DEMAND,
         f=F("AMBER", "fal", fid=False, note="Update {d}: Backlog of renewals at 640 (down from "
             "910). Two temporary enquiry officers funded to March; demand review reported to "
             "{b}.")),
    dict(id=6012, rep="firearms", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="Immediately, all chief constables should satisfy themselves that all appropriate "
              "action is being taken by their force with regard to ‘total expired’ licensing "
              "records.",
         f=F("GREEN", "fal", fid=False,
             text="Immediately, all chief constables should satisfy themselves that all "
                  "appropriate action is being taken by their force with regard to 'total "
                  "expired' licensing records.")),
    dict(id=6013, rep="firearms", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="Within three months, all chief constables should ensure that their arrangements "
              "in respect of the use of temporary permits are in accordance with the Home "
              "Office guidance; that temporary permits are properly recorded without delay on "
              "the National Firearms Licensing Management System; and that effective systems "
              "exist to ensure certificate holders are not permitted, at any time, to remain "
              "in unlawful possession of a firearm.",
         f=F("AMBER", "fal", fid=False,
             text="Within three months, all chief constables should ensure that their "
                  "arrangements in respect of the use of temporary permits are in accordance "
                  "with the HO guidance; that temporary permits are properly recorded without "
                  "delay on NFLMS; and that effective systems exist to ensure certificate "
                  "holders are not permitted, at any time, to remain in unlawful possession of "
                  "a firearm.", note="LOCAL")),
    dict(id=6014, rep="firearms", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="Within three months, all chief constables should ensure that systems designed "
              "to identify, prior to police attendance, whether a reported incident involves "
              "or is at the address of a firearm certificate holder are in place and are "
              "always applied by staff dispatching officers to incidents; and that officers "
              "understand the risk assessment which they should be undertaking in such "
              "circumstances, and their power, when appropriate, to seize firearms and firearm "
              "certificates.",
         f=F("GREEN", "fal", fid=False, pending=True,
             note="Pending sign off by the chief officer lead. Command and control marker for "
                  "certificate holders live since {d}.")),
    # --- PEEL effectiveness 2016 (force) -------------------------------------------------------
    dict(id=7301, rep="eff16", type=REC, coc=COC_DA, hs=CLOSED, hc=C_COMPLETE,
         text="In order to improve the service it provides to victims of domestic abuse, offer "
              "the best possible protection and bring more perpetrators to justice, the force "
              "should immediately consider ways of increasing the use of arrest, ancillary "
              "orders and other available powers.",
         f=F("GREEN", "da",
             text="To address this cause of concern: in order to improve the service it "
                  "provides to victims of DA, offer the best possible protection and bring more "
                  "perpetrators to justice, the force should immediately consider ways of "
                  "increasing the use of arrest, ancillary orders and other available powers.")),
    dict(id=7302, rep="eff16", type=REC, coc=COC_DA, hs=OPEN_BP, hc=C_MONITOR,
         text="To improve the service provided to victims of domestic abuse the force should "
              "immediately take steps to understand and address the reason behind why such a "
              "high proportion of victims of domestic abuse do not support the police "
              "investigation.",
         f=F("GREEN", "da", pending=True,
             note="Victim engagement research complete (University of Lincoln). Pending sign "
                  "off by the chief officer lead.")),
    dict(id=7303, rep="eff16", type=AFI, coc=None, hs=CLOSED, hc=C_SUPERSEDED,
         text="The force should improve the supervision of investigations, so that "
              "investigation plans are set, reviewed and recorded and victims receive a "
              "consistently good service.",
         f=F("AMBER", "crime", ftype="AFI", note="LOCAL")),
    dict(id=7304, rep="eff16", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should improve its ability to retrieve digital evidence from mobile "
              "phones, computers and other electronic devices quickly enough to ensure "
              "investigations are not delayed.",
         f=F("AMBER", "crime", ftype="AFI", note="Update {d}: Kiosk network extended to all "
             "three divisions; DFU backlog 212 devices (target 150).")),
    dict(id=7305, rep="eff16", type=AFI, coc=None, hs=CLOSED, hc=C_SUPERSEDED,
         text="The force should take steps to ensure that there is effective supervision of the "
              "initial risk assessment process, specifically in relation to the completion of "
              "DASH risk assessment in appropriate cases.",
         f=F("GREEN", "da", ftype="AFI",
             text="Take steps to ensure that there is effective supervison of the initial risk "
                  "assessment process, specifically in relation to the completion of DASH risk "
                  "assessment in appropiate cases.")),
    dict(id=7306, rep="eff16", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should improve its understanding of suspects released under "
              "investigation and the management of those released on bail.",
         f=F("AMBER", "crime", ftype="AFI",
             text="The force should improve its understanding of suspects RUI and the "
                  "management of those released on bail.")),
    # --- Stolen freedom 2017 --------------------------------------------------------------------
    dict(id=8402, rep="stolen", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text=SF_LEADERSHIP,
         f=F("AMBER", "msht",
             text=SF_LEADERSHIP.split("; and\n• performance")[0] + ".",
             conflict="the force's text stops after the third bullet: the fourth bullet "
                      "(performance and quality assurance measures for senior leaders) is "
                      "missing, so the force is not tracking part of the recommendation")),
    dict(id=8403, rep="stolen", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text=MSHT_INTEL,
         f=F("GREEN", "msht", text=MSHT_INTEL_PDF, unsubmitted=True)),
    dict(id=8404, rep="stolen", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="Immediately, forces should ensure that all victims carrying out criminal acts "
              "under compulsion attributable to slavery or exploitation are afforded the "
              "protection of early and continuing consideration of the applicability of the "
              "section 45 defence.",
         f=F("GREEN", "msht")),
    dict(id=8405, rep="stolen", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="Immediately, forces should take steps to ensure they are fully compliant with the "
              "NRM process as it evolves and are implementing the requirement placed upon them "
              "under the Modern Slavery Act 2015 to notify the Home Office of any individual "
              "suspected to be an adult victim of modern slavery or human trafficking.",
         f=F("AMBER", "msht",
             text="Immediately, forces should take steps to ensure they are fully compliant with "
                  "the NRM process as it evolves and are implementing the requirement placed "
                  "upon them under the Modern Slavery Act 2015 to notify the HO of any "
                  "individual suspected to be an adult victim of MSHT.")),
    dict(id=8406, rep="stolen", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="Immediately, forces should take steps to ensure they fully comply with national "
              "crime recording standard (NCRS) requirements for offences identified as modern "
              "slavery and human trafficking and that sufficient audit capacity is available "
              "to the force crime registrar to provide reassurance that each force is "
              "identifying and managing any gaps in its crime-recording accuracy for these "
              "types of offences.",
         f=F("AMBER", "info", note="Update {d}: Force Crime Registrar audit of MSHT crimes "
             "scheduled for Q4; to be reported to {b}.")),
    dict(id=8407, rep="stolen", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="Immediately, forces should ensure that allegations or indications of modern "
              "slavery and human trafficking are thoroughly investigated and effectively "
              "supervised by teams and individuals with the skills and experience to undertake "
              "them (this should include the use where appropriate of joint intelligence teams "
              "and other means to obtain intelligence and evidence from agencies overseas).",
         f=F("AMBER", "msht")),
    dict(id=8408, rep="stolen", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="Immediately, forces should review their use of preventative powers under the "
              "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
              "of those deemed to pose a clear threat to others in respect of modern slavery "
              "and human trafficking offences are exploited.", f=None),
    # --- PEEL efficiency 2017 (force) ----------------------------------------------------------
    dict(id=8431, rep="efy17", type=AFI, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="The force should undertake further work to gain a fuller understanding of "
              "current demand for its services, and likely future changes in demand. This is so "
              "it can make best use of its resources by matching them to demand to meet the "
              "needs of the public.",
         f=F("GREEN", "fin", ftype="AFI")),
    dict(id=8432, rep="efy17", type=AFI, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="The force should develop its understanding of the links between its outcomes, "
              "outputs and costs.",
         f=F("GREEN", "fin", ftype="AFI")),
    dict(id=8433, rep="efy17", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should develop a future workforce plan that is aligned with its overall "
              "demand and budget. The plan should include future resource allocations, the mix "
              "of skills required by the workforce and behaviours expected of them.",
         f=F("GREEN", "people", ftype="AFI", unsubmitted=True,
             text="Develop a future workforce plan that is aligned with its overall demand and "
                  "budget. The plan should include future resource allocations, the mix of "
                  "skills required by the workforce and behaviours expected of them.")),
    dict(id=8434, rep="efy17", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should expand the skills project work to include an assessment of all "
              "skills, not only operational, including potential future skills requirements. "
              "This assessment should inform workforce plans.",
         f=F("AMBER", "people", ftype="AFI")),
    # --- PEEL efficiency 2017 national --------------------------------------------------------
    dict(id=8470, rep="efc17", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force. The Home Office, National Police "
              "Chiefs' Council and Association of Police and Crime Commissioners should support "
              "the development of these plans by establishing a national framework which allows "
              "for the provision of digitally enabled services across force boundaries.",
         f=F("AMBER", "info",
             note="Update {d}: Digital strategy refresh delayed by the ERP programme; draft to "
                  "{b} in the new year.")),
    # --- PEEL legitimacy 2017 (force) ---------------------------------------------------------
    dict(id=8561, rep="leg17f", type=AFI, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="The force should make sure it provides a confidential way for staff to raise "
              "concerns and that staff are aware of whistleblowing processes.",
         f=F("AMBER", "psd", ftype="AFI", note="LOCAL")),
    dict(id=8562, rep="leg17f", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should ensure all staff have received at least the lowest level of "
              "vetting clearance for their roles as quickly as possible, working to clear both "
              "the vetting backlog and new vetting renewals when they become due so that it "
              "complies fully with the national vetting guidelines.",
         f=F("AMBER", "psd", ftype="AFI", note="Update {d}: Vetting backlog 318 (was 1,140). "
             "Renewals now tracked monthly at {b}.")),
    dict(id=8563, rep="leg17f", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should review how it gathers and uses equality and diversity data to "
              "improve its understanding of its workforce demographics.",
         f=F("GREEN", "people", ftype="AFI")),
    dict(id=8564, rep="leg17f", type=AFI, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="The force should satisfy itself that it has processes in place to ensure that "
              "investigations into misconduct by officers and staff resulting in “no further "
              "action” are fair and free of any form of discrimination.",
         f=F("GREEN", "psd", ftype="AFI",
             text="The force should satisfy itself that it has processes in place to ensure "
                  "that investigations into misconduct by officers & staff resulting in \"no "
                  "further action\" are fair and free of any form of discrimination.")),
    # --- PEEL legitimacy 2017 national (stop and search) --------------------------------------
    dict(id=8541, rep="leg17", type=NAT, coc=COC_SAS, hs=OPEN_BP, hc=C_MONITOR,
         text=SAS_MONITORING_2017,
         f=F("GREEN", "sas", unsubmitted=True,
             note="S&S dashboard live (Power BI); disproportionality reviewed quarterly at the "
                  "S&S Scrutiny Board. Ready to submit.")),
    dict(id=8542, rep="leg17", type=NAT, coc=COC_SAS, hs=OPEN_BP, hc=C_MONITOR,
         text="Where forces identify disparities through monitoring, they should demonstrate to "
              "the public that they have:\n•carried out research and analysis in an attempt to "
              "understand the reasons for the disparity, and •taken action to reduce the "
              "disparity, where necessary;",
         f=F("AMBER", "sas")),
    dict(id=8543, rep="leg17", type=NAT, coc=COC_SAS, hs=OPEN_BP, hc=C_MONITOR,
         text="We expect forces to publish this analysis and any actions taken at least on an "
              "annual basis, from July 2018.",
         f=F("GREEN", "sas", note="Annual S&S report published on the force website each "
             "July since 2019.")),
    dict(id=8544, rep="leg17", type=NAT, coc=COC_SAS, hs=OPEN_BP, hc=C_MONITOR,
         text="By July 2018, and ongoing following that date, forces should ensure that all "
              "officers who use stop and search powers have been provided with, and "
              "understand, training on unconscious bias and College of Policing APP on stop "
              "and search.",
         f=F("AMBER", "sas", fid=False, block="powers",
             note="Update {d}: Unconscious bias input added to the S&S refresher; 68% of "
                  "frontline officers completed.",
             conflict="report and date differ: the force filed it in its Police powers "
                      "spotlight (Feb 2021) block; HMICFRS has it under PEEL: Police legitimacy "
                      "2017 (national overview), 12 Dec 2017")),
    # --- NCPI 2018 -------------------------------------------------------------------------------
    dict(id=9012, rep="ncpi18", type=REC, coc=COC_MISSING, hs=OPEN_BP, hc=C_MONITOR,
         text=MISSING_CHILDREN,
         f=F("AMBER", "child", note="Update {d}: Missing person policy rewritten; supervisors' "
             "checklist in Niche from next month.")),
    dict(id=9013, rep="ncpi18", type=REC, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text=DETENTION_CHILDREN,
         f=F("GREEN", "child")),
    dict(id=9014, rep="ncpi18", type=REC, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="Within six months, the force should make sure officers and staff have the "
              "training they need to identify and respond to child sexual exploitation.",
         f=F("AMBER", "child",
             text="Within 12 months, the force should make sure officers & staff have the "
                  "training they need to identify and respond to CSE.",
             conflict="timescale differs: HMICFRS 'Within six months', force 'Within 12 "
                      "months' (and the force's target date follows its 12 months)")),
    dict(id=9015, rep="ncpi18", type=REC, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="Within three months, the force should improve how it works with partner "
              "organisations to safeguard people at risk from child sexual exploitation.",
         f=F("GREEN", "child", note="CSE multi-agency panel (MACE) in place with both "
             "safeguarding partnerships; evidence pack complete.")),
    # --- PEEL 2018/19 ------------------------------------------------------------------------------
    dict(id=9620, rep="peel19", type=AFI, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="The force should improve its use of its crime-recording and management system to "
              "better manage its case files and investigative processes.",
         f=F("GREEN", "crime", ftype="AFI")),
    dict(id=9621, rep="peel19", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should ensure regular and active supervision of the quality and "
              "progress of investigations. This supervision should be properly recorded.",
         f=F("GREEN", "crime", ftype="AFI")),
    dict(id=9622, rep="peel19", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should make sure it provides accessible information for all staff and "
              "members of the public on how they can raise concerns and access confidential "
              "support (including through external agencies).",
         f=F("AMBER", "psd", ftype="AFI")),
    dict(id=9623, rep="peel19", type=AFI, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="The force should specify in succession plans how it intends to improve diversity "
              "across all levels of the force. This should include offering increased "
              "direct-entry opportunities.",
         f=F("AMBER", "people", ftype="AFI", note="LOCAL")),
    dict(id=9624, rep="peel19", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should review the support available for those who have raised "
              "concerns and take any action needed to make sure these provisions are suitable.",
         f=F("AMBER", "psd", ftype="AFI", fid=9642,
             conflict="reference differs: the force recorded HMICFRS ID 9642 (digits "
                      "transposed); the register item is 9624 and there is no 9642 on the "
                      "list")),
    # --- CDI 2019 (split recommendation) -------------------------------------------------------
    dict(id=10110, rep="cdi19", type=REC, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text=CDI_VICTIMS, f=F("SPLIT", "info")),
    dict(id=10111, rep="cdi19", type=REC, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="Within three months, the force should make sure it records reports of stalking "
              "and harassment accurately and without delay.",
         f=F("GREEN", "info", unsubmitted=True)),
    dict(id=10112, rep="cdi19", type=REC, coc=None, hs=CLOSED, hc=C_CDI,
         text="Immediately, the force should make sure it records reports of domestic abuse "
              "accurately and without delay.",
         f=F("GREEN", "info")),
    # --- Police powers spotlight 2021 (national) ----------------------------------------------
    dict(id=11205, rep="powers", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="By July 2022, forces should ensure that officers and staff have effective "
              "communication skills, in line with the National Policing Guidelines on Conflict "
              "Management. This should be in addition to existing training on conflict "
              "management and de-escalation.",
         f=F("AMBER", "people")),
    dict(id=11206, rep="powers", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="By July 2021, forces should ensure that communication skills are reinforced as "
              "part of the programme of continuing professional development for officers and "
              "staff, and that supervisors are supported to routinely and frequently debrief "
              "officers on these skills using body-worn video footage.",
         f=F("AMBER", "people",
             text="By July 2021, forces should ensure that communication skills are reinforced "
                  "as part of the programme of CPD for officers & staff, and that supervisors "
                  "are supported to routinely and frequently debrief officers on these skills "
                  "using BWV footage.")),
    dict(id=11207, rep="powers", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text=BWV_2021,
         f=F("GREEN", "sas", note="BWV mandated for all S&S; monthly BWV review panel with "
             "IAG members since {d}.")),
    dict(id=11208, rep="powers", type=NAT, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The Home Office and the NPCC should take steps to ensure that the quality of the "
              "data collected on the number of incidents where force has been used to effect a "
              "stop and search is sufficient for publication. The Home Office should publish "
              "this data as soon as possible.",
         f=F("WHITE", "sas", unsubmitted=True,
             note="Not the force's responsibility to deliver; dependent upon another "
                  "organisation (Home Office / NPCC).")),
    dict(id=11209, rep="powers", type=NAT, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="By July 2021, forces should ensure they have effective internal monitoring "
              "processes on the use of force, to help them to identify and understand "
              "disproportionate use, explain the reasons and implement any necessary "
              "improvement action.",
         f=F("GREEN", "sas")),
    # --- PEEL 2021/22 ------------------------------------------------------------------------------
    dict(id=12250, rep="peel22", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text=CONTROL_ROOM,
         f=F("AMBER", "contact", ftype="AFI", note="Update {d}: Control room establishment "
             "uplift of 14 call handlers approved; 9 in post. 999 answer rate 87% (target 90%).")),
    dict(id=12251, rep="peel22", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should make sure investigations of rape and serious sexual offences are "
              "allocated to officers with the right skills and are effectively supervised.",
         f=F("GREEN", "crime", ftype="AFI",
             text="The force should make sure investigations of RASSO are allocated to "
                  "officers with the right skills and are effectively supervised.",
             note="Operation Soteria model adopted; all RASSO crimes allocated to the "
                  "specialist team. Closure agreed at {b}.")),
    dict(id=12252, rep="peel22", type=AFI, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="The force should make sure victims of domestic abuse are kept informed about the "
              "progress of their case, in line with the Code of Practice for Victims of Crime.",
         f=F("AMBER", "da", ftype="AFI", note="LOCAL",
             text="The force should make sure victims of DA are kept informed about the "
                  "progress of their case, in line with the Code of Practice for Victims of "
                  "Crime.")),
    dict(id=12253, rep="peel22", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should improve how it gathers, assesses and acts on intelligence about "
              "county lines drug dealing.",
         f=F("AMBER", "intel", ftype="AFI")),
    dict(id=12254, rep="peel22", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should develop a problem-solving approach to anti-social behaviour, "
              "working with local communities and partners.",
         f=F("GREEN", "perf", ftype="AFI", unsubmitted=True)),
    dict(id=12255, rep="peel22", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should make sure it has enough specialist capacity and capability to "
              "investigate online child sexual abuse.",
         f=F("AMBER", "child", ftype="AFI")),
    dict(id=12256, rep="peel22", type=AFI, coc=None, hs=CLOSED, hc=C_COMPLETE,
         text="The force should make sure its performance framework gives senior leaders a "
              "clear picture of its response to violence against women and girls.",
         f=F("GREEN", "perf", ftype="AFI",
             text="Make sure its performance framework gives senior leaders a clear picture of "
                  "its response to VAWG.")),
    dict(id=12257, rep="peel22", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should improve its understanding of the nature and scale of fraud in "
              "its area.",
         f=F("AMBER", "intel", ftype="AFI")),
    # --- PEEL 2023/24 ------------------------------------------------------------------------------
    dict(id=13480, rep="peel23", type=AFI, coc=None, hs=OPEN_AR, hc=C_NEW,
         text="The force should review its approach to stalking and harassment to make sure "
              "victims receive a consistently good service.",
         f=F("AMBER", "da", ftype="AFI", fid=False)),
    dict(id=13481, rep="peel23", type=AFI, coc=None, hs=OPEN_AR, hc=C_NEW,
         text="The force should make sure it consistently uses ancillary orders and other "
              "powers to protect victims of stalking and harassment.",
         f=F("AMBER", "da", ftype="AFI", fid=False)),
    dict(id=13482, rep="peel23", type=AFI, coc=None, hs=OPEN_AR, hc=C_NEW,
         text="The force should improve the timeliness of its response to calls for service "
              "involving people with mental ill health.",
         f=F("RED", "contact", ftype="AFI", fid=False,
             note="Little work yet undertaken in this area. Unlikely to reach deadlines. "
                  "Right Care Right Person implementation has taken priority.")),
    dict(id=13483, rep="peel23", type=AFI, coc=None, hs=OPEN_AR, hc=C_NEW,
         text="The force should make sure its analysis of serious and organised crime informs "
              "its strategic assessment and control strategy.", f=None),
    dict(id=13484, rep="peel23", type=AFI, coc=None, hs=OPEN_AR, hc=C_NEW,
         text="The force should put plans in place to monitor, including through the gathering "
              "and analysis of staff feedback, team cultures and provide prompt remedial action "
              "for any issues it identifies.",
         f=F("AMBER", "people", ftype="AFI", fid=False, note="Awaiting allocation.")),
    dict(id=13485, rep="peel23", type=AFI, coc=None, hs=OPEN_AR, hc=C_NEW,
         text="The force should evaluate its work to prevent knife crime and share what works "
              "across the force.", f=None),
    dict(id=13486, rep="peel23", type=AFI, coc=None, hs=OPEN_BP, hc=C_MONITOR,
         text="The force should make sure it has access to accurate data and analysis to "
              "support effective performance management.",
         f=F("GREEN", "perf", ftype="AFI", fid=False, pending=True,
             note="New performance framework and Power BI force dashboard live. Pending sign "
                  "off.")),
]

# Force rows that are not on the HMICFRS list: (block, type, text, rag, area, note, why)
FORCE_ONLY = [
    ("austerity", "National rec",
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "GREEN", "fin", "Addressed holistically as part of the force change programme.",
     "Policing in Austerity 2014 item the force still carries (GREEN, submitted); the report "
     "is not on the HMICFRS list at all - query with HMICFRS (probably closed and dropped)"),
    ("austerity", "National rec",
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "GREEN", "fin", "Collaboration assessment completed with the East Midlands forces.",
     "second Policing in Austerity 2014 item; not on the HMICFRS list"),
    ("eff16", "Local action",
     "Task & Finish group to review the domestic abuse policy and report to the Force "
     "Executive Team",
     "AMBER", "da", "Update {d}: T&F group met three times; policy draft due to FET.",
     "force's own local action (Type 'Local action', no HMICFRS ID) filed in the PEEL Eff 16 "
     "block; HMICFRS never set it"),
    ("cdi19", "Local action",
     "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime "
     "Standards Board",
     "GREEN", "info", "Quarterly dip sample embedded in the FCR audit plan.",
     "force's own local action in the CDI 2019 block; not an HMICFRS item"),
    ("peel22", "Local action",
     "Add violence against women and girls measures to the monthly Force Performance pack",
     "GREEN", "perf", "VAWG measures in the pack since {d}.",
     "force's own local action in the PEEL 2021/22 block; not an HMICFRS item"),
    ("peel23", "Local action",
     "Appoint a single point of contact for stalking and harassment in each local policing area",
     "AMBER", "da", "Update {d}: SPOCs identified for two of three LPAs.",
     "force's own local action in the PEEL 2023/24 block; not an HMICFRS item"),
]

# Bullet-level status of the split recommendation 10110 (one force row per bullet)
SPLIT_RAG = ["GREEN", "GREEN", "GREEN", "AMBER", "GREEN"]
SPLIT_NOTES = [
    "Victim-focused call handling script live; FCR audit 96% compliant.",
    "Incident log summary standard issued to all call handlers; re-audit 93%.",
    "Niche crime recording process updated; multiple crime audit 91%.",
    "Update {d}: Practice still seen in 6 of 40 RASSO cases audited; SOIT briefing arranged.",
    "Online reporting triage by the Contact Centre Resolution Team since {d}.",
]

# ----------------------------------------------------------------------------------------------
# Derived values
# ----------------------------------------------------------------------------------------------
def pick(seq):
    return seq[rng.randrange(len(seq))]


def rand_days(a, b):
    return dt.timedelta(days=rng.randint(a, b))


def fmt(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def fill_note(note: str, d: dt.date) -> str:
    return note.format(d=d.strftime("%d/%m/%y"), b=pick(BOARDS))


for it in ITEMS:
    pub = REPORTS[it["rep"]][1]
    f = it["f"]
    it["pub"] = pub
    if f is not None:
        f["lead"] = pick(DELIVERY_LEADS[f["area"]])
        f["done"] = f["rag"] in DONE_RAG
    # force sign-off dates
    if f is not None and f["done"]:
        lead_so = clip(pub + rand_days(120, 700), dt.date(2023, 9, 25))
        co_so = lead_so + rand_days(5, 20)
        sub = None if (f["unsubmitted"] or f["pending"]) else co_so + rand_days(3, 30)
        f["lead_so"], f["co_so"], f["sub"] = lead_so, co_so, sub
    # HMICFRS status date
    if it["hs"] == OPEN_AR:
        hd = pub + rand_days(1, 6)
    elif it["hs"] == OPEN_BP:
        hd = pub + rand_days(25, 120)
    elif f is not None and f["done"] and f.get("sub"):
        hd = clip(f["sub"] + rand_days(30, 200), LIST_DATE)
    else:
        hd = clip(pub + rand_days(400, 1500), LIST_DATE)
    it["hdate"] = hd
    if f is not None:
        upd = clip(max(pub, TRACKER_DATE - rand_days(20, 200)), TRACKER_DATE - dt.timedelta(8))
        note = f["note"]
        if note is None:
            note = pick(DONE_NOTES) if f["done"] else pick(OPEN_NOTES)
        elif note == "LOCAL":
            note = pick(LOCAL_OPEN_NOTES)
        f["note_txt"] = fill_note(note, f.get("lead_so", upd) if f["done"] else upd)

# ----------------------------------------------------------------------------------------------
# HMICFRS register export (CSV)
# ----------------------------------------------------------------------------------------------
OUT.mkdir(parents=True, exist_ok=True)
H_COLS = ["ID", "Force", "Report title", "Publication date", "Type", "Cause of concern",
          "Recommendation", "Status", "Status date", "Comment"]
hitems = sorted(ITEMS, key=lambda x: x["id"])
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(H_COLS)
for n, it in enumerate(hitems, start=2):
    it["hrow"] = f"hmicfrs.csv!{n}"
    w.writerow([it["id"], FORCE, REPORTS[it["rep"]][0], ordinal(it["pub"]), it["type"],
                it["coc"] or "", it["text"], it["hs"], ordinal(it["hdate"]), it["hc"]])
(OUT / "hmicfrs.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))

# ----------------------------------------------------------------------------------------------
# Force tracker (xlsx)
# ----------------------------------------------------------------------------------------------
FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF"}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws.merge_cells("A1:N1")
ws["A1"] = f"{FORCE} – HMICFRS Recommendations and Areas for Improvement: Force Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:N2")
ws["A2"] = (f"Maintained by Strategic Development (Inspection & Audit Liaison). Last updated "
            f"{fmt(TRACKER_DATE)}. Prepared for the Joint Independent Audit Committee, "
            f"December 2023. OFFICIAL")
ws["A2"].font = Font(italic=True)
ws["A3"] = "RAG key:"
ws["A3"].font = Font(bold=True)
KEY = [("C3", "GREEN", "GREEN – The recommendation is implemented"),
       ("F3", "AMBER", "AMBER – Subject to ongoing work and monitoring; anticipated it will be "
                       "implemented"),
       ("I3", "RED", "RED – Beyond designated deadline or cannot / will not be implemented "
                     "(rationale required)"),
       ("L3", "WHITE", "WHITE – Not Lincolnshire Police's responsibility to deliver, or "
                       "dependent upon another organisation")]
for ref, rag, txt in KEY:
    ws[ref] = txt
    ws[ref].fill = PatternFill("solid", fgColor=FILL[rag])
    ws[ref].alignment = Alignment(wrap_text=True, vertical="center")
    ws[ref].border = BORDER
ws.row_dimensions[3].height = 45

HEAD = {  # column: (row-5 label, row-6 label or None when merged vertically)
    "A": ("Report", None), "B": ("Published", None), "C": ("No.", None),
    "D": ("HMICFRS ID", None), "E": ("Type", None),
    "F": ("Recommendation / Area for Improvement (HMICFRS wording)", None),
    "G": ("Ownership", "Chief Officer Lead"), "H": (None, "Delivery Lead"),
    "I": ("Progress update", None), "J": ("RAG", None), "K": ("Target date", None),
    "L": ("Closure sign-off", "Lead officer"), "M": (None, "Chief officer"),
    "N": (None, "Submitted to HMICFRS"),
}
for col, (top, bottom) in HEAD.items():
    if top is not None:
        ws[f"{col}5"] = top
    if bottom is not None:
        ws[f"{col}6"] = bottom
    else:
        ws.merge_cells(f"{col}5:{col}6")
    for r in (5, 6):
        c = ws[f"{col}{r}"]
        c.fill, c.font, c.border = HEAD_FILL, HEAD_FONT, BORDER
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
ws.merge_cells("G5:H5")
ws.merge_cells("L5:N5")
WIDTH = dict(A=9, B=10, C=6, D=10, E=14, F=70, G=18, H=24, I=48, J=9, K=13, L=24, M=24, N=13)
for col, wd in WIDTH.items():
    ws.column_dimensions[col].width = wd

TYPE_WORD = {REC: "Recommendation", AFI: "AFI", NAT: "National rec"}
truth: list[tuple[str, str, str, str]] = []
force_only_lines: list[tuple[str, str, str, str]] = []
row = 7
by_block: dict[str, list] = {k: [] for k in BLOCK_ORDER}
for it in ITEMS:
    if it["f"] is not None and not it["f"]["block"]:
        by_block[it["rep"]].append(("item", it))
for it in ITEMS:     # items the force filed under another report: added at the block's foot
    if it["f"] is not None and it["f"]["block"]:
        by_block[it["f"]["block"]].append(("item", it))
for fo in FORCE_ONLY:
    by_block[fo[0]].append(("local", fo))


def put(r, col, value, fmt_=None):
    c = ws[f"{col}{r}"]
    c.value = value
    c.alignment = WRAP
    c.border = BORDER
    if fmt_:
        c.number_format = fmt_
    return c


def rag_cell(r, rag):
    c = put(r, "J", rag)
    c.fill = PatternFill("solid", fgColor=FILL[rag])
    c.alignment = Alignment(horizontal="center", vertical="top")


def target_cell(r, text, pub, is_afi):
    t = target_for(text, pub)
    if t is None:
        if is_afi and rng.random() < 0.55:
            put(r, "K", "No deadline set by HMICFRS")
        else:
            put(r, "K", dt.datetime.combine(add_months(pub, 12), dt.time()), "dd/mm/yyyy")
    else:
        put(r, "K", dt.datetime.combine(t, dt.time()), "dd/mm/yyyy")


def signoff(r, f, co_lead):
    if not f["done"]:
        for col in "LMN":
            put(r, col, None)
        return
    put(r, "L", f"{f['lead']} {fmt(f['lead_so'])}")
    put(r, "M", "Pending sign off" if f["pending"] else f"{co_lead} {fmt(f['co_so'])}")
    put(r, "N", dt.datetime.combine(f["sub"], dt.time()) if f["sub"] else None, "dd/mm/yyyy")


def category(it):
    f = it["f"]
    if f is None:
        return "missing_from_force"
    if f.get("conflict"):
        return "conflict"
    h_open = it["hs"] != CLOSED
    f_done = f["done"]
    if h_open and f_done:
        return "closeable_submit"
    if not h_open and not f_done:
        return "closeable_local"
    return "in_sync"


def why(it, extra=""):
    f = it["f"]
    h = f"HMICFRS {it['id']} '{it['hs']}'"
    if f is None:
        return f"{h}; no row in the force tracker (no {REPORTS[it['rep']][2]!r} entry for it)"
    fw = f"force RAG {f['rag']}" + (" (done)" if f["done"] else " (open)")
    if f.get("conflict"):
        return f"{h}, {fw}; conflict: {f['conflict']}"
    cat = category(it)
    bits = {"closeable_submit": "force records it done, HMICFRS still open - submit for closure",
            "closeable_local": "HMICFRS closed it, force still open - close locally",
            "in_sync": "both open" if it["hs"] != CLOSED else "both closed/done"}[cat]
    how = "matched by HMICFRS ID" if f["fid"] is True or f["fid"] == it["id"] else \
        "matched by text within the report block (no ID recorded)"
    d = DRIFT.get(it["id"])
    extra = f"; {d}" if d else extra
    return f"{h}, {fw}; {bits}; {how}{extra}"


for bkey in BLOCK_ORDER:
    entries = by_block[bkey]
    if not entries:
        continue
    title, pub, bname, co_lead = REPORTS[bkey]
    start = row
    no = 0
    la = 0
    for kind, obj in entries:
        if kind == "item":
            it, f = obj, obj["f"]
            no += 1
            ftype = f["ftype"] or TYPE_WORD[it["type"]]
            fid = it["id"] if f["fid"] is True else (f["fid"] or None)
            if f["rag"] == "SPLIT":
                first = row
                for k, (bul, rag) in enumerate(zip(CDI_BULLETS, SPLIT_RAG)):
                    r = first + k
                    txt = (CDI_STEM + " " + bul) if k == 0 else "• " + bul
                    put(r, "F", txt)
                    put(r, "H", f["lead"] if k != 3 else "D/Supt Safeguarding")
                    upd = TRACKER_DATE - rand_days(20, 120)
                    put(r, "I", fill_note(SPLIT_NOTES[k], upd))
                    rag_cell(r, rag)
                    target_cell(r, CDI_STEM, pub, False)
                    if rag == "GREEN":
                        d = clip(pub + rand_days(200, 900), dt.date(2023, 9, 1))
                        put(r, "L", f"{f['lead']} {fmt(d)}")
                    else:
                        put(r, "L", None)
                    put(r, "M", None)
                    put(r, "N", None)
                    cat = category(it)
                    truth.append((it["hrow"], f"{SHEET}!{r}", "in_sync",
                                  f"HMICFRS {it['id']} 'Being progressed'; force split the "
                                  f"recommendation into one row per bullet ({chr(97 + k)}), "
                                  f"No./ID/Type/Chief Officer merged down rows {first}-"
                                  f"{first + 4}; bullets RAG "
                                  f"{'/'.join(SPLIT_RAG)}: bullet 4 still AMBER so the force "
                                  f"item is open, as is HMICFRS - in sync"))
                last = first + 4
                for col, val in (("C", str(no)), ("D", fid), ("E", ftype), ("G", co_lead)):
                    put(first, col, val)
                    for r in range(first + 1, last + 1):
                        put(r, col, None)
                    ws.merge_cells(f"{col}{first}:{col}{last}")
                row = last + 1
                continue
            text = f["text"] if f["text"] is not None else it["text"]
            put(row, "C", str(no))
            put(row, "D", fid)
            put(row, "E", ftype)
            put(row, "F", text)
            put(row, "G", co_lead)
            put(row, "H", f["lead"])
            put(row, "I", f["note_txt"])
            rag_cell(row, f["rag"])
            target_cell(row, text, pub, it["type"] == AFI)
            signoff(row, f, co_lead)
            truth.append((it["hrow"], f"{SHEET}!{row}", category(it), why(it)))
            it["frow"] = row
            row += 1
        else:
            _, ftype, text, rag, area, note, reason = obj
            la += 1
            done = rag in DONE_RAG
            lead = pick(DELIVERY_LEADS[area])
            upd = TRACKER_DATE - rand_days(20, 200)
            put(row, "C", f"LA{la}" if ftype == "Local action" else str(no + 1))
            if ftype != "Local action":
                no += 1
            put(row, "D", None)
            put(row, "E", ftype)
            put(row, "F", text)
            put(row, "G", co_lead)
            put(row, "H", lead)
            d = clip(pub + rand_days(120, 500), dt.date(2023, 9, 1)) if done else upd
            put(row, "I", fill_note(note, d))
            rag_cell(row, rag)
            if ftype == "Local action":
                put(row, "K", dt.datetime.combine(add_months(max(pub, dt.date(2022, 6, 1)),
                                                             rng.randint(6, 12)),
                                                  dt.time()), "dd/mm/yyyy")
            else:
                target_cell(row, text, pub, False)
            fo = dict(done=done, pending=False, lead=lead, lead_so=d,
                      co_so=d + rand_days(5, 20), sub=None)
            if done and ftype != "Local action":
                fo["sub"] = fo["co_so"] + rand_days(3, 30)
            signoff(row, fo, co_lead)
            force_only_lines.append(("", f"{SHEET}!{row}", "not_on_hmicfrs_list", reason))
            row += 1
    end = row - 1
    ws[f"A{start}"] = bname
    ws[f"A{start}"].alignment = Alignment(text_rotation=90, horizontal="center",
                                          vertical="center", wrap_text=True)
    ws[f"A{start}"].font = Font(bold=True)
    ws[f"B{start}"] = dt.datetime.combine(pub, dt.time())
    ws[f"B{start}"].number_format = "mmm yyyy"
    ws[f"B{start}"].alignment = Alignment(horizontal="center", vertical="center")
    for r in range(start, end + 1):
        ws[f"A{r}"].border = BORDER
        ws[f"B{r}"].border = BORDER
    if end > start:
        ws.merge_cells(f"A{start}:A{end}")
        ws.merge_cells(f"B{start}:B{end}")
    row += 1            # one blank separator row between report blocks
last_row = row - 2
ws.freeze_panes = "C7"
ws.auto_filter.ref = f"A6:N{last_row}"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "5:6"

# Summary sheet (formulas only, no items)
sm = wb.create_sheet("Summary")
sm["A1"] = "HMICFRS tracker – summary for JIAC"
sm["A1"].font = Font(bold=True, size=12)
sm["A3"], sm["B3"] = "RAG", "Rows"
for c in ("A3", "B3"):
    sm[c].font = Font(bold=True)
for i, rag in enumerate(["GREEN", "AMBER", "RED", "WHITE"], start=4):
    sm[f"A{i}"] = rag
    sm[f"A{i}"].fill = PatternFill("solid", fgColor=FILL[rag])
    sm[f"B{i}"] = f"=COUNTIF('{SHEET}'!J7:J{last_row},\"{rag}\")"
sm["A8"] = "Total"
sm["B8"] = "=SUM(B4:B7)"
sm["A10"] = "Submitted to HMICFRS, awaiting closure"
sm["B10"] = f"=COUNT('{SHEET}'!N7:N{last_row})"
sm["A11"] = "Pending chief officer sign off"
sm["B11"] = f"=COUNTIF('{SHEET}'!M7:M{last_row},\"Pending sign off\")"
sm.column_dimensions["A"].width = 42

wb.properties.creator = "Strategic Development"
wb.properties.lastModifiedBy = "Inspection & Audit Liaison"
wb.properties.created = dt.datetime(2019, 4, 1, 8, 0, 0)
wb.properties.title = "HMICFRS Tracker"

raw = io.BytesIO()
wb.save(raw)
# make the zip deterministic: fixed entry timestamps and fixed modified date
src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
dst_buf = io.BytesIO()
with zipfile.ZipFile(dst_buf, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2023-11-14T09:30:00Z\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
(OUT / "tracker.xlsx").write_bytes(dst_buf.getvalue())

# ----------------------------------------------------------------------------------------------
# truth.csv: HMICFRS order (with force row or empty), then force-only rows
# ----------------------------------------------------------------------------------------------
lines = []
for it in hitems:
    mine = [t for t in truth if t[0] == it["hrow"]]
    if mine:
        lines.extend(mine)
    else:
        lines.append((it["hrow"], "", "missing_from_force", why(it)))
lines.extend(force_only_lines)
tb = io.StringIO()
tw = csv.writer(tb, lineterminator="\n")
tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
tw.writerows(lines)
(OUT / "truth.csv").write_text(tb.getvalue(), encoding="utf-8")

if __name__ == "__main__":
    from collections import Counter
    print(len(hitems), "HMICFRS items;", sum(1 for l in lines if l[1]), "force item rows;",
          "last tracker row", last_row)
    print(Counter(l[2] for l in lines))
