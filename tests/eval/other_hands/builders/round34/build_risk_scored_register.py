"""Build the evaluation case `risk_scored_register` (round 34).

A force (Cheshire Constabulary, used only as a name) keeps its HMICFRS recommendations and
areas for improvement inside its corporate RISK register workbook, run by the risk team:
one sheet "Risk & Assurance Register" with a two-row title block, a header row, one row per
risk (scored Likelihood x Impact, Inherent / Residual RAG = risk level, not progress), a few
plain corporate risks, a few HMICFRS items tracked twice (inherent row + re-scored row), and
a score-band legend below the table.

The HMICFRS side is a register export in CSV (UTF-8 with BOM), one record per item.

Texts: HMICFRS wording is copied from the public texts in
/work/shared/data/real_recommendations.csv and the casegen text lists (Open Government
Licence). The force's own wording, mitigations and notes are written here.

Run:  /work/main/.venv/bin/python build_risk_scored_register.py
Rebuilds risk_scored_register/ byte for byte (fixed seed, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

SEED = 3417
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "risk_scored_register"
SHEET = "Risk & Assurance Register"
HM_FILE = "hmicfrs.csv"
FORCE = "Cheshire Constabulary"
EXPORT_DATE = dt.date(2023, 11, 6)

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --------------------------------------------------------------------------------------
# Reports on the HMICFRS list: key -> (title, published, first register id)
# --------------------------------------------------------------------------------------
REPORTS = {
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), 8390),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12), 8541),
    "ncpi": ("National child protection inspection 2018 – Cheshire Constabulary",
             dt.date(2018, 7, 12), 9102),
    "cdi": ("Crime data integrity inspection 2019 – Cheshire Constabulary",
            dt.date(2019, 9, 26), 10233),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), 11873),
    "peel": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cheshire "
             "Constabulary", dt.date(2022, 6, 17), 12641),
}
# The force register's short names for the reports (its "Source" column).
SOURCE = {
    "stolen": "Stolen Freedom 17",
    "leg17": "PEEL Legit 17",
    "ncpi": "NCPI 2018",
    "cdi": "CDI 2019",
    "powers": "Police powers spotlight (Feb 21)",
    "peel": "PEEL 21/22",
}

# --------------------------------------------------------------------------------------
# Real HMICFRS texts (copied; see module docstring)
# --------------------------------------------------------------------------------------
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims."
)
SF_ISA = ("Within six months, forces should have in place active information-sharing "
          "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
          "and in order to safeguard victims better and to identify suspects as early as "
          "possible")
SF_S45 = ("Immediately, forces should ensure that all victims carrying out criminal acts "
          "under compulsion attributable to slavery or exploitation are afforded the "
          "protection of early and continuing consideration of the applicability of the "
          "section 45 defence.")
SF_NRM = ("Immediately, forces should take steps to ensure they are fully compliant with "
          "the NRM process as it evolves and are implementing the requirement placed upon "
          "them under the Modern Slavery Act 2015 to notify the Home Office of any "
          "individual suspected to be an adult victim of modern slavery or human "
          "trafficking.")
SF_NCRS = ("Immediately, forces should take steps to ensure they fully comply with national "
           "crime recording standard (NCRS) requirements for offences identified as modern "
           "slavery and human trafficking and that sufficient audit capacity is available "
           "to the force crime registrar to provide reassurance that each force is "
           "identifying and managing any gaps in its crime-recording accuracy for these "
           "types of offences.")
SF_INVEST = ("Immediately, forces should ensure that allegations or indications of modern "
             "slavery and human trafficking are thoroughly investigated and effectively "
             "supervised by teams and individuals with the skills and experience to undertake "
             "them (this should include the use where appropriate of joint intelligence teams "
             "and other means to obtain intelligence and evidence from agencies overseas).")
SF_PREVENT = ("Immediately, forces should review their use of preventative powers under the "
              "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
              "of those deemed to pose a clear threat to others in respect of modern slavery "
              "and human trafficking offences are exploited.")

LEG_COC = ("HMICFRS is concerned that forces are not able to demonstrate that the use of "
           "stop and search powers is consistently reasonable and fair. In particular, "
           "there is over-representation of BAME people, and black people in particular, "
           "in stop and search data which many forces are unable to explain.")
LEG_MONITOR = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities."
)
LEG_DISPARITY = ("Where forces identify disparities through monitoring, they should demonstrate "
                 "to the public that they have:\n"
                 "•carried out research and analysis in an attempt to understand the reasons "
                 "for the disparity, and •taken action to reduce the disparity, where "
                 "necessary;")
LEG_PUBLISH = ("We expect forces to publish this analysis and any actions taken at least on an "
               "annual basis, from July 2018.")
LEG_TRAINING = ("By July 2018, and ongoing following that date, forces should ensure that all "
                "officers who use stop and search powers have been provided with, and "
                "understand, training on unconscious bias and College of Policing APP on stop "
                "and search.")

PW_COMMS = ("By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict "
            "management and de-escalation.")
PW_CPD = ("By July 2021, forces should ensure that communication skills are reinforced as "
          "part of the programme of continuing professional development for officers and "
          "staff, and that supervisors are supported to routinely and frequently debrief "
          "officers on these skills using body-worn video footage.")
BWV_1 = ("By September 2021, forces should: ensure that officers record on body-worn video "
         "(when this is available) the entirety of all stop and search encounters, including "
         "traffic stops and use of force incidents.")
BWV_2 = ("have a structured process for regularly reviewing and monitoring internally a "
         "sufficient sample of body-worn video footage to identify and disseminate learning "
         "and hold officers to account when behaviour falls below acceptable standards.")
BWV_3 = ("provide external scrutiny panel members with access to samples of body-worn video "
         "footage showing stop and search encounters and use of force incidents, taking "
         "account of the safeguards in the College of Policing’s Authorised Professional "
         "Practice.")
PW_BWV = BWV_1 + "\n" + BWV_2 + "\n" + BWV_3
PW_HO = ("The Home Office and the NPCC should take steps to ensure that the quality of the "
         "data collected on the number of incidents where force has been used to effect a "
         "stop and search is sufficient for publication. The Home Office should publish "
         "this data as soon as possible.")
PW_UOF = ("By July 2021, forces should ensure they have effective internal monitoring "
          "processes on the use of force, to help them to identify and understand "
          "disproportionate use, explain the reasons and implement any necessary "
          "improvement action.")

NC_COC = ("The force’s response to missing and absent children is a cause of concern to HMIC. "
          "HMIC found that the assessment of risk for children who go missing from home was "
          "inappropriate in some cases. We found some instances where children were classed "
          "as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for "
          "missing children were sometimes incorrectly assessed at a lower grade. Children "
          "were incorrectly graded at a lower level and could have been exposed to an "
          "increased risk of harm.")
NC_DETENTION = (
    "Within six months Cheshire Constabulary should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it should:"
    "• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most "
    "appropriate option for the child;• ensure that custody staff make a record of all "
    "actions taken and decisions made on the relevant documentation; and• improve the "
    "timeliness of adequate appropriate adult support for children who are arrested."
)
NC_MISSING = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
NC_PARTNERS = ("Within three months, the force should improve how it works with partner "
               "organisations to safeguard people at risk from child sexual exploitation.")
NC_TRAINING = ("Within six months the force should make sure officers and staff have the "
               "training they need to identify and respond to child sexual exploitation.")
NC_INTEL = ("Within six months the force should improve how it gathers, assesses and acts on "
            "intelligence about child sexual exploitation.")

CDI_B = [
    "• at the point of report, victims are believed;",
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;",
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.",
]
CDI_VICTIMS = ("Within six months the force should put in place arrangements to ensure that:\n"
               + "\n".join(CDI_B))
# The force's copy: bullet 4 (medical examinations / video interviews) is missing.
CDI_VICTIMS_FORCE = ("Within six months the force should put in place arrangements to ensure "
                     "that:\n" + "\n".join([CDI_B[0], CDI_B[1],
                                            CDI_B[2].rstrip(";") + "; and", CDI_B[4]]))
CDI_NCRS = ("Within three months, the force should take steps to ensure it fully complies "
            "with national crime recording standard (NCRS) requirements for offences "
            "identified as modern slavery and human trafficking.")
CDI_THR = ("Immediately, the force should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.")
CDI_HATE = "The force should make sure it records reports of hate crime accurately and without delay."
CDI_FRAUD = "The force should make sure it records reports of fraud accurately and without delay."
CDI_CAUTIONS = (
    "The force should revise its approach to cautions, cannabis warning and penalty notices "
    "for disorder to ensure that there is a clear and auditable explanation to the offender "
    "of the implications of receiving the warning and that, for victim-based crimes, there is "
    "a clear and auditable record that views of the victim are considered prior to their "
    "issue."
)

PEEL_COC = ("The force does not have the capacity or capability to investigate crime "
            "effectively and this is affecting the service being provided to the public. There "
            "are failings in the way that crimes are being investigated.")
PEEL_SUPERVISION = ("Within six months the force should ensure regular and active supervision "
                    "of the quality and progress of investigations. This supervision should be "
                    "properly recorded.")
PEEL_DIGITAL = ("Within six months the force should improve its ability to retrieve digital "
                "evidence from mobile phones, computers and other electronic devices quickly "
                "enough to ensure investigations are not delayed.")
PEEL_RUI = ("Within six months the force should improve its understanding of suspects released "
            "under investigation and the management of those released on bail.")
PEEL_DEMAND = ("The force should undertake further work to gain a fuller understanding of "
               "current demand for its services, and likely future changes in demand. This is "
               "so it can make best use of its resources by matching them to demand to meet "
               "the needs of the public.")
PEEL_WORKFORCE = ("The force should develop a future workforce plan that is aligned with its "
                  "overall demand and budget. The plan should include future resource "
                  "allocations, the mix of skills required by the workforce and behaviours "
                  "expected of them.")
PEEL_VETTING = ("The force should ensure all staff have received at least the lowest level of "
                "vetting clearance for their roles as quickly as possible, working to clear "
                "both the vetting backlog and new vetting renewals when they become due so "
                "that it complies fully with the national vetting guidelines.")
PEEL_WHISTLE = ("The force should make sure it provides a confidential way for staff to raise "
                "concerns and that staff are aware of whistleblowing processes.")
PEEL_EDI = ("The force should review how it gathers and uses equality and diversity data to "
            "improve its understanding of its workforce demographics.")
PEEL_SUCCESSION = ("The force should specify in succession plans how it intends to improve "
                   "diversity across all levels of the force. This should include offering "
                   "increased direct-entry opportunities.")
PEEL_CRS = ("The force should improve its use of its crime-recording and management system to "
            "better manage its case files and investigative processes.")
PEEL_CONTROL = ("The force should ensure that it has sufficient resources available in the "
                "control room to fulfil its resourcing model, and so to meet its demand, while "
                "also taking into account the wellbeing of its workforce.")
PEEL_DASH = ("The force should take steps to ensure that there is effective supervision of the "
             "initial risk assessment process, specifically in relation to the completion of "
             "DASH risk assessment in appropriate cases.")
PEEL_CONSULT = ("The force should improve its arrangements both to consult with the public "
                "about business planning and to feed back on changes made to service delivery "
                "as a result of such consultation.")
PEEL_CULTURE = ("The force should put plans in place to monitor, including through the "
                "gathering and analysis of staff feedback, team cultures and provide prompt "
                "remedial action for any issues it identifies.")
PEEL_COUNTY = ("The force should improve its understanding of the nature and scale of county "
               "lines drug dealing in its area.")
PEEL_RASSO = ("The force should make sure investigations of rape and serious sexual offences "
              "are allocated to officers with the right skills and are effectively supervised.")
PEEL_VULN = ("The force should improve how it works with partner organisations to safeguard "
             "vulnerable adults.")
PEEL_STALK = ("The force should make sure victims of stalking and harassment are kept informed "
              "about the progress of their case, in line with the Code of Practice for Victims "
              "of Crime.")
PEEL_MH = ("The force should improve the timeliness of its response to calls for service "
           "involving people with mental ill health.")
PEEL_DA = ("The force should make sure it consistently uses ancillary orders and other powers "
           "to protect victims of domestic abuse.")
PEEL_SOC = ("The force should improve how it gathers, assesses and acts on intelligence about "
            "serious and organised crime.")
PEEL_OCSA = ("The force should make sure it has enough specialist capacity and capability to "
             "investigate online child sexual abuse.")
PEEL_ASB = ("The force should develop a problem-solving approach to anti-social behaviour, "
            "working with local communities and partners.")
PEEL_HBA = ("The force should make sure officers and staff have the training they need to "
            "identify and respond to honour-based abuse.")
PEEL_VAWG = ("The force should make sure its performance framework gives senior leaders a clear "
             "picture of its response to violence against women and girls.")

# Old items the force still carries but that are not on the HMICFRS list.
OLD_FIREARMS = ("Within three months, all chief constables should assess the demand placed on "
                "their firearms licensing department and ensure it has the capacity to meet "
                "this demand and provide an efficient and effective service at all times.")
OLD_INTEGRITY = ("By 31 August 2015, all chief constables should satisfy themselves that they "
                 "have processes in place to ensure that investigations into misconduct by "
                 "officers and staff resulting in “no further action” are fair and free of any "
                 "form of discrimination.")

# --------------------------------------------------------------------------------------
# The HMICFRS items, in register order within each report:
# (key, report, type, text, HMICFRS status, status date)
# --------------------------------------------------------------------------------------
D = dt.date
ITEMS = [
    ("S1", "stolen", NAT, SF_LEADERSHIP, "Being progressed", D(2023, 3, 14)),
    ("S2", "stolen", NAT, SF_ISA, "Complete", D(2019, 2, 6)),
    ("S3", "stolen", NAT, SF_S45, "Complete", D(2018, 11, 20)),
    ("S4", "stolen", NAT, SF_NRM, "Superseded", D(2020, 1, 9)),
    ("S5", "stolen", NAT, SF_NCRS, "Complete", D(2019, 6, 3)),
    ("S6", "stolen", NAT, SF_INVEST, "Being progressed", D(2022, 10, 4)),
    ("S7", "stolen", NAT, SF_PREVENT, "Complete", D(2019, 6, 3)),
    ("L1", "leg17", COC, LEG_COC, "Being progressed", D(2021, 4, 22)),
    ("L2", "leg17", NAT, LEG_MONITOR, "Complete", D(2019, 8, 30)),
    ("L3", "leg17", NAT, LEG_DISPARITY, "Being progressed", D(2021, 4, 22)),
    ("L4", "leg17", NAT, LEG_PUBLISH, "Complete", D(2020, 7, 15)),
    ("L5", "leg17", NAT, LEG_TRAINING, "No further action required", D(2021, 4, 22)),
    ("N0", "ncpi", COC, NC_COC, "Complete", D(2020, 2, 11)),
    ("N1", "ncpi", REC, NC_DETENTION, "Being progressed", D(2022, 5, 19)),
    ("N2", "ncpi", REC, NC_MISSING, "Complete", D(2020, 2, 11)),
    ("N3", "ncpi", REC, NC_PARTNERS, "Superseded", D(2022, 6, 17)),
    ("N4", "ncpi", REC, NC_TRAINING, "Complete", D(2019, 9, 2)),
    ("N5", "ncpi", REC, NC_INTEL, "Being progressed", D(2022, 5, 19)),
    ("C1", "cdi", REC, CDI_VICTIMS, "Being progressed", D(2023, 1, 30)),
    ("C2", "cdi", REC, CDI_NCRS, "Complete", D(2020, 3, 2)),
    ("C3", "cdi", REC, CDI_THR, "Being progressed", D(2022, 11, 8)),
    ("C4", "cdi", AFI, CDI_HATE, "Complete", D(2021, 12, 1)),
    ("C5", "cdi", AFI, CDI_FRAUD, "Awaiting review", D(2019, 9, 26)),
    ("C6", "cdi", AFI, CDI_CAUTIONS, "Being progressed", D(2022, 11, 8)),
    ("W1", "powers", NAT, PW_COMMS, "Awaiting review", D(2021, 2, 26)),
    ("W2", "powers", NAT, PW_CPD, "Being progressed", D(2022, 9, 12)),
    ("W3", "powers", NAT, PW_BWV, "Awaiting review", D(2021, 2, 26)),
    ("W4", "powers", NAT, PW_HO, "No further action required", D(2021, 3, 31)),
    ("W5", "powers", NAT, PW_UOF, "Being progressed", D(2022, 9, 12)),
    ("P1", "peel", COC, PEEL_COC, "Being progressed", D(2023, 5, 25)),
    ("P2", "peel", REC, PEEL_SUPERVISION, "Being progressed", D(2023, 5, 25)),
    ("P3", "peel", REC, PEEL_DIGITAL, "Being progressed", D(2023, 5, 25)),
    ("P4", "peel", REC, PEEL_RUI, "Awaiting review", D(2022, 6, 17)),
    ("P5", "peel", AFI, PEEL_DEMAND, "Being progressed", D(2023, 2, 7)),
    ("P6", "peel", AFI, PEEL_WORKFORCE, "Complete", D(2023, 7, 18)),
    ("P7", "peel", AFI, PEEL_VETTING, "Being progressed", D(2023, 2, 7)),
    ("P8", "peel", AFI, PEEL_WHISTLE, "Awaiting review", D(2022, 6, 17)),
    ("P9", "peel", AFI, PEEL_EDI, "Being progressed", D(2023, 2, 7)),
    ("P10", "peel", AFI, PEEL_SUCCESSION, "Being progressed", D(2023, 2, 7)),
    ("P11", "peel", AFI, PEEL_CRS, "Being progressed", D(2023, 2, 7)),
    ("P12", "peel", AFI, PEEL_CONTROL, "Being progressed", D(2023, 5, 25)),
    ("P13", "peel", AFI, PEEL_DASH, "Complete", D(2023, 7, 18)),
    ("P14", "peel", AFI, PEEL_CONSULT, "Awaiting review", D(2022, 6, 17)),
    ("P15", "peel", AFI, PEEL_CULTURE, "Being progressed", D(2023, 2, 7)),
    ("P16", "peel", AFI, PEEL_COUNTY, "Being progressed", D(2023, 2, 7)),
    ("P17", "peel", AFI, PEEL_RASSO, "Complete", D(2023, 7, 18)),
    ("P18", "peel", AFI, PEEL_VULN, "Being progressed", D(2023, 2, 7)),
    ("P19", "peel", AFI, PEEL_STALK, "Being progressed", D(2023, 2, 7)),
    ("P20", "peel", AFI, PEEL_MH, "Awaiting review", D(2022, 6, 17)),
    ("P21", "peel", AFI, PEEL_DA, "Being progressed", D(2023, 5, 25)),
    ("P22", "peel", AFI, PEEL_SOC, "Complete", D(2023, 7, 18)),
    ("P23", "peel", AFI, PEEL_OCSA, "Being progressed", D(2023, 2, 7)),
    ("P24", "peel", AFI, PEEL_ASB, "Superseded", D(2023, 9, 29)),
    ("P25", "peel", AFI, PEEL_HBA, "Being progressed", D(2023, 5, 25)),
    ("P26", "peel", AFI, PEEL_VAWG, "Awaiting review", D(2022, 6, 17)),
]
ITEM = {k: dict(key=k, report=r, type=t, text=x, status=s, sdate=d) for k, r, t, x, s, d in ITEMS}
HM_CLOSED = {"Complete", "Superseded", "No further action required"}

# Register ids: consecutive within a report, starting at the report's first id.
_count: dict[str, int] = {}
for k, r, *_ in ITEMS:
    ITEM[k]["id"] = REPORTS[r][2] + _count.get(r, 0)
    _count[r] = _count.get(r, 0) + 1

FORCE_DONE = {"Complete", "Closed - mitigated", "Tolerated"}
FORCE_OPEN = {"Open", "In progress"}

# --------------------------------------------------------------------------------------
# The force's register rows, in sheet order. Each: dict with
#  rid, source, ref (None / int / str), desc, cc (cause/consequence), status, item (key or
#  None), plus optional overrides: L, I, resid, formula, updated, review, risk_owner,
#  action_owner, mit, cat (for non-items), why.
# --------------------------------------------------------------------------------------
OPEN_MIT = [
    "Task & Finish group set up; implementation plan and policy rewrite under way. Next "
    "update to Force Risk Board.",
    "Work undertaken in area but still requires development to complete.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Action plan agreed at Force Performance Board. Milestones 2 and 3 outstanding.",
    "Dip-sampling in place; results mixed. Further training scheduled for Q4.",
    "Lead allocated; scoping document with chief officer lead for sign off.",
    "Addressed holistically as part of the force change programme.",
    "Interim arrangements in place; permanent solution depends on budget bid for 2024/25.",
]
DONE_MIT = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy signed off and in place; compliance audit by Force Crime Registrar showed 94%.",
    "All actions delivered. Evidence pack held on SharePoint (HMICFRS folder).",
    "Implemented; business as usual monitoring through the Force Performance Board.",
    "Training delivered to all relevant staff; new process embedded and dip-sampled.",
    "Already complete / believed to be complete within short time scale (and within "
    "deadline).",
]
RISK_OWNERS = ["DCC", "ACC Crime", "ACC Local Policing", "Director of People",
               "Director of Finance", "Head of Corporate Development"]
ACTION_OWNERS = ["Det Ch Supt Force CID", "C/Supt Bell", "Head of Intelligence",
                 "Head of Criminal Justice", "Force Crime Registrar",
                 "Head of Professional Standards", "Ch Supt Public Protection",
                 "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
                 "Head of Information Management", "Supt Firearms Licensing",
                 "Insp Stop & Search lead", "T/Supt Digital Forensics"]

ROWS: list[dict] = []


def add(**kw):
    ROWS.append(kw)


def blank():
    ROWS.append({"blank": True})


# --- Plain corporate risks (not HMICFRS items) ---------------------------------------
add(rid="RR-0104", source="Corporate", ref=None, item=None, cat="corp",
    desc="Failure of the command and control system (STORM) resulting in an inability to "
         "receive, log and dispatch emergency and non-emergency calls",
    cc="Cause: ageing hardware, single data centre. Consequence: delayed response to the "
       "public, risk of harm, reputational damage.",
    L=2, I=5, status="In progress", risk_owner="DCC", action_owner="Head of ICT",
    mit="Second data centre fail-over tested Jun 23; paper-based contingency refreshed. "
        "Replacement system business case with OPCC.")
add(rid="RR-0109", source="Corporate", ref="N/A", item=None, cat="corp",
    desc="Cyber attack (e.g. ransomware) compromising force networks, systems and data",
    cc="Cause: external threat actors, phishing. Consequence: loss of systems, data breach, "
       "ICO action.",
    L=4, I=5, status="Open", risk_owner="DCC", action_owner="Head of Information Security",
    mit="NCSC Cyber Essentials Plus renewal in progress; phishing simulation quarterly.")
add(rid="RR-0117", source="Corporate", ref=None, item=None, cat="corp",
    desc="Insufficient revenue funding to deliver the Medium Term Financial Plan "
         "2024/25 - 2027/28 savings requirement",
    cc="Cause: pay award and inflation above settlement. Consequence: unplanned cuts to "
       "services.",
    L=4, I=4, status="In progress", risk_owner="Director of Finance",
    action_owner="Head of Finance",
    mit="Savings programme (£6.2m) agreed with PCC; quarterly budget monitoring to JAC.")
add(rid="RR-0121", source="Strategic", ref=None, item=None, cat="corp",
    desc="Delay to the national Emergency Services Network programme; Airwave contract "
         "extended beyond 2026",
    cc="Cause: national programme slippage. Consequence: dual running costs, ageing devices.",
    L=5, I=2, status="Tolerated", risk_owner="Director of Finance",
    action_owner="Head of ICT",
    mit="Outside force control. Tolerated by Force Risk Board 09/03/2023; reviewed annually.")
add(rid="RR-0133", source="Corporate", ref="N/A", item=None, cat="corp",
    desc="Failure to maintain officer headcount at the Police Uplift Programme target",
    cc="Cause: attrition in first two years of service. Consequence: loss of ring-fenced "
       "grant.",
    L=1, I=4, status="Closed - mitigated", risk_owner="Director of People",
    action_owner="Head of Recruitment",
    mit="Target met at March 2023 census; retention plan embedded. Closed at Force Risk Board.")
add(rid="RR-0140", source="Corporate", ref=None, item=None, cat="corp",
    desc="Shortage of PIP2 accredited detectives leading to investigations held by "
         "non-accredited staff and delayed allocation",
    cc="Cause: national detective shortage, attrition. Consequence: poorer investigative "
       "outcomes for victims.",
    L=4, I=4, status="In progress", risk_owner="ACC Crime",
    action_owner="Det Ch Supt Force CID",
    mit="Detective Constable direct entry cohorts 3 and 4; NIE exam support sessions.")
add(rid="RR-0152", source="Corporate", ref=None, item=None, cat="corp",
    desc="Failure to comply with data protection legislation - backlog of subject access "
         "requests beyond the statutory one month",
    cc="Cause: demand increase, vacancies in Disclosure Unit. Consequence: ICO reprimand.",
    L=3, I=3, status="Open", risk_owner="DCC", action_owner="Head of Information Management",
    mit="Agency staff approved to Mar 24; weekly backlog report to DCC.")

# --- Old HMICFRS items the force still carries (no longer on the HMICFRS list) -------
add(rid="RR-0206", source="Firearms Lic 2015", ref=6412, item=None, cat="old",
    desc=OLD_FIREARMS,
    cc="Cause: backlog of renewals. Consequence: certificate holders in unlawful possession.",
    L=3, I=4, status="In progress", risk_owner="ACC Local Policing",
    action_owner="Supt Firearms Licensing",
    mit="Demand model refreshed annually; 2 additional enquiry officers approved 2023.",
    updated=D(2023, 4, 3))
add(rid="RR-0209", source="Integrity Matters 2015", ref=None, item=None, cat="old",
    desc=OLD_INTEGRITY,
    cc="Cause: disproportionality in misconduct outcomes. Consequence: loss of staff trust.",
    L=2, I=3, status="Complete", risk_owner="DCC",
    action_owner="Head of Professional Standards",
    mit="Annual PSD disproportionality review to People Board. Complete.",
    updated=D(2021, 6, 28))

# --- Stolen freedom 2017 ---------------------------------------------------------------
SF_STEM = "MSHT leadership & governance review (Stolen Freedom rec 1) - "
for sfx, txt, st, ref in [
    ("a", "senior leaders prioritise the response to modern slavery and human trafficking",
     "Complete", 8390),
    ("b", "every incident of MSHT identified to police is allocated appropriate resources with "
          "the skills, experience and capacity to investigate it effectively", "Complete", None),
    ("c", "develop effective partnership arrangements to co-ordinate activity in order to "
          "share information and safeguard victims", "Complete", 8390),
    ("d", "performance and QA measures in place to allow senior leaders to assess the nature "
          "and quality of the service provided to victims", "In progress", None),
]:
    add(rid=f"RR-0311{sfx}", source=SOURCE["stolen"], ref=ref, item="S1", split=True,
        desc=SF_STEM + txt,
        cc="Cause: MSHT not prioritised. Consequence: victims not identified or safeguarded.",
        status=st,
        mit=("Bullet 4 outstanding: MSHT performance dashboard in build (Power BI), due Q4."
             if sfx == "d" else "Delivered via MSHT Gold group; evidence held."))
add(rid="RR-0312", source=SOURCE["stolen"], ref=8391, item="S2", desc=(
    "Within twelve months, forces should have in place active information-sharing agreements "
    "with other agencies to facilitate speedy exchange of intelligence and in order to "
    "safeguard victims better and to identify suspects as early as possible."),
    cc="Cause: no ISA with partners. Consequence: intelligence not shared.",
    status="Complete", mit="ISA signed with the four local authorities and Border Force.")
add(rid="RR-0314", source=SOURCE["stolen"], ref=8393, item="S4", desc=SF_NRM,
    cc="Cause: NRM referrals not consistently made. Consequence: victims not supported.",
    status="In progress", updated=D(2019, 11, 4),
    mit="NRM referrals now via Modern Slavery Unit; duty to notify guidance on intranet.")
add(rid="RR-0315", source=SOURCE["stolen"], ref=None, item="S5", desc=(
    "Ensure compliance with NCRS for MSHT offences; sufficient audit capacity for the FCR to "
    "provide reassurance on crime-recording accuracy"),
    cc="Cause: MSHT crimes under-recorded. Consequence: victims unidentified.",
    status="Complete")
add(rid="RR-0316", source=SOURCE["stolen"], ref="8395", item="S6", desc=SF_INVEST,
    cc="Cause: MSHT investigated by untrained staff. Consequence: failed prosecutions.",
    status="Closed - mitigated",
    mit="All MSHT investigations now allocated to the Modern Slavery Unit; JIT with "
        "Romanian police used twice in 2023.")
add(rid="RR-0317", source=SOURCE["stolen"], ref=None, item="S7", desc=(
    "Review use of preventative powers under the Modern Slavery Act 2015 (slavery and "
    "trafficking prevention and risk orders)"),
    cc="Cause: orders rarely sought. Consequence: offenders not restricted.",
    status="Complete")

# --- PEEL legitimacy 2017 (national) ------------------------------------------------
add(rid="RR-0322", source=SOURCE["leg17"], ref=None, item="L2", desc=(
    "S&S - regularly and frequently monitor a comprehensive set of data on use of stop and "
    "search (disproportionality by ethnic group, find rates, possession-only drug searches) "
    "- by July 2018"),
    cc="Cause: limited S&S data analysis. Consequence: loss of community confidence.",
    status="Complete")
add(rid="RR-0323", source=SOURCE["leg17"], ref=8543, item="L3", desc=LEG_DISPARITY,
    cc="Cause: disparity not explained. Consequence: loss of legitimacy.",
    status="In progress", L=2, I=2, resid="Green",
    mit="Disparity analysis drafted; community scrutiny panel to review before publication.")
add(rid="RR-0324", source=SOURCE["leg17"], ref=8544, item="L4", desc=LEG_PUBLISH,
    cc="Cause: analysis not published. Consequence: lack of transparency.",
    status="Open", updated=D(2021, 3, 15), mit="Awaiting allocation.")
add(rid="RR-0325", source=SOURCE["leg17"], ref=None, item="L5", desc=(
    "All officers using S&S powers to have received unconscious bias training and CoP APP "
    "on S&S"),
    cc="Cause: training gaps. Consequence: unfair use of powers.",
    status="Complete")

# --- NCPI 2018 ------------------------------------------------------------------------
add(rid="RR-0341", source=SOURCE["ncpi"], ref=None, item="N0", desc=(
    "CoC (NCPI 2018): response to missing and absent children - risk for children who go "
    "missing from home not always appropriately assessed; 'absent' used where child should "
    "be recorded as 'missing'"),
    cc="Cause: misuse of absent category. Consequence: children exposed to risk of harm.",
    status="Complete")
add(rid="RR-0342", source=SOURCE["ncpi"], ref=9103, item="N1", desc=NC_DETENTION,
    cc="Cause: no alternative accommodation. Consequence: children held overnight in custody.",
    status="Complete", L=3, I=4, resid="Amber",
    mit="Concordat signed with LA children's services; appropriate adult contract "
        "re-let. Risk remains Amber: secure beds not always available.")
add(rid="RR-0343", source=SOURCE["ncpi"], ref=None, item="N2", desc=NC_MISSING,
    cc="Cause: absent category misused. Consequence: missing children at risk of CSE.",
    status="Complete")
add(rid="RR-0344", source=SOURCE["ncpi"], ref=9105, item="N3", desc=(
    "Work with partner organisations to safeguard people at risk from CSE (within 3 months)"),
    cc="Cause: weak partnership working. Consequence: children at risk of CSE.",
    status="In progress", updated=D(2022, 3, 8))
add(rid="RR-0346", source=SOURCE["ncpi"], ref=None, item="N5", desc=NC_INTEL,
    cc="Cause: CSE intelligence not developed. Consequence: offenders not identified.",
    status="In progress")

# --- CDI 2019 -------------------------------------------------------------------------
add(rid="RR-0361", source=SOURCE["cdi"], ref=10233, item="C1", desc=CDI_VICTIMS_FORCE,
    cc="Cause: crimes not recorded at first report. Consequence: victims not believed, "
       "crimes under-recorded.",
    status="In progress")
add(rid="RR-0362", source=SOURCE["cdi"], ref=None, item="C2", desc=CDI_NCRS,
    cc="Cause: MSHT crimes not recorded. Consequence: NCRS non-compliance.",
    status="Complete")
add(rid="RR-0363", source=SOURCE["cdi"], ref=10235, item="C3", desc=CDI_THR,
    cc="Cause: THRIVE applied inconsistently. Consequence: wrong grading of calls.",
    status="Complete")
add(rid="RR-0364", source=SOURCE["cdi"], ref=None, item="C4",
    desc="AFI - record hate crime reports accurately & without delay",
    cc="Cause: hate flags not applied. Consequence: under-recording.",
    status="In progress", L=1, I=3, resid="Green", updated=D(2021, 9, 14),
    mit="FCR audit Aug 21 showed 89% compliance; further audit planned.")
add(rid="RR-0366", source=SOURCE["cdi"], ref=10238, item="C6", desc=CDI_CAUTIONS,
    cc="Cause: victim views not recorded. Consequence: out of court disposals challenged.",
    status="In progress")

# --- Disproportionate use of police powers 2021 ----------------------------------------
add(rid="RR-0389", source=SOURCE["powers"], ref=11873, item="W1", desc=PW_COMMS,
    cc="Cause: gaps in conflict management training. Consequence: complaints, use of force.",
    status="Complete")
add(rid="RR-0390", source=SOURCE["powers"], ref=None, item="W2", desc=(
    "Communication skills reinforced through CPD; supervisors supported to debrief officers "
    "using BWV footage (by July 2021)"),
    cc="Cause: no structured debrief. Consequence: learning not shared.",
    status="In progress")
for n, txt in [(1, BWV_1),
               (2, "BWV - structured process for regularly reviewing and monitoring "
                   "internally a sufficient sample of body-worn video footage to identify and "
                   "disseminate learning and hold officers to account"),
               (3, "BWV - provide external scrutiny panel members with access to samples of "
                   "BWV footage showing S&S encounters and use of force incidents")]:
    add(rid=f"RR-0391.{n}", source=SOURCE["powers"], ref=11875, item="W3", split=True,
        desc=txt, cc="Cause: BWV not consistently used. Consequence: loss of public trust.",
        status="Complete")
add(rid="RR-0392", source=SOURCE["powers"], ref=11876, item="W4", desc=PW_HO,
    cc="Cause: national data quality. Consequence: none for the force directly.",
    status="Tolerated", L=2, I=2, resid="Green", risk_owner="ACC Local Policing",
    mit="Not the force's responsibility to deliver; dependent upon the Home Office and NPCC. "
        "Tolerated by Force Risk Board 12/05/2021.")
add(rid="RR-0393", source=SOURCE["powers"], ref=None, item="W5", desc=PW_UOF,
    cc="Cause: use of force forms incomplete. Consequence: disproportionality not explained.",
    status="In progress")

# --- PEEL 2021/22 ---------------------------------------------------------------------
add(rid="RR-0441", source=SOURCE["peel"], ref=12641, item="P1", desc=(
    "Cause of concern - The force does not have the capacity or capability to investigate "
    "crime effectively and this is affecting the service being provided to the public."),
    cc="Cause: detective shortage, high workloads. Consequence: poor outcomes for victims.",
    status="In progress", L=4, I=5, resid="Red", risk_owner="ACC Crime",
    action_owner="Det Ch Supt Force CID",
    mit="Investigation Improvement Plan (4 workstreams). HMICFRS revisit expected Q1 24.")
add(rid="RR-0442", source=SOURCE["peel"], ref=12642, item="P2", desc=(
    "Regular, active and recorded supervision of the quality and progress of investigations "
    "(6 months)"),
    cc="Cause: supervisor span of control. Consequence: investigations drift.",
    status="Complete", L=4, I=4, resid="Red",
    mit="Supervisory review template live on Niche from Feb 23; actions complete. Residual "
        "risk still Red pending revisit - see RR-0441.")
add(rid="RR-0446", source=SOURCE["peel"], ref=None, item="P3", dup=True, desc=PEEL_DIGITAL,
    cc="Cause: DFU backlog. Consequence: investigations delayed.",
    status="In progress", L=5, I=4, updated=D(2022, 7, 20),
    mit="Inherent assessment Jul 22 (backlog 7 months). Superseded by re-score below.")
add(rid="RR-0446", source=SOURCE["peel"], ref=None, item="P3", dup=True, desc=(
    "Digital forensics - retrieve evidence from phones / computers quickly enough that "
    "investigations are not delayed (re-scored)"),
    cc="Cause: DFU backlog. Consequence: investigations delayed.",
    status="In progress", L=3, I=4, updated=D(2023, 4, 26),
    mit="Re-scored Apr 23 after DFU restructure; backlog down to 6 weeks. Kiosk roll-out to "
        "complete Dec 23.")
add(rid="RR-0447", source=SOURCE["peel"], ref=12644, item="P4", desc=(
    "RUI / bail - improve understanding and management of suspects released under "
    "investigation or on bail"),
    cc="Cause: RUI not reviewed. Consequence: suspects unmanaged, victims unsafeguarded.",
    status="Complete")
add(rid="RR-0448", source=SOURCE["peel"], ref=None, item="P5", desc=PEEL_DEMAND,
    cc="Cause: demand model out of date. Consequence: resources mismatched to demand.",
    status="In progress")
add(rid="RR-0449", source=SOURCE["peel"], ref=None, item="P6", desc=PEEL_WORKFORCE,
    cc="Cause: no workforce plan. Consequence: skills gaps.", status="Complete",
    risk_owner="Director of People")
add(rid="RR-0450", source=SOURCE["peel"], ref=12647, item="P7", dup=True, desc=PEEL_VETTING,
    cc="Cause: vetting backlog. Consequence: staff in post without clearance.",
    status="Open", L=4, I=5, updated=D(2022, 8, 15), risk_owner="DCC",
    action_owner="Head of Professional Standards",
    mit="Inherent score at initial assessment. Re-scored following Q2 review - see RR-0450R.")
add(rid="RR-0451", source=SOURCE["peel"], ref=None, item="P8", desc=PEEL_WHISTLE,
    cc="Cause: low confidence in reporting. Consequence: wrongdoing unreported.",
    status="In progress")
add(rid="RR-0453", source=SOURCE["peel"], ref=None, item="P10", desc=(
    "Succession plans to set out how diversity will be improved at all levels of the force, "
    "incl. direct-entry opportunities"),
    cc="Cause: under-representation in senior ranks. Consequence: workforce not "
       "representative.",
    status="In progress", risk_owner="Director of People")
add(rid="RR-0454", source=SOURCE["cdi"], ref=None, item="P11", desc=PEEL_CRS,
    cc="Cause: Niche case file functions not used. Consequence: poor file quality.",
    status="In progress")
add(rid="RR-0455", source=SOURCE["peel"], ref=12625, item="P12", desc=PEEL_CONTROL,
    cc="Cause: call handler vacancies. Consequence: 999 answer times missed, staff "
       "wellbeing.",
    status="In progress", action_owner="Supt Contact Centre")
add(rid="RR-0456", source=SOURCE["peel"], ref=12653, item="P13",
    desc="Supervision of initial DASH risk assessments",
    cc="Cause: DASH not supervised. Consequence: risk to DA victims missed.",
    status="In progress", L=2, I=3, resid="Green", updated=D(2023, 1, 11),
    mit="Supervisor DASH review now mandatory on Niche; dip-sample Jan 23 at 91%.")
add(rid="RR-0457", source=SOURCE["peel"], ref="12654", item="P14", desc=PEEL_CONSULT,
    cc="Cause: no 'you said, we did'. Consequence: public not engaged in planning.",
    status="Complete")
add(rid="RR-0458", source=SOURCE["peel"], ref=None, item="P15", desc=PEEL_CULTURE,
    cc="Cause: no culture monitoring. Consequence: poor behaviours unchallenged.",
    status="In progress", risk_owner="Director of People")
add(rid="RR-0459", source=SOURCE["peel"], ref=None, item="P16", desc=(
    "Improve understanding of the nature & scale of county lines drug dealing in Cheshire"),
    cc="Cause: intelligence gaps. Consequence: exploitation of children unseen.",
    status="In progress")
add(rid="RR-0460", source=SOURCE["peel"], ref=None, item=None, cat="local", desc=(
    "Local action: Add residential burglary measures to the monthly Force Performance pack"),
    cc="Cause: burglary not visible to chief officers. Consequence: emerging trends missed.",
    status="Complete", risk_owner="Head of Corporate Development",
    action_owner="Head of Performance",
    mit="Measures added from the May 23 pack.")
add(rid="RR-0462", source=SOURCE["peel"], ref=12657, item="P17", dup=True, desc=PEEL_RASSO,
    cc="Cause: RASSO allocated to uniform officers. Consequence: poor victim service.",
    status="In progress", L=4, I=4, updated=D(2022, 9, 5),
    mit="Operation Soteria adoption; dedicated RASSO teams to go live in 2023.")
add(rid="RR-0463", source=SOURCE["peel"], ref="12658", item="P18", desc=PEEL_VULN,
    cc="Cause: weak adult safeguarding partnership. Consequence: vulnerable adults at risk.",
    status="Complete")
add(rid="RR-0464", source=SOURCE["peel"], ref=None, item="P19", desc=PEEL_STALK,
    cc="Cause: VCOP updates missed. Consequence: victim dissatisfaction.",
    status="In progress")
add(rid="RR-0466", source=SOURCE["peel"], ref=12661, item="P21", desc=(
    "DA - consistently use ancillary orders (DVPN/DVPO, stalking protection orders) and other "
    "powers to protect victims"),
    cc="Cause: low use of DVPOs. Consequence: DA victims unprotected.",
    status="In progress", action_owner="Ch Supt Public Protection")
add(rid="RR-0467", source=SOURCE["peel"], ref=None, item="P22", desc=PEEL_SOC,
    cc="Cause: SOC intelligence gaps. Consequence: OCGs not disrupted.",
    status="Complete", action_owner="Head of Intelligence")
add(rid="RR-0468", source=SOURCE["peel"], ref=12663, item="P23", desc=PEEL_OCSA,
    cc="Cause: POLIT team under-resourced. Consequence: backlog of online CSA referrals.",
    status="Closed - mitigated", L=3, I=4, resid="Amber",
    mit="Two additional DCs in POLIT team from Apr 23; referrals backlog cleared.")
add(rid="RR-0469", source=SOURCE["peel"], ref=12664, item="P24", desc=PEEL_ASB,
    cc="Cause: limited problem-solving. Consequence: repeat ASB locations.",
    status="In progress", updated=D(2023, 3, 2))
add(rid="RR-0470", source=SOURCE["peel"], ref=None, item="P25", desc=(
    "HBA - officers & staff to have the training they need to identify and respond to "
    "honour-based abuse"),
    cc="Cause: HBA training gap. Consequence: risk to victims missed.",
    status="In progress")
add(rid="RR-0471", source=SOURCE["peel"], ref=None, item="P26", desc=PEEL_VAWG,
    cc="Cause: VAWG not in performance framework. Consequence: no chief officer grip.",
    status="In progress")
add(rid="RR-0474", source="JAC Oct 23", ref=None, item=None, cat="local", desc=(
    "JAC action: Internal audit of the road harm governance arrangements (audit plan 2023/24)"),
    cc="Cause: JAC request. Consequence: assurance gap on road safety partnership.",
    status="Open", risk_owner="ACC Local Policing", action_owner="Head of Roads Policing",
    mit="Audit scoped with internal auditors; fieldwork Jan 24.")
add(rid="RR-0475", source="Corporate", ref=None, item=None, cat="corp", desc=(
    "Custody estate: cell call and CCTV system at a custody suite beyond end of life"),
    cc="Cause: obsolete system. Consequence: detainee welfare risk, death in custody.",
    L=3, I=5, status="In progress", risk_owner="ACC Local Policing",
    action_owner="Ch Insp Custody",
    mit="Hourly physical checks in place; replacement in estates programme 2024/25.")
blank()
# --- Rows added after the Q2 2023 review (re-scored) and a late local action -----------
add(rid="RR-0450R", source=SOURCE["peel"], ref=12647, item="P7", dup=True, desc=(
    "Vetting - all staff to hold at least the lowest level of clearance for their role; clear "
    "backlog and renewals (re-scored Q2)"),
    cc="Cause: vetting backlog. Consequence: staff in post without clearance.",
    status="Complete", L=2, I=4, updated=D(2023, 9, 21), risk_owner="DCC",
    action_owner="Head of Professional Standards",
    mit="Re-scored 21/09/2023 after Q2 review: backlog cleared, all renewals in date. "
        "Supersedes RR-0450.")
add(rid="RR-0462 (rev)", source=SOURCE["peel"], ref=None, item="P17", dup=True, desc=(
    "RASSO investigations allocated to officers with the right skills and effectively "
    "supervised - re-scored after Soteria go-live"),
    cc="Cause: RASSO allocated to uniform officers. Consequence: poor victim service.",
    status="In progress", L=2, I=4, updated=D(2023, 6, 14),
    mit="Re-scored 14/06/2023: dedicated RASSO teams live; QA of supervision continues to "
        "Mar 24.")
add(rid="RR-0477", source="Local", ref=None, item=None, cat="local", desc=(
    "Force action - Appoint a single point of contact for rural crime in each local policing "
    "area"),
    cc="Cause: rural crime not owned locally. Consequence: farming community confidence.",
    status="In progress", risk_owner="ACC Local Policing", action_owner="C/Supt Bell",
    mit="SPOCs named for 3 of 4 LPAs.")

# --------------------------------------------------------------------------------------
# Category of each HMICFRS item, decided by eye from the facts above.
# --------------------------------------------------------------------------------------
CONFLICT_WHY = {
    "S2": "timescale differs: HMICFRS 'Within six months', force copy 'Within twelve months'",
    "C1": "force copy drops the bullet on awaiting medical examinations / video interviews",
    "P11": "force files the PEEL 2021/22 AFI under Source 'CDI 2019' (wrong report)",
    "P12": "force HMICFRS ref 12625 is wrong (register id 12652, digits transposed)",
}


def force_done(status: str) -> bool:
    return status in FORCE_DONE


def item_category(key: str) -> tuple[str, str]:
    it = ITEM[key]
    rows = [r for r in ROWS if r.get("item") == key]
    hm_closed = it["status"] in HM_CLOSED
    if not rows:
        return "missing_from_force", f"not in the force register (HMICFRS: {it['status']})"
    if any(r.get("dup") for r in rows):
        latest = max(rows, key=lambda r: r["updated"])
        done = force_done(latest["status"])
        fs = f"re-scored row {latest['rid']} ({latest['status']}) is the current record"
    else:
        done = all(force_done(r["status"]) for r in rows)
        fs = ("; ".join(f"{r['rid']} {r['status']}" for r in rows) if len(rows) > 1
              else f"force {rows[0]['status']}")
    if key in CONFLICT_WHY:
        return "conflict", CONFLICT_WHY[key]
    if hm_closed and done:
        return "in_sync", f"closed both sides (HMICFRS {it['status']}; {fs})"
    if not hm_closed and not done:
        return "in_sync", f"open both sides (HMICFRS {it['status']}; {fs})"
    if not hm_closed and done:
        return "closeable_submit", f"HMICFRS {it['status']}; {fs}"
    return "closeable_local", f"HMICFRS {it['status']}; {fs}"


# --------------------------------------------------------------------------------------
# Fill in the per-row defaults with the seeded generator.
# --------------------------------------------------------------------------------------
def band(score: int) -> str:
    return "Green" if score <= 6 else ("Amber" if score <= 12 else "Red")


BAND_DOWN = {"Red": "Amber", "Amber": "Green", "Green": "Green"}
for r in ROWS:
    if r.get("blank"):
        continue
    done = force_done(r["status"])
    if "L" not in r:
        r["L"] = rng.randint(1, 3) if done else rng.randint(2, 4)
        r["I"] = rng.randint(2, 5) if done else rng.randint(3, 5)
    r["score"] = r["L"] * r["I"]
    r["inh"] = band(r["score"])
    if "resid" not in r:
        if done:
            r["resid"] = "Green"
        else:
            r["resid"] = BAND_DOWN[r["inh"]] if rng.random() < 0.5 else r["inh"]
            if r["resid"] == "Green" and r["inh"] != "Green":
                r["resid"] = "Amber"
    RANK = {"Green": 0, "Amber": 1, "Red": 2}
    assert RANK[r["resid"]] <= RANK[r["inh"]], r["rid"]
    r["formula"] = rng.random() < 0.45
    if "updated" not in r:
        if done:
            r["updated"] = D(2023, rng.randint(3, 10), rng.randint(1, 28))
        else:
            r["updated"] = D(2023, rng.randint(5, 10), rng.randint(1, 28))
    if "review" not in r:
        if r["status"] in ("Complete", "Closed - mitigated"):
            r["review"] = None if rng.random() < 0.5 else "N/A - closed"
        elif r["status"] == "Tolerated":
            r["review"] = D(r["updated"].year + 1, r["updated"].month, 1)
        else:
            m = r["updated"].month + 3
            r["review"] = D(r["updated"].year + (m > 12), (m - 1) % 12 + 1, 1)
    if "risk_owner" not in r:
        r["risk_owner"] = rng.choice(RISK_OWNERS)
    if "action_owner" not in r:
        r["action_owner"] = rng.choice(ACTION_OWNERS)
    if "mit" not in r:
        r["mit"] = rng.choice(DONE_MIT if done else OPEN_MIT)

# --------------------------------------------------------------------------------------
# Write the HMICFRS export (CSV, UTF-8 with BOM, CRLF).
# --------------------------------------------------------------------------------------
CASE.mkdir(parents=True, exist_ok=True)
hm_rows = sorted(ITEM.values(), key=lambda x: x["id"])
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["Recommendation ID", "Force", "Inspection report", "Date published", "Type",
            "Recommendation text", "Current status", "Status date"])
for n, it in enumerate(hm_rows, start=2):
    it["row"] = f"{HM_FILE}!{n}"
    pub = REPORTS[it["report"]][1]
    w.writerow([it["id"], FORCE, REPORTS[it["report"]][0], pub.strftime("%d/%m/%Y"),
                it["type"], it["text"], it["status"], it["sdate"].strftime("%d/%m/%Y")])
(CASE / HM_FILE).write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))

# --------------------------------------------------------------------------------------
# Write the force register (xlsx).
# --------------------------------------------------------------------------------------
HEAD = ["Risk ID", "Source", "HMICFRS ref", "Description", "Cause / Consequence",
        "Likelihood", "Impact", "Risk score", "Inherent RAG", "Residual RAG", "Risk owner",
        "Action owner", "Mitigating actions", "Action status", "Review date", "Last updated"]
WIDTH = [11, 20, 11, 70, 40, 10, 8, 10, 11, 11, 22, 26, 55, 17, 12, 12]
FILL = {"Red": PatternFill("solid", fgColor="FFC7CE"),
        "Amber": PatternFill("solid", fgColor="FFEB9C"),
        "Green": PatternFill("solid", fgColor="C6EFCE")}
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
thin = Side(style="thin", color="A6A6A6")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
ws["A1"] = ("Cheshire Constabulary - Risk & Assurance Register (incorporating HMICFRS "
            "recommendations and areas for improvement)")
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Owner: Risk & Business Continuity Manager | Reviewed monthly at Force Risk Board | "
            "Version 23 | As at 27/10/2023 | OFFICIAL-SENSITIVE")
ws["A2"].font = Font(italic=True, size=10)
ws.merge_cells("A1:P1")
ws.merge_cells("A2:P2")
HR = 3
for c, h in enumerate(HEAD, start=1):
    cell = ws.cell(HR, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = HEAD_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    cell.border = BOX
    ws.column_dimensions[get_column_letter(c)].width = WIDTH[c - 1]

formula_values: dict[str, int] = {}
row = HR + 1
for r in ROWS:
    if r.get("blank"):
        row += 1
        continue
    r["excel_row"] = row
    vals = [r["rid"], r["source"], r["ref"], r["desc"], r["cc"], r["L"], r["I"], None,
            r["inh"], r["resid"], r["risk_owner"], r["action_owner"], r["mit"], r["status"],
            r["review"], r["updated"]]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(row, c, v)
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=c in (4, 5, 13), vertical="top")
        if isinstance(v, dt.date):
            cell.number_format = "dd/mm/yyyy"
    sc = ws.cell(row, 8)
    if r["formula"]:
        sc.value = f"=F{row}*G{row}"
        formula_values[f"H{row}"] = r["score"]
    else:
        sc.value = r["score"]
    ws.cell(row, 9).fill = FILL[r["inh"]]
    ws.cell(row, 10).fill = FILL[r["resid"]]
    row += 1
last_data = row - 1

# Legend below the table, after a blank row.
row += 1
LEGEND = [
    ("Key", None),
    ("Risk score = Likelihood x Impact (each scored 1-5)", None),
    ("1-6", "Green - low: manage within department"),
    ("8-12", "Amber - medium: review quarterly at Force Risk Board"),
    ("15-25", "Red - high: escalate to Chief Officer Group"),
    ("Inherent RAG = before mitigation; Residual RAG = after current mitigating actions", None),
    ("Action status: Open / In progress / Complete / Closed - mitigated / Tolerated", None),
    ("HMICFRS ref = HMICFRS recommendation number, where known", None),
]
for a, b in LEGEND:
    ws.cell(row, 1, a).font = Font(bold=(a == "Key"), italic=(a != "Key"))
    if b:
        ws.cell(row, 2, b).font = Font(italic=True)
        colour = b.split(" ")[0]
        ws.cell(row, 1).fill = FILL[colour]
    row += 1

ws.freeze_panes = "B4"
ws.auto_filter.ref = f"A{HR}:P{last_data}"
ws.row_dimensions[1].height = 20
FIXED = dt.datetime(2023, 10, 27, 16, 42, 0)
wb.properties.creator = "Risk & Business Continuity"
wb.properties.lastModifiedBy = "Risk & Business Continuity"
wb.properties.created = dt.datetime(2019, 4, 1, 9, 0, 0)
wb.properties.modified = FIXED

tmp = io.BytesIO()
wb.save(tmp)
src = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "xl/worksheets/sheet1.xml":
            text = data.decode("utf-8")
            for ref_, val in formula_values.items():
                col_row = ref_
                pat = (f'<c r="{col_row}"([^>]*)><f>F{col_row[1:]}\\*G{col_row[1:]}</f>'
                       f'<v\\s*/?>(</v>)?')
                text, n = re.subn(pat, lambda m: (f'<c r="{col_row}"{m.group(1)}><f>'
                                                  f'F{col_row[1:]}*G{col_row[1:]}</f>'
                                                  f'<v>{val}</v>'), text)
                assert n == 1, (ref_, n)
            data = text.encode("utf-8")
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>2023-10-27T16:42:00Z", text)
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>2019-04-01T09:00:00Z", text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 10, 27, 16, 42, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
(CASE / "tracker.xlsx").write_bytes(out.getvalue())

# --------------------------------------------------------------------------------------
# truth.csv
# --------------------------------------------------------------------------------------
truth = []
cats: dict[str, str] = {}
for it in hm_rows:
    cat, why = item_category(it["key"])
    cats[it["key"]] = cat
    frows = [r for r in ROWS if r.get("item") == it["key"]]
    if not frows:
        truth.append((it["row"], "", cat, why))
    for r in frows:
        extra = ""
        if r.get("split"):
            extra = f" [{r['rid']}: one of {len(frows)} rows split from this item]"
        elif r.get("dup"):
            extra = f" [{r['rid']}: item tracked twice, inherent + re-scored row]"
        truth.append((it["row"], f"{SHEET}!{r['excel_row']}", cat, why + extra))
NONITEM_WHY = {
    "corp": "plain corporate risk (Source '{s}'), never an HMICFRS item",
    "old": "old HMICFRS item ({s}) no longer on the HMICFRS list",
    "local": "force's own local action (Source '{s}'), not asked for by HMICFRS",
}
for r in ROWS:
    if r.get("blank") or r.get("item"):
        continue
    truth.append(("", f"{SHEET}!{r['excel_row']}", "not_on_hmicfrs_list",
                  NONITEM_WHY[r["cat"]].format(s=r["source"]) + f" ({r['rid']})"))


def sort_key(t):
    h = int(t[0].split("!")[1]) if t[0] else 10_000
    f = int(t[1].split("!")[1]) if t[1] else 0
    return (h, f)


truth.sort(key=sort_key)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["hmicfrs_row", "force_row", "category", "why"])
w.writerows(truth)
(CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")

if __name__ == "__main__":
    from collections import Counter
    print("HMICFRS items:", len(hm_rows), "force item rows:",
          sum(1 for r in ROWS if not r.get("blank")), "last data row:", last_data)
    print("items per category:", dict(Counter(cats.values())))
    print("truth lines per category:", dict(Counter(t[2] for t in truth)))
