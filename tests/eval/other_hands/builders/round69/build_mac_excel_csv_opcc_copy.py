"""Build the case `mac_excel_csv_opcc_copy`.

HMICFRS side: the OPCC's copy of the HMICFRS definitive list for Lincolnshire Police, kept in
Excel on the OPCC scrutiny officer's Mac and saved with Excel for Mac's plain
"Comma Separated Values (.csv)" option. That option writes the workbook's active sheet as
MacRoman text (no BOM; characters MacRoman cannot hold become "_"), ends records with a lone
CR (classic Mac line ending) while line breaks inside a cell stay LF inside quotes, writes
every cell as it is *displayed* (a date formatted mmm-yy becomes "Mar-17"), and drops trailing
empty delimiters chunk by chunk (Excel writes rows in blocks; a block in which no row reaches
the last column is written narrower), so rows are ragged.

Force side: Lincolnshire Police's own tracker workbook (report heading rows between items,
a RAG key above the header, local actions, one recommendation split per bullet).

Run: /work/main/.venv/bin/python build_mac_excel_csv_opcc_copy.py
Rebuilds the case folder byte for byte (fixed seed, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main/reconcile/casegen")
import texts as T  # noqa: E402  real HMICFRS wording (OGL)

SEED = 6925
random.seed(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "mac_excel_csv_opcc_copy"
FORCE = "Lincolnshire Police"
LIST_DATE = "12/11/2024"

REC, AFI, COC, NAT = T.REC, T.AFI, T.COC, T.NAT
OPEN_BP, OPEN_AR = "Being progressed", "Awaiting review"
CL_C, CL_S, CL_N = "Complete", "Superseded", "No further action required"


def nat(key: str, i: int) -> str:
    return T.NATIONAL[key][2][i][1]


def nat_title(key: str) -> str:
    return T.NATIONAL[key][0]


def d(y, m, dd=1):
    return dt.date(y, m, dd)


# ---- reports ---------------------------------------------------------------------------------
# key -> (HMICFRS title, published, tracker heading)
REPORTS = {
    "sas13": (nat_title("sas13"), d(2013, 7, 9), "Stop & Search powers (HMIC 2013) – published Jul 2013"),
    "everyone": (nat_title("everyone"), d(2014, 3, 27), "Domestic abuse - Everyone's business – published Mar 2014"),
    "austerity": (nat_title("austerity"), d(2014, 7, 22), "Policing in Austerity 2014 – published Jul 2014"),
    "core": (nat_title("core"), d(2014, 9, 4), "Core business – published Sep 2014"),
    "integrity": (nat_title("integrity"), d(2015, 1, 30), "Integrity matters – published Jan 2015"),
    "sas15": (nat_title("sas15"), d(2015, 3, 24), "Stop & search powers 2 – published Mar 2015"),
    "picture": (nat_title("picture"), d(2015, 7, 1), "Information management (Building the Picture) – published Jul 2015"),
    "firearms": (nat_title("firearms"), d(2015, 9, 15), "Firearms licensing 2015 – published Sep 2015"),
    "eff15": ("PEEL: Police efficiency 2015", d(2015, 10, 15), "PEEL Efficiency 2015 – published Oct 2015"),
    "eff16": ("PEEL: Police efficiency 2016", d(2016, 11, 3), "PEEL Efficiency 2016 – published Nov 2016"),
    "leg16": ("PEEL: Police legitimacy 2016", d(2016, 12, 8), "PEEL Legitimacy 2016 – published Dec 2016"),
    "pe16": ("PEEL: Police effectiveness 2016", d(2017, 3, 2), "PEEL Effectiveness 2016 – published Mar 2017"),
    "stolen": (nat_title("stolen"), d(2017, 10, 24), "Stolen Freedom (MSHT) 2017 – published Oct 2017"),
    "efc17": (nat_title("efc17"), d(2017, 11, 9), "PEEL Efficiency 17 (all forces) – published Nov 2017"),
    "pf17": ("PEEL: Police efficiency 2017", d(2017, 11, 9), "PEEL Efficiency 2017 – published Nov 2017"),
    "leg17": (nat_title("leg17"), d(2017, 12, 12), "PEEL Legit 17 S&S (all forces) – published Dec 2017"),
    "pl17": ("PEEL: Police legitimacy 2017", d(2017, 12, 12), "PEEL Legitimacy 2017 – published Dec 2017"),
    "ncpi18": ("National child protection inspection 2018", d(2018, 6, 19), "NCPI 2018 – published Jun 2018"),
    "cdi19": ("Crime data integrity inspection 2019", d(2019, 9, 5), "CDI 2019 – published Sep 2019"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020", d(2020, 8, 18),
               "Custody inspection 2020 – published Aug 2020"),
    "powers": (nat_title("powers"), d(2021, 2, 26), "Police powers spotlight (Feb 21) – published Feb 2021"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", d(2022, 7, 22),
               "PEEL 2021/22 – published Jul 2022"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", d(2024, 5, 16),
               "PEEL Assessment 2023/24 – published May 2024"),
}

# Word's square bullet as pasted from the report into the register (MacRoman cannot hold it).
SQ = "\u25aa"


def bullets(text: str, mark: str) -> str:
    return text.replace("•", mark)


CDI_TEXT = ("HMICFRS recommends that the force should immediately:"
            + bullets(T.CDI_VICTIMS_BODY, SQ) + "; and")
MISSING_CH = [b for b in T.BODIES if b.startswith("review its approach to reports of missing")][0]
CHILD_DET = [b for b in T.BODIES if b.startswith("in conjunction with children")][0]


def body(prefix: str) -> str:
    hits = [b for b in T.BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


# ---- the items -------------------------------------------------------------------------------
# Each item: id, report, type, HMICFRS text, HMICFRS status, status date, OPCC note,
#            force rows (list of dicts, or [] when the force has no row), category, why.
# Force row dict: ref (value written in the tracker's ref column), type, text, lead, rag,
#                 progress, submitted, section (report key of the tracker section; default =
#                 item report).
ITEMS: list[dict] = []


def item(iid, rep, typ, text, status, sdate, note, frows, cat, why):
    ITEMS.append(dict(id=iid, rep=rep, typ=typ, text=text, status=status, sdate=sdate,
                      note=note, frows=frows, cat=cat, why=why))


def F(ref, typ, text, lead, rag, progress=None, submitted=None, section=None):
    return dict(ref=ref, typ=typ, text=text, lead=lead, rag=rag, progress=progress,
                submitted=submitted, section=section)


# national: stop and search 2013 (tracker never recorded refs for the oldest national items)
item(1108, "sas13", NAT, nat("sas13", 0), CL_C, "14/03/2016", None,
     [F(None, "Nat Rec", "CCs & CoP to set out in the S&S APP what effective and fair use of "
        "S&S looks like, with guidance - must comply with the Code of Practice.",
        "ACC Local Policing", "GREEN", "APP adopted; force S&S policy rewritten to match (2015).",
        "12/01/2016")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN; no ref on tracker, text match")
item(1109, "sas13", NAT, nat("sas13", 1), CL_S, "02/03/2017",
     "Superseded - now inspected under PEEL legitimacy",
     [F(None, "Nat Rec", "Establish/improve monitoring of how officers use S&S so we are satisfied "
        "it is lawful (incl. equality legislation & Code of Practice) and used effectively to "
        "prevent crime, catch criminals and maintain public trust.", "ACC Local Policing",
        "AMBER", "Monitoring via the S&S scrutiny board; BWV review still being embedded.")],
     "closeable_local", "HMICFRS Superseded, force AMBER")
item(1110, "sas13", NAT, nat("sas13", 2), CL_C, "14/03/2016", None,
     [F(None, "Nat Rec", "In consultation with the PCC, explain to the public how S&S powers are "
        "used and arrange for S&S records to be scrutinised by community representatives, "
        "involving those who are stopped (e.g. young people).", "ACC Local Policing", "GREEN",
        "Community scrutiny panel meets quarterly; data published on force website.")],
     "in_sync", "closed on both; near-duplicate of 3190 (Stop and search powers 2) - the "
     "tracker row without a ref sits under the 2013 heading, so it pairs with 1110")
# Everyone's business
item(2321, "everyone", NAT, T.EVERYONE_PLAN, CL_S, "02/03/2017",
     "HMICFRS: subsequently inspected in PEEL Effectiveness",
     [F(2321, "Nat Rec", "Establish and publish a DA action plan setting out in detail the steps "
        "the force will take to improve its approach to DA (developed with the PCC, support "
        "organisations and victims' representatives, DHR/IPCC findings, CPS scrutiny panels & "
        "MARAC self-assessments).", "Ch Supt Public Protection", "AMBER",
        "DA action plan refreshed annually; now part of the VAWG delivery plan.")],
     "closeable_local", "HMICFRS Superseded, force AMBER; list text keeps the stray footnote "
     "digit 'another force; and 20'")
# Policing in austerity: NFA
item(2470, "austerity", NAT, nat("austerity", 0), CL_N, "30/11/2017", None,
     [F(None, "Nat Rec", "Review savings plans so we keep reducing crime & protecting the front "
        "line while balancing the budget - use HMIC VfM profiles.", "Director of Finance",
        "GREEN", "Addressed holistically as part of the force change programme.")],
     "in_sync", "closed on both (NFA / GREEN)")
item(2471, "austerity", NAT, nat("austerity", 1), CL_N, "30/11/2017", "NFA confirmed by FLL",
     [], "missing_from_force", "on the list (closed, NFA) but no tracker row for the "
     "collaboration <10% savings recommendation")
item(2472, "austerity", NAT, nat("austerity", 2), CL_N, "30/11/2017", None,
     [F(None, "Nat Rec", "Where front-line workforce is reducing, assess whether decisive action "
        "has been taken to maintain crime fighting capacity.", "Director of Finance", "AMBER",
        "Addressed holistically as part of the force change programme.")],
     "closeable_local", "HMICFRS NFA, force AMBER")
item(2473, "austerity", NAT, nat("austerity", 3), CL_N, "30/11/2017", None,
     [F(None, "Nat Rec", "Review plans for collaboration ahead of the next spending round - scope "
        "for better VfM & capability through joint working with other forces, the public "
        "and/or private sector.", "DCC", "AMBER", "Regional collaboration review ongoing.")],
     "closeable_local", "HMICFRS NFA, force AMBER")
# Core business
item(4822, "core", NAT, nat("core", 0), CL_S, "02/03/2017",
     "Superseded - PEEL Effectiveness",
     [F(4822, "Nat Rec", "Provide call-handlers with specific, sound and comprehensible criteria "
        "to assess threat, harm and risk (deadline 31/03/2015).", "Supt Contact Centre", "GREEN",
        "THRIVE adopted in FCR 2015.")],
     "in_sync", "closed on both; near-duplicate of 10121 (CDI 2019) - refs decide")
item(4823, "core", NAT, nat("core", 1), CL_C, "21/06/2018", None,
     [F(4823, "Nat Rec", "Make sure crime prevention/disruption activity is systematically "
        "recorded and evaluated so we know which tactics work.", "Head of Corporate Development",
        "AMBER", "Problem-solving evaluation template launched; recording on Niche not yet "
        "consistent.")],
     "closeable_local", "HMICFRS Complete, force AMBER")
# Integrity matters (real register id 902)
item(902, "integrity", NAT, nat("integrity", 0), OPEN_BP, "09/02/2017", None,
     [F(902, "Nat Rec", "Satisfy ourselves that misconduct investigations ending in 'no further "
        "action' are fair and free of any form of discrimination.",
        "Head of Professional Standards", "GREEN",
        "PSD dip-sample of NFA outcomes by protected characteristic complete; no disparity found. "
        "Evidence pack with the Force Liaison Lead.", "18/10/2024")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN (submitted for closure)")
item(3190, "sas15", NAT, nat("sas15", 0), CL_C, "14/03/2016", None,
     [F(3190, "Nat Rec", "With the PCC, comply with the Code of Practice: explain to the public how "
        "S&S is used and have S&S records scrutinised by community reps (involve young people).",
        "ACC Local Policing", "GREEN")],
     "in_sync", "closed on both; near-duplicate text of 1110, ref 3190 decides")
item(3561, "picture", NAT, nat("picture", 0), OPEN_BP, "21/06/2018", None,
     [F(3561, "Nat Rec", "Put in place arrangements to scrutinise audits of compliance with the APP "
        "on information management through the IM governance structure, incl. regular "
        "adjustment of record categorisation.", "Head of Information Management", "AMBER",
        "MoPI audit schedule agreed; IM board to receive results from Q4.")],
     "in_sync", "open on both")
# Firearms licensing
item(3874, "firearms", NAT, nat("firearms", 0), CL_C, "14/03/2016", None,
     [F(3874, "Nat Rec", "Assess how well firearms licensing governance meets APP standards; put "
        "correct arrangements in place where not compliant.", "Supt Firearms Licensing", "GREEN")],
     "in_sync", "closed on both")
item(3875, "firearms", NAT, nat("firearms", 1), OPEN_BP, "14/03/2016", None,
     [F(3875, "Nat Rec", "Assess demand on the firearms licensing dept & make sure it has the "
        "capacity to meet it (within 3 months).", "Supt Firearms Licensing", "GREEN",
        "Demand review done; 4 additional FEOs recruited. Pending sign off by the chief officer "
        "lead.")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(3876, "firearms", NAT, nat("firearms", 2), CL_C, "21/06/2018", None,
     [F(3876, "Nat Rec", "Satisfy ourselves that appropriate action is being taken on ‘total "
        "expired’ licensing records.", "Supt Firearms Licensing", "AMBER",
        "Expired records down from 212 to 37; weekly review in place.")],
     "closeable_local", "HMICFRS Complete, force AMBER")
item(3877, "firearms", NAT, nat("firearms", 3), OPEN_BP, "14/03/2016", None,
     [F(3877, "Nat Rec", "Make sure use of temporary permits follows HO guidance, permits are "
        "recorded on NFLMS without delay, and certificate holders are never left in unlawful "
        "possession of a firearm.", "Supt Firearms Licensing", "AMBER")],
     "in_sync", "open on both")
item(3878, "firearms", NAT, nat("firearms", 4), OPEN_BP, "14/03/2016", None, [],
     "missing_from_force", "open on HMICFRS, no tracker row (identifying certificate holders "
     "before attendance)")
# Stolen freedom
SF_BUL = [
    "Within 12 months - review leadership & governance for MSHT:\n(a) senior leaders prioritise "
    "the response to MSHT",
    "(b) every MSHT incident allocated resources with the skills, experience and capacity to "
    "investigate it effectively",
    "(c) effective partnership arrangements to co-ordinate activity, share information & "
    "safeguard victims",
    "(d) performance & QA measures so senior leaders can assess the quality of service to "
    "victims",
]
SF_PROG = ["MSHT lead at ACC level; quarterly MSHT gold group.",
           "All MSHT crimes allocated to PVP investigation teams.",
           "Anti-Slavery Partnership with all 7 district councils in place.",
           "MSHT measures added to the Force Performance pack."]
item(8310, "stolen", NAT, T.SF_LEADERSHIP, OPEN_BP, "24/04/2018", None,
     [F(8310, "Nat Rec", t, "Det Ch Supt Force CID", "GREEN", p, "30/09/2024")
      for t, p in zip(SF_BUL, SF_PROG)],
     "closeable_submit", "tracker splits the recommendation into its four bullets, all GREEN; "
     "HMICFRS Being progressed")
item(8311, "stolen", NAT, nat("stolen", 1), OPEN_BP, "24/04/2018", None,
     [F(8311, "Nat Rec", "Within 12 months, have active ISAs in place with other agencies to speed "
        "up exchange of intelligence, safeguard victims better and identify suspects early.",
        "Head of Intelligence", "AMBER", "ISA with 3 of 7 districts signed.")],
     "conflict", "timescale differs: HMICFRS 'Within six months', tracker 'Within 12 months'")
item(8312, "stolen", NAT, nat("stolen", 2), OPEN_AR, "24/10/2017", None,
     [F(8312, "Nat Rec", "Immediately - make sure victims who commit crimes under compulsion from "
        "slavery/exploitation get early & continuing consideration of the s45 defence.",
        "Head of Criminal Justice", "GREEN", "s45 checklist on Niche; CPS liaison agreed.",
        "30/09/2024")],
     "closeable_submit", "HMICFRS Awaiting review, force GREEN")
item(8313, "stolen", NAT, nat("stolen", 3), OPEN_BP, "24/04/2018", None,
     [F(8313, "Nat Rec", "Make sure we are fully compliant with the NRM process and notify the HO "
        "of every suspected adult victim (duty to notify, MSA 2015).", "Det Ch Supt Force CID",
        "AMBER")],
     "in_sync", "open on both")
item(8314, "stolen", NAT, nat("stolen", 4), CL_C, "11/02/2020", None,
     [F(8314, "Nat Rec", "Fully comply with NCRS for MSHT offences; FCR to have enough audit "
        "capacity to identify and manage gaps in crime-recording accuracy.",
        "Force Crime Registrar", "GREEN")],
     "in_sync", "closed on both")
item(8315, "stolen", NAT, nat("stolen", 5), OPEN_BP, "24/04/2018", None,
     [F(8315, "Nat Rec", "MSHT allegations thoroughly investigated and supervised by teams with the "
        "right skills & experience (use JITs / overseas agencies where appropriate).",
        "Det Ch Supt Force CID", "RED",
        "Little work yet undertaken in this area. Unlikely to reach deadlines.")],
     "in_sync", "open on both (RED is open)")
item(8316, "stolen", NAT, nat("stolen", 6), CL_C, "11/02/2020", None,
     [F(8316, "Nat Rec", "Review use of preventative powers under MSA 2015 (STPOs/STROs) so "
        "opportunities to restrict those posing a threat are exploited.",
        "Det Ch Supt Force CID", "AMBER", "2 STROs obtained 2023/24; guidance being refreshed.")],
     "closeable_local", "HMICFRS Complete, force AMBER")
item(8402, "efc17", NAT, nat("efc17", 0), OPEN_BP, "09/11/2017", None,
     [F(8402, "Nat Rec", "By Sept 2018 produce an ambitious plan to improve digitally-enabled "
        "services (national framework via HO/NPCC/APCC).", "Head of Corporate Development",
        "GREEN", "Digital services strategy approved by chief officers.", "30/09/2024")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
# PEEL legitimacy 2017 national (real register id 8541 for the legitimacy 2017 item)
item(8541, "leg17", COC, nat("leg17", 0), OPEN_BP, "12/12/2017", None,
     [F(8541, "CoC", "HMICFRS concerned forces can't show S&S is consistently reasonable and fair "
        "- over-representation of BAME (esp. black) people in S&S data that we can't explain.",
        "ACC Local Policing", "AMBER")],
     "in_sync", "open on both (cause of concern)")
item(8542, "leg17", NAT, T.SAS_MONITORING_2017, OPEN_BP, "12/12/2017", None,
     [F(8542, "Nat Rec", "By July 2018 regularly monitor S&S data to understand:\n• reasons for "
        "disproportionate representation of ethnic groups;\n• how find rates differ between "
        "ethnicities and search types (incl. drugs possession vs supply).",
        "ACC Local Policing", "GREEN", "S&S dashboard live.", "30/09/2024")],
     "conflict", "tracker drops the third bullet (prevalence of possession-only drug searches)")
item(8543, "leg17", NAT, nat("leg17", 2), OPEN_BP, "12/12/2017", None,
     [F(8543, "Nat Rec", "Where monitoring shows disparities, show the public we have researched "
        "the reasons and taken action to reduce them.", "ACC Local Policing", "GREEN",
        "Annual disproportionality report published Jul 2024.", "30/09/2024")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(8544, "leg17", NAT, nat("leg17", 3), OPEN_BP, "12/12/2017", None, [],
     "missing_from_force", "open on HMICFRS (publish analysis annually), no tracker row")
item(8545, "leg17", NAT, nat("leg17", 4), CL_C, "11/02/2020", None,
     [F(8545, "Nat Rec", "All officers using S&S trained on unconscious bias and the CoP APP on S&S "
        "(by July 2018 and ongoing).", "Head of Learning & Development", "GREEN")],
     "in_sync", "closed on both")
# Disproportionate use of police powers
item(12210, "powers", NAT, nat("powers", 0), OPEN_BP, "26/02/2021", None,
     [F(12210, "Nat Rec", "By July 2022 - officers & staff have effective communication skills in "
        "line with the National Policing Guidelines on Conflict Management (on top of existing "
        "de-escalation training).", "Head of Learning & Development", "AMBER")],
     "in_sync", "open on both")
item(12211, "powers", NAT, nat("powers", 1), OPEN_BP, "26/02/2021", None,
     [F(12211, "Nat Rec", "By July 2021 - communication skills reinforced through CPD; supervisors "
        "supported to debrief officers using BWV.", "Head of Learning & Development", "GREEN",
        "Completed. Evidence submitted to HMICFRS for closure.", "06/09/2024")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(12212, "powers", NAT, T.BWV_2021, OPEN_BP, "26/02/2021", None,
     [F(12212, "Nat Rec", "By Sept 2021 - BWV to record whole S&S encounters (incl. traffic stops & "
        "use of force); structured BWV review process; scrutiny panel access to BWV footage.",
        "ACC Local Policing", "AMBER")],
     "in_sync", "open on both")
item(12213, "powers", NAT, nat("powers", 3), OPEN_BP, "26/02/2021",
     "Directed at Home Office / NPCC",
     [F(12213, "Nat Rec", "HO & NPCC to improve the quality of use of force data in S&S so it can be "
        "published.", None, "WHITE",
        "Not the force's responsibility to deliver; dependent upon another organisation.")],
     "closeable_submit", "HMICFRS Being progressed, force WHITE = not ours to deliver (done "
     "per the tracker's key)")
item(12214, "powers", NAT, nat("powers", 4), CL_C, "15/05/2023", None,
     [F(12214, "Nat Rec", "By July 2021 - effective internal monitoring of use of force to identify "
        "and explain disproportionate use.", "ACC Local Policing", "GREEN")],
     "in_sync", "closed on both")

# ---- force-level reports ---------------------------------------------------------------------
item(6101, "pe16", COC, T.CAUSES[0], OPEN_BP, "02/03/2017", None,
     [F(6101, "CoC", "DA response a cause of concern - officer discretion on DASH means risk not "
        "always assessed; DASH not consistently completed where policy requires.",
        "C/Supt Bell", "AMBER", "Covered by the Vulnerability Improvement Delivery Plan; see "
        "latest plan update.")],
     "in_sync", "open on both (cause of concern)")
item(6102, "pe16", REC, "To address this cause of concern, HMIC recommends the force should "
     "immediately " + body("take steps to ensure that there is effective supervision") + ".",
     OPEN_BP, "02/03/2017", None,
     [F(6102, "Rec", "Immediately - effective supervision of the initial risk assessment process, "
        "specifically completion of DASH in appropriate cases.", "C/Supt Bell", "GREEN",
        "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents. "
        "The policy is now signed off and in place.", "18/10/2024")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(6103, "pe16", AFI, "The force should " + body("improve the supervision of investigations")
     + ".", CL_C, "11/02/2020", None,
     [F(6103, "AFI", "Improve supervision of investigations - plans set, reviewed and recorded so "
        "victims get a consistently good service.", "Det Ch Supt Force CID", "GREEN")],
     "in_sync", "closed on both")
item(6104, "pe16", REC, "Within six months the force should " + bullets(MISSING_CH, SQ) + ".",
     OPEN_BP, "02/03/2017", None,
     [F(6104, "Rec", "Review approach to missing children: call takers use missing/absent "
        "correctly; call takers & frontline staff can spot CSE risk factors; supervisors oversee "
        "missing enquiries and direct timely safeguarding.", "Ch Supt Public Protection",
        "AMBER")],
     "in_sync", "open on both; list text has Word square bullets that the Mac CSV turned into '_'")
item(6105, "pe16", AFI, f"{FORCE} should " + body("improve its ability to retrieve digital") + ".",
     OPEN_BP, "02/03/2017", None,
     [F(6105, "AFI", "Improve ability to retrieve digital evidence from phones, computers etc. "
        "quickly enough that investigations aren't delayed.", "Head of Intelligence", "GREEN",
        "DFU backlog cleared; kiosks in all hubs.", "06/09/2024")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(8450, "pf17", AFI, T.CONTROL_ROOM, OPEN_BP, "09/11/2017", None,
     [F(8450, "Rec", "Make sure there are enough resources in the control room to fulfil the "
        "resourcing model and meet demand, taking account of staff wellbeing.",
        "Supt Contact Centre", "AMBER")],
     "conflict", "type differs: HMICFRS area for improvement, tracker 'Rec'")
item(8451, "pf17", AFI, "The force should " + body("develop a future workforce plan") + ".",
     CL_C, "11/02/2020", None,
     [F(8451, "AFI", "Develop a future workforce plan aligned to demand and budget (future resource "
        "allocation, skills mix, behaviours).", "Director of People", "GREEN")],
     "in_sync", "closed on both")
item(8452, "pf17", AFI, "The force should " + body("undertake further work to gain") + ".",
     CL_S, "15/05/2023", "Superseded by PEEL 2021/22",
     [F(8452, "AFI", "Gain a fuller understanding of current and likely future demand so resources "
        "can be matched to demand.", "Head of Corporate Development", "AMBER",
        "Covered by the FMS; demand modelling tool being procured.")],
     "closeable_local", "HMICFRS Superseded, force AMBER")
item(8560, "pl17", AFI, "The force should " + body("ensure all staff have received") + ".",
     OPEN_BP, "12/12/2017", None,
     [F(8560, "AFI", "Clear the vetting backlog - all staff to hold at least the lowest level of "
        "vetting clearance, with renewals dealt with when due (national vetting guidelines).",
        "Head of Professional Standards", "AMBER", "Backlog 140 (Oct 24).")],
     "in_sync", "open on both")
item(8561, "pl17", AFI, "The force should " + body("make sure it provides a confidential way") + ".",
     CL_C, "11/02/2020", None,
     [F(8561, "AFI", "Provide a confidential route for staff to raise concerns and make sure staff "
        "know the whistleblowing process.", "Head of Professional Standards", "AMBER",
        "New reporting line procured; launch Jan 25.")],
     "closeable_local", "HMICFRS Complete, force AMBER")
item(8562, "pl17", AFI, "The force should " + body("revise its approach to cautions") + ".",
     OPEN_BP, "12/12/2017", None,
     [F(8562, "AFI", "Revise approach to cautions, cannabis warnings & PNDs - clear, auditable "
        "explanation to the offender, and victim's views recorded before issue for victim-based "
        "crime.", "Head of Criminal Justice", "AMBER", section="leg16")],
     "conflict", "report and date differ: HMICFRS PEEL: Police legitimacy 2017 (Dec-17); tracker "
     "files it under PEEL Legitimacy 2016 - published Dec 2016 (same ref 8562)")
item(9310, "ncpi18", REC, "Within three months, the force should "
     + body("ensure regular and active supervision") + ".", CL_C, "11/02/2020", None,
     [F(9310, "Rec", "Within 3 months - regular, active supervision of the quality & progress of "
        "investigations, properly recorded.", "Ch Supt Public Protection", "GREEN")],
     "in_sync", "closed on both")
item(9311, "ncpi18", REC, "Within six months the force should " + CHILD_DET + ".", OPEN_BP,
     "19/06/2018", None,
     [F(9311, "Rec", "With children's social care, review detention of children: only detained "
        "when absolutely necessary; early assessment of need for alternative accommodation; "
        "custody records all actions/decisions; timely appropriate adult support.",
        "Ch Insp Custody", "GREEN", "Concordat signed with LCC; AA contract extended to 24/7.",
        "18/10/2024")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(9312, "ncpi18", REC, "HMIC recommends that within six months the force should: "
     + body("take steps to understand and address") + ";", OPEN_AR, "19/06/2018", None,
     [F(9312, "Rec", "Within 6 months - understand & address why so many DA victims don't support "
        "the investigation.", "Ch Supt Public Protection", "AMBER")],
     "in_sync", "open on both")
CDI_BUL = [
    ("Victims are believed at the point of report", "GREEN"),
    ("Call handler conversations summarised accurately in the incident log so attending officers "
     "have full facts for crime-recording decisions", "GREEN"),
    ("Multiple crimes always recorded when described in incidents or found during other "
     "investigations", "AMBER"),
    ("Stop the practice of waiting for medical exam / video interview results before making "
     "crime-recording decisions", "GREEN"),
    ("Online crime reports triaged on receipt to identify ongoing risk to the victim or public",
     "AMBER"),
]
item(10120, "cdi19", REC, CDI_TEXT, OPEN_BP, "05/09/2019", None,
     [F(10120, "Rec", t, "Force Crime Registrar", r) for t, r in CDI_BUL],
     "in_sync", "tracker splits the recommendation into its five bullets; two still AMBER, so the "
     "force side is open as a whole and HMICFRS is open: in sync, every split row")
item(10121, "cdi19", REC, "Within three months, the force should "
     + body("provide call-handlers with specific") + ".", CL_C, "15/05/2023", None,
     [F(10121, "Rec", "Provide call-handlers with criteria to assess threat, harm and risk "
        "(3 months).", "Supt Contact Centre", "GREEN")],
     "in_sync", "closed on both; near-duplicate of 4822 - refs decide")
item(10122, "cdi19", AFI, "The force should " + body("improve its use of its crime-recording")
     + ".", OPEN_BP, "05/09/2019", None, [],
     "missing_from_force", "open on HMICFRS, no tracker row")
item(10123, "cdi19", AFI, "The force should make sure it records reports of rape and serious "
     "sexual offences accurately and without delay.", OPEN_BP, "05/09/2019", None,
     [F(10123, "AFI", "Record reports of RASSO accurately and without delay.",
        "Force Crime Registrar", "GREEN", "Ready to move to GREEN status.", "06/09/2024")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(11050, "cust20", REC, "Within six months the force should "
     + body("make sure there are appropriate strategic oversight") + ".", CL_C, "15/05/2023", None,
     [F(11050, "Rec", "Within 6 months - strategic oversight arrangements to manage risks, "
        "performance & improvement plans (custody).", "Ch Insp Custody", "AMBER",
        "Custody governance board ToR being redrafted.")],
     "closeable_local", "HMICFRS Complete, force AMBER")
item(11051, "cust20", AFI, "The force should " + body("make sure all processes in place") + ".",
     CL_N, "15/05/2023", None,
     [F(11015, "AFI", "Make sure all processes supporting performance management in custody are "
        "effective.", "Ch Insp Custody", "GREEN")],
     "conflict", "reference differs: list 11051, tracker 11015 (digits transposed; 11015 is on no "
     "list); same report, same text; both closed")
item(12801, "peel21", COC, T.CAUSES[2], OPEN_BP, "22/07/2022", None,
     [F(12801, "CoC", "Capacity and capability to investigate crime effectively - failings in how "
        "crimes are investigated.", "Det Ch Supt Force CID", "AMBER",
        "Investigations improvement plan - phase 2.")],
     "in_sync", "open on both (cause of concern)")
item(12802, "peel21", REC, f"Within six months {FORCE} should "
     + body("improve its understanding of suspects released") + ".", OPEN_BP, "22/07/2022", None,
     [F(12802, "Rec", "Within 6 months - improve understanding & management of suspects RUI and "
        "on bail.", "Head of Criminal Justice", "GREEN", "Bail/RUI dashboard live; weekly review.",
        "18/10/2024")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(12803, "peel21", AFI, "The force should " + body("put plans in place to monitor") + ".",
     OPEN_BP, "22/07/2022", None,
     [F(12803, "AFI", "Monitor team cultures (incl. staff feedback) and act promptly on issues "
        "found.", "Director of People", "AMBER")],
     "in_sync", "open on both")
item(12804, "peel21", AFI, "The force should " + body("specify in succession plans") + ".",
     CL_C, "15/05/2023", None,
     [F(12804, "AFI", "Succession plans to set out how diversity will improve at all levels, incl. "
        "more direct entry.", "Director of People", "GREEN")],
     "in_sync", "closed on both")
item(12805, "peel21", AFI, "The force should make sure victims of stalking and harassment are "
     "kept informed about the progress of their case, in line with the Code of Practice for "
     "Victims of Crime.", OPEN_BP, "22/07/2022", None,
     [F(12805, "AFI", "Keep stalking & harassment victims updated on their case in line with the "
        "Victims' Code.", "Ch Supt Public Protection", "GREEN", "VCOP compliance 94% (Sep 24).",
        "18/10/2024")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(12806, "peel21", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving domestic abuse.", OPEN_AR, "22/07/2022", None,
     [F(12806, "AFI", "Improve timeliness of response to DA calls for service.",
        "Supt Contact Centre", "RED", "Attendance times worse than target for 6 months.")],
     "in_sync", "open on both (RED)")
item(12807, "peel21", AFI, "The force should " + body("review how it gathers and uses equality")
     + ".", CL_S, "16/05/2024", "Superseded by PEEL 2023/24",
     [F(12807, "AFI", "Review how E&D data is gathered and used to understand workforce "
        "demographics.", "Director of People", "AMBER")],
     "closeable_local", "HMICFRS Superseded, force AMBER")
NEW = "New since list of 14/05/2024"
item(13410, "peel23", AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from county lines drug dealing.", OPEN_AR, "16/05/2024", NEW,
     [F(13410, "AFI", "Work better with partners to safeguard people at risk from county lines.",
        "Head of Intelligence", "AMBER")],
     "in_sync", "open on both")
item(13411, "peel23", AFI, "The force should make sure investigations of fraud are allocated to "
     "officers with the right skills and are effectively supervised.", OPEN_AR, "16/05/2024", NEW,
     [], "missing_from_force", "new item on the list, not yet on the tracker")
item(13412, "peel23", AFI, "The force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to violence against women and girls.", OPEN_AR,
     "16/05/2024", NEW,
     [F(13412, "AFI", "Performance framework to give senior leaders a clear picture of the VAWG "
        "response.", "Head of Corporate Development", "AMBER")],
     "in_sync", "open on both")
item(13413, "peel23", AFI, "The force should " + body("immediately review its current background")
     + ".", OPEN_AR, "16/05/2024", NEW,
     [F(13413, "AFI", "Review background checks arrangements so suitable & sufficient checks "
        "safeguard staff and communities.", "Head of Professional Standards", "GREEN",
        "Pre-employment checks policy reissued Aug 24.", "18/10/2024")],
     "closeable_submit", "HMICFRS Awaiting review, force GREEN")
item(13414, "peel23", REC, "Within six months, the force should make sure it has enough "
     "specialist capacity and capability to investigate rape and serious sexual offences.",
     OPEN_BP, "16/05/2024", NEW,
     [F(13414, "Rec", "Within 6 months - enough specialist capacity & capability to investigate "
        "RASSO.", "Det Ch Supt Force CID", "AMBER")],
     "in_sync", "open on both")

# ---- force rows with no HMICFRS item ---------------------------------------------------------
# (section, ref, type, text, lead, rag, progress, why)
FORCE_ONLY = [
    ("eff15", 4910, "AFI", "Develop our understanding of the links between outcomes, outputs and "
     "costs.", "Director of Finance", "AMBER", "Priority-based budgeting review 2025.",
     "old AFI HMICFRS no longer holds (4910 not on the list): query with HMICFRS"),
    ("eff16", 7305, "AFI", "Make sure the corporate risk register is actively used to mitigate & "
     "manage known risks.", "Head of Corporate Development", "GREEN", None,
     "closed AFI already dropped from the list (7305 not on it)"),
    ("stolen", None, "Local", "Local action: Appoint a single point of contact for MSHT in each "
     "local policing area", "Det Ch Supt Force CID", "GREEN", "SPoCs in all 3 LPAs.",
     "force's own local action"),
    ("peel21", None, "Local", "Force action - Dip-sample 50 domestic abuse crime reports each "
     "quarter and report findings to the Crime Standards Board", "Force Crime Registrar", "AMBER",
     None, "force's own local action"),
    ("local", None, "Local", "Internal audit action: Internal audit of the firearms licensing "
     "governance arrangements (audit plan 2023/24)", "Supt Firearms Licensing", "AMBER",
     "Fieldwork Nov 24.", "internal audit action, not HMICFRS"),
    ("local", None, "Local", "JAC action: Add vetting measures to the monthly Force Performance "
     "pack", "Head of Professional Standards", "GREEN", None, "JAC action, not HMICFRS"),
]

# ==============================================================================================
# HMICFRS side: the OPCC's sheet, then Excel for Mac's "Comma Separated Values" save
# ==============================================================================================
LIST_HEADER = ["HMICFRS ID", "Report title", "Published", "Type",
               "Recommendation / area for improvement / cause of concern", "HMICFRS status",
               "Status date", "OPCC note"]


def mmm_yy(day: dt.date) -> str:  # the cell's mmm-yy number format, as Excel displays it
    return day.strftime("%b-%y")


def list_rows() -> tuple[list[list[str]], dict[int, int]]:
    rows: list[list[str]] = [
        ["Office of the Police and Crime Commissioner for Lincolnshire"],
        [f"HMICFRS definitive list – recommendations, areas for improvement and causes of concern "
         f"held against {FORCE} – as received from the Force Liaison Lead {LIST_DATE}"],
        ["OPCC working copy for the Joint Independent Audit Committee. Columns A–G as supplied "
         "by HMICFRS; column H is the OPCC’s."],
        [],
        LIST_HEADER,
    ]
    order = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][1], it["id"]))
    where: dict[int, int] = {}
    for it in order:
        title, pub, _ = REPORTS[it["rep"]]
        rows.append([str(it["id"]), title, mmm_yy(pub), it["typ"], it["text"], it["status"],
                     it["sdate"], it["note"] or ""])
        where[it["id"]] = len(rows)
    n_open = sum(it["status"] in (OPEN_BP, OPEN_AR) for it in ITEMS)
    rows += [[], [f"Total on list: {len(ITEMS)}"],
             [f"Open (awaiting review / being progressed): {n_open}"],
             [f"Closed (complete / superseded / no further action): {len(ITEMS) - n_open}"]]
    return rows, where


def mac_roman(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("mac_roman")
        except UnicodeEncodeError:
            out += b"_"  # Excel for Mac writes "_" for a character the code page lacks
    return bytes(out)


def excel_field(v: str) -> str:
    if any(c in v for c in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


def write_mac_csv(rows: list[list[str]], path: Path, block: int = 16) -> None:
    width = max(len(r) for r in rows)
    lines = []
    for start in range(0, len(rows), block):
        chunk = rows[start:start + block]
        # widest non-empty cell in the block decides how many delimiters each row gets
        used = max((max((i + 1 for i, v in enumerate(r) if v), default=0) for r in chunk),
                   default=0)
        used = max(used, 1)
        for r in chunk:
            cells = (list(r) + [""] * width)[:used]
            lines.append(",".join(excel_field(c) for c in cells))
    data = "\r".join(lines) + "\r"
    path.write_bytes(mac_roman(data))


# ==============================================================================================
# Force side: the tracker workbook
# ==============================================================================================
TR_SHEET = "Tracker"
TR_HEADER = ["No.", "HMICFRS Ref", "Type", "Recommendation / AFI", "Lead", "RAG",
             "Progress update", "Submitted for closure"]
RAG_FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF"}


def tracker_rows():
    """Rows as lists plus, per truth key, the Excel row numbers."""
    sections: dict[str, list] = {}
    for it in ITEMS:
        for k, fr in enumerate(it["frows"]):
            sec = fr["section"] or it["rep"]
            sections.setdefault(sec, []).append(("item", it["id"], k, fr))
    for j, (sec, ref, typ, text, lead, rag, prog, why) in enumerate(FORCE_ONLY):
        sections.setdefault(sec, []).append(
            ("only", j, 0, F(ref, typ, text, lead, rag, prog)))
    order = sorted((s for s in sections if s != "local"), key=lambda s: REPORTS[s][1])
    order.append("local")
    rows: list[tuple[str, list]] = [
        ("title", ["LINCOLNSHIRE POLICE – HMICFRS RECOMMENDATIONS & AREAS FOR IMPROVEMENT TRACKER"]),
        ("title", ["Owner: Strategic Development – Organisational Learning | Last updated "
                   "01/11/2024"]),
        ("title", ["RAG key: GREEN = implemented (evidence held) | AMBER = in progress, on track | "
                   "RED = beyond deadline or cannot be implemented | WHITE = not Lincolnshire "
                   "Police's responsibility to deliver / dependent on another organisation"]),
        ("blank", []),
        ("header", TR_HEADER),
    ]
    where: dict[tuple, int] = {}
    no = 0
    for sec in order:
        heading = ("Force-identified actions (not from an HMICFRS report)" if sec == "local"
                   else REPORTS[sec][2])
        rows.append(("blank", []))
        rows.append(("section", [heading]))
        # items in HMICFRS-id order; local actions last within a section
        for kind, key, k, fr in sorted(sections[sec], key=lambda t: (t[0] == "only", t[1], t[2])):
            no += 1
            rows.append(("item", [no, fr["ref"], fr["typ"], fr["text"], fr["lead"], fr["rag"],
                                  fr["progress"], fr["submitted"]]))
            where[(kind, key, k)] = len(rows)
    return rows, where


def write_tracker(path: Path):
    rows, where = tracker_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = TR_SHEET
    bold = Font(bold=True)
    for r, (kind, vals) in enumerate(rows, start=1):
        for c, v in enumerate(vals, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c)
            if kind == "item" and c == 8 and isinstance(v, str) and v[2] == "/":
                day, mon, yr = map(int, v.split("/"))
                cell.value = dt.date(yr, mon, day)
                cell.number_format = "dd/mm/yyyy"
            else:
                cell.value = v
            if kind in ("title", "header", "section"):
                cell.font = Font(bold=True, size=12 if kind == "title" and r == 1 else 11)
            if kind == "item" and c in (4, 7):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if kind == "item" and c == 6 and v in RAG_FILL:
                cell.fill = PatternFill("solid", fgColor=RAG_FILL[v])
        if kind == "section":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        if kind == "header":
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="1F4E78")
                ws.cell(row=r, column=c).font = Font(bold=True, color="FFFFFF")
    for col, w in zip("ABCDEFGH", (6, 12, 9, 70, 26, 9, 50, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    fixed = dt.datetime(2024, 11, 1, 9, 30, 0)
    wb.properties.creator = "Organisational Learning"
    wb.properties.created = fixed
    buf = io.BytesIO()
    wb.save(buf)
    _freeze_zip(buf.getvalue(), path, fixed)
    return where


def _freeze_zip(raw: bytes, path: Path, fixed: dt.datetime) -> None:
    """Rewrite the xlsx with fixed timestamps so the build is byte for byte."""
    stamp = fixed.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 1, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


README = r"""# Case `mac_excel_csv_opcc_copy`

Built by `../build_mac_excel_csv_opcc_copy.py` (seed 6925, `/work/main/.venv/bin/python`);
rebuilds all three files byte for byte (the xlsx has fixed zip and core.xml timestamps).

## The HMICFRS side: `hmicfrs.csv`

**How it was kept and exported.** The HMICFRS definitive list for Lincolnshire Police
(received from the Force Liaison Lead on 12/11/2024) as kept by the **OPCC** in its working
copy for the Joint Independent Audit Committee: the OPCC scrutiny officer works on a Mac and
saved the sheet from Excel for Mac with the plain **"Comma Separated Values (.csv)"** option
(not "CSV UTF-8"). What that save really does, and what is therefore in the file:

| What Excel for Mac does | What is in the file |
|---|---|
| Writes the Mac code page (MacRoman), no BOM | `’` = 0xD5, `‘` 0xD4, `–` 0xD0, `•` 0xA5. UTF-8 decoding fails at byte 93; read as cp1252 it shows `OPCCÕs`, `ÔtotalÕ`, `AÐG`, `¥ in consultation` |
| Characters the code page lacks become `_` | Word square bullets `▪` in 6104 and 10120 (text pasted from the report into the register) are `_ ` at the start of each bullet line (8 of them) |
| Ends each record with a lone CR (classic Mac) | 77 records, 77 CR, no CRLF. A reader that only splits on LF sees one line |
| Keeps in-cell line breaks as LF inside quotes | 23 LF, all inside quoted text cells (bulleted recommendations) |
| Writes each cell as displayed | `Published` was formatted mmm-yy, so it is `Jul-13`, `Mar-17`, `Nov-17` (no day); `Status date` dd/mm/yyyy |
| Drops trailing empty delimiters per block of rows | Records 17–32 have 7 fields (no OPCC note in that block); every other record has 8. Rows are ragged |
| Saves only the active sheet, values not formulas | one table only |

**Layout (row numbers are Excel's record numbers for this CSV):** rows 1–3 title lines
(OPCC name; "HMICFRS definitive list … as received from the Force Liaison Lead 12/11/2024";
"OPCC working copy … Columns A–G as supplied by HMICFRS; column H is the OPCC’s"), row 4
blank, **row 5 header** (`HMICFRS ID, Report title, Published, Type, Recommendation / area for
improvement / cause of concern, HMICFRS status, Status date, OPCC note`), rows 6–73 the 68
items sorted by publication date then ID, row 74 blank, rows 75–77 totals ("Total on list:
68", open 41, closed 27). Not items: rows 1–5 and 74–77.

IDs are plain register integers (902, 1108 … 13414). Types: National recommendation,
Recommendation, Area for improvement, Cause of concern. HMICFRS status: Awaiting review,
Being progressed (open); Complete, Superseded, No further action required (closed). The OPCC
note column is commentary only ("New since list of 14/05/2024", "Directed at Home Office /
NPCC", "Superseded - now inspected under PEEL legitimacy"); it never changes a status.

## The force side: `tracker.xlsx`, sheet `Tracker`

Rows 1–3 title, owner/date and RAG key (GREEN implemented, AMBER, RED, WHITE = not Lincolnshire
Police's to deliver), row 4 blank, **row 5 header** (`No., HMICFRS Ref, Type, Recommendation /
AFI, Lead, RAG, Progress update, Submitted for closure`). Items sit under merged report
heading rows ("PEEL Effectiveness 2016 – published Mar 2017"), each preceded by a blank row;
the last section is "Force-identified actions (not from an HMICFRS report)". `No.` is the
tracker's running number, not an HMICFRS reference. Force texts are the force's own summaries
(abbreviations DA, S&S, MSHT, RASSO, ISAs, BWV, HO, CoP; "Within 6/12 months"). RAG also shown
as cell fill. Done = GREEN or WHITE; open = AMBER or RED. 76 item rows.

## Traps and how the truth decides them

- **Encoding / line endings / ragged rows / "_" bullets / month-only dates**: list-side only,
  from the Mac save above; they change no category.
- **Oldest national items have no ref on the tracker** (sas13 ×3, austerity ×3): paired by text
  and section.
- **Near-duplicate texts in different reports**: 1110 (2013) vs 3190 (Stop and search powers 2)
  — the tracker row without a ref under the 2013 heading is 1110, the one with ref 3190 is 3190;
  4822 (Core business) vs 10121 (CDI 2019), both "criteria for call-handlers" — refs decide.
- **Two reports with the same name and date**: "PEEL: Police efficiency 2017 (national
  overview)" (8402) and force-level "PEEL: Police efficiency 2017" (8450–8452), both Nov-17.
- **Split rows**: 8310 (MSHT leadership) is four tracker rows, one per bullet, all GREEN vs
  HMICFRS Being progressed → four `closeable_submit` lines. 10120 (CDI victims) is five rows,
  three GREEN and two AMBER → the force side is open as a whole, HMICFRS open → five `in_sync`.
- **WHITE** (12213, addressed to Home Office/NPCC): the tracker's key makes WHITE a
  not-ours-to-deliver closure → done; HMICFRS Being progressed → `closeable_submit`.
- **"Pending sign off" / "Ready to move to GREEN" in progress text** with RAG GREEN: RAG decides
  (done).
- **Conflicts (5)**: 8311 timescale (list "Within six months", tracker "Within 12 months");
  8542 tracker drops the third bullet (possession-only drug searches); 8450 type (AFI on the
  list, "Rec" on the tracker); 8562 report/date (list PEEL: Police legitimacy 2017, Dec-17;
  tracker files the same ref under "PEEL Legitimacy 2016 – published Dec 2016"); 11051
  reference (tracker 11015, digits transposed, same text, both closed).
- **Missing from force (5)**: 2471 (closed, NFA — still missing), 3878, 8544, 10122, and 13411
  (new since the May list).
- **Not on the HMICFRS list (6)**: 4910 (old PEEL Efficiency 2015 AFI, still AMBER — query
  with HMICFRS), 7305 (closed AFI already dropped), two local actions inside report sections
  (MSHT SPoC, DA dip-sample) and two in the force-actions section (internal audit, JAC action).
- Real-text noise kept from the sources: footnote digits "intelligence 86 and" (8311) and
  "another force; and 20" (2321); "immediately:put" with no space (10120); inline bullets with
  no space "should:• ensure" (9311).

## Counts (truth.csv: 81 lines; 68 HMICFRS items, 76 tracker item rows)

| category | lines | HMICFRS items |
|---|---|---|
| in_sync | 36 | 32 (18 open on both, 14 closed on both) |
| closeable_submit | 18 | 15 |
| closeable_local | 11 | 11 |
| conflict | 5 | 5 |
| missing_from_force | 5 | 5 |
| not_on_hmicfrs_list | 6 | – |

Closed on one side only: 26 of 68 items (38%).
"""


# ==============================================================================================
def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    rows, hm_where = list_rows()
    write_mac_csv(rows, CASE / "hmicfrs.csv")
    tr_where = write_tracker(CASE / "tracker.xlsx")

    truth = []
    for it in sorted(ITEMS, key=lambda it: hm_where[it["id"]]):
        h = f"hmicfrs.csv!{hm_where[it['id']]}"
        if not it["frows"]:
            truth.append((h, "", it["cat"], it["why"]))
        for k, _ in enumerate(it["frows"]):
            truth.append((h, f"{TR_SHEET}!{tr_where[('item', it['id'], k)]}", it["cat"], it["why"]))
    for j, fo in enumerate(FORCE_ONLY):
        truth.append(("", f"{TR_SHEET}!{tr_where[('only', j, 0)]}", "not_on_hmicfrs_list", fo[-1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    (CASE / "README.md").write_text(README, encoding="utf-8")


if __name__ == "__main__":
    main()
