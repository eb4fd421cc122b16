"""Build the evaluation case `force_declined_statuses` (round 34).

A force tracker (xlsx) in which the force records its own DECISION on each HMICFRS item
("Force response": Accepted / Accepted in part / Not accepted / Risk accepted by Chief Officer
Group / Alternative approach agreed) next to a Status column whose "Closed – ..." values are
mostly not completions. The HMICFRS side is a register export (CSV, UTF-8 with BOM).

Rebuilds the case byte for byte:
    /work/main/.venv/bin/python build_force_declined_statuses.py
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
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 3406
HERE = Path(__file__).resolve().parent
OUT = HERE / "force_declined_statuses"
FORCE = "Staffordshire Police"
TRACKER_SHEET = "Tracker"
HMICFRS_FILE = "hmicfrs.csv"

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, force's name for it)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "fa15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
             "licensing in police forces in England and Wales", dt.date(2015, 9, 15),
             "Firearms licensing 2015"),
    "sf": ("Stolen freedom: the policing response to modern slavery and human trafficking",
           dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "e17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "PEEL Eff 17"),
    "cdi": ("Crime data integrity inspection 2019", dt.date(2019, 9, 12), "CDI 2019"),
    "pwr": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "p21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 27),
            "PEEL 21-22"),
    "p23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2024, 5, 10),
            "PEEL Assessment 2023/24"),
}
# The firearms report is on the force's tracker only: HMICFRS's list no longer carries it.

# --------------------------------------------------------------------------------------------
# Real HMICFRS texts (copied from the casegen text lists / real_recommendations.csv)
# --------------------------------------------------------------------------------------------
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
SF_INTEL_86 = ("Within six months, forces should have in place active information-sharing "
               "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
               "and in order to safeguard victims better and to identify suspects as early as "
               "possible")
SF_S45 = ("Immediately, forces should ensure that all victims carrying out criminal acts under "
          "compulsion attributable to slavery or exploitation are afforded the protection of "
          "early and continuing consideration of the applicability of the section 45 defence.")
SF_NRM = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
          "process as it evolves and are implementing the requirement placed upon them under the "
          "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
          "adult victim of modern slavery or human trafficking.")
SF_NCRS = ("Immediately, forces should take steps to ensure they fully comply with national crime "
           "recording standard (NCRS) requirements for offences identified as modern slavery and "
           "human trafficking and that sufficient audit capacity is available to the force crime "
           "registrar to provide reassurance that each force is identifying and managing any gaps "
           "in its crime-recording accuracy for these types of offences.")
SF_INVEST = ("Immediately, forces should ensure that allegations or indications of modern slavery "
             "and human trafficking are thoroughly investigated and effectively supervised by "
             "teams and individuals with the skills and experience to undertake them (this should "
             "include the use where appropriate of joint intelligence teams and other means to "
             "obtain intelligence and evidence from agencies overseas).")
SF_PREVENT = ("Immediately, forces should review their use of preventative powers under the "
              "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of "
              "those deemed to pose a clear threat to others in respect of modern slavery and "
              "human trafficking offences are exploited.")

CDI_VICTIMS = (
    "Within three months, the force should put in place arrangements to ensure that:\n"
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

PWR_COMMS = ("By July 2022, forces should ensure that officers and staff have effective "
             "communication skills, in line with the National Policing Guidelines on Conflict "
             "Management. This should be in addition to existing training on conflict management "
             "and de-escalation.")
PWR_CPD = ("By July 2021, forces should ensure that communication skills are reinforced as part "
           "of the programme of continuing professional development for officers and staff, and "
           "that supervisors are supported to routinely and frequently debrief officers on these "
           "skills using body-worn video footage.")
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
PWR_UOF = ("By July 2021, forces should ensure they have effective internal monitoring processes "
           "on the use of force, to help them to identify and understand disproportionate use, "
           "explain the reasons and implement any necessary improvement action.")
PWR_HO = ("The Home Office and the NPCC should take steps to ensure that the quality of the data "
          "collected on the number of incidents where force has been used to effect a stop and "
          "search is sufficient for publication. The Home Office should publish this data as "
          "soon as possible.")

FA_GOV = ("Within three months, all chief constables should assess how well the governance of "
          "firearms licensing in his or her force meets the standards set out in Authorised "
          "Professional Practice. Chief constables of forces where the governance standards are "
          "not being complied with should put in place immediately the correct arrangements and "
          "procedures in order to meet the standards in full.")
FA_DEMAND = ("Within three months, all chief constables should assess the demand placed on their "
             "firearms licensing department and ensure it has the capacity to meet this demand "
             "and provide an efficient and effective service at all times.")

COC_DA = ("The force’s current approach to domestic abuse is unacceptable. The proportion of "
          "victims who fail to support the investigation and the low use of police powers of "
          "arrest and prosecution is a cause of concern to HMIC.")
COC_INVEST = ("The force does not have the capacity or capability to investigate crime "
              "effectively and this is affecting the service being provided to the public. There "
              "are failings in the way that crimes are being investigated.")
MISSING_CHILDREN = (
    "Within three months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the control "
                "room to fulfil its resourcing model, and so to meet its demand, while also taking "
                "into account the wellbeing of its workforce.")

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
         "Head of Information Management", "DCC", "Supt Firearms Licensing"]

D = dt.date

# --------------------------------------------------------------------------------------------
# The items. Each HMICFRS item: (id, report, type, text, status, status date, [force rows]).
# id None = no HMICFRS item (force-only rows). Each force row is a dict:
#   ref, type, text, resp, lead, status, rationale, closed, cat, why  (report defaults to the
#   item's report; "report" overrides it)
# --------------------------------------------------------------------------------------------


def F(ref, ftype, text, resp, lead, status, rationale, closed, cat, why, report=None):
    return dict(ref=ref, type=ftype, text=text, resp=resp, lead=lead, status=status,
                rationale=rationale, closed=closed, cat=cat, why=why, report=report)


ITEMS = [
    # ---------------- Targeting the risk 2015: force only (HMICFRS list no longer holds it)
    (None, "fa15", None, None, None, None, [
        F("6120", "National rec", FA_GOV, "Accepted", "Supt Firearms Licensing", "Complete",
          "Governance assessed against APP; gaps closed by new Firearms Licensing Board "
          "(ToR signed off Jan 2016).", D(2016, 2, 4), "not_on_hmicfrs_list",
          "Firearms licensing 2015 item; the HMICFRS list holds no item from this report "
          "(long closed and dropped); query with HMICFRS."),
        F("6121", "National rec", FA_DEMAND, "Accepted", "Supt Firearms Licensing", "Complete",
          "Demand review completed; 2 additional enquiry officers funded.", D(2016, 5, 19),
          "not_on_hmicfrs_list",
          "Firearms licensing 2015 item, not on the HMICFRS list; query with HMICFRS."),
    ]),
    # ---------------- Stolen freedom 2017 (national)
    (8861, "sf", NAT, SF_LEADERSHIP, "Being progressed", D(2024, 6, 3), [
        F("8861", "National rec",
          "Within 12 months, review MSHT leadership & governance arrangements to ensure that "
          "senior leaders prioritise the response to MSHT.",
          "Accepted", "Det Ch Supt Force CID", "In progress",
          "MSHT Strategic Board chaired by ACC Crime since 2019; ToR refresh due Dec 24.", None,
          "in_sync", "Bullet 1 of 8861 split onto its own row; open on both sides."),
        F("8861", "National rec",
          "… every incident of modern slavery identified to police is allocated appropriate "
          "resources with the skills, experience & capacity to investigate it effectively.",
          "Accepted", "Det Ch Supt Force CID", "In progress",
          "Allocation via MSHT SPOC in each CID hub. Capacity gap noted in Q1 24/25 report.",
          None, "in_sync", "Bullet 2 of 8861 split onto its own row; open on both sides."),
        F("8861", "National rec",
          "… forces develop effective partnership arrangements to co-ordinate activity in order "
          "to share information and safeguard victims.",
          "Accepted", "Det Ch Supt Force CID", "In Progress",
          "Anti-Slavery Partnership relaunched with Stoke-on-Trent CC and Staffordshire CC.", None,
          "in_sync", "Bullet 3 of 8861 split onto its own row; open on both sides."),
        F("8861", "National rec",
          "… performance and QA measures are in place to allow senior leaders to assess the "
          "nature and quality of the service provided to victims.",
          "Accepted", "Det Ch Supt Force CID", "In progress",
          "MSHT measures added to Force Performance pack; QA of victim service not yet started.",
          None, "in_sync", "Bullet 4 of 8861 split onto its own row; open on both sides."),
    ]),
    (8862, "sf", NAT, SF_INTEL_86, "Complete", D(2019, 7, 22), [
        F("8862", "National rec",
          "Within 6 months, forces should have in place active ISAs with other agencies to "
          "facilitate speedy exchange of intelligence and in order to safeguard victims better "
          "and to identify suspects as early as possible.",
          "Accepted", "Head of Intelligence", "Complete",
          "ISAs signed with GLAA, both local authorities and Border Force.", D(2019, 3, 28),
          "in_sync", "Closed on both sides (HMICFRS Complete, force Complete)."),
    ]),
    (8863, "sf", NAT, SF_S45, "Awaiting review", D(2024, 8, 19), [
        F("8863", "National rec",
          "Immediately, ensure that all victims carrying out criminal acts under compulsion "
          "attributable to slavery or exploitation are afforded early and continuing "
          "consideration of the section 45 defence.",
          "Accepted", "Head of Criminal Justice", "Complete",
          "s45 defence prompt added to MSHT investigation template; CPS liaison agreed. Evidence "
          "pack sent to OL&A 12/08/2024.", D(2024, 8, 12), "closeable_submit",
          "HMICFRS open (Awaiting review); force Complete: submit for closure."),
    ]),
    (8864, "sf", NAT, SF_NRM, "No further action required", D(2023, 2, 14), [
        F("8864", "National rec",
          "Immediately, take steps to ensure full compliance with the NRM process and the "
          "Modern Slavery Act 2015 duty to notify the Home Office of suspected adult victims.",
          "Accepted", "Ch Supt Public Protection", "In progress",
          "Duty to notify compliance reported monthly to the MSHT Board (Aug 24: 92%).", None,
          "closeable_local",
          "HMICFRS closed it (No further action required); force still tracks it In progress: "
          "close locally."),
    ]),
    (8865, "sf", NAT, SF_NCRS, "Being progressed", D(2024, 6, 3), [
        F("8865", "National rec",
          "Immediately, take steps to fully comply with NCRS for MSHT offences and ensure "
          "sufficient audit capacity is available to the FCR.",
          "Alternative approach agreed", "Force Crime Registrar", "Closed – alternative approach",
          "No additional FCR audit post. MSHT offences added to the rolling CDI audit plan "
          "delivered by the Crime Standards team instead (agreed at Crime Standards Board, "
          "Mar 2019). Audit results Q4 18/19 onwards available.", D(2019, 4, 15),
          "closeable_submit",
          "Force closed it by an alternative approach that it has delivered (done, with "
          "evidence); HMICFRS still open: submit the alternative for closure."),
    ]),
    (8866, "sf", NAT, SF_INVEST, "Being progressed", D(2024, 6, 3), []),
    (8867, "sf", NAT, SF_PREVENT, "Awaiting review", D(2024, 8, 19), [
        F("", "National rec",
          "Review use of preventative powers under the Modern Slavery Act 2015 (STPOs/STROs) so "
          "that opportunities to restrict the activities of those posing a clear threat are "
          "exploited.",
          "Accepted", "Det Ch Supt Force CID", "Open", "Awaiting allocation.", None,
          "in_sync", "No Ref on the force row; the text is 8867's. Open on both sides."),
    ]),
    # ---------------- PEEL effectiveness 2017 (force)
    (9101, "e17", AFI, "The force should improve its understanding of the nature and scale of "
     "county lines drug dealing in its area.", "Superseded", D(2022, 8, 30), [
        F("9101", "AFI", "Improve understanding of the nature & scale of county lines drug "
          "dealing in Staffordshire.", "Accepted", "Head of Intelligence",
          "Closed – superseded by new AFI",
          "Superseded by PEEL 21-22 AFI 11215 (county lines offender management).",
          D(2022, 9, 6), "in_sync",
          "Superseded on both sides: HMICFRS Superseded, force Closed – superseded."),
    ]),
    (9102, "e17", AFI, "The force should ensure regular and active supervision of the quality and "
     "progress of investigations. This supervision should be properly recorded.", "Superseded",
     D(2022, 8, 30), [
        F("9102", "AFI", "Ensure regular and active supervison of the quality & progress of "
          "investigations, properly recorded.", "Accepted", "Det Ch Supt Force CID",
          "In progress",
          "Investigation standards dip-sampling continues. Q2 24/25: 71% of crimes had a "
          "supervisory review within 7 days.", None, "closeable_local",
          "HMICFRS closed it as Superseded; force still In progress: close locally (the work "
          "lives on under the PEEL 21-22 items)."),
    ]),
    (9103, "e17", REC, "Within six months the force should take steps to understand and address "
     "the reason behind why such a high proportion of victims of domestic abuse do not support the "
     "police investigation.", "Being progressed", D(2024, 6, 3), [
        F("9103", "Rec", "Within six months the force should take steps to understand and address "
          "why such a high proportion of DA victims do not support the police investigation.",
          "Accepted", "Ch Supt Public Protection", "Complete",
          "Victim attrition research (Keele University) completed; evidence-led prosecution "
          "guidance issued Oct 2019.", D(2019, 11, 1), "closeable_submit",
          "HMICFRS open (Being progressed); force Complete: submit for closure."),
    ]),
    (9104, "e17", AFI, "The force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", "Being progressed", D(2024, 6, 3), [
        F("9104", "AFI", "Improve ability to retrieve digital evidence from mobile phones, "
          "computers & other devices quickly enough that investigations are not delayed.",
          "Accepted", "Det Ch Supt Force CID", "Closed – superseded by new AFI",
          "Superseded by PEEL 21-22 cause of concern on investigative capacity (11201); the "
          "digital forensic backlog is tracked there.", D(2022, 9, 6), "closeable_submit",
          "Force closed it as superseded by a newer HMICFRS item that it tracks (11201); "
          "HMICFRS still holds it open: submit it for closure as superseded (force-side "
          "supersession = done, as GREY is in the design brief)."),
    ]),
    (9105, "e17", AFI, "The force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.", "Complete", D(2020, 1, 20), [
        F("9105", "AFI", "Improve understanding of suspects RUI and management of those released "
          "on bail.", "Accepted", "Head of Criminal Justice", "Complete",
          "RUI/bail dashboard live; weekly review by custody inspectors.", D(2019, 10, 3),
          "in_sync", "Closed on both sides."),
    ]),
    (9106, "e17", COC, COC_DA, "Being progressed", D(2024, 6, 3), [
        F("9106", "CoC", "The force's current approach to domestic abuse is unacceptable. The "
          "proportion of victims who fail to support the investigation and the low use of powers "
          "of arrest and prosecution is a cause of concern.", "Accepted",
          "Ch Supt Public Protection", "In progress",
          "DA Improvement Plan v4 – see recs 9107 and 9108.", None, "in_sync",
          "Open on both sides."),
    ]),
    (9107, "e17", REC, "To address this cause of concern, HMIC recommends the force should "
     "immediately consider ways of increasing the use of arrest, ancillary orders and other "
     "available powers, in order to improve the service it provides to victims of domestic abuse, "
     "offer the best possible protection and bring more perpetrators to justice.",
     "Being progressed", D(2024, 6, 3), [
        F("9107", "Rec", "Consider ways of increasing the use of arrest, ancillary orders (DVPN/"
          "DVPO) and other powers to improve the service to DA victims and bring more "
          "perpetrators to justice.", "Accepted", "Ch Supt Public Protection", "In progress",
          "DVPO use up 40% on 22/23; arrest rate still below MSG average.", None, "in_sync",
          "Open on both sides."),
    ]),
    (9108, "e17", REC, "HMIC recommends that within six months the force should: cease the "
     "practice of conducting domestic abuse risk assessments over the telephone and dealing with "
     "domestic abuse in the resolution centre;", "Being progressed", D(2024, 6, 3), [
        F("9108", "Rec", "Within six months, cease the practice of conducting DA risk assessments "
          "over the telephone and dealing with DA in the resolution centre.", "Not accepted",
          "Ch Supt Public Protection", "Closed – not accepted",
          "Not accepted – COG 14/06/2018. Telephone risk assessment retained for standard-risk "
          "DA where the victim consents, with 24-hour call-back and supervisory QA. Position "
          "given to the PCC for the 56-day response.", D(2018, 6, 14), "conflict",
          "Force declined it (Not accepted, Closed – not accepted) while HMICFRS holds it open "
          "(Being progressed): the two sides disagree on whether the work is owed; nothing was "
          "implemented to submit. Escalate, not submit."),
    ]),
    (9109, "e17", AFI, "The force should make sure victims of stalking and harassment are kept "
     "informed about the progress of their case, in line with the Code of Practice for Victims of "
     "Crime.", "Complete", D(2020, 1, 20), []),
    # ---------------- Crime data integrity 2019 (force)
    (9431, "cdi", REC, CDI_VICTIMS, "Being progressed", D(2024, 6, 3), [
        F("9431 (a)", "Rec", "Within 3 months, put in place arrangements to ensure that at the "
          "point of report, victims are believed.", "Accepted", "Force Crime Registrar",
          "Complete", "'Believe the victim' briefing to all contact staff; audit Mar 20: 98%.",
          D(2020, 3, 31), "closeable_submit",
          "Bullet (a) of 9431 split onto its own row; every bullet row Complete, HMICFRS open: "
          "submit for closure."),
        F("9431 (b)", "Rec", "… conversations between call handlers and callers are summarised "
          "accurately in the incident log, giving attending officers full facts on which to base "
          "crime-recording decisions.", "Accepted", "Supt Contact Centre", "Complete",
          "Incident log QA added to contact centre supervisor checklist.", D(2020, 3, 31),
          "closeable_submit", "Bullet (b) of 9431; Complete vs HMICFRS open: submit."),
        F("9431 (c)", "Rec", "… multiple crimes are always recorded when described within "
          "incident records or identified as part of other recorded crime investigations.",
          "Accepted", "Force Crime Registrar", "complete",
          "Crime Standards audit Q1 20/21: 94% compliance.", D(2020, 7, 14), "closeable_submit",
          "Bullet (c) of 9431 (status typed in lower case); Complete vs HMICFRS open: submit."),
        F("9431 (d)", "Rec", "… the practice of awaiting the results of medical examinations or "
          "video interviews before making crime-recording decisions is stopped.", "Accepted",
          "Force Crime Registrar", "Complete", "Practice stopped; FCR direction issued 02/2020.",
          D(2020, 2, 21), "closeable_submit",
          "Bullet (d) of 9431; Complete vs HMICFRS open: submit."),
        F("9431 (e)", "Rec", "… online reports of crime are triaged at the point of receipt to "
          "ensure any ongoing risks to the victim or wider public are identified and managed.",
          "Accepted", "Supt Contact Centre", "Complete",
          "Single Online Home triage desk staffed 08:00-00:00.", D(2020, 9, 30),
          "closeable_submit", "Bullet (e) of 9431; Complete vs HMICFRS open: submit."),
    ]),
    (9432, "cdi", REC, "Within six months the force should provide call-handlers with specific, "
     "sound and comprehensible criteria against which they can assess threat, harm and risk.",
     "Being progressed", D(2024, 6, 3), [
        F("9432", "Rec", "Within twelve months the force should provide call handlers with "
          "specific, sound & comprehensible criteria against which they can assess threat, harm "
          "and risk.", "Accepted", "Supt Contact Centre", "In progress",
          "THRIVE+ rollout delayed by new command and control system.", None, "conflict",
          "Timescale disagrees: HMICFRS 'Within six months', force 'Within twelve months'. Both "
          "open, but the deadline the force works to is wrong."),
    ]),
    (9433, "cdi", AFI, "The force should make sure it records reports of rape and serious sexual "
     "offences accurately and without delay.", "Complete", D(2023, 3, 9), [
        F("9433", "AFI", "Make sure reports of RASSO are recorded accurately and without delay.",
          "Accepted", "Force Crime Registrar", "In progress",
          "RASSO recording audit repeated each quarter.", None, "closeable_local",
          "HMICFRS Complete; force still In progress: close locally."),
    ]),
    (9434, "cdi", AFI, "The force should make sure it records reports of hate crime accurately "
     "and without delay.", "Complete", D(2021, 4, 12), [
        F("9434", "AFI", "Make sure it records reports of hate crime accurately & without delay.",
          "Accepted", "Force Crime Registrar", "Complete", "Hate crime flag audit: 96%.",
          "March 2021", "in_sync", "Closed on both sides (Date closed typed as text)."),
    ]),
    (9435, "cdi", REC, "Within three months, the force should revise its approach to cautions, "
     "cannabis warning and penalty notices for disorder to ensure that there is a clear and "
     "auditable explanation to the offender of the implications of receiving the warning and that, "
     "for victim-based crimes, there is a clear and auditable record that views of the victim are "
     "considered prior to their issue.", "Being progressed", D(2024, 6, 3), [
        F("9435", "Rec", "Revise approach to cautions, cannabis warnings and PNDs so there is a "
          "clear, auditable explanation to the offender and a record that the victim's views were "
          "considered.", "Risk accepted by Chief Officer Group", "Head of Criminal Justice",
          "Closed – risk accepted",
          "Out-of-court disposals moving to the two-tier framework (PCSC Act 2022). COG accepted "
          "the interim risk rather than rewriting the current process. Corporate risk CRR-09.",
          D(2022, 11, 30), "conflict",
          "Force closed it by accepting the risk of not implementing it; HMICFRS holds it open: "
          "a disagreement on whether the work is owed, not an implementation to submit."),
    ]),
    (9436, "cdi", REC, "By March 2020, the force should improve its use of its crime-recording "
     "and management system to better manage its case files and investigative processes.",
     "Being progressed", D(2024, 6, 3), [
        F("9436", "AFI", "By March 2020, improve use of the crime recording & management system "
          "to better manage case files and investigative processes.", "Accepted",
          "Head of Information Management", "Complete",
          "Niche case file module live; investigation plan template mandatory.", D(2021, 1, 29),
          "conflict",
          "Type disagrees: HMICFRS Recommendation, force records it as an AFI. Settle the type "
          "before submitting the force's Complete for closure."),
    ]),
    # ---------------- Disproportionate use of police powers 2021 (national)
    (10751, "pwr", NAT, PWR_COMMS, "Complete", D(2023, 9, 5), [
        F("10751", "National rec", "By July 2022, ensure officers & staff have effective "
          "communication skills in line with the National Policing Guidelines on Conflict "
          "Management.", "Accepted", "Head of Learning & Development", "Complete",
          "Conflict management module in OST from Apr 2022.", D(2022, 7, 1), "in_sync",
          "Closed on both sides."),
    ]),
    (10752, "pwr", NAT, PWR_CPD, "Being progressed", D(2024, 6, 3), [
        F("10752", "National rec", "By July 2021, reinforce communication skills through CPD for "
          "officers & staff; supervisors supported to routinely debrief officers using BWV "
          "footage.", "Accepted", "Head of Learning & Development", "In progress",
          "Proposed for closure Mar 23 – rejected by the Organisational Learning Board (BWV "
          "debriefs not evidenced). Reopened; Date closed left from the earlier closure.",
          D(2023, 3, 31), "in_sync",
          "Status In progress governs (Date closed is a leftover of a rejected closure); open on "
          "both sides."),
    ]),
    (10753, "pwr", NAT, BWV_2021, "Awaiting review", D(2024, 8, 19), [
        F("10753", "National rec", "By Sept 2021: (1) record the entirety of all S&S encounters "
          "on BWV, incl. traffic stops and use of force; (2) structured internal review of a "
          "sample of BWV footage; (3) give external scrutiny panel members access to samples of "
          "BWV footage.", "Accepted in part", "ACC Local Policing", "Complete",
          "Parts 1 & 2 complete (BWV mandatory for all S&S; monthly dip-sample by the Stop Search "
          "Board). Part 3 NOT accepted – panel access to footage declined on data protection "
          "advice; panel sees anonymised summaries only.", D(2022, 1, 20), "conflict",
          "Force records Complete but accepted only in part: bullet 3 was declined. HMICFRS "
          "holds the whole item open: a missing bullet plus a refusal, not a submission."),
    ]),
    (10754, "pwr", NAT, PWR_UOF, "Awaiting review", D(2024, 8, 19), [
        F("10754", "National rec", "By July 2021, effective internal monitoring of use of force "
          "to identify and understand disproportionate use, explain the reasons and take "
          "improvement action.", "Accepted", "ACC Local Policing", "Complete",
          "Use of force dashboard reviewed quarterly at the Legitimacy Board.", D(2021, 10, 7),
          "closeable_submit", "HMICFRS open (Awaiting review); force Complete: submit."),
    ]),
    (None, "pwr", None, None, None, None, [
        F("", "National rec", PWR_HO, "Not accepted", "ACC Local Policing",
          "Closed – not accepted", "Directed at the Home Office and NPCC – no action for the "
          "force.", D(2021, 4, 1), "not_on_hmicfrs_list",
          "Addressed to the Home Office and NPCC; not on the force's HMICFRS list. Force-only "
          "row whatever its status."),
    ]),
    # ---------------- PEEL 2021/22 (force)
    (11201, "p21", COC, COC_INVEST, "Being progressed", D(2024, 6, 3), [
        F("11201", "CoC", "The force does not have the capacity or capability to investigate "
          "crime effectively and this is affecting the service provided to the public.",
          "Accepted", "ACC Crime", "In progress",
          "Investigation Improvement Plan; 120 additional detectives by Mar 25.", None, "in_sync",
          "Open on both sides."),
    ]),
    (11202, "p21", REC, "Within six months Staffordshire Police should improve the supervision "
     "of investigations, so that investigation plans are set, reviewed and recorded and victims "
     "receive a consistently good service.", "Being progressed", D(2024, 6, 3), [
        F("11202", "Rec", "Within six months improve supervision of investigations so that "
          "investigation plans are set, reviewed and recorded and victims recieve a consistently "
          "good service.", "Accepted", "Det Ch Supt Force CID", "Complete",
          "Supervisory review compliance 89% (Jun 24). Evidence pack with OL&A.", D(2024, 7, 1),
          "closeable_submit", "HMICFRS open; force Complete: submit."),
    ]),
    (11203, "p21", REC, "Within three months, the force should conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them.", "Complete", D(2023, 10, 2), [
        F("11203", "Rec", "Within three months, conduct a review of officers' capabilities and "
          "capacity to manage their investigative workload.", "Accepted", "ACC Crime",
          "Complete", "Workload review reported to COG Sep 2022.", D(2022, 9, 14), "in_sync",
          "Closed on both sides."),
    ]),
    (11204, "p21", AFI, "The force should make sure there are appropriate strategic oversight "
     "arrangements in place to manage risks, performance and improvement plans effectively.",
     "Awaiting review", D(2024, 8, 19), [
        F("11204", "AFI", "Make sure there are appropriate strategic oversight arrangements to "
          "manage risks, performance & improvement plans effectively.", "Accepted", "DCC", "Open",
          "New governance structure agreed; first Strategic Performance Board Nov 24.", None,
          "in_sync", "Open on both sides."),
    ]),
    (11205, "p21", AFI, "The force should make sure the corporate risk register is actively used "
     "to mitigate and manage known risks.", "Complete", D(2024, 2, 26), [
        F("11205", "AFI", "Make sure the corporate risk register is actively used to mitigate and "
          "manage known risks.", "Accepted", "Head of Corporate Development", "In progress",
          "CRR reviewed monthly at COG. Awaiting internal audit opinion.", None,
          "closeable_local", "HMICFRS Complete; force In progress: close locally."),
    ]),
    (11206, "p21", AFI, "The force should make sure all processes in place to support performance "
     "management are effective.", "Being progressed", D(2024, 6, 3), [
        F("11206", "AFI", "Make sure all processes supporting performance management are "
          "effective.", "Accepted", "Head of Corporate Development", "Complete",
          "Performance framework v2 signed off by COG 11/03/2024.", D(2024, 3, 11),
          "closeable_submit", "HMICFRS open; force Complete: submit."),
    ]),
    (11207, "p21", AFI, "The force should make sure it has access to accurate data and analysis "
     "to support effective performance management.", "Being progressed", D(2024, 6, 3), [
        F("", "AFI", "Access to accurate data & analysis to support effective performance "
          "management", "Accepted", "Head of Corporate Development", "Open",
          "Data quality strategy in draft.", None, "in_sync",
          "No Ref on the force row; the text is 11207's. Open on both sides."),
    ]),
    (11208, "p21", AFI, "The force should specify in succession plans how it intends to improve "
     "diversity across all levels of the force. This should include offering increased "
     "direct-entry opportunities.", "Being progressed", D(2024, 6, 3), [
        F("11208", "AFI", "Specify in succession plans how it intends to improve diversity across "
          "all levels of the force, including increased direct-entry opportunities.",
          "Not accepted", "Director of People", "Closed - not accepted",
          "Not accepted (COG 20/09/2022): direct entry at inspector/superintendent will not be "
          "offered. Diversity addressed through the Positive Action Plan instead.",
          D(2022, 9, 20), "conflict",
          "Force declined it (status typed with a hyphen: 'Closed - not accepted'); HMICFRS holds "
          "it open: disagreement on whether the work is owed."),
    ]),
    (11209, "p21", AFI, "The force should make sure it provides a confidential way for staff to "
     "raise concerns and that staff are aware of whistleblowing processes.", "Complete",
     D(2023, 10, 2), [
        F("11209", "AFI", "Provide a confidential way for staff to raise concerns; staff aware of "
          "whistleblowing processes.", "Accepted", "Head of Professional Standards", "Complete",
          "Confidential reporting line relaunched; awareness survey 81%.", D(2023, 6, 30),
          "in_sync", "Closed on both sides."),
    ]),
    (11210, "p21", AFI, "The force should review the support available for those who have raised "
     "concerns and take any action needed to make sure these provisions are suitable.",
     "Being progressed", D(2024, 6, 3), [
        F("11210", "AFI", "Review the support available for those who have raised concerns and "
          "make sure provisions are suitable.", "Alternative approach agreed",
          "Head of Professional Standards", "Closed – alternative approach",
          "Support provided through the regional PSD welfare scheme (shared with West Midlands "
          "Police) rather than a force-only scheme. Scheme live since Jan 2024.",
          D(2024, 1, 15), "closeable_submit",
          "Force closed it by an alternative approach it has delivered; HMICFRS open: submit "
          "the evidence for closure."),
    ]),
    (11211, "p21", AFI, "The force should review how it gathers and uses equality and diversity "
     "data to improve its understanding of its workforce demographics.", "Awaiting review",
     D(2024, 8, 19), [
        F("11211", "AFI", "Review how it gathers and uses equality & diversity data to improve "
          "understanding of workforce demographics.", "Accepted", "Director of People",
          "Complete", "HR self-service declaration drive; declaration rate 93%.", D(2024, 5, 2),
          "closeable_submit", "HMICFRS open; force Complete: submit."),
    ]),
    (11212, "p21", AFI, "The force should develop a clear prevention strategy targeting people "
     "most at risk and make sure activity undertaken prioritises people most at risk.",
     "Superseded", D(2024, 6, 3), [
        F("11212", "AFI", "Develop a clear prevention strategy targeting people most at risk.",
          "Accepted", "ACC Local Policing", "In progress",
          "Prevention strategy in draft; to be aligned with PEEL 23/24 findings.", None,
          "closeable_local", "HMICFRS Superseded; force In progress: close locally."),
    ]),
    (11213, "p21", AFI, CONTROL_ROOM, "Being progressed", D(2024, 6, 3), [
        F("11213", "AFI", "Ensure sufficient resources in the control room to fulfil its "
          "resourcing model and meet demand, taking account of workforce wellbeing.",
          "Risk accepted by Chief Officer Group", "Supt Contact Centre", "Closed – risk accepted",
          "Control room uplift unfunded in MTFS 2023/24. COG accepted the risk (CRR-14); "
          "monitored through the risk register, not this tracker.", D(2023, 2, 28), "conflict",
          "Force closed it by accepting the risk of not doing it; HMICFRS holds it open: a "
          "disagreement that matters, not a closure to submit."),
    ]),
    (11214, "p21", AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", "Being progressed",
     D(2024, 6, 3), [
        F("11214", "AFI", "Improve how it works with partners to safeguard people at risk from "
          "CSE.", "Accepted", "Ch Supt Public Protection", "In progress",
          "Joint CSE hub with both local authorities from Apr 2024.", None, "in_sync",
          "Open on both sides."),
    ]),
    (11215, "p21", AFI, "The force should improve the way it manages the risk posed by offenders "
     "involved in county lines drug dealing.", "Being progressed", D(2024, 6, 3), [
        F("11215", "AFI", "Improve the way it manages the risk posed by offenders involved in "
          "county lines drug dealing.", "Accepted", "Head of Intelligence", "Open",
          "IOM cohort now includes county lines nominals.", None, "conflict",
          "Report disagrees: the item is from PEEL 2021/22 but the force filed it under PEEL "
          "Assessment 2023/24. Both open.", report="p23"),
    ]),
    (11216, "p21", AFI, "The force should make sure investigations of rape and serious sexual "
     "offences are allocated to officers with the right skills and are effectively supervised.",
     "Superseded", D(2024, 6, 3), [
        F("11216", "AFI", "Make sure RASSO investigations are allocated to officers with the "
          "right skills and are effectively supervised.", "Accepted",
          "Ch Supt Public Protection", "Closed – superseded by new AFI",
          "Superseded by PEEL 23/24 AFI 12305.", D(2024, 6, 20), "in_sync",
          "Superseded on both sides."),
    ]),
    (11217, "p21", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving domestic abuse.", "Being progressed", D(2024, 6, 3), [
        F("11217", "AFI", "Improve the timeliness of its response to calls for service involving "
          "DA.", "Not accepted", "Supt Contact Centre", "In progress",
          "Not accepted in Jun 2022 (graded response policy). Decision revisited by COG Mar 2023 "
          "– now being progressed through the Contact Management Review.", None, "in_sync",
          "Response column says Not accepted but Status (In progress) governs: the decision was "
          "revisited; open on both sides."),
    ]),
    (11218, "p21", AFI, "The force should make sure victims of fraud are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Awaiting review", D(2024, 8, 19), []),
    (11219, "p21", AFI, "The force should improve its understanding of the nature and scale of "
     "violence against women and girls in its area.", "No further action required",
     D(2024, 6, 3), [
        F("11219", "AFI", "Improve understanding of the nature and scale of VAWG in its area.",
          "Accepted", "Ch Supt Public Protection", "Open", "VAWG problem profile commissioned.",
          None, "closeable_local",
          "HMICFRS closed it (No further action required); force still Open: close locally."),
    ]),
    (11220, "p21", AFI, "The force should make sure its analysis of serious and organised crime "
     "informs its strategic assessment and control strategy.", "Complete", D(2023, 10, 2), [
        F("11220", "AFI", "Make sure SOC analysis informs the strategic assessment and control "
          "strategy.", "Alternative approach agreed", "Head of Intelligence",
          "Closed – alternative approach",
          "Regional (ROCU) SOC strategic assessment adopted in place of a force product.",
          D(2023, 5, 12), "in_sync",
          "Closed on both sides (HMICFRS Complete, force Closed – alternative approach)."),
    ]),
    (11221, "p21", REC, MISSING_CHILDREN, "Being progressed", D(2024, 6, 3), [
        F("11221", "Rec", "Within three months, review approach to reports of missing children "
          "and ensure that:\n- call takers understand and use the missing and absent category "
          "appropriately;\n- supervisors provide the correct oversight of missing person "
          "enquiries and direct timely investigative and safeguarding action.", "Accepted",
          "Ch Supt Public Protection", "In progress",
          "Missing persons policy rewritten; supervisor training Oct 24.", None, "conflict",
          "Missing bullet: the force's text drops the CSE risk-factors bullet (2 of 3 bullets). "
          "Both open."),
    ]),
    (11222, "p21", AFI, "The force should make sure officers and staff have the training they "
     "need to identify and respond to honour-based abuse.", "Being progressed", D(2024, 6, 3), [
        F("11222", "AFI", "Make sure officers & staff have the training they need to identify and "
          "respond to HBA.", "Accepted", "Head of Learning & Development", "Complete",
          "HBA e-learning completion 95%; face-to-face input for PPU.", D(2023, 12, 8),
          "closeable_submit", "HMICFRS open; force Complete: submit."),
    ]),
    (11223, "p21", AFI, "The force should evaluate its work to prevent knife crime and share what "
     "works across the force.", "No further action required", D(2024, 2, 26), [
        F("11223", "AFI", "Evaluate work to prevent knife crime and share what works.",
          "Not accepted", "ACC Local Policing", "Closed – not accepted",
          "Evaluation is delivered by the Staffordshire Violence Reduction Alliance, not the "
          "force. HMICFRS FLL informed.", D(2022, 10, 3), "in_sync",
          "Declined by the force and closed by HMICFRS (No further action required): closed on "
          "both sides, nothing to do."),
    ]),
    # ---------------- PEEL 2023/24 (force)
    (12301, "p23", AFI, "The force should improve its understanding of the nature and scale of "
     "stalking and harassment in its area.", "Awaiting review", D(2024, 8, 19), [
        F("12301", "AFI", "Improve understanding of the nature and scale of stalking & "
          "harassment.", "Accepted", "Ch Supt Public Protection", "Open", "", None, "in_sync",
          "Open on both sides."),
    ]),
    (12302, "p23", AFI, "The force should develop a problem-solving approach to neighbourhood "
     "crime, working with local communities and partners.", "Awaiting review", D(2024, 8, 19), [
        F("12302", "AFI", "Develop a problem-solving approach to neighbourhood crime with local "
          "communities & partners.", "Accepted", "ACC Local Policing", "Open",
          "Supersedes 11212 (prevention strategy).", None, "in_sync", "Open on both sides."),
    ]),
    (12303, "p23", AFI, "The force should review its approach to repeat victims to make sure "
     "victims receive a consistently good service.", "Awaiting review", D(2024, 8, 19), [
        F("12303", "AFI", "Review approach to repeat victims so they receive a consistently good "
          "service.", "Accepted", "ACC Crime", "In progress", "Repeat victim flag on Niche.",
          None, "in_sync", "Open on both sides."),
    ]),
    (12304, "p23", AFI, "The force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to violence against women and girls.",
     "Awaiting review", D(2024, 8, 19), [
        F("12304", "AFI", "Performance framework to give senior leaders a clear picture of the "
          "VAWG response.", "Accepted", "Head of Corporate Development", "Open", "", None,
          "in_sync", "Open on both sides."),
    ]),
    (12305, "p23", AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate rape and serious sexual offences.", "Being progressed",
     D(2024, 8, 19), [
        F("12305", "AFI", "Make sure it has enough specialist capacity and capability to "
          "investigate RASSO.", "Accepted", "Ch Supt Public Protection", "In progress",
          "Operation Soteria Bluestone adopted; RASSO team uplift +12.", None, "in_sync",
          "Open on both sides."),
    ]),
    (12306, "p23", AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about economic crime.", "Awaiting review", D(2024, 8, 19), [
        F("12306", "AFI", "Improve how it gathers, assesses and acts on intelligence about "
          "economic crime.", "Accepted", "Head of Intelligence", "Complete",
          "Economic crime intelligence desk in FIB from Jul 2024.", D(2024, 9, 2),
          "closeable_submit", "HMICFRS open; force Complete: submit."),
    ]),
    (12307, "p23", AFI, "The force should make sure it consistently uses ancillary orders and "
     "other powers to protect victims of stalking and harassment.", "Awaiting review",
     D(2024, 8, 19), []),
    (12308, "p23", AFI, "The force should improve the way it manages the risk posed by offenders "
     "involved in online child sexual abuse.", "Awaiting review", D(2024, 8, 19), [
        F("12308", "AFI", "Improve management of the risk posed by offenders involved in online "
          "child sexual abuse.", "Accepted", "Ch Supt Public Protection", "Open", "", None,
          "in_sync", "Open on both sides."),
    ]),
    (12309, "p23", AFI, "The force should make sure officers and staff have the training they need "
     "to identify and respond to people with mental ill health.", "Awaiting review",
     D(2024, 8, 19), []),
    (12310, "p23", REC, "The force should immediately review its current background checks "
     "arrangements, and make sure that suitable and sufficient background checks are in place to "
     "safeguard its staff and the communities it serves.", "Being progressed", D(2024, 8, 19), [
        F("12310", "Rec", "Immediately review current background checks arrangements so suitable "
          "and sufficient checks are in place to safeguard staff and communities.", "Accepted",
          "Head of Professional Standards", "Complete",
          "Vetting review complete; annual PNC/PND re-checks from Jun 2024.", D(2024, 6, 28),
          "closeable_submit", "HMICFRS open; force Complete: submit."),
    ]),
    (12311, "p23", AFI, "The force should make sure it provides accessible information for all "
     "staff and members of the public on how they can raise concerns and access confidential "
     "support (including through external agencies).", "Awaiting review", D(2024, 8, 19), [
        F("", "AFI", "Accessible information for staff and public on how to raise concerns and "
          "access confidential support (incl. external agencies)", "Accepted",
          "Head of Professional Standards", "Open", "", None, "in_sync",
          "No Ref on the force row; the text is 12311's. Open on both sides."),
    ]),
    (12312, "p23", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving anti-social behaviour.", "Awaiting review", D(2024, 8, 19), [
        F("12312", "AFI", "Improve timeliness of response to calls for service involving ASB.",
          "Risk accepted by Chief Officer Group", "Supt Contact Centre", "Open",
          "COG minded to accept the risk (ASB grading policy) – to be ratified at the "
          "Organisational Learning Board, Nov 24. Remains open until then.", None, "in_sync",
          "Response says Risk accepted but Status is Open (not yet ratified): open on both "
          "sides."),
    ]),
]

# Local actions: (after which report group, ref, text, lead, status, rationale, closed)
LOCAL = {
    "e17": ("LA-01", "Appoint a single point of contact for rural crime in each local policing "
            "area", "ACC Local Policing", "Complete", "SPOCs named in all 4 LPAs.",
            D(2018, 9, 3)),
    "cdi": ("LA-02", "Dip-sample 50 residential burglary crime reports each quarter and report "
            "findings to the Crime Standards Board", "Force Crime Registrar", "In progress",
            "Q1 and Q2 24/25 samples done.", None),
    "p21": ("LA-03", "Add road harm measures to the monthly Force Performance pack",
            "Head of Corporate Development", "Complete", "In the pack from Jan 2023.",
            D(2023, 1, 31)),
    "p23": ("LA-04", "Internal audit of the counter-corruption governance arrangements (audit "
            "plan 2023/24)", "Head of Professional Standards", "Open",
            "Fieldwork scheduled Q3.", None),
}

STATUS_KEY = [
    ("Open", "Accepted or awaiting a decision; no work started."),
    ("In progress", "Work under way."),
    ("Complete", "Implemented; evidence held by the lead and Organisational Learning & Assurance."),
    ("Closed – not accepted", "The force has decided not to implement. Rationale required; "
     "decision by Chief Officer Group."),
    ("Closed – risk accepted", "Not implemented; residual risk accepted by Chief Officer Group "
     "and held on the corporate risk register."),
    ("Closed – superseded by new AFI", "Replaced by a later HMICFRS AFI or recommendation, "
     "tracked on its own row."),
    ("Closed – alternative approach", "Intent met by a different approach to the one HMICFRS "
     "described. Rationale required."),
]
RESPONSE_KEY = ["Accepted", "Accepted in part", "Not accepted",
                "Risk accepted by Chief Officer Group", "Alternative approach agreed"]

FILL = {
    "Complete": "C6EFCE", "complete": "C6EFCE", "In progress": "FFEB9C", "In Progress": "FFEB9C",
    "Open": "FFC7CE",
}
GREY = "D9D9D9"


def hmicfrs_rows():
    """The register export, ordered by publication date then id."""
    rows = [it for it in ITEMS if it[0] is not None]
    rows.sort(key=lambda it: (REPORTS[it[1]][1], it[0]))
    return rows


def build():
    random.seed(SEED)  # fixed seed; every value below is written out explicitly
    OUT.mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------------ HMICFRS csv
    hrows = hmicfrs_rows()
    hrow_of = {}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Recommendation ID", "Force", "Report title", "Publication date", "Type",
                "Recommendation", "Status", "Status date"])
    for i, (rid, rep, typ, text, status, sdate, _f) in enumerate(hrows):
        hrow_of[rid] = f"{HMICFRS_FILE}!{i + 2}"
        title, pub, _ = REPORTS[rep]
        w.writerow([rid, FORCE, title, pub.strftime("%d/%m/%Y"), typ, text, status,
                    sdate.strftime("%d/%m/%Y")])
    (OUT / HMICFRS_FILE).write_bytes(buf.getvalue().encode("utf-8-sig"))

    # ------------------------------------------------------------------ tracker xlsx
    wb = Workbook()
    ws = wb.active
    ws.title = TRACKER_SHEET
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & Areas for Improvement: Force Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Organisational Learning & Assurance  |  Version 7.2  |  Position at 30/09/2024  "
                "|  OFFICIAL – SENSITIVE")
    ws["A2"].font = Font(italic=True)
    header = ["Ref", "Report", "Type", "Recommendation / AFI", "Force response", "Lead",
              "Status", "Rationale / latest update", "Date closed"]
    hr = 4
    for c, h in enumerate(header, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [11, 24, 13, 70, 22, 26, 26, 60, 12]
    for c, wd in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + c)].width = wd
    ws.freeze_panes = "A5"

    truth = []
    r = hr + 1
    order = ["fa15", "sf", "e17", "cdi", "pwr", "p21", "p23"]
    # force rows grouped by the report the FORCE files them under, then by HMICFRS order
    for gi, rep in enumerate(order):
        if gi:
            r += 1  # blank separator row between report groups
        group = []
        for it in ITEMS:
            for fr in it[6]:
                frep = fr["report"] or it[1]
                if frep == rep:
                    group.append((it, fr))
        # the misfiled 11215 row goes to the end of its (wrong) group, as a late addition would
        group.sort(key=lambda p: (p[1]["report"] is not None,))
        for it, fr in group:
            ref = int(fr["ref"]) if fr["ref"].isdigit() else (fr["ref"] or None)
            vals = [ref, REPORTS[fr["report"] or it[1]][2], fr["type"], fr["text"],
                    fr["resp"], fr["lead"], fr["status"], fr["rationale"] or None, fr["closed"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(fr["closed"], dt.date):
                ws.cell(r, 9).number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=FILL.get(fr["status"], GREY))
            hid = hrow_of.get(it[0], "") if it[0] is not None else ""
            truth.append((hid, f"{TRACKER_SHEET}!{r}", fr["cat"], fr["why"]))
            r += 1
        if rep in LOCAL:
            ref, text, lead, status, rat, closed = LOCAL[rep]
            vals = [ref, REPORTS[rep][2], "Local action", text, "N/A", lead, status, rat, closed]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(closed, dt.date):
                ws.cell(r, 9).number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=FILL.get(status, GREY))
            truth.append(("", f"{TRACKER_SHEET}!{r}", "not_on_hmicfrs_list",
                          f"Force's own local action ({ref}), not an HMICFRS item; the LA- "
                          "number is the tracker's own, not a register reference."))
            r += 1
    r += 1
    ws.cell(r, 1, "Note: 'Closed – ...' statuses are decided by the Organisational Learning Board "
                  "on the lead's rationale. See the Key tab.").font = Font(italic=True)

    # missing_from_force items
    for it in ITEMS:
        if it[0] is not None and not it[6]:
            truth.append((hrow_of[it[0]], "", "missing_from_force",
                          f"HMICFRS item {it[0]} ({it[4]}) has no row in the force tracker."))

    # Key sheet (legend, not items)
    ks = wb.create_sheet("Key")
    ks["A1"] = "Status"
    ks["B1"] = "Meaning"
    ks["A1"].font = ks["B1"].font = Font(bold=True)
    for i, (s, m) in enumerate(STATUS_KEY, 2):
        ks.cell(i, 1, s)
        ks.cell(i, 2, m)
    base = len(STATUS_KEY) + 3
    ks.cell(base, 1, "Force response").font = Font(bold=True)
    for i, s in enumerate(RESPONSE_KEY, base + 1):
        ks.cell(i, 1, s)
    ks.column_dimensions["A"].width = 34
    ks.column_dimensions["B"].width = 90

    tmp = io.BytesIO()
    wb.properties.creator = "OL&A"
    wb.properties.created = dt.datetime(2024, 9, 30, 9, 0, 0)
    wb.save(tmp)
    (OUT / "tracker.xlsx").write_bytes(_fix_zip(tmp.getvalue()))

    # ------------------------------------------------------------------ truth
    def key(t):
        h, f = t[0], t[1]
        hn = int(h.split("!")[1]) if h else 10**6
        fn = int(f.split("!")[1]) if f else 10**6
        return (hn, fn)
    truth.sort(key=key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    return truth


def _fix_zip(data: bytes) -> bytes:
    """Fixed timestamps inside the xlsx so the build is byte for byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-09-30T09:00:00Z</dcterms:modified>",
                              body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body)
    return out.getvalue()


if __name__ == "__main__":
    t = build()
    from collections import Counter
    print(Counter(x[2] for x in t))
