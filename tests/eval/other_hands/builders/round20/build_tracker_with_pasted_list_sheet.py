"""Build the evaluation case `tracker_with_pasted_list_sheet` (round 20).

Cheshire Constabulary keeps its HMICFRS tracker in one workbook with three sheets:
  - "HMICFRS Actions": the force's own rows (ref typed in, report and HMICFRS status looked up
    by formula in the pasted copy, text copied in, lead, RAG, update, date submitted);
  - "HMICFRS list (pasted)": the HMICFRS definitive list as received on 12/02/2024, pasted as
    values, kept for look-ups (NOT force items);
  - "Lists": drop-down values.
The HMICFRS side is the current register export of 07/10/2024 (hmicfrs.xlsx).

Run with /work/main/.venv/bin/python. Fixed seed; the output is byte for byte the same on
every run (zip entry times and document properties are fixed after openpyxl saves).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 20
rng = random.Random(SEED)

CASE = "tracker_with_pasted_list_sheet"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Cheshire Constabulary"
COPY_SHEET = "HMICFRS list (pasted)"
TRACK_SHEET = "HMICFRS Actions"
HM_SHEET = "Recommendations"
PASTE_DATE = dt.date(2024, 2, 12)
EXPORT_DATE = dt.date(2024, 10, 7)
FIXED_TS = dt.datetime(2024, 10, 8, 9, 30, 0)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
BP, AR, COMPLETE, SUPERSEDED = "Being progressed", "Awaiting review", "Complete", "Superseded"
CLOSED = {COMPLETE, SUPERSEDED}

# --------------------------------------------------------------------------------------------
# Reports: key -> (title in the current export, title in the pasted Feb 2024 copy, published)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              "Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 "Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time",
             "Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  "Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30)),
    "picture": ("Building the picture: an inspection of police information management",
                "Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 "Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016 – Cheshire Constabulary",
              "PEEL Effectiveness 2016 - Cheshire", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               "Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)",
              "PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "effcy17": ("PEEL: Police efficiency 2017 – Cheshire Constabulary",
                "PEEL Efficiency 2017 - Cheshire", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)",
              "PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018 – Cheshire Constabulary",
               "National child protection inspection - Cheshire (2018)", dt.date(2018, 6, 19)),
    "cdi19": ("Crime data integrity inspection 2019 – Cheshire Constabulary",
              "Crime data integrity inspection 2019 - Cheshire", dt.date(2019, 9, 24)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force",
               "Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cheshire "
               "Constabulary",
               "PEEL 2021/22 - Cheshire Constabulary", dt.date(2022, 4, 26)),
    "cust22": ("Report on an unannounced inspection visit to police custody suites in Cheshire",
               "Report on an unannounced inspection visit to police custody suites in Cheshire",
               dt.date(2022, 8, 9)),
    "peel23": ("PEEL 2023–2025: Police effectiveness, efficiency and legitimacy – Cheshire "
               "Constabulary", None, dt.date(2024, 5, 21)),
}

# --------------------------------------------------------------------------------------------
# HMICFRS items. copy = status in the pasted Feb 2024 list (None: added since, not in copy).
# now = status in the current export (None: removed from the register since the paste).
# Texts are real HMICFRS wording (Open Government Licence), from the casegen text lists and
# /work/shared/data/real_recommendations.csv; force-level bodies put in the force's name.
# --------------------------------------------------------------------------------------------
MISSING_CHILDREN = (
    "Within six months the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
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
    "to the victim or the wider public are identified and appropriately managed.")
CUSTODY_CHILDREN = (
    "Within six months Cheshire Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")
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
DA_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
SAS_COC = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.")

# (key, ref, report, type, text, copy status, current status)
ITEMS = [
    ("N1a", 1406, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", COMPLETE, COMPLETE),
    ("N1b", 1407, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     COMPLETE, COMPLETE),
    ("N1c", 1408, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example, young people.",
     COMPLETE, COMPLETE),
    ("N2", 2321, "everyone", NAT, EVERYONE_PLAN, SUPERSEDED, SUPERSEDED),
    ("N3a", 4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
     "have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     COMPLETE, COMPLETE),
    ("N3b", 4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", BP, SUPERSEDED),
    ("N4", 5190, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     COMPLETE, COMPLETE),
    ("N5", 5634, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", COMPLETE, COMPLETE),
    ("N6a", 6012, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", COMPLETE, COMPLETE),
    ("N6b", 6013, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", COMPLETE, COMPLETE),
    ("N6c", 6014, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     COMPLETE, COMPLETE),
    ("N6d", 6015, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     BP, COMPLETE),
    ("N6e", 6016, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", BP, BP),
    ("F1a", 6981, "eff16", COC, DA_CAUSE, COMPLETE, COMPLETE),
    ("F1b", 6982, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", COMPLETE, COMPLETE),
    ("F1c", 6983, "eff16", REC,
     "HMIC recommends that within six months the force should: take steps to understand and "
     "address the reason behind why such a high proportion of victims of domestic abuse do not "
     "support the police investigation;", BP, BP),
    ("N7a", 7712, "stolen", NAT, SF_LEADERSHIP, BP, BP),
    ("N7b", 7713, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", BP, COMPLETE),
    ("N7c", 7714, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", BP, BP),
    ("N7d", 7715, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", BP, BP),
    ("N7e", 7716, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", BP, BP),
    ("N7f", 7717, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", BP, COMPLETE),
    ("N7g", 7718, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", BP, BP),
    ("N8", 7958, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", BP, SUPERSEDED),
    ("F2a", 7961, "effcy17", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public.",
     COMPLETE, COMPLETE),
    ("F2b", 7962, "effcy17", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", COMPLETE, COMPLETE),
    ("F2c", 7963, "effcy17", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", AR, COMPLETE),
    ("N9a", 8541, "leg17", COC, SAS_COC, BP, BP),
    ("N9b", 8542, "leg17", NAT, SAS_MONITORING_2017, BP, BP),
    ("N9c", 8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", BP, BP),
    ("N9d", 8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", BP, BP),
    ("N9e", 8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", BP, COMPLETE),
    ("F3a", 8733, "ncpi18", REC, MISSING_CHILDREN, BP, BP),
    ("F3b", 8734, "ncpi18", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", COMPLETE, COMPLETE),
    ("F4a", 9412, "cdi19", REC, CDI_VICTIMS, BP, BP),
    ("F4b", 9413, "cdi19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", COMPLETE, COMPLETE),
    ("F4c", 9414, "cdi19", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", BP, COMPLETE),
    ("N10a", 9874, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     BP, COMPLETE),
    ("N10b", 9875, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", BP, BP),
    ("N10c", 9876, "powers", NAT, BWV_2021, BP, COMPLETE),
    ("N10d", 9877, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", BP, None),
    ("N10e", 9878, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", COMPLETE, COMPLETE),
    ("F5a", 10466, "peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", BP, BP),
    ("F5b", 10467, "peel21", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.", BP, BP),
    ("F5c", 10468, "peel21", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", BP, COMPLETE),
    ("F5d", 10469, "peel21", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     BP, BP),
    ("F5e", 10470, "peel21", AFI,
     "The force should improve its understanding of the nature and scale of fraud in its "
     "area.", BP, SUPERSEDED),
    ("F5f", 10471, "peel21", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of violence against women and girls.", BP, BP),
    ("F6", 10795, "cust22", REC, CUSTODY_CHILDREN, BP, BP),
    ("F7a", 11702, "peel23", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", None, AR),
    ("F7b", 11703, "peel23", AFI,
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.", None, AR),
    ("F7c", 11704, "peel23", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", None, AR),
    ("F7d", 11705, "peel23", AFI,
     "The force should review its approach to hate crime to make sure victims receive a "
     "consistently good service.", None, AR),
    ("F7e", 11706, "peel23", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.", None, AR),
    ("F7f", 11707, "peel23", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.", None, AR),
    ("F7g", 11708, "peel23", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", None, AR),
    ("F7h", 11709, "peel23", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.", None, AR),
]
ITEM = {k: dict(key=k, ref=r, rep=rep, type=t, text=x, copy=c, now=n)
        for k, r, rep, t, x, c, n in ITEMS}

# --------------------------------------------------------------------------------------------
# The force's tracker rows, in sheet order. "F" = a look-up formula into the pasted copy
# (cached value computed from the copy); any other value is what the analyst typed.
# cat/why are the truth for that row.
# --------------------------------------------------------------------------------------------
F = "F"


def row(item, ref, type_, text, lead, rag, update, cat, why, report=F, status=F,
        submitted=None):
    return dict(item=item, ref=ref, report=report, type=type_, text=text, lead=lead, rag=rag,
                update=update, status=status, submitted=submitted, cat=cat, why=why)


D = dt.date
TRACKER = [
    row("N1a", 1406, "Nat Rec",
        "CCs and CoP to set out in the S&S APP a clear specification of what constitutes the "
        "effective and fair exercise of stop and search powers (compliant with the Code of "
        "Practice).", "ACC Local Policing", "Blue",
        "APP published by CoP. Closed by HMICFRS.", "in_sync",
        "HMICFRS Complete; force Blue (closed). Abridged text."),
    row("N1b", 1407, "Nat Rec",
        "Chief Constables should establish or improve monitoring of the way officers stop and "
        "search people, so that they can be satisfied their officers are acting in accordance "
        "with the law (including equality legislation and the Code of Practice), and that the "
        "power is used effectively to prevent crime, catch criminals and maintain public trust.",
        "ACC Local Policing", "Blue",
        "S&S scrutiny dashboard in place since 2015. Closed.", "in_sync",
        "HMICFRS Complete; force Blue."),
    row("N1c", 1408, "Nat Rec",
        "Chief Constables should, in consultation with elected local policing bodies, ensure "
        "that they comply with the code of practice by explaining to the public the way stop "
        "and search powers are used in their areas and by making arrangements for stop and "
        "search records to be scrutinised by community representatives.",
        "Supt Neighbourhood Policing", "Amber",
        "Youth scrutiny panel relaunched with OPCC; recruitment of young members ongoing. Keep "
        "open until panel meets quarterly.", "closeable_local",
        "HMICFRS Complete; force Amber (open). Force text drops the last sentence (abridged, "
        "not a bullet or timescale)."),
    row("N2", 2321, "Nat Rec",
        "Establish and publish a DA action plan specifying in detail what steps the force will "
        "take to improve its approach to domestic abuse (in consultation with PCC, DA support "
        "orgs & victims' reps; taking account of DHRs and IPCC findings; drawing on CPS "
        "scrutiny panels & MARAC self-assessments).", "Ch Supt Public Protection", "Green",
        "DA action plan published Sept 2014, refreshed annually through the DA Strategic "
        "Board.", "in_sync",
        "HMICFRS Superseded (closed); force Green (done). Summarised text."),
    row("N3a", 4822, "Nat Rec",
        "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
        "have not yet done so, should provide call-handlers with specific, sound and "
        "comprehensible criteria against which they can assess threat, harm and risk.",
        "Supt Contact Centre", "Blue", "THRIVE embedded in control room. Closed 2016.",
        "in_sync", "HMICFRS Complete; force Blue."),
    row("N3b", 4823, "Nat Rec",
        "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
        "carried out is systematically recorded and subsequently evaluated to determine the "
        "effectiveness of tactics being employed.", "Head of Corporate Development", "Amber",
        "Problem-solving database being rebuilt in Niche. Evaluation framework with Evidence "
        "Based Policing team - due Dec 24.", "closeable_local",
        "Current register Superseded; the pasted copy (and the tracker's look-up column) still "
        "say Being progressed; force Amber."),
    row("N4", 5190, "Nat Rec",
        "By 31 August 2015, all chief constables should satisfy themselves that they have "
        "processes in place to ensure that investigations into misconduct by officers and "
        "staff resulting in \"no further action\" are fair and free of any form of "
        "discrimination.", "Head of Professional Standards", "Blue",
        "PSD dip-sample of NFA outcomes reported to Ethics Committee. Closed.", "in_sync",
        "HMICFRS Complete; force Blue. Quotes differ only."),
    row("N5", 5634, "Nat Rec",
        "By 30 Nov 2015, CCs should put in place arrangements to scrutinise audits of "
        "compliance with the APP on information management through the force IM governance "
        "structure.", "Head of Information Management", "Amber",
        "IM audit programme under review following move to new RMS. Information Assurance "
        "Board to confirm.", "closeable_local",
        "HMICFRS Complete; force Amber. Abridged (tail sentence dropped)."),
    row("N6a", 6012, "Nat Rec",
        "Within three months, all chief constables should assess how well the governance of "
        "firearms licensing in his or her force meets the standards set out in Authorised "
        "Professional Practice. Chief constables of forces where the governance standards are "
        "not being complied with should put in place immediately the correct arrangements and "
        "procedures in order to meet the standards in full.", "Supt Firearms Licensing", "Blue",
        "Closed.", "in_sync", "HMICFRS Complete; force Blue."),
    row("N6b", 6013, "Nat Rec",
        "Within three months, all chief constables should assess the demand placed on their "
        "firearms licensing department and ensure it has the capacity to meet this demand and "
        "provide an efficient and effective service at all times.", "Supt Firearms Licensing",
        "Blue", "Closed.", "in_sync", "HMICFRS Complete; force Blue."),
    row("N6c", 6014, "Nat Rec",
        "Immediately, all chief constables should satisfy themselves that all appropriate "
        "action is being taken by their force with regard to 'total expired' licensing records.",
        "Supt Firearms Licensing", "Blue", "Closed.", "in_sync",
        "HMICFRS Complete; force Blue."),
    row("N6d", 6015, "Nat Rec",
        "Within 3 months, CCs should ensure arrangements for temporary permits are in "
        "accordance with HO guidance, permits properly recorded without delay on NFLMS, and "
        "effective systems exist so certificate holders are not permitted to remain in "
        "unlawful possession of a firearm.", "Supt Firearms Licensing", "Amber",
        "Temporary permit process audited by Internal Audit Feb 24 - two minor actions "
        "outstanding.", "closeable_local",
        "Current register Complete; pasted copy and look-up column still Being progressed; "
        "force Amber. Abbreviated text."),
    row("N6e", 6016, "Nat Rec",
        "Within three months, all chief constables should ensure that systems designed to "
        "identify, prior to police attendance, whether a reported incident involves or is at "
        "the address of a firearm certificate holder are in place and are always applied by "
        "staff dispatching officers to incidents; and that officers understand the risk "
        "assessment which they should be undertaking in such circumstances, and their power, "
        "when appropriate, to seize firearms and firearm certificates.", "Supt Contact Centre",
        "Green",
        "STORM flag for certificate holders live; dip-sample shows 96% of deployments flagged. "
        "Proposed for closure.", "closeable_submit",
        "HMICFRS Being progressed; force Green.", submitted=D(2024, 6, 14)),
    row("F1a", 6981, "CoC",
        "The force's response to domestic abuse is a cause of concern - officers not "
        "consistently completing DASH where policy requires, so some DA victims at risk of "
        "harm are not appropriately risk-assessed.", "Ch Supt Public Protection", "Blue",
        "Cause of concern discharged by HMICFRS following 2017 revisit.", "in_sync",
        "HMICFRS Complete; force Blue. Summarised cause of concern."),
    row("F1b", 6982, "Rec",
        "Immediately take steps to ensure effective supervision of the initial risk assessment "
        "process, specifically completion of DASH risk assessment in appropriate cases.",
        "Ch Supt Public Protection", "Blue", "Closed.", "in_sync",
        "HMICFRS Complete; force Blue. Stem dropped."),
    row("F1c", 6983, "Rec",
        "HMIC recommends that within six months the force should: take steps to understand and "
        "address the reason behind why such a high proportion of victims of domestic abuse do "
        "not support the police investigation;", "Ch Supt Public Protection", "Green",
        "Victim attrition research with Chester University complete; evidence-led prosecution "
        "guidance issued. Evidence pack with sign-off lead.", "closeable_submit",
        "HMICFRS Being progressed; force Green.", submitted=D(2024, 7, 2)),
    row("N7a", 7712, "Nat Rec",
        "MSHT leadership & governance review (1 of 4): senior leaders prioritise the response "
        "to modern slavery and human trafficking", "Det Ch Supt Force CID", "Amber",
        "MSHT Board chaired by ACC Crime. ToR refresh in progress.", "in_sync",
        "Split row (bullet 1 of 4) of 7712. HMICFRS Being progressed; force Amber."),
    row("N7a", 7712, "Nat Rec",
        "MSHT leadership & governance review (2 of 4): every incident of modern slavery "
        "identified to police is allocated appropriate resources with the skills, experience "
        "and capacity to investigate it effectively", "Det Ch Supt Force CID", "Amber",
        "Allocation policy drafted; awaiting CID restructure.", "in_sync",
        "Split row (bullet 2 of 4) of 7712. HMICFRS Being progressed; force Amber."),
    row("N7a", 7712, "Nat Rec",
        "MSHT leadership & governance review (3 of 4): effective partnership arrangements to "
        "co-ordinate activity in order to share information and safeguard victims",
        "Det Ch Supt Force CID", "Amber",
        "Pan-Cheshire Anti-Slavery Partnership meets quarterly.", "in_sync",
        "Split row (bullet 3 of 4) of 7712. HMICFRS Being progressed; force Amber."),
    row("N7a", 7712, "Nat Rec",
        "MSHT leadership & governance review (4 of 4): performance and QA measures in place to "
        "allow senior leaders to assess the nature and quality of the service provided to "
        "victims", "Det Ch Supt Force CID", "Red",
        "No MSHT measures in the performance pack yet.", "in_sync",
        "Split row (bullet 4 of 4) of 7712. HMICFRS Being progressed; force Red (open)."),
    row("N7b", 7713, "Nat Rec",
        "Within 6 months, forces should have in place active ISAs with other agencies to "
        "facilitate speedy exchange of intelligence and in order to safeguard victims better "
        "and to identify suspects as early as possible", "Head of Intelligence", "Green",
        "ISAs signed with all four local authorities, GLAA and Border Force. Closure "
        "requested.", "in_sync",
        "Current register Complete; force Green (done). The look-up column still shows the "
        "pasted copy's Being progressed: not the current status, not the force's.",
        submitted=D(2023, 11, 20)),
    row("N7c", 7714, "Nat Rec",
        "Immediately, forces should ensure that all victims carrying out criminal acts under "
        "compulsion attributable to slavery or exploitation are afforded the protection of "
        "early and continuing consideration of the applicability of the section 45 defence.",
        "Head of Criminal Justice", "Green",
        "s45 guidance issued to custody and CID; CPS joint protocol signed May 24.",
        "closeable_submit", "HMICFRS Being progressed; force Green.",
        submitted=D(2024, 6, 3)),
    row("N7d", 7715, "Nat Rec",
        "Immediately, ensure full compliance with the NRM process and the MSA 2015 duty to "
        "notify the HO of any individual suspected to be an adult victim of MSHT.",
        "Det Ch Supt Force CID", "Green",
        "NRM / duty to notify process audited by FCR - 100% compliance Q4 23/24.",
        "closeable_submit", "HMICFRS Being progressed; force Green. Abridged.",
        submitted=D(2024, 5, 28)),
    row("N7e", 7716, "Nat Rec",
        "Ensure full compliance with NCRS for MSHT offences and sufficient audit capacity for "
        "the FCR.", "Force Crime Registrar", "Green",
        "MSHT included in FCR audit schedule. Complete.", "closeable_submit",
        "HMICFRS Being progressed; force Green. Heavily abridged.",
        submitted=D(2024, 8, 19)),
    row("N7f", 7717, "Nat Rec",
        "Immediately, forces should ensure that allegations or indications of modern slavery "
        "and human trafficking are thoroughly investigated and effectively supervised by teams "
        "and individuals with the skills and experience to undertake them (this should include "
        "the use where appropriate of joint intelligence teams and other means to obtain "
        "intelligence and evidence from agencies overseas).", "Det Ch Supt Force CID", "Red",
        "MSHT investigations still sit with local CID - specialist team bid not funded.",
        "closeable_local",
        "Current register Complete; pasted copy / look-up say Being progressed; force Red."),
    row("N8", 7958, "Nat Rec",
        "By September 2018, CCs should produce an ambitious plan to improve digitally-enabled "
        "services within their force.", "Head of Corporate Development", "Amber",
        "Digital Policing Strategy 2022-25 approved; delivery tracked by Digital Board.",
        "closeable_local",
        "Current register Superseded; pasted copy / look-up Being progressed; force Amber. "
        "National-framework sentence dropped (aimed at HO/NPCC/APCC)."),
    row("F2a", 7961, "AFI",
        "The force should undertake further work to gain a fuller understanding of current "
        "demand for its services, and likely future changes in demand.",
        "Head of Corporate Development", "Blue", "FMS demand model in place. Closed.",
        "in_sync", "HMICFRS Complete; force Blue."),
    row("F2b", 7926, "AFI",
        "The force should develop its understanding of the links between its outcomes, outputs "
        "and costs.", "Director of Finance", "Green",
        "Outcome-based budgeting adopted in 2019/20 MTFP.", "conflict",
        "Reference typed 7926 (digits transposed); the item is 7962 by report and verbatim "
        "text. Both sides closed/done, but the reference disagrees; the look-ups show "
        "'not on list' because of it.", submitted=D(2019, 4, 1)),
    row("F2c", 7963, "AFI",
        "The force should develop a future workforce plan that is aligned with its overall "
        "demand and budget. The plan should include future resource allocations, the mix of "
        "skills required by the workforce and behaviours expected of them.",
        "Director of People", "Amber",
        "Strategic Workforce Plan drafted; to Chief Officer Group Nov 24.", "closeable_local",
        "Current register Complete; pasted copy / look-up Awaiting review; force Amber."),
    row("N9a", 8541, "CoC",
        "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
        "search powers is consistently reasonable and fair (over-representation of BAME "
        "people in S&S data).", "ACC Local Policing", "Amber",
        "Addressed through the S&S recommendations below.", "in_sync",
        "HMICFRS Being progressed; force Amber."),
    row("N9b", 8542, "Nat Rec",
        "By July 2018, all police forces across England and Wales should be regularly and "
        "frequently monitoring a comprehensive set of data and information on use of stop and "
        "search powers to understand: the reasons for any disproportionate representation of "
        "different ethnic groups in the use of S&S; the extent to which find rates differ "
        "between people from different ethnicities, and across different types of searches "
        "(including separate identification of find rates for drug possession and supply-type "
        "offences); and the prevalence of possession-only drug searches, and the extent to "
        "which these align with local or force level priorities.", "ACC Local Policing",
        "Green", "Monthly S&S disproportionality dashboard to Legitimacy Board.",
        "closeable_submit", "HMICFRS Being progressed; force Green.",
        submitted=D(2024, 3, 11)),
    row("N9c", 8542, "Nat Rec",
        "Where forces identify disparities through monitoring, they should demonstrate to the "
        "public that they have carried out research and analysis to understand the reasons for "
        "the disparity, and taken action to reduce the disparity where necessary.",
        "ACC Local Policing", "Amber",
        "Research with Independent Advisory Group commissioned; report due Jan 25.", "conflict",
        "Reference 8542 copied from the row above; the text is 8543. Statuses agree (open), "
        "but the reference disagrees; 8542's look-ups (same report, same status) hide it."),
    row("N9d", 8544, "Nat Rec",
        "We expect forces to publish this analysis and any actions taken at least on an annual "
        "basis, from July 2018.", "Head of Corporate Communications", "Green",
        "Annual S&S report published on force website each July since 2018.",
        "closeable_submit", "HMICFRS Being progressed; force Green.",
        submitted=D(2024, 7, 31)),
    row("N9e", 8545, "Nat Rec",
        "By July 2018, and ongoing following that date, forces should ensure that all officers "
        "who use stop and search powers have been provided with, and understand, training on "
        "unconscious bias and College of Policing APP on stop and search.",
        "Head of Learning & Development", "Green",
        "Training 98% complete; in-force refresher annual. Closure requested Jan 24.",
        "in_sync",
        "Current register Complete; force Green. Look-up column still shows Being progressed.",
        submitted=D(2024, 1, 15)),
    row("F3a", 8733, "Rec",
        "Within six months the force should review its approach to reports of missing children "
        "and take steps to ensure that:\n• call takers understand and use the missing and "
        "absent category appropriately;\n• call takers and frontline staff have the necessary "
        "knowledge to identify risk factors associated with child sexual exploitation and how "
        "to respond to such cases", "Ch Supt Public Protection", "Amber",
        "Missing/absent training delivered to contact centre; CSE risk factors added to call "
        "script.", "conflict",
        "Both open, but the force's text stops after the second bullet: the third bullet "
        "(supervisors' oversight of missing person enquiries) is missing."),
    row("F3b", 8734, "AFI",
        "The force should improve how it works with partner organisations to safeguard people "
        "at risk from child sexual exploitation.", "Ch Supt Public Protection", "Blue",
        "Closed by HMICFRS.", "in_sync", "HMICFRS Complete; force Blue."),
    row("F4a", 9412, "Rec",
        "Within 6 months put in place arrangements so that: victims are believed at the point "
        "of report; call handler conversations are summarised accurately in the incident log; "
        "multiple crimes are always recorded; the practice of awaiting medical examinations or "
        "video interviews before crime-recording decisions is stopped; online reports are "
        "triaged on receipt.", "Force Crime Registrar", "Green",
        "All five strands evidenced in the CDI improvement plan; FCR audit 94.6% compliance.",
        "closeable_submit",
        "HMICFRS Being progressed; force Green. All five bullets kept, condensed.",
        submitted=D(2024, 4, 22)),
    row("F4b", 9413, "AFI",
        "The force should make sure it records reports of rape and serious sexual offences "
        "accurately and without delay.", "Force Crime Registrar", "Blue", "Closed.", "in_sync",
        "HMICFRS Complete; force Blue."),
    row("F4c", 9414, "AFI",
        "The force should improve its use of its crime-recording and management system to "
        "better manage its case files and investigative processes.", "Head of Criminal Justice",
        "Amber", "Niche case file module upgrade scheduled Q3 24/25.", "closeable_local",
        "Current register Complete; pasted copy / look-up Being progressed; force Amber."),
    row("N10a", 9874, "Nat Rec",
        "By July 2022, forces should ensure that officers and staff have effective "
        "communication skills, in line with the National Policing Guidelines on Conflict "
        "Management.", "Head of Learning & Development", "Amber",
        "Comms skills module in PST from April 24; 61% trained.", "closeable_local",
        "Current register Complete; pasted copy / look-up Being progressed; force Amber."),
    row("N10b", 9875, "Nat Rec",
        "By July 2022, forces should ensure that communication skills are reinforced as part "
        "of the programme of CPD for officers & staff, and that supervisors are supported to "
        "routinely and frequently debrief officers on these skills using BWV footage.",
        "Head of Learning & Development", "Amber",
        "BWV debrief guidance for sergeants drafted.", "conflict",
        "Both open, but the force's deadline reads By July 2022; HMICFRS says By July 2021."),
    row("N10c", "9876.1", "Nat Rec",
        "ensure that officers record on body-worn video (when this is available) the entirety "
        "of all stop and search encounters, including traffic stops and use of force "
        "incidents.", "ACC Local Policing", "Green",
        "BWV activation compliance 97% (Aug 24).", "in_sync",
        "Split row 1 of 3 of 9876 (ref typed 9876.1, so the look-ups fail). Current register "
        "Complete; force Green.", report="Police powers spotlight (Feb 21)",
        submitted=D(2024, 3, 4)),
    row("N10c", "9876.2", "Nat Rec",
        "have a structured process for regularly reviewing and monitoring internally a "
        "sufficient sample of body-worn video footage to identify and disseminate learning and "
        "hold officers to account when behaviour falls below acceptable standards.",
        "ACC Local Policing", "Green", "Monthly BWV dip-sample by Legitimacy team.", "in_sync",
        "Split row 2 of 3 of 9876. Current register Complete; force Green.",
        report="Police powers spotlight (Feb 21)", submitted=D(2024, 3, 4)),
    row("N10c", "9876.3", "Nat Rec",
        "provide external scrutiny panel members with access to samples of body-worn video "
        "footage showing stop and search encounters and use of force incidents, taking account "
        "of the safeguards in the College of Policing's Authorised Professional Practice.",
        "ACC Local Policing", "Amber",
        "Panel access to BWV awaiting information-sharing agreement sign off by DPO.",
        "closeable_local",
        "Split row 3 of 3 of 9876. Current register Complete; this part still Amber.",
        report="Police powers spotlight (Feb 21)"),
    row("N10d", 9877, "Nat Rec",
        "HO and NPCC to ensure the quality of data on use of force to effect a stop and search "
        "is sufficient for publication; HO to publish.", "ACC Local Policing", "Amber",
        "National - for HO/NPCC. Force submits data via ADR return; monitoring only.",
        "not_on_hmicfrs_list",
        "9877 is on the pasted Feb 2024 copy (look-ups resolve) but no longer on the current "
        "register: addressed to the Home Office and NPCC and removed since."),
    row("N10e", 9878, "Nat Rec",
        "By July 2021, forces should ensure they have effective internal monitoring processes "
        "on the use of force, to help them to identify and understand disproportionate use, "
        "explain the reasons and implement any necessary improvement action.",
        "ACC Local Policing", "Blue", "Closed.", "in_sync", "HMICFRS Complete; force Blue."),
    row("F5a", 10466, "AFI",
        "The force should make sure it has enough specialist capacity and capability to "
        "investigate online child sexual abuse.", "Det Ch Supt Force CID", "Green",
        "POLIT team uplift of 6 DCs complete; backlog cleared Mar 24.", "closeable_submit",
        "HMICFRS Being progressed; force Green.", submitted=D(2024, 5, 9)),
    row("F5b", 10467, "AFI",
        "The force should make sure investigations of rape and serious sexual offences are "
        "allocated to officers with the right skills and are effectively supervised.",
        "Det Ch Supt Force CID", None,
        "Completed - Op Soteria allocation model live in all LPUs. Closure request sent to "
        "HMICFRS liaison 19/08/2024.", "closeable_submit",
        "HMICFRS Being progressed; RAG cell left blank but the update says completed and "
        "submitted for closure: done.", submitted=D(2024, 8, 19)),
    row("F5c", 10468, "AFI",
        "Improve how we gather, assess and act on intelligence about county lines.",
        "Head of Intelligence", "Green",
        "County lines intelligence requirement refreshed; Op Dragnet. Submitted for closure.",
        "in_sync",
        "Current register Complete; force Green. Look-up column still Being progressed. "
        "Abridged text.", submitted=D(2024, 1, 15)),
    row("F5d", 10469, "Rec",
        "The force should make sure victims of stalking and harassment are kept informed about "
        "the progress of their case, in line with the Code of Practice for Victims of Crime.",
        "Ch Supt Public Protection", "Amber", "VCOP compliance audit scheduled.", "conflict",
        "Both open, but the force typed the type as Rec (recommendation); HMICFRS lists it as "
        "an area for improvement."),
    row("F5e", 10470, "AFI",
        "The force should improve its understanding of the nature and scale of fraud in its "
        "area.", "Head of Economic Crime", "Amber",
        "Fraud problem profile commissioned from analysts.", "closeable_local",
        "Current register Superseded (by PEEL 2023-25); pasted copy / look-up Being "
        "progressed; force Amber."),
    row("F6", 10795, "Rec",
        "Within six months Cheshire Constabulary should, in conjunction with children's social "
        "care services, review how it manages the detention of children. As a minimum it "
        "should:\n• ensure that all children are only detained when absolutely necessary and for "
        "the absolute minimum amount of time;\n• ensure that officers and staff in the custody "
        "suite assess at an early stage a child's need for alternative accommodation (secure or "
        "otherwise) and work with children's social care services to achieve the most "
        "appropriate option for the child;\n• ensure that custody staff make a record of all "
        "actions taken and decisions made on the relevant documentation; and\n• improve the "
        "timeliness of adequate appropriate adult support for children who are arrested.",
        "Ch Insp Custody", "Green",
        "Children in custody protocol agreed with all four LAs; AA contract re-tendered.",
        "closeable_submit", "HMICFRS Being progressed; force Green.",
        submitted=D(2024, 9, 2)),
    # ---- rows added after the paste (PEEL 2023-25): the look-ups return "not on list" ----
    row("F7a", 11702, "AFI",
        "The force should improve the timeliness of its response to calls for service "
        "involving people with mental ill health.", "Supt Contact Centre", "Amber",
        "Right Care Right Person phase 2 live Oct 24.", "in_sync",
        "New since the paste: not on the copy; report typed over the formula. HMICFRS "
        "Awaiting review; force Amber.", report="PEEL 2023-25"),
    row("F7b", 11703, "AFI",
        "The force should make sure it records reports of anti-social behaviour accurately and "
        "without delay.", "Force Crime Registrar", "Amber", "ASB audit in FCR plan for Q4.",
        "in_sync",
        "New since the paste; report look-up shows 'not on list'. HMICFRS Awaiting review; "
        "force Amber."),
    row("F7c", 11704, "AFI",
        "The force should make sure its performance framework gives senior leaders a clear "
        "picture of its response to violence against women and girls.",
        "Head of Corporate Development", "Amber",
        "VAWG measures being added to Force Performance pack.", "conflict",
        "Ref and text are 11704 (PEEL 2023-25, published May 2024) but the report was typed "
        "as PEEL 2021/22. Not 10471 (the 2021/22 VAWG AFI about ancillary orders, which has "
        "no row).", report="PEEL 2021/22"),
    row("F7f", 11707, "AFI",
        "Training for officers & staff to identify and respond to honour-based abuse.",
        "Head of Learning & Development", "Red", "Not yet started - awaiting L&D capacity.",
        "in_sync", "New since the paste. HMICFRS Awaiting review; force Red (open). Abridged.",
        report="PEEL 2023-25"),
    row("F7h", 11709, "AFI",
        "Ensure sufficient resources in the control room to meet the resourcing model and "
        "demand, taking into account workforce wellbeing.", "Supt Contact Centre", "Amber",
        "Contact centre recruitment drive; 24 call handlers in training.", "in_sync",
        "New since the paste. HMICFRS Awaiting review; force Amber. Abridged.",
        report="PEEL 2023-25"),
]

SECTION_LOCAL = "Force actions (not on HMICFRS list)"
LOCAL = [
    row(None, "Local", "Local action",
        "Force action - Dip-sample 50 domestic abuse crime reports each quarter and report "
        "findings to the Crime Standards Board", "Force Crime Registrar", "Amber",
        "Q1 and Q2 dip-samples done.", "not_on_hmicfrs_list",
        "The force's own action (marked Local, no HMICFRS reference).", report="Force action"),
    row(None, "Local", "Local action",
        "Task & Finish group to review the stalking and harassment policy and report to the "
        "Force Executive Team", "Ch Supt Public Protection", "Green",
        "Policy signed off at FET 12/06/24.", "not_on_hmicfrs_list",
        "The force's own action; not an HMICFRS item (not the 10469 AFI on keeping victims "
        "informed).", report="Force action"),
    row(None, None, "Local action",
        "Internal audit action: Internal audit of the firearms licensing governance "
        "arrangements (audit plan 2023/24)", "Supt Firearms Licensing", "Amber",
        "Fieldwork complete; draft report awaited.", "not_on_hmicfrs_list",
        "Internal audit action; no reference (look-ups return 'not on list'). Not 6012 "
        "(HMICFRS firearms governance item, Complete and tracked above).",
        report="Internal audit"),
    row(None, None, "Local action",
        "JAC action: Add violence against women and girls measures to the monthly Force "
        "Performance pack", "Head of Corporate Development", "Red",
        "Linked to PEEL 2023-25 VAWG AFI.", "not_on_hmicfrs_list",
        "Joint Audit Committee action, the force's own; not an HMICFRS item.",
        report="JAC"),
]

MISSING = {
    "N7g": "On the current register (and on the pasted copy) but no row on the tracker sheet: "
           "it exists in the workbook only on the pasted list, which nobody owns.",
    "F5f": "Being progressed on the register and on the pasted copy; no tracker row. The VAWG "
           "row 11704 filed under PEEL 2021/22 is a different item.",
    "F7d": "Added since the paste (PEEL 2023-25); not on the copy and not on the tracker.",
    "F7e": "Added since the paste (PEEL 2023-25); not on the copy and not on the tracker.",
    "F7g": "Added since the paste (PEEL 2023-25); not on the copy and not on the tracker.",
}

LEADS = ["ACC Crime", "ACC Local Policing", "DCC", "Det Ch Supt Force CID",
         "Ch Supt Public Protection", "Supt Contact Centre", "Supt Neighbourhood Policing",
         "Supt Firearms Licensing", "Ch Insp Custody", "Force Crime Registrar",
         "Head of Intelligence", "Head of Criminal Justice", "Head of Professional Standards",
         "Head of Information Management", "Head of Learning & Development",
         "Head of Corporate Development", "Head of Corporate Communications",
         "Head of Economic Crime", "Director of People", "Director of Finance"]
RAGS = ["Red", "Amber", "Green", "Blue"]
TYPES = ["Rec", "AFI", "CoC", "Nat Rec", "Local action"]
FILL = {"Red": "FF7C80", "Amber": "FFC000", "Green": "92D050", "Blue": "9BC2E6"}


def ordinal(d: dt.date) -> str:
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suf} {d:%B %Y}"


thin = Side(style="thin", color="BFBFBF")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")


# --------------------------------------------------------------------------------------------
# Saving with cached formula values, byte for byte reproducible
# --------------------------------------------------------------------------------------------
def save_fixed(wb, path: Path, cached: dict[str, dict[str, str]] | None = None) -> None:
    """Save wb; put cached values into formula cells; fix timestamps."""
    wb.properties.creator = "Strategic Planning & Insight"
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    sheet_files = {}
    wbxml = zin.read("xl/workbook.xml").decode()
    rels = zin.read("xl/_rels/workbook.xml.rels").decode()
    for name, rid in re.findall(r'<sheet[^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', wbxml):
        target = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels) or \
            re.search(r'Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
        t = target.group(1)
        t = t[1:] if t.startswith("/") else "xl/" + t
        sheet_files[name.replace("&amp;", "&")] = t
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    stamp = FIXED_TS.strftime("%Y-%m-%dT%H:%M:%SZ")
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            s = data.decode()
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>" + stamp, s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>" + stamp, s)
            data = s.encode()
        for sheet, values in (cached or {}).items():
            if sheet_files.get(sheet) == info.filename:
                s = data.decode()
                n_done = 0

                def fill(m):
                    nonlocal n_done
                    ref, attrs, formula = m.group(1), m.group(2), m.group(3)
                    if ref not in values:
                        raise SystemExit(f"formula cell {sheet}!{ref} has no cached value")
                    n_done += 1
                    attrs = re.sub(r'\s*t="[^"]*"', "", attrs)
                    return (f'<c r="{ref}"{attrs} t="str"><f>{formula}</f>'
                            f'<v>{escape(values[ref])}</v></c>')

                s = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>', fill, s)
                if n_done != len(values):
                    raise SystemExit(f"{sheet}: filled {n_done} of {len(values)} formulas")
                data = s.encode()
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, data)
    zout.close()
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------------
# HMICFRS current export
# --------------------------------------------------------------------------------------------
def status_date(it) -> dt.date | None:
    pub = REPORTS[it["rep"]][2]
    if it["now"] == AR:
        return None
    if it["now"] in CLOSED and it["copy"] in CLOSED:
        base = max(pub + dt.timedelta(days=300), dt.date(2015, 6, 1))
        span = (PASTE_DATE - dt.timedelta(days=30) - base).days
        return base + dt.timedelta(days=rng.randrange(0, max(span, 1)))
    if it["now"] in CLOSED:  # closed since the paste
        return PASTE_DATE + dt.timedelta(days=rng.randrange(30, 230))
    return max(pub + dt.timedelta(days=120),
               dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 600)))


def build_hmicfrs() -> dict[str, int]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = HM_SHEET
    head = ["Reference", "Force", "Report title", "Publication date", "Type",
            "Recommendation / AFI text", "Status", "Status date"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    rows = {}
    for it in sorted((i for i in ITEM.values() if i["now"]), key=lambda i: i["ref"]):
        title, _, pub = REPORTS[it["rep"]]
        ws.append([it["ref"], FORCE, title, pub, it["type"], it["text"], it["now"],
                   status_date(it)])
        r = ws.max_row
        rows[it["key"]] = r
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        for c in ws[r]:
            c.alignment = WRAP
    for col, w in zip("ABCDEFGH", (11, 22, 48, 14, 24, 90, 16, 13)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{ws.max_row}"
    save_fixed(wb, OUT / "hmicfrs.xlsx")
    return rows


# --------------------------------------------------------------------------------------------
# Force workbook
# --------------------------------------------------------------------------------------------
def build_tracker() -> tuple[list[tuple[int, dict]], dict[int, str]]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = TRACK_SHEET
    cp = wb.create_sheet(COPY_SHEET)
    ls = wb.create_sheet("Lists")

    # ---- pasted copy (values), sorted by ref as received ----
    cp["A1"] = (f"HMICFRS definitive list for {FORCE} - pasted (values only) from the list "
                f"received {PASTE_DATE:%d/%m/%Y}. Used for look-ups on the tracker tab. "
                "Do not sort.")
    cp["A1"].font = Font(italic=True)
    cp.append([])
    cp.append(["Ref", "Report", "Published", "Type", "Recommendation", "HMICFRS status"])
    for c in cp[3]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    copy_lookup: dict[int, tuple[str, str]] = {}
    for it in sorted((i for i in ITEM.values() if i["copy"]), key=lambda i: i["ref"]):
        _, ctitle, pub = REPORTS[it["rep"]]
        cp.append([it["ref"], ctitle, ordinal(pub), it["type"], it["text"], it["copy"]])
        copy_lookup[it["ref"]] = (ctitle, it["copy"])
        for c in cp[cp.max_row]:
            c.alignment = WRAP
    for col, w in zip("ABCDEF", (8, 40, 20, 22, 90, 16)):
        cp.column_dimensions[col].width = w

    # ---- lists ----
    for col, title, vals in (("A", "RAG", RAGS), ("C", "Type", TYPES), ("E", "Lead", LEADS)):
        ls[f"{col}1"] = title
        ls[f"{col}1"].font = Font(bold=True)
        for i, v in enumerate(vals, start=2):
            ls[f"{col}{i}"] = v
    ls["G1"] = "RAG key"
    ls["G1"].font = Font(bold=True)
    for i, t in enumerate(["Red - not started / off track", "Amber - in progress",
                           "Green - complete, submitted to HMICFRS for closure",
                           "Blue - closed by HMICFRS"], start=2):
        ls[f"G{i}"] = t

    # ---- tracker ----
    ws["A1"] = f"{FORCE} - HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Strategic Planning & Insight. Last updated 30/09/2024. Report and HMICFRS "
                f"status are looked up from the '{COPY_SHEET}' tab (list of "
                f"{PASTE_DATE:%d/%m/%Y}).")
    ws["A2"].font = Font(italic=True)
    head = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead", "RAG",
            "Update", "HMICFRS status (list)", "Submitted for closure"]
    HR = 4
    for j, h in enumerate(head, start=1):
        c = ws.cell(HR, j, h)
        c.font, c.fill, c.alignment, c.border = HEAD_FONT, HEAD_FILL, WRAP, BOX
    cached: dict[str, str] = {}
    item_rows: list[tuple[int, dict]] = []
    section_rows: dict[int, str] = {}
    r = HR + 1
    n = 0

    def lookup(ref, col):
        if isinstance(ref, int) and ref in copy_lookup:
            return copy_lookup[ref][0 if col == 2 else 1]
        return "not on list"

    def put(spec):
        nonlocal r, n
        n += 1
        ws.cell(r, 1, n)
        ws.cell(r, 2, spec["ref"])
        if spec["report"] == F:
            ws.cell(r, 3, f"=IFERROR(VLOOKUP($B{r},'{COPY_SHEET}'!$A:$F,2,FALSE),"
                          f"\"not on list\")")
            cached[f"C{r}"] = lookup(spec["ref"], 2)
        else:
            ws.cell(r, 3, spec["report"])
        ws.cell(r, 4, spec["type"])
        ws.cell(r, 5, spec["text"])
        ws.cell(r, 6, spec["lead"])
        ws.cell(r, 7, spec["rag"])
        ws.cell(r, 8, spec["update"])
        ws.cell(r, 9, f"=IFERROR(VLOOKUP($B{r},'{COPY_SHEET}'!$A:$F,6,FALSE),"
                      f"\"not on list\")")
        cached[f"I{r}"] = lookup(spec["ref"], 6)
        if spec["submitted"]:
            ws.cell(r, 10, spec["submitted"]).number_format = "dd/mm/yyyy"
        for j in range(1, 11):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        if spec["rag"]:
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=FILL[spec["rag"]])
        item_rows.append((r, spec))
        r += 1

    for spec in TRACKER:
        put(spec)
    r += 1  # blank row before the section
    ws.cell(r, 1, SECTION_LOCAL).font = Font(bold=True)
    ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
    section_rows[r] = "section heading"
    r += 1
    for spec in LOCAL:
        put(spec)
    last = r - 1
    r += 1
    ws.cell(r, 1, "RAG key: Red - not started / off track; Amber - in progress; Green - "
                  "complete, submitted to HMICFRS for closure; Blue - closed by HMICFRS.")
    ws.cell(r, 1).font = Font(italic=True)
    section_rows[r] = "legend"

    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$5", allow_blank=True)
    dv.add(f"G{HR + 1}:G{last}")
    ws.add_data_validation(dv)
    dv2 = DataValidation(type="list", formula1="=Lists!$C$2:$C$6", allow_blank=True)
    dv2.add(f"D{HR + 1}:D{last}")
    ws.add_data_validation(dv2)
    for col, w in zip("ABCDEFGHIJ", (5, 11, 34, 10, 70, 24, 8, 50, 16, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"C{HR + 1}"
    ws.auto_filter.ref = f"A{HR}:J{last}"
    save_fixed(wb, OUT / "tracker.xlsx", cached={TRACK_SHEET: cached})
    return item_rows, section_rows


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hm_rows = build_hmicfrs()
    item_rows, _ = build_tracker()
    lines = []
    seen = set()
    # HMICFRS items in register order, with their force rows
    by_item: dict[str, list[tuple[int, dict]]] = {}
    for r, spec in item_rows:
        by_item.setdefault(spec["item"], []).append((r, spec))
    for key, hr in sorted(hm_rows.items(), key=lambda kv: kv[1]):
        if key in MISSING:
            assert key not in by_item
            lines.append((f"{HM_SHEET}!{hr}", "", "missing_from_force", MISSING[key]))
            continue
        for r, spec in by_item[key]:
            lines.append((f"{HM_SHEET}!{hr}", f"{TRACK_SHEET}!{r}", spec["cat"], spec["why"]))
            seen.add(r)
    for r, spec in item_rows:
        if r not in seen:
            assert spec["cat"] == "not_on_hmicfrs_list", spec
            assert spec["item"] is None or spec["item"] not in hm_rows
            lines.append(("", f"{TRACK_SHEET}!{r}", spec["cat"], spec["why"]))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    (OUT / "README.md").write_text(README, encoding="utf-8")



README = r"""# Case `tracker_with_pasted_list_sheet` (round 20)

Built by `../build_tracker_with_pasted_list_sheet.py` (seed 20; run it with
`/work/main/.venv/bin/python`; it rebuilds all three files byte for byte: the zip entry times
and the document dates are fixed after saving).

Force: **Cheshire Constabulary**. HMICFRS texts are real public wording (the casegen text
lists and `real_recommendations.csv`, with force-level wording given the force's name). Force
summaries, updates and local actions were written for this case.

## Files

- `hmicfrs.xlsx`: the CURRENT HMICFRS register export (07/10/2024). One sheet,
  `Recommendations`. Header in row 1 (`Reference, Force, Report title, Publication date, Type,
  Recommendation / AFI text, Status, Status date`). 56 items, rows 2–57, sorted by
  reference. References are plain integers. Statuses: Being progressed (19), Awaiting review (8),
  Complete (25), Superseded (4).
- `tracker.xlsx`: the force workbook, three sheets.
  - `HMICFRS Actions`: the force's tracker. Title in row 1, note in row 2, blank row 3, header in row 4
    (`No., HMICFRS Ref, Report, Type, Recommendation / AFI, Lead, RAG, Update, HMICFRS status
    (list), Submitted for closure`). Item rows 5–61; blank row 62; section heading row 63 "Force
    actions (not on HMICFRS list)"; local rows 64–67; blank row 68; RAG key legend row 69.
    `No.` is a running number, not a reference. `Report` (column C) is mostly a formula
    `=IFERROR(VLOOKUP($B5,'HMICFRS list (pasted)'!$A:$F,2,FALSE),"not on list")`, and
    `HMICFRS status (list)` (column I) is the same look-up of column 6, in every item row. Cached
    values are saved: `openpyxl.load_workbook(..., data_only=True)` and pandas/calamine read
    them. Where the analyst overtyped the report formula, column C is a typed value ("PEEL
    2023-25", "Police powers spotlight (Feb 21)", "Force action", ...). RAG is text plus cell
    fill, with drop-down validation from `Lists`. RAG key: Red = not started/off track,
    Amber = in progress, Green = complete and submitted to HMICFRS for closure, Blue = closed by
    HMICFRS. So Green/Blue = done, Red/Amber = open.
  - `HMICFRS list (pasted)`: the HMICFRS definitive list received 12/02/2024, pasted as values
    (note in row 1, header in row 3: `Ref, Report, Published, Type, Recommendation, HMICFRS
    status`, 49 rows, 4–52). Dates are text in the old register style ("24th October 2017").
    Force-level report titles are in the old short form ("PEEL 2021/22 - Cheshire
    Constabulary"). **These rows are not force items and are not in truth.csv.** They are
    HMICFRS's list as it was eight months ago, kept so the tracker can look things up. They
    record no owner, RAG or progress. Counting them as force rows would give almost every item
    a second "force" row, and it would make an item that is only on the pasted list look
    tracked.
  - `Lists`: drop-down values (RAG, type, lead) and the RAG key. Not items.
- `truth.csv`: 66 lines. HMICFRS rows first, in register order (a split item gives one line per
  force row), then force rows that have no HMICFRS item.

## How the pasted copy differs from the current register

- It lacks the 8 PEEL 2023–25 AFIs published 21/05/2024 (refs 11702–11709).
- It still holds 9877 (Disproportionate use of police powers, addressed to the Home Office and
  the NPCC). That item has since been removed from the force's register.
- It shows as open 12 items that are now closed: 4823, 6015, 7713, 7717, 7958, 7963 (Awaiting
  review in the copy), 8545, 9414, 9874, 9876, 10468 and 10470.
- Its report titles for force-level reports are worded differently. This is not a conflict.

## Traps and how the truth decides them

1. **Pasted register sheet in the force workbook**: its rows are not items (see above).
   Where an item is on the register and on the pasted copy but has no row on the tracker sheet,
   it is `missing_from_force`: 7718 (MSHT preventative powers) and 10471 (PEEL 2021/22 VAWG
   ancillary orders).
2. **Stale look-up status column**: column I shows the pasted copy's status, not the current
   HMICFRS status, and it is not the force's status either. Truth uses the current register's
   status against the force's RAG.
   - Copy open, register now closed, force open → `closeable_local`: 4823, 6015, 7717, 7958,
     7963, 9414, 9874, 10470, and the third split row of 9876.
   - Copy open, register now closed, force Green → `in_sync`: 7713, 8545, 10468, and the first
     two rows of 9876.
   - Force Green, register open, look-up open → `closeable_submit`. Reading column I as the force
     status would call these in_sync.
3. **Look-up formulas with cached values**: items added after the paste show "not on list" in
   C/I (11703), or have the report typed over the formula (11702, 11707, 11709). They are
   ordinary matches (`in_sync`, both open).
4. **Reference typo, no such ref**: row 32 has 7926 for 7962. The text is verbatim and the
   report is the same PEEL Efficiency 2017 (the look-ups fail). This is `conflict` on the
   reference, even though both sides are closed/done.
5. **Reference copied from the row above**: row 36 carries 8542, and its text is 8543. The
   look-ups return 8542's report and status, which are the same as 8543's, so nothing looks
   wrong. Paired with 8543 by text, `conflict` on the reference. Row 35 (the real 8542) is
   `closeable_submit`.
6. **Wrong report typed**: row 59, 11704 (PEEL 2023–25 VAWG performance framework), was filed as
   "PEEL 2021/22" → `conflict`. It is not 10471 (a PEEL 2021/22 VAWG AFI about ancillary orders,
   which is `missing_from_force`).
7. **Missing bullet**: row 39 (8733, missing children) stops after two of the three bullets →
   `conflict`.
8. **Deadline changed**: row 45 (9875) reads "By July 2022", and HMICFRS says "By July 2021"
   → `conflict`.
9. **Type**: row 54 (10469) is typed "Rec", and HMICFRS says Area for improvement →
   `conflict`.
10. **Split rows**: 7712 (Stolen freedom leadership, 4 bullets) is split into rows 21–24. The
    ref is typed plain, all parts are open and HMICFRS is open, so all four are `in_sync`. 9876
    (BWV, 3 parts) is split into rows 46–48, with refs typed "9876.1"–"9876.3" (text, so the
    look-ups fail and the report was typed in). HMICFRS is Complete. Green rows 46–47 are
    `in_sync`; Amber row 48 is `closeable_local`.
11. **Removed from the register**: row 49 (9877) is still on the pasted copy, so its look-ups
    resolve, but it is not on the current export → `not_on_hmicfrs_list`.
12. **Local actions**: rows 64–67 sit under a section heading. Two have ref "Local" and two
    have no ref. All four are `not_on_hmicfrs_list`. Row 66 (an internal audit of firearms
    licensing governance) is not 6012, and row 65 (the stalking policy T&F group) is not 10469.
13. **Blank RAG**: row 52 (10467) has an empty RAG cell, but its update says "Completed …
    Closure request sent to HMICFRS liaison 19/08/2024". Done → `closeable_submit`.
14. **Abridged / reworded texts**: stems dropped, abbreviations (CCs, S&S, ISAs, NCRS, BWV,
    HO), tail sentences dropped, heavy summaries (7716, 10468). These are not conflicts unless
    a bullet, timescale, type, report or reference differs. Straight vs curly quotes are also
    not conflicts.
15. **Missing from force, new since the paste**: 11705, 11706 and 11708 are on neither the copy
    nor the tracker → `missing_from_force`.

## Counts (truth.csv lines)

| category | lines |
|---|---|
| in_sync | 28 |
| closeable_submit | 11 |
| closeable_local | 11 |
| conflict | 6 |
| missing_from_force | 5 |
| not_on_hmicfrs_list | 5 |
| **total** | **66** |

There are 56 HMICFRS items. Every one appears in truth.csv; 7712 appears 4 times and 9876 3
times. There are 61 force item rows on `HMICFRS Actions`, each appearing exactly once. 22 of
the 66 lines are closed on one side only.
"""


def _self_check() -> None:
    """Every non-conflict row's category follows from the two statuses."""
    for spec in TRACKER:
        it = ITEM[spec["item"]]
        if spec["cat"] in ("conflict", "not_on_hmicfrs_list"):
            continue
        closed = it["now"] in CLOSED
        done = spec["rag"] in ("Green", "Blue") or (
            spec["rag"] is None and spec["update"].startswith("Completed"))
        want = {(True, True): "in_sync", (False, False): "in_sync",
                (False, True): "closeable_submit", (True, False): "closeable_local"}[
            (closed, done)]
        assert want == spec["cat"], (spec["item"], want, spec["cat"])


_self_check()


if __name__ == "__main__":
    main()
