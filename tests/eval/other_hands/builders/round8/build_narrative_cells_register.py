"""Builder for the independent case `narrative_cells_register`.

A small force (Warwickshire Police) keeps its HMICFRS tracker in Excel as if it were a Word
document: four columns (Ref | Detail | Owner | Position), the Detail cell holding the report and
date, the item with its own label, and sometimes a dated update, all on separate lines inside
the one cell. The HMICFRS side is a CSV export of the online register.

Texts: real public recommendation texts from /work/main/reconcile/casegen/texts (national.py,
force.py) and /work/shared/data/real_recommendations.csv. Run with /work/main/.venv/bin/python.
"""
from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

sys.dont_write_bytecode = True
import runpy  # noqa: E402
from types import SimpleNamespace  # noqa: E402

# Read the text lists as data, without importing the tool's package (its __init__ is not ours
# to run): national.py and tracker.py stand alone; force.py only needs AFI and REC from national.
TEXTS = Path("/work/main/reconcile/casegen/texts")
N = SimpleNamespace(**runpy.run_path(str(TEXTS / "national.py")))
_fsrc = (TEXTS / "force.py").read_text(encoding="utf-8").replace("from .national import AFI, REC", "")
_fns = {"AFI": N.AFI, "REC": N.REC, "__name__": "force_texts"}
exec(compile(_fsrc, str(TEXTS / "force.py"), "exec"), _fns)
F = SimpleNamespace(**_fns)
T = SimpleNamespace(**runpy.run_path(str(TEXTS / "tracker.py")))

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

random.seed(20250131)  # fixed; nothing below is random except the order check at the end

OUT = Path("/tmp/indep8/narrative/narrative_cells_register")
OUT.mkdir(parents=True, exist_ok=True)

FORCE = "Warwickshire Police"
AREA = "Warwickshire"
NEIGHBOUR = "West Mercia Police"

NAT_T = dict((k, v) for k, v in N.NATIONAL.items())


def nat(key, i):
    title, ymd, items = NAT_T[key]
    return items[i][1]


def body(i):
    return F.BODIES[i].replace("{area}", AREA).replace("{neighbour}", NEIGHBOUR)


def b(text_start):
    """A BODIES entry by its opening words (so the builder fails loudly if a text moves)."""
    hits = [x for x in F.BODIES if x.startswith(text_start)]
    assert len(hits) == 1, text_start
    return hits[0].replace("{area}", AREA).replace("{neighbour}", NEIGHBOUR)


def topic(start, t):
    hits = [x for x in T.TOPIC_BODIES if x.startswith(start)]
    assert len(hits) == 1, start
    return hits[0].replace("{t}", t)


def cause(start):
    hits = [x for x in F.CAUSES if x.startswith(start)]
    assert len(hits) == 1, start
    return hits[0].replace("{force}", FORCE).replace("{neighbour}", NEIGHBOUR)


# ---------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published as the register writes it)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", "9th July 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", "27th March 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", "22nd July 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", "4th September 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "30th January 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", "24th March 2015"),
    "picture": ("Building the picture: an inspection of police information management", "1st July 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "15th September 2015"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", "24th October 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", "9th November 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", "12th December 2017"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", "26th February 2021"),
    "e16": ("PEEL: Police effectiveness 2016", "2nd March 2017"),
    "eff17": ("PEEL: Police efficiency 2017", "9th November 2017"),
    "leg17f": ("PEEL: Police legitimacy 2017", "12th December 2017"),
    "e17": ("PEEL: Police effectiveness 2017", "22nd March 2018"),
    "p18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", "2nd May 2019"),
    "cdi19": ("Crime data integrity inspection 2019", "19th September 2019"),
    "p21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", "17th May 2022"),
    "p23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25", "10th September 2024"),
}

NATR = N.NAT
REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"

# Register comments (verbatim or near-verbatim from the register pages in the research file)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be updated "
         "when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members of "
          "the inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")

BP, AR, CO = "being-progressed", "awaiting-review", "complete"

# ---------------------------------------------------------------------------------------------
# HMICFRS items: key, id, report, type, text, status, status date, comment
H = [
    ("sas13_1", 1131, "sas13", NATR, nat("sas13", 0), CO, "3rd June 2015", C_DONE),
    ("sas13_2", 1132, "sas13", NATR, nat("sas13", 1), CO, "3rd June 2015", C_DONE),
    ("sas13_3", 1133, "sas13", NATR, nat("sas13", 2), CO, "3rd June 2015", C_DONE),
    ("everyone", 2321, "everyone", NATR, N.EVERYONE_PLAN, CO, "5th December 2017", C_SUP),
    ("aust_1", 3307, "austerity", NATR, nat("austerity", 0), CO, "12th March 2016", C_DONE),
    ("aust_4", 3310, "austerity", NATR, nat("austerity", 3), BP, "12th March 2016", C_MON),
    ("core_1", 4822, "core", NATR, nat("core", 0), CO, "5th December 2017", C_SUP),
    ("core_2", 4823, "core", NATR, nat("core", 1), BP, "5th December 2017", C_REV),
    ("integ", 902, "integrity", NATR, nat("integrity", 0), CO, "21st April 2017", C_DONE),
    ("sas15", 5170, "sas15", NATR, nat("sas15", 0), CO, "2nd February 2018", C_DONE),
    ("picture", 5541, "picture", NATR, nat("picture", 0), BP, "9th January 2018", C_MON),
    ("fa_1", 5980, "firearms", NATR, nat("firearms", 0), CO, "14th July 2016", C_DONE),
    ("fa_2", 5981, "firearms", NATR, nat("firearms", 1), BP, "14th July 2016", C_MON),
    ("fa_3", 5982, "firearms", NATR, nat("firearms", 2), CO, "14th July 2016", C_DONE),
    ("fa_4", 5983, "firearms", NATR, nat("firearms", 3), BP, "14th July 2016", C_MON),
    ("fa_5", 5984, "firearms", NATR, nat("firearms", 4), BP, "14th July 2016", C_MON),
    ("sf_1", 8275, "stolen", NATR, nat("stolen", 0), BP, "24th October 2017", C_NEW),
    ("sf_2", 8276, "stolen", NATR, nat("stolen", 1), BP, "24th October 2017", C_NEW),
    ("sf_3", 8277, "stolen", NATR, nat("stolen", 2), CO, "30th January 2020", C_DONE),
    ("sf_4", 8278, "stolen", NATR, nat("stolen", 3), BP, "24th October 2017", C_NEW),
    ("sf_5", 8279, "stolen", NATR, nat("stolen", 4), BP, "24th October 2017", C_NEW),
    ("sf_6", 8280, "stolen", NATR, nat("stolen", 5), BP, "24th October 2017", C_NEW),
    ("sf_7", 8281, "stolen", NATR, nat("stolen", 6), CO, "30th January 2020", C_AUTH),
    ("efc17", 8402, "efc17", NATR, nat("efc17", 0), BP, "9th November 2017", C_NEW),
    ("leg17_coc", 8541, "leg17", COC, nat("leg17", 0), BP, "12th December 2017", C_NEW),
    ("leg17_1", 8542, "leg17", NATR, nat("leg17", 1), BP, "12th December 2017", C_NEW),
    ("leg17_2", 8543, "leg17", NATR, nat("leg17", 2), BP, "12th December 2017", C_NEW),
    ("leg17_4", 8545, "leg17", NATR, nat("leg17", 4), CO, "8th October 2019", C_DONE),
    ("pow_1", 11206, "powers", NATR, nat("powers", 0), BP, "26th February 2021", C_NEW),
    ("pow_2", 11207, "powers", NATR, nat("powers", 1), BP, "26th February 2021", C_NEW),
    ("pow_3", 11208, "powers", NATR, nat("powers", 2), BP, "26th February 2021", C_NEW),
    ("pow_5", 11210, "powers", NATR, nat("powers", 4), CO, "15th March 2023", C_DONE),
    # --- Warwickshire Police's own inspections
    ("e16_coc", 6971, "e16", COC, cause("The force's response to domestic abuse"), CO, "20th June 2018", C_DONE),
    ("e16_r1", 6972, "e16", REC,
     "Within three months, the force should " + b("take steps to ensure that there is effective supervision") + ".",
     CO, "20th June 2018", C_AUTH),
    ("e16_r2", 6973, "e16", REC,
     "Within six months the force should " + b("consider ways of increasing the use of arrest") + ".",
     BP, "20th June 2018", C_MON),
    ("eff17_1", 8388, "eff17", AFI, "The force should " + b("undertake further work to gain a fuller") + ".",
     CO, "11th April 2019", C_DONE),
    ("eff17_2", 8389, "eff17", AFI, "The force should " + b("develop a future workforce plan") + ".",
     BP, "9th November 2017", C_NEW),
    ("eff17_3", 8390, "eff17", AFI, "The force should " + b("develop its understanding of the links") + ".",
     BP, "9th November 2017", C_NEW),
    ("leg17f_1", 8560, "leg17f", AFI, "The force should " + b("ensure all staff have received at least") + ".",
     BP, "12th December 2017", C_NEW),
    ("leg17f_2", 8561, "leg17f", AFI, "The force should " + b("make sure it provides a confidential way") + ".",
     CO, "4th November 2021", C_DONE),
    ("e17_1", 8790, "e17", AFI, "The force should " + b("review its approach to reports of missing children") + ".",
     BP, "22nd March 2018", C_NEW),
    ("e17_2", 8791, "e17", AFI, "The force should " + b("improve its understanding of suspects released") + ".",
     BP, "22nd March 2018", C_NEW),
    ("e17_3", 8792, "e17", AFI, "The force should " + b("improve its ability to retrieve digital evidence") + ".",
     BP, "22nd March 2018", C_NEW),
    ("e17_4", 8793, "e17", AFI, "The force should " + b("improve the supervision of investigations, so that") + ".",
     CO, "4th November 2021", C_DONE),
    ("p18_coc", 9403, "p18", COC, cause("The force does not have suitable arrangements"), BP, "2nd May 2019", C_NEW),
    ("p18_1", 9404, "p18", REC,
     "HMIC recommends that the force should immediately:" + b("agree arrangements with") + "; and",
     CO, "27th February 2020", C_DONE),
    ("p18_2", 9405, "p18", REC,
     "HMIC recommends that the force should immediately:" + b("clearly define its new operating model") + ";",
     BP, "2nd May 2019", C_NEW),
    ("p18_3", 9406, "p18", REC,
     "HMIC recommends that the force should immediately: " + b("expand the skills project work") + ";",
     BP, "2nd May 2019", C_NEW),
    ("p18_4", 9407, "p18", REC,
     "HMIC recommends that the force should immediately: " + b("conduct a review, involving its partners") + ".",
     BP, "2nd May 2019", C_NEW),
    ("p18_5", 9408, "p18", REC,
     "HMIC recommends that the force should immediately:" + b("improve its arrangements both to consult") + ".",
     CO, "27th February 2020", C_DONE),
    ("p18_6", 9409, "p18", REC,
     "HMIC recommends that within six months the force should: " + b("ensure regular and active supervision") + ";",
     BP, "2nd May 2019", C_NEW),
    ("cdi_1", 9821, "cdi19", REC, "Immediately, the force should " + F.CDI_VICTIMS_BODY + ".",
     BP, "19th September 2019", C_NEW),
    ("cdi_2", 9822, "cdi19", AFI, "The force should " + b("take steps to ensure it fully complies with national crime") + ".",
     CO, "1st December 2021", C_DONE),
    ("p21_1", 12614, "p21", AFI, "The force should " + topic("improve its understanding of the nature", "fraud") + ".",
     BP, "17th May 2022", C_NEW),
    ("p21_2", 12615, "p21", AFI, "The force should " + topic("make sure victims of {t} are kept", "stalking and harassment") + ".",
     BP, "17th May 2022", C_NEW),
    ("p21_3", 12616, "p21", AFI, "The force should " + topic("improve the timeliness", "people with mental ill health") + ".",
     BP, "17th May 2022", C_NEW),
    ("p21_4", 12617, "p21", AFI, "The force should " + topic("make sure investigations of", "rape and serious sexual offences") + ".",
     CO, "6th March 2024", C_AUTH),
    ("p21_5", 12618, "p21", AFI, "The force should " + topic("improve how it gathers", "county lines drug dealing") + ".",
     BP, "17th May 2022", C_NEW),
    ("p21_6", 12619, "p21", AFI, "The force should " + b("make sure the corporate risk register") + ".",
     AR, "17th May 2022", C_NEW),
    ("p23_1", 15032, "p23", AFI, "The force should " + b("make sure it provides accessible information") + ".",
     AR, "10th September 2024", C_NEW),
    ("p23_2", 15033, "p23", AFI, "The force should " + b("review how it gathers and uses equality") + ".",
     AR, "10th September 2024", C_NEW),
    ("p23_3", 15034, "p23", AFI, FORCE + " should " + b("develop a clear prevention strategy") + ".",
     AR, "10th September 2024", C_NEW),
    ("p23_4", 15035, "p23", AFI, "The force should " + b("make sure all processes in place to support") + ".",
     AR, "10th September 2024", C_NEW),
]
HK = {h[0]: h for h in H}
assert len(HK) == len(H)
# "topic()" above uses a start that contains {t} for one entry; make sure it resolved
assert "{t}" not in HK["p21_2"][4]

# Export order: by publication date, then id (the online register lists by report)
from datetime import datetime  # noqa: E402
import re  # noqa: E402


def pdate(s):
    return datetime.strptime(re.sub(r"(\d+)(st|nd|rd|th)", r"\1", s), "%d %B %Y")


H_SORTED = sorted(H, key=lambda h: (pdate(REPORTS[h[2]][1]), h[1]))
HROW = {}
with open(OUT / "hmicfrs.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
    w.writerow(["id", "force", "report", "published", "type", "recommendation", "status",
                "status_updated", "latest_comment"])
    for i, h in enumerate(H_SORTED):
        key, hid, rep, typ, text, st, sd, com = h
        w.writerow([hid, FORCE, REPORTS[rep][0], REPORTS[rep][1], typ, text, st, sd, com])
        HROW[key] = f"hmicfrs.csv!{i + 2}"

# ---------------------------------------------------------------------------------------------
# Force tracker. Each item row: (ref, detail lines, owner, position)
# plus (hkey or None, category, why). Detail lines are joined with "\n" inside the cell.

ROWS = []  # layout entries


def title(t):
    ROWS.append(("title", t))


def blank():
    ROWS.append(("blank",))


def section(t):
    ROWS.append(("section", t))


def header():
    ROWS.append(("header",))


def note(t):
    ROWS.append(("note", t))


def item(ref, lines, owner, pos, hkey, cat, why):
    ROWS.append(("item", ref, "\n".join(lines), owner, pos, hkey, cat, why))


title("WARWICKSHIRE POLICE – HMICFRS RECOMMENDATIONS AND AREAS FOR IMPROVEMENT")
title("Tracker held by Strategic Planning & Performance (J. Rees). Position as at 31 January 2025.")
note("Ref = HMICFRS register number where we have it, otherwise our own WK/yy/nn number. "
     "Please send updates to the Strategic Planning inbox rather than editing this sheet.")
blank()
header()

section("NATIONAL / THEMATIC REPORTS (ALL FORCES)")
S13 = "Stop & Search powers (HMIC 2013) – published July 2013"
item(None, [S13, "Rec 1 – CCs and the College of Policing should set out in the S&S APP a clear "
     "specification of what constitutes effective & fair use of S&S powers, with guidance. Must be "
     "compliant with the Code of Practice."], "ACC Local Policing", "Complete",
     "sas13_1", "in_sync", "Register complete; tracker Complete: closed on both sides.")
item(None, [S13, "Rec 2 – CCs should establish or improve monitoring of the way officers stop & search "
     "people, so they are satisfied officers act in accordance with the law (incl. equality legislation "
     "& the Code) and the power is used effectively to prevent crime, catch criminals & maintain public trust.",
     "Update (Jun 2021): S&S scrutiny framework refreshed; monthly dip-sampling by the Fairness & Legitimacy "
     "Board. Further review planned after the police powers spotlight report."],
     "C/Supt Bell", "In progress",
     "sas13_2", "closeable_local", "Register complete (3 June 2015); tracker still In progress: close locally.")
item(None, ["Stop & search powers 2 – published 24/03/2015",
     "Recommendation 1 – CCs should, in consultation with PCCs, comply with the Code of Practice by "
     "explaining to the public how S&S powers are used in their areas & arranging for S&S records to be "
     "scrutinised by community reps (involving people who are stopped & searched e.g. young people)."],
     "ACC Local Policing", "Complete",
     "sas15", "in_sync", "Stop and search powers 2 (2015) item, 'in consultation with PCCs'; register "
     "complete, tracker Complete. (The near-identical 2013 rec 'elected local policing bodies' is not tracked.)")
item(2321, ["Everyone's Business: Improving the police response to domestic abuse – March 2014",
     "National recommendation – By September 2014 every force should establish and publish an action plan "
     "specifying what steps it will take to improve its approach to DA. Plan to be developed:",
     "• in consultation with PCCs, DA support orgs & victims' reps;",
     "• after considering all recs in the report;",
     "• with reference to DHRs & IPCC findings;",
     "• drawing on CPS scrutiny panels & MARAC self-assessments.",
     "Update (Feb 2018): DA action plan published 2014 and refreshed annually. HMICFRS now inspects DA "
     "through PEEL effectiveness."], "Ch Supt Public Protection", "Superseded",
     "everyone", "in_sync", "Register complete with the 'subsequently been inspected in PEEL Effectiveness' "
     "(superseded) comment; tracker Superseded: closed on both sides.")
PA = "Policing in Austerity: Meeting the Challenge (July 2014)"
item(None, [PA, "Rec 1 – All CCs & PCCs should review plans to deliver savings so they are doing all they "
     "can to continue to reduce crime & protect the front line while balancing budgets (use HMIC VfM profiles)."],
     "Director of Finance", "Complete",
     "aust_1", "in_sync", "Register complete; tracker Complete.")
item(None, [PA, "Rec 4 – In preparation for the next spending round review plans for collaboration: scope for "
     "better VfM & improved capability/capacity through joint working with other forces, the public and/or "
     "private sector.",
     "Update (Nov 2020): Alliance with West Mercia ended Oct 2019. New collaboration strategy agreed by the "
     "PCC and the regional collaboration board. This action is now complete."],
     "Director of Finance", None,
     "aust_4", "closeable_submit", "Register being-progressed; Position blank but the Nov 2020 update in the "
     "Detail cell says 'This action is now complete': force done, submit for closure.")
CB = "HMIC Core Business – published 4 September 2014"
item(4822, [CB, "Recommendation – Not later than 31 March 2015 forces using a THR policy should provide "
     "call-handlers with specific, sound & comprehensible criteria to assess threat, harm & risk."],
     "Supt Contact Centre", "Complete",
     "core_1", "in_sync", "Ref 4822 = register id; register complete (superseded comment); tracker Complete.")
item(4823, [CB, "Recommendation – By 31 March 2015 all forces should ensure crime prevention/disruption "
     "activity is systematically recorded and subsequently evaluated to determine the effectiveness of tactics.",
     "Update (Jan 2023): Problem-solving (POP) database records prevention activity; evaluation framework "
     "still being developed with the Evidence Based Policing team."],
     "ACC Local Policing", "In progress",
     "core_2", "in_sync", "Ref 4823; register being-progressed; tracker In progress: open on both sides.")
item(902, ["Integrity Matters (Jan 2015)",
     "By 31 Aug 2015 all CCs should satisfy themselves that investigations into misconduct by officers & staff "
     "resulting in 'no further action' are fair and free of any form of discrimination.",
     "Update (Mar 2022): PSD disproportionality review of NFA outcomes commissioned – due to report to the "
     "Ethics Committee."], "Head of Professional Standards", "Open - Actions on going on track",
     "integ", "closeable_local", "Ref 902; register complete (April 2017); tracker still open: close locally.")
FA = "Targeting the Risk (Firearms Licensing) – published 15/09/2015"
item(None, [FA, "Rec 1 – Within 3 months assess how well governance of firearms licensing meets the standards "
     "in APP; where not complied with, put the correct arrangements in place immediately."],
     "Supt Firearms Licensing", "Complete",
     "fa_1", "in_sync", "Register complete; tracker Complete.")
item(None, [FA, "Rec 2 – Within three months assess the demand on the firearms licensing dept and ensure it "
     "has capacity to meet it and provide an efficient & effective service at all times.",
     "Update (Oct 2024): Additional FEU posts recruited; backlog of renewals cleared Sept 2024."],
     "Supt Firearms Licensing", "pending sign off",
     "fa_2", "closeable_submit", "Register being-progressed; tracker 'pending sign off' (force says done): "
     "submit for closure once signed off.")
item(None, [FA, "Rec 3 – Immediately satisfy ourselves that all appropriate action is being taken with regard "
     "to 'total expired' licensing records.",
     "Update (Mar 2016): All total expired records reviewed and actioned by FEU. This action is now complete."],
     "Supt Firearms Licensing", None,
     "fa_3", "in_sync", "Register complete; Position blank but the update says the action is complete: "
     "closed on both sides.")
item(None, [FA, "Rec 4 – Within 3 months ensure temporary permits are used in line with HO guidance, recorded "
     "without delay on NFLMS, and that systems exist so certificate holders are not at any time in unlawful "
     "possession of a firearm."],
     "Supt Firearms Licensing", "In Progress",
     "fa_4", "in_sync", "Register being-progressed; tracker In Progress.")
item(None, [FA, "Rec 5 – Within six months all CCs should ensure systems to identify, before police attend, "
     "whether an incident involves or is at the address of a firearm certificate holder are in place & always "
     "applied by dispatchers; officers understand the risk assessment & their power to seize firearms & "
     "certificates."],
     "Supt Contact Centre", "In progress",
     "fa_5", "conflict", "Timescale differs: register text says 'Within three months', tracker says "
     "'Within six months' (both open).")
SF = "Stolen Freedom: the policing response to MSHT – published 24 October 2017"
item("SF1a", [SF, "Recommendation 1 (part 1 of 2) – Within 12 months review MSHT leadership & goverance to "
     "ensure: senior leaders prioritise the response to MSHT; every incident identified is allocated "
     "appropriate resources with the skills, experience & capacity to investigate it effectively.",
     "Update (Jun 2019): DCI appointed as force MSHT lead; all MSHT crimes now allocated to CID. Complete."],
     "Det Ch Supt Force CID", "Complete",
     "sf_1", "in_sync", "Part 1 of the 4-bullet leadership rec (bullets 1-2), done; part 2 (SF1b) still "
     "In progress so the item is open; register being-progressed: in_sync.")
item("SF1b", ["Stolen Freedom – as above",
     "Recommendation 1 (part 2 of 2) – effective partnership arrangements to co-ordinate activity, share "
     "information & safeguard victims; performance & QA measures so senior leaders can assess the service "
     "provided to victims.",
     "Update (Jan 2023): Regional MSHT partnership meeting set up; QA framework still in development."],
     "Head of Intelligence", "In progress",
     "sf_1", "in_sync", "Part 2 of the leadership rec (bullets 3-4), In progress; item open on both sides.")
item(None, ["Stolen Freedom – as above",
     "Rec 2 – Within 6 months have active ISAs in place with other agencies for speedy exchange of "
     "intelligence, to safeguard victims better & identify suspects as early as possible."],
     "Head of Intelligence", "Open - Actions on going on track",
     "sf_2", "in_sync", "Register being-progressed; tracker open. 'Within 6 months' = 'Within six months'.")
SF2 = "Stolen Freedom (MSHT) 2017"
item(None, [SF2, "Rec 3 – Immediately ensure all victims carrying out criminal acts under compulsion "
     "attributable to slavery/exploitation are afforded early & continuing consideration of the s45 defence."],
     "Head of Criminal Justice", "Complete",
     "sf_3", "in_sync", "Register complete; tracker Complete.")
item(None, [SF2, "Rec 4 – Immediately ensure full compliance with the NRM process as it evolves and the duty "
     "to notify the HO of any individual suspected to be an adult victim of MSHT.",
     "Update (May 2019): Duty to notify process embedded in the Crime Bureau; NRM SPOC in place."],
     "Det Ch Supt Force CID", "Complete",
     "sf_4", "closeable_submit", "Register being-progressed; tracker Complete: submit for closure.")
item(None, [SF2, "Rec 5 – Immediately ensure full compliance with NCRS for MSHT offences & sufficient audit "
     "capacity for the FCR to identify gaps in recording accuracy for these offences."],
     "Force Crime Registrar", "Open - Actions on going off track",
     "sf_5", "in_sync", "National MSHT NCRS rec (not the CDI 2019 AFI); register being-progressed; tracker open.")
item(None, [SF2, "Rec 7 – Immediately review use of preventative powers under the MSA 2015 (STPOs/SRPOs) so "
     "opportunities to restrict those posing a clear threat to others are exploited."],
     "Det Ch Supt Force CID", "In progress",
     "sf_7", "closeable_local", "Register complete (authorised for closure Jan 2020); tracker In progress: "
     "close locally.")
item(None, ["PEEL Efficiency 2017 - national (Nov 2017)",
     "National recommendation – By September 2018 CCs should produce an ambitious plan to improve "
     "digitally-enabled services within their force.",
     "Update (Sep 2018): Digital Services Strategy 2018-21 approved at Force Executive Board."],
     "Head of Corporate Development", "Complete",
     "efc17", "closeable_submit", "Register being-progressed; tracker Complete (abridged: the HO/NPCC "
     "sentence is dropped): submit for closure.")
LG = "PEEL Legitimacy 2017 (national) – published Dec 2017"
item(8541, [LG, "Cause of concern – HMICFRS is concerned forces can't demonstrate that use of S&S powers is "
     "consistently reasonable & fair; over-representation of BAME people, and black people in particular, "
     "which many forces are unable to explain."],
     "C/Supt Bell", "In progress",
     "leg17_coc", "in_sync", "Ref 8541; cause of concern on both sides; both open.")
item(8542, [LG, "Recommendation 1 – By July 2018 regularly & frequently monitor a comprehensive set of S&S "
     "data to understand: • reasons for disproportionate representation of ethnic groups; • find rates by "
     "ethnicity & search type (incl. drug possession vs supply); • prevalence of possession-only drug searches "
     "vs local/force priorities.",
     "Update (Aug 2018): S&S dashboard live on Qlik; reviewed monthly at the Fairness & Legitimacy Board."],
     "C/Supt Bell", "Complete",
     "leg17_1", "closeable_submit", "Ref 8542; register being-progressed; tracker Complete: submit for closure.")
item(8543, [LG, "Recommendation 2 – Where monitoring identifies disparities, demonstrate to the public that we "
     "have researched & analysed the reasons, and taken action to reduce the disparity where necessary."],
     "C/Supt Bell", None,
     "leg17_2", "in_sync", "Ref 8543; register being-progressed; tracker Position blank and no update: "
     "nothing says done, so open: in_sync.")
item(8545, [LG, "Recommendation 4 – By July 2018 (and ongoing) all officers who use S&S powers trained on "
     "unconscious bias & CoP APP on S&S."],
     "Head of Learning & Development", "Complete",
     "leg17_4", "in_sync", "Ref 8545; register complete; tracker Complete.")
PW = "Disproportionate use of police powers (spotlight on S&S and use of force) – Feb 2021"
item("WK/21/01", [PW, "Rec 1 – By July 2022 ensure officers & staff have effective communication skills in "
     "line with the National Policing Guidelines on Conflict Management (in addition to existing conflict "
     "management/de-escalation training)."],
     "Head of Learning & Development", "In progress",
     "pow_1", "in_sync", "Register being-progressed; tracker In progress.")
item("WK/21/02", [PW, "Rec 2 – By July 2021 reinforce communication skills through CPD for officers & staff; "
     "supervisors supported to routinely debrief officers on these skills using BWV footage.",
     "Update (Oct 2022): BWV debrief guidance issued to all sergeants and communication skills input added to "
     "CPD days. Action complete – evidence pack with the DCC for sign off."],
     "Head of Learning & Development", None,
     "pow_2", "closeable_submit", "Register being-progressed; Position blank but the update says 'Action "
     "complete – evidence pack with the DCC for sign off': force done, submit for closure.")
item("WK/21/03", [PW, "Rec 3 – By Sept 2021: (a) record the entirety of all S&S encounters on BWV incl. traffic "
     "stops & use of force; (b) structured process to review a sufficient sample of BWV footage internally; "
     "(c) give external scrutiny panel members access to samples of BWV footage (APP safeguards)."],
     "C/Supt Bell", "Open - Actions on going on track",
     "pow_3", "in_sync", "All three parts of the BWV rec in one row; both open.")
item("WK/21/05", [PW, "Rec 5 – By July 2021 effective internal monitoring of use of force to identify & "
     "understand disproportionate use, explain reasons and implement improvement action."],
     "C/Supt Bell", "Complete",
     "pow_5", "in_sync", "Register complete; tracker Complete.")
blank()

section("WARWICKSHIRE INSPECTIONS (PEEL, CRIME DATA INTEGRITY)")
item(None, ["PEEL: Police legitimacy 2015 – published February 2016",
     "AFI 1: The force should put plans in place to monitor, incl. through gathering & analysis of staff "
     "feedback, team cultures and provide prompt remedial action for any issues it identifies."],
     "Director of People", "Complete",
     None, "not_on_hmicfrs_list", "Old PEEL legitimacy 2015 AFI, Complete; no such item on the HMICFRS list "
     "(closed and dropped from the register).")
E16 = "PEEL: Police effectiveness 2016 – published March 2017"
item(6971, [E16, "Cause of concern – The force's response to DA. Policy allowing officer discretion to complete "
     "DASH in some crimes/incidents does not give confidence risk is always assessed; officers not "
     "consistently completing DASH where policy requires."],
     "Ch Supt Public Protection", "Complete",
     "e16_coc", "in_sync", "Ref 6971; register complete; tracker Complete.")
item(6972, [E16, "Recommendation 1 – Within 3 months ensure effective supervison of the initial risk "
     "assessment process, specifically completion of DASH in appropriate cases.",
     "Update (Sep 2017): DASH supervision audit in place; compliance 87%. Further dip sampling planned."],
     "Ch Supt Public Protection", "In progress",
     "e16_r1", "closeable_local", "Ref 6972; register complete (authorised for closure June 2018); tracker "
     "In progress: close locally.")
item(6973, [E16, "Recommendation 2 – Within six months the force should consider ways of increasing the use of "
     "arrest, ancillary orders & other powers to improve the service to DA victims, offer the best protection "
     "and bring more perpetrators to justice.",
     "Update (Jan 2023): DVPN/DVPO use up 40%; positive action policy relaunched. Evidence submitted to the DCC."],
     "Ch Supt Public Protection", "Complete",
     "e16_r2", "closeable_submit", "Ref 6973; register being-progressed; tracker Complete.")
item(None, [E16, "AFI 3: The force should improve its understanding of suspects released under investigation "
     "(RUI) and the management of those released on bail.",
     "Update (Jan 2023): RUI reviews added to the daily management meeting; bail management unit being scoped."],
     "Head of Criminal Justice", "In progress",
     "e17_2", "conflict", "Different report and date: tracker files the RUI/bail AFI under PEEL effectiveness "
     "2016 (published March 2017); the register has it under PEEL: Police effectiveness 2017, published "
     "22 March 2018 (both open).")
E17 = "PEEL: Police effectiveness 2017 – published March 2018"
item(None, [E17, "AFI 1: The force should review its approach to reports of missing children & ensure: "
     "• call takers understand & use the missing/absent category properly; • call takers & frontline staff can "
     "identify CSE risk factors and respond; • supervisors provide correct oversight of missing enquiries."],
     "Ch Supt Public Protection", "In progress",
     "e17_1", "in_sync", "Register being-progressed; tracker In progress.")
item(8792, [E17, "AFI 2: The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers & other devices quickly enough so investigations are not delayed.",
     "Update (Nov 2024): Digital Forensic Unit backlog now under 30 days; kiosks in all hubs."],
     "Det Ch Supt Force CID", "pending sign off",
     "e17_3", "closeable_submit", "Ref 8792; register being-progressed; tracker pending sign off (force done).")
item(None, [E17, "AFI 4: The force should improve the supervison of investigations so investigation plans are "
     "set, reviewed & recorded and victims receive a consistently good service."],
     "Det Ch Supt Force CID", "Complete",
     "e17_4", "in_sync", "PEEL effectiveness 2017 AFI (not the 2018/19 'regular and active supervision' rec); "
     "register complete; tracker Complete.")
EF = "PEEL: Police efficiency 2017 – published November 2017"
item(None, [EF, "AFI 1: Undertake further work to gain a fuller understanding of current demand for its "
     "services, and likely future changes in demand, so it can make best use of resources by matching them "
     "to demand."],
     "Head of Corporate Development", "Complete",
     "eff17_1", "in_sync", "Register complete; tracker Complete.")
item(None, [EF, "AFI 2: Develop a future workforce plan aligned with overall demand & budget – incl. future "
     "resource allocations, mix of skills required and behaviours expected.",
     "Update (Jan 2023): Strategic Workforce Plan 2023-26 drafted; skills audit ongoing."],
     "Director of People", "Open - Actions on going on track",
     "eff17_2", "in_sync", "Register being-progressed; tracker open.")
LF = "PEEL: Police legitimacy 2017 – published December 2017"
item(None, [LF, "AFI 1: The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear the vetting backlog and new vetting "
     "renewals when they bec…",
     "Update (Aug 2019): Backlog cleared March 2019. Evidence submitted to HMICFRS for closure."],
     "Head of Professional Standards", None,
     "leg17f_1", "closeable_submit", "Register being-progressed; Position blank, update says evidence "
     "submitted to HMICFRS for closure: force done.")
item(None, [LF, "AFI 2: Make sure the force provides a confidential way for staff to raise concerns and that "
     "staff are aware of whistleblowing processes.",
     "Update (Mar 2020): Integrity line relaunched; awareness campaign planned for 2020/21."],
     "Head of Professional Standards", "In Progress",
     "leg17f_2", "closeable_local", "Register complete (Nov 2021); tracker In Progress: close locally.")
P18 = "PEEL 2018/19 – Warwickshire (published 2 May 2019)"
item("WK/19/CoC", [P18, "Cause of concern: The force does not have suitable arrangements in place to make sure "
     "it can maintain the full range of public services when its alliance with West Mercia Police ends. Gaps "
     "in workforce skills assessment; weaknesses in investigative approach & safeguarding vulnerable people.",
     "Update (Jan 2023): Post-alliance operating model in place since Oct 2019; HMICFRS revisit awaited."],
     "DCC", "In progress",
     "p18_coc", "in_sync", "Cause of concern on both sides; both open.")
item("WK/19/01", [P18, "Recommendation 1 – Immediately agree arrangements with West Mercia Police to secure a "
     "smooth transition to the future operating model with no disruption to public services."],
     "DCC", "Complete",
     "p18_1", "in_sync", "Register complete; tracker Complete.")
item("WK/19/02", [P18, "Recommendation 2 – Immediately clearly define the new operating model, ensuring all "
     "operational & support services are affordable and fit to protect the communities of Warwickshire.",
     "Update (Oct 2019): New operating model went live 7 October 2019."],
     "DCC", "Complete",
     "p18_2", "closeable_submit", "Register being-progressed; tracker Complete.")
item("WK/19/03", [P18, "AFI 3: The force should expand the skills project work to include an assessment of all "
     "skills, not only operational, incl. future skills requirements. This assessment should inform workforce "
     "plans."],
     "Director of People", "In progress",
     "p18_3", "conflict", "Type differs: the register has it as a Recommendation ('HMIC recommends that the "
     "force should immediately: expand the skills project work…'); the tracker labels it 'AFI 3'.")
item("WK/19/04", [P18, "Recommendation 4 – Immediately conduct a review, involving partners, of the approach "
     "to vulnerability to better safeguard vulnerable people.",
     "Update (Mar 2024): Partnership vulnerability review under way with the county council; covered by the "
     "Vulnerability Improvement Delivery Plan."],
     "Ch Supt Public Protection", "Open - Actions on going on track",
     "p18_4", "in_sync", "Register being-progressed; tracker open.")
item("WK/19/05", [P18, "Recommendation 5 – Immediately improve arrangements to consult the public about "
     "business planning & to feed back on changes made to service delivery as a result."],
     "Head of Corporate Development", "Complete",
     "p18_5", "in_sync", "Register complete; tracker Complete.")
CD = "Crime Data Integrity inspection 2019 – published Sept 2019"
item(9281, [CD, "Recommendation 1 – Immediately put in place arrangements to ensure that: • at point of report "
     "victims are believed; • call handler/caller conversations summarised accurately in the incident log; "
     "• multiple crimes always recorded; • stop awaiting medical exam/video interview results before recording "
     "decisions; • online crime reports triaged on receipt for ongoing risk.",
     "Update (Jan 2023): Crime recording accuracy 91% (Jan audit). Online triage in place; call summaries still "
     "inconsistent."],
     "Force Crime Registrar", "In progress",
     "cdi_1", "conflict", "Reference differs: tracker Ref 9281, register id 9821 (digits transposed; no 9281 on "
     "the list); same report and text; both open.")
item(9822, [CD, "AFI 1: The force should take steps to ensure it fully complies with NCRS requirements for "
     "offences identified as MSHT."],
     "Force Crime Registrar", "Complete",
     "cdi_2", "in_sync", "Ref 9822 (CDI 2019 AFI, not the national Stolen Freedom NCRS rec); register complete; "
     "tracker Complete.")
blank()
P21 = "PEEL 2021/22 – published May 2022"
item("WK/22/01", [P21, "AFI 1: The force should improve its understanding of the nature and scale of fraud in "
     "its area."],
     "Det Ch Supt Force CID", "In progress",
     "p21_1", "in_sync", "Register being-progressed; tracker In progress.")
item("WK/22/02", [P21, "AFI 2: Make sure victims of stalking & harassment are kept informed about the progress "
     "of their case in line with the Victims' Code.",
     "Update (Jun 2024): Victim update compliance now 92% (Athena audit). Complete."],
     "Ch Supt Public Protection", "Complete",
     "p21_2", "closeable_submit", "Register being-progressed; tracker Complete.")
item("WK/22/03", [P21, "AFI 3: The force should improve the timeliness of its response to calls for service "
     "involving people with mental ill health.",
     "Update (Jan 2023): Right Care Right Person scoping started; call-handling review ongoing with the ICB."],
     "Supt Contact Centre", None,
     "p21_3", "in_sync", "Register being-progressed; Position blank, update describes work still ongoing: "
     "open on both sides.")
item("WK/22/04", [P21, "AFI 4: The force should make sure investigations of rape and serious sexual offences "
     "are allocated to officers with the right skills and are effectively supervised.",
     "Update (Apr 2024): Op Soteria roll-out continues; RASSO team uplift approved."],
     "Det Ch Supt Force CID", "In progress",
     "p21_4", "closeable_local", "Register complete (authorised for closure March 2024); tracker In progress: "
     "close locally.")
item("WK/22/05", ["Force action – arising from PEEL 2021/22 debrief (not an HMICFRS AFI)",
     "Task & Finish group to review the stalking and harassment policy and report to the Force Executive Team."],
     "Ch Supt Public Protection", "Complete",
     None, "not_on_hmicfrs_list", "Force's own action after the PEEL debrief; not on the HMICFRS list.")
item("WK/22/07", [P21, "AFI 5: The force should improve how it gathers, assesses and acts on intelligence about "
     "county lines drug dealing."],
     "Head of Intelligence", "Open - Actions on going on track",
     "p21_5", "in_sync", "Register being-progressed; tracker open.")
item("WK/22/08", [P21, "AFI 6: Make sure the corporate risk register is actively used to mitigate & manage "
     "known risks.",
     "Update (Dec 2024): Risk register reviewed quarterly at Force Executive Board since April 2024."],
     "Head of Corporate Development", "pending sign off",
     "p21_6", "closeable_submit", "Register awaiting-review (open); tracker pending sign off (force done).")
P23 = "PEEL 2023-25 – published Sept 2024 (NEW)"
item(None, [P23, "AFI 1 – The force should make sure it provides accessible information for all staff and "
     "members of the public on how they can raise concerns and access confidential support (including through "
     "external agencies)."],
     None, "awaiting allocation",
     "p23_1", "in_sync", "Register awaiting-review; tracker awaiting allocation: open on both sides.")
item(None, [P23, "AFI 3 – Warwickshire Police should develop a clear prevention strategy targeting people most "
     "at risk and make sure activity…"],
     "ACC Local Policing", "In progress",
     "p23_3", "in_sync", "Text truncated in the tracker; register awaiting-review; tracker In progress.")
blank()

section("OTHER ACTIONS – CUSTODY, INTERNAL AUDIT, JAC")
item(None, ["HMICFRS/HMIP unannounced inspection of police custody suites in Warwickshire – published Aug 2022",
     "Recommendation 1 – In conjunction with children's social care, review how the force manages the "
     "detention of children. As a minimum:",
     "• children only detained when absolutely necessary & for the minimum time;",
     "• early assessment of a child's need for alternative accommodation;",
     "• record all actions & decisions;",
     "• improve timeliness of appropriate adult support."],
     "Ch Insp Custody", "In progress",
     None, "not_on_hmicfrs_list", "Joint custody inspection recommendation; not on the HMICFRS list.")
item("WK/21/11", ["Force improvement plan 2021 (hate crime)",
     "Force improvement plan: Appoint a single point of contact for hate crime in each local policing area."],
     "ACC Local Policing", "Complete",
     None, "not_on_hmicfrs_list", "Force's own improvement-plan action.")
item("IA 23/24-05", ["Internal Audit – Firearms Licensing (final report Oct 2023)",
     "Internal audit action: Internal audit of the firearms licensing governance arrangements (audit plan "
     "2023/24) – 3 medium priority actions agreed with FEU."],
     "Supt Firearms Licensing", "In progress",
     None, "not_on_hmicfrs_list", "Internal audit action, not an HMICFRS item (the firearms governance rec "
     "5980 is tracked separately above).")
item("JAC 11/24", ["Joint Audit Committee – action log, November 2024",
     "JAC action: Add violence against women and girls measures to the monthly Force Performance pack.",
     "Update (Jan 2025): VAWG measures included from the December pack. This action is now complete."],
     "Head of Corporate Development", None,
     None, "not_on_hmicfrs_list", "JAC action, not an HMICFRS item.")
blank()
note("Position key: Complete – all actions delivered (evidence held); pending sign off – with chief officer "
     "lead for sign off; In progress / Open – actions on going; awaiting allocation – no owner yet; "
     "Superseded – replaced by later inspection.")
note("Where Position is blank see the latest update in the Detail column.")

# ---------------------------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
SHEET = "HMICFRS Tracker"
ws.title = SHEET
ws.column_dimensions["A"].width = 13
ws.column_dimensions["B"].width = 100
ws.column_dimensions["C"].width = 26
ws.column_dimensions["D"].width = 24
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
top_wrap = Alignment(wrap_text=True, vertical="top")
FILL = {
    "Complete": "C6EFCE", "Superseded": "D9D9D9", "pending sign off": "C6EFCE",
    "In progress": "FFEB9C", "In Progress": "FFEB9C", "Open - Actions on going on track": "FFEB9C",
    "Open - Actions on going off track": "FFC7CE", "awaiting allocation": "FFFFFF",
}

truth = []
r = 0
for e in ROWS:
    r += 1
    kind = e[0]
    if kind == "title":
        ws.cell(r, 1, e[1]).font = Font(bold=True, size=13 if r == 1 else 11)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    elif kind == "note":
        c = ws.cell(r, 1, e[1])
        c.font = Font(italic=True, size=9)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.row_dimensions[r].height = 27
    elif kind == "blank":
        pass
    elif kind == "header":
        for j, h in enumerate(["Ref", "Detail", "Owner", "Position"], 1):
            c = ws.cell(r, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="1F3864")
            c.border = box
        header_row = r
    elif kind == "section":
        c = ws.cell(r, 1, e[1])
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    elif kind == "item":
        _, ref, detail, owner, pos, hkey, cat, why = e
        vals = [ref, detail, owner, pos]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.alignment = top_wrap
            c.border = box
        if pos in FILL:
            ws.cell(r, 4).fill = PatternFill("solid", fgColor=FILL[pos])
        nlines = sum(1 + len(x) // 95 for x in detail.split("\n"))
        ws.row_dimensions[r].height = 15 * nlines
        truth.append((HROW[hkey] if hkey else "", f"{SHEET}!{r}", cat, why, hkey))
ws.freeze_panes = ws.cell(header_row + 1, 1)
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1

log = wb.create_sheet("Change log")
for rr in [("Date", "Change", "By"),
           ("12/03/2019", "Tracker moved from the Word document into Excel", "JR"),
           ("02/05/2019", "PEEL 2018/19 cause of concern and recommendations added", "JR"),
           ("17/05/2022", "PEEL 2021/22 AFIs added (WK/22/nn)", "JR"),
           ("14/10/2024", "PEEL 2023-25 added – owners still to be allocated", "JR"),
           ("31/01/2025", "Updates for JAC February 2025", "JR")]:
    log.append(rr)
log.column_dimensions["A"].width = 12
log.column_dimensions["B"].width = 60
wb.save(OUT / "tracker.xlsx")

# Items the force lost: on the list, not in the tracker
tracked = {t[4] for t in truth if t[4]}
LOST_WHY = {
    "sas13_3": "2013 stop and search rec ('in consultation with elected local policing bodies'), complete on "
               "the register; the force tracks only the 2015 near-duplicate.",
    "picture": "Building the picture (information management APP audits), being-progressed; no tracker row.",
    "sf_6": "Stolen Freedom rec 6 (MSHT allegations thoroughly investigated and supervised), being-progressed; "
            "tracker jumps from Rec 5 to Rec 7.",
    "eff17_3": "PEEL efficiency 2017 AFI (links between outcomes, outputs and costs), being-progressed; "
               "no tracker row.",
    "p18_6": "PEEL 2018/19 rec 'within six months … regular and active supervision … properly recorded', "
             "being-progressed; no tracker row (WK/19/05 is the last).",
    "p23_2": "PEEL 2023/25 AFI (equality and diversity data), awaiting-review; tracker has AFI 1 and AFI 3 only.",
    "p23_4": "PEEL 2023/25 AFI (performance management processes), awaiting-review; not in the tracker.",
}
assert set(HK) - tracked == set(LOST_WHY), set(HK) - tracked
for k in LOST_WHY:
    truth.append((HROW[k], "", "missing_from_force", LOST_WHY[k], k))


def sort_key(t):
    h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
    f = int(t[1].split("!")[1]) if t[1] else 0
    return (h, f)


truth.sort(key=sort_key)
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t[:4])

# Summary for the README
from collections import Counter  # noqa: E402
cats = Counter(t[2] for t in truth)
n_force_items = sum(1 for e in ROWS if e[0] == "item")
print("HMICFRS items:", len(H), "force item rows:", n_force_items, "tracker rows:", r,
      "truth lines:", len(truth))
print(dict(cats))
