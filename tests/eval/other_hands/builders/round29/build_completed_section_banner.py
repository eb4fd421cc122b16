"""Build the evaluation case `completed_section_banner` (round 29).

Layout under test: a force tracker on ONE sheet, split into sections by banner rows (merged
across the table, bold, filled): OPEN / COMPLETED - AWAITING HMICFRS CLOSURE / CLOSED BY
HMICFRS. A finished row is cut and pasted under the right banner; its Status cell is often
left as it was. The HMICFRS side is a register export (xlsx, one sheet, header on row 1).

Run:  /work/main/.venv/bin/python build_completed_section_banner.py
Rebuilds the case folder byte for byte (fixed seed, fixed zip timestamps and core dates).
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

SEED = 2029_1206
HERE = Path(__file__).resolve().parent
CASE = HERE / "completed_section_banner"

FORCE = "Cumbria Constabulary"
H_SHEET = "Register export"
F_SHEET = "Tracker"

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# --------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied from the casegen text lists and
# /work/shared/data/real_recommendations.csv.
# --------------------------------------------------------------------------------------
SAS13_1 = ("Chief Constables and the College of Policing should establish in the Stop and Search "
           "Authorised Professional Practice document a clear specification of what constitutes "
           "the effective and fair exercise of stop and search powers, and guidance in this "
           "respect. This should be compliant with the Code of Practice.")
SAS13_2 = ("Chief Constables should establish or improve monitoring of the way officers stop and "
           "search people, so that they can be satisfied their officers are acting in accordance "
           "with the law (including equality legislation and the Code of Practice), and that the "
           "power is used effectively to prevent crime, catch criminals and maintain public "
           "trust.")
SAS13_3 = ("Chief Constables should, in consultation with elected local policing bodies, ensure "
           "that they comply with the code of practice by explaining to the public the way stop "
           "and search powers are used in their areas and by making arrangements for stop and "
           "search records to be scrutinised by community representatives. This should be done "
           "in a way that involves those people who are stopped and searched, for example, young "
           "people.")
SAS15 = ("Chief constables should, in consultation with police and crime commissioners, ensure "
         "that they comply with the Code of Practice by explaining to the public the way stop and "
         "search powers are used in their areas and by making arrangements for stop and search "
         "records to be scrutinised by community representatives. This should be done in a way "
         "that involves those people who are stopped and searched, for example young people.")
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
AUST_1 = ("All Chief Constables and PCCs should review their plans to deliver savings to ensure "
          "they are doing all they can to continue to reduce crime and protect the front line "
          "while balancing their budgets. They should use the data and information contained in "
          "this report, and in HMIC's Value for Money profiles, when conducting their reviews")
AUST_2 = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
          "through collaboration should assess whether there is scope to improve on this "
          "position. HMIC will follow up the assessments in the autumn.")
AUST_4 = ("In preparation for the next spending round period all Chief Constables and PCCs should "
          "review their plans for collaboration. In particular they should consider whether "
          "there is scope to deliver better value for money and improved capability and capacity "
          "through joint working with other forces, the public and/or the private sector.")
CORE_1 = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
          "have not yet done so, should provide call-handlers with specific, sound and "
          "comprehensible criteria against which they can assess threat, harm and risk.")
CORE_2 = ("By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
          "carried out is systematically recorded and subsequently evaluated to determine the "
          "effectiveness of tactics being employed.")
INTEGRITY = ("By 31 August 2015, all chief constables should satisfy themselves that they have "
             "processes in place to ensure that investigations into misconduct by officers and "
             "staff resulting in “no further action” are fair and free of any form of "
             "discrimination.")
PICTURE = ("By 30 November 2015, chief constables should put in place arrangements to scrutinise "
           "audits of compliance with the APP on information management through the force "
           "information management governance structure. This should include measures to ensure "
           "that categorisation of records are regularly adjusted.")
FA_1 = ("Within three months, all chief constables should assess how well the governance of "
        "firearms licensing in his or her force meets the standards set out in Authorised "
        "Professional Practice. Chief constables of forces where the governance standards are "
        "not being complied with should put in place immediately the correct arrangements and "
        "procedures in order to meet the standards in full.")
FA_2 = ("Within three months, all chief constables should assess the demand placed on their "
        "firearms licensing department and ensure it has the capacity to meet this demand and "
        "provide an efficient and effective service at all times.")
FA_3 = ("Immediately, all chief constables should satisfy themselves that all appropriate action "
        "is being taken by their force with regard to ‘total expired’ licensing records.")
FA_4 = ("Within three months, all chief constables should ensure that their arrangements in "
        "respect of the use of temporary permits are in accordance with the Home Office "
        "guidance; that temporary permits are properly recorded without delay on the National "
        "Firearms Licensing Management System; and that effective systems exist to ensure "
        "certificate holders are not permitted, at any time, to remain in unlawful possession "
        "of a firearm.")
FA_5 = ("Within three months, all chief constables should ensure that systems designed to "
        "identify, prior to police attendance, whether a reported incident involves or is at the "
        "address of a firearm certificate holder are in place and are always applied by staff "
        "dispatching officers to incidents; and that officers understand the risk assessment "
        "which they should be undertaking in such circumstances, and their power, when "
        "appropriate, to seize firearms and firearm certificates.")
SF_LEAD_STEM = ("Within twelve months, forces should review their leadership and governance "
                "arrangements for modern slavery and human trafficking, to ensure that:")
SF_LEAD_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to share "
    "information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = SF_LEAD_STEM + "\n" + "\n".join("• " + b for b in SF_LEAD_BULLETS)
SF_INTEL_H = ("Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
              "and in order to safeguard victims better and to identify suspects as early as "
              "possible")
SF_S45 = ("Immediately, forces should ensure that all victims carrying out criminal acts under "
          "compulsion attributable to slavery or exploitation are afforded the protection of "
          "early and continuing consideration of the applicability of the section 45 defence.")
SF_NRM = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
          "process as it evolves and are implementing the requirement placed upon them under the "
          "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
          "adult victim of modern slavery or human trafficking.")
SF_NCRS = ("Immediately, forces should take steps to ensure they fully comply with national crime "
           "recording standard (NCRS) requirements for offences identified as modern slavery and "
           "human trafficking and that sufficient audit capacity is available to the force crime "
           "registrar to provide reassurance that each force is identifying and managing any gaps "
           "in its crime-recording accuracy for these types of offences.")
SF_INVEST = ("Immediately, forces should ensure that allegations or indications of modern slavery "
             "and human trafficking are thoroughly investigated and effectively supervised by "
             "teams and individuals with the skills and experience to undertake them (this should "
             "include the use where appropriate of joint intelligence teams and other means to "
             "obtain intelligence and evidence from agencies overseas).")
SF_POWERS = ("Immediately, forces should review their use of preventative powers under the Modern "
             "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
             "deemed to pose a clear threat to others in respect of modern slavery and human "
             "trafficking offences are exploited.")
EFC17 = ("By September 2018, chief constables should produce an ambitious plan to improve "
         "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
         "Council and Association of Police and Crime Commissioners should support the "
         "development of these plans by establishing a national framework which allows for the "
         "provision of digitally enabled services across force boundaries.")
LEG17_COC = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop "
             "and search powers is consistently reasonable and fair. In particular, there is "
             "over-representation of BAME people, and black people in particular, in stop and "
             "search data which many forces are unable to explain.")
LEG17_MON = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
LEG17_DISP = ("Where forces identify disparities through monitoring, they should demonstrate to "
              "the public that they have:\n"
              "•carried out research and analysis in an attempt to understand the reasons for the "
              "disparity, and •taken action to reduce the disparity, where necessary;")
LEG17_PUB = ("We expect forces to publish this analysis and any actions taken at least on an "
             "annual basis, from July 2018.")
LEG17_TRAIN = ("By July 2018, and ongoing following that date, forces should ensure that all "
               "officers who use stop and search powers have been provided with, and understand, "
               "training on unconscious bias and College of Policing APP on stop and search.")
PW_COMMS = ("By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict management "
            "and de-escalation.")
PW_CPD = ("By July 2021, forces should ensure that communication skills are reinforced as part of "
          "the programme of continuing professional development for officers and staff, and that "
          "supervisors are supported to routinely and frequently debrief officers on these skills "
          "using body-worn video footage.")
BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of all "
    "stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers to "
    "account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "By September 2021, forces should: " + "\n".join(BWV_PARTS)
PW_HO = ("The Home Office and the NPCC should take steps to ensure that the quality of the data "
         "collected on the number of incidents where force has been used to effect a stop and "
         "search is sufficient for publication. The Home Office should publish this data as soon "
         "as possible.")
PW_MON = ("By July 2021, forces should ensure they have effective internal monitoring processes on "
          "the use of force, to help them to identify and understand disproportionate use, "
          "explain the reasons and implement any necessary improvement action.")

# Force-level items (real bodies, stems and causes; force name filled in).
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.",
]
MISSING_REC = ("To address this cause of concern, HMIC recommends the force should immediately "
               "review its approach to reports of missing children and take steps to ensure that:\n"
               + "\n".join("• " + b for b in MISSING_BULLETS))
DASH_AFI = ("The force should take steps to ensure that there is effective supervision of the "
            "initial risk assessment process, specifically in relation to the completion of DASH "
            "risk assessment in appropriate cases.")
EFF17_DEMAND = ("The force should undertake further work to gain a fuller understanding of current "
                "demand for its services, and likely future changes in demand. This is so it can "
                "make best use of its resources by matching them to demand to meet the needs of "
                "the public.")
EFF17_COSTS = "The force should develop its understanding of the links between its outcomes, outputs and costs."
EFF17_WFP = ("The force should develop a future workforce plan that is aligned with its overall "
             "demand and budget. The plan should include future resource allocations, the mix of "
             "skills required by the workforce and behaviours expected of them.")
LEG_VETTING = ("The force should ensure all staff have received at least the lowest level of "
               "vetting clearance for their roles as quickly as possible, working to clear both "
               "the vetting backlog and new vetting renewals when they become due so that it "
               "complies fully with the national vetting guidelines.")
LEG_NFA = ("The force should satisfy itself that it has processes in place to ensure that "
           "investigations into misconduct by officers and staff resulting in “no further action” "
           "are fair and free of any form of discrimination.")
NCPI_CSE = ("Within six months, the force should improve how it works with partner organisations "
            "to safeguard people at risk from child sexual exploitation.")
NCPI_RSO = ("Within three months, the force should improve the way it manages the risk posed by "
            "offenders involved in sexual offences against children.")
P18_CAPACITY = ("HMIC recommends that the force should immediately: conduct a review of officers’ "
                "capabilities and capacity to manage their investigative workload, to better "
                "understand investigative demand and the pressures placed upon them; and")
P18_VULN = ("HMIC recommends that the force should immediately: conduct a review, involving its "
            "partners, of the approach to vulnerability to better safeguard vulnerable people.")
P18_SUPER = ("HMIC recommends that within six months the force should: ensure regular and active "
             "supervision of the quality and progress of investigations. This supervision should "
             "be properly recorded.")
P18_RUI = ("The force should improve its understanding of suspects released under investigation "
           "and the management of those released on bail.")
P18_DIGI = ("The force should improve its ability to retrieve digital evidence from mobile phones, "
            "computers and other electronic devices quickly enough to ensure investigations are "
            "not delayed.")
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
CDI_CALL = ("Within three months, the force should provide call-handlers with specific, sound and "
            "comprehensible criteria against which they can assess threat, harm and risk.")
CDI_RASSO = ("The force should make sure it records reports of rape and serious sexual offences "
             "accurately and without delay.")
CUST_CHILD = (
    "Within six months Cumbria Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")
P21 = {
    "T1": "The force should improve the timeliness of its response to calls for service involving repeat victims.",
    "T2": ("The force should make sure victims of domestic abuse are kept informed about the "
           "progress of their case, in line with the Code of Practice for Victims of Crime."),
    "T3": ("The force should make sure its performance framework gives senior leaders a clear "
           "picture of its response to serious and organised crime."),
    "T4": ("The force should improve how it gathers, assesses and acts on intelligence about "
           "county lines drug dealing."),
    "T5": ("The force should make sure officers and staff have the training they need to identify "
           "and respond to hate crime."),
    "T6": ("The force should make sure it consistently uses ancillary orders and other powers to "
           "protect victims of stalking and harassment."),
    "T7": ("The force should develop a problem-solving approach to anti-social behaviour, working "
           "with local communities and partners."),
}
P23 = {
    "U1": ("The force should make sure it has enough specialist capacity and capability to "
           "investigate online child sexual abuse."),
    "U2": ("The force should improve its understanding of the nature and scale of violence against "
           "women and girls in its area."),
    "U3": P21["T7"],
    "U4": ("The force should make sure it provides a confidential way for staff to raise concerns "
           "and that staff are aware of whistleblowing processes."),
    "U5": ("The force should review how it gathers and uses equality and diversity data to improve "
           "its understanding of its workforce demographics."),
    "U6": ("The force should make sure investigations of rape and serious sexual offences are "
           "allocated to officers with the right skills and are effectively supervised."),
    "U8": ("The force should ensure that it has sufficient resources available in the control room "
           "to fulfil its resourcing model, and so to meet its demand, while also taking into "
           "account the wellbeing of its workforce."),
    "U9": ("The force should improve the supervision of investigations, so that investigation "
           "plans are set, reviewed and recorded and victims receive a consistently good "
           "service."),
}
LEG16_CONSULT = ("The force should improve its arrangements both to consult with the public about "
                 "business planning and to feed back on changes made to service delivery as a "
                 "result of such consultation.")

# --------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, tracker name)
# --------------------------------------------------------------------------------------
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
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015"),
    "leg16": ("PEEL: Police legitimacy 2016 – Cumbria Constabulary", dt.date(2016, 12, 8),
              "PEEL Legitimacy 2016"),
    "eff16": ("PEEL: Police effectiveness 2016 – Cumbria Constabulary", dt.date(2017, 3, 2),
              "PEEL Eff 16"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "eff17": ("PEEL: Police efficiency 2017 – Cumbria Constabulary", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "flg17": ("PEEL: Police legitimacy 2017 – Cumbria Constabulary", dt.date(2017, 12, 12),
              "Legitimacy 2017"),
    "ncpi18": ("National child protection inspection 2018 – Cumbria Constabulary",
               dt.date(2018, 6, 14), "NCPI 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cumbria "
               "Constabulary", dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019 – Cumbria Constabulary", dt.date(2019, 9, 5),
              "CDI 2019"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020 – "
               "Cumbria Constabulary", dt.date(2020, 8, 18), "Custody inspection 2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cumbria "
               "Constabulary", dt.date(2022, 5, 10), "PEEL 21-22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Cumbria "
               "Constabulary", dt.date(2024, 5, 16), "PEEL Assessment 2023/24"),
}

# --------------------------------------------------------------------------------------
# Tracker wording helpers (a force analyst's own edits)
# --------------------------------------------------------------------------------------
ABBR = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"body-worn video", "BWV"),
    (r"information-sharing agreements", "ISAs"), (r"College of Policing", "CoP"),
    (r"Authorised Professional Practice", "APP"), (r"within six months", "within 6 months"),
    (r"Within six months", "Within 6 months"), (r"Within three months", "Within 3 months"),
    (r"Within twelve months", "Within 12 months"), (r"officers and staff", "officers & staff"),
    (r"released under investigation", "RUI"), (r"child sexual exploitation", "CSE"),
]


def abbreviate(t: str) -> str:
    for pat, rep in ABBR:
        t = re.sub(pat, rep, t)
    return t


def flat(t: str) -> str:
    """Pasted into a single cell: bullets kept, line breaks turned into spaces."""
    return re.sub(r"\s*\n+\s*", " ", t).strip()


def nostem(t: str) -> str:
    """Reword the 'HMIC recommends that the force should immediately:' stem as a force analyst
    would, keeping the timescale ('immediately')."""
    return re.sub(r"^HMIC recommends that the force should immediately:\s*",
                  "The force should immediately ", t)


# --------------------------------------------------------------------------------------
# The items. Each HMICFRS item: key, report, type, text, HMICFRS status, force rows.
# A force row: dict(sec, status, text, ref, type, why, cat) ; sec in open/comp/closed.
# ref: "id" (the HMICFRS id as a number), "sid" (id as text with a prefix), None (blank),
# "typo" (two digits transposed), or a literal.
# --------------------------------------------------------------------------------------
BEING, AWAIT, COMPLETE, SUPER = "Being progressed", "Awaiting review", "Complete", "Superseded"


def fr(sec, status, text, cat, why, ref="id", ftype=None, report=None, update=None, lead=None,
       target=None):
    return dict(sec=sec, status=status, text=text, cat=cat, why=why, ref=ref, ftype=ftype,
                report=report, update=update, lead=lead, target=target)


ITEMS = [
    # ---- national reports ------------------------------------------------------------
    ("sas13a", "sas13", NAT, SAS13_1, COMPLETE, [
        fr("closed", "Closed", SAS13_1, "in_sync",
           "closed on both: HMICFRS Complete, row under CLOSED BY HMICFRS banner")]),
    ("sas13b", "sas13", NAT, SAS13_2, COMPLETE, [
        fr("closed", "", SAS13_2, "in_sync",
           "closed on both: HMICFRS Complete, row under CLOSED banner (status blank)", ref=None)]),
    ("everyone", "everyone", NAT, EVERYONE_PLAN, SUPER, [
        fr("open", "Amber", flat(EVERYONE_PLAN.replace(" and 20\n", " and\n")), "closeable_local",
           "HMICFRS Superseded (by PEEL effectiveness); force still has it in OPEN section, Amber",
           update="Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.")]),
    ("aust1", "austerity", NAT, AUST_1, COMPLETE, [
        fr("closed", "Complete", AUST_1, "in_sync", "closed on both", ref=None)]),
    ("aust4", "austerity", NAT, AUST_4, COMPLETE, []),
    ("core1", "core", NAT, CORE_1, COMPLETE, [
        fr("comp", "Green", CORE_1, "in_sync",
           "HMICFRS Complete; force row in COMPLETED section (not yet moved to CLOSED): both done")]),
    ("core2", "core", NAT, CORE_2, BEING, [
        fr("comp", "In progress", CORE_2, "closeable_submit",
           "row sits under COMPLETED – AWAITING HMICFRS CLOSURE; Status 'In progress' is stale "
           "(not updated when moved); HMICFRS Being progressed",
           update="Crime prevention activity now recorded on Niche occurrence tab; evaluation "
                  "framework agreed at Crime Standards Board 03/09/2025.")]),
    ("integrity", "integrity", NAT, INTEGRITY, COMPLETE, [
        fr("open", "Amber", INTEGRITY, "closeable_local",
           "HMICFRS Complete; force still tracks it as open (OPEN section, Amber)")]),
    ("sas15", "sas15", NAT, SAS15, COMPLETE, [
        fr("closed", "Closed", SAS15, "in_sync",
           "closed on both; a near-identical 2013 text also sits in the CLOSED section under a "
           "different report (2013 says 'elected local policing bodies')")]),
    ("picture", "picture", NAT, PICTURE, AWAIT, [
        fr("comp", "", abbreviate(PICTURE), "closeable_submit",
           "COMPLETED section, status blank; HMICFRS Awaiting review (open)")]),
    ("fa1", "firearms", NAT, FA_1, COMPLETE, [
        fr("closed", "Complete", FA_1, "in_sync", "closed on both")]),
    ("fa2", "firearms", NAT, FA_2, COMPLETE, [
        fr("open", "Amber", abbreviate(FA_2), "closeable_local",
           "HMICFRS Complete; force OPEN section, Amber")]),
    ("fa3", "firearms", NAT, FA_3, COMPLETE, [
        fr("comp", "Complete", FA_3, "in_sync",
           "HMICFRS Complete; force row under COMPLETED banner, status Complete: both done")]),
    ("fa4", "firearms", NAT, FA_4, BEING, [
        fr("open", "In progress", abbreviate(FA_4), "in_sync", "open on both")]),
    ("fa5", "firearms", NAT, FA_5, BEING, []),
    ("sf1", "stolen", NAT, SF_LEADERSHIP, BEING, [
        fr("comp", "In progress", f"{SF_LEAD_STEM} (a) {SF_LEAD_BULLETS[0]}", "closeable_submit",
           "split row 1 of 4 of one recommendation; all 4 parts under COMPLETED banner (stale "
           "'In progress'); HMICFRS Being progressed", ref="sid"),
        fr("comp", "In progress", f"(b) {SF_LEAD_BULLETS[1]}", "closeable_submit",
           "split row 2 of 4; all parts under COMPLETED banner", ref="sid"),
        fr("comp", "", f"(c) {SF_LEAD_BULLETS[2]}", "closeable_submit",
           "split row 3 of 4; all parts under COMPLETED banner", ref="sid"),
        fr("comp", "Complete", f"(d) {SF_LEAD_BULLETS[3]}", "closeable_submit",
           "split row 4 of 4; all parts under COMPLETED banner", ref="sid")]),
    ("sf2", "stolen", NAT, SF_INTEL_H, BEING, [
        fr("open", "Amber", abbreviate(SF_INTEL_H.replace(" 86 ", " ")) + ".", "in_sync",
           "open on both (HMICFRS text carries a stray footnote '86')")]),
    ("sf3", "stolen", NAT, SF_S45, COMPLETE, [
        fr("comp", "In progress", SF_S45, "in_sync",
           "HMICFRS Complete; force row moved under COMPLETED banner with stale 'In progress': "
           "both done")]),
    ("sf4", "stolen", NAT, SF_NRM, BEING, [
        fr("open", "In progress", abbreviate(SF_NRM), "in_sync", "open on both")]),
    ("sf5", "stolen", NAT, SF_NCRS, COMPLETE, [
        fr("open", "Amber", abbreviate(SF_NCRS), "closeable_local",
           "HMICFRS Complete; force OPEN section, Amber")]),
    ("sf6", "stolen", NAT, SF_INVEST, BEING, []),
    ("sf7", "stolen", NAT, SF_POWERS, AWAIT, [
        fr("comp", "Complete", abbreviate(SF_POWERS), "closeable_submit",
           "COMPLETED section, Complete; HMICFRS Awaiting review (open)")]),
    ("efc17", "efc17", NAT, EFC17, BEING, [
        fr("open", "Amber", EFC17.split(". The Home Office")[0] + ".", "in_sync",
           "open on both; force kept only the first sentence (the rest is for HO/NPCC/APCC)")]),
    ("leg17c", "leg17", COC, LEG17_COC, BEING, [
        fr("open", "Amber", LEG17_COC, "in_sync", "cause of concern open on both",
           ftype="Cause for concern")]),
    ("leg17m", "leg17", NAT, LEG17_MON, BEING, [
        fr("comp", "Amber", abbreviate(flat(LEG17_MON)), "closeable_submit",
           "COMPLETED section though status still Amber (stale); HMICFRS Being progressed")]),
    ("leg17d", "leg17", NAT, LEG17_DISP, BEING, [
        fr("open", "In progress", flat(LEG17_DISP), "in_sync", "open on both")]),
    ("leg17p", "leg17", NAT, LEG17_PUB, AWAIT, [
        fr("closed", "Closed", LEG17_PUB, "closeable_submit",
           "row already pasted under CLOSED BY HMICFRS, but the register still shows it Awaiting "
           "review (open): force done, HMICFRS open",
           update="Annual S&S disproportionality analysis published on force website; closure "
                  "evidence sent 09/2025.")]),
    ("leg17t", "leg17", NAT, LEG17_TRAIN, BEING, [
        fr("open", "Complete", abbreviate(LEG17_TRAIN), "closeable_submit",
           "still in OPEN section but Status 'Complete' and update says evidence submitted to "
           "HMICFRS: done, just not yet moved; HMICFRS Being progressed",
           update="Completed. Evidence submitted to HMICFRS for closure. Row to move at next "
                  "tracker review.")]),
    ("pw1", "powers", NAT, PW_COMMS, BEING, [
        fr("open", "In progress", PW_COMMS, "in_sync", "open on both")]),
    ("pw2", "powers", NAT, PW_CPD, BEING, [
        fr("open", "Amber", PW_CPD.replace("By July 2021", "By July 2022"), "conflict",
           "deadline differs: HMICFRS 'By July 2021', tracker 'By July 2022' (copied from the "
           "neighbouring recommendation); both open")]),
    ("pw3", "powers", NAT, BWV_2021, BEING, [
        fr("comp", "In progress", "By September 2021, forces should: " + abbreviate(BWV_PARTS[0]),
           "in_sync",
           "split row 1 of 3 under COMPLETED banner, but part 3 of the same recommendation is "
           "still OPEN: item not done as a whole, HMICFRS Being progressed -> open on both"),
        fr("comp", "", abbreviate(BWV_PARTS[1]), "in_sync",
           "split row 2 of 3 under COMPLETED banner; part 3 still open, so item open on both"),
        fr("open", "Red", BWV_PARTS[2], "in_sync",
           "split row 3 of 3 still in OPEN section; item open on both",
           update="Scrutiny panel access to BWV footage awaiting Information Sharing Agreement "
                  "with OPCC panel; DPIA in draft.")]),
    ("pw4", "powers", NAT, PW_HO, BEING, [
        fr("comp", "WHITE", PW_HO, "closeable_submit",
           "force treats it as not the force's to deliver (WHITE) and has moved it under "
           "COMPLETED; HMICFRS still Being progressed -> submit/explain for closure",
           update="Not the force's responsibility to deliver; dependent upon another "
                  "organisation (Home Office / NPCC).")]),
    ("pw5", "powers", NAT, PW_MON, BEING, [
        fr("comp", "", PW_MON, "closeable_submit",
           "COMPLETED section, status blank; HMICFRS Being progressed")]),
    # ---- force-level reports ---------------------------------------------------------
    ("eff16c", "eff16", COC, CAUSE_MISSING, COMPLETE, [
        fr("closed", "Closed", CAUSE_MISSING, "in_sync", "cause of concern closed on both",
           ftype="CoC")]),
    ("eff16r", "eff16", REC, MISSING_REC, COMPLETE, [
        fr("comp", "In progress", flat(MISSING_REC), "in_sync",
           "HMICFRS Complete; row under COMPLETED banner with stale 'In progress': both done")]),
    ("eff16a", "eff16", AFI, DASH_AFI, SUPER, [
        fr("open", "In progress", DASH_AFI, "closeable_local",
           "HMICFRS Superseded; force OPEN section, In progress", ref=None)]),
    ("eff17a", "eff17", AFI, EFF17_DEMAND, COMPLETE, [
        fr("comp", "Green", EFF17_DEMAND, "in_sync", "both done (COMPLETED section, Green)")]),
    ("eff17b", "eff17", AFI, EFF17_COSTS, COMPLETE, [
        fr("open", "Amber", EFF17_COSTS, "closeable_local",
           "HMICFRS Complete; force OPEN section, Amber")]),
    ("eff17c", "eff17", AFI, EFF17_WFP, BEING, [
        fr("comp", "Amber", EFF17_WFP, "closeable_submit",
           "COMPLETED section, stale Amber; HMICFRS Being progressed")]),
    ("flg17a", "flg17", AFI, LEG_VETTING, COMPLETE, [
        fr("closed", "Closed", LEG_VETTING, "in_sync", "closed on both")]),
    ("flg17b", "flg17", AFI, LEG_NFA, BEING, [
        fr("open", "In progress", LEG_NFA, "conflict",
           "type differs: HMICFRS Area for improvement, tracker 'Recommendation'; both open",
           ftype="Recommendation")]),
    ("ncpi1", "ncpi18", REC, NCPI_CSE, BEING, [
        fr("open", "Amber", abbreviate(NCPI_CSE), "in_sync", "open on both")]),
    ("ncpi2", "ncpi18", REC, NCPI_RSO, BEING, []),
    ("p18a", "peel18", REC, P18_CAPACITY, COMPLETE, [
        fr("closed", "Complete", nostem(P18_CAPACITY).removesuffix("; and") + ".", "in_sync",
           "closed on both")]),
    ("p18b", "peel18", REC, P18_VULN, BEING, [
        fr("comp", "", nostem(P18_VULN), "closeable_submit",
           "COMPLETED section, status blank; HMICFRS Being progressed")]),
    ("p18c", "peel18", REC, P18_SUPER, BEING, [
        fr("open", "Amber",
           "Within 6 months the force should ensure regular and active supervison of the quality "
           "and progress of investigations. This supervison should be properly recorded.",
           "in_sync", "open on both (no Ref; stem reworded, same timescale, 'supervison' typo)",
           ref=None)]),
    ("p18d", "peel18", AFI, P18_RUI, COMPLETE, [
        fr("open", "In progress", abbreviate(P18_RUI), "closeable_local",
           "HMICFRS Complete; force OPEN section, In progress")]),
    ("p18e", "peel18", AFI, P18_DIGI, BEING, [
        fr("open", "Red", P18_DIGI, "in_sync", "open on both",
           update="Little work yet undertaken in this area. Unlikely to reach deadlines.")]),
    ("cdi1", "cdi19", REC, CDI_VICTIMS, BEING, [
        fr("open", "Amber",
           CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS[:4]).removesuffix("; and") + ".",
           "conflict",
           "missing bullet: tracker copy omits the fifth bullet (online reports triaged at the "
           "point of receipt); both open")]),
    ("cdi2", "cdi19", REC, CDI_CALL, BEING, [
        fr("comp", "Complete", CDI_CALL, "closeable_submit",
           "COMPLETED section, Complete; HMICFRS Being progressed (note the 2014 Core Business "
           "item with similar wording is a different report and is closed)")]),
    ("cdi3", "cdi19", AFI, CDI_RASSO, COMPLETE, [
        fr("comp", "In progress", CDI_RASSO, "in_sync",
           "HMICFRS Complete; COMPLETED section with stale 'In progress': both done")]),
    ("cust1", "cust20", REC, CUST_CHILD, BEING, [
        fr("open", "Amber", CUST_CHILD.replace("accommodation", "accomodation"), "conflict",
           "reference differs: tracker Ref has two digits transposed (no such HMICFRS id); "
           "same report and text; both open", ref="typo")]),
    ("t1", "peel21", AFI, P21["T1"], BEING, [
        fr("open", "In progress", P21["T1"], "in_sync", "open on both")]),
    ("t2", "peel21", AFI, P21["T2"], COMPLETE, [
        fr("comp", "Amber", abbreviate(P21["T2"]), "in_sync",
           "HMICFRS Complete; COMPLETED section, stale Amber: both done")]),
    ("t3", "peel21", AFI, P21["T3"], BEING, [
        fr("comp", "In progress", P21["T3"], "closeable_submit",
           "COMPLETED section, stale 'In progress'; HMICFRS Being progressed")]),
    ("t4", "peel21", AFI, P21["T4"], COMPLETE, [
        fr("open", "Amber", P21["T4"], "closeable_local",
           "HMICFRS Complete; force OPEN section, Amber")]),
    ("t5", "peel21", AFI, P21["T5"], BEING, [
        fr("open", "", abbreviate(P21["T5"]), "in_sync", "open on both (OPEN section, status blank)")]),
    ("t6", "peel21", AFI, P21["T6"], AWAIT, [
        fr("comp", "Pending sign off", P21["T6"], "closeable_submit",
           "COMPLETED section, Pending sign off; HMICFRS Awaiting review")]),
    ("t7", "peel21", AFI, P21["T7"], SUPER, [
        fr("open", "Amber", P21["T7"], "closeable_local",
           "HMICFRS Superseded (repeated as a 2023/24 AFI); force row has no Ref and the same "
           "text as the 2023/24 row: its Report 'PEEL 21-22' ties it to the 2021/22 item", ref=None)]),
    ("u1", "peel23", AFI, P23["U1"], BEING, [
        fr("open", "In progress", P23["U1"], "in_sync", "open on both")]),
    ("u2", "peel23", AFI, P23["U2"], AWAIT, []),
    ("u3", "peel23", AFI, P23["U3"], BEING, [
        fr("open", "In progress", P23["U3"], "in_sync",
           "open on both; identical text to the superseded 2021/22 AFI, matched by Ref and Report")]),
    ("u4", "peel23", AFI, P23["U4"], BEING, [
        fr("open", "Amber", P23["U4"], "in_sync", "open on both")]),
    ("u5", "peel23", AFI, P23["U5"], BEING, [
        fr("comp", "", P23["U5"], "closeable_submit",
           "COMPLETED section, status blank; HMICFRS Being progressed")]),
    ("u6", "peel23", AFI, P23["U6"], BEING, [
        fr("open", "Amber", P23["U6"], "in_sync", "open on both")]),
    ("u8", "peel23", AFI, P23["U8"], BEING, [
        fr("open", "Red", P23["U8"], "in_sync", "open on both", ref="sid")]),
    ("u9", "peel23", AFI, P23["U9"], BEING, []),
]

# Force rows with no HMICFRS item: (sec, report key or None, type, text, ref, status, why)
FORCE_ONLY = [
    ("closed", "sas13", "Rec", SAS13_3, None, "Closed",
     "2013 stop and search recommendation closed by HMICFRS long ago and no longer on the "
     "definitive list; near-identical wording to the 2015 item above but a different report"),
    ("closed", "austerity", "Rec", AUST_2, None, "Closed",
     "old closed Policing in Austerity item no longer on the definitive list"),
    ("open", "leg16", "AFI", LEG16_CONSULT, "HMI-L16-03", "In progress",
     "tracker holds a PEEL Legitimacy 2016 AFI that is not on the HMICFRS list (query with "
     "HMICFRS); its ref is the force's own"),
    ("open", "peel23", "Local action",
     "Force improvement plan: Task & Finish group to review the violence against women and "
     "girls policy and report to the Force Executive Team", "LA-01", "In progress",
     "force's own local action (not an HMICFRS item)"),
    ("open", "peel21", "Local action",
     "Dip-sample 50 stalking and harassment crime reports each quarter and report findings to "
     "the Crime Standards Board", "LA-02", "Amber", "force's own local action"),
    ("comp", "peel21", "Local action",
     "Local action: Refresh the county lines drug dealing problem profile and add it to the "
     "control strategy", "LA-03", "Complete",
     "force's own local action, moved to COMPLETED section"),
    ("open", None, "Local action",
     "JAC action: Internal audit of the HMICFRS recommendation governance arrangements (audit "
     "plan 2025/26)", None, "", "force's own local action from the Joint Audit Committee"),
]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Supt Firearms Licensing"]
OPEN_UPDATES = [
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Work undertaken in area but still requires development to complete.",
    "Addressed holistically as part of the force change programme.",
    "The policy is now signed off and in place with an implementation date of the end of "
    "October.",
    "No deadline set by HMICFRS. March 2026 set to align with the next PEEL fieldwork.",
    "Allocated to lead; initial gap analysis presented to Organisational Learning Board.",
    "Awaiting allocation.",
    "",
]
COMP_UPDATES = [
    "Completed. Evidence pack with the sign-off lead before submission to HMICFRS.",
    "Evidence submitted to HMICFRS force liaison lead; awaiting review.",
    "Signed off by chief officer lead at Organisational Learning Board.",
    "Ready to move to GREEN status.",
    "",
]
CLOSED_UPDATES = [
    "Closed by HMICFRS – confirmed at JAC.",
    "HMICFRS confirmed closure (register shows complete).",
    "Closed – no further update required.",
    "",
]

# --------------------------------------------------------------------------------------


def make_ids(rng: random.Random) -> dict[str, int]:
    """Register ids: plain integers, unique, rising with the report's publication date."""
    order = sorted(range(len(ITEMS)), key=lambda i: (REPORTS[ITEMS[i][1]][1], i))
    ids, cur = {}, 2290
    for i in order:
        pub = REPORTS[ITEMS[i][1]][1]
        floor = 2290 + (pub.year - 2013) * 930
        cur = max(cur + rng.randint(1, 9), floor + rng.randint(0, 40))
        ids[ITEMS[i][0]] = cur
    return ids


def typo(n: int, taken: set[int]) -> int:
    s = str(n)
    for k in range(len(s) - 1, 0, -1):
        t = s[:k - 1] + s[k] + s[k - 1] + s[k + 1:]
        if t != s and int(t) not in taken:
            return int(t)
    raise ValueError(n)


def fixed_zip(path: Path) -> None:
    """Make an openpyxl file reproducible: fixed entry times and fixed core dates."""
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2025-11-14T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, data)
    src.close()
    path.write_bytes(buf.getvalue())


def build() -> None:
    rng = random.Random(SEED)
    CASE.mkdir(parents=True, exist_ok=True)
    ids = make_ids(rng)
    taken = set(ids.values())

    # ---------------- HMICFRS register export ----------------
    hwb = Workbook()
    hws = hwb.active
    hws.title = H_SHEET
    hcols = ["Recommendation ID", "Force", "Report title", "Report published", "Type",
             "Recommendation", "Status", "Status date"]
    hws.append(hcols)
    for c in hws[1]:
        c.font = Font(bold=True)
    hrow = {}
    for key, rep, typ, text, status, _ in sorted(ITEMS, key=lambda it: ids[it[0]]):
        title, pub, _ = REPORTS[rep]
        if status == COMPLETE or status == SUPER:
            sdate = pub + dt.timedelta(days=rng.randint(400, 1500))
        elif status == AWAIT:
            sdate = dt.date(2025, rng.randint(6, 10), rng.randint(1, 28))
        else:
            sdate = pub + dt.timedelta(days=rng.randint(1, 60))
        sdate = min(sdate, dt.date(2025, 10, 31))
        hws.append([ids[key], FORCE, title, pub, typ, text, status, sdate])
        r = hws.max_row
        hrow[key] = r
        hws.cell(r, 4).number_format = "dd/mm/yyyy"
        hws.cell(r, 8).number_format = "dd/mm/yyyy"
        hws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", (18, 22, 60, 16, 24, 90, 18, 14)):
        hws.column_dimensions[col].width = w
    hws.freeze_panes = "A2"
    hpath = CASE / "hmicfrs.xlsx"
    hwb.save(hpath)
    fixed_zip(hpath)

    # ---------------- force tracker ----------------
    ftype_of = {NAT: ["Rec", "National rec", "Recommendation"], REC: ["Rec", "Recommendation"],
                AFI: ["AFI", "AFI", "Area for Improvement"], COC: ["Cause for concern"]}
    rows = {"open": [], "comp": [], "closed": []}  # each: (values, truth)
    for key, rep, typ, text, hstatus, frows in ITEMS:
        for j, f in enumerate(frows):
            if f["ref"] == "id":
                ref = ids[key]
            elif f["ref"] == "sid":
                ref = f"ID {ids[key]}"
            elif f["ref"] == "typo":
                ref = typo(ids[key], taken)
            else:
                ref = f["ref"]
            ftype = f["ftype"] or rng.choice(ftype_of[typ])
            report = f["report"] or REPORTS[rep][2]
            lead = f["lead"] or rng.choice(LEADS)
            pool = {"open": OPEN_UPDATES, "comp": COMP_UPDATES, "closed": CLOSED_UPDATES}[f["sec"]]
            update = f["update"] if f["update"] is not None else rng.choice(pool)
            target = f["target"]
            if target is None:
                pub = REPORTS[rep][1]
                if f["sec"] == "open" and pub.year >= 2021:
                    target = dt.date(2026, rng.choice([1, 3, 6, 9]), 28)
                elif f["sec"] == "open":
                    target = rng.choice(["No deadline set by HMICFRS", "Mar-26", "TBC",
                                         dt.date(2025, 12, 31)])
                else:
                    target = dt.date(rng.choice([pub.year + 1, pub.year + 2]), rng.choice([3, 6, 9, 12]), 28)
            rows[f["sec"]].append(([ref, report, ftype, f["text"], lead, f["status"], update, target],
                                   (key, f["cat"], f["why"])))
    for sec, rep, ftype, text, ref, status, why in FORCE_ONLY:
        report = REPORTS[rep][2] if rep else ""
        lead = rng.choice(LEADS)
        update = {"open": "Terms of reference agreed; first meeting held.",
                  "comp": "Completed and reported to Force Executive Team.",
                  "closed": "Closed by HMICFRS."}[sec]
        target = dt.date(2026, 3, 31) if sec == "open" else dt.date(2016, 3, 31)
        if rep in ("peel21",) and sec == "comp":
            target = dt.date(2024, 9, 30)
        rows[sec].append(([ref, report, ftype, text, lead, status, update, target],
                          (None, "not_on_hmicfrs_list", why)))

    # OPEN section: report order (tracker order), local actions placed after their report.
    rep_order = {k: i for i, k in enumerate(REPORTS)}

    def open_key(r):
        vals, (key, _, _) = r
        rname = vals[1]
        rk = next((k for k, v in REPORTS.items() if v[2] == rname), "zzz")
        return (rep_order.get(rk, 99), 1 if key is None else 0)
    rows["open"].sort(key=open_key)
    # COMPLETED: in the order rows were moved (shuffled), split SF rows kept together.
    comp = rows["comp"]
    sf = [r for r in comp if r[1][0] == "sf1"]
    rest = [r for r in comp if r[1][0] != "sf1"]
    rng.shuffle(rest)
    pos = rng.randint(2, len(rest) - 2)
    rows["comp"] = rest[:pos] + sf + rest[pos:]
    # CLOSED: older items, roughly report order but not strictly.
    rows["closed"].sort(key=open_key)
    a, b = rows["closed"][1], rows["closed"][4]
    rows["closed"][1], rows["closed"][4] = b, a

    fwb = Workbook()
    ws = fwb.active
    ws.title = F_SHEET
    headers = ["Ref", "Report", "Type", "Recommendation", "Lead", "Status", "Latest update",
               "Target date"]
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr_fill = PatternFill("solid", fgColor="D9D9D9")
    banner_style = {
        "open": ("OPEN RECOMMENDATIONS / AFIs", "1F4E78", "FFFFFF"),
        "comp": ("COMPLETED – AWAITING HMICFRS CLOSURE", "A9D08E", "000000"),
        "closed": ("CLOSED BY HMICFRS (for reference)", "808080", "FFFFFF"),
    }
    rag_fill = {"Red": "FF7C80", "Amber": "FFC000", "Green": "92D050", "WHITE": "FFFFFF",
                "Complete": "92D050"}

    ws["A1"] = f"{FORCE} – HMICFRS Recommendations and Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Owner: Strategic Planning & Organisational Learning   |   Last updated: "
                "14/11/2025   |   Once signed off, cut the row and paste it under the "
                "COMPLETED banner; move to CLOSED when HMICFRS confirms closure.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:H2")

    def header(r):
        for c, h in enumerate(headers, 1):
            cell = ws.cell(r, c, h)
            cell.font = Font(bold=True)
            cell.fill = hdr_fill
            cell.border = border

    def banner(r, sec):
        text, bg, fg = banner_style[sec]
        ws.cell(r, 1, text)
        ws.cell(r, 1).font = Font(bold=True, size=12, color=fg)
        for c in range(1, 9):
            ws.cell(r, c).fill = PatternFill("solid", fgColor=bg)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 20

    truth_force: list[tuple[str | None, str, str, str]] = []  # (key, force_row, cat, why)
    non_items: list[tuple[int, str]] = [(1, "title"), (2, "owner / instructions note"),
                                        (3, "blank")]

    def put(r, vals, t):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = border
            cell.alignment = Alignment(wrap_text=c in (2, 4, 7), vertical="top")
            if c == 8 and isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        st = vals[5]
        if st in rag_fill:
            ws.cell(r, 6).fill = PatternFill("solid", fgColor=rag_fill[st])
        key, cat, why = t
        truth_force.append((key, f"{F_SHEET}!{r}", cat, why))

    r = 4
    header(r)
    non_items.append((r, "column headers"))
    r = 5
    banner(r, "open")
    non_items.append((r, "section banner OPEN"))
    r += 1
    # blank gaps left where rows were cut out of the OPEN section
    open_rows = rows["open"]
    gaps = sorted(rng.sample(range(3, len(open_rows) - 2), 3))
    for i, (vals, t) in enumerate(open_rows):
        if i in gaps:
            non_items.append((r, "blank row left behind when a row was cut"))
            r += 1
        put(r, vals, t)
        r += 1
    non_items.append((r, "blank")); r += 1
    banner(r, "comp"); non_items.append((r, "section banner COMPLETED")); r += 1
    for vals, t in rows["comp"]:
        put(r, vals, t)
        r += 1
    non_items.append((r, "blank")); r += 1
    non_items.append((r, "blank")); r += 1
    banner(r, "closed"); non_items.append((r, "section banner CLOSED")); r += 1
    header(r); non_items.append((r, "repeated column headers (block pasted from old archive sheet)")); r += 1
    for vals, t in rows["closed"]:
        put(r, vals, t)
        r += 1
    for col, w in zip("ABCDEFGH", (13, 24, 16, 80, 24, 16, 50, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    fpath = CASE / "tracker.xlsx"
    fwb.save(fpath)
    fixed_zip(fpath)

    # ---------------- truth ----------------
    lines = []
    matched = set()
    for key, frow, cat, why in truth_force:
        h = f"{H_SHEET}!{hrow[key]}" if key else ""
        if key:
            matched.add(key)
        lines.append((h, frow, cat, why))
    for key, *_ in ITEMS:
        if key not in matched:
            st = next(it[4] for it in ITEMS if it[0] == key)
            lines.append((f"{H_SHEET}!{hrow[key]}", "", "missing_from_force",
                          f"on the HMICFRS list ({st}), no row in any section of the tracker"))

    def sort_key(l):
        h = int(l[0].split("!")[1]) if l[0] else 10_000
        f = int(l[1].split("!")[1]) if l[1] else 0
        return (h, f)
    lines.sort(key=sort_key)
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts: dict[str, int] = {}
    for l in lines:
        counts[l[2]] = counts.get(l[2], 0) + 1
    n_h = len(ITEMS)
    n_f = len(truth_force)
    sec_n = {k: len(v) for k, v in rows.items()}
    non = "\n".join(f"- `{F_SHEET}!{rr}`: {why}" for rr, why in sorted(non_items))
    cnt = "\n".join(f"| {k} | {counts.get(k, 0)} |" for k in
                    ("closeable_submit", "closeable_local", "conflict", "missing_from_force",
                     "not_on_hmicfrs_list", "in_sync"))
    readme = README.format(force=FORCE, n_h=n_h, n_f=n_f, n_lines=len(lines), seed=SEED,
                           non=non, cnt=cnt, h_last=n_h + 1, s_open=sec_n["open"],
                           s_comp=sec_n["comp"], s_closed=sec_n["closed"])
    (CASE / "README.md").write_text(readme, encoding="utf-8")


README = """# Case `completed_section_banner`

Built by `../build_completed_section_banner.py` (seed `{seed}`; run it with
`/work/main/.venv/bin/python`; it rebuilds these files byte for byte: fixed seed, fixed zip
entry times and fixed workbook created/modified dates).

## Files
- `hmicfrs.xlsx`: the HMICFRS register export for {force}. One sheet `Register export`,
  header on row 1, {n_h} items on rows 2-{h_last}. Columns: Recommendation ID (plain integer,
  unique across the register), Force, Report title, Report published, Type (Recommendation /
  Area for improvement / Cause of concern / National recommendation), Recommendation, Status
  (`Being progressed`, `Awaiting review` = open; `Complete`, `Superseded` = closed), Status date.
- `tracker.xlsx`: the force tracker. ONE sheet `Tracker`. Columns Ref, Report, Type,
  Recommendation, Lead, Status, Latest update, Target date. {n_f} item rows in three sections,
  each opened by a banner row merged across A:H, bold, filled:
  - `OPEN RECOMMENDATIONS / AFIs` (dark blue): {s_open} rows, in report order;
  - `COMPLETED – AWAITING HMICFRS CLOSURE` (green): {s_comp} rows, in the order they were cut
    and pasted (no report order);
  - `CLOSED BY HMICFRS (for reference)` (grey): {s_closed} rows, with the column headers
    repeated under the banner (pasted from an old archive sheet).
- `truth.csv`: {n_lines} lines, `hmicfrs_row,force_row,category,why`.

Rows of the tracker that are not items (not in truth.csv):
{non}
- `Register export!1`: column headers.

## How the truth is decided (force side)
The section a row sits in is the force's record of its state; the Status cell is a
secondary signal that is often stale, because analysts cut the row and paste it under the
next banner without editing Status.
- Row under **COMPLETED** or **CLOSED BY HMICFRS** -> force **done**, whatever its Status cell
  says (`In progress`, `Amber`, blank, `Complete`, `Green`, `Pending sign off`, `WHITE`).
- Row under **OPEN** -> force **open** (`In progress`, `Amber`, `Red`, blank), with one
  exception: a row whose Status is `Complete` *and* whose update says the evidence has been
  submitted to HMICFRS and the row is to be moved at the next review is **done** (every
  signal except its position says so; position lags by one tracker review).
- A recommendation split into several rows is judged as one item: it is done only when every
  part is done. Each split row is its own truth line with the same `hmicfrs_row` and the
  item's category.
- Force `done` + HMICFRS open -> closeable_submit; force open + HMICFRS closed ->
  closeable_local; same on both -> in_sync. A force row under CLOSED BY HMICFRS whose
  register entry is still open is closeable_submit (the force believes it closed; HMICFRS
  has not closed it). A row under COMPLETED whose register entry is already closed is in_sync
  (both done; it just has not been moved to the CLOSED section yet).
- Type words: Rec / Recommendation / National rec all mean a recommendation (a national
  recommendation is a recommendation); AFI / Area for Improvement; Cause for concern / CoC =
  Cause of concern. "Within 6 months" = "within six months". These are not conflicts.

## Traps
1. Stale Status cells under the COMPLETED banner: `In progress`, `Amber`, blank (done by
   section). Under CLOSED: `Closed`, `Complete`, blank.
2. COMPLETED rows whose register entry is already Complete -> in_sync, not closeable.
3. One CLOSED-section row (annual publication of S&S analysis, PEEL Legitimacy 2017) still
   `Awaiting review` on the register -> closeable_submit.
4. One OPEN-section row with Status `Complete` and "evidence submitted ... row to move at next
   tracker review" -> done -> closeable_submit.
5. `WHITE` (not the force's to deliver: Home Office / NPCC data recommendation) moved to
   COMPLETED; register Being progressed -> closeable_submit.
6. Split recommendations: Stolen Freedom leadership/governance recommendation in 4 rows (stem +
   bullet a, then b, c, d; Ref written `ID nnnn`), all under COMPLETED -> 4 x closeable_submit.
   Body-worn video recommendation (Police powers 2021) in 3 rows: parts 1-2 under COMPLETED,
   part 3 still under OPEN (Red) -> item still open, register open -> 3 x in_sync.
7. Blank rows left in the OPEN section where rows were cut out (3 of them), a blank-row gap
   before each banner, a repeated header row under the CLOSED banner, a title and an
   instructions note above the header.
8. Same AFI text in two reports: "develop a problem-solving approach to anti-social behaviour"
   is a PEEL 2021/22 AFI (Superseded) and a PEEL 2023/24 AFI (Being progressed). The 2021/22
   tracker row has no Ref; only its Report ("PEEL 21-22") ties it -> closeable_local; the
   2023/24 row -> in_sync.
9. Near-identical texts in two stop and search reports (2013 "elected local policing bodies"
   vs 2015 "police and crime commissioners"): the 2015 item is on the list and in CLOSED
   (in_sync); the 2013 one is in CLOSED but not on the list -> not_on_hmicfrs_list. Likewise
   the CDI 2019 call-handler recommendation resembles the 2014 Core Business one.
10. Conflicts (4): type (PEEL Legitimacy 2017 misconduct-NFA AFI typed `Recommendation` in the
   tracker); deadline (Police powers CPD recommendation "By July 2021" typed "By July 2022");
   missing bullet (CDI 2019 victims recommendation copied with 4 of its 5 bullets, the online
   triage bullet missing); reference (custody detention-of-children recommendation, tracker
   Ref with two digits transposed, an id that does not exist on the register; same text and
   report, one misspelling "accomodation"). All four are open on both sides.
11. Text drift that is NOT a conflict: abbreviations (MSHT, S&S, DA, BWV, ISAs, CoP, RUI,
   CSE, "Within 6 months"), a footnote digit "86" in the register text, the stray "20"
   footnote removed from Everyone's business, "HMIC recommends that the force should
   immediately:" reworded as "The force should immediately", typos ("supervison",
   "accomodation"), bullets flattened onto one line, the PEEL Efficiency 2017 national
   recommendation cut to its first sentence (the dropped sentence is addressed to the Home
   Office / NPCC / APCC, not to forces).
12. Refs: most rows carry the register id as a number; some are blank (matched by text and
   report), some are text `ID nnnn`; force-only rows carry the force's own refs (`LA-01`...,
   `HMI-L16-03`) or none.
13. Missing from force (6): one closed and five open register items have no row in any
   section (Policing in Austerity collaboration; firearms incident-flagging; MSHT
   investigation; NCPI registered sex offenders; PEEL 2023/24 VAWG understanding and
   supervision of investigations).
14. Not on HMICFRS list (7): four local actions (three OPEN, one COMPLETED; `Local action`
   type), one PEEL Legitimacy 2016 AFI the register does not hold, and two old 2013/2014
   national items in the CLOSED section that have dropped off the definitive list.

## Counts per category
| category | lines |
|---|---|
{cnt}

Register items: {n_h}; tracker item rows: {n_f}; truth lines: {n_lines}.
"""


if __name__ == "__main__":
    build()
