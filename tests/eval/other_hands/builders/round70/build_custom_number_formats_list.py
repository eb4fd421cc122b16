"""Build the case `custom_number_formats_list` (round 70, HMICFRS-side layout).

HMICFRS side: the force's master copy of the HMICFRS definitive list, kept in Excel by the
Strategic Planning & Inspection team.  Each quarter the Force Liaison Lead's list is pasted
(values only) into a formatted template.  Excel number formats make what the eye sees differ
from what the cell holds:
  * HMICFRS ID: integers shown through the custom format "HMICFRS-"00000 (8541 shows as
    HMICFRS-08541); a few IDs typed by hand as text "HMICFRS-02321"; a few pasted as
    numbers-stored-as-text ("10951") which the number format cannot touch;
  * Published: real dates shown as mmm-yy ("Dec-17"), a few typed as text ("Sept 2015",
    "02/05/2019");
  * Status date: dates shown as d mmmm yyyy, older ones left as the old web register's
    ordinal text ("27th April 2018");
  * the newest report's rows were pasted below the formatted range into General cells:
    IDs show bare (11803) and every date shows as an Excel serial number (45547).
Force side: the force's own tracker, one row per item (two items split one row per bullet),
own running numbers, RAG words, local actions in their own section, legend below.

Run: /work/main/.venv/bin/python build_custom_number_formats_list.py
Rebuilds the case byte for byte (seed fixed, zip timestamps and document properties fixed).
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

SEED = 7026
CASE = "custom_number_formats_list"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Lincolnshire Police"
FIXED_TIME = dt.datetime(2024, 10, 21, 9, 30, 0)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------------------------------
# Real texts (copied from /work/main/reconcile/casegen/texts and real_recommendations.csv)
# ---------------------------------------------------------------------------------------
SF_LEADERSHIP_STEM = ("Within twelve months, forces should review their leadership and governance "
                      "arrangements for modern slavery and human trafficking, to ensure that:")
SF_LEADERSHIP_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = SF_LEADERSHIP_STEM + "\n" + "\n".join("• " + b for b in SF_LEADERSHIP_BULLETS)

CDI_STEM = "Within six months the force should put in place arrangements to ensure that:"
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.",
]
CDI_VICTIMS = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)

MISSING_STEM = ("Within three months, the force should review its approach to reports of missing "
                "children and take steps to ensure that:")
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.",
]
MISSING = MISSING_STEM + "\n" + "\n".join("• " + b for b in MISSING_BULLETS)

SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\n"
    "This action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.")
CAUSE_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
CAUSE_SAS = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.")
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the control "
                "room to fulfil its resourcing model, and so to meet its demand, while also taking "
                "into account the wellbeing of its workforce.")

# report key -> (HMICFRS title, published, tracker name)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "efy17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 21), "NCPI 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 27), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 6, 23), "PEEL 2021/22"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 dt.date(2024, 9, 12), "PEEL 2023/24"),
    # only on the force's tracker
    "efy16": ("PEEL: Police efficiency 2016", dt.date(2016, 11, 3), "Efficiency 2016 (PEEL)"),
    "cdi16": ("Crime data integrity inspection 2016", dt.date(2016, 9, 8), "CDI 2016"),
}

# HMICFRS status words and their comments (comments: real register wording where known)
C_COMPLETE = "This recommendation is complete"
C_CDI = ("Authorised for closure on the basis of the additional observations offered by members "
         "of the CDI inspection team in recent inspection activity.")
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                "Effectiveness inspections. Where a cause of concern still exists this will "
                "appear in the register against these subsequent inspections.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_NEW = "New recommendation"
C_NFA = "No further action required"

# ---------------------------------------------------------------------------------------
# Items.  f = force-side spec (None: not on the tracker).
#   t: tracker text ('=' verbatim, 'strip' stem removed, 'abbr' abbreviated, or own text)
#   rag, ref ('int' | 'disp' | 'blank' | literal), split: list of texts (one row each)
# ---------------------------------------------------------------------------------------
ITEMS = [
    # id, report, type, text, status, status date, comment, category, why, force spec
    (1204, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.",
     "Complete", "o:2015-02-12", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="abbr", rag="Complete", ref="int")),
    (1205, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", "o:2015-02-12", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="=", rag="Complete", ref="int")),
    (1206, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Superseded", "o:2015-04-20", C_SUPERSEDED, "closeable_local",
     "HMICFRS superseded it (re-made in Stop and search 2, 2015); tracker still AMBER",
     dict(t="abbr", rag="AMBER", ref="int",
          p="Community scrutiny panel terms of reference being refreshed with the OPCC.")),
    (2321, "everyone", NAT, EVERYONE_PLAN,
     "Complete", "o:2016-01-18", C_SUPERSEDED, "in_sync",
     "closed on list (ID typed as text, shows the same), Complete on tracker",
     dict(t="By September 2014 every force should establish & publish a DA action plan setting "
          "out in detail the steps it will take to improve its approach to DA (developed with "
          "PCC, DA support organisations and victims' reps; DHR and IPCC findings; CPS scrutiny "
          "panels and MARAC self-assessments).", rag="Complete", ref="int")),
    (3310, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", "o:2015-06-30", C_NFA, "in_sync",
     "closed (no further action) on list, Complete on tracker",
     dict(t="=", rag="Complete", ref="blank")),
    (3311, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "No further action required", "o:2015-06-30", C_NFA, "missing_from_force",
     "on the list (closed), no tracker row", None),
    (3312, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required", "o:2015-06-30", C_NFA, "in_sync",
     "closed (no further action) on list, Complete on tracker",
     dict(t="abbr", rag="Complete", ref="blank")),
    (3313, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "Complete", "o:2016-03-07", C_COMPLETE, "closeable_local",
     "Complete on list, AMBER on tracker",
     dict(t="Review collaboration plans ahead of the next spending round – scope for better VfM "
          "and capability through joint working with other forces, the public and/or private "
          "sector.", rag="AMBER", ref="blank",
          p="Regional collaboration review with Nottinghamshire Police ongoing.")),
    (4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Superseded", "o:2017-05-11", C_SUPERSEDED, "closeable_local",
     "superseded on list, AMBER on tracker",
     dict(t="=", rag="AMBER", ref="int", p="THRIVE refresher for call-handlers being scheduled.")),
    (4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "Complete", "o:2016-02-22", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="=", rag="Complete", ref="int")),
    (902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", "o:2016-05-09", C_COMPLETE, "in_sync",
     "ID 902 shows as HMICFRS-00902; tracker has the shown text; closed/Complete both",
     dict(t="=", rag="Complete", ref="disp")),
    (5120, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way that "
     "involves those people who are stopped and searched, for example young people.",
     "Complete", "o:2017-01-16", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="abbr", rag="Complete", ref="int")),
    (5467, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.",
     "Being progressed", "o:2016-08-01", C_MONITOR, "closeable_submit",
     "open on list (ID typed as text), GREEN with closure submitted on tracker",
     dict(t="=", rag="GREEN", ref="int", sub="2024-07-15",
          p="Information Management Board now receives quarterly MoPI audit results. Evidence "
            "submitted to HMICFRS for closure.")),
    (5790, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Complete", "o:2016-06-13", C_COMPLETE, "in_sync",
     "closed on list (published typed as text 'Sept 2015'), Complete on tracker",
     dict(t="abbr", rag="Complete", ref="int")),
    (5791, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Being progressed", "o:2016-06-13", C_MONITOR, "conflict",
     "timescale differs: list 'Within three months', tracker 'Within six months'",
     dict(t="Within six months, all chief constables should assess the demand placed on their "
          "firearms licensing department and ensure it has the capacity to meet this demand and "
          "provide an efficient and effective service at all times.", rag="AMBER", ref="int",
          p="Demand profile for Firearms Licensing drafted; renewals peak 2025 modelled.")),
    (5792, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", "o:2016-06-13", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="=", rag="Complete", ref="int")),
    (5793, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", "2023-11-20", C_MONITOR, "closeable_submit",
     "open on list, GREEN (submitted for closure) on tracker",
     dict(t="abbr", rag="GREEN", ref="int", sub="2024-05-02",
          p="Completed. Evidence submitted to HMICFRS for closure.")),
    (5794, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.",
     "Being progressed", "2023-11-20", C_MONITOR, "in_sync", "open on list, AMBER on tracker",
     dict(t="abbr", rag="AMBER", ref="int",
          p="Control room flag for certificate holders live; officer briefing still to run.")),
    (7311, "eff16", COC, CAUSE_DA,
     "Superseded", "o:2018-04-27", C_SUPERSEDED, "in_sync",
     "superseded (closed) on list, Complete on tracker",
     dict(t="Cause of concern – force response to DA: discretion over DASH completion; officers "
          "not consistently completing DASH where policy requires it.", rag="Complete",
          ref="int")),
    (7312, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     "Complete", "o:2018-04-27", C_COMPLETE, "closeable_local",
     "Complete on list, AMBER on tracker",
     dict(t="strip", rag="AMBER", ref="int",
          p="The Force Executive Team agreed on 25 July that we would risk-assess all DA "
            "incidents. Supervisor dip-sampling to be re-audited.")),
    (7313, "eff16", REC,
     "HMIC recommends that within six months the force should: consider ways of increasing the "
     "use of arrest, ancillary orders and other available powers, in order to improve the "
     "service it provides to victims of domestic abuse, offer the best possible protection and "
     "bring more perpetrators to justice;",
     "Being progressed", "2022-09-05", C_MONITOR, "closeable_submit",
     "open on list, GREEN on tracker",
     dict(t="abbr", rag="GREEN", ref="int", sub="2024-08-30",
          p="DVPN/DVPO use up 40% year on year; positive action audit complete. Pack with FLL.")),
    (7314, "eff16", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Complete", "o:2018-04-27", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="=", rag="Complete", ref="int")),
    (7315, "eff16", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.",
     "No further action required", "2020-02-14", C_NFA, "closeable_local",
     "closed (no further action) on list, AMBER on tracker",
     dict(t="Improve understanding of suspects RUI & management of those on bail.", rag="AMBER",
          ref="int", p="RUI tracker in Niche; bail review under PACE changes 2022.")),
    (8102, "stolen", NAT, SF_LEADERSHIP,
     "Being progressed", "2021-03-08", C_MONITOR, "in_sync",
     "open on list; tracker splits it one row per bullet, all AMBER",
     dict(split=[f"MSHT leadership & governance review ({c}) – {b}" for c, b in
                 zip("abcd", ["senior leaders prioritise the response to MSHT",
                              "every MSHT incident allocated resources with the skills, "
                              "experience & capacity to investigate it",
                              "effective partnership arrangements to share information and "
                              "safeguard victims",
                              "performance & QA measures for senior leaders on the service "
                              "to victims"])],
          rag="AMBER", ref="int", p="MSHT Silver group meets monthly; see action log.")),
    (8103, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Complete", "2019-10-21", C_COMPLETE, "closeable_local", "Complete on list, AMBER on tracker",
     dict(t="Within 6 months, forces should have in place active ISAs with other agencies to "
          "facilitate speedy exchange of intelligence and in order to safeguard victims better "
          "and to identify suspects as early as possible.", rag="AMBER", ref="int",
          p="ISA with Lincolnshire County Council awaiting DPO sign off.")),
    (8104, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", "2021-03-08", C_MONITOR, "closeable_submit",
     "open on list, GREEN on tracker",
     dict(t="=", rag="GREEN", ref="int", sub="2024-06-11",
          p="s45 guidance in custody and CPS liaison process in place. Submitted for closure.")),
    (8105, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Complete", "2019-10-21", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="abbr", rag="Complete", ref="int")),
    (8106, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Being progressed", "2021-03-08", C_MONITOR, "in_sync", "open on list, AMBER on tracker",
     dict(t="abbr", rag="AMBER", ref="int",
          p="Allocated to the Force Crime Registrar. Audit scheduled Q4.")),
    (8107, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).",
     "Being progressed", "2021-03-08", C_MONITOR, "closeable_submit",
     "open on list, GREEN on tracker",
     dict(t="abbr", rag="GREEN", ref="int", sub="2024-06-11",
          p="All MSHT investigations now owned by the Complex Crime Unit. Evidence submitted.")),
    (8108, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Complete", "2019-10-21", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="abbr", rag="Complete", ref="int")),
    (8377, "efy17", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     "Complete", "2019-06-17", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="=", rag="Complete", ref="int")),
    (8378, "efy17", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.",
     "Complete", "2019-06-17", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="=", rag="Complete", ref="int")),
    (8379, "efy17", AFI,
     "Lincolnshire Police should develop a future workforce plan that is aligned with its "
     "overall demand and budget. The plan should include future resource allocations, the mix "
     "of skills required by the workforce and behaviours expected of them.",
     "Being progressed", "2022-09-05", C_MONITOR, "in_sync", "open on list, AMBER on tracker",
     dict(t="Develop a future workforce plan aligned with demand and budget (resource "
          "allocations, skills mix, behaviours).", rag="AMBER", ref="int",
          p="Strategic Workforce Plan 2025-28 in draft for Chief Officer Group.")),
    (8420, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Being progressed", "2022-09-05", C_MONITOR, "in_sync", "open on list, AMBER on tracker",
     dict(t="abbr", rag="AMBER", ref="int",
          p="Digital Strategy refresh; Single Online Home migration planned 2025.")),
    (8540, "leg17", COC, CAUSE_SAS,
     "Complete", "2020-07-13", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="abbr", rag="Complete", ref="int")),
    (8541, "leg17", NAT, SAS_MONITORING_2017,
     "Complete", "2020-07-13", C_COMPLETE, "closeable_local",
     "Complete on list, AMBER on tracker (tracker ref is the shown text HMICFRS-08541)",
     dict(t="=", rag="AMBER", ref="disp",
          p="S&S data dashboard live; find-rate by ethnicity still being added.")),
    (8542, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;",
     "Being progressed", "2022-09-05", C_MONITOR, "closeable_submit",
     "open on list, GREEN on tracker",
     dict(t="=", rag="GREEN", ref="disp", sub="2024-09-23",
          p="Disproportionality report published on force website Aug 2024. Submitted.")),
    (8543, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Being progressed", "2022-09-05", C_MONITOR, "in_sync", "open on list, AMBER on tracker",
     dict(t="=", rag="AMBER", ref="int", p="Annual publication – next due July 2025.")),
    (8544, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", "2020-07-13", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="abbr", rag="Complete", ref="int")),
    (8588, "leg17f", AFI,
     "The force should satisfy itself that it has processes in place to ensure that "
     "investigations into misconduct by officers and staff resulting in “no further action” are "
     "fair and free of any form of discrimination.",
     "Superseded", "2020-02-14", C_SUPERSEDED, "closeable_local",
     "superseded on list, AMBER on tracker (not the national 902, which is closed both sides)",
     dict(t="=", rag="AMBER", ref="int",
          p="PSD to dip-sample NFA outcomes by protected characteristic.")),
    (8589, "leg17f", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.",
     "Being progressed", "2022-09-05", C_MONITOR, "closeable_submit",
     "open on list, GREEN on tracker",
     dict(t="=", rag="GREEN", ref="int", sub="2024-03-28",
          p="Confidential reporting line relaunched; intranet campaign done. Ready to move to "
            "closure.")),
    (9120, "ncpi18", REC, MISSING,
     "Being progressed", "2022-09-05", C_MONITOR, "conflict",
     "tracker text drops the third bullet (supervisors' oversight of missing person enquiries)",
     dict(t=MISSING_STEM + "\n• " + MISSING_BULLETS[0] + "\n• " +
          MISSING_BULLETS[1].replace("; and", ".").replace("child sexual exploitation", "CSE"),
          rag="AMBER", ref="int", p="Missing from Home training package being rolled out.")),
    (9121, "ncpi18", REC,
     "Within six months Lincolnshire Police should, in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:• "
     "ensure that all children are only detained when absolutely necessary and for the absolute "
     "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
     "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
     "with children’s social care services to achieve the most appropriate option for the "
     "child;• ensure that custody staff make a record of all actions taken and decisions made "
     "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
     "support for children who are arrested",
     "Awaiting review", "2024-06-03", C_REVIEW, "in_sync",
     "open on list (ID typed as unpadded text HMICFRS-9121), AMBER on tracker",
     dict(t="Review with children's social care how we manage detention of children (only when "
          "necessary & minimum time; early assessment of need for alternative accomodation; "
          "record all actions & decisions; timely appropriate adult support).", rag="AMBER",
          ref="int", p="Joint protocol with LCC children's services agreed in principle.")),
    (9630, "peel1819", AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.",
     "Complete", "2022-09-05", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="=", rag="Complete", ref="int")),
    (9631, "peel1819", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.",
     "Being progressed", "2022-09-05", C_MONITOR, "conflict",
     "same text and report, but tracker reference 9613 vs list 9631 (list shows HMICFRS-09631)",
     dict(t="=", rag="AMBER", ref=9613, p="Digital forensics backlog down to 140 devices.")),
    (9632, "peel1819", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.",
     "Being progressed", "2022-09-05", C_MONITOR, "in_sync", "open on list, AMBER on tracker",
     dict(t="=", rag="AMBER", ref="int", p="Niche case file module upgrade.")),
    (9633, "peel1819", AFI,
     "The force should improve its arrangements both to consult with the public about business "
     "planning and to feed back on changes made to service delivery as a result of such "
     "consultation.",
     "Being progressed", "2022-09-05", C_MONITOR, "missing_from_force",
     "on the list (open), no tracker row", None),
    (9871, "cdi19", REC, CDI_VICTIMS,
     "Being progressed", "2023-02-06", C_MONITOR, "closeable_submit",
     "open on list; tracker splits it one row per bullet, every bullet GREEN (submitted)",
     dict(split=[f"CDI – {b}" for b in
                 ["victims are believed at the point of report",
                  "call handler/caller conversations summarised accurately in the incident log",
                  "multiple crimes always recorded when described in incidents or found in "
                  "other investigations",
                  "stop waiting for medical exams/video interviews before crime-recording "
                  "decisions",
                  "online crime reports triaged on receipt for ongoing risk"]],
          rag="GREEN", ref="int", sub="2024-04-19",
          p="Crime Data Integrity audit Mar 2024: 94% compliance. Evidence submitted to HMICFRS "
            "for closure.")),
    (9872, "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.",
     "Complete", "2023-02-06", C_CDI, "in_sync", "closed on list, Complete on tracker",
     dict(t="=", rag="Complete", ref="int")),
    (9873, "cdi19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", "2023-02-06", C_CDI, "closeable_local", "Complete on list, RED on tracker",
     dict(t="=", rag="RED", ref="int",
          p="Little work yet undertaken in this area. Unlikely to reach deadlines.")),
    (10231, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", "2023-11-20", C_MONITOR, "in_sync", "open on list, AMBER on tracker",
     dict(t="abbr", rag="AMBER", ref="int", p="Included in PST 2024/25 syllabus.")),
    (10232, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Complete", "2023-11-20", C_COMPLETE, "closeable_local", "Complete on list, AMBER on tracker",
     dict(t="abbr", rag="AMBER", ref="int", p="BWV debrief guide for sergeants in draft.")),
    (10233, "powers", NAT, BWV_2021,
     "Being progressed", "2023-11-20", C_MONITOR, "closeable_submit",
     "open on list, GREEN on tracker",
     dict(t="abbr", rag="GREEN", ref="int", sub="2024-09-23",
          p="BWV policy mandates S&S recording; scrutiny panel reviews footage monthly. "
            "Submitted.")),
    (10234, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.",
     "Being progressed", "2023-11-20", C_MONITOR, "closeable_submit",
     "open on list; tracker WHITE (not the force's to deliver) = done for the force",
     dict(t="=", rag="WHITE", ref="int",
          p="Not the force's responsibility to deliver; dependent upon another organisation.")),
    (10235, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Being progressed", "2023-11-20", C_MONITOR, "in_sync", "open on list, AMBER on tracker",
     dict(t="=", rag="AMBER", ref="int", p="Use of force board quarterly; dashboard in build.")),
    (10950, "peel2122", AFI,
     "The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area.",
     "Being progressed", "2023-11-20", C_MONITOR, "in_sync", "open on list, AMBER on tracker",
     dict(t="abbr", rag="AMBER", ref="int", p="VAWG problem profile commissioned.")),
    (10951, "peel2122", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", "2023-11-20", C_MONITOR, "closeable_submit",
     "open on list (ID pasted as text, shows 10951 without prefix), GREEN on tracker",
     dict(t="abbr", rag="GREEN", ref="int", sub="2024-07-15",
          p="VCOP compliance 91% in July audit. Evidence submitted to HMICFRS for closure.")),
    (10952, "peel2122", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "repeat victims.",
     "Awaiting review", "2024-06-03", C_REVIEW, "in_sync",
     "open on list (ID pasted as text), RED on tracker",
     dict(t="=", rag="RED", ref="blank", p="Attendance times for repeat victims not improving.")),
    (10953, "peel2122", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.",
     "Being progressed", "2023-11-20", C_MONITOR, "missing_from_force",
     "on the list (open), no tracker row", None),
    (10954, "peel2122", AFI, CONTROL_ROOM,
     "Being progressed", "2023-11-20", C_MONITOR, "conflict",
     "type differs: list Area for improvement, tracker Rec",
     dict(t="=", rag="AMBER", ref="int", ty="Rec",
          p="Control room establishment review; 12 call handlers recruited Sept.")),
    (10955, "peel2122", AFI,
     "The force should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.",
     "Complete", "2024-06-03", C_COMPLETE, "in_sync", "closed on list, Complete on tracker",
     dict(t="=", rag="Complete", ref="int")),
    # ---- appended block (General format: bare IDs, serial dates) ----
    (11802, "peel2324", AFI,
     "The force should make sure its analysis of county lines drug dealing informs its "
     "strategic assessment and control strategy.",
     "Awaiting review", "2024-10-14", C_NEW, "in_sync",
     "appended row, dates shown as serials (45547 = 12 Sep 2024); open both sides",
     dict(t="=", rag="AMBER", ref="blank", p="Awaiting allocation.")),
    (11803, "peel2324", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Awaiting review", "2024-10-14", C_NEW, "conflict",
     "report differs: list PEEL 2023/24 (published 45547 = 12 Sep 2024), tracker files it under "
     "PEEL 2021/22, 23/06/2022; the 2021/22 block on the list holds no such AFI",
     dict(t="=", rag="AMBER", ref="blank", rep="peel2122",
          p="RASSO investigation allocation to be reviewed under Operation Soteria.")),
    (11804, "peel2324", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.",
     "Awaiting review", "2024-10-14", C_NEW, "missing_from_force",
     "appended row (newest report), not yet on the tracker", None),
    (11805, "peel2324", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.",
     "Awaiting review", "2024-10-14", C_NEW, "in_sync", "appended row; open both sides (RED)",
     dict(t="Make sure we consistently use ancillary orders & other powers (SPOs) to protect "
          "victims of stalking & harassment.", rag="RED", ref="blank",
          p="SPO applications low; legal services capacity an issue.")),
    (11806, "peel2324", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "serious and organised crime.",
     "Awaiting review", "2024-10-14", C_NEW, "closeable_submit",
     "appended row; open on list, GREEN on tracker",
     dict(t="=", rag="GREEN", ref=11806, sub="2024-10-18",
          p="SOC offender management panel in place since June 2024. Pending sign off by the "
            "chief officer lead.")),
]

# Items the tracker holds that are not on the list.
EXTRA = [
    ("efy16", "AFI", "The force should review how it gathers and uses equality and diversity data "
     "to improve its understanding of its workforce demographics.", "AMBER", "",
     "HR diversity data cleanse underway.",
     "old PEEL efficiency 2016 AFI, not on the HMICFRS list"),
    ("cdi16", "Rec", "Immediately, the force should revise its approach to cautions, cannabis "
     "warning and penalty notices for disorder to ensure that there is a clear and auditable "
     "explanation to the offender of the implications of receiving the warning and that, for "
     "victim-based crimes, there is a clear and auditable record that views of the victim are "
     "considered prior to their issue.", "GREEN", 6204,
     "Out of court disposals scrutiny panel in place. Submitted to HMICFRS.",
     "CDI 2016 rec with tracker ref 6204, no such ID or text on the list"),
]
LOCAL = [
    "Force action - Task & Finish group to review the domestic abuse policy and report to the "
    "Force Executive Team",
    "Local action: Dip-sample 50 hate crime crime reports each quarter and report findings to "
    "the Crime Standards Board",
    "Internal audit action: Internal audit of the firearms licensing governance arrangements "
    "(audit plan 2023/24)",
    "JAC action: Add stop and search measures to the monthly Force Performance pack",
    "Force improvement plan: Appoint a single point of contact for missing children in each "
    "local policing area",
]
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Director of Finance", "Supt Firearms Licensing"]
ABBREVIATIONS = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"police and crime commissioners", "PCCs"),
    (r"Chief Constables", "CCs"), (r"chief constables", "CCs"),
    (r"Authorised Professional Practice", "APP"), (r"College of Policing", "CoP"),
    (r"body-worn video", "BWV"), (r"continuing professional development", "CPD"),
    (r"Home Office", "HO"), (r"officers and staff", "officers & staff"),
    (r"National Policing Guidelines on Conflict Management", "NPG on Conflict Management"),
]
STEM_RE = re.compile(r"^(HMIC(?:FRS)? recommends that (?:within six months )?the force should"
                     r"(?: immediately)?:?\s*|To address this cause of concern, HMIC recommends "
                     r"the force should immediately\s*)")


def abbreviate(text: str) -> str:
    for pat, rep in ABBREVIATIONS:
        text = re.sub(pat, rep, text)
    return text


def serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


def fixed_save(wb: Workbook, path: Path) -> None:
    """Save with fixed document properties and zip timestamps (byte-for-byte rebuilds)."""
    wb.properties.creator = "Strategic Planning & Inspection"
    wb.properties.created = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              b"<dcterms:modified\\1>" + stamp.encode() + b"</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 21, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------
def build() -> None:
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    # ---------------- HMICFRS side: the force's master copy of the definitive list -------
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = f"HMICFRS definitive list – {FORCE} (master copy)"
    ws["A1"].font = Font(name="Arial", size=14, bold=True)
    ws["A2"] = ("Kept by Strategic Planning & Inspection. Statuses updated from the Force Liaison "
                "Lead's list received 14/10/2024.")
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    headers = ["HMICFRS ID", "Report", "Published", "Type", "Recommendation / area for improvement",
               "Status", "Status date", "HMICFRS comment"]
    hdr_row = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(hdr_row, c, h)
        cell.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = box
    for col, w in zip("ABCDEFGH", [15, 38, 10, 22, 80, 18, 18, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    text_ids = {2321: "HMICFRS-02321", 5467: "HMICFRS-05467", 9121: "HMICFRS-9121",
                10951: "10951", 10952: "10952"}
    text_published = {5790: "Sept 2015", 5791: "Sept 2015", 9632: "02/05/2019"}

    formatted = [it for it in ITEMS if it[1] != "peel2324"]
    appended = [it for it in ITEMS if it[1] == "peel2324"]
    formatted.sort(key=lambda it: (REPORTS[it[1]][1], it[0]))

    hm_row: dict[int, str] = {}
    r = hdr_row + 1
    for it in formatted:
        iid, rep, typ, text, status, sdate, comment = it[:7]
        title, pub, _ = REPORTS[rep]
        ws.cell(r, 1, text_ids.get(iid, iid))
        # the template's format is on every cell of the block; typed text ignores it
        ws.cell(r, 1).number_format = '"HMICFRS-"00000'
        ws.cell(r, 2, title)
        if iid in text_published:
            ws.cell(r, 3, text_published[iid])
        else:
            ws.cell(r, 3, pub)
        ws.cell(r, 3).number_format = "mmm-yy"
        ws.cell(r, 4, typ)
        ws.cell(r, 5, text)
        ws.cell(r, 6, status)
        if sdate.startswith("o:"):
            d = dt.date.fromisoformat(sdate[2:])
            ws.cell(r, 7, ordinal(d))  # text pasted from the old web register
        else:
            ws.cell(r, 7, dt.date.fromisoformat(sdate))
        ws.cell(r, 7).number_format = "d mmmm yyyy"
        ws.cell(r, 8, comment)
        for c in range(1, 9):
            cell = ws.cell(r, c)
            cell.font = Font(name="Arial", size=10)
            cell.alignment = wrap
            cell.border = box
        hm_row[iid] = f"Definitive list!{r}"
        r += 1
    first_app = r
    for it in appended:  # pasted as values below the formatted range: General format
        iid, rep, typ, text, status, sdate, comment = it[:7]
        title, pub, _ = REPORTS[rep]
        ws.cell(r, 1, iid)
        ws.cell(r, 2, title)
        ws.cell(r, 3, serial(pub))
        ws.cell(r, 4, typ)
        ws.cell(r, 5, text)
        ws.cell(r, 6, status)
        ws.cell(r, 7, serial(dt.date.fromisoformat(sdate)))
        ws.cell(r, 8, comment)
        hm_row[iid] = f"Definitive list!{r}"
        r += 1
    last_app = r - 1
    ws.auto_filter.ref = f"A{hdr_row}:H{first_app - 1}"
    r += 1
    ws.cell(r, 1, f"NB rows {first_app}-{last_app} pasted (values only) from the FLL list of "
                  "14/10/2024 – formats still to be applied.")
    ws.cell(r, 1).font = Font(name="Arial", size=9, italic=True, color="C00000")
    r += 1
    ws.cell(r, 1, "Status: Awaiting review / Being progressed = open with HMICFRS; Complete / "
                  "Superseded / No further action required = closed by HMICFRS.")
    ws.cell(r, 1).font = Font(name="Arial", size=9, italic=True)
    fixed_save(wb, OUT / "hmicfrs.xlsx")

    # ---------------- Force side: the force's own tracker -------------------------------
    tb = Workbook()
    ts = tb.active
    ts.title = "HMICFRS Tracker"
    ts["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
    ts["A1"].font = Font(size=14, bold=True)
    ts["A2"] = "Organisational Learning Team. Last updated 21/10/2024"
    theads = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI", "Lead",
              "RAG", "Progress update", "Submitted for closure"]
    for c, h in enumerate(theads, 1):
        cell = ts.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = box
    for col, w in zip("ABCDEFGHIJ", [6, 15, 28, 12, 12, 70, 26, 10, 55, 14]):
        ts.column_dimensions[col].width = w
    ts.freeze_panes = "A5"
    rag_fill = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "Complete": "BFBFBF",
                "WHITE": "FFFFFF"}
    ttype = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "National rec"}

    rows = []  # (sort key, dict)
    for it in ITEMS:
        iid, rep, typ, text, status, sdate, comment, cat, why, f = it
        if f is None:
            continue
        frep = f.get("rep", rep)
        base = dict(iid=iid, rep=frep, type=f.get("ty", ttype[typ]), rag=f["rag"],
                    p=f.get("p"), sub=f.get("sub"), ref=f["ref"], cat=cat, why=why)
        if "split" in f:
            for k, s in enumerate(f["split"]):
                rows.append(((REPORTS[frep][1], iid, k), dict(base, text=s)))
            continue
        t = f["t"]
        if t == "=":
            t = text
        elif t == "strip":
            t = STEM_RE.sub("", text)
            t = t[0].upper() + t[1:]
        elif t == "abbr":
            t = abbreviate(text)
        rows.append(((REPORTS[frep][1], iid, 0), dict(base, text=t)))
    for k, (rep, ty, text, rag, ref, p, why) in enumerate(EXTRA):
        rows.append(((REPORTS[rep][1], 0, k), dict(iid=None, rep=rep, type=ty, rag=rag, p=p,
                                                    sub="2019-11-04" if rag == "GREEN" else None,
                                                    ref=ref or "blank", text=text,
                                                    cat="not_on_hmicfrs_list", why=why)))
    rows.sort(key=lambda x: x[0])

    truth = []
    r = 5
    n = 0
    for _, d in rows:
        n += 1
        ts.cell(r, 1, n)
        ref = d["ref"]
        if ref == "int":
            ts.cell(r, 2, d["iid"])
        elif ref == "disp":
            ts.cell(r, 2, f"HMICFRS-{d['iid']:05d}")
        elif ref == "blank":
            pass
        else:
            ts.cell(r, 2, ref)
        title, pub, tname = REPORTS[d["rep"]]
        ts.cell(r, 3, tname)
        if rng.random() < 0.3:
            ts.cell(r, 4, pub.strftime("%b %Y"))
        else:
            ts.cell(r, 4, pub)
            ts.cell(r, 4).number_format = "dd/mm/yyyy"
        ts.cell(r, 5, d["type"])
        ts.cell(r, 6, d["text"])
        ts.cell(r, 7, rng.choice(LEADS))
        ts.cell(r, 8, d["rag"])
        ts.cell(r, 8).fill = PatternFill("solid", fgColor=rag_fill[d["rag"]])
        p = d["p"]
        if p is None and d["rag"] == "Complete":
            p = rng.choice(["Closed by HMICFRS – confirmed by FLL.", "Closed by HMICFRS.",
                            "HMICFRS confirmed closure; no further action."])
        ts.cell(r, 9, p)
        if d["sub"]:
            ts.cell(r, 10, dt.date.fromisoformat(d["sub"]))
            ts.cell(r, 10).number_format = "dd/mm/yyyy"
        for c in range(1, 11):
            ts.cell(r, c).alignment = wrap
            ts.cell(r, c).border = box
        frow = f"HMICFRS Tracker!{r}"
        hrow = hm_row.get(d["iid"], "") if d["iid"] else ""
        truth.append((hrow, frow, d["cat"], d["why"]))
        r += 1
    # local actions section
    r += 1
    ts.cell(r, 1, "Force actions (not HMICFRS)")
    ts.cell(r, 1).font = Font(bold=True)
    r += 1
    for k, text in enumerate(LOCAL, 1):
        ts.cell(r, 1, f"FA{k}")
        ts.cell(r, 3, "Force improvement plan")
        ts.cell(r, 5, "Local")
        ts.cell(r, 6, text)
        ts.cell(r, 7, rng.choice(LEADS))
        rag = "AMBER" if k != 3 else "GREEN"
        ts.cell(r, 8, rag)
        ts.cell(r, 8).fill = PatternFill("solid", fgColor=rag_fill[rag])
        ts.cell(r, 9, "Internal action – not reported to HMICFRS.")
        for c in range(1, 11):
            ts.cell(r, c).alignment = wrap
            ts.cell(r, c).border = box
        truth.append(("", f"HMICFRS Tracker!{r}", "not_on_hmicfrs_list",
                      "force's own local action, never an HMICFRS item"))
        r += 1
    r += 1
    for line in ["RAG key:",
                 "GREEN – implemented; evidence submitted to HMICFRS for closure",
                 "AMBER – work ongoing, expected to be implemented",
                 "RED – beyond deadline or cannot be implemented (rationale required)",
                 "WHITE – not the force's responsibility to deliver / dependent on another body",
                 "Complete – closed by HMICFRS"]:
        ts.cell(r, 1, line)
        ts.cell(r, 1).font = Font(italic=True, size=9)
        r += 1
    fixed_save(tb, OUT / "tracker.xlsx")

    # missing_from_force lines
    for it in ITEMS:
        if it[9] is None:
            truth.append((hm_row[it[0]], "", it[7], it[8]))

    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = int(t[1].split("!")[1]) if t[1] else 10**6
        return (h, f)

    truth.sort(key=key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)


if __name__ == "__main__":
    build()
