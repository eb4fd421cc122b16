"""Builds /tmp/indep6/wales/two_text_columns/: a tracker with the item text in one of three
side-by-side columns (Recommendation / Area for Improvement / Cause of Concern), no type
column, some items split into "Action 1", "Action 2" rows, BLUE/GREEN/AMBER/RED with a key
where GREEN means "on track" (not done). HMICFRS list is a CSV register export.

Run: /work/main/.venv/bin/python /tmp/indep6/wales/build_two_text_columns.py
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xlsxwriter  # noqa: E402

from common_build import (  # noqa: E402
    N, F, T, nat, nat_title, nat_date, body, topic_body, local_action, cause, progress,
    abbr, typo, straight, flat, trunc, first_sentence, drop_last_sentence, write_truth,
    rule_category, H_OPEN,
)

random.seed(5512024)
OUT = "/tmp/indep6/wales/two_text_columns"
os.makedirs(OUT, exist_ok=True)

FORCE = "Lincolnshire Police"
D = dt.datetime
REC, AFI, COC, NATR = N.REC, N.AFI, N.COC, N.NAT

REPORTS = {
    "peel16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2)),
    "cdi21": ("Crime data integrity inspection 2021", D(2021, 9, 14)),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022",
               D(2022, 8, 23)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 20)),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 5, 17)),
}
for k in N.NATIONAL:
    REPORTS[k] = (nat_title(k), nat_date(k))

# force's report names and its "Published" cell for the block
BLOCK = {
    "peel2324": ("PEEL Assessment 2023/24", "May 2024"),
    "peel2122": ("PEEL 21-22", D(2022, 5, 20)),
    "cust22": ("HMICFRS/HMIP custody 2022", "Aug 2022"),
    "cdi21": ("CDI 2021", D(2021, 9, 14)),
    "peel1819": ("PEEL 2018/19", "May 2019"),
    "peel16": ("PEEL Eff 16", "Mar 2017"),
    "powers": ("Police powers spotlight (Feb 21)", "Feb 2021"),
    "leg17": ("PEEL Legitimacy 2017 - national (stop and search)", "Dec 2017"),
    "stolen": ("Stolen Freedom (MSHT) 2017", D(2017, 10, 24)),
    "firearms": ("Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 15)),
    "integrity": ("Integrity matters", "Jan 2015"),
    "everyone": ("Domestic abuse - Everyone's business", "Mar 2014"),
    "sas13": ("Stop & Search powers (HMIC 2013)", "2013"),
    "peeleff15": ("PEEL Effectiveness 2015", "Feb 2016"),
    "peelefc16": ("PEEL Efficiency 2016", "Nov 2016"),
    "audit": ("Internal Audit 2023/24", None),
    "fip": ("Force Improvement Plan", None),
}
BLOCK_ORDER = ["peel2324", "peel2122", "cust22", "cdi21", "powers", "peel1819", "leg17",
               "stolen", "peel16", "peelefc16", "peeleff15", "firearms", "integrity",
               "everyone", "sas13", "audit", "fip"]

H_TYPE = {REC: "Recommendation", AFI: "Area for improvement", COC: "Cause of concern",
          NATR: "National recommendation"}
COLUMN_OF = {REC: "rec", NATR: "rec", AFI: "afi", COC: "coc"}

BLUE, GREEN, AMBER, RED = "BLUE", "GREEN", "AMBER", "RED"
DONE_WORDS = {"BLUE", "Blue", "BLUE "}
OPEN_WORDS = {"GREEN", "Green", "AMBER", "Amber", "RED"}

P_DONE = [progress("Completed. Evidence"), progress("Already complete"),
          progress("The policy is now signed off")]
P_OPEN = [progress("A Task & Finish group"), progress("Work undertaken"),
          progress("Little work yet"), progress("Covered by the Vulnerability"),
          progress("Addressed holistically"), progress("Allocated to the Force Crime"),
          progress("Awaiting allocation"), progress("No deadline set"),
          progress("The Force Executive Team agreed")]


def upd(when, text):
    return None if text is None else f"{when}: {text}"


ITEMS: list[dict] = []


def item(key, rep, typ, text, hst, rows, conflict=None, why=None):
    ITEMS.append(dict(key=key, rep=rep, type=typ, text=text, h=hst, rows=rows,
                      conflict=conflict, why=why))


def fr(text, rag, lead, up=None, tgt=None, col=None, action=None, **kw):
    """An item row; col overrides the text column ('rec', 'afi', 'coc')."""
    d = dict(kind="item", text=text, rag=rag, lead=lead, up=up, tgt=tgt, col=col,
             action=action)
    d.update(kw)
    return d


def act(n, text, rag, lead, up=None, tgt=None):
    return dict(kind="action", no=f"Action {n}", action=text, rag=rag, lead=lead, up=up,
                tgt=tgt, text=None, col=None)


# ---- national
t = nat("sas13", 1)
item("n1", "sas13", NATR, t, "Complete",
     [fr(abbr(t, "S&S"), BLUE, "Head of Corporate Development", upd("Jun 2016", P_DONE[0]),
         D(2014, 3, 31))])
t = nat("sas13", 2)
item("n2", "sas13", NATR, t, "Being progressed",
     [fr(trunc(t, 170), GREEN, "ACC Local Policing", upd("Sep 2024", P_OPEN[1]), D(2025, 3, 31))])
t = nat("everyone", 0)
item("n3", "everyone", NATR, t, "Superseded",
     [fr(first_sentence(t), "Green", "Ch Supt Public Protection", upd("Sep 2024", P_OPEN[3]),
         "Ongoing")])
item("n4", "core", NATR, nat("core", 1), "Complete", None)
t = nat("integrity", 0)
item("n5", "integrity", NATR, t, "Being progressed",
     [fr(straight(t), BLUE, "Head of Professional Standards", upd("Aug 2024", P_DONE[0]),
         D(2015, 8, 31))])
t = nat("firearms", 0)
item("n6", "firearms", NATR, t, "Complete",
     [fr(first_sentence(t), BLUE, "Supt Firearms Licensing", upd("Jan 2016", P_DONE[1]),
         D(2015, 12, 15))])
t = nat("firearms", 1)
item("n7", "firearms", NATR, t, "Being progressed",
     [fr(t, BLUE, "Supt Firearms Licensing", upd("Sep 2024", P_DONE[0]), D(2015, 12, 15))])
t = nat("firearms", 2)
item("n8", "firearms", NATR, t, "Complete",
     [fr(straight(t), AMBER, "Supt Firearms Licensing", upd("Sep 2024", P_OPEN[1]),
         D(2024, 12, 31))])
item("n9", "firearms", NATR, nat("firearms", 3), "Being progressed", None)
t = nat("stolen", 3)
item("n10", "stolen", NATR, t, "Being progressed",
     [fr(abbr(t, "MSHT", "HO"), GREEN, "Det Ch Supt Force CID", upd("Sep 2024", P_OPEN[0]),
         D(2025, 3, 31))])
t = nat("stolen", 1)
item("n11", "stolen", NATR, t, "Being progressed",
     [fr(N.MSHT_INTEL, None, "Head of Intelligence", None, D(2018, 4, 30)),
      act(1, local_action("Agree an information-sharing protocol",
                          "modern slavery and human trafficking"), BLUE,
          "Head of Intelligence", upd("Mar 2024", P_DONE[0]), D(2018, 4, 30)),
      act(2, local_action("Appoint a single point of contact",
                          "modern slavery and human trafficking"), BLUE,
          "Det Ch Supt Force CID", upd("Jul 2024", P_DONE[1]), D(2018, 4, 30))])
t = nat("stolen", 4)
item("n12", "stolen", NATR, t, "Complete",
     [fr(abbr(t, "NCRS", "MSHT"), GREEN, "Force Crime Registrar", upd("Sep 2024", P_OPEN[5]),
         D(2025, 3, 31))])
t = nat("stolen", 2)
item("n13", "stolen", NATR, t, "Being progressed",
     [fr(t, RED, "Head of Criminal Justice", upd("Sep 2024", P_OPEN[2]), D(2018, 4, 30))])
t = nat("stolen", 6)
item("n14", "stolen", NATR, t, "Being progressed",
     [fr(abbr(t, "MSHT"), BLUE, "Det Ch Supt Force CID", upd("Aug 2024", P_DONE[0]),
         D(2018, 4, 30), blk="leg17")],
     conflict="report",
     why="same text (preventative powers under the Modern Slavery Act 2015); HMICFRS report "
         "Stolen freedom (24/10/2017), tracker files it in its 'PEEL Legitimacy 2017 - national "
         "(stop and search)' block (Dec 2017)")
t = nat("leg17", 0)
item("n15", "leg17", COC, t, "Being progressed",
     [fr(t, GREEN, "ACC Local Policing", upd("Sep 2024", P_OPEN[1]), "Ongoing")])
t = nat("leg17", 1)
item("n16", "leg17", NATR, t, "Being progressed",
     [fr(flat(t), AMBER, "ACC Local Policing", None, D(2018, 7, 31)),
      act(1, local_action("Add {t} measures", "stop and search"), BLUE,
          "Head of Corporate Development", upd("Feb 2024", P_DONE[0]), D(2018, 7, 31)),
      act(2, local_action("Task & Finish group", "stop and search"), GREEN,
          "ACC Local Policing", upd("Sep 2024", P_OPEN[0]), D(2024, 12, 31)),
      act(3, local_action("Refresh the {t} problem profile", "stop and search"), AMBER,
          "Head of Intelligence", upd("Sep 2024", P_OPEN[1]), D(2024, 10, 31))])
t = nat("leg17", 2)
item("n17", "leg17", NATR, t, "Being progressed",
     [fr(flat(t), BLUE, "ACC Local Policing", upd("Jul 2024", P_DONE[0]), D(2018, 7, 31))])
item("n18", "leg17", NATR, nat("leg17", 4), "Complete", None)
b = nat("powers", 0)
assert b.startswith("By July 2022,")
item("n19", "powers", NATR, b, "Being progressed",
     [fr(b.replace("By July 2022,", "By July 2021,"), GREEN, "Head of Learning & Development",
         upd("Sep 2024", P_OPEN[0]), D(2021, 7, 31))],
     conflict="timescale",
     why="same ask (communication skills in line with the Conflict Management guidelines); "
         "HMICFRS says 'By July 2022', the tracker 'By July 2021'")
t = nat("powers", 1)
item("n20", "powers", NATR, t, "Being progressed",
     [fr(abbr(t, "BWV", "CPD"), BLUE, "Head of Learning & Development",
         upd("Jun 2024", P_DONE[0]), D(2021, 7, 31))])
t = N.BWV_2021
item("n21", "powers", NATR, t, "Being progressed",
     [fr(flat(straight(t)), AMBER, "ACC Local Policing", upd("Sep 2024", P_OPEN[1]),
         D(2021, 9, 30))])
t = nat("powers", 4)
item("n22", "powers", NATR, t, "Awaiting review",
     [fr(t, GREEN, "ACC Local Policing", upd("Sep 2024", P_OPEN[4]), D(2021, 7, 31))])

# ---- force-level
t = cause("The force’s response to missing and absent children", FORCE)
item("f1", "peel16", COC, t, "Being progressed",
     [fr(straight(t), AMBER, "Ch Supt Public Protection", upd("Sep 2024", P_OPEN[3]),
         "No deadline set by HMICFRS")])
t = ("To address this cause of concern, HMIC recommends the force should immediately "
     + body("review its approach to reports of missing children") + ".")
item("f2", "peel16", REC, t, "Being progressed",
     [fr(flat(t.replace("To address this cause of concern, HMIC recommends the force should "
                        "immediately ", "Immediately ")), BLUE, "Ch Supt Public Protection",
         upd("Aug 2024", P_DONE[0]), D(2017, 6, 30))])
t = ("The force should " + topic_body("improve how it works with partner",
                                      "child sexual exploitation") + ".")
item("f3", "peel16", AFI, t, "Superseded",
     [fr(abbr(t, "CSE"), GREEN, "Ch Supt Public Protection", upd("Sep 2024", P_OPEN[3]),
         "Ongoing")])
t = "The force should " + topic_body("make sure it records reports of", "hate crime") + "."
item("f4", "peel16", AFI, t, "Complete",
     [fr(t, BLUE, "Force Crime Registrar", upd("Nov 2018", P_DONE[1]), D(2017, 12, 31))])
t = cause("The force does not have the capacity or capability", FORCE)
item("f5", "peel1819", COC, t, "Being progressed",
     [fr(t, AMBER, "Det Ch Supt Force CID", upd("Sep 2024", P_OPEN[0]), D(2025, 3, 31),
         col="afi")],
     conflict="type",
     why="same text (capacity and capability to investigate crime); HMICFRS type Cause of "
         "concern, tracker puts it in its 'Area for Improvement' column")
t = ("HMIC recommends that the force should immediately: "
     + body("conduct a review of officers’ capabilities") + "; and")
item("f6", "peel1819", REC, t, "Being progressed",
     [fr(straight(t).replace("HMIC recommends that the force should immediately: ",
                             "The force should immediately ").replace("; and", "."),
         GREEN, "Det Ch Supt Force CID", upd("Sep 2024", P_OPEN[1]), D(2024, 12, 31))])
t = ("HMIC recommends that within six months the force should: "
     + body("improve its understanding of suspects released") + ";")
item("f7", "peel1819", REC, t, "Being progressed",
     [fr(abbr(t, "RUI"), GREEN, "Head of Criminal Justice", upd("Sep 2024", P_OPEN[0]),
         D(2019, 11, 30), action=local_action("Task & Finish group", "released under investigation"))])
t = "The force should " + body("undertake further work to gain a fuller understanding") + "."
item("f8", "peel1819", AFI, t, "Complete",
     [fr(drop_last_sentence(t), AMBER, "Head of Corporate Development", upd("Sep 2024", P_OPEN[4]),
         D(2024, 12, 31))])
t = "The force should " + body("develop a future workforce plan") + "."
item("f9", "peel1819", AFI, t, "Being progressed",
     [fr(t, BLUE, "Director of People", upd("Jul 2024", P_DONE[0]), D(2020, 3, 31), col="rec")],
     conflict="type",
     why="same text (future workforce plan); HMICFRS type Area for improvement, tracker puts it "
         "in its 'Recommendation' column")
t = "Within three months, the force should " + body("provide call-handlers with specific") + "."
item("f10", "cdi21", REC, t, "Being progressed",
     [fr(t, BLUE, "Supt Contact Centre", upd("Aug 2024", P_DONE[0]), D(2021, 12, 14))])
item("f11", "cdi21", AFI, "The force should " + body("improve its use of its crime-recording")
     + ".", "Being progressed", None)
b = body("in conjunction with children’s social care services")
t = "Within six months Lincolnshire Police should, " + b + "."
item("f12", "cust22", REC, t, "Awaiting review",
     [fr(typo(flat(t), "accommodation"), GREEN, "Ch Insp Custody", upd("Sep 2024", P_OPEN[0]),
         D(2023, 2, 28))])
t = "By May 2023, the force should " + body("ensure all staff have received") + "."
item("f13", "peel2122", REC, t, "Being progressed",
     [fr(t, RED, "Head of Professional Standards", upd("Sep 2024", P_OPEN[2]), D(2023, 5, 31))])
t = ("The force should " + topic_body("make sure investigations of",
                                      "rape and serious sexual offences") + ".")
item("f14", "peel2122", AFI, t, "Being progressed",
     [fr(t, GREEN, "Det Ch Supt Force CID", upd("Sep 2024", P_OPEN[1]), D(2025, 3, 31),
         action=local_action("Dip-sample 50", "rape and serious sexual offences"))])
t = ("The force should " + topic_body("improve the way it manages the risk",
                                      "online child sexual abuse") + ".")
item("f15", "peel2122", AFI, t, "Being progressed",
     [fr(t, BLUE, "Ch Supt Public Protection", upd("Aug 2024", P_DONE[0]), D(2023, 5, 31))])
t = ("The force should " + topic_body("make sure it consistently uses ancillary orders",
                                      "stalking and harassment") + ".")
item("f16", "peel2122", AFI, t, "Being progressed",
     [fr(t, GREEN, "Ch Supt Public Protection", upd("Sep 2024", P_OPEN[1]), D(2025, 3, 31),
         col="rec")],
     conflict="type",
     why="same text (ancillary orders for stalking and harassment); HMICFRS type Area for "
         "improvement, tracker puts it in its 'Recommendation' column")
t = ("The force should " + topic_body("make sure its performance framework",
                                      "violence against women and girls") + ".")
item("f17", "peel2122", AFI, t, "Being progressed",
     [fr(abbr(t, "&"), AMBER, "ACC Crime", upd("Sep 2024", P_OPEN[0]), D(2024, 12, 31),
         action=local_action("Add {t} measures", "violence against women and girls"))])
t = ("The force should " + topic_body("develop a problem-solving approach",
                                      "anti-social behaviour") + ".")
item("f18", "peel2122", AFI, t, "Being progressed",
     [fr(t, "Blue", "ACC Local Policing", upd("Jun 2024", P_DONE[2]), D(2023, 5, 31))])
item("f19", "peel2122", AFI,
     "The force should " + topic_body("make sure it has enough specialist capacity", "fraud")
     + ".", "Being progressed", None)
t = "The force should " + topic_body("evaluate its work to prevent", "knife crime") + "."
item("f20", "peel2122", AFI, t, "Complete",
     [fr(t, GREEN, "ACC Local Policing", upd("Sep 2024", P_OPEN[1]), D(2025, 3, 31))])
t = ("The force should " + topic_body("improve the timeliness of its response",
                                      "people with mental ill health") + ".")
item("f21", "peel2122", AFI, t, "Being progressed",
     [fr(t, None, "Supt Contact Centre", None, D(2024, 3, 31)),
      act(1, local_action("Deliver refresher training", "people with mental ill health"), BLUE,
          "Head of Learning & Development", upd("May 2024", P_DONE[0]), D(2024, 3, 31)),
      act(2, local_action("Review the {t} demand profile", "people with mental ill health"),
          AMBER, "Supt Contact Centre", upd("Sep 2024", P_OPEN[1]), D(2024, 12, 31))])
t = "The force should " + body("make sure it provides a confidential way") + "."
item("f22", "peel2324", AFI, t, "Awaiting review",
     [fr(t, GREEN, "Head of Professional Standards", upd("Sep 2024", P_OPEN[0]),
         D(2025, 5, 31))])
t = "The force should " + body("review the support available for those") + "."
item("f23", "peel2324", AFI, t, "Awaiting review",
     [fr(t, "BLUE ", "Head of Professional Standards", upd("Sep 2024", P_DONE[2]),
         D(2024, 9, 30))])
t = "The force should " + body("review how it gathers and uses equality") + "."
item("f24", "peel2324", AFI, t, "Awaiting review",
     [fr(t, AMBER, "Director of People", upd("Sep 2024", P_OPEN[6]), D(2025, 5, 31))])
item("f25", "peel2324", AFI, "The force should " + body("put plans in place to monitor") + ".",
     "Awaiting review", None)
t = "The force should " + body("specify in succession plans") + "."
item("f26", "peel2324", AFI, t, "Awaiting review",
     [fr(t, RED, "Director of People", upd("Sep 2024", P_OPEN[2]), D(2024, 9, 30))])
t = ("The force should " + topic_body("make sure victims of", "residential burglary") + ".")
item("f27", "peel2324", AFI, t, "Awaiting review",
     [fr(t, GREEN, "ACC Local Policing", upd("Sep 2024", P_OPEN[0]), D(2025, 5, 31))])
item("f28", "peel2324", AFI,
     "The force should " + topic_body("improve its understanding of the nature", "economic crime")
     + ".", "Awaiting review", None)
assert len(ITEMS) == 50, len(ITEMS)

LOCAL = [
    dict(blk="audit", col="rec",
         text=T.LOCAL_PREFIXES[2] + local_action("Review the {t} demand profile",
                                                 "violence against women and girls"),
         rag=GREEN, lead="DCC", up=upd("Sep 2024", P_OPEN[0]), tgt=D(2025, 3, 31),
         why="internal audit action, not an HMICFRS item"),
    dict(blk="fip", col="rec",
         text=T.LOCAL_PREFIXES[3] + local_action("Appoint a single point of contact",
                                                 "hate crime"),
         rag=AMBER, lead="ACC Local Policing", up=upd("Sep 2024", P_OPEN[1]), tgt=D(2024, 12, 31),
         why="force improvement plan action, not an HMICFRS item"),
    dict(blk="peelefc16", col="afi",
         text="The force should " + body("make sure it has access to accurate data") + ".",
         rag=BLUE, lead="Head of Corporate Development", up=upd("Mar 2018", P_DONE[0]),
         tgt=D(2017, 11, 30), why="old PEEL efficiency 2016 AFI, not on the HMICFRS list"),
    dict(blk="peeleff15", col="rec",
         text="Immediately, the force should " + body("cease the practice of conducting") + ".",
         rag=BLUE, lead="Ch Supt Public Protection", up=upd("Oct 2016", P_DONE[1]),
         tgt=D(2016, 5, 31), why="old PEEL effectiveness 2015 recommendation, not on the "
                                 "HMICFRS list"),
    dict(blk="peeleff15", col="coc",
         text=cause("The force's response to domestic abuse", FORCE),
         rag=BLUE, lead="Ch Supt Public Protection", up=upd("Oct 2016", P_DONE[0]),
         tgt=None, why="old PEEL effectiveness 2015 cause of concern (DASH risk assessment), "
                       "not on the HMICFRS list"),
]

# --------------------------------------------------------------------------- HMICFRS csv
order = sorted(range(len(ITEMS)), key=lambda i: (REPORTS[ITEMS[i]["rep"]][1], i))
cur = 2043
for i in order:
    cur += random.randint(4, 300)
    ITEMS[i]["id"] = cur


def ordinal(d: dt.datetime) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


def status_date(it):
    pub = REPORTS[it["rep"]][1]
    if it["h"] in H_OPEN:
        return random.choice([D(2024, 5, 28), D(2024, 8, 2), D(2024, 9, 12), D(2024, 9, 27)])
    return min(pub + dt.timedelta(days=random.randint(250, 1400)), D(2024, 8, 30))


hrow_of = {}
with open(os.path.join(OUT, "hmicfrs.csv"), "w", newline="", encoding="utf-8-sig") as fh:
    w = csv.writer(fh)
    w.writerow(["Force", "Report", "Published", "Reference", "Type", "Text", "Status",
                "Status updated"])
    rec_no = 1
    for i in order:
        it = ITEMS[i]
        title, pub = REPORTS[it["rep"]]
        w.writerow([FORCE, title, f"{pub:%d/%m/%Y}", it["id"], H_TYPE[it["type"]], it["text"],
                    it["h"], ordinal(status_date(it))])
        rec_no += 1
        hrow_of[it["key"]] = f"hmicfrs.csv!{rec_no}"

# --------------------------------------------------------------------------- tracker
blocks: dict[str, list[dict]] = {b: [] for b in BLOCK_ORDER}
for it in ITEMS:
    if not it["rows"]:
        continue
    for part in it["rows"]:
        row = dict(part)
        row["item"] = it
        blk = row.get("blk") or it["rep"]
        blocks[blk].append(row)
for lr in LOCAL:
    row = dict(lr, kind="item", item=None, action=None)
    blocks[lr["blk"]].append(row)


# shuffle item groups within a few blocks (keep each item's action rows under it)
def regroup(rows):
    groups, cur_ = [], None
    for r_ in rows:
        if r_["kind"] == "item":
            cur_ = [r_]
            groups.append(cur_)
        else:
            cur_.append(r_)
    return groups


for b in ("peel2122", "peel2324", "stolen", "leg17"):
    gs = regroup(blocks[b])
    random.shuffle(gs)
    blocks[b] = [r_ for g in gs for r_ in g]

wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
ws = wb.add_worksheet("Action Tracker")
f_title = wb.add_format({"bold": True, "font_size": 14})
f_key = wb.add_format({"italic": True, "font_color": "#404040"})
f_head = wb.add_format({"bold": True, "bg_color": "#1F4E78", "font_color": "white",
                        "text_wrap": True, "valign": "vcenter", "border": 1})
f_w = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
f_act = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "italic": True,
                       "font_color": "#404040"})
f_d = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1, "align": "left"})
f_merge = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bold": True})
f_merge_d = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bold": True,
                           "num_format": "dd/mm/yyyy", "align": "left"})
FILL = {"BLUE": "#9BC2E6", "GREEN": "#00B050", "AMBER": "#FFC000", "RED": "#FF0000"}
f_rag = {k: wb.add_format({"bold": True, "align": "center", "valign": "top", "border": 1,
                           "bg_color": v}) for k, v in FILL.items()}


def rag_fmt(v):
    if v is None:
        return f_w
    return f_rag[v.strip().upper()]


ws.write(0, 0, "Lincolnshire Police – HMICFRS Recommendations, Areas for Improvement and "
               "Causes of Concern – Action Tracker", f_title)
ws.write(1, 0, "RAG key: BLUE = complete, GREEN = on track, AMBER = some slippage / at risk of "
               "missing target date, RED = off track or target date missed", f_key)
ws.write(2, 0, "Updated 03/10/2024 – Strategic Planning & Assurance. Type of each item is "
               "shown by the column its text is in.", f_key)
COLS = ["No.", "Report", "Published", "Recommendation", "Area for Improvement",
        "Cause of Concern", "Action", "Lead", "Progress update", "Target date", "RAG"]
WIDTH = [9, 26, 11, 55, 55, 45, 40, 24, 45, 12, 9]
HR = 4
for c, h in enumerate(COLS):
    ws.write(HR, c, h, f_head)
for c, wd in enumerate(WIDTH):
    ws.set_column(c, c, wd)
ws.freeze_panes(HR + 1, 3)
TEXTCOL = {"rec": 3, "afi": 4, "coc": 5}


def wv(r, c, v, fmt=f_w):
    if v is None:
        ws.write_blank(r, c, None, fmt)
    elif isinstance(v, dt.datetime):
        ws.write_datetime(r, c, v, f_d)
    else:
        ws.write(r, c, v, fmt)


force_rows: list[tuple[dict, str]] = []
r = HR + 1
no = 0
for b in BLOCK_ORDER:
    rows = blocks[b]
    if not rows:
        continue
    name, pub = BLOCK[b]
    first = r
    for row in rows:
        if row["kind"] == "item":
            no += 1
            wv(r, 0, no)
            col = row.get("col") or COLUMN_OF[row["item"]["type"]]
            for cname, ci in TEXTCOL.items():
                wv(r, ci, row["text"] if cname == col else None)
            wv(r, 6, row.get("action"))
        else:
            wv(r, 0, row["no"])
            for ci in TEXTCOL.values():
                wv(r, ci, None)
            wv(r, 6, row["action"], f_act)
        wv(r, 7, row["lead"])
        wv(r, 8, row["up"])
        wv(r, 9, row["tgt"])
        wv(r, 10, row["rag"], rag_fmt(row["rag"]))
        force_rows.append((row, f"Action Tracker!{r + 1}"))
        r += 1
    last = r - 1
    # report and published cells merged down the block
    if last > first:
        ws.merge_range(first, 1, last, 1, name, f_merge)
        if isinstance(pub, dt.datetime):
            ws.merge_range(first, 2, last, 2, None, f_merge_d)
            ws.write_datetime(first, 2, pub, f_merge_d)
        else:
            ws.merge_range(first, 2, last, 2, pub, f_merge)
    else:
        wv(first, 1, name, f_merge)
        if isinstance(pub, dt.datetime):
            ws.write_datetime(first, 2, pub, f_merge_d)
        else:
            wv(first, 2, pub, f_merge)

# legend block below the table
r += 2
ws.write(r, 0, "Key", wb.add_format({"bold": True}))
for k, (word, meaning) in enumerate([
        ("BLUE", "Complete – evidence submitted to HMICFRS / ready for closure"),
        ("GREEN", "On track – work progressing within target date"),
        ("AMBER", "Some slippage – at risk of missing target date"),
        ("RED", "Off track – target date missed or cannot be delivered")], start=1):
    ws.write(r + k, 0, word, f_rag[word])
    ws.write(r + k, 1, meaning)
wb.close()

# --------------------------------------------------------------------------- truth
lines = []
by_item: dict[str, list[tuple[dict, str]]] = {}
for row, p in force_rows:
    if row["item"] is None:
        lines.append(("", p, "not_on_hmicfrs_list", row["why"]))
    else:
        by_item.setdefault(row["item"]["key"], []).append((row, p))
counts: dict[str, int] = {}
for it in ITEMS:
    hr = hrow_of[it["key"]]
    rws = by_item.get(it["key"], [])
    if not rws:
        lines.append((hr, "", "missing_from_force",
                      f"HMICFRS {it['h'].lower()}; not in the force tracker"))
        counts["missing_from_force"] = counts.get("missing_from_force", 0) + 1
        continue
    rags = [row["rag"] for row, _ in rws]
    for g in rags:
        assert g is None or g in DONE_WORDS | OPEN_WORDS, g
    # done only if every row that carries a RAG is BLUE (a split item's parent row may be blank)
    done = all(g in DONE_WORDS for g in rags if g is not None)
    assert any(g is not None for g in rags)
    if it["conflict"]:
        cat, why = "conflict", it["why"]
    else:
        cat = rule_category(it["h"], done)
        fs = "done (BLUE)" if done else "open (GREEN/AMBER/RED = not complete per the key)"
        parts = (f"; split into {len(rws) - 1} action rows, done only if all BLUE"
                 if len(rws) > 1 else "")
        why = f"HMICFRS {it['h'].lower()}; force {fs}{parts}"
    counts[cat] = counts.get(cat, 0) + 1
    for row, p in rws:
        lines.append((hr, p, cat, why + f"; row RAG '{row['rag'] or ''}'"))
lines.sort(key=lambda x: (x[0] == "", int(x[0].split("!")[1]) if x[0] else 0,
                          int(x[1].split("!")[1]) if x[1] else 0))
write_truth(os.path.join(OUT, "truth.csv"), lines)
counts["not_on_hmicfrs_list"] = sum(1 for x in lines if x[2] == "not_on_hmicfrs_list")
print("items", len(ITEMS), "force rows", len(force_rows), "truth lines", len(lines))
print(counts)
