"""Build the 'quarter_banner_board_schedule' evaluation case (round 57, targetlike).

Force side: Lincolnshire Police's delivery schedule of HMICFRS recommendations and AFIs,
grouped under banner rows by (revised) target quarter, with the Organisational Learning &
Assurance Board (OLAB) decision beside the lead's status.
HMICFRS side: a monitoring-portal style export of the definitive list.

Run: /work/main/.venv/bin/python build_quarter_banner_board_schedule.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 5726
random.seed(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "quarter_banner_board_schedule")
FORCE = "Lincolnshire Police"

# ---------------------------------------------------------------- real texts (OGL)
BWV_A = ("ensure that officers record on body-worn video (when this is available) the entirety "
         "of all stop and search encounters, including traffic stops and use of force incidents.")
BWV_B = ("have a structured process for regularly reviewing and monitoring internally a "
         "sufficient sample of body-worn video footage to identify and disseminate learning and "
         "hold officers to account when behaviour falls below acceptable standards.")
BWV_C = ("provide external scrutiny panel members with access to samples of body-worn video "
         "footage showing stop and search encounters and use of force incidents, taking account "
         "of the safeguards in the College of Policing’s Authorised Professional Practice.")
BWV_2021 = "By September 2021, forces should: " + BWV_A + "\n" + BWV_B + "\n" + BWV_C
SF_BUL = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = ("Within twelve months, forces should review their leadership and governance "
                 "arrangements for modern slavery and human trafficking, to ensure that:\n"
                 + "\n".join("• " + b for b in SF_BUL))
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
    "scrutiny panels and MARAC self-assessments."
)
EVERYONE_RUN_ON = EVERYONE_PLAN.replace(" and 20\n", " and\n") + (
    " The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.")
SAS_MON = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
CDI_BUL = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed",
]
CDI_H = ("Within six months the force should put in place arrangements to ensure that:\n"
         + "\n".join("• " + b for b in CDI_BUL))
# the force's copy lost the last bullet (and tidied the 'and')
CDI_F = ("Within six months the force should put in place arrangements to ensure that:\n"
         + "\n".join("• " + b for b in CDI_BUL[:3]) + "\n• " + CDI_BUL[3].replace("; and", "."))
CHILD_DET = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested")
MISSING_KIDS = (
    "Immediately, the force should review its approach to reports of missing children and take "
    "steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")

# ---------------------------------------------------------------- reports
# key -> (HMICFRS title, publication date, force's own report name)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse - Everyone's business"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core business"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016"),
    "cdi17": ("Crime data integrity inspection 2017 – Lincolnshire Police", dt.date(2017, 9, 14),
              "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "efy17": ("PEEL: Police efficiency 2017 – Lincolnshire Police", dt.date(2017, 11, 9),
              "PEEL Efficiency 17"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018 – Lincolnshire Police",
               dt.date(2018, 6, 21), "NCPI 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire "
               "Police", dt.date(2019, 5, 2), "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire "
               "Police", dt.date(2022, 5, 20), "PEEL 21-22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Lincolnshire "
               "Police", dt.date(2024, 3, 8), "PEEL Assessment 2023/24"),
}

NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")
FTYPE = {NAT: "National rec", REC: "Rec", AFI: "AFI", COC: "CoC"}

# ---------------------------------------------------------------- force status vocab
BOARD = {  # OLAB meetings
    "mar": "13/03/25", "jun": "12/06/25", "sep": "18/09/25",
}
# force-side status forms: name -> (lead status, OLAB decision, force done?)
FORMS = {
    "agreed": (None, "Closure agreed {d}", True),         # lead status 'Complete' variants
    "stale": ("On track", "Closure agreed {d}", True),     # lead never updated after board
    "pending": (None, "", True),                           # lead complete, not yet to board
    "deferred": (None, "Deferred to Dec OLAB", True),      # no decision yet: lead governs
    "nff": ("Not applicable", "Closed – not for force to deliver (national bodies) {d}", True),
    "open": ("On track", "", False),
    "risk": ("At risk", "", False),
    "off": ("Off track", "", False),
    "ns": ("Not started", "", False),
    "bau": ("Ongoing (BAU)", "Noted {d}", False),
    "notagreed": (None, "NOT AGREED {d} – further evidence required", False),
    "returned": (None, "Returned to lead {d} – evidence incomplete", False),
    "reopened": (None, "Closure agreed 13/03/25; REOPENED 18/09/25 after internal audit "
                       "found gaps", False),
}
COMPLETE_WORDS = ["Complete", "Complete", "COMPLETE", "Completed", "Complete ",
                  "Complete – for board"]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing"]

UPD_DONE = [
    "Completed. Evidence pack on SharePoint (OL folder).",
    "Policy signed off and published; compliance dip-sample shows 94%.",
    "Ready to move to GREEN status.",
    "Training delivered to all response and neighbourhood officers; NCALT completion 91%.",
    "Already complete / believed to be complete within short time scale.",
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Reported to Force Executive Board; process now BAU.",
]
UPD_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; project plan drafted.",
    "Awaiting new IT functionality (Niche upgrade) – target moved.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Partnership agreement drafted, awaiting local authority sign off.",
    "Resourcing review underway; report to FEB in November.",
    "",
]

# ---------------------------------------------------------------- the items
# Each HMICFRS item: (key, ref, report, type, text, status, status date, comment, scenario)
# scenario: list of force rows (dicts) or [] when missing; 'cat' for the truth.
# Force row fields: t (text), form, q (revised quarter), oq (original quarter, if revised),
#   fref (how the force wrote the HMICFRS ref; None = blank), ftype, frep (report key or name)
H = []


def item(key, ref, rep, typ, text, status, sdate, comment, cat, rows, why):
    H.append(dict(key=key, ref=ref, rep=rep, type=typ, text=text, status=status,
                  sdate=sdate, comment=comment, cat=cat, rows=rows, why=why))


def fr(t, form, q, oq=None, fref="same", ftype=None, frep=None, d="sep", no_suffix=""):
    return dict(t=t, form=form, q=q, oq=oq, fref=fref, ftype=ftype, frep=frep, d=d,
                suffix=no_suffix)


BP, AR, CP, SU, NFA = ("Being progressed", "Awaiting review", "Complete", "Superseded",
                       "No further action required")
SUPERSEDED_NOTE = ("This area of activity has subsequently been inspected in HMICFRS's PEEL "
                   "inspections. Where a cause of concern still exists this will appear in the "
                   "register against these subsequent inspections.")
MONITORED = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")

# --- national reports
item("N1", 1204, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", CP, dt.date(2016, 5, 11),
     "This recommendation is complete", "in_sync",
     [fr("V", "agreed", "E", fref=None, d="x")], "closed on both; no HMICFRS ref in tracker")
item("N2", 1205, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", BP,
     dt.date(2019, 1, 8), MONITORED, "closeable_submit",
     [fr("V", "agreed", "Q1 25/26", "Q3 24/25", d="jun")],
     "HMICFRS open; OLAB agreed closure 12/06/25")
item("N3", 1206, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", CP,
     dt.date(2017, 2, 14), "This recommendation is complete", "closeable_local",
     [fr("V", "open", "Q3 25/26", "Q1 25/26", fref=None)],
     "HMICFRS complete; tracker open (On track); near-twin of the 2015 item, told apart by report")
item("N4", 2311, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", BP,
     dt.date(2019, 1, 8), "", "in_sync",
     [fr("V", "risk", "Q4 25/26", "Q2 25/26", fref=None)],
     "open both; near-twin of 2013 item, told apart by report name")
item("N5", 2321, "everyone", NAT, EVERYONE_PLAN, CP, dt.date(2017, 6, 30), SUPERSEDED_NOTE,
     "closeable_local", [fr(EVERYONE_RUN_ON, "bau", "T", d="jun")],
     "HMICFRS closed (complete, comment says superseded by PEEL); tracker 'Ongoing (BAU)'/'Noted' "
     "= open; force text has the next paragraph run on")
item("N6", 2410, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", CP,
     dt.date(2015, 3, 3), "", "in_sync", [fr("V", "agreed", "E", d="x")], "closed both")
item("N7", 2411, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", NFA, dt.date(2015, 3, 3), "",
     "missing_from_force", [], "not in tracker (closed by HMICFRS)")
item("N8", 2413, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through joint "
     "working with other forces, the public and/or the private sector.", BP,
     dt.date(2018, 4, 3), "", "in_sync",
     [fr("Review collaboration plans ahead of next spending round – scope for better VfM "
         "through joint working with other forces, public/private sector.", "open", "Q4 25/26")],
     "open both; own summary, ref given")
item("N9", 4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", AR, dt.date(2018, 7, 2),
     "The status of this recommendation is currently being reviewed by HMIC and will be updated "
     "when this review is complete.", "closeable_submit",
     [fr("V", "pending", "Q2 25/26", "Q4 24/25")],
     "HMICFRS awaiting review; lead 'Complete', not yet to OLAB (no decision) = done")
item("N10", 4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", BP, dt.date(2018, 7, 2), "", "in_sync",
     [fr("V", "off", "Q2 25/26", "Q4 24/25")], "open both; overdue under a past quarter banner")
item("N11", 902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.", CP,
     dt.date(2025, 7, 21), "Authorised for closure on the basis of evidence provided by the force.",
     "in_sync", [fr("V", "stale", "Q1 25/26", "Q3 24/25", d="mar")],
     "closed both; lead status stale 'On track' but OLAB agreed closure 13/03/25")
item("N12", 3120, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force information "
     "management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", BP, dt.date(2019, 1, 8), "",
     "missing_from_force", [], "not in tracker")
item("N13", 3305, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", CP, dt.date(2016, 9, 1), "",
     "in_sync", [fr("V", "agreed", "E", d="x")], "closed both")
item("N14", 3306, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", BP, dt.date(2019, 1, 8), "",
     "closeable_submit", [fr("V", "deferred", "Q3 25/26", "Q1 25/26")],
     "HMICFRS open; lead Complete, OLAB deferred (no decision) = done")
item("N15", 3307, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.", BP,
     dt.date(2019, 1, 8), "", "in_sync", [fr("V", "notagreed", "Q3 25/26", "Q2 25/26")],
     "open both; lead says Complete but OLAB NOT AGREED = open")
item("N16", 3308, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.", CP,
     dt.date(2024, 11, 19), "", "closeable_local", [fr("V", "open", "Q4 25/26")],
     "HMICFRS complete; tracker On track, no OLAB decision")
item("N17", 3309, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", BP, dt.date(2019, 1, 8), "", "in_sync",
     [fr("Within 3 months – systems to identify, before attendance, whether an incident involves "
         "/ is at the address of a firearm certificate holder; officers understand risk "
         "assessment & powers to seize firearms and certificates.", "risk", "Q1 26/27",
         "Q3 25/26")], "open both; abridged text")
# split MSHT leadership: mixed statuses, item open on force side -> in_sync on every row
item("N18", 7710, "stolen", NAT, SF_LEADERSHIP, BP, dt.date(2019, 1, 8), "", "in_sync",
     [fr("MSHT leadership & governance review (a): senior leaders prioritise the response to "
         "MSHT", "agreed", "Q1 25/26", d="jun", no_suffix="a"),
      fr("(b) every MSHT incident identified to police allocated appropriate resources with the "
         "skills, experience & capacity to investigate it effectively", "agreed", "Q2 25/26",
         "Q1 25/26", d="sep", no_suffix="b"),
      fr("(c) effective partnership arrangements to co-ordinate activity, share information and "
         "safeguard victims", "risk", "Q4 25/26", "Q2 25/26", no_suffix="c"),
      fr("(d) performance and QA measures in place so senior leaders can assess the service "
         "provided to victims", "pending", "Q3 25/26", no_suffix="d")],
     "split into 4 bullet rows; (c) still open so the item is open on the force side; HMICFRS "
     "open -> in_sync for every row")
item("N19", 7711, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", BP, dt.date(2019, 1, 8), "",
     "conflict",
     [fr("Within twelve months, forces should have in place active information-sharing "
         "agreements with other agencies to facilitate speedy exchange of intelligence and in "
         "order to safeguard victims better and to identify suspects as early as possible.",
         "open", "Q4 25/26", "Q2 25/26")],
     "timescale differs: HMICFRS 'Within six months' vs tracker 'Within twelve months'")
item("N20", 7712, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", CP,
     dt.date(2021, 10, 5), "", "in_sync", [fr("V", "agreed", "E", d="x")], "closed both")
item("N21", 7713, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", BP, dt.date(2019, 1, 8), "",
     "closeable_submit", [fr("V", "agreed", "Q1 25/26", d="jun", fref="Ref 7713")],
     "HMICFRS open; OLAB closure agreed 12/06/25")
item("N22", 7714, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar "
     "to provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.", BP, dt.date(2019, 1, 8), "",
     "in_sync", [fr("Immediately, forces should take steps to ensure they fully comply with "
                    "NCRS requirements for offences identified as MSHT & that sufficient audit "
                    "capacity is available to the FCR to provide reassurance that each force is "
                    "identifying & managing any gaps in its crime-recording accuracy for these "
                    "types of offences.", "open", "Q3 25/26")], "open both; abbreviated")
item("N23", 7715, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", SU, dt.date(2022, 6, 14), SUPERSEDED_NOTE,
     "closeable_local", [fr("V", "risk", "Q3 25/26", "Q1 25/26")],
     "HMICFRS superseded (closed); tracker At risk")
item("N24", 7716, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", BP, dt.date(2019, 1, 8), "", "in_sync",
     [fr("V", "open", "Q1 26/27")], "open both")
item("N25", 8210, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", BP, dt.date(2019, 1, 8), "",
     "closeable_submit",
     [fr("By September 2018, chief constables should produce an ambitious plan to improve "
         "digitally-enabled services within their force.", "agreed", "Q2 25/26", d="sep")],
     "HMICFRS open; OLAB agreed; force copied only the sentence addressed to chief constables "
     "(the dropped sentence is for national bodies) - not a conflict")
item("N26", 8540, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", BP, dt.date(2019, 1, 8), "", "in_sync",
     [fr("V", "open", "Q4 25/26", "Q2 25/26")], "open both (cause of concern)")
item("N27", 8541, "leg17", NAT, SAS_MON, BP, dt.date(2019, 1, 8), "", "closeable_submit",
     [fr(SAS_MON.replace("•", "\n• ").replace(";  ", ";"), "pending", "Q3 25/26")],
     "HMICFRS open; lead 'Complete – for board', no OLAB decision yet = done")
item("N28", 8542, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", CP, dt.date(2023, 2, 7), "", "in_sync",
     [fr("V", "agreed", "E", d="x")], "closed both")
item("N29", 8543, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", BP, dt.date(2019, 1, 8), "", "in_sync",
     [fr("V", "returned", "Q3 25/26", d="sep")],
     "open both; lead Complete but OLAB returned it to lead = open")
item("N30", 8544, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", CP,
     dt.date(2025, 2, 4), "This recommendation is complete", "closeable_local",
     [fr("V", "reopened", "Q4 25/26", "Q4 24/25")],
     "HMICFRS complete; OLAB agreed closure in March then REOPENED in September = open")
item("N31", 9901, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", BP,
     dt.date(2023, 2, 7), "", "in_sync", [fr("V", "open", "Q3 25/26")], "open both")
item("N32", 9902, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", BP, dt.date(2023, 2, 7), "", "missing_from_force", [],
     "not in tracker")
item("N33", 9903, "powers", NAT, BWV_2021, BP, dt.date(2023, 2, 7), "", "closeable_submit",
     [fr("BWV (1 of 3): " + BWV_A, "agreed", "E", d="x", no_suffix="a"),
      fr("BWV (2 of 3): " + BWV_B, "agreed", "Q1 25/26", "Q4 24/25", d="jun", no_suffix="b"),
      fr("BWV (3 of 3): " + BWV_C, "deferred", "Q3 25/26", "Q2 25/26", no_suffix="c")],
     "split into 3 rows, all done (two agreed, one lead Complete + deferred); HMICFRS open")
item("N34", 9904, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and search "
     "is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", NFA, dt.date(2021, 6, 1), "", "in_sync",
     [fr("V", "nff", "E", d="x")],
     "closed both: HMICFRS NFA; OLAB closed as not for force to deliver")
item("N35", 9905, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", BP, dt.date(2023, 2, 7), "",
     "conflict", [fr("V", "open", "Q4 25/26", "Q2 25/26", fref=9950)],
     "reference differs: tracker says 9950 (no such item), HMICFRS 9905; text and report identical")

# --- force-level reports
item("F1", 6120, "eff16", COC,
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. In cases "
     "where a DASH risk assessment is not completed the officer should record an assessment on "
     "the crime management system. HMIC found that officers are not consistently completing a "
     "DASH in circumstances where force policy requires that they should do so. This means that "
     "some victims of domestic abuse who may be at risk of harm are not being appropriately "
     "risk-assessed.", CP, dt.date(2019, 5, 2), "", "in_sync",
     [fr("Cause of concern – DA: officer discretion on DASH risk assessments; DASH not "
         "consistently completed where policy requires, so some DA victims not appropriately "
         "risk-assessed.", "agreed", "E", d="x")], "closed both; own summary, ref given")
item("F2", 6121, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     CP, dt.date(2019, 5, 2), "", "closeable_local",
     [fr("V", "off", "Q2 25/26", "Q4 24/25")], "HMICFRS complete; tracker Off track")
item("F3", 6125, "eff16", AFI,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", SU, dt.date(2019, 5, 2), SUPERSEDED_NOTE, "closeable_local",
     [fr("V", "ns", "T", fref=None)],
     "HMICFRS superseded; tracker Not started; no ref, one of several 'nature and scale' AFIs "
     "told apart by topic and report")
item("F4", 7025, "cdi17", REC, CDI_H, BP, dt.date(2019, 1, 8), "", "conflict",
     [fr(CDI_F, "open", "Q4 25/26", "Q2 25/26")],
     "missing bullet: tracker lacks the 5th bullet (online reports triaged at the point of "
     "receipt)")
item("F5", 7031, "cdi17", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", CP, dt.date(2020, 3, 10), "", "in_sync",
     [fr("V", "agreed", "E", d="x")], "closed both")
item("F6", 7026, "cdi17", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", BP,
     dt.date(2019, 1, 8), "", "closeable_submit",
     [fr("V", "agreed", "Q2 25/26", "Q1 25/26", d="sep")],
     "HMICFRS open; OLAB agreed; similar to Core Business item 4822, told apart by report/ref")
item("F7", 8301, "efy17", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.", CP,
     dt.date(2019, 5, 2), "", "in_sync", [fr("V", "agreed", "E", d="x")], "closed both")
item("F8", 8302, "efy17", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", BP, dt.date(2019, 5, 2), "", "in_sync",
     [fr("V", "open", "Q1 26/27", "Q3 25/26")], "open both")
item("F9", 8303, "efy17", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", BP, dt.date(2019, 5, 2), "",
     "missing_from_force", [], "not in tracker")
item("F10", 9120, "peel18", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.", BP, dt.date(2019, 5, 2), "", "in_sync",
     [fr("V", "risk", "Q4 25/26", "Q4 24/25")], "open both (cause of concern)")
item("F11", 9121, "peel18", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly enough "
     "to ensure investigations are not delayed;", BP, dt.date(2019, 5, 2), "", "closeable_submit",
     [fr("Within 6 months: improve ability to retrieve digital evidence from mobile phones, "
         "computers & other devices quickly enough so investigations are not delayed.",
         "stale", "Q1 25/26", d="jun")],
     "HMICFRS open; lead still 'On track' but OLAB closure agreed 12/06/25 = done")
item("F12", 9122, "peel18", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;", BP,
     dt.date(2019, 5, 2), "", "in_sync",
     [fr("HMIC recommends that within 6 months the force should: improve its understanding of "
         "suspects RUI and the management of those released on bail", "open", "Q3 25/26")],
     "open both; abbreviated")
item("F13", 9123, "peel18", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", CP, dt.date(2024, 11, 19), "", "in_sync",
     [fr("V", "agreed", "Q4 24/25", d="mar")], "closed both")
item("F14", 9130, "peel18", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", BP, dt.date(2019, 5, 2), "",
     "in_sync", [fr("V", "ns", "T")], "open both")
item("F15", 9131, "peel18", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from county lines drug dealing.", CP, dt.date(2025, 7, 21), "", "closeable_local",
     [fr("V", "open", "Q3 25/26", "Q1 25/26")], "HMICFRS complete; tracker On track")
item("F16", 8890, "ncpi18", REC, CHILD_DET, BP, dt.date(2019, 1, 8), "", "in_sync",
     [fr("V", "risk", "Q4 25/26")], "open both")
item("F17", 8891, "ncpi18", REC, MISSING_KIDS, BP, dt.date(2019, 1, 8), "", "closeable_submit",
     [fr("V", "agreed", "Q4 24/25", d="mar")], "HMICFRS open; OLAB agreed 13/03/25")
item("F18", 10411, "peel21", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.", BP,
     dt.date(2022, 5, 20), "", "in_sync", [fr("V", "open", "Q3 25/26")], "open both")
item("F19", 10412, "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", CP, dt.date(2024, 3, 8), "", "in_sync",
     [fr("V", "agreed", "E", d="x")], "closed both")
item("F20", 10413, "peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", BP, dt.date(2022, 5, 20), "", "closeable_submit",
     [fr("V", "agreed", "Q2 25/26", d="sep")], "HMICFRS open; OLAB agreed 18/09/25")
item("F21", 10414, "peel21", AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.", BP, dt.date(2022, 5, 20), "", "conflict",
     [fr("V", "open", "Q4 25/26", ftype="Rec")],
     "type differs: HMICFRS area for improvement, tracker 'Rec'")
item("F22", 10415, "peel21", AFI,
     "The force should improve its understanding of the nature and scale of fraud in its area.",
     BP, dt.date(2022, 5, 20), "", "in_sync", [fr("V", "open", "Q1 26/27", fref=None)],
     "open both; no ref; topic decides")
item("F23", 10416, "peel21", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", AR, dt.date(2022, 5, 20), "", "in_sync",
     [fr("V", "open", "Q3 25/26", "Q1 25/26")], "open both")
item("F24", 10417, "peel21", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of violence against women and girls.", BP, dt.date(2022, 5, 20), "",
     "missing_from_force", [], "not in tracker")
item("F25", 11805, "peel23", AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", AR, dt.date(2024, 3, 8), "", "in_sync",
     [fr("V", "ns", "T", fref=None)],
     "open both; no ref; 'nature and scale' template, county lines topic, 2023/24 report")
item("F26", 11806, "peel23", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.", BP,
     dt.date(2024, 3, 8), "", "in_sync", [fr("V", "open", "Q4 25/26")], "open both")
item("F27", 11807, "peel23", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.", BP, dt.date(2024, 3, 8), "", "closeable_submit",
     [fr("V", "pending", "Q1 26/27")],
     "HMICFRS open; lead Complete (delivered early, still under a future quarter banner), no "
     "OLAB decision yet = done")
item("F28", 11808, "peel23", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", AR, dt.date(2024, 3, 8), "", "in_sync",
     [fr("V", "open", "Q3 25/26")], "open both")
item("F29", 11809, "peel23", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", BP, dt.date(2024, 3, 8), "", "conflict",
     [fr("V", "open", "Q4 25/26", fref=None, frep="peel21")],
     "report differs: tracker files it under PEEL 21-22, HMICFRS under PEEL 2023/24")
item("F30", 11810, "peel23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", BP, dt.date(2024, 3, 8), "", "in_sync",
     [fr("V", "risk", "Q1 26/27", "Q3 25/26")], "open both")
item("F31", 11811, "peel23", AFI,
     "The force should evaluate its work to prevent knife crime and share what works across the "
     "force.", BP, dt.date(2024, 3, 8), "", "missing_from_force", [], "not in tracker")
item("F32", 11812, "peel23", AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to violence against women and girls.", BP, dt.date(2024, 3, 8), "",
     "closeable_submit", [fr("V", "agreed", "Q2 25/26", d="sep")],
     "HMICFRS open; OLAB agreed 18/09/25")
item("F33", 11813, "peel23", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", BP, dt.date(2024, 3, 8), "", "in_sync",
     [fr("V", "returned", "Q3 25/26", d="sep")],
     "open both; lead Complete but returned to lead by OLAB")

# force-only rows: (text, fref, ftype, report, form, q, oq, why)
LOCAL = [
    ("Task & Finish group to review the stalking and harassment policy and report to the Force "
     "Executive Team", "n/a", "Local action", "PEEL 21-22", "open", "Q3 25/26", None,
     "force's own action, not an HMICFRS item"),
    ("Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime "
     "Standards Board", "Force", "Local action", "CDI 2017", "agreed", "Q1 25/26", None,
     "force's own action (done)"),
    ("Internal audit action: internal audit of the firearms licensing governance arrangements "
     "(audit plan 2023/24)", "IA 23/24-07", "Internal audit", "Firearms licensing 2015", "risk",
     "Q4 25/26", "Q2 25/26", "internal audit action; IA reference is not an HMICFRS ref"),
    ("Add county lines drug dealing measures to the monthly Force Performance pack", "n/a",
     "Local action", "PEEL Assessment 2023/24", "ns", "T", None,
     "force's own action sitting beside the county lines AFI"),
    ("The force should improve its arrangements both to consult with the public about business "
     "planning and to feed back on changes made to service delivery as a result of such "
     "consultation.", 5530, "AFI", "PEEL Efficiency 2016", "open", "Q4 25/26", "Q2 25/26",
     "real AFI with an HMICFRS ref that is not on the definitive list"),
    ("HMIC recommends that the force should immediately: expand the skills project work to "
     "include an assessment of all skills, not only operational, including potential future "
     "skills requirements. This assessment should inform workforce plans;", 9124, "Rec",
     "PEEL 2018/19", "pending", "Q2 25/26", None,
     "real recommendation, ref 9124 not on the definitive list (HMICFRS no longer holds it)"),
]

# ---------------------------------------------------------------- quarters / banners
QUARTERS = [
    ("E", "EARLIER TARGETS – 2024/25 Q3 AND BEFORE (retained until HMICFRS confirms closure)"),
    ("Q4 24/25", "Q4 2024/25  (January – March 2025)"),
    ("Q1 25/26", "Q1 2025/26  (April – June 2025)"),
    ("Q2 25/26", "Q2 2025/26  (July – September 2025)"),
    ("Q3 25/26", "Q3 2025/26  (October – December 2025)  ◄ CURRENT QUARTER"),
    ("Q4 25/26", "Q4 2025/26  (January – March 2026)"),
    ("Q1 26/27", "Q1 2026/27  (April – June 2026)"),
    ("T", "TARGET QUARTER TO BE CONFIRMED"),
]
# (original target, OLAB meeting that agreed closure) for items in the 'earlier' group
EARLY = [("Mar-19", "10/11/22"), ("Q4 20/21", "10/11/22"), ("Q2 22/23", "10/11/22"),
         ("Q4 22/23", "09/03/23"), ("Q3 23/24", "14/12/23"), ("Q1 24/25", "13/06/24"),
         ("Q2 24/25", "12/12/24"), ("Q3 24/25", "12/12/24")]

# ---------------------------------------------------------------- build force rows
force_rows = []  # dicts with display fields and truth info
n = 0
for h in H:
    if not h["rows"]:
        continue
    n += 1
    lead = random.choice(LEADS)
    for r in h["rows"]:
        rep = r["frep"] or h["rep"]
        lead_st, board, done = FORMS[r["form"]]
        if lead_st is None:
            lead_st = random.choice(COMPLETE_WORDS)
            if r["form"] == "pending":
                lead_st = random.choice(["Complete – for board", "Complete", "Completed"])
        early = random.choice(EARLY)
        if r["d"] == "x":
            bdate = early[1]
        else:
            bdate = BOARD.get(r["d"], BOARD["sep"])
        board = board.format(d=bdate)
        q = r["q"]
        if q == "E":
            rev = ""
            orig = early[0]
        else:
            rev = q if r["oq"] else ""
            orig = r["oq"] or (q if q != "T" else "")
            if q == "T":
                rev = "TBC"
        fref = h["ref"] if r["fref"] == "same" else r["fref"]
        if fref == h["ref"] and random.random() < 0.2:
            fref = str(h["ref"])  # typed as text
        text = h["text"] if r["t"] == "V" else r["t"]
        upd = random.choice(UPD_DONE if done else UPD_OPEN)
        if r["form"] == "notagreed":
            upd = "Audit of expired records completed Aug 25; submitted as complete."
        if r["form"] == "reopened":
            upd = "Internal audit (Aug 25) found untrained officers on two LPAs; refresher course rebooked."
        force_rows.append(dict(
            no=f"DS-{n:03d}{r['suffix']}", fref=fref, rep=REPORTS[rep][2] if rep in REPORTS else rep,
            type=r["ftype"] or FTYPE[h["type"]], text=text, lead=lead, orig=orig, rev=rev,
            lead_st=lead_st, board=board, upd=upd, q=q, h=h, done=done))
for (text, fref, ftype, rep, form, q, oq, why) in LOCAL:
    n += 1
    lead_st, board, done = FORMS[form]
    if lead_st is None:
        lead_st = "Complete"
    board = board.format(d=BOARD["jun"])
    force_rows.append(dict(
        no=f"DS-{n:03d}", fref=fref, rep=rep, type=ftype, text=text,
        lead=random.choice(LEADS), orig=oq or (q if q != "T" else ""),
        rev=(q if oq else ("TBC" if q == "T" else "")), lead_st=lead_st, board=board,
        upd=random.choice(UPD_DONE if done else UPD_OPEN), q=q, h=None, done=done, why=why))

# within each quarter rows follow item no.; local actions were numbered last (DS-063 on)

# ---------------------------------------------------------------- write HMICFRS workbook
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fixed_props(wb):
    wb.properties.creator = "Corporate Development"
    wb.properties.created = dt.datetime(2025, 10, 24, 9, 0, 0)
    wb.properties.modified = dt.datetime(2025, 10, 24, 9, 0, 0)
    wb.properties.lastModifiedBy = "Corporate Development"


def save_fixed(wb, path):
    """Save with fixed zip timestamps so the build is byte-for-byte repeatable."""
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>2025-10-24T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


os.makedirs(CASE, exist_ok=True)
truth = []

wb = Workbook()
fixed_props(wb)
ws = wb.active
ws.title = "Definitive list"
ws["A1"] = "HMICFRS Monitoring Portal – Recommendations and areas for improvement: " + FORCE
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Exported 20/10/2025 09:14 by force liaison lead. Filter: Force = Lincolnshire Police; all statuses."
ws["A2"].font = Font(italic=True, color="595959")
hdr = ["Reference", "Report title", "Publication date", "Type", "Recommendation / AFI text",
       "Status", "Status date", "HMICFRS comment"]
HR = 4
for c, v in enumerate(hdr, 1):
    cell = ws.cell(HR, c, v)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.alignment = Alignment(wrap_text=True, vertical="top")
hsorted = sorted(H, key=lambda h: (REPORTS[h["rep"]][1], h["rep"], h["ref"]))
row = HR + 1
for h in hsorted:
    title, pub, _ = REPORTS[h["rep"]]
    vals = [h["ref"], title, pub, h["type"], h["text"], h["status"], h["sdate"], h["comment"]]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row, c, v)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = BORDER
        if c in (3, 7):
            cell.number_format = "dd/mm/yyyy"
    h["hrow"] = f"Definitive list!{row}"
    row += 1
ws.auto_filter.ref = f"A{HR}:H{row - 1}"
ws.freeze_panes = f"A{HR + 1}"
for col, w in zip("ABCDEFGH", [11, 42, 13, 22, 80, 18, 12, 45]):
    ws.column_dimensions[col].width = w
save_fixed(wb, os.path.join(CASE, "hmicfrs.xlsx"))

# ---------------------------------------------------------------- write force workbook
wb = Workbook()
fixed_props(wb)
ws = wb.active
ws.title = "Delivery schedule"
ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations & Areas for Improvement: Delivery Schedule"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Items grouped by REVISED target quarter (financial year). OLAB = Organisational "
            "Learning & Assurance Board, last sat 18/09/25; next 11/12/25. Position as at "
            "24/10/2025.")
ws["A2"].font = Font(italic=True)
ws["A3"] = "OFFICIAL-SENSITIVE"
ws["A3"].font = Font(bold=True, color="C00000")
fhdr = ["Item no.", "HMICFRS ref", "Inspection / report", "Type",
        "Recommendation / AFI (as published or summarised)", "Lead", "Original target",
        "Revised target", "Lead status", "OLAB decision", "Lead update / evidence"]
FR = 5
for c, v in enumerate(fhdr, 1):
    cell = ws.cell(FR, c, v)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="D9D9D9")
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    cell.border = BORDER
row = FR + 1
BANNER_FILL = PatternFill("solid", fgColor="203864")
NOTE_ROWS = {
    "Q2 25/26": "Note: DS items moved out of Q2 at the September OLAB are shown in Q3 onwards "
                "with their original target in column G.",
    "T": "Note: items awaiting a lead and target – to be allocated at the December OLAB.",
}
for qkey, qlabel in QUARTERS:
    rows_q = [f for f in force_rows if f["q"] == qkey]
    if not rows_q:
        continue
    label = qlabel if qkey == "E" else "REVISED TARGET: " + qlabel
    ws.cell(row, 1, f"{label}   –   {len(rows_q)} item{'s' if len(rows_q) != 1 else ''}")
    ws.cell(row, 1).font = Font(bold=True, color="FFFFFF")
    for c in range(1, 12):
        ws.cell(row, c).fill = BANNER_FILL
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
    row += 1
    if qkey in NOTE_ROWS:
        ws.cell(row, 1, NOTE_ROWS[qkey]).font = Font(italic=True, color="595959")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
        row += 1
    for f in rows_q:
        vals = [f["no"], f["fref"], f["rep"], f["type"], f["text"], f["lead"], f["orig"],
                f["rev"], f["lead_st"], f["board"], f["upd"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BORDER
        f["frow"] = f"Delivery schedule!{row}"
        row += 1
    row += 1  # blank spacer row between quarter groups
row += 1
ws.cell(row, 1, "Totals: see 'Quarter summary'. Items closed by OLAB stay in their target "
                "quarter until HMICFRS confirms closure on the portal.").font = Font(italic=True)
row += 1
ws.cell(row, 1, "Prepared by Corporate Development – Organisational Learning. Queries to the "
                "HMICFRS force liaison lead.").font = Font(italic=True)
ws.freeze_panes = f"A{FR + 1}"
for col, w in zip("ABCDEFGHIJK", [10, 12, 26, 12, 80, 22, 12, 12, 18, 34, 45]):
    ws.column_dimensions[col].width = w

# key sheet
ks = wb.create_sheet("OLAB key")
key_rows = [
    ("OLAB decision", "Meaning"),
    ("Closure agreed dd/mm/yy", "Board satisfied the item is delivered; force liaison lead to "
                                "submit evidence to HMICFRS (or close locally if not an HMICFRS item)."),
    ("Closed – not for force to deliver", "Recommendation addressed to national bodies; closed "
                                          "by the board, no force action."),
    ("NOT AGREED dd/mm/yy", "Board not satisfied; item remains open with the lead."),
    ("Returned to lead", "Evidence incomplete; item remains open."),
    ("REOPENED", "A previous closure has been withdrawn; item open again."),
    ("Deferred to Dec OLAB", "Not considered at this board; lead's position stands."),
    ("Noted", "Update noted; no decision on closure."),
    ("(blank)", "Not yet considered by the board."),
    ("", ""),
    ("Lead status", "Complete / Complete – for board; On track; At risk; Off track; Not started; "
                    "Ongoing (BAU); Not applicable"),
]
for i, (a, b) in enumerate(key_rows, 1):
    ks.cell(i, 1, a).font = Font(bold=(i == 1 or i == 11))
    ks.cell(i, 2, b)
ks.column_dimensions["A"].width = 34
ks.column_dimensions["B"].width = 100

# quarter summary sheet (counts by banner, written as values)
ss = wb.create_sheet("Quarter summary")
ss.append(["Revised target quarter", "Items", "Closure agreed by OLAB", "Open"])
for qkey, qlabel in QUARTERS:
    rows_q = [f for f in force_rows if f["q"] == qkey]
    agreed = sum(1 for f in rows_q if f["board"].startswith(("Closure agreed", "Closed")) and
                 "REOPENED" not in f["board"])
    ss.append([qlabel.split("  ")[0] if qkey != "E" else "Earlier targets", len(rows_q), agreed,
               len(rows_q) - agreed])
ss.append(["Total", len(force_rows),
           sum(1 for f in force_rows if f["board"].startswith(("Closure agreed", "Closed")) and
               "REOPENED" not in f["board"]), None])
ss.column_dimensions["A"].width = 28
save_fixed(wb, os.path.join(CASE, "tracker.xlsx"))

# ---------------------------------------------------------------- truth
for h in hsorted:
    if not h["rows"]:
        truth.append((h["hrow"], "", h["cat"], h["why"]))
for f in force_rows:
    if f["h"] is None:
        truth.append(("", f["frow"], "not_on_hmicfrs_list", f["why"]))
    else:
        h = f["h"]
        truth.append((h["hrow"], f["frow"], h["cat"], h["why"]))


def rowkey(t):
    s = t[0] or t[1]
    return (0 if t[0] else 1, int(s.split("!")[1]), int(t[1].split("!")[1]) if t[1] else 0)


truth.sort(key=rowkey)
with open(os.path.join(CASE, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

# consistency checks of the scenario against the stated status rule
for f in force_rows:
    h = f["h"]
    if h is None:
        continue
    sibs = [g for g in force_rows if g["h"] is h]
    fdone = all(g["done"] for g in sibs)
    hclosed = h["status"] in (CP, SU, NFA)
    exp = {(False, False): "in_sync", (True, True): "in_sync", (False, True): "closeable_submit",
           (True, False): "closeable_local"}[(hclosed, fdone)]
    if h["cat"] != "conflict":
        assert exp == h["cat"], (h["key"], exp, h["cat"])
print("rows: hmicfrs", len(H), "force", len(force_rows), "truth", len(truth))
