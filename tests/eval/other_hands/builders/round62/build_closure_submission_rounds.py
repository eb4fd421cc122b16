"""Build the evaluation case `closure_submission_rounds`.

Force side: Cheshire Constabulary's HMICFRS tracker kept by the strategic planning team as a
closure-submission log.  One row per item, with a RAG, a latest update and three pairs of
columns recording each time the force sent the item to HMICFRS for closure ("Date sent",
"HMICFRS response").  The force's real position is read from the RAG *and* the last
submission round: an item returned by HMICFRS with no resubmission is open again, an item
sent with no answer yet is done (submitted for closure).

HMICFRS side: a monitoring-portal style definitive list (xlsx) with a title block.

Texts: real HMICFRS wording copied from /work/main/reconcile/casegen/texts (OGL material);
the force's summaries, updates and local actions are written here.

Run:  /work/main/.venv/bin/python build_closure_submission_rounds.py
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

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 6219
random.seed(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "closure_submission_rounds")
FIXED = dt.datetime(2025, 3, 3, 9, 0, 0)

D = dt.date
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
FORCE = "Cheshire Constabulary"

# --------------------------------------------------------------------------- reports
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", D(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24)),
    "effy17": ("PEEL: Police efficiency 2017", D(2017, 11, 9)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "legit17": ("PEEL: Police legitimacy 2017", D(2017, 12, 12)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 14)),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 9, 26)),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020",
                  D(2020, 8, 19)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 5)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 5, 16)),
}

# The force's own names for the reports (column B of the tracker).
FNAME = {
    "sas13": "Stop and Search 2013", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core business",
    "integrity": "Integrity Matters 2015", "sas15": "Stop & search powers 2",
    "picture": "Building the Picture 2015", "firearms": "Firearms licensing 2015",
    "eff16": "PEEL Eff 16", "stolen": "Stolen Freedom (MSHT) 2017",
    "effy17": "PEEL Efficiency 2017", "efc17": "PEEL Efficiency 17 (all forces)",
    "legit17": "PEEL Legit 17", "leg17": "PEEL Legit 17 S&S (national)",
    "ncpi18": "NCPI 2018", "cdi19": "CDI 2019", "custody20": "Custody inspection 2020",
    "powers": "Police powers spotlight (Feb 21)", "peel21": "PEEL 2021/22",
    "peel23": "PEEL 2023/24",
}
FTYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "Nat Rec"}

# --------------------------------------------------------------------------- real texts
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
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
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
BWV = [
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "By September 2021, forces should: " + "\n".join(BWV)
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
CAUSE_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
CAUSE_INV = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated."
)
COC_SAS17 = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain."
)
DETENTION = (
    "Within six months the force should, in conjunction with children’s social care services, "
    "review how it manages the detention of children. As a minimum it should:• ensure that all "
    "children are only detained when absolutely necessary and for the absolute minimum amount "
    "of time;• ensure that officers and staff in the custody suite assess at an early stage a "
    "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
    "social care services to achieve the most appropriate option for the child;• ensure that "
    "custody staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested."
)


def sub(date, resp=None):
    return (date, resp)


# --------------------------------------------------------------------------- items
# h: HMICFRS side (id, report, type, text, status, status date)
# f: force side (ref, type, text, lead, rag, update, subs, notes) or None
# cat/why: the truth.
ITEMS: list[dict] = []


def item(key, hid, rep, typ, text, hst, hdate, cat, why, f=None, fsplit=None, fgroup=None):
    ITEMS.append(dict(key=key, id=hid, rep=rep, typ=typ, text=text, hst=hst, hdate=hdate,
                      cat=cat, why=why, f=f, fsplit=fsplit, fgroup=fgroup or rep))


def F(text=None, rag="Amber", upd=None, subs=(), notes=None, ref=None, typ=None, lead=None,
      rep=None):
    return dict(text=text, rag=rag, upd=upd, subs=list(subs), notes=notes, ref=ref, typ=typ,
                lead=lead, rep=rep)


# -- Stop and search 2013
item("H68", 1890, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", D(2024, 6, 20), "closeable_local",
     "HMICFRS Complete; force Amber, never submitted",
     F(rag="Amber", lead="Supt Local Policing Support",
       upd="S&S scrutiny dashboard being rebuilt in Power BI; go-live slipped to Q1 25/26."))
# -- Everyone's business 2014
item("H67", 2321, "everyone", NAT, EVERYONE_PLAN, "Superseded", D(2024, 4, 11), "in_sync",
     "HMICFRS Superseded; force RAG Closed (superseded, per FLL) - closed on both",
     F(text="By September 2014, every force should establish and publish an action plan "
            "specifying in detail what steps it will take to improve its approach to DA. "
            "(Plan to be developed with PCCs, DA support orgs & victims' reps; after "
            "considering all recs in the report; with reference to DHRs & IPCC findings; "
            "drawing on CPS scrutiny panels & MARAC self-assessments.)",
       rag="Closed", lead="Ch Supt Public Protection",
       upd="Superseded - FLL confirmed DA now monitored through PEEL. Closed.",
       notes="FLL email 11/04/24"))
# -- Austerity 2014
item("H66", 2479, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure "
     "they are doing all they can to continue to reduce crime and protect the front line "
     "while balancing their budgets. They should use the data and information contained in "
     "this report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "Complete", D(2024, 9, 2), "closeable_local",
     "HMICFRS Complete; force Amber, first submission returned and not resubmitted",
     F(rag="Amber", lead="Director of Finance",
       upd="Returned - FLL asked for the refreshed MTFP. MTFP goes to Police & Crime Panel Feb "
           "25, resubmit after.",
       subs=[sub(D(2024, 3, 18), "Returned - further evidence required")]))
item("H65", 2480, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "Being progressed", D(2023, 11, 30), "conflict",
     "same ref and text but force copy says 'less than 20%' where HMICFRS says 'less than 10%' "
     "(a number that matters); force open",
     F(text="Chief Constables and PCCs in forces planning to deliver less than 20% of their "
            "savings through collaboration should assess whether there is scope to improve on "
            "this position.",
       rag="Amber", lead="Director of Finance",
       upd="Collaboration savings to be reported through the regional collaboration board."))
# -- Core business 2014
item("H2", 4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
     "have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Superseded", D(2024, 7, 8), "closeable_local",
     "HMICFRS Superseded; force Red, not submitted",
     F(rag="Red", lead="Supt Contact Centre",
       upd="Little work yet undertaken in this area. THRIVE refresh on hold pending new "
           "command and control system."))
item("H3", 4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "Being progressed", D(2023, 5, 2), "closeable_submit",
     "HMICFRS open; force sent for closure 12/09/2024, no HMICFRS response yet = done",
     F(rag="Green", lead="Head of Corporate Development",
       upd="Problem-solving database live; evaluation template mandated. Evidence pack sent.",
       subs=[sub(D(2024, 9, 12))]))
# -- Integrity matters 2015
item("H1", 902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", D(2024, 5, 14), "closeable_local",
     "HMICFRS Complete; force Amber (dip sample still running), never submitted",
     F(text="By 31 Aug 2015, all CCs should satisfy themselves that they have processes in "
            "place to ensure that investigations into misconduct by officers & staff resulting "
            "in 'no further action' are fair and free of any form of discrimination.",
       rag="Amber", lead="Head of Professional Standards",
       upd="PSD dip sample of NFA outcomes by protected characteristic - Q4 report due."))
# -- Stop and search 2 (2015)
item("H69", 2790, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "Being progressed", D(2023, 8, 9), "closeable_submit",
     "HMICFRS open; force Green (ready to submit), no submission yet = done",
     F(rag="Green", lead="Supt Local Policing Support",
       upd="Youth scrutiny panel established (meets quarterly, reviews BWV). Ready to move to "
           "GREEN status - evidence pack being compiled for submission."))
# -- Building the picture 2015
item("H4", 3105, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     "Being progressed", D(2023, 2, 21), "in_sync",
     "open on both: force submission returned by HMICFRS, not yet resubmitted (Amber)",
     F(rag="Amber", lead="Head of Information Management",
       upd="Returned - FLL wants evidence that IM board reviews audit results. Next IM board "
           "minutes to be attached.",
       subs=[sub(D(2024, 6, 3), "Returned - further evidence required")]))
# -- Firearms 2015
item("H5", 5120, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are "
     "not being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Complete", D(2024, 10, 1), "in_sync",
     "closed on both: HMICFRS Complete; force submission accepted, RAG Closed",
     F(text="Within three months, all chief constables should assess how well the governance "
            "of firearms licensing in his or her force meets the standards set out in APP. …",
       rag="Closed", lead="Supt Firearms Licensing", upd="Closed by HMICFRS.",
       subs=[sub(D(2024, 8, 14), "Accepted - closed on portal 01/10/24")]))
item("H6", 5121, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Being progressed", D(2022, 12, 5), "in_sync",
     "open on both (force Amber, not submitted)",
     F(text="Assess demand on the firearms licensing dept & ensure it has capacity to meet "
            "demand and provide an efficient & effective service at all times (within 3 "
            "months).",
       rag="Amber", lead="Supt Firearms Licensing",
       upd="Renewals peak 2025 - 4 x temp staff approved. Demand model with Finance.",
       ref="#5121"))
item("H7", 5122, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed", D(2022, 12, 5), "missing_from_force",
     "no tracker row for the 'total expired' licensing records recommendation")
item("H8", 5123, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Complete", D(2024, 11, 19), "closeable_local",
     "HMICFRS Complete; force still open (RAG Amber; 2 submissions, the second withdrawn by "
     "the force)",
     F(rag="Amber", lead="Supt Firearms Licensing",
       upd="Temp permit process re-audited Oct 24, 2 records late on NFLMS. Submission "
           "withdrawn until re-audit clean.",
       subs=[sub(D(2023, 10, 2), "Returned - further evidence required"),
             sub(D(2024, 9, 30), "Withdrawn by force")]))
item("H9", 5124, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     "Being progressed", D(2023, 3, 14), "closeable_submit",
     "HMICFRS still open; force submitted and FLL said content to close = force done",
     F(text="Within three months, all chief constables should ensure that systems designed to "
            "identify, prior to police attendance, whether a reported incident involves or is "
            "at the address of a firearm certificate holder are in place and are always "
            "applied by staff dispatching officers to incidents; …",
       rag="Green", lead="Supt Contact Centre",
       upd="STORM flag for certificate holders live; dispatch script updated.",
       subs=[sub(D(2025, 1, 20), "FLL content to close - will close at next portal refresh")]))
# -- PEEL effectiveness 2016
item("H10", 7004, "eff16", COC, CAUSE_DA, "Being progressed", D(2023, 4, 4), "in_sync",
     "cause of concern open on both (force Amber)",
     F(rag="Amber", lead="Ch Supt Public Protection",
       upd="DA Improvement Plan v3 - DASH compliance 87% (target 95%)."))
item("H11", 7005, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.",
     "Being progressed", D(2023, 4, 4), "conflict",
     "same ref and text, but the tracker records it as an AFI; HMICFRS type is Recommendation "
     "(it accompanies the cause of concern 7004)",
     F(typ="AFI", rag="Amber", lead="Ch Supt Public Protection",
       upd="Supervisor DASH review added to Niche workflow; compliance audit Feb 25."))
item("H12", 7006, "eff16", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.",
     "Superseded", D(2024, 5, 14), "in_sync",
     "HMICFRS Superseded; force RAG Closed (superseded) - closed on both",
     F(text="Improve understanding of suspects released under investigation (RUI) and "
            "management of those on bail.",
       rag="Closed", lead="Head of Criminal Justice",
       upd="Superseded by PEEL 21/22 - confirmed by FLL. No further action."))
item("H13", 7007, "eff16", AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.",
     "Complete", D(2024, 12, 10), "closeable_local",
     "HMICFRS Complete; force Amber (never submitted)",
     F(text="The force should ensure regular and active supervison of the quality and "
            "progress of investigations. This supervison should be properly recorded.",
       rag="Amber", lead="Det Ch Supt Force CID",
       upd="Investigation standards audit quarterly; see PEEL 23/24 CoC."))
item("H14", 7008, "eff16", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.",
     "Being progressed", D(2023, 4, 4), "closeable_submit",
     "HMICFRS open; force Green (delivered, not yet sent) = done",
     F(rag="Green", lead="Head of Digital Forensics",
       upd="Kiosk rollout complete, backlog 6 wks -> 9 days. Ready to move to GREEN status."))
# -- Stolen freedom 2017
item("H19", 8410, "stolen", NAT, SF_LEADERSHIP, "Being progressed", D(2023, 6, 1), "in_sync",
     "open on both (force Amber)",
     F(text="Within 12 months, forces should review their leadership & governance "
            "arrangements for MSHT, to ensure that:\n- senior leaders prioritise the response "
            "to MSHT;\n- every incident of modern slavery identified to police is allocated "
            "appropriate resources with the skills, experience & capacity to investigate it "
            "effectively;\n- forces develop effective partnership arrangements to co-ordinate "
            "activity in order to share information & safeguard victims; and\n- performance "
            "& QA measures are in place to allow senior leaders to assess the nature & "
            "quality of the service provided to victims.",
       rag="Amber", lead="Det Ch Supt Force CID",
       upd="MSHT gold group meets bi-monthly; QA framework in draft."))
item("H20", 8411, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", D(2023, 6, 1), "conflict",
     "same ref; force copy says 'Within 12 months' where HMICFRS says 'Within six months' "
     "(timescale differs)",
     F(text="Within 12 months, forces should have in place active ISAs with other agencies to "
            "facilitate speedy exchange of intelligence and in order to safeguard victims "
            "better and to identify suspects as early as possible.",
       rag="Amber", lead="Head of Intelligence",
       upd="ISA with GLAA signed; LA ISAs with legal."))
item("H21", 8412, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", D(2024, 6, 27), "in_sync",
     "closed on both (accepted by HMICFRS; RAG Closed)",
     F(rag="Closed", lead="Head of Criminal Justice", upd="Closed.",
       subs=[sub(D(2024, 5, 7), "Accepted")]))
item("H22", 8413, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Being progressed", D(2023, 6, 1), "closeable_submit",
     "HMICFRS list still shows it open; force records HMICFRS accepted closure (portal not yet "
     "updated) = force done",
     F(text="Immediately, forces should take steps to ensure they are fully compliant with the "
            "NRM process as it evolves and are implementing the requirement placed upon them "
            "under the Modern Slavery Act 2015 to notify the HO of any individual suspected "
            "to be an adult victim of MSHT.",
       rag="Closed", lead="Det Ch Supt Force CID", upd="Closure accepted.",
       subs=[sub(D(2024, 11, 4), "Accepted")],
       notes="FLL email 19/12/24 confirms closure accepted; portal not yet updated - chase."))
item("H23", 8414, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps "
     "in its crime-recording accuracy for these types of offences.",
     "Complete", D(2024, 10, 22), "closeable_local",
     "HMICFRS Complete; force Amber, not submitted",
     F(rag="Amber", lead="Force Crime Registrar",
       upd="FCR audit of MSHT crimes due Q1 25/26."))
item("H24", 8415, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "Being progressed", D(2023, 6, 1), "in_sync", "open on both (force Amber)",
     F(text="Immediately, forces should ensure that allegations or indications of MSHT are "
            "thoroughly investigated and effectively supervised by teams and individuals with "
            "the skills and experience to undertake them …",
       rag="Amber", lead="Det Ch Supt Force CID",
       upd="MSHT SPOCs trained in each LPA; supervision audit outstanding."))
item("H25", 8416, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
     "deemed to pose a clear threat to others in respect of modern slavery and human "
     "trafficking offences are exploited.",
     "Being progressed", D(2023, 6, 1), "in_sync", "open on both (force Red)",
     F(rag="Red", lead="Det Ch Supt Force CID",
       upd="Only 2 STPOs in 2024. Legal services capacity issue."))
# -- PEEL efficiency 2017 (force)
item("H15", 8460, "effy17", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public.",
     "Being progressed", D(2023, 9, 12), "in_sync", "open on both (force Amber)",
     F(text="The force should undertake further work to gain a fuller understanding of current "
            "demand for its services, and likely future changes in demand. This is so it can "
            "make best use of its resources by matching them to demand to meet the needs of "
            "the public",
       rag="Amber", lead="Head of Corporate Development",
       upd="FMS 2025 demand chapter in progress."))
item("H16", 8461, "effy17", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.",
     "Complete", D(2024, 8, 6), "in_sync", "closed on both (accepted; RAG Closed)",
     F(rag="Closed", lead="Director of Finance", upd="Closed 06/08/24.",
       subs=[sub(D(2024, 6, 24), "Accepted")]))
item("H17", 8462, "effy17", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     "Being progressed", D(2023, 9, 12), "closeable_submit",
     "HMICFRS open; first submission returned, resubmitted 28/01/2025 and awaiting decision = "
     "force done",
     F(text="Develop a future workforce plan aligned with overall demand and budget (future "
            "resource allocations, mix of skills, behaviours expected).",
       rag="Green", lead="Director of People",
       upd="Strategic Workforce Plan 2024-27 approved at COG; resubmitted with SWP and skills "
           "matrix.",
       subs=[sub(D(2024, 7, 1), "Returned - further evidence required"),
             sub(D(2025, 1, 28))]))
item("H18", 8480, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Being progressed", D(2023, 9, 12), "closeable_submit",
     "HMICFRS open; force sent for closure (w/c 13/01/25), no response yet = done",
     F(text="By September 2018, chief constables should produce an ambitious plan to improve "
            "digitally-enabled services within their force. (HO/NPCC/APCC national framework "
            "part - not for force.)",
       rag="Green", lead="Head of Corporate Development",
       upd="Digital Strategy 2024-28 published. Sent for closure.",
       subs=[sub("w/c 13/01/25")]))
# -- PEEL legitimacy 2017 national (stop and search)
item("H26", 8540, "leg17", COC, COC_SAS17, "Being progressed", D(2023, 1, 17), "in_sync",
     "cause of concern open on both (force Amber)",
     F(rag="Amber", lead="Supt Local Policing Support",
       upd="Disproportionality ratio 3.1 (was 3.8). External scrutiny panel reviewing."))
item("H27", 8541, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", D(2023, 1, 17),
     "conflict",
     "same ref and text except the deadline: force copy says 'By July 2019', HMICFRS 'By July "
     "2018'",
     F(text="By July 2019, all police forces across England and Wales should be regularly "
            "and frequently monitoring a comprehensive set of data and information on use of "
            "S&S powers to understand:\n- the reasons for any disproportionate representation "
            "of different ethnic groups in the use of S&S;\n- the extent to which find rates "
            "differ between people from different ethnicities, and across different types of "
            "searches (including separate identification of find rates for drug possession "
            "and supply-type offences); and\n- the prevalence of possession-only drug "
            "searches, and the extent to which these align with local or force level "
            "priorities.",
       rag="Amber", lead="Supt Local Policing Support",
       upd="Monthly S&S dashboard to Legitimacy Board. Possession-only analysis outstanding."))
item("H28", 8542, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;",
     "Complete", D(2024, 7, 30), "in_sync",
     "closed on both (second submission accepted; RAG Closed)",
     F(text="Where forces identify disparities through monitoring, they should demonstrate to "
            "the public that they have: carried out research and analysis in an attempt to "
            "understand the reasons for the disparity, and taken action to reduce the "
            "disparity, where necessary",
       rag="Closed", lead="Supt Local Policing Support", upd="Closed on portal 30/07/24.",
       subs=[sub(D(2023, 11, 6), "Returned - further evidence required"),
             sub(D(2024, 5, 20), "Accepted")]))
item("H29", 8543, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Being progressed", D(2023, 1, 17), "closeable_submit",
     "HMICFRS open; force sent for closure 02/12/2024, awaiting response = done",
     F(rag="Green", lead="Supt Local Policing Support",
       upd="Annual S&S report published on website Nov 24. Submitted.",
       subs=[sub(D(2024, 12, 2))]))
item("H30", 8544, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", D(2024, 9, 24), "closeable_local",
     "HMICFRS Complete; force Amber (training compliance below target), not submitted",
     F(text="By July 2018, and ongoing, forces should ensure all officers who use S&S powers "
            "have been provided with, and understand, training on unconscious bias and CoP APP "
            "on S&S.",
       rag="Amber", lead="Head of Learning & Development",
       upd="Compliance 81% - target 90%. New starters via IPLDP."))
# -- PEEL legitimacy 2017 (force)
item("H31", 8550, "legit17", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.",
     "Being progressed", D(2023, 2, 8), "conflict",
     "same ref and text, but the tracker files it under PEEL 2021/22; HMICFRS report is PEEL: "
     "Police legitimacy 2017",
     F(rag="Amber", lead="Director of People", rep="PEEL 2021/22",
       upd="Culture survey Oct 24; team-level results to SLT."), fgroup="peel21")
item("H32", 8551, "legit17", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.",
     "Complete", D(2024, 4, 23), "in_sync", "closed on both (accepted; RAG Closed)",
     F(rag="Closed", lead="Head of Professional Standards", upd="Closed.",
       subs=[sub(D(2024, 2, 12), "Accepted - closed on portal 23/04/24")]))
item("H33", 8552, "legit17", AFI,
     "The force should review the support available for those who have raised concerns and "
     "take any action needed to make sure these provisions are suitable.",
     "Being progressed", D(2023, 2, 8), "in_sync",
     "open on both: Amber; the Submission 1 'date' is only a planned month, nothing sent",
     F(text="Review the support for staff who have raised concerns and take any action needed "
            "to make sure provisions are suitable.",
       rag="Amber", lead="Head of Professional Standards",
       upd="Welfare support offer for reporters drafted, JNCC consultation.",
       subs=[sub("planned Mar-25")]))
item("H34", 8553, "legit17", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     "Superseded", D(2024, 5, 14), "closeable_local",
     "HMICFRS Superseded; force Amber, not submitted",
     F(rag="Amber", lead="Director of People",
       upd="HR system data cleanse - declaration rate 68%."))
# -- NCPI 2018
item("H35", 8790, "ncpi18", REC,
     "Within three months, the force should review its approach to reports of missing "
     "children and take steps to ensure that:\n• " + "\n• ".join(MISSING_BULLETS) + ".",
     "Being progressed", D(2023, 10, 3), "closeable_submit",
     "HMICFRS open; tracker splits it into one row per bullet, all three sent for closure "
     "04/11/2024 with no response = done",
     fsplit=[
         F(ref="8790 (a)", text="Missing children review (3 months) - call takers understand and use the "
                                "missing and absent category appropriately",
           rag="Green", lead="Supt Contact Centre",
           upd="Absent category removed from STORM; all call takers briefed.",
           subs=[sub(D(2024, 11, 4))]),
         F(ref="8790 (b)", text="Missing children review (3 months) - call takers and frontline staff "
                                "have the knowledge to identify CSE risk factors and how to "
                                "respond",
           rag="Green", lead="Ch Supt Public Protection",
           upd="CSE risk factors module on NCALT, 94% completion.",
           subs=[sub(D(2024, 11, 4))]),
         F(ref="8790 (c)", text="Missing children review (3 months) - supervisors provide correct "
                                "oversight of missing person enquiries and direct timely "
                                "investigative & safeguarding action",
           rag="Green", lead="Ch Supt Public Protection",
           upd="Mispers supervisor checklist on COMPACT.",
           subs=[sub(D(2024, 11, 4))]),
     ])
item("H36", 8791, "ncpi18", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to child sexual exploitation.",
     "Being progressed", D(2023, 10, 3), "missing_from_force",
     "no tracker row (the NCPI rows cover missing children and CSE partnership work, not CSE "
     "training)")
item("H37", 8792, "ncpi18", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.",
     "Complete", D(2024, 3, 5), "in_sync", "closed on both (accepted; RAG Closed)",
     F(rag="Closed", lead="Ch Supt Public Protection", upd="Closed by HMICFRS 05/03/24.",
       subs=[sub(D(2023, 12, 11), "Accepted")]))
item("H38", 8793, "ncpi18", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to missing children.",
     "Being progressed", D(2023, 10, 3), "in_sync",
     "open on both: HMICFRS only partially accepted the submission (one element outstanding), "
     "no resubmission",
     F(rag="Amber", lead="Head of Learning & Development",
       upd="Partially accepted - FLL wants evidence for police staff (PCSOs) as well as "
           "officers.",
       subs=[sub(D(2024, 10, 7), "Partially accepted - staff training outstanding")]))
# -- CDI 2019
item("H39", 9930, "cdi19", REC,
     "Immediately, the force should put in place arrangements to ensure that:\n• "
     + "\n• ".join(CDI_BULLETS) + ".",
     "Being progressed", D(2023, 7, 11), "conflict",
     "same ref; the tracker's text lacks the bullet on awaiting medical examinations or video "
     "interviews before crime-recording decisions (a missing bullet)",
     F(text="Immediately, the force should put in place arrangements to ensure that:\n• at "
            "the point of report, victims are believed;\n• conversations between the call "
            "handlers and callers are summarised accurately in the incident log, thus "
            "providing attending officers with full facts on which to base crime-recording "
            "decisions;\n• multiple crimes are always recorded when described within incident "
            "records or identified as part of other recorded crime investigations; and\n• "
            "online reports of crime are triaged at the point of receipt to ensure any ongoing "
            "risks to the victim or the wider public are identified and appropriately "
            "managed.",
       rag="Amber", lead="Force Crime Registrar",
       upd="CDI audit Dec 24: 91% compliance. Online triage live."))
item("H40", 9931, "cdi19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", D(2025, 2, 11), "in_sync",
     "closed on both: HMICFRS Complete; force submitted for closure (awaiting formal response "
     "in its log) = done",
     F(rag="Green", lead="Supt Contact Centre",
       upd="THRIVE+ guidance embedded; QA results attached.",
       subs=[sub(D(2025, 1, 6))]))
item("H41", 9932, "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.",
     "Being progressed", D(2023, 7, 11), "closeable_submit",
     "HMICFRS open; force Green (complete), not yet sent = done",
     F(rag="Green", lead="Force Crime Registrar",
       upd="Already complete - S&H recording compliance 96% in last two audits."))
item("H42", 9933, "cdi19", AFI,
     "The force should revise its approach to cautions, cannabis warning and penalty notices "
     "for disorder to ensure that there is a clear and auditable explanation to the offender "
     "of the implications of receiving the warning and that, for victim-based crimes, there "
     "is a clear and auditable record that views of the victim are considered prior to their "
     "issue.",
     "Being progressed", D(2023, 7, 11), "in_sync", "open on both (force Amber)",
     F(text="The force should revise its approach to cautions, cannabis warning and penalty "
            "notices for disorder to ensure that there is a clear and auditable explanation to "
            "the offender …",
       rag="Amber", lead="Head of Criminal Justice",
       upd="Two-tier framework implementation - victim views field added to Niche."))
# -- Custody 2020
item("H43", 10412, "custody20", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to people with mental ill health.",
     "Being progressed", D(2023, 3, 28), "in_sync", "open on both (force Amber)",
     F(rag="Amber", lead="Ch Insp Custody",
       upd="Right Care Right Person training for custody staff Apr 25."))
item("H44", 10413, "custody20", REC, DETENTION, "Being progressed", D(2023, 3, 28),
     "missing_from_force", "no tracker row for the detention of children recommendation")
# -- Police powers spotlight 2021
item("H45", 11203, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2023, 5, 16), "closeable_submit",
     "HMICFRS open; returned once, resubmitted 10/02/2025, awaiting decision = force done",
     F(rag="Green", lead="Head of Learning & Development",
       upd="Communication skills module in PST; resubmitted with attendance data.",
       subs=[sub(D(2024, 4, 15), "Returned - evidence of CPD delivery needed"),
             sub(D(2025, 2, 10))]))
item("H46", 11204, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Complete", D(2024, 12, 3), "closeable_local",
     "HMICFRS Complete; force Amber, not submitted",
     F(rag="Amber", lead="Head of Learning & Development",
       upd="Supervisor BWV debrief guide drafted; CPD days Q1."))
item("H47", 11205, "powers", NAT, BWV_2021, "Being progressed", D(2023, 5, 16), "in_sync",
     "HMICFRS open; tracker splits it into one row per paragraph, all three Amber = open",
     fsplit=[
         F(ref="11205", text="By Sept 2021 - officers record on BWV (when available) the "
                             "entirety of all S&S encounters, including traffic stops and "
                             "use of force incidents.",
           rag="Amber", lead="Supt Local Policing Support",
           upd="BWV activation compliance 88%."),
         F(ref="11205", text="By Sept 2021 - structured process for regularly reviewing and "
                             "monitoring internally a sufficient sample of BWV footage to "
                             "identify learning and hold officers to account.",
           rag="Amber", lead="Supt Local Policing Support",
           upd="Monthly BWV review by PS in each LPA - not yet consistent."),
         F(ref="11205", text="By Sept 2021 - external scrutiny panel members have access to "
                             "samples of BWV footage of S&S and use of force, taking account "
                             "of the safeguards in CoP APP.",
           rag="Amber", lead="Supt Local Policing Support",
           upd="Panel viewing protocol with OPCC."),
     ])
item("H48", 11206, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.",
     "Being progressed", D(2023, 5, 16), "closeable_submit",
     "HMICFRS open against the force; force RAG White (not the force's to deliver, see key) = "
     "done; propose closure",
     F(text="HO and NPCC to ensure quality of use of force / S&S data is sufficient for "
            "publication; HO to publish.",
       rag="White", lead=None,
       upd="Directed at Home Office and NPCC - no force action. Propose closure."))
item("H49", 11207, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Being progressed", D(2023, 5, 16), "in_sync", "open on both (force Red)",
     F(rag="Red", lead="Supt Local Policing Support",
       upd="Use of force forms completion 62%. Unlikely to reach deadlines."))
# -- PEEL 2021/22
item("H50", 12105, "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.",
     "Being progressed", D(2022, 6, 30), "in_sync", "open on both (force Amber)",
     F(rag="Amber", lead="Supt Contact Centre",
       upd="Grade 2 DA attendance median 3h10 (target 1h)."))
item("H51", 12106, "peel21", AFI,
     "The force should make sure victims of rape and serious sexual offences are kept "
     "informed about the progress of their case, in line with the Code of Practice for "
     "Victims of Crime.",
     "Complete", D(2024, 10, 15), "closeable_local",
     "HMICFRS Complete; force Amber, not submitted",
     F(text="The force should make sure victims of RASSO are kept informed about the progress "
            "of their case, in line with the Victims Code.",
       rag="Amber", lead="Det Ch Supt Force CID",
       upd="Op Soteria victim contact plans - audit shows 74% compliance."))
item("H52", 12107, "peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.",
     "Being progressed", D(2022, 6, 30), "closeable_submit",
     "HMICFRS open; force sent for closure 16/12/2024, awaiting response = done",
     F(rag="Green", lead="Det Ch Supt Force CID",
       upd="POLIT uplift +6 DCs in post. Submitted.",
       subs=[sub(D(2024, 12, 16))]))
item("H53", 12108, "peel21", AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.",
     "Being progressed", D(2022, 6, 30), "in_sync",
     "open on both: force withdrew its submission, RAG Amber",
     F(rag="Amber", lead="Head of Professional Standards",
       upd="Backlog 212 (was 640). Submission withdrawn - resubmit when backlog cleared.",
       subs=[sub(D(2024, 7, 22), "Withdrawn by force")]))
item("H54", 12109, "peel21", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.",
     "Superseded", D(2024, 5, 16), "closeable_local",
     "HMICFRS Superseded (by PEEL 2023/24); force Amber, not submitted",
     F(rag="Amber", lead="Det Ch Supt Force CID",
       upd="Op Orochi referrals up; county lines offender management review."))
item("H55", 12110, "peel21", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.",
     "Being progressed", D(2022, 6, 30), "in_sync",
     "open on both: RAG still Green but HMICFRS returned the submission (see response and "
     "update) and it has not been resubmitted",
     F(rag="Green", lead="ACC Crime",
       upd="Returned by HMICFRS 08/01/25 - FLL wants 3 months of the new VAWG dashboard in use "
           "at Force Performance Board. Re-submit April.",
       subs=[sub(D(2024, 11, 25), "Returned - further evidence required")],
       notes="RAG not yet changed by lead"))
item("H56", 12111, "peel21", AFI,
     "The force should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.",
     "Being progressed", D(2022, 6, 30), "conflict",
     "same report and text, but the tracker's reference is 12117, HMICFRS's is 12111 "
     "(12117 is not on the list)",
     F(ref=12117, rag="Amber", lead="ACC Local Policing",
       upd="Prevention strategy to COG March 25."))
item("H57", 12112, "peel21", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.",
     "Complete", D(2025, 1, 21), "in_sync",
     "closed on both: HMICFRS Complete; force submitted for closure (response not yet logged) "
     "= done",
     F(rag="Green", lead="Ch Supt Public Protection",
       upd="SPO applications 41 in 2024 (12 in 2022). Submitted.",
       subs=[sub(D(2024, 12, 9))]))
# -- PEEL 2023/24
item("H63", 14868, "peel23", COC, CAUSE_INV, "Being progressed", D(2024, 7, 2), "in_sync",
     "cause of concern open on both (force Amber)",
     F(rag="Amber", lead="ACC Crime",
       upd="Investigations Improvement Plan in Engage; PPOG update Feb 25."))
item("H64", 14869, "peel23", REC,
     "HMICFRS recommends that within six months the force should: improve its use of its "
     "crime-recording and management system to better manage its case files and "
     "investigative processes;",
     "Being progressed", D(2024, 7, 2), "in_sync", "open on both (force Amber)",
     F(text="Improve use of crime recording & management system to better manage case files "
            "& investigative processes (within 6 months)",
       rag="Amber", lead="ACC Crime",
       upd="Niche case file workflow redesign - pilot in West LPA."))
item("H58", 14870, "peel23", AFI,
     "The force should make sure investigations of fraud are allocated to officers with the "
     "right skills and are effectively supervised.",
     "Awaiting review", D(2024, 12, 17), "in_sync",
     "open on both; the tracker row was pasted one column to the right (ref under Report, "
     "RAG 'Amber' under Latest update, the update under Submission 1 Date sent): nothing sent",
     F(rag="Amber", lead="Det Ch Supt Force CID",
       upd="New AFI - lead allocated 14/01/25, plan due to FAB in March."))
item("H59", 14871, "peel23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about "
     "serious and organised crime.",
     "Awaiting review", D(2024, 12, 17), "in_sync",
     "open on both; shifted row (see 14870)",
     F(rag="Amber", lead="Head of Intelligence",
       upd="New AFI - lead allocated 14/01/25, plan due to FAB in March."))
item("H60", 14872, "peel23", AFI,
     "The force should evaluate its work to prevent neighbourhood crime and share what works "
     "across the force.",
     "Awaiting review", D(2024, 12, 17), "in_sync",
     "open on both; shifted row (see 14870)",
     F(rag="Amber", lead="ACC Local Policing",
       upd="New AFI - lead allocated 14/01/25, plan due to FAB in March."))
item("H61", 14873, "peel23", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.",
     "Awaiting review", D(2024, 12, 17), "missing_from_force",
     "new AFI not yet added to the tracker")
item("H62", 14874, "peel23", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Awaiting review", D(2024, 12, 17), "missing_from_force",
     "new AFI not yet added to the tracker (not the same as 7007 'regular and active "
     "supervision...', which is a 2016 AFI with its own row)")

SHIFTED = ["H58", "H59", "H60"]

# Force-only rows (not on the HMICFRS list): (after_key, dict)
LOCAL = [
    ("H10", dict(ref=None, rep="eff16", typ="Local",
                 text="Local action: Dip-sample 50 domestic abuse crime reports each quarter "
                      "and report findings to the Crime Standards Board",
                 lead="Force Crime Registrar", rag="Amber",
                 upd="Q3 dip sample done; Q4 due.", subs=[], notes=None,
                 why="force's own local action (no HMICFRS reference)")),
    ("H54", dict(ref=None, rep="peel21", typ="Local",
                 text="Force action - Refresh the county lines drug dealing problem profile "
                      "and add it to the control strategy",
                 lead="Head of Intelligence", rag="Green", upd="Completed Nov 24.", subs=[],
                 notes=None, why="force's own action (no HMICFRS reference)")),
    ("H53", dict(ref=None, rep="peel21", typ="Local",
                 text="JAC action: Internal audit of the vetting governance arrangements "
                      "(audit plan 2023/24)",
                 lead="Head of Professional Standards", rag="Amber",
                 upd="Fieldwork complete, draft report with PSD.", subs=[], notes=None,
                 why="Joint Audit Committee action, not an HMICFRS item")),
    ("H34", dict(ref=6688, rep="Legitimacy 2016", typ="AFI",
                 text="The force should ensure that all officers who use stop and search "
                      "powers have been provided with, and understand, training on "
                      "unconscious bias and College of Policing APP on stop and search.",
                 lead="Head of Learning & Development", rag="Closed", upd="Closed.",
                 subs=[sub(D(2023, 5, 15), "Accepted - closed on portal 14/06/23")],
                 notes=None,
                 why="ref 6688 (PEEL legitimacy 2016) closed by HMICFRS in June 2023, before "
                     "the list's window; not on the list")),
    ("H14", dict(ref=7010, rep="eff16", typ="AFI",
                 text="The force should make sure its analysis of hate crime informs its "
                      "strategic assessment and control strategy.",
                 lead="Head of Intelligence", rag="Amber",
                 upd="Hate crime problem profile commissioned.", subs=[], notes=None,
                 why="ref 7010 not on the HMICFRS list (query with FLL)")),
    ("H65", dict(ref=2481, rep="austerity", typ="Nat Rec",
                 text="Chief Constables and PCCs in forces that are planning to reduce the "
                      "proportion of their workforce and/or police officers on the front line "
                      "should assess whether they have taken the decisive action seen in many "
                      "forces in order to maintain their crime fighting capacity.",
                 lead="Director of Finance", rag="Amber",
                 upd="Covered by the workforce plan.", subs=[], notes=None,
                 why="ref 2481 (Policing in austerity) is not on the HMICFRS list")),
    ("H6", dict(ref=None, rep="firearms", typ="Local",
                text="Internal audit action: Review the firearms licensing demand profile as "
                     "part of the force management statement",
                lead="Supt Firearms Licensing", rag="Green", upd="In FMS 2025.", subs=[],
                notes=None, why="internal audit action, not an HMICFRS item")),
]

# The force's own order of groups (newest first, nationals grouped after force reports).
FORCE_ORDER = [
    "peel23", "peel21", "custody20", "cdi19", "ncpi18", "legit17", "effy17", "eff16",
    "powers", "leg17", "efc17", "stolen", "firearms", "picture", "sas15", "integrity", "core",
    "austerity", "everyone", "sas13",
]



def hm_sort_key(it):
    return (REPORTS[it["rep"]][1], it["id"])


# --------------------------------------------------------------------------- writing
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")


def fixed_save(wb, path):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Strategic Planning & Insight"
    wb.properties.lastModifiedBy = "KH"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2025-03-03T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def build_hmicfrs():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = "HMICFRS – Recommendations and areas for improvement: definitive list"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (f"Force: {FORCE}    Extracted: 03/03/2025    Includes all open items and items "
                "closed since 1 April 2024")
    headers = ["Force", "Report", "Published", "ID", "Type", "Recommendation", "Status",
               "Status date"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.border = BOX
    rows = {}
    r = 5
    for it in sorted(ITEMS, key=hm_sort_key):
        title, pub = REPORTS[it["rep"]]
        vals = [FORCE, title, pub, it["id"], it["typ"], it["text"], it["hst"], it["hdate"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        rows[it["key"]] = r
        r += 1
    for col, w in zip("ABCDEFGH", [22, 40, 12, 8, 22, 90, 16, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:H{r - 1}"
    fixed_save(wb, os.path.join(CASE, "hmicfrs.xlsx"))
    return {k: f"Definitive list!{v}" for k, v in rows.items()}


def build_tracker():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs: closure submission tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Maintained by Strategic Planning & Insight. Last updated 21/02/2025 (KH). "
                "Items closed by HMICFRS before April 2023 archived.")
    ws["A3"] = ("KEY  RAG: Red = off track | Amber = in progress | Green = delivered, ready for "
                "or sent for closure | White = not for the force to deliver (propose closure) | "
                "Closed = closure accepted by HMICFRS.   HMICFRS response: Accepted = closed by "
                "HMICFRS | Returned / Partially accepted = further evidence requested, back "
                "with lead | Withdrawn = force withdrew the submission | blank = awaiting "
                "HMICFRS decision.")
    ws["A3"].font = Font(italic=True, size=9)
    # group header row 5, header row 6
    groups = [("H5:I5", "Submission 1"), ("J5:K5", "Submission 2"), ("L5:M5", "Submission 3")]
    for rng, label in groups:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = label
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    headers = ["Ref", "Report", "Type", "Recommendation / AFI", "Lead", "RAG",
               "Latest update", "Date sent", "HMICFRS response", "Date sent",
               "HMICFRS response", "Date sent", "HMICFRS response", "Notes"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    rag_fill = {"Red": "FF0000", "Amber": "FFC000", "Green": "92D050", "White": "FFFFFF",
                "Closed": "BFBFBF"}

    def write_row(r, vals, shift=0):
        for c, v in enumerate(vals, 1 + shift):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        for c in range(1, 15):
            ws.cell(row=r, column=c).border = BOX
        rag_col = 6 + shift
        v = ws.cell(row=r, column=rag_col).value
        if shift == 0 and v in rag_fill:
            ws.cell(row=r, column=rag_col).fill = PatternFill("solid", fgColor=rag_fill[v])

    def fvals(it, f):
        ref = f["ref"] if f["ref"] is not None else it["id"]
        rep = f["rep"] or FNAME[it["rep"]]
        typ = f["typ"] or FTYPE[it["typ"]]
        text = f["text"] if f["text"] is not None else it["text"]
        subs = f["subs"] + [(None, None)] * (3 - len(f["subs"]))
        flat = [x for s in subs for x in s]
        return [ref, rep, typ, text, f["lead"], f["rag"], f["upd"], *flat, f["notes"]]

    truth = []  # (hmicfrs_key or None, force_row, category, why)
    local_after = {}
    for after, d in LOCAL:
        local_after.setdefault(after, []).append(d)
    by_rep = {}
    for it in ITEMS:
        by_rep.setdefault(it["fgroup"], []).append(it)
    r = 7
    for rep in FORCE_ORDER:
        its = sorted(by_rep.get(rep, []), key=lambda i: i["id"])
        # a couple of rows sit out of order, as they do after manual inserts
        if rep == "peel21":
            its = [its[1], its[0]] + its[2:]
        for it in its:
            if it["key"] in SHIFTED:
                continue
            rows_f = it["fsplit"] or ([it["f"]] if it["f"] else [])
            for f in rows_f:
                write_row(r, fvals(it, f))
                truth.append((it["key"], r, it["cat"], it["why"]))
                r += 1
            for d in local_after.get(it["key"], []):
                rep_name = FNAME.get(d["rep"], d["rep"])
                subs = d["subs"] + [(None, None)] * (3 - len(d["subs"]))
                flat = [x for s in subs for x in s]
                write_row(r, [d["ref"], rep_name, d["typ"], d["text"], d["lead"], d["rag"],
                              d["upd"], *flat, d["notes"]])
                truth.append((None, r, "not_on_hmicfrs_list", d["why"]))
                r += 1
    first_shift = r
    for key in SHIFTED:
        it = next(i for i in ITEMS if i["key"] == key)
        f = it["f"]
        write_row(r, [it["id"], FNAME[it["rep"]], FTYPE[it["typ"]], it["text"], f["lead"],
                      f["rag"], f["upd"]], shift=1)
        truth.append((it["key"], r, it["cat"], it["why"]))
        r += 1
    ws.cell(row=r + 1, column=1,
            value=f"Rows {first_shift}-{r - 1} added from FLL email 14/01/2025 (new PEEL "
                  "23/24 AFIs) - to be tidied. KH")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    last = r - 1
    for col, w in zip("ABCDEFGHIJKLMN",
                      [9, 20, 8, 70, 24, 8, 45, 11, 26, 11, 26, 11, 26, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "E7"
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$6", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"F7:F{last}")
    lists = wb.create_sheet("Lists")
    lists["A1"] = "RAG"
    lists["B1"] = "HMICFRS response"
    for i, v in enumerate(["Red", "Amber", "Green", "White", "Closed"], 2):
        lists.cell(row=i, column=1, value=v)
    for i, v in enumerate(["Accepted", "Returned - further evidence required",
                           "Partially accepted", "Withdrawn by force",
                           "FLL content to close"], 2):
        lists.cell(row=i, column=2, value=v)
    fixed_save(wb, os.path.join(CASE, "tracker.xlsx"))
    return truth


def main():
    os.makedirs(CASE, exist_ok=True)
    hrows = build_hmicfrs()
    ftruth = build_tracker()
    lines = []
    seen = set()
    for hk, fr, cat, why in ftruth:
        lines.append((hrows[hk] if hk else "", f"Tracker!{fr}", cat, why))
        if hk:
            seen.add(hk)
    for it in ITEMS:
        if it["key"] not in seen:
            assert it["cat"] == "missing_from_force", it["key"]
            lines.append((hrows[it["key"]], "", it["cat"], it["why"]))

    def sk(line):
        h = int(line[0].split("!")[1]) if line[0] else 10_000
        f = int(line[1].split("!")[1]) if line[1] else 0
        return (h, f)

    lines.sort(key=sk)
    with open(os.path.join(CASE, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
