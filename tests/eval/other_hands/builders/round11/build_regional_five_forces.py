"""Builder for the independent case `regional_five_forces`.

A regional collaboration (East Midlands style: one unit serving Derbyshire, Leicestershire,
Lincolnshire, Northamptonshire and Nottinghamshire) keeps ONE tracker of the HMICFRS items its
work answers, on behalf of the five forces. HMICFRS's definitive list covers the five forces
(one row per force copy of each item, with a register number each).

Texts: only real public recommendation texts from /work/main/reconcile/casegen/texts and
/work/shared/data/real_recommendations.csv (imported as data). Fixed seed.
Writes only under /tmp/indep11/regional/regional_five_forces/.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sys

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (data only)
    FIREARMS,  # noqa: F401
    MSHT_NRM,
    NATIONAL,
    SAS_MONITORING_2017,
    SF_LEADERSHIP,
)

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

random.seed(20240314)

OUT = "/tmp/indep11/regional/regional_five_forces"
os.makedirs(OUT, exist_ok=True)

FORCES = ["Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police",
          "Northamptonshire Police", "Nottinghamshire Police"]
D, LE, LI, NA, NO = FORCES
ALL5 = set(FORCES)

# ---------------------------------------------------------------- HMICFRS side
NAT_T = "National recommendation"
REC_T = "Recommendation"
AFI_T = "Area for improvement"

# HMICFRS statuses (register words; research file 1.2 / tracker.py HMICFRS_OPEN/CLOSED)
AR, BP, C, S = "Awaiting review", "Being progressed", "Complete", "Superseded"
OPEN = {AR, BP}
COMMENT = {
    AR: "New recommendation",
    BP: ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated."),
    C: "This recommendation is complete",
    S: ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
        "inspections. Where a cause of concern still exists this will appear in the register "
        "against these subsequent inspections."),
}


def nat(key, idx):
    title, (y, m, d), items = NATIONAL[key]
    typ, text = items[idx]
    return title, dt.date(y, m, d), text


core_t, core_d, core2 = nat("core", 1)
aus_t, aus_d, aus2 = nat("austerity", 1)
_, _, aus4 = nat("austerity", 3)
sf_t, sf_d, sf1 = nat("stolen", 0)
assert sf1 == SF_LEADERSHIP
sf = [nat("stolen", i)[2] for i in range(7)]
assert sf[3] == MSHT_NRM
efc_t, efc_d, efc = nat("efc17", 0)
leg_t, leg_d, leg5 = nat("leg17", 4)
_, _, leg_mon = nat("leg17", 1)
assert leg_mon == SAS_MONITORING_2017
pow_t, pow_d, pow1 = nat("powers", 0)
_, _, pow2 = nat("powers", 1)
_, _, bwv = nat("powers", 2)
int_t, int_d, integ = nat("integrity", 0)

# national items: key -> (title, date, type, text, statuses per force in FORCES order)
# None = that force's copy is not on the list.
NATS = {
    "core2": (core_t, core_d, core2, [S, C, BP, C, BP]),
    "aus2": (aus_t, aus_d, aus2, [C, C, S, BP, C]),
    "aus4": (aus_t, aus_d, aus4, [C, BP, BP, BP, C]),
    "sf1": (sf_t, sf_d, sf[0], [C, BP, AR, BP, BP]),
    "sf2": (sf_t, sf_d, sf[1], [BP, BP, C, BP, AR]),
    "sf3": (sf_t, sf_d, sf[2], [BP, AR, BP, BP, C]),
    "sf4": (sf_t, sf_d, sf[3], [C, C, BP, BP, AR]),
    "sf5": (sf_t, sf_d, sf[4], [BP, BP, BP, AR, C]),
    "sf6": (sf_t, sf_d, sf[5], [BP, BP, BP, C, BP]),
    "sf7": (sf_t, sf_d, sf[6], [C, BP, C, C, C]),
    "efc": (efc_t, efc_d, efc, [BP, C, BP, C, BP]),
    "leg5": (leg_t, leg_d, leg5, [C, C, None, C, BP]),
    "pow1": (pow_t, pow_d, pow1, [AR, BP, C, BP, C]),
    "pow2": (pow_t, pow_d, pow2, [BP, BP, C, BP, BP]),
}

P16 = "PEEL: Police effectiveness 2016"
P17 = "PEEL: Police effectiveness 2017"
P18 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
P21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
# publication date of each force's own report (plausible, not claimed exact)
PUB = {
    P16: {NA: dt.date(2017, 3, 2), NO: dt.date(2017, 3, 2)},
    P17: {D: dt.date(2018, 3, 22), LI: dt.date(2018, 3, 22), LE: dt.date(2018, 3, 22)},
    P18: {D: dt.date(2019, 5, 2), LE: dt.date(2019, 9, 27), LI: dt.date(2019, 5, 2),
          NA: dt.date(2019, 9, 27), NO: dt.date(2019, 5, 2)},
    P21: {D: dt.date(2022, 7, 7), LE: dt.date(2022, 10, 20), LI: dt.date(2022, 4, 29),
          NA: dt.date(2022, 9, 15), NO: dt.date(2022, 6, 10)},
}


def afi(body):
    return f"The force should {body}."


# TOPIC_BODIES / BODIES wording (tracker.py, force.py), with real stems (force.py STEMS)
SOC, CL, CY = "serious and organised crime", "county lines drug dealing", "cyber crime"
FR, EC, OC, MS = "fraud", "economic crime", "online child sexual abuse", \
    "modern slavery and human trafficking"
DIGI = ("improve its ability to retrieve digital evidence from mobile phones, computers and "
        "other electronic devices quickly enough to ensure investigations are not delayed")

# force-specific items: key -> (force, report, type, text, status)
FITEMS = {
    "F1": (D, P18, AFI_T, afi(f"improve its understanding of the nature and scale of {SOC} in its area"), C),
    "F2": (NA, P18, AFI_T, afi(f"improve its understanding of the nature and scale of {SOC} in its area"), BP),
    "F3": (NO, P18, AFI_T, afi(f"improve its understanding of the nature and scale of {SOC} in its area"), C),
    "F4": (D, P21, REC_T, f"Within six months the force should {DIGI}.", BP),
    "F5": (LI, P21, REC_T, f"Within six months the force should {DIGI}.", BP),
    "F6": (D, P21, AFI_T, afi(f"make sure it has enough specialist capacity and capability to investigate {CY}"), BP),
    "F7": (LE, P21, AFI_T, afi(f"make sure it has enough specialist capacity and capability to investigate {CY}"), C),
    "F8": (LE, P21, AFI_T, afi(f"improve how it gathers, assesses and acts on intelligence about {SOC}"), AR),
    "F9": (LE, P21, AFI_T, afi(f"develop a problem-solving approach to {CL}, working with local communities and partners"), BP),
    "F10": (LI, P21, AFI_T, afi(f"make sure victims of {FR} are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime"), C),
    "F11": (LI, P21, AFI_T, afi(f"make sure investigations of {CL} are allocated to officers with the right skills and are effectively supervised"), BP),
    "F12": (NA, P21, AFI_T, afi(f"improve the way it manages the risk posed by offenders involved in {SOC}"), C),
    "F13": (NA, P21, AFI_T, afi(f"make sure it has enough specialist capacity and capability to investigate {EC}"), BP),
    "F14": (NA, P21, AFI_T, afi(f"improve how it works with partner organisations to safeguard people at risk from {MS}"), AR),
    "F15": (NO, P21, AFI_T, afi(f"make sure its analysis of {SOC} informs its strategic assessment and control strategy"), BP),
    "F16": (NO, P21, AFI_T, afi(f"make sure it has enough specialist capacity and capability to investigate {OC}"), BP),
    "F17": (NO, P21, AFI_T, afi(f"improve how it gathers, assesses and acts on intelligence about {CL}"), C),
    "F18": (D, P17, AFI_T, afi(f"improve how it gathers, assesses and acts on intelligence about {SOC}"), BP),
    "F19": (LI, P17, AFI_T, afi(f"make sure its performance framework gives senior leaders a clear picture of its response to {SOC}"), C),
    "F20": (LE, P17, AFI_T, afi(f"improve the way it manages the risk posed by offenders involved in {SOC}"), S),
    "F21": (NO, P16, AFI_T, afi(f"evaluate its work to prevent {SOC} and share what works across the force"), C),
    "F22": (NA, P16, AFI_T, afi(f"make sure officers and staff have the training they need to identify and respond to {MS}"), BP),
    "F23": (D, P18, AFI_T, afi(f"improve its understanding of the nature and scale of {CY} in its area"), C),
    "F24": (LI, P18, AFI_T, afi(f"improve its understanding of the nature and scale of {CY} in its area"), AR),
    "F25": (LE, P18, AFI_T, afi(f"make sure it consistently uses ancillary orders and other powers to protect victims of {MS}"), BP),
    "F26": (NO, P18, AFI_T, afi(f"make sure it records reports of {MS} accurately and without delay"), BP),
    "F27": (LI, P18, AFI_T, afi(f"make sure it has enough specialist capacity and capability to investigate {OC}"), C),
    "F28": (D, P21, AFI_T, afi(f"improve how it works with partner organisations to safeguard people at risk from {MS}"), C),
    "F30": (D, P21, AFI_T, afi(f"make sure victims of {FR} are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime"), BP),
    "F31": (NA, P18, AFI_T, afi(f"improve how it gathers, assesses and acts on intelligence about {CL}"), C),
    "F32": (NO, P21, AFI_T, afi(f"make sure investigations of {FR} are allocated to officers with the right skills and are effectively supervised"), AR),
    "F33": (LE, P18, AFI_T, afi(f"improve how it gathers, assesses and acts on intelligence about {MS}"), BP),
    "F34": (LI, P21, AFI_T, afi(f"improve the way it manages the risk posed by offenders involved in {CL}"), BP),
    "F29": (LE, P21, REC_T, f"Within three months, the force should make sure it has enough specialist capacity and capability to investigate {FR}.", BP),
}

# Build the HMICFRS records: (key, force) -> record
hm = {}
for key, (title, date, text, sts) in NATS.items():
    for f, st in zip(FORCES, sts):
        if st is not None:
            hm[(key, f)] = dict(key=key, force=f, report=title, pub=date, type=NAT_T,
                                text=text, status=st)
for key, (f, rep, typ, text, st) in FITEMS.items():
    hm[(key, f)] = dict(key=key, force=f, report=rep, pub=PUB[rep][f], type=typ, text=text,
                        status=st)

# register numbers: plain integers unique across the register, growing with time
order = sorted(hm.values(), key=lambda r: (r["pub"], r["key"], FORCES.index(r["force"])))
ids = sorted(random.sample(range(2300, 12900), len(order)))
for r, i in zip(order, ids):
    r["id"] = i
# status dates
for r in hm.values():
    start = r["pub"] + dt.timedelta(days=random.randint(1, 20))
    if r["status"] == AR:
        r["sdate"] = start
    else:
        end = dt.date(2024, 2, 28)
        span = (end - start).days
        r["sdate"] = start + dt.timedelta(days=random.randint(span // 3, span))

# --------------------------------------------------------------- write HMICFRS
hwb = Workbook()
hs = hwb.active
hs.title = "Definitive list"
hs["A1"] = "HMICFRS – Definitive list of recommendations and areas for improvement"
hs["A1"].font = Font(bold=True, size=13)
hs["A2"] = ("East Midlands region: Derbyshire Constabulary, Leicestershire Police, "
            "Lincolnshire Police, Northamptonshire Police, Nottinghamshire Police")
hs["A3"] = "Extracted 14/03/2024 – items where the regional collaboration is recorded as delivery lead"
HEAD = ["Rec ID", "Force", "Report title", "Date published", "Type",
        "Recommendation / area for improvement", "Status", "Status date", "HMICFRS comment"]
HROW0 = 5
for j, h in enumerate(HEAD, 1):
    c = hs.cell(HROW0, j, h)
    c.font = Font(bold=True)
hm_rows = sorted(hm.values(), key=lambda r: (FORCES.index(r["force"]), r["pub"], r["id"]))
rown = HROW0 + 1
for r in hm_rows:
    vals = [r["id"], r["force"], r["report"], r["pub"], r["type"], r["text"], r["status"],
            r["sdate"], COMMENT[r["status"]]]
    for j, v in enumerate(vals, 1):
        c = hs.cell(rown, j, v)
        if isinstance(v, dt.date):
            c.number_format = "dd/mm/yyyy"
        if j == 6:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    r["prov"] = f"Definitive list!{rown}"
    rown += 1
for col, w in zip("ABCDEFGHI", [9, 26, 50, 13, 24, 90, 17, 12, 60]):
    hs.column_dimensions[col].width = w
hs.freeze_panes = f"A{HROW0 + 1}"
hn = hwb.create_sheet("Notes")
hn["A1"] = "Notes"
hn["A2"] = ("National recommendations are listed once for each force they are held against; "
            "each copy carries its own Rec ID.")
hn["A3"] = "Status values: Awaiting review, Being progressed, Complete, Superseded."
hn["A4"] = ("Please return the force/regional position on each open item to the Force Liaison "
            "Lead by 12 April 2024.")
hwb.save(os.path.join(OUT, "hmicfrs.xlsx"))

# ---------------------------------------------------------------- tracker side
# RAG words -> done/open (research file section 2; DESIGN config example)
DONE_W = {"GREEN", "Green", "Complete", "complete", "WHITE", "GREY", "Pending sign off",
          "(green fill)"}
OPEN_W = {"AMBER", "Amber", "RED", "In progress", "Open - Actions on going on track",
          "Open - Actions on going off track"}
FILL = {"GREEN": "92D050", "Green": "92D050", "AMBER": "FFC000", "Amber": "FFC000",
        "RED": "FF0000", "WHITE": "FFFFFF", "GREY": "BFBFBF", "(green fill)": "92D050"}


class Row:
    def __init__(self, ref, forces, fstr, report, typ, text, lead, rag, update, date,
                 item=None, conflict=None, part=None):
        self.ref, self.forces, self.fstr, self.report, self.typ = ref, forces, fstr, report, typ
        self.text, self.lead, self.rag, self.update, self.date = text, lead, rag, update, date
        self.item, self.conflict, self.part = item, conflict, part
        self.prov = None

    @property
    def done(self):
        assert self.rag in DONE_W | OPEN_W, self.rag
        return self.rag in DONE_W


d8 = dt.date
# layout: list of ("title"|"head"|"blank"|"note"|"row", payload)
T = []  # main sheet "Tracker"
T.append(("title", "East Midlands Regional Collaboration – HMICFRS Recommendations Tracker"))
T.append(("title", "Held on behalf of Derbyshire, Leicestershire, Lincolnshire, Northamptonshire "
                   "and Nottinghamshire. Version for Regional Collaboration Board 29/02/2024 – "
                   "owner: Regional Business Manager"))
T.append(("blank", None))
T.append(("header", None))
T.append(("head", "NATIONAL / THEMATIC REPORTS"))
T.append(("head", "Core business 2014"))
T.append(("row", Row("EM/001a", ALL5, "Regional", "Core business", "Nat rec",
                     "By 31 March 2015 all forces should ensure that crime prevention or disruption "
                     "activity carried out is systematically recorded...",
                     "Head of EMSOU", "GREEN",
                     "Disruptions recorded on the regional disruptions log (Pursue/Prevent/Protect/"
                     "Prepare) since 2016.", d8(2023, 11, 30), item="core2", part="recorded")))
T.append(("row", Row("EM/001b", ALL5, "Regional", "Core business", "Nat rec",
                     "...and subsequently evaluated to determine the effectivness of tactics being "
                     "employed", "Head of EMSOU", "AMBER",
                     "Evaluation framework drafted; first quarterly evaluation due to Regional "
                     "Collaboration Board April 2024.", d8(2024, 2, 12), item="core2",
                     part="evaluated")))
T.append(("blank", None))
T.append(("head", "Policing in Austerity 2014"))
T.append(("row", Row("EM/002", ALL5, "All 5", "Policing in Austerity", "Nat rec",
                     "CCs & PCCs in forces planning to deliver less than 10% of savings through "
                     "collaboration should assess whether there is scope to improve on this "
                     "position.", "Regional Business Manager", "AMBER",
                     "Collaboration savings reported annually to the PCCs' Regional Board. "
                     "2024/25 figures awaited from force finance leads.", d8(2024, 1, 22),
                     item="aus2")))
T.append(("row", Row("EM/003", {D, LE, NO}, "Derbys/Leics/Notts", "Policing in Austerity", "Nat rec",
                     "In preparation for the next spending round period all Chief Constables and "
                     "PCCs should review their plans for collaboration. In particular they should "
                     "consider whether there is scope to deliver better value for money and "
                     "improved capability and capacity through joint working with other forces, "
                     "the public and/or the private sector.", "Regional Business Manager", "GREEN",
                     "Reviewed as part of the East Midlands Collaboration Programme refresh "
                     "(signed off 14/09/2023).", d8(2023, 9, 14), item="aus4")))
T.append(("blank", None))
T.append(("head", "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
                  "published 24 October 2017"))
SFR = "Stolen Freedom (MSHT) 2017"
sf_bul = [
    ("EM/004a", "Within 12 months review leadership & goverance arrangements for MSHT to ensure:\n"
                "• senior leaders prioritise the response to MSHT", "GREEN",
     "Regional MSHT strategic lead (ACC) appointed; MSHT standing item on each force's "
     "Vulnerability Board."),
    ("EM/004b", "• every incident of modern slavery identified to police is allocated appropriate "
                "resources with the skills, experience & capacity to investigate it effectively",
     "GREEN", "Regional MSHT team triage all NRM referrals within 24 hrs."),
    ("EM/004c", "• forces develop effective partnership arrangements to co-ordinate activity in "
                "order to share information and safeguard victims", "AMBER",
     "Anti-slavery partnerships in place for Derbys, Leics, Notts. Lincs & Northants being "
     "established – target June 2024."),
    ("EM/004d", "• performance & QA measures are in place to allow senior leaders to assess the "
                "nature and quality of the service provided to victims", "GREEN",
     "MSHT performance dashboard live from 01/10/2023."),
]
for ref, txt, rag, upd in sf_bul:
    T.append(("row", Row(ref, ALL5, "All 5", SFR, "Nat rec", txt, "D/Supt Regional MSHT", rag, upd,
                         d8(2024, 2, 5), item="sf1", part=ref[-1])))
T.append(("row", Row("EM/005", ALL5, "All 5", SFR, "Nat rec",
                     "Within 12 months, forces should have in place active ISAs with other "
                     "agencies to facilitate speedy exchange of intelligence & in order to "
                     "safeguard victims better and to identify suspects as early as possible",
                     "D/Supt Regional MSHT", "AMBER",
                     "Regional ISA template agreed with the 9 local authorities; 6 of 9 signed.",
                     d8(2024, 2, 5), item="sf2",
                     conflict="timescale: HMICFRS 'Within six months' vs tracker 'Within 12 months'")))
T.append(("row", Row("EM/006a", ALL5, "All 5", SFR, "Nat rec",
                     "Immediately, forces should take steps to ensure they are fully compliant with "
                     "the NRM process as it evolves", "D/Supt Regional MSHT", "GREEN",
                     "Completed. Evidence submitted to HMICFRS for closure.", d8(2023, 12, 1),
                     item="sf4", part="a")))
T.append(("row", Row("EM/006b", ALL5, "All 5", SFR, "Nat rec",
                     "...& are implementing the requirement under the MSA 2015 to notify the HO of "
                     "any individual suspected to be an adult victim of MSHT (duty to notify)",
                     "D/Supt Regional MSHT", "GREEN",
                     "Duty to notify (MS1 form) process in all 5 forces' crime recording units.",
                     d8(2023, 12, 1), item="sf4", part="b")))
T.append(("row", Row("EM/007", {D}, "Derbys", SFR, "Nat rec",
                     "Immediately, forces should take steps to ensure they fully comply with NCRS "
                     "requirements for offences identified as MSHT and that sufficient audit "
                     "capacity is available to the force crime registrar...",
                     "Force Crime Registrar", "GREEN",
                     "Derbys FCR audit Q3 2023: 100% compliance on MSHT crimes.", d8(2024, 1, 9),
                     item="sf5")))
T.append(("row", Row("EM/008", {LE, NO}, "Leics/Notts", SFR, "Nat rec",
                     "Immediately, forces should take steps to ensure they fully comply with NCRS "
                     "requirements for offences identified as MSHT and that sufficient audit "
                     "capacity is available to the force crime registrar",
                     "Force Crime Registrar", "AMBER",
                     "Joint Leics/Notts dip-sample planned for Q1 2024/25.", d8(2024, 1, 9),
                     item="sf5")))
T.append(("row", Row("EM/009", {LI}, "Lincs", SFR, "Nat rec",
                     "Full compliance with NCRS for MSHT offences; sufficient audit capacity for "
                     "FCR.", None, "WHITE",
                     "Not the region's responsibility to deliver – owned by Lincolnshire Police "
                     "FCR.", d8(2023, 6, 30), item="sf5")))
sf6_rows = [
    ("EM/010", D, "Derbys", "AMBER", "MSHT investigations now allocated via Derbys PPU; "
     "supervision audit due March 2024."),
    ("EM/011", LE, "Leics", "GREEN", "Complete – all MSHT investigations allocated to "
     "Leics Serious Crime Team (see EMSOU MSHT report Dec 23)."),
    ("EM/012", LI, "Lincs", "RED", "Little work yet undertaken in this area. Unlikely to reach "
     "deadlines."),
    ("EM/013", NA, "Northants", "AMBER", "Work undertaken in area but still requires "
     "development to complete."),
    ("EM/014", NO, "Notts", "Pending sign off", "Pending sign off by the chief officer lead."),
]
for ref, f, fs, rag, upd in sf6_rows:
    T.append(("row", Row(ref, {f}, fs, SFR, "Nat rec",
                         "Immediately, forces should ensure that allegations or indications of "
                         "modern slavery and human trafficking are thoroughly investigated and "
                         "effectively supervised by teams and individuals with the skills and "
                         "experience to undertake them (this should include the use where "
                         "appropriate of joint intelligence teams...)",
                         "D/Supt Regional MSHT", rag, upd, d8(2024, 2, 5), item="sf6")))
T.append(("row", Row("EM/015", ALL5, "All 5", SFR, "Force action",
                     "Force action - Agree an information-sharing protocol on MSHT with the local "
                     "authorities", "D/Supt Regional MSHT", "AMBER",
                     "Linked to EM/005.", d8(2024, 2, 5))))
T.append(("row", Row("EM/016", ALL5, "All 5", SFR, "Action",
                     "Deliver refresher training on modern slavery & human trafficking to all "
                     "response and neighbourhood officers", "Head of L&D (EMCHRS)", "In progress",
                     "Module on NCALT from 01/04/2024.", d8(2024, 2, 20))))
T.append(("blank", None))
T.append(("head", "PEEL Efficiency 17 (all forces)"))
T.append(("row", Row("EM/017", {D, LI}, "Derbys & Lincs", "PEEL Efficiency 2017 - national",
                     "Nat rec",
                     "By September 2018, chief constables should produce an ambitious plan to "
                     "improve digitally-enabled services within their force.",
                     "Regional Digital Lead", "AMBER",
                     "Joint digital plan drafted by Derbys & Lincs IT; awaiting Chief Officer "
                     "sign-off.", d8(2023, 10, 18), item="efc")))
T.append(("row", Row("EM/018", {LE, NO}, "Leics/Notts", "PEEL Efficiency 2017 - national",
                     "Nat rec",
                     "By Sept 2018, CCs should produce an ambitious plan to improve "
                     "digitally-enabled services within their force. The HO, NPCC & APCC should "
                     "support the development of these plans...",
                     "Regional Digital Lead", "GREEN",
                     "Digital Services Strategy 2023-26 published by both forces.", d8(2023, 10, 18),
                     item="efc")))
T.append(("row", Row("EM/019", {NA}, "Northants ", "PEEL Efficiency 2017 - national", "Nat rec",
                     "Produce an ambitious plan to improve digitally-enabled services within the "
                     "force", "Regional Digital Lead", "Amber", "Awaiting allocation.",
                     d8(2023, 10, 18), item="efc")))
T.append(("row", Row("EM/020", {NA}, "Northants", "PEEL Efficiency 17 (all forces)", "Nat rec",
                     "In preparation for the next spending round period all CCs & PCCs should "
                     "review their plans for collaboration, in particular whether there is scope "
                     "to deliver better VfM and improved capability & capacity through joint "
                     "working with other forces, the public and/or the private sector.",
                     "Regional Business Manager", "GREEN",
                     "Northants collaboration review completed Nov 2023.", d8(2023, 11, 28),
                     item="aus4",
                     conflict=("report: HMICFRS 'Policing in austerity: Meeting the challenge' "
                               "(22/07/2014) vs tracker 'PEEL Efficiency 17 (all forces)'"))))
T.append(("blank", None))
T.append(("head", "Police powers spotlight (Feb 21)"))
T.append(("row", Row("EM/021", {D, LE, LI, NO}, "Derbys, Leics, Lincs, Notts",
                     "Disproportionate use of police powers 2021", "Nat rec",
                     "By July 2022, forces should ensure that officers & staff have effective "
                     "communication skills, in line with the National Policing Guidelines on "
                     "Conflict Management.", "Head of L&D (EMCHRS)", "GREEN",
                     "Conflict management comms skills module in Officer Safety Training from "
                     "April 2022. (Northants deliver own OST – not regional.)", d8(2023, 6, 1),
                     item="pow1")))
T.append(("row", Row("EM/022a", ALL5, "All 5", "Disproportionate use of police powers 2021",
                     "Nat rec",
                     "By July 2021 ensure comms skills are reinforced as part of the CPD "
                     "programme for officers & staff", "Head of L&D (EMCHRS)", "GREEN",
                     "CPD day content updated 2022.", d8(2023, 6, 1), item="pow2", part="a")))
T.append(("row", Row("EM/022b", ALL5, "All 5", "Disproportionate use of police powers 2021",
                     "Nat rec",
                     "...and that supervisors are supported to routinely & frequently debrief "
                     "officers on these skills using BWV footage", "Head of L&D (EMCHRS)", "AMBER",
                     "Supervisor BWV debrief guide in draft.", d8(2024, 2, 14), item="pow2",
                     part="b")))
T.append(("row", Row("EM/023", ALL5, "Regional", "Disproportionate use of police powers 2021",
                     "Nat rec",
                     "have a structured process for regularly reviewing and monitoring internally "
                     "a sufficient sample of body-worn video footage to identify and disseminate "
                     "learning and hold officers to account when behaviour falls below "
                     "acceptable standards.", "Head of L&D (EMCHRS)", "AMBER",
                     "Regional BWV review panel ToR drafted.", d8(2024, 2, 14))))
T.append(("blank", None))
T.append(("head", "FORCE PEEL REPORTS – items where the region leads delivery"))
T.append(("head", "PEEL Effectiveness 2016"))
T.append(("row", Row("EM/024", {NO}, "Notts", "PEEL Eff 16", "AFI",
                     "Evaluate its work to prevent SOC and share what works across the force",
                     "Head of EMSOU", "AMBER", "Prevent evaluation to be commissioned.",
                     d8(2023, 8, 3), item="F21")))
T.append(("row", Row("EM/025", {NA}, "Northants", "PEEL Eff 16", "AFI",
                     "The force should make sure officers and staff have the training they need "
                     "to identify & respond to modern slavery and human trafficking.",
                     "Head of L&D (EMCHRS)", "Complete",
                     "All Northants response officers trained (NCALT MSHT module) – 94% "
                     "completion.", d8(2023, 9, 12), item="F22")))
T.append(("blank", None))
T.append(("head", "PEEL Eff 17"))
T.append(("row", Row("EM/026", {D}, "Derbys", "PEEL Eff 17", "AFI",
                     "The force should improve how it gathers, assesses and acts on intelligence "
                     "about serious and organised crime.", "Head of Intelligence", "GREEN",
                     "Ready to move to GREEN status.", d8(2023, 12, 4), item="F18")))
T.append(("blank", None))
T.append(("head", "PEEL 2018/19"))
T.append(("row", Row("EM/027", {D, NA, NO}, "Regional", "PEEL 2018/19", "AFI",
                     "Improve its understanding of the nature & scale of SOC in its area",
                     "Head of Intelligence", "GREEN",
                     "Regional SOC strategic assessment 2023 covers all forces; local profiles "
                     "refreshed.", d8(2023, 7, 21), item=("F1", "F2", "F3"))))
T.append(("row", Row("EM/028", {D, LI}, "Derbys & Lincs", "PEEL 2018/19", "AFI",
                     "The force should improve its understanding of the nature and scale of cyber "
                     "crime in its area.", "Regional Cyber Crime Unit", "GREEN",
                     "Cyber crime problem profile published.", d8(2023, 5, 9), item=("F23", "F24"))))
T.append(("row", Row("EM/029", {LE}, "Leics", "PEEL 2018/19", "AFI",
                     "Make sure it consistently uses ancillary orders & other powers to protect "
                     "victims of MSHT", "D/Supt Regional MSHT", "AMBER",
                     "STPO/STRO use reviewed monthly.", d8(2024, 2, 5), item="F25")))
T.append(("row", Row("EM/030", {NO}, "Notts", "PEEL 2018/19", "AFI",
                     "The force should make sure it records reports of modern slavery and human "
                     "trafficking accurately and without delay.", "Force Crime Registrar",
                     "Pending sign off", "Audit complete, awaiting sign off at Notts FEB.",
                     d8(2024, 1, 30), item="F26")))
T.append(("row", Row("EM/030A", {LE}, "Leics", "PEEL 2018/19", "AFI",
                     "Improve how it gathers, assesses and acts on intelligence about modern "
                     "slavery and human trafficking", "Head of Intelligence", "Green",
                     "MSHT intelligence requirement issued; monthly tasking in place.",
                     d8(2023, 11, 20), item="F33")))
T.append(("blank", None))
T.append(("head", "PEEL 2021/22"))
T.append(("row", Row("EM/031", {D}, "Derbys", "PEEL 21/22", "Rec",
                     "Within 6 months the force should improve its ability to retrieve digital "
                     "evidence from mobile phones, computers and other electronic devices quickly "
                     "enough to ensure investigations are not delayed.",
                     "EMSOU-FS Head of Digital Forensics", "AMBER",
                     "Kiosk roll-out 70% complete; backlog down from 420 to 260 devices.",
                     d8(2024, 2, 1), item="F4")))
T.append(("row", Row("EM/032", {LI}, "Lincs", "PEEL 21/22", "AFI",
                     "Improve ability to retrieve digital evidence from mobile phones, computers "
                     "& other devices quickly enough to ensure investigations are not delayed",
                     "EMSOU-FS Head of Digital Forensics", "AMBER",
                     "Lincs device backlog included in regional DF recovery plan.",
                     d8(2024, 2, 1), item="F5",
                     conflict="type: HMICFRS 'Recommendation' vs tracker 'AFI'")))
T.append(("row", Row("EM/033", {D, LE}, "Derbys/Leics", "PEEL 21/22", "AFI",
                     "Make sure it has enough specialist capacity and capability to investigate "
                     "cyber crime.", "Regional Cyber Crime Unit", "AMBER",
                     "Growth bid for 4 x cyber investigators approved for 2024/25.",
                     d8(2024, 1, 15), item=("F6", "F7"))))
T.append(("row", Row("EM/034", {LE}, "Leics", "PEEL 21/22", "AFI",
                     "The force should improve how it gathers, assesses and acts on intelligence "
                     "about serious and organised crime.", "Head of Intelligence", "AMBER",
                     "Regional intelligence hub design agreed.", d8(2024, 1, 15), item="F8")))
T.append(("row", Row("EM/035", {LE}, "Leics", "PEEL 21/22", "Rec",
                     "Within 3 months - ensure enough specialist capacity & capability to "
                     "investigate fraud (Regional Economic Crime Unit)",
                     "D/Supt Regional Economic Crime", "GREEN",
                     "Completed. Evidence submitted to HMICFRS for closure.", d8(2023, 3, 1),
                     item="F29")))
T.append(("row", Row("EM/036", {LI}, "Lincs", "PEEL 21/22", "AFI",
                     "Make sure investigations of county lines drug dealing are allocated to "
                     "officers with the right skills and are effectivley supervised",
                     "Head of EMSOU", "GREEN", "County lines taskforce supervision model in place.",
                     d8(2023, 11, 2), item="F11")))
T.append(("row", Row("EM/037", {NA}, "Northants", "PEEL 21/22", "AFI",
                     "Improve the way it manages the risk posed by offenders involved in SOC",
                     "Head of EMSOU", "RED",
                     "Lifetime offender management resourcing not yet agreed.", d8(2024, 1, 8),
                     item="F12")))
T.append(("row", Row("EM/038", {NA}, "Northants", "PEEL 21/22", "AFI",
                     "The force should make sure it has enough specialist capacity and capability "
                     "to investigate economic crime.", "D/Supt Regional Economic Crime",
                     "(green fill)", "Completed. Evidence submitted to HMICFRS for closure.",
                     d8(2023, 12, 12), item="F13")))
T.append(("row", Row("EM/039", {D, NA}, "Derbys/Northants", "PEEL 21/22", "AFI",
                     "Improve how it works with partner organisations to safeguard people at risk "
                     "from MSHT", "D/Supt Regional MSHT", "AMBER",
                     "See EM/004c – partnership arrangements.", d8(2024, 2, 5), item=("F14", "F28"))))
T.append(("row", Row("EM/040a", {NO}, "Notts", "PEEL 21/22", "AFI",
                     "Make sure its analysis of SOC informs its strategic assessment",
                     "Head of Intelligence", "GREEN", "SOC strategic assessment 2023 signed off.",
                     d8(2023, 10, 2), item="F15", part="a")))
T.append(("row", Row("EM/040b", {NO}, "Notts", "PEEL 21/22", "AFI",
                     "...and control strategy", "Head of Intelligence", "Open - Actions on going on track",
                     "Control strategy refresh due April 2024.", d8(2024, 2, 19), item="F15",
                     part="b")))
T.append(("row", Row("EM/041", {NO}, "Notts", "PEEL 21/22", "AFI",
                     "Improve how it gathers, assesses & acts on intel about county lines...",
                     "Head of Intelligence", "AMBER", "xxx", d8(2023, 6, 14), item="F17")))
T.append(("row", Row("EM/041A", {D}, "Derbys", "PEEL 21/22", "AFI",
                     "The force should make sure victims of fraud are kept informed about the "
                     "progress of their case, in line with the Code of Practice for Victims of "
                     "Crime.", "D/Supt Regional Economic Crime", "AMBER",
                     "Derbys victim contact via regional Fraud Hub from April 2024.",
                     d8(2024, 2, 9), item="F30")))
T.append(("row", Row("EM/041B", {NO}, "Notts", "PEEL 21/22", "AFI",
                     "Make sure investigations of fraud are allocated to officers with the right "
                     "skills & are effectively supervised", "D/Supt Regional Economic Crime",
                     "In progress", "Allocation policy under review.", d8(2024, 2, 9),
                     item="F32")))
T.append(("blank", None))
T.append(("head", "REGIONAL ACTIONS / OTHER SOURCES (not HMICFRS)"))
T.append(("row", Row("EM/042", ALL5, "Regional", "Internal audit 2023/24", "IA action",
                     "Internal audit action: Internal audit of the serious and organised crime "
                     "governance arrangements (audit plan 2023/24)", "Regional Business Manager",
                     "AMBER", "Fieldwork complete; draft report due March 2024.", d8(2024, 2, 26))))
T.append(("row", Row("EM/043", ALL5, "Regional", "Regional control strategy", "Action",
                     "Refresh the county lines drug dealing problem profile and add it to the "
                     "control strategy", "Head of Intelligence", "GREEN", "Done Sept 2023.",
                     d8(2023, 9, 29))))
T.append(("row", Row("EM/044", {LI}, "Lincs", "Crime Standards Board", "Action",
                     "Dip-sample 50 fraud crime reports each quarter and report findings to the "
                     "Crime Standards Board", "Force Crime Registrar", "GREEN",
                     "Quarterly dip-sample embedded.", d8(2023, 12, 20))))
T.append(("row", Row("EM/045", {D}, "Derbys", "Regional Cyber Crime Unit plan", "Action",
                     "Appoint a single point of contact for cyber crime in each local policing "
                     "area", "Regional Cyber Crime Unit", "GREEN", "SPOCs named for all LPAs.",
                     d8(2023, 8, 8))))
T.append(("row", Row("EM/046", {NO}, "Notts", "JAC 07/12/2023", "JAC action",
                     "JAC action: Review the serious and organised crime demand profile as part of "
                     "the force management statement", "Head of EMSOU", "AMBER",
                     "For FMS 2024.", d8(2024, 1, 4))))
T.append(("row", Row("EM/047", ALL5, "Regional", "Regional vetting review 2019", "Rec",
                     "The force should ensure all staff have received at least the lowest level "
                     "of vetting clearance for their roles as quickly as possible, working to "
                     "clear both the vetting backlog and new vetting renewals when they become "
                     "due so that it complies fully with the national vetting guidelines.",
                     "Regional Vetting Manager", "AMBER",
                     "EMSOU vetting backlog 38 (from 112).", d8(2024, 2, 1))))
T.append(("row", Row("EM/048", {LE, NO}, "Leics/Notts", "Regional Economic Crime Unit plan",
                     "Action",
                     "Rewrite the economic crime policy and publish it on the intranet with a "
                     "communications plan", "D/Supt Regional Economic Crime", "AMBER",
                     "Draft with legal services.", d8(2024, 2, 1))))
T.append(("row", Row("EM/049", {NA}, "Northants", "Force Performance pack", "Action",
                     "Add county lines drug dealing measures to the monthly Force Performance pack",
                     "Head of Intelligence", "GREEN", "In pack from Oct 2023.", d8(2023, 10, 5))))
T.append(("row", Row("EM/050", ALL5, "Regional", "Regional Cyber Crime Unit plan", "Action",
                     "Deliver refresher training on cyber crime to all response and neighbourhood "
                     "officers", "Head of L&D (EMCHRS)", "AMBER", "Pilot in Leics Q4.",
                     d8(2024, 1, 31))))
T.append(("row", Row("EM/051", {LI}, "Lincs", "Force management statement", "Action",
                     "Review the fraud demand profile as part of the force management statement",
                     "D/Supt Regional Economic Crime", "RED", "Not started – Lincs analyst vacancy.",
                     d8(2024, 1, 31))))
T.append(("blank", None))
T.append(("note", "Note: Lincs updates awaited from Lincolnshire Police lead – chased 12/02/2024."))
T.append(("note", "RAG key: GREEN = implemented; AMBER = work ongoing, expected to be implemented; "
                  "RED = beyond deadline / cannot be implemented (rationale required); WHITE = not "
                  "the region's responsibility to deliver; GREY = superseded."))

# "Closed items" sheet: items the region considers finished
C_ = []
C_.append(("title", "Closed items (moved from Tracker once complete)"))
C_.append(("header", None))
C_.append(("row", Row("EM/C01", ALL5, "All 5", "Integrity matters 2015", "Nat rec",
                      "By 31 August 2015, all chief constables should satisfy themselves that they "
                      "have processes in place to ensure that investigations into misconduct by "
                      "officers and staff resulting in \u201cno further action\u201d are fair and "
                      "free of any form of discrimination.", "Head of Professional Standards",
                      "Complete", "Closed by HMICFRS 2017.", d8(2017, 6, 1))))
C_.append(("row", Row("EM/C02", ALL5, "Regional", "PEEL Legit 17 S&S", "Nat rec",
                      "By July 2018 all forces should be regularly monitoring a comprehensive set "
                      "of data on use of S&S powers to understand: •reasons for disproportionate "
                      "representation of ethnic groups; •find rates; •possession-only drug "
                      "searches", "Head of L&D (EMCHRS)", "GREY",
                      "Superseded by Police powers spotlight (Feb 21) recommendations.",
                      d8(2021, 4, 1))))
C_.append(("row", Row("EM/C03", ALL5, "All 5", "PEEL Legit 17 S&S", "Nat rec",
                      "By July 2018, and ongoing following that date, forces should ensure that "
                      "all officers who use stop and search powers have been provided with, and "
                      "understand, training on unconscious bias and College of Policing APP on "
                      "stop and search.", "Head of L&D (EMCHRS)", "Complete",
                      "Unconscious bias & APP S&S training in all initial and refresher courses.",
                      d8(2019, 3, 1), item="leg5")))
C_.append(("row", Row("EM/C04", ALL5, "Regional", "Stolen Freedom (MSHT) 2017", "Nat rec",
                      "Immediately review use of preventative powers under the MSA 2015 to ensure "
                      "opportunities to restrict the activities of those deemed to pose a clear "
                      "threat to others in respect of MSHT offences are exploited.",
                      "D/Supt Regional MSHT", "Complete",
                      "Regional STRO/STPO review completed 2019.", d8(2019, 11, 5), item="sf7")))
C_.append(("row", Row("EM/C05", {LI}, "Lincs", "PEEL 21/22", "AFI",
                      "Make sure victims of fraud are kept informed about the progress of their "
                      "case, in line with the Victims Code", "D/Supt Regional Economic Crime",
                      "Complete", "Action Fraud victim updates via regional Fraud Hub.",
                      d8(2023, 4, 4), item="F10")))
C_.append(("row", Row("EM/C06", {LI}, "Lincs", "PEEL Eff 17", "AFI",
                      "The force should make sure its performance framework gives senior leaders "
                      "a clear picture of its response to serious and organised crime.",
                      "Head of EMSOU", "Complete", "SOC performance pack monthly.",
                      d8(2020, 2, 1), item="F19")))
C_.append(("row", Row("EM/C07", {LE}, "Leics", "PEEL Eff 17", "AFI",
                      "Improve the way it manages the risk posed by offenders involved in SOC",
                      "Head of EMSOU", "GREY", "Superseded – see PEEL 21/22.", d8(2022, 11, 1),
                      item="F20")))
C_.append(("row", Row("EM/C08", {LI}, "Lincs", "PEEL 2018/19", "AFI",
                      "make sure it has enough specialist capacity and capability to investigate "
                      "online child sexual abuse", "Head of EMSOU", "complete",
                      "POLIT team uplift complete.", d8(2021, 5, 17), item="F27")))
C_.append(("row", Row("EM/C08A", {NA}, "Northants", "PEEL 2018/19", "AFI",
                      "Improve how it gathers, assesses & acts on intelligence about county lines "
                      "drug dealing", "Head of Intelligence", "Complete",
                      "County lines intelligence development officer in post.", d8(2021, 3, 2),
                      item="F31")))
C_.append(("row", Row("EM/C09", {D, LI}, "Derbys & Lincs", "PEEL Eff 17", "AFI",
                      "The force should evaluate its work to prevent serious and organised crime "
                      "and share what works across the force.", "Head of EMSOU", "Complete",
                      "Prevent evaluation shared at Regional SOC Board.", d8(2019, 10, 1))))
C_.append(("row", Row("EM/C10", ALL5, "Regional", "Regional Collaboration Board", "Action",
                      "Task & Finish group to review the modern slavery and human trafficking "
                      "policy and report to the Force Executive Team", "D/Supt Regional MSHT",
                      "Complete", "Reported Nov 2022.", d8(2022, 11, 30))))

TH = ["Ref", "Force(s)", "Report", "Type", "Recommendation", "Lead", "RAG", "Update",
      "Last updated"]

twb = Workbook()


def write_sheet(ws, layout):
    r = 1
    for kind, p in layout:
        if kind == "title":
            ws.cell(r, 1, p).font = Font(bold=True, size=12 if r == 1 else 10)
        elif kind == "header":
            for j, h in enumerate(TH, 1):
                c = ws.cell(r, j, h)
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = PatternFill("solid", fgColor="1F3864")
        elif kind == "head":
            c = ws.cell(r, 1, p)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(TH))
        elif kind == "note":
            ws.cell(r, 1, p).font = Font(italic=True)
        elif kind == "row":
            row = p
            vals = [row.ref, row.fstr, row.report, row.typ, row.text, row.lead,
                    None if row.rag == "(green fill)" else row.rag, row.update, row.date]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
                if j in (5, 8):
                    c.alignment = Alignment(wrap_text=True, vertical="top")
            if row.rag in FILL:
                ws.cell(r, 7).fill = PatternFill("solid", fgColor=FILL[row.rag])
            row.prov = f"{ws.title}!{r}"
        r += 1
    for col, w in zip("ABCDEFGHI", [10, 22, 30, 12, 80, 30, 16, 60, 12]):
        ws.column_dimensions[col].width = w


ws1 = twb.active
ws1.title = "Tracker"
write_sheet(ws1, T)
# Report column merged vertically over the Stolen Freedom block (forward-fill habit)
sf_rows = [p.prov for k, p in T if k == "row" and p.report == SFR]
sf_nums = sorted(int(x.split("!")[1]) for x in sf_rows)
assert sf_nums == list(range(sf_nums[0], sf_nums[-1] + 1))
ws1.merge_cells(start_row=sf_nums[0], start_column=3, end_row=sf_nums[-1], end_column=3)
ws1.cell(sf_nums[0], 3).alignment = Alignment(vertical="center", wrap_text=True)
ws1.freeze_panes = "A5"
ws2 = twb.create_sheet("Closed items")
write_sheet(ws2, C_)
twb.save(os.path.join(OUT, "tracker.xlsx"))

# ---------------------------------------------------------------- truth
rows = [p for k, p in T + C_ if k == "row"]
SHORT = {D: "Derbyshire", LE: "Leicestershire", LI: "Lincolnshire", NA: "Northamptonshire",
         NO: "Nottinghamshire"}
truth = []
used = set()
for (key, f), h in sorted(hm.items(), key=lambda kv: int(kv[1]["prov"].split("!")[1])):
    match = [r for r in rows if r.item is not None and key in ((r.item,) if isinstance(r.item, str) else r.item) and f in r.forces]
    if not match:
        truth.append((h["prov"], "", "missing_from_force",
                      f"{SHORT[f]}'s copy (Rec ID {h['id']}, {h['status']}) has no tracker row"
                      + (" – the region's rows for this recommendation ("
                         + ", ".join(r.ref for r in others) + ") name other forces"
                         if (others := [r for r in rows if r.item is not None and key in
                                        ((r.item,) if isinstance(r.item, str) else r.item)])
                         else " – the region tracks this recommendation for no force")))
        continue
    conflicts = [r.conflict for r in match if r.conflict]
    hopen = h["status"] in OPEN
    fdone = all(r.done for r in match)
    if conflicts:
        cat = "conflict"
        base = conflicts[0]
    elif hopen and fdone:
        cat, base = "closeable_submit", f"HMICFRS {h['status']}, tracker done"
    elif not hopen and not fdone:
        cat, base = "closeable_local", f"HMICFRS {h['status']}, tracker still open"
    else:
        cat, base = "in_sync", f"HMICFRS {h['status']}, tracker " + ("done" if fdone else "open")
    for r in match:
        used.add(id(r))
        rag = "green fill, no text" if r.rag == "(green fill)" else r.rag
        extra = ""
        if len(match) > 1:
            extra = f"; item split over {len(match)} rows ({', '.join(m.ref for m in match)})"
        truth.append((h["prov"], r.prov, cat,
                      f"{SHORT[f]} copy (Rec ID {h['id']}) answered by {r.ref} "
                      f"[Force(s) '{r.fstr.strip()}', RAG {rag}]: {base}{extra}"))
NOT_ON_WHY = {
    "EM/015": "a force action linked to EM/005 (ISAs), not an HMICFRS item",
    "EM/016": "regional training action filed under the Stolen Freedom heading; no such HMICFRS item",
    "EM/023": ("real national recommendation (Police powers spotlight 2021, BWV review) that is "
               "not on the region's definitive list for any force"),
    "EM/047": "vetting recommendation text from another force's report, adopted by the region",
    "EM/C01": "Integrity matters 2015 item already closed by HMICFRS and no longer on the list",
    "EM/C02": "PEEL legitimacy 2017 monitoring item, superseded; not on the list",
    "EM/C09": ("same wording as Nottinghamshire's PEEL 2016 AFI (tracked by EM/024), but this row "
               "is for Derbys & Lincs, who hold no such item"),
}
for r in rows:
    if r.item is None:
        truth.append(("", r.prov, "not_on_hmicfrs_list",
                      f"{r.ref} [Force(s) '{r.fstr.strip()}', {r.report}] is not on the definitive "
                      f"list for any of its forces" +
                      (f": {NOT_ON_WHY[r.ref]}" if r.ref in NOT_ON_WHY else
                       " (regional/internal action)")))
    else:
        assert id(r) in used, r.ref

with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

# summary for README
from collections import Counter  # noqa: E402
cnt = Counter(t[2] for t in truth)
print("HMICFRS items:", len(hm))
print("tracker item rows:", len(rows), "(Tracker", sum(1 for k, p in T if k == "row"),
      ", Closed items", sum(1 for k, p in C_ if k == "row"), ")")
print("truth lines:", len(truth), dict(cnt))
