"""Build the evaluation case `jira_csv_issue_export`.

Force side: a Jira (Cloud, Jira Work Management "business" project) CSV export, "Export Excel
CSV (all fields)", of the project HMIC "HMICFRS Recommendations" that the force's Strategic
Change & Organisational Learning team moved its Excel tracker into in January 2020.
HMICFRS side: a plain export of the register ("definitive list") for the force.

Run:  /work/main/.venv/bin/python build_jira_csv_issue_export.py
Rebuilds jira_csv_issue_export/ byte for byte (fixed seed, fixed xlsx timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import random
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 26069
HERE = Path(__file__).resolve().parent
CASE = HERE / "jira_csv_issue_export"
TEXTS_DIR = Path("/work/main/reconcile/casegen/texts")


def load_texts():
    """Load the casegen text lists as a stand-alone package (nothing else is imported)."""
    spec = importlib.util.spec_from_file_location(
        "cg_texts", TEXTS_DIR / "__init__.py", submodule_search_locations=[str(TEXTS_DIR)])
    mod = importlib.util.module_from_spec(spec)
    sys.modules["cg_texts"] = mod
    spec.loader.exec_module(mod)
    return mod


T = load_texts()
rng = random.Random(SEED)

FORCE = "Lincolnshire Police"
AREA = "Lincolnshire"
NEIGHBOUR = "Nottinghamshire Police"
REC, AFI, COC, NAT = T.REC, T.AFI, T.COC, T.NAT

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, Jira epic summary or None)
# --------------------------------------------------------------------------------------------
REPORTS = {}
for k, (title, (y, m, d), _items) in T.NATIONAL.items():
    REPORTS[k] = (title, dt.date(y, m, d), T.NATIONAL_TRACKER_NAMES[k][1])
REPORTS["picture"] = (REPORTS["picture"][0], REPORTS["picture"][1], None)  # no epic in Jira
REPORTS.update({
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Eff 16"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19), "NCPI 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 24), "CDI 2019"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020",
               dt.date(2020, 8, 11), "Custody inspection 2020"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 5, 12), "PEEL 21-22"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 dt.date(2024, 5, 16), "PEEL Assessment 2023/24"),
})
ORDER = ["sas13", "everyone", "core", "integrity", "picture", "firearms", "eff16", "stolen",
         "efc17", "leg17", "ncpi18", "peel1819", "cdi19", "cust20", "powers", "peel2122",
         "peel2324"]


def nat(key, i):
    return T.NATIONAL[key][2][i]


def tb(i, topic):
    return T.TOPIC_BODIES[i].format(t=topic)


def body(i):
    return T.BODIES[i].format(area=AREA, neighbour=NEIGHBOUR)


def find_body(prefix):
    for b in T.BODIES:
        if b.startswith(prefix):
            return b.format(area=AREA, neighbour=NEIGHBOUR)
    raise KeyError(prefix)


def find_tb(prefix, topic):
    for b in T.TOPIC_BODIES:
        if b.startswith(prefix):
            return b.format(t=topic)
    raise KeyError(prefix)


def cause(prefix):
    for c in T.CAUSES:
        if c.startswith(prefix):
            return c.format(force=FORCE, neighbour=NEIGHBOUR)
    raise KeyError(prefix)


# --------------------------------------------------------------------------------------------
# HMICFRS items. Each: report, type, text, plan (category code), force spec.
# Category codes: S in_sync (open/open), SC in_sync (closed/done), CS closeable_submit,
# CL closeable_local, CF conflict, M missing_from_force.
# Force spec keys: st (Jira status), res (resolution override), short (summary words),
# desc (description style), ref (True: HMICFRS ref field filled), extra trap flags.
# --------------------------------------------------------------------------------------------
ITEMS = []


def item(rep, typ, text, plan, **force):
    ITEMS.append(dict(rep=rep, typ=typ, text=text, plan=plan, f=force))


# ---- national ---------------------------------------------------------------------------
item("sas13", NAT, nat("sas13", 0)[1], "SC", st="Done", short="S&S APP - specification of effective and fair use")
item("sas13", NAT, nat("sas13", 1)[1], "CL", st="In Progress", short="Monitoring of the way officers stop and search people")
item("sas13", NAT, nat("sas13", 2)[1], "SC", st="Done", hm="Superseded", short="Explain S&S use to public / community scrutiny of records")
item("everyone", NAT, nat("everyone", 0)[1], "SC", st="Done", short="Publish DA action plan", runon=True)
item("core", NAT, nat("core", 0)[1], "CS", st="Submitted to HMICFRS", short="THRIVE - call-handler criteria for threat, harm and risk")
item("core", NAT, nat("core", 1)[1], "CL", st="Reopened", short="Crime prevention/disruption activity recorded and evaluated", reopened=True)
item("integrity", NAT, nat("integrity", 0)[1], "SC", st="Done", short="Misconduct NFA outcomes fair and free of discrimination")
item("picture", NAT, nat("picture", 0)[1], "M")
item("firearms", NAT, nat("firearms", 0)[1], "SC", st="Done", short="Firearms licensing: governance against APP")
item("firearms", NAT, nat("firearms", 1)[1], "CS", st="Done", short="Firearms licensing: demand and capacity", clone_src=True)
item("firearms", NAT, nat("firearms", 2)[1], "CL", st="Allocated", short="Firearms licensing: 'total expired' records")
item("firearms", NAT, nat("firearms", 3)[1], "S", st="In Progress", short="Firearms licensing: temporary permits", clone=True)
item("firearms", NAT, nat("firearms", 4)[1], "CS", st="Awaiting sign-off", short="Firearms licensing: certificate holder flags on incidents", clone=True)
item("stolen", NAT, nat("stolen", 0)[1], "S", st="In Progress", short="MSHT leadership and governance review", subtasks="sf_bullets")
item("stolen", NAT, nat("stolen", 1)[1], "CF", st="In Progress", short="MSHT - ISAs with partner agencies (12 months)", conflict="timescale")
item("stolen", NAT, nat("stolen", 2)[1], "SC", st="Done", short="MSHT - section 45 defence")
item("stolen", NAT, nat("stolen", 3)[1], "S", st="In Progress", short="MSHT - NRM compliance and duty to notify", subtasks="nrm_actions")
item("stolen", NAT, nat("stolen", 4)[1], "CS", st="Done", res="", short="MSHT - NCRS compliance and FCR audit capacity")
item("stolen", NAT, nat("stolen", 5)[1], "M")
item("stolen", NAT, nat("stolen", 6)[1], "S", st="To Do", short="MSHT - use of preventative orders")
item("efc17", NAT, nat("efc17", 0)[1], "CL", st="In Progress", hm="Superseded", short="Digital services plan")
item("leg17", COC, nat("leg17", 0)[1], "S", st="In Progress", short="Stop and search - fairness and over-representation")
item("leg17", NAT, nat("leg17", 1)[1], "CF", st="In Progress", short="S&S monitoring data set", conflict="bullet")
item("leg17", NAT, nat("leg17", 2)[1], "CS", st="Submitted to HMICFRS", short="S&S disparities - research and action", orphan=True)
item("leg17", NAT, nat("leg17", 3)[1], "CL", st="In Progress", short="Publish S&S analysis annually")
item("leg17", NAT, nat("leg17", 4)[1], "SC", st="Done", short="Unconscious bias and APP training for S&S officers")
item("powers", NAT, nat("powers", 0)[1], "S", st="In Progress", short="Communication skills training (conflict management)")
item("powers", NAT, nat("powers", 1)[1], "CS", st="Awaiting sign-off", short="CPD - communication skills and BWV debriefs")
item("powers", NAT, nat("powers", 2)[1], "S", st="In Progress", short="BWV - record S&S encounters, review footage, scrutiny panel access")
item("powers", NAT, nat("powers", 3)[1], "CS", st="Closed", res="Won't Do", short="HO/NPCC - use of force data quality", hm="Awaiting review")
item("powers", NAT, nat("powers", 4)[1], "CS", st="Done", short="Use of force - internal monitoring of disproportionality")

# ---- force level -------------------------------------------------------------------------
item("eff16", COC, cause("The force's response to domestic abuse"), "SC", st="Done", hm="Superseded", short="CoC - DA risk assessment (DASH)")
item("eff16", REC, "Immediately, the force should " + find_body("take steps to ensure that there is effective supervision") + ".",
     "CL", st="In Progress", hm="Superseded", short="Supervision of initial DASH risk assessment")
item("eff16", REC, "Within three months, the force should " + find_body("cease the practice") + ".",
     "SC", st="Done", short="Stop telephone DA risk assessments in resolution centre")
item("eff16", COC, cause("The force’s response to missing and absent children"), "CL", st="In Progress", hm="Superseded", short="CoC - missing and absent children")
item("eff16", REC, "HMIC recommends that within six months the force should: " + find_body("review its approach to reports of missing children") + ";",
     "SC", st="Done", hm="Superseded", short="Missing children - call takers, CSE risk factors, supervision")
item("ncpi18", REC, "Within six months, the force should " + find_tb("improve how it gathers", "child sexual exploitation") + ".",
     "CL", st="In Progress", short="CSE intelligence")
item("ncpi18", REC, "Within three months, the force should " + find_tb("make sure officers and staff have the training", "missing children") + ".",
     "S", st="In Progress", short="Training - missing children")
item("ncpi18", REC, "Within twelve months, the force should " + find_tb("make sure it has enough specialist", "online child sexual abuse") + ".",
     "CS", st="Submitted to HMICFRS", short="Online CSA - specialist capacity (POLIT)")
item("ncpi18", REC, "Within six months, the force should " + find_tb("improve how it works with partner", "child sexual exploitation") + ".",
     "CL", st="To Do", short="CSE - partnership safeguarding")
item("ncpi18", REC, "Within six months, the force should " + find_tb("make sure victims of", "sexual offences against children") + ".",
     "M")
item("peel1819", COC, cause("The force does not have the capacity"), "S", st="In Progress", short="CoC - capacity and capability to investigate crime")
item("peel1819", REC, "HMIC recommends that within six months the force should: " + find_body("improve its ability to retrieve digital evidence") + ";",
     "S", st="In Progress", short="Digital evidence retrieval (DFU backlog)")
item("peel1819", REC, "HMIC recommends that within six months the force should: " + find_body("improve its understanding of suspects released") + ";",
     "CL", st="In Progress", short="RUI and bail management")
item("peel1819", AFI, "The force should " + find_body("ensure regular and active supervision") + ".",
     "SC", st="Done", short="Supervision of investigations recorded")
item("peel1819", AFI, "The force should " + find_body("consider ways of increasing the use of arrest") + ".",
     "CS", st="Done", short="DA - arrest rates and ancillary orders")
item("peel1819", AFI, "The force should " + find_body("undertake further work to gain a fuller understanding") + ".",
     "CF", st="In Progress", short="Demand - current and future", conflict="ref")
item("cdi19", REC, "Within three months, the force should " + T.CDI_VICTIMS_BODY + ".",
     "S", st="In Progress", short="CDI - victim believed, incident logs, multiple crimes, ABE/medicals, online reports", subtasks="cdi_bullets")
item("cdi19", AFI, "The force should " + find_body("improve its use of its crime-recording") + ".",
     "SC", st="Done", short="Niche - case file and investigation management")
item("cdi19", REC, "Immediately, the force should " + find_body("take steps to ensure it fully complies with national crime") + ".",
     "CS", st="Awaiting sign-off", short="NCRS compliance - MSHT offences")
item("cdi19", AFI, FORCE + " should " + find_tb("make sure it records reports of", "rape and serious sexual offences") + ".",
     "S", st="In Progress", short="RASSO crime recording")
item("cust20", REC, "Within six months the force should " + find_body("in conjunction with children’s social care") + ".",
     "S", st="In Progress", short="Detention of children in custody")
item("cust20", AFI, "The force should " + find_tb("make sure officers and staff have the training", "people with mental ill health") + ".",
     "SC", st="Done", short="Custody - mental health training")
item("peel2122", COC, cause("The size of the vetting backlog"), "S", st="In Progress", short="CoC - vetting backlog")
item("peel2122", REC, "Within six months the force should " + find_body("ensure all staff have received at least") + ".",
     "CS", st="Submitted to HMICFRS", short="Vetting - clear backlog and renewals")
item("peel2122", AFI, "The force should " + find_body("ensure that it has sufficient resources available in the control room") + ".",
     "S", st="In Progress", short="FCC resourcing and wellbeing")
item("peel2122", AFI, "The force should " + find_body("make sure the corporate risk register") + ".",
     "CL", st="In Progress", short="Corporate risk register")
item("peel2122", AFI, "The force should " + find_body("make sure it provides a confidential way") + ".",
     "CS", st="Done", short="Confidential reporting / whistleblowing")
item("peel2122", AFI, "The force should " + find_body("develop a clear prevention strategy") + ".",
     "CF", st="In Progress", short="Prevention strategy - those most at risk", conflict="type")
item("peel2122", AFI, "The force should " + find_tb("make sure investigations of", "stalking and harassment") + ".",
     "S", st="In Progress", short="Stalking and harassment - allocation and supervision")
item("peel2122", AFI, "The force should " + find_tb("improve how it gathers", "hate crime") + ".", "M")
item("peel2122", AFI, "The force should " + find_tb("make sure victims of", "domestic abuse") + ".",
     "S", st="To Do", short="DA victims kept updated (VCOP)")
item("peel2122", AFI, "The force should " + find_body("review how it gathers and uses equality") + ".",
     "SC", st="Done", short="Workforce equality and diversity data")
item("peel2122", AFI, FORCE + " should " + find_tb("evaluate its work to prevent", "knife crime") + ".",
     "CS", st="Awaiting sign-off", short="Knife crime prevention - evaluation")
item("peel2324", AFI, "The force should " + find_tb("make sure its performance framework", "violence against women and girls") + ".",
     "CF", st="In Progress", short="VAWG performance framework", conflict="report")
item("peel2324", AFI, "The force should " + find_body("improve the supervision of investigations") + ".",
     "S", st="In Progress", short="Investigation plans and supervision")
item("peel2324", AFI, "The force should " + find_tb("make sure it consistently uses ancillary orders", "county lines drug dealing") + ".",
     "S", st="Allocated", short="County lines - ancillary orders")
item("peel2324", AFI, "The force should " + find_tb("improve the timeliness", "fraud") + ".",
     "S", st="To Do", short="Fraud - timeliness of response")
item("peel2324", AFI, "The force should " + find_tb("make sure it has enough specialist", "rape and serious sexual offences") + ".",
     "S", st="In Progress", short="RASSO specialist capacity (Op Soteria)")
item("peel2324", AFI, "The force should " + find_tb("develop a problem-solving approach", "anti-social behaviour") + ".", "M")
item("peel2324", AFI, "The force should " + find_body("make sure it provides accessible information") + ".",
     "CS", st="Done", short="Accessible info on raising concerns")
item("peel2324", AFI, "The force should " + find_body("develop a future workforce plan") + ".",
     "S", st="In Progress", short="Workforce plan aligned to demand and budget")
item("peel2324", AFI, "The force should " + find_tb("improve its understanding of the nature", "road harm") + ".", "M")
item("peel2324", AFI, "The force should " + find_tb("improve the timeliness", "domestic abuse") + ".",
     "S", st="In Progress", short="DA - timeliness of response")

assert len(ITEMS) == 74, len(ITEMS)

# HMICFRS closed status and open status per item
for it in ITEMS:
    f = it["f"]
    if it["plan"] in ("SC", "CL"):
        it["hm"] = f.get("hm", "Complete")
    else:
        pub = REPORTS[it["rep"]][1]
        it["hm"] = f.get("hm", "Awaiting review" if pub.year >= 2024 else "Being progressed")

# --------------------------------------------------------------------------------------------
# HMICFRS register ids: plain integers, unique, increasing with publication
# --------------------------------------------------------------------------------------------
ITEMS.sort(key=lambda it: (REPORTS[it["rep"]][1], ORDER.index(it["rep"])))
nxt = 1040
last_rep = None
for it in ITEMS:
    if it["rep"] != last_rep:
        pub = REPORTS[it["rep"]][1]
        nxt = max(nxt + rng.randint(60, 400), 1000 + (pub.year - 2013) * 780 + rng.randint(0, 120))
        last_rep = it["rep"]
    else:
        nxt += rng.randint(1, 9)
    it["id"] = nxt
ALL_IDS = {it["id"] for it in ITEMS}
# register ids of items HMICFRS has since taken off the force's list (still in Jira):
# PEEL efficiency 2015 (Nov 2015) x2 and crime data integrity 2014 (Nov 2014)
OLD_REFS = [3204, 3207, 2064]
assert not set(OLD_REFS) & ALL_IDS

# --------------------------------------------------------------------------------------------
# HMICFRS file
# --------------------------------------------------------------------------------------------
LIST_DATE = dt.date(2025, 2, 12)


def hm_status_date(it):
    pub = REPORTS[it["rep"]][1]
    if it["hm"] in ("Complete", "Superseded"):
        span = (dt.date(2024, 6, 30) - pub).days
        return pub + dt.timedelta(days=rng.randint(min(200, span), span))
    if it["hm"] == "Awaiting review":
        return pub + dt.timedelta(days=rng.randint(3, 20))
    return pub + dt.timedelta(days=rng.randint(30, 400 if pub.year < 2022 else 200))


def save_fixed(wb, path, stamp=dt.datetime(2025, 2, 12, 9, 30, 0)):
    wb.properties.creator = "HMICFRS"
    wb.properties.created = stamp
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-02-12T09:30:00Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build_hmicfrs():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    head = ["ID", "Force", "Report", "Date published", "Type", "Recommendation / area for improvement",
            "Status", "Status date"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    for n, it in enumerate(ITEMS, start=2):
        title, pub, _ = REPORTS[it["rep"]]
        it["hm_row"] = f"Definitive list!{n}"
        ws.append([it["id"], FORCE, title, pub, it["typ"], it["text"], it["hm"], hm_status_date(it)])
        ws.cell(n, 4).number_format = "dd/mm/yyyy"
        ws.cell(n, 8).number_format = "dd/mm/yyyy"
        ws.cell(n, 6).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", (8, 20, 48, 14, 24, 90, 18, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{len(ITEMS) + 1}"
    save_fixed(wb, CASE / "hmicfrs.xlsx")


# --------------------------------------------------------------------------------------------
# Jira side
# --------------------------------------------------------------------------------------------
PEOPLE = ["Sarah Whitfield", "Mark Dunmore", "Priya Kaur", "James Holloway", "Claire Ashby",
          "Tom Brereton", "Helen Marsh", "Daniel Okafor", "Rachel Pike", "Gareth Lowe",
          "Nicola Fenwick", "Stuart Ingram"]
ANALYST = "Emma Caldwell"          # the OL analyst who set the project up and imports
ACCOUNTS = {}


def account(name):
    if name not in ACCOUNTS:
        ACCOUNTS[name] = "5" + "".join(rng.choice("0123456789abcdef") for _ in range(23))
    return ACCOUNTS[name]


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def jdt(d: dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{d.day:02d}/{MONTHS[d.month - 1]}/{d.year % 100:02d} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def at(day: dt.date, lo=8, hi=17):
    return dt.datetime(day.year, day.month, day.day, rng.randint(lo, hi - 1), rng.randint(0, 59))


IMPORT_DAY = dt.date(2020, 1, 14)
EXPORT_DAY = dt.date(2025, 2, 10)

COMPONENTS = [
    (("domestic abuse", "DASH", "missing", "child", "CSE", "exploitation", "vulnerab"), "Public Protection"),
    (("modern slavery", "NRM", "section 45", "MSHT"), "Public Protection"),
    (("stop and search", "use of force", "body-worn", "communication skills", "disparit", "stop search"), "Operational Support"),
    (("firearm", "expired", "temporary permits"), "Firearms Licensing"),
    (("vetting", "misconduct", "whistleblowing", "raise concerns", "confidential"), "Professional Standards"),
    (("crime-record", "NCRS", "crime recording", "records reports"), "Crime Standards (FCR)"),
    (("control room", "call-handler", "call handlers", "calls for service"), "Force Control Centre"),
    (("workforce", "equality", "skills"), "People Directorate"),
    (("risk register", "demand", "digital", "performance", "information management", "savings"), "Corporate Development"),
    (("custody", "detention"), "Criminal Justice"),
    (("investigat", "digital evidence", "released under", "fraud", "rape", "stalking", "county lines",
      "knife", "prevention", "anti-social", "road harm", "ancillary"), "Crime & Operations"),
]

LEAD_FOR = {
    "Public Protection": "Ch Supt Public Protection", "Operational Support": "ACC Local Policing",
    "Firearms Licensing": "Supt Firearms Licensing", "Professional Standards": "Head of Professional Standards",
    "Crime Standards (FCR)": "Force Crime Registrar", "Force Control Centre": "Supt Contact Centre",
    "People Directorate": "Director of People", "Corporate Development": "Head of Corporate Development",
    "Criminal Justice": "Ch Insp Custody", "Crime & Operations": "Det Ch Supt Force CID",
}


REPORT_COMPONENT = {"stolen": "Public Protection", "leg17": "Operational Support",
                    "sas13": "Operational Support", "powers": "Operational Support",
                    "firearms": "Firearms Licensing", "cust20": "Criminal Justice"}


def component_for(text, rep=None):
    if rep in REPORT_COMPONENT:
        return REPORT_COMPONENT[rep]
    low = text.lower()
    for keys, comp in COMPONENTS:
        if any(k.lower() in low for k in keys):
            return comp
    return "Corporate Development"


OPEN_NOTES = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and communications plan is now completed.",
    "Addressed holistically as part of the force change programme.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Owner changed following restructure - new lead to provide update for next Organisational Learning Board.",
    "Update chased 3 times, none received. Escalated to DCC's staff officer.",
    "Draft policy out for consultation with Unison and the Federation, closes end of month.",
    "Awaiting allocation.",
    "Dip sample booked with Crime Standards for next quarter; results will go to OLB.",
]
DONE_NOTES = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Closure pack on the OL SharePoint library; agreed at Organisational Learning Board.",
    "The policy is now signed off and in place with an implementation date of the end of October.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Agreed complete at OLB - closing the ticket.",
]


def wiki_bullets(text):
    """HMICFRS bullets as Jira wiki list items."""
    t = text.replace("\n\n", "\n")
    t = re.sub(r"\s*•\s*", "\n* ", t)
    t = re.sub(r"\n+", "\r\n", t)
    return t.strip()


def abbreviate(text, n):
    subs = [a for a in T.ABBREVIATIONS if a[1] != "&" and re.search(a[0], text, re.I)]
    rng.shuffle(subs)
    for pat, rep in subs[:n]:
        text = re.sub(pat, lambda m, r=rep: r[0].upper() + r[1:] if m.group(0)[0].isupper() else r,
                      text, flags=re.I)
    return text


def misspell(text):
    keys = [k for k in T.MISSPELLINGS if k in text]
    if keys:
        k = rng.choice(keys)
        text = text.replace(k, T.MISSPELLINGS[k], 1)
    return text


def make_desc(it, style):
    text = it["ftext"]
    if style == "blank":
        return ""
    if style == "plain":
        return text.replace("\n", "\r\n")
    if style == "quote":
        return "{quote}" + wiki_bullets(text) + "{quote}"
    if style == "heading":
        return "h3. HMICFRS wording\r\n" + wiki_bullets(text) + "\r\n\r\nh3. Force response\r\n" + \
            rng.choice(["Lead to complete.", "See comments.", "Plan on a page attached to the epic.",
                        "Owner to upload evidence to the closure library when complete."])
    if style == "own":
        return "*Summary:* " + abbreviate(text, 2) + "\r\n\r\n_Source: HMICFRS report, see epic._"
    raise ValueError(style)


STATUS_CAT = {"To Do": "To Do", "Allocated": "To Do", "In Progress": "In Progress",
              "Reopened": "In Progress", "Awaiting sign-off": "In Progress",
              "Submitted to HMICFRS": "In Progress", "Done": "Done", "Closed": "Done"}
FORCE_DONE = {"Awaiting sign-off", "Submitted to HMICFRS", "Done", "Closed"}

ISSUES = []          # every Jira row, epics included
ISSUE_SEQ = [0]


def new_issue(**kw):
    ISSUE_SEQ[0] += 1
    kw.setdefault("labels", [])
    kw.setdefault("components", [])
    kw.setdefault("comments", [])
    kw.setdefault("fix", [])
    kw.setdefault("watchers", [])
    ISSUES.append(kw)
    return kw


def created_for(pub):
    if pub < IMPORT_DAY:
        return dt.datetime(2020, 1, 14, 10, 31 + ISSUE_SEQ[0] // 40, 0)
    return at(pub + dt.timedelta(days=rng.randint(14, 45)))


# force-side text for each item (usually verbatim; conflicts change it)
for it in ITEMS:
    t = it["text"]
    f = it["f"]
    if f.get("conflict") == "timescale":
        t = T.MSHT_INTEL.replace("Within six months", "Within twelve months")
    elif f.get("conflict") == "bullet":
        t = t.split("; and •the prevalence")[0] + "."
        t = t.replace("; •the extent", "; and •the extent")
    elif it["rep"] == "stolen" and "intelligence 86" in t:
        t = t.replace(" 86 ", " ")
    if f.get("runon"):
        t = T.EVERYONE_PLAN_RUN_ON.replace(" and 20\n", " and\n")
    it["ftext"] = t

EPICS = {}


def epic_for(rep):
    if rep not in EPICS:
        title, pub, name = REPORTS[rep]
        created = created_for(pub)
        EPICS[rep] = new_issue(kind="epic", summary=name, itype="Epic", created=created,
                               desc=f"{title}\r\nPublished {pub.day} {MONTHS[pub.month - 1]} {pub.year}.",
                               status="In Progress", assignee=ANALYST, reporter=ANALYST,
                               labels=["HMICFRS"] + (["national"] if rep in T.NATIONAL else []))
    return EPICS[rep]


def other_epic(name, created, desc):
    return new_issue(kind="epic", summary=name, itype="Epic", created=created, desc=desc,
                     status="In Progress", assignee=ANALYST, reporter=ANALYST, labels=["HMICFRS"])


def label_for(it):
    title, pub, _ = REPORTS[it["rep"]]
    labs = []
    if it["rep"] in T.NATIONAL:
        labs.append("national")
    elif it["rep"].startswith("peel"):
        labs.append("PEEL")
    if it["typ"] == COC:
        labs.append("CoC")
    if pub < IMPORT_DAY:
        labs.append("migrated_from_excel")
    if any(k in it["text"].lower() for k in ("domestic abuse", "child", "vulnerab", "missing", "slavery")):
        labs.append("vulnerability")
    return labs[:3]


def subtask_specs(kind, parent):
    if kind == "sf_bullets":
        bullets = [b.strip(" ;") for b in T.SF_LEADERSHIP.split("\n• ")[1:]]
        names = ["senior leaders prioritise MSHT", "every MSHT incident resourced to investigate",
                 "partnership arrangements - share info and safeguard victims",
                 "performance and QA measures for senior leaders"]
        sts = ["Done", "In Progress", "Done", "In Progress"]
        bullets = [re.sub(r";? and$", "", b).rstrip(".") + "." for b in bullets]
        return [(f"Bullet {i + 1} - {n}", b, s) for i, (n, b, s) in enumerate(zip(names, bullets, sts))]
    if kind == "cdi_bullets":
        bullets = [b.strip(" ;").replace("and", "and", 1) for b in T.CDI_VICTIMS_BODY.split("\n• ")[1:]]
        bullets = [re.sub(r";? and$", "", b) for b in bullets]
        names = ["victims believed at point of report", "call summaries accurate in incident log",
                 "multiple crimes recorded", "stop waiting for medicals / ABE before recording",
                 "online reports triaged on receipt"]
        sts = ["Done", "Done", "In Progress", "Done", "In Progress"]
        return [(f"({'abcde'[i]}) {n}", b, s) for i, (n, b, s) in enumerate(zip(names, bullets, sts))]
    if kind == "nrm_actions":
        return [("Deliver refresher training on the NRM process to all response and neighbourhood officers",
                 "Local action to support the NRM recommendation. NCALT package plus briefing at shift handovers.", "Done"),
                ("Add NRM referral and duty-to-notify measures to the monthly Force Performance pack",
                 "Performance team to build measure; first report due at next Force Performance Board.", "In Progress")]
    raise ValueError(kind)


def resolution_for(status):
    return {"Done": "Done", "Closed": "Done"}.get(status, "")


def comments_for(status, created, lead, comp):
    """0-3 progress comments in time order, the way owners and the OL team leave them."""
    out = []
    n = rng.randint(0, 3)
    when = created
    notes = [x for x in OPEN_NOTES if x != "Awaiting allocation."
             and (comp == "Public Protection" or "Vulnerability" not in x)]
    rng.shuffle(notes)
    for i in range(n):
        when = at((when + dt.timedelta(days=rng.randint(40, 200))).date())
        if when.date() >= EXPORT_DAY - dt.timedelta(days=3):
            break
        if i == 0:
            text = "Awaiting allocation." if status in ("To Do", "Allocated") and n == 1 else f"Allocated to {lead}."
        else:
            text = notes[i]
        out.append([when, ANALYST if i == 0 else rng.choice(PEOPLE), text])
    return out


CLONE_SRC = {}
DESC_STYLES = ["plain"] * 4 + ["quote"] * 3 + ["heading"] * 3 + ["own"] * 2 + ["blank"] * 2


def build_force_issue(it):
    f = it["f"]
    title, pub, _ = REPORTS[it["rep"]]
    epic = None if f.get("orphan") or REPORTS[it["rep"]][2] is None else epic_for(it["rep"])
    if f.get("conflict") == "report":
        epic = epic_for("peel2122")
    created = created_for(pub)
    comp = component_for(it["text"], it["rep"])
    lead = LEAD_FOR[comp]
    itype = {REC: "Recommendation", NAT: "Recommendation", AFI: "AFI", COC: "Cause for concern"}[it["typ"]]
    if f.get("conflict") == "type":
        itype = "Recommendation"
    status = f["st"]
    res = f.get("res", resolution_for(status))
    style = rng.choice(DESC_STYLES)
    if f.get("conflict") in ("timescale", "bullet") or f.get("subtasks") or f.get("clone") or f.get("clone_src"):
        style = rng.choice(["plain", "quote", "heading"])
    if f.get("conflict") == "ref":
        style = "plain"
    desc = make_desc(it, style)
    summary_prefix = ""
    summary = f["short"]
    if f.get("clone"):
        summary = "CLONE - " + summary
    # a few teams pasted the whole text into Summary and trimmed it to Jira's 255-char limit
    if style == "blank" and len(it["ftext"]) > 200:
        flat = re.sub(r"\s+", " ", it["ftext"]).strip()
        summary = flat if len(flat) <= 255 else flat[:254].rstrip() + "…"
    ref = None
    if rng.random() < 0.72 or f.get("conflict") == "ref" or f.get("clone"):
        ref = it["id"]
    if f.get("conflict") == "ref":
        s = str(it["id"])
        typo = int(s[:-2] + s[-1] + s[-2])
        assert typo not in ALL_IDS and typo != it["id"]
        ref = typo
        it["typo_ref"] = typo
    comments = comments_for(status, created, lead, comp)
    resolved = None
    if status in FORCE_DONE:
        last = comments[-1][0] if comments else created
        when = at((last + dt.timedelta(days=rng.randint(20, 120))).date())
        if when.date() >= EXPORT_DAY:
            when = at(EXPORT_DAY - dt.timedelta(days=rng.randint(5, 30)))
        note = {"Submitted to HMICFRS": f"Closure pack submitted to HMICFRS FLL on {when.day} {MONTHS[when.month - 1]} {when.year}. Awaiting HMICFRS decision.",
                "Awaiting sign-off": f"Evidence collated - with {lead} for sign-off before submission to HMICFRS.",
                "Closed": "Not the force's responsibility to deliver; dependent upon another organisation (Home Office / NPCC). Closed on Jira - to be raised with FLL.",
                "Done": rng.choice(DONE_NOTES)}[status]
        comments.append([when, ANALYST if status != "Awaiting sign-off" else rng.choice(PEOPLE), note])
        if status in ("Done", "Closed"):
            resolved = when + dt.timedelta(minutes=rng.randint(1, 50))
    if not res:
        resolved = None
    if f.get("reopened"):
        resolved = dt.datetime(2021, 3, 9, 14, 12)
        res = "Done"
        comments = [[dt.datetime(2021, 3, 9, 14, 5), ANALYST, "Agreed complete at OLB - closing the ticket."],
                    [dt.datetime(2023, 6, 12, 10, 44), "Rachel Pike",
                     "Reopened following internal audit (crime prevention, audit plan 2022/23): evaluation of disruption tactics not evidenced. New action plan required."]]
    rag = {"Done": "Blue", "Closed": "Blue", "Submitted to HMICFRS": "Green", "Awaiting sign-off": "Green",
           "In Progress": rng.choice(["Amber", "Amber", "Red"]), "To Do": "Red", "Allocated": "Amber",
           "Reopened": "Red"}[status]
    if rng.random() < 0.3:
        rag = ""
    labels = label_for(it)
    if f.get("conflict") == "report":
        labels = [l for l in labels if l != "PEEL"]
    due = None
    m = re.search(r"Within (three|six|twelve) months", it["ftext"])
    if m:
        due = pub + dt.timedelta(days={"three": 91, "six": 182, "twelve": 365}[m.group(1)])
    elif it["typ"] == AFI:
        due = pub + dt.timedelta(days=365) if rng.random() < 0.6 else None
    fix = ["JAC Mar 25"] if status in ("Awaiting sign-off", "Submitted to HMICFRS") and rng.random() < 0.7 else []
    iss = new_issue(kind="item", item=it, summary=summary, itype=itype, created=created,
                    desc=desc, status=status, res=res, resolved=resolved, parent=epic,
                    assignee=rng.choice(PEOPLE), reporter=ANALYST, lead=lead, rag=rag, ref=ref,
                    labels=labels, components=[comp], comments=comments, due=due, fix=fix,
                    priority="High" if it["typ"] == COC else rng.choice(["Medium", "Medium", "Low", "High"]),
                    watchers=[ANALYST])
    it["issue"] = iss
    if f.get("clone_src"):
        CLONE_SRC["firearms"] = iss
    if f.get("subtasks"):
        iss["subtasks"] = []
        for j, (ssum, sdesc, sst) in enumerate(subtask_specs(f["subtasks"], iss)):
            sc = created + dt.timedelta(days=rng.randint(1, 20), minutes=j)
            scom = []
            sres = resolution_for(sst)
            sresolved = None
            if sst == "Done":
                w = at((sc + dt.timedelta(days=rng.randint(60, 500))).date())
                if w.date() >= EXPORT_DAY:
                    w = at(EXPORT_DAY - dt.timedelta(days=40))
                scom.append([w, rng.choice(PEOPLE), rng.choice(DONE_NOTES[1:])])
                sresolved = w
            sub = new_issue(kind="sub", item=it, summary=ssum, itype="Sub-task", created=sc,
                            desc=sdesc, status=sst, res=sres, resolved=sresolved, parent=iss,
                            assignee=rng.choice(PEOPLE), reporter=ANALYST, lead=lead, rag="",
                            ref=None, labels=[], components=[comp], comments=scom, due=None,
                            priority="Medium")
            iss["subtasks"].append(sub)
    return iss


# ---- create issues in creation order (by report publication) -----------------------------
local_specs = []
for rep in ORDER:
    pub = REPORTS[rep][1]
    rep_items = [it for it in ITEMS if it["rep"] == rep and it["plan"] != "M"]
    if pub >= dt.date(2015, 9, 1) and rep == "eff16":
        pass
    if rep == "eff16":
        # the archive epics of items HMICFRS has since taken off its list (imported Jan 2020)
        e15 = other_epic("PEEL Efficiency 2015", dt.datetime(2020, 1, 14, 10, 32),
                         "PEEL: Police efficiency 2015\r\nPublished October 2015.")
        local_specs.append(("old", e15, REC, "PEEL: Police efficiency 2015",
                            "The force should " + find_body("develop its understanding of the links") + ".",
                            "Outcomes, outputs and costs", "Done", OLD_REFS[0]))
        local_specs.append(("old", e15, AFI, "PEEL: Police efficiency 2015",
                            "The force should " + find_body("improve its arrangements both to consult") + ".",
                            "Public consultation on business planning", "In Progress", OLD_REFS[1]))
        e14 = other_epic("CDI 2014", dt.datetime(2020, 1, 14, 10, 32),
                         "Crime data integrity inspection 2014")
        local_specs.append(("old", e14, REC, "Crime data integrity inspection 2014",
                            "Immediately, the force should " + find_body("revise its approach to cautions") + ".",
                            "Out of court disposals - offender explanation and victim views", "Done", OLD_REFS[2]))
        for kind, ep, typ, rtitle, text, short, st, oldref in local_specs:
            created = dt.datetime(2020, 1, 14, 10, 33)
            comp = component_for(text)
            resolved = dt.datetime(2020, 1, 14, 10, 33) if st == "Done" else None
            new_issue(kind="old", summary=short, itype="AFI" if typ == AFI else "Recommendation",
                      created=created, desc=text, status=st, res=resolution_for(st), resolved=resolved,
                      parent=ep, assignee=rng.choice(PEOPLE), reporter=ANALYST, lead=LEAD_FOR[comp],
                      rag="Blue" if st == "Done" else "Amber", ref=oldref,
                      labels=["migrated_from_excel"], components=[comp],
                      comments=[] if st == "Done" else [[dt.datetime(2022, 11, 3, 15, 2), "Gareth Lowe",
                                                         "Consultation approach refreshed with OPCC - see Engagement Strategy 2022-25."]],
                      due=None, priority="Low", why_old=rtitle)
        local_specs = []
    if REPORTS[rep][2] is not None and rep_items:
        epic_for(rep)
    for it in rep_items:
        if it["f"].get("conflict") == "report":
            continue  # created later, when the 2023/24 report came out
        build_force_issue(it)
    if rep == "peel2122":
        # local action filed under the PEEL 21-22 epic
        new_issue(kind="local", summary="Local action: Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime Standards Board",
                  itype="Task", created=at(dt.date(2022, 9, 5)), desc="Agreed at Crime Standards Board in response to the PEEL 21-22 findings on DA.",
                  status="In Progress", res="", resolved=None, parent=EPICS["peel2122"], assignee="Priya Kaur",
                  reporter=ANALYST, lead="Force Crime Registrar", rag="Amber", ref=None, labels=["local_action"],
                  components=["Crime Standards (FCR)"], comments=[[dt.datetime(2024, 7, 2, 11, 20), "Priya Kaur", "Q1 dip sample done (48 of 50 compliant). Q2 booked."]],
                  due=None, priority="Medium")
    if rep == "cdi19":
        new_issue(kind="local", summary="Task & Finish group to review the rape and serious sexual offences policy and report to the Force Executive Team",
                  itype="Task", created=at(dt.date(2019, 11, 20)) if False else dt.datetime(2020, 1, 14, 10, 36),
                  desc="Force action arising from the CDI 2019 debrief (not an HMICFRS recommendation).",
                  status="Done", res="Done", resolved=dt.datetime(2020, 9, 30, 16, 45), parent=EPICS["cdi19"],
                  assignee="Helen Marsh", reporter=ANALYST, lead="Ch Supt Public Protection", rag="Blue", ref=None,
                  labels=["local_action", "migrated_from_excel"], components=["Public Protection"],
                  comments=[[dt.datetime(2020, 9, 30, 16, 40), "Helen Marsh", "Policy rewritten and presented to FET 29/09."]],
                  due=None, priority="Medium")
    if rep == "peel2324":
        fip = other_epic("Force Improvement Plan - local actions", at(dt.date(2024, 7, 1)),
                         "Force's own actions from the Organisational Learning Board. Not HMICFRS items.")
        for summ, st, comp, lead, desc in [
            ("Force action - Appoint a single point of contact for hate crime in each local policing area", "In Progress",
             "Crime & Operations", "ACC Local Policing", "Hate crime SPOC network - one per LPA. Links to IAG."),
            ("Internal audit action: Internal audit of the counter-corruption governance arrangements (audit plan 2023/24)", "Done",
             "Professional Standards", "Head of Professional Standards", "Internal audit (TIAA) - reasonable assurance. 2 low priority actions."),
            ("Refresh the county lines drug dealing problem profile and add it to the control strategy", "To Do",
             "Crime & Operations", "Head of Intelligence", ""),
        ]:
            c = at(dt.date(2024, 7, rng.randint(2, 20)))
            new_issue(kind="local", summary=summ, itype="Task", created=c, desc=desc, status=st,
                      res=resolution_for(st), resolved=at(dt.date(2024, 12, 4)) if st == "Done" else None,
                      parent=fip, assignee=rng.choice(PEOPLE), reporter=ANALYST, lead=lead,
                      rag="Blue" if st == "Done" else ("Red" if st == "To Do" else "Amber"), ref=None,
                      labels=["local_action"], components=[comp], comments=[], due=None, priority="Medium")
        # the 2023/24 VAWG AFI, filed by mistake under the PEEL 21-22 epic
        for it in rep_items:
            if it["f"].get("conflict") == "report":
                build_force_issue(it)
        # JAC action raised with no epic
        new_issue(kind="local", summary="JAC action: Add road harm measures to the monthly Force Performance pack",
                  itype="Task", created=at(dt.date(2024, 12, 11)), desc="Raised at JAC 10 Dec 2024 (minute 7.3).",
                  status="To Do", res="", resolved=None, parent=None, assignee="Mark Dunmore", reporter=ANALYST,
                  lead="Head of Corporate Development", rag="", ref=None, labels=["local_action", "JAC"],
                  components=["Corporate Development"], comments=[], due=dt.date(2025, 3, 31), priority="Medium")

# ---- epic statuses: done where every child is done ------------------------------------------
for ep in [i for i in ISSUES if i["kind"] == "epic"]:
    kids = [i for i in ISSUES if i.get("parent") is ep]
    if kids and all(k["status"] in ("Done", "Closed") for k in kids):
        ep["status"], ep["res"] = "Done", "Done"
        ep["resolved"] = max(k["resolved"] or k["created"] for k in kids) + dt.timedelta(days=2)

# ---- ids and keys in creation order -----------------------------------------------------
ISSUES.sort(key=lambda i: i["created"])
for n, iss in enumerate(ISSUES, start=1):
    iss["key"] = f"HMIC-{n}"
    iss["id"] = 10000 + n * 3 + (n % 3)

# clones: link text and a "Cloners" link to the source issue
src = CLONE_SRC["firearms"]


def updated_of(iss):
    cands = [iss["created"]] + [c[0] for c in iss["comments"]] + ([iss["resolved"]] if iss.get("resolved") else [])
    return max(cands) + dt.timedelta(minutes=rng.randint(0, 30))


HEADER = (["Summary", "Issue key", "Issue id", "Parent id", "Issue Type", "Status", "Project key",
           "Project name", "Project type", "Project lead", "Priority", "Resolution", "Assignee",
           "Reporter", "Creator", "Created", "Updated", "Last Viewed", "Resolved",
           "Affects Version/s", "Fix Version/s", "Fix Version/s", "Component/s", "Component/s",
           "Due date", "Votes", "Labels", "Labels", "Labels", "Description", "Environment",
           "Watchers", "Watchers", "Original estimate", "Time Spent", "Sprint",
           "Inward issue link (Cloners)", "Outward issue link (Cloners)",
           "Custom field (HMICFRS ref)", "Custom field (Lead officer)", "Custom field (RAG)",
           "Custom field (Start date)", "Comment", "Comment", "Comment", "Parent summary",
           "Status Category", "Status Category Changed"])


def pad(lst, n):
    lst = list(lst)[:n]
    return lst + [""] * (n - len(lst))


def row_of(iss):
    status = iss["status"]
    parent = iss.get("parent")
    comments = ["{};{};{}".format(jdt(c[0]), account(c[1]), c[2]) for c in iss["comments"]][-3:]
    watchers = iss.get("watchers") or []
    if iss.get("assignee") and iss["assignee"] not in watchers and iss["kind"] != "epic":
        watchers = watchers + [iss["assignee"]]
    inward = outward = ""
    it = iss.get("item")
    if iss["kind"] == "item" and it["f"].get("clone"):
        outward = src["key"]
    if iss is src:
        inward = ""
    ref = iss.get("ref")
    cat_changed = iss.get("resolved") or (iss["comments"][-1][0] if iss["comments"] and status not in ("To Do", "Allocated") else iss["created"])
    return [
        iss["summary"], iss["key"], iss["id"], parent["id"] if parent else "", iss["itype"], status,
        "HMIC", "HMICFRS Recommendations", "business", ANALYST, iss.get("priority", "Medium"),
        iss.get("res", ""), iss.get("assignee", ""), iss.get("reporter", ANALYST), ANALYST,
        jdt(iss["created"]), jdt(updated_of(iss)), "", jdt(iss["resolved"]) if iss.get("resolved") else "",
        "", *pad(iss.get("fix", []), 2), *pad(iss.get("components", []), 2),
        jdt(dt.datetime.combine(iss["due"], dt.time(0, 0))) if iss.get("due") else "", "0",
        *pad(iss.get("labels", []), 3), iss.get("desc", ""), "", *pad(watchers, 2), "", "", "",
        inward, outward, f"{float(ref)}" if ref else "", iss.get("lead", "") if iss["kind"] != "epic" else "",
        iss.get("rag", "") if iss["kind"] != "epic" else "", "",
        *pad(comments, 3), parent["summary"] if parent else "",
        STATUS_CAT[status], jdt(cat_changed),
    ]


def build_tracker():
    rows = sorted(ISSUES, key=lambda i: -int(i["key"].split("-")[1]))   # ORDER BY created DESC
    # the clone source shows its inward links
    clones = [i["key"] for i in ISSUES if i["kind"] == "item" and i["item"]["f"].get("clone")]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for n, iss in enumerate(rows, start=2):
        r = row_of(iss)
        if iss is src:
            r[HEADER.index("Inward issue link (Cloners)")] = clones[0]
        assert len(r) == len(HEADER)
        w.writerow(r)
        iss["row"] = f"tracker.csv!{n}"
    (CASE / "tracker.csv").write_bytes(buf.getvalue().encode("utf-8"))
    return rows


# --------------------------------------------------------------------------------------------
# truth
# --------------------------------------------------------------------------------------------
CATNAME = {"S": "in_sync", "SC": "in_sync", "CS": "closeable_submit", "CL": "closeable_local",
           "CF": "conflict", "M": "missing_from_force"}


def force_state(st):
    return "done" if st in FORCE_DONE else "open"


def why_for(it):
    iss = it.get("issue")
    hm = it["hm"]
    f = it["f"]
    if it["plan"] == "M":
        return f"HMICFRS {it['id']} ({hm}) has no Jira issue: no summary, description or ref matches it"
    key = iss["key"]
    st = iss["status"]
    how = f"ref {it['id']}" if iss.get("ref") == it["id"] else "text (no ref on the issue)"
    extra = ""
    if f.get("clone"):
        extra = "; summary keeps Jira's 'CLONE - ' prefix"
    if st == "Submitted to HMICFRS":
        extra += "; status category says In Progress but the status is submitted for closure"
    if st == "Awaiting sign-off":
        extra += "; awaiting sign-off counts as force done (pending sign off)"
    if st == "Closed" and iss.get("res") == "Won't Do":
        extra += "; force closed it Won't Do as not the force's to deliver (HO/NPCC)"
    if st == "Done" and not iss.get("res"):
        extra += "; status Done with no resolution set still counts as done"
    if f.get("reopened"):
        extra += "; Resolution/Resolved still say Done 2021 but the status is Reopened (2023) so the force is open"
    if f.get("subtasks"):
        extra += f"; parent of {len(iss['subtasks'])} sub-task rows"
    c = it["plan"]
    if c == "CF":
        k = f["conflict"]
        reason = {
            "timescale": "force text says 'Within twelve months', HMICFRS says 'Within six months'",
            "bullet": "force text drops the third bullet (prevalence of possession-only drug searches)",
            "ref": f"HMICFRS ref field reads {it.get('typo_ref')} (digits transposed) for HMICFRS {it['id']}; texts identical",
            "type": "Jira issue type Recommendation, HMICFRS type Area for improvement",
            "report": "filed under epic 'PEEL 21-22' but HMICFRS has it in the PEEL 2023/24 report",
        }[k]
        return f"{key} matches by {'text' if k in ('ref',) else how}; {reason}; HMICFRS {hm}, Jira {st}{extra}"
    return f"{key} matches by {how}; HMICFRS {hm}, Jira {st} (force {force_state(st)}){extra}"


def build_truth(rows):
    out = []
    hm_rows = {}
    for it in ITEMS:
        hm_rows[it["id"]] = it["hm_row"]
        if it["plan"] == "M":
            out.append((it["hm_row"], "", "missing_from_force", why_for(it)))
    for iss in rows:
        kind = iss["kind"]
        if kind == "epic":
            continue
        if kind == "item":
            it = iss["item"]
            out.append((it["hm_row"], iss["row"], CATNAME[it["plan"]], why_for(it)))
        elif kind == "sub":
            it = iss["item"]
            par = iss["parent"]["key"]
            out.append((it["hm_row"], iss["row"], CATNAME[it["plan"]],
                        f"Sub-task of {par} ({iss['summary'][:60]}), split off HMICFRS {it['id']}; takes the item's category; sub-task status {iss['status']}"))
        elif kind == "old":
            out.append(("", iss["row"], "not_on_hmicfrs_list",
                        f"{iss['key']} carries old HMICFRS ref {iss['ref']} ({iss['why_old']}), not on the definitive list; Jira {iss['status']}"))
        elif kind == "local":
            out.append(("", iss["row"], "not_on_hmicfrs_list",
                        f"{iss['key']} is the force's own Task (local action), no HMICFRS item; Jira {iss['status']}"))
    def key(r):
        a = int(r[0].split("!")[1]) if r[0] else 10 ** 6
        b = int(r[1].split("!")[1]) if r[1] else 0
        return (a, b)
    out.sort(key=key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(out)
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    return out


def main():
    CASE.mkdir(exist_ok=True)
    build_hmicfrs()
    rows = build_tracker()
    truth = build_truth(rows)
    from collections import Counter
    print(Counter(r[2] for r in truth))
    print("force rows", len(rows), "truth lines", len(truth))


if __name__ == "__main__":
    main()
