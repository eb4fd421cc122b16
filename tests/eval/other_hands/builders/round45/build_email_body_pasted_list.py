"""Build the evaluation case `email_body_pasted_list` (round 45, listfree).

HMICFRS side: the definitive list as it arrives in the body of an Outlook e-mail from the
HMICFRS Force Liaison Lead, forwarded by the force's HMICFRS liaison officer to the analyst,
who selected the whole message and pasted it into Sheet1 of a new workbook.  What Excel does
with a pasted HTML message is imitated: the forwarding note, the From/Sent/To/Subject block,
the covering letter and the signature/disclaimer land in column A; the table keeps its borders;
cells spanning several table rows (rowspan) become vertically merged cells; a cell holding
line breaks or a bulleted list (<br>, <p>, <ul>) is split over several worksheet rows, the
other cells of that table row being merged over them; Outlook list bullets paste as "·" plus
padding; the register id keeps its hyperlink to the register page.

Force side: an ordinary tracker workbook (sheet "Tracker" plus a "Key" sheet).

Run: /work/main/.venv/bin/python build_email_body_pasted_list.py
Texts: real public HMICFRS wording (OGL), copied from /work/main/reconcile/casegen/texts and
/work/shared/data/real_recommendations.csv; force rewording, updates and local actions are ours.
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

SEED = 4520245
CASE = "email_body_pasted_list"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Wiltshire Police"
H_SHEET = "Sheet1"
F_SHEET = "Tracker"

rng = random.Random(SEED)

# ---------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker name)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Information management (Building the Picture)"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015"),
    "ncpi16": ("National child protection inspection 2016", dt.date(2016, 6, 16), "NCPI 2016"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Eff 16"),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 7), "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legit 17"),
    "cus18": ("Report on an unannounced inspection visit to police custody suites 2018",
              dt.date(2018, 8, 14), "Custody inspection 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 20), "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 3, 19), "PEEL 2023-24"),
}

NATIONAL_KEYS = {"sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "firearms", "stolen", "efc17", "leg17", "powers"}

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"

# HMICFRS "Latest update" comments (real register comment texts).
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_NEW = "New recommendation"
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the CDI inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")

# Real texts -----------------------------------------------------------------------------------
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
    "safeguards in the College of Policing’s authorised professional practice on body-worn "
    "video.")
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
    "to the victim or the wider public are identified and appropriately managed")
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action")
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
CHILD_DETENTION = (
    "Within six months Wiltshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")
DISPARITY = (
    "Where forces identify disparities through monitoring, they should demonstrate to the "
    "public that they have:\n"
    "•carried out research and analysis in an attempt to understand the reasons for the "
    "disparity, and •taken action to reduce the disparity, where necessary;")


def I(ref, rep, typ, text, hs, hc, f):
    return dict(ref=ref, rep=rep, type=typ, text=text, hs=hs, hc=hc, f=f)


def F(st, cat, why, **kw):
    d = dict(st=st, cat=cat, why=why)
    d.update(kw)
    return d


SYNC_O = "open on both: HMICFRS {hs}, force '{st}'"
SYNC_C = "closed on both: HMICFRS {hs}, force '{st}'"
SUBMIT = "HMICFRS {hs}, force records it done ('{st}')"
LOCAL = "HMICFRS closed it ({hs}), force still open ('{st}')"

ITEMS = [
    # --- national reports ---------------------------------------------------------------------
    I(1204, "sas13", REC,
      "Chief Constables and the College of Policing should establish in the Stop and Search "
      "Authorised Professional Practice document a clear specification of what constitutes the "
      "effective and fair exercise of stop and search powers, and guidance in this respect. This "
      "should be compliant with the Code of Practice.", "Complete", C_DONE,
      F("Complete", "in_sync", SYNC_C)),
    I(1205, "sas13", REC,
      "Chief Constables should establish or improve monitoring of the way officers stop and "
      "search people, so that they can be satisfied their officers are acting in accordance with "
      "the law (including equality legislation and the Code of Practice), and that the power is "
      "used effectively to prevent crime, catch criminals and maintain public trust.",
      "Being progressed", C_MON, F("Complete - submitted for closure", "closeable_submit", SUBMIT)),
    I(1206, "sas13", REC,
      "Chief Constables should, in consultation with elected local policing bodies, ensure that "
      "they comply with the code of practice by explaining to the public the way stop and search "
      "powers are used in their areas and by making arrangements for stop and search records to "
      "be scrutinised by community representatives. This should be done in a way that involves "
      "those people who are stopped and searched, for example, young people.", "Complete",
      C_DONE, F("Ongoing", "closeable_local", LOCAL)),
    I(2321, "everyone", REC, EVERYONE_PLAN, "Superseded", C_SUP,
      F("In progress", "closeable_local",
        "HMICFRS superseded it (closed); force still 'In progress'. Force copy joins the eight "
        "pasted lines into one cell and drops the stray footnote '20' - same text",
        tx="joined")),
    I(3105, "austerity", REC,
      "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
      "are doing all they can to continue to reduce crime and protect the front line while "
      "balancing their budgets. They should use the data and information contained in this "
      "report, and in HMIC's Value for Money profiles, when conducting their reviews",
      "Complete", C_DONE, F("Closed", "in_sync", SYNC_C)),
    I(3106, "austerity", REC,
      "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
      "through collaboration should assess whether there is scope to improve on this position. "
      "HMIC will follow up the assessments in the autumn.", "Complete", C_DONE,
      F("Complete", "in_sync", SYNC_C, tx="abbrev")),
    I(3107, "austerity", REC,
      "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
      "workforce and/or police officers on the front line should assess whether they have taken "
      "the decisive action seen in many forces in order to maintain their crime fighting "
      "capacity. HMIC will follow up the assessments in the autumn.", "Complete", C_DONE, None),
    I(3108, "austerity", REC,
      "In preparation for the next spending round period all Chief Constables and PCCs should "
      "review their plans for collaboration. In particular they should consider whether there is "
      "scope to deliver better value for money and improved capability and capacity through "
      "joint working with other forces, the public and/or the private sector.",
      "Being progressed", C_REV, F("On track", "in_sync", SYNC_O)),
    I(4822, "core", REC,
      "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
      "not yet done so, should provide call-handlers with specific, sound and comprehensible "
      "criteria against which they can assess threat, harm and risk.", "Superseded", C_SUP,
      F("Complete", "in_sync", SYNC_C, tx="nbsp")),
    I(4823, "core", REC,
      "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
      "carried out is systematically recorded and subsequently evaluated to determine the "
      "effectiveness of tactics being employed.", "Being progressed", C_MON,
      F("On track", "conflict",
        "deadline differs: HMICFRS 'By 31 March 2015', force text 'By 31 March 2016' "
        "(both open)",
        tx="By 31 March 2016 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.")),
    I(5060, "integrity", REC,
      "By 31 August 2015, all chief constables should satisfy themselves that they have "
      "processes in place to ensure that investigations into misconduct by officers and staff "
      "resulting in “no further action” are fair and free of any form of discrimination.",
      "Complete", C_DONE, F("Pending sign off", "in_sync", SYNC_C)),
    I(5217, "sas15", REC,
      "Chief constables should, in consultation with police and crime commissioners, ensure "
      "that they comply with the Code of Practice by explaining to the public the way stop and "
      "search powers are used in their areas and by making arrangements for stop and search "
      "records to be scrutinised by community representatives. This should be done in a way "
      "that involves those people who are stopped and searched, for example young people.",
      "Being progressed", "", F("Ongoing", "in_sync", SYNC_O + "; abbreviated text, "
                               "report 'Stop & search powers 2'", ref="", tx="abbrev")),
    I(5498, "picture", REC,
      "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
      "audits of compliance with the APP on information management through the force "
      "information management governance structure. This should include measures to ensure "
      "that categorisation of records are regularly adjusted.", "Being progressed", C_MON,
      F("Complete", "closeable_submit", SUBMIT)),
    I(5731, "firearms", REC,
      "Within three months, all chief constables should assess how well the governance of "
      "firearms licensing in his or her force meets the standards set out in Authorised "
      "Professional Practice. Chief constables of forces where the governance standards are not "
      "being complied with should put in place immediately the correct arrangements and "
      "procedures in order to meet the standards in full.", "Complete", C_DONE,
      F("Complete", "in_sync", SYNC_C)),
    I(5732, "firearms", REC,
      "Within three months, all chief constables should assess the demand placed on their "
      "firearms licensing department and ensure it has the capacity to meet this demand and "
      "provide an efficient and effective service at all times.", "Being progressed", C_MON,
      F("Off track", "in_sync", SYNC_O)),
    I(5733, "firearms", REC,
      "Immediately, all chief constables should satisfy themselves that all appropriate action "
      "is being taken by their force with regard to ‘total expired’ licensing records.",
      "Being progressed", C_MON, F("Completed", "closeable_submit", SUBMIT)),
    I(5734, "firearms", REC,
      "Within three months, all chief constables should ensure that their arrangements in "
      "respect of the use of temporary permits are in accordance with the Home Office guidance; "
      "that temporary permits are properly recorded without delay on the National Firearms "
      "Licensing Management System; and that effective systems exist to ensure certificate "
      "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
      "Complete", C_DONE, F("In progress", "closeable_local", LOCAL)),
    I(5735, "firearms", REC,
      "Within three months, all chief constables should ensure that systems designed to "
      "identify, prior to police attendance, whether a reported incident involves or is at the "
      "address of a firearm certificate holder are in place and are always applied by staff "
      "dispatching officers to incidents; and that officers understand the risk assessment which "
      "they should be undertaking in such circumstances, and their power, when appropriate, to "
      "seize firearms and firearm certificates.", "Being progressed", C_MON, None),
    # --- force reports ------------------------------------------------------------------------
    I(6120, "ncpi16", REC, CHILD_DETENTION, "Complete", C_DONE,
      F("Complete", "in_sync", SYNC_C)),
    I(6121, "ncpi16", AFI,
      "The force should make sure officers and staff have the training they need to identify "
      "and respond to child sexual exploitation.", "Being progressed", C_MON,
      F("Awaiting allocation", "in_sync", SYNC_O, tx="abbrev")),
    I(6122, "ncpi16", AFI,
      "The force should improve how it works with partner organisations to safeguard people at "
      "risk from child sexual exploitation.", "Being progressed", "",
      F("Complete", "closeable_submit", SUBMIT)),
    I(6431, "eff16", COC,
      "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
      "who fail to support the investigation and the low use of police powers of arrest and "
      "prosecution is a cause of concern to HMIC.", "Being progressed", C_MON,
      F("Ongoing", "in_sync", SYNC_O)),
    I(6432, "eff16", REC,
      "In order to improve the service it provides to victims of domestic abuse, offer the best "
      "possible protection and bring more perpetrators to justice, the force should immediately "
      "consider ways of increasing the use of arrest, ancillary orders and other available "
      "powers.", "Being progressed", C_MON, F("Complete", "closeable_submit", SUBMIT)),
    I(6433, "eff16", REC,
      "To improve the service provided to victims of domestic abuse the force should "
      "immediately take steps to understand and address the reason behind why such a high "
      "proportion of victims of domestic abuse do not support the police investigation.",
      "Complete", C_DONE, F("Ongoing", "closeable_local", LOCAL, tx="abbrev")),
    I(6434, "eff16", REC,
      "In addition, the practice of conducting domestic abuse risk assessments over the "
      "telephone and dealing with domestic abuse in the resolution centre should cease",
      "Being progressed", C_MON, F("Off track", "in_sync", SYNC_O)),
    I(6435, "eff16", COC, MISSING_COC, "Being progressed", C_MON,
      F("On track", "in_sync", SYNC_O)),
    I(6436, "eff16", REC, MISSING_REC, "Being progressed", C_MON,
      F("Complete", "closeable_submit",
        "split: force tracks each of the three bullets as its own row, all done; HMICFRS "
        "still Being progressed",
        split=[("6436.1", "Call takers to understand and use the missing and absent category "
                          "appropriately (missing children CoC - immediate)"),
               ("6436.2", "Call takers and frontline staff to have the knowledge to identify "
                          "CSE risk factors and how to respond to such cases"),
               ("6436.3", "Supervisors to provide the correct oversight of missing person "
                          "enquiries and direct appropriate and timely investigative and "
                          "safeguarding action")])),
    I(6989, "cdi17", REC, CDI_VICTIMS, "Being progressed", C_MON,
      F("On track", "conflict",
        "missing bullet: force copy lists four of the five bullets (no 'multiple crimes are "
        "always recorded...'); both open", tx="dropbullet")),
    I(6990, "cdi17", REC,
      "Within six months the force should improve its use of its crime-recording and "
      "management system to better manage its case files and investigative processes.",
      "Complete", C_AUTH, F("Ongoing", "closeable_local", LOCAL)),
    I(6991, "cdi17", AFI,
      "The force should make sure it records reports of rape and serious sexual offences "
      "accurately and without delay.", "Being progressed", C_MON,
      F("In progress", "in_sync", SYNC_O, tx="nostem")),
    I(7412, "stolen", REC, SF_LEADERSHIP, "Being progressed", C_MON,
      F("On track", "in_sync",
        "split: force tracks each of the four bullets as its own row, all open; HMICFRS open",
        split=[("7412 (a)", "Within 12 months review MSHT leadership & governance so that senior "
                            "leaders prioritise the response to MSHT"),
               ("7412 (b)", "Within 12 months review MSHT leadership & governance so that every "
                            "MS incident is allocated appropriate resources with the skills, "
                            "experience and capacity to investigate it effectively"),
               ("7412 (c)", "Within 12 months review MSHT leadership & governance so that the "
                            "force develops effective partnership arrangements to share "
                            "information and safeguard victims"),
               ("7412 (d)", "Within 12 months review MSHT leadership & governance so that "
                            "performance and QA measures let senior leaders assess the quality "
                            "of service to victims")])),
    I(7413, "stolen", REC,
      "Within six months, forces should have in place active information-sharing agreements "
      "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
      "safeguard victims better and to identify suspects as early as possible",
      "Being progressed", C_MON,
      F("On track", "conflict",
        "timescale differs: HMICFRS 'Within six months', force 'Within twelve months' "
        "(both open)",
        tx="Within twelve months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence and in "
           "order to safeguard victims better and to identify suspects as early as possible")),
    I(7414, "stolen", REC,
      "Immediately, forces should ensure that all victims carrying out criminal acts under "
      "compulsion attributable to slavery or exploitation are afforded the protection of early "
      "and continuing consideration of the applicability of the section 45 defence.",
      "Complete", C_DONE, F("Complete", "in_sync", SYNC_C)),
    I(7415, "stolen", REC,
      "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
      "process as it evolves and are implementing the requirement placed upon them under the "
      "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
      "adult victim of modern slavery or human trafficking.", "Being progressed", C_MON,
      F("Complete - submitted for closure", "closeable_submit", SUBMIT, tx="abbrev")),
    I(7416, "stolen", REC,
      "Immediately, forces should take steps to ensure they fully comply with national crime "
      "recording standard (NCRS) requirements for offences identified as modern slavery and "
      "human trafficking and that sufficient audit capacity is available to the force crime "
      "registrar to provide reassurance that each force is identifying and managing any gaps in "
      "its crime-recording accuracy for these types of offences.", "Being progressed", C_MON,
      F("Off track", "in_sync", SYNC_O)),
    I(7417, "stolen", REC,
      "Immediately, forces should ensure that allegations or indications of modern slavery and "
      "human trafficking are thoroughly investigated and effectively supervised by teams and "
      "individuals with the skills and experience to undertake them (this should include the "
      "use where appropriate of joint intelligence teams and other means to obtain intelligence "
      "and evidence from agencies overseas).", "Complete", C_DONE,
      F("In progress", "closeable_local", LOCAL, tx="misspell")),
    I(7418, "stolen", REC,
      "Immediately, forces should review their use of preventative powers under the Modern "
      "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
      "to pose a clear threat to others in respect of modern slavery and human trafficking "
      "offences are exploited.", "Being progressed", C_MON,
      F("Not started", "in_sync", SYNC_O)),
    I(7655, "efc17", REC,
      "By September 2018, chief constables should produce an ambitious plan to improve "
      "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
      "Council and Association of Police and Crime Commissioners should support the development "
      "of these plans by establishing a national framework which allows for the provision of "
      "digitally enabled services across force boundaries.", "Being progressed", C_MON,
      F("Complete", "closeable_submit", SUBMIT, tx="abbrev")),
    I(8541, "leg17", COC,
      "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
      "search powers is consistently reasonable and fair. In particular, there is "
      "over-representation of BAME people, and black people in particular, in stop and search "
      "data which many forces are unable to explain.", "Being progressed", C_MON,
      F("Ongoing", "in_sync", SYNC_O)),
    I(8542, "leg17", REC, SAS_MONITORING_2017, "Being progressed", C_MON,
      F("Complete", "closeable_submit", SUBMIT)),
    I(8543, "leg17", REC, DISPARITY, "Complete", C_DONE,
      F("Complete", "in_sync", SYNC_C)),
    I(8544, "leg17", REC,
      "We expect forces to publish this analysis and any actions taken at least on an annual "
      "basis, from July 2018.", "Being progressed", C_MON, None),
    I(8545, "leg17", REC,
      "By July 2018, and ongoing following that date, forces should ensure that all officers "
      "who use stop and search powers have been provided with, and understand, training on "
      "unconscious bias and College of Policing APP on stop and search.", "Complete", C_DONE,
      F("Ongoing", "closeable_local", LOCAL)),
    I(8547, "leg17f", COC,
      "The size of the vetting backlog within Wiltshire Police is a cause of concern.",
      "Complete", C_DONE, F("Complete", "in_sync", SYNC_C)),
    I(8548, "leg17f", AFI,
      "The force should make sure it provides a confidential way for staff to raise concerns "
      "and that staff are aware of whistleblowing processes.", "Complete", C_DONE,
      F("Complete", "in_sync", SYNC_C)),
    I(8549, "leg17f", AFI,
      "The force should review how it gathers and uses equality and diversity data to improve "
      "its understanding of its workforce demographics.", "Being progressed", C_MON,
      F("Ongoing", "in_sync", SYNC_O, tx="nostem")),
    I(8550, "leg17f", REC,
      "The force should ensure all staff have received at least the lowest level of vetting "
      "clearance for their roles as quickly as possible, working to clear both the vetting "
      "backlog and new vetting renewals when they become due so that it complies fully with "
      "the national vetting guidelines.", "Being progressed", C_MON,
      F("Complete", "closeable_submit", SUBMIT)),
    I(8787, "cus18", AFI,
      "The force should make sure officers and staff have the training they need to identify "
      "and respond to vulnerable adults.", "Being progressed", C_MON,
      F("Awaiting allocation", "in_sync", SYNC_O)),
    I(8788, "cus18", AFI,
      "The force should make sure officers and staff have the training they need to identify "
      "and respond to people with mental ill health.", "Being progressed", C_MON,
      F("Complete", "closeable_submit", SUBMIT + "; near-twin of 8787 (topic differs)")),
    I(9401, "peel18", COC,
      "The force does not have the capacity or capability to investigate crime effectively and "
      "this is affecting the service being provided to the public. There are failings in the "
      "way that crimes are being investigated.", "Being progressed", C_MON,
      F("Ongoing", "in_sync", SYNC_O)),
    I(9402, "peel18", REC,
      "HMIC recommends that the force should immediately: conduct a review of officers’ "
      "capabilities and capacity to manage their investigative workload, to better understand "
      "investigative demand and the pressures placed upon them; and", "Being progressed", C_MON,
      F("Complete", "closeable_submit", SUBMIT)),
    I(9403, "peel18", REC,
      "HMIC recommends that within six months the force should: ensure regular and active "
      "supervision of the quality and progress of investigations. This supervision should be "
      "properly recorded;", "Being progressed", C_MON,
      F("On track", "conflict",
        "report/date differ: HMICFRS PEEL 2018/19 (2 May 2019), force files it under "
        "PEEL 2021/22 published 20/05/2022; same ref and text, both open",
        rep="PEEL 2021/22", pub=dt.date(2022, 5, 20))),
    I(9404, "peel18", REC,
      "HMIC recommends that within six months the force should: improve its ability to "
      "retrieve digital evidence from mobile phones, computers and other electronic devices "
      "quickly enough to ensure investigations are not delayed;", "Complete", C_DONE,
      F("In progress", "closeable_local", LOCAL)),
    I(9405, "peel18", REC,
      "HMIC recommends that within six months the force should: improve its understanding of "
      "suspects released under investigation and the management of those released on bail;",
      "Being progressed", C_MON, F("On track", "in_sync", SYNC_O, tx="abbrev")),
    I(9406, "peel18", AFI,
      "The force should undertake further work to gain a fuller understanding of current demand "
      "for its services, and likely future changes in demand. This is so it can make best use "
      "of its resources by matching them to demand to meet the needs of the public.",
      "Complete", C_DONE, F("Complete", "in_sync", SYNC_C)),
    I(9407, "peel18", AFI,
      "The force should develop its understanding of the links between its outcomes, outputs "
      "and costs.", "Complete", C_DONE, F("On track", "closeable_local", LOCAL)),
    I(9408, "peel18", AFI,
      "Wiltshire Police should develop a future workforce plan that is aligned with its overall "
      "demand and budget. The plan should include future resource allocations, the mix of "
      "skills required by the workforce and behaviours expected of them.", "Being progressed",
      C_MON, F("On track", "conflict",
               "reference differs: HMICFRS 9408, force wrote 9480 (no such item on the list); "
               "same report and text, both open", ref="9480")),
    I(10913, "powers", REC,
      "By July 2022, forces should ensure that officers and staff have effective communication "
      "skills, in line with the National Policing Guidelines on Conflict Management. This should "
      "be in addition to existing training on conflict management and de-escalation.",
      "Being progressed", C_MON, F("On track", "in_sync", SYNC_O)),
    I(10914, "powers", REC,
      "By July 2021, forces should ensure that communication skills are reinforced as part of "
      "the programme of continuing professional development for officers and staff, and that "
      "supervisors are supported to routinely and frequently debrief officers on these skills "
      "using body-worn video footage.", "Complete", C_DONE, F("Complete", "in_sync", SYNC_C)),
    I(10915, "powers", REC, BWV_2021, "Being progressed", C_MON,
      F("Complete", "closeable_submit", SUBMIT)),
    I(10916, "powers", REC,
      "The Home Office and the NPCC should take steps to ensure that the quality of the data "
      "collected on the number of incidents where force has been used to effect a stop and "
      "search is sufficient for publication. The Home Office should publish this data as soon "
      "as possible.", "Complete", C_DONE,
      F("Not force responsibility", "in_sync",
        "closed on both: HMICFRS Complete, force 'Not force responsibility' (WHITE: done, "
        "not the force's to deliver)")),
    I(10917, "powers", REC,
      "By July 2021, forces should ensure they have effective internal monitoring processes on "
      "the use of force, to help them to identify and understand disproportionate use, explain "
      "the reasons and implement any necessary improvement action.", "Being progressed", C_MON,
      F("In progress", "in_sync", SYNC_O)),
    I(11230, "peel21", AFI,
      "The force should make sure there are appropriate strategic oversight arrangements in "
      "place to manage risks, performance and improvement plans effectively.",
      "Being progressed", C_MON, F("On track", "in_sync", SYNC_O)),
    I(11231, "peel21", AFI,
      "The force should make sure the corporate risk register is actively used to mitigate and "
      "manage known risks.", "Being progressed", C_MON,
      F("Complete", "closeable_submit", SUBMIT)),
    I(11232, "peel21", AFI,
      "The force should make sure all processes in place to support performance management are "
      "effective.", "Complete", C_DONE, F("Ongoing", "closeable_local", LOCAL)),
    I(11233, "peel21", AFI,
      "The force should put plans in place to monitor, including through the gathering and "
      "analysis of staff feedback, team cultures and provide prompt remedial action for any "
      "issues it identifies.", "Being progressed", C_MON,
      F("On track", "conflict",
        "type differs: HMICFRS Area for improvement, force records it as a Recommendation "
        "(both open)", ty="Recommendation")),
    I(11234, "peel21", AFI,
      "The force should specify in succession plans how it intends to improve diversity across "
      "all levels of the force. This should include offering increased direct-entry "
      "opportunities.", "Being progressed", C_MON,
      F("On track", "in_sync", SYNC_O + "; force text heavily abridged but ref, report and "
        "type agree",
        tx="Improve diversity at all levels through succession planning (incl. direct entry)")),
    I(11235, "peel21", AFI,
      "The force should make sure victims of domestic abuse are kept informed about the "
      "progress of their case, in line with the Code of Practice for Victims of Crime.",
      "Being progressed", C_MON, F("Complete", "closeable_submit", SUBMIT, ref="")),
    I(11236, "peel21", AFI,
      "The force should improve the timeliness of its response to calls for service involving "
      "domestic abuse.", "Complete", C_DONE, F("Complete", "in_sync", SYNC_C)),
    I(12604, "peel23", AFI,
      "The force should make sure it has enough specialist capacity and capability to "
      "investigate online child sexual abuse.", "Awaiting review", C_NEW,
      F("Not started", "in_sync", SYNC_O)),
    I(12605, "peel23", AFI,
      "The force should improve how it gathers, assesses and acts on intelligence about county "
      "lines drug dealing.", "Awaiting review", C_NEW,
      F("Awaiting allocation", "in_sync", SYNC_O, ref="")),
    I(12606, "peel23", AFI,
      "The force should make sure investigations of rape and serious sexual offences are "
      "allocated to officers with the right skills and are effectively supervised.",
      "Awaiting review", C_NEW, None),
    I(12607, "peel23", AFI,
      "The force should evaluate its work to prevent knife crime and share what works across "
      "the force.", "Awaiting review", C_NEW, None),
    I(12608, "peel23", AFI,
      "The force should make sure it consistently uses ancillary orders and other powers to "
      "protect victims of stalking and harassment.", "Awaiting review", C_NEW,
      F("Complete", "closeable_submit", SUBMIT + "; force already delivered it under the "
        "stalking plan")),
    I(12609, "peel23", REC,
      "Within six months, the force should ensure that it has sufficient resources available in "
      "the control room to fulfil its resourcing model, and so to meet its demand, while also "
      "taking into account the wellbeing of its workforce.", "Awaiting review", C_NEW,
      F("Off track", "in_sync", SYNC_O)),
]

# Force rows that are not HMICFRS items: (insert after ref; -ref: before it, ref cell, tracker report, pub, type,
# text, status, why)
EXTRA = [
    (2321, "", "Everyone's Business (DA) 2014", dt.date(2014, 3, 27), "Local",
     "Local action: Task & Finish group to review the domestic abuse policy and report to the "
     "Force Executive Team", "Complete", "force's own local action"),
    (-6120, "5123", "PEEL Efficiency 15", dt.date(2015, 10, 22), "AFI",
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", "Ongoing",
     "older PEEL Efficiency 2015 AFI (ref 5123) no longer on HMICFRS's list"),
    (5217, "N/A", "Stop & search powers 2", dt.date(2015, 3, 24), "Local",
     "Force action - Deliver refresher training on stop and search to all response and "
     "neighbourhood officers", "Ongoing", "force's own local action"),
    (-6120, "5890", "PEEL Legitimacy 2015", dt.date(2016, 2, 11), "AFI",
     "The force should revise its approach to cautions, cannabis warning and penalty notices "
     "for disorder to ensure that there is a clear and auditable explanation to the offender "
     "of the implications of receiving the warning and that, for victim-based crimes, there is "
     "a clear and auditable record that views of the victim are considered prior to their "
     "issue.", "Complete",
     "older PEEL Legitimacy 2015 AFI (ref 5890) no longer on HMICFRS's list"),
    (5735, "", "Firearms licensing 2015", dt.date(2015, 9, 15), "Local",
     "JAC action: Internal audit of the firearms licensing governance arrangements (audit plan "
     "2023/24)", "Not started", "force's own local action (audit committee)"),
    (7418, "", "Stolen Freedom (MSHT) 2017", dt.date(2017, 10, 24), "Local",
     "Force improvement plan: Appoint a single point of contact for modern slavery and human "
     "trafficking in each local policing area", "Complete", "force's own local action"),
    (11236, "Local", "PEEL 2021/22", dt.date(2022, 5, 20), "Local",
     "Add counter-corruption measures to the monthly Force Performance pack", "On track",
     "force's own local action (no prefix; ref cell 'Local')"),
]

FORCE_DONE = {"Complete", "Completed", "Complete - submitted for closure", "Pending sign off",
              "Closed", "Not force responsibility"}
FORCE_OPEN = {"Ongoing", "In progress", "On track", "Off track", "Not started",
              "Awaiting allocation"}
H_OPEN = {"Awaiting review", "Being progressed"}
H_CLOSED = {"Complete", "Superseded"}

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Director of Finance", "Supt Firearms Licensing", None]
PROG_DONE = ["Completed. Evidence submitted to HMICFRS for closure.",
             "Policy signed off and in place; evidence pack held by SP&A.",
             "Ready to move to GREEN status.",
             "Already complete / believed to be complete within short time scale (and within "
             "deadline).",
             "Delivered through the force change programme - see closure report to FET.",
             None]
PROG_OPEN = ["Work undertaken in area but still requires development to complete.",
             "A Task & Finish group has been set up and a full implementation/project plan, "
             "policy rewrite and communications plan is now completed.",
             "Little work yet undertaken in this area. Unlikely to reach deadlines.",
             "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
             "Addressed holistically as part of the force change programme.",
             "Update requested from lead - none received.",
             None]

ABBREV = [(r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
          (r"stop and search", "S&S"), (r"police and crime commissioners", "PCCs"),
          (r"Chief Constables", "CCs"), (r"Chief constables", "CCs"),
          (r"child sexual exploitation", "CSE"), (r"released under investigation", "RUI"),
          (r"within six months", "within 6 months"), (r"Home Office", "HO"),
          (r"officers and staff", "officers & staff"), (r"\band\b", "&")]
MISSPELL = {"investigated": "investigatd", "appropriate": "appropiate",
            "effectively": "effectivly", "supervised": "supervized"}

TRACKER_TYPE = {REC: ["Rec", "Recommendation", "Rec"], AFI: ["AFI", "Area for Improvement", "AFI"],
                COC: ["CoC", "Cause for Concern"]}


# ---------------------------------------------------------------------------------------------
def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


def email_lines(text: str) -> list[str]:
    """How a multi-line cell of the HTML table lands in Excel: one worksheet row per line;
    Outlook list items arrive as '·' + padding."""
    out = []
    for ln in text.split("\n"):
        ln = ln.rstrip()
        if ln.startswith("• "):
            ln = "·\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 " + ln[2:]
        out.append(ln)
    return out


def force_text(it: dict, mode: str) -> str:
    t = it["text"]
    if mode == "verbatim":
        return t
    if mode == "joined":
        t = t.replace(" and 20\n", " and\n")
        return re.sub(r"\s*\n+\s*", " ", t)
    if mode == "nbsp":
        return t.replace("31 March", "31\u00a0March")
    if mode == "abbrev":
        for pat, rep in ABBREV:
            t = re.sub(pat, rep, t)
        return t
    if mode == "misspell":
        for a, b in MISSPELL.items():
            t = t.replace(a, b)
        return t
    if mode == "nostem":
        t = re.sub(r"^The force should ", "", t)
        return t[0].upper() + t[1:]
    if mode == "dropbullet":
        return "\n".join(ln for ln in t.split("\n") if not ln.startswith("• multiple crimes"))
    return mode  # literal text


def ref_cell(ref: int):
    k = rng.random()
    if k < 0.45:
        return ref
    if k < 0.6:
        return str(ref)
    if k < 0.72:
        return f"HMICFRS {ref}"
    if k < 0.84:
        return f"Ref {ref}"
    if k < 0.92:
        return f"#{ref}"
    return f"{ref} "


def closure_date(pub: dt.date) -> dt.date:
    lo = max(pub + dt.timedelta(days=120), dt.date(2018, 1, 1))
    hi = dt.date(2024, 4, 26)
    if lo >= hi:
        lo = hi - dt.timedelta(days=20)
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days))


# ---------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build_hmicfrs(path: str):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = H_SHEET
    n_items = len(ITEMS)
    n_open = sum(1 for it in ITEMS if it["hs"] in H_OPEN)
    n_closed = n_items - n_open
    top = [
        "Hi Tom,",
        "",
        "Definitive list from Claire (HMICFRS FLL) below - can you reconcile it against the "
        "tracker before JAC on 11 June? Anything we have as complete that they still show as "
        "open, flag it and I'll pull the evidence together for submission.",
        "",
        "Thanks",
        "Sarah",
        "",
        "Sarah Whitlock | HMICFRS Liaison Officer | Strategic Planning & Assurance | "
        "Wiltshire Police",
        "",
        "From: Claire Pemberton",
        "Sent: 14 May 2024 09:42",
        "To: Sarah Whitlock",
        "Cc: HMICFRS Monitoring Team",
        "Subject: Wiltshire Police - definitive list of recommendations and AFIs - May 2024",
        "",
        "OFFICIAL",
        "",
        "Dear Sarah,",
        "",
        "Following our liaison meeting last week, please find below the definitive list of "
        "recommendations, causes of concern and areas for improvement that we hold for "
        "Wiltshire Police on the monitoring portal as at 13 May 2024.",
        "Items showing as Complete or Superseded have been closed since the list we sent you in "
        "November 2023; they are included so that you can update your own records and will "
        "not appear on the next list.",
        f"In total there are {n_items} items: {n_open} open (Awaiting review or Being "
        f"progressed) and {n_closed} closed since November.",
        "",
    ]
    r = 1
    for line in top:
        if line:
            ws.cell(r, 1, line)
        r += 1
    header = ["Ref", "Report", "Published", "Type", "Recommendation / Area for improvement",
              "Status", "Latest update"]
    hdr_fill = PatternFill("solid", fgColor="1F3864")
    for c, h in enumerate(header, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = hdr_fill
        cell.border = BOX
    header_row = r
    r += 1

    hrow = {}
    # order: by publication date, then ref (as the portal sorts)
    items = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][1], it["rep"], it["ref"]))
    i = 0
    while i < len(items):
        rep = items[i]["rep"]
        block = [it for it in items if it["rep"] == rep]
        start = r
        for it in block:
            lines = email_lines(it["text"])
            first = r
            hrow[it["ref"]] = first
            c = ws.cell(r, 1, it["ref"])
            c.hyperlink = ("https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/"
                           f"wiltshire/{it['ref']}/")
            c.font = Font(color="0563C1", underline="single")
            ws.cell(r, 4, it["type"])
            ws.cell(r, 6, it["hs"])
            if it["hc"]:
                if it["hs"] == "Awaiting review":
                    stamp = REPORTS[rep][1]
                elif it["hs"] in H_CLOSED:  # closed since the November 2023 list
                    stamp = dt.date(2023, 11, 20) + dt.timedelta(days=rng.randrange(0, 170))
                else:
                    stamp = dt.date(2024, 5, 13) - dt.timedelta(days=rng.randrange(10, 400))
                ws.cell(r, 7, f"{ordinal(stamp)}: {it['hc']}")
            for ln in lines:
                if ln:
                    ws.cell(r, 5, ln)
                r += 1
            last = r - 1
            for col in (1, 4, 6, 7):
                if last > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=last,
                                   end_column=col)
        end = r - 1
        ws.cell(start, 2, REPORTS[rep][0])
        ws.cell(start, 3, ordinal(REPORTS[rep][1]))
        for col in (2, 3):
            if end > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
        for rr in range(start, end + 1):
            for cc in range(1, 8):
                ws.cell(rr, cc).border = BOX
                ws.cell(rr, cc).alignment = Alignment(vertical="top")
        i += len(block)
    last_table_row = r - 1
    bottom = [
        "",
        "If anything above does not match your records, please let me know by 31 May and I "
        "will get it corrected on the portal before your JAC.",
        "",
        "Kind regards",
        "",
        "Claire",
        "",
        "Claire Pemberton | Force Liaison Lead | HMICFRS",
        "",
        "OFFICIAL",
        "",
        "This e-mail and any attachments are intended for the named recipient only. If you have "
        "received it in error please notify the sender and delete it. Communications with "
        "HMICFRS may be monitored and recorded.",
    ]
    for line in bottom:
        if line:
            ws.cell(r, 1, line)
        r += 1
    ws.column_dimensions["A"].width = 9
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["D"].width = 20
    ws.column_dimensions["E"].width = 90
    ws.column_dimensions["F"].width = 17
    ws.column_dimensions["G"].width = 60
    fix_props(wb)
    wb.save(path)
    return hrow, header_row, last_table_row


def build_tracker(path: str, hrow: dict):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = F_SHEET
    ws.cell(1, 1, "Wiltshire Police - HMICFRS Recommendations & Areas for Improvement Tracker")
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.cell(2, 1, "Owner: Strategic Planning & Assurance | Last updated 02/05/2024 | Reported "
                  "to the Joint Audit Committee")
    header = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
              "Lead", "Status", "Progress update", "Date submitted for closure"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    r = 5
    no = 0
    truth = []
    extra_after = {}
    for e in EXTRA:
        extra_after.setdefault(e[0], []).append(e)

    def put(ref, rep, pub, typ, text, st, sub, no_cell):
        nonlocal r
        ws.cell(r, 1, no_cell)
        if ref != "":
            ws.cell(r, 2, ref)
        ws.cell(r, 3, rep)
        c = ws.cell(r, 4, pub)
        if isinstance(pub, dt.date):
            c.number_format = "dd/mm/yyyy"
        ws.cell(r, 5, typ)
        ws.cell(r, 6, text).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 7, rng.choice(LEADS))
        ws.cell(r, 8, st)
        prog = rng.choice(PROG_DONE if st in FORCE_DONE else PROG_OPEN)
        if st == "Awaiting allocation":
            prog = "Awaiting allocation."
        if st == "Pending sign off":
            prog = "Pending sign off by the chief officer lead."
        if st == "Not force responsibility":
            prog = "Not the force's responsibility to deliver; dependent upon another organisation."
        if prog:
            ws.cell(r, 9, prog)
        if sub:
            ws.cell(r, 10, sub).number_format = "dd/mm/yyyy"
        r += 1
        return r - 1

    # the tracker lists the force's own inspections first, then national/thematic reports
    items = sorted(ITEMS, key=lambda it: (it["rep"] in NATIONAL_KEYS, REPORTS[it["rep"]][1],
                                          it["rep"], it["ref"]))
    def put_extra(anchor):
        nonlocal no
        for e in extra_after.get(anchor, []):
            _, refc, rep, pub, typ, txt, st, why = e
            no += 1
            done = st in FORCE_DONE
            sub = closure_date(pub) if done else None
            fr = put(refc, rep, pub, typ, txt, st, sub, no)
            XROW.append((refc, txt, fr))
            truth.append(("", f"{F_SHEET}!{fr}", "not_on_hmicfrs_list", why))

    for it in items:
        put_extra(-it["ref"])
        f = it["f"]
        hr = f"{H_SHEET}!{hrow[it['ref']]}"
        if f is not None:
            title, pub, tname = REPORTS[it["rep"]]
            rep = f.get("rep", tname)
            pubv = f.get("pub", pub)
            if it["rep"] in ("ncpi16", "cus18"):  # typed as text by whoever added them
                pubv = pub.strftime("%B %Y")
            typ = f.get("ty") or rng.choice(TRACKER_TYPE[it["type"]])
            st = f["st"]
            done = st in FORCE_DONE
            why = f["why"].format(hs=it["hs"], st=st)
            if "split" in f:
                no += 1
                for k, (refc, txt) in enumerate(f["split"]):
                    sub = closure_date(pub) if done and st != "Pending sign off" else None
                    fr = put(refc, rep, pubv, typ, txt, st, sub, f"{no}{'abcd'[k]}")
                    FROW.setdefault(it["ref"], []).append(fr)
                    truth.append((hr, f"{F_SHEET}!{fr}", f["cat"],
                                  why + f" (bullet {k + 1} of {len(f['split'])})"))
            else:
                no += 1
                ref = f["ref"] if "ref" in f else ref_cell(it["ref"])
                if ref == "":
                    why = why + "; force row has no ref"
                txt = force_text(it, f.get("tx", "verbatim"))
                sub = closure_date(pub) if (done and st != "Pending sign off"
                                            and rng.random() < 0.8) else None
                fr = put(ref, rep, pubv, typ, txt, st, sub, no)
                FROW.setdefault(it["ref"], []).append(fr)
                truth.append((hr, f"{F_SHEET}!{fr}", f["cat"], why))
        else:
            truth.append((hr, "", "missing_from_force",
                          f"on HMICFRS list ({it['hs']}), no row in force tracker"))
        put_extra(it["ref"])
    for col, w in zip("ABCDEFGHIJ", (6, 14, 30, 12, 20, 80, 26, 28, 50, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    key = wb.create_sheet("Key")
    key.cell(1, 1, "Status key").font = Font(bold=True)
    rows = [("Complete / Completed / Closed", "Implemented; evidence held"),
            ("Complete - submitted for closure", "Evidence sent to HMICFRS, awaiting their closure"),
            ("Pending sign off", "Lead says done; awaiting chief officer sign off"),
            ("Not force responsibility", "WHITE - not ours to deliver / depends on another body"),
            ("On track / Ongoing / In progress", "AMBER - work under way"),
            ("Off track", "RED - beyond deadline or at risk"),
            ("Not started / Awaiting allocation", "No lead allocated or work not begun")]
    for k, (a, b) in enumerate(rows, 3):
        key.cell(k, 1, a)
        key.cell(k, 2, b)
    key.column_dimensions["A"].width = 34
    key.column_dimensions["B"].width = 60
    fix_props(wb)
    wb.save(path)
    return truth


FROW: dict[int, list[int]] = {}
XROW: list[tuple] = []
FIXED = dt.datetime(2024, 5, 14, 10, 0, 0)


def fix_props(wb):
    wb.properties.creator = "HMICFRS liaison"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = None


def normalise_zip(path: str):
    """Rewrite the xlsx with fixed zip timestamps and a fixed modified date so the build is
    byte-for-byte repeatable."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-05-14T10:00:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 14, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_readme(hrow, header_row, last_table_row, truth):
    import collections

    def H(ref):
        return f"Sheet1!{hrow[ref]}"

    def T(ref):
        rows = FROW[ref]
        return f"Tracker {rows[0]}" if len(rows) == 1 else f"Tracker {rows[0]}-{rows[-1]}"

    lines_cat = collections.Counter(t[2] for t in truth)
    item_cat = collections.Counter()
    seen = set()
    for t in truth:
        if t[0] and t[0] not in seen:
            seen.add(t[0])
            item_cat[t[2]] += 1
    n_open = sum(1 for it in ITEMS if it["hs"] in H_OPEN)
    n_items = len(ITEMS)
    n_force = sum(1 for t in truth if t[1])
    one_side = item_cat["closeable_submit"] + item_cat["closeable_local"]
    multi = []
    for it in sorted(ITEMS, key=lambda x: x["ref"]):
        k = len(email_lines(it["text"]))
        if k > 1:
            multi.append(f"{it['ref']} ({k} rows)")
    local_rows = ", ".join(str(fr) for refc, txt, fr in XROW if not re.match(r"^\d+$", refc))
    old_rows = ", ".join(str(fr) for refc, txt, fr in XROW if re.match(r"^\d+$", refc))
    blank_ref = ", ".join(str(it["ref"]) for it in ITEMS if it["f"] and it["f"].get("ref") == "")
    first_item = header_row + 1
    text = f"""# {CASE}

Built by `../build_{CASE}.py` (seed **{SEED}**; run with `/work/main/.venv/bin/python`; it
rebuilds every file here, this README included, byte for byte). `../check_{CASE}.py`
re-checks row ids and coverage. Force: Wiltshire Police (a made-up situation built from real
public HMICFRS texts).

## What real practice it imitates

HMICFRS sends a force its definitive list by e-mail from its Force Liaison Lead (research notes
§1.1: nobody has published the portal's export format, so the list often travels as a table
in a message). The force's HMICFRS liaison officer forwards the message to the analyst ("can
you reconcile it against the tracker before JAC?"), and the analyst selects the whole message
in Outlook and pastes it into Sheet1 of a new workbook. `hmicfrs.xlsx` is what Excel makes of
that paste:

- **Rows 1-{header_row - 1} are the e-mail, not the table**: the forwarding note and
  signature, the `From: / Sent: / To: / Cc: / Subject:` block, the `OFFICIAL` marking, the
  greeting and a covering letter. The letter says Complete/Superseded items were closed since
  the November list and gives the totals ({n_items} = {n_open} open + {n_items - n_open}
  closed). All of this is in column A. The table header is row {header_row}
  (`Ref | Report | Published | Type | Recommendation / Area for improvement | Status | Latest update`);
  the table runs to row {last_table_row}.
- **Report and Published are merged down** over each report's block (HTML `rowspan`): only
  the block's first row carries them.
- **Multi-line recommendations are split over several worksheet rows.** Excel does this with
  `<br>`/`<p>`/`<ul>` inside an HTML cell. The first row carries Ref, Type, Status and Latest
  update, and those cells are merged down over the continuation rows. Each continuation row
  holds one line of text in column E. Items affected: {", ".join(multi)}. Two of 2321's rows
  are blank inside the item (the report's empty paragraphs). Continuation rows are **not
  items** and are not in truth.csv; an item's row is the one that shows its Ref.
- Outlook list bullets paste as `·` followed by non-breaking-space padding. Inline `•` bullets
  (6120, 8542, 8543) stay inside one line.
- Ref is a plain register integer (research §1.2), hyperlinked to the old register URL
  (`.../hmicfrs/recommendation/wiltshire/<id>/`). Published is text in the register's own
  style (`24th October 2017`). Latest update is `<ordinal date>: <real register comment>`
  (`This recommendation is complete`; `Authorised for closure ... CDI inspection team ...`;
  the "subsequently been inspected in HMIC's PEEL Effectiveness inspections" superseded
  comment; `New recommendation`; the "being monitored" text). It is blank for two items.
- Status words: open = `Awaiting review`, `Being progressed`; closed = `Complete`, `Superseded`.
- Rows {last_table_row + 1}-{last_table_row + 12}: the sign-off, signature, `OFFICIAL` marking
  and disclaimer, in column A.

National and force-level items are mixed, in publication-date order. Two reports share a date
and almost share a title: "PEEL: Police legitimacy 2017 (national overview)" (8541-8545) and
the force's own "PEEL: Police legitimacy 2017" (8547-8550).

## Force side (`tracker.xlsx`)

Sheet `Tracker`: title in row 1, owner/updated line in row 2, blank row 3, header row 4
(`No. | HMICFRS Ref | Report | Published | Type | Recommendation / AFI | Lead | Status | Progress
update | Date submitted for closure`), items in rows 5-{4 + n_force + 0}. Sheet `Key` is a
status legend, not items. The force's own inspections come first, then the national reports,
so the order differs from the list's.

- Status words: done = `Complete`, `Completed`, `Closed`, `Complete - submitted for closure`,
  `Pending sign off`, `Not force responsibility` (WHITE); open = `Ongoing`, `In progress`,
  `On track`, `Off track`, `Not started`, `Awaiting allocation`.
- The reference is written in many ways: `8541` (number), `8541` (text), `8541 ` (trailing
  space), `HMICFRS 8541`, `Ref 8541`, `#8541`. It is blank on the rows for {blank_ref}. Split
  rows use `6436.1`-`.3` and `7412 (a)`-`(d)`. Local actions have `N/A`, `Local` or a blank.
  `No.` is a running number (`9a, 9b, 9c` on split rows), never a reference.
- Report names are the tracker's own (`PEEL Eff 16`, `Stolen Freedom (MSHT) 2017`, `PEEL Legit 17
  S&S` vs `PEEL Legit 17`, `PEEL 2023-24`, ...). Published holds dates (dd/mm/yyyy), except
  `June 2016` and `August 2018`, typed as text, for NCPI 2016 and Custody 2018.
- Type words: `Rec`, `Recommendation`, `AFI`, `Area for Improvement`, `CoC`,
  `Cause for Concern`, `Local`.
- Text: mostly verbatim. Some rows are abbreviated (MSHT, DA, S&S, CCs, PCCs, CSE, RUI, `&`,
  `within 6 months`). Some drop the stem (`Make sure it records...`, `Review how it
  gathers...`). 7417 is misspelt and 4822 has a non-breaking space. 2321 joins the eight pasted
  lines into one cell and drops the stray footnote `20`. 11234 is heavily abridged ("Improve
  diversity at all levels through succession planning (incl. direct entry)").

## Traps and how the truth decides them

| Trap | Rows | Truth |
|---|---|---|
| E-mail header, covering letter, signature and disclaimer around the table | Sheet1 1-{header_row - 1}, {last_table_row + 1}-{last_table_row + 12} | not items |
| Continuation rows of split multi-line cells (including blank ones inside 2321) | e.g. Sheet1 {hrow[2321] + 1}-{hrow[2321] + 7}, {hrow[6989] + 1}-{hrow[6989] + 5} | not items; the item is the row with the Ref |
| Report/Published only on the first row of each merged block | throughout | the item belongs to the block's report |
| Split recommendation, all bullets open | 7412 {H(7412)} / {T(7412)} | 4 lines, `in_sync`, same hmicfrs_row |
| Split recommendation, all bullets done, HMICFRS open | 6436 {H(6436)} / {T(6436)} | 3 lines, `closeable_submit`, same hmicfrs_row |
| Missing bullet (force has 4 of 5 bullets) | 6989 {H(6989)} / {T(6989)} | `conflict` |
| Timescale: six vs twelve months | 7413 {H(7413)} / {T(7413)} | `conflict` |
| Deadline: 31 March 2015 vs 2016 | 4823 {H(4823)} / {T(4823)} | `conflict` |
| Filed under the wrong report and date (PEEL 2021/22, 20/05/2022) | 9403 {H(9403)} / {T(9403)} | `conflict` |
| Reference typo: 9480 for 9408 (9480 is not on the list) | {H(9408)} / {T(9408)} | `conflict` |
| Type: AFI on the list, Recommendation in the tracker | 11233 {H(11233)} / {T(11233)} | `conflict` |
| Near-identical formulaic AFIs that differ only by topic (CSE / vulnerable adults / mental ill health) | 6121, 8787, 8788 | matched by ref and topic |
| No ref on the force row | {blank_ref} | matched by report and text |
| Heavily abridged force text, ref agrees | 11234 {T(11234)} | `in_sync` |
| Superseded on the list, force Complete | 4822 | `in_sync` (closed/done) |
| Superseded on the list, force In progress | 2321 | `closeable_local` |
| WHITE "Not force responsibility" vs HMICFRS Complete | 10916 | `in_sync` |
| `Pending sign off` vs Complete | 5060 | `in_sync` (force done) |
| Closed on the list and never tracked | 3107 {H(3107)} | `missing_from_force` |
| Not tracked: 5735, 8544; new PEEL 2023/24 AFIs not yet added: 12606, 12607 | | `missing_from_force` |
| Older items HMICFRS no longer lists (refs 5123, 5890) | Tracker {old_rows} | `not_on_hmicfrs_list` |
| Local actions (`Local action:`, `Force action -`, `JAC action:`, `Force improvement plan:`, one with no prefix) | Tracker {local_rows} | `not_on_hmicfrs_list` |

The status rule: HMICFRS open = Awaiting review / Being progressed, closed = Complete /
Superseded; force done/open as listed above. HMICFRS open with force done → `closeable_submit`;
HMICFRS closed with force open → `closeable_local`; both the same → `in_sync`. A fact that
disagrees makes it a `conflict` whatever the statuses (all six conflicts are open on both
sides).

## Counts

HMICFRS items: {n_items} ({n_open} open, {n_items - n_open} closed). Force item rows: {n_force}.
truth.csv: {len(truth)} lines.

| category | truth lines | HMICFRS items |
|---|---|---|
""" + "".join(f"| {c} | {lines_cat[c]} | {item_cat[c] if c != 'not_on_hmicfrs_list' else '-'} |\n"
              for c in ("in_sync", "closeable_submit", "closeable_local", "conflict",
                        "missing_from_force", "not_on_hmicfrs_list")) + f"""
Closed on one side only: {one_side} of {n_items} items ({round(100 * one_side / n_items)}%).
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    os.makedirs(OUT, exist_ok=True)
    hpath = os.path.join(OUT, "hmicfrs.xlsx")
    fpath = os.path.join(OUT, "tracker.xlsx")
    hrow, header_row, last_table_row = build_hmicfrs(hpath)
    truth = build_tracker(fpath, hrow)
    for p in (hpath, fpath):
        normalise_zip(p)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for t in truth:
            w.writerow(t)
    write_readme(hrow, header_row, last_table_row, truth)
    print(f"header row {header_row}, table ends {last_table_row}, truth lines {len(truth)}")


if __name__ == "__main__":
    main()
