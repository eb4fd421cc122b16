"""Build the `inline_strike_amendments` case.

HMICFRS side: the definitive list as returned by the force liaison lead (FLL), marked up
against the previous list: in any cell, a value that HMICFRS removed is struck through (rich
text run with strikethrough) and the value that replaces it follows in red, in the same cell.
The cell's value therefore holds both ("Being progressed Complete"); only the formatting says
which one is current. Rows wholly in red are new since the previous list.

Force side: a plain tracker (title rows, one header, one row per item, a few split rows and
the force's own local actions).

Run with /work/main/.venv/bin/python; fixed seed; rebuilds byte for byte.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

sys.path.insert(0, "/work/main/reconcile/casegen")
import texts as T  # noqa: E402  (real public texts: national.py, force.py, tracker.py)

SEED = 5410
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "inline_strike_amendments"
FORCE = "Gloucestershire Constabulary"
FIXED_TIME = (2024, 1, 31, 16, 42, 0)
RED = "FFC00000"

N = {k: v for k, v in T.NATIONAL.items()}


def nat(key: str, i: int) -> str:
    return N[key][2][i][1]


def d(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%d/%m/%Y")


# ---------------------------------------------------------------- markup -> rich text
MARK = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.S)


def has_markup(s) -> bool:
    return isinstance(s, str) and bool(MARK.search(s))


def current(s):
    """The value a careful reader takes as current: struck runs dropped, red runs kept."""
    if not isinstance(s, str):
        return s
    out = MARK.sub(lambda m: "" if m.group(1) is not None else m.group(2), s)
    return re.sub(r"[ ]{2,}", " ", out).strip()


def rich(s: str, size=10) -> CellRichText:
    parts = []
    pos = 0
    base = dict(rFont="Arial", sz=size)
    for m in MARK.finditer(s):
        if m.start() > pos:
            parts.append(TextBlock(InlineFont(**base), s[pos:m.start()]))
        if m.group(1) is not None:
            parts.append(TextBlock(InlineFont(strike=True, **base), m.group(1)))
        else:
            parts.append(TextBlock(InlineFont(color=RED, **base), m.group(2)))
        pos = m.end()
    if pos < len(s):
        parts.append(TextBlock(InlineFont(**base), s[pos:]))
    return CellRichText(parts)


# ---------------------------------------------------------------- force text helpers
def straight(s: str) -> str:
    return s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


ABBR = [(re.compile(p, re.I), r) for p, r in T.ABBREVIATIONS if p != r"\band\b"]


def abbr(s: str) -> str:
    s = straight(s)
    for p, r in ABBR:
        s = p.sub(lambda m, r=r: r[0].upper() + r[1:] if m.group(0)[0].isupper() else r, s)
    return s


def previous(s):
    """The value as it stood on the previous list: struck runs kept, red runs dropped."""
    out = MARK.sub(lambda m: m.group(1) if m.group(1) is not None else "", s)
    return re.sub(r"[ ]{2,}", " ", out).strip()


def misspell(s: str) -> str:
    for right, wrong in T.MISSPELLINGS.items():
        if right in s:
            return s.replace(right, wrong, 1)
    return s


def force_text(h_text: str, mode: str) -> str:
    t = current(h_text)
    if mode == "v":
        return t
    if mode == "q":
        return straight(t)
    if mode == "a":
        return abbr(t)
    if mode == "m":
        return misspell(straight(t))
    if mode == "s":  # stem dropped, first letter capitalised
        t = straight(t)
        t = re.sub(r"^(HMIC recommends that |The force should |Gloucestershire Constabulary should )",
                   "", t)
        return t[0].upper() + t[1:]
    raise ValueError(mode)


# ---------------------------------------------------------------- reports
R = {
    "sas13": (N["sas13"][0], "09/07/2013", "Stop and Search 2013"),
    "everyone": (N["everyone"][0], "27/03/2014", "Everyone's Business (DA) 2014"),
    "austerity": (N["austerity"][0], "22/07/2014", "Policing in Austerity 2014"),
    "core": (N["core"][0], "04/09/2014", "Core Business 2014"),
    "integrity": (N["integrity"][0], "30/01/2015", "Integrity Matters 2015"),
    "sas15": (N["sas15"][0], "24/03/2015", "Stop and Search 2 (2015)"),
    "picture": (N["picture"][0], "01/07/2015", "Building the Picture 2015"),
    "firearms": (N["firearms"][0], "15/09/2015", "Targeting the Risk (Firearms Licensing) 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", "02/03/2017", "PEEL Effectiveness 2016"),
    "cdi17": ("Crime data integrity inspection 2017", "07/09/2017", "CDI inspection 2017"),
    "stolen": (N["stolen"][0], "24/10/2017", "Stolen Freedom (MSHT) 2017"),
    "efc17": (N["efc17"][0], "09/11/2017", "PEEL Efficiency 17 (all forces)"),
    "effy17": ("PEEL: Police efficiency 2017", "09/11/2017", "PEEL Efficiency 2017"),
    "leg17": (N["leg17"][0], "12/12/2017", "PEEL Legit 17 S&S"),
    "legf17": ("PEEL: Police legitimacy 2017", "12/12/2017", "PEEL Legitimacy 2017"),
    "eff17": ("PEEL: Police effectiveness 2017", "22/03/2018", "PEEL Eff 17"),
    "ncpi18": ("National child protection inspection 2018", "14/06/2018", "NCPI 2018"),
    "cust18": ("Report on an unannounced inspection visit to police custody suites 2018",
               "28/08/2018", "Custody inspection 2018"),
    "powers": (N["powers"][0], "26/02/2021", "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", "13/05/2022",
               "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", "24/11/2023",
               "PEEL 2023/24"),
}

NR, REC, AFI, COC = "National recommendation", "Recommendation", "Area for improvement", \
    "Cause of concern"
BP, AR, CO, SU, NFA = "Being progressed", "Awaiting review", "Complete", "Superseded", \
    "No further action required"
C_COMPLETE = "This recommendation is complete"
C_MONITORED = ("The progress of the implementation of this recommendation is currently being "
               "monitored by HMICFRS and this record will, in due course, be updated.")
C_REVIEWED = ("The status of this recommendation is currently being reviewed by HMIC and will "
              "be updated when this review is complete.")
C_SUBSEQ = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
            "inspections. Where a cause of concern still exists this will appear in the "
            "register against these subsequent inspections.")
C_SUBSEQ_EFF = C_SUBSEQ.replace("PEEL Effectiveness", "PEEL Efficiency")
C_CDI = ("Authorised for closure on the basis of the additional observations offered by members "
         "of the PEEL inspection team in recent inspection activity.")

CDI_4 = T.CDI_VICTIMS_BODY.split("\n• online reports")[0]
CDI_5TH = T.CDI_VICTIMS_BODY[len(CDI_4):]
MISSING_KIDS = next(b for b in T.BODIES if b.startswith("review its approach to reports of missing"))
CHILD_CUSTODY = next(b for b in T.BODIES if b.startswith("in conjunction with children"))


def body(prefix: str) -> str:
    return next(b for b in T.BODIES if b.startswith(prefix))


# ---------------------------------------------------------------- the items
# Each HMICFRS item: report key, ref, type, text, status, last change, comment, new-row flag,
# optional overrides of the report and published cells (markup strings), and the force rows.
# Force row: dict(report, pub, ref, type, text, rag, update, sub, no) ; category ; why.
ITEMS: list[dict] = []


def item(rk, ref, typ, text, status, changed=None, comment=None, new=False, report=None,
         pub=None, force=None, cat=None, why=""):
    ITEMS.append(dict(rk=rk, ref=ref, type=typ, text=text, status=status, changed=changed,
                      comment=comment, new=new, report=report, pub=pub, force=force or [],
                      cat=cat, why=why))


def F(rag, mode="v", text=None, typ=None, ref="same", report=None, pub=None, update=None,
      sub=None):
    return dict(rag=rag, mode=mode, text=text, type=typ, ref=ref, report=report, pub=pub,
                update=update, sub=sub)


# Stop and search 2013
item("sas13", 1834, NR, nat("sas13", 0), CO, "14/06/2016", C_COMPLETE,
     force=[F("COMPLETE", "a", typ="National Rec")], cat="in_sync",
     why="closed on both sides")
item("sas13", 1835, NR, nat("sas13", 1), CO, "14/06/2016", C_COMPLETE,
     cat="missing_from_force", why="closed item on the HMICFRS list; not in the tracker")
item("sas13", 1836, NR, nat("sas13", 2), CO, "02/11/2016", None,
     force=[F("GREEN", "q", typ="National Rec", ref=None,
              report="Stop & Search powers (HMIC 2013)")],
     cat="in_sync", why="closed on both; near-twin of the 2015 item 3310, told apart by report")
# Everyone's business
item("everyone", 2321, NR, T.EVERYONE_PLAN, "[-Being progressed-] {+Complete+}",
     "[-19/03/2019-] {+11/12/2023+}",
     "{+Authorised for closure: DA action plan published and overseen by the DA Board.+}",
     force=[F("AMBER", "a", typ="National Rec",
              update="Covered by the Vulnerability Improvement Delivery Plan; see latest plan "
                     "update.")],
     cat="closeable_local", why="status cell: struck 'Being progressed', red 'Complete' -> "
                                "HMICFRS closed; force AMBER")
# Policing in austerity
for i, (rag, cat) in enumerate([("AMBER", "closeable_local"), ("AMBER", "closeable_local"),
                                ("COMPLETE", "in_sync"), ("COMPLETE", "in_sync")]):
    item("austerity", 2688 + i, NR, nat("austerity", i), NFA, "30/11/2017",
         C_SUBSEQ_EFF if i == 0 else None,
         force=[F(rag, "q", typ="National Rec",
                  update="Addressed holistically as part of the force change programme.")],
         cat=cat, why=("HMICFRS 'No further action required' (closed); force " + rag))
# Core business
item("core", 4822, NR, nat("core", 0), SU, "06/03/2017", C_SUBSEQ,
     force=[F("GREEN", "q", typ="National Rec")], cat="in_sync",
     why="superseded (closed) on HMICFRS; force GREEN (done)")
item("core", 4823, NR, nat("core", 1), "[-Being progressed-]\n{+Superseded+}",
     "[-04/09/2014-] {+05/01/2024+}",
     "{+Superseded: crime prevention activity is now assessed through PEEL.+}",
     force=[F("AMBER", "a", typ="National Rec")], cat="closeable_local",
     why="status: struck 'Being progressed', red 'Superseded' on a new line -> closed; force AMBER")
# Integrity matters
item("integrity", 902, NR, nat("integrity", 0), BP, "30/01/2015", C_MONITORED,
     force=[F("GREEN", "q", typ="National Rec",
              update="Completed. Evidence submitted to HMICFRS for closure.", sub="14/11/2023")],
     cat="closeable_submit",
     why="HMICFRS open (comment says 'will, in due course, be updated'); force GREEN, submitted")
# Stop and search 2
item("sas15", 3310, NR, nat("sas15", 0), CO, "02/11/2016", None,
     force=[F("COMPLETE", "q", typ="National Rec")], cat="in_sync",
     why="closed on both; near-twin of 1836")
# Building the picture
item("picture", 4410, NR, nat("picture", 0), "[-Awaiting review-]{+Being progressed+}",
     "[-01/07/2015-] {+20/12/2023+}", None,
     force=[F("AMBER", "a", typ="National Rec")], cat="in_sync",
     why="status 'Awaiting review' struck, 'Being progressed' typed on with no space: open "
         "either way; force AMBER")
# Firearms licensing
item("firearms", 4990, NR, nat("firearms", 0), CO, "12/05/2016", C_COMPLETE,
     force=[F("COMPLETE", "q", typ="National Rec")], cat="in_sync", why="closed on both")
item("firearms", 4991, NR, nat("firearms", 1), BP, "15/09/2015", None,
     force=[F("GREEN", "a", typ="National Rec", sub="02/10/2023",
              update="Demand review complete; 2 FTE added to licensing team.")],
     cat="closeable_submit", why="HMICFRS open; force GREEN")
item("firearms", 4992, NR, nat("firearms", 2), "[-Complete-]\n{+Being progressed+}",
     "[-21/06/2023-] {+16/01/2024+}",
     "{+Closure not accepted: please provide evidence that all 'total expired' records have "
     "been reviewed and actioned.+}",
     force=[F("COMPLETE", "q", typ="National Rec", sub="21/06/2023",
              update="Completed. Evidence submitted to HMICFRS for closure.")],
     cat="closeable_submit",
     why="RE-OPENED: struck 'Complete', red 'Being progressed' -> HMICFRS open; force "
         "COMPLETE -> resubmit with evidence")
item("firearms", 4993, NR, nat("firearms", 3), BP, "15/09/2015", None,
     force=[F("AMBER", "a", typ="National Rec")], cat="in_sync", why="open on both")
item("firearms", 4994, NR, nat("firearms", 4), BP, "15/09/2015", None,
     cat="missing_from_force", why="open on HMICFRS; not in the tracker")
# PEEL effectiveness 2016 (and two items HMICFRS moved to 2017, left in place in the list)
item("eff16", 6120, COC, T.CAUSES[0], CO, "27/04/2018", C_CDI,
     force=[F("COMPLETE", "q", typ="CoC")], cat="in_sync", why="closed on both")
item("eff16", 6121, REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.",
     "[-Being progressed-] {+Complete+}", "[-02/03/2017-] {+10/01/2024+}",
     "{+Evidence accepted: DASH completion audit (Dec 2023) shows supervision in place.+}",
     force=[F("RED", "a", typ="Rec",
              update="The policy is now signed off and in place with an implementation date "
                     "of the end of October.")],
     cat="closeable_local", why="struck 'Being progressed', red 'Complete' -> closed; force RED")
item("eff16", 6122, AFI,
     "The force should " + body("improve the supervision of investigations") + ".",
     BP, "02/03/2017", None, force=[F("AMBER", "s", typ="AFI")], cat="in_sync",
     why="open on both")
item("eff16", 6123, "[-Area for improvement-] {+Recommendation+}",
     "Within six months the force should " + body("take steps to understand and address") + ".",
     BP, "02/03/2017", "{+Type corrected to match the published report.+}",
     force=[F("AMBER", "q", typ="AFI")], cat="conflict",
     why="type cell: struck 'Area for improvement', red 'Recommendation'; the force still "
         "records it as an AFI (the struck value)")
item("eff16", 9008, AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", BP, "02/03/2017",
     "{+Report corrected: raised in PEEL effectiveness 2017, not 2016.+}",
     report="PEEL: Police effectiveness [-2016-] {+2017+}",
     pub="[-02/03/2017-] {+22/03/2018+}",
     force=[F("AMBER", "s", typ="AFI")], cat="conflict",
     why="report and published cells corrected 2016 -> 2017 (struck/red); the force files it "
         "under PEEL Effectiveness 2016, 02/03/2017 (the struck values)")
item("eff16", 9009, AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.", BP, "02/03/2017",
     "{+Report corrected: raised in PEEL effectiveness 2017, not 2016.+}",
     report="PEEL: Police effectiveness [-2016-]{+2017+}",
     pub="[-02/03/2017-]{+22/03/2018+}",
     force=[F("GREEN", "v", typ="AFI", report=R["eff17"][2], pub="22/03/2018", sub="12/12/2023",
              update="SOC profile refreshed; control strategy now informed by MoRiLE scoring.")],
     cat="closeable_submit",
     why="report corrected to 2017 (no space between struck and red); force already has PEEL "
         "Eff 17 / 22/03/2018, so no conflict; HMICFRS open, force GREEN")
# Crime data integrity 2017
item("cdi17", 7400, REC,
     "Within six months the force should " + CDI_4 + "{+" + CDI_5TH + "+}", BP, "07/09/2017",
     "{+Final bullet omitted from the previous list in error; now restored.+}",
     force=[F("AMBER", "q", typ="Rec", text=straight("Within six months the force should "
                                                     + CDI_4))],
     cat="conflict",
     why="text: fifth bullet (online reports triaged) added in red; the force row has four "
         "bullets -> missing bullet")
item("cdi17", 7401, REC,
     "Within [-six-] {+three+} months, the force should "
     + body("improve its use of its crime-recording") + ".", BP, "07/09/2017",
     "{+Timescale corrected to match the published report.+}",
     force=[F("AMBER", typ="Rec", text=abbr(previous(
         "Within [-six-] {+three+} months, the force should "
         + body("improve its use of its crime-recording") + ".")))], cat="conflict",
     why="text: 'six' struck, 'three' in red -> within three months; force says within 6 "
         "months -> timescale")
item("cdi17", 7402, REC,
     "Within six months the force should " + body("revise its approach to cautions") + ".",
     CO, "09/10/2019", C_COMPLETE, force=[F("COMPLETE", "m", typ="Rec")], cat="in_sync",
     why="closed on both")
item("cdi17", 7403, REC,
     "By 31 March 2018, the force should " + body("provide call-handlers") + ".",
     "[-Complete-] {+Being progressed+}", "[-12/04/2019-] {+16/01/2024+}",
     "[-This recommendation is complete-] {+Closure not accepted; re-opened. Dip sample Nov "
     "2023 found THRIVE criteria not consistently applied.+}",
     force=[F("AMBER", "q", typ="Rec",
              update="Re-opened following HMICFRS feedback (Jan 24). THRIVE refresher being "
                     "scoped.")],
     cat="in_sync",
     why="RE-OPENED (struck 'Complete', red 'Being progressed'); force has re-opened it too "
         "(AMBER); near-twin of Core Business 4822")
item("cdi17", 7404, AFI,
     "The force should make sure it records reports of hate crime accurately and without delay.",
     BP, "07/09/2017", None, force=[F("AMBER", "v", typ="AFI")], cat="in_sync",
     why="open on both")
item("cdi17", "[-7504-] {+7405+}", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", BP, "07/09/2017", "{+Reference corrected.+}",
     force=[F("AMBER", "v", typ="AFI", ref=7504)], cat="conflict",
     why="ref cell: struck 7504, red 7405; the force carries 7504 (the struck value) -> "
         "reference")
# Stolen freedom
SF_STEM, *SF_BULLETS = T.SF_LEADERSHIP.split("\n")
item("stolen", 8120, NR, T.SF_LEADERSHIP, BP, "24/10/2017", None,
     force=[F("GREEN", text="Within 12 months review leadership & governance for MSHT so that "
              + re.sub(r"(; and|;|\.)$", "", b.lstrip("• ")).replace(
                  "modern slavery and human trafficking", "MSHT"),
              typ="National Rec", sub="30/11/2023",
              update="MSHT governance board in place, chaired by ACC Crime.")
            for b in SF_BULLETS],
     cat="closeable_submit",
     why="HMICFRS open; the force split the four bullets into four GREEN rows")
item("stolen", 8121, NR, nat("stolen", 1), BP, "24/10/2017", None,
     force=[F("AMBER", text=T.MSHT_INTEL, typ="National Rec")], cat="in_sync",
     why="open on both; HMICFRS text carries the report's stray footnote '86'")
item("stolen", 8122, NR, nat("stolen", 2), "[-Being progressed-] {+Complete+}",
     "[-24/10/2017-] {+08/01/2024+}", None,
     force=[F("GREEN", "a", typ="National Rec", sub="30/11/2023")], cat="in_sync",
     why="closed by HMICFRS in this return (struck/red); force GREEN -> both closed")
item("stolen", 8123, NR, nat("stolen", 3), CO, "15/03/2021", C_COMPLETE,
     force=[F("AMBER", "a", typ="National Rec")], cat="closeable_local",
     why="HMICFRS Complete; force AMBER")
item("stolen", 8124, NR, nat("stolen", 4), BP, "24/10/2017", None,
     force=[F("GREEN", "a", typ="National Rec", sub="30/11/2023")], cat="closeable_submit",
     why="HMICFRS open; force GREEN")
item("stolen", 8125, NR, nat("stolen", 5), BP, "24/10/2017", None,
     force=[F("AMBER", "a", typ="National Rec")], cat="in_sync", why="open on both")
item("stolen", 8126, NR, nat("stolen", 6), AR, "24/10/2017", C_REVIEWED,
     force=[F("RED", "a", typ="National Rec",
              update="Little work yet undertaken in this area. Unlikely to reach deadlines.")],
     cat="in_sync", why="Awaiting review (open; comment contains 'complete'); force RED")
# PEEL efficiency 2017 (national + force)
item("efc17", 8230, NR, nat("efc17", 0), "[-Being progressed-] {+Complete+}",
     "[-09/11/2017-] {+11/12/2023+}", None,
     force=[F("GREEN", "q", typ="National Rec", sub="01/09/2023")], cat="in_sync",
     why="closed by HMICFRS (struck/red); force GREEN")
item("effy17", 8231, AFI, T.CONTROL_ROOM, BP, "09/11/2017", None,
     force=[F("AMBER", "v", typ="AFI")], cat="in_sync", why="open on both")
item("effy17", 8232, AFI,
     "The force should " + body("develop its understanding of the links") + ".",
     "[-Being progressed-]{+Complete+}", "[-09/11/2017-] {+20/12/2023+}", None,
     force=[F("GREEN", "s", typ="AFI", sub="17/10/2023")], cat="in_sync",
     why="closed (no space between struck and red); force GREEN")
item("effy17", 8233, AFI,
     "The force should " + body("develop a future workforce plan") + ".", BP, "09/11/2017", None,
     cat="missing_from_force", why="open on HMICFRS; not in the tracker")
# PEEL legitimacy 2017 (national + force)
item("leg17", 8541, COC, N["leg17"][2][0][1], BP, "12/12/2017", None,
     force=[F("AMBER", "a", typ="CoC")], cat="in_sync", why="open on both")
item("leg17", 8542, NR, T.SAS_MONITORING_2017, BP, "12/12/2017", None,
     force=[F("GREEN", "a", typ="National Rec", sub="05/10/2023")], cat="closeable_submit",
     why="HMICFRS open; force GREEN")
item("leg17", 8543, NR, nat("leg17", 2), BP, "12/12/2017", None,
     force=[F("AMBER", "a", typ="National Rec")], cat="in_sync", why="open on both")
item("leg17", 8544, NR, nat("leg17", 3), "[-Complete-] {+Superseded+}",
     "[-30/07/2019-] {+05/01/2024+}",
     "{+Now monitored through the PEEL 2023/24 legitimacy question.+}",
     force=[F("COMPLETE", "q", typ="National Rec")], cat="in_sync",
     why="Complete -> Superseded: closed either way; force COMPLETE")
item("leg17", 8545, NR, nat("leg17", 4), BP, "12/12/2017", None,
     force=[F("AMBER", "a", typ="National Rec")], cat="in_sync", why="open on both")
item("legf17", 8550, "[-Recommendation-]{+Area for improvement+}",
     "The force should " + body("ensure all staff have received") + ".", BP, "12/12/2017",
     "{+Type corrected.+}",
     force=[F("GREEN", "q", typ="AFI", sub="08/12/2023",
              update="Vetting backlog cleared; all renewals within national guidelines.")],
     cat="closeable_submit",
     why="type corrected to AFI (no space); force already says AFI -> no conflict; HMICFRS "
         "open, force GREEN")
item("legf17", 8551, AFI,
     "The force should " + body("make sure it provides a confidential way") + ".", CO,
     "14/02/2022", C_COMPLETE, force=[F("AMBER", "s", typ="AFI")], cat="closeable_local",
     why="HMICFRS Complete; force AMBER")
# PEEL effectiveness 2017
item("eff17", 9010, AFI,
     "The force should improve its understanding of the nature and scale of modern slavery and "
     "human trafficking in its area.", CO, "03/06/2020", None,
     force=[F("COMPLETE", "a", typ="AFI")], cat="in_sync", why="closed on both")
# National child protection inspection 2018
item("ncpi18", 9600, REC, "Within three months, the force should " + MISSING_KIDS + ".", BP,
     "14/06/2018", None,
     force=[F("GREEN", "q", typ="Rec", sub="20/11/2023",
              update="Already complete / believed to be complete within short time scale (and "
                     "within deadline).")],
     cat="closeable_submit", why="HMICFRS open; force GREEN")
item("ncpi18", 9601, REC,
     "Within six months " + FORCE + " should make sure investigations of child sexual "
     "exploitation are allocated to officers with the right skills and are effectively "
     "supervised.", "[-Being progressed-] {+Complete+}", "[-14/06/2018-] {+20/12/2023+}", None,
     force=[F("GREEN", "a", typ="Rec", sub="20/11/2023")], cat="in_sync",
     why="closed by HMICFRS (struck/red); force GREEN")
item("ncpi18", 9602, AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", BP, "14/06/2018", None,
     cat="missing_from_force", why="open on HMICFRS; not in the tracker")
# Custody 2018 (published date corrected on both rows)
item("cust18", 9810, REC, "Within twelve months, the force should " + CHILD_CUSTODY + ".", BP,
     "28/08/2018", "{+Publication date corrected.+}", pub="[-21/08/2018-] {+28/08/2018+}",
     force=[F("AMBER", "q", typ="Rec", pub="28/08/2018")], cat="in_sync",
     why="published corrected to 28/08/2018; force has 28/08/2018 -> no conflict; open on both")
item("cust18", 9811, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", BP, "28/08/2018", "{+Publication date corrected.+}",
     pub="[-21/08/2018-] {+28/08/2018+}",
     force=[F("AMBER", "v", typ="AFI", pub="21/08/2018")], cat="conflict",
     why="published corrected 21/08 -> 28/08/2018; force has 21/08/2018 (the struck value) -> "
         "date")
# Disproportionate use of police powers 2021
item("powers", 12040, NR, nat("powers", 0), BP, "26/02/2021", None,
     force=[F("AMBER", "a", typ="National Rec")], cat="in_sync", why="open on both")
item("powers", 12041, NR, nat("powers", 1), BP, "26/02/2021", None,
     force=[F("GREEN", "a", typ="National Rec", sub="03/11/2023")], cat="closeable_submit",
     why="HMICFRS open; force GREEN")
BWV_PARTS = T.BWV_2021.split("\n")
item("powers", 12042, NR, T.BWV_2021, BP, "26/02/2021", None,
     force=[F("AMBER", text=("By Sept 2021 " + p[0].lower() + p[1:]) if i else abbr(p),
              typ="National Rec") for i, p in enumerate(BWV_PARTS)],
     cat="in_sync", why="open on both; the force split the three parts into three AMBER rows")
item("powers", 12043, NR, nat("powers", 4), "[-Being progressed-] {+Complete+}",
     "[-26/02/2021-] {+05/01/2024+}", None,
     force=[F("AMBER", "a", typ="National Rec")], cat="closeable_local",
     why="closed by HMICFRS (struck/red); force AMBER")
# PEEL 2021/22
P21 = [
    ("make sure the corporate risk register", BP, "GREEN", "closeable_submit", "s"),
    ("make sure all processes in place to support performance", "[-Being progressed-] "
     "{+Complete+}", "AMBER", "closeable_local", "q"),
    ("put plans in place to monitor", BP, "AMBER", "in_sync", "m"),
    ("specify in succession plans", BP, "GREEN", "closeable_submit", "q"),
    ("review how it gathers and uses equality", BP, "AMBER", "in_sync", "s"),
    ("develop a clear prevention strategy", "[-Being progressed-]", "AMBER", "closeable_local",
     "q"),
]
for j, (pref, st, rag, cat, mode) in enumerate(P21):
    chg = "13/05/2022" if st == BP else "[-13/05/2022-] {+08/01/2024+}"
    com = None
    why = {"GREEN": "HMICFRS open; force GREEN", "AMBER": "open on both"}[rag]
    ref = 13110 + j
    if cat == "closeable_local" and st.endswith("+}"):
        why = "closed by HMICFRS (struck/red); force AMBER"
    if st == "[-Being progressed-]":
        com = ("{+Closed: complete. Evidence of prevention strategy (v2.1) accepted 08/01/2024."
               "+}")
        why = ("status cell wholly struck with nothing after it; the red FLL comment says "
               "'Closed: complete' -> HMICFRS closed; force AMBER")
    if j == 3:
        ref = "[-TBC-] {+13113+}"
        why += "; ref was TBC on the previous list (force has no ref)"
    item("peel21", ref, AFI, "The force should " + body(pref) + ".", st, chg, com,
         force=[F(rag, mode, typ="AFI", ref=None if j == 3 else "same",
                  sub="15/12/2023" if rag == "GREEN" else None)],
         cat=cat, why=why)
item("peel21", 13116, AFI,
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     AR, "13/05/2022", None, force=[F("AMBER", "v", typ="AFI")], cat="in_sync",
     why="open on both")
item("peel21", 13117, AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "domestic abuse.", "[-Being progressed-] {+Superseded+}", "[-13/05/2022-] {+24/11/2023+}",
     "{+Superseded by the PEEL 2023/24 area for improvement on managing offenders.+}",
     force=[F("GREEN", "a", typ="AFI", sub="30/10/2023")], cat="in_sync",
     why="superseded by HMICFRS (closed); force GREEN (done), same report")
# PEEL 2023/24: new since the last list, rows wholly in red
P23 = [
    (14230, AFI, "The force should make sure it has enough specialist capacity and capability "
                 "to investigate online child sexual abuse.", "AMBER", "in_sync"),
    (14231, AFI, "The force should improve the timeliness of its response to calls for service "
                 "involving domestic abuse.", None, "missing_from_force"),
    (14232, AFI, "The force should make sure investigations of rape and serious sexual offences "
                 "are allocated to officers with the right skills and are effectively "
                 "supervised.", None, "missing_from_force"),
    (14233, AFI, "The force should improve how it gathers, assesses and acts on intelligence "
                 "about serious and organised crime.", "AMBER", "in_sync"),
    (14234, COC, T.CAUSES[2], "AMBER", "in_sync"),
    (14235, REC, "Within six months the force should " + body("ensure regular and active") + ".",
     "RED", "in_sync"),
]
for ref, typ, text, rag, cat in P23:
    tf = {AFI: "AFI", COC: "CoC", REC: "Rec"}[typ]
    item("peel23", ref, typ, text, AR, "24/11/2023",
         "New cause of concern" if typ == COC else
         ("New recommendation" if typ == REC else "New area for improvement"), new=True,
         force=[F(rag, "q", typ=tf, ref=None)] if rag else None, cat=cat,
         why=("new row (all red), open; force has added it (no ref yet), " + rag) if rag else
         "new row (all red); not yet in the tracker")

# Force-only rows: (insert after HMICFRS ref, force row, why)
LOCAL = [
    (6123, dict(report="PEEL Effectiveness 2016", pub="02/03/2017", ref=None, type="Local",
                text="Local action: Task & Finish group to review the domestic abuse policy and "
                     "report to the Force Executive Team", rag="AMBER", update=None, sub=None),
     "force's own action; never an HMICFRS item"),
    (4994, dict(report="Targeting the Risk (Firearms Licensing) 2015", pub="15/09/2015", ref=None,
                type="Local",
                text="JAC action: Internal audit of the firearms licensing governance "
                     "arrangements (audit plan 2023/24)", rag="GREEN",
                update="Audit complete (substantial assurance); report to JAC December 2023.",
                sub=None),
     "Joint Audit Committee action; not an HMICFRS item"),
    (7405, dict(report="CDI inspection 2014", pub="18/11/2014", ref=None, type="AFI",
                text="The force should make sure it records reports of anti-social behaviour "
                     "accurately and without delay.", rag="AMBER",
                update="Awaiting allocation.", sub=None),
     "older CDI 2014 AFI the force still tracks; not on the definitive list (query with "
     "HMICFRS)"),
    (12043, dict(report="Police powers spotlight (Feb 21)", pub="26/02/2021", ref=None,
                 type="National Rec", text=straight(nat("powers", 3)), rag="N/A",
                 update="Not the force's responsibility to deliver; dependent upon another "
                        "organisation.", sub=None),
     "addressed to the Home Office and NPCC; HMICFRS does not hold it against the force"),
    (14235, dict(report="PEEL 2023/24", pub="24/11/2023", ref=None, type="Local",
                 text="Force improvement plan: Add violence against women and girls measures to "
                      "the monthly Force Performance pack", rag="AMBER", update=None, sub=None),
     "force's own improvement-plan action"),
]


# ---------------------------------------------------------------- write HMICFRS workbook
def set_cell(ws, row, col, value, red_row=False, fmt=None, size=10):
    c = ws.cell(row=row, column=col)
    if isinstance(value, str) and has_markup(value):
        c.value = rich(value, size)
    elif isinstance(value, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", value):
        c.value = d(value)
        c.number_format = "dd/mm/yyyy"
    else:
        c.value = value
    if fmt:
        c.number_format = fmt
    c.font = Font(name="Arial", size=size, color=RED if red_row else None)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    return c


def build_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = f"HMICFRS: recommendations, areas for improvement and causes of concern held " \
               f"against {FORCE}"
    ws["A1"].font = Font(name="Arial", size=12, bold=True)
    ws["A2"] = ("Definitive list as at 31/01/2024, returned by the Force Liaison Lead with "
                "amendments to the list of 29/09/2023")
    ws["A2"].font = Font(name="Arial", size=10)
    ws["A3"] = rich("Key: [-struck through-] = removed by HMICFRS; {+red+} = added or changed "
                    "by HMICFRS. Rows wholly in red are new since the last list.")
    heads = ["HMICFRS ref", "Report", "Published", "Type",
             "Recommendation / area for improvement / cause of concern", "HMICFRS status",
             "Date of last status change", "FLL comment"]
    hr = 5
    thin = Side(style="thin", color="FF999999")
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(name="Arial", size=10, bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FF1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = Border(bottom=thin)
    r = hr + 1
    for it in ITEMS:
        title, pub, _ = R[it["rk"]]
        vals = [it["ref"], it["report"] or title, it["pub"] or pub, it["type"], it["text"],
                it["status"], it["changed"], it["comment"]]
        for j, v in enumerate(vals, 1):
            set_cell(ws, r, j, v, red_row=it["new"])
        it["hrow"] = r
        r += 1
    # summary of amendments under the table
    r += 1
    closed_now = sum(1 for it in ITEMS if has_markup(it["status"])
                     and MARK.search(it["status"]).group(1) in (BP, AR)
                     and current(it["status"]) in (CO, SU, NFA, ""))
    reopened = sum(1 for it in ITEMS if str(it["status"]).startswith("[-Complete-]")
                   and current(it["status"]) in (BP, AR))
    summary = [
        ("Summary of amendments to the list of 29/09/2023", None),
        ("Closed since the last list", closed_now),
        ("Re-opened (closure not accepted)", reopened),
        ("New since the last list", sum(1 for it in ITEMS if it["new"])),
        ("Corrections (type, report, date, reference, wording)",
         sum(1 for it in ITEMS if any(has_markup(it[k]) for k in
                                      ("type", "report", "pub", "ref", "text")))),
        (f"Total items on the list", len(ITEMS)),
    ]
    for k, (label, n) in enumerate(summary):
        ws.cell(row=r + k, column=2, value=label).font = Font(name="Arial", size=10,
                                                              bold=(k == 0))
        if n is not None:
            ws.cell(row=r + k, column=3, value=n).font = Font(name="Arial", size=10)
    ws.cell(row=r + len(summary) + 1, column=2,
            value="Returned by: FLL, HMICFRS Western region, 31/01/2024").font = \
        Font(name="Arial", size=9, italic=True)
    for col, w in zip("ABCDEFGH", (11, 34, 12, 20, 80, 18, 14, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    notes = wb.create_sheet("Notes")
    for k, line in enumerate([
        "About this list",
        f"This is the definitive list of recommendations, areas for improvement and causes of "
        f"concern that HMICFRS holds against {FORCE}, including items closed since they were "
        f"made.",
        "Amendments since the list sent to the force on 29/09/2023 are marked in the cells: "
        "values removed are struck through and the new value follows in red in the same cell.",
        "Please update your records and return any queries to your Force Liaison Lead by "
        "29/02/2024.",
    ], 1):
        notes.cell(row=k, column=1, value=line).font = Font(name="Arial", size=10,
                                                          bold=(k == 1))
    notes.column_dimensions["A"].width = 120
    return wb


# ---------------------------------------------------------------- write force tracker
def force_rows():
    rows = []
    local_after = {}
    for after, fr, why in LOCAL:
        local_after.setdefault(after, []).append((fr, why))
    order = list(ITEMS)
    # the force files the county-lines AFI (9008) under 2016 and holds the 2017 SOC AFI (9009)
    # with its 2017 report, after 9010
    i9009 = next(k for k, it in enumerate(order) if it["ref"] == 9009)
    it9009 = order.pop(i9009)
    i9010 = next(k for k, it in enumerate(order) if it["ref"] == 9010)
    order.insert(i9010 + 1, it9009)
    for it in order:
        title, pub, fname = R[it["rk"]]
        n = len(it["force"])
        for k, f in enumerate(it["force"]):
            ref = current(it["ref"]) if f["ref"] == "same" else f["ref"]
            if isinstance(ref, str) and ref.isdigit():
                ref = int(ref)
            text = f["text"] if f["text"] is not None else force_text(it["text"], f["mode"])
            rows.append(dict(report=f["report"] or fname, pub=f["pub"] or pub, ref=ref,
                             type=f["type"], text=text, rag=f["rag"], update=f["update"],
                             sub=f["sub"], item=it, split=(k, n)))
        key = current(it["ref"]) if isinstance(it["ref"], str) else it["ref"]
        for fr, why in local_after.get(int(key), []):
            rows.append(dict(fr, item=None, why=why, split=(0, 1)))
    return rows


def build_force(rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("Organisational Learning | last updated 19/01/2024 | RAG: RED = off track, "
                "AMBER = in progress, GREEN = complete and submitted / ready to submit to "
                "HMICFRS, COMPLETE = closed")
    heads = ["No.", "Report", "Date published", "HMICFRS Ref", "Type",
             "Recommendation / AFI", "Lead", "RAG", "Progress update",
             "Date submitted for closure"]
    hr = 4
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(name="Calibri", size=11, bold=True)
        c.fill = PatternFill("solid", fgColor="FFD9E1F2")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {"RED": "FFFF7C80", "AMBER": "FFFFC000", "GREEN": "FF92D050",
             "COMPLETE": "FF8EA9DB"}
    r = hr + 1
    no = 0
    leads = [x for x in T.LEADS if x]
    for row in rows:
        k, n = row["split"]
        if k == 0:
            no += 1
        label = f"{no}.{k + 1}" if n > 1 else no
        lead = rng.choice(leads)
        update = row["update"]
        if update is None and row["rag"] in ("AMBER", "RED"):
            update = rng.choice([p for p in T.PROGRESS if p and p != "xxx"
                                 and "GREEN" not in p and "omplete" not in p
                                 and "sign" not in p and "responsibility" not in p])
        elif update is None and row["rag"] == "GREEN":
            update = rng.choice(["Evidence pack submitted to HMICFRS.",
                                 "Completed. Evidence submitted to HMICFRS for closure.", None])
        elif update is None and row["rag"] == "COMPLETE":
            update = rng.choice(["Complete.", "Closed - no further update.", None])
        vals = [label, row["report"], d(row["pub"]), row["ref"], row["type"], row["text"],
                lead, row["rag"], update, d(row["sub"]) if row["sub"] else None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = Font(name="Calibri", size=11)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if row["rag"] in fills:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fills[row["rag"]])
        row["frow"] = r
        r += 1
    for col, w in zip("ABCDEFGHIJ", (6, 30, 12, 11, 12, 70, 22, 11, 50, 13)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A{hr}:J{r - 1}"
    return wb


# ---------------------------------------------------------------- deterministic save
def save(wb, path: Path):
    wb.properties.creator = "HMICFRS" if "hmicfrs" in path.name else "Organisational Learning"
    wb.properties.created = dt.datetime(2024, 1, 31, 16, 42, 0)
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-01-31T16:42:00Z\g<2>", data)
            if info.filename.startswith("xl/worksheets/"):
                # keep the spaces and line breaks between struck and red runs, as Excel does
                data = data.replace(b"<t>", b'<t xml:space="preserve">')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


README_TEXT = """# Case `inline_strike_amendments`

Built by `../build_inline_strike_amendments.py` (seed 5410, run with `/work/main/.venv/bin/python`;
it rebuilds all three files byte for byte: zip timestamps and document properties are fixed).
Texts are real HMICFRS wording taken from `reconcile/casegen/texts` (national.py, force.py,
tracker.py). Progress notes, FLL comments and local actions are written for this case.

## The layout (HMICFRS side, `hmicfrs.xlsx`)

HMICFRS sent the previous definitive list on 29/09/2023. The force liaison lead (FLL) sends it
back on 31/01/2024 **marked up in the cells**, the way people amend a table by hand: a value
HMICFRS removed is **struck through** and the value replacing it follows **in red, in the same
cell** (rich-text runs). Rows that are new since the last list are wholly in red. The force
analyst gets this workbook as the new definitive list.

A cell's stored value therefore holds **both** the old and the new value (`Being progressed
Complete`, `PEEL: Police effectiveness 20162017`, `7504 7405`, `Within six three months`). Only
the run formatting says which is current. The separator between the struck and the red run is a
space, a line break, or nothing at all, as the FLL typed it.

Sheet `Definitive list`:
- rows 1–3: title, "as at" line, and a key line (itself rich text: "struck through = removed …; red = added or changed").
- row 4: blank. Row 5: the header: `HMICFRS ref | Report | Published | Type |
  Recommendation / area for improvement / cause of concern | HMICFRS status | Date of last status change | FLL comment`.
- rows 6–77: 72 items, in the previous list's order (by publication date). Two items whose report HMICFRS corrected to 2017 stay where they were, among the 2016 rows.
- rows 79–84: "Summary of amendments" with counts in column C, and row 86 "Returned by: FLL …". None of these are items.
- Sheet `Notes`: four lines of guidance. Not items.

Refs are plain integers in the old register's style (902, 2321, 4822 and 8541 are real register ids). Types are written in full: `National recommendation`, `Recommendation`, `Area for improvement`, `Cause of concern`. Statuses are `Awaiting review`, `Being progressed` (open) and `Complete`, `Superseded`, `No further action required` (closed). Unchanged dates are date cells (dd/mm/yyyy). A date that was amended is a text cell holding both dates.

## The force side (`tracker.xlsx`)

Sheet `Tracker`: title (row 1), a RAG legend line (row 2), blank row 3, header row 4, items in rows 5–80. The columns are `No. | Report | Date published | HMICFRS Ref | Type | Recommendation / AFI | Lead | RAG | Progress update | Date submitted for closure`. RAG values: GREEN and COMPLETE mean done; AMBER and RED mean open; `N/A` is used on one row (not the force's to deliver). The tracker uses its own short report names ("PEEL Eff 17", "CDI inspection 2017") and short types (National Rec, Rec, AFI, CoC, Local). Its texts are verbatim, have the stem dropped, are abbreviated (MSHT, S&S, CCs, "Within 6 months") or carry a misspelling. Two items are split: Stolen freedom 8120 has one row per bullet (rows 35–38, numbered 31.1–31.4), and police powers 12042 has one row per part (rows 63–65, numbered 56.1–56.3).

## Traps and how the truth decides them

A careful analyst reads the **current** value of each cell: the struck run is dropped and the red run is kept.

| HMICFRS row | What the cell shows | Truth |
|---|---|---|
| 9, 15, 25, 38, 43, 56, 63, 65, 71 | status `[Being progressed] Complete` / `[Being progressed]⏎Superseded` / `[Being progressed] Superseded` (struck value in brackets) | HMICFRS **closed**. Force AMBER/RED gives closeable_local (9, 15, 25, 63, 65). Force GREEN gives in_sync (38, 43, 56, 71). |
| 45 | `[Being progressed]Complete` with no separator | closed. Force GREEN gives in_sync. |
| 18 | `[Awaiting review]Being progressed`, no separator | open either way. Force AMBER gives in_sync. |
| 50 | `[Complete] Superseded` | closed either way. Force COMPLETE gives in_sync. |
| 21 | `[Complete]⏎Being progressed`, comment "Closure not accepted…" (**re-opened**) | HMICFRS open. Force COMPLETE gives **closeable_submit** (resubmit with evidence), although the cell text contains "Complete". |
| 33 | `[Complete] Being progressed` (re-opened). Comment: `[This recommendation is complete] Closure not accepted…` | open. The force has re-opened it too (AMBER), so in_sync. |
| 69 | status cell **wholly struck** (`[Being progressed]`, nothing in red). The red FLL comment says "Closed: complete. Evidence … accepted" | HMICFRS closed (read from the comment). Force AMBER gives closeable_local. The stored value reads "Being progressed". |
| 27 | type `[Area for improvement] Recommendation` | The force says AFI (the struck value), so **conflict (type)**. |
| 52 | type `[Recommendation]Area for improvement` | The force says AFI (the current value), so no conflict. HMICFRS open and force GREEN give closeable_submit. |
| 28 | report `PEEL: Police effectiveness [2016] 2017`, published `[02/03/2017] 22/03/2018` | The force files it under PEEL Effectiveness 2016, 02/03/2017, so **conflict (report/date)**. |
| 29 | the same correction, typed with no separator (`20162017`, `02/03/201722/03/2018`) | The force already has PEEL Eff 17, 22/03/2018, so no conflict. Open vs GREEN gives closeable_submit. |
| 58, 59 | published `[21/08/2018] 28/08/2018` (custody 2018) | 58: the force has 28/08/2018, so in_sync. 59: the force has 21/08/2018, so **conflict (date)**. |
| 35 | ref `[7504] 7405` | The force carries 7504, so **conflict (reference)**. |
| 67 | ref `[TBC] 13113` | The force has no ref, which is not a disagreement. Open vs GREEN gives closeable_submit. |
| 31 | text `Within [six] three months, …` | The force has "Within 6 months", so **conflict (timescale)**. |
| 30 | text: the fifth bullet ("online reports of crime are triaged…") has been added in red | The force row has four bullets, so **conflict (missing bullet)**. |
| 72–77 | new rows wholly in red (PEEL 2023/24). The refs are already assigned. | 72, 75, 76, 77: the force has added them without a ref, so in_sync (all open). 73, 74: missing_from_force. |

Other things to notice:
- Row 42's comment "…will be updated when this review is complete." sits on an open (Awaiting review) item.
- Rows 10–13: "No further action required" is closed. On two of these rows the force is still AMBER, so they are closeable_local. The first row's comment is the register's "subsequently been inspected" text.
- Near-twins: 8 (sas13, 1836) and 17 (sas15, 3310) differ only by report and a word or two, and both are paired. Row 14 (Core Business 4822, call-handler criteria) and row 33 (CDI 2017 7403) share a body but differ by report and deadline. Rows 34 and 35 (CDI AFIs on hate crime and stalking) differ only by topic.
- Row 37 carries the report's stray footnote digit ("intelligence 86 and"). The force text is clean.
- Rows 7, 23, 46, 57, 73, 74 are missing_from_force (7 is closed on HMICFRS, the rest are open).
- The following force rows are not_on_hmicfrs_list:
  - `Tracker!21`: a Joint Audit Committee action.
  - `Tracker!26` and `Tracker!80`: the force's own local actions.
  - `Tracker!34`: a CDI 2014 AFI that is not on the list.
  - `Tracker!67`: the Home Office and NPCC recommendation, N/A.
- Split rows: the four rows for 8120 are all GREEN while HMICFRS has the item open, so each row is closeable_submit. The three rows for 12042 are all AMBER, so each is in_sync.

## Counts (truth.csv lines)

| category | lines | items |
|---|---|---|
| in_sync | 40 | 38 (+2 extra split rows) |
| closeable_submit | 15 | 12 (+3 extra split rows) |
| closeable_local | 10 | 10 |
| conflict | 6 | 6 |
| missing_from_force | 6 | 6 |
| not_on_hmicfrs_list | 5 | 5 force rows |
| **total** | **82** | 72 HMICFRS items, 76 force rows |

22 of 72 items (31%) are closed on one side only. 11 items were closed in this return and 2 were re-opened. Ten items carry corrections to their type, report, date, reference or wording (rows 27–31, 35, 52, 58, 59, 67). Six of them are conflicts (27, 28, 30, 31, 35, 59); the other four (29, 52, 58, 67) agree with the force's values. Six rows are new.
"""


def main():
    CASE.mkdir(parents=True, exist_ok=True)
    (CASE / "README.md").write_text(README_TEXT, encoding="utf-8")
    hwb = build_hmicfrs()
    rows = force_rows()
    fwb = build_force(rows)
    save(hwb, CASE / "hmicfrs.xlsx")
    save(fwb, CASE / "tracker.xlsx")
    truth = []
    for it in ITEMS:
        h = f"Definitive list!{it['hrow']}"
        frs = [row for row in rows if row.get("item") is it]
        if not frs:
            truth.append((h, "", it["cat"], it["why"]))
        for row in frs:
            truth.append((h, f"Tracker!{row['frow']}", it["cat"], it["why"]))
    for row in rows:
        if row.get("item") is None:
            truth.append(("", f"Tracker!{row['frow']}", "not_on_hmicfrs_list", row["why"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    print(len(ITEMS), "HMICFRS items;", len(rows), "force rows;", len(truth), "truth lines")
    print(dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
