"""Build the evaluation case `ref_only_in_link` (round 21).

Staffordshire Police keeps an xlsx tracker with no reference column. Its column
"HMICFRS page" holds, on most rows, a hyperlink to the item's page on the HMICFRS
website; the register reference is only inside the link address. The HMICFRS side is
the register export as xlsx.

Run:  /work/main/.venv/bin/python build_ref_only_in_link.py
Rebuilds the case folder byte for byte (fixed seed, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import importlib.util
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

# Real public texts: national.py from the casegen text lists, loaded by path (no package
# import), and one cause of concern copied from force.py.
_spec = importlib.util.spec_from_file_location(
    "national_texts", "/work/main/reconcile/casegen/texts/national.py")
_nat = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_nat)
NATIONAL, BWV_2021, CONTROL_ROOM, EVERYONE_PLAN, FIREARMS, SAS_MONITORING_2017, SF_LEADERSHIP = (
    _nat.NATIONAL, _nat.BWV_2021, _nat.CONTROL_ROOM, _nat.EVERYONE_PLAN, _nat.FIREARMS,
    _nat.SAS_MONITORING_2017, _nat.SF_LEADERSHIP)
CAUSE_MISSING_CHILDREN = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")

SEED = 2121
CASE = "ref_only_in_link"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Staffordshire Police"
SLUG = "staffordshire"
FIXED_TIME = (2025, 11, 24, 9, 0, 0)
FIXED_ISO = "2025-11-24T09:00:00Z"

rng = random.Random(SEED)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------- reports
# key -> (register title, published, tracker's own name)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": (NATIONAL["everyone"][0], dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "core": (NATIONAL["core"][0], dt.date(2014, 9, 4), "Core business"),
    "integrity": (NATIONAL["integrity"][0], dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": (NATIONAL["sas15"][0], dt.date(2015, 3, 24), "Stop & search powers 2"),
    "picture": (NATIONAL["picture"][0], dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": (NATIONAL["firearms"][0], dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "L15": ("PEEL: Police legitimacy 2015", dt.date(2016, 2, 11), "PEEL Legitimacy 2015"),
    "Ef16": ("PEEL: Police efficiency 2016", dt.date(2016, 11, 3), "PEEL Efficiency 2016"),
    "L16": ("PEEL: Police legitimacy 2016", dt.date(2016, 12, 8), "PEEL Legit 16"),
    "E16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Eff 2016"),
    "stolen": (NATIONAL["stolen"][0], dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": (NATIONAL["efc17"][0], dt.date(2017, 11, 9), "PEEL Efficiency 17 (all forces)"),
    "leg17": (NATIONAL["leg17"][0], dt.date(2017, 12, 12), "PEEL Legit 17 S&S"),
    "N18": ("National child protection inspection 2018", dt.date(2018, 6, 14), "NCPI 2018"),
    "C18": ("Report on an unannounced inspection visit to police custody suites 2018",
            dt.date(2018, 8, 21), "Custody inspection 2018"),
    "P18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2),
            "PEEL 2018/19"),
    "CDI19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 12), "CDI 2019"),
    "powers": (NATIONAL["powers"][0], dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "P21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 13),
            "PEEL 21/22"),
    "P23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2024, 5, 16),
            "PEEL 2023/24"),
}


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


MISSING_CHILDREN_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action")
CDI_BODY = (
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
    "to the victim or the wider public are identified and appropriately managed")
CUSTODY_CHILDREN = (
    "The force should in conjunction with children’s social care services, review how it "
    "manages the detention of children. As a minimum it should:• ensure that all children are "
    "only detained when absolutely necessary and for the absolute minimum amount of time;• "
    "ensure that officers and staff in the custody suite assess at an early stage a child’s need "
    "for alternative accommodation (secure or otherwise) and work with children’s social care "
    "services to achieve the most appropriate option for the child;• ensure that custody staff "
    "make a record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are arrested.")
DA_INFORMED = ("The force should make sure victims of domestic abuse are kept informed about the "
               "progress of their case, in line with the Code of Practice for Victims of Crime.")
RASSO_ALLOC = ("The force should make sure investigations of rape and serious sexual offences "
               "are allocated to officers with the right skills and are effectively supervised.")

# Register comments (wording from the public register, see research notes §1.2)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")
C_SUPER_PEEL = ("Superseded. This area for improvement has been carried forward into the PEEL "
                "2023/24 inspection and will be monitored against that report.")
C_SUPER_COC = ("Superseded by the cause of concern and recommendations in the PEEL 2018/19 "
               "report; this record will not be monitored further.")

# ---------------------------------------------------------------- HMICFRS items
# key, report, type, text, status, comment
H = [
    ("sas13_1", "sas13", NAT, nat("sas13", 0), "Complete", C_DONE),
    ("sas13_2", "sas13", NAT, nat("sas13", 1), "Complete", C_AUTH),
    ("sas13_3", "sas13", NAT, nat("sas13", 2), "Superseded", C_SUPER),
    ("everyone", "everyone", NAT, EVERYONE_PLAN, "Superseded", C_SUPER),
    ("core_1", "core", NAT, nat("core", 0), "Being progressed", C_REVIEW),
    ("integrity", "integrity", NAT, nat("integrity", 0), "Complete", C_DONE),
    ("sas15_1", "sas15", NAT, nat("sas15", 0), "Being progressed", C_MON),
    ("picture", "picture", NAT, nat("picture", 0), "Being progressed", C_MON),
    ("f1", "firearms", NAT, nat("firearms", 0), "Complete", C_DONE),
    ("f2", "firearms", NAT, FIREARMS, "Being progressed", C_MON),
    ("f3", "firearms", NAT, nat("firearms", 2), "Complete", C_AUTH),
    ("f4", "firearms", NAT, nat("firearms", 3), "Being progressed", C_MON),
    ("f5", "firearms", NAT, nat("firearms", 4), "Being progressed", C_MON),
    ("L15_1", "L15", AFI,
     "The force should establish or improve monitoring of the way officers stop and search "
     "people, so that it can be satisfied its officers are acting in accordance with the law "
     "(including equality legislation and the Code of Practice), and that the power is used "
     "effectively to prevent crime, catch criminals and maintain public trust.",
     "Being progressed", C_MON),
    ("Ef16_1", "Ef16", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     "Complete", C_DONE),
    ("Ef16_2", "Ef16", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     "Being progressed", C_MON),
    ("L16_1", "L16", AFI,
     "The force should ensure that all officers who use stop and search powers have been "
     "provided with, and understand, training on unconscious bias and College of Policing APP "
     "on stop and search.", "Being progressed", C_MON),
    ("L16_2", "L16", AFI,
     "Staffordshire Police should make sure it provides a confidential way for staff to raise "
     "concerns and that staff are aware of whistleblowing processes.", "Complete", C_DONE),
    ("E16_c", "E16", COC, CAUSE_MISSING_CHILDREN, "Superseded", C_SUPER_COC),
    ("E16_r", "E16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately "
     + MISSING_CHILDREN_BODY + ".", "Superseded", C_SUPER_COC),
    ("E16_a1", "E16", AFI,
     "The force should take steps to ensure that there is effective supervision of the initial "
     "risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases.", "Complete", C_DONE),
    ("E16_a2", "E16", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Being progressed", C_MON),
    ("s1", "stolen", NAT, SF_LEADERSHIP, "Being progressed", C_MON),
    ("s2", "stolen", NAT, nat("stolen", 1), "Being progressed", C_MON),
    ("s3", "stolen", NAT, nat("stolen", 2), "Complete", C_DONE),
    ("s4", "stolen", NAT, nat("stolen", 3), "Being progressed", C_MON),
    ("s5", "stolen", NAT, nat("stolen", 4), "No further action required",
     "No further action required. Force crime registrar audit (March 2024) provides assurance."),
    ("s6", "stolen", NAT, nat("stolen", 5), "Being progressed", C_MON),
    ("s7", "stolen", NAT, nat("stolen", 6), "Being progressed", C_MON),
    ("efc17", "efc17", NAT, nat("efc17", 0), "Being progressed", C_MON),
    ("leg_c", "leg17", COC, nat("leg17", 0), "Being progressed", C_MON),
    ("leg_2", "leg17", NAT, SAS_MONITORING_2017, "Being progressed", C_MON),
    ("leg_3", "leg17", NAT, nat("leg17", 2), "Being progressed", C_MON),
    ("leg_4", "leg17", NAT, nat("leg17", 3), "Complete", C_DONE),
    ("leg_5", "leg17", NAT, nat("leg17", 4), "Complete", C_DONE),
    ("N18_1", "N18", REC,
     "Within six months the force should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence and in order to "
     "safeguard victims better and to identify suspects as early as possible.",
     "Complete", C_DONE),
    ("C18_1", "C18", REC, CUSTODY_CHILDREN, "Being progressed", C_MON),
    ("P18_c", "P18", COC, "The size of the vetting backlog within Staffordshire Police is a "
     "cause of concern.", "Complete", C_DONE),
    ("P18_1", "P18", REC,
     "HMICFRS recommends that the force should immediately:ensure all staff have received at "
     "least the lowest level of vetting clearance for their roles as quickly as possible, "
     "working to clear both the vetting backlog and new vetting renewals when they become due "
     "so that it complies fully with the national vetting guidelines; and",
     "Complete", C_DONE),
    ("P18_2", "P18", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Being progressed", C_MON),
    ("CDI_1", "CDI19", REC, "Within six months the force should " + CDI_BODY + ".",
     "Being progressed", C_MON),
    ("CDI_2", "CDI19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", C_AUTH),
    ("p1", "powers", NAT, nat("powers", 0), "Being progressed", C_MON),
    ("p2", "powers", NAT, nat("powers", 1), "Being progressed", C_MON),
    ("p3", "powers", NAT, BWV_2021, "Being progressed", C_MON),
    ("p4", "powers", NAT, nat("powers", 3), "Being progressed", C_MON),
    ("p5", "powers", NAT, nat("powers", 4), "Being progressed", C_MON),
    ("P21_1", "P21", AFI, DA_INFORMED, "Superseded", C_SUPER_PEEL),
    ("P21_2", "P21", AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about county lines drug dealing.", "Being progressed", C_MON),
    ("P21_3", "P21", AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", "Complete", C_DONE),
    ("P21_4", "P21", AFI, "The force should make sure it records reports of anti-social "
     "behaviour accurately and without delay.", "Being progressed", C_MON),
    ("P21_5", "P21", AFI, "The force should make sure the corporate risk register is actively "
     "used to mitigate and manage known risks.", "Being progressed", C_MON),
    ("P21_6", "P21", AFI, RASSO_ALLOC, "Being progressed", C_MON),
    ("P23_1", "P23", AFI, DA_INFORMED, "Awaiting review", C_NEW),
    ("P23_2", "P23", AFI, RASSO_ALLOC, "Awaiting review", C_NEW),
    ("P23_3", "P23", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Awaiting review", C_NEW),
    ("P23_4", "P23", AFI,
     "The force should make sure it provides accessible information for all staff and members "
     "of the public on how they can raise concerns and access confidential support (including "
     "through external agencies).", "Awaiting review", C_NEW),
    ("P23_5", "P23", AFI, "The force should make sure it consistently uses ancillary orders and "
     "other powers to protect victims of stalking and harassment.", "Being progressed", C_MON),
    ("P23_6", "P23", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving people with mental ill health.", "Being progressed", C_MON),
    ("P23_7", "P23", AFI, CONTROL_ROOM, "Being progressed", C_MON),
]
H_BY_KEY = {h[0]: h for h in H}
assert len(H_BY_KEY) == len(H)

# Register IDs: plain integers, unique across the register, drawn by year, rising within a report.
ORDER = sorted(H, key=lambda h: (REPORTS[h[1]][1], [x[0] for x in H].index(h[0])))
EXTRA_IDS = ["core_2", "cautions14"]          # referenced by the tracker, not on the list
IDS: dict[str, int] = {}
_used: set[int] = set()


def _new_id(lo: int, hi: int) -> int:
    while True:
        v = rng.randint(lo, hi)
        if v not in _used:
            _used.add(v)
            return v


for h in ORDER:
    y = REPORTS[h[1]][1].year
    lo, hi = {2013: (700, 1600), 2014: (1800, 3900), 2015: (4100, 5800), 2016: (6100, 7400),
              2017: (7500, 8900), 2018: (9000, 9700), 2019: (9800, 10600),
              2021: (10700, 11400), 2022: (11500, 12600), 2024: (13000, 14200)}[y]
    IDS[h[0]] = _new_id(lo, hi)
IDS["core_2"] = _new_id(1800, 3900)
IDS["cautions14"] = _new_id(1800, 3900)
# keep the register's rising order within a report
for rep in REPORTS:
    keys = [h[0] for h in ORDER if h[1] == rep]
    vals = sorted(IDS[k] for k in keys)
    for k, v in zip(keys, vals):
        IDS[k] = v

OLD = "https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/{slug}/{id}/"
NEW = "https://hmicfrs.justiceinspectorates.gov.uk/recommendations/{slug}/{id}/"


def url(key: str, style: str = "new", slug: str = SLUG) -> str:
    u = (OLD if style == "old" else NEW).format(slug=slug, id=IDS[key])
    if style == "old-noslash":
        u = OLD.format(slug=slug, id=IDS[key]).rstrip("/")
    if style == "http":
        u = NEW.format(slug=slug, id=IDS[key]).replace("https://", "http://")
    return u


# ---------------------------------------------------------------- force rows
# Each: dict(sheet, report, type, text, link=(kind, key/url, style, shown), lead, rag,
#            update, hkey (None = not on list), cat, why)
LEGACY = "Legacy register item – see link"
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Director of Finance", "Supt Firearms Licensing"]


def R(sheet, report, typ, text, link, lead, rag, update, hkey, cat, why):
    return dict(sheet=sheet, report=report, type=typ, text=text, link=link, lead=lead, rag=rag,
                update=update, hkey=hkey, cat=cat, why=why)


T, A = "Tracker", "Completed"
V = "View on HMICFRS"
SAS_PUBLIC = ("CCs to comply with the Code of Practice by explaining to the public how S&S powers "
              "are used locally & by arranging for S&S records to be scrutinised by community "
              "reps (involving those stopped & searched, e.g. young people)")
SAS_MONITOR = ("Establish or improve monitoring of the way officers stop & search people, so we "
               "can be satisfied officers act in accordance with the law (incl. equality "
               "legislation & Code of Practice) and the power is used effectively")
SAS_TRAINING = ("Ensure all officers who use S&S powers have been provided with, and understand, "
                "training on unconscious bias & CoP APP on S&S")
ISA = ("Within 6 months have active ISAs in place with other agencies for speedy exchange of "
       "intelligence, to safeguard victims better & identify suspects as early as possible")
RASSO_F = ("Investigations of RASSO to be allocated to officers with the right skills and "
           "effectively supervised")

F = [
    # ---- legacy block: imported from the old register in 2019; report and type left blank
    R(T, LEGACY, None, SAS_MONITOR, ("link", "L15_1", "old", "addr"), "ACC Local Policing",
      "AMBER", "Monitoring in place; BWV review of S&S encounters not yet embedded (see Police "
      "powers spotlight items).", "L15_1", "in_sync",
      "link ref = PEEL legitimacy 2015 AFI (open); force AMBER. Text identical to the row for "
      "the 2013 national rec: only the link tells them apart"),
    R(T, LEGACY, None, SAS_PUBLIC, ("link", "sas15_1", "old", "addr"), "ACC Local Policing",
      "GREEN", "External S&S scrutiny panel meets quarterly incl. youth members; records "
      "dip-sampled. Proposed for closure.", "sas15_1", "closeable_submit",
      "link ref = Stop and search powers 2 (2015) item, HMICFRS Being progressed; force GREEN. "
      "Same force text as the 2013 row: only the link tells them apart"),
    R(T, LEGACY, None, "CCs & CoP to set out in the S&S APP a clear specification of what "
      "constitutes effective & fair use of S&S powers, compliant with the Code of Practice",
      ("link", "sas13_1", "old", "addr"), "ACC Local Policing", "GREEN",
      "APP on stop and search published by CoP; force policy aligned 2017.", "sas13_1",
      "in_sync", "link ref = S&S 2013 national rec 1, Complete; force GREEN"),
    R(T, LEGACY, None, SAS_TRAINING, ("link", "leg_5", "old", "addr"),
      "Head of Learning & Development", "AMBER",
      "Refresher training being scheduled for new student officer intakes.", "leg_5",
      "closeable_local",
      "link ref = PEEL legitimacy 2017 national rec (training), HMICFRS Complete; force AMBER. "
      "Same force text as the PEEL Legit 2016 AFI row: only the link tells them apart"),
    R(T, LEGACY, None, SAS_PUBLIC, ("link", "sas13_3", "old", "addr"), "ACC Local Policing",
      "AMBER", "Youth panel being re-established with the OPCC.", "sas13_3", "closeable_local",
      "link ref = S&S 2013 national rec 3, HMICFRS Superseded; force AMBER. Same force text "
      "as the 2015 row: only the link tells them apart"),
    R(T, LEGACY, None, "Ensure crime prevention / disruption activity is systematically "
      "recorded and evaluated to determine the effectiveness of tactics",
      ("link", "core_2", "old", "addr"), "Head of Corporate Development", "AMBER",
      "Problem-solving database (POP) live; evaluation template under review.", None,
      "not_on_hmicfrs_list",
      "link ref is a Core Business item that is not on the definitive list (closed and "
      "dropped by HMICFRS); no list item has this text"),
    R(T, LEGACY, None, SAS_TRAINING, ("link", "L16_1", "old", "addr"),
      "Head of Learning & Development", "GREEN",
      "All S&S-trained officers completed the CoP unconscious bias module (98% compliance, "
      "March 2024).", "L16_1", "closeable_submit",
      "link ref = PEEL legitimacy 2016 AFI, HMICFRS Being progressed; force GREEN"),
    R(T, LEGACY, None, "Publish a DA action plan setting out the steps the force will take to "
      "improve its approach to DA (consult PCC, DA support orgs & victims' reps)",
      ("link", "everyone", "old", "addr"), "Ch Supt Public Protection", "GREEN",
      "DA action plan published 2014; superseded by VAWG delivery plan.", "everyone", "in_sync",
      "link ref = Everyone's business, HMICFRS Superseded; force GREEN (closed both sides)"),
    R(T, LEGACY, None, SAS_MONITOR, ("link", "sas13_2", "old", "addr"), "ACC Local Policing",
      "GREEN", "S&S scrutiny board in place since 2015; quarterly disproportionality report.",
      "sas13_2", "in_sync",
      "link ref = S&S 2013 national rec 2, Complete; force GREEN. Text identical to the PEEL "
      "Legitimacy 2015 row"),
    # ---- firearms
    R(T, "Firearms licensing 2015", "National rec",
      "Within 6 months, CCs to assess demand on the firearms licensing dept & ensure it has "
      "capacity to meet demand and give an efficient & effective service at all times",
      ("link", "f2", "new", V), "Supt Firearms Licensing", "AMBER",
      "Demand review commissioned; 2 additional enquiry officers funded from April.", "f2",
      "conflict",
      "link ref = firearms rec 2; timescale differs: HMICFRS 'Within three months', tracker "
      "'Within 6 months'"),
    R(T, "Firearms licensing 2015", "National rec",
      "Immediately, satisfy ourselves all appropriate action is being taken re 'total expired' "
      "licensing records", ("link", "f3", "new", V), "Supt Firearms Licensing", "AMBER",
      "Backlog of 37 total expired records; weekly review with the licensing manager.", "f3",
      "closeable_local", "link ref = firearms rec 3, HMICFRS Complete; force AMBER"),
    R(T, "Firearms licensing 2015", "National rec",
      "Temporary permits in accordance with HO guidance, recorded without delay on NFLMS, and "
      "systems to ensure certificate holders are never in unlawful possession of a firearm",
      ("link", "f4", "new", V), "Supt Firearms Licensing", "AMBER",
      "Work undertaken in area but still requires development to complete.", "f4", "in_sync",
      "link ref = firearms rec 4, Being progressed; force AMBER"),
    R(T, "Firearms licensing 2015", "National rec",
      "Systems to identify before attendance whether an incident involves / is at the address "
      "of a firearm certificate holder, always applied by dispatchers; officers understand the "
      "risk assessment and power to seize", ("link", "f5", "new", V), "Supt Contact Centre",
      "GREEN", "STORM flag for certificate holders live since January 2025; briefing complete. "
      "Submitted for closure.", "f5", "closeable_submit",
      "link ref = firearms rec 5, HMICFRS Being progressed; force GREEN"),
    # ---- PEEL effectiveness 2016
    R(T, "PEEL Eff 2016", "CoC",
      "Response to missing & absent children is a cause of concern: risk assessment "
      "inappropriate in some cases; children classed as 'absent' who should have been "
      "'missing'", ("link", "E16_c", "new", "Link"), "Ch Supt Public Protection", "AMBER",
      "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.", "E16_c",
      "closeable_local", "link ref = PEEL effectiveness 2016 cause of concern, Superseded; force "
      "AMBER"),
    R(T, "PEEL Eff 2016", "Rec",
      "Review approach to missing children reports: call takers use the missing/absent "
      "category appropriately; call takers & frontline staff can identify CSE risk factors; "
      "supervisors oversee missing enquiries & direct timely action",
      ("link", "E16_r", "new", "Link"), "Ch Supt Public Protection", "AMBER",
      "Absent category withdrawn nationally; missing persons policy rewrite in consultation.",
      "E16_r", "closeable_local", "link ref = PEEL effectiveness 2016 recommendation, "
      "Superseded; force AMBER (all three bullets present)"),
    R(T, "PEEL Eff 2017", "AFI",
      "Improve supervision of investigations so investigation plans are set, reviewed & "
      "recorded and victims receive a consistently good service",
      ("link", "E16_a2", "new", "Link"), "Det Ch Supt Force CID", "AMBER",
      "Investigation standards audit Q3: 71% of plans reviewed by a supervisor within 7 days.",
      "E16_a2", "conflict",
      "link ref = PEEL effectiveness 2016 AFI (Being progressed) but the tracker files it under "
      "PEEL Eff 2017: report differs (status agrees, open both)"),
    # ---- Stolen Freedom: one row per bullet for the leadership rec, then the rest
    R(T, "Stolen Freedom (MSHT) 2017", "National rec",
      "Within 12 months review MSHT leadership & governance so that: senior leaders "
      "prioritise the response to MSHT", ("link", "s1", "new", V), "Det Ch Supt Force CID",
      "GREEN", "MSHT now a control strategy priority; ACC Crime is the strategic lead.", "s1",
      "in_sync", "bullet 1 of 4 of the leadership rec (same link ref); item open on HMICFRS and "
      "still open in the tracker overall (bullets 2 and 4 AMBER)"),
    R(T, "Stolen Freedom (MSHT) 2017", "National rec",
      "...every MSHT incident identified to police is allocated appropriate resources with the "
      "skills, experience & capacity to investigate it effectively", ("link", "s1", "new", V),
      "Det Ch Supt Force CID", "AMBER", "Little work yet undertaken in this area. Unlikely to "
      "reach deadlines.", "s1", "in_sync", "bullet 2 of 4, same link ref; open both"),
    R(T, "Stolen Freedom (MSHT) 2017", "National rec",
      "...effective partnership arrangements to co-ordinate activity, share information & "
      "safeguard victims", ("link", "s1", "new", V), "Det Ch Supt Force CID", "GREEN",
      "Anti-slavery partnership chaired by the OPCC meets bi-monthly.", "s1", "in_sync",
      "bullet 3 of 4, same link ref; GREEN bullet but the item is open in the tracker overall"),
    R(T, "Stolen Freedom (MSHT) 2017", "National rec",
      "...performance & QA measures in place so senior leaders can assess the nature & quality "
      "of the service to victims", ("link", "s1", "new", V), "Det Ch Supt Force CID", "AMBER",
      "Performance measures drafted for the Crime Standards Board.", "s1", "in_sync",
      "bullet 4 of 4, same link ref; open both"),
    R(T, "Stolen Freedom (MSHT) 2017", "National rec", ISA, ("link", "s2", "new", V),
      "Head of Intelligence", "AMBER", "ISA with the county councils signed; Border Force and "
      "GLAA agreements outstanding.", "s2", "in_sync",
      "link ref = Stolen Freedom info-sharing rec, Being progressed; force AMBER. Force text "
      "near-identical to the NCPI 2018 row"),
    R(T, "Stolen Freedom (MSHT) 2017", "National rec",
      "Immediately, ensure full compliance with the NRM process & the duty to notify the HO of "
      "any adult suspected to be a victim of MSHT (MSA 2015)", ("link", "s4", "new", V),
      "Det Ch Supt Force CID", "GREEN", "Completed. Evidence submitted to HMICFRS for closure.",
      "s4", "closeable_submit", "link ref = NRM rec, HMICFRS Being progressed; force GREEN"),
    R(T, "Stolen Freedom (MSHT) 2017", "National rec",
      "Immediately, ensure full compliance with NCRS for MSHT offences & sufficient audit "
      "capacity for the FCR", ("link", "s5", "new", V), "Force Crime Registrar", "AMBER",
      "FCR audit of MSHT crimes scheduled Q1 2026.", "s5", "closeable_local",
      "link ref = NCRS rec, HMICFRS 'No further action required'; force AMBER"),
    R(T, "Stolen Freedom (MSHT) 2017", "National rec",
      "Immediately, ensure MSHT allegations are thoroughly investigated & effectively "
      "supervised by teams with the right skills & experience (incl. JITs / overseas evidence)",
      ("link", "s5", "new", V), "Det Ch Supt Force CID", "AMBER",
      "Dedicated MSHT investigation team in Force CID from June 2025.", "s6", "conflict",
      "text is the investigation rec (Being progressed; open both) but the hyperlink was "
      "copied down from the row above and points to the NCRS rec: reference differs"),
    # ---- PEEL efficiency / legitimacy 2017 national
    R(T, "PEEL Efficiency 17 (all forces)", "National rec",
      "By Sept 2018 produce an ambitious plan to improve digitally-enabled services within the "
      "force", ("nolink", None, None, V), "Head of Corporate Development", "AMBER",
      "Digital strategy refreshed 2024; online reporting via Single Online Home.", "efc17",
      "in_sync", "cell shows 'View on HMICFRS' but holds no hyperlink (pasted as values); "
      "matched on text; Being progressed vs AMBER"),
    R(T, "PEEL Legit 17 S&S", "CoC",
      "Concern that forces cannot demonstrate S&S use is consistently reasonable & fair; "
      "over-representation of BAME people (black people in particular) in S&S data",
      ("link", "leg_c", "new", V), "ACC Local Policing", "AMBER",
      "Disproportionality ratio 3.1 (2024/25); scrutiny panel reviewing.", "leg_c", "in_sync",
      "link ref = cause of concern, Being progressed; force AMBER"),
    R(T, "PEEL Legit 17 S&S", "National rec",
      "By July 2018 regularly monitor a comprehensive set of S&S data to understand: reasons "
      "for disproportionality; find rates by ethnicity & search type (incl. drug possession vs "
      "supply); prevalence of possession-only drug searches", ("link", "leg_2", "new", V),
      "ACC Local Policing", "GREEN", "Quarterly S&S dashboard live (Power BI). Ready to move to "
      "GREEN status - proposed for closure.", "leg_2", "closeable_submit",
      "link ref = S&S monitoring rec, HMICFRS Being progressed; force GREEN"),
    R(T, "PEEL Legit 17 S&S", "National rec",
      "Where monitoring identifies disparities, show the public we have researched the reasons "
      "& taken action to reduce the disparity",
      ("url", "https://www.justiceinspectorates.gov.uk/hmicfrs/?recommendation-theme=stop-search",
       None, "Link"), "ACC Local Policing", "AMBER",
      "Research with Keele University under way.", "leg_3", "in_sync",
      "link is to the register's stop-search theme page, no reference; matched on text; "
      "Being progressed vs AMBER"),
    # ---- NCPI / custody / PEEL 2018/19 / CDI 2019
    R(T, "NCPI 2018", "Rec", ISA, ("link", "N18_1", "http", V), "Ch Supt Public Protection",
      "GREEN", "MASH ISA signed with both local authorities (Staffordshire and Stoke-on-Trent).",
      "N18_1", "in_sync", "link ref = NCPI 2018 rec, Complete; force GREEN. Force text identical "
      "to the Stolen Freedom info-sharing row"),
    R(T, "Custody inspection 2018", "Rec",
      "With children's social care, review how we manage detention of children: detain only "
      "when absolutely necessary; early assessment of need for alternative accomodation; "
      "record all actions & decisions; timely appropriate adult support",
      ("link", "C18_1", "new", V), "Ch Insp Custody", "AMBER",
      "Concordat on children in custody signed; PACE bed availability still an issue.",
      "C18_1", "in_sync", "link ref = custody rec, Being progressed; force AMBER"),
    R(T, "PEEL 2018/19", "AFI",
      "Improve ability to retrieve digital evidence from mobile phones, computers & other "
      "devices quickly enough so investigations aren't delayed",
      ("url", "https://hmicfrs.justiceinspectorates.gov.uk/publications/"
       "peel-assessment-2018-19-staffordshire/", None, "Link"), "Det Ch Supt Force CID",
      "GREEN", "Digital forensics hub and kiosks in every LPA; backlog cleared. Pending sign off "
      "by the chief officer lead.", "P18_2", "closeable_submit",
      "link is to the report's publication page, no reference; matched on text; HMICFRS Being "
      "progressed, force GREEN"),
    R(T, "CDI 2019", "Rec",
      "Within 6 months, arrangements so that: victims are believed at the point of report; "
      "call handler conversations summarised accurately in the incident log; multiple crimes "
      "always recorded; no waiting for medical / video interview results before recording",
      ("link", "CDI_1", "new", V), "Force Crime Registrar", "AMBER",
      "Crime recording audit shows 91% compliance; action plan owned by the FCR.", "CDI_1",
      "conflict", "link ref = CDI rec 1 (Being progressed; open both) but the tracker drops the "
      "fifth bullet (online reports triaged at receipt): missing bullet"),
    R(T, "CDI 2019", "Rec",
      "Within 3 months give call-handlers specific, sound & comprehensible criteria to assess "
      "threat, harm & risk (THRIVE)", ("link", "CDI_2", "new", V), "Supt Contact Centre",
      "AMBER", "THRIVE+ refresher for call handlers being rolled out.", "CDI_2",
      "closeable_local", "link ref = CDI rec 2, HMICFRS Complete; force AMBER. Near-identical "
      "to the Core Business national rec (Completed sheet)"),
    # ---- police powers spotlight 2021
    R(T, "Police powers spotlight (Feb 21)", "National rec",
      "By July 2022 ensure officers & staff have effective communication skills in line with "
      "the National Policing Guidelines on Conflict Management", ("link", "p1", "new", "addr"),
      "Head of Learning & Development", "AMBER", "Included in 2025/26 officer safety training.",
      "p1", "in_sync", "link ref = powers rec 1, Being progressed; force AMBER"),
    R(T, "Police powers spotlight (Feb 21)", "National rec",
      "By July 2021 reinforce communication skills through CPD; supervisors supported to "
      "routinely debrief officers using BWV footage", ("link", "p2", "new", "addr"),
      "Head of Learning & Development", "GREEN", "CPD module and supervisor BWV debrief guide "
      "in place. Complete.", "p2", "closeable_submit",
      "link ref = powers rec 2, HMICFRS Being progressed; force GREEN"),
    R(T, "Police powers spotlight (Feb 21)", "National rec",
      "By Sept 2021: officers record on BWV the entirety of all S&S encounters, incl. traffic "
      "stops & use of force incidents", ("link", "p3", "new", "addr"), "ACC Local Policing",
      "GREEN", "BWV policy mandates recording of all S&S encounters.", "p3", "closeable_submit",
      "part 1 of 3 of the BWV rec (link ref = powers rec 3); all three parts GREEN, HMICFRS "
      "Being progressed"),
    R(T, "Police powers spotlight (Feb 21)", "National rec",
      "By Sept 2021: structured process for regularly reviewing a sufficient sample of BWV "
      "footage to identify learning & hold officers to account", ("blank", None, None, None),
      "ACC Local Policing", "GREEN", "Monthly supervisor BWV dip-sample embedded.", "p3",
      "closeable_submit", "part 2 of 3 of the BWV rec, no link; matched on text; all parts GREEN"),
    R(T, "Police powers spotlight (Feb 21)", "National rec",
      "By Sept 2021: external scrutiny panel members given access to samples of BWV footage "
      "of S&S and use of force (with CoP APP safeguards)", ("blank", None, None, None),
      "ACC Local Policing", "GREEN", "Panel views footage at every meeting.", "p3",
      "closeable_submit", "part 3 of 3 of the BWV rec, no link; matched on text; all parts GREEN"),
    R(T, "Police powers spotlight (Feb 21)", "National rec",
      "HO & NPCC to ensure quality of data on use of force in S&S is sufficient for "
      "publication", ("link", "p4", "new", "addr"), None, "WHITE",
      "Not the force's responsibility to deliver; dependent upon another organisation.", "p4",
      "closeable_submit", "link ref = powers rec 4 (for the Home Office/NPCC), HMICFRS Being "
      "progressed; force WHITE = not the force's to deliver, i.e. done"),
    R(T, "Police powers spotlight (Feb 21)", "National rec",
      "By July 2021, effective internal monitoring of use of force to identify & understand "
      "disproportionate use, explain the reasons & implement improvement action",
      ("link", "p5", "new", "addr"), "ACC Local Policing", "AMBER",
      "Use of force data now in the S&S dashboard; reasons analysis outstanding.", "p5",
      "in_sync", "link ref = powers rec 5, Being progressed; force AMBER"),
    # ---- PEEL 2021/22
    R(T, "PEEL 21/22", "AFI", "Improve how we gather, assess & act on intelligence about county "
      "lines", ("link", "P21_2", "new", V), "Head of Intelligence", "GREEN",
      "Intelligence collection plan for county lines adopted. Proposed for closure.", "P21_2",
      "closeable_submit", "link ref = PEEL 21/22 AFI, HMICFRS Being progressed; force GREEN"),
    R(T, "PEEL 21/22", "Local", "Appoint a single point of contact for county lines drug "
      "dealing in each local policing area", ("blank", None, None, None), "Head of Intelligence",
      "AMBER", "SPOCs named for 3 of 4 LPAs.", None, "not_on_hmicfrs_list",
      "force's own local action under the PEEL 21/22 block; not an HMICFRS item"),
    R(T, "PEEL 21/22", "AFI", "Enough specialist capacity & capability to investigate online "
      "CSA", ("link", "P21_3", "new", V), "Ch Supt Public Protection", "AMBER",
      "POLIT uplift of 4 DCs approved; recruitment under way.", "P21_3", "closeable_local",
      "link ref = PEEL 21/22 AFI, HMICFRS Complete; force AMBER"),
    R(T, "PEEL 21/22", "AFI", "Record reports of ASB accurately & without delay",
      ("link", "P21_4", "new", V), "Force Crime Registrar", "AMBER",
      "ASB recording audit due Jan 2026.", "P21_4", "in_sync",
      "link ref = PEEL 21/22 AFI, Being progressed; force AMBER"),
    R(T, "PEEL 21/22", "AFI", "Corporate risk register actively used to mitigate & manage known "
      "risks", ("link", "P21_5", "new", V), "Head of Corporate Development", "AMBER",
      "Risk register reviewed at every Force Executive Board from Sept 2025.", "P21_5",
      "in_sync", "link ref = PEEL 21/22 AFI, Being progressed; force AMBER"),
    R(T, "PEEL 21/22", "AFI", RASSO_F, ("link", "P21_6", "new", V), "Det Ch Supt Force CID",
      "GREEN", "Op Soteria model adopted; RASSO investigations allocated to the specialist "
      "team.", "P21_6", "closeable_submit",
      "link ref = PEEL 21/22 RASSO AFI, HMICFRS Being progressed; force GREEN. Same text as "
      "the PEEL 2023/24 row, which has no link"),
    # ---- PEEL 2023/24
    R(T, "PEEL 2023/24", "AFI", "Victims of DA kept informed about the progress of their case "
      "in line with the Victims' Code", ("link", "P23_1", "new", V), "Ch Supt Public Protection",
      "AMBER", "Victim contact compliance 78%; VCOP reminders built into Niche tasks.", "P23_1",
      "in_sync", "link ref = PEEL 2023/24 AFI (Awaiting review); force AMBER. The identical "
      "PEEL 21/22 AFI (Superseded) is not tracked"),
    R(T, "PEEL 2023/24", "AFI", RASSO_F, ("blank", None, None, None), "Det Ch Supt Force CID",
      "AMBER", "Carried forward from PEEL 21/22.", "P23_2", "in_sync",
      "no link; text identical to the PEEL 21/22 row and to both HMICFRS items; the report "
      "column (PEEL 2023/24) decides: Awaiting review vs AMBER"),
    R(T, "PEEL 2023/24", "AFI", "Monitor team cultures, incl. through staff feedback, and take "
      "prompt remedial action on any issues identified", ("link", "P23_3", "new", V),
      "Director of People", "AMBER", "Pulse survey quarterly from 2025.", "P23_3", "in_sync",
      "link ref = PEEL 2023/24 AFI, Awaiting review; force AMBER"),
    R(T, "PEEL 2023/24", "AFI", "Consistently use ancillary orders & other powers to protect "
      "victims of stalking & harassment", ("link", "P23_5", "new", V),
      "Ch Supt Public Protection", "GREEN", "SPO applications up 60%; stalking clinic "
      "established. Complete.", "P23_5", "closeable_submit",
      "link ref = PEEL 2023/24 AFI, HMICFRS Being progressed; force GREEN"),
    R(T, "PEEL 2023/24", "Force action", "Task & Finish group to review the stalking and "
      "harassment policy and report to the Force Executive Team", ("blank", None, None, None),
      "Ch Supt Public Protection", "AMBER", "T&F group met twice; report due Feb 2026.", None,
      "not_on_hmicfrs_list", "force's own action under the PEEL 2023/24 block"),
    R(T, "PEEL 2023/24", "Force action", "Dip-sample 50 domestic abuse crime reports each "
      "quarter and report findings to the Crime Standards Board", ("blank", None, None, None),
      "Force Crime Registrar", "GREEN", "Q1 and Q2 dip samples reported.", None,
      "not_on_hmicfrs_list", "force's own action under the PEEL 2023/24 block"),
    R(T, "PEEL 2023/24", "AFI", "Improve timeliness of response to calls for service involving "
      "people with mental ill health (RCRP)", ("link", "P23_6", "new", V),
      "Supt Contact Centre", "AMBER", "Right Care Right Person phase 2 go-live March 2026.",
      "P23_6", "in_sync", "link ref = PEEL 2023/24 AFI, Being progressed; force AMBER"),
    R(T, "PEEL 2023/24", "AFI", "Sufficient resources in the control room to fulfil its "
      "resourcing model & meet demand, taking account of workforce wellbeing",
      ("link", "P23_7", "new", V), "Supt Contact Centre", "AMBER",
      "Control room establishment +12 FTE agreed in MTFP.", "P23_7", "in_sync",
      "link ref = PEEL 2023/24 AFI, Being progressed; force AMBER"),
    # ---- Completed (archive) sheet
    R(A, "Core business", "National rec",
      "Not later than 31 Mar 2015, forces using a THRR policy to give call-handlers specific, "
      "sound & comprehensible criteria to assess threat, harm and risk",
      ("link", "core_1", "old", V), "Supt Contact Centre", "Complete",
      "THRIVE adopted 2015.", "core_1", "closeable_submit",
      "link ref = Core Business rec, HMICFRS Being progressed; force Complete. Near-identical "
      "to the CDI 2019 rec (Tracker sheet)"),
    R(A, "Integrity Matters 2015", "National rec",
      "By 31 Aug 2015 satisfy ourselves that misconduct investigations resulting in 'no further "
      "action' are fair & free of discrimination", ("link", "integrity", "old", V),
      "Head of Professional Standards", "Complete", "PSD NFA dip-sample by the ethics panel.",
      "integrity", "in_sync", "link ref = Integrity matters rec, Complete both"),
    R(A, "Firearms licensing 2015", "National rec",
      "Assess governance of firearms licensing against APP; put correct arrangements in place "
      "where not compliant", ("link", "f1", "old-noslash", V), "Supt Firearms Licensing",
      "Complete", "APP gap analysis completed 2016.", "f1", "in_sync",
      "link ref (no trailing slash) = firearms rec 1, Complete both"),
    R(A, "PEEL Efficiency 2016", "AFI",
      "Fuller understanding of current & likely future demand so resources can be matched to "
      "demand", ("link", "Ef16_1", "old", V), "Head of Corporate Development", "GREEN",
      "Force Management Statement process.", "Ef16_1", "in_sync",
      "link ref = PEEL efficiency 2016 AFI, Complete; force GREEN"),
    R(A, "PEEL Legit 16", "AFI",
      "Provide a confidential way for staff to raise concerns; ensure staff are aware of "
      "whistleblowing processes", ("link", "L16_2", "old", V), "Head of Professional Standards",
      "Complete", "Confidential reporting line (Integrity Line) launched.", "L16_2", "in_sync",
      "link ref = PEEL legitimacy 2016 AFI, Complete both"),
    R(A, "PEEL Eff 2016", "AFI",
      "Effective supervision of initial risk assessment, specifically DASH completion in "
      "appropriate cases", ("link", "E16_a1", "old", V), "Ch Supt Public Protection",
      "Complete", "DASH supervisory review mandatory on Niche.", "E16_a1", "in_sync",
      "link ref = PEEL effectiveness 2016 AFI, Complete both"),
    R(A, "Stolen Freedom (MSHT) 2017", "National rec",
      "Immediately ensure victims committing offences under compulsion get early & continuing "
      "consideration of the s45 defence", ("link", "s3", "new", V), "Head of Criminal Justice",
      "Complete", "CPS/force s45 protocol in place.", "s3", "in_sync",
      "link ref = section 45 rec, Complete both"),
    R(A, "PEEL Legit 17 S&S", "National rec",
      "Publish S&S analysis & actions at least annually, from July 2018",
      ("link", "leg_4", "new", V), "ACC Local Policing", "Complete",
      "Annual S&S report on force website.", "leg_4", "in_sync",
      "link ref = publish-annually rec, Complete both"),
    R(A, "PEEL 2018/19", "AFI",
      "Ensure all staff have at least the lowest level of vetting clearance for their roles; "
      "clear the vetting backlog & renewals in line with national vetting guidelines",
      ("link", "P18_1", "new", V), "Head of Professional Standards", "Complete",
      "Backlog cleared Dec 2020.", "P18_1", "conflict",
      "link ref = PEEL 2018/19 vetting item; closed both but type differs: HMICFRS "
      "Recommendation (under a cause of concern), tracker AFI"),
    R(A, "CDI 2014", "Rec",
      "Revise approach to cautions, cannabis warnings & PNDs: clear, auditable explanation to "
      "the offender; victim's views considered for victim-based crime",
      ("link", "cautions14", "old", V), "Head of Criminal Justice", "Complete",
      "Out of court disposals scrutiny panel in place.", None, "not_on_hmicfrs_list",
      "link ref is not on the definitive list (closed by HMICFRS and dropped); no list item "
      "has this text"),
]

# sanity: every HMICFRS key referenced exists
for r in F:
    assert r["hkey"] is None or r["hkey"] in H_BY_KEY, r["hkey"]
    if r["link"][0] == "link":
        assert r["link"][1] in IDS

# ---------------------------------------------------------------- style helpers
RAG_FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF",
            "Complete": "92D050"}
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")


def fixed_zip(path: Path) -> None:
    """Rewrite the xlsx zip with fixed timestamps and fixed docProps dates."""
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                                 lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3),
                                 content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, content)
    path.write_bytes(buf.getvalue())


def new_wb() -> Workbook:
    wb = Workbook()
    wb.properties.creator = "Staffordshire Police"
    wb.properties.created = dt.datetime(2025, 11, 24, 9, 0, 0)
    wb.properties.modified = dt.datetime(2025, 11, 24, 9, 0, 0)
    return wb


# ---------------------------------------------------------------- HMICFRS workbook
def build_hmicfrs() -> dict[str, str]:
    wb = new_wb()
    ws = wb.active
    ws.title = "Recommendations"
    ws["A1"] = f"HMICFRS monitoring: recommendations and areas for improvement – {FORCE}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Extracted 24/11/2025 08:47. Includes items closed in the last 24 months."
    hdr = ["ID", "Force", "Inspection / report", "Published", "Type",
           "Recommendation / area for improvement", "Status", "Status date", "HMICFRS comment"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = HDR_FONT
        c.fill = HDR_FILL
    rows: dict[str, str] = {}
    items = sorted(H, key=lambda h: (REPORTS[h[1]][1], IDS[h[0]]))
    for h in items:
        key, rep, typ, text, status, comment = h
        title, pub, _ = REPORTS[rep]
        if status in ("Awaiting review",):
            sdate = pub + dt.timedelta(days=rng.randint(20, 60))
        else:
            sdate = dt.date(2025, rng.randint(1, 10), rng.randint(1, 28))
            if status in ("Complete", "Superseded") and pub.year < 2020 and rng.random() < 0.5:
                sdate = dt.date(rng.randint(pub.year + 1, 2024), rng.randint(1, 12),
                                rng.randint(1, 28))
        ws.append([IDS[key], FORCE, title, pub,
                   typ, text, status, sdate, comment])
        r = ws.max_row
        rows[key] = f"Recommendations!{r}"
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        for c in ws[r]:
            c.alignment = WRAP
    for col, w in zip("ABCDEFGHI", (8, 22, 40, 12, 22, 90, 18, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    path = OUT / "hmicfrs.xlsx"
    wb.save(path)
    fixed_zip(path)
    return rows


# ---------------------------------------------------------------- tracker workbook
def write_link_cell(cell, link) -> None:
    kind, a, style, shown = link
    if kind == "blank":
        return
    if kind == "nolink":
        cell.value = shown
        return
    target = url(a, style) if kind == "link" else a
    cell.value = target if shown == "addr" else shown
    cell.hyperlink = target
    cell.style = "Hyperlink"


def build_tracker() -> dict[int, str]:
    wb = new_wb()
    ws = wb.active
    ws.title = T
    wa = wb.create_sheet(A)
    hdr = ["Report", "Type", "Recommendation / AFI", "HMICFRS page", "Lead", "RAG", "Update"]
    ws["A1"] = "Staffordshire Police – HMICFRS recommendations & AFIs tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Organisational Learning & Assurance Team. Last updated 21/11/2025 for the Joint "
                "Audit Committee (December 2025)")
    ws.append([])
    ws.append(hdr)
    wa["A1"] = "Completed items (moved from live tracker once GREEN / Complete)"
    wa["A1"].font = Font(bold=True, size=12)
    wa.append(hdr)
    for sh, hr in ((ws, 4), (wa, 2)):
        for c in sh[hr]:
            c.font = HDR_FONT
            c.fill = HDR_FILL
    out: dict[int, str] = {}
    for i, r in enumerate(F):
        sh = ws if r["sheet"] == T else wa
        sh.append([r["report"], r["type"], r["text"], None, r["lead"], r["rag"], r["update"]])
        row = sh.max_row
        write_link_cell(sh.cell(row, 4), r["link"])
        rag = sh.cell(row, 6)
        if r["rag"] in RAG_FILL:
            rag.fill = PatternFill("solid", fgColor=RAG_FILL[r["rag"]])
        for c in sh[row]:
            c.alignment = WRAP
        out[i] = f"{sh.title}!{row}"
    # notes and legend below the live tracker (not items)
    ws.append([])
    ws.append(["Notes"])
    ws.cell(ws.max_row, 1).font = BOLD
    ws.append(["Rows marked 'Legacy register item – see link' were imported from the old "
               "HMICFRS recommendations register in 2019; open the link for the report and "
               "register reference."])
    ws.append(["RAG key: GREEN – implemented; AMBER – ongoing work, expected to be implemented; "
               "RED – beyond deadline or cannot be implemented (rationale required); WHITE – not "
               "Staffordshire Police's responsibility to deliver."])
    for col, w in zip("ABCDEFG", (30, 13, 80, 34, 26, 10, 60)):
        ws.column_dimensions[col].width = w
        wa.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    path = OUT / "tracker.xlsx"
    wb.save(path)
    fixed_zip(path)
    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs()
    frows = build_tracker()
    lines = []
    seen_h = set()
    for i, r in enumerate(F):
        hk = r["hkey"]
        lines.append((hrows[hk] if hk else "", frows[i], r["cat"], r["why"]))
        if hk:
            seen_h.add(hk)
    for h in sorted(H, key=lambda h: hrows[h[0]]):
        if h[0] not in seen_h:
            lines.append((hrows[h[0]], "", "missing_from_force",
                          MISSING_WHY.get(h[0], "on the HMICFRS list, no tracker row")))
    def sk(line):
        a = line[0] or line[1]
        s, n = a.split("!")
        return (0 if line[0] else 1, s, int(n), line[1])
    lines.sort(key=sk)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


MISSING_WHY = {
    "picture": "Building the Picture rec (Being progressed): no tracker row",
    "s7": "Stolen Freedom preventative powers rec (Being progressed): no tracker row",
    "Ef16_2": "PEEL efficiency 2016 workforce plan AFI (Being progressed): no tracker row",
    "P18_c": "PEEL 2018/19 cause of concern (vetting backlog, Complete): the force tracked only "
             "its recommendation, not the cause of concern itself",
    "P21_1": "PEEL 21/22 DA AFI (Superseded): not tracked; its identical twin in PEEL 2023/24 is "
             "tracked with a link to the 2023/24 reference",
    "P23_4": "PEEL 2023/24 raise-concerns AFI (Awaiting review): no tracker row",
}

if __name__ == "__main__":
    main()
