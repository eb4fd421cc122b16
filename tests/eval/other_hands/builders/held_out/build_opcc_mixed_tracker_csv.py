"""Build the independent case `opcc_mixed_tracker_csv`.

An OPCC's JARAP recommendations tracker (HMICFRS items mixed with internal and external audit
recommendations), exported from Excel as "CSV UTF-8 (comma delimited)", reconciled against an
HMICFRS definitive list (xlsx).  Run with /work/main/.venv/bin/python.  Writes only under
/tmp/indep2/vertical/opcc_mixed_tracker_csv/.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    BWV_2021,
    CONTROL_ROOM,
    DIGITAL,
    FIREARMS,
    LEADS,
    LOCAL_ACTIONS,
    NATIONAL,
    SF_LEADERSHIP,
    TOPIC_BODIES,
    BODIES,
)

random.seed(20240131)
OUT = Path("/tmp/indep2/vertical/opcc_mixed_tracker_csv")
OUT.mkdir(parents=True, exist_ok=True)
REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")
AS_AT = dt.date(2024, 1, 31)
FORCE = "Leicestershire Police"


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def nat_type(key: str, i: int) -> str:
    return NATIONAL[key][2][i][0]


def real(i: int) -> str:
    return REAL.text[i]


def topic(body_idx: int, t: str) -> str:
    return TOPIC_BODIES[body_idx].format(t=t)


def straight(t: str) -> str:
    return t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def trunc255(t: str) -> str:
    """The old OPCC database kept 255 characters of a memo field."""
    return t[:255]


# ---------------------------------------------------------------- HMICFRS reports on the list
REPORTS = {
    # key: (HMICFRS title, publication date)
    **{k: (v[0], dt.date(*v[1])) for k, v in NATIONAL.items()},
    "eff15": ("PEEL: Police efficiency 2015", dt.date(2015, 10, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 21)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14)),
    "p1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2)),
    "p2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 13)),
    "p2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2023, 5, 25)),
}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

N1_TEXT = real(57).replace("Bedfordshire Police", FORCE)
CD2_TEXT = ("HMICFRS recommends that the force should immediately:take steps to ensure it fully "
            "complies with national crime recording standard (NCRS) requirements for offences "
            "identified as modern slavery and human trafficking; and")

# Each item: id, report key, ref, type, text, HMICFRS status, force plan, category.
# force plan: dict(kind=..., ...) or None (missing).  Categories are the truth.
ITEMS: list[dict] = []


def item(iid, rep, ref, typ, text, hm, cat, force=None, why=""):
    ITEMS.append(dict(id=iid, rep=rep, ref=ref, type=typ, text=text, hm=hm, cat=cat,
                      force=force, why=why))


# --- national -----------------------------------------------------------------------------
item("S1", "sas13", 1183, NAT, nat("sas13", 0), "Complete", "in_sync",
     dict(status="Not Adopted", src_ref="1183"),
     "HMICFRS complete; tracker GREY 'Not Adopted' (CCs and College of Policing to act) - both closed")
item("S2", "sas13", 1184, NAT, nat("sas13", 1), "Superseded", "closeable_local",
     dict(text="HMIC recommends that " + nat("sas13", 1), status="Outstanding"),
     "HMICFRS superseded (picked up in PEEL legitimacy); tracker still Outstanding (stem 'HMIC recommends that' added)")
item("S3", "sas13", 1185, NAT, nat("sas13", 2), "Complete", "in_sync",
     dict(status="Completed"),
     "both closed: HMICFRS complete, tracker Completed (2013 wording: 'elected local policing bodies')")
item("E1", "everyone", 2321, NAT, nat("everyone", 0), "Complete", "in_sync",
     dict(text=trunc255(nat("everyone", 0)), status="Completed", src_ref="2321"),
     "both closed; tracker text cut at 255 characters")
item("A1", "austerity", 2590, NAT, nat("austerity", 0), "Complete", "in_sync",
     dict(status="Completed"),
     "both closed (an External Audit row on the tracker has near-identical wording but is a separate audit item)")
item("A2", "austerity", 2591, NAT, nat("austerity", 1), "Complete", "missing_from_force", None,
     "not on the tracker (closed by HMICFRS, never tracked by the OPCC)")
item("A3", "austerity", 2592, NAT, nat("austerity", 2), "Complete", "closeable_local",
     dict(text=("Management should assess whether the Force has taken the decisive action seen in many "
                "forces in order to maintain its crime fighting capacity, where the proportion of the "
                "workforce and/or police officers on the front line is planned to reduce."),
          status="Outstanding"),
     "HMICFRS complete; tracker Outstanding (RED); text paraphrased into audit style 'Management should...'")
item("A4", "austerity", 2593, NAT, nat("austerity", 3), "Complete", "in_sync",
     dict(status="Completed"), "both closed")
item("C1", "core", 4821, NAT, nat("core", 0), "Complete", "in_sync",
     dict(status="Completed", src_ref="4821"), "both closed")
item("C2", "core", 4822, NAT, nat("core", 1), "Being progressed", "closeable_submit",
     dict(text=("Management should ensure that crime prevention or disruption activity carried out is "
                "systematically recorded and subsequently evaluated to determine the effectiveness of "
                "tactics being employed."), status="Completed"),
     "HMICFRS open; tracker Completed; audit-style paraphrase")
item("I1", "integrity", 5010, NAT, nat("integrity", 0), "Awaiting review", "closeable_submit",
     dict(text=straight(nat("integrity", 0)), status="Completed", src_ref="HMICFRS 5010"),
     "HMICFRS open (awaiting review); tracker Completed")
item("SS1", "sas15", 5207, NAT, nat("sas15", 0), "Being progressed", "missing_from_force", None,
     "2015 repeat of the 2013 stop and search 'explain to the public' recommendation; the tracker only has the 2013 one (row under Stop & Search 2013, 2013 wording)")
item("P1", "picture", 5533, NAT, nat("picture", 0), "Complete", "closeable_local",
     dict(status="Outstanding", revised="31/03/2024"),
     "HMICFRS complete; tracker Outstanding (revised target 31/03/2024)")
item("F1", "firearms", 5912, NAT, nat("firearms", 0), "Being progressed", "in_sync",
     dict(text=trunc255(nat("firearms", 0)), status="Outstanding", src_ref="5912"),
     "both open; tracker text cut at 255 characters")
item("F2", "firearms", 5913, NAT, FIREARMS, "Being progressed", "conflict",
     dict(text=FIREARMS.replace("Within three months", "Within six months"), status="Outstanding"),
     "timescale differs: HMICFRS 'Within three months', tracker 'Within six months'")
item("F3", "firearms", 5914, NAT, nat("firearms", 2), "Complete", "in_sync",
     dict(text=straight(nat("firearms", 2)), status="Completed"), "both closed")
item("F4", "firearms", 5915, NAT, nat("firearms", 3), "Being progressed", "closeable_submit",
     dict(text=trunc255(nat("firearms", 3).replace("Home Office", "HO").replace(
         "National Firearms Licensing Management System", "NFLMS")), status="Completed"),
     "HMICFRS open; tracker Completed; abbreviated (HO, NFLMS) and cut at 255 characters")
item("F5", "firearms", 5916, NAT, nat("firearms", 4), "Awaiting review", "missing_from_force", None,
     "not on the tracker")
# Stolen freedom
sf_parts = SF_LEADERSHIP.split("\n")
item("ST1", "stolen", 8301, NAT, SF_LEADERSHIP, "Being progressed", "in_sync",
     dict(split=[(sf_parts[0] + " " + sf_parts[1].lstrip("• "), "Completed"),
                 (sf_parts[2], "Completed"), (sf_parts[3], "Outstanding"), (sf_parts[4], "Completed")]),
     "split into 4 tracker rows (one per bullet); one bullet still Outstanding so the item is open on both sides")
item("ST2", "stolen", 8302, NAT, nat("stolen", 1), "Being progressed", "closeable_submit",
     dict(text=nat("stolen", 1).replace(" 86 ", " ") + ".", status="Completed", src_ref="HMICFRS 8302"),
     "HMICFRS open; tracker Completed (footnote digit '86' dropped by the force). Not to be confused with the PEEL 2023/24 AFI on the same subject")
item("ST3", "stolen", 8303, NAT, nat("stolen", 2), "Being progressed", "missing_from_force", None,
     "section 45 defence recommendation not on the tracker")
item("ST4", "stolen", 8304, NAT, nat("stolen", 3), "Complete", "in_sync",
     dict(status="Completed"), "both closed")
item("ST5", "stolen", 8305, NAT, nat("stolen", 4), "Awaiting review", "in_sync",
     dict(text=("Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
                "for offences identified as MSHT & that sufficient audit capacity is available to the "
                "force crime registrar to provide reassurance that each force is identifying & managing "
                "any gaps in its crime-recording accuracy for these types of offences."),
          status="Outstanding"),
     "both open; tracker abbreviates (NCRS, MSHT, &)")
item("ST6", "stolen", 8306, NAT, nat("stolen", 5), "Being progressed", "conflict",
     dict(status="Outstanding", report="PEEL: Effectiveness 2016", group="eff16"),
     "different report: tracker files this Stolen Freedom (2017) recommendation under 'PEEL: Effectiveness 2016'")
item("ST7", "stolen", 8307, NAT, nat("stolen", 6), "Superseded", "closeable_local",
     dict(status="Outstanding", src_ref="8307"),
     "HMICFRS superseded; tracker Outstanding")
item("D1", "efc17", 8402, NAT, nat("efc17", 0), "Being progressed", "closeable_submit",
     dict(text=DIGITAL, status="Completed", src_ref="8402"),
     "HMICFRS open; tracker Completed; tracker keeps only the first sentence")
# Legitimacy 2017 national
item("L0", "leg17", 8540, COC, nat("leg17", 0), "Being progressed", "missing_from_force", None,
     "the cause of concern itself is not on the tracker (only its recommendations are)")
item("L1", "leg17", 8541, NAT, nat("leg17", 1), "Being progressed", "in_sync",
     dict(text=trunc255(nat("leg17", 1)), status="Outstanding", src_ref="8541"),
     "both open; tracker text cut at 255 characters")
item("L2", "leg17", 8542, NAT, nat("leg17", 2), "Being progressed", "closeable_submit",
     dict(text=nat("leg17", 2).replace("•", "- "), status="Completed"),
     "HMICFRS open; tracker Completed")
item("L3", "leg17", 8543, NAT, nat("leg17", 3), "Complete", "in_sync",
     dict(status="Completed"), "both closed")
item("L4", "leg17", 8544, NAT, nat("leg17", 4), "Being progressed", "in_sync",
     dict(text=nat("leg17", 4).replace("College of Policing", "CoP").replace("stop and search", "S&S"),
          status="Outstanding", src_ref="8544"),
     "both open; tracker abbreviates. Not the PEEL 2021/22 AFI with the same ask (that one is missing)")
# Disproportionate use of police powers 2021
bwv = BWV_2021.split("\n")
item("PW1", "powers", 12470, NAT, nat("powers", 0), "Being progressed", "in_sync",
     dict(status="Outstanding"), "both open (target passed: RED)")
item("PW2", "powers", 12471, NAT, nat("powers", 1), "Being progressed", "closeable_submit",
     dict(text=("Management should ensure that communication skills are reinforced as part of the CPD "
                "programme for officers & staff, and that supervisors are supported to routinely and "
                "frequently debrief officers on these skills using BWV footage."), status="Completed"),
     "HMICFRS open; tracker Completed; audit-style paraphrase with abbreviations")
item("PW3", "powers", 12472, NAT, BWV_2021, "Being progressed", "in_sync",
     dict(split=[(bwv[0], "Completed"), (bwv[1], "Completed"), (bwv[2], "Outstanding")],
          split_refs=["12472a", "12472b", "12472c"]),
     "split into 3 rows (refs 12472a/b/c); one part Outstanding so the item is open on both sides")
item("PW4", "powers", 12473, NAT, nat("powers", 3), "Being progressed", "closeable_submit",
     dict(status="Not Adopted"),
     "HMICFRS open; tracker GREY 'Not Adopted' (Home Office/NPCC action): force side counts as done")
item("PW5", "powers", 12474, NAT, nat("powers", 4), "Being progressed", "in_sync",
     dict(status="Outstanding", src_ref="12474"),
     "both open. Not the PEEL 2021/22 AFI on the same subject (that has its own row)")

# --- force-level -----------------------------------------------------------------------------
item("EF1", "eff15", 6120, AFI, real(14), "Complete", "closeable_local",
     dict(text=("Management should ensure that further work is undertaken to gain a fuller understanding "
                "of current demand for Force services, and likely future changes in demand, so that "
                "resources are matched to demand to meet the needs of the public."), status="Outstanding"),
     "HMICFRS complete; tracker Outstanding; audit-style paraphrase")
item("EF2", "eff15", 6121, AFI, real(15), "Complete", "in_sync",
     dict(text=("Management should ensure that the Force develops its understanding of the links between "
                "its outcomes, outputs and costs."), status="Completed"),
     "both closed; audit-style paraphrase")
item("EF3", "eff15", 6122, AFI, real(16), "Superseded", "in_sync",
     dict(status="Completed"), "both closed (HMICFRS superseded, tracker Completed)")
item("EV0", "eff16", 6991, COC, real(25), "Being progressed", "in_sync",
     dict(text=trunc255("Cause of concern - " + straight(real(25))), status="Outstanding", src_ref="6991"),
     "both open; cause of concern tracked with 'Cause of concern - ' prefix, cut at 255 characters")
ev1 = real(26)
ev1_head, ev1_rest = ev1.split("\n", 1)
ev1_bul = [b.strip(" ;") for b in ev1_rest.split("•") if b.strip()]
item("EV1", "eff16", 6992, REC, ev1, "Being progressed", "closeable_submit",
     dict(split=[(ev1_head + " " + ev1_bul[0].rstrip(";") + ";", "Completed"),
                 ("• " + ev1_bul[1], "Completed"), ("• " + ev1_bul[2], "Completed")],
          src_ref="6992"),
     "split into 3 rows (one per bullet), all Completed; HMICFRS still open")
item("EV2", "eff16", 6993, AFI,
     "The force should take steps to ensure that there is effective supervision of the initial risk "
     "assessment process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", "Complete", "in_sync",
     dict(status="Completed", src_ref="6993"), "both closed")
item("EV3", "eff16", 6994, AFI, CONTROL_ROOM, "Being progressed", "conflict",
     dict(status="Outstanding", src_ref="6949"),
     "reference differs: HMICFRS 6994, tracker Source Ref 6949 (digits transposed; neighbours carry 6991-6993)")
item("EV4", "eff16", 6995, AFI,
     "The force should " + topic(2, "child sexual exploitation") + ".", "Complete", "missing_from_force",
     None, "not on the tracker")
cd = real(11)
cd_head, cd_rest = cd.split("\n", 1)
cd_bul = [b.strip() for b in cd_rest.split("\n")]
item("CD1", "cdi17", 7410, REC, cd, "Being progressed", "conflict",
     dict(split=[(cd_head + "\n" + cd_bul[0], "Completed"), (cd_bul[1], "Completed"),
                 (cd_bul[2], "Outstanding"), (cd_bul[4], "Completed")], src_ref="7410"),
     "split into rows per bullet, but the 4th bullet (awaiting medical examinations / video interviews) has no tracker row")
item("CD2", "cdi17", 7411, REC, CD2_TEXT, "Being progressed", "closeable_submit",
     dict(text=CD2_TEXT.replace("immediately:take", "immediately: take").replace("; and", ""),
          status="Completed"),
     "HMICFRS open; tracker Completed; 'HMICFRS recommends that' stem kept. Not the Stolen Freedom NCRS item")
item("N1", "ncpi18", 8866, REC, N1_TEXT, "Being progressed", "in_sync",
     dict(text=trunc255(straight(N1_TEXT)), status="Outstanding", src_ref="8866"),
     "both open; tracker text cut at 255 characters")
item("P18a", "p1819", 10231, REC, real(0), "Complete", "in_sync",
     dict(text=straight(real(0)), status="Completed", src_ref="10231"),
     "both closed; 'HMIC recommends that' stem kept on both")
item("P18b", "p1819", 10232, AFI,
     "The force should improve its understanding of suspects released under investigation and the "
     "management of those released on bail.", "Being progressed", "conflict",
     dict(text=("Cause of concern - The force should improve its understanding of suspects released "
                "under investigation (RUI) and the management of those released on bail."),
          status="Outstanding"),
     "type differs: HMICFRS lists an area for improvement, the tracker labels it 'Cause of concern'")
item("P18c", "p1819", 10233, REC, real(6), "Being progressed", "closeable_submit",
     dict(text=("Management should ensure that there is regular and active supervision of the quality and "
                "progress of investigations and that this supervision is properly recorded."),
          status="Completed", src_ref="Ref: 10233"),
     "HMICFRS open; tracker Completed; audit-style paraphrase (timescale only on the HMICFRS side)")
item("P18d", "p1819", 10234, AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, computers "
     "and other electronic devices quickly enough to ensure investigations are not delayed.",
     "Superseded", "closeable_local", dict(status="Outstanding"),
     "HMICFRS superseded; tracker Outstanding")
item("P21a", "p2122", 13902, AFI,
     "The force should ensure that all officers who use stop and search powers have been provided "
     "with, and understand, training on unconscious bias and College of Policing APP on stop and "
     "search.", "Being progressed", "missing_from_force", None,
     "not on the tracker: the force's only unconscious-bias row is the 2017 national one (PEEL Legit 17 S&S)")
item("P21b", "p2122", 13903, AFI,
     "The force should ensure it has effective internal monitoring processes on the use of force, to "
     "help it to identify and understand disproportionate use, explain the reasons and implement any "
     "necessary improvement action.", "Being progressed", "closeable_submit",
     dict(status="Completed", src_ref="13903"),
     "HMICFRS open; tracker Completed. The 2021 national item on the same subject has its own row")
item("P21c", "p2122", 13904, AFI,
     "The force should make sure there are appropriate strategic oversight arrangements in place to "
     "manage risks, performance and improvement plans effectively.", "Being progressed", "in_sync",
     dict(text=("Management should ensure that appropriate strategic oversight arrangements are in place "
                "to manage risks, performance and improvement plans effectively."), status="Outstanding"),
     "both open; audit-style paraphrase")
item("P21d", "p2122", 13905, AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and manage "
     "known risks.", "Being progressed", "in_sync",
     dict(text="The Force should make sure the corporate risk register is actively used  to mitigate and manage known risks",
          status="Outstanding"), "both open")
item("P21e", "p2122", 13906, AFI, "The force should " + topic(7, "county lines drug dealing") + ".",
     "Being progressed", "in_sync", dict(status="Outstanding"), "both open")
item("P23a", "p2324", 16011, AFI,
     f"{FORCE} should have in place active information-sharing agreements with other agencies to "
     "facilitate speedy exchange of intelligence and in order to safeguard victims better and to "
     "identify suspects as early as possible.", "Awaiting review", "in_sync",
     dict(status="Outstanding"),
     "both open. Not the Stolen Freedom 2017 national item with the same ask (own row, Completed)")
item("P23b", "p2324", 16012, AFI, "The force should " + topic(12, "fraud") + ".", "Awaiting review",
     "in_sync", dict(text="Victims of fraud to be kept informed of progress of their case (VCOP)",
                     status="Outstanding"),
     "both open; tracker text heavily abridged")
item("P23c", "p2324", 16013, AFI, "The force should " + topic(6, "serious and organised crime") + ".",
     "Awaiting review", "missing_from_force", None, "not on the tracker")
item("P23d", "p2324", 16014, AFI, "The force should " + topic(14, "online child sexual abuse") + ".",
     "Awaiting review", "conflict",
     dict(status="Outstanding", report="PEEL 2023/24 – published 25/05/2022"),
     "publication date differs: HMICFRS 25/05/2023, tracker row says 'published 25/05/2022'")

assert len(ITEMS) == 60, len(ITEMS)
assert len({i["ref"] for i in ITEMS}) == 60

# ---------------------------------------------------------------- HMICFRS xlsx
ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture", "firearms",
         "eff15", "eff16", "cdi17", "stolen", "efc17", "leg17", "ncpi18", "p1819", "powers",
         "p2122", "p2324"]
assert sorted(ORDER) == sorted({i["rep"] for i in ITEMS})


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


HM_COMMENT = {
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered by members "
                 "of the inspection team in recent inspection activity."],
    "Superseded": ["This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
                   "inspections. Where a cause of concern still exists this will appear in the register "
                   "against these subsequent inspections."],
    "Being progressed": ["The progress of the implementation of this recommendation is currently being "
                         "monitored by HMICFRS and this record will, in due course, be updated.", ""],
    "Awaiting review": ["New recommendation"],
}

wb = Workbook()
ws = wb.active
ws.title = "Leicestershire"
ws["A1"] = "HMICFRS recommendations, areas for improvement and causes of concern – Leicestershire Police"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Definitive list as at 8 January 2024"
HDR = ["Reference", "Report title", "Publication date", "Type", "Recommendation / AFI text",
       "Status", "Status date", "HMICFRS comment"]
ws.append([])
ws.append(HDR)
for c in ws[4]:
    c.font = Font(bold=True)
HM_ROW: dict[str, int] = {}
by_rep = {k: [i for i in ITEMS if i["rep"] == k] for k in ORDER}
for k in ORDER:
    title, pub = REPORTS[k]
    for it in by_rep[k]:
        st = it["hm"]
        if st == "Awaiting review":
            sdate = pub + dt.timedelta(days=random.randint(3, 20))
        else:
            lo = pub + dt.timedelta(days=200)
            hi = max(lo + dt.timedelta(days=10), min(AS_AT - dt.timedelta(days=20), pub + dt.timedelta(days=1800)))
            sdate = lo + dt.timedelta(days=random.randint(0, (hi - lo).days))
        ws.append([it["ref"], title, pub, it["type"], it["text"], st, ordinal(sdate),
                   random.choice(HM_COMMENT[st])])
        HM_ROW[it["id"]] = ws.max_row
        ws.cell(ws.max_row, 3).number_format = "dd/mm/yyyy"
        ws.cell(ws.max_row, 5).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFGH", (11, 45, 14, 22, 90, 17, 20, 50)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
wb.save(OUT / "hmicfrs.xlsx")

# ---------------------------------------------------------------- tracker.csv
TNAME = {
    "sas13": "Stop & Search powers (HMIC 2013)",
    "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014",
    "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015",
    "picture": "Building the Picture 2015",
    "firearms": "Targeting the Risk (Firearms Licensing) 2015",
    "eff15": "PEEL Efficiency 2015",
    "eff16": "PEEL: Effectiveness 2016",
    "cdi17": "CDI inspection 2017",
    "stolen": "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – published 24 October 2017",
    "efc17": "PEEL Efficiency 17 (all forces)",
    "leg17": "PEEL Legit 17 S&S",
    "ncpi18": "NCPI 2018",
    "p1819": "PEEL 2018/19",
    "powers": "Police powers spotlight (Feb 21)",
    "p2122": "PEEL 21-22",
    "p2324": "PEEL 2023/24 – published 25/05/2023",
}
HEADING = {
    "sas13": "HMIC – Stop and search powers: are the police using them effectively and fairly? (July 2013)",
    "everyone": "HMIC – Everyone's business: improving the police response to domestic abuse (March 2014)",
    "austerity": "HMIC – Policing in austerity: meeting the challenge (July 2014)",
    "core": "HMIC – Core Business (September 2014)",
    "integrity": "HMIC – Integrity matters (January 2015)",
    "picture": "HMIC – Building the picture (July 2015)",
    "firearms": "HMIC – Targeting the risk: firearms licensing (September 2015)",
    "eff15": "HMIC – PEEL Efficiency 2015 (Leicestershire) – 3 areas for improvement",
    "eff16": "HMIC – PEEL Effectiveness 2016 (Leicestershire) – cause of concern, recommendation and AFIs",
    "cdi17": "HMICFRS – Crime Data Integrity 2017 (Leicestershire)",
    "stolen": "HMICFRS – Stolen Freedom (October 2017)",
    "efc17": "HMICFRS – PEEL Efficiency 2017 national report",
    "leg17": "HMICFRS – PEEL Legitimacy 2017 national report (stop and search)",
    "ncpi18": "HMICFRS – National Child Protection Inspection 2018 (Leicestershire)",
    "p1819": "HMICFRS – PEEL 2018/19 (Leicestershire) – published May 2019",
    "powers": "HMICFRS – Disproportionate use of police powers: spotlight on stop and search and use of force (February 2021)",
    "p2122": "HMICFRS – PEEL 2021/22 (Leicestershire)",
    "p2324": "HMICFRS – PEEL 2023/25 (Leicestershire) – first report published May 2023",
}
OPCC_OWNERS = ["OPCC Chief Executive", "OPCC Chief Finance Officer", "Force Chief Finance Officer",
               "Head of Estates", "Head of Information Management", "Head of Professional Standards",
               "Force Crime Registrar", "Head of Corporate Development"]
COLS = ["No.", "Source", "Source Ref", "Report / Audit", "Recommendation", "Priority",
        "Responsible Officer", "Original Target Date", "Revised Target Date", "RAG", "Status", "Update"]

DEADLINE_MONTHS = [("Within three months", 3), ("Within six months", 6), ("within six months", 6),
                   ("Within twelve months", 12), ("Immediately", 1), ("immediately", 1)]
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December"], 1)}


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, min(d.day, 28))


def target_for(text: str, pub: dt.date) -> dt.date | None:
    m = re.search(r"(?:By|Not later than) (\d{1,2} )?(January|February|March|April|May|June|July|August|"
                  r"September|October|November|December) (\d{4})", text)
    if m:
        day = int(m.group(1)) if m.group(1) else 28
        return dt.date(int(m.group(3)), MONTHS[m.group(2)], day)
    for k, n in DEADLINE_MONTHS:
        if k in text:
            return add_months(pub, n)
    return None


def fmt(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def rag(status: str, tgt: dt.date | None) -> str:
    if status == "Completed":
        return "GREEN"
    if status == "Not Adopted":
        return "GREY"
    if tgt is not None and tgt < AS_AT:
        return "RED"
    return "AMBER"


def upd_date(lo: dt.date) -> dt.date:
    lo = max(lo, dt.date(2016, 1, 1))
    return lo + dt.timedelta(days=random.randint(0, max(1, (AS_AT - lo).days - 5)))


DONE_UPD = ["Completed. Evidence submitted to HMICFRS for closure.",
            "Already complete / believed to be complete within short time scale (and within deadline).",
            "Ready to move to GREEN status.",
            "The policy is now signed off and in place with an implementation date of the end of October.",
            "A Task & Finish group has been set up and a full implementation/project plan, policy rewrite "
            "and communications plan is now completed."]
OPEN_UPD = ["Work undertaken in area but still requires development to complete.",
            "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
            "Addressed holistically as part of the force change programme.",
            "Little work yet undertaken in this area. Unlikely to reach deadlines.",
            "Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to inform the "
            "56-day response.",
            "Awaiting allocation."]
GREY_UPD = "Not the force's responsibility to deliver; dependent upon another organisation."


AUDIT_DONE_UPD = ["Implemented - confirmed by Internal Audit follow-up review.",
                  "Ready to move to GREEN status.",
                  "The policy is now signed off and in place with an implementation date of the end of October.",
                  "Pending sign off by the chief officer lead. Evidence provided to auditors."]


def update_text(status: str, pub: dt.date, audit: bool = False) -> str:
    if status == "Not Adopted":
        return f"{fmt(upd_date(pub))} - {GREY_UPD}"
    n = random.choice([1, 1, 2, 2, 3])
    dates = sorted({upd_date(pub) for _ in range(n)}, reverse=True)
    lines = []
    opens = random.sample(OPEN_UPD, len(dates))
    for j, d in enumerate(dates):
        if status == "Completed" and j == 0:
            lines.append(f"{fmt(d)} - {random.choice(AUDIT_DONE_UPD if audit else DONE_UPD)}")
        else:
            lines.append(f"{fmt(d)} - {opens[j]}")
    return "\n".join(lines)


records: list[list[str]] = []   # every CSV record, in order
truth: list[dict] = []
blank = [""] * len(COLS)


def rec(cells: dict | None = None, first: str | None = None) -> int:
    r = blank.copy()
    if first is not None:
        r[0] = first
    if cells:
        for k, v in cells.items():
            r[COLS.index(k)] = "" if v is None else str(v)
    records.append(r)
    return len(records)          # Excel row number of this record


counter = [0]


def next_no() -> str:
    counter[0] += 1
    return str(counter[0])


OWNER_BY_WORD = [("firearm", ["Supt Firearms Licensing"]),
                 ("stop and search", ["C/Supt Bell", "ACC Local Policing"]),
                 ("body-worn", ["C/Supt Bell", "ACC Local Policing"]),
                 ("communication skills", ["Head of Learning & Development"]),
                 ("use of force", ["C/Supt Bell"]),
                 ("domestic abuse", ["Ch Supt Public Protection"]),
                 ("DASH", ["Ch Supt Public Protection"]),
                 ("child", ["Ch Supt Public Protection"]),
                 ("modern slavery", ["Det Ch Supt Force CID", "Head of Intelligence"]),
                 ("crime-recording", ["Force Crime Registrar"]),
                 ("crime recording", ["Force Crime Registrar"]),
                 ("victims are believed", ["Force Crime Registrar"]),
                 ("misconduct", ["Head of Professional Standards"]),
                 ("vetting", ["Head of Professional Standards"]),
                 ("information management", ["Head of Information Management"]),
                 ("workforce", ["Director of People"]),
                 ("savings", ["Director of Finance"]),
                 ("costs", ["Director of Finance"]),
                 ("collaboration", ["DCC"]),
                 ("digital", ["Head of Corporate Development"]),
                 ("risk register", ["Head of Corporate Development"]),
                 ("oversight", ["DCC"]),
                 ("control room", ["Supt Contact Centre"]),
                 ("call-handlers", ["Supt Contact Centre"]),
                 ("investigat", ["Det Ch Supt Force CID", "ACC Crime"]),
                 ("custody", ["Ch Insp Custody"])]


def owner(text: str = "") -> str:
    for word, leads in OWNER_BY_WORD:
        if word.lower() in text.lower():
            return random.choice(leads + [""] * (len(leads) // 3))
    return random.choice(LEADS) or ""


rec(first="Office of the Police and Crime Commissioner for Leicestershire")
rec(first="Joint Audit, Risk and Assurance Panel – Paper B: HMICFRS, Internal Audit and External Audit Recommendations Tracker")
rec(first="Position as at 31 January 2024")
rec()
rec({c: c for c in COLS})
rec(first="HMICFRS RECOMMENDATIONS")


def hm_row(it: dict, text: str, status: str, report: str | None, src_ref: str, own: str,
           pub: dt.date, revised: str = "") -> int:
    tgt = target_for(text if text else it["text"], pub) or target_for(it["text"], pub)
    orig = fmt(tgt) if tgt else random.choice(["No deadline set by HMICFRS", "", fmt(add_months(pub, 12))])
    eff = tgt
    if revised:
        eff = dt.datetime.strptime(revised, "%d/%m/%Y").date()
    elif status == "Outstanding" and tgt and tgt < AS_AT and random.random() < 0.3:
        revised = fmt(dt.date(2024, random.choice([3, 6, 9]), 28 if random.random() < .5 else 30))
        eff = dt.datetime.strptime(revised, "%d/%m/%Y").date()
    if eff is None and orig and orig[0].isdigit():
        eff = dt.datetime.strptime(orig, "%d/%m/%Y").date()
    return rec({"No.": next_no(), "Source": "HMIC" if pub.year < 2017 else "HMICFRS",
                "Source Ref": src_ref, "Report / Audit": report, "Recommendation": text,
                "Responsible Officer": own, "Original Target Date": orig,
                "Revised Target Date": revised, "RAG": rag(status, eff), "Status": status,
                "Update": update_text(status, pub)})


# force groups: the report under which each tracked item appears on the tracker
group_of = {}
for it in ITEMS:
    if it["force"] is not None:
        group_of[it["id"]] = it["force"].get("group", it["rep"])

# HMICFRS-source rows not on the list: (group, report name, ref, text, status)
EXTRA_HM = {
    "eff16": [],
    "p1819": [("PEEL 2018/19", "",
               "The force should ensure all staff have received at least the lowest level of vetting "
               "clearance for their roles as quickly as possible, working to clear both the vetting "
               "backlog and new vetting renewals when they become due so that it complies fully with the "
               "national vetting guidelines.", "Outstanding",
               "vetting AFI the OPCC carries under PEEL 2018/19; HMICFRS's list has no such item")],
}
EXTRA_HEAD = [
    ("CDI 2014", "HMIC – Crime Data Integrity 2014 (Leicestershire)", "",
     "The force should " + BODIES[58] + ".", "Completed",
     "CDI 2014 item; HMICFRS list holds nothing from CDI 2014 (closed and dropped)"),
    ("PEEL Effectiveness 2017", "HMICFRS – PEEL Effectiveness 2017 (Leicestershire)", "7702",
     "The force should " + topic(12, "rape and serious sexual offences") + ".", "Completed",
     "PEEL Effectiveness 2017 AFI; no such report/item on the HMICFRS list (ref 7702 not on the list)"),
    ("Custody inspection 2018", "HMICFRS/HMIP – Unannounced inspection of police custody suites 2018", "",
     "Within twelve months, the force should " + topic(4, "vulnerable adults") + ".", "Outstanding",
     "custody inspection item; no custody report on the HMICFRS list"),
]
assert "revise its approach to cautions" in BODIES[58]

extra_pub = {"CDI 2014": dt.date(2014, 9, 18), "PEEL Effectiveness 2017": dt.date(2018, 3, 22),
             "Custody inspection 2018": dt.date(2018, 8, 2), "PEEL 2018/19": REPORTS["p1819"][1]}

FORCE_ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "picture", "firearms", "eff15",
               "CDI 2014", "eff16", "cdi17", "stolen", "efc17", "leg17", "PEEL Effectiveness 2017",
               "ncpi18", "Custody inspection 2018", "p1819", "powers", "p2122", "p2324"]

for g in FORCE_ORDER:
    extra = [e for e in EXTRA_HEAD if e[0] == g]
    if extra:
        name, head, ref, text, status, why = extra[0]
        rec(first=head)
        r = hm_row({"text": text}, text, status, name, ref, owner(text), extra_pub[name])
        truth.append(dict(hmicfrs_row="", force_row=f"tracker.csv!{r}", category="not_on_hmicfrs_list",
                          why=why))
        continue
    rec(first=HEADING[g])
    its = [i for i in ITEMS if i["force"] is not None and group_of[i["id"]] == g]
    its.sort(key=lambda i: i["rep"] != g)      # misfiled items sit at the end of the group
    random.shuffle(its) if g in ("stolen", "p2122") else None
    for it in its:
        f = it["force"]
        pub = REPORTS[it["rep"]][1]
        report = f.get("report", TNAME[it["rep"]])
        src_ref = f.get("src_ref", "")
        own = owner(it["text"])
        if "split" in f:
            refs = f.get("split_refs") or [src_ref] + [""] * (len(f["split"]) - 1)
            for j, (txt, st) in enumerate(f["split"]):
                r = hm_row(it, straight(txt), st, report if j == 0 else "", refs[j], own, pub)
                truth.append(dict(hmicfrs_row=f"Leicestershire!{HM_ROW[it['id']]}",
                                  force_row=f"tracker.csv!{r}", category=it["cat"],
                                  why=f"{it['id']} part {j + 1}/{len(f['split'])}: {it['why']}"))
        else:
            txt = f.get("text", it["text"])
            r = hm_row(it, txt, f["status"], report, src_ref, own, pub, f.get("revised", ""))
            truth.append(dict(hmicfrs_row=f"Leicestershire!{HM_ROW[it['id']]}",
                              force_row=f"tracker.csv!{r}", category=it["cat"],
                              why=f"{it['id']}: {it['why']}"))
    for name, ref, text, status, why in EXTRA_HM.get(g, []):
        r = hm_row({"text": text}, text, status, name, ref, owner(text), extra_pub[name])
        truth.append(dict(hmicfrs_row="", force_row=f"tracker.csv!{r}", category="not_on_hmicfrs_list",
                          why=why))

# ---------------------------------------------------------------- audit sections
IA = [
    ("IA 19/20-07", "Internal Audit 2019/20 – Crime Data Quality",
     "Management should dip-sample 50 residential burglary crime reports each quarter and report findings "
     "to the Crime Standards Board.", "Medium", "Force Crime Registrar", "31/03/2020", "", "Completed"),
    ("IA 20/21-04", "Internal Audit 2020/21 – Counter Corruption",
     LOCAL_ACTIONS[4].format(t="counter-corruption"), "High", "Head of Professional Standards",
     "31/03/2022", "30/09/2023", "Outstanding"),
    ("IA 21/22-02", "Internal Audit 2021/22 – Economic Crime",
     "Management should ensure that the economic crime demand profile is reviewed as part of the force "
     "management statement.", "Low", "Director of Finance", "30/06/2022", "", "Not Adopted"),
    ("IA 22/23-05", "Internal Audit 2022/23 – Partnership Information Sharing",
     LOCAL_ACTIONS[7].format(t="missing children"), "Medium", "Ch Supt Public Protection",
     "31/03/2024", "", "Outstanding"),
    ("IA 22/23-08", "Internal Audit 2022/23 – Performance Management",
     LOCAL_ACTIONS[6].format(t="road harm"), "Low", "Head of Corporate Development", "31/12/2022", "",
     "Completed"),
    ("IA 23/24-02", "Internal Audit 2023/24 – Firearms Licensing",
     LOCAL_ACTIONS[8].format(t="firearms licensing"), "High", "Supt Firearms Licensing", "30/06/2024", "",
     "Outstanding"),
    ("IA 23/24-04", "Internal Audit 2023/24 – Training and Development",
     LOCAL_ACTIONS[1].format(t="stalking and harassment"), "Medium", "Head of Learning & Development",
     "31/12/2023", "31/05/2024", "Outstanding"),
]
EA = [
    ("EA 14/15-03", "External Audit – Annual Governance Report 2014/15",
     "Management should " + BODIES[48] + ".", "Medium", "Force Chief Finance Officer", "31/03/2015", "",
     "Completed"),
    ("EA 18/19-01", "External Audit – Audit Findings Report 2018/19",
     LOCAL_ACTIONS[0].format(t="fraud"), "Medium", "OPCC Chief Finance Officer", "31/10/2019", "",
     "Completed"),
    ("EA 22/23-02", "External Audit – Audit Findings Report 2022/23",
     LOCAL_ACTIONS[9].format(t="economic crime"), "Low", "Force Chief Finance Officer", "31/03/2023",
     "31/03/2024", "Outstanding"),
]
assert BODIES[48].startswith("review its plans to deliver savings")
assert LOCAL_ACTIONS[4].startswith("Rewrite") and LOCAL_ACTIONS[7].startswith("Agree")
assert LOCAL_ACTIONS[6].startswith("Add") and LOCAL_ACTIONS[8].startswith("Internal audit")
assert LOCAL_ACTIONS[1].startswith("Deliver") and LOCAL_ACTIONS[0].startswith("Task")
assert LOCAL_ACTIONS[9].startswith("Review the")
AUDIT_WHY = {
    "EA 14/15-03": "external audit recommendation (not an HMICFRS item), although its wording echoes the "
                   "Policing in Austerity 2014 savings recommendation, which has its own HMICFRS row",
    "IA 23/24-02": "internal audit action; resembles the firearms licensing governance recommendation, which "
                   "has its own HMICFRS row",
}


def audit_section(title: str, source: str, rows) -> None:
    rec()
    rec(first=title)
    for ref, rep, text, prio, own, orig, rev, status in rows:
        eff = dt.datetime.strptime(rev or orig, "%d/%m/%Y").date()
        yr = int("20" + ref.split()[1][:2])
        r = rec({"No.": next_no(), "Source": source, "Source Ref": ref, "Report / Audit": rep,
                 "Recommendation": text, "Priority": prio, "Responsible Officer": own,
                 "Original Target Date": orig, "Revised Target Date": rev, "RAG": rag(status, eff),
                 "Status": status, "Update": update_text(status, dt.date(yr, 9, 1), audit=True)})
        truth.append(dict(hmicfrs_row="", force_row=f"tracker.csv!{r}", category="not_on_hmicfrs_list",
                          why=AUDIT_WHY.get(ref, f"{source.lower()} recommendation {ref}; audit items are "
                                                 "never on the HMICFRS list")))


audit_section("INTERNAL AUDIT RECOMMENDATIONS (Mazars)", "Internal Audit", IA)
rec(first="Note: Low priority internal audit recommendations are reported to JARAP by exception.")
audit_section("EXTERNAL AUDIT RECOMMENDATIONS", "External Audit", EA)

# footer: legend and totals
rec()
n_items = counter[0]
n_out = sum(1 for r in records if r[COLS.index("Status")] == "Outstanding")
rec({"No.": "Key", "RAG": "RED", "Update": "Outstanding and Exceeding the Target Date"})
rec({"No.": "Key", "RAG": "AMBER", "Update": "Outstanding but within the Target Date"})
rec({"No.": "Key", "RAG": "GREEN", "Update": "Completed"})
rec({"No.": "Key", "RAG": "GREY", "Update": "Not Adopted"})
rec()
rec({"No.": "Total", "Recommendation": f"{n_items} recommendations: {n_out} Outstanding",
     "Status": str(n_out)})

# A handful of 'Outstanding' items whose RAG the OPCC left blank (not yet RAG-rated)
si, ri = COLS.index("Status"), COLS.index("RAG")
blanked = 0
for r in records:
    if r[0].isdigit() and r[si] == "Completed" and blanked < 2 and random.random() < .15:
        r[ri] = ""
        blanked += 1

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerows(records)
(OUT / "tracker.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))

# ---------------------------------------------------------------- truth
for it in ITEMS:
    if it["force"] is None:
        truth.append(dict(hmicfrs_row=f"Leicestershire!{HM_ROW[it['id']]}", force_row="",
                          category="missing_from_force", why=f"{it['id']}: {it['why']}"))


def sort_key(t):
    h = int(t["hmicfrs_row"].split("!")[1]) if t["hmicfrs_row"] else 10**6
    f = int(t["force_row"].split("!")[1]) if t["force_row"] else 10**6
    return (h, f)


truth.sort(key=sort_key)
pd.DataFrame(truth, columns=["hmicfrs_row", "force_row", "category", "why"]).to_csv(
    OUT / "truth.csv", index=False)

print("items", len(ITEMS), "tracker records", len(records), "tracker item rows", counter[0],
      "truth lines", len(truth))
print(pd.DataFrame(truth).category.value_counts().to_string())
