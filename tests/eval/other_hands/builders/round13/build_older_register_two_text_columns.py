"""Builder for the case `older_register_two_text_columns` (independent evaluation case).

HMICFRS side: an older-style list a Force Liaison Lead sends a force (xlsx, sheet
"Force recommendations"). Force side: a tracker that keeps TWO text columns
("HMICFRS wording", "What we are doing"). Texts are real (real_recommendations.csv and the
casegen text lists, read as data). Fixed seed.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import sys

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    BWV_2021, DIGITAL, EVERYONE_PLAN, EVERYONE_PLAN_RUN_ON, FIREARMS, LEADS, MSHT_INTEL,
    NATIONAL, SAS_MONITORING_2017, SF_LEADERSHIP, TOPIC_BODIES, LOCAL_ACTIONS,
)

OUT = "/tmp/indep13/oldwords/older_register_two_text_columns"
RNG = random.Random(1313)
NBSP = "\u00a0"

real = pd.read_csv("/work/shared/data/real_recommendations.csv")
R = real["text"].tolist()


def nb(s: str, n: int = 4) -> str:
    """Replace n spaces (chosen with the seeded RNG) by non-breaking spaces."""
    idx = [i for i, c in enumerate(s) if c == " "]
    pick = set(RNG.sample(idx, min(n, len(idx))))
    return "".join(NBSP if i in pick else c for i, c in enumerate(s))


def nat(key, i):
    return NATIONAL[key][2][i][1]


# ---------------------------------------------------------------- reports
# key: (HMICFRS "Inspection", HMICFRS "Date" (date or text), tracker report name, heading row)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)",
              "STOP AND SEARCH POWERS (HMIC, July 2013) – national"),
    "everyone": (NATIONAL["everyone"][0], dt.date(2014, 3, 27),
                 "Domestic abuse - Everyone's business",
                 "Everyone's business: improving the police response to domestic abuse (March 2014)"),
    "core": (NATIONAL["core"][0], dt.date(2014, 9, 4), "Core Business 2014", "Core Business (Sept 2014)"),
    "integrity": (NATIONAL["integrity"][0], dt.date(2015, 1, 30), "Integrity Matters 2015",
                  "Integrity Matters (Jan 2015)"),
    "sas15": (NATIONAL["sas15"][0], dt.date(2015, 3, 24), "Stop and Search 2 (2015)",
              "Stop and Search powers 2 (March 2015)"),
    "picture": (NATIONAL["picture"][0], dt.date(2015, 7, 1), None, None),
    "firearms": (NATIONAL["firearms"][0], dt.date(2015, 9, 15), "Firearms licensing 2015",
                 "Targeting the Risk – Firearms Licensing (Sept 2015)"),
    "eff15": ("PEEL: Police efficiency 2015 – West Mercia Police", dt.date(2015, 10, 15),
              "PEEL Efficiency 15", "PEEL Efficiency 2015"),
    "cdi16": ("Crime data integrity inspection 2016 – West Mercia Police", dt.date(2016, 9, 22),
              "CDI 2016", "Crime Data Integrity 2016"),
    "eff16": ("PEEL: Police effectiveness 2016 – West Mercia Police", dt.date(2017, 3, 2),
              "PEEL Eff 16", "PEEL Effectiveness 2016 (published March 2017)"),
    "stolen": (NATIONAL["stolen"][0], "24th October 2017", "Stolen Freedom (MSHT) 2017",
               "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
               "published 24 October 2017"),
    "efc17": (NATIONAL["efc17"][0], dt.date(2017, 11, 9), "PEEL Efficiency 17 (all forces)",
              "PEEL Efficiency 2017 - national"),
    "ncpi17": ("National child protection inspection 2017 – West Mercia Police",
               dt.date(2017, 11, 24), "NCPI 2017", "National Child Protection Inspection 2017"),
    "leg17": (NATIONAL["leg17"][0], dt.date(2017, 12, 12), "PEEL Legit 17 S&S",
              "PEEL Legitimacy 2017 - national (stop and search)"),
    "leg17f": ("PEEL: Police legitimacy 2017 – West Mercia Police", dt.date(2017, 12, 12),
               "PEEL Legitimacy 2017", "PEEL Legitimacy 2017 – West Mercia (vetting)"),
    "p1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police",
              dt.date(2019, 5, 2), "PEEL 18-19",
              "PEEL 2018/19 – published 2 May 2019"),
    "powers": (NATIONAL["powers"][0], dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)",
               "Disproportionate use of police powers – spotlight (Feb 2021)"),
    "austerity": (None, None, "Policing in Austerity 2014", "Policing in Austerity 2014"),
    "local": (None, None, "Force action", "FORCE ACTIONS (not HMICFRS – JAC / internal audit / FIP)"),
}

CSE_AFI = "The force should " + TOPIC_BODIES[0].format(t="child sexual exploitation") + "."
DA_INFORMED_AFI = "The force should " + TOPIC_BODIES[12].format(t="domestic abuse") + "."

# ---------------------------------------------------------------- HMICFRS items
# key, report, ref, type-prefix, text, assessment
H = []


def h(key, rep, ref, text, status, prefix=""):
    H.append(dict(key=key, rep=rep, ref=ref, text=prefix + text, status=status))


AFI = "AFI: "
COC = "Cause of concern: "
h("A1", "sas13", 1204, nat("sas13", 0), "Closed - implemented")
h("A2", "sas13", 1205, nat("sas13", 1), "Closed - superseded by later report")
h("A3", "sas13", 1206, nat("sas13", 2), "Closed - superseded by later report")
h("B1", "everyone", 2321, EVERYONE_PLAN, "Closed - superseded by later report")
h("C1", "core", 4822, nat("core", 0), "Closed - superseded by later report")
h("C2", "core", 4823, nat("core", 1), "Open")
h("D1", "integrity", 902, nat("integrity", 0), "Closed - implemented")
h("E1", "sas15", 5010, nat("sas15", 0), "Open")
h("F1", "picture", 5233, nat("picture", 0), "Open")
h("G1", "firearms", 5461, nat("firearms", 0), "Closed - implemented")
h("G2", "firearms", 5462, FIREARMS, "Open")
h("G3", "firearms", 5463, nat("firearms", 2), "Open")
h("G4", "firearms", 5464, nat("firearms", 3), "Partially met")
h("G5", "firearms", 5465, nat("firearms", 4), "Open")
h("H1", "eff15", 5702, R[14], "Closed - superseded by later report", AFI)
h("H2", "eff15", 5703, R[15], "Open", AFI)
h("H3", "eff15", 5704, R[16], "Closed - implemented", AFI)
h("J1", "cdi16", 6412, R[11], "Partially met")
h("J2", "cdi16", 6413, "Within three months, the force should provide call-handlers with specific, "
  "sound and comprehensible criteria against which they can assess threat, harm and risk.", "Open")
h("I1", "eff16", 7120, R[25], "Open", COC)
h("I2", "eff16", 7121, R[26], "Open")
h("I3", "eff16", 7122, R[21], "Closed - implemented", COC)
h("I4", "eff16", 7123, R[22], "Closed - implemented")
h("I5", "eff16", 7124, R[23], "Open")
h("I6", "eff16", 7125, R[24], "Closed - implemented")
h("I7", "eff16", 7126, CSE_AFI, "Closed - superseded by later report", AFI)
h("L1", "stolen", 8401, SF_LEADERSHIP, "Open")
h("L2", "stolen", 8402, nat("stolen", 1), "Closed - implemented")
h("L3", "stolen", 8403, nat("stolen", 2), "Open")
h("L4", "stolen", 8404, nat("stolen", 3), "Open")
h("L5", "stolen", 8405, nat("stolen", 4), "Closed - implemented")
h("L6", "stolen", 8406, nat("stolen", 5), "Partially met")
h("L7", "stolen", 8407, nat("stolen", 6), "Not yet assessed")
h("M1", "efc17", 8460, nat("efc17", 0), "Open")
h("K1", "ncpi17", 8552, R[57].replace("Bedfordshire Police", "West Mercia Police"), "Open")
h("N1", "leg17", 8541, nat("leg17", 0), "Open", COC)
h("N2", "leg17", 8542, SAS_MONITORING_2017, "Closed - implemented")
h("N3", "leg17", 8543, nat("leg17", 2), "Open")
h("N4", "leg17", 8544, nat("leg17", 3), "Open")
h("N5", "leg17", 8545, nat("leg17", 4), "Closed - superseded by later report")
h("Q1", "leg17f", 8610, R[19].replace("West Midlands Police", "West Mercia Police"),
  "Closed - implemented", COC)
h("Q2", "leg17f", 8611, R[20], "Open")
h("O1", "p1819", 9301, R[7], "Open", COC)
h("O2", "p1819", 9302, R[3], "Open")
h("O3", "p1819", 9303, R[4], "Open")
h("O4", "p1819", 9304, R[2], "Open")
h("O5", "p1819", 9305, R[5], "Partially met")
h("O6", "p1819", 9306, R[8], "Open", COC)
h("O7", "p1819", 9307, R[0], "Open")
h("O8", "p1819", 9308, R[1], "Open")
h("O9", "p1819", 9309, R[6], "Open")
h("O10", "p1819", 9310, R[9], "Open")
h("O11", "p1819", 9311, R[10], "Open")
h("O12", "p1819", 9312, CSE_AFI, "Open", AFI)
h("P1", "powers", 10418, nat("powers", 0), "Not yet assessed")
h("P2", "powers", 10419, nat("powers", 1), "Not yet assessed")
h("P3", "powers", 10420, BWV_2021, "Not yet assessed")
h("P4", "powers", 10421, nat("powers", 3), "Closed - no further action")
h("P5", "powers", 10422, nat("powers", 4), "Not yet assessed")

HKEY = {x["key"]: x for x in H}
assert len({x["ref"] for x in H}) == len(H)

# ---------------------------------------------------------------- force rows
# Each force row: key (HMICFRS item or None), wording, doing, ref (None/int/str), status,
# category, why. Grouped by report in the force's own order.
F: dict[str, list[dict]] = {}


def f(group, hkey, wording, doing, status, cat, why, ref=None, report=None):
    F.setdefault(group, []).append(dict(hkey=hkey, wording=wording, doing=doing, status=status,
                                        cat=cat, why=why, ref=ref, report=report))


def strip_nl(s):  # line breaks lost on paste
    return s.replace("\n", "")


# PEEL 2018/19 -----------------------------------------------------------
f("p1819", "O1", "Cause of concern: The force does not have suitable arrangements in place to make "
  "sure it can maintain the full range of public services when its alliance with Warwickshire "
  "Police ends.", "Alliance exit programme board (monthly); separation plan v3",
  "In progress", "in_sync", "CoC on alliance ending, text truncated; HMICFRS Open, force In progress",
  ref=9301)
f("p1819", "O2", "HMIC recommends that the force should immediately: agree arrangements with "
  "Warwickshire Police to secure a smooth transition to its future operating model, ensuring no "
  "disruption to public services", "Section 22A exit agreement signed with Warwickshire",
  "Complete", "closeable_submit", "HMICFRS Open; force Complete (exit agreement signed)", ref=9302)
f("p1819", "O3", "clearly define its new operating model, ensuring all operational and support "
  "services are affordable and fit to protect the communities of West Mercia",
  "Target operating model agreed at FET", "Complete", "closeable_submit",
  "same text without the stem; HMICFRS Open, force Complete")
f("p1819", "O4", "expand the skills project work to include an assessment of all skills, not only "
  "operational, including potential future skills requirements.This assessment should inform "
  "workforce plans", "Skills audit of staff roles; feeds Workforce Plan 22/23", "AMBER", "in_sync",
  "same text (stem dropped, space lost); both open", ref="9304")
f("p1819", "O5", nb(R[5], 5), "Consultation via PCC survey + 'you said we did' pages", "GREEN",
  "closeable_submit", "HMICFRS Partially met (still open); force GREEN", ref=9305)
f("p1819", "O6", "Cause of concern - The force does not have the capacity or capability to "
  "investigate crime effectively and this is affecting the service being provided to the public.",
  "Investigation Standards improvement plan", "RED", "in_sync",
  "CoC on investigative capacity; HMICFRS Open, force RED (open)")
f("p1819", "O7", nb(R[0].replace("’", "'"), 3), "Workload review of CID and PPU teams", "AMBER",
  "in_sync", "same text; both open", ref=9307)
f("p1819", "O8", R[1], "Joint review with safeguarding partnerships", "In progress", "in_sync",
  "same text; both open")
f("p1819", "O9", "HMIC recommends that within 6 months the force should: ensure regular and active "
  "supervison of the quality and progress of investigations. This supervison should be properly "
  "recorded;", "Supervisory review field made mandatory on crime system", "Complete",
  "closeable_submit", "same text ('6 months' = six months, misspelt); HMICFRS Open, force Complete",
  ref=9309)
f("p1819", "O10", "improve its ability to retrieve digital evidence from mobile phones, computers & "
  "other electronic devices quickly enough to ensure investigations are not delayed",
  "Kiosk roll-out to hubs; DFU backlog plan", "AMBER", "in_sync", "same text abridged; both open")
f("p1819", None, "AFI - " + DA_INFORMED_AFI, "Victim updates audit via VCOP compliance checks",
  "AMBER", "not_on_hmicfrs_list",
  "PEEL 18/19 AFI the force tracks that is not on the HMICFRS list")
f("p1819", "O12", CSE_AFI, "CSE problem profile refreshed", "AMBER", "in_sync",
  "identical AFI wording also under PEEL Eff 16 (7126); this row is filed under PEEL 18-19 with "
  "ref 9312; both open", ref=9312)

# Police powers spotlight 2021 --------------------------------------------
f("powers", "P1", nat("powers", 0).replace("officers and staff", "officers & staff"),
  "", "awaiting allocation", "in_sync", "same text; HMICFRS Not yet assessed (open), force "
  "awaiting allocation (open)")
f("powers", "P2", nat("powers", 1).replace("continuing professional development", "CPD")
  .replace("body-worn video", "BWV"), "Comms skills module added to PDU CPD days", "GREEN",
  "closeable_submit", "same text abbreviated; HMICFRS Not yet assessed (open), force GREEN",
  ref=10419)
f("powers", "P3", strip_nl(BWV_2021), "BWV policy amended; S&S BWV dip sampling monthly", "AMBER",
  "in_sync", "same 3-part text, line breaks lost ('incidents.have'); both open", ref=10420)
f("powers", "P4", nat("powers", 3), "n/a – for Home Office / NPCC", "WHITE", "in_sync",
  "HMICFRS Closed - no further action; force WHITE (not the force's to deliver) = done")
f("powers", "P5", nb(nat("powers", 4), 4), "Use of force dashboard to Legitimacy Board",
  "Complete", "conflict",
  "same text, but force Ref 10432 vs HMICFRS 10422 (one digit mistyped); statuses would be "
  "closeable_submit (Not yet assessed vs Complete)", ref=10432)

# PEEL Legitimacy 2017 (force report) ---------------------------------------
f("leg17f", "Q1", "CoC - " + R[19].replace("West Midlands Police", "West Mercia Police"),
  "Vetting backlog cleared Mar-19", "complete", "in_sync",
  "HMICFRS Closed - implemented; force complete", ref=8610)
f("leg17f", "Q2", nb(R[20], 4), "All staff vetted to at least RV/NPPV1; renewals diaried",
  "GREEN", "closeable_submit", "same text; HMICFRS Open, force GREEN")

# PEEL Legit 17 national S&S ----------------------------------------------
f("leg17", "N2", SAS_MONITORING_2017.replace("\n•", " ").replace(" •", " "),
  "S&S monitoring dashboard (ethnicity, find rates, drugs)", "GREEN", "conflict",
  "same text (bullets flattened) but force Ref 8543 is the reference of the next item "
  "(disparities); HMICFRS has it as 8542. Statuses agree (closed/done)", ref="8543")
f("leg17", "N3", "Where forces identify disparities through monitoring, they should demonstrate to "
  "the public that they have: carried out research and analysis in an attempt to understand the "
  "reasons for the disparity, and taken action to reduce the disparity, where necessary;",
  "Disparity analysis with IAG", "AMBER", "in_sync", "same text, bullets flattened; both open")
f("leg17", "N5", "By July 2018, and ongoing following that date, forces should ensure that all "
  "officers who use S&S powers have been provided with, and understand, training on unconscious "
  "bias and CoP APP on S&S.", "Unconscious bias e-learning – 87% completion", "In progress",
  "closeable_local", "HMICFRS Closed - superseded by later report; force In progress", ref=8545)

# PEEL Efficiency 17 national ---------------------------------------------
f("efc17", "M1", DIGITAL, "Digital Policing Strategy 2018-21 approved", "Complete", "conflict",
  "first sentence of the item; force Ref 8480 vs HMICFRS 8460 (one digit mistyped); statuses "
  "would be closeable_submit", ref=8480)

# Stolen freedom -----------------------------------------------------------
f("stolen", "L1", SF_LEADERSHIP.replace("\n• ", " ").replace(
  "modern slavery and human trafficking", "MSHT"),
  "MSHT governance board chaired by ACC; QA framework", "Complete", "closeable_submit",
  "same text, bullets flattened and MSHT abbreviated, same 'within twelve months'; HMICFRS Open, "
  "force Complete", ref=8401)
f("stolen", "L2", MSHT_INTEL, "ISAs in place with LA, UKBF, GLAA", "GREEN", "in_sync",
  "same text (without the stray footnote 86); HMICFRS Closed - implemented, force GREEN")
f("stolen", "L3", nb(nat("stolen", 2), 3), "s45 defence guidance to investigators", "RED",
  "in_sync", "same text; HMICFRS Open, force RED (open)", ref=8403)
f("stolen", "L5", "Immediately, forces should take steps to ensure they fully comply with NCRS "
  "requirements for offences identified as MSHT and that sufficient audit capacity is available "
  "to the force crime registrar...", "FCR audit of MSHT crimes", "In progress", "closeable_local",
  "abridged text; HMICFRS Closed - implemented, force In progress")
f("stolen", "L6", "Immediately, forces should ensure that allegations or indications of modern "
  "slavery and human trafficking are thoroughly investigated and effectively supervised by teams "
  "and individuals with the skills and experience to undertake them",
  "MSHT investigations moved to PPU", "Open - Actions on going off track", "in_sync",
  "text without the parenthesis; HMICFRS Partially met (open), force open (off track)")
f("stolen", "L7", nat("stolen", 6), "Slavery & Trafficking Prevention Orders – 4 obtained",
  "Pending sign off", "closeable_submit",
  "same text; HMICFRS Not yet assessed (open), force Pending sign off (done)", ref=8407)

# NCPI 2017 -----------------------------------------------------------------
_k = R[57].replace("Bedfordshire Police", "West Mercia Police")
for i, m in enumerate("abcde"):
    _k = _k.replace("• ", f"({m})", 1)
f("ncpi17", "K1", _k, "Children in custody protocol with LA (PACE beds)", "In Progress",
  "in_sync", "same text, bullets replaced by (a)-(e) run together; both open", ref=8552)

# PEEL Eff 16 ----------------------------------------------------------------
f("eff16", "I1", "Cause of concern - The force’s response to missing and absent children is a "
  "cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing "
  "from home was inappropriate in some cases...", "Missing persons improvement plan",
  "In progress", "in_sync", "CoC text truncated; HMICFRS Open, force In progress", ref=7120)
f("eff16", "I2", "To address this cause of concern the force should immediately review its "
  "approach to reports of missing children and take steps to ensure that:(a) call takers "
  "understand and use the missing and absent category appropriately;",
  "Call taker training – missing v absent", "AMBER", "conflict",
  "split item, part 1 of the force's 2 rows; the middle bullet (call takers/frontline staff "
  "knowledge of CSE risk factors) has no force row", ref=7121)
f("eff16", "I2", "(b) supervisors provide the correct oversight of missing person enquiries and "
  "direct appropriate and timely investigative and safeguarding action",
  "Sgt/Insp review of all high risk mispers", "GREEN", "conflict",
  "split item, part 2 of the force's 2 rows (labelled (b) but is HMICFRS's third bullet); the "
  "CSE-risk-factors bullet has no force row")
f("eff16", "I3", "Cause of concern - The force's current approach to DA is unacceptable. The "
  "proportion of victims who fail to support the investigation and the low use of police powers "
  "of arrest and prosecution is a cause of concern to HMIC.", "DA improvement plan closed at FET",
  "GREEN", "in_sync", "CoC, DA abbreviated; HMICFRS Closed - implemented, force GREEN")
f("eff16", "I4", nb(R[22].replace("domestic abuse", "DA"), 3), "Arrest rate monitored weekly",
  "Open - Actions on going on track", "closeable_local",
  "same text; HMICFRS Closed - implemented, force open (on track)")
f("eff16", "I5", nb(R[23], 3), "Victim attrition research with university", "AMBER", "in_sync",
  "same text; both open", ref=7124)
f("eff16", "I6", R[24].replace("domestic abuse", "DA"), "Telephone DASH stopped 01/06/17",
  "Complete", "in_sync", "same text abbreviated; HMICFRS Closed - implemented, force Complete")
f("eff16", "I7", "AFI - The force should improve its understanding of the nature & scale of CSE "
  "in its area", "CSE problem profile", "In progress", "closeable_local",
  "identical AFI also under PEEL 18/19 (9312); this row is filed under PEEL Eff 16: HMICFRS "
  "Closed - superseded by later report, force In progress")

# CDI 2016 -------------------------------------------------------------------
_j = ["Within six months the force should put in place arrangements to ensure that: (a)at the "
      "point of report, victims are believed;",
      "(b)conversations between the call handlers and callers are summarised accurately in the "
      "incident log, thus providing attending officers with full facts on which to base "
      "crime-recording decisions;",
      "(c)multiple crimes are always recorded when described within incident records or "
      "identified as part of other recorded crime investigations;",
      "(d)the practice of awaiting the results of medical examinations or video interviews "
      "before making crime-recording decisions is stopped; and",
      "(e)online reports of crime are triaged at the point of receipt to ensure any ongoing "
      "risks to the victim or the wider public are identified and appropriately managed."]
_jd = ["'Believe the victim' briefing to all call handlers", "Incident log QA by FCR team",
       "Multiple crimes – FCR audit Q2", "Practice stopped – policy amended",
       "Online reports triaged by Contact Centre"]
_js = ["Complete", "GREEN", "Complete", "complete", "Pending sign off"]
for i in range(5):
    f("cdi16", "J1", nb(_j[i], 2) if i in (1, 3) else _j[i], _jd[i], _js[i], "closeable_submit",
      f"split item, part {i + 1} of 5 ({'abcde'[i]}); all five parts done; HMICFRS Partially met "
      "(open)", ref=6412 if i == 0 else None)
f("cdi16", "J2", "Within 3 months, the force should provide call-handlers with specific, sound "
  "and comprehensible criteria against which they can assess threat, harm & risk.",
  "THRIVE+ criteria in control room", "AMBER", "in_sync",
  "CDI item (same wording recurs in Core Business 4822, which the force does not track); "
  "'3 months' = three months; both open")

# PEEL Efficiency 15 -------------------------------------------------------------
f("eff15", "H1", "AFI - The force should undertake further work to gain a fuller understanding of "
  "current demand for its services, and likely future changes in demand.",
  "Demand modelling in FMS", "AMBER", "closeable_local",
  "AFI, tail sentence dropped; HMICFRS Closed - superseded by later report, force AMBER", ref=5702)
f("eff15", "H2", "Recommendation - The force should develop its understanding of the links "
  "between its outcomes, outputs and costs", "Priority based budgeting review", "In progress",
  "conflict", "type: HMICFRS lists it as an AFI ('AFI:'), the force records it as a "
  "'Recommendation'", ref=5703)
f("eff15", "H3", "AFI - The force should develop a future workforce plan that is aligned with its "
  "overall demand and budget.", "Workforce plan 2017-20", "Complete", "in_sync",
  "AFI abridged; HMICFRS Closed - implemented, force Complete")

# Firearms 2015 -------------------------------------------------------------------
f("firearms", "G1", "Within 3 months, all chief constables should assess how well the governance "
  "of firearms licensing in his or her force meets the standards set out in APP.",
  "Governance review against APP completed 2016", "GREEN", "in_sync",
  "first sentence, abbreviated; HMICFRS Closed - implemented, force GREEN", ref=5461)
f("firearms", "G2", "Within six months, all chief constables should assess the demand placed on "
  "their firearms licensing department and ensure it has the capacity to meet this demand and "
  "provide an efficient and effective service at all times.",
  "Demand assessment; 2 extra FEOs", "GREEN", "conflict",
  "timescale: HMICFRS text says 'Within three months', the force's HMICFRS wording says 'Within "
  "six months'", ref=5462)
f("firearms", "G3", nat("firearms", 2).replace("‘", "'").replace("’", "'"),
  "Total expired records reviewed weekly", "Pending sign off", "closeable_submit",
  "same text; HMICFRS Open, force Pending sign off (done)")
f("firearms", "G4", nb(nat("firearms", 3).replace("arrangements", "arrangments"), 4),
  "Temporary permits recorded on NFLMS", "AMBER", "in_sync",
  "same text (misspelt); HMICFRS Partially met (open), force AMBER", ref=5464)

# Stop and Search 2 (2015) --------------------------------------------------------
f("sas15", "E1", nat("sas15", 0).replace("commissioners", "comissioners"),
  "S&S scrutiny panel with young people's reps", "GREEN", "closeable_submit",
  "2015 wording ('police and crime commissioners', near-identical to the 2013 item 1206); "
  "HMICFRS Open, force GREEN")
f("sas15", "N4", nat("leg17", 3), "Annual S&S report published on website", "Complete",
  "conflict", "report: HMICFRS item 8544 is from PEEL: Police legitimacy 2017 (national), the "
  "force files it under Stop and Search 2 (2015)")

# Integrity 2015 ------------------------------------------------------------------
f("integrity", "D1", nat("integrity", 0).replace("“", '"').replace("”", '"')
  .replace("investigations", "investigatons"), "PSD NFA dip sample by IAG", "complete", "in_sync",
  "same text; HMICFRS Closed - implemented, force complete", ref=902)

# Core business -------------------------------------------------------------------
f("core", "C2", "By 31 March 2015 all forces should ensure that crime prevention or disruption "
  "activity carried out is systematically recorded & subsequently evaluated to determine the "
  "effectiveness of tactics being employed.", "Problem-solving database (OSARA) live",
  "Complete", "closeable_submit", "same text; HMICFRS Open, force Complete", ref="4823")

# Everyone's business -----------------------------------------------------------------
f("everyone", "B1", strip_nl(EVERYONE_PLAN_RUN_ON), "DA action plan – now VAWG delivery plan",
  "In progress", "closeable_local",
  "plan text with the following paragraphs run on, line breaks lost; HMICFRS Closed - "
  "superseded by later report, force In progress", ref=2321)

# Stop & search 2013 ------------------------------------------------------------------
f("sas13", "A1", "Chief Constables and the College of Policing should establish in the Stop and "
  "Search APP document a clear specification of what constitutes the effective and fair exercise "
  "of stop and search powers, and guidance in this respect.", "National – force policy aligned to APP",
  "Complete", "in_sync", "abridged; HMICFRS Closed - implemented, force Complete")
f("sas13", "A2", nb(nat("sas13", 1), 4), "Monthly S&S scrutiny at Legitimacy Board", "AMBER",
  "closeable_local", "same text; HMICFRS Closed - superseded by later report, force AMBER",
  ref=1205)
f("sas13", "A3", nb(nat("sas13", 2), 4), "See Stop and Search 2 (2015) row", "GREY", "in_sync",
  "2013 wording ('elected local policing bodies'); HMICFRS Closed - superseded, force GREY "
  "(superseded) = done")

# Austerity (not on HMICFRS list) -------------------------------------------------------
f("austerity", None, nat("austerity", 0), "Savings plan reviewed annually with PCC", "Complete",
  "not_on_hmicfrs_list", "Policing in austerity 2014 item, not on the HMICFRS list", ref=4609)
f("austerity", None, nat("austerity", 1), "Collaboration review", "AMBER", "not_on_hmicfrs_list",
  "Policing in austerity 2014 item, not on the HMICFRS list")

# Local actions (not on list) ----------------------------------------------------------
f("local", None, "n/a – force action", "Task & Finish group to review the stalking and harassment "
  "policy and report to the Force Executive Team", "In progress", "not_on_hmicfrs_list",
  "force's own action (T&F group), not an HMICFRS item")
f("local", None, "n/a – force action", "Dip-sample 50 rape and serious sexual offences crime "
  "reports each quarter and report findings to the Crime Standards Board", "GREEN",
  "not_on_hmicfrs_list", "force's own action (dip sample), not an HMICFRS item")
f("local", None, "JAC action", "Add domestic abuse measures to the monthly Force Performance pack",
  "Open - Actions on going on track", "not_on_hmicfrs_list",
  "Joint Audit Committee action, not an HMICFRS item")
f("local", None, "", "Force improvement plan: Review the missing children demand profile as part "
  "of the force management statement", "AMBER", "not_on_hmicfrs_list",
  "force improvement plan action (HMICFRS wording cell empty), not an HMICFRS item")

GROUP_ORDER = ["p1819", "powers", "leg17f", "leg17", "efc17", "stolen", "ncpi17", "eff16",
               "cdi16", "eff15", "firearms", "sas15", "integrity", "core", "everyone", "sas13",
               "austerity", "local"]
assert set(GROUP_ORDER) == set(F)
MERGED_REPORT = {"p1819", "stolen"}     # Report cell merged down the group
FIRST_ONLY_REPORT = {"eff16"}           # Report written on the first item row only

# ---------------------------------------------------------------- updates / owners
DONE_UPD = ["Completed. Evidence submitted to HMICFRS for closure.", "Ready to move to GREEN status.",
            "Already complete / believed to be complete within short time scale (and within deadline).",
            "Pending sign off by the chief officer lead."]
OPEN_UPD = ["Work undertaken in area but still requires development to complete.",
            "A Task & Finish group has been set up and a full implementation/project plan, policy "
            "rewrite and communications plan is now completed.",
            "Addressed holistically as part of the force change programme.",
            "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
            "Little work yet undertaken in this area. Unlikely to reach deadlines.", "xxx"]
DATES = ["03/11/21", "14/10/21", "Sept 21", "12.07.2021", "28/06/21", "Mar-21", "09/02/2021"]
OWNERS = [x for x in LEADS if x]
DONE_WORDS = {"complete", "green", "pending sign off", "white", "grey", "closed"}


def update_for(row):
    st = row["status"]
    if st == "WHITE":
        return "Not the force's responsibility to deliver; dependent upon another organisation."
    if st == "GREY":
        return "Superseded – see Stop and Search 2 (2015)."
    if st == "awaiting allocation":
        return "Awaiting allocation."
    if RNG.random() < 0.12:
        return None
    pool = DONE_UPD if st.lower() in DONE_WORDS else OPEN_UPD
    u = f"{RNG.choice(DATES[:3])} - {RNG.choice(pool)}"
    if RNG.random() < 0.35:
        u += f"\n{RNG.choice(DATES[3:])} - {RNG.choice(OPEN_UPD[:4])}"
    return u


FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "GREY": "BFBFBF",
        "Complete": "92D050", "complete": "92D050"}

# ---------------------------------------------------------------- write HMICFRS list
wb = Workbook()
ws = wb.active
ws.title = "Force recommendations"
ws["A1"] = "HMICFRS"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "West Mercia Police – recommendations and areas for improvement"
ws["A2"].font = Font(bold=True)
ws["A3"] = ("List prepared by the HMICFRS Force Liaison Lead, 12 November 2021. Please check "
            "against your own records and let me know of any differences.")
hdr = ["Recommendation Reference", "Inspection", "Date", "Recommendation / AFI",
       "HMICFRS assessment"]
for c, v in enumerate(hdr, 1):
    ws.cell(5, c, v).font = Font(bold=True)
hrow = {}
r = 6
for it in H:
    title, date = REPORTS[it["rep"]][0], REPORTS[it["rep"]][1]
    ws.cell(r, 1, it["ref"])
    ws.cell(r, 2, title)
    cd = ws.cell(r, 3, date)
    if isinstance(date, dt.date):
        cd.number_format = "dd/mm/yyyy"
    ws.cell(r, 4, it["text"]).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(r, 5, it["status"])
    hrow[it["key"]] = f"Force recommendations!{r}"
    r += 1
ws.cell(r + 1, 1, "Items shown as closed will drop off the next version of this list.")
for col, w in zip("ABCDE", (14, 48, 16, 90, 30)):
    ws.column_dimensions[col].width = w
wb.save(f"{OUT}/hmicfrs.xlsx")

# ---------------------------------------------------------------- write tracker
wb = Workbook()
ws = wb.active
ws.title = "HMICFRS Recs"
ws["A1"] = "WEST MERCIA POLICE – HMICFRS RECOMMENDATIONS & AFIs TRACKER"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = ("Maintained by Organisational Learning & Assurance. Last updated 03/11/2021 for the "
            "Joint Audit and Standards Committee")
ws["A3"] = ("RAG: GREEN = implemented | AMBER = work in progress, on track | RED = off track | "
            "WHITE = not WMP's to deliver | GREY = superseded")
thdr = ["Ref", "Report", "HMICFRS wording", "What we are doing", "Owner", "Update", "Status"]
for c, v in enumerate(thdr, 1):
    ws.cell(5, c, v).font = Font(bold=True)
    ws.cell(5, c).fill = PatternFill("solid", fgColor="1F4E78")
    ws.cell(5, c).font = Font(bold=True, color="FFFFFF")
truth = []
r = 6
blank_after = {"p1819", "leg17", "stolen", "eff16", "eff15", "sas15", "sas13", "austerity"}
for g in GROUP_ORDER:
    ws.cell(r, 1, REPORTS[g][3]).font = Font(bold=True)
    ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    first = r
    for i, row in enumerate(F[g]):
        if row["ref"] is not None:
            ws.cell(r, 1, row["ref"])
        name = REPORTS[g][2]
        if g in MERGED_REPORT or g in FIRST_ONLY_REPORT:
            if i == 0:
                ws.cell(r, 2, name)
        else:
            ws.cell(r, 2, name)
        ws.cell(r, 3, row["wording"] or None).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 4, row["doing"] or None).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 5, RNG.choice(OWNERS) if RNG.random() > 0.08 else None)
        ws.cell(r, 6, update_for(row)).alignment = Alignment(wrap_text=True, vertical="top")
        sc = ws.cell(r, 7, row["status"])
        if row["status"] in FILL:
            sc.fill = PatternFill("solid", fgColor=FILL[row["status"]])
        frow = f"HMICFRS Recs!{r}"
        truth.append(dict(hmicfrs_row=hrow[row["hkey"]] if row["hkey"] else "", force_row=frow,
                          category=row["cat"], why=row["why"]))
        r += 1
    if g in MERGED_REPORT and r - 1 > first:
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(first, 2).alignment = Alignment(vertical="top")
    if g in blank_after:
        r += 1
ws.cell(r + 1, 1, "Rows graded WHITE / GREY are kept for the audit trail – do not delete.")
for col, w in zip("ABCDEFG", (9, 24, 80, 40, 24, 50, 16)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A6"
wb.save(f"{OUT}/tracker.xlsx")

# ---------------------------------------------------------------- truth
tracked = {row["hkey"] for g in F for row in F[g] if row["hkey"]}
MISSING_WHY = {
    "C1": "Core Business threat/harm/risk criteria (national); force does not track it (its CDI "
          "row 6413 has near-identical wording but is a different item)",
    "F1": "Building the picture item; no force row",
    "G5": "firearms: identify certificate holders before attendance; no force row",
    "L4": "Stolen freedom NRM compliance; no force row",
    "N1": "PEEL legitimacy 2017 cause of concern (S&S disproportionality); no force row",
    "O11": "PEEL 18/19 released under investigation / bail recommendation; no force row",
}
for it in H:
    if it["key"] not in tracked:
        truth.append(dict(hmicfrs_row=hrow[it["key"]], force_row="", category="missing_from_force",
                          why=MISSING_WHY[it["key"]] + f" (HMICFRS: {it['status']})"))
assert set(MISSING_WHY) == {x["key"] for x in H} - tracked


def sortkey(t):
    a = int(t["hmicfrs_row"].split("!")[1]) if t["hmicfrs_row"] else 10_000
    b = int(t["force_row"].split("!")[1]) if t["force_row"] else 0
    return (a, b)


truth.sort(key=sortkey)
with open(f"{OUT}/truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=["hmicfrs_row", "force_row", "category", "why"])
    w.writeheader()
    w.writerows(truth)
print(len(H), "HMICFRS items;", sum(len(v) for v in F.values()), "force item rows;",
      len(truth), "truth lines")
print(pd.Series([t["category"] for t in truth]).value_counts().to_string())
