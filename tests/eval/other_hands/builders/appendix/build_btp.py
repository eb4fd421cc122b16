"""Case btp_progress_chart: British Transport Police style "Stop and Search Recommendations
Progress Chart" (form header above the table, RAG given only by the fill of an empty "Grading
R/A/G" cell, light-blue cells that "do not need to be completed", dd/mm/yyyy dates), two chart
sheets plus a Key sheet, against an HMICFRS register-style xlsx with several reports."""
from __future__ import annotations

import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from common import (
    CAUSES, LOCAL_ACTIONS, MSHT_INTEL, SAS_MONITORING_2017, SF_LEADERSHIP, BWV_2021, RNG,
    abbr, body, category, flat, nat, topic, trunc, write_truth,
)

OUT = "/tmp/indep/appendix/btp_progress_chart"
os.makedirs(OUT, exist_ok=True)

FORCE = "British Transport Police"
REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
NREC = "National recommendation"
HCLOSED = {"complete"}
RED, AMBER, GREEN = "FF0000", "FFC000", "00B050"
YELLOW, LGREEN = "FFFF00", "92D050"          # how some officers shaded amber / green
LBLUE = "BDD7EE"
DONE_FILLS = {GREEN, LGREEN, LBLUE}           # light blue: "do not need to be completed"
FILLNAME = {RED: "red", AMBER: "amber", GREEN: "green", YELLOW: "yellow (amber)",
            LGREEN: "light green", LBLUE: "light blue (not to be completed)"}

REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              "9th July 2013"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", "4th September 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", "30th January 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              "24th March 2015"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               "24th October 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", "9th November 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", "12th December 2017"),
    "btpleg": ("PEEL: Police legitimacy 2017 – British Transport Police", "12th December 2017"),
    "btpeff": ("PEEL: Police effectiveness 2017 – British Transport Police", "22nd March 2018"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", "26th February 2021"),
}
ORDER = list(REPORTS)

COMMENT_OPEN = ["New recommendation",
                "The progress of the implementation of this recommendation is currently being "
                "monitored by HMICFRS and this record will, in due course, be updated.",
                ""]
COMMENT_CLOSED = ["This recommendation is complete",
                  "Authorised for closure on the basis of the additional observations offered by "
                  "members of the inspection team in recent inspection activity.",
                  "This area of activity has subsequently been inspected in HMIC's PEEL "
                  "Effectiveness inspections. Where a cause of concern still exists this will "
                  "appear in the register against these subsequent inspections."]

ITEMS = []


def fr(text, fill, upd="", due="", sheet=None, section=None, no=None):
    return dict(text=text, fill=fill, upd=upd, due=due, sheet=sheet, section=section, no=no)


def item(rep, typ, text, hs, force, conflict=None):
    ITEMS.append(dict(rep=rep, type=typ, text=text, hs=hs, force=force, conflict=conflict))


# ------------------------------------------------------------------ stop and search 2013
s = nat("sas13", 1)
cut = s.index(", and that the power")
item("sas13", NREC, nat("sas13", 0), "complete",
     fr(nat("sas13", 0), LBLUE, no="1"))
item("sas13", NREC, s, "being-progressed", [
    fr(s[:cut], GREEN, "Stop search scrutiny by the Stop Search Board (chaired by ACC) each "
       "month; Code A compliance dip-sampled by supervisors. Complete.", "31/03/2014", no="2a"),
    fr("…and that the power is used effectively to prevent crime, catch criminals and maintain "
       "public trust.", GREEN, "Positive outcome rate now in the monthly performance pack. "
       "Complete 14/09/2015.", "30/06/2015", no="2b"),
])
s3 = nat("sas13", 2)
item("sas13", NREC, s3, "complete", [
    fr("Chief Constables should, in consultation with elected local policing bodies, ensure "
       "that they comply with the code of practice by explaining to the public the way S&S "
       "powers are used in their areas", GREEN, "S&S data published on btp.police.uk "
       "quarterly.", "31/12/2014", no="3a"),
    fr("…by making arrangements for stop and search records to be scrutinised by community "
       "representatives", AMBER, "Community scrutiny panel being established with the BTP "
       "Authority; first meeting 12/01/2016. Work undertaken in area but still requires "
       "development to complete.", "31/12/2015 / updated 31/03/2016", no="3b"),
    fr("This should be done in a way that involves those people who are stopped and searched, "
       "for example, young people.", LGREEN, "Youth panel members recruited via the "
       "Transport Focus network.", "31/12/2015", no="3c"),
])
item("sas15", NREC, nat("sas15", 0), "complete",
     fr(abbr(nat("sas15", 0), "S&S", "PCCs"), GREEN,
        "See 3a-3c above; BTP Authority consulted 04/06/2015. Already complete / believed to be "
        "complete within short time scale (and within deadline).", "Complete",
        section="HMIC 2015", no="1"))
# ------------------------------------------------------------------ not tracked at all
item("core", NREC, nat("core", 0), "complete", None)
item("core", NREC, nat("core", 1), "being-progressed", None)
item("integrity", NREC, nat("integrity", 0), "being-progressed", None)
item("stolen", NREC, SF_LEADERSHIP, "being-progressed", None)
item("stolen", NREC, MSHT_INTEL, "complete", None)
item("stolen", NREC, nat("stolen", 3), "being-progressed", None)
item("stolen", NREC, nat("stolen", 4), "awaiting-review", None)
item("efc17", NREC, nat("efc17", 0), "being-progressed", None)
# ------------------------------------------------------------------ PEEL legitimacy 2017 national
S2 = "HMICFRS 2017-21"
NATSEC = "leg17"
mon = SAS_MONITORING_2017
stem, rest = mon.split(":\n", 1)
bul = [b.strip().rstrip(";").removesuffix("; and").removesuffix(" and").strip()
       for b in rest.split("•")[1:]]
item("leg17", COC, nat("leg17", 0), "being-progressed",
     fr("Cause of concern – " + abbr(nat("leg17", 0), "S&S"), AMBER,
        "Disproportionality explained in the annual S&S report; work with the University "
        "ongoing.", "31/03/2019 (updated 31/12/2019)", sheet=S2, section=NATSEC, no="CoC"))
item("leg17", NREC, mon, "awaiting-review", [
    fr(stem + ": " + bul[0], GREEN, "Monthly disproportionality dashboard "
       "(Power BI) reviewed at Stop Search Board.", "31/07/2018", sheet=S2, section=NATSEC,
       no="1a"),
    fr(bul[1][0].upper() + bul[1][1:], AMBER, "Find rates by ethnicity in place; split by "
       "search type needs Niche change request.", "31/07/2018 / updated 30/09/2019", sheet=S2,
       section=NATSEC, no="1b"),
    fr(bul[2][0].upper() + bul[2][1:], GREEN, "Possession-only searches reported quarterly.",
       "31/07/2018", sheet=S2, section=NATSEC, no="1c"),
])
item("leg17", NREC, nat("leg17", 2), "being-progressed",
     fr(flat(nat("leg17", 2)), GREEN, "Research with the University completed; action plan "
        "published 14/02/2019.", "Complete", sheet=S2, section=NATSEC, no="2"))
item("leg17", NREC, nat("leg17", 3), "complete",
     fr(nat("leg17", 3).replace("July 2018", "July 2019"), GREEN, "First annual analysis "
        "published 01/07/2019.", "01/07/2019", sheet=S2, section=NATSEC, no="3"),
     conflict="Start date differs: HMICFRS '… at least on an annual basis, from July 2018', "
              "tracker '… from July 2019' (completion 01/07/2019).")
item("leg17", NREC, nat("leg17", 4), "complete",
     fr(abbr(nat("leg17", 4), "S&S", "CoP", "APP"), YELLOW, "Unconscious bias input in "
        "Personal Safety Training; 71% of warranted officers trained (update 03/05/2021).",
        "31/07/2018 / updated 31/12/2021", sheet=S2, section=NATSEC, no="4"))
# ------------------------------------------------------------------ PEEL legitimacy 2017 BTP
BL = "btpleg"
F = "The force should {}."
item("btpleg", AFI, F.format(body(20)), "complete",
     fr("AFI 1 - " + F.format(abbr(body(20), "S&S")), GREEN, "Covered by the Stop Search "
        "Board monitoring (see national section).", "Complete", sheet=S2, section=BL, no="1"))
item("btpleg", AFI, F.format(body(50)), "being-progressed",
     fr("AFI 2 - " + F.format(body(50)), AMBER, "Community scrutiny panels now in 4 of 7 "
        "divisions.", "30/09/2019 / updated 31/12/2021", sheet=S2, section=BL, no="2"))
item("btpleg", AFI, F.format(body(58)), "complete",
     fr("AFI 3 - " + F.format(trunc(body(58), 22)), GREEN, "OOCD scrutiny panel in place.",
        "Complete", sheet=S2, section=BL, no="3"))
item("btpleg", REC, "Within six months the force should " + body(27) + ".", "being-progressed",
     fr("AFI 4 - The force should " + body(27) + ".", GREEN, "Confidential reporting line "
        "(Crimestoppers Integrity Line) live since 01/10/2018. Complete.", "30/06/2018",
        sheet=S2, section=BL, no="4"),
     conflict="Type differs: HMICFRS 'Recommendation' (Within six months…), tracker labels it "
              "'AFI 4'.")
item("btpleg", AFI, FORCE + " should " + body(15) + ".", "being-progressed",
     fr("AFI 5 - BTP should ensure all staff have received at least the lowest level of "
        "vetting clearance for their roles as quickly as possible, working to clear both the "
        "vetting backlog and new vetting renewals when they become due.", GREEN,
        "Backlog cleared 31/01/2020. Renewals on schedule.", "31/03/2020", sheet=S2,
        section=BL, no="5"))
item("btpleg", AFI, F.format(body(29)), "being-progressed", None)
item("btpleg", AFI, F.format(body(28)), "complete",
     fr("AFI 7 - " + F.format(body(28)), AMBER, "Support offer for reporters under review by "
        "PSD and Wellbeing.", "31/12/2021", sheet=S2, section=BL, no="7"))
item("btpleg", AFI, F.format(body(10)), "being-progressed",
     fr("AFI 8 - " + F.format(body(10).replace("“no further action”", "NFA")), GREEN,
        "PSD dip-sample of NFA outcomes by protected characteristic – complete.", "Complete",
        sheet=S2, section=BL, no="8"))
# ------------------------------------------------------------------ PEEL effectiveness 2017 BTP
BE = "btpeff"
item("btpeff", COC, "Cause of concern: " + CAUSES[2] + "\nRecommendation: Within six months "
     "the force should " + body(51) + ".", "being-progressed",
     fr("CoC 1 - Within 6 months the force should improve the supervison of investigations, so "
        "that investigation plans are set, reviewed & recorded and victims receive a "
        "consistently good service", GREEN, "Investigation plan template mandatory on Niche; "
        "supervisory review audit 92% compliant (27/11/2019).", "31/10/2018 / updated "
        "30/11/2019", sheet=S2, section=BE, no="1"))
item("btpeff", AFI, F.format(topic(9, "county lines drug dealing")), "complete",
     fr("AFI 1 - " + F.format(topic(9, "county lines drug dealing")), GREEN,
        "County lines intelligence cell with the NCLCC.", "Complete", sheet=S2, section=BE,
        no="2"))
item("btpeff", AFI, F.format(topic(2, "vulnerable adults")), "being-progressed",
     fr("AFI 2 - " + F.format(topic(2, "vulnerable adults")), AMBER, "Partnership "
        "safeguarding hub with the rail industry in design.", "31/03/2022", sheet=S2,
        section=BE, no="3"))
item("btpeff", AFI, F.format(topic(4, "people with mental ill health")), "complete",
     fr("AFI 3 - " + F.format(abbr(topic(4, "people with mental ill health"),
                                   "officers & staff")), AMBER,
        "Mental health training module 2 still to be rolled out to the London divisions.",
        "30/09/2021", sheet=S2, section=BE, no="4"))
item("btpeff", AFI, F.format(topic(12, "violence against women and girls")), "being-progressed",
     fr("AFI 4 - " + F.format(topic(12, "violence against women and girls")), RED,
        "Little work yet undertaken in this area. Unlikely to reach deadlines.", "31/03/2021",
        sheet=S2, section=BE, no="5"))
item("btpeff", AFI, F.format(topic(13, "knife crime")), "being-progressed",
     fr("AFI 5 - " + F.format(topic(13, "knife crime")), GREEN, "Knife arch operations with "
        "TfL and the rail industry; problem-solving plans in all divisions.", "Complete",
        sheet=S2, section=BE, no="6"))
item("btpeff", AFI, F.format(topic(1, "rape and serious sexual offences")), "awaiting-review",
     None)
item("btpeff", REC, "Within three months, the force should " + body(40) + ".",
     "being-progressed",
     fr("Rec 1 - Within six months, the force should " + body(40) + ".", AMBER,
        "Control room uplift of 12 call handlers agreed; recruitment under way.",
        "30/09/2018 / updated 31/03/2019", sheet=S2, section=BE, no="8"),
     conflict="Timescale differs: HMICFRS 'Within three months', tracker 'Within six months'.")
item("btpeff", AFI, F.format(topic(5, "hate crime")), "complete",
     fr("AFI 7 - " + F.format(topic(5, "hate crime")), GREEN, "Crime recording audit 2019 – "
        "complete.", "Complete", sheet=S2, section=BE, no="9"))
# ------------------------------------------------------------------ police powers 2021
PW = "powers"
bwv = BWV_2021.split("\n")
item("powers", NREC, nat("powers", 0), "being-progressed",
     fr(nat("powers", 0), GREEN, "Conflict management and communication skills built into "
        "Personal Safety Training from 01/04/2021.", "31/07/2022", sheet=S2, section=PW,
        no="1"))
item("powers", NREC, nat("powers", 1), "being-progressed",
     fr(abbr(nat("powers", 1), "CPD", "BWV"), AMBER, "CPD input drafted; supervisor debrief "
        "guide awaiting sign off.", "31/07/2021", sheet=S2, section=PW, no="2"))
item("powers", NREC, BWV_2021, "being-progressed", [
    fr(abbr(bwv[0], "BWV"), GREEN, "BWV mandatory for all S&S (policy 01/03/2021).",
       "30/09/2021", sheet=S2, section=PW, no="3a"),
    fr(bwv[1][0].upper() + bwv[1][1:], GREEN, "Monthly BWV review by Stop Search Board.",
       "30/09/2021", sheet=S2, section=PW, no="3b"),
    fr(bwv[2][0].upper() + bwv[2][1:], GREEN, "Scrutiny panel members view BWV samples at "
       "each meeting.", "30/09/2021", sheet=S2, section=PW, no="3c"),
])
item("powers", NREC, nat("powers", 3), "being-progressed",
     fr(nat("powers", 3), LBLUE, sheet=S2, section=PW, no="4"))
item("powers", NREC, nat("powers", 4), "awaiting-review",
     fr(nat("powers", 4), AMBER, "Use of force data added to the disproportionality dashboard; "
        "analysis to follow.", "31/07/2021 / updated 31/12/2021", sheet=S2, section=NATSEC,
        no="5"),
     conflict="Different report: the tracker lists it in its PEEL Legitimacy 2017 national "
              "section; HMICFRS holds it under Disproportionate use of police powers (2021).")

# ------------------------------------------------------------------ force rows not on the list
EXTRA = [
    ("HMIC 2013", "local", fr("Force action - " + LOCAL_ACTIONS[2].format(t="knife crime"),
                              GREEN, "Dip-sample now quarterly.", "Complete", no="A1")),
    ("HMIC 2013", "local", fr("Force action - " + LOCAL_ACTIONS[1].format(
        t="county lines drug dealing"), AMBER, "Package written; delivery from 01/12/2015.",
        "31/03/2016", no="A2")),
    ("HMIC 2013", "local", fr("Force action - " + LOCAL_ACTIONS[5].format(t="knife crime"),
                              GREEN, "SPOCs appointed in all divisions.", "30/09/2015",
                              no="A3")),
    ("HMIC 2013", "local", fr("Internal audit action: " + LOCAL_ACTIONS[8].format(
        t="counter-corruption"), RED, "Audit deferred to 2016/17 plan.", "31/03/2016",
        no="A4")),
    (S2, "peel16", fr("The force should " + body(23) + ".", AMBER, "Performance framework "
                      "refresh linked to the new Strategic Plan.", "31/03/2018 / updated "
                      "31/03/2020", no="1")),
    (S2, "local", fr(LOCAL_ACTIONS[6].format(t="violence against women and girls"), GREEN,
                     "Added to the pack from April 2021.", "Complete", no="A1")),
    (S2, "local", fr("JAC action: " + LOCAL_ACTIONS[9].format(t="county lines drug dealing"),
                     AMBER, "", "30/09/2021", no="A2")),
]
EXTRA_WHY = {
    "local": "Force's own action (listed under 'Additional force actions'), not an HMICFRS item.",
    "peel16": "PEEL 2016 item carried forward by the force; HMICFRS list holds no PEEL 2016 "
              "items.",
}

SHEETS = {
    "HMIC 2013": dict(
        title="Stop and Search Recommendations Progress Chart",
        lead1=("Chief officer stop search lead for force", "ACC Local Policing"),
        lead2=("Operational stop search lead for force", "C/Supt Bell"),
        date="29/10/2015", col="HMIC 2013",
        sections=[(None, None),
                  ("HMIC 2015", "HMIC 2015 – Stop and search powers 2: are the police using "
                                "them effectively and fairly? (published March 2015)"),
                  ("local", "Additional force actions (not HMIC recommendations)")]),
    S2: dict(
        title="Recommendations Progress Chart – HMICFRS inspections 2017 onwards",
        lead1=("Chief officer lead for force", "DCC"),
        lead2=("Operational lead for force", "Head of Corporate Development"),
        date="14/06/2021", col="HMICFRS 2017",
        sections=[(NATSEC, "PEEL: Police Legitimacy 2017 – national recommendations (stop and "
                           "search) – published 12/12/2017"),
                  (BL, "PEEL: Legitimacy 2017 – BTP force report – published 12/12/2017"),
                  (BE, "PEEL: Effectiveness 2017 – BTP force report – published 22/03/2018"),
                  (PW, "HMICFRS 2021 – Disproportionate use of police powers: a spotlight on "
                       "stop and search and the use of force – published 26/02/2021"),
                  ("peel16", "PEEL 2016 – items carried forward"),
                  ("local", "Additional force actions")]),
}


def build():
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    # ------------------------------------------------------------ HMICFRS register extract
    order = sorted(range(len(ITEMS)), key=lambda i: (ORDER.index(ITEMS[i]["rep"]), i))
    wb = Workbook()
    ws = wb.active
    ws.title = "BTP"
    ws["A1"] = "HMICFRS – recommendations and areas for improvement: British Transport Police"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Definitive list issued 14/07/2021"
    hdr = ["ID", "Inspection", "Published", "Type", "Recommendation", "Status", "Status comment"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = Font(bold=True)
    row, used = 5, set()
    for i in order:
        it = ITEMS[i]
        while True:
            rid = RNG.randint(900, 13500)
            if rid not in used:
                used.add(rid)
                break
        it["hrow"] = row
        com = RNG.choice(COMMENT_CLOSED if it["hs"] in HCLOSED else COMMENT_OPEN)
        title, pub = REPORTS[it["rep"]]
        for c, v in enumerate([rid, title, pub, it["type"], it["text"], it["hs"], com or None], 1):
            ws.cell(row, c, v).alignment = wrap
        row += 1
    for col, w in zip("ABCDEFG", [8, 48, 20, 24, 90, 18, 50]):
        ws.column_dimensions[col].width = w
    wb.save(f"{OUT}/hmicfrs.xlsx")

    # ------------------------------------------------------------ force progress chart
    wb = Workbook()
    wb.remove(wb.active)
    truth, parts_of = [], {}
    nonitem = {}
    for sname, cfg in SHEETS.items():
        ws = wb.create_sheet(sname)
        ws.merge_cells("A1:E1")
        ws["A1"] = cfg["title"]
        ws["A1"].font = Font(bold=True, size=14)
        form = [("Force", FORCE), cfg["lead1"], cfg["lead2"], ("Date form completed",
                                                              cfg["date"])]
        for k, (lab, val) in enumerate(form):
            r = 3 + k
            ws.cell(r, 1, lab).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            ws.cell(r, 2, val)
            for c in range(1, 6):
                ws.cell(r, c).border = box
        ws.cell(7, 1, "Assessment rating: PLEASE SHADE BOX APPROPRIATE COLOUR").font = Font(
            bold=True)
        for c, (word, fill) in enumerate([("RED", RED), ("AMBER", AMBER), ("GREEN", GREEN)], 3):
            ws.cell(7, c, word).fill = PatternFill("solid", fgColor=fill)
        ws.merge_cells("A8:E8")
        ws.cell(8, 1, "Light blue shaded areas do not need to be completed").fill = PatternFill(
            "solid", fgColor=LBLUE)
        hdr = ["No.", cfg["col"], "Force update / assessment of progress",
               "Estimated completion date / updated", "Grading R/A/G"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(10, c, h)
            cell.font = Font(bold=True)
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
        nonitem[sname] = {1: "title", 3: "form", 4: "form", 5: "form", 6: "form",
                          7: "assessment legend", 8: "light-blue note", 10: "header"}
        row = 11
        for skey, stitle in cfg["sections"]:
            if stitle:
                if row > 11:
                    row += 1  # blank row before a new section
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
                cell = ws.cell(row, 1, stitle)
                cell.font = Font(bold=True, italic=True)
                cell.fill = PatternFill("solid", fgColor="F2F2F2")
                nonitem[sname][row] = "section heading"
                row += 1
            rows = []
            for ii, it in enumerate(ITEMS):
                f = it["force"]
                if f is None:
                    continue
                for p in (f if isinstance(f, list) else [f]):
                    if (p["sheet"] or "HMIC 2013") == sname and p["section"] == skey:
                        rows.append((ii, p))
            for es, ek, p in EXTRA:
                if es == sname and ek == skey:
                    rows.append((None, p))
            for ii, p in rows:
                due = p["due"] or None
                if due and len(due) == 10 and due[2] == "/" and RNG.random() < 0.4:
                    due = datetime(int(due[6:]), int(due[3:5]), int(due[:2]))
                vals = [p["no"], p["text"], p["upd"] or None, due, None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row, c, v)
                    cell.alignment = wrap
                    cell.border = box
                if isinstance(due, datetime):
                    ws.cell(row, 4).number_format = "dd/mm/yyyy"
                if p["fill"] == LBLUE:
                    for c in (3, 4, 5):
                        ws.cell(row, c).fill = PatternFill("solid", fgColor=LBLUE)
                else:
                    ws.cell(row, 5).fill = PatternFill("solid", fgColor=p["fill"])
                if ii is None:
                    why = EXTRA_WHY[skey]
                    truth.append((None, f"{sname}!{row}", "not_on_hmicfrs_list", why))
                else:
                    parts_of.setdefault(ii, []).append((f"{sname}!{row}", p["fill"]))
                row += 1
        for col, w in zip("ABCDE", [6, 70, 55, 22, 12]):
            ws.column_dimensions[col].width = w
    # Key sheet (legend only)
    ws = wb.create_sheet("Key")
    ws["A1"] = "Assessment rating"
    ws["A1"].font = Font(bold=True)
    key = [(RED, "RED", "Little work yet undertaken in this area. Unlikely to reach deadlines"),
           (AMBER, "AMBER", "Work undertaken in area but still requires development to "
                            "complete"),
           (GREEN, "GREEN", "Already complete / believed to be complete within short time "
                            "scale (and within deadline)"),
           (LBLUE, "", "Light blue shaded areas do not need to be completed")]
    for k, (fill, word, desc) in enumerate(key):
        ws.cell(3 + k, 1, word).fill = PatternFill("solid", fgColor=fill)
        ws.cell(3 + k, 2, desc)
    ws.column_dimensions["B"].width = 80
    wb.save(f"{OUT}/tracker.xlsx")

    # ------------------------------------------------------------ truth
    for ii in order:
        it = ITEMS[ii]
        h = f"BTP!{it['hrow']}"
        if ii not in parts_of:
            truth.append((h, None, "missing_from_force",
                          f"On the HMICFRS list ({REPORTS[it['rep']][0]}, {it['type']}, "
                          f"{it['hs']}); no row in either chart sheet."))
            continue
        parts = parts_of[ii]
        done = all(f in DONE_FILLS for _, f in parts)
        if it["conflict"]:
            cat, why = "conflict", it["conflict"]
        else:
            cat = category(it["hs"] in HCLOSED, done)
            why = (f"HMICFRS '{it['hs']}', grading cell shaded "
                   + "/".join(FILLNAME[f] for _, f in parts))
            if len(parts) > 1:
                why += f" (split into {len(parts)} rows)"
            if any(f == LBLUE for _, f in parts):
                why += "; light blue = nothing for the force to do, read as done"
            why += "."
        for fref, _ in parts:
            truth.append((h, fref, cat, why))

    def key_(t):
        if t[1] is None:
            return (2, 0, int(t[0].split("!")[1]))
        s, r = t[1].split("!")
        return (0 if s == "HMIC 2013" else 1, int(r), 0)

    lines = [[h or "", f or "", c, w] for h, f, c, w in sorted(truth, key=key_)]
    write_truth(f"{OUT}/truth.csv", lines)
    return lines, nonitem


if __name__ == "__main__":
    from collections import Counter
    lines, nonitem = build()
    print(len(ITEMS), "HMICFRS items;", sum(1 for l in lines if l[1]), "force item rows;",
          len(lines), "truth lines")
    print(Counter(l[2] for l in lines))
