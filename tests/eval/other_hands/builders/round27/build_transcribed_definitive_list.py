"""Build the evaluation case `transcribed_definitive_list` (round 27).

Layout: the HMICFRS side is NOT a register export. The force could not get the register's
extract, so its Strategic Planning & Inspection team transcribed every recommendation, cause of
concern and area for improvement from the published reports by hand: no register reference
numbers, each item numbered only as its report numbers it ("Recommendation 3", "AFI 2",
"Cause of concern 1", or "R3" / "AFI2" depending on who typed the block), with the report title,
publication date, type, the text as printed (footnote digits and PDF line breaks left in) and a
status column kept from HMICFRS's letters.

The force side is its action plan: own codes ("2021-PEEL-05"), a live sheet grouped under
report-title rows and an archive sheet with a report column, sometimes quoting the report's own
number ("PEEL 21/22 AFI 3", "Rec 1(b)"), its own status words, split rows, local actions.

Texts are real HMICFRS wording (Open Government Licence) copied from
/work/main/reconcile/casegen/texts and /work/shared/data/real_recommendations.csv; which items
sit against Derbyshire Constabulary is invented for the test. Force summaries, actions and
updates are written here as a force analyst would.

Run: /work/main/.venv/bin/python build_transcribed_definitive_list.py
Rebuilds the case byte for byte (fixed seed, fixed workbook properties, fixed zip timestamps).
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

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

# Load only the text lists (casegen/texts), as a package of their own, so that nothing else of
# the project is imported or run.
import importlib.util  # noqa: E402

sys.dont_write_bytecode = True  # write nothing under /work/main

_TEXTS = Path("/work/main/reconcile/casegen/texts")
_spec = importlib.util.spec_from_file_location(
    "casegen_texts", _TEXTS / "__init__.py", submodule_search_locations=[str(_TEXTS)])
_mod = importlib.util.module_from_spec(_spec)
sys.modules["casegen_texts"] = _mod
_spec.loader.exec_module(_mod)
from casegen_texts import (  # noqa: E402  (text lists only)
    BWV_2021,
    CAUSES,
    CDI_VICTIMS_BODY,
    EVERYONE_PLAN,
    FIREARMS,
    NATIONAL,
    SAS_MONITORING_2017,
    SF_LEADERSHIP,
)

SEED = 2027_1206_27
RNG = random.Random(SEED)
CASE = "transcribed_definitive_list"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED_TIME = dt.datetime(2025, 11, 3, 9, 0, 0)
ZIP_TIME = (2025, 11, 3, 9, 0, 0)

FORCE = "Derbyshire Constabulary"
AREA = "Derbyshire"


def D(y, m, d):
    return dt.date(y, m, d)


def nat(key, i):
    return NATIONAL[key][2][i][1]


# --------------------------------------------------------------------------------------------
# Reports as the transcriber wrote them: key -> (title, published). A published value is a
# date (written as an Excel date) or a string (typed as text, as the transcriber had it).
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], D(2013, 7, 9)),
    "everyone": (NATIONAL["everyone"][0], D(2014, 3, 27)),
    "austerity": (NATIONAL["austerity"][0], D(2014, 7, 22)),
    "core": (NATIONAL["core"][0], "4 September 2014"),
    "integrity": (NATIONAL["integrity"][0], D(2015, 1, 30)),
    "sas15": (NATIONAL["sas15"][0], D(2015, 3, 24)),
    "picture": (NATIONAL["picture"][0], D(2015, 7, 1)),
    "firearms": (NATIONAL["firearms"][0], D(2015, 9, 15)),
    "eff16": (f"PEEL: Police effectiveness 2016 – {FORCE}", D(2017, 3, 2)),
    "stolen": (NATIONAL["stolen"][0], "24 October 2017"),
    "efc17": (NATIONAL["efc17"][0], D(2017, 11, 9)),
    "leg17": (NATIONAL["leg17"][0], D(2017, 12, 12)),
    "peel18": (f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}",
               "May 2019"),
    "cdi19": (f"Crime data integrity inspection 2019 – {FORCE}", D(2019, 9, 17)),
    "powers": (NATIONAL["powers"][0], D(2021, 2, 26)),
    "peel21": (f"PEEL 2021/22: An inspection of {FORCE}", D(2022, 5, 20)),
    "custody22": ("Report on an unannounced inspection visit to police custody suites in "
                  f"{AREA}", D(2022, 8, 9)),
    "peel23": (f"PEEL 2023–25: An inspection of {FORCE}", D(2024, 3, 12)),
}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", \
    "National recommendation"

# HMICFRS status words the force copies from the letters: open / closed.
H_OPEN = {"Open", "Open – evidence requested", "Being progressed", "Awaiting review",
          "New – not yet reviewed"}
H_CLOSED = {"Closed – complete", "Closed – superseded", "Closed – no further action",
            "Complete"}
# The tracker's own status words: open / done (status key at the foot of the live sheet).
F_OPEN = {"Not started", "On track", "Off track"}
F_DONE = {"Complete", "Proposed for closure", "Submitted to HMICFRS", "Closed", "Superseded"}

# --------------------------------------------------------------------------------------------
# HMICFRS items: key, report, number as printed, type, text as printed, status, letter, note
# --------------------------------------------------------------------------------------------
HM: list[dict] = []


def H(key, rep, num, typ, text, status, letter=None, note=None):
    assert status in H_OPEN | H_CLOSED or status.startswith("Closed – superseded"), status
    HM.append(dict(key=key, rep=rep, num=num, typ=typ, text=text, status=status,
                   letter=letter, note=note))


L23 = D(2023, 6, 19)   # letters on the older national reports
L24 = D(2024, 10, 7)
L25 = D(2025, 3, 14)   # latest annual letter
L25b = D(2025, 9, 22)  # follow-up letter on PEEL 2021/22 and PEEL 2023–25

# Stop and search 2013: numbered as in the report; the recs aimed at the Home Office and the
# College alone are not listed. PDF line break left in R3.
H("sas13_r1", "sas13", "Recommendation 1", NAT, nat("sas13", 0), "Closed – complete", L23,
  "Recs 2, 5-10 not for forces – not listed")
H("sas13_r3", "sas13", "Recommendation 3", NAT,
  nat("sas13", 1).replace("acting in accordance", "acting in\naccordance"),
  "Closed – superseded", L23, "Superseded by PEEL Legitimacy 2017 stop and search recs")
H("sas13_r4", "sas13", "Recommendation 4", NAT, nat("sas13", 2),
  "Closed – superseded", L23, "Repeated in Stop and search powers 2 (2015)")
H("everyone_r1", "everyone", "Recommendation 1", NAT, EVERYONE_PLAN, "Closed – complete", L23)
H("austerity_r1", "austerity", "Recommendation 1", NAT, nat("austerity", 0),
  "Closed – no further action", L23)
H("austerity_r4", "austerity", "Recommendation 4", NAT, nat("austerity", 3),
  "Awaiting review", L25)
H("core_r4", "core", "Recommendation 4", NAT, nat("core", 0), "Open – evidence requested", L25)
H("integrity_r1", "integrity", "Recommendation 1", NAT, nat("integrity", 0),
  "Closed – complete", L23)
H("sas15_r1", "sas15", "Recommendation 1", NAT, nat("sas15", 0),
  "Open – evidence requested", L25, "Same ask as S&S 2013 rec 4 – this one still open")
H("picture_r1", "picture", "Recommendation 1", NAT, nat("picture", 0), "Closed – complete", L24)
# Firearms: typed by a second transcriber as R1, R2 ...; R4 was for the College of Policing.
H("fa_r1", "firearms", "R1", NAT, nat("firearms", 0), "Closed – complete", L23)
H("fa_r2", "firearms", "R2", NAT, FIREARMS, "Closed – complete", L23)
H("fa_r3", "firearms", "R3", NAT, nat("firearms", 2), "Open", L25)
H("fa_r5", "firearms", "R5", NAT,
  nat("firearms", 3).replace("National Firearms Licensing", "National Firearms\nLicensing"),
  "Closed – complete", L24)
H("fa_r6", "firearms", "R6", NAT, nat("firearms", 4), "Closed – complete", L23)
# PEEL effectiveness 2016 (force report).
H("e16_coc1", "eff16", "Cause of concern 1", COC, CAUSES[3], "Closed – superseded", L23,
  "Superseded – see PEEL 2018/19")
H("e16_r1", "eff16", "Recommendation 1", REC,
  "In order to improve the service it provides to victims of domestic abuse, offer the best "
  "possible protection and bring more perpetrators to justice, the force should immediately "
  "consider ways of increasing the use of arrest, ancillary orders and other available powers.",
  "Closed – superseded", L23)
H("e16_r2", "eff16", "Recommendation 2", REC,
  "To improve the service provided to victims of domestic abuse the force should immediately "
  "take steps to understand and address the reason behind why such a high proportion of "
  "victims of domestic abuse do not support the police investigation.",
  "Closed – superseded", L23)
H("e16_r3", "eff16", "Recommendation 3", REC,
  "In addition, the practice of conducting domestic abuse risk assessments over the telephone "
  "and dealing with domestic abuse in the resolution centre should cease",
  "Closed – complete", L23)
H("e16_coc2", "eff16", "Cause of concern 2", COC,
  "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
  "found that the assessment of risk for children who go missing from home was inappropriate "
  "in some cases. We found some instances where children were classed as ‘absent’ when they "
  "should have been recorded as ‘missing’, and risk levels for missing children were "
  "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
  "lower level and could have been exposed to an increased risk of harm.",
  "Being progressed", L25)
H("e16_r4", "eff16", "Recommendation 4", REC,
  "To address this cause of concern the force should immediately review its approach to "
  "reports of missing children and take steps to ensure that:\n"
  "• call takers understand and use the missing and absent category appropriately; "
  "• call takers and frontline staff have the necessary knowledge to identify risk factors "
  "associated with child sexual exploitation and how to respond to such cases; and "
  "• supervisors provide the correct oversight of missing person enquiries and direct "
  "appropriate and timely investigative and safeguarding action",
  "Open – evidence requested", L25)
H("e16_afi1", "eff16", "AFI 1", AFI,
  "The force should improve its understanding of the nature and scale of serious and "
  "organised crime in its area.", "Closed – complete", L23)
H("e16_afi2", "eff16", "AFI 2", AFI,
  "The force should make sure it records reports of hate crime accurately and without delay.",
  "Closed – superseded", L24)
H("e16_afi3", "eff16", "AFI 3", AFI,
  "The force should improve how it works with partner organisations to safeguard people at "
  "risk from child sexual exploitation.", "Closed – complete", L23)
# Stolen freedom: numbered as in the report (R2 was for the Home Office). Footnote 86 as printed.
H("sf_r1", "stolen", "Recommendation 1", NAT, SF_LEADERSHIP, "Closed – complete", L24)
H("sf_r3", "stolen", "Recommendation 3", NAT, nat("stolen", 1), "Being progressed", L25)
H("sf_r4", "stolen", "Recommendation 4", NAT, nat("stolen", 2), "Being progressed", L25)
H("sf_r5", "stolen", "Recommendation 5", NAT, nat("stolen", 3), "Closed – complete", L24)
H("sf_r6", "stolen", "Recommendation 6", NAT, nat("stolen", 4), "Open", L25)
H("sf_r7", "stolen", "Recommendation 7", NAT, nat("stolen", 5), "Being progressed", L25)
H("sf_r8", "stolen", "Recommendation 8", NAT, nat("stolen", 6), "Closed – complete", L24)
H("efc17_r1", "efc17", "Recommendation 1", NAT, nat("efc17", 0),
  "Closed – no further action", L23)
# PEEL legitimacy 2017 national: footnote 41 as printed after R4.
H("leg17_coc1", "leg17", "Cause of concern 1", COC, nat("leg17", 0), "Open", L25)
H("leg17_r1", "leg17", "Recommendation 1", NAT, SAS_MONITORING_2017, "Open", L25)
H("leg17_r2", "leg17", "Recommendation 2", NAT, nat("leg17", 2), "Being progressed", L25)
H("leg17_r3", "leg17", "Recommendation 3", NAT, nat("leg17", 3), "Complete", L24)
H("leg17_r4", "leg17", "Recommendation 4", NAT, nat("leg17", 4) + "41", "Open", L25)
# PEEL 2018/19: typed as CoC1 / R1 / AFI1.
H("p18_coc1", "peel18", "CoC1", COC, CAUSES[2], "Being progressed", L25)
H("p18_r1", "peel18", "R1", REC,
  "HMIC recommends that within six months the force should: improve its ability to retrieve "
  "digital evidence from mobile phones, computers and other electronic devices quickly enough "
  "to ensure investigations are not delayed;", "Open", L25)
H("p18_r2", "peel18", "R2", REC,
  "HMIC recommends that within six months the force should: improve its understanding of "
  "suspects released under investigation and the management of those released on bail;",
  "Closed – complete", L24)
H("p18_r3", "peel18", "R3", REC,
  "HMIC recommends that within six months the force should: ensure regular and active "
  "supervision of the quality and progress of investigations. This supervision should be "
  "properly recorded;", "Open", L25)
H("p18_afi1", "peel18", "AFI1", AFI,
  "The force should improve its use of its crime-recording and management system to better "
  "manage its case files and investigative processes.", "Being progressed", L25)
H("p18_afi2", "peel18", "AFI2", AFI,
  "The force should undertake further work to gain a fuller understanding of current demand "
  "for its services, and likely future changes in demand. This is so it can make best use of "
  "its resources by matching them to demand to meet the needs of the public",
  "Closed – complete", L24)
H("p18_afi3", "peel18", "AFI3", AFI,
  "The force should develop its understanding of the links between its outcomes, outputs and "
  "costs", "Open", L25)
H("p18_afi4", "peel18", "AFI4", AFI,
  "The force should develop a future workforce plan that is aligned with its overall demand "
  "and budget. The plan should include future resource allocations, the mix of skills required "
  "by the workforce and behaviours expected of them.", "Open", L25)
# Crime data integrity 2019.
H("cdi_r1", "cdi19", "Recommendation 1", REC,
  "Within six months the force should " + CDI_VICTIMS_BODY + ".", "Being progressed", L25)
H("cdi_afi1", "cdi19", "AFI 1", AFI,
  "The force should make sure it records reports of modern slavery and human trafficking "
  "accurately and without delay.", "Open", L25)
H("cdi_afi2", "cdi19", "AFI 2", AFI,
  "The force should take steps to ensure it fully complies with national crime recording "
  "standard (NCRS) requirements for offences identified as modern slavery and human "
  "trafficking.", "Closed – complete", L24)
# Disproportionate use of police powers 2021: R4 (Home Office and NPCC) not listed.
H("pw_r1", "powers", "Recommendation 1", NAT,
  nat("powers", 0).replace("Conflict Management.", "Conflict Management 27."), "Open", L25)
H("pw_r2", "powers", "Recommendation 2", NAT, nat("powers", 1), "Closed – complete", L24)
H("pw_r3", "powers", "Recommendation 3", NAT, BWV_2021, "Closed – complete", L25)
H("pw_r5", "powers", "Recommendation 5", NAT, nat("powers", 4), "Open", L25,
  "Rec 4 for Home Office/NPCC – not listed")
# PEEL 2021/22.
H("p21_coc1", "peel21", "Cause of concern 1", COC,
  f"The size of the vetting backlog within {FORCE} is a cause of concern.",
  "Closed – complete", L25b)
H("p21_r1", "peel21", "Recommendation 1", REC,
  "The force should ensure all staff have received at least the lowest level of vetting "
  "clearance for their roles as quickly as possible, working to clear both the vetting backlog "
  "and new vetting renewals when they become due so that it complies fully with the national "
  "vetting guidelines.", "Closed – complete", L25b)
H("p21_afi1", "peel21", "AFI 1", AFI,
  "The force should make sure investigations of stalking and harassment are allocated to "
  "officers with the right skills and are effectively supervised.", "Open", L25b)
H("p21_afi2", "peel21", "AFI 2", AFI,
  "The force should improve how it gathers, assesses and acts on intelligence about county "
  "lines drug dealing.", "Closed – superseded", L25b, "Repeated as PEEL 2023–25 AFI 4")
H("p21_afi3", "peel21", "AFI 3", AFI,
  "The force should improve the timeliness of its response to calls for service involving "
  "people with mental ill health.", "Open", L25b)
H("p21_afi4", "peel21", "AFI 4", AFI,
  "The force should make sure victims of domestic abuse are kept informed about the progress "
  "of their case, in line with the Code of Practice for Victims of Crime.", "Open", L25b)
H("p21_afi5", "peel21", "AFI 5", AFI,
  "The force should make sure victims of rape and serious sexual offences are kept informed "
  "about the progress of their case, in line with the Code of Practice for Victims of Crime.",
  "Closed – superseded", L25b, "Repeated as PEEL 2023–25 AFI 1")
H("p21_afi6", "peel21", "AFI 6", AFI,
  "The force should make sure its performance framework gives senior leaders a clear picture "
  "of its response to violence against women and girls.", "Open", L25b)
# Custody 2022.
H("cu_r1", "custody22", "Recommendation 1", REC,
  f"Within six months {FORCE} should, in conjunction with children’s social care services, "
  "review how it manages the detention of children. As a minimum it should:• ensure that all "
  "children are only detained when absolutely necessary and for the absolute minimum amount of "
  "time;• ensure that officers and staff in the custody suite assess at an early stage a "
  "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
  "social care services to achieve the most appropriate option for the child;• ensure that "
  "custody staff make a record of all actions taken and decisions made on the relevant "
  "documentation; and• improve the timeliness of adequate appropriate adult support for "
  "children who are arrested.", "Open", L25)
H("cu_afi1", "custody22", "AFI 1", AFI,
  "The force should make sure officers and staff have the training they need to identify and "
  "respond to vulnerable adults.", "Closed – complete", L25)
H("cu_afi2", "custody22", "AFI 2", AFI,
  "The force should make sure it has access to accurate data and analysis to support "
  "effective performance management.", "Open", L25)
# PEEL 2023–25: its AFI 1 and AFI 4 repeat PEEL 2021/22 AFI 5 and AFI 2 word for word.
H("p23_afi1", "peel23", "AFI 1", AFI,
  "The force should make sure victims of rape and serious sexual offences are kept informed "
  "about the progress of their case, in line with the Code of Practice for Victims of Crime.",
  "New – not yet reviewed")
H("p23_afi2", "peel23", "AFI 2", AFI,
  "The force should make sure it has enough specialist capacity and capability to "
  "investigate online child sexual abuse.", "New – not yet reviewed")
H("p23_afi3", "peel23", "AFI 3", AFI,
  "The force should make sure its analysis of serious and organised crime informs its "
  "strategic assessment and control strategy.", "New – not yet reviewed")
H("p23_afi4", "peel23", "AFI 4", AFI,
  "The force should improve how it gathers, assesses and acts on intelligence about county "
  "lines drug dealing.", "New – not yet reviewed")
H("p23_afi5", "peel23", "AFI 5", AFI,
  "The force should ensure it has effective internal monitoring processes on the use of "
  "force, to help it to identify and understand disproportionate use, explain the reasons and "
  "implement any necessary improvement action.", "New – not yet reviewed")
H("p23_afi6", "peel23", "AFI 6", AFI,
  "The force should make sure officers and staff have the training they need to identify and "
  "respond to fraud.", "New – not yet reviewed")

# Sort by publication order (the transcriber's order), items in report order.
ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture", "firearms",
         "eff16", "stolen", "efc17", "leg17", "peel18", "cdi19", "powers", "peel21",
         "custody22", "peel23"]
HM.sort(key=lambda h: ORDER.index(h["rep"]))  # stable: keeps report order within a report
HMK = {h["key"]: h for h in HM}

# --------------------------------------------------------------------------------------------
# Force tracker rows. sheet: "Tracker" (live, grouped under report-title rows) or "Closed"
# (archive, with a report column). hm: the HMICFRS key or None. cat/why: the truth.
# --------------------------------------------------------------------------------------------

TR: list[dict] = []


def T(sheet, grp, aid, ref, typ, text, status, hm, cat, why, action="", lead=None,
      target=None, update="", when=None):
    assert status in F_OPEN | F_DONE, status
    TR.append(dict(sheet=sheet, grp=grp, aid=aid, ref=ref, typ=typ, text=text, status=status,
                   hm=hm, cat=cat, why=why, action=action, lead=lead, target=target,
                   update=update, when=when))


# Live-sheet report-title rows, in the force's own words.
HEAD = {
    "sas13": "Stop & Search powers (HMIC, July 2013)",
    "core": "Core Business (HMIC, September 2014)",
    "sas15": "Stop & search powers 2 (HMIC, March 2015)",
    "picture": "Building the Picture – information management (HMIC, July 2015)",
    "firearms": "Targeting the Risk – firearms licensing (HMIC, September 2015)",
    "eff16": "PEEL Effectiveness 2016 – Derbyshire (published 2 March 2017)",
    "stolen": "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
              "published 24 October 2017",
    "efc17": "PEEL Efficiency 2017 – national (published 9 November 2017)",
    "leg17": "PEEL Legitimacy 2017 – national (stop and search) – published 12 December 2017",
    "peel18": "PEEL 2018/19 – Derbyshire (published 2 May 2019)",
    "cdi19": "Crime Data Integrity 2019 (published 17 September 2019)",
    "powers": "Police powers spotlight – Disproportionate use of police powers (February 2021)",
    "peel21": "PEEL 2021/22 – Derbyshire (published 20 May 2022)",
    "custody22": "HMICFRS/HMIP custody inspection 2022 (published 9 August 2022)",
    "peel23": "PEEL 2023–25 – Derbyshire (published 12 March 2024)",
}
LIVE_ORDER = ["sas13", "core", "sas15", "picture", "firearms", "eff16", "stolen", "efc17",
              "leg17", "peel18", "cdi19", "powers", "peel21", "custody22", "peel23"]

# --- Live sheet --------------------------------------------------------------------------
T("Tracker", "sas13", "2013-SAS-02", "", "National rec",
  "CCs should establish or improve monitoring of the way officers stop & search people so "
  "they are satisfied officers act in accordance with the law (incl. equality legislation & "
  "Code of Practice) and the power is used effectively.", "On track", "sas13_r3",
  "closeable_local", "S&S 2013 rec 3 (monitoring; force code -02 is not the rec number): "
  "HMICFRS closed it as superseded, force still On track",
  action="Monthly S&S scrutiny at Legitimacy Board; ethnicity data by LPA",
  target="Ongoing", update="Reported to Legitimacy Board quarterly. Keep open until new "
  "dashboard is live.")
T("Tracker", "core", "2014-CB-01", "Rec 4", "National rec",
  "Not later than 31 March 2015 forces using a THRR policy should provide call-handlers with "
  "specific, sound & comprehensible criteria to assess threat, harm and risk.",
  "Submitted to HMICFRS", "core_r4", "closeable_submit",
  "Core Business rec 4: HMICFRS open (evidence requested), force has submitted it",
  action="THRIVE+ criteria embedded in contact centre", target=D(2015, 3, 31),
  update="Evidence pack (THRIVE+ audit, training records) re-sent following HMICFRS letter.",
  when=D(2025, 6, 12))
T("Tracker", "sas15", "2015-SAS-01", "R1", "National rec",
  "Chief constables should, in consultation with PCCs, ensure they comply with the Code of "
  "Practice by explaining to the public the way S&S powers are used in their areas and by "
  "making arrangements for S&S records to be scrutinised by community representatives.",
  "On track", "sas15_r1", "in_sync",
  "S&S powers 2 (2015) rec 1: open on both. Same ask as S&S 2013 rec 4 (closed/superseded "
  "on both): report and number decide, not text",
  action="Independent S&S scrutiny panel incl. youth panel", target="Mar-26",
  update="Youth scrutiny panel recruited; first sitting January 2026.")
T("Tracker", "picture", "2015-BTP-01", "", "National rec",
  "Put in place arrangements to scrutinise audits of compliance with the APP on information "
  "management through the force IM governance structure, incl. measures so categorisation of "
  "records is regularly adjusted.", "On track", "picture_r1", "closeable_local",
  "Building the picture rec 1: HMICFRS closed (complete), force still On track",
  action="MoPI audit programme reported to Information Assurance Board", target="Q4 2025/26",
  update="MoPI Group 3 review backlog being worked through.")
T("Tracker", "firearms", "2015-FAL-03", "R3", "National rec",
  "Immediately, all CCs should satisfy themselves that all appropriate action is being taken "
  "by their force with regard to 'total expired' licensing records.", "Complete", "fa_r3",
  "closeable_submit", "Targeting the risk R3: HMICFRS open, force Complete",
  action="Total expired records reviewed and actioned", target="Immediate",
  update="All total expired records reviewed; monthly check in place. To be submitted.")
T("Tracker", "firearms", "2015-FAL-04", "R5", "National rec",
  "Within 3 months, ensure arrangements for temporary permits accord with HO guidance; permits "
  "recorded without delay on NFLMS; effective systems so certificate holders are not in "
  "unlawful possession of a firearm.", "On track", "fa_r5", "closeable_local",
  "Targeting the risk R5 (code -04): HMICFRS closed (complete), force still On track",
  action="Temporary permit process review", target=D(2025, 12, 31),
  update="Process map drafted; NFLMS entries dip-sampled.")
T("Tracker", "eff16", "2016-EFF-04", "CoC 2", "CoC",
  "Cause of concern – response to missing and absent children (risk assessment, absent v "
  "missing, risk graded too low).", "Proposed for closure", "e16_coc2", "closeable_submit",
  "PEEL effectiveness 2016 cause of concern 2: HMICFRS open, force proposed for closure",
  action="See Rec 4(a)-(c)", lead="Ch Supt Public Protection",
  update="All three actions complete. Proposed for closure at Sept Org Learning Board.")
for part, txt, upd in [
    ("a", "Rec 4(a) – call takers understand and use the missing and absent category "
          "appropriately", "Absent category removed from force policy in line with APP."),
    ("b", "Rec 4(b) – call takers and frontline staff have the knowledge to identify CSE risk "
          "factors and how to respond", "CSE risk factor training delivered to 96% of call "
          "takers and response officers."),
    ("c", "Rec 4(c) – supervisors provide correct oversight of missing person enquiries and "
          "direct timely investigative & safeguarding action", "Missing persons supervision "
          "template live on Niche since April."),
]:
    T("Tracker", "eff16", f"2016-EFF-05{part}", f"Rec 4({part})", "Rec", txt, "Complete",
      "e16_r4", "closeable_submit",
      f"Split row {part} of PEEL effectiveness 2016 rec 4 (missing children, three bullets): "
      "every part Complete, HMICFRS open (evidence requested)",
      action=upd.split(".")[0], lead="Ch Supt Public Protection", target=D(2025, 9, 30),
      update=upd)
T("Tracker", "eff16", "2016-EFF-02", "Rec 2", "Rec",
  "Understand and address why such a high proportion of DA victims do not support the police "
  "investigation.", "On track", "e16_r2", "closeable_local",
  "PEEL effectiveness 2016 rec 2: HMICFRS closed (superseded), force still On track",
  action="Victim attrition research with University of Derby", target="Jun-26",
  update="Fieldwork complete; report due spring 2026.")
T("Tracker", "eff16", "2016-EFF-07", "AFI 2", "AFI",
  "Make sure it records reports of hate crime accurately and without delay.", "Off track",
  "e16_afi2", "closeable_local",
  "PEEL effectiveness 2016 AFI 2: HMICFRS closed (superseded), force Off track",
  action="Hate crime recording audit", target=D(2025, 3, 31),
  update="Audit slipped – FCR capacity. New date to be agreed.")
T("Tracker", "stolen", "2017-MSHT-02", "Rec 3", "National rec",
  "Within 6 months, forces should have in place active ISAs with other agencies to facilitate "
  "speedy exchange of intelligence and to safeguard victims better and identify suspects as "
  "early as possible.", "Proposed for closure", "sf_r3", "closeable_submit",
  "Stolen freedom rec 3 (code -02; footnote 86 only on the HMICFRS side): HMICFRS open, "
  "force proposed for closure",
  action="MSHT ISAs with both local authorities and GLAA", target=D(2018, 4, 24),
  update="ISAs signed with Derbyshire CC, Derby City and GLAA. Ready to move to GREEN status.")
T("Tracker", "stolen", "2017-MSHT-04", "Rec 7", "National rec",
  "Immediately, forces should ensure allegations or indications of MSHT are thoroughly "
  "investigated and effectively supervised by teams and individuals with the skills and "
  "experience to undertake them.", "Off track", "sf_r7", "in_sync",
  "Stolen freedom rec 7: open on both",
  action="MSHT investigations allocated to Complex Crime Unit", target="Mar-25",
  update="Capacity in CCU insufficient; growth bid submitted.")
T("Tracker", "stolen", "2017-MSHT-05", "Rec 8", "National rec",
  "Review use of preventative powers under the Modern Slavery Act 2015 (STPOs/STROs) so "
  "opportunities to restrict those posing a clear threat are exploited.", "On track", "sf_r8",
  "closeable_local", "Stolen freedom rec 8: HMICFRS closed (complete), force still On track",
  action="STPO/STRO review and guidance", target="Dec-25",
  update="Two STPOs obtained this year. Guidance refresh in draft.")
T("Tracker", "efc17", "2017-EFF-02", "", "National rec",
  "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
  "for offences identified as MSHT and that sufficient audit capacity is available to the FCR "
  "to provide reassurance that each force is identifying and managing any gaps in its "
  "crime-recording accuracy for these types of offences.", "On track", "sf_r6", "conflict",
  "Stolen freedom rec 6 (NCRS and FCR audit capacity) filed by the force under PEEL "
  "Efficiency 2017 (2017-EFF-02): report conflict. Not CDI 2019 AFI 2, which lacks the audit "
  "capacity clause and has its own row",
  action="FCR audit plan to include MSHT", lead="Force Crime Registrar", target="Mar-26",
  update="MSHT added to FCR audit schedule 2025/26.")
T("Tracker", "leg17", "2017-LEG-01", "CoC", "CoC",
  "Cause of concern: forces not able to demonstrate S&S use is consistently reasonable and "
  "fair; over-representation of BAME people, and black people in particular, which many "
  "forces cannot explain.", "On track", "leg17_coc1", "in_sync",
  "PEEL legitimacy 2017 cause of concern 1: open on both",
  action="S&S disproportionality plan", lead="ACC Local Policing", target="Ongoing",
  update="Disproportionality plan refreshed; reported to Legitimacy Board.")
T("Tracker", "leg17", "2017-LEG-02", "Rec 1", "National rec",
  "By July 2018, all forces should be regularly and frequently monitoring a comprehensive set "
  "of data on use of S&S powers to understand:\n• the reasons for any disproportionate "
  "representation of different ethnic groups in the use of S&S;\n• the extent to which find "
  "rates differ between people from different ethnicities, and across different types of "
  "searches (incl. separate find rates for drug possession and supply-type offences).",
  "Complete", "leg17_r1", "conflict",
  "PEEL legitimacy 2017 rec 1: the force's copy drops the third bullet (prevalence of "
  "possession-only drug searches): missing bullet, a conflict whatever the status",
  action="S&S monitoring dashboard", lead="ACC Local Policing", target=D(2018, 7, 31),
  update="Dashboard live; ethnicity and find rates by search type.")
T("Tracker", "leg17", "2017-LEG-03", "Rec 2", "National rec",
  "Where forces identify disparities through monitoring, they should demonstrate to the "
  "public that they have carried out research & analysis to understand the reasons and taken "
  "action to reduce the disparity where necessary.", "Submitted to HMICFRS", "leg17_r2",
  "closeable_submit", "PEEL legitimacy 2017 rec 2: HMICFRS open, force submitted",
  action="Publish disparity analysis", target=D(2018, 7, 31),
  update="Annual disparity report published on force website; submitted.",
  when=D(2025, 4, 2))
T("Tracker", "leg17", "2017-LEG-05", "Rec 4", "National rec",
  "By July 2018, and ongoing, ensure all officers who use S&S powers have been provided with, "
  "and understand, training on unconscious bias and CoP APP on S&S.", "Complete", "leg17_r4",
  "closeable_submit",
  "PEEL legitimacy 2017 rec 4 (footnote 41 only on the HMICFRS side): HMICFRS open, force "
  "Complete", action="Unconscious bias training in S&S course",
  lead="Head of Learning & Development", target=D(2018, 7, 31),
  update="Training compliance 98%. Evidence held.")
T("Tracker", "peel18", "2019-PEEL-01", "CoC1", "CoC",
  "The force does not have the capacity or capability to investigate crime effectively and "
  "this is affecting the service being provided to the public.", "On track", "p18_coc1",
  "in_sync", "PEEL 2018/19 cause of concern 1: open on both",
  action="Investigations improvement programme", lead="Det Ch Supt Force CID",
  target="Mar-26", update="Programme on track; see R1–R3.")
T("Tracker", "peel18", "2019-PEEL-02", "R1", "Rec",
  "Within 6 months – improve ability to retrieve digital evidence from mobile phones, "
  "computers & other electronic devices quickly enough so investigations are not delayed.",
  "Complete", "p18_r1", "closeable_submit",
  "PEEL 2018/19 R1: HMICFRS open, force Complete ('within 6 months' is the same timescale)",
  action="Digital forensics kiosks in every LPA", target=D(2019, 11, 2),
  update="Kiosks live; backlog under 30 days. Evidence pack being prepared.")
T("Tracker", "peel18", "2019-PEEL-04", "R3", "Rec",
  "Within twelve months the force should ensure regular and active supervision of the "
  "quality and progress of investigations. This supervision should be properly recorded.",
  "On track", "p18_r3", "conflict",
  "PEEL 2018/19 R3: the force records 'within twelve months' where the report says 'within "
  "six months': timescale conflict", action="Supervisory review template on Niche",
  lead="Det Ch Supt Force CID", target=D(2020, 5, 2),
  update="Template live; compliance 71% (target 90%).")
T("Tracker", "peel18", "2019-PEEL-05", "AFI1", "AFI",
  "Improve use of the crime-recording and management system (Niche) to better manage case "
  "files and investigative processes.", "On track", "p18_afi1", "in_sync",
  "PEEL 2018/19 AFI1: open on both", action="Niche case file workflow",
  target="Q3 2025/26", update="Workflow testing in progress.")
T("Tracker", "peel18", "2019-PEEL-07", "AFI 3", "AFI",
  "The force should develop a future workforce plan that is aligned with its overall demand "
  "and budget, including future resource allocations, skills mix and behaviours expected.",
  "On track", "p18_afi4", "conflict",
  "Text is PEEL 2018/19 AFI4 (workforce plan) but the force quotes 'AFI 3': reference "
  "conflict. AFI3 (outcomes, outputs and costs) has no force row",
  action="Strategic workforce plan 2025-28", lead="Director of People", target="Apr-26",
  update="Draft workforce plan to Chief Officer Group in January.")
for part, txt, st in [
    ("a", "Rec 1(a) – at the point of report, victims are believed", "Complete"),
    ("b", "Rec 1(b) – call handler/caller conversations summarised accurately in the incident "
          "log so attending officers have full facts for crime-recording decisions", "Complete"),
    ("c", "Rec 1(c) – multiple crimes always recorded when described in incident records or "
          "identified in other investigations", "On track"),
    ("d", "Rec 1(d) – stop awaiting results of medical examinations or video interviews before "
          "making crime-recording decisions", "Complete"),
    ("e", "Rec 1(e) – online reports of crime triaged at the point of receipt so ongoing risks "
          "to the victim or public are identified and managed", "On track"),
]:
    T("Tracker", "cdi19", f"2019-CDI-01{part}", f"Rec 1({part})", "Rec", txt, st, "cdi_r1",
      "in_sync",
      f"Split row {part} of CDI 2019 rec 1 (five bullets): parts c and e still open, so the "
      "item is open on the force side, as on HMICFRS's",
      action="CDI improvement plan", lead="Force Crime Registrar", target=D(2020, 3, 17),
      update="Monthly FCR audit." if st == "Complete" else "Audit shows 88% compliance; "
      "training refresh planned.")
T("Tracker", "cdi19", "2019-CDI-02", "AFI 1", "AFI",
  "Make sure reports of MSHT are recorded accurately and without delay.", "Complete",
  "cdi_afi1", "closeable_submit", "CDI 2019 AFI 1: HMICFRS open, force Complete",
  action="MSHT crime recording audit", lead="Force Crime Registrar", target="Mar-25",
  update="Audit 97% compliant. Evidence held.")
T("Tracker", "cdi19", "2019-CDI-03", "AFI 2", "AFI",
  "Take steps to ensure it fully complies with NCRS requirements for offences identified as "
  "MSHT.", "On track", "cdi_afi2", "closeable_local",
  "CDI 2019 AFI 2: HMICFRS closed (complete), force still On track",
  action="NCRS MSHT compliance", lead="Force Crime Registrar", target="Mar-26",
  update="Included in FCR audit schedule.")
T("Tracker", "cdi19", "2019-LOC-01", "", "Local",
  "JAC action: Dip-sample 50 rape crime reports each quarter and report findings to the Crime "
  "Standards Board", "On track", None, "not_on_hmicfrs_list",
  "Force's own action (JAC), not an HMICFRS item", lead="Force Crime Registrar",
  target="Quarterly", update="Q2 sample done.")
T("Tracker", "powers", "2021-POW-01", "Rec 1", "National rec",
  "By July 2022, forces should ensure that officers and staff have effective communication "
  "skills, in line with the National Policing Guidelines on Conflict Management. This should "
  "be in addition to existing training on conflict management and de-escalation.",
  "On track", "pw_r1", "in_sync",
  "Police powers 2021 rec 1 (footnote 27 only on the HMICFRS side): open on both",
  action="Communication skills module in OST", lead="Head of Learning & Development",
  target=D(2022, 7, 31), update="Module delivered to 64% of frontline.")
for part, txt, st in [
    ("a", "BWV to record the entirety of all S&S encounters incl. traffic stops and use of "
          "force incidents", "Complete"),
    ("b", "Structured process for regularly reviewing a sufficient sample of BWV footage to "
          "identify learning and hold officers to account", "Complete"),
    ("c", "External scrutiny panel members given access to samples of BWV footage of S&S and "
          "use of force, with APP safeguards", "On track"),
]:
    T("Tracker", "powers", f"2021-POW-03{part}", f"R3({part})", "National rec", txt, st,
      "pw_r3", "closeable_local",
      f"Split row {part} of police powers 2021 rec 3 (three BWV paragraphs): part c still "
      "open, so the item is open on the force side; HMICFRS closed it (complete)",
      action="BWV S&S compliance", lead="ACC Local Policing", target=D(2021, 9, 30),
      update="Panel access agreed in principle; data sharing agreement pending."
      if st == "On track" else "Dip-sampling monthly.")
T("Tracker", "powers", "2021-POW-05", "Rec 5", "National rec",
  "By July 2021, forces should ensure they have effective internal monitoring processes on "
  "the use of force, to help them identify and understand disproportionate use, explain the "
  "reasons and implement any necessary improvement action.", "Complete", "pw_r5",
  "closeable_submit",
  "Police powers 2021 rec 5 (national, by July 2021): HMICFRS open, force Complete. Not "
  "PEEL 2023–25 AFI 5, which asks the same of the force and has its own row",
  action="Use of force monitoring dashboard", lead="ACC Local Policing",
  target=D(2021, 7, 31), update="Dashboard live and reviewed at Legitimacy Board.")
T("Tracker", "peel21", "2021-PEEL-02", "", "Rec",
  "Ensure all staff have at least the lowest level of vetting clearance for their roles as "
  "quickly as possible, clearing the backlog and renewals so it complies with national "
  "vetting guidelines.", "On track", "p21_r1", "closeable_local",
  "PEEL 2021/22 recommendation 1 (vetting): HMICFRS closed (complete), force still On track",
  action="Vetting backlog recovery plan", lead="Head of Professional Standards",
  target="Dec-25", update="Backlog cleared; renewals within 30 days. Keep open to monitor.")
T("Tracker", "peel21", "2021-PEEL-03", "PEEL 21/22 AFI 1", "AFI",
  "Make sure investigations of stalking and harassment are allocated to officers with the "
  "right skills and are effectively supervised.", "Complete", "p21_afi1", "closeable_submit",
  "PEEL 2021/22 AFI 1: HMICFRS open, force Complete", action="Stalking allocation policy",
  lead="Det Ch Supt Force CID", target=D(2023, 3, 31),
  update="Stalking co-ordinators in post; allocation audit 94%.")
T("Tracker", "peel21", "2021-PEEL-05", "", "AFI",
  "PEEL 21/22 AFI 3 – improve the timeliness of the response to calls for service involving "
  "people with mental ill health", "On track", "p21_afi3", "in_sync",
  "PEEL 2021/22 AFI 3 (number quoted only inside the text; code -05 is the force's "
  "sequence): open on both", action="Right Care Right Person implementation",
  lead="Supt Contact Centre", target="Mar-26", update="RCRP phase 2 live.")
T("Tracker", "peel21", "2021-PEEL-06", "AFI4", "AFI",
  "Make sure victims of DA are kept informed about the progress of their case, in line with "
  "the Victims' Code.", "Complete", "p21_afi4", "closeable_submit",
  "PEEL 2021/22 AFI 4: HMICFRS open, force Complete", action="Victim contact contracts",
  lead="Ch Supt Public Protection", target=D(2023, 5, 20),
  update="VCOP compliance 91%; evidence held. Pending sign off by the chief officer lead.")
T("Tracker", "peel21", "2022-LOC-01", "", "Local",
  "Force action - Task & Finish group to review the county lines policy and report to the "
  "Force Executive Team", "On track", None, "not_on_hmicfrs_list",
  "Force's own action, not an HMICFRS item", lead="Head of Intelligence", target="Jan-26",
  update="T&F group meeting monthly.")
T("Tracker", "custody22", "2022-CUS-01", "Rec 1", "Rec",
  "Within 6 months, with children's social care, review how it manages the detention of "
  "children: detained only when absolutely necessary and for the minimum time; early "
  "assessment of need for alternative accommodation; custody staff record all actions and "
  "decisions; timely appropriate adult support.", "Complete", "cu_r1", "closeable_submit",
  "Custody 2022 recommendation 1 (all four bullets summarised): HMICFRS open, force Complete",
  action="Children in custody protocol with both local authorities", lead="Ch Insp Custody",
  target=D(2023, 2, 9), update="Protocol signed; AA response times within 2 hours.")
T("Tracker", "custody22", "2022-CUS-02", "AFI 1", "AFI",
  "Training to identify and respond to vulnerable adults.", "Complete", "cu_afi1", "in_sync",
  "Custody 2022 AFI 1: closed by HMICFRS, Complete on the force side",
  action="Vulnerability training for custody staff", lead="Ch Insp Custody",
  target=D(2023, 3, 31), update="Delivered to all DDOs and sergeants.")
T("Tracker", "custody22", "2022-CUS-03", "Rec 2", "Rec",
  "Make sure it has access to accurate data and analysis to support effective performance "
  "management (custody).", "On track", "cu_afi2", "conflict",
  "Custody 2022 AFI 2 recorded by the force as 'Rec 2' of type Rec: type and reference "
  "conflict (the report has only one recommendation)",
  action="Custody performance dashboard", lead="Ch Insp Custody", target="Mar-26",
  update="Dashboard requirements agreed with Business Insight.")
T("Tracker", "peel23", "2024-PEEL-01", "AFI 1", "AFI",
  "The force should make sure victims of rape and serious sexual offences are kept informed "
  "about the progress of their case, in line with the Code of Practice for Victims of Crime.",
  "On track", "p23_afi1", "in_sync",
  "PEEL 2023–25 AFI 1: open on both. Same words as PEEL 2021/22 AFI 5, which has no force "
  "row: report and number decide",
  action="RASSO victim updates via Operation Soteria", lead="Det Ch Supt Force CID",
  target="Sep-26", update="Soteria victim contact standard launched.")
T("Tracker", "peel23", "2024-PEEL-02", "AFI 2", "AFI",
  "The force should make sure it has enough specialist capacity and capability to "
  "investigate online child sexual abuse.", "Proposed for closure", "p23_afi2",
  "closeable_submit", "PEEL 2023–25 AFI 2: HMICFRS open (new), force proposed for closure",
  action="POLIT growth", lead="Det Ch Supt Force CID", target="Mar-25",
  update="Four additional POLIT investigators in post. Ready to move to GREEN status.")
T("Tracker", "peel23", "2024-PEEL-03a", "AFI 3", "AFI",
  "SOC analysis to inform strategic assessment and control strategy – action 1: refresh SOC "
  "strategic assessment", "On track", "p23_afi3", "in_sync",
  "Action row 1 of 2 for PEEL 2023–25 AFI 3: open on both",
  action="Refresh SOC strategic assessment", lead="Head of Intelligence", target="Jun-26",
  update="Analyst allocated.")
T("Tracker", "peel23", "2024-PEEL-03b", "AFI 3", "AFI",
  "SOC analysis to inform strategic assessment and control strategy – action 2: align control "
  "strategy and tasking to the assessment", "On track", "p23_afi3", "in_sync",
  "Action row 2 of 2 for PEEL 2023–25 AFI 3: open on both",
  action="Align control strategy", lead="ACC Crime", target="Sep-26",
  update="Dependent on action 1.")
T("Tracker", "peel23", "2024-PEEL-04", "AFI 4", "AFI",
  "Improve how it gathers, assesses and acts on intelligence about county lines drug "
  "dealing.", "Off track", "p23_afi4", "in_sync",
  "PEEL 2023–25 AFI 4: open on both. Same words as PEEL 2021/22 AFI 2 (closed/superseded on "
  "both): report and number decide", action="County lines intelligence collection plan",
  lead="Head of Intelligence", target=D(2025, 9, 30),
  update="Collection plan delayed by analyst vacancies.")
T("Tracker", "peel23", "2024-PEEL-05", "AFI 5", "AFI",
  "The force should ensure it has effective internal monitoring processes on the use of "
  "force, to help it identify and understand disproportionate use, explain the reasons and "
  "implement any necessary improvement action.", "On track", "p23_afi5", "in_sync",
  "PEEL 2023–25 AFI 5: open on both. Near-identical to police powers 2021 rec 5",
  action="Use of force scrutiny panel", lead="ACC Local Policing", target="Mar-26",
  update="Panel terms of reference agreed.")
T("Tracker", "peel23", "2024-PEEL-06", "AFI 6", "AFI",
  "Training to identify and respond to fraud.", "Not started", "p23_afi6", "in_sync",
  "PEEL 2023–25 AFI 6: open on both", action="Fraud training package",
  lead="Head of Learning & Development", target="Dec-26", update="Awaiting allocation.")
T("Tracker", "peel23", "2024-PEEL-07", "AFI 7", "AFI",
  "The force should develop a problem-solving approach to anti-social behaviour, working "
  "with local communities and partners.", "On track", None, "not_on_hmicfrs_list",
  "PEEL 2023–25 'AFI 7' is not on the transcribed list (it stops at AFI 6): query it",
  action="ASB problem-solving plan", lead="ACC Local Policing", target="Sep-26",
  update="OSARA training scheduled.")
T("Tracker", "peel23", "2024-LOC-02", "", "Local",
  "Internal audit action: Internal audit of the fraud governance arrangements (audit plan "
  "2024/25)", "Not started", None, "not_on_hmicfrs_list",
  "Force's own action (internal audit), not an HMICFRS item", lead="Director of Finance",
  target="Mar-26", update="")

# --- Closed (archive) sheet ---------------------------------------------------------------
T("Closed", "S&S 2013", "2013-SAS-01", "R1", "National rec",
  "CCs and CoP should establish in the S&S APP a clear specification of what constitutes "
  "effective and fair exercise of S&S powers.", "Closed", "sas13_r1", "in_sync",
  "S&S 2013 rec 1: closed on both", when=D(2016, 2, 1),
  update="APP adopted in force policy.")
T("Closed", "S&S 2013", "2013-SAS-03", "R4", "National rec",
  "Chief Constables should, in consultation with elected local policing bodies, ensure that "
  "they comply with the code of practice by explaining to the public the way stop and search "
  "powers are used in their areas and by making arrangements for stop and search records to "
  "be scrutinised by community representatives.", "Superseded", "sas13_r4", "in_sync",
  "S&S 2013 rec 4: superseded on both (force code -03). The same ask in S&S powers 2 (2015) "
  "is open on both", when=D(2015, 6, 30), update="Superseded by HMIC 2015 S&S rec 1.")
T("Closed", "Everyone's Business (DA) 2014", "2014-DA-01", "Rec 1", "National rec",
  "Establish and publish a DA action plan setting out in detail the steps to improve the "
  "force's approach to DA (consult PCC, DA support orgs and victims' reps; consider all report "
  "recommendations, DHRs and IPCC findings; draw on CPS scrutiny panels and MARAC "
  "self-assessments).", "Complete", "everyone_r1", "in_sync",
  "Everyone's business rec 1 (footnote 20 only on the HMICFRS side): closed on both",
  when=D(2014, 9, 30), update="DA action plan published September 2014.")
T("Closed", "Policing in Austerity 2014", "2014-AUS-01", "Rec 1", "National rec",
  "Review plans to deliver savings to continue to reduce crime and protect the front line "
  "while balancing budgets; use HMIC VfM profiles.", "Complete", "austerity_r1", "in_sync",
  "Policing in austerity rec 1: closed on both (no further action / Complete)",
  when=D(2015, 3, 31), update="MTFP review completed.")
T("Closed", "Policing in Austerity 2014", "2014-AUS-02", "Rec 2", "National rec",
  "Forces planning to deliver less than 10% of savings through collaboration should assess "
  "whether there is scope to improve on this position.", "Complete", None,
  "not_on_hmicfrs_list",
  "Policing in austerity rec 2: in the force's archive, not on the transcribed list",
  when=D(2014, 11, 28), update="Assessment sent to HMIC.")
T("Closed", "Policing in Austerity 2014", "2014-AUS-03", "Rec 3", "National rec",
  "Forces reducing front-line workforce should assess whether they have taken decisive action "
  "to maintain crime-fighting capacity. HMIC will follow up the assessments in the autumn.",
  "Complete", None, "not_on_hmicfrs_list",
  "Policing in austerity rec 3: in the force's archive, not on the transcribed list",
  when=D(2014, 11, 28), update="Assessment sent to HMIC.")
T("Closed", "Policing in Austerity 2014", "2014-AUS-04", "Rec 4", "National rec",
  "In preparation for the next spending round review plans for collaboration; consider scope "
  "for better VfM and capability through joint working with other forces, the public and/or "
  "private sector.", "Complete", "austerity_r4", "closeable_submit",
  "Policing in austerity rec 4: HMICFRS open (awaiting review), force archived it as Complete",
  when=D(2016, 3, 31), update="East Midlands collaboration review completed.")
T("Closed", "Core Business 2014", "2014-CB-02", "Rec 1", "National rec",
  "By 31 March 2015 all forces should ensure that crime prevention or disruption activity is "
  "systematically recorded and evaluated to determine the effectiveness of tactics.",
  "Complete", None, "not_on_hmicfrs_list",
  "Core Business rec 1 (crime prevention): in the force's archive, not on the transcribed "
  "list (only rec 4 was transcribed)", when=D(2015, 5, 14),
  update="Problem-solving database live.")
T("Closed", "Integrity Matters (HMIC, Jan 2014)", "2014-INT-01", "Rec 1", "National rec",
  "By 31 August 2015, CCs should satisfy themselves that processes are in place so that "
  "misconduct investigations resulting in 'no further action' are fair and free of any form of "
  "discrimination.", "Complete", "integrity_r1", "conflict",
  "Integrity matters rec 1: the force dates the report January 2014 (and codes it 2014-INT); "
  "it was published 30 January 2015: date conflict, though closed on both",
  when=D(2015, 8, 28), update="PSD dip-sample of NFA outcomes by protected characteristic.")
T("Closed", "Targeting the Risk 2015", "2015-FAL-01", "R1", "National rec",
  "Within 3 months assess how well the governance of firearms licensing meets APP standards; "
  "put correct arrangements in place where not complied with.", "Closed", "fa_r1", "in_sync",
  "Targeting the risk R1: closed on both", when=D(2016, 1, 15),
  update="Governance review complete.")
T("Closed", "Targeting the Risk 2015", "2015-FAL-02", "R2", "National rec",
  "Within 3 months assess demand on the firearms licensing department and ensure capacity to "
  "meet it.", "Complete", "fa_r2", "in_sync", "Targeting the risk R2: closed on both",
  when=D(2016, 1, 15), update="Demand review; two posts added.")
T("Closed", "Targeting the Risk 2015", "2015-FAL-05", "R6", "National rec",
  "Within 3 months ensure systems identify, before attendance, whether an incident involves a "
  "firearm certificate holder's address and are always applied by dispatchers; officers "
  "understand the risk assessment and seizure powers.", "Complete", "fa_r6", "in_sync",
  "Targeting the risk R6 (code -05): closed on both", when=D(2016, 4, 30),
  update="STORM flag on certificate holders' addresses.")
T("Closed", "PEEL Eff 2016", "2016-EFF-01", "Rec 1", "Rec",
  "Consider ways of increasing use of arrest, ancillary orders and other available powers "
  "for DA.", "Superseded", "e16_r1", "in_sync",
  "PEEL effectiveness 2016 rec 1: superseded on both", when=D(2019, 5, 2),
  update="Superseded by PEEL 2018/19.")
T("Closed", "PEEL Eff 2016", "2016-EFF-03", "Rec 3", "Rec",
  "Cease DA risk assessments over the telephone and dealing with DA in the resolution centre.",
  "Complete", "e16_r3", "in_sync", "PEEL effectiveness 2016 rec 3: closed on both",
  when=D(2017, 6, 1), update="Practice ceased 1 June 2017.")
T("Closed", "PEEL Eff 2016", "2016-EFF-06", "AFI 1", "AFI",
  "Improve understanding of the nature and scale of SOC in its area.", "Complete", "e16_afi1",
  "in_sync", "PEEL effectiveness 2016 AFI 1: closed on both", when=D(2018, 3, 31),
  update="SOC local profiles completed.")
T("Closed", "PEEL Eff 2016", "2016-EFF-08", "AFI 3", "AFI",
  "Improve how it works with partners to safeguard people at risk from CSE.", "Complete",
  "e16_afi3", "in_sync", "PEEL effectiveness 2016 AFI 3: closed on both",
  when=D(2018, 3, 31), update="Multi-agency CSE hub established.")
T("Closed", "PEEL Eff 2016", "2017-LOC-01", "", "Local",
  "Local action: Appoint a single point of contact for missing children in each local "
  "policing area", "Complete", None, "not_on_hmicfrs_list",
  "Force's own action, not an HMICFRS item", when=D(2017, 9, 1), update="SPOCs appointed.")
T("Closed", "Stolen Freedom (MSHT) 2017", "2017-MSHT-01", "Rec 1", "National rec",
  "Within 12 months review leadership and governance for MSHT so that:\n• senior leaders "
  "prioritise the response to MSHT;\n• every incident is allocated appropriate resources;\n"
  "• effective partnership arrangements;\n• performance and QA measures in place.",
  "Complete", "sf_r1", "in_sync", "Stolen freedom rec 1: closed on both",
  when=D(2019, 1, 31), update="MSHT governance board chaired by ACC Crime.")
T("Closed", "Stolen Freedom (MSHT) 2017", "2017-MSHT-03", "Rec 5", "National rec",
  "Immediately, ensure compliance with the NRM process and the MSA 2015 duty to notify the HO "
  "of suspected adult victims.", "Complete", "sf_r5", "in_sync",
  "Stolen freedom rec 5 (code -03): closed on both", when=D(2018, 2, 28),
  update="Duty to notify process in place.")
T("Closed", "PEEL Efficiency 17 (all forces)", "2017-EFF-01", "", "National rec",
  "By September 2018, CCs should produce an ambitious plan to improve digitally-enabled "
  "services within their force.", "Complete", "efc17_r1", "in_sync",
  "PEEL efficiency 2017 rec 1: closed on both", when=D(2018, 9, 28),
  update="Digital strategy 2018-21 approved.")
T("Closed", "PEEL Legit 17 S&S", "2017-LEG-04", "Rec 3", "National rec",
  "Publish the disparity analysis and any actions taken at least annually, from July 2018.",
  "Complete", "leg17_r3", "in_sync", "PEEL legitimacy 2017 rec 3: closed on both",
  when=D(2018, 7, 31), update="Published annually on force website.")
T("Closed", "PEEL 2018/19", "2019-PEEL-03", "R2", "Rec",
  "Improve understanding of suspects RUI and management of those released on bail.",
  "Complete", "p18_r2", "in_sync", "PEEL 2018/19 R2: closed on both", when=D(2021, 3, 31),
  update="RUI/bail management unit established.")
T("Closed", "PEEL 2018/19", "2019-PEEL-06", "AFI2", "AFI",
  "Fuller understanding of current and future demand so resources match demand.", "Complete",
  "p18_afi2", "in_sync", "PEEL 2018/19 AFI2: closed on both", when=D(2021, 3, 31),
  update="Demand model in FMS 2021.")
T("Closed", "Police powers spotlight (Feb 21)", "2021-POW-02", "Rec 2", "National rec",
  "By July 2021 communication skills reinforced in CPD; supervisors supported to debrief "
  "officers using BWV.", "Complete", "pw_r2", "in_sync",
  "Police powers 2021 rec 2: closed on both", when=D(2021, 7, 30),
  update="Supervisor BWV debrief guide issued.")
T("Closed", "Police powers spotlight (Feb 21)", "2021-POW-04", "Rec 4", "National rec",
  "The Home Office and the NPCC should take steps to ensure the quality of data on incidents "
  "where force has been used to effect a S&S is sufficient for publication.", "Closed", None,
  "not_on_hmicfrs_list",
  "Police powers 2021 rec 4 is for the Home Office and NPCC: the transcriber left it off the "
  "list, the force archived it", when=D(2021, 3, 31),
  update="Not the force's responsibility to deliver; dependent upon another organisation.")
T("Closed", "PEEL 21/22", "2021-PEEL-01", "CoC 1", "CoC",
  "Cause of concern – size of the vetting backlog.", "Closed", "p21_coc1", "in_sync",
  "PEEL 2021/22 cause of concern 1: closed on both", when=D(2025, 9, 22),
  update="Closed by HMICFRS letter 22/09/2025.")
T("Closed", "PEEL 21/22", "2021-PEEL-04", "AFI 2", "AFI",
  "Improve how it gathers, assesses and acts on intelligence about county lines drug "
  "dealing.", "Superseded", "p21_afi2", "in_sync",
  "PEEL 2021/22 AFI 2: superseded on both. Same words as PEEL 2023–25 AFI 4 (open on both)",
  lead="Head of Intelligence", when=D(2024, 3, 12),
  update="Re-raised as PEEL 2023–25 AFI 4 (2024-PEEL-04).")

# Leads not given above: the usual lead for the report's subject, drawn by the seeded
# generator from a short list; archived rows sometimes lost their lead when moved.
SUBJECT_LEADS = {
    "sas13": ["ACC Local Policing", "C/Supt Bell"], "sas15": ["ACC Local Policing"],
    "core": ["Supt Contact Centre"], "picture": ["Head of Information Management"],
    "firearms": ["Supt Firearms Licensing"], "eff16": ["Ch Supt Public Protection", "ACC Crime"],
    "stolen": ["Det Ch Supt Force CID", "ACC Crime", "Head of Intelligence"],
    "efc17": ["Head of Corporate Development"], "leg17": ["ACC Local Policing", "C/Supt Bell"],
    "peel18": ["Det Ch Supt Force CID", "Head of Criminal Justice"],
    "powers": ["ACC Local Policing"], "peel21": ["ACC Crime"], "custody22": ["Ch Insp Custody"],
    "peel23": ["ACC Crime"],
    "S&S 2013": ["ACC Local Policing"], "Everyone's Business (DA) 2014": ["Ch Supt Public Protection"],
    "Policing in Austerity 2014": ["Director of Finance", "DCC"],
    "Core Business 2014": ["ACC Local Policing"],
    "Integrity Matters (HMIC, Jan 2014)": ["Head of Professional Standards"],
    "Targeting the Risk 2015": ["Supt Firearms Licensing"],
    "PEEL Eff 2016": ["Ch Supt Public Protection", "ACC Crime"],
    "Stolen Freedom (MSHT) 2017": ["ACC Crime", "Det Ch Supt Force CID"],
    "PEEL Efficiency 17 (all forces)": ["Head of Corporate Development"],
    "PEEL Legit 17 S&S": ["ACC Local Policing"],
    "PEEL 2018/19": ["Det Ch Supt Force CID", "Head of Criminal Justice"],
    "Police powers spotlight (Feb 21)": ["ACC Local Policing"],
    "PEEL 21/22": ["Head of Professional Standards"],
}
for t in TR:
    if t["lead"] is None:
        t["lead"] = RNG.choice(SUBJECT_LEADS[t["grp"]])
        if t["sheet"] == "Closed" and RNG.random() < 0.2:
            t["lead"] = ""


# --------------------------------------------------------------------------------------------
# Write the HMICFRS side.
# --------------------------------------------------------------------------------------------
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
WRAP = Alignment(wrap_text=True, vertical="top")
HEADFILL = PatternFill("solid", fgColor="D9E1F2")
GROUPFILL = PatternFill("solid", fgColor="F2F2F2")


def set_props(wb, title):
    p = wb.properties
    p.creator = "Strategic Planning & Inspection"
    p.lastModifiedBy = "Strategic Planning & Inspection"
    p.title = title
    p.created = FIXED_TIME
    p.modified = FIXED_TIME


def put(ws, row, values, font=None, fill=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.alignment = WRAP
        if isinstance(v, dt.date):
            cell.number_format = "dd/mm/yyyy"
        if font:
            cell.font = font
        if fill:
            cell.fill = fill


def build_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Transcribed"
    ws.cell(row=1, column=1, value=f"{FORCE} – HMICFRS recommendations, causes of concern and "
            "areas for improvement (transcribed from the published reports)").font = TITLE
    ws.cell(row=2, column=1, value="HMICFRS register extract not available to the force. "
            "Compiled by hand from each published report; status from the latest HMICFRS "
            "letter for that report. Text copied as printed (footnote numbers left in). "
            "See Notes sheet.")
    headers = ["Report", "Published", "Type", "No. in report", "Text as published",
               "HMICFRS status", "Per HMICFRS letter of", "Transcriber note"]
    put(ws, 4, headers, font=BOLD, fill=HEADFILL)
    row = 5
    prev = None
    rows = {}
    for h in HM:
        if prev is not None and h["rep"] != prev:
            row += 1  # a blank row between report blocks
        title, pub = REPORTS[h["rep"]]
        typ = h["typ"]
        # the second transcriber (firearms and PEEL 2018/19 blocks) abbreviated the type
        if h["rep"] in ("firearms", "peel18"):
            typ = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "Rec (national)"}[typ]
        put(ws, row, [title, pub, typ, h["num"], h["text"], h["status"], h["letter"],
                      h["note"]])
        rows[h["key"]] = f"Transcribed!{row}"
        prev = h["rep"]
        row += 1
    for col, w in zip("ABCDEFGH", (42, 14, 20, 18, 90, 24, 14, 34)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    notes = wb.create_sheet("Notes")
    for i, line in enumerate([
        "Notes on the transcribed list",
        "1. Numbering is the report's own (Recommendation 3, AFI 2, Cause of concern 1). "
        "Firearms and PEEL 2018/19 blocks were typed as R1 / AFI1 / CoC1.",
        "2. National reports: only the recommendations aimed at forces are listed, numbered as "
        "in the report, so gaps in the numbering are expected.",
        "3. A cause of concern is listed on its own line, followed by its recommendation(s).",
        "4. Status: Open / Open – evidence requested / Being progressed / Awaiting review / New "
        "– not yet reviewed = still open with HMICFRS. Closed – complete / Complete / Closed – "
        "superseded / Closed – no further action = closed by HMICFRS.",
        "5. Where a later report repeats an AFI word for word, the earlier one is shown as "
        "superseded and the later one as open.",
    ], start=1):
        notes.cell(row=i, column=1, value=line).font = BOLD if i == 1 else Font()
    notes.column_dimensions["A"].width = 120
    set_props(wb, "HMICFRS transcribed list")
    save(wb, path)
    return rows


# --------------------------------------------------------------------------------------------
# Write the force tracker.
# --------------------------------------------------------------------------------------------
def build_tracker(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.cell(row=1, column=1, value=f"{FORCE} – HMICFRS Action Plan (live)").font = TITLE
    ws.cell(row=2, column=1, value="Position as at 31/10/2025. Maintained by Strategic "
            "Planning & Inspection. Closed actions move to the Closed sheet. Status key at "
            "the foot of this sheet.")
    headers = ["Action ID", "HMICFRS ref", "Type", "Recommendation / AFI (as recorded)",
               "Force action", "Lead", "Target date", "Status", "Latest update",
               "Submitted to HMICFRS"]
    put(ws, 4, headers, font=BOLD, fill=HEADFILL)
    row = 5
    rows = {}
    live = [t for t in TR if t["sheet"] == "Tracker"]
    for rep in LIVE_ORDER:
        block = sorted([t for t in live if t["grp"] == rep], key=lambda t: t["aid"])
        if not block:
            continue
        ws.cell(row=row, column=1, value=HEAD[rep]).font = BOLD
        for c in range(1, 11):
            ws.cell(row=row, column=c).fill = GROUPFILL
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        row += 1
        for t in block:
            put(ws, row, [t["aid"], t["ref"] or None, t["typ"], t["text"], t["action"] or None,
                          t["lead"] or None, t["target"], t["status"], t["update"] or None,
                          t["when"]])
            rows[id(t)] = f"Tracker!{row}"
            row += 1
    assert len(rows) == len(live)
    row += 1
    ws.cell(row=row, column=1, value="Status key").font = BOLD
    for line in ["Not started / On track / Off track – open, action with the lead",
                 "Complete – force action delivered, evidence held, not yet sent",
                 "Proposed for closure – awaiting sign-off lead before submission",
                 "Submitted to HMICFRS – evidence sent, awaiting HMICFRS decision",
                 "Closed / Superseded – no further force action; move to Closed sheet"]:
        row += 1
        ws.cell(row=row, column=1, value=line)
    for col, w in zip("ABCDEFGHIJ", (15, 16, 13, 70, 36, 24, 13, 20, 48, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    wc = wb.create_sheet("Closed")
    wc.cell(row=1, column=1, value="Closed and superseded actions (archive)").font = TITLE
    headers = ["Action ID", "Report", "HMICFRS ref", "Type", "Recommendation / AFI", "Lead",
               "Final status", "Closed on", "Closure note"]
    put(wc, 3, headers, font=BOLD, fill=HEADFILL)
    r = 4
    closed = sorted([t for t in TR if t["sheet"] == "Closed"], key=lambda t: t["aid"])
    for t in closed:
        put(wc, r, [t["aid"], t["grp"], t["ref"] or None, t["typ"], t["text"],
                    t["lead"] or None, t["status"], t["when"], t["update"] or None])
        rows[id(t)] = f"Closed!{r}"
        r += 1
    for col, w in zip("ABCDEFGHI", (15, 30, 12, 13, 70, 24, 14, 12, 44)):
        wc.column_dimensions[col].width = w
    wc.freeze_panes = "A4"
    set_props(wb, "HMICFRS action plan")
    save(wb, path)
    return rows


def save(wb, path):
    """Save with fixed zip timestamps so the file is byte-identical on every build."""
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" at save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>2025-11-03T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)


# --------------------------------------------------------------------------------------------
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs(OUT / "hmicfrs.xlsx")
    trows = build_tracker(OUT / "tracker.xlsx")

    used = {t["hm"] for t in TR if t["hm"]}
    assert used <= set(HMK), used - set(HMK)
    lines = []
    for h in HM:
        pairs = [t for t in TR if t["hm"] == h["key"]]
        if not pairs:
            lines.append((hrows[h["key"]], "", "missing_from_force", MISSING_WHY[h["key"]]))
        for t in pairs:
            lines.append((hrows[h["key"]], trows[id(t)], t["cat"], t["why"]))
    for t in TR:
        if t["hm"] is None:
            lines.append(("", trows[id(t)], t["cat"], t["why"]))
    check_categories()

    (OUT / "README.md").write_text(README, encoding="utf-8")
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    print(len(HM), "HMICFRS items;", len(TR), "tracker item rows;", len(lines), "truth lines")
    print(counts)


MISSING_WHY = {
    "e16_coc1": "PEEL effectiveness 2016 cause of concern 1 (domestic abuse, closed/superseded "
                "by HMICFRS): the force never tracked the cause of concern itself, only its recs",
    "sf_r4": "Stolen freedom rec 4 (section 45 defence): no force row",
    "p18_afi3": "PEEL 2018/19 AFI3 (outcomes, outputs and costs): no force row; the force row "
                "quoting 'AFI 3' carries AFI4's text",
    "p21_afi5": "PEEL 2021/22 AFI 5 (closed/superseded): no force row; the force tracks only "
                "the identically worded PEEL 2023–25 AFI 1",
    "p21_afi6": "PEEL 2021/22 AFI 6 (VAWG performance framework): no force row",
}


def status_side(h_status, f_statuses):
    ho = "open" if h_status in H_OPEN else "closed"
    fo = "open" if any(s in F_OPEN for s in f_statuses) else "done"
    return ho, fo


def check_categories():
    """The truth for non-conflict pairs follows from the two statuses; check it does."""
    for h in HM:
        pairs = [t for t in TR if t["hm"] == h["key"]]
        if not pairs:
            assert h["key"] in MISSING_WHY, h["key"]
            continue
        ho, fo = status_side(h["status"], [t["status"] for t in pairs])
        want = {("open", "open"): "in_sync", ("closed", "done"): "in_sync",
                ("open", "done"): "closeable_submit",
                ("closed", "open"): "closeable_local"}[(ho, fo)]
        for t in pairs:
            assert t["cat"] in (want, "conflict"), (h["key"], t["aid"], t["cat"], want)


README = r"""# Case `transcribed_definitive_list` (round 27)

Built by `../build_transcribed_definitive_list.py`, seed `2027120627` (`SEED = 2027_1206_27`);
the script rebuilds all four files byte for byte (fixed workbook properties, fixed zip
timestamps). Texts are real HMICFRS wording (OGL) from `casegen/texts` and
`shared/data/real_recommendations.csv`. The reports assigned to Derbyshire Constabulary, the
statuses and dates are invented. Force summaries, actions and updates were written for this case.

## Layout

**hmicfrs.xlsx**: a list the force typed up itself, not the register's export. The force could
not get the register extract, so it copied every item from the published reports.
- Sheet `Transcribed`: title in row 1, a note in row 2, row 3 blank, **header in row 4**: `Report | Published |
  Type | No. in report | Text as published | HMICFRS status | Per HMICFRS letter of |
  Transcriber note`. Each report's block is followed by one blank row. There are 69 items in rows 5–90.
- **No register reference numbers.** Each item is numbered only as its report numbers it:
  "Recommendation 3", "AFI 2", "Cause of concern 1". The firearms and PEEL 2018/19 blocks were
  typed by a second person as "R3", "AFI2" and "CoC1", with the types abbreviated ("Rec",
  "AFI", "CoC", "Rec (national)"). Numbers have gaps where recommendations aimed at other bodies
  were left out (S&S 2013 recs 1, 3, 4; firearms R1–3, 5, 6; Stolen freedom 1, 3–8; powers 1–3, 5).
- A cause of concern has its own row, and its recommendations follow it.
- The text is as printed: footnote digits left in ("and 20", "intelligence 86 and",
  "stop and search.41", "Conflict Management 27."), and PDF line breaks in the middle of a sentence (S&S 2013 R3,
  firearms R5).
- `Published` is an Excel date, except where it was typed as text: "4 September 2014", "24 October 2017"
  and "May 2019".
- Status words, from the letters. Open: Open, Open – evidence requested, Being progressed,
  Awaiting review, New – not yet reviewed. Closed: Closed – complete, Complete,
  Closed – superseded, Closed – no further action. The `Notes` sheet holds only prose and no items.

**tracker.xlsx**: the force's action plan.
- Sheet `Tracker` (live): title in rows 1–2, **header in row 4**: `Action ID | HMICFRS ref | Type |
  Recommendation / AFI (as recorded) | Force action | Lead | Target date | Status | Latest
  update | Submitted to HMICFRS`. Items are grouped under **merged report-title rows** (A:J) in
  the force's own words ("PEEL 2021/22 – Derbyshire (published 20 May 2022)"). There is **no report
  column**. A status key sits below the items (rows 76–81).
- Sheet `Closed` (archive): title in row 1, **header in row 3**, with a different set of columns:
  `Action ID | Report | HMICFRS ref | Type | Recommendation / AFI | Lead | Final status | Closed on |
  Closure note`. Here the report is a short name on every row.
- The force's codes ("2021-PEEL-05", "2017-MSHT-02") are a running sequence within each report. They are
  **not** the report's numbering: 2021-PEEL-05 is AFI 3, and 2015-FAL-04 is R5. `HMICFRS ref`
  quotes the report's number in free forms ("PEEL 21/22 AFI 1", "AFI4", "Rec 4(b)", "R3(a)",
  "CoC 2"), or is blank. Once the number is only inside the text ("PEEL 21/22 AFI 3 – …").
- Force status words. Open: Not started, On track, Off track. Done: Complete, Proposed for
  closure, Submitted to HMICFRS, Closed, Superseded.
- The texts are verbatim, abridged or reworded, with abbreviations (S&S, MSHT, DA, CCs, ISAs, BWV)
  and without footnote digits.

## How the truth decides
A split item takes the item-level status: a split or multi-action item is done only when
every row is done. HMICFRS open/closed against force open/done then gives in_sync,
closeable_submit or closeable_local. A conflict takes precedence over status.

## Traps
1. **The same wording in different years: report and number decide.**
   - S&S 2013 R4 (superseded on both sides; in the Closed sheet) and S&S powers 2 (2015) R1 (open on both) ask the same thing.
   - PEEL 2021/22 AFI 2 and PEEL 2023–25 AFI 4 are word for word the same: the first is superseded on both sides, the second is open on both.
   - PEEL 2021/22 AFI 5 and PEEL 2023–25 AFI 1 are also identical. Only the 2023–25 one has a force row, so 21/22 AFI 5 is **missing_from_force**.
   - Powers 2021 R5 (national; closeable_submit) and PEEL 2023–25 AFI 5 (in_sync) are near twins.
   - Stolen freedom R6 and CDI 2019 AFI 2 (NCRS for MSHT) are near twins too.
2. **The same number in many reports.** "AFI 3" exists in 2016, 2018/19, 21/22 and 23–25, and
   "Recommendation 1" in 14 reports (plus "R1" in two). The force codes' trailing digits are not report numbers.
3. **Split rows.**
   - PEEL effectiveness 2016 R4 is split into 3 rows, all Complete; HMICFRS has it open: 3 × closeable_submit.
   - CDI 2019 R1 is split into 5 rows, 3 Complete and 2 On track; HMICFRS open: 5 × in_sync.
   - Powers 2021 R3 is split into 3 rows, 2 Complete and 1 On track; HMICFRS closed: 3 × closeable_local.
   - PEEL 2023–25 AFI 3 has 2 action rows: 2 × in_sync.
4. **Conflicts (6).**
   - *Timescale*: PEEL 2018/19 R3 says "within six months"; the force wrote "within twelve months".
   - *Missing bullet*: in PEEL legitimacy 2017 R1, the force dropped the third bullet (possession-only searches).
   - *Report*: the force filed Stolen freedom R6 under the PEEL Efficiency 2017 heading (2017-EFF-02).
   - *Date*: the force dates Integrity matters "Jan 2014" and codes it 2014-INT; the report was published 30/01/2015. Closed on both sides, but still a conflict.
   - *Reference*: the force row quoting PEEL 2018/19 "AFI 3" carries AFI4's text. Decided by text: it pairs with AFI4, and AFI3 is missing_from_force.
   - *Type and reference*: the force records Custody 2022 AFI 2 as "Rec 2" of type Rec, but the report has only one recommendation.
5. **Not conflicts.**
   - "within 6 months" vs "within six months" (PEEL 2018/19 R1, Stolen freedom R3).
   - "May 2019" vs "2 May 2019".
   - Footnote digits.
   - Abridged texts that keep every bullet (Everyone's business, Custody R1, Stolen freedom R1).
6. **Missing from force (5).**
   - PEEL effectiveness 2016 CoC 1 (only its recommendations were tracked).
   - Stolen freedom R4.
   - PEEL 2018/19 AFI3.
   - PEEL 2021/22 AFI 5 and AFI 6.
7. **Not on the HMICFRS list (9).**
   - 4 local actions: 2017-LOC-01, 2019-LOC-01, 2022-LOC-01 and 2024-LOC-02.
   - Austerity R2 and R3, Core Business R1, and powers R4 (Home Office/NPCC): all in the archive, but left off the transcribed list.
   - PEEL 2023–25 "AFI 7": the transcribed list stops at AFI 6.
8. **Non-items.**
   - Title, note and blank rows on both files.
   - The merged report-title rows and the status key in `Tracker`.
   - The `Notes` sheet.

## Counts (truth.csv: 87 lines, 69 HMICFRS items, 82 force item rows)
| category | lines |
|---|---|
| in_sync | 39 |
| closeable_submit | 17 (15 items) |
| closeable_local | 11 (9 items) |
| conflict | 6 |
| missing_from_force | 5 |
| not_on_hmicfrs_list | 9 |

24 of the 64 matched items (about 38%) are closed on one side only.
"""


if __name__ == "__main__":
    main()
