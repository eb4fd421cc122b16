"""Build the `committee_one_line_summaries` evaluation case (round 16).

Layout: a PCC office's audit-committee tracker (xlsx) in which every HMICFRS item is an
office-written ONE-LINE SUMMARY, grouped in report blocks (heading row with title and
publication month), office numbering in "Ref"; the HMICFRS side is a register export CSV
in Windows-1252.

Run:  /work/main/.venv/bin/python build_committee_one_line_summaries.py
Rebuilds the case byte for byte (fixed seed, fixed zip timestamps, fixed docProps).
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

SEED = 16_2025_11
RNG = random.Random(SEED)  # recorded; every value in the case is fixed by hand
HERE = Path(__file__).resolve().parent
CASE = HERE / "committee_one_line_summaries"
FORCE = "Derbyshire Constabulary"
FIXED_ZIP_TIME = (2025, 11, 20, 9, 0, 0)
FIXED_PROP_TIME = dt.datetime(2025, 11, 20, 9, 0, 0)

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# ---------------------------------------------------------------------------------------
# HMICFRS side: reports and items (real OGL texts; force-level ones put to Derbyshire).
# ---------------------------------------------------------------------------------------
REPORTS = {
    "A": ("Stop and search powers: Are the police using them effectively and fairly?",
          dt.date(2013, 7, 9)),
    "B": ("Everyone’s business: Improving the police response to domestic abuse",
          dt.date(2014, 3, 27)),
    "C": ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time", dt.date(2014, 9, 4)),
    "D": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
          "the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "E": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "F": ("PEEL: Police efficiency 2015 – Derbyshire Constabulary", dt.date(2015, 10, 15)),
    "J": ("PEEL: Police effectiveness 2016 – Derbyshire Constabulary", dt.date(2017, 3, 2)),
    "G": ("Stolen freedom: the policing response to modern slavery and human trafficking",
          dt.date(2017, 10, 24)),
    "H": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "I": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "K": ("National child protection inspection 2018 – Derbyshire Constabulary",
          dt.date(2018, 6, 21)),
    "L": ("Crime data integrity inspection 2019 – Derbyshire Constabulary",
          dt.date(2019, 9, 12)),
    "M": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
          "of force", dt.date(2021, 2, 26)),
    "N": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Derbyshire "
          "Constabulary", dt.date(2022, 5, 10)),
    "O": ("PEEL 2023–2025: An inspection of Derbyshire Constabulary", dt.date(2024, 11, 14)),
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
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\n"
    "This action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments."
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
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk "
    "had not been identified, even where good information was available on the police "
    "database. In some cases there was information to indicate that children were at risk of "
    "sexual exploitation, but this did not influence the assigned risk and categorisation. "
    "Children were incorrectly graded at a lower level and could have been exposed to an "
    "increased risk of harm. This is an enduring cause of concern from HMIC’s report on "
    "vulnerability in 2015."
)
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
DETENTION = (
    "Within six months Derbyshire Constabulary should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete "
    "detention certificates if a child is detained for any reason in police custody following "
    "charge;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)

# HMICFRS register statuses and the comments the register carries with them.
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC’s PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")
C_NFA = ("Recommendation directed at the Home Office and the NPCC – no further action "
         "required by the force.")

# key: (report, ref, type, text, status, status date, comment)
H = {
    "A1": ("A", 1184, NAT,
           "Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.",
           "Complete", dt.date(2016, 5, 12), C_DONE),
    "A2": ("A", 1185, NAT,
           "Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch "
           "criminals and maintain public trust.",
           "Being progressed", dt.date(2017, 12, 12), C_MON),
    "A3": ("A", 1186, NAT,
           "Chief Constables should, in consultation with elected local policing bodies, "
           "ensure that they comply with the code of practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example, young people.",
           "Complete", dt.date(2016, 5, 12), C_DONE),
    "B1": ("B", 2321, NAT, EVERYONE_PLAN, "Superseded", dt.date(2016, 3, 3), C_SUP),
    "C1": ("C", 4822, NAT,
           "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
           "that have not yet done so, should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.",
           "Complete", dt.date(2018, 4, 27), C_AUTH),
    "C2": ("C", 4823, NAT,
           "By 31 March 2015 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.",
           "Being progressed", dt.date(2019, 1, 8), C_MON),
    "D1": ("D", 5107, NAT,
           "By 31 August 2015, all chief constables should satisfy themselves that they have "
           "processes in place to ensure that investigations into misconduct by officers and "
           "staff resulting in “no further action” are fair and free of any form of "
           "discrimination.",
           "Being progressed", dt.date(2016, 2, 1), C_MON),
    "E1": ("E", 5790, NAT,
           "Within three months, all chief constables should assess how well the governance "
           "of firearms licensing in his or her force meets the standards set out in "
           "Authorised Professional Practice. Chief constables of forces where the "
           "governance standards are not being complied with should put in place "
           "immediately the correct arrangements and procedures in order to meet the "
           "standards in full.",
           "Complete", dt.date(2017, 6, 19), C_DONE),
    "E2": ("E", 5791, NAT,
           "Within three months, all chief constables should assess the demand placed on "
           "their firearms licensing department and ensure it has the capacity to meet this "
           "demand and provide an efficient and effective service at all times.",
           "Being progressed", dt.date(2017, 6, 19), C_MON),
    "E3": ("E", 5792, NAT,
           "Immediately, all chief constables should satisfy themselves that all appropriate "
           "action is being taken by their force with regard to ‘total expired’ licensing "
           "records.",
           "Complete", dt.date(2016, 9, 30), C_DONE),
    "E4": ("E", 5793, NAT,
           "Within three months, all chief constables should ensure that their arrangements "
           "in respect of the use of temporary permits are in accordance with the Home "
           "Office guidance; that temporary permits are properly recorded without delay on "
           "the National Firearms Licensing Management System; and that effective systems "
           "exist to ensure certificate holders are not permitted, at any time, to remain "
           "in unlawful possession of a firearm.",
           "Complete", dt.date(2024, 7, 3), C_AUTH),
    "E5": ("E", 5794, NAT,
           "Within three months, all chief constables should ensure that systems designed "
           "to identify, prior to police attendance, whether a reported incident involves "
           "or is at the address of a firearm certificate holder are in place and are "
           "always applied by staff dispatching officers to incidents; and that officers "
           "understand the risk assessment which they should be undertaking in such "
           "circumstances, and their power, when appropriate, to seize firearms and firearm "
           "certificates.",
           "Being progressed", dt.date(2017, 6, 19), C_MON),
    "F1": ("F", 6013, AFI,
           "The force should undertake further work to gain a fuller understanding of current "
           "demand for its services, and likely future changes in demand. This is so it can "
           "make best use of its resources by matching them to demand to meet the needs of "
           "the public.",
           "Complete", dt.date(2017, 11, 9), C_DONE),
    "F2": ("F", 6014, AFI,
           "The force should develop its understanding of the links between its outcomes, "
           "outputs and costs.",
           "Complete", dt.date(2017, 11, 9), C_DONE),
    "F3": ("F", 6015, AFI,
           "The force should develop a future workforce plan that is aligned with its overall "
           "demand and budget. The plan should include future resource allocations, the mix "
           "of skills required by the workforce and behaviours expected of them.",
           "Superseded", dt.date(2017, 11, 9),
           "This area of activity has subsequently been inspected in HMICFRS’s PEEL Efficiency "
           "inspections. Where an area for improvement still exists this will appear in the "
           "register against these subsequent inspections."),
    "J1": ("J", 6988, COC, MISSING_COC, "Complete", dt.date(2019, 2, 14), C_AUTH),
    "J2": ("J", 6989, REC, MISSING_REC, "Being progressed", dt.date(2019, 2, 14), C_MON),
    "G1": ("G", 8405, NAT, SF_LEADERSHIP, "Being progressed", dt.date(2018, 10, 24), C_MON),
    "G2": ("G", 8406, NAT,
           "Within six months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence and "
           "in order to safeguard victims better and to identify suspects as early as "
           "possible",
           "Being progressed", dt.date(2018, 10, 24), C_MON),
    "G3": ("G", 8407, NAT,
           "Immediately, forces should ensure that all victims carrying out criminal acts "
           "under compulsion attributable to slavery or exploitation are afforded the "
           "protection of early and continuing consideration of the applicability of the "
           "section 45 defence.",
           "Complete", dt.date(2020, 1, 16), C_DONE),
    "G4": ("G", 8408, NAT,
           "Immediately, forces should take steps to ensure they are fully compliant with the "
           "NRM process as it evolves and are implementing the requirement placed upon them "
           "under the Modern Slavery Act 2015 to notify the Home Office of any individual "
           "suspected to be an adult victim of modern slavery or human trafficking.",
           "Being progressed", dt.date(2018, 10, 24), C_MON),
    "G5": ("G", 8409, NAT,
           "Immediately, forces should take steps to ensure they fully comply with national "
           "crime recording standard (NCRS) requirements for offences identified as modern "
           "slavery and human trafficking and that sufficient audit capacity is available to "
           "the force crime registrar to provide reassurance that each force is identifying "
           "and managing any gaps in its crime-recording accuracy for these types of "
           "offences.",
           "Complete", dt.date(2021, 9, 30), C_AUTH),
    "G6": ("G", 8410, NAT,
           "Immediately, forces should ensure that allegations or indications of modern "
           "slavery and human trafficking are thoroughly investigated and effectively "
           "supervised by teams and individuals with the skills and experience to undertake "
           "them (this should include the use where appropriate of joint intelligence teams "
           "and other means to obtain intelligence and evidence from agencies overseas).",
           "Awaiting review", dt.date(2017, 10, 24), C_NEW),
    "G7": ("G", 8411, NAT,
           "Immediately, forces should review their use of preventative powers under the "
           "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
           "of those deemed to pose a clear threat to others in respect of modern slavery "
           "and human trafficking offences are exploited.",
           "Being progressed", dt.date(2018, 10, 24), C_MON),
    "H1": ("H", 8470, NAT,
           "By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force. The Home Office, National Police "
           "Chiefs' Council and Association of Police and Crime Commissioners should support "
           "the development of these plans by establishing a national framework which allows "
           "for the provision of digitally enabled services across force boundaries.",
           "Being progressed", dt.date(2018, 11, 1), C_MON),
    "I1": ("I", 8541, COC,
           "HMICFRS is concerned that forces are not able to demonstrate that the use of stop "
           "and search powers is consistently reasonable and fair. In particular, there is "
           "over-representation of BAME people, and black people in particular, in stop and "
           "search data which many forces are unable to explain.",
           "Being progressed", dt.date(2018, 7, 31), C_MON),
    "I2": ("I", 8542, NAT, SAS_MONITORING_2017, "Being progressed", dt.date(2018, 7, 31), C_MON),
    "I3": ("I", 8543, NAT,
           "Where forces identify disparities through monitoring, they should demonstrate to "
           "the public that they have:\n"
           "•carried out research and analysis in an attempt to understand the reasons for "
           "the disparity, and •taken action to reduce the disparity, where necessary;",
           "Being progressed", dt.date(2018, 7, 31), C_MON),
    "I4": ("I", 8544, NAT,
           "We expect forces to publish this analysis and any actions taken at least on an "
           "annual basis, from July 2018.",
           "Complete", dt.date(2022, 3, 17), C_DONE),
    "I5": ("I", 8545, NAT,
           "By July 2018, and ongoing following that date, forces should ensure that all "
           "officers who use stop and search powers have been provided with, and understand, "
           "training on unconscious bias and College of Policing APP on stop and search.",
           "Complete", dt.date(2019, 6, 6), C_DONE),
    "K1": ("K", 8790, REC, DETENTION, "Complete", dt.date(2023, 10, 5), C_AUTH),
    "K2": ("K", 8791, AFI,
           "The force should improve how it works with partner organisations to safeguard "
           "people at risk from child sexual exploitation.",
           "Complete", dt.date(2020, 2, 20), C_DONE),
    "L1": ("L", 9912, REC, CDI_VICTIMS, "Being progressed", dt.date(2020, 3, 12), C_MON),
    "L2": ("L", 9913, AFI,
           "The force should improve its use of its crime-recording and management system to "
           "better manage its case files and investigative processes.",
           "Awaiting review", dt.date(2019, 9, 12), C_NEW),
    "L3": ("L", 9914, AFI,
           "The force should make sure it records reports of stalking and harassment "
           "accurately and without delay.",
           "Being progressed", dt.date(2020, 3, 12), C_MON),
    "M1": ("M", 10520, NAT,
           "By July 2022, forces should ensure that officers and staff have effective "
           "communication skills, in line with the National Policing Guidelines on Conflict "
           "Management. This should be in addition to existing training on conflict "
           "management and de-escalation.",
           "Complete", dt.date(2023, 1, 26), C_DONE),
    "M2": ("M", 10521, NAT,
           "By July 2021, forces should ensure that communication skills are reinforced as "
           "part of the programme of continuing professional development for officers and "
           "staff, and that supervisors are supported to routinely and frequently debrief "
           "officers on these skills using body-worn video footage.",
           "Being progressed", dt.date(2021, 8, 2), C_MON),
    "M3": ("M", 10522, NAT, BWV_2021, "Being progressed", dt.date(2021, 10, 4), C_MON),
    "M4": ("M", 10523, NAT,
           "The Home Office and the NPCC should take steps to ensure that the quality of the "
           "data collected on the number of incidents where force has been used to effect a "
           "stop and search is sufficient for publication. The Home Office should publish "
           "this data as soon as possible.",
           "No further action required", dt.date(2021, 3, 1), C_NFA),
    "M5": ("M", 10524, NAT,
           "By July 2021, forces should ensure they have effective internal monitoring "
           "processes on the use of force, to help them to identify and understand "
           "disproportionate use, explain the reasons and implement any necessary "
           "improvement action.",
           "Complete", dt.date(2024, 2, 8), C_DONE),
    "N1": ("N", 11366, AFI,
           "The force should improve how it works with partner organisations to safeguard "
           "people at risk from county lines drug dealing.",
           "Being progressed", dt.date(2022, 11, 3), C_MON),
    "N2": ("N", 11367, AFI,
           "The force should make sure victims of domestic abuse are kept informed about the "
           "progress of their case, in line with the Code of Practice for Victims of Crime.",
           "Awaiting review", dt.date(2022, 5, 10), C_NEW),
    "N3": ("N", 11368, AFI,
           "The force should improve the supervision of investigations, so that investigation "
           "plans are set, reviewed and recorded and victims receive a consistently good "
           "service.",
           "Being progressed", dt.date(2022, 11, 3), C_MON),
    "N4": ("N", 11369, AFI,
           "The force should make sure it has enough specialist capacity and capability to "
           "investigate online child sexual abuse.",
           "Complete", dt.date(2024, 6, 20), C_DONE),
    "N5": ("N", 11370, AFI,
           "The force should ensure that it has sufficient resources available in the control "
           "room to fulfil its resourcing model, and so to meet its demand, while also taking "
           "into account the wellbeing of its workforce.",
           "Being progressed", dt.date(2022, 11, 3), C_MON),
    "O1": ("O", 12941, AFI,
           "The force should specify in succession plans how it intends to improve diversity "
           "across all levels of the force. This should include offering increased "
           "direct-entry opportunities.",
           "Being progressed", dt.date(2025, 5, 22), C_MON),
    "O2": ("O", 12942, AFI,
           "The force should make sure it provides a confidential way for staff to raise "
           "concerns and that staff are aware of whistleblowing processes.",
           "Awaiting review", dt.date(2024, 11, 14), C_NEW),
    "O3": ("O", 12943, AFI,
           "The force should review the support available for those who have raised concerns "
           "and take any action needed to make sure these provisions are suitable.",
           "Awaiting review", dt.date(2024, 11, 14), C_NEW),
    "O4": ("O", 12944, AFI,
           "The force should review how it gathers and uses equality and diversity data to "
           "improve its understanding of its workforce demographics.",
           "Awaiting review", dt.date(2024, 11, 14), C_NEW),
    "O5": ("O", 12945, AFI,
           "The force should put plans in place to monitor, including through the gathering "
           "and analysis of staff feedback, team cultures and provide prompt remedial action "
           "for any issues it identifies.",
           "Awaiting review", dt.date(2024, 11, 14), C_NEW),
    "O6": ("O", 12946, COC,
           "The force does not have the capacity or capability to investigate crime "
           "effectively and this is affecting the service being provided to the public. "
           "There are failings in the way that crimes are being investigated.",
           "Being progressed", dt.date(2025, 5, 22), C_MON),
    "O7": ("O", 12947, REC,
           "Within six months, the force should improve its ability to retrieve digital "
           "evidence from mobile phones, computers and other electronic devices quickly "
           "enough to ensure investigations are not delayed.",
           "Being progressed", dt.date(2025, 5, 22), C_MON),
}
HMICFRS_CLOSED = {"Complete", "Superseded", "No further action required"}


def ordinal_date(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


# ---------------------------------------------------------------------------------------
# Tracker side. Each row: (ref, summary, lead, target, rag, comment, links)
# links: list of (hmicfrs key or None, category, why). rag None = colour only, no text.
# ---------------------------------------------------------------------------------------
def d(y, m, dd=1):
    return dt.datetime(y, m, dd)


LOCAL = None
TRACKER_BLOCKS = [
    ("1.  Everyone’s business: improving the police response to domestic abuse (HMIC) – "
     "published March 2014", [
        ("1.1", "Publish domestic abuse action plan, developed with the PCC, DA support "
         "services and victims' representatives", "Ch Supt Public Protection", "Sep-14",
         "Amber", "Plan refreshed annually through the DA Strategic Board.",
         [("B1", "closeable_local", "Split line 1 of 2 of Everyone's business action plan "
           "rec (stem + first bullet); HMICFRS Superseded, office still Amber")]),
        ("1.2", "DA action plan to take account of all report recs, DHRs / IPCC findings, "
         "CPS panels and MARAC self-assessment", "Ch Supt Public Protection", "Sep-14",
         "Amber", None,
         [("B1", "closeable_local", "Split line 2 of 2 (remaining bullets) of the same rec; "
           "HMICFRS Superseded, office still Amber")]),
    ]),
    ("2.  Core Business – crime prevention, attendance and use of police time "
     "(published September 2014)", [
        ("2.1", "Threat, harm and risk criteria for call handlers (THRIVE)",
         "Supt Contact Centre", d(2015, 3, 31), "Amber",
         "THRIVE refresher being rolled out with new command and control system.",
         [("C1", "closeable_local", "HMICFRS Complete (authorised for closure); office "
           "still Amber")]),
        ("2.2", "Record and evaluate crime prevention / disruption activity",
         "ACC Local Policing", d(2015, 3, 31), "Amber", None,
         [("C2", "in_sync", "Open on both (Being progressed / Amber)")]),
    ]),
    ("3.  Integrity matters (HMIC) – published January 2016", [
        ("3.1", "Assurance that NFA misconduct outcomes are fair and free of discrimination",
         "Head of Professional Standards", d(2015, 8, 31), "Green",
         "Committee content with PSD disproportionality dashboard.",
         [("D1", "conflict", "Date conflict: heading row says published January 2016, "
           "HMICFRS 30 January 2015 (and the item's own deadline is 31 August 2015)")]),
    ]),
    ("4.  Targeting the risk – firearms licensing (HMIC) – published September 2015", [
        ("4.1", "Firearms licensing – governance against APP and demand / capacity review "
         "(recs 1 and 2)", "Supt Firearms Licensing", "Dec-15", "Green",
         "Force to submit both for closure together.",
         [("E1", "in_sync", "Merged row covering recs 1 and 2; rec 1 (governance) "
           "Complete on HMICFRS, Green on tracker"),
          ("E2", "closeable_submit", "Merged row covering recs 1 and 2; rec 2 (demand and "
           "capacity) still Being progressed on HMICFRS, Green on tracker")]),
        ("4.2", "Action on ‘total expired’ licence records", "Supt Firearms Licensing",
         "Immediate", "GREEN", None,
         [("E3", "in_sync", "Closed on both (Complete / Green)")]),
        ("4.3", "Temporary permits recorded on NFLMS in line with HO guidance",
         "Supt Firearms Licensing", "Dec-15", "Red",
         "Backlog on NFLMS - update requested for next meeting.",
         [("E4", "closeable_local", "HMICFRS Complete (authorised for closure July 2024); "
           "office still Red")]),
    ]),
    ("5.  PEEL: Effectiveness 2016 – published March 2017 (cause of concern)", [
        ("5.1", "CoC – risk assessment for missing and absent children",
         "Ch Supt Public Protection", "Immediate", "Blue", "Closed by HMICFRS Feb 2019.",
         [("J1", "in_sync", "Closed on both (Complete / Blue)")]),
        ("5.2", "Call takers to use the missing / absent category correctly and recognise "
         "CSE risk", "Supt Contact Centre", "Immediate", "Green", None,
         [("J2", "closeable_submit", "Split line 1 of 2 of the missing-children rec "
           "(bullets 1-2); HMICFRS Being progressed, tracker Green")]),
        ("5.3", "Supervisors to oversee missing person enquiries and direct safeguarding",
         "Ch Supt Public Protection", "Immediate", "Green",
         "Evidence: MFH supervision audit (Jan 25).",
         [("J2", "closeable_submit", "Split line 2 of 2 (bullet 3, supervision), numbered "
           "as its own Ref; HMICFRS Being progressed, tracker Green")]),
        ("5.4", "Return home interviews – joint review with Derby City and Derbyshire County "
         "councils (OPCC commissioned)", "OPCC Head of Commissioning", d(2026, 3, 31),
         "Amber", "Report due to Police and Crime Panel in March.",
         [(LOCAL, "not_on_hmicfrs_list", "OPCC's own commissioned action filed under the "
           "PEEL 2016 block; no HMICFRS item")]),
    ]),
    ("6.  Stolen Freedom – policing response to modern slavery & human trafficking "
     "(published 24 October 2017)", [
        ("6.1", "Review MSHT leadership and governance within 6 months (senior leads, "
         "resourcing, partnerships, QA)", "Det Ch Supt Force CID", "Apr-18", "Amber",
         "Governance now through the Exploitation Board.",
         [("G1", "conflict", "Timescale conflict: tracker 'within 6 months' (target Apr-18) "
           "vs HMICFRS 'Within twelve months'")]),
        ("6.2", "Information-sharing agreements with partner agencies on MSHT",
         "Head of Intelligence", "Apr-18", "Green", None,
         [("G2", "closeable_submit", "HMICFRS Being progressed, tracker Green")]),
        ("6.3", "Early consideration of the s45 defence for victims compelled to offend",
         "Head of Criminal Justice", "Immediate", "Green", None,
         [("G3", "in_sync", "Closed on both (Complete / Green)")]),
        ("6.4", "NRM compliance and duty to notify HO; NCRS compliance for MSHT offences",
         "Force Crime Registrar", "Immediate", "Amber",
         "FCR audit of MSHT crimes scheduled Q4.",
         [("G4", "in_sync", "Merged row covering the NRM and NCRS recs; NRM rec Being "
           "progressed on HMICFRS, Amber on tracker"),
          ("G5", "closeable_local", "Merged row covering the NRM and NCRS recs; NCRS rec "
           "Complete on HMICFRS, tracker row still Amber")]),
        ("6.5", "MSHT investigations allocated to skilled teams and properly supervised",
         "Det Ch Supt Force CID", "Immediate", "Amber", None,
         [("G6", "in_sync", "Open on both (Awaiting review / Amber)")]),
        ("6.6", "Use of slavery and trafficking prevention / risk orders (HMICFRS 8411)",
         "Det Ch Supt Force CID", "Immediate", "Green",
         "Force proposing closure - 14 STPOs obtained in 2024/25.",
         [("G7", "closeable_submit", "Reference 8411 matches; HMICFRS Being progressed, "
           "tracker Green")]),
    ]),
    ("7.  PEEL Legitimacy 2017 – national (stop and search) – December 2017", [
        ("7.1", "Cause of concern – S&S not shown to be reasonable and fair; BAME "
         "over-representation", "ACC Local Policing", None, "Amber", None,
         [("I1", "in_sync", "Open on both (Being progressed / Amber)")]),
        ("7.2a", "Monitor the reasons for ethnic disproportionality in S&S",
         "ACC Local Policing", "Jul-18", "Green", None,
         [("I2", "closeable_submit", "Split line 1 of 3 of the S&S monitoring rec (one per "
           "bullet); HMICFRS Being progressed, tracker Green")]),
        ("7.2b", "Monitor find rates by ethnicity and search type (drugs possession v "
         "supply) (HMICFRS 8542)", "ACC Local Policing", "Jul-18", "Green", None,
         [("I2", "closeable_submit", "Split line 2 of 3, reference 8542 matches; HMICFRS "
           "Being progressed, tracker Green")]),
        ("7.2c", "Monitor possession-only drug searches against local priorities",
         "ACC Local Policing", "Jul-18", "Green",
         "Scrutiny panel has seen the quarterly dataset.",
         [("I2", "closeable_submit", "Split line 3 of 3; HMICFRS Being progressed, tracker "
           "Green")]),
        ("7.3", "Research disparities and show the public the action taken",
         "ACC Local Policing", "Jul-18", "Amber", None,
         [("I3", "in_sync", "Open on both (Being progressed / Amber)")]),
        ("7.4", "Publish disparity analysis and actions at least annually",
         "Head of Corporate Development", "Jul-18", "Amber",
         "Annual S&S report not yet on force website for 2024/25.",
         [("I4", "closeable_local", "HMICFRS Complete, office still Amber")]),
        ("7.5", "Unconscious bias and S&S APP training for all officers who search",
         "Head of Learning & Development", "Jul-18", "Green", None,
         [("I5", "in_sync", "Closed on both (Complete / Green)")]),
        ("7.6", "Ambitious plan for digitally-enabled services (by Sep 2018)",
         "Head of Corporate Development", "Sep-18", "Green",
         "Digital strategy 2023-26 approved.",
         [("H1", "conflict", "Report conflict: filed under the PEEL Legitimacy 2017 block, "
           "HMICFRS holds it under PEEL: Police efficiency 2017 (national overview), "
           "9 November 2017; statuses Being progressed / Green")]),
    ]),
    ("8.  National Child Protection Inspection 2018 (June 2018)", [
        ("8.1", "Detention of children in custody – joint review with children's social "
         "care", "Ch Insp Custody", "Dec-18", "Amber",
         "Concordat on children in custody signed; PACE beds still an issue.",
         [("K1", "closeable_local", "HMICFRS Complete (authorised for closure Oct 2023); "
           "office still Amber")]),
    ]),
    ("9.  Crime Data Integrity 2019 – published September 2019", [
        ("9.1a", "Victims believed at the point of report", "Force Crime Registrar",
         "Mar-20", "Green", None,
         [("L1", "conflict", "Split line 1 of 4 of the CDI victims rec; the tracker has no "
           "line for bullet 5 (online reports triaged at receipt): missing bullet")]),
        ("9.1b", "Call handler conversations summarised accurately on the incident log",
         "Supt Contact Centre", "Mar-20", "Green", None,
         [("L1", "conflict", "Split line 2 of 4; bullet 5 (online reports) has no line: "
           "missing bullet")]),
        ("9.1c", "Multiple crimes always recorded", "Force Crime Registrar", "Mar-20",
         "Amber", "FCR audit shows 91% compliance.",
         [("L1", "conflict", "Split line 3 of 4; bullet 5 (online reports) has no line: "
           "missing bullet")]),
        ("9.1d", "Stop waiting for medical / VRI results before recording crime",
         "Force Crime Registrar", "Mar-20", "Green", None,
         [("L1", "conflict", "Split line 4 of 4; bullet 5 (online reports) has no line: "
           "missing bullet")]),
        ("9.2", "Better use of Niche to manage case files and investigations",
         "Det Ch Supt Force CID", "No deadline set by HMICFRS", "Amber", None,
         [("L2", "in_sync", "Open on both (Awaiting review / Amber)")]),
        ("9.3", "Record stalking and harassment reports accurately and without delay",
         "Force Crime Registrar", "No deadline set by HMICFRS", "Green",
         "Stalking audit 2024: 97% compliance.",
         [("L3", "closeable_submit", "HMICFRS Being progressed, tracker Green")]),
    ]),
    ("10.  Custody suites – unannounced inspection (HMICFRS / HMI Prisons), August 2020", [
        ("10.1", "Appropriate adults for children and vulnerable adults out of hours",
         "Ch Insp Custody", "Mar-21", "Amber", "ICV scheme reports improving.",
         [(LOCAL, "not_on_hmicfrs_list", "Joint custody inspection item; not on the HMICFRS "
           "register export: query with HMICFRS")]),
        ("10.2", "Use of force in custody recorded and overseen by custody managers",
         "Ch Insp Custody", "Mar-21", "Green", None,
         [(LOCAL, "not_on_hmicfrs_list", "Joint custody inspection item; not on the HMICFRS "
           "register export: query with HMICFRS")]),
    ]),
    ("11.  Disproportionate use of police powers – spotlight on S&S and use of force (Feb 21)", [
        ("11.1", "Communication skills training in line with conflict management guidelines "
         "(by Jul 22)", "Head of Learning & Development", d(2022, 7, 31), "Green", None,
         [("M1", "in_sync", "Closed on both (Complete / Green)")]),
        ("11.2", "Supervisors to debrief officers on communication skills using BWV; CPD",
         "Head of Learning & Development", d(2021, 7, 31), "Amber", None,
         [("M2", "in_sync", "Open on both (Being progressed / Amber)")]),
        ("11.3", "BWV for all S&S encounters, internal review of footage and scrutiny panel "
         "access (HMICFRS 10522)", "ACC Local Policing", d(2021, 9, 30), "Green",
         "Panel now views footage at each meeting.",
         [("M3", "closeable_submit", "One line summarising all three parts; reference 10522 "
           "matches; HMICFRS Being progressed, tracker Green")]),
        ("11.4", "Review stop and search scrutiny panel terms of reference",
         "OPCC Chief Executive", d(2026, 1, 31), "Amber", "Draft ToR to January meeting.",
         [(LOCAL, "not_on_hmicfrs_list", "OPCC's own action (close in wording to part 3 of "
           "the BWV rec but not an HMICFRS item)")]),
        ("11.5", "Use of force data quality – Home Office and NPCC", "ACC Local Policing",
         "N/A", "WHITE", "Not for the force to deliver.",
         [("M4", "in_sync", "HMICFRS No further action required; tracker WHITE (not for "
           "the force, counted as done per the Key)")]),
        ("11.6", "Internal monitoring of use of force to explain disproportionality",
         "ACC Local Policing", d(2021, 7, 31), "Red", "Dashboard delayed by Niche upgrade.",
         [("M5", "closeable_local", "HMICFRS Complete (Feb 2024); office still Red")]),
    ]),
    ("12.  PEEL 2021/22 – published May 2022 (areas for improvement)", [
        ("12.1", "Partnership safeguarding against county lines", "Det Ch Supt Force CID",
         "No deadline set by HMICFRS", None, None,
         [("N1", "closeable_submit", "RAG cell shaded green with no text (colour only): "
           "done; HMICFRS Being progressed")]),
        ("12.2", "Keep DA victims updated in line with the Victims' Code",
         "Ch Supt Public Protection", "No deadline set by HMICFRS", "Amber", None,
         [("N2", "in_sync", "Open on both (Awaiting review / Amber)")]),
        ("12.3", "Investigation plans set, reviewed and recorded by supervisors "
         "(HMICFRS 11386)", "Det Ch Supt Force CID", "No deadline set by HMICFRS", "Amber",
         "Investigation standards audit to next meeting.",
         [("N3", "conflict", "Reference conflict: summary cites HMICFRS 11386, which is not "
           "on the register; text matches 11368 (digits transposed); both open")]),
        ("12.4", "Specialist capacity for online CSA investigations",
         "Det Ch Supt Force CID", "No deadline set by HMICFRS", "Green", None,
         [("N4", "in_sync", "Closed on both (Complete / Green)")]),
    ]),
    ("13.  PEEL 2023–25 (published 14 Nov 2024)", [
        ("13.1", "Succession plans to improve workforce diversity", "Director of People",
         "No deadline set by HMICFRS", "Amber", "Positive action plan refreshed.",
         [("O1", "in_sync", "Open on both (Being progressed / Amber)")]),
        ("13.2", "Confidential route for staff to raise concerns; whistleblowing awareness",
         "Head of Professional Standards", "No deadline set by HMICFRS", "Green",
         "Integrity line relaunched Mar 25.",
         [("O2", "closeable_submit", "HMICFRS Awaiting review, tracker Green")]),
        ("13.3", "Review support for staff who have raised concerns",
         "Head of Professional Standards", "No deadline set by HMICFRS", "Amber", None,
         [("O3", "in_sync", "Open on both (Awaiting review / Amber)")]),
        ("13.4", "Monitor team cultures through staff feedback", "Director of People",
         "No deadline set by HMICFRS", "Green", "Pulse survey results to People Board.",
         [("O5", "closeable_submit", "HMICFRS Awaiting review, tracker Green")]),
        ("13.5", "Cause of concern – capacity and capability to investigate crime",
         "ACC Crime", "May-25", "Amber", "Investigations improvement plan in place.",
         [("O6", "in_sync", "Open on both (Being progressed / Amber)")]),
        ("13.6", "Faster retrieval of digital evidence from devices (HMICFRS 12947)",
         "ACC Crime", "May-25", "Red", "DFU backlog 11 weeks.",
         [("O7", "in_sync", "Reference 12947 matches; open on both (Being progressed / Red)")]),
    ]),
    ("14.  OPCC and committee actions", [
        ("14.1", "OPCC to publish its s55 response to each HMICFRS report within 56 days",
         "OPCC Chief Executive", "Ongoing", "Green", None,
         [(LOCAL, "not_on_hmicfrs_list", "OPCC's own standing action; not an HMICFRS item")]),
        ("14.2", "Quarterly vetting backlog assurance report to the committee",
         "Head of Professional Standards", "Quarterly", "Amber",
         "Q2 report deferred to February.",
         [(LOCAL, "not_on_hmicfrs_list", "Committee's own action; not an HMICFRS item")]),
    ]),
]

ARCHIVE_BLOCKS = [
    ("1.  Stop and search powers (HMIC) – July 2013", [
        ("1.1", "S&S APP: define effective and fair use with the College of Policing",
         "ACC Local Policing", "JARAC 14/03/2019", "Blue", None,
         [("A1", "in_sync", "Archive sheet; closed on both (Complete / Blue)")]),
        ("1.2", "Monitor officers' use of S&S powers", "ACC Local Policing",
         "JARAC 14/03/2019", "Blue", "Closed by committee on scrutiny panel evidence.",
         [("A2", "closeable_submit", "Archive sheet, Blue; HMICFRS still Being progressed: "
           "submit for closure")]),
        ("1.3", "Explain S&S use to the public; community scrutiny of records",
         "ACC Local Policing", "JARAC 14/03/2019", "Blue", None,
         [("A3", "in_sync", "Archive sheet; closed on both (Complete / Blue)")]),
    ]),
    ("4.  PEEL Efficiency 2015 (October 2015)", [
        ("4.1", "Understand current and likely future demand", "Head of Corporate Development",
         "JARAC 07/12/2017", "Blue", None,
         [("F1", "in_sync", "Archive sheet; closed on both (Complete / Blue)")]),
        ("4.2", "Link outcomes, outputs and costs", "Director of Finance",
         "JARAC 07/12/2017", "Blue", None,
         [("F2", "in_sync", "Archive sheet; closed on both (Complete / Blue)")]),
        ("4.3", "Future workforce plan aligned to demand and budget", "Director of People",
         "JARAC 07/12/2017", "Blue", None,
         [("F3", "in_sync", "Archive sheet; closed on both (Superseded / Blue)")]),
    ]),
]

RAG_FILL = {
    "blue": "9BC2E6", "green": "92D050", "amber": "FFC000", "red": "FF0000", "white": "FFFFFF",
}
COLOUR_ONLY = {"12.1": "green"}
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
HDR_FILL = PatternFill("solid", fgColor="1F3864")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_hmicfrs(path: Path) -> dict[str, str]:
    keys = sorted(H, key=lambda k: (REPORTS[H[k][0]][1], H[k][1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Force", "Reference", "Report", "Publication date", "Type",
                "Recommendation / area for improvement", "Status", "Status date",
                "Latest comment"])
    rows = {}
    for i, k in enumerate(keys):
        rep, ref, typ, text, status, sdate, comment = H[k]
        title, pub = REPORTS[rep]
        w.writerow([FORCE, ref, title, ordinal_date(pub), typ, text, status,
                    ordinal_date(sdate), comment])
        rows[k] = f"hmicfrs.csv!{i + 2}"  # record number as Excel shows it, header = 1
    path.write_bytes(buf.getvalue().encode("cp1252"))  # strict: fails on any non-cp1252 char
    return rows


def rag_cell(ws, row, ref, rag):
    c = ws.cell(row=row, column=5)
    colour = COLOUR_ONLY.get(ref) if rag is None else rag.strip().lower()
    c.value = rag
    c.fill = PatternFill("solid", fgColor=RAG_FILL[colour])
    c.alignment = Alignment(horizontal="center", vertical="top")
    if colour in ("red", "blue"):
        c.font = Font(bold=True)


def write_block_sheet(ws, blocks, start_row, sheet, target_header, force_rows):
    r = start_row
    for bi, (heading, items) in enumerate(blocks):
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for col in range(1, 7):
            ws.cell(row=r, column=col).fill = HEAD_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, summary, lead, target, rag, comment, links in items:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=summary)
            ws.cell(row=r, column=3, value=lead)
            tc = ws.cell(row=r, column=4, value=target)
            if isinstance(target, dt.datetime):
                tc.number_format = "dd/mm/yyyy"
            rag_cell(ws, r, ref, rag)
            ws.cell(row=r, column=6, value=comment)
            for col in range(1, 7):
                cell = ws.cell(row=r, column=col)
                cell.border = BOX
                if col != 5:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            force_rows.append((f"{sheet}!{r}", links))
            r += 1
        if bi != len(blocks) - 1:
            r += 1  # blank spacer row between blocks
    return r


def header_row(ws, row, target_header):
    for col, name in enumerate(["Ref", "Summary", "Lead", target_header, "Assurance (RAG)",
                                "Committee comment"], start=1):
        c = ws.cell(row=row, column=col, value=name)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HDR_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def write_tracker(path: Path) -> list[tuple[str, list]]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Office of the Police and Crime Commissioner for Derbyshire"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Joint Audit, Risk and Assurance Committee – HMICFRS recommendations and "
                "areas for improvement: assurance tracker")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Position at 20 November 2025. Summaries are written by the OPCC; refer to the "
                "HMICFRS report for the full wording. Closed items are on the 'Closed items' "
                "sheet.")
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, "Target date")
    force_rows: list[tuple[str, list]] = []
    r = write_block_sheet(ws, TRACKER_BLOCKS, 6, "Tracker", "Target date", force_rows)
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    key = [
        ("Blue", "blue", "Closed – complete and signed off by the committee"),
        ("Green", "green", "Action complete, evidence seen by the OPCC – ready for closure"),
        ("Amber", "amber", "In progress and on track"),
        ("Red", "red", "Off track or past its target date"),
        ("White", "white", "Not for Derbyshire Constabulary to deliver (national body) – "
                           "treated as closed"),
    ]
    for word, colour, meaning in key:
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        c.fill = PatternFill("solid", fgColor=RAG_FILL[colour])
        c.border = BOX
        ws.cell(row=r, column=2, value=meaning)
    r += 2
    ws.cell(row=r, column=1, value=("Refs are the OPCC's own numbering. Where a line quotes "
                                    "'(HMICFRS nnnn)' that is the register reference."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, width in zip("ABCDEF", (8, 62, 28, 16, 14, 48)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A6"

    wa = wb.create_sheet("Closed items")
    wa["A1"] = "HMICFRS items closed by the committee (archive – not reported to committee)"
    wa["A1"].font = Font(bold=True, size=12)
    header_row(wa, 3, "Closed at")
    write_block_sheet(wa, ARCHIVE_BLOCKS, 4, "Closed items", "Closed at", force_rows)
    for col, width in zip("ABCDEF", (8, 62, 28, 18, 14, 48)):
        wa.column_dimensions[col].width = width

    wb.properties.creator = "OPCC Derbyshire"
    wb.properties.lastModifiedBy = "OPCC Derbyshire"
    wb.properties.created = FIXED_PROP_TIME
    wb.properties.modified = FIXED_PROP_TIME
    tmp = io.BytesIO()
    wb.save(tmp)
    path.write_bytes(deterministic_zip(tmp.getvalue()))
    return force_rows


def deterministic_zip(data: bytes) -> bytes:
    """Rewrite an xlsx with fixed entry timestamps and fixed docProps dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = FIXED_PROP_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    hrows = write_hmicfrs(CASE / "hmicfrs.csv")
    force_rows = write_tracker(CASE / "tracker.xlsx")

    paired: dict[str, list[tuple[str, str, str]]] = {k: [] for k in H}
    force_only: list[tuple[str, str, str]] = []
    for frow, links in force_rows:
        for hkey, cat, why in links:
            if hkey is None:
                force_only.append((frow, cat, why))
            else:
                paired[hkey].append((frow, cat, why))
    lines = []
    for k in sorted(H, key=lambda k: int(hrows[k].split("!")[1])):
        if not paired[k]:
            status = H[k][4]
            lines.append((hrows[k], "", "missing_from_force",
                          f"HMICFRS {H[k][1]} ({status}) has no line in the tracker"))
        for frow, cat, why in paired[k]:
            lines.append((hrows[k], frow, cat, why))
    for frow, cat, why in force_only:
        lines.append(("", frow, cat, why))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
