"""Build the evaluation case `struck_through_done` (round 27).

A Cheshire Constabulary HMICFRS tracker on which the Organisational Learning team marks an item
closed by STRIKING THROUGH its text (font strikethrough) rather than keeping a status column.
Several hands over ten years: whole-row strikes (2015-18), text-only strikes with a stale RAG
(2019-21), text strike + grey row (2022-25); strikes that mean "superseded" or "moved to another
plan" rather than done; struck old dates, leads and updates; partial strikes inside a cell.

Run:  /work/main/.venv/bin/python build_struck_through_done.py
Rebuilds struck_through_done/ byte for byte (fixed seed, fixed zip timestamps and core props).
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

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill

# Load only the text lists (reconcile/casegen/texts) as a stand-alone package, without
# importing the rest of the reconcile package.
sys.dont_write_bytecode = True
_TEXTS = Path("/work/main/reconcile/casegen/texts")
_spec = importlib.util.spec_from_file_location("casetexts", _TEXTS / "__init__.py",
                                               submodule_search_locations=[str(_TEXTS)])
_mod = importlib.util.module_from_spec(_spec)
sys.modules["casetexts"] = _mod
_spec.loader.exec_module(_mod)
from casetexts import (  # noqa: E402  (text lists only)
    AFI, BODIES, BWV_2021, CAUSES, CDI_VICTIMS_BODY, COC, CONTROL_ROOM, EVERYONE_PLAN,
    EVERYONE_PLAN_RUN_ON, MSHT_NRM, NAT, NATIONAL, REC, SAS_MONITORING_2017, SF_LEADERSHIP,
)

SEED = 20251206
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "struck_through_done"
FORCE = "Cheshire Constabulary"
FIXED_TS = dt.datetime(2025, 11, 14, 9, 30, 0)


def body(sub: str) -> str:
    hits = [b for b in BODIES if sub in b]
    assert len(hits) == 1, (sub, len(hits))
    return hits[0]


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


# --------------------------------------------------------------------------------------------
# Reports (HMICFRS titles and publication dates)
# --------------------------------------------------------------------------------------------
def natrep(key):
    t, (y, m, d), _ = NATIONAL[key]
    return (t, dt.date(y, m, d))


REP = {k: natrep(k) for k in NATIONAL}
REP.update({
    "eff15": ("PEEL: Police efficiency 2015", dt.date(2015, 10, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 21)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26)),
    "cus20": ("Report on an unannounced inspection visit to police custody suites 2020",
              dt.date(2020, 8, 18)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 12)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2024, 2, 8)),
})

# Register reference bases (plain integers, unique across the register, no prefix).
REF_BASE = {"sas13": 1184, "everyone": 2321, "austerity": 2560, "core": 4822, "integrity": 902,
            "sas15": 5131, "picture": 5705, "eff15": 6240, "firearms": 6102, "eff16": 7311,
            "stolen": 8342, "efc17": 8470, "leg17": 8541, "leg17f": 8603, "ncpi18": 9120,
            "peel18": 9688, "cdi19": 10214, "cus20": 11037, "powers": 11802, "peel21": 12655,
            "peel23": 14170}

# --------------------------------------------------------------------------------------------
# Item specifications.  h = HMICFRS side (report key, type, text, status) or None.
# f = list of force rows.  Each force row is a dict; "sheet" is Tracker (default) or Archive.
# style: None | row | text | text_grey | grey | runs_all | partial
# --------------------------------------------------------------------------------------------
AR, BP, C, S, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                     "No further action required")

R = lambda s: ("rich", s)  # noqa: E731  rich text: list of (text, struck)

ITEMS: list[dict] = []


def item(key, h, f, cat, why, block=None):
    ITEMS.append(dict(key=key, h=h, f=f, cat=cat, why=why, block=block))


# ---------------- ARCHIVE sheet (pre-2016 reports, archived 04/2019, hand 1 strikes) ------------
item("sas13_1", ("sas13", NAT, nat("sas13", 0), C),
     [dict(sheet="Archive", no="2013/01", report="Stop and Search 2013", published="Jul-13",
           type="National rec", text=nat("sas13", 0).replace("Chief Constables", "CCs"),
           lead="ACC Local Policing", update="APP published by CoP Jul 2014. Force policy aligned.",
           rag="GREEN", comments="Closed OLB 11/02/2015", style="row")],
     "in_sync", "HMICFRS Complete; archive row struck through (whole row) = closed at OLB")
item("sas13_2", ("sas13", NAT, nat("sas13", 1), C),
     [dict(sheet="Archive", no="2013/02", report="Stop and Search 2013", published="Jul-13",
           type="National rec", text=nat("sas13", 1),
           lead="ACC Local Policing", update="S&S monitoring dashboard live; monthly review at "
           "Stop & Search Board.", rag="GREEN", comments="Closed OLB 11/02/2015", style="row")],
     "in_sync", "HMICFRS Complete; archive row struck = closed")
item("sas13_3", ("sas13", NAT, nat("sas13", 2), S, dt.date(2015, 6, 30)),
     [dict(sheet="Archive", no="2013/03", report="Stop and Search 2013", published="Jul-13",
           type="National rec", text=nat("sas13", 2).replace("stop and search", "S&S"),
           lead="ACC Local Policing", update="Community scrutiny panel set up in each LPU.",
           rag="AMBER", comments="Superseded by S&S 2 (2015) rec - see main tab", style="row")],
     "in_sync", "struck as superseded (force closed); HMICFRS Superseded: closed on both sides; "
     "stale AMBER ignored")
item("everyone", ("everyone", NAT, EVERYONE_PLAN, C),
     [dict(sheet="Archive", no="2014/01", report="Everyone's Business (DA) 2014", published="Mar-14",
           type="National rec", text=EVERYONE_PLAN_RUN_ON, lead="Ch Supt Public Protection",
           update="DA action plan published Sept 2014 and refreshed 2015.", rag="GREEN",
           comments="Closed OLB 09/12/2014", style="row")],
     "in_sync", "force text has the next paragraphs run on (as one source document has it); "
     "struck = closed; HMICFRS Complete")
item("aust_1", ("austerity", NAT, nat("austerity", 0), NFA),
     [dict(sheet="Archive", no="2014/04", report="Policing in Austerity 2014", published="Jul-14",
           type="National rec", text=nat("austerity", 0), lead="Director of Finance",
           update="MTFP reviewed against VfM profiles.", rag="GREEN", comments="", style="row")],
     "in_sync", "HMICFRS No further action required; struck = closed")
item("aust_2", ("austerity", NAT, nat("austerity", 1), NFA),
     [dict(sheet="Archive", no="2014/05", report="Policing in Austerity 2014", published="Jul-14",
           type="National rec", text=nat("austerity", 1).replace(" HMIC will follow up the "
                                                                  "assessments in the autumn.", ""),
           lead="Director of Finance", update="Collaboration with Merseyside reviewed.",
           rag="GREEN", comments="", style="row")],
     "in_sync", "tail sentence dropped by the force (not a fact that matters); closed both sides")
item("aust_3", ("austerity", NAT, nat("austerity", 2), NFA), [],
     "missing_from_force", "never entered on the tracker (neither tab); HMICFRS lists it (closed NFA)")
item("aust_4", ("austerity", NAT, nat("austerity", 3), BP),
     [dict(sheet="Archive", no="2014/06", report="Policing in Austerity 2014", published="Jul-14",
           type="National rec", text=nat("austerity", 3), lead="Director of Finance",
           update="Collaboration strategy agreed with PCC.", rag="GREEN",
           comments="Closed OLB 03/06/2015", style="row")],
     "closeable_submit", "archive row struck = closed at OLB 2015; HMICFRS still Being progressed")
item("core_1", ("core", NAT, nat("core", 0), C),
     [dict(sheet="Archive", no="2014/08", report="Core Business 2014", published="Sep-14",
           type="National rec", text=nat("core", 0), lead="Supt Contact Centre",
           update="THRIVE criteria issued to call handlers Feb 2015.", rag="GREEN",
           comments="Closed OLB 14/04/2015", style="row")],
     "in_sync", "struck = closed; HMICFRS Complete")
item("core_2", ("core", NAT, nat("core", 1), BP), [],
     "missing_from_force", "not on either tab of the tracker; HMICFRS has it open (nobody owns it)")
item("integrity", ("integrity", NAT, nat("integrity", 0), C),
     [dict(sheet="Archive", no="2015/01", report="Integrity Matters 2015", published="Jan-15",
           type="National rec", text=nat("integrity", 0), lead="Head of Professional Standards",
           update="PSD dip-sample of NFA outcomes completed; reported to Ethics Cttee.",
           rag="GREEN", comments="", style="row")],
     "in_sync", "struck = closed; HMICFRS Complete")
item("picture", ("picture", NAT, nat("picture", 0), C),
     [dict(sheet="Archive", no="2015/03", report="Building the Picture 2015", published="Jul-15",
           type="National rec", text=nat("picture", 0).replace("This should include measures to "
                                                              "ensure that categorisation of "
                                                              "records are regularly adjusted.",
                                                              "").strip(),
           lead="Head of Information Management", update="IM audits now go to the Information "
           "Management Board quarterly.", rag="GREEN", comments="Closed OLB 08/03/2016",
           style="row")],
     "in_sync", "struck = closed; HMICFRS Complete (tail sentence dropped on force side)")
EFF15 = [
    ("The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public."),
    "The force should develop its understanding of the links between its outcomes, outputs and costs.",
    ("The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills required "
     "by the workforce and behaviours expected of them."),
]
item("eff15_1", ("eff15", AFI, EFF15[0], S),
     [dict(sheet="Archive", no="2015/05", report="PEEL Efficiency 2015", published="Oct-15",
           type="AFI", text=EFF15[0], lead="Head of Corporate Development",
           update="Demand analysis commissioned; superseded by FMS work.", rag="AMBER",
           comments="Superseded - FMS 2018", style="row")],
     "in_sync", "struck as superseded (closed); HMICFRS Superseded")
item("eff15_2", ("eff15", AFI, EFF15[1], C),
     [dict(sheet="Archive", no="2015/06", report="PEEL Efficiency 2015", published="Oct-15",
           type="AFI", text=EFF15[1], lead="Director of Finance",
           update="Activity-based costing complete.", rag="GREEN", comments="", style="row")],
     "in_sync", "struck = closed; HMICFRS Complete")
item("eff15_3", ("eff15", AFI, EFF15[2], BP),
     [dict(sheet="Archive", no="2015/07", report="PEEL Efficiency 2015", published="Oct-15",
           type="AFI", text=EFF15[2].replace("The force should", "Cheshire should"),
           lead="Director of People", update="Workforce plan 2016-20 approved by COG.",
           rag="GREEN", comments="Closed OLB 12/07/2016", style="row")],
     "closeable_submit", "archive row struck = closed; HMICFRS still Being progressed")

# ---------------- MAIN sheet --------------------------------------------------------------------
B_FIRE = "TARGETING THE RISK – FIREARMS LICENSING (HMIC, published 15 Sept 2015) – all forces"
B_SAS15 = "STOP & SEARCH POWERS 2 (HMIC, March 2015) – all forces"
B_EFF16 = "PEEL EFFECTIVENESS 2016 – Cheshire (published 2 March 2017)"
B_STOL = ("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
          "published 24 October 2017")
B_EFC = "PEEL EFFICIENCY 2017 – national recommendation (Nov 2017)"
B_LEG = "PEEL LEGITIMACY 2017 – national (stop and search) and Cheshire force report (Dec 2017)"
B_NCPI = "NATIONAL CHILD PROTECTION INSPECTION 2018"
B_P18 = "PEEL 2018/19 (published May 2019)"
B_CDI = "CRIME DATA INTEGRITY 2019"
B_CUS = "HMICFRS/HMIP CUSTODY 2020"
B_POW = "Police powers spotlight (Feb 21) – disproportionate use of police powers"
B_P21 = "PEEL 2021/22 (published May 2022)"
B_P23 = "PEEL 2023/24 (published February 2024)"
B_LOC = "OLB LOCAL ACTIONS (force actions, not HMICFRS items)"
BLOCKS = [B_SAS15, B_FIRE, B_EFF16, B_STOL, B_EFC, B_LEG, B_NCPI, B_P18, B_CDI, B_CUS, B_POW,
          B_P21, B_P23, B_LOC]
STRUCK_BLOCK_HEADINGS = {B_EFC}

# -- S&S 2 (2015)
item("sas15", ("sas15", NAT, nat("sas15", 0), BP),
     [dict(no="6", report="", published="Mar-15", type="National rec",
           text=nat("sas15", 0).replace("stop and search", "S&S"), lead="ACC Local Policing",
           update="See PEEL Legit 17 S&S recs.", rag="AMBER",
           comments="Superseded by PEEL Legitimacy 2017 S&S recs (rows below)", style="text")],
     "closeable_submit", "force struck it as superseded (force-closed); HMICFRS still Being "
     "progressed: submit for closure as superseded", block=B_SAS15)

# -- Firearms 2015 (hand 1: whole-row strike, RAG kept)
FIRE = NATIONAL["firearms"][2]
item("fire_1", ("firearms", NAT, FIRE[0][1], C),
     [dict(no="9", published="Sep-15", type="National rec", text=FIRE[0][1],
           lead="Supt Firearms Licensing", update="Self-assessment against APP done Dec 2015.",
           target="Dec 2015", rag="GREEN", comments="", style="row")],
     "in_sync", "whole row struck = closed; HMICFRS Complete", block=B_FIRE)
item("fire_2", ("firearms", NAT, FIRE[1][1], C),
     [dict(no="10", published="Sep-15", type="National rec",
           text=FIRE[1][1].replace("chief constables", "CCs"),
           lead="Supt Firearms Licensing", update="Business case for 2 additional FLM staff "
           "submitted to FET. Backlog 640 renewals (Oct 25).", target="Mar 2016",
           revised="Mar 2026", rag="AMBER", comments="Still live - renewals backlog", style=None)],
     "closeable_local", "not struck, AMBER, revised date 2026: force open; HMICFRS Complete",
     block=B_FIRE)
item("fire_3", ("firearms", NAT, FIRE[2][1], C),
     [dict(no="11", published="Sep-15", type="National rec", text=FIRE[2][1],
           lead="Supt Firearms Licensing", update="All total expired records reviewed.",
           target="Dec 2015", rag="GREEN", comments="", style="row")],
     "in_sync", "whole row struck = closed; HMICFRS Complete", block=B_FIRE)
item("fire_4", ("firearms", NAT, FIRE[3][1], BP),
     [dict(no="12", published="Sep-15", type="National rec", text=FIRE[3][1],
           lead="Supt Firearms Licensing", update="Temp permit process rewritten; NFLMS updated "
           "same day.", target="Dec 2015", rag="GREEN", comments="Closed OLB 10/05/2016",
           style="row")],
     "closeable_submit", "whole row struck = closed at OLB; HMICFRS Being progressed", block=B_FIRE)
item("fire_5", ("firearms", NAT, FIRE[4][1], BP),
     [dict(no="13", published="Sep-15", type="National rec", text=FIRE[4][1],
           lead="Supt Firearms Licensing", update="STORM flag for certificate holders - "
           "dependent on new C&C system.", target="Mar 2016", revised="Sep 2026", rag="AMBER",
           comments="", style=None, extra={"target_struck"})],
     "in_sync", "only the old target date is struck (revised date next to it); text not struck "
     "and AMBER: open; HMICFRS open", block=B_FIRE)

# -- PEEL Effectiveness 2016 (Cheshire)
COC_DA = CAUSES[0]
REC_DASH = ("To address this cause of concern, HMIC recommends the force should immediately "
            + body("effective supervision of the initial risk") + ".")
REC_TEL = "Within six months the force should " + body("cease the practice") + "."
AFI_RUI = "The force should " + body("released under investigation") + "."
AFI_DIG = "The force should " + body("retrieve digital evidence") + "."
AFI_SUPV = "The force should " + body("improve the supervision of investigations") + "."
item("eff16_coc", ("eff16", COC, COC_DA, C),
     [dict(no="14", published="Mar-17", type="Cause of Concern", text=COC_DA,
           lead="Ch Supt Public Protection", update="See DA recs below.", target="Sep 2017",
           rag="GREEN", comments="", style="row")],
     "in_sync", "whole row struck = closed; HMICFRS Complete", block=B_EFF16)
item("eff16_dash", ("eff16", REC, REC_DASH, C),
     [dict(no="15", published="Mar-17", type="Rec (CoC)",
           text=REC_DASH.replace("domestic abuse", "DA"),
           lead="Ch Supt Public Protection", update="DASH supervision audit quarterly.",
           target="Sep 2017", rag="AMBER",
           comments="Moved to DA Improvement Plan (action DA07) - progress reported at DA Board",
           style="text")],
     "closeable_local", "struck because MOVED to the DA Improvement Plan, not done: force still "
     "open (tracked elsewhere); HMICFRS Complete", block=B_EFF16)
item("eff16_tel", ("eff16", REC, REC_TEL, C),
     [dict(no="16", published="Mar-17", type="Rec (CoC)", text=REC_TEL.replace("domestic abuse", "DA"),
           lead="Supt Contact Centre", update="Telephone DA risk assessment stopped 01/06/2017.",
           target="Sep 2017", rag="GREEN", comments="", style="row")],
     "in_sync", "whole row struck = closed; HMICFRS Complete", block=B_EFF16)
item("eff16_rui", ("eff16", AFI, AFI_RUI, BP),
     [dict(no="17", published="Mar-17", type="AFI", text=AFI_RUI.replace("released under "
                                                                          "investigation", "RUI"),
           lead="Head of Criminal Justice", update="RUI review group; bail management SOP drafted.",
           target="Mar 2018", rag="AMBER",
           comments="Moved to Investigative Standards plan (IS-12) 2021", style="text")],
     "in_sync", "struck because MOVED to another plan: force open; HMICFRS Being progressed: "
     "open on both sides", block=B_EFF16)
item("eff16_dig", ("eff16", AFI, AFI_DIG, S, dt.date(2019, 7, 15)),
     [dict(no="18", published="Mar-17", type="AFI", text=AFI_DIG, lead="Head of Intelligence",
           update="Digital hub kiosks rolled out.", target="Mar 2018", rag="AMBER",
           comments="Superseded by PEEL 18/19 AFI (digital evidence) - see PEEL 2018/19",
           style="text")],
     "in_sync", "struck as superseded (force-closed); HMICFRS Superseded: closed on both",
     block=B_EFF16)
item("eff16_supv", None,
     [dict(no="19", published="Mar-17", type="AFI", text=AFI_SUPV, lead="Det Ch Supt Force CID",
           update="Investigation plan template mandated on Niche.", target="Mar 2018",
           rag="GREEN", comments="Closed OLB 06/03/2018", style="row")],
     "not_on_hmicfrs_list", "struck (closed) force row with no item on the HMICFRS list "
     "(HMICFRS no longer holds it): query it", block=B_EFF16)

# -- Stolen Freedom 2017 (hand 2: text-only strike; SF leadership split one row per bullet)
SFL = SF_LEADERSHIP.split("\n")
sf_rows = []
sf_texts = [SFL[0].replace("modern slavery and human trafficking", "MSHT") + " " + SFL[1],
            SFL[2], SFL[3], SFL[4]]
for i, (t, st, upd) in enumerate(zip(
        sf_texts, ["text", "text", "text", None],
        ["MSHT Gold group chaired by ACC Crime.", "MSHT SPOC in each LPA; allocation via DMM.",
         "Cheshire Anti-Slavery Partnership in place.",
         "QA framework for MSHT not yet agreed - draft to Crime Standards Board Jan 26."])):
    sf_rows.append(dict(no=f"21.{i + 1}", ref=str(REF_BASE["stolen"]), report="Stolen Freedom (MSHT) 2017",
                        published=dt.date(2017, 10, 24), type="National rec", text=t,
                        lead="ACC Crime", update=upd, target=dt.date(2018, 10, 31),
                        rag="AMBER" if st is None else "", comments="", style=st))
item("sf_lead", ("stolen", NAT, SF_LEADERSHIP, BP), sf_rows,
     "in_sync", "split one row per bullet; bullets 1-3 struck, bullet 4 not: item open on the "
     "force side; HMICFRS Being progressed", block=B_STOL)
ST = NATIONAL["stolen"][2]
item("msht_intel", ("stolen", NAT, ST[1][1], BP),
     [dict(no="22", ref=str(REF_BASE["stolen"] + 1), report="Stolen Freedom (MSHT) 2017",
           published=dt.date(2017, 10, 24), type="National rec",
           text=("Within twelve months, forces should have in place active ISAs with other "
                 "agencies to facilitate speedy exchange of intelligence and in order to "
                 "safeguard victims better and to identify suspects as early as possible."),
           lead="Head of Intelligence", update="ISAs signed with 4 LAs and GLAA.",
           target=dt.date(2018, 10, 31), rag="AMBER", comments="", style="text")],
     "conflict", "timescale differs: HMICFRS 'Within six months', tracker 'Within twelve months' "
     "(force struck it = done; HMICFRS open)", block=B_STOL)
item("msht_s45", ("stolen", NAT, ST[2][1], C),
     [dict(no="23", ref=str(REF_BASE["stolen"] + 2), report="Stolen Freedom (MSHT) 2017",
           published=dt.date(2017, 10, 24), type="National rec", text=ST[2][1],
           lead="Head of Criminal Justice", update="s45 guidance in investigators' toolkit; "
           "CPS liaison agreed.", target=dt.date(2018, 4, 30), rag="GREEN",
           comments="Evidence pack with OL team for OLB", style=None)],
     "in_sync", "not struck but GREEN (implemented, awaiting OLB sign-off) = force done; "
     "HMICFRS Complete", block=B_STOL)
item("msht_nrm", ("stolen", NAT, MSHT_NRM, C),
     [dict(no="24", ref=str(REF_BASE["stolen"] + 3), report="Stolen Freedom (MSHT) 2017",
           published=dt.date(2017, 10, 24), type="National rec",
           text=MSHT_NRM.replace("modern slavery or human trafficking", "MSHT"),
           lead="Ch Supt Public Protection", update="NRM duty to notify in MSHT policy.",
           target=dt.date(2018, 4, 30), rag="AMBER",
           comments="Awaiting NRM training figures from L&D", style="text")],
     "in_sync", "struck = closed (stale comment and stale AMBER ignored); HMICFRS Complete",
     block=B_STOL)
item("msht_ncrs", ("stolen", NAT, ST[4][1], BP),
     [dict(no="25", ref=str(REF_BASE["stolen"] + 4), report="Stolen Freedom (MSHT) 2017",
           published=dt.date(2017, 10, 24), type="National rec",
           text=ST[4][1].replace("national crime recording standard (NCRS)", "NCRS"),
           lead="Force Crime Registrar", update="FCR audit of MSHT crimes twice yearly.",
           target=dt.date(2018, 4, 30), rag="AMBER", comments="", style="text")],
     "closeable_submit", "text struck = closed; HMICFRS Being progressed", block=B_STOL)
item("msht_inv", ("stolen", NAT, ST[5][1], BP),
     [dict(no="26", ref=str(REF_BASE["stolen"] + 5), report="Stolen Freedom (MSHT) 2017",
           published=dt.date(2017, 10, 24), type="National rec", text=ST[5][1],
           lead=R([("DCI Harper", True), (" D/Supt Lomas", False)]),
           update="MSHT investigations now allocated to Complex Crime Unit.",
           target=dt.date(2018, 4, 30), rag="AMBER", comments="Lead changed 2023", style=None)],
     "in_sync", "only the old lead's name is struck (lead changed); text not struck: open; "
     "HMICFRS open", block=B_STOL)
item("msht_prev", ("stolen", NAT, ST[6][1], AR),
     [dict(no="27", ref=str(REF_BASE["stolen"] + 6), report="Stolen Freedom (MSHT) 2017",
           published=dt.date(2017, 10, 24), type="National rec", text=ST[6][1],
           lead="ACC Crime", update="Two STPOs obtained 2018. Review of preventative orders "
           "paused pending new Niche module.", target=dt.date(2018, 4, 30), rag="RED",
           comments="Update out of date - chased 10/2025", style=None, extra={"update_struck"})],
     "in_sync", "only the progress update is struck (out of date); text not struck: open; "
     "HMICFRS Awaiting review", block=B_STOL)

# -- PEEL Efficiency 2017 national (hand 3 closed it)
item("efc17", ("efc17", NAT, nat("efc17", 0), BP),
     [dict(no="28", ref=str(REF_BASE["efc17"]), report="PEEL Efficiency 17 (all forces)",
           published=dt.date(2017, 11, 9), type="National rec",
           text=("By September 2018, chief constables should produce an ambitious plan to improve "
                 "digitally-enabled services within their force."),
           lead="Head of Corporate Development", update="Digital Policing Strategy 2019-22.",
           target=dt.date(2018, 9, 30), rag="AMBER",
           comments="Closed OLB 14/03/2019 - Digital Policing Strategy approved", style="text_grey")],
     "closeable_submit", "struck + grey = closed (force keeps only the first sentence, the ask "
     "on forces); HMICFRS Being progressed", block=B_EFC)

# -- PEEL Legitimacy 2017: national S&S and the force's own report
LG = NATIONAL["leg17"][2]
SASM = SAS_MONITORING_2017.split("•")
item("leg17_coc", ("leg17", COC, LG[0][1], C),
     [dict(no="29", ref=str(REF_BASE["leg17"]), report="PEEL Legit 17 S&S",
           published=dt.date(2017, 12, 12), type="Cause of concern", text=LG[0][1],
           lead="ACC Local Policing", update="See recs 30-33.", target=dt.date(2018, 7, 31),
           rag="GREEN", comments="", style="row")],
     "in_sync", "whole row struck; HMICFRS Complete", block=B_LEG)
item("leg17_mon", ("leg17", NAT, SAS_MONITORING_2017, C),
     [dict(no="30", ref=str(REF_BASE["leg17"] + 1), report="PEEL Legit 17 S&S",
           published=dt.date(2017, 12, 12), type="National rec",
           text=R([(SASM[0].replace("stop and search", "S&S"), False),
                   ("•" + SASM[1], True), ("•" + SASM[2], True), ("•" + SASM[3], False)]),
           lead="ACC Local Policing", update="Disproportionality and find rates in monthly "
           "S&S dashboard. Possession-only drug search analysis not started.",
           target=dt.date(2018, 7, 31), rag="AMBER", comments="", style="partial")],
     "closeable_local", "only bullets 1-2 are struck inside the cell; stem and bullet 3 not: "
     "force open; HMICFRS Complete", block=B_LEG)
item("leg17_disp", ("leg17", NAT, LG[2][1], C),
     [dict(no="31", ref=str(REF_BASE["leg17"] + 2), report="PEEL Legit 17 S&S",
           published=dt.date(2017, 12, 12), type="National rec", text=LG[2][1],
           lead="ACC Local Policing", update="Disparity research with Chester Uni.",
           target=dt.date(2018, 7, 31), rag="AMBER", comments="", style="text")],
     "in_sync", "struck = closed; HMICFRS Complete", block=B_LEG)
item("leg17_pub", ("leg17", NAT, LG[3][1], BP),
     [dict(no="32", ref=str(REF_BASE["leg17"] + 3), report="PEEL Legit 17 S&S",
           published=dt.date(2017, 12, 12), type="National rec", text=LG[3][1],
           lead="ACC Local Policing", update="Annual S&S report published on website each July.",
           target=dt.date(2018, 7, 31), rag="AMBER",
           comments="Closed at OLB 12/09/2019 - annual report published", style=None)],
     "closeable_submit", "not struck (someone forgot) but Comments record closure at OLB: force "
     "done; HMICFRS Being progressed", block=B_LEG)
item("leg17_ub", ("leg17", NAT, LG[4][1], C),
     [dict(no="33", ref=str(REF_BASE["leg17"] + 4), report="PEEL Legit 17 S&S",
           published=dt.date(2017, 12, 12), type="National rec",
           text=LG[4][1].replace("College of Policing", "CoP").replace("stop and search", "S&S"),
           lead="Head of Learning & Development", update="Unconscious bias e-learning 78% "
           "complete; APP S&S module in refresher training.", target=dt.date(2018, 7, 31),
           rag="AMBER", comments="", style=None)],
     "closeable_local", "not struck, AMBER: force open; HMICFRS Complete", block=B_LEG)
AFI_CULT = "The force should " + body("team cultures") + "."
AFI_CONF = "The force should " + body("confidential way for staff") + "."
AFI_EDD = "The force should " + body("equality and diversity data") + "."
item("leg17f_cult", ("leg17f", AFI, AFI_CULT, S),
     [dict(no="34", report="PEEL Legitimacy 2017", published=dt.date(2017, 12, 12), type="AFI",
           text=AFI_CULT, lead="Director of People", update="Staff survey 2018.",
           target=dt.date(2018, 12, 31), rag="AMBER",
           comments="Superseded by PEEL 2018/19", style="text")],
     "in_sync", "struck as superseded; HMICFRS Superseded: closed on both", block=B_LEG)
item("leg17f_conf", ("leg17f", AFI, AFI_CONF, BP), [],
     "missing_from_force", "PEEL Legitimacy 2017 force AFI not on the tracker; HMICFRS open",
     block=B_LEG)
item("leg17f_edd", ("leg17f", AFI, AFI_EDD, C),
     [dict(no="35", report="PEEL Legitimacy 2017", published=dt.date(2017, 12, 12), type="AFI",
           text=AFI_EDD.replace("The force should", "Cheshire should"), lead="Director of People",
           update="E&D data held in 3 systems - single dataset project slipped.",
           target=dt.date(2018, 12, 31), rag="RED", comments="", style=None)],
     "closeable_local", "not struck, RED: force open; HMICFRS Complete", block=B_LEG)

# -- NCPI 2018 (hand 2)
MISSING_KIDS = "Within three months, the force should " + body("missing children") + "."
SUPV = ("HMIC recommends that within six months the force should: "
        + body("ensure regular and active supervision") + ";")
mk_parts = MISSING_KIDS.split("\n")
item("ncpi_missing", ("ncpi18", REC, MISSING_KIDS, C),
     [dict(no="36", ref=str(REF_BASE["ncpi18"]), report="NCPI 2018", published=dt.date(2018, 6, 21),
           type="Rec", text=R([("Rec 1: ", True)] + [(p + ("\n" if k < len(mk_parts) - 1 else ""),
                                                      True) for k, p in enumerate(mk_parts)]),
           lead="Ch Supt Public Protection", update="Missing/absent category withdrawn; CSE "
           "indicators in call-taker training.", target=dt.date(2018, 9, 30), rag="AMBER",
           comments="", style="runs_all")],
     "in_sync", "every run of the rich-text cell is struck (cell font itself not struck) = "
     "closed; HMICFRS Complete", block=B_NCPI)
item("ncpi_supv", ("ncpi18", REC, SUPV, BP),
     [dict(no="37", ref=str(REF_BASE["ncpi18"] + 1), report="NCPI 2018",
           published=dt.date(2018, 6, 21), type="Rec",
           text=SUPV.replace("HMIC recommends that within six months the force should: ",
                             "Within six months: ").replace("supervision", "supervison"),
           lead="Det Ch Supt Force CID", update="Supervisory review fields mandatory on Niche.",
           target=dt.date(2018, 12, 31), rag="GREEN",
           comments="Submitted to OLB for closure Nov 2025", style=None)],
     "closeable_submit", "not struck but GREEN and submitted to OLB (pending sign-off) = force "
     "done; HMICFRS Being progressed", block=B_NCPI)

# -- PEEL 2018/19 (hand 2; RAG stale after 2021)
P18_DIG = AFI_DIG
P18_VET = "The force should " + body("vetting clearance") + "."
P18_RISK = "The force should " + body("corporate risk register") + "."
P18_STALK = "The force should review its approach to stalking and harassment to make sure victims receive a consistently good service."
P18_HATE = "The force should make sure its performance framework gives senior leaders a clear picture of its response to hate crime."
item("p18_dig", ("peel18", AFI, P18_DIG, BP),
     [dict(no="38", ref=str(REF_BASE["peel18"]), report="PEEL 2018/19", published=dt.date(2019, 5, 2),
           type="AFI", text=P18_DIG, lead="Head of Intelligence",
           update="Digital forensics backlog 412 devices (Sep 25).",
           target=dt.date(2020, 3, 31), revised=dt.date(2021, 9, 30), rag="AMBER",
           comments="", style=None, extra={"target_struck"})],
     "in_sync", "old target date struck, revised date beside it; text not struck: open; HMICFRS "
     "open", block=B_P18)
item("p18_vet", ("peel18", AFI, P18_VET, BP),
     [dict(no="39", ref=str(REF_BASE["peel18"] + 1), report="PEEL 2018/19",
           published=dt.date(2019, 5, 2), type="Recommendation", text=P18_VET,
           lead="Head of Professional Standards", update="Vetting backlog cleared Jun 2020.",
           target=dt.date(2020, 3, 31), rag="AMBER", comments="", style="text")],
     "conflict", "type differs: HMICFRS Area for improvement, tracker Recommendation (force "
     "struck it = done; HMICFRS open)", block=B_P18)
item("p18_risk", ("peel18", AFI, P18_RISK, C),
     [dict(no="40", ref=str(REF_BASE["peel18"] + 2), report="PEEL 2018/19",
           published=dt.date(2019, 5, 2), type="AFI", text=P18_RISK,
           lead="Head of Corporate Development", update="Risk register at COG monthly.",
           target=dt.date(2019, 12, 31), rag="AMBER", comments="Risk register refresh due Q3",
           style="text")],
     "in_sync", "struck = closed (stale AMBER and stale comment ignored); HMICFRS Complete",
     block=B_P18)
item("p18_stalk", ("peel18", AFI, P18_STALK, C),
     [dict(no="41", ref=str(REF_BASE["peel18"] + 3), report="PEEL 2018/19",
           published=dt.date(2019, 5, 2), type="AFI", text=P18_STALK,
           lead="Ch Supt Public Protection", update="Stalking clinic with NHS pilot; SPO use "
           "still low.", target=dt.date(2020, 3, 31), rag="AMBER", comments="", style=None)],
     "closeable_local", "not struck: force open; HMICFRS Complete", block=B_P18)
item("p18_hate", ("peel18", AFI, P18_HATE, AR),
     [dict(no="42", ref=str(REF_BASE["peel18"] + 4), report="PEEL 2018/19",
           published=dt.date(2019, 5, 2), type="AFI", text=P18_HATE,
           lead="ACC Local Policing", update="Hate crime measures in Force Performance pack.",
           target=dt.date(2019, 12, 31), rag="AMBER", comments="", style="text")],
     "closeable_submit", "text struck = closed (stale AMBER); HMICFRS Awaiting review", block=B_P18)
item("loc_stalk", None,
     [dict(no="42a", report="PEEL 2018/19", type="Local",
           text="Force action - Dip-sample 50 stalking and harassment crime reports each quarter "
                "and report findings to the Crime Standards Board",
           lead="Force Crime Registrar", update="Q2 dip sample done.", target=dt.date(2026, 3, 31),
           rag="", comments="", style=None)],
     "not_on_hmicfrs_list", "force's own local action (open), no HMICFRS item", block=B_P18)

# -- CDI 2019
CDI_REC = "HMICFRS recommends that the force should immediately:" + CDI_VICTIMS_BODY + "; and"
cdi_bul = CDI_VICTIMS_BODY.split("\n")
CDI_FORCE = ("The force should immediately put in place arrangements to ensure that:\n"
             + "\n".join(cdi_bul[1:5]).removesuffix("; and").removesuffix(";") + ".")
CDI_RSSO = "Within three months, the force should make sure it records reports of rape and serious sexual offences accurately and without delay."
CDI_CMS = "The force should " + body("crime-recording and management system") + "."
item("cdi_victims", ("cdi19", REC, CDI_REC, BP),
     [dict(no="43", ref=str(REF_BASE["cdi19"]), report="CDI 2019", published=dt.date(2019, 9, 26),
           type="Rec", text=CDI_FORCE, lead="Force Crime Registrar",
           update="Call handling summaries audited monthly; multiple-crime recording guidance "
           "issued.", target=dt.date(2020, 3, 31), rag="AMBER", comments="", style=None)],
     "conflict", "tracker copy lacks the fifth bullet (online reports triaged at receipt): a "
     "missing bullet; both open", block=B_CDI)
item("cdi_rsso", ("cdi19", REC, CDI_RSSO, C),
     [dict(no="44", ref=str(REF_BASE["cdi19"] + 1), report="CDI 2019", published=dt.date(2019, 9, 26),
           type="Rec", text=CDI_RSSO, lead="Force Crime Registrar",
           update="RASSO recording audit 96%.", target=dt.date(2019, 12, 31), rag="AMBER",
           comments="", style="text")],
     "in_sync", "struck = closed; HMICFRS Complete", block=B_CDI)
item("cdi_cms", ("cdi19", AFI, CDI_CMS, BP),
     [dict(no="45", ref=None, report="CDI 2019", published=dt.date(2019, 9, 26),
           type="AFI", text=CDI_CMS, lead="Det Ch Supt Force CID",
           update="Niche case file module upgrade scheduled 2026.", target=dt.date(2020, 9, 30),
           rag="AMBER", comments="", style=None)],
     "conflict", "tracker's HMICFRS Ref has transposed digits (not a register reference); "
     "report, type and text match; both open", block=B_CDI)

# -- Custody 2020
CUS_KIDS = "The force should, " + body("detention of children")[0].lower() + body("detention of children")[1:] + "."
CUS_VA = "The force should make sure officers and staff have the training they need to identify and respond to vulnerable adults."
item("cus_kids", ("cus20", REC, CUS_KIDS, BP),
     [dict(no="46", ref=str(REF_BASE["cus20"]), report="Custody 2020", published=dt.date(2020, 8, 18),
           type="Rec", text=CUS_KIDS.replace("accommodation", "accomodation"),
           lead="Ch Insp Custody", update="Concordat on children in custody signed with 4 LAs; "
           "AA provision still slow at night.", target=dt.date(2021, 2, 28), rag="AMBER",
           comments="", style=None)],
     "in_sync", "not struck: open; HMICFRS Being progressed", block=B_CUS)
item("cus_va", ("cus20", REC, CUS_VA, AR), [],
     "missing_from_force", "custody 2020 recommendation never added to the tracker; HMICFRS open",
     block=B_CUS)

# -- Police powers 2021 (hand 3: text strike + grey row)
PW = NATIONAL["powers"][2]
item("pow_comm", ("powers", NAT, PW[0][1], BP),
     [dict(no="47", ref=str(REF_BASE["powers"]), report="Police powers spotlight (Feb 21)",
           published="Feb 2021", type="National rec", text=PW[0][1],
           lead="Head of Learning & Development", update="Conflict management/communication "
           "module in OST.", target=dt.date(2022, 7, 31), rag="",
           comments="Closed OLB 10/11/2022", style="text_grey")],
     "closeable_submit", "struck + grey = closed; HMICFRS Being progressed", block=B_POW)
item("pow_cpd", ("powers", NAT, PW[1][1], BP),
     [dict(no="48", ref=str(REF_BASE["powers"] + 1), report="Police powers spotlight (Feb 21)",
           published="Feb 2021", type="National rec",
           text=PW[1][1].replace("continuing professional development", "CPD"),
           lead="Head of Learning & Development", update="BWV debrief guide for sergeants.",
           target=dt.date(2021, 7, 31), rag="", comments="Closed OLB 09/03/2023",
           style="text_grey")],
     "closeable_submit", "struck + grey = closed; HMICFRS Being progressed", block=B_POW)
bwv_parts = BWV_2021.split("\n")
item("pow_bwv", ("powers", NAT, BWV_2021, BP),
     [dict(no="49", ref=str(REF_BASE["powers"] + 2), report="Police powers spotlight (Feb 21)",
           published="Feb 2021", type="National rec", text="\n".join(bwv_parts[:2]).replace(
               "body-worn video", "BWV"),
           lead="ACC Local Policing", update="BWV activation compliance 91%; monthly review "
           "of S&S footage by S&S team.", target=dt.date(2021, 9, 30), rag="",
           comments="", style=None)],
     "conflict", "tracker copy lacks the third ask (external scrutiny panel access to BWV "
     "footage): a missing bullet; both open", block=B_POW)
item("pow_ho", ("powers", NAT, PW[3][1], AR),
     [dict(no="50", ref=str(REF_BASE["powers"] + 3), report="Police powers spotlight (Feb 21)",
           published="Feb 2021", type="National rec", text=PW[3][1], lead=None,
           update="", target=None, rag="", comments="For HO/NPCC - no action for Cheshire",
           style="grey")],
     "closeable_submit", "grey, not struck = recommendation for another body (Key: no action "
     "for the force) = force done/not ours; HMICFRS Awaiting review: ask HMICFRS to close",
     block=B_POW)
item("pow_uof", ("powers", NAT, PW[4][1], C),
     [dict(no="51", ref=str(REF_BASE["powers"] + 4), report="Police powers spotlight (Feb 21)",
           published="Feb 2021", type="National rec", text=PW[4][1],
           lead="ACC Local Policing", update="Use of force panel re-established 2024; "
           "disproportionality in UoF by ethnicity still unexplained.",
           target=dt.date(2021, 7, 31), revised=dt.date(2026, 3, 31), rag="",
           comments="Re-opened 03/2024 after S&S scrutiny panel - NOT complete, see update",
           style="text")],
     "closeable_local", "struck, but Comments say re-opened (strike not removed): force open; "
     "HMICFRS Complete", block=B_POW)

# -- PEEL 2021/22 (hand 3)
P21_DA = ("The force should make sure victims of domestic abuse are kept informed about the "
          "progress of their case, in line with the Code of Practice for Victims of Crime.")
P21_OCSA = ("The force should improve the way it manages the risk posed by offenders involved "
            "in online child sexual abuse.")
P21_DATA = "The force should " + body("accurate data and analysis") + "."
P21_PREV = "The force should " + body("prevention strategy") + "."
P21_SUPP = "The force should " + body("support available for those who have raised") + "."
item("p21_cr", ("peel21", AFI, CONTROL_ROOM, BP),
     [dict(no="52", ref=str(REF_BASE["peel21"]), report="PEEL 2021/22", published="May 2022",
           type="AFI", text=CONTROL_ROOM, lead="Supt Contact Centre",
           update="Control room uplift of 22 FTE; wellbeing plan.",
           target=R([("30/09/2023", True), (" 31/03/2024", False), (" 30/06/2026", False)]),
           rag="", comments="", style=None)],
     "in_sync", "only old dates struck in the target cell; text not struck: open; HMICFRS open",
     block=B_P21)
item("p21_ocsa", ("peel21", AFI, P21_OCSA, BP),
     [dict(no="53", ref=str(REF_BASE["peel21"] + 1), report="PEEL 2021/22", published="May 2022",
           type="AFI", text=P21_OCSA, lead="Ch Supt Public Protection",
           update="POLIT capacity doubled; KIRAT backlog cleared.", target=dt.date(2023, 5, 31),
           rag="", comments="Closed OLB 07/09/2023", style="text_grey")],
     "closeable_submit", "struck + grey = closed; HMICFRS Being progressed", block=B_P21)
item("p21_da", ("peel21", AFI, P21_DA, C),
     [dict(no="54", ref=str(REF_BASE["peel21"] + 2), report="PEEL 2021/22", published="May 2022",
           type="AFI", text=P21_DA.replace("domestic abuse", "DA"), lead="Ch Supt Public Protection",
           update="VCOP compliance 88%.", target=dt.date(2023, 5, 31), rag="",
           comments="Closed OLB 07/09/2023", style="text_grey")],
     "in_sync", "struck + grey = closed; HMICFRS Complete", block=B_P21)
item("p21_data", ("peel21", AFI, P21_DATA, BP),
     [dict(no="55", ref=str(REF_BASE["peel21"] + 3), report="PEEL 2021/22", published="May 2022",
           type="AFI", text=P21_DATA, lead="Head of Corporate Development",
           update=R([("Power BI performance app live Mar 2023.", True),
                     (" App withdrawn Aug 2024 (data quality); rebuild with new ERP.", False)]),
           target=dt.date(2023, 3, 31), rag="", comments="", style=None)],
     "in_sync", "only the old update sentence is struck; text not struck: open; HMICFRS open",
     block=B_P21)
item("p21_prev", ("peel21", AFI, P21_PREV, C),
     [dict(no="56", ref=str(REF_BASE["peel21"] + 4), report="PEEL 2021/22", published="May 2022",
           type="AFI", text=P21_PREV, lead="ACC Local Policing",
           update="Prevention strategy drafted.", target=dt.date(2023, 3, 31), rag="",
           comments="Awaiting evidence from Prevention hub", style=None)],
     "closeable_local", "not struck: force open; HMICFRS Complete", block=B_P21)
item("p21_supp", ("peel21", AFI, P21_SUPP, S),
     [dict(no="57", ref=str(REF_BASE["peel21"] + 5), report="PEEL 2021/22", published="May 2022",
           type="AFI", text=P21_SUPP, lead="Head of Professional Standards",
           update="", target=dt.date(2023, 3, 31), rag="",
           comments="Superseded - combined with PEEL 23/24 counter-corruption AFI", style="text_grey")],
     "in_sync", "struck as superseded; HMICFRS Superseded: closed on both", block=B_P21)
item("loc_audit", None,
     [dict(no="57a", report="PEEL 2021/22", type="Local",
           text="JAC action: Internal audit of the counter-corruption governance arrangements "
                "(audit plan 2023/24)", lead="Head of Professional Standards",
           update="Audit report received - substantial assurance.", target=dt.date(2024, 3, 31),
           rag="", comments="Closed OLB 11/04/2024", style="text_grey")],
     "not_on_hmicfrs_list", "force's own audit action (struck, closed); no HMICFRS item",
     block=B_P21)

# -- PEEL 2023/24 (hand 3)
P23_RSSO = ("The force should make sure investigations of rape and serious sexual offences are "
            "allocated to officers with the right skills and are effectively supervised.")
P23_CL = ("The force should improve how it gathers, assesses and acts on intelligence about "
          "county lines drug dealing.")
P23_ACC = "The force should " + body("accessible information for all staff") + "."
VET_COC = [c for c in CAUSES if "vetting backlog" in c][0].replace("{force}", FORCE)
P23_BG = "The force should " + body("background checks") + "."
P23_VAWG = ("The force should make sure officers and staff have the training they need to "
            "identify and respond to violence against women and girls.")
P23_KNIFE = "The force should evaluate its work to prevent knife crime and share what works across the force."
item("p23_rsso", ("peel23", AFI, P23_RSSO, AR),
     [dict(no="58", ref=str(REF_BASE["peel23"]), report="PEEL 2023/24", published="Feb 2024",
           type="AFI", text=P23_RSSO, lead="Det Ch Supt Force CID",
           update="Op Soteria model adopted.", target=dt.date(2025, 3, 31), rag="", comments="",
           style=None)],
     "in_sync", "open on both sides", block=B_P23)
item("p23_cl", ("peel23", AFI, P23_CL, AR),
     [dict(no="59", ref=str(REF_BASE["peel23"] + 1), report="PEEL 2023/24", published="Feb 2024",
           type="AFI", text=P23_CL, lead="Head of Intelligence",
           update="Intel collection plan for county lines in draft.", target=dt.date(2025, 3, 31),
           rag="", comments="", style=None)],
     "in_sync", "open on both sides", block=B_P23)
item("p23_acc", ("peel23", AFI, P23_ACC, AR),
     [dict(no="60", ref=str(REF_BASE["peel23"] + 2), report="PEEL 2023/24", published="Feb 2024",
           type="AFI", text=P23_ACC, lead="Head of Professional Standards",
           update="", target=dt.date(2025, 3, 31), rag="", comments="", style=None)],
     "in_sync", "open on both sides", block=B_P23)
item("p23_coc", ("peel23", COC, VET_COC, BP),
     [dict(no="61", ref=str(REF_BASE["peel23"] + 3), report="PEEL 2023/24", published="Feb 2024",
           type="CoC", text=VET_COC.replace(FORCE, "Cheshire"), lead="DCC",
           update="Vetting backlog 310 (Oct 25) from 1,150.", target=dt.date(2024, 8, 31),
           rag="", comments="", style=None)],
     "in_sync", "cause of concern open on both sides", block=B_P23)
item("p23_bg", ("peel23", REC, P23_BG, BP),
     [dict(no="62", ref=str(REF_BASE["peel23"] + 4), report="PEEL 2023/24", published="Feb 2024",
           type="Rec (CoC)", text=P23_BG, lead="Head of Professional Standards",
           update="Background checks policy re-issued; all new starters checked.",
           target=dt.date(2024, 8, 31), rag="", comments="Closed OLB 05/12/2024",
           style="text_grey")],
     "closeable_submit", "struck + grey = closed; HMICFRS Being progressed", block=B_P23)
item("p23_vawg", ("peel23", AFI, P23_VAWG, AR), [],
     "missing_from_force", "PEEL 2023/24 AFI never added to the tracker; HMICFRS Awaiting review",
     block=B_P23)
item("p23_knife", ("peel23", AFI, P23_KNIFE, AR),
     [dict(no="63", ref=str(REF_BASE["peel23"] + 6), report="PEEL 2023/24", published="Feb 2024",
           type="AFI", text=P23_KNIFE, lead="ACC Local Policing",
           update="Evaluation of Op Sceptre hotspot patrols with university partner.",
           target=R([("31/12/2024", True), (" 30/09/2025", True), (" 31/03/2026", False)]),
           rag="", comments="", style=None)],
     "in_sync", "two old target dates struck in the date cell; text not struck: open; HMICFRS open",
     block=B_P23)

# -- Local actions block
item("loc_cl", None,
     [dict(no="L3", type="Local",
           text="Local action: Refresh the county lines drug dealing problem profile and add it "
                "to the control strategy", lead="Head of Intelligence", update="Draft to SOC Board.",
           target=dt.date(2026, 1, 31), rag="", comments="", style=None)],
     "not_on_hmicfrs_list", "force's own local action (open), no HMICFRS item", block=B_LOC)
item("loc_vawg", None,
     [dict(no="L4", type="Local",
           text="Add violence against women and girls measures to the monthly Force Performance "
                "pack", lead="Head of Corporate Development", update="Done - VAWG page added.",
           target=dt.date(2024, 6, 30), rag="", comments="Closed OLB 12/09/2024",
           style="text_grey")],
     "not_on_hmicfrs_list", "force's own local action (struck, closed), no HMICFRS item",
     block=B_LOC)

# --------------------------------------------------------------------------------------------
# HMICFRS register export
# --------------------------------------------------------------------------------------------
HREF = {}
seen_rep_count: dict[str, int] = {}
for it in ITEMS:
    if it["h"] is None:
        continue
    rep = it["h"][0]
    n = seen_rep_count.get(rep, 0)
    seen_rep_count[rep] = n + 1
    HREF[it["key"]] = REF_BASE[rep] + n
# the VAWG AFI sits at +5 in PEEL 2023/24 and knife crime at +6: check the force refs used above
assert HREF["p23_vawg"] == REF_BASE["peel23"] + 5 and HREF["p23_knife"] == REF_BASE["peel23"] + 6
# the CDI AFI: the tracker carries a transposed reference
cdi_ref = HREF["cdi_cms"]
s = str(cdi_ref)
bad = s[:-2] + s[-1] + s[-2]
for it in ITEMS:
    if it["key"] == "cdi_cms":
        it["f"][0]["ref"] = bad
all_refs = set(HREF.values())
assert int(bad) not in all_refs
# check every ref written on the tracker (other than the deliberate typo) is right
for it in ITEMS:
    for fr in it["f"]:
        r = fr.get("ref")
        if r and it["key"] not in ("cdi_cms", "sf_lead"):
            assert int(r) == HREF[it["key"]], (it["key"], r, HREF[it["key"]])
        if it["key"] == "sf_lead":
            assert int(r) == HREF["sf_lead"]


def status_date(pub: dt.date, status: str) -> dt.date:
    if status in (C, S, NFA):
        lo = pub + dt.timedelta(days=200)
        hi = min(pub + dt.timedelta(days=1500), dt.date(2025, 9, 30))
        if hi <= lo:
            hi = lo + dt.timedelta(days=60)
    elif status == BP:
        lo, hi = max(pub + dt.timedelta(days=90), dt.date(2023, 1, 1)), dt.date(2025, 10, 31)
    else:  # awaiting review
        lo, hi = pub, max(pub + dt.timedelta(days=30), dt.date(2024, 6, 30))
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


hrows = []
for it in ITEMS:
    if it["h"] is None:
        continue
    rep, typ, text, status = it["h"][:4]
    title, pub = REP[rep]
    sdate = status_date(pub, status)
    if len(it["h"]) > 4:  # a fixed status date (superseded only after the later report)
        sdate = it["h"][4]
    hrows.append(dict(key=it["key"], ref=HREF[it["key"]], title=title, pub=pub, type=typ,
                      text=text, status=status, sdate=sdate))
hrows.sort(key=lambda r: (r["pub"], r["ref"]))


def save_deterministic(wb: Workbook, path: Path) -> None:
    wb.properties.creator = "Organisational Learning"
    wb.properties.lastModifiedBy = "Organisational Learning"
    wb.properties.created = FIXED_TS
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-11-14T09:30:00Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build_hmicfrs() -> dict[str, str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    hdr = ["Reference", "Force", "Report title", "Publication date", "Type",
           "Recommendation text", "Status", "Status last updated"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
    rowid = {}
    for r in hrows:
        ws.append([r["ref"], FORCE, r["title"], r["pub"], r["type"], r["text"], r["status"],
                   r["sdate"]])
        rn = ws.max_row
        ws.cell(rn, 4).number_format = "dd/mm/yyyy"
        ws.cell(rn, 8).number_format = "dd/mm/yyyy"
        ws.cell(rn, 6).alignment = Alignment(wrap_text=True, vertical="top")
        rowid[r["key"]] = f"Recommendations!{rn}"
    for col, w in zip("ABCDEFGH", [11, 22, 48, 14, 24, 90, 20, 16]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A1:H{ws.max_row}"
    ws.freeze_panes = "A2"
    save_deterministic(wb, CASE / "hmicfrs.xlsx")
    return rowid


# --------------------------------------------------------------------------------------------
# Force tracker
# --------------------------------------------------------------------------------------------
GREY = "FF808080"
HEAD_FILL = PatternFill("solid", fgColor="FFD9E1F2")
HDR_FILL = PatternFill("solid", fgColor="FF1F3864")
RAG_FILL = {"GREEN": "FF92D050", "AMBER": "FFFFC000", "RED": "FFFF0000"}
MAIN_COLS = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
             "Lead", "Progress update", "Target date", "Revised date", "RAG", "Comments"]
ARCH_COLS = ["No.", "Report", "Published", "Type", "Recommendation / AFI", "Lead",
             "Progress update", "RAG", "Comments"]


def rich(parts, grey=False):
    blocks = []
    for text, struck in parts:
        kw = {}
        if struck:
            kw["strike"] = True
        if grey:
            kw["color"] = GREY
        blocks.append(TextBlock(InlineFont(rFont="Calibri", sz=11, **kw), text))
    return CellRichText(blocks)


def put_row(ws, rn, cols, fr):
    style = fr.get("style")
    extra = fr.get("extra", set())
    grey = style in ("text_grey", "grey")
    vals = {
        "No.": fr.get("no"), "HMICFRS Ref": fr.get("ref"), "Report": fr.get("report"),
        "Published": fr.get("published"), "Type": fr.get("type"),
        "Recommendation / AFI": fr.get("text"), "Lead": fr.get("lead"),
        "Progress update": fr.get("update"), "Target date": fr.get("target"),
        "Revised date": fr.get("revised"), "RAG": fr.get("rag"), "Comments": fr.get("comments"),
    }
    for ci, name in enumerate(cols, start=1):
        v = vals.get(name)
        cell = ws.cell(rn, ci)
        if isinstance(v, tuple) and v and v[0] == "rich":
            struck_all = style == "runs_all" and name == "Recommendation / AFI"
            cell.value = rich([(t, s or struck_all) for t, s in v[1]], grey=grey)
        elif v is None or v == "":
            cell.value = None
        else:
            cell.value = v
        if isinstance(v, (dt.date, dt.datetime)):
            cell.number_format = "dd/mm/yyyy"
        strike = False
        if style == "row":
            strike = True
        elif style in ("text", "text_grey") and name == "Recommendation / AFI":
            strike = True
        elif name == "Progress update" and "update_struck" in extra:
            strike = True
        elif name == "Target date" and "target_struck" in extra:
            strike = True
        cell.font = Font(name="Calibri", size=11, strike=strike or None,
                         color=GREY if grey else None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if name == "RAG" and v in RAG_FILL:
            cell.fill = PatternFill("solid", fgColor=RAG_FILL[v])


def build_tracker() -> dict[str, list[str]]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ncol = len(MAIN_COLS)
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations, Causes of Concern and AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Organisational Learning Team (Corporate Development). Reviewed at Organisational "
                "Learning Board (OLB) 06/11/2025.")
    ws["A3"] = ("Once the OLB has signed an item off, strike through the recommendation text "
                "(Ctrl+5) – do NOT delete the row. See the Key tab before editing.")
    ws["A3"].font = Font(bold=True, color="FFC00000")
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    hdr_row = 5
    for ci, name in enumerate(MAIN_COLS, start=1):
        c = ws.cell(hdr_row, ci, name)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = HDR_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rowids: dict[str, list[str]] = {}
    rn = hdr_row
    for block in BLOCKS:
        rn += 1
        c = ws.cell(rn, 1, block)
        c.font = Font(bold=True, strike=True if block in STRUCK_BLOCK_HEADINGS else None)
        for ci in range(1, ncol + 1):
            ws.cell(rn, ci).fill = HEAD_FILL
        ws.merge_cells(start_row=rn, start_column=1, end_row=rn, end_column=ncol)
        for it in ITEMS:
            if it["block"] != block:
                continue
            for fr in it["f"]:
                if fr.get("sheet", "Tracker") != "Tracker":
                    continue
                rn += 1
                put_row(ws, rn, MAIN_COLS, fr)
                rowids.setdefault(it["key"], []).append(f"Tracker!{rn}")
    # a blank row and a footnote under the table
    rn += 2
    ws.cell(rn, 1, "Rows greyed out from 2022 = closed at OLB. RAG column not maintained since "
                   "April 2021.").font = Font(italic=True)
    ws.merge_cells(start_row=rn, start_column=1, end_row=rn, end_column=ncol)
    for col, w in zip("ABCDEFGHIJKL", [7, 10, 22, 12, 14, 80, 22, 45, 14, 12, 9, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    # ---- Archive
    wa = wb.create_sheet("Archive (pre-2016)")
    wa["A1"] = ("Archived from the main tracker 04/2019 (J. Ward). Items below were closed at OLB "
                "and are kept for audit only.")
    wa["A1"].font = Font(italic=True)
    wa.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ARCH_COLS))
    for ci, name in enumerate(ARCH_COLS, start=1):
        c = wa.cell(3, ci, name)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = HDR_FILL
    rn = 3
    for it in ITEMS:
        for fr in it["f"]:
            if fr.get("sheet") != "Archive":
                continue
            rn += 1
            put_row(wa, rn, ARCH_COLS, fr)
            rowids.setdefault(it["key"], []).append(f"Archive (pre-2016)!{rn}")
    for col, w in zip("ABCDEFGHI", [9, 26, 10, 13, 80, 26, 45, 9, 36]):
        wa.column_dimensions[col].width = w

    # ---- Key
    wk = wb.create_sheet("Key")
    key_lines = [
        ("HOW TO USE THIS TRACKER (Organisational Learning Team)", True),
        ("", False),
        ("Closing items", True),
        ("• When the OLB agrees an item is complete, strike through the recommendation text "
         "(select the cell, Ctrl+5). Please don't delete rows – HMICFRS may ask for the evidence.", False),
        ("• Rows from 2015-2018 were struck through across the whole row. Same meaning.", False),
        ("• From 2022 we also grey out the whole row when it is closed.  (KR, Jan 2022)", False),
        ("• Superseded by a later report: strike through and write 'Superseded by …' in Comments.", False),
        ("• Moved to another plan (DA Improvement Plan, Investigative Standards plan etc.): strike "
         "through here so it is not double-counted at OLB and write 'Moved to …' in Comments. "
         "Progress is then reported through that plan.", False),
        ("• If an item is re-opened, remove the strikethrough and say so in Comments.", False),
        ("", False),
        ("Other formatting", True),
        ("• Grey text without strikethrough = recommendation addressed to another body (Home Office, "
         "NPCC, College of Policing). No action for Cheshire – kept for information.", False),
        ("• Revised target dates: strike through the old date and put the new one next to it (or in "
         "'Revised date').", False),
        ("• A strikethrough in Lead or Progress update only means the lead or the update has "
         "changed.", False),
        ("", False),
        ("RAG (used until March 2021, no longer updated)", True),
        ("GREEN – implemented, waiting for OLB sign-off", False),
        ("AMBER – work in progress", False),
        ("RED – past target date / cannot be delivered (rationale required)", False),
        ("", False),
        ("Local actions (No. starting 'L' or ending 'a') are the force's own actions from OLB/JAC, "
         "not HMICFRS items.", False),
    ]
    for i, (t, bold) in enumerate(key_lines, start=1):
        c = wk.cell(i, 1, t if t else None)
        c.font = Font(bold=bold)
        c.alignment = Alignment(wrap_text=True)
    wk.column_dimensions["A"].width = 110
    save_deterministic(wb, CASE / "tracker.xlsx")
    return rowids


def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    hid = build_hmicfrs()
    fid = build_tracker()
    lines = []
    for it in ITEMS:
        h = hid.get(it["key"], "")
        frs = fid.get(it["key"], [])
        assert bool(h) == (it["h"] is not None)
        if not frs:
            lines.append((h, "", it["cat"], it["why"]))
        for f in frs:
            lines.append((h, f, it["cat"], it["why"]))

    def sk(line):
        h, f = line[0], line[1]
        hn = int(h.split("!")[1]) if h else 10 ** 6
        return (hn, f)
    lines.sort(key=sk)
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    print("HMICFRS items:", len(hid), "force item rows:", sum(len(v) for v in fid.values()))
    print("truth lines:", len(lines), counts)


if __name__ == "__main__":
    main()
