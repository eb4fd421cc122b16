"""Build the evaluation case `hmicfrs_list_row_per_bullet`.

HMICFRS side: the definitive list for West Mercia Police, reformatted by the force liaison lead
so that each bulleted recommendation takes several rows (stem row with ref/report/date/type/
status, then one row per bullet, other cells blank or the ref repeated).
Force side: an ordinary tracker, one row per recommendation (bullets inside the cell), a few
split into one row per bullet, references on about half the rows.

Run:  /work/main/.venv/bin/python build_hmicfrs_list_row_per_bullet.py
Rebuilds the case byte for byte (fixed seed, fixed zip timestamps).
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
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 19_0519
CASE = "hmicfrs_list_row_per_bullet"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)

H_SHEET = "Definitive list"
F_SHEET = "HMICFRS Tracker"

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
H_OPEN = {"Awaiting review", "Being progressed"}
H_CLOSED = {"Complete", "Superseded"}
F_DONE = {"GREEN", "BLUE", "Complete", "Pending sign off"}
F_OPEN = {"AMBER", "RED", "In progress"}

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, force tracker name)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse - Everyone's business"),
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
    "eff15": ("PEEL: Police efficiency 2015 – West Mercia Police", dt.date(2015, 10, 15),
              "PEEL Efficiency 2015"),
    "leg15": ("PEEL: Police legitimacy 2015 – West Mercia Police", dt.date(2016, 2, 11),
              "PEEL Legitimacy 2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – West Mercia Police", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "ncpi": ("National child protection inspection – West Mercia Police", dt.date(2018, 6, 21),
             "NCPI 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia "
                 "Police", dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi": ("Crime data integrity inspection 2019 – West Mercia Police", dt.date(2019, 9, 12),
            "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL 2021/22 Police effectiveness, efficiency and legitimacy: An inspection of "
                 "West Mercia Police", dt.date(2022, 6, 24), "PEEL 2021/22"),
    "peel2325": ("PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of "
                 "West Mercia Police", dt.date(2024, 8, 8), "PEEL 2023-25"),
}

F_TYPE = {NAT: "National Rec", REC: "Recommendation", AFI: "AFI", COC: "Cause of Concern"}

# --------------------------------------------------------------------------------------------
# Register items. Each: ref, report, type, HMICFRS status, stem text, bullets (or None),
# layout options for the list, and the force side ("f": dict, or None = missing from force).
# Force dict keys: rag (or rags for split), text (whole cell) or split (list of row texts),
# ref (True / False / "first" / explicit value), report / published / type overrides,
# conflict (reason) and expect (the category the truth must end up with).
# --------------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def item(ref, rep, typ, status, stem, bullets=None, *, marks=None, ref_rows=False,
         tail=None, f=None, expect=None):
    ITEMS.append(dict(ref=ref, rep=rep, typ=typ, status=status, stem=stem, bullets=bullets,
                      marks=marks, ref_rows=ref_rows, tail=tail, f=f, expect=expect))


SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_B = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
CDI_B = [
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
DET_B = [
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;",
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;",
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and",
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested",
]
BWV_B = [
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
EVERY_STEM = ("By September 2014, every police force in England and Wales should establish and "
              "publish an action plan that specifies in detail what steps it will take to improve "
              "its approach to domestic abuse.\n\nThis action plan should be developed:")
EVERY_B = [
    "in consultation with police and crime commissioners, domestic abuse support organisations "
    "and victims' representatives;",
    "after close consideration of all the recommendations in this report;",
    "with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20",
    "drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.",
]
EVERY_TAIL = ("The action plan should be established on the basis of best practice, based on "
              "revised relevant guidance from the College of Policing. To ensure consistency, the "
              "College and the national policing lead on domestic abuse have agreed to provide "
              "advice on the areas that each plan should cover by the end of April 2014.")
MISSING_B = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
DA_B = [
    "consider ways of increasing the use of arrest, ancillary orders and other available "
    "powers, in order to improve the service it provides to victims of domestic abuse, offer "
    "the best possible protection and bring more perpetrators to justice;",
    "take steps to understand and address the reason behind why such a high proportion of "
    "victims of domestic abuse do not support the police investigation; and",
    "cease the practice of conducting domestic abuse risk assessments over the telephone and "
    "dealing with domestic abuse in the resolution centre.",
]
ALLIANCE_B = [
    "expand the skills project work to include an assessment of all skills, not only "
    "operational, including potential future skills requirements. This assessment should "
    "inform workforce plans;",
    "agree arrangements with Warwickshire Police to secure a smooth transition to its future "
    "operating model, ensuring no disruption to public services;",
    "clearly define its new operating model, ensuring all operational and support services are "
    "affordable and fit to protect the communities of West Mercia; and",
    "improve its arrangements both to consult with the public about business planning and to "
    "feed back on changes made to service delivery as a result of such consultation.",
]
CAPACITY_B = [
    "conduct a review of officers’ capabilities and capacity to manage their investigative "
    "workload, to better understand investigative demand and the pressures placed upon them; "
    "and",
    "conduct a review, involving its partners, of the approach to vulnerability to better "
    "safeguard vulnerable people.",
]
SIXMONTH_B = [
    "ensure regular and active supervision of the quality and progress of investigations. This "
    "supervision should be properly recorded;",
    "improve its ability to retrieve digital evidence from mobile phones, computers and other "
    "electronic devices quickly enough to ensure investigations are not delayed; and",
    "improve its understanding of suspects released under investigation and the management of "
    "those released on bail.",
]
PERMITS_B = [
    "their arrangements in respect of the use of temporary permits are in accordance with the "
    "Home Office guidance;",
    "temporary permits are properly recorded without delay on the National Firearms Licensing "
    "Management System; and",
    "effective systems exist to ensure certificate holders are not permitted, at any time, to "
    "remain in unlawful possession of a firearm.",
]
ATTEND_B = [
    "systems designed to identify, prior to police attendance, whether a reported incident "
    "involves or is at the address of a firearm certificate holder are in place and are always "
    "applied by staff dispatching officers to incidents; and",
    "officers understand the risk assessment which they should be undertaking in such "
    "circumstances, and their power, when appropriate, to seize firearms and firearm "
    "certificates.",
]
SAS_FORCE_B = [
    "establish or improve monitoring of the way officers stop and search people, so that it can "
    "be satisfied its officers are acting in accordance with the law (including equality "
    "legislation and the Code of Practice), and that the power is used effectively to prevent "
    "crime, catch criminals and maintain public trust; and",
    "comply with the code of practice by explaining to the public the way stop and search "
    "powers are used in its area and by making arrangements for stop and search records to be "
    "scrutinised by community representatives.",
]
CAUTIONS_B = [
    "there is a clear and auditable explanation to the offender of the implications of "
    "receiving the warning; and",
    "for victim-based crimes, there is a clear and auditable record that views of the victim "
    "are considered prior to their issue.",
]
DASH_B = [
    "take steps to ensure that there is effective supervision of the initial risk assessment "
    "process, specifically in relation to the completion of DASH risk assessment in "
    "appropriate cases; and",
    "make sure that, in cases where a DASH risk assessment is not completed, the officer "
    "records an assessment on the crime management system.",
]
DISPARITY_B = [
    "carried out research and analysis in an attempt to understand the reasons for the "
    "disparity, and",
    "taken action to reduce the disparity, where necessary;",
]
RASSO_B = [
    "make sure it records reports of rape and serious sexual offences accurately and without "
    "delay; and",
    "make sure officers and staff have the training they need to identify and respond to rape "
    "and serious sexual offences.",
]
CONCERNS_B = [
    "make sure it provides a confidential way for staff to raise concerns and that staff are "
    "aware of whistleblowing processes;",
    "review the support available for those who have raised concerns and take any action "
    "needed to make sure these provisions are suitable; and",
    "make sure it provides accessible information for all staff and members of the public on "
    "how they can raise concerns and access confidential support (including through external "
    "agencies).",
]
OVERSIGHT_B = [
    "make sure there are appropriate strategic oversight arrangements in place to manage risks, "
    "performance and improvement plans effectively;",
    "make sure the corporate risk register is actively used to mitigate and manage known "
    "risks;",
    "make sure all processes in place to support performance management are effective; and",
    "make sure it has access to accurate data and analysis to support effective performance "
    "management.",
]
VAWG_B = [
    "improve its understanding of the nature and scale of violence against women and girls in "
    "its area; and",
    "make sure investigations of violence against women and girls are allocated to officers "
    "with the right skills and are effectively supervised.",
]
STALK_B = [
    "make sure victims of stalking and harassment are kept informed about the progress of their "
    "case, in line with the Code of Practice for Victims of Crime; and",
    "make sure it consistently uses ancillary orders and other powers to protect victims of "
    "stalking and harassment.",
]

# ---- Stop and search 2013 ---------------------------------------------------------------------
item(1184, "sas13", NAT, "Complete",
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.",
     f=dict(rag="GREEN", ref=True), expect="in_sync")
item(1185, "sas13", NAT, "Being progressed",
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     f=dict(rag="Complete", ref=False,
            text="CCs should establish or improve monitoring of the way officers S&S people, so "
                 "that they can be satisfied their officers are acting in accordance with the law "
                 "(incl. equality legislation & the Code of Practice), and that the power is used "
                 "effectively to prevent crime, catch criminals & maintain public trust."),
     expect="closeable_submit")
item(1186, "sas13", NAT, "Complete",
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     f=dict(rag="AMBER", ref=False), expect="closeable_local")
# ---- Everyone's business 2014 -----------------------------------------------------------------
item(2321, "everyone", NAT, "Complete", EVERY_STEM, EVERY_B, tail=EVERY_TAIL,
     f=dict(rag="GREEN", ref=True,
            text=EVERY_STEM + "\n" + "\n".join("• " + b.replace("; and 20", "; and")
                                               for b in EVERY_B) + "\n" + EVERY_TAIL),
     expect="in_sync")
# ---- Policing in austerity 2014 ---------------------------------------------------------------
item(4512, "austerity", NAT, "Complete",
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     f=dict(rag="Complete", ref=False), expect="in_sync")
item(4513, "austerity", NAT, "Being progressed",
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     f=None, expect="missing_from_force")
item(4514, "austerity", NAT, "Complete",
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     f=dict(rag="GREEN", ref=True), expect="in_sync")
item(4515, "austerity", NAT, "Being progressed",
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     f=dict(rag="AMBER", ref=False), expect="in_sync")
# ---- Core business 2014 ------------------------------------------------------------------------
item(4822, "core", NAT, "Superseded",
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     f=dict(rag="AMBER", ref=True), expect="closeable_local")
item(4823, "core", NAT, "Complete",
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     f=dict(rag="Complete", ref=False), expect="in_sync")
# ---- Integrity matters 2015 --------------------------------------------------------------------
item(902, "integrity", NAT, "Being progressed",
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     f=dict(rag="Pending sign off", ref=True), expect="closeable_submit")
# ---- Stop and search 2 (2015) ------------------------------------------------------------------
item(5310, "sas15", NAT, "Awaiting review",
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     f=dict(rag="AMBER", ref=False), expect="in_sync")
# ---- Building the picture 2015 -----------------------------------------------------------------
item(5577, "picture", NAT, "Complete",
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.",
     f=dict(rag="AMBER", ref=True), expect="closeable_local")
# ---- Targeting the risk (firearms licensing) 2015 ----------------------------------------------
item(5902, "firearms", NAT, "Complete",
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     f=dict(rag="GREEN", ref=False), expect="in_sync")
item(5903, "firearms", NAT, "Being progressed",
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     f=dict(rag="GREEN", ref=True), expect="closeable_submit")
item(5904, "firearms", NAT, "Being progressed",
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     f=None, expect="missing_from_force")
item(5905, "firearms", NAT, "Awaiting review",
     "Within three months, all chief constables should ensure that:", PERMITS_B,
     f=dict(rags=["GREEN", "GREEN", "BLUE"], ref="first",
            split=["Temporary permits (1/3): arrangements for the use of temporary permits are in "
                   "accordance with the HO guidance",
                   "Temporary permits (2/3): temporary permits are properly recorded without delay "
                   "on NFLMS",
                   "Temporary permits (3/3): effective systems exist to ensure certificate holders "
                   "are not permitted, at any time, to remain in unlawful possession of a "
                   "firearm"]),
     expect="closeable_submit")
item(5906, "firearms", NAT, "Being progressed",
     "Within three months, all chief constables should ensure that:", ATTEND_B,
     f=dict(rag="AMBER", ref=False), expect="in_sync")
# ---- PEEL efficiency 2015 (West Mercia) ---------------------------------------------------------
item(6120, "eff15", AFI, "Complete",
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     f=dict(rag="GREEN", ref=True), expect="in_sync")
item(6121, "eff15", AFI, "Complete",
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.",
     f=dict(rag="AMBER", ref=False), expect="closeable_local")
item(6122, "eff15", AFI, "Superseded",
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     f=dict(rag="RED", ref=True), expect="closeable_local")
# ---- PEEL legitimacy 2015 (West Mercia) ---------------------------------------------------------
item(6401, "leg15", REC, "Being progressed",
     "HMIC recommends that within six months the force should:", SAS_FORCE_B,
     f=dict(rag="GREEN", ref=False), expect="closeable_submit")
item(6402, "leg15", AFI, "Being progressed",
     "The force should revise its approach to cautions, cannabis warning and penalty notices "
     "for disorder to ensure that:", CAUTIONS_B, ref_rows=True,
     f=dict(rag="AMBER", ref=True), expect="in_sync")
# ---- PEEL effectiveness 2016 (West Mercia) ------------------------------------------------------
item(7710, "eff16", COC, "Complete",
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. HMIC "
     "found that officers are not consistently completing a DASH in circumstances where force "
     "policy requires that they should do so. This means that some victims of domestic abuse "
     "who may be at risk of harm are not being appropriately risk-assessed.",
     f=dict(rag="GREEN", ref=False), expect="in_sync")
item(7711, "eff16", REC, "Complete",
     "To improve the service provided to victims of domestic abuse, the force should "
     "immediately:", DA_B,
     f=dict(rag="Complete", ref=True), expect="in_sync")
item(7712, "eff16", COC, "Being progressed",
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was inappropriate "
     "in some cases. We found some instances where children were classed as ‘absent’ when they "
     "should have been recorded as ‘missing’, and risk levels for missing children were "
     "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
     "lower level and could have been exposed to an increased risk of harm.",
     f=dict(rag="AMBER", ref=True), expect="in_sync")
item(7713, "eff16", REC, "Being progressed",
     "To address this cause of concern the force should immediately review its approach to "
     "reports of missing children and take steps to ensure that:", MISSING_B,
     marks="first_in_stem",
     f=dict(rag="GREEN", ref=False), expect="closeable_submit")
item(7714, "eff16", REC, "Complete",
     "Within three months, the force should:", DASH_B,
     f=dict(rag="GREEN", ref=False), expect="in_sync")
# ---- Stolen freedom 2017 -----------------------------------------------------------------------
item(8101, "stolen", NAT, "Being progressed", SF_STEM, SF_B, ref_rows=True,
     f=dict(rags=["GREEN", "GREEN", "GREEN", "GREEN"], ref=True,
            split=["Within 12 months review MSHT leadership & governance to ensure that senior "
                   "leaders prioritise the response to MSHT",
                   "Within 12 months review MSHT leadership & governance to ensure that every "
                   "incident of modern slavery identified to police is allocated appropriate "
                   "resources with the skills, experience & capacity to investigate it "
                   "effectively",
                   "Within 12 months review MSHT leadership & governance to ensure that the force "
                   "develops effective partnership arrangements to co-ordinate activity in order "
                   "to share information and safeguard victims",
                   "Within 12 months review MSHT leadership & governance to ensure that "
                   "performance & QA measures are in place to allow senior leaders to assess the "
                   "nature and quality of the service provided to victims"]),
     expect="closeable_submit")
item(8102, "stolen", NAT, "Being progressed",
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible",
     f=dict(rag="AMBER", ref=False,
            text="Within 12 months, forces should have in place active ISAs with other agencies "
                 "to facilitate speedy exchange of intelligence & in order to safeguard victims "
                 "better & to identify suspects as early as possible.",
            conflict="timescale: the register says within six months, the tracker within 12 "
                     "months"),
     expect="conflict")
item(8103, "stolen", NAT, "Complete",
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     f=dict(rag="GREEN", ref=True), expect="in_sync")
item(8104, "stolen", NAT, "Complete",
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     f=dict(rag="AMBER", ref=False), expect="closeable_local")
item(8105, "stolen", NAT, "Being progressed",
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     f=dict(rag="Complete", ref=True), expect="closeable_submit")
item(8106, "stolen", NAT, "Awaiting review",
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).",
     f=dict(rag="AMBER", ref=False), expect="in_sync")
item(8107, "stolen", NAT, "Being progressed",
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     f=dict(rag="RED", ref=True), expect="in_sync")
# ---- PEEL efficiency 2017 (national) -----------------------------------------------------------
item(8450, "efc17", NAT, "Being progressed",
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     f=dict(rag="BLUE", ref=False), expect="closeable_submit")
# ---- PEEL legitimacy 2017 (national) -----------------------------------------------------------
item(8541, "leg17", COC, "Being progressed",
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     f=dict(rag="AMBER", ref=True), expect="in_sync")
item(8542, "leg17", NAT, "Being progressed",
     "By July 2018, all police forces across England and Wales should be regularly and "
     "frequently monitoring a comprehensive set of data and information on use of stop and "
     "search powers to understand: •the reasons for any disproportionate representation of "
     "different ethnic groups in the use of stop and search; •the extent to which find rates "
     "differ between people from different ethnicities, and across different types of searches "
     "(including separate identification of find rates for drug possession and supply-type "
     "offences); and •the prevalence of possession-only drug searches, and the extent to which "
     "these align with local or force level priorities.",
     f=dict(rag="AMBER", ref=False,
            text="By July 2018, all forces should be regularly & frequently monitoring a "
                 "comprehensive set of data & information on use of S&S powers to understand:\n"
                 "- the reasons for any disproportionate representation of different ethnic "
                 "groups in the use of S&S;\n"
                 "- the extent to which find rates differ between people from different "
                 "ethnicities, and across different types of searches (including separate "
                 "identification of find rates for drug possession and supply-type offences); "
                 "and\n"
                 "- the prevalence of possession-only drug searches, and the extent to which "
                 "these align with local or force level priorities."),
     expect="in_sync")
item(8543, "leg17", NAT, "Being progressed",
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:", DISPARITY_B, marks="nospace",
     f=dict(rag="GREEN", ref=8534,
            conflict="reference: the tracker records HMICFRS ref 8534, the register item is "
                     "8543 (digits transposed; 8534 is not on the list)"),
     expect="conflict")
item(8544, "leg17", NAT, "Being progressed",
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     f=None, expect="missing_from_force")
item(8545, "leg17", NAT, "Being progressed",
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     f=dict(rag="GREEN", ref=False, report="sas15", published=dt.date(2015, 3, 24),
            text="By July 2018 (and ongoing), ensure all officers who use S&S powers have been "
                 "provided with, and understand, training on unconscious bias & CoP APP on S&S.",
            conflict="report and date: filed under Stop and Search 2 (2015), published "
                     "24/03/2015; the register has PEEL: Police legitimacy 2017, 12th December "
                     "2017"),
     expect="conflict")
# ---- NCPI 2018 (West Mercia) --------------------------------------------------------------------
item(8910, "ncpi", REC, "Being progressed",
     "Within six months West Mercia Police should, in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:",
     DET_B,
     f=dict(rags=["AMBER", "GREEN", "AMBER"], ref=True,
            split=["Detention of children – ensure that all children are only detained when "
                   "absolutely necessary and for the absolute minimum amount of time",
                   "Detention of children – ensure that officers & staff in the custody suite "
                   "assess at an early stage a child's need for alternative accomodation (secure "
                   "or otherwise) and work with children's social care to achieve the most "
                   "appropiate option for the child",
                   "Detention of children – improve the timeliness of adequate appropriate adult "
                   "support for children who are arrested"],
            conflict="missing bullet: the tracker splits the recommendation into three rows; "
                     "the third bullet (custody staff record all actions and decisions on the "
                     "relevant documentation) has no row"),
     expect="conflict")
item(8911, "ncpi", REC, "Complete",
     "Within six months, the force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently "
     "good service.",
     f=dict(rag="GREEN", ref=True), expect="in_sync")
# ---- PEEL 2018/19 (West Mercia) ----------------------------------------------------------------
item(9231, "peel1819", COC, "Complete",
     "The force does not have suitable arrangements in place to make sure it can maintain the "
     "full range of public services when its alliance with Warwickshire Police ends. There are "
     "gaps in its workforce skills assessment, and weaknesses in both its investigative "
     "approach and its approach to safeguarding vulnerable people.",
     f=dict(rag="Complete", ref=False), expect="in_sync")
item(9232, "peel1819", REC, "Complete",
     "HMIC recommends that the force should immediately:", ALLIANCE_B,
     f=dict(rag="AMBER", ref=True), expect="closeable_local")
item(9233, "peel1819", COC, "Being progressed",
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.",
     f=dict(rag="AMBER", ref=False), expect="in_sync")
item(9234, "peel1819", REC, "Being progressed",
     "HMIC recommends that the force should immediately:", CAPACITY_B, marks="letters",
     f=dict(rag="GREEN", ref=True), expect="closeable_submit")
item(9235, "peel1819", REC, "Complete",
     "HMIC recommends that within six months the force should:", SIXMONTH_B,
     f=dict(rags=["AMBER", "AMBER", "RED"], ref=False,
            split=["6 month rec (1/3): ensure regular and active supervison of the quality and "
                   "progress of investigations. This supervison should be properly recorded",
                   "6 month rec (2/3): improve ability to retrieve digital evidence from mobile "
                   "phones, computers & other electronic devices quickly enough to ensure "
                   "investigations are not delayed",
                   "6 month rec (3/3): improve understanding of suspects RUI and the management "
                   "of those released on bail"]),
     expect="closeable_local")
# ---- CDI 2019 (West Mercia) ---------------------------------------------------------------------
item(9480, "cdi", REC, "Being progressed",
     "Within six months the force should put in place arrangements to ensure that:", CDI_B,
     ref_rows=True,
     f=dict(rag="AMBER", ref=True,
            text="Within six months the force should put in place arrangements to ensure that:\n"
                 "• at the point of report, victims are believed;\n"
                 "• conversations between the call handlers and callers are summarised "
                 "accurately in the incident log, thus providing attending officers with full "
                 "facts on which to base crime-recording decisions;\n"
                 "• the practice of awaiting the results of medical examinations or video "
                 "interviews before making crime-recording decisions is stopped; and\n"
                 "• online reports of crime are triaged at the point of receipt to ensure any "
                 "ongoing risks to the victim or the wider public are identified and "
                 "appropriately managed",
            conflict="missing bullet: the tracker's text has four of the five bullets; "
                     "'multiple crimes are always recorded …' is missing"),
     expect="conflict")
item(9481, "cdi", REC, "Complete",
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     f=dict(rag="GREEN", ref=False), expect="in_sync")
item(9482, "cdi", AFI, "Being progressed",
     "The force should:", RASSO_B,
     f=dict(rag="GREEN", ref=True), expect="closeable_submit")
# ---- Police powers spotlight 2021 ---------------------------------------------------------------
item(10340, "powers", NAT, "Being progressed",
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     f=dict(rag="AMBER", ref=False), expect="in_sync")
item(10341, "powers", NAT, "Being progressed",
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     f=dict(rag="GREEN", ref=True), expect="closeable_submit")
item(10342, "powers", NAT, "Being progressed",
     "By September 2021, forces should:", BWV_B, ref_rows=True,
     f=dict(rags=["GREEN", "GREEN", "AMBER"], ref="first",
            split=["BWV: ensure officers record on BWV (when available) the entirety of all S&S "
                   "encounters, including traffic stops & use of force incidents",
                   "BWV: structured process for regularly reviewing & monitoring internally a "
                   "sufficient sample of BWV footage to identify & disseminate learning and hold "
                   "officers to account",
                   "BWV: provide external scrutiny panel members with access to samples of BWV "
                   "footage showing S&S encounters & use of force incidents (CoP APP "
                   "safeguards)"]),
     expect="in_sync")
item(10343, "powers", NAT, "Being progressed",
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.",
     f=None, expect="missing_from_force")
item(10344, "powers", NAT, "Complete",
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     f=dict(rag="GREEN", ref=True), expect="in_sync")
# ---- PEEL 2021/22 (West Mercia) -----------------------------------------------------------------
item(11020, "peel2122", COC, "Being progressed",
     "The size of the vetting backlog within West Mercia Police is a cause of concern.",
     f=dict(rag="AMBER", ref=True), expect="in_sync")
item(11021, "peel2122", REC, "Being progressed",
     "Within six months, the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.",
     f=dict(rag="Pending sign off", ref=False), expect="closeable_submit")
item(11022, "peel2122", REC, "Being progressed",
     "Within six months, the force should:", CONCERNS_B,
     f=dict(rag="AMBER", ref=True,
            text="Within six months, the force should: • make sure it provides a confidential "
                 "way for staff to raise concerns and that staff are aware of whistleblowing "
                 "processes; • review the support available for those who have raised concerns "
                 "and take any action needed to make sure these provisions are suitable; and • "
                 "make sure it provides accessible information for all staff and members of the "
                 "public on how they can raise concerns and access confidential support "
                 "(including through external agencies)."),
     expect="in_sync")
item(11023, "peel2122", AFI, "Being progressed",
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     f=dict(rag="In progress", ref=False), expect="in_sync")
item(11024, "peel2122", AFI, "Complete",
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.",
     f=dict(rag="AMBER", ref=True), expect="closeable_local")
item(11025, "peel2122", AFI, "Being progressed",
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.",
     f=None, expect="missing_from_force")
# ---- PEEL 2023-25 (West Mercia) -----------------------------------------------------------------
item(11870, "peel2325", REC, "Awaiting review",
     "Within six months, the force should:", OVERSIGHT_B, ref_rows=True,
     f=dict(rag="AMBER", ref=False), expect="in_sync")
item(11871, "peel2325", AFI, "Awaiting review",
     "The force should:", VAWG_B,
     f=None, expect="missing_from_force")
item(11872, "peel2325", AFI, "Awaiting review",
     "The force should:", STALK_B, marks="dash",
     f=dict(rag="AMBER", ref=True), expect="in_sync")
item(11873, "peel2325", AFI, "Awaiting review",
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.",
     f=dict(rag="GREEN", ref=False), expect="closeable_submit")
item(11874, "peel2325", AFI, "Awaiting review",
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.",
     f=dict(rag="AMBER", ref=True), expect="in_sync")

# Force rows that are not on the HMICFRS list: (after ref, report key or text, type, text, rag,
# why). Placed in the tracker after the named register item.
EXTRAS = [
    (7711, "PEEL Effectiveness 2016", "Local action",
     "Local action: Dip-sample 50 domestic abuse crime reports each quarter and report findings "
     "to the Crime Standards Board", "GREEN",
     "force's own local action (DA dip-sampling); never an HMICFRS item"),
    (8107, "Stolen Freedom (MSHT) 2017", "Local action",
     "Force action - Appoint a single point of contact for modern slavery and human trafficking "
     "in each local policing area", "AMBER",
     "force's own local action (MSHT SPOCs); never an HMICFRS item"),
    (8911, "PEEL Effectiveness 2017", "AFI",
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "AMBER",
     "PEEL Effectiveness 2017 AFI the force still tracks; not on the definitive list (closed and "
     "dropped by HMICFRS, or never recorded there): query with HMICFRS"),
    (9482, "PEEL Efficiency 2016", "AFI",
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "RED",
     "PEEL Efficiency 2016 AFI the force still tracks; not on the definitive list: query with "
     "HMICFRS"),
    (11021, "PEEL 2021/22", "Local action",
     "JAC action: Internal audit of the vetting governance arrangements (audit plan 2023/24)",
     "Complete", "Joint Audit Committee action; never an HMICFRS item"),
    (11874, "PEEL 2023-25", "Local action",
     "Refresh the county lines drug dealing problem profile and add it to the control strategy",
     "AMBER", "force's own local action (no prefix); never an HMICFRS item"),
]

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


ABBREV = [
    (r"modern slavery and human trafficking", "MSHT"),
    (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"),
    (r"Chief Constables", "CCs"),
    (r"chief constables", "CCs"),
    (r"body-worn video", "BWV"),
    (r"College of Policing", "CoP"),
    (r"officers and staff", "officers & staff"),
    (r"Home Office", "HO"),
]
MISSPELL = {"supervision": "supervison", "arrangements": "arrangments",
            "appropriate": "appropiate", "necessary": "neccessary", "governance": "goverance"}


def force_text(it: dict, rng: random.Random) -> str:
    """A force analyst's copy of the whole item in one cell: bullets inside the cell."""
    stem = it["stem"]
    stem = re.sub(r"^HMIC recommends that (within six months )?the force should",
                  lambda m: ("Within 6 months the force should" if m.group(1)
                             else "The force should"), stem) if rng.random() < 0.5 else stem
    mark = rng.choice(["• ", "• ", "- ", "•"])
    if it["bullets"]:
        body = stem + "\n" + "\n".join(mark + b for b in it["bullets"])
    else:
        body = stem
    if rng.random() < 0.45:
        for pat, rep in ABBREV:
            if rng.random() < 0.7:
                body = re.sub(pat, rep, body)
    if rng.random() < 0.25:
        word = rng.choice(sorted(MISSPELL))
        body = body.replace(word, MISSPELL[word], 1)
    body = body.replace("’", "'") if rng.random() < 0.6 else body
    return body


PROG_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Ready to move to GREEN status. Evidence pack held by Organisational Learning.",
    "Pending sign off by the chief officer lead.",
    "Policy signed off and in place; audit in Q3 confirmed compliance.",
    "Completed – closure report to Force Assurance Board {d}.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
]
PROG_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up; implementation plan drafted.",
    "Addressed holistically as part of the force change programme.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Awaiting allocation.",
    "Update requested from lead {d}.",
    None,
]
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing", None]


def rezip(buf: bytes, path: str) -> None:
    """Write the xlsx with fixed zip timestamps and fixed core-property dates."""
    fixed = "2025-03-03T09:00:00Z"
    src = zipfile.ZipFile(io.BytesIO(buf))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + fixed.encode() + m.group(3), data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)


def save(wb: Workbook, path: str) -> None:
    wb.properties.creator = "West Mercia Police"
    wb.properties.lastModifiedBy = "Organisational Learning"
    b = io.BytesIO()
    wb.save(b)
    rezip(b.getvalue(), path)


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------

def build() -> None:
    rng = random.Random(SEED)
    os.makedirs(OUT, exist_ok=True)
    truth: list[tuple[str, str, str, str]] = []
    hrow_of: dict[int, str] = {}

    # ---------------- HMICFRS definitive list ----------------
    wb = Workbook()
    ws = wb.active
    ws.title = H_SHEET
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "HMICFRS definitive list of recommendations and areas for improvement – West Mercia Police"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Received from HMICFRS 3 March 2025. Reformatted by the Force Liaison Lead for the "
                "Joint Audit Committee: bulleted recommendations are shown one bullet per row "
                "under the row holding the reference.")
    headers = ["Ref", "Report", "Published", "Type", "Status", "Recommendation / AFI"]
    hdr = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hdr, column=c, value=h)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    r = hdr + 1
    n_bulleted = 0
    for it in ITEMS:
        title, pub, _ = REPORTS[it["rep"]]
        bullets = it["bullets"]
        stem = it["stem"]
        rows_b = list(bullets) if bullets else []
        marks = it["marks"]
        if bullets:
            n_bulleted += 1
            if marks == "nospace":
                rows_b = ["•" + b for b in rows_b]
            elif marks == "letters":
                rows_b = [f"({chr(97 + i)}) " + b for i, b in enumerate(rows_b)]
            elif marks == "dash":
                rows_b = ["- " + b for b in rows_b]
            else:
                rows_b = ["• " + b for b in rows_b]
            if marks == "first_in_stem":
                stem = stem + " " + rows_b[0]
                rows_b = rows_b[1:]
        vals = [it["ref"], title, ordinal(pub), it["typ"], it["status"], stem]
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v).alignment = wrap
        it["hrow"] = f"{H_SHEET}!{r}"
        it["hrow_n"] = r
        hrow_of[it["ref"]] = it["hrow"]
        r += 1
        for b in rows_b:
            if it["ref_rows"]:
                ws.cell(row=r, column=1, value=it["ref"]).alignment = wrap
            ws.cell(row=r, column=6, value=b).alignment = wrap
            r += 1
        if it["tail"]:
            ws.cell(row=r, column=6, value=it["tail"]).alignment = wrap
            r += 1
    last_h = r - 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Source: HMICFRS monitoring portal export, 03/03/2025. Items closed by HMICFRS in the "
        "last reporting period are included for information. Bullet rows are not separate "
        "recommendations."))
    for col, w in zip("ABCDEF", (8, 48, 20, 24, 18, 100)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save(wb, os.path.join(OUT, "hmicfrs.xlsx"))

    # ---------------- Force tracker ----------------
    wb = Workbook()
    ws = wb.active
    ws.title = F_SHEET
    ws["A1"] = "West Mercia Police – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Organisational Learning & Assurance | v14 | last updated 21/02/2025 | OFFICIAL"
    fh = ["No.", "HMICFRS Ref", "Report", "Date published", "Type", "Recommendation / AFI",
          "Lead", "RAG", "Latest update", "Date submitted for closure"]
    for c, h in enumerate(fh, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.font = Font(bold=True, color="FFFFFF")
    fills = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "BLUE": "00B0F0"}

    # the force keeps its tracker in its own order: by report date, national reports after
    # the force's own reports of the same year; extras after their anchor item.
    order = sorted([it for it in ITEMS if it["f"]],
                   key=lambda it: (REPORTS[it["f"].get("report", it["rep"])][1].year,
                                   0 if "West Mercia" in REPORTS[it["rep"]][0] else 1,
                                   REPORTS[it["rep"]][1], it["ref"]))
    extras_after = {}
    for e in EXTRAS:
        extras_after.setdefault(e[0], []).append(e)

    fr = 5
    no = 1
    sub_dates = [dt.date(2024, m, d) for m, d in ((4, 11), (6, 20), (9, 5), (10, 17), (11, 28),
                                                   (12, 12))] + [dt.date(2025, 1, 23),
                                                                 dt.date(2025, 2, 13)]

    def write_row(ref, report, pub, typ, text, rag, lead=None, upd=None, subd=None):
        nonlocal fr, no
        vals = [no, ref, report, pub, typ, text, lead, rag, upd, subd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=fr, column=c, value=v)
            cell.alignment = wrap
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        if rag in fills:
            ws.cell(row=fr, column=8).fill = PatternFill("solid", fgColor=fills[rag])
        row_id = f"{F_SHEET}!{fr}"
        fr += 1
        no += 1
        return row_id

    def progress(rag):
        if rag in F_DONE:
            p = rng.choice(PROG_DONE)
            d = rng.choice(sub_dates)
            return p.replace("{d}", d.strftime("%d/%m/%Y")), (d if rng.random() < 0.6 else None)
        p = rng.choice(PROG_OPEN)
        if p:
            p = p.replace("{d}", rng.choice(sub_dates).strftime("%d/%m/%Y"))
        return p, None

    def ref_value(v):
        # a few refs typed as text, as trackers do
        return str(v) if rng.random() < 0.2 else v

    counts: dict[str, int] = {}
    for it in order:
        f = it["f"]
        rep_key = f.get("report", it["rep"])
        report = REPORTS[rep_key][2]
        pub = f.get("published", REPORTS[it["rep"]][1])
        if rng.random() < 0.12 and "published" not in f:
            pub = None          # some trackers leave the date blank on a few rows
        typ = F_TYPE[f.get("type", it["typ"])]
        lead = rng.choice(LEADS)
        h_closed = it["status"] in H_CLOSED
        assert it["status"] in H_OPEN | H_CLOSED
        if "split" in f:
            rags = f["rags"]
            texts = f["split"]
        else:
            rags = [f["rag"]]
            texts = [f.get("text") or force_text(it, rng)]
        f_done = all(x in F_DONE for x in rags)
        if f.get("conflict"):
            cat = "conflict"
        elif h_closed == f_done:
            cat = "in_sync"
        elif f_done:
            cat = "closeable_submit"
        else:
            cat = "closeable_local"
        assert cat == it["expect"], (it["ref"], cat, it["expect"])
        hstat = "closed" if h_closed else "open"
        fstat = "done" if f_done else "open"
        for k, (txt, rag) in enumerate(zip(texts, rags)):
            refspec = f["ref"]
            if refspec is True:
                ref = ref_value(it["ref"])
            elif refspec == "first":
                ref = ref_value(it["ref"]) if k == 0 else None
            elif refspec is False:
                ref = None
            else:
                ref = refspec
            upd, subd = progress(rag)
            rid = write_row(ref, report, pub, typ, txt, rag, lead, upd, subd)
            if cat == "conflict":
                why = f"conflict on {f['conflict']}"
            else:
                why = (f"HMICFRS {it['status']} ({hstat}), force {'/'.join(rags)} ({fstat})")
            if len(texts) > 1:
                why += f"; force split row {k + 1} of {len(texts)}"
                if cat != "conflict" and len(set(x in F_DONE for x in rags)) > 1:
                    why += " (not every bullet done, so the item is open)"
            if it["bullets"]:
                nb = len(it["bullets"])
                why += f"; register item spans {nb + 1 + (1 if it['tail'] else 0)} rows"
            if ref is None:
                why += "; no ref on the force row, matched on text"
            truth.append((it["hrow"], rid, cat, why))
            counts[cat] = counts.get(cat, 0) + 1
        for e in extras_after.get(it["ref"], []):
            _, rep_name, etyp, etext, erag, ewhy = e
            upd, subd = progress(erag)
            rid = write_row(None, rep_name, None, etyp, etext, erag, rng.choice(LEADS), upd, subd)
            truth.append(("", rid, "not_on_hmicfrs_list", ewhy))
            counts["not_on_hmicfrs_list"] = counts.get("not_on_hmicfrs_list", 0) + 1
    last_f = fr - 1
    for it in ITEMS:
        if it["f"] is None:
            assert it["expect"] == "missing_from_force"
            why = f"HMICFRS {it['status']}; no row in the force tracker"
            if it["bullets"]:
                why += f"; register item spans {len(it['bullets']) + 1} rows"
            truth.append((it["hrow"], "", "missing_from_force", why))
            counts["missing_from_force"] = counts.get("missing_from_force", 0) + 1
    for col, w in zip("ABCDEFGHIJ", (6, 12, 30, 14, 18, 90, 26, 16, 50, 16)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:J{last_f}"

    key = wb.create_sheet("Key")
    key_rows = [
        ("RAG", "Meaning"),
        ("GREEN", "Recommendation implemented; evidence held"),
        ("BLUE", "Complete and evidence submitted to HMICFRS for closure"),
        ("Complete", "As GREEN (older entries)"),
        ("Pending sign off", "Lead reports complete; awaiting chief officer sign off"),
        ("AMBER", "Subject to ongoing work and monitoring; expected to be implemented"),
        ("In progress", "As AMBER"),
        ("RED", "Beyond deadline or cannot be implemented (rationale required)"),
    ]
    for i, (a, b) in enumerate(key_rows, 1):
        key.cell(row=i, column=1, value=a).font = bold if i == 1 else Font()
        key.cell(row=i, column=2, value=b)
    key.column_dimensions["A"].width = 18
    key.column_dimensions["B"].width = 70
    save(wb, os.path.join(OUT, "tracker.xlsx"))

    # ---------------- truth.csv (HMICFRS row order, then force-only rows) ----------------
    def sort_key(t):
        h, f = t[0], t[1]
        hn = int(h.split("!")[1]) if h else 10**6
        fn = int(f.split("!")[1]) if f else 0
        return (hn, fn)

    truth.sort(key=sort_key)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh_:
        w = csv.writer(fh_, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)

    print("HMICFRS items:", len(ITEMS), "bulleted (multi-row):",
          sum(1 for it in ITEMS if it["bullets"]), "list rows", hdr + 1, "-", last_h)
    print("force item rows:", last_f - 4, "rows 5 -", last_f)
    print("truth lines:", len(truth), dict(sorted(counts.items())))


if __name__ == "__main__":
    build()
