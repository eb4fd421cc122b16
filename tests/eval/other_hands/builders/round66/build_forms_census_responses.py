"""Build the case `forms_census_responses` (round 66, force-side layout).

Force side: the Microsoft Forms responses workbook behind the force liaison lead's (FLL)
"HMICFRS recommendations – owner census" form. Every lead officer was asked to submit one
response per recommendation / AFI / cause of concern they own. The downloaded workbook is the
force's tracker: one sheet `Form1`, one Excel table, Forms metadata columns first (ID, times,
email, name), the questions' full wording as headers, the FLL team's own columns added to the
right of the table, and a question added to the form part-way through collection, which Forms
appended as the last column (after the FLL columns), blank for earlier responses.

HMICFRS side: a plain register export (one sheet, header on row 1).

Run:  /work/main/.venv/bin/python build_forms_census_responses.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

# Load only the text lists (real public texts), as a stand-alone package, so that nothing
# else of the tool is imported.
import importlib.util  # noqa: E402

_TEXTS = Path("/work/main/reconcile/casegen/texts")
_spec = importlib.util.spec_from_file_location(
    "casegen_texts", _TEXTS / "__init__.py", submodule_search_locations=[str(_TEXTS)])
_texts = importlib.util.module_from_spec(_spec)
sys.modules["casegen_texts"] = _texts
_spec.loader.exec_module(_texts)
BWV_2021, CAUSES, CDI_VICTIMS_BODY = _texts.BWV_2021, _texts.CAUSES, _texts.CDI_VICTIMS_BODY
CONTROL_ROOM, EVERYONE_PLAN, MSHT_NRM = _texts.CONTROL_ROOM, _texts.EVERYONE_PLAN, _texts.MSHT_NRM
NATIONAL, SAS_MONITORING_2017 = _texts.NATIONAL, _texts.SAS_MONITORING_2017

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.worksheet.table import Table, TableStyleInfo  # noqa: E402

SEED = 20241202
CASE = "forms_census_responses"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
rng = random.Random(SEED)

FORCE = "Cumbria Constabulary"
NEIGHBOUR = "Lancashire Constabulary"
DOMAIN = "cumbria.police.example"   # invented people: a domain that cannot be a real mailbox

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def natdate(key: str) -> dt.date:
    return dt.date(*NATIONAL[key][1])


# ---------------------------------------------------------------------------------------------
# HMICFRS reports and items
# ---------------------------------------------------------------------------------------------
R = {k: (v[0], natdate(k)) for k, v in NATIONAL.items()}
R.update({
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22)),
    "efy17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9)),
    "lgt17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12)),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 21)),
    "ncpi16": ("National child protection inspection 2016", dt.date(2016, 6, 14)),
    "cust18": ("Report on an unannounced inspection visit to police custody suites 2018",
               dt.date(2018, 8, 7)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 5)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25",
               dt.date(2024, 5, 16)),
})

CHILD_DETENTION = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested")
MISSING_CHILDREN = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action")

# key: (register id, report key, type, text, status, status date)
# statuses: Awaiting review / Being progressed (open); Complete / Superseded (closed)
H = {}


def h(key, rid, rep, typ, text, status, sdate):
    H[key] = dict(id=rid, rep=rep, type=typ, text=text, status=status, sdate=sdate)


BP, AR, CP, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"
d = dt.date
h("sas13-1", 1180, "sas13", REC, nat("sas13", 0), CP, d(2016, 5, 11))
h("sas13-2", 1181, "sas13", REC, nat("sas13", 1), SU, d(2018, 1, 30))
h("sas13-3", 1182, "sas13", REC, nat("sas13", 2), BP, d(2019, 6, 3))
h("everyone", 2321, "everyone", REC, EVERYONE_PLAN, SU, d(2017, 4, 18))
h("aust-1", 3010, "austerity", REC, nat("austerity", 0), CP, d(2015, 10, 2))
h("aust-2", 3011, "austerity", REC, nat("austerity", 1), CP, d(2016, 2, 9))
h("aust-3", 3012, "austerity", REC, nat("austerity", 2), BP, d(2019, 6, 3))
h("aust-4", 3013, "austerity", REC, nat("austerity", 3), BP, d(2019, 6, 3))
h("core-1", 4822, "core", REC, nat("core", 0), BP, d(2020, 1, 14))
h("core-2", 4823, "core", REC, nat("core", 1), BP, d(2020, 1, 14))
h("integ-1", 902, "integrity", REC, nat("integrity", 0), BP, d(2019, 11, 5))
h("sas15-1", 5106, "sas15", REC, nat("sas15", 0), BP, d(2019, 6, 3))
h("picture-1", 5540, "picture", REC, nat("picture", 0), CP, d(2018, 7, 24))
for i in range(5):
    st = [CP, BP, CP, BP, BP][i]
    h(f"fa-{i+1}", 6120 + i, "firearms", REC, nat("firearms", i), st,
      [d(2017, 3, 8), d(2021, 9, 30), d(2018, 2, 6), d(2021, 9, 30), d(2021, 9, 30)][i])
st_status = [BP, CP, BP, BP, BP, CP, BP]
for i in range(7):
    h(f"st-{i+1}", 8392 + i, "stolen", REC, nat("stolen", i), st_status[i],
      d(2019, 9, 12) if st_status[i] == CP else d(2023, 3, 1))
h("efc17-1", 8460, "efc17", REC, nat("efc17", 0), BP, d(2022, 2, 17))
h("leg17-coc", 8541, "leg17", COC, nat("leg17", 0), BP, d(2022, 2, 17))
h("leg17-2", 8542, "leg17", REC, SAS_MONITORING_2017, BP, d(2022, 2, 17))
h("leg17-3", 8543, "leg17", REC, nat("leg17", 2), BP, d(2022, 2, 17))
h("leg17-4", 8544, "leg17", REC, nat("leg17", 3), CP, d(2020, 10, 6))
h("leg17-5", 8545, "leg17", REC, nat("leg17", 4), BP, d(2022, 2, 17))
h("pw-1", 12020, "powers", REC, nat("powers", 0), BP, d(2023, 3, 1))
h("pw-2", 12021, "powers", REC, nat("powers", 1), BP, d(2023, 3, 1))
h("pw-3", 12022, "powers", REC, BWV_2021, BP, d(2023, 3, 1))
h("pw-5", 12024, "powers", REC, nat("powers", 4), BP, d(2023, 3, 1))

h("eff16-coc", 7012, "eff16", COC, CAUSES[0], SU, d(2018, 4, 26))
h("eff16-r1", 7013, "eff16", REC,
  "HMIC recommends that within six months the force should: take steps to ensure that there "
  "is effective supervision of the initial risk assessment process, specifically in relation "
  "to the completion of DASH risk assessment in appropriate cases;", SU, d(2018, 4, 26))
h("eff16-r2", 7014, "eff16", REC,
  "HMIC recommends that within six months the force should: consider ways of increasing the "
  "use of arrest, ancillary orders and other available powers, in order to improve the "
  "service it provides to victims of domestic abuse, offer the best possible protection and "
  "bring more perpetrators to justice;", CP, d(2018, 4, 26))
h("eff17-afi1", 9105, "eff17", AFI,
  "The force should improve its understanding of suspects released under investigation and "
  "the management of those released on bail.", BP, d(2021, 1, 19))
h("eff17-afi2", 9106, "eff17", AFI,
  "The force should improve its ability to retrieve digital evidence from mobile phones, "
  "computers and other electronic devices quickly enough to ensure investigations are not "
  "delayed.", BP, d(2021, 1, 19))
h("efy17-afi1", 8471, "efy17", AFI,
  "The force should undertake further work to gain a fuller understanding of current demand "
  "for its services, and likely future changes in demand. This is so it can make best use of "
  "its resources by matching them to demand to meet the needs of the public.", CP,
  d(2019, 3, 12))
h("efy17-afi2", 8472, "efy17", AFI,
  "The force should develop a future workforce plan that is aligned with its overall demand "
  "and budget. The plan should include future resource allocations, the mix of skills "
  "required by the workforce and behaviours expected of them.", BP, d(2021, 1, 19))
h("lgt17-afi1", 8560, "lgt17", AFI,
  "The force should ensure all staff have received at least the lowest level of vetting "
  "clearance for their roles as quickly as possible, working to clear both the vetting "
  "backlog and new vetting renewals when they become due so that it complies fully with the "
  "national vetting guidelines.", BP, d(2021, 1, 19))
h("lgt17-afi2", 8561, "lgt17", AFI,
  "The force should make sure it provides a confidential way for staff to raise concerns and "
  "that staff are aware of whistleblowing processes.", CP, d(2019, 3, 12))
h("lgt17-afi3", 8562, "lgt17", AFI,
  "The force should review the support available for those who have raised concerns and take "
  "any action needed to make sure these provisions are suitable.", CP, d(2019, 3, 12))
h("cdi17-r1", 8210, "cdi17", REC,
  "Immediately, the force should " + CDI_VICTIMS_BODY + ".", BP, d(2020, 6, 30))
h("cdi17-afi1", 8211, "cdi17", AFI,
  "The force should make sure it records reports of rape and serious sexual offences "
  "accurately and without delay.", BP, d(2020, 6, 30))
h("ncpi16-r1", 6650, "ncpi16", REC,
  "Within three months, the force should " + MISSING_CHILDREN + ".", BP, d(2018, 11, 20))
h("ncpi16-r2", 6651, "ncpi16", REC,
  "Within six months the force should improve how it works with partner organisations to "
  "safeguard people at risk from child sexual exploitation.", CP, d(2018, 11, 20))
h("cust18-r1", 9710, "cust18", REC,
  "Within six months the force should " + CHILD_DETENTION + ".", BP, d(2022, 8, 2))
p21 = [
    "The force should improve how it gathers, assesses and acts on intelligence about county "
    "lines drug dealing.",
    "The force should make sure victims of domestic abuse are kept informed about the progress "
    "of their case, in line with the Code of Practice for Victims of Crime.",
    "The force should improve the timeliness of its response to calls for service involving "
    "repeat victims.",
    "The force should make sure it has access to accurate data and analysis to support "
    "effective performance management.",
    "The force should review how it gathers and uses equality and diversity data to improve "
    "its understanding of its workforce demographics.",
    "The force should make sure its analysis of serious and organised crime informs its "
    "strategic assessment and control strategy.",
    "The force should develop a clear prevention strategy targeting people most at risk and "
    "make sure activity undertaken prioritises people most at risk.",
    "The force should make sure officers and staff have the training they need to identify and "
    "respond to stalking and harassment.",
    "The force should improve its understanding of the nature and scale of fraud in its area.",
]
p21_status = [BP, BP, BP, CP, BP, BP, BP, SU, BP]
for i, t in enumerate(p21):
    h(f"p21-{i+1}", 13380 + i, "peel21", AFI, t, p21_status[i],
      d(2024, 3, 5) if p21_status[i] == CP else (d(2024, 5, 16) if p21_status[i] == SU
                                                 else d(2023, 9, 14)))
h("p23-coc", 15244, "peel23", COC, CAUSES[2], BP, d(2024, 5, 16))
h("p23-r1", 15245, "peel23", REC,
  "Within six months, the force should ensure regular and active supervision of the quality "
  "and progress of investigations. This supervision should be properly recorded.", BP,
  d(2024, 5, 16))
h("p23-r2", 15246, "peel23", REC,
  "Within six months, the force should conduct a review of officers’ capabilities and "
  "capacity to manage their investigative workload, to better understand investigative "
  "demand and the pressures placed upon them.", BP, d(2024, 5, 16))
p23 = [
    "The force should make sure investigations of rape and serious sexual offences are "
    "allocated to officers with the right skills and are effectively supervised.",
    "The force should make sure it consistently uses ancillary orders and other powers to "
    "protect victims of stalking and harassment.",
    "The force should make sure it has enough specialist capacity and capability to "
    "investigate online child sexual abuse.",
    CONTROL_ROOM,
    "The force should put plans in place to monitor, including through the gathering and "
    "analysis of staff feedback, team cultures and provide prompt remedial action for any "
    "issues it identifies.",
    "The force should make sure it provides accessible information for all staff and members "
    "of the public on how they can raise concerns and access confidential support (including "
    "through external agencies).",
]
for i, t in enumerate(p23):
    h(f"p23-afi{i+1}", 15261 + i, "peel23", AFI, t, AR if i in (2, 5) else BP,
      d(2024, 5, 16))

# ---------------------------------------------------------------------------------------------
# Force side: Forms responses, in submission order (batches by submitter)
# ---------------------------------------------------------------------------------------------
PEOPLE = {
    "ML": ("Lowther, Michelle", "michelle.lowther"),
    "LM": ("Musgrave, Lee", "lee.musgrave"),
    "GT": ("Taylor, Gareth", "gareth.taylor"),
    "CH": ("Hewitt, Claire", "claire.hewitt"),
    "MD": ("Dobson, Mark", "mark.dobson"),
    "ER": ("Rigg, Emma", "emma.rigg"),
    "PA": ("Armstrong, Paul", "paul.armstrong"),
    "AW": ("Wilson, Anne", "anne.wilson"),
    "SN": ("Nicholson, Sarah", "sarah.nicholson"),
    "DS": ("Scott, David", "david.scott"),
    "HI": ("Irving, Helen", "helen.irving"),
    "RB": ("Bell, Richard", "richard.bell"),
    "IG": ("Graham, Ian", "ian.graham"),
}

# Form choice labels
RP = {  # report choice (the FLL's own short names); anything else is an "Other" answer
    "sas13": "Stop and Search 2013", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop and Search 2 (2015)",
    "picture": "Building the Picture 2015",
    "firearms": "Targeting the Risk (Firearms Licensing) 2015",
    "stolen": "Stolen Freedom (MSHT) 2017", "efc17": "PEEL Efficiency 2017 - national recs",
    "leg17": "PEEL Legitimacy 2017 - national (stop and search)",
    "powers": "Disproportionate use of police powers 2021",
    "eff16": "PEEL Effectiveness 2016", "eff17": "PEEL Effectiveness 2017",
    "efy17": "PEEL Efficiency 2017", "lgt17": "PEEL Legitimacy 2017",
    "cdi17": "Crime Data Integrity 2017", "ncpi16": "NCPI 2016",
    "cust18": "Custody inspection 2018", "peel21": "PEEL 2021/22", "peel23": "PEEL 2023-25",
}
TY = {"R": "Recommendation", "A": "Area for improvement (AFI)", "C": "Cause of concern",
      "N": "National recommendation (all forces)", "?": "Not sure"}
# Status options were reworded on 14 Oct 2024: early responses carry the old three options.
OLD = {"done": "Complete", "open": "In progress", "ns": "Not started"}
NEW = {"done": "Complete – evidence available", "await": "Complete – awaiting evidence",
       "on": "In progress – on track", "off": "In progress – off track",
       "ns": "Not started"}


def wrap_pdf(text: str, width: int) -> str:
    """A paste from a PDF: hard line breaks where the PDF's lines ended."""
    out, line = [], ""
    for word in text.replace("\n", " ").split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n".join(out)


# Each response: dict with keys
#   who, item (H key, or None for a force-only row, or "TEST"/"BLANK" for non-items),
#   rep (report answer), ty (type key), text, lead, dept, st (status answer), upd, done_on,
#   fll (checked), agreed, fllc (FLL comment), ref (late question), cat, why
RESP: list[dict] = []


def r(who, item, rep, ty, text, lead, dept, st, upd=None, done_on=None, fll=None,
      agreed=None, fllc=None, ref=None, cat=None, why=None, edited=None):
    RESP.append(dict(who=who, item=item, rep=rep, ty=ty, text=text, lead=lead, dept=dept,
                     st=st, upd=upd, done_on=done_on, fll=fll, agreed=agreed, fllc=fllc,
                     ref=ref, cat=cat, why=why, edited=edited))


# -- batch 0: the FLL's test response -------------------------------------------------------
r("ML", "TEST", RP["sas13"], "R", "test", "test", "Corporate Development;", OLD["ns"],
  upd="Test - please ignore", fllc="Test response")

# -- batch 1: Insp Lee Musgrave, stop and search lead (old status options) --------------------
LM_DEPT = "Local Policing;Professional Standards;"
r("LM", "sas13-1", RP["sas13"], "N", wrap_pdf(H["sas13-1"]["text"], 92), "Insp Musgrave",
  LM_DEPT, OLD["done"], upd="S&S APP adopted in force policy 2014, refreshed 2016.",
  done_on="5/11/2016", cat="in_sync",
  why="HMICFRS Complete; force Complete: closed on both sides")
r("LM", "sas13-2", RP["sas13"], "N", wrap_pdf(H["sas13-2"]["text"], 92), "Insp Musgrave",
  LM_DEPT, OLD["open"],
  upd="Monthly S&S scrutiny by Insp; quarterly to the Legitimacy Board. Ongoing.",
  cat="closeable_local", why="HMICFRS Superseded (closed); force In progress: close locally")
r("LM", "sas15-1", RP["sas15"], "N", wrap_pdf(H["sas15-1"]["text"], 92), "Insp Musgrave",
  LM_DEPT, OLD["open"],
  upd="Community scrutiny panel meets quarterly; youth panel being set up with the OPCC.",
  cat="in_sync",
  why="2015 wording (\"police and crime commissioners\", no comma before young people), "
      "report Stop and Search 2 (2015): the 2015 item, open on both sides")
r("LM", "leg17-coc", RP["leg17"], "C", wrap_pdf(H["leg17-coc"]["text"], 92),
  "Insp Musgrave", LM_DEPT, OLD["open"],
  upd="Disproportionality analysis in the quarterly S&S report. See also recs below.",
  cat="in_sync", why="cause of concern, open on both sides")
r("LM", "leg17-2", RP["leg17"], "N",
  "By July 2018, all police forces across England and Wales should be regularly and "
  "frequently monitoring a comprehensive set of data and information on use of stop and "
  "search powers to understand:\n•the reasons for any disproportionate representation of "
  "different ethnic groups in the use of stop and search;\n•the extent to which find rates "
  "differ between people from different ethnicities, and across different types of searches "
  "(including separate identification of find rates for drug possession and supply-type "
  "offences); and\n•the prevalence of possession-only drug searches, and the extent to "
  "which these align with local or force level priorities.",
  "Insp Musgrave", LM_DEPT, OLD["done"],
  upd="S&S dashboard live (Power BI) incl. find rates by ethnicity & drug searches.",
  done_on="7/31/2018", cat="closeable_submit",
  why="HMICFRS Being progressed; force Complete: submit for closure (bullets on new lines "
      "only)")
r("LM", "leg17-3", RP["leg17"], "N", wrap_pdf(H["leg17-3"]["text"], 92), "Insp Musgrave",
  LM_DEPT, OLD["open"], upd="Research with the university on hold - funding.",
  cat="in_sync", why="open on both sides")
r("LM", "leg17-4", RP["leg17"], "N", H["leg17-4"]["text"], "Insp Musgrave", LM_DEPT,
  OLD["done"], upd="Annual report published on force website each autumn.",
  done_on="9/30/2019", fll="ML 11/11/24", agreed="Complete – evidence on file",
  cat="in_sync", why="HMICFRS Complete; force Complete: closed on both sides")
r("LM", "pw-3", RP["powers"], "N",
  "By September 2021, forces should: ensure that officers record on body-worn video (when "
  "this is available) the entirety of all stop and search encounters, including traffic "
  "stops and use of force incidents.\nhave a structured process for regularly reviewing and "
  "monitoring internally a sufficient sample of body-worn video footage to identify and "
  "disseminate learning and hold officers to account when behaviour falls below acceptable "
  "standards.", "Insp Musgrave", LM_DEPT, OLD["done"],
  upd="BWV mandatory for all S&S (policy 2021). Supervisors review 5 BWV clips a month.",
  done_on="11/30/2021", cat="conflict",
  why="third part (external scrutiny panel access to BWV footage) missing from the force "
      "text: a missing bullet; force says Complete on two parts only")
r("LM", "pw-5", RP["powers"], "N", wrap_pdf(H["pw-5"]["text"], 92), "Insp Musgrave",
  LM_DEPT, OLD["open"], upd="Use of force data now in the S&S dashboard; analysis Q1 25.",
  cat="in_sync", why="open on both sides")

# -- batch 2: Supt Gareth Taylor, firearms licensing (old status options) ---------------------
GT_DEPT = "Firearms Licensing;"
r("GT", "fa-1", RP["firearms"], "N",
  "Assess how well governance of FL meets the APP standards (within 3 months)", "Supt Taylor",
  GT_DEPT, OLD["done"], upd="APP gap analysis done 2016, FL board set up.",
  done_on="12/1/2016", cat="in_sync",
  why="abridged (FL = firearms licensing); HMICFRS Complete, force Complete")
r("GT", "fa-2", RP["firearms"], "N",
  "Within three months, all chief constables should assess the demand placed on their "
  "firearms licensing department and ensure it has the capacity to meet this demand",
  "Supt Taylor", GT_DEPT, OLD["open"],
  upd="Backlog of renewals 410 (Oct 24). Two temp staff until March.", cat="in_sync",
  why="first half of the text only; open on both sides")
r("GT", "fa-3", RP["firearms"], "N", "Total expired licensing records - all appropriate "
  "action being taken", "Supt Taylor", GT_DEPT, OLD["open"],
  upd="Weekly check of total expired list by FL supervisor.", cat="closeable_local",
  why="HMICFRS Complete; force In progress: close locally")
r("GT", "fa-4", RP["firearms"], "N", wrap_pdf(H["fa-4"]["text"], 92), "Supt Taylor",
  GT_DEPT, OLD["done"], upd="Temporary permits recorded on NFLMS same day - audited.",
  done_on="6/30/2017", cat="closeable_submit",
  why="HMICFRS Being progressed; force Complete: submit")
r("GT", "fa-5", RP["firearms"], "N",
  "Systems to identify before police attendance whether an incident involves or is at the "
  "address of a firearm certificate holder - FL part: certificate holder addresses flagged "
  "on the command and control system, seizure powers briefing to officers",
  "Supt Taylor", GT_DEPT, OLD["done"], upd="Flags loaded & refreshed weekly from NFLMS.",
  done_on="3/31/2018", fll="ML 11/11/24", fllc="Joint with Control Room - see M Dobson's",
  cat="in_sync",
  why="one of two rows for this item (FL part, Complete); the control room part is In "
      "progress, so the force item is open; HMICFRS Being progressed: open on both sides")

# -- batch 3: Ch Insp Claire Hewitt, public protection (new status options) ---------------------
CH_DEPT = "Public Protection;"
r("CH", "everyone", RP["everyone"], "N",
  wrap_pdf(EVERYONE_PLAN.replace("\n\n", "\n"), 95), "DCI Public Protection",
  CH_DEPT + "Crime;", "Superseded - DA now tracked through PEEL actions",
  upd="DA action plan published 2014. HMICFRS said later DA inspected under PEEL.",
  cat="in_sync",
  why="force 'Other' status Superseded = closed; HMICFRS Superseded: closed on both sides "
      "(stray footnote digit 20 in the paste)")
r("CH", "st-1", RP["stolen"], "N",
  "Within six months, forces should review their leadership and governance arrangements "
  "for MSHT, to ensure that:\n- senior leaders prioritise the response to MSHT;\n- every "
  "incident of modern slavery identified to police is allocated appropriate resources with "
  "the skills, experience and capacity to investigate it effectively;\n- forces develop "
  "effective partnership arrangements to co-ordinate activity to share information and "
  "safeguard victims; and\n- performance and QA measures are in place to allow senior "
  "leaders to assess the nature and quality of the service provided to victims.",
  "D/Supt Public Protection", CH_DEPT, NEW["on"],
  upd="MSHT governance now through the Vulnerability Board (chair ACC).", cat="conflict",
  why="timescale differs: force text 'Within six months', HMICFRS 'Within twelve months'")
r("CH", "st-2", RP["stolen"], "N", wrap_pdf(H["st-2"]["text"], 88),
  "D/Supt Public Protection", CH_DEPT, NEW["done"],
  upd="ISAs signed with both LAs and Border Force.", done_on="3/29/2019", cat="in_sync",
  why="HMICFRS Complete; force Complete: closed on both sides (footnote digit 86 kept)")
r("CH", "st-4", RP["stolen"], "N", MSHT_NRM, "D/Supt Public Protection", CH_DEPT, NEW["on"],
  upd="NRM/duty to notify audit monthly - 88% compliant Sept.", cat="in_sync",
  why="open on both sides")
r("CH", "eff16-coc", RP["eff16"], "C",
  "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
  "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
  "incidents does not provide confidence that risk is always assessed appropriately....",
  "DCI Public Protection", CH_DEPT, NEW["on"],
  upd="DASH compliance dip-sampled monthly.", cat="closeable_local",
  why="cause of concern abridged with '....'; HMICFRS Superseded, force In progress: close "
      "locally")
r("CH", "eff16-r1", RP["eff16"], "R",
  "HMIC recommends that within six months the force should: take steps to ensure that there "
  "is effective supervision of the initial risk assessment process, specifically in relation "
  "to the completion of DASH risk assessment in appropriate cases", "DCI Public Protection",
  CH_DEPT, NEW["done"], upd="Supervisor DASH review built into Niche workflow.",
  done_on="2/28/2018", cat="in_sync",
  why="HMICFRS Superseded; force Complete: closed on both sides")
r("CH", "eff16-r2", RP["eff16"], "R",
  "consider ways of increasing the use of arrest, ancillary orders and other available "
  "powers, in order to improve the service it provides to victims of domestic abuse, offer "
  "the best possible protection and bring more perpetrators to justice", "DCI Public "
  "Protection", CH_DEPT + "Crime;", NEW["done"], upd="DVPN/DVPO use up 40% since 2017.",
  done_on="4/30/2018", cat="in_sync",
  why="stem dropped; HMICFRS Complete, force Complete: closed on both sides")
r("CH", "ncpi16-r1", RP["ncpi16"], "R",
  "Within three months, the force should review its approach to reports of missing children "
  "and take steps to ensure that:\n- call takers understand and use the missing and absent "
  "category appropriately;\n- call takers and frontline staff have the necessary knowledge "
  "to identify risk factors associated with CSE and how to respond to such cases; and\n- "
  "supervisors provide the correct oversight of missing person enquiries and direct "
  "appropriate and timely investigative and safeguarding action.", "DCI Public Protection",
  CH_DEPT + "Contact Centre;", NEW["done"],
  upd="'Absent' category withdrawn 2017. CSE training for all call takers.",
  done_on="10/31/2017", cat="closeable_submit",
  why="HMICFRS Being progressed; force Complete – evidence available: submit")
r("CH", "ncpi16-r2", RP["ncpi16"], "R",
  "Improve how we work with partners to safeguard people at risk from CSE (within 6 months)",
  "DCI Public Protection", CH_DEPT, NEW["on"], upd="Joint CSE hub with the LA being reviewed.",
  cat="closeable_local",
  why="own words (CSE); HMICFRS Complete, force In progress: close locally")
r("CH", "p21-2", RP["peel21"], "A", H["p21-2"]["text"], "D/Supt Public Protection",
  CH_DEPT, NEW["done"], upd="VCOP compliance 94% (audit Aug 24). Victim updates on Niche.",
  done_on="8/30/2024", cat="closeable_submit",
  why="HMICFRS Being progressed; force Complete: submit")
r("CH", "p23-afi2", RP["peel23"], "A",
  "AFI 2 – The force should make sure it consistently uses ancillary orders & other powers "
  "to protect victims of stalking & harassment.", "D/Supt Public Protection", CH_DEPT,
  NEW["on"], upd="Stalking Protection Orders SPOC in each area. 6 SPOs this year.",
  cat="in_sync",
  why="report's own AFI number as a prefix (not an HMICFRS reference); open on both sides")

# -- batch 4: Supt Mark Dobson, contact centre: an empty submission, then his items ------------
r("MD", "BLANK", None, None, None, None, None, None, fllc="blank - resubmitted below")
MD_DEPT = "Contact Centre;"
r("MD", "core-1", RP["core"], "N",
  "Provide call handlers with clear criteria to assess threat, harm & risk (THRR). Not later "
  "than 31 March 2015", "Supt Contact Centre", MD_DEPT, NEW["done"],
  upd="THRIVE used since 2015, call handler guide refreshed 2023.", done_on="3/31/2015",
  cat="closeable_submit",
  why="own words of the Core Business 2014 call-handler item; HMICFRS Being progressed, "
      "force Complete: submit")
r("MD", "fa-5", RP["firearms"], "N",
  "Firearms certificate holders - systems to identify prior to attendance that an incident "
  "is at the address of a certificate holder, applied by staff dispatching officers "
  "(control room part)", "Supt Contact Centre", MD_DEPT + "Firearms Licensing;",
  NEW["on"],
  upd="Flag shows on STORM but dispatchers not always passing it on - refresher in Jan.",
  cat="in_sync",
  why="second row for this item (control room part, In progress): force item open, HMICFRS "
      "Being progressed: open on both sides")
r("MD", "p21-3", RP["peel21"], "A", H["p21-3"]["text"], "Supt Contact Centre", MD_DEPT,
  NEW["off"], upd="Grade 2 attendance times still above target.", cat="in_sync",
  why="open on both sides")
r("MD", "p23-afi4", RP["peel23"], "A", wrap_pdf(CONTROL_ROOM, 90), "Supt Contact Centre",
  MD_DEPT, NEW["done"], upd="Resourcing model uplift (+14 FTE) in post from Sept 24.",
  done_on="9/30/2024", cat="closeable_submit",
  why="HMICFRS Being progressed; force Complete: submit")
r("MD", None, "Contact Management Board action", "?",
  "Rewrite the hate crime call-handling policy and publish it on the intranet with a "
  "communications plan", "Supt Contact Centre", MD_DEPT, NEW["done"],
  upd="Published 1 July.", done_on="7/1/2024", fll="ML 12/11/24",
  fllc="Local action - not HMICFRS. Keep?", cat="not_on_hmicfrs_list",
  why="the force's own action (no hate crime item on the HMICFRS list)")

# -- batch 5: Emma Rigg, staff officer, for the ACC and the Director of Finance ------------
#    (the "HMICFRS reference number" question was added to the form before this batch)
ER_DEPT = "Finance;Corporate Development;"
r("ER", "aust-1", RP["austerity"], "N", H["aust-1"]["text"], "Director of Finance",
  ER_DEPT, NEW["done"], upd="MTFP reviewed every year.", done_on="3/31/2015",
  ref="3010", cat="in_sync", why="ref 3010 matches; closed on both sides")
r("ER", "aust-2", RP["austerity"], "N", wrap_pdf(H["aust-2"]["text"], 90),
  "Director of Finance", ER_DEPT, NEW["on"],
  upd="Collaboration savings now c. 8% - review with Lancs in 2025.", ref="3011",
  cat="closeable_local", why="HMICFRS Complete; force In progress: close locally")
r("ER", "aust-3", RP["austerity"], "?", wrap_pdf(H["aust-3"]["text"], 90),
  "ACC Local Policing", ER_DEPT + "Local Policing;", NEW["done"],
  upd="Frontline protected in 2015 & 2019 reviews.", done_on="6/30/2019", ref="n/k",
  cat="closeable_submit", why="type 'Not sure' (no fact stated); HMICFRS open, force "
                              "Complete: submit")
r("ER", "efc17-1", RP["efc17"], "N",
  "By September 2018, chief constables should produce an ambitious plan to improve "
  "digitally-enabled services within their force.", "ACC Local Policing",
  "Digital & IT;Corporate Development;", NEW["await"],
  upd="Digital strategy 2018-21 signed off; refresh 2024-27 approved by COG.",
  done_on="9/30/2018", fll="ML 12/11/24", agreed="Complete – evidence on file",
  ref="8460", cat="closeable_submit",
  why="first sentence only (the Home Office/NPCC sentence is not the force's); HMICFRS Being "
      "progressed, force Complete: submit")
r("ER", "efy17-afi1", RP["efy17"], "A", H["efy17-afi1"]["text"], "ACC Local Policing",
  ER_DEPT, NEW["on"], upd="Demand work feeds FMS each year.", ref="AFI 1",
  cat="closeable_local",
  why="'AFI 1' is the report's numbering, not a register ref; HMICFRS Complete, force In "
      "progress: close locally")
r("ER", "p21-4", RP["peel21"], "A",
  "Make sure the force has access to accurate data & analysis to support effective "
  "performance management", "ACC Local Policing", ER_DEPT, NEW["on"],
  upd="New performance framework being built in Power BI.", cat="closeable_local",
  why="HMICFRS Complete; force In progress: close locally")

# -- batch 6: D/Supt Paul Armstrong, crime -----------------------------------------------------
PA_DEPT = "Crime;"
r("PA", "st-3", RP["stolen"], "N", wrap_pdf(H["st-3"]["text"], 90), "D/Supt Crime",
  PA_DEPT, NEW["done"], upd="S45 defence in MSHT investigation guide and CPS file checklist.",
  done_on="6/30/2018", ref="n/k", cat="closeable_submit",
  why="HMICFRS Being progressed; force Complete: submit")
r("PA", "st-6", RP["stolen"], "N", wrap_pdf(H["st-6"]["text"], 90), "D/Supt Crime",
  PA_DEPT + "Public Protection;", NEW["on"], upd="MSHT investigations now with the MSHT team.",
  cat="closeable_local", why="HMICFRS Complete; force In progress: close locally")
r("PA", "eff17-afi1", RP["eff16"], "A", H["eff17-afi1"]["text"], "D/Supt Crime", PA_DEPT,
  NEW["on"], upd="RUI list reviewed weekly by DIs. Bail mgmt unit from Jan.",
  cat="conflict",
  why="report differs: the form's report answer is PEEL Effectiveness 2016; the item is in "
      "PEEL: Police effectiveness 2017 (RUI did not exist in 2016)")
r("PA", "eff17-afi2", RP["eff17"], "A", H["eff17-afi2"]["text"], "D/Supt Crime",
  PA_DEPT + "Digital & IT;", NEW["done"],
  upd="DFU backlog cleared; kiosks in every custody suite.", done_on="3/31/2021",
  cat="closeable_submit", why="HMICFRS Being progressed; force Complete: submit")
r("PA", "p21-1", RP["peel21"], "A", H["p21-1"]["text"], "D/Supt Crime", PA_DEPT,
  NEW["on"], upd="County lines intel requirement issued; SOC board monitors.",
  cat="in_sync", why="open on both sides")
r("PA", "p21-9", RP["peel21"], "A", "Improve understanding of the nature & scale of fraud "
  "in Cumbria.", "D/Supt Crime", PA_DEPT + "Economic Crime;", NEW["on"],
  upd="Fraud problem profile drafted.", fll="ML 18/11/24",
  agreed="Complete – evidence on file",
  fllc="Fraud problem profile signed off at Crime Board 4/11 - FLL agreed complete",
  cat="closeable_submit",
  why="lead said In progress but the FLL's agreed status (later, overrides) is Complete; "
      "HMICFRS Being progressed: submit")
r("PA", "p23-coc", RP["peel23"], "C", H["p23-coc"]["text"], "ACC Crime", PA_DEPT,
  NEW["on"], upd="Investigation improvement plan - Gold group fortnightly.", ref="n/k",
  cat="in_sync", why="cause of concern, open on both sides")
r("PA", "p23-r1", RP["peel23"], "R",
  "Within 6 months - ensure regular & active supervison of the quality & progress of "
  "investigations, properly recorded.", "D/Supt Crime", PA_DEPT, NEW["on"],
  upd="Supervisory review template on Niche from Dec.", cat="in_sync",
  why="abridged and misspelt; same six months; open on both sides")
r("PA", "p23-r2", RP["peel23"], "R", H["p23-r2"]["text"], "D/Supt Crime", PA_DEPT,
  NEW["on"], upd="Workload review by the Crime Transformation team, reports March.",
  ref="15264", cat="conflict",
  why="reference differs: the form gives 15264 (the register's control room AFI); the text "
      "is item 15246, the investigative workload review")
r("PA", "p23-afi1", RP["peel23"], "A", H["p23-afi1"]["text"], "D/Supt Crime",
  PA_DEPT + "Public Protection;", NEW["ns"], upd="Awaiting RASSO review (Op Soteria).",
  cat="in_sync", why="Not started = open; HMICFRS Being progressed: open on both sides")
r("PA", None, "PEEL Effectiveness 2015", "A",
  "The force should improve the supervision of investigations, so that investigation plans "
  "are set, reviewed and recorded and victims receive a consistently good service.",
  "D/Supt Crime", PA_DEPT, NEW["off"], upd="See PEEL 23-25 supervision rec.",
  cat="not_on_hmicfrs_list",
  why="a 2015 AFI the register does not hold; close to 15245 (supervision of "
      "investigations) but that item has its own row (Within 6 months…), so this one stands "
      "alone: query with HMICFRS")

# -- batch 7: Anne Wilson, Force Crime Registrar: the CDI rec one bullet per response ---------
AW_DEPT = "Crime Standards;"
r("AW", "st-5", RP["stolen"], "N", wrap_pdf(H["st-5"]["text"], 90), "Force Crime Registrar",
  AW_DEPT, NEW["done"], upd="MSHT offences audited in 2023 CDI audit - 96% compliant.",
  done_on="5/31/2023", ref="n/k", fll="ML 21/11/24", agreed="Open",
  fllc="Audit capacity part not evidenced - returned to FCR 21/11", cat="in_sync",
  why="lead said Complete but the FLL's agreed status is Open; HMICFRS Being progressed: open "
      "on both sides")
bullets = [b.strip(" ;\n").removesuffix("; and").removesuffix(" and")
           for b in CDI_VICTIMS_BODY.split("•")[1:]]
for i, b in enumerate(bullets):
    r("AW", "cdi17-r1", RP["cdi17"], "R",
      f"CDI rec 1 ({i+1} of 5): put in place arrangements to ensure that {b}",
      "Force Crime Registrar", AW_DEPT + ("Contact Centre;" if i in (1, 4) else ""),
      NEW["done"],
      upd=["Victim belief statement in crime recording policy.",
           "Incident log QA by Contact Centre supervisors.",
           "Multiple crimes checked in the daily crime review.",
           "Practice stopped - confirmed in 2019 and 2021 audits.",
           "Online reports triaged by the Resolution Centre within 1 hr."][i],
      done_on=["6/30/2018", "9/30/2018", "6/30/2018", "3/31/2018", "12/31/2018"][i],
      ref="8210", cat="closeable_submit",
      why=f"bullet {i+1} of 5 of the CDI recommendation, one response per bullet; all five "
          "Complete, HMICFRS Being progressed: submit")
r("AW", None, "Internal audit 2023/24", "?",
  "Internal audit of the crime recording governance arrangements (audit plan 2023/24)",
  "Force Crime Registrar", AW_DEPT, NEW["done"], upd="Substantial assurance.",
  done_on="2/29/2024", cat="not_on_hmicfrs_list",
  why="internal audit action, not an HMICFRS item")

# -- batch 8: Sarah Nicholson, Head of People ------------------------------------------------
SN_DEPT = "People;Learning & Development;"
r("SN", "leg17-5", RP["leg17"], "A", wrap_pdf(H["leg17-5"]["text"], 90), "Head of People",
  SN_DEPT, NEW["on"], upd="Unconscious bias e-learning 81% complete.", cat="conflict",
  why="type differs: the form says Area for improvement (AFI); HMICFRS has a recommendation")
r("SN", "pw-1", RP["powers"], "N", H["pw-1"]["text"], "Head of L&D", SN_DEPT, NEW["on"],
  upd="Conflict mgmt module in OST from April.", cat="in_sync", why="open on both sides")
r("SN", "pw-2", RP["powers"], "N", wrap_pdf(H["pw-2"]["text"], 90), "Head of L&D", SN_DEPT,
  NEW["await"], upd="CPD days include comms skills; BWV debrief guide issued.",
  done_on="10/15/2024", cat="closeable_submit",
  why="Complete – awaiting evidence = done; HMICFRS Being progressed: submit")
r("SN", "efy17-afi2", RP["efy17"], "A",
  "Develop a future workforce plan aligned with overall demand and budget, incl. future "
  "resource allocations, the mix of skills required by the workforce and behaviours "
  "expected of them.", "Head of People", SN_DEPT, NEW["off"],
  upd="Strategic workforce plan delayed by uplift.", cat="in_sync",
  why="abridged; open on both sides")
r("SN", "p21-5", RP["peel21"], "A", H["p21-5"]["text"], "Head of People", SN_DEPT,
  NEW["await"], upd="E&D data refresh campaign ran Sept-Oct.", done_on="10/31/2024",
  cat="closeable_submit", why="HMICFRS Being progressed; force Complete: submit")
r("SN", "p21-8", RP["peel21"], "A", H["p21-8"]["text"], "Head of L&D",
  SN_DEPT + "Public Protection;", NEW["on"], upd="Stalking training in PIP2 course.",
  cat="closeable_local", why="HMICFRS Superseded; force In progress: close locally")
r("SN", "p23-afi5", RP["peel23"], "A", H["p23-afi5"]["text"], "Head of People", SN_DEPT,
  NEW["on"], upd="Culture survey Jan 25; PSD & People joint dashboard.", cat="in_sync",
  why="open on both sides")

# -- batch 9: Ch Insp David Scott, professional standards -------------------------------------
DS_DEPT = "Professional Standards;"
r("DS", "integ-1", RP["integrity"], "N", wrap_pdf(H["integ-1"]["text"], 90),
  "Head of Professional Standards", DS_DEPT, NEW["done"],
  upd="NFA outcomes dip-sampled by the Ethics Committee.", done_on="8/31/2015",
  ref="902", cat="closeable_submit",
  why="HMICFRS Being progressed; force Complete: submit")
r("DS", "lgt17-afi1", RP["lgt17"], "A", wrap_pdf(H["lgt17-afi1"]["text"], 90),
  "Head of Professional Standards", DS_DEPT, NEW["done"],
  upd="Backlog cleared Mar 2020. Renewals tracked monthly.", done_on="3/31/2020",
  cat="closeable_submit", why="HMICFRS Being progressed; force Complete: submit")
r("DS", "lgt17-afi2", RP["lgt17"], "A", H["lgt17-afi2"]["text"],
  "Head of Professional Standards", DS_DEPT, NEW["done"],
  upd="Confidential reporting line (Bad Apple) live.", done_on="7/1/2018", ref="8561",
  cat="in_sync", why="HMICFRS Complete; force Complete: closed on both sides")
r("DS", "lgt17-afi3", RP["lgt17"], "A", H["lgt17-afi3"]["text"],
  "Head of Professional Standards", DS_DEPT + "People;", NEW["done"],
  upd="Support for reporters reviewed with staff associations.", done_on="11/30/2018",
  cat="in_sync", why="HMICFRS Complete; force Complete: closed on both sides")
r("DS", "p23-afi6", RP["peel23"], "A", H["p23-afi6"]["text"],
  "Head of Professional Standards", DS_DEPT, "Not started - awaiting new PSD structure",
  cat="in_sync", why="'Other' status = not started, open; HMICFRS Awaiting review: open on "
                     "both sides")
r("DS", None, "IOPC learning recommendation (2022)", "R",
  "Review the guidance given to supervisors on recording reflective practice outcomes, "
  "following the IOPC learning recommendation", "Head of Professional Standards", DS_DEPT,
  NEW["on"], upd="Guidance drafted.", fll="ML 21/11/24",
  fllc="IOPC - should be on the OL tracker not this", cat="not_on_hmicfrs_list",
  why="IOPC learning recommendation, not an HMICFRS item")

# -- batch 10: Helen Irving, information management --------------------------------------------
r("HI", "picture-1", RP["picture"], "N", wrap_pdf(H["picture-1"]["text"], 90),
  "Head of Information Management", "Information Management;", NEW["on"],
  upd="MoPI audit programme restarted 2024 after the Niche upgrade.", ref="5540",
  cat="closeable_local", why="HMICFRS Complete; force In progress: close locally")

# -- batch 11: C/Supt Richard Bell, local policing -------------------------------------------
RB_DEPT = "Local Policing;"
r("RB", "core-2", RP["core"], "N", wrap_pdf(H["core-2"]["text"], 90), "C/Supt Bell",
  RB_DEPT, "Ongoing", upd="Problem-solving plans on Niche; evaluation template being trialled.",
  cat="in_sync", why="'Other' status Ongoing = open; HMICFRS Being progressed")
r("RB", "p21-7", RP["peel21"], "A", H["p21-7"]["text"], "C/Supt Bell", RB_DEPT, NEW["on"],
  upd="Prevention strategy drafted, to COG in Jan.", cat="in_sync", why="open on both sides")
r("RB", None, RP["peel21"], "A",
  "Task & Finish group to review the anti-social behaviour policy and report to the Force "
  "Executive Team", "C/Supt Bell", RB_DEPT, NEW["on"], upd="T&F group met twice.",
  cat="not_on_hmicfrs_list",
  why="a local action filed under PEEL 2021/22; no ASB item on the HMICFRS list")

# -- batch 12: Insp Ian Graham, custody --------------------------------------------------------
IG_DEPT = "Custody;"
r("IG", "cust18-r1", RP["cust18"], "R", wrap_pdf(H["cust18-r1"]["text"], 95),
  "Ch Insp Custody", IG_DEPT + "Public Protection;", NEW["on"],
  upd="Children in custody reviewed at monthly custody meeting. PACE beds issue with LA.",
  cat="in_sync", why="open on both sides")
r("IG", None, "Custody - internal review 2019", "?",
  "Refresh the joint protocol on the detention of children with both local authorities' "
  "children's services", "Ch Insp Custody", IG_DEPT, NEW["on"],
  upd="Draft with LA legal.", fll="ML 25/11/24", fllc="Local action - keep on tracker",
  cat="not_on_hmicfrs_list", why="the force's own action from an internal review")

MISSING = {
    "sas13-3": "2013 item: the force holds only the 2015 version (row from Stop and Search 2 "
               "(2015)); the 2013 wording (elected local policing bodies) has no row",
    "aust-4": "no response for the spending-round collaboration item",
    "st-7": "no response for the MSHT preventative powers item",
    "cdi17-afi1": "no response for the CDI rape recording AFI",
    "p21-6": "no response for the SOC analysis AFI",
    "p23-afi3": "no response for the online child sexual abuse capacity AFI",
}

# ---------------------------------------------------------------------------------------------
# Write HMICFRS register export
# ---------------------------------------------------------------------------------------------
FIXED = dt.datetime(2024, 12, 2, 9, 0, 0)


def set_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def save_fixed(wb, path: Path):
    """Save, then rewrite the zip with fixed entry times so the bytes never change."""
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2024-12-02T09:00:00Z<", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 12, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


order = sorted(H, key=lambda k: (R[H[k]["rep"]][1], H[k]["id"]))
hwb = Workbook()
set_props(hwb, "HMICFRS")
ws = hwb.active
ws.title = "Register"
hdr = ["Recommendation ID", "Force", "Report", "Publication date", "Type", "Recommendation",
       "Status", "Status date"]
ws.append(hdr)
for c in ws[1]:
    c.font = Font(bold=True)
HROW = {}
for k in order:
    it = H[k]
    ws.append([it["id"], FORCE, R[it["rep"]][0], R[it["rep"]][1], it["type"], it["text"],
               it["status"], it["sdate"]])
    HROW[k] = ws.max_row
    ws.cell(ws.max_row, 4).number_format = "dd/mm/yyyy"
    ws.cell(ws.max_row, 8).number_format = "dd/mm/yyyy"
    ws.cell(ws.max_row, 6).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFGH", (18, 22, 48, 15, 22, 90, 17, 13)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:H{ws.max_row}"

# ---------------------------------------------------------------------------------------------
# Write the Forms responses workbook
# ---------------------------------------------------------------------------------------------
FHDR = [
    "ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
    "Which HMICFRS report or inspection is this from?",
    "Is it a recommendation, area for improvement or cause of concern?",
    "Please copy the wording of the recommendation / AFI exactly as it appears in the report",
    "Who is the lead officer?",
    "Which department(s) are involved?",
    "What is the current status?",
    "Please give a brief update on progress",
    "If complete, when was it completed?",
    "FLL checked", "Agreed status (FLL)", "FLL comments",
    "HMICFRS reference number (if known)",
]
BATCH_START = {  # when each submitter sat down to do their batch
    "ML": dt.datetime(2024, 10, 7, 9, 12), "LM": dt.datetime(2024, 10, 8, 14, 3),
    "GT": dt.datetime(2024, 10, 10, 10, 41), "CH": dt.datetime(2024, 10, 16, 8, 55),
    "MD": dt.datetime(2024, 10, 22, 16, 20), "ER": dt.datetime(2024, 10, 29, 11, 2),
    "PA": dt.datetime(2024, 10, 31, 19, 47), "AW": dt.datetime(2024, 11, 4, 13, 15),
    "SN": dt.datetime(2024, 11, 6, 9, 30), "DS": dt.datetime(2024, 11, 12, 15, 5),
    "HI": dt.datetime(2024, 11, 14, 12, 10), "RB": dt.datetime(2024, 11, 19, 7, 58),
    "IG": dt.datetime(2024, 11, 22, 22, 14),
}
# Response IDs: rows 23 and 24 of the responses (two duplicates) were deleted from the
# workbook by the FLL, so those IDs are missing.
fwb = Workbook()
set_props(fwb, "Michelle Lowther")
fs = fwb.active
fs.title = "Form1"
fs.append(FHDR)
clock = {}
rid = 0
FROW = []  # (excel row, response)
for resp in RESP:
    rid += 1
    if rid in (23, 24):
        rid = 25
    who = resp["who"]
    t = clock.get(who, BATCH_START[who])
    start = t + dt.timedelta(minutes=rng.randint(1, 4), seconds=rng.randint(0, 59))
    dur = dt.timedelta(minutes=rng.randint(2, 11), seconds=rng.randint(0, 59))
    if resp["item"] == "BLANK":
        dur = dt.timedelta(seconds=rng.randint(20, 50))
    end = start + dur
    clock[who] = end
    name, mail = PEOPLE[who]
    modified = None
    if resp["item"] in ("fa-2", "sas15-1", "p23-afi4", "cdi17-r1") and rng.random() < 0.6:
        modified = end + dt.timedelta(days=rng.randint(3, 12), minutes=rng.randint(0, 500))
    if resp["item"] == "BLANK":
        row = [rid, start, end, f"{mail}@{DOMAIN}", name, None] + [None] * 8 + \
              [None, None, resp["fllc"], None]
    else:
        ty = TY[resp["ty"]] if resp["ty"] else None
        row = [rid, start, end, f"{mail}@{DOMAIN}", name, modified, resp["rep"], ty,
               resp["text"], resp["lead"], resp["dept"], resp["st"], resp["upd"],
               resp["done_on"], resp["fll"], resp["agreed"], resp["fllc"], resp["ref"]]
    fs.append(row)
    r_ = fs.max_row
    for c in (2, 3, 6):
        fs.cell(r_, c).number_format = "m/d/yy h:mm:ss"
    for c in (9, 13, 17):
        fs.cell(r_, c).alignment = Alignment(wrap_text=True, vertical="top")
    FROW.append((r_, resp))
last = fs.max_row
tab = Table(displayName="Table1", ref=f"A1:R{last}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
fs.add_table(tab)
widths = (6, 16, 16, 30, 20, 16, 34, 30, 80, 26, 30, 30, 50, 14, 13, 24, 40, 18)
for i, w in enumerate(widths):
    fs.column_dimensions[chr(65 + i)].width = w
for c in ("O", "P", "Q"):   # the FLL team's columns, shaded by hand
    fs[f"{c}1"].fill = PatternFill("solid", fgColor="FFF2CC")
    fs[f"{c}1"].font = Font(bold=True, color="000000")

# ---------------------------------------------------------------------------------------------
# truth.csv
# ---------------------------------------------------------------------------------------------
truth = []
paired = set()
for r_, resp in FROW:
    item = resp["item"]
    if item in ("TEST", "BLANK"):
        continue
    if item is None:
        truth.append(("", f"Form1!{r_}", resp["cat"], resp["why"]))
    else:
        truth.append((f"Register!{HROW[item]}", f"Form1!{r_}", resp["cat"], resp["why"]))
        paired.add(item)
for k in order:
    if k not in paired:
        assert k in MISSING, k
        truth.append((f"Register!{HROW[k]}", "", "missing_from_force", MISSING[k]))
assert set(MISSING) == set(H) - paired


def rownum(s):
    return int(s.split("!")[1]) if s else 10 ** 6


truth.sort(key=lambda t: (rownum(t[0]), rownum(t[1])))

OUT.mkdir(exist_ok=True)
save_fixed(hwb, OUT / "hmicfrs.xlsx")
save_fixed(fwb, OUT / "tracker.xlsx")
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

if __name__ == "__main__":
    from collections import Counter
    print("HMICFRS items:", len(H), "force responses:", len(RESP), "truth lines:", len(truth))
    print(Counter(t[2] for t in truth))
    print("non-item rows:", [r_ for r_, resp in FROW if resp["item"] in ("TEST", "BLANK")])
