"""Build the evaluation case `raci_responsibility_matrix` (round 65, force-side layout).

The force side is a central Continuous Improvement team's "responsibility matrix": one row per
HMICFRS item (one row per bullet where different departments own different bullets), eleven
department columns holding RACI letters (R / A / C / I, "A/R"), then a single-letter RAG column
(R / A / G / W) that shares its letters with the RACI grid, a progress update, a target date and
the date submitted to HMICFRS for closure. A two-row header (band row + column row), a title and
a note above it, RACI count rows under the data, a Key sheet with both legends and a department
code table.

The HMICFRS side is a plain register export (one header row, one row per item).

Run:  /work/main/.venv/bin/python build_raci_responsibility_matrix.py
Rebuilds the case byte for byte (fixed seed, fixed document dates, fixed zip timestamps).
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

SEED = 6522
CASE = "raci_responsibility_matrix"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Lincolnshire Police"
FIXED = dt.datetime(2024, 7, 3, 9, 15, 0)

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# Real HMICFRS texts (Open Government Licence), copied from the casegen text lists / CSV.
# --------------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

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
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments."
)
CDI_VICTIMS_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed",
]
CDI_VICTIMS = ("Within six months the force should put in place arrangements to ensure that:\n"
               + "\n".join("• " + b for b in CDI_VICTIMS_BULLETS) + ".")
DETENTION_BULLETS = [
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;",
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;",
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and",
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested.",
]
DETENTION = ("Within six months Lincolnshire Police should, in conjunction with children’s "
             "social care services, review how it manages the detention of children. As a "
             "minimum it should:" + "".join("• " + b for b in DETENTION_BULLETS))
MISSING_KIDS_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
MISSING_KIDS_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately review its "
    "approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
LEG17_COC = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.")

# HMICFRS register comments seen on the public register pages (research notes §1.2).
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, the tracker's own name for it)
# --------------------------------------------------------------------------------------------
D = dt.datetime
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "every": ("Everyone's business: Improving the police response to domestic abuse",
              D(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "aust": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
             "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", D(2014, 9, 4), "Core Business 2014"),
    "cust14": (None, None, "Custody inspection 2014"),          # not on the HMICFRS list
    "integ": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
              "provide the capability to tackle corruption in policing", D(2015, 1, 30),
              "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "Stop & search powers 2"),
    "pic": ("Building the picture: an inspection of police information management",
            D(2015, 7, 1), "Building the Picture 2015"),
    "fire": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
             "licensing in police forces in England and Wales", D(2015, 9, 15),
             "Firearms licensing 2015"),
    "eff16": ("PEEL: Police efficiency 2016", D(2016, 11, 3), "PEEL Efficiency 16"),
    "leg16": (None, None, "PEEL Legitimacy 2016"),               # not on the HMICFRS list
    "effect16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "legf17": ("PEEL: Police legitimacy 2017", D(2017, 12, 12), "PEEL Legitimacy 2017"),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 14), "NCPI 2018"),
    "cust18": ("Report on an unannounced inspection visit to police custody suites 2018",
               D(2018, 8, 16), "Custody inspection 2018"),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 9, 19), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 13),
               "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 5, 10),
               "PEEL 2023/24"),
}
ORDER = list(REPORTS)  # the tracker keeps reports in this (chronological) order

OPEN_H = {"Awaiting review", "Being progressed"}
CLOSED_H = {"Complete", "Superseded"}

# --------------------------------------------------------------------------------------------
# Items. Each: HMICFRS id, report, type, text, HMICFRS status, status date, comment, and the
# force side: None (missing), or a list of tracker rows; each tracker row a dict:
#   t = tracker text, rag = RAG cell, plus optional overrides.
# `cat` is the truth category for every line of this item; `why` explains it.
# --------------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def item(hid, rep, typ, text, hst, hdate, comment, rows, cat, why):
    ITEMS.append(dict(id=hid, rep=rep, type=typ, text=text, hst=hst, hdate=hdate,
                      comment=comment, rows=rows, cat=cat, why=why))


def r(t, rag, **kw):
    d = dict(t=t, rag=rag)
    d.update(kw)
    return d


def tf(body):
    return "The force should " + body + "."


# ---- national, 2013–2015 -------------------------------------------------------------------
item(1041, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.",
     "Complete", D(2015, 6, 30), C_DONE,
     [r("Chief Constables and the College of Policing should establish in the Stop and Search "
        "APP document a clear specification of what constitutes the effective and fair exercise "
        "of stop and search powers, and guidance in this respect. This should be compliant with "
        "the Code of Practice.", "W",
        upd="For the College of Policing to deliver (APP). Force adopted the APP on publication.")],
     "in_sync", "HMICFRS Complete; force W (not the force's to deliver) counts as done")
item(1042, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", D(2016, 2, 11), C_DONE,
     [r(None, "G")], "in_sync", "closed on both sides")
item(1043, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Superseded", D(2015, 3, 24), C_SUP,
     [r(None, "A")], "closeable_local",
     "HMICFRS Superseded; force still A (Stop and search powers 2, item 5170, asks the same)")
item(2321, "every", NAT, EVERYONE_PLAN, "Complete", D(2015, 11, 5), C_DONE,
     [r(EVERYONE_PLAN.replace(" and 20\n", " and\n"), "G")],
     "in_sync", "closed on both sides; HMICFRS text carries a stray footnote '20', force's not")
item(2644, "aust", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "Complete", D(2015, 4, 2), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")
item(2645, "aust", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "Complete", D(2015, 4, 2), C_DONE, [r(None, "Green")], "in_sync",
     "closed on both sides (force RAG written as the word 'Green')")
item(2646, "aust", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "Complete", D(2015, 4, 2), C_DONE, None, "missing_from_force",
     "no row in the matrix for this austerity recommendation")
item(2647, "aust", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "Superseded", D(2017, 11, 9), C_SUP, [r(None, "A")], "closeable_local",
     "HMICFRS Superseded; force still A")
item(4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Superseded", D(2016, 3, 3), C_SUP, [r(None, "G")], "in_sync",
     "HMICFRS Superseded (closed), force G (done). Its text is close to CDI 2019 item 9861")
item(4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "Awaiting review", D(2015, 4, 30), C_REV, [r(None, "G")], "closeable_submit",
     "HMICFRS still Awaiting review; force G")
item(902, "integ", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", D(2016, 1, 14), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")
item(5170, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "A")], "in_sync",
     "open on both sides; wording near-identical to 2013 item 1043 (report and year decide)")
item(5391, "pic", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     "Complete", D(2016, 6, 9), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")
item(5602, "fire", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Complete", D(2016, 5, 19), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")
item(5603, "fire", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Being progressed", D(2023, 10, 2), C_MON,
     [r("Within 6 months, all CCs should assess the demand placed on their firearms licensing "
        "department and ensure it has the capacity to meet this demand and provide an efficient "
        "and effective service at all times.", "A")],
     "conflict", "timescale differs: HMICFRS 'Within three months', force 'Within 6 months'")
item(5604, "fire", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", D(2016, 5, 19), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")
item(5605, "fire", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "G")], "closeable_submit",
     "HMICFRS open; force G")
item(5606, "fire", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.",
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "A")], "in_sync",
     "open on both sides")

# ---- PEEL efficiency 2016 (force) ---------------------------------------------------------
item(6020, "eff16", AFI,
     tf("undertake further work to gain a fuller understanding of current demand for its "
        "services, and likely future changes in demand. This is so it can make best use of its "
        "resources by matching them to demand to meet the needs of the public"),
     "Complete", D(2018, 1, 25), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")
item(6021, "eff16", AFI,
     tf("develop its understanding of the links between its outcomes, outputs and costs"),
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "G")], "closeable_submit",
     "HMICFRS open; force G")
item(6022, "eff16", AFI,
     tf("develop a future workforce plan that is aligned with its overall demand and budget. "
        "The plan should include future resource allocations, the mix of skills required by the "
        "workforce and behaviours expected of them"),
     "Being progressed", D(2023, 10, 2), C_MON, None, "missing_from_force",
     "no row in the matrix (the other two efficiency 2016 AFIs are there)")

# ---- PEEL effectiveness 2016 (force) -------------------------------------------------------
item(6110, "effect16", COC, MISSING_KIDS_COC, "Complete", D(2019, 2, 7), C_AUTH,
     [r(None, "G", upd="Cause of concern closed with recommendation 6111 (HMICFRS revisit Jan "
        "2019).")], "in_sync", "cause of concern closed on both sides")
item(6111, "effect16", REC, MISSING_KIDS_REC, "Complete", D(2019, 2, 7), C_AUTH,
     [r(None, "G")], "in_sync", "closed on both sides")
item(6112, "effect16", AFI,
     tf("improve its understanding of the nature and scale of child sexual exploitation in its "
        "area"), "Complete", D(2019, 2, 7), C_DONE, [r(None, "A")], "closeable_local",
     "HMICFRS Complete; force still A")
item(6113, "effect16", AFI,
     tf("make sure investigations of domestic abuse are allocated to officers with the right "
        "skills and are effectively supervised"),
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "A")], "in_sync", "open on both sides")
item(6114, "effect16", AFI,
     tf("improve how it works with partner organisations to safeguard people at risk from "
        "county lines drug dealing"),
     "Superseded", D(2022, 5, 13), C_SUP, [r(None, "g")], "in_sync",
     "HMICFRS Superseded (closed); force 'g' (lower-case G, done)")

# ---- Stolen freedom 2017 (national) ------------------------------------------------------
SF_B = [
    "Within 12 months, review leadership & governance arrangements for MSHT to ensure that: "
    "senior leaders prioritise the response to MSHT",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively",
    "forces develop effective partnership arrangments to co-ordinate activity in order to share "
    "information and safeguard victims",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims",
]
item(7305, "stolen", NAT, SF_LEADERSHIP, "Being progressed", D(2023, 10, 2), C_MON,
     [r(SF_B[0], "G", ref="7305 (a)"), r(SF_B[1], "G", ref="7305 (b)"),
      r(SF_B[2], "A", ref="7305 (c)"), r(SF_B[3], "G", ref="7305 (d)")],
     "in_sync", "split into 4 bullet rows (one per owning department); bullet (c) is A, so the "
     "item is open on the force side as on HMICFRS")
item(7306, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Complete", D(2019, 3, 14), C_DONE,
     [r("Within 6 months, forces should have in place active ISAs with other agencies to "
        "facilitate speedy exchange of intelligence and in order to safeguard victims better "
        "and to identify suspects as early as possible", "G")],
     "in_sync", "closed on both sides; HMICFRS text has a stray footnote '86'")
item(7307, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "G")], "closeable_submit",
     "HMICFRS open; force G")
item(7308, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Complete", D(2019, 3, 14), C_DONE, [r(None, "A")], "closeable_local",
     "HMICFRS Complete; force still A")
item(7309, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "A")], "in_sync", "open on both sides")
item(7310, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "Complete", D(2019, 3, 14), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")
item(7311, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "G ")], "closeable_submit",
     "HMICFRS open; force 'G ' (trailing space)")
item(8312, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Superseded", D(2022, 5, 13), C_SUP, [r(None, "A")], "closeable_local",
     "HMICFRS Superseded; force still A")

# ---- PEEL legitimacy 2017 national (stop and search) ---------------------------------------
item(8540, "leg17", COC, LEG17_COC, "Complete", D(2020, 1, 16), C_DONE,
     [r(None, "G", upd="Closes with the four recommendations below (8541-8544).")],
     "in_sync", "cause of concern closed on both sides")
item(8541, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", D(2023, 10, 2), C_MON,
     [r("By July 2018, all forces should be regularly and frequently monitoring a comprehensive "
        "set of data and information on use of S&S powers to understand:\n"
        "• the reasons for any disproportionate representation of different ethnic groups in "
        "the use of S&S;\n"
        "• the extent to which find rates differ between people from different ethnicities, and "
        "across different types of searches (including seperate identification of find rates "
        "for drug possession and supply-type offences).", "A")],
     "conflict", "a bullet is missing on the force side: the third bullet (prevalence of "
     "possession-only drug searches) is not in the tracker text")
item(8542, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;",
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "G")], "closeable_submit",
     "HMICFRS open; force G")
item(8543, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Complete", D(2020, 1, 16), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")
item(8544, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", D(2020, 1, 16), C_DONE, [r(None, "A")], "closeable_local",
     "HMICFRS Complete; force still A. Not to be confused with the PEEL Legitimacy 2016 row "
     "(not on the list) that asks much the same")

# ---- PEEL legitimacy 2017 (force) -----------------------------------------------------------
item(8610, "legf17", AFI,
     tf("satisfy itself that it has processes in place to ensure that investigations into "
        "misconduct by officers and staff resulting in “no further action” are fair and free of "
        "any form of discrimination"),
     "Complete", D(2019, 6, 20), C_DONE, [r(None, "A")], "closeable_local",
     "HMICFRS Complete; force still A")
item(8611, "legf17", AFI,
     tf("make sure it provides a confidential way for staff to raise concerns and that staff "
        "are aware of whistleblowing processes"),
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "A")], "in_sync", "open on both sides")
item(8612, "legf17", AFI,
     tf("review how it gathers and uses equality and diversity data to improve its "
        "understanding of its workforce demographics"),
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "G")], "closeable_submit",
     "HMICFRS open; force G")

# ---- NCPI 2018 ------------------------------------------------------------------------------
item(9300, "ncpi18", REC, DETENTION, "Complete", D(2020, 2, 27), C_AUTH,
     [r("Within 6 months, in conjunction with children’s social care services, review how the "
        "force manages the detention of children. As a minimum it should: "
        + DETENTION_BULLETS[0] + " " + DETENTION_BULLETS[1], "G", ref="9300 (1)"),
      r(DETENTION_BULLETS[2] + " " + DETENTION_BULLETS[3], "G", ref="9300 (2)")],
     "in_sync", "split into 2 rows (custody bullets / records and appropriate adults); both G, "
     "HMICFRS Complete")
item(9301, "ncpi18", REC,
     "Within three months, the force should take steps to ensure that there is effective "
     "supervision of the initial risk assessment process, specifically in relation to the "
     "completion of DASH risk assessment in appropriate cases.",
     "Complete", D(2020, 2, 27), C_DONE, [r(None, "A")], "closeable_local",
     "HMICFRS Complete; force still A")
item(9302, "ncpi18", REC,
     "Within six months the force should make sure victims of child sexual exploitation are "
     "kept informed about the progress of their case, in line with the Code of Practice for "
     "Victims of Crime.",
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "A")], "in_sync", "open on both sides")

# ---- Custody 2018 ---------------------------------------------------------------------------
item(9410, "cust18", AFI,
     tf("make sure officers and staff have the training they need to identify and respond to "
        "people with mental ill health"),
     "Complete", D(2021, 3, 4), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")
item(9411, "cust18", REC,
     "Within twelve months, the force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to vulnerable adults.",
     "Awaiting review", D(2019, 9, 12), C_REV, [r(None, "G")], "closeable_submit",
     "HMICFRS Awaiting review; force G")

# ---- CDI 2019 -------------------------------------------------------------------------------
CDI_ROWS = [
    "Within 6 months put in place arrangements to ensure that: at the point of report, victims "
    "are believed",
    CDI_VICTIMS_BULLETS[1].rstrip(";"),
    CDI_VICTIMS_BULLETS[2].rstrip(";"),
    CDI_VICTIMS_BULLETS[3].replace("; and", ""),
    CDI_VICTIMS_BULLETS[4],
]
item(9860, "cdi19", REC, CDI_VICTIMS, "Complete", D(2021, 9, 30), C_AUTH,
     [r(CDI_ROWS[0], "G", ref="9860.1"), r(CDI_ROWS[1], "G", ref="9860.2"),
      r(CDI_ROWS[2], "A", ref="9860.3"), r(CDI_ROWS[3], "G", ref="9860.4"),
      r(CDI_ROWS[4], "G", ref="9860.5")],
     "closeable_local", "split into 5 bullet rows; HMICFRS closed the whole recommendation, "
     "bullet 3 is still A on the force side, so the force entry is still open")
item(9861, "cdi19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Being progressed", D(2023, 10, 2), C_MON,
     [r("Within three months, the force should provide call-handlers with specific, sound and "
        "comprehensible criteria against which they can assess threat, harm and risk.", "A",
        rep_override="CDI 2017")],
     "conflict", "report differs: tracker files it under 'CDI 2017', HMICFRS under Crime data "
     "integrity inspection 2019 (ref 9861 agrees; text is close to Core Business 4822)")
item(9862, "cdi19", AFI,
     tf("improve its use of its crime-recording and management system to better manage its "
        "case files and investigative processes"),
     "Complete", D(2021, 9, 30), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")

# ---- Police powers spotlight 2021 -----------------------------------------------------------
item(10201, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "A")], "in_sync", "open on both sides")
item(10202, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "G")], "closeable_submit",
     "HMICFRS open; force G")
BWV_P = BWV_2021.split("\n")
item(10203, "powers", NAT, BWV_2021, "Being progressed", D(2023, 10, 2), C_MON,
     [r(BWV_P[0].replace("body-worn video", "BWV"), "G", ref="10203a"),
      r(BWV_P[1], "G", ref="10203b"), r(BWV_P[2], "G", ref="10203c")],
     "closeable_submit", "split into its 3 parts; all three G, HMICFRS still open")
item(10204, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.",
     "Being progressed", D(2023, 10, 2), C_MON,
     [r(None, "W", upd="Not the force's responsibility to deliver; Home Office / NPCC action. "
        "Force submits its use of force data to the Home Office annual data requirement.")],
     "closeable_submit", "HMICFRS open; force W = not the force's to deliver, counted done "
     "(query / submit for closure)")
item(10205, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Complete", D(2022, 8, 18), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")

# ---- PEEL 2021/22 ---------------------------------------------------------------------------
item(11800, "peel21", COC,
     "The size of the vetting backlog within Lincolnshire Police is a cause of concern.",
     "Being progressed", D(2023, 10, 2), C_MON, None, "missing_from_force",
     "the cause of concern has no row; only its recommendation 11801 is tracked")
item(11801, "peel21", REC,
     "Within six months the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.",
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "A")], "in_sync", "open on both sides")
item(11802, "peel21", AFI,
     tf("improve the timeliness of its response to calls for service involving domestic abuse"),
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "G")], "closeable_submit",
     "HMICFRS open; force G")
item(11803, "peel21", AFI,
     tf("make sure it records reports of stalking and harassment accurately and without delay"),
     "Complete", D(2024, 2, 8), C_DONE, [r(None, "A")], "closeable_local",
     "HMICFRS Complete; force still A")
item(11804, "peel21", AFI,
     tf("make sure victims of rape and serious sexual offences are kept informed about the "
        "progress of their case, in line with the Code of Practice for Victims of Crime"),
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "A")], "in_sync", "open on both sides")
item(11805, "peel21", AFI,
     tf("improve how it gathers, assesses and acts on intelligence about serious and organised "
        "crime"),
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "A", typ="Rec")], "conflict",
     "type differs: HMICFRS Area for improvement, tracker 'Rec' (the rest of the report's AFIs "
     "say AFI)")
item(11806, "peel21", AFI,
     tf("develop a problem-solving approach to anti-social behaviour, working with local "
        "communities and partners"),
     "Complete", D(2024, 2, 8), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")
item(11807, "peel21", AFI,
     tf("make sure it has enough specialist capacity and capability to investigate online "
        "child sexual abuse"),
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "R")], "in_sync",
     "open on both sides (force R)")
item(11808, "peel21", AFI,
     tf("put plans in place to monitor, including through the gathering and analysis of staff "
        "feedback, team cultures and provide prompt remedial action for any issues it "
        "identifies"),
     "Being progressed", D(2023, 10, 2), C_MON,
     [r(None, "", upd="Completed. Evidence submitted to HMICFRS for closure 02/05/2024 (culture "
        "dashboard, pulse survey results, COG minutes).", sub=D(2024, 5, 2), tgt=D(2024, 3, 31))],
     "closeable_submit", "RAG cell left blank, but the update says completed and the closure "
     "submission date is filled: force done, HMICFRS still open")
item(11809, "peel21", AFI,
     tf("improve the way it manages the risk posed by offenders involved in county lines drug "
        "dealing"),
     "Complete", D(2024, 2, 8), C_DONE, [r(None, "G")], "in_sync", "closed on both sides")
item(11810, "peel21", AFI,
     tf("make sure its analysis of fraud informs its strategic assessment and control strategy"),
     "Being progressed", D(2024, 4, 22), C_MON,
     [r(None, "A", upd="Submitted for closure 14/03/2024 - returned by HMICFRS (FLL) 22/04/2024: "
        "further evidence needed on the refreshed control strategy. Re-submission planned for "
        "September.", sub=D(2024, 3, 14), tgt="Sep-24")],
     "in_sync", "closure was submitted (date filled) but HMICFRS returned it and the force "
     "re-graded it A: open on both sides")
item(11811, "peel21", AFI,
     tf("make sure it consistently uses ancillary orders and other powers to protect victims of "
        "domestic abuse"),
     "Being progressed", D(2023, 10, 2), C_MON, [r(None, "A", ref=11181)], "conflict",
     "reference differs: tracker ref 11181 (digits transposed; no such item on the list), "
     "HMICFRS 11811; text and report agree")

# ---- PEEL 2023/24 ---------------------------------------------------------------------------
item(13201, "peel23", AFI,
     tf("review its approach to violence against women and girls to make sure victims receive a "
        "consistently good service"),
     "Awaiting review", D(2024, 5, 10), C_NEW, [r(None, "A")], "in_sync", "open on both sides")
item(13202, "peel23", AFI,
     tf("improve its understanding of the nature and scale of hate crime in its area"),
     "Awaiting review", D(2024, 5, 10), C_NEW, [r(None, "A")], "in_sync", "open on both sides")
item(13203, "peel23", AFI,
     tf("make sure officers and staff have the training they need to identify and respond to "
        "honour-based abuse"),
     "Awaiting review", D(2024, 5, 10), C_NEW, [r(None, "R")], "in_sync",
     "open on both sides (force R)")
item(13204, "peel23", AFI,
     tf("evaluate its work to prevent neighbourhood crime and share what works across the "
        "force"),
     "Awaiting review", D(2024, 5, 10), C_NEW,
     [r(None, "", upd="Awaiting allocation - to COG 10/07/2024.", raci="blank", tgt="TBC")],
     "in_sync", "RAG blank and no RACI letters: 'Awaiting allocation', so open; HMICFRS open")
item(13205, "peel23", AFI,
     tf("ensure that it has sufficient resources available in the control room to fulfil its "
        "resourcing model, and so to meet its demand, while also taking into account the "
        "wellbeing of its workforce"),
     "Awaiting review", D(2024, 5, 10), C_NEW, [r(None, "A")], "in_sync", "open on both sides")
item(13206, "peel23", AFI,
     tf("make sure it provides accessible information for all staff and members of the public "
        "on how they can raise concerns and access confidential support (including through "
        "external agencies)"),
     "Awaiting review", D(2024, 5, 10), C_NEW,
     [r(None, "G", upd="Already complete / believed to be complete within short time scale "
        "(and within deadline). Speak Up pages and Crimestoppers integrity line live since "
        "2023.")],
     "closeable_submit", "HMICFRS Awaiting review; force G")
item(13207, "peel23", AFI,
     tf("make sure its performance framework gives senior leaders a clear picture of its "
        "response to road harm"),
     "Awaiting review", D(2024, 5, 10), C_NEW, None, "missing_from_force",
     "new PEEL 2023/24 AFI not yet added to the matrix")
item(13208, "peel23", AFI,
     tf("improve its ability to retrieve digital evidence from mobile phones, computers and "
        "other electronic devices quickly enough to ensure investigations are not delayed"),
     "Awaiting review", D(2024, 5, 10), C_NEW, None, "missing_from_force",
     "new PEEL 2023/24 AFI not yet added to the matrix")

# ---- Force rows with no HMICFRS item ------------------------------------------------------
# (report key, text, type, RAG, update, why) — placed at the end of their report's rows.
EXTRA = [
    ("cust14", "Immediately, the force should make sure officers and staff have the training "
     "they need to identify and respond to vulnerable adults.", "Rec", "G",
     "Complete. Signed off at Custody Board 2015; HMICFRS revisit confirmed.",
     "old 2014 custody item; the report is not on the HMICFRS list at all"),
    ("leg16", "The force should ensure that all officers who use stop and search powers have "
     "been provided with, and understand, training on unconscious bias and College of Policing "
     "APP on stop and search.", "AFI", "A",
     "Unconscious bias module now part of the S&S refresher; completion 71%.",
     "PEEL Legitimacy 2016 AFI that HMICFRS no longer holds; near-identical wording to 8544 "
     "(PEEL Legitimacy 2017 national)"),
    ("stolen", "Force action - Appoint a single point of contact for modern slavery and human "
     "trafficking in each local policing area", "Local", "G",
     "SPOCs appointed in all three LPAs; list on the MSHT intranet page.",
     "the force's own action under Stolen Freedom; no HMICFRS ref"),
    ("leg17", "Local action: Add stop and search measures to the monthly Force Performance "
     "pack", "Local", "G", "In the pack from April 2019.",
     "the force's own action; no HMICFRS ref"),
    ("cdi19", "Internal audit action: Dip-sample 50 domestic abuse crime reports each quarter "
     "and report findings to the Crime Standards Board", "Local", "A",
     "Q4 23/24 dip sample reported; compliance 91%.",
     "internal audit action filed under CDI 2019; not an HMICFRS item"),
    ("peel21", "JAC action: Internal audit of the counter-corruption governance arrangements "
     "(audit plan 2023/24)", "Local", "A",
     "Fieldwork complete; draft report due to JAC September 2024.",
     "Joint Audit Committee action; not an HMICFRS item"),
    ("peel23", "Force improvement plan: Refresh the violence against women and girls problem "
     "profile and add it to the control strategy", "Local", "R",
     "Analyst capacity not yet identified.",
     "force improvement plan action; not an HMICFRS item"),
]

# --------------------------------------------------------------------------------------------
# Tracker furniture
# --------------------------------------------------------------------------------------------
DEPTS = [
    ("Crime", "Crime & Intelligence", "Det Ch Supt Force CID"),
    ("C&J", "Criminal Justice, Custody & Firearms Licensing", "Head of Criminal Justice"),
    ("LP", "Local Policing", "Ch Supt Local Policing"),
    ("PPU", "Public Protection", "Ch Supt Public Protection"),
    ("FCR", "Force Control Room", "Supt Contact Centre"),
    ("PSD", "Professional Standards", "Head of Professional Standards"),
    ("P&OD", "People & Organisational Development", "Director of People"),
    ("SD", "Strategic Development (incl. Force Crime Registrar)",
     "Head of Corporate Development"),
    ("ICT", "Digital & ICT", "Head of Information Management"),
    ("Fin", "Finance", "Director of Finance"),
    ("OPCC", "Office of the PCC", "Chief Executive, OPCC"),
]
CODES = [d[0] for d in DEPTS]
KEYWORDS = [
    (("control room", "call-handler", "call handlers", "calls for service"), "FCR"),
    (("vetting", "misconduct", "whistleblowing", "raise concerns", "corruption"), "PSD"),
    (("firearm", "custody", "detention", "detained", "mental ill health", "vulnerable adults"),
     "C&J"),
    (("stop and search", "S&S", "body-worn", "BWV", "use of force", "communication skills",
      "anti-social", "neighbourhood"), "LP"),
    (("domestic abuse", "missing", "child", "sexual", "honour", "women and girls", "stalking",
      "DASH"), "PPU"),
    (("modern slavery", "MSHT", "NRM", "section 45", "organised crime", "county lines", "fraud",
      "intelligence", "investigat"), "Crime"),
    (("crime-recording", "NCRS", "recorded", "information management"), "SD"),
    (("workforce", "diversity", "equality", "team cultures", "training"), "P&OD"),
    (("digital", "mobile phones"), "ICT"),
    (("savings", "costs", "value for money", "budget", "spending"), "Fin"),
]

UPD_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy signed off and published; dip sample shows compliance. Closure pack with SD.",
    "Implemented - new process live. Evidence held on the CI SharePoint site.",
    "Complete. Signed off by the chief officer lead at COG.",
    "The policy is now signed off and in place.",
]
UPD_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Training package drafted with L&D; roll-out planned for the autumn.",
    "Addressed holistically as part of the force change programme.",
    "Awaiting go-live of the new system; interim manual process in place.",
    "Ready to move to GREEN status once the audit has been reported to COG.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
]
UPD_RED = [
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Beyond target date - dependent on recruitment to the uplift posts (rationale to COG).",
]
UPD_WHITE = ["Not the force's responsibility to deliver; dependent upon another organisation."]

ABBREV = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"police and crime commissioners", "PCCs"),
    (r"chief constables", "CCs"), (r"Authorised Professional Practice", "APP"),
    (r"child sexual exploitation", "CSE"), (r"body-worn video", "BWV"),
    (r"officers and staff", "officers & staff"), (r"within six months", "within 6 months"),
]
MISSPELL = {"separate": "seperate", "governance": "goverance", "supervision": "supervison",
            "arrangements": "arrangments", "appropriate": "appropiate",
            "necessary": "neccessary"}
TYPE_SHORT = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "Nat Rec"}


def force_text(h):
    """The force's copy of an HMICFRS text: stem dropped sometimes, abbreviations, typos."""
    t = h["text"]
    t = t.replace(" 86 ", " ").replace(" and 20\n", " and\n")
    if t.startswith("HMIC recommends that ") and rng.random() < 0.7:
        t = t[len("HMIC recommends that "):]
    if rng.random() < 0.35:
        for pat, rep in ABBREV:
            if rng.random() < 0.8:
                t = re.sub(pat, rep, t, flags=re.I)
    if rng.random() < 0.15:
        for right, wrong in MISSPELL.items():
            if right in t:
                t = t.replace(right, wrong, 1)
                break
    return t


def raci_for(text, blank=False):
    """RACI letters by department code for one row."""
    cells = {c: None for c in CODES}
    if blank:
        return cells
    low = text.lower()
    acc = None
    for keys, dept in KEYWORDS:
        if any(k.lower() in low for k in keys):
            acc = dept
            break
    acc = acc or "SD"
    others = [c for c in CODES if c not in (acc, "OPCC")]
    if rng.random() < 0.55:
        cells[acc] = rng.choice(["A/R", "A/R", "R/A", "AR"])
    else:
        cells[acc] = "A"
        cells[rng.choice(others)] = "R"
    free = [c for c in others if cells[c] is None]
    for c in rng.sample(free, rng.choice([0, 1, 1, 2])):
        cells[c] = "C"
    free = [c for c in CODES if cells[c] is None]
    for c in rng.sample(free, rng.choice([0, 1, 2])):
        cells[c] = "I"
    if cells["SD"] is None and rng.random() < 0.5:
        cells["SD"] = "I"
    if rng.random() < 0.06:            # a second R typed in lower case
        free = [c for c in CODES if cells[c] is None]
        cells[rng.choice(free)] = "r"
    return cells


def is_done(rag, upd):
    v = (rag or "").strip().lower()
    if v in ("g", "green", "w", "white"):
        return True
    if v in ("a", "amber", "r", "red"):
        return False
    return bool(upd) and upd.lower().startswith("completed")


def target_for(done, white, pub):
    """Target date as the CI team writes it: a date, a month, a quarter or a phrase."""
    if white:
        return "N/A"
    if done:
        d = pub + dt.timedelta(days=rng.randint(120, 900))
        d = min(d, dt.datetime(2024, 5, 31))
        return dt.datetime(d.year, d.month, 28)
    c = rng.random()
    if c < 0.2:
        return "Ongoing"
    if c < 0.3:
        return "No deadline set by HMICFRS"
    lo = max(pub + dt.timedelta(days=120), dt.datetime(2023, 9, 1))
    d = lo + dt.timedelta(days=rng.randint(0, 540))
    if c < 0.45:
        q = (d.month - 4) % 12 // 3 + 1
        fy = d.year if d.month >= 4 else d.year - 1
        return rng.choice([d.strftime("%b-%y"), d.strftime("%b %Y"),
                           f"Q{q} {fy % 100}/{(fy + 1) % 100}"])
    return dt.datetime(d.year, d.month, rng.choice([15, 30]) if d.month != 2 else 28)


# --------------------------------------------------------------------------------------------
# Build the force rows, in tracker order.
# --------------------------------------------------------------------------------------------
def build_force_rows():
    by_rep = {k: [] for k in ORDER}
    for h in ITEMS:
        by_rep[h["rep"]].append(h)
    extra_by = {}
    for e in EXTRA:
        extra_by.setdefault(e[0], []).append(e)
    rows = []   # dicts with the cells and truth info
    for rep in ORDER:
        title, pub, short = REPORTS[rep]
        items = by_rep[rep]
        # the CI team keeps the report's items roughly in report order; a couple swapped
        items = sorted(items, key=lambda h: h["id"])
        if len(items) > 3 and rng.random() < 0.5:
            i = rng.randrange(len(items) - 1)
            items[i], items[i + 1] = items[i + 1], items[i]
        for h in items:
            if h["rows"] is None:
                continue
            for fr in h["rows"]:
                text = fr["t"] if fr["t"] is not None else force_text(h)
                rag = fr["rag"]
                white = (rag or "").strip().upper() == "W"
                upd = fr.get("upd")
                if upd is None:
                    pool = (UPD_WHITE if white else
                            UPD_DONE if (rag or "").strip().lower() in ("g", "green") else
                            UPD_RED if rag == "R" else UPD_OPEN)
                    upd = rng.choice(pool)
                done = is_done(rag, upd)
                ref = fr.get("ref", h["id"])
                if ref == h["id"] and rng.random() < 0.3:
                    ref = str(h["id"])          # some refs typed as text
                tgt = fr.get("tgt", target_for(done, white, pub))
                sub = fr.get("sub")
                if sub is None and done and not white and rng.random() < 0.7:
                    base = tgt if isinstance(tgt, dt.datetime) else pub
                    sub = base + dt.timedelta(days=rng.randint(5, 60))
                    if sub > dt.datetime(2024, 6, 28):
                        sub = dt.datetime(2024, 6, rng.randint(3, 26))
                rows.append(dict(
                    ref=ref, report=fr.get("rep_override", short),
                    type=fr.get("typ", TYPE_SHORT[h["type"]]), text=text,
                    raci=raci_for(text, blank=fr.get("raci") == "blank"),
                    rag=rag, upd=upd, tgt=tgt, sub=sub,
                    hid=h["id"], cat=h["cat"], why=h["why"], done=done))
        for e in extra_by.get(rep, []):
            _, text, typ, rag, upd, why = e
            done = is_done(rag, upd)
            rows.append(dict(
                ref=None, report=short, type=typ, text=text, raci=raci_for(text), rag=rag,
                upd=upd, tgt=target_for(done, False, pub or dt.datetime(2015, 1, 1)),
                sub=None, hid=None, cat="not_on_hmicfrs_list", why=why, done=done))
    return rows


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
RAG_FILL = {"G": "92D050", "A": "FFC000", "R": "FF0000", "W": "FFFFFF"}


def normalise_zip(path: Path):
    """Fixed document dates and zip timestamps so the build is byte-for-byte repeatable."""
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-07-03T09:15:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 7, 3, 9, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def new_wb():
    wb = Workbook()
    wb.properties.creator = "Continuous Improvement Team"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def write_hmicfrs(path: Path):
    wb = new_wb()
    ws = wb.active
    ws.title = "Definitive list"
    head = ["Force", "ID", "Report", "Publication date", "Type", "Recommendation", "Status",
            "Status date", "Comment"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    rowid = {}
    for h in sorted(ITEMS, key=lambda h: h["id"]):
        title, pub, _ = REPORTS[h["rep"]]
        ws.append([FORCE, h["id"], title, pub, h["type"], h["text"], h["hst"], h["hdate"],
                   h["comment"]])
        n = ws.max_row
        rowid[h["id"]] = f"Definitive list!{n}"
        for col in (4, 8):
            ws.cell(n, col).number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHI", (20, 8, 50, 14, 24, 90, 17, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    wb.save(path)
    normalise_zip(path)
    return rowid


def write_tracker(path: Path, rows):
    wb = new_wb()
    ws = wb.active
    ws.title = "RACI matrix"
    ncol = 5 + len(CODES) + 4                       # A..E, 11 depts, RAG, update, target, sub
    last = get_column_letter(ncol)
    ws["A1"] = ("Lincolnshire Police – HMICFRS Recommendations, AFIs & Causes of Concern: "
                "Responsibility Matrix (RACI) and Progress")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("Owned by Strategic Development – Continuous Improvement Team. v7.3 updated "
                "28/06/2024. R/A/C/I in the department columns; RAG in the Progress column "
                "(see Key tab). Do not change the matrix without COG agreement.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(f"A2:{last}2")
    # band row 4
    f_dep, l_dep = 6, 5 + len(CODES)
    bands = [(1, 5, "HMICFRS item"),
             (f_dep, l_dep, "Responsibility  (R = Responsible, A = Accountable, C = Consulted, "
                            "I = Informed)"),
             (l_dep + 1, ncol, "Progress")]
    band_fill = PatternFill("solid", fgColor="1F3864")
    for a, b, label in bands:
        ws.cell(4, a, label)
        ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
        for c in range(a, b + 1):
            ws.cell(4, c).fill = band_fill
            ws.cell(4, c).font = Font(bold=True, color="FFFFFF")
            ws.cell(4, c).alignment = Alignment(horizontal="center")
    head = (["No.", "HMICFRS ref", "Inspection / report", "Type",
             "Recommendation / AFI (HMICFRS wording)"] + CODES +
            ["RAG", "Latest update (owner)", "Target date", "Submitted to HMICFRS for closure"])
    hfill = PatternFill("solid", fgColor="D9E1F2")
    for i, v in enumerate(head, 1):
        c = ws.cell(5, i, v)
        c.font = Font(bold=True)
        c.fill = hfill
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="top",
                                horizontal="center" if f_dep <= i <= l_dep + 1 else "left")
    truth_rows = []
    n = 5
    for k, fr in enumerate(rows, 1):
        n += 1
        vals = ([k, fr["ref"], fr["report"], fr["type"], fr["text"]]
                + [fr["raci"][c] for c in CODES] + [fr["rag"] or None, fr["upd"], fr["tgt"],
                                                    fr["sub"]])
        for i, v in enumerate(vals, 1):
            c = ws.cell(n, i, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if f_dep <= i <= l_dep + 1 else None)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        key = (fr["rag"] or "").strip().upper()[:1]
        if key in RAG_FILL and fr["rag"]:
            ws.cell(n, l_dep + 1).fill = PatternFill("solid", fgColor=RAG_FILL[key])
        fr["row"] = f"RACI matrix!{n}"
        truth_rows.append(fr)
    # RACI count rows under the matrix (values, as pasted from the COUNTIF version)
    n += 2
    ws.cell(n, 5, "Number of items where department is Responsible (R or A/R)").font = \
        Font(italic=True)
    for j, code in enumerate(CODES):
        cnt = sum(1 for fr in rows if (fr["raci"][code] or "").upper() in ("R", "A/R", "R/A",
                                                                             "AR"))
        ws.cell(n, f_dep + j, cnt)
    n += 1
    ws.cell(n, 5, "Number of items where department is Accountable (A or A/R)").font = \
        Font(italic=True)
    for j, code in enumerate(CODES):
        cnt = sum(1 for fr in rows if "A" in (fr["raci"][code] or "").upper())
        ws.cell(n, f_dep + j, cnt)
    n += 2
    ws.cell(n, 1, "Matrix reviewed at Chief Officer Group 26/06/2024. Next review: September "
                  "2024 (before JAC).").font = Font(italic=True)
    widths = [5, 11, 22, 8, 70] + [6] * len(CODES) + [6, 45, 13, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "F6"
    # Key sheet
    ks = wb.create_sheet("Key")
    key_rows = [
        ["Key to the responsibility matrix"], [],
        ["Responsibility (department columns)"],
        ["R", "Responsible – does the work and writes the update"],
        ["A", "Accountable – head of department who signs the item off (one per item)"],
        ["A/R", "Accountable and responsible"],
        ["C", "Consulted"], ["I", "Informed"], [],
        ["Progress – RAG column"],
        ["R", "RED – beyond designated deadline or cannot / will not be implemented (rationale "
              "required)"],
        ["A", "AMBER – subject to ongoing work and monitoring but is anticipated will be "
              "implemented"],
        ["G", "GREEN – the recommendation is implemented"],
        ["W", "WHITE – not Lincolnshire Police's responsibility to deliver or is dependent upon "
              "another organisation"], [],
        ["Department codes"],
        ["Code", "Department", "Head of department"],
    ] + [list(d) for d in DEPTS]
    for row in key_rows:
        ks.append(row)
    ks["A1"].font = Font(bold=True, size=13)
    for rr in (3, 10, 16, 17):
        ks.cell(rr, 1).font = Font(bold=True)
    ks.column_dimensions["A"].width = 8
    ks.column_dimensions["B"].width = 80
    ks.column_dimensions["C"].width = 36
    wb.save(path)
    normalise_zip(path)
    return truth_rows


README = """# Case `raci_responsibility_matrix` (round 65, force-side layout)

Built by `../build_raci_responsibility_matrix.py` (seed {seed}; fixed document dates and zip
timestamps, so a rebuild is byte for byte identical). Force: Lincolnshire Police (fictional
position; texts are real HMICFRS wording, Open Government Licence).

## Layout

**hmicfrs.xlsx**: a plain register export, sheet `Definitive list`, header in row 1, one row per
item (75 items, rows 2-76), sorted by the register's plain integer `ID`. Columns: Force, ID,
Report, Publication date, Type (Recommendation / Area for improvement / Cause of concern /
National recommendation), Recommendation, Status (Awaiting review, Being progressed = open;
Complete, Superseded = closed), Status date, Comment (the register comments quoted in the
research notes).

**tracker.xlsx**: the central Continuous Improvement team's *responsibility matrix*, the way a
force PMO keeps a RACI chart for its inspection recommendations.
- Sheet `RACI matrix`: row 1 title (merged A1:T1), row 2 ownership / version note (merged),
  row 3 blank, row 4 band header (merged: `HMICFRS item` A:E, `Responsibility (R = Responsible,
  A = Accountable, C = Consulted, I = Informed)` F:P, `Progress` Q:T), row 5 column headers,
  items in rows 6-92, blank row 93, two RACI count rows (94-95, numbers under the department
  columns), blank, a review note in row 97.
- Columns: A `No.` (the tracker's running number, not an HMICFRS reference), B `HMICFRS ref`,
  C `Inspection / report` (the force's short names), D `Type` (Rec / AFI / CoC / Nat Rec /
  Local), E `Recommendation / AFI (HMICFRS wording)`, F-P eleven department columns headed by
  codes (Crime, C&J, LP, PPU, FCR, PSD, P&OD, SD, ICT, Fin, OPCC) holding RACI letters,
  Q `RAG`, R `Latest update (owner)`, S `Target date`, T `Submitted to HMICFRS for closure`.
- Sheet `Key`: both legends (RACI letters and RAG letters) and a department-code table with a
  `Head of department` column. Nothing on it is an item.
- There is no owner column: who owns an item is only visible as the department column holding
  `A` (or `A/R`).
- Grounding: the RAG words are City of London Police's four colours (GREEN / AMBER / RED /
  WHITE) and the single-letter grading is BTP's 'Grading R/A/G'; the RACI grid itself is not
  in the research notes (INFERRED: a common programme-office device for allocating owners).

## Traps the layout brings, and how the truth decides them

1. **RACI letters beside RAG letters.** Eleven one- or two-letter columns (`R`, `A`, `C`, `I`,
   `A/R`, `R/A`, `AR`, a stray lower-case `r`) sit immediately left of the `RAG` column, which
   uses `R` / `A` / `G` / `W`. Only column Q (`RAG`) is status. An `A` in a department column
   means Accountable, never Amber; an `R` means Responsible, never Red.
2. **Two-row header with merged bands**: the band text in row 4 contains "R = Responsible,
   A = Accountable"; the real headers are in row 5. Rows 1-4 are not items.
3. **RAG vocabulary** (City of London's four colours, as single letters, explained on `Key`):
   G = implemented, W = not the force's responsibility to deliver (both *done*); A, R = open.
   Variants: `Green` (2645), `g` (6114), `G ` with a trailing space (7311). W rows: 1041 (HMICFRS
   Complete, so in_sync) and 10204 (HMICFRS Being progressed, so closeable_submit).
4. **Blank RAG decided by the rest of the row.** 11808 (row 81): RAG empty, update "Completed.
   Evidence submitted to HMICFRS for closure 02/05/2024", closure date filled: force done, HMICFRS
   open, so closeable_submit. 13204 (row 89): RAG empty, no RACI letters, update "Awaiting
   allocation", target "TBC": open, HMICFRS open, so in_sync.
5. **Closure submitted but returned.** 11810 (row 83): closure date filled, but RAG `A` and the
   update says HMICFRS returned it: open, so in_sync (the date alone does not mean done).
6. **Rows split where departments share an item** (each split row has its own truth line with
   the same hmicfrs_row; the category is decided for the item as a whole, all rows of the item
   done = done):
   7305 Stolen freedom leadership, 4 bullet rows `7305 (a)`-`(d)` (rows 33-36): (c) is A, so
   open; HMICFRS open, so in_sync x4. 9300 detention of children, 2 rows `9300 (1)`/`(2)` (53-54):
   both G, HMICFRS Complete, so in_sync x2. 9860 CDI victims, 5 rows `9860.1`-`9860.5` (59-63):
   9860.3 is A, HMICFRS Complete, so closeable_local x5. 10203 body-worn video, 3 rows
   `10203a`-`c` (68-70): all G, HMICFRS open, so closeable_submit x3.
7. **Refs typed as numbers and as text** (`1041` and `'2321'`), suffixes `(a)`, `(1)`, `.1`, `a`.
8. **Local actions and old items, no HMICFRS item: not_on_hmicfrs_list** (7 rows): custody 2014
   (row 15), PEEL Legitimacy 2016 AFI (row 26; near-identical wording to 8544, which has its own
   row 48), and five force actions with prefixes "Force action - ", "Local action: ",
   "Internal audit action: ", "JAC action: ", "Force improvement plan: " (rows 42, 49, 66, 85, 92).
9. **Near-duplicate texts on the HMICFRS side**: 1043 (2013) and 5170 (2015) ask the same; 4822
   (Core Business 2014) and 9861 (CDI 2019) share the call-handler THR wording. Report and ref
   decide each pair.
10. **HMICFRS-side text noise**: stray footnote digits "86" (7306) and "20" (2321), which the
    force's copies do not have. Not a conflict. Force copies also abbreviate (S&S, CCs, MSHT,
    ISAs, BWV, CSE, APP) and misspell (goverance, arrangments, seperate); not conflicts.
11. **RACI count rows and notes** (rows 94, 95, 97): numbers under the department columns, not
    items. The `Key` sheet's legend and code table: not items.

## Conflicts (5)
- 5603 firearms demand: HMICFRS "Within three months", tracker "Within 6 months" (timescale).
- 8541 stop and search monitoring: the tracker text lacks the third bullet (possession-only
  drug searches).
- 9861: the tracker files it under report `CDI 2017`; HMICFRS says Crime data integrity
  inspection 2019 (ref agrees).
- 11805: HMICFRS Area for improvement, tracker type `Rec`.
- 11811: tracker ref `11181` (digits transposed; no such item on the list); text and report
  agree.

## Missing from force (5)
2646 (austerity), 6022 (efficiency 2016 workforce plan), 11800 (PEEL 2021/22 vetting cause of
concern: only its recommendation 11801 is tracked), 13207 and 13208 (newest PEEL 2023/24 AFIs
not yet added).

## Counts
truth.csv lines: {counts}; {nlines} lines in all.
HMICFRS items: 75 (41 in_sync, 14 closeable_submit, 10 closeable_local, 5 conflict,
5 missing_from_force); closed on one side only: 24 of 75. Force item rows: 87 (80 tied to 70
HMICFRS items, 7 with none).

Row ids are `Definitive list!N` and `RACI matrix!N`, N the row number Excel shows.
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hrow = write_hmicfrs(OUT / "hmicfrs.xlsx")
    frows = build_force_rows()
    trows = write_tracker(OUT / "tracker.xlsx", frows)
    lines = []
    matched = set()
    for fr in trows:
        if fr["hid"] is None:
            lines.append(("", fr["row"], fr["cat"], fr["why"]))
        else:
            matched.add(fr["hid"])
            lines.append((hrow[fr["hid"]], fr["row"], fr["cat"], fr["why"]))
    for h in ITEMS:
        if h["id"] not in matched:
            assert h["cat"] == "missing_from_force", h["id"]
            lines.append((hrow[h["id"]], "", h["cat"], h["why"]))
    # consistency of the declared categories with the statuses
    for h in ITEMS:
        fr = [x for x in trows if x["hid"] == h["id"]]
        if not fr or h["cat"] == "conflict":
            continue
        fdone = all(x["done"] for x in fr)
        hclosed = h["hst"] in CLOSED_H
        want = ("in_sync" if fdone == hclosed else
                "closeable_submit" if fdone else "closeable_local")
        assert want == h["cat"], (h["id"], want, h["cat"])

    def key(line):
        h, f, _, _ = line
        sh = int(h.split("!")[1]) if h else 10 ** 6
        sf = int(f.split("!")[1]) if f else 10 ** 6
        return (sh, sf)

    lines.sort(key=key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list"]
    ctext = ", ".join(f"{k} {counts.get(k, 0)}" for k in order)
    (OUT / "README.md").write_text(README.format(seed=SEED, counts=ctext, nlines=len(lines)),
                                   encoding="utf-8")
    print(counts, "lines", len(lines), "hmicfrs", len(ITEMS), "force rows", len(trows))


if __name__ == "__main__":
    main()
