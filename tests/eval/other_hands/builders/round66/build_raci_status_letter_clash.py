"""Build the evaluation case `raci_status_letter_clash`.

Force side (tracker.xlsx): an organisational-learning RACI responsibility matrix. Eight
department columns hold R / A / C / I (Responsible, Accountable, Consulted, Informed; "A/R"
where one department is both), and immediately to their right a one-letter status column
holding R / A / G / W (Red, Amber, Green, White). The same letters mean different things in
neighbouring columns.

HMICFRS side (hmicfrs.xlsx): a plain register export, one row per item, header on row 1.

Run:  /work/main/.venv/bin/python build_raci_status_letter_clash.py
Rebuilds the case folder byte for byte (fixed seed, fixed zip timestamps and document dates).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 6606
CASE = "raci_status_letter_clash"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED_TS = dt.datetime(2025, 2, 14, 9, 30, 0)

FORCE = "Lincolnshire Police"
H_SHEET = "Recommendations"
F_SHEET = "RACI Matrix"

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------------------------------------
# Real HMICFRS texts (Open Government Licence), copied from the casegen text lists and
# /work/shared/data/real_recommendations.csv. Stray footnote digits ("intelligence 86 and",
# "another force; and 20") are kept on the HMICFRS side as the published text carries them.
# ---------------------------------------------------------------------------------------------
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
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
CDI_BULLETS = [
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
               + "\n".join("• " + b for b in CDI_BULLETS) + ".")
MISSING_KIDS_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
CUSTODY_CHILDREN = (
    "The force, in conjunction with children’s social care services, should review how it "
    "manages the detention of children. As a minimum it should:• ensure that all children are "
    "only detained when absolutely necessary and for the absolute minimum amount of time;• "
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested.")

# report key -> (HMICFRS title, publication date, tracker's own name, first register id)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)", 1204),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014", 2344),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014", 3017),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014", 4830),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and "
                  "to provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015", 5105),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015", 5560),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015", 6011),
    "peff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Eff 16", 7102),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", 8620),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", 8711),
    "peffc17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9),
                "PEEL Efficiency 2017", 8734),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S", 8802),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14),
               "NCPI 2018", 9135),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 18-19", 9460),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 17), "CDI 2019", 9718),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)", 10215),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 26), "PEEL 21-22", 10421),
    "custody22": ("Report on an unannounced inspection visit to police custody suites 2022",
                  dt.date(2022, 8, 23), "Custody 2022", 10690),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 5, 21), "PEEL 23-24", 11302),
}

DEPTS = ["C&J", "LP", "PPD", "CMD", "PSD", "P&OD", "DDaT", "S&C"]
DEPT_NAMES = {
    "C&J": "Crime & Justice (Force CID, Criminal Justice, Custody)",
    "LP": "Local Policing (response, neighbourhoods, firearms licensing)",
    "PPD": "Public Protection Department",
    "CMD": "Contact Management Department (Force Control Room)",
    "PSD": "Professional Standards Department",
    "P&OD": "People & Organisational Development (HR, L&D, vetting)",
    "DDaT": "Digital, Data & Technology (incl. Information Management)",
    "S&C": "Strategy & Change (Corporate Development, Organisational Learning)",
}
LEAD_OFFICER = {
    "C&J": "Det Ch Supt Force CID", "LP": "ACC Local Policing", "PPD": "Ch Supt Public Protection",
    "CMD": "Supt Contact Centre", "PSD": "Head of Professional Standards",
    "P&OD": "Director of People", "DDaT": "Head of Information Management",
    "S&C": "Head of Corporate Development",
}

# ---------------------------------------------------------------------------------------------
# The items. Each: report key, type, HMICFRS text, HMICFRS status, force handling.
#   force: None = not in tracker (missing_from_force)
#          dict(st=letter, ...) = one force row;  dict(split=[(text, letter), ...]) = split rows
#   cat:   the truth category, decided by eye below.
# Force text `ft` None = the analyst pasted the HMICFRS wording (retyped quotes, footnote
# digits dropped).  id: "id" (correct register id), "" (left blank), or a literal string.
# ---------------------------------------------------------------------------------------------
OPEN_H = ("Awaiting review", "Being progressed")
CLOSED_H = ("Complete", "Superseded")

ITEMS = [
    # ---- Stop and search 2013 ------------------------------------------------------------
    dict(r="sas13", t=NAT, h="Complete", lead="LP", cat="in_sync", st="W", id="id",
         text="Chief Constables and the College of Policing should establish in the Stop and "
              "Search Authorised Professional Practice document a clear specification of what "
              "constitutes the effective and fair exercise of stop and search powers, and "
              "guidance in this respect. This should be compliant with the Code of Practice.",
         ft="CCs & CoP to establish in the S&S APP a clear specification of what constitutes "
            "effective and fair use of S&S powers (compliant with the Code of Practice).",
         upd="College of Policing deliverable - APP published. Not for LP to deliver.",
         why="HMICFRS Complete; force W (White = not the force's to deliver, counts as done): "
             "closed on both sides"),
    dict(r="sas13", t=NAT, h="Complete", lead="LP", cat="closeable_local", st="A", id="id",
         text="Chief Constables should establish or improve monitoring of the way officers stop "
              "and search people, so that they can be satisfied their officers are acting in "
              "accordance with the law (including equality legislation and the Code of "
              "Practice), and that the power is used effectively to prevent crime, catch "
              "criminals and maintain public trust.",
         upd="S&S scrutiny dashboard being rebuilt in Power BI; go-live slipped to Q1 25/26.",
         why="HMICFRS Complete; force status A (Amber, open); the S&C column beside it holds a "
             "RACI letter, not a status"),
    dict(r="sas13", t=NAT, h="Complete", lead="LP", cat="closeable_local", st="R", id="",
         text="Chief Constables should, in consultation with elected local policing bodies, "
              "ensure that they comply with the code of practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example, young people.",
         upd="Youth scrutiny panel lapsed in 2023 - no chair. Re-launch with OPCC not yet agreed.",
         why="HMICFRS Complete; force status R (Red, open, overdue); no register id in tracker, "
             "matched on 2013 report and 'elected local policing bodies' wording"),
    # ---- Everyone's business -------------------------------------------------------------
    dict(r="everyone", t=NAT, h="Complete", lead="PPD", cat="in_sync", st="G", id="id",
         text=EVERYONE_PLAN,
         upd="DA action plan published 2014, refreshed annually as part of the VAWG plan.",
         why="HMICFRS Complete; force G: closed on both sides"),
    # ---- Policing in austerity -----------------------------------------------------------
    dict(r="austerity", t=NAT, h="Superseded", lead="S&C", cat="closeable_local", st="A", id="",
         text="All Chief Constables and PCCs should review their plans to deliver savings to "
              "ensure they are doing all they can to continue to reduce crime and protect the "
              "front line while balancing their budgets. They should use the data and "
              "information contained in this report, and in HMIC's Value for Money profiles, "
              "when conducting their reviews",
         ft="All CCs and PCCs should review their plans to deliver savings to ensure they are "
            "doing all they can to continue to reduce crime and protect the front line while "
            "balancing their budgets (use VfM profiles).",
         upd="Reviewed annually through the MTFS. Carried forward from 2014 matrix.",
         why="HMICFRS Superseded; force status A (open): close the force's entry"),
    dict(r="austerity", t=NAT, h="Superseded", lead="S&C", cat="in_sync", st="G", id="",
         text="Chief Constables and PCCs in forces planning to deliver less than 10% of their "
              "savings through collaboration should assess whether there is scope to improve "
              "on this position. HMIC will follow up the assessments in the autumn.",
         upd="Assessment completed 2014 (East Midlands collaboration). Closed.",
         why="HMICFRS Superseded; force G: closed on both sides"),
    dict(r="austerity", t=NAT, h="Superseded", lead="P&OD", cat="closeable_local", st="A", id="",
         text="Chief Constables and PCCs in forces that are planning to reduce the proportion "
              "of their workforce and/or police officers on the front line should assess "
              "whether they have taken the decisive action seen in many forces in order to "
              "maintain their crime fighting capacity. HMIC will follow up the assessments in "
              "the autumn.",
         upd="Linked to the Force Management Statement workforce section. Awaiting update from lead.",
         why="HMICFRS Superseded; force status A (open)"),
    dict(r="austerity", t=NAT, h="Superseded", lead="S&C", cat="closeable_local", st="a", id="",
         text="In preparation for the next spending round period all Chief Constables and PCCs "
              "should review their plans for collaboration. In particular they should consider "
              "whether there is scope to deliver better value for money and improved "
              "capability and capacity through joint working with other forces, the public "
              "and/or the private sector.",
         upd="HMICFRS have told FLL this is superseded by PEEL - confirm and close at next OLB.",
         why="HMICFRS Superseded; force status 'a' (lower-case Amber, still open) although the "
             "update says it is due to be closed: force has not closed it yet"),
    # ---- Core business -------------------------------------------------------------------
    dict(r="core", t=NAT, h="Complete", lead="CMD", cat="in_sync", st="G", id="id",
         text="Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
              "that have not yet done so, should provide call-handlers with specific, sound and "
              "comprehensible criteria against which they can assess threat, harm and risk.",
         upd="THRIVE embedded in the FCR since 2015.",
         why="HMICFRS Complete; force G: closed on both sides"),
    dict(r="core", t=NAT, h="Complete", lead="LP", cat="in_sync", st="G", id="",
         text="By 31 March 2015 all forces should ensure that crime prevention or disruption "
              "activity carried out is systematically recorded and subsequently evaluated to "
              "determine the effectiveness of tactics being employed.",
         upd="Problem-solving database in place (POP). Closed.",
         why="HMICFRS Complete; force G: closed on both sides"),
    # ---- Integrity matters ---------------------------------------------------------------
    dict(r="integrity", t=NAT, h="Being progressed", lead="PSD", cat="in_sync", st="A", id="id",
         text="By 31 August 2015, all chief constables should satisfy themselves that they have "
              "processes in place to ensure that investigations into misconduct by officers "
              "and staff resulting in “no further action” are fair and free of any form of "
              "discrimination.",
         upd="Disproportionality dip-sample of NFA outcomes with the IAG - report due to PSD board.",
         why="HMICFRS Being progressed; force A (Amber): open on both sides"),
    # ---- Building the picture ------------------------------------------------------------
    dict(r="picture", t=NAT, h="Superseded", lead="DDaT", cat="in_sync", st="G", id="id",
         text="By 30 November 2015, chief constables should put in place arrangements to "
              "scrutinise audits of compliance with the APP on information management through "
              "the force information management governance structure. This should include "
              "measures to ensure that categorisation of records are regularly adjusted.",
         upd="Information Assurance Board scrutinises MoPI audits quarterly.",
         why="HMICFRS Superseded; force G: closed on both sides"),
    # ---- Firearms licensing --------------------------------------------------------------
    dict(r="firearms", t=NAT, h="Complete", lead="LP", cat="closeable_local", st="A", id="id",
         text="Within three months, all chief constables should assess how well the governance "
              "of firearms licensing in his or her force meets the standards set out in "
              "Authorised Professional Practice. Chief constables of forces where the "
              "governance standards are not being complied with should put in place "
              "immediately the correct arrangements and procedures in order to meet the "
              "standards in full.",
         upd="Re-assessment against the 2021 statutory guidance in progress.",
         why="HMICFRS Complete; force status A (open)"),
    dict(r="firearms", t=NAT, h="Being progressed", lead="LP", cat="closeable_submit", st="G",
         id="id",
         text="Within three months, all chief constables should assess the demand placed on "
              "their firearms licensing department and ensure it has the capacity to meet this "
              "demand and provide an efficient and effective service at all times.",
         upd="Demand review completed; 4 additional FEOs funded. Evidence pack ready for FLL.",
         why="HMICFRS Being progressed; force G (Green = complete): submit for closure"),
    dict(r="firearms", t=NAT, h="Awaiting review", lead="LP", cat="closeable_submit", st="G",
         id="id",
         text="Immediately, all chief constables should satisfy themselves that all appropriate "
              "action is being taken by their force with regard to ‘total expired’ licensing "
              "records.",
         ft="Immediately, all CCs should satisfy themselves that all appropriate action is "
            "being taken by their force with regard to 'total expired' licensing records.",
         upd="Completed. Evidence submitted to HMICFRS for closure.",
         why="HMICFRS Awaiting review; force G: submit for closure"),
    dict(r="firearms", t=NAT, h="Being progressed", lead="LP", cat="in_sync", st="A", id="id",
         text="Within three months, all chief constables should ensure that their arrangements "
              "in respect of the use of temporary permits are in accordance with the Home "
              "Office guidance; that temporary permits are properly recorded without delay on "
              "the National Firearms Licensing Management System; and that effective systems "
              "exist to ensure certificate holders are not permitted, at any time, to remain "
              "in unlawful possession of a firearm.",
         upd="NFLMS recording audit scheduled for March.",
         why="HMICFRS Being progressed; force A: open on both sides"),
    dict(r="firearms", t=NAT, h="Being progressed", lead="CMD", cat="missing_from_force",
         force=None,
         text="Within three months, all chief constables should ensure that systems designed "
              "to identify, prior to police attendance, whether a reported incident involves "
              "or is at the address of a firearm certificate holder are in place and are "
              "always applied by staff dispatching officers to incidents; and that officers "
              "understand the risk assessment which they should be undertaking in such "
              "circumstances, and their power, when appropriate, to seize firearms and firearm "
              "certificates.",
         why="On the HMICFRS list (open), no row in the RACI matrix: the firearms block has the "
             "other four items only"),
    # ---- PEEL effectiveness 2016 (force) -------------------------------------------------
    dict(r="peff16", t=COC, h="Being progressed", lead="PPD", cat="in_sync", st="A", id="id",
         text="The force's response to domestic abuse is a cause of concern to HMIC. The force "
              "policy which allows an officer discretion to complete a DASH risk assessment in "
              "some crimes and incidents does not provide confidence that risk is always "
              "assessed appropriately. In cases where a DASH risk assessment is not completed "
              "the officer should record an assessment on the crime management system. HMIC "
              "found that officers are not consistently completing a DASH in circumstances "
              "where force policy requires that they should do so. This means that some "
              "victims of domestic abuse who may be at risk of harm are not being "
              "appropriately risk-assessed.",
         ft="CoC - DA: officer discretion on DASH completion does not give confidence risk is "
            "always assessed; DASH not consistently completed where policy requires.",
         upd="DARA roll-out replaces DASH from April; CoC held open until DARA audit.",
         why="HMICFRS Being progressed; force A: open on both sides (force summarises the CoC)"),
    dict(r="peff16", t=REC, h="Being progressed", lead="PPD", cat="in_sync", st="A", id="id",
         text="To address this cause of concern, HMIC recommends the force should immediately "
              "take steps to ensure that there is effective supervision of the initial risk "
              "assessment process, specifically in relation to the completion of DASH risk "
              "assessment in appropriate cases.",
         upd="Supervisor DASH review added to the Niche workflow; compliance 78% (Jan).",
         why="HMICFRS Being progressed; force A: open on both sides"),
    dict(r="peff16", t=REC, h="Being progressed", lead="PPD", cat="conflict", st="A", id="id",
         ftype="AFI",
         text="HMIC recommends that within six months the force should: consider ways of "
              "increasing the use of arrest, ancillary orders and other available powers, in "
              "order to improve the service it provides to victims of domestic abuse, offer the "
              "best possible protection and bring more perpetrators to justice;",
         ft="Within six months the force should consider ways of increasing the use of arrest, "
            "ancillary orders and other available powers, in order to improve the service it "
            "provides to victims of DA, offer the best possible protection and bring more "
            "perpetrators to justice.",
         upd="DVPO/DVPN usage up 40% year on year. Arrest rate reported monthly.",
         why="Same register id and text, but type disagrees: HMICFRS Recommendation, force "
             "records it as an AFI (both open)"),
    dict(r="peff16", t=AFI, h="Superseded", lead="DDaT", cat="closeable_local", st="R", id="",
         text="The force should improve its ability to retrieve digital evidence from mobile "
              "phones, computers and other electronic devices quickly enough to ensure "
              "investigations are not delayed.",
         upd="DFU backlog 640 devices (Jan). Kiosk roll-out paused - funding bid with OPCC.",
         why="HMICFRS Superseded; force status R (Red, open)"),
    dict(r="peff16", t=AFI, h="Being progressed", lead="C&J", cat="in_sync", st="A", id="id",
         text="The force should improve the supervision of investigations, so that "
              "investigation plans are set, reviewed and recorded and victims receive a "
              "consistently good service.",
         upd="Investigation standards dip-sample quarterly via Crime Standards Board.",
         why="HMICFRS Being progressed; force A: open on both sides"),
    dict(r="peff16", t=AFI, h="Complete", lead="C&J", cat="in_sync", st="G", id="id",
         text="The force should improve its understanding of suspects released under "
              "investigation and the management of those released on bail.",
         ft="The force should improve its understanding of suspects RUI and the management of "
            "those released on bail.",
         upd="RUI/bail management team in place since 2020. Closed by HMICFRS.",
         why="HMICFRS Complete; force G: closed on both sides"),
    # ---- Stolen freedom ------------------------------------------------------------------
    dict(r="stolen", t=NAT, h="Being progressed", lead="C&J", cat="in_sync", id="id",
         text=SF_LEADERSHIP,
         split=[
             ("Within 12 months review MSHT leadership & governance to ensure: (a) senior "
              "leaders prioritise the response to modern slavery and human trafficking", "G",
              "S&C", "MSHT gold group chaired by ACC Crime since 2019."),
             ("(b) every incident of modern slavery identified to police is allocated "
              "appropriate resources with the skills, experience and capacity to investigate "
              "it effectively", "A", "C&J",
              "Allocation policy agreed; skills gap in LPA CID - training Q1."),
             ("(c) forces develop effective partnership arrangements to co-ordinate activity in "
              "order to share information and safeguard victims", "G", "PPD",
              "Anti-slavery partnership (LASP) meets quarterly."),
             ("(d) performance and quality assurance measures are in place to allow senior "
              "leaders to assess the nature and quality of the service provided to victims",
              "A", "S&C", "MSHT measures to go into the Force Performance pack."),
         ],
         why="Split row: one of four bullets of the MSHT leadership recommendation; bullets "
             "b and d still Amber, so the item is open on the force side as on HMICFRS's"),
    dict(r="stolen", t=NAT, h="Being progressed", lead="C&J", cat="conflict", st="A", id="id",
         text="Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
              "and in order to safeguard victims better and to identify suspects as early as "
              "possible",
         ft="Within twelve months, forces should have in place active ISAs with other agencies "
            "to facilitate speedy exchange of intelligence and in order to safeguard victims "
            "better and to identify suspects as early as possible.",
         upd="ISA with Lincs CC signed; health and GLAA outstanding.",
         why="Timescale disagrees: HMICFRS 'Within six months', force 'Within twelve months' "
             "(same register id, both open)"),
    dict(r="stolen", t=NAT, h="Awaiting review", lead="C&J", cat="closeable_submit", st="G",
         id="id",
         text="Immediately, forces should ensure that all victims carrying out criminal acts "
              "under compulsion attributable to slavery or exploitation are afforded the "
              "protection of early and continuing consideration of the applicability of the "
              "section 45 defence.",
         upd="s45 guidance issued with CPS; included in investigator training. Complete.",
         why="HMICFRS Awaiting review; force G: submit for closure"),
    dict(r="stolen", t=NAT, h="Being progressed", lead="PPD", cat="in_sync", st="A", id="id",
         text="Immediately, forces should take steps to ensure they are fully compliant with "
              "the NRM process as it evolves and are implementing the requirement placed upon "
              "them under the Modern Slavery Act 2015 to notify the Home Office of any "
              "individual suspected to be an adult victim of modern slavery or human "
              "trafficking.",
         ft="Immediately, forces should take steps to ensure they are fully compliant with the "
            "NRM process as it evolves & are implementing the requirement under the Modern "
            "Slavery Act 2015 to notify the HO of any individual suspected to be an adult "
            "victim of MSHT.",
         upd="Duty to Notify compliance audit: 91%.",
         why="HMICFRS Being progressed; force A: open on both sides"),
    dict(r="stolen", t=NAT, h="Complete", lead="C&J", cat="closeable_local", st="A", id="id",
         text="Immediately, forces should take steps to ensure they fully comply with national "
              "crime recording standard (NCRS) requirements for offences identified as modern "
              "slavery and human trafficking and that sufficient audit capacity is available "
              "to the force crime registrar to provide reassurance that each force is "
              "identifying and managing any gaps in its crime-recording accuracy for these "
              "types of offences.",
         upd="Allocated to the Force Crime Registrar. Audit capacity under review.",
         why="HMICFRS Complete; force status A (open)"),
    dict(r="stolen", t=NAT, h="Being progressed", lead="C&J", cat="in_sync", st="R", id="id",
         text="Immediately, forces should ensure that allegations or indications of modern "
              "slavery and human trafficking are thoroughly investigated and effectively "
              "supervised by teams and individuals with the skills and experience to undertake "
              "them (this should include the use where appropriate of joint intelligence teams "
              "and other means to obtain intelligence and evidence from agencies overseas).",
         upd="Little work yet undertaken in this area. Unlikely to reach deadlines.",
         why="HMICFRS Being progressed; force R (Red): open on both sides"),
    dict(r="stolen", t=NAT, h="Awaiting review", lead="C&J", cat="closeable_submit", st="G",
         id="id",
         text="Immediately, forces should review their use of preventative powers under the "
              "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
              "of those deemed to pose a clear threat to others in respect of modern slavery "
              "and human trafficking offences are exploited.",
         upd="STPO/STRO process reviewed and in the MSHT toolkit. Ready to move to GREEN status "
             "- moved 11/24.",
         why="HMICFRS Awaiting review; force G: submit for closure"),
    # ---- PEEL efficiency 2017 national ---------------------------------------------------
    dict(r="efc17", t=NAT, h="Being progressed", lead="DDaT", cat="in_sync", st="A", id="id",
         text="By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force. The Home Office, National Police "
              "Chiefs' Council and Association of Police and Crime Commissioners should "
              "support the development of these plans by establishing a national framework "
              "which allows for the provision of digitally enabled services across force "
              "boundaries.",
         ft="By September 2018, CCs should produce an ambitious plan to improve "
            "digitally-enabled services within their force.",
         upd="Digital strategy 2024-27 drafted; awaiting COG approval.",
         why="HMICFRS Being progressed; force A: open on both sides (force kept only the "
             "force's own sentence; the second sentence is for HO/NPCC/APCC, not a bullet)"),
    # ---- PEEL efficiency 2017 force ------------------------------------------------------
    dict(r="peffc17", t=AFI, h="Complete", lead="S&C", cat="closeable_local", st="A", id="id",
         text="The force should undertake further work to gain a fuller understanding of "
              "current demand for its services, and likely future changes in demand. This is "
              "so it can make best use of its resources by matching them to demand to meet the "
              "needs of the public.",
         upd="Covered by the FMS; demand model refresh with Process Evolution due June.",
         why="HMICFRS Complete; force status A (open)"),
    dict(r="peffc17", t=AFI, h="Being progressed", lead="S&C", cat="in_sync", st="A", id="",
         text="The force should develop its understanding of the links between its outcomes, "
              "outputs and costs.",
         upd="Priority-based budgeting pilot in LP.",
         why="HMICFRS Being progressed; force A: open on both sides"),
    dict(r="peffc17", t=AFI, h="Being progressed", lead="P&OD", cat="in_sync", st="R", id="id",
         text="The force should develop a future workforce plan that is aligned with its "
              "overall demand and budget. The plan should include future resource allocations, "
              "the mix of skills required by the workforce and behaviours expected of them.",
         upd="Workforce plan not yet produced - dependent on the demand model.",
         why="HMICFRS Being progressed; force R: open on both sides"),
    # ---- PEEL legitimacy 2017 national ---------------------------------------------------
    dict(r="leg17", t=COC, h="Superseded", lead="LP", cat="closeable_local", st="A", id="id",
         text="HMICFRS is concerned that forces are not able to demonstrate that the use of "
              "stop and search powers is consistently reasonable and fair. In particular, "
              "there is over-representation of BAME people, and black people in particular, "
              "in stop and search data which many forces are unable to explain.",
         ft="CoC (national): forces cannot demonstrate S&S is consistently reasonable and fair; "
            "over-representation of BAME people not explained.",
         upd="Held open pending the S&S scrutiny dashboard.",
         why="HMICFRS Superseded; force status A (open)"),
    dict(r="leg17", t=NAT, h="Being progressed", lead="LP", cat="in_sync", st="A", id="id",
         text=SAS_MONITORING_2017,
         upd="Monthly S&S disproportionality report to the S&S board; drug-search element "
             "outstanding.",
         why="HMICFRS Being progressed; force A: open on both sides"),
    dict(r="leg17", t=NAT, h="Being progressed", lead="LP", cat="missing_from_force",
         force=None,
         text="Where forces identify disparities through monitoring, they should demonstrate to "
              "the public that they have:\n•carried out research and analysis in an attempt to "
              "understand the reasons for the disparity, and •taken action to reduce the "
              "disparity, where necessary;",
         why="On the HMICFRS list (open), no row in the RACI matrix"),
    dict(r="leg17", t=NAT, h="Being progressed", lead="LP", cat="in_sync", st="A", id="",
         text="We expect forces to publish this analysis and any actions taken at least on an "
              "annual basis, from July 2018.",
         ft="Publish the S&S analysis and any actions taken at least annually (from July 2018).",
         upd="2023/24 report published on the force website; 2024/25 due July.",
         why="HMICFRS Being progressed; force A: open on both sides (force's own wording)"),
    dict(r="leg17", t=NAT, h="Awaiting review", lead="P&OD", cat="closeable_submit", st="G",
         id="id",
         text="By July 2018, and ongoing following that date, forces should ensure that all "
              "officers who use stop and search powers have been provided with, and "
              "understand, training on unconscious bias and College of Policing APP on stop "
              "and search.",
         upd="Training compliance 97%; part of the annual OST. Complete.",
         why="HMICFRS Awaiting review; force G: submit for closure"),
    # ---- NCPI 2018 -----------------------------------------------------------------------
    dict(r="ncpi18", t=COC, h="Being progressed", lead="PPD", cat="in_sync", st="A", id="id",
         text="The force’s response to missing and absent children is a cause of concern to "
              "HMIC. HMIC found that the assessment of risk for children who go missing from "
              "home was inappropriate in some cases. We found some instances where children "
              "were classed as ‘absent’ when they should have been recorded as ‘missing’, and "
              "risk levels for missing children were sometimes incorrectly assessed at a lower "
              "grade. Children were incorrectly graded at a lower level and could have been "
              "exposed to an increased risk of harm.",
         ft="CoC - missing & absent children: risk for children who go missing from home "
            "assessed inappropriately; some classed 'absent' who should have been 'missing'.",
         upd="Absent category withdrawn (national change). CoC open until re-inspection.",
         why="HMICFRS Being progressed; force A: open on both sides"),
    dict(r="ncpi18", t=REC, h="Awaiting review", lead="CMD", cat="closeable_submit", st="G",
         id="id", text=MISSING_KIDS_REC,
         upd="All three strands delivered; CSE risk factors in FCR training. Submitted to FLL "
             "for closure 12/24.",
         why="HMICFRS Awaiting review; force G: submit for closure"),
    dict(r="ncpi18", t=REC, h="Being progressed", lead="PPD", cat="in_sync", st="A", id="",
         text="Within six months the force should ensure regular and active supervision of the "
              "quality and progress of investigations. This supervision should be properly "
              "recorded.",
         upd="Child abuse investigation supervision dip-sample: 64% compliant.",
         why="HMICFRS Being progressed; force A: open on both sides"),
    # ---- PEEL 2018/19 --------------------------------------------------------------------
    dict(r="peel18", t=AFI, h="Being progressed", lead="S&C", cat="conflict", st="A", id="",
         freport="peel21",
         text="The force should make sure there are appropriate strategic oversight "
              "arrangements in place to manage risks, performance and improvement plans "
              "effectively.",
         upd="Strategic Performance Board terms of reference refreshed.",
         why="Text matches the 2018/19 AFI word for word, but the force files it under PEEL "
             "21-22 (May-22): report and date disagree"),
    dict(r="peel18", t=AFI, h="Awaiting review", lead="S&C", cat="closeable_submit", st="G",
         id="id",
         text="The force should make sure the corporate risk register is actively used to "
              "mitigate and manage known risks.",
         upd="Risk register reviewed monthly at COG; internal audit gave substantial assurance.",
         why="HMICFRS Awaiting review; force G: submit for closure"),
    dict(r="peel18", t=AFI, h="Being progressed", lead="P&OD", cat="in_sync", st="A", id="id",
         text="The force should put plans in place to monitor, including through the gathering "
              "and analysis of staff feedback, team cultures and provide prompt remedial action "
              "for any issues it identifies.",
         upd="Staff survey 2024 results to People Board in March.",
         why="HMICFRS Being progressed; force A: open on both sides"),
    dict(r="peel18", t=AFI, h="Complete", lead="P&OD", cat="in_sync", st="G", id="id",
         text="The force should review how it gathers and uses equality and diversity data to "
              "improve its understanding of its workforce demographics.",
         upd="Self-service E&D data capture live in the HR system. Closed.",
         why="HMICFRS Complete; force G: closed on both sides"),
    # ---- CDI 2019 ------------------------------------------------------------------------
    dict(r="cdi19", t=REC, h="Awaiting review", lead="C&J", cat="closeable_submit", id="id",
         text=CDI_VICTIMS,
         split=[
             ("CDI victims (i) - at the point of report, victims are believed", "G", "CMD",
              "Victim believed principle in FCR scripts."),
             ("(ii) - conversations between call handlers and callers summarised accurately in "
              "the incident log, giving attending officers the full facts for crime-recording "
              "decisions", "G", "CMD", "STORM log QA shows 93% compliance."),
             ("(iii) - multiple crimes always recorded when described within incident records or "
              "identified as part of other recorded crime investigations", "G", "C&J",
              "FCR audit Q3: compliant."),
             ("(iv) - stop the practice of awaiting results of medical examinations or video "
              "interviews before making crime-recording decisions", "G", "PPD",
              "Practice stopped; confirmed by FCR audit."),
             ("(v) - online reports of crime triaged at the point of receipt so that ongoing "
              "risks to the victim or wider public are identified and managed", "G", "DDaT",
              "Single Online Home triage live. All strands complete - evidence to FLL."),
         ],
         why="Split row: one of five bullets of the CDI victims recommendation; all five are G, "
             "HMICFRS Awaiting review: submit the whole recommendation for closure"),
    dict(r="cdi19", t=AFI, h="Complete", lead="C&J", cat="in_sync", st="G", id="id",
         text="The force should improve its use of its crime-recording and management system "
              "to better manage its case files and investigative processes.",
         upd="Niche case file module in use since 2021.",
         why="HMICFRS Complete; force G: closed on both sides"),
    # ---- Police powers spotlight 2021 ----------------------------------------------------
    dict(r="powers", t=NAT, h="Being progressed", lead="P&OD", cat="closeable_submit", st="G",
         id="id",
         text="By July 2022, forces should ensure that officers and staff have effective "
              "communication skills, in line with the National Policing Guidelines on Conflict "
              "Management. This should be in addition to existing training on conflict "
              "management and de-escalation.",
         ft="By July 2022, forces should ensure that officers & staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management (in addition to existing conflict management and de-escalation "
            "training).",
         upd="Module added to OST from 2022. Complete.",
         why="HMICFRS Being progressed; force G: submit for closure"),
    dict(r="powers", t=NAT, h="Being progressed", lead="P&OD", cat="in_sync", st="A", id="id",
         text="By July 2021, forces should ensure that communication skills are reinforced as "
              "part of the programme of continuing professional development for officers and "
              "staff, and that supervisors are supported to routinely and frequently debrief "
              "officers on these skills using body-worn video footage.",
         upd="Supervisor BWV debrief guidance drafted; CPD day content agreed.",
         why="HMICFRS Being progressed; force A: open on both sides"),
    dict(r="powers", t=NAT, h="Being progressed", lead="LP", cat="conflict", st="G", id="id",
         text=BWV_2021,
         ft="By September 2021, forces should: ensure that officers record on BWV (when this is "
            "available) the entirety of all S&S encounters, including traffic stops and use of "
            "force incidents.\nhave a structured process for regularly reviewing and monitoring "
            "internally a sufficient sample of BWV footage to identify and disseminate learning "
            "and hold officers to account when behaviour falls below acceptable standards.",
         upd="BWV policy mandates recording; monthly supervisor review of 10% of S&S footage. "
             "Complete.",
         why="Force text has only two of the three parts: the third (external scrutiny panel "
             "access to BWV footage) is missing, so the force's G does not cover the whole "
             "recommendation"),
    dict(r="powers", t=NAT, h="Being progressed", lead="S&C", cat="closeable_submit", st="W",
         id="id",
         text="The Home Office and the NPCC should take steps to ensure that the quality of the "
              "data collected on the number of incidents where force has been used to effect a "
              "stop and search is sufficient for publication. The Home Office should publish "
              "this data as soon as possible.",
         upd="Not the force's responsibility to deliver; dependent upon another organisation.",
         why="HMICFRS Being progressed; force W (White = not the force's to deliver, done): "
             "ask HMICFRS to close it against the force"),
    dict(r="powers", t=NAT, h="Being progressed", lead="LP", cat="in_sync", st="R", id="id",
         text="By July 2021, forces should ensure they have effective internal monitoring "
              "processes on the use of force, to help them to identify and understand "
              "disproportionate use, explain the reasons and implement any necessary "
              "improvement action.",
         upd="UoF data quality below 70% - new form on mobile devices from April.",
         why="HMICFRS Being progressed; force R: open on both sides"),
    # ---- PEEL 2021/22 --------------------------------------------------------------------
    dict(r="peel21", t=AFI, h="Being progressed", lead="C&J", cat="in_sync", st="A", id="id",
         text="The force should improve its understanding of the nature and scale of county "
              "lines drug dealing in its area.",
         upd="County lines problem profile refreshed Dec 24.",
         why="HMICFRS Being progressed; force A: open on both sides"),
    dict(r="peel21", t=AFI, h="Awaiting review", lead="PPD", cat="closeable_submit", st="g",
         id="id",
         text="The force should make sure victims of stalking and harassment are kept informed "
              "about the progress of their case, in line with the Code of Practice for Victims "
              "of Crime.",
         upd="VCOP compliance for stalking 88% (target 85%). Complete.",
         why="HMICFRS Awaiting review; force 'g' (lower-case Green): submit for closure"),
    dict(r="peel21", t=AFI, h="Awaiting review", lead="C&J", cat="closeable_submit", st="",
         id="id",
         text="The force should make sure it records reports of hate crime accurately and "
              "without delay.",
         upd="Completed 09/12/24 - FCR hate crime audit 96% compliant. Evidence pack sent to "
             "FLL for closure submission; RAG to be updated at next OLB.",
         why="Status cell left blank but the update records completion and submission of the "
             "evidence pack: force done, HMICFRS Awaiting review"),
    dict(r="peel21", t=AFI, h="Being progressed", lead="CMD", cat="conflict", st="A",
         id="10442",
         text="The force should improve the timeliness of its response to calls for service "
              "involving vulnerable adults.",
         upd="Attendance times for vulnerable adult calls on the FCR dashboard.",
         why="Reference disagrees: force records HMICFRS ID 10442 (digits transposed), the "
             "register holds this AFI as 10424; text and report match (both open)"),
    dict(r="peel21", t=AFI, h="Being progressed", lead="PPD", cat="missing_from_force",
         force=None,
         text="The force should make sure it has enough specialist capacity and capability to "
              "investigate online child sexual abuse.",
         why="On the HMICFRS list (open), no row in the RACI matrix"),
    dict(r="peel21", t=AFI, h="Being progressed", lead="PPD", cat="closeable_submit", st="G",
         id="id",
         text="The force should make sure investigations of rape and serious sexual offences "
              "are allocated to officers with the right skills and are effectively supervised.",
         ft="The force should make sure investigations of RASSO are allocated to officers with "
            "the right skills and are effectively supervised.",
         upd="Op Soteria model adopted; all RASSO allocated to PPD. Complete.",
         why="HMICFRS Being progressed; force G: submit for closure"),
    # ---- Custody 2022 --------------------------------------------------------------------
    dict(r="custody22", t=REC, h="Being progressed", lead="C&J", cat="closeable_submit", st="G",
         id="id", text=CUSTODY_CHILDREN,
         upd="Children in custody protocol signed with Lincs CC; AA contract re-let. Complete.",
         why="HMICFRS Being progressed; force G: submit for closure"),
    # ---- PEEL 2023/24 --------------------------------------------------------------------
    dict(r="peel23", t=AFI, h="Awaiting review", lead="PPD", cat="in_sync", st="A", id="id",
         text="The force should make sure its analysis of violence against women and girls "
              "informs its strategic assessment and control strategy.",
         upd="VAWG added to the 2025 strategic assessment.",
         why="HMICFRS Awaiting review; force A: open on both sides"),
    dict(r="peel23", t=AFI, h="Awaiting review", lead="PPD", cat="in_sync", st="A", id="id",
         text="The force should improve how it works with partner organisations to safeguard "
              "people at risk from child sexual exploitation.",
         ft="The force should improve how it works with partner organisations to safeguard "
            "people at risk from CSE.",
         upd="Joint CSE panel with the LSCP under review.",
         why="HMICFRS Awaiting review; force A: open on both sides"),
    dict(r="peel23", t=AFI, h="Awaiting review", lead="PSD", cat="in_sync", st="A", id="id",
         text="The force should make sure it provides a confidential way for staff to raise "
              "concerns and that staff are aware of whistleblowing processes.",
         upd="Confidential reporting line relaunched; comms plan in progress.",
         why="HMICFRS Awaiting review; force A: open on both sides"),
    dict(r="peel23", t=AFI, h="Awaiting review", lead="PSD", cat="missing_from_force",
         force=None,
         text="The force should review the support available for those who have raised "
              "concerns and take any action needed to make sure these provisions are suitable.",
         why="On the HMICFRS list (new, open), no row in the RACI matrix"),
    dict(r="peel23", t=REC, h="Awaiting review", lead="CMD", cat="in_sync", st="R", id="id",
         text="Within six months, the force should ensure that it has sufficient resources "
              "available in the control room to fulfil its resourcing model, and so to meet its "
              "demand, while also taking into account the wellbeing of its workforce.",
         upd="FCR establishment 31 below model; recruitment course April. Deadline at risk.",
         why="HMICFRS Awaiting review; force R: open on both sides"),
]

# Force rows with no HMICFRS item: (after report key or "END", dict)
EXTRA = [
    ("integrity", dict(report="Stop & search powers 2", pub=dt.date(2015, 3, 24), type="Nat rec",
                      id="", st="A", lead="LP",
                      text="Chief constables should, in consultation with police and crime "
                           "commissioners, ensure that they comply with the Code of Practice by "
                           "explaining to the public the way stop and search powers are used in "
                           "their areas and by making arrangements for stop and search records "
                           "to be scrutinised by community representatives. This should be done "
                           "in a way that involves those people who are stopped and searched, "
                           "for example young people.",
                      upd="See 2013 item above - same action (youth scrutiny panel).",
                      why="2015 'Stop and search powers 2' recommendation: not on the HMICFRS "
                          "list for the force (the near-identical 2013 item is, and is paired "
                          "separately)")),
    ("firearms", dict(report="PEEL Legit 16", pub=dt.date(2016, 12, 8), type="Rec", id="7733",
                      st="A", lead="P&OD",
                      text="The force should ensure all staff have received at least the lowest "
                           "level of vetting clearance for their roles as quickly as possible, "
                           "working to clear both the vetting backlog and new vetting renewals "
                           "when they become due so that it complies fully with the national "
                           "vetting guidelines.",
                      upd="Backlog down to 212 (Jan 25). Vetting unit uplift approved.",
                      why="Vetting recommendation with register id 7733, which is not on the "
                          "HMICFRS list: query with HMICFRS (closed or never held)")),
    ("stolen", dict(report="Stolen Freedom (MSHT) 2017", pub=None, type="Local", id="", st="G",
                    lead="LP",
                    text="Local action: Appoint a single point of contact for modern slavery "
                         "and human trafficking in each local policing area",
                    upd="SPOCs appointed in all three LPAs.",
                    why="Force's own local action (no HMICFRS id, type Local): not on the "
                        "HMICFRS list")),
    ("peel21", dict(report="PEEL 21-22", pub=None, type="Local", id="", st="A", lead="C&J",
                    text="Force action - Dip-sample 50 hate crime reports each quarter and "
                         "report findings to the Crime Standards Board",
                    upd="Q3 dip-sample done; Q4 due.",
                    why="Force's own local action: not on the HMICFRS list")),
    ("END", dict(report="Internal audit 23/24", pub=None, type="Audit", id="", st="G",
                 lead="LP",
                 text="Internal audit action: Internal audit of the firearms licensing "
                      "governance arrangements (audit plan 2023/24)",
                 upd="Audit complete - reasonable assurance; 3 low priority actions closed.",
                 why="Internal audit action in the force-identified section: not on the "
                     "HMICFRS list")),
    ("END", dict(report="JAC Sept 24", pub=None, type="JAC", id="", st="A", lead="S&C",
                 text="JAC action: Add violence against women and girls measures to the monthly "
                      "Force Performance pack",
                 upd="Draft measures with the Performance team.",
                 why="Joint Audit Committee action in the force-identified section: not on "
                     "the HMICFRS list")),
]

H_COMMENTS = {
    "Awaiting review": ["New recommendation",
                        "The progress of the implementation of this recommendation is currently "
                        "being monitored by HMICFRS and this record will, in due course, be "
                        "updated."],
    "Being progressed": ["The progress of the implementation of this recommendation is "
                         "currently being monitored by HMICFRS and this record will, in due "
                         "course, be updated.",
                         "The status of this recommendation is currently being reviewed by HMIC "
                         "and will be updated when this review is complete."],
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered "
                 "by members of the inspection team in recent inspection activity."],
    "Superseded": ["This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections."],
}

FTYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "Nat rec"}
TARGET_TEXT = ["No deadline set by HMICFRS", "Ongoing", "Q1 25/26", "Q2 25/26", "Next PEEL",
               "Mar-25"]


def force_text(s: str) -> str:
    """What the analyst's paste looks like: straight quotes, footnote digits gone."""
    s = (s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))
    s = s.replace(" 86 and", " and").replace("; and 20\n", "; and\n")
    return s


def raci(rng: random.Random, lead: str, resp: str | None = None) -> dict[str, str]:
    """A plausible RACI row: one A (the lead department), one or two R, some C and I."""
    row = {d: "" for d in DEPTS}
    row[lead] = "A"
    r_dept = resp or lead
    others = [d for d in DEPTS if d not in (lead, "S&C")]
    if r_dept == lead:
        if rng.random() < 0.45:
            row[lead] = "A/R"
        else:
            row[rng.choice(others)] = "R"
    else:
        row[r_dept] = "R"
    if rng.random() < 0.4:
        d = rng.choice([x for x in others if not row[x]])
        row[d] = "R"
    for d in rng.sample(others, 2):
        if not row[d]:
            row[d] = rng.choice(["C", "C", "I"])
    if lead != "S&C" and row["S&C"] == "":
        row["S&C"] = rng.choices(["I", "C", "R", ""], [55, 15, 15, 15])[0]
    return row


def fixed_zip(path: Path) -> None:
    """Rewrite an xlsx with fixed entry timestamps and document dates (byte-for-byte builds)."""
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    stamp = FIXED_TS.strftime("%Y-%m-%dT%H:%M:%SZ")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", txt)
                data = txt.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_TS.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def build() -> None:
    rng = random.Random(SEED)
    OUT.mkdir(exist_ok=True)

    # ---- HMICFRS register export ---------------------------------------------------------
    next_id = {k: v[3] for k, v in REPORTS.items()}
    for it in ITEMS:
        it["hid"] = next_id[it["r"]]
        next_id[it["r"]] += 1
    order = sorted(ITEMS, key=lambda it: (REPORTS[it["r"]][1], it["hid"]))
    hwb = Workbook()
    hws = hwb.active
    hws.title = H_SHEET
    hhead = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
             "Recommendation", "Status", "Status date", "Latest comment"]
    hws.append(hhead)
    for c in hws[1]:
        c.font = Font(bold=True)
    for it in order:
        title, pub, _, _ = REPORTS[it["r"]]
        if it["h"] in CLOSED_H:
            sdate = pub + dt.timedelta(days=rng.randint(420, 1500))
            sdate = min(sdate, dt.date(2024, 11, 29))
        else:
            sdate = dt.date(2024, rng.randint(6, 12), rng.randint(1, 28))
            sdate = max(sdate, pub + dt.timedelta(days=30))
        comment = rng.choice(H_COMMENTS[it["h"]])
        if it["h"] == "Awaiting review" and pub.year >= 2024:
            comment = "New recommendation"
        hws.append([it["hid"], FORCE, title, pub, it["t"], it["text"], it["h"], sdate, comment])
        it["hrow"] = hws.max_row
    for row in hws.iter_rows(min_row=2):
        row[3].number_format = "dd/mm/yyyy"
        row[7].number_format = "dd/mm/yyyy"
        row[5].alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHI", [18, 20, 48, 14, 24, 90, 17, 12, 60]):
        hws.column_dimensions[col].width = w
    hws.freeze_panes = "A2"
    hws.auto_filter.ref = f"A1:I{hws.max_row}"
    hwb.properties.creator = "HMICFRS"
    hwb.properties.created = FIXED_TS
    hpath = OUT / "hmicfrs.xlsx"
    hwb.save(hpath)
    fixed_zip(hpath)

    # ---- Force RACI matrix ---------------------------------------------------------------
    fwb = Workbook()
    ws = fwb.active
    ws.title = F_SHEET
    ncols = 18  # A..R
    ws["A1"] = (f"{FORCE} - HMICFRS Recommendations, Causes of Concern & AFIs: "
                "Responsibility (RACI) Matrix and Progress Tracker")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owner: Organisational Learning Team (Strategy & Change)   |   v7.3   |   "
                "Updated 14/02/2025 for Organisational Learning Board / JAC March 2025")
    ws["A3"] = ("RACI key (department columns G-N):  R = Responsible (delivers the action)   "
                "A = Accountable (owns and signs off - one per row)   C = Consulted   "
                "I = Informed   A/R = Accountable and Responsible")
    ws["A4"] = ("RAG key (column O):  R = Red - beyond deadline or cannot / will not be "
                "implemented   A = Amber - ongoing, expected to be implemented   G = Green - "
                "implemented, evidence held / submitted for closure   W = White - not "
                "Lincolnshire Police's responsibility to deliver")
    for r in (3, 4):
        ws.cell(r, 1).font = Font(italic=True, size=9)
    # group header row 6
    ws["A6"] = "Recommendation"
    ws["G6"] = "Responsibility (RACI) - see Key tab for departments"
    ws["O6"] = "Progress"
    ws["R6"] = "Owner"
    ws.merge_cells("A6:F6")
    ws.merge_cells("G6:N6")
    ws.merge_cells("O6:Q6")
    heads = ["No.", "HMICFRS ID", "Report", "Pub.", "Type", "Recommendation / AFI"] + DEPTS + \
            ["RAG", "Target date", "Update (Feb 25)", "Accountable lead"]
    for j, h in enumerate(heads, 1):
        ws.cell(7, j, h)
    hdr_fill = PatternFill("solid", fgColor="1F3864")
    grp_fill = PatternFill("solid", fgColor="D9E1F2")
    for j in range(1, ncols + 1):
        c = ws.cell(7, j)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = hdr_fill
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        g = ws.cell(6, j)
        g.font = Font(bold=True)
        g.fill = grp_fill
        g.alignment = Alignment(horizontal="center")
    rag_fill = {"R": PatternFill("solid", fgColor="FF0000"),
                "A": PatternFill("solid", fgColor="FFC000"),
                "G": PatternFill("solid", fgColor="00B050"),
                "W": PatternFill("solid", fgColor="FFFFFF")}
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    truth: list[tuple[str, str, str, str]] = []
    frow = 8
    seq = 1
    merges: list[str] = []

    def put_row(no, hid, report, pub, ftype, text, rrow, st, target, upd, lead_officer):
        nonlocal frow
        vals = [no, hid, report, pub, ftype, text] + [rrow[d] for d in DEPTS] + \
               [st, target, upd, lead_officer]
        for j, v in enumerate(vals, 1):
            c = ws.cell(frow, j, v if v != "" else None)
            c.border = box
            c.alignment = Alignment(vertical="top", wrap_text=(j in (6, 17)))
            if 7 <= j <= 14:
                c.alignment = Alignment(horizontal="center", vertical="top")
                if v and "A" in v:
                    c.font = Font(bold=True)
        ws.cell(frow, 4).number_format = "mmm-yy"
        if isinstance(target, dt.date):
            ws.cell(frow, 16).number_format = "dd/mm/yyyy"
        sc = ws.cell(frow, 15)
        sc.alignment = Alignment(horizontal="center", vertical="top")
        key = (st or "").strip().upper()
        if key in rag_fill:
            sc.fill = rag_fill[key]
            sc.font = Font(bold=True)
        frow += 1
        return frow - 1

    def target_for(it_pub, st):
        if rng.random() < 0.45:
            return rng.choice(TARGET_TEXT)
        base = dt.date(2025, rng.randint(1, 12), 1) if st.upper() != "G" else \
            dt.date(2024, rng.randint(1, 12), 1)
        return base + dt.timedelta(days=rng.randint(0, 27))

    def emit_extra(after_key):
        nonlocal seq
        for k, e in EXTRA:
            if k != after_key:
                continue
            rr = raci(rng, e["lead"])
            r = put_row(f"LP-{seq:03d}", e["id"], e["report"], e["pub"], e["type"], e["text"],
                        rr, e["st"], target_for(None, e["st"]), e["upd"],
                        LEAD_OFFICER[e["lead"]])
            seq += 1
            truth.append(("", f"{F_SHEET}!{r}", "not_on_hmicfrs_list", e["why"]))

    # force order: by report date, tracker's own order within a report
    fkeys = sorted(REPORTS, key=lambda k: REPORTS[k][1])
    for rk in fkeys:
        block = [it for it in ITEMS if it["r"] == rk]
        if rk in ("peff16", "peel21"):
            block = block[1:] + block[:1]  # the tracker lists the CoC / first AFI last
        for it in block:
            if "split" not in it and it.get("force", True) is None:
                continue
            title, pub, tname, _ = REPORTS[it["r"]]
            if it.get("freport"):
                _, fpub, tname, _ = REPORTS[it["freport"]]
                pub = fpub
            hid = {"id": str(it["hid"]) if rng.random() < 0.35 else it["hid"], "": ""}.get(
                it["id"], it["id"])
            ftype = it.get("ftype", FTYPE[it["t"]])
            lead = it["lead"]
            if "split" in it:
                first = frow
                for k, (txt, st, rdept, upd) in enumerate(it["split"]):
                    rr = raci(rng, lead, rdept)
                    letter = "abcdefg"[k]
                    if it["r"] == "cdi19":
                        vals_hid, vals_rep, vals_pub, vals_type = (
                            (hid, tname, pub, ftype) if k == 0 else ("", "", "", ""))
                    else:
                        vals_hid, vals_rep, vals_pub, vals_type = (it["hid"], tname, pub, ftype)
                    r = put_row(f"LP-{seq:03d}{letter}", vals_hid, vals_rep, vals_pub,
                                vals_type, txt, rr, st, target_for(pub, st), upd,
                                LEAD_OFFICER[lead])
                    truth.append((f"{H_SHEET}!{it['hrow']}", f"{F_SHEET}!{r}", it["cat"],
                                  it["why"]))
                if it["r"] == "cdi19":
                    for col in "BCDE":
                        merges.append(f"{col}{first}:{col}{frow - 1}")
                seq += 1
                continue
            rr = raci(rng, lead)
            txt = it.get("ft") or force_text(it["text"])
            r = put_row(f"LP-{seq:03d}", hid, tname, pub, ftype, txt, rr, it["st"],
                        target_for(pub, it["st"]), it["upd"], LEAD_OFFICER[lead])
            seq += 1
            truth.append((f"{H_SHEET}!{it['hrow']}", f"{F_SHEET}!{r}", it["cat"], it["why"]))
        emit_extra(rk)

    # section for the force's own actions
    frow += 1
    ws.cell(frow, 1, "FORCE-IDENTIFIED ACTIONS - internal audit / JAC (not HMICFRS)")
    ws.cell(frow, 1).font = Font(bold=True)
    ws.merge_cells(start_row=frow, start_column=1, end_row=frow, end_column=ncols)
    ws.cell(frow, 1).fill = grp_fill
    section_row = frow
    frow += 1
    emit_extra("END")
    last_item = frow - 1

    # footer: per-department RACI counts and a RAG summary (typed values, not formulas)
    frow += 1
    foot_start = frow
    for label, letter in (("Total Responsible (R)", "R"), ("Total Accountable (A)", "A")):
        ws.cell(frow, 6, label).font = Font(bold=True)
        for j, d in enumerate(DEPTS, 7):
            n = sum(1 for rr in range(8, last_item + 1)
                    if letter in str(ws.cell(rr, j).value or "").split("/"))
            ws.cell(frow, j, n).alignment = Alignment(horizontal="center")
        frow += 1
    stc = Counter(str(ws.cell(rr, 15).value or "").strip().upper()
                  for rr in range(8, last_item + 1) if ws.cell(rr, 1).value)
    ws.cell(frow, 6, "RAG summary").font = Font(bold=True)
    ws.cell(frow, 15, f"R {stc['R']} | A {stc['A']} | G {stc['G']} | W {stc['W']}")
    frow += 1

    for m in merges:
        ws.merge_cells(m)
    widths = [9, 11, 22, 8, 8, 70] + [6] * 8 + [6, 14, 48, 26]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "G8"
    dv1 = DataValidation(type="list", formula1='"R,A,C,I,A/R"', allow_blank=True)
    dv1.add(f"G8:N{last_item}")
    dv2 = DataValidation(type="list", formula1='"R,A,G,W"', allow_blank=True)
    dv2.add(f"O8:O{last_item}")
    ws.add_data_validation(dv1)
    ws.add_data_validation(dv2)

    # Key sheet
    ks = fwb.create_sheet("Key")
    ks.append(["Code", "Department", "Head of department"])
    for d in DEPTS:
        ks.append([d, DEPT_NAMES[d], LEAD_OFFICER[d]])
    ks.append([])
    ks.append(["RACI", "Meaning"])
    for a, b in (("R", "Responsible - does the work"),
                 ("A", "Accountable - owns the outcome and signs off closure (one per row)"),
                 ("C", "Consulted - two-way, before decisions"),
                 ("I", "Informed - kept up to date"),
                 ("A/R", "Accountable and Responsible")):
        ks.append([a, b])
    ks.append([])
    ks.append(["RAG", "Meaning"])
    for a, b in (("R", "RED - beyond designated deadline or cannot / will not be implemented "
                       "(rationale required)"),
                 ("A", "AMBER - subject to ongoing work and monitoring but anticipated will be "
                       "implemented"),
                 ("G", "GREEN - the recommendation is implemented"),
                 ("W", "WHITE - not Lincolnshire Police's responsibility to deliver or "
                       "dependent upon another organisation")):
        ks.append([a, b])
    for c in ks[1]:
        c.font = Font(bold=True)
    ks.column_dimensions["A"].width = 8
    ks.column_dimensions["B"].width = 80
    ks.column_dimensions["C"].width = 32

    fwb.properties.creator = "Organisational Learning"
    fwb.properties.created = FIXED_TS
    fpath = OUT / "tracker.xlsx"
    fwb.save(fpath)
    fixed_zip(fpath)

    # ---- truth ---------------------------------------------------------------------------
    for it in ITEMS:
        if "split" not in it and it.get("force", True) is None:
            truth.append((f"{H_SHEET}!{it['hrow']}", "", it["cat"], it["why"]))

    def keyf(t):
        h = int(t[0].split("!")[1]) if t[0] else 10_000
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)

    truth.sort(key=keyf)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)

    # ---- README --------------------------------------------------------------------------
    cats = Counter(t[2] for t in truth)
    item_cats = Counter(it["cat"] for it in ITEMS)
    n_force = sum(1 for t in truth if t[1])
    readme = README.format(
        seed=SEED, n_h=len(ITEMS), h_last=len(ITEMS) + 1, n_force=n_force,
        last_item=last_item, section_row=section_row, foot=foot_start,
        foot_end=frow - 1,
        counts="\n".join(f"| {k} | {cats[k]} | {item_cats.get(k, 0) if k != 'not_on_hmicfrs_list' else '-'} |"
                         for k in ["closeable_submit", "closeable_local", "conflict",
                                   "missing_from_force", "not_on_hmicfrs_list", "in_sync"]),
        total=len(truth),
        cdi=", ".join(t[1].split("!")[1] for t in truth if t[3].startswith("Split row: one of five")),
        msht=", ".join(t[1].split("!")[1] for t in truth if t[3].startswith("Split row: one of four")),
    )
    (OUT / "README.md").write_text(readme, encoding="utf-8")


README = """# raci_status_letter_clash

A force tracker kept as a **RACI responsibility matrix** beside a plain HMICFRS register
export. Built by `../build_raci_status_letter_clash.py` (seed {seed}; rebuilds byte for byte:
fixed zip timestamps and document dates).

## Files
- `hmicfrs.xlsx`, sheet `Recommendations`: plain register export for Lincolnshire Police.
  Header on row 1, {n_h} items on rows 2-{h_last}, sorted by publication date then ID. Columns:
  Recommendation ID (plain integer), Force, Report title, Publication date, Type
  (Recommendation / Area for improvement / Cause of concern / National recommendation),
  Recommendation (published text, stray footnote digits included: "intelligence 86 and",
  "another force; and 20"), Status (Awaiting review / Being progressed = open; Complete /
  Superseded = closed), Status date, Latest comment (register comment wording).
- `tracker.xlsx`, sheet `RACI Matrix` (plus a `Key` sheet with department codes, RACI and RAG
  definitions; no items there).
  - Rows 1-4: title, owner/version line, RACI key, RAG key. Row 5 blank.
  - Row 6: merged group headers (Recommendation | Responsibility (RACI) | Progress | Owner).
  - Row 7: column headers: No. | HMICFRS ID | Report | Pub. | Type | Recommendation / AFI |
    C&J | LP | PPD | CMD | PSD | P&OD | DDaT | S&C | **RAG** | Target date | Update (Feb 25) |
    Accountable lead.
  - Rows 8-{last_item}: item rows, except row {section_row} (merged section banner
    "FORCE-IDENTIFIED ACTIONS - internal audit / JAC (not HMICFRS)") and the blank row
    before it.
  - Rows {foot}-{foot_end}: footer, not items: "Total Responsible (R)" and "Total Accountable
    (A)" with per-department counts, and a "RAG summary" text line in the RAG column.
  - {n_force} force item rows in all.

## The layout's trap: the same letters, two vocabularies, side by side
Columns G-N (eight department codes) hold RACI letters **R, A, C, I, A/R**. Column O, headed
only "RAG", immediately to the right of the last department column (S&C), holds the status
letter **R, A, G, W** (Red, Amber, Green, White), filled red / amber / green / white.
- "A" in G-N = Accountable; "A" in O = Amber (open). "R" in G-N = Responsible; "R" in O = Red
  (open, overdue). Many rows have S&C = "A" or "R" right next to a different status letter
  (e.g. S&C "R", RAG "G").
- Only column O is status. Status reduces: R, A -> open; G, W -> done (W = White, "not the
  force's responsibility to deliver", per the RAG key on row 4 and the Key sheet; the City of
  London tracker uses the same WHITE definition).
- Department headers are bare codes (full names only on the Key sheet); the status header is
  "RAG" though W is a fourth value.
- The footer rows put numbers under the department columns and a count string under RAG.

## Other traps, and how the truth decides them
- **Lower-case status**: "a" (one austerity row) and "g" (PEEL 21-22 stalking AFI) read as Amber /
  Green.
- **Blank status, update says complete** (PEEL 21-22 hate crime AFI): decided as done from the
  update ("Completed 09/12/24 ... evidence pack sent to FLL for closure submission") ->
  closeable_submit.
- **Split rows**: CDI 2019 victims recommendation split into five bullet rows (force rows {cdi}),
  with HMICFRS ID / Report / Pub. / Type merged down the block (only the top cell has values);
  all five G, HMICFRS Awaiting review -> closeable_submit on each line. Stolen Freedom MSHT
  leadership recommendation split into four bullet rows (force rows {msht}), ID repeated on
  each; two bullets G, two A -> item open on both sides -> in_sync on each line.
- **HMICFRS ID sometimes blank, sometimes number, sometimes text** (24 of the 54 filled IDs stored as
  text): blank rows are matched by report and text.
- **Near-duplicate texts**: the 2013 stop-and-search "explaining to the public" recommendation
  (on the list, no ID in the tracker) and the 2015 "Stop and search powers 2" version (tracked,
  not on the list). The 2015 one says "police and crime commissioners" and names the 2015
  report -> not_on_hmicfrs_list; the 2013 one pairs with the register item.
- **Conflicts** (5): ISA recommendation "Within twelve months" in the tracker vs "Within six
  months" on the register; PEEL 2016 recommendation typed "AFI" in the tracker; a PEEL 2018/19
  AFI filed under "PEEL 21-22" with Pub. May-22; tracker HMICFRS ID 10442 vs register 10424
  (transposed digits; 10442 does not exist); body-worn video recommendation with its third part
  (external scrutiny panel access) missing from the tracker text although the force marks it G.
- **Abridged / abbreviated force wording** (CCs, CoP, S&S, APP, MSHT, ISAs, BWV, RASSO, RUI,
  CSE, HO, DA): same item, not a conflict. The PEEL efficiency 2017 national item keeps only
  the forces' sentence (the second sentence is addressed to the Home Office/NPCC/APCC, not a
  bullet) -> in_sync.
- **Causes of concern summarised** by the force ("CoC - DA: ...") -> paired with the register
  CoC, in_sync or closeable_local by status.
- **White**: 2013 College-of-Policing APP item W with HMICFRS Complete -> in_sync; Home
  Office/NPCC data item W with HMICFRS Being progressed -> closeable_submit.
- **Order**: force rows follow report date but within PEEL Eff 16 and PEEL 21-22 the first
  register item is listed last.
- **Not on the HMICFRS list** (6): two local actions interleaved (type "Local", no ID), two in
  the force-identified section (internal audit, JAC), the 2015 stop-and-search item, and a
  PEEL Legit 16 vetting recommendation carrying register id 7733 that is not on the list.
- **Missing from force** (4): firearms "systems designed to identify ... certificate holder",
  PEEL legitimacy 2017 "Where forces identify disparities ...", PEEL 21-22 online child sexual
  abuse capacity AFI, PEEL 23-24 "review the support available for those who have raised
  concerns" (all open on the register).

## Counts (truth.csv lines; HMICFRS items in the last column)
| category | lines | HMICFRS items |
|---|---|---|
{counts}

{total} lines in truth.csv. Closed on one side only: 14 submit + 10 local = 24 of {n_h} items.
"""

if __name__ == "__main__":
    build()
