"""Builder for the independent case `liaison_list_department_sheets`.

HMICFRS side: the list as the force liaison lead sends it - one sheet per inspection report,
title rows above a table "Rec No. | Type | Recommendation | HMICFRS assessment | Date closed".
Force side: one sheet per force department, plus a "Dashboard" (counts only) first and a
"Lookups" sheet (drop-down lists) last.
Texts: real HMICFRS wording only (shared CSV and reconcile.casegen.texts lists).
"""
from __future__ import annotations

import csv
import random
import re
import sys
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import xlsxwriter

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    BWV_2021, CAUSES, CONTROL_ROOM, EVERYONE_PLAN, LEADS, NATIONAL, SF_LEADERSHIP,
    SAS_MONITORING_2017, DIGITAL, MSHT_NRM,
)

RNG = random.Random(20241002)
OUT = Path("/tmp/indep8/liaison/liaison_list_department_sheets")
OUT.mkdir(parents=True, exist_ok=True)

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")
FORCE = "Lincolnshire Police"
AREA = "Lincolnshire"


def real(i: int) -> str:
    return (REAL.text[i].replace("West Mercia Police", FORCE).replace("West Midlands Police", FORCE)
            .replace("Bedfordshire Police", FORCE).replace("West Mercia", AREA))


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# ---------------------------------------------------------------- force-text helpers
ABBR = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"[Cc]hief [Cc]onstables", "CCs"),
    (r"Authorised Professional Practice", "APP"), (r"College of Policing", "CoP"),
    (r"child sexual exploitation", "CSE"), (r"body-worn video", "BWV"),
    (r"released under investigation", "RUI"), (r"information-sharing agreements", "ISAs"),
    (r"continuing professional development", "CPD"), (r"Home Office", "HO"),
    (r"[Ww]ithin six months", "Within 6 months"), (r"[Ww]ithin three months", "Within 3 months"),
    (r"officers and staff", "officers & staff"), (r"police and crime commissioners", "PCCs"),
    (r"national crime recording standard \(NCRS\)", "NCRS"),
]
MISS = {"receive": "recieve", "governance": "goverance", "supervision": "supervison",
        "arrangements": "arrangments", "appropriate": "appropiate", "necessary": "neccessary",
        "accommodation": "accomodation"}
STEM_RE = re.compile(
    r"^(HMICFRS|HMIC) recommends that (within six months )?the force should( immediately)?:\s*"
    r"|^The force should\s+|^Within (three|six|twelve) months,? the force should\s+"
    r"|^Immediately, the force should\s+")


def ab(t, amp=False):
    for a, b in ABBR:
        t = re.sub(a, b, t)
    if amp:
        t = re.sub(r"\band\b", "&", t)
    return t


def ns(t):
    t = STEM_RE.sub("", t, count=1)
    return t[:1].upper() + t[1:]


def tr(t, n):
    if len(t) <= n:
        return t
    cut = t[:n].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."


def ms(t):
    for a, b in MISS.items():
        if a in t:
            return t.replace(a, b, 1)
    return t


def flat(t):  # tracker cells pasted with line breaks removed
    return re.sub(r"\s*\n\s*", " ", t)


# ---------------------------------------------------------------- HMICFRS reports
# key -> (sheet name, title, published date, register-style title rows extra note or None)
REPORTS = [
    ("peel23", "PEEL 23-24", f"PEEL 2023–24: Police effectiveness, efficiency and legitimacy – {FORCE}", date(2024, 6, 14), None),
    ("vet22", "Vetting 2022", f"Vetting and counter-corruption inspection – {FORCE}", date(2022, 11, 17), None),
    ("peel21", "PEEL 21-22", f"PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – {FORCE}", date(2022, 5, 20),
     "This report contains 1 cause of concern (with 2 recommendations) and 11 areas for improvement."),
    ("powers", "Police Powers 2021", NATIONAL["powers"][0], date(2021, 2, 26), "National report – recommendations for all forces"),
    ("cdi19", "CDI 2019", f"Crime data integrity inspection 2019 – {FORCE}", date(2019, 9, 19), None),
    ("cust19", "Custody 2019", f"Report on an unannounced inspection visit to police custody suites in {AREA}", date(2019, 8, 13),
     "Joint inspection by HMICFRS and HM Inspectorate of Prisons"),
    ("peel18", "PEEL 18-19", f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}", date(2019, 5, 2), None),
    ("ncpi18", "NCPI 2018", f"National child protection inspection 2018 – {FORCE}", date(2018, 6, 26), None),
    ("leg17", "Legitimacy 2017", NATIONAL["leg17"][0], date(2017, 12, 12), "National report – recommendations for all forces"),
    ("efc17", "Efficiency 2017", NATIONAL["efc17"][0], date(2017, 11, 9), "National report – recommendations for all forces"),
    ("stolen", "Stolen Freedom 2017", NATIONAL["stolen"][0], date(2017, 10, 24), "National report – recommendations for all forces"),
    ("firearms", "Firearms 2015", NATIONAL["firearms"][0], date(2015, 9, 15), "National report – recommendations for all forces"),
    ("picture", "Info Mgmt 2015", NATIONAL["picture"][0], date(2015, 7, 1), "National report – recommendations for all forces"),
    ("integrity", "Integrity 2015", NATIONAL["integrity"][0], date(2015, 1, 30), "National report – recommendations for all forces"),
    ("core", "Core Business 2014", NATIONAL["core"][0], date(2014, 9, 4), "National report – recommendations for all forces"),
    ("everyone", "DA 2014", NATIONAL["everyone"][0], date(2014, 3, 27), "National report – recommendations for all forces"),
    ("sas13", "Stop Search 2013", NATIONAL["sas13"][0], date(2013, 7, 9), "National report – recommendations for all forces"),
]

# Force department sheets
LP, CV, PS, CS = "Local Policing", "Crime & Vulnerability", "Professional Standards", "Corporate Services"

# force report labels (the tracker's own names)
FL = {
    "peel23": ["PEEL 2023/24", "PEEL 23-24"], "vet22": ["Vetting insp 2022", "Vetting 2022"],
    "peel21": ["PEEL 2021/22", "PEEL 21/22"], "powers": ["Police powers spotlight (Feb 21)", "Disproportionate use of police powers 2021"],
    "cdi19": ["CDI 2019", "CDI inspection 2019"], "cust19": ["Custody 2019", "HMICFRS/HMIP custody 2019"],
    "peel18": ["PEEL 2018/19", "PEEL 18-19"], "ncpi18": ["NCPI 2018", "Child protection inspection 2018"],
    "leg17": ["PEEL Legit 17 S&S", "PEEL Legitimacy 2017 - national (stop and search)"],
    "efc17": ["PEEL Efficiency 17 (all forces)"], "stolen": ["Stolen Freedom (MSHT) 2017"],
    "firearms": ["Firearms licensing 2015", "Targeting the Risk (Firearms Licensing) 2015"],
    "picture": ["Building the Picture 2015"], "integrity": ["Integrity Matters 2015"],
    "core": ["Core business", "Core Business 2014"], "everyone": ["Everyone's Business (DA) 2014"],
    "sas13": ["Stop & Search powers (HMIC 2013)", "Stop and Search 2013"],
}

D = lambda d, m, y: date(y, m, d)  # noqa: E731

# Each item: report key, register id, type, text, assessment, date closed, category, why, force rows.
# A force row: dict(dept, text, ref ('id' / None / other), label index, rag, ftype(optional), extra)
ITEMS = []


def item(rep, rid, typ, text, assess, closed, cat, why, *frows):
    ITEMS.append(dict(rep=rep, rid=rid, type=typ, text=text, assess=assess, closed=closed,
                      cat=cat, why=why, frows=list(frows)))


def fr(dept, text, rag, ref="id", lab=0, ftype=None, **kw):
    return dict(dept=dept, text=text, rag=rag, ref=ref, lab=lab, ftype=ftype, **kw)


BP, AR, CP, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"

# ---- Stop and search 2013 (national)
s = lambda i: nat("sas13", i)  # noqa: E731
item("sas13", 311, NAT, s(0), CP, D(14, 3, 2016), "missing_from_force",
     "HMICFRS item (APP specification, CCs with the CoP) has no row in any department sheet")
item("sas13", 312, NAT, s(1), CP, D(14, 3, 2016), "in_sync",
     "both closed: HMICFRS Complete, Local Policing GREEN",
     fr(LP, tr(ab(s(1)), 170), "GREEN", ref=None))
item("sas13", 313, NAT, s(2), CP, D(22, 9, 2015), "closeable_local",
     "HMICFRS Complete, Local Policing still AMBER",
     fr(LP, ab(s(2), amp=True), "AMBER", ref=None, lab=1))
# ---- Everyone's business 2014
item("everyone", 2321, NAT, EVERYONE_PLAN, SU, D(3, 2, 2017), "in_sync",
     "HMICFRS Superseded; tracker GREY (superseded) - both closed; tracker keeps only the first sentence",
     fr(CV, "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to DA.", "GREY", ref=2321))
# ---- Core business 2014
c = lambda i: nat("core", i)  # noqa: E731
item("core", 4822, NAT, c(0), SU, D(10, 11, 2016), "closeable_local",
     "HMICFRS Superseded (re-inspected under PEEL), Local Policing still AMBER",
     fr(LP, c(0).replace("threat, harm and risk", "THRIVE/threat, harm & risk"), "AMBER", ref=4822))
item("core", 4823, NAT, c(1), CP, D(10, 11, 2016), "missing_from_force",
     "crime prevention recording item not in the tracker")
# ---- Integrity matters 2015
item("integrity", 902, NAT, nat("integrity", 0), CP, D(18, 7, 2016), "in_sync",
     "both closed: HMICFRS Complete, PSD Complete",
     fr(PS, nat("integrity", 0).replace("“no further action”", "NFA"), "Complete", ref=None, ftype="Recommendation"))
# ---- Building the picture 2015
item("picture", 5310, NAT, nat("picture", 0), BP, None, "closeable_submit",
     "HMICFRS Being progressed, Corporate Services GREEN with evidence submitted",
     fr(CS, tr(nat("picture", 0), 150), "GREEN", ref=5310, upd="Completed. Evidence submitted to HMICFRS for closure."))
# ---- Firearms 2015
f = lambda i: nat("firearms", i)  # noqa: E731
item("firearms", 5570, NAT, f(0), CP, D(6, 4, 2017), "in_sync", "both closed: HMICFRS Complete, CS GREEN",
     fr(CS, ns(ab(f(0))), "GREEN", ref=5570))
item("firearms", 5571, NAT, f(1), CP, D(6, 4, 2017), "closeable_local",
     "HMICFRS Complete, Corporate Services Amber",
     fr(CS, ab(f(1)).replace("all CCs should", "CC should"), "Amber", ref=5571))
item("firearms", 5572, NAT, f(2), CP, D(12, 1, 2016), "in_sync", "both closed: HMICFRS Complete, CS Green",
     fr(CS, f(2), "Green", ref=5572, lab=1))
item("firearms", 5573, NAT, f(3), BP, None, "closeable_submit",
     "HMICFRS Being progressed, CS GREEN (truncated text)",
     fr(CS, tr(ms(ab(f(3))), 160), "GREEN", ref=5573))
item("firearms", 5574, NAT, f(4), BP, None, "in_sync", "both open: HMICFRS Being progressed, Local Policing AMBER",
     fr(LP, ab(f(4)).replace("all CCs should ensure", "Force to ensure"), "AMBER", ref=5574))
# ---- Stolen freedom 2017
st = lambda i: nat("stolen", i)  # noqa: E731
sf_b = SF_LEADERSHIP.split("\n")
item("stolen", 8213, NAT, SF_LEADERSHIP, BP, None, "conflict",
     "force split the four-bullet item into rows (stem+bullet 1, bullet 2, bullet 4); bullet 3 (partnership arrangements to share information and safeguard victims) has no force row",
     fr(CV, sf_b[0] + " " + sf_b[1].lstrip("• "), "AMBER", ref=8213),
     fr(CV, sf_b[2].lstrip("• ").replace("every incident of modern slavery", "Every incident of MSHT"), "GREEN", ref=8213),
     fr(CV, sf_b[4].lstrip("• ").replace("performance and quality assurance", "Performance & QA"), "GREEN", ref=8213))
item("stolen", 8214, NAT, st(1), CP, D(21, 5, 2019), "in_sync", "both closed: HMICFRS Complete, C&V GREEN",
     fr(CV, ab(st(1)).replace(" 86 ", " "), "GREEN", ref=8214))
item("stolen", 8215, NAT, st(2), BP, None, "missing_from_force", "section 45 defence item not tracked by any department")
item("stolen", 8216, NAT, MSHT_NRM, BP, None, "closeable_submit", "HMICFRS Being progressed, C&V GREEN",
     fr(CV, ab(MSHT_NRM), "GREEN", ref=8216))
item("stolen", 8217, NAT, st(4), CP, D(21, 5, 2019), "closeable_local", "HMICFRS Complete, C&V AMBER",
     fr(CV, tr(ab(st(4)), 175), "AMBER", ref=8217))
item("stolen", 8218, NAT, st(5), BP, None, "in_sync", "both open: HMICFRS Being progressed, C&V AMBER",
     fr(CV, st(5).split(" (this should")[0] + ".", "AMBER", ref=None))
item("stolen", 8219, NAT, st(6), BP, None, "closeable_submit", "HMICFRS Being progressed, C&V Green",
     fr(CV, ab(st(6)), "Green", ref=8219))
# ---- PEEL efficiency 2017 national
item("efc17", 8490, NAT, nat("efc17", 0), SU, D(15, 6, 2020), "closeable_local",
     "HMICFRS Superseded, Corporate Services AMBER (tracker keeps only the first sentence)",
     fr(CS, DIGITAL, "AMBER", ref=8490))
# ---- PEEL legitimacy 2017 national
lg = lambda i: nat("leg17", i)  # noqa: E731
item("leg17", 8541, COC, lg(0), SU, D(30, 4, 2021), "missing_from_force",
     "the cause of concern row is not tracked (force tracked only the recommendations)")
item("leg17", 8542, NAT, SAS_MONITORING_2017, CP, D(30, 4, 2021), "in_sync", "both closed: HMICFRS Complete, LP GREEN",
     fr(LP, tr(flat(ab(SAS_MONITORING_2017)), 200), "GREEN", ref=8542))
item("leg17", 8543, NAT, lg(2), CP, D(30, 4, 2021), "in_sync", "both closed: HMICFRS Complete, LP GREEN",
     fr(LP, flat(lg(2)).replace("•", "- "), "GREEN", ref=8543))
item("leg17", 8544, NAT, lg(3), BP, None, "closeable_submit", "HMICFRS Being progressed, LP GREEN",
     fr(LP, lg(3), "GREEN", ref=8544))
item("leg17", 8545, NAT, lg(4), BP, None, "in_sync", "both open: HMICFRS Being progressed, LP AMBER",
     fr(LP, ab(lg(4)), "AMBER", ref=8545, lab=1))
# ---- NCPI 2018
ncpi_coc = real(25)
ncpi_rec = real(26)
item("ncpi18", 9102, COC, ncpi_coc, BP, None, "in_sync", "both open: HMICFRS Being progressed, C&V AMBER",
     fr(CV, tr(ncpi_coc, 190), "AMBER", ref=9102, ftype="CoC"))
item("ncpi18", 9103, REC, ncpi_rec, BP, None, "closeable_submit", "HMICFRS Being progressed, C&V GREEN",
     fr(CV, flat(ncpi_rec).replace("To address this cause of concern the force should immediately review", "Review"), "GREEN", ref=9103, ftype="Rec"))
item("ncpi18", 9104, REC, "Within three months, the force should make sure officers and staff have the training they need to identify and respond to child sexual exploitation.",
     CP, D(11, 12, 2019), "in_sync", "both closed: HMICFRS Complete, C&V GREEN",
     fr(CV, "Within 3 months, the force should make sure officers & staff have the training they need to identify and respond to CSE.", "GREEN", ref=9104, ftype="Rec"))
item("ncpi18", 9105, AFI, "The force should improve the timeliness of its response to calls for service involving missing children.",
     BP, None, "missing_from_force", "AFI on missing-children call timeliness not in tracker")
item("ncpi18", 9106, REC, "Within six months the force should make sure it has enough specialist capacity and capability to investigate sexual offences against children.",
     BP, None, "conflict",
     "timescale differs: HMICFRS 'Within six months', tracker 'Within 12 months'",
     fr(CV, "Within 12 months the force should make sure it has enough specialist capacity & capability to investigate sexual offences against children.", "AMBER", ref=9106, ftype="Rec"))
# ---- PEEL 2018/19
item("peel18", 10214, COC, real(8), SU, D(20, 5, 2022), "closeable_local", "HMICFRS Superseded, C&V AMBER",
     fr(CV, real(8), "AMBER", ref=10214, ftype="CoC"))
item("peel18", 10215, REC, real(0), SU, D(20, 5, 2022), "in_sync", "both closed: HMICFRS Superseded, C&V GREY",
     fr(CV, ns(real(0)).rstrip("; and") + ".", "GREY", ref=10215, ftype="Rec"))
item("peel18", 10216, REC, real(6), CP, D(3, 11, 2020), "in_sync", "both closed: HMICFRS Complete, C&V GREEN",
     fr(CV, ms(ns(real(6))), "GREEN", ref=10216, ftype="Rec"))
item("peel18", 10217, REC, real(9), SU, D(20, 5, 2022), "missing_from_force",
     "PEEL 18/19 digital-evidence rec not tracked (only its PEEL 21/22 successor AFI 13924 is)")
item("peel18", 10218, REC, real(2), CP, D(3, 11, 2020), "in_sync", "both closed: HMICFRS Complete, CS GREEN",
     fr(CS, ns(real(2)), "GREEN", ref=10218))
item("peel18", 10219, REC, real(4), BP, None, "closeable_submit", "HMICFRS Being progressed, CS 'Pending sign off'",
     fr(CS, ns(real(4)), "Pending sign off", ref=10219, upd="Pending sign off by the chief officer lead."))
item("peel18", 10220, REC, real(5), BP, None, "in_sync", "both open: HMICFRS Being progressed, CS AMBER",
     fr(CS, tr(ns(real(5)), 110), "AMBER", ref=10220, lab=1))
item("peel18", 10221, AFI, real(14), CP, D(3, 11, 2020), "closeable_local", "HMICFRS Complete, CS Amber",
     fr(CS, real(14).split(". This is")[0] + ".", "Amber", ref=10221))
item("peel18", 10222, AFI, real(15) + ".", CP, D(3, 11, 2020), "missing_from_force", "outcomes/outputs/costs AFI not in tracker")
# ---- Custody 2019
child = real(57)
item("cust19", 10655, REC, child, BP, None, "closeable_submit", "HMICFRS Being progressed, LP GREEN",
     fr(LP, "Custody - children: " + tr(child.replace("Within six months Lincolnshire Police should, in", "In"), 230), "GREEN", ref=10655))
item("cust19", 10656, AFI, "The force should make sure officers and staff have the training they need to identify and respond to people with mental ill health.",
     CP, D(9, 2, 2021), "in_sync", "both closed: HMICFRS Complete, LP GREEN",
     fr(LP, "AFI - training for officers & staff to identify and respond to people with mental ill health", "GREEN", ref=10656))
item("cust19", 10657, AFI, "The force should " + "conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
     BP, None, "missing_from_force", "custody AFI on vulnerability review not in tracker")
item("cust19", 10658, AFI, "The force should make sure officers and staff have the training they need to identify and respond to vulnerable adults.",
     CP, D(9, 2, 2021), "closeable_local", "HMICFRS Complete, LP AMBER",
     fr(LP, "AFI - training for officers & staff to identify and respond to vulnerable adults", "AMBER", ref=10658))
# ---- CDI 2019
cdi = real(11)
cdi_lines = cdi.split("\n")
item("cdi19", 10871, REC, cdi, BP, None, "closeable_submit",
     "force split the five bullets into five C&V rows, all GREEN; HMICFRS Being progressed",
     *[fr(CV, (("Within 6 months - arrangements to ensure that: " if k == 0 else "") + b.lstrip("• ")).rstrip(";").replace("; and", ""),
          "GREEN", ref=10871, ftype="Rec") for k, b in enumerate(cdi_lines[1:])])
item("cdi19", 10872, REC, "Within three months, the force should take steps to ensure it fully complies with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking.",
     CP, D(14, 10, 2021), "in_sync", "both closed: HMICFRS Complete, C&V GREEN",
     fr(CV, "Within 3 months - fully comply with NCRS for MSHT offences", "GREEN", ref=10872, ftype="Rec"))
item("cdi19", 10873, AFI, "The force should make sure it records reports of domestic abuse accurately and without delay.",
     BP, None, "in_sync", "both open: HMICFRS Being progressed, C&V AMBER",
     fr(CV, "The force should make sure it records reports of DA accurately and without delay.", "AMBER", ref=10873, ftype="AFI"))
item("cdi19", 10874, REC, "Within six months the force should revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue.",
     BP, None, "closeable_submit", "HMICFRS Being progressed, LP GREEN",
     fr(LP, "Revise approach to cautions, cannabis warnings & PNDs - clear and auditable explanation to the offender; for victim-based crimes, auditable record that views of the victim are considered prior to issue.", "GREEN", ref=10874))
item("cdi19", 10875, AFI, real(18), CP, D(14, 10, 2021), "closeable_local", "HMICFRS Complete, C&V AMBER",
     fr(CV, real(18), "AMBER", ref=10875, ftype="AFI", lab=1))
# ---- Police powers 2021
pw = lambda i: nat("powers", i)  # noqa: E731
bwv = BWV_2021.split("\n")
item("powers", 12730, NAT, pw(0), BP, None, "in_sync", "both open: HMICFRS Being progressed, LP AMBER",
     fr(LP, pw(0).split(". This should")[0] + ".", "AMBER", ref=12730))
item("powers", 12731, NAT, pw(1), CP, D(8, 3, 2023), "in_sync", "both closed: HMICFRS Complete, LP GREEN",
     fr(LP, ab(pw(1)), "GREEN", ref=12731))
item("powers", 12732, NAT, BWV_2021, BP, None, "in_sync",
     "split across two sheets: parts 1 and 3 in Local Policing (GREEN), part 2 in Professional Standards (In progress) - item not done, HMICFRS open",
     fr(LP, ab(bwv[0]), "GREEN", ref=12732, grp="bwv1"),
     fr(PS, "(part 2 of 3 - see Local Policing) " + ab(bwv[1][:1].upper() + bwv[1][1:]), "In progress", ref=12732, ftype="Recommendation"),
     fr(LP, ab(bwv[2][:1].upper() + bwv[2][1:]), "GREEN", ref=12732, grp="bwv3"))
item("powers", 12733, NAT, pw(3), BP, None, "closeable_submit",
     "HMICFRS Being progressed, LP WHITE (not the force's to deliver - HO/NPCC) = done on the force side",
     fr(LP, ab(pw(3)).replace("the NPCC", "NPCC"), "WHITE", ref=12733, upd="Not the force's responsibility to deliver; dependent upon another organisation."))
item("powers", 12734, NAT, pw(4), BP, None, "in_sync", "both open: HMICFRS Being progressed, LP AMBER",
     fr(LP, pw(4), "AMBER", ref=12734))
# ---- PEEL 2021/22
item("peel21", 13920, COC, CAUSES[0], BP, None, "in_sync", "both open: HMICFRS Being progressed, C&V AMBER",
     fr(CV, tr(ab(CAUSES[0]), 160), "AMBER", ref=13920, ftype="CoC"))
item("peel21", 13921, REC, "Within three months, the force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     BP, None, "conflict", "type differs: HMICFRS Recommendation (under the cause of concern), tracker Type column says AFI",
     fr(CV, "Within 3 months, the force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.", "AMBER", ref=13921, ftype="AFI"))
item("peel21", 13922, REC, "Within six months the force should consider ways of increasing the use of arrest, ancillary orders and other available powers, in order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice.",
     BP, None, "closeable_submit", "HMICFRS Being progressed, C&V GREEN",
     fr(CV, "Consider ways of increasing use of arrest, ancillary orders & other powers to improve the service to victims of DA...", "GREEN", ref=13922, ftype="Rec"))
item("peel21", 13923, AFI, real(10).replace("HMIC recommends that within six months the force should: improve", "The force should improve").rstrip(";") + ".",
     BP, None, "in_sync", "both open: HMICFRS Being progressed, C&V AMBER",
     fr(CV, "Improve understanding of suspects RUI and management of those released on bail", "AMBER", ref=13923, ftype="AFI"))
item("peel21", 13924, AFI, "The force should improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed.",
     BP, None, "in_sync", "both open: HMICFRS Being progressed, C&V RED",
     fr(CV, "The force should improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed.", "RED", ref=13924, ftype="AFI"))
item("peel21", 13925, AFI, "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.",
     CP, D(22, 6, 2024), "closeable_local", "HMICFRS Complete, C&V AMBER",
     fr(CV, ms("improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service"), "AMBER", ref=13925, ftype="AFI"))
item("peel21", 13926, AFI, "The force should make sure it has enough specialist capacity and capability to investigate online child sexual abuse.",
     BP, None, "closeable_submit", "HMICFRS Being progressed, C&V GREEN",
     fr(CV, "Make sure it has enough specialist capacity and capability to investigate online child sexual abuse (OCSA)", "GREEN", ref=13926, ftype="AFI"))
item("peel21", 13927, AFI, "The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.",
     BP, None, "closeable_submit", "HMICFRS Being progressed, CS GREEN",
     fr(CS, "AFI: review how it gathers & uses equality and diversity data to improve understanding of workforce demographics", "GREEN", ref=13927))
item("peel21", 13928, AFI, "The force should specify in succession plans how it intends to improve diversity across all levels of the force. This should include offering increased direct-entry opportunities.",
     BP, None, "in_sync", "both open: HMICFRS Being progressed, CS AMBER",
     fr(CS, "AFI: specify in succession plans how it intends to improve diversity across all levels of the force.", "AMBER", ref=13928))
item("peel21", 13929, AFI, "The force should make sure all processes in place to support performance management are effective.",
     SU, D(14, 6, 2024), "closeable_local", "HMICFRS Superseded, CS AMBER",
     fr(CS, "AFI: make sure all processes in place to support performance management are effective", "AMBER", ref=13929))
item("peel21", 13930, AFI, "The force should make sure it has access to accurate data and analysis to support effective performance management.",
     BP, None, "missing_from_force",
     "AFI on accurate data and analysis not tracked (the similar-looking performance-processes AFI 13929 is tracked on its own row)")
item("peel21", 13931, AFI, "The force should improve how it works with partner organisations to safeguard people at risk from child sexual exploitation.",
     BP, None, "in_sync", "both open: HMICFRS Being progressed, C&V AMBER",
     fr(CV, "Improve how it works with partner organisations to safeguard people at risk from CSE", "AMBER", ref=13931, ftype="AFI"))
item("peel21", 13932, AFI, "The force should make sure officers and staff have the training they need to identify and respond to hate crime.",
     CP, D(22, 6, 2024), "in_sync", "both closed: HMICFRS Complete, LP GREEN",
     fr(LP, "AFI - hate crime training for officers & staff (identify and respond)", "GREEN", ref=13932))
item("peel21", 13933, AFI, "The force should develop a clear prevention strategy targeting people most at risk and make sure activity undertaken prioritises people most at risk.",
     BP, None, "in_sync", "both open: HMICFRS Being progressed, LP AMBER",
     fr(LP, "AFI - develop a clear prevention strategy targeting people most at risk", "AMBER", ref=13933))
# ---- Vetting 2022
item("vet22", 14562, COC, real(19), BP, None, "in_sync", "both open: HMICFRS Being progressed, PSD In progress",
     fr(PS, real(19), "In progress", ref=14562, ftype="Cause of concern"))
item("vet22", 14563, REC, "Within six months the force should " + real(20)[len("The force should "):],
     BP, None, "conflict", "reference differs: HMICFRS Rec No. 14563, tracker HMICFRS Ref 14536 (same text)",
     fr(PS, "Within six months the force should " + real(20)[len("The force should "):], "Pending sign off", ref=14536, ftype="Recommendation"))
item("vet22", 14564, REC, "The force should immediately review its current background checks arrangements, and make sure that suitable and sufficient background checks are in place to safeguard its staff and the communities it serves.",
     BP, None, "closeable_submit", "HMICFRS Being progressed, PSD Complete",
     fr(PS, "Immediately review current background checks arrangements - suitable & sufficient checks to safeguard staff and communities", "Complete", ref=14564, ftype="Recommendation"))
item("vet22", 14565, AFI, "The force should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.",
     CP, D(30, 1, 2024), "closeable_local", "HMICFRS Complete, PSD In progress",
     fr(PS, "The force should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.", "In progress", ref=14565, ftype="AFI"))
item("vet22", 14566, AFI, "The force should make sure it provides accessible information for all staff and members of the public on how they can raise concerns and access confidential support (including through external agencies).",
     BP, None, "missing_from_force", "AFI on accessible information for raising concerns not tracked")
item("vet22", 14567, AFI, "The force should put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies.",
     BP, None, "in_sync", "both open: HMICFRS Being progressed, PSD In progress",
     fr(PS, "Put plans in place to monitor (incl. staff feedback) team cultures and provide prompt remedial action", "In progress", ref=14567, ftype="AFI"))
item("vet22", 14568, REC, "By 31 August 2023, the force should satisfy itself that it has processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.",
     BP, None, "closeable_submit", "HMICFRS Being progressed, PSD GREEN",
     fr(PS, "By 31 August 2023, the force should satisfy itself that it has processes in place to ensure that investigations into misconduct by officers and staff resulting in \"no further action\" are fair and free of any form of discrimination.", "GREEN", ref=14568, ftype="Recommendation"))
# ---- PEEL 2023/24
item("peel23", 16105, AFI, "The force should make sure victims of stalking and harassment are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.",
     AR, None, "in_sync", "both open: HMICFRS Awaiting review, C&V AMBER",
     fr(CV, "Make sure victims of stalking & harassment are kept informed about the progress of their case (VCOP)", "AMBER", ref=16105, ftype="AFI"))
item("peel23", 16106, AFI, "The force should improve the timeliness of its response to calls for service involving people with mental ill health.",
     AR, None, "in_sync", "both open: HMICFRS Awaiting review, LP AMBER",
     fr(LP, "AFI 2 - improve the timeliness of its response to calls for service involving people with mental ill health", "AMBER", ref=16106))
item("peel23", 16107, AFI, "The force should make sure its performance framework gives senior leaders a clear picture of its response to violence against women and girls.",
     AR, None, "in_sync", "both open: HMICFRS Awaiting review, C&V RED",
     fr(CV, "Performance framework to give senior leaders a clear picture of response to VAWG", "RED", ref=16107, ftype="AFI"))
item("peel23", 16108, AFI, "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.",
     BP, None, "in_sync", "both open: HMICFRS Being progressed, PSD In progress",
     fr(PS, "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", "In progress", ref=16108, ftype="AFI"))
item("peel23", 16109, AFI, real(16), AR, None, "in_sync", "both open: HMICFRS Awaiting review, CS AMBER",
     fr(CS, real(16).split(" The plan")[0], "AMBER", ref=16109))
item("peel23", 16110, AFI, "The force should improve how it gathers, assesses and acts on intelligence about county lines drug dealing.",
     AR, None, "in_sync", "both open: HMICFRS Awaiting review, C&V AMBER",
     fr(CV, "Improve how it gathers, assesses and acts on intelligence about county lines drug dealing", "AMBER", ref=16110, ftype="AFI"))
item("peel23", 16111, AFI, "The force should make sure it records reports of anti-social behaviour accurately and without delay.",
     AR, None, "closeable_submit", "HMICFRS Awaiting review, LP GREEN",
     fr(LP, "AFI 7 - make sure it records reports of ASB accurately and without delay", "GREEN", ref=16111))
item("peel23", 16112, AFI, "The force should make sure investigations of rape and serious sexual offences are allocated to officers with the right skills and are effectively supervised.",
     AR, None, "conflict", "report differs: HMICFRS lists it under PEEL 2023/24 (sheet PEEL 23-24), tracker Report column says PEEL 2021/22 (no such item in PEEL 2021/22)",
     fr(CV, "Make sure investigations of rape and serious sexual offences are allocated to officers with the right skills and are effectively supervised", "AMBER", ref=None, ftype="AFI", rep_override="peel21"))
item("peel23", 16113, AFI, "The force should " + CONTROL_ROOM[len("The force should "):],
     BP, None, "in_sync", "both open: HMICFRS Being progressed, LP AMBER",
     fr(LP, "AFI 9 - " + ns(CONTROL_ROOM), "AMBER", ref=16113))
item("peel23", 16114, AFI, "The force should develop a problem-solving approach to neighbourhood crime, working with local communities and partners.",
     AR, None, "in_sync", "both open: HMICFRS Awaiting review, LP AMBER",
     fr(LP, "AFI 10 - problem-solving approach to neighbourhood crime with local communities and partners", "AMBER", ref=16114))
item("peel23", 16115, AFI, "The force should make sure its analysis of fraud informs its strategic assessment and control strategy.",
     AR, None, "missing_from_force", "new PEEL 23/24 AFI on fraud analysis not yet on the tracker")
item("peel23", 16116, AFI, "The force should make sure it consistently uses ancillary orders and other powers to protect victims of honour-based abuse.",
     AR, None, "closeable_submit",
     "HMICFRS Awaiting review; C&V RAG cell has no text but is shaded green, update says completed and evidence submitted",
     fr(CV, "Make sure it consistently uses ancillary orders and other powers to protect victims of honour-based abuse", "", ref=16116, ftype="AFI", fill="GREEN",
        upd="Completed. Evidence submitted to HMICFRS for closure."))

# ---- force-only rows (not on the HMICFRS list): (dept, report label, text, rag, ref, ftype, why, place-after-report)
aus = NATIONAL["austerity"][2]
FORCE_ONLY = [
    (LP, "PEEL 2023/24", "Local action: Appoint a single point of contact for anti-social behaviour in each local policing area", "AMBER", "n/a", None,
     "force's own action filed under PEEL 2023/24; not an HMICFRS item", "peel23"),
    (LP, "Policing in Austerity 2014", aus[2][1], "GREEN", None, None,
     "Policing in austerity 2014 item - report not on the HMICFRS list", "end"),
    (CV, "Internal Audit 2023/24", "Internal audit action: Dip-sample 50 rape and serious sexual offences crime reports each quarter and report findings to the Crime Standards Board", "AMBER", "IA 23/07", "Audit",
     "internal audit action, not HMICFRS", "end"),
    (CV, "Stolen Freedom (MSHT) 2017", "JAC action: Refresh the modern slavery and human trafficking problem profile and add it to the control strategy", "AMBER", None, "Local",
     "JAC action filed under Stolen Freedom; not an HMICFRS item", "stolen"),
    (PS, "Vetting insp 2022", "Force improvement plan: Rewrite the counter-corruption policy and publish it on the intranet with a communications plan", "In progress", None, "Local action",
     "force improvement-plan action filed under the vetting report; not an HMICFRS item", "vet22"),
    (PS, "Internal Audit 2023/24", "Internal audit of the counter-corruption governance arrangements (audit plan 2023/24)", "Complete", "IA 23/11", "Internal audit",
     "internal audit action, not HMICFRS", "end"),
    (CS, "Policing in Austerity 2014", aus[3][1], "GREY", None, None,
     "Policing in austerity 2014 item - report not on the HMICFRS list", "end"),
    (CS, "Policing in Austerity 2014", aus[1][1], "Green", None, None,
     "Policing in austerity 2014 item - report not on the HMICFRS list", "end"),
    (CS, "Force Management Statement", "Force action - Review the fraud demand profile as part of the force management statement", "AMBER", "FMS", None,
     "force's own FMS action; not an HMICFRS item", "end"),
    (LP, "Stop and Search 2 (2015)", NATIONAL["sas15"][2][0][1], "GREEN", None, None,
     "Stop and search powers 2 (2015) item - report not on the HMICFRS list (similar wording to the 2013 item 313, which is tracked separately)", "end"),
]

# ---------------------------------------------------------------- write HMICFRS list
truth_h = {}  # rid -> "Sheet!Row"
hwb = xlsxwriter.Workbook(OUT / "hmicfrs.xlsx")
bold = hwb.add_format({"bold": True})
title_f = hwb.add_format({"bold": True, "font_size": 13})
head_f = hwb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "white", "border": 1, "text_wrap": True})
wrap = hwb.add_format({"text_wrap": True, "valign": "top", "border": 1})
cell = hwb.add_format({"valign": "top", "border": 1})
dcell = hwb.add_format({"valign": "top", "border": 1, "num_format": "dd/mm/yyyy"})

rm = hwb.add_worksheet("Read me")
rm.set_column(0, 0, 110)
rm.write(0, 0, f"HMICFRS recommendations and areas for improvement – {FORCE}", title_f)
rm.write(1, 0, "Definitive list as held by HMICFRS, as at 30 September 2024. Sent by the Force Liaison Lead.")
rm.write(2, 0, "One tab per inspection report. Please check each item against the force tracker and return your updates, "
               "with evidence for any item you propose for closure, by 1 November 2024.")
rm.write(4, 0, "HMICFRS assessment: Awaiting review = new item not yet assessed; Being progressed = open; "
               "Complete = closed, implemented; Superseded = closed, replaced by a later inspection.")

by_rep = {}
for it in ITEMS:
    by_rep.setdefault(it["rep"], []).append(it)

for key, sheet, title, pub, note in REPORTS:
    ws = hwb.add_worksheet(sheet)
    ws.set_column(0, 0, 10); ws.set_column(1, 1, 24); ws.set_column(2, 2, 95)
    ws.set_column(3, 3, 20); ws.set_column(4, 4, 13)
    ws.merge_range(0, 0, 0, 4, title, title_f)
    ws.write(1, 0, f"Published {pub.day} {pub:%B %Y}")
    r = 2
    if note:
        ws.write(r, 0, note); r += 1
    ws.write(r, 0, f"Force: {FORCE}"); r += 1
    r += 1  # blank row
    hdr = r
    for c_, h in enumerate(["Rec No.", "Type", "Recommendation", "HMICFRS assessment", "Date closed"]):
        ws.write(hdr, c_, h, head_f)
    r = hdr + 1
    for it in by_rep[key]:
        ws.write_number(r, 0, it["rid"], cell)
        ws.write(r, 1, it["type"], cell)
        ws.write(r, 2, it["text"], wrap)
        ws.write(r, 3, it["assess"], cell)
        if it["closed"]:
            ws.write_datetime(r, 4, datetime.combine(it["closed"], datetime.min.time()), dcell)
        else:
            ws.write_blank(r, 4, None, cell)
        truth_h[it["rid"]] = f"{sheet}!{r + 1}"
        r += 1
    ws.freeze_panes(hdr + 1, 0)
    ws.autofilter(hdr, 0, r - 1, 4)
hwb.close()

# ---------------------------------------------------------------- force tracker rows per department
OWNERS = {
    LP: ["ACC Local Policing", "C/Supt Bell", "Supt Contact Centre", "Ch Insp Custody", "Supt Neighbourhoods"],
    CV: ["ACC Crime", "Det Ch Supt Force CID", "Ch Supt Public Protection", "Force Crime Registrar", "Head of Intelligence"],
    PS: ["Head of Professional Standards", "DCC", "Vetting Manager"],
    CS: ["Director of People", "Head of Corporate Development", "Director of Finance", "Supt Firearms Licensing",
         "Head of Information Management"],
}
UPD_OPEN = ["A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and communications plan is now completed.",
            "Work undertaken in area but still requires development to complete.",
            "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
            "Addressed holistically as part of the force change programme.",
            "The policy is now signed off and in place with an implementation date of the end of October.",
            "xxx", None]
UPD_RED = ["Little work yet undertaken in this area. Unlikely to reach deadlines.", "Awaiting allocation."]
UPD_DONE = ["Completed. Evidence submitted to HMICFRS for closure.",
            "Already complete / believed to be complete within short time scale (and within deadline).", None]
DONE_WORDS = {"GREEN", "COMPLETE", "PENDING SIGN OFF", "WHITE", "GREY"}

rep_order = [k for k, *_ in REPORTS]
dept_rows = {LP: [], CV: [], PS: [], CS: []}
for it in ITEMS:
    for k, f_ in enumerate(it["frows"]):
        rk = f_.get("rep_override", it["rep"])
        labs = FL[rk]
        ref = it["rid"] if f_["ref"] == "id" else f_["ref"]
        dept_rows[f_["dept"]].append(dict(rep=rk, label=labs[min(f_["lab"], len(labs) - 1)], ref=ref, text=f_["text"],
                                          rag=f_["rag"], ftype=f_["ftype"], upd=f_.get("upd"), fill=f_.get("fill"),
                                          rid=it["rid"], cat=it["cat"], why=it["why"], local=False, sub=k))
for dept, label, text, rag, ref, ftype, why, place in FORCE_ONLY:
    dept_rows[dept].append(dict(rep=place, label=label, ref=ref, text=text, rag=rag, ftype=ftype, upd=None, fill=None,
                                rid=None, cat="not_on_hmicfrs_list", why=why, local=True, sub=99))


def sort_rows(rows, newest_first):
    order = rep_order if newest_first else list(reversed(rep_order))
    pos = {k: i for i, k in enumerate(order)}
    pos["end"] = 999
    return sorted(rows, key=lambda x: (pos[x["rep"]], x["local"], x["rid"] or 0, x["sub"]))


def is_done(rag, fill):
    return (rag or "").strip().upper() in DONE_WORDS or (not rag and fill == "GREEN")


def fill_in(row):
    done = is_done(row["rag"], row["fill"])
    if row["upd"] is None:
        if (row["rag"] or "").upper() == "GREY":
            u = "Superseded by a later inspection - closed on the force tracker."
        elif done:
            u = RNG.choice(UPD_DONE)
        elif row["rag"].upper() == "RED":
            u = RNG.choice(UPD_RED)
        else:
            u = RNG.choice(UPD_OPEN)
        if u is not None and RNG.random() < 0.7:
            d = date(2024, RNG.choice([6, 7, 8, 9]), RNG.randint(1, 28))
            u = f"{d:%d/%m/%Y} - {u}" if RNG.random() < 0.5 else f"{d:%d %b %y}: {u}"
        row["upd"] = u
    if done:
        row["next"] = RNG.choice(["n/a", "Closed", None])
    else:
        row["next"] = RNG.choice([date(2024, 10, 31), date(2024, 11, 30), date(2024, 12, 31), date(2025, 1, 31),
                                  date(2025, 3, 31), "TBC"])
    row["owner"] = RNG.choice(OWNERS[row["dept"]])
    row["done_on"] = date(2024, RNG.choice([1, 2, 3, 4, 5, 6, 7, 8]), RNG.randint(1, 28)) if done else None


for dept in dept_rows:
    for row in dept_rows[dept]:
        row["dept"] = dept
dept_rows[LP] = sort_rows(dept_rows[LP], newest_first=False)
dept_rows[CV] = sort_rows(dept_rows[CV], newest_first=True)
dept_rows[PS] = sort_rows(dept_rows[PS], newest_first=True)
dept_rows[CS] = sort_rows(dept_rows[CS], newest_first=False)
for dept in dept_rows:
    for row in dept_rows[dept]:
        fill_in(row)

twb = xlsxwriter.Workbook(OUT / "tracker.xlsx")
T_title = twb.add_format({"bold": True, "font_size": 14})
T_head = twb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True, "valign": "top"})
T_wrap = twb.add_format({"text_wrap": True, "valign": "top", "border": 1})
T_cell = twb.add_format({"valign": "top", "border": 1})
T_date = twb.add_format({"valign": "top", "border": 1, "num_format": "dd/mm/yyyy"})
T_grp = twb.add_format({"bold": True, "bg_color": "#DDEBF7", "valign": "vcenter", "text_wrap": True, "border": 1})
T_merge = twb.add_format({"bold": True, "valign": "vcenter", "text_wrap": True, "border": 1})
T_note = twb.add_format({"italic": True})
RAGFILL = {"RED": "#FF0000", "AMBER": "#FFC000", "GREEN": "#00B050", "WHITE": "#FFFFFF", "GREY": "#A6A6A6"}
rag_fmt = {k: twb.add_format({"bg_color": v, "valign": "top", "border": 1, "bold": True, "align": "center"}) for k, v in RAGFILL.items()}
T_cen = twb.add_format({"valign": "top", "border": 1, "align": "center"})

truth_f = []  # (rid, "Sheet!Row", cat, why)

dash = twb.add_worksheet("Dashboard")


def rag_format(rag, fill):
    if fill:
        return rag_fmt[fill]
    return rag_fmt.get((rag or "").upper(), T_cen)


def write_ref(ws, r, c_, ref):
    if ref is None:
        ws.write_blank(r, c_, None, T_cell)
    elif isinstance(ref, int):
        if RNG.random() < 0.15:
            ws.write_string(r, c_, f"{ref} ", T_cell)   # typed as text with a trailing space
        else:
            ws.write_number(r, c_, ref, T_cell)
    else:
        ws.write_string(r, c_, ref, T_cell)


def write_next(ws, r, c_, v):
    if isinstance(v, date):
        ws.write_datetime(r, c_, datetime.combine(v, datetime.min.time()), T_date)
    elif v is None:
        ws.write_blank(r, c_, None, T_cell)
    else:
        ws.write(r, c_, v, T_cell)


rag_cols = {}

# ---- Local Policing: no Type column; Report cell merged down each report group; blank row between groups
ws = twb.add_worksheet(LP)
cols = ["HMICFRS Ref", "Report", "Rec / AFI text", "Action owner", "RAG", "Update", "Next review"]
ws.set_column(0, 0, 11); ws.set_column(1, 1, 22); ws.set_column(2, 2, 80); ws.set_column(3, 3, 20)
ws.set_column(4, 4, 9); ws.set_column(5, 5, 60); ws.set_column(6, 6, 12)
ws.write(0, 0, f"{FORCE} – HMICFRS Recommendations & AFIs – Local Policing", T_title)
ws.write(1, 0, "Portfolio lead: ACC Local Policing.   Last updated 02/10/2024 (Org Learning)")
hdr = 3
for c_, h in enumerate(cols):
    ws.write(hdr, c_, h, T_head)
r = hdr + 1
groups = []
for row in dept_rows[LP]:
    if groups and groups[-1][0] == row["label"]:
        groups[-1][1].append(row)
    else:
        groups.append((row["label"], [row]))
for gi, (label, rows) in enumerate(groups):
    if gi > 0:
        r += 1  # blank spacer row
    start = r
    for row in rows:
        write_ref(ws, r, 0, row["ref"])
        ws.write(r, 2, row["text"], T_wrap)
        ws.write(r, 3, row["owner"], T_cell)
        ws.write(r, 4, row["rag"], rag_format(row["rag"], row["fill"]))
        ws.write(r, 5, row["upd"], T_wrap)
        write_next(ws, r, 6, row["next"])
        truth_f.append((row["rid"], f"{LP}!{r + 1}", row["cat"], row["why"]))
        r += 1
    if r - 1 > start:
        ws.merge_range(start, 1, r - 1, 1, label, T_merge)
    else:
        ws.write(start, 1, label, T_merge)
ws.data_validation(hdr + 1, 4, r + 50, 4, {"validate": "list", "source": "=Lookups!$A$2:$A$6", "error_type": "warning"})
rag_cols[LP] = ("E", hdr + 2, r)
ws.freeze_panes(hdr + 1, 0)

# ---- Crime & Vulnerability: Type column; report heading rows between groups; Report filled on every row
ws = twb.add_worksheet(CV)
cols = ["HMICFRS Ref", "Report", "Type", "Rec / AFI text", "Action owner", "RAG", "Update", "Next review"]
for c_, w in enumerate([11, 18, 10, 80, 22, 9, 60, 12]):
    ws.set_column(c_, c_, w)
ws.write(0, 0, f"{FORCE} – HMICFRS tracker – Crime & Vulnerability", T_title)
ws.write(1, 0, "Portfolio lead: ACC Crime.   Reviewed at Crime & Vulnerability Board, last updated 27/09/2024")
ws.write(2, 0, "Items are grouped by report, newest first. Split items: one row per bullet.", T_note)
hdr = 4
for c_, h in enumerate(cols):
    ws.write(hdr, c_, h, T_head)
r = hdr + 1
heads = {k: f"{t}  (published {p:%B %Y})" for k, _, t, p, _n in REPORTS}
heads["end"] = "Other actions (not on the HMICFRS list)"
prev = None
for row in dept_rows[CV]:
    grp = row["rep"] if row["rep"] in heads else "end"
    if grp != prev:
        ws.merge_range(r, 0, r, 7, heads[grp], T_grp)
        r += 1
        prev = grp
    write_ref(ws, r, 0, row["ref"])
    ws.write(r, 1, row["label"], T_cell)
    ws.write(r, 2, row["ftype"], T_cell)
    ws.write(r, 3, row["text"], T_wrap)
    ws.write(r, 4, row["owner"], T_cell)
    ws.write(r, 5, row["rag"], rag_format(row["rag"], row["fill"]))
    ws.write(r, 6, row["upd"], T_wrap)
    write_next(ws, r, 7, row["next"])
    truth_f.append((row["rid"], f"{CV}!{r + 1}", row["cat"], row["why"]))
    r += 1
ws.data_validation(hdr + 1, 5, r + 50, 5, {"validate": "list", "source": "=Lookups!$A$2:$A$6", "error_type": "warning"})
rag_cols[CV] = ("F", hdr + 2, r)
ws.autofilter(hdr, 0, r - 1, 7)
ws.freeze_panes(hdr + 1, 0)

# ---- Professional Standards: status words instead of colours; note rows at the bottom
ws = twb.add_worksheet(PS)
cols = ["HMICFRS Ref", "Report", "Type", "Rec / AFI text", "Action owner", "RAG", "Update", "Next review"]
for c_, w in enumerate([11, 18, 16, 80, 24, 16, 60, 12]):
    ws.set_column(c_, c_, w)
ws.write(0, 0, "PSD – HMICFRS / vetting recommendations", T_title)
ws.write(1, 0, "Owner: Head of Professional Standards.  Updated 01/10/2024")
hdr = 3
for c_, h in enumerate(cols):
    ws.write(hdr, c_, h, T_head)
r = hdr + 1
for row in dept_rows[PS]:
    write_ref(ws, r, 0, row["ref"])
    ws.write(r, 1, row["label"], T_cell)
    ws.write(r, 2, row["ftype"], T_cell)
    ws.write(r, 3, row["text"], T_wrap)
    ws.write(r, 4, row["owner"], T_cell)
    ws.write(r, 5, row["rag"], T_cen)
    ws.write(r, 6, row["upd"], T_wrap)
    write_next(ws, r, 7, row["next"])
    truth_f.append((row["rid"], f"{PS}!{r + 1}", row["cat"], row["why"]))
    r += 1
ws.data_validation(hdr + 1, 5, r + 50, 5, {"validate": "list", "source": "=Lookups!$F$2:$F$4", "error_type": "information"})
rag_cols[PS] = ("F", hdr + 2, r)
r += 1
ws.write(r, 0, "Note: vetting items are reviewed monthly at the PSD Board. 'Pending sign off' = evidence with the DCC for sign off.", T_note)
ws.write(r + 1, 0, "Body-worn video review (Police powers 2021) is shared with Local Policing - see that tab for the other parts.", T_note)

# ---- Corporate Services: columns in a different order, extra Date completed
ws = twb.add_worksheet(CS)
cols = ["Report", "HMICFRS Ref", "Rec / AFI text", "Action owner", "RAG", "Update", "Next review", "Date completed"]
for c_, w in enumerate([30, 11, 80, 26, 16, 60, 12, 14]):
    ws.set_column(c_, c_, w)
ws.write(0, 0, "Corporate Services – HMICFRS actions", T_title)
ws.write(1, 0, "Portfolio lead: Director of Corporate Services.  Last updated 30/09/2024")
ws.write(2, 0, "RAG per Lookups tab")
hdr = 4
for c_, h in enumerate(cols):
    ws.write(hdr, c_, h, T_head)
r = hdr + 1
for row in dept_rows[CS]:
    ws.write(r, 0, row["label"], T_cell)
    write_ref(ws, r, 1, row["ref"])
    ws.write(r, 2, row["text"], T_wrap)
    ws.write(r, 3, row["owner"], T_cell)
    ws.write(r, 4, row["rag"], rag_format(row["rag"], row["fill"]))
    ws.write(r, 5, row["upd"], T_wrap)
    write_next(ws, r, 6, row["next"])
    if row["done_on"]:
        ws.write_datetime(r, 7, datetime.combine(row["done_on"], datetime.min.time()), T_date)
    else:
        ws.write_blank(r, 7, None, T_cell)
    truth_f.append((row["rid"], f"{CS}!{r + 1}", row["cat"], row["why"]))
    r += 1
ws.data_validation(hdr + 1, 4, r + 50, 4, {"validate": "list", "source": "=Lookups!$A$2:$A$6", "error_type": "warning"})
rag_cols[CS] = ("E", hdr + 2, r)
ws.autofilter(hdr, 0, r - 1, 7)
ws.freeze_panes(hdr + 1, 0)

# ---- Dashboard: counts only (COUNTIF formulas with cached values)
dash.set_column(0, 0, 26); dash.set_column(1, 8, 10)
dash.write(0, 0, "HMICFRS recommendations – position by department", T_title)
dash.write(1, 0, "As at 02/10/2024. Counts are formulas over the department tabs; do not type over.")
hd = ["Department", "RED", "AMBER", "GREEN", "WHITE", "GREY", "Other", "Total"]
for c_, h in enumerate(hd):
    dash.write(3, c_, h, T_head)
tot = [0] * 7
for i, dept in enumerate([LP, CV, PS, CS]):
    rr = 4 + i
    dash.write(rr, 0, dept, T_cell)
    col, a, b = rag_cols[dept]
    rng = f"'{dept}'!${col}${a}:${col}${b}"
    counts = {k: sum(1 for x in dept_rows[dept] if (x["rag"] or "").upper() == k) for k in RAGFILL}
    other = sum(1 for x in dept_rows[dept] if x["rag"] and x["rag"].upper() not in RAGFILL)
    for j, k in enumerate(["RED", "AMBER", "GREEN", "WHITE", "GREY"]):
        dash.write_formula(rr, 1 + j, f'=COUNTIF({rng},"{k}")', T_cen, counts[k])
        tot[j] += counts[k]
    dash.write_formula(rr, 6, f"=COUNTA({rng})-SUM(B{rr + 1}:F{rr + 1})", T_cen, other)
    tot[5] += other
    dash.write_formula(rr, 7, f"=SUM(B{rr + 1}:G{rr + 1})", T_cen, sum(counts.values()) + other)
    tot[6] += sum(counts.values()) + other
dash.write(8, 0, "Total", T_head)
for j in range(7):
    L = "BCDEFGH"[j]
    dash.write_formula(8, 1 + j, f"=SUM({L}5:{L}8)", T_head, tot[j])
dash.write(10, 0, "'Other' = blank RAG or PSD status words (In progress / Pending sign off / Complete).", T_note)

# ---- Lookups: drop-down lists
lk = twb.add_worksheet("Lookups")
lk.set_column(0, 0, 10); lk.set_column(1, 1, 70); lk.set_column(3, 3, 24); lk.set_column(5, 5, 18)
lk.write(0, 0, "RAG", T_head); lk.write(0, 1, "Meaning", T_head)
legend = [("RED", "Beyond designated deadline or cannot / will not be implemented (rationale required)"),
          ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented"),
          ("GREEN", "The recommendation is implemented"),
          ("WHITE", "Not the force's responsibility to deliver or is dependent upon another organisation"),
          ("GREY", "Superseded / no longer applicable")]
for i, (k, m) in enumerate(legend):
    lk.write(1 + i, 0, k, rag_fmt[k]); lk.write(1 + i, 1, m)
lk.write(0, 3, "Department", T_head)
for i, d_ in enumerate([LP, CV, PS, CS]):
    lk.write(1 + i, 3, d_)
lk.write(0, 5, "PSD status", T_head)
for i, w in enumerate(["In progress", "Pending sign off", "Complete"]):
    lk.write(1 + i, 5, w)
twb.close()

# ---------------------------------------------------------------- truth.csv
lines = []
matched_rids = set()
for rid, fprov, cat, why in truth_f:
    lines.append((truth_h[rid] if rid else "", fprov, cat, why))
    if rid:
        matched_rids.add(rid)
for it in ITEMS:
    if it["rid"] not in matched_rids:
        assert it["cat"] == "missing_from_force", it["rid"]
        lines.append((truth_h[it["rid"]], "", it["cat"], it["why"]))
    else:
        assert it["cat"] != "missing_from_force", it["rid"]
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln)

# sanity: statuses consistent with categories
OPEN_H = {BP, AR}
for it in ITEMS:
    if not it["frows"] or it["cat"] == "conflict":
        continue
    h_open = it["assess"] in OPEN_H
    f_done = all(is_done(f_["rag"], f_.get("fill")) for f_ in it["frows"])
    exp = ("closeable_submit" if h_open and f_done else "closeable_local" if (not h_open and not f_done)
           else "in_sync")
    assert exp == it["cat"], (it["rid"], exp, it["cat"])
print("HMICFRS items:", len(ITEMS), "force item rows:", len(truth_f), "truth lines:", len(lines))
print(pd.Series([l[2] for l in lines]).value_counts().to_string())
