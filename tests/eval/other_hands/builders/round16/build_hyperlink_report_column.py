"""Build the `hyperlink_report_column` case (round 16, held out).

Lincolnshire Police keeps its HMICFRS tracker in Excel. The report an item belongs to is given
only by a hyperlink in the "Inspection report" column: a real Excel hyperlink (cell.hyperlink)
or a =HYPERLINK("url","text") formula with a cached value, whose shown text is sometimes the
report's short title and sometimes just "Link" / "View report". The address is the report's
justiceinspectorates.gov.uk/hmicfrs/... page. Publication is a financial quarter ("Q3 2019/20")
or a month ("Feb 2021"). HMICFRS side: a register export (xlsx) with a title row above the header.

Run:  /work/main/.venv/bin/python build_hyperlink_report_column.py
Rebuilds hyperlink_report_column/ byte for byte (fixed seed, fixed zip timestamps).

All HMICFRS wording is real public text (Open Government Licence), copied from
/work/shared/data/real_recommendations.csv and the casegen text lists; the force's rewordings,
abridgements, local actions and progress notes are written here as a force analyst would.
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
from openpyxl.utils import get_column_letter

SEED = 16
CASE = "hyperlink_report_column"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED_ZIP_TIME = (2024, 10, 14, 9, 12, 0)
FIXED_CORE_TIME = "2024-10-14T09:12:00Z"

rng = random.Random(SEED)

BASE = "https://www.justiceinspectorates.gov.uk/hmicfrs/"

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, slug, tracker short title)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9),
              "stop-and-search-powers-are-the-police-using-them-effectively-and-fairly",
              "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27),
                 "everyones-business-improving-the-police-response-to-domestic-abuse",
                 "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "policing-in-austerity-meeting-the-challenge", "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4),
             "core-business-an-inspection-into-crime-prevention-police-attendance-and-the-use-"
             "of-police-time", "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "integrity-matters", "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24),
              "stop-and-search-powers-2-are-the-police-using-them-effectively-and-fairly",
              "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1),
                "building-the-picture-an-inspection-of-police-information-management",
                "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "targeting-the-risk-an-inspection-of-the-efficiency-and-effectiveness-of-"
                 "firearms-licensing-in-police-forces-in-england-and-wales",
                 "Targeting the Risk (Firearms Licensing) 2015"),
    "eff16L": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", dt.date(2017, 3, 2),
               "peel-police-effectiveness-2016-lincolnshire", "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24),
               "stolen-freedom-the-policing-response-to-modern-slavery-and-human-trafficking",
               "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 – A national overview", dt.date(2017, 11, 9),
              "peel-police-efficiency-2017-a-national-overview", "PEEL Efficiency 17 (all forces)"),
    "efc17L": ("PEEL: Police efficiency 2017 – Lincolnshire Police", dt.date(2017, 11, 9),
               "peel-police-efficiency-2017-lincolnshire", "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 – A national overview", dt.date(2017, 12, 12),
              "peel-police-legitimacy-2017-a-national-overview", "PEEL Legitimacy 2017"),
    "leg17L": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", dt.date(2017, 12, 12),
               "peel-police-legitimacy-2017-lincolnshire", "PEEL Legitimacy 2017"),
    "peel1819L": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire "
                  "Police", dt.date(2019, 5, 2), "peel-assessment-2018-19-lincolnshire",
                  "PEEL 2018/19"),
    "cdi19L": ("Lincolnshire Police: Crime data integrity inspection 2019", dt.date(2019, 10, 3),
               "lincolnshire-police-crime-data-integrity-inspection-2019", "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26),
               "disproportionate-use-of-police-powers-a-spotlight-on-stop-and-search-and-the-"
               "use-of-force", "Police powers spotlight (Feb 21)"),
    "peel2122L": ("PEEL 2021/22: Police effectiveness, efficiency and legitimacy – An inspection "
                  "of Lincolnshire Police", dt.date(2022, 9, 13),
                  "peel-assessment-2021-22-lincolnshire", "PEEL 2021/22"),
    "peel2325L": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection "
                  "of Lincolnshire Police", dt.date(2024, 2, 20),
                  "peel-assessment-2023-25-lincolnshire", "PEEL 2023-25"),
}


def url(rep: str, kind: str = "pub") -> str:
    slug = REPORTS[rep][2]
    if kind == "pub":
        return f"{BASE}publications/{slug}/"
    if kind == "html":
        return f"{BASE}publication-html/{slug}/"
    if kind == "pdf":
        return f"{BASE}wp-content/uploads/{slug}.pdf"
    raise ValueError(kind)


def fin_quarter(d: dt.date) -> str:
    fy = d.year if d.month >= 4 else d.year - 1
    q = (d.month - 4) % 12 // 3 + 1
    return f"Q{q} {fy}/{(fy + 1) % 100:02d}"


def month(d: dt.date) -> str:
    return d.strftime("%b %Y")


# --------------------------------------------------------------------------------------------
# Real texts (copied from the casegen text lists and real_recommendations.csv)
# --------------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

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
EVERYONE_PLAN_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect. HMIC will "
    "inspect forces' progress on domestic abuse as part of its new annual all-force "
    "inspection programme. Police and crime commissioners and chief constables should be "
    "called upon to report publicly on progress, as well as to the national oversight "
    "and monitoring group.")
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
DA_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the "
                "control room to fulfil its resourcing model, and so to meet its demand, while "
                "also taking into account the wellbeing of its workforce.")
SAS_PUBLIC_13 = (
    "Chief Constables should, in consultation with elected local policing bodies, ensure that "
    "they comply with the code of practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example, young people.")
SAS_PUBLIC_15 = (
    "Chief constables should, in consultation with police and crime commissioners, ensure that "
    "they comply with the Code of Practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example young people.")
DIGITAL_FULL = (
    "By September 2018, chief constables should produce an ambitious plan to improve "
    "digitally-enabled services within their force. The Home Office, National Police "
    "Chiefs' Council and Association of Police and Crime Commissioners should support the "
    "development of these plans by establishing a national framework which allows for the "
    "provision of digitally enabled services across force boundaries.")

# --------------------------------------------------------------------------------------------
# HMICFRS items: key, report, id, type, text, status, status date, comment
# --------------------------------------------------------------------------------------------
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")
C_SUP2 = ("Superseded by the force's subsequent PEEL inspection. Where the issue remains it will "
          "appear in the register against that inspection.")

D = dt.date
HM = [
    # sas13 -------------------------------------------------------------------------------
    ("S1", "sas13", 1187, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", D(2015, 6, 30), C_DONE),
    ("S2", "sas13", 1188, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", D(2018, 3, 14), C_DONE),
    ("S3", "sas13", 1189, NAT, SAS_PUBLIC_13, "Superseded", D(2015, 3, 24),
     "Superseded: restated in Stop and search powers 2 (March 2015); progress is monitored "
     "against that recommendation."),
    # everyone ----------------------------------------------------------------------------
    ("DA1", "everyone", 2344, NAT, EVERYONE_PLAN, "Complete", D(2015, 11, 2), C_DONE),
    # core --------------------------------------------------------------------------------
    ("C1", "core", 2871, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
     "have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", D(2016, 1, 19), C_DONE),
    ("C2", "core", 2872, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Being progressed", D(2019, 8, 6), C_REV),
    # integrity ---------------------------------------------------------------------------
    ("I1", "integrity", 3105, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", D(2017, 5, 23), C_DONE),
    # sas15 -------------------------------------------------------------------------------
    ("S15", "sas15", 3390, NAT, SAS_PUBLIC_15, "Being progressed", D(2018, 2, 8), C_MON),
    # picture -----------------------------------------------------------------------------
    ("BP1", "picture", 3620, NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "Being progressed",
     D(2018, 2, 8), C_MON),
    # firearms ----------------------------------------------------------------------------
    ("F1", "firearms", 3871, NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", D(2016, 9, 12), C_DONE),
    ("F2", "firearms", 3872, NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed",
     D(2018, 2, 8), C_MON),
    ("F3", "firearms", 3873, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", D(2016, 9, 12), C_DONE),
    ("F4", "firearms", 3874, NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Awaiting review", D(2015, 9, 15), C_NEW),
    ("F5", "firearms", 3875, NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "Being progressed",
     D(2018, 2, 8), C_MON),
    # eff16L ------------------------------------------------------------------------------
    ("E0", "eff16L", 7702, COC, DA_CAUSE, "Complete", D(2018, 4, 27), C_AUTH),
    ("E1", "eff16L", 7703, REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", "Complete", D(2018, 4, 27), C_AUTH),
    ("E2", "eff16L", 7704, AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Superseded", D(2019, 5, 2), C_SUP),
    ("E3", "eff16L", 7705, AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Being progressed", D(2019, 5, 2), C_MON),
    ("E4", "eff16L", 7706, AFI,
     "The force should improve its understanding of the nature and scale of serious and "
     "organised crime in its area.", "Awaiting review", D(2017, 3, 2), C_NEW),
    # stolen ------------------------------------------------------------------------------
    ("M1", "stolen", 8212, NAT, SF_LEADERSHIP, "Being progressed", D(2019, 1, 17), C_MON),
    ("M2", "stolen", 8213, NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", D(2019, 1, 17), C_MON),
    ("M3", "stolen", 8214, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", D(2019, 1, 17), C_DONE),
    ("M4", "stolen", 8215, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Awaiting review",
     D(2017, 10, 24), C_NEW),
    ("M5", "stolen", 8216, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     D(2019, 1, 17), C_MON),
    ("M6", "stolen", 8217, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Complete", D(2021, 6, 10), C_AUTH),
    ("M7", "stolen", 8218, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed", D(2019, 1, 17), C_MON),
    # efc17 -------------------------------------------------------------------------------
    ("DG1", "efc17", 8305, NAT, DIGITAL_FULL, "Superseded", D(2019, 5, 2), C_SUP2),
    # efc17L ------------------------------------------------------------------------------
    ("EF1", "efc17L", 8330, AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     "Complete", D(2019, 5, 2), C_AUTH),
    ("EF2", "efc17L", 8331, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Being progressed",
     D(2019, 5, 2), C_MON),
    ("EF3", "efc17L", 8332, AFI,
     "Lincolnshire Police should develop its understanding of the links between its outcomes, "
     "outputs and costs.", "Being progressed", D(2019, 5, 2), C_MON),
    # leg17 (national) --------------------------------------------------------------------
    ("L0", "leg17", 8560, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", D(2019, 3, 5), C_MON),
    ("L1", "leg17", 8561, NAT, SAS_MONITORING_2017, "Being progressed", D(2019, 3, 5), C_MON),
    ("L2", "leg17", 8562, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed", D(2019, 3, 5), C_MON),
    ("L3", "leg17", 8563, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete", D(2019, 3, 5), C_DONE),
    ("L4", "leg17", 8564, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     D(2019, 3, 5), C_MON),
    # leg17L ------------------------------------------------------------------------------
    ("LL1", "leg17L", 8610, AFI,
     "The force should ensure that all officers who use stop and search powers have been "
     "provided with, and understand, training on unconscious bias and College of Policing APP "
     "on stop and search.", "Complete", D(2019, 5, 2), C_AUTH),
    ("LL2", "leg17L", 8611, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "Being progressed", D(2019, 5, 2),
     C_MON),
    ("LL3", "leg17L", 8612, AFI,
     "The force should review the support available for those who have raised concerns and "
     "take any action needed to make sure these provisions are suitable.", "Complete",
     D(2019, 5, 2), C_DONE),
    # peel1819L ---------------------------------------------------------------------------
    ("P1", "peel1819L", 9410, AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", D(2020, 2, 11), C_MON),
    ("P2", "peel1819L", 9411, AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Complete", D(2021, 1, 26), C_DONE),
    ("P3", "peel1819L", 9412, AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from county lines drug dealing.", "Being progressed", D(2020, 2, 11), C_MON),
    ("P4", "peel1819L", 9413, AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Superseded", D(2022, 9, 13), C_SUP2),
    ("P5", "peel1819L", 9414, AFI,
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.", "Being progressed", D(2020, 2, 11), C_MON),
    # cdi19L ------------------------------------------------------------------------------
    ("D1", "cdi19L", 9905, REC, CDI_VICTIMS, "Being progressed", D(2020, 7, 21), C_MON),
    ("D2", "cdi19L", 9906, REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", D(2020, 7, 21), C_DONE),
    ("D3", "cdi19L", 9907, AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", "Being progressed", D(2020, 7, 21), C_MON),
    ("D4", "cdi19L", 9908, AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", "Awaiting review", D(2019, 10, 3), C_NEW),
    # powers ------------------------------------------------------------------------------
    ("W1", "powers", 11020, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2022, 3, 1), C_MON),
    ("W2", "powers", 11021, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", D(2022, 3, 1), C_MON),
    ("W3", "powers", 11022, NAT, BWV_2021, "Being progressed", D(2022, 3, 1), C_MON),
    ("W4", "powers", 11023, NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", "Awaiting review", D(2021, 2, 26), C_NEW),
    ("W5", "powers", 11024, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Complete",
     D(2022, 3, 1), C_DONE),
    # peel2122L ---------------------------------------------------------------------------
    ("Q1", "peel2122L", 12480, AFI,
     "The force should ensure that officers and staff have effective communication skills, in "
     "line with the National Policing Guidelines on Conflict Management.", "Being progressed",
     D(2023, 6, 6), C_MON),
    ("Q2", "peel2122L", 12481, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", "Being progressed", D(2023, 6, 6), C_MON),
    ("Q3", "peel2122L", 12482, AFI, CONTROL_ROOM, "Being progressed", D(2023, 6, 6), C_MON),
    ("Q4", "peel2122L", 12483, AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Complete", D(2024, 2, 20), C_AUTH),
    ("Q5", "peel2122L", 12484, AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Being progressed", D(2023, 6, 6), C_MON),
    ("Q6", "peel2122L", 12485, AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Being progressed", D(2023, 6, 6), C_MON),
    # peel2325L ---------------------------------------------------------------------------
    ("R1", "peel2325L", 13890, AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "online child sexual abuse.", "Awaiting review", D(2024, 2, 20), C_NEW),
    ("R2", "peel2325L", 13891, AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", "Awaiting review", D(2024, 2, 20), C_NEW),
    ("R3", "peel2325L", 13892, AFI,
     "The force should make sure victims of violence against women and girls are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of "
     "Crime.", "Awaiting review", D(2024, 2, 20), C_NEW),
    ("R4", "peel2325L", 13893, AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to neighbourhood crime.", "Being progressed", D(2024, 7, 30),
     C_MON),
    ("R5", "peel2325L", 13894, AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.", "Awaiting review", D(2024, 2, 20), C_NEW),
    ("R6", "peel2325L", 13895, AFI,
     "The force should evaluate its work to prevent knife crime and share what works across "
     "the force.", "Awaiting review", D(2024, 2, 20), C_NEW),
]
HMK = {h[0]: h for h in HM}

# --------------------------------------------------------------------------------------------
# Force rows. Each: dict with
#   hm: HMICFRS key or None; rep: report the hyperlink points to; text; rag; upd; closed;
#   cat, why; optional: disp ("short"|"Link"|"View report"|"url"|"plain"|"none"),
#   formula (bool), kind ("pub"|"html"|"pdf"), pub (override), hid (override; False = blank)
# --------------------------------------------------------------------------------------------
DONE_UPD = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Signed off at Organisational Learning Board; evidence pack held on SharePoint.",
    "Complete - policy published and briefed to all staff.",
    "Closed by chief officer lead following dip-sample.",
]
OPEN_UPD = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Addressed holistically as part of the force change programme.",
    "Owner changed following restructure - update requested.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
]
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Strategic Development",
         "Supt Force Control Room", "Head of Learning & Development",
         "Head of Information Management", "DCC", "Supt Firearms Licensing"]


def F(hm, rep, text, rag, cat, why, *, upd=None, closed=None, lead=None, **kw):
    return dict(hm=hm, rep=rep, text=text, rag=rag, cat=cat, why=why, upd=upd, closed=closed,
                lead=lead, **kw)


HT = lambda k: HMK[k][4]  # noqa: E731  HMICFRS text verbatim

FR = [
    # ---- 2013-2015 national ---------------------------------------------------------------
    F("S1", "sas13", HT("S1"), "Green", "in_sync",
      "Closed on both sides (HMICFRS Complete; force Green, closed 2015).",
      closed=D(2015, 5, 12), lead="ACC Local Policing"),
    F("S2", "sas13", HT("S2"), "Amber", "closeable_local",
      "HMICFRS Complete; force still Amber (refresh of S&S scrutiny ongoing).",
      upd="Refreshed stop and search scrutiny framework being written; BWV review element "
          "outstanding.", lead="ACC Local Policing", disp="Link"),
    F("S3", "sas13", SAS_PUBLIC_13.replace("for example, young people", "e.g. young people"),
      "Green", "in_sync",
      "2013 text ('elected local policing bodies') with hyperlink to the 2013 report; HMICFRS "
      "Superseded (closed) and force Green = closed both. Near-identical to the 2015 item.",
      closed=D(2015, 5, 12), lead="ACC Local Policing", disp="View report", hid=False),
    F(None, "austerity",
      "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
      "through collaboration should assess whether there is scope to improve on this position. "
      "HMIC will follow up the assessments in the autumn.", "Green", "not_on_hmicfrs_list",
      "Policing in Austerity 2014 item: the report is not on the HMICFRS list at all (already "
      "closed and dropped by HMICFRS). Query with HMICFRS.",
      closed=D(2015, 3, 31), lead="Director of Finance", disp="short"),
    F(None, "austerity",
      "In preparation for the next spending round period all Chief Constables and PCCs should "
      "review their plans for collaboration. In particular they should consider whether there is "
      "scope to deliver better value for money and improved capability and capacity through "
      "joint working with other forces, the public and/or the private sector.", "Amber",
      "not_on_hmicfrs_list",
      "Policing in Austerity 2014 item; not on the HMICFRS list (report dropped from register).",
      upd="Reviewed annually as part of the strategic partnership (G4S) contract review and "
          "East Midlands collaboration programme.", lead="Director of Finance", disp="Link",
      formula=True),
    F("DA1", "everyone", EVERYONE_PLAN_RUN_ON, "Green", "in_sync",
      "Force pasted the following paragraph on to the HMICFRS text (run-on); same item. Closed "
      "both sides.", closed=D(2015, 9, 30), lead="Ch Supt Public Protection", disp="short"),
    F("C1", "core", HT("C1"), "Green", "in_sync",
      "Closed both sides. Same ask recurs in CDI 2019 (D2): the hyperlink (Core Business) and "
      "the 'Not later than 31 March 2015' stem decide.", closed=D(2015, 10, 1),
      lead="Supt Force Control Room", disp="Link"),
    F("I1", "integrity", HT("I1").replace("“", '"').replace("”", '"'), "Amber",
      "closeable_local", "HMICFRS Complete; force Amber.",
      upd="PSD to dip-sample NFA outcomes by protected characteristic; results due to "
          "Professional Standards Board.", lead="Head of Professional Standards"),
    F("S15", "sas15", SAS_PUBLIC_15.replace("’", "'"), "Green", "closeable_submit",
      "2015 restatement ('police and crime commissioners', 'for example young people'); "
      "hyperlink shown as 'Link' points to Stop and search powers 2. HMICFRS open, force Green.",
      closed=D(2019, 3, 29), upd="Community scrutiny panel established; S&S data published "
      "quarterly on force website. Completed.", lead="ACC Local Policing", disp="Link",
      hid=False),
    F("BP1", "picture",
      "By 30 Nov 2015 - put in place arrangements to scrutinise audits of compliance with APP "
      "on information management via the force IM governance structure (incl. regular "
      "adjustment of record categorisation).", "Amber", "in_sync",
      "Abridged by the force; open both sides.", upd="Information Assurance Board now receives "
      "quarterly audit returns; MoPI review backlog remains.",
      lead="Head of Information Management", disp="short"),
    F("F1", "firearms", HT("F1"), "Green", "in_sync", "Closed both sides.",
      closed=D(2016, 3, 1), lead="Supt Firearms Licensing"),
    F("F2", "firearms", HT("F2"), "Green", "closeable_submit",
      "HMICFRS Being progressed; force Green and closed 2016.", closed=D(2016, 6, 30),
      lead="Supt Firearms Licensing", disp="View report"),
    F("F3", "firearms", HT("F3").replace("‘", "'").replace("’", "'"), "Green", "in_sync",
      "Closed both sides.", closed=D(2016, 1, 14), lead="Supt Firearms Licensing"),
    F("F4", "firearms", HT("F4"), "Amber", "in_sync", "Open both sides.",
      lead="Supt Firearms Licensing", disp="Link", formula=True),
    F("F5", "firearms", HT("F5").replace("Within three months", "Within six months"), "Amber",
      "conflict",
      "Timescale differs: force text says 'Within six months', HMICFRS 'Within three months'. "
      "Otherwise the same item (both open).", upd="NFLMS flag on STORM incident addresses "
      "live; officer briefing on seizure powers being drafted.", lead="Supt Firearms Licensing"),
    # ---- PEEL effectiveness 2016 (Lincs) ----------------------------------------------------
    F("E0", "eff16L", "CAUSE OF CONCERN: " + DA_CAUSE.replace("force's", "force’s"), "Green",
      "in_sync", "Cause of concern; closed both sides.", closed=D(2018, 3, 29),
      lead="Ch Supt Public Protection", disp="short"),
    F("E1", "eff16L", HT("E1"), "Green", "in_sync", "Closed both sides.",
      closed=D(2018, 3, 29), lead="Ch Supt Public Protection", disp="short"),
    F("E2", "eff16L", HT("E2"), "Amber", "closeable_local",
      "HMICFRS Superseded (closed); force still Amber.", upd="Investigation standards "
      "dip-sampling monthly via Crime Standards Board.", lead="Det Ch Supt Force CID",
      disp="View report"),
    F("E3", "eff16L", HT("E3"), "Red", "in_sync", "Open both sides (force Red).",
      upd="Digital forensics backlog still over 6 months; kiosk roll-out delayed.",
      lead="Det Ch Supt Force CID", disp="short", kind="pdf"),
    # ---- Stolen freedom 2017 ---------------------------------------------------------------
    F("M1", "stolen", "Within twelve months, forces should review their leadership and "
      "governance arrangements for modern slavery and human trafficking, to ensure that: "
      "senior leaders prioritise the response to modern slavery and human trafficking;",
      "Green", "in_sync",
      "Split row 1/4 of M1 (one row per bullet). Bullets 3-4 still Amber, so the force item "
      "is open; HMICFRS open: in sync.", closed=D(2018, 9, 30), lead="Det Ch Supt Force CID",
      split="a"),
    F("M1", "stolen", "every incident of modern slavery identified to police is allocated "
      "appropriate resources with the skills, experience and capacity to investigate it "
      "effectively;", "Green", "in_sync", "Split row 2/4 of M1; item open on force side "
      "(rows 3-4 Amber), HMICFRS open.", closed=D(2018, 9, 30),
      lead="Det Ch Supt Force CID", split="b"),
    F("M1", "stolen", "forces develop effective partnership arrangements to co-ordinate "
      "activity in order to share information and safeguard victims; and", "Amber", "in_sync",
      "Split row 3/4 of M1; open both sides.", upd="Anti-slavery partnership refreshed; "
      "ISA with Lincolnshire County Council outstanding.", lead="Det Ch Supt Force CID",
      split="c"),
    F("M1", "stolen", "performance and quality assurance measures are in place to allow senior "
      "leaders to assess the nature and quality of the service provided to victims.", "Amber",
      "in_sync", "Split row 4/4 of M1; open both sides.",
      upd="MSHT measures to be added to performance pack.", lead="Det Ch Supt Force CID",
      split="d"),
    F("M2", "stolen", HT("M2").replace(" 86 ", " ") + ".", "Amber", "in_sync",
      "HMICFRS text carries a stray footnote '86'; same item; open both sides.",
      lead="Head of Intelligence", disp="short"),
    F("M3", "stolen", HT("M3"), "Green", "in_sync", "Closed both sides.",
      closed=D(2018, 6, 28), lead="Head of Criminal Justice", pub="Oct 2017"),
    F("M4", "stolen", HT("M4"), "Green", "closeable_submit",
      "HMICFRS Awaiting review; force Green, pending sign off (no close date).",
      upd="Pending sign off by the chief officer lead.", lead="Det Ch Supt Force CID",
      disp="Link", formula=True),
    F("M6", "stolen", HT("M6"), "Amber", "closeable_local", "HMICFRS Complete; force Amber.",
      upd="Awaiting outcome of MSHT investigation audit before proposing closure.",
      lead="Det Ch Supt Force CID", disp="View report"),
    F("M7", "stolen", "Review use of preventative powers under the Modern Slavery Act 2015 "
      "(STPOs/STROs) so opportunities to restrict offenders are exploited.", "Amber", "in_sync",
      "Abridged by the force; open both sides.", upd="STPO applications now tracked by Legal "
      "Services; 2 granted this year.", lead="Head of Criminal Justice", disp="short"),
    F(None, "stolen", "Local action: Appoint a single point of contact for modern slavery and "
      "human trafficking in each local policing area", "Green", "not_on_hmicfrs_list",
      "Force's own local action filed under the Stolen Freedom link; not an HMICFRS item.",
      closed=D(2018, 4, 3), lead="Det Ch Supt Force CID", disp="Link"),
    # ---- PEEL efficiency 2017 (national + Lincs) ------------------------------------------
    F("DG1", "efc17", DIGITAL_FULL, "Amber", "closeable_local",
      "HMICFRS Superseded; force Amber. Hyperlink to the national overview.",
      upd="Digital strategy 2020-23 refresh; single online home live, further services "
          "planned.", lead="Head of Strategic Development", disp="short"),
    F("EF1", "efc17L", HT("EF1"), "Green", "in_sync", "Closed both sides.",
      closed=D(2019, 3, 1), lead="Head of Strategic Development", disp="View report"),
    F("EF2", "efc17L", HT("EF2"), "Green", "closeable_submit",
      "HMICFRS Being progressed; force Green.", closed=D(2020, 1, 31),
      lead="Director of People", disp="short"),
    F("EF3", "efc17L", HT("EF3"), "Amber", "conflict",
      "Publication date differs: force 'Q3 2018/19' (Oct-Dec 2018), HMICFRS 9 Nov 2017 "
      "(Q3 2017/18), though the hyperlink is the 2017 report and other rows of it say "
      "Q3 2017/18. Both open.", upd="Activity-based costing model with Finance; first output "
      "due at budget setting.", lead="Director of Finance", disp="short", pub="Q3 2018/19"),
    # ---- PEEL legitimacy 2017 (national + Lincs) ------------------------------------------
    F("L0", "leg17", "Cause of concern (national): " + HT("L0"), "Amber", "in_sync",
      "National cause of concern; open both sides.", lead="ACC Local Policing", disp="short",
      kind="html"),
    F("L1", "leg17",
      "By July 2018, all police forces across England and Wales should be regularly and "
      "frequently monitoring a comprehensive set of data and information on use of stop and "
      "search powers to understand:\n• the reasons for any disproportionate representation of "
      "different ethnic groups in the use of stop and search; and\n• the extent to which find "
      "rates differ between people from different ethnicities, and across different types of "
      "searches (including separate identification of find rates for drug possession and "
      "supply-type offences).", "Amber", "conflict",
      "Missing bullet: the force text drops the third bullet (possession-only drug searches). "
      "Both open.", upd="S&S dashboard live in Qlik; find-rate by ethnicity reported to "
      "scrutiny panel.", lead="ACC Local Policing", disp="Link"),
    F("L2", "leg17", HT("L2").replace("•", "- "), "Green", "closeable_submit",
      "HMICFRS Being progressed; force Green.", closed=D(2019, 7, 31),
      upd="Disparity analysis published on website July 2019.", lead="ACC Local Policing",
      disp="short"),
    F("L3", "leg17", HT("L3"), "Green", "in_sync", "Closed both sides.",
      closed=D(2019, 7, 31), lead="ACC Local Policing", disp="Link", formula=True),
    F("L4", "leg17", HT("L4"), "Green", "closeable_submit",
      "National overview item (hyperlink slug '...-2017-a-national-overview'); shown text "
      "'PEEL Legitimacy 2017' is the same as the Lincolnshire report's row. HMICFRS open, "
      "force Green.", closed=D(2019, 2, 28), lead="Head of Learning & Development",
      disp="short", hid=False),
    F("LL1", "leg17L", HT("LL1"), "Amber", "closeable_local",
      "Lincolnshire report item (slug '...-2017-lincolnshire'), same shown text as the "
      "national one; HMICFRS Complete, force Amber.", upd="Unconscious bias refresher to be "
      "included in 2024/25 PDR training days.", lead="Head of Learning & Development",
      disp="short"),
    F("LL2", "leg17L", HT("LL2"), "Amber", "in_sync", "Open both sides.",
      lead="Head of Professional Standards", disp="View report"),
    F("LL3", "leg17L", HT("LL3"), "Green", "in_sync", "Closed both sides.",
      closed=D(2018, 11, 30), lead="Head of Professional Standards", disp="short"),
    # ---- PEEL 2018/19 (Lincs) --------------------------------------------------------------
    F("P1", "peel1819L", HT("P1"), "Green", "closeable_submit",
      "HMICFRS Being progressed; force Green.", closed=D(2021, 4, 30),
      upd="Victim Code compliance now 92% on dip-sample. Completed.",
      lead="Ch Supt Public Protection", disp="short"),
    F("P2", "peel1819L", HT("P2"), "Green", "in_sync", "Closed both sides.",
      closed=D(2020, 12, 18), lead="Head of Criminal Justice", disp="Link"),
    F("P3", "peel1819L", HT("P3"), "Amber", "conflict",
      "Reference differs: the force's HMICFRS ID 9413 belongs to P4 (online CSA); the text and "
      "hyperlink are P3 (county lines, HMICFRS 9412). Both open.", hid=9413,
      upd="County lines partnership tasking via Lincolnshire Community Safety Partnership.",
      lead="Det Ch Supt Force CID", disp="View report"),
    F("P4", "peel1819L", HT("P4"), "Amber", "closeable_local",
      "HMICFRS Superseded; force Amber. Its ID 9413 is wrongly quoted on the P3 row; this row "
      "has no ID.", hid=False, upd="POLIT capacity review awaiting FET decision.",
      lead="Det Ch Supt Force CID", disp="short"),
    F("P5", "peel1819L", HT("P5"), "Amber", "in_sync", "Open both sides. Link is the PDF.",
      lead="Director of People", disp="Link", formula=True, kind="pdf"),
    # ---- CDI 2019 (Lincs) ------------------------------------------------------------------
    F("D1", "cdi19L",
      "Within 6 months put in place arrangements so that victims are believed at point of "
      "report; call handler conversations are summarised accurately on the incident log; "
      "multiple crimes are always recorded; we stop waiting for medical exam / video interview "
      "results before making a recording decision; online reports are triaged on receipt for "
      "risk.", "Amber", "in_sync",
      "Heavily abridged by the force but all five bullets present; open both sides.",
      upd="Crime recording audit Q1 2024/25: 91% compliance. Online triage in place.",
      lead="Force Crime Registrar", disp="short"),
    F("D2", "cdi19L", HT("D2"), "Green", "in_sync",
      "Closed both sides. Same ask as Core Business C1 (national); hyperlink and stem decide.",
      closed=D(2020, 3, 31), lead="Supt Force Control Room", disp="View report"),
    F("D3", "cdi19L", HT("D3"), "Amber", "in_sync", "Open both sides.",
      lead="Force Crime Registrar", disp="short"),
    F(None, "cdi19L", "JAC action: Add stalking and harassment measures to the monthly Force "
      "Performance pack", "Amber", "not_on_hmicfrs_list",
      "Force's own JAC action filed under the CDI 2019 link; not an HMICFRS item.",
      lead="Head of Strategic Development", disp="Link"),
    # ---- Police powers 2021 ----------------------------------------------------------------
    F("W1", "powers", HT("W1"), "Green", "closeable_submit",
      "HMICFRS Being progressed; force Green. Near-identical to PEEL 2021/22 AFI Q1 (open on "
      "force side).", closed=D(2022, 7, 29), lead="Head of Learning & Development",
      disp="short"),
    F("W2", "powers", HT("W2"), "Amber", "in_sync", "Open both sides.",
      lead="Head of Learning & Development", disp="Link"),
    F("W3", "powers", "By September 2021, forces should: ensure that officers record on "
      "body-worn video (when this is available) the entirety of all stop and search encounters, "
      "including traffic stops and use of force incidents.", "Green", "closeable_submit",
      "Split row 1/3 of W3 (one row per part); all three parts Green, so the force item is "
      "done; HMICFRS open.", closed=D(2021, 9, 30), lead="ACC Local Policing", split="a",
      disp="short"),
    F("W3", "powers", "have a structured process for regularly reviewing and monitoring "
      "internally a sufficient sample of body-worn video footage to identify and disseminate "
      "learning and hold officers to account when behaviour falls below acceptable standards.",
      "Green", "closeable_submit", "Split row 2/3 of W3; all parts Green; HMICFRS open.",
      closed=D(2022, 1, 31), lead="ACC Local Policing", split="b", disp="short"),
    F("W3", "powers", "provide external scrutiny panel members with access to samples of "
      "body-worn video footage showing stop and search encounters and use of force incidents, "
      "taking account of the safeguards in the College of Policing's Authorised Professional "
      "Practice.", "Green", "closeable_submit",
      "Split row 3/3 of W3; all parts Green; HMICFRS open.", closed=D(2022, 1, 31),
      lead="ACC Local Policing", split="c", disp="short"),
    F("W4", "powers", HT("W4"), "White", "closeable_submit",
      "Addressed to the Home Office and NPCC; force marks it White (not the force's to "
      "deliver = done on force side); HMICFRS Awaiting review: submit for closure.",
      closed="n/a", upd="Not the force's responsibility to deliver; dependent upon another "
      "organisation (Home Office / NPCC). Propose closure.", lead=None, disp="Link"),
    F("W5", "powers", HT("W5"), "Green", "in_sync", "Closed both sides.",
      closed=D(2022, 2, 25), lead="ACC Local Policing", disp="View report", pub="Q4 2020/21"),
    # ---- PEEL 2021/22 (Lincs) --------------------------------------------------------------
    F("Q1", "peel2122L", HT("Q1"), "Amber", "in_sync",
      "Open both sides. Near-identical to national W1 (Green on force side).",
      lead="Head of Learning & Development", disp="short"),
    F("Q2", "peel2122L", HT("Q2"), "Green", "closeable_submit",
      "HMICFRS Being progressed; force Green.", closed=D(2024, 5, 31),
      upd="DA calls now graded with THRIVE+; attendance within target for 3 quarters.",
      lead="Supt Force Control Room", disp="short", formula=True),
    F("Q3", "peel2122L", HT("Q3"), "Red", "in_sync", "Open both sides (force Red).",
      upd="Control room establishment 18 below model; recruitment campaign running.",
      lead="Supt Force Control Room", disp="short"),
    F("D4", "peel2122L", HT("D4"), "Amber", "conflict",
      "Filed under the wrong report: hyperlink is PEEL 2021/22 and published 'Sep 2022', but "
      "HMICFRS holds this AFI under Crime data integrity 2019 (3 Oct 2019). Report and date "
      "differ. Both open. Beware Q4 (RASSO investigations) next to it.",
      lead="Force Crime Registrar", disp="View report"),
    F("Q4", "peel2122L", HT("Q4"), "Amber", "closeable_local",
      "HMICFRS Complete; force Amber.", upd="Operation Soteria adoption; RASSO team uplift "
      "agreed, recruitment under way.", lead="Det Ch Supt Force CID", disp="short"),
    F("Q6", "peel2122L", HT("Q6"), "Amber", "in_sync",
      "Open both sides. Report cell is plain text 'PEEL 2021/22' with no hyperlink.",
      upd="Culture survey results to People Board; team-level action plans due.",
      lead="Director of People", disp="plain"),
    F(None, "peel2122L", "Force improvement plan: Dip-sample 50 domestic abuse crime reports "
      "each quarter and report findings to the Crime Standards Board", "Amber",
      "not_on_hmicfrs_list",
      "Force's own improvement-plan action filed under the PEEL 2021/22 link; not an HMICFRS "
      "item.", lead="Force Crime Registrar", disp="View report"),
    # ---- PEEL 2023-25 (Lincs), added at the bottom ----------------------------------------
    F("R1", "peel2325L", HT("R1"), "Amber", "in_sync", "Open both sides.",
      lead="Ch Supt Public Protection", disp="short"),
    F("R3", "peel2325L",
      "Keep VAWG victims informed about the progress of their case in line with the Victims' "
      "Code.", "Amber", "in_sync", "Abridged by the force; open both sides.",
      lead="Ch Supt Public Protection", disp="Link"),
    F("R4", "peel2325L", HT("R4"), "Green", "closeable_submit",
      "HMICFRS Being progressed; force Green ('Ready to move to GREEN status').",
      upd="Ready to move to GREEN status.", lead="Head of Strategic Development",
      disp="url"),
    F("R5", "peel2325L", HT("R5"), "Amber", "in_sync", "Open both sides.",
      lead="Ch Supt Public Protection", disp="short", kind="html"),
    F("R6", "peel2325L", HT("R6"), "Amber", "in_sync", "Open both sides.",
      lead="ACC Local Policing", disp="Link", formula=True),
]

# --------------------------------------------------------------------------------------------
# Fill in the random furniture (seeded)
# --------------------------------------------------------------------------------------------
for r in FR:
    if "disp" not in r:
        r["disp"] = rng.choice(["short", "short", "Link", "View report"])
    r.setdefault("formula", False)
    r.setdefault("kind", "pub")
    if "hid" not in r:
        # about half the rows carry the HMICFRS ID; split rows of M1 all carry it, W3 only the
        # first; local actions never.
        if r["hm"] is None:
            r["hid"] = False
        elif r.get("split"):
            r["hid"] = HMK[r["hm"]][2] if (r["hm"] == "M1" or r["split"] == "a") else False
        else:
            r["hid"] = HMK[r["hm"]][2] if rng.random() < 0.5 else False
    if r["upd"] is None:
        done = r["rag"] in ("Green", "White")
        r["upd"] = rng.choice(DONE_UPD if done else OPEN_UPD) if rng.random() < 0.85 else None
    if r["lead"] is None and r["rag"] != "White":
        r["lead"] = rng.choice(LEADS)
    if "pub" not in r:
        d = REPORTS[r["rep"]][1]
        r["pub"] = month(d) if d.year >= 2021 else fin_quarter(d)

# A few RAG words in capitals, as typed by different people.
for i in rng.sample(range(len(FR)), 8):
    if FR[i]["rag"] in ("Green", "Amber", "Red"):
        FR[i]["rag"] = FR[i]["rag"].upper()

# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "WHITE": "FFFFFF"}


def finalize(path: Path, wb: Workbook) -> None:
    """Save, then rewrite the zip: fixed timestamps, cached values for HYPERLINK formulas."""
    wb.properties.creator = "HMICFRS" if path.name.startswith("hmicfrs") else "LP Strategic Development"
    wb.properties.created = dt.datetime(2024, 10, 14, 9, 12)
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + FIXED_CORE_TIME.encode() + rb"\2", data)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(
                    rb'<c r="([A-Z]+[0-9]+)"([^>]*)><f>(HYPERLINK\("[^"]*","([^"]*)"\))</f>'
                    rb"<v\s*/?>(?:</v>)?</c>",
                    rb'<c r="\1"\2 t="str"><f>\3</f><v>\4</v></c>', data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build_hmicfrs() -> dict[str, str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    ws["A1"] = ("HMICFRS recommendations and areas for improvement held against Lincolnshire "
                "Police – definitive list, exported 14/10/2024")
    ws["A1"].font = Font(bold=True, size=12)
    headers = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
               "Recommendation text", "Status", "Status date", "Comment"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=2, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.border = BORDER
        cell.alignment = WRAP
    rowid = {}
    ordered = sorted(HM, key=lambda h: (REPORTS[h[1]][1], h[2]))
    for i, (key, rep, hid, typ, text, status, sdate, comment) in enumerate(ordered, start=3):
        vals = [hid, "Lincolnshire Police", REPORTS[rep][0], REPORTS[rep][1], typ, text, status,
                sdate, comment]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        rowid[key] = f"Recommendations!{i}"
    for col, w in zip("ABCDEFGHI", (12, 20, 45, 13, 22, 90, 16, 13, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:I{2 + len(HM)}"
    finalize(OUT / "hmicfrs.xlsx", wb)
    return rowid


def build_tracker() -> list[str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Tracker"
    ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations & Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Strategic Development & Continuous Improvement  |  Last updated 30/09/2024  |  "
                "Click the link in 'Inspection report' to open the report on the HMICFRS website")
    ws["A2"].font = Font(italic=True, size=9)
    headers = ["No.", "HMICFRS ID", "Inspection report", "Published", "Recommendation / AFI",
               "Lead", "RAG", "Update", "Date closed"]
    HDR = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=HDR, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    rowids = []
    n = 0
    for i, r in enumerate(FR, start=HDR + 1):
        split = r.get("split")
        if not split or split == "a":
            n += 1
        no = f"{n}{split}" if split else n
        ws.cell(row=i, column=1, value=no)
        hid = r["hid"]
        if hid is not False:
            # IDs typed in by hand: most numbers, a few text with a trailing space
            ws.cell(row=i, column=2, value=f"{hid} " if (i % 7 == 3) else hid)
        # Inspection report: the hyperlink column
        c = ws.cell(row=i, column=3)
        rep = r["rep"]
        u = url(rep, r["kind"])
        shown = {"short": REPORTS[rep][3], "Link": "Link", "View report": "View report",
                 "url": u, "plain": REPORTS[rep][3]}[r["disp"]]
        if r["formula"]:
            c.value = f'=HYPERLINK("{u}","{shown}")'
            c.style = "Hyperlink"
        elif r["disp"] == "plain":
            c.value = shown
        else:
            c.value = shown
            c.hyperlink = u
            c.style = "Hyperlink"
        ws.cell(row=i, column=4, value=r["pub"])
        ws.cell(row=i, column=5, value=r["text"])
        ws.cell(row=i, column=6, value=r["lead"])
        rag = ws.cell(row=i, column=7, value=r["rag"])
        rag.fill = PatternFill("solid", fgColor=FILLS[r["rag"].upper()])
        ws.cell(row=i, column=8, value=r["upd"])
        dc = ws.cell(row=i, column=9, value=r["closed"])
        if isinstance(r["closed"], dt.date):
            dc.number_format = "dd/mm/yyyy"
        for col in range(1, 10):
            cell = ws.cell(row=i, column=col)
            cell.border = BORDER
            al = Alignment(wrap_text=True, vertical="top")
            cell.alignment = al
        rowids.append(f"HMICFRS Tracker!{i}")
    for col, w in zip("ABCDEFGHI", (6, 11, 24, 11, 80, 24, 9, 50, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(row=HDR + 1, column=1)
    ws.auto_filter.ref = f"A{HDR}:I{HDR + len(FR)}"
    # Key sheet: legend, not items
    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    legend = [("Red", "Beyond deadline or cannot / will not be implemented (rationale required)"),
              ("Amber", "Work ongoing; expected to be implemented"),
              ("Green", "Implemented - evidence held, submit to HMICFRS for closure"),
              ("White", "Not Lincolnshire Police's responsibility to deliver / dependent on "
                        "another organisation")]
    for j, (w, d_) in enumerate(legend, start=2):
        key.cell(row=j, column=1, value=w).fill = PatternFill("solid",
                                                              fgColor=FILLS[w.upper()])
        key.cell(row=j, column=2, value=d_)
    key["A7"] = ("Published: financial quarter (Q1 = Apr-Jun) for reports up to 2019/20, month "
                 "for later reports.")
    key.column_dimensions["B"].width = 80
    finalize(OUT / "tracker.xlsx", wb)
    return rowids


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hm_rowid = build_hmicfrs()
    fr_rowids = build_tracker()
    lines = []
    matched = set()
    for r, fid in zip(FR, fr_rowids):
        h = r["hm"]
        if h:
            matched.add(h)
        lines.append((hm_rowid[h] if h else "", fid, r["cat"], r["why"]))
    missing_why = {
        "C2": "HMICFRS open (Being progressed); no force row for crime prevention activity "
              "recording/evaluation.",
        "M5": "HMICFRS open; the MSHT NCRS/audit-capacity item is not in the tracker.",
        "E4": "HMICFRS open (Awaiting review); SOC nature-and-scale AFI never added. Do not "
              "confuse with PEEL 2023-25 R2 (SOC intelligence), also missing.",
        "Q5": "HMICFRS open; ancillary orders for stalking and harassment not in the tracker "
              "(CDI D3 'records reports of stalking' is a different ask).",
        "R2": "HMICFRS open; SOC intelligence AFI from PEEL 2023-25 not yet added.",
    }
    for h in HM:
        if h[0] not in matched:
            lines.append((hm_rowid[h[0]], "", "missing_from_force", missing_why[h[0]]))
    assert set(missing_why) == {h[0] for h in HM} - matched

    def sort_key(line):
        def num(s):
            return int(s.split("!")[1]) if s else 10**6
        return (num(line[0]), num(line[1]))

    lines.sort(key=sort_key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
