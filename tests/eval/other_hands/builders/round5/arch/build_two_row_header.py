"""Build case two_row_header (see README.md in the case folder).

Run: /work/main/.venv/bin/python /tmp/indep5/arch/build_two_row_header.py
Writes only under /tmp/indep5/arch/two_row_header/.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import sys
from collections import Counter

import xlsxwriter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common_text import (  # noqa: E402
    BODIES, BWV_2021, CAUSES, CDI_VICTIMS_BODY, LOCAL_ACTIONS, NATIONAL, SAS_MONITORING_2017, SF_LEADERSHIP,
    abbreviate, lower_first, misspell, plain_punct, stem, strip_stem, topic, truncate,
)

SEED = 8796
rnd = random.Random(SEED)
OUT = "/tmp/indep5/arch/two_row_header"
os.makedirs(OUT, exist_ok=True)

FORCE = "West Midlands Police"
D = dt.date
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

REPORTS = {k: (v[0], D(*v[1])) for k, v in NATIONAL.items()}
REPORTS.update({
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2)),
    "ncpi19": ("National child protection inspection 2019", D(2019, 6, 20)),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020", D(2020, 8, 11)),
    "cdi21": ("Crime data integrity inspection 2021", D(2021, 9, 16)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 12)),
})
TRK = {
    "sas13": "Stop and Search 2013", "everyone": "Everyone's Business (DA) 2014", "core": "Core Business 2014",
    "integrity": "Integrity matters", "firearms": "Targeting the Risk (Firearms Licensing) 2015",
    "stolen": "Stolen Freedom (MSHT) 2017", "leg17": "PEEL Legitimacy 2017 - national (stop and search)",
    "powers": "Police powers spotlight (Feb 21)", "eff16": "PEEL Effectiveness 2016",
    "peel18": "PEEL 2018/19", "ncpi19": "NCPI 2019", "cust20": "Custody 2020", "cdi21": "CDI 2021",
    "peel21": "PEEL 2021/22",
}

ITEMS: dict[str, dict] = {}


def H(key, rep, typ, text, status, comment=None):
    assert key not in ITEMS
    ITEMS[key] = dict(key=key, report=rep, type=typ, text=text, status=status, comment=comment)


SUPERSEDED_COMMENT = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
                      "inspections. Where a cause of concern still exists this will appear in the register "
                      "against these subsequent inspections.")
MONITOR_COMMENT = ("The progress of the implementation of this recommendation is currently being monitored by "
                   "HMICFRS and this record will, in due course, be updated.")
REVIEW_COMMENT = ("The status of this recommendation is currently being reviewed by HMIC and will be updated "
                  "when this review is complete.")

nat = {k: [t for _ty, t in v[2]] for k, v in NATIONAL.items()}
BP, AR, CO = "being-progressed", "awaiting-review", "complete"
H("sas1", "sas13", NAT, nat["sas13"][0], CO, "This recommendation is complete")
H("sas2", "sas13", NAT, nat["sas13"][1], CO, SUPERSEDED_COMMENT)
H("sas3", "sas13", NAT, nat["sas13"][2], BP, MONITOR_COMMENT)
H("every", "everyone", NAT, nat["everyone"][0], CO, SUPERSEDED_COMMENT)
H("core1", "core", NAT, nat["core"][0], BP, REVIEW_COMMENT)
H("core2", "core", NAT, nat["core"][1], CO, "This recommendation is complete")
H("integ", "integrity", NAT, nat["integrity"][0], BP, MONITOR_COMMENT)
for i, s in enumerate([CO, BP, CO, BP, AR]):
    H(f"fa{i+1}", "firearms", NAT, nat["firearms"][i], s,
      "This recommendation is complete" if s == CO else ("New recommendation" if s == AR else MONITOR_COMMENT))
for i, s in enumerate([BP, BP, BP, CO, BP, BP, AR]):
    H(f"st{i+1}", "stolen", NAT, nat["stolen"][i], s,
      "This recommendation is complete" if s == CO else ("New recommendation" if s == AR else MONITOR_COMMENT))
H("lg1", "leg17", COC, nat["leg17"][0], BP, MONITOR_COMMENT)
for i, s in enumerate([BP, CO, BP, BP]):
    H(f"lg{i+2}", "leg17", NAT, nat["leg17"][i + 1], s,
      "This recommendation is complete" if s == CO else MONITOR_COMMENT)
for i, s in enumerate([BP, BP, BP, CO, BP]):
    H(f"pw{i+1}", "powers", NAT, nat["powers"][i], s,
      "This recommendation is complete" if s == CO else MONITOR_COMMENT)

H("e_coc", "eff16", COC, CAUSES[1], CO, "This recommendation is complete")
H("e_rec", "eff16", REC, stem(12, BODIES[19]), CO, "This recommendation is complete")
H("e_r2", "eff16", REC, stem(7, BODIES[16]), BP, MONITOR_COMMENT)
H("v_coc", "peel18", COC, CAUSES[4].format(force=FORCE), BP, MONITOR_COMMENT)
H("v_rec", "peel18", REC, stem(0, BODIES[15]), BP,
  "nominated owner (senior officer) identified under the new governance structure for recommendations")
H("p18_a", "peel18", AFI, stem(0, BODIES[11]), CO, "This recommendation is complete")
H("p18_b", "peel18", AFI, stem(0, BODIES[13]), BP, MONITOR_COMMENT)
H("p18_c", "peel18", AFI, stem(0, BODIES[21]), BP, MONITOR_COMMENT)
H("p18_d", "peel18", REC, stem(9, BODIES[40], deadline="March 2020"), BP, MONITOR_COMMENT)
H("cdi_a", "cdi21", REC, stem(7, CDI_VICTIMS_BODY), AR, "New recommendation")
H("cdi_b", "cdi21", AFI, stem(0, BODIES[58]), BP, MONITOR_COMMENT)
H("cu_a", "cust20", REC, stem(13, BODIES[35], force=FORCE), BP, MONITOR_COMMENT)
H("cu_b", "cust20", AFI, stem(0, BODIES[7]), CO, "This recommendation is complete")
H("n_a", "ncpi19", AFI, stem(0, topic(2, "child sexual exploitation")), BP, MONITOR_COMMENT)
H("n_b", "ncpi19", AFI, stem(0, topic(7, "registered sex offenders")), BP, MONITOR_COMMENT)
H("n_c", "ncpi19", REC, stem(7, topic(14, "online child sexual abuse")), BP, MONITOR_COMMENT)
for k, b, s in [
    ("q_da", topic(0, "domestic abuse"), BP), ("q_rsso", topic(1, "rape and serious sexual offences"), BP),
    ("q_hate", topic(3, "hate crime"), AR), ("q_stalk", topic(5, "stalking and harassment"), BP),
    ("q_vawg", topic(8, "violence against women and girls"), BP),
    ("q_mh", topic(11, "people with mental ill health"), CO), ("q_cult", BODIES[25], BP),
    ("q_whistle", BODIES[27], BP), ("q_eq", BODIES[29], BP), ("q_asb", topic(13, "anti-social behaviour"), BP),
]:
    H(k, "peel21", AFI, stem(0, b), s, "This recommendation is complete" if s == CO else
      ("New recommendation" if s == AR else MONITOR_COMMENT))
assert len(ITEMS) == 55, len(ITEMS)
assert len({v["text"] for v in ITEMS.values()}) == 55

order = sorted(ITEMS, key=lambda k: (REPORTS[ITEMS[k]["report"]][1], list(ITEMS).index(k)))
pool = sorted(rnd.sample(range(2300, 13900), len(order)))
for k, r in zip(order, pool):
    ITEMS[k]["ref"] = r
# the real West Midlands register id 8796 (vetting, 2019)
assert 8796 not in pool
ITEMS["v_rec"]["ref"] = 8796

# ----------------------------------------------------------------------------------------------
ROWS: list[dict] = []
CONFLICT: dict[str, str] = {}
DONE_RAG = {"Green", "GREEN", "Complete", "WHITE", "Pending sign off", "fill:green"}


def F(key, rag, *, text=None, style="auto", report=None, ref="auto", strike=False, comment=None, part=None,
      no=None):
    ROWS.append(dict(key=key, item=ITEMS.get(key) if key else None, rag=rag, text=text, style=style,
                     report=report, ref=ref, strike=strike, comment=comment, part=part, no=no))


def bullets(t):
    return [b.strip() for b in t.split("•")[1:]]


# PEEL 2021/22
F("q_da", "Amber")
F("q_rsso", "Complete")
F("q_hate", "Amber", ref="intext")
F("q_stalk", "Red")
F("q_vawg", "Green", comment="All actions complete. Evidence (VAWG delivery plan v3, performance pack extract) "
                             "saved to the HMICFRS evidence folder.\nReady to go to the FLL for closure.")
F("q_mh", "Green")
F("q_cult", "Amber")
F("q_whistle", "Amber", ref="intext")
F("q_asb", "Amber")
F(None, "Amber", text=stem(0, topic(15, "cyber crime")), report="peel21",
  comment="Added from the PEEL 21/22 debrief notes (not in the published report?) - check with FLL.")
# custody 2020 (one of its items filed under NCPI below)
F("cu_b", "Amber", comment="RUI/bail dashboard built; awaiting Criminal Justice board sign-off.\n"
                           "Lead changed Jan 24 following restructure.")
# NCPI 2019
F("n_a", "Amber")
F("cu_a", "Amber", report="ncpi19", style="s")
CONFLICT["cu_a"] = ("Report differs: HMICFRS has it under the 2020 custody inspection; the tracker files it "
                    "under NCPI 2019 (merged report cell).")
F("n_c", "fill:amber")
# CDI 2021
F("cdi_a", "Amber", style="sp")
F("cdi_b", "Green")
# PEEL 2018/19
F("v_coc", "Amber", ref="intext")
F("v_rec", "Green", ref="intext", text="The force should ensure all staff have received at least the lowest "
  "level of vetting clearance for their roles as quickly as possible (HMICFRS ref 8796)", style="v",
  comment="Vetting backlog cleared Dec 2023 (0 outstanding renewals at 31/12/23).\nVetting Unit now at "
          "establishment. Evidence: vetting performance report to JAC, March 2024.")
F("p18_a", "Amber")
F("p18_b", "Amber")
F("p18_c", "fill:green")
F("p18_d", "Amber", style="v", text="AFI 4 – " + ITEMS["p18_d"]["text"])
CONFLICT["p18_d"] = ("Type differs: HMICFRS lists a Recommendation ('By March 2020, the force should ensure it "
                     "has sufficient resources ... control room'); the tracker's text is labelled 'AFI 4 –'.")
# PEEL Effectiveness 2016
F("e_coc", "Complete")
F("e_rec", "Green", strike=True, comment="Closed at Organisational Learning Board 14/06/2019.")
F("e_r2", "Amber")
# Police powers
F("pw1", "Amber")
F("pw2", "Red")
bw = BWV_2021.split("\n")
assert len(bw) == 3
F("pw3", "Green", text=bw[0], style="v", part="a")
F("pw3", "Amber", text="By September 2021, forces should: " + bw[1], style="v", part="b")
CONFLICT["pw3"] = ("Split item with a part missing: the BWV recommendation has three parts; the tracker has "
                   "rows for (a) recording encounters and (b) internal review of footage, but none for (c) "
                   "external scrutiny panel access to footage.")
F("pw4", "WHITE", comment="Not WMP's to deliver - Home Office / NPCC action.")
F("pw5", "Green")
# PEEL Legitimacy 2017 (national, stop and search)
F("lg1", "Amber", style="v")
sm_b = [re.sub(r";?\s*(and)?\s*$", "", b) for b in re.split(r"\s*•", SAS_MONITORING_2017)[1:]]
assert len(sm_b) == 3
sm_head = "By July 2018 monitor S&S data to understand"
F("lg2", "Green", text=f"{sm_head} (i) {sm_b[0]}", style="v", part="a")
F("lg2", "Green", text=f"{sm_head} (ii) {sm_b[1]}", style="v", part="b")
F("lg2", "Amber", text=f"{sm_head} (iii) {sm_b[2]}", style="v", part="c")
F("lg3", "Green")
F("lg4", "Amber", ref="intext")
F("lg5", "Complete")
# Stolen Freedom
F("st1", "Amber", style="v", text=plain_punct(SF_LEADERSHIP.replace("Within twelve months", "Within six months")))
CONFLICT["st1"] = ("Timescale differs: HMICFRS text says 'Within twelve months', the tracker's text says "
                   "'Within six months'.")
F("st2", "Amber", style="v", text=ITEMS["st2"]["text"].replace(" 86 ", " "))
F("st3", "Green")
F("st4", "Complete")
F("st5", "Amber", ref="wrong")
CONFLICT["st5"] = None  # filled below with the two refs
F("st6", "Amber", strike=True,
  comment="SUPERSEDED - covered by the MSHT problem profile refresh and the Modern Slavery Partnership plan. "
          "Agreed at Organisational Learning Board 09/11/2022 to close locally.\nNot yet notified to HMICFRS.")
# Firearms
F("fa1", "Complete")
F("fa2", "Amber")
F("fa3", "Amber")
F("fa4", "Pending sign off")
# Integrity / Core / Everyone's business / S&S 2013
F("integ", "Amber", ref="intext")
F("core1", "Red")
F("every", "Amber", style="v",
  text="By September 2014, every police force in England and Wales should establish and publish an action plan "
       "that specifies in detail what steps it will take to improve its approach to domestic abuse.",
  comment="DA action plan refreshed annually; current version 2024-27 owned by Ch Supt Public Protection.")
F("sas1", "Complete")
F("sas2", "Amber", strike=True, comment="Closed - superseded by PEEL Legitimacy 2017 S&S recs (see above).")
F("sas3", "Green", ref="intext")
# not on the HMICFRS list
F(None, "Complete", text=stem(0, BODIES[28]), report="PEEL Legitimacy 2016")
F(None, "Green", text=stem(0, BODIES[56]), report="PEEL Legitimacy 2016")
F(None, "Amber", text=stem(0, BODIES[12]), report="PEEL Efficiency 2016",
  comment="Linked to the priority-based budgeting work; Finance to confirm.")
F(None, "Amber", text=LOCAL_ACTIONS[1].format(t="domestic abuse"), report="Force DA improvement plan")
F(None, "Amber", text=LOCAL_ACTIONS[7].format(t="missing children"), report="JAC action 2024")
F(None, "Green", text=LOCAL_ACTIONS[4].format(t="stop and search"), report="Force action", strike=True,
  comment="Policy rewritten and published 02/2023. Struck through - no longer monitored.")
assert len(ROWS) == 60, len(ROWS)

# ----------------------------------------------------------------------------------------------
TOPIC_KEYS = {"q_da", "q_rsso", "q_hate", "q_stalk", "q_vawg", "q_mh", "q_asb", "n_a", "n_b", "n_c"}


def render(row):
    it = row["item"]
    t = row["text"] if row["text"] is not None else it["text"]
    style = row["style"]
    if style == "v":
        return t
    if style == "auto":
        opts = ["v", "s", "sa", "m", "drop", "lower", "rec"]
        if it is None or it["key"] not in TOPIC_KEYS:
            opts += ["trunc"]
        style = rnd.choice(opts)
    if style == "v":
        return t
    t = strip_stem(t)
    if style == "s":
        return t
    if style == "sa":
        return abbreviate(t, which=("S&S", "DA", "MSHT", "CSE", "PCCs", "PCC", "APP", "CoP", "BWV", "HO", "NCRS",
                                    "within 6 months", "within 3 months", "within 12 months", "RUI", "CPD"))
    if style == "sp":
        return plain_punct(t)
    if style == "m":
        return misspell(t, 2)
    if style == "drop":
        if t.startswith("The force should "):
            t = t[len("The force should "):]
            return t[0].upper() + t[1:]
        return t
    if style == "lower":
        return lower_first(t)
    if style == "rec":
        if it is not None and it["type"] == AFI:
            return f"AFI – {t}"
        if it is not None and it["type"] == REC:
            return f"Rec – {t}"
        return t
    if style == "trunc":
        return truncate(t, rnd.choice([100, 120, 140]))
    raise ValueError(style)


LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Director of Finance", "Supt Firearms Licensing", None]
UPD_OPEN = [
    "A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and "
    "communications plan is now completed.",
    "The policy is now signed off and in place with an implementation date of the end of October.",
    "Addressed holistically as part of the force change programme.",
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Awaiting allocation.", "xxx",
]
UPD_DONE = ["Ready to move to GREEN status.", "Pending sign off by the chief officer lead.",
            "Completed. Evidence submitted to HMICFRS for closure.",
            "Already complete / believed to be complete within short time scale (and within deadline)."]
UPD_WHITE = ["Not the force's responsibility to deliver; dependent upon another organisation."]
LONG_COMMENTS = [
    "Discussed at Organisational Learning Board {d1}. Lead to provide evidence of embedding (dip-sample "
    "results) before this can go Green.\n{d2}: dip sample booked with the Force Crime Registrar.",
    "Update requested {d1} - no response. Escalated to DCC {d2}.",
    "Links to the PEEL 2021/22 AFIs - consider tracking together. Evidence folder: HMICFRS > {yr} > Evidence.",
    "{d1} - Lead changed following restructure; new lead to review the action plan and confirm the "
    "completion date.",
    "",
]
LONG_COMMENTS_DONE = ["Draft closure submission prepared {d1}; awaiting chief officer sign off.",
                      "Evidence pack saved {d1}. To be sent to the FLL with the next quarterly return.", ""]
PORTFOLIO = ["Crime", "Local Policing", "Corporate Services", "People", "Public Protection", "Operations"]


def dd():
    return D(2023, 6, 1) + dt.timedelta(days=rnd.randint(0, 600))


for row in ROWS:
    it = row["item"]
    row["text_out"] = render(row)
    if row["ref"] == "intext":
        row["text_out"] = row["text_out"].rstrip() + (f" (HMICFRS ref {it['ref']})"
                                                      if "(HMICFRS ref" not in row["text_out"] else "")
    rep = row["report"] or (it["report"] if it else None)
    row["report_out"] = TRK.get(rep, rep)
    done = row["rag"] in DONE_RAG or row["strike"]
    row["done"] = done
    if row["rag"] == "WHITE":
        u = rnd.choice(UPD_WHITE)
    else:
        u = rnd.choice(UPD_DONE if row["rag"] in DONE_RAG else UPD_OPEN)
    row["update"] = f"{dd():%d/%m/%Y}: {u}" if rnd.random() < 0.8 else u
    if row["comment"] is None:
        c = rnd.choice(LONG_COMMENTS_DONE if row["rag"] in DONE_RAG else LONG_COMMENTS)
        row["comment"] = c.format(d1=f"{dd():%d/%m/%y}", d2=f"{dd():%d/%m/%y}", yr="2023") or None
    c = rnd.random()
    if c < 0.55:
        row["due"] = D(2023, 3, 31) + dt.timedelta(days=rnd.randint(0, 800))
    else:
        row["due"] = rnd.choice(["Q4 23/24", "Q2 24/25", "Ongoing", "TBC", "31/03/2025", "Sept 2024"])
    prev = {"Green": "Amber", "Complete": "Green", "Amber": rnd.choice(["Amber", "Red"]), "Red": "Red",
            "WHITE": "Amber", "Pending sign off": "Amber", "fill:green": "Amber", "fill:amber": "Amber"}
    row["prev"] = prev.get(row["rag"], "Amber")
    row["lead"] = rnd.choice(LEADS)
    row["portfolio"] = rnd.choice(PORTFOLIO)

# references in the Ref column
all_refs = {v["ref"] for v in ITEMS.values()}
for row in ROWS:
    it = row["item"]
    if it is None or row["ref"] == "intext":
        row["ref_out"] = None
    elif row["ref"] == "wrong":
        w = it["ref"] + 100
        while w in all_refs:
            w += 1
        row["ref_out"] = w
        CONFLICT[it["key"]] = (f"Reference differs: HMICFRS ID {it['ref']}, the tracker's Ref column says {w} "
                               "(same text, same report).")
    else:
        row["ref_out"] = it["ref"] if rnd.random() < 0.55 else None

# ----------------------------------------------------------------------------------------------
# hmicfrs.csv: register export, Windows-1252, one record per item; bulleted texts keep line breaks.


def ordinal(d):
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


hm_rows = {}
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["ID", "Force", "Report", "Published", "Type", "Recommendation", "Status", "Last status change",
            "Latest comment"])
rec_no = 1
for k in sorted(ITEMS, key=lambda k: (ITEMS[k]["report"] != "peel21", -REPORTS[ITEMS[k]["report"]][1].toordinal(),
                                      ITEMS[k]["ref"])):
    it = ITEMS[k]
    title, pd_ = REPORTS[it["report"]]
    last = min(pd_ + dt.timedelta(days=rnd.randint(60, 2000)), D(2025, 1, 31))
    if it["status"] == AR:
        last = pd_ + dt.timedelta(days=rnd.randint(1, 20))
    w.writerow([it["ref"], FORCE, title, ordinal(pd_), it["type"], it["text"], it["status"], ordinal(last),
                it["comment"]])
    rec_no += 1
    hm_rows[k] = f"hmicfrs.csv!{rec_no}"
with open(os.path.join(OUT, "hmicfrs.csv"), "w", encoding="cp1252", newline="") as fh:
    fh.write(buf.getvalue())

# ----------------------------------------------------------------------------------------------
# tracker.xlsx
wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
ws = wb.add_worksheet("HMICFRS Tracker")
base = {"text_wrap": True, "valign": "top", "border": 1}
g1 = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "bg_color": "#203764",
                    "font_color": "white", "border": 1})
g2 = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "bg_color": "#833C0C",
                    "font_color": "white", "border": 1})
g3 = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "bg_color": "#595959",
                    "font_color": "white", "border": 1, "text_wrap": True})
h2 = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True, "valign": "top"})
h2b = wb.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1, "text_wrap": True, "valign": "top"})
RAGFILL = {"Green": "#00B050", "GREEN": "#00B050", "Amber": "#FFC000", "Red": "#FF0000", "Complete": "#0070C0",
           "WHITE": "#FFFFFF", "Pending sign off": "#92D050", "fill:green": "#00B050", "fill:amber": "#FFC000"}
_fmt_cache = {}


def fmt(strike=False, date=False, fill=None, center=False):
    key = (strike, date, fill, center)
    if key not in _fmt_cache:
        d = dict(base)
        if strike:
            d["font_strikeout"] = True
        if date:
            d["num_format"] = "dd/mm/yyyy"
        if fill:
            d["bg_color"] = fill
        if center:
            d["align"] = "center"
        _fmt_cache[key] = wb.add_format(d)
    return _fmt_cache[key]


ws.merge_range("A1:A2", "No.", g3)
ws.merge_range("B1:D1", "HMICFRS", g1)
ws.merge_range("E1:H1", "FORCE RESPONSE", g2)
ws.merge_range("I1:I2", "Comments", g3)
ws.merge_range("J1:K1", "ADMIN", g3)
for c, h in zip("BCD", ["Ref", "Report", "Recommendation"]):
    ws.write(f"{c}2", h, h2)
for c, h in zip("EFGHJK", ["Lead", "Update", "RAG", "Completion date", "Previous RAG", "Portfolio"]):
    ws.write(f"{c}2", h, h2b)
ws.set_column("A:A", 6)
ws.set_column("B:B", 8)
ws.set_column("C:C", 20)
ws.set_column("D:D", 70)
ws.set_column("E:E", 20)
ws.set_column("F:F", 45)
ws.set_column("G:G", 10)
ws.set_column("H:H", 13)
ws.set_column("I:I", 55)
ws.set_column("J:K", 12, None, {"hidden": True})
ws.set_row(0, 20)
ws.set_row(1, 30)

r = 2
no = 0
prev_key = None
sub = 0
report_spans = []
for row in ROWS:
    if row["part"] and row["key"] == prev_key:
        sub += 1
        row["no_out"] = f"{no}{'abc'[sub]}"
    elif row["part"]:
        no += 1
        sub = 0
        row["no_out"] = f"{no}a"
    else:
        no += 1
        row["no_out"] = str(no)
    prev_key = row["key"]
    s = row["strike"]
    row["prov"] = f"HMICFRS Tracker!{r + 1}"
    ws.write_string(r, 0, row["no_out"], fmt(s, center=True))
    if row["ref_out"] is None:
        ws.write_blank(r, 1, None, fmt(s))
    else:
        ws.write_number(r, 1, row["ref_out"], fmt(s))
    # report cell written after merging
    ws.write_string(r, 3, row["text_out"], fmt(s))
    if row["lead"]:
        ws.write_string(r, 4, row["lead"], fmt(s))
    else:
        ws.write_blank(r, 4, None, fmt(s))
    ws.write_string(r, 5, row["update"], fmt(s))
    rag = row["rag"]
    if rag.startswith("fill:"):
        ws.write_blank(r, 6, None, fmt(s, fill=RAGFILL[rag]))
    else:
        ws.write_string(r, 6, rag, fmt(s, fill=RAGFILL[rag], center=True))
    if isinstance(row["due"], dt.date):
        ws.write_datetime(r, 7, dt.datetime.combine(row["due"], dt.time()), fmt(s, date=True))
    else:
        ws.write_string(r, 7, row["due"], fmt(s))
    if row["comment"]:
        ws.write_string(r, 8, row["comment"], fmt(s))
    else:
        ws.write_blank(r, 8, None, fmt(s))
    ws.write_string(r, 9, row["prev"], fmt(s))
    ws.write_string(r, 10, row["portfolio"], fmt(s))
    if report_spans and report_spans[-1][2] == row["report_out"]:
        report_spans[-1][1] = r
    else:
        report_spans.append([r, r, row["report_out"], s])
    r += 1
last = r - 1
for a, b_, name, s in report_spans:
    if b_ > a:
        ws.merge_range(a, 2, b_, 2, name, fmt(False))
    else:
        ws.write_string(a, 2, name, fmt(s))

# AutoFilter left on, with RAG filtered to hide 'Complete' rows (a "what's still open" view).
ws.autofilter(1, 0, last, 10)
ws.filter_column_list("G", ["Amber", "Green", "Red", "WHITE", "Pending sign off", "Blanks"])
for i, row in enumerate(ROWS):
    if row["rag"] == "Complete":
        ws.set_row(2 + i, None, None, {"hidden": True})
ws.freeze_panes(2, 2)
wb.close()

# ----------------------------------------------------------------------------------------------
by_key = {}
for row in ROWS:
    if row["key"]:
        by_key.setdefault(row["key"], []).append(row)
truth = []
for k, it in ITEMS.items():
    rows = by_key.get(k, [])
    if not rows:
        truth.append((hm_rows[k], "", "missing_from_force", f"HMICFRS {it['status']}; no row in the tracker."))
        continue
    hclosed = it["status"] == CO
    fdone = all(x["done"] for x in rows)
    rag_desc = " / ".join(
        ("struck-through " if x["strike"] else "") +
        (f"RAG cell shaded {x['rag'][5:]} with no text" if x["rag"].startswith("fill:") else f"RAG {x['rag']}")
        + (" (row hidden by the AutoFilter)" if x["rag"] == "Complete" else "")
        for x in rows)
    if k in CONFLICT:
        cat, why = "conflict", CONFLICT[k]
    elif not hclosed and fdone:
        cat, why = "closeable_submit", f"HMICFRS {it['status']}; tracker done: {rag_desc}."
    elif hclosed and not fdone:
        cat, why = "closeable_local", f"HMICFRS complete; tracker still open: {rag_desc}."
    else:
        cat = "in_sync"
        why = (f"Closed on both: HMICFRS complete; tracker {rag_desc}." if hclosed
               else f"Open on both: HMICFRS {it['status']}; tracker {rag_desc}.")
    if any(x["strike"] for x in rows) and cat != "conflict":
        why += " Strikethrough read as closed/superseded by the force."
    if len(rows) > 1 and cat != "conflict":
        why += f" Split into {len(rows)} rows; done only if all parts done."
    if any(x["ref"] == "intext" for x in rows):
        why += " Reference given inside the text, Ref column empty."
    for x in rows:
        truth.append((hm_rows[k], x["prov"], cat, why))
for row in ROWS:
    if not row["key"]:
        truth.append(("", row["prov"], "not_on_hmicfrs_list",
                      f"{row['report_out']} – not on the HMICFRS list"
                      + (" (struck through)." if row["strike"] else ".")))


def sk(t):
    a = t[0] or t[1]
    s, n = a.rsplit("!", 1)
    return (t[0] == "", s, int(n), t[1])


truth.sort(key=sk)
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    cw = csv.writer(fh)
    cw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    cw.writerows(truth)
print("items", len(ITEMS), "force rows", len(ROWS), "last tracker row", last + 1)
print(Counter(t[2] for t in truth))
