"""Build the `status_key_sheet` evaluation case (round 28).

Layout: a force tracker (tracker.xlsx) whose Status column uses the force's own status
vocabulary, defined on a separate "Guidance" sheet (status word, meaning, and whether the word
means the force counts the item as complete).  The HMICFRS side is a register export
(hmicfrs.xlsx, one sheet, header on row 1).  Truth reads force status through the key.

Run:  /work/main/.venv/bin/python build_status_key_sheet.py
Rebuilds status_key_sheet/ byte for byte (fixed seed, fixed workbook timestamps).
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

SEED = 20251206
HERE = Path(__file__).resolve().parent
OUT = HERE / "status_key_sheet"
FIXED_TIME = (2025, 11, 14, 9, 30, 0)
FIXED_ISO = "2025-11-14T09:30:00Z"

FORCE = "Lincolnshire Police"
HM_SHEET = "Recommendations"
TR_SHEET = "HMICFRS Tracker"
KEY_SHEET = "Guidance"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --------------------------------------------------------------------------------------------
# The force's status key (Guidance sheet).  word -> (meaning, complete for the force?)
# --------------------------------------------------------------------------------------------
KEY = [
    ("Not started", "Item received and logged; no lead allocated or no work begun yet.", "No",
     "D9D9D9"),
    ("On track", "Work under way and expected to be delivered by the target date.", "No",
     "FFEB9C"),
    ("Delayed", "Work under way but the target date has passed or is at risk. The Update must "
     "give the reason and a revised date.", "No", "FFC7CE"),
    ("Evidence gathering", "Lead believes the actions are delivered; evidence of impact is "
     "still being collated for the Organisational Learning Board (OLB). Not complete.", "No",
     "FFEB9C"),
    ("Awaiting sign-off", "Evidence pack submitted to the chief officer lead / OLB but not yet "
     "signed off. Remains open until the OLB signs it off.", "No", "FFEB9C"),
    ("Assurance pending", "Signed off by the OLB. Force Inspection & Audit will dip-sample to "
     "confirm it is embedded; counts as delivered and may be submitted to HMICFRS.", "Yes",
     "C6EFCE"),
    ("Proposed for closure", "Signed off by the OLB and submitted to HMICFRS via the Force "
     "Liaison Lead for closure.", "Yes", "C6EFCE"),
    ("BAU (Business as usual)", "Done and embedded in normal business (policy, process or "
     "performance framework). No further action.", "Yes", "9BC2E6"),
    ("Transferred", "No further action on this tracker: ownership moved to another force plan "
     "(e.g. VAWG Delivery Plan, Digital Policing Programme) or to the NPCC / a national lead. "
     "The Update names where.", "Yes", "9BC2E6"),
    ("Superseded", "Replaced by a later HMICFRS recommendation or AFI (cross-reference in the "
     "Update). No further action on this line.", "Yes", "BFBFBF"),
    ("Closed by HMICFRS", "HMICFRS has confirmed the item closed on its register.", "Yes",
     "BFBFBF"),
]
#: How the tracker's status cells are read through the key (an analyst's reading: case,
#: hyphen and the "BAU" spellings are the same word; legacy "Complete" per the key's note).
FORCE_DONE = {"assurance pending", "proposed for closure", "bau", "business as usual",
              "bau - embedded", "transferred", "superseded", "closed by hmicfrs", "complete"}
FORCE_OPEN = {"not started", "on track", "delayed", "evidence gathering", "awaiting sign-off",
              "awaiting sign off", ""}
HM_OPEN = {"Awaiting review", "Being progressed"}
HM_CLOSED = {"Complete", "Superseded"}

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, force's own name for it)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core business"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "ncpi17": ("National child protection inspection 2017", dt.date(2017, 6, 20), "NCPI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "efy17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 24), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 5, 12), "PEEL 2021/22"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 dt.date(2024, 3, 21), "PEEL 23-24"),
}
# Force report names for rows HMICFRS does not hold.
LOCAL_REPORT_LEG15 = "PEEL Legit 15"

# --------------------------------------------------------------------------------------------
# Real texts (Open Government Licence; copied from the casegen text lists and
# /work/shared/data/real_recommendations.csv).  Force-level items use the real stems and
# bodies, with Lincolnshire Police as the force.
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
NCPI_CHILDREN = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
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
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
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

# --------------------------------------------------------------------------------------------
# Items.  Each: key, report, HMICFRS ref, type, text, HMICFRS status, force rows.
# A force row: dict(status, text=None (derive), ref=True (same) / None (blank) / "str",
# type=None (derive), update=None (template)).  force=[] -> missing from the tracker.
# conflict="why" -> the pair disagrees on a fact that matters.
# expect = the category the builder asserts (computed independently below).
# --------------------------------------------------------------------------------------------
def F(status, **kw):
    return dict(status=status, **kw)


ITEMS = [
    # ---- Stop and search 2013 (national) ----
    dict(key="sas13-1", rep="sas13", ref=1187, type=NAT, hm="Complete", expect="in_sync",
         text="Chief Constables and the College of Policing should establish in the Stop and "
              "Search Authorised Professional Practice document a clear specification of what "
              "constitutes the effective and fair exercise of stop and search powers, and "
              "guidance in this respect. This should be compliant with the Code of Practice.",
         force=[F("Closed by HMICFRS", ref=None)]),
    dict(key="sas13-2", rep="sas13", ref=1188, type=NAT, hm="Complete", expect="in_sync",
         text="Chief Constables should establish or improve monitoring of the way officers stop "
              "and search people, so that they can be satisfied their officers are acting in "
              "accordance with the law (including equality legislation and the Code of "
              "Practice), and that the power is used effectively to prevent crime, catch "
              "criminals and maintain public trust.",
         force=[F("BAU", ref=None)]),
    dict(key="sas13-3", rep="sas13", ref=1189, type=NAT, hm="Complete", expect="closeable_local",
         text="Chief Constables should, in consultation with elected local policing bodies, "
              "ensure that they comply with the code of practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example, young people.",
         force=[F("Evidence gathering", ref=None,
                  update="Scrutiny panel terms of reference being refreshed with the OPCC; "
                         "youth representation still to be evidenced. Evidence pack due Jan "
                         "2026.")]),
    # ---- Everyone's business 2014 ----
    dict(key="everyone", rep="everyone", ref=2294, type=NAT, hm="Superseded", expect="in_sync",
         text=EVERYONE_PLAN,
         force=[F("Superseded", ref=None,
                  text="Establish and publish a DA action plan setting out the steps the force "
                       "will take to improve its approach to domestic abuse (developed with "
                       "PCC, support organisations, DHRs/IPCC findings, CPS scrutiny panels "
                       "and MARAC self-assessments). By September 2014.",
                  update="Superseded by PEEL Effectiveness 2016 DA cause of concern (ref 6601).")]),
    # ---- Policing in austerity 2014 ----
    dict(key="aust-1", rep="austerity", ref=2561, type=NAT, hm="Complete", expect="in_sync",
         text="All Chief Constables and PCCs should review their plans to deliver savings to "
              "ensure they are doing all they can to continue to reduce crime and protect the "
              "front line while balancing their budgets. They should use the data and "
              "information contained in this report, and in HMIC's Value for Money profiles, "
              "when conducting their reviews",
         force=[F("BAU", ref=None)]),
    dict(key="aust-2", rep="austerity", ref=2562, type=NAT, hm="Complete",
         expect="missing_from_force",
         text="Chief Constables and PCCs in forces planning to deliver less than 10% of their "
              "savings through collaboration should assess whether there is scope to improve "
              "on this position. HMIC will follow up the assessments in the autumn.",
         force=[]),
    dict(key="aust-3", rep="austerity", ref=2563, type=NAT, hm="Complete", expect="in_sync",
         text="Chief Constables and PCCs in forces that are planning to reduce the proportion "
              "of their workforce and/or police officers on the front line should assess "
              "whether they have taken the decisive action seen in many forces in order to "
              "maintain their crime fighting capacity. HMIC will follow up the assessments in "
              "the autumn.",
         force=[F("Transferred", ref=None,
                  update="Transferred to the Medium Term Financial Plan and workforce plan "
                         "(Director of Finance), 2016.")]),
    dict(key="aust-4", rep="austerity", ref=2564, type=NAT, hm="Complete",
         expect="closeable_local",
         text="In preparation for the next spending round period all Chief Constables and PCCs "
              "should review their plans for collaboration. In particular they should consider "
              "whether there is scope to deliver better value for money and improved "
              "capability and capacity through joint working with other forces, the public "
              "and/or the private sector.",
         force=[F("On track", ref=None,
                  update="East Midlands collaboration review (EMSOU / EMCHRS) ongoing; report to "
                         "the PCC's Strategic Board March 2026.")]),
    # ---- Core business 2014 ----
    dict(key="core-1", rep="core", ref=2830, type=NAT, hm="Superseded",
         expect="closeable_local",
         text="Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
              "that have not yet done so, should provide call-handlers with specific, sound and "
              "comprehensible criteria against which they can assess threat, harm and risk.",
         force=[F("Delayed", ref=None,
                  update="THRIVE+ refresh for the Force Control Room delayed by the new command "
                         "and control system go-live. Revised target April 2026.")]),
    dict(key="core-2", rep="core", ref=2831, type=NAT, hm="Complete", expect="in_sync",
         text="By 31 March 2015 all forces should ensure that crime prevention or disruption "
              "activity carried out is systematically recorded and subsequently evaluated to "
              "determine the effectiveness of tactics being employed.",
         force=[F("Business as usual")]),
    # ---- Integrity matters 2015 ----
    dict(key="integrity", rep="integrity", ref=3306, type=NAT, hm="Complete", expect="in_sync",
         text="By 31 August 2015, all chief constables should satisfy themselves that they have "
              "processes in place to ensure that investigations into misconduct by officers "
              "and staff resulting in “no further action” are fair and free of any form of "
              "discrimination.",
         force=[F("Assurance pending",
                  update="Signed off at OLB 9 Sept 2025. PSD disproportionality dip sample by "
                         "Force Inspection & Audit scheduled Feb 2026.")]),
    # ---- Stop and search 2 (2015) ----
    dict(key="sas15", rep="sas15", ref=3512, type=NAT, hm="Complete", expect="in_sync",
         text="Chief constables should, in consultation with police and crime commissioners, "
              "ensure that they comply with the Code of Practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example young people.",
         force=[F("Superseded",
                  update="Superseded by PEEL Legitimacy 2017 stop and search recommendations "
                         "(refs 8542-8545).")]),
    # ---- Building the picture 2015 ----
    dict(key="picture", rep="picture", ref=3740, type=NAT, hm="Being progressed",
         expect="in_sync",
         text="By 30 November 2015, chief constables should put in place arrangements to "
              "scrutinise audits of compliance with the APP on information management through "
              "the force information management governance structure. This should include "
              "measures to ensure that categorisation of records are regularly adjusted.",
         force=[F("evidence gathering")]),
    # ---- Targeting the risk (firearms licensing) 2015 ----
    dict(key="fa-1", rep="firearms", ref=4015, type=NAT, hm="Complete", expect="in_sync",
         text="Within three months, all chief constables should assess how well the governance "
              "of firearms licensing in his or her force meets the standards set out in "
              "Authorised Professional Practice. Chief constables of forces where the "
              "governance standards are not being complied with should put in place "
              "immediately the correct arrangements and procedures in order to meet the "
              "standards in full.",
         force=[F("BAU")]),
    dict(key="fa-2", rep="firearms", ref=4016, type=NAT, hm="Being progressed",
         expect="closeable_submit",
         text="Within three months, all chief constables should assess the demand placed on "
              "their firearms licensing department and ensure it has the capacity to meet this "
              "demand and provide an efficient and effective service at all times.",
         force=[F("Proposed for closure",
                  update="Demand review and uplift of 3 FEOs signed off at OLB 8 July 2025. "
                         "Submitted to HMICFRS via FLL 21 July 2025.")]),
    dict(key="fa-3", rep="firearms", ref=4017, type=NAT, hm="Complete",
         expect="closeable_local",
         text="Immediately, all chief constables should satisfy themselves that all "
              "appropriate action is being taken by their force with regard to ‘total "
              "expired’ licensing records.",
         force=[F("Awaiting sign-off",
                  update="Total expired records cleared (0 outstanding at 30/09/25). Evidence "
                         "pack with ACC Local Policing for sign-off at Dec OLB.")]),
    dict(key="fa-4", rep="firearms", ref=4018, type=NAT, hm="Being progressed",
         expect="closeable_submit",
         text="Within three months, all chief constables should ensure that their arrangements "
              "in respect of the use of temporary permits are in accordance with the Home "
              "Office guidance; that temporary permits are properly recorded without delay on "
              "the National Firearms Licensing Management System; and that effective systems "
              "exist to ensure certificate holders are not permitted, at any time, to remain "
              "in unlawful possession of a firearm.",
         force=[F("Assurance pending",
                  update="Signed off at OLB 14 Oct 2025. FI&A dip sample of temporary permits on "
                         "NFLMS booked for Q4.")]),
    dict(key="fa-5", rep="firearms", ref=4019, type=NAT, hm="Being progressed",
         expect="in_sync",
         text="Within three months, all chief constables should ensure that systems designed "
              "to identify, prior to police attendance, whether a reported incident involves "
              "or is at the address of a firearm certificate holder are in place and are "
              "always applied by staff dispatching officers to incidents; and that officers "
              "understand the risk assessment which they should be undertaking in such "
              "circumstances, and their power, when appropriate, to seize firearms and firearm "
              "certificates.",
         force=[F("Delayed",
                  update="Address flagging depends on the new command and control system; "
                         "go-live moved to March 2026. Revised target June 2026.")]),
    # ---- PEEL effectiveness 2016 (force) ----
    dict(key="eff16-coc", rep="eff16", ref=6601, type=COC, hm="Complete", expect="in_sync",
         text="The force’s current approach to domestic abuse is unacceptable. The proportion of "
              "victims who fail to support the investigation and the low use of police powers "
              "of arrest and prosecution is a cause of concern to HMIC.",
         force=[F("Closed by HMICFRS", update="HMICFRS confirmed closure following the 2018 "
                                              "revisit.")]),
    dict(key="eff16-1", rep="eff16", ref=6602, type=REC, hm="Complete", expect="in_sync",
         text="In order to improve the service it provides to victims of domestic abuse, offer "
              "the best possible protection and bring more perpetrators to justice, the force "
              "should immediately consider ways of increasing the use of arrest, ancillary "
              "orders and other available powers.",
         force=[F("BAU")]),
    dict(key="eff16-2", rep="eff16", ref=6603, type=REC, hm="Complete",
         expect="closeable_local",
         text="To improve the service provided to victims of domestic abuse the force should "
              "immediately take steps to understand and address the reason behind why such a "
              "high proportion of victims of domestic abuse do not support the police "
              "investigation.",
         force=[F("Evidence gathering",
                  update="Victim attrition research with the University of Lincoln complete; "
                         "impact data being collated for OLB.")]),
    dict(key="eff16-3", rep="eff16", ref=6604, type=REC, hm="Superseded", expect="in_sync",
         text="In addition, the practice of conducting domestic abuse risk assessments over the "
              "telephone and dealing with domestic abuse in the resolution centre should cease",
         force=[F("Superseded", update="Superseded by PEEL 2018/19 AFI on DA risk assessment.")]),
    # ---- National child protection inspection 2017 (force) ----
    dict(key="ncpi-coc", rep="ncpi17", ref=7309, type=COC, hm="Complete", expect="in_sync",
         text=MISSING_COC, force=[F("Closed by HMICFRS")]),
    dict(key="ncpi-1", rep="ncpi17", ref=7310, type=REC, hm="Complete", expect="in_sync",
         text=MISSING_REC, force=[F("BAU - embedded")]),
    dict(key="ncpi-2", rep="ncpi17", ref=7311, type=REC, hm="Complete",
         expect="closeable_local", text=NCPI_CHILDREN,
         split="ncpi", force=[
             F("BAU", text="In conjunction with children's social care, review how we manage "
                           "the detention of children. As a minimum: (a) ensure all children "
                           "are only detained when absolutely necessary and for the absolute "
                           "minimum amount of time",
               update="Custody Inspector authorisation for any detention of a child over 4 "
                      "hrs. Embedded."),
             F("BAU", text="(b) ensure custody staff assess at an early stage a child's need "
                           "for alternative accomodation (secure or otherwise) and work with "
                           "children's social care to achieve the most appropriate option",
               update="PACE bed protocol agreed with Lincolnshire County Council."),
             F("Evidence gathering",
               text="(c) ensure custody staff comply with their statutory duties to complete "
                    "detention certificates if a child is detained in police custody following "
                    "charge",
               update="Monthly audit of detention certificates started Sept 2025; 3 months of "
                      "results needed before OLB."),
             F("BAU", text="(d) ensure custody staff make a record of all actions taken and "
                           "decisions made on the relevant documentation",
               update="Custody record QA in place."),
             F("BAU", text="(e) improve the timeliness of adequate appropriate adult support for "
                           "children who are arrested",
               update="Appropriate adult contract re-let 2024; timeliness reported monthly."),
         ]),
    # ---- Stolen freedom 2017 (national) ----
    dict(key="sf-1", rep="stolen", ref=7801, type=NAT, hm="Being progressed",
         expect="closeable_submit", text=SF_LEADERSHIP, split="sf", force=[
             F("BAU", text="Within 12 months, review MSHT leadership & goverance arrangements to "
                           "ensure that: senior leaders prioritise the response to MSHT",
               update="MSHT is a control strategy priority; DCI lead in place."),
             F("BAU", ref="merged",
               text="(cont.) every incident of modern slavery identified to police is "
                    "allocated appropriate resources with the skills, experience and capacity "
                    "to investigate it effectively",
               update="All MSHT crimes allocated to PVP investigators."),
             F("Proposed for closure", ref="merged",
               text="(cont.) the force develops effective partnership arrangements to "
                    "co-ordinate activity in order to share information and safeguard victims",
               update="Lincolnshire Modern Slavery Partnership in place. Submitted with 7801."),
             F("Assurance pending", ref="merged",
               text="(cont.) performance & QA measures are in place to allow senior leaders to "
                    "assess the nature and quality of the service provided to victims",
               update="MSHT performance dashboard live; FI&A dip sample booked Jan 2026."),
         ]),
    dict(key="sf-2", rep="stolen", ref=7802, type=NAT, hm="Being progressed",
         expect="in_sync",
         text="Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
              "and in order to safeguard victims better and to identify suspects as early as "
              "possible",
         force=[F("On track",
                  text="Within six months, forces should have in place active information-"
                       "sharing agreements with other agencies to facilitate speedy exchange of "
                       "intelligence and in order to safeguard victims better and to identify "
                       "suspects as early as possible.",
                  update="ISA with GLAA signed; ISA with Border Force in draft. Target Mar "
                         "2026.")]),
    dict(key="sf-3", rep="stolen", ref=7803, type=NAT, hm="Complete", expect="in_sync",
         text="Immediately, forces should ensure that all victims carrying out criminal acts "
              "under compulsion attributable to slavery or exploitation are afforded the "
              "protection of early and continuing consideration of the applicability of the "
              "section 45 defence.",
         force=[F("BAU")]),
    dict(key="sf-4", rep="stolen", ref=7804, type=NAT, hm="Being progressed",
         expect="closeable_submit",
         text="Immediately, forces should take steps to ensure they are fully compliant with "
              "the NRM process as it evolves and are implementing the requirement placed upon "
              "them under the Modern Slavery Act 2015 to notify the Home Office of any "
              "individual suspected to be an adult victim of modern slavery or human "
              "trafficking.",
         force=[F("Transferred",
                  update="Transferred to the East Midlands Modern Slavery & Organised "
                         "Immigration Crime unit (regional NRM single competent authority "
                         "liaison), Aug 2025.")]),
    dict(key="sf-5", rep="stolen", ref=7805, type=NAT, hm="Awaiting review",
         expect="in_sync",
         text="Immediately, forces should take steps to ensure they fully comply with national "
              "crime recording standard (NCRS) requirements for offences identified as modern "
              "slavery and human trafficking and that sufficient audit capacity is available "
              "to the force crime registrar to provide reassurance that each force is "
              "identifying and managing any gaps in its crime-recording accuracy for these "
              "types of offences.",
         force=[F("Awaiting sign off",
                  update="FCR audit (n=60) shows 97% compliance. Pack with DCC for sign-off; "
                         "will be proposed for closure if agreed at Dec OLB.")]),
    dict(key="sf-6", rep="stolen", ref=7806, type=NAT, hm="Being progressed",
         expect="in_sync",
         text="Immediately, forces should ensure that allegations or indications of modern "
              "slavery and human trafficking are thoroughly investigated and effectively "
              "supervised by teams and individuals with the skills and experience to undertake "
              "them (this should include the use where appropriate of joint intelligence teams "
              "and other means to obtain intelligence and evidence from agencies overseas).",
         force=[F("Evidence gathering")]),
    dict(key="sf-7", rep="stolen", ref=7807, type=NAT, hm="Being progressed",
         expect="missing_from_force",
         text="Immediately, forces should review their use of preventative powers under the "
              "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
              "of those deemed to pose a clear threat to others in respect of modern slavery "
              "and human trafficking offences are exploited.",
         force=[]),
    # ---- PEEL efficiency 2017 national overview ----
    dict(key="efc17", rep="efc17", ref=8120, type=NAT, hm="Being progressed",
         expect="closeable_submit",
         text="By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force. The Home Office, National Police "
              "Chiefs' Council and Association of Police and Crime Commissioners should "
              "support the development of these plans by establishing a national framework "
              "which allows for the provision of digitally enabled services across force "
              "boundaries.",
         force=[F("Transferred",
                  update="Transferred to the Digital Policing Programme board (Head of ICT); "
                         "national framework is an NPCC/HO action.")]),
    # ---- PEEL efficiency 2017 (force) ----
    dict(key="efy17-1", rep="efy17", ref=8190, type=AFI, hm="Complete", expect="in_sync",
         text="The force should undertake further work to gain a fuller understanding of "
              "current demand for its services, and likely future changes in demand. This is "
              "so it can make best use of its resources by matching them to demand to meet the "
              "needs of the public",
         force=[F("BAU")]),
    dict(key="efy17-2", rep="efy17", ref=8191, type=AFI, hm="Complete",
         expect="closeable_local",
         text="The force should develop its understanding of the links between its outcomes, "
              "outputs and costs",
         force=[F("Delayed",
                  update="Activity-based costing model paused pending new finance system. "
                         "Revised target Sept 2026.")]),
    dict(key="efy17-3", rep="efy17", ref=8192, type=AFI, hm="Superseded", expect="in_sync",
         text="The force should develop a future workforce plan that is aligned with its "
              "overall demand and budget. The plan should include future resource allocations, "
              "the mix of skills required by the workforce and behaviours expected of them.",
         force=[F("Transferred",
                  update="Transferred to the People Strategy 2022-25 workforce plan (Director "
                         "of People).")]),
    # ---- PEEL legitimacy 2017 national overview (stop and search) ----
    dict(key="leg17-coc", rep="leg17", ref=8541, type=COC, hm="Being progressed",
         expect="missing_from_force",
         text="HMICFRS is concerned that forces are not able to demonstrate that the use of "
              "stop and search powers is consistently reasonable and fair. In particular, "
              "there is over-representation of BAME people, and black people in particular, "
              "in stop and search data which many forces are unable to explain.",
         force=[]),
    dict(key="leg17-1", rep="leg17", ref=8542, type=NAT, hm="Being progressed",
         expect="closeable_submit", text=SAS_MONITORING_2017,
         force=[F("BAU",
                  update="Monthly S&S disproportionality report to the Stop and Search "
                         "Scrutiny Panel since 2019. Embedded.")]),
    dict(key="leg17-2", rep="leg17", ref=8543, type=NAT, hm="Being progressed",
         expect="in_sync",
         text="Where forces identify disparities through monitoring, they should demonstrate "
              "to the public that they have:\n"
              "•carried out research and analysis in an attempt to understand the reasons for "
              "the disparity, and •taken action to reduce the disparity, where necessary;",
         force=[F("Delayed",
                  update="Disparity research with the OPCC slipped; analyst post vacant. "
                         "Revised target May 2026.")]),
    dict(key="leg17-3", rep="leg17", ref=8544, type=NAT, hm="Awaiting review",
         expect="closeable_submit",
         text="We expect forces to publish this analysis and any actions taken at least on an "
              "annual basis, from July 2018.",
         force=[F("Proposed for Closure",
                  update="Annual S&S report published on website (2023, 2024, 2025). Submitted "
                         "to HMICFRS 3 Oct 2025.")]),
    dict(key="leg17-4", rep="leg17", ref=8545, type=NAT, hm="Complete", expect="in_sync",
         text="By July 2018, and ongoing following that date, forces should ensure that all "
              "officers who use stop and search powers have been provided with, and "
              "understand, training on unconscious bias and College of Policing APP on stop "
              "and search.",
         force=[F("BAU")]),
    # ---- PEEL legitimacy 2017 (force) ----
    dict(key="leg17f-1", rep="leg17f", ref=8610, type=AFI, hm="Complete", expect="in_sync",
         text="The force should satisfy itself that it has processes in place to ensure that "
              "investigations into misconduct by officers and staff resulting in “no further "
              "action” are fair and free of any form of discrimination.",
         force=[F("Complete", update="Complete (2019).")]),
    dict(key="leg17f-2", rep="leg17f", ref=8611, type=AFI, hm="Being progressed",
         expect="closeable_submit",
         text="The force should ensure all staff have received at least the lowest level of "
              "vetting clearance for their roles as quickly as possible, working to clear both "
              "the vetting backlog and new vetting renewals when they become due so that it "
              "complies fully with the national vetting guidelines.",
         force=[F("Complete",
                  update="Complete. Vetting backlog cleared Dec 2020; renewals within SLA.")]),
    # ---- PEEL 2018/19 (force) ----
    dict(key="p1819-1", rep="peel1819", ref=9301, type=AFI, hm="Complete", expect="in_sync",
         text="The force should improve its understanding of suspects released under "
              "investigation and the management of those released on bail.",
         force=[F("Assurance pending")]),
    dict(key="p1819-2", rep="peel1819", ref=9302, type=AFI, hm="Being progressed",
         expect="conflict",
         conflict="type: HMICFRS lists 9302 as an area for improvement, the tracker records it "
                  "as a Recommendation (Rec)",
         text="The force should ensure regular and active supervision of the quality and "
              "progress of investigations. This supervision should be properly recorded.",
         force=[F("On track", type="Rec",
                  update="Investigation Standards Board monitors supervisory reviews on Niche; "
                         "compliance 78% (target 90%).")]),
    dict(key="p1819-3", rep="peel1819", ref=9303, type=AFI, hm="Being progressed",
         expect="in_sync",
         text="The force should improve its ability to retrieve digital evidence from mobile "
              "phones, computers and other electronic devices quickly enough to ensure "
              "investigations are not delayed.",
         force=[F("Delayed",
                  update="DFU backlog 410 devices (Oct 25). Kiosk roll-out delayed to Feb "
                         "2026.")]),
    dict(key="p1819-4", rep="peel1819", ref=9304, type=AFI, hm="Complete", expect="in_sync",
         text="The force should make sure it has access to accurate data and analysis to "
              "support effective performance management.",
         force=[F("Proposed for closure",
                  update="Power BI performance framework live. Submitted Mar 2024; HMICFRS "
                         "portal shows complete.")]),
    dict(key="p1819-5", rep="peel1819", ref=9305, type=AFI, hm="Awaiting review",
         expect="missing_from_force",
         text="The force should take steps to ensure that there is effective supervision of "
              "the initial risk assessment process, specifically in relation to the completion "
              "of DASH risk assessment in appropriate cases.",
         force=[]),
    # ---- Crime data integrity 2019 (force) ----
    dict(key="cdi-1", rep="cdi19", ref=9705, type=REC, hm="Being progressed",
         expect="conflict",
         conflict="missing bullet: the tracker copies four of the five bullets and drops "
                  "'online reports of crime are triaged at the point of receipt…'; force "
                  "proposes it for closure without it",
         text=CDI_VICTIMS,
         force=[F("Proposed for closure",
                  text="Within 6 months the force should put in place arrangements to ensure "
                       "that:\n- at the point of report, victims are believed;\n- "
                       "conversations between the call handlers and callers are summarised "
                       "accurately in the incident log, thus providing attending officers with "
                       "full facts on which to base crime-recording decisions;\n- multiple "
                       "crimes are always recorded when described within incident records or "
                       "identified as part of other recorded crime investigations; and\n- the "
                       "practice of awaiting the results of medical examinations or video "
                       "interviews before making crime-recording decisions is stopped.",
                  update="FCR audit shows 94% compliance. Signed off at OLB 14 Oct 2025; "
                         "submitted 20 Oct 2025.")]),
    dict(key="cdi-2", rep="cdi19", ref=9706, type=REC, hm="Awaiting review", expect="in_sync",
         text="Within six months the force should provide call-handlers with specific, sound "
              "and comprehensible criteria against which they can assess threat, harm and "
              "risk.",
         force=[F("On track")]),
    dict(key="cdi-3", rep="cdi19", ref=9707, type=REC, hm="Being progressed",
         expect="closeable_submit",
         text="Within six months the force should improve its use of its crime-recording and "
              "management system to better manage its case files and investigative processes.",
         force=[F("BAU",
                  update="Niche case file workflow embedded; monitored by the Crime Standards "
                         "Board.")]),
    # ---- Disproportionate use of police powers 2021 (national) ----
    dict(key="pw-1", rep="powers", ref=11201, type=NAT, hm="Being progressed",
         expect="conflict",
         conflict="timescale: HMICFRS text says 'By July 2022', the tracker says 'By July 2021'",
         text="By July 2022, forces should ensure that officers and staff have effective "
              "communication skills, in line with the National Policing Guidelines on Conflict "
              "Management. This should be in addition to existing training on conflict "
              "management and de-escalation.",
         force=[F("On track",
                  text="By July 2021, forces should ensure that officers & staff have effective "
                       "communication skills, in line with the National Policing Guidelines on "
                       "Conflict Management.",
                  update="Conflict management module added to 2025/26 OST refresher; 61% "
                         "trained.")]),
    dict(key="pw-2", rep="powers", ref=11202, type=NAT, hm="Being progressed",
         expect="closeable_submit",
         text="By July 2021, forces should ensure that communication skills are reinforced as "
              "part of the programme of continuing professional development for officers and "
              "staff, and that supervisors are supported to routinely and frequently debrief "
              "officers on these skills using body-worn video footage.",
         force=[F("Assurance pending",
                  update="CPD package live; sergeants' BWV debrief guide issued. Signed off at "
                         "OLB 9 Sept 2025; FI&A dip sample Dec 2025.")]),
    dict(key="pw-3", rep="powers", ref=11203, type=NAT, hm="Being progressed",
         expect="in_sync", text=BWV_2021, split="bwv", force=[
             F("BAU", text="By September 2021, forces should: ensure that officers record on "
                           "BWV (when this is available) the entirety of all S&S encounters, "
                           "including traffic stops & use of force incidents.",
               update="BWV mandatory for all S&S encounters (policy v3)."),
             F("On track", text="By September 2021, forces should: have a structured process "
                                "for regularly reviewing & monitoring internally a sufficient "
                                "sample of BWV footage to identify & disseminate learning & "
                                "hold officers to account when behaviour falls below acceptable "
                                "standards.",
               update="Supervisor review of 10% sample piloted in West LPA; force roll-out "
                      "Jan 2026."),
             F("Not started", text="By September 2021, forces should: provide external "
                                   "scrutiny panel members with access to samples of BWV "
                                   "footage showing S&S encounters & use of force incidents, "
                                   "taking account of the safeguards in the CoP's APP.",
               update="Awaiting OPCC decision on panel access agreement."),
         ]),
    dict(key="pw-4", rep="powers", ref=11204, type=NAT, hm="Awaiting review",
         expect="missing_from_force",
         text="The Home Office and the NPCC should take steps to ensure that the quality of the "
              "data collected on the number of incidents where force has been used to effect a "
              "stop and search is sufficient for publication. The Home Office should publish "
              "this data as soon as possible.",
         force=[]),
    dict(key="pw-5", rep="powers", ref=11205, type=NAT, hm="Being progressed",
         expect="in_sync",
         text="By July 2021, forces should ensure they have effective internal monitoring "
              "processes on the use of force, to help them to identify and understand "
              "disproportionate use, explain the reasons and implement any necessary "
              "improvement action.",
         force=[F("Evidence gathering")]),
    # ---- PEEL 2021/22 (force) ----
    dict(key="p2122-1", rep="peel2122", ref=12401, type=AFI, hm="Being progressed",
         expect="in_sync",
         text="The force should improve its understanding of the nature and scale of county "
              "lines drug dealing in its area.",
         force=[F("On track")]),
    dict(key="p2122-2", rep="peel2122", ref=12402, type=AFI, hm="Being progressed",
         expect="closeable_submit",
         text="The force should make sure victims of stalking and harassment are kept informed "
              "about the progress of their case, in line with the Code of Practice for Victims "
              "of Crime.",
         force=[F("Proposed for closure",
                  update="VCOP compliance for stalking 92% (audit Aug 2025). Submitted to "
                         "HMICFRS 12 Sept 2025.")]),
    dict(key="p2122-3", rep="peel2122", ref=12403, type=AFI, hm="Complete",
         expect="closeable_local",
         text="The force should make sure it records reports of hate crime accurately and "
              "without delay.",
         force=[F("Awaiting sign-off",
                  update="Hate crime audit complete; pack with ACC Crime for sign-off.")]),
    dict(key="p2122-4", rep="peel2122", ref=12404, type=AFI, hm="Being progressed",
         expect="in_sync",
         text="The force should improve the timeliness of its response to calls for service "
              "involving vulnerable adults.",
         force=[F("Delayed")]),
    dict(key="p2122-5", rep="peel2122", ref=12405, type=AFI, hm="Being progressed",
         expect="closeable_submit",
         text="The force should make sure officers and staff have the training they need to "
              "identify and respond to honour-based abuse.",
         force=[F("Transferred",
                  update="Transferred to the VAWG Delivery Plan (action V14), June 2025.")]),
    dict(key="p2122-6", rep="peel2122", ref=12406, type=AFI, hm="Being progressed",
         expect="in_sync",
         text="The force should make sure it has enough specialist capacity and capability to "
              "investigate online child sexual abuse.",
         force=[F("Not started")]),
    dict(key="p2122-7", rep="peel2122", ref=12407, type=AFI, hm="Being progressed",
         expect="conflict",
         conflict="reference: same report and same text, but the tracker records ref 12470 "
                  "where HMICFRS has 12407 (transposed digits); force says BAU, HMICFRS open",
         text="The force should ensure that it has sufficient resources available in the "
              "control room to fulfil its resourcing model, and so to meet its demand, while "
              "also taking into account the wellbeing of its workforce.",
         force=[F("BAU", ref="12470",
                  update="FCR establishment uplift (+14) complete; wellbeing checks embedded.")]),
    dict(key="p2122-8", rep="peel2122", ref=12408, type=AFI, hm="Awaiting review",
         expect="missing_from_force",
         text="The force should develop a problem-solving approach to anti-social behaviour, "
              "working with local communities and partners.",
         force=[]),
    # ---- PEEL 2023/24 (force) ----
    dict(key="p2324-1", rep="peel2324", ref=13810, type=AFI, hm="Awaiting review",
         expect="in_sync",
         text="The force should improve how it works with partner organisations to safeguard "
              "people at risk from child sexual exploitation.",
         force=[F("Not started")]),
    dict(key="p2324-2", rep="peel2324", ref=13811, type=AFI, hm="Awaiting review",
         expect="in_sync",
         text="The force should make sure its analysis of serious and organised crime informs "
              "its strategic assessment and control strategy.",
         force=[F("Evidence gathering")]),
    dict(key="p2324-3", rep="peel2324", ref=13812, type=AFI, hm="Being progressed",
         expect="closeable_submit",
         text="The force should make sure investigations of rape and serious sexual offences "
              "are allocated to officers with the right skills and are effectively supervised.",
         force=[F("Proposed for closure",
                  update="Op Soteria model adopted; all RASSO to specialist teams. Submitted "
                         "5 Nov 2025.")]),
    dict(key="p2324-4", rep="peel2324", ref=13813, type=AFI, hm="Awaiting review",
         expect="in_sync",
         text="The force should make sure it consistently uses ancillary orders and other "
              "powers to protect victims of domestic abuse.",
         force=[F("On track")]),
    dict(key="p2324-5", rep="peel2324", ref=13814, type=AFI, hm="Awaiting review",
         expect="in_sync",
         text="The force should review its approach to fraud to make sure victims receive a "
              "consistently good service.",
         force=[F("", update="Awaiting allocation.")]),
    dict(key="p2324-6", rep="peel2324", ref=13815, type=AFI, hm="Awaiting review",
         expect="in_sync",
         text="The force should make sure its performance framework gives senior leaders a "
              "clear picture of its response to violence against women and girls.",
         force=[F("Awaiting sign-off",
                  update="VAWG dashboard built; with DCC for sign-off.")]),
]

# Tracker rows HMICFRS does not hold (not_on_hmicfrs_list): placed after the item named.
LOCALS = [
    dict(after="sf-6", rep="Stolen Freedom (MSHT) 2017", type="Local", status="BAU",
         text="Local action: Appoint a single point of contact for modern slavery and human "
              "trafficking in each local policing area",
         why="force's own local action (Type 'Local', no ref)"),
    dict(after="eff16-3", rep="PEEL Effectiveness 2016", type="Local", status="BAU",
         text="Force action - Dip-sample 50 domestic abuse crime reports each quarter and "
              "report findings to the Crime Standards Board",
         why="force's own local action (Type 'Local', no ref)"),
    dict(after="leg17f-2", rep=LOCAL_REPORT_LEG15, type="AFI", status="On track",
         ref="4410",
         text="The force should revise its approach to cautions, cannabis warning and penalty "
              "notices for disorder to ensure that there is a clear and auditable explanation "
              "to the offender of the implications of receiving the warning and that, for "
              "victim-based crimes, there is a clear and auditable record that views of the "
              "victim are considered prior to their issue.",
         why="HMICFRS-style AFI with ref 4410 from PEEL Legitimacy 2015; neither the ref nor the "
             "text nor the report is on the HMICFRS list (query with HMICFRS)"),
    dict(after="cdi-3", rep="CDI 2019", type="Local", status="Evidence gathering",
         text="Internal audit action: Internal audit of the crime recording governance "
              "arrangements (audit plan 2023/24)",
         why="force's own local action (internal audit), no ref"),
    dict(after="pw-5", rep="Police powers spotlight (Feb 21)", type="Local", status="Delayed",
         text="Local action: Deliver refresher training on stop and search to all response and "
              "neighbourhood officers",
         why="force's own local action (Type 'Local', no ref)"),
    dict(after="p2122-7", rep="PEEL 2021/22", type="Local", status="Proposed for closure",
         text="Local action: Task & Finish group to review the stalking and harassment policy "
              "and report to the Force Executive Team",
         why="force's own local action; 'Proposed for closure' but nothing on the HMICFRS list "
             "to close"),
    dict(after="p2122-6", rep="PEEL 2021/22", type="AFI", status="Evidence gathering",
         ref=None,
         text="The force should make sure it provides a confidential way for staff to raise "
              "concerns and that staff are aware of whistleblowing processes.",
         why="AFI-worded row with no ref; no such item on the HMICFRS list for any report"),
    dict(after="p2324-6", rep="PEEL 23-24", type="Local", status="On track",
         text="JAC action: Add violence against women and girls measures to the monthly Force "
              "Performance pack",
         why="force's own action from the Joint Audit Committee, no ref"),
]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Director of Finance", "Supt Firearms Licensing"]
LEAD_BY_REPORT = {
    "firearms": "Supt Firearms Licensing", "ncpi17": "Ch Insp Custody",
    "cdi19": "Force Crime Registrar", "picture": "Head of Information Management",
    "austerity": "Director of Finance", "efy17": "Director of Finance",
    "integrity": "Head of Professional Standards", "sas13": "C/Supt Bell",
    "sas15": "C/Supt Bell", "leg17": "C/Supt Bell", "powers": "ACC Local Policing",
    "leg17f": "Head of Professional Standards", "stolen": "Det Ch Supt Force CID",
    "eff16": "Ch Supt Public Protection", "everyone": "Ch Supt Public Protection",
    "core": "Supt Contact Centre", "efc17": "DCC",
}

TYPE_WORD = {NAT: "National rec", REC: "Rec", AFI: "AFI", COC: "CoC"}

ABBREV = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"police and crime commissioners", "PCCs"),
    (r"Authorised Professional Practice", "APP"), (r"College of Policing", "CoP"),
    (r"body-worn video", "BWV"), (r"officers and staff", "officers & staff"),
    (r"within six months", "within 6 months"), (r"Within six months", "Within 6 months"),
    (r"within three months", "within 3 months"), (r"Within three months", "Within 3 months"),
    (r"quality assurance", "QA"),
]
MISSPELL = {"receive": "recieve", "governance": "goverance", "supervision": "supervison",
            "investigation": "investigaton", "necessary": "neccessary",
            "arrangements": "arrangments", "appropriate": "appropiate"}

GENERIC_UPDATES = {
    "not started": ["Awaiting allocation.", "Lead to be confirmed at next OLB.",
                    "Logged; scoping meeting booked {f}."],
    "on track": ["Task & Finish group set up; project plan agreed. Target {m}.",
                 "Policy rewrite in consultation; on track for {m}.",
                 "Actions on track; next update to OLB {f}."],
    "delayed": ["Target date missed due to resourcing; revised target {m}.",
                "Dependent on ICT change; revised target {m}."],
    "evidence gathering": ["Actions delivered per lead; evidence being collated for OLB {f}.",
                           "Dip sample under way to evidence impact; report to OLB {f}."],
    "awaiting sign-off": ["Evidence pack with chief officer lead for sign-off at {f} OLB."],
    "assurance pending": ["Signed off at OLB {p}; FI&A dip sample to follow."],
    "proposed for closure": ["Signed off at OLB; submitted to HMICFRS via FLL {p}."],
    "bau": ["Embedded in policy and performance framework. No further action.",
            "Business as usual since {y}.", "Embedded; monitored through the Force "
            "Performance pack."],
    "closed by hmicfrs": ["HMICFRS confirmed closure {p}.", "Closed on HMICFRS portal {p}."],
    "superseded": ["Superseded by a later HMICFRS recommendation."],
    "transferred": ["Transferred to the relevant force delivery plan."],
    "complete": ["Complete."],
}


def norm_status(s: str) -> str:
    s = s.strip().lower()
    return "bau" if s.startswith("bau") or s == "business as usual" else s


def force_state(s: str) -> str:
    s2 = s.strip().lower()
    if s2 in FORCE_DONE:
        return "done"
    if s2 in FORCE_OPEN:
        return "open"
    raise ValueError(f"status not in key: {s!r}")


def categorise(item) -> str:
    if not item["force"]:
        return "missing_from_force"
    if item.get("conflict"):
        return "conflict"
    hm = "closed" if item["hm"] in HM_CLOSED else "open"
    assert item["hm"] in HM_CLOSED | HM_OPEN
    # a split recommendation is done only when every one of its rows is done
    fs = "done" if all(force_state(r["status"]) == "done" for r in item["force"]) else "open"
    if hm == "open" and fs == "done":
        return "closeable_submit"
    if hm == "closed" and fs == "open":
        return "closeable_local"
    return "in_sync"


def derive_text(text: str, rng: random.Random) -> str:
    mode = rng.choice(["verbatim", "verbatim", "abbr", "flat", "abbr_flat"])
    t = text
    if mode in ("flat", "abbr_flat"):
        t = re.sub(r"\s*\n+\s*", " ", t).replace("•", "- ").replace("-  ", "- ")
    if mode in ("abbr", "abbr_flat"):
        for pat, rep in ABBREV:
            t = re.sub(pat, rep, t)
    if rng.random() < 0.2:
        words = [w for w in MISSPELL if w in t]
        if words:
            w = rng.choice(words)
            t = t.replace(w, MISSPELL[w], 1)
    if rng.random() < 0.15:
        t = t + " "  # trailing space pasted in
    return t


def month_label(rng):
    return rng.choice(["Dec 2025", "Jan 2026", "Mar 2026", "Apr 2026", "June 2026"])


def past_label(rng):
    return rng.choice(["12 Mar 2024", "10 Dec 2024", "8 July 2025", "9 Sept 2025",
                       "14 Oct 2025", "11 Nov 2025"])


def future_label(rng):
    return rng.choice(["9 Dec 2025", "13 Jan 2026", "10 Feb 2026"])


def generic_update(status, rng):
    opts = GENERIC_UPDATES.get(norm_status(status) if status else "not started")
    if not opts:
        opts = GENERIC_UPDATES[status.strip().lower()]
    u = rng.choice(opts)
    return u.format(m=month_label(rng), p=past_label(rng), f=future_label(rng), y=rng.choice(["2019", "2021", "2023"]))


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
FILL_BY_WORD = {norm_status(w.split(" (")[0]): c for w, _, _, c in KEY}
FILL_BY_WORD["business as usual"] = FILL_BY_WORD["bau"]
FILL_BY_WORD["complete"] = "C6EFCE"


def status_fill(s):
    c = FILL_BY_WORD.get(norm_status(s)) if s else None
    if c is None:
        c = FILL_BY_WORD.get(s.strip().lower().replace("sign off", "sign-off")) if s else None
    return PatternFill("solid", fgColor=c) if c else None


def build_hmicfrs(items):
    wb = Workbook()
    ws = wb.active
    ws.title = HM_SHEET
    head = ["Reference", "Force", "Report title", "Publication date", "Type",
            "Recommendation text", "Status", "Status date"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    rng = random.Random(SEED + 1)
    rows = {}
    for it in sorted(items, key=lambda i: (REPORTS[i["rep"]][1], i["ref"])):
        title, pub, _ = REPORTS[it["rep"]]
        if it["hm"] == "Awaiting review":
            sd = pub if pub.year >= 2024 else dt.date(2025, 10, rng.randint(1, 28))
        else:
            lo = max(pub.toordinal() + 120, dt.date(2016, 1, 1).toordinal())
            hi = dt.date(2025, 10, 31).toordinal()
            sd = dt.date.fromordinal(rng.randint(min(lo, hi), hi))
        ws.append([it["ref"], FORCE, title, pub, it["type"], it["text"], it["hm"], sd])
        r = ws.max_row
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        for c in ws[r]:
            c.alignment = WRAP
        rows[it["key"]] = r
    for col, w in zip("ABCDEFGH", [11, 20, 45, 14, 24, 90, 16, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{ws.max_row}"
    return wb, rows


def build_tracker(items):
    rng = random.Random(SEED)
    wb = Workbook()
    # ---- Guidance (key) sheet, first ----
    g = wb.active
    g.title = KEY_SHEET
    g["A1"] = "HMICFRS Recommendations Tracker – Guidance"
    g["A1"].font = Font(bold=True, size=14)
    g["A3"] = ("This workbook records every HMICFRS recommendation, area for improvement (AFI) "
               "and cause of concern (CoC) held against Lincolnshire Police, with the local "
               "actions agreed by the Organisational Learning Board (OLB).")
    g["A4"] = ("Leads update the Status and Update columns on the 'HMICFRS Tracker' tab before "
               "each monthly OLB. Use only the status words in the key below.")
    g["A5"] = ("Only items at a status marked 'Yes' are reported to the Joint Independent Audit "
               "Committee as complete. Items at 'No' remain open for the force.")
    g["A7"] = "Status key"
    g["A7"].font = Font(bold=True, size=12)
    g.append([])
    hdr_row = 8
    for j, h in enumerate(["Status", "What it means", "Complete for the force?"], start=1):
        c = g.cell(hdr_row, j, h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.border = BOX
    r = hdr_row
    for word, meaning, done, colour in KEY:
        r += 1
        g.cell(r, 1, word).fill = PatternFill("solid", fgColor=colour)
        g.cell(r, 2, meaning)
        g.cell(r, 3, done)
        for j in (1, 2, 3):
            g.cell(r, j).border = BOX
            g.cell(r, j).alignment = WRAP
    r += 2
    g.cell(r, 1, "Notes").font = Font(bold=True)
    g.cell(r + 1, 1, "1. Legacy statuses 'Complete' and 'Green' carried over from the 2021 "
                     "tracker mean the same as BAU and are being re-graded.")
    g.cell(r + 2, 1, "2. Split recommendations: where a recommendation has been broken into one "
                     "row per bullet, it is complete only when every row is at a 'Yes' status.")
    g.cell(r + 3, 1, "3. HMICFRS Ref is the reference on the HMICFRS monitoring portal. 'No.' is "
                     "this tracker's own running number.")
    g.cell(r + 5, 1, "Version 4.2 – Strategic Planning & Performance – November 2025")
    g.cell(r + 5, 1).font = Font(italic=True)
    g.column_dimensions["A"].width = 26
    g.column_dimensions["B"].width = 95
    g.column_dimensions["C"].width = 24

    # ---- Tracker sheet ----
    ws = wb.create_sheet(TR_SHEET)
    ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations, AFIs and Causes of Concern"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Status words are defined on the Guidance tab. Position as at 14/11/2025 "
                "(for OLB 9 December 2025).")
    ws["A2"].font = Font(italic=True)
    head = ["No.", "Report", "HMICFRS Ref", "Type",
            "Recommendation / AFI (HMICFRS wording unless summarised)", "Lead", "Status",
            "Update"]
    HR = 4
    for j, h in enumerate(head, start=1):
        c = ws.cell(HR, j, h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = WRAP

    # tracker order: by report publication date, items in ref order, locals after their anchor
    order = sorted([i for i in items if i["force"]],
                   key=lambda i: (REPORTS[i["rep"]][1], REPORTS[i["rep"]][0], i["ref"]))
    locals_after = {}
    for loc in LOCALS:
        locals_after.setdefault(loc["after"], []).append(loc)

    row = HR
    num = 0
    prev_rep = None
    truth_force = {}  # item key -> [rows]
    local_rows = []
    merges = []
    anchors_present = {i["key"] for i in order}
    for loc in LOCALS:
        assert loc["after"] in anchors_present, loc["after"]

    def put(values, status):
        nonlocal row
        row += 1
        for j, v in enumerate(values, start=1):
            c = ws.cell(row, j, v)
            c.alignment = WRAP
            c.border = BOX
        f = status_fill(status)
        if f:
            ws.cell(row, 7).fill = f
        return row

    for it in order:
        rep_name = REPORTS[it["rep"]][2]
        if prev_rep is not None and rep_name != prev_rep and it["rep"] not in (
                "efy17", "leg17f", "efc17"):
            row += 1  # a blank separator row between most report blocks
        prev_rep = rep_name
        lead = LEAD_BY_REPORT.get(it["rep"]) or rng.choice(LEADS)
        rows = []
        first_row = None
        for k, fr in enumerate(it["force"]):
            num += 1
            text = fr.get("text") or derive_text(it["text"], rng)
            refv = fr.get("ref", True)
            if refv is True:
                ref = it["ref"]
            elif refv == "merged":
                ref = None
            else:
                ref = refv
            typ = fr.get("type") or TYPE_WORD[it["type"]]
            upd = fr.get("update") or generic_update(fr["status"], rng)
            status = fr["status"] if fr["status"] else None
            r = put([num, rep_name, ref, typ, text, lead, status, upd], fr["status"])
            if k == 0:
                first_row = r
            rows.append(r)
        if any(fr.get("ref") == "merged" for fr in it["force"]):
            merges.append(f"C{first_row}:C{rows[-1]}")
        truth_force[it["key"]] = rows
        for loc in locals_after.get(it["key"], []):
            num += 1
            lead = rng.choice(LEADS)
            upd = generic_update(loc["status"], rng)
            r = put([num, loc["rep"], loc.get("ref"), loc["type"], loc["text"], lead,
                     loc["status"], upd], loc["status"])
            local_rows.append((r, loc))
    for m in merges:
        ws.merge_cells(m)
        ws[m.split(":")[0]].alignment = Alignment(vertical="center", horizontal="center")
    for col, w in zip("ABCDEFGH", [6, 26, 12, 12, 90, 24, 20, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{HR + 1}"
    return wb, truth_force, local_rows


def save_deterministic(wb, path: Path):
    wb.properties.creator = "Strategic Planning & Performance"
    wb.properties.lastModifiedBy = "Strategic Planning & Performance"
    wb.properties.created = dt.datetime(2025, 11, 14, 9, 30, 0)
    wb.properties.modified = dt.datetime(2025, 11, 14, 9, 30, 0)
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            data = src.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main():
    OUT.mkdir(exist_ok=True)
    for it in ITEMS:
        got = categorise(it)
        assert got == it["expect"], (it["key"], got, it["expect"])
    refs = [i["ref"] for i in ITEMS]
    assert len(refs) == len(set(refs))

    hwb, hrows = build_hmicfrs(ITEMS)
    twb, frows, lrows = build_tracker(ITEMS)
    save_deterministic(hwb, OUT / "hmicfrs.xlsx")
    save_deterministic(twb, OUT / "tracker.xlsx")

    lines = []
    for it in ITEMS:
        cat = categorise(it)
        h = f"{HM_SHEET}!{hrows[it['key']]}"
        hm_state = "closed" if it["hm"] in HM_CLOSED else "open"
        if not it["force"]:
            lines.append((h, "", cat, f"HMICFRS ref {it['ref']} ({it['hm']}) is not in the "
                                      f"tracker"))
            continue
        n = len(it["force"])
        for k, (r, fr) in enumerate(zip(frows[it["key"]], it["force"])):
            st = fr["status"] or "(blank)"
            st_state = force_state(fr["status"])
            if cat == "conflict":
                why = it["conflict"]
            else:
                why = (f"HMICFRS {it['hm']} ({hm_state}); force '{st}' = "
                       f"{'done' if st_state == 'done' else 'open'} per Guidance key")
                if n > 1:
                    whole = "done" if all(force_state(x["status"]) == "done"
                                          for x in it["force"]) else "open"
                    why += (f"; row {k + 1} of {n} split from ref {it['ref']}, item is "
                            f"{whole} at item level")
            lines.append((h, f"{TR_SHEET}!{r}", cat, why))
    for r, loc in lrows:
        lines.append(("", f"{TR_SHEET}!{r}", "not_on_hmicfrs_list", loc["why"]))

    def sort_key(x):
        h = int(x[0].split("!")[1]) if x[0] else 10 ** 6
        f = int(x[1].split("!")[1]) if x[1] else 0
        return (h, f)

    lines.sort(key=sort_key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    return lines


if __name__ == "__main__":
    out = main()
    from collections import Counter
    print(Counter(c for _, _, c, _ in out))
