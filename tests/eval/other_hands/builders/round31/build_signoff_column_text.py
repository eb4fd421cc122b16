"""Build the evaluation case `signoff_column_text` (round 31).

Force tracker (xlsx) where completion is recorded as a free-text sign-off, beside a
Progress (RAG) column that grades delivery, not completion. HMICFRS side: a register export
(CSV). Run with /work/main/.venv/bin/python; rebuilds the case byte for byte.

Texts: real public HMICFRS wording (Open Government Licence), copied from
/work/main/reconcile/casegen/texts/ and /work/shared/data/real_recommendations.csv. Tracker
rewordings, updates and sign-off entries are written here as a force analyst would.
"""
from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 31_2024
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "signoff_column_text"
FORCE = "Lincolnshire Police"
TRACKER_SHEET = "Tracker"

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# ----------------------------------------------------------------------------------------
# HMICFRS reports: key -> (register title, (y, m, d), tracker name)
REPORTS = {
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 (2014, 3, 27), "Everyone's Business (DA) 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", (2014, 9, 4), "Core business"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", (2015, 1, 30),
                  "Integrity matters"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", (2015, 9, 15),
                 "Firearms licensing 2015"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               (2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", (2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", (2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "ncpi19": ("National child protection inspection 2019", (2019, 6, 20), "NCPI 2019"),
    "cdi19": ("Crime data integrity inspection 2019", (2019, 9, 17), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", (2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", (2022, 6, 10),
               "PEEL 2021/22"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022",
               (2022, 8, 23), "Custody inspection 2022"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", (2023, 12, 7),
               "PEEL 2023/24"),
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal_date(y: int, m: int, d: int) -> str:
    """The register's date style: '9th February 2017'."""
    suf = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf} {MONTHS[m - 1]} {y}"


# ----------------------------------------------------------------------------------------
# Real texts (copied verbatim from the casegen text lists / real_recommendations.csv)
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
MISSING_CHILDREN = (
    "Within six months the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
CHILDREN_DETENTION = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made on "
    "the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
SUPERSEDED_COMMENT = (
    "This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. "
    "Where a cause of concern still exists this will appear in the register against these "
    "subsequent inspections.")
MONITORED_COMMENT = (
    "The progress of the implementation of this recommendation is currently being monitored by "
    "HMICFRS and this record will, in due course, be updated.")

# Sign-off vocabulary (tracker). DONE = chief officer / board approval recorded, or the item
# formally proposed for closure and sitting with the chief officer lead. OPEN = everything
# else (blank, not submitted, returned, declined, re-opened, partial, TBC).
S_SMITH = "Approved for closure by ACC Smith 12/03/2024"
S_BOARD = "Signed off – DCC, Strategic Board 5 Feb 2024"
S_NOV = "Closure approved – Strategic Board 14/11/2023"
S_AWAIT_ACC = "Awaiting ACC sign-off"
S_NYS = "Not yet submitted"
S_RETURNED = "Returned – more evidence needed"
S_COG16 = "Signed off 03/03/2016 (Chief Officer Group)"

# ----------------------------------------------------------------------------------------
# Items. Each HMICFRS item: key, ref, report, type, text, status, status date, comment,
# category, why, and its force rows (tracker order = list order within a report block).
# A force row: dict(ref, type, text, owner, rag, update, signoff, report=override).
ITEMS: list[dict] = []
LOCALS: list[dict] = []   # force-only rows: dict(after=<item key or None>, block=report key, ...)


def item(key, ref, rep, typ, text, status, sdate, cat, why, force=(), comment=""):
    ITEMS.append(dict(key=key, ref=ref, rep=rep, typ=typ, text=text, status=status,
                      sdate=sdate, comment=comment, cat=cat, why=why, force=list(force)))


def frow(text, typ, owner, rag, signoff, update="", ref="same", report=None):
    return dict(text=text, typ=typ, owner=owner, rag=rag, signoff=signoff, update=update,
                ref=ref, report=report)


def local(block, text, typ, owner, rag, signoff, update, why, ref=None):
    LOCALS.append(dict(block=block, text=text, typ=typ, owner=owner, rag=rag, signoff=signoff,
                       update=update, ref=ref, why=why))


# --- Everyone's business 2014 ------------------------------------------------------------
item("everyone", 2321, "everyone", NAT, EVERYONE_PLAN, "Superseded", (2016, 3, 31),
     "in_sync", "HMICFRS superseded (closed); sign-off 'Signed off – Chief Officer Group "
     "16/12/2014' = force done; both finished",
     [frow("Establish & publish a DA action plan specifying in detail the steps the force will "
           "take to improve its approach to domestic abuse. Developed in consultation with the "
           "PCC, DA support organisations & victims' representatives; after considering all "
           "the report's recommendations; with reference to relevant DHRs & IPCC findings; "
           "drawing on CPS scrutiny panels & MARAC self-assessments.",
           "National", "Ch Supt Public Protection", "Green",
           "Signed off – Chief Officer Group 16/12/2014",
           "DA action plan published on force website Sept 2014; refreshed annually.",
           ref=None)],
     comment=SUPERSEDED_COMMENT)

# --- Core Business 2014 ------------------------------------------------------------------
local("core",
      "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
      "have not yet done so, should provide call-handlers with specific, sound and "
      "comprehensible criteria against which they can assess threat, harm and risk.",
      "National", "Supt Contact Centre", "Green", "Signed off 14/05/2016 (COG)",
      "THRIVE criteria in place in the Force Control Room since 2015.",
      "Core Business item not on the HMICFRS export (closed and dropped from the register); "
      "near-twin of CDI 2019 ref 9873 (call-handler criteria) which must not take it")
item("core2", 4822, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "Superseded", (2016, 2, 1), "in_sync",
     "HMICFRS superseded (closed); force signed off 2016 (done); no ref in tracker, matched by "
     "text",
     [frow("By 31 March 2015 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.",
           "National", "ACC Local Policing", "Green", "Signed off 14/05/2016 (COG)",
           "Problem-solving database (POP) records and evaluates all disruption activity.",
           ref=None)],
     comment=SUPERSEDED_COMMENT)

# --- Integrity matters 2015 (force only) -------------------------------------------------
local("integrity",
      "By 31 August 2015, all chief constables should satisfy themselves that they have "
      "processes in place to ensure that investigations into misconduct by officers and staff "
      "resulting in “no further action” are fair and free of any form of discrimination.",
      "National", "Head of Professional Standards", "Amber",
      "Re-opened 11/2023 – previously signed off 2016",
      "Re-opened after PSD disproportionality review (Nov 2023): NFA outcomes being "
      "dip-sampled by ethnicity.",
      "tracker carries ref 902 but the HMICFRS export has no item 902 or this text; query "
      "with HMICFRS", ref=902)

# --- Targeting the risk 2015 -------------------------------------------------------------
item("fa1", 4410, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are "
     "not being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Complete", (2016, 6, 2), "in_sync", "HMICFRS complete; force signed off 2016; both done",
     [frow("Within 3 months, all CCs should assess how well the governance of firearms "
           "licensing in his or her force meets the standards set out in APP. CCs of forces "
           "where the governance standards are not being complied with should put in place "
           "immediately the correct arrangements & procedures to meet the standards in full.",
           "National", "Supt Firearms Licensing", "Green", S_COG16,
           "Governance assessed against APP Nov 2015; FLU governance board in place.")])
item("fa2", 4411, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Complete", (2016, 6, 2), "in_sync", "HMICFRS complete; force signed off 2016; both done",
     [frow("Within three months, all chief constables should assess the demand placed on "
           "their firearms licensing department and ensure it has the capacity to meet this "
           "demand and provide an efficient and effective service at all times.",
           "National", "Supt Firearms Licensing", "Green", S_COG16,
           "Demand assessment completed; 2 additional enquiry officers funded.")])
item("fa3", 4412, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", (2016, 6, 2), "closeable_local",
     "HMICFRS complete; force sign-off 'Re-opened 11/2023 – FLMS audit' = open (RAG Red)",
     [frow("Immediately, all chief constables should satisfy themselves that all appropriate "
           "action is being taken by their force with regard to 'total expired' licensing "
           "records.",
           "National", "Supt Firearms Licensing", "Red", "Re-opened 11/2023 – FLMS audit",
           "FLMS audit Oct 2023 found 41 total expired records with no action recorded – "
           "recovery plan in place, weekly returns to ACC.")])
item("fa4", 4413, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Complete", (2016, 6, 2), "in_sync", "HMICFRS complete; force signed off 2016; both done",
     [frow("Within 3 months ensure arrangements for temporary permits are in accordance with "
           "HO guidance; temporary permits properly recorded without delay on NFLMS; & "
           "effective systems exist so certificate holders are not permitted, at any time, to "
           "remain in unlawful possession of a firearm.",
           "National", "Supt Firearms Licensing", "Green", S_COG16, "")])
item("fa5", 4414, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     "Being progressed", (2023, 4, 18), "closeable_submit",
     "HMICFRS being progressed; sign-off 'Closure approved – Strategic Board 14/11/2023' = done",
     [frow("Within three months, all chief constables should ensure that systems designed to "
           "identify, prior to police attendance, whether a reported incident involves or is "
           "at the address of a firearm certificate holder are in place and are always applied "
           "by staff dispatching officers to incidents; and that officers understand the risk "
           "assessment which they should be undertaking in such circumstances, and their "
           "power, when appropriate, to seize firearms and firearm certificates.",
           "National", "Supt Contact Centre", "Green", S_NOV,
           "Firearms marker check on STORM now mandatory for dispatchers; control room "
           "procedure updated and briefed.")],
     comment=MONITORED_COMMENT)

# --- Stolen freedom 2017 ----------------------------------------------------------------
item("sf1", 8601, "stolen", NAT, SF_LEADERSHIP, "Being progressed", (2023, 10, 2), "in_sync",
     "HMICFRS being progressed; sign-off 'Returned – more evidence needed' = open; all four "
     "bullets kept (abridged, 'within 12 months' = 'within twelve months')",
     [frow("Within 12 months review leadership & goverance arrangements for MSHT to ensure: "
           "senior leaders prioritise the response to MSHT; every MSHT incident is allocated "
           "appropriate resources with the skills, experience & capacity to investigate it; "
           "effective partnership arrangements to co-ordinate activity, share information & "
           "safeguard victims; performance & QA measures in place so senior leaders can assess "
           "the service provided to victims.",
           "National", "Det Ch Supt Force CID", "Amber", S_RETURNED,
           "MSHT governance board established Jan 2024; performance measures still in "
           "development.")])
item("sf2", 8602, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Complete", (2019, 7, 11), "in_sync",
     "HMICFRS complete; force signed off (Strategic Board) = done; register text has stray "
     "footnote '86'; no ref in tracker",
     [frow("Within six months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence and in "
           "order to safeguard victims better and to identify suspects as early as possible.",
           "National", "Head of Intelligence", "Green", S_BOARD,
           "ISAs in place with both upper-tier LAs, Border Force and GLAA.", ref=None)])
item("sf3", 8603, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", (2023, 10, 2), "closeable_submit",
     "HMICFRS being progressed; sign-off 'Approved for closure by ACC Smith 12/03/2024' = done",
     [frow("Immediately – ensure victims committing criminal acts under compulsion "
           "(slavery/exploitation) are given early & continuing consideration of the s45 "
           "defence.",
           "National", "Det Ch Supt Force CID", "Green", S_SMITH,
           "Guidance issued to CID and custody; CPS liaison protocol agreed Feb 2024.")])
item("sf4", 8604, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Complete", (2023, 11, 20), "closeable_local",
     "HMICFRS complete; tracker RAG Green with a positive update but Sign-off blank = open "
     "(Green grades delivery, not completion)",
     [frow("Immediately, forces should take steps to ensure they are fully compliant with the "
           "NRM process as it evolves and are implementing the requirement placed upon them "
           "under the Modern Slavery Act 2015 to notify the Home Office of any individual "
           "suspected to be an adult victim of modern slavery or human trafficking.",
           "National", "Ch Supt Public Protection", "Green", "",
           "NRM / Duty to Notify process embedded; SPOC in Protecting Vulnerable People.")])
item("sf5", 8605, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Being progressed", (2023, 10, 2), "closeable_submit",
     "HMICFRS being progressed; sign-off 'Awaiting ACC sign-off' = proposed for closure = "
     "force done",
     [frow("Immediately, forces should take steps to ensure they fully comply with NCRS "
           "requirements for offences identified as MSHT & that sufficient audit capacity is "
           "available to the FCR to provide reassurance that each force is identifying & "
           "managing any gaps in its crime-recording accuracy for these types of offences.",
           "National", "Force Crime Registrar", "Green", S_AWAIT_ACC,
           "FCR audit of MSHT crimes complete (Q3 23/24): 96% compliance. Evidence pack with "
           "ACC Crime.")])
item("sf6", 8606, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "Being progressed", (2023, 10, 2), "in_sync",
     "HMICFRS being progressed; sign-off 'Not yet submitted' = open",
     [frow("Immediately, forces should ensure that allegations or indications of MSHT are "
           "thoroughly investigated and effectively supervised by teams and individuals with "
           "the skills and experience to undertake them.",
           "National", "Det Ch Supt Force CID", "Amber", S_NYS,
           "Work undertaken in area but still requires development to complete.")])
item("sf7", 8607, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Superseded", (2022, 9, 5), "in_sync",
     "HMICFRS superseded (closed); sign-off 'Closed – superseded … Agreed Strategic Board "
     "14/11/2023' = force done",
     [frow("Immediately, forces should review their use of preventative powers under the "
           "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of "
           "those deemed to pose a clear threat to others in respect of MSHT offences are "
           "exploited.",
           "National", "Det Ch Supt Force CID", "Amber",
           "Closed – superseded by PEEL 2021/22 AFIs. Agreed Strategic Board 14/11/2023",
           "STRO/STPO use reviewed 2019.")],
     comment=SUPERSEDED_COMMENT)

# --- PEEL efficiency 2017 national ---------------------------------------------------------
item("efc17", 8533, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Complete", (2019, 8, 1), "in_sync",
     "HMICFRS complete; force signed off 2019; tracker drops the sentence addressed to the "
     "Home Office/NPCC/APCC (abridgement of another body's part, not a missing bullet)",
     [frow("By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled "
           "services within their force.",
           "National", "Head of Corporate Development", "Green",
           "Signed off by DCC 14/06/2019", "Digital Policing Strategy 2018-2021 approved.")])

# --- PEEL legitimacy 2017 national ---------------------------------------------------------
item("leg1", 8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     "Being progressed", (2023, 10, 2), "in_sync",
     "cause of concern ('CfC' in tracker); both open ('Not yet submitted')",
     [frow("HMICFRS is concerned that forces are not able to demonstrate that the use of S&S "
           "powers is consistently reasonable & fair. In particular, there is "
           "over-representation of BAME people, & black people in particular, in S&S data "
           "which many forces are unable to explain.",
           "CfC", "ACC Local Policing", "Amber", S_NYS,
           "Disproportionality remains above national average; see S&S scrutiny panel "
           "minutes.")])
item("leg2", 8542, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", (2023, 10, 2),
     "closeable_submit",
     "HMICFRS being progressed; sign-off 'Signed off – DCC, Strategic Board 5 Feb 2024' = done",
     [frow("By July 2018, all forces should be regularly & frequently monitoring a "
           "comprehensive set of data on use of S&S powers to understand:\n"
           "- the reasons for any disproportionate representation of different ethnic groups "
           "in the use of S&S;\n"
           "- the extent to which find rates differ between people from different "
           "ethnicities, & across different types of searches (including separate "
           "identification of find rates for drug possession & supply-type offences); &\n"
           "- the prevalence of possession-only drug searches, & the extent to which these "
           "align with local or force level priorities.",
           "National", "ACC Local Policing", "Green", S_BOARD,
           "Monthly S&S dashboard (Power BI) covers all three measures.")])
item("leg3", 8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;",
     "Being progressed", (2023, 10, 2), "in_sync",
     "HMICFRS being progressed; RAG Green but Sign-off blank = open",
     [frow("Where disparities are identified through monitoring, demonstrate to the public "
           "that we have carried out research & analysis to understand the reasons for the "
           "disparity, & taken action to reduce it where necessary.",
           "National", "ACC Local Policing", "Green", "",
           "Analysis with University of Lincoln under way; on track for June 2024.")])
item("leg4", 8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Complete", (2023, 12, 14), "in_sync",
     "HMICFRS complete; sign-off 'Approved for closure by ACC Local Policing 20/07/2023' = done",
     [frow("Publish the analysis and any actions taken at least annually (from July 2018).",
           "National", "ACC Local Policing", "Green",
           "Approved for closure by ACC Local Policing 20/07/2023",
           "Annual S&S report published on force website each July.")])
item("leg5", 8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", (2023, 12, 14), "closeable_local",
     "HMICFRS complete; sign-off 'Sign-off declined by DCC 09/01/2024 …' = open",
     [frow("By July 2018, & ongoing, ensure all officers who use S&S powers have been "
           "provided with, & understand, training on unconscious bias & CoP APP on S&S.",
           "National", "Head of Learning & Development", "Amber",
           "Sign-off declined by DCC 09/01/2024 – refresher training figures needed",
           "Initial training 100%; refresher completion 71%.")])
local("leg17",
      "Local action: Rewrite the stop and search policy and publish it on the intranet with a "
      "communications plan",
      "Local", "ACC Local Policing", "Green",
      "Approved for closure by ACC Local Policing 20/07/2023",
      "Policy published 1 June 2023; comms plan delivered.",
      "force's own local action filed under the PEEL Legitimacy 2017 block; not an HMICFRS "
      "item")

# --- NCPI 2019 ----------------------------------------------------------------------------
item("ncpi1", 9795, "ncpi19", REC, MISSING_CHILDREN, "Being progressed", (2023, 10, 2),
     "conflict",
     "missing bullet: tracker text has only the first two bullets (supervisors' oversight of "
     "missing person enquiries dropped) and it is signed off as if complete; HMICFRS open",
     [frow("Within 6 months review approach to reports of missing children & take steps to "
           "ensure that:\n"
           "• call takers understand & use the missing & absent category appropriately;\n"
           "• call takers & frontline staff have the necessary knowledge to identify risk "
           "factors associated with CSE & how to respond to such cases.",
           "Rec", "Ch Supt Public Protection", "Green",
           "Approved for closure by ACC Crime 30/01/2024",
           "Missing/absent categories retrained in FCR; CSE risk factors in THRIVE+ "
           "training.")])
item("ncpi2", 9796, "ncpi19", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.",
     "Being progressed", (2023, 10, 2), "in_sync", "both open ('Not yet submitted')",
     [frow("The force should improve how it works with partner organisations to safeguard "
           "people at risk from CSE.",
           "AFI", "Ch Supt Public Protection", "Amber", S_NYS,
           "Joint CSE hub with LCC being scoped.")])
item("ncpi3", 9797, "ncpi19", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to online child sexual abuse.",
     "Complete", (2024, 2, 21), "in_sync", "HMICFRS complete; force signed off Feb 2024",
     [frow("The force should make sure officers & staff have the training they need to "
           "identify and respond to online child sexual abuse.",
           "AFI", "Head of Learning & Development", "Green", S_BOARD,
           "Online CSA e-learning: 94% completion.")])
item("ncpi4", 9798, "ncpi19", AFI,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.",
     "Complete", (2023, 6, 30), "closeable_local",
     "HMICFRS complete; sign-off 'Returned – more evidence needed' = open",
     [frow("The force should improve its understanding of the nature & scale of CSE in its "
           "area.",
           "AFI", "Head of Intelligence", "Amber", S_RETURNED,
           "CSE problem profile refreshed Dec 2023; returned by ACC for partner data.")])
item("ncpi5", 9799, "ncpi19", REC, CHILDREN_DETENTION, "Being progressed", (2023, 10, 2),
     "closeable_submit",
     "split into four rows (one per bullet), every row signed off by ACC Smith; HMICFRS being "
     "progressed -> each row closeable_submit",
     [frow("Children in custody (1 of 4) – with children's social care, ensure all children "
           "are only detained when absolutely necessary & for the absolute minimum amount of "
           "time.", "Rec", "Ch Insp Custody", "Green", S_SMITH,
           "Custody officer authority required for any child detention > 4 hrs."),
      frow("Children in custody (2 of 4) – officers & staff in the custody suite assess at an "
           "early stage a child's need for alternative accomodation (secure or otherwise) & "
           "work with children's social care to achieve the most appropriate option.",
           "Rec", "Ch Insp Custody", "Green", S_SMITH,
           "PACE transfer protocol agreed with LCC children's services."),
      frow("Children in custody (3 of 4) – custody staff record all actions taken & decisions "
           "made on the relevant documentation.", "Rec", "Ch Insp Custody", "Amber", S_SMITH,
           "NICHE custody record template updated."),
      frow("Children in custody (4 of 4) – improve the timeliness of adequate appropriate "
           "adult support for children who are arrested.", "Rec", "Ch Insp Custody", "Green",
           S_SMITH, "AA scheme contract varied; median wait now 2h10m.")])

# --- CDI 2019 -----------------------------------------------------------------------------
item("cdi1", 9871, "cdi19", REC, CDI_VICTIMS, "Complete", (2024, 1, 29), "in_sync",
     "HMICFRS complete; sign-off 'Signed off by ACC Crime 03/01/2024; evidence sent …' = done",
     [frow("Within 3 months put in place arrangements to ensure that:\n"
           "- at the point of report, victims are believed;\n"
           "- conversations between call handlers & callers are summarised accurately in the "
           "incident log, giving attending officers full facts on which to base "
           "crime-recording decisions;\n"
           "- multiple crimes are always recorded when described within incident records or "
           "identified as part of other recorded crime investigations;\n"
           "- the practice of awaiting the results of medical examinations or video interviews "
           "before making crime-recording decisions is stopped; and\n"
           "- online reports of crime are triaged at the point of receipt so any ongoing risks "
           "to the victim or wider public are identified & appropriately managed.",
           "Rec", "Force Crime Registrar", "Green",
           "Signed off by ACC Crime 03/01/2024; evidence sent to HMICFRS FLL 08/01/2024",
           "Completed. Evidence submitted to HMICFRS for closure.")])
item("cdi2", 9872, "cdi19", REC,
     "Within six months the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Being progressed", (2023, 10, 2), "conflict",
     "report: same ref and text, but the tracker files it under 'CDI 2021' while HMICFRS has "
     "Crime data integrity inspection 2019",
     [frow("Within 6 months the force should improve its use of its crime-recording & "
           "management system to better manage its case files & investigative processes.",
           "Rec", "Head of Criminal Justice", "Amber", S_NYS,
           "NICHE case file workflow upgrade scheduled Q2 2024/25.", report="CDI 2021")])
item("cdi3", 9873, "cdi19", REC,
     "Immediately, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Being progressed", (2023, 10, 2), "in_sync",
     "both open ('Returned – more evidence needed'); must pair with this CDI row, not with the "
     "Core Business 2014 call-handler row above it",
     [frow("Immediately, the force should provide call-handlers with specific, sound & "
           "comprehensible criteria against which they can assess threat, harm & risk.",
           "Rec", "Supt Contact Centre", "Green", S_RETURNED,
           "THRIVE+ refresh complete; ACC asked for dip-sample evidence from the FCR.")])
item("cdi4", 9874, "cdi19", REC,
     "By 31 March 2020, the force should make sure it records reports of rape and serious "
     "sexual offences accurately and without delay.",
     "Complete", (2023, 3, 9), "closeable_local",
     "HMICFRS complete; RAG Green, update says 98% compliance, but Sign-off 'Not yet "
     "submitted' = open",
     [frow("By 31 March 2020, make sure reports of RASSO are recorded accurately & without "
           "delay.",
           "Rec", "Force Crime Registrar", "Green", S_NYS,
           "Rape crime-recording audit shows 98% compliance.")])
item("cdi5", 9875, "cdi19", REC,
     "Within six months the force should revise its approach to cautions, cannabis warning and "
     "penalty notices for disorder to ensure that there is a clear and auditable explanation "
     "to the offender of the implications of receiving the warning and that, for victim-based "
     "crimes, there is a clear and auditable record that views of the victim are considered "
     "prior to their issue.",
     "Complete", (2022, 11, 3), "closeable_local",
     "HMICFRS complete; RAG Amber, Sign-off blank = open",
     [frow("Within six months the force should revise its approach to cautions, cannabis "
           "warning & penalty notices for disorder to ensure a clear & auditable explanation "
           "to the offender of the implications of the warning and, for victim-based crimes, a "
           "clear & auditable record that the victim's views are considered prior to issue.",
           "Rec", "Head of Criminal Justice", "Amber", "",
           "Out of court disposals scrutiny panel reviewing compliance.")])

# --- Police powers spotlight 2021 ---------------------------------------------------------
item("pow1", 10830, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", (2023, 10, 2), "closeable_submit",
     "HMICFRS being progressed; sign-off 'Awaiting DCC sign-off' = proposed for closure = done",
     [frow("By July 2022, forces should ensure that officers & staff have effective "
           "communication skills, in line with the National Policing Guidelines on Conflict "
           "Management, in addition to existing conflict management & de-escalation training.",
           "National", "Head of Learning & Development", "Green", "Awaiting DCC sign-off",
           "Communication skills module added to PST; 89% trained.")])
item("pow2", 10831, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Being progressed", (2023, 10, 2), "in_sync", "both open (Amber, Sign-off blank)",
     [frow("By July 2021 reinforce communication skills through CPD for officers & staff, & "
           "support supervisors to routinely debrief officers on these skills using BWV "
           "footage.",
           "National", "Head of Learning & Development", "Amber", "",
           "BWV debrief guide drafted; supervisor training not yet scheduled.")])
item("pow3", 10832, "powers", NAT, BWV_2021, "Being progressed", (2023, 10, 2), "in_sync",
     "split into three rows (one per paragraph); none signed off; HMICFRS open -> each row "
     "in_sync",
     [frow("By Sept 2021 (a) – ensure officers record on BWV (when available) the entirety of "
           "all S&S encounters, including traffic stops & use of force incidents.",
           "National", "ACC Local Policing", "Green", S_NYS,
           "BWV activation compliance 93% (Feb 2024)."),
      frow("By Sept 2021 (b) – structured process for regularly reviewing & monitoring "
           "internally a sufficient sample of BWV footage to identify & disseminate learning & "
           "hold officers to account.",
           "National", "ACC Local Policing", "Amber", "",
           "Monthly BWV review panel started Jan 2024."),
      frow("By Sept 2021 (c) – give external scrutiny panel members access to samples of BWV "
           "footage of S&S encounters & use of force incidents, taking account of the "
           "safeguards in the CoP APP.",
           "National", "ACC Local Policing", "Red",
           "Not yet submitted – OPCC data sharing agreement outstanding",
           "Scrutiny panel access awaiting DPIA sign-off.")])
item("pow4", 10833, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.",
     "Being progressed", (2023, 10, 2), "missing_from_force",
     "on the HMICFRS list, no tracker row (aimed at the Home Office/NPCC, so the force never "
     "logged it)", [])
item("pow5", 10834, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Being progressed", (2023, 10, 2), "closeable_submit",
     "HMICFRS being progressed; sign-off 'Approved for closure by ACC Smith 12/03/2024' = done",
     [frow("By July 2021, ensure effective internal monitoring processes on the use of force, "
           "to identify & understand disproportionate use, explain the reasons & implement any "
           "neccessary improvement action.",
           "National", "ACC Local Policing", "Green", S_SMITH,
           "Use of force dashboard & quarterly Use of Force Board in place.")])

# --- PEEL 2021/22 -------------------------------------------------------------------------
P21 = "peel21"
item("e0", 11201, P21, COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.",
     "Being progressed", (2023, 10, 2), "in_sync",
     "cause of concern ('CfC'); both open ('Not yet submitted')",
     [frow("The force does not have the capacity or capability to investigate crime "
           "effectively and this is affecting the service being provided to the public. There "
           "are failings in the way that crimes are being investigated.",
           "CfC", "Det Ch Supt Force CID", "Amber", S_NYS,
           "Investigative Standards Improvement Plan – see Strategic Board papers.")])
item("e1", 11202, P21, REC,
     "Within six months, the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.",
     "Being progressed", (2023, 10, 2), "in_sync", "both open ('Not yet submitted')",
     [frow("Within 6 months ensure regular & active supervison of the quality & progress of "
           "investigations – supervision to be properly recorded.",
           "Rec", "Det Ch Supt Force CID", "Amber", S_NYS,
           "Supervisory review compliance 78% – target 90%.")])
item("e2", 11203, P21, REC,
     "Within six months, the force should improve its ability to retrieve digital evidence "
     "from mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.",
     "Being progressed", (2023, 10, 2), "closeable_submit",
     "HMICFRS being progressed; sign-off 'Approved for closure by ACC Smith 12/03/2024' = done",
     [frow("Within six months, improve ability to retrieve digital evidence from mobile "
           "phones, computers & other devices quickly enough so investigations are not "
           "delayed.",
           "Rec", "Det Ch Supt Force CID", "Green", S_SMITH,
           "DFU backlog cleared; kiosks in all hubs.")])
item("e3", 11204, P21, AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.",
     "Being progressed", (2023, 10, 2), "in_sync", "RAG Green but Sign-off blank = open; both open",
     [frow("Improve understanding of suspects RUI & management of those released on bail.",
           "AFI", "Head of Criminal Justice", "Green", "",
           "RUI/bail tracker built; on track for Q1 review.")])
item("e4", 11205, P21, AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public.",
     "Complete", (2024, 2, 21), "in_sync", "HMICFRS complete; force signed off (Board) = done",
     [frow("The force should undertake further work to gain a fuller understanding of current "
           "demand for its services, and likely future changes in demand.",
           "AFI", "Head of Corporate Development", "Green", S_BOARD,
           "FMS 2023 demand model complete.")])
item("e5", 11206, P21, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     "Being progressed", (2023, 10, 2), "closeable_submit",
     "HMICFRS being progressed; RAG left at Amber but Sign-off 'Signed off – DCC, Strategic "
     "Board 5 Feb 2024' = done",
     [frow("The force should develop a future workforce plan aligned with its overall demand & "
           "budget, including future resource allocations, the mix of skills required & "
           "behaviours expected.",
           "AFI", "Director of People", "Amber", S_BOARD,
           "Strategic Workforce Plan 2024-27 approved.")])
item("e6", 11207, P21, AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.",
     "Being progressed", (2023, 10, 2), "in_sync", "both open ('Not yet submitted')",
     [frow("Make sure the corporate risk register is actively used to mitigate & manage known "
           "risks.",
           "AFI", "Head of Corporate Development", "Amber", S_NYS,
           "Risk register refresh under way with new JCMS.")])
item("e7", 11208, P21, AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.",
     "Being progressed", (2023, 10, 2), "conflict",
     "type: HMICFRS 'Area for improvement', tracker 'Rec' (same ref and text)",
     [frow("The force should make sure it has access to accurate data and analysis to support "
           "effective performance management.",
           "Rec", "Head of Corporate Development", "Amber", "",
           "Data quality improvement plan drafted.")])
item("e8", 11209, P21, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.",
     "Being progressed", (2023, 10, 2), "in_sync", "both open (Red, Sign-off blank)",
     [frow("Improve the timeliness of response to calls for service involving DA.",
           "AFI", "Supt Contact Centre", "Red", "",
           "Little work yet undertaken in this area. Unlikely to reach deadlines.")])
item("e9", 11210, P21, AFI,
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Complete", (2024, 3, 1), "in_sync",
     "HMICFRS complete; sign-off 'Awaiting ACC sign-off' = proposed for closure = done; both "
     "finished",
     [frow("The force should make sure victims of stalking & harassment are kept informed "
           "about the progress of their case, in line with the Victims' Code.",
           "AFI", "Ch Supt Public Protection", "Green", S_AWAIT_ACC,
           "VCOP compliance audit 91%. Evidence pack with ACC Crime.")], )
item("e10", 11211, P21, AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.",
     "Superseded", (2024, 1, 10), "closeable_local",
     "HMICFRS superseded (closed); RAG Amber, Sign-off blank = open",
     [frow("The force should put plans in place to monitor, including through staff feedback, "
           "team cultures & provide prompt remedial action for any issues identified.",
           "AFI", "Director of People", "Amber", "",
           "Culture survey results due May 2024.")],
     comment=SUPERSEDED_COMMENT)
item("e11", 11212, P21, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.",
     "Being progressed", (2023, 10, 2), "closeable_submit",
     "HMICFRS being progressed; sign-off 'Closure approved – Strategic Board 14/11/2023' = done",
     [frow("Make sure there is a confidential way for staff to raise concerns & that staff are "
           "aware of whistleblowing processes.",
           "AFI", "Head of Professional Standards", "Green", S_NOV,
           "Integrity line relaunched; awareness 82% in staff survey.")])
item("e12", 11213, P21, AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     "Being progressed", (2023, 10, 2), "missing_from_force",
     "on the HMICFRS list, no tracker row", [])
item("e13", 11214, P21, AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.",
     "Being progressed", (2023, 10, 2), "in_sync",
     "both open ('Not yet submitted'); near-twin of 11215 (fraud), which is missing",
     [frow("Improve understanding of the nature & scale of county lines drug dealing in "
           "Lincolnshire.",
           "AFI", "Head of Intelligence", "Amber", S_NYS,
           "County lines problem profile commissioned.", report="PEEL 21-22")])
item("e14", 11215, P21, AFI,
     "The force should improve its understanding of the nature and scale of fraud in its area.",
     "Being progressed", (2023, 10, 2), "missing_from_force",
     "on the HMICFRS list, no tracker row; same wording as 11214 except the topic", [])
item("e15", 11216, P21, AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of domestic abuse.",
     "Complete", (2024, 2, 21), "in_sync", "HMICFRS complete; sign-off 'SIGNED OFF 21/11/23' = done",
     [frow("Make sure ancillary orders & other powers are consistently used to protect victims "
           "of DA.",
           "AFI", "Ch Supt Public Protection", "Green", "SIGNED OFF 21/11/23",
           "DVPN/DVPO use up 40%.", report="PEEL 21-22")])
item("e16", 11217, P21, AFI,
     "The force should take steps to ensure that there is effective supervision of the initial "
     "risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases.",
     "Being progressed", (2023, 10, 2), "in_sync",
     "sign-off 'Partially signed off – supervision audit outstanding' = open; both open",
     [frow("Take steps to ensure effective supervision of the initial risk assessment "
           "process, specifically completion of DASH risk assessment in appropriate cases.",
           "AFI", "Ch Supt Public Protection", "Green",
           "Partially signed off – supervision audit outstanding",
           "DASH completion 97%; supervisory audit due May 2024.")])
item("e17", 11218, P21, AFI,
     "The force should make sure all processes in place to support performance management are "
     "effective.",
     "Being progressed", (2023, 10, 2), "in_sync",
     "Update says 'Complete' but Sign-off 'Returned – more evidence needed' = open; both open",
     [frow("Make sure all processes in place to support performance management are "
           "effective.",
           "AFI", "Head of Corporate Development", "Green", S_RETURNED,
           "Complete – new performance framework launched Oct 2023.")])
item("e18", 11219, P21, AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.",
     "Complete", (2024, 2, 21), "closeable_local",
     "HMICFRS complete; sign-off 'TBC' = open",
     [frow("Improve how we gather, assess & act on intelligence about SOC.",
           "AFI", "Head of Intelligence", "Amber", "TBC",
           "Intelligence requirement process re-written.")])
item("e19", 11220, P21, AFI,
     "The force should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.",
     "Being progressed", (2023, 10, 2), "closeable_submit",
     "HMICFRS being progressed; sign-off 'Approved for closure by ACC Local Policing "
     "28/02/2024' = done",
     [frow("Develop a clear prevention strategy targeting people most at risk & make sure "
           "activity prioritises them.",
           "AFI", "ACC Local Policing", "Green",
           "Approved for closure by ACC Local Policing 28/02/2024",
           "Prevention Strategy 2024-26 launched.")])
item("e20", 11221, P21, REC,
     "By 30 September 2022, the force should ensure all staff have received at least the "
     "lowest level of vetting clearance for their roles as quickly as possible, working to "
     "clear both the vetting backlog and new vetting renewals when they become due so that it "
     "complies fully with the national vetting guidelines.",
     "Being progressed", (2023, 10, 2), "conflict",
     "deadline: HMICFRS 'By 30 September 2022', tracker 'By 30 September 2023'",
     [frow("By 30 September 2023, the force should ensure all staff have received at least the "
           "lowest level of vetting clearance for their roles as quickly as possible, working "
           "to clear both the vetting backlog and new vetting renewals when they become due so "
           "that it complies fully with the national vetting guidelines.",
           "Rec", "Head of Professional Standards", "Amber", S_NYS,
           "Backlog down from 640 to 95.")])
item("e21", 11222, P21, AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.",
     "Complete", (2024, 3, 20), "in_sync",
     "HMICFRS complete; sign-off 'Approved for closure by ACC Smith 12/03/2024' = done",
     [frow("Ensure sufficient resources in the control room to fulfil its resourcing model & "
           "meet demand, while taking account of workforce wellbeing.",
           "AFI", "Supt Contact Centre", "Green", S_SMITH,
           "FCR establishment at 100%; 999 answer times within target.")])
item("e22", 11223, P21, AFI,
     "The force should improve its arrangements both to consult with the public about business "
     "planning and to feed back on changes made to service delivery as a result of such "
     "consultation.",
     "Being progressed", (2023, 10, 2), "closeable_submit",
     "HMICFRS being progressed; sign-off 'With ACC Local Policing for sign-off 02/04/2024' = "
     "proposed for closure = done",
     [frow("Improve arrangements to consult with the public about business planning & to feed "
           "back on changes made to service delivery as a result.",
           "AFI", "Head of Corporate Development", "Green",
           "With ACC Local Policing for sign-off 02/04/2024",
           "'You said, we did' pages live; consultation calendar agreed with OPCC.")])
item("e23", 11224, P21, AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.",
     "Being progressed", (2023, 10, 2), "in_sync", "both open (Red, Sign-off blank)",
     [frow("Make sure SOC analysis informs the strategic assessment & control strategy.",
           "AFI", "Head of Intelligence", "Red", "",
           "Analyst vacancies – strategic assessment delayed.")])
local(P21,
      "Force improvement plan: Dip-sample 50 domestic abuse crime reports each quarter and "
      "report findings to the Crime Standards Board",
      "Local", "Force Crime Registrar", "Green", "",
      "Q3 dip-sample complete.",
      "force's own local action in the PEEL 2021/22 block, no HMICFRS ref")
local(P21,
      "Local action: Appoint a single point of contact for county lines drug dealing in each "
      "local policing area",
      "Local", "Head of Intelligence", "Green", S_BOARD,
      "SPOCs appointed in all three LPAs.",
      "force's own local action (county lines SPOCs); must not take the missing county lines "
      "AFI 13403")

# --- Custody 2022 -------------------------------------------------------------------------
item("cu2", 12051, "cust22", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to people with mental ill health.",
     "Being progressed", (2023, 10, 2), "in_sync", "both open ('Not yet submitted')",
     [frow("Make sure officers & staff have the training they need to identify & respond to "
           "people with mental ill health.",
           "AFI", "Ch Insp Custody", "Amber", S_NYS, "MH training for DDOs booked.")])
item("cu3", 12052, "cust22", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to vulnerable adults.",
     "Superseded", (2023, 12, 14), "closeable_local",
     "HMICFRS superseded (closed); RAG Green, Sign-off blank = open; near-twin of 12051",
     [frow("Make sure officers & staff have the training they need to identify & respond to "
           "vulnerable adults.",
           "AFI", "Ch Insp Custody", "Green", "", "Vulnerability training on track.")],
     comment=SUPERSEDED_COMMENT)

# --- PEEL 2023/24 -------------------------------------------------------------------------
P23 = "peel23"
item("g1", 13401, P23, AFI,
     "The force should make sure investigations of violence against women and girls are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Awaiting review", (2023, 12, 7), "in_sync",
     "both open (new item, RAG blank, 'Not yet submitted'); no ref in tracker",
     [frow("Make sure VAWG investigations are allocated to officers with the right skills & "
           "are effectively supervised.",
           "AFI", "Det Ch Supt Force CID", "", S_NYS, "Awaiting allocation.", ref=None)])
item("g2", 13402, P23, AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate rape and serious sexual offences.",
     "Awaiting review", (2023, 12, 7), "missing_from_force",
     "new PEEL 2023/24 AFI not yet added to the tracker", [])
item("g3", 13403, P23, AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.",
     "Awaiting review", (2023, 12, 7), "missing_from_force",
     "new PEEL 2023/24 AFI not yet added to the tracker (the county lines SPOC local action is "
     "not it)", [])
item("g4", 13404, P23, AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.",
     "Awaiting review", (2023, 12, 7), "in_sync", "both open (Sign-off blank); no ref in tracker",
     [frow("Make sure hate crime reports are recorded accurately & without delay.",
           "AFI", "Force Crime Registrar", "Amber", "", "FCR audit planned.", ref=None)])
item("g5", 13405, P23, AFI,
     "The force should immediately review its current background checks arrangements, and "
     "make sure that suitable and sufficient background checks are in place to safeguard its "
     "staff and the communities it serves.",
     "Awaiting review", (2023, 12, 7), "closeable_submit",
     "HMICFRS awaiting review (open); force signed off by DCC/Board = done",
     [frow("Immediately review current background checks arrangements & make sure suitable & "
           "sufficient background checks are in place to safeguard staff & the communities we "
           "serve.",
           "AFI", "Head of Professional Standards", "Green", S_BOARD,
           "Review completed Jan 2024; DBS re-checks for all staff in contact roles.")])
item("g6", 13406, P23, AFI,
     "The force should make sure it provides accessible information for all staff and members "
     "of the public on how they can raise concerns and access confidential support (including "
     "through external agencies).",
     "Awaiting review", (2023, 12, 7), "in_sync", "RAG Green, Sign-off blank = open; both open",
     [frow("Provide accessible information for all staff & the public on how to raise concerns "
           "& access confidential support (incl. external agencies).",
           "AFI", "Head of Professional Standards", "Green", "",
           "Web pages drafted; on track.")])
item("g7", 13407, P23, AFI,
     "The force should evaluate its work to prevent knife crime and share what works across "
     "the force.",
     "Awaiting review", (2023, 12, 7), "missing_from_force",
     "new PEEL 2023/24 AFI not yet added to the tracker", [])
item("g8", 13408, P23, AFI,
     "The force should review its approach to anti-social behaviour to make sure victims "
     "receive a consistently good service.",
     "Awaiting review", (2023, 12, 7), "in_sync", "both open ('Not yet submitted')",
     [frow("Review approach to ASB so victims recieve a consistently good service.",
           "AFI", "ACC Local Policing", "Amber", S_NYS, "ASB review group set up.")])
item("g9", 13409, P23, REC,
     "Within six months, the force should make sure there are appropriate strategic oversight "
     "arrangements in place to manage risks, performance and improvement plans effectively.",
     "Awaiting review", (2023, 12, 7), "in_sync", "both open ('Not yet submitted')",
     [frow("Within six months, make sure there are appropriate strategic oversight "
           "arrangements in place to manage risks, performance & improvement plans "
           "effectively.",
           "Rec", "DCC", "Amber", S_NYS, "New Strategic Board ToR drafted.")])
item("g10", 13410, P23, AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.",
     "Awaiting review", (2023, 12, 7), "closeable_submit",
     "HMICFRS awaiting review (open); sign-off 'Approved for closure by ACC Smith 12/03/2024' "
     "= done",
     [frow("Make sure the performance framework gives senior leaders a clear picture of our "
           "response to VAWG.",
           "AFI", "Head of Corporate Development", "Green", S_SMITH,
           "VAWG section added to monthly Force Performance pack.")])
local(P23,
      "Task & Finish group to review the violence against women and girls policy and report to "
      "the Force Executive Team",
      "Local", "Det Ch Supt Force CID", "Amber", S_NYS, "First meeting 14 March 2024.",
      "force's own local action in the PEEL 2023/24 block (VAWG), no ref")

# --- tail block: JAC / internal audit -----------------------------------------------------
local("jac",
      "JAC action: Internal audit of the counter-corruption governance arrangements (audit "
      "plan 2023/24)",
      "Local", "Head of Professional Standards", "Amber", "",
      "Fieldwork Feb 2024; report to JAC June 2024.",
      "Joint Audit Committee action, not an HMICFRS item")

# Tracker block order (oldest first, local JAC block last) and the order of items within.
BLOCKS = ["everyone", "core", "integrity", "firearms", "stolen", "efc17", "leg17", "cdi19",
          "ncpi19", "powers", "peel21", "cust22", "peel23", "jac"]
BLOCK_NAMES = {k: v[2] for k, v in REPORTS.items()}
BLOCK_NAMES["jac"] = "JAC / Internal audit"

# ----------------------------------------------------------------------------------------
FILL = {"green": "FF92D050", "amber": "FFFFC000", "red": "FFFF0000"}


def build_tracker_rows():
    """Tracker rows in sheet order: (row dict, hmicfrs item or None)."""
    rows = []
    for block in BLOCKS:
        for it in ITEMS:
            if it["rep"] != block:
                continue
            for fr in it["force"]:
                rows.append((fr, it))
        for lo in LOCALS:
            if lo["block"] == block:
                rows.append((lo, None))
    # Within CDI 2019, tracker puts the call-handler item first; core-business local sits in
    # its own block above. Within the PEEL 2021/22 block, keep register order except that the
    # tracker lists the cause of concern's recommendations (e1, e2) after the CoC: already so.
    return rows


def write_tracker(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = TRACKER_SHEET
    bold = Font(bold=True)
    thin = Side(style="thin", color="FF999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = ("Lincolnshire Police – HMICFRS Recommendations and Areas for Improvement: "
                "Master Tracker")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Maintained by Strategic Development (Organisational Learning). Version 14 – "
                "last updated 28/03/2024. For Strategic Board, April 2024.")
    ws["A3"] = "Progress (RAG) key – the RAG grades DELIVERY against plan, not completion:"
    ws["A3"].font = bold
    ws["A4"] = ("Green = on track / delivering to plan    Amber = some slippage, recoverable    "
                "Red = off track or at risk – escalate to Strategic Board")
    ws["A5"] = ("Closure: an item is complete only when approved by the chief officer lead "
                "(ACC/DCC) or the Strategic Board – record who and when in the Sign-off column. "
                "Leave blank until submitted.")
    ws["A5"].font = Font(italic=True)
    headers = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Owner",
               "Progress (RAG)", "Update", "Sign-off / closure approved"]
    HEADER_ROW = 7
    for c, h in enumerate(headers, 1):
        cell = ws.cell(HEADER_ROW, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border
    widths = [6, 11, 22, 9, 70, 24, 11, 45, 38]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "E8"

    truth = []  # (force_row_id, item or None, local or None)
    r = HEADER_ROW + 1
    n = 0
    last_item_key = None
    sub = 0
    for fr, it in build_tracker_rows():
        if it is not None and len(it["force"]) > 1:
            if it["key"] != last_item_key:
                n += 1
                sub = 0
            sub += 1
            no = f"{n}{'abcdefgh'[sub - 1]}"
        else:
            n += 1
            no = n
        last_item_key = it["key"] if it is not None else None
        if it is not None:
            ref = it["ref"] if fr["ref"] == "same" else fr["ref"]
            report = fr["report"] or BLOCK_NAMES[it["rep"]]
        else:
            ref = fr["ref"]
            report = BLOCK_NAMES[fr["block"]]
        vals = [no, ref, report, fr["typ"], fr["text"], fr["owner"], fr["rag"] or None,
                fr["update"] or None, fr["signoff"] or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = wrap
            cell.border = border
        rag = (fr["rag"] or "").lower()
        if rag in FILL:
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=FILL[rag])
        truth.append((f"{TRACKER_SHEET}!{r}", it, fr if it is None else None))
        r += 1
    # notes below the table (not items)
    r += 1
    ws.cell(r, 1, "Notes:").font = bold
    ws.cell(r + 1, 1, "1. Sign-off dates are those of the ACC/DCC approval e-mail or the "
                      "Strategic Board minute; evidence packs are held on the OL SharePoint "
                      "site.")
    ws.cell(r + 2, 1, "2. 'Awaiting ACC/DCC sign-off' = lead has submitted the evidence pack "
                      "and proposes closure; 'Returned' = chief officer has sent it back.")
    wb.properties.creator = "Strategic Development"
    wb.save(path)
    return truth


def write_hmicfrs(path: Path):
    ordered = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][1], it["ref"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Reference", "Force", "Report title", "Publication date", "Type",
                "Recommendation", "Status", "Last status change", "Comment"])
    rowids = {}
    for i, it in enumerate(ordered):
        title, pub, _ = REPORTS[it["rep"]]
        w.writerow([it["ref"], FORCE, title, ordinal_date(*pub), it["typ"], it["text"],
                    it["status"], ordinal_date(*it["sdate"]), it["comment"]])
        rowids[it["key"]] = f"hmicfrs.csv!{i + 2}"
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return rowids


def normalise_xlsx(path: Path):
    """Fixed timestamps inside the package so the file rebuilds byte for byte."""
    src = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2024-03-28T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, data)
    src.close()
    path.write_bytes(out.getvalue())


README = r"""# Case `signoff_column_text` (round 31)

Built by `../build_signoff_column_text.py` (run with `/work/main/.venv/bin/python`; seed
`SEED = 312024`; the build is deterministic and rebuilds all three files byte for byte. The
xlsx zip timestamps and core properties are pinned to 2024-03-28 09:00).

Force: Lincolnshire Police (fictional content; real public HMICFRS wording, Open Government
Licence, copied from the casegen text lists and `real_recommendations.csv`). Rewordings,
updates, owners and sign-off entries were written for this case.

## Files

- `hmicfrs.csv`: HMICFRS register export, UTF-8 with BOM, CRLF, 71 items, header on
  row 1, items on rows 2–72 (row id `hmicfrs.csv!N`). Columns: `Reference` (plain register
  integer, e.g. 8601, 11214), `Force`, `Report title`, `Publication date` ("24th October
  2017"), `Type` (Recommendation / Area for improvement / Cause of concern / National
  recommendation), `Recommendation` (full text; several contain embedded line breaks and
  bullets, so one record spans several physical lines), `Status` (Awaiting review, Being
  progressed = open; Complete, Superseded = closed), `Last status change`, `Comment` (register
  comments, e.g. the "subsequently been inspected" superseded note). Sorted by publication
  date then reference.
- `tracker.xlsx`, one sheet `Tracker`:
  - rows 1–5: title, version line, the **Progress (RAG) key** ("the RAG grades DELIVERY
    against plan, not completion: Green = on track…"), and a closure rule ("complete only when
    approved by the chief officer lead (ACC/DCC) or the Strategic Board – record who and when
    in the Sign-off column"); row 6 blank;
  - row 7 header: `No.` · `HMICFRS Ref` · `Report` · `Type` · `Recommendation / AFI` ·
    `Owner` · `Progress (RAG)` · `Update` · `Sign-off / closure approved`;
  - rows 8–84: 77 item rows, grouped by report, oldest first, JAC block last; RAG cells are
    also colour-filled;
  - row 85 blank; rows 86–88 notes (not items).
  `No.` is the tracker's running number (1–72, split rows 33a–d and 36a–c), not an HMICFRS
  reference. `HMICFRS Ref` is blank on 5 HMICFRS items (matched by text) and on local actions.
- `truth.csv`: 83 lines (`hmicfrs_row,force_row,category,why`).

## How force done/open is decided (the point of this layout)

The tracker has no status word. `Progress (RAG)` grades delivery (the key on the sheet says
so), so it is **ignored for completion**: Green does not mean done, Amber/Red do not mean open.
`Update` is ignored too when it contradicts the sign-off. Completion is read from the Sign-off
column only, as an analyst would:

- **done**: a recorded approval – "Approved for closure by ACC Smith 12/03/2024",
  "Signed off – DCC, Strategic Board 5 Feb 2024", "Signed off by DCC 14/06/2019",
  "Signed off 03/03/2016 (Chief Officer Group)", "SIGNED OFF 21/11/23", "Closure approved –
  Strategic Board 14/11/2023", "Closed – superseded by PEEL 2021/22 AFIs. Agreed Strategic
  Board…", "Signed off by ACC Crime …; evidence sent to HMICFRS FLL …";
  and **proposed for closure**, i.e. the evidence pack is with the chief officer lead –
  "Awaiting ACC sign-off", "Awaiting DCC sign-off", "With ACC Local Policing for sign-off
  02/04/2024". These count as done because DESIGN.md's closeable_submit covers "submitted/
  proposed for closure … the sign-off lead checks the evidence and the force submits it", and
  the sheet's own note 2 says "'Awaiting ACC/DCC sign-off' = lead has submitted the evidence
  pack and proposes closure". (4 rows depend on this reading: 8605, 10830, 11223 →
  closeable_submit; 11210 → in_sync, HMICFRS complete.)
- **open**: blank; "Not yet submitted" (also "Not yet submitted – OPCC data sharing agreement
  outstanding"); "Returned – more evidence needed"; "Sign-off declined by DCC 09/01/2024 –
  …"; "Re-opened 11/2023 – …"; "Partially signed off – supervision audit outstanding"; "TBC".

## Traps and how the truth decides them

1. **Green but not signed off** (blank / Not yet submitted): open. 8604 and 9874 (HMICFRS
   complete) → closeable_local; 8543, 11204, 13406 → in_sync; 12052 (superseded) →
   closeable_local.
2. **Amber but signed off** (RAG never updated): done. 11206 → closeable_submit; 8607 → in_sync.
3. **Update says "Complete" but sign-off "Returned – more evidence needed"**: open (11218 →
   in_sync). "Completed. Evidence submitted…" in Update of 9871 agrees with its sign-off.
4. **Sign-off-looking words that mean open**: "Sign-off declined…" (8545), "Re-opened…"
   (4412, and force-only 902), "Partially signed off…" (11217), "TBC" (11219).
5. **Split recommendations**: 9799 (children in custody, NCPI 2019) is four rows 33a–d, every
   row approved by ACC Smith, HMICFRS being progressed → 4 × closeable_submit. 10832 (BWV,
   police powers 2021) is three rows 36a–c, none signed off → 3 × in_sync.
6. **Conflicts** (conflict overrides the status comparison):
   - 9872: tracker files it under "CDI 2021", register says Crime data integrity inspection
     2019 (same ref and text) – report.
   - 11208: register Area for improvement, tracker "Rec" – type.
   - 11221: "By 30 September 2022" vs tracker "By 30 September 2023" – deadline.
   - 9795: missing-children recommendation, tracker keeps two of three bullets (supervisors'
     oversight dropped) and records it approved for closure – missing bullet.
7. **Not conflicts** (deliberate, by design): tracker abbreviations (MSHT, S&S, DA, CSE,
   RASSO, SOC, VAWG, ASB, NCRS, FCR, BWV, CoP, HO, "&"), "Within 12 months" for "Within
   twelve months", misspellings (goverance, supervison, accomodation, neccessary, recieve),
   the register's stray footnote digits ("intelligence 86 and", "another force; and 20"),
   "-" bullets for "•", abridged texts; 8533 drops the sentence addressed to the Home Office/
   NPCC/APCC and 11205 drops its "This is so it can…" tail (explanatory, no timescale, number
   or bullet lost); tracker report names ("PEEL 2021/22" and "PEEL 21-22", "Stolen Freedom
   (MSHT) 2017", "PEEL Legit 17 S&S"…); type words "National", "CfC", "Rec", "AFI".
8. **Missing from force** (6, all open on HMICFRS): 10833 (aimed at Home Office/NPCC; never
   logged), 11213, 11215 (fraud – same wording as the tracked county-lines AFI 11214),
   13402, 13403 (county-lines offenders – the county-lines SPOC local action is not it), 13407
   (new PEEL 2023/24 AFIs not yet added).
9. **Not on HMICFRS list** (7): Core Business 2014 call-handler item (signed off 2016; the
   CDI 2019 item 9873 has near-identical wording and must pair with the CDI row, not this one);
   Integrity matters item carrying ref 902, which the export does not hold (re-opened); five
   local actions ("Local action: …", "Force improvement plan: …", "Task & Finish group …",
   "JAC action: …") filed inside real report blocks or the JAC block, Ref blank, Type "Local".
10. **Near-twin texts on both sides**: 12051/12052 (training: mental ill health vs vulnerable
   adults), 11214/11215, 9798 vs 9796 (CSE understanding vs CSE partners), 13401 vs 13410
   (VAWG).
11. **No ref in tracker** for 2321, 4822, 8602, 13401, 13404: match by text.
12. HMICFRS "Awaiting review" items already signed off by the force (13405, 13410) →
    closeable_submit.

## Counts (truth.csv lines)

| category | lines |
|---|---|
| in_sync | 40 (15 closed/done, 22 open/open, 3 split rows of 10832) |
| closeable_submit | 17 (13 one-to-one + 4 split rows of 9799) |
| closeable_local | 9 |
| conflict | 4 |
| missing_from_force | 6 |
| not_on_hmicfrs_list | 7 |
| **total** | **83** |

71 HMICFRS items (open 47: Being progressed 37, Awaiting review 10; closed 24: Complete 19,
Superseded 5); 77 tracker item rows. Items closed on one side only: 23 of 71.
"""


def main():
    CASE.mkdir(parents=True, exist_ok=True)
    rowids = write_hmicfrs(CASE / "hmicfrs.csv")
    ftruth = write_tracker(CASE / "tracker.xlsx")
    normalise_xlsx(CASE / "tracker.xlsx")
    lines = []
    seen = set()
    for fid, it, lo in ftruth:
        if it is None:
            lines.append(("", fid, "not_on_hmicfrs_list", lo["why"]))
        else:
            lines.append((rowids[it["key"]], fid, it["cat"], it["why"]))
            seen.add(it["key"])
    for it in sorted(ITEMS, key=lambda it: int(rowids[it["key"]].split("!")[1])):
        if not it["force"]:
            assert it["cat"] == "missing_from_force"
            lines.append((rowids[it["key"]], "", it["cat"], it["why"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    (CASE / "README.md").write_text(README, encoding="utf-8")
    counts = {}
    for _, _, cat, _ in lines:
        counts[cat] = counts.get(cat, 0) + 1
    print(len(ITEMS), "HMICFRS items;", len(ftruth), "tracker item rows;", len(lines),
          "truth lines")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")


if __name__ == "__main__":
    main()
