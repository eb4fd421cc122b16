"""Build the evaluation case `stacked_tables_different_columns` (round 19).

Force: Lincolnshire Police. The force keeps ONE sheet ("Master tracker") on which four tables
sit one under another, each with its own title row and its own header row, added by different
people over the years; columns differ in order, naming and meaning from table to table.
HMICFRS side: the register export as CSV, UTF-8 with BOM, CRLF line ends.

Texts: real public HMICFRS wording (OGL), copied from /work/shared/data/real_recommendations.csv
and /work/main/reconcile/casegen/texts/*.py. The force's rewordings, progress notes and local
actions are written here, as a force analyst would.

Run:  /work/main/.venv/bin/python build_stacked_tables_different_columns.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps, fixed zip dates).
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

SEED = 19_2024
CASE = "stacked_tables_different_columns"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Lincolnshire Police"
SHEET = "Master tracker"
HCSV = "hmicfrs.csv"

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
BP, AR, CP, SS, NFA = ("Being progressed", "Awaiting review", "Complete", "Superseded",
                       "No further action required")
CLOSED = {CP, SS, NFA}

# ---------------------------------------------------------------------------------------------
# Reports: key -> (title on the register, publication date, id range for the register's ids)
# ---------------------------------------------------------------------------------------------
REPORTS = {
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), (4100, 4900)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), (5000, 5300)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), (5400, 5800)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), (5900, 6400)),
    "cdi17": ("Crime data integrity inspection 2017: Lincolnshire Police",
              dt.date(2017, 9, 21), (6900, 7300)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), (7400, 7900)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              (7950, 8100)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              (8150, 8600)),
    "ncpi18": ("National child protection inspection 2018: Lincolnshire Police",
               dt.date(2018, 6, 14), (8700, 9100)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19: Lincolnshire "
               "Police", dt.date(2019, 5, 2), (9300, 9900)),
    "cust20": ("Report on an unannounced inspection visit to police custody suites in "
               "Lincolnshire", dt.date(2020, 8, 18), (10400, 10800)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26), (10900, 11300)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22: Lincolnshire "
               "Police", dt.date(2022, 5, 24), (12100, 12800)),
    "peel23": ("PEEL 2023–2025: Police effectiveness, efficiency and legitimacy: Lincolnshire "
               "Police", dt.date(2024, 6, 14), (14300, 15100)),
}

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
MISSING_CHILDREN_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
MISSING_CHILDREN_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
CUSTODY_CHILDREN = (
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

# ---------------------------------------------------------------------------------------------
# The HMICFRS register: key, report, type, text, status
# ---------------------------------------------------------------------------------------------
H_ITEMS: list[tuple[str, str, str, str, str]] = [
    ("C1", "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk "
     "policy, that have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", CP),
    ("C2", "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or "
     "disruption activity carried out is systematically recorded and subsequently evaluated to "
     "determine the effectiveness of tactics being employed.", BP),
    ("INT", "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves "
     "that they have processes in place to ensure that investigations into misconduct by "
     "officers and staff resulting in “no further action” are fair and free of any form of "
     "discrimination.", CP),
    ("BTP", "picture", NAT, "By 30 November 2015, chief constables should put in place "
     "arrangements to scrutinise audits of compliance with the APP on information management "
     "through the force information management governance structure. This should include "
     "measures to ensure that categorisation of records are regularly adjusted.", SS),
    ("FA1", "firearms", NAT, "Within three months, all chief constables should assess how well "
     "the governance of firearms licensing in his or her force meets the standards set out in "
     "Authorised Professional Practice. Chief constables of forces where the governance "
     "standards are not being complied with should put in place immediately the correct "
     "arrangements and procedures in order to meet the standards in full.", CP),
    ("FA2", "firearms", NAT, "Within three months, all chief constables should assess the demand "
     "placed on their firearms licensing department and ensure it has the capacity to meet this "
     "demand and provide an efficient and effective service at all times.", BP),
    ("FA3", "firearms", NAT, "Immediately, all chief constables should satisfy themselves that "
     "all appropriate action is being taken by their force with regard to ‘total expired’ "
     "licensing records.", AR),
    ("FA4", "firearms", NAT, "Within three months, all chief constables should ensure that their "
     "arrangements in respect of the use of temporary permits are in accordance with the Home "
     "Office guidance; that temporary permits are properly recorded without delay on the "
     "National Firearms Licensing Management System; and that effective systems exist to "
     "ensure certificate holders are not permitted, at any time, to remain in unlawful "
     "possession of a firearm.", BP),
    ("CDI1", "cdi17", REC, CDI_VICTIMS, CP),
    ("CDI2", "cdi17", REC, "Within three months, the force should improve its use of its "
     "crime-recording and management system to better manage its case files and investigative "
     "processes.", BP),
    ("SF1", "stolen", NAT, SF_LEADERSHIP, BP),
    ("SF2", "stolen", NAT, "Within six months, forces should have in place active "
     "information-sharing agreements with other agencies to facilitate speedy exchange of "
     "intelligence 86 and in order to safeguard victims better and to identify suspects as "
     "early as possible", CP),
    ("SF3", "stolen", NAT, "Immediately, forces should ensure that all victims carrying out "
     "criminal acts under compulsion attributable to slavery or exploitation are afforded the "
     "protection of early and continuing consideration of the applicability of the section 45 "
     "defence.", BP),
    ("SF4", "stolen", NAT, "Immediately, forces should take steps to ensure they are fully "
     "compliant with the NRM process as it evolves and are implementing the requirement placed "
     "upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual "
     "suspected to be an adult victim of modern slavery or human trafficking.", CP),
    ("SF5", "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply "
     "with national crime recording standard (NCRS) requirements for offences identified as "
     "modern slavery and human trafficking and that sufficient audit capacity is available to "
     "the force crime registrar to provide reassurance that each force is identifying and "
     "managing any gaps in its crime-recording accuracy for these types of offences.", BP),
    ("SF6", "stolen", NAT, "Immediately, forces should ensure that allegations or indications of "
     "modern slavery and human trafficking are thoroughly investigated and effectively "
     "supervised by teams and individuals with the skills and experience to undertake them "
     "(this should include the use where appropriate of joint intelligence teams and other "
     "means to obtain intelligence and evidence from agencies overseas).", BP),
    ("SF7", "stolen", NAT, "Immediately, forces should review their use of preventative powers "
     "under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
     "of those deemed to pose a clear threat to others in respect of modern slavery and human "
     "trafficking offences are exploited.", AR),
    ("EFF", "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan "
     "to improve digitally-enabled services within their force. The Home Office, National "
     "Police Chiefs' Council and Association of Police and Crime Commissioners should support "
     "the development of these plans by establishing a national framework which allows for the "
     "provision of digitally enabled services across force boundaries.", SS),
    ("L1", "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the "
     "use of stop and search powers is consistently reasonable and fair. In particular, there "
     "is over-representation of BAME people, and black people in particular, in stop and "
     "search data which many forces are unable to explain.", BP),
    ("L2", "leg17", NAT, SAS_MONITORING_2017, BP),
    ("L3", "leg17", NAT, "Where forces identify disparities through monitoring, they should "
     "demonstrate to the public that they have:\n•carried out research and analysis in an "
     "attempt to understand the reasons for the disparity, and •taken action to reduce the "
     "disparity, where necessary;", CP),
    ("L4", "leg17", NAT, "We expect forces to publish this analysis and any actions taken at "
     "least on an annual basis, from July 2018.", BP),
    ("L5", "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure "
     "that all officers who use stop and search powers have been provided with, and "
     "understand, training on unconscious bias and College of Policing APP on stop and "
     "search.", CP),
    ("NC2", "ncpi18", COC, MISSING_CHILDREN_COC, BP),
    ("NC1", "ncpi18", REC, MISSING_CHILDREN_REC, BP),
    ("P18g", "peel18", COC, "The size of the vetting backlog within Lincolnshire Police is a "
     "cause of concern.", BP),
    ("P18f", "peel18", REC, "The force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", BP),
    ("P18a", "peel18", AFI, "The force should improve its ability to retrieve digital evidence "
     "from mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", BP),
    ("P18b", "peel18", AFI, "The force should develop its understanding of the links between its "
     "outcomes, outputs and costs.", CP),
    ("P18c", "peel18", AFI, "Lincolnshire Police should develop a future workforce plan that is "
     "aligned with its overall demand and budget. The plan should include future resource "
     "allocations, the mix of skills required by the workforce and behaviours expected of "
     "them.", BP),
    ("P18d", "peel18", AFI, "The force should make sure it provides a confidential way for staff "
     "to raise concerns and that staff are aware of whistleblowing processes.", BP),
    ("P18e", "peel18", AFI, "The force should review how it gathers and uses equality and "
     "diversity data to improve its understanding of its workforce demographics.", CP),
    ("P18h", "peel18", AFI, "The force should undertake further work to gain a fuller "
     "understanding of current demand for its services, and likely future changes in demand. "
     "This is so it can make best use of its resources by matching them to demand to meet the "
     "needs of the public.", BP),
    ("P18i", "peel18", AFI, "The force should make sure the corporate risk register is actively "
     "used to mitigate and manage known risks.", CP),
    ("CU1", "cust20", REC, CUSTODY_CHILDREN, CP),
    ("DP1", "powers", NAT, "By July 2022, forces should ensure that officers and staff have "
     "effective communication skills, in line with the National Policing Guidelines on "
     "Conflict Management. This should be in addition to existing training on conflict "
     "management and de-escalation.", BP),
    ("DP2", "powers", NAT, "By July 2021, forces should ensure that communication skills are "
     "reinforced as part of the programme of continuing professional development for officers "
     "and staff, and that supervisors are supported to routinely and frequently debrief "
     "officers on these skills using body-worn video footage.", CP),
    ("DP3", "powers", NAT, BWV_2021, BP),
    ("DP4", "powers", NAT, "By July 2021, forces should ensure they have effective internal "
     "monitoring processes on the use of force, to help them to identify and understand "
     "disproportionate use, explain the reasons and implement any necessary improvement "
     "action.", BP),
    ("T1", "peel21", AFI, "The force should improve its understanding of the nature and scale of "
     "county lines drug dealing in its area.", BP),
    ("T2", "peel21", AFI, "The force should make sure investigations of rape and serious sexual "
     "offences are allocated to officers with the right skills and are effectively "
     "supervised.", BP),
    ("T3", "peel21", AFI, "The force should make sure victims of domestic abuse are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of "
     "Crime.", CP),
    ("T4", "peel21", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving people with mental ill health.", SS),
    ("T5", "peel21", AFI, "The force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to violence against women and girls.", CP),
    ("T6", "peel21", AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about serious and organised crime.", BP),
    ("T7", "peel21", AFI, "The force should make sure officers and staff have the training they "
     "need to identify and respond to hate crime.", BP),
    ("T8", "peel21", AFI, "The force should make sure it records reports of anti-social "
     "behaviour accurately and without delay.", AR),
    ("T9", "peel21", AFI, "The force should develop a problem-solving approach to neighbourhood "
     "crime, working with local communities and partners.", CP),
    ("T10", "peel21", AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", BP),
    ("Q0", "peel23", COC, "The force’s current approach to domestic abuse is unacceptable. The "
     "proportion of victims who fail to support the investigation and the low use of police "
     "powers of arrest and prosecution is a cause of concern to HMIC.", BP),
    ("Q1", "peel23", REC, "By 31 March 2025, the force should take steps to understand and "
     "address the reason behind why such a high proportion of victims of domestic abuse do not "
     "support the police investigation.", BP),
    ("Q2", "peel23", REC, "Within six months the force should consider ways of increasing the use "
     "of arrest, ancillary orders and other available powers, in order to improve the service it "
     "provides to victims of domestic abuse, offer the best possible protection and bring more "
     "perpetrators to justice.", BP),
    ("Q3", "peel23", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving people with mental ill health.", BP),
    ("Q4", "peel23", AFI, "The force should make sure victims of stalking and harassment are kept "
     "informed about the progress of their case, in line with the Code of Practice for Victims "
     "of Crime.", BP),
    ("Q5", "peel23", AFI, "The force should improve the way it manages the risk posed by "
     "offenders involved in online child sexual abuse.", BP),
    ("Q6", "peel23", AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate economic crime.", BP),
    ("Q7", "peel23", AFI, "The force should evaluate its work to prevent knife crime and share "
     "what works across the force.", BP),
    ("Q8", "peel23", AFI, "The force should make sure its analysis of road harm informs its "
     "strategic assessment and control strategy.", AR),
    ("Q9", "peel23", AFI, "The force should make sure officers and staff have the training they "
     "need to identify and respond to honour-based abuse.", CP),
]

COMMENTS = {
    AR: ["New recommendation",
         "The status of this recommendation is currently being reviewed by HMICFRS and will be "
         "updated when this review is complete."],
    BP: ["The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated."],
    CP: ["This recommendation is complete",
         "Authorised for closure on the basis of the additional observations offered by members "
         "of the inspection team in recent inspection activity."],
    SS: ["This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. "
         "Where a cause of concern still exists this will appear in the register against these "
         "subsequent inspections."],
}
SUPERSEDED_BY_PEEL23 = ("Superseded by an area for improvement in the PEEL 2023–2025 "
                        "inspection of Lincolnshire Police.")

# ---------------------------------------------------------------------------------------------
# The force's sheet: four stacked tables. Each item row: (cells..., hkey or None, cat, why)
# ---------------------------------------------------------------------------------------------
T1_TITLE = ("TABLE 1 – Legacy recommendations 2014–2018 (transferred from the Corporate "
            "Development spreadsheet, April 2019)")
T1_HEAD = ["Ref", "Recommendation", "Owner", "RAG", "Update"]
T1_LEGEND = ("RAG: GREEN – the recommendation is implemented; AMBER – subject to ongoing work, "
             "expected to be implemented; RED – beyond deadline or cannot / will not be "
             "implemented; WHITE – not Lincolnshire Police's responsibility to deliver.")
# Ref: "#id" is replaced by the register id of hkey; other strings are kept as written.
T1_ROWS = [
    ("2188", "S&S 2013 – CCs should establish or improve monitoring of the way officers stop & "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (incl. equality legislation & the Code of Practice).", "Ch Supt Local Policing",
     "GREEN", "Stop & search scrutiny panel in place since Oct 2014. Closed by Corporate "
     "Development Board.", None, "not_on_hmicfrs_list",
     "Stop and search 2013 item the force still lists; not on the HMICFRS list (closed and "
     "dropped by HMICFRS long ago); ref 2188 is not on the export"),
    ("#", "Core Business 2014 – Not later than 31 March 2015 forces using a threat, harm & risk "
     "policy should provide call-handlers with specific, sound and comprehensible criteria "
     "against which they can assess threat, harm & risk.", "Supt Contact Centre", "GREEN",
     "THRIVE embedded in the Force Control Room (2015).", "C1", "in_sync",
     "same ref and text; HMICFRS Complete, force GREEN"),
    ("#", "Core Business 2014 – By 31 March 2015 all forces should ensure that crime prevention "
     "or disruption activity carried out is systematically recorded & subsequently evaluated "
     "to determine the effectiveness of tactics being employed.", "Head of Corporate "
     "Development", "GREEN", "Prevention activity recorded on the crime system since 2016; "
     "evaluation through the Problem Solving Hub. Evidence pack to go to HMICFRS.", "C2",
     "closeable_submit", "same ref and text; HMICFRS Being progressed, force GREEN (done)"),
    ("#", "Integrity Matters 2015 – By 31 August 2015, all CCs should satisfy themselves that "
     "they have processes in place to ensure that investigations into misconduct by officers & "
     "staff resulting in 'no further action' are fair and free of any form of discrimination.",
     "Head of Professional Standards", "AMBER", "PSD dip-sample of NFA outcomes by protected "
     "characteristic ongoing; report to Ethics Committee awaited.", "INT", "closeable_local",
     "same ref and text; HMICFRS Complete, force AMBER (open)"),
    ("#", "Building the Picture 2015 – By 30 November 2015, CCs should put in place arrangements "
     "to scrutinise audits of compliance with the APP on information management through the "
     "force information management governance structure. This should include measures to "
     "ensure that categorisation of records are regularly adjusted.",
     "Head of Information Management",
     "GREEN", "Information Management Board scrutinises MoPI audit results quarterly.", "BTP",
     "in_sync", "same ref and text; HMICFRS Superseded (closed), force GREEN (done)"),
    ("#", "Firearms licensing 2015 – Within 3 months, all CCs should assess how well the "
     "governance of firearms licensing in his or her force meets the standards set out in APP. "
     "CCs of forces where the governance standards are not being complied with should put in "
     "place immediately the correct arrangements & procedures in order to meet the standards in "
     "full.", "Supt Firearms Licensing", "GREEN", "Governance reviewed Dec 2015 against APP; "
     "compliant.", "FA1", "in_sync", "same ref and text; HMICFRS Complete, force GREEN"),
    ("#", "Firearms licensing 2015 – Within 3 months, all CCs should assess the demand placed on "
     "their firearms licensing dept & ensure it has the capacity to meet this demand & provide "
     "an efficient and effective service at all times.", "Supt Firearms Licensing", "AMBER",
     "Demand review complete; business case for 2 additional enquiry officers with Chief "
     "Officer Group.", "FA2", "in_sync",
     "same ref and text; open on both sides (Being progressed / AMBER)"),
    ("#", "Firearms licensing 2015 – Within 3 months, all CCs should ensure that their "
     "arrangements in respect of temporary permits are in accordance with the HO guidance; that "
     "temporary permits are properly recorded without delay on NFLMS; and that effective "
     "systems exist to ensure certificate holders are not permitted, at any time, to remain in "
     "unlawful possession of a firearm.", "Supt Firearms Licensing", "Complete",
     "Temporary permits recorded on NFLMS same day; dip-sample Jan 2019 found full compliance.",
     "FA4", "closeable_submit",
     "same ref and text; HMICFRS Being progressed, force Complete"),
    ("CDI-R1", "CDI 2017 – R1 Within 6 months put in place arrangements to ensure that:\n"
     "• at the point of report, victims are believed;\n"
     "• conversations between call handlers and callers are summarised accurately in the "
     "incident log, thus providing attending officers with full facts on which to base "
     "crime-recording decisions;\n"
     "• multiple crimes are always recorded when described within incident records or "
     "identified as part of other recorded crime investigations;\n"
     "• the practice of awaiting the results of medical examinations or video interviews before "
     "making crime-recording decisions is stopped; and\n"
     "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
     "to the victim or the wider public are identified and appropriately managed.",
     "Force Crime Registrar", "GREEN", "CDI re-audit Nov 2018: compliance 94%. All five "
     "bullets evidenced.", "CDI1", "in_sync",
     "CDI 2017 rec 1, all five bullets (local ref CDI-R1 is not a register id); HMICFRS "
     "Complete, force GREEN"),
    ("CDI-R2", "CDI 2017 – R2 Within 3 months, improve the use of the crime-recording and "
     "management system to better manage case files and investigative processes.",
     "Force Crime Registrar", "GREEN", "New case file modules live Oct 2018. Proposed for "
     "closure.", "CDI2", "closeable_submit",
     "CDI 2017 rec 2 by text (local ref); HMICFRS Being progressed, force GREEN"),
    ("#", "Stolen Freedom (MSHT) 2017 – Within 12 months, forces should review their leadership "
     "& governance arrangements for MSHT, to ensure that: (a) senior leaders prioritise the "
     "response to MSHT;", "ACC Crime", "GREEN", "ACC Crime is strategic lead; MSHT delivery "
     "group meets bi-monthly.", "SF1", "closeable_submit",
     "bullet 1 of 4 of the split MSHT leadership rec, same ref; all four bullets GREEN, "
     "HMICFRS Being progressed"),
    ("#", "(b) every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience & capacity to investigate it effectively;",
     "Det Ch Supt Force CID", "GREEN", "All MS crimes allocated to CID/PVP; allocation checked "
     "at the daily management meeting.", "SF1", "closeable_submit",
     "bullet 2 of 4 of the split MSHT leadership rec, same ref; all four GREEN"),
    ("#", "(c) forces develop effective partnership arrangements to co-ordinate activity in "
     "order to share information & safeguard victims; and", "ACC Crime", "GREEN",
     "Lincolnshire Modern Slavery Partnership in place; information-sharing agreement signed "
     "2018.", "SF1", "closeable_submit",
     "bullet 3 of 4 of the split MSHT leadership rec, same ref; all four GREEN"),
    ("#", "(d) performance & QA measures are in place to allow senior leaders to assess the "
     "nature & quality of the service provided to victims.", "Head of Corporate Development",
     "GREEN", "MSHT measures in the performance pack; quarterly QA dip-sample.", "SF1",
     "closeable_submit", "bullet 4 of 4 of the split MSHT leadership rec, same ref; all four "
     "GREEN"),
    ("#", "Stolen Freedom (MSHT) 2017 – Within 6 months, forces should have in place active ISAs "
     "with other agencies to facilitate speedy exchange of intelligence and in order to "
     "safeguard victims better and to identify suspects as early as possible.", "Head of "
     "Intelligence", "GREEN", "ISA with Lincolnshire County Council and partners signed June "
     "2018.", "SF2", "in_sync",
     "same ref; text abbreviated, register's stray footnote '86' absent; both closed"),
    ("#", "Stolen Freedom (MSHT) 2017 – Immediately, forces should ensure that all victims "
     "carrying out criminal acts under compulsion attributable to slavery or exploitation are "
     "afforded the protection of early & continuing consideration of the applicability of the "
     "section 45 defence.", "Head of Criminal Justice", "AMBER", "Joint CPS/force guidance on "
     "the s45 defence drafted; investigator training planned.", "SF3", "in_sync",
     "same ref and text; open on both sides"),
    ("#", "Stolen Freedom (MSHT) 2017 – Immediately, forces should take steps to ensure they are "
     "fully compliant with the NRM process as it evolves & are implementing the requirement "
     "under the Modern Slavery Act 2015 to notify the HO of any individual suspected to be an "
     "adult victim of MSHT.", "Ch Supt Public Protection", "AMBER", "NRM compliance audit "
     "repeated: 2 late referrals found; First Responders being re-briefed.", "SF4",
     "closeable_local", "same ref and text; HMICFRS Complete, force AMBER"),
    ("#", "Stolen Freedom (MSHT) 2017 – Immediately, forces should take steps to ensure they "
     "fully comply with NCRS requirements for offences identified as MSHT and that sufficient "
     "audit capacity is available to the force crime registrar.", "Force Crime Registrar",
     "GREEN", "FCR audit of MSHT crimes Mar 2019: 96% compliance; audit capacity confirmed in "
     "the audit plan.", "SF5", "closeable_submit",
     "same ref, text abridged; HMICFRS Being progressed, force GREEN"),
    ("#", "Stolen Freedom (MSHT) 2017 – Immediately, forces should ensure that allegations or "
     "indications of MSHT are thoroughly investigated & effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Det Ch Supt Force CID",
     "RED", "Capacity in the MSHT team remains an issue; growth bid not funded in 2019/20.",
     "SF6", "in_sync", "same ref and text; open on both sides (Being progressed / RED)"),
    ("", "PEEL Efficiency 17 (all forces) – By September 2018, CCs should produce an ambitious "
     "plan to improve digitally-enabled services within their force.", "Director of Finance",
     "AMBER", "Digital strategy refresh being drafted.", "EFF", "closeable_local",
     "no ref, matched by report and text (first sentence); HMICFRS Superseded, force AMBER"),
    ("#", "PEEL Legit 17 S&S – Cause of concern: HMICFRS is concerned that forces are not able to "
     "demonstrate that the use of S&S powers is consistently reasonable and fair. In "
     "particular, there is over-representation of BAME people, and black people in particular, "
     "in S&S data which many forces are unable to explain.", "ACC Local Policing", "AMBER",
     "Disproportionality action plan in place; reported to the Stop & Search Scrutiny Panel.",
     "L1", "in_sync", "same ref and text; open on both sides"),
    ("#", "PEEL Legit 17 S&S – By July 2018, all police forces across England and Wales should be "
     "regularly and frequently monitoring a comprehensive set of data and information on use of "
     "S&S powers to understand:\n•the reasons for any disproportionate representation of "
     "different ethnic groups in the use of S&S; •the extent to which find rates differ between "
     "people from different ethnicities, and across different types of searches (including "
     "separate identification of find rates for drug possession and supply-type offences).",
     "ACC Local Policing", "AMBER", "Monthly S&S dashboard: disproportionality and find rates "
     "by ethnicity.", "L2", "conflict",
     "same ref, but the force's text drops the third bullet (possession-only drug searches); "
     "a missing bullet is a conflict"),
    ("#", "PEEL Legit 17 S&S – Where forces identify disparities through monitoring, they should "
     "demonstrate to the public that they have: •carried out research and analysis in an "
     "attempt to understand the reasons for the disparity, and •taken action to reduce the "
     "disparity, where necessary;", "ACC Local Policing", "GREEN", "Research with University "
     "of Lincoln published 2019; actions reported to scrutiny panel.", "L3", "in_sync",
     "same ref and text; HMICFRS Complete, force GREEN"),
    ("#", "PEEL Legit 17 S&S – We expect forces to publish this analysis and any actions taken at "
     "least on an annual basis, from July 2018.", "ACC Local Policing", "Complete",
     "Annual S&S disproportionality report published on the force website (Jul 2019, Jul "
     "2020).", "L4", "closeable_submit",
     "same ref and text; HMICFRS Being progressed, force Complete"),
    ("#", "PEEL Legit 17 S&S – By July 2018, and ongoing following that date, forces should "
     "ensure that all officers who use S&S powers have been provided with, and understand, "
     "training on unconscious bias and CoP APP on S&S.", "Head of Learning & Development",
     "AMBER", "Unconscious bias e-learning completion 84%; L&D chasing non-completers.", "L5",
     "closeable_local", "same ref and text; HMICFRS Complete, force AMBER"),
    ("", "Child protection inspection 2018 – Cause of concern: the force's response to missing "
     "and absent children. The assessment of risk for children who go missing from home was "
     "inappropriate in some cases; some children classed as 'absent' should have been recorded "
     "as 'missing', and risk levels were sometimes incorrectly assessed at a lower grade.",
     "Ch Supt Public Protection", "AMBER", "Missing persons improvement plan; see row below.",
     "NC2", "in_sync", "no ref; cause of concern matched by report and summary text; open on "
     "both sides"),
    ("", "Child protection inspection 2018 – To address this cause of concern the force should "
     "immediately review its approach to reports of missing children and take steps to ensure "
     "that: • call takers understand and use the missing and absent category appropriately; • "
     "call takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with CSE and how to respond to such cases; and • supervisors provide the "
     "correct oversight of missing person enquiries and direct appropriate and timely "
     "investigative and safeguarding action", "Ch Supt Public Protection", "AMBER",
     "Absent category withdrawn Sept 2018; CSE training for call takers 70% complete.", "NC1",
     "in_sync", "no ref; matched by report and text, all three bullets; open on both sides"),
]

T2_TITLE = ("2019 – 2022 reports (national and Lincolnshire inspections) – added by Strategic "
            "Planning & Performance from January 2020")
T2_HEAD = ["Recommendation / AFI", "HMICFRS ID", "Type", "Inspection", "Lead", "Status",
           "Comments"]
T2_NOTE = ("Note: HMICFRS IDs copied from the monitoring portal where known. JIAC and local "
           "actions have no HMICFRS ID.")
# HMICFRS ID cell: "#" register id of hkey, "" blank, other strings kept.
T2_ROWS = [
    ("The size of the vetting backlog within Lincolnshire Police is a cause of concern.", "#",
     "Cause for Concern", "PEEL 2018/19", "DCC", "In progress", "Vetting backlog down from 640 "
     "to 210 (Sept 2020). Two additional vetting officers funded.", "P18g", "in_sync",
     "same id and text; 'Cause for Concern' = cause of concern; open on both sides"),
    ("The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", "#", "Recommendation", "PEEL 2018/19", "DCC",
     "Pending sign off", "All staff now hold at least RV clearance. Evidence with DCC for sign "
     "off before submission.", "P18f", "closeable_submit",
     "same id and text; HMICFRS Being progressed, force Pending sign off (force says done)"),
    ("JIAC action: internal audit of the vetting governance arrangements (audit plan 2021/22)",
     "", "Audit", "JIAC", "Head of Professional Standards", "In progress",
     "Fieldwork complete; draft report due.", None, "not_on_hmicfrs_list",
     "the force's own audit committee action, no HMICFRS ID"),
    ("The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "#", "AFI", "PEEL 18-19", "Head of Digital Forensics", "In progress",
     "Backlog 9 weeks (target 4). Kiosk roll-out to local policing areas.", "P18a", "in_sync",
     "same id and text; open on both sides"),
    ("The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "#", "AFI", "PEEL 18-19", "Director of Finance", "In progress",
     "Outcome-based budgeting pilot in Local Policing; full roll-out with the 2021/22 budget.",
     "P18b", "closeable_local", "same id and text; HMICFRS Complete, force In progress"),
    ("Lincolnshire Police should develop a future workforce plan that is aligned with its "
     "overall demand and budget. The plan should include future resource allocations, the mix "
     "of skills required by the workforce and behaviours expected of them.", "#", "AFI",
     "PEEL 18-19", "Director of People", "Complete", "Workforce plan 2020–2024 approved by "
     "Chief Officer Group, Feb 2020.", "P18c", "closeable_submit",
     "same id and text; HMICFRS Being progressed, force Complete"),
    ("The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "#", "Recommendation", "PEEL 18-19",
     "Head of Professional Standards", "In progress", "Confidential reporting line procured; "
     "comms campaign planned.", "P18d", "conflict",
     "same id and text, but type differs: HMICFRS Area for improvement, force Recommendation"),
    ("The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "@P18e", "AFI", "PEEL 18-19",
     "Director of People", "Complete", "Self-declaration campaign raised E&D data completeness "
     "to 91%.", "P18e", "conflict",
     "same report and text but the force's HMICFRS ID has two digits transposed (no such id on "
     "the export); a wrong reference is a conflict"),
    ("The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", "", "AFI", "PEEL 18-19", "Head of Corporate Development",
     "Complete", "Risk register reviewed monthly at Organisational Risk Board.", "P18i",
     "in_sync", "no id; matched by report and text; closed on both sides"),
    ("Within six months the force should, in conjunction with children's social care services, "
     "review how it manages the detention of children. As a minimum it should: • ensure that "
     "all children are only detained when absolutely necessary and for the absolute minimum "
     "amount of time; • ensure that officers and staff in the custody suite assess at an early "
     "stage a child's need for alternative accommodation (secure or otherwise) and work with "
     "children's social care services to achieve the most appropriate option for the child; • "
     "ensure that custody staff make a record of all actions taken and decisions made on the "
     "relevant documentation; and • improve the timeliness of adequate appropriate adult "
     "support for children who are arrested.", "#", "Recommendation", "Custody 2020",
     "Ch Insp Custody", "Complete", "Concordat on children in custody signed with the local "
     "authority; appropriate adult contract re-let.", "CU1", "in_sync",
     "same id and text (all four bullets); closed on both sides"),
    ("Force action - agree an information-sharing protocol on detained children with the local "
     "authority (custody inspection action plan)", "", "Local action", "Custody 2020",
     "Ch Insp Custody", "In progress", "Draft protocol with Lincolnshire County Council legal.",
     None, "not_on_hmicfrs_list", "the force's own action under the custody report, not an "
     "HMICFRS item"),
    ("By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", "#",
     "National rec", "Police powers spotlight (Feb 21)", "Head of Learning & Development",
     "In progress", "Communication skills module added to officer safety training 2022/23.",
     "DP1", "in_sync", "same id and text; open on both sides"),
    ("By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of CPD for officers & staff, and that supervisors are supported to routinely and "
     "frequently debrief officers on these skills using BWV footage.", "#", "National rec",
     "Police powers spotlight (Feb 21)", "Head of Learning & Development", "Complete",
     "Supervisor BWV debrief guide issued; CPD days include comms skills.", "DP2", "in_sync",
     "same id and text; closed on both sides"),
    ("By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic "
     "stops and use of force incidents.", "#", "National rec", "Police powers spotlight "
     "(Feb 21)", "ACC Local Policing", "Complete", "BWV policy updated: mandatory for all S&S "
     "and use of force.", "DP3", "in_sync",
     "part 1 of 3 of the split BWV rec, same id; one part still open so the item is open on "
     "both sides"),
    ("have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of body-worn video footage to identify and disseminate learning and hold officers "
     "to account when behaviour falls below acceptable standards.", "#", "National rec",
     "Police powers spotlight (Feb 21)", "ACC Local Policing", "Complete", "Monthly internal "
     "BWV review by the Coercive Powers Board.", "DP3", "in_sync",
     "part 2 of 3 of the split BWV rec, same id; item still open on the force side (part 3)"),
    ("provide external scrutiny panel members with access to samples of body-worn video footage "
     "showing stop and search encounters and use of force incidents, taking account of the "
     "safeguards in the College of Policing's Authorised Professional Practice.", "#",
     "National rec", "Police powers spotlight (Feb 21)", "ACC Local Policing", "In progress",
     "Panel viewing agreement for BWV being agreed with the OPCC.", "DP3", "in_sync",
     "part 3 of 3 of the split BWV rec, same id; open on both sides"),
    ("By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "", "National rec",
     "Police powers spotlight (Feb 21)", "ACC Local Policing", "Complete", "Use of force "
     "dashboard live; reviewed quarterly at the Coercive Powers Board.", "DP4",
     "closeable_submit", "no id; matched by report and text; HMICFRS Being progressed, force "
     "Complete"),
]

T3_TITLE = "PEEL 2021/22 – Areas for improvement (report published May 2022)"
T3_HEAD = ["No.", "Area for improvement", "Responsible officer", "Progress", "BRAG"]
T3_LEGEND = ("BRAG key: Blue – complete, evidence held; Green – on track to deliver by the "
             "target date; Amber – some slippage, recoverable; Red – off track / at risk.")
T3_ROWS = [
    ("1", "Improve its understanding of the nature and scale of county lines drug dealing in its "
     "area", "D/Supt Serious & Organised Crime", "County lines profile refreshed Mar 2024; on "
     "track to complete by Dec 2024.", "Green", "T1", "in_sync",
     "matched by table title (PEEL 2021/22) and text; BRAG Green = on track (open) per the "
     "legend; HMICFRS Being progressed"),
    ("2", "Make sure investigations of rape and serious sexual offences are allocated to officers "
     "with the right skills and are effectively supervised", "Det Ch Supt Force CID",
     "Complete – RASSO allocation policy (June 2023) and Op Soteria model in place.", "Blue",
     "T2", "closeable_submit", "BRAG Blue = complete; HMICFRS Being progressed"),
    ("3", "Make sure victims of domestic abuse are kept informed about the progress of their "
     "case, in line with the Code of Practice for Victims of Crime", "Ch Supt Public "
     "Protection", "Complete. Victim Code compliance 92% in the Q4 audit.", "Blue", "T3",
     "in_sync", "BRAG Blue; HMICFRS Complete"),
    ("4", "Improve the timeliness of its response to calls for service involving people with "
     "mental ill health", "Supt Contact Centre", "Right Care Right Person go-live delayed to "
     "Jan 2025.", "Amber", "T4", "closeable_local",
     "the 2021/22 copy of an AFI repeated word for word in PEEL 2023–25; HMICFRS closed the "
     "2021/22 one as superseded, force still Amber"),
    ("5", "Make sure its performance framework gives senior leaders a clear picture of its "
     "response to violence against women and girls", "Head of Corporate Development",
     "VAWG performance framework drafted; on track for sign-off at Performance Board Dec "
     "2024.", "Green", "T5", "closeable_local",
     "BRAG Green = on track, not complete (legend and progress note); HMICFRS Complete"),
    ("5a", "Force action – add VAWG measures to the monthly Force Performance pack",
     "Head of Corporate Development", "Measures agreed; first pack Jan 2025.", "Amber", None,
     "not_on_hmicfrs_list", "the force's own action under AFI 5 (No. 5a), not an HMICFRS item"),
    ("6", "Improve how it gathers, assesses and acts on intelligence about serious and organised "
     "crime", "Head of Intelligence", "Intelligence collection plan not yet agreed; analyst "
     "vacancies.", "Red", "T6", "in_sync", "open on both sides (Being progressed / Red)"),
    ("6a", "Refresh the serious and organised crime problem profile and add it to the control "
     "strategy", "Head of Intelligence", "SOC profile refresh commissioned.", "Amber", None,
     "not_on_hmicfrs_list", "the force's own action under AFI 6 (No. 6a), not an HMICFRS item"),
    ("7", "Make sure officers and staff have the training they need to identify and respond to "
     "hate crime", "Head of Learning & Development", "Complete – hate crime e-learning 93% "
     "completion.", "Blue", "T7", "closeable_submit",
     "BRAG Blue; HMICFRS Being progressed (not the PEEL 2023–25 honour-based abuse AFI with the "
     "same wording template)"),
    ("8", "Make sure it records reports of anti-social behaviour accurately and without delay",
     "Force Crime Registrar", "ASB recording audit scheduled Q3.", "Amber", "T8", "in_sync",
     "open on both sides (Awaiting review / Amber)"),
    ("9", "Develop a problem-solving approach to neighbourhood crime, working with local "
     "communities and partners", "Ch Supt Local Policing", "Complete – problem-solving hub and "
     "OSARA training delivered.", "Blue", "T9", "in_sync", "BRAG Blue; HMICFRS Complete"),
]

T4_TITLE = "PEEL 2023–25 inspection (published June 2024) – action plan"
T4_HEAD = ["Ref", "Description", "Lead officer", "Target date", "Latest position",
           "% complete"]
T4_ROWS = [
    ("CoC 1", "The force's current approach to domestic abuse is unacceptable. The proportion of "
     "victims who fail to support the investigation and the low use of police powers of arrest "
     "and prosecution is a cause of concern.", "ACC Crime", dt.date(2025, 3, 31),
     "DA improvement plan overseen by the DA Gold Group; see Rec 1 and Rec 2.", 0.6, "Q0",
     "in_sync", "cause of concern matched by table title and text; 60% = open; HMICFRS Being "
     "progressed"),
    ("Rec 1", "By 31 March 2025, the force should take steps to understand and address the "
     "reason behind why such a high proportion of victims of domestic abuse do not support the "
     "police investigation.", "Ch Supt Public Protection", dt.date(2025, 3, 31),
     "Victim engagement research reported Sept 2024; actions embedded in DA policy. Ready to "
     "submit for closure.", 1.0, "Q1", "closeable_submit",
     "'Rec 1' is the report's numbering, not a register id; 100% = done; HMICFRS Being "
     "progressed"),
    ("Rec 2", "Within twelve months the force should consider ways of increasing the use of "
     "arrest, ancillary orders and other available powers, in order to improve the service it "
     "provides to victims of domestic abuse, offer the best possible protection and bring more "
     "perpetrators to justice.", "Ch Supt Public Protection", dt.date(2025, 6, 14),
     "Positive action audit monthly; DVPN/DVPO use up 18%.", 0.4, "Q2", "conflict",
     "timescale differs: HMICFRS 'Within six months', force 'Within twelve months' (target "
     "date set to match)"),
    ("AFI 1", "Improve the timeliness of its response to calls for service involving people with "
     "mental ill health", "Supt Contact Centre", "Dec 2024", "Carried forward from PEEL 21/22 "
     "AFI 4. Right Care Right Person go-live Jan 2025.", 0.5, "Q3", "in_sync",
     "the PEEL 2023–25 copy of the repeated AFI (decided by the table title); open on both "
     "sides"),
    ("AFI 2", "Make sure victims of stalking and harassment are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime",
     "Ch Supt Public Protection", dt.date(2024, 12, 31), "Complete – stalking victim update "
     "process in place; Q2 audit 95%.", 1.0, "Q4", "closeable_submit",
     "100%; HMICFRS Being progressed"),
    ("AFI 3", "Improve the way it manages the risk posed by offenders involved in online child "
     "sexual abuse", "Det Ch Supt Force CID", dt.date(2025, 9, 30), "POLIT capacity review "
     "under way.", 0.25, "Q5", "in_sync", "open on both sides"),
    ("AFI 4", "Evaluate its work to prevent knife crime and share what works across the force",
     "Ch Supt Local Policing", "No deadline set by HMICFRS", "Evaluation by the Evidence Based "
     "Policing unit published on the intranet. Complete.", 1.0, "Q7", "closeable_submit",
     "100%; HMICFRS Being progressed"),
    ("AFI 5", "Improve how it works with partner organisations to safeguard people at risk from "
     "child sexual exploitation", "Ch Supt Public Protection", dt.date(2025, 3, 31),
     "Joint CSE panel with the county council being re-launched.", 0.3, "T10", "conflict",
     "text matches a PEEL 2021/22 AFI, but the force has it under the PEEL 2023–25 table: "
     "report disagrees"),
    ("AFI 6", "Make sure it consistently uses ancillary orders and other powers to protect "
     "victims of stalking and harassment", "Ch Supt Public Protection", dt.date(2025, 3, 31),
     "Taken from the draft report (factual accuracy check, April 2024).", 0.2, None,
     "not_on_hmicfrs_list",
     "no such item on the HMICFRS list (taken from the draft report); do not pair with Rec 2 "
     "or AFI 2"),
    ("AFI 7", "Make sure officers and staff have the training they need to identify and respond "
     "to honour-based abuse", "Head of Learning & Development", dt.date(2025, 3, 31),
     "HBA training in the 2024/25 PVP programme; 80% trained.", 0.8, "Q9", "closeable_local",
     "80% = open; HMICFRS Complete"),
]

MISSING = {
    "FA3": "firearms 'total expired' rec, Awaiting review on HMICFRS; in no force table",
    "SF7": "MSHT preventative powers rec, Awaiting review; in no force table",
    "P18h": "PEEL 2018/19 demand AFI, Being progressed; in no force table",
    "Q6": "PEEL 2023–25 economic crime capacity AFI, Being progressed; not in the action plan",
    "Q8": "PEEL 2023–25 road harm AFI, Awaiting review; not in the action plan",
}

RAG_FILL = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "COMPLETE": "C6EFCE",
            "BLUE": "BDD7EE", "WHITE": "FFFFFF"}

README = """# Case `stacked_tables_different_columns` (round 19)

Force: **Lincolnshire Police** (the data is synthetic; the recommendation texts are real public
HMICFRS wording under the Open Government Licence; progress notes, rewordings and local actions
are written for this case). Built by `../build_stacked_tables_different_columns.py`, seed
`{seed}`; rebuilds byte for byte.

## Files
- `hmicfrs.csv` - the HMICFRS register export: UTF-8 **with BOM**, CRLF line ends, header on
  line 1, {n_h} items (Excel rows 2-{last_h}). Columns: Force, Recommendation ID (plain integer,
  unique), Inspection, Publication date (dd/mm/yyyy), Type (Recommendation / Area for
  improvement / Cause of concern / National recommendation), Recommendation / AFI text (some
  with embedded line breaks and bullets; one cell keeps the register's stray footnote "86"),
  Status (Being progressed, Awaiting review = open; Complete, Superseded = closed), Status
  changed, Comment.
- `tracker.xlsx` - ONE sheet, `{sheet}`, holding four tables stacked one under another, each
  with its own title row (merged) and its own header row, added by different teams:

| rows | title | header row | item rows | columns |
|---|---|---|---|---|
| 4-33 | TABLE 1 - Legacy recommendations 2014-2018 | 5 | 6-32 | Ref, Recommendation, Owner, RAG, Update |
| 36-55 | 2019 - 2022 reports | 37 | 38-54 | Recommendation / AFI, HMICFRS ID, Type, Inspection, Lead, Status, Comments |
| 57-70 | PEEL 2021/22 - Areas for improvement | 58 | 59-69 | No., Area for improvement, Responsible officer, Progress, BRAG |
| 73-84 | PEEL 2023-25 inspection - action plan | 74 | 75-84 | Ref, Description, Lead officer, Target date, Latest position, % complete |

  Rows 1-2 are the sheet title and a maintenance note. Row 33 is table 1's RAG legend, row 55
  a note under table 2, row 70 table 3's BRAG legend. Rows 3, 34-35, 56, 71-72 are blank.
  None of these are items.
- `truth.csv` - one line per pair, per HMICFRS item with no force row, per force-only row;
  a split force row is its own line with the same `hmicfrs_row`. Row ids: `hmicfrs.csv!N`
  (header = 1) and `{sheet}!N` (the row Excel shows).

## How status is read
- HMICFRS: Being progressed, Awaiting review -> open; Complete, Superseded -> closed.
- Table 1 RAG (legend row 33): GREEN and "Complete" -> done; AMBER, RED -> open.
- Table 2 Status: Complete, "Pending sign off" -> done; "In progress" -> open.
- Table 3 BRAG (legend row 70): **Blue -> done; Green = "on track" -> open**; Amber, Red -> open.
- Table 4 % complete: 100% -> done; anything less -> open.

## Traps and how the truth decides them
1. **Stacked tables, each with its own header.** Column order, names and meaning change from
   table to table: the text is column B in tables 1, 3, 4 but column A in table 2; status is
   column D, F, E or F; the owner is "Owner", "Lead", "Responsible officer", "Lead officer".
   A reader that takes row 5 as the header for the whole sheet misreads tables 2-4.
2. **Report lives in different places.** Table 1: a short report name prefixed to the text
   ("Stolen Freedom (MSHT) 2017 - ..."); table 2: an "Inspection" column; tables 3 and 4: only
   the title row above the header. Items in tables 3-4 carry no reference at all.
3. **"Ref" means two different things.** Table 1 "Ref" holds register ids (plus local refs
   "CDI-R1"/"CDI-R2" and blanks); table 4 "Ref" holds the report's own numbering ("CoC 1",
   "Rec 2", "AFI 5"), which is not a register reference. Table 3 "No." is a running number.
4. **An AFI repeated word for word in two reports** ("improve the timeliness of its response
   to calls for service involving people with mental ill health"): PEEL 2021/22 (Superseded)
   and PEEL 2023-25 (Being progressed). The table title decides which force row is which:
   table 3 row 62 -> the 2021/22 item (closeable_local), table 4 row 78 -> the 2023-25 item
   (in_sync).
5. **BRAG Green is not done.** Per the legend, Green = on track: row 59 is in_sync (HMICFRS
   open), row 63 is closeable_local (HMICFRS Complete, force still on track). Blue = done.
6. **Split rows.** Table 1 rows 16-19: the MSHT leadership recommendation, one row per
   bullet, same ref, all GREEN -> four closeable_submit lines. Table 2 rows 51-53: the
   body-worn video recommendation, one row per paragraph, same id; two Complete, one In
   progress, so the item is still open on the force side -> three in_sync lines.
7. **Conflicts (5):** missing bullet (row 27 drops the possession-only drug searches bullet);
   type (row 44 says Recommendation, HMICFRS says Area for improvement); reference (row 45's
   HMICFRS ID has two digits transposed, no such id on the export); report (row 82 sits in the
   PEEL 2023-25 table, but its text is the PEEL 2021/22 CSE partnership AFI); timescale
   (row 77 "Within twelve months" vs HMICFRS "Within six months").
8. **Force-only rows (6):** an old 2013 stop-and-search item with a register ref that is no
   longer on the export (row 6); a JIAC audit action (40); a local custody action (48); local
   actions 5a and 6a under PEEL 2021/22 AFIs (64, 66); a PEEL 2023-25 "AFI 6" taken from the
   draft report that is not on the HMICFRS list (83) - do not pair it with the similar
   "ancillary orders" Rec 2 or the stalking AFI 2.
9. **Missing from the force (5):** firearms "total expired", MSHT preventative powers, the
   PEEL 2018/19 demand AFI, and two PEEL 2023-25 AFIs (economic crime capacity, road harm).
10. **Near-duplicate templates across reports:** PEEL AFIs share wording templates ("make
   sure officers and staff have the training they need to identify and respond to {{topic}}",
   "... kept informed about the progress of their case ..."); only the topic and the table
   title tell them apart.
11. **Text noise:** tracker abbreviations (S&S, MSHT, CCs, HO, ISAs, "Within 6 months" for
   "Within six months" - same timescale, not a conflict), report prefixes, stems dropped in
   tables 3-4 ("Improve its ..." for "The force should improve its ..."), a cause of
   concern summarised (row 31), straight vs curly quotes, the register's footnote "86".
   Type synonyms: "Cause for Concern", "AFI", "National rec".
12. **Cells:** RAG cells are also shaded; table 4 target dates mix real dates, "Dec 2024" and
   "No deadline set by HMICFRS"; % complete is a number formatted as a percentage.

## Counts
Truth lines per category (split rows counted per row):
{counts_lines}

HMICFRS items per category ({n_h} items):
{counts_items}

Force item rows: {n_f}. Closed on one side only: {one_side} of {n_pairs} matched HMICFRS items.
"""


def build_register(rng: random.Random) -> tuple[list[dict], dict[str, int]]:
    by_report: dict[str, list[tuple]] = {}
    for item in H_ITEMS:
        by_report.setdefault(item[1], []).append(item)
    ids: dict[str, int] = {}
    for rk, items in by_report.items():
        lo, hi = REPORTS[rk][2]
        for key, got in zip([i[0] for i in items], sorted(rng.sample(range(lo, hi), len(items)))):
            ids[key] = got
    records = []
    for key, rk, typ, text, status in H_ITEMS:
        title, pub, _ = REPORTS[rk]
        if status == SS and rk == "peel21":
            comment = SUPERSEDED_BY_PEEL23
            when = dt.date(2024, 7, 2)
        else:
            comment = rng.choice(COMMENTS[status])
            span = (dt.date(2024, 10, 1) - pub).days
            when = pub + dt.timedelta(days=rng.randint(min(30, span), span))
            if status in CLOSED:
                when = pub + dt.timedelta(days=rng.randint(span // 2, span))
            if status == AR and rk == "peel23":
                when = pub + dt.timedelta(days=rng.randint(1, 20))
        records.append({
            "key": key, "Force": FORCE, "Recommendation ID": ids[key], "Inspection": title,
            "Publication date": pub, "Type": typ, "Recommendation / AFI text": text,
            "Status": status, "Status changed": when, "Comment": comment,
        })
    records.sort(key=lambda r: (r["Publication date"], r["Recommendation ID"]))
    return records, ids


def write_csv(records: list[dict], path: Path) -> dict[str, str]:
    cols = ["Force", "Recommendation ID", "Inspection", "Publication date", "Type",
            "Recommendation / AFI text", "Status", "Status changed", "Comment"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(cols)
    rowid = {}
    for n, r in enumerate(records, start=2):
        rowid[r["key"]] = f"{HCSV}!{n}"
        w.writerow([r["Force"], r["Recommendation ID"], r["Inspection"],
                    r["Publication date"].strftime("%d/%m/%Y"), r["Type"],
                    r["Recommendation / AFI text"], r["Status"],
                    r["Status changed"].strftime("%d/%m/%Y"), r["Comment"]])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return rowid


def transpose(n: int) -> str:
    s = str(n)
    for i in range(len(s) - 2, 0, -1):
        if s[i] != s[i + 1]:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    raise ValueError(n)


def write_tracker(ids: dict[str, int], path: Path) -> list[tuple[str | None, int, str, str]]:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    out: list[tuple[str | None, int, str, str]] = []  # (hkey, excel row, category, why)

    ws["A1"] = "Lincolnshire Police – HMICFRS recommendations, AFIs & causes of concern: master tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Maintained by Organisational Learning (Strategic Development). Reviewed for the "
                "Joint Independent Audit Committee, November 2024.")
    ws["A2"].font = Font(italic=True)
    row = 4

    def title(text: str, width: int, colour: str) -> None:
        nonlocal row
        ws.cell(row=row, column=1, value=text).font = Font(bold=True, size=12, color=colour)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1

    def header(cols: list[str], fill: str) -> None:
        nonlocal row
        for c, name in enumerate(cols, start=1):
            cell = ws.cell(row=row, column=c, value=name)
            cell.font = Font(bold=True, color="FFFFFF" if fill in ("1F4E78", "385723") else "000000")
            cell.fill = PatternFill("solid", fgColor=fill)
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        row += 1

    def item(cells: list, hkey, cat, why, rag_col: int | None = None) -> None:
        nonlocal row
        for c, v in enumerate(cells, start=1):
            cell = ws.cell(row=row, column=c, value=None if v == "" else v)
            cell.border = box
            cell.alignment = wrap
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        if rag_col is not None:
            v = str(cells[rag_col - 1]).upper()
            if v in RAG_FILL:
                ws.cell(row=row, column=rag_col).fill = PatternFill("solid", fgColor=RAG_FILL[v])
        out.append((hkey, row, cat, why))
        row += 1

    def note(text: str, width: int) -> None:
        nonlocal row
        ws.cell(row=row, column=1, value=text).font = Font(italic=True, size=9)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1

    # Table 1
    title(T1_TITLE, 5, "1F4E78")
    header(T1_HEAD, "1F4E78")
    for ref, text, owner, rag, upd, hkey, cat, why in T1_ROWS:
        cell_ref = str(ids[hkey]) if ref == "#" else ref
        if cell_ref.isdigit():
            cell_ref = int(cell_ref)
        item([cell_ref, text, owner, rag, upd], hkey, cat, why, rag_col=4)
    note(T1_LEGEND, 5)
    row += 2
    # Table 2
    title(T2_TITLE, 7, "385723")
    header(T2_HEAD, "A9D08E")
    for text, hid, typ, insp, lead, status, comm, hkey, cat, why in T2_ROWS:
        if hid == "#":
            hid = ids[hkey]
        elif hid.startswith("@"):
            hid = transpose(ids[hid[1:]])
            assert int(hid) not in ids.values(), hid
        item([text, hid, typ, insp, lead, status, comm], hkey, cat, why)
    note(T2_NOTE, 7)
    row += 1
    # Table 3
    title(T3_TITLE, 5, "7030A0")
    header(T3_HEAD, "D9D2E9")
    for no, text, lead, prog, brag, hkey, cat, why in T3_ROWS:
        item([int(no) if no.isdigit() else no, text, lead, prog, brag], hkey, cat, why,
             rag_col=5)
    note(T3_LEGEND, 5)
    row += 2
    # Table 4
    title(T4_TITLE, 6, "C00000")
    header(T4_HEAD, "F4B084")
    for ref, text, lead, due, pos, pct, hkey, cat, why in T4_ROWS:
        item([ref, text, lead, due, pos, pct], hkey, cat, why)
        ws.cell(row=row - 1, column=6).number_format = "0%"

    for col, width in zip("ABCDEFG", (14, 70, 26, 18, 40, 30, 40)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "Organisational Learning"
    wb.properties.created = dt.datetime(2019, 4, 1, 9, 0, 0)
    wb.save(path)
    _normalise_xlsx(path)
    return out


def _normalise_xlsx(path: Path) -> None:
    """Fix the save time and zip dates so that the file rebuilds byte for byte."""
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-11-04T09:00:00Z\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 4, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def main() -> None:
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    records, ids = build_register(rng)
    hrow = write_csv(records, OUT / HCSV)
    frows = write_tracker(ids, OUT / "tracker.xlsx")

    truth = []
    matched = set()
    for hkey, r, cat, why in frows:
        truth.append((hrow[hkey] if hkey else "", f"{SHEET}!{r}", cat, why))
        if hkey:
            matched.add(hkey)
    for key, why in MISSING.items():
        truth.append((hrow[key], "", "missing_from_force", why))
        matched.add(key)
    assert matched == {i[0] for i in H_ITEMS}, set(i[0] for i in H_ITEMS) ^ matched
    # Sort: by HMICFRS row number, force-only rows last by force row.
    def sort_key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)
    truth.sort(key=sort_key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")

    import collections
    lines = collections.Counter(t[2] for t in truth)
    items = collections.Counter()
    seen = set()
    for hr, _, cat, _ in truth:
        if hr and hr not in seen:
            seen.add(hr)
            items[cat] += 1
    order = ["closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "in_sync"]
    fmt = lambda c: "\n".join(f"- {k}: {c[k]}" for k in order if c[k])
    n_pairs = sum(items.values()) - items["missing_from_force"]
    text = README.format(
        seed=SEED, n_h=len(records), last_h=len(records) + 1, sheet=SHEET,
        counts_lines=fmt(lines), counts_items=fmt(items), n_f=len(frows),
        one_side=items["closeable_submit"] + items["closeable_local"], n_pairs=n_pairs)
    (OUT / "README.md").write_text(text, encoding="utf-8")


def check() -> None:
    """Read the files back and check the truth covers every item row exactly once."""
    import collections

    import openpyxl
    import pandas as pd

    h = pd.read_csv(OUT / HCSV, encoding="utf-8-sig", dtype=str)
    assert (OUT / HCSV).read_bytes()[:3] == b"\xef\xbb\xbf"
    assert 40 <= len(h) <= 80, len(h)
    assert h["Recommendation ID"].is_unique
    t = pd.read_csv(OUT / "truth.csv", dtype=str, keep_default_na=False)
    hrows = {f"{HCSV}!{i + 2}" for i in range(len(h))}
    assert set(t.loc[t.hmicfrs_row != "", "hmicfrs_row"]) == hrows
    # every HMICFRS row once per category (split rows share one category)
    for hr, grp in t[t.hmicfrs_row != ""].groupby("hmicfrs_row"):
        assert grp.category.nunique() == 1, hr
    # force item rows: read the sheet as a person would - a row is an item if it sits
    # under a header row (bold, filled) and has a text cell, until the next non-item row
    ws = openpyxl.load_workbook(OUT / "tracker.xlsx")[SHEET]
    items, in_table = [], False
    for r in range(1, ws.max_row + 1):
        cells = [ws.cell(r, c) for c in range(1, 8)]
        vals = [c.value for c in cells]
        if all(v is None for v in vals):
            in_table = False
            continue
        if cells[0].font.bold and cells[0].fill.fgColor.rgb not in (None, "00000000"):
            in_table = True
            continue
        if r in {m.min_row for m in ws.merged_cells.ranges}:
            in_table = False
            continue
        if in_table:
            items.append(f"{SHEET}!{r}")
    got = collections.Counter(t.loc[t.force_row != "", "force_row"])
    assert set(got) == set(items), set(got) ^ set(items)
    assert all(n == 1 for n in got.values())
    bad = set(t.category) - {"closeable_submit", "closeable_local", "conflict",
                             "missing_from_force", "not_on_hmicfrs_list", "in_sync"}
    assert not bad, bad
    print(f"hmicfrs items {len(h)}, force item rows {len(items)}, truth lines {len(t)}")
    print(t.category.value_counts().to_string())
    print("HMICFRS items by category:")
    print(t[t.hmicfrs_row != ""].drop_duplicates("hmicfrs_row").category.value_counts()
          .to_string())


if __name__ == "__main__":
    main()
    check()
