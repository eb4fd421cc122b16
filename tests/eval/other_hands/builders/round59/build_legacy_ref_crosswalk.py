"""Build the evaluation case `legacy_ref_crosswalk`.

HMICFRS side: a monitoring-portal export for one force in which every record carries a new
5-digit monitoring reference and, for records migrated from the old recommendations register
(2014-2019), the old register number in a separate "Register ID" column. One migrated record
holds two register numbers ("8542; 8543"). The force tracker was started in 2017 and keys most
older rows by the OLD register number, some blocks by the NEW monitoring reference, some by
both, some by nothing.

Run:  /work/main/.venv/bin/python build_legacy_ref_crosswalk.py
Seed: 5915 (used for gaps in the monitoring references and the lead officers only).
"""

from __future__ import annotations

import csv
import io
import random
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (real public texts only)
    BWV_2021, CAUSES, CDI_VICTIMS_BODY, CONTROL_ROOM, EVERYONE_PLAN, FIREARMS, LOCAL_ACTIONS,
    MSHT_NRM, NATIONAL, SAS_MONITORING_2017, SF_LEADERSHIP,
)

SEED = 5915
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "legacy_ref_crosswalk"
FORCE = "Cheshire Constabulary"

NAT = dict((k, v) for k, v in NATIONAL.items())


def ntext(key: str, i: int) -> str:
    return NAT[key][2][i][1]


def d(y, m, dd):
    return datetime(y, m, dd)


# --------------------------------------------------------------------------------------------
# HMICFRS items.  key, register id, report, published, type, text, status, status date, comment
# --------------------------------------------------------------------------------------------
T_SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
T_EVERY = "Everyone's business: Improving the police response to domestic abuse"
T_AUST = "Policing in austerity: Meeting the challenge"
T_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use of "
          "police time")
T_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
T_PICT = "Building the picture: an inspection of police information management"
T_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales")
T_STOL = "Stolen freedom: the policing response to modern slavery and human trafficking"
T_EFC17 = "PEEL: Police efficiency 2017 (national overview)"
T_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
T_POW = ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
         "force")
T_EFF16 = "PEEL: Police effectiveness 2016 – Cheshire Constabulary"
T_CDI17 = "Crime data integrity inspection 2017 – Cheshire Constabulary"
T_NCPI = "National child protection inspection – Cheshire Constabulary"
T_PEEL19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cheshire Constabulary"
T_CUST20 = "Report on an unannounced inspection visit to police custody suites in Cheshire"
T_PEEL22 = "PEEL 2021/22 – An inspection of Cheshire Constabulary"
T_PEEL23 = "PEEL 2023–25 – Police effectiveness, efficiency and legitimacy: Cheshire Constabulary"

REC, AFI, COC, NATR = ("Recommendation", "Area for improvement", "Cause of concern",
                       "National recommendation")
BP, AR, CP, SUP = "Being progressed", "Awaiting review", "Complete", "Superseded"
MIG = d(2020, 6, 1)  # date the register was migrated into the portal

SUPERSEDED_PEEL = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections.")

DISPARITY = ntext("leg17", 2)
PUBLISH = ntext("leg17", 3)

# Force-level texts (real bodies under real stems).
EFF16_REC = ("To address this cause of concern, HMIC recommends the force should immediately take "
             "steps to ensure that there is effective supervision of the initial risk assessment "
             "process, specifically in relation to the completion of DASH risk assessment in "
             "appropriate cases. In cases where a DASH risk assessment is not completed the "
             "officer should record an assessment on the crime management system.")
CDI_REC = "HMIC recommends that within six months the force should: " + CDI_VICTIMS_BODY + "."
NCPI_CHILD = (
    "Within six months Cheshire Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")
NCPI_MISSING = (
    "Within three months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
VETTING = ("The force should ensure all staff have received at least the lowest level of vetting "
           "clearance for their roles as quickly as possible, working to clear both the vetting "
           "backlog and new vetting renewals when they become due so that it complies fully with "
           "the national vetting guidelines.")
FRAUD = "The force should improve its understanding of the nature and scale of fraud in its area."

H = [
    # national, register era
    ("every", 2321, T_EVERY, d(2014, 3, 27), NATR, EVERYONE_PLAN, SUP, MIG, SUPERSEDED_PEEL),
    ("aust1", 2710, T_AUST, d(2014, 7, 22), NATR, ntext("austerity", 0), CP, MIG,
     "Migrated from register – register status complete (3rd March 2016)."),
    ("aust2", 2711, T_AUST, d(2014, 7, 22), NATR, ntext("austerity", 1), CP, MIG,
     "Migrated from register – register status complete (3rd March 2016)."),
    ("aust3", 2712, T_AUST, d(2014, 7, 22), NATR, ntext("austerity", 2), CP, MIG,
     "Migrated from register – register status complete (3rd March 2016)."),
    ("aust4", 2713, T_AUST, d(2014, 7, 22), NATR, ntext("austerity", 3), CP, MIG,
     "Migrated from register – register status complete (21st November 2017)."),
    ("core1", 4822, T_CORE, d(2014, 9, 4), NATR, ntext("core", 0), SUP, MIG, SUPERSEDED_PEEL),
    ("core2", 4823, T_CORE, d(2014, 9, 4), NATR, ntext("core", 1), CP, MIG,
     "This recommendation is complete"),
    ("integ", 902, T_INTEG, d(2015, 1, 30), NATR, ntext("integrity", 0), CP, MIG,
     "This recommendation is complete"),
    ("sas15", 5120, T_SAS15, d(2015, 3, 24), NATR, ntext("sas15", 0), BP, MIG,
     "The progress of the implementation of this recommendation is currently being monitored "
     "by HMICFRS and this record will, in due course, be updated."),
    ("pict", 5388, T_PICT, d(2015, 7, 1), NATR, ntext("picture", 0), CP, MIG,
     "Migrated from register – register status complete (9th February 2017)."),
    ("fire1", 5701, T_FIRE, d(2015, 9, 15), NATR, ntext("firearms", 0), CP, MIG,
     "Migrated from register – register status complete (27th April 2018)."),
    ("fire2", 5702, T_FIRE, d(2015, 9, 15), NATR, FIREARMS, CP, d(2021, 2, 11),
     "Authorised for closure following firearms licensing revisit."),
    ("fire3", 5703, T_FIRE, d(2015, 9, 15), NATR, ntext("firearms", 2), BP, MIG, ""),
    ("fire4", 5704, T_FIRE, d(2015, 9, 15), NATR, ntext("firearms", 3), CP, MIG,
     "Migrated from register – register status complete (27th April 2018)."),
    ("fire5", 5705, T_FIRE, d(2015, 9, 15), NATR, ntext("firearms", 4), BP, MIG, ""),
    ("stol1", 8402, T_STOL, d(2017, 10, 24), NATR, SF_LEADERSHIP, BP, MIG, ""),
    ("stol2", 8403, T_STOL, d(2017, 10, 24), NATR, ntext("stolen", 1), BP, MIG, ""),
    ("stol3", 8404, T_STOL, d(2017, 10, 24), NATR, ntext("stolen", 2), CP, d(2020, 11, 5),
     "This recommendation is complete"),
    ("stol4", 8405, T_STOL, d(2017, 10, 24), NATR, MSHT_NRM, CP, d(2022, 1, 19),
     "Closed following MSHT thematic revisit."),
    ("stol5", 8406, T_STOL, d(2017, 10, 24), NATR, ntext("stolen", 4), BP, MIG, ""),
    ("stol6", 8407, T_STOL, d(2017, 10, 24), NATR, ntext("stolen", 5), BP, MIG, ""),
    ("stol7", 8408, T_STOL, d(2017, 10, 24), NATR, ntext("stolen", 6), CP, d(2020, 11, 5),
     "This recommendation is complete"),
    ("efc17", 8466, T_EFC17, d(2017, 11, 9), NATR, ntext("efc17", 0), BP, MIG, ""),
    ("legcoc", 8540, T_LEG17, d(2017, 12, 12), COC, ntext("leg17", 0), BP, MIG, ""),
    ("legmon", 8541, T_LEG17, d(2017, 12, 12), NATR, SAS_MONITORING_2017, BP, MIG, ""),
    ("legmrg", "8542; 8543", T_LEG17, d(2017, 12, 12), NATR, DISPARITY + "\n\n" + PUBLISH, BP,
     MIG, "Register entries 8542 and 8543 combined into one monitoring record on migration."),
    ("legtrn", 8544, T_LEG17, d(2017, 12, 12), NATR, ntext("leg17", 4), CP, d(2021, 9, 30),
     "This recommendation is complete"),
    # national, portal era
    ("pow1", None, T_POW, d(2021, 2, 26), NATR, ntext("powers", 0), BP, d(2021, 2, 26), ""),
    ("pow2", None, T_POW, d(2021, 2, 26), NATR, ntext("powers", 1), BP, d(2021, 2, 26), ""),
    ("pow3", None, T_POW, d(2021, 2, 26), NATR, BWV_2021, CP, d(2023, 6, 14), ""),
    ("pow4", None, T_POW, d(2021, 2, 26), NATR, ntext("powers", 3), BP, d(2021, 2, 26),
     "Directed at the Home Office and the NPCC."),
    ("pow5", None, T_POW, d(2021, 2, 26), NATR, ntext("powers", 4), CP, d(2023, 6, 14), ""),
    # force level, register era
    ("e16coc", 6802, T_EFF16, d(2017, 3, 2), COC, CAUSES[0], CP, MIG,
     "Migrated from register – register status complete (27th April 2018)."),
    ("e16rec", 6803, T_EFF16, d(2017, 3, 2), REC, EFF16_REC, CP, MIG,
     "Migrated from register – register status complete (27th April 2018)."),
    ("e16sup", 6804, T_EFF16, d(2017, 3, 2), AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.", SUP,
     d(2022, 5, 13), "Superseded by the cause of concern on investigations in PEEL 2021/22."),
    ("e16dig", 6805, T_EFF16, d(2017, 3, 2), AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", BP, MIG, ""),
    ("e16rui", 6806, T_EFF16, d(2017, 3, 2), AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", CP, d(2020, 11, 5), ""),
    ("cdirec", 7740, T_CDI17, d(2017, 8, 17), REC, CDI_REC, BP, MIG, ""),
    ("cdiafi", 7741, T_CDI17, d(2017, 8, 17), AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", CP, MIG,
     "Migrated from register – register status complete (10th December 2018)."),
    ("ncpi1", 8790, T_NCPI, d(2018, 6, 21), REC, NCPI_CHILD, BP, MIG, ""),
    ("ncpi2", 8791, T_NCPI, d(2018, 6, 21), REC, NCPI_MISSING, BP, MIG, ""),
    # force level, portal era
    ("p19vet", None, T_PEEL19, d(2019, 5, 2), AFI, VETTING, CP, d(2021, 3, 22), ""),
    ("p19risk", None, T_PEEL19, d(2019, 5, 2), AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", CP, d(2022, 10, 4), ""),
    ("p19wfp", None, T_PEEL19, d(2019, 5, 2), AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", BP, d(2019, 5, 2), ""),
    ("c20uof", None, T_CUST20, d(2020, 8, 20), REC,
     "Within six months the force should ensure that it has effective internal monitoring "
     "processes on the use of force, to help it to identify and understand disproportionate "
     "use, explain the reasons and implement any necessary improvement action.", BP,
     d(2020, 8, 20), ""),
    ("c20data", None, T_CUST20, d(2020, 8, 20), AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", CP, d(2022, 2, 7), ""),
    ("p22coc", None, T_PEEL22, d(2022, 5, 13), COC, CAUSES[2], BP, d(2022, 5, 13), ""),
    ("p22sup", None, T_PEEL22, d(2022, 5, 13), REC,
     "Within six months, the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.", BP,
     d(2022, 5, 13), ""),
    ("p22ctl", None, T_PEEL22, d(2022, 5, 13), REC,
     "Within six months, the force should ensure that it has sufficient resources available "
     "in the control room to fulfil its resourcing model, and so to meet its demand, while also "
     "taking into account the wellbeing of its workforce.", BP, d(2022, 5, 13), ""),
    ("p22fraud", None, T_PEEL22, d(2022, 5, 13), AFI, FRAUD, SUP, d(2023, 11, 23),
     "Superseded – repeated as an area for improvement in PEEL 2023–25 (monitoring ref 24417)."),
    ("p22da", None, T_PEEL22, d(2022, 5, 13), AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.", BP,
     d(2022, 5, 13), ""),
    ("p22mh", None, T_PEEL22, d(2022, 5, 13), AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", BP, d(2022, 5, 13), ""),
    ("p22eq", None, T_PEEL22, d(2022, 5, 13), AFI,
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.", CP, d(2023, 7, 18), ""),
    ("p22wb", None, T_PEEL22, d(2022, 5, 13), AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", BP, d(2022, 5, 13), ""),
    ("p23fraud", None, T_PEEL23, d(2023, 11, 23), AFI, FRAUD, AR, d(2023, 11, 23), ""),
    ("p23rasso", None, T_PEEL23, d(2023, 11, 23), AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.", AR,
     d(2023, 11, 23), ""),
    ("p23cl", None, T_PEEL23, d(2023, 11, 23), AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", AR, d(2023, 11, 23), ""),
    ("p23asb", None, T_PEEL23, d(2023, 11, 23), AFI,
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.", AR, d(2023, 11, 23), ""),
    ("p23cult", None, T_PEEL23, d(2023, 11, 23), AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", AR, d(2023, 11, 23), ""),
    ("p23bgc", None, T_PEEL23, d(2023, 11, 23), AFI,
     "The force should immediately review its current background checks arrangements, and make "
     "sure that suitable and sufficient background checks are in place to safeguard its staff "
     "and the communities it serves.", AR, d(2023, 11, 23), ""),
]
assert CONTROL_ROOM  # the p22ctl body is CONTROL_ROOM under a "Within six months" stem

# Monitoring references: register items were numbered on migration in register order, the rest
# as they were published; gaps because the numbers are shared with every other force.
MREF: dict[str, int] = {}
n = 20180
for it in sorted([h for h in H if h[1] is not None],
                 key=lambda h: int(str(h[1]).split(";")[0])):
    n += rng.randint(3, 40)
    MREF[it[0]] = n
for key, base in [("p19vet", 20961), ("p19risk", 20962), ("p19wfp", 20963),
                  ("pow1", 21204), ("pow2", 21205), ("pow3", 21206), ("pow4", 21207),
                  ("pow5", 21208), ("c20uof", 21511), ("c20data", 21512),
                  ("p22coc", 22431), ("p22sup", 22432), ("p22ctl", 22433), ("p22fraud", 22438),
                  ("p22eq", 22451), ("p22wb", 22452), ("p22mh", 22470), ("p22da", 22483),
                  ("p23fraud", 24417), ("p23rasso", 24418), ("p23cl", 24419),
                  ("p23asb", 24420), ("p23cult", 24421), ("p23bgc", 24422)]:
    MREF[key] = base
assert len(MREF) == len(H) and len(set(MREF.values())) == len(H)
HBY = {h[0]: h for h in H}

# Notes the force liaison lead typed into the export after receiving it.
FLL_NOTES = {
    "legmrg": "our tracker has this as 2 lines (8542 + 8543)",
    "p23fraud": "same wording as 22438?? – ask SPOC",
    "pow4": "HO/NPCC rec – not ours",
    "fire2": "closed – tell FL unit",
}

# --------------------------------------------------------------------------------------------
# HMICFRS workbook
# --------------------------------------------------------------------------------------------
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def build_hmicfrs() -> dict[str, int]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    ws["A1"] = "HMICFRS Monitoring – Recommendations and areas for improvement"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (f"Force: {FORCE}    Extract run: 04/03/2024 08:47    "
                "Filter: Status = (All); Publication date >= 01/01/2014")
    ws["A3"] = ("Records migrated from the recommendations register (2014–2019) keep their "
                "register number in 'Register ID'. Monitoring references were issued on "
                "migration (June 2020).")
    head = ["Monitoring Ref", "Register ID", "Report title", "Publication date", "Type",
            "Recommendation / area for improvement", "Status", "Status date", "HMICFRS comment",
            "FLL notes"]
    for c, v in enumerate(head, 1):
        ws.cell(5, c, v).font = BOLD
    rows = sorted(H, key=lambda h: (h[2].lower(), MREF[h[0]]))
    where = {}
    r = 6
    for h in rows:
        key, reg, rep, pub, typ, text, st, sd, com = h
        vals = [MREF[key], reg, rep, pub, typ, text, st, sd, com or None, FLL_NOTES.get(key)]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        where[key] = r
        r += 1
    ws.cell(r + 1, 1, f"{len(rows)} record(s)")
    for col, w in zip("ABCDEFGHIJ", [11, 12, 40, 12, 16, 80, 15, 12, 40, 26]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.auto_filter.ref = f"A5:J{5 + len(rows)}"
    save(wb, CASE / "hmicfrs.xlsx")
    return where


# --------------------------------------------------------------------------------------------
# Force tracker rows: (hkey or None, category, why, ref, report, published, type, text, lead,
# RAG, update, date to JAC).  Texts are the force's own copies.
# --------------------------------------------------------------------------------------------
def abbr(t: str) -> str:
    for a, b in [(r"modern slavery and human trafficking", "MSHT"),
                 (r"stop and search", "S&S"), (r"Stop and search", "S&S"),
                 (r"chief constables", "CCs"), (r"College of Policing", "CoP"),
                 (r"body-worn video", "BWV"), (r"Home Office", "HO"),
                 (r"officers and staff", "officers & staff")]:
        t = re.sub(a, b, t)
    return t


def flat(t: str) -> str:
    return re.sub(r"\s*\n\s*", " ", t).replace("•", "- ").strip()


def F(key, hkey, cat, why, ref, rep, pub, typ, text, rag, update=None, jac=None):
    return dict(key=key, hkey=hkey, cat=cat, why=why, ref=ref, rep=rep, pub=pub, typ=typ,
                text=text, rag=rag, update=update, jac=jac)


CDI_FORCE = (
    "Within 6 months put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations; and\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped.")
MSHT_12 = ("Within twelve months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence and in "
           "order to safeguard victims better and to identify suspects as early as possible.")
SF_A = ("Within twelve months, forces should review their leadership and governance arrangements "
        "for modern slavery and human trafficking, to ensure that: (a) senior leaders prioritise "
        "the response to modern slavery and human trafficking;")
SF_B = ("(b) every incident of modern slavery identified to police is allocated appropriate "
        "resources with the skills, experience and capacity to investigate it effectively;")
SF_C = ("(c) forces develop effective partnership arrangements to co-ordinate activity in order "
        "to share information and safeguard victims; and")
SF_D = ("(d) performance and quality assurance measures are in place to allow senior leaders to "
        "assess the nature and quality of the service provided to victims.")

SAS13_1 = NAT["sas13"][2][1][1]
SAS13_2 = NAT["sas13"][2][2][1]


def t(k):
    return HBY[k][5]


FR = [
    # --- 2013: before the export's date filter
    F("sas13a", None, "not_on_hmicfrs_list",
      "Stop and search 2013 (published July 2013): the export is filtered to publication "
      "date >= 01/01/2014, so it cannot be on this list; query/close locally",
      None, "Stop & Search powers (HMIC 2013)", "Jul-13", "Nat Rec", SAS13_1, "Complete",
      "S&S monitoring dashboard live; reviewed at Legitimacy Board.", d(2016, 9, 14)),
    F("sas13b", None, "not_on_hmicfrs_list",
      "Stop and search 2013 item; not on the (2014 onwards) export", None,
      "Stop & Search powers (HMIC 2013)", "Jul-13", "Nat Rec", abbr(SAS13_2), "AMBER",
      "Community scrutiny panel terms of reference being refreshed with OPCC."),
    # --- Everyone's business
    F("every", "every", "in_sync", "register 2321; HMICFRS superseded (closed), force Complete",
      2321, "Domestic abuse - Everyone's business", "27/03/2014", "Nat Rec",
      EVERYONE_PLAN.replace("another force; and 20", "another force; and"), "Complete",
      "DA action plan published Sept 2014; superseded by VAWG delivery plan.", d(2015, 6, 10)),
    # --- Policing in austerity (2711, 2712 not tracked)
    F("aust1", "aust1", "in_sync", "register 2710; closed both sides", 2710,
      "Policing in Austerity 2014", "Jul-14", "Nat Rec", t("aust1"), "Complete",
      "Savings plan reviewed by COT.", d(2015, 3, 4)),
    F("aust4", "aust4", "closeable_local",
      "register 2713; HMICFRS Complete, force still AMBER", 2713,
      "Policing in Austerity 2014", "Jul-14", "Nat Rec", t("aust4"), "AMBER",
      "Collaboration review folded into the regional programme – awaiting regional board."),
    # --- Core business
    F("core1", "core1", "closeable_local",
      "register 4822; HMICFRS Superseded (closed), force AMBER", 4822, "Core Business 2014",
      "04/09/2014", "Nat Rec", t("core1"), "AMBER",
      "THRIVE criteria in contact centre being refreshed as part of contact management review."),
    F("core2", "core2", "in_sync", "register 4823 written as its monitoring ref; closed both",
      MREF["core2"], "Core Business 2014", "04/09/2014", "Nat Rec", t("core2"), "Complete",
      None, d(2016, 1, 20)),
    # --- Integrity matters
    F("integ", "integ", "in_sync", "'Reg 902' = register 902; closed both", "Reg 902",
      "Integrity Matters 2015", "Jan-15", "Nat Rec", t("integ"), "GREEN",
      "PSD dip sample of NFA outcomes completed; no disparity found.", d(2015, 11, 2)),
    # --- Stop and search 2
    F("sas15", "sas15", "closeable_submit",
      "register 5120; HMICFRS Being progressed, force GREEN", 5120,
      "Stop & search powers 2", "Mar-15", "Nat Rec", abbr(t("sas15")), "GREEN",
      "Scrutiny panel in place since 2016; minutes published on website. Ready to submit.",
      d(2023, 12, 7)),
    # --- Building the picture
    F("pict", "pict", "in_sync", "register 5388; closed both", 5388,
      "Information management (Building the Picture)", "Jul-15", "Nat Rec", t("pict"),
      "Complete", None, d(2016, 5, 11)),
    # --- Firearms (this block keyed by monitoring ref)
    F("fire1", "fire1", "in_sync", "monitoring ref; closed both", MREF["fire1"],
      "Firearms licensing 2015", "15/09/2015", "Nat Rec", t("fire1"), "Complete",
      None, d(2016, 2, 3)),
    F("fire2", "fire2", "closeable_local", "monitoring ref; HMICFRS Complete (Feb 2021), force AMBER",
      MREF["fire2"], "Firearms licensing 2015", "15/09/2015", "Nat Rec", t("fire2"), "AMBER",
      "Demand model for FL refreshed; backlog of renewals still above tolerance."),
    F("fire3", "fire3", "in_sync", "monitoring ref; open both", MREF["fire3"],
      "Firearms licensing 2015", "15/09/2015", "Nat Rec", t("fire3"), "AMBER",
      "Monthly audit of total expired records in place."),
    F("fire4", "fire4", "in_sync", "monitoring ref; closed both", MREF["fire4"],
      "Firearms licensing 2015", "15/09/2015", "Nat Rec", t("fire4"), "Complete",
      None, d(2016, 2, 3)),
    F("fire5", "fire5", "closeable_submit", "monitoring ref; HMICFRS Being progressed, force GREEN",
      MREF["fire5"], "Firearms licensing 2015", "15/09/2015", "Nat Rec", t("fire5"),
      "GREEN", "Storm markers for certificate holders live; dispatch SOP updated. Ready to submit.",
      d(2024, 1, 25)),
    # --- Stolen freedom (8402 split into four bullet rows)
    F("stol1a", "stol1", "closeable_submit",
      "register 8402 bullet (a); all four bullet rows GREEN, HMICFRS Being progressed",
      "8402 (a)", "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec", SF_A, "GREEN",
      "MSHT gold group chaired by ACC Crime.", d(2024, 1, 25)),
    F("stol1b", "stol1", "closeable_submit", "register 8402 bullet (b); see (a)", "8402 (b)",
      "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec", SF_B, "GREEN",
      "All MSHT crimes allocated to CID; reviewed weekly.", d(2024, 1, 25)),
    F("stol1c", "stol1", "closeable_submit", "register 8402 bullet (c); see (a)", "8402 (c)",
      "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec", SF_C, "GREEN",
      "Anti-slavery partnership in place with all local authorities.", d(2024, 1, 25)),
    F("stol1d", "stol1", "closeable_submit", "register 8402 bullet (d); see (a)", "8402 (d)",
      "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec", SF_D, "GREEN",
      "MSHT performance measures in monthly Force Performance pack.", d(2024, 1, 25)),
    F("stol2", "stol2", "conflict",
      "register 8403; force text says 'Within twelve months', HMICFRS 'Within six months' "
      "(timescale differs)", 8403, "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec", MSHT_12,
      "AMBER", "ISA with Border Force signed; local authority ISAs in draft."),
    F("stolL", None, "not_on_hmicfrs_list", "force's own local action (no HMICFRS item)",
      "Local", "Stolen Freedom (MSHT) 2017", None, "Local",
      "Local action: " + LOCAL_ACTIONS[5].format(t="modern slavery and human trafficking"),
      "Complete", "SPOCs appointed in all three LPAs.", d(2018, 9, 5)),
    F("stol3", "stol3", "in_sync", "register 8404; closed both", 8404,
      "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec", abbr(t("stol3")), "Complete",
      None, d(2019, 4, 17)),
    F("stol4", "stol4", "closeable_local", "register 8405; HMICFRS Complete, force AMBER", 8405,
      "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec", abbr(t("stol4")), "AMBER",
      "NRM referrals audited quarterly; DTN compliance 81%."),
    F("stol5", "stol5", "in_sync", "register 8406; open both", 8406,
      "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec", abbr(t("stol5")), "AMBER",
      "FCR audit of MSHT crimes scheduled Q1 24/25."),
    F("stol6", "stol6", "closeable_submit", "register 8407; HMICFRS Being progressed, force GREEN",
      8407, "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec", abbr(t("stol6")), "GREEN",
      "Ready to move to GREEN status.", d(2023, 12, 7)),
    F("stol7", "stol7", "in_sync", "register 8408; closed both", 8408,
      "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec", abbr(t("stol7")), "Complete",
      None, d(2019, 4, 17)),
    # --- Efficiency 2017 national (both refs in one cell)
    F("efc17", "efc17", "in_sync", "'8466 / <monitoring ref>' both refs agree; open both",
      f"8466 / {MREF['efc17']}", "PEEL Efficiency 17 (all forces)", "Nov-17", "Nat Rec",
      t("efc17"), "AMBER", "Digital strategy 2022-25 approved; delivery tracked by DDaT board."),
    # --- Legitimacy 2017 national (COC 8540 not tracked; 8542+8543 merged by HMICFRS)
    F("legmon", "legmon", "in_sync", "register 8541; open both", 8541, "PEEL Legit 17 S&S",
      "Dec-17", "Nat Rec", flat(abbr(t("legmon"))), "AMBER",
      "S&S disproportionality dashboard refreshed; drug-search analysis outstanding."),
    F("leg42", "legmrg", "closeable_submit",
      "register 8542 = first half of monitoring record with Register ID '8542; 8543'; both "
      "force lines GREEN, HMICFRS Being progressed", 8542, "PEEL Legit 17 S&S", "Dec-17",
      "Nat Rec", flat(DISPARITY), "GREEN", "Disparity research published Sept 2023.",
      d(2023, 12, 7)),
    F("leg43", "legmrg", "closeable_submit",
      "register 8543 = second half of the merged '8542; 8543' record; see 8542", 8543,
      "PEEL Legit 17 S&S", "Dec-17", "Nat Rec", PUBLISH, "GREEN",
      "Annual S&S report published on website each July.", d(2023, 12, 7)),
    F("legtrn", "legtrn", "in_sync", "register 8544; closed both", 8544, "PEEL Legit 17 S&S",
      "Dec-17", "Nat Rec", abbr(t("legtrn")), "Complete", None, d(2021, 6, 9)),
    # --- Police powers 2021 (no register ID; pow4 is for HO/NPCC, not tracked)
    F("pow1", "pow1", "in_sync", "no ref, matched on text/report; open both", None,
      "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec", abbr(t("pow1")), "AMBER",
      "Conflict management module added to OST from April 24."),
    F("pow2", "pow2", "closeable_submit", "no ref; HMICFRS Being progressed, force GREEN", None,
      "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec", abbr(t("pow2")), "GREEN",
      "BWV debrief in sergeants' CPD programme. Evidence pack with SPOC.", d(2024, 1, 25)),
    F("pow3", "pow3", "in_sync", "no ref; closed both", None, "Police powers spotlight (Feb 21)",
      "Feb-21", "Nat Rec", flat(abbr(t("pow3"))), "Complete", None, d(2023, 3, 8)),
    F("pow5", "pow5", "closeable_local", "no ref; HMICFRS Complete (June 2023), force AMBER",
      None, "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec", t("pow5"), "AMBER",
      "Use of force panel meets quarterly; reporting to be added to Legitimacy Board."),
    # --- PEEL effectiveness 2016
    F("e16coc", "e16coc", "in_sync", "register 6802; closed both", 6802,
      "PEEL Effectiveness 2016", "Mar-17", "CoC", t("e16coc"), "Complete", None, d(2018, 3, 1)),
    F("e16rec", "e16rec", "in_sync", "register 6803; closed both", 6803,
      "PEEL Effectiveness 2016", "Mar-17", "Rec",
      t("e16rec").replace("To address this cause of concern, HMIC recommends the force should "
                          "immediately take", "Immediately take"), "Complete",
      "DASH compliance 97% (audit Feb 18).", d(2018, 3, 1)),
    F("e16sup", "e16sup", "closeable_local",
      "register 6804; HMICFRS Superseded (closed), force AMBER", 6804,
      "PEEL Effectiveness 2016", "Mar-17", "AFI", t("e16sup"), "AMBER",
      "Investigation standards team dip-sampling monthly."),
    F("e16dig", "e16dig", "closeable_submit",
      "register 6805; HMICFRS Being progressed, force GREEN", 6805, "PEEL Effectiveness 2016",
      "Mar-17", "AFI", t("e16dig"), "GREEN",
      "Digital forensics backlog cleared; kiosks in all hubs. Evidence submitted to HMICFRS for closure.",
      d(2023, 10, 12)),
    F("e16rui", "e16rui", "in_sync", "register 6806; closed both", 6806,
      "PEEL Effectiveness 2016", "Mar-17", "AFI", t("e16rui"), "Complete", None,
      d(2020, 9, 16)),
    # --- CDI 2017
    F("cdirec", "cdirec", "conflict",
      "register 7740; force copy has only four of the five bullets (the 'online reports of "
      "crime are triaged' bullet is missing)", 7740, "CDI 2017", "Aug-17", "Rec", CDI_FORCE,
      "AMBER", "Crime recording improvement plan in place; FCR audits monthly."),
    F("cdiafi", "cdiafi", "in_sync", "register 7741; closed both", 7741, "CDI 2017", "Aug-17",
      "AFI", t("cdiafi"), "Complete", None, d(2018, 11, 14)),
    # --- NCPI 2018
    F("ncpi1", "ncpi1", "closeable_submit",
      "register 8790; HMICFRS Being progressed, force GREEN", 8790,
      "Child protection inspection 2018", "Jun-18", "Rec", t("ncpi1"), "GREEN",
      "Children in custody protocol signed with both LAs. Pending sign off by the chief officer lead.",
      d(2024, 1, 25)),
    F("ncpi2", "ncpi2", "in_sync", "register 8791; open both", 8791,
      "Child protection inspection 2018", "Jun-18", "Rec", flat(t("ncpi2")), "AMBER",
      "Missing/absent category retired in line with APP; CSE training 78% complete."),
    # --- PEEL legitimacy 2015 look-alike (not on list)
    F("leg15", None, "not_on_hmicfrs_list",
      "force row keyed to register 5936, PEEL Legitimacy 2015; no such record on the export. "
      "Same wording as the PEEL 2018/19 vetting AFI, but that AFI has its own force row with "
      "its monitoring ref", 5936, "PEEL Legitimacy 2015", "Feb-16", "AFI", VETTING,
      "Complete", "Vetting backlog cleared Oct 2017.", d(2017, 11, 8)),
    # --- PEEL 2018/19 (monitoring refs)
    F("p19vet", "p19vet", "in_sync", "monitoring ref; closed both", MREF["p19vet"],
      "PEEL 2018/19", "May-19", "AFI", VETTING, "Complete", None, d(2021, 1, 13)),
    F("p19risk", "p19risk", "closeable_local",
      "monitoring ref; HMICFRS Complete (Oct 2022), force AMBER", MREF["p19risk"],
      "PEEL 2018/19", "May-19", "AFI", t("p19risk"), "AMBER",
      "Risk management policy rewrite with JARAP."),
    F("p19wfp", "p19wfp", "in_sync", "monitoring ref; open both", MREF["p19wfp"],
      "PEEL 2018/19", "May-19", "AFI", t("p19wfp"), "RED",
      "Little work yet undertaken in this area. Unlikely to reach deadlines."),
    # --- Custody
    F("c20uof", "c20uof", "conflict",
      "monitoring ref matches the 2020 custody report, but force files it under 'Custody "
      "inspection 2018', published Aug-18 (HMICFRS: published 20/08/2020) – report/date differ",
      MREF["c20uof"], "Custody inspection 2018", "Aug-18", "Rec", t("c20uof"), "AMBER",
      "Custody use of force now recorded on Niche; monthly review by Ch Insp Custody."),
    F("c20data", "c20data", "in_sync", "monitoring ref; closed both", MREF["c20data"],
      "Custody inspection 2020", "Aug-20", "AFI", t("c20data"), "Complete", None,
      d(2021, 12, 1)),
    # --- PEEL 2021/22
    F("p22coc", "p22coc", "in_sync", "monitoring ref; open both", MREF["p22coc"],
      "PEEL 21/22", "May-22", "CoC", t("p22coc"), "AMBER",
      "Investigation standards improvement plan; monitored at Crime Standards Board."),
    F("p22sup", "p22sup", "closeable_submit",
      "monitoring ref; HMICFRS Being progressed, force GREEN", MREF["p22sup"], "PEEL 21/22",
      "May-22", "Rec", t("p22sup"), "GREEN",
      "Supervisory review compliance 92% for 3 consecutive months. Ready to submit.",
      d(2024, 1, 25)),
    F("p22ctl", "p22ctl", "conflict",
      "monitoring ref matches; HMICFRS type Recommendation, force records it as an AFI",
      MREF["p22ctl"], "PEEL 21/22", "May-22", "AFI", t("p22ctl"), "AMBER",
      "Control room uplift of 18 FTE; recruitment on track."),
    F("p22fraud", "p22fraud", "closeable_local",
      "ref 22438 = PEEL 2021/22 fraud AFI, HMICFRS Superseded (repeated in PEEL 2023-25 as "
      "24417); force still AMBER", MREF["p22fraud"], "PEEL 21/22", "May-22", "AFI", FRAUD,
      "AMBER", "Fraud problem profile commissioned."),
    F("p22L", None, "not_on_hmicfrs_list", "force's own local action", None, "PEEL 21/22",
      None, "Local", "Force action - " + LOCAL_ACTIONS[2].format(t="fraud"), "AMBER",
      "First dip sample Q4 23/24."),
    F("p22da", "p22da", "conflict",
      "force ref 22438 is a transposition of 22483 (22438 is the fraud AFI, which has its own "
      "row); text, report and type are the DA AFI – reference disagrees",
      MREF["p22fraud"], "PEEL 21/22", "May-22", "AFI", t("p22da").replace(
          "domestic abuse", "DA"), "GREEN",
      "Victim updates compliance audited – 94%.", d(2024, 1, 25)),
    F("p22mh", "p22mh", "in_sync", "no ref; matched on text; open both", None, "PEEL 21/22",
      "May-22", "AFI", t("p22mh"), "AMBER", "Right Care Right Person phase 1 live."),
    F("p22eq", "p22eq", "in_sync", "monitoring ref; closed both", MREF["p22eq"], "PEEL 21/22",
      "May-22", "AFI", t("p22eq"), "Complete", None, d(2023, 6, 7)),
    F("p22wb", "p22wb", "closeable_submit",
      "monitoring ref; HMICFRS Being progressed, force GREEN", MREF["p22wb"], "PEEL 21/22",
      "May-22", "AFI", t("p22wb"), "GREEN - pending sign off",
      "Confidential reporting line relaunched; comms plan complete.", d(2024, 2, 22)),
    # --- PEEL 2023-25 (24417 fraud repeat and 24420 ASB not tracked)
    F("p23rasso", "p23rasso", "in_sync", "ref 'tbc'; matched on text; open both", "tbc",
      "PEEL 23-25", "Nov-23", "AFI", t("p23rasso"), "AMBER", "Awaiting allocation."),
    F("p23L1", None, "not_on_hmicfrs_list", "force's own action from the JAC", None,
      "PEEL 23-25", None, "Local",
      "JAC action: " + LOCAL_ACTIONS[6].format(t="rape and serious sexual offences"), "AMBER",
      None),
    F("p23cl", "p23cl", "in_sync", "no ref; matched on text; open both", None, "PEEL 23-25",
      "Nov-23", "AFI", t("p23cl"), "RED", None),
    F("p23cult", "p23cult", "in_sync", "monitoring ref; open both", MREF["p23cult"],
      "PEEL 23-25", "Nov-23", "AFI", t("p23cult"), "AMBER",
      "Staff survey 2024 to include team culture questions."),
    F("p23bgc", "p23bgc", "closeable_submit",
      "monitoring ref; HMICFRS Awaiting review (open), force GREEN", MREF["p23bgc"],
      "PEEL 23-25", "Nov-23", "AFI", t("p23bgc"), "GREEN",
      "New pre-employment background checks process live January 2024.", d(2024, 2, 22)),
    F("p23L2", None, "not_on_hmicfrs_list", "force's own internal audit action", "Local",
      "PEEL 23-25", None, "Local",
      "Internal audit action: " + LOCAL_ACTIONS[8].format(t="counter-corruption"), "AMBER",
      "Fieldwork booked May 2024."),
]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Force Crime Registrar", "Head of Professional Standards", "Ch Supt Public Protection",
         "Director of People", "Head of Corporate Development", "Supt Contact Centre",
         "Ch Insp Custody", "Supt Firearms Licensing", "DCC"]

LEAD_BY_REPORT = {
    "Stop & Search powers (HMIC 2013)": ["ACC Local Policing"],
    "Domestic abuse - Everyone's business": ["Ch Supt Public Protection"],
    "Policing in Austerity 2014": ["Director of Finance", "Head of Corporate Development"],
    "Core Business 2014": ["Supt Contact Centre", "ACC Local Policing"],
    "Integrity Matters 2015": ["Head of Professional Standards"],
    "Stop & search powers 2": ["ACC Local Policing", "C/Supt Bell"],
    "Information management (Building the Picture)": ["Head of Information Management"],
    "Firearms licensing 2015": ["Supt Firearms Licensing"],
    "Stolen Freedom (MSHT) 2017": ["Det Ch Supt Force CID", "Head of Intelligence",
                                   "Force Crime Registrar"],
    "PEEL Efficiency 17 (all forces)": ["Head of Corporate Development"],
    "PEEL Legit 17 S&S": ["ACC Local Policing", "C/Supt Bell"],
    "Police powers spotlight (Feb 21)": ["ACC Local Policing", "Head of Learning & Development"],
    "PEEL Effectiveness 2016": ["ACC Crime", "Ch Supt Public Protection", "Det Ch Supt Force CID"],
    "CDI 2017": ["Force Crime Registrar"],
    "Child protection inspection 2018": ["Ch Supt Public Protection"],
    "PEEL Legitimacy 2015": ["Head of Professional Standards"],
    "PEEL 2018/19": ["Director of People", "Head of Corporate Development"],
    "Custody inspection 2018": ["Ch Insp Custody"],
    "Custody inspection 2020": ["Ch Insp Custody"],
    "PEEL 21/22": ["ACC Crime", "Det Ch Supt Force CID", "Supt Contact Centre",
                   "Director of People", "Ch Supt Public Protection"],
    "PEEL 23-25": ["ACC Crime", "Det Ch Supt Force CID", "Head of Professional Standards",
                   "Director of People"],
}

RAG_FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "Complete": "BFBFBF",
            "GREEN - pending sign off": "92D050"}


def build_tracker() -> dict[str, int]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Strategic Planning & Inspection Unit. Last updated 26/02/2024 (KB). "
                "HMIC Ref: 3-4 digit numbers are the old HMIC register number, 5 digit numbers "
                "the HMICFRS monitoring ref.")
    head = ["No.", "HMIC Ref", "Report", "Published", "Rec/AFI", "Recommendation / AFI",
            "Lead", "RAG", "Latest update", "Date to JAC for closure"]
    for c, v in enumerate(head, 1):
        ws.cell(4, c, v).font = BOLD
    where = {}
    r = 5
    for i, fr in enumerate(FR, 1):
        lead = rng.choice(LEAD_BY_REPORT[fr["rep"]])
        vals = [i, fr["ref"], fr["rep"], fr["pub"], fr["typ"], fr["text"], lead, fr["rag"],
                fr["update"], fr["jac"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        fill = RAG_FILL.get(fr["rag"])
        if fill:
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=fill)
        where[fr["key"]] = r
        r += 1
    for col, w in zip("ABCDEFGHIJ", [5, 12, 30, 10, 8, 80, 24, 14, 50, 13]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for j, (a, b) in enumerate([
        ("RED", "Little or no progress / beyond deadline"),
        ("AMBER", "Work ongoing"),
        ("GREEN", "Implemented – evidence held, to be submitted to HMICFRS for closure"),
        ("GREEN - pending sign off", "Implemented – awaiting chief officer sign off"),
        ("Complete", "Closed by the force (grey)"),
        ("Local", "Force's own action – not an HMICFRS item")], 2):
        key.cell(j, 1, a)
        key.cell(j, 2, b)
    key.column_dimensions["A"].width = 26
    key.column_dimensions["B"].width = 70
    save(wb, CASE / "tracker.xlsx")
    return where


# --------------------------------------------------------------------------------------------
def save(wb: Workbook, path: Path) -> None:
    """Save with fixed document times and fixed zip entry times (byte-for-byte rebuilds)."""
    fixed = datetime(2024, 3, 4, 9, 0, 0)
    wb.properties.creator = "HMICFRS" if path.name.startswith("hmicfrs") else "KB"
    wb.properties.created = fixed
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-03-04T09:00:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    hw = build_hmicfrs()
    fw = build_tracker()
    lines = []
    used = set()
    for fr in FR:
        hr = f"Recommendations!{hw[fr['hkey']]}" if fr["hkey"] else ""
        used.add(fr["hkey"])
        lines.append((hr, f"Tracker!{fw[fr['key']]}", fr["cat"], fr["why"]))
    missing_why = {
        "aust2": "register 2711 (closed by HMICFRS); no tracker row",
        "aust3": "register 2712 (closed by HMICFRS); no tracker row",
        "legcoc": "national cause of concern 8540; the tracker holds only the recommendations",
        "pow4": "directed at the Home Office and NPCC; the force never tracked it",
        "p23fraud": "PEEL 2023-25 repeat of the fraud AFI (24417); the only tracker fraud row is "
                    "the PEEL 21/22 one with ref 22438",
        "p23asb": "PEEL 2023-25 ASB recording AFI (24420); no tracker row",
    }
    for h in H:
        if h[0] not in used:
            lines.append((f"Recommendations!{hw[h[0]]}", "", "missing_from_force",
                          missing_why[h[0]]))
    assert set(missing_why) == {h[0] for h in H} - used

    def sk(x):
        return (int(x[0].split("!")[1]) if x[0] else 10_000,
                int(x[1].split("!")[1]) if x[1] else 0)
    lines.sort(key=sk)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (CASE / "truth.csv").write_text(out.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
