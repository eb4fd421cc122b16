"""Case semicolon_csv_european: the force tracker saved as CSV by Excel set to a European
locale (';' separator, decimal comma, dd.mm.yyyy, Windows-1252, quoted cells with ';' and
line breaks); the HMICFRS list is an ordinary xlsx register export."""
from __future__ import annotations

import datetime as dt
import os
import random
import re
from collections import Counter

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from common import F, N, T, body, category, drift, nat, status_why, topic, write_truth

SEED = 20231031
rng = random.Random(SEED)
OUT = "/tmp/indep6/web/semicolon_csv_european"
os.makedirs(OUT, exist_ok=True)

FORCE = "Hampshire Constabulary"
REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"

REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone’s business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse – Everyone’s business"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core business"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity matters"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Information management (Building the Picture)"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "custody16": ("Report on an unannounced inspection visit to police custody suites in "
                  "Hampshire", dt.date(2016, 8, 16), "HMICFRS/HMIP custody 2016"),
    "efc16": ("PEEL: Police efficiency 2016 – An inspection of Hampshire Constabulary",
              dt.date(2016, 11, 3), "PEEL Eff 16"),
    "eff16": ("PEEL: Police effectiveness 2016 – An inspection of Hampshire Constabulary",
              dt.date(2017, 3, 2), "PEEL: Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom: the policing response to Modern Slavery & "
               "Human Trafficking"),
    "efc17": ("PEEL: Police efficiency 2017 – A national overview", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017 - national"),
    "leg17": ("PEEL: Police legitimacy 2017 – A national overview", dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017 - national (stop and search)"),
    "leg17h": ("PEEL: Police legitimacy 2017 – An inspection of Hampshire Constabulary",
               dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Hampshire "
                 "Constabulary", dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019 – Hampshire Constabulary",
              dt.date(2019, 9, 5), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL 2021/22: An inspection of Hampshire Constabulary", dt.date(2022, 4, 28),
                 "PEEL 2021/22"),
}


def bullets(text):
    parts = re.split(r"\s*•\s*", text)
    return parts[0].strip(), [p.strip() for p in parts[1:]]


ITEMS: list[dict] = []


def item(id_, rep, typ, text, hs, force, conflict=None, comment=None, sdate=None):
    ITEMS.append(dict(id=id_, rep=rep, type=typ, text=text, hs=hs, force=force,
                      conflict=conflict, comment=comment, sdate=sdate))


def fr(text, st, ftype="Rec", ref=False, **kw):
    d = dict(text=text, st=st, ftype=ftype, ref=ref)
    d.update(kw)
    return d


COMPLETE_NOTE = "This recommendation is complete"
MONITOR_NOTE = ("The progress of the implementation of this recommendation is currently being "
                "monitored by HMICFRS and this record will, in due course, be updated.")
SUPERSEDED_NOTE = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections.")

# ----- national
t = nat("sas13", 1)
item(1130, "sas13", REC, t, CO, [fr(drift(t, "nat,abbr:2"), "GREEN", "National rec")],
     comment=COMPLETE_NOTE)
t = nat("sas13", 2)
item(1131, "sas13", REC, t, SU, [fr(drift(t, "nat,abbr:1"), "AMBER", "National rec")],
     comment=SUPERSEDED_NOTE)
item(2350, "everyone", REC, N.EVERYONE_PLAN, CO,
     [fr(N.EVERYONE_PLAN_RUN_ON, "Complete", "National rec", ref=True)], comment=COMPLETE_NOTE)
t = nat("core", 0)
item(4860, "core", REC, t, BP, [fr(drift(t, "v"), "GREEN", "Rec", ref=True)])
t = nat("core", 1)
item(4861, "core", REC, t, BP, [fr(drift(t, "nat,trunc:130"), "AMBER")])
t = nat("integrity", 0)
item(925, "integrity", REC, t, CO, None, comment=COMPLETE_NOTE)
t = nat("picture", 0)
item(3410, "picture", REC, t, BP, [fr(drift(t, "nat"), "In progress", pct="75,5")],
     comment=MONITOR_NOTE)
t = nat("firearms", 0)
item(3740, "firearms", REC, t, BP, [fr(drift(t, "nat,abbr"), "AMBER", ref=True)])
t = nat("firearms", 1)
item(3741, "firearms", REC, t, BP,
     [fr("Within six months, the Chief Constable should assess the demand placed on the "
         "force’s firearms licensing department and ensure it has the capacity to meet this "
         "demand and provide an efficient and effective service at all times.", "AMBER")],
     conflict="timescale differs: HMICFRS 'Within three months', tracker 'Within six months'")
t = nat("firearms", 2)
item(3742, "firearms", REC, t, CO, [fr(drift(t, "nat"), "Complete")], comment=COMPLETE_NOTE)
t = nat("firearms", 3)
item(3743, "firearms", REC, t, BP, [fr(drift(t, "nat,abbr,trunc:190"), "GREEN")])
t = nat("firearms", 4)
item(3744, "firearms", REC, t, AR, None)

t = nat("stolen", 0)
stem, bl = bullets(t)
item(8640, "stolen", REC, t, BP,
     [fr(stem + "\n• " + bl[0], "GREEN", ref=True),
      fr("• " + bl[1], "GREEN", ref=True),
      fr("• " + bl[2], "Green", ref=True),
      fr("• " + bl[3], "GREEN", ref=True)])
t = nat("stolen", 1)
item(8641, "stolen", REC, t, BP,
     [fr(drift(N.MSHT_INTEL, "nat,abbr"), "AMBER")])
t = nat("stolen", 2)
item(8642, "stolen", REC, t, BP, [fr(drift(t, "nat"), "RED")])
t = nat("stolen", 3)
item(8643, "stolen", REC, t, BP, [fr(drift(t, "nat,abbr"), "GREEN", ref=True)])
t = nat("stolen", 4)
item(8644, "stolen", REC, t, BP, [fr(drift(t, "nat,abbr,trunc:200"), "AMBER", "AFI")],
     conflict="type differs: HMICFRS 'Recommendation', tracker 'AFI'")
t = nat("stolen", 5)
item(8645, "stolen", REC, t, CO, [fr(drift(t, "nat"), "Amber")], comment=COMPLETE_NOTE)
t = nat("stolen", 6)
item(8646, "stolen", REC, t, BP, None)
t = nat("efc17", 0)
item(8690, "efc17", REC, t, BP, [fr(drift(t, "nat,trunc:150"), "GREEN", "National rec")])

t = nat("leg17", 0)
item(8560, "leg17", COC, t, BP, [fr(drift(t, "abbr:1"), "AMBER", "Cause for concern", ref=True)])
t = nat("leg17", 1)
stem, bl = bullets(t)
item(8561, "leg17", REC, t, BP,
     [fr(drift(stem, "nat") + "\n• " + bl[0], "GREEN", ref=True),
      fr("• " + bl[1], "GREEN", ref=True),
      fr("• " + bl[2], "AMBER", ref=True)])
t = nat("leg17", 2)
item(8562, "leg17", REC, t, BP, [fr(drift(t, "v"), "GREEN")])
t = nat("leg17", 3)
item(8563, "leg17", REC, t, BP, [fr(drift(t, "nat"), "Pending sign off")])
t = nat("leg17", 4)
item(8564, "leg17", REC, t, CO, [fr(drift(t, "nat,abbr"), "GREEN")], comment=COMPLETE_NOTE)

t = nat("powers", 0)
item(12140, "powers", REC, t, BP, [fr(drift(t, "nat"), "AMBER", ref=True)])
t = nat("powers", 1)
item(12141, "powers", REC, t, BP,
     [fr(drift(t, "nat,abbr"), "AMBER", pub=dt.date(2020, 2, 26))],
     conflict="publication date differs: HMICFRS 26/02/2021, tracker 26.02.2020 (same report "
              "heading 'Police powers spotlight (Feb 21)')")
t = nat("powers", 2)
p = t.split("\n")
item(12142, "powers", REC, t, BP,
     [fr(drift(p[0], "nat,abbr"), "GREEN", ref=True),
      fr(drift(p[1], "abbr"), "AMBER", ref=True)],
     conflict="tracker has rows for two of the three parts; none for 'provide external scrutiny "
              "panel members with access to samples of body-worn video footage ...'")
t = nat("powers", 3)
item(12143, "powers", REC, t, BP, None)
t = nat("powers", 4)
item(12144, "powers", REC, t, BP, [fr(drift(t, "nat,abbr"), "AMBER")])

# ----- Hampshire force-level
t = ("The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
     "who fail to support the investigation and the low use of police powers of arrest and "
     "prosecution is a cause of concern to HMIC.")
item(8786, "eff16", COC, t, CO, [fr(drift(t, "abbr:1"), "Complete", "Cause of concern")],
     comment=COMPLETE_NOTE)
t = ("In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available "
     "powers.")
item(8787, "eff16", REC, t, CO, [fr(drift(t, "abbr:1"), "GREEN", ref=True)],
     comment=COMPLETE_NOTE, sdate=dt.date(2018, 4, 27))
t = ("To improve the service provided to victims of domestic abuse the force should immediately "
     "take steps to understand and address the reason behind why such a high proportion of "
     "victims of domestic abuse do not support the police investigation.")
item(8788, "eff16", REC, t, CO, [fr(drift(t, "abbr"), "AMBER")], comment=COMPLETE_NOTE)
t = ("In addition, the practice of conducting domestic abuse risk assessments over the telephone "
     "and dealing with domestic abuse in the resolution centre should cease")
item(8789, "eff16", REC, t, BP,
     [fr("Cease the practice of conducting DA risk assessments over the telephone and dealing "
         "with DA in the resolution centre", "GREEN")])
t = "The force should " + body(41) + "."
item(8790, "eff16", AFI, t, BP, [fr(drift(t, "miss"), "AMBER", "AFI")])

t = "The force should " + body(11)
item(7460, "efc16", AFI, t, BP, None)
t = "The force should " + body(13) + "."
item(7461, "efc16", AFI, t, BP, [fr(drift(t, "trunc:110"), "AMBER", "AFI")])
t = "The force should " + body(12)
item(7462, "efc16", AFI, t, CO, [fr(drift(t, "v"), "GREEN", "AFI")], comment=COMPLETE_NOTE)

t = "The force should " + body(58) + "."
item(8720, "leg17h", AFI, t, BP,
     [fr(drift(t, "v"), "Open - Actions on going on track", "AFI", ref=True)])
t = "The force should " + body(25) + "."
item(8721, "leg17h", AFI, t, BP, [fr(drift(t, "v"), "GREEN", "AFI")])
t = "The force should " + body(27) + "."
item(8722, "leg17h", AFI, t, BP,
     [fr(drift(t, "v"), "AMBER", "AFI", report="PEEL 2018/19", pub=dt.date(2019, 5, 2))],
     conflict="report differs: HMICFRS lists it under PEEL legitimacy 2017 (12/12/2017), the "
              "tracker under PEEL 2018/19 (02.05.2019)")

t = ("Within six months the force should, in conjunction with children’s social care services, "
     "review how it manages the detention of children. As a minimum it should:"
     + body(35).split("As a minimum it should:")[1] + ".")
item(7100, "custody16", REC, t, BP,
     [fr(re.sub(r";?\s*(and)?•\s*", "\n• ", t), "AMBER")])

t = "The force should " + body(6) + "."
item(9930, "peel1819", AFI, t, BP, [fr(drift(t, "v"), "RED", "AFI")])
t = "The force should " + body(7) + "."
item(9931, "peel1819", AFI, t, BP, [fr(drift(t, "abbr"), "GREEN", "AFI", ref=True)])
t = "The force should " + body(5) + "."
item(9932, "peel1819", AFI, t, CO, None, comment=COMPLETE_NOTE)
t = "The force should " + body(24) + "."
item(9933, "peel1819", AFI, t, BP, [fr(drift(t, "v"), "AMBER", "AFI")])

t = "Within six months the force should " + F.CDI_VICTIMS_BODY + "."
stem, bl = bullets(t)
item(10210, "cdi19", REC, t, BP,
     [fr(stem + "\n• " + "\n• ".join(bl[:3]), "Complete", ref=True),
      fr("• " + "\n• ".join(bl[3:]), "Complete", ref=True)])
t = "Within three months, the force should " + body(14) + "."
item(10211, "cdi19", REC, t, BP, [fr(drift(t, "abbr"), "AMBER")])

t = "The force should " + topic(8, "stalking and harassment") + "."
item(11850, "peel2122", AFI, t, BP, [fr(drift(t, "v"), "AMBER", "AFI")])
t = "The force should " + topic(11, "domestic abuse") + "."
item(11851, "peel2122", AFI, t, BP, [fr(drift(t, "abbr"), "AMBER", "AFI", ref=11815)],
     conflict="reference differs: HMICFRS 11851, tracker 'HMICFRS Ref' 11815; same text")

assert len(ITEMS) == 50, len(ITEMS)
assert len({i["id"] for i in ITEMS}) == 50

LOCAL = [
    ("Integrity matters", "Local", "Internal audit action: "
     + T.LOCAL_ACTIONS[8].format(t="counter-corruption"), "AMBER",
     "internal audit action, not an HMICFRS item"),
    ("Domestic abuse – Everyone’s business", "Local", "Local action: "
     + T.LOCAL_ACTIONS[4].format(t="domestic abuse"), "GREEN",
     "force's own action (policy rewrite), not an HMICFRS item"),
    ("Policing in Austerity 2014", "National rec",
     nat("austerity", 0), "Complete",
     "Policing in austerity recommendation the force still lists; not on the HMICFRS list"),
    ("PEEL 2018/19", "JAC action", T.LOCAL_ACTIONS[1].format(t="hate crime"), "In progress",
     "Joint Audit Committee action, not an HMICFRS item"),
    ("PEEL 2021/22", "Local", "Force improvement plan: "
     + T.LOCAL_ACTIONS[6].format(t="violence against women and girls"), "AMBER",
     "force improvement plan action, not an HMICFRS item"),
]

# ------------------------------------------------------------------ HMICFRS xlsx (ordinary)
hwb = Workbook()
hs = hwb.active
hs.title = "Recommendations"
HEAD = ["Reference", "Force", "Report title", "Publication date", "Type", "Recommendation",
        "Status", "Status date", "Comment"]
hs.append(HEAD)
for c in hs[1]:
    c.font = Font(bold=True)
h_items = sorted(ITEMS, key=lambda i: (REPORTS[i["rep"]][1], i["id"]))
h_row_of = {}
for it in h_items:
    sdate = it["sdate"] or (dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 290)))
    hs.append([it["id"], FORCE, REPORTS[it["rep"]][0], REPORTS[it["rep"]][1], it["type"],
               it["text"], it["hs"], sdate, it["comment"]])
    r = hs.max_row
    h_row_of[it["id"]] = r
    hs.cell(r, 4).number_format = "dd/mm/yyyy"
    hs.cell(r, 8).number_format = "dd/mm/yyyy"
    hs.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFGHI", [11, 24, 50, 14, 20, 90, 18, 12, 40]):
    hs.column_dimensions[col].width = w
hs.freeze_panes = "A2"
hs.auto_filter.ref = f"A1:I{hs.max_row}"
hwb.save(f"{OUT}/hmicfrs.xlsx")

# ------------------------------------------------------------------ tracker rows
OWNERS = [l for l in T.LEADS if l] + ["Insp K. O’Neill", "Supt D. Harper-Jones"]
PCT_OPEN = ["25", "33,3", "40", "50", "62,5", "66,7", "75,5", "80", "87,5"]
UPD_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy ‘signed off’ at FET; dip-sample shows compliance – recommend closure.",
    "Closed at Force Assurance Board; evidence pack held by Force Improvement Unit.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
]
UPD_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; policy rewrite in consultation.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Addressed holistically as part of the force change programme.",
    "Allocated to the Force Crime Registrar; progress sent to the OPCC to inform the 56-day "
    "response.",
    "No deadline set by HMICFRS – December 2023 set to align with the next inspection.",
    "Owner changed – awaiting handover; DCC asked for \"a realistic date\".",
]
UPD_RED = ["Little work yet undertaken in this area. Unlikely to reach deadlines.",
           "Off track – funding bid for additional staff not approved; revised plan due."]


def d_eu(d: dt.date) -> str:
    return f"{d:%d.%m.%Y}"


def rnd_date(a=dt.date(2022, 9, 1), span=420):
    return a + dt.timedelta(days=rng.randrange(span))


def update_text(st: str) -> tuple[str, str]:
    s = st.lower()
    pool = (UPD_DONE if s in ("green", "complete", "pending sign off")
            else UPD_RED if s == "red" else UPD_OPEN)
    n = rng.choice([1, 1, 2, 3])
    dates = sorted(rnd_date() for _ in range(n))
    texts = rng.sample(pool, min(n, len(pool)))
    dates = dates[:len(texts)]
    lines = [f"{d_eu(d)} – {x}" for d, x in zip(dates, texts)]
    if s == "pending sign off":
        lines[-1] = f"{d_eu(dates[-1])} – Pending sign off by the chief officer lead."
    return "\n".join(lines), d_eu(dates[-1])


def pct(st: str, given=None) -> str:
    if given:
        return given
    s = st.lower()
    if s in ("green", "complete"):
        return "100"
    if s == "pending sign off":
        return rng.choice(["95", "100"])
    if s == "red":
        return rng.choice(["0", "10", "12,5"])
    return rng.choice(PCT_OPEN)


def target(st: str) -> str:
    r = rng.random()
    if r < 0.15:
        return "No deadline set by HMICFRS"
    if r < 0.25:
        return rng.choice(["Dec 2023", "March 2024", "Q4 2023/24"])
    return d_eu(dt.date(2023, 6, 30) + dt.timedelta(days=rng.randrange(0, 400)))


frows = []
for it in ITEMS:
    for k, r in enumerate(it["force"] or []):
        ref = r["ref"]
        ref = it["id"] if ref is True else (ref or None)
        frows.append(dict(item=it, k=k, n=len(it["force"]),
                          rep=r.get("report", REPORTS[it["rep"]][2]),
                          pub=r.get("pub", REPORTS[it["rep"]][1]), ref=ref, ftype=r["ftype"],
                          text=r["text"], st=r["st"], pct=r.get("pct")))
for rep, ftype, text, st, why in LOCAL:
    frows.append(dict(item=None, why=why, k=0, n=1, rep=rep, pub=None, ref=None, ftype=ftype,
                      text=text, st=st, pct=None))

label_pub = {v[2]: v[1] for v in REPORTS.values()}
label_pub["Policing in Austerity 2014"] = dt.date(2014, 7, 22)

NCOL = 12
CSV_HEAD = ["No", "HMICFRS Ref", "Report", "Date published", "Type", "Recommendation / AFI",
            "Owner", "Status", "% complete", "Latest update", "Update date", "Target date"]
records: list[list[str]] = [
    ["Hampshire Constabulary – HMICFRS Recommendations Tracker"],
    ["Prepared by Force Improvement Unit; last updated 31.10.2023; owner: Head of Corporate "
     "Development"],
    [],
    CSV_HEAD,
]
f_row_of = {}
local_rows = []
groups: dict[str, list] = {}
for r in frows:
    groups.setdefault(r["rep"], []).append(r)
order = sorted(groups, key=lambda g: label_pub[g])
num = 0
for gi, g in enumerate(order):
    records.append([f"{g} – published {d_eu(label_pub[g])}"])
    grp = groups[g]
    rng.shuffle(grp)
    grp.sort(key=lambda r: (r["item"]["id"] if r["item"] else 10**6, r["k"]))
    last = None
    for r in grp:
        it = r["item"]
        if it is None or it["id"] != last:
            num += 1
            sub = 0
        last = it["id"] if it else None
        if r["n"] > 1:
            sub += 1
            no = f"{num}{'abcd'[sub - 1]}"
        else:
            no = str(num)
        upd, upd_d = update_text(r["st"])
        if rng.random() < 0.12:
            upd = ""
            upd_d = ""
        rec = [no, str(r["ref"]) if r["ref"] else "", g, d_eu(r["pub"]) if r["pub"] else "",
               r["ftype"], r["text"], rng.choice(OWNERS), r["st"], pct(r["st"], r["pct"]),
               upd, upd_d, target(r["st"])]
        if r["st"].lower() == "grey":
            rec[8] = "n/a"
        records.append(rec)
        if it:
            f_row_of[(it["id"], r["k"])] = len(records)
        else:
            local_rows.append((len(records), r["why"]))
    if gi == 5:
        records.append(["NOTE: items 8–12 were carried over from the 2022 tracker on 14.02.2023; "
                        "see archive tab (not exported)"])
    if rng.random() < 0.4:
        records.append([])

st_counts = Counter(r["st"].upper() for r in frows)
records.append([])
records.append(["Status key: GREEN = complete; AMBER = in progress / on track; RED = off track; "
                "Pending sign off = awaiting chief officer sign-off"])
records.append([f"Totals: {len(frows)} lines – GREEN {st_counts['GREEN']}; AMBER "
                f"{st_counts['AMBER']}; RED {st_counts['RED']}; other "
                f"{len(frows) - st_counts['GREEN'] - st_counts['AMBER'] - st_counts['RED']}"])


def cell(s: str) -> str:
    if any(ch in s for ch in ';"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


with open(f"{OUT}/tracker.csv", "wb") as fh:
    for rec in records:
        rec = (rec + [""] * NCOL)[:NCOL]
        line = ";".join(cell(c) for c in rec) + "\r\n"
        fh.write(line.encode("cp1252"))

# ------------------------------------------------------------------ truth
lines = []
for it in ITEMS:
    hrow = f"Recommendations!{h_row_of[it['id']]}"
    if not it["force"]:
        lines.append((hrow, "", "missing_from_force",
                      f"HMICFRS {it['id']} ({REPORTS[it['rep']][2]}), '{it['hs']}'; no tracker "
                      f"row"))
        continue
    sts = [r["st"] for r in it["force"]]
    cat = category(it["hs"], sts, it["conflict"])
    why = it["conflict"] or status_why(it["hs"], sts)
    if len(it["force"]) > 1:
        why += f"; tracker splits the item into {len(it['force'])} rows"
    for k in range(len(it["force"])):
        lines.append((hrow, f"tracker.csv!{f_row_of[(it['id'], k)]}", cat, why))
for r, why in local_rows:
    lines.append(("", f"tracker.csv!{r}", "not_on_hmicfrs_list", why))
lines.sort(key=lambda ln: (int(ln[0].split("!")[1]) if ln[0] else 10**6,
                           int(ln[1].split("!")[1]) if ln[1] else 0))
write_truth(f"{OUT}/truth.csv", lines)
print("hmicfrs items", len(ITEMS), "tracker records", len(records),
      "item rows", len(f_row_of) + len(local_rows))
print(Counter(l[2] for l in lines), len(lines))
