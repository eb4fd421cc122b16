"""Build the evaluation case `status_prefix_in_text` (round 34).

Layout: a force tracker exported from a simple list (xlsx) in which the analyst records
progress by typing a prefix at the start of the recommendation text ("[COMPLETE] The force
should ...", "[ON TRACK] ...", "(Open) ...", "** DONE ** ..."), because the list had no status
column the leads could edit. An old "Status" column is still there but was last filled in
November 2023 and is stale. The HMICFRS side is a register export (CSV).

Texts are real HMICFRS recommendation texts (Open Government Licence), copied from the
casegen text lists (national.py, force.py, tracker.py). Progress notes, rewordings and local
actions are written here, as a force analyst would.

Run:  /work/main/.venv/bin/python build_status_prefix_in_text.py
Rebuilds the case folder byte for byte (fixed seed, fixed xlsx timestamps).
"""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 20241118
HERE = Path(__file__).resolve().parent
CASE = HERE / "status_prefix_in_text"
FORCE = "Lincolnshire Police"
SHEET = "Recs List"
HEADER_ROW = 5  # tracker header row as Excel shows it

# ---------------------------------------------------------------------------------------
# Real texts (copied verbatim from casegen/texts/national.py and force.py)
# ---------------------------------------------------------------------------------------
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)
MSHT_INTEL = ("Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence and "
              "in order to safeguard victims better and to identify suspects as early as "
              "possible.")
MSHT_S45 = ("Immediately, forces should ensure that all victims carrying out criminal acts "
            "under compulsion attributable to slavery or exploitation are afforded the "
            "protection of early and continuing consideration of the applicability of the "
            "section 45 defence.")
MSHT_NRM = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
            "process as it evolves and are implementing the requirement placed upon them under the "
            "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
            "adult victim of modern slavery or human trafficking.")
MSHT_NCRS = ("Immediately, forces should take steps to ensure they fully comply with national "
             "crime recording standard (NCRS) requirements for offences identified as modern "
             "slavery and human trafficking and that sufficient audit capacity is available "
             "to the force crime registrar to provide reassurance that each force is "
             "identifying and managing any gaps in its crime-recording accuracy for these "
             "types of offences.")
MSHT_INVEST = ("Immediately, forces should ensure that allegations or indications of modern "
               "slavery and human trafficking are thoroughly investigated and effectively "
               "supervised by teams and individuals with the skills and experience to undertake "
               "them (this should include the use where appropriate of joint intelligence teams "
               "and other means to obtain intelligence and evidence from agencies overseas).")
MSHT_POWERS = ("Immediately, forces should review their use of preventative powers under the "
               "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
               "of those deemed to pose a clear threat to others in respect of modern slavery "
               "and human trafficking offences are exploited.")

LEG_COC = ("HMICFRS is concerned that forces are not able to demonstrate that the use of "
           "stop and search powers is consistently reasonable and fair. In particular, "
           "there is over-representation of BAME people, and black people in particular, "
           "in stop and search data which many forces are unable to explain.")
SAS_STEM = ("By July 2018, all police forces across England and Wales should be regularly and "
            "frequently monitoring a comprehensive set of data and information on use of stop and "
            "search powers to understand:")
SAS_B1 = ("•the reasons for any disproportionate representation of different ethnic groups in the "
          "use of stop and search;")
SAS_B2 = ("•the extent to which find rates differ between people from "
          "different ethnicities, and across different types of searches (including separate "
          "identification of find rates for drug possession and supply-type offences); and")
SAS_B3 = ("•the prevalence of possession-only drug searches, and the extent to which these align with "
          "local or force level priorities.")
SAS_MONITORING_2017 = SAS_STEM + "\n" + SAS_B1 + " " + SAS_B2 + " " + SAS_B3
LEG_DISPARITY = ("Where forces identify disparities through monitoring, they should demonstrate "
                 "to the public that they have:\n"
                 "•carried out research and analysis in an attempt to understand the reasons for "
                 "the disparity, and •taken action to reduce the disparity, where necessary;")
LEG_PUBLISH = ("We expect forces to publish this analysis and any actions taken at least on an "
               "annual basis, from July 2018.")
LEG_BIAS = ("By July 2018, and ongoing following that date, forces should ensure that all "
            "officers who use stop and search powers have been provided with, and "
            "understand, training on unconscious bias and College of Policing APP on stop "
            "and search.")

POW_COMMS = ("By July 2022, forces should ensure that officers and staff have effective "
             "communication skills, in line with the National Policing Guidelines on Conflict "
             "Management. This should be in addition to existing training on conflict "
             "management and de-escalation.")
POW_CPD = ("By July 2021, forces should ensure that communication skills are reinforced as "
           "part of the programme of continuing professional development for officers and "
           "staff, and that supervisors are supported to routinely and frequently debrief "
           "officers on these skills using body-worn video footage.")
BWV_PARTS = [
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "\n".join(BWV_PARTS)
POW_MONITOR = ("By July 2021, forces should ensure they have effective internal monitoring "
               "processes on the use of force, to help them to identify and understand "
               "disproportionate use, explain the reasons and implement any necessary "
               "improvement action.")

FIREARMS_DEMAND = ("Within three months, all chief constables should assess the demand placed on "
                   "their firearms licensing department and ensure it has the capacity to meet "
                   "this demand and provide an efficient and effective service at all times.")
FIREARMS_EXPIRED = ("Immediately, all chief constables should satisfy themselves that all "
                    "appropriate action is being taken by their force with regard to ‘total "
                    "expired’ licensing records.")

CDI_VICTIMS_BODY = (
    "put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed"
)
B_CALL = ("provide call-handlers with specific, sound and comprehensible criteria against which they "
          "can assess threat, harm and risk")
B_CRMS = ("improve its use of its crime-recording and management system to better manage its case "
          "files and investigative processes")
B_NCRS = ("take steps to ensure it fully complies with national crime recording standard (NCRS) "
          "requirements for offences identified as modern slavery and human trafficking")
B_APP = ("put in place arrangements to scrutinise audits of compliance with the APP on information "
         "management through the force information management governance structure")
T_RECORDS = "make sure it records reports of {t} accurately and without delay"

COC_INVEST = ("The force does not have the capacity or capability to investigate crime effectively and "
              "this is affecting the service being provided to the public. There are failings in the "
              "way that crimes are being investigated.")
B_SUPERVISION = ("improve the supervision of investigations, so that investigation plans are set, reviewed "
                 "and recorded and victims receive a consistently good service")
B_DIGITAL = ("improve its ability to retrieve digital evidence from mobile phones, computers and other "
             "electronic devices quickly enough to ensure investigations are not delayed")

E_BODIES = [  # PEEL 2021/22 areas for improvement
    "make sure there are appropriate strategic oversight arrangements in place to manage "
    "risks, performance and improvement plans effectively",                                  # 0
    "make sure the corporate risk register is actively used to mitigate and manage known risks",  # 1
    "make sure it has access to accurate data and analysis to support effective performance "
    "management",                                                                              # 2
    "develop its understanding of the links between its outcomes, outputs and costs",          # 3
    "improve its understanding of suspects released under investigation and the management of "
    "those released on bail",                                                                  # 4
    "put plans in place to monitor, including through the gathering and analysis of staff "
    "feedback, team cultures and provide prompt remedial action for any issues it identifies",  # 5
    "ensure that it has sufficient resources available in the control room to fulfil its "
    "resourcing model, and so to meet its demand, while also taking into account the wellbeing "
    "of its workforce",                                                                        # 6
    "improve its understanding of the nature and scale of violence against women and girls in "
    "its area",                                                                                # 7
    "make sure investigations of child sexual exploitation are allocated to officers with the "
    "right skills and are effectively supervised",                                             # 8
    "improve how it works with partner organisations to safeguard people at risk from county "
    "lines drug dealing",                                                                      # 9
    "review its approach to stalking and harassment to make sure victims receive a "
    "consistently good service",                                                               # 10
    "make sure officers and staff have the training they need to identify and respond to "
    "honour-based abuse",                                                                      # 11
    "make sure its analysis of serious and organised crime informs its strategic assessment and "
    "control strategy",                                                                        # 12
    "improve the way it manages the risk posed by offenders involved in online child sexual "
    "abuse",                                                                                   # 13
    "make sure it consistently uses ancillary orders and other powers to protect victims of "
    "domestic abuse",                                                                          # 14
]
F_BODIES = [  # PEEL 2023-25 areas for improvement
    "make sure all processes in place to support performance management are effective",       # 0
    "specify in succession plans how it intends to improve diversity across all levels of the "
    "force. This should include offering increased direct-entry opportunities",                # 1
    "make sure it provides a confidential way for staff to raise concerns and that staff are "
    "aware of whistleblowing processes",                                                       # 2
    "review the support available for those who have raised concerns and take any action "
    "needed to make sure these provisions are suitable",                                       # 3
    "review how it gathers and uses equality and diversity data to improve its understanding "
    "of its workforce demographics",                                                           # 4
    "develop a clear prevention strategy targeting people most at risk and make sure activity "
    "undertaken prioritises people most at risk",                                              # 5
    "immediately review its current background checks arrangements, and make sure that "
    "suitable and sufficient background checks are in place to safeguard its staff and the "
    "communities it serves",                                                                   # 6
    "make sure it provides accessible information for all staff and members of the public on "
    "how they can raise concerns and access confidential support (including through external "
    "agencies)",                                                                               # 7
    "improve how it gathers, assesses and acts on intelligence about fraud",                   # 8
    "make sure its performance framework gives senior leaders a clear picture of its response "
    "to anti-social behaviour",                                                                # 9
    "improve the timeliness of its response to calls for service involving people with mental "
    "ill health",                                                                              # 10
    "make sure victims of residential burglary are kept informed about the progress of their "
    "case, in line with the Code of Practice for Victims of Crime",                            # 11
    "develop a problem-solving approach to neighbourhood crime, working with local communities "
    "and partners",                                                                            # 12
    "make sure it has enough specialist capacity and capability to investigate economic crime",  # 13
]
N_HOTDEBRIEF = "evaluate its work to prevent knife crime and share what works across the force"

LEADS = [
    "ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
    "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
    "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
    "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
    "Head of Information Management", "DCC", "Director of Finance",
    "Supt Firearms Licensing",
]

#: Likely leads per report (tracker.py LEADS), so an owner fits the subject.
OWNERS = {
    "N": ["Supt Firearms Licensing"],
    "A": ["ACC Crime", "Det Ch Supt Force CID", "Ch Supt Public Protection",
          "Force Crime Registrar"],
    "B": ["ACC Local Policing", "C/Supt Bell", "Head of Learning & Development"],
    "D": ["Force Crime Registrar", "Supt Contact Centre", "Head of Information Management"],
    "C": ["ACC Local Policing", "C/Supt Bell", "Head of Learning & Development",
          "Head of Professional Standards"],
    "E": ["ACC Crime", "Det Ch Supt Force CID", "Ch Supt Public Protection",
          "Head of Corporate Development", "Head of Intelligence", "DCC",
          "Director of Finance", "Supt Contact Centre"],
    "F": ["Director of People", "Head of Professional Standards",
          "Head of Corporate Development", "ACC Local Policing", "Head of Intelligence",
          "Det Ch Supt Force CID"],
}

ABBREVIATIONS = [
    (r"modern slavery and human trafficking", "MSHT"),
    (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"),
    (r"chief constables", "CCs"),
    (r"Authorised Professional Practice", "APP"),
    (r"College of Policing", "CoP"),
    (r"child sexual exploitation", "CSE"),
    (r"body-worn video", "BWV"),
    (r"released under investigation", "RUI"),
    (r"information-sharing agreements", "ISAs"),
    (r"continuing professional development", "CPD"),
    (r"quality assurance", "QA"),
    (r"Home Office", "HO"),
    (r"within six months", "within 6 months"),
    (r"within three months", "within 3 months"),
    (r"officers and staff", "officers & staff"),
]

# ---------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------
# key: (HMICFRS title, publication date, tracker short name, first register id)
REPORTS = {
    "A": ("Stolen freedom: the policing response to modern slavery and human trafficking",
          "24/10/2017", "Stolen Freedom (MSHT) 2017", 8794),
    "B": ("PEEL: Police legitimacy 2017 (national overview)", "12/12/2017",
          "PEEL Legit 17 S&S", 8931),
    "D": ("Lincolnshire Police: Crime data integrity inspection 2019", "10/09/2019",
          "CDI 2019", 10462),
    "C": ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
          "force", "26/02/2021", "Police powers spotlight (Feb 21)", 11847),
    "E": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire Police",
          "20/05/2022", "PEEL 21/22", 12873),
    "F": ("PEEL 2023–25: An inspection of Lincolnshire Police", "17/07/2024", "PEEL 23-25",
          14216),
}
FIREARMS_SHORT = "Firearms licensing 2015"

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"

# ---------------------------------------------------------------------------------------
# Items. Each HMICFRS item: key, report, type, text, HMICFRS status, force rows.
# A force row: dict(prefix=..., status=<old Status column>, text=<variant or literal>,
#                   type=<force Type>, report=<override short name>, comment=...)
# prefix None = no prefix typed. status "" = blank.  text: "v" verbatim, "ab" abbreviated,
# "ns" stem dropped; any other string is the literal text after the prefix.
# cat: the category (checked against the rule in derive()).
# ---------------------------------------------------------------------------------------

def fs(b: str) -> str:
    return f"The force should {b}."


ITEMS: list[dict] = []


def item(key, rep, typ, text, hst, rows, cat, why, hdate=None):
    ITEMS.append(dict(key=key, rep=rep, typ=typ, text=text, hst=hst, rows=rows, cat=cat,
                      why=why, hdate=hdate))


def R(prefix, status, text="v", **kw):
    d = dict(prefix=prefix, status=status, text=text)
    d.update(kw)
    return d


# --- A: Stolen freedom (national, 2017) ---
item("A1", "A", REC, SF_LEADERSHIP, "Being progressed", [
    R("[COMPLETE] ", "In progress",
      "MSHT leadership & governance review (within 12 months) – senior leaders prioritise the "
      "response to modern slavery and human trafficking", type="Rec",
      comment="MSHT Gold group chaired by ACC Crime since Jan 18. Evidence sent 12/03/24."),
    R("COMPLETE - ", "In progress",
      "MSHT leadership & governance review (within 12 months) – every incident of modern "
      "slavery identified to police is allocated appropriate resources with the skills, "
      "experience and capacity to investigate it effectively", type="Rec",
      comment="All MSHT crimes allocated to the Complex Investigation Team."),
    R("** DONE ** ", "Complete",
      "MSHT leadership & governance review (within 12 months) – forces develop effective "
      "partnership arrangements to co-ordinate activity in order to share information and "
      "safeguard victims", type="Rec",
      comment="Anti-Slavery Partnership in place with the county council."),
    R("[CLOSED – evidence sent 12/03/24] ", "In progress",
      "MSHT leadership & governance review (within 12 months) – performance and QA measures are "
      "in place to allow senior leaders to assess the nature and quality of the service "
      "provided to victims", type="Rec",
      comment="MSHT measures added to the quarterly performance pack."),
], "closeable_submit",
    "split into 4 bullet rows, every bullet done by its prefix ([COMPLETE], COMPLETE -, ** DONE **, "
    "[CLOSED – evidence sent]); HMICFRS Being progressed")
item("A2", "A", REC, MSHT_INTEL, "Being progressed", [
    R("[ON TRACK] ", "In progress",
      "Within 12 months, forces should have in place active ISAs with other agencies to "
      "facilitate speedy exchange of intelligence 86 and in order to safeguard victims better "
      "and to identify suspects as early as possible", type="Rec",
      comment="ISA with Border Force signed; ISA with GLAA in draft."),
], "conflict",
    "timescale differs: HMICFRS 'Within six months', force 'Within 12 months' (both open)")
item("A3", "A", REC, MSHT_S45, "Complete", [
    R("[COMPLETE] ", "Complete", "v", type="Rec",
      comment="s45 defence guidance in CPS/force joint protocol."),
], "in_sync", "closed both: HMICFRS Complete, force [COMPLETE]")
item("A4", "A", REC, MSHT_NRM, "Complete", [
    R(None, "Complete", "ab", type="Rec",
      comment="NRM single point of contact in the PVP unit. Closed by HMICFRS 2019."),
], "in_sync",
    "closed both: no prefix, so the old Status column decides (Complete, recorded before the "
    "prefixes began); HMICFRS Complete")
item("A5", "A", REC, MSHT_NCRS, "Superseded", [
    R("[DELAYED] ", "In progress", "ab", type="Rec",
      comment="FCR audit of MSHT crimes postponed to Q4 – audit team capacity."),
], "closeable_local", "HMICFRS Superseded, force [DELAYED] = open")
item("A6", "A", REC, MSHT_INVEST, "Complete", [
    R("(Closed) ", "Complete", "v", type="Rec", comment="Closed at Force Assurance Board 06/19."),
], "in_sync", "closed both: HMICFRS Complete, force (Closed)")
item("A7", "A", REC, MSHT_POWERS, "No further action required", [
    R("(Open) ", "Not started", "ab", type="Rec",
      comment="Awaiting legal services advice on STRO/STPO use."),
], "closeable_local", "HMICFRS No further action required, force (Open)")

# --- B: PEEL legitimacy 2017 national (stop and search) ---
item("B1", "B", COC, LEG_COC, "Complete", [], "missing_from_force",
     "cause of concern on the register; the force tracked only the recommendations under it")
item("B2", "B", REC, SAS_MONITORING_2017, "Being progressed", [
    R("[ON TRACK] ", "In progress",
      SAS_STEM.replace("stop and search", "S&S") + "\n" + SAS_B1.replace("stop and search", "S&S")
      + " " + SAS_B2,
      type="Rec", comment="Quarterly S&S disproportionality report to the Scrutiny Panel."),
], "conflict",
    "force text drops the third bullet (possession-only drug searches); both open")
item("B3", "B", REC, LEG_DISPARITY, "Complete", [
    R("[COMPLETE] ", "Complete", "v", type="Rec",
      comment="Disparity research by the Force Analysis Unit, published Nov 18."),
], "in_sync", "closed both: HMICFRS Complete, force [COMPLETE]")
item("B4", "B", REC, LEG_PUBLISH, "Complete", [
    R(None, "In progress", "v", type="Rec",
      comment="Annual S&S analysis on the force website."),
], "closeable_local",
    "no prefix = still open (old Status 'In progress' agrees); HMICFRS Complete")
item("B5", "B", REC, LEG_BIAS, "Being progressed", [
    R("[complete] ", "Not started", "ab", type="Rec",
      comment="Unconscious bias module in S&S refresher; 97% of S&S-trained officers done."),
], "closeable_submit",
    "prefix [complete] (lower case) = done; stale Status 'Not started' ignored; HMICFRS open")

# --- D: Crime data integrity 2019 (force) ---
item("D1", "D", REC, "Within three months, the force should " + CDI_VICTIMS_BODY + ".",
     "Being progressed", [
    R("[DELAYED – new target date 31/03/25] ", "In progress", "v", type="Recommendation",
      comment="Online crime triage depends on the new Single Online Home form."),
], "in_sync", "open both: force [DELAYED – new target date] = open; HMICFRS Being progressed")
item("D2", "D", REC, "Within six months the force should " + B_CALL + ".", "Awaiting review", [
    R("[COMPLETE]", "In progress", "v", type="Recommendation",
      comment="THRIVE+ criteria in the control room since Feb 24."),
], "closeable_submit",
    "prefix [COMPLETE] runs into the text with no space = done; stale Status 'In progress' "
    "ignored; HMICFRS Awaiting review")
item("D3", "D", REC, "Within twelve months, the force should " + B_CRMS + ".", "Complete", [
    R("COMPLETE - ", "Complete", "v", type="Recommendation",
      comment="Niche case file module live."),
], "in_sync", "closed both: HMICFRS Complete, force COMPLETE -")
item("D4", "D", REC, "Immediately, the force should " + B_NCRS + ".", "Superseded", [
    R("** DONE ** ", "Complete", "ab", type="Recommendation",
      comment="Covered by the FCR audit plan."),
], "in_sync", "closed both: HMICFRS Superseded, force ** DONE **")
item("D5", "D", REC, "By March 2020, the force should " + B_APP + ".", "Being progressed", [],
     "missing_from_force", "open on the register, no row in the force list")
item("D6", "D", AFI, fs(T_RECORDS.format(t="hate crime")), "Complete", [
    R("[ON TRACK] ", "In progress", "v", type="AFI",
      comment="Hate crime audit repeated quarterly by the FCR."),
], "closeable_local", "HMICFRS Complete, force [ON TRACK] = open")
item("D7", "D", AFI, fs(T_RECORDS.format(t="rape and serious sexual offences")),
     "Being progressed", [
    R(None, "In progress", "v", type="AFI",
      comment="RASSO recording audit in the FCR plan 2024/25."),
], "in_sync", "open both: no prefix = open (Status 'In progress'); HMICFRS Being progressed")

# --- C: Police powers spotlight 2021 (national) ---
item("C1", "C", REC, POW_COMMS, "Being progressed", [
    R("[CLOSED – evidence sent 12/03/24] ", "In progress", "v", type="Rec",
      comment="Communication skills in the Personal Safety Training refresher."),
], "closeable_submit",
    "prefix [CLOSED – evidence sent 12/03/24] = done (sent for closure); HMICFRS Being progressed")
item("C2", "C", REC, POW_CPD, "Complete", [
    R("Complete - ", "Complete", "ab", type="Rec",
      comment="BWV debrief guide issued to sergeants."),
], "in_sync", "closed both: HMICFRS Complete, force 'Complete -'")
item("C3", "C", REC, BWV_2021, "Being progressed", [
    R("[COMPLETE] ", "In progress", BWV_PARTS[0].replace("body-worn video", "BWV"), type="Rec",
      comment="BWV mandatory for all S&S encounters (policy Sept 21)."),
    R("[COMPLETE] ", "In progress",
      "By September 2021, forces should: " + BWV_PARTS[1], type="Rec",
      comment="Monthly BWV dip-sample by the S&S lead."),
    R("[DELAYED] ", "Not started",
      "By September 2021, forces should: " + BWV_PARTS[2], type="Rec",
      comment="Scrutiny panel BWV viewing paused – data protection impact assessment."),
], "in_sync",
    "split into 3 rows, one still [DELAYED], so the recommendation is still open on the force "
    "side; HMICFRS Being progressed -> open both")
item("C4", "C", REC, POW_MONITOR, "Being progressed", [
    R("[ON TRACK] ", "Complete", "v", type="Rec",
      comment="Closure rejected by HMICFRS Jan 24 – further evidence on use of force "
              "monitoring requested."),
], "in_sync",
    "prefix [ON TRACK] = open, overriding the stale Status 'Complete' (closure was rejected); "
    "HMICFRS Being progressed")

# --- E: PEEL 2021/22 (force) ---
item("E1", "E", COC, COC_INVEST, "Being progressed", [
    R("[ON TRACK] ", "In progress", "v", type="CoC",
      comment="Investigative Standards Improvement Plan; reported to the PCC monthly."),
], "in_sync", "open both: CoC, force [ON TRACK]")
item("E2", "E", REC, "Within six months the force should " + B_SUPERVISION + ".",
     "Being progressed", [
    R("[COMPLETE] ", "In progress", "v", type="Recommendation",
      comment="Supervisory review template mandatory on Niche since Apr 24."),
], "closeable_submit", "force [COMPLETE]; HMICFRS Being progressed")
item("E3", "E", REC, "Within six months the force should " + B_DIGITAL + ".",
     "Being progressed", [
    R("[DELAYED] ", "In progress", "v", type="Recommendation",
      comment="Digital forensics backlog 412 devices (Oct 24)."),
], "in_sync", "open both: force [DELAYED]")
item("E4", "E", AFI, fs(E_BODIES[1]), "Being progressed", [
    R("[ON TRACK] ", "In progress", "v", type="Recommendation",
      comment="Risk register reviewed at Chief Officer Group monthly."),
], "conflict", "type differs: HMICFRS Area for improvement, force Type 'Recommendation'")
item("E5", "E", AFI, fs(E_BODIES[3]), "Being progressed", [
    R("[ON TRACK] ", "", "v", type="AFI", report="PEEL 23-25", group="F",
      comment="Outcome-based budgeting pilot in Finance."),
], "conflict",
    "report differs: a PEEL 2021/22 AFI filed by the force under PEEL 23-25 (different report "
    "and publication date)")
item("E6", "E", AFI, fs(E_BODIES[0]), "Being progressed", [
    R("[COMPLETE] ", "In progress", "ns", type="AFI",
      comment="New Force Assurance Board terms of reference agreed."),
], "closeable_submit", "force [COMPLETE] (stale Status 'In progress' ignored); HMICFRS open")
item("E7", "E", AFI, fs(E_BODIES[2]), "Awaiting review", [
    R("** DONE ** ", "In progress", "v", type="AFI",
      comment="Power BI performance dashboards live for all districts."),
], "closeable_submit", "force ** DONE **; HMICFRS Awaiting review")
item("E8", "E", AFI, fs(E_BODIES[4]), "Being progressed", [
    R(None, "Complete", "ab", type="AFI",
      comment="RUI/bail review process in place; evidence pack with DCC for sign-off (Oct 23)."),
], "closeable_submit",
    "no prefix, so the old Status column decides: Complete (before the prefixes began); "
    "HMICFRS Being progressed")
item("E9", "E", AFI, fs(E_BODIES[5]), "Complete", [
    R("[ON TRACK] ", "Awaiting evidence", "v", type="AFI",
      comment="Staff survey culture questions added; second survey due Jan 25."),
], "closeable_local", "HMICFRS Complete, force [ON TRACK] = open")
item("E10", "E", AFI, fs(E_BODIES[6]), "No further action required", [
    R(None, "Not started", "v", type="AFI",
      comment="Control room resourcing review to follow the new CAD system."),
], "closeable_local",
    "no prefix = open (old Status 'Not started'); HMICFRS No further action required")
item("E11", "E", AFI, fs(E_BODIES[7]), "Being progressed", [
    R("(Open) ", "In progress", "v", type="AFI", comment="VAWG problem profile in draft."),
], "in_sync", "open both: force (Open)")
item("E12", "E", AFI, fs(E_BODIES[8]), "Being progressed", [
    R(None, "", "ab", type="AFI", comment=""),
], "in_sync", "open both: no prefix and blank Status = open")
item("E13", "E", AFI, fs(E_BODIES[9]), "Complete", [
    R("[COMPLETE] ", "Complete", "v", type="AFI",
      comment="County lines safeguarding hub with the local authority."),
], "in_sync", "closed both: HMICFRS Complete, force [COMPLETE]")
item("E14", "E", AFI, fs(E_BODIES[10]), "Complete", [
    R("[On Track] ", "In progress", "v", type="AFI",
      comment="Stalking clinic with the PVP unit fortnightly."),
], "closeable_local", "HMICFRS Complete, force [On Track] = open")
item("E15", "E", AFI, fs(E_BODIES[11]), "Being progressed", [], "missing_from_force",
     "open on the register, no row in the force list")
item("E16", "E", AFI, fs(E_BODIES[12]), "Complete", [
    R("COMPLETE - ", "In progress", "ns", type="AFI",
      comment="SOC strategic assessment 2023 informs the control strategy."),
], "in_sync",
    "closed both: force 'COMPLETE -' (stale Status 'In progress' ignored); HMICFRS Complete")
item("E17", "E", AFI, fs(E_BODIES[13]), "Being progressed", [
    R("[DELAYED] ", "In progress", "v", type="AFI",
      comment="POLIT capacity – two vacancies."),
], "in_sync", "open both: force [DELAYED]")
item("E18", "E", AFI, fs(E_BODIES[14]), "Superseded", [
    R("[IN PROGRESS] ", "In progress", "ab", type="AFI",
      comment="DVPO use up 18% year on year."),
], "closeable_local", "HMICFRS Superseded, force [IN PROGRESS] = open")

# --- F: PEEL 2023-25 (force) ---
item("F1", "F", AFI, fs(F_BODIES[0]), "Awaiting review", [
    R(None, "", "v", type="AFI", owner="Head of Corporate Development",
      comment="Allocated to Head of Corporate Development 04/11/24."),
], "in_sync", "open both: no prefix = open (Status blank, added after Nov 23)")
item("F2", "F", AFI, fs(F_BODIES[1]), "Awaiting review", [
    R(None, "", "v", type="AFI", owner=None, comment="Awaiting allocation."),
], "in_sync", "open both: no prefix = open")
item("F3", "F", AFI, fs(F_BODIES[2]), "Awaiting review", [
    R("[ON TRACK] ", "", "v", type="AFI", comment="Speak Up platform procurement under way."),
], "in_sync", "open both: force [ON TRACK]")
item("F4", "F", AFI, fs(F_BODIES[3]), "Being progressed", [
    R("[COMPLETE] ", "", "v", type="AFI",
      comment="Support pathway for people raising concerns agreed with Unison and Fed."),
], "closeable_submit", "force [COMPLETE]; HMICFRS Being progressed")
item("F5", "F", AFI, fs(F_BODIES[4]), "Awaiting review", [
    R("(Open) ", "", "ns", type="AFI", comment="HR data cleanse first."),
], "in_sync", "open both: force (Open)")
item("F6", "F", AFI, fs(F_BODIES[5]), "Awaiting review", [], "missing_from_force",
     "open on the register, no row in the force list")
item("F7", "F", AFI, fs(F_BODIES[6]), "Being progressed", [
    R("COMPLETE-", "", "v", type="AFI",
      comment="Background checks policy refreshed; all new joiners checked since Aug 24."),
], "closeable_submit",
    "prefix COMPLETE- runs into the text with no space = done; HMICFRS Being progressed")
item("F8", "F", AFI, fs(F_BODIES[7]), "Being progressed", [
    R("[DELAYED] ", "", "v", type="AFI", comment="Intranet rebuild delayed to Feb 25."),
], "in_sync", "open both: force [DELAYED]")
item("F9", "F", AFI, fs(F_BODIES[8]), "Awaiting review", [
    R("[ON TRACK]\u00a0", "", "v", type="AFI", comment="Fraud intelligence desk from Jan 25."),
], "in_sync", "open both: force [ON TRACK] (followed by a non-breaking space)")
item("F10", "F", AFI, fs(F_BODIES[9]), "Awaiting review", [
    R("[ON TRACK] ", "",
      "Force should make sure its performance framework gives senior leaders a clear picture "
      "of its response to ASB", type="AFI",
      comment="ASB measures to be added to the performance framework."),
], "in_sync", "open both: force [ON TRACK]")
item("F11", "F", AFI, fs(F_BODIES[10]), "Awaiting review", [
    R(None, "", "v", type="AFI", comment="Right Care Right Person phase 2."),
], "in_sync", "open both: no prefix = open")
item("F12", "F", AFI, fs(F_BODIES[11]), "Being progressed", [
    R("** DONE ** ", "", "v", type="AFI",
      comment="Burglary victims contacted by the OIC every 28 days; audited Sep 24."),
], "closeable_submit", "force ** DONE **; HMICFRS Being progressed")
item("F13", "F", AFI, fs(F_BODIES[12]), "Awaiting review", [
    R("[On track] ", "", "v", type="AFI", comment="OSARA training for neighbourhood teams."),
], "in_sync", "open both: force [On track]")
item("F14", "F", AFI, fs(F_BODIES[13]), "Awaiting review", [
    R("[ON TRACK] ", "", "v", type="AFI", comment="Economic crime unit growth bid 2025/26."),
], "in_sync", "open both: force [ON TRACK]")

# Force rows with no HMICFRS item: (after which report, row spec, why)
EXTRA = [
    ("FIRST", R("[COMPLETE] ", "Complete", FIREARMS_DEMAND, type="Rec",
                report=FIREARMS_SHORT, comment="Firearms licensing demand review done 2016."),
     "Targeting the risk (2015) item: that report is not on the HMICFRS list"),
    ("FIRST", R(None, "Complete", FIREARMS_EXPIRED, type="Rec", report=FIREARMS_SHORT,
                comment="Total expired records cleared Dec 15."),
     "Targeting the risk (2015) item: that report is not on the HMICFRS list"),
    ("D", R("[ON TRACK] ", "In progress",
            "Local action: Dip-sample 50 hate crime reports each quarter and report "
            "findings to the Crime Standards Board", type="Local action",
            comment="Force action arising from CDI 2019."),
     "force's own local action"),
    ("E", R("[ON TRACK] ", "",
            fs(N_HOTDEBRIEF), type="AFI",
            comment="From the PEEL hot debrief (Nov 21); not in the final report."),
     "AFI raised at the hot debrief, not in the published report or on the HMICFRS list"),
    ("E", R("[COMPLETE] ", "In progress",
            "Force action - Task & Finish group to review the stalking and harassment policy and "
            "report to the Force Executive Team", type="Local action",
            comment="Policy signed off at FET 14/05/24."),
     "force's own local action"),
    ("E", R(None, "Not started",
            "Add violence against women and girls measures to the monthly Force Performance pack",
            type="Local action", comment="VAWG delivery plan action 3."),
     "force's own local action"),
    ("F", R("(Open) ", "",
            "Local action: Internal audit of the counter-corruption governance arrangements "
            "(audit plan 2024/25)", type="Local action", comment="Audit fieldwork Feb 25."),
     "force's own local action"),
]

# ---------------------------------------------------------------------------------------
# Status rules (what the README states)
# ---------------------------------------------------------------------------------------
HM_CLOSED = {"complete", "superseded", "no further action required"}
DONE_WORDS = ("complete", "closed", "done")
OPEN_WORDS = ("on track", "delayed", "open", "in progress")


def force_state(prefix: str | None, status: str) -> str:
    if prefix:
        p = prefix.lower()
        if any(w in p for w in DONE_WORDS):
            return "done"
        assert any(w in p for w in OPEN_WORDS), prefix
        return "open"
    return "done" if status.strip().lower() == "complete" else "open"


def derive(hst: str, fstate: str) -> str:
    closed = hst.lower() in HM_CLOSED
    if closed and fstate == "done":
        return "in_sync"
    if not closed and fstate == "open":
        return "in_sync"
    return "closeable_local" if closed else "closeable_submit"


# ---------------------------------------------------------------------------------------
# Text variants
# ---------------------------------------------------------------------------------------

def abbreviate(text: str) -> str:
    out = text
    for pat, rep in ABBREVIATIONS:
        out = re.sub(pat, rep, out, flags=re.IGNORECASE)
    return out


def no_stem(text: str) -> str:
    m = re.match(r"The force should (.*)$", text, flags=re.S)
    assert m, text
    body = m.group(1)
    return body[0].upper() + body[1:]


def force_text(hm_text: str, variant: str) -> str:
    if variant == "v":
        return hm_text
    if variant == "ab":
        t = abbreviate(hm_text)
        assert t != hm_text, hm_text
        return t
    if variant == "ns":
        return no_stem(hm_text)
    return variant


# ---------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------
STATUS_DATES_OPEN = ["02/09/2024", "14/10/2024", "28/10/2024", "05/11/2024"]
STATUS_DATES_CLOSED = ["11/04/2019", "30/01/2020", "17/06/2021", "09/03/2023", "22/08/2024"]


def build() -> None:
    rng = random.Random(SEED)
    CASE.mkdir(parents=True, exist_ok=True)

    # ---- HMICFRS register (CSV) ----
    hm_rows = []
    ids: dict[str, int] = {}
    counters = {k: v[3] for k, v in REPORTS.items()}
    order = ["A", "B", "D", "C", "E", "F"]
    for rep in order:
        for it in [i for i in ITEMS if i["rep"] == rep]:
            counters[rep] += rng.choice([1, 1, 1, 2, 3])
            ids[it["key"]] = counters[rep]
            title, pub, _, _ = REPORTS[rep]
            closed = it["hst"].lower() in HM_CLOSED
            if closed:
                later = [d for d in STATUS_DATES_CLOSED if int(d[-4:]) > int(pub[-4:])]
                sd = rng.choice(later or STATUS_DATES_CLOSED[-1:])
            else:
                sd = rng.choice(STATUS_DATES_OPEN)
            hm_rows.append([ids[it["key"]], FORCE, title, pub, it["typ"], it["text"],
                            it["hst"], sd])
    hm_header = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
                 "Recommendation", "Status", "Status date"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(hm_header)
    w.writerows(hm_rows)
    (CASE / "hmicfrs.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    hm_rowno = {}
    for n, it_row in enumerate(hm_rows, start=2):
        key = next(k for k, v in ids.items() if v == it_row[0])
        hm_rowno[key] = n

    # ---- Force tracker rows, grouped by report in date order, shuffled within report ----
    groups: list[tuple[str, list]] = []  # (group label, list of entries)
    # entry: (key or None, [row specs], why-for-extra)
    first = [(None, [spec], why) for (after, spec, why) in EXTRA if after == "FIRST"]
    groups.append(("FIRST", first))
    for rep in order:
        ents = [(it["key"], it["rows"], None) for it in ITEMS
                if it["rows"] and it["rows"][0].get("group", it["rep"]) == rep]
        rng.shuffle(ents)
        extras = [(None, [spec], why) for (after, spec, why) in EXTRA if after == rep]
        for e in extras:  # local actions / extras inserted at a random point in the report
            ents.insert(rng.randint(len(ents) // 2, len(ents)), e)
        groups.append((rep, ents))

    tracker_rows = []  # dicts for writing + truth
    n_item = 0
    for label, ents in groups:
        for key, specs, why in ents:
            n_item += 1
            for j, spec in enumerate(specs):
                itno = n_item if len(specs) == 1 else f"{n_item}{'abcdefgh'[j]}"
                pool_key = key[0] if key else ("N" if label == "FIRST" else label)
                if key:
                    it = next(i for i in ITEMS if i["key"] == key)
                    rep_short = spec.get("report", REPORTS[it["rep"]][2])
                    body = force_text(it["text"], spec["text"])
                else:
                    rep_short = spec.get("report") or REPORTS[label][2]
                    body = spec["text"]
                prefix = spec["prefix"] or ""
                owner = spec["owner"] if "owner" in spec else rng.choice(OWNERS[pool_key])
                tracker_rows.append(dict(
                    key=key, itno=itno, report=rep_short, type=spec["type"],
                    text=prefix + body, owner=owner, status=spec["status"],
                    comment=spec.get("comment", ""), prefix=spec["prefix"], why_extra=why))

    # ---- write tracker.xlsx ----
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = "Lincolnshire Police – HMICFRS recommendations & AFIs (force list)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Exported from the SharePoint list 'HMICFRS Recs' on 18/11/2024. "
                "NB Status column no longer maintained (last updated Nov 2023) – see prefix in "
                "text. Leads cannot edit Status, so progress is typed at the start of the "
                "recommendation.")
    ws["A3"] = ("Prefixes: [COMPLETE] / [CLOSED …] / DONE = done;  [ON TRACK] / [DELAYED] / "
                "(Open) = open.  No prefix = still open, unless Status already said Complete "
                "before Nov 2023.")
    ws["A2"].font = Font(italic=True, color="C00000")
    ws["A3"].font = Font(italic=True)
    headers = ["Item no.", "Report", "Type", "Recommendation", "Owner", "Status", "Comments"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=HEADER_ROW, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
    r = HEADER_ROW
    for tr in tracker_rows:
        r += 1
        tr["row"] = r
        vals = [tr["itno"], tr["report"], tr["type"], tr["text"], tr["owner"],
                tr["status"] or None, tr["comment"] or None]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=(c in (4, 7)), vertical="top")
    for col, width in zip("ABCDEFG", [8, 26, 13, 90, 26, 14, 50]):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    wb.properties.creator = "Strategic Planning"
    out = CASE / "tracker.xlsx"
    wb.save(out)
    normalise_xlsx(out)

    # ---- truth.csv ----
    truth = []
    for it in ITEMS:
        hr = f"hmicfrs.csv!{hm_rowno[it['key']]}"
        rows = [tr for tr in tracker_rows if tr["key"] == it["key"]]
        if not rows:
            assert it["cat"] == "missing_from_force"
            truth.append((hm_rowno[it["key"]], 0, hr, "", it["cat"], it["why"]))
            continue
        states = [force_state(tr["prefix"], tr["status"]) for tr in rows]
        fstate = "done" if all(s == "done" for s in states) else "open"
        if it["cat"] != "conflict":
            assert derive(it["hst"], fstate) == it["cat"], (it["key"], fstate, it["cat"])
        for tr in rows:
            truth.append((hm_rowno[it["key"]], tr["row"], hr, f"{SHEET}!{tr['row']}",
                          it["cat"], it["why"]))
    for tr in tracker_rows:
        if tr["key"] is None:
            truth.append((10**6, tr["row"], "", f"{SHEET}!{tr['row']}", "not_on_hmicfrs_list",
                          tr["why_extra"]))
    truth.sort(key=lambda t: (t[0], t[1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t[2:])
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    (CASE / "README.md").write_text(README, encoding="utf-8")


FIXED = "2024-11-18T09:12:00Z"


def normalise_xlsx(path: Path) -> None:
    """Fix the timestamps openpyxl and zipfile write, so the file rebuilds byte for byte."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + FIXED.encode() + m.group(3), data)
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 18, 9, 12, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


README = r"""# Case `status_prefix_in_text` (round 34)

Built by `../build_status_prefix_in_text.py` (seed **20241118**; run it with
`/work/main/.venv/bin/python`; it rebuilds every file byte for byte, xlsx timestamps fixed).
`../check_status_prefix_in_text.py` re-reads the built files and checks truth.csv against them.

## Layout

**HMICFRS side: `hmicfrs.csv`**, a register export for Lincolnshire Police. UTF-8 with BOM,
CRLF, header in row 1. Columns: `Recommendation ID` (plain integer, unique across the register),
`Force`, `Report title`, `Publication date` (dd/mm/yyyy), `Type` (Recommendation / Area for
improvement / Cause of concern), `Recommendation` (the full text; bulleted items keep their
line breaks inside the quoted cell), `Status`, `Status date`. 55 items (rows 2 to 56) across 6
reports: Stolen freedom 2017 (7), PEEL legitimacy 2017 national overview (5), Crime data
integrity 2019 (7), Police powers spotlight 2021 (4), PEEL 2021/22 (18), PEEL 2023–25 (14).
Statuses: open = `Awaiting review`, `Being progressed`; closed = `Complete`, `Superseded`,
`No further action required`.

**Force side: `tracker.xlsx`**, one sheet `Recs List`, exported from a SharePoint list and
tidied by the analyst:
- row 1 title; row 2 note "… NB Status column no longer maintained (last updated Nov 2023) –
  see prefix in text. Leads cannot edit Status, so progress is typed at the start of the
  recommendation."; row 3 legend of the prefixes ("No prefix = still open, unless Status
  already said Complete before Nov 2023."); row 4 blank; **row 5 header**; items in rows 6–68.
  Rows 1–5 are not items.
- Columns: `Item no.` (the list's running number, not an HMICFRS reference; split rows are
  `7a`–`7d`, `23a`–`23c`), `Report` (short: "CDI 2019", "PEEL 21/22", "PEEL 23-25",
  "Stolen Freedom (MSHT) 2017", …), `Type` (Rec / Recommendation / AFI / CoC / Local action),
  `Recommendation` (**prefix + text**), `Owner`, `Status` (stale), `Comments`.
- There is no reference column and no date column: pairs are found by text (plus report/type).

## How the force status was decided (the rule truth.csv follows)

1. **A prefix at the start of the text decides**, whatever the Status column says (the prefix is
   the newer word; the sheet note says Status is no longer maintained). Prefix forms used, any
   case, any bracket: `[COMPLETE]`, `[complete]`, `COMPLETE - `, `Complete - `, `COMPLETE-`,
   `** DONE **`, `(Closed)`, `[CLOSED – evidence sent 12/03/24]` → **done**;
   `[ON TRACK]`, `[On Track]`, `[On track]`, `[DELAYED]`, `[DELAYED – new target date 31/03/25]`,
   `[IN PROGRESS]`, `(Open)` → **open**. A prefix means done if it contains COMPLETE, CLOSED or
   DONE, otherwise open.
2. **No prefix**: open (the note's default) — except where the old Status column already says
   `Complete` (finished before the prefixes began in Nov 2023; nothing later reopened it). Any
   other Status value (`In progress`, `Not started`, `Awaiting evidence`, blank) → open.
3. A recommendation split over several rows is done only if **every** row is done.
4. HMICFRS open + force done → closeable_submit; HMICFRS closed + force open → closeable_local;
   same state both sides → in_sync; a matched pair whose facts disagree (type, report,
   timescale, missing bullet) → conflict whatever the statuses.

## Traps and how truth decides them

| Trap | Rows | Truth |
|---|---|---|
| Prefix in many spellings/brackets (see rule 1) | throughout (52 rows carry one) | prefix state |
| Stale Status contradicts the prefix: Status open, prefix done | Recs List!21 (`[complete]`, Status Not started), !26, !37, !42, !51, !12/13/15 | prefix wins → done |
| Stale Status `Complete` but prefix `[ON TRACK]` (closure rejected by HMICFRS, per Comments) | Recs List!34 | open → in_sync with HMICFRS Being progressed |
| No prefix, Status `Complete` (done before Nov 2023) | Recs List!17 (HMICFRS Complete → in_sync), !36 (HMICFRS Being progressed → closeable_submit), !7 (not on list) | done |
| No prefix, Status open/blank | !19 (→ closeable_local), !46 (→ closeable_local), !28, !53, !59, !65, !67 | open |
| Prefix runs into the text with no space | !26 `[COMPLETE]Within six months…`, !55 `COMPLETE-The force should…` | done → closeable_submit |
| Non-breaking space after the prefix | !62 `[ON TRACK]\xa0The force…` | open → in_sync |
| Prefix carrying a note/date | !15, !30 `[CLOSED – evidence sent 12/03/24]`; !24 `[DELAYED – new target date 31/03/25]` | CLOSED = done (sent for closure); DELAYED = open |
| One rec split into 4 bullet rows, all done | !12–!15 ↔ hmicfrs.csv!2 | closeable_submit on each row |
| One rec split into 3 rows, one `[DELAYED]` | !31–!33 ↔ hmicfrs.csv!23 | rec still open → in_sync on each row |
| Timescale changed | !11 "Within 12 months" vs "Within six months" (hmicfrs.csv!3); also stray footnote "86" | conflict |
| Missing bullet | !20 drops the possession-only drug searches bullet (hmicfrs.csv!10) | conflict |
| Type differs | !41 Type "Recommendation", HMICFRS Area for improvement (hmicfrs.csv!28) | conflict |
| Filed under the wrong report | !57 under "PEEL 23-25", HMICFRS PEEL 2021/22 (hmicfrs.csv!29) | conflict |
| Closed on one side only | 19 of 55 items (11 submit, 8 local) | closeable_* |
| Not on the HMICFRS list | !6, !7 Targeting the risk 2015 (report not on the register); !43 hot-debrief AFI not in the report | not_on_hmicfrs_list |
| Force's own local actions | !27, !45, !52, !61 (Type "Local action"; !27, !52, !61 say "Local action:"/"Force action -" after a status prefix; !45 has neither prefix nor label) | not_on_hmicfrs_list |
| Missing from the force list | hmicfrs.csv!9 (CoC: force tracked only its recommendations), !18, !39, !48 | missing_from_force |
| Abbreviated / reworded texts | MSHT, S&S, RUI, CSE, BWV, CPD, ISAs; "The force should" dropped (!42, !51, !68); "Force should … ASB" (!54) | matched as the same item |
| Near-duplicate HMICFRS texts | "raise concerns … whistleblowing" (hmicfrs.csv!45 ↔ Recs List!58) vs "raise concerns and access confidential support" (hmicfrs.csv!50 ↔ Recs List!56); hate crime (hmicfrs.csv!19 ↔ Recs List!25) vs RASSO recording (hmicfrs.csv!20 ↔ Recs List!28) | distinct items, each paired by its own topic |

## Counts (truth.csv lines)

| category | lines | HMICFRS items |
|---|---|---|
| in_sync | 30 | 28 |
| closeable_submit | 14 | 11 |
| closeable_local | 8 | 8 |
| conflict | 4 | 4 |
| missing_from_force | 4 | 4 |
| not_on_hmicfrs_list | 7 | – |
| **total** | **67** | 55 |

HMICFRS rows: 55 (all in truth.csv). Force item rows: 63 (rows 6–68, each once in truth.csv).

Texts: real HMICFRS texts (Open Government Licence) from the casegen text lists; force
rewordings, comments, local actions and the hot-debrief note are written for this case.
"""


if __name__ == "__main__":
    build()
