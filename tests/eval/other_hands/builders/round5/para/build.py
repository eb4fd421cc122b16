"""Builds two independent evaluation cases for the reconcile tool:
national_applicability and paragraph_afis.  Run with /work/main/.venv/bin/python.
All recommendation texts come from /work/shared/data/real_recommendations.csv and the text
lists in /work/main/reconcile/casegen/texts (read as data)."""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sys

sys.dont_write_bytecode = True

sys.path.insert(0, "/work/main")
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

from reconcile.casegen.texts import national as N  # noqa: E402
from reconcile.casegen.texts import force as F  # noqa: E402
from reconcile.casegen.texts import tracker as T  # noqa: E402

RNG = random.Random(20240605)
OUT = "/tmp/indep5/para"
REAL = {}
with open("/work/shared/data/real_recommendations.csv", encoding="utf-8") as fh:
    for i, r in enumerate(csv.DictReader(fh)):
        REAL[i] = r["text"]


def nat(key, i):
    return N.NATIONAL[key][2][i][1]


def body(prefix):
    hits = [b for b in F.BODIES if b.startswith(prefix)]
    assert len(hits) == 1, (prefix, hits)
    return hits[0]


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
REPORT_FILL = PatternFill("solid", fgColor="DDEBF7")


class Sheet:
    """Rows to write; remembers the Excel row number of every row."""

    def __init__(self, name):
        self.name = name
        self.rows = []      # (kind, values)
        self.merges = []    # (col, first_row, last_row)

    def add(self, kind, values):
        self.rows.append((kind, list(values)))
        return len(self.rows)  # the Excel row number

    def prov(self, rowno):
        return f"{self.name}!{rowno}"


def write_book(path, sheets, widths):
    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for r, (kind, vals) in enumerate(sh.rows, start=1):
            for c, v in enumerate(vals, start=1):
                if v is None or v == "":
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, (dt.date, dt.datetime)):
                    cell.number_format = "dd/mm/yyyy"
                if kind in ("title",):
                    cell.font = Font(bold=True, size=12)
                elif kind == "header":
                    cell.font = BOLD
                    cell.fill = HEAD_FILL
                    cell.alignment = WRAP
                elif kind == "heading":
                    cell.font = BOLD
                    cell.fill = REPORT_FILL
                else:
                    cell.alignment = WRAP
        for col, a, b in sh.merges:
            ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
            ws.cell(row=a, column=col).alignment = WRAP
        for i, w in enumerate(widths.get(sh.name, []), start=1):
            ws.column_dimensions[chr(64 + i)].width = w
    wb.save(path)


class Truth:
    def __init__(self):
        self.lines = []

    def add(self, h, f, cat, why):
        assert cat in {"closeable_submit", "closeable_local", "conflict", "missing_from_force",
                       "not_on_hmicfrs_list", "in_sync"}, cat
        self.lines.append((h or "", f or "", cat, why))

    def write(self, path):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["hmicfrs_row", "force_row", "category", "why"])
            w.writerows(self.lines)


OPEN_H = {"Awaiting review", "Being progressed", "awaiting-review", "being-progressed"}


def category(hstatus, fdone):
    hopen = hstatus in OPEN_H
    if hopen and fdone:
        return "closeable_submit"
    if hopen and not fdone:
        return "in_sync"
    if not hopen and fdone:
        return "in_sync"
    return "closeable_local"


# =====================================================================================
# Case 1: national_applicability  (West Mercia Police, national thematic recommendations
# tracked per recommendation with an applicability column, plus the force's PEEL sheet)
# =====================================================================================
def case_national_applicability():
    case = os.path.join(OUT, "national_applicability")
    os.makedirs(case, exist_ok=True)
    D = dt.datetime

    # ---- the HMICFRS list: items addressed (wholly or jointly) to forces/chief constables
    H = {}  # key -> dict
    order = []

    def h(key, ref, rep, pub, typ, text, status, sdate):
        H[key] = dict(ref=ref, report=rep, pub=pub, type=typ, text=text, status=status,
                      sdate=sdate)
        order.append(key)

    NATR = "National recommendation"
    t = N.NATIONAL
    # national reports in publication order
    h("sas13_1", 1151, t["sas13"][0], D(2013, 7, 9), NATR, nat("sas13", 0), "Complete", D(2016, 3, 2))
    h("sas13_2", 1152, t["sas13"][0], D(2013, 7, 9), NATR, nat("sas13", 1), "Complete", D(2016, 3, 2))
    h("sas13_3", 1153, t["sas13"][0], D(2013, 7, 9), NATR, nat("sas13", 2), "Superseded", D(2015, 4, 14))
    h("every", 2321, t["everyone"][0], D(2014, 3, 27), NATR, N.EVERYONE_PLAN, "Complete", D(2017, 6, 8))
    h("core_1", 4822, t["core"][0], D(2014, 9, 4), NATR, nat("core", 0), "Superseded", D(2017, 3, 2))
    h("core_2", 4823, t["core"][0], D(2014, 9, 4), NATR, nat("core", 1), "Being progressed", D(2021, 11, 19))
    h("integ", 902, t["integrity"][0], D(2015, 1, 30), NATR, nat("integrity", 0), "Awaiting review", D(2021, 10, 4))
    h("sas15", 5310, t["sas15"][0], D(2015, 3, 24), NATR, nat("sas15", 0), "Complete", D(2018, 1, 23))
    h("pict", 5702, t["picture"][0], D(2015, 7, 1), NATR, nat("picture", 0), "Being progressed", D(2021, 6, 30))
    for i in range(5):
        st = ["Complete", "Being progressed", "Complete", "Awaiting review", "Being progressed"][i]
        h(f"fire_{i+1}", 6010 + i, t["firearms"][0], D(2015, 9, 15), NATR, nat("firearms", i), st,
          D(2019, 2, 11) if st == "Complete" else D(2021, 9, 7))
    for i in range(7):
        st = ["Being progressed", "Being progressed", "Complete", "Being progressed",
              "Being progressed", "Awaiting review", "No further action required"][i]
        h(f"msht_{i+1}", 8301 + i, t["stolen"][0], D(2017, 10, 24), NATR, nat("stolen", i), st,
          D(2021, 12, 1) if st != "Awaiting review" else D(2022, 1, 17))
    h("digi", 8460, t["efc17"][0], D(2017, 11, 9), NATR, nat("efc17", 0), "Being progressed", D(2021, 8, 3))
    leg_st = ["Being progressed", "Being progressed", "Complete", "Being progressed", "Complete"]
    for i in range(5):
        typ = N.COC if i == 0 else NATR
        h(f"leg_{i+1}", 8541 + i, t["leg17"][0], D(2017, 12, 12), typ, nat("leg17", i), leg_st[i],
          D(2020, 10, 5) if leg_st[i] == "Complete" else D(2021, 12, 9))
    pw = [0, 1, 2, 4]  # item 3 (Home Office and the NPCC) is not addressed to forces
    pw_st = ["Awaiting review", "Being progressed", "Being progressed", "Being progressed"]
    for j, i in enumerate(pw):
        h(f"pow_{i+1}", 10211 + j, t["powers"][0], D(2021, 2, 26), NATR, nat("powers", i), pw_st[j],
          D(2021, 3, 1) if pw_st[j] == "Awaiting review" else D(2021, 11, 30))
    # the force's own PEEL 2018/19 inspection (real West Mercia texts, csv rows 0-10)
    PEEL = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"
    PD = D(2019, 5, 2)
    peel = [  # key, ref, type, text, status
        ("p_coc1", 9620, N.COC, REAL[7], "Being progressed"),
        ("p_r11", 9621, N.REC, REAL[3], "Complete"),
        ("p_r12", 9622, N.REC, REAL[4], "Complete"),
        ("p_r13", 9623, N.REC, REAL[2], "Being progressed"),
        ("p_r14", 9624, N.REC, REAL[0], "Being progressed"),
        ("p_r15", 9625, N.REC, REAL[1], "Awaiting review"),
        ("p_r16", 9626, N.REC, REAL[5], "Being progressed"),
        ("p_coc2", 9627, N.COC, REAL[8], "Being progressed"),
        ("p_r21", 9628, N.REC, REAL[6], "Being progressed"),
        ("p_r22", 9629, N.REC, REAL[9], "Complete"),
        ("p_r23", 9630, N.REC, REAL[10], "Being progressed"),
        ("p_afi1", 9631, N.AFI, "The force should " + body("improve its use of its crime-recording") + ".", "Awaiting review"),
        ("p_afi2", 9632, N.AFI, N.CONTROL_ROOM, "Being progressed"),
        ("p_afi3", 9633, N.AFI, "The force should " + body("take steps to ensure that there is effective supervision") + ".", "Complete"),
    ]
    for key, ref, typ, text, st in peel:
        h(key, ref, PEEL, PD, typ, text, st, D(2021, 12, 14) if st != "Complete" else D(2021, 7, 22))

    hs = Sheet("Definitive list")
    hs.add("title", ["HMICFRS – recommendations and areas for improvement held against West Mercia Police"])
    hs.add("title", ["Definitive list issued to the force liaison lead, extracted 07/03/2022. Includes national recommendations addressed to chief constables / forces."])
    hs.add("blank", [])
    hs.add("header", ["Reference", "Report", "Published", "Type", "Recommendation", "Status", "Status date"])
    hrow = {}
    for key in order:
        x = H[key]
        hrow[key] = hs.prov(hs.add("item", [x["ref"], x["report"], x["pub"], x["type"], x["text"],
                                           x["status"], x["sdate"]]))
    write_book(os.path.join(case, "hmicfrs.xlsx"), [hs],
               {"Definitive list": [11, 45, 12, 24, 90, 20, 12]})

    # ---- the force tracker
    truth = Truth()
    s1 = Sheet("National recs")
    s1.add("title", ["West Mercia Police – HMICFRS national (thematic) recommendations tracker"])
    s1.add("title", ["Maintained by Strategic Planning & Organisational Learning. Last reviewed at Force Assurance Board 28/02/2022."])
    s1.add("title", ["Recommendations not addressed to WMP are listed for completeness and are not RAG rated."])
    s1.add("blank", [])
    s1.add("header", ["Recommendation", "Applicable to WMP?", "Action", "Lead", "Status", "Latest update", "Updated"])

    def heading(sheet, text):
        sheet.add("heading", [text])

    def frow(sheet, vals, links):
        """links: list of (hkey|None, category|None, why). category None = compute."""
        r = sheet.prov(sheet.add("item", vals))
        for hk, cat, why in links:
            truth.add(hrow[hk] if hk else "", r, cat, why)
        return r

    def pair(hk, fdone, why, cat=None):
        c = cat or category(H[hk]["status"], fdone)
        tail = "" if "HMICFRS" in why else f" (HMICFRS {H[hk]['status']})"
        return (hk, c, why + tail)

    U = lambda d, m, y: dt.datetime(y, m, d)  # noqa: E731

    heading(s1, "Stop and search powers: are the police using them effectively and fairly? (HMIC, published 09/07/2013)")
    frow(s1, ["Recommendation 1: Chief Constables & the College of Policing should establish in the S&S Authorised Professional Practice a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
              "Y – joint with College of Policing", "WMP action: APP on stop and search adopted into force policy; Best Use of Stop and Search scheme signed up.", "Supt Operations", "Complete", "APP adopted. Closed at FAB.", U(12, 1, 2016)],
         [pair("sas13_1", True, "joint rec marked Y, force Complete; HMICFRS Complete")])
    frow(s1, ["Recommendation 2: Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice)…",
              "Y", "WMP action: monthly S&S scrutiny at Legitimacy Board; dip-sample of GOWISELY grounds.", "Supt Operations", "Complete", "Monitoring embedded.", U(12, 1, 2016)],
         [pair("sas13_2", True, "truncated text; both closed")])
    frow(s1, ["Recommendation 3: Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way S&S powers are used in their areas and by making arrangements for S&S records to be scrutinised by community representatives.",
              "Y", "WMP action: community scrutiny panels in each policing area; S&S data published on website.", "Supt Operations", "In progress", "Panel terms of reference being refreshed with the OPCC.", U(30, 11, 2021)],
         [pair("sas13_3", False, "HMICFRS superseded it; force still In progress; tracker keeps the 2013 wording ('elected local policing bodies')")])
    s1.add("blank", [])

    heading(s1, "Everyone's business: improving the police response to domestic abuse (HMIC, 27/03/2014)")
    every_force = ("Recommendation 1: " + N.EVERYONE_PLAN_RUN_ON.replace("\n", " ").replace("•", "").replace("  ", " ")
                   .replace(" and 20 ", " and "))[:420]
    frow(s1, [every_force, "Y", "WMP action: DA action plan published; reviewed by DA Strategic Board.", "Ch Supt Public Protection", "Complete", "Plan published 2014, refreshed 2019.", U(4, 3, 2019)],
         [pair("every", True, "run-on text cut off mid-word at 420 characters; both closed")])
    s1.add("blank", [])

    heading(s1, "Core Business: an inspection into crime prevention, police attendance and the use of police time (HMIC, 04/09/2014)")
    frow(s1, ["Recommendation 1: Not later than 31 March 2015 those forces using a THR policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
              "Y", "WMP action: THRIVE adopted in the OCC.", "Supt Contact Centre", "Complete", "", U(1, 6, 2015)],
         [pair("core_1", True, "HMICFRS Superseded, force Complete: both closed")])
    truth.add(hrow["core_2"], "", "missing_from_force", "Core Business rec on crime prevention activity being recorded and evaluated is on the list (Being progressed) but the tracker has no row for it")
    s1.add("blank", [])

    heading(s1, "Integrity Matters – arrangements to ensure integrity and tackle corruption (HMIC, published 30/01/2016)")
    frow(s1, ["Recommendation 1: By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in 'no further action' are fair and free of any form of discrimination.",
              "Y", "WMP action: PSD dip-sample of NFA outcomes by protected characteristic, reported to Ethics Committee.", "Head of Professional Standards", "Complete", "Annual dip-sample completed Sept 2021.", U(4, 10, 2021)],
         [("integ", "conflict", "same text but the tracker's report heading gives publication 30/01/2016; HMICFRS list says 30/01/2015 (force Complete, HMICFRS Awaiting review)")])
    s1.add("blank", [])

    heading(s1, "Stop and search powers 2: are the police using them effectively and fairly? (HMIC, 24/03/2015)")
    frow(s1, ["Recommendation 1: Chief constables should, in consultation with PCCs, ensure that they comply with the Code of Practice by explaining to the public the way S&S powers are used in their areas and by making arrangements for S&S records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.",
              "Y", "WMP action: youth panel reviews BWV footage of searches of under-18s.", "Supt Operations", "Complete", "", U(23, 1, 2018)],
         [pair("sas15", True, "near-twin of the 2013 rec 3 but under the 2015 report heading; both closed")])
    s1.add("blank", [])

    heading(s1, "Building the Picture: an inspection of police information management (HMIC, 01/07/2015)")
    frow(s1, ["Recommendation 1: By 30 November 2015, CCs should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management goverance structure.",
              "Y", "WMP action: MoPI audit programme reports to Information Assurance Board.", "Head of Information Management", "Complete", "Audit schedule agreed; IAB minutes 12/2021 evidence scrutiny. Ready to move to closed.", U(10, 12, 2021)],
         [pair("pict", True, "abbreviated/misspelt, tail sentence dropped; force Complete")])
    s1.add("blank", [])

    heading(s1, "Targeting the risk: firearms licensing (HMIC, 15/09/2015)")
    fire_txt = {
        1: "Recommendation 1: Within 3 months, all CCs should assess how well the governance of firearms licensing in his or her force meets the standards set out in APP.",
        2: "Recommendation 2: " + nat("firearms", 1),
        3: "Recommendation 3: Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to 'total expired' licensing records.",
        5: "Recommendation 5: Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents",
    }
    fire_f = {1: ("Complete", True, "governance review completed, Firearms Licensing Board in place"),
              2: ("Complete", True, "demand assessed; two additional enquiry officers funded"),
              3: ("In Progress", False, "backlog of expired records being worked through"),
              5: ("In progress", False, "OCC STORM flag for certificate holders being tested")}
    for i in (1, 2, 3, 5):
        st, done, upd = fire_f[i]
        frow(s1, [fire_txt[i], "Y", "WMP action: " + upd + ".", "Supt Firearms Licensing", st, "", U(7, 9, 2021)],
             [pair(f"fire_{i}", done, f"firearms rec {i}; force {st}")])
    truth.add(hrow["fire_4"], "", "missing_from_force", "firearms rec on temporary permits (Awaiting review) has no tracker row (tracker numbering jumps from 3 to 5)")
    s1.add("blank", [])

    heading(s1, "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – published 24 October 2017")
    sf = N.SF_LEADERSHIP.split("\n")
    sf_rows = [
        ("Recommendation 1: Within twelve months, forces should review their leadership and governance arrangements for MSHT, to ensure that: senior leaders prioritise the response to modern slavery and human trafficking;", "Complete"),
        ("Recommendation 1 (ii): " + sf[2].lstrip("• "), "Complete"),
        ("Recommendation 1 (iii): " + sf[3].lstrip("• "), "In progress"),
        ("Recommendation 1 (iv): " + sf[4].lstrip("• "), "Complete"),
    ]
    for txt, st in sf_rows:
        frow(s1, [txt, "Y", "WMP action: MSHT governance via Vulnerability Board; partnership MSHT network.", "Det Ch Supt Force CID", st, "", U(1, 12, 2021)],
             [("msht_1", "in_sync", "MSHT leadership rec split into one row per bullet; bullet (iii) still In progress so the item is open on both sides (HMICFRS Being progressed)")])
    frow(s1, ["Recommendation 2: Within twelve months, forces should have in place active ISAs with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible.",
              "Y", "WMP action: ISA with local authorities and GLAA drafted.", "Head of Intelligence", "In progress", "Awaiting sign off by partners.", U(1, 12, 2021)],
         [("msht_2", "conflict", "timescale differs: tracker 'Within twelve months', HMICFRS 'Within six months' (both open)")])
    sfx = [
        (3, "Recommendation 3: Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "Complete", True),
        (4, "Recommendation 4: Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the HO of any individual suspected to be an adult victim of MSHT.", "Complete", True),
        (5, "Recommendation 5: Immediately, forces should take steps to ensure they fully comply with NCRS requirements for offences identified as MSHT and that sufficient audit capacity is available to the force crime registrar…", "In Progress", False),
        (6, "Recommendation 6: Immediately, forces should ensure that allegations or indications of MSHT are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them.", "pending sign off", True),
        (7, "Recommendation 7: Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of MSHT offences are exploited.", "In progress", False),
    ]
    for i, txt, st, done in sfx:
        frow(s1, [txt, "Y", "WMP action: see MSHT delivery plan.", "Det Ch Supt Force CID", st, "", U(1, 12, 2021)],
             [pair(f"msht_{i}", done, f"Stolen Freedom rec {i}; force '{st}'")])
    s1.add("blank", [])

    heading(s1, "PEEL Efficiency 2017 – national recommendation (published 09/11/2017)")
    frow(s1, ["Recommendation 1: By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force.",
              "Y", "WMP action: Digital Services Strategy 2018-21 approved by Chief Officer Group.", "Head of Corporate Development", "Complete", "Strategy published Sept 2018.", U(3, 8, 2021)],
         [("digi", "closeable_submit", "force's part of the rec is Complete; HMICFRS Being progressed")])
    frow(s1, ["Recommendation 1 (cont.): The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
              "Action for the Home Office, the National Police Chiefs' Council and the Association of Police and Crime Commissioners", "", "", "", "", None],
         [("digi", "closeable_submit", "second half of the same HMICFRS item, split off by the force and marked as for national bodies with no status; carries the item's category")])
    s1.add("blank", [])

    heading(s1, "PEEL: Police Legitimacy 2017 – national (stop and search) – published 12 December 2017")
    frow(s1, ["Cause of concern: HMICFRS is concerned that forces are not able to demonstrate that the use of S&S powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in S&S data which many forces are unable to explain.",
              "Y", "WMP action: disproportionality problem profile commissioned.", "Supt Operations", "In progress", "", U(9, 12, 2021)],
         [pair("leg_1", False, "national cause of concern tracked as a row; both open")])
    sasm = N.SAS_MONITORING_2017.replace("\n", " ").split("•")
    for txt in ["Recommendation 1: By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of S&S powers to understand: the reasons for any disproportionate representation of different ethnic groups in the use of S&S;",
                "Recommendation 1 (c): " + sasm[3].strip()]:
        frow(s1, [txt, "Y", "WMP action: S&S dashboard (Power BI) live.", "Supt Operations", "Complete", "", U(9, 12, 2021)],
             [("leg_2", "conflict", "monitoring rec split into bullet rows but the bullet on find rates by ethnicity has no row (a bullet of a split item is missing)")])
    frow(s1, ["Recommendation 2: Where forces identify disparities through monitoring, they should demonstrate to the public that they have: carried out research and analysis in an attempt to understand the reasons for the disparity, and taken action to reduce the disparity, where necessary;",
              "Y", "WMP action: research with University partner.", "Supt Operations", "Complete", "", U(5, 10, 2020)],
         [pair("leg_3", True, "disparities rec; both closed")])
    frow(s1, ["Recommendation 3: We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
              "Y", "WMP action: annual S&S report published on website.", "Supt Operations", "Complete", "2021 report published 02/2022.", U(28, 2, 2022)],
         [pair("leg_4", True, "publish annually; force Complete")])
    frow(s1, ["Recommendation 4: By July 2018, and ongoing following that date, forces should ensure that all officers who use S&S powers have been provided with, and understand, training on unconscious bias and CoP APP on stop and search.",
              "Y", "WMP action: unconscious bias training in PST.", "Head of Learning & Development", "In Progress", "Refresher module being redesigned.", U(9, 12, 2021)],
         [pair("leg_5", False, "HMICFRS Complete but force still In Progress")])
    s1.add("blank", [])

    heading(s1, "Disproportionate use of police powers – a spotlight on stop and search and the use of force (HMICFRS, 26/02/2021)")
    frow(s1, ["Recommendation 1: By July 2022, forces should ensure that officers & staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management.",
              "Y", "WMP action: communication skills input added to PST 2022.", "Head of Learning & Development", "In progress", "", U(30, 11, 2021)],
         [pair("pow_1", False, "tail sentence dropped; both open")])
    frow(s1, ["Recommendation 2: " + nat("powers", 1), "Y", "WMP action: BWV debrief guide for sergeants; CPD day delivered.", "Head of Learning & Development", "Complete", "", U(30, 11, 2021)],
         [pair("pow_2", True, "verbatim; force Complete")])
    bwv = N.BWV_2021.split("\n")
    for k, txt in enumerate(["Recommendation 3(a): " + bwv[0], "Recommendation 3(b): " + bwv[1], "Recommendation 3(c): " + bwv[2]]):
        frow(s1, [txt, "Y", "WMP action: BWV policy updated; monthly BWV review by S&S scrutiny panel.", "Supt Operations", "Complete", "", U(30, 11, 2021)],
             [("pow_3", "closeable_submit", f"BWV rec split into three parts, part {'abc'[k]}; all three Complete, HMICFRS Being progressed")])
    frow(s1, ["Recommendation 4: " + nat("powers", 3), "Action for the Home Office and the National Police Chiefs' Council", "", "", "", "", None],
         [(None, "not_on_hmicfrs_list", "addressed to the Home Office and the NPCC, not to forces; listed by the force for completeness with no status; not on the force's definitive list")])
    frow(s1, ["Recommendation 5: By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
              "Y", "WMP action: use of force data in Legitimacy Board pack.", "Supt Operations", "In progress", "", U(30, 11, 2021)],
         [pair("pow_5", False, "both open")])
    s1.add("blank", [])

    heading(s1, "Policing in Austerity: Meeting the Challenge (HMIC, 22/07/2014)")
    frow(s1, ["Recommendation 1: " + nat("austerity", 0), "Y – joint with PCC", "WMP action: savings plan reviewed within the MTFP.", "Director of Finance", "Complete", "", U(2, 2, 2016)],
         [(None, "not_on_hmicfrs_list", "Policing in Austerity 2014 rec tracked by the force but not on the definitive list")])
    frow(s1, ["Recommendation 4: " + nat("austerity", 3), "Y – joint with PCC", "WMP action: collaboration review following end of alliance.", "Director of Finance", "In progress", "Linked to alliance exit.", U(14, 1, 2022)],
         [(None, "not_on_hmicfrs_list", "Policing in Austerity 2014 rec tracked by the force but not on the definitive list")])
    s1.add("blank", [])
    s1.add("legend", ["Status key: Complete – action delivered and evidence held; In progress – work under way; pending sign off – awaiting chief officer approval before submission to HMICFRS."])
    s1.add("legend", ["Rows marked 'Action for …' are for national bodies; WMP has no action."])

    # ---- sheet 2: the force's own PEEL 2018/19 inspection
    s2 = Sheet("PEEL 2018-19")
    s2.add("title", ["PEEL 2018/19 – West Mercia Police: causes of concern, recommendations and areas for improvement"])
    s2.add("title", ["Improvement plan owner: DCC. Report published May 2019."])
    s2.add("header", ["Ref", "Type", "Recommendation / AFI", "Owner", "Status", "Progress update", "Target date"])
    on, off, comp = "Open - Actions on going on track", "Open - Actions on going off track", "Complete"
    peel_rows = [
        ("CoC 1", "Cause of Concern", "CoC 1 - The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in its investigative approach and safeguarding vulnerable people.", "DCC", on, "p_coc1", False),
        ("1.1", "Recommendation", "Rec 1.1 - Agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services", "DCC", comp, "p_r11", True),
        ("1.2", "Recommendation", "Rec 1.2 - Clearly define new operating model, ensuring all operational & support services are affordable and fit to protect the communities of West Mercia", "DCC", comp, "p_r12", True),
        ("1.3", "Recommendation", "Rec 1.3 - Expand the skills project work to include an assessment of all skills, not only operational, incl. future skills requirements. This assessment should inform workforce plans", "Director of People", comp, "p_r13", True),
        ("1.4", "Recommendation", "Rec 1.4 - Conduct a review of officers capabilities and capacity to manage their investigative workload", "ACC Crime", off, "p_r14", False),
        ("1.5", "Recommendation", "Rec 1.5 - Conduct a review, involving partners, of the approach to vulnerability to better safeguard vulnerable people.", "Ch Supt Public Protection", comp, "p_r15", True),
        ("CoC 2", "Cause of Concern", "CoC 2 - The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way crimes are being investigated.", "ACC Crime", on, "p_coc2", False),
        ("2.1", "Recommendation", "Rec 2.1 - Within six months ensure regular and active supervison of the quality and progress of investigations. This supervision should be properly recorded", "ACC Crime", on, "p_r21", False),
        ("2.2", "Recommendation", "Rec 2.2 - Improve ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed", "Head of Digital Forensics", comp, "p_r22", True),
        ("2.3", "Recommendation", "Rec 2.3 - Improve understanding of suspects released under investigation (RUI) and the management of those released on bail", "Head of Criminal Justice", comp, "p_r23", True),
        ("2.4", "Recommendation", "Rec 2.4 - The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.", "Force Crime Registrar", on, "p_afi1", None),
        ("AFI 2", "AFI", "AFI 2 - The force should ensure that it has sufficient resources in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.", "Supt Contact Centre", on, "p_afi2", False),
        ("AFI 3", "AFI", "AFI 3 - The force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.", "Ch Supt Public Protection", "Open - Actions on going on track", "p_afi3", False),
    ]
    prog = ["Update 14/12/2021: " + p for p in [
        "Addressed holistically as part of the force change programme.",
        "A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and communications plan is now completed.",
        "Work undertaken in area but still requires development to complete.",
        "Completed. Evidence submitted to HMICFRS for closure.",
        "Ready to move to GREEN status.",
    ]]
    for n, (ref, typ, txt, own, st, hk, done) in enumerate(peel_rows):
        vals = [ref, typ, txt, own, st, prog[n % len(prog)], "Mar-22" if st != comp else None]
        if done is None:
            frow(s2, vals, [(hk, "conflict", "HMICFRS lists it as an Area for improvement; the tracker types it 'Recommendation' and numbers it Rec 2.4 (both open)")])
        else:
            frow(s2, vals, [pair(hk, done, f"{ref}; force '{st}'")])
    truth.add(hrow["p_r16"], "", "missing_from_force", "PEEL 2018/19 rec on consulting the public about business planning (Being progressed) has no tracker row")
    s2.add("blank", [])
    s2.add("heading", ["Other inspection activity and internal audit actions"])
    frow(s2, ["CDI 2019", "Recommendation", "CDI Rec 1 - Within six months the force should put in place arrangements to ensure that: • at the point of report, victims are believed; • conversations between the call handlers and callers are summarised accurately in the incident log… • online reports of crime are triaged at the point of receipt", "Force Crime Registrar", comp, "Completed. Evidence submitted to HMICFRS for closure.", None],
         [(None, "not_on_hmicfrs_list", "crime data integrity rec the force still carries; not on the definitive list")])
    frow(s2, ["IA 21/07", "Internal audit", "Internal audit action: Internal audit of the vulnerable adults governance arrangements (audit plan 2021/22)", "Head of Corporate Development", on, "Fieldwork complete; draft report due.", "Apr-22"],
         [(None, "not_on_hmicfrs_list", "internal audit action, not an HMICFRS item")])
    frow(s2, ["FIP 4", "Local action", "Force action - Add stalking and harassment measures to the monthly Force Performance pack", "Head of Corporate Development", comp, "", None],
         [(None, "not_on_hmicfrs_list", "force's own improvement action, not an HMICFRS item")])

    # ---- summary sheet (no items)
    s3 = Sheet("Summary")
    s3.add("title", ["Summary for Force Assurance Board – 28/02/2022"])
    s3.add("header", ["Sheet", "Complete", "In progress / open", "Not RAG rated", "Total"])
    def counts(sheet, col):
        c = d = n = 0
        for kind, vals in sheet.rows:
            if kind != "item":
                continue
            v = (vals[col] or "").strip().lower()
            if v in ("complete", "pending sign off"):
                c += 1
            elif v:
                d += 1
            else:
                n += 1
        return [c, d, n, c + d + n]
    a, b = counts(s1, 4), counts(s2, 4)
    s3.add("item", ["National recs"] + a)
    s3.add("item", ["PEEL 2018-19"] + b)
    s3.add("item", ["Total"] + [x + y for x, y in zip(a, b)])

    write_book(os.path.join(case, "tracker.xlsx"), [s1, s2, s3],
               {"National recs": [80, 22, 40, 22, 14, 36, 11], "PEEL 2018-19": [8, 16, 80, 22, 26, 40, 10],
                "Summary": [16, 10, 16, 14, 8]})
    truth.write(os.path.join(case, "truth.csv"))
    return case, H, hrow, truth


# =====================================================================================
# Case 2: paragraph_afis  (Northamptonshire PCC Independent Audit Committee style)
# =====================================================================================
def ordinal(d):
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


def case_paragraph_afis():
    case = os.path.join(OUT, "paragraph_afis")
    os.makedirs(case, exist_ok=True)
    D = dt.date
    t = N.NATIONAL
    FORCE = "Northamptonshire Police"
    H = {}
    order = []

    def h(key, ref, rep, pub, typ, text, status, sdate, comment):
        H[key] = dict(ref=ref, report=rep, pub=pub, type=typ, text=text, status=status,
                      sdate=sdate, comment=comment)
        order.append(key)

    NEW = "New recommendation"
    MON = ("The progress of the implementation of this recommendation is currently being monitored "
           "by HMICFRS and this record will, in due course, be updated.")
    DONE = "This recommendation is complete"
    SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")
    REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
           "updated when this review is complete.")
    NATR = "National recommendation"
    AR, BP, CO = "awaiting-review", "being-progressed", "complete"

    def st(s):
        return {AR: (D(2016, 3, 1), NEW), BP: (D(2016, 6, 14), MON), CO: (D(2016, 5, 20), DONE)}[s]

    sas = [CO, CO, BP]
    for i in range(3):
        h(f"sas13_{i+1}", 1203 + i, t["sas13"][0], D(2013, 7, 9), NATR, nat("sas13", i), sas[i], *st(sas[i]))
    h("every", 2351, t["everyone"][0], D(2014, 3, 27), NATR, N.EVERYONE_PLAN, CO, D(2015, 11, 2), SUP)
    aus = [CO, BP, CO, BP]
    for i in range(4):
        h(f"aus_{i+1}", 3301 + i, t["austerity"][0], D(2014, 7, 22), NATR, nat("austerity", i), aus[i], *st(aus[i]))
    h("core_1", 4822, t["core"][0], D(2014, 9, 4), NATR, nat("core", 0), BP, D(2016, 2, 9), REV)
    h("core_2", 4823, t["core"][0], D(2014, 9, 4), NATR, nat("core", 1), BP, *st(BP))
    h("integ", 902, t["integrity"][0], D(2015, 1, 30), NATR, nat("integrity", 0), BP, *st(BP))
    h("sas15", 5310, t["sas15"][0], D(2015, 3, 24), NATR, nat("sas15", 0), CO, *st(CO))
    h("pict", 5702, t["picture"][0], D(2015, 7, 1), NATR, nat("picture", 0), BP, *st(BP))
    fa = [BP, CO, BP, BP, CO]
    for i in range(5):
        h(f"fire_{i+1}", 6991 + i, t["firearms"][0], D(2015, 9, 15), NATR, nat("firearms", i), fa[i], *st(fa[i]))
    CDI = "Crime data integrity inspection 2014 – Northamptonshire Police"
    cdi = [
        ("cdi_1", N.REC, "Within three months, the force should " + body("revise its approach to cautions") + ".", CO),
        ("cdi_2", N.REC, "Within six months the force should " + F.CDI_VICTIMS_BODY + ".", BP),
        ("cdi_3", N.REC, "Immediately, the force should " + body("provide call-handlers with specific") + ".", BP),
        ("cdi_4", N.REC, "Within three months, the force should " + body("improve its use of its crime-recording") + ".", CO),
    ]
    for j, (k, typ, txt, s) in enumerate(cdi):
        h(k, 4410 + j, CDI, D(2014, 11, 18), typ, txt, s, *st(s))
    EFF = "PEEL: Police efficiency 2015 – Northamptonshire Police"
    effy = [
        ("effy_1", REAL[14] + ".", BP),
        ("effy_2", REAL[15] + ".", BP),
        ("effy_3", REAL[16], BP),
        ("effy_4", "The force should " + body("consider whether there is scope to deliver better value") + ".", BP),
        ("effy_5", "The force should " + body("improve its arrangements both to consult") + ".", CO),
    ]
    for j, (k, txt, s) in enumerate(effy):
        h(k, 7001 + j, EFF, D(2015, 10, 15), N.AFI, txt, s, *st(s))
    EFV = "PEEL: Police effectiveness 2015 – Northamptonshire Police"
    efv = [
        ("efv_1", "The force should " + body("conduct a review, involving its partners") + ".", BP),
        ("efv_2", "The force should " + body("improve the supervision of investigations") + ".", BP),
        ("efv_3", "The force should " + body("take steps to ensure that there is effective supervision") + ".", BP),
        ("efv_4", "The force should " + body("review its approach to reports of missing children") + ".", AR),
        ("efv_5", "The force should " + body("ensure that crime prevention or disruption") + ".", BP),
        ("efv_6", "The force should " + body("improve its ability to retrieve digital evidence") + ".", CO),
        ("efv_7", "The force should " + body("have in place active information-sharing") + ".", AR),
    ]
    for j, (k, txt, s) in enumerate(efv):
        h(k, 7015 + j, EFV, D(2016, 2, 18), N.AFI, txt, s, *st(s))
    LEG = "PEEL: Police legitimacy 2015 – Northamptonshire Police"
    leg = [
        ("leg_1", "The force should " + body("satisfy itself that it has processes") + ".", BP),
        ("leg_2", "The force should " + body("comply with the code of practice") + ".", AR),
        ("leg_3", "The force should " + body("ensure all staff have received") + ".", CO),
        ("leg_4", "The force should " + body("establish or improve monitoring") + ".", BP),
        ("leg_5", "The force should " + body("ensure that all officers who use stop and search") + ".", AR),
    ]
    for j, (k, txt, s) in enumerate(leg):
        h(k, 7101 + j, LEG, D(2016, 2, 11), N.AFI, txt, s, *st(s))
    h("ncpi", 7140, "National child protection inspection – Northamptonshire Police", D(2016, 3, 24), N.REC,
      "Within six months the force should, " + body("in conjunction with children’s social care") + ".", AR, *st(AR))

    # CSV as an Excel "CSV UTF-8" save: BOM, CRLF, embedded newlines kept inside quotes
    hpath = os.path.join(case, "hmicfrs.csv")
    hrow = {}
    with open(hpath, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["Recommendation ID", "Force", "Report title", "Date published", "Type",
                    "Recommendation", "Status", "Status date", "Latest comment"])
        for n, key in enumerate(order, start=2):
            x = H[key]
            w.writerow([x["ref"], FORCE, x["report"], ordinal(x["pub"]), x["type"], x["text"],
                        x["status"], ordinal(x["sdate"]), x["comment"]])
            hrow[key] = f"hmicfrs.csv!{n}"

    # ---- tracker
    truth = Truth()
    s = Sheet("HMIC recs")
    s.add("title", ["Police and Crime Commissioner for Northamptonshire and Chief Constable of Northamptonshire Police"])
    s.add("title", ["Independent Audit Committee – 7 September 2016 – Agenda item 9: HMIC recommendations and areas for improvement – progress update"])
    s.add("blank", [])
    s.add("header", ["Ref", "Report", "Recommendation / Area for Improvement", "Lead", "Status", "Progress update"])
    groups = []  # (report label, first row, last row)

    def cat_of(hk, fdone):
        return category(H[hk]["status"], fdone)

    def row(ref, rep, text, lead, status, upd, fdone, parts, extra=None):
        """parts: list of HMICFRS keys held in this row; extra: {key: (cat, why)} overrides."""
        r = s.add("item", [ref, rep, text, lead, status, upd])
        prov = s.prov(r)
        extra = extra or {}
        n = len(parts)
        for k in parts:
            if k in extra:
                c, why = extra[k]
            else:
                c = cat_of(k, fdone)
                why = (f"{'one of ' + str(n) + ' items pasted into one cell' if n > 1 else 'single item'};"
                       f" row status '{status}', HMICFRS {H[k]['status']} (ID {H[k]['ref']})")
            truth.add(hrow[k], prov, c, why)
        if not parts:
            truth.add("", prov, extra["_"][0], extra["_"][1])
        return r

    def group(label, rows_fn):
        first = len(s.rows) + 1
        rows_fn(label)
        last = len(s.rows)
        if last > first:
            s.merges.append((2, first, last))
            # merged cell: only the top-left keeps the label
            for i in range(first, last):
                s.rows[i] = (s.rows[i][0], [s.rows[i][1][0], None] + s.rows[i][1][2:])

    nat_txt = {k: H[k]["text"] for k in H}

    def g_sas(lb):
        row("1203", lb, "Chief Constables & CoP should establish in the S&S APP document a clear specification of what constitutes the effective and fair exercise of S&S powers, and guidance in this respect.", "ACC Operations", "Complete", "APP adopted.", True, ["sas13_1"])
        row("1204/1205", lb, nat_txt["sas13_2"] + " " + nat_txt["sas13_3"].replace("young people.", "young people"),
            "ACC Operations", "In progress",
            "Stop and search scrutiny panel established; public reporting on website under review.", False,
            ["sas13_2", "sas13_3"])
    group("Stop & Search powers (HMIC 2013)", g_sas)

    row("", "Everyone's Business (DA) 2014",
        N.EVERYONE_PLAN.replace("\n\n", " ").replace("\n", " ").replace(" and 20 ", " and ")[:300],
        "Ch Supt Protecting Vulnerable People", "Complete",
        "DA action plan published. The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.",
        True, ["every"])

    def g_aus(lb):
        row("", lb, "HMIC recommendations: " + nat_txt["aus_1"] + " " + nat_txt["aus_2"].rstrip("."),
            "Director of Finance", "Complete", "Savings plan and collaboration assessment reported to PCC Accountability Board.",
            True, ["aus_1", "aus_2"])
        row("3303", lb, nat_txt["aus_3"][:150].rstrip() + "…", "Director of Finance", "Complete", "", True, ["aus_3"])
        row("", lb, nat_txt["aus_4"], "Director of Finance", "In progress", "Collaboration with Northamptonshire FRS being scoped.", False, ["aus_4"])
    group("Policing in Austerity 2014", g_aus)

    row("", "Core business 2014", "Not later than 31 March 2015 forces using a THR policy should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
        "Supt Force Control Room", "Complete", "THRIVE introduced in FCR.", True, ["core_1"])
    truth.add(hrow["core_2"], "", "missing_from_force", "Core Business rec on recording and evaluating crime prevention activity has no tracker row")

    row("902", "Integrity matters", nat_txt["integ"].replace("“", '"').replace("”", '"'), "Head of Professional Standards", "pending sign off",
        "Dip-sample of NFA misconduct outcomes complete; pending sign off by DCC.", True, ["integ"])
    row("", "Stop & search powers 2", "CCs should, in consultation with PCCs, ensure that they comply with the Code of Practice by explaining to the public the way S&S powers are used in their areas and by making arrangements for S&S records to be scrutinised by community representatives.", "ACC Operations", "Complete", "", True, ["sas15"])
    row("", "Building the Picture 2015", nat_txt["pict"].split(". This should include")[0] + ".",
        "Head of Information Management", "In progress", "MoPI audit programme being scoped.", False, ["pict"])

    def g_fire(lb):
        row("6991/6992", lb, nat_txt["fire_1"].rstrip(".") + " " + nat_txt["fire_2"],
            "Supt Firearms Licensing", "Complete", "Governance and demand reviews complete; additional staff recruited.",
            True, ["fire_1", "fire_2"])
        conflict_txt = nat_txt["fire_4"].replace("Within three months", "Within six months")
        row("6993 & 6994", lb, nat_txt["fire_3"].rstrip(".") + " " + conflict_txt,
            "Supt Firearms Licensing", "In progress", "Expired records cleared to 40; temporary permit process rewritten.",
            False, ["fire_3", "fire_4"],
            extra={"fire_4": ("conflict", "second of two items pasted into one cell: tracker says 'Within six months' for temporary permits; HMICFRS 6994 says 'Within three months'")})
        row("6995", lb, nat_txt["fire_5"], "Supt Firearms Licensing", "Open - Actions on going on track",
            "Flag on command and control system for certificate holders.", False, ["fire_5"])
    group("Firearms licensing 2015 (Targeting the Risk)", g_fire)

    def g_cdi(lb):
        row("", lb, "Within 3 months revise approach to cautions, cannabis warnings & PNDs so there is a clear and auditable explanation to the offender of the implications of receiving the warning and, for victim-based crimes, a clear and auditable record that the views of the victim are considered prior to their issue", "Force Crime Registrar", "Complete", "", True, ["cdi_1"])
        row("", lb, nat_txt["cdi_2"].replace("\n", " "), "Force Crime Registrar", "In progress",
            "Crime recording audit plan agreed; victims believed at point of report message issued.", False, ["cdi_2"])
        row("Rec 3 & 4", lb, nat_txt["cdi_3"].rstrip(".") + " " + nat_txt["cdi_4"], "Force Crime Registrar", "Complete",
            "Closed at Crime Standards Board.", True, ["cdi_3", "cdi_4"])
    group("Crime Data Integrity 2014", g_cdi)

    def g_effy(lb):
        row("", lb, "Areas for improvement: " + REAL[14] + " " + REAL[15] + " " + REAL[16],
            "Director of Finance / Director of HR", "In progress",
            "Demand analysis project commissioned (Phase 1 complete). Workforce plan to Chief Officer Team in November.",
            False, ["effy_1", "effy_2", "effy_3"])
        row("AFI 4 & 5", lb, H["effy_4"]["text"] + "\n" + H["effy_5"]["text"], "Director of Finance", "Complete",
            "Collaboration with NFRS under the Policing and Crime Bill; public consultation on the budget completed.", True,
            ["effy_4", "effy_5"])
    group("PEEL Efficiency 2015", g_effy)

    def g_efv(lb):
        row("AFI 1", lb, H["efv_1"]["text"], "Ch Supt Protecting Vulnerable People", "Complete",
            "Vulnerability review completed with partners via the Safeguarding Boards.", True, ["efv_1"])
        row("AFI 2 & 3", lb, H["efv_2"]["text"].rstrip(".") + " " + H["efv_3"]["text"], "Det Ch Supt Crime", "In progress",
            "Investigation standards board established.", False, ["efv_2", "efv_3"])
        row("", lb, H["efv_4"]["text"].replace("\n", " "), "Ch Supt Protecting Vulnerable People", "pending sign off",
            "Missing persons training delivered to FCR; supervisors' checklist issued.", True, ["efv_4"])
        row("", lb, "Areas for improvement: " + H["efv_6"]["text"].rstrip(".") + " " + H["efv_7"]["text"].rstrip("."),
            "Det Ch Supt Crime", "In progress", "Digital hub funding bid submitted; ISA with county council in draft.",
            False, ["efv_6", "efv_7"])
    group("PEEL Effectiveness 2015", g_efv)
    truth.add(hrow["efv_5"], "", "missing_from_force", "PEEL effectiveness 2015 AFI on recording and evaluating crime prevention activity has no tracker row")

    def g_leg(lb):
        row("", lb, "Areas for improvement " + " ".join(H[k]["text"].rstrip(".") for k in ["leg_1", "leg_2", "leg_3", "leg_4"]),
            "Head of Professional Standards / ACC Operations", "In progress",
            "Vetting backlog reduced; S&S scrutiny panel meets quarterly; PSD NFA dip-sample planned.",
            False, ["leg_1", "leg_2", "leg_3", "leg_4"])
        row("", lb, "The force should ensure all officers who use S&S powers have been provided with, and understand, training on unconscious bias and CoP APP on S&S.", "Head of Learning & Development", "Complete", "Unconscious bias e-learning completed by 96% of officers.", True, ["leg_5"])
    group("PEEL Legitimacy 2015", g_leg)

    row("7014", "NCPI 2016", H["ncpi"]["text"].replace("accommodation", "accomodation"), "Ch Supt Protecting Vulnerable People", "In progress",
        "Joint protocol with Children's Services in draft.", False, ["ncpi"],
        extra={"ncpi": ("conflict", "same text but the tracker's Ref is 7014; HMICFRS ID is 7140 (both open)")})

    row("", "PEEL Efficiency 2014", "The force should " + body("review its plans to deliver savings") + ".",
        "Director of Finance", "Complete", "Closed by HMIC in 2015 per force records.", True, [],
        extra={"_": ("not_on_hmicfrs_list", "a 2014 PEEL efficiency AFI the force still lists; not on the HMICFRS list (its wording resembles the austerity rec 3301 held in the austerity paragraph)")})
    row("", "Internal Audit 2015/16", "Internal audit action: Internal audit of the domestic abuse governance arrangements (audit plan 2015/16)",
        "Head of Corporate Development", "In progress", "", False, [],
        extra={"_": ("not_on_hmicfrs_list", "internal audit action")})
    row("", "Force improvement plan", "Dip-sample 50 rape and serious sexual offences crime reports each quarter and report findings to the Crime Standards Board",
        "Force Crime Registrar", "Complete", "", True, [],
        extra={"_": ("not_on_hmicfrs_list", "force's own action")})
    row("", "IAC action log", "JAC action: Add stalking and harassment measures to the monthly Force Performance pack",
        "Head of Corporate Development", "In progress", "", False, [],
        extra={"_": ("not_on_hmicfrs_list", "audit committee action")})
    s.add("blank", [])
    from collections import Counter
    cnt = Counter(v[4] for k, v in s.rows if k == "item" and v[4] != "Status")
    s.add("legend", [f"Total lines reported: {sum(cnt.values())}. " + "; ".join(f"{k} {n}" for k, n in sorted(cnt.items())) + "."])
    s.add("legend", ["Items marked Complete are proposed to HMIC for closure. Source: Strategic Development Unit."])

    write_book(os.path.join(case, "tracker.xlsx"), [s], {"HMIC recs": [12, 26, 100, 28, 18, 50]})
    truth.write(os.path.join(case, "truth.csv"))
    return case, H, hrow, truth


if __name__ == "__main__":
    for fn in (case_national_applicability, case_paragraph_afis):
        case, H, hrow, truth = fn()
        seen = {l[0] for l in truth.lines if l[0]}
        assert seen == set(hrow.values()), set(hrow.values()) - seen
        # split items: same category on every line of the item
        by = {}
        for hr, fr, c, _ in truth.lines:
            if hr:
                by.setdefault(hr, set()).add(c)
        assert all(len(v) == 1 for v in by.values()), {k: v for k, v in by.items() if len(v) > 1}
        from collections import Counter
        cats = Counter(l[2] for l in truth.lines)
        frows = {l[1] for l in truth.lines if l[1]}
        print(os.path.basename(case), "hmicfrs items", len(hrow), "force item rows", len(frows),
              "truth lines", len(truth.lines), dict(cats))
