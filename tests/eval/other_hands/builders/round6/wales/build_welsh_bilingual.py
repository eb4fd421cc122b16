"""Builds /tmp/indep6/wales/welsh_bilingual/: a bilingual (Welsh/English) force tracker for
Gwent Police (Heddlu Gwent) against an English HMICFRS definitive list.

Run: /work/main/.venv/bin/python /tmp/indep6/wales/build_welsh_bilingual.py
"""
from __future__ import annotations

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

random.seed(20241007)
OUT = "/tmp/indep6/wales/welsh_bilingual"
os.makedirs(OUT, exist_ok=True)

FORCE = "Gwent Police"
AREA = "Gwent"
D = dt.datetime

REC, AFI, COC, NATR = N.REC, N.AFI, N.COC, N.NAT

# --------------------------------------------------------------------------- reports
REPORTS = {
    "peel16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 9, 20)),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020",
               D(2020, 8, 11)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 13)),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 5, 10)),
}
for k in N.NATIONAL:
    REPORTS[k] = (nat_title(k), nat_date(k))

# the tracker's own names for the reports: some bilingual, some English only
GROUP = {
    "peel2324": "Arolygiad PEEL 2023/24 / PEEL inspection 2023/24",
    "peel2122": "Arolygiad PEEL 2021/22 / PEEL inspection 2021/22",
    "cust20": "Arolygiad dirybudd o ddalfeydd 2020 / Custody inspection 2020",
    "cdi19": "Uniondeb Data Troseddau 2019 / Crime Data Integrity 2019",
    "peel1819": "PEEL 2018/19",
    "peel16": "Effeithiolrwydd PEEL 2016 / PEEL Effectiveness 2016",
    "ncpi18": "Arolygiad Cenedlaethol Amddiffyn Plant 2018 / National Child Protection "
              "Inspection 2018",
    "powers": "Defnydd anghymesur o bwerau'r heddlu 2021 / Police powers spotlight (Feb 21)",
    "leg17": "PEEL Legit 17 S&S",
    "stolen": "Caethwasiaeth Fodern a Masnachu Pobl 2017 / Stolen Freedom (MSHT) 2017",
    "firearms": "Trwyddedu Arfau Tanio 2015 / Firearms licensing 2015",
    "picture": "Building the Picture 2015",
    "sas15": "Stopio a Chwilio 2 (2015) / Stop and Search 2 (2015)",
    "integrity": "Integrity Matters 2015",
    "core": "Core Business 2014",
    "austerity": "Policing in Austerity 2014",
    "everyone": "Busnes Pawb (Cam-drin Domestig) 2014 / Everyone's Business (DA) 2014",
    "sas13": "Stopio a Chwilio 2013 / Stop and Search 2013",
    "other": "Eitemau eraill (nid AEF) / Other items (not HMICFRS)",
}
GROUP_ORDER = ["peel2324", "peel2122", "cust20", "cdi19", "peel1819", "peel16", "ncpi18",
               "powers", "leg17", "stolen", "firearms", "picture", "sas15", "integrity",
               "core", "austerity", "everyone", "sas13", "other"]

H_TYPE = {REC: "Recommendation", AFI: "Area for improvement", COC: "Cause of concern",
          NATR: "National recommendation"}
F_TYPE = {REC: "Argymhelliad / Recommendation", AFI: "Maes i'w wella / Area for improvement",
          COC: "Achos pryder / Cause of concern",
          NATR: "Argymhelliad cenedlaethol / National recommendation"}

# force statuses (bilingual), and which mean "done"
DONE = "Cwblhawyd / Complete"
DONE2 = "Cwblhawyd/Complete"
CLOSED = "Ar gau / Closed"
PSO = "Cwblhawyd - aros am gymeradwyaeth / Complete - pending sign off"
IP = "Ar y gweill / In progress"
IP2 = "Ar y gweill / In Progress"
IPW = "Ar y gweill"
NS = "Heb ddechrau / Not started"
FORCE_DONE = {DONE, DONE2, CLOSED, PSO}
FORCE_OPEN = {IP, IP2, IPW, NS}

OWN = {
    "crime": "PGC Troseddau / ACC Crime",
    "local": "PGC Plismona Lleol / ACC Local Policing",
    "dcc": "DBG / DCC",
    "psd": "Pennaeth Safonau Proffesiynol / Head of Professional Standards",
    "pp": "Prif Uwch-arolygydd Diogelu'r Cyhoedd / Ch Supt Public Protection",
    "fcr": "Force Crime Registrar",
    "intel": "Head of Intelligence",
    "people": "Cyfarwyddwr Pobl / Director of People",
    "fire": "Supt Firearms Licensing",
    "cust": "Prif Arolygydd y Ddalfa / Ch Insp Custody",
    "info": "Head of Information Management",
    "cid": "Det Ch Supt Force CID",
    "corp": "Head of Corporate Development",
    "fin": "Director of Finance",
    "ss": "Arolygydd Stopio a Chwilio / Stop & Search Insp",
    "ld": "Head of Learning & Development",
    "cc": "Supt Contact Centre",
    "none": None,
}

P_DONE = [progress("Completed. Evidence"), progress("Already complete"),
          progress("Pending sign off"), progress("The policy is now signed off")]
P_OPEN = [progress("A Task & Finish group"), progress("Work undertaken"),
          progress("Little work yet"), progress("Covered by the Vulnerability"),
          progress("Addressed holistically"), progress("Allocated to the Force Crime"),
          progress("Awaiting allocation"), progress("No deadline set")]


def upd(when: str, text: str | None, welsh: bool = False) -> str | None:
    if text is None:
        return None
    if welsh:
        return f"Diweddariad {when} / {when} update: {text}"
    return f"{when} - {text}"


# --------------------------------------------------------------------------- items
# each: key, report, type, HMICFRS text, HMICFRS status, force rows (list) or None,
#       conflict reason (None unless the truth is "conflict")
# force row: dict(grp, text, st, own, up, tgt, [ref], [type], [pub], [report], [sheet])
ITEMS: list[dict] = []


def item(key, rep, typ, text, hst, rows, conflict=None, why=None):
    ITEMS.append(dict(key=key, rep=rep, type=typ, text=text, h=hst, rows=rows,
                      conflict=conflict, why=why))


def fr(text, st, own, up=None, tgt=None, **kw):
    d = dict(text=text, st=st, own=OWN[own], up=up, tgt=tgt)
    d.update(kw)
    return d


WM = "Mawrth 2025 / March 2025"
NODL = "Dim dyddiad cau gan AEF / No deadline set by HMICFRS"

# ---- national: sas13
t = nat("sas13", 0)
item("n1", "sas13", NATR, t, "Complete",
     [fr(abbr(t, "APP", "CoP"), CLOSED, "ss", upd("14/06/2016", P_DONE[0]), D(2015, 3, 31),
         sheet="A")])
t = nat("sas13", 1)
item("n2", "sas13", NATR, t, "Complete",
     [fr(trunc(t.replace("Chief Constables should establish", "Establish"), 150), IP, "ss",
         upd("02/09/2024", P_OPEN[4]), D(2024, 12, 31))])
t = nat("sas13", 2)
item("n3", "sas13", NATR, t, "Being progressed",
     [fr(abbr(t, "S&S"), IP, "ss", upd("02/09/2024", P_OPEN[1]), NODL)])
# ---- everyone
t = nat("everyone", 0)
item("n4", "everyone", NATR, t, "Superseded",
     [fr(first_sentence(t), DONE, "pp", upd("30/11/2016", P_DONE[3]), D(2014, 9, 30),
         sheet="A")])
# ---- austerity
t = nat("austerity", 0)
item("n5", "austerity", NATR, t, "Complete",
     [fr(drop_last_sentence(t) + ".", CLOSED, "fin", upd("12/01/2016", P_DONE[0]), None,
         sheet="A")])
item("n6", "austerity", NATR, nat("austerity", 1), "Complete", None)
t = nat("austerity", 3)
item("n7", "austerity", NATR, t, "Being progressed",
     [fr(trunc(t, 125), DONE, "fin", upd("19/08/2024", P_DONE[0]), D(2024, 3, 31),
         type=F_TYPE[REC])])
# ---- core
item("n8", "core", NATR, nat("core", 0), "Being progressed", None)
t = nat("core", 1)
item("n9", "core", NATR, t, "No further action required",
     [fr(trunc(t, 110), NS, "local", None, None)])
# ---- integrity
t = nat("integrity", 0)
item("n10", "integrity", NATR, t, "Being progressed",
     [fr(straight(t), PSO, "psd", upd("27/09/2024", P_DONE[2]), D(2024, 9, 30))])
# ---- sas15 (near-twin of sas13 #3)
t = nat("sas15", 0)
item("n11", "sas15", NATR, t, "Awaiting review",
     [fr(abbr(t, "PCCs"), IP2, "ss", upd("02/09/2024", P_OPEN[1]), NODL)])
# ---- picture
t = nat("picture", 0)
item("n12", "picture", NATR, t, "Complete",
     [fr(trunc(t, 140), DONE, "info", upd("04/05/2017", P_DONE[0]), D(2015, 11, 30),
         sheet="A")])
# ---- firearms (publication date 15/09/2015)
t = nat("firearms", 0)
item("n13", "firearms", NATR, t, "Complete",
     [fr(first_sentence(t), IP, "fire", upd("11/07/2024", P_OPEN[1]), D(2024, 12, 31))])
t = nat("firearms", 1)
item("n14", "firearms", NATR, t, "Being progressed",
     [fr(t, IP, "fire", upd("11/07/2024", P_OPEN[0]), WM, pub=D(2016, 9, 15))],
     conflict="date",
     why="same text (firearms demand/capacity); tracker gives publication date 15/09/2016, "
         "HMICFRS 15/09/2015 (the other firearms rows say 15/09/2015)")
t = nat("firearms", 2)
item("n15", "firearms", NATR, t, "Being progressed",
     [fr(straight(t), DONE, "fire", upd("11/07/2024", P_DONE[0]), D(2015, 9, 30))])
t = nat("firearms", 3)
item("n16", "firearms", NATR, t, "Being progressed",
     [fr(trunc(t, 160), NS, "fire", upd("11/07/2024", P_OPEN[6]), WM)])
t = nat("firearms", 4)
item("n17", "firearms", NATR, t, "Complete",
     [fr(t + "  ", DONE, "cc", upd("03/03/2020", P_DONE[1]), D(2015, 12, 31))])
# ---- stolen
SF = N.SF_LEADERSHIP.split("\n")
assert len(SF) == 5
item("n18", "stolen", NATR, N.SF_LEADERSHIP, "Being progressed",
     [fr("Within 12 months, forces should review their leadership & governance arrangements "
         "for MSHT, to ensure that: " + SF[1].lstrip("• "), DONE, "crime",
         upd("20/08/2024", P_DONE[0]), D(2018, 10, 31), ref="{id}a"),
      fr(SF[2].lstrip("• "), IP, "cid", upd("20/08/2024", P_OPEN[3]), WM, ref="{id}b"),
      fr(SF[4].lstrip("• "), DONE, "corp", upd("20/08/2024", P_DONE[1]), D(2018, 10, 31),
         ref="{id}d")],
     conflict="bullet",
     why="tracker split the four bullets into rows a, b and d; bullet c (partnership "
         "arrangements to share information and safeguard victims) has no force row")
t = nat("stolen", 1)
item("n19", "stolen", NATR, t, "Being progressed",
     [fr(abbr(N.MSHT_INTEL, "ISAs").replace("Within six months", "Within 6 months"), CLOSED,
         "intel", upd("20/08/2024", P_DONE[0]), D(2018, 4, 30))])
t = nat("stolen", 2)
item("n20", "stolen", NATR, t, "Superseded",
     [fr(t, IP, "cid", upd("20/08/2024", P_OPEN[1]), WM)])
t = nat("stolen", 3)
item("n21", "stolen", NATR, t, "Being progressed",
     [fr(abbr(t, "MSHT", "HO"), IPW, "cid", upd("20/08/2024", P_OPEN[0]), WM)])
t = nat("stolen", 4)
item("n22", "stolen", NATR, t, "Being progressed",
     [fr(abbr(t, "NCRS", "MSHT"), DONE, "fcr", upd("20/08/2024", P_DONE[0]), D(2018, 4, 30),
         ref="{typo}")],
     conflict="ref",
     why="same text (NCRS compliance for MSHT offences); tracker reference {fref} differs "
         "from HMICFRS reference {hid} (digits transposed)")
t = nat("stolen", 5)
item("n23", "stolen", NATR, t, "Awaiting review",
     [fr(t.split(" (this should include")[0] + ".", NS, "cid", upd("20/08/2024", P_OPEN[6]),
         WM)])
t = nat("stolen", 6)
item("n24", "stolen", NATR, t, "Being progressed",
     [fr(t, DONE2, "cid", upd("20/08/2024", P_DONE[1]), D(2018, 4, 30))])
# ---- leg17
t = nat("leg17", 0)
item("n25", "leg17", COC, t, "Being progressed",
     [fr(abbr(t, "S&S"), IP, "ss", upd("02/09/2024", P_OPEN[1]), NODL)])
t = nat("leg17", 1)
item("n26", "leg17", NATR, t, "Being progressed",
     [fr(flat(t), DONE, "ss", upd("02/09/2024", P_DONE[0]), D(2018, 7, 31))])
t = nat("leg17", 2)
item("n27", "leg17", NATR, t, "Complete",
     [fr(flat(t), IP2, "ss", upd("02/09/2024", P_OPEN[1]), NODL)])
item("n28", "leg17", NATR, nat("leg17", 3), "Being progressed", None)
t = nat("leg17", 4)
item("n29", "leg17", NATR, t, "Complete",
     [fr(abbr(t, "S&S", "CoP"), CLOSED, "ld", upd("15/03/2019", P_DONE[0]), D(2018, 7, 31),
         sheet="A")])
# ---- powers
t = nat("powers", 0)
item("n30", "powers", NATR, t, "Being progressed",
     [fr(first_sentence(t), IP, "ld", upd("05/09/2024", P_OPEN[0]), D(2022, 7, 31))])
t = nat("powers", 1)
item("n31", "powers", NATR, t, "Being progressed",
     [fr(abbr(t, "BWV", "CPD", "officers & staff"), DONE, "ld", upd("05/09/2024", P_DONE[0]),
         D(2021, 7, 31))])
BW = N.BWV_2021.split("\n")
assert len(BW) == 3
item("n32", "powers", NATR, N.BWV_2021, "Being progressed",
     [fr(abbr(BW[0], "BWV"), DONE, "ss", upd("05/09/2024", P_DONE[0]), D(2021, 9, 30),
         ref="{id} (1)"),
      fr(BW[1], DONE, "psd", upd("05/09/2024", P_DONE[3]), D(2021, 9, 30), ref="{id} (2)"),
      fr(straight(BW[2]), IP, "ss", upd("05/09/2024", P_OPEN[1]), D(2024, 12, 31),
         ref="{id} (3)")])
item("n33", "powers", NATR, nat("powers", 3), "Being progressed", None)
t = nat("powers", 4)
item("n34", "powers", NATR, t, "Awaiting review",
     [fr(t, DONE, "ss", upd("05/09/2024", P_DONE[1]), D(2021, 7, 31))])

# ---- force-level: PEEL effectiveness 2016
t = cause("The force's response to domestic abuse", FORCE)
item("f1", "peel16", COC, t, "Being progressed",
     [fr(trunc(t, 200), IP, "pp", upd("28/08/2024", P_OPEN[3]), NODL)])
t = ("To address this cause of concern, HMIC recommends the force should immediately "
     + body("take steps to ensure that there is effective supervision") + ".")
item("f2", "peel16", REC, t, "Being progressed",
     [fr("The force should immediately " + body("take steps to ensure that there is effective "
                                                  "supervision") + ".",
         DONE, "pp", upd("28/08/2024", P_DONE[0]), D(2017, 9, 30))])
t = "Immediately, the force should " + body("consider ways of increasing the use of arrest") + "."
item("f3", "peel16", REC, t, "Complete",
     [fr(t, CLOSED, "pp", upd("07/02/2019", P_DONE[0]), D(2017, 9, 30), sheet="A")])
t = "The force should " + body("improve the supervision of investigations") + "."
item("f4", "peel16", AFI, t, "Superseded",
     [fr(typo(t, "supervision"), IP, "cid", upd("28/08/2024", P_OPEN[4]), NODL)])
t = "The force should " + body("take steps to understand and address") + "."
item("f5", "peel16", AFI, t, "Being progressed",
     [fr(abbr(t, "DA"), IP, "pp", upd("28/08/2024", P_OPEN[3]), WM)])
# ---- PEEL 2018/19
t = "The force should " + body("undertake further work to gain a fuller understanding") + "."
item("f6", "peel1819", AFI, t, "Being progressed",
     [fr(t, DONE, "corp", upd("16/09/2024", P_DONE[0]), D(2020, 3, 31))])
item("f7", "peel1819", AFI, "The force should " + body("develop its understanding of the links")
     + ".", "Being progressed", None)
t = "The force should " + body("develop a future workforce plan") + "."
item("f8", "peel1819", AFI, t, "Complete",
     [fr(drop_last_sentence(t), IP, "people", upd("16/09/2024", P_OPEN[1]), WM)])
b = body("ensure regular and active supervision")
item("f9", "peel1819", REC, "Within six months the force should " + b + ".", "Being progressed",
     [fr("Within twelve months, the force should " + b + ".", IP, "cid",
         upd("16/09/2024", P_OPEN[0]), D(2020, 5, 31))],
     conflict="timescale",
     why="same ask (active supervision of investigations); HMICFRS says 'Within six months', "
         "the tracker 'Within twelve months'")
t = ("HMIC recommends that within six months the force should: "
     + body("improve its ability to retrieve digital evidence") + ";")
item("f10", "peel1819", REC, t, "Being progressed",
     [fr(t.replace("HMIC recommends that within", "Within").rstrip(";") + ".", NS, "cid",
         upd("16/09/2024", P_OPEN[2]), D(2019, 11, 30))])
# ---- CDI 2019
t = "Within six months the force should " + F.CDI_VICTIMS_BODY + "."
item("f11", "cdi19", REC, t, "Being progressed",
     [fr(flat(straight(t)), IP, "fcr", upd("09/09/2024", P_OPEN[5]), D(2020, 3, 31))])
t = "The force should " + body("improve its use of its crime-recording") + "."
item("f12", "cdi19", AFI, t, "Being progressed",
     [fr(t, IP, "fcr", upd("09/09/2024", P_OPEN[1]), WM, grp="peel2122")],
     conflict="report",
     why="same text (use of the crime-recording and management system); HMICFRS files it under "
         "Crime data integrity inspection 2019, the tracker under its PEEL 2021/22 block "
         "(report and date 13/05/2022)")
# ---- custody 2020
b = body("in conjunction with children’s social care services")
t = "Within six months Gwent Police should, " + b + "."
item("f13", "cust20", REC, t, "Awaiting review",
     [fr(typo(flat(straight(t)), "accommodation"), PSO, "cust", upd("23/09/2024", P_DONE[2]),
         D(2021, 2, 28))])
# ---- PEEL 2021/22
item("f14", "peel2122", COC, cause("The size of the vetting backlog", FORCE), "Being progressed",
     [fr(cause("The size of the vetting backlog", FORCE), IP, "psd",
         upd("12/09/2024", P_OPEN[0]), D(2024, 12, 31))])
t = "The force should " + body("ensure all staff have received at least the lowest level") + "."
item("f15", "peel2122", REC, t, "Being progressed",
     [fr(trunc(t, 150), IP, "psd", upd("12/09/2024", P_OPEN[1]), D(2024, 12, 31))])
t = "The force should " + topic_body("make sure investigations of", "stalking and harassment") + "."
item("f16", "peel2122", AFI, t, "Being progressed",
     [fr(t, IP, "pp", upd("12/09/2024", P_OPEN[1]), WM, type=F_TYPE[REC])],
     conflict="type",
     why="same text (stalking and harassment investigations); HMICFRS type Area for "
         "improvement, tracker type 'Argymhelliad / Recommendation'")
t = "The force should " + topic_body("review its approach to", "hate crime") + "."
item("f17", "peel2122", AFI, t, "Being progressed",
     [fr(t, DONE, "local", upd("12/09/2024", P_DONE[0]), D(2023, 3, 31))])
t = ("The force should " + topic_body("improve its understanding of the nature",
                                      "child sexual exploitation") + ".")
item("f18", "peel2122", AFI, t, "Being progressed",
     [fr(abbr(t, "CSE"), IP, "pp", upd("12/09/2024", P_OPEN[3]), WM)])
t = "The force should " + topic_body("make sure victims of", "domestic abuse") + "."
item("f19", "peel2122", AFI, t, "Being progressed",
     [fr(abbr(t, "DA"), NS, "pp", upd("12/09/2024", P_OPEN[6]), WM)])
item("f20", "peel2122", AFI,
     "The force should " + topic_body("make sure its analysis of", "serious and organised crime")
     + ".", "Being progressed", None)
t = ("The force should " + topic_body("improve the timeliness of its response",
                                      "vulnerable adults") + ".")
item("f21", "peel2122", AFI, t, "Being progressed",
     [fr(t, DONE, "cc", upd("12/09/2024", P_DONE[1]), D(2023, 3, 31))])
# ---- PEEL 2023/24
t = "The force should " + body("make sure it provides a confidential way") + "."
item("f22", "peel2324", AFI, t, "Awaiting review",
     [fr(t, NS, "psd", upd("25/09/2024", P_OPEN[6]), D(2025, 5, 31), ref="TBC")])
t = "The force should " + body("review how it gathers and uses equality") + "."
item("f23", "peel2324", AFI, t, "Awaiting review",
     [fr(t, IP, "people", upd("25/09/2024", "xxx"), D(2025, 5, 31), ref="TBC")])
item("f24", "peel2324", AFI, "The force should " + body("put plans in place to monitor") + ".",
     "Awaiting review", None)
t = ("The force should " + topic_body("improve how it gathers, assesses",
                                      "county lines drug dealing") + ".")
item("f25", "peel2324", AFI, t, "Awaiting review",
     [fr(t, IP, "intel", upd("25/09/2024", P_OPEN[0], welsh=True), D(2025, 5, 31), ref="TBC")])
t = ("The force should " + topic_body("make sure officers and staff have the training",
                                      "honour-based abuse") + ".")
item("f26", "peel2324", AFI, t, "Awaiting review",
     [fr(t, DONE, "ld", upd("25/09/2024", P_DONE[1], welsh=True), D(2024, 9, 30), ref=None)])

assert len(ITEMS) == 60, len(ITEMS)

# ---- rows the force tracks that are not on the list
LOCAL = [
    dict(grp="other", sheet="T", ref="AM23-04", report="Archwiliad Mewnol 2023/24 / Internal Audit 2023/24",
         type="Archwiliad mewnol / Internal audit",
         text=T.LOCAL_PREFIXES[2] + local_action("Internal audit of the", "counter-corruption"),
         st=IP, own=OWN["psd"], up=upd("01/10/2024", P_OPEN[0]), tgt=D(2025, 3, 31),
         pub=None, why="internal audit action, not an HMICFRS item"),
    dict(grp="other", sheet="T", ref="CGH-07",
         report="Cynllun Gwella'r Heddlu / Force Improvement Plan",
         type="Cam gweithredu lleol / Local action",
         text=T.LOCAL_PREFIXES[1] + local_action("Agree an information-sharing protocol",
                                                 "domestic abuse"),
         st=DONE, own=OWN["pp"], up=upd("30/07/2024", P_DONE[0]), tgt=D(2024, 6, 30),
         pub=None, why="force improvement plan action, not an HMICFRS item"),
    dict(grp="peel2122", sheet="T", ref=None, report=GROUP["peel2122"], type=F_TYPE[AFI],
         text="The force should " + topic_body("improve its understanding of the nature", "fraud")
         + ".",
         st=IP, own=OWN["crime"], up=upd("12/09/2024", P_OPEN[1]), tgt=WM,
         pub=REPORTS["peel2122"][1],
         why="AFI on fraud not on the HMICFRS list (the list's near-twin is the CSE AFI, which "
             "the force tracks on its own row)"),
    dict(grp="ncpi18", sheet="T", ref="7711", report=GROUP["ncpi18"], type=F_TYPE[REC],
         text=("Within six months the force should "
               + straight(body("review its approach to reports of missing children")) + "."),
         st=IP, own=OWN["pp"], up=upd("28/08/2024", P_OPEN[3]), tgt=WM, pub=D(2018, 6, 14),
         why="child protection recommendation not on the HMICFRS list (report absent from the "
             "list; reference 7711 is not on it)"),
    dict(grp="other", sheet="T", ref="JAC 2024/03",
         report="Pwyllgor Archwilio ar y Cyd / Joint Audit Committee",
         type="Cam gweithredu lleol / Local action",
         text=T.LOCAL_PREFIXES[4] + local_action("Add {t} measures", "counter-corruption"),
         st=NS, own=OWN["dcc"], up=None, tgt=D(2025, 1, 31), pub=None,
         why="Joint Audit Committee action, not an HMICFRS item"),
    # archive sheet
    dict(grp=None, sheet="A", ref="4410", report="PEEL Legitimacy 2015", type=F_TYPE[AFI],
         text="The force should " + body("make sure it provides accessible information") + ".",
         st=CLOSED, own=OWN["psd"], up=upd("18/10/2017", P_DONE[0]), tgt=D(2016, 12, 31),
         pub=D(2016, 2, 11), closed=D(2017, 10, 18),
         why="old PEEL legitimacy 2015 AFI closed by the force; not on the HMICFRS list"),
    dict(grp=None, sheet="A", ref="3391", report="Crime Data Integrity 2014", type=F_TYPE[REC],
         text="The force should " + body("revise its approach to cautions") + ".",
         st=DONE, own=OWN["fcr"], up=upd("22/03/2016", P_DONE[1]), tgt=D(2015, 6, 30),
         pub=D(2014, 11, 18), closed=D(2016, 3, 22),
         why="old CDI 2014 item, not on the HMICFRS list"),
    dict(grp=None, sheet="A", ref=None, report="PEEL Efficiency 2016", type=F_TYPE[AFI],
         text="The force should " + body("make sure it has access to accurate data") + ".",
         st=CLOSED, own=OWN["corp"], up=upd("09/05/2018", P_DONE[0]), tgt=D(2017, 11, 30),
         pub=D(2016, 11, 3), closed=D(2018, 5, 9),
         why="old PEEL efficiency 2016 AFI, not on the HMICFRS list"),
]

# --------------------------------------------------------------------------- HMICFRS ids
order = sorted(range(len(ITEMS)), key=lambda i: (REPORTS[ITEMS[i]["rep"]][1], i))
cur = 1187
for i in order:
    cur += random.randint(3, 260)
    ITEMS[i]["id"] = cur
ids = {it["id"] for it in ITEMS}
for it in ITEMS:
    if it["conflict"] == "ref":
        s = str(it["id"])
        cand = s[:-2] + s[-1] + s[-2]
        assert cand != s and int(cand) not in ids, (s, cand)
        it["typo_ref"] = cand
assert 7711 not in ids and 4410 not in ids and 3391 not in ids

# --------------------------------------------------------------------------- HMICFRS file
def status_date(it) -> dt.datetime:
    pub = REPORTS[it["rep"]][1]
    if it["h"] in H_OPEN:
        return random.choice([D(2024, 6, 12), D(2024, 7, 3), D(2024, 9, 18), D(2024, 9, 26)])
    return min(pub + dt.timedelta(days=random.randint(300, 1500)), D(2024, 8, 30))


hwb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
hs = hwb.add_worksheet("Gwent Police")
b_title = hwb.add_format({"bold": True, "font_size": 13})
b_head = hwb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "white",
                         "text_wrap": True, "valign": "top", "border": 1})
wrap = hwb.add_format({"text_wrap": True, "valign": "top", "border": 1})
datef = hwb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
hs.write(0, 0, "HMICFRS definitive list of recommendations and areas for improvement – "
               "Gwent Police – as at 30 September 2024", b_title)
hs.write(1, 0, "Includes open and closed items recorded against the force (force-specific and "
               "national). Status as held by HMICFRS.")
HCOLS = ["Force", "Report", "Publication date", "Ref", "Type", "Recommendation / AFI text",
         "Status", "Status date"]
for c, h in enumerate(HCOLS):
    hs.write(2, c, h, b_head)
for c, w in enumerate([14, 48, 12, 8, 22, 90, 18, 12]):
    hs.set_column(c, c, w)
hrow_of = {}
r = 3
for i in order:
    it = ITEMS[i]
    title, pub = REPORTS[it["rep"]]
    hs.write(r, 0, FORCE, wrap)
    hs.write(r, 1, title, wrap)
    hs.write_datetime(r, 2, pub, datef)
    hs.write_number(r, 3, it["id"], wrap)
    hs.write(r, 4, H_TYPE[it["type"]], wrap)
    hs.write(r, 5, it["text"], wrap)
    hs.write(r, 6, it["h"], wrap)
    hs.write_datetime(r, 7, status_date(it), datef)
    hrow_of[it["key"]] = f"Gwent Police!{r + 1}"
    r += 1
hs.autofilter(2, 0, r - 1, len(HCOLS) - 1)
hs.freeze_panes(3, 0)
hwb.close()

# --------------------------------------------------------------------------- tracker rows
main_rows: dict[str, list[dict]] = {g: [] for g in GROUP_ORDER}
arch_rows: list[dict] = []
for it in ITEMS:
    if not it["rows"]:
        continue
    for part in it["rows"]:
        row = dict(part)
        row["item"] = it
        ref = row.get("ref", "{id}")
        if ref is not None:
            ref = ref.replace("{id}", str(it["id"])).replace("{typo}", it.get("typo_ref", ""))
        row["ref"] = ref
        row.setdefault("type", F_TYPE[it["type"]])
        grp = row.get("grp", it["rep"])
        row["grp"] = grp
        row.setdefault("report", GROUP[grp] if grp in GROUP else it["rep"])
        row.setdefault("pub", REPORTS[grp][1] if grp in REPORTS else REPORTS[it["rep"]][1])
        if row.get("sheet", "T") == "A":
            arch_rows.append(row)
        else:
            main_rows[grp].append(row)
for lr in LOCAL:
    row = dict(lr)
    row["item"] = None
    if lr["sheet"] == "A":
        arch_rows.append(row)
    else:
        main_rows[lr["grp"]].append(row)

# small reorderings as a person would have them
_tail = main_rows["stolen"][3:]
random.shuffle(_tail)
main_rows["stolen"][3:] = _tail
random.shuffle(main_rows["peel2122"])
_tail = main_rows["firearms"][:]
random.shuffle(_tail)
main_rows["firearms"][:] = _tail

twb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
ts = twb.add_worksheet("Traciwr - Tracker")
tf_title = twb.add_format({"bold": True, "font_size": 14, "font_color": "#C00000"})
tf_sub = twb.add_format({"italic": True})
tf_head = twb.add_format({"bold": True, "bg_color": "#D9D9D9", "text_wrap": True,
                          "valign": "top", "border": 1})
tf_grp = twb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
tw = twb.add_format({"text_wrap": True, "valign": "top", "border": 1})
td = twb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1,
                     "align": "left"})
st_fmt = {
    "done": twb.add_format({"text_wrap": True, "valign": "top", "border": 1,
                            "bg_color": "#C6EFCE"}),
    "open": twb.add_format({"text_wrap": True, "valign": "top", "border": 1,
                            "bg_color": "#FFEB9C"}),
    "ns": twb.add_format({"text_wrap": True, "valign": "top", "border": 1,
                          "bg_color": "#FFC7CE"}),
}
TCOLS = ["Rhif / No.", "Cyfeirnod / Reference", "Adroddiad / Report",
         "Dyddiad cyhoeddi / Date published", "Math / Type", "Argymhelliad / Recommendation",
         "Perchennog / Owner", "Statws / Status", "Diweddariad / Update",
         "Dyddiad targed\nTarget date"]
WID = [7, 12, 34, 13, 24, 80, 30, 24, 60, 16]
ts.write(0, 0, "Heddlu Gwent – Cofrestr Argymhellion a Meysydd i'w Gwella Arolygiaeth EF", tf_title)
ts.write(1, 0, "Gwent Police – HMICFRS Recommendations and Areas for Improvement Register",
         tf_title)
ts.write(2, 0, "Diweddarwyd ddiwethaf / Last updated: 07/10/2024 – Tîm Dysgu Sefydliadol / "
               "Organisational Learning Team", tf_sub)
HEADER_ROW = 4
for c, h in enumerate(TCOLS):
    ts.write(HEADER_ROW, c, h, tf_head)
for c, w in enumerate(WID):
    ts.set_column(c, c, w)
ts.freeze_panes(HEADER_ROW + 1, 0)


def write_val(ws, r, c, v, fmt=None):
    if v is None:
        ws.write_blank(r, c, None, fmt or tw)
    elif isinstance(v, dt.datetime):
        ws.write_datetime(r, c, v, td)
    else:
        ws.write(r, c, v, fmt or tw)


def status_fmt(s):
    if s in FORCE_DONE:
        return st_fmt["done"]
    return st_fmt["ns"] if s == NS else st_fmt["open"]


truth: list[tuple[str, str, str, str]] = []
force_row_of: list[tuple[dict, str]] = []
r = HEADER_ROW + 1
n = 0
for g in GROUP_ORDER:
    rows = main_rows[g]
    if not rows:
        continue
    label = GROUP[g]
    if g in REPORTS:
        label += f" – cyhoeddwyd / published {REPORTS[g][1]:%d/%m/%Y}"
    elif g == "ncpi18":
        label += " – cyhoeddwyd / published 14/06/2018"
    ts.merge_range(r, 0, r, len(TCOLS) - 1, label, tf_grp)
    r += 1
    for row in rows:
        n += 1
        write_val(ts, r, 0, n)
        write_val(ts, r, 1, row["ref"])
        write_val(ts, r, 2, row["report"])
        write_val(ts, r, 3, row["pub"])
        write_val(ts, r, 4, row["type"])
        write_val(ts, r, 5, row["text"])
        write_val(ts, r, 6, row["own"] if "own" in row else None)
        write_val(ts, r, 7, row["st"], status_fmt(row["st"]))
        write_val(ts, r, 8, row["up"])
        write_val(ts, r, 9, row["tgt"])
        force_row_of.append((row, f"Traciwr - Tracker!{r + 1}"))
        r += 1
    r += 1  # blank row between report blocks
ts.write(r, 0, "Nodiadau / Notes:", twb.add_format({"bold": True}))
ts.write(r + 1, 0, "Mae eitemau a gaewyd yn cael eu symud i'r daflen 'Archif - Archive' ar ôl "
                   "cymeradwyaeth y Bwrdd Sicrwydd. / Closed items are moved to the 'Archif - "
                   "Archive' sheet after Assurance Board approval.")
ts.write(r + 2, 0, "Rhifau cyfeirnod = cyfeirnod AEF lle mae ar gael. / Reference numbers = "
                   "HMICFRS reference where available.")

# archive sheet
ar = twb.add_worksheet("Archif - Archive")
ar.write(0, 0, "Argymhellion a gaewyd / Closed recommendations", tf_title)
ACOLS = TCOLS[:8] + ["Diweddariad / Update", "Dyddiad cau / Date closed"]
for c, h in enumerate(ACOLS):
    ar.write(2, c, h, tf_head)
for c, w in enumerate([7, 12, 34, 13, 24, 80, 30, 24, 60, 14]):
    ar.set_column(c, c, w)
r = 3
for k, row in enumerate(arch_rows, start=1):
    write_val(ar, r, 0, k)
    write_val(ar, r, 1, row["ref"])
    write_val(ar, r, 2, row["report"])
    write_val(ar, r, 3, row["pub"])
    write_val(ar, r, 4, row["type"])
    write_val(ar, r, 5, row["text"])
    write_val(ar, r, 6, row.get("own"))
    write_val(ar, r, 7, row["st"], status_fmt(row["st"]))
    write_val(ar, r, 8, row["up"])
    closed = row.get("closed")
    if closed is None:
        # closed on the date of the last update
        closed = dt.datetime.strptime(row["up"][:10], "%d/%m/%Y")
    write_val(ar, r, 9, closed)
    force_row_of.append((row, f"Archif - Archive!{r + 1}"))
    r += 1

# key sheet
ky = twb.add_worksheet("Allwedd - Key")
ky.write(0, 0, "Allwedd statws / Status key", tf_title)
KEY = [
    (DONE, "Camau wedi'u cwblhau; tystiolaeth wedi'i chyflwyno i AEF / Actions complete; "
           "evidence submitted to HMICFRS"),
    (PSO, "Camau wedi'u cwblhau, yn aros am gymeradwyaeth y prif swyddog / Actions complete, "
          "awaiting chief officer sign off"),
    (CLOSED, "Wedi'i gau gan AEF neu'r Bwrdd Sicrwydd / Closed by HMICFRS or the Assurance Board"),
    (IP, "Gwaith ar y gweill / Work in progress"),
    (NS, "Dim gwaith wedi dechrau eto / No work started yet"),
]
ky.write(2, 0, "Statws / Status", tf_head)
ky.write(2, 1, "Ystyr / Meaning", tf_head)
for k, (s, m) in enumerate(KEY, start=3):
    ky.write(k, 0, s, status_fmt(s))
    ky.write(k, 1, m, tw)
ky.set_column(0, 0, 45)
ky.set_column(1, 1, 90)
twb.close()

# --------------------------------------------------------------------------- truth
lines = []
rows_by_item: dict[str, list[tuple[dict, str]]] = {}
for row, p in force_row_of:
    if row["item"] is None:
        lines.append(("", p, "not_on_hmicfrs_list", row["why"]))
    else:
        rows_by_item.setdefault(row["item"]["key"], []).append((row, p))

counts: dict[str, int] = {}
for it in ITEMS:
    hr = hrow_of[it["key"]]
    rws = rows_by_item.get(it["key"], [])
    if not rws:
        cat, why = "missing_from_force", f"HMICFRS {it['h'].lower()}; not in the force tracker"
        lines.append((hr, "", cat, why))
        counts[cat] = counts.get(cat, 0) + 1
        continue
    for row, _ in rws:
        assert row["st"] in FORCE_DONE | FORCE_OPEN, row["st"]
    done = all(row["st"] in FORCE_DONE for row, _ in rws)
    if it["conflict"]:
        cat = "conflict"
        why = it["why"].format(fref=it.get("typo_ref"), hid=it["id"])
    else:
        cat = rule_category(it["h"], done)
        fs = "done" if done else "open"
        parts = f" ({len(rws)} rows; done only if all are)" if len(rws) > 1 else ""
        why = {"closeable_submit": f"HMICFRS {it['h'].lower()}; force {fs}{parts}",
               "closeable_local": f"HMICFRS {it['h'].lower()} (closed); force still open",
               "in_sync": f"HMICFRS {it['h'].lower()}; force {fs}{parts}"}[cat]
    counts[cat] = counts.get(cat, 0) + 1
    for row, p in rws:
        lines.append((hr, p, cat, why + f"; force status '{row['st']}'"))

lines.sort(key=lambda x: (x[0] == "", int(x[0].split("!")[1]) if x[0] else 0, x[1]))
write_truth(os.path.join(OUT, "truth.csv"), lines)
counts["not_on_hmicfrs_list"] = sum(1 for x in lines if x[2] == "not_on_hmicfrs_list")
print("items", len(ITEMS), "force rows", len(force_row_of), "truth lines", len(lines))
print(counts)
