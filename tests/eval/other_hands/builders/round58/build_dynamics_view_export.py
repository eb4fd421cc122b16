"""Build the case `dynamics_view_export`: HMICFRS definitive list as a CRM (Dynamics-style)
monitoring portal "Export to Excel" of a saved view, against Staffordshire Police's ordinary
HMICFRS tracker. Run with /work/main/.venv/bin/python; fixed seed, byte-for-byte rebuild."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import sys
import uuid
import zipfile
import base64

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

sys.path.insert(0, "/work/main/reconcile/casegen")
import texts as T  # noqa: E402  (real public HMICFRS texts, OGL)

SEED = 5801
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "dynamics_view_export")
FORCE, AREA, NEIGHBOUR = "Staffordshire Police", "Staffordshire", "West Midlands Police"

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS portal title, publication date, tracker title)
REPORTS = {}
for k, (title, (y, m, d), _items) in T.NATIONAL.items():
    REPORTS[k] = (title, dt.date(y, m, d), T.NATIONAL_TRACKER_NAMES[k][0])
REPORTS.update({
    "eff16": ("PEEL: Police effectiveness 2016 – Staffordshire Police", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Staffordshire "
               "Police", dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019 – Staffordshire Police", dt.date(2019, 9, 26),
              "Crime Data Integrity 2019"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Staffordshire "
               "Police", dt.date(2022, 5, 12), "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25 – Staffordshire "
               "Police", dt.date(2024, 5, 16), "PEEL 2023/25"),
})
NAT = {k: [t for _ty, t in v[2]] for k, v in T.NATIONAL.items()}
NATTY = {k: [ty for ty, _t in v[2]] for k, v in T.NATIONAL.items()}
TB = T.TOPIC_BODIES


def afi(body):
    return f"The force should {body}."


# --------------------------------------------------------------------------------------------
# Items. Each: key, report, type, HMICFRS text, category, force-side spec.
# force spec: None (not in tracker) | dict(text=..., rows=[texts] for splits, type=..., report=...,
#             date=..., ref=..., rag=...)
# Category drives status: in_sync_open / in_sync_closed / submit / local / missing / conflict.
ITEMS = []


def item(key, rep, typ, text, cat, force=None, parent=None, hm=None, why=""):
    ITEMS.append(dict(key=key, rep=rep, type=typ, text=text, cat=cat, force=force or {},
                      parent=parent, hm=hm, why=why))


REC, AFI_, COC, NATR = T.REC, T.AFI, T.COC, T.NAT

# ---- national reports
item("sas13_1", "sas13", NATR, NAT["sas13"][0], "in_sync_closed",
     dict(text="CCs & CoP should establish in the S&S APP a clear specification of what constitutes "
               "the effective and fair exercise of S&S powers, and guidance in this respect."))
item("sas13_2", "sas13", NATR, NAT["sas13"][1], "local",
     dict(progress="Monitoring dashboard being rebuilt in Power BI; not yet live."),
     hm=("Inactive", "Superseded"))
item("sas13_3", "sas13", NATR, NAT["sas13"][2], "in_sync_closed", {})
item("everyone_1", "everyone", NATR, T.EVERYONE_PLAN, "in_sync_closed",
     dict(text=T.EVERYONE_PLAN.replace(" and 20\n", " and\n")))
item("aust_1", "austerity", NATR, NAT["austerity"][0], "in_sync_closed", {})
item("aust_2", "austerity", NATR, NAT["austerity"][1], "local",
     dict(progress="Collaboration review with West Midlands Police paused pending new ACC."))
item("aust_3", "austerity", NATR, NAT["austerity"][2], "missing")
item("aust_4", "austerity", NATR, NAT["austerity"][3], "in_sync_closed",
     dict(rag="WHITE"), hm=("Inactive", "Closed - not applicable"))
item("core_1", "core", NATR, NAT["core"][0], "in_sync_closed", {})
item("core_2", "core", NATR, NAT["core"][1], "local", {})
item("integ_1", "integrity", NATR, NAT["integrity"][0], "submit",
     dict(rag="GREEN", progress="Completed. Evidence submitted to HMICFRS for closure."),
     hm=("Active", "Evidence submitted"))
item("sas15_1", "sas15", NATR, NAT["sas15"][0], "in_sync_open", {})
item("pict_1", "picture", NATR, NAT["picture"][0], "submit",
     dict(rag="BLUE", progress="Closed by HMICFRS (per FLL email)."),
     hm=("Active", "Reopened"),
     why="HMICFRS record reopened (Active/Reopened); force already shows BLUE")
for i, t in enumerate(NAT["firearms"]):
    cat = ["in_sync_open", "submit", "in_sync_closed", "in_sync_open", "missing"][i]
    f = {}
    if i in (0, 3):
        s_ = (t.replace("Within three months, all chief constables should ", "")
              .replace("Immediately, all chief constables should ", ""))
        f = dict(text=s_[0].upper() + s_[1:])
    item(f"fa_{i+1}", "firearms", NATR, t, cat, f,
         hm=("Active", "Force reports complete") if cat == "submit" else None)
st = NAT["stolen"]
item("msht_lead", "stolen", NATR, st[0], "in_sync_open",
     dict(rows=[
         "Within 12 months review leadership & governance for MSHT so that senior leaders "
         "prioritise the response to MSHT",
         "MSHT governance review – every incident of modern slavery identified to police is "
         "allocated appropriate resources with the skills, experience and capacity to investigate",
         "MSHT governance review – effective partnership arrangements to co-ordinate activity, "
         "share information & safeguard victims",
         "MSHT governance review – performance & QA measures in place so senior leaders can "
         "assess the nature and quality of the service to victims"]),
     why="one recommendation split into one tracker row per bullet")
item("msht_intel", "stolen", NATR, st[1], "conflict",
     dict(text="Within twelve months, forces should have in place active information-sharing "
               "agreements with other agencies to facilitate speedy exchange of intelligence and "
               "in order to safeguard victims better and to identify suspects as early as "
               "possible", rag="AMBER"),
     hm=("Active", "Being progressed"),
     why="timescale differs: HMICFRS 'Within six months', tracker 'Within twelve months'")
item("msht_s45", "stolen", NATR, st[2], "submit", dict(rag="GREEN"))
item("msht_nrm", "stolen", NATR, st[3], "in_sync_open",
     dict(text="Immediately, forces should take steps to ensure they are fully compliant with the "
               "NRM process as it evolves & are implementing the requirement under the Modern "
               "Slavery Act 2015 to notify the HO of any individual suspected to be an adult "
               "victim of MSHT."))
item("msht_ncrs", "stolen", NATR, st[4], "local", {}, hm=("Inactive", "Complete"))
item("msht_inv", "stolen", NATR, st[5], "in_sync_open", {})
item("msht_prev", "stolen", NATR, st[6], "missing")
item("efc17_1", "efc17", NATR, NAT["efc17"][0], "submit",
     dict(text=T.DIGITAL, rag="GREEN", progress="Digital Services Strategy 2019-22 approved "
          "by COG; published on force website."))
lg = NAT["leg17"]
item("leg_coc", "leg17", COC, lg[0], "in_sync_open", dict(type="Cause of Concern"))
item("leg_mon", "leg17", NATR, lg[1], "in_sync_open", {}, parent="leg_coc")
item("leg_disp", "leg17", NATR, lg[2], "submit", dict(rag="GREEN"), parent="leg_coc")
item("leg_pub", "leg17", NATR, lg[3], "in_sync_closed", {}, parent="leg_coc")
item("leg_ub", "leg17", NATR, lg[4], "local",
     dict(progress="Unconscious bias module added to OST; 71% of S&S-trained officers complete."),
     parent="leg_coc", hm=("Inactive", "No further action required"))
pw = NAT["powers"]
item("pw_comm", "powers", NATR, pw[0], "in_sync_open", {})
item("pw_cpd", "powers", NATR, pw[1], "submit", dict(rag="GREEN"))
item("pw_bwv", "powers", NATR, pw[2], "conflict",
     dict(text="By September 2021, forces should: ensure that officers record on BWV (when this is "
               "available) the entirety of all S&S encounters, including traffic stops and use of "
               "force incidents.\nhave a structured process for regularly reviewing and "
               "monitoring internally a sufficient sample of BWV footage to identify and "
               "disseminate learning and hold officers to account when behaviour falls below "
               "acceptable standards.", rag="GREEN"),
     hm=("Active", "Being progressed"),
     why="missing bullet: tracker omits the third part (external scrutiny panel access to BWV "
         "footage)")
item("pw_uof", "powers", NATR, pw[4], "in_sync_open", {})

# ---- force-level reports
b = T.BODIES
item("e16_coc", "eff16", COC, T.CAUSES[0], "in_sync_closed", dict(type="CoC"))
item("e16_r1", "eff16", REC, "To address this cause of concern, HMIC recommends the force should "
     f"immediately {b[18]}.", "in_sync_closed", {}, parent="e16_coc")
item("e16_r2", "eff16", REC, f"Within three months, the force should {b[16]}.", "local",
     dict(progress="Arrest rate for DA now 41%; positive action audit due Q4."), parent="e16_coc",
     hm=("Inactive", "Superseded"))
item("e16_a1", "eff16", AFI_, afi(b[7]), "in_sync_closed", {})
item("e16_a2", "eff16", AFI_, afi(b[19].replace("\n", " ")), "missing")

item("p18_a1", "peel18", AFI_, afi(b[11]), "in_sync_open", {})
item("p18_a2", "peel18", AFI_, afi(b[12]), "local", {}, hm=("Inactive", "Complete"))
item("p18_a3", "peel18", AFI_, afi(b[13]), "submit", dict(rag="GREEN"))
item("p18_a4", "peel18", AFI_, afi(b[5]), "conflict",
     dict(type="Recommendation", rag="AMBER"),
     why="type differs: HMICFRS 'Area for improvement', tracker 'Recommendation'")
item("p18_a5", "peel18", AFI_, afi(b[15]), "in_sync_closed", {})

item("cdi_r1", "cdi19", REC, "HMICFRS recommends that the force should immediately:"
     + T.CDI_VICTIMS_BODY + "; and", "submit",
     dict(rows=["At the point of report, victims are believed",
                "Conversations between call handlers & callers are summarised accurately in the "
                "incident log, giving attending officers full facts for crime-recording decisions",
                "Multiple crimes always recorded when described within incident records or "
                "identified as part of other recorded crime investigatons",
                "Stop the practice of awaiting results of medical examinations or video interviews "
                "before making crime-recording decisions",
                "Online reports of crime triaged at the point of receipt so ongoing risks to the "
                "victim or wider public are identified and managed"], rag="GREEN"),
     hm=("Active", "Evidence submitted"), why="one recommendation split into one row per bullet")
item("cdi_a1", "cdi19", AFI_, afi(b[14]), "in_sync_open", {})
item("cdi_a2", "cdi19", AFI_, afi(TB[5].format(t="rape and serious sexual offences")), "local",
     {}, hm=("Inactive", "Complete"))

P21 = [("domestic abuse", 12), ("stalking and harassment", 3), ("missing children", 2),
       ("fraud", 12), ("anti-social behaviour", 13), ("county lines drug dealing", 7)]
cats21 = ["in_sync_open", "submit", "in_sync_open", "local", "in_sync_closed", "conflict"]
for i, ((t, bi), c) in enumerate(zip(P21, cats21)):
    f = {}
    if c == "conflict":
        f = dict(report="peel23", rag="AMBER")
    item(f"p21_a{i+1}", "peel21", AFI_, afi(TB[bi].format(t=t)), c, f,
         why="report and publication date differ: HMICFRS PEEL 2021/22 (12/05/2022), tracker "
             "files it under PEEL 2023/25 (16/05/2024)" if c == "conflict" else "")
item("p21_r1", "peel21", REC, f"Within six months the force should {b[17]}.", "in_sync_open", {})

P23 = [("violence against women and girls", 1), ("child sexual exploitation", 2),
       ("online child sexual abuse", 14), ("hate crime", 9), ("repeat victims", 0),
       ("vulnerable adults", 4)]
cats23 = ["in_sync_open", "in_sync_open", "missing", "submit", "in_sync_open", "in_sync_open"]
for i, ((t, bi), c) in enumerate(zip(P23, cats23)):
    item(f"p23_a{i+1}", "peel23", AFI_, afi(TB[bi].format(t=t)), c, {})
item("p23_coc", "peel23", COC, T.CAUSES[2], "in_sync_open", dict(type="Cause for concern"))
item("p23_r1", "peel23", REC, f"Within six months, the force should {b[5]}. "
     + T.TAILS[0], "in_sync_open", {}, parent="p23_coc")
item("p23_r2", "peel23", REC, f"Within six months, the force should {b[0]}.", "conflict",
     dict(ref="REC-21744", rag="AMBER"), parent="p23_coc",
     why="reference differs: tracker quotes REC-21744, HMICFRS record is {ref} (no REC-21744 "
         "exists on the list)")
item("p23_r3", "peel23", REC, f"Within three months, the force should {b[1]}.", "submit",
     dict(rag="BLUE"), parent="p23_coc", hm=("Active", "Awaiting review"))

# force-only rows (not on HMICFRS list)
FORCE_ONLY = [
    ("powers", "National recommendation", pw[3], "WHITE",
     "Addressed to the Home Office and NPCC, not to forces: not on the HMICFRS list"),
    ("custody22", "Recommendation", "The force should " + b[7] + ", including oversight of "
     "detainees released under investigation from custody.", "AMBER",
     "custody inspection report not on the HMICFRS list; text near-duplicates the PEEL Effectiveness 2016 AFI on RUI/bail, which pairs with its own tracker row"),
]
LOCAL = [
    ("peel21", T.LOCAL_ACTIONS[0].format(t="domestic abuse"), "Force action - "),
    ("peel21", T.LOCAL_ACTIONS[2].format(t="fraud"), "Local action: "),
    ("peel23", T.LOCAL_ACTIONS[5].format(t="violence against women and girls"), "JAC action: "),
    ("cdi19", T.LOCAL_ACTIONS[6].format(t="crime data integrity"), "Force improvement plan: "),
]
REPORTS["custody22"] = ("Report on an unannounced inspection visit to police custody suites in "
                        "Staffordshire", dt.date(2022, 8, 18), "Custody inspection 2022")

# --------------------------------------------------------------------------------------------
# HMICFRS statuses
ACTIVE_R = ["Awaiting review", "Being progressed", "Evidence submitted", "Force reports complete",
            "Reopened"]
INACTIVE_R = ["Complete", "Superseded", "No further action required", "Closed - not applicable"]
OWNERS = ["Sarah Whitfield (FLL)", "Tom Adeyemi (FLL)", "HMICFRS Monitoring Team"]
RATIONALE = {
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered by "
                 "members of the inspection team in recent inspection activity."],
    "Superseded": ["This area of activity has subsequently been inspected in HMICFRS's PEEL "
                   "inspections. Where a cause of concern still exists this will appear in the "
                   "register against these subsequent inspections."],
    "No further action required": ["No further action required - covered by national "
                                   "monitoring."],
    "Closed - not applicable": ["Not applicable to this force."],
}
for i, it in enumerate(ITEMS):
    if it["hm"]:
        continue
    c = it["cat"]
    if c in ("in_sync_open", "missing", "conflict"):
        it["hm"] = ("Active", rng.choice(["Awaiting review", "Being progressed",
                                          "Being progressed"]))
    elif c == "submit":
        it["hm"] = ("Active", rng.choice(["Being progressed", "Evidence submitted",
                                          "Force reports complete"]))
    else:  # in_sync_closed, local
        it["hm"] = ("Inactive", rng.choice(["Complete", "Complete", "Superseded",
                                            "No further action required"]))

# reference numbers in creation order (reports in date order), with gaps
order = sorted(ITEMS, key=lambda x: (REPORTS[x["rep"]][1], ITEMS.index(x)))
n = 10210
for it in order:
    n += rng.randint(1, 37)
    it["ref"] = f"REC-{n}"
    it["created"] = dt.datetime.combine(REPORTS[it["rep"]][1] + dt.timedelta(days=rng.randint(
        3, 40)), dt.time(rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)))
    lo = max(it["created"], dt.datetime(2023, 4, 1))
    it["modified"] = lo + dt.timedelta(minutes=rng.randint(0, int(
        (dt.datetime(2025, 10, 31) - lo).total_seconds() // 60)))
    it["guid"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    it["checksum"] = base64.b64encode(rng.getrandbits(8 * 48).to_bytes(48, "big")).decode()
    it["owner"] = rng.choice(OWNERS)
for it in ITEMS:
    if "{ref}" in it["why"]:
        it["why"] = it["why"].replace("{ref}", it["ref"])
byk = {it["key"]: it for it in ITEMS}

# --------------------------------------------------------------------------------------------
# HMICFRS workbook (CRM "Export to Excel" of a saved view)
os.makedirs(CASE, exist_ok=True)
wb = Workbook()
ws = wb.active
ws.title = "All Recommendations - Staffs"
HEAD = ["(Do Not Modify) Recommendation", "(Do Not Modify) Row Checksum",
        "(Do Not Modify) Modified On", "Reference", "Type", "Recommendation Text",
        "Report Title (Inspection Report)", "Publication Date (Inspection Report)",
        "Reference (Parent Cause of Concern)", "Force Name (Force)", "Status", "Status Reason",
        "Closure Rationale", "Last Reviewed On", "Owner", "Created On"]
ws.append(HEAD)
hm_rows = sorted(ITEMS, key=lambda x: x["modified"], reverse=True)  # view sorted Modified On desc
for r, it in enumerate(hm_rows, start=2):
    it["hrow"] = f"{ws.title}!{r}"
    state, reason = it["hm"]
    rat = rng.choice(RATIONALE[reason]) if state == "Inactive" else None
    if reason == "Superseded" and it["rep"] in ("eff16",):
        rat = ("Superseded by PEEL 2018/19 – see AFIs raised against the force's response to "
               "domestic abuse.")
    parent = byk[it["parent"]]["ref"] if it["parent"] else None
    reviewed = (it["modified"] - dt.timedelta(days=rng.randint(0, 20))).replace(
        hour=0, minute=0, second=0)
    text = it["text"]
    if rng.random() < 0.15:
        text = text + " "  # portal text with trailing space
    ws.append([it["guid"], it["checksum"], it["modified"], it["ref"], it["type"], text,
               REPORTS[it["rep"]][0], dt.datetime.combine(REPORTS[it["rep"]][1], dt.time()),
               parent, FORCE, state, reason, rat, reviewed, it["owner"], it["created"]])
last = ws.max_row
for c in "ABC":
    ws.column_dimensions[c].hidden = True
widths = dict(D=13, E=24, F=90, G=60, H=16, I=16, J=20, K=10, L=24, M=50, N=16, O=24, P=18)
for c, w in widths.items():
    ws.column_dimensions[c].width = w
for row in ws.iter_rows(min_row=2, max_row=last):
    row[2].number_format = "dd/mm/yyyy hh:mm"
    row[7].number_format = "dd/mm/yyyy"
    row[13].number_format = "dd/mm/yyyy"
    row[15].number_format = "dd/mm/yyyy hh:mm"
    row[5].alignment = Alignment(wrap_text=True, vertical="top")
for cell in ws[1]:
    cell.font = Font(bold=True)
ws.freeze_panes = "D2"
ws.auto_filter.ref = f"A1:P{last}"

hs = wb.create_sheet("hiddenSheet")
hs.sheet_state = "hidden"
hs.append(["hmi_recommendation", "{B7E3A1C4-5F2D-4E8A-9C31-0D6F2A7B9E15}",
           "All Recommendations - Staffordshire Police (saved view)", "en-GB",
           "Exported 03/11/2025 09:14", "hmicfrs-monitoring.crm11.dynamics.com"])
hs.append(["statecode", "Active", "Inactive"])
hs.append(["statuscode (Active)"] + ACTIVE_R)
hs.append(["statuscode (Inactive)"] + INACTIVE_R)
hs.append(["hmi_type", REC, AFI_, COC, NATR])
hs.append(["statuscode (all)"] + ACTIVE_R + INACTIVE_R)
for col, ref in (("E", "hiddenSheet!$B$5:$E$5"), ("K", "hiddenSheet!$B$2:$C$2"),
                 ("L", "hiddenSheet!$B$6:$J$6")):
    dv = DataValidation(type="list", formula1=ref, allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"{col}2:{col}{last}")
wb.properties.creator = "Microsoft Dynamics 365"
wb.properties.created = wb.properties.modified = dt.datetime(2025, 11, 3, 9, 14)


def save(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 3, 9, 14, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


save(wb, os.path.join(CASE, "hmicfrs.xlsx"))

# --------------------------------------------------------------------------------------------
# Force tracker: ordinary workbook, title rows, report heading rows, RAG column, key sheet
FD = ["GREEN", "BLUE"]
FO = ["AMBER", "AMBER", "RED"]
LEADS = [x for x in T.LEADS if x]
DONE_WORDS = {"Ready to move to GREEN status.", "Not the force's responsibility to deliver; "
              "dependent upon another organisation.", "Completed. Evidence submitted to HMICFRS "
              "for closure.", "Pending sign off by the chief officer lead.", "Already complete / "
              "believed to be complete within short time scale (and within deadline)."}
for it in ITEMS:
    f = it["force"]
    if it["cat"] == "missing":
        continue
    if "rag" not in f:
        c = it["cat"]
        f["rag"] = (rng.choice(FD) if c in ("submit", "in_sync_closed")
                    else rng.choice(FO))
    if it["cat"] == "in_sync_closed" and f["rag"] == "GREEN":
        f["rag"] = "BLUE"
    if "progress" not in f:
        if f["rag"] in FO:
            p = rng.choice([x for x in T.PROGRESS if x not in DONE_WORDS])
        elif f["rag"] == "GREEN":
            p = rng.choice(["Completed. Evidence submitted to HMICFRS for closure.",
                            "Complete - closure evidence pack with FLL.",
                            "Pending sign off by the chief officer lead.", None])
        else:
            p = rng.choice(["Closed by HMICFRS.", "Closed - confirmed by FLL at liaison "
                            "meeting.", None])
        f["progress"] = p
    if f["rag"] == "WHITE":
        f["progress"] = "Not the force's responsibility to deliver; dependent upon another " \
                        "organisation."

tw = Workbook()
ts = tw.active
ts.title = "HMICFRS Tracker"
ts.append(["Staffordshire Police – HMICFRS Recommendations & Areas for Improvement Tracker"])
ts.append(["Organisational Learning Team | Last updated: 24/10/2025 | OFFICIAL"])
ts.append([])
FH = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
      "Portfolio Lead", "Progress Update", "RAG", "Date submitted for closure"]
ts.append(FH)
FILL = {"RED": "FFC7CE", "AMBER": "FFEB9C", "GREEN": "C6EFCE", "BLUE": "BDD7EE",
        "WHITE": "FFFFFF"}
rep_order = sorted({it["rep"] for it in ITEMS} | {"custody22"}, key=lambda k: REPORTS[k][1])
truth = []
num = 0


def tracker_type(t):
    return {REC: "Recommendation", AFI_: "AFI", COC: "Cause of Concern",
            NATR: "National Rec"}[t]


for rk in rep_order:
    rows = []
    for it in ITEMS:
        f = it["force"]
        if it["cat"] == "missing":
            continue
        if f.get("report", it["rep"]) == rk:
            rows.append(("item", it))
    rows += [("fonly", x) for x in FORCE_ONLY if x[0] == rk]
    rows += [("local", x) for x in LOCAL if x[0] == rk]
    if not rows:
        continue
    title, pub, tname = REPORTS[rk]
    ts.append([f"{tname} (published {pub.strftime('%B %Y')})"])
    ts.cell(ts.max_row, 1).font = Font(bold=True)
    ts.cell(ts.max_row, 1).fill = PatternFill("solid", fgColor="D9D9D9")
    for kind, x in rows:
        if kind == "item":
            it, f = x, x["force"]
            texts_ = f.get("rows") or [f.get("text", it["text"])]
            for j, tx in enumerate(texts_):
                num += 1
                usepub = REPORTS[f.get("report", it["rep"])][1]
                ref = f.get("ref")
                if ref is None and rng.random() < 0.55:
                    ref = it["ref"] if rng.random() < 0.6 else it["ref"].replace("REC-", "")
                if f.get("rows") and j > 0:
                    ref = ref  # same ref on each split row
                date_sub = None
                if f["rag"] in ("GREEN", "BLUE"):
                    date_sub = (it["modified"] - dt.timedelta(days=rng.randint(20, 200))).date()
                lead = rng.choice(LEADS)
                ts.append([num, ref, tname, usepub, f.get("type", tracker_type(it["type"])), tx,
                           lead, f["progress"], f["rag"], date_sub])
                r = ts.max_row
                catmap = dict(in_sync_open="in_sync", in_sync_closed="in_sync",
                              submit="closeable_submit", local="closeable_local",
                              conflict="conflict")
                why = it["why"] or {
                    "in_sync_open": f"HMICFRS {it['hm'][0]}/{it['hm'][1]} (open); force {f['rag']}"
                                    " (open)",
                    "in_sync_closed": f"HMICFRS {it['hm'][0]}/{it['hm'][1]} (closed); force "
                                      f"{f['rag']} (done)",
                    "submit": f"HMICFRS {it['hm'][0]}/{it['hm'][1]} (open); force {f['rag']} "
                              "(done)",
                    "local": f"HMICFRS {it['hm'][0]}/{it['hm'][1]} (closed); force {f['rag']} "
                             "(open)",
                }[it["cat"]]
                if f.get("rows"):
                    why = f"{why}; bullet {j+1} of {len(texts_)}; HMICFRS {it['hm'][0]}/" \
                          f"{it['hm'][1]}, force {f['rag']}"
                truth.append((it["hrow"], f"{ts.title}!{r}", catmap[it["cat"]], why))
                it.setdefault("frows", []).append(r)
        else:
            num += 1
            if kind == "fonly":
                _rk, typ, tx, rag, why = x
                prog = ("Not the force's responsibility to deliver; dependent upon another "
                        "organisation." if rag == "WHITE" else
                        "Custody action plan agreed with HMIP; CCTV upgrade outstanding.")
            else:
                _rk, tx0, pre = x
                typ, tx, rag = "Local action", pre + tx0, rng.choice(["AMBER", "GREEN", "RED"])
                prog, why = rng.choice([p for p in T.PROGRESS[:5]]), "force's own local action"
            ts.append([num, None, tname, pub, typ, tx, rng.choice(LEADS), prog, rag, None])
            truth.append(("", f"{ts.title}!{ts.max_row}", "not_on_hmicfrs_list", why))
    ts.append([])  # blank spacer between report blocks
ts.append(["RAG key on the 'Key' tab. Blue rows are closed by HMICFRS and kept for audit."])
for row in ts.iter_rows(min_row=5, max_row=ts.max_row):
    if isinstance(row[0].value, int):
        row[3].number_format = "dd/mm/yyyy"
        row[9].number_format = "dd/mm/yyyy"
        row[5].alignment = Alignment(wrap_text=True, vertical="top")
        rag = row[8].value
        row[8].fill = PatternFill("solid", fgColor=FILL[rag])
for c in ts[4]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
for c, w in dict(A=6, B=12, C=30, D=12, E=18, F=80, G=26, H=50, I=9, J=14).items():
    ts.column_dimensions[c].width = w
ts.freeze_panes = "A5"
ks = tw.create_sheet("Key")
for line in [["RAG", "Meaning"],
             ["RED", "Beyond deadline or will not be implemented (rationale required)"],
             ["AMBER", "Work ongoing; anticipated will be implemented"],
             ["GREEN", "Implemented – evidence submitted / ready to submit to HMICFRS"],
             ["BLUE", "Closed (HMICFRS confirmed or force closed)"],
             ["WHITE", "Not Staffordshire Police's responsibility to deliver"]]:
    ks.append(line)
tw.properties.creator = "Organisational Learning"
tw.properties.created = tw.properties.modified = dt.datetime(2025, 10, 24, 16, 2)
save(tw, os.path.join(CASE, "tracker.xlsx"))

# missing_from_force
for it in ITEMS:
    if it["cat"] == "missing":
        truth.append((it["hrow"], "", "missing_from_force",
                      f"HMICFRS {it['hm'][0]}/{it['hm'][1]}; no row in the force tracker"))


def rowkey(t):
    h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
    f = int(t[1].split("!")[1]) if t[1] else 0
    return (h, f)


truth.sort(key=rowkey)
with open(os.path.join(CASE, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
print(len(ITEMS), "HMICFRS items;", len(truth), "truth lines")
