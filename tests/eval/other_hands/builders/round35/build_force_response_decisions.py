"""Build the evaluation case `force_response_decisions` (round 35, look-alike folder).

Layout: a force tracker that records the force's own RESPONSE to each HMICFRS item
(Accepted / Accepted in part / Not accepted / Risk accepted) beside its DELIVERY STATUS;
items the force declined are closed on the force's side ("Closed – not accepted",
"Closed – risk accepted"). HMICFRS side: a register export CSV for the force.

Run:  /work/main/.venv/bin/python build_force_response_decisions.py
Rebuilds force_response_decisions/ byte for byte (fixed seed, fixed zip/docProps times).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

SEED = 35_2024_0603
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "force_response_decisions"
FORCE = "Northamptonshire Police"

# --------------------------------------------------------------------------------------
# Types and vocabularies
# --------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

H_OPEN = {"Awaiting review", "Being progressed"}
H_CLOSED = {"Complete", "Superseded", "No further action required"}
F_OPEN = {"Not started", "In progress", "On hold", "Awaiting COG decision"}
F_DONE = {"Complete", "Complete – submitted to HMICFRS", "Closed – not accepted",
          "Closed – risk accepted", "Closed – superseded"}

H_COMMENT = {
    "Awaiting review": "New recommendation",
    "Being progressed": ("The progress of the implementation of this recommendation is currently "
                         "being monitored by HMICFRS and this record will, in due course, be "
                         "updated."),
    "Complete": "This recommendation is complete",
    "Superseded": ("This area of activity has subsequently been inspected in PEEL 2023/24. Where "
                   "a concern still exists this will appear in the register against the "
                   "subsequent inspection."),
    "No further action required": "No further action required.",
}
H_COMMENT_REVIEW = ("The status of this recommendation is currently being reviewed by HMICFRS and "
                    "will be updated when this review is complete.")
H_COMMENT_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
                  "members of the inspection team in recent inspection activity.")

# --------------------------------------------------------------------------------------
# Reports (HMICFRS titles and dates; tracker names and published text)
# --------------------------------------------------------------------------------------
REPORTS = {
    "A": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "B": ("Stolen freedom: the policing response to modern slavery and human trafficking",
          dt.date(2017, 10, 24)),
    "C": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "D": ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
          "force", dt.date(2021, 2, 26)),
    "E": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 17)),
    "F": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2024, 5, 21)),
}

# --------------------------------------------------------------------------------------
# Real texts (HMICFRS, OGL) -- copied from the casegen text lists / real_recommendations.csv
# --------------------------------------------------------------------------------------
SF_LEADERSHIP_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to share "
    "information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = ("Within twelve months, forces should review their leadership and governance "
                 "arrangements for modern slavery and human trafficking, to ensure that:\n"
                 + "\n".join("• " + b for b in SF_LEADERSHIP_BULLETS))
SAS_MONITORING_2017 = (
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
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice."
)


def afi(body: str) -> str:
    return f"The force should {body}."


# key: (report, type, text, status, status date, comment override or None)
ITEMS: list[tuple[str, str, str, str, str, dt.date, str | None]] = [
    # ---- A: Targeting the risk (firearms licensing) 2015 -----------------------------
    ("A1", "A", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Complete", dt.date(2016, 6, 8), None),
    ("A2", "A", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Complete", dt.date(2016, 6, 8), None),
    ("A3", "A", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", dt.date(2016, 2, 11), None),
    ("A4", "A", NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.",
     "Complete", dt.date(2016, 6, 8), H_COMMENT_AUTH),
    ("A5", "A", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.",
     "Awaiting review", dt.date(2023, 4, 19), H_COMMENT_REVIEW),
    # ---- B: Stolen freedom 2017 --------------------------------------------------------
    ("B1", "B", NAT, SF_LEADERSHIP, "Complete", dt.date(2020, 1, 23), None),
    ("B2", "B", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", dt.date(2019, 3, 4), None),
    ("B3", "B", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", dt.date(2019, 3, 4), None),
    ("B4", "B", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Complete", dt.date(2019, 3, 4), None),
    ("B5", "B", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Being progressed", dt.date(2019, 3, 4), None),
    ("B6", "B", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).",
     "Being progressed", dt.date(2021, 9, 30), None),
    ("B7", "B", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Complete", dt.date(2021, 9, 30), H_COMMENT_AUTH),
    # ---- C: PEEL legitimacy 2017 national ------------------------------------------------
    ("C0", "C", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     "Complete", dt.date(2021, 2, 26), None),
    ("C1", "C", NAT, SAS_MONITORING_2017, "Being progressed", dt.date(2021, 2, 26), None),
    ("C2", "C", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;",
     "Being progressed", dt.date(2021, 2, 26), None),
    ("C4", "C", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", dt.date(2019, 10, 2), None),
    # ---- D: Disproportionate use of police powers 2021 ----------------------------------
    ("D1", "D", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", dt.date(2022, 9, 1), None),
    ("D2", "D", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Being progressed", dt.date(2022, 9, 1), None),
    ("D3", "D", NAT, BWV_2021, "Being progressed", dt.date(2022, 9, 1), None),
    ("D5", "D", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Complete", dt.date(2023, 1, 16), None),
    # ---- E: PEEL 2021/22 (force) -----------------------------------------------------------
    ("E_COC", "E", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.",
     "Being progressed", dt.date(2023, 6, 12), None),
    ("E_R1", "E", REC,
     "Within six months the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.",
     "Complete", dt.date(2023, 6, 12), H_COMMENT_AUTH),
    ("E_R2", "E", REC,
     "Within six months the force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.",
     "Being progressed", dt.date(2023, 6, 12), None),
    ("E_A1", "E", AFI, afi(
        "undertake further work to gain a fuller understanding of current demand for its "
        "services, and likely future changes in demand. This is so it can make best use of its "
        "resources by matching them to demand to meet the needs of the public"),
     "Superseded", dt.date(2024, 5, 21), None),
    ("E_A2", "E", AFI, afi(
        "make sure there are appropriate strategic oversight arrangements in place to manage "
        "risks, performance and improvement plans effectively"),
     "Complete", dt.date(2023, 11, 2), None),
    ("E_A3", "E", AFI, afi(
        "make sure the corporate risk register is actively used to mitigate and manage known "
        "risks"),
     "Being progressed", dt.date(2022, 11, 7), None),
    ("E_A4", "E", AFI, afi(
        "make sure all processes in place to support performance management are effective"),
     "Awaiting review", dt.date(2022, 5, 17), None),
    ("E_A5", "E", AFI, afi(
        "make sure it has access to accurate data and analysis to support effective "
        "performance management"),
     "Superseded", dt.date(2024, 5, 21), None),
    ("E_A6", "E", AFI, afi(
        "put plans in place to monitor, including through the gathering and analysis of staff "
        "feedback, team cultures and provide prompt remedial action for any issues it "
        "identifies"),
     "Being progressed", dt.date(2022, 11, 7), None),
    ("E_A7", "E", AFI, afi(
        "specify in succession plans how it intends to improve diversity across all levels of "
        "the force. This should include offering increased direct-entry opportunities"),
     "Being progressed", dt.date(2022, 11, 7), None),
    ("E_A8", "E", AFI, afi(
        "make sure it provides a confidential way for staff to raise concerns and that staff "
        "are aware of whistleblowing processes"),
     "Complete", dt.date(2023, 11, 2), None),
    ("E_A9", "E", AFI, afi(
        "review the support available for those who have raised concerns and take any action "
        "needed to make sure these provisions are suitable"),
     "Being progressed", dt.date(2022, 11, 7), None),
    ("E_A10", "E", AFI, afi(
        "review how it gathers and uses equality and diversity data to improve its "
        "understanding of its workforce demographics"),
     "No further action required", dt.date(2023, 11, 2), None),
    ("E_A11", "E", AFI, afi(
        "ensure that it has sufficient resources available in the control room to fulfil its "
        "resourcing model, and so to meet its demand, while also taking into account the "
        "wellbeing of its workforce"),
     "Being progressed", dt.date(2022, 11, 7), None),
    ("E_A12", "E", AFI, afi(
        "provide call-handlers with specific, sound and comprehensible criteria against which "
        "they can assess threat, harm and risk"),
     "Complete", dt.date(2024, 1, 18), H_COMMENT_AUTH),
    ("E_A13", "E", AFI, afi(
        "improve its understanding of the nature and scale of county lines drug dealing in its "
        "area"),
     "Being progressed", dt.date(2022, 11, 7), None),
    ("E_A14", "E", AFI, afi(
        "make sure victims of stalking and harassment are kept informed about the progress of "
        "their case, in line with the Code of Practice for Victims of Crime"),
     "Awaiting review", dt.date(2022, 5, 17), None),
    ("E_A15", "E", AFI, afi(
        "make sure it consistently uses ancillary orders and other powers to protect victims of "
        "domestic abuse"),
     "Being progressed", dt.date(2022, 11, 7), None),
    ("E_A16", "E", AFI, afi(
        "improve the way it manages the risk posed by offenders involved in online child sexual "
        "abuse"),
     "Complete", dt.date(2023, 11, 2), None),
    ("E_A17", "E", AFI, afi(
        "make sure investigations of rape and serious sexual offences are allocated to officers "
        "with the right skills and are effectively supervised"),
     "Being progressed", dt.date(2022, 11, 7), None),
    ("E_A18", "E", AFI, afi(
        "improve the timeliness of its response to calls for service involving rural crime"),
     "Complete", dt.date(2024, 1, 18), None),
    ("E_A19", "E", AFI, afi(
        "make sure officers and staff have the training they need to identify and respond to "
        "honour-based abuse"),
     "Being progressed", dt.date(2022, 11, 7), None),
    ("E_A20", "E", AFI, afi(
        "develop a problem-solving approach to anti-social behaviour, working with local "
        "communities and partners"),
     "Complete", dt.date(2023, 11, 2), None),
    ("E_A21", "E", AFI, afi(
        "make sure its performance framework gives senior leaders a clear picture of its "
        "response to violence against women and girls"),
     "Being progressed", dt.date(2022, 11, 7), None),
    # ---- F: PEEL 2023/24 (force) -----------------------------------------------------------
    ("F_COC", "F", COC,
     "The size of the vetting backlog within Northamptonshire Police is a cause of concern.",
     "Awaiting review", dt.date(2024, 5, 21), None),
    ("F_R1", "F", REC,
     "Within six months, the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.",
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_R2", "F", REC,
     "By 31 March 2025, the force should make sure it provides accessible information for all "
     "staff and members of the public on how they can raise concerns and access confidential "
     "support (including through external agencies).",
     "Awaiting review", dt.date(2024, 5, 21), None),
    ("F_A1", "F", AFI, afi(
        "make sure it has access to accurate data and analysis to support effective "
        "performance management"),
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_A2", "F", AFI, afi(
        "put plans in place to monitor, including through the gathering and analysis of staff "
        "feedback, team cultures and provide prompt remedial action for any issues it "
        "identifies"),
     "Awaiting review", dt.date(2024, 5, 21), None),
    ("F_A3", "F", AFI, afi(
        "improve how it gathers, assesses and acts on intelligence about serious and organised "
        "crime"),
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_A4", "F", AFI, afi("make sure it records reports of hate crime accurately and without delay"),
     "Awaiting review", dt.date(2024, 5, 21), None),
    ("F_A5", "F", AFI, afi(
        "improve how it works with partner organisations to safeguard people at risk from child "
        "sexual exploitation"),
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_A6", "F", AFI, afi(
        "make sure it has enough specialist capacity and capability to investigate online child "
        "sexual abuse"),
     "Awaiting review", dt.date(2024, 5, 21), None),
    ("F_A7", "F", AFI, afi(
        "review its approach to fraud to make sure victims receive a consistently good service"),
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_A8", "F", AFI, afi("evaluate its work to prevent knife crime and share what works across "
                           "the force"),
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_A9", "F", AFI, afi(
        "make sure its analysis of county lines drug dealing informs its strategic assessment "
        "and control strategy"),
     "Awaiting review", dt.date(2024, 5, 21), None),
    ("F_A10", "F", AFI, afi(
        "improve the timeliness of its response to calls for service involving people with "
        "mental ill health"),
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_A11", "F", AFI, afi(
        "make sure officers and staff have the training they need to identify and respond to "
        "female genital mutilation"),
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_A12", "F", AFI, afi(
        "improve its understanding of the nature and scale of economic crime in its area"),
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_A13", "F", AFI, afi(
        "make sure victims of residential burglary are kept informed about the progress of "
        "their case, in line with the Code of Practice for Victims of Crime"),
     "Complete", dt.date(2025, 1, 27), H_COMMENT_AUTH),
    ("F_A14", "F", AFI, afi(
        "develop a problem-solving approach to neighbourhood crime, working with local "
        "communities and partners"),
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_A15", "F", AFI, afi(
        "improve the way it manages the risk posed by offenders involved in youth violence"),
     "Awaiting review", dt.date(2024, 5, 21), None),
    ("F_A16", "F", AFI, afi(
        "make sure it consistently uses ancillary orders and other powers to protect victims of "
        "stalking and harassment"),
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_A17", "F", AFI, afi(
        "make sure investigations of cyber crime are allocated to officers with the right "
        "skills and are effectively supervised"),
     "Awaiting review", dt.date(2024, 5, 21), None),
    ("F_A18", "F", AFI, afi(
        "improve its understanding of the nature and scale of rural crime in its area"),
     "Being progressed", dt.date(2024, 10, 3), None),
    ("F_A19", "F", AFI, afi(
        "make sure it records reports of anti-social behaviour accurately and without delay"),
     "Awaiting review", dt.date(2024, 5, 21), None),
]

# Register ids: plain integers, unique across the register, no prefix.
ID_BASE = {"A": 3381, "B": 7612, "C": 8539, "D": 12204, "E": 14301, "F": 17581}
HID: dict[str, int] = {}
_count: dict[str, int] = {}
for _k, _r, *_ in ITEMS:
    HID[_k] = ID_BASE[_r] + _count.get(_r, 0)
    _count[_r] = _count.get(_r, 0) + 1
ITEM = {k: dict(key=k, report=r, type=t, text=x, status=s, sdate=d, comment=c)
        for k, r, t, x, s, d, c in ITEMS}

# --------------------------------------------------------------------------------------
# Force-side text helpers (the force's own copy of the wording)
# --------------------------------------------------------------------------------------
ABBR = [
    (r"modern slavery and human trafficking", "MSHT"),
    (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"),
    (r"information-sharing agreements", "ISAs"),
    (r"body-worn video", "BWV"),
    (r"released under investigation", "RUI"),
    (r"College of Policing", "CoP"),
    (r"Authorised Professional Practice", "APP"),
    (r"continuing professional development", "CPD"),
    (r"officers and staff", "officers & staff"),
    (r"violence against women and girls", "VAWG"),
    (r"within six months", "within 6 months"),
    (r"Within six months", "Within 6 months"),
    (r"Within three months", "Within 3 months"),
    (r"anti-social behaviour", "ASB"),
    (r"serious and organised crime", "SOC"),
    (r"child sexual exploitation", "CSE"),
]
MISSPELL = {"supervision": "supervison", "governance": "goverance", "arrangements":
            "arrangments", "appropriate": "appropiate", "necessary": "neccessary",
            "receive": "recieve", "investigation": "investigaton"}


def abbrev(t: str) -> str:
    for pat, rep in ABBR:
        t = re.sub(pat, rep, t)
    return t


def nostem(t: str) -> str:
    return re.sub(r"^The force should (\w)", lambda m: m.group(1).upper(), t)


def misspell(t: str) -> str:
    for right, wrong in MISSPELL.items():
        if right in t:
            return t.replace(right, wrong, 1)
    return t


def bullets_dash(t: str) -> str:
    t = re.sub(r"\s*•\s*", "\n- ", t)
    return t


STYLES = {
    "v": lambda t: t,
    "n": nostem,
    "a": abbrev,
    "na": lambda t: abbrev(nostem(t)),
    "s": misspell,
    "ns": lambda t: misspell(nostem(t)),
    "as": lambda t: misspell(abbrev(t)),
    "b": bullets_dash,
    "ab": lambda t: bullets_dash(abbrev(t)),
}


def ftext(key: str, style: str) -> str:
    return STYLES[style](ITEM[key]["text"])


LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Management", "Head of Learning & Development", "DCC",
         "Supt Firearms Licensing", "Head of Performance & Analysis"]

PROG_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; project plan agreed at Force Change Board.",
    "Addressed holistically as part of the force change programme.",
    "Action plan in place; next update to the Inspection & Audit Board.",
    "Owner confirmed. Delivery plan being drafted.",
    "Progress reported to the OPCC for the 56-day response; delivery continuing.",
]
PROG_DONE = [
    "Completed. Evidence pack held by Strategic Planning & Inspection.",
    "Ready to move to GREEN status. Evidence reviewed by lead.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
]
PROG_SUBMITTED = "Completed. Evidence submitted to HMICFRS for closure."
PROG_DECLINED = [
    "Closed on force tracker – rationale approved by COG.",
    "Rationale notified to the OPCC for the s55 response.",
]

# --------------------------------------------------------------------------------------
# Force tracker rows, by block (newest report first, as the force keeps it)
# --------------------------------------------------------------------------------------
# Each row: h (item key or None), no, hid ("auto" | None | literal), type, text, resp,
# rat (rationale), lead, status, prog, closed, sub, cat, why
def R(h, no, ftype, text, resp, status, *, hid="auto", rat="", lead=None, prog=None,
      closed=None, sub=None, cat, why):
    return dict(h=h, no=no, hid=hid, type=ftype, text=text, resp=resp, rat=rat, lead=lead,
                status=status, prog=prog, closed=closed, sub=sub, cat=cat, why=why)


D = dt.date
BLOCKS = []

# ---- F: PEEL 2023/24 -------------------------------------------------------------------
BLOCKS.append(dict(
    report="F", name="PEEL 2023/24", published="May 2024",
    heading=("PEEL 2023/24 – An inspection of Northamptonshire Police – Published May 2024. "
             "This report makes 1 cause for concern (with 2 recommendations) and 19 areas for "
             "improvement."),
    rows=[
        R("F_COC", "P23-C1", "Cause for concern", ftext("F_COC", "v"), "Accepted", "In progress",
          lead="Head of Professional Standards", cat="in_sync",
          why="Open on both sides; 'Cause for concern' is the same type as 'Cause of concern'."),
        R("F_R1", "P23-R1", "Rec", ftext("F_R1", "s"), "Accepted", "In progress",
          lead="Head of Professional Standards", cat="in_sync",
          why="Open on both; force copy has a misspelling only, timescale kept."),
        R("F_R2", "P23-R2", "Rec", ftext("F_R2", "v"), "Accepted", "Complete",
          lead="Head of Professional Standards", closed=D(2025, 2, 14),
          prog="Raising-concerns page live on intranet and force website (incl. Crimestoppers "
               "Integrity Line). Evidence pack with SP&I.",
          cat="closeable_submit",
          why="HMICFRS 'Awaiting review' (open); force Accepted and Complete (done)."),
        R("F_A1", "P23-01", "AFI", "AFI 1: " + ftext("F_A1", "v"), "Accepted", "In progress",
          lead="Head of Performance & Analysis", cat="in_sync",
          why="Repeat of the 2021/22 AFI; this PEEL 2023/24 item is open on both sides."),
        R("F_A2", "P23-02", "AFI", "AFI 2: " + ftext("F_A2", "v"), "Accepted", "In progress",
          lead="Director of People", cat="in_sync",
          why="Repeat of the 2021/22 AFI; this PEEL 2023/24 item is open on both sides."),
        R("F_A3", "P23-03", "AFI", ftext("F_A3", "na"), "Accepted", "In progress",
          lead="Head of Intelligence", cat="in_sync", why="Open on both; abbreviation only."),
        R("F_A4", "P23-04", "AFI", ftext("F_A4", "n"), "Not accepted", "Closed – not accepted",
          rat="Not accepted. FCR audit Q2 2024/25 shows hate crime recording compliance of 94%; "
              "finding not supported by force data. COG decision 09/10/2024; OPCC notified for "
              "s55 response.",
          lead="Force Crime Registrar", closed=D(2024, 10, 9), sub=D(2024, 10, 21),
          prog="Closed on force tracker – not accepted (see rationale).",
          cat="closeable_submit",
          why="Declined item: force closed it as 'Closed – not accepted' (force done) while "
              "HMICFRS still has it 'Awaiting review' (open). The force submits its rationale to "
              "HMICFRS for closure; the submission date does not close it on the register."),
        R("F_A5", "P23-05", "AFI", ftext("F_A5", "a"), "Accepted", "In progress",
          lead="Ch Supt Public Protection", cat="in_sync", why="Open on both."),
        R("F_A6", "P23-06", "AFI", ftext("F_A6", "n"), "Accepted", "In progress",
          hid=HID["F_A6"] - 50, lead="Det Ch Supt Force CID", cat="conflict",
          why=f"Text matches the HMICFRS item on online child sexual abuse capacity (register "
              f"id {HID['F_A6']}) but the force recorded HMICFRS ID {HID['F_A6'] - 50} (mistyped; "
              f"no such id on the list): reference disagrees."),
        R("F_A7", "P23-07", "AFI", ftext("F_A7", "v"), "Accepted", "On hold",
          lead="Det Ch Supt Force CID",
          prog="On hold pending Economic Crime Unit restructure (Q1 2025/26).",
          cat="in_sync", why="On hold is still open; HMICFRS open."),
        R("F_A10", "P23-10", "AFI", ftext("F_A10", "n"), "Risk accepted",
          "Closed – risk accepted",
          rat="Right Care Right Person implemented Nov 2024. Residual risk on attendance times "
              "for mental health calls accepted by ACC Local Policing; recorded on corporate "
              "risk register.",
          lead="ACC Local Policing", closed=D(2024, 12, 4),
          cat="closeable_submit",
          why="Risk accepted and closed by the force (done); HMICFRS 'Being progressed' "
              "(open)."),
        R("F_A11", "P23-11", "AFI", ftext("F_A11", "na"), "Accepted", "Complete",
          lead="Head of Learning & Development", closed=D(2025, 1, 30),
          prog="Mandatory FGM/HBA e-learning at 96% completion; evidence with SP&I.",
          cat="closeable_submit", why="Force Complete (done); HMICFRS 'Being progressed' (open)."),
        R("F_A13", "P23-13", "AFI", ftext("F_A13", "n"), "Accepted", "In progress",
          lead="ACC Crime",
          prog="Victim update compliance dip-sample planned for March; keep open until Q1 "
               "results.",
          cat="closeable_local",
          why="HMICFRS has it 'Complete' (closed) but the force still tracks it In progress."),
        R("F_A14", "P23-14", "AFI", ftext("F_A14", "v"), "Accepted", "In progress",
          lead="ACC Local Policing", cat="in_sync", why="Open on both."),
        R("F_A15", "P23-15", "AFI", ftext("F_A15", "n"), "TBC", "Not started",
          lead=None, prog="Awaiting allocation.", cat="in_sync",
          why="Force response not yet decided (TBC), Not started = open; HMICFRS open."),
        R("F_A16", "P23-16", "AFI", ftext("F_A16", "n"), "Accepted in part", "In progress",
          rat="Stalking Protection Orders accepted; wider ancillary orders review to be led "
              "by the DA programme.",
          lead="Ch Supt Public Protection", cat="in_sync",
          why="Accepted in part but the full text is tracked and it is still open; HMICFRS "
              "open."),
        R("F_A17", "P23-17", "AFI", ftext("F_A17", "v"), "Accepted", "In progress",
          lead="Det Ch Supt Force CID", cat="in_sync", why="Open on both."),
        R("F_A18", "P23-18", "AFI", ftext("F_A18", "n"), "Accepted", "In progress",
          lead="ACC Local Policing", cat="in_sync", why="Open on both."),
        R("F_A19", "P23-19", "AFI", ftext("F_A19", "na"), "Accepted", "In progress",
          lead="Force Crime Registrar", cat="in_sync", why="Open on both; ASB abbreviation."),
        R(None, "P23-L1", "Local action",
          "JAC action: Internal audit of the vetting governance arrangements (audit plan "
          "2024/25)", "N/A – local action", "In progress", hid=None,
          lead="Head of Professional Standards", cat="not_on_hmicfrs_list",
          why="The force's own audit action under the vetting cause for concern; HMICFRS never "
              "made it."),
    ]))

# ---- E: PEEL 2021/22 -------------------------------------------------------------------
BLOCKS.append(dict(
    report="E", name="PEEL 21-22", published="May 2022",
    heading=("PEEL 2021/22 – Northamptonshire Police – Published May 2022. This report makes 1 "
             "cause of concern (with 2 recommendations) and 21 areas for improvement."),
    rows=[
        R("E_COC", "P21-C1", "Cause of concern", ftext("E_COC", "v"), "Accepted", "In progress",
          lead="ACC Crime", prog="Investigation Standards Programme – phase 2 under way.",
          cat="in_sync", why="Open on both."),
        R("E_R1", "P21-R1", "Rec", ftext("E_R1", "s"), "Accepted", "Complete",
          lead="Det Ch Supt Force CID", closed=D(2023, 3, 2), sub=D(2023, 3, 10),
          cat="in_sync", why="Closed on both (HMICFRS Complete, force Complete)."),
        R("E_R2", "P21-R2", "Rec", ftext("E_R2", "a"), "Accepted",
          "Complete – submitted to HMICFRS", lead="Head of Criminal Justice",
          closed=D(2024, 11, 1), sub=D(2024, 11, 14),
          prog="Bail/RUI tracker and daily management meeting embedded. Submitted to HMICFRS "
               "14/11/2024.",
          cat="closeable_submit",
          why="Force done (submitted); HMICFRS still 'Being progressed' (open)."),
        R("E_A1", "P21-01", "AFI", ftext("E_A1", "n"), "Accepted", "In progress",
          lead="Head of Corporate Development",
          prog="Demand modelling work feeds FMS 2025; not yet complete.",
          cat="closeable_local",
          why="HMICFRS 'Superseded' (closed); force still In progress: close locally."),
        R("E_A2", "P21-02", "AFI", ftext("E_A2", "v"), "Accepted", "Complete",
          lead="DCC", closed=D(2023, 7, 5), cat="in_sync", why="Closed on both."),
        R("E_A3", "P21-03", "AFI", ftext("E_A3", "n"), "Not accepted", "Closed – not accepted",
          rat="Not accepted. The corporate risk register is reviewed monthly at the Strategic "
              "Risk Board and quarterly by the JIAC. COG 12/07/2022.",
          lead="DCC", closed=D(2022, 7, 12), sub=D(2022, 8, 3),
          prog="Rationale sent to HMICFRS FLL 03/08/2022.",
          cat="closeable_submit",
          why="Declined item closed by the force (done); HMICFRS 'Being progressed' (open). "
              "The force's own response does not close it on the register."),
        R("E_A4", "P21-04", "AFI", ftext("E_A4", "n"), "Accepted", "In progress",
          lead="Head of Performance & Analysis", cat="in_sync", why="Open on both."),
        R("E_A5", "P21-05", "AFI", ftext("E_A5", "n"), "Accepted", "Closed – superseded",
          lead="Head of Performance & Analysis", closed=D(2024, 6, 3),
          prog="Superseded by PEEL 2023/24 AFI 1 – tracked under P23-01.",
          cat="in_sync",
          why="HMICFRS 'Superseded' (closed) and force 'Closed – superseded' (done)."),
        R("E_A6", "P21-06", "AFI", ftext("E_A6", "v"), "Accepted", "Closed – superseded",
          lead="Director of People", closed=D(2024, 6, 3),
          prog="Repeated in PEEL 2023/24 (AFI 2) – tracked under P23-02.",
          cat="closeable_submit",
          why="Force closed the 2021/22 AFI as superseded (done) but HMICFRS still has the "
              "2021/22 item 'Being progressed' (open). Same text as the 2023/24 item, which is "
              "matched separately by report and id."),
        R("E_A7", "P21-07", "AFI", ftext("E_A7", "v"), "Accepted in part", "In progress",
          rat="Succession planning for diversity accepted. Direct entry not accepted – force "
              "does not take part in the national direct entry schemes (COG 12/07/2022).",
          lead="Director of People", cat="in_sync",
          why="Accepted in part, full text tracked, still In progress; HMICFRS open."),
        R("E_A8", "P21-08", "AFI", ftext("E_A8", "v"), "Accepted", "Complete",
          lead="Head of Professional Standards", closed=D(2023, 5, 22),
          cat="in_sync", why="Closed on both."),
        R("E_A9", "P21-09", "AFI", ftext("E_A9", "n"), "Not accepted", "Awaiting COG decision",
          rat="PSD propose not accepted – support for those raising concerns reviewed in 2021. "
              "Paper to COG March 2025.",
          lead="Head of Professional Standards", cat="in_sync",
          why="Response says Not accepted, but the delivery status is 'Awaiting COG decision': "
              "the force has not closed it (open). HMICFRS open."),
        R("E_A10", "P21-10", "AFI", ftext("E_A10", "n"), "Not accepted",
          "Closed – not accepted",
          rat="Not accepted – workforce equality data already published annually in the "
              "Equality, Diversity & Inclusion report. COG 12/07/2022.",
          lead="Director of People", closed=D(2022, 7, 12), sub=D(2022, 8, 3),
          cat="in_sync",
          why="Declined and closed by the force (done); HMICFRS 'No further action required' "
              "(closed): both closed."),
        R("E_A11", "P21-11", "AFI", ftext("E_A11", "v"), "Risk accepted",
          "Closed – risk accepted",
          rat="Uplift to the control room resourcing model not funded in the MTFP 2023-27. "
              "Risk accepted by DCC and held on the corporate risk register (CRR-14).",
          lead="Supt Contact Management", closed=D(2023, 2, 28),
          cat="closeable_submit",
          why="Risk accepted and closed by the force (done); HMICFRS 'Being progressed' "
              "(open)."),
        R("E_A12", "P21-12", "AFI", ftext("E_A12", "ns"), "Accepted", "In progress",
          lead="Supt Contact Management",
          prog="THRIVE refresher for call handlers rolling out; QA regime to follow.",
          cat="closeable_local",
          why="HMICFRS 'Complete' (closed); force still In progress."),
        R(None, "P21-L1", "Local action",
          "Local action: Dip-sample 50 rape and serious sexual offences crime reports each "
          "quarter and report findings to the Crime Standards Board", "N/A – local action",
          "In progress", hid=None, lead="Det Ch Supt Force CID", cat="not_on_hmicfrs_list",
          why="Force's own action, never an HMICFRS item."),
        R("E_A13", "P21-13", "AFI", ftext("E_A13", "v"), "Accepted", "In progress",
          lead="Head of Intelligence", cat="in_sync", why="Open on both."),
        R("E_A14", "P21-14", "AFI", ftext("E_A14", "n"), "Accepted", "Complete",
          lead="Head of Criminal Justice", closed=D(2024, 2, 19),
          cat="closeable_submit", why="Force Complete (done); HMICFRS 'Awaiting review' (open)."),
        R("E_A15", "P21-15", "AFI", ftext("E_A15", "na"), "Accepted", "In progress",
          lead="Ch Supt Public Protection", cat="in_sync", why="Open on both; 'DA' abbreviation."),
        R("E_A16", "P21-16", "AFI", ftext("E_A16", "v"), "Accepted", "Complete",
          lead="Ch Supt Public Protection", closed=D(2023, 9, 11), cat="in_sync",
          why="Closed on both."),
        R("F_A12", "P21-17", "AFI", ftext("F_A12", "n"), "Accepted", "In progress",
          hid=None, lead="Det Ch Supt Force CID", cat="conflict",
          why="This is the PEEL 2023/24 AFI on economic crime (HMICFRS 2023/24, May 2024) but "
              "the force filed it in its PEEL 21-22 block (report and published date from the "
              "merged block cells: PEEL 21-22, May 2022). Report/date disagree."),
        R("E_A18", "P21-18", "AFI", ftext("E_A18", "v"), "Accepted", "In progress",
          lead="ACC Local Policing", prog="Rural Crime Team attendance data under review.",
          cat="closeable_local", why="HMICFRS 'Complete' (closed); force In progress."),
        R("E_A19", "P21-19", "Recommendation", ftext("E_A19", "v"), "Accepted", "In progress",
          lead="Head of Learning & Development", cat="conflict",
          why="HMICFRS type 'Area for improvement'; force recorded it as 'Recommendation': "
              "type disagrees."),
        R("E_A20", "P21-20", "AFI", ftext("E_A20", "v"), "Accepted", "Complete",
          lead="ACC Local Policing", closed=D(2023, 8, 30), cat="in_sync", why="Closed on both."),
        R("E_A21", "P21-21", "AFI", ftext("E_A21", "na"), "Accepted", "Complete",
          lead="Head of Performance & Analysis", closed=D(2024, 9, 12),
          prog="VAWG measures in the monthly Force Performance pack since April 2024.",
          cat="closeable_submit",
          why="Force Complete (done); HMICFRS 'Being progressed' (open)."),
        R(None, "P21-L2", "Local action",
          "Force action - Add violence against women and girls measures to the monthly Force "
          "Performance pack", "N/A – local action", "Complete", hid=None,
          lead="Head of Performance & Analysis", closed=D(2024, 4, 30),
          cat="not_on_hmicfrs_list", why="Force's own action, never an HMICFRS item."),
    ]))

# ---- D: Disproportionate use of police powers 2021 --------------------------------------
BWV_A = ("By September 2021, forces should: ensure that officers record on BWV (when this is "
         "available) the entirety of all S&S encounters, including traffic stops and use of "
         "force incidents.")
BWV_B = ("(BWV – part 2) have a structured process for regularly reviewing and monitoring "
         "internally a sufficient sample of body-worn video footage to identify and disseminate "
         "learning and hold officers to account when behaviour falls below acceptable "
         "standards.")
BWV_C = ("(BWV – part 3) provide external scrutiny panel members with access to samples of BWV "
         "footage showing S&S encounters and use of force incidents, taking account of the "
         "safeguards in the CoP APP.")
BLOCKS.append(dict(
    report="D", name="Police powers spotlight (Feb 21)", published=D(2021, 2, 26),
    heading=("Disproportionate use of police powers: A spotlight on stop and search and the use "
             "of force – published 26 February 2021 (national report; 5 recommendations, 1 "
             "addressed to the Home Office and NPCC)"),
    rows=[
        R("D1", "PWR-1", "National rec", ftext("D1", "a"), "Not accepted",
          "Closed – not accepted",
          rat="Not accepted. Existing conflict management and de-escalation training already "
              "meets the National Policing Guidelines; no additional module will be added. COG "
              "14/06/2021.",
          lead="Head of Learning & Development", closed=D(2021, 6, 14),
          cat="closeable_submit",
          why="Declined and closed by the force (done); HMICFRS 'Being progressed' (open)."),
        R("D2", "PWR-2", "National rec", ftext("D2", "a"), "Accepted", "In progress",
          lead="Head of Learning & Development", cat="in_sync", why="Open on both."),
        R("D3", "PWR-3a", "National rec", BWV_A, "Accepted", "Complete",
          lead="ACC Local Policing", closed=D(2021, 11, 30), cat="closeable_submit",
          why="Split row 1 of 3 of the BWV recommendation. All three force rows are done "
              "(Complete, Complete, Closed – not accepted); HMICFRS open."),
        R("D3", "PWR-3b", "National rec", BWV_B, "Accepted", "Complete",
          lead="ACC Local Policing", closed=D(2022, 3, 31), cat="closeable_submit",
          why="Split row 2 of 3 of the BWV recommendation; item done on the force side, "
              "HMICFRS open."),
        R("D3", "PWR-3c", "National rec", BWV_C, "Not accepted", "Closed – not accepted",
          rat="Not accepted as worded – panel members view footage in OPCC-hosted sessions "
              "only, on data protection advice. COG 14/06/2021.",
          lead="ACC Local Policing", closed=D(2021, 6, 14), cat="closeable_submit",
          why="Split row 3 of 3: this part declined and closed (done); the whole item is done "
              "on the force side, HMICFRS open. Text of all three parts present."),
        R(None, "PWR-4", "National rec",
          "The Home Office and the NPCC should take steps to ensure that the quality of the "
          "data collected on the number of incidents where force has been used to effect a "
          "stop and search is sufficient for publication. The Home Office should publish this "
          "data as soon as possible.", "Not accepted", "Closed – not accepted", hid=None,
          rat="Not for the force – directed at the Home Office and NPCC.",
          lead="ACC Local Policing", closed=D(2021, 6, 14), cat="not_on_hmicfrs_list",
          why="Addressed to the Home Office and NPCC; not on the force's HMICFRS list. Being "
              "declined/closed does not change that it is a force-only row."),
        R("D5", "PWR-5", "National rec", ftext("D5", "v"), "Accepted", "Complete",
          lead="ACC Local Policing", closed=D(2022, 10, 20), cat="in_sync",
          why="Closed on both."),
    ]))

# ---- C: PEEL legitimacy 2017 national (stop and search) ----------------------------------
C1_FORCE = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of S&S powers "
    "to understand:\n- the reasons for any disproportionate representation of different ethnic "
    "groups in the use of S&S;\n- the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences).")
BLOCKS.append(dict(
    report="C", name="PEEL Legit 17 S&S", published="Dec 2017",
    heading=("PEEL Legitimacy 2017 – national (stop and search) – published December 2017"),
    rows=[
        R("C1", "LEG-1", "National rec", C1_FORCE, "Accepted in part", "Complete", hid=None,
          rat="Bullets 1 and 2 accepted. Monitoring of possession-only drug searches against "
              "local priorities not accepted – search reason codes do not separate "
              "possession-only; revisit when the new S&S app is procured. COG 05/03/2018.",
          lead="ACC Local Policing", closed=D(2018, 7, 31), cat="conflict",
          why="Force copy carries only the first two of the three bullets (the "
              "possession-only drug searches bullet it did not accept is missing). Missing "
              "bullet = conflict, although the force has it Complete and HMICFRS open."),
        R("C2", "LEG-2", "National rec", ftext("C2", "ab"), "Accepted", "Complete", hid=None,
          lead="ACC Local Policing", closed=D(2019, 1, 15), sub=D(2019, 2, 1),
          prog="Annual disproportionality analysis published on force website.",
          cat="closeable_submit",
          why="Force Complete (done); HMICFRS 'Being progressed' (open)."),
        R(None, "LEG-3", "National rec",
          "We expect forces to publish this analysis and any actions taken at least on an "
          "annual basis, from July 2018.", "Accepted", "Complete", hid=None,
          lead="ACC Local Policing", closed=D(2019, 1, 15), cat="not_on_hmicfrs_list",
          why="An expectation in the national report the force tracked as a recommendation; it "
              "is not an item on the force's HMICFRS list."),
        R("C4", "LEG-4", "National rec", ftext("C4", "a"), "Accepted", "Complete", hid=None,
          lead="Head of Learning & Development", closed=D(2018, 9, 28), cat="in_sync",
          why="Closed on both."),
    ]))

# ---- B: Stolen freedom 2017 ----------------------------------------------------------------
SF_STEM = ("Within twelve months, review MSHT leadership & governance arrangements to ensure "
           "that: ")
BLOCKS.append(dict(
    report="B", name="Stolen Freedom (MSHT) 2017", published=D(2017, 10, 24),
    heading=("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
             "published 24 October 2017 (national; 7 recommendations for all forces)"),
    rows=[
        *[R("B1", f"MSHT-1{'abcd'[i]}", "National rec", SF_STEM + abbrev(b), "Accepted",
            ["In progress", "In progress", "Not started", "In progress"][i], hid=None,
            lead="Det Ch Supt Force CID",
            prog=["MSHT governance refresh under the Exploitation Board.", None,
                  "Awaiting new regional partnership protocol.", None][i],
            cat="closeable_local",
            why=f"Split row {i + 1} of 4 (one per bullet) of the MSHT leadership recommendation. "
                "HMICFRS 'Complete' (closed); every force row is still open.")
          for i, b in enumerate(SF_LEADERSHIP_BULLETS)],
        R("B2", "MSHT-2", "National rec",
          "Within 12 months, forces should have in place active ISAs with other agencies to "
          "facilitate speedy exchange of intelligence and in order to safeguard victims better "
          "and to identify suspects as early as possible.", "Accepted", "In progress", hid=None,
          lead="Head of Intelligence", cat="conflict",
          why="Timescale disagrees: HMICFRS 'Within six months', force copy 'Within 12 "
              "months'."),
        R("B3", "MSHT-3", "National rec", ftext("B3", "v"), "Accepted", "Complete", hid=None,
          lead="Head of Criminal Justice", closed=D(2018, 6, 29), cat="in_sync",
          why="Closed on both."),
        R("B4", "MSHT-4", "National rec", ftext("B4", "a"), "Accepted", "Complete", hid=None,
          lead="Ch Supt Public Protection", closed=D(2018, 3, 16), cat="in_sync",
          why="Closed on both."),
        R("B5", "MSHT-5", "National rec", ftext("B5", "a"), "Accepted in part", "Complete",
          hid=None,
          rat="NCRS compliance for MSHT accepted and delivered. Additional FCR audit capacity "
              "not accepted – existing audit plan covers MSHT. COG 05/03/2018.",
          lead="Force Crime Registrar", closed=D(2018, 9, 3), cat="closeable_submit",
          why="Accepted in part, but the full text is tracked and the force has it Complete "
              "(done); HMICFRS 'Being progressed' (open)."),
        R("B6", "MSHT-6", "National rec", ftext("B6", "as"), "Accepted", "In progress",
          hid=None, lead="Det Ch Supt Force CID", cat="in_sync", why="Open on both."),
        R("B7", "MSHT-7", "National rec", ftext("B7", "a"), "Accepted", "In progress", hid=None,
          lead="Det Ch Supt Force CID",
          prog="Slavery and Trafficking Prevention Orders use reviewed annually.",
          cat="closeable_local", why="HMICFRS 'Complete' (closed); force In progress."),
        R(None, "MSHT-L1", "Local action",
          "Force action - Appoint a single point of contact for modern slavery and human "
          "trafficking in each local policing area", "N/A – local action", "Complete",
          hid=None, lead="Det Ch Supt Force CID", closed=D(2018, 4, 30),
          cat="not_on_hmicfrs_list", why="Force's own action, never an HMICFRS item."),
    ]))

# ---- A: Targeting the risk (firearms licensing) 2015 --------------------------------------
BLOCKS.append(dict(
    report="A", name="Firearms licensing 2015", published="Sep 2015",
    heading="Targeting the Risk (Firearms Licensing) 2015 – national, published September 2015",
    rows=[
        R("A1", "FL-1", "Rec", ftext("A1", "s"), "Accepted", "Complete", hid=None,
          lead="Supt Firearms Licensing", closed=D(2016, 1, 29), cat="in_sync",
          why="Closed on both. Force type 'Rec' is the same kind as 'National recommendation'."),
        R("A2", "FL-2", "Rec", ftext("A2", "v"), "Accepted", "In progress", hid=None,
          lead="Supt Firearms Licensing",
          prog="Renewals backlog remains; kept open pending the FEL review.",
          cat="closeable_local", why="HMICFRS 'Complete' (closed); force In progress."),
        R("A4", "FL-4", "Rec", ftext("A4", "v"), "Accepted", "Complete", hid=None,
          lead="Supt Firearms Licensing", closed=D(2016, 3, 31), cat="in_sync",
          why="Closed on both."),
        R("A5", "FL-5", "Rec", ftext("A5", "v"), "Risk accepted", "Closed – risk accepted",
          hid=None,
          rat="Automatic certificate-holder address flag not possible on the current command "
              "and control system; manual PNC/NFLMS check by dispatchers accepted as interim. "
              "Residual risk accepted by DCC until the new C&C system.",
          lead="Supt Contact Management", closed=D(2023, 3, 1), sub=D(2023, 3, 20),
          cat="closeable_submit",
          why="Risk accepted and closed by the force (done); HMICFRS 'Awaiting review' (open)."),
    ]))

# --------------------------------------------------------------------------------------
# Consistency check of the categories against the status rules
# --------------------------------------------------------------------------------------
def expected(h: str | None, status: str) -> str:
    if h is None:
        return "not_on_hmicfrs_list"
    hc = ITEM[h]["status"] in H_CLOSED
    assert ITEM[h]["status"] in H_OPEN | H_CLOSED
    assert status in F_OPEN | F_DONE, status
    fd = status in F_DONE
    if hc == fd:
        return "in_sync"
    return "closeable_local" if hc else "closeable_submit"


def check_rows():
    by_item: dict[str, list[dict]] = {}
    for b in BLOCKS:
        for r in b["rows"]:
            if r["h"]:
                by_item.setdefault(r["h"], []).append(r)
            if r["cat"] != "conflict":
                assert r["cat"] == expected(r["h"], r["status"]), (r["no"], r["cat"])
    # split items: item-level status (all rows done -> done) agrees with every row's category
    for k, rows in by_item.items():
        if len(rows) > 1:
            done = all(r["status"] in F_DONE for r in rows)
            st = "Complete" if done else "In progress"
            assert all(r["cat"] == expected(k, st) for r in rows), k


check_rows()

# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------
def dmy(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


FIXED_TS = "2025-03-03T09:14:00Z"


def save_reproducible(wb: Workbook, path: Path) -> None:
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + FIXED_TS.encode() + m.group(3), data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 3, 9, 14, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build():
    CASE.mkdir(exist_ok=True)
    # ---------------- HMICFRS register export (CSV, UTF-8 with BOM, CRLF) ----------------
    hcols = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
             "Recommendation", "Status", "Status last updated", "Latest comment"]
    hrow: dict[str, str] = {}
    ordered = sorted(ITEMS, key=lambda it: HID[it[0]])
    sio = io.StringIO(newline="")
    w = csv.writer(sio, lineterminator="\r\n")
    w.writerow(hcols)
    for n, (k, r, t, x, s, d, c) in enumerate(ordered, start=2):
        title, pub = REPORTS[r]
        w.writerow([HID[k], FORCE, title, dmy(pub), t, x, s, dmy(d), c or H_COMMENT[s]])
        hrow[k] = f"hmicfrs.csv!{n}"
    (CASE / "hmicfrs.csv").write_bytes(("\ufeff" + sio.getvalue()).encode("utf-8"))

    # ---------------- Force tracker (xlsx) ------------------------------------------------
    wb = Workbook()
    summ = wb.active
    summ.title = "JAC summary"
    ws = wb.create_sheet("Tracker")
    key = wb.create_sheet("Key")

    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    fills = {
        "Complete": "C6EFCE", "Complete – submitted to HMICFRS": "C6EFCE",
        "Closed – not accepted": "D9D9D9", "Closed – risk accepted": "D9D9D9",
        "Closed – superseded": "D9D9D9", "In progress": "FFEB9C", "On hold": "FFEB9C",
        "Awaiting COG decision": "FFEB9C", "Not started": "FFC7CE",
    }
    headers = ["No.", "HMICFRS ID", "Report", "Published", "Type",
               "Recommendation / AFI (as published)", "Force response",
               "Response rationale (COG decision)", "Lead", "Delivery status",
               "Latest update", "Date closed by force", "Submitted to HMICFRS"]
    ncol = len(headers)
    last = get_column_letter(ncol)
    ws["A1"] = "Northamptonshire Police – HMICFRS Recommendations & AFIs: Force Response and " \
               "Delivery Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("Owner: Strategic Planning & Inspection (Corporate Development) | Version 14 | "
                "Last updated 03/03/2025 | OFFICIAL")
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = ("Force response: Accepted / Accepted in part / Not accepted / Risk accepted (see "
                "Key). Items not accepted or risk accepted are closed on this tracker once the "
                "rationale is approved by COG and notified to the OPCC.")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells(f"A3:{last}3")
    HEADER_ROW = 5
    for ci, h in enumerate(headers, start=1):
        c = ws.cell(HEADER_ROW, ci, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    widths = [9, 11, 16, 11, 14, 70, 15, 45, 22, 20, 40, 12, 12]
    for ci, wdt in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(ci)].width = wdt
    ws.freeze_panes = f"A{HEADER_ROW + 1}"

    frow_of: list[tuple[dict, int]] = []
    row = HEADER_ROW + 1
    lead_pool = LEADS[:]
    for bi, b in enumerate(BLOCKS):
        if bi:
            row += 1  # a blank spacer row between report blocks
        hc = ws.cell(row, 1, b["heading"])
        hc.font = Font(bold=True)
        hc.fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        row += 1
        first = row
        for r in b["rows"]:
            hid = r["hid"]
            if hid == "auto":
                hid = HID[r["h"]]
            prog = r["prog"]
            if prog is None and r["type"] != "Local action":
                if r["status"].startswith("Closed"):
                    prog = rng.choice(PROG_DECLINED + [None])
                elif r["status"] in F_DONE:
                    prog = PROG_SUBMITTED if r["sub"] else rng.choice(PROG_DONE + [None])
                else:
                    prog = rng.choice(PROG_OPEN + [None])
            lead = r["lead"] if r["lead"] is not None or r["resp"] == "TBC" else \
                rng.choice(lead_pool)
            vals = [r["no"], hid, None, None, r["type"], r["text"], r["resp"], r["rat"] or None,
                    lead, r["status"], prog, r["closed"], r["sub"]]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row, ci, v)
                c.alignment = wrap
                c.border = border
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row, 10).fill = PatternFill("solid", fgColor=fills[r["status"]])
            frow_of.append((r, row))
            row += 1
        lastrow = row - 1
        # report and published written once per block, merged down the block (as kept)
        ws.cell(first, 3, b["name"]).alignment = wrap
        pc = ws.cell(first, 4, b["published"])
        pc.alignment = wrap
        if isinstance(b["published"], dt.date):
            pc.number_format = "dd/mm/yyyy"
        ws.merge_cells(start_row=first, start_column=3, end_row=lastrow, end_column=3)
        ws.merge_cells(start_row=first, start_column=4, end_row=lastrow, end_column=4)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{row - 1}"

    # ---------------- JAC summary sheet (counts, not items) -------------------------------
    summ["A1"] = "HMICFRS recommendations – summary for the Joint Independent Audit Committee"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "Position at 03/03/2025. Source: Tracker tab (local actions excluded)."
    sh = ["Report", "Items tracked", "Accepted", "Accepted in part", "Not accepted",
          "Risk accepted", "TBC", "Open", "Closed by force"]
    for ci, h in enumerate(sh, start=1):
        summ.cell(4, ci, h).font = Font(bold=True)
    srow = 5
    totals = [0] * (len(sh) - 1)
    for b in BLOCKS:
        rows = [r for r in b["rows"] if r["type"] != "Local action"]
        cnt = lambda resp: sum(r["resp"] == resp for r in rows)  # noqa: E731
        vals = [b["name"], len(rows), cnt("Accepted"), cnt("Accepted in part"),
                cnt("Not accepted"), cnt("Risk accepted"), cnt("TBC"),
                sum(r["status"] in F_OPEN for r in rows),
                sum(r["status"] in F_DONE for r in rows)]
        for ci, v in enumerate(vals, start=1):
            summ.cell(srow, ci, v)
        totals = [t + v for t, v in zip(totals, vals[1:])]
        srow += 1
    summ.cell(srow, 1, "Total").font = Font(bold=True)
    for ci, v in enumerate(totals, start=2):  # pasted as values, as the JAC paper has them
        summ.cell(srow, ci, v).font = Font(bold=True)
    summ.column_dimensions["A"].width = 34
    for ci in range(2, len(sh) + 1):
        summ.column_dimensions[get_column_letter(ci)].width = 14

    # ---------------- Key sheet -----------------------------------------------------------
    key_rows = [
        ("Force response", None),
        ("Accepted", "The force accepts the recommendation/AFI and will deliver it in full."),
        ("Accepted in part", "The force accepts part of it; the rationale states which part "
                             "is not accepted."),
        ("Not accepted", "The force does not accept it. Rationale approved by COG and sent to "
                         "the OPCC (s55 response) and to the HMICFRS Force Liaison Lead. Closed "
                         "on this tracker."),
        ("Risk accepted", "The force accepts the finding but will not act on it (cost, "
                          "systems); the residual risk is owned by a chief officer and held on "
                          "the corporate risk register. Closed on this tracker."),
        ("TBC", "Response not yet decided."),
        (None, None),
        ("Delivery status", None),
        ("Not started", "Allocated, no work yet."),
        ("In progress", "Work under way."),
        ("On hold", "Paused; reason in the latest update."),
        ("Awaiting COG decision", "A response or closure is with COG for decision."),
        ("Complete", "Delivered; evidence held by SP&I."),
        ("Complete – submitted to HMICFRS", "Delivered and evidence sent to HMICFRS."),
        ("Closed – not accepted", "Closed by the force: not accepted (see rationale)."),
        ("Closed – risk accepted", "Closed by the force: risk accepted (see rationale)."),
        ("Closed – superseded", "Closed by the force: repeated in a later report and tracked "
                                "there."),
    ]
    for i, (a, bb) in enumerate(key_rows, start=1):
        ca = key.cell(i, 1, a)
        if bb is None and a:
            ca.font = Font(bold=True)
        key.cell(i, 2, bb)
        if a in fills:
            ca.fill = PatternFill("solid", fgColor=fills[a])
    key.column_dimensions["A"].width = 32
    key.column_dimensions["B"].width = 100

    wb.properties.creator = "Strategic Planning & Inspection"
    wb.properties.lastModifiedBy = "Strategic Planning & Inspection"
    wb.properties.created = dt.datetime(2018, 1, 9, 10, 0, 0)
    save_reproducible(wb, CASE / "tracker.xlsx")

    # ---------------- truth.csv --------------------------------------------------------------
    lines = []
    matched = set()
    for r, rn in frow_of:
        h = r["h"]
        if h:
            matched.add(h)
        lines.append((hrow[h] if h else "", f"Tracker!{rn}", r["cat"], r["why"]))
    for k, *_ in ITEMS:
        if k not in matched:
            lines.append((hrow[k], "", "missing_from_force", MISSING_WHY[k]))

    def sk(line):
        h, f, *_ = line
        hn = int(h.split("!")[1]) if h else 10**6
        fn = int(f.split("!")[1]) if f else 0
        return (hn, fn)

    lines.sort(key=sk)
    tio = io.StringIO(newline="")
    tw = csv.writer(tio, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    tw.writerows(lines)
    (CASE / "truth.csv").write_text(tio.getvalue(), encoding="utf-8")
    return lines


MISSING_WHY = {
    "A3": "Firearms 'total expired' records recommendation: never added to the force tracker "
          "(HMICFRS closed it as Complete in 2016, but it is on the list and has no force row).",
    "C0": "National cause of concern on stop and search: the force tracked only the "
          "recommendations under it, not the cause of concern itself (HMICFRS Complete).",
    "E_A17": "PEEL 2021/22 AFI on RASSO investigation allocation and supervision: open on "
             "HMICFRS, absent from the tracker (only a local dip-sample action on RASSO exists, "
             "which is a different thing).",
    "F_A8": "PEEL 2023/24 AFI on knife crime prevention: open on HMICFRS, not yet added to the "
            "tracker (AFI numbers jump P23-07 -> P23-10).",
    "F_A9": "PEEL 2023/24 AFI on county lines analysis: open on HMICFRS, not yet added to the "
            "tracker. The 2021/22 county lines AFI (different wording) is tracked separately.",
}

if __name__ == "__main__":
    out = build()
    from collections import Counter
    print(Counter(line[2] for line in out))
