"""Build the evaluation case `report_link_addresses` (round 25).

Layout under test: a force tracker whose ONLY way of naming the report an item comes from is a
hyperlink. The "Report" column shows generic link text ("View report", "Report", "Link",
"HMICFRS page"); the address behind it points at the report's page on the HMICFRS website.
Links are a mix of real cell hyperlinks (openpyxl cell.hyperlink) and =HYPERLINK("url","text")
formulas (with the cached display value Excel would store). The HMICFRS side is a plain register
export (one header row) with report names, dates, report type, item type, text and status.

Run:  /work/main/.venv/bin/python build_report_link_addresses.py
Rebuilds report_link_addresses/ byte for byte (fixed seed, fixed zip and document timestamps).
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

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

# The casegen text lists (real public HMICFRS texts), loaded as a stand-alone package so that
# nothing else of the tool is imported.
_TEXTS = Path("/work/main/reconcile/casegen/texts")
_spec = importlib.util.spec_from_file_location(
    "casetexts", _TEXTS / "__init__.py", submodule_search_locations=[str(_TEXTS)])
_mod = importlib.util.module_from_spec(_spec)
sys.modules["casetexts"] = _mod
_spec.loader.exec_module(_mod)
from casetexts import (  # noqa: E402
    BWV_2021,
    CAUSES,
    CDI_VICTIMS_BODY,
    CONTROL_ROOM,
    FIREARMS,
    NATIONAL,
    SAS_MONITORING_2017,
    SF_LEADERSHIP,
)

SEED = 2525
RNG = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "report_link_addresses"
FIXED_TS = (2025, 3, 14, 9, 30, 0)
FIXED_ISO = "2025-03-14T09:30:00Z"

FORCE = "Lincolnshire Police"
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, report type)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], dt.date(2013, 7, 9), "Thematic"),
    "core": (NATIONAL["core"][0], dt.date(2014, 9, 4), "Thematic"),
    "sas15": (NATIONAL["sas15"][0], dt.date(2015, 3, 24), "Thematic"),
    "firearms": (NATIONAL["firearms"][0], dt.date(2015, 9, 15), "Thematic"),
    "stolen": (NATIONAL["stolen"][0], dt.date(2017, 10, 24), "Thematic"),
    "efc17": ("PEEL: Police efficiency 2017 – A national overview", dt.date(2017, 11, 9), "PEEL national"),
    "leg17": ("PEEL: Police legitimacy 2017 – A national overview", dt.date(2017, 12, 12), "PEEL national"),
    "cdi19": ("Lincolnshire Police: Crime Data Integrity inspection 2019", dt.date(2019, 10, 29),
              "Crime data integrity"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire Police",
               dt.date(2020, 1, 20), "PEEL"),
    "powers": (NATIONAL["powers"][0], dt.date(2021, 2, 26), "Thematic"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites in Lincolnshire",
               dt.date(2022, 5, 10), "Joint (HMICFRS/HMIP) custody"),
    "peel21": ("PEEL 2021/22 Police effectiveness, efficiency and legitimacy: An inspection of "
               "Lincolnshire Police", dt.date(2022, 9, 21), "PEEL"),
    "peel23": ("PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of "
               "Lincolnshire Police", dt.date(2024, 6, 27), "PEEL"),
    # Reports the force still tracks but whose items are no longer on the HMICFRS list:
    "everyone": (NATIONAL["everyone"][0], dt.date(2014, 3, 27), "Thematic"),
    "integrity": (NATIONAL["integrity"][0], dt.date(2015, 1, 30), "Thematic"),
}

NEW = "https://hmicfrs.justiceinspectorates.gov.uk"
OLD = "https://www.justiceinspectorates.gov.uk/hmicfrs"
# Publication addresses: /publications/<slug>/ (WordPress slug of the title) on the current
# domain or the older www.justiceinspectorates.gov.uk/hmicfrs/ domain (which still redirects);
# /publication-html/<slug>/ for HTML reports; PDFs under /wp-content/uploads/; PEEL force pages
# /peel-assessments/peel-2018/<force>/ and /peel-reports/<force>-2023-25.
SLUG = {
    "sas13": "stop-and-search-powers-are-the-police-using-them-effectively-and-fairly",
    "core": "core-business",
    "sas15": "stop-and-search-powers-2-are-the-police-using-them-effectively-and-fairly",
    "firearms": "targeting-the-risk-an-inspection-of-the-efficiency-and-effectiveness-of-firearms-"
                "licensing-in-police-forces-in-england-and-wales",
    "stolen": "stolen-freedom-the-policing-response-to-modern-slavery-and-human-trafficking",
    "efc17": "peel-police-efficiency-2017",
    "leg17": "peel-police-legitimacy-2017",
    "cdi19": "lincolnshire-police-crime-data-integrity-inspection-2019",
    "peel18": "peel-assessment-2018-19-lincolnshire",
    "powers": "disproportionate-use-of-police-powers-a-spotlight-on-stop-and-search-and-the-use-of-force",
    "cust22": "unannounced-inspection-of-police-custody-suites-in-lincolnshire",
    "peel21": "peel-assessment-2021-22-lincolnshire",
    "peel23": "peel-assessment-2023-25-lincolnshire",
    "everyone": "improving-the-police-response-to-domestic-abuse",
    "integrity": "integrity-matters",
}


def pub(key: str, domain: str = "new") -> str:
    base = NEW if domain == "new" else OLD
    return f"{base}/publications/{SLUG[key]}/"


def pdf(key: str, domain: str = "old") -> str:
    base = NEW if domain == "new" else OLD
    return f"{base}/wp-content/uploads/{SLUG[key]}.pdf"


URL_PEEL18_PAGE = f"{NEW}/peel-assessments/peel-2018/lincolnshire/"
URL_PEEL23_PAGE = f"{NEW}/peel-reports/lincolnshire-2023-25"
URL_CUSTODY_HTML = f"{NEW}/publication-html/{SLUG['cust22']}/"
URL_INTRANET = "http://intranet.lincs.police.uk/sites/OrgLearning/ProblemProfiles/Rural%20Crime%202024.docx"


def national(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


# --------------------------------------------------------------------------------------------
# HMICFRS register: (key, report, ref, type, text, status, status date)
# --------------------------------------------------------------------------------------------
S_OPEN_NEW, S_OPEN = "Awaiting review", "Being progressed"
S_DONE, S_SUPER, S_NFA = "Complete", "Superseded", "No further action required"

RASSO = ("The force should make sure victims of rape and serious sexual offences are kept informed "
         "about the progress of their case, in line with the Code of Practice for Victims of Crime.")
VAWG = ("The force should make sure its performance framework gives senior leaders a clear picture "
        "of its response to violence against women and girls.")
USE_OF_FORCE_AFI = ("The force should ensure it has effective internal monitoring processes on the use "
                    "of force, to help it to identify and understand disproportionate use, explain the "
                    "reasons and implement any necessary improvement action.")
STALKING = ("The force should make sure it records reports of stalking and harassment accurately and "
            "without delay.")
COUNTY_LINES = ("The force should improve how it gathers, assesses and acts on intelligence about "
                "county lines drug dealing.")
SAS_UB_AFI = ("The force should ensure that all officers who use stop and search powers have been "
              "provided with, and understand, training on unconscious bias and College of Policing "
              "APP on stop and search.")
MISSING_CHILDREN = (
    "The force should review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
CUSTODY_CHILDREN = (
    "In conjunction with children’s social care services, the force should review how it manages "
    "the detention of children. As a minimum it should:• ensure that all children are only detained "
    "when absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to achieve "
    "the most appropriate option for the child;• ensure that custody staff make a record of all "
    "actions taken and decisions made on the relevant documentation; and• improve the timeliness "
    "of adequate appropriate adult support for children who are arrested.")

D = dt.date
H = [  # key, report, ref, type, text, status, status date
    ("h1", "sas13", 312, NAT, national("sas13", 0), S_DONE, D(2016, 2, 11)),
    ("h2", "sas13", 313, NAT, national("sas13", 1), S_DONE, D(2016, 2, 11)),
    ("h3", "sas13", 314, NAT, national("sas13", 2), S_SUPER, D(2015, 4, 2)),
    ("h5", "core", 4821, NAT, national("core", 0), S_DONE, D(2016, 7, 19)),
    ("h6", "core", 4822, NAT, national("core", 1), S_OPEN, D(2024, 11, 5)),
    ("h4", "sas15", 5503, NAT, national("sas15", 0), S_OPEN, D(2024, 11, 5)),
    ("h7", "firearms", 6112, NAT, national("firearms", 0), S_DONE, D(2017, 3, 8)),
    ("h8", "firearms", 6113, NAT, FIREARMS, S_OPEN, D(2024, 11, 5)),
    ("h9", "firearms", 6114, NAT, national("firearms", 2), S_DONE, D(2023, 10, 12)),
    ("h10", "firearms", 6115, NAT, national("firearms", 3), S_OPEN, D(2024, 11, 5)),
    ("h11", "firearms", 6116, NAT, national("firearms", 4), S_OPEN, D(2024, 11, 5)),
    ("h12", "stolen", 8331, NAT, SF_LEADERSHIP, S_OPEN, D(2024, 11, 5)),
    ("h13", "stolen", 8332, NAT, national("stolen", 1), S_DONE, D(2020, 6, 30)),
    ("h14", "stolen", 8333, NAT, national("stolen", 2), S_OPEN, D(2024, 11, 5)),
    ("h15", "stolen", 8334, NAT, national("stolen", 3), S_NFA, D(2024, 2, 21)),
    ("h16", "stolen", 8335, NAT, national("stolen", 4), S_OPEN, D(2024, 11, 5)),
    ("h17", "stolen", 8336, NAT, national("stolen", 5), S_OPEN, D(2024, 11, 5)),
    ("h18", "stolen", 8337, NAT, national("stolen", 6), S_OPEN, D(2024, 11, 5)),
    ("h19", "efc17", 8462, NAT, national("efc17", 0), S_DONE, D(2021, 1, 14)),
    ("h20", "leg17", 8540, COC, national("leg17", 0), S_OPEN, D(2024, 11, 5)),
    ("h21", "leg17", 8541, NAT, SAS_MONITORING_2017, S_DONE, D(2022, 3, 3)),
    ("h22", "leg17", 8542, NAT, national("leg17", 2), S_OPEN, D(2024, 11, 5)),
    ("h23", "leg17", 8543, NAT, national("leg17", 3), S_DONE, D(2023, 5, 17)),
    ("h24", "leg17", 8544, NAT, national("leg17", 4), S_OPEN, D(2024, 11, 5)),
    ("h32", "cdi19", 11207, REC, "Within three months, the force should " + CDI_VICTIMS_BODY + ".",
     S_OPEN, D(2024, 11, 5)),
    ("h33", "cdi19", 11208, AFI, "The force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.", S_OPEN,
     D(2024, 11, 5)),
    ("h25", "peel18", 10431, AFI, "The force should ensure regular and active supervision of the "
     "quality and progress of investigations. This supervision should be properly recorded.",
     S_SUPER, D(2022, 9, 21)),
    ("h26", "peel18", 10432, AFI, MISSING_CHILDREN, S_DONE, D(2022, 1, 25)),
    ("h27", "peel18", 10433, AFI, "The force should develop a future workforce plan that is aligned "
     "with its overall demand and budget. The plan should include future resource allocations, the "
     "mix of skills required by the workforce and behaviours expected of them.", S_SUPER,
     D(2022, 9, 21)),
    ("h28", "peel18", 10434, AFI, SAS_UB_AFI, S_DONE, D(2021, 11, 30)),
    ("h29", "peel18", 10435, AFI, "The force should ensure all staff have received at least the "
     "lowest level of vetting clearance for their roles as quickly as possible, working to clear "
     "both the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", S_DONE, D(2023, 8, 9)),
    ("h30", "peel18", 10436, AFI, "The force should develop its understanding of the links between "
     "its outcomes, outputs and costs.", S_OPEN, D(2024, 11, 5)),
    ("h34", "powers", 13015, NAT, national("powers", 0), S_OPEN, D(2024, 11, 5)),
    ("h35", "powers", 13016, NAT, national("powers", 1), S_DONE, D(2023, 2, 7)),
    ("h36", "powers", 13017, NAT, BWV_2021, S_OPEN, D(2024, 11, 5)),
    ("h37", "powers", 13018, NAT, national("powers", 3), S_OPEN, D(2024, 11, 5)),
    ("h38", "powers", 13019, NAT, national("powers", 4), S_DONE, D(2023, 2, 7)),
    ("h59", "cust22", 15874, REC, CUSTODY_CHILDREN, S_OPEN, D(2024, 11, 5)),
    ("h39", "peel21", 16210, AFI, RASSO, S_SUPER, D(2024, 6, 27)),
    ("h40", "peel21", 16211, AFI, VAWG, S_OPEN, D(2024, 11, 5)),
    ("h41", "peel21", 16212, AFI, USE_OF_FORCE_AFI, S_OPEN, D(2024, 11, 5)),
    ("h42", "peel21", 16213, AFI, STALKING, S_OPEN, D(2024, 11, 5)),
    ("h43", "peel21", 16214, AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", S_OPEN, D(2024, 11, 5)),
    ("h44", "peel21", 16215, AFI, COUNTY_LINES, S_SUPER, D(2024, 6, 27)),
    ("h45", "peel21", 16216, AFI, CONTROL_ROOM, S_DONE, D(2024, 3, 19)),
    ("h46", "peel21", 16217, AFI, "The force should improve its understanding of the nature and scale "
     "of fraud in its area.", S_OPEN, D(2024, 11, 5)),
    ("h47", "peel21", 16218, AFI, "The force should make sure it consistently uses ancillary orders and "
     "other powers to protect victims of domestic abuse.", S_DONE, D(2024, 1, 16)),
    ("h48", "peel21", 16219, AFI, "The force should review the support available for those who have "
     "raised concerns and take any action needed to make sure these provisions are suitable.",
     S_OPEN, D(2024, 11, 5)),
    ("h53", "peel23", 19402, COC, CAUSES[2], S_OPEN_NEW, D(2024, 6, 27)),
    ("h54", "peel23", 19403, REC, "Within six months, the force should improve the supervision of "
     "investigations, so that investigation plans are set, reviewed and recorded and victims receive "
     "a consistently good service.", S_OPEN, D(2024, 11, 5)),
    ("h49", "peel23", 19404, AFI, RASSO, S_OPEN, D(2024, 11, 5)),
    ("h50", "peel23", 19405, AFI, VAWG, S_OPEN_NEW, D(2024, 6, 27)),
    ("h51", "peel23", 19406, AFI, STALKING, S_OPEN_NEW, D(2024, 6, 27)),
    ("h52", "peel23", 19407, AFI, COUNTY_LINES, S_OPEN, D(2024, 11, 5)),
    ("h55", "peel23", 19408, AFI, "The force should make sure its analysis of serious and organised "
     "crime informs its strategic assessment and control strategy.", S_OPEN_NEW, D(2024, 6, 27)),
    ("h56", "peel23", 19409, AFI, "The force should improve how it works with partner organisations "
     "to safeguard people at risk from child sexual exploitation.", S_OPEN, D(2024, 11, 5)),
    ("h57", "peel23", 19410, AFI, "The force should make sure officers and staff have the training "
     "they need to identify and respond to honour-based abuse.", S_OPEN, D(2024, 11, 5)),
    ("h58", "peel23", 19411, AFI, "The force should put plans in place to monitor, including through "
     "the gathering and analysis of staff feedback, team cultures and provide prompt remedial action "
     "for any issues it identifies.", S_OPEN, D(2024, 11, 5)),
]

# --------------------------------------------------------------------------------------------
# Force tracker rows.
# link: None, or (mode, url, text) with mode "cell" (cell.hyperlink) or "f" (=HYPERLINK formula)
# cat/why: the truth for this row's line.
# --------------------------------------------------------------------------------------------
G4_TEXT = ("Chief Constable, in consultation with the PCC, to comply with the Code of Practice by "
           "explaining to the public how S&S powers are used in Lincolnshire and arranging for S&S "
           "records to be scrutinised by community representatives, involving those who are stopped "
           "and searched (e.g. young people).")
G3_TEXT = ("Ensure effective internal monitoring of use of force to identify and understand any "
           "disproportionate use, explain the reasons and implement improvement action.")
G8_TEXT = ("All officers who use S&S powers to have received, and understand, training on unconscious "
           "bias and CoP APP on stop and search.")
G1_TEXT = ("Make sure victims of rape and serious sexual offences (RASSO) are kept informed about the "
           "progress of their case in line with the Victims' Code.")
G2_TEXT = ("Performance framework to give senior leaders a clear picture of the force response to "
           "VAWG.")
G7_TEXT = "Improve how we gather, assess and act on intelligence about county lines drug dealing."
MSHT_GOV = "MSHT leadership & governance review (12 months) – "

F = []  # each: dict(no, text, type, link, ref, lead, update, target, rag, h, cat, why)


def row(no, text, typ, link, h, rag, cat, why, update=None, target=None, ref=None, lead="auto"):
    F.append(dict(no=no, text=text, type=typ, link=link, ref=ref, lead=lead, update=update,
                  target=target, rag=rag, h=h, cat=cat, why=why))


def cell(url, text="View report"):
    return ("cell", url, text)


def f(url, text="View report"):
    return ("f", url, text)


row(1, "CCs and the College of Policing to set out in the S&S APP a clear specification of what "
    "constitutes effective and fair use of S&S powers (compliant with the Code of Practice).",
    "National rec", cell(pub("sas13", "old")), "h1", "Complete", "in_sync",
    "closed (Complete) on HMICFRS, Complete on tracker", update="National APP published.")
row(2, "Establish or improve monitoring of the way officers stop and search people, so we can be "
    "satisfied they act in accordance with the law (incl. equality legislation and the Code of "
    "Practice) and the power is used effectively.", "National rec", f(pub("sas13", "old")), "h2",
    "Complete", "in_sync", "closed on HMICFRS, Complete on tracker")
row(3, G4_TEXT, "National rec", f(pub("sas15")), "h4", "GREEN", "closeable_submit",
    "G4 twin: same tracker text as row below; link names Stop and search powers 2 (2015), open on "
    "HMICFRS, GREEN on tracker", update="S&S scrutiny panel meets quarterly; youth members recruited "
    "2023. Ready to move to GREEN status.", target="No deadline set by HMICFRS")
row(4, G4_TEXT, "National rec", cell(pub("sas13", "old"), "Report"), "h3", "AMBER", "closeable_local",
    "G4 twin: identical text to the row above; link names the 2013 Stop and search report, whose "
    "item is Superseded on HMICFRS, still AMBER on tracker",
    update="Work undertaken in area but still requires development to complete.")
row(5, "Provide call-handlers with specific, sound and comprehensible criteria to assess threat, harm "
    "and risk (THRIVE).", "National rec", f(pub("core"), "HMICFRS page"), "h5", "Complete",
    "in_sync", "closed on HMICFRS, Complete on tracker")
row(6, "Publish a DA action plan setting out in detail the steps the force will take to improve its "
    "approach to domestic abuse.", "National rec", cell(pub("everyone", "old")), None, "AMBER",
    "not_on_hmicfrs_list", "Everyone's business (2014) item no longer on the HMICFRS list; tracker "
    "still has it open", update="DA Delivery Plan refreshed annually; next refresh due at DA Board.")
row(7, "Satisfy ourselves that misconduct investigations resulting in 'no further action' are fair "
    "and free of any form of discrimination.", "National rec",
    cell(f"http://www.justiceinspectorates.gov.uk/hmicfrs/publications/{SLUG['integrity']}",
         "HMICFRS page"), None, "GREEN", "not_on_hmicfrs_list",
    "Integrity matters (2015) item not on the HMICFRS list", update="PSD dip-sample of NFA outcomes "
    "completed 2016.")
row(8, "Assess how well governance of firearms licensing meets the APP standards; put the correct "
    "arrangements in place where not compliant.", "National rec", cell(pub("firearms", "old")), "h7",
    "Complete", "in_sync", "closed on HMICFRS, Complete on tracker")
row(9, "Within six months, assess the demand placed on the firearms licensing department and ensure "
    "it has the capacity to meet this demand and provide an efficient and effective service at all "
    "times.", "National rec", cell(pub("firearms", "old")), "h8", "AMBER", "conflict",
    "timescale differs: HMICFRS 'Within three months', tracker 'Within six months'",
    update="FLU demand model refreshed; 2 additional enquiry officers funded.", target=dt.date(2025, 6, 30))
row(10, "Satisfy ourselves that all appropriate action is being taken re 'total expired' licensing "
    "records.", "National rec", f(pub("firearms", "old")), "h9", "AMBER", "closeable_local",
    "Complete on HMICFRS, AMBER on tracker", update="Backlog of total expired records being worked "
    "through by FLU.")
row(11, "Temporary permits: use in line with HO guidance, recorded without delay on NFLMS, and "
    "systems in place so certificate holders are never in unlawful possession of a firearm.",
    "National rec", f(pub("firearms", "old")), "h10", "GREEN", "closeable_submit",
    "open on HMICFRS, GREEN on tracker", update="Already complete / believed to be complete within "
    "short time scale (and within deadline).")
row(12, "Ensure systems identify, before police attendance, whether an incident involves or is at "
    "the address of a firearm certificate holder, always applied by dispatchers; officers understand "
    "the risk assessment and their power to seize firearms and certificates.", "National rec",
    cell(pub("firearms", "old"), "Link"), "h11", "AMBER", "in_sync", "open on both")
for i, (sub, bullet) in enumerate([
        ("a", "senior leaders prioritise the response to MSHT"),
        ("b", "every incident of MSHT is allocated appropriate resources with the skills, experience "
              "and capacity to investigate it effectively"),
        ("c", "effective partnership arrangements to co-ordinate activity, share information and "
              "safeguard victims"),
        ("d", "performance and QA measures in place so senior leaders can assess the nature and "
              "quality of the service to victims")]):
    row(f"13{sub}", MSHT_GOV + bullet, "National rec", f(pub("stolen")), "h12", "Complete",
        "closeable_submit", f"bullet {i + 1} of 4 of the Stolen freedom leadership recommendation, "
        "split one row per bullet; every bullet Complete, item open on HMICFRS",
        update="Signed off at MSHT Gold group." if i == 3 else None)
row(14, "Within 6 months have active ISAs with other agencies for speedy exchange of intelligence, "
    "to safeguard victims better and identify suspects as early as possible.", "National rec",
    cell(pub("stolen")), "h13", "Complete", "in_sync", "closed on both")
row(15, "Early and continuing consideration of the s45 defence for victims carrying out criminal "
    "acts under compulsion attributable to slavery or exploitation.", "National rec",
    cell(pub("stolen")), "h14", "AMBER", "in_sync", "open on both")
row(16, "Full compliance with the NRM process and the duty to notify the HO of any individual "
    "suspected to be an adult victim of MSHT (MSA 2015).", "National rec", f(pub("stolen")), "h15",
    "AMBER", "closeable_local", "HMICFRS 'No further action required', tracker AMBER",
    update="Duty to Notify compliance audit scheduled.")
row(17, "Comply fully with NCRS for offences identified as MSHT; sufficient audit capacity for the "
    "Force Crime Registrar.", "National rec", f(pub("stolen")), "h16", "Pending sign off",
    "closeable_submit", "open on HMICFRS, 'Pending sign off' on tracker", ref="8335",
    update="Pending sign off by the chief officer lead.")
row(18, "MSHT allegations thoroughly investigated and effectively supervised by teams with the right "
    "skills and experience (incl. JITs / overseas intelligence).", "National rec",
    cell(pub("stolen"), "Report"), "h17", "AMBER", "in_sync", "open on both")
row(19, "Produce an ambitious plan to improve digitally-enabled services within the force (Digital "
    "Policing Strategy 2019-22).", "National rec", f(pub("efc17")), "h19", "GREEN", "in_sync",
    "closed on HMICFRS, GREEN on tracker")
row(20, "Cause of concern: force cannot demonstrate that use of S&S powers is consistently reasonable "
    "and fair; over-representation of BAME people in S&S data is not explained.", "CoC",
    cell(pub("leg17")), "h20", "AMBER", "in_sync", "open on both")
row(21, "By July 2018, regularly monitor a comprehensive set of S&S data to understand: •reasons for "
    "disproportionality •find rates by ethnicity and type of search •prevalence of possession-only "
    "drug searches", "National rec", cell(pub("leg17")), "h21", "Complete", "in_sync",
    "closed on both")
row(22, "Where monitoring identifies disparities, show the public we have researched the reasons and "
    "taken action to reduce them.", "National rec", f(pub("leg17")), "h22", "GREEN",
    "closeable_submit", "open on HMICFRS, GREEN on tracker")
row(23, "Publish S&S disparity analysis and actions taken at least annually (from July 2018).",
    "National rec", f(pub("leg17")), "h23", "AMBER", "closeable_local",
    "Complete on HMICFRS, AMBER on tracker", update="2023/24 annual report drafted.")
row(24, G8_TEXT, "National rec", cell(pub("leg17"), "Link"), "h24", "AMBER", "in_sync",
    "G8 twin: same text as a PEEL 2018/19 row further down; link names PEEL legitimacy 2017 "
    "(national), open on both")
row(25, "Ensure regular and active supervision of the quality and progress of investigations, "
    "properly recorded.", "AFI", cell(pub("peel18", "old")), "h25", "Complete", "in_sync",
    "Superseded on HMICFRS, Complete on tracker: both closed")
for i, (sub, bullet) in enumerate([
        ("a", "call takers understand and use the missing / absent category appropriately"),
        ("b", "call takers and frontline staff can identify CSE risk factors and know how to respond"),
        ("c", "supervisors provide the correct oversight of missing person enquiries and direct "
              "timely investigative and safeguarding action")]):
    row(f"26{sub}", "Missing children review – " + bullet, "AFI", cell(URL_PEEL18_PAGE), "h26",
        "Complete", "in_sync", f"bullet {i + 1} of 3 of the missing children AFI, one row per "
        "bullet; closed on both")
row(27, "Develop a future workforce plan aligned with demand and budget, incl. resource allocations, "
    "skills mix and behaviours expected.", "AFI", f(pdf("peel18"), "Report"), "h27", "AMBER",
    "closeable_local", "Superseded on HMICFRS, AMBER on tracker (link is the report PDF)",
    update="Strategic Workforce Plan 2025-28 in draft.")
row(28, G8_TEXT, "AFI", f(pub("peel18", "old")), "h28", "Complete", "in_sync",
    "G8 twin: same text as the PEEL legitimacy 2017 row above; link names PEEL 2018/19, Complete on "
    "both")
row(29, "All staff to hold at least the lowest level of vetting clearance; clear the vetting backlog "
    "and renewals in line with the national vetting guidelines.", "AFI", cell(pub("peel18", "old")),
    "h29", "AMBER", "closeable_local", "Complete on HMICFRS, AMBER on tracker",
    update="Renewals backlog 140 (Feb 25).")
row(30, "Develop our understanding of the links between outcomes, outputs and costs.", "AFI",
    cell(pub("peel18", "old")), "h30", "GREEN", "closeable_submit",
    "open on HMICFRS, GREEN on tracker", ref="10436", update="Outcome-based budgeting embedded in "
    "MTFP 2024/25.")
row(31, "Force action - Deliver refresher training on cyber crime to all response and neighbourhood "
    "officers", "Local", None, None, "AMBER", "not_on_hmicfrs_list",
    "force's own action, no HMICFRS item on cyber crime", target=dt.date(2025, 9, 30))
row(32, "Put arrangements in place so that: • victims are believed at the point of report • call "
    "handler conversations are summarised accurately in the incident log • multiple crimes are "
    "always recorded • we stop awaiting medical examination / video interview results before "
    "crime-recording decisions • online reports are triaged on receipt for risk", "Rec",
    cell(pub("cdi19")), "h32", "AMBER", "in_sync", "open on both; all five bullets present",
    ref="11207")
row(33, "Make better use of the crime recording and management system to manage case files and "
    "investigative processes.", "AFI", f(pub("cdi19")), "h33", "AMBER", "in_sync", "open on both")
row(34, "By July 2022 officers & staff to have effective communication skills in line with the "
    "National Policing Guidelines on Conflict Management.", "National rec",
    cell(pub("powers")), "h34", "GREEN", "closeable_submit", "open on HMICFRS, GREEN on tracker")
row(35, "Reinforce communication skills through CPD; supervisors supported to debrief officers "
    "routinely using BWV footage.", "National rec", cell(pub("powers")), "h35", "Complete",
    "in_sync", "closed on both")
row(36, "By Sept 2021: record the entirety of all S&S encounters on BWV (incl. traffic stops and use "
    "of force incidents); structured process to review a sample of BWV footage internally to "
    "identify learning and hold officers to account.", "National rec", f(pub("powers")), "h36",
    "AMBER", "conflict", "bullet missing: tracker omits the third part (external scrutiny panel "
    "access to BWV footage)")
row(37, "HO and NPCC to ensure the quality of data on force used to effect a S&S is sufficient for "
    "publication.", "National rec", f(pub("powers"), "Link"), "h37", "WHITE", "closeable_submit",
    "open on HMICFRS; tracker WHITE = not the force's responsibility, i.e. nothing left for the "
    "force to do", update="Not the force's responsibility to deliver; dependent upon another "
    "organisation.")
row(38, G3_TEXT, "National rec", cell(pub("powers")), "h38", "Complete", "in_sync",
    "G3 twin: same text as the row below; link names the police powers spotlight, Complete on both")
row(39, G3_TEXT, "AFI", cell(pub("peel21")), "h41", "AMBER", "in_sync",
    "G3 twin: same text as the row above; link names PEEL 2021/22, open on both",
    update="Use of force dashboard live; disproportionality analysis to EDI board.")
row(40, G1_TEXT, "AFI", f(pub("peel21")), "h39", "Complete", "in_sync",
    "G1 twin: same text as the row below; link names PEEL 2021/22, Superseded on HMICFRS, Complete "
    "on tracker", update="Victim update compliance dip-sample Q3 2023: 92%.")
row(41, G1_TEXT, "AFI", f(URL_PEEL23_PAGE), "h49", "AMBER", "in_sync",
    "G1 twin: link names PEEL 2023-25, open on both", update="Re-issued by HMICFRS. RASSO victim "
    "contact reviewed monthly at Crime Standards Board.", target=dt.date(2025, 12, 31))
row(42, G2_TEXT, "AFI", cell(pub("peel21"), "Report"), "h40", "GREEN", "closeable_submit",
    "G2 twin: link names PEEL 2021/22, open on HMICFRS, GREEN on tracker",
    update="VAWG dashboard in Force Performance pack since April 2023.")
row(43, G2_TEXT, "AFI", f(URL_PEEL23_PAGE), "h50", "AMBER", "in_sync",
    "G2 twin: link names PEEL 2023-25, open on both")
row(44, "Ensure enough specialist capacity and capability to investigate online child sexual abuse "
    "(POLIT).", "AFI", f(URL_PEEL23_PAGE), "h43", "AMBER", "conflict",
    "report differs: the text is only in PEEL 2021/22 (16214) but the link was copied down from the "
    "row above and points at PEEL 2023-25", update="POLIT uplift bid in 2025/26 budget.")
row(45, G7_TEXT, "AFI", None, "h44", "Complete", "in_sync",
    "G7 twin with NO link; the identical row below links PEEL 2023-25, so this is the PEEL 2021/22 "
    "item (Superseded): closed on both", target=dt.date(2023, 9, 30))
row(46, G7_TEXT, "AFI", cell(URL_PEEL23_PAGE, "HMICFRS page"), "h52", "RED", "in_sync",
    "G7 twin: link names PEEL 2023-25, open on both", update="Little work yet undertaken in this "
    "area. Unlikely to reach deadlines.")
row(47, "Sufficient resources in the control room to fulfil the resourcing model and meet demand, "
    "taking account of workforce wellbeing.", "AFI", cell(pdf("peel21"), "Link"), "h45", "AMBER",
    "closeable_local", "Complete on HMICFRS, AMBER on tracker (link is the report PDF)",
    update="Contact Management review phase 2.")
row(48, "Improve our understanding of the nature and scale of fraud in Lincolnshire.", "AFI",
    cell(pub("peel21", "old")), "h46", "AMBER", "in_sync", "open on both")
row(49, "Consistently use ancillary orders and other powers (DVPNs/DVPOs, SHPOs) to protect victims "
    "of DA.", "AFI", f(pub("peel21")), "h47", "Complete", "conflict",
    "reference differs: tracker ref 16281, register ref 16218 (same report, same text); both closed",
    ref="16281")
row(50, "Review the support available to those who have raised concerns (whistleblowing) and act to "
    "make sure it is suitable.", "AFI", cell(pub("peel21")), "h48", "Pending sign off",
    "closeable_submit", "open on HMICFRS, 'Pending sign off' on tracker")
row(51, "JAC action: Internal audit of the HMICFRS recommendations governance arrangements (audit "
    "plan 2023/24)", "Local", None, None, "Complete", "not_on_hmicfrs_list",
    "Joint Audit Committee action, not an HMICFRS item", lead="Head of Corporate Development")
row(52, "With children's social care, review how detention of children is managed: detain only when "
    "absolutely necessary and for the minimum time; early assessment of need for alternative "
    "accommodation; record all actions and decisions; timely appropriate adult support.", "Rec",
    cell(URL_CUSTODY_HTML), "h59", "AMBER", "in_sync", "open on both")
row(53, "CoC – the force does not have the capacity or capability to investigate crime effectively; "
    "failings in the way crimes are being investigated.", "CoC", f(URL_PEEL23_PAGE), "h53", "AMBER",
    "in_sync", "open on both", update="Investigation Improvement Plan - Gold group fortnightly.")
row(54, "Within six months improve supervision of investigations so that investigation plans are set, "
    "reviewed and recorded and victims get a consistently good service.", "AFI",
    f(URL_PEEL23_PAGE), "h54", "AMBER", "conflict",
    "type differs: HMICFRS Recommendation (accompanies the cause of concern), tracker AFI",
    target=dt.date(2024, 12, 27))
row(55, "Record reports of stalking and harassment accurately and without delay.", "AFI",
    cell(pub("peel23")), "h51", "AMBER", "in_sync",
    "G5: link names PEEL 2023-25 (open on both); the identical PEEL 2021/22 AFI 16213 is not tracked",
    update="Stalking & harassment audit by FCR Jan 25.")
row(56, "Improve how we work with partner organisations to safeguard people at risk from CSE.", "AFI",
    f(URL_PEEL23_PAGE), "h56", "GREEN", "closeable_submit", "open on HMICFRS, GREEN on tracker")
row(57, "Officers & staff to have the training they need to identify and respond to honour-based "
    "abuse.", "AFI", cell(pub("peel23")), "h57", "AMBER", "in_sync", "open on both")
row(58, "Plans to monitor team cultures (incl. gathering and analysis of staff feedback) and take "
    "prompt remedial action on any issues identified.", "AFI", f(URL_PEEL23_PAGE), "h58", "AMBER",
    "in_sync", "open on both")
row(59, "Force improvement plan: Add road harm measures to the monthly Force Performance pack",
    "Local", f(URL_PEEL23_PAGE, "Link"), None, "AMBER", "not_on_hmicfrs_list",
    "force's own action linked to the PEEL 2023-25 page; no HMICFRS item on road harm")
row(60, "Local action: Refresh the rural crime problem profile and add it to the control strategy",
    "Local", cell(URL_INTRANET, "Link"), None, "GREEN", "not_on_hmicfrs_list",
    "force's own action, link is to the force intranet")

# Leads: assigned with the seeded RNG (deterministic).
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Supt Firearms Licensing", None]
for r in F:
    if r["lead"] == "auto":
        r["lead"] = RNG.choice(LEADS)

RAG_FILL = {"GREEN": "92D050", "Complete": "92D050", "Pending sign off": "C6E0B4",
            "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF"}


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
def finish_xlsx(wb: openpyxl.Workbook, path: Path, cached: dict[str, str] | None = None) -> None:
    """Save with fixed timestamps; add Excel-style cached values to =HYPERLINK formulas."""
    wb.properties.creator = "Organisational Learning"
    wb.properties.lastModifiedBy = "Organisational Learning"
    wb.properties.created = dt.datetime(2019, 4, 1, 8, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>", data)
            if cached and name.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")

                def add_cache(m: re.Match) -> str:
                    ref, style, formula = m.group(1), m.group(2) or "", m.group(3)
                    return (f'<c r="{ref}"{style} t="str"><f>{formula}</f>'
                            f"<v>{cached[ref]}</v></c>")

                text = re.sub(r'<c r="([A-Z]+\d+)"( s="\d+")?><f>(HYPERLINK\(.*?\))</f><v\s*/?>(?:</v>)?</c>',
                              add_cache, text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build_hmicfrs() -> dict[str, str]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    headers = ["Reference", "Force", "Report", "Report type", "Published", "Type",
               "Recommendation text", "Status", "Status last updated"]
    ws.append(headers)
    for c in ws[1]:
        c.font = Font(bold=True)
    rows = {}
    for key, rep, ref, typ, text, status, sdate in H:
        title, published, rtype = REPORTS[rep]
        ws.append([ref, FORCE, title, rtype, published, typ, text, status, sdate])
        r = ws.max_row
        rows[key] = f"Recommendations!{r}"
        ws.cell(r, 5).number_format = "dd/mm/yyyy"
        ws.cell(r, 9).number_format = "dd/mm/yyyy"
        ws.cell(r, 7).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHI", [11, 20, 60, 18, 12, 24, 90, 18, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    finish_xlsx(wb, CASE / "hmicfrs.xlsx")
    return rows


def build_tracker() -> dict[int, str]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations & AFI Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Owner: Organisational Learning & Inspection Team   |   Version 7.3   |   "
                "Last updated 14/03/2025")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Click the link in the Report column to open the HMICFRS report the item comes from."
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    headers = ["No.", "Recommendation / AFI", "Type", "Report", "HMICFRS ref", "Lead",
               "Update", "Target date", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    cached: dict[str, str] = {}
    rowids: dict[int, str] = {}
    r = 6
    for idx, it in enumerate(F):
        ws.cell(r, 1, str(it["no"]) if isinstance(it["no"], str) else it["no"])
        ws.cell(r, 2, it["text"]).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 3, it["type"])
        link = it["link"]
        if link is not None:
            mode, url, text = link
            c = ws.cell(r, 4)
            if mode == "cell":
                c.value = text
                c.hyperlink = url
            else:
                c.value = f'=HYPERLINK("{url}","{text}")'
                cached[f"D{r}"] = text
            c.style = "Hyperlink"
        if it["ref"] is not None:
            ws.cell(r, 5, it["ref"])
        ws.cell(r, 6, it["lead"])
        ws.cell(r, 7, it["update"]).alignment = Alignment(wrap_text=True, vertical="top")
        tgt = it["target"]
        c = ws.cell(r, 8, tgt)
        if isinstance(tgt, dt.date):
            c.number_format = "dd/mm/yyyy"
        c = ws.cell(r, 9, it["rag"])
        c.fill = PatternFill("solid", fgColor=RAG_FILL[it["rag"]])
        rowids[idx] = f"Tracker!{r}"
        r += 1
    r += 1  # blank row, then the legend (not items)
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    legend = [
        ("GREEN", "Implemented – evidence held, ready for sign off / submission to HMICFRS"),
        ("Complete", "Signed off by the chief officer lead and closed"),
        ("AMBER", "Subject to ongoing work and monitoring; expected to be implemented"),
        ("RED", "Beyond deadline or cannot / will not be implemented (rationale required)"),
        ("WHITE", "Not Lincolnshire Police's responsibility / dependent upon another organisation"),
    ]
    for word, meaning in legend:
        r += 1
        c = ws.cell(r, 2, f"{word} = {meaning}")
        ws.cell(r, 9, word).fill = PatternFill("solid", fgColor=RAG_FILL[word])
    for col, w in zip("ABCDEFGHI", [6, 70, 12, 13, 11, 26, 45, 14, 16]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    finish_xlsx(wb, CASE / "tracker.xlsx", cached)
    return rowids


def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs()
    frows = build_tracker()
    lines = []
    paired = set()
    for key, *_ in H:
        matched = [(i, it) for i, it in enumerate(F) if it["h"] == key]
        if not matched:
            lines.append((hrows[key], "", "missing_from_force", MISSING_WHY[key]))
        for i, it in matched:
            lines.append((hrows[key], frows[i], it["cat"], it["why"]))
            paired.add(i)
    for i, it in enumerate(F):
        if it["h"] is None:
            lines.append(("", frows[i], it["cat"], it["why"]))
            paired.add(i)
    assert paired == set(range(len(F)))
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


MISSING_WHY = {
    "h6": "Core Business 2014 crime prevention recording item, open on HMICFRS, not on the tracker",
    "h18": "Stolen freedom preventative powers item, open on HMICFRS, not on the tracker",
    "h42": "G5: PEEL 2021/22 stalking AFI; the only stalking row on the tracker links PEEL 2023-25 "
           "and pairs with 19406",
    "h55": "new PEEL 2023-25 AFI (serious and organised crime analysis) not yet added to the tracker",
}

if __name__ == "__main__":
    main()
