"""Builder for the independent case `sharepoint_rich_text_export`.

A force keeps its HMICFRS recommendations in a SharePoint list whose multi-line columns are
"Enhanced rich text"; the analyst used "Export to Excel" and saved the result as tracker.xlsx.
HMICFRS side: a CSV export of the register (id, force, report, published, type, text, status).

Run with /work/main/.venv/bin/python. Writes only under /tmp/indep10/richtext/.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import re
import sys
import uuid
from pathlib import Path

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    BWV_2021,
    CAUSES,
    CDI_VICTIMS_BODY,
    CONTROL_ROOM,
    EVERYONE_PLAN,
    NATIONAL,
    SF_LEADERSHIP,
)

SEED = 20241014
rng = random.Random(SEED)
OUT = Path("/tmp/indep10/richtext/sharepoint_rich_text_export")
OUT.mkdir(parents=True, exist_ok=True)

FORCE = "Cheshire Constabulary"
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# --------------------------------------------------------------------------------------------
# HMICFRS register
# --------------------------------------------------------------------------------------------
REPORTS = {k: (t, dt.date(*d)) for k, (t, d, _) in NATIONAL.items()}
REPORTS.update({
    "eff16": (f"PEEL: Police effectiveness 2016 – {FORCE}", dt.date(2017, 3, 2)),
    "efy16": (f"PEEL: Police efficiency 2016 – {FORCE}", dt.date(2016, 11, 3)),
    "leg17": (f"PEEL: Police legitimacy 2017 – {FORCE}", dt.date(2017, 12, 12)),
    "ncpi18": (f"National child protection inspection – {FORCE}", dt.date(2018, 6, 14)),
    "peel18": (f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}",
               dt.date(2019, 5, 2)),
    "cdi19": (f"Crime data integrity inspection 2019 – {FORCE}", dt.date(2019, 9, 19)),
    "cust20": ("Report on an unannounced inspection visit to police custody suites in Cheshire",
               dt.date(2020, 8, 18)),
    "peel21": (f"PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – {FORCE}",
               dt.date(2022, 5, 10)),
    "peel23": (f"PEEL 2023–25: Police effectiveness, efficiency and legitimacy – {FORCE}",
               dt.date(2024, 6, 20)),
})

NAT_TEXT = {}
for rk, (_, _, items) in NATIONAL.items():
    for i, (ty, tx) in enumerate(items, 1):
        NAT_TEXT[f"{rk}{i}"] = (ty, tx)

COMMENT = {
    "awaiting-review": "New recommendation",
    "being-progressed": ("The progress of the implementation of this recommendation is currently "
                         "being monitored by HMICFRS and this record will, in due course, be "
                         "updated."),
    "complete": "This recommendation is complete",
    "superseded": ("This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections."),
}

MISSING_CHILDREN = (
    "Immediately, the force should review its approach to reports of missing children and take "
    "steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
DETENTION_BULLETS = [
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;",
    "ensure that officers and staff in the custody suite assess at an early stage a child’s need "
    "for alternative accommodation (secure or otherwise) and work with children’s social care "
    "services to achieve the most appropriate option for the child;",
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and",
    "improve the timeliness of adequate appropriate adult support for children who are arrested.",
]
DETENTION = (f"Within six months {FORCE} should, in conjunction with children’s social care "
             "services, review how it manages the detention of children. As a minimum it should:"
             + "".join("• " + b for b in DETENTION_BULLETS))
CDI_REC = "Within six months the force should " + CDI_VICTIMS_BODY + "."
VETTING_COC = CAUSES[4].format(force=FORCE)
VETTING_REC = (
    "Within six months, the force should ensure all staff have received at least the lowest "
    "level of vetting clearance for their roles as quickly as possible, working to clear both "
    "the vetting backlog and new vetting renewals when they become due so that it complies "
    "fully with the national vetting guidelines.")

# key: (report, type, text, status, comment-key or None)
H = {}


def h(key, rep, ty, text, status, ckey=None):
    H[key] = dict(key=key, rep=rep, type=ty, text=text, status=status,
                  comment=COMMENT[ckey or status])


for k, st in {
    "sas131": "complete", "sas132": "complete", "sas133": "complete", "everyone1": "complete",
    "austerity1": "complete", "austerity2": "complete", "austerity3": "being-progressed",
    "austerity4": "being-progressed", "core1": "being-progressed", "core2": "being-progressed",
    "integrity1": "complete", "sas151": "being-progressed", "picture1": "being-progressed",
    "firearms1": "complete", "firearms2": "being-progressed", "firearms3": "being-progressed",
    "firearms4": "awaiting-review", "firearms5": "being-progressed",
    "stolen1": "being-progressed", "stolen2": "being-progressed", "stolen3": "being-progressed",
    "stolen4": "being-progressed", "stolen5": "being-progressed", "stolen6": "being-progressed",
    "stolen7": "complete", "efc171": "being-progressed", "leg171": "complete",
    "leg172": "being-progressed", "leg173": "being-progressed", "leg174": "being-progressed",
    "leg175": "being-progressed", "powers1": "being-progressed", "powers2": "being-progressed",
    "powers3": "being-progressed", "powers4": "awaiting-review", "powers5": "being-progressed",
}.items():
    rep = re.sub(r"\d$", "", k)
    ty, tx = NAT_TEXT[k]
    ck = "superseded" if k in ("sas132", "stolen7") else None
    h(k, rep, ty, tx, st, ck)

h("e1", "eff16", COC, CAUSES[0], "complete")
h("e2", "eff16", REC, "To address this cause of concern, HMIC recommends the force should "
  "immediately take steps to ensure that there is effective supervision of the initial risk "
  "assessment process, specifically in relation to the completion of DASH risk assessment in "
  "appropriate cases.", "complete")
h("e3", "eff16", AFI, "The force should improve its understanding of the nature and scale of "
  "modern slavery and human trafficking in its area.", "complete", "superseded")
h("y1", "efy16", AFI, "The force should undertake further work to gain a fuller understanding "
  "of current demand for its services, and likely future changes in demand. This is so it can "
  "make best use of its resources by matching them to demand to meet the needs of the public.",
  "complete")
h("y2", "efy16", AFI, "The force should develop its understanding of the links between its "
  "outcomes, outputs and costs.", "complete")
h("y3", "efy16", AFI, "The force should develop a future workforce plan that is aligned with "
  "its overall demand and budget. The plan should include future resource allocations, the mix "
  "of skills required by the workforce and behaviours expected of them.", "being-progressed")
h("g1", "leg17", AFI, "The force should review how it gathers and uses equality and diversity "
  "data to improve its understanding of its workforce demographics.", "being-progressed")
h("g2", "leg17", AFI, "The force should make sure it provides a confidential way for staff to "
  "raise concerns and that staff are aware of whistleblowing processes.", "being-progressed")
h("c1", "ncpi18", REC, DETENTION, "being-progressed")
h("c2", "ncpi18", REC, MISSING_CHILDREN, "being-progressed")
h("c3", "ncpi18", AFI, "The force should improve how it works with partner organisations to "
  "safeguard people at risk from child sexual exploitation.", "complete")
h("q1", "peel18", COC, CAUSES[2], "being-progressed")
h("q2", "peel18", REC, "HMIC recommends that within six months the force should: improve its "
  "ability to retrieve digital evidence from mobile phones, computers and other electronic "
  "devices quickly enough to ensure investigations are not delayed;", "being-progressed")
h("q3", "peel18", REC, "HMIC recommends that within six months the force should: improve its "
  "understanding of suspects released under investigation and the management of those "
  "released on bail.", "being-progressed")
h("q4", "peel18", AFI, "The force should improve its use of its crime-recording and management "
  "system to better manage its case files and investigative processes.", "complete")
h("d1", "cdi19", REC, CDI_REC, "being-progressed")
h("d2", "cdi19", REC, "Within three months, the force should provide call-handlers with "
  "specific, sound and comprehensible criteria against which they can assess threat, harm and "
  "risk.", "being-progressed")
h("d3", "cdi19", AFI, "The force should make sure it records reports of rape and serious sexual "
  "offences accurately and without delay.", "being-progressed")
h("u1", "cust20", AFI, "The force should ensure it has effective internal monitoring processes "
  "on the use of force, to help it to identify and understand disproportionate use, explain "
  "the reasons and implement any necessary improvement action.", "being-progressed")
P21 = [
    ("t1", "improve how it gathers, assesses and acts on intelligence about fraud", "being-progressed"),
    ("t2", "make sure victims of stalking and harassment are kept informed about the progress of "
           "their case, in line with the Code of Practice for Victims of Crime", "being-progressed"),
    ("t3", "improve the timeliness of its response to calls for service involving anti-social "
           "behaviour", "being-progressed"),
    ("t4", "review its approach to hate crime to make sure victims receive a consistently good "
           "service", "being-progressed"),
    ("t5", "make sure it has enough specialist capacity and capability to investigate online "
           "child sexual abuse", "being-progressed"),
    ("t6", "make sure its performance framework gives senior leaders a clear picture of its "
           "response to violence against women and girls", "being-progressed"),
    ("t7", "develop a problem-solving approach to anti-social behaviour, working with local "
           "communities and partners", "being-progressed"),
    ("t8", "improve the way it manages the risk posed by offenders involved in county lines drug "
           "dealing", "complete"),
    ("t9", "make sure officers and staff have the training they need to identify and respond to "
           "honour-based abuse", "being-progressed"),
    ("t10", "make sure it consistently uses ancillary orders and other powers to protect victims "
            "of domestic abuse", "being-progressed"),
]
for k, body, st in P21:
    h(k, "peel21", AFI, f"The force should {body}.", st)
h("v1", "peel23", COC, VETTING_COC, "awaiting-review")
h("v2", "peel23", REC, VETTING_REC, "awaiting-review")
h("v3", "peel23", AFI, "The force should make sure investigations of rape and serious sexual "
  "offences are allocated to officers with the right skills and are effectively supervised.",
  "awaiting-review")
h("v4", "peel23", AFI, "The force should evaluate its work to prevent knife crime and share what "
  "works across the force.", "awaiting-review")
h("v5", "peel23", AFI, "The force should improve its understanding of the nature and scale of "
  "economic crime in its area.", "awaiting-review")
h("v6", "peel23", AFI, "The force should make sure its analysis of serious and organised crime "
  "informs its strategic assessment and control strategy.", "awaiting-review")
h("v7", "peel23", AFI, CONTROL_ROOM, "awaiting-review")
h("v8", "peel23", AFI, "The force should make sure all processes in place to support "
  "performance management are effective.", "awaiting-review")

# Register ids: unique plain integers, increasing with publication, gaps between reports.
order = sorted(H.values(), key=lambda x: (REPORTS[x["rep"]][1], list(H).index(x["key"])))
nid = 1180
prev = None
for it in order:
    if it["rep"] != prev:
        nid += rng.randint(120, 900)
        prev = it["rep"]
    else:
        nid += rng.randint(1, 9)
    it["id"] = nid


def status_date(it):
    pub = REPORTS[it["rep"]][1]
    if it["status"] == "awaiting-review":
        return pub + dt.timedelta(days=rng.randint(0, 20))
    if it["status"] == "complete":
        return min(pub + dt.timedelta(days=rng.randint(300, 1500)), dt.date(2024, 3, 1))
    return min(pub + dt.timedelta(days=rng.randint(60, 900)), dt.date(2024, 9, 1))


hrows = []
for it in sorted(H.values(), key=lambda x: x["id"]):
    title, pub = REPORTS[it["rep"]]
    hrows.append([it["id"], FORCE if it["type"] != NAT and it["rep"] not in NATIONAL else "All forces",
                  title, pub.strftime("%d/%m/%Y"), it["type"], it["text"], it["status"],
                  status_date(it).strftime("%d/%m/%Y"), it["comment"]])
# force column: national items listed against the force as well (the list is "held against" it)
for r in hrows:
    r[1] = FORCE
HROW = {}
with open(OUT / "hmicfrs.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Recommendation ID", "Force", "Report", "Date published", "Type",
                "Recommendation", "Status", "Status date", "Latest comment"])
    for n, r in enumerate(hrows, start=2):
        w.writerow(r)
        HROW[r[0]] = n
KEYROW = {it["key"]: f"hmicfrs.csv!{HROW[it['id']]}" for it in H.values()}

# --------------------------------------------------------------------------------------------
# SharePoint list export
# --------------------------------------------------------------------------------------------
LK = {
    "sas13": "Stop & Search 2013;#1", "everyone": "Everyone's Business (DA) 2014;#2",
    "austerity": "Policing in Austerity 2014;#3", "core": "Core Business 2014;#4",
    "integrity": "Integrity Matters 2015;#5", "leg15": "PEEL Legitimacy 2015;#6",
    "picture": "Building the Picture 2015;#7", "firearms": "Firearms Licensing 2015;#8",
    "eff16": "PEEL Effectiveness 2016;#9", "efy16": "PEEL Efficiency 2016;#10",
    "leg17": "PEEL Legitimacy 2017;#11", "stolen": "Stolen Freedom (MSHT) 2017;#12",
    "efc17": "PEEL Efficiency 2017 (national);#13",
    "leg17n": "PEEL Legitimacy 2017 - national (S&S);#14", "ncpi18": "NCPI 2018;#15",
    "peel18": "PEEL 2018/19;#16", "cdi19": "CDI 2019;#17", "cust20": "Custody 2020;#18",
    "powers": "Police Powers Spotlight (Feb 21);#19", "peel21": "PEEL 2021/22;#20",
    "peel23": "PEEL 2023/25;#21", "ia": "Internal Audit;#22", "jac": "JAC actions;#23",
    "fms": "FMS 2024;#24",
}
PEOPLE = {
    "crime": ["Bell, Andrew;#45", "Whitfield, James;#154"],
    "pp": ["Khan, Sara;#67", "Doyle, Kerry;#77"],
    "contact": ["Hughes, Gareth;#112"],
    "psd": ["O'Neill, Claire;#88"],
    "people": ["Patel, Ravi;#203"],
    "corp": ["Morgan, Rhian;#19", "Fairclough, Dan;#231"],
    "ops": ["Lloyd, Stephen;#96"],
    "cust": ["Ashworth, Nicola;#140"],
    "fcr": ["Brennan, Liam;#58"],
    "fin": ["Coates, Helen;#171"],
}
EDITORS = ["Morgan, Rhian", "Fairclough, Dan", "Morgan, Rhian", "Shaw, Emma"]
MIGRATION_USER = "SP Migration Service"
PATH = "sites/StrategicPlanning/Lists/HMICFRS Recommendations"
DONE = {"Completed", "Closed – Awaiting HMICFRS", "Superseded"}
RAG = {"Not Started": ["RED", "", "AMBER"], "In Progress": ["AMBER", "AMBER", "RED"],
       "Completed": ["GREEN"], "Closed – Awaiting HMICFRS": ["GREEN", "BLUE"],
       "Superseded": ["GREY"]}


def ext():
    return "ExternalClass" + uuid.UUID(int=rng.getrandbits(128)).hex.upper()


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def rich(*blocks, nbsp=True, zw=False, span=False):
    """SharePoint enhanced-rich-text HTML. A block is a str (a <p>) or a list (a <ul>)."""
    out = []
    for b in blocks:
        if isinstance(b, list):
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b) + "</ul>")
        else:
            t = esc(b)
            if nbsp:
                t = t.replace(".  ", ".&#160; ").replace(". ", ".&#160;", 1) if rng.random() < .5 else t
                t = t + "&#160;" if rng.random() < .4 else t
            if span:
                t = f'<span style="font-family:Arial, sans-serif;font-size:10pt;">{t}</span>'
            out.append(f"<p>{t}</p>")
    body = "".join(out)
    if zw:
        body = body.replace("<p>", "<p>\u200b", 1)
    return f'<div class="{ext()}">{body}</div>'


def rich_br(lines):
    return f'<div class="{ext()}">' + "<br>".join(esc(x) for x in lines) + "</div>"


def progress(entries):
    if not entries:
        return None
    return f'<div class="{ext()}">' + "".join(
        f"<p><strong>{d.strftime('%d/%m/%Y')}</strong> – {esc(t)}</p>" for d, t in entries) + "</div>"


F = []  # force rows in list-item-ID order


def row(item, title, cat, text, status, lk, team, *, created=None, due=None, upd=None,
        sub=None, migrated=False, pid=None, truth=None):
    F.append(dict(item=item, title=title, cat=cat, text=text, status=status, lk=lk, team=team,
                  created=created, due=due, upd=upd, sub=sub, migrated=migrated, truth=truth))


def d(y, m, dd=1):
    return dt.date(y, m, dd)


M = dict(migrated=True)
# ---- Migrated in April 2019 from the old spreadsheet (plain text, some cut at 255) ----
row("sas131", "S&S 2013 Rec 1 – APP specification", "National Recommendation",
    NAT_TEXT["sas131"][1], "Completed", "sas13", "ops", **M,
    upd=[(d(2016, 2, 4), "Completed. Evidence submitted to HMICFRS for closure.")])
row("sas132", "S&S 2013 Rec 2 – Monitoring", "National Recommendation",
    NAT_TEXT["sas132"][1][:255],
    "In Progress", "sas13", "ops", **M,
    upd=[(d(2019, 4, 11), "Migrated from old tracker – was AMBER."),
         (d(2021, 3, 2), "Linked to Police Powers spotlight recs – see those items.")])
row("sas133", "S&S 2013 Rec 3 – Explain use to public / community scrutiny",
    "National Recommendation", NAT_TEXT["sas133"][1], "Completed", "sas13", "ops", **M)
row("everyone1", "Everyone's Business – DA action plan", "National Recommendation",
    NAT_TEXT["everyone1"][1].replace("\n\n", " ").replace("\n", " ")[:255], "Completed",
    "everyone", "pp", **M, upd=[(d(2015, 1, 20), "DA action plan published on force website.")])
row("austerity1", "Austerity – review savings plans", "National Recommendation",
    NAT_TEXT["austerity1"][1], "Completed", "austerity", "fin", **M)
row("austerity2", "Austerity – collaboration <10% savings", "National Recommendation",
    "CCs & PCCs in forces planning to deliver less than 10% of savings through collaboration to "
    "assess whether there is scope to improve on this position.", "Not Started", "austerity",
    "fin", **M)
row("austerity4", "Austerity – collaboration plans (next spending round)",
    "National Recommendation",
    "Review plans for collaboration ahead of the next spending round – consider scope for better "
    "value for money & improved capability/capacity through joint working with other forces, "
    "the public and/or the private sector.", "Completed", "austerity", "fin", **M,
    upd=[(d(2018, 6, 30), "Addressed holistically as part of the force change programme.")])
row("core1", "Core Business Rec – THRIVE criteria for call handlers", "National Recommendation",
    NAT_TEXT["core1"][1], "Closed – Awaiting HMICFRS", "core", "contact", **M,
    sub=d(2019, 11, 5),
    upd=[(d(2019, 11, 5), "THRIVE embedded in the contact centre. Evidence sent to HMICFRS "
          "liaison lead.")])
row("core2", "Core Business Rec – record/evaluate prevention activity", "National Recommendation",
    NAT_TEXT["core2"][1], "In Progress", "core", "corp", **M)
row("integrity1", "Integrity Matters – NFA misconduct outcomes fair", "National Recommendation",
    NAT_TEXT["integrity1"][1], "Completed", "", "psd", **M)
row(None, "Legit 15 AFI 2 – Cautions / CW / PND explanation", "Area for Improvement",
    "The force should revise its approach to cautions, cannabis warning and penalty notices for "
    "disorder to ensure that there is a clear and auditable explanation to the offender of the "
    "implications of receiving the warning and that, for victim-based crimes, there is a clear "
    "and auditable record that views of the victim are considered prior to their issue.",
    "In Progress", "leg15", "crime", **M,
    truth=("not_on_hmicfrs_list", "PEEL Legitimacy 2015 AFI kept on the force list; no PEEL "
           "Legitimacy 2015 item is on the HMICFRS list (closed/removed by HMICFRS) – query it"))
row("picture1", "Building the Picture – MoPI audit scrutiny", "National Recommendation",
    NAT_TEXT["picture1"][1], "In Progress", "picture", "corp", **M)
row("firearms1", "Firearms 2015 R1 – governance v APP", "National Recommendation",
    NAT_TEXT["firearms1"][1][:255], "Completed", "firearms", "ops", **M)
row("firearms2", "Firearms 2015 R2 – FEU demand & capacity", "National Recommendation",
    NAT_TEXT["firearms2"][1], "Completed", "firearms", "ops", **M,
    upd=[(d(2018, 9, 1), "Demand review complete; 2 additional enquiry officers funded.")])
row("firearms3", "Firearms 2015 R3 – total expired records", "National Recommendation",
    NAT_TEXT["firearms3"][1], "In Progress", "firearms", "ops", **M)
row("firearms5", "Firearms 2015 R5 – flagging certificate holders for dispatch",
    "National Recommendation",
    "Systems to identify pre-attendance whether an incident involves / is at the address of a "
    "firearm certificate holder – applied by dispatchers; officers understand the risk assessment "
    "and power to seize firearms & certificates.", "In Progress", "firearms", "contact", **M)
row("e1", "PEEL Eff 16 – CoC Domestic abuse (DASH)", "Cause of Concern", CAUSES[0][:255],
    "Completed", "eff16", "pp", **M)
row("e2", "PEEL Eff 16 – Rec DASH supervision", "Recommendation",
    "Take steps to ensure that there is effective supervision of the initial risk assessment "
    "process, specifically in relation to the completion of DASH risk assessment in appropriate "
    "cases", "Completed", "eff16", "pp", **M)
row("e3", "PEEL Eff 16 AFI – MSHT understanding", "Area for Improvement",
    H["e3"]["text"], "In Progress", "eff16", "crime", **M)
row("y1", "PEEL Efficiency 16 AFI 1 – Demand", "Area for Improvement", H["y1"]["text"],
    "Superseded", "efy16", "corp", **M,
    upd=[(d(2019, 4, 11), "Superseded by the Force Management Statement process.")])
row("y2", "PEEL Efficiency 16 AFI 2 – Outcomes/outputs/costs", "Area for Improvement",
    H["y2"]["text"], "Not Started", "efy16", "fin", **M)
row("y3", "PEEL Efficiency 16 AFI 3 – Workforce plan", "Area for Improvement",
    "The force should develop a future workforce plan that is aligned with its overall demand "
    "and budget.", "In Progress", "efy16", "people", **M)

# ---- created on SharePoint from 2019 onwards (rich text) ----
row("stolen1", "Stolen Freedom R1(a) – Senior leaders prioritise MSHT", "National Recommendation",
    rich("Within twelve months, forces should review their leadership and governance arrangements "
         "for modern slavery and human trafficking, to ensure that:",
         ["senior leaders prioritise the response to modern slavery and human trafficking;"]),
    "Completed", "stolen", "crime", created=d(2019, 5, 7))
row("stolen1", "Stolen Freedom R1(b) – Resources for every MSHT incident",
    "National Recommendation",
    rich("every incident of modern slavery identified to police is allocated appropriate "
         "resources with the skills, experience and capacity to investigate it effectively;"),
    "Completed", "stolen", "crime", created=d(2019, 5, 7))
row("stolen1", "Stolen Freedom R1(c) – Partnership arrangements", "National Recommendation",
    rich("forces develop effective partnership arrangements to co-ordinate activity in order to "
         "share information and safeguard victims; and"),
    "In Progress", "stolen", "pp", created=d(2019, 5, 7),
    upd=[(d(2024, 7, 2), "Anti-slavery partnership relaunched; ISA with LAs still with legal.")])
row("stolen1", "Stolen Freedom R1(d) – Performance & QA measures", "National Recommendation",
    rich("performance and quality assurance measures are in place to allow senior leaders to "
         "assess the nature and quality of the service provided to victims."),
    "Completed", "stolen", "crime", created=d(2019, 5, 7))
row("stolen2", "Stolen Freedom R2 – Info sharing agreements", "National Recommendation",
    rich("Within twelve months, forces should have in place active information-sharing "
         "agreements with other agencies to facilitate speedy exchange of intelligence and in "
         "order to safeguard victims better and to identify suspects as early as possible."),
    "In Progress", "stolen", "crime", created=d(2019, 5, 7),
    truth=("conflict", "Timescale differs: HMICFRS text 'Within six months, forces should have in "
           "place active information-sharing agreements…'; the force's text says 'Within twelve "
           "months'"))
row("stolen3", "Stolen Freedom R3 – s45 defence", "National Recommendation",
    rich(NAT_TEXT["stolen3"][1], span=True), "Closed – Awaiting HMICFRS", "stolen", "crime",
    created=d(2019, 5, 7), sub=d(2023, 10, 12),
    upd=[(d(2023, 10, 12), "Completed. Evidence submitted to HMICFRS for closure.")])
row("stolen4", "Stolen Freedom R4 – NRM compliance", "National Recommendation",
    rich(NAT_TEXT["stolen4"][1]), "In Progress", "stolen", "pp", created=d(2019, 5, 7))
row("stolen5", "Stolen Freedom R5 – NCRS compliance for MSHT", "National Recommendation",
    rich("Ensure full compliance with NCRS for MSHT offences & sufficient audit capacity for the "
         "FCR to identify/manage gaps in crime-recording accuracy."),
    "Completed", "stolen", "fcr", created=d(2019, 5, 7),
    upd=[(d(2022, 12, 1), "FCR audit 2022 – 96% compliance for MSHT. Ready to move to GREEN status.")])
row("stolen6", "Stolen Freedom R6 – Investigation & supervision", "National Recommendation",
    rich(NAT_TEXT["stolen6"][1]), "In Progress", "stolen", "crime", created=d(2019, 5, 7))
row("stolen7", "Stolen Freedom R7 – Preventative orders (STPOs/SROs)", "National Recommendation",
    rich(NAT_TEXT["stolen7"][1], zw=True), "In Progress", "stolen", "crime",
    created=d(2019, 5, 7))
row("efc171", "PEEL Efficiency 17 – Digital services plan", "National Recommendation",
    rich("By September 2018, chief constables should produce an ambitious plan to improve "
         "digitally-enabled services within their force."),
    "Completed", "efc17", "corp", created=d(2019, 5, 8),
    upd=[(d(2020, 2, 14), "Digital Policing Strategy 2020-23 signed off at FET.")])
row("leg171", "PEEL Legit 17 – CoC S&S reasonable & fair", "Cause of Concern",
    rich(NAT_TEXT["leg171"][1]), "Completed", "leg17n", "ops", created=d(2019, 5, 8))
row("leg172", "PEEL Legit 17 Rec 1 – S&S data monitoring", "National Recommendation",
    rich("By July 2018, all police forces across England and Wales should be regularly and "
         "frequently monitoring a comprehensive set of data and information on use of stop and "
         "search powers to understand:",
         ["the reasons for any disproportionate representation of different ethnic groups in the "
          "use of stop and search;",
          "the extent to which find rates differ between people from different ethnicities, and "
          "across different types of searches (including separate identification of find rates "
          "for drug possession and supply-type offences); and",
          "the prevalence of possession-only drug searches, and the extent to which these align "
          "with local or force level priorities."]),
    "In Progress", "leg17n", "ops", created=d(2019, 5, 8))
row("leg174", "PEEL Legit 17 Rec 3 – Publish analysis annually", "National Recommendation",
    rich("We expect forces to publish this analysis and any actions taken at least on an annual "
         "basis, from July 2018."), "Completed", "leg17n", "ops", created=d(2019, 5, 8),
    upd=[(d(2023, 8, 1), "Annual S&S disproportionality report published on website (Aug 23).")])
row("leg175", "PEEL Legit 17 AFI 2 – Unconscious bias training", "Area for Improvement",
    rich("By July 2018, and ongoing following that date, forces should ensure that all officers "
         "who use stop and search powers have been provided with, and understand, training on "
         "unconscious bias and College of Policing APP on stop and search."),
    "In Progress", "leg17n", "ops", created=d(2019, 5, 8),
    truth=("conflict", "Type differs: HMICFRS lists it as a National recommendation; the force "
           "records it as an Area for Improvement ('PEEL Legit 17 AFI 2')"))
row("g1", "PEEL Legit 17 AFI 1 – Equality & diversity data", "Area for Improvement",
    rich(H["g1"]["text"]), "Closed – Awaiting HMICFRS", "leg17", "people", created=d(2019, 5, 8),
    sub=d(2024, 5, 20), upd=[(d(2024, 5, 20), "Pending sign off by the chief officer lead.")])
row("g2", "PEEL Legit 17 AFI 2 – Whistleblowing", "Area for Improvement",
    rich("Make sure there is a confidential way for staff to raise concerns & that staff are "
         "aware of whistleblowing processes"), "In Progress", "leg17", "psd",
    created=d(2019, 5, 8))
row(None, "TEST – please ignore", None, None, "Not Started", "", None, created=d(2019, 5, 9),
    truth="SKIP")
row("q1", "PEEL 18/19 CoC 1 – Investigative capacity & capability", "Cause of Concern",
    rich(CAUSES[2]), "In Progress", "peel18", "crime", created=d(2019, 6, 3))
row("q2", "PEEL 18/19 Rec 1 – Digital evidence retrieval", "Recommendation",
    rich("Within six months the force should improve its ability to retrieve digital evidence "
         "from mobile phones, computers and other electronic devices quickly enough to ensure "
         "investigations are not delayed."), "Completed", "peel18", "crime",
    created=d(2019, 6, 3),
    upd=[(d(2020, 3, 31), "Digital Media Investigators in each LPA; kiosk backlog cleared.")])
row(None, "PEEL 18/19 Rec 4 – Vulnerability review with partners", "Recommendation",
    rich("HMIC recommends that the force should immediately: conduct a review, involving its "
         "partners, of the approach to vulnerability to better safeguard vulnerable people."),
    "Closed – Awaiting HMICFRS", "peel18", "pp", created=d(2019, 6, 3), sub=d(2021, 1, 14),
    truth=("not_on_hmicfrs_list", "Force item under PEEL 2018/19 with no counterpart on the "
           "HMICFRS list (nearest PEEL 2018/19 items are the capacity CoC and the digital/RUI "
           "recommendations, different asks) – query it with HMICFRS"))
row("q4", "PEEL 18/19 AFI – Crime recording system / case files", "Area for Improvement",
    rich("The force should improve its use of its crime-recording and management system to "
         "better manage its case files and investigative processes."), "In Progress", "peel18",
    "crime", created=d(2019, 6, 3))
row("d1", "CDI 19 Rec 1(a) – Victims believed", "Recommendation",
    rich("Within six months the force should put in place arrangements to ensure that: at the "
         "point of report, victims are believed;"), "Completed", "cdi19", "fcr",
    created=d(2019, 10, 8))
row("d1", "CDI 19 Rec 1(b) – Call summaries on incident log", "Recommendation",
    rich("conversations between the call handlers and callers are summarised accurately in the "
         "incident log, thus providing attending officers with full facts on which to base "
         "crime-recording decisions;"), "Completed", "cdi19", "contact", created=d(2019, 10, 8))
row("d1", "CDI 19 Rec 1(c) – Multiple crimes recorded", "Recommendation",
    rich("multiple crimes are always recorded when described within incident records or "
         "identified as part of other recorded crime investigations;"), "Completed", "cdi19",
    "fcr", created=d(2019, 10, 8))
row("d1", "CDI 19 Rec 1(d) – Stop awaiting medicals / VRI", "Recommendation",
    rich("the practice of awaiting the results of medical examinations or video interviews before "
         "making crime-recording decisions is stopped; and"), "Completed", "cdi19", "fcr",
    created=d(2019, 10, 8))
row("d1", "CDI 19 Rec 1(e) – Online reports triaged", "Recommendation",
    rich("online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
         "to the victim or the wider public are identified and appropriately managed"),
    "Completed", "cdi19", "contact", created=d(2019, 10, 8),
    upd=[(d(2021, 6, 9), "All five parts complete – evidence pack with FCR.")])
row("d2", "CDI 19 Rec 2 – THR criteria for call handlers", "Recommendation",
    rich(H["d2"]["text"]), "In Progress", "cdi19", "contact", created=d(2019, 10, 8))
row("d3", "CDI 19 AFI 1 – RASSO recording", "Area for Improvement",
    "The force should make sure it records reports of rape and serious sexual offences "
    "accurately and without delay.", "In Progress", "cdi19", "fcr", created=d(2019, 10, 8))
row(None, "CDI 19 – Force action: quarterly RASSO dip sample", "Force Action",
    rich("Dip-sample 50 rape and serious sexual offences crime reports each quarter and report "
         "findings to the Crime Standards Board"), "In Progress", "cdi19", "fcr",
    created=d(2019, 10, 9),
    truth=("not_on_hmicfrs_list", "The force's own action supporting CDI AFI 1 (dip sampling), "
           "not an HMICFRS item"))
row("c1", "NCPI 18 Rec 1(a) – Detain children only when necessary", "Recommendation",
    rich("Within six months the force should, in conjunction with children’s social care "
         "services, review how it manages the detention of children. As a minimum it should:",
         [DETENTION_BULLETS[0]]), "Completed", "ncpi18", "cust", created=d(2019, 11, 4))
row("c1", "NCPI 18 Rec 1(b) – Alternative accommodation", "Recommendation",
    rich(DETENTION_BULLETS[1]), "In Progress", "ncpi18", "cust", created=d(2019, 11, 4))
row("c1", "NCPI 18 Rec 1(c) – Custody records", "Recommendation",
    rich(DETENTION_BULLETS[2]), "Completed", "ncpi18", "cust", created=d(2019, 11, 4))
row("c2", "NCPI 18 Rec 2 – Missing children (absent category / CSE / supervision)",
    "Recommendation",
    rich("Review approach to reports of missing children:",
         ["call takers understand & use the missing and absent category appropriately",
          "call takers & frontline staff can identify CSE risk factors",
          "supervisors provide correct oversight of missing person enquiries"]),
    "Completed", "ncpi18", "pp", created=d(2019, 11, 4),
    upd=[(d(2022, 2, 11), "Absent category withdrawn; Philomena Protocol in place.")])
row("c3", "NCPI 18 AFI – Partnership safeguarding CSE", "Area for Improvement",
    rich(H["c3"]["text"]), "Completed", "ncpi18", "pp", created=d(2019, 11, 4))
row(None, "Internal Audit – Fraud governance", "Internal Audit",
    rich("Internal audit of the fraud governance arrangements (audit plan 2023/24)"),
    "In Progress", "ia", "fin", created=d(2020, 1, 13),
    truth=("not_on_hmicfrs_list", "Internal audit action, not an HMICFRS item"))
row("u1", "Custody 2020 AFI – Use of force monitoring in custody", "Area for Improvement",
    rich(H["u1"]["text"]), "In Progress", "cust20", "cust", created=d(2020, 10, 1))
row("powers1", "Police Powers R1 – Communication skills training", "National Recommendation",
    rich("By July 2021, forces should ensure that officers & staff have effective communication "
         "skills, in line with the National Policing Guidelines on Conflict Management."),
    "In Progress", "powers", "people", created=d(2021, 4, 6),
    truth=("conflict", "Deadline differs: HMICFRS text says 'By July 2022, forces should ensure "
           "that officers and staff have effective communication skills…'; the force's text says "
           "'By July 2021'"))
row("powers2", "Police Powers R2 – CPD & BWV debriefs", "National Recommendation",
    rich(NAT_TEXT["powers2"][1]), "Completed", "powers", "people", created=d(2021, 4, 6))
for i, part in enumerate(BWV_2021.split("\n")):
    part = part.replace("By September 2021, forces should: ", "") if i else part
    row("powers3", f"Police Powers R3({'abc'[i]}) – BWV "
        + ["record entire S&S encounters", "internal review of footage",
           "scrutiny panel access"][i], "National Recommendation",
        rich_br([part]) if i == 1 else rich(part), "Completed", "powers", "ops",
        created=d(2021, 4, 6))
row("powers4", "Police Powers R4 – HO/NPCC use of force data", "National Recommendation",
    rich(NAT_TEXT["powers4"][1]), "Completed", "powers", "corp", created=d(2021, 4, 6),
    upd=[(d(2021, 4, 6), "Not the force's responsibility to deliver; dependent upon another "
          "organisation. Marked complete.")])
row("t1", "PEEL 21 AFI 3 – Fraud", "Area for Improvement", rich(H["t1"]["text"]), "In Progress",
    "peel21", "crime", created=d(2022, 6, 21))
row("t2", "PEEL 21 AFI 4 – Stalking & harassment victim updates", "Area for Improvement",
    rich("The force should make sure victims of stalking and harassment are kept informed about "
         "the progress of their case, in line with the Code of Practice for Victims of Crime "
         "(VCOP)."), "Completed", "peel21", "pp", created=d(2022, 6, 21))
row(None, "PEEL 21 AFI 4 – Force action: S&H T&F group", "Force Action",
    rich("Task & Finish group to review the stalking and harassment policy and report to the "
         "Force Executive Team"), "Completed", "peel21", "pp", created=d(2022, 6, 21),
    truth=("not_on_hmicfrs_list", "Force's own supporting action under PEEL 21 AFI 4 "
           "(Task & Finish group); not HMICFRS wording, not a split of the AFI"))
row("t4", "PEEL 21 AFI 6 – Hate crime", "Area for Improvement", rich(H["t4"]["text"]),
    "In Progress", "peel21", "pp", created=d(2022, 6, 21))
row("t5", "PEEL 21 AFI 7 – OCSA capacity", "Area for Improvement",
    rich("The force should make sure it has enough specialist capacity and capability to "
         "investigate online child sexual abuse."), "Closed – Awaiting HMICFRS", "peel21", "pp",
    created=d(2022, 6, 21), sub=d(2024, 2, 27))
row("t6", "PEEL 21 AFI 8 – VAWG performance framework", "Area for Improvement",
    rich(H["t6"]["text"], span=True), "In Progress", "peel21", "corp", created=d(2022, 6, 21))
row("t8", "PEEL 21 AFI 10 – County lines offender management", "Area for Improvement",
    rich(H["t8"]["text"]), "Completed", "peel21", "crime", created=d(2022, 6, 21))
row("t9", "PEEL 21 AFI 11 – HBA training", "Area for Improvement",
    "The force should make sure officers and staff have the training they need to identify and "
    "respond to honour-based abuse.", "Not Started", "peel21", "people", created=d(2022, 6, 21))
row("t10", "PEEL 21 AFI 12 – DA ancillary orders", "Area for Improvement",
    "make sure it consistently uses ancillary orders & other powers to protect victims of DA",
    "In Progress", "peel21", "pp", created=d(2022, 6, 21))
row(None, "JAC action – VAWG measures in performance pack", "JAC Action",
    rich("Add violence against women and girls measures to the monthly Force Performance pack"),
    "Completed", "jac", "corp", created=d(2023, 3, 16),
    truth=("not_on_hmicfrs_list", "Joint Audit Committee action, not an HMICFRS item"))
row(None, "FMS 2024 – County lines demand", "Force Action",
    rich("Review the county lines drug dealing demand profile as part of the force management "
         "statement"), "Not Started", "fms", "corp", created=d(2024, 1, 9),
    truth=("not_on_hmicfrs_list", "Force management statement action, not an HMICFRS item"))
row("v1", "PEEL 23 CoC 1 – Vetting backlog", "Cause of Concern", rich(VETTING_COC),
    "In Progress", "peel23", "psd", created=d(2024, 7, 3))
row("v2", "PEEL 23 Rec 1 – Vetting clearance for all staff", "Recommendation",
    rich(VETTING_REC, zw=True), "In Progress", "peel23", "psd", created=d(2024, 7, 3))
row("v3", "PEEL 23 AFI 1 – RASSO allocation & supervision", "Area for Improvement",
    rich(H["v3"]["text"]), "Not Started", "peel23", "crime", created=d(2024, 7, 3))
row("t3", "PEEL 23 AFI 4 – ASB call response times", "Area for Improvement",
    rich(H["t3"]["text"]), "In Progress", "peel23", "contact", created=d(2024, 7, 3),
    truth=("conflict", "Different report: the text is HMICFRS's PEEL 2021/22 AFI (published "
           "10/05/2022) but the force files it under PEEL 2023/25 ('PEEL 23 AFI 4')"))
row("v4", "PEEL 23 AFI 2 – Knife crime prevention evaluation", "Area for Improvement",
    rich(H["v4"]["text"]), "In Progress", "peel23", "ops", created=d(2024, 7, 3))
row("v6", "PEEL 23 AFI 3 – SOC analysis into control strategy", "Area for Improvement",
    rich(H["v6"]["text"]), "In Progress", "peel23", "crime", created=d(2024, 7, 3))
row("v7", "PEEL 23 AFI 5 – Control room resourcing", "Area for Improvement",
    rich_br(["The force should ensure that it has sufficient resources available in the control "
             "room to fulfil its resourcing model,", "and so to meet its demand, while also "
             "taking into account the wellbeing of its workforce."]),
    "In Progress", "peel23", "contact", created=d(2024, 7, 3))
row("v8", "PEEL 23 AFI 6 – Performance management processes", "Area for Improvement",
    rich(H["v8"]["text"]), "Completed", "peel23", "corp", created=d(2024, 7, 3),
    upd=[(d(2024, 9, 30), "New Force Performance Framework live from 1 Sept. Ready to move to "
          "GREEN status.")])

# ---- list item IDs: creation order, with gaps where items were deleted ----
sid = 0
for r in F:
    sid += 1 if rng.random() > .12 else rng.randint(2, 4)
    r["id"] = sid

HEADERS = ["ID", "Title", "HMICFRS Ref", "Inspection", "Category", "Recommendation Text",
           "Status", "RAG", "Assigned To", "Due Date", "Progress Update",
           "Date Submitted to HMICFRS", "Attachments", "Content Type", "Modified", "Modified By",
           "Created", "Created By", "Version", "Compliance Asset Id", "Item Type", "Path"]

# the force started recording the register id for items it entered from 2023 onwards
REF_KEYS = {"v1", "v2", "v3", "v4", "v6", "v7", "v8", "t5", "stolen3", "g1"}

TITLE_ROWS = 3  # analyst's title, note and a blank row above the table
HEADER_ROW = TITLE_ROWS + 1
data = []
frow = {}
for n, r in enumerate(F):
    excel_row = HEADER_ROW + 1 + n
    r["excel_row"] = excel_row
    it = H.get(r["item"]) if r["item"] else None
    pub = REPORTS[it["rep"]][1] if it else None
    if r["migrated"]:
        created = dt.datetime(2019, 4, 11, 9, 30) + dt.timedelta(minutes=n)
        cby = MIGRATION_USER
    else:
        created = dt.datetime.combine(r["created"], dt.time(rng.randint(8, 16), rng.randint(0, 59),
                                                           rng.randint(0, 59)))
        cby = rng.choice(EDITORS)
    mod = created + dt.timedelta(days=rng.randint(0, max(1, (dt.datetime(2024, 10, 11) - created).days)),
                                 minutes=rng.randint(0, 400))
    mod = min(mod, dt.datetime(2024, 10, 11, 16, 40))
    upd = r["upd"]
    if upd is None and r["title"] and not r["title"].startswith("TEST"):
        if rng.random() < .55:
            if r["status"] in DONE:
                pick = rng.choice([
                    "Already complete / believed to be complete within short time scale (and "
                    "within deadline).",
                    "Completed. Evidence submitted to HMICFRS for closure.",
                    "Complete – evidence held on the OL SharePoint evidence library.",
                ])
            else:
                pick = rng.choice([
                    "Work undertaken in area but still requires development to complete.",
                    "Allocated to lead; update requested for next Organisational Learning Board.",
                    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
                    "Awaiting allocation.", "Little work yet undertaken in this area.",
                    "Update due at next JAC.",
                ])
            upd = [(mod.date(), pick)]
    prog = progress(upd) if upd else None
    if r["migrated"] and upd:   # migrated progress was plain text with the old date style
        prog = " | ".join(f"{a.strftime('%d/%m/%Y')} {b}" for a, b in upd)
    due = None
    if r["title"] and not r["title"].startswith("TEST") and pub and rng.random() < .8:
        due = pub + dt.timedelta(days=rng.choice([90, 182, 365, 365, 540]))
    elif r["item"] is None and r["title"] and not r["title"].startswith("TEST"):
        due = created.date() + dt.timedelta(days=rng.choice([90, 180, 270]))
    owner = None
    if r["team"]:
        ppl = PEOPLE[r["team"]]
        owner = ppl[0] if len(ppl) == 1 or rng.random() < .7 else ";#".join(ppl)
    rag = rng.choice(RAG[r["status"]]) if r["title"] and not r["title"].startswith("TEST") else None
    ref = it["id"] if (it and r["item"] in REF_KEYS) else None
    data.append([
        r["id"], r["title"], ref, LK.get(r["lk"]) if r["lk"] else None, r["cat"], r["text"],
        r["status"], rag or None, owner, due, prog, r["sub"], False, "Item", mod, rng.choice(EDITORS),
        created, cby, f"{rng.randint(1, 14)}.0", None, "Item", PATH,
    ])

# ---- write the workbook ----
import xlsxwriter  # noqa: E402

wb = xlsxwriter.Workbook(OUT / "tracker.xlsx", {"remove_timezone": True})
ws = wb.add_worksheet("owssvr")
bold = wb.add_format({"bold": True, "font_size": 14})
ital = wb.add_format({"italic": True, "font_color": "#595959"})
dfmt = wb.add_format({"num_format": "dd/mm/yyyy"})
dtfmt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
ws.write(0, 0, "HMICFRS Recommendations – SharePoint list export (All Items view), "
         "Strategic Planning & Insight – exported 11/10/2024", bold)
ws.write(1, 0, "Exported with 'Export to Excel'. Rich-text columns come out as HTML – do not "
         "edit here, update the list in SharePoint.", ital)
first = HEADER_ROW - 1  # 0-based
last = first + len(data)
cols = [{"header": hname} for hname in HEADERS]
for ci, hname in enumerate(HEADERS):
    if hname in ("Due Date", "Date Submitted to HMICFRS"):
        cols[ci]["format"] = dfmt
    elif hname in ("Modified", "Created"):
        cols[ci]["format"] = dtfmt
ws.add_table(first, 0, last, len(HEADERS) - 1,
             {"name": "Table_owssvr", "style": "Table Style Medium 2", "columns": cols,
              "data": [[None] * len(HEADERS)] * len(data)})
for ri, rec in enumerate(data):
    for ci, v in enumerate(rec):
        hname = HEADERS[ci]
        xr = first + 1 + ri
        if v is None:
            continue
        if isinstance(v, dt.datetime):
            ws.write_datetime(xr, ci, v, dtfmt)
        elif isinstance(v, dt.date):
            ws.write_datetime(xr, ci, dt.datetime.combine(v, dt.time()), dfmt)
        elif isinstance(v, bool):
            ws.write_boolean(xr, ci, v)
        elif isinstance(v, int):
            ws.write_number(xr, ci, v)
        else:
            ws.write_string(xr, ci, v)
widths = {"ID": 6, "Title": 42, "HMICFRS Ref": 10, "Inspection": 26, "Category": 22,
          "Recommendation Text": 80, "Status": 22, "RAG": 8, "Assigned To": 26, "Due Date": 12,
          "Progress Update": 50, "Date Submitted to HMICFRS": 14, "Modified": 16,
          "Modified By": 16, "Created": 16, "Created By": 20, "Item Type": 9, "Path": 50}
hidden = {"Attachments", "Content Type", "Version", "Compliance Asset Id"}
for ci, hname in enumerate(HEADERS):
    if hname in hidden:
        ws.set_column(ci, ci, 10, None, {"hidden": True})
    else:
        ws.set_column(ci, ci, widths.get(hname, 12))
ws.freeze_panes(HEADER_ROW, 2)

# Summary sheet the analyst added: counts only, no items
ss = wb.add_worksheet("Summary")
ss.write(0, 0, "HMICFRS recommendations – status summary (from owssvr tab)", bold)
ss.write_row(2, 0, ["Status", "Count"], wb.add_format({"bold": True, "bottom": 1}))
statuses = ["Not Started", "In Progress", "Completed", "Closed – Awaiting HMICFRS", "Superseded"]
for i, s in enumerate(statuses):
    cnt = sum(1 for rec in data if rec[6] == s)
    ss.write(3 + i, 0, s)
    ss.write_formula(3 + i, 1, f'=COUNTIF(Table_owssvr[Status],A{4 + i})', None, cnt)
ss.write(3 + len(statuses), 0, "Total", wb.add_format({"bold": True}))
ss.write_formula(3 + len(statuses), 1, f"=SUM(B4:B{3 + len(statuses)})",
                 wb.add_format({"bold": True}), len(data))
ss.set_column(0, 0, 30)
wb.close()

# --------------------------------------------------------------------------------------------
# truth
# --------------------------------------------------------------------------------------------
by_item = {}
for r in F:
    if r["item"]:
        by_item.setdefault(r["item"], []).append(r)

WHY_MISSING = {
    "austerity3": "Policing in austerity rec (front-line workforce reduction) not carried over "
                  "when the old tracker was migrated",
    "sas151": "Stop and search powers 2 (2015) rec not on the force list; the force holds only "
              "the near-identical 2013 rec 3 (under 'Stop & Search 2013')",
    "firearms4": "Firearms licensing rec 4 (temporary permits) not on the force list",
    "leg173": "PEEL Legitimacy 2017 national rec on disparities (research and action) not on the "
              "force list",
    "powers5": "Police powers spotlight rec on internal monitoring of use of force not on the "
               "force list (the custody 2020 AFI with similar wording is a different item)",
    "q3": "PEEL 2018/19 rec on released under investigation / bail not on the force list",
    "t7": "PEEL 2021/22 AFI on a problem-solving approach to ASB not on the force list (the force "
          "row on ASB call response times is AFI t3)",
    "v5": "PEEL 2023/25 AFI on economic crime not on the force list",
}
CONFLICT_SPLIT = {
    "c1": "Split item with a bullet missing: HMICFRS rec has four bullets (detention, "
          "accommodation, records, appropriate adult timeliness); the force has rows for (a)-(c) "
          "only – no row for 'improve the timeliness of adequate appropriate adult support'",
}

lines = []
for it in sorted(H.values(), key=lambda x: x["id"]):
    key = it["key"]
    hr = KEYROW[key]
    rows = by_item.get(key, [])
    hopen = it["status"] != "complete"
    if not rows:
        lines.append((hr, "", "missing_from_force", WHY_MISSING[key]))
        continue
    conflict = next((r["truth"][1] for r in rows if r["truth"] and r["truth"][0] == "conflict"),
                    None) or CONFLICT_SPLIT.get(key)
    done = all(r["status"] in DONE for r in rows)
    fst = "; ".join(sorted({r["status"] for r in rows}))
    if conflict:
        cat, why = "conflict", conflict
    elif hopen and done:
        cat, why = "closeable_submit", f"HMICFRS {it['status']}; force {fst}"
    elif not hopen and not done:
        cat, why = "closeable_local", f"HMICFRS {it['status']} ({it['comment'][:40]}…); force {fst}"
    else:
        cat = "in_sync"
        why = f"HMICFRS {it['status']}; force {fst}"
    if len(rows) > 1 and cat != "conflict":
        why += f" (force split into {len(rows)} rows; category of the whole item)"
    for r in rows:
        lines.append((hr, f"owssvr!{r['excel_row']}", cat, why))
for r in F:
    if r["item"] is None and r["truth"] != "SKIP":
        lines.append(("", f"owssvr!{r['excel_row']}", r["truth"][0], r["truth"][1]))

with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

from collections import Counter  # noqa: E402
print("hmicfrs items", len(H), "force rows", len(F), "truth lines", len(lines))
print(Counter(l[2] for l in lines))
