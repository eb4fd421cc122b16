"""Build the evaluation case `prefilled_monitoring_return`.

HMICFRS side: the pre-filled monitoring-return workbook HMICFRS sends a force before a
quarterly return (Instructions sheet, locked pre-filled columns, force-to-complete columns with
drop-downs, an "Open items" sheet and a "Recently closed" sheet, a hidden Lists sheet).
Force side: the force's own HMICFRS tracker (Summary sheet of formulas, "Live tracker" and
"Closed" sheets, RAG key above the header, blank rows between report groups, one row per bullet
or per action for some items, local actions, a stale copy of the HMICFRS status).

Texts are real public HMICFRS wording (copied from /work/main/reconcile/casegen/texts and
/work/shared/data/real_recommendations.csv); the force's rewordings, actions and updates are
written here. Run with /work/main/.venv/bin/python; rebuilds byte for byte (fixed seed, fixed
zip timestamps and document dates).
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 5002
CASE = "prefilled_monitoring_return"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
rng = random.Random(SEED)

FORCE = "Cumbria Constabulary"
D = dt.date

# --------------------------------------------------------------------------- texts
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

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

EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\nThis action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.")

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

BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "By September 2021, forces should: " + "\n".join(BWV_PARTS)

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
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed.",
]
CDI_VICTIMS = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)

MISSING_STEM = ("Within six months Cumbria Constabulary should review its approach to reports of "
                "missing children and take steps to ensure that:")
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.",
]
MISSING_CHILDREN = MISSING_STEM + "\n" + "\n".join("• " + b for b in MISSING_BULLETS)

CHILD_DETENTION = (
    "Within six months the force should, in conjunction with children’s social care services, "
    "review how it manages the detention of children. As a minimum it should:• ensure that all "
    "children are only detained when absolutely necessary and for the absolute minimum amount "
    "of time;• ensure that officers and staff in the custody suite assess at an early stage a "
    "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
    "social care services to achieve the most appropriate option for the child;• ensure that "
    "custody staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested.")

DASH_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In cases "
    "where a DASH risk assessment is not completed the officer should record an assessment on "
    "the crime management system. HMIC found that officers are not consistently completing a "
    "DASH in circumstances where force policy requires that they should do so. This means that "
    "some victims of domestic abuse who may be at risk of harm are not being appropriately "
    "risk-assessed.")

SAS_COC = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.")

DIGITAL_LONG = (
    "By September 2018, chief constables should produce an ambitious plan to improve "
    "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
    "Council and Association of Police and Crime Commissioners should support the development "
    "of these plans by establishing a national framework which allows for the provision of "
    "digitally enabled services across force boundaries.")

PEEL_AFI = "The force should {}."

# --------------------------------------------------------------------------- reports
# key: (HMICFRS title, publication date, directed at, tracker name, tracker published, id base)
REPORTS = {
    "SAS13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "All forces", "Stop & Search powers (HMIC 2013)", "Jul 2013", 1480),
    "EVB": ("Everyone's business: Improving the police response to domestic abuse",
            D(2014, 3, 27), "All forces", "Everyone's Business (DA) 2014", D(2014, 3, 27), 2321),
    "AUST": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22), "All forces",
             "Policing in Austerity 2014", D(2014, 7, 22), 2690),
    "CORE": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", D(2014, 9, 4), "All forces", "Core business",
             D(2014, 9, 4), 4822),
    "INTEG": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
              "provide the capability to tackle corruption in policing", D(2015, 1, 30),
              "All forces", "Integrity Matters 2015", D(2015, 1, 30), 902),
    "SAS15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "All forces", None, None, 5310),
    "PIC": ("Building the picture: an inspection of police information management",
            D(2015, 7, 1), "All forces", "Building the Picture 2015", D(2015, 7, 1), 5562),
    "FIRE": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
             "licensing in police forces in England and Wales", D(2015, 9, 15), "All forces",
             "Firearms licensing 2015", D(2015, 9, 15), 5921),
    "EFF16": ("PEEL: Police effectiveness 2016 – Cumbria Constabulary", D(2017, 3, 2), FORCE,
              "PEEL Effectiveness 2016", D(2017, 3, 2), 6805),
    "STOLEN": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "All forces", "Stolen Freedom (MSHT) 2017", "24/10/2017", 7734),
    "EFC17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9), "All forces",
              "PEEL Efficiency 17 (all forces)", "Nov 2017", 8102),
    "LEG17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12), "All forces",
              "PEEL Legit 17 S&S", D(2017, 12, 12), 8541),
    "NCPI": ("National child protection inspection 2018 – Cumbria Constabulary", D(2018, 6, 5),
             FORCE, "NCPI 2018", D(2018, 6, 5), 9217),
    "P1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cumbria "
              "Constabulary", D(2019, 5, 2), FORCE, "PEEL 2018/19", D(2019, 5, 2), 10412),
    "CDI": ("Crime data integrity inspection 2019 – Cumbria Constabulary", D(2019, 9, 10), FORCE,
            "CDI 2019", D(2019, 9, 10), 11066),
    "CUST": ("Report on an unannounced inspection visit to police custody suites 2020 – Cumbria "
             "Constabulary", D(2020, 8, 19), FORCE, "Custody inspection 2020", "Aug-20", 13390),
    "POWERS": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", D(2021, 2, 26), "All forces", "Police powers spotlight (Feb 21)",
               D(2021, 2, 26), 14138),
    "P2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cumbria "
              "Constabulary", D(2022, 7, 7), FORCE, "PEEL 2021/22", D(2022, 7, 7), 17451),
    "P2325": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–2025 – Cumbria "
              "Constabulary", D(2024, 3, 14), FORCE, "PEEL 2023-25", D(2024, 3, 14), 22087),
}
REPORT_ORDER = list(REPORTS)

# Force types and RAG words
FT = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "Nat Rec"}


def F(sheet="L", rag="AMBER", text=None, typ=None, ref="ref", rep=None, pub=None, action=None,
      update=None, sub=None, copy=None, closed=None, lead=None, port=None, no=None):
    """One force tracker row for an item. text None = verbatim HMICFRS text."""
    return dict(sheet=sheet, rag=rag, text=text, typ=typ, ref=ref, rep=rep, pub=pub,
                action=action, update=update, sub=sub, copy=copy, closed=closed, lead=lead,
                port=port, no=no)


def I(k, rep, typ, text, hs, st, cat, force, why, sdate=None, comment=None, fll=None):
    return dict(k=k, rep=rep, typ=typ, text=text, hs=hs, st=st, cat=cat, force=force, why=why,
                sdate=sdate, comment=comment, fll=fll)


MON = ("The progress of the implementation of this recommendation is currently being monitored "
       "by HMICFRS and this record will, in due course, be updated.")
NEWREC = "New recommendation"
SUPERSEDED_PEEL = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections.")
CDI_CLOSE = ("Authorised for closure on the basis of the additional observations offered by "
             "members of the inspection team in recent inspection activity.")
COMPLETE = "This recommendation is complete"

ITEMS = [
    # ---------------- Everyone's business 2014 (closed by HMICFRS, force still open)
    I("evb", "EVB", NAT, EVERYONE_PLAN, "C", "No further action required", "closeable_local",
      [F("L", "AMBER",
         text="By September 2014, establish and publish a DA action plan setting out what steps "
              "the force will take to improve its approach to domestic abuse (consult PCC, DA "
              "support orgs & victims' reps; consider all recs in the report; DHRs & IPCC "
              "findings; CPS scrutiny panels / MARAC self-assessments).",
         ref="blank", action="DA Delivery Plan refreshed annually via DA Strategic Board",
         update="DA plan v6 agreed at DA Strategic Board 18/06/2024. Keep open until HMICFRS "
                "confirm.", copy="Being progressed", lead="Ch Supt Public Protection",
         port="ACC Crime")],
      "HMICFRS closed (NFA) on Recently closed; force tracker still AMBER. Force text is an "
      "abridged summary with the bullets condensed, no ref.",
      sdate=D(2024, 5, 20), comment=SUPERSEDED_PEEL),
    # ---------------- Core business 2014
    I("core1", "CORE", NAT,
      "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
      "not yet done so, should provide call-handlers with specific, sound and comprehensible "
      "criteria against which they can assess threat, harm and risk.", "O", "Being progressed",
      "missing_from_force", None,
      "Open on HMICFRS list; no row on the force tracker (the force's THRIVE work was never "
      "logged against it).", sdate=D(2023, 11, 2), comment=MON),
    I("core2", "CORE", NAT,
      "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
      "carried out is systematically recorded and subsequently evaluated to determine the "
      "effectiveness of tactics being employed.", "C", "Superseded", "closeable_local",
      [F("L", "Amber", ref="blank",
         action="Prevention hub evaluation framework",
         update="Evaluation template drafted; awaiting Prevention Board sign-off.",
         copy="Being progressed", lead="Head of Corporate Development", port="ACC Local Policing")],
      "HMICFRS closed as Superseded; force still Amber. Verbatim text, no ref.",
      sdate=D(2024, 6, 11), comment=SUPERSEDED_PEEL),
    # ---------------- Integrity matters 2015
    I("integ", "INTEG", NAT,
      "By 31 August 2015, all chief constables should satisfy themselves that they have "
      "processes in place to ensure that investigations into misconduct by officers and staff "
      "resulting in “no further action” are fair and free of any form of discrimination.", "O",
      "Being progressed", "closeable_submit",
      [F("C", "CLOSED", ref="blank",
         text="By 31 August 2015, all chief constables should satisfy themselves that they have "
              "processes in place to ensure that investigations into misconduct by officers and "
              "staff resulting in \"no further action\" are fair and free of any form of "
              "discrimination.",
         action="PSD dip-sample of NFA outcomes, reported to Ethics Committee",
         update="Annual PSD dip-sample in place since 2016.", sub=D(2017, 2, 14),
         closed=D(2017, 3, 1), copy="Being progressed", lead="Head of Professional Standards",
         port="DCC")],
      "HMICFRS still Being progressed; force moved it to its Closed sheet in 2017. Straight "
      "quotes vs curly quotes only.",
      sdate=D(2022, 9, 30), comment=MON,
      fll=("Supt L. Kerr, PSD", "Propose closure",
           "Closed on force tracker March 2017. PSD dip-sample of NFA outcomes reported "
           "annually to the Ethics Committee.", "PSD-2017-04", None)),
    # ---------------- Building the picture 2015 (closed both)
    I("pic", "PIC", NAT,
      "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
      "audits of compliance with the APP on information management through the force "
      "information management governance structure. This should include measures to ensure "
      "that categorisation of records are regularly adjusted.", "C", "Complete", "in_sync",
      [F("C", "CLOSED", ref="plain",
         text="By 30 Nov 2015, CCs should put in place arrangements to scrutinise audits of "
              "compliance with the APP on information management through the force information "
              "management goverance structure. This should include measures to ensure that "
              "categorisation of records are regularly adjusted.",
         action="Information Assurance Board receives MoPI audit results quarterly",
         update="Evidence (IAB terms of reference, audit schedule) submitted 11/03/2024.",
         sub=D(2024, 3, 11), closed=D(2024, 7, 5), copy="Complete",
         lead="Head of Information Management", port="DCC")],
      "Closed by HMICFRS (Complete) and on the force's Closed sheet: closed on both. Force text "
      "abbreviated (CCs, 30 Nov) with a misspelling.",
      sdate=D(2024, 7, 2), comment=COMPLETE),
    # ---------------- Firearms licensing 2015
    I("fire1", "FIRE", NAT,
      "Within three months, all chief constables should assess how well the governance of "
      "firearms licensing in his or her force meets the standards set out in Authorised "
      "Professional Practice. Chief constables of forces where the governance standards are not "
      "being complied with should put in place immediately the correct arrangements and "
      "procedures in order to meet the standards in full.", "O", "Being progressed",
      "closeable_submit",
      [F("L", "GREEN", ref="plain",
         action="Governance review against APP; Firearms Licensing Board chaired by ACC",
         update="Completed. Evidence submitted to HMICFRS for closure.", sub=D(2024, 8, 27),
         copy="Being progressed", lead="Supt Firearms Licensing", port="ACC Local Policing")],
      "HMICFRS open; force GREEN with a submission date. Verbatim.",
      sdate=D(2024, 2, 9), comment=MON,
      fll=("Supt Firearms Licensing", "Complete – evidence provided",
           "Firearms Licensing Board in place; APP governance self-assessment completed.",
           "FL-EV-03", D(2024, 8, 27))),
    I("fire2", "FIRE", NAT,
      "Within three months, all chief constables should assess the demand placed on their "
      "firearms licensing department and ensure it has the capacity to meet this demand and "
      "provide an efficient and effective service at all times.", "O", "Being progressed",
      "in_sync",
      [F("L", "AMBER", ref="plain",
         text="Within 3 months, all CCs should assess the demand placed on their firearms "
              "licensing department and ensure it has the capacity to meet this demand and "
              "provide an efficient and effective service at all times.",
         action="Demand model for firearms licensing; renewal backlog plan",
         update="Renewals backlog 212 (Sept). Two temporary enquiry officers funded to March.",
         copy="Being progressed", lead="Supt Firearms Licensing", port="ACC Local Policing")],
      "Open on both (Being progressed / AMBER). Abbreviated text.",
      sdate=D(2024, 2, 9), comment=MON,
      fll=("Supt Firearms Licensing", "In progress – on track",
           "Renewals backlog reducing; two temporary enquiry officers funded to March 2025.",
           None, D(2025, 3, 31))),
    I("fire3", "FIRE", NAT,
      "Immediately, all chief constables should satisfy themselves that all appropriate action "
      "is being taken by their force with regard to ‘total expired’ licensing records.", "O",
      "Being progressed", "missing_from_force", None,
      "Open on HMICFRS list; the force tracker has no row for it.",
      sdate=D(2024, 2, 9), comment=MON),
    I("fire4", "FIRE", NAT,
      "Within three months, all chief constables should ensure that their arrangements in "
      "respect of the use of temporary permits are in accordance with the Home Office guidance; "
      "that temporary permits are properly recorded without delay on the National Firearms "
      "Licensing Management System; and that effective systems exist to ensure certificate "
      "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
      "C", "Complete", "closeable_local",
      [F("L", "AMBER", ref="plain",
         action="Temporary permit process mapped onto NFLMS",
         update="Process agreed; awaiting NFLMS change request from the national team.",
         copy="Being progressed", lead="Supt Firearms Licensing", port="ACC Local Policing")],
      "HMICFRS closed (Complete); force still AMBER; tracker's stale HMICFRS-status copy still "
      "says Being progressed.",
      sdate=D(2024, 8, 14), comment=COMPLETE),
    I("fire5", "FIRE", NAT,
      "Within three months, all chief constables should ensure that systems designed to "
      "identify, prior to police attendance, whether a reported incident involves or is at the "
      "address of a firearm certificate holder are in place and are always applied by staff "
      "dispatching officers to incidents; and that officers understand the risk assessment "
      "which they should be undertaking in such circumstances, and their power, when "
      "appropriate, to seize firearms and firearm certificates.", "O", "Being progressed",
      "in_sync",
      [F("L", "AMBER", ref="text",
         action="STORM flag for certificate holders; briefing to dispatchers",
         update="STORM flag live; officer briefing on seizure powers still to be delivered.",
         copy="Being progressed", lead="Supt Contact Centre", port="ACC Local Policing")],
      "Open on both. Verbatim; tracker ref written as text with a prefix.",
      sdate=D(2024, 2, 9), comment=MON,
      fll=("Supt Contact Centre", "In progress – on track",
           "STORM flag live. Briefing for response officers on seizure powers scheduled "
           "November.", None, D(2024, 12, 31))),
    # ---------------- PEEL Effectiveness 2016 (force)
    I("eff_coc", "EFF16", COC, DASH_COC, "O", "Being progressed", "in_sync",
      [F("L", "AMBER", typ="CoC", ref="plain",
         action="DA Improvement Plan (CoC) – monthly DASH compliance audit",
         update="DASH completion 87% (Aug). Target 95%.", copy="Being progressed",
         lead="Ch Supt Public Protection", port="ACC Crime")],
      "Cause of concern, open on both. Verbatim.", sdate=D(2024, 4, 30), comment=MON),
    I("eff_r1", "EFF16", REC,
      "To address this cause of concern, HMIC recommends the force should immediately take "
      "steps to ensure that there is effective supervision of the initial risk assessment "
      "process, specifically in relation to the completion of DASH risk assessment in "
      "appropriate cases.", "O", "Being progressed", "closeable_submit",
      [F("L", "GREEN", ref="plain",
         text="Immediately take steps to ensure there is effective supervision of the initial "
              "risk assessment process, specifically in relation to completion of DASH in "
              "appropriate cases.",
         action="Supervisor DASH review built into Niche workflow",
         update="Niche supervisory review mandatory since 04/2023; dip sample 92% compliant. "
                "Evidence pack to FLL.", sub=D(2024, 6, 12), copy="Being progressed",
         lead="Ch Supt Public Protection", port="ACC Crime")],
      "HMICFRS open; force GREEN and submitted. Force text drops the 'To address this cause of "
      "concern, HMIC recommends' stem but keeps 'immediately'.",
      sdate=D(2024, 4, 30), comment=MON),
    I("eff_r2", "EFF16", REC,
      "Immediately, the force should cease the practice of conducting domestic abuse risk "
      "assessments over the telephone and dealing with domestic abuse in the resolution "
      "centre.", "C", "Complete", "in_sync",
      [F("C", "CLOSED", ref="plain",
         text="Immediately, the force should cease the practice of conducting DA risk "
              "assessments over the telephone and dealing with DA in the resolution centre.",
         action="Resolution centre DA deployment policy withdrawn",
         update="Policy withdrawn 2017; confirmed in PEEL 2021/22 fieldwork.",
         sub=D(2023, 10, 3), closed=D(2024, 4, 19), copy="Complete",
         lead="Supt Contact Centre", port="ACC Local Policing")],
      "Closed on both (HMICFRS Complete; on force Closed sheet).",
      sdate=D(2024, 4, 16), comment=COMPLETE),
    I("eff_r3", "EFF16", REC,
      "Within three months, the force should consider ways of increasing the use of arrest, "
      "ancillary orders and other available powers, in order to improve the service it provides "
      "to victims of domestic abuse, offer the best possible protection and bring more "
      "perpetrators to justice.", "O", "Being progressed", "in_sync",
      [F("L", "RED", ref="plain",
         action="DVPN/DVPO usage targets in Force Performance pack",
         update="DVPO applications down 11% on last year. Escalated to Crime Standards Board.",
         copy="Being progressed", lead="Ch Supt Public Protection", port="ACC Crime")],
      "Open on both (RED = open).", sdate=D(2024, 4, 30), comment=MON),
    # ---------------- Stolen freedom 2017
    I("sf_lead", "STOLEN", NAT, SF_LEADERSHIP, "O", "Being progressed", "in_sync",
      [F("L", "GREEN", ref="plain", no="a",
         text="MSHT leadership & governance (a): senior leaders prioritise the response to "
              "modern slavery and human trafficking",
         action="MSHT lead at chief officer level; MSHT Board quarterly",
         update="Complete – ACC Crime is strategic lead.", copy="Being progressed",
         lead="Det Ch Supt Force CID", port="ACC Crime"),
       F("L", "GREEN", ref="plain", no="b",
         text="MSHT leadership & governance (b): every incident of modern slavery identified to "
              "police is allocated appropriate resources with the skills, experience and "
              "capacity to investigate it effectively",
         action="All MSHT crimes allocated to CID; PIP2 investigators",
         update="Complete.", copy="Being progressed", lead="Det Ch Supt Force CID",
         port="ACC Crime"),
       F("L", "GREEN", ref="plain", no="c",
         text="MSHT leadership & governance (c): forces develop effective partnership "
              "arrangements to co-ordinate activity in order to share information and "
              "safeguard victims",
         action="Cumbria Anti-Slavery Partnership", update="Complete.",
         copy="Being progressed", lead="Det Ch Supt Force CID", port="ACC Crime"),
       F("L", "AMBER", ref="plain", no="d",
         text="MSHT leadership & governance (d): performance and QA measures are in place to "
              "allow senior leaders to assess the nature and quality of the service provided to "
              "victims",
         action="MSHT performance dashboard",
         update="Dashboard in build with Business Insight; first version due Dec.",
         copy="Being progressed", lead="Head of Corporate Development", port="ACC Crime")],
      "One recommendation split into four bullet rows (a)–(d). Three GREEN, one AMBER, so the "
      "force item is still open; HMICFRS Being progressed: in sync, all four rows.",
      sdate=D(2024, 1, 22), comment=MON,
      fll=("Det Ch Supt Force CID", "In progress – on track",
           "Three of four strands complete. MSHT performance dashboard due December 2024.",
           None, D(2024, 12, 31))),
    I("sf_intel", "STOLEN", NAT,
      "Within six months, forces should have in place active information-sharing agreements "
      "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
      "safeguard victims better and to identify suspects as early as possible", "O",
      "Being progressed", "conflict",
      [F("L", "AMBER", ref="plain",
         text="Within twelve months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence and "
              "in order to safeguard victims better and to identify suspects as early as "
              "possible.",
         action="ISAs with Border Force, GLAA and local authorities",
         update="GLAA ISA signed; Border Force ISA with legal services.",
         copy="Being progressed", lead="Head of Intelligence", port="ACC Crime")],
      "Same item (same ref, same report, same wording otherwise) but the timescale differs: "
      "HMICFRS 'Within six months', tracker 'Within twelve months'.",
      sdate=D(2024, 1, 22), comment=MON),
    I("sf_s45", "STOLEN", NAT,
      "Immediately, forces should ensure that all victims carrying out criminal acts under "
      "compulsion attributable to slavery or exploitation are afforded the protection of early "
      "and continuing consideration of the applicability of the section 45 defence.", "O",
      "Awaiting review", "closeable_submit",
      [F("L", "GREEN", ref="plain",
         text="Immediately, forces should ensure that all victims carrying out criminal acts "
              "under compulsion attributable to slavery or exploitation are afforded the "
              "protection of early & continuing consideration of the applicability of the s45 "
              "defence.",
         action="s45 prompt added to custody and charging checklists",
         update="Moved to GREEN 03/09/2024. s45 prompt live in custody and CPS file "
                "checklist; evidence sent to HMICFRS.", sub=D(2024, 9, 3),
         copy="Being progressed", lead="Head of Criminal Justice", port="ACC Crime")],
      "HMICFRS Awaiting review (open); force GREEN, submitted. Abbreviations (&, s45).",
      sdate=D(2024, 9, 4), comment="Force evidence received – awaiting review."),
    I("sf_nrm", "STOLEN", NAT,
      "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
      "process as it evolves and are implementing the requirement placed upon them under the "
      "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
      "adult victim of modern slavery or human trafficking.", "C", "Complete", "in_sync",
      [F("L", "GREEN", ref="plain",
         text="Immediately, forces should take steps to ensure they are fully compliant with "
              "the NRM process as it evolves and are implementing the requirement placed upon "
              "them under the Modern Slavery Act 2015 to notify the HO of any individual "
              "suspected to be an adult victim of MSHT.",
         action="Duty to Notify process via MSHT SPOC",
         update="Completed. Evidence submitted to HMICFRS for closure.", sub=D(2024, 2, 20),
         copy="Being progressed", lead="Det Ch Supt Force CID", port="ACC Crime")],
      "Closed by HMICFRS; force GREEN on its Live sheet (not yet moved to Closed): done on both.",
      sdate=D(2024, 6, 3), comment=COMPLETE),
    I("sf_ncrs", "STOLEN", NAT,
      "Immediately, forces should take steps to ensure they fully comply with national crime "
      "recording standard (NCRS) requirements for offences identified as modern slavery and "
      "human trafficking and that sufficient audit capacity is available to the force crime "
      "registrar to provide reassurance that each force is identifying and managing any gaps in "
      "its crime-recording accuracy for these types of offences.", "O", "Being progressed",
      "in_sync",
      [F("L", "AMBER", ref="plain",
         text="Immediately, forces should take steps to ensure they fully comply with NCRS "
              "requirements for offences identified as MSHT and that sufficient audit capacity "
              "is available to the force crime registrar to provide reassurance that each force "
              "is identifying and managing any gaps in its crime-recording accuracy for these "
              "types of offences.",
         action="FCR audit of MSHT crimes", update="Allocated to the Force Crime Registrar. "
         "Audit scheduled Q3.", copy="Being progressed", lead="Force Crime Registrar",
         port="DCC")],
      "Open on both. Abbreviated text (NCRS, MSHT).", sdate=D(2024, 1, 22), comment=MON),
    I("sf_inv", "STOLEN", NAT,
      "Immediately, forces should ensure that allegations or indications of modern slavery and "
      "human trafficking are thoroughly investigated and effectively supervised by teams and "
      "individuals with the skills and experience to undertake them (this should include the "
      "use where appropriate of joint intelligence teams and other means to obtain intelligence "
      "and evidence from agencies overseas).", "O", "Being progressed", "in_sync",
      [F("L", "AMBER", ref="plain",
         action="MSHT investigations reviewed monthly by DCI Serious Crime",
         update="Work undertaken in area but still requires development to complete.",
         copy="Being progressed", lead="Det Ch Supt Force CID", port="ACC Crime")],
      "Open on both. Verbatim.", sdate=D(2024, 1, 22), comment=MON),
    I("sf_prev", "STOLEN", NAT,
      "Immediately, forces should review their use of preventative powers under the Modern "
      "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
      "to pose a clear threat to others in respect of modern slavery and human trafficking "
      "offences are exploited.", "C", "Superseded", "closeable_local",
      [F("L", "AMBER", ref="plain",
         text="Review use of preventative powers under the MSA 2015 (STPOs / STROs) to ensure "
              "opportunities to restrict the activities of those who pose a clear threat to "
              "others re MSHT offences are exploited.",
         action="STPO/STRO guidance and legal services support",
         update="2 STROs obtained this year. Guidance refresh with Legal Services.",
         copy="Being progressed", lead="Det Ch Supt Force CID", port="ACC Crime")],
      "HMICFRS closed as Superseded; force still AMBER. Reworded by the force.",
      sdate=D(2024, 5, 28),
      comment="Superseded: this area is now monitored through the force's PEEL 2023–2025 "
              "areas for improvement."),
    # ---------------- PEEL efficiency 2017 national
    I("efc_dig", "EFC17", NAT, DIGITAL_LONG, "C", "Complete", "conflict",
      [F("C", "CLOSED", ref="blank",
         text="By September 2019, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force.",
         action="Digital Policing Strategy 2019-22",
         update="Digital Policing Strategy approved by COG.", sub=D(2019, 10, 8),
         closed=D(2019, 11, 1), copy="Being progressed", lead="Head of Corporate Development",
         port="Director of Finance")],
      "Closed on both, but the deadline disagrees: HMICFRS 'By September 2018', tracker 'By "
      "September 2019' (tracker also drops the Home Office/NPCC sentence, which is not the "
      "force's part). A deadline mismatch is a conflict.",
      sdate=D(2024, 4, 8), comment=COMPLETE),
    # ---------------- PEEL legitimacy 2017 national
    I("leg_coc", "LEG17", COC, SAS_COC, "O", "Being progressed", "in_sync",
      [F("L", "AMBER", typ="CoC", ref="plain",
         text="HMICFRS is concerned that forces are not able to demonstrate that the use of S&S "
              "powers is consistently reasonable and fair. In particular, there is "
              "over-representation of BAME people, and black people in particular, in S&S data "
              "which many forces are unable to explain.",
         action="S&S disproportionality work (see S&S Scrutiny Panel)",
         update="Disproportionality ratio 2.1 (was 2.6). Independent scrutiny panel monthly.",
         copy="Being progressed", lead="ACC Local Policing", port="ACC Local Policing")],
      "National cause of concern, open on both. S&S abbreviation.",
      sdate=D(2023, 12, 12), comment=MON),
    I("leg_mon", "LEG17", NAT, SAS_MONITORING_2017, "O", "Being progressed", "closeable_submit",
      [F("L", "GREEN", ref="plain",
         text="By July 2018, all police forces across England and Wales should be regularly and "
              "frequently monitoring a comprehensive set of data and information on use of stop "
              "and search powers to understand: • the reasons for any disproportionate "
              "representation of different ethnic groups in the use of stop and search; • the "
              "extent to which find rates differ between people from different ethnicities, and "
              "across different types of searches (including separate identification of find "
              "rates for drug possession and supply-type offences); and • the prevalence of "
              "possession-only drug searches, and the extent to which these align with local or "
              "force level priorities.",
         action="S&S Power BI dashboard (ethnicity, find rates, drugs searches)",
         update="Dashboard live and reviewed monthly at S&S Board. Submitted for closure.",
         sub=D(2024, 7, 16), copy="Being progressed", lead="ACC Local Policing",
         port="ACC Local Policing")],
      "HMICFRS open; force GREEN, submitted. Bullets spaced differently.",
      sdate=D(2023, 12, 12), comment=MON),
    I("leg_disp", "LEG17", NAT,
      "Where forces identify disparities through monitoring, they should demonstrate to the "
      "public that they have:\n•carried out research and analysis in an attempt to understand "
      "the reasons for the disparity, and •taken action to reduce the disparity, where "
      "necessary;", "O", "Being progressed", "in_sync",
      [F("L", "AMBER", ref="plain",
         action="Publish disproportionality analysis on force website",
         update="Analysis complete; web publication awaiting Corporate Comms.",
         copy="Being progressed", lead="ACC Local Policing", port="ACC Local Policing")],
      "Open on both. Verbatim.", sdate=D(2023, 12, 12), comment=MON),
    I("leg_pub", "LEG17", NAT,
      "We expect forces to publish this analysis and any actions taken at least on an annual "
      "basis, from July 2018.", "O", "Being progressed", "missing_from_force", None,
      "Open on HMICFRS list; no tracker row (the force folded it into the disparities row "
      "without recording it).", sdate=D(2023, 12, 12), comment=MON),
    I("leg_train", "LEG17", NAT,
      "By July 2018, and ongoing following that date, forces should ensure that all officers "
      "who use stop and search powers have been provided with, and understand, training on "
      "unconscious bias and College of Policing APP on stop and search.", "C", "Complete",
      "closeable_local",
      [F("L", "AMBER", ref="plain",
         text="By July 2018, and ongoing following that date, forces should ensure that all "
              "officers who use S&S powers have been provided with, and understand, training on "
              "unconscious bias and CoP APP on S&S.",
         action="Unconscious bias module in S&S refresher (L&D)",
         update="94% of S&S-using officers trained. Remaining officers on long-term absence.",
         copy="Being progressed", lead="Head of Learning & Development",
         port="Director of People")],
      "HMICFRS closed (Complete); force still AMBER.",
      sdate=D(2024, 9, 9), comment=COMPLETE),
    # ---------------- National child protection inspection 2018 (force)
    I("ncpi_miss", "NCPI", REC, MISSING_CHILDREN, "O", "Being progressed", "conflict",
      [F("L", "AMBER", ref="plain",
         text="Within six months Cumbria Constabulary should review its approach to reports of "
              "missing children and take steps to ensure that:\n• call takers understand and "
              "use the missing and absent category appropriately; and\n• supervisors provide "
              "the correct oversight of missing person enquiries and direct appropriate and "
              "timely investigative and safeguarding action.",
         action="Missing persons policy review; THRIVE training for call takers",
         update="Missing policy rewritten; call-taker training 70% complete.",
         copy="Being progressed", lead="Ch Supt Public Protection", port="ACC Crime")],
      "Same item (same ref and report) but the tracker text is missing the CSE bullet "
      "(call takers and frontline staff ... child sexual exploitation): a missing bullet is a "
      "conflict.", sdate=D(2024, 3, 5), comment=MON),
    I("ncpi_sup", "NCPI", REC,
      "Within three months, the force should improve the supervision of investigations, so that "
      "investigation plans are set, reviewed and recorded and victims receive a consistently "
      "good service.", "O", "Being progressed", "closeable_submit",
      [F("L", "GREEN", ref="blank",
         text="Within 3 months, the force should improve the supervison of investigations, so "
              "that investigation plans are set, reviewed and recorded and victims recieve a "
              "consistently good service.",
         action="Investigation plan template mandatory on Niche for CAIU",
         update="Pending sign off by the chief officer lead. Evidence pack ready.",
         sub=D(2024, 9, 20), copy="Being progressed", lead="Det Ch Supt Force CID",
         port="ACC Crime")],
      "HMICFRS open; force GREEN. No ref on tracker; two misspellings.",
      sdate=D(2024, 3, 5), comment=MON),
    I("ncpi_cse", "NCPI", AFI,
      PEEL_AFI.format("improve how it works with partner organisations to safeguard people at "
                      "risk from child sexual exploitation"), "C", "Complete", "in_sync",
      [F("C", "CLOSED", ref="plain",
         action="Multi-agency CSE hub with children's services",
         update="Hub operating since 2019; confirmed by HMICFRS.", sub=D(2023, 11, 21),
         closed=D(2024, 6, 28), copy="Complete", lead="Ch Supt Public Protection",
         port="ACC Crime")],
      "Closed on both.", sdate=D(2024, 6, 21), comment=COMPLETE),
    # ---------------- PEEL 2018/19 (force)
    I("p18_work", "P1819", REC,
      "HMIC recommends that the force should immediately: conduct a review of officers’ "
      "capabilities and capacity to manage their investigative workload, to better understand "
      "investigative demand and the pressures placed upon them; and", "O", "Being progressed",
      "in_sync",
      [F("L", "AMBER", ref="plain",
         text="Immediately: conduct a review of officers' capabilities and capacity to manage "
              "their investigative workload, to better understand investigative demand and the "
              "pressures placed upon them",
         action="Investigative workload review (Operation Balance)",
         update="Workload review phase 2 under way; report to COG in January.",
         copy="Being progressed", lead="Det Ch Supt Force CID", port="ACC Crime")],
      "Open on both. Stem 'HMIC recommends that the force should' dropped, apostrophe style.",
      sdate=D(2024, 5, 13), comment=MON),
    I("p18_vuln", "P1819", REC,
      "HMIC recommends that the force should immediately: conduct a review, involving its "
      "partners, of the approach to vulnerability to better safeguard vulnerable people.", "O",
      "Being progressed", "closeable_submit",
      [F("L", "Green", ref="plain",
         action="Vulnerability review with Safeguarding Partnership",
         update="Covered by the Vulnerability Improvement Delivery Plan; review complete and "
                "evidence submitted.", sub=D(2024, 5, 30), copy="Being progressed",
         lead="Ch Supt Public Protection", port="ACC Crime")],
      "HMICFRS open; force 'Green' (mixed case), submitted.",
      sdate=D(2024, 5, 13), comment=MON),
    I("p18_sup", "P1819", REC,
      "HMIC recommends that within six months the force should: ensure regular and active "
      "supervision of the quality and progress of investigations. This supervision should be "
      "properly recorded;", "O", "Being progressed", "conflict",
      [F("L", "AMBER", ref="transposed",
         text="HMIC recommends that within six months the force should: ensure regular and "
              "active supervision of the quality and progress of investigations. This "
              "supervision should be properly recorded.",
         action="Supervisory review dip-sample by Crime Standards",
         update="Compliance 78% (target 90%).", copy="Being progressed",
         lead="Det Ch Supt Force CID", port="ACC Crime")],
      "Same report and text, but the tracker's HMICFRS ID has two digits transposed (10471 vs "
      "10417): a reference mismatch is a conflict.", sdate=D(2024, 5, 13), comment=MON),
    I("p18_dig", "P1819", REC,
      "HMIC recommends that within six months the force should: improve its ability to retrieve "
      "digital evidence from mobile phones, computers and other electronic devices quickly "
      "enough to ensure investigations are not delayed.", "O", "Being progressed", "in_sync",
      [F("L", "AMBER", ref="plain",
         text="Within 6 months the force should improve its ability to retrieve digital "
              "evidence from mobile phones, computers & other electronic devices quickly enough "
              "to ensure investigations are not delayed.",
         action="Digital forensics kiosks in each area; DFU backlog plan",
         update="Backlog 140 devices (was 310). Kiosk roll-out complete.",
         copy="Being progressed", lead="Head of Intelligence", port="ACC Crime")],
      "Open on both. Abbreviated.", sdate=D(2024, 5, 13), comment=MON),
    I("p18_rui", "P1819", REC,
      "HMIC recommends that within six months the force should: improve its understanding of "
      "suspects released under investigation and the management of those released on bail.",
      "O", "Being progressed", "closeable_submit",
      [F("C", "GREEN", ref="plain",
         text="Within six months the force should improve its understanding of suspects RUI and "
              "the management of those released on bail.",
         action="RUI/bail dashboard; Bail Management Team",
         update="Completed. Evidence submitted to HMICFRS for closure.", sub=D(2024, 3, 28),
         closed=D(2024, 3, 28), copy="Being progressed", lead="Head of Criminal Justice",
         port="ACC Crime")],
      "HMICFRS open; force GREEN on its Closed sheet (moved there on submission).",
      sdate=D(2024, 5, 13), comment=MON),
    I("p18_costs", "P1819", AFI,
      PEEL_AFI.format("develop its understanding of the links between its outcomes, outputs "
                      "and costs"), "C", "No further action required", "closeable_local",
      [F("L", "AMBER", ref="plain",
         action="Activity-based costing pilot (Finance)",
         update="Pilot paused pending new finance system.", copy="Being progressed",
         lead="Director of Finance", port="Director of Finance")],
      "HMICFRS closed (No further action required); force still AMBER.",
      sdate=D(2024, 7, 22),
      comment="No further action required: value for money is now assessed through the PEEL "
              "2023–2025 inspection."),
    I("p18_wf", "P1819", AFI,
      PEEL_AFI.format("develop a future workforce plan that is aligned with its overall demand "
                      "and budget. The plan should include future resource allocations, the "
                      "mix of skills required by the workforce and behaviours expected of "
                      "them"), "O", "Being progressed", "in_sync",
      [F("L", "AMBER", ref="plain",
         text="AFI - The force should develop a future workforce plan that is aligned with its "
              "overall demand and budget. The plan should include future resource allocations, "
              "the mix of skills required by the workforce and behaviours expected of them.",
         action="Strategic Workforce Plan 2024-27",
         update="Draft SWP to People Board in November.", copy="Being progressed",
         lead="Director of People", port="Director of People")],
      "Open on both. 'AFI - ' prefix on the tracker text.", sdate=D(2024, 5, 13), comment=MON),
    # ---------------- CDI 2019 (force)
    I("cdi_vic", "CDI", REC, CDI_VICTIMS, "O", "Being progressed", "closeable_submit",
      [F("L", "GREEN", ref="plain", no=str(i + 1),
         text=f"CDI rec 1.{i + 1}: {b[0].upper()}{b[1:]}",
         action=act, update=upd, sub=D(2024, 7, 1), copy="Being progressed",
         lead="Force Crime Registrar", port="DCC")
       for i, (b, act, upd) in enumerate(zip(
           CDI_BULLETS,
           ["'Believe the victim' in call-handling script", "Incident log summary QA",
            "Multiple crime recording guidance", "Crime recording without awaiting medicals",
            "Online crime triage in the Contact Centre"],
           ["Complete.", "Complete – QA monthly, 96% compliant.", "Complete.",
            "Complete – FCR audit Feb 2024.", "Complete.",
            ]))],
      "One recommendation split into five bullet rows, all GREEN, with a submission date; "
      "HMICFRS Being progressed. Closeable_submit, all five rows.",
      sdate=D(2024, 7, 9), comment="Force evidence received 01/07/2024 – under review."),
    I("cdi_stalk", "CDI", AFI,
      PEEL_AFI.format("make sure it records reports of stalking and harassment accurately and "
                      "without delay"), "O", "Being progressed", "in_sync",
      [F("L", "AMBER", ref="plain",
         action="Stalking & harassment recording audit",
         update="FCR audit: 84% compliance for S&H recording.", copy="Being progressed",
         lead="Force Crime Registrar", port="DCC")],
      "Open on both. Verbatim.", sdate=D(2024, 7, 9), comment=MON),
    # ---------------- Custody 2020 (force)
    I("cust_child", "CUST", REC, CHILD_DETENTION, "O", "Being progressed", "in_sync",
      [F("L", "AMBER", ref="plain",
         text="Within six months the force should, in conjunction with children's social care "
              "services, review how it manages the detention of children. As a minimum it "
              "should:\n• ensure that all children are only detained when absolutely necessary "
              "and for the absolute minimum amount of time;\n• ensure that officers and staff "
              "in the custody suite assess at an early stage a child's need for alternative "
              "accomodation (secure or otherwise) and work with children's social care services "
              "to achieve the most appropriate option for the child;\n• ensure that custody "
              "staff make a record of all actions taken and decisions made on the relevant "
              "documentation; and\n• improve the timeliness of adequate appropriate adult "
              "support for children who are arrested.",
         action="Children in custody protocol with both local authorities",
         update="Protocol signed with one LA; second LA pending.", copy="Being progressed",
         lead="Ch Insp Custody", port="ACC Local Policing")],
      "Open on both. Bullets reflowed onto lines, one misspelling.",
      sdate=D(2024, 2, 26), comment=MON),
    I("cust_mh", "CUST", AFI,
      PEEL_AFI.format("make sure officers and staff have the training they need to identify "
                      "and respond to people with mental ill health"), "C", "Complete",
      "closeable_local",
      [F("L", "AMBER", ref="plain",
         text="The force should make sure officers & staff have the training they need to "
              "identify and respond to people with mental ill health.",
         action="Mental health awareness training for custody staff",
         update="Training delivered to custody; response officers next.",
         copy="Being progressed", lead="Ch Insp Custody", port="ACC Local Policing")],
      "HMICFRS closed (Complete); force still AMBER.",
      sdate=D(2024, 8, 1), comment=COMPLETE),
    # ---------------- Police powers 2021 national
    I("pow_comm", "POWERS", NAT,
      "By July 2022, forces should ensure that officers and staff have effective communication "
      "skills, in line with the National Policing Guidelines on Conflict Management. This should "
      "be in addition to existing training on conflict management and de-escalation.", "O",
      "Being progressed", "closeable_submit",
      [F("L", "GREEN", ref="plain",
         action="Communication skills in OST and PDU", update="Complete – submitted.",
         sub=D(2024, 6, 18), copy="Being progressed", lead="Head of Learning & Development",
         port="Director of People")],
      "HMICFRS open; force GREEN, submitted.", sdate=D(2024, 3, 1), comment=MON),
    I("pow_cpd", "POWERS", NAT,
      "By July 2021, forces should ensure that communication skills are reinforced as part of "
      "the programme of continuing professional development for officers and staff, and that "
      "supervisors are supported to routinely and frequently debrief officers on these skills "
      "using body-worn video footage.", "O", "Being progressed", "in_sync",
      [F("L", "AMBER", ref="plain",
         text="By July 2021, forces should ensure that communication skills are reinforced as "
              "part of the programme of CPD for officers & staff, and that supervisors are "
              "supported to routinely and frequently debrief officers on these skills using BWV "
              "footage.",
         action="BWV debrief guidance for sergeants",
         update="Guidance drafted; sergeants' CPD day in February.", copy="Being progressed",
         lead="Head of Learning & Development", port="Director of People")],
      "Open on both. Abbreviated.", sdate=D(2024, 3, 1), comment=MON),
    I("pow_bwv", "POWERS", NAT, BWV_2021, "C", "Complete", "in_sync",
      [F("C", "CLOSED", ref="plain", no=str(i + 1),
         text=f"By September 2021, forces should {p}", action=act, update=upd,
         sub=D(2024, 1, 15), closed=D(2024, 7, 30), copy="Complete",
         lead="ACC Local Policing", port="ACC Local Policing")
       for i, (p, act, upd) in enumerate(zip(
           BWV_PARTS,
           ["BWV activation policy for all S&S and UoF", "Monthly BWV dip-sample by sergeants",
            "Scrutiny panel BWV viewing sessions"],
           ["Policy in force.", "Dip-sample embedded.", "Panel views 20 clips a quarter."]))],
      "Closed by HMICFRS; the force split it into three part rows, all on its Closed sheet: "
      "in sync, all three rows.", sdate=D(2024, 7, 26), comment=COMPLETE),
    I("pow_mon", "POWERS", NAT,
      "By July 2021, forces should ensure they have effective internal monitoring processes on "
      "the use of force, to help them to identify and understand disproportionate use, explain "
      "the reasons and implement any necessary improvement action.", "O", "Being progressed",
      "closeable_submit",
      [F("L", "GREEN", ref="text",
         action="Use of force dashboard and UoF Scrutiny Panel",
         update="Completed. Evidence submitted to HMICFRS for closure.", sub=D(2024, 6, 18),
         copy="Being progressed", lead="ACC Local Policing", port="ACC Local Policing")],
      "HMICFRS open; force GREEN. Tracker ref as text with prefix.",
      sdate=D(2024, 3, 1), comment=MON),
    # ---------------- PEEL 2021/22 (force)
    I("p21_cl", "P2122", AFI,
      PEEL_AFI.format("improve its understanding of the nature and scale of county lines drug "
                      "dealing in its area"), "O", "Being progressed", "in_sync",
      [F("L", "AMBER", ref="plain",
         action="County lines problem profile", update="Problem profile due November.",
         copy="Being progressed", lead="Head of Intelligence", port="ACC Crime")],
      "Open on both.", sdate=D(2024, 2, 14), comment=MON),
    I("p21_rasso", "P2122", AFI,
      PEEL_AFI.format("make sure investigations of rape and serious sexual offences are "
                      "allocated to officers with the right skills and are effectively "
                      "supervised"), "O", "Being progressed", "closeable_submit",
      [F("L", "GREEN", ref="plain",
         text="The force should make sure investigations of RASSO are allocated to officers "
              "with the right skills and are effectively supervised.",
         action="Op Soteria model; RASSO team allocation",
         update="All RASSO investigations allocated to the specialist team since April. "
                "Submitted.", sub=D(2024, 8, 5), copy="Being progressed",
         lead="Det Ch Supt Force CID", port="ACC Crime")],
      "HMICFRS open; force GREEN, submitted. RASSO abbreviation.",
      sdate=D(2024, 2, 14), comment=MON),
    I("p21_da", "P2122", AFI,
      PEEL_AFI.format("improve how it works with partner organisations to safeguard people at "
                      "risk from domestic abuse"), "O", "Being progressed", "conflict",
      [F("L", "AMBER", typ="Rec", ref="plain",
         action="MARAC review with partners", update="MARAC review commissioned.",
         copy="Being progressed", lead="Ch Supt Public Protection", port="ACC Crime")],
      "Same ref, report and text, but the tracker records it as a Recommendation ('Rec') where "
      "HMICFRS lists an Area for improvement: a type conflict.",
      sdate=D(2024, 2, 14), comment=MON),
    I("p21_fraud", "P2122", AFI,
      PEEL_AFI.format("make sure victims of fraud are kept informed about the progress of "
                      "their case, in line with the Code of Practice for Victims of Crime"), "O",
      "Being progressed", "in_sync",
      [F("L", "AMBER", ref="plain",
         action="Victim updates for fraud via Economic Crime Unit",
         update="VCOP compliance 71% (fraud).", copy="Being progressed",
         lead="Head of Criminal Justice", port="ACC Crime")],
      "Open on both.", sdate=D(2024, 2, 14), comment=MON),
    I("p21_vuln", "P2122", AFI,
      PEEL_AFI.format("improve the timeliness of its response to calls for service involving "
                      "vulnerable adults"), "O", "Being progressed", "in_sync",
      [F("L", "RED", ref="plain",
         action="Response times for vulnerable adults (Grade 2)",
         update="Little work yet undertaken in this area. Unlikely to reach deadlines.",
         copy="Being progressed", lead="Supt Contact Centre", port="ACC Local Policing")],
      "Open on both (RED).", sdate=D(2024, 2, 14), comment=MON),
    I("p21_ocsa", "P2122", AFI,
      PEEL_AFI.format("make sure it has enough specialist capacity and capability to "
                      "investigate online child sexual abuse"), "O", "Being progressed",
      "closeable_submit",
      [F("C", "GREEN", ref="plain",
         action="POLIT team uplift (4 DCs)",
         update="Uplift complete; backlog cleared. Submitted 12/02/2024.", sub=D(2024, 2, 12),
         closed=D(2024, 2, 12), copy="Being progressed", lead="Det Ch Supt Force CID",
         port="ACC Crime")],
      "HMICFRS open; force moved it to its Closed sheet as GREEN.",
      sdate=D(2024, 2, 14), comment=MON),
    I("p21_asb", "P2122", AFI,
      PEEL_AFI.format("make sure its performance framework gives senior leaders a clear "
                      "picture of its response to anti-social behaviour"), "C", "Complete",
      "in_sync",
      [F("L", "GREEN", ref="plain",
         action="ASB measures in Force Performance pack",
         update="Completed. Evidence submitted to HMICFRS for closure.", sub=D(2024, 3, 20),
         copy="Being progressed", lead="Head of Corporate Development",
         port="ACC Local Policing")],
      "Closed by HMICFRS; force GREEN on Live sheet: done on both.",
      sdate=D(2024, 8, 19), comment=COMPLETE),
    I("p21_soc", "P2122", AFI,
      PEEL_AFI.format("improve how it gathers, assesses and acts on intelligence about serious "
                      "and organised crime"), "C", "Superseded", "closeable_local",
      [F("L", "AMBER", ref="plain",
         text="The force should improve how it gathers, assesses and acts on intelligence about "
              "SOC.",
         action="SOC intelligence development (Regional Organised Crime Unit link)",
         update="Intelligence Hub restructure consultation closes December.",
         copy="Being progressed", lead="Head of Intelligence", port="ACC Crime")],
      "HMICFRS closed as Superseded; force still AMBER.",
      sdate=D(2024, 4, 2),
      comment="Superseded by the force's PEEL 2023–2025 areas for improvement."),
    I("p21_ps", "P2122", AFI,
      PEEL_AFI.format("develop a problem-solving approach to anti-social behaviour, working "
                      "with local communities and partners"), "O", "Being progressed", "in_sync",
      [F("L", "AMBER", ref="plain",
         action="OSARA problem-solving training for NPTs",
         update="Training 60% complete.", copy="Being progressed",
         lead="ACC Local Policing", port="ACC Local Policing")],
      "Open on both.", sdate=D(2024, 2, 14), comment=MON),
    I("p21_hate", "P2122", AFI,
      PEEL_AFI.format("make sure it records reports of hate crime accurately and without "
                      "delay"), "O", "Awaiting review", "in_sync",
      [F("L", "AMBER", ref="plain",
         action="Hate crime recording audit",
         update="Audit scheduled January.", copy="Awaiting review",
         lead="Force Crime Registrar", port="DCC")],
      "Open on both (Awaiting review / AMBER).", sdate=D(2024, 9, 12), comment=NEWREC),
    I("p21_vcoc", "P2122", COC,
      "The size of the vetting backlog within Cumbria Constabulary is a cause of concern.", "O",
      "Being progressed", "in_sync",
      [F("L", "AMBER", typ="CoC", ref="plain",
         action="Vetting backlog recovery plan",
         update="Backlog 310 (was 1,120).", copy="Being progressed",
         lead="Head of Professional Standards", port="DCC")],
      "Cause of concern, open on both.", sdate=D(2024, 2, 14), comment=MON),
    I("p21_vrec", "P2122", REC,
      "Within six months Cumbria Constabulary should ensure all staff have received at least "
      "the lowest level of vetting clearance for their roles as quickly as possible, working to "
      "clear both the vetting backlog and new vetting renewals when they become due so that it "
      "complies fully with the national vetting guidelines.", "O", "Being progressed",
      "closeable_submit",
      [F("L", "GREEN", ref="plain",
         text="Within six months the force should ensure all staff have received at least the "
              "lowest level of vetting clearance for their roles as quickly as possible, working "
              "to clear both the vetting backlog and new vetting renewals when they become due "
              "so that it complies fully with the national vetting guidelines.",
         action="All staff hold at least RV/NPPV1",
         update="All staff vetted to minimum level (Aug). Submitted for closure.",
         sub=D(2024, 9, 2), copy="Being progressed", lead="Head of Professional Standards",
         port="DCC")],
      "HMICFRS open; force GREEN (rec under the vetting CoC; the CoC itself stays open).",
      sdate=D(2024, 2, 14), comment=MON),
    # ---------------- PEEL 2023-25 (force)
    I("p23_vawg", "P2325", AFI,
      PEEL_AFI.format("make sure officers and staff have the training they need to identify "
                      "and respond to violence against women and girls"), "O", "Awaiting review",
      "in_sync",
      [F("L", rag, ref="plain", no=str(i + 1),
         action=act, update=upd, copy="Awaiting review", lead=ld, port="ACC Crime")
       for i, (rag, act, upd, ld) in enumerate([
           ("AMBER", "Action 1: VAWG input in Initial Police Learning",
            "Input designed; first cohort January.", "Head of Learning & Development"),
           ("GREEN", "Action 2: VAWG e-learning for all staff",
            "Complete – 93% completion.", "Head of Learning & Development"),
           ("AMBER", "Action 3: VAWG CPD day for response sergeants",
            "Dates set for Q4.", "Ch Supt Public Protection")])],
      "One AFI tracked as three action rows (AFI text repeated on each). One GREEN, two "
      "AMBER, so the force item is open; HMICFRS Awaiting review: in sync, all three rows.",
      sdate=D(2024, 4, 4), comment=NEWREC),
    I("p23_rep", "P2325", AFI,
      PEEL_AFI.format("improve the timeliness of its response to calls for service involving "
                      "repeat victims"), "O", "Awaiting review", "in_sync",
      [F("L", "AMBER", ref="plain",
         action="Repeat victim flag in STORM", update="Flag live; attendance data monthly.",
         copy="Awaiting review", lead="Supt Contact Centre", port="ACC Local Policing")],
      "Open on both.", sdate=D(2024, 4, 4), comment=NEWREC),
    I("p23_knife", "P2325", AFI,
      PEEL_AFI.format("make sure its analysis of knife crime informs its strategic assessment "
                      "and control strategy"), "O", "Awaiting review", "conflict",
      [F("L", "AMBER", ref="plain", rep="P2122", pub="P2122",
         action="Knife crime in Strategic Assessment 2024",
         update="Included in draft Strategic Assessment.", copy="Awaiting review",
         lead="Head of Intelligence", port="ACC Crime")],
      "Same HMICFRS ID and text, but the tracker files it in the PEEL 2021/22 block with that "
      "report's publication date (Jul-22); HMICFRS lists it under PEEL 2023–2025 (14/03/2024): "
      "report and date conflict.", sdate=D(2024, 4, 4), comment=NEWREC),
    I("p23_stalk", "P2325", AFI,
      PEEL_AFI.format("make sure it consistently uses ancillary orders and other powers to "
                      "protect victims of stalking and harassment"), "O", "Awaiting review",
      "in_sync",
      [F("L", "AMBER", ref="plain",
         text="The force should make sure it consistently uses ancillary orders & other powers "
              "to protect victims of stalking & harassment (SPOs).",
         action="Stalking Protection Order SPOC and legal support",
         update="SPO applications 14 YTD.", copy="Awaiting review",
         lead="Ch Supt Public Protection", port="ACC Crime")],
      "Open on both.", sdate=D(2024, 4, 4), comment=NEWREC),
    I("p23_youth", "P2325", AFI,
      PEEL_AFI.format("evaluate its work to prevent youth violence and share what works across "
                      "the force"), "O", "Awaiting review", "missing_from_force", None,
      "Open (Awaiting review) on HMICFRS list; never added to the force tracker.",
      sdate=D(2024, 4, 4), comment=NEWREC),
    I("p23_clint", "P2325", AFI,
      PEEL_AFI.format("improve how it gathers, assesses and acts on intelligence about county "
                      "lines drug dealing"), "O", "Awaiting review", "in_sync",
      [F("L", "AMBER", ref="plain",
         action="County lines intelligence requirement; CHIS tasking",
         update="Intelligence requirement issued.", copy="Awaiting review",
         lead="Head of Intelligence", port="ACC Crime")],
      "Open on both. Close in wording to the PEEL 2021/22 county lines AFI (different item, "
      "different ref).", sdate=D(2024, 4, 4), comment=NEWREC),
    I("p23_data", "P2325", AFI,
      PEEL_AFI.format("make sure it has access to accurate data and analysis to support "
                      "effective performance management"), "O", "Awaiting review",
      "closeable_submit",
      [F("L", "GREEN", ref="plain",
         action="Power BI performance suite", update="Complete – evidence sent 26/09/2024.",
         sub=D(2024, 9, 26), copy="Awaiting review", lead="Head of Corporate Development",
         port="DCC")],
      "HMICFRS open (Awaiting review); force GREEN, submitted.",
      sdate=D(2024, 4, 4), comment=NEWREC),
    I("p23_hba", "P2325", AFI,
      PEEL_AFI.format("review its approach to honour-based abuse to make sure victims receive a "
                      "consistently good service"), "O", "Awaiting review", "in_sync",
      [F("L", "AMBER", ref="blank",
         action="HBA policy review", update="Task & Finish group set up.",
         copy="Awaiting review", lead="Ch Supt Public Protection", port="ACC Crime")],
      "Open on both; no ref on the tracker row.", sdate=D(2024, 4, 4), comment=NEWREC),
    I("p23_econ", "P2325", AFI,
      PEEL_AFI.format("make sure investigations of economic crime are allocated to officers "
                      "with the right skills and are effectively supervised"), "O",
      "Awaiting review", "in_sync",
      [F("L", "AMBER", ref="plain",
         text="Econ crime investigations – allocate to officers with the right skills; "
              "effective supervision",
         action="Economic Crime Unit allocation policy",
         update="Allocation policy in draft.", copy="Awaiting review",
         lead="Det Ch Supt Force CID", port="ACC Crime")],
      "Open on both. Heavily abridged tracker text, matched through the shared ref.",
      sdate=D(2024, 4, 4), comment=NEWREC),
    I("p23_cult", "P2325", AFI,
      PEEL_AFI.format("put plans in place to monitor, including through the gathering and "
                      "analysis of staff feedback, team cultures and provide prompt remedial "
                      "action for any issues it identifies"), "O", "Awaiting review",
      "closeable_submit",
      [F("L", "GREEN", ref="plain",
         action="Culture dashboard (staff survey, grievances, PSD data) to People Board",
         update="Completed. Evidence submitted to HMICFRS for closure.", sub=D(2024, 9, 26),
         copy="Awaiting review", lead="Director of People", port="Director of People")],
      "HMICFRS open; force GREEN, submitted.", sdate=D(2024, 4, 4), comment=NEWREC),
    # ---------------- Stop and search 2 (2015): closed by HMICFRS, never on tracker
    I("sas15", "SAS15", NAT,
      "Chief constables should, in consultation with police and crime commissioners, ensure "
      "that they comply with the Code of Practice by explaining to the public the way stop and "
      "search powers are used in their areas and by making arrangements for stop and search "
      "records to be scrutinised by community representatives. This should be done in a way "
      "that involves those people who are stopped and searched, for example young people.",
      "C", "Complete", "missing_from_force", None,
      "On the HMICFRS Recently closed sheet; the force tracker has no row for it (the 2013 "
      "stop and search rows on the Closed sheet are different recommendations).",
      sdate=D(2024, 6, 17), comment=COMPLETE),
]

# Force rows with no HMICFRS item: (after report key, sheet, dict)
LOCALS = [
    ("EFF16", dict(sheet="L", typ="Local", rag="AMBER",
                   text="Force action - Dip-sample 50 domestic abuse crime reports each quarter "
                        "and report findings to the Crime Standards Board",
                   action="Crime Standards dip-sample", update="Q2 dip-sample done; 88%.",
                   lead="Force Crime Registrar", port="ACC Crime",
                   why="The force's own local action after the DA cause of concern; never an "
                       "HMICFRS item.")),
    ("POWERS", dict(sheet="L", typ="Nat Rec", rag="WHITE", ref="none",
                    text="The Home Office and the NPCC should take steps to ensure that the "
                         "quality of the data collected on the number of incidents where force "
                         "has been used to effect a stop and search is sufficient for "
                         "publication. The Home Office should publish this data as soon as "
                         "possible.",
                    action="None – for Home Office / NPCC",
                    update="Not the force's responsibility to deliver; dependent upon another "
                           "organisation.", lead=None, port="ACC Local Policing",
                    why="National recommendation for the Home Office and NPCC, tracked WHITE; "
                        "HMICFRS does not hold it against the force.")),
    ("P2122", dict(sheet="L", typ="Local", rag="GREEN",
                   text="JAC action: Internal audit of the vetting governance arrangements "
                        "(audit plan 2023/24)",
                   action="Internal audit (TIAA) of vetting", update="Audit complete; "
                   "reasonable assurance.", lead="Head of Professional Standards", port="DCC",
                   why="Joint Audit Committee action, force's own.")),
    ("P2325", dict(sheet="L", typ="Local", rag="AMBER",
                   text="Force improvement plan: Refresh the violence against women and girls "
                        "problem profile and add it to the control strategy",
                   action="VAWG problem profile", update="Analyst allocated.",
                   lead="Head of Intelligence", port="ACC Crime",
                   why="Force improvement-plan action, not an HMICFRS item.")),
    ("P2325", dict(sheet="L", typ="Local", rag="AMBER",
                   text="Local action: Add knife crime measures to the monthly Force "
                        "Performance pack",
                   action="Performance pack change", update="Measures agreed; Nov pack.",
                   lead="Head of Corporate Development", port="DCC",
                   why="Local action linked to the knife crime AFI; force's own.")),
    ("AUST", dict(sheet="L", typ="Nat Rec", rag="AMBER", ref="none",
                  text="In preparation for the next spending round period all Chief Constables "
                       "and PCCs should review their plans for collaboration. In particular they "
                       "should consider whether there is scope to deliver better value for money "
                       "and improved capability and capacity through joint working with other "
                       "forces, the public and/or the private sector.",
                  action="Collaboration review via North West Collaboration Board",
                  update="Addressed holistically as part of the force change programme.",
                  lead="Director of Finance", port="Director of Finance",
                  why="Old 2014 national recommendation the force still has open; HMICFRS no "
                      "longer lists it (closed long ago). Query with HMICFRS.")),
    ("SAS13", dict(sheet="C", typ="Nat Rec", rag="CLOSED", ref="none",
                   text="Chief Constables should establish or improve monitoring of the way "
                        "officers stop and search people, so that they can be satisfied their "
                        "officers are acting in accordance with the law (including equality "
                        "legislation and the Code of Practice), and that the power is used "
                        "effectively to prevent crime, catch criminals and maintain public "
                        "trust.",
                   action="S&S monitoring (Best Use of S&S scheme)", update="Closed by HMIC "
                   "2016.", sub=D(2015, 10, 29), closed=D(2016, 4, 12), copy="Complete",
                   lead="ACC Local Policing", port="ACC Local Policing",
                   why="Closed long ago on both sides; not on this return (which lists only "
                       "items closed since the last return).")),
    ("SAS13", dict(sheet="C", typ="Nat Rec", rag="CLOSED", ref="none",
                   text="Chief Constables and the College of Policing should establish in the "
                        "Stop and Search Authorised Professional Practice document a clear "
                        "specification of what constitutes the effective and fair exercise of "
                        "stop and search powers, and guidance in this respect. This should be "
                        "compliant with the Code of Practice.",
                   action="S&S policy aligned to APP", update="Closed by HMIC 2016.",
                   sub=D(2015, 10, 29), closed=D(2016, 4, 12), copy="Complete",
                   lead="ACC Local Policing", port="ACC Local Policing",
                   why="2013 report item (partly for the College of Policing), closed long "
                       "ago on both sides; not on this return.")),
    ("AUST", dict(sheet="C", typ="Nat Rec", rag="CLOSED", ref="none",
                  text="All Chief Constables and PCCs should review their plans to deliver "
                       "savings to ensure they are doing all they can to continue to reduce "
                       "crime and protect the front line while balancing their budgets. They "
                       "should use the data and information contained in this report, and in "
                       "HMIC's Value for Money profiles, when conducting their reviews",
                  action="MTFP savings review", update="Closed 2015.", sub=D(2015, 2, 10),
                  closed=D(2015, 6, 30), copy="Complete", lead="Director of Finance",
                  port="Director of Finance",
                  why="Closed long ago; not on this return.")),
]

# --------------------------------------------------------------------------- refs
used = set()
REF = {}
for key in REPORT_ORDER:
    base = REPORTS[key][5]
    n = base
    for it in ITEMS:
        if it["rep"] == key:
            n += rng.choice([1, 1, 2, 3, 5])
            while n in used:
                n += 1
            used.add(n)
            REF[it["k"]] = n
# the deliberate transposition must not hit a real ref
REF["p18_sup"] = 10417
assert list(REF.values()).count(10417) == 1
TRANSPOSED = 10471
assert TRANSPOSED not in REF.values()

# --------------------------------------------------------------------------- HMICFRS workbook
thin = Side(style="thin", color="BFBFBF")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
YELLOW = PatternFill("solid", fgColor="FFF2CC")
NAVY = PatternFill("solid", fgColor="1F3864")
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_FONT = Font(bold=True, color="FFFFFF")
DATE_FMT = "dd/mm/yyyy"

POSITIONS = ["Not yet started", "In progress – on track", "In progress – off track",
             "Complete – evidence provided", "Propose closure", "Not applicable to force"]


def build_hmicfrs(path: Path) -> dict:
    wb = Workbook()
    ins = wb.active
    ins.title = "Instructions"
    lines = [
        ("OFFICIAL", True),
        ("HMICFRS – Force monitoring return", True),
        ("", False),
        (f"Force: {FORCE}", False),
        ("Return period: Quarter 2 2024/25 (position as at 30/09/2024)", False),
        ("Issued: 07/10/2024          Return by: 08/11/2024", False),
        ("Issued by: HMICFRS Force Liaison Lead for the force. Return to the same by email; "
         "do not upload to the portal.", False),
        ("", False),
        ("How to complete this return", True),
        ("1. The 'Open items' sheet lists every recommendation, cause of concern and area for "
         "improvement that HMICFRS holds as open against the force. Columns A to I are "
         "pre-filled by HMICFRS and are locked. Please do not add, delete, re-order or merge "
         "rows.", False),
        ("2. Complete the shaded columns J to O for every row. 'Force position' must be chosen "
         "from the drop-down list.", False),
        ("3. Where the force considers an item complete, select 'Complete – evidence provided' "
         "and give the evidence reference. HMICFRS will review the evidence and confirm "
         "closure; the HMICFRS status will not change until then.", False),
        ("4. The 'Recently closed' sheet lists items HMICFRS has closed since the last return "
         "(01/04/2024 to 30/09/2024), for information. Please update your own records. You may "
         "add a comment in column J.", False),
        ("5. If the force holds an item that does not appear on either sheet, or believes an "
         "item has been listed in error, tell your Force Liaison Lead in the covering email. "
         "Do not add it to this workbook.", False),
        ("6. Causes of concern are listed as their own rows, followed by the recommendations "
         "that accompany them.", False),
        ("7. 'Force reference' is optional: your own tracker number, if it helps you.", False),
        ("", False),
        ("HMICFRS status", True),
        ("Awaiting review – new item, or force evidence received and not yet assessed.", False),
        ("Being progressed – the force has work under way that HMICFRS is monitoring.", False),
        ("Complete / Superseded / No further action required – closed (Recently closed sheet "
         "only).", False),
    ]
    for i, (t, b) in enumerate(lines, start=1):
        c = ins.cell(row=i, column=1, value=t or None)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if b:
            c.font = Font(bold=True, size=12 if i == 2 else 11)
    ins.column_dimensions["A"].width = 120

    lists = wb.create_sheet("Lists")
    lists["A1"] = "Force position"
    for i, p in enumerate(POSITIONS, start=2):
        lists.cell(row=i, column=1, value=p)
    lists["B1"] = "Y/N"
    lists["B2"], lists["B3"] = "Y", "N"
    lists.sheet_state = "hidden"

    # ---- Open items
    ws = wb.create_sheet("Open items", 1)
    open_items = [it for it in ITEMS if it["hs"] == "O"]
    open_items.sort(key=lambda it: (REPORTS[it["rep"]][1], REF[it["k"]]))
    ws["A1"] = "OFFICIAL"
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"] = (f"{FORCE} – open recommendations, causes of concern and areas for improvement "
                "(as at 30/09/2024)")
    ws["A2"].font = Font(bold=True, size=13)
    ws["A4"] = "PRE-FILLED BY HMICFRS – DO NOT AMEND"
    ws["J4"] = "FORCE TO COMPLETE"
    ws.merge_cells("A4:I4")
    ws.merge_cells("J4:O4")
    for c in ("A4", "J4"):
        ws[c].font = WHITE_FONT
        ws[c].fill = NAVY
        ws[c].alignment = Alignment(horizontal="center")
    heads = ["HMICFRS ref", "Report title", "Publication date", "Type",
             "Recommendation / cause of concern / area for improvement", "Directed at",
             "HMICFRS status", "Status date", "HMICFRS comment",
             "Force lead (name and rank/grade)", "Force position", "Force update",
             "Evidence reference", "Expected completion date", "Force reference (optional)"]
    widths = [11, 38, 13, 20, 80, 20, 16, 12, 40, 24, 26, 50, 16, 14, 14]
    for j, (h, w) in enumerate(zip(heads, widths), start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = GREY if j <= 9 else YELLOW
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
        ws.column_dimensions[c.column_letter].width = w
    rows = {}
    r = 6
    for it in open_items:
        title, pub, directed = REPORTS[it["rep"]][:3]
        vals = [REF[it["k"]], title, pub, it["typ"], it["text"], directed, it["st"], it["sdate"],
                it["comment"]]
        fll = it["fll"] or (None,) * 5
        vals += list(fll[:5])
        vals.append(None)
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if j in (3, 8, 14) and v is not None:
                c.number_format = DATE_FMT
            if j >= 10:
                c.fill = YELLOW
                c.protection = Protection(locked=False)
        rows[it["k"]] = f"Open items!{r}"
        r += 1
    last = r - 1
    ws.cell(row=r + 1, column=1,
            value=f"End of list – {len(open_items)} open items. Do not add rows below this line.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True)
    ws.freeze_panes = "B6"
    ws.auto_filter.ref = f"A5:O{last}"
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$7", allow_blank=True,
                        showErrorMessage=True, errorTitle="Force position",
                        error="Please choose a value from the list.")
    dv.add(f"K6:K{last}")
    ws.add_data_validation(dv)
    dv2 = DataValidation(type="date", operator="greaterThan", formula1="45292",
                         allow_blank=True)
    dv2.add(f"N6:N{last}")
    ws.add_data_validation(dv2)
    ws.protection.sheet = True
    ws.protection.autoFilter = False
    ws.protection.sort = False
    ws.protection.password = "hmicfrs"

    # ---- Recently closed
    ws2 = wb.create_sheet("Recently closed", 2)
    closed_items = [it for it in ITEMS if it["hs"] == "C"]
    closed_items.sort(key=lambda it: (REPORTS[it["rep"]][1], REF[it["k"]]))
    ws2["A1"] = "OFFICIAL"
    ws2["A1"].font = Font(bold=True, color="C00000")
    ws2["A2"] = ("Items closed by HMICFRS since the last return (01/04/2024 – 30/09/2024) – for "
                 "information")
    ws2["A2"].font = Font(bold=True, size=13)
    heads2 = ["HMICFRS ref", "Report title", "Publication date", "Type",
              "Recommendation / cause of concern / area for improvement", "Directed at",
              "Closure status", "Date closed", "Closure rationale", "Force comment (optional)"]
    widths2 = [11, 38, 13, 20, 80, 20, 22, 12, 50, 40]
    for j, (h, w) in enumerate(zip(heads2, widths2), start=1):
        c = ws2.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = GREY if j <= 9 else YELLOW
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
        ws2.column_dimensions[c.column_letter].width = w
    r = 5
    for it in closed_items:
        title, pub, directed = REPORTS[it["rep"]][:3]
        vals = [REF[it["k"]], title, pub, it["typ"], it["text"], directed, it["st"], it["sdate"],
                it["comment"], None]
        for j, v in enumerate(vals, start=1):
            c = ws2.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if j in (3, 8) and v is not None:
                c.number_format = DATE_FMT
            if j == 10:
                c.fill = YELLOW
                c.protection = Protection(locked=False)
        rows[it["k"]] = f"Recently closed!{r}"
        r += 1
    ws2.freeze_panes = "B5"
    ws2.auto_filter.ref = f"A4:J{r - 1}"
    ws2.protection.sheet = True
    ws2.protection.autoFilter = False
    ws2.protection.password = "hmicfrs"
    wb.active = 1
    save_deterministic(wb, path)
    return rows


# --------------------------------------------------------------------------- force tracker
RAG_FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF",
            "CLOSED": "BFBFBF"}
THEAD = ["Trk No.", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI",
         "Force action", "Portfolio", "Lead", "RAG", "Latest update",
         "Date submitted for closure", "HMICFRS status (last return)"]
TWIDTHS = [8, 11, 26, 10, 8, 70, 38, 18, 26, 9, 50, 13, 18]


def tracker_ref(mode, k):
    ref = REF[k]
    if mode == "plain":
        return ref
    if mode == "ref":
        return ref
    if mode == "text":
        return f"ID {ref}"
    if mode == "transposed":
        return TRANSPOSED
    return None  # blank / none


def pub_cell(rep):
    v = REPORTS[rep][4]
    return v


def build_tracker(path: Path) -> tuple[dict, list]:
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    live = wb.create_sheet("Live tracker")
    clo = wb.create_sheet("Closed")

    # ---- collect force rows, grouped by report in chronological order
    live_rows, closed_rows = [], []
    for rep in REPORT_ORDER:
        group = []
        for it in ITEMS:
            if it["force"] is None:
                continue
            for fr in it["force"]:
                frep = fr["rep"] or it["rep"]
                if frep != rep:
                    continue
                group.append((it, fr))
        for lrep, d in LOCALS:
            if lrep == rep:
                group.append((None, d))
        for it, fr in group:
            (live_rows if fr["sheet"] == "L" else closed_rows).append((rep, it, fr))
    # misfiled rows sit at the end of the block they were filed under: move them there
    def sort_key(t):
        rep, it, fr = t
        return REPORT_ORDER.index(rep)
    live_rows.sort(key=sort_key)  # stable
    closed_rows.sort(key=lambda t: (t[2].get("closed") or D(2000, 1, 1)))

    def row_values(num, rep, it, fr):
        title, pub, directed, tname, tpub, _ = REPORTS[rep]
        if it is None:
            ref = None
            typ = fr["typ"]
            text = fr["text"]
            copy = fr.get("copy")
        else:
            ref = tracker_ref(fr["ref"], it["k"])
            typ = fr["typ"] or FT[it["typ"]]
            text = fr["text"] or it["text"]
            copy = fr["copy"]
        return [num, ref, tname, tpub, typ, text, fr.get("action"), fr.get("port"),
                fr.get("lead"), fr["rag"], fr.get("update"), fr.get("sub"), copy]

    def write_row(ws, r, vals, rag):
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.date):
                c.number_format = "mmm-yy" if j == 4 else DATE_FMT
        key = str(rag).upper()
        if key in RAG_FILL:
            ws.cell(row=r, column=10).fill = PatternFill("solid", fgColor=RAG_FILL[key])

    # ---- Live tracker sheet
    live["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
    live["A1"].font = Font(bold=True, size=14)
    live["A2"] = ("Maintained by Strategic Development (Force Liaison). Last updated 11/10/2024 "
                  "– after Q2 2024/25 return issued.")
    live["A3"] = ("RAG key: GREEN = implemented, evidence held / submitted for closure; AMBER = "
                  "in progress, on track; RED = off track or overdue; WHITE = not the force's to "
                  "deliver. Items move to the Closed tab once HMICFRS confirm closure.")
    live["A3"].font = Font(italic=True)
    HR = 5
    for j, (h, w) in enumerate(zip(THEAD, TWIDTHS), start=1):
        c = live.cell(row=HR, column=j, value=h)
        c.font = WHITE_FONT
        c.fill = NAVY
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
        live.column_dimensions[c.column_letter].width = w
    rowmap = {}  # (item key, idx) -> row id ; local rows by index
    local_rows = []
    r = HR + 1
    prev_rep = None
    n = 0
    item_num = {}
    for rep, it, fr in live_rows:
        if prev_rep is not None and rep != prev_rep:
            r += 1  # blank separator row between report blocks
        prev_rep = rep
        if it is not None and it["k"] in item_num and fr.get("no"):
            num = f"{item_num[it['k']]}{fr['no'] if fr['no'].isalpha() else '.' + fr['no']}"
        else:
            n += 1
            if it is not None:
                item_num[it["k"]] = n
            num = n
            if it is not None and fr.get("no"):
                num = f"{n}{fr['no'] if fr['no'].isalpha() else '.' + fr['no']}"
        write_row(live, r, row_values(num, rep, it, fr), fr["rag"])
        rid = f"Live tracker!{r}"
        if it is None:
            local_rows.append((rid, fr))
        else:
            rowmap.setdefault(it["k"], []).append(rid)
        r += 1
    live_last = r - 1
    live.freeze_panes = "C6"
    live.auto_filter.ref = f"A{HR}:M{live_last}"

    # ---- Closed sheet
    clo["A1"] = "Closed items – HMICFRS tracker"
    clo["A1"].font = Font(bold=True, size=14)
    clo["A2"] = ("Items move here when HMICFRS confirm closure, or when GREEN and the evidence "
                 "has been submitted.")
    heads = THEAD + ["Date closed"]
    for j, h in enumerate(heads, start=1):
        c = clo.cell(row=3, column=j, value=h)
        c.font = WHITE_FONT
        c.fill = NAVY
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
        clo.column_dimensions[c.column_letter].width = (TWIDTHS + [12])[j - 1]
    r = 4
    cn = 0
    cnum = {}
    for rep, it, fr in closed_rows:
        if it is not None and it["k"] in cnum:
            num = f"C{cnum[it['k']]}.{fr['no']}"
        else:
            cn += 1
            num = f"C{cn}"
            if it is not None:
                cnum[it["k"]] = cn
                if fr.get("no"):
                    num = f"C{cn}.{fr['no']}"
        vals = row_values(num, rep, it, fr) + [fr.get("closed")]
        write_row(clo, r, vals, fr["rag"])
        rid = f"Closed!{r}"
        if it is None:
            local_rows.append((rid, fr))
        else:
            rowmap.setdefault(it["k"], []).append(rid)
        r += 1
    clo.freeze_panes = "C4"

    # ---- Summary sheet (formulas only; not items)
    summ["A1"] = "HMICFRS tracker – summary"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A3"], summ["B3"] = "RAG", "Live items"
    for i, g in enumerate(["RED", "AMBER", "GREEN", "WHITE"], start=4):
        summ.cell(row=i, column=1, value=g)
        summ.cell(row=i, column=2, value=f"=COUNTIF('Live tracker'!J:J,\"{g}\")")
    summ["A8"] = "Total live"
    summ["B8"] = "=SUM(B4:B7)"
    summ["A9"] = "Closed (tab)"
    summ["B9"] = "=COUNTA(Closed!A:A)-3"
    summ["A11"] = "Next JAC: 05/12/2024. Q2 return due to HMICFRS 08/11/2024."
    summ.column_dimensions["A"].width = 24
    wb.active = 1
    save_deterministic(wb, path)
    return rowmap, local_rows


# --------------------------------------------------------------------------- determinism
FIXED = (2024, 10, 11, 9, 0, 0)


def save_deterministic(wb, path: Path):
    wb.properties.creator = "HMICFRS" if "hmicfrs" in path.name else "Strategic Development"
    wb.properties.created = dt.datetime(*FIXED)
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-10-11T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- main
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs(OUT / "hmicfrs.xlsx")
    frows, local_rows = build_tracker(OUT / "tracker.xlsx")
    lines = []
    for it in ITEMS:
        h = hrows[it["k"]]
        if it["force"] is None:
            lines.append((h, "", it["cat"], it["why"]))
        else:
            for rid in frows[it["k"]]:
                lines.append((h, rid, it["cat"], it["why"]))
    for rid, fr in local_rows:
        lines.append(("", rid, "not_on_hmicfrs_list", fr["why"]))

    def sk(t):
        def one(s):
            if not s:
                return ("~", 0)
            sh, rr = s.rsplit("!", 1)
            return (sh, int(rr))
        return (one(t[0]), one(t[1]))
    lines.sort(key=sk)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
