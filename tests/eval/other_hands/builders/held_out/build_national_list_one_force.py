"""Builder for the independent case `national_list_one_force`.

HMICFRS side: a national register export (one sheet, one row per item per force) holding items
for West Mercia, Warwickshire, Devon and Cornwall and Avon and Somerset; national
recommendations are listed once per force, each copy with its own URN. Force side: West Mercia
Police's own tracker. Only West Mercia's rows of the export are reconciled; other forces' rows
get no truth line.

Run: /work/main/.venv/bin/python /tmp/indep3/national/build.py
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (texts only, read as data)
    AFI, BODIES, BWV_2021, CAUSES, CDI_VICTIMS_BODY, COC, CONTROL_ROOM, EVERYONE_PLAN,
    FIREARMS, NAT, NATIONAL, REC, SAS_MONITORING_2017, SF_LEADERSHIP, TOPIC_BODIES,
)
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402

SEED = 20240304
rng = random.Random(SEED)
OUT = Path("/tmp/indep3/national/national_list_one_force")
OUT.mkdir(parents=True, exist_ok=True)

WM, WA, DC, AS = ("West Mercia Police", "Warwickshire Police", "Devon and Cornwall Police",
                  "Avon and Somerset Constabulary")
AREA = {WM: "West Mercia", WA: "Warwickshire", DC: "Devon and Cornwall", AS: "Avon and Somerset"}
NEIGH = {WM: "Warwickshire Police", WA: "West Mercia Police", DC: "Dorset Police",
         AS: "Wiltshire Police"}

# --------------------------------------------------------------------------- texts
def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def nat_type(key: str, i: int) -> str:
    return NATIONAL[key][2][i][0]


def body(start: str) -> str:
    hits = [b for b in BODIES if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0]


def topic(start: str, t: str) -> str:
    hits = [b for b in TOPIC_BODIES if b.startswith(start)]
    assert len(hits) == 1, start
    return hits[0].format(t=t)


def afi(b: str, force: str | None = None) -> str:
    return (f"{force} should {b}." if force else f"The force should {b}.")


# National item keys -> (report key, index in NATIONAL)
NATL = {
    "sas13_mon": ("sas13", 1), "sas13_cop": ("sas13", 2), "everyone": ("everyone", 0),
    "aust_savings": ("austerity", 0), "core_thr": ("core", 0), "core_prev": ("core", 1),
    "integrity": ("integrity", 0), "sas15": ("sas15", 0), "picture": ("picture", 0),
    "fa_gov": ("firearms", 0), "fa_demand": ("firearms", 1), "fa_expired": ("firearms", 2),
    "fa_permits": ("firearms", 3), "fa_dispatch": ("firearms", 4),
    "sf_lead": ("stolen", 0), "sf_intel": ("stolen", 1), "sf_s45": ("stolen", 2),
    "sf_nrm": ("stolen", 3), "sf_ncrs": ("stolen", 4), "sf_invest": ("stolen", 5),
    "sf_prevent": ("stolen", 6), "digital": ("efc17", 0),
    "leg_coc": ("leg17", 0), "leg_mon": ("leg17", 1), "leg_disp": ("leg17", 2),
    "leg_publish": ("leg17", 3), "leg_train": ("leg17", 4),
    "pw_comms": ("powers", 0), "pw_cpd": ("powers", 1), "pw_bwv": ("powers", 2),
    "pw_ho": ("powers", 3), "pw_uof": ("powers", 4),
}
assert nat("stolen", 0) == SF_LEADERSHIP and nat("leg17", 1) == SAS_MONITORING_2017
assert nat("powers", 2) == BWV_2021 and nat("firearms", 1) == FIREARMS
assert nat("everyone", 0) == EVERYONE_PLAN

# Force-level report titles (HMICFRS) and publication dates (illustrative for force reports).
FREP = {
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 2, 9)),
    "efc17f": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9)),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12)),
    "cust18": ("Report on an unannounced inspection visit to police custody suites 2018",
               dt.date(2018, 8, 21)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 6, 24)),
}


def force_items(force: str) -> dict[str, tuple[str, str, str]]:
    """Force-level items (key -> (report key, type, text)) as HMICFRS words them for `force`."""
    nb, ar = NEIGH[force], AREA[force]
    peel18_stem_imm = "HMIC recommends that the force should immediately: "
    peel18_stem_imm2 = "HMIC recommends that the force should immediately:"
    peel18_stem_6m = "HMIC recommends that within six months the force should: "
    return {
        # PEEL 2018/19: the real West Mercia wording (real_recommendations.csv rows 0-10),
        # with the alliance partner and area swapped for Warwickshire.
        "p18_coc_alliance": ("peel18", COC, CAUSES[5].format(neighbour=nb)),
        "p18_coc_capacity": ("peel18", COC, CAUSES[2]),
        "p18_capacity": ("peel18", REC, peel18_stem_imm + body("conduct a review of officers") + "; and"),
        "p18_vuln": ("peel18", REC, peel18_stem_imm + body("conduct a review, involving") + "."),
        "p18_skills": ("peel18", REC, peel18_stem_imm + body("expand the skills") + ";"),
        "p18_agree": ("peel18", REC, peel18_stem_imm2 + body("agree arrangements with").format(neighbour=nb) + "; and"),
        "p18_opmodel": ("peel18", REC, peel18_stem_imm2 + body("clearly define its new").format(area=ar) + ";"),
        "p18_consult": ("peel18", REC, peel18_stem_imm2 + body("improve its arrangements both") + "."),
        "p18_superv": ("peel18", REC, peel18_stem_6m + body("ensure regular and active") + ";"),
        "p18_digital": ("peel18", REC, peel18_stem_6m + body("improve its ability to retrieve") + ";"),
        "p18_rui": ("peel18", REC, peel18_stem_6m + body("improve its understanding of suspects") + ";"),
        # PEEL effectiveness 2016 AFIs: the same formulaic wording issued to several forces.
        "e16_msht": ("eff16", AFI, afi(topic("improve its understanding of the nature", "modern slavery and human trafficking"))),
        "e16_cse": ("eff16", AFI, afi(topic("make sure officers and staff have the training", "child sexual exploitation"))),
        "e16_da_partner": ("eff16", AFI, afi(topic("improve how it works with partner", "domestic abuse"))),
        "e16_rape": ("eff16", AFI, afi(topic("make sure investigations of", "rape and serious sexual offences"))),
        # PEEL efficiency 2017 AFIs (Northamptonshire wording, real rows 14 and 16).
        "f17_demand": ("efc17f", AFI, afi(body("undertake further work to gain"))),
        "f17_workforce": ("efc17f", AFI, afi(body("develop a future workforce plan"))),
        # PEEL legitimacy 2017 AFIs.
        "l17_whistle": ("leg17f", AFI, afi(body("make sure it provides a confidential way"))),
        "l17_equality": ("leg17f", AFI, afi(body("review how it gathers and uses equality"))),
        "l17_vetting": ("leg17f", AFI, afi(body("ensure all staff have received"))),
        # Crime data integrity.
        "c19_crms": ("cdi19", AFI, afi(body("improve its use of its crime-recording"))),
        "c19_cautions": ("cdi19", REC, "Within three months, the force should " + body("revise its approach to cautions") + "."),
        "c17_victims": ("cdi17", REC, "Within six months the force should " + CDI_VICTIMS_BODY + "."),
        # Custody 2018.
        "cu18_children": ("cust18", REC, f"Within six months {force} should " + body("in conjunction with children") + "."),
        # PEEL 2021/22 AFIs.
        "p21_da_time": ("peel21", AFI, afi(topic("improve the timeliness of its response", "domestic abuse"))),
        "p21_stalking": ("peel21", AFI, afi(topic("make sure victims of", "stalking and harassment"))),
        "p21_vawg": ("peel21", AFI, afi(topic("make sure it consistently uses ancillary", "violence against women and girls"), force)),
        "p21_soc": ("peel21", AFI, afi(topic("improve how it gathers, assesses", "serious and organised crime"))),
        "p21_control": ("peel21", AFI, CONTROL_ROOM),
        "p21_county": ("peel21", AFI, afi(topic("improve how it works with partner", "county lines drug dealing"))),
        "p21_fraud": ("peel21", AFI, afi(topic("make sure it has enough specialist", "fraud"))),
        "p21_hate": ("peel21", AFI, afi(topic("make sure its analysis of", "hate crime"))),
    }


# --------------------------------------------------------------------------- HMICFRS side
COMMENT_NEW = "New recommendation"
COMMENT_MON = ("The progress of the implementation of this recommendation is currently being "
               "monitored by HMICFRS and this record will, in due course, be updated.")
COMMENT_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will "
                  "be updated when this review is complete.")
COMMENT_DONE = "This recommendation is complete"
COMMENT_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
                "members of the inspection team in recent inspection activity.")
COMMENT_SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                 "Effectiveness inspections. Where a cause of concern still exists this will "
                 "appear in the register against these subsequent inspections.")

# West Mercia: key -> HMICFRS status ('awaiting-review' | 'being-progressed' | 'complete'),
# and an optional comment override.
WM_STATUS = {
    # national
    "sas13_mon": "complete", "sas13_cop": "complete", "everyone": ("complete", COMMENT_SUPER),
    "aust_savings": "complete", "core_thr": "being-progressed",
    "core_prev": ("awaiting-review", COMMENT_REVIEW), "integrity": "being-progressed",
    "sas15": "being-progressed", "picture": "complete", "fa_gov": "complete",
    "fa_demand": "being-progressed", "fa_expired": "awaiting-review",
    "fa_dispatch": "being-progressed", "sf_lead": "being-progressed",
    "sf_intel": "being-progressed", "sf_s45": "being-progressed", "sf_nrm": "complete",
    "sf_ncrs": "being-progressed", "digital": ("complete", COMMENT_DONE),
    "leg_coc": "being-progressed", "leg_mon": "being-progressed", "leg_disp": "being-progressed",
    "leg_publish": "being-progressed", "leg_train": "complete", "pw_comms": "being-progressed",
    "pw_cpd": "being-progressed", "pw_bwv": "being-progressed", "pw_ho": "awaiting-review",
    # force-level
    "p18_coc_alliance": "being-progressed", "p18_coc_capacity": "being-progressed",
    "p18_capacity": "being-progressed", "p18_vuln": ("complete", COMMENT_AUTH),
    "p18_skills": "being-progressed", "p18_agree": ("complete", COMMENT_DONE),
    "p18_opmodel": "being-progressed", "p18_consult": "being-progressed",
    "p18_superv": "being-progressed", "p18_digital": "being-progressed",
    "p18_rui": "being-progressed",
    "e16_msht": ("complete", COMMENT_SUPER), "e16_cse": "complete", "e16_da_partner": "complete",
    "e16_rape": "being-progressed", "f17_demand": "complete", "f17_workforce": "being-progressed",
    "l17_whistle": "complete", "l17_equality": "being-progressed", "l17_vetting": "being-progressed",
    "c19_crms": "being-progressed", "c19_cautions": "awaiting-review",
    "p21_da_time": "being-progressed", "p21_stalking": "being-progressed",
    "p21_vawg": "awaiting-review", "p21_soc": "being-progressed", "p21_control": "being-progressed",
}
assert len(WM_STATUS) == 55, len(WM_STATUS)

OTHER = {
    WA: ["sas13_mon", "sas13_cop", "everyone", "core_thr", "core_prev", "integrity", "sas15",
         "fa_gov", "fa_demand", "fa_expired", "sf_lead", "sf_intel", "sf_nrm", "digital",
         "leg_coc", "leg_mon", "pw_comms", "pw_bwv",
         "p18_coc_alliance", "p18_coc_capacity", "p18_capacity", "p18_vuln", "p18_skills",
         "p18_agree", "p18_opmodel", "p18_superv", "e16_msht", "e16_cse", "l17_whistle",
         "p21_county", "p21_fraud", "p21_da_time", "p21_control"],
    DC: ["sas13_mon", "everyone", "aust_savings", "core_thr", "integrity", "picture", "fa_gov",
         "fa_demand", "fa_dispatch", "sf_intel", "sf_s45", "sf_ncrs", "digital", "leg_mon",
         "leg_disp", "pw_cpd", "pw_ho",
         "c17_victims", "c19_cautions", "e16_rape", "e16_da_partner", "e16_msht", "f17_demand",
         "f17_workforce", "l17_equality", "l17_vetting", "p21_fraud", "p21_county",
         "p21_stalking", "p21_vawg", "p21_soc"],
    AS: ["sas13_cop", "everyone", "aust_savings", "core_prev", "sas15", "picture", "fa_expired",
         "fa_dispatch", "sf_lead", "sf_s45", "sf_nrm", "sf_ncrs", "leg_coc", "leg_publish",
         "leg_train", "pw_comms", "pw_cpd", "pw_bwv",
         "e16_cse", "e16_rape", "e16_da_partner", "f17_demand", "l17_whistle", "l17_equality",
         "p21_da_time", "p21_stalking", "p21_soc", "p21_control", "p21_hate", "p21_vawg",
         "cu18_children"],
}
assert [len(v) for v in OTHER.values()] == [33, 31, 31], [len(v) for v in OTHER.values()]


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


def item_meta(force: str, key: str):
    """(report title, published, item order, type, text) of `key` for `force`."""
    if key in NATL:
        rk, i = NATL[key]
        title, (y, m, d), _ = NATIONAL[rk]
        return title, dt.date(y, m, d), i, nat_type(rk, i), nat(rk, i)
    rk, typ, text = force_items(force)[key]
    title, pub = FREP[rk]
    order = list(force_items(force)).index(key)
    return title, pub, order, typ, text


def hm_status_for(force: str, key: str):
    if force == WM:
        st = WM_STATUS[key]
        return st if isinstance(st, tuple) else (st, None)
    st = rng.choices(["awaiting-review", "being-progressed", "complete"], [1, 4, 4])[0]
    return st, None


rows = []
for force in (WM, WA, DC, AS):
    keys = list(WM_STATUS) if force == WM else OTHER[force]
    for key in keys:
        title, pub, order, typ, text = item_meta(force, key)
        st, comment = hm_status_for(force, key)
        if comment is None:
            comment = {"awaiting-review": COMMENT_NEW, "being-progressed": COMMENT_MON,
                       "complete": rng.choice([COMMENT_DONE, COMMENT_AUTH, COMMENT_DONE])}[st]
        if st == "awaiting-review":
            sdate = pub + dt.timedelta(days=rng.randint(1, 20))
        elif st == "being-progressed":
            sdate = min(pub + dt.timedelta(days=rng.randint(60, 900)), dt.date(2023, 11, 30))
        else:
            sdate = min(pub + dt.timedelta(days=rng.randint(200, 1500)), dt.date(2024, 1, 31))
        rows.append(dict(force=force, key=key, report=title, published=pub, order=order,
                         type=typ, text=text, status=st, status_date=ordinal(sdate),
                         comment=comment))
assert len(rows) == 150, len(rows)

rows.sort(key=lambda r: (r["published"], r["report"], r["order"], r["force"]))
# URNs: plain integers unique across the register, rising with time, with gaps.
urn = 2287
used = set()
for r in rows:
    urn += rng.randint(3, 61)
    r["urn"] = urn
    used.add(urn)
for n, r in enumerate(rows, start=2):
    r["row"] = n

by = {(r["force"], r["key"]): r for r in rows}
HM_SHEET = "Recommendations"


def hm_prov(key: str, force: str = WM) -> str:
    return f"{HM_SHEET}!{by[(force, key)]['row']}"


def write_hmicfrs():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = HM_SHEET
    head = ["Force", "URN", "Report", "Published", "Type", "Recommendation", "Status",
            "Status date", "Latest comment"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append([r["force"], r["urn"], r["report"], r["published"], r["type"], r["text"],
                   r["status"], r["status_date"], r["comment"]])
    for row in ws.iter_rows(min_row=2, min_col=4, max_col=4):
        for c in row:
            c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHI", (30, 8, 50, 12, 24, 90, 17, 20, 60)):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    ws.freeze_panes = "A2"
    info = wb.create_sheet("Export details")
    for line in (["HMICFRS recommendations register – export"],
                 ["Exported", "04/03/2024 09:12"],
                 ["Forces selected", "Avon and Somerset Constabulary; Devon and Cornwall Police; "
                  "Warwickshire Police; West Mercia Police"],
                 ["Statuses selected", "awaiting-review; being-progressed; complete"],
                 ["Rows", len(rows)],
                 ["Note", "National recommendations are listed once for each force selected."]):
        info.append(line)
    wb.save(OUT / "hmicfrs.xlsx")


# --------------------------------------------------------------------------- tracker side
ABBR = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"police and crime commissioners", "PCCs"),
    (r"[Cc]hief [Cc]onstables", "CCs"), (r"Authorised Professional Practice", "APP"),
    (r"College of Policing", "CoP"), (r"child sexual exploitation", "CSE"),
    (r"body-worn video", "BWV"), (r"released under investigation", "RUI"),
    (r"information-sharing agreements", "ISAs"), (r"continuing professional development", "CPD"),
    (r"quality assurance", "QA"), (r"Home Office", "HO"), (r"officers and staff", "officers & staff"),
]
STEM_RE = re.compile(
    r"^(HMICFRS|HMIC) recommends that (within six months )?the force should( immediately)?:\s*")


def strip_stem(t: str) -> str:
    t = STEM_RE.sub("", t)
    t = re.sub(r"^The force should ", "", t)
    t = t.rstrip(";").removesuffix("; and").rstrip(" ;")
    return t[0].upper() + t[1:]


def abbr(t: str, amp: bool = False) -> str:
    for pat, rep in ABBR:
        t = re.sub(pat, rep, t)
    if amp:
        t = re.sub(r"\band\b", "&", t)
    return t


def trunc(t: str, n: int) -> str:
    if len(t) <= n:
        return t
    cut = t[:n].rsplit(" ", 1)[0]
    return cut + "..."


def misspell(t: str) -> str:
    for right, wrong in (("supervision", "supervison"), ("arrangements", "arrangments"),
                         ("appropriate", "appropiate"), ("governance", "goverance"),
                         ("investigation", "investigaton"), ("necessary", "neccessary")):
        if right in t:
            return t.replace(right, wrong, 1)
    return t


def own(key):
    return by[(WM, key)]["urn"]


FILL = {"RED": "FF0000", "AMBER": "FFC000", "GREEN": "00B050", "BLUE": "00B0F0"}
DONE = {"GREEN", "BLUE"}


def D(y, m, d):
    return dt.datetime(y, m, d)


# Row spec: dict(urn=..., rep=report label (None when inside a merged block), typ, text, owner,
# rag (word or None), shade (colour when rag None), pos, close, key (HMICFRS item or None),
# cat, why)
def R(key, urn, typ, text, owner, rag, pos, close=None, shade=None, cat=None, why=None):
    return dict(key=key, urn=urn, typ=typ, text=text, owner=owner, rag=rag, pos=pos,
                close=close, shade=shade, cat=cat, why=why)


WMt = {k: by[(WM, k)]["text"] for k in WM_STATUS}
WAt = {k: by[(WA, k)]["text"] for k in OTHER[WA]}

# ---- blocks of the tracker, in order ----------------------------------------------------
force_blocks = []   # (report label, [rows]) -> Report column merged over the block

force_blocks.append(("PEEL 2018/19\n(pub. May 2019)", [
    R("p18_coc_alliance", own("p18_coc_alliance"), "Cause for Concern",
      "Cause for concern: " + WMt["p18_coc_alliance"], "DCC", "AMBER",
      "12/02/2024 – Alliance exit programme board meets fortnightly; workforce skills gap "
      "analysis 70% complete.\n08/11/2023 – Work undertaken in area but still requires "
      "development to complete.", "TBC",
      cat="in_sync", why="CoC open on both: HMICFRS being-progressed, tracker AMBER"),
    R("p18_coc_capacity", own("p18_coc_capacity"), "CoC",
      "The force does not have the capacity or capability to investigate crime effectively "
      "and this is affecting the service being provided to the public.", "ACC Crime", "AMBER",
      "12/02/2024 – Investigation Standards Improvement Plan in place; see latest plan update.",
      cat="in_sync", why="CoC text abridged; open on both (being-progressed / AMBER)"),
    R("p18_capacity", own("p18_capacity"), "Rec",
      "Conduct a review of officers' capabilities & capacity to manage their investigative "
      "workload, to better understand investigative demand & the pressures placed upon them",
      "Det Ch Supt Force CID", "GREEN",
      "15/01/2024 – Completed. Evidence submitted to HMICFRS for closure.", D(2024, 1, 15),
      cat="closeable_submit", why="HMICFRS being-progressed; tracker GREEN with closure date 15/01/2024"),
    R("p18_vuln", own("p18_vuln"), "Rec",
      strip_stem(WMt["p18_vuln"]), "Ch Supt Public Protection", "GREEN",
      "03/10/2022 – Vulnerability review with partners completed and signed off at FET.",
      D(2022, 10, 3),
      cat="in_sync", why="closed on both: HMICFRS complete, tracker GREEN"),
    R("p18_skills", own("p18_skills"), "Rec",
      trunc(strip_stem(WMt["p18_skills"]), 95), "Director of People", None,
      "xxx", shade="RED",
      cat="in_sync", why="RAG cell blank but shaded red (open); HMICFRS being-progressed: open on both"),
    R("p18_agree", own("p18_agree"), "Rec",
      "Agree arrangments with Warwickshire Police to secure a smooth transition to its future "
      "operating model, ensuring no disruption to public services", "DCC", "AMBER",
      "30/11/2023 – Section 22 collaboration agreements being unpicked; 4 of 11 services "
      "transferred.",
      cat="closeable_local", why="HMICFRS complete ('This recommendation is complete'); tracker AMBER (open)"),
    R("p18_opmodel", f"{own('p18_opmodel')} ", "Rec",
      "Clearly define its new operating model, ensuring all operational & support services "
      "are affordable and fit to protect the communities of West Mercia", "DCC", "BLUE",
      "20/12/2023 – Complete. New operating model live from 1 October 2023.", D(2023, 12, 20),
      cat="closeable_submit", why="HMICFRS being-progressed; tracker BLUE (complete). URN cell has a trailing space"),
    R("p18_consult", own("p18_consult"), "Rec",
      "Improve arrangements to consult with the public about business planning and feed back "
      "on changes made as a result", "Head of Corporate Development", "AMBER",
      "05/02/2024 – Consultation framework drafted with the OPCC.",
      cat="in_sync", why="abridged; open on both"),
    R("p18_superv", own("p18_superv"), "AFI",
      "The force should ensure regular & active supervison of the quality and progress of "
      "investigations. This supervision should be properly recorded.", "ACC Crime", "AMBER",
      "12/02/2024 – Supervisory review template added to Niche; compliance dip-sampled monthly.",
      cat="conflict", why="type differs: HMICFRS Recommendation, tracker AFI (same URN and text)"),
    R("p18_digital", own("p18_digital"), "Rec",
      "Within twelve months the force should improve its ability to retrieve digital evidence "
      "from mobile phones, computers & other electronic devices quickly enough to ensure "
      "investigations are not delayed.", "Head of Intelligence", "AMBER",
      "09/01/2024 – Digital forensics backlog down to 410 devices; kiosks rolled out to 6 hubs.",
      cat="conflict", why="timescale differs: HMICFRS 'within six months', tracker 'Within twelve months'"),
    R("p18_rui", None, "Rec",   # urn filled below (typo)
      "Improve understanding of suspects RUI and the management of those released on bail",
      "Head of Criminal Justice", "GREEN",
      "22/01/2024 – Pending sign off by the chief officer lead. RUI/bail dashboard live.",
      D(2024, 1, 22),
      cat="conflict", why="reference differs: tracker URN is a transposed number not on the list; text and report match the West Mercia item"),
]))

force_blocks.append(("PEEL Eff 16", [
    R("e16_msht", None, "AFI",
      "AFI 1 - Improve its understanding of the nature and scale of MSHT in its area",
      "Head of Intelligence", None,
      "14/06/2021 – MSHT problem profile refreshed. Closed by HMICFRS.", D(2021, 6, 14), shade="BLUE",
      cat="in_sync", why="no URN in tracker; RAG blank but shaded blue (done); HMICFRS complete (superseded comment): closed on both"),
    R("e16_cse", None, "AFI",
      "AFI 2 - Make sure officers & staff have the training they need to identify and respond "
      "to CSE", "Head of Learning & Development", "AMBER",
      "11/12/2023 – CSE e-learning at 78% completion; face-to-face input for response planned.",
      cat="closeable_local", why="no URN in tracker; HMICFRS complete, tracker AMBER"),
    R("e16_rape", own("e16_rape"), "AFI",
      "AFI 4 - Make sure investigations of rape & serious sexual offences are allocated to "
      "officers with the right skills & are effectively supervised", "Det Ch Supt Force CID",
      "GREEN", "18/01/2024 – Operation Soteria model embedded; proposed for closure.",
      D(2024, 1, 18),
      cat="closeable_submit", why="HMICFRS being-progressed, tracker GREEN"),
    R(None, "", "Rec",
      "Cease the practice of conducting DA risk assessments over the telephone and dealing "
      "with DA in the resolution centre", "Ch Supt Public Protection", "BLUE",
      "19/05/2017 – Complete. Carried forward from PEEL Effectiveness 2015.", D(2017, 5, 19),
      cat="not_on_hmicfrs_list", why="old PEEL Effectiveness 2015 item carried forward; no West Mercia item on the list like it"),
]))

force_blocks.append(("PEEL Efficiency 2017", [
    R("f17_demand", own("f17_demand"), "AFI",
      "The force should undertake further work to gain a fuller understanding of current "
      "demand for its services, and likely future changes in demand.", "Head of Corporate "
      "Development", "GREEN", "02/03/2020 – Force Management Statement 3 published.",
      D(2020, 3, 2),
      cat="in_sync", why="closed on both: HMICFRS complete, tracker GREEN"),
    R("f17_workforce", own("f17_workforce"), "AFI",
      "Develop a future workforce plan aligned with overall demand and budget (resource "
      "allocations, skills mix, behaviours)", "Director of People", None,
      "07/02/2024 – Strategic workforce plan to FET in April.", "Jun-24", shade="AMBER",
      cat="in_sync", why="RAG blank shaded amber (open) with a target month in the closure column; HMICFRS being-progressed: open on both"),
]))

force_blocks.append(("PEEL Legitimacy 2017", [
    R("l17_whistle", own("l17_whistle"), "AFI",
      strip_stem(WMt["l17_whistle"]).rstrip("."), "Head of Professional Standards", "RED",
      "16/01/2024 – Little work yet undertaken in this area. Unlikely to reach deadlines. "
      "Confidential reporting line contract lapsed.",
      cat="closeable_local", why="HMICFRS complete; tracker RED (open)"),
    R("l17_equality", f"URN {own('l17_equality')}", "AFI",
      "Review how it gathers & uses equality and diversity data to improve its understanding "
      "of its workforce demographics", "Director of People", "GREEN",
      "04/12/2023 – Already complete / believed to be complete within short time scale (and "
      "within deadline).", D(2023, 12, 4),
      cat="closeable_submit", why="HMICFRS being-progressed; tracker GREEN. URN written 'URN nnnn'"),
    R("l17_vetting", own("l17_vetting"), "AFI",
      "Ensure all staff have at least the lowest level of vetting clearance for their roles "
      "as quickly as possible, clearing the vetting backlog and renewals so that it complies "
      "fully with the national vetting guidelines", "Head of Professional Standards", "AMBER",
      "29/01/2024 – Backlog 312 (from 1,140). Renewals on track.",
      cat="in_sync", why="open on both"),
    R("integrity", own("integrity"), "Rec",
      "Satisfy ourselves that processes are in place to ensure investigations into misconduct "
      "by officers and staff resulting in 'no further action' are fair and free of any form "
      "of discrimination", "Head of Professional Standards", "AMBER",
      "29/01/2024 – PSD dip sample of NFA outcomes by protected characteristic under way.",
      cat="conflict", why="report differs: the list has it under 'Integrity matters' (30/01/2015); the tracker files it in the PEEL Legitimacy 2017 block (same URN)"),
]))

force_blocks.append(("Crime Data Integrity 2019", [
    R("c19_crms", own("c19_crms"), "AFI",
      "Improve use of its crime-recording and management system to better manage case files "
      "and investigative processes", "Force Crime Registrar", None,
      "31/01/2024 – Niche case file module training complete; evidence pack with FCR.",
      D(2024, 2, 28), shade="GREEN",
      cat="closeable_submit", why="RAG blank shaded green (done) with closure date; HMICFRS being-progressed"),
]))

force_blocks.append(("Custody inspection 2018", [
    R(None, 3119, "Rec",
      "Within six months West Mercia Police should, in conjunction with children's social care "
      "services, review how it manages the detention of children (as a minimum: only detained "
      "when absolutely necessary; early assessment of need for alternative accomodation; "
      "record of all actions; timely appropriate adult support)", "Ch Insp Custody", "BLUE",
      "10/09/2020 – Complete. Closed by HMICFRS.", D(2020, 9, 10),
      cat="not_on_hmicfrs_list", why="custody item with URN 3119, not on the list (the list's only custody item is Avon and Somerset's)"),
]))

force_blocks.append(("PEEL 2021/22", [
    R("p21_da_time", None, "AFI",
      "Improve the timeliness of its response to calls for service involving DA",
      "Supt Contact Centre", "AMBER",
      "19/02/2024 – Grade 2 attendance within 60 mins 71% (target 80%).",
      cat="in_sync", why="no URN; open on both"),
    R("p21_stalking", own("p21_stalking"), "Recommendation",
      "The force should make sure victims of stalking & harassment are kept informed about the "
      "progress of their case, in line with the Code of Practice for Victims of Crime.",
      "Ch Supt Public Protection", "GREEN",
      "10/01/2024 – VCOP compliance audit 94%. Proposed for closure.", D(2024, 1, 10),
      cat="conflict", why="type differs: HMICFRS Area for improvement, tracker Recommendation"),
    R("p21_vawg", None, "AFI",
      "West Mercia Police should make sure it consistently uses ancillary orders & other powers "
      "to protect victims of violence against women and girls.", "ACC Local Policing", "AMBER",
      "24/01/2024 – Stalking Protection Order and DAPO guidance issued; usage monitored at VAWG board.",
      cat="in_sync", why="no URN; open on both (awaiting-review / AMBER)"),
    R("p21_soc", own("p21_soc"), "AFI",
      "Improve how it gathers, assesses & acts on intelligence about serious and organised crime",
      "Head of Intelligence", "GREEN",
      "06/02/2024 – Completed. Evidence submitted to HMICFRS for closure.", D(2024, 2, 6),
      cat="closeable_submit", why="HMICFRS being-progressed, tracker GREEN"),
    R("p21_control", own("p21_control"), "AFI",
      "Ensure sufficient resources in the control room to fulfil its resourcing model and meet "
      "demand, taking into account workforce wellbeing", "Supt Contact Centre", "RED",
      "19/02/2024 – 38 call handler vacancies; recruitment campaign paused pending budget.",
      cat="in_sync", why="open on both (being-progressed / RED)"),
    R(None, by[(WA, "p21_county")]["urn"], "AFI",
      "The force should improve how it works with partner organisations to safeguard people at "
      "risk from county lines drug dealing.", "Det Ch Supt Force CID", "AMBER",
      "24/01/2024 – Carried over from alliance tracker. County lines partnership tasking in place.",
      cat="not_on_hmicfrs_list", why="URN and text are Warwickshire Police's item on the list; West Mercia has no such item: query with HMICFRS"),
    R(None, "", "AFI",
      "The force should make sure it has enough specialist capacity and capability to "
      "investigate fraud.", "Head of Intelligence", "RED",
      "24/01/2024 – Carried over from alliance tracker. Economic crime unit review pending.",
      cat="not_on_hmicfrs_list", why="no URN; the text is on the list only for Warwickshire and Devon and Cornwall, not West Mercia"),
]))

# National reports: a report-heading row per report, then its rows (Report filled on each row).
nat_blocks = []
nat_blocks.append(("Stop and search powers: are the police using them effectively and fairly? (HMIC, July 2013)",
                   "Stop and Search 2013", [
    R("sas13_mon", own("sas13_mon"), "National Rec",
      abbr(strip_stem(WMt["sas13_mon"])), "ACC Local Policing", "BLUE",
      "02/08/2016 – Closed by HMICFRS.", D(2016, 8, 2),
      cat="in_sync", why="closed on both (complete / BLUE)"),
    R("sas13_cop", None, "National Rec",
      "CCs should, in consultation with elected local policing bodies, comply with the code of "
      "practice by explaining to the public the way S&S powers are used and arranging for S&S "
      "records to be scrutinised by community representatives", "ACC Local Policing", "GREEN",
      "02/08/2016 – Complete. Community scrutiny panel in place.", D(2016, 8, 2),
      cat="in_sync", why="no URN; closed on both (complete / GREEN). Near twin of the 2015 item below: 'elected local policing bodies' marks it as the 2013 one"),
]))
nat_blocks.append(("Everyone's business: Improving the police response to domestic abuse (March 2014)",
                   "Everyone's Business (DA) 2014", [
    R("everyone", own("everyone"), "National Rec",
      "By September 2014, every police force should establish and publish an action plan that "
      "specifies in detail what steps it will take to improve its approach to DA.",
      "Ch Supt Public Protection", "AMBER",
      "08/01/2024 – Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
      cat="closeable_local", why="HMICFRS complete (closed as superseded by PEEL effectiveness); tracker AMBER"),
]))
nat_blocks.append(("Policing in austerity: Meeting the challenge (July 2014)",
                   "Policing in Austerity 2014", [
    R("aust_savings", own("aust_savings"), "National Rec",
      trunc(WMt["aust_savings"], 120), "Director of Finance", "BLUE",
      "11/03/2016 – Complete.", D(2016, 3, 11),
      cat="in_sync", why="truncated text; closed on both"),
]))
nat_blocks.append(("Core Business (Sept 2014)", "Core business", [
    R("core_thr", own("core_thr"), "National Rec",
      "Provide call-handlers with specific, sound & comprehensible criteria against which they "
      "can assess threat, harm and risk", "Supt Contact Centre", "GREEN",
      "14/11/2023 – THRIVE+ criteria embedded in call handling; Completed. Evidence submitted "
      "to HMICFRS for closure.", D(2023, 11, 14),
      cat="closeable_submit", why="HMICFRS being-progressed, tracker GREEN"),
]))
nat_blocks.append(("Stop and search powers 2 (March 2015)", "Stop & search powers 2", [
    R("sas15", own("sas15"), "National Rec",
      "Chief constables should, in consultation with PCCs, ensure that they comply with the Code "
      "of Practice by explaining to the public the way stop and search powers are used in their "
      "areas and by making arrangements for stop and search records to be scrutinised by "
      "community representatives.", "ACC Local Policing", "AMBER",
      "22/01/2024 – Youth engagement with scrutiny panel being developed.",
      cat="in_sync", why="open on both"),
]))
nat_blocks.append(("Building the picture: police information management (July 2015)",
                   "Building the Picture 2015", [
    R("picture", own("picture"), "National Rec",
      "Put in place arrangements to scrutinise audits of compliance with the APP on information "
      "management through the force IM governance structure", "Head of Information Management",
      "RED", "30/10/2023 – Awaiting allocation.",
      cat="closeable_local", why="HMICFRS complete, tracker RED"),
]))
nat_blocks.append(("Targeting the risk: firearms licensing (Sept 2015)", "Firearms licensing 2015", [
    R("fa_gov", None, "National Rec",
      "Assess how well the goverance of firearms licensing in the force meets the standards set "
      "out in APP", "Supt Firearms Licensing", "BLUE", "17/02/2017 – Complete.", D(2017, 2, 17),
      cat="in_sync", why="no URN; closed on both"),
    R("fa_demand", by[(WA, "fa_demand")]["urn"], "National Rec",
      "Within three months, all CCs should assess the demand placed on their firearms "
      "licensing department and ensure it has the capacity to meet this demand and provide an "
      "efficient and effective service at all times.", "Supt Firearms Licensing", "AMBER",
      "15/02/2024 – Backlog of renewals 640; temporary staff recruited.",
      cat="conflict", why="reference differs: tracker URN is Warwickshire Police's copy of this national recommendation; West Mercia's own copy has another URN"),
    R("fa_dispatch", own("fa_dispatch"), "National Rec",
      "Ensure systems to identify, before police attend, whether an incident involves or is at "
      "the address of a firearm certificate holder are in place and always applied by staff "
      "dispatching officers...", "Supt Contact Centre", "GREEN",
      "07/12/2023 – Storm flag for certificate holders live; Pending sign off.", D(2023, 12, 7),
      cat="closeable_submit", why="HMICFRS being-progressed, tracker GREEN"),
]))
nat_blocks.append(("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – published 24 October 2017",
                   "Stolen Freedom (MSHT) 2017", [
    R("sf_lead", own("sf_lead"), "National Rec",
      "Within twelve months, forces should review their leadership and goverance arrangements "
      "for MSHT, to ensure that: (a) senior leaders prioritise the response to MSHT",
      "ACC Crime", "GREEN", "10/10/2023 – MSHT gold group chaired by ACC Crime.",
      D(2023, 10, 10),
      cat="conflict", why="split item: tracker has rows (a)-(c) only; the 4th bullet (performance and QA measures) has no force row"),
    R("sf_lead", own("sf_lead"), "National Rec",
      "(b) every incident of modern slavery identified to police is allocated appropriate "
      "resources with the skills, experience & capacity to investigate it effectively",
      "Det Ch Supt Force CID", "AMBER", "10/10/2023 – Part of the Investigation Standards plan.",
      cat="conflict", why="part (b) of the split item whose 4th bullet is untracked"),
    R("sf_lead", own("sf_lead"), "National Rec",
      "(c) forces develop effective partnership arrangements to co-ordinate activity in order to "
      "share information and safeguard victims", "Ch Supt Public Protection", "GREEN",
      "10/10/2023 – Anti-slavery partnership in each local policing area.", D(2023, 10, 10),
      cat="conflict", why="part (c) of the split item whose 4th bullet is untracked"),
    R("sf_intel", own("sf_intel"), "National Rec",
      "Within 12 months, forces should have in place active ISAs with other agencies to "
      "facilitate speedy exchange of intelligence & in order to safeguard victims better & to "
      "identify suspects as early as possible", "Head of Intelligence", "AMBER",
      "13/02/2024 – ISA with Border Force agreed; GLAA draft.",
      cat="conflict", why="timescale differs: HMICFRS 'Within six months', tracker 'Within 12 months'"),
    R("sf_s45", own("sf_s45"), "National Rec",
      "Ensure victims carrying out criminal acts under compulsion are afforded early and "
      "continuing consideration of the s45 defence", "Head of Criminal Justice", "GREEN",
      "21/11/2023 – Completed. Evidence submitted to HMICFRS for closure.", D(2023, 11, 21),
      cat="closeable_submit", why="abridged; HMICFRS being-progressed, tracker GREEN"),
    R("sf_nrm", own("sf_nrm"), "National Rec",
      abbr(WMt["sf_nrm"]), "Ch Supt Public Protection", "GREEN",
      "04/04/2019 – NRM SPOC in place; duty to notify process live.", D(2019, 4, 4),
      cat="in_sync", why="closed on both (complete / GREEN)"),
    R("sf_ncrs", own("sf_ncrs"), "National Rec",
      "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
      "for offences identified as MSHT and that sufficient audit capacity is available to the "
      "force crime registrar", "Force Crime Registrar", None,
      "30/01/2024 – MSHT audit scheduled Q1 2024/25.", shade="AMBER",
      cat="in_sync", why="RAG blank shaded amber (open); HMICFRS being-progressed"),
]))
nat_blocks.append(("PEEL: Police efficiency 2017 – national overview (Nov 2017)",
                   "PEEL Efficiency 17 (all forces)", [
    R("digital", own("digital"), "National Rec",
      "By September 2018, CCs should produce an ambitious plan to improve digitally-enabled "
      "services within their force.", "Head of Corporate Development", "AMBER",
      "27/11/2023 – Digital strategy refresh; DEMS roll-out phase 2.",
      cat="closeable_local", why="HMICFRS complete ('This recommendation is complete'); tracker AMBER"),
]))
nat_blocks.append(("PEEL: Police legitimacy 2017 – national (stop and search)",
                   "PEEL Legit 17 S&S", [
    R("leg_coc", own("leg_coc"), "CoC",
      "Cause of concern: " + WMt["leg_coc"], "ACC Local Policing", "AMBER",
      "22/01/2024 – Disproportionality 2.1 (from 3.4). External scrutiny in place.",
      cat="in_sync", why="national CoC; open on both"),
    R("leg_mon", own("leg_mon"), "National Rec",
      "By July 2018, all police forces should be regularly & frequently monitoring a "
      "comprehensive set of data on use of S&S powers to understand: (i) the reasons for any "
      "disproportionate representation of different ethnic groups in the use of S&S",
      "ACC Local Policing", "GREEN", "22/01/2024 – S&S dashboard live.", D(2024, 1, 22),
      cat="in_sync", why="split item part (i): parts (i),(ii) GREEN, (iii) AMBER -> not all done; HMICFRS being-progressed: open on both"),
    R("leg_mon", own("leg_mon"), "National Rec",
      "(ii) the extent to which find rates differ between people from different ethnicities, and "
      "across different types of searches (incl. find rates for drug possession and supply-type "
      "offences)", "Head of Intelligence", "GREEN", "22/01/2024 – In monthly S&S pack.",
      D(2024, 1, 22),
      cat="in_sync", why="split item part (ii); item open overall because part (iii) is AMBER"),
    R("leg_mon", own("leg_mon"), "National Rec",
      "(iii) the prevalence of possession-only drug searches, and the extent to which these "
      "align with local or force level priorities", "Head of Intelligence", "AMBER",
      "22/01/2024 – Analysis of possession-only searches due March.",
      cat="in_sync", why="split item part (iii) AMBER; item open on both"),
    R("leg_disp", own("leg_disp"), "National Rec",
      "Where forces identify disparities through monitoring, demonstrate to the public research "
      "& analysis to understand the reasons and action taken to reduce the disparity",
      "ACC Local Policing", None,
      "22/01/2024 – Published on force website 12/01/2024.", D(2024, 1, 22), shade="GREEN",
      cat="closeable_submit", why="RAG blank shaded green (done); HMICFRS being-progressed"),
    R("leg_train", own("leg_train"), "National Rec",
      abbr(WMt["leg_train"]), "Head of Learning & Development", "GREEN",
      "12/06/2019 – Complete.", D(2019, 6, 12),
      cat="in_sync", why="closed on both"),
]))
nat_blocks.append(("Disproportionate use of police powers: a spotlight on stop and search and the use of force (Feb 2021)",
                   "Police powers spotlight (Feb 21)", [
    R("pw_comms", None, "National Rec",
      "By July 2022, forces should ensure that officers & staff have effective communication "
      "skills, in line with the National Policing Guidelines on Conflict Management.",
      "Head of Learning & Development", "Amber",
      "18/01/2024 – Communication skills module in PST from April.",
      cat="in_sync", why="no URN; RAG 'Amber'; open on both"),
    R("pw_cpd", own("pw_cpd"), "National Rec",
      "By July 2021, ensure communication skills are reinforced as part of the programme of CPD "
      "for officers & staff, and supervisors are supported to routinely debrief officers using "
      "BWV footage", "Head of Learning & Development", "GREEN",
      "18/01/2024 – Completed. Evidence submitted to HMICFRS for closure.", D(2024, 1, 18),
      cat="closeable_submit", why="HMICFRS being-progressed, tracker GREEN"),
    R("pw_bwv", own("pw_bwv"), "National Rec",
      "By September 2021, forces should: 1. ensure that officers record on BWV (when this is "
      "available) the entirety of all S&S encounters, including traffic stops and use of force "
      "incidents", "ACC Local Policing", "GREEN",
      "05/12/2023 – BWV policy updated; compliance 96%.", D(2023, 12, 5),
      cat="closeable_submit", why="split item part 1; all three parts done (GREEN/GREEN/BLUE); HMICFRS being-progressed"),
    R("pw_bwv", own("pw_bwv"), "National Rec",
      "2. have a structured process for regularly reviewing and monitoring internally a "
      "sufficient sample of BWV footage to identify and disseminate learning and hold officers "
      "to account", "ACC Local Policing", "GREEN",
      "05/12/2023 – Monthly BWV review by supervisors in place.", D(2023, 12, 5),
      cat="closeable_submit", why="split item part 2; all parts done"),
    R("pw_bwv", own("pw_bwv"), "National Rec",
      "3. provide external scrutiny panel members with access to samples of BWV footage showing "
      "S&S encounters and use of force incidents", "ACC Local Policing", "BLUE",
      "05/12/2023 – Complete.", D(2023, 12, 5),
      cat="closeable_submit", why="split item part 3; all parts done"),
]))

local_rows = [
    ("Internal Audit 2023/24", R(None, "N/A", "IA action",
      "Internal audit action: Internal audit of the domestic abuse governance arrangements "
      "(audit plan 2023/24)", "Director of Finance", "AMBER",
      "01/02/2024 – Fieldwork complete; draft report due March.",
      cat="not_on_hmicfrs_list", why="internal audit action, not an HMICFRS item")),
    ("JAC", R(None, "N/A", "Local",
      "JAC action: Add modern slavery and human trafficking measures to the monthly Force "
      "Performance pack", "Head of Corporate Development", "GREEN",
      "14/12/2023 – Added from the December pack.", D(2023, 12, 14),
      cat="not_on_hmicfrs_list", why="Joint Audit Committee action, not an HMICFRS item")),
    ("Force Improvement Plan", R(None, "", "Local",
      "Force improvement plan: Rewrite the stalking and harassment policy and publish it on the "
      "intranet with a communications plan", "Ch Supt Public Protection", "AMBER",
      "A Task & Finish group has been set up and a full implementation/project plan, policy "
      "rewrite and communications plan is now completed.",
      cat="not_on_hmicfrs_list", why="force's own action (supports the stalking AFI but is not itself on the list)")),
]

# RUI URN typo: transpose two digits of the real URN, making sure the result is not on the list.
u = str(own("p18_rui"))
for i in range(len(u) - 1):
    cand = u[:i] + u[i + 1] + u[i] + u[i + 2:]
    if cand != u and int(cand) not in used and cand[0] != "0":
        typo = int(cand)
        break
for lab, blk in force_blocks:
    for r in blk:
        if r["key"] == "p18_rui":
            r["urn"] = typo
assert 3119 not in used
assert int(by[(WA, "fa_demand")]["urn"]) != own("fa_demand")


def write_tracker():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Master"
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = ("West Mercia Police – HMICFRS Recommendations, Causes for Concern & AFIs – "
                "Tracker (as at 29/02/2024)")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    head = ["HMICFRS URN", "Report", "Type", "Recommendation / AFI", "Action owner", "RAG",
            "Position", "Date proposed for closure"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=2, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    truth = []
    rown = 3

    def section(title, colour="D9D9D9"):
        nonlocal rown
        ws.cell(row=rown, column=1, value=title).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(row=rown, column=j).fill = PatternFill("solid", fgColor=colour)
        ws.merge_cells(start_row=rown, start_column=1, end_row=rown, end_column=8)
        rown += 1

    def put(r, report_value):
        nonlocal rown
        vals = [r["urn"] if r["urn"] is not None else None, report_value, r["typ"], r["text"],
                r["owner"], r["rag"], r["pos"], r["close"]]
        for j, v in enumerate(vals, start=1):
            if v == "":
                v = None
            c = ws.cell(row=rown, column=j, value=v)
            c.alignment = wrap
            c.border = box
        cf = ws.cell(row=rown, column=6)
        colour = r["rag"].upper() if r["rag"] else r["shade"]
        cf.fill = PatternFill("solid", fgColor=FILL[colour])
        if isinstance(r["close"], dt.datetime):
            ws.cell(row=rown, column=8).number_format = "dd/mm/yyyy"
        hm = hm_prov(r["key"]) if r["key"] else ""
        truth.append((hm, f"Master!{rown}", r["cat"], r["why"]))
        rown += 1

    section("FORCE INSPECTIONS")
    for label, blk in force_blocks:
        start = rown
        for r in blk:
            put(r, label if rown == start else None)
        if len(blk) > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=rown - 1, end_column=2)
        ws.cell(row=start, column=2).alignment = Alignment(wrap_text=True, vertical="center")
        rown += 1   # blank row between blocks
    section("NATIONAL / THEMATIC INSPECTIONS (all forces)")
    for heading, short, blk in nat_blocks:
        c = ws.cell(row=rown, column=1, value=heading)
        c.font = Font(bold=True, italic=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=rown, start_column=1, end_row=rown, end_column=8)
        rown += 1
        for r in blk:
            put(r, short)
    rown += 1
    section("OTHER ACTIONS (not HMICFRS)")
    for label, r in local_rows:
        put(r, label)
    rown += 1
    ws.cell(row=rown, column=1, value="Notes:").font = Font(bold=True)
    rown += 1
    ws.cell(row=rown, column=1, value=(
        "RAG cells shaded without a word were graded at the JAC meeting of 12/12/2023; wording "
        "to be added by the OL team."))
    ws.merge_cells(start_row=rown, start_column=1, end_row=rown, end_column=8)
    rown += 1
    ws.cell(row=rown, column=1, value=(
        "URNs blank where HMICFRS reference not yet confirmed with the force liaison lead."))
    ws.merge_cells(start_row=rown, start_column=1, end_row=rown, end_column=8)
    rown += 2
    ws.cell(row=rown, column=1, value="RAG KEY").font = Font(bold=True)
    rown += 1
    for word, desc in (
            ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale required)"),
            ("AMBER", "Subject to ongoing work and monitoring but anticipated will be implemented"),
            ("GREEN", "Implemented – proposed to HMICFRS for closure"),
            ("BLUE", "Complete / closed")):
        c = ws.cell(row=rown, column=1, value=word)
        c.fill = PatternFill("solid", fgColor=FILL[word])
        c.font = Font(bold=True)
        ws.cell(row=rown, column=2, value=desc)
        ws.merge_cells(start_row=rown, start_column=2, end_row=rown, end_column=4)
        rown += 1
    for col, w in zip("ABCDEFGH", (11, 22, 14, 80, 24, 9, 60, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A3"
    lists = wb.create_sheet("Lists")
    lists.append(["RAG", "Type", "Owner"])
    owners = ["ACC Crime", "ACC Local Policing", "DCC", "Det Ch Supt Force CID",
              "Head of Intelligence", "Head of Professional Standards", "Director of People"]
    for i in range(max(4, len(owners))):
        lists.append([["RED", "AMBER", "GREEN", "BLUE"][i] if i < 4 else None,
                      ["Rec", "AFI", "CoC", "National Rec"][i] if i < 4 else None,
                      owners[i]])
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"F3:F{rown}")
    wb.save(OUT / "tracker.xlsx")
    return truth


def main():
    write_hmicfrs()
    truth = write_tracker()
    # HMICFRS West Mercia items the force does not track.
    tracked = {t[0] for t in truth if t[0]}
    missing_why = {
        "core_prev": "Core Business crime prevention/disruption recording: not in the tracker",
        "fa_expired": "firearms 'total expired' licensing records: not in the tracker",
        "leg_publish": "publish disproportionality analysis annually from July 2018: not in the tracker",
        "pw_ho": "Home Office/NPCC data-quality recommendation listed against the force: not tracked",
        "e16_da_partner": "PEEL 2016 AFI on partner working for domestic abuse: not in the tracker",
        "c19_cautions": "CDI 2019 recommendation on cautions/cannabis warnings/PNDs: not in the tracker",
    }
    for k in WM_STATUS:
        p = hm_prov(k)
        if p not in tracked:
            assert k in missing_why, k
            truth.append((p, "", "missing_from_force", missing_why[k]))
    assert len({t[0] for t in truth if t[0]}) == 55
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for t in truth:
            w.writerow(t)
    from collections import Counter
    print("truth lines", len(truth), Counter(t[2] for t in truth))
    print("force rows", sum(1 for t in truth if t[1]))


if __name__ == "__main__":
    main()
