"""Build the case `yearly_sheets_carried_forward` (round 18, independent evaluation).

Layout: Gwent Police keeps ONE workbook with one sheet per financial year
("2021-22", "2022-23", "2023-24", "2024-25").  Items still open at 31 March are copied
forward to the next year's sheet, so one HMICFRS item appears on several sheets: the older
copies say "Carried forward to 2023-24" (or the status they had then), the newest copy has
the current status.  Items closed during a year stop appearing after it.  The columns drift
from year to year (a ref column added, "Lead" renamed "Owner", a column added).

HMICFRS side: the register export for the force, as xlsx.

Truth rule for carried-forward copies: every copy of an item is its own line of truth.csv,
paired with the same HMICFRS row.  The item's category is decided ONCE, from its newest
force row(s) (newest row of each bullet for a split item) against the HMICFRS status, and
every copy of the item carries that category.

Run with /work/main/.venv/bin/python; rebuilds the case byte for byte (fixed seed, fixed
workbook timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 1804
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "yearly_sheets_carried_forward")
FORCE = "Gwent Police"
YEARS = ["2021-22", "2022-23", "2023-24", "2024-25"]
FIXED_TS = dt.datetime(2025, 4, 14, 9, 0, 0)

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, force's tracker name(s) by sheet, FY idx
# of first sheet the report's new items go on (-1 = before 2021-22: brought forward))
# --------------------------------------------------------------------------------------
REPORTS = {
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S", "18"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "17"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 2018/19", "19"),
    "ncpi19": ("National child protection inspection 2019", dt.date(2019, 6, 18), "NCPI 2019",
               "19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)", "20"),
    "cdi21": ("Crime data integrity inspection 2021", dt.date(2021, 9, 14), "CDI 2021", "21"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 26), "PEEL 2021/22", "22"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022",
               dt.date(2022, 8, 9), "Custody inspection 2022", "22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2023, 5, 18), "PEEL 2023/24", "23"),
    "cust24": ("Report on an unannounced inspection visit to police custody suites 2024",
               dt.date(2024, 8, 20), "Custody inspection 2024", "24"),
}

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
FTYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "National rec"}

# HMICFRS status vocabulary (closing comments are the register's own words where found)
H_OPEN = {"Awaiting review", "Being progressed"}
H_CLOSED = {"Complete", "Superseded", "No further action required"}
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMICFRS and will be "
         "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. "
         "Where a cause of concern still exists this will appear in the register against these "
         "subsequent inspections.")
C_NFA = "No further action required. Closed following the force's update."

# --------------------------------------------------------------------------------------
# Force history helpers.  An entry is one row on one sheet: dict(y=year index, st=status,
# rag=..., plus optional overrides text/type/report/ref/pub/sub).
# --------------------------------------------------------------------------------------

def cf(y):
    return f"Carried forward to {YEARS[y + 1]}"


def hist(first, last, end, rag_end, older=None, extra=None):
    """Copies on sheets first..last; older copies 'Carried forward to <next>' (or `older`
    status); the newest copy gets `end` and `rag_end`."""
    out = []
    for y in range(first, last + 1):
        if y < last:
            out.append(dict(y=y, st=(older or {}).get(y, cf(y)), rag="Amber"))
        else:
            out.append(dict(y=y, st=end, rag=rag_end))
    for e in out:
        e.update((extra or {}).get(e["y"], {}))
    return out


# Items. f = force side: None (not tracked) or dict(ft=text, ft2=text from 2023-24 on,
# rows=[entries] or subs={label: (text, [entries])}, lead, refs={y: ref override},
# first_ref_year, conflict=reason).  exp = expected category (asserted).
ITEMS: list[dict] = []


def item(key, rep, htype, text, ref, hst, hdate, hcom, f, exp, note=""):
    ITEMS.append(dict(key=key, rep=rep, htype=htype, text=text, ref=ref, hst=hst, hdate=hdate,
                      hcom=hcom, f=f, exp=exp, note=note))


# ---- PEEL legitimacy 2017 (national; stop and search) --------------------------------
item("leg_coc", "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", 8541, "Complete", dt.date(2021, 9, 30),
     C_AUTH,
     dict(ft="CoC – force unable to show S&S use is consistently reasonable & fair; "
             "over-representation of BAME/black people in S&S data not explained",
          lead="ACC Local Policing", rows=hist(0, 0, "Closed – HMICFRS agreed closure", "Green")),
     "in_sync")
item("leg_monitor", "leg17", NAT,
     "By July 2018, all police forces across England and Wales should be regularly and "
     "frequently monitoring a comprehensive set of data and information on use of stop and "
     "search powers to understand:\n•the reasons for any disproportionate representation of "
     "different ethnic groups in the use of stop and search; •the extent to which find rates "
     "differ between people from different ethnicities, and across different types of searches "
     "(including separate identification of find rates for drug possession and supply-type "
     "offences); and •the prevalence of possession-only drug searches, and the extent to which "
     "these align with local or force level priorities.", 8542, "Complete",
     dt.date(2022, 6, 21), C_DONE,
     dict(ft="By July 2018 – regularly monitor a comprehensive set of S&S data to understand "
             "disproportionality by ethnicity, find rates by ethnicity and search type, and "
             "possession-only drug searches against local priorities",
          lead="ACC Local Policing",
          rows=hist(0, 1, "Closed – HMICFRS agreed closure", "Green")),
     "in_sync")
item("leg_disparity", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand the "
     "reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
     8543, "Complete", dt.date(2021, 11, 2), C_DONE,
     dict(ft="Where disparities identified – show the public research/analysis into the reasons "
             "and action taken to reduce the disparity",
          lead="Head of Corporate Development", rows=hist(0, 0, "Complete", "Green")),
     "in_sync")
item("leg_publish", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", 8544, "Awaiting review", dt.date(2021, 4, 12), C_REV,
     dict(ft="Publish the S&S analysis and actions taken at least annually (from July 2018)",
          lead="Head of Corporate Development",
          rows=hist(0, 0, "Complete – published annually on force website", "Green")),
     "closeable_submit", "force closed it on the 2021-22 sheet and dropped it; HMICFRS never "
     "closed it")
item("leg_training", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", 8545,
     "Being progressed", dt.date(2022, 2, 8), C_MON,
     dict(ft="By July 2018 & ongoing – all officers using S&S trained on unconscious bias and "
             "CoP APP on S&S",
          lead="Head of Learning & Development", rows=hist(0, 0, "Complete", "Green")),
     "closeable_submit")

# ---- Stolen freedom 2017 (national; MSHT) ---------------------------------------------
item("sf_lead", "stolen", NAT,
     "Within twelve months, forces should review their leadership and governance arrangements "
     "for modern slavery and human trafficking, to ensure that:\n"
     "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
     "• every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively;\n"
     "• forces develop effective partnership arrangements to co-ordinate activity in order to "
     "share information and safeguard victims; and\n"
     "• performance and quality assurance measures are in place to allow senior leaders to "
     "assess the nature and quality of the service provided to victims.", 7712, "Superseded",
     dt.date(2022, 7, 14), C_SUP,
     dict(ft="Within 12 months review MSHT leadership & goverance: senior leaders prioritise "
             "MSHT; every MSHT incident resourced with the right skills; partnership "
             "arrangements to share info & safeguard victims; performance & QA measures",
          lead="Det Ch Supt Force CID",
          rows=hist(0, 1, "Superseded – now covered by PEEL 2021/22 vulnerability AFIs",
                    "Green")),
     "in_sync")
item("sf_intel", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", 7713,
     "Being progressed", dt.date(2024, 11, 5), C_MON,
     dict(ft="Within 6 months – active ISAs with other agencies for speedy exchange of "
             "intelligence, to safeguard victims better & identify suspects early",
          lead="Head of Intelligence", rows=hist(0, 3, "In progress", "Amber")),
     "in_sync", "HMICFRS text carries a stray footnote digit ('intelligence 86 and')")
item("sf_s45", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", 7714,
     "Complete", dt.date(2023, 10, 17), C_DONE,
     dict(ft="Ensure victims committing offences under compulsion get early & continuing "
             "consideration of the s45 defence (Modern Slavery Act 2015)",
          lead="Head of Criminal Justice",
          rows=hist(0, 2, cf(2), "Amber", older={0: "In progress"})),
     "closeable_local", "newest copy (2023-24) says 'Carried forward to 2024-25' but the copy "
     "never reached the 2024-25 sheet: the force still holds it open; HMICFRS closed it")

# ---- PEEL 2018/19 (force level) -------------------------------------------------------
item("p18_rui", "peel18", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", 9151, "Complete", dt.date(2021, 12, 9),
     C_DONE,
     dict(ft="Improve understanding of suspects RUI and management of those on bail",
          lead="Head of Criminal Justice", rows=hist(0, 0, "Complete", "Green")),
     "in_sync")
item("p18_superv", "peel18", AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.", 9152, "Superseded",
     dt.date(2023, 6, 1), C_SUP,
     dict(ft="Regular & active supervison of quality and progress of investigations, properly "
             "recorded",
          ft2="Investigation supervision – regular, active and recorded (see Investigative "
              "Standards plan)",
          lead="Det Ch Supt Force CID", refs={1: ""},
          rows=hist(0, 3, "In progress", "Amber", older={2: "In progress"})),
     "closeable_local")
item("p18_risk", "peel18", AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", 9153, "Awaiting review", dt.date(2022, 12, 1), C_REV,
     dict(ft="Corporate risk register actively used to mitigate & manage known risks",
          lead="Head of Corporate Development",
          rows=hist(0, 1, "Complete – submitted for closure", "Green",
                    extra={1: dict(sub_date=dt.date(2022, 11, 14))})),
     "closeable_submit")
item("p18_consult", "peel18", AFI,
     "The force should improve its arrangements both to consult with the public about business "
     "planning and to feed back on changes made to service delivery as a result of such "
     "consultation.", 9154, "Complete", dt.date(2024, 2, 20), C_AUTH,
     dict(ft="Improve public consultation on business planning and feedback on changes made as "
             "a result",
          lead="Head of Corporate Development", refs={1: ""},
          rows=hist(0, 2, "Complete", "Green", older={1: "In progress"})),
     "in_sync")

# ---- National child protection inspection 2019 -----------------------------------------
MISSING_B = [
    "call takers understand and use the missing and absent category appropriately",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
item("nc_missing", "ncpi19", REC,
     "Within six months the force should review its approach to reports of missing children "
     "and take steps to ensure that:\n• " + ";\n• ".join(MISSING_B[:2]) + "; and\n• "
     + MISSING_B[2] + ".", 9388, "Being progressed", dt.date(2024, 9, 12), C_MON,
     dict(lead="Ch Supt Public Protection",
          subs={
              "a": ("Missing children (a) – call takers understand & use the missing/absent "
                    "category appropriately",
                    hist(0, 1, "Complete", "Green")),
              "b": ("Missing children (b) – call takers & frontline staff can identify CSE risk "
                    "factors and know how to respond",
                    hist(0, 3, "Complete", "Green")),
              "c": ("Missing children (c) – supervisors give correct oversight of missing "
                    "person enquiries and direct timely investigative & safeguarding action",
                    hist(0, 3, "In progress", "Amber")),
          }),
     "in_sync", "split into one row per bullet; bullets close in different years; one bullet "
     "still open on the newest sheet, so the item is open")
item("nc_dash", "ncpi19", REC,
     "Immediately, the force should take steps to ensure that there is effective supervision "
     "of the initial risk assessment process, specifically in relation to the completion of "
     "DASH risk assessment in appropriate cases.", 9389, "Complete", dt.date(2021, 10, 4),
     C_DONE,
     dict(ft="Effective supervision of initial risk assessment – DASH completed in appropriate "
             "cases", lead="Ch Supt Public Protection", rows=hist(0, 0, "Complete", "Green")),
     "in_sync")
item("nc_cse", "ncpi19", REC,
     "Within three months, the force should improve how it works with partner organisations "
     "to safeguard people at risk from child sexual exploitation.", 9390,
     "No further action required", dt.date(2021, 6, 30), C_NFA, None, "missing_from_force")
item("nc_online", "ncpi19", REC,
     "By December 2019, the force should improve the way it manages the risk posed by "
     "offenders involved in online child sexual abuse.", 9391, "Being progressed",
     dt.date(2024, 6, 3), C_MON,
     dict(ft="By Dec 2019 – improve management of risk posed by online CSA offenders",
          ft2="Online CSA offender management (POLIT / MOSOVO capacity) – improve risk "
              "management",
          lead="Ch Supt Public Protection",
          rows=hist(0, 3, "Complete – evidence submitted to HMICFRS", "Green",
                    extra={3: dict(sub_date=dt.date(2025, 2, 12))})),
     "closeable_submit")

# ---- Disproportionate use of police powers (Feb 2021, national) ---------------------------
item("pw_comms", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", 10611,
     "Being progressed", dt.date(2024, 10, 21), C_MON,
     dict(ft="By July 2022 – officers & staff to have effective comms skills in line with the "
             "National Policing Guidelines on Conflict Management (in addition to existing "
             "conflict mgmt / de-escalation training)",
          lead="Head of Learning & Development", rows=hist(0, 3, "In progress", "Amber")),
     "in_sync")
item("pw_cpd", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", 10612, "Complete", dt.date(2022, 9, 8), C_DONE,
     dict(ft="By July 2021 – comms skills reinforced through CPD; supervisors supported to "
             "debrief officers using BWV footage",
          lead="Head of Learning & Development", rows=hist(0, 1, "Complete", "Green")),
     "in_sync")
BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
item("pw_bwv", "powers", NAT,
     "By September 2021, forces should: " + "\n".join(BWV_PARTS), 10613, "Complete",
     dt.date(2023, 1, 19), C_DONE,
     dict(lead="Supt Professional Standards",
          subs={
              "a": ("BWV (1) – record the entirety of all S&S encounters on BWV, incl. traffic "
                    "stops and use of force", hist(0, 1, "Complete", "Green")),
              "b": ("BWV (2) – structured process to review a sufficient sample of BWV footage, "
                    "share learning & hold officers to account", hist(0, 1, "Complete", "Green")),
              "c": ("BWV (3) – external scrutiny panel access to samples of S&S / use of force "
                    "BWV footage (APP safeguards)", hist(0, 1, "Complete", "Green")),
          }),
     "in_sync", "one row per part of the recommendation, on two sheets")
item("pw_uof", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", 10615, "Awaiting review",
     dt.date(2024, 4, 2), C_REV,
     dict(ft="By July 2021 – effective internal monitoring of use of force to identify, "
             "understand and explain disproportionate use and act on it",
          lead="ACC Local Policing",
          rows=hist(0, 2, "Complete – submitted for closure", "Green",
                    extra={2: dict(sub_date=dt.date(2024, 3, 22))})),
     "closeable_submit")

# ---- Crime data integrity 2021 ------------------------------------------------------------
CDI_B = [
    "at the point of report, victims are believed",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions",
    "multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed",
]
item("cdi_victims", "cdi21", REC,
     "Within three months, the force should put in place arrangements to ensure that:\n• "
     + ";\n• ".join(CDI_B[:4]) + "; and\n• " + CDI_B[4] + ".", 11204, "Being progressed",
     dt.date(2024, 1, 15), C_MON,
     dict(lead="Force Crime Registrar",
          subs={
              "a": ("CDI 1a – victims believed at point of report", hist(0, 1, "Complete",
                                                                         "Green")),
              "b": ("CDI 1b – call handler conversations summarised accurately in the incident "
                    "log", hist(0, 1, "Complete", "Green")),
              "c": ("CDI 1c – multiple crimes always recorded", hist(0, 1, "Complete", "Green")),
              "d": ("CDI 1d – stop waiting for medical exam / video interview results before "
                    "recording decisions",
                    hist(0, 2, "Complete – submitted for closure", "Green",
                         extra={2: dict(sub_date=dt.date(2024, 1, 8))})),
              "e": ("CDI 1e – online crime reports triaged on receipt for ongoing risk",
                    hist(0, 2, "Complete – submitted for closure", "Green",
                         extra={2: dict(sub_date=dt.date(2024, 1, 8))})),
          }),
     "closeable_submit", "five bullet rows; all bullets done by the newest copies (2022-23 for "
     "a-c, 2023-24 for d-e); HMICFRS still open")
item("cdi_da", "cdi21", REC,
     "Within three months, the force should make sure it records reports of domestic abuse "
     "accurately and without delay.", 11205, "Complete", dt.date(2023, 2, 27), C_DONE,
     dict(ft="Within 3 months – record DA reports accurately & without delay",
          lead="Force Crime Registrar", rows=hist(0, 1, "Complete", "Green")),
     "in_sync")
item("cdi_stalk", "cdi21", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", 11206, "Being progressed", dt.date(2024, 12, 2), C_MON,
     dict(ft="Record stalking & harassment reports accurately and without delay",
          lead="Force Crime Registrar", rows=hist(0, 3, "In progress", "Amber"),
          refs={1: "11260"}),
     "in_sync", "2022-23 copy has a mistyped HMICFRS ref (11260), corrected on later copies; "
     "the newest copy decides, so no conflict")
item("cdi_cautions", "cdi21", AFI,
     "The force should revise its approach to cautions, cannabis warning and penalty notices "
     "for disorder to ensure that there is a clear and auditable explanation to the offender of "
     "the implications of receiving the warning and that, for victim-based crimes, there is a "
     "clear and auditable record that views of the victim are considered prior to their issue.",
     11207, "Awaiting review", dt.date(2021, 9, 14), C_NEW, None, "missing_from_force")
item("cdi_thr", "cdi21", REC,
     "Immediately, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", 11208,
     "Superseded", dt.date(2022, 8, 30), C_SUP,
     dict(ft="Call handlers to have specific, sound & comprehensible THRIVE criteria to assess "
             "threat, harm and risk",
          lead="Supt Contact Centre",
          rows=hist(0, 1, "Superseded – replaced by PEEL 2021/22 AFI", "Green")),
     "in_sync")

# ---- PEEL 2021/22 ---------------------------------------------------------------------------
item("p21_coc", "peel21", COC,
     "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
     "who fail to support the investigation and the low use of police powers of arrest and "
     "prosecution is a cause of concern to HMIC.", 12301, "Being progressed",
     dt.date(2024, 11, 18), C_MON,
     dict(ft="CoC – DA: high proportion of victims not supporting investigations; low use of "
             "arrest and prosecution",
          lead="ACC Crime", rows=hist(1, 3, "In progress", "Red")),
     "in_sync")
item("p21_arrest", "peel21", REC,
     "Immediately, the force should consider ways of increasing the use of arrest, ancillary "
     "orders and other available powers, in order to improve the service it provides to "
     "victims of domestic abuse, offer the best possible protection and bring more "
     "perpetrators to justice.", 12302, "Being progressed", dt.date(2024, 11, 18), C_MON,
     dict(ft="CoC rec 1 – increase use of arrest, ancillary orders & other powers for DA "
             "victims; bring more perpetrators to justice",
          lead="ACC Crime",
          rows=hist(1, 3, "Complete", "Green")),
     "closeable_submit")
item("p21_support", "peel21", REC,
     "Within six months the force should take steps to understand and address the reason "
     "behind why such a high proportion of victims of domestic abuse do not support the police "
     "investigation.", 12303, "Being progressed", dt.date(2024, 11, 18), C_MON,
     dict(ft="CoC rec 2 – within 12 months understand & address why so many DA victims do not "
             "support the police investigation",
          lead="ACC Crime", rows=hist(1, 3, "In progress", "Amber"),
          conflict="timescale: HMICFRS 'within six months', every force copy 'within 12 months'"),
     "conflict")
item("p21_vuln", "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", 12304, "Complete", dt.date(2024, 3, 4), C_DONE,
     dict(ft="Improve timeliness of response to calls involving vulnerable adults",
          lead="Supt Contact Centre", rows=hist(1, 2, "Complete", "Green")),
     "in_sync")
item("p21_rasso", "peel21", AFI,
     "The force should make sure victims of rape and serious sexual offences are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of Crime.",
     12305, "Being progressed", dt.date(2024, 7, 9), C_MON,
     dict(ft="RASSO victims kept informed of case progress in line with the VCOP",
          lead="Det Ch Supt Force CID", rows=hist(1, 3, "In progress", "Amber"),
          refs={1: ""}),
     "in_sync")
item("p21_control", "peel21", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.", 12306, "Being progressed",
     dt.date(2024, 5, 14), C_MON,
     dict(ft="Sufficient control room resources to fulfil the resourcing model & meet demand, "
             "taking account of workforce wellbeing",
          lead="Supt Contact Centre",
          rows=hist(1, 2, "Complete – evidence pack sent to HMICFRS", "Green",
                    extra={2: dict(sub_date=dt.date(2024, 3, 28))})),
     "closeable_submit")
item("p21_soc", "peel21", AFI,
     "The force should improve its understanding of the nature and scale of serious and "
     "organised crime in its area.", 12307, "Superseded", dt.date(2023, 5, 18), C_SUP,
     dict(ft="Improve understanding of nature & scale of SOC in Gwent",
          lead="Head of Intelligence", rows=hist(1, 3, "In progress", "Amber")),
     "closeable_local", "HMICFRS superseded it when PEEL 2023/24 was published; the force "
     "kept carrying it and it is still Amber on 2024-25")
item("p21_ocsa", "peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", 12308, "Being progressed", dt.date(2024, 8, 1),
     C_MON,
     dict(ft="Enough specialist capacity & capability to investigate online CSA",
          lead="Ch Supt Public Protection", rows=hist(1, 3, "In progress", "Amber"),
          wrong_report={2: "peel23", 3: "peel23"},
          conflict="report: the 2023-24 and 2024-25 copies were filed under PEEL 2023/24 (with "
                   "its date) when carried forward; HMICFRS has it under PEEL 2021/22"),
     "conflict")
item("p21_cl", "peel21", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", 12309, "Complete", dt.date(2023, 3, 2), C_DONE,
     dict(ft="Improve gathering, assessment & action on county lines intelligence",
          lead="Head of Intelligence", rows=hist(1, 1, "Complete", "Green")),
     "in_sync")
item("p21_vawg", "peel21", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", 12310, "Being progressed",
     dt.date(2024, 7, 2), "Closure evidence not accepted. Further evidence requested.",
     dict(ft="Performance framework to give senior leaders a clear picture of the VAWG "
             "response",
          lead="ACC Crime",
          rows=[dict(y=1, st="Complete – submitted for closure", rag="Green",
                     sub_date=dt.date(2023, 2, 20)),
                dict(y=3, st="Re-opened – HMICFRS did not accept closure (Jul 24)", rag="Amber",
                     reopened=True)]),
     "in_sync", "closed by the force on 2022-23, absent from 2023-24, re-opened on 2024-25: "
     "the newest copy is open, HMICFRS open")
item("p21_perf", "peel21", AFI,
     "The force should make sure all processes in place to support performance management "
     "are effective.", 12311, "Awaiting review", dt.date(2022, 5, 26), C_NEW, None,
     "missing_from_force")
item("p21_edi", "peel21", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", 12312, "Complete",
     dt.date(2024, 9, 26), C_AUTH,
     dict(ft="Review gathering & use of E&D data to understand workforce demographics",
          lead="Director of People", rows=hist(1, 3, "In progress", "Amber")),
     "closeable_local")
item("p21_culture", "peel21", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", 12313, "Being progressed", dt.date(2024, 4, 11), C_MON,
     dict(ft="Plans to monitor team cultures (incl. staff feedback) and take prompt remedial "
             "action", lead="Director of People", rows=hist(1, 3, "In progress", "Amber"),
          types={1: "Rec"}),
     "in_sync", "2022-23 copy typed 'Rec', corrected to 'AFI' on the later copies; the newest "
     "copy decides, so no conflict")
item("p21_prev", "peel21", AFI,
     "The force should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.", 12314,
     "Being progressed", dt.date(2024, 2, 6), C_MON,
     dict(ft="Clear prevention strategy targeting people most at risk",
          lead="ACC Local Policing", rows=hist(1, 3, "Complete", "Green")),
     "closeable_submit")
item("p21_whistle", "peel21", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", 12315, "Complete",
     dt.date(2023, 11, 7), C_DONE,
     dict(ft="Confidential route for staff to raise concerns; staff aware of whistleblowing",
          lead="Head of Professional Standards",
          rows=hist(1, 2, "Closed – HMICFRS agreed closure", "Green")),
     "in_sync")

# ---- Custody 2022 ---------------------------------------------------------------------------
CHILD_B = [
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time",
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child",
    "ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge",
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation",
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested",
]
item("c22_children", "cust22", REC,
     "Within six months Gwent Police should, in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:• "
     + ";• ".join(CHILD_B[:4]) + "; and• " + CHILD_B[4] + ".", 12560, "Being progressed",
     dt.date(2024, 10, 1), C_MON,
     dict(lead="Ch Insp Custody",
          subs={
              "1": ("Children in custody 1 – only detained when absolutely necessary, for the "
                    "minimum time", hist(1, 3, "Complete", "Green")),
              "2": ("Children in custody 2 – early assessment of need for alternative "
                    "accomodation, working with CSC", hist(1, 3, "In progress", "Amber")),
              "3": ("Children in custody 3 – record all actions & decisions on the relevant "
                    "documentation", hist(1, 3, "Complete", "Green")),
              "4": ("Children in custody 4 – timelier appropriate adult support for arrested "
                    "children", hist(1, 3, "In progress", "Red")),
          },
          conflict="missing bullet: HMICFRS has five bullets; the force split it into four rows "
                   "and never tracked 'detention certificates after charge'"),
     "conflict")
item("c22_mh", "cust22", REC,
     "Within three months, the force should make sure officers and staff have the training "
     "they need to identify and respond to people with mental ill health.", 12561, "Complete",
     dt.date(2023, 3, 16), C_DONE,
     dict(ft="Within 3 months – training for officers & staff to identify and respond to people "
             "with mental ill health (custody)",
          lead="Ch Insp Custody", rows=hist(1, 1, "Complete", "Green")),
     "in_sync")
item("c22_data", "cust22", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", 12562, "Complete", dt.date(2024, 6, 19), C_DONE,
     dict(ft="Custody – accurate data & analysis to support performance management",
          lead="Ch Insp Custody", rows=hist(1, 3, "Open – off track", "Red")),
     "closeable_local")

# ---- PEEL 2023/24 ---------------------------------------------------------------------------
item("p23_burg", "peel23", AFI,
     "The force should make sure investigations of residential burglary are allocated to "
     "officers with the right skills and are effectively supervised.", 13461,
     "Being progressed", dt.date(2024, 10, 15), C_MON,
     dict(ft="Residential burglary investigations allocated to skilled officers and "
             "effectively supervised",
          lead="Det Ch Supt Force CID", rows=hist(2, 3, "In progress", "Amber")),
     "in_sync")
item("p23_stalk", "peel23", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", 13462, "Being progressed",
     dt.date(2024, 10, 15), C_MON,
     dict(ft="Consistent use of ancillary orders (SPOs etc.) to protect stalking & harassment "
             "victims",
          lead="Ch Supt Public Protection",
          rows=hist(2, 3, "Complete", "Green")),
     "closeable_submit")
item("p23_hba", "peel23", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.", 13463, "Complete", dt.date(2025, 1, 23), C_DONE,
     dict(ft="Training for officers & staff to identify and respond to HBA",
          lead="Head of Learning & Development",
          rows=hist(2, 3, "Closed – HMICFRS agreed closure", "Green")),
     "in_sync")
item("p23_rso", "peel23", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "sexual offences against children.", 13472, "Being progressed", dt.date(2024, 12, 9),
     C_MON,
     dict(ft="Improve management of risk from offenders involved in sexual offences against "
             "children",
          lead="Ch Supt Public Protection", rows=hist(2, 3, "In progress", "Amber"),
          refs={2: "13427", 3: "13427"},
          conflict="reference: both force copies give HMICFRS ref 13427 (digits transposed; no "
                   "such item), HMICFRS ref is 13472"),
     "conflict")
item("p23_knife", "peel23", AFI,
     "The force should evaluate its work to prevent knife crime and share what works across "
     "the force.", 13464, "Awaiting review", dt.date(2023, 5, 18), C_NEW, None,
     "missing_from_force")
item("p23_soc", "peel23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", 13465, "Being progressed", dt.date(2024, 9, 3), C_MON,
     dict(ft="Improve gathering, assessment & action on SOC intelligence",
          lead="Head of Intelligence", rows=hist(2, 3, "In progress", "Amber")),
     "in_sync", "similar wording to the PEEL 2021/22 SOC AFI (12307) on the same sheets")
item("p23_asb", "peel23", AFI,
     "The force should review its approach to anti-social behaviour to make sure victims "
     "receive a consistently good service.", 13466, "Complete", dt.date(2024, 3, 12), C_DONE,
     dict(ft="Review ASB approach so victims recieve a consistently good service",
          lead="ACC Local Policing", rows=hist(2, 2, "Complete", "Green")),
     "in_sync")
item("p23_fraud", "peel23", AFI,
     "The force should make sure victims of fraud are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime.", 13467,
     "Being progressed", dt.date(2024, 8, 27), C_MON,
     dict(ft="Fraud victims kept informed of case progress in line with the VCOP",
          lead="Det Ch Supt Force CID", rows=hist(2, 3, "Open", "Amber")),
     "in_sync", "same body as the PEEL 2021/22 RASSO AFI (12305) with a different topic")
item("p23_invsup", "peel23", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.", 13468,
     "Awaiting review", dt.date(2024, 4, 8), C_REV,
     dict(ft="Improve supervison of investigations – plans set, reviewed & recorded",
          lead="Det Ch Supt Force CID",
          rows=hist(2, 2, "Complete – submitted for closure", "Green",
                    extra={2: dict(sub_date=dt.date(2024, 3, 28))})),
     "closeable_submit")
item("p23_econ", "peel23", AFI,
     "The force should make sure its analysis of economic crime informs its strategic "
     "assessment and control strategy.", 13469, "No further action required",
     dt.date(2024, 11, 28), C_NFA,
     dict(ft="Economic crime analysis to inform the strategic assessment & control strategy",
          lead="Head of Intelligence", rows=hist(2, 3, "In progress", "Amber")),
     "closeable_local")
item("p23_repeat", "peel23", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "repeat victims.", 13470, "Being progressed", dt.date(2024, 12, 17), C_MON,
     dict(ft="Timelier response to calls involving repeat victims",
          lead="Supt Contact Centre", rows=hist(2, 3, "Open – off track", "Red")),
     "in_sync")
item("p23_nbh", "peel23", AFI,
     "The force should develop a problem-solving approach to neighbourhood crime, working with "
     "local communities and partners.", 13471, "Being progressed", dt.date(2024, 6, 25), C_MON,
     dict(ft="Problem-solving approach to neighbourhood crime with communities & partners",
          lead="ACC Local Policing",
          rows=hist(2, 3, "Complete – submitted for closure", "Green",
                    extra={3: dict(sub_date=dt.date(2025, 3, 6))})),
     "closeable_submit")

# ---- Custody 2024 ---------------------------------------------------------------------------
item("c24_vuln", "cust24", REC,
     "Within six months the force should make sure officers and staff have the training they "
     "need to identify and respond to vulnerable adults.", 14102, "Awaiting review",
     dt.date(2024, 8, 20), C_NEW,
     dict(ft="Within 6 months – custody staff trained to identify & respond to vulnerable "
             "adults", lead="Ch Insp Custody", rows=hist(3, 3, "In progress", "Amber")),
     "in_sync")
item("c24_partner", "cust24", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from people with mental ill health.", 14103, "Awaiting review",
     dt.date(2024, 8, 20), C_NEW,
     dict(ft="Custody – work with partners (health, L&D) to safeguard detainees with mental "
             "ill health", lead="Ch Insp Custody", rows=hist(3, 3, "Open", "Amber")),
     "in_sync")

# ---- Force rows that are not HMICFRS items -------------------------------------------------
LOCAL = []


def local(key, first_year, typ, text, lead, rows, report="Local", note=""):
    LOCAL.append(dict(key=key, fy=first_year, typ=typ, text=text, lead=lead, rows=rows,
                      report=report, note=note))


local("loc_ho", 0, "National rec",
      "Home Office & NPCC to make sure data on use of force in S&S is good enough to publish; "
      "HO to publish it asap",
      "ACC Local Policing",
      [dict(y=0, st="Carried forward to 2022-23 – awaiting national position", rag="White"),
       dict(y=1, st="Not for Gwent – for Home Office / NPCC to deliver", rag="White")],
      report="powers",
      note="recommendation of the police powers report addressed to the Home Office and NPCC, "
           "not on the force's HMICFRS register")
local("loc_dip", 0, "Local action",
      "Dip-sample 50 stalking and harassment crime reports each quarter and report findings to "
      "the Crime Standards Board", "Force Crime Registrar",
      hist(0, 3, "In progress", "Amber"), report="Local")
local("loc_tf", 1, "Local action",
      "Task & Finish group to review the domestic abuse policy and report to the Force "
      "Executive Team", "ACC Crime", hist(1, 2, "Complete", "Green"), report="Local")
local("loc_audit", 2, "Internal audit",
      "Internal audit of the counter-corruption governance arrangements (audit plan 2023/24)",
      "Head of Professional Standards", hist(2, 3, "Complete", "Green"),
      report="Internal audit 2023/24")

# --------------------------------------------------------------------------------------
# Force-side columns per sheet
# --------------------------------------------------------------------------------------
COLS = {
    0: ["No.", "Report", "Date published", "Type", "Recommendation / AFI", "Lead", "RAG",
        "Progress update", "Status"],
    1: ["No.", "HMICFRS ref", "Report", "Date published", "Type", "Recommendation / AFI",
        "Lead", "RAG", "Progress update", "Status"],
    2: ["No.", "HMICFRS ref", "Report", "Published", "Type", "Recommendation / AFI", "Owner",
        "RAG", "Progress update", "Status", "Date submitted to HMICFRS"],
    3: ["No.", "HMICFRS ref", "Report", "Published", "Type", "Recommendation / AFI / CoC",
        "Owner", "Portfolio", "RAG", "Latest update (Q4)", "Status",
        "Date submitted to HMICFRS"],
}
HEADER_ROW = {0: 3, 1: 4, 2: 4, 3: 4}
PORTFOLIO = {
    "ACC Crime": "Crime & Justice", "Det Ch Supt Force CID": "Crime & Justice",
    "Head of Criminal Justice": "Crime & Justice", "Force Crime Registrar": "Corporate Services",
    "Head of Intelligence": "Crime & Justice", "Ch Supt Public Protection": "Public Protection",
    "ACC Local Policing": "Local Policing", "Supt Contact Centre": "Local Policing",
    "Head of Learning & Development": "People", "Director of People": "People",
    "Head of Corporate Development": "Corporate Services",
    "Head of Professional Standards": "Professional Standards",
    "Supt Professional Standards": "Professional Standards", "Ch Insp Custody": "Crime & Justice",
}
# 2024-25 owner changes (people move on)
OWNER_2425 = {"Head of Corporate Development": "Head of Strategy & Performance",
              "Supt Contact Centre": "Supt Force Contact"}

RAG_FILL = {"Red": "FFC7CE", "Amber": "FFEB9C", "Green": "C6EFCE", "White": "FFFFFF"}

NOTES_OPEN = [
    "Action plan agreed at Force Improvement Board; delivery on track.",
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; policy rewrite in draft.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Update requested from lead – none received for this quarter.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Training package designed; roll-out to response teams planned.",
    "Dip-sample completed; findings to go to the next Force Performance Board.",
]
NOTES_CF = [
    "Not complete at year end – carried forward.",
    "Ongoing – c/f to next year's tracker.",
    "Some progress; carried forward.",
    "Awaiting evidence from lead. C/F.",
]
NOTES_DONE = [
    "Completed. Evidence held by SPIU.",
    "Ready to move to GREEN status.",
    "Policy signed off and in place; compliance checked by dip-sample.",
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Closure agreed at Force Improvement Board.",
]


def note_for(status):
    if status.startswith("Carried forward"):
        return rng.choice(NOTES_CF)
    if status.startswith(("Complete", "Closed")):
        return rng.choice(NOTES_DONE)
    if status.startswith("Superseded"):
        return "HMICFRS advised superseded at the Force Liaison Lead meeting."
    if status.startswith("Not for"):
        return "Not the force's responsibility to deliver; dependent upon another organisation."
    if status.startswith("Re-opened"):
        return "Re-opened after HMICFRS asked for further evidence. New action plan agreed."
    return rng.choice(NOTES_OPEN)


def force_done(status):
    s = status.lower()
    if s.startswith(("complete", "closed", "superseded", "not for")):
        return True
    if s.startswith(("carried forward", "in progress", "open", "re-opened")):
        return False
    raise ValueError(status)


def pub_cell(y, d):
    """How each year's sheet writes the publication date."""
    if y == 0:
        return d.strftime("%b %Y")              # text, "Feb 2021"
    if y == 1:
        return d.strftime("%d/%m/%Y")           # text, dd/mm/yyyy
    return d                                    # a real date


# --------------------------------------------------------------------------------------
# Build the force-side rows per sheet
# --------------------------------------------------------------------------------------

def fid_prefix(rep_key):
    return REPORTS[rep_key][3]


def assign_fids():
    counters: dict[str, int] = {}
    for it in ITEMS:
        if it["f"] is None:
            continue
        p = fid_prefix(it["rep"])
        counters[p] = counters.get(p, 0) + 1
        it["fid"] = f"{p}-{counters[p]:02d}"
    for lo in LOCAL:
        p = YEARS[lo["fy"]][2:4]
        if lo["report"] == "powers":
            p = "20"
        counters[p] = counters.get(p, 0) + 1
        lo["fid"] = f"{p}-{counters[p]:02d}"


def rows_of_item(it):
    """[(sub_label, text, entry)] for every force entry of an HMICFRS item."""
    f = it["f"]
    out = []
    if "subs" in f:
        for lab, (txt, entries) in f["subs"].items():
            for e in entries:
                out.append((lab, txt, e))
    else:
        for e in f["rows"]:
            txt = f["ft"]
            if e["y"] >= 2 and f.get("ft2"):
                txt = f["ft2"]
            out.append((None, txt, e))
    return out


def build_force_rows():
    """Returns {year: [(section, rowdict, truth_ref)]} in sheet order."""
    per_year = {y: [] for y in range(4)}
    for it in ITEMS:
        if it["f"] is None:
            continue
        f = it["f"]
        rep = REPORTS[it["rep"]]
        for lab, txt, e in rows_of_item(it):
            y = e["y"]
            rep_key = f.get("wrong_report", {}).get(y, it["rep"])
            r = REPORTS[rep_key]
            ref = f.get("refs", {}).get(y, str(it["ref"]))
            ftype = f.get("types", {}).get(y, FTYPE[it["htype"]])
            lead = f["lead"]
            if y == 3:
                lead = OWNER_2425.get(lead, lead)
            first_y = min(x["y"] for _, _, x in rows_of_item(it))
            if e.get("reopened"):
                section = "reopened"
            elif y == first_y and (y > 0 or rep[1] >= dt.date(2021, 4, 1)):
                section = "new"
            else:
                section = "cf"
            sep = "." if lab and lab.isdigit() else ""
            row = dict(fid=it["fid"] + sep + (lab or ""), ref=ref, report=r[2], pub=r[1], type=ftype,
                       text=txt, lead=lead, rag=e["rag"], status=e["st"],
                       sub_date=e.get("sub_date"), note=note_for(e["st"]))
            per_year[y].append((section, row, ("item", it["key"], lab, y)))
    for lo in LOCAL:
        for e in lo["rows"]:
            y = e["y"]
            if lo["report"] == "powers":
                rep_name, pub = REPORTS["powers"][2], REPORTS["powers"][1]
            else:
                rep_name, pub = lo["report"], None
            section = "new" if (y == lo["fy"] and y > 0) or (y == 0 and lo["key"] == "loc_dip") \
                else "cf"
            lead = OWNER_2425.get(lo["lead"], lo["lead"]) if y == 3 else lo["lead"]
            row = dict(fid=lo["fid"], ref="", report=rep_name, pub=pub, type=lo["typ"],
                       text=lo["text"], lead=lead, rag=e["rag"], status=e["st"],
                       sub_date=e.get("sub_date"), note=note_for(e["st"]))
            per_year[y].append((section, row, ("local", lo["key"], None, y)))
    for y in per_year:
        per_year[y].sort(key=lambda t: ({"cf": 0, "new": 1, "reopened": 2}[t[0]], t[1]["fid"]))
    return per_year


def prev_fy(y):
    a = 2021 + y - 1
    return f"{a}-{str(a + 1)[2:]}"


# --------------------------------------------------------------------------------------
# Category logic (the truth)
# --------------------------------------------------------------------------------------

def item_category(it):
    f = it["f"]
    if f is None:
        return "missing_from_force", "on the HMICFRS register, on no sheet of the tracker"
    if f.get("conflict"):
        return "conflict", f["conflict"]
    # newest copy of each bullet/row decides the force status
    newest = {}
    for lab, _, e in rows_of_item(it):
        if lab not in newest or e["y"] > newest[lab]["y"]:
            newest[lab] = e
    done = all(force_done(e["st"]) for e in newest.values())
    last_y = max(e["y"] for e in newest.values())
    hopen = it["hst"] in H_OPEN
    assert it["hst"] in H_OPEN | H_CLOSED
    fs = "done" if done else "open"
    where = f"newest force copy on {YEARS[last_y]}"
    if hopen and done:
        return "closeable_submit", f"HMICFRS '{it['hst']}'; {where} done"
    if not hopen and not done:
        return "closeable_local", f"HMICFRS '{it['hst']}'; {where} still open"
    return "in_sync", f"HMICFRS '{it['hst']}'; {where} {fs}"


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
SECTION_FILL = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_times(wb):
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    wb.properties.creator = "SPIU"
    wb.properties.lastModifiedBy = "SPIU"


def save_deterministic(wb, path):
    fix_times(wb)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2025-04-14T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 4, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def write_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Register export"
    ws["A1"] = f"HMICFRS monitoring – recommendations and areas for improvement: {FORCE}"
    ws["A1"].font = TITLE
    ws["A2"] = ("Definitive list extracted 14 April 2025. Includes items closed since "
                "1 April 2021.")
    heads = ["Reference", "Report", "Publication date", "Type", "Recommendation", "Status",
             "Status changed", "Latest comment"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
    order = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][1], it["ref"]))
    r = 5
    for it in order:
        rep = REPORTS[it["rep"]]
        d = it["hdate"]
        day = d.day
        suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        vals = [it["ref"], rep[0], rep[1], it["htype"], it["text"], it["hst"],
                f"{day}{suf} {d.strftime('%B %Y')}", it["hcom"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if c == 3:
                cell.number_format = "DD/MM/YYYY"
        it["hrow"] = f"Register export!{r}"
        r += 1
    for col, w in zip("ABCDEFGH", [11, 48, 14, 22, 90, 18, 20, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save_deterministic(wb, path)


def write_tracker(path, per_year):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Read me"
    readme = [
        f"{FORCE} – HMICFRS recommendations, AFIs and causes of concern tracker",
        "Maintained by the Strategic Planning & Improvement Unit (SPIU).",
        "",
        "One sheet per financial year. At 31 March every item that is not closed is copied to "
        "the next year's sheet and its status on the old sheet is set to 'Carried forward'.",
        "Items closed during a year are shown as closed on that year's sheet and are not "
        "carried forward.",
        "Local actions and internal audit actions are tracked alongside HMICFRS items.",
        "HMICFRS ref column added from 2022-23 (portal reference). Owner column replaces Lead "
        "from 2023-24.",
    ]
    for i, line in enumerate(readme, 1):
        ws0.cell(row=i, column=1, value=line)
    ws0["A1"].font = TITLE
    ws0.column_dimensions["A"].width = 110

    updated = {0: "31/03/2022", 1: "31/03/2023", 2: "28/03/2024", 3: "31/03/2025"}
    for y in range(4):
        ws = wb.create_sheet(YEARS[y])
        cols = COLS[y]
        ws.cell(row=1, column=1,
                value=f"{FORCE} – HMICFRS recommendations & AFIs: {YEARS[y]} tracker").font = TITLE
        ws.cell(row=2, column=1, value=f"Last updated {updated[y]} (SPIU)")
        hr = HEADER_ROW[y]
        for c, h in enumerate(cols, 1):
            cell = ws.cell(row=hr, column=c, value=h)
            cell.font = HEAD_FONT
            cell.fill = HEAD_FILL
            cell.alignment = WRAP
        r = hr + 1
        cur_section = None
        titles = {"cf": f"Carried forward from {prev_fy(y)}" if y > 0
                  else "Brought forward from 2020-21",
                  "new": f"New in {YEARS[y]}",
                  "reopened": "Re-opened items"}
        for section, row, tref in per_year[y]:
            if section != cur_section:
                cell = ws.cell(row=r, column=1, value=titles[section])
                cell.font = BOLD
                for c in range(1, len(cols) + 1):
                    ws.cell(row=r, column=c).fill = SECTION_FILL
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
                cur_section = section
                r += 1
            values = {
                "No.": row["fid"], "HMICFRS ref": row["ref"] or None, "Report": row["report"],
                "Date published": pub_cell(y, row["pub"]) if row["pub"] else None,
                "Published": pub_cell(y, row["pub"]) if row["pub"] else None,
                "Type": row["type"], "Recommendation / AFI": row["text"],
                "Recommendation / AFI / CoC": row["text"], "Lead": row["lead"],
                "Owner": row["lead"], "Portfolio": PORTFOLIO.get(
                    {v: k for k, v in OWNER_2425.items()}.get(row["lead"], row["lead"]), ""),
                "RAG": row["rag"], "Progress update": row["note"],
                "Latest update (Q4)": row["note"], "Status": row["status"],
                "Date submitted to HMICFRS": row["sub_date"],
            }
            for c, h in enumerate(cols, 1):
                v = values[h]
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                if isinstance(v, dt.date):
                    cell.number_format = "DD/MM/YYYY"
                if h == "RAG" and v in RAG_FILL:
                    cell.fill = PatternFill("solid", fgColor=RAG_FILL[v])
            tref_store.append((f"{YEARS[y]}!{r}", tref))
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="RAG key: Red – off track / past deadline; Amber – in "
                                       "progress; Green – complete (evidence held); White – not "
                                       "for Gwent Police to deliver.")
        ws.cell(row=r + 1, column=1, value="Items not closed at 31 March are carried forward to "
                                           "the next year's sheet.")
        widths = {"No.": 8, "HMICFRS ref": 11, "Report": 26, "Date published": 13,
                  "Published": 12, "Type": 12, "Recommendation / AFI": 70,
                  "Recommendation / AFI / CoC": 70, "Lead": 26, "Owner": 26, "Portfolio": 20,
                  "RAG": 8, "Progress update": 45, "Latest update (Q4)": 45, "Status": 34,
                  "Date submitted to HMICFRS": 14}
        for c, h in enumerate(cols, 1):
            ws.column_dimensions[ws.cell(row=hr, column=c).column_letter].width = widths[h]
        ws.freeze_panes = ws.cell(row=hr + 1, column=1)
    save_deterministic(wb, path)


tref_store: list = []

README = r"""# Case `yearly_sheets_carried_forward` (round 18)

Built by `../build_yearly_sheets_carried_forward.py`. Run it with `/work/main/.venv/bin/python`.
**Seed 1804.** The script rebuilds all three files byte for byte: workbook timestamps and zip
entry dates are fixed.

## Layout

**Force side: `tracker.xlsx`.** This is Gwent Police's single HMICFRS tracker, kept by the
Strategic Planning & Improvement Unit. It has one sheet per financial year.

| sheet | header row | columns |
|---|---|---|
| `Read me` | – | notes only, no items |
| `2021-22` | 3 | No. · Report · Date published (text, "Feb 2021") · Type · Recommendation / AFI · Lead · RAG · Progress update · Status |
| `2022-23` | 4 | adds **HMICFRS ref** (stored as text); Date published is now text "dd/mm/yyyy" |
| `2023-24` | 4 | **Published** (real dates) · **Owner** replaces Lead · adds **Date submitted to HMICFRS** |
| `2024-25` | 4 | text column renamed **Recommendation / AFI / CoC** · adds **Portfolio** · **Latest update (Q4)** replaces Progress update · two owners renamed |

Every year sheet has the same furniture:
- a title in row 1 and "Last updated …" in row 2;
- merged grey section rows: "Brought forward from 2020-21" / "Carried forward from <last year>",
  "New in <year>", and on 2024-25 "Re-opened items";
- two legend/note rows under the table (RAG key, carry-forward rule).

None of these are items. The RAG cells are shaded to match their text (Red/Amber/Green/White).

`No.` is the force's own running ID. It is given when an item is first logged
(e.g. `22-08`) and kept on every copy. Split rows take a suffix: `19-05a`, `22-15.3`.
This is not an HMICFRS reference.

The carry-forward rule works like this. At 31 March, every item that is not closed is copied
to the next sheet. On the old sheet its Status becomes "Carried forward to YYYY-YY", or it
keeps the status it had then ("In progress"). The newest sheet holds the current status.
An item closed during a year shows as closed on that year's sheet and does not appear after
it.

**HMICFRS side: `hmicfrs.xlsx`.** This is the register export for the force, sheet
`Register export`. Rows 1–2 are the title and the extract note; the header is row 4; items
are in rows 5–61. Columns: Reference (plain integer) · Report · Publication date · Type ·
Recommendation · Status · Status changed ("14th July 2022") · Latest comment.
- Statuses: Awaiting review / Being progressed (open); Complete / Superseded / No further
  action required (closed).
- The export lists items open on or closed since 1 April 2021.
- It has 57 items from 10 reports (2017–2024): national and force-level recommendations,
  AFIs, and 2 causes of concern.

## How the truth treats carried-forward copies (the rule, applied everywhere)

- **Every copy is its own line.** Each item row on each year sheet is one line of
  `truth.csv`. Every copy of an HMICFRS item pairs with the same `hmicfrs_row`. A split item
  (one row per bullet) has one line per bullet row per sheet.
- **One category per item, decided from its newest copy.**
  - The force status of an item is read from its newest row. For a split item, it is read
    from the newest row of each bullet, and the item counts as done only if every bullet's
    newest row is done.
  - That status is set against the HMICFRS status to give the category.
  - **Every copy, older ones included, carries that same category.**
  - The `why` column says whether a line is the newest copy or an older one.
- **Facts are also taken from the newest copy.** A conflict (report, reference, type,
  timescale, missing bullet) counts if the newest copy has it, and then all copies are
  `conflict`. An error that appears only on an older copy and was corrected later is not a
  conflict.
- **Force status words:**
  - Done: Complete…, Closed…, Superseded…, Not for Gwent…
  - Open: Carried forward to…, In progress, Open, Open – off track, Re-opened…
- **Rows for items that are not HMICFRS's** (local actions, an internal audit action, a
  recommendation addressed to the Home Office) are `not_on_hmicfrs_list` on every copy.

## Traps and how the truth decides them

1. **Same item on up to four sheets**, with older copies reading "Carried forward to …" or
   "In progress". All copies pair with one HMICFRS row and share its category. Example:
   9152 on `2021-22!14`, `2022-23!10`, `2023-24!8`, `2024-25!7` → all `closeable_local`
   (HMICFRS Superseded; still In progress on 2024-25).
2. **A closed-early item versus an open HMICFRS status.**
   - 8544 and 8545 were marked Complete on 2021-22 and dropped, but HMICFRS still has them
     open → `closeable_submit`.
   - The same pattern applies to 9153 (2022-23), and to 10615, 12306 and 13468, which were
     submitted on 2023-24 and dropped.
3. **Dangling carry-forward (7714).** The 2023-24 copy says "Carried forward to 2024-25", but
   it never reached the 2024-25 sheet. The force still holds it open, and HMICFRS closed it
   (Complete, Oct 2023) → `closeable_local`, 3 rows.
4. **Re-opened item (12310).**
   - The force marked it Complete – submitted on 2022-23 (`2022-23!43`), and it is absent
     from 2023-24.
   - It is back on 2024-25 under "Re-opened items" (`2024-25!42`) because HMICFRS did not
     accept the closure.
   - The newest copy is open and HMICFRS is Being progressed → `in_sync`. Reading the
     2022-23 copy on its own would wrongly give `closeable_submit`.
5. **Split items whose bullets close in different years.**
   - 9388 (NCPI missing children, 3 bullets, 10 rows): one bullet is still In progress on
     2024-25 → `in_sync`.
   - 11204 (CDI, 5 bullets, 12 rows): all bullets done by 2023-24 while HMICFRS is open →
     `closeable_submit`.
   - 10613 (body-worn video, 3 parts, 6 rows): done on both sides → `in_sync`.
6. **Conflicts (4 items, 20 rows)**, all present on the newest copy:
   - 12303, timescale: HMICFRS says "Within six months", every force copy says "within 12
     months".
   - 12308, report: the 2022-23 copy is right, but when it was carried forward the 2023-24
     and 2024-25 copies were filed under "PEEL 2023/24" with the 18/05/2023 date. The `No.`
     still says `22-08`. The newest copy is wrong, so all 3 copies are `conflict`.
   - 12560, missing bullet: HMICFRS has 5 bullets; the force split it into 4 rows per sheet
     (12 rows) and never tracked the detention-certificate bullet.
   - 13472, reference: both force copies give ref 13427 (transposed digits; no such item).
7. **Errors only on older copies, corrected later (not conflicts).**
   - 11206: the 2022-23 copy has ref 11260, corrected later → `in_sync`.
   - 12313: the 2022-23 copy is typed "Rec" where later copies say "AFI" → `in_sync`.
8. **Superseded on HMICFRS, still carried by the force.** 12307 (superseded when PEEL
   2023/24 came out), 9152, 12312, 12562, and 13469 (HMICFRS: No further action required) →
   `closeable_local`.
9. **Superseded on both sides** (7712, 11208: the force wrote "Superseded – …") → `in_sync`.
10. **Missing from force (4):** 9390 (HMICFRS closed it, NFA, and the force never logged it),
    11207, 12311 and 13464. Each has no force row on any sheet.
11. **Not on HMICFRS list (4 force items, 10 rows):**
    - the police powers recommendation addressed to the Home Office and NPCC (RAG White;
      2 copies);
    - a dip-sampling local action (4 copies);
    - a Task & Finish local action (2 copies);
    - an internal audit action (2 copies).
12. **Look-alikes:**
    - 12307 and 13465: SOC understanding versus SOC intelligence, on the same sheets, one
      per PEEL.
    - 12305 and 13467: the same "kept informed … VCOP" body for RASSO and fraud.
    - 12561 and 14102: the same custody training body with a different topic and timescale.
13. **Text noise:**
    - Force texts are abridged and abbreviated (S&S, ISAs, DA, CSA, VCOP, "Within 6
      months"), with misspellings ("supervison", "goverance", "recieve", "accomodation").
    - 9152 and 9391 were reworded from 2023-24.
    - The HMICFRS text of 7713 carries a stray footnote digit ("intelligence 86 and").
    - Force types are written Rec/AFI/CoC/National rec/Local action, against
      Recommendation/Area for improvement/Cause of concern/National recommendation.

## Counts

`truth.csv` has 163 lines: 159 force item rows (2021-22: 33, 2022-23: 48, 2023-24: 43,
2024-25: 35) plus 4 HMICFRS items with no force row.

| category | lines | items |
|---|---|---|
| in_sync | 75 | 31 |
| closeable_submit | 36 | 12 |
| closeable_local | 18 | 6 |
| conflict | 20 | 4 |
| missing_from_force | 4 | 4 |
| not_on_hmicfrs_list | 10 | 4 force items |

Out of the 57 HMICFRS items, 18 are closed on one side only (32%).
"""


def main():
    os.makedirs(CASE, exist_ok=True)
    assign_fids()
    per_year = build_force_rows()
    write_hmicfrs(os.path.join(CASE, "hmicfrs.xlsx"))
    write_tracker(os.path.join(CASE, "tracker.xlsx"), per_year)
    with open(os.path.join(CASE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)

    by_key = {it["key"]: it for it in ITEMS}
    cats = {}
    for it in ITEMS:
        cat, why = item_category(it)
        assert cat == it["exp"], (it["key"], cat, it["exp"])
        cats[it["key"]] = (cat, why)

    lines = []
    seen_items = set()
    newest_y = {}
    for _, (kind, key, lab, y) in tref_store:
        newest_y[(key, lab)] = max(y, newest_y.get((key, lab), -1))
    for force_row, (kind, key, lab, y) in tref_store:
        if kind == "local":
            lo = next(x for x in LOCAL if x["key"] == key)
            why = lo["note"] or f"force's own {lo['typ'].lower()}, never an HMICFRS item"
            lines.append(("", force_row, "not_on_hmicfrs_list", why))
            continue
        it = by_key[key]
        seen_items.add(key)
        cat, why = cats[key]
        part = f" (row for part {lab})" if lab else ""
        age = "newest" if y == newest_y[(key, lab)] else "older"
        note = f"; {it['note']}" if it["note"] and cat != "conflict" else ""
        lines.append((it["hrow"], force_row, cat,
                      f"{age} copy{part} of HMICFRS {it['ref']}, whole item: {why}{note}"))
    for it in ITEMS:
        if it["key"] not in seen_items:
            cat, why = cats[it["key"]]
            lines.append((it["hrow"], "", cat, why))

    def sort_key(t):
        def k(ref):
            if not ref:
                return ("~", 0)
            s, n = ref.split("!")
            return (s, int(n))
        return (k(t[0]), k(t[1]))
    lines.sort(key=sort_key)
    with open(os.path.join(CASE, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    # summary for the README
    from collections import Counter
    c = Counter(l[2] for l in lines)
    ci = Counter(cats[k][0] for k in cats)
    print("lines", len(lines), dict(c))
    print("items", len(ITEMS), dict(ci), "local items", len(LOCAL))
    print("force rows per sheet", {YEARS[y]: len(per_year[y]) for y in per_year})


if __name__ == "__main__":
    main()
