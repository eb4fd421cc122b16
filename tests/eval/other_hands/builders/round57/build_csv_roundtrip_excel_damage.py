"""Build the case `csv_roundtrip_excel_damage` (round 57, forcefree14).

Force side: the force's risk system export of HMICFRS recommendations, saved as CSV and then
opened and re-saved in Excel (tracker.xlsx). The CSV round trip leaves the usual damage:
sheet named after the CSV file cut to 31 characters, UTF-8 text read as Windows-1252
(mojibake), cells that began with "-" turned into #NAME? errors, the force's own "YY/N" local
references turned into dates, some publication dates left as Excel serial numbers, external
references as numbers or as text with stray spaces.

HMICFRS side: the definitive list (hmicfrs.xlsx), a title block above a plain table.

Run with /work/main/.venv/bin/python; fixed seed, rebuilds byte for byte.
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

import openpyxl
from openpyxl.styles import Font, Alignment

sys.path.insert(0, "/work/main/reconcile/casegen")
import texts as T  # noqa: E402  (real public HMICFRS texts)

SEED = 5714
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "csv_roundtrip_excel_damage"
CASE.mkdir(exist_ok=True)

FORCE = "Lincolnshire Police"
AREA = "Lincolnshire"
NEIGH = "Nottinghamshire Police"
H_SHEET = "Definitive list"
F_SHEET = "HMICFRS_Recommendations_Export_20240612.csv"[:31]   # what Excel does
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

def N(key, i):
    return T.NATIONAL[key][2][i][1]

def tb(i, topic):
    return T.TOPIC_BODIES[i].format(t=topic)

# ---------------------------------------------------------------- HMICFRS items
# (key, id, report title, published, type, text, hmicfrs status, scenario)
# scenario: insync | submit | local | conflict:<what> | missing | split:<n>
items = []
def add(key, hid, rkey, typ, text, hst, scen, **kw):
    items.append(dict(key=key, hid=hid, rkey=rkey, type=typ, text=text, hst=hst, scen=scen, **kw))

REPORTS = {
    "sas13": (T.NATIONAL["sas13"][0], dt.date(2013, 7, 9), "Stop and Search 2013"),
    "everyone": (T.NATIONAL["everyone"][0], dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": (T.NATIONAL["austerity"][0], dt.date(2014, 7, 22), "Policing in Austerity 2014"),
    "core": (T.NATIONAL["core"][0], dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": (T.NATIONAL["integrity"][0], dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": (T.NATIONAL["sas15"][0], dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": (T.NATIONAL["picture"][0], dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": (T.NATIONAL["firearms"][0], dt.date(2015, 9, 15), "Targeting the Risk (Firearms Licensing) 2015"),
    "leg16": ("PEEL: Police legitimacy 2016", dt.date(2016, 12, 8), "PEEL Legitimacy 2016"),
    "stolen": (T.NATIONAL["stolen"][0], dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": (T.NATIONAL["efc17"][0], dt.date(2017, 11, 9), "PEEL Efficiency 17 (all forces)"),
    "leg17": (T.NATIONAL["leg17"][0], dt.date(2017, 12, 12), "PEEL Legitimacy 2017 - national (stop and search)"),
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "PEEL Effectiveness 2017"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 12), "CDI 2019"),
    "powers": (T.NATIONAL["powers"][0], dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 13), "PEEL 2021/22"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022", dt.date(2022, 8, 9), "Custody inspection 2022"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2024, 2, 16), "PEEL 2023/24"),
}

# national, all forces
add("sas13_0", 611, "sas13", NAT, N("sas13", 0), "Complete", "insync")
add("sas13_1", 612, "sas13", NAT, N("sas13", 1), "Complete", "local")
add("sas13_2", 613, "sas13", NAT, N("sas13", 2), "Complete", "insync")
add("everyone", 2321, "everyone", NAT, T.EVERYONE_PLAN, "Superseded", "insync")
add("aust_0", 3305, "austerity", NAT, N("austerity", 0), "Complete", "insync")
add("aust_1", 3306, "austerity", NAT, N("austerity", 1), "Complete", "missing")
add("aust_2", 3307, "austerity", NAT, N("austerity", 2), "Complete", "local")
add("aust_3", 3308, "austerity", NAT, N("austerity", 3), "Complete", "insync")
add("core_0", 4822, "core", NAT, N("core", 0), "Complete", "insync")
add("core_1", 4823, "core", NAT, N("core", 1), "Complete", "local")
add("integrity", 902, "integrity", NAT, N("integrity", 0), "Being progressed", "submit")
add("picture", 5510, "picture", NAT, N("picture", 0), "No further action required", "local")
for i, (hst, scen) in enumerate([("Complete", "insync"), ("Complete", "insync"), ("Complete", "local"),
                                 ("Being progressed", "submit"), ("Being progressed", "insync")]):
    add(f"fa_{i}", 5931 + i, "firearms", NAT, N("firearms", i), hst, scen)
stolen_plan = [("Being progressed", "conflict:bullet"), ("Being progressed", "insync"), ("Complete", "insync"),
               ("Being progressed", "submit"), ("Being progressed", "insync"), ("Awaiting review", "submit"),
               ("Complete", "local")]
for i, (hst, scen) in enumerate(stolen_plan):
    add(f"sf_{i}", 8012 + i, "stolen", NAT, N("stolen", i), hst, scen)
add("digital", 8290, "efc17", NAT, N("efc17", 0), "Being progressed", "submit")
leg_plan = [("Being progressed", "insync"), ("Being progressed", "insync"), ("Being progressed", "submit"),
            ("Complete", "insync"), ("Complete", "local")]
for i, (hst, scen) in enumerate(leg_plan):
    typ = T.NATIONAL["leg17"][2][i][0]
    add(f"leg_{i}", 8541 + i, "leg17", typ, N("leg17", i), hst, scen)
# force level: PEEL effectiveness 2017
add("e17_coc", 8790, "eff17", COC, T.CAUSES[0], "Complete", "insync")
add("e17_dash", 8791, "eff17", REC,
    "Within six months the force should take steps to ensure that there is effective supervision of "
    "the initial risk assessment process, specifically in relation to the completion of DASH risk "
    "assessment in appropriate cases.", "Being progressed", "conflict:timescale")
add("e17_ctrl", 8792, "eff17", REC,
    "Within three months, the force should ensure that it has sufficient resources available in the "
    "control room to fulfil its resourcing model, and so to meet its demand, while also taking into "
    "account the wellbeing of its workforce.", "Complete", "local")
add("e17_rui", 8793, "eff17", AFI,
    "The force should improve its understanding of suspects released under investigation and the "
    "management of those released on bail.", "Superseded", "insync")
# CDI 2019
add("cdi_1", 10874, "cdi19", REC, "Within three months, the force should " + T.CDI_VICTIMS_BODY + ".",
    "Being progressed", "split:5")
add("cdi_2", 10875, "cdi19", AFI, "The force should " + tb(5, "stalking and harassment") + ".",
    "Being progressed", "insync")
add("cdi_3", 10876, "cdi19", AFI,
    "The force should provide call-handlers with specific, sound and comprehensible criteria against "
    "which they can assess threat, harm and risk.", "Complete", "insync")
# powers 2021 (national)
pw_plan = [("Being progressed", "insync"), ("Being progressed", "submit"), ("Being progressed", "split:3"),
           ("Awaiting review", "missing"), ("Complete", "insync")]
for i, (hst, scen) in enumerate(pw_plan):
    add(f"pw_{i}", 12105 + i, "powers", NAT, N("powers", i), hst, scen)
# PEEL 2021/22
p21 = [(0, "domestic abuse", "Being progressed", "insync"),
       (1, "rape and serious sexual offences", "Being progressed", "submit"),
       (12, "fraud", "Being progressed", "conflict:type"),
       (11, "people with mental ill health", "Being progressed", "insync_nameerr"),
       (9, "serious and organised crime", "Complete", "local"),
       (8, "forced marriage", "Complete", "insync"),
       (13, "neighbourhood crime", "Being progressed", "submit_noref")]
for j, (b, t, hst, scen) in enumerate(p21):
    add(f"p21_{j}", 12840 + j, "peel21", AFI, "The force should " + tb(b, t) + ".", hst, scen)
# custody 2022
add("cust_1", 13311, "cust22", REC, "The force should, " + T.BODIES[35].replace("should:•", "should:\n•").replace(";• ", ";\n• ").replace("and• ", "and\n• ") + ".",
    "Being progressed", "insync")
add("cust_2", 13312, "cust22", AFI, "The force should " + T.BODIES[24] + ".", "Being progressed", "submit")
add("cust_3", 13313, "cust22", AFI, "The force should " + T.BODIES[21] + ".", "Awaiting review", "missing")
# PEEL 2023/24
add("p23_coc", 15102, "peel23", COC, T.CAUSES[2], "Being progressed", "insync")
add("p23_r1", 15103, "peel23", REC,
    "Within six months, the force should improve the supervision of investigations, so that "
    "investigation plans are set, reviewed and recorded and victims receive a consistently good "
    "service.", "Being progressed", "insync")
p23 = [(2, "violence against women and girls", "Being progressed", "insync"),
       (9, "county lines drug dealing", "Being progressed", "conflict:report"),
       (14, "online child sexual abuse", "Awaiting review", "missing"),
       (5, "hate crime", "Being progressed", "conflict:ref"),
       (4, "honour-based abuse", "Awaiting review", "insync")]
for j, (b, t, hst, scen) in enumerate(p23):
    add(f"p23_a{j+1}", 15104 + j, "peel23", AFI, "The force should " + tb(b, t) + ".", hst, scen)

# ---------------------------------------------------------------- helpers
CP1252_UNDEF = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
def mojibake(s: str) -> str:
    """UTF-8 bytes read as Windows-1252, as Excel does with a CSV without BOM."""
    out = []
    for b in s.encode("utf-8"):
        if b < 0x80:
            out.append(chr(b))
        elif b in CP1252_UNDEF:
            out.append(chr(b))          # Excel keeps these as control characters
        else:
            out.append(bytes([b]).decode("cp1252"))
    return "".join(out)

def abbreviate(s: str, n: int) -> str:
    for pat, rep in T.ABBREVIATIONS[:n]:
        s = re.sub(pat, rep, s, flags=re.I)
    return s

def ordinal(d: dt.date) -> str:
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suf} {d.strftime('%B %Y')}"

def serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days

def localref(yy: int, n: str):
    """The force's own 'YY/N' number as Excel reads it (UK locale, imported in 2024)."""
    if n.isdigit() and 1 <= int(n) <= 12 and 1 <= yy <= 31:
        try:
            return dt.datetime(2024, int(n), yy)
        except ValueError:
            pass
    return f"{yy:02d}/{n}"

F_OPEN = ["Open", "Open - On Track", "Open - On Track", "Open - Off Track"]
F_DONE_CLOSED = "Closed - Complete"
PROGRESS_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; policy rewrite in draft. Update to Force Executive Board in July.",
    "Owner reviewing. Dip sample planned Q2 2024/25.",
    "Being delivered through the Vulnerability Improvement Plan – see latest plan update.",
    "Awaiting allocation.",
    "Little work yet undertaken in this area. Unlikely to reach deadline.",
]
PROGRESS_DONE = [
    "Completed. Evidence pack submitted to OL team for sign off.",
    "Policy signed off and in place. Ready to move to closure.",
    "Complete – evidence held on the OL SharePoint (folder 2019-CDI).",
    "Audit of 50 records showed 96% compliance. Recommend closure.",
]

# ---------------------------------------------------------------- HMICFRS workbook
hwb = openpyxl.Workbook()
hws = hwb.active
hws.title = H_SHEET
hws["A1"] = f"HMICFRS monitoring – definitive list of recommendations and areas for improvement: {FORCE}"
hws["A1"].font = Font(bold=True, size=12)
hws["A2"] = "Extracted 3 June 2024. Includes items closed since the last list so the force can update its records."
H_HEAD = ["Ref", "Report title", "Publication date", "Type", "Recommendation / area for improvement",
          "Status", "Status last updated"]
hws.append([])
hws.append(H_HEAD)
for c in hws[4]:
    c.font = Font(bold=True)
h_row = {}
order = sorted(items, key=lambda it: (REPORTS[it["rkey"]][1], it["hid"]))
for it in order:
    title, pub, _ = REPORTS[it["rkey"]]
    text = it["text"].replace("{force}", FORCE)
    if it["hst"] in ("Complete", "Superseded", "No further action required"):
        upd = pub + dt.timedelta(days=rng.randint(300, 1500))
        upd = min(upd, dt.date(2024, 5, 30))
    else:
        upd = dt.date(2024, rng.randint(1, 5), rng.randint(1, 28))
        if upd < pub + dt.timedelta(days=14):
            upd = pub + dt.timedelta(days=rng.randint(14, 90))
    hws.append([it["hid"], title, dt.datetime(pub.year, pub.month, pub.day), it["type"], text,
                it["hst"], ordinal(upd)])
    r = hws.max_row
    h_row[it["key"]] = f"{H_SHEET}!{r}"
    hws.cell(r, 3).number_format = "dd/mm/yyyy"
    hws.cell(r, 5).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFG", [8, 45, 14, 24, 90, 20, 20]):
    hws.column_dimensions[col].width = w

# ---------------------------------------------------------------- force rows
# Each force row: dict(recid, extref, localref, source, sourcedate, category, text, owner, status,
#                      statusdate, update, truth=(hkey or None, category, why))
frows = []
TYPE_F = {REC: "Recommendation", AFI: "Area for Improvement", COC: "Cause for Concern",
          NAT: "National Recommendation"}
item_no = {}
def next_local(yy):
    item_no[yy] = item_no.get(yy, 0) + 1
    return str(item_no[yy])

def frow(it, text, status, cat, why, *, extref="id", typ=None, rkey=None, name_error=False,
         local_n=None, upd=None):
    rk = rkey or it["rkey"]
    _, pub, fname = REPORTS[rk]
    yy = pub.year % 100
    ln = local_n or next_local(yy)
    if extref == "id":
        e = it["hid"]
    else:
        e = extref
    done = status.startswith("Closed") or status == "Proposed for Closure"
    frows.append(dict(
        extref=e, localref=localref(yy, ln), rawlocal=f"{yy:02d}/{ln}", source=fname, pub=pub,
        category=TYPE_F[typ or it["type"]],
        text="#NAME?" if name_error else mojibake(text),
        owner=rng.choice([l for l in T.LEADS if l]),
        status=status,
        update=mojibake(upd if upd is not None else rng.choice(PROGRESS_DONE if done else PROGRESS_OPEN)),
        truth=(h_row[it["key"]] if it else "", cat, why)))

for it in items:
    s, k = it["scen"], it["key"]
    text = it["text"].replace("{force}", FORCE)
    closed = it["hst"] in ("Complete", "Superseded", "No further action required")
    if s == "missing":
        continue
    if s == "insync":
        if closed:
            st = "Closed - Superseded" if it["hst"] == "Superseded" else F_DONE_CLOSED
            why = f"HMICFRS {it['hst']}; force {st}: both closed"
        else:
            st = rng.choice(F_OPEN)
            why = f"HMICFRS {it['hst']}; force {st}: both open"
        ft = abbreviate(text, rng.choice([0, 0, 3, 8])) if it["rkey"] not in ("eff17",) else text
        extra = {}
        if k == "sf_4":            # no external ref; matched on text
            extra["extref"] = None
            ft = abbreviate(text, 4)
            why += "; no ExternalRef, text abbreviated (MSHT, NCRS) but same item"
        if k == "sf_1":
            ft = T.MSHT_INTEL
            why += "; force text lacks HMICFRS's stray footnote digit '86'"
        frow(it, ft, st, "in_sync", why, **extra)
    elif s == "insync_nameerr":
        st = "Open - On Track"
        frow(it, text, st, "in_sync",
             f"HMICFRS {it['hst']}; force {st}: both open. Description shows #NAME? (text began '- ' and "
             f"Excel read it as a formula); matched on ExternalRef {it['hid']}, source and type",
             name_error=True)
    elif s == "submit" or s == "submit_noref":
        st = rng.choice(["Proposed for Closure", F_DONE_CLOSED])
        why = f"HMICFRS {it['hst']} (open); force {st} (done): submit for closure"
        extra = {}
        if s == "submit_noref":
            extra["extref"] = None
            why += "; no ExternalRef, matched on text"
        if k == "integrity":
            extra["extref"] = " 902 "
            why += "; ExternalRef typed as text with spaces"
        frow(it, text, st, "closeable_submit", why, **extra)
    elif s == "local":
        st = rng.choice(F_OPEN)
        frow(it, abbreviate(text, rng.choice([0, 5])), st, "closeable_local",
             f"HMICFRS {it['hst']} (closed); force still {st}: close locally")
    elif s.startswith("split:"):
        if k == "cdi_1":
            bullets = [b.strip().rstrip(";").removesuffix("; and").rstrip(";") for b in
                       T.CDI_VICTIMS_BODY.split("\n•")[1:]]
            for bi, b in enumerate(bullets):
                b = b.removesuffix(" and").rstrip(";").strip()
                ft = f"Put in place arrangements to ensure that {b} (CDI rec 1, part {chr(97 + bi)})"
                frow(it, ft, F_DONE_CLOSED, "closeable_submit",
                     f"split row {bi + 1}/5 of HMICFRS {it['hid']} (one row per bullet); all five parts "
                     f"{F_DONE_CLOSED}, HMICFRS Being progressed: submit",
                     local_n=f"1{chr(97 + bi)}")
        else:   # BWV, three bullets
            parts = T.BWV_2021.split("\n")
            fts = [parts[0], "- " + parts[1], "• " + parts[2]]
            for bi, ft in enumerate(fts):
                st = "Open - On Track"
                why = (f"split row {bi + 1}/3 of HMICFRS {it['hid']} (one row per part); all open on both sides")
                if bi == 1:
                    why += "; Description shows #NAME? (text began '- '); identified by ExternalRef and LocalRef"
                frow(it, ft, st, "in_sync", why, name_error=(bi == 1), local_n=f"3{chr(97 + bi)}")
    elif s.startswith("conflict:"):
        what = s.split(":")[1]
        st = rng.choice(F_OPEN)
        if what == "bullet":
            ft = T.SF_LEADERSHIP.rsplit("\n•", 1)[0].replace("; and", ".")
            ft = ft[: ft.rfind(".") + 1] if not ft.endswith(".") else ft
            frow(it, ft, st, "conflict",
                 "same item (ExternalRef 8012, Stolen Freedom) but force text lacks the fourth bullet "
                 "(performance and quality assurance measures)")
        elif what == "timescale":
            frow(it, text.replace("Within six months", "Within twelve months"), st, "conflict",
                 "same item (ExternalRef 8791) but force text says 'Within twelve months', HMICFRS 'Within six months'")
        elif what == "type":
            frow(it, text, st, "conflict",
                 "same item (ExternalRef 12842) but force Category 'Recommendation', HMICFRS 'Area for improvement'",
                 typ=REC)
        elif what == "report":
            frow(it, text, st, "conflict",
                 "same item (ExternalRef 15105) but force Source 'PEEL 2021/22', SourceDate 13/05/2022; "
                 "HMICFRS: PEEL 2023/24 published 16/02/2024", rkey="peel21")
        elif what == "ref":
            frow(it, text, st, "conflict",
                 "same text, source and type, but force ExternalRef 15170 (digits transposed); HMICFRS Ref 15107 "
                 "(15170 is not on the list)", extref=15170)

# force-only rows
frows.append(dict(extref=3977, localref=localref(15, "1"), rawlocal="15/1", source=REPORTS["sas15"][2], pub=REPORTS["sas15"][1],
                  category="National Recommendation", text=mojibake(N("sas15", 0)), owner="ACC Local Policing",
                  status="Open - On Track", update="Community scrutiny panel terms of reference being refreshed.",
                  truth=("", "not_on_hmicfrs_list", "Stop and search powers 2 (2015), ExternalRef 3977: not on the "
                         "definitive list (differs from the 2013 item 613 in report and wording)")))
frows.append(dict(extref=7710, localref=localref(16, "4"), rawlocal="16/4", source=REPORTS["leg16"][2], pub=REPORTS["leg16"][1],
                  category="Area for Improvement",
                  text=mojibake("The force should make sure it provides a confidential way for staff to raise "
                                "concerns and that staff are aware of whistleblowing processes."),
                  owner="Head of Professional Standards", status="Open",
                  update=mojibake("Confidential reporting line relaunched; awaiting staff survey results."),
                  truth=("", "not_on_hmicfrs_list", "PEEL Legitimacy 2016 AFI, ExternalRef 7710: not on the definitive list")))
for t_i, (a, topic) in enumerate([(0, "stalking and harassment"), (2, "hate crime"), (6, "violence against women and girls")]):
    frows.append(dict(extref="n/a", localref=f"FIP/{t_i + 1}", source="Force Improvement Plan (PEEL 23/24)",
                      pub=dt.date(2024, 3, 1), category="Local action",
                      text=T.LOCAL_ACTIONS[a].format(t=topic), owner=rng.choice([l for l in T.LEADS if l]),
                      status=["Open - On Track", F_DONE_CLOSED, "Open"][t_i],
                      update=mojibake(["Task & Finish group meets monthly; first report to FEB in July.",
                                       "Completed – Q4 dip sample reported to the Crime Standards Board.",
                                       "Measures agreed with the VAWG lead; first shown in the July pack."][t_i]),
                      truth=("", "not_on_hmicfrs_list", "force's own improvement-plan action; ExternalRef n/a")))

# RecordID: creation order, roughly by publication date, with later additions mixed in
for i, fr in enumerate(frows):
    fr["sortkey"] = (fr["pub"], rng.random())
frows.sort(key=lambda f: f["sortkey"])
rid = 20417
for fr in frows:
    fr["recid"] = rid
    rid += rng.choice([1, 1, 1, 2, 3, 7])
# some rows were re-keyed after a system migration and now sit at the end
moved = rng.sample(range(len(frows) - 10), 4)
for m in moved:
    frows[m]["recid"] = rid
    rid += 1
frows.sort(key=lambda f: f["recid"])

fwb = openpyxl.Workbook()
fws = fwb.active
fws.title = F_SHEET
F_HEAD = ["RecordID", "ExternalRef", "LocalRef", "Source", "SourceDate", "Category", "Description",
          "Owner", "Status", "StatusDate", "LatestUpdate"]
fws.append(F_HEAD)
serial_rows = set(rng.sample(range(len(frows)), 9))
truth = []
for i, fr in enumerate(frows):
    m = rng.randint(3, 6)
    sd = dt.datetime(2024, m, rng.randint(1, 11 if m == 6 else 28), rng.randint(8, 17), rng.randint(0, 59))
    pub = fr["pub"]
    pubv = serial(pub) if i in serial_rows else dt.datetime(pub.year, pub.month, pub.day)
    ext = fr["extref"]
    fws.append([fr["recid"], ext, fr["localref"], fr["source"], pubv, fr["category"], fr["text"],
                fr["owner"], fr["status"], sd, fr["update"]])
    r = fws.max_row
    if isinstance(fr["localref"], dt.datetime):
        fws.cell(r, 3).number_format = "dd-mmm"
    if not isinstance(pubv, int):
        fws.cell(r, 5).number_format = "dd/mm/yyyy"
    fws.cell(r, 10).number_format = "dd/mm/yyyy hh:mm"
    if fr["text"] == "#NAME?":
        fws.cell(r, 7).data_type = "e"
    h, cat, why = fr["truth"]
    if i in serial_rows:
        why += f"; SourceDate shown as Excel serial {pubv} (= {pub.strftime('%d/%m/%Y')})"
    if isinstance(fr["localref"], dt.datetime):
        why += f"; LocalRef {fr['rawlocal']} shown as {fr['localref'].strftime('%d-%b')} (Excel made it a date)"
    truth.append((h, f"{F_SHEET}!{r}", cat, why))

for it in items:
    if it["scen"] == "missing":
        truth.append((h_row[it["key"]], "", "missing_from_force",
                      f"HMICFRS {it['hid']} ({it['hst']}) has no row in the force export"))

for col, w in zip("ABCDEFGHIJK", [10, 12, 10, 30, 12, 22, 80, 26, 20, 16, 60]):
    fws.column_dimensions[col].width = w

# ---------------------------------------------------------------- save deterministically
FIXED = dt.datetime(2024, 6, 12, 9, 30, 0)
def save(wb, path):
    wb.properties.creator = "openpyxl"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-06-12T09:30:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())

save(hwb, CASE / "hmicfrs.xlsx")
save(fwb, CASE / "tracker.xlsx")

def rowkey(s):
    return (s.split("!")[0], int(s.split("!")[1])) if s else ("~", 0)
truth.sort(key=lambda t: (rowkey(t[0]) if t[0] else ("~", 0), rowkey(t[1])))
with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter
print(len(items), "hmicfrs items;", len(frows), "force rows")
print(Counter(t[2] for t in truth))
