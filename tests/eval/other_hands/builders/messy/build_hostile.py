"""Case hostile_layout: a police force's tracker workbook with every layout habit that gets in
the way of reading it (cover sheet, title block above a row-6 header, merged report cells,
hidden rows and column, frozen panes, autofilter, totals row, an Archive sheet), against an
HMICFRS definitive list whose first sheet is notes."""

from __future__ import annotations

import os
import random
import re
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from common import T, FRow, HItem, abbreviate, build_truth, misspell, real, retype, truncate

random.seed(240112)
OUT = "/tmp/indep/messy/hostile_layout"
os.makedirs(OUT, exist_ok=True)
B = T.BODIES
FORCE, AREA, NEIGH = "Staffordshire Police", "Staffordshire", "West Midlands Police"
NAT, REC, AFI, COC = "National recommendation", "Recommendation", "Area for improvement", \
    "Cause of concern"
BP, AR, CP, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"
OPEN_WORDS = {BP, AR}

# ---- the HMICFRS definitive list -------------------------------------------------------
H: list[HItem] = []
HK: dict[str, HItem] = {}
NEXT_ID = [2311]


def h(key, report, pub, typ, text, status):
    NEXT_ID[0] += random.randint(7, 160)
    it = HItem(key, NEXT_ID[0], report, pub, typ, text, status, status in OPEN_WORDS)
    H.append(it)
    HK[key] = it


def nat(rep_key, idx):
    title, (y, m, d_), items = T.NATIONAL[rep_key]
    return title, date(y, m, d_), items[idx][0], items[idx][1]


NATKEYS = [
    ("n1", "sas13", 0, CP), ("n2", "sas13", 1, CP), ("n3", "sas13", 2, CP),
    ("e1", "everyone", 0, CP),
    ("au1", "austerity", 0, SU), ("au2", "austerity", 1, CP), ("au3", "austerity", 2, CP),
    ("au4", "austerity", 3, SU),
    ("co1", "core", 0, CP), ("co2", "core", 1, BP),
    ("in1", "integrity", 0, CP), ("s15", "sas15", 0, CP), ("pi1", "picture", 0, CP),
    ("f1", "firearms", 0, CP), ("f2", "firearms", 1, BP), ("f3", "firearms", 2, CP),
    ("f4", "firearms", 3, BP), ("f5", "firearms", 4, CP),
    ("st1", "stolen", 0, BP), ("st2", "stolen", 1, BP), ("st3", "stolen", 2, BP),
    ("st4", "stolen", 3, CP), ("st5", "stolen", 4, BP), ("st6", "stolen", 5, BP),
    ("st7", "stolen", 6, BP),
    ("ef1", "efc17", 0, BP),
    ("lg0", "leg17", 0, BP), ("lg1", "leg17", 1, BP), ("lg2", "leg17", 2, CP),
    ("lg3", "leg17", 3, BP), ("lg4", "leg17", 4, CP),
    ("pw1", "powers", 0, BP), ("pw2", "powers", 1, BP), ("pw3", "powers", 2, BP),
    ("pw4", "powers", 3, CP), ("pw5", "powers", 4, BP),
]
NATIONAL_ITEMS = {}
for key, rk, i, st in NATKEYS:
    title, pub, typ, text = nat(rk, i)
    NATIONAL_ITEMS[key] = (title, pub, typ, text, st)

R_E16 = ("PEEL: Police effectiveness 2016", date(2017, 3, 2))
R_F17 = ("PEEL: Police efficiency 2017", date(2017, 11, 9))
R_L17 = ("PEEL: Police legitimacy 2017", date(2017, 12, 12))
R_E17 = ("PEEL: Police effectiveness 2017", date(2018, 3, 22))
R_C18 = ("National child protection inspection 2018", date(2018, 6, 14))
R_P18 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", date(2019, 5, 2))
R_CDI = ("Crime data integrity inspection 2019", date(2019, 9, 19))
R_P21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", date(2022, 5, 26))
R_P23 = ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", date(2023, 11, 9))


def tf(b):
    return "The force should " + b + "."


LOCAL = [
    ("p16c", R_E16, COC, T.CAUSES[1], CP),
    ("p16r", R_E16, REC, "To address this cause of concern, HMIC recommends the force should "
     "immediately " + B[19] + ".", CP),
    ("p16d", R_E16, REC, "HMIC recommends that within six months the force should: " + B[41] + ";",
     BP),
    ("p16a", R_E16, AFI, tf(B[16]), CP),
    ("p16b", R_E16, AFI, tf(B[17]), SU),
    ("e17a", R_F17, AFI, tf(B[11]), CP),
    ("e17b", R_F17, AFI, tf(B[12]), CP),
    ("e17c", R_F17, AFI, tf(B[13]), BP),
    ("e17d", R_F17, AFI, f"{FORCE} should {B[40]}.", BP),
    ("l17a", R_L17, AFI, tf(B[15]), BP),
    ("l17b", R_L17, AFI, tf(B[10]), CP),
    ("l17c", R_L17, AFI, tf(B[58]), CP),
    ("l17d", R_L17, AFI, tf(B[25]), BP),
    ("p17a", R_E17, REC, "Immediately, the force should " + B[52].format(neighbour=NEIGH) + ".",
     CP),
    ("p17b", R_E17, AFI, tf(B[30]), BP),
    ("c18a", R_C18, REC, f"Within six months {FORCE} should {B[35]}.", BP),
    ("c18b", R_C18, REC, "Immediately, the force should " + B[1] + ".", CP),
    ("c18c", R_C18, REC, "By December 2018, the force should " + B[7] + ".", BP),
    ("c18d", R_C18, REC, "Within twelve months, the force should " + B[51] + ".", CP),
    ("p18a", R_P18, AFI, tf(B[0]), BP),
    ("p18b", R_P18, AFI, tf(B[2]), CP),
    ("p18c", R_P18, AFI, tf(B[4]), BP),
    ("p18d", R_P18, AFI, tf(B[5]), CP),
    ("p18e", R_P18, AFI, tf(B[6]), BP),
    ("p18f", R_P18, AFI, tf(B[3].format(area=AREA)), SU),
    ("cdi1", R_CDI, REC, "Within six months the force should " + B[8] + ".", BP),
    ("cdi2", R_CDI, REC, "Within three months, the force should " + B[9] + ".", CP),
    ("cdi3", R_CDI, AFI, tf(B[14]), BP),
    ("p21a", R_P21, AFI, tf(B[21]), BP),
    ("p21b", R_P21, AFI, tf(B[22]), CP),
    ("p21c", R_P21, AFI, tf(B[23]), BP),
    ("p21d", R_P21, AFI, tf(B[24]), BP),
    ("p21e", R_P21, AFI, tf(B[29]), AR),
    ("p21f", R_P21, AFI, tf(B[27]), BP),
    ("p21g", R_P21, AFI, tf(B[26]), AR),
    ("p21h", R_P21, AFI, tf(B[20]), BP),
    ("p23a", R_P23, AFI, tf(B[55]), AR),
    ("p23b", R_P23, AFI, tf(B[56]), AR),
    ("p23c", R_P23, AFI, tf(B[28]), AR),
]
# register order: by publication date, national and force items interleaved
allspec = [(k, v[0], v[1], v[2], v[3], v[4]) for k, v in NATIONAL_ITEMS.items()]
allspec += [(k, r[0], r[1], typ, text, st) for k, r, typ, text, st in LOCAL]
allspec.sort(key=lambda x: x[2])
for k, rep, pub, typ, text, st in allspec:
    h(k, rep, pub, typ, text, st)
for it in H:
    it.status_date = (it.published if it.status == AR else
                      date(min(it.published.year + random.randint(1, 3), 2023),
                           random.randint(1, 12), random.randint(1, 28)))

wb = Workbook()
ws = wb.active
ws.title = "Notes"
notes = [
    "HMICFRS definitive list of recommendations and areas for improvement",
    f"Force: {FORCE}",
    "Extract taken: 2 February 2024",
    "",
    "This list shows every recommendation, area for improvement and cause of concern that "
    "HMICFRS holds against the force, including national recommendations made to all forces. "
    "Items are listed in order of the publication date of the report that made them.",
    "Please review the list before the next force liaison meeting and confirm for each open "
    "item whether the force considers it complete, with evidence, so that HMICFRS can update "
    "its records. Items closed by HMICFRS are shown for completeness.",
    "",
    "Status definitions:",
    "Awaiting review - new item; HMICFRS has not yet reviewed progress.",
    "Being progressed - HMICFRS is monitoring the force's progress.",
    "Complete - HMICFRS is satisfied that the item has been addressed.",
    "Superseded - the area has since been inspected again; any outstanding concern is recorded "
    "against the later report.",
]
for i, line in enumerate(notes, 1):
    ws.cell(i, 1, line)
ws["A1"].font = Font(bold=True, size=13)
ws.column_dimensions["A"].width = 120
ws2 = wb.create_sheet("Definitive list")
ws2.append(["Recommendation ID", "Force", "Report title", "Publication date", "Type", "Text",
            "Status", "Date of last status change"])
for c in ws2[1]:
    c.font = Font(bold=True)
for i, it in enumerate(H, start=2):
    ws2.append([it.ref, FORCE, it.report, it.published, it.type, it.text, it.status,
                it.status_date])
    it.row, it.sheet = i, "Definitive list"
    ws2.cell(i, 4).number_format = "dd/mm/yyyy"
    ws2.cell(i, 8).number_format = "dd/mm/yyyy"
    ws2.cell(i, 6).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFGH", (12, 20, 60, 14, 24, 90, 16, 14)):
    ws2.column_dimensions[col].width = w
ws2.freeze_panes = "A2"
wb.save(f"{OUT}/hmicfrs.xlsx")
IDS = {it.ref for it in H}

# ---- force-side text habits -------------------------------------------------------------


def oddcaps(s):
    for a, b_ in (("The force should", "The Force Should"), ("the force should", "the Force Should"),
                  ("forces should", "Forces Should"), ("HMIC recommends that", "HMIC Recommends That"),
                  ("chief constables should", "Chief Constables Should")):
        s = s.replace(a, b_)
    return s


def nostem(s):
    s = re.sub(r"^HMIC recommends that within six months the force should: ",
               "Within 6 months the force should ", s)
    s = re.sub(r"^To address this cause of concern, HMIC recommends the force should "
               r"immediately ", "Immediately ", s)
    return s


def bullets(text):
    """Split a bulleted text into its stem and bullets (force rows one per bullet)."""
    parts = [p.strip() for p in re.split(r"\s*•\s*", text) if p.strip()]
    return parts


def H_(key):
    return HK[key]


# ---- the force workbook ------------------------------------------------------------------
LEADS = [x for x in T.LEADS if x] + ["Supt Public Protection", "Head of Corporate Services"]
PROG = [p for p in T.PROGRESS if p and p != "xxx"]

# a row: dict(key, text, typ, ref, action, lead, rag, status, target, update, hidden, old, note)
# blocks: (tracker report name, date cell value, [rows])


def R(key, text, typ, rag, status, *, ref=None, action=None, lead=None, target=None,
      update=None, hidden=False, old=None, note=""):
    return dict(key=key, text=text, typ=typ, ref=ref, action=action, lead=lead, rag=rag,
                status=status, target=target, update=update, hidden=hidden, old=old, note=note)


def txt(key):
    return retype(H_(key).text)


def d(y, m, dd):
    return datetime(y, m, dd)


TRACKER = [
    ("Policing in Austerity 2014", "22/07/2014", [
        R("au2", truncate(oddcaps(txt("au2")), 120), "Nat Rec", "AMBER", "In Progress",
          action="Collaboration review with " + NEIGH + " - scope agreed", lead="DCC",
          target="31/03/2024", update="10/01/2024: Review paused pending regional programme."),
    ]),
    ("Targeting the Risk (Firearms Licensing) 2015", d(2015, 9, 15), [
        R("f2", abbreviate(txt("f2"), ["within three"]), "Nat Rec", "AMBER", "in progress",
          ref=True, action="Demand profile for firearms licensing; business case for 3 extra "
          "FEOs", lead="Supt Firearms Licensing", target=d(2024, 3, 31),
          update="08/01/2024: Backlog of renewals down to 212; business case at CMB in Feb."),
        R("f4", truncate(txt("f4"), 150), "Nat Rec", "GREEN", "Pending sign off", ref=True,
          action="Temporary permit process aligned to HO guidance; NFLMS entries audited",
          lead="Supt Firearms Licensing", target="Complete",
          update="Pending sign off by the chief officer lead.", hidden=True),
        R("f5", oddcaps(txt("f5")), "Nat Rec", "RED", "IN PROGRESS",
          action="xxx", lead="Supt Contact Centre", target="TBC",
          update="Little work yet undertaken in this area. Unlikely to reach deadlines."),
    ]),
    ("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking - "
     "published 24 October 2017", "24/10/2017", [
        R("st1", abbreviate("Within twelve months, forces should review their leadership and "
                            "governance arrangements for modern slavery and human trafficking, "
                            "to ensure that: senior leaders prioritise the response to modern "
                            "slavery and human trafficking;", ["modern slavery", "within twelve"]),
          "Nat Rec", "AMBER", "In Progress", action="MSHT gold group chaired by ACC Crime",
          lead="ACC Crime", target=d(2024, 6, 30), old="T-2018-041",
          update="05/12/2023: Gold group meets bi-monthly; terms of reference refreshed.",
          note="stem and bullet 1 of 4"),
        R("st1", "- every incident of modern slavery identified to police is allocated "
          "appropriate resources with the skills, experience and capacity to investigate it "
          "effectively;", "Nat Rec", "AMBER", "in progress", action="Allocation policy for MSHT "
          "crimes to specialist team", lead="Det Ch Supt Force CID", target="Q1 24/25",
          note="bullet 2 of 4"),
        R("st1", "- performance and quality assurance measures are in place to allow senior "
          "leaders to assess the nature and quality of the service provided to victims.",
          "Nat Rec", "AMBER", "In Progress", action="MSHT measures added to performance pack",
          lead="Head of Corporate Development", target=d(2024, 3, 31),
          note="bullet 4 of 4; bullet 3 (partnership arrangements) has no row"),
        R("st2", "Within 6 months, forces should have in place active ISAs with other agencies "
          "to facilitate speedy exchange of intelligence & in order to safeguard victims better "
          "& to identify suspects as early as possible", "Nat Rec", "AMBER", "In Progress",
          ref=True, action="ISAs with 3 local authorities - 2 signed", lead="Head of Intelligence",
          target="31/03/2024", update="Work undertaken in area but still requires development "
          "to complete."),
        R("st3", oddcaps(txt("st3")), "Nat Rec", "GREEN", "Complete", ref=True,
          action="s45 defence guidance issued; CPS liaison agreed", lead="Head of Criminal "
          "Justice", target=d(2023, 9, 30), update="Completed. Evidence submitted to HMICFRS "
          "for closure."),
        R("st4", abbreviate(txt("st4"), ["modern slavery", "Home Office"]), "Nat Rec", "AMBER",
          "in progress", action="NRM first responder training for response officers",
          lead="Ch Supt Public Protection", target="Jun-24",
          update="14/11/2023: 61% of response officers trained."),
        R("st5", truncate(txt("st5"), 140), "Nat Rec", "AMBER", "IN PROGRESS", ref=True,
          action="FCR audit of MSHT crimes each quarter", lead="Force Crime Registrar",
          target=d(2024, 4, 30), update="Allocated to the Force Crime Registrar."),
        R("st7", txt("st7"),
          "Nat Rec", "AMBER", "In Progress", action="xxx", lead="Det Ch Supt Force CID",
          target="TBC"),
    ]),
    ("PEEL Efficiency 17 (all forces)", "Nov 2017", [
        R("ef1", "By September 2019, chief constables should produce an ambitious plan to "
          "improve digitally-enabled services within their force.", "Nat Rec", "AMBER",
          "In Progress", action="Digital services roadmap", lead="Head of Corporate Development",
          target=d(2024, 9, 30), update="Addressed holistically as part of the force change "
          "programme."),
    ]),
    ("PEEL Legit 17 S&S", d(2017, 12, 12), [
        R("lg0", retype(H_("lg0").text), "CoC", "AMBER", "In Progress", ref=True,
          action="See recommendations below", lead="ACC Local Policing", target="Ongoing"),
        R("lg1", "By July 2018, all police forces across England & Wales should be regularly & "
          "frequently monitoring a comprehensive set of data & information on use of S&S powers "
          "to understand: the reasons for any disproportionate representation of different "
          "ethnic groups in the use of S&S;", "Nat Rec", "GREEN", "Complete",
          action="S&S disproportionality dashboard live", lead="ACC Local Policing",
          target=d(2018, 7, 31), update="Ready to move to GREEN status.", note="stem and bullet 1 of 3"),
        R("lg1", "- the extent to which find rates differ between people from different "
          "ethnicities, and across different types of searches (including separate "
          "identification of find rates for drug possession and supply-type offences);",
          "Nat Rec", "GREEN", "complete", action="Find-rate analysis by ethnicity and search "
          "type added to dashboard", lead="ACC Local Policing", target=d(2018, 7, 31),
          hidden=True, note="bullet 2 of 3 (row hidden)"),
        R("lg1", "- the prevalence of possession-only drug searches, and the extent to which "
          "these align with local or force level priorities.", "Nat Rec", "GREEN", "Complete",
          action="Quarterly report to S&S scrutiny panel", lead="ACC Local Policing",
          target="31/07/2018", note="bullet 3 of 3"),
        R("lg3", txt("lg3"), "Nat Rec", "AMBER", "in progress", action="Annual S&S report "
          "published on force website", lead="ACC Local Policing", target="Jul-24",
          update="2022/23 report drafted; not yet published."),
        R("lg4", abbreviate(txt("lg4"), ["stop and search", "College of Policing"]), "Nat Rec",
          "AMBER", "IN PROGRESS", ref=True, action="Unconscious bias e-learning for all S&S "
          "users", lead="Head of Learning & Development", target=d(2024, 3, 31),
          update="28/11/2023: 84% completion."),
    ]),
    ("Police powers spotlight (Feb 21)", "Feb 21", [
        R("pw1", oddcaps(txt("pw1")), "Nat Rec", "AMBER", "In Progress", ref=True,
          action="Communication skills module in officer safety training",
          lead="Head of Learning & Development", target=d(2024, 3, 31)),
        R("pw2", truncate(txt("pw2"), 130), "Nat Rec", "GREEN", "Pending sign off", ref=True,
          action="BWV debrief guide for sergeants", lead="Head of Learning & Development",
          target="Complete", update="Pending sign off by the chief officer lead."),
        R("pw3", "By September 2021, forces should: ensure that officers record on BWV (when "
          "this is available) the entirety of all S&S encounters, including traffic stops and "
          "use of force incidents.", "Nat Rec", "AMBER", "In Progress", ref=True,
          action="BWV activation compliance reports", lead="ACC Local Policing",
          target=d(2024, 3, 31), note="part 1 of 3"),
        R("pw3", "have a structured process for regularly reviewing and monitoring internally "
          "a sufficient sample of BWV footage to identify and disseminate learning and hold "
          "officers to account when behaviour falls below acceptable standards.", "Nat Rec",
          "GREEN", "Complete", action="Monthly BWV dip-sample by PSD", lead="Head of "
          "Professional Standards", target=d(2022, 3, 31), note="part 2 of 3"),
        R("pw3", "provide external scrutiny panel members with access to samples of BWV "
          "footage showing S&S encounters and use of force incidents, taking account of the "
          "safeguards in the College of Policing's APP.", "Nat Rec", "AMBER", "in progress",
          action="Panel viewing protocol", lead="ACC Local Policing", target="TBC",
          note="part 3 of 3"),
        R("pw5", txt("pw5"), "Nat Rec", "AMBER", "In Progress", ref="WRONG",
          action="Use of force monitoring board", lead="ACC Local Policing",
          target=d(2024, 6, 30), update="Use of force data now reviewed at quarterly board."),
    ]),
    ("PEEL Effectiveness 2016", "March 2017", [
        R("p16d", nostem(txt("p16d")).rstrip(";"), "AFI", "AMBER", "In Progress",
          action="DASH supervision audit each month", lead="Ch Supt Public Protection",
          target=d(2024, 2, 29), update="A Task & Finish group has been set up and a full "
          "implementation/project plan, policy rewrite and communications plan is now "
          "completed."),
        R("p16b", oddcaps(txt("p16b")), "AFI", "AMBER", "in progress",
          action="Victim withdrawal research with university partner", lead="Ch Supt Public "
          "Protection", target="31/05/2024"),
    ]),
    ("PEEL Efficiency 2017", d(2017, 11, 9), [
        R("e17c", truncate(txt("e17c"), 90), "AFI", "AMBER", "In Progress",
          action="Strategic workforce plan 2024-28", lead="Director of People",
          target=d(2024, 4, 30)),
        R("e17d", txt("e17d"), "AFI", "GREEN", "complete", action="Control room uplift of 14 "
          "call handlers", lead="Supt Contact Centre", target=d(2023, 10, 31),
          update="Completed. Evidence submitted to HMICFRS for closure.", hidden=True),
    ]),
    ("PEEL Legitimacy 2017", "Dec 2017", [
        R("l17a", oddcaps(txt("l17a")), "AFI", "RED", "in progress", action="Vetting backlog recovery "
          "plan", lead="Head of Professional Standards", target="31/03/2024",
          update="12/01/2024: Backlog 640 (from 1,100)."),
        R("l17d", txt("l17d"), "AFI", "AMBER", "In Progress", action="Team culture pulse "
          "survey", lead="Director of People", target=d(2024, 3, 31)),
    ]),
    ("NCPI 2018", d(2018, 6, 14), [
        R("c18a", misspell(retype(f"Within six months {FORCE} should in conjunction with "
                                  "children’s social care services, review how it manages the "
                                  "detention of children. As a minimum it should: ensure that "
                                  "all children are only detained when absolutely necessary and "
                                  "for the absolute minimum amount of time;"), ["necessary"]),
          "Rec", "AMBER", "In Progress", action="Custody detention of children audit",
          lead="Ch Insp Custody", target=d(2024, 3, 31), note="stem and bullet 1 of 4"),
        R("c18a", misspell("- ensure that officers and staff in the custody suite assess at an "
                           "early stage a child's need for alternative accommodation (secure or "
                           "otherwise) and work with children's social care services to achieve "
                           "the most appropriate option for the child;", ["accommodation"]),
          "Rec", "AMBER", "in progress", action="PACE transfer protocol with LA",
          lead="Ch Insp Custody", target="TBC", note="bullet 2 of 4"),
        R("c18a", "- ensure that custody staff make a record of all actions taken and decisions "
          "made on the relevant documentation;", "Rec", "GREEN", "Complete",
          action="Custody record template updated", lead="Ch Insp Custody",
          target=d(2019, 3, 31), note="bullet 3 of 4"),
        R("c18a", "- improve the timeliness of adequate appropriate adult support for children "
          "who are arrested", "Rec", "AMBER", "In Progress", action="AA contract review",
          lead="Head of Criminal Justice", target="Sep-24", note="bullet 4 of 4"),
        R("c18c", txt("c18c"), "Rec", "GREEN", "COMPLETE", action="RUI/bail review team",
          lead="Head of Criminal Justice", target=d(2023, 6, 30),
          update="Already complete / believed to be complete within short time scale (and "
          "within deadline)."),
    ]),
    ("PEEL 2018/19", "May 2019", [
        R("p18a", oddcaps(txt("p18a")), "AFI", "AMBER", "In Progress", ref=True,
          action="Investigative workload review", lead="Det Ch Supt Force CID",
          target=d(2024, 3, 31)),
        R("p18e", txt("p18e"), "AFI", "AMBER", "IN PROGRESS", action="xxx",
          lead="Head of Intelligence", target="TBC",
          update="Covered by the Vulnerability Improvement Delivery Plan; see latest plan "
          "update."),
        R("p18f", truncate(txt("p18f"), 100), "AFI", "AMBER", "in progress",
          action="Operating model review", lead="DCC", target="Mar-24", hidden=True),
        R("p21d", oddcaps(txt("p21d")), "AFI", "AMBER", "In Progress",
          action="Data quality improvement plan", lead="Head of Information Management",
          target=d(2024, 6, 30), note="filed under the PEEL 2018/19 block"),
    ]),
    ("CDI 2019", d(2019, 9, 19), [
        R("cdi1", "Within six months the force should put in place arrangements to ensure that: "
          "at the point of report, victims are believed;", "Rec", "GREEN", "Complete",
          ref=True, action="Victim belief principle in THRIVE training", lead="Force Crime "
          "Registrar", target=d(2020, 3, 31), note="stem and bullet 1 of 5"),
        R("cdi1", "- conversations between the call handlers and callers are summarised "
          "accurately in the incident log, thus providing attending officers with full facts "
          "on which to base crime-recording decisions;", "Rec", "GREEN", "complete",
          action="Contact centre QA", lead="Supt Contact Centre", target=d(2020, 3, 31),
          note="bullet 2 of 5"),
        R("cdi1", "- multiple crimes are always recorded when described within incident records "
          "or identified as part of other recorded crime investigations;", "Rec", "GREEN",
          "Complete", action="Crime recording audit", lead="Force Crime Registrar",
          target="31/03/2020", note="bullet 3 of 5"),
        R("cdi1", "- the practice of awaiting the results of medical examinations or video "
          "interviews before making crime-recording decisions is stopped;", "Rec", "GREEN",
          "COMPLETE", action="Policy change", lead="Force Crime Registrar",
          target="31/03/2020", note="bullet 4 of 5"),
        R("cdi1", "- online reports of crime are triaged at the point of receipt to ensure any "
          "ongoing risks to the victim or the wider public are identified and appropriately "
          "managed", "Rec", "GREEN", "Complete", action="Online crime triage desk",
          lead="Supt Contact Centre", target=d(2020, 6, 30), note="bullet 5 of 5"),
        R("cdi3", txt("cdi3"), "AFI", "AMBER", "In Progress", action="Niche case file "
          "workflow", lead="Head of Information Management", target=d(2024, 3, 31)),
    ]),
    ("PEEL: Effectiveness 2017", d(2018, 3, 22), [
        R("p17b", txt("p17b"), "AFI", "AMBER", "In Progress", action="Prevention strategy "
          "refresh", lead="ACC Local Policing", target="30/06/2024"),
    ]),
    ("PEEL 2021/22", d(2022, 5, 26), [
        R("p21a", oddcaps(txt("p21a")), "AFI", "AMBER", "In Progress", ref=True,
          action="Strategic Change Board oversight of all improvement plans", lead="DCC",
          target=d(2024, 3, 31)),
        R("p21b", oddcaps(txt("p21b")), "AFI", "GREEN", "COMPLETE", ref=True,
          action="Risk register reviewed at monthly CMB", lead="Head of Corporate Development",
          target=d(2023, 3, 31), update="Completed. Evidence submitted to HMICFRS for closure."),
        R("p21c", txt("p21c"), "AFI", "AMBER", "in progress", ref=True,
          action="Performance framework refresh", lead="Head of Corporate Development",
          target="Q4 23/24"),
        R("p21e", truncate(txt("p21e"), 95), "AFI", "AMBER", "In Progress", ref=True,
          action="Workforce diversity data audit", lead="Director of People",
          target=d(2024, 5, 31)),
        R("p21f", oddcaps(txt("p21f")), "AFI", "AMBER", "IN PROGRESS", ref=True,
          action="xxx", lead="Head of Professional Standards", target="TBC"),
        R("p21h", abbreviate(txt("p21h"), ["stop and search"]), "AFI", "AMBER", "In Progress",
          ref=True, action="S&S scrutiny panel terms of reference", lead="ACC Local Policing",
          target=d(2024, 3, 31)),
    ]),
    ("PEEL 2023/24", "09/11/2023", [
        R("p23a", txt("p23a"), "AFI", "RED", "in progress", action="xxx",
          lead="Head of Professional Standards", target="TBC",
          update="Awaiting allocation."),
    ]),
    ("Internal audit / JAC actions", None, [
        R(None, "Internal audit of the firearms licensing governance arrangements (audit plan "
          "2023/24)", "Audit", "AMBER", "In Progress", action="Management response agreed",
          lead="Supt Firearms Licensing", target=d(2024, 3, 31),
          note="internal audit action, not an HMICFRS item"),
        R(None, "JAC action: Task & Finish group to review the stalking and harassment policy "
          "and report to the Force Executive Team", "JAC", "AMBER", "in progress",
          action="T&F group meeting monthly", lead="Ch Supt Public Protection",
          target="30/04/2024", note="Joint Audit Committee action, not an HMICFRS item"),
        R(None, "Force improvement plan: Dip-sample 50 rape and serious sexual offences crime "
          "reports each quarter and report findings to the Crime Standards Board", "Local",
          "GREEN", "Complete", action="Dip-sample routine in place", lead="Force Crime Registrar",
          target=d(2023, 12, 31), note="force improvement-plan action, not an HMICFRS item"),
    ]),
]

ARCHIVE = [
    ("Stop and Search 2013", "Jul 2013", [
        R("n1", oddcaps(txt("n1")), "Nat Rec", "GREEN", "Complete", old="T-2013-001",
          action="APP adopted", lead="ACC Local Policing", target=d(2014, 3, 31)),
        R("n2", txt("n2"), "Nat Rec", "GREEN", "complete", old="T-2013-002",
          action="S&S monitoring group", lead="ACC Local Policing", target=d(2014, 3, 31)),
    ]),
    ("Everyone's Business (DA) 2014", d(2014, 3, 27), [
        R("e1", retype(T.EVERYONE_PLAN_RUN_ON), "Nat Rec", "GREEN", "Complete", old="T-2014-003",
          action="DA action plan published Sept 2014", lead="Ch Supt Public Protection",
          target=d(2014, 9, 30), note="force pasted the recommendation with the next "
          "paragraphs run on"),
    ]),
    ("Policing in Austerity 2014", "22/07/2014", [
        R("au1", truncate(txt("au1"), 110), "Nat Rec", "GREY", "Superseded", old="T-2014-006",
          lead="Director of Finance", target="N/A"),
        R("au4", txt("au4"), "Nat Rec", "GREEN", "COMPLETE", old="T-2014-009",
          lead="Director of Finance", target=d(2015, 3, 31)),
    ]),
    ("Core Business 2014", "Sept 2014", [
        R("co1", txt("co1"), "Nat Rec", "GREEN", "Complete", old="T-2014-011",
          lead="Supt Contact Centre", target=d(2015, 3, 31)),
        R("co2", oddcaps(txt("co2")), "Nat Rec", "GREEN", "Complete", old="T-2014-012",
          lead="ACC Local Policing", target=d(2015, 3, 31),
          update="Completed. Evidence submitted to HMICFRS for closure."),
    ]),
    ("Integrity Matters 2015", d(2016, 1, 30), [
        R("in1", txt("in1"), "Nat Rec", "GREEN", "Complete", old="T-2015-002",
          lead="Head of Professional Standards", target="31/08/2015"),
    ]),
    ("Stop & search powers 2", "24/03/2015", [
        R("s15", txt("s15"), "Nat Rec", "GREEN", "complete", old="T-2015-004",
          lead="ACC Local Policing", target=d(2015, 9, 30)),
    ]),
    ("Firearms licensing 2015", d(2015, 9, 15), [
        R("f1", truncate(txt("f1"), 160), "Nat Rec", "GREEN", "Complete", ref=True,
          old="T-2015-010", lead="Supt Firearms Licensing", target=d(2015, 12, 15)),
        R("f3", txt("f3"), "Nat Rec", "GREEN", "Complete", ref=True, old="T-2015-012",
          lead="Supt Firearms Licensing", target=d(2015, 9, 30)),
    ]),
    ("PEEL Effectiveness 2015", "Feb 2016", [
        R(None, retype(T.CAUSES[0]), "CoC", "GREEN", "Complete", old="T-2016-001",
          lead="Ch Supt Public Protection", target=d(2016, 8, 31),
          note="cause of concern from PEEL effectiveness 2015, not on the HMICFRS list "
          "(closed and dropped)"),
        R(None, real(24), "Rec", "GREEN", "Complete", old="T-2016-002",
          lead="Ch Supt Public Protection", target=d(2016, 8, 31),
          note="recommendation from PEEL effectiveness 2015, not on the HMICFRS list"),
    ]),
    ("PEEL Effectiveness 2016", "March 2017", [
        R("p16c", retype(H_("p16c").text), "CoC", "GREEN", "Complete", old="T-2017-001",
          lead="Ch Supt Public Protection", target=d(2017, 9, 30)),
        R("p16r", "Immediately review its approach to reports of missing children and take "
          "steps to ensure that: call takers understand and use the missing and absent "
          "category appropriately;", "Rec", "GREEN", "Complete", old="T-2017-002",
          lead="Supt Contact Centre", target=d(2017, 6, 30), note="stem and bullet 1 of 3"),
        R("p16r", "- call takers and frontline staff have the necessary knowledge to identify "
          "risk factors associated with CSE and how to respond to such cases;", "Rec", "GREEN",
          "Complete", old="T-2017-002b", lead="Ch Supt Public Protection",
          target=d(2017, 6, 30), note="bullet 2 of 3"),
        R("p16r", "- supervisors provide the correct oversight of missing person enquiries and "
          "direct appropriate and timely investigative and safeguarding action", "Rec", "GREEN",
          "complete", old="T-2017-002c", lead="Ch Supt Public Protection",
          target=d(2017, 6, 30), note="bullet 3 of 3"),
        R("p16a", abbreviate(txt("p16a"), ["domestic abuse"]), "AFI", "GREEN", "Complete",
          old="T-2017-004", lead="Ch Supt Public Protection", target=d(2018, 3, 31)),
    ]),
    ("PEEL Efficiency 2017", "Nov 2017", [
        R("e17a", truncate(txt("e17a"), 120), "AFI", "GREEN", "Complete", old="T-2017-011",
          lead="Head of Corporate Development", target=d(2018, 11, 30)),
    ]),
    ("PEEL Legitimacy 2017", d(2017, 12, 12), [
        R("l17b", txt("l17b"), "AFI", "GREEN", "Complete", old="T-2017-014",
          lead="Head of Professional Standards", target=d(2018, 6, 30)),
        R("l17c", truncate(txt("l17c"), 130), "AFI", "GREEN", "COMPLETE", old="T-2017-015",
          lead="Head of Criminal Justice", target=d(2018, 6, 30)),
    ]),
    ("PEEL: Effectiveness 2017", "22/03/2018", [
        R("p17a", txt("p17a"), "Rec", "GREEN", "Complete", old="T-2018-002", lead="DCC",
          target=d(2018, 6, 30)),
    ]),
    ("PEEL Legit 17 S&S", "Dec 2017", [
        R("lg2", retype(H_("lg2").text), "Nat Rec", "GREEN", "Complete", ref=True,
          old="T-2018-007", lead="ACC Local Policing", target=d(2018, 12, 31)),
    ]),
    ("NCPI 2018", "June 2018", [
        R("c18b", txt("c18b"), "Rec", "GREEN", "Complete", old="T-2018-021",
          lead="Ch Supt Public Protection", target=d(2018, 9, 30)),
        R("c18d", oddcaps(txt("c18d")), "Rec", "GREEN", "complete", old="T-2018-024",
          lead="Det Ch Supt Force CID", target=d(2019, 6, 30)),
    ]),
    ("PEEL 2018/19", d(2019, 5, 2), [
        R("p18b", txt("p18b"), "AFI", "GREEN", "Complete", ref=True, old="T-2019-005",
          lead="Director of People", target=d(2020, 3, 31)),
        R("p18d", truncate(txt("p18d"), 100), "AFI", "GREEN", "Complete", ref=True,
          old="T-2019-007", lead="Det Ch Supt Force CID", target=d(2020, 3, 31)),
    ]),
    ("CDI 2019", "Sept 2019", [
        R("cdi2", txt("cdi2"), "Rec", "GREEN", "Complete", ref=True, old="T-2019-019",
          lead="Supt Contact Centre", target=d(2019, 12, 31)),
    ]),
    ("Police powers spotlight (Feb 21)", d(2021, 2, 26), [
        R("pw4", txt("pw4"), "Nat Rec", "WHITE", "Not force responsibility", ref=True,
          lead=None, target="N/A",
          update="Not the force's responsibility to deliver; dependent upon another "
          "organisation."),
    ]),
    ("Internal audit / JAC actions", None, [
        R(None, "Internal audit of the vetting governance arrangements (audit plan 2022/23)",
          "Audit", "GREEN", "Complete", lead="Head of Professional Standards",
          target=d(2023, 3, 31), note="internal audit action, not an HMICFRS item"),
        R(None, "Local action: Refresh the county lines drug dealing problem profile and add it "
          "to the control strategy", "Local", "GREEN", "Closed", lead="Head of Intelligence",
          target=d(2023, 6, 30), note="local action, not an HMICFRS item"),
    ]),
]

COLS = ["No.", "Report", "Date of report", "HMICFRS ref", "Type", "Rec / AFI text", "Action",
        "Lead", "RAG", "Status", "Target date", "Update", "Old tracker ref"]
WIDTHS = [6, 28, 14, 12, 9, 80, 40, 26, 9, 22, 14, 50, 14]
FILL = {"GREEN": "00B050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF",
        "GREY": "BFBFBF"}
DONE_RAG = {"GREEN", "WHITE", "GREY"}
wrong_ref = None


def write_sheet(ws, title, blocks, counter, frows, totals):
    global wrong_ref
    n = len(COLS)
    ws.merge_cells(start_row=1, end_row=2, start_column=1, end_column=n - 1)
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(vertical="center")
    ws.cell(3, 1, "Owner: Organisational Learning Team (Strategic Planning & Performance)")
    ws.cell(4, 1, "Last updated: 12/01/2024 - RAG key: GREEN complete / ready for closure; "
            "AMBER in progress, on track; RED beyond deadline or at risk; WHITE not force "
            "responsibility; GREY superseded")
    for j, v in enumerate(COLS, 1):
        c = ws.cell(6, j, v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="002060")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 6
    wrap = Alignment(wrap_text=True, vertical="top")
    for rep, pub, rows in blocks:
        first = r + 1
        for spec in rows:
            r += 1
            counter[0] += 1
            ws.cell(r, 1, counter[0])
            ref = spec["ref"]
            if ref is True:
                ws.cell(r, 4, H_(spec["key"]).ref)
            elif ref == "WRONG":
                good = H_(spec["key"]).ref
                s = str(good)
                cand = int(s[:-2] + s[-1] + s[-2])
                while cand in IDS or cand == good:
                    cand += 1
                wrong_ref = (good, cand)
                ws.cell(r, 4, cand)
            ws.cell(r, 5, spec["typ"])
            ws.cell(r, 6, spec["text"]).alignment = wrap
            ws.cell(r, 7, spec["action"]).alignment = wrap
            ws.cell(r, 8, spec["lead"] if spec["lead"] is not None else None)
            c = ws.cell(r, 9, spec["rag"])
            c.fill = PatternFill("solid", fgColor=FILL[spec["rag"]])
            ws.cell(r, 10, spec["status"])
            c = ws.cell(r, 11, spec["target"])
            if isinstance(spec["target"], datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(r, 12, spec["update"]).alignment = wrap
            ws.cell(r, 13, spec["old"])
            if spec["hidden"]:
                ws.row_dimensions[r].hidden = True
            frows.append(FRow(ws.title, r, spec["key"], spec["rag"] in DONE_RAG, spec["note"]))
        # the report written once for the block: merged over the block's rows
        ws.cell(first, 2, rep).alignment = wrap
        c = ws.cell(first, 3, pub)
        if isinstance(pub, datetime):
            c.number_format = "dd/mm/yyyy"
        c.alignment = Alignment(vertical="top")
        if r > first:
            ws.merge_cells(start_row=first, end_row=r, start_column=2, end_column=2)
            ws.merge_cells(start_row=first, end_row=r, start_column=3, end_column=3)
    last = r
    r += 2
    for line in totals:
        ws.cell(r, 6, line).font = Font(bold=True)
        r += 1
    ws.freeze_panes = "G7"
    ws.auto_filter.ref = f"A6:{get_column_letter(n)}{last}"
    for j, w in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.column_dimensions["M"].hidden = True
    return last


wb = Workbook()
cov = wb.active
cov.title = "Cover"
COVER = [
    f"{FORCE}",
    "HMICFRS Recommendations, Areas for Improvement and Causes of Concern - Force Tracker",
    "",
    "Purpose",
    "This workbook records every recommendation, area for improvement (AFI) and cause of "
    "concern made to the force by HMICFRS (formerly HMIC), together with the national "
    "recommendations addressed to all forces. It is the force's single record of progress and "
    "is reported to the Joint Audit Committee each quarter.",
    "",
    "How to use this workbook",
    "Leads update the 'Update' column at least monthly, starting each entry with the date. When "
    "an action is complete, set the RAG to GREEN and the Status to 'Pending sign off'. The "
    "Organisational Learning Team moves items to the Archive sheet once the chief officer lead "
    "has signed them off and HMICFRS has confirmed closure. Do not delete rows; hide them if "
    "necessary and tell the team.",
    "",
    "The 'Tracker' sheet holds live items; the 'Archive' sheet holds closed items in the same "
    "layout. Filters are switched on for both sheets - clear all filters before you add rows.",
    "",
    "Version 14 - 12 January 2024 - prepared for the Joint Audit Committee, 31 January 2024.",
]
for i, line in enumerate(COVER, 1):
    cov.cell(i, 1, line).alignment = Alignment(wrap_text=True, vertical="top")
cov["A1"].font = Font(bold=True, size=16)
cov["A2"].font = Font(bold=True, size=13)
cov["A4"].font = Font(bold=True)
cov["A7"].font = Font(bold=True)
cov.column_dimensions["A"].width = 110

F: list[FRow] = []
counter = [0]
tr = wb.create_sheet("Tracker")
write_sheet(tr, f"{FORCE} - HMICFRS Recommendations & AFI Tracker", TRACKER, counter, F,
            ["Total open: 34", "Pending sign off / complete awaiting HMICFRS closure: 9"])
counter = [0]
ar = wb.create_sheet("Archive")
write_sheet(ar, f"{FORCE} - HMICFRS Tracker: Archive (closed items)", ARCHIVE, counter, F,
            ["Total archived: 29"])
wb.save(f"{OUT}/tracker.xlsx")

CONFLICTS = {
    "st1": "force split the recommendation into bullet rows but bullet 3 ('forces develop "
           "effective partnership arrangements to co-ordinate activity…') has no row",
    "ef1": "timescale differs in both texts: HMICFRS 'By September 2018', force 'By September "
           "2019'",
    "pw5": "reference differs: HMICFRS ID {good}, the force's 'HMICFRS ref' says {bad} (no such "
           "item)",
    "p16d": "type differs: HMICFRS lists it as a recommendation ('HMIC recommends that within six "
            "months…'), the force types it 'AFI'",
    "p21d": "report differs: HMICFRS holds it under PEEL 2021/22, the force files it in the "
            "'PEEL 2018/19' block (May 2019)",
    "in1": "publication date differs: HMICFRS 30/01/2015, the force's block date is 30/01/2016",
}
CONFLICTS["pw5"] = CONFLICTS["pw5"].format(good=wrong_ref[0], bad=wrong_ref[1])
NOTES = {
    "n3": "near-identical text (Stop and search 2 2015) is tracked in the Archive under "
          "'Stop & search powers 2'",
    "s15": "near-identical to the 2013 recommendation the force does not track",
    "l17b": "near-identical to the Integrity matters 2015 national recommendation",
    "p21h": "near-identical to the 2013 national S&S monitoring recommendation (Archive)",
    "f4": "force row is hidden", "e17d": "force row is hidden", "p18f": "force row is hidden",
    "p23b": "new report (9 Nov 2023); the force has added only one of its AFIs so far",
    "p23c": "new report (9 Nov 2023); the force has added only one of its AFIs so far",
    "pw4": "force marks it WHITE (not force responsibility); HMICFRS complete",
    "au1": "force GREY 'Superseded'; HMICFRS superseded",
}
truth = build_truth(H, F, CONFLICTS, NOTES)
truth.write(f"{OUT}/truth.csv")

if __name__ == "__main__":
    from collections import Counter
    print("hmicfrs items", len(H), "force item rows", len(F),
          "tracker", sum(f.sheet == "Tracker" for f in F), "archive",
          sum(f.sheet == "Archive" for f in F))
    print(Counter(x[2] for x in truth.lines))
    print("open on force Tracker:", sum(1 for f in F if f.sheet == "Tracker" and not f.done))
    print("wrong ref", wrong_ref)
