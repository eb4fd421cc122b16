"""Builder for the independent case `one_sheet_per_report`.

A force (Cumbria Constabulary) keeps its HMICFRS tracker as one workbook with one sheet per
inspection report (the report named only by the shortened sheet tab and a title cell on row 1,
header on row 3), plus a "Closed" sheet where signed-off items from every report were moved.
HMICFRS's definitive list comes as a Windows-1252 CSV.

Texts are real: /work/main/reconcile/casegen/texts (national.py, force.py, tracker.py) and
/work/shared/data/real_recommendations.csv. Run: /work/main/.venv/bin/python build.py
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sys

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    CAUSES, CDI_VICTIMS_BODY, CONTROL_ROOM, EVERYONE_PLAN_RUN_ON, NATIONAL,
)
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

random.seed(20240229)
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "one_sheet_per_report")
os.makedirs(CASE, exist_ok=True)

FORCE = "Cumbria Constabulary"
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


# ----------------------------------------------------------------------------- reports
REPORTS: dict[str, tuple[str, dt.date]] = {}
for k, (title, (y, m, d), _items) in NATIONAL.items():
    REPORTS[k] = (title, dt.date(y, m, d))
REPORTS.update({
    "eff16": (f"PEEL: Police effectiveness 2016 – {FORCE}", dt.date(2017, 3, 2)),
    "ncpi18": (f"National child protection inspection 2018 – {FORCE}", dt.date(2018, 6, 14)),
    "peel1819": (f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}",
                 dt.date(2019, 5, 2)),
    "cdi19": (f"Crime data integrity inspection 2019 – {FORCE}", dt.date(2019, 9, 26)),
    "cust20": (f"Report on an unannounced inspection visit to police custody suites 2020 – "
               f"{FORCE}", dt.date(2020, 8, 11)),
    "peel2122": (f"PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – {FORCE}",
                 dt.date(2022, 5, 27)),
})

# ----------------------------------------------------------------------------- HMICFRS items
# key -> dict(report, type, text, status, comment)
ITEMS: dict[str, dict] = {}
NEW = "New recommendation"
MON = ("The progress of the implementation of this recommendation is currently being "
       "monitored by HMICFRS and this record will, in due course, be updated.")
REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
       "updated when this review is complete.")
DONE = "This recommendation is complete"
AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
        "of the inspection team in recent inspection activity.")
SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
       "inspections. Where a cause of concern still exists this will appear in the register "
       "against these subsequent inspections.")

# national items: (report key, index) -> status
NAT_STATUS = {
    ("sas13", 0): ("complete", DONE), ("sas13", 1): ("being-progressed", MON),
    ("sas13", 2): ("superseded", "Superseded by the recommendation in Stop and search powers 2 "
                                 "(2015)."),
    ("everyone", 0): ("complete", DONE),
    ("austerity", 0): ("complete", DONE), ("austerity", 1): ("being-progressed", REV),
    ("austerity", 2): ("complete", DONE), ("austerity", 3): ("complete", DONE),
    ("core", 0): ("being-progressed", REV), ("core", 1): ("superseded", SUP),
    ("integrity", 0): ("complete", DONE),
    ("sas15", 0): ("being-progressed", MON),
    ("picture", 0): ("being-progressed", MON),
    ("firearms", 0): ("complete", DONE), ("firearms", 1): ("being-progressed", MON),
    ("firearms", 2): ("complete", DONE), ("firearms", 3): ("being-progressed", MON),
    ("firearms", 4): ("complete", DONE),
    ("stolen", 0): ("being-progressed", MON), ("stolen", 1): ("awaiting-review", NEW),
    ("stolen", 2): ("being-progressed", MON), ("stolen", 3): ("being-progressed", MON),
    ("stolen", 4): ("complete", AUTH), ("stolen", 5): ("being-progressed", MON),
    ("stolen", 6): ("being-progressed", MON),
    ("efc17", 0): ("being-progressed", MON),
    ("leg17", 0): ("being-progressed", MON), ("leg17", 1): ("being-progressed", MON),
    ("leg17", 2): ("being-progressed", MON), ("leg17", 3): ("complete", DONE),
    ("leg17", 4): ("being-progressed", MON),
    ("powers", 0): ("being-progressed", MON), ("powers", 1): ("being-progressed", MON),
    ("powers", 2): ("being-progressed", MON), ("powers", 3): ("being-progressed", NEW),
    ("powers", 4): ("complete", DONE),
}
for k, (_t, _d, its) in NATIONAL.items():
    for i, (ty, tx) in enumerate(its):
        st, cm = NAT_STATUS[(k, i)]
        ITEMS[f"{k}_{i + 1}"] = dict(report=k, type=ty, text=tx, status=st, comment=cm)

CDI_TEXT = "Within six months the force should " + CDI_VICTIMS_BODY + "."
MISSING_KIDS_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action")
DETENTION = (
    "Within six months the force should, in conjunction with children’s social care services, "
    "review how it manages the detention of children. As a minimum it should:• ensure that all "
    "children are only detained when absolutely necessary and for the absolute minimum amount "
    "of time;• ensure that officers and staff in the custody suite assess at an early stage a "
    "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
    "social care services to achieve the most appropriate option for the child;• ensure that "
    "custody staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested.")

FORCE_ITEMS = [
    # key, report, type, text, status, comment
    ("eff16_coc", "eff16", COC, CAUSES[0], "superseded", SUP),
    ("eff16_r1", "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     "superseded", SUP),
    ("eff16_r2", "eff16", REC,
     "HMIC recommends that within six months the force should: consider ways of increasing the "
     "use of arrest, ancillary orders and other available powers, in order to improve the "
     "service it provides to victims of domestic abuse, offer the best possible protection and "
     "bring more perpetrators to justice;", "complete", DONE),
    ("eff16_r3", "eff16", REC,
     "Immediately, the force should cease the practice of conducting domestic abuse risk "
     "assessments over the telephone and dealing with domestic abuse in the resolution centre.",
     "superseded", SUP),
    ("ncpi_coc", "ncpi18", COC, CAUSES[1], "being-progressed", MON),
    ("ncpi_r1", "ncpi18", REC,
     "To address this cause of concern, HMIC recommends the force should immediately "
     + MISSING_KIDS_BODY + ".", "being-progressed", MON),
    ("ncpi_a1", "ncpi18", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "complete", DONE),
    ("ncpi_r2", "ncpi18", REC,
     "Within six months the force should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence and in order to "
     "safeguard victims better and to identify suspects as early as possible.",
     "being-progressed", MON),
    ("ncpi_a2", "ncpi18", AFI,
     f"{FORCE} should make sure officers and staff have the training they need to identify and "
     "respond to online child sexual abuse.", "being-progressed", MON),
    ("p1819_coc1", "peel1819", COC, CAUSES[2], "being-progressed", MON),
    ("p1819_r1", "peel1819", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", "being-progressed", MON),
    ("p1819_r2", "peel1819", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;", "being-progressed", MON),
    ("p1819_r3", "peel1819", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail.",
     "complete", DONE),
    ("p1819_coc2", "peel1819", COC,
     f"The size of the vetting backlog within {FORCE} is a cause of concern.",
     "being-progressed", MON),
    ("p1819_r4", "peel1819", REC,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", "being-progressed", MON),
    ("p1819_a1", "peel1819", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "being-progressed", MON),
    ("p1819_a2", "peel1819", AFI,
     f"{FORCE} should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "being-progressed", MON),
    ("cdi_r1", "cdi19", REC, CDI_TEXT, "awaiting-review", NEW),
    ("cdi_r2", "cdi19", REC,
     "Within three months, the force should revise its approach to cautions, cannabis warning "
     "and penalty notices for disorder to ensure that there is a clear and auditable "
     "explanation to the offender of the implications of receiving the warning and that, for "
     "victim-based crimes, there is a clear and auditable record that views of the victim are "
     "considered prior to their issue.", "being-progressed", MON),
    ("cdi_r3", "cdi19", REC,
     "Immediately, the force should take steps to ensure it fully complies with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking.", "being-progressed", MON),
    ("cdi_r4", "cdi19", REC,
     "By March 2020, the force should put in place arrangements to scrutinise audits of "
     "compliance with the APP on information management through the force information "
     "management governance structure.", "being-progressed", MON),
    ("cdi_a1", "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", "being-progressed", MON),
    ("cdi_a2", "cdi19", AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.", "awaiting-review", NEW),
    ("cust_r1", "cust20", REC, DETENTION, "being-progressed", MON),
    ("cust_a1", "cust20", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to people with mental ill health.", "awaiting-review", NEW),
    ("cust_a2", "cust20", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to people with mental ill health.", "complete", DONE),
]
P2122 = [  # key, text, status
    ("rsso", "The force should make sure investigations of rape and serious sexual offences are "
             "allocated to officers with the right skills and are effectively supervised.",
     "being-progressed"),
    ("vawg", "The force should improve its understanding of the nature and scale of violence "
             "against women and girls in its area.", "being-progressed"),
    ("da_vcop", "The force should make sure victims of domestic abuse are kept informed about "
                "the progress of their case, in line with the Code of Practice for Victims of "
                "Crime.", "awaiting-review"),
    ("asb", "The force should improve the timeliness of its response to calls for service "
            "involving anti-social behaviour.", "complete"),
    ("control", CONTROL_ROOM, "being-progressed"),
    ("ub", "The force should ensure that all officers who use stop and search powers have been "
           "provided with, and understand, training on unconscious bias and College of Policing "
           "APP on stop and search.", "being-progressed"),
    ("uof", "The force should ensure it has effective internal monitoring processes on the use "
            "of force, to help it to identify and understand disproportionate use, explain the "
            "reasons and implement any necessary improvement action.", "being-progressed"),
    ("county", "The force should make sure its analysis of county lines drug dealing informs its "
               "strategic assessment and control strategy.", "superseded"),
    ("soc", "The force should improve how it gathers, assesses and acts on intelligence about "
            "serious and organised crime.", "being-progressed"),
    ("stalk", "The force should make sure it consistently uses ancillary orders and other powers "
              "to protect victims of stalking and harassment.", "awaiting-review"),
    ("nbh", "The force should develop a problem-solving approach to neighbourhood crime, working "
            "with local communities and partners.", "complete"),
    ("ocsa", "The force should make sure it has enough specialist capacity and capability to "
             "investigate online child sexual abuse.", "being-progressed"),
    ("ed", "The force should review how it gathers and uses equality and diversity data to "
           "improve its understanding of its workforce demographics.", "complete"),
    ("whistle", "The force should make sure it provides a confidential way for staff to raise "
                "concerns and that staff are aware of whistleblowing processes.",
     "being-progressed"),
    ("fraud", "The force should make sure investigations of fraud are allocated to officers "
              "with the right skills and are effectively supervised.", "being-progressed"),
    ("cms", "The force should improve its use of its crime-recording and management system to "
            "better manage its case files and investigative processes.", "being-progressed"),
    ("knife", "The force should evaluate its work to prevent knife crime and share what works "
              "across the force.", "being-progressed"),
    ("hba", "The force should make sure officers and staff have the training they need to "
            "identify and respond to honour-based abuse.", "awaiting-review"),
]
for key, rep, ty, tx, st, cm in FORCE_ITEMS:
    ITEMS[key] = dict(report=rep, type=ty, text=tx, status=st, comment=cm)
for key, tx, st in P2122:
    cm = {"complete": DONE, "superseded": SUP.replace("HMIC's PEEL Effectiveness inspections",
                                                      "HMICFRS's PEEL 2023–25 inspection"),
          "awaiting-review": NEW}.get(st, MON)
    ITEMS["p2122_" + key] = dict(report="peel2122", type=AFI, text=tx, status=st, comment=cm)

# ids: unique integers with no prefix (as the old register): each report's items were entered
# together, so its ids run on in report order with small gaps; later reports get higher ids
used: set[int] = set()
BASE = {2013: 1100, 2014: 2300, 2015: 4800, 2017: 6900, 2018: 8800, 2019: 9900, 2020: 11200,
        2021: 12300, 2022: 13100}
for rep in sorted(REPORTS, key=lambda r: REPORTS[r][1]):
    pub = REPORTS[rep][1]
    n = BASE[pub.year] + (pub.month - 1) * 60 + random.randint(0, 20)
    for key, it in ITEMS.items():
        if it["report"] != rep:
            continue
        n += random.randint(1, 3)
        assert n not in used
        used.add(n)
        it["id"] = n
        if it["status"] == "awaiting-review":
            sd = pub + dt.timedelta(days=random.randint(1, 20))
        else:
            sd = min(pub + dt.timedelta(days=random.randint(200, 1500)), dt.date(2024, 1, 31))
        it["status_date"] = sd

# the definitive list, ordered by ID (= roughly by publication date)
hm_order = sorted(ITEMS, key=lambda k: ITEMS[k]["id"])
HM_ROW = {k: i + 2 for i, k in enumerate(hm_order)}  # header = row 1
with open(os.path.join(CASE, "hmicfrs.csv"), "w", encoding="cp1252", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(["Force", "Recommendation ID", "Report title", "Date published", "Type",
                "Recommendation", "Status", "Status date", "Latest comment"])
    for k in hm_order:
        it = ITEMS[k]
        title, pub = REPORTS[it["report"]]
        w.writerow([FORCE, it["id"], title, ordinal(pub), it["type"], it["text"], it["status"],
                    ordinal(it["status_date"]), it["comment"]])

# ----------------------------------------------------------------------------- force tracker
GREEN, AMBER, RED = "FF00B050", "FFFFC000", "FFFF0000"
WHITE, GREY, BLUE = "FFFFFFFF", "FFBFBFBF", "FF00B0F0"
FILL = {"GREEN": GREEN, "AMBER": AMBER, "RED": RED, "WHITE": WHITE, "GREY": GREY}
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
wb.remove(wb.active)
TRUTH: list[dict] = []   # dict(key or None, prov, done, why_extra)
CONFLICT: dict[str, str] = {}


def d(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%d/%m/%Y")


class Sheet:
    def __init__(self, name: str, title: str, sub: str | None, headers: list[str],
                 widths: list[int]):
        self.ws = wb.create_sheet(name)
        self.name = name
        self.headers = headers
        self.ws["A1"] = title
        self.ws["A1"].font = TITLE
        self.ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        if sub:
            self.ws["A2"] = sub
            self.ws["A2"].font = Font(italic=True)
        for c, h in enumerate(headers, 1):
            cell = self.ws.cell(row=3, column=c, value=h)
            cell.font = BOLD
            cell.fill = PatternFill("solid", fgColor="FFD9E1F2")
            cell.alignment = WRAP
        for c, wd in enumerate(widths, 1):
            self.ws.column_dimensions[self.ws.cell(row=3, column=c).column_letter].width = wd
        self.ws.freeze_panes = "A4"
        self.row = 4

    def item(self, key: str | None, values: list, done: bool | None, note: str = "",
             fill_col: str | None = None, fill: str | None = None):
        for c, v in enumerate(values, 1):
            cell = self.ws.cell(row=self.row, column=c, value=v)
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if fill_col:
            c = self.headers.index(fill_col) + 1
            self.ws.cell(row=self.row, column=c).fill = PatternFill("solid", fgColor=fill)
        TRUTH.append(dict(key=key, prov=f"{self.name}!{self.row}", done=done, note=note))
        self.row += 1

    def other(self, values: list, bold: bool = False, fills: dict | None = None):
        """A non-item row (heading, note, legend)."""
        for c, v in enumerate(values, 1):
            cell = self.ws.cell(row=self.row, column=c, value=v)
            if bold:
                cell.font = BOLD
        for c, f in (fills or {}).items():
            self.ws.cell(row=self.row, column=c).fill = PatternFill("solid", fgColor=f)
        self.row += 1

    def blank(self):
        self.row += 1


def rag(sheet: Sheet, key, values, word, note=""):
    """A row whose RAG column holds the word and the matching fill."""
    done = word in ("GREEN", "WHITE", "GREY", "BLUE")
    col = "RAG" if "RAG" in sheet.headers else "Status"
    sheet.item(key, values, done, note, fill_col=col, fill=FILL.get(word, BLUE))


# ---- Summary (not items) ------------------------------------------------------------------
summ = wb.create_sheet("Summary")
summ["A1"] = f"HMICFRS recommendations tracker – {FORCE}"
summ["A1"].font = TITLE
summ["A2"] = "As at 29/02/2024 – for the Joint Audit Committee, 14 March 2024"
for c, h in enumerate(["Tab", "Title", "Rows on tab", "Rows moved to Closed tab", "Total"], 1):
    summ.cell(row=3, column=c, value=h).font = BOLD
summ.column_dimensions["A"].width = 16
summ.column_dimensions["B"].width = 60

# ---- PEEL 21-22 (Ref / AFI / Lead / RAG / Comments / Date closed) -------------------------
s = Sheet("PEEL 21-22", "PEEL 2021/22 – areas for improvement – action plan",
          "Reviewed monthly at Organisational Learning Board. Closed AFIs moved to 'Closed' tab.",
          ["Ref", "AFI", "Lead", "RAG", "Comments", "Date closed"], [8, 70, 22, 9, 60, 12])
P = "p2122_"
rag(s, P + "rsso", ["AFI 1", "Make sure RASSO investigations are allocated to officers with the "
                    "right skills & are effectively supervised", "Det Ch Supt Force CID", "AMBER",
                    "12/01/2024 – Op Soteria workstream; RASSO team uplift approved, recruitment "
                    "under way.", None], "AMBER")
rag(s, P + "vawg", ["AFI 2", "Improve understanding of the nature and scale of VAWG in Cumbria",
                    "Ch Supt Public Protection", "GREEN",
                    "VAWG problem profile completed Nov 23 and signed off at FET. Ready to move "
                    "to GREEN status.", d("05/12/2023")], "GREEN")
rag(s, P + "da_vcop", ["AFI 3", "Victims of DA to be kept informed about progress of their case "
                       "in line with the Victims Code (VCOP)", "Ch Supt Public Protection", "RED",
                       "VCOP compliance 61% in Q3 dip sample. Little work yet undertaken in this "
                       "area.", None], "RED")
rag(s, P + "asb", ["AFI 4", "Improve timeliness of response to calls for service involving ASB",
                   "Supt Contact Centre", "AMBER",
                   "Work undertaken in area but still requires development to complete. "
                   "Grading policy under review.", None], "AMBER")
rag(s, P + "control", ["AFI 5", "The force should ensure it has sufficient resources in the "
                       "control room to fulfil its resourcing model & meet demand, taking "
                       "account of workforce wellbeing", "Supt Contact Centre", "AMBER",
                       "Demand & resourcing review commissioned (Nov 23).", None], "AMBER")
rag(s, P + "ub", ["AFI 6", "Ensure all officers who use S&S powers have had, and understand, "
                  "training on unconscious bias and CoP APP on S&S",
                  "Head of Learning & Development", "GREEN",
                  "98% of officers trained (Jan 24). Completed. Evidence to be submitted to "
                  "HMICFRS for closure.", d("31/01/2024")], "GREEN")
rag(s, P + "uof", ["AFI 7", "Effective internal monitoring of use of force – identify & understand "
                   "disproportionate use, explain reasons, implement improvement action",
                   "ACC Local Policing", "AMBER",
                   "Use of force scrutiny panel re-launched; data quality issues with UoF forms.",
                   None], "AMBER")
rag(s, P + "county", ["AFI 8", "Analysis of county lines to inform strategic assessment and "
                      "control strategy", "Head of Intelligence", "GREY",
                      "Superseded – picked up in the 2023–25 PEEL inspection / new control "
                      "strategy.", d("30/06/2023")], "GREY")
rag(s, P + "soc", ["AFI 9", "Improve how we gather, assess & act on intelligence about SOC",
                   "Head of Intelligence", "AMBER", "Intelligence review ongoing.", None],
    "AMBER")
rag(s, P + "stalk", ["AFI 10", "Consistently use ancillary orders & other powers to protect "
                     "victims of stalking and harassment", "Ch Supt Public Protection", "GREEN",
                     "SPO applications up 40%. Pending sign off by the chief officer lead.",
                     d("15/02/2024")], "GREEN")
rag(s, P + "nbh", ["AFI 11", "Develop a problem-solving approach to neighbourhood crime, working "
                   "with communities and partners", "ACC Local Policing", "GREEN",
                   "Problem-solving hub live; confirmed complete by HMICFRS.", d("20/09/2023")],
    "GREEN")
rag(s, P + "ocsa", ["AFI 12", "Ensure enough specialist capacity & capability to investigate "
                    "online CSA", "Det Ch Supt Force CID", "RED",
                    "POLIT backlog 140 devices. Business case for 2 DCs rejected; re-bid 24/25.",
                    None], "RED")
rag(s, P + "cms", ["AFI 15", "Improve use of crime recording & management system to better "
                   "manage case files & investigative processes", "Head of Criminal Justice",
                   "AMBER", "Niche upgrade due Q1 24/25.", None], "AMBER")
rag(s, P + "knife", ["AFI 16", "Evaluate work to prevent knife crime & share what works",
                     "ACC Crime", "AMBER", "Evaluation with university partner – report due "
                     "June 2024.", None], "AMBER")
s.blank()
rag(s, None, ["JAC 3", "JAC action: Add violence against women and girls measures to the "
              "monthly Force Performance pack", "Head of Corporate Development", "GREEN",
              "Added from Dec 23 pack.", d("08/01/2024")], "GREEN")
s.blank()
s.other(["Key:", "GREEN – the recommendation is implemented"], fills={1: GREEN})
s.other(["", "AMBER – subject to ongoing work and monitoring but anticipated to be implemented"],
        fills={1: AMBER})
s.other(["", "RED – beyond designated deadline or cannot / will not be implemented"],
        fills={1: RED})
s.other(["", "WHITE – not the force's responsibility to deliver / dependent upon another "
              "organisation; GREY – superseded"])
s.other(["", "AFI 13 & AFI 14 – see Closed tab"])

# ---- PEEL 18-19 (No. / Type / Recommendation / Lead officer / Status / Progress / Target) --
s = Sheet("PEEL 18-19", "PEEL Assessment 2018/19 – causes of concern, recommendations & AFIs",
          "Owner: DCC. Last updated 02/02/2024",
          ["No.", "Type", "Recommendation / AFI", "Lead officer", "Status", "Progress update",
           "Target date"], [6, 8, 70, 20, 18, 60, 14])
s.other(["", "", "Cause of concern 1 – investigative capacity and capability"], bold=True)
s.item("p1819_coc1", [1, "CoC", "The force does not have the capacity or capability to "
       "investigate crime effectively, which is affecting the service to the public. Failings "
       "in the way crimes are investigated.", "ACC Crime", "In progress",
       "Investigation Standards Board in place. Covered by the Investigation Improvement Plan.",
       "Mar-24"], False)
s.item("p1819_r1", ["1.1", "Rec", "Within six months – ensure regular & active supervision of "
       "the quality and progress of investigations; supervison to be properly recorded.",
       "Det Ch Supt Force CID", "Complete",
       "Supervisory review template on Niche mandatory since 01/10/2023. Completed. Evidence "
       "submitted to HMICFRS for closure.", "Oct-23"], True)
s.item("p1819_r2", ["1.2", "Rec", "Within six months – improve ability to retrieve digital "
       "evidence from mobile phones, computers & other devices quickly enough to ensure "
       "investigations not delayed", "Head of Digital Forensics", "Open - Actions on going on "
       "track", "Kiosk roll-out 75% complete. Backlog down from 900 to 310.", "Jun-24"], False)
s.blank()
s.other(["", "", "Cause of concern 2 – vetting"], bold=True)
s.item("p1819_coc2", [2, "CoC", f"The size of the vetting backlog within {FORCE} is a cause of "
       "concern.", "Head of Professional Standards", "In progress",
       "Backlog 212 (Jan 24) from 1,450 at inspection.", "Sep-24"], False)
s.item("p1819_r4", ["2.1", "Rec", "Ensure all staff have at least the lowest level of vetting "
       "clearance for their roles ASAP, clearing the backlog and renewals so force complies "
       "with national vetting guidelines", "Head of Professional Standards", "pending sign off",
       "All staff hold minimum clearance (audit 15/01/2024). Pending sign off by DCC.", "Jan-24"],
       True)
s.blank()
s.other(["", "", "Areas for improvement"], bold=True)
s.item("p1819_a1", [3, "Rec", "Develop understanding of the links between outcomes, outputs "
       "and costs", "Director of Finance", "In progress",
       "Outcome-based budgeting pilot in 2 directorates.", "Mar-25"], False)
CONFLICT["p1819_a1"] = ("different type: the list has it as an Area for improvement, the "
                        "force's Type column says 'Rec'")
s.item("p1819_a2", [4, "AFI", "Develop a future workforce plan aligned with demand & budget – "
       "to include resource allocations, skills mix & behaviours", "Director of People",
       "In progress", "Strategic Workforce Plan 2024-27 drafted.", "Apr-24"], False)
s.item(None, [5, "Rec", "Improve arrangements both to consult with the public about business "
       "planning and to feed back on changes made to service delivery as a result of such "
       "consultation.", "Head of Corporate Development", "In progress",
       "Consultation on the Police and Crime Plan closed 31/12/2023.", "Mar-24"], False)
s.other(["", "", "Rec 1.3 (RUI/bail) moved to Closed tab 11/2022"])

# ---- CDI 2019 (has the register's ID) ------------------------------------------------------
s = Sheet("CDI 2019", "Crime Data Integrity inspection 2019 – action plan",
          "Lead: Force Crime Registrar",
          ["No.", "HMICFRS ID", "Recommendation", "Lead officer", "Status", "Progress update",
           "Target date"], [6, 11, 70, 20, 18, 60, 12])
cid = ITEMS["cdi_r1"]["id"]
s.item("cdi_r1", ["1a", cid, "Victims are believed at the point of report", "Supt Contact Centre",
                  "Complete", "THRIVE+ script updated; dip sample 97% compliant.", "Mar-20"],
       True, "bullet 1 of 5")
s.item("cdi_r1", ["1b", cid, "Conversations between call handlers & callers summarised "
                  "accurately in the incident log so attending officers have full facts for "
                  "crime-recording decisions", "Supt Contact Centre", "In progress",
                  "Storm log QA – monthly audit by Contact Centre QA team.", "Jun-24"],
       False, "bullet 2 of 5")
s.item("cdi_r1", ["1c", cid, "Multiple crimes always recorded when described in incident records "
                  "or identified as part of other recorded crime investigations",
                  "Force Crime Registrar", "In progress",
                  "Multiple-crime audit Q3: 84% compliance.", "Jun-24"], False, "bullet 3 of 5")
s.item("cdi_r1", ["1e", cid, "Online reports of crime triaged on receipt to identify ongoing risk "
                  "to victim / public", "Supt Contact Centre", "Complete",
                  "Single Online Home triage desk live 2021.", "Dec-21"], True, "bullet 5 of 5")
s.item("cdi_r2", [2, ITEMS["cdi_r2"]["id"], "Within 3 months – revise approach to cautions, "
                  "cannabis warnings & PNDs: clear & auditable explanation to offender; victim's "
                  "views recorded before issue for victim-based crime", "Head of Criminal Justice",
                  "pending sign off", "OOCD policy rewritten and scrutiny panel in place.",
                  "Jan-24"], True)
rid = str(ITEMS["cdi_r3"]["id"])
bad = next(b for b in (rid[:i] + rid[i + 1] + rid[i] + rid[i + 2:]
                       for i in range(len(rid) - 2, -1, -1))
           if b != rid and int(b) not in used)  # adjacent digits transposed, not another id
s.item("cdi_r3", [3, int(bad), "Immediately – fully comply with NCRS requirements for offences "
                  "identified as MSHT", "Force Crime Registrar", "In progress",
                  "MSHT crime audit scheduled Q1 2024/25.", "Jun-24"], False)
CONFLICT["cdi_r3"] = (f"different reference: the force row gives HMICFRS ID {bad}, the list "
                      f"has {rid} (digits transposed); same report and text")
s.item("cdi_r4", [4, ITEMS["cdi_r4"]["id"], "By March 2020 – arrangements to scrutinise audits of "
                  "compliance with APP on information management through the force IM "
                  "governance structure", "Head of Information Management", "In progress",
                  "IM Board ToR revised; audit schedule not yet agreed.", "Mar-24"], False)
s.item("cdi_a1", [5, ITEMS["cdi_a1"]["id"], "AFI – record reports of stalking & harassment "
                  "accurately and without delay", "Force Crime Registrar", "awaiting allocation",
                  "", ""], False)
s.item(None, [6, "", "Internal audit action: Dip-sample 50 rape and serious sexual offences "
              "crime reports each quarter and report findings to the Crime Standards Board",
              "Force Crime Registrar", "In progress", "Q3 dip sample reported 18/01/2024.",
              "ongoing"], False)
CONFLICT["cdi_r1"] = ("split item with a missing bullet: the force split the victims-believed "
                      "recommendation into rows 1a, 1b, 1c, 1e; bullet 4 (awaiting medical "
                      "examinations / video interviews before recording) has no force row")
s.blank()
s.other(["", "", "Note: HMICFRS CDI revisit expected 2024/25 – FCR to collate evidence"])

# ---- Custody 2020 (Rec No / Recommendation / Owner / Status / Update) ----------------------
s = Sheet("Custody 2020", "Custody inspection 2020 (HMICFRS/HMIP) – recommendations",
          None, ["Rec No", "Recommendation", "Owner", "Status", "Update"], [8, 70, 18, 18, 60])
s.item("cust_r1", ["1a", "Children only detained when absolutely necessary & for the absolute "
                   "minimum time", "Ch Insp Custody", "closed",
                   "Achieved – 2023 revisit. Detention of children policy rewritten."], True,
       "bullet 1 of 4")
s.item("cust_r1", ["1b", "Custody officers & staff assess early a child's need for alternative "
                   "accomodation (secure or otherwise), working with CSC for the most appropriate "
                   "option", "Ch Insp Custody", "closed",
                   "Achieved – PACE bed protocol agreed with county council 03/2022."], True,
       "bullet 2 of 4")
s.item("cust_r1", ["1c", "Custody staff record all actions taken & decisions made on the relevant "
                   "documentation", "Ch Insp Custody", "Proposed for closure",
                   "Partially achieved at revisit; NSCR audit now 95%. Proposed for closure."],
       True, "bullet 3 of 4")
s.item("cust_r1", ["1d", "Improve timeliness of appropriate adult support for children who are "
                   "arrested", "Ch Insp Custody", "Proposed for closure",
                   "New AA contract from 01/04/2023; average wait 2h10m."], True, "bullet 4 of 4")
s.item("cust_a1", ["AFI 1", "Officers & staff to have the training they need to identify & respond "
                   "to people with mental ill health", "Head of Learning & Development",
                   "in progress", "Mental health e-learning launched; 54% completion."], False)
s.item("cust_a2", ["AFI 2", "Performance framework to give senior leaders a clear picture of the "
                   "response to people with mental ill health", "Head of Corporate Development",
                   "Complete", "MH measures in custody performance pack since 2021."], True)
s.item(None, ["Local", "Agree an information-sharing protocol on people with mental ill health "
              "with the local authorities", "Ch Insp Custody", "in progress",
              "Draft protocol with Cumbria County Council legal."], False)

# ---- NCPI 2018 ----------------------------------------------------------------------------
s = Sheet("NCPI 2018", "National Child Protection Inspection 2018 – improvement plan",
          "Lead: Ch Supt Public Protection",
          ["Ref", "Recommendation", "Lead", "RAG", "Comments", "Date closed"],
          [8, 70, 22, 9, 60, 12])
rag(s, "ncpi_coc", ["CoC", "Response to missing & absent children is a cause of concern – risk "
                    "for children who go missing from home assessed inappropriately; some "
                    "children classed as 'absent' who should have been 'missing'",
                    "Ch Supt Public Protection", "AMBER",
                    "Missing from home team established. HMICFRS revisit expected 2024.", None],
    "AMBER")
rag(s, "ncpi_r1", ["R1", "Immediately review approach to reports of missing children – call "
                   "takers use missing/absent category appropriately; call takers & frontline "
                   "staff can identify CSE risk factors; supervisors provide correct oversight "
                   "of missing person enquiries", "Ch Supt Public Protection", "AMBER",
                   "Absent category withdrawn 2019. Supervisory oversight audit due.", None],
    "AMBER")
rag(s, "ncpi_r2", ["R2", "Within 6 months the force should have active ISAs in place with "
                   "other agencies – speedy exchange of intel, safeguard victims better, "
                   "identify suspects early", "Head of Intelligence", "GREEN",
                   "MASH ISA refreshed & signed by all partners 10/2023.", d("31/10/2023")],
    "GREEN")
rag(s, "ncpi_a1", ["AFI 1", "Improve how we work with partner organisations to safeguard people "
                   "at risk from CSE", "Ch Supt Public Protection", "AMBER",
                   "CSE sub-group of LSCP.", None], "AMBER")
rag(s, "ncpi_a2", ["AFI 2", "Make sure officers and staff have training to identify and respond "
                   "to online CSA", "Head of Learning & Development", "AMBER",
                   "Open - Actions on going on track", None], "AMBER")
rag(s, "stolen_4", ["R3", "Immediately, forces should take steps to ensure they are fully "
                    "compliant with the NRM process as it evolves and are implementing the "
                    "requirement under the Modern Slavery Act 2015 to notify the Home Office of "
                    "any individual suspected to be an adult victim of MSHT.",
                    "Ch Supt Public Protection", "AMBER", "Duty to Notify (DtN) guidance issued.",
                    None], "AMBER")
CONFLICT["stolen_4"] = ("different report: the force tracks the Stolen Freedom (2017) NRM "
                        "recommendation on its 'NCPI 2018' tab (national child protection "
                        "inspection)")

# ---- PEEL Eff 16 ---------------------------------------------------------------------------
s = Sheet("PEEL Eff 16", "PEEL Effectiveness 2016 – cause of concern (domestic abuse)", None,
          ["Rec No", "Recommendation", "Owner", "Status", "Update"], [8, 70, 18, 18, 60])
s.item("eff16_coc", ["CoC", "Response to DA is a cause of concern – policy allows officer "
                     "discretion on completing DASH; officers not consistently completing DASH "
                     "where policy requires", "Ch Supt Public Protection", "in progress",
                     "DA Improvement Plan v4. FET agreed on 25 July that we would risk-assess "
                     "all DA incidents."], False)
s.item("eff16_r1", ["1", "Effective supervision of the initial risk assessment process – "
                    "completion of DASH in appropriate cases", "Ch Supt Public Protection",
                    "in progress", "Supervisor DASH review field added to STORM; compliance 88%."],
       False)
s.other(["", "Recs 2 & 3 closed – see Closed tab"])

# ---- Powers 21 ---------------------------------------------------------------------------
s = Sheet("Powers 21", "Police powers spotlight (Feb 21) – stop & search / use of force", None,
          ["No.", "Recommendation", "Owner", "Status", "Update", "Last reviewed"],
          [6, 70, 20, 18, 55, 12])
s.item("powers_1", [1, "By July 2023, forces should ensure that officers and staff have "
                    "effective communication skills, in line with the National Policing "
                    "Guidelines on Conflict Management. In addition to existing training on "
                    "conflict management & de-escalation.", "Head of Learning & Development",
                    "In Progress", "Included in PST refresher from 04/2023.", d("19/02/2024")],
       False)
CONFLICT["powers_1"] = ("different deadline in the text: the list says 'By July 2022', the "
                        "force row says 'By July 2023'")
s.item("powers_2", [2, "By July 2021 – communication skills reinforced through CPD; supervisors "
                    "supported to debrief officers routinely using BWV footage",
                    "Head of Learning & Development", "Complete",
                    "CPD day content signed off; BWV debrief guide issued.", d("19/02/2024")],
       True)
s.item("powers_3", ["3a", "By Sept 2021 – officers record on BWV the entirety of all S&S "
                    "encounters incl. traffic stops & use of force incidents", "ACC Local Policing",
                    "Complete", "BWV policy mandates full recording.", d("19/02/2024")], True,
       "part 1 of 3")
s.item("powers_3", ["3b", "Structured process for regularly reviewing & monitoring a sufficient "
                    "sample of BWV footage internally – disseminate learning, hold officers to "
                    "account", "ACC Local Policing", "Complete",
                    "Monthly BWV dip sample by S&S lead.", d("19/02/2024")], True, "part 2 of 3")
s.item("powers_3", ["3c", "External scrutiny panel members given access to samples of BWV "
                    "footage of S&S and UoF, per CoP APP safeguards", "ACC Local Policing",
                    "Proposed for closure", "Panel viewing BWV quarterly since 06/2022.",
                    d("19/02/2024")], True, "part 3 of 3")
s.item("powers_4", [4, "The Home Office and the NPCC should take steps to ensure that the "
                    "quality of the data collected on the number of incidents where force has "
                    "been used to effect a stop and search is sufficient for publication.",
                    None, "WHITE", "Not the force's responsibility to deliver; dependent upon "
                    "another organisation.", d("19/02/2024")], True,
       "WHITE = not the force's to deliver, read as done")
s.ws.cell(row=s.row - 1, column=4).fill = PatternFill("solid", fgColor=WHITE)
s.other(["", "Rec 5 (internal monitoring of use of force) closed – see Closed tab"])

# ---- Legit 17 S&S ------------------------------------------------------------------------
s = Sheet("Legit 17 S&S", "PEEL Legitimacy 2017 - national (stop and search)", None,
          ["No.", "Recommendation", "Owner", "RAG", "Update", "Last reviewed"],
          [6, 70, 20, 9, 55, 12])
rag(s, "leg17_1", ["CoC", "Cause of concern – forces unable to demonstrate S&S use is "
                   "consistently reasonable & fair; over-representation of BAME people, black "
                   "people in particular", "ACC Local Policing", "AMBER",
                   "Covered by the S&S improvement plan.", d("19/02/2024")], "AMBER")
rag(s, "leg17_2", [1, "By July 2018 – regular & frequent monitoring of comprehensive S&S data: "
                   "reasons for disproportionality; find rates by ethnicity & search type (incl "
                   "drug possession / supply); prevalence of possession-only drug searches",
                   "ACC Local Policing", "GREEN",
                   "S&S dashboard live (Qlik). Completed – evidence submitted to HMICFRS.",
                   d("19/02/2024")], "GREEN")
rag(s, "leg17_3", [2, "Where disparities are identified, show the public we have researched the "
                   "reasons and taken action to reduce the disparity", "ACC Local Policing",
                   "AMBER", "Research with Lancaster University commissioned.",
                   d("19/02/2024")], "AMBER")
rag(s, "leg17_5", [4, "By July 2018 and ongoing – all officers who use S&S powers trained on "
                   "unconscious bias & CoP APP", "Head of Learning & Development", "AMBER",
                   "Ongoing – new joiners covered; refresher for existing officers.",
                   d("19/02/2024")], "AMBER")
s.other(["", "No. 3 (publish analysis annually) – closed, see Closed tab"])

# ---- MSHT 2017 -----------------------------------------------------------------------------
s = Sheet("MSHT 2017", "Stolen Freedom (MSHT) 2017 – action plan", "Lead: Ch Supt Public Protection",
          ["No.", "Recommendation", "Owner", "Status", "Update", "Last reviewed"],
          [6, 70, 20, 20, 55, 12])
s.item("stolen_1", ["1a", "Within 12 months – review leadership & governance for MSHT so that "
                    "senior leaders prioritise the response to MSHT", "ACC Crime", "Complete",
                    "MSHT Gold group chaired by ACC.", d("02/02/2024")], True, "bullet 1 of 4")
s.item("stolen_1", ["1b", "Every MSHT incident allocated appropriate resources with skills, "
                    "experience & capacity to investigate effectively", "Det Ch Supt Force CID",
                    "In Progress", "Allocation policy under review.", d("02/02/2024")], False,
       "bullet 2 of 4")
s.item("stolen_1", ["1c", "Effective partnership arrangements to co-ordinate activity, share "
                    "information & safeguard victims", "Ch Supt Public Protection", "Complete",
                    "Anti-Slavery Partnership meets quarterly.", d("02/02/2024")], True,
       "bullet 3 of 4")
s.item("stolen_1", ["1d", "Performance & QA measures so senior leaders can assess nature & quality "
                    "of service to victims", "Head of Corporate Development", "Complete",
                    "MSHT measures in Force Performance pack.", d("02/02/2024")], True,
       "bullet 4 of 4")
s.item("stolen_2", [2, "Within 12 months, forces should have in place active ISAs with other "
                    "agencies to facilitate speedy exchange of intelligence & in order to "
                    "safeguard victims better & to identify suspects as early as possible",
                    "Head of Intelligence", "In Progress",
                    "Awaiting allocation of analyst to map partner data flows.", d("02/02/2024")],
       False)
CONFLICT["stolen_2"] = ("different timescale in the text: the list says 'Within six months', "
                        "the force row says 'Within 12 months'")
s.item("stolen_3", [3, "Immediately – all victims carrying out criminal acts under compulsion "
                    "attributable to slavery/exploitation get early & continuing consideration "
                    "of the s45 defence", "Head of Criminal Justice", "Proposed for closure",
                    "s45 aide-memoire issued; CPS liaison confirmed.", d("02/02/2024")], True)
s.item("stolen_5", [5, "Immediately – fully comply with NCRS for offences identified as MSHT; "
                    "sufficient audit capacity for the FCR", "Force Crime Registrar",
                    "In Progress", "See also CDI 2019 rec 3.", d("02/02/2024")], False)
s.item("stolen_6", [6, "Immediately – allegations/indications of MSHT thoroughly investigated & "
                    "supervised by teams with the skills & experience (incl JITs)",
                    "Det Ch Supt Force CID", "in progress", "", d("02/02/2024")], False)
s.blank()
s.item(None, ["L1", "Force action - Appoint a single point of contact for modern slavery and "
              "human trafficking in each local policing area", "Ch Supt Public Protection",
              "Complete", "SPOCs in North, South and West areas.", d("02/02/2024")], True)

# ---- Digital 2017 ---------------------------------------------------------------------------
s = Sheet("Digital 2017", "PEEL Efficiency 2017 - national – digitally enabled services", None,
          ["Rec No", "Recommendation", "Owner", "Status", "Update"], [8, 70, 18, 18, 60])
s.item("efc17_1", ["1", "By Sept 2018 chief constables to produce an ambitious plan to improve "
                   "digitally-enabled services within their force", "Head of Corporate "
                   "Development", "pending sign off",
                   "Digital Policing Strategy 2023-26 approved at FET 21/11/2023."], True)
s.item(None, ["2", "Review the digital forensics demand profile as part of the force "
              "management statement", "Head of Digital Forensics", "in progress",
              "FMS 2024 in draft."], False)

# ---- Firearms 2015 (RAG by shading only) ---------------------------------------------------
s = Sheet("Firearms 2015", "Firearms licensing 2015 – Targeting the Risk – progress chart",
          "Assessment rating: PLEASE SHADE BOX APPROPRIATE COLOUR",
          ["No.", "HMIC 2015", "Force update / assessment of progress",
           "Estimated completion date / updated", "Grading R/A/G"], [6, 70, 55, 18, 10])


def shade(key, vals, colour, note=""):
    s.item(key, vals + [None], colour == GREEN, note or "RAG given by cell shading only",
           fill_col="Grading R/A/G", fill=colour)


shade("firearms_1", [1, "Within 3 months, CCs to assess how well governance of firearms "
                     "licensing meets APP standards; put in place correct arrangements where not",
                     "Governance review completed; FL Board chaired by ACC.", "31/03/2016"],
      GREEN)
shade("firearms_2", [2, "Within 3 months, assess demand on firearms licensing dept and ensure it "
                     "has capacity to meet demand & provide an efficient and effective service "
                     "at all times", "Already complete / believed to be complete within short "
                     "time scale. Two additional enquiry officers recruited 2023.", "30/11/2023"],
      GREEN)
shade("firearms_3", [3, "Immediately – satisfy ourselves all appropriate action is being taken on "
                     "'total expired' licensing records", "Work undertaken in area but still "
                     "requires development to complete.", "30/06/2024"], AMBER)
shade("firearms_4", [4, "Within 3 months – temporary permits in line with HO guidance, recorded "
                     "without delay on NFLMS; no certificate holder in unlawful possession",
                     "Temporary permit log audit – 6 late entries found.", "30/06/2024"], AMBER)
shade("firearms_5", [5, "Within 3 months – systems to identify before attendance whether an "
                     "incident involves / is at the address of a certificate holder, always "
                     "applied by dispatchers; officers understand risk assessment & seizure "
                     "powers", "STORM flag for certificate holders live.", "31/12/2016"], GREEN)
s.item(None, [6, "Internal audit action: Internal audit of the firearms licensing governance "
              "arrangements (audit plan 2023/24)", "Fieldwork complete; draft report due.",
              "31/03/2024", None], False, "RAG given by cell shading only",
       fill_col="Grading R/A/G", fill=AMBER)
s.blank()
s.other(["", "RED", "Little work yet undertaken in this area. Unlikely to reach deadlines"],
        fills={2: RED})
s.other(["", "AMBER", "Work undertaken in area but still requires development to complete"],
        fills={2: AMBER})
s.other(["", "GREEN", "Already complete / believed to be complete within short time scale (and "
         "within deadline)"], fills={2: GREEN})
s.other(["", "Light blue shaded areas do not need to be completed"], fills={2: "FFDDEBF7"})

# ---- S&S 2015 -------------------------------------------------------------------------------
s = Sheet("S&S 2015", "Stop & search powers 2 – 2015", None,
          ["Rec No", "Recommendation", "Owner", "Status", "Update"], [8, 70, 18, 18, 60])
s.item("sas15_1", ["6", "CCs, in consultation with PCCs, to comply with the Code of Practice by "
                   "explaining to the public how S&S powers are used and arranging for S&S "
                   "records to be scrutinised by community representatives, involving those "
                   "stopped and searched e.g. young people", "ACC Local Policing", "in progress",
                   "Youth scrutiny panel recruitment ongoing (see also Powers 21 rec 3c)."],
       False)
s.other(["", "2013 recommendations – see Closed tab"])

# ---- Core Bus 2014 --------------------------------------------------------------------------
s = Sheet("Core Bus 2014", "Core business 2014", None,
          ["Rec No", "Recommendation", "Owner", "Status", "Update"], [8, 70, 18, 18, 60])
s.item("core_2", ["2", "By 31 March 2015 – crime prevention / disruption activity systematically "
                  "recorded & evaluated to determine effectiveness of tactics",
                  "ACC Local Policing", "in progress",
                  "Problem-solving database (POP) – evaluation template being rolled out."],
       False)

# ---- Closed -------------------------------------------------------------------------------
s = Sheet("Closed", "Closed recommendations – moved from report tabs",
          "Items moved here once signed off at Organisational Learning Board. Do not delete.",
          ["Report", "Published", "Rec No", "Recommendation / AFI", "Owner", "Status",
           "Date closed", "Closure rationale"], [14, 12, 8, 70, 20, 10, 12, 50])


def closed(key, vals):
    s.item(key, vals, True)


closed("sas13_1", ["S&S 2013", "Jul-13", "1", "CCs & CoP to set out in S&S APP a clear "
                   "specification of what constitutes effective & fair use of S&S powers, "
                   "compliant with the Code of Practice", "ACC Local Policing", "closed",
                   d("14/04/2015"), "APP published by CoP."])
closed("sas13_2", ["S&S 2013", "Jul-13", "2", "Establish or improve monitoring of the way "
                   "officers stop and search people – acting in accordance with law (incl "
                   "equality legislation & CoP) & power used effectively", "ACC Local Policing",
                   "closed", d("30/09/2016"), "Monthly S&S performance meeting in place."])
closed("sas13_3", ["S&S 2013", "Jul-13", "3", "In consultation with elected local policing bodies, "
                   "explain to the public how S&S powers are used & arrange for records to be "
                   "scrutinised by community representatives, involving young people",
                   "ACC Local Policing", "closed", d("30/09/2016"),
                   "Superseded by S&S 2015 rec 6."])
closed("everyone_1", ["DA 2014", "Mar-14", "1", EVERYONE_PLAN_RUN_ON, "Ch Supt Public Protection",
                      "closed", d("30/09/2014"), "DA action plan published on force website."])
closed(None, ["DA 2014", "Mar-14", "L2", "Task & Finish group to review the domestic abuse "
              "policy and report to the Force Executive Team", "Ch Supt Public Protection",
              "closed", d("12/12/2014"), "A Task & Finish group has been set up and a full "
              "implementation/project plan, policy rewrite and communications plan is now "
              "completed."])
closed("austerity_1", ["Austerity 2014", "Jul-14", "1", "Review plans to deliver savings – "
                       "continue to reduce crime & protect the front line while balancing "
                       "budgets (use HMIC VfM profiles)", "Director of Finance", "closed",
                       d("31/03/2015"), "MTFP refreshed."])
closed("austerity_3", ["Austerity 2014", "Jul-14", "3", "Forces reducing proportion of workforce "
                       "on the front line to assess whether decisive action taken to maintain "
                       "crime fighting capacity", "Director of Finance", "closed",
                       d("31/03/2015"), "Assessment provided to HMIC."])
closed("austerity_4", ["Austerity 2014", "Jul-14", "4", "Review plans for collaboration – scope "
                       "for better VfM and capability through joint working with other forces, "
                       "the public and/or private sector", "Director of Finance", "closed",
                       d("31/03/2016"), "Collaboration board established."])
closed("core_1", ["Core Bus 2014", "Sep-14", "1", "Not later than 31 March 2015 – provide "
                  "call-handlers with specific, sound & comprehensible criteria to assess "
                  "threat, harm & risk", "Supt Contact Centre", "closed", d("20/05/2016"),
                  "THRIVE implemented in control room."])
closed("integrity_1", ["Integrity 2015", "30/01/2016", "1", "By 31 August 2015 – satisfy "
                       "ourselves that misconduct investigations resulting in 'no further "
                       "action' are fair and free of any form of discrimination",
                       "Head of Professional Standards", "closed", d("31/08/2015"),
                       "PSD dip-sample process in place."])
CONFLICT["integrity_1"] = ("different publication date: the force's Closed row gives "
                           "'Published 30/01/2016', the list has 30th January 2015")
closed(None, ["PEEL Eff 2015", "Oct-15", "AFI 1", "The force should undertake further work to "
              "gain a fuller understanding of current demand for its services, and likely future "
              "changes in demand.", "Head of Corporate Development", "closed", d("31/03/2017"),
              "Demand analysis completed."])
closed("eff16_r2", ["PEEL Eff 16", "Mar-17", "2", "Within six months – consider ways of "
                    "increasing use of arrest, ancillary orders & other powers for DA victims",
                    "Ch Supt Public Protection", "closed", d("28/02/2018"),
                    "Positive action policy; DVPN use doubled."])
closed("eff16_r3", ["PEEL Eff 16", "Mar-17", "3", "Immediately cease DA risk assessments over the "
                    "telephone & dealing with DA in the resolution centre",
                    "Ch Supt Public Protection", "closed", d("31/03/2017"),
                    "Practice ceased 03/2017."])
closed("leg17_4", ["Legit 17 S&S", "Dec-17", "3", "Publish analysis & actions taken at least "
                   "annually, from July 2018", "ACC Local Policing", "closed", d("31/07/2019"),
                   "Annual S&S report published on website."])
closed("p1819_r3", ["PEEL 18-19", "May-19", "1.3", "Within six months – improve understanding "
                    "of suspects released under investigation (RUI) and management of those on "
                    "bail", "Det Ch Supt Force CID", "closed", d("30/11/2022"),
                    "Bail Act changes Oct 22; RUI review team."])
closed("powers_5", ["Powers 21", "Feb-21", "5", "By July 2021 – effective internal monitoring "
                    "processes on use of force to identify & understand disproportionate use",
                    "ACC Local Policing", "closed", d("31/07/2021"),
                    "UoF dashboard & scrutiny panel."])
closed("p2122_ed", ["PEEL 21-22", "May-22", "AFI 13", "Review how we gather & use E&D data to "
                    "understand workforce demographics", "Director of People", "closed",
                    d("31/03/2023"), "Self-declaration campaign; data in People dashboard."])
closed("p2122_whistle", ["PEEL 21-22", "May-22", "AFI 14", "Confidential way for staff to raise "
                         "concerns; staff aware of whistleblowing processes",
                         "Head of Professional Standards", "closed", d("30/06/2023"),
                         "Bad Apple line relaunched; comms campaign."])

# summary sheet numbers (not items): count per tab
tabs = [ws.title for ws in wb.worksheets if ws.title not in ("Summary", "Closed")]
r = 4
tot = [0, 0]
for t in tabs:
    rows = [x for x in TRUTH if x["prov"].startswith(t + "!")]
    n_closed = sum(1 for x in TRUTH if x["prov"].startswith("Closed!")
                   and wb["Closed"].cell(row=int(x["prov"].split("!")[1]), column=1).value == t)
    summ.cell(row=r, column=1, value=t)
    summ.cell(row=r, column=2, value=wb[t]["A1"].value)
    summ.cell(row=r, column=3, value=len(rows))
    summ.cell(row=r, column=4, value=n_closed)
    summ.cell(row=r, column=5, value=f"=C{r}+D{r}")
    tot[0] += len(rows)
    tot[1] += n_closed
    r += 1
summ.cell(row=r, column=1, value="Total").font = BOLD
summ.cell(row=r, column=3, value=f"=SUM(C4:C{r - 1})")
summ.cell(row=r, column=4, value=f"=SUM(D4:D{r - 1})")
summ.cell(row=r, column=5, value=f"=SUM(E4:E{r - 1})")
wb.save(os.path.join(CASE, "tracker.xlsx"))

# ----------------------------------------------------------------------------- truth
by_key: dict[str, list[dict]] = {}
for t in TRUTH:
    if t["key"]:
        assert t["key"] in ITEMS, t["key"]
        by_key.setdefault(t["key"], []).append(t)

HM_CLOSED = {"complete", "superseded"}
lines = []
for k in hm_order:
    it = ITEMS[k]
    hrow = f"hmicfrs.csv!{HM_ROW[k]}"
    rows = by_key.get(k, [])
    hm_open = it["status"] not in HM_CLOSED
    if not rows:
        lines.append((hrow, "", "missing_from_force",
                      f"{it['type']} ({it['status']}) not in the force tracker"))
        continue
    f_done = all(x["done"] for x in rows)
    split = len(rows) > 1
    if k in CONFLICT:
        cat, why = "conflict", CONFLICT[k]
    elif hm_open and f_done:
        cat, why = "closeable_submit", f"HMICFRS {it['status']}; force records it as done"
    elif not hm_open and not f_done:
        cat, why = "closeable_local", f"HMICFRS {it['status']}; force still tracks it as open"
    elif hm_open:
        cat, why = "in_sync", f"open on both sides (HMICFRS {it['status']})"
    else:
        cat, why = "in_sync", f"closed on both sides (HMICFRS {it['status']}; force done)"
    for x in rows:
        w = why
        if split:
            state = ("all parts done" if f_done else
                     f"{sum(not y['done'] for y in rows)} of {len(rows)} parts open")
            w = f"{why}; split item, {x['note']} ({state})"
        elif x["note"]:
            w = f"{why}; {x['note']}"
        lines.append((hrow, x["prov"], cat, w))
for x in TRUTH:
    if x["key"] is None:
        lines.append(("", x["prov"], "not_on_hmicfrs_list",
                      "force's own / other-source row, not on the HMICFRS list"))

with open(os.path.join(CASE, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln)

from collections import Counter  # noqa: E402
print("HMICFRS items:", len(ITEMS), "force item rows:", len(TRUTH), "truth lines:", len(lines))
print(Counter(ln[2] for ln in lines))
