"""Build the `status_by_dates_only` evaluation case (round 29).

The force tracker has NO status / RAG column: progress is recorded only in date columns
("Target date", "Date actions completed", "Date evidence submitted to HMICFRS",
"Date closed by HMICFRS (per portal)"). The HMICFRS side is a register export in CSV.

Run:  /work/main/.venv/bin/python build_status_by_dates_only.py
Rebuilds status_by_dates_only/ byte for byte (fixed seed, fixed zip timestamps, fixed
document properties). Recommendation texts are real HMICFRS wording (Open Government
Licence) copied from /work/shared/data/real_recommendations.csv and the casegen text lists;
force rewordings, local actions and progress notes are written for this case.
"""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 29_2024_1114
random.seed(SEED)  # only used to pick owners for a few rows; everything else is explicit

HERE = Path(__file__).resolve().parent
CASE = HERE / "status_by_dates_only"
FORCE = "Lincolnshire Police"
AS_AT = datetime(2024, 11, 14)          # tracker's "position as at" date
FIXED_ZIP_TIME = (2024, 11, 14, 9, 30, 0)


def D(y, m, d):
    return datetime(y, m, d)


def ordinal(dt: datetime) -> str:
    d = dt.day
    suf = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf} {dt.strftime('%B')} {dt.year}"


# --------------------------------------------------------------------------------------------
# Real texts
# --------------------------------------------------------------------------------------------
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

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
    "Within three months, the force should put in place arrangements to ensure that:\n"
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
MISSING_CHILDREN = (
    "HMIC recommends that within six months the force should: review its approach to reports "
    "of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action;"
)
CUSTODY_CHILDREN = (
    "The force should, in conjunction with children’s social care services, review how it "
    "manages the detention of children. As a minimum it should:• ensure that all children are "
    "only detained when absolutely necessary and for the absolute minimum amount of time;• "
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested."
)
HO_NPCC_DATA = (
    "The Home Office and the NPCC should take steps to ensure that the quality of the data "
    "collected on the number of incidents where force has been used to effect a stop and "
    "search is sufficient for publication. The Home Office should publish this data as soon "
    "as possible."
)

# report key -> (HMICFRS title, publication date, tracker's own name)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "S&S 2013 (HMIC)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", D(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", D(2017, 3, 2),
              "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "efc17f": ("PEEL: Police efficiency 2017 – Lincolnshire Police", D(2017, 11, 9),
               "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", D(2017, 12, 12),
               "PEEL Legitimacy 2017"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire "
               "Police", D(2019, 5, 2), "PEEL 2018/19"),
    "ncpi19": ("National child protection inspection – Lincolnshire Police", D(2019, 6, 20),
               "NCPI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "cdi21": ("Crime data integrity inspection 2021 – Lincolnshire Police", D(2021, 9, 14),
              "CDI 2021"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire "
               "Police", D(2022, 7, 15), "PEEL 2021/22"),
    "custody22": ("Report on an unannounced inspection visit to police custody suites in "
                  "Lincolnshire", D(2022, 8, 16), "Custody inspection 2022"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25 – Lincolnshire "
               "Police", D(2024, 9, 26), "PEEL 2023/25"),
}

# --------------------------------------------------------------------------------------------
# HMICFRS register: id -> (report, type, text, status, status date)
# --------------------------------------------------------------------------------------------
H = {
    1204: ("sas13", NAT,
           "Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.",
           "Complete", D(2016, 4, 27)),
    1205: ("sas13", NAT,
           "Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch "
           "criminals and maintain public trust.",
           "Complete", D(2016, 4, 27)),
    1206: ("sas13", NAT,
           "Chief Constables should, in consultation with elected local policing bodies, "
           "ensure that they comply with the code of practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example, young people.",
           "Superseded", D(2015, 3, 24)),
    2321: ("everyone", NAT, EVERYONE_PLAN, "Superseded", D(2015, 9, 10)),
    3017: ("austerity", NAT,
           "All Chief Constables and PCCs should review their plans to deliver savings to "
           "ensure they are doing all they can to continue to reduce crime and protect the "
           "front line while balancing their budgets. They should use the data and "
           "information contained in this report, and in HMIC's Value for Money profiles, "
           "when conducting their reviews",
           "Complete", D(2015, 6, 1)),
    3020: ("austerity", NAT,
           "In preparation for the next spending round period all Chief Constables and PCCs "
           "should review their plans for collaboration. In particular they should consider "
           "whether there is scope to deliver better value for money and improved "
           "capability and capacity through joint working with other forces, the public "
           "and/or the private sector.",
           "Being progressed", D(2019, 2, 4)),
    4561: ("sas15", NAT,
           "Chief constables should, in consultation with police and crime commissioners, "
           "ensure that they comply with the Code of Practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example young people.",
           "Complete", D(2017, 1, 19)),
    4822: ("core", NAT,
           "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
           "that have not yet done so, should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.",
           "Being progressed", D(2016, 11, 3)),
    4823: ("core", NAT,
           "By 31 March 2015 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.",
           "Complete", D(2018, 1, 15)),
    5106: ("integrity", NAT,
           "By 31 August 2015, all chief constables should satisfy themselves that they have "
           "processes in place to ensure that investigations into misconduct by officers "
           "and staff resulting in “no further action” are fair and free of any form of "
           "discrimination.",
           "Complete", D(2017, 2, 2)),
    5388: ("picture", NAT,
           "By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through "
           "the force information management governance structure. This should include "
           "measures to ensure that categorisation of records are regularly adjusted.",
           "Being progressed", D(2023, 6, 12)),
    5741: ("firearms", NAT,
           "Within three months, all chief constables should assess how well the governance "
           "of firearms licensing in his or her force meets the standards set out in "
           "Authorised Professional Practice. Chief constables of forces where the "
           "governance standards are not being complied with should put in place "
           "immediately the correct arrangements and procedures in order to meet the "
           "standards in full.",
           "Complete", D(2016, 5, 9)),
    5742: ("firearms", NAT,
           "Within three months, all chief constables should assess the demand placed on their "
           "firearms licensing department and ensure it has the capacity to meet this demand "
           "and provide an efficient and effective service at all times.",
           "Being progressed", D(2022, 10, 3)),
    5743: ("firearms", NAT,
           "Immediately, all chief constables should satisfy themselves that all appropriate "
           "action is being taken by their force with regard to ‘total expired’ licensing "
           "records.",
           "Complete", D(2016, 5, 9)),
    5744: ("firearms", NAT,
           "Within three months, all chief constables should ensure that their arrangements "
           "in respect of the use of temporary permits are in accordance with the Home "
           "Office guidance; that temporary permits are properly recorded without delay on "
           "the National Firearms Licensing Management System; and that effective systems "
           "exist to ensure certificate holders are not permitted, at any time, to remain "
           "in unlawful possession of a firearm.",
           "Being progressed", D(2022, 10, 3)),
    5745: ("firearms", NAT,
           "Within three months, all chief constables should ensure that systems designed "
           "to identify, prior to police attendance, whether a reported incident involves "
           "or is at the address of a firearm certificate holder are in place and are "
           "always applied by staff dispatching officers to incidents; and that officers "
           "understand the risk assessment which they should be undertaking in such "
           "circumstances, and their power, when appropriate, to seize firearms and firearm "
           "certificates.",
           "Awaiting review", D(2016, 2, 2)),
    6944: ("eff16", COC,
           "The force's response to domestic abuse is a cause of concern to HMIC. The force "
           "policy which allows an officer discretion to complete a DASH risk assessment in "
           "some crimes and incidents does not provide confidence that risk is always "
           "assessed appropriately. In cases where a DASH risk assessment is not completed "
           "the officer should record an assessment on the crime management system. HMIC "
           "found that officers are not consistently completing a DASH in circumstances "
           "where force policy requires that they should do so. This means that some victims "
           "of domestic abuse who may be at risk of harm are not being appropriately "
           "risk-assessed.",
           "Complete", D(2018, 7, 3)),
    6945: ("eff16", REC,
           "HMIC recommends that within six months the force should: take steps to ensure "
           "that there is effective supervision of the initial risk assessment process, "
           "specifically in relation to the completion of DASH risk assessment in "
           "appropriate cases;",
           "Complete", D(2018, 7, 3)),
    6946: ("eff16", AFI,
           "The force should improve the supervision of investigations, so that "
           "investigation plans are set, reviewed and recorded and victims receive a "
           "consistently good service.",
           "Superseded", D(2019, 5, 2)),
    6947: ("eff16", AFI,
           "The force should improve its ability to retrieve digital evidence from mobile "
           "phones, computers and other electronic devices quickly enough to ensure "
           "investigations are not delayed.",
           "Being progressed", D(2022, 7, 15)),
    8172: ("stolen", NAT, SF_LEADERSHIP, "Being progressed", D(2019, 3, 1)),
    8173: ("stolen", NAT,
           "Within six months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
           "and in order to safeguard victims better and to identify suspects as early as "
           "possible",
           "Complete", D(2019, 6, 20)),
    8174: ("stolen", NAT,
           "Immediately, forces should ensure that all victims carrying out criminal acts "
           "under compulsion attributable to slavery or exploitation are afforded the "
           "protection of early and continuing consideration of the applicability of the "
           "section 45 defence.",
           "Being progressed", D(2018, 5, 14)),
    8175: ("stolen", NAT,
           "Immediately, forces should take steps to ensure they are fully compliant with "
           "the NRM process as it evolves and are implementing the requirement placed upon "
           "them under the Modern Slavery Act 2015 to notify the Home Office of any "
           "individual suspected to be an adult victim of modern slavery or human "
           "trafficking.",
           "Complete", D(2020, 1, 27)),
    8176: ("stolen", NAT,
           "Immediately, forces should take steps to ensure they fully comply with national "
           "crime recording standard (NCRS) requirements for offences identified as modern "
           "slavery and human trafficking and that sufficient audit capacity is available "
           "to the force crime registrar to provide reassurance that each force is "
           "identifying and managing any gaps in its crime-recording accuracy for these "
           "types of offences.",
           "Being progressed", D(2021, 9, 14)),
    8177: ("stolen", NAT,
           "Immediately, forces should ensure that allegations or indications of modern "
           "slavery and human trafficking are thoroughly investigated and effectively "
           "supervised by teams and individuals with the skills and experience to undertake "
           "them (this should include the use where appropriate of joint intelligence teams "
           "and other means to obtain intelligence and evidence from agencies overseas).",
           "Being progressed", D(2019, 3, 1)),
    8178: ("stolen", NAT,
           "Immediately, forces should review their use of preventative powers under the "
           "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
           "of those deemed to pose a clear threat to others in respect of modern slavery "
           "and human trafficking offences are exploited.",
           "No further action required", D(2021, 5, 10)),
    8390: ("efc17", NAT,
           "By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force. The Home Office, National Police "
           "Chiefs' Council and Association of Police and Crime Commissioners should "
           "support the development of these plans by establishing a national framework "
           "which allows for the provision of digitally enabled services across force "
           "boundaries.",
           "Being progressed", D(2018, 11, 9)),
    8402: ("efc17f", AFI,
           "The force should undertake further work to gain a fuller understanding of current "
           "demand for its services, and likely future changes in demand. This is so it can "
           "make best use of its resources by matching them to demand to meet the needs of "
           "the public.",
           "Complete", D(2019, 5, 2)),
    8403: ("efc17f", AFI,
           "The force should develop a future workforce plan that is aligned with its overall "
           "demand and budget. The plan should include future resource allocations, the mix "
           "of skills required by the workforce and behaviours expected of them.",
           "Being progressed", D(2019, 5, 2)),
    8404: ("efc17f", AFI,
           "The force should develop its understanding of the links between its outcomes, "
           "outputs and costs.",
           "Being progressed", D(2019, 5, 2)),
    8541: ("leg17", COC,
           "HMICFRS is concerned that forces are not able to demonstrate that the use of "
           "stop and search powers is consistently reasonable and fair. In particular, "
           "there is over-representation of BAME people, and black people in particular, "
           "in stop and search data which many forces are unable to explain.",
           "Being progressed", D(2017, 12, 12)),
    8542: ("leg17", NAT, SAS_MONITORING_2017, "Being progressed", D(2017, 12, 12)),
    8543: ("leg17", NAT,
           "Where forces identify disparities through monitoring, they should demonstrate "
           "to the public that they have:\n"
           "•carried out research and analysis in an attempt to understand the reasons for "
           "the disparity, and •taken action to reduce the disparity, where necessary;",
           "Complete", D(2019, 5, 14)),
    8544: ("leg17", NAT,
           "We expect forces to publish this analysis and any actions taken at least on an "
           "annual basis, from July 2018.",
           "Being progressed", D(2017, 12, 12)),
    8545: ("leg17", NAT,
           "By July 2018, and ongoing following that date, forces should ensure that all "
           "officers who use stop and search powers have been provided with, and "
           "understand, training on unconscious bias and College of Policing APP on stop "
           "and search.",
           "Complete", D(2020, 2, 11)),
    8560: ("leg17f", AFI,
           "The force should ensure all staff have received at least the lowest level of "
           "vetting clearance for their roles as quickly as possible, working to clear both "
           "the vetting backlog and new vetting renewals when they become due so that it "
           "complies fully with the national vetting guidelines.",
           "Complete", D(2019, 5, 2)),
    8561: ("leg17f", AFI,
           "The force should make sure it provides a confidential way for staff to raise "
           "concerns and that staff are aware of whistleblowing processes.",
           "Being progressed", D(2019, 5, 2)),
    9310: ("peel18", COC,
           "The force does not have the capacity or capability to investigate crime "
           "effectively and this is affecting the service being provided to the public. "
           "There are failings in the way that crimes are being investigated.",
           "Being progressed", D(2022, 7, 15)),
    9311: ("peel18", REC,
           "HMIC recommends that the force should immediately: conduct a review of officers’ "
           "capabilities and capacity to manage their investigative workload, to better "
           "understand investigative demand and the pressures placed upon them; and",
           "Complete", D(2020, 3, 9)),
    9312: ("peel18", REC,
           "HMIC recommends that within six months the force should: ensure regular and "
           "active supervision of the quality and progress of investigations. This "
           "supervision should be properly recorded;",
           "Being progressed", D(2019, 5, 2)),
    9313: ("peel18", REC,
           "HMIC recommends that within six months the force should: improve its use of its "
           "crime-recording and management system to better manage its case files and "
           "investigative processes;",
           "Being progressed", D(2022, 7, 15)),
    9314: ("peel18", AFI,
           "The force should develop its understanding of the links between its outcomes, "
           "outputs and costs.",
           "Awaiting review", D(2019, 5, 2)),
    9315: ("peel18", AFI,
           "Lincolnshire Police should make sure it has access to accurate data and analysis "
           "to support effective performance management.",
           "Complete", D(2022, 7, 15)),
    9422: ("ncpi19", REC, MISSING_CHILDREN, "Being progressed", D(2019, 6, 20)),
    9423: ("ncpi19", AFI,
           "The force should improve how it works with partner organisations to safeguard "
           "people at risk from child sexual exploitation.",
           "Complete", D(2021, 3, 30)),
    11205: ("powers", NAT,
            "By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict "
            "management and de-escalation.",
            "Being progressed", D(2021, 2, 26)),
    11206: ("powers", NAT,
            "By July 2021, forces should ensure that communication skills are reinforced as "
            "part of the programme of continuing professional development for officers and "
            "staff, and that supervisors are supported to routinely and frequently debrief "
            "officers on these skills using body-worn video footage.",
            "Being progressed", D(2021, 2, 26)),
    11207: ("powers", NAT, BWV_2021, "Being progressed", D(2021, 2, 26)),
    11208: ("powers", NAT,
            "By July 2021, forces should ensure they have effective internal monitoring "
            "processes on the use of force, to help them to identify and understand "
            "disproportionate use, explain the reasons and implement any necessary "
            "improvement action.",
            "Complete", D(2023, 1, 19)),
    11890: ("cdi21", REC, CDI_VICTIMS, "Being progressed", D(2021, 9, 14)),
    11891: ("cdi21", AFI,
            "The force should make sure it records reports of rape and serious sexual "
            "offences accurately and without delay.",
            "Complete", D(2023, 11, 6)),
    12604: ("peel21", AFI,
            "The force should make sure investigations of stalking and harassment are "
            "allocated to officers with the right skills and are effectively supervised.",
            "Being progressed", D(2022, 7, 15)),
    12605: ("peel21", AFI,
            "The force should make sure investigations of domestic abuse are allocated to "
            "officers with the right skills and are effectively supervised.",
            "Complete", D(2024, 1, 22)),
    12606: ("peel21", AFI,
            "The force should make sure it has enough specialist capacity and capability to "
            "investigate online child sexual abuse.",
            "Being progressed", D(2022, 7, 15)),
    12607: ("peel21", AFI,
            "The force should improve its understanding of the nature and scale of county "
            "lines drug dealing in its area.",
            "Complete", D(2024, 3, 4)),
    12608: ("peel21", AFI,
            "The force should make sure victims of hate crime are kept informed about the "
            "progress of their case, in line with the Code of Practice for Victims of Crime.",
            "Being progressed", D(2022, 7, 15)),
    12733: ("custody22", REC, CUSTODY_CHILDREN, "Being progressed", D(2022, 8, 16)),
    12734: ("custody22", AFI,
            "The force should make sure officers and staff have the training they need to "
            "identify and respond to people with mental ill health.",
            "Awaiting review", D(2022, 8, 16)),
    14418: ("peel23", AFI,
            "The force should make sure it consistently uses ancillary orders and other "
            "powers to protect victims of violence against women and girls.",
            "Awaiting review", D(2024, 9, 26)),
    14419: ("peel23", AFI,
            "The force should improve the timeliness of its response to calls for service "
            "involving repeat victims.",
            "Awaiting review", D(2024, 9, 26)),
    14420: ("peel23", AFI,
            "The force should improve the way it manages the risk posed by offenders involved "
            "in sexual offences against children.",
            "Awaiting review", D(2024, 9, 26)),
    14421: ("peel23", AFI,
            "The force should put plans in place to monitor, including through the gathering "
            "and analysis of staff feedback, team cultures and provide prompt remedial action "
            "for any issues it identifies.",
            "Awaiting review", D(2024, 9, 26)),
    14422: ("peel23", REC,
            "Within six months, the force should ensure that it has sufficient resources "
            "available in the control room to fulfil its resourcing model, and so to meet its "
            "demand, while also taking into account the wellbeing of its workforce.",
            "Awaiting review", D(2024, 9, 26)),
    14423: ("peel23", AFI,
            "The force should review how it gathers and uses equality and diversity data to "
            "improve its understanding of its workforce demographics.",
            "Awaiting review", D(2024, 9, 26)),
    14424: ("peel23", AFI,
            "The force should improve how it gathers, assesses and acts on intelligence about "
            "serious and organised crime.",
            "Awaiting review", D(2024, 9, 26)),
}

# --------------------------------------------------------------------------------------------
# Force tracker rows, in the force's order.
# Each: dict(h=HMICFRS id or None, ref=cell, rep=report key or own name, type, text, owner,
#            target, done, sub, closed, update, cat, why)
# Date cells: datetime (written as a real Excel date) or str (typed text) or None.
# --------------------------------------------------------------------------------------------
F = []


def row(h, ref, rep, typ, text, owner, target, done, sub, closed, update, cat, why):
    F.append(dict(h=h, ref=ref, rep=rep, typ=typ, text=text, owner=owner, target=target,
                  done=done, sub=sub, closed=closed, update=update, cat=cat, why=why))


S = "Stop & Search"
# --- S&S 2013 ---
row(1204, 1204, "sas13", "National rec",
    "Chief Constables and the College of Policing should establish in the S&S APP a clear "
    "specification of what constitutes the effective and fair exercise of stop and search "
    "powers, and guidance in this respect. This should be compliant with the Code of Practice.",
    "ACC Local Policing", "n/a", D(2015, 3, 31), D(2015, 4, 15), D(2016, 4, 27),
    "APP adopted. Closed on portal April 2016.",
    "in_sync", "HMICFRS Complete; force completion, submission and portal-closure dates all "
    "filled: closed on both sides")
row(1205, 1205, "sas13", "National rec",
    "Chief Constables should establish or improve monitoring of the way officers stop and "
    "search people, so that they can be satisfied their officers are acting in accordance with "
    "the law (including equality legislation and the Code of Practice), and that the power is "
    "used effectively to prevent crime, catch criminals and maintain public trust.",
    "ACC Local Policing", "n/a", D(2015, 6, 30), None, None,
    "Monthly S&S monitoring at Legitimacy Board.",
    "in_sync", "HMICFRS Complete; force 'Date actions completed' 30/06/2015 (past): done on "
    "both sides")
row(1206, 1206, "sas13", "National rec",
    "Chief Constables should, in consultation with elected local policing bodies, ensure that "
    "they comply with the code of practice by explaining to the public the way S&S powers are "
    "used in their areas and by making arrangements for S&S records to be scrutinised by "
    "community representatives.",
    "C/Supt Bell", D(2014, 3, 31), "see update", None, None,
    "Community scrutiny panel relaunch delayed - new ToR with OPCC for sign-off Jan 2025.",
    "closeable_local", "HMICFRS Superseded (closed); force completion cell holds 'see update' "
    "(no date) and the update says work is still in progress: force open. Near-twin of 4561 "
    "(S&S 2, 2015) - told apart by ref and wording ('elected local policing bodies')")
# --- Everyone's business ---
row(2321, 2321, "everyone", "National rec",
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\nThis action plan should be developed:\n"
    "- in consultation with PCCs, DA support organisations and victims' representatives;\n"
    "- after close consideration of all the recommendations in this report;\n"
    "- with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and\n"
    "- drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.\n"
    "Chief officers in each police force should oversee and ensure full implementation of "
    "these action plans.",
    "Ch Supt Public Protection", D(2014, 9, 30), D(2014, 9, 30), D(2014, 10, 10), None,
    "DA action plan published on website Sept 2014.",
    "in_sync", "HMICFRS Superseded (closed); force completed 30/09/2014 and submitted: done. "
    "Force text drops the '20' footnote, uses '-' bullets and runs on a sentence from the report")
# --- Austerity ---
row(3017, 3017, "austerity", "National rec",
    "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
    "are doing all they can to continue to reduce crime and protect the front line while "
    "balancing their budgets.",
    "Director of Finance", D(2014, 12, 31), D(2015, 3, 31), None, None, None,
    "in_sync", "HMICFRS Complete; force completed 31/03/2015: done on both sides "
    "(force text abridged)")
row(3020, 3020, "austerity", "National rec",
    "In preparation for the next spending round period all Chief Constables and PCCs should "
    "review their plans for collaboration. In particular they should consider whether there "
    "is scope to deliver better value for money and improved capability and capacity through "
    "joint working with other forces, the public and/or the private sector.",
    "DCC", "TBC", "see update", None, None,
    "Joint working with Nottinghamshire Police under review after the end of the regional "
    "operational support arrangement; options paper to Chief Officer Group.",
    "in_sync", "HMICFRS Being progressed; force completion cell 'see update', update says "
    "ongoing: open on both sides")
# --- Core business ---
row(4822, 4822, "core", "National rec",
    "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
    "not yet done so, should provide call-handlers with specific, sound and comprehensible "
    "criteria against which they can assess threat, harm and risk.",
    "Supt Contact Centre", D(2015, 3, 31), D(2015, 3, 31), "TBC", None,
    "THRIVE embedded in FCR. Evidence never submitted - to be picked up.",
    "closeable_submit", "HMICFRS Being progressed; force completed 31/03/2015 (submission "
    "cell 'TBC'): force done, HMICFRS open")
row(4823, 4823, "core", "National rec",
    "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
    "carried out is systematically recorded and subsequently evaluated to determine the "
    "effectiveness of tactics being employed.",
    "Head of Corporate Development", D(2015, 3, 31), "TBC", None, None,
    "Problem-solving evaluation template being rolled out to NPTs.",
    "closeable_local", "HMICFRS Complete; force completion 'TBC' (target date in the past is "
    "not a completion): force open")
# --- Integrity matters ---
row(5106, 5106, "integrity", "National rec",
    "By 31 August 2015, all chief constables should satisfy themselves that they have "
    "processes in place to ensure that investigations into misconduct by officers and staff "
    "resulting in \"no further action\" are fair and free of any form of discrimination.",
    "Head of Professional Standards", D(2015, 8, 31), D(2015, 8, 31), D(2015, 9, 14),
    D(2017, 2, 2), None,
    "in_sync", "HMICFRS Complete; force completed, submitted and closed on portal 02/02/2017")
# --- Stop and search 2 ---
row(4561, None, "sas15", "National rec",
    "Chief constables should, in consultation with PCCs, ensure that they comply with the "
    "Code of Practice by explaining to the public the way stop and search powers are used in "
    "their areas and by making arrangements for stop and search records to be scrutinised by "
    "community representatives. This should be done in a way that involves those people who "
    "are stopped and searched, for example young people.",
    "ACC Local Policing", D(2015, 9, 30), D(2016, 9, 30), None, None,
    "Youth scrutiny panel in place since Sept 2016.",
    "in_sync", "No ref on the force row; matched to 4561 by report (S&S 2) and wording "
    "('in consultation with PCCs'), not to near-twin 1206. HMICFRS Complete; force completed "
    "30/09/2016: done on both sides")
# --- Building the picture ---
row(5388, 5388, "picture", "National rec",
    "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
    "audits of compliance with the APP on information management through the force "
    "information management governance structure.",
    "Head of Information Management", D(2015, 11, 30), D(2025, 3, 31), None, None,
    "MoPI audit schedule being rebuilt after Niche upgrade; IM Board to scrutinise from Q4.",
    "in_sync", "HMICFRS Being progressed; force completion 31/03/2025 is after the tracker's "
    "as-at date (14/11/2024) so it is a planned date: force open. Open on both sides")
# --- Firearms licensing ---
row(5741, 5741, "firearms", "National rec",
    "Within three months, all chief constables should assess how well the governance of "
    "firearms licensing in his or her force meets the standards set out in APP. Chief "
    "constables of forces where the governance standards are not being complied with should "
    "put in place immediately the correct arrangements and procedures in order to meet the "
    "standards in full.",
    "Supt Firearms Licensing", D(2015, 12, 15), D(2015, 12, 15), D(2016, 1, 8), None, None,
    "in_sync", "HMICFRS Complete; force completed 15/12/2015: done on both sides")
row(5742, 5742, "firearms", "National rec",
    "Within 3 months, all CCs should assess the demand placed on their firearms licensing "
    "department and ensure it has the capacity to meet this demand and provide an efficient "
    "and effective service at all times.",
    "Supt Firearms Licensing", "Q3 2024", "14/06/2024", None, None,
    "Demand review complete; 3 additional FEOs in post from June.",
    "closeable_submit", "HMICFRS Being progressed; force completion '14/06/2024' typed as "
    "text but a real past date: force done, HMICFRS open")
row(5743, "5743", "firearms", "National rec",
    "Immediately, all chief constables should satisfy themselves that all appropriate action "
    "is being taken by their force with regard to 'total expired' licensing records.",
    "Supt Firearms Licensing", "n/a", "awaiting evidence", None, None,
    "Dip sample of expired records done; awaiting evidence pack from Licensing.",
    "closeable_local", "HMICFRS Complete; force completion cell 'awaiting evidence' (no date): "
    "force open. Ref typed as text '5743'")
row(5744, 5744, "firearms", "National rec",
    "Within six months, the force should ensure that its arrangements in respect of the use "
    "of temporary permits are in accordance with the Home Office guidance; that temporary "
    "permits are properly recorded without delay on the National Firearms Licensing "
    "Management System; and that effective systems exist to ensure certificate holders are "
    "not permitted, at any time, to remain in unlawful possession of a firearm.",
    "Supt Firearms Licensing", "Q3 2024", None, None, None,
    "NFLMS recording backlog being worked through.",
    "conflict", "Same ref and ask, but the force records the timescale as 'Within six months' "
    "where HMICFRS says 'Within three months' (statuses: open on both sides)")
row(5745, 5745, "firearms", "National rec",
    "Within three months, all chief constables should ensure that systems designed to "
    "identify, prior to police attendance, whether a reported incident involves or is at the "
    "address of a firearm certificate holder are in place and are always applied by staff "
    "dispatching officers to incidents; and that officers understand the risk assessment "
    "which they should be undertaking in such circumstances, and their power, when "
    "appropriate, to seize firearms and firearm certificates.",
    "Supt Contact Centre", D(2015, 12, 15), D(2016, 1, 20), D(2016, 2, 2), "awaiting HMICFRS",
    "STORM flag for certificate holders live Jan 2016.",
    "closeable_submit", "HMICFRS Awaiting review; force completed 20/01/2016 and submitted "
    "02/02/2016 (closed cell 'awaiting HMICFRS'): force done, HMICFRS open")
row(None, "L01", "firearms", "Local action",
    "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)",
    "Supt Firearms Licensing", D(2024, 3, 31), D(2024, 3, 22), "n/a", "n/a",
    "Reasonable assurance. 2 low-priority actions.",
    "not_on_hmicfrs_list", "Force's own local action (ref L01, type Local action); no HMICFRS "
    "item")
# --- PEEL Effectiveness 2016 ---
row(6944, 6944, "eff16", "Cause of Concern",
    "The force's response to DA is a cause of concern to HMIC. The force policy which allows "
    "an officer discretion to complete a DASH risk assessment in some crimes and incidents "
    "does not provide confidence that risk is always assessed appropriately.",
    "Ch Supt Public Protection", D(2017, 9, 2), D(2017, 9, 30), D(2017, 10, 6),
    D(2018, 7, 3), "DASH mandatory for all DA incidents from Sept 2017.",
    "in_sync", "HMICFRS Complete; force completed, submitted and closed on portal: closed on "
    "both sides")
row(6945, 6945, "eff16", "Rec",
    "Within six months the force should take steps to ensure that there is effective "
    "supervison of the initial risk assessment process, specifically in relation to the "
    "completion of DASH risk assessment in appropriate cases.",
    "Ch Supt Public Protection", D(2017, 9, 2), D(2017, 8, 31), None, None, None,
    "in_sync", "HMICFRS Complete; force completed 31/08/2017: done on both sides (stem "
    "reworded, 'supervison' misspelt)")
row(6946, 6946, "eff16", "AFI",
    "Improve the supervision of investigations so that investigation plans are set, reviewed "
    "and recorded and victims receive a consistently good service.",
    "Det Ch Supt Force CID", "n/a", "TBC", None, None,
    "Investigation standards work now sits under the Investigative Improvement Plan.",
    "closeable_local", "HMICFRS Superseded (closed); force completion 'TBC': force open")
row(6947, 6947, "eff16", "AFI",
    "The force should improve its ability to retrieve digital evidence from mobile phones, "
    "computers and other electronic devices quickly enough to ensure investigations are not "
    "delayed.",
    "Head of Intelligence", "Q3 2024", None, None, None,
    "DFU backlog down to 6 weeks; kiosk roll-out continues.",
    "in_sync", "HMICFRS Being progressed; force has only a (past) target quarter, no "
    "completion date: open on both sides")
# --- Stolen freedom (split into bullets) ---
row(8172, 8172, "stolen", "National rec",
    "Within 12 months, review leadership and governance arrangements for MSHT to ensure that "
    "senior leaders prioritise the response to MSHT.",
    "Det Ch Supt Force CID", D(2018, 10, 24), D(2018, 9, 28), None, None,
    "MSHT Board chaired by ACC Crime.",
    "in_sync", "Split row 1 of 4 (bullet 1) of 8172. Bullets 1-3 completed but bullet 4 has "
    "only a future date (Q1 2025), so the item is open for the force; HMICFRS Being "
    "progressed: open on both sides")
row(8172, 8172, "stolen", "National rec",
    "Every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively.",
    "Det Ch Supt Force CID", D(2018, 10, 24), D(2019, 1, 31), None, None,
    "All MSHT crimes allocated to PPU/CID.",
    "in_sync", "Split row 2 of 4 (bullet 2) of 8172; item open for the force (bullet 4 not "
    "done), HMICFRS open")
row(8172, 8172, "stolen", "National rec",
    "Forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims.",
    "Det Ch Supt Force CID", D(2018, 10, 24), D(2019, 3, 29), None, None,
    "Anti-slavery partnership in place.",
    "in_sync", "Split row 3 of 4 (bullet 3) of 8172; item open for the force, HMICFRS open")
row(8172, 8172, "stolen", "National rec",
    "Performance and QA measures are in place to allow senior leaders to assess the nature and "
    "quality of the service provided to victims.",
    "Det Ch Supt Force CID", D(2018, 10, 24), "Q1 2025", None, None,
    "Victim feedback measure to be added to performance pack.",
    "in_sync", "Split row 4 of 4 (bullet 4) of 8172: completion 'Q1 2025' is a future "
    "quarter (planned), so this bullet and the item are open; HMICFRS open")
row(8173, 8173, "stolen", "National rec",
    "Within 6 months, forces should have in place active ISAs with other agencies to "
    "facilitate speedy exchange of intelligence and in order to safeguard victims better and "
    "to identify suspects as early as possible.",
    "Head of Intelligence", D(2018, 4, 24), D(2019, 3, 12), None, None, None,
    "in_sync", "HMICFRS Complete; force completed 12/03/2019: done on both sides (HMICFRS "
    "text carries a stray footnote '86')")
row(8174, 8174, "stolen", "National rec",
    "Immediately, forces should ensure that all victims carrying out criminal acts under "
    "compulsion attributable to slavery or exploitation are afforded the protection of early "
    "and continuing consideration of the applicability of the section 45 defence.",
    "Head of Criminal Justice", "n/a", D(2018, 4, 30), D(2018, 5, 11), None,
    "S45 guidance issued with CPS.",
    "closeable_submit", "HMICFRS Being progressed; force completed 30/04/2018 and submitted "
    "11/05/2018: force done, HMICFRS open")
row(8175, 8175, "stolen", "National rec",
    "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
    "process as it evolves and are implementing the requirement placed upon them under the "
    "Modern Slavery Act 2015 to notify the HO of any individual suspected to be an adult "
    "victim of MSHT.",
    "Det Ch Supt Force CID", "n/a", D(2025, 1, 31), None, None,
    "Duty to Notify process moving to the new single competent authority portal.",
    "closeable_local", "HMICFRS Complete; force completion 31/01/2025 is after the as-at date "
    "(planned): force open")
row(8177, 8177, "stolen", "National rec",
    "Immediately, forces should ensure that allegations or indications of MSHT are thoroughly "
    "investigated and effectively supervised by teams and individuals with the skills and "
    "experience to undertake them.",
    "Det Ch Supt Force CID", D(2024, 12, 31), None, None, None,
    "Specialist MSHT investigation capability being scoped.",
    "in_sync", "HMICFRS Being progressed; no force completion date: open on both sides")
row(8178, 8178, "stolen", "National rec",
    "Immediately, forces should review their use of preventative powers under the Modern "
    "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
    "to pose a clear threat to others in respect of MSHT offences are exploited.",
    "Head of Criminal Justice", "n/a", None, None, None,
    "STRO/STPO use reviewed quarterly at the MSHT Board.",
    "closeable_local", "HMICFRS No further action required (closed); force has no "
    "completion date: force open")
# --- PEEL Efficiency 2017 national ---
row(8390, None, "efc17", "National rec",
    "By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled services "
    "within their force.",
    "Head of Corporate Development", D(2018, 9, 30), "Sept 2024", None, None,
    "Digital Strategy 2024-27 approved by Chief Officer Group in September.",
    "closeable_submit", "No ref; matched on report and abridged text. Completion 'Sept 2024' "
    "is a past month (as-at 14/11/2024) and the update confirms approval: force done, "
    "HMICFRS Being progressed")
# --- PEEL Legitimacy 2017 national (S&S) ---
row(8541, 8541, "leg17", "Cause of Concern",
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.",
    "ACC Local Policing", "n/a", None, None, None,
    "Disproportionality remains a risk on the corporate risk register.",
    "in_sync", "HMICFRS Being progressed; no force completion date: open on both sides")
row(8542, 8542, "leg17", "National rec",
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of S&S powers "
    "to understand:\n"
    "- the reasons for any disproportionate representation of different ethnic groups in the "
    "use of S&S;\n"
    "- the extent to which find rates differ between people from different ethnicities, and "
    "across different types of searches (including separate identification of find rates "
    "for drug possession and supply-type offences).",
    "ACC Local Policing", D(2018, 7, 31), D(2018, 7, 31), None, None,
    "S&S dashboard live July 2018.",
    "conflict", "Force text omits HMICFRS's third bullet (prevalence of possession-only drug "
    "searches); force completed 31/07/2018 against an incomplete ask while HMICFRS has it "
    "Being progressed: a missing bullet, so conflict rather than closeable_submit")
row(8543, 8543, "leg17", "National rec",
    "Where forces identify disparities through monitoring, they should demonstrate to the "
    "public that they have carried out research and analysis in an attempt to understand the "
    "reasons for the disparity, and taken action to reduce the disparity, where necessary.",
    "ACC Local Policing", "n/a", None, None, D(2019, 5, 14),
    "Closed by HMICFRS on portal review.",
    "in_sync", "HMICFRS Complete; force has no completion date but records the HMICFRS "
    "closure date 14/05/2019 in 'Date closed by HMICFRS (per portal)': the force knows it is "
    "closed, so closed on both sides")
row(8544, 8544, "leg17", "National rec",
    "We expect forces to publish this analysis and any actions taken at least on an annual "
    "basis, from July 2018.",
    "ACC Local Policing", "July annually", "see update", None, None,
    "2023 report published late; 2024 report drafted, awaiting OPCC sign-off before "
    "publication.",
    "in_sync", "HMICFRS Being progressed; completion 'see update' and the update says "
    "awaiting sign-off: open on both sides")
row(8545, 8545, "leg17", "National rec",
    "By July 2018, and ongoing following that date, forces should ensure that all officers "
    "who use S&S powers have been provided with, and understand, training on unconscious "
    "bias and CoP APP on S&S.",
    "Head of Learning & Development", D(2018, 7, 31), "awaiting evidence", None, None,
    "Training delivered; L&D to confirm completion rates (currently 87%).",
    "closeable_local", "HMICFRS Complete; force completion 'awaiting evidence': force open")
# --- PEEL Efficiency 2017 (force) ---
row(8402, 8402, "efc17f", "AFI",
    "The force should undertake further work to gain a fuller understanding of current demand "
    "for its services, and likely future changes in demand.",
    "Head of Corporate Development", D(2018, 3, 31), D(2018, 3, 31), None, None,
    "Demand model built; refreshed through the FMS.",
    "in_sync", "HMICFRS Complete; force completed 31/03/2018: done on both sides")
row(8403, 8403, "efc17f", "Recommendation",
    "The force should develop a future workforce plan that is aligned with its overall demand "
    "and budget. The plan should include future resource allocations, the mix of skills "
    "required by the workforce and behaviours expected of them.",
    "Director of People", D(2018, 11, 30), None, None, None,
    "Strategic workforce plan being refreshed for 2025/26 budget.",
    "conflict", "Same ref and text, but the force records the type as Recommendation where "
    "HMICFRS has an Area for improvement (statuses: open on both sides)")
row(8404, None, "efc17f", "AFI",
    "The force should develop its understanding of the links between its outcomes, outputs "
    "and costs.",
    "Director of Finance", D(2018, 12, 31), "15.01.19", None, None,
    "Activity-based costing model delivered.",
    "closeable_submit", "No ref; the same AFI text appears again in PEEL 2018/19 (9314), so "
    "the report (PEEL Efficiency 2017) decides it is 8404. Completion '15.01.19' is a past "
    "date typed as text: force done, HMICFRS Being progressed")
row(None, None, "PEEL Legitimacy 2015", "AFI",
    "The force should revise its approach to cautions, cannabis warning and penalty notices "
    "for disorder to ensure that there is a clear and auditable explanation to the offender "
    "of the implications of receiving the warning and that, for victim-based crimes, there is "
    "a clear and auditable record that views of the victim are considered prior to their "
    "issue.",
    "Head of Criminal Justice", D(2016, 6, 30), D(2016, 6, 30), D(2016, 7, 12), None,
    "OOCD scrutiny panel reviews a sample each quarter.",
    "not_on_hmicfrs_list", "PEEL Legitimacy 2015 AFI kept on the tracker; no such item on the "
    "HMICFRS register (no ref; presumably closed and dropped). Query with HMICFRS")
# --- PEEL Legitimacy 2017 (force) ---
row(8560, 8560, "leg17f", "AFI",
    "The force should ensure all staff have received at least the lowest level of vetting "
    "clearance for their roles as quickly as possible, working to clear both the vetting "
    "backlog and new vetting renewals when they become due so that it complies fully with "
    "the national vetting guidelines.",
    "Head of Professional Standards", D(2018, 12, 31), D(2019, 3, 31), D(2019, 4, 1), None,
    "Backlog cleared March 2019.",
    "in_sync", "HMICFRS Complete; force completed and submitted: done on both sides")
# --- PEEL 2018/19 ---
row(9310, 9310, "peel18", "CfC",
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated.",
    "ACC Crime", "n/a", None, None, None,
    "Investigative Improvement Plan - see Crime Standards Board minutes.",
    "in_sync", "HMICFRS Being progressed; no force completion date: open on both sides "
    "(type written 'CfC')")
row(9311, 9311, "peel18", "Rec",
    "HMIC recommends that the force should immediately: conduct a review of officers' "
    "capabilities and capacity to manage their investigative workload, to better understand "
    "investigative demand and the pressures placed upon them",
    "ACC Crime", D(2019, 11, 2), D(2019, 11, 30), None, None, None,
    "in_sync", "HMICFRS Complete; force completed 30/11/2019: done on both sides")
row(9312, 9312, "peel18", "Rec",
    "HMIC recommends that within six months the force should: ensure regular and active "
    "supervision of the quality and progress of investigations. This supervision should be "
    "properly recorded;",
    "Det Ch Supt Force CID", D(2019, 11, 2), None, D(2020, 2, 21), None,
    "Supervisory review template on Niche; evidence sent.",
    "closeable_submit", "HMICFRS Being progressed; completion cell blank but evidence "
    "submitted 21/02/2020: a submission means the force treats it as done. Force done, "
    "HMICFRS open")
row(9313, 9313, "peel18", "Rec",
    "HMIC recommends that within six months the force should: improve its use of its "
    "crime-recording and management system to better manage its case files and "
    "investigative processes;",
    "Head of Information Management", D(2019, 11, 2), D(2025, 3, 31), None, None,
    "Niche case file module go-live planned March 2025.",
    "in_sync", "HMICFRS Being progressed; completion 31/03/2025 is in the future (planned): "
    "open on both sides")
row(9314, 9314, "peel18", "AFI",
    "AFI 4 - The force should develop its understanding of the links between its outcomes, "
    "outputs and costs.",
    "Director of Finance", "TBC", None, None, None,
    "Repeat of 2017 AFI; Finance to confirm whether ABC model is enough.",
    "in_sync", "Ref 9314 (PEEL 2018/19); same text as 8404. HMICFRS Awaiting review; no force "
    "completion: open on both sides")
# --- NCPI 2019 ---
row(9422, 9422, "ncpi19", "Rec",
    "Within six months the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "1. call takers understand and use the missing and absent category appropriately;\n"
    "2. call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with CSE and how to respond to such cases; and\n"
    "3. supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.",
    "Ch Supt Public Protection", D(2019, 12, 20), D(2023, 12, 18), "awaiting evidence", None,
    "Missing children procedure rewritten; training completed Dec 2023.",
    "closeable_submit", "HMICFRS Being progressed; force completed 18/12/2023 (submission "
    "cell 'awaiting evidence' does not undo the completion date): force done, HMICFRS open")
row(9423, 9423, "ncpi19", "AFI",
    "The force should improve how it works with partner organisations to safeguard people at "
    "risk from CSE.",
    "Ch Supt Public Protection", D(2020, 3, 31), D(2020, 3, 31), None, None, None,
    "in_sync", "HMICFRS Complete; force completed 31/03/2020: done on both sides")
# --- Police powers spotlight 2021 ---
row(11205, 11205, "powers", "National rec",
    "By July 2022, forces should ensure that officers and staff have effective communication "
    "skills, in line with the National Policing Guidelines on Conflict Management.",
    "Head of Learning & Development", D(2022, 7, 31), D(2022, 7, 29), D(2022, 9, 5), None,
    "Conflict management module added to OST.",
    "closeable_submit", "HMICFRS Being progressed; force completed 29/07/2022 and submitted "
    "05/09/2022: force done, HMICFRS open")
row(11206, 11206, "powers", "National rec",
    "By July 2021, forces should ensure that communication skills are reinforced as part of "
    "the programme of CPD for officers & staff, and that supervisors are supported to "
    "routinely and frequently debrief officers on these skills using BWV footage.",
    "Head of Learning & Development", D(2021, 7, 31), None, None, None,
    "Supervisor BWV debrief guidance drafted.",
    "in_sync", "HMICFRS Being progressed; no completion date (target long past = overdue, "
    "not done): open on both sides")
row(11207, 11207, "powers", "National rec",
    "By September 2021, forces should: ensure that officers record on BWV (when this is "
    "available) the entirety of all S&S encounters, including traffic stops and use of force "
    "incidents. Have a structured process for regularly reviewing and monitoring internally a "
    "sufficient sample of BWV footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards. Provide external scrutiny "
    "panel members with access to samples of BWV footage showing S&S encounters and use of "
    "force incidents, taking account of the safeguards in the CoP's APP.",
    "ACC Local Policing", D(2021, 9, 30), D(2025, 6, 30), None, None,
    "Scrutiny panel BWV access agreed in principle; ISA with OPCC outstanding.",
    "in_sync", "HMICFRS Being progressed; completion 30/06/2025 is planned (future): open "
    "on both sides")
row(11208, 11208, "powers", "National rec",
    "By July 2021, forces should ensure they have effective internal monitoring processes on "
    "the use of force, to help them to identify and understand disproportionate use, explain "
    "the reasons and implement any necessary improvement action.",
    "ACC Local Policing", D(2021, 7, 31), D(2021, 10, 14), D(2021, 11, 1), D(2023, 1, 19),
    None,
    "in_sync", "HMICFRS Complete; force completed, submitted and closed on portal: closed on "
    "both sides")
row(None, None, "powers", "National rec",
    HO_NPCC_DATA,
    None, "n/a", None, None, None,
    "Not for the force - HO/NPCC recommendation. Kept for awareness.",
    "not_on_hmicfrs_list", "Recommendation addressed to the Home Office and NPCC; tracked by "
    "the force but not on the force's HMICFRS register")
# --- CDI 2021 (split into one row per bullet) ---
_cdi_bullets = [
    ("Within three months, put arrangements in place so that at the point of report, victims "
     "are believed.", D(2021, 12, 14), D(2021, 12, 10), None,
     "Victim-believed message in all FCR briefings."),
    ("Conversations between the call handlers and callers are summarised accurately in the "
     "incident log, thus providing attending officers with full facts on which to base "
     "crime-recording decisions.", D(2021, 12, 14), D(2022, 2, 28), None,
     "STORM log QA by FCR supervisors."),
    ("Multiple crimes are always recorded when described within incident records or "
     "identified as part of other recorded crime investigations.", D(2021, 12, 14),
     D(2022, 3, 31), None, "Crime Bureau audits monthly."),
    ("The practice of awaiting the results of medical examinations or video interviews before "
     "making crime-recording decisions is stopped.", D(2021, 12, 14), D(2021, 11, 30), None,
     "Policy changed Nov 2021."),
    ("Online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
     "to the victim or the wider public are identified and appropriately managed.",
     D(2021, 12, 14), D(2022, 6, 30), D(2022, 7, 18),
     "Single Online Home triage live June 2022. Evidence for whole rec submitted."),
]
for i, (t, tgt, done, sub, upd) in enumerate(_cdi_bullets, 1):
    row(11890, 11890, "cdi21", "Rec", t, "Force Crime Registrar", tgt, done, sub, None, upd,
        "closeable_submit", f"Split row {i} of 5 (bullet {i}) of 11890. All five bullets have "
        "past completion dates and the evidence was submitted 18/07/2022, so the item is done "
        "for the force; HMICFRS Being progressed")
row(11891, 11891, "cdi21", "AFI",
    "The force should make sure it records reports of RASSO accurately and without delay.",
    "Force Crime Registrar", D(2022, 3, 31), None, None, None,
    "Audit in progress; RASSO recording compliance 91%.",
    "closeable_local", "HMICFRS Complete; no force completion date: force open")
row(None, "L02", "cdi21", "Local action",
    "Dip-sample 50 rape and serious sexual offences crime reports each quarter and report "
    "findings to the Crime Standards Board",
    "Force Crime Registrar", "Quarterly", "see update", "n/a", None,
    "Q2 dip sample reported to CSB in October.",
    "not_on_hmicfrs_list", "Force's own local action (L02); no HMICFRS item (compare 11891 "
    "on the same topic, which is a different, HMICFRS-set AFI)")
# --- Custody 2022 ---
row(12733, 12733, "custody22", "Rec",
    "The force should, in conjunction with children's social care services, review how it "
    "manages the detention of children. As a minimum it should:\n"
    "• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;\n"
    "• ensure that officers and staff in the custody suite assess at an early stage a child's "
    "need for alternative accomodation (secure or otherwise) and work with children's social "
    "care services to achieve the most appropriate option for the child;\n"
    "• ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and\n"
    "• improve the timeliness of adequate appropriate adult support for children who are "
    "arrested.",
    "Ch Insp Custody", D(2023, 2, 16), D(2023, 5, 31), D(2023, 6, 12), None,
    "Children in custody protocol signed with both local authorities.",
    "closeable_submit", "HMICFRS Being progressed; force completed 31/05/2023 and submitted "
    "12/06/2023: force done, HMICFRS open")
# --- PEEL 2021/22 ---
row(12604, None, "peel21", "AFI",
    "The force should make sure investigations of stalking and harassment are allocated to "
    "officers with the right skills and are effectively supervised.",
    "Det Ch Supt Force CID", D(2023, 12, 31), None, D(2025, 1, 31), None,
    "Evidence pack to go to portal end of January once DCI sign-off received.",
    "in_sync", "No ref; matched by report and topic (stalking and harassment, not the domestic "
    "abuse twin 12605). Completion blank and the submission date 31/01/2025 is planned "
    "(future): force open; HMICFRS Being progressed: open on both sides")
row(12605, 12605, "peel21", "AFI",
    "The force should make sure investigations of domestic abuse are allocated to officers "
    "with the right skills and are effectively supervised.",
    "Ch Supt Public Protection", D(2023, 9, 30), D(2023, 9, 30), D(2023, 10, 16),
    D(2024, 1, 22), None,
    "in_sync", "HMICFRS Complete; force completed, submitted and closed on portal: closed on "
    "both sides")
row(12606, 12606, "peel21", "AFI",
    "The force should make sure it has enough specialist capacity and capability to "
    "investigate online child sexual abuse.",
    "Det Ch Supt Force CID", D(2023, 3, 31), D(2025, 2, 28), None, None,
    "POLIT uplift of 4 DCs agreed; recruitment under way.",
    "in_sync", "HMICFRS Being progressed; completion 28/02/2025 is planned (future): open on "
    "both sides")
row(12607, 12607, "peel21", "AFI",
    "The force should improve its understanding of the nature and scale of county lines drug "
    "dealing in its area.",
    "Head of Intelligence", D(2023, 3, 31), "see update", None, None,
    "County lines profile refresh slipped; new completion date Feb 2025.",
    "closeable_local", "HMICFRS Complete; force completion 'see update' and the update says "
    "the work slipped to 2025: force open")
row(12608, 12608, "peel21", "AFI",
    "The force should make sure victims of hate crime are kept informed about the progress of "
    "their case, in line with the Code of Practice for Victims of Crime.",
    "Head of Criminal Justice", D(2024, 3, 31), D(2024, 4, 10), D(2024, 5, 2), None,
    "VCOP compliance for hate crime at 94%.",
    "closeable_submit", "HMICFRS Being progressed; force completed 10/04/2024 and submitted "
    "02/05/2024: force done, HMICFRS open")
row(9315, 9315, "peel21", "AFI",
    "Lincolnshire Police should make sure it has access to accurate data and analysis to "
    "support effective performance management.",
    "Head of Corporate Development", D(2022, 6, 30), D(2022, 6, 30), None, None,
    "Power BI performance suite live.",
    "conflict", "Ref 9315 and text match, but the force files it under PEEL 2021/22 where "
    "HMICFRS has PEEL 2018/19 (published 2 May 2019): report/date disagree (statuses: "
    "closed/done)")
row(None, "L03", "peel21", "Local action",
    "Task & Finish group to review the stalking and harassment policy and report to the Force "
    "Executive Team",
    "Det Ch Supt Force CID", D(2023, 3, 31), D(2023, 2, 14), "n/a", None, None,
    "not_on_hmicfrs_list", "Force's own local action (L03); no HMICFRS item")
row(None, None, "peel21", "Local action",
    "Refresh the county lines drug dealing problem profile and add it to the control strategy",
    "Head of Intelligence", D(2024, 12, 31), D(2025, 1, 31), "n/a", None, None,
    "not_on_hmicfrs_list", "Force's own local action (no ref, type Local action), close in "
    "wording to AFI 12607 but not an HMICFRS item")
# --- PEEL 2023/25 (published 26 Sept 2024; only partly loaded) ---
row(14418, 14418, "peel23", "AFI",
    "The force should make sure it consistently uses ancillary orders and other powers to "
    "protect victims of VAWG.",
    "Ch Supt Public Protection", D(2025, 3, 31), None, None, None,
    "New AFI - owner confirmed at COG 5 Nov.",
    "in_sync", "New item; HMICFRS Awaiting review, no force completion: open on both sides")
row(14421, 14421, "peel23", "AFI",
    "The force should put plans in place to monitor, including through the gathering and "
    "analysis of staff feedback, team cultures and provide prompt remedial action for any "
    "issues it identifies.",
    "Director of People", "TBC", "TBC", None, None, None,
    "in_sync", "HMICFRS Awaiting review; force completion 'TBC': open on both sides")
row(14422, 14422, "peel23", "Rec",
    "Within six months, the force should ensure that it has sufficient resources available in "
    "the control room to fulfil its resourcing model, and so to meet its demand, while also "
    "taking into account the wellbeing of its workforce.",
    "Supt Contact Centre", D(2025, 3, 26), None, None, None,
    "Contact Management demand review commissioned.",
    "in_sync", "HMICFRS Awaiting review; no force completion: open on both sides")
row(14423, 14423, "peel23", "AFI",
    "The force should review how it gathers and uses equality and diversity data to improve "
    "its understanding of its workforce demographics.",
    "Director of People", "Q3 2025", None, None, None, None,
    "in_sync", "HMICFRS Awaiting review; no force completion: open on both sides")
row(14424, 14424, "peel23", "AFI",
    "The force should improve how it gathers, assesses and acts on intelligence about SOC.",
    None, D(2025, 9, 26), None, None, None, "Owner TBC.",
    "in_sync", "HMICFRS Awaiting review; no force completion: open on both sides")
row(None, "L04", "peel23", "Local action",
    "Add violence against women and girls measures to the monthly Force Performance pack",
    "Head of Corporate Development", D(2025, 1, 31), None, "n/a", None, None,
    "not_on_hmicfrs_list", "Force's own local action (L04) supporting 14418; not an HMICFRS "
    "item")

# HMICFRS items with no force row
MISSING = {
    8176: "Stolen Freedom NCRS/audit-capacity recommendation (Being progressed) has no row on "
          "the force tracker",
    8561: "PEEL Legitimacy 2017 whistleblowing AFI (Being progressed) has no row on the force "
          "tracker",
    12734: "Custody 2022 mental ill health training AFI (Awaiting review) has no row on the "
           "force tracker",
    14419: "New PEEL 2023/25 AFI (repeat victims, Awaiting review) not yet added to the force "
           "tracker",
    14420: "New PEEL 2023/25 AFI (offenders, sexual offences against children, Awaiting "
           "review) not yet added to the force tracker",
}

# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
H_COLS = ["Recommendation ID", "Force", "Report title", "Published", "Type",
          "Recommendation text", "Status", "Status date"]


def write_hmicfrs(path: Path) -> dict[int, str]:
    rows = {}
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(H_COLS)
    for n, hid in enumerate(sorted(H), start=2):
        rep, typ, text, status, sdate = H[hid]
        title, pub, _ = REPORTS[rep]
        w.writerow([hid, FORCE, title, ordinal(pub), typ, text, status, ordinal(sdate)])
        rows[hid] = f"hmicfrs.csv!{n}"
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return rows


T_COLS = ["Ref", "Report", "Type", "Recommendation", "Owner", "Target date",
          "Date actions completed", "Date evidence submitted to HMICFRS",
          "Date closed by HMICFRS (per portal)", "Update"]
WIDTHS = [9, 26, 15, 80, 28, 13, 13, 14, 14, 50]
HEADER_ROW = 4


def write_tracker(path: Path) -> list[str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{FORCE} – HMICFRS recommendations & AFIs tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owned by Strategic Planning & Organisational Learning. Position as at "
                + AS_AT.strftime("%d/%m/%Y") + ". Enter the date actions were completed once "
                "the lead confirms; enter the submission date when the evidence pack goes "
                "to HMICFRS via the portal.")
    ws["A2"].font = Font(italic=True)
    head_fill = PatternFill("solid", fgColor="1F4E78")
    for c, name in enumerate(T_COLS, 1):
        cell = ws.cell(HEADER_ROW, c, name)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for c, wdt in enumerate(WIDTHS, 1):
        ws.column_dimensions[chr(64 + c)].width = wdt
    ids = []
    r = HEADER_ROW + 1
    for f in F:
        rep = REPORTS[f["rep"]][2] if f["rep"] in REPORTS else f["rep"]
        vals = [f["ref"], rep, f["typ"], f["text"], f["owner"], f["target"], f["done"],
                f["sub"], f["closed"], f["update"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        ids.append(f"Tracker!{r}")
        r += 1
    # footer: one blank row, then a key (not items)
    r += 1
    ws.cell(r, 1, "Key: Refs are the HMICFRS monitoring portal IDs; L-refs are force local "
                  "actions. Dates in the completed column after the as-at date are leads' "
                  "expected dates.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:J{HEADER_ROW + len(F)}"

    log = wb.create_sheet("Change log")
    log.append(["Date", "Changed by", "Change"])
    for rec in [
        ("03/06/2024", "SPOL", "Added PEEL 2021/22 local actions L03 and county lines profile"),
        ("27/09/2024", "SPOL", "PEEL 2023/25 published 26/09 - AFIs being loaded as owners "
                               "confirmed"),
        ("14/11/2024", "SPOL", "Dates refreshed from lead returns for JAC December"),
    ]:
        log.append(list(rec))
    for c, wdt in zip("ABC", (12, 12, 80)):
        log.column_dimensions[c].width = wdt

    wb.properties.creator = "SPOL"
    wb.properties.lastModifiedBy = "SPOL"
    wb.properties.created = datetime(2019, 6, 3, 9, 0, 0)
    wb.save(path)
    _normalise_xlsx(path)
    return ids


def _normalise_xlsx(path: Path) -> None:
    """Fix zip timestamps and the modified date so the file rebuilds byte for byte."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-11-14T09:30:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main() -> None:
    CASE.mkdir(exist_ok=True)
    hrows = write_hmicfrs(CASE / "hmicfrs.csv")
    frows = write_tracker(CASE / "tracker.xlsx")
    lines = []
    for f, fid in zip(F, frows):
        lines.append((hrows[f["h"]] if f["h"] else "", fid, f["cat"], f["why"]))
    matched = {f["h"] for f in F if f["h"]}
    for hid in sorted(H):
        if hid not in matched:
            lines.append((hrows[hid], "", "missing_from_force", MISSING[hid]))
    assert set(MISSING) == set(H) - matched

    def key(line):
        h, f = line[0], line[1]
        hn = int(h.split("!")[1]) if h else 10_000
        fn = int(f.split("!")[1]) if f else 10_000
        return (hn, fn)

    lines.sort(key=key)
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
