"""Build the evaluation case `causes_of_concern_parent_rows`.

HMICFRS side: a register export in which each cause of concern is a parent row and the
recommendations that answer it are child rows beneath it (Ref "CoC 1" then "CoC 1.1", ...,
a "Linked cause of concern" column holding the parent's Register ID, child text indented).
Force side: a tracker that follows some causes of concern only at parent level, some only by
their child recommendations, some both, with its own RAG words and local actions.

Run with /work/main/.venv/bin/python; rebuilds the case byte for byte (fixed seed, fixed zip
timestamps and document properties).
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

SEED = 2525
CASE = "causes_of_concern_parent_rows"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE

rng = random.Random(SEED)

FORCE = "Hampshire Constabulary"
AREA = "Hampshire and the Isle of Wight"
NEIGHBOUR = "Thames Valley Police"
EXTRACT = dt.date(2024, 2, 12)

# ---------------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied from /work/shared/data/real_recommendations.csv
# and /work/main/reconcile/casegen/texts/*.py
# ---------------------------------------------------------------------------------------------
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

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
EVERYONE_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case."
)
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
CUSTODY_CHILDREN = (
    "Within six months Hampshire Constabulary should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)

# HMICFRS comments (real register wording)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")
C_SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")
C_NFA = "Not directed at forces. No further action required by the force."

# ---------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, force sheet, force block title)
# ---------------------------------------------------------------------------------------------
NS, FS = "National", "Force inspections"
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), NS, "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), NS, "Domestic abuse - Everyone's business (Mar 2014)"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22), NS,
                  "Policing in Austerity – Meeting the Challenge (2014)"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), NS, "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  NS, "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), NS, "Stop & search powers 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), NS, "Building the Picture 2015"),
    "eff15b": ("PEEL: Police efficiency 2015", dt.date(2015, 10, 15), FS,
               "PEEL Efficiency 2015 (published 15/10/2015)"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 NS, "Targeting the Risk (Firearms Licensing) 2015"),
    "eff15": ("PEEL: Police effectiveness 2015", dt.date(2016, 2, 18), FS,
              "PEEL Effectiveness 2015 (published 18/02/2016)"),
    "leg16": (None, dt.date(2016, 12, 8), FS, "PEEL Legitimacy 2016 (published 08/12/2016)"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), FS,
              "PEEL Effectiveness 2016 (published 02/03/2017)"),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 21), FS,
              "CDI inspection 2017 (published 21/09/2017)"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), NS, "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9), NS,
              "PEEL Efficiency 17 (all forces)"),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12), NS,
               "PEEL Legit 17 S&S (national)"),
    "leg17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), FS,
              "PEEL Legitimacy 2017 (published 12/12/2017)"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14), FS,
               "NCPI 2018 (published 14/06/2018)"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), FS, "PEEL 2018/19 (published 02/05/2019)"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), NS, "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 5, 24), FS, "PEEL 2021/22 (published 24/05/2022)"),
    "peel2325": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy",
                 dt.date(2023, 11, 9), FS, "PEEL 2023-25 (published 09/11/2023)"),
}

# Leads (tracker furniture)
L = {
    "ACC": "ACC Crime", "ACCLP": "ACC Local Policing", "CID": "Det Ch Supt Force CID",
    "INT": "Head of Intelligence", "CJ": "Head of Criminal Justice", "FCR": "Force Crime Registrar",
    "PSD": "Head of Professional Standards", "PP": "Ch Supt Public Protection",
    "HR": "Director of People", "CD": "Head of Corporate Development",
    "CC": "Supt Contact Centre", "LD": "Head of Learning & Development", "CUS": "Ch Insp Custody",
    "IM": "Head of Information Management", "DCC": "DCC", "FIN": "Director of Finance",
    "FL": "Supt Firearms Licensing", "BELL": "C/Supt Bell", None: None,
}

# ---------------------------------------------------------------------------------------------
# The items. Each HMICFRS item: key, report, ref, parent key, type, text, status, comment and
# the force rows that answer it (list of dicts: sheet/ref/type/text/lead/rag/progress/sub).
# `expect` is the category the analyst gives every line of the item; `why` says why.
# ---------------------------------------------------------------------------------------------
ITEMS: list[dict] = []
FORCE_ONLY: list[dict] = []   # force rows with no HMICFRS item, placed by report block


def H(key, report, ref, typ, text, status, comment, expect, why, force=(), parent=None,
      sdate=None):
    ITEMS.append(dict(key=key, report=report, ref=ref, type=typ, text=text, status=status,
                      comment=comment, expect=expect, why=why, force=list(force), parent=parent,
                      sdate=sdate))


def F(ref, typ, text, lead, rag, progress=None, sub=None, fill=None):
    return dict(ref=ref, type=typ, text=text, lead=L[lead], rag=rag, progress=progress, sub=sub,
                fill=fill)


def LOCAL(report, after, ref, typ, text, lead, rag, progress, why):
    FORCE_ONLY.append(dict(report=report, after=after, ref=ref, type=typ, text=text, lead=L[lead],
                           rag=rag, progress=progress, sub=None, fill=None, why=why))


# ---- Stop and search 2013 ---------------------------------------------------------------------
SAS13_1 = ("Chief Constables and the College of Policing should establish in the Stop and Search "
           "Authorised Professional Practice document a clear specification of what constitutes "
           "the effective and fair exercise of stop and search powers, and guidance in this "
           "respect. This should be compliant with the Code of Practice.")
SAS13_2 = ("Chief Constables should establish or improve monitoring of the way officers stop and "
           "search people, so that they can be satisfied their officers are acting in accordance "
           "with the law (including equality legislation and the Code of Practice), and that the "
           "power is used effectively to prevent crime, catch criminals and maintain public "
           "trust.")
SAS13_3 = ("Chief Constables should, in consultation with elected local policing bodies, ensure "
           "that they comply with the code of practice by explaining to the public the way stop "
           "and search powers are used in their areas and by making arrangements for stop and "
           "search records to be scrutinised by community representatives. This should be done "
           "in a way that involves those people who are stopped and searched, for example, "
           "young people.")
H("sas13.1", "sas13", "Rec 1", NAT, SAS13_1, "Complete", C_DONE, "in_sync",
  "closed by HMICFRS; force WHITE (not the force's to deliver) counts as done",
  [F("", "National rec", SAS13_1, "ACCLP", "WHITE",
     "College of Policing action – APP on stop and search published. Not the force's to "
     "deliver.")])
H("sas13.2", "sas13", "Rec 2", NAT, SAS13_2, "Complete", C_DONE, "closeable_local",
  "HMICFRS Complete; force still AMBER",
  [F("", "National rec",
     "Chief Constables should establish or improve monitoring of the way officers S&S people, "
     "so that they can be satisfied their officers are acting in accordance with the law "
     "(incl. equality legislation & the Code of Practice), and that the power is used "
     "effectively to prevent crime, catch criminals & maintain public trust.",
     "ACCLP", "AMBER",
     "S&S scrutiny dashboard still in development – see also PEEL Legit 17 S&S rows.")])
H("sas13.3", "sas13", "Rec 3", NAT, SAS13_3, "Complete", C_DONE, "in_sync",
  "closed on both sides; near-twin of the 2015 Stop and search 2 text, paired by report block",
  [F("", "National rec", SAS13_3, "ACCLP", "GREEN",
     "Stop and search records scrutinised quarterly by the Independent Advisory Group.")])

# ---- Everyone's business 2014 -----------------------------------------------------------------
H("everyone.1", "everyone", "Rec 1", NAT, EVERYONE_PLAN, "Superseded", C_SUPER, "in_sync",
  "HMICFRS Superseded (closed), force Complete; force pasted the recommendation with the next "
  "paragraph run on, same item",
  [F("", "National rec", EVERYONE_RUN_ON, "PP", "Complete",
     "Domestic Abuse Action Plan published September 2014 and refreshed annually.")])

# ---- Policing in austerity 2014 ---------------------------------------------------------------
AUS_1 = ("All Chief Constables and PCCs should review their plans to deliver savings to ensure "
         "they are doing all they can to continue to reduce crime and protect the front line "
         "while balancing their budgets. They should use the data and information contained in "
         "this report, and in HMIC's Value for Money profiles, when conducting their reviews")
AUS_2 = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
         "through collaboration should assess whether there is scope to improve on this "
         "position. HMIC will follow up the assessments in the autumn.")
AUS_3 = ("Chief Constables and PCCs in forces that are planning to reduce the proportion of "
         "their workforce and/or police officers on the front line should assess whether they "
         "have taken the decisive action seen in many forces in order to maintain their crime "
         "fighting capacity. HMIC will follow up the assessments in the autumn.")
AUS_4 = ("In preparation for the next spending round period all Chief Constables and PCCs should "
         "review their plans for collaboration. In particular they should consider whether "
         "there is scope to deliver better value for money and improved capability and capacity "
         "through joint working with other forces, the public and/or the private sector.")
H("austerity.1", "austerity", "Rec 1", NAT, AUS_1, "Complete", C_DONE, "in_sync",
  "closed on both sides",
  [F("R1", "National rec", AUS_1, "FIN", "GREEN", "Medium Term Financial Plan reviewed.")])
H("austerity.2", "austerity", "Rec 2", NAT, AUS_2, "Complete", C_DONE, "in_sync",
  "closed on both sides",
  [F("R2", "National rec", AUS_2, "FIN", "GREEN", "Assessment returned to HMIC Nov 2014.")])
H("austerity.4", "austerity", "Rec 4", NAT, AUS_4, "Complete", C_DONE, "closeable_local",
  "HMICFRS Complete; force AMBER",
  [F("R4", "National rec", AUS_4, "FIN", "AMBER",
     "Collaboration review with Thames Valley ongoing – linked to alliance exit.")])
LOCAL("austerity", "austerity.2", "R3", "National rec", AUS_3, "FIN", "AMBER",
      "Workforce mix review ongoing.",
      "real Policing in austerity recommendation the force tracks but HMICFRS no longer lists "
      "against the force (register holds Rec 1, 2 and 4 only): query with HMICFRS")

# ---- Core business 2014 -----------------------------------------------------------------------
CORE_1 = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
          "have not yet done so, should provide call-handlers with specific, sound and "
          "comprehensible criteria against which they can assess threat, harm and risk.")
CORE_2 = ("By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
          "carried out is systematically recorded and subsequently evaluated to determine the "
          "effectiveness of tactics being employed.")
H("core.1", "core", "Rec 1", NAT, CORE_1, "Complete", C_DONE, "in_sync",
  "closed on both sides; near-twin of the CDI 2017 Rec 2 text (call-handler THR criteria), "
  "paired by report",
  [F("R1", "National rec", CORE_1, "CC", "GREEN", "THRIVE criteria in place in the contact centre.")])
H("core.2", "core", "Rec 2", NAT, CORE_2, "Being progressed", C_MON, "closeable_submit",
  "HMICFRS open; force 'Pending sign off' = done",
  [F("R2", "National rec", CORE_2, "ACCLP", "Pending sign off",
     "Problem-solving database live; evaluation template agreed. Pending sign off by the chief "
     "officer lead.")])

# ---- Integrity matters 2015 -------------------------------------------------------------------
INTEG = ("By 31 August 2015, all chief constables should satisfy themselves that they have "
         "processes in place to ensure that investigations into misconduct by officers and staff "
         "resulting in “no further action” are fair and free of any form of discrimination.")
H("integrity.1", "integrity", "Rec 1", NAT, INTEG, "Being progressed", C_MON, "in_sync",
  "open on both sides",
  [F("", "National rec", INTEG, "PSD", "AMBER",
     "PSD dip-sample of NFA outcomes by protected characteristic – first report due to "
     "Professional Standards Board.")])

# ---- Stop and search 2 2015 -------------------------------------------------------------------
SAS15 = ("Chief constables should, in consultation with police and crime commissioners, ensure "
         "that they comply with the Code of Practice by explaining to the public the way stop "
         "and search powers are used in their areas and by making arrangements for stop and "
         "search records to be scrutinised by community representatives. This should be done "
         "in a way that involves those people who are stopped and searched, for example young "
         "people.")
H("sas15.1", "sas15", "Rec 1", NAT, SAS15, "Complete", C_DONE, "in_sync",
  "closed on both sides; near-twin of Stop and search 2013 Rec 3",
  [F("", "National rec", SAS15, "ACCLP", "GREEN",
     "Youth IAG set up; S&S records reviewed by community panel.")])

# ---- Building the picture 2015 ----------------------------------------------------------------
PICT = ("By 30 November 2015, chief constables should put in place arrangements to scrutinise "
        "audits of compliance with the APP on information management through the force "
        "information management governance structure. This should include measures to ensure "
        "that categorisation of records are regularly adjusted.")
H("picture.1", "picture", "Rec 1", NAT, PICT, "Being progressed", C_MON, "missing_from_force",
  "no force row for Building the Picture at all")

# ---- Firearms licensing 2015 ------------------------------------------------------------------
FA = [
    ("Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full."),
    ("Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times."),
    ("Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records."),
    ("Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm."),
    ("Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates."),
]
H("firearms.1", "firearms", "Rec 1", NAT, FA[0], "Complete", C_DONE, "in_sync",
  "closed on both sides",
  [F("Rec 1", "National rec", FA[0], "FL", "GREEN", "Governance assessed against APP Dec 2015.")])
H("firearms.2", "firearms", "Rec 2", NAT, FA[1], "Being progressed", C_MON, "closeable_submit",
  "HMICFRS open; force GREEN",
  [F("Rec 2", "National rec", FA[1], "FL", "GREEN",
     "Demand review complete; two additional enquiry officers funded. Ready to submit.",
     sub=dt.date(2024, 1, 18))])
H("firearms.3", "firearms", "Rec 3", NAT, FA[2], "Complete", C_DONE, "in_sync",
  "closed on both sides",
  [F("Rec 3", "National rec", FA[2], "FL", "Complete", "All total expired records resolved.")])
H("firearms.4", "firearms", "Rec 4", NAT, FA[3], "Being progressed", C_MON, "in_sync",
  "open on both sides",
  [F("Rec 4", "National rec",
     "Within 3 months, all CCs should ensure that their arrangments in respect of the use of "
     "temporary permits are in accordance with the HO guidance; that temporary permits are "
     "properly recorded without delay on NFLMS; and that effective systems exist to ensure "
     "certificate holders are not permitted, at any time, to remain in unlawful possession of "
     "a firearm.", "FL", "AMBER", "Temporary permit process being rewritten.")])
H("firearms.5", "firearms", "Rec 5", NAT, FA[4], "Complete", C_AUTH, "closeable_local",
  "HMICFRS closed (authorised for closure); force RED",
  [F("Rec 5", "National rec", FA[4], "CC", "RED",
     "STORM flag for certificate holders not yet applied to all dispatch desks.")])

# ---- Stolen freedom 2017 ----------------------------------------------------------------------
SF = [
    SF_LEADERSHIP,
    ("Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible"),
    ("Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence."),
    ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking."),
    ("Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences."),
    ("Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited."),
]
SF1_BULLETS = [
    ("R1 (a)", "Within 12 months review MSHT leadership & governance to ensure that senior "
               "leaders prioritise the response to MSHT",
     "MSHT lead is ACC Crime; MSHT standing item at Force Tasking."),
    ("R1 (b)", "...every incident of modern slavery identified to police is allocated "
               "appropriate resources with the skills, experience and capacity to investigate "
               "it effectively",
     "All MSHT crimes allocated to the Complex Investigations Team."),
    ("R1 (c)", "...forces develop effective partnership arrangements to co-ordinate activity in "
               "order to share information and safeguard victims",
     "Anti-Slavery Partnership established with the four local authorities."),
    ("R1 (d)", "...performance and quality assurance measures are in place to allow senior "
               "leaders to assess the nature and quality of the service provided to victims",
     "MSHT measures added to the quarterly performance pack."),
]
H("stolen.1", "stolen", "Rec 1", NAT, SF[0], "Being progressed", C_MON, "closeable_submit",
  "force split the four bullets into four rows, all GREEN; HMICFRS open: each split row "
  "closeable_submit",
  [F(r, "National rec", t, "ACC", "GREEN", p) for r, t, p in SF1_BULLETS])
H("stolen.2", "stolen", "Rec 2", NAT, SF[1], "Being progressed", C_MON, "conflict",
  "timescale differs: HMICFRS 'Within six months', force row 'Within twelve months'",
  [F("R2", "National rec",
     "Within twelve months, forces should have in place active information-sharing "
     "agreements with other agencies to facilitate speedy exchange of intelligence and in "
     "order to safeguard victims better and to identify suspects as early as possible.",
     "INT", "AMBER", "ISAs agreed with 3 of 4 local authorities; Border Force ISA outstanding.")])
H("stolen.3", "stolen", "Rec 3", NAT, SF[2], "Complete", C_DONE, "in_sync",
  "closed on both sides",
  [F("R3", "National rec", SF[2], "CJ", "GREEN", "s45 guidance issued to all investigators.")])
H("stolen.4", "stolen", "Rec 4", NAT, SF[3], "Being progressed", C_MON, "in_sync",
  "open on both sides; the force's RAG cell is blank but shaded amber (status by fill only)",
  [F("R4", "National rec", SF[3], "PP", None,
     "NRM single point of contact in post; duty to notify process being audited.",
     fill="AMBER")])
H("stolen.5", "stolen", "Rec 5", NAT, SF[4], "Being progressed", C_MON, "closeable_submit",
  "HMICFRS open; force GREEN",
  [F("R5", "National rec", SF[4], "FCR", "GREEN",
     "FCR audit of MSHT crime recording complete – 96% compliance. Submit for closure.",
     sub=dt.date(2023, 12, 4))])
H("stolen.6", "stolen", "Rec 6", NAT, SF[5], "Complete", C_DONE, "closeable_local",
  "HMICFRS Complete; force AMBER",
  [F("R6", "National rec", SF[5], "PP", "AMBER",
     "Slavery and trafficking prevention orders – usage reviewed six-monthly.")])

# ---- PEEL efficiency 2017 national ------------------------------------------------------------
DIG = ("By September 2018, chief constables should produce an ambitious plan to improve "
       "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
       "Council and Association of Police and Crime Commissioners should support the "
       "development of these plans by establishing a national framework which allows for the "
       "provision of digitally enabled services across force boundaries.")
H("efc17.1", "efc17", "Rec 1", NAT, DIG, "Being progressed", C_MON, "in_sync",
  "open on both sides",
  [F("", "National rec",
     "By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled services "
     "within their force.", "CD", "AMBER", "Digital strategy 2023-26 in draft.")])

# ---- PEEL legitimacy 2017 national overview: a national cause of concern with children -------
LEG17_COC = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop "
             "and search powers is consistently reasonable and fair. In particular, there is "
             "over-representation of BAME people, and black people in particular, in stop and "
             "search data which many forces are unable to explain.")
LEG17_2 = ("Where forces identify disparities through monitoring, they should demonstrate to the "
           "public that they have:\n•carried out research and analysis in an attempt to "
           "understand the reasons for the disparity, and •taken action to reduce the "
           "disparity, where necessary;")
LEG17_3 = ("We expect forces to publish this analysis and any actions taken at least on an "
           "annual basis, from July 2018.")
LEG17_4 = ("By July 2018, and ongoing following that date, forces should ensure that all "
           "officers who use stop and search powers have been provided with, and understand, "
           "training on unconscious bias and College of Policing APP on stop and search.")
H("leg17n.coc", "leg17n", "CoC 1", COC, LEG17_COC, "Being progressed", C_MON,
  "missing_from_force",
  "national cause of concern (parent) tracked by the force only through its four child "
  "recommendations; no force row states the cause itself")
H("leg17n.1", "leg17n", "CoC 1.1", NAT, SAS_MONITORING_2017, "Complete", C_DONE, "in_sync",
  "child of the national CoC; force split its three bullets into three rows, all GREEN; "
  "HMICFRS Complete", [
      F("CoC 1.1 (i)", "National rec",
        "By July 2018 monitor S&S data to understand the reasons for any disproportionate "
        "representation of different ethnic groups in the use of S&S", "ACCLP", "GREEN",
        "Monthly disproportionality report to S&S Board."),
      F("CoC 1.1 (ii)", "National rec",
        "...the extent to which find rates differ between people from different ethnicities, "
        "and across different types of searches (incl. separate identification of find rates "
        "for drug possession and supply-type offences)", "ACCLP", "GREEN",
        "Find rates by ethnicity and search type published on force website."),
      F("CoC 1.1 (iii)", "National rec",
        "...the prevalence of possession-only drug searches, and the extent to which these "
        "align with local or force level priorities", "ACCLP", "GREEN",
        "Possession-only searches reviewed quarterly against control strategy."),
  ], parent="leg17n.coc")
H("leg17n.2", "leg17n", "CoC 1.2", NAT, LEG17_2, "Complete", C_DONE, "in_sync",
  "child of the national CoC; closed on both sides",
  [F("CoC 1.2", "National rec", LEG17_2, "ACCLP", "GREEN",
     "Disparity analysis published with action plan.")], parent="leg17n.coc")
H("leg17n.3", "leg17n", "CoC 1.3", NAT, LEG17_3, "Being progressed", C_MON, "closeable_submit",
  "child of the national CoC; HMICFRS open, force GREEN",
  [F("CoC 1.3", "National rec", LEG17_3, "ACCLP", "GREEN",
     "Annual S&S report published each July since 2018.", sub=dt.date(2024, 1, 9))],
  parent="leg17n.coc")
H("leg17n.4", "leg17n", "CoC 1.4", NAT, LEG17_4, "Being progressed", C_MON, "in_sync",
  "child of the national CoC; open on both sides",
  [F("CoC 1.4", "National rec", LEG17_4, "LD", "AMBER",
     "Unconscious bias e-learning 87% complete for S&S-trained officers.")],
  parent="leg17n.coc")

# ---- Disproportionate use of police powers 2021 -----------------------------------------------
PW = [
    ("By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation."),
    ("By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage."),
    BWV_2021,
    ("The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible."),
    ("By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action."),
]
H("powers.1", "powers", "Rec 1", NAT, PW[0], "Being progressed", C_MON, "in_sync",
  "open on both sides",
  [F("Rec 1", "National rec", PW[0], "LD", "AMBER", "Conflict management refresher in OST 2024.")])
H("powers.2", "powers", "Rec 2", NAT, PW[1], "Being progressed", C_MON, "closeable_submit",
  "HMICFRS open; force GREEN",
  [F("Rec 2", "National rec",
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of CPD for officers & staff, and that supervisors are supported to "
     "routinely and frequently debrief officers on these skills using BWV footage.",
     "LD", "GREEN", "BWV debrief built into supervisor CPD days.")])
H("powers.3", "powers", "Rec 3", NAT, PW[2], "Awaiting review", C_REV, "in_sync",
  "open on both sides",
  [F("Rec 3", "National rec", PW[2], "ACCLP", "AMBER",
     "BWV policy updated; external scrutiny panel access agreed in principle.")])
H("powers.4", "powers", "Rec 4", NAT, PW[3], "No further action required", C_NFA, "in_sync",
  "addressed to Home Office/NPCC; HMICFRS no further action (closed), force WHITE (done)",
  [F("Rec 4", "National rec", PW[3], None, "WHITE", "Home Office / NPCC action.")])
H("powers.5", "powers", "Rec 5", NAT, PW[4], "Being progressed", C_MON, "missing_from_force",
  "no force row for the use-of-force monitoring recommendation")

# ---- PEEL efficiency 2015 (force) -------------------------------------------------------------
EFF15B = [
    ("The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public"),
    "The force should develop its understanding of the links between its outcomes, outputs and costs",
    ("The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them."),
]
H("eff15b.1", "eff15b", "AFI 1", AFI, EFF15B[0], "Complete", C_DONE, "in_sync",
  "closed on both sides (force BLUE)",
  [F("AFI 1", "AFI", EFF15B[0], "CD", "BLUE", "Force Management Statement covers demand.")])
H("eff15b.2", "eff15b", "AFI 2", AFI, EFF15B[1], "Complete", C_DONE, "closeable_local",
  "HMICFRS Complete; force AMBER",
  [F("AFI 2", "AFI", EFF15B[1], "FIN", "AMBER", "Activity-based costing pilot in CID only.")])
H("eff15b.3", "eff15b", "AFI 3", AFI, EFF15B[2], "Being progressed", C_MON, "closeable_submit",
  "HMICFRS open; force GREEN",
  [F("AFI 3", "AFI", EFF15B[2], "HR", "GREEN",
     "Strategic Workforce Plan 2023-27 approved by COG.", sub=dt.date(2023, 10, 30))])

# ---- PEEL effectiveness 2015 (force): CoC tracked only by its child --------------------------
EFF15_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In cases "
    "where a DASH risk assessment is not completed the officer should record an assessment on "
    "the crime management system. HMIC found that officers are not consistently completing a "
    "DASH in circumstances where force policy requires that they should do so. This means that "
    "some victims of domestic abuse who may be at risk of harm are not being appropriately "
    "risk-assessed.")
EFF15_R = ("To address this cause of concern, HMIC recommends the force should immediately take "
           "steps to ensure that there is effective supervision of the initial risk assessment "
           "process, specifically in relation to the completion of DASH risk assessment in "
           "appropriate cases.")
H("eff15.coc", "eff15", "CoC 1", COC, EFF15_COC, "Complete", C_DONE, "missing_from_force",
  "cause of concern tracked by the force only by its recommendation; the force's DASH row "
  "quotes the recommendation (ref CoC1 R1, type Recommendation), so it pairs with the child "
  "and the parent has no force row", sdate=dt.date(2018, 4, 27))
H("eff15.1", "eff15", "CoC 1.1", REC, EFF15_R, "Complete", C_DONE, "in_sync",
  "child recommendation; force row quotes it without the stem (shares DASH wording with the "
  "parent but asks for supervision); closed on both sides",
  [F("CoC1 R1", "Recommendation",
     "Take steps to ensure there is effective supervision of the initial risk assessment "
     "process, specifically in relation to completion of DASH risk assessment in appropriate "
     "cases.", "PP", "BLUE", "Closed by HMICFRS April 2018 – supervisory DASH review in place.")],
  parent="eff15.coc", sdate=dt.date(2018, 4, 27))
EFF15_A1 = ("The force should improve its understanding of the nature and scale of child sexual "
            "exploitation in its area.")
EFF15_A2 = ("The force should make sure officers and staff have the training they need to "
            "identify and respond to stalking and harassment.")
H("eff15.a1", "eff15", "AFI 1", AFI, EFF15_A1, "Complete", C_DONE, "in_sync",
  "closed on both sides",
  [F("AFI 1", "AFI", EFF15_A1, "PP", "GREEN", "CSE problem profile completed 2016.")])
H("eff15.a2", "eff15", "AFI 2", AFI, EFF15_A2, "Complete", C_DONE, "closeable_local",
  "HMICFRS Complete; force AMBER",
  [F("AFI 2", "AFI", EFF15_A2, "LD", "AMBER",
     "Stalking & harassment e-learning refreshed; uptake 64%.")])

# ---- PEEL legitimacy 2016: force-only block ---------------------------------------------------
LOCAL("leg16", None, "AFI 1", "AFI",
      "The force should satisfy itself that it has processes in place to ensure that "
      "investigations into misconduct by officers and staff resulting in “no further action” "
      "are fair and free of any form of discrimination.", "PSD", "AMBER",
      "Linked to Integrity Matters rec – PSD dip-sample.",
      "force-level AFI from a report HMICFRS does not list against the force; not the "
      "Integrity matters national recommendation, which has its own force row")

# ---- PEEL effectiveness 2016 (force): CoC 1 both levels, CoC 2 parent only --------------------
EFF16_COC1 = ("The force’s current approach to domestic abuse is unacceptable. The proportion of "
              "victims who fail to support the investigation and the low use of police powers of "
              "arrest and prosecution is a cause of concern to HMIC.")
EFF16_11 = ("In order to improve the service it provides to victims of domestic abuse, offer the "
            "best possible protection and bring more perpetrators to justice, the force should "
            "immediately consider ways of increasing the use of arrest, ancillary orders and "
            "other available powers.")
EFF16_12 = ("To improve the service provided to victims of domestic abuse the force should "
            "immediately take steps to understand and address the reason behind why such a high "
            "proportion of victims of domestic abuse do not support the police investigation.")
EFF16_13 = ("In addition, the practice of conducting domestic abuse risk assessments over the "
            "telephone and dealing with domestic abuse in the resolution centre should cease")
EFF16_COC2 = (
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
    "vulnerability in 2015.")
EFF16_21 = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual "
    "exploitation and how to respond to such cases; and • supervisors provide the correct "
    "oversight of missing person enquiries and direct appropriate and timely investigative and "
    "safeguarding action")
H("eff16.coc1", "eff16", "CoC 1", COC, EFF16_COC1, "Being progressed", C_MON, "in_sync",
  "parent: force row typed Cause of Concern, ref CoC1, states the cause (abridged) -> pairs "
  "with the parent; open on both sides although two of its recommendations are closed",
  [F("CoC1", "Cause of Concern",
     "Force's current approach to DA is unacceptable – proportion of victims who fail to "
     "support the investigation & low use of arrest and prosecution.", "PP", "AMBER",
     "Overall CoC stays AMBER until victim attrition work (CoC1.2) is signed off. DA "
     "Improvement Board monthly.")])
H("eff16.1", "eff16", "CoC 1.1", REC, EFF16_11, "Complete", C_DONE, "in_sync",
  "child: closed on both sides",
  [F("CoC1.1", "Recommendation", EFF16_11, "PP", "Complete",
     "Arrest rate for DA up from 29% to 41%; DVPO use doubled.")], parent="eff16.coc1")
H("eff16.2", "eff16", "CoC 1.2", REC, EFF16_12, "Being progressed", C_MON, "closeable_submit",
  "child: HMICFRS open; force GREEN",
  [F("CoC1.2", "Recommendation",
     "Take steps to understand and address why such a high proportion of DA victims do not "
     "support the police investigation.", "PP", "GREEN",
     "Victim attrition research with university partner published; evidence-led prosecution "
     "toolkit rolled out. Ready to move to GREEN status – submit.", sub=dt.date(2024, 1, 22))],
  parent="eff16.coc1")
H("eff16.3", "eff16", "CoC 1.3", REC, EFF16_13, "Complete", C_DONE, "closeable_local",
  "child: HMICFRS Complete; force AMBER",
  [F("CoC1.3", "Recommendation", EFF16_13, "CC", "AMBER",
     "Telephone DASH stopped Apr 2017; resolution centre still takes some standard-risk DA – "
     "review with Supt Contact Centre.")], parent="eff16.coc1")
LOCAL("eff16", "eff16.3", "Local", "Force action",
      "Force action - Task & Finish group to review the domestic abuse policy and report to the "
      "Force Executive Team", "PP", "AMBER", "T&F group meets fortnightly; report due March.",
      "the force's own action filed under CoC1; HMICFRS never asked for it")
H("eff16.coc2", "eff16", "CoC 2", COC, EFF16_COC2, "Awaiting review", C_REV, "closeable_submit",
  "parent tracked at parent level only: force row typed Cause of Concern, ref CoC2, quotes the "
  "cause; its progress note describes the recommendation's work but the row states the cause, "
  "so it pairs with the parent (HMICFRS open, force GREEN)",
  [F("CoC2", "Cause of Concern",
     EFF16_COC2.replace("The force’s", "The force's").replace("’", "'").replace("‘", "'"),
     "PP", "GREEN",
     "Missing Children improvement plan delivered: call-taker training on missing/absent, CSE "
     "risk factor briefing, supervisory review of every missing episode. Evidence pack sent to "
     "OPCC 20/11/2023.", sub=dt.date(2023, 11, 20))], sdate=dt.date(2023, 12, 1))
H("eff16.21", "eff16", "CoC 2.1", REC, EFF16_21, "Being progressed", C_MON, "missing_from_force",
  "child recommendation of CoC 2: the force tracks CoC 2 at parent level only, no row of its "
  "own for the recommendation", parent="eff16.coc2")
EFF16_A = [
    ("The force should improve how it works with partner organisations to safeguard people at "
     "risk from honour-based abuse."),
    "The force should make sure it records reports of hate crime accurately and without delay.",
    ("The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health."),
]
H("eff16.a1", "eff16", "AFI 1", AFI, EFF16_A[0], "Being progressed", C_MON, "in_sync",
  "open on both sides",
  [F("AFI 1", "AFI", EFF16_A[0], "PP", "AMBER", "HBA protocol with partners in draft.")])
H("eff16.a2", "eff16", "AFI 2", AFI, EFF16_A[1], "Complete", C_DONE, "in_sync",
  "closed on both sides; the force's RAG cell is blank but shaded green (status by fill only)",
  [F("AFI 2", "AFI", EFF16_A[1], "FCR", None, "Hate crime audit 2019: 94% compliant.",
     fill="GREEN")])
H("eff16.a3", "eff16", "AFI 3", AFI, EFF16_A[2], "Being progressed", C_MON, "closeable_submit",
  "HMICFRS open; force GREEN",
  [F("AFI 3", "AFI", EFF16_A[2], "CC", "GREEN",
     "Mental health triage car and Right Care Right Person in place.")])

# ---- CDI 2017 (force): one recommendation split into bullets, one bullet missing --------------
CDI_BUL = [
    ("Rec 1 (a)", "Put in place arrangements to ensure that at the point of report, victims are "
                  "believed", "GREEN", "Victim-first briefing delivered to all call handlers."),
    ("Rec 1 (b)", "...conversations between call handlers and callers are summarised accurately "
                  "in the incident log", "GREEN", "STORM log QA by contact centre supervisors."),
    ("Rec 1 (c)", "...multiple crimes are always recorded when described within incident "
                  "records or identified as part of other recorded crime investigations",
     "AMBER", "FCR audit shows 88% – further work needed."),
    ("Rec 1 (d)", "...the practice of awaiting the results of medical examinations or video "
                  "interviews before making crime-recording decisions is stopped", "GREEN",
     "Practice stopped; FCR confirmed in audit."),
]
H("cdi17.1", "cdi17", "Rec 1", REC, CDI_VICTIMS, "Being progressed", C_MON, "conflict",
  "force split the recommendation into bullet rows (a)-(d) but left out the fifth bullet "
  "(online reports triaged at the point of receipt): a missing bullet, each split row a "
  "conflict",
  [F(r, "Recommendation", t, "FCR", g, p) for r, t, g, p in CDI_BUL])
CDI_2 = ("Within three months, the force should provide call-handlers with specific, sound and "
         "comprehensible criteria against which they can assess threat, harm and risk.")
H("cdi17.2", "cdi17", "Rec 2", REC, CDI_2, "Being progressed", C_MON, "in_sync",
  "open on both sides; near-twin of Core Business Rec 1 (call-handler criteria), paired by report",
  [F("Rec 2", "Recommendation",
     "Within 3 months, the force should provide call-handlers with specific, sound & "
     "comprehensible criteria against which they can assess threat, harm & risk.",
     "CC", "AMBER", "THRIVE+ refresh for call handlers scheduled.")])

# ---- PEEL legitimacy 2017 (force) -------------------------------------------------------------
LEG17_A1 = ("The force should improve how it gathers, assesses and acts on intelligence about "
            "counter-corruption.")
LEG17_A2 = ("The force should review how it gathers and uses equality and diversity data to "
            "improve its understanding of its workforce demographics.")
H("leg17.a1", "leg17", "AFI 1", AFI, LEG17_A1, "Being progressed", C_MON, "in_sync",
  "open on both sides",
  [F("AFI 1", "AFI", LEG17_A1, "PSD", "AMBER", "Counter-corruption control strategy refreshed.")])
H("leg17.a2", "leg17", "AFI 2", AFI, LEG17_A2, "Complete", C_DONE, "in_sync",
  "closed on both sides",
  [F("AFI 2", "AFI", LEG17_A2, "HR", "GREEN", "Workforce data dashboard live.")])

# ---- NCPI 2018 (force) ------------------------------------------------------------------------
NCPI_2 = ("Within twelve months, the force should make sure its performance framework gives "
          "senior leaders a clear picture of its response to child sexual exploitation.")
H("ncpi18.1", "ncpi18", "Rec 1", REC, CUSTODY_CHILDREN, "Being progressed", C_MON, "in_sync",
  "open on both sides",
  [F("Rec 1", "Recommendation",
     CUSTODY_CHILDREN.replace("accommodation", "accomodation").replace(":•", ":\n•")
     .replace(";•", ";\n•").replace("and•", "and\n•"), "CUS", "AMBER",
     "Joint protocol with children's services on PACE transfers being renegotiated.")])
H("ncpi18.2", "ncpi18", "Rec 2", REC, NCPI_2, "Complete", C_DONE, "closeable_local",
  "HMICFRS Complete; force AMBER",
  [F("Rec 2", "Recommendation", NCPI_2, "PP", "AMBER", "CSE measures in draft performance pack.")])

# ---- PEEL 2018/19 (force): CoC 1 by children only; CoC 2 both levels, one child untracked ------
P19_COC1 = ("The force does not have the capacity or capability to investigate crime effectively "
            "and this is affecting the service being provided to the public. There are failings "
            "in the way that crimes are being investigated.")
P19_11 = ("HMIC recommends that within six months the force should: ensure regular and active "
          "supervision of the quality and progress of investigations. This supervision should be "
          "properly recorded;")
P19_12 = ("HMIC recommends that within six months the force should: improve its ability to "
          "retrieve digital evidence from mobile phones, computers and other electronic devices "
          "quickly enough to ensure investigations are not delayed;")
P19_13 = ("HMIC recommends that within six months the force should: improve its understanding of "
          "suspects released under investigation and the management of those released on bail;")
P19_COC2 = ("The force does not have suitable arrangements in place to make sure it can maintain "
            f"the full range of public services when its alliance with {NEIGHBOUR} ends. There "
            "are gaps in its workforce skills assessment, and weaknesses in both its "
            "investigative approach and its approach to safeguarding vulnerable people.")
P19_21 = (f"HMIC recommends that the force should immediately:agree arrangements with {NEIGHBOUR} "
          "to secure a smooth transition to its future operating model, ensuring no disruption "
          "to public services; and")
P19_22 = ("HMIC recommends that the force should immediately:clearly define its new operating "
          "model, ensuring all operational and support services are affordable and fit to "
          f"protect the communities of {AREA};")
P19_23 = ("HMIC recommends that the force should immediately: expand the skills project work to "
          "include an assessment of all skills, not only operational, including potential future "
          "skills requirements. This assessment should inform workforce plans;")
P19_24 = ("HMIC recommends that the force should immediately: conduct a review, involving its "
          "partners, of the approach to vulnerability to better safeguard vulnerable people.")
P19_25 = ("HMIC recommends that the force should immediately: conduct a review of officers’ "
          "capabilities and capacity to manage their investigative workload, to better "
          "understand investigative demand and the pressures placed upon them; and")
H("p19.coc1", "peel1819", "CoC 1", COC, P19_COC1, "Being progressed", C_MON,
  "missing_from_force",
  "parent: the force tracks CoC 1 only by its three recommendations (rows CoC1 R1-R3); no row "
  "states the cause")
H("p19.11", "peel1819", "CoC 1.1", REC, P19_11, "Being progressed", C_MON, "in_sync",
  "child: open on both sides; near-twin of the 2021/22 AFI on supervision of investigations",
  [F("CoC1 R1", "Recommendation",
     "Within 6 months ensure regular & active supervison of the quality and progress of "
     "investigations. This supervision should be properly recorded.", "CID", "AMBER",
     "Investigation standards audit quarterly; supervisory review compliance 71%.")],
  parent="p19.coc1")
H("p19.12", "peel1819", "CoC 1.2", REC, P19_12, "Being progressed", C_MON, "closeable_submit",
  "child: HMICFRS open; force GREEN",
  [F("CoC1 R2", "Recommendation",
     "Within 6 months improve the ability to retrieve digital evidence from mobile phones, "
     "computers & other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "CID", "GREEN",
     "Digital forensics backlog cleared; kiosks in every hub. Submitted for closure.",
     sub=dt.date(2023, 9, 14))], parent="p19.coc1")
H("p19.13", "peel1819", "CoC 1.3", REC, P19_13, "Complete", C_DONE, "closeable_local",
  "child: HMICFRS Complete; force AMBER",
  [F("CoC1 R3", "Recommendation",
     "Within 6 months improve understanding of suspects RUI and the management of those "
     "released on bail.", "CJ", "AMBER",
     "RUI/bail oversight moved to Criminal Justice; Bail Act 2022 changes embedding.")],
  parent="p19.coc1")
H("p19.coc2", "peel1819", "CoC 2", COC, P19_COC2, "Being progressed", C_MON, "closeable_submit",
  "parent: force row typed Cause of Concern, ref CoC2, summarises the cause (alliance exit, "
  "skills gaps, investigation and safeguarding weaknesses) -> pairs with the parent even "
  "though its words overlap CoC 2.1; HMICFRS open, force GREEN ('submitted for closure as a "
  "whole' although the force's own CoC2 R3 and R5 rows are still AMBER: the sign-off lead "
  "will see that, but the parent pair is still one step from agreement)",
  [F("CoC2", "Cause of Concern",
     f"Alliance exit – no suitable arrangements to maintain full range of services when the "
     f"alliance with TVP ends; gaps in workforce skills assessment; weaknesses in "
     f"investigation & safeguarding vulnerable people.", "DCC", "GREEN",
     "Alliance exit completed 1 April 2020 with no loss of service. Submitted for closure "
     "as a whole.", sub=dt.date(2024, 1, 15))])
H("p19.21", "peel1819", "CoC 2.1", REC, P19_21, "Complete", C_DONE, "in_sync",
  "child: closed on both sides",
  [F("CoC2 R1", "Recommendation",
     f"Agree arrangements with {NEIGHBOUR} to secure a smooth transition to the future "
     "operating model, ensuring no disruption to public services.", "DCC", "Complete",
     "Exit agreement signed.")], parent="p19.coc2")
H("p19.22", "peel1819", "CoC 2.2", REC, P19_22, "Complete", C_DONE, "in_sync",
  "child: closed on both sides",
  [F("CoC2 R2", "Recommendation",
     "Clearly define new operating model, ensuring all operational & support services are "
     f"affordable and fit to protect the communities of {AREA}.", "DCC", "GREEN",
     "Operating model approved by PCC.")], parent="p19.coc2")
H("p19.23", "peel1819", "CoC 2.3", REC, P19_23, "Being progressed", C_MON, "in_sync",
  "child: open on both sides",
  [F("CoC2 R3", "Recommendation",
     "Expand the skills project work to include an assessment of all skills, not only "
     "operational, incl. potential future skills requirements. This assessment should inform "
     "workforce plans.", "HR", "AMBER", "Skills audit of police staff still to be completed.")],
  parent="p19.coc2")
H("p19.24", "peel1819", "CoC 2.4", REC, P19_24, "Being progressed", C_MON, "missing_from_force",
  "child of CoC 2 with no force row: the force's 'Local action' on the vulnerable adults problem "
  "profile is its own action, not this review with partners", parent="p19.coc2")
H("p19.25", "peel1819", "CoC 2.5", REC, P19_25, "Complete", C_DONE, "closeable_local",
  "child: HMICFRS Complete; force AMBER",
  [F("CoC2 R5", "Recommendation",
     "Conduct a review of officers' capabilities & capacity to manage their investigative "
     "workload, to better understand investigative demand and the pressures placed upon them.",
     "CID", "AMBER", "Workload review repeated annually – 2024 review in progress.")],
  parent="p19.coc2")
LOCAL("peel1819", "p19.25", "Local", "Force action",
      "Local action: Refresh the vulnerable adults problem profile and add it to the control "
      "strategy", "INT", "AMBER", "Problem profile due to Force Tasking in April.",
      "the force's own action under CoC2 (ref 'Local'); it does not record the partner review "
      "of the approach to vulnerability that CoC 2.4 asks for")
P19_A1 = ("The force should make sure investigations of rape and serious sexual offences are "
          "allocated to officers with the right skills and are effectively supervised.")
P19_A2 = ("The force should improve its use of its crime-recording and management system to "
          "better manage its case files and investigative processes.")
H("p19.a1", "peel1819", "AFI 1", AFI, P19_A1, "Being progressed", C_MON, "in_sync",
  "open on both sides",
  [F("AFI 1", "AFI", P19_A1, "CID", "AMBER", "Operation Soteria roll-out.")])
H("p19.a2", "peel1819", "AFI 2", AFI, P19_A2, "Being progressed", C_MON, "closeable_submit",
  "HMICFRS open; force GREEN",
  [F("AFI 2", "AFI", P19_A2, "CID", "GREEN", "RMS case file module live Oct 2023.")])

# ---- PEEL 2021/22 (force): vetting CoC parent misfiled by the force, child untracked ----------
P22_COC = f"The size of the vetting backlog within {FORCE} is a cause of concern."
P22_11 = ("The force should ensure all staff have received at least the lowest level of vetting "
          "clearance for their roles as quickly as possible, working to clear both the vetting "
          "backlog and new vetting renewals when they become due so that it complies fully with "
          "the national vetting guidelines.")
H("p22.coc", "peel2122", "CoC 1", COC, P22_COC, "Being progressed", C_MON, "conflict",
  "parent: the force's only vetting row (typed Cause of Concern, quotes the cause) sits in its "
  "PEEL 2018/19 block as 'CoC3'; HMICFRS has it under PEEL 2021/22 as CoC 1: report, date and "
  "reference disagree",
  [F("CoC3", "Cause of Concern", P22_COC, "PSD", "RED",
     "Backlog 1,140 files (Jan 24). Six additional vetting officers recruited; renewals "
     "prioritised by role risk.")])
H("p22.11", "peel2122", "CoC 1.1", REC, P22_11, "Being progressed", C_MON, "missing_from_force",
  "child of the vetting CoC: the force tracks the vetting CoC at parent level only (its one "
  "vetting row states the cause); the recommendation has no row", parent="p22.coc")
P22_A = [
    ("The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce."),
    ("The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service."),
    ("The force should make sure victims of fraud are kept informed about the progress of their "
     "case, in line with the Code of Practice for Victims of Crime."),
    ("The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area."),
]
H("p22.a1", "peel2122", "AFI 1", AFI, P22_A[0], "Being progressed", C_MON, "conflict",
  "type differs: HMICFRS Area for improvement, force records it as a Recommendation",
  [F("Rec 1", "Recommendation", P22_A[0], "CC", "AMBER",
     "Control room uplift of 18 call handlers; wellbeing offer reviewed.")])
H("p22.a2", "peel2122", "AFI 2", AFI, P22_A[1], "Being progressed", C_MON, "in_sync",
  "open on both sides; near-twin of PEEL 2018/19 CoC 1.1",
  [F("AFI 2", "AFI", P22_A[1], "CID", "AMBER", "Investigation plan template in RMS.")])
H("p22.a3", "peel2122", "AFI 3", AFI, P22_A[2], "Complete", C_DONE, "in_sync",
  "closed on both sides",
  [F("AFI 3", "AFI", P22_A[2], "CID", "GREEN", "Fraud victim care unit contacts every victim.")])
H("p22.a4", "peel2122", "AFI 4", AFI, P22_A[3], "Being progressed", C_MON, "missing_from_force",
  "no force row for the VAWG area for improvement")

# ---- PEEL 2023-25 (force): CoC both levels, one child split into actions, one child untracked --
P25_COC = ("The force should make sure there are appropriate strategic oversight arrangements in "
           "place to manage risks, performance and improvement plans effectively.")
P25_11 = ("Within six months the force should make sure the corporate risk register is actively "
          "used to mitigate and manage known risks.")
P25_12 = ("Within six months the force should make sure all processes in place to support "
          "performance management are effective.")
P25_13 = ("Within six months the force should make sure it has access to accurate data and "
          "analysis to support effective performance management.")
H("p25.coc", "peel2325", "CoC 1", COC, P25_COC, "Awaiting review", C_NEW, "in_sync",
  "parent: force row typed Cause of Concern, ref CoC 1, quotes the cause; open on both sides",
  [F("CoC 1", "Cause of Concern", P25_COC, "DCC", "AMBER",
     "Engage phase – improvement plan agreed with HMICFRS liaison lead.")])
H("p25.11", "peel2325", "CoC 1.1", REC, P25_11, "Awaiting review", C_NEW, "in_sync",
  "child split by the force into two action rows (ref CoC 1.1 action 1/2, rec text repeated); "
  "open on both sides", [
      F("CoC 1.1 - action 1", "Recommendation",
        "Within 6 months make sure the corporate risk register is actively used to mitigate & "
        "manage known risks. Action 1: refresh the corporate risk register and agree named "
        "risk owners", "CD", "AMBER", "Register refreshed; owners being confirmed."),
      F("CoC 1.1 - action 2", "Recommendation",
        "Within 6 months make sure the corporate risk register is actively used to mitigate & "
        "manage known risks. Action 2: Strategic Risk Board to review red risks monthly and "
        "escalate to Chief Officer Group", "CD", "AMBER", "First Strategic Risk Board March."),
  ], parent="p25.coc")
H("p25.12", "peel2325", "CoC 1.2", REC, P25_12, "Awaiting review", C_NEW, "closeable_submit",
  "child: HMICFRS open; force GREEN",
  [F("CoC 1.2", "Recommendation", P25_12, "CD", "GREEN",
     "Performance framework rewritten; Force Performance Board ToR approved.",
     sub=dt.date(2024, 2, 1))], parent="p25.coc")
H("p25.13", "peel2325", "CoC 1.3", REC, P25_13, "Awaiting review", C_NEW, "missing_from_force",
  "child with no force row: the local action on the performance pack is the force's own, "
  "not this recommendation", parent="p25.coc")
LOCAL("peel2325", "p25.12", "Local", "Force action",
      "Force improvement plan: Add vetting and professional standards measures to the monthly "
      "Force Performance pack", "CD", "AMBER", "Measures agreed with PSD.",
      "the force's own action under CoC 1 (ref 'Local'); not CoC 1.3's data and analysis ask")
P25_A1 = ("The force should make sure its analysis of county lines drug dealing informs its "
          "strategic assessment and control strategy.")
P25_A2 = ("The force should improve how it gathers, assesses and acts on intelligence about "
          "serious and organised crime.")
H("p25.a1", "peel2325", "AFI 1", AFI, P25_A1, "Awaiting review", C_NEW, "in_sync",
  "open on both sides",
  [F("AFI 1", "AFI", P25_A1, "INT", "AMBER", "County lines profile in control strategy refresh.")])
H("p25.a2", "peel2325", "AFI 2", AFI, P25_A2, "Awaiting review", C_NEW, "in_sync",
  "open on both sides",
  [F("AFI 2", "AFI", P25_A2, "INT", "RED", "SOC intelligence unit restructure paused.")])

# Where the force files an item if not under its own report (the misfiled vetting CoC).
FORCE_BLOCK_OVERRIDE = {"p22.coc": "peel1819"}
# Force row order inside a block when it differs from HMICFRS order: key -> key it follows.
FORCE_AFTER_OVERRIDE = {"p22.coc": "p19.a2"}

# ---------------------------------------------------------------------------------------------
# Status vocabularies and category check
# ---------------------------------------------------------------------------------------------
H_OPEN = {"Awaiting review", "Being progressed"}
H_CLOSED = {"Complete", "Superseded", "No further action required"}
F_DONE = {"GREEN", "BLUE", "Complete", "WHITE", "Pending sign off"}
F_OPEN = {"AMBER", "RED", "In progress"}


def force_state(row):
    rag = row["rag"] if row["rag"] is not None else row["fill"]
    if rag in F_DONE:
        return "done"
    if rag in F_OPEN:
        return "open"
    raise ValueError(rag)


def status_category(h_status, f_state):
    h = "open" if h_status in H_OPEN else "closed"
    if h == "open" and f_state == "done":
        return "closeable_submit"
    if h == "closed" and f_state == "open":
        return "closeable_local"
    return "in_sync"


# ---------------------------------------------------------------------------------------------
# Workbook helpers
# ---------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
RAG_FILL = {
    "GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "BLUE": "BDD7EE", "WHITE": "FFFFFF",
    "Complete": "C6EFCE", "Pending sign off": "E2EFDA", "In progress": "FFEB9C",
}


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def fixed_bytes(wb) -> bytes:
    """Save and normalise zip timestamps and document dates so the build is byte-stable."""
    stamp = dt.datetime(2024, 2, 12, 9, 0, 0)
    wb.properties.creator = "HMICFRS" if "Definitive list" in wb.sheetnames else "OLR Team"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-02-12T09:00:00Z\g<2>", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-02-12T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# HMICFRS register
# ---------------------------------------------------------------------------------------------
def build_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = ("HMICFRS – Definitive list of recommendations, areas for improvement and causes "
                "of concern")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"Force: {FORCE}"
    ws["A3"] = (f"Extracted {EXTRACT:%d/%m/%Y}. Status as held by HMICFRS. Recommendations made "
                "to address a cause of concern are listed beneath it and carry its Register ID "
                "in 'Linked cause of concern'.")
    ws["A3"].font = Font(italic=True)
    headers = ["Register ID", "Report", "Published", "Ref", "Linked cause of concern", "Type",
               "Text", "Status", "Status date", "HMICFRS comment"]
    HDR = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(HDR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BORDER
    widths = [12, 46, 12, 10, 14, 22, 90, 18, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"

    # order: by publication date of report, then register order within report
    order = sorted(REPORTS, key=lambda k: (REPORTS[k][1], k))
    by_report = {k: [it for it in ITEMS if it["report"] == k] for k in order}
    n = sum(len(v) for v in by_report.values())
    ids = sorted(rng.sample(range(2100, 9900), n))
    row = HDR + 1
    i = 0
    keyed = {}
    for rk in order:
        title, pub, _, _ = REPORTS[rk]
        for it in by_report[rk]:
            it["reg_id"] = ids[i]
            i += 1
            keyed[it["key"]] = it
            it["h_row"] = row
            span = (EXTRACT - pub).days
            sdate = pub + dt.timedelta(days=rng.randint(60, max(61, span - 20)))
            if it["sdate"]:
                sdate = it["sdate"]
            parent = keyed[it["parent"]]["reg_id"] if it["parent"] else None
            vals = [it["reg_id"], title, pub, it["ref"], parent, it["type"], it["text"],
                    it["status"], sdate, it["comment"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row, c, v)
                cell.border = BORDER
                cell.alignment = Alignment(vertical="top", wrap_text=c in (2, 7, 10))
            ws.cell(row, 3).number_format = "DD/MM/YYYY"
            ws.cell(row, 9).number_format = "DD/MM/YYYY"
            if it["type"] == COC:
                for c in range(1, 11):
                    ws.cell(row, c).fill = fill("FCE4D6")
                    ws.cell(row, c).font = Font(bold=True)
            if it["parent"]:
                ws.cell(row, 4).alignment = Alignment(vertical="top", indent=1)
                ws.cell(row, 7).alignment = Alignment(vertical="top", wrap_text=True, indent=2)
            row += 1
    last = row - 1
    ws.auto_filter.ref = f"A{HDR}:J{last}"
    (OUT / "hmicfrs.xlsx").write_bytes(fixed_bytes(wb))
    return keyed


# ---------------------------------------------------------------------------------------------
# Force tracker
# ---------------------------------------------------------------------------------------------
def build_tracker(keyed):
    wb = Workbook()
    sheets = {FS: wb.active}
    sheets[FS].title = FS
    sheets[NS] = wb.create_sheet(NS)
    key_ws = wb.create_sheet("Key")
    headers = ["No.", "HMICFRS Ref", "Type", "Recommendation / Cause of Concern / AFI", "Lead",
               "RAG", "Progress update", "Date submitted for closure"]
    widths = [6, 16, 16, 80, 24, 16, 60, 14]
    HDR = 4
    for name, ws in sheets.items():
        ws["A1"] = (f"{FORCE} – HMICFRS Recommendations, AFIs & Causes of Concern Tracker"
                    + (" – force inspections" if name == FS else " – national (all forces) reports"))
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = ("Maintained by Organisational Learning & Risk | Last updated 05/02/2024 | "
                    "Report to Joint Audit Committee 14/03/2024")
        ws["A2"].font = Font(italic=True)
        for c, h in enumerate(headers, 1):
            cell = ws.cell(HDR, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("D9D9D9")
            cell.border = BORDER
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.freeze_panes = "A5"

    # Assemble block contents: list of (kind, payload) per report, in force order.
    blocks: dict[str, list] = {}
    for it in ITEMS:
        if not it["force"]:
            continue
        rk = FORCE_BLOCK_OVERRIDE.get(it["key"], it["report"])
        blocks.setdefault(rk, [])
    for lo in FORCE_ONLY:
        blocks.setdefault(lo["report"], [])

    def entries_for(rk):
        seq = []
        for it in ITEMS:
            if FORCE_BLOCK_OVERRIDE.get(it["key"], it["report"]) != rk or not it["force"]:
                continue
            if it["key"] in FORCE_AFTER_OVERRIDE:
                continue
            for fr in it["force"]:
                seq.append(("item", it, fr))
        # locals and overrides placed after a given key
        inserts = [(lo["after"], ("local", lo, lo)) for lo in FORCE_ONLY if lo["report"] == rk]
        inserts += [(FORCE_AFTER_OVERRIDE[k], ("item", keyed[k], fr))
                    for k in FORCE_AFTER_OVERRIDE
                    if FORCE_BLOCK_OVERRIDE.get(k, keyed[k]["report"]) == rk
                    for fr in keyed[k]["force"]]
        for after, ent in inserts:
            if after is None:
                seq.append(ent)
                continue
            pos = max(i for i, e in enumerate(seq) if e[0] == "item" and e[1]["key"] == after)
            seq.insert(pos + 1, ent)
        return seq

    order = sorted(blocks, key=lambda k: (REPORTS[k][1], k))
    cur = {FS: HDR + 1, NS: HDR + 1}
    num = {FS: 0, NS: 0}
    force_lines = []  # (sheet, row, kind, item-or-local)
    for rk in order:
        _, pub, sheet, btitle = REPORTS[rk]
        ws = sheets[sheet]
        r = cur[sheet]
        ws.cell(r, 1, btitle).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("44546A")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for kind, obj, fr in entries_for(rk):
            num[sheet] += 1
            vals = [num[sheet], fr["ref"] or None, fr["type"], fr["text"], fr["lead"], fr["rag"],
                    fr["progress"], fr["sub"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = Alignment(vertical="top", wrap_text=c in (4, 7))
            ws.cell(r, 8).number_format = "DD/MM/YYYY"
            rag = fr["rag"] if fr["rag"] is not None else fr["fill"]
            if rag in RAG_FILL:
                ws.cell(r, 6).fill = fill(RAG_FILL[rag])
            if fr["type"] == "Cause of Concern":
                for c in (1, 2, 3, 4, 5, 7, 8):
                    ws.cell(r, c).fill = fill("FBE5D6")
                ws.cell(r, 4).font = Font(bold=True)
            force_lines.append((sheet, r, kind, obj, fr))
            r += 1
        r += 1  # blank spacer row between report blocks
        cur[sheet] = r

    # notes at the foot of the force inspections sheet
    ws = sheets[FS]
    r = cur[FS] + 1
    ws.cell(r, 1, "Notes:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Cause of Concern rows are shaded; the recommendations HMICFRS made to "
                      "address them are listed underneath where tracked separately.")
    ws.cell(r + 2, 1, "RAG: see Key tab. Cells left blank but shaded carry the colour only "
                      "(awaiting text update).")
    ws = sheets[NS]
    r = cur[NS] + 1
    ws.cell(r, 1, "National recommendations are tracked as the force's response only; "
                  "recommendations for other bodies are WHITE.").font = Font(italic=True)

    key_ws["A1"] = "RAG key"
    key_ws["A1"].font = Font(bold=True)
    legend = [
        ("GREEN", "The recommendation is implemented (ready for / submitted for closure)"),
        ("AMBER", "Subject to ongoing work and monitoring; anticipated to be implemented"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale "
                "required)"),
        ("BLUE", "Closed by HMICFRS"),
        ("WHITE", "Not the force's responsibility to deliver or dependent upon another "
                  "organisation"),
        ("Complete", "Implemented and closed"),
        ("Pending sign off", "Work complete, awaiting chief officer lead sign off"),
    ]
    for i, (k, v) in enumerate(legend, 3):
        key_ws.cell(i, 1, k).fill = fill(RAG_FILL[k])
        key_ws.cell(i, 2, v)
    key_ws.column_dimensions["A"].width = 18
    key_ws.column_dimensions["B"].width = 90
    (OUT / "tracker.xlsx").write_bytes(fixed_bytes(wb))
    return force_lines


# ---------------------------------------------------------------------------------------------
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    keyed = build_hmicfrs()
    force_lines = build_tracker(keyed)
    where = {}
    for sheet, r, kind, obj, fr in force_lines:
        where[id(fr)] = f"{sheet}!{r}"

    truth = []
    for it in sorted(ITEMS, key=lambda x: x["h_row"]):
        hrow = f"Definitive list!{it['h_row']}"
        if not it["force"]:
            assert it["expect"] == "missing_from_force", it["key"]
            truth.append((hrow, "", "missing_from_force", it["why"]))
            continue
        for fr in it["force"]:
            if it["expect"] == "conflict":
                cat = "conflict"
            else:
                cat = status_category(it["status"], force_state(fr))
                assert cat == it["expect"], (it["key"], cat, it["expect"])
            truth.append((hrow, where[id(fr)], cat, it["why"]))
    for lo in FORCE_ONLY:
        truth.append(("", where[id(lo)], "not_on_hmicfrs_list", lo["why"]))

    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)

    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    print("HMICFRS items:", len(ITEMS), "force item rows:", len(force_lines))
    print("truth lines:", len(truth), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
