"""Build the evaluation case `source_cell_composite` (round 38).

Layout under test: a force tracker sorted by owning department (merged Department cells,
one block per department, blank row between blocks), with NO report / reference / type
columns: a single free-typed "Source" cell per row carries the report, the HMICFRS register
reference (sometimes) and the type/number (sometimes), in varied orders and separators.
HMICFRS side: a register export (xlsx, title block above the header) of 51 items across six
reports, two pairs of which carry recurring all-forces wording.

HMICFRS texts are real public texts (Open Government Licence), copied from
/work/main/reconcile/casegen/texts/{national,force,tracker}.py and
/work/shared/data/real_recommendations.csv. Force wording, updates and local actions are
written for this case. The force name is used for realism only: the tracker is fictional.

Run:  /work/main/.venv/bin/python build_source_cell_composite.py
Rebuilds source_cell_composite/ byte for byte (fixed seed, fixed timestamps in the xlsx zip).
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
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 38_0616
HERE = Path(__file__).resolve().parent
OUT = HERE / "source_cell_composite"
FIXED_TS = dt.datetime(2025, 11, 14, 10, 42, 0)
ZIP_TS = (2025, 11, 14, 10, 42, 0)

FORCE = "Lincolnshire Police"
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------
# HMICFRS reports (titles as on the register) and their items (real texts)
# --------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "cdi19": ("Crime data integrity inspection 2019 – Lincolnshire Police", dt.date(2019, 9, 26)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire "
               "Police", dt.date(2022, 5, 12)),
}

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
CDI_VICTIMS = (
    "Within six months the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed."
)

MONITORED = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
COMPLETE = "This recommendation is complete"
NEW = "New recommendation"

# id, report, type, text, status, status date, comment
HM: list[tuple[int, str, str, str, str, dt.date, str]] = [
    (2287, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.",
     "Complete", dt.date(2016, 3, 14), COMPLETE),
    (2288, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", dt.date(2016, 3, 14), COMPLETE),
    (2289, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example, young people.",
     "Superseded", dt.date(2015, 4, 20),
     "Superseded by recommendation 3342 (Stop and search powers 2, March 2015)."),
    (3342, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "Being progressed", dt.date(2019, 7, 2), MONITORED),
    (8411, "stolen", NAT, SF_LEADERSHIP, "Complete", dt.date(2019, 2, 11), COMPLETE),
    (8412, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", dt.date(2018, 4, 24), MONITORED),
    (8413, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", dt.date(2018, 11, 5), COMPLETE),
    (8414, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Being progressed", dt.date(2018, 4, 24), MONITORED),
    (8415, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Superseded", dt.date(2019, 10, 1),
     "This area of activity has subsequently been inspected in HMICFRS's crime data integrity "
     "inspection. Where a cause of concern still exists this will appear in the register "
     "against that subsequent inspection."),
    (8416, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "Being progressed", dt.date(2018, 4, 24), MONITORED),
    (8417, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Being progressed", dt.date(2018, 4, 24), MONITORED),
    (9631, "cdi19", REC, CDI_VICTIMS, "Being progressed", dt.date(2020, 3, 26), MONITORED),
    (9632, "cdi19", REC,
     "Within six months the force should revise its approach to cautions, cannabis warning and "
     "penalty notices for disorder to ensure that there is a clear and auditable explanation "
     "to the offender of the implications of receiving the warning and that, for victim-based "
     "crimes, there is a clear and auditable record that views of the victim are considered "
     "prior to their issue.",
     "Complete", dt.date(2021, 1, 18), COMPLETE),
    (9633, "cdi19", REC,
     "Within three months, the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Being progressed", dt.date(2020, 3, 26), MONITORED),
    (9634, "cdi19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.",
     "Complete", dt.date(2022, 2, 7), COMPLETE),
    (9635, "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.",
     "Awaiting review", dt.date(2019, 9, 26), NEW),
    (11204, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", dt.date(2021, 8, 10), MONITORED),
    (11205, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Complete", dt.date(2023, 5, 15), COMPLETE),
    (11206, "powers", NAT, BWV_2021, "Being progressed", dt.date(2021, 8, 10), MONITORED),
    (11207, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.",
     "Awaiting review", dt.date(2021, 2, 26), NEW),
    (11208, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Being progressed", dt.date(2021, 8, 10), MONITORED),
    (12340, "peel21", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.",
     "Being progressed", dt.date(2022, 6, 30), MONITORED),
    (12341, "peel21", REC,
     "Within six months the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.",
     "Being progressed", dt.date(2022, 6, 30), MONITORED),
    (12342, "peel21", REC,
     "Within six months the force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.",
     "Being progressed", dt.date(2022, 6, 30), MONITORED),
    (12343, "peel21", REC,
     "Within six months the force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.",
     "Complete", dt.date(2023, 11, 20), COMPLETE),
]

# PEEL 2021/22 areas for improvement: AFI n has id 12343 + n. (text, status)
PEEL_AFIS: list[tuple[str, str]] = [
    ("The force should make sure investigations of domestic abuse are allocated to officers "
     "with the right skills and are effectively supervised.", "Being progressed"),        # 1
    ("The force should take steps to ensure that there is effective supervision of the "
     "initial risk assessment process, specifically in relation to the completion of DASH "
     "risk assessment in appropriate cases.", "Being progressed"),                        # 2
    ("The force should improve how it works with partner organisations to safeguard people "
     "at risk from child sexual exploitation.", "Complete"),                              # 3
    ("The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", "Being progressed"),                                           # 4
    ("The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.", "Being progressed"),                      # 5
    ("The force should make sure victims of residential burglary are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Complete"),                                                                         # 6
    ("The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Being progressed"),                       # 7
    ("The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.", "Complete"),                           # 8
    ("The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.", "Being progressed"),                                   # 9
    ("The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Awaiting review"),                   # 10
    ("The force should improve how it gathers, assesses and acts on intelligence about "
     "counter-corruption.", "Being progressed"),                                          # 11
    ("The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", "Complete"),                # 12
    ("The force should review the support available for those who have raised concerns and "
     "take any action needed to make sure these provisions are suitable.",
     "Being progressed"),                                                                 # 13
    ("The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Being progressed"),             # 14
    ("The force should specify in succession plans how it intends to improve diversity "
     "across all levels of the force. This should include offering increased direct-entry "
     "opportunities.", "Complete"),                                                       # 15
    ("The force should develop a future workforce plan that is aligned with its overall "
     "demand and budget. The plan should include future resource allocations, the mix of "
     "skills required by the workforce and behaviours expected of them.",
     "Being progressed"),                                                                 # 16
    ("The force should ensure it has effective internal monitoring processes on the use of "
     "force, to help it to identify and understand disproportionate use, explain the reasons "
     "and implement any necessary improvement action.", "Complete"),                      # 17
    ("The force should ensure that all officers who use stop and search powers have been "
     "provided with, and understand, training on unconscious bias and College of Policing APP "
     "on stop and search.", "Being progressed"),                                          # 18
    ("The force should undertake further work to gain a fuller understanding of current "
     "demand for its services, and likely future changes in demand. This is so it can make "
     "best use of its resources by matching them to demand to meet the needs of the public.",
     "Being progressed"),                                                                 # 19
    ("The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", "Awaiting review"),  # 20
    ("The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", "Complete"),                                 # 21
    ("The force should improve its arrangements both to consult with the public about "
     "business planning and to feed back on changes made to service delivery as a result of "
     "such consultation.", "Being progressed"),                                           # 22
    ("The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.", "Complete"),                                   # 23
    ("The force should improve its understanding of the nature and scale of fraud in its "
     "area.", "Being progressed"),                                                        # 24
    ("The force should produce an ambitious plan to improve digitally-enabled services within "
     "the force.", "Being progressed"),                                                   # 25
    ("The force should evaluate its work to prevent knife crime and share what works across "
     "the force.", "Awaiting review"),                                                    # 26
]


def hm_items(rng: random.Random) -> list[dict]:
    items = [dict(id=i, rep=r, type=t, text=x, status=s, sdate=d, comment=c)
             for i, r, t, x, s, d, c in HM]
    for n, (text, status) in enumerate(PEEL_AFIS, start=1):
        if status == "Complete":
            sdate = dt.date(2023, 1, 9) + dt.timedelta(days=rng.randrange(0, 700))
            comment = COMPLETE
        elif status == "Awaiting review":
            sdate, comment = REPORTS["peel21"][1], NEW
        else:
            sdate = dt.date(2022, 6, 30) + dt.timedelta(days=rng.randrange(0, 60))
            comment = MONITORED
        items.append(dict(id=12343 + n, rep="peel21", type=AFI, text=text, status=status,
                          sdate=sdate, comment=comment))
    items.sort(key=lambda d: (REPORTS[d["rep"]][1], d["id"]))
    return items


# --------------------------------------------------------------------------------------
# Force tracker rows. hm = register id the row belongs to (None: local / not on list).
# cat / why = the truth for this row.
# --------------------------------------------------------------------------------------
D = dt.date
F = []


def row(dept, lead, source, text, status, update, due, hm, cat, why):
    F.append(dict(dept=dept, lead=lead, source=source, text=text, status=status,
                  update=update, due=due, hm=hm, cat=cat, why=why))


# ---- Local Policing ------------------------------------------------------------------
LP = "Local Policing"
row(LP, "ACC Local Policing", "S&S 2013 – Rec 1 – HMIC ref 2287",
    "Chief Constables and the College of Policing should establish in the Stop and Search APP "
    "a clear specification of what constitutes the effective and fair exercise of S&S powers, "
    "and guidance in this respect. Compliant with the Code of Practice.",
    "BLUE", "APP published by CoP. Closed by HMIC 2016.", "Complete", 2287, "in_sync",
    "ref 2287 in Source; closed on both sides (HMICFRS Complete, force BLUE)")
row(LP, "ACC Local Policing", "Stop & Search 2013, R2, 2288",
    "Chief Constables should establish or improve monitoring of the way officers stop and "
    "search people, so that they can be satisfied their officers are acting in accordance with "
    "the law (including equality legislation and the Code of Practice), and that the power is "
    "used effectively to prevent crime, catch criminals and maintain public trust.",
    "GREEN", "Monthly S&S scrutiny meeting reviews BWV of all S&S encounters. HMIC closed.",
    D(2015, 3, 31), 2288, "in_sync",
    "ref 2288 in Source; closed on both sides (HMICFRS Complete, force GREEN)")
row(LP, "ACC Local Policing", "Stop & Search 2013 / Rec 3",
    "CCs should ensure they comply with the code of practice by explaining to the public the "
    "way S&S powers are used in their areas & by making arrangements for S&S records to be "
    "scrutinised by community representatives, involving those who are stopped & searched, "
    "e.g. young people.",
    "AMBER", "Youth scrutiny panel relaunched Sept 25 with OPCC; first youth-led review of BWV "
    "footage due Jan 26.", "Mar-26", 2289, "closeable_local",
    "no ref; text is shared by 2289 (2013) and 3342 (2015): Source names the 2013 report, so "
    "2289; HMICFRS Superseded, force AMBER")
row(LP, "ACC Local Policing", "S&S powers 2 (2015) – National rec",
    "Chief constables should ensure that they comply with the Code of Practice by explaining "
    "to the public the way stop and search powers are used in their areas and by making "
    "arrangements for stop and search records to be scrutinised by community representatives "
    "(incl. young people).",
    "GREEN", "S&S data published quarterly on force website; community scrutiny panel ToR "
    "refreshed. Evidence pack sent to HMICFRS FLL 02/10/2025 – awaiting closure.",
    D(2025, 9, 30), 3342, "closeable_submit",
    "no ref; same wording as 2289 but Source names the 2015 report, so 3342; HMICFRS Being "
    "progressed, force GREEN")
row(LP, "C/Supt Bell", "Disproportionate use of police powers (2021) – Rec 3 – 11206",
    "By Sept 2021: (1) BWV to record the entirety of all S&S encounters incl. traffic stops & "
    "UoF incidents; (2) structured process to review & monitor a sample of BWV footage "
    "internally; (3) scrutiny panel access to BWV footage (CoP APP safeguards).",
    "AMBER", "Points 1 & 2 in place. Scrutiny panel access to footage awaiting DPIA sign-off "
    "by Information Management.", "Dec-25", 11206, "in_sync",
    "ref 11206; all three parts present in the force's shortened text; open on both sides")
row(LP, "C/Supt Bell", "Police powers spotlight (Feb 21) – Rec 5",
    "By July 2021, forces should ensure they have effective internal monitoring processes on "
    "the use of force, to help them identify and understand disproportionate use, explain the "
    "reasons and implement any necessary improvement action.",
    "GREEN", "UoF dashboard live (Power BI); disproportionality reviewed at quarterly Use of "
    "Force Board. Submitted for closure 14/10/25.", D(2021, 7, 31), 11208, "closeable_submit",
    "no ref; use-of-force wording recurs in PEEL 2021/22 AFI 17 (12360); Source names the "
    "Police powers spotlight (Feb 2021), so 11208; HMICFRS Being progressed, force GREEN")
row(LP, "C/Supt Bell", "AFI 17 – PEEL 2021/22",
    "The force should ensure it has effective internal monitoring processes on the use of "
    "force, to help it identify and understand disproportionate use, explain the reasons and "
    "implement any necessary improvement action.",
    "AMBER", "Linked to Police Powers rec 5. Awaiting Use of Force Board minutes as evidence.",
    "Q4 25/26", 12360, "closeable_local",
    "no ref; wording recurs in Police powers 2021 rec 11208; Source names PEEL 2021/22, so "
    "12360; HMICFRS Complete, force AMBER")
row(LP, "ACC Local Policing", "PEEL 21/22 AFI 6 – 12349",
    "Keep victims of residential burglary updated on the progress of their case in line with "
    "the Victims' Code.",
    "AMBER", "Victim contact compliance 78% (target 90%). Burglary SPOCs briefed.",
    D(2025, 12, 31), 12349, "closeable_local",
    "ref 12349; shortened wording; HMICFRS Complete, force AMBER")
row(LP, "ACC Local Policing", "PEEL 2021/22 | AFI 21 | 12364",
    "The force should develop a problem-solving approach to anti-social behaviour, working "
    "with local communities and partners.",
    "BLUE", "OSARA problem-solving embedded in NPTs. Closed by HMICFRS 06/2024.", "Complete",
    12364, "in_sync", "ref 12364; closed on both sides")
row(LP, "ACC Local Policing", "12369 – PEEL 2021/22 – AFI 26",
    "Evaluate knife crime prevention work & share what works across the force.",
    "AMBER", "Evaluation of Op Sceptre weeks of action commissioned with University of "
    "Lincoln; report due Feb 26.", "Feb-26", 12369, "in_sync",
    "ref 12369 leads the Source cell; open on both sides (Awaiting review / AMBER)")
row(LP, "C/Supt Bell", "Force improvement plan – FIP 07",
    "Appoint a single point of contact for rural crime in each local policing area",
    "AMBER", "SPOCs identified in 3 of 4 LPAs.", "Jan-26", None, "not_on_hmicfrs_list",
    "force's own improvement-plan action (FIP 07 is not a register ref); no HMICFRS item")

# ---- Public Protection ---------------------------------------------------------------
PP = "Public Protection"
row(PP, "Ch Supt Public Protection", "Stolen Freedom (Oct 2017) | Rec 1 | HMICFRS 8411",
    "Within 12 months, forces should review their leadership & governance arrangements for "
    "MSHT, to ensure that: senior leaders prioritise the response to MSHT; every incident of "
    "modern slavery is allocated appropriate resources with the skills, experience & capacity "
    "to investigate it; effective partnership arrangements to share information & safeguard "
    "victims; performance & QA measures in place so senior leaders can assess the service to "
    "victims.",
    "BLUE", "MSHT governance board chaired by ACC Crime. Closed by HMICFRS.", "Complete", 8411,
    "in_sync", "ref 8411; all four bullets present; closed on both sides")
row(PP, "Ch Supt Public Protection", "Stolen Freedom (Oct 2017) | Rec 3 | HMICFRS 8413",
    "Immediately, forces should ensure that all victims carrying out criminal acts under "
    "compulsion attributable to slavery or exploitation are afforded the protection of early "
    "and continuing consideration of the applicability of the section 45 defence.",
    "GREEN", "s45 guidance included in MSHT investigation policy; CPS liaison agreed.",
    D(2018, 4, 30), 8413, "in_sync",
    "ref 8413 is right for this text; closed on both sides (HMICFRS Complete, force GREEN)")
row(PP, "Ch Supt Public Protection", "Stolen Freedom (Oct 2017) | Rec 4 | HMICFRS 8413",
    "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
    "process as it evolves & are implementing the duty under the Modern Slavery Act 2015 to "
    "notify the HO of any individual suspected to be an adult victim of MSHT.",
    "AMBER", "NRM devolved decision-making pilot – awaiting Home Office evaluation. Duty to "
    "Notify compliance checked monthly.", "Mar-26", 8414, "conflict",
    "Source quotes 8413 (copied down from the row above; 8413 is the section 45 item, "
    "tracked on its own row) but the text and 'Rec 4' are the NRM item 8414: paired with 8414, "
    "reference disagrees")
row(PP, "DI MSHT Coordinator", "MSHT (Stolen Freedom) – 8417",
    "Immediately, review use of preventative powers under MSA 2015 (STPOs/STROs) so that "
    "opportunities to restrict those posing a clear threat to others are exploited.",
    "GREEN", "STPO/STRO opportunities reviewed at monthly MSHT tactical meeting; 4 orders "
    "obtained 24/25. Submitted for closure.", D(2024, 3, 31), 8417, "closeable_submit",
    "ref 8417; HMICFRS Being progressed, force GREEN")
row(PP, "Ch Supt Public Protection", "PEEL 21/22 – AFI 1 – 12344",
    "The force should make sure investigations of domestic abuse are allocated to officers "
    "with the right skills and are effectively supervised.",
    "AMBER", "DA investigations allocated via DAIT; supervision review template launched "
    "Aug 25.", D(2026, 3, 31), 12344, "in_sync", "ref 12344; open on both sides")
row(PP, "Ch Supt Public Protection", "PEEL 2021/22 – Ref 12345 – AFI 2",
    "The force should take steps to ensure there is effective supervision of the initial risk "
    "assessment process, specifically the completion of DASH in appropriate cases.",
    "GREEN", "DASH supervisory review now mandatory on Niche before incident closure. Audit "
    "Jun 25: 97%. Evidence sent to HMICFRS.", D(2025, 6, 30), 12345, "closeable_submit",
    "ref 12345; HMICFRS Being progressed, force GREEN")
row(PP, "Ch Supt Public Protection", "PEEL 2021/22 – Ref 12346 – AFI 3",
    "The force should improve how it works with partner organisations to safeguard people at "
    "risk from CSE.",
    "GREEN", "Multi-agency CSE/CCE panel in place. Closed by HMICFRS.", "Complete", 12346,
    "in_sync", "ref 12346; closed on both sides (HMICFRS Complete, force GREEN)")
row(PP, "DI Stalking & Harassment", "AFI 10, PEEL 2021/22 (Ref 12353)",
    "Make sure ancillary orders & other powers (SPOs, DAPNs) are consistently used to protect "
    "victims of stalking & harassment.",
    "AMBER", "SPO applications up 40%; training for stalking champions ongoing.",
    D(2026, 1, 31), 12353, "in_sync",
    "ref 12353 in brackets at the end; open on both sides (Awaiting review / AMBER)")
row(PP, "Ch Supt Public Protection", "PEEL 2021/22 – AFI 23",
    "The force should make sure officers & staff have the training they need to identify and "
    "respond to honour-based abuse.",
    "RED", "HBA e-learning delayed – College package awaited. Behind schedule.",
    D(2025, 6, 30), 12366, "closeable_local",
    "no ref; report + near-verbatim text give 12366; HMICFRS Complete, force RED")

# ---- Intelligence --------------------------------------------------------------------
IN = "Intelligence"
row(IN, "Head of Intelligence", "HMICFRS 8412 – Stolen Freedom – Rec 2",
    "Within 6 months, forces should have in place active ISAs with other agencies to "
    "facilitate speedy exchange of intelligence & to safeguard victims better & identify "
    "suspects as early as possible.",
    "AMBER", "ISA with Immigration Enforcement and GLAA signed; local authority ISA awaiting "
    "legal review.", "Dec-25", 8412, "in_sync",
    "ref 8412 first in the Source cell; abbreviated text; open on both sides")
row(IN, "Head of Intelligence", "PEEL 21/22 / AFI 8 / 12351",
    "The force should make sure its analysis of serious and organised crime informs its "
    "strategic assessment and control strategy.",
    "BLUE", "SOC strategic assessment refreshed 2023. Closed.", "Complete", 12351, "in_sync",
    "ref 12351; closed on both sides")
row(IN, "Det Supt SOC", "PEEL 2021/22\nAFI 9\n12352",
    "Improve the way we manage the risk posed by offenders involved in county lines.",
    "GREEN", "County lines offenders managed through IOM cohort and Op Orochi; evidence pack "
    "to HMICFRS 22/09/25.", D(2025, 9, 30), 12352, "closeable_submit",
    "ref 12352 on the third line of a multi-line Source cell; HMICFRS Being progressed, "
    "force GREEN")

# ---- Crime & Justice -----------------------------------------------------------------
CJ = "Crime & Justice"
row(CJ, "Force Crime Registrar", "Stolen Freedom 2017 – Rec 5 – ID 8415",
    "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
    "for offences identified as MSHT & that sufficient audit capacity is available to the FCR "
    "to provide reassurance that the force is identifying & managing any gaps in its "
    "crime-recording accuracy for these offences.",
    "AMBER", "MSHT crime recording included in FCR audit plan 25/26; next audit Q4.",
    "Q4 25/26", 8415, "closeable_local",
    "ref 8415; HMICFRS Superseded (by CDI inspection), force AMBER")
row(CJ, "Force Crime Registrar", "CDI 2019 / R1(a) – 9631",
    "Within 6 months put in place arrangements to ensure that: (a) at the point of report, "
    "victims are believed.",
    "GREEN", "Victim-first ethos in Crime Recording Policy v4; FCR audit Sep 25: 96%.",
    D(2025, 9, 30), 9631, "closeable_submit",
    "split row (bullet a of 5) of CDI R1 9631; every bullet row GREEN, HMICFRS Being "
    "progressed")
row(CJ, "Force Crime Registrar", "CDI 2019 / R1(c)",
    "Multiple crimes always recorded when described in incident records or identified as part "
    "of other recorded crime investigations.",
    "GREEN", "Additional-crimes check added to Crime Management Unit QA. Audit Sep 25: 94%.",
    D(2025, 9, 30), 9631, "closeable_submit",
    "split row (bullet c of 5) of CDI R1 9631, no ref; all bullets GREEN, HMICFRS open")
row(CJ, "Force Crime Registrar", "CDI 2019 / R1(d)",
    "Stop the practice of awaiting results of medical examinations or video interviews before "
    "making crime-recording decisions.",
    "GREEN", "Practice stopped; briefing to PPU and CID. Audit found no instances.",
    D(2025, 9, 30), 9631, "closeable_submit",
    "split row (bullet d of 5) of CDI R1 9631, no ref; all bullets GREEN, HMICFRS open")
row(CJ, "Head of Criminal Justice", "CDI 2019 / R2 / 9632",
    "Within 6 months revise approach to cautions, cannabis warnings & PNDs: clear auditable "
    "explanation to the offender of the implications; for victim-based crimes an auditable "
    "record that the victim's views were considered before issue.",
    "BLUE", "OOCD scrutiny panel in place. Closed by HMICFRS Jan 2021.", "Complete", 9632,
    "in_sync", "ref 9632; closed on both sides")
row(CJ, "Det Ch Supt Force CID", "9633 – CDI 2019 – R3",
    "Within 6 months, improve use of the crime-recording & management system (Niche) to "
    "better manage case files & investigative processes.",
    "AMBER", "Niche case file module upgrade scheduled with ICT partnership.", "Mar-26", 9633,
    "conflict",
    "ref 9633; timescale disagrees: HMICFRS 'Within three months', force 'Within 6 months'")
row(CJ, "Force Crime Registrar", "CDI 2019 – AFI 1 – 9634",
    "The force should make sure it records reports of rape & serious sexual offences "
    "accurately & without delay.",
    "AMBER", "RASSO recording audit Q2: 91% compliant; re-audit planned.", "Q3 25/26", 9634,
    "closeable_local", "ref 9634; HMICFRS Complete, force AMBER")
row(CJ, "Force Crime Registrar", "AFI 2 (CDI 2019) ref 9635",
    "The force should make sure it records reports of stalking and harassment accurately and "
    "without delay.",
    "GREEN", "Stalking & harassment recording 98% compliant (FCR audit Aug 25). Evidence "
    "submitted.", D(2025, 8, 31), 9635, "closeable_submit",
    "ref 9635; HMICFRS Awaiting review (open), force GREEN")
row(CJ, "Det Ch Supt Force CID", "PEEL 2021-22 CoC (12340)",
    "CoC: the force does not have the capacity/capability to investigate crime effectively – "
    "affecting the service to the public; failings in the way crimes are investigated.",
    "AMBER", "Investigative Standards Improvement Plan in place; monthly Gold group. See recs "
    "1-3.", "Mar-26", 12340, "in_sync", "ref 12340; type CoC agrees; open on both sides")
row(CJ, "Det Ch Supt Force CID", "Ref 12341 – PEEL 2021/22 – AFI",
    "Within 6 months, ensure regular & active supervision of the quality & progress of "
    "investigations. This supervision should be properly recorded.",
    "AMBER", "Supervisory review field mandatory on Niche since May 25; dip-sample results to "
    "ISIP Gold.", D(2026, 1, 31), 12341, "conflict",
    "ref 12341 and text agree, but Source types it AFI while HMICFRS has a Recommendation "
    "(one of the cause-of-concern recommendations): type conflict")
row(CJ, "Det Ch Supt Force CID", "Rec 2 (CoC) | PEEL 21/22 | 12342",
    "Within 6 months improve ability to retrieve digital evidence from phones, computers & "
    "other devices quickly enough so investigations are not delayed.",
    "GREEN", "DFU backlog cleared (640 to 35 devices); kiosks in all custody suites. Submitted "
    "for closure.", D(2025, 3, 31), 12342, "closeable_submit",
    "ref 12342; HMICFRS Being progressed, force GREEN")
row(CJ, "Head of Criminal Justice", "PEEL 2021/22 Rec 3 – 12343",
    "Within six months the force should improve its understanding of suspects released under "
    "investigation and the management of those released on bail.",
    "Complete", "Daily bail/RUI review in custody. Closed by HMICFRS 2023.", "Complete", 12343,
    "in_sync", "ref 12343; closed on both sides (HMICFRS Complete, force Complete)")
row(CJ, "Det Ch Supt Force CID", "AFI – PEEL 21/22 (12367)",
    "The force should improve its understanding of the nature and scale of fraud in its area.",
    "AMBER", "Fraud problem profile commissioned from regional analysts.", "Jan-26", 12367,
    "in_sync", "ref 12367 in brackets; open on both sides")
row(CJ, "Force Crime Registrar", "Local action – Crime Standards Board",
    "Dip-sample 50 hate crime reports each quarter and report findings to the Crime Standards "
    "Board",
    "GREEN", "Q1 and Q2 dip samples complete.", "Quarterly", None, "not_on_hmicfrs_list",
    "force's own local action; no HMICFRS item")

# ---- Contact Management --------------------------------------------------------------
CM = "Contact Management"
row(CM, "Supt Contact Centre", "CDI 2019 / R1(b)",
    "Call handler / caller conversations summarised accurately in the incident log, giving "
    "attending officers full facts for crime-recording decisions.",
    "GREEN", "Incident log QA in FCC; summary compliance 95% (Sep 25).", D(2025, 9, 30), 9631,
    "closeable_submit",
    "split row (bullet b of 5) of CDI R1 9631, filed under Contact Management; all bullets "
    "GREEN, HMICFRS open")
row(CM, "Supt Contact Centre", "CDI 2019 / R1(e)",
    "Online crime reports triaged at point of receipt so any ongoing risks to the victim or "
    "wider public are identified and managed.",
    "GREEN", "Single Online Home reports triaged by FCC within 1 hour; THRIVE applied.",
    D(2025, 9, 30), 9631, "closeable_submit",
    "split row (bullet e of 5) of CDI R1 9631; all bullets GREEN, HMICFRS open")
row(CM, "Supt Contact Centre", "PEEL 21/22 – AFI 4 – 12347",
    "Improve timeliness of response to calls for service involving vulnerable adults.",
    "RED", "Attendance times for P2 vulnerability calls still above target (median 3h 10m).",
    D(2025, 10, 31), 12347, "in_sync", "ref 12347; open on both sides (force RED)")
row(CM, "Supt Contact Centre", "PEEL 2021/22 / Ref 12348 / AFI 5",
    "The force should ensure that it has sufficient resources available in the control room "
    "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
    "the wellbeing of its workforce.",
    "AMBER", "Control room uplift of 18 call handlers; recruitment 70% complete; TRiM in "
    "place.", D(2026, 3, 31), 12348, "in_sync", "ref 12348; open on both sides")
row(CM, "Supt Contact Centre", "Core Business 2014 – 4822 – Nat Rec",
    "Not later than 31 March 2015 those forces using a threat, harm & risk (THRIVE) policy "
    "should provide call-handlers with specific, sound & comprehensible criteria against which "
    "they can assess threat, harm & risk.",
    "AMBER", "THRIVE+ refresher for all call handlers in progress; QA framework being "
    "rewritten.", "Dec-25", None, "not_on_hmicfrs_list",
    "real HMICFRS recommendation (Core Business 2014, old register id 4822) but that report is "
    "not on this force's definitive list: query with HMICFRS")

# ---- Professional Standards ----------------------------------------------------------
PS = "Professional Standards"
row(PS, "Head of Professional Standards", "PEEL 21/22 – AFI 11 – 12354",
    "Improve how we gather, assess & act on intelligence about counter-corruption.",
    "AMBER", "ACU intelligence development officer recruited; Centurion upgrade due.",
    "Mar-26", 12354, "in_sync", "ref 12354; open on both sides")
row(PS, "Head of Professional Standards", "12355 / AFI 12 / PEEL 2021-22",
    "The force should make sure it provides a confidential way for staff to raise concerns "
    "and that staff are aware of whistleblowing processes.",
    "GREEN", "Confidential reporting line relaunched. Closed by HMICFRS.", "Complete", 12355,
    "in_sync", "ref 12355 first; closed on both sides (HMICFRS Complete, force GREEN)")
row(PS, "Head of Professional Standards", "Ref: 12356; PEEL 2021/22; AFI 13",
    "The force should review the support available for those who have raised concerns and "
    "take any action needed to make sure these provisions are suitable.",
    "GREEN", "Support pathway for reporters agreed with Federation/Unison; welfare SPOC in "
    "PSD. Ready to submit for closure.", D(2025, 7, 31), 12356, "closeable_submit",
    "ref 12356; HMICFRS Being progressed, force GREEN")

# ---- People & Development ------------------------------------------------------------
PD = "People & Development"
row(PD, "Head of Learning & Development", "Police powers spotlight Feb 21 #11204 Rec",
    "By July 2022, forces should ensure that officers and staff have effective communication "
    "skills, in line with the National Policing Guidelines on Conflict Management. This should "
    "be in addition to existing training on conflict management and de-escalation.",
    "AMBER", "Conflict management module added to OST 2025/26; 62% trained.",
    D(2026, 3, 31), 11204, "in_sync", "ref #11204; open on both sides")
row(PD, "Head of Learning & Development", "Disproportionate use of police powers – R2 (11205)",
    "By July 2021, communication skills reinforced through CPD for officers & staff; "
    "supervisors supported to routinely debrief officers using BWV footage.",
    "GREEN", "BWV debrief guidance issued. Closed by HMICFRS.", "Complete", 11205, "in_sync",
    "ref 11205; closed on both sides (HMICFRS Complete, force GREEN)")
row(PD, "Director of People", "PEEL 2021/22 – AFI 14 – Ref 12357",
    "The force should review how it gathers and uses equality and diversity data to improve "
    "its understanding of its workforce demographics.",
    "AMBER", "E&D self-declaration campaign on HR system; declaration rate 68%.",
    D(2026, 3, 31), 12357, "in_sync", "ref 12357; open on both sides")
row(PD, "Director of People", "AFI 15 / PEEL 21/22 / 12358",
    "Specify in succession plans how we will improve diversity across all levels of the force, "
    "incl. increased direct-entry opportunities.",
    "AMBER", "Succession planning framework in draft; DE Inspector scheme under review.",
    "Dec-25", 12358, "closeable_local", "ref 12358; HMICFRS Complete, force AMBER")
row(PD, "Head of Learning & Development", "PEEL 21/22 – AFI 18 – 12361",
    "The force should ensure all officers who use S&S powers have been provided with, and "
    "understand, training on unconscious bias and CoP APP on S&S.",
    "AMBER", "Unconscious bias e-learning 84% complete; APP refresher in OST.", "Mar-26",
    12361, "in_sync", "ref 12361; open on both sides")

# ---- Corporate Development -----------------------------------------------------------
CD = "Corporate Development"
row(CD, "Head of Corporate Development", "PEEL 2021/22 – Ref 12359 – AFI 16",
    "The force should develop a future workforce plan that is aligned with its overall demand "
    "and budget. The plan should include future resource allocations, the mix of skills "
    "required by the workforce and behaviours expected of them.",
    "GREEN", "Strategic Workforce Plan 2025-28 approved at Chief Officer Group 04/06/25. "
    "Submitted for closure.", D(2025, 6, 30), 12359, "closeable_submit",
    "ref 12359; HMICFRS Being progressed, force GREEN")
row(CD, "Head of Corporate Development", "PEEL 21/22 AFI 19 (12362)",
    "Undertake further work to gain a fuller understanding of current & likely future demand, "
    "so resources can be matched to demand to meet the needs of the public.",
    "AMBER", "FMS 2025 demand modelling underway.", "May-26", 12362, "in_sync",
    "ref 12362; open on both sides")
row(CD, "Head of Corporate Development", "PEEL 2021/22 – AFI 20",
    "Make sure our performance framework gives senior leaders a clear picture of our response "
    "to VAWG.",
    "GREEN", "VAWG performance pack in monthly Force Performance Board since Apr 25.",
    D(2025, 4, 30), 12363, "closeable_submit",
    "no ref; report + text (VAWG = violence against women and girls) give 12363; HMICFRS "
    "Awaiting review (open), force GREEN")
row(CD, "Head of Digital Services", "Digital – PEEL 2021/22 – 12368",
    "The force should produce an ambitious plan to improve digitally-enabled services within "
    "the force.",
    "GREEN", "Digital Strategy 2024-27 published; Single Online Home fully adopted. Evidence "
    "sent 30/09/25.", D(2025, 9, 30), 12368, "closeable_submit",
    "ref 12368; no type in Source; HMICFRS Being progressed, force GREEN")
row(CD, "Head of Corporate Development", "Internal – JAC action 24/03",
    "Report quarterly to JAC on progress against all open HMICFRS recommendations and AFIs, "
    "with exceptions for RED items",
    "AMBER", "Standing item; next report to JAC 11/12/2025.", "Quarterly", None,
    "not_on_hmicfrs_list",
    "Joint Audit Committee action (24/03 is the JAC action number, not a register ref)")

# ---- Operational Support -------------------------------------------------------------
OS = "Operational Support"
row(OS, "Supt Firearms Licensing", "Internal audit 2023/24 – IA-11",
    "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)",
    "BLUE", "Audit complete – substantial assurance. 2 low priority actions closed.",
    "Complete", None, "not_on_hmicfrs_list", "internal audit action; no HMICFRS item")

MISSING_WHY = {
    8416: "Stolen freedom rec 6 (investigation and supervision of MSHT) is on the register "
          "(Being progressed) and on no tracker row",
    11207: "addressed to the Home Office and NPCC but held on the register against the force; "
           "the force does not track it",
    12350: "PEEL 2021/22 AFI 7 (online child sexual abuse capacity) is on no tracker row",
    12365: "PEEL 2021/22 AFI 22 (public consultation on business planning) is on no tracker row",
}

# Blocks in alphabetical order; Operational Support was added in 2024 and sits at the bottom.
DEPT_ORDER = [CM, CD, CJ, IN, LP, PD, PS, PP, OS]

RAG_FILL = {
    "GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "BLUE": "BDD7EE",
    "COMPLETE": "BDD7EE", "WHITE": "FFFFFF",
}


README = """# Case `source_cell_composite` (round 38)

Built by `../build_source_cell_composite.py` (seed {seed}); rerunning it rebuilds every file in
this folder byte for byte (xlsx zip timestamps and document properties are fixed).
Texts on the HMICFRS side are real public HMICFRS texts (OGL), taken from the casegen text lists
and `real_recommendations.csv`; the force's wording, updates and local actions were written for
this case. The force name gives realism only: the tracker is fictional.

## Files
- `hmicfrs.xlsx`, sheet `Register`: a register export for Lincolnshire Police. Title in row 1,
  export note in row 2, blank row 3, header in row 4 (`Recommendation ID`, `Force`,
  `Report title`, `Publication date`, `Type`, `Recommendation`, `Status`, `Status date`,
  `Latest comment`), 51 items in rows 5-55, sorted by publication date then id. Six reports:
  Stop and search powers 2013 (3), Stop and search powers 2 2015 (1), Stolen freedom 2017 (7),
  Crime data integrity 2019 (5), Disproportionate use of police powers 2021 (5), PEEL 2021/22
  (30: 1 cause of concern, 3 recommendations, 26 AFIs). Statuses: open = Awaiting review,
  Being progressed; closed = Complete, Superseded.
- `tracker.xlsx`, sheet `Tracker`: the force's master tracker, sorted by owning department.
  Title rows 1-2, blank row 3, header row 4: `Department`, `Source`, `Recommendation`, `Lead`,
  `Status`, `Update`, `Due`. Nine department blocks (Contact Management, Corporate Development,
  Crime & Justice, Intelligence, Local Policing, People & Development, Professional Standards,
  Public Protection, then Operational Support added at the bottom), one blank row between
  blocks, the Department cell merged down each block (value only in the block's first row).
  56 item rows (5-68, blank rows 10, 16, 31, 35, 47, 53, 57, 67). RAG legend and a note on the
  Source convention in rows 70-76 (not items). Status words: GREEN, BLUE, Complete (done);
  AMBER, RED (open); the Status cell is also shaded. Due is a date or free text ("Mar-26",
  "Q4 25/26", "Quarterly", "Complete"). Sheet `Lists` holds the data-validation lists
  (departments, status words): not items.
- `truth.csv`: 60 lines, `hmicfrs_row,force_row,category,why`.

## The layout's point: the composite Source cell
There is no report, reference or type column. Report, register reference and type/number sit
together in one typed `Source` cell, in any order and with any separator, e.g.
`PEEL 2021/22 – Ref 12345 – AFI 2`, `Stolen Freedom (Oct 2017) | Rec 1 | HMICFRS 8411`,
`HMICFRS 8412 – Stolen Freedom – Rec 2`, `9633 – CDI 2019 – R3`, `AFI 10, PEEL 2021/22 (Ref 12353)`,
`Ref: 12356; PEEL 2021/22; AFI 13`, `12355 / AFI 12 / PEEL 2021-22`,
`Police powers spotlight Feb 21 #11204 Rec`, a cell with line breaks (`PEEL 2021/22⏎AFI 9⏎12352`),
and cells with no reference at all (`Stop & Search 2013 / Rec 3`, `PEEL 2021/22 – AFI 23`,
`CDI 2019 / R1(c)`). Report names are the force's shorthand (S&S 2013, S&S powers 2 (2015),
Stolen Freedom (Oct 2017), MSHT (Stolen Freedom), CDI 2019, Police powers spotlight (Feb 21),
Disproportionate use of police powers (2021), PEEL 21/22, PEEL 2021-22). Numbers that are NOT
register references also appear: years (2013, 2017, 2019), report numbering (Rec 3, AFI 17,
R1(b)), `JAC action 24/03`, `FIP 07`, `IA-11`. The register's ids are plain 4-5 digit integers.

## Traps and how the truth decides them
1. Recurring all-forces wording, decided by the report in the Source cell (no ref on any of
   these four rows, and the force's wording drops the clause that tells the HMICFRS texts apart):
   - S&S 2013 rec 2289 (Superseded) vs S&S 2 2015 rec 3342 (Being progressed), near-identical
     texts. Tracker!38 `Stop & Search 2013 / Rec 3` AMBER -> 2289 closeable_local;
     Tracker!39 `S&S powers 2 (2015) – National rec` GREEN -> 3342 closeable_submit.
     Swapped, both would wrongly read in_sync.
   - Police powers 2021 rec 11208 (Being progressed) vs PEEL 2021/22 AFI 17 = 12360 (Complete),
     same use-of-force monitoring wording. Tracker!44 `Police powers spotlight (Feb 21) – Rec 5`
     GREEN -> 11208 closeable_submit; Tracker!45 `AFI 17 – PEEL 2021/22` AMBER -> 12360
     closeable_local. Swapped, both would wrongly read in_sync.
2. Wrong reference in the Source cell: Tracker!60 `Stolen Freedom (Oct 2017) | Rec 4 |
   HMICFRS 8413`: the ref was copied down from the row above (Tracker!59, which is the real
   8413, section 45 defence). Text and "Rec 4" are the NRM item 8414 -> paired with 8414,
   conflict (reference). 8413 stays paired with Tracker!59 (in_sync).
3. Type only in the Source cell, and wrong once: Tracker!19 `Ref 12341 – PEEL 2021/22 – AFI`:
   ref and text are 12341, a Recommendation under the PEEL cause of concern -> conflict (type).
   Elsewhere the Source type agrees (CoC, Rec n, R1, AFI n, Nat Rec) or is absent.
4. Timescale conflict: Tracker!17 `9633 – CDI 2019 – R3` says "Within 6 months", the register
   says "Within three months" -> conflict.
5. Split recommendation across department blocks: CDI 2019 R1 (9631, five bullets, Being
   progressed) is tracked as five rows R1(a)-(e): (b) and (e) under Contact Management
   (Tracker!5-6), (a), (c), (d) under Crime & Justice (Tracker!23-25); only (a) carries the
   ref. All five are GREEN, so each line is closeable_submit with hmicfrs_row Register!16.
6. Closed on one side only (19 of 51 items): 12 closeable_submit items (16 lines, counting the
   split) and 7 closeable_local, incl. two HMICFRS "Superseded" items (2289, 8415) still AMBER
   on the tracker and an "Awaiting review" (open) item the force marks GREEN (9635, 12363).
7. Missing from the force: 8416 (Stolen freedom rec 6), 11207 (addressed to the Home Office and
   NPCC but held against the force; not tracked, as real trackers skip items for other
   bodies), 12350 and 12365 (PEEL AFIs 7 and 22).
8. Not on the HMICFRS list (5): four local actions, `Internal – JAC action 24/03` (Tracker!14),
   `Local action – Crime Standards Board` (Tracker!28), `Force improvement plan – FIP 07`
   (Tracker!46), `Internal audit 2023/24 – IA-11` (Tracker!68), plus a real HMICFRS national
   recommendation from a report that is not on this force's list: `Core Business 2014 – 4822 –
   Nat Rec` (Tracker!9) -> query with HMICFRS.
9. Messiness the layout brings: merged Department cells (blank in all but a block's first row),
   blank rows between blocks, title rows and a legend, the force's shortened wording and
   abbreviations (S&S, MSHT, ISAs, CSE, VAWG, BWV, UoF, CoP APP, "we/our" for "the force"), a
   real HMICFRS stray footnote digit ("intelligence 86 and") on the register side, and a
   second sheet of lists.

Not conflicts, by decision: shortened force wording that keeps every bullet and any
timescale; a Source with no type; "Nat Rec"/"Rec n" against a "National recommendation";
GREEN on an item HMICFRS has closed (closed on both sides -> in_sync).

## Counts (truth.csv lines)
{counts}
Total {total} lines: 51 HMICFRS items (47 tracked, 4 missing), 56 force item rows (47 paired
+ 4 extra split rows + 5 not on the list).
"""


def normalise_zip(data: bytes) -> bytes:
    """Rewrite the xlsx zip with fixed entry timestamps so the file is byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' on save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-11-14T10:42:00Z\g<2>", data)
            dst.writestr(zi, data)
    return out.getvalue()


def save(wb: Workbook, path: Path) -> None:
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    wb.properties.creator = "Strategic Development"
    wb.properties.lastModifiedBy = "Strategic Development"
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def build_hmicfrs(items: list[dict]) -> dict[int, str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = f"HMICFRS recommendations register – {FORCE}"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Export generated 14/11/2025 10:42. Includes open and closed items."
    headers = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
               "Recommendation", "Status", "Status date", "Latest comment"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
    rowid: dict[int, str] = {}
    r = 5
    for it in items:
        title, pub = REPORTS[it["rep"]]
        vals = [it["id"], FORCE, title, pub, it["type"], it["text"], it["status"], it["sdate"],
                it["comment"]]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=c in (3, 6, 9), vertical="top")
            if c in (4, 8):
                cell.number_format = "dd/mm/yyyy"
        rowid[it["id"]] = f"Register!{r}"
        r += 1
    for col, w in zip("ABCDEFGHI", (12, 20, 40, 13, 22, 80, 16, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:I{r - 1}"
    save(wb, OUT / "hmicfrs.xlsx")
    return rowid


def build_tracker() -> list[tuple[dict, str]]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = (f"{FORCE} – HMICFRS Recommendations, AFIs & Causes of Concern: Master "
                "Tracker")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Maintained by Strategic Development (Organisational Learning). Sorted by "
                "owning department. Last updated: 03/11/2025")
    ws["A2"].font = Font(italic=True)
    headers = ["Department", "Source", "Recommendation", "Lead", "Status", "Update", "Due"]
    thin = Side(style="thin", color="999999")
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    placed: list[tuple[dict, str]] = []
    r = 5
    for bi, dept in enumerate(DEPT_ORDER):
        rows = [x for x in F if x["dept"] == dept]
        rows = sorted(rows, key=lambda x: x["lead"])  # stable: keeps entry order within lead
        if bi:
            r += 1  # blank separator row between department blocks
        first = r
        for x in rows:
            vals = [dept if r == first else None, x["source"], x["text"], x["lead"],
                    x["status"], x["update"], x["due"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                if c == 7 and isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            fill = RAG_FILL.get(x["status"].upper())
            if fill:
                ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=fill)
            placed.append((x, f"Tracker!{r}"))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).font = Font(bold=True)
    last_item = r - 1
    r += 1
    legend = [
        "RAG key:",
        "GREEN – implemented; evidence submitted or ready to submit to HMICFRS for closure",
        "AMBER – work ongoing and on track",
        "RED – beyond deadline or at risk (rationale required)",
        "BLUE – closed (confirmed by HMICFRS / complete)",
        "WHITE – not Lincolnshire Police's responsibility to deliver",
        "Source = report – HMICFRS ref – type/number as in the report. Where no ref is shown it "
        "has not yet been confirmed from the HMICFRS portal.",
    ]
    for i, text in enumerate(legend):
        ws.cell(row=r + i, column=2, value=text).font = Font(bold=(i == 0), italic=(i > 0))
    for col, w in zip("ABCDEFG", (20, 34, 70, 26, 11, 55, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    dv = DataValidation(type="list", formula1="=Lists!$B$2:$B$7", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E5:E{last_item}")

    lists = wb.create_sheet("Lists")
    lists["A1"], lists["B1"] = "Departments", "Status"
    for i, d in enumerate(sorted(DEPT_ORDER), start=2):
        lists.cell(row=i, column=1, value=d)
    for i, s in enumerate(["GREEN", "AMBER", "RED", "BLUE", "WHITE", "Complete"], start=2):
        lists.cell(row=i, column=2, value=s)
    save(wb, OUT / "tracker.xlsx")
    return placed


def main() -> None:
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    items = hm_items(rng)
    assert len(items) == 51, len(items)
    hm_row = build_hmicfrs(items)
    placed = build_tracker()

    lines: list[tuple[str, str, str, str]] = []
    tracked = set()
    by_hm: dict[int, list[tuple[dict, str]]] = {}
    for x, fr in placed:
        if x["hm"] is not None:
            by_hm.setdefault(x["hm"], []).append((x, fr))
    for it in items:  # register order
        pairs = by_hm.get(it["id"], [])
        if not pairs:
            lines.append((hm_row[it["id"]], "", "missing_from_force", MISSING_WHY[it["id"]]))
        for x, fr in sorted(pairs, key=lambda p: int(p[1].split("!")[1])):
            lines.append((hm_row[it["id"]], fr, x["cat"], x["why"]))
            tracked.add(fr)
    for x, fr in placed:
        if x["hm"] is None:
            lines.append(("", fr, x["cat"], x["why"]))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    cnt: dict[str, int] = {}
    for ln in lines:
        cnt[ln[2]] = cnt.get(ln[2], 0) + 1
    order = ["closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "in_sync"]
    counts = "\n".join(f"- {k}: {cnt.get(k, 0)}" for k in order)
    (OUT / "README.md").write_text(
        README.format(seed=SEED, counts=counts, total=len(lines)), encoding="utf-8")


if __name__ == "__main__":
    main()
