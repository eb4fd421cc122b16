"""Build the evaluation case `fll_return_template`.

HMICFRS side: the definitive list as it reaches a force inside a pre-populated *force return*
workbook from its Force Liaison Lead (FLL): a guidance sheet, a "Return" sheet with a title
block, a two-band header ("HMICFRS information - please do not amend" / "Force response"),
the register columns, yellow force-response columns to be completed for open items and grey
"No return required" cells for closed items, a totals / sign-off block under the table and a
hidden dropdown-lists sheet.

Force side: the organisational learning team's ordinary tracker workbook.

All recommendation texts are real public HMICFRS wording (copied from
/work/main/reconcile/casegen/texts/ and /work/shared/data/real_recommendations.csv);
progress notes, summaries and local actions are written here as a force analyst would.

Run: /work/main/.venv/bin/python build_fll_return_template.py   (rebuilds byte for byte)
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
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 4905
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "fll_return_template"
FIXED_TS = (2025, 2, 3, 9, 0, 0)

FORCE = "Gloucestershire Constabulary"
AREA = "Gloucestershire"

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------------
# Real texts (copied verbatim from the casegen text lists / real_recommendations.csv)
# --------------------------------------------------------------------------------------------
SF_LEADERSHIP_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP_STEM = ("Within twelve months, forces should review their leadership and governance "
                      "arrangements for modern slavery and human trafficking, to ensure that:")
SF_LEADERSHIP = SF_LEADERSHIP_STEM + "\n" + "\n".join("• " + b for b in SF_LEADERSHIP_BULLETS)

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
CDI_STEM = "Within six months the force should put in place arrangements to ensure that:"
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
CDI_REC = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)
MISSING_STEM = ("To address this cause of concern the force should immediately review its approach "
                "to reports of missing children and take steps to ensure that:")
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
MISSING_REC = MISSING_STEM + "\n" + "\n".join("• " + b for b in MISSING_BULLETS)
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
DA_COC = (
    "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
    "who fail to support the investigation and the low use of police powers of arrest and "
    "prosecution is a cause of concern to HMIC.")
DA_REC1 = (
    "In order to improve the service it provides to victims of domestic abuse, offer the best "
    "possible protection and bring more perpetrators to justice, the force should immediately "
    "consider ways of increasing the use of arrest, ancillary orders and other available powers.")
DA_REC2 = (
    "To improve the service provided to victims of domestic abuse the force should immediately "
    "take steps to understand and address the reason behind why such a high proportion of "
    "victims of domestic abuse do not support the police investigation.")
DA_REC3 = (
    "In addition, the practice of conducting domestic abuse risk assessments over the telephone "
    "and dealing with domestic abuse in the resolution centre should cease")
CHILD_DETENTION = (
    "Within six months Gloucestershire Constabulary should, in conjunction with children’s "
    "social care services, review how it manages the detention of children. As a minimum it "
    "should:• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite assess "
    "at an early stage a child’s need for alternative accommodation (secure or otherwise) and "
    "work with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made on "
    "the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested")
VETTING_COC = "The size of the vetting backlog within Gloucestershire Constabulary is a cause of concern."
VETTING_REC = (
    "The force should ensure all staff have received at least the lowest level of vetting "
    "clearance for their roles as quickly as possible, working to clear both the vetting "
    "backlog and new vetting renewals when they become due so that it complies fully with the "
    "national vetting guidelines.")

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, addressed to, tracker names, tracker date text)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "All forces", "Stop and Search 2013", "Jul 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "All forces", "Everyone's Business (DA) 2014", dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "All forces", "Policing in Austerity 2014", "Jul-14"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "All forces", "Core Business 2014", "Sep 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "All forces", "Integrity Matters 2015", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "All forces", "Stop & search powers 2", "Mar 2015"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "All forces", "Building the Picture 2015", "Jul 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "All forces", "Firearms licensing 2015", dt.date(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "Force",
              "PEEL Eff 16", "Mar-17"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "All forces", "Stolen Freedom (MSHT) 2017", dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "All forces", "PEEL Efficiency 17 (all forces)", "Nov 2017"),
    "efcf17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "Force",
               "PEEL Efficiency 2017", "Nov 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "All forces", "PEEL Legit 17 S&S", "Dec 2017"),
    "legf17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "Force",
               "PEEL Legitimacy 2017", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19), "Force",
               "NCPI 2018", "Jun-18"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 6), "Force",
              "CDI 2019", dt.date(2019, 9, 6)),
    "custody20": ("Report on an unannounced inspection visit to police custody suites in "
                  "Gloucestershire", dt.date(2020, 8, 18), "Force", "HMICFRS/HMIP custody 2020",
                  "Aug 2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "All forces",
               "Police powers spotlight (Feb 21)", "Feb 2021"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 6),
               "Force", "PEEL 21-22", dt.date(2022, 5, 6)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2024, 3, 14),
               "Force", "PEEL Assessment 2023/24", "Mar 2024"),
}

# --------------------------------------------------------------------------------------------
# HMICFRS items. code: IO in_sync open, IC in_sync closed, CS closeable_submit,
# CL closeable_local, MF missing_from_force, CF conflict (force-side facts differ).
# f: how the force writes it: dict(text=..., ref=..., type=..., status=..., split=[...], ...)
# --------------------------------------------------------------------------------------------
SUPERSEDED = ("This area of activity has subsequently been inspected in HMICFRS's PEEL "
              "inspections. Where a cause of concern still exists this will appear in the "
              "register against these subsequent inspections.")
AUTHORISED = ("Authorised for closure on the basis of the additional observations offered by "
              "members of the inspection team in recent inspection activity.")
COMPLETE_C = "This recommendation is complete"
MONITORED = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
UNDER_REVIEW = ("The status of this recommendation is currently being reviewed by HMICFRS and "
                "will be updated when this review is complete.")
NEW = "New recommendation"


def T(body: str, topic: str) -> str:
    return body.replace("{t}", topic)


def afi(body: str) -> str:
    return "The force should " + body + "."


ITEMS = [
    # ---- national ------------------------------------------------------------------------
    dict(id=1012, rep="sas13", type=NAT, code="IC", text=(
        "Chief Constables and the College of Policing should establish in the Stop and Search "
        "Authorised Professional Practice document a clear specification of what constitutes the "
        "effective and fair exercise of stop and search powers, and guidance in this respect. This "
        "should be compliant with the Code of Practice."), f=dict(form="abbr")),
    dict(id=1013, rep="sas13", type=NAT, code="CL", hcomment=SUPERSEDED, text=(
        "Chief Constables should establish or improve monitoring of the way officers stop and "
        "search people, so that they can be satisfied their officers are acting in accordance with "
        "the law (including equality legislation and the Code of Practice), and that the power is "
        "used effectively to prevent crime, catch criminals and maintain public trust."),
         f=dict(form="verbatim", ref=None)),
    dict(id=1014, rep="sas13", type=NAT, code="IC", text=(
        "Chief Constables should, in consultation with elected local policing bodies, ensure that "
        "they comply with the code of practice by explaining to the public the way stop and search "
        "powers are used in their areas and by making arrangements for stop and search records to "
        "be scrutinised by community representatives. This should be done in a way that involves "
        "those people who are stopped and searched, for example, young people."),
         f=dict(form="verbatim")),
    dict(id=2321, rep="everyone", type=NAT, code="IC", hcomment=SUPERSEDED, text=EVERYONE_PLAN,
         f=dict(form="verbatim", ref=None)),
    dict(id=3710, rep="austerity", type=NAT, code="IC", text=(
        "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
        "are doing all they can to continue to reduce crime and protect the front line while "
        "balancing their budgets. They should use the data and information contained in this "
        "report, and in HMIC's Value for Money profiles, when conducting their reviews"),
         f=dict(form="verbatim")),
    dict(id=3712, rep="austerity", type=NAT, code="IC", text=(
        "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
        "workforce and/or police officers on the front line should assess whether they have taken "
        "the decisive action seen in many forces in order to maintain their crime fighting "
        "capacity. HMIC will follow up the assessments in the autumn."), f=dict(form="verbatim")),
    dict(id=3713, rep="austerity", type=NAT, code="CL", hcomment=COMPLETE_C, text=(
        "In preparation for the next spending round period all Chief Constables and PCCs should "
        "review their plans for collaboration. In particular they should consider whether there is "
        "scope to deliver better value for money and improved capability and capacity through "
        "joint working with other forces, the public and/or the private sector."),
         f=dict(form="verbatim", progress="Addressed holistically as part of the force change "
                "programme. Tri-force collaboration review still to report.")),
    dict(id=4822, rep="core", type=NAT, code="CS", hstatus="Being progressed", hcomment=UNDER_REVIEW,
         text=("Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
               "that have not yet done so, should provide call-handlers with specific, sound and "
               "comprehensible criteria against which they can assess threat, harm and risk."),
         f=dict(form="summary", ftext="THRIVE criteria for call handlers - criteria issued to "
                "all contact centre staff (Core Business rec)")),
    dict(id=4823, rep="core", type=NAT, code="IO", text=(
        "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
        "carried out is systematically recorded and subsequently evaluated to determine the "
        "effectiveness of tactics being employed."), f=dict(form="verbatim")),
    dict(id=902, rep="integrity", type=NAT, code="CS", text=(
        "By 31 August 2015, all chief constables should satisfy themselves that they have "
        "processes in place to ensure that investigations into misconduct by officers and staff "
        "resulting in “no further action” are fair and free of any form of discrimination."),
         f=dict(form="quotes", status="Submitted for closure")),
    dict(id=5216, rep="sas15", type=NAT, code="IC", text=(
        "Chief constables should, in consultation with police and crime commissioners, ensure "
        "that they comply with the Code of Practice by explaining to the public the way stop and "
        "search powers are used in their areas and by making arrangements for stop and search "
        "records to be scrutinised by community representatives. This should be done in a way "
        "that involves those people who are stopped and searched, for example young people."),
         f=dict(form="abbr")),
    dict(id=5570, rep="picture", type=NAT, code="IO", hcomment=MONITORED, text=(
        "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
        "audits of compliance with the APP on information management through the force "
        "information management governance structure. This should include measures to ensure "
        "that categorisation of records are regularly adjusted."), f=dict(form="verbatim")),
    dict(id=5931, rep="firearms", type=NAT, code="IC", text=(
        "Within three months, all chief constables should assess how well the governance of "
        "firearms licensing in his or her force meets the standards set out in Authorised "
        "Professional Practice. Chief constables of forces where the governance standards are not "
        "being complied with should put in place immediately the correct arrangements and "
        "procedures in order to meet the standards in full."), f=dict(form="abbr")),
    dict(id=5932, rep="firearms", type=NAT, code="CF", text=(
        "Within three months, all chief constables should assess the demand placed on their "
        "firearms licensing department and ensure it has the capacity to meet this demand and "
        "provide an efficient and effective service at all times."),
         f=dict(form="custom", ftext=(
             "Within six months, all chief constables should assess the demand placed on their "
             "firearms licensing department and ensure it has the capacity to meet this demand and "
             "provide an efficient and effective service at all times.")),
         why="timescale differs: HMICFRS 'Within three months', tracker 'Within six months'"),
    dict(id=5933, rep="firearms", type=NAT, code="CS", text=(
        "Immediately, all chief constables should satisfy themselves that all appropriate action "
        "is being taken by their force with regard to ‘total expired’ licensing records."),
         f=dict(form="quotes", status="Blue")),
    dict(id=5934, rep="firearms", type=NAT, code="CL", hcomment=AUTHORISED, text=(
        "Within three months, all chief constables should ensure that their arrangements in "
        "respect of the use of temporary permits are in accordance with the Home Office guidance; "
        "that temporary permits are properly recorded without delay on the National Firearms "
        "Licensing Management System; and that effective systems exist to ensure certificate "
        "holders are not permitted, at any time, to remain in unlawful possession of a firearm."),
         f=dict(form="abbr", ref=None)),
    dict(id=5935, rep="firearms", type=NAT, code="IO", text=(
        "Within three months, all chief constables should ensure that systems designed to "
        "identify, prior to police attendance, whether a reported incident involves or is at the "
        "address of a firearm certificate holder are in place and are always applied by staff "
        "dispatching officers to incidents; and that officers understand the risk assessment "
        "which they should be undertaking in such circumstances, and their power, when "
        "appropriate, to seize firearms and firearm certificates."), f=dict(form="verbatim")),
    # PEEL effectiveness 2016 (force)
    dict(id=7512, rep="eff16", type=COC, code="IO", text=DA_COC, f=dict(form="verbatim", type="CoC")),
    dict(id=7513, rep="eff16", type=REC, code="CS", text=DA_REC1, f=dict(form="misspell")),
    dict(id=7514, rep="eff16", type=REC, code="CF", text=DA_REC2,
         f=dict(form="verbatim", type="AFI"),
         why="type differs: HMICFRS Recommendation (under the DA cause of concern), tracker AFI"),
    dict(id=7515, rep="eff16", type=REC, code="IC", hcomment=COMPLETE_C, text=DA_REC3,
         f=dict(form="verbatim")),
    dict(id=7516, rep="eff16", type=COC, code="CL", hcomment=SUPERSEDED, text=MISSING_COC,
         f=dict(form="verbatim", type="CoC", ref=None)),
    dict(id=7517, rep="eff16", type=REC, code="IO", text=MISSING_REC,
         f=dict(form="split", parts=MISSING_BULLETS, stem=MISSING_STEM, pstatus=["open"] * 3)),
    dict(id=7518, rep="eff16", type=AFI, code="CL", hcomment=AUTHORISED, text=(
        "The force should improve the supervision of investigations, so that investigation plans "
        "are set, reviewed and recorded and victims receive a consistently good service."),
         f=dict(form="nostem", type="AFI")),
    # Stolen freedom
    dict(id=8012, rep="stolen", type=NAT, code="CF", text=SF_LEADERSHIP,
         f=dict(form="custom", ftext=SF_LEADERSHIP_STEM + "\n" + "\n".join(
             "- " + b for i, b in enumerate(SF_LEADERSHIP_BULLETS) if i != 2)),
         why="bullet missing: tracker omits the 'effective partnership arrangements' bullet"),
    dict(id=8013, rep="stolen", type=NAT, code="IO", text=(
        "Within six months, forces should have in place active information-sharing agreements "
        "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
        "safeguard victims better and to identify suspects as early as possible"),
         f=dict(form="custom", ftext=(
             "Within 6 months, forces should have in place active ISAs with other agencies to "
             "facilitate speedy exchange of intelligence and in order to safeguard victims better "
             "and to identify suspects as early as possible."))),
    dict(id=8014, rep="stolen", type=NAT, code="CS", text=(
        "Immediately, forces should ensure that all victims carrying out criminal acts under "
        "compulsion attributable to slavery or exploitation are afforded the protection of early "
        "and continuing consideration of the applicability of the section 45 defence."),
         f=dict(form="verbatim", status="Pending sign off")),
    dict(id=8015, rep="stolen", type=NAT, code="IO", text=(
        "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
        "process as it evolves and are implementing the requirement placed upon them under the "
        "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
        "adult victim of modern slavery or human trafficking."), f=dict(form="abbr", ref=None)),
    dict(id=8016, rep="stolen", type=NAT, code="CL", hcomment=COMPLETE_C, text=(
        "Immediately, forces should take steps to ensure they fully comply with national crime "
        "recording standard (NCRS) requirements for offences identified as modern slavery and "
        "human trafficking and that sufficient audit capacity is available to the force crime "
        "registrar to provide reassurance that each force is identifying and managing any gaps in "
        "its crime-recording accuracy for these types of offences."), f=dict(form="abbr")),
    dict(id=8017, rep="stolen", type=NAT, code="IC", text=(
        "Immediately, forces should ensure that allegations or indications of modern slavery and "
        "human trafficking are thoroughly investigated and effectively supervised by teams and "
        "individuals with the skills and experience to undertake them (this should include the "
        "use where appropriate of joint intelligence teams and other means to obtain intelligence "
        "and evidence from agencies overseas)."), f=dict(form="verbatim")),
    dict(id=8018, rep="stolen", type=NAT, code="MF", text=(
        "Immediately, forces should review their use of preventative powers under the Modern "
        "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
        "to pose a clear threat to others in respect of modern slavery and human trafficking "
        "offences are exploited.")),
    # PEEL efficiency 2017 national + force
    dict(id=8322, rep="efc17", type=NAT, code="CS", text=(
        "By September 2018, chief constables should produce an ambitious plan to improve "
        "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
        "Council and Association of Police and Crime Commissioners should support the development "
        "of these plans by establishing a national framework which allows for the provision of "
        "digitally enabled services across force boundaries."),
         f=dict(form="abbr", status="WHITE", progress=(
             "Force digital plan agreed 2019. Remaining element (national framework) is for "
             "HO/NPCC/APCC - not the force's to deliver."))),
    dict(id=8301, rep="efcf17", type=AFI, code="IC", text=(
        "The force should undertake further work to gain a fuller understanding of current demand "
        "for its services, and likely future changes in demand. This is so it can make best use of "
        "its resources by matching them to demand to meet the needs of the public"),
         f=dict(form="verbatim")),
    dict(id=8302, rep="efcf17", type=AFI, code="CL", hcomment=SUPERSEDED, text=(
        "The force should develop its understanding of the links between its outcomes, outputs "
        "and costs"), f=dict(form="verbatim")),
    dict(id=8303, rep="efcf17", type=AFI, code="IO", text=(
        "The force should develop a future workforce plan that is aligned with its overall demand "
        "and budget. The plan should include future resource allocations, the mix of skills "
        "required by the workforce and behaviours expected of them."), f=dict(form="nostem")),
    dict(id=8304, rep="efcf17", type=AFI, code="CS", text=(
        "The force should expand the skills project work to include an assessment of all skills, "
        "not only operational, including potential future skills requirements. This assessment "
        "should inform workforce plans."), f=dict(form="verbatim", ref=None)),
    # PEEL legitimacy 2017 national + force
    dict(id=8539, rep="leg17", type=COC, code="IC", text=(
        "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
        "search powers is consistently reasonable and fair. In particular, there is "
        "over-representation of BAME people, and black people in particular, in stop and search "
        "data which many forces are unable to explain."), f=dict(form="abbr", type="CoC")),
    dict(id=8540, rep="leg17", type=NAT, code="CL", hcomment=COMPLETE_C, text=SAS_MONITORING_2017,
         f=dict(form="bullets")),
    dict(id=8541, rep="leg17", type=NAT, code="IO", text=(
        "Where forces identify disparities through monitoring, they should demonstrate to the "
        "public that they have:\n•carried out research and analysis in an attempt to understand "
        "the reasons for the disparity, and •taken action to reduce the disparity, where "
        "necessary;"), f=dict(form="bullets")),
    dict(id=8542, rep="leg17", type=NAT, code="CF", text=(
        "We expect forces to publish this analysis and any actions taken at least on an annual "
        "basis, from July 2018."),
         f=dict(form="verbatim", report="PEEL Legitimacy 2016 - national", date="Dec 2016"),
         why="report and date differ: tracker files it under PEEL Legitimacy 2016 (Dec 2016), "
             "HMICFRS under PEEL: Police legitimacy 2017 (12 December 2017)"),
    dict(id=8543, rep="leg17", type=NAT, code="CS", text=(
        "By July 2018, and ongoing following that date, forces should ensure that all officers "
        "who use stop and search powers have been provided with, and understand, training on "
        "unconscious bias and College of Policing APP on stop and search."),
         f=dict(form="abbr")),
    dict(id=8544, rep="legf17", type=AFI, code="IC", text=afi(
        "make sure it provides accessible information for all staff and members of the public on "
        "how they can raise concerns and access confidential support (including through external "
        "agencies)"), f=dict(form="verbatim")),
    dict(id=8545, rep="legf17", type=AFI, code="CL", hcomment=AUTHORISED, text=(
        "The force should make sure it provides a confidential way for staff to raise concerns "
        "and that staff are aware of whistleblowing processes."), f=dict(form="nostem")),
    dict(id=8546, rep="legf17", type=AFI, code="IO", text=(
        "The force should revise its approach to cautions, cannabis warning and penalty notices "
        "for disorder to ensure that there is a clear and auditable explanation to the offender "
        "of the implications of receiving the warning and that, for victim-based crimes, there is "
        "a clear and auditable record that views of the victim are considered prior to their "
        "issue."), f=dict(form="verbatim")),
    # NCPI 2018
    dict(id=9120, rep="ncpi18", type=REC, code="IO", text=CHILD_DETENTION,
         f=dict(form="bullets")),
    dict(id=9121, rep="ncpi18", type=REC, code="CS", text=(
        "Within six months the force should improve the way it manages the risk posed by "
        "offenders involved in online child sexual abuse."), f=dict(form="abbr", status="Green")),
    dict(id=9122, rep="ncpi18", type=REC, code="IC", text=(
        "Immediately, the force should make sure investigations of child sexual exploitation are "
        "allocated to officers with the right skills and are effectively supervised."),
         f=dict(form="abbr")),
    dict(id=9123, rep="ncpi18", type=REC, code="MF", text=(
        "By December 2018, the force should improve how it works with partner organisations to "
        "safeguard people at risk from child sexual exploitation.")),
    # CDI 2019
    dict(id=10288, rep="cdi19", type=REC, code="CS", hstatus="Awaiting review",
         hcomment="Closure submission received 12 December 2024; with the FLL for review.",
         text=CDI_REC,
         f=dict(form="split", parts=CDI_BULLETS, stem=CDI_STEM, pstatus=["done"] * 5)),
    dict(id=10289, rep="cdi19", type=REC, code="IO", text=(
        "Within six months the force should make sure it records reports of rape and serious "
        "sexual offences accurately and without delay."), f=dict(form="verbatim")),
    dict(id=10290, rep="cdi19", type=AFI, code="CL", hcomment=COMPLETE_C, text=(
        "The force should make sure it records reports of stalking and harassment accurately and "
        "without delay."), f=dict(form="verbatim", ref=None)),
    dict(id=10291, rep="cdi19", type=REC, code="IC", text=(
        "Within three months, the force should take steps to ensure it fully complies with "
        "national crime recording standard (NCRS) requirements for offences identified as modern "
        "slavery and human trafficking."), f=dict(form="verbatim")),
    # Custody 2020
    dict(id=10902, rep="custody20", type=AFI, code="CS", text=(
        "The force should make sure officers and staff have the training they need to identify "
        "and respond to people with mental ill health."), f=dict(form="verbatim", status="Complete")),
    dict(id=10903, rep="custody20", type=REC, code="IO", text=(
        "Within three months, the force should improve the timeliness of adequate appropriate "
        "adult support for children who are arrested."), f=dict(form="abbr")),
    dict(id=10904, rep="custody20", type=REC, code="CL", hcomment=AUTHORISED, text=(
        "Within three months, the force should ensure that custody staff make a record of all "
        "actions taken and decisions made on the relevant documentation."),
         f=dict(form="verbatim")),
    # Police powers 2021
    dict(id=11203, rep="powers", type=NAT, code="IO", text=(
        "By July 2022, forces should ensure that officers and staff have effective communication "
        "skills, in line with the National Policing Guidelines on Conflict Management. This "
        "should be in addition to existing training on conflict management and de-escalation."),
         f=dict(form="abbr")),
    dict(id=11204, rep="powers", type=NAT, code="CS", text=(
        "By July 2021, forces should ensure that communication skills are reinforced as part of "
        "the programme of continuing professional development for officers and staff, and that "
        "supervisors are supported to routinely and frequently debrief officers on these skills "
        "using body-worn video footage."), f=dict(form="abbr", ref=None)),
    dict(id=11205, rep="powers", type=NAT, code="CS", text=BWV_2021,
         f=dict(form="split", parts=BWV_PARTS, stem="By September 2021, forces should:",
                pstatus=["done"] * 3)),
    dict(id=11206, rep="powers", type=NAT, code="MF", text=(
        "By July 2021, forces should ensure they have effective internal monitoring processes on "
        "the use of force, to help them to identify and understand disproportionate use, explain "
        "the reasons and implement any necessary improvement action.")),
]

TOPIC_BODIES = {
    "understand": "improve its understanding of the nature and scale of {t} in its area",
    "allocate": "make sure investigations of {t} are allocated to officers with the right skills "
                "and are effectively supervised",
    "partners": "improve how it works with partner organisations to safeguard people at risk from {t}",
    "record": "make sure it records reports of {t} accurately and without delay",
    "offenders": "improve the way it manages the risk posed by offenders involved in {t}",
    "orders": "make sure it consistently uses ancillary orders and other powers to protect "
              "victims of {t}",
    "intel": "improve how it gathers, assesses and acts on intelligence about {t}",
    "perf": "make sure its performance framework gives senior leaders a clear picture of its "
            "response to {t}",
    "timely": "improve the timeliness of its response to calls for service involving {t}",
    "informed": "make sure victims of {t} are kept informed about the progress of their case, in "
                "line with the Code of Practice for Victims of Crime",
    "problem": "develop a problem-solving approach to {t}, working with local communities and partners",
    "capacity": "make sure it has enough specialist capacity and capability to investigate {t}",
    "evaluate": "evaluate its work to prevent {t} and share what works across the force",
}


ITEMS += [
    # PEEL 2021/22
    dict(id=12580, rep="peel21", type=COC, code="IO", text=VETTING_COC,
         f=dict(form="verbatim", type="Cause for Concern")),
    dict(id=12581, rep="peel21", type=REC, code="CS", text=(
        "Within six months Gloucestershire Constabulary should ensure all staff have received at "
        "least the lowest level of vetting clearance for their roles as quickly as possible, "
        "working to clear both the vetting backlog and new vetting renewals when they become due "
        "so that it complies fully with the national vetting guidelines."),
         f=dict(form="verbatim", status="Submitted for closure")),
    dict(id=12582, rep="peel21", type=REC, code="IO", text=(
        "By 31 March 2023, the force should ensure that it has sufficient resources available in "
        "the control room to fulfil its resourcing model, and so to meet its demand, while also "
        "taking into account the wellbeing of its workforce."), f=dict(form="verbatim")),
    dict(id=12583, rep="peel21", type=AFI, code="IO", text=afi(T(TOPIC_BODIES["timely"], "domestic abuse")),
         f=dict(form="afinum", n=1)),
    dict(id=12584, rep="peel21", type=AFI, code="CF", text=afi(T(TOPIC_BODIES["allocate"], "rape and serious sexual offences")),
         f=dict(form="afinum", n=2, refnum=12548),
         why="reference differs: tracker records HMICFRS 12548, the list's ID is 12584 (digits transposed)"),
    dict(id=12585, rep="peel21", type=AFI, code="CS", text=afi(T(TOPIC_BODIES["informed"], "domestic abuse")),
         f=dict(form="afinum", n=3, status="Green")),
    dict(id=12586, rep="peel21", type=AFI, code="IO", text=afi(
        "make sure the corporate risk register is actively used to mitigate and manage known risks"),
         f=dict(form="afinum", n=4)),
    dict(id=12587, rep="peel21", type=AFI, code="CL", hcomment=AUTHORISED, text=afi(
        "make sure all processes in place to support performance management are effective"),
         f=dict(form="afinum", n=5)),
    dict(id=12588, rep="peel21", type=AFI, code="CS", text=afi(
        "put plans in place to monitor, including through the gathering and analysis of staff "
        "feedback, team cultures and provide prompt remedial action for any issues it identifies"),
         f=dict(form="afinum", n=6, status="Complete")),
    dict(id=12589, rep="peel21", type=AFI, code="IO", text=afi(
        "specify in succession plans how it intends to improve diversity across all levels of the "
        "force. This should include offering increased direct-entry opportunities"),
         f=dict(form="afinum", n=7)),
    dict(id=12590, rep="peel21", type=AFI, code="IC", text=afi(
        "review how it gathers and uses equality and diversity data to improve its understanding "
        "of its workforce demographics"), f=dict(form="afinum", n=8)),
    dict(id=12591, rep="peel21", type=AFI, code="CL", hcomment=COMPLETE_C,
         text=afi(T(TOPIC_BODIES["offenders"], "registered sex offenders")),
         f=dict(form="afinum", n=9)),
    dict(id=12592, rep="peel21", type=AFI, code="IO", text=afi(T(TOPIC_BODIES["intel"], "county lines drug dealing")),
         f=dict(form="afinum", n=10)),
    # PEEL 2023/24
    dict(id=14015, rep="peel23", type=AFI, code="IO", hcomment=NEW, hstatus="Awaiting review",
         text=afi(T(TOPIC_BODIES["understand"], "violence against women and girls")),
         f=dict(form="verbatim", type="AFI")),
    dict(id=14016, rep="peel23", type=AFI, code="IO", hcomment=NEW, hstatus="Awaiting review",
         text=afi(T(TOPIC_BODIES["orders"], "stalking and harassment")),
         f=dict(form="summary", ftext="Stalking - increase use of SPOs and other ancillary orders "
                "to protect victims")),
    dict(id=14017, rep="peel23", type=AFI, code="MF", hcomment=NEW, hstatus="Awaiting review",
         text=afi(T(TOPIC_BODIES["capacity"], "online child sexual abuse"))),
    dict(id=14018, rep="peel23", type=AFI, code="CS", hcomment=NEW, hstatus="Awaiting review",
         text=afi(T(TOPIC_BODIES["perf"], "neighbourhood crime")), f=dict(form="verbatim", status="Green")),
    dict(id=14019, rep="peel23", type=AFI, code="IO", hcomment=NEW, hstatus="Awaiting review",
         text=afi(T(TOPIC_BODIES["problem"], "anti-social behaviour")), f=dict(form="abbr")),
    dict(id=14020, rep="peel23", type=AFI, code="MF", hcomment=NEW, hstatus="Awaiting review",
         text=afi(T(TOPIC_BODIES["record"], "hate crime"))),
    dict(id=14021, rep="peel23", type=AFI, code="CL", hcomment=AUTHORISED,
         text=afi(T(TOPIC_BODIES["timely"], "people with mental ill health")),
         f=dict(form="verbatim")),
    dict(id=14022, rep="peel23", type=AFI, code="IO", hcomment=NEW, hstatus="Awaiting review",
         text=afi(T(TOPIC_BODIES["evaluate"], "knife crime")), f=dict(form="verbatim")),
    dict(id=14023, rep="peel23", type=AFI, code="IO", hcomment=NEW, hstatus="Awaiting review",
         text=afi(T(TOPIC_BODIES["informed"], "fraud")), f=dict(form="nostem", ref=None)),
]

# Force rows with no HMICFRS item (placed in the tracker by report; local actions at the end)
EXTRA_FORCE = [
    dict(rep="austerity", after=3712, ref="3711", type="National rec", status="Amber", text=(
        "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
        "through collaboration should assess whether there is scope to improve on this position. "
        "HMIC will follow up the assessments in the autumn."),
         progress="Collaboration savings reviewed annually through the MTFP.",
         why="Policing in austerity item the force still tracks; not on the definitive list "
             "(no ID 3711 on it)"),
    dict(rep=None, report="PEEL Eff 15", date="Feb 2016", after=5935, ref="6604",
         type="Rec", status="Amber", text=(
             "The force should take steps to ensure that there is effective supervision of the "
             "initial risk assessment process, specifically in relation to the completion of DASH "
             "risk assessment in appropriate cases."),
         progress="DASH supervision dip-sampled monthly by PPU; DA Delivery Group oversight.",
         why="PEEL effectiveness 2015 recommendation the force still tracks; no such item "
             "(ID 6604) or report on the definitive list"),
]
LOCAL = [
    ("Local action: ", "Task & Finish group to review the domestic abuse policy and report to "
     "the Force Executive Team", "Amber", "Ch Supt Public Protection"),
    ("Force action - ", "Dip-sample 50 stalking and harassment crime reports each quarter and "
     "report findings to the Crime Standards Board", "Green", "Force Crime Registrar"),
    ("JAC action: ", "Add hate crime measures to the monthly Force Performance pack", "Amber",
     "Head of Corporate Development"),
    ("Internal audit action: ", "Internal audit of the firearms licensing governance "
     "arrangements (audit plan 2023/24)", "Complete", "Supt Firearms Licensing"),
    ("", "Refresh the county lines drug dealing problem profile and add it to the control "
     "strategy", "Red", "Head of Intelligence"),
]

HMICFRS_CLOSED_DATES = [dt.date(2016, 5, 11), dt.date(2018, 4, 27), dt.date(2019, 2, 14),
                        dt.date(2020, 10, 2), dt.date(2021, 6, 30), dt.date(2022, 11, 8),
                        dt.date(2023, 9, 19), dt.date(2024, 7, 3), dt.date(2024, 11, 21)]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
         "Ch Insp Custody", "Head of Information Management", "DCC", "Supt Firearms Licensing"]
OPEN_WORDS = ["Amber", "Amber", "AMBER", "Red", "Ongoing", "In progress"]
DONE_CLOSED_WORDS = ["Complete", "Complete", "Closed", "Blue", "GREEN"]
DONE_SUBMIT_WORDS = ["Green", "Green", "Submitted for closure", "Pending sign off", "Complete"]
OPEN_NOTES = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; project plan and policy rewrite in progress.",
    "Update requested from lead - chased 14/01.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Little work yet undertaken in this area. Unlikely to reach deadline.",
    "New lead allocated Dec 24. Action plan being drafted.",
    "Awaiting allocation.",
    None,
]
DONE_SUBMIT_NOTES = [
    "Ready to move to GREEN status - evidence pack with the sign-off lead.",
    "Completed. Evidence to be submitted to HMICFRS for closure.",
    "Policy signed off and in place. Evidence held on the OL SharePoint.",
    "Already complete; audit in Nov confirmed compliance.",
]
DONE_CLOSED_NOTES = [
    "Closed. Signed off at Organisational Learning Board.",
    "Closed by HMICFRS - confirmed on last definitive list.",
    "Complete - evidence accepted.",
    "Signed off at Organisational Learning Board.",
]

ABBR = [(r"modern slavery and human trafficking", "MSHT"), (r"stop and search", "S&S"),
        (r"Stop and Search", "S&S"), (r"police and crime commissioners", "PCCs"),
        (r"Authorised Professional Practice", "APP"), (r"College of Policing", "CoP"),
        (r"child sexual exploitation", "CSE"), (r"body-worn video", "BWV"),
        (r"online child sexual abuse", "OCSA"), (r"continuing professional development", "CPD"),
        (r"national crime recording standard \(NCRS\)", "NCRS"), (r"Home Office", "HO"),
        (r"officers and staff", "officers & staff"), (r"anti-social behaviour", "ASB"),
        (r"Within three months", "Within 3 months"), (r"Within six months", "Within 6 months"),
        (r"the Code of Practice", "the CoP"), (r"the code of practice", "the CoP")]
MISSPELL = {"receive": "recieve", "arrangements": "arrangments", "appropriate": "appropiate",
            "perpetrators": "perpertrators", "available": "availible"}


def force_text(item: dict) -> str:
    f, t = item["f"], item["text"]
    form = f.get("form", "verbatim")
    if form in ("custom", "summary"):
        return f["ftext"]
    if form == "verbatim":
        return t
    if form == "quotes":
        return t.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    if form == "abbr":
        for pat, rep in ABBR:
            t = re.sub(pat, rep, t)
        return t
    if form == "misspell":
        for right, wrong in MISSPELL.items():
            t = t.replace(right, wrong)
        return t
    if form == "nostem":
        t = re.sub(r"^The force should ", "", t)
        return t[0].upper() + t[1:]
    if form == "bullets":
        t = re.sub(r"\s*•\s*", "\n- ", t)
        return t.replace(":\n\n- ", ":\n- ")
    if form == "afinum":
        return f"AFI {f['n']} - " + t
    raise ValueError(form)


def ref_text(item: dict, i: int) -> str | None:
    f = item["f"]
    if "ref" in f and f["ref"] is None:
        return None
    rid = f.get("refnum", item["id"])
    style = ["{}", "{}", "HMICFRS {}", "ID {}", "{} ", "Ref {}", "#{}", "HMICFRS ref {}"][i % 8]
    return style.format(rid)


# --------------------------------------------------------------------------------------------
# Assemble both sides
# --------------------------------------------------------------------------------------------
def hmicfrs_status(item: dict) -> str:
    if item["code"] in ("CL", "IC"):
        return "Complete"
    if "hstatus" in item:
        return item["hstatus"]
    return "Being progressed"


def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    items = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][1], it["id"]))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids))
    assert 12548 not in ids and 3711 not in ids and 6604 not in ids

    # ---------------- HMICFRS return workbook ----------------
    wb = Workbook()
    g = wb.active
    g.title = "Guidance"
    guidance = [
        "HMICFRS monitoring of recommendations and areas for improvement - force return",
        "",
        "1. The 'Return' sheet lists every recommendation, area for improvement and cause of concern "
        "held on the HMICFRS monitoring register against your force, including national "
        "recommendations addressed to all forces.",
        "2. Columns A to I are taken from the register and must not be amended. If you believe any "
        "of that information is wrong, say so in column L.",
        "3. For every item with an HMICFRS status of 'Awaiting review' or 'Being progressed', "
        "complete the yellow columns J to M.",
        "4. Items with a status of 'Complete' have been closed by HMICFRS and are shown for "
        "information only. No return is required for them.",
        "5. Where you propose an item for closure, summarise the evidence in column L and send the "
        "evidence documents to your Force Liaison Lead with this return.",
        "",
        "HMICFRS status definitions",
        "Awaiting review - new item, or a force update/closure submission not yet reviewed by HMICFRS.",
        "Being progressed - HMICFRS is monitoring the force's implementation.",
        "Complete - closed by HMICFRS (see the HMICFRS comment for the basis of closure).",
        "",
        "Please return the completed workbook to your Force Liaison Lead by 7 March 2025.",
    ]
    for r, line in enumerate(guidance, 1):
        g.cell(r, 1, line or None)
    g["A1"].font = Font(bold=True, size=13)
    g["A9"].font = Font(bold=True)
    g.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Return")
    title_rows = [
        "HMICFRS definitive list of recommendations and areas for improvement - force return",
        f"Force: {FORCE}",
        "Extracted from the HMICFRS monitoring register on 3 February 2025. Complete the yellow "
        "columns and return to your Force Liaison Lead by 7 March 2025.",
    ]
    for r, line in enumerate(title_rows, 1):
        ws.cell(r, 1, line)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(bold=True)
    # row 4 blank; row 5 bands; row 6 header
    ws.cell(5, 1, "HMICFRS information - please do not amend")
    ws.cell(5, 10, "Force response")
    ws.merge_cells("A5:I5")
    ws.merge_cells("J5:M5")
    band_h = PatternFill("solid", fgColor="1F3864")
    band_f = PatternFill("solid", fgColor="7F6000")
    for c in range(1, 14):
        cell = ws.cell(5, c)
        cell.fill = band_h if c <= 9 else band_f
        cell.font = Font(bold=True, color="FFFFFF")
        cell.alignment = Alignment(horizontal="center")
    headers = ["Register ID", "Report", "Published", "Type", "Recommendation / area for improvement",
               "Addressed to", "HMICFRS status", "Status date", "HMICFRS comment",
               "Force reference", "Force assessment", "Update and evidence for closure", "Force lead"]
    thin = Side(style="thin", color="999999")
    for c, h in enumerate(headers, 1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2" if c <= 9 else "FFE699")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = Border(bottom=thin)
    widths = [10, 38, 12, 20, 80, 11, 15, 12, 40, 14, 18, 40, 18]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + c)].width = w
    yellow = PatternFill("solid", fgColor="FFF2CC")
    grey = PatternFill("solid", fgColor="D9D9D9")

    # tracker ordering is decided below; force numbers ("OL-nnn") are needed for column J,
    # so build the tracker rows first.
    tracker_rows, truth = build_tracker_rows(items)

    hrow_of = {}
    r = 7
    open_n = closed_n = 0
    prefilled = 0
    status_dates = {}
    for it in items:
        rep = REPORTS[it["rep"]]
        st = hmicfrs_status(it)
        if st == "Complete":
            sdate = rng.choice([d for d in HMICFRS_CLOSED_DATES if d > rep[1]])
            comment = it.get("hcomment", COMPLETE_C)
        else:
            later = [d for d in HMICFRS_CLOSED_DATES if d > rep[1]]
            sdate = rng.choice(later) if st == "Being progressed" else dt.date(2024, 12, 12)
            if it["rep"] == "peel23":
                sdate = rep[1]
            comment = it.get("hcomment")
        status_dates[it["id"]] = sdate
        vals = [it["id"], rep[0], rep[1], it["type"], it["text"], rep[2], st, sdate, comment]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 3).number_format = "d mmmm yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        if st == "Complete":
            closed_n += 1
            ws.cell(r, 10, "No return required (closed)")
            for c in range(10, 14):
                ws.cell(r, c).fill = grey
            for c in range(1, 10):
                ws.cell(r, c).font = Font(color="595959")
        else:
            open_n += 1
            for c in range(10, 14):
                ws.cell(r, c).fill = yellow
            # the liaison officer has started the return: force numbers for the first open items
            if prefilled < 18 and it["code"] != "MF":
                nums = [tr["no"] for tr in tracker_rows if tr.get("hid") == it["id"]]
                if nums:
                    ws.cell(r, 10, nums[0] if len(nums) == 1 else f"{nums[0]} to {nums[-1]}")
                    prefilled += 1
        hrow_of[it["id"]] = r
        r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"K7:K{last}")
    r += 1
    ws.cell(r, 1, f"Total items listed: {len(items)} (open {open_n}, closed {closed_n})")
    ws.cell(r, 1).font = Font(bold=True)
    ws.cell(r + 1, 1, "Return completed by (name and role):")
    ws.cell(r + 2, 1, "Date returned:")
    ws.freeze_panes = "C7"
    ws.auto_filter.ref = f"A6:M{last}"
    ws.print_title_rows = "5:6"

    lists = wb.create_sheet("Lists")
    for i, v in enumerate(["Force assessment", "Propose for closure", "Work ongoing",
                           "Not applicable to force", "Query with HMICFRS"], 1):
        lists.cell(i, 1, v)
    lists.sheet_state = "hidden"
    save_xlsx(wb, CASE / "hmicfrs.xlsx")

    # ---------------- force tracker workbook ----------------
    wt = Workbook()
    t = wt.active
    t.title = "HMICFRS Recs"
    t.cell(1, 1, f"{FORCE} - HMICFRS Recommendations & AFIs Tracker").font = Font(bold=True, size=13)
    t.cell(2, 1, "Owner: Organisational Learning Team | Last updated 21/01/2025 | OFFICIAL")
    theads = ["No.", "HMICFRS ID", "Report", "Date of report", "Type", "Recommendation / AFI",
              "Lead", "RAG", "Progress update", "Date closed"]
    for c, h in enumerate(theads, 1):
        cell = t.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="203864")
    for c, w in enumerate([8, 14, 30, 13, 12, 80, 26, 18, 50, 12], 1):
        t.column_dimensions[chr(64 + c)].width = w
    rag_fill = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "blue": "BDD7EE",
                "white": "FFFFFF"}
    fr = 5
    force_row_of = []
    for tr in tracker_rows:
        if tr.get("kind") == "blank":
            fr += 1
            continue
        if tr.get("kind") == "section":
            t.cell(fr, 1, tr["text"]).font = Font(bold=True, italic=True)
            fr += 1
            continue
        vals = [tr["no"], tr["ref"], tr["report"], tr["date"], tr["type"], tr["text"], tr["lead"],
                tr["status"], tr["progress"], tr["closed"]]
        for c, v in enumerate(vals, 1):
            cell = t.cell(fr, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(tr["date"], dt.date):
            t.cell(fr, 4).number_format = "dd/mm/yyyy"
        if isinstance(tr["closed"], dt.date):
            t.cell(fr, 10).number_format = "dd/mm/yyyy"
        key = tr["status"].lower().split()[0]
        if key in rag_fill:
            t.cell(fr, 8).fill = PatternFill("solid", fgColor=rag_fill[key])
        tr["row"] = fr
        force_row_of.append(tr)
        fr += 1
    t.freeze_panes = "A5"
    t.auto_filter.ref = f"A4:J{fr - 1}"
    key_ws = wt.create_sheet("Key")
    for i, (a, b) in enumerate([
        ("RAG", "Meaning"),
        ("Green", "Recommendation implemented - evidence to go to sign-off lead / HMICFRS"),
        ("Blue / Complete / Closed", "Closed - signed off"),
        ("Submitted for closure", "Evidence sent to HMICFRS, awaiting their decision"),
        ("Pending sign off", "Work done, awaiting chief officer sign off"),
        ("Amber / Ongoing / In progress", "Work ongoing, expected to be delivered"),
        ("Red", "Beyond deadline or not progressing"),
        ("WHITE", "Not the force's responsibility to deliver / dependent on another organisation"),
    ], 1):
        key_ws.cell(i, 1, a)
        key_ws.cell(i, 2, b)
    key_ws.column_dimensions["A"].width = 30
    key_ws.column_dimensions["B"].width = 80
    save_xlsx(wt, CASE / "tracker.xlsx")

    # ---------------- truth ----------------
    lines = []
    for it in items:
        hr = f"Return!{hrow_of[it['id']]}"
        frs = [tr for tr in force_row_of if tr.get("hid") == it["id"]]
        cat, why = truth[it["id"]]
        if not frs:
            lines.append((hr, "", cat, why))
        for tr in frs:
            w = why
            if len(frs) > 1:
                w = f"{why} (row {tr['part']} of {len(frs)} split rows)"
            lines.append((hr, f"HMICFRS Recs!{tr['row']}", cat, w))
    for tr in force_row_of:
        if tr.get("hid") is None:
            lines.append(("", f"HMICFRS Recs!{tr['row']}", "not_on_hmicfrs_list", tr["why"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")


def build_tracker_rows(items: list[dict]):
    """Tracker rows in the force's own order, and the truth category per HMICFRS item."""
    rows = []
    truth = {}
    no = 0
    i_ref = 0
    extra_after = {e["after"]: e for e in EXTRA_FORCE}

    def lead():
        return rng.choice(LEADS)

    def closed_date(status: str, published: dt.date | None):
        """The date the force marked it closed: only for its closed words, after publication."""
        if status not in ("Complete", "Closed", "Blue"):
            return None
        start = (published or dt.date(2023, 4, 1)) + dt.timedelta(days=120)
        span = (dt.date(2025, 1, 17) - start).days
        return start + dt.timedelta(days=rng.randrange(max(span, 1)))

    for it in items:
        code = it["code"]
        rep = REPORTS[it["rep"]]
        f_open = code in ("IO", "CL", "CF")
        cat = {"IO": "in_sync", "IC": "in_sync", "CS": "closeable_submit", "CL": "closeable_local",
               "MF": "missing_from_force", "CF": "conflict"}[code]
        why = {
            "IO": "open on both: HMICFRS {hs_word}, tracker {fs}",
            "IC": "closed on both: HMICFRS Complete, tracker {fs}",
            "CS": "HMICFRS {hs_word} (open), tracker {fs} (done)",
            "CL": "HMICFRS Complete (closed), tracker {fs} (open)",
            "MF": "on the definitive list ({hs_word}), no tracker row",
            "CF": "",
        }[code]
        if code == "MF":
            truth[it["id"]] = (cat, why.format(hs_word=hmicfrs_status(it), fs=""))
            continue
        f = it["f"]
        if "status" in f:
            fs = f["status"]
        elif f_open:
            fs = rng.choice(OPEN_WORDS)
        elif code == "IC":
            fs = rng.choice(DONE_CLOSED_WORDS)
        else:
            fs = rng.choice(DONE_SUBMIT_WORDS)
        ftype = f.get("type") or {NAT: rng.choice(["National rec", "National", "Nat Rec"]),
                                  REC: rng.choice(["Rec", "Recommendation"]),
                                  AFI: rng.choice(["AFI", "Area for Improvement"]),
                                  COC: "CoC"}[it["type"]]
        report = f.get("report") or rep[3]
        date = f.get("date") or rep[4]
        if code == "CF":
            why_s = it["why"] + "; both open"
        else:
            why_s = why.format(hs_word=hmicfrs_status(it), fs="{fs}")
        if "ref" in f and f["ref"] is None:
            why_s += "; tracker has no HMICFRS ID, same report and text"
        if f.get("form") == "summary":
            why_s += "; tracker text is the force's own summary, ID given"
        if f.get("form") == "afinum":
            why_s += "; tracker prefixes its own 'AFI n -' number"
        if it["id"] == 10288:
            why_s += "; HMICFRS comment says a closure submission is with the FLL, status still open"
        if it["id"] == 8322:
            why_s += "; WHITE = not the force's to deliver, a done word in the tracker's key"
        ld = lead()
        if f.get("form") == "split":
            parts = f["parts"]
            base = None if ("ref" in f and f["ref"] is None) else it["id"]
            letters = "abcdefg"
            statuses = []
            for k, part in enumerate(parts):
                no += 1
                p_open = f["pstatus"][k] == "open"
                pst = rng.choice(OPEN_WORDS) if p_open else rng.choice(["Green", "Complete", "Green"])
                statuses.append(pst)
                txt = (f["stem"] + " " + part) if k == 0 else part
                ptxt = re.sub(r";?\s*(and)?$", "", txt)
                rows.append(dict(no=f"OL-{no:03d}", hid=it["id"], part=k + 1,
                                 ref=f"{base}{letters[k]}" if base else None,
                                 report=report, date=date, type=ftype, text=ptxt, lead=ld,
                                 status=pst,
                                 progress=rng.choice(OPEN_NOTES if p_open else DONE_SUBMIT_NOTES),
                                 closed=closed_date(pst, rep[1])))
            fs = "/".join(sorted(set(statuses)))
            truth[it["id"]] = (cat, why_s.replace("{fs}", f"{fs} on every split row"))
        else:
            no += 1
            is_open_f = f_open
            notes = OPEN_NOTES if is_open_f else (DONE_CLOSED_NOTES if code == "IC" else DONE_SUBMIT_NOTES)
            progress = f.get("progress") or rng.choice(notes)
            if fs == "Submitted for closure":
                progress = "Completed. Evidence submitted to HMICFRS for closure."
            elif fs == "Pending sign off":
                progress = "Work complete. Pending sign off by the chief officer lead."
            closed = closed_date(fs, rep[1])
            i_ref += 1
            rows.append(dict(no=f"OL-{no:03d}", hid=it["id"], part=1, ref=ref_text(it, i_ref),
                             report=report, date=date, type=ftype, text=force_text(it), lead=ld,
                             status=fs, progress=progress, closed=closed))
            truth[it["id"]] = (cat, why_s.replace("{fs}", fs))
        if it["id"] in extra_after:
            e = extra_after[it["id"]]
            no += 1
            rows.append(dict(no=f"OL-{no:03d}", hid=None, ref=e["ref"] or None,
                             report=e.get("report") or REPORTS[e["rep"]][3],
                             date=e.get("date") or REPORTS[e["rep"]][4], type=e["type"],
                             text=e["text"], lead=lead(), status=e["status"],
                             progress=e["progress"], closed=None, why=e["why"]))
    rows.append(dict(kind="blank"))
    rows.append(dict(kind="section", text="Force local actions (not HMICFRS)"))
    for prefix, text, st, ld in LOCAL:
        no += 1
        done = st in ("Green", "Complete")
        rows.append(dict(no=f"OL-{no:03d}", hid=None, ref=None, report="Local", date=None,
                         type="Local", text=prefix + text, lead=ld, status=st,
                         progress=rng.choice(DONE_CLOSED_NOTES if done else OPEN_NOTES[:6]),
                         closed=closed_date(st, None),
                         why="force's own local action, not an HMICFRS item"))
    return rows, truth


def save_xlsx(wb: Workbook, path: Path) -> None:
    fixed = dt.datetime(*FIXED_TS)
    wb.properties.creator = "HMICFRS" if path.name.startswith("hmicfrs") else "OL Team"
    wb.properties.created = fixed
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-02-03T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


if __name__ == "__main__":
    main()
