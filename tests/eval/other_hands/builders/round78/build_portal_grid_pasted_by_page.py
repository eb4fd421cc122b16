"""Build the evaluation case `portal_grid_pasted_by_page`.

The HMICFRS side is the analyst's copy of the HMICFRS monitoring portal's recommendations grid,
copied from the browser one page (25 rows) at a time and pasted into one Excel sheet.  Pages 1-2
were pasted keeping the source formatting (hyperlinks, zebra fills, status badge fills), pages
3-4 with "Match Destination Formatting" (plain).  Each paste carries the grid's furniture
("Show 10 25 50 100 entries", "Search:", header, "Showing 1 to 25 of 84 entries",
"Previous1234Next").  The grid was sorted by "Last updated" (newest first) and one item was
updated on the portal between the copy of page 2 and the copy of page 3: it jumped to the top of
page 1 (already copied), so it is missing from the copy, and the last row of page 2 slid onto
page 3 and was pasted twice.  The grid shows long texts cut at about 200 characters with
"… Read more"; three rows the analyst had expanded end with "Show less".  HTML collapses line
breaks, so bullets run inline.

The force side is an ordinary tracker workbook.

Run with /work/main/.venv/bin/python; rebuilds byte for byte.
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

CASE = "portal_grid_pasted_by_page"
OUT = Path("/tmp/indep78") / CASE
SEED = 78_2026_1014
FIXED_ZIP_TIME = (2026, 10, 14, 9, 30, 0)
FIXED_STAMP = dt.datetime(2026, 10, 14, 9, 30, 0)

FORCE = "Lincolnshire Police"
COPY_DATE = dt.date(2026, 10, 14)
HM_SHEET = "Portal copy 14-10-26"
TR_SHEET = "Tracker"
PORTAL = "https://portal.hmicfrs.example/recommendations/"  # invented address

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker name, tracker "Published" text)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search 2013", "Jul 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014", "Mar 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014", "Jul 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014", "Sep 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015", "Jan 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & Search 2 (2015)", "Mar 2015"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015", "Jul 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Targeting the Risk (FAL) 2015", "Sep 2015"),
    "eff15": ("PEEL: Police efficiency 2015", dt.date(2015, 10, 15), "PEEL Efficiency 2015",
              "Oct 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016",
              "Mar 2017"),
    "ncpi17": ("National child protection inspection 2017", dt.date(2017, 6, 20), "NCPI 2017",
               "Jun 2017"),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 14), "CDI 2017",
              "Sep 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "Oct 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017 - national", "Nov 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017 - national (S&S)", "Dec 2017"),
    "legf17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017",
               "Dec 2017"),
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "PEEL Effectiveness 2017",
              "Mar 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), "PEEL 2018/19", "May 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)",
               "Feb 2021"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 5, 12), "PEEL 2021/22", "May 2022"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 dt.date(2024, 5, 16), "PEEL 2023/24", "May 2024"),
}

# --------------------------------------------------------------------------------------------
# HMICFRS texts, literal (Open Government Licence).
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
NCPI_DETENTION = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff comply with their statutory duties to "
    "complete detention certificates if a child is detained for any reason in police custody "
    "following charge;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested."
)
MISSING_CHILDREN_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
MISSING_CHILDREN_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)

# Each HMICFRS item: id, report key, type, text, portal status, force rows.
# A force row: (tracker HMICFRS ID, tracker type, tracker text, force status, category, why)
# "X" in the item marks the record that is missing from the copy.
I: list[dict] = []


def item(ref, rep, typ, text, status, force, x=False, expanded=False):
    I.append(dict(ref=ref, rep=rep, typ=typ, text=text, status=status, force=force, x=x,
                  expanded=expanded))


NR, TR, TA, TC, LA = "National Rec", "Recommendation", "AFI", "Cause of Concern", "Local action"
# ---- Stop and search 2013
item(1184, "sas13", REC,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", CO,
     [(1184, NR, "CCs & CoP to set out in the S&S APP a clear specification of what constitutes "
       "effective & fair use of S&S powers", "Closed", "in_sync",
       "ID 1184 on both; HMICFRS Complete, tracker Closed")])
item(1185, "sas13", REC,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", CO,
     [(1185, NR, "Establish or improve monitoring of the way officers stop and search people so "
       "we can be satisfied officers act in accordance with the law (incl equality legislation "
       "& Code of Practice)", "Closed", "in_sync",
       "ID 1185 on both; HMICFRS Complete, tracker Closed")])
item(1186, "sas13", REC,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", CO,
     [(1186, NR, "Explain to the public how S&S powers are used & arrange for S&S records to be "
       "scrutinised by community reps (involve young people)", "In progress", "closeable_local",
       "ID 1186 and the 2013 report on both (the 2015 report repeats the wording, see the "
       "Stop & Search 2 row); HMICFRS Complete, tracker still In progress: close locally")])
# ---- Everyone's business
item(2321, "everyone", REC, EVERYONE_PLAN, SU,
     [(2321, NR, "Publish DA action plan (by Sept 2014) – developed with PCC, DA support orgs & "
       "victims reps; consider all report recs; DHRs/IPCC findings; CPS scrutiny panels & MARAC "
       "self-assessments", "Closed", "in_sync",
       "ID 2321 on both (HMICFRS text cut at 'Read more'); HMICFRS Superseded, tracker Closed")])
# ---- Policing in austerity
item(3307, "austerity", REC,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", CO,
     [(3307, NR, "Review plans to deliver savings – continue to reduce crime & protect the front "
       "line while balancing budget (use HMIC VfM profiles)", "Closed", "in_sync",
       "ID 3307 on both; HMICFRS Complete, tracker Closed")])
item(3308, "austerity", REC,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", CO,
     [(3308, NR, "CCs & PCCs in forces planning to deliver less than 20% of savings through "
       "collaboration to assess whether there is scope to improve on this position", "Closed",
       "conflict", "ID 3308 on both, both closed, but the figure differs: HMICFRS 'less than "
       "10% of their savings', tracker 'less than 20%'")])
item(3309, "austerity", REC,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", CO,
     [(3309, NR, "Forces reducing proportion of workforce/officers on front line – assess "
       "whether decisive action taken to maintain crime fighting capacity", "Closed", "in_sync",
       "ID 3309 on both; HMICFRS Complete, tracker Closed")])
item(3310, "austerity", REC,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", NFA,
     [(3310, NR, "Review collaboration plans for next spending round – scope for better VfM & "
       "capability through joint working with other forces, public &/or private sector",
       "In progress", "closeable_local",
       "ID 3310 on both; HMICFRS 'No further action required' (closed), tracker In progress")])
# ---- Core business
item(4822, "core", REC,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", CO,
     [(4822, NR, "THRIVE: call handlers to have specific, sound & comprehensible criteria to "
       "assess threat harm & risk (by 31/03/15)", "Closed", "in_sync",
       "ID 4822 on both; HMICFRS Complete, tracker Closed")])
item(4823, "core", REC,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", CO,
     [(4823, NR, "Crime prevention/disruption activity to be systematically recorded & evaluated "
       "for effectiveness of tactics", "Closed", "in_sync",
       "ID 4823 on both; HMICFRS Complete, tracker Closed")])
# ---- Integrity matters
item(902, "integrity", REC,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.", BP,
     [(902, NR, "By 31 Aug 2015 – satisfy ourselves that misconduct investigations resulting in "
       "'no further action' are fair & free of any discrimination", "Complete",
       "closeable_submit", "ID 902 on both; HMICFRS Being progressed, tracker Complete: submit "
       "for closure")])
# ---- Stop and search 2 (2015)
item(5391, "sas15", REC,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.", CO,
     [("", NR, "In consultation with PCC – comply with Code of Practice: explain S&S use to the "
       "public & community scrutiny of S&S records, involving those stopped and searched",
       "Closed", "in_sync",
       "no ID in the tracker; the wording is also that of 1186 (2013) but this row says "
       "'in consultation with PCC' and sits under Stop & Search 2 (2015), as does 5391; "
       "HMICFRS Complete, tracker Closed")])
# ---- Building the picture
item(5902, "picture", REC,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", AR,
     [(5902, NR, "Audits of compliance with APP on information management to be scrutinised "
       "through force IM governance structure; records categorisation regularly adjusted",
       "In progress", "in_sync", "ID 5902 on both; HMICFRS Awaiting review, tracker In progress")])
# ---- Targeting the risk (firearms licensing)
item(6204, "firearms", REC,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", CO,
     [(6204, NR, "Assess FAL governance against APP standards; put correct arrangements in place "
       "where not complied with", "Closed", "in_sync",
       "ID 6204 on both (HMICFRS row expanded, ends 'Show less'); both closed")],
     expanded=True)
item(6205, "firearms", REC,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", CO,
     [(6205, NR, "Assess demand on FAL dept & ensure capacity to meet it", "Closed", "in_sync",
       "ID 6205 on both; HMICFRS Complete, tracker Closed")])
item(6206, "firearms", REC,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.", BP,
     [(6206, NR, "Satisfy ourselves all appropriate action taken re 'total expired' licensing "
       "records", "Submitted for closure", "closeable_submit",
       "ID 6206 on both; HMICFRS Being progressed, tracker Submitted for closure")])
item(6207, "firearms", REC,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     BP,
     [(6207, NR, "Temporary permits – HO guidance compliance, recorded without delay on NFLMS, "
       "no certificate holder in unlawful possession", "In progress", "in_sync",
       "ID 6207 on both; both open")])
item(6208, "firearms", REC,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", CO,
     [(6208, NR, "Systems to identify firearm certificate holders at incident address prior to "
       "attendance – applied by dispatchers; officers understand risk assessment & powers to "
       "seize", "Closed", "in_sync", "ID 6208 on both; both closed")])
# ---- PEEL efficiency 2015 (force)
item(6540, "eff15", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public", CO,
     [(6540, TA, "Undertake further work to understand current & likely future demand",
       "Closed", "in_sync", "ID 6540 on both; both closed")])
item(6541, "eff15", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs", CO,
     [(6541, TR, "Develop understanding of the links between outcomes, outputs & costs",
       "Closed", "conflict", "ID 6541 on both, both closed, but the type differs: HMICFRS Area "
       "for improvement, tracker Recommendation")])
item(6542, "eff15", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", NFA,
     [(6542, TA, "Future workforce plan aligned with demand & budget (resource allocation, "
       "skills mix, behaviours)", "Closed", "in_sync",
       "ID 6542 on both; HMICFRS No further action required, tracker Closed")])
# ---- PEEL effectiveness 2016 (force)
item(7713, "eff16", COC,
     "The force’s current approach to domestic abuse is unacceptable. The proportion of "
     "victims who fail to support the investigation and the low use of police powers of arrest "
     "and prosecution is a cause of concern to HMIC.", CO,
     [(7713, TC, "Current approach to DA unacceptable – proportion of victims not supporting "
       "investigation & low use of arrest/prosecution", "Closed", "in_sync",
       "ID 7713 on both; both closed")])
item(7714, "eff16", REC,
     "In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available "
     "powers.", CO,
     [(7714, TR, "Consider ways of increasing use of arrest, ancillary orders & other powers for "
       "DA", "Closed", "in_sync", "ID 7714 on both; both closed")])
item(7715, "eff16", REC,
     "To improve the service provided to victims of domestic abuse the force should immediately "
     "take steps to understand and address the reason behind why such a high proportion of "
     "victims of domestic abuse do not support the police investigation.", CO,
     [(7715, TR, "Understand & address why high proportion of DA victims do not support police "
       "investigation", "Closed", "in_sync", "ID 7715 on both; both closed")])
item(7716, "eff16", REC,
     "In addition, the practice of conducting domestic abuse risk assessments over the "
     "telephone and dealing with domestic abuse in the resolution centre should cease", CO,
     [(7716, TR, "Cease DA risk assessments over the telephone & dealing with DA in the "
       "resolution centre", "In progress", "closeable_local",
       "ID 7716 on both; HMICFRS Complete, tracker In progress")])
# ---- National child protection inspection 2017
item(8120, "ncpi17", REC, NCPI_DETENTION, BP,
     [(8120, TR, "Review detention of children with children's social care: only detained when "
       "absolutely necessary/min time; early assessment of need for alternative accomodation; "
       "detention certificates; record all actions & decisions; timeliness of appropriate adult "
       "support", "Complete", "closeable_submit",
       "ID 8120 on both (HMICFRS text cut at 'Read more'); HMICFRS Being progressed, tracker "
       "Complete")])
item(8121, "ncpi17", AFI,
     "The force should take steps to ensure that there is effective supervision of the initial "
     "risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases.", CO,
     [(8121, TA, "Effective supervision of initial risk assessment – DASH completion",
       "Closed", "in_sync", "ID 8121 on both; both closed")])
# ---- Crime data integrity 2017
item(8233, "cdi17", REC, CDI_VICTIMS, BP,
     [(8233, TR, "Within 6 months – arrangements to ensure:\n• victims believed at point of "
       "report\n• call handler/caller conversations summarised accurately in incident log\n"
       "• multiple crimes always recorded\n• stop awaiting medical exam/video interview "
       "results before crime-recording decision", "In progress", "conflict",
       "ID 8233 on both, both open; the HMICFRS row (expanded, 'Show less') has five bullets, "
       "the tracker only four: 'online reports of crime are triaged at the point of receipt' "
       "is missing")], expanded=True)
item(8234, "cdi17", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", CO,
     [(8234, TA, "Improve use of crime recording & management system to manage case files & "
       "investigations", "Closed", "in_sync", "ID 8234 on both; both closed")])
# ---- Stolen freedom
item(8390, "stolen", REC, SF_LEADERSHIP, BP,
     [(8390, NR, "MSHT leadership & governance review (a) – senior leaders prioritise the "
       "response to MSHT", "Complete", "in_sync",
       "part 1 of 4 of ID 8390 (force split the bullets); HMICFRS Being progressed and part (b) "
       "still In progress, so the item is open on both"),
      (8390, NR, "MSHT leadership & governance review (b) – every MSHT incident allocated "
       "appropriate resources with skills, experience & capacity", "In progress", "in_sync",
       "part 2 of 4 of ID 8390; open on both"),
      (8390, NR, "MSHT leadership & governance review (c) – effective partnership arrangements "
       "to share info & safeguard victims", "Complete", "in_sync",
       "part 3 of 4 of ID 8390; item open on both (part b open)"),
      (8390, NR, "MSHT leadership & governance review (d) – performance & QA measures for "
       "senior leaders", "Complete", "in_sync",
       "part 4 of 4 of ID 8390; item open on both (part b open)")], expanded=True)
item(8391, "stolen", REC,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", BP,
     [(8391, NR, "Within 6 months – active ISAs with other agencies for speedy exchange of "
       "intelligence, safeguard victims & identify suspects early", "In progress", "in_sync",
       "ID 8391 on both; both open")])
item(8392, "stolen", REC,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", CO,
     [(8392, NR, "Victims committing crimes under compulsion – early & continuing consideration "
       "of s45 defence", "Closed", "in_sync", "ID 8392 on both; both closed")])
item(8393, "stolen", REC,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", CO,
     [(8393, NR, "Full compliance with NRM process & duty to notify HO of suspected adult "
       "victims (MSA 2015)", "In progress", "closeable_local",
       "ID 8393 on both; HMICFRS Complete, tracker In progress")])
item(8394, "stolen", REC,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", BP,
     [(8394, NR, "Comply with NCRS for MSHT offences; sufficient audit capacity for FCR",
       "Complete", "closeable_submit",
       "ID 8394 on both; HMICFRS Being progressed, tracker Complete")])
item(8395, "stolen", REC,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", BP,
     [(8395, NR, "MSHT allegations thoroughly investigated & supervised by skilled teams (incl. "
       "JITs/overseas intel)", "In progress", "in_sync", "ID 8395 on both; both open")])
item(8396, "stolen", REC,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", AR,
     [(8396, NR, "Review use of preventative powers under MSA 2015 (STPOs/SRPOs)",
       "Not started", "in_sync", "ID 8396 on both; HMICFRS Awaiting review, tracker Not "
       "started: both open")])
# ---- PEEL efficiency 2017 national
item(8466, "efc17", REC,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", BP,
     [(8466, NR, "By Sept 2018 – ambitious plan to improve digitally-enabled services (Digital "
       "Policing Strategy)", "Complete", "closeable_submit",
       "ID 8466 on both; HMICFRS Being progressed, tracker Complete")])
# ---- PEEL legitimacy 2017 national
item(8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", CO, [])
item(8542, "leg17", REC, SAS_MONITORING_2017, BP,
     [(8542, NR, "S&S monitoring – reasons for any disproportionate representation of ethnic "
       "groups", "Complete", "closeable_submit",
       "part 1 of 3 of ID 8542 (force split the bullets); all three parts Complete, HMICFRS "
       "Being progressed"),
      (8542, NR, "S&S monitoring – find rates by ethnicity & by search type (incl. drug "
       "possession v supply)", "Complete", "closeable_submit",
       "part 2 of 3 of ID 8542; all parts Complete, HMICFRS open"),
      (8542, NR, "S&S monitoring – prevalence of possession-only drug searches v local/force "
       "priorities", "Complete", "closeable_submit",
       "part 3 of 3 of ID 8542; all parts Complete, HMICFRS open")])
item(8543, "leg17", REC,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", BP,
     [(8543, NR, "Where disparities identified – research/analysis of reasons & action taken to "
       "reduce", "In progress", "in_sync", "ID 8543 on both; both open")])
item(8544, "leg17", REC,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", BP,
     [(8544, NR, "Publish the analysis & actions annually from July 2018", "Complete",
       "closeable_submit", "ID 8544 on both; HMICFRS Being progressed, tracker Complete")])
item(8545, "leg17", REC,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", CO,
     [(8545, NR, "All S&S officers trained on unconscious bias & CoP APP on S&S (by July 2018 & "
       "ongoing)", "Closed", "in_sync", "ID 8545 on both; both closed")])
# ---- PEEL legitimacy 2017 (force)
item(8560, "legf17", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", CO,
     [(8560, TA, "Monitor team cultures (staff feedback) & take prompt remedial action",
       "Closed", "in_sync", "ID 8560 on both; both closed")])
item(8561, "legf17", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", BP,
     [(8561, TA, "Confidential reporting route for staff + awareness of whistleblowing",
       "Complete", "closeable_submit",
       "ID 8561 on both; HMICFRS Being progressed, tracker Complete")])
item(8562, "legf17", AFI,
     "The force should review the support available for those who have raised concerns and "
     "take any action needed to make sure these provisions are suitable.", BP,
     [(8562, TA, "Review support for those who have raised concerns & act to make sure it is "
       "suitable", "In progress", "in_sync", "ID 8562 on both; both open")])
item(8563, "legf17", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", AR, [])
# ---- PEEL effectiveness 2017 (force)
item(8702, "eff17", COC, MISSING_CHILDREN_COC, SU,
     [(8702, TC, "Response to missing & absent children – risk assessment inappropriate in some "
       "cases; 'absent' v 'missing'; risk graded too low", "Closed", "in_sync",
       "ID 8702 on both; HMICFRS Superseded, tracker Closed")])
item(8703, "eff17", REC, MISSING_CHILDREN_REC, SU,
     [(8703, TR, "Missing children – call takers use missing/absent categories correctly; CSE "
       "risk factors; supervisors' oversight of missing person enquiries", "Complete",
       "in_sync", "ID 8703 on both; HMICFRS Superseded (closed), tracker Complete (done)")])
# ---- PEEL 2018/19 (force)
item(9410, "peel1819", COC,
     "The size of the vetting backlog within Lincolnshire Police is a cause of concern.", BP,
     [(9410, TC, "Vetting backlog", "In progress", "in_sync", "ID 9410 on both; both open")])
item(9411, "peel1819", REC,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", BP,
     [(9411, TR, "All staff to hold at least lowest level of vetting for role asap – clear "
       "backlog & renewals; full compliance with national vetting guidelines",
       "Submitted for closure", "closeable_submit",
       "ID 9411 on both; HMICFRS Being progressed, tracker Submitted for closure")])
item(9412, "peel1819", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.", BP,
     [(9412, TC, "Capacity & capability to investigate crime effectively", "In progress",
       "in_sync", "ID 9412 on both; both open")])
item(9413, "peel1819", REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", CO,
     [(9413, TR, "Review officers' capabilities & capacity to manage investigative workload",
       "Closed", "in_sync", "ID 9413 on both; both closed")])
item(9414, "peel1819", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", BP,
     [(9441, TR, "Within 6 months – regular & active supervison of quality & progress of "
       "investigations, properly recorded", "In progress", "conflict",
       "same report and same wording (within six months, supervision of investigations, "
       "recorded) but the tracker's ID is 9441, the register's 9414 (digits transposed; 9441 "
       "is not on the list); both open: reference conflict")])
item(9415, "peel1819", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;", BP,
     [(9415, TR, "Within 6 months – improve retrieval of digital evidence from phones/computers "
       "so investigations not delayed", "In progress", "in_sync", "ID 9415 on both; both open")])
item(9416, "peel1819", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     AR,
     [(9416, TR, "Within 6 months – understanding of RUI suspects & management of those on bail",
       "Complete", "closeable_submit",
       "ID 9416 on both; HMICFRS Awaiting review, tracker Complete")])
item(9417, "peel1819", COC,
     "The force does not have suitable arrangements in place to make sure it can maintain the "
     "full range of public services when its alliance with Nottinghamshire Police ends. There "
     "are gaps in its workforce skills assessment, and weaknesses in both its investigative "
     "approach and its approach to safeguarding vulnerable people.", CO,
     [(9417, TC, "Alliance exit – maintain full range of services when alliance with Notts "
       "ends; skills assessment gaps; investigation & safeguarding weaknesses", "Closed",
       "in_sync", "ID 9417 on both; both closed")])
item(9418, "peel1819", REC,
     "HMIC recommends that the force should immediately:agree arrangements with "
     "Nottinghamshire Police to secure a smooth transition to its future operating model, "
     "ensuring no disruption to public services; and", CO,
     [(9418, TR, "Agree arrangements with Notts for smooth transition to future operating model",
       "Closed", "in_sync", "ID 9418 on both; both closed")])
item(9419, "peel1819", REC,
     "HMIC recommends that the force should immediately:clearly define its new operating model, "
     "ensuring all operational and support services are affordable and fit to protect the "
     "communities of Lincolnshire;", SU,
     [(9419, TR, "Clearly define new operating model – affordable & fit to protect communities "
       "of Lincolnshire", "In progress", "closeable_local",
       "ID 9419 on both; HMICFRS Superseded (closed), tracker In progress")])
item(9420, "peel1819", REC,
     "HMIC recommends that the force should immediately: expand the skills project work to "
     "include an assessment of all skills, not only operational, including potential future "
     "skills requirements. This assessment should inform workforce plans;", BP,
     [(9420, TR, "Expand skills project – assess all skills (not only operational) incl future "
       "requirements; inform workforce plans", "Submitted for closure", "not_on_hmicfrs_list",
       "ID 9420 and its wording appear nowhere in the copy. The footers say 84 entries but the "
       "copy holds 83 distinct refs: the grid moved between pages (row 65 repeats row 60), so "
       "one record was never pasted. Query with HMICFRS / recopy the portal")], x=True)
item(9421, "peel1819", REC,
     "HMIC recommends that the force should immediately:improve its arrangements both to "
     "consult with the public about business planning and to feed back on changes made to "
     "service delivery as a result of such consultation.", BP,
     [(9421, TR, "Consult public on business planning & feed back on changes made as a result",
       "In progress", "in_sync", "ID 9421 on both; both open")])
# ---- Disproportionate use of police powers (2021)
item(11072, "powers", REC,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", BP,
     [(11072, NR, "By July 2021 – officers & staff to have effective communication skills in "
       "line with National Policing Guidelines on Conflict Management (in addition to existing "
       "conflict mgmt/de-escalation training)", "In progress", "conflict",
       "ID 11072 on both, both open, but the deadline differs: HMICFRS 'By July 2022', tracker "
       "'By July 2021' (the date of the next recommendation)")])
item(11073, "powers", REC,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", BP,
     [(11073, NR, "By July 2021 – communication skills reinforced through CPD; supervisors "
       "supported to debrief officers using BWV footage", "In progress", "in_sync",
       "ID 11073 on both; both open")])
item(11074, "powers", REC, BWV_2021, BP,
     [(11074, NR, "BWV – record entirety of all S&S encounters incl traffic stops & use of "
       "force", "Complete", "in_sync",
       "part 1 of 3 of ID 11074 (force split the three asks); part 3 still In progress, "
       "HMICFRS Being progressed: open on both"),
      (11074, NR, "BWV – structured internal review of sample of footage; disseminate learning "
       "/ hold officers to account", "Complete", "in_sync",
       "part 2 of 3 of ID 11074; item open on both"),
      (11074, NR, "BWV – external scrutiny panel access to samples of BWV footage (S&S & use of "
       "force)", "In progress", "in_sync", "part 3 of 3 of ID 11074; open on both")])
item(11076, "powers", REC,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", CO,
     [(11076, NR, "By July 2021 – internal monitoring of use of force to identify & understand "
       "disproportionate use, explain & act", "In progress", "closeable_local",
       "ID 11076 on both; HMICFRS Complete, tracker In progress")])
# ---- PEEL 2021/22 (force)
item(12305, "peel2122", AFI,
     "The force should improve its understanding of the nature and scale of serious and "
     "organised crime in its area.", CO,
     [(12305, TA, "Improve understanding of nature & scale of SOC in force area", "Closed",
       "in_sync", "ID 12305 on both; both closed")])
item(12306, "peel2122", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.", CO,
     [(12306, TA, "Keep DA victims informed of progress of their case (VCOP)", "Complete",
       "in_sync", "ID 12306 and PEEL 2021/22 on both; HMICFRS Complete, tracker Complete. "
       "The same wording comes back as 14218 in PEEL 2023/24, which has no tracker row")])
item(12307, "peel2122", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.", BP,
     [("", TA, "RASSO investigations allocated to officers with right skills & effectively "
       "supervised", "In progress", "in_sync",
       "no ID in the tracker; same report and the same ask (RASSO allocation and supervision); "
       "both open")])
item(12308, "peel2122", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", BP,
     [(12308, TA, "Sufficient resources in the control room to meet resourcing model & demand "
       "(staff wellbeing)", "Complete", "closeable_submit",
       "ID 12308 on both; HMICFRS Being progressed, tracker Complete")])
item(12309, "peel2122", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", BP,
     [(12309, TA, "Timeliness of response to calls involving vulnerable adults", "In progress",
       "in_sync", "ID 12309 on both; both open")])
item(12310, "peel2122", AFI,
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.", CO,
     [(12310, TA, "Record ASB reports accurately & without delay", "In progress",
       "closeable_local", "ID 12310 on both; HMICFRS Complete, tracker In progress")])
item(12311, "peel2122", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", BP,
     [(12311, TA, "Work with partners to safeguard people at risk from CSE", "In progress",
       "in_sync", "ID 12311 on both; both open")])
item(12312, "peel2122", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate fraud.", AR,
     [(12312, TA, "Enough specialist capacity & capability to investigate fraud", "Complete",
       "closeable_submit", "ID 12312 on both; HMICFRS Awaiting review, tracker Complete")])
item(12313, "peel2122", AFI,
     "The force should develop a problem-solving approach to neighbourhood crime, working with "
     "local communities and partners.", CO,
     [(12313, TA, "Problem-solving approach to neighbourhood crime with communities & partners",
       "Closed", "in_sync", "ID 12313 on both; both closed")])
item(12314, "peel2122", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.", BP, [])
# ---- PEEL 2023/24 (force) - tracker rows carry no IDs yet
item(14218, "peel2324", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.", AR, [])
item(14219, "peel2324", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", AR,
     [("", TA, "Performance framework to give senior leaders clear picture of VAWG response",
       "In progress", "in_sync", "no ID in the tracker; same report, same ask; both open")])
item(14220, "peel2324", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to stalking and harassment.", BP,
     [("", TA, "Training for officers & staff to identify & respond to stalking & harassment",
       "In progress", "in_sync", "no ID in the tracker; same report, same ask; both open")])
item(14221, "peel2324", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of honour-based abuse.", BP,
     [("", TA, "Consistent use of ancillary orders & other powers to protect victims of HBA",
       "In progress", "conflict",
       "no ID in the tracker; the wording is the 2023/24 AFI (no 2021/22 item asks this) but "
       "the tracker files it under PEEL 2021/22 (May 2022): report conflict; both open")])
item(14222, "peel2324", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about "
     "counter-corruption.", AR,
     [("", TA, "Improve how we gather, assess & act on counter-corruption intelligence",
       "In progress", "in_sync", "no ID in the tracker; same report, same ask; both open")])
item(14223, "peel2324", AFI,
     "The force should make sure it provides accessible information for all staff and members "
     "of the public on how they can raise concerns and access confidential support (including "
     "through external agencies).", AR, [])
item(14224, "peel2324", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", BP,
     [("", TA, "Timeliness of response to calls involving people with mental ill health",
       "Complete", "closeable_submit",
       "no ID in the tracker; same report, 'mental ill health' (not the 2021/22 vulnerable "
       "adults AFI); HMICFRS Being progressed, tracker Complete")])
item(14225, "peel2324", AFI,
     "The force should make sure its analysis of county lines drug dealing informs its "
     "strategic assessment and control strategy.", AR,
     [("", TA, "County lines analysis to inform strategic assessment & control strategy",
       "Not started", "in_sync",
       "no ID in the tracker; same report, analysis feeding the strategic assessment (not the "
       "2021/22 offender-risk AFI 12314); both open")])
item(14226, "peel2324", AFI,
     "The force should make sure investigations of domestic abuse are allocated to officers "
     "with the right skills and are effectively supervised.", BP,
     [("", TA, "DA investigations allocated to officers with right skills & effectively "
       "supervised", "In progress", "in_sync",
       "no ID in the tracker; same report, DA (not the 2021/22 RASSO AFI); both open")])
item(14227, "peel2324", AFI,
     "The force should evaluate its work to prevent youth violence and share what works across "
     "the force.", AR,
     [("", TA, "Evaluate youth violence prevention work & share what works", "In progress",
       "in_sync", "no ID in the tracker; same report, same ask; both open")])

assert len(I) == 84, len(I)

# Force rows that no HMICFRS item owns: (after item ref, report key or own report tuple, ...)
EXTRA = [
    # after 11076: the Home Office / NPCC recommendation from the same report
    (11076, "powers", 11075, NR,
     "HO & NPCC to ensure quality of use of force data for S&S sufficient for publication (HO to "
     "publish)", "Not started",
     "Not the force's responsibility to deliver; dependent upon another organisation.",
     "ID 11075 is not on the HMICFRS list: the recommendation is addressed to the Home Office "
     "and the NPCC, not to forces; query with HMICFRS or remove"),
    # after 14227: a local action
    (14227, "peel2324", "", LA,
     "Force action - Task & Finish group to review the stalking and harassment policy and "
     "report to the Force Executive Team", "In progress", None,
     "force's own action (prefix 'Force action -'), not an HMICFRS item; the HMICFRS stalking "
     "AFI 14220 has its own tracker row"),
    # after 6208: an internal audit action
    (6208, ("Internal audit 2023/24", "Apr 2023"), "", LA,
     "Internal audit action: Internal audit of the firearms licensing governance arrangements "
     "(audit plan 2023/24)", "In progress", None,
     "internal audit action, not an HMICFRS item (report 'Internal audit 2023/24')"),
]

OPEN_UPD = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Addressed holistically as part of the force change programme.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Awaiting allocation.",
    None,
]
DONE_UPD = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Ready to move to GREEN status.",
    "Pending sign off by the chief officer lead.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
]


LEAD_RULES = [
    (r"firearm|FAL", "Supt Firearms Licensing"),
    (r"custody|detention|detained", "Ch Insp Custody"),
    (r"vetting|misconduct|concerns|whistleblowing|corruption|cultures", "Head of Professional "
     "Standards"),
    (r"S&S|BWV|use of force|communication skills|Code of Practice", "ACC Local Policing"),
    (r"control room|call handler|calls involving|THRIVE", "Supt Contact Centre"),
    (r"NCRS|crime record|crime-record|ASB reports|victims believed", "Force Crime Registrar"),
    (r"DA\b|missing|CSE|VAWG|stalking|HBA|DASH|victims", "Ch Supt Public Protection"),
    (r"workforce|skills|equality|Confidential", "Director of People"),
    (r"savings|VfM|collaboration|costs|demand", "Director of Finance"),
    (r"digital|information management|IM governance", "Head of Information Management"),
    (r"operating model|alliance|Alliance|consult|public", "Head of Corporate Development"),
    (r"MSHT|SOC|RASSO|fraud|county lines|investigat|RUI|youth", "Det Ch Supt Force CID"),
]


def lead_for(text: str) -> str:
    for pat, lead in LEAD_RULES:
        if re.search(pat, text):
            return lead
    return "ACC Crime"


# --------------------------------------------------------------------------------------------
def grid_text(text: str, expanded: bool) -> str:
    """What the portal grid shows: whitespace collapsed; long texts cut with 'Read more'."""
    flat = re.sub(r"\s+", " ", text).strip()
    if expanded:
        return flat + "\u00a0Show less"
    if len(flat) <= 200:
        return flat
    cut = flat[:200].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…\u00a0Read more"


def assign_dates(rng: random.Random) -> None:
    for it in I:
        pub = REPORTS[it["rep"]][1]
        if it["status"] in (CO, SU, NFA):
            lo = pub + dt.timedelta(days=300)
            hi = min(pub + dt.timedelta(days=5 * 365), dt.date(2026, 9, 30))
            if lo >= hi:
                lo = hi - dt.timedelta(days=120)
        elif it["status"] == BP:
            lo, hi = max(pub + dt.timedelta(days=60), dt.date(2025, 3, 1)), dt.date(2026, 10, 13)
        else:  # Awaiting review
            lo, hi = max(pub + dt.timedelta(days=30), dt.date(2024, 6, 1)), dt.date(2026, 10, 13)
        it["updated"] = lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))
    # the record that changed during the copy had last been touched in March 2023
    for it in I:
        if it["x"]:
            it["updated"] = dt.date(2023, 3, 2)


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2026-10-14T09:30:00Z</dcterms:modified>",
                              body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def save(wb: Workbook, path: Path, creator: str) -> None:
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_STAMP
    wb.properties.modified = FIXED_STAMP
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------------------------
def build_hmicfrs() -> tuple[dict[int, int], list[tuple[int, str]]]:
    """Write hmicfrs.xlsx; return {ref: first Excel row} and the non-item rows."""
    order = sorted(I, key=lambda it: (it["updated"], it["ref"]), reverse=True)
    xi = next(k for k, it in enumerate(order) if it["x"])
    assert 50 <= xi <= 83, xi
    new_order = [next(it for it in order if it["x"])] + [it for it in order if not it["x"]]
    pages = [(order[0:25], 1, True), (order[25:50], 26, True), (new_order[50:75], 51, False),
             (new_order[75:84], 76, False)]
    assert new_order[50] is order[49]

    wb = Workbook()
    ws = wb.active
    ws.title = HM_SHEET
    for col, w in zip("ABCDEFGH", (9, 42, 11, 20, 90, 18, 14, 7)):
        ws.column_dimensions[col].width = w
    nonitem: list[tuple[int, str]] = []
    ws["A1"] = (f"HMICFRS monitoring portal – Recommendations – {FORCE} (Status: All) – copied "
                "from the portal 14/10/2026, page by page (25 per page)")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("For reconciliation with the force tracker before JAC 25/11/2026. Grid sorted by "
                "Last updated (newest first).")
    ws["A2"].font = Font(italic=True)
    nonitem += [(1, "analyst's title note"), (2, "analyst's note on how the copy was made"),
                (3, "blank")]
    src_font = Font(name="Segoe UI", size=9)
    src_bold = Font(name="Segoe UI", size=9, bold=True)
    link_font = Font(name="Segoe UI", size=9, color="0563C1", underline="single")
    head_fill = PatternFill("solid", fgColor="F2F2F2")
    zebra = PatternFill("solid", fgColor="F9F9F9")
    badge = {CO: "D4EDDA", BP: "FFF3CD", AR: "E2E3E5", SU: "D6D8DB", NFA: "D6D8DB"}
    header = ["Ref", "Report", "Published", "Type", "Recommendation", "Status",
              "Last updated ▼", None]
    r = 4
    first_row: dict[int, int] = {}
    for p, (rows, start, source) in enumerate(pages):
        if p == 0:
            ws.cell(r, 1, "Show 10 25 50 100 entries").font = src_font
            nonitem.append((r, "grid furniture pasted with page 1: 'Show … entries' selector"))
            r += 1
            ws.cell(r, 1, "Search:").font = src_font
            nonitem.append((r, "grid furniture: search box label"))
            r += 1
        for c, h in enumerate(header, 1):
            cell = ws.cell(r, c, h)
            if source:
                cell.font = src_bold
                cell.fill = head_fill
            else:
                cell.font = Font(bold=False)
        nonitem.append((r, f"grid header row pasted with page {p + 1}"))
        r += 1
        for k, it in enumerate(rows):
            title, pub = REPORTS[it["rep"]][:2]
            vals = [it["ref"], title, pub, it["typ"], grid_text(it["text"], it["expanded"]),
                    it["status"], it["updated"], "View"]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                if c in (3, 7):
                    cell.number_format = "d-mmm-yy"
                if source:
                    cell.font = src_font
                    if k % 2 == 1:
                        cell.fill = zebra
                    cell.alignment = Alignment(vertical="top", wrap_text=(c in (2, 5)))
            if source:
                url = f"{PORTAL}{it['ref']}"
                for c in (1, 8):
                    ws.cell(r, c).hyperlink = url
                    ws.cell(r, c).font = link_font
                ws.cell(r, 6).fill = PatternFill("solid", fgColor=badge[it["status"]])
            if it["ref"] in first_row:
                nonitem.append((r, f"duplicate of row {first_row[it['ref']]} (ref {it['ref']}): "
                                   "the grid moved between the copies of pages 2 and 3, so the "
                                   "last record of page 2 was pasted again at the top of page 3"))
            else:
                first_row[it["ref"]] = r
            r += 1
        end = start + len(rows) - 1
        ws.cell(r, 1, f"Showing {start} to {end} of 84 entries")
        nonitem.append((r, f"grid footer of page {p + 1}: 'Showing {start} to {end} of 84 "
                           "entries'"))
        r += 1
        ws.cell(r, 1, "Previous1234Next")
        nonitem.append((r, f"grid pager of page {p + 1} ('Previous1234Next')"))
        r += 1
        if source:
            ws.cell(r - 2, 1).font = src_font
            ws.cell(r - 1, 1).font = src_font
        if p < 3:
            nonitem.append((r, "blank row between pastes"))
            r += 1
    save(wb, OUT / "hmicfrs.xlsx", "Strategic Development")
    return first_row, nonitem


def build_tracker(rng: random.Random) -> tuple[list[dict], list[tuple[int, str]]]:
    """Write tracker.xlsx; return its rows (with Excel row numbers and truth) and non-items."""
    by_ref = {it["ref"]: it for it in I}
    order = sorted(I, key=lambda it: (REPORTS[it["rep"]][1], it["rep"], it["ref"]))
    rows: list[dict] = []
    for it in order:
        rep = it["rep"]
        if it["ref"] == 14221:
            rep = "peel2122"  # filed under the wrong report
        for fr in it["force"]:
            rows.append(dict(item=it, rep=rep, rid=fr[0], typ=fr[1], text=fr[2], status=fr[3],
                             cat=fr[4], why=fr[5], upd=None))
        for ex in EXTRA:
            if ex[0] == it["ref"]:
                rows.append(dict(item=None, rep=ex[1], rid=ex[2], typ=ex[3], text=ex[4],
                                 status=ex[5], cat="not_on_hmicfrs_list", why=ex[7], upd=ex[6]))
    # the misfiled 14221 row is moved into the PEEL 2021/22 block (after 12313)
    mis = next(x for x in rows if x["item"] is not None and x["item"]["ref"] == 14221)
    rows.remove(mis)
    at = next(k for k, x in enumerate(rows) if x["item"] is not None
              and x["item"]["ref"] == 12313)
    rows.insert(at + 1, mis)
    assert by_ref  # noqa

    wb = Workbook()
    ws = wb.active
    ws.title = TR_SHEET
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations, AFIs & Causes of Concern – Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Maintained by Strategic Development (Inspection Liaison). Last updated "
                "09/10/2026. Status: Not started / In progress / Complete / Submitted for "
                "closure / Closed")
    ws["A2"].font = Font(italic=True, size=9)
    nonitem = [(1, "title"), (2, "note: keeper, date and the status words"), (3, "blank"),
               (4, "header row")]
    header = ["No.", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI",
              "Lead", "Status", "Latest update", "Date submitted to HMICFRS"]
    hfill = PatternFill("solid", fgColor="1F3864")
    for c, h in enumerate(header, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = hfill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGHIJ", (6, 11, 30, 10, 16, 70, 26, 20, 50, 14)):
        ws.column_dimensions[col].width = w
    r = 5
    for n, row in enumerate(rows, 1):
        rep = row["rep"]
        rname, rpub = (REPORTS[rep][2], REPORTS[rep][3]) if isinstance(rep, str) else rep
        st = row["status"]
        if row["upd"] is not None:
            upd = row["upd"]
        elif st == "Closed":
            upd = "Closed by HMICFRS – confirmed on portal."
        elif st in ("Complete", "Submitted for closure"):
            upd = rng.choice(DONE_UPD)
        else:
            upd = rng.choice(OPEN_UPD)
        sub = None
        if st == "Submitted for closure":
            sub = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randrange(200))
        elif st == "Closed":
            pub = (REPORTS[rep][1] if isinstance(rep, str) else dt.date(2023, 4, 1))
            base = max(pub + dt.timedelta(days=200), dt.date(2016, 1, 1))
            span = (dt.date(2026, 9, 30) - base).days
            sub = base + dt.timedelta(days=rng.randrange(span + 1))
            if row["item"] is not None and row["item"].get("updated") and st == "Closed":
                sub = min(sub, row["item"]["updated"] - dt.timedelta(days=rng.randrange(20, 90)))
        vals = [n, row["rid"] if row["rid"] != "" else None, rname, rpub, row["typ"],
                row["text"], lead_for(row["text"]), st, upd, sub]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=(c in (6, 9)), vertical="top")
            if c == 10:
                cell.number_format = "dd/mm/yyyy"
        row["xrow"] = r
        r += 1
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:J{r - 1}"
    save(wb, OUT / "tracker.xlsx", "Strategic Development")
    return rows, nonitem


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    assign_dates(rng)
    first_row, hm_nonitem = build_hmicfrs()
    rows, tr_nonitem = build_tracker(rng)
    # the 9420 line's "why" names these rows
    assert (65, "duplicate of row 60 (ref 12313)") == next(
        (r, w[:31]) for r, w in hm_nonitem if w.startswith("duplicate"))

    truth: list[tuple[str, str, str, str]] = []
    owned: set[int] = set()
    for row in rows:
        it = row["item"]
        hm = ""
        if it is not None and not it["x"]:
            hm = f"{HM_SHEET}!{first_row[it['ref']]}"
            owned.add(it["ref"])
        truth.append((hm, f"{TR_SHEET}!{row['xrow']}", row["cat"], row["why"]))
    for it in I:
        if it["x"] or it["force"]:
            continue
        why = {
            8541: "the national stop and search cause of concern: the tracker holds the four "
                  "recommendations under it (8542-8545) but no row for the cause of concern "
                  "itself",
            8563: "equality and diversity data AFI: no tracker row has this ask under any report",
            12314: "county lines offender-risk AFI: the tracker's only county lines row is the "
                   "2023/24 analysis/control strategy AFI (14225), a different ask",
            14218: "PEEL 2023/24 repeats the 2021/22 AFI 'victims of domestic abuse kept "
                   "informed' word for word; the tracker's one row (ID 12306, PEEL 2021/22, "
                   "Complete) is the 2021/22 item, so the new one has no owner",
            14223: "accessible information on raising concerns: no tracker row has this ask",
        }[it["ref"]]
        truth.append((f"{HM_SHEET}!{first_row[it['ref']]}", "", "missing_from_force", why))
        owned.add(it["ref"])
    assert owned == {it["ref"] for it in I if not it["x"]}

    def key(t):
        h = int(t[0].rsplit("!", 1)[1]) if t[0] else 10_000
        f = int(t[1].rsplit("!", 1)[1]) if t[1] else 10_000
        return (h, f)

    truth.sort(key=key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)

    # facts for the README
    facts = {
        "hm_nonitem": hm_nonitem, "tr_nonitem": tr_nonitem,
        "first_row": first_row, "rows": rows, "truth": truth,
    }
    write_readme(facts)


def write_readme(f: dict) -> None:
    from collections import Counter

    counts = Counter(t[2] for t in f["truth"])
    fr = f["first_row"]
    trow = {}
    for row in f["rows"]:
        key = row["item"]["ref"] if row["item"] is not None else ("extra", row["text"][:12])
        trow.setdefault(key, []).append(row["xrow"])
    dup = next(r for r, why in f["hm_nonitem"] if why.startswith("duplicate"))
    dup_of = int(re.search(r"duplicate of row (\d+)", dict(f["hm_nonitem"])[dup]).group(1))
    n_tr_items = len(f["rows"])
    last_tr = max(r["xrow"] for r in f["rows"])

    def tr(ref):
        return ", ".join(str(x) for x in trow[ref])

    cat_lines = "\n".join(f"| `{c}` | {counts.get(c, 0)} |" for c in (
        "in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
        "not_on_hmicfrs_list", "review"))
    hm_non = "\n".join(f"- {HM_SHEET}!{r}: {why}" for r, why in f["hm_nonitem"])
    tr_non = "\n".join(f"- {TR_SHEET}!{r}: {why}" for r, why in f["tr_nonitem"])
    hm_rows_items = sorted(fr.values())
    text = f"""# portal_grid_pasted_by_page

## Story

The inspection liaison analyst of {FORCE} has no export button for what she needs: the HMICFRS
monitoring portal shows the force's recommendations in a web grid (25 rows a page, sortable,
searchable, long texts cut with "Read more"). Before the Joint Audit Committee she set the
status filter to "All", left the grid sorted by "Last updated" (newest first), and copied it
into Excel one page at a time: select from the grid's controls (or header) down to the pager,
Ctrl+C, Ctrl+V below the last paste. Pages 1 and 2 were pasted keeping the source formatting
(hyperlinks on Ref and "View", Segoe UI 9, zebra fills, coloured status badges); pages 3 and 4
with "Match Destination Formatting", so they are plain. Excel turned the grid's dates
("9 July 2013") into real dates. She had expanded three long texts to read them before copying;
the rest show only the first ~200 characters. While she was copying, HMICFRS updated one record
(9420, PEEL 2018/19, "expand the skills project work"): it jumped to the top of page 1, which
she had already copied. So it is not in her copy, and every later record slid one place down:
the last row of page 2 appears again as the first row of page 3. The footers still say
"of 84 entries"; the sheet holds 84 data rows but 83 distinct refs.

The force side is the force's ordinary tracker, kept by Strategic Development: one sheet, one
row per item (a few split per bullet), the force's own short wording, a "HMICFRS ID" column
that is mostly filled (blank for the new PEEL 2023/24 items and a couple of others).

All texts on the HMICFRS side are real HMICFRS wording (Open Government Licence) from the
project's text lists and `real_recommendations.csv`, with "{FORCE}", "Lincolnshire" and
"Nottinghamshire Police" put where the originals named another force. Register IDs, statuses,
dates, owners, updates and the portal address (`portal.hmicfrs.example`) are invented; the real
portal's look is not public (see research notes), so this grid is a typical data-table page.

## Files

- `hmicfrs.xlsx`, one sheet `{HM_SHEET}`. No single header row: the grid header is repeated
  once per paste, at rows {", ".join(str(r) for r, w in f["hm_nonitem"] if w.startswith("grid header"))}.
  Columns A-H: `Ref` (register ID, number; hyperlink on pages 1-2), `Report` (full HMICFRS
  title), `Published` (date), `Type` (Recommendation / Area for improvement / Cause of concern),
  `Recommendation` (grid text), `Status` (Awaiting review, Being progressed, Complete,
  Superseded, No further action required), `Last updated ▼` (date), and a blank-headed column
  holding the link text "View". 84 data rows: 7-31 (page 1), 36-60 (page 2), 65-89
  (page 3), 94-102 (page 4); row {dup} is a repeat of row {dup_of}, so 83 item rows.
- `tracker.xlsx`, one sheet `{TR_SHEET}`: title rows 1-2, blank row 3, header row 4, item rows
  5-{last_tr} ({n_tr_items} rows). Columns: `No.` (the tracker's running number, not an HMICFRS
  reference), `HMICFRS ID`, `Report` (the force's short names: "Stop & Search 2013",
  "Targeting the Risk (FAL) 2015", "PEEL 2018/19", "Police powers spotlight (Feb 21)"),
  `Published` (text, "Jul 2013"), `Type` (National Rec / Recommendation / AFI / Cause of Concern
  / Local action), `Recommendation / AFI`, `Lead`, `Status` (Not started, In progress = open;
  Complete, Submitted for closure, Closed = done), `Latest update`, `Date submitted to HMICFRS`.
  Autofilter on row 4, panes frozen.
- `truth.csv`, UTF-8, one line per reconciliation item. `README.md`, this file.

## What the layout brings (HMICFRS side)

1. Page furniture between the data: "Show 10 25 50 100 entries" (row 4, the select's options
   copied as text), "Search:" (row 5), a header row for each paste (6, 35, 64, 93), footers
   "Showing 1 to 25 of 84 entries" and the pager "Previous1234Next" after each page, blank rows
   between pastes. The footers and pager sit in column A, the Ref column.
2. Two paste modes in one sheet: rows 7-60 carry hyperlinks, fonts and fills; rows 65-102 are
   plain. Same columns, same values.
3. Texts as the grid shows them: line breaks collapsed to spaces, so bullets run inline
   ("to ensure that: • senior leaders…"); texts over ~200 characters cut at a word and ended
   with "…" + no-break space + "Read more"; three rows expanded by the analyst end with
   no-break space + "Show less" and hold the full text (rows {fr[6204]}, {fr[8233]}, {fr[8390]}:
   refs 6204, 8233, 8390). Curly quotes, bullets and the stray "86" / "and 20" footnote digits
   are kept.
4. Row order is "Last updated" newest first: reports are scattered across all four pages.
5. The paging slip: row {dup} repeats row {dup_of} (same ref, same everything) and ref 9420 is
   absent, although the footers count 84 entries.

## Traps and how the truth decides them

- **Duplicate row {dup}** (ref {[it['ref'] for it in I if fr.get(it['ref']) == dup_of][0]}): not an item, it is row {dup_of} pasted twice. The truth uses row
  {dup_of}; row {dup} is listed below among the rows that are not items.
- **Ref 9420 missing from the copy** (tracker row {tr(9420)}, ID 9420, Submitted for closure):
  `not_on_hmicfrs_list`. By the files it is on the force side only; the count mismatch (84 in
  the footers, 83 distinct refs) tells the analyst to recopy/query rather than close it.
- **Truncated texts**: most national items show only their first ~200 characters. Every
  decision the truth takes on them rests on the visible part, the report and the ID; no conflict
  hides in a cut-off tail.
- **Missing bullet** (row {fr[8233]} ↔ tracker {tr(8233)}): the expanded CDI recommendation has
  five bullets, the tracker four ("online reports of crime are triaged" dropped): `conflict`.
- **Figure** (row {fr[3308]} ↔ {tr(3308)}): "less than 10% of their savings" vs "less than 20%":
  `conflict`.
- **Deadline** (row {fr[11072]} ↔ {tr(11072)}): "By July 2022" vs the tracker's "By July 2021":
  `conflict`.
- **Type** (row {fr[6541]} ↔ {tr(6541)}): Area for improvement vs Recommendation: `conflict`.
- **Reference** (row {fr[9414]} ↔ {tr(9414)}): the tracker's ID 9441 is 9414 with digits
  transposed; report and wording agree: `conflict`.
- **Report** (row {fr[14221]} ↔ {tr(14221)}): a PEEL 2023/24 AFI (honour-based abuse) filed in
  the tracker's PEEL 2021/22 block, no ID: `conflict`.
- **Repeated PEEL AFI**: "victims of domestic abuse are kept informed…" is on the list twice,
  12306 (PEEL 2021/22, Complete, row {fr[12306]}) and 14218 (PEEL 2023/24, Awaiting review,
  row {fr[14218]}). The tracker has one row, ID 12306 under PEEL 2021/22 ({tr(12306)}): it pairs
  with 12306 (`in_sync`), and 14218 is `missing_from_force`.
- **Same wording, two reports**: 1186 (Stop and search 2013, "in consultation with elected
  local policing bodies") and 5391 (Stop and search 2, 2015, "in consultation with police and
  crime commissioners"). Tracker {tr(1186)} carries ID 1186; tracker {tr(5391)} has no ID but
  says "In consultation with PCC" under Stop & Search 2 (2015).
- **Formulaic PEEL AFIs on the same topics** (county lines 12314 vs 14225; RASSO 12307 vs DA
  14226; vulnerable adults 12309 vs mental ill health 14224): the PEEL 2023/24 tracker rows have
  no IDs, so the topic words and the report decide.
- **Split rows**: 8390 (Stolen freedom leadership, 4 tracker rows {tr(8390)}, one still In
  progress → all four `in_sync`), 8542 (stop and search monitoring, 3 rows {tr(8542)}, all
  Complete, HMICFRS Being progressed → all three `closeable_submit`), 11074 (body-worn video, 3
  rows {tr(11074)}, one In progress → all `in_sync`).
- **Force-only rows**: 11075 (Home Office/NPCC recommendation, not held against forces),
  a "Force action -" row and an "Internal audit action:" row: `not_on_hmicfrs_list`.
- **Status words**: "No further action required" and "Superseded" are closed; "Awaiting review"
  is open. Tracker "Submitted for closure" and "Complete" are done.

No `review` lines: every pair is decided by ID, report and visible wording.

## Counts (truth.csv, {len(f["truth"])} lines)

| category | lines |
|---|---|
{cat_lines}

HMICFRS item rows: 83 (all in the truth). Tracker item rows: {n_tr_items} (each once).

## Rows that are not items

{hm_non}
{tr_non}

## Checks run

- Coverage, read back with openpyxl from the written files (not from the builder's data): the
  84 rows of `hmicfrs.xlsx` with a number in column A hold 83 distinct refs; the one repeat
  (row 65) is the only one absent from the truth, every other one is in it at least once. All
  89 tracker rows 5-93 appear exactly once in `force_row`; no truth line points at a row that
  is not an item.
- Status consistency: for every matched pair (split rows grouped by HMICFRS row) the category
  agrees with the two status columns (HMICFRS Awaiting review/Being progressed = open; tracker
  Complete/Submitted for closure/Closed = done), conflicts aside. Where the tracker gives an
  ID it equals the paired ref, except the deliberate 9441/9414 line.
- Both workbooks read with pandas (`header=None`, engine openpyxl): 104 x 8 and 93 x 10.
- Determinism: the folder deleted and built twice; sha256 of all four files identical. Workbook
  created/modified are fixed at 2026-10-14T09:30:00Z and every zip entry carries the same
  timestamp.
- The tool was not run or imported on this case.
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
