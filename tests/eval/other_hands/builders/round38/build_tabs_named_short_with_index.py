"""Build evaluation case `tabs_named_short_with_index` (round 38, contents-like layout).

Layout: the force tracker is a workbook with one sheet per HMICFRS report. Each tab is named
by a short abbreviation ("FL15", "MSHT17", "PEEL 21-22" ...); an `Index` sheet gives each
tab's full report title and publication date (with hyperlinks to the tabs). The report of a
force row is therefore known only through tab name -> Index.

HMICFRS side: an xlsx "definitive list" export for Lincolnshire Police, 54 items across six
reports, with register ids, report titles, publication dates, types and statuses.

Texts: real HMICFRS wording (OGL) copied from /work/main/reconcile/casegen/texts and
/work/shared/data/real_recommendations.csv; the force's rewordings, progress notes and local
actions are written here as a force analyst would.

Run: /work/main/.venv/bin/python build_tabs_named_short_with_index.py
Rebuilds tabs_named_short_with_index/ byte for byte (fixed seed, fixed workbook timestamps,
fixed zip entry times).
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 20231106
random.seed(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "tabs_named_short_with_index"
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2023, 11, 6, 9, 0, 0)
FORCE = "Lincolnshire Police"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --------------------------------------------------------------------------------------------
# Real HMICFRS texts (OGL), copied verbatim.
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
CDI_VICTIMS = (
    "Immediately, the force should put in place arrangements to ensure that:\n"
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
    "The force should review its approach to reports of missing children and take steps to "
    "ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)

# report key -> (HMICFRS title, publication date, force tab, Index title, Index "Published")
REPORTS = {
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "CB14",
             "Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time (HMIC)", ("date_mmmyy", dt.datetime(2014, 9, 4))),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "FL15",
                 "Targeting the risk – An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 ("date", dt.datetime(2015, 9, 15))),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "MSHT17",
               "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking",
               ("text", "24 October 2017")),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "Legit17",
              "PEEL: Police legitimacy 2017 – national overview (stop and search "
              "recommendations)", ("text", "Dec 2017")),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 17), "CDI19",
              "Lincolnshire Police – Crime Data Integrity inspection 2019",
              ("text", "Sept 2019")),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Powers21",
               "Disproportionate use of police powers – a spotlight on stop and search and the "
               "use of force", ("date", dt.datetime(2021, 2, 26))),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 12), "PEEL 21-22",
               "PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: An inspection of "
               "Lincolnshire Police", ("text", "12 May 2022")),
}

# --------------------------------------------------------------------------------------------
# HMICFRS register items: key -> (id, report, type, text, status, status date)
# --------------------------------------------------------------------------------------------
HM: list[tuple[str, int, str, str, str, str, dt.date]] = [
    # Targeting the risk (2015)
    ("F1", 5512, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", dt.date(2016, 6, 2)),
    ("F2", 5513, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Complete",
     dt.date(2019, 3, 14)),
    ("F3", 5514, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed", dt.date(2016, 1, 11)),
    ("F4", 5515, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Complete", dt.date(2016, 6, 2)),
    ("F5", 5516, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "Awaiting review",
     dt.date(2015, 9, 16)),
    # Stolen freedom (2017)
    ("S1", 8821, "stolen", NAT, SF_LEADERSHIP, "Being progressed", dt.date(2018, 11, 5)),
    ("S2", 8822, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", dt.date(2018, 11, 5)),
    ("S3", 8823, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", dt.date(2019, 7, 22)),
    ("S4", 8824, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Being progressed",
     dt.date(2018, 11, 5)),
    ("S5", 8825, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Complete",
     dt.date(2020, 2, 3)),
    ("S6", 8826, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Awaiting review", dt.date(2017, 10, 25)),
    ("S7", 8827, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed", dt.date(2018, 11, 5)),
    # PEEL legitimacy 2017 national
    ("L1", 8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed",
     dt.date(2018, 7, 30)),
    ("L2", 8542, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", dt.date(2018, 7, 30)),
    ("L3", 8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Complete", dt.date(2020, 1, 20)),
    ("L4", 8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Superseded", dt.date(2021, 3, 1)),
    ("L5", 8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     dt.date(2018, 7, 30)),
    # CDI 2019 (force)
    ("C1", 11203, "cdi19", REC, CDI_VICTIMS, "Being progressed", dt.date(2020, 6, 8)),
    ("C2", 11204, "cdi19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", dt.date(2020, 6, 8)),
    ("C3", 11205, "cdi19", REC,
     "Within six months the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Being progressed", dt.date(2020, 6, 8)),
    ("C4", 11206, "cdi19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", "Being progressed", dt.date(2020, 6, 8)),
    ("C5", 11207, "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", "Complete", dt.date(2022, 10, 17)),
    ("C6", 11208, "cdi19", AFI,
     "The force should make sure it records reports of domestic abuse accurately and without "
     "delay.", "Awaiting review", dt.date(2019, 9, 18)),
    ("C7", 11209, "cdi19", AFI,
     "The force should revise its approach to cautions, cannabis warning and penalty notices "
     "for disorder to ensure that there is a clear and auditable explanation to the offender "
     "of the implications of receiving the warning and that, for victim-based crimes, there is "
     "a clear and auditable record that views of the victim are considered prior to their "
     "issue.", "Complete", dt.date(2021, 4, 26)),
    # Disproportionate use of police powers (2021)
    ("D1", 13370, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", dt.date(2021, 9, 6)),
    ("D2", 13371, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", dt.date(2021, 9, 6)),
    ("D3", 13372, "powers", NAT, BWV_2021, "Complete", dt.date(2022, 11, 28)),
    ("D4", 13373, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", "No further action required", dt.date(2021, 3, 15)),
    ("D5", 13374, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Awaiting review",
     dt.date(2021, 2, 27)),
    # PEEL 2021/22 (force)
    ("P1", 15460, "peel22", AFI,
     "The force should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.", "Being progressed",
     dt.date(2022, 11, 21)),
    ("P2", 15461, "peel22", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", "Being progressed", dt.date(2022, 11, 21)),
    ("P3", 15462, "peel22", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.", "Being progressed", dt.date(2022, 11, 21)),
    ("P4", 15463, "peel22", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", "Awaiting review", dt.date(2022, 5, 13)),
    ("P5", 15464, "peel22", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.", "Being progressed", dt.date(2022, 11, 21)),
    ("P6", 15465, "peel22", REC,
     "Within six months, the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.",
     "Being progressed", dt.date(2022, 11, 21)),
    ("P7", 15466, "peel22", REC,
     "Within six months, the force should improve its ability to retrieve digital evidence "
     "from mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", "Being progressed", dt.date(2022, 11, 21)),
    ("P8", 15467, "peel22", REC,
     "Within six months, the force should conduct a review of officers’ capabilities and "
     "capacity to manage their investigative workload, to better understand investigative "
     "demand and the pressures placed upon them.", "Being progressed", dt.date(2022, 11, 21)),
    ("P9", 15468, "peel22", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Complete", dt.date(2023, 6, 19)),
    ("P10", 15469, "peel22", AFI,
     "The force should make sure victims of fraud are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime.", "Being progressed",
     dt.date(2022, 11, 21)),
    ("P11", 15470, "peel22", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "Being progressed", dt.date(2022, 11, 21)),
    ("P12", 15471, "peel22", AFI,
     "The force should take steps to ensure that there is effective supervision of the "
     "initial risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases.", "Complete", dt.date(2023, 6, 19)),
    ("P13", 15472, "peel22", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Being progressed", dt.date(2022, 11, 21)),
    ("P14", 15473, "peel22", AFI, MISSING_CHILDREN, "Being progressed", dt.date(2022, 11, 21)),
    ("P15", 15474, "peel22", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.",
     "Being progressed", dt.date(2022, 11, 21)),
    ("P16", 15475, "peel22", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Awaiting review", dt.date(2022, 5, 13)),
    ("P17", 15476, "peel22", AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with "
     "the national vetting guidelines.", "Complete", dt.date(2023, 6, 19)),
    ("P18", 15477, "peel22", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Being progressed", dt.date(2022, 11, 21)),
    ("P19", 15478, "peel22", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Superseded", dt.date(2023, 9, 4)),
    ("P20", 15479, "peel22", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", "Being progressed",
     dt.date(2022, 11, 21)),
    ("P21", 15480, "peel22", AFI,
     "The force should undertake further work to gain a fuller understanding of current "
     "demand for its services, and likely future changes in demand. This is so it can make "
     "best use of its resources by matching them to demand to meet the needs of the public.",
     "Being progressed", dt.date(2022, 11, 21)),
    ("P22", 15481, "peel22", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Complete",
     dt.date(2023, 6, 19)),
    ("P23", 15482, "peel22", AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", "Being progressed", dt.date(2022, 11, 21)),
    ("P24", 15483, "peel22", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "Being progressed", dt.date(2022, 11, 21)),
    ("P25", 15484, "peel22", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", "Being progressed",
     dt.date(2022, 11, 21)),
]
HM_BY_KEY = {h[0]: h for h in HM}
CLOSED = {"Complete", "Superseded", "No further action required"}

# --------------------------------------------------------------------------------------------
# Force tracker tabs. Each tab: title, header, columns spec, rows.
# A row is ("section", text) or dict(cells=[...], rag=..., hm=key|None, cat=..., why=...).
# --------------------------------------------------------------------------------------------
G, A, R, W = "GREEN", "AMBER", "RED", "WHITE"
FILLS = {
    "GREEN": "FF92D050", "Green": "FF92D050", "Complete": "FF92D050",
    "Pending sign off": "FF92D050",
    "AMBER": "FFFFC000", "Amber": "FFFFC000", "RED": "FFFF0000", "WHITE": "FFFFFFFF",
}


def it(hm, cat, why, **cells):
    return {"hm": hm, "cat": cat, "why": why, **cells}


def d(y, m, dd):
    return dt.datetime(y, m, dd)


TABS: dict[str, dict] = {}

TABS["PEEL 21-22"] = {
    "report": "peel22",
    "meta": "Chief officer lead: DCC   |   Last reviewed at Force Performance Board 24/10/2023",
    "header": ["HMICFRS ID", "Ref", "Type", "Recommendation / AFI", "Lead",
               "RAG", "Progress update", "Date submitted for closure"],
    "fields": ["id", "ref", "type", "text", "lead", "rag", "update", "submitted"],
    "rows": [
        ("section", "Preventing crime and anti-social behaviour – Requires improvement"),
        it("P1", "in_sync", "open on both (Being progressed / AMBER)",
           id=15460, ref="AFI 1", type="AFI",
           text="The force should develop a clear prevention strategy targeting people most at "
                "risk & make sure activity undertaken prioritises people most at risk.",
           lead="ACC Local Policing", rag=A,
           update="Prevention strategy drafted; consultation with Community Safety "
                  "Partnerships runs to Dec 23."),
        it("P2", "closeable_submit", "HMICFRS Being progressed; force GREEN with evidence pack",
           id=15461, ref="AFI 2", type="AFI",
           text="Develop a problem-solving approach to ASB, working with local communities & "
                "partners.",
           lead="ACC Local Policing", rag=G,
           update="Problem-solving hub live since April 23; OSARA training delivered to all "
                  "neighbourhood teams. Evidence pack with sign-off lead.",
           submitted=d(2023, 9, 14)),
        ("section", "Responding to the public – Adequate"),
        it("P3", "in_sync", "open on both (Being progressed / AMBER)",
           id=15462, ref="AFI 3", type="AFI",
           text="The force should ensure that it has sufficient resources in the control room "
                "to fulfil its resourcing model, and so meet its demand, while taking into "
                "account the wellbeing of its workforce.",
           lead="Supt Contact Centre", rag=A,
           update="Control room establishment review complete; 14 call handlers in training. "
                  "Wellbeing survey repeated Sept 23."),
        ("section", "Investigating crime – Inadequate (cause of concern)"),
        it("P5", "in_sync", "cause of concern open on both (Being progressed / AMBER)",
           id=15464, ref="CoC 1", type="Cause of concern",
           text="The force does not have the capacity or capability to investigate crime "
                "effectively and this is affecting the service provided to the public. There "
                "are failings in the way crimes are being investigated.",
           lead="Det Ch Supt Force CID", rag=A,
           update="Investigation Improvement Plan in place, reported monthly to Gold group. "
                  "See Rec 1-3 below."),
        it("P6", "closeable_submit", "HMICFRS Being progressed; force GREEN, submitted",
           id=15465, ref="Rec 1", type="Recommendation",
           text="Within 6 months ensure regular & active supervison of the quality & progress "
                "of investigations. This supervision should be properly recorded.",
           lead="Det Ch Supt Force CID", rag=G,
           update="Supervisory review template mandatory on Niche from 1 Nov 22; compliance "
                  "94% (Aug 23 audit). Completed. Evidence submitted to HMICFRS for closure.",
           submitted=d(2023, 8, 30)),
        it(None, "not_on_hmicfrs_list",
           "force's own local action under the cause of concern; no HMICFRS item",
           ref="Action 1a", type="Local action",
           text="Force action - Investigation Standards Task & Finish group to dip-sample 50 "
                "crime investigations per month and report findings to the Crime Standards "
                "Board",
           lead="Head of Criminal Justice", rag=A,
           update="Dip-sampling started Jan 23; monthly reports to CSB."),
        it("P7", "in_sync", "open on both (Being progressed / RED)",
           id=15466, ref="Rec 2", type="Recommendation",
           text="Within 6 months improve the ability to retrieve digital evidence from mobile "
                "phones, computers & other electronic devices quickly enough that "
                "investigations are not delayed.",
           lead="Head of Intelligence", rag=R,
           update="DFU backlog 640 devices. Kiosk roll-out delayed to Q1 2024. Beyond "
                  "designated deadline."),
        it("P8", "conflict",
           "reference disagrees: force HMICFRS ID 15647 (digits transposed, no such register "
           "id) for register item 15467; text and report otherwise agree, both open",
           id=15647, ref="Rec 3", type="Recommendation",
           text="Within 6 months conduct a review of officers' capabilities & capacity to "
                "manage their investigative workload, to better understand investigative demand "
                "and the pressures placed on them.",
           lead="Det Ch Supt Force CID", rag=A,
           update="Workload review (PIP1/PIP2) complete for CID; response & NPT review due Dec "
                  "23."),
        it(None, "not_on_hmicfrs_list", "force's own local action (Uplift recruitment)",
           ref="Action 3a", type="Local action",
           text="Local action: Recruit 12 additional detective constables through the PIP2 "
                "direct-entry route (Uplift allocation)",
           lead="Director of People", rag=A,
           update="8 of 12 in post; final cohort starts Jan 24."),
        it("P9", "closeable_local", "HMICFRS Complete; force still AMBER",
           id=15468, ref="AFI 4", type="AFI",
           text="Improve understanding of suspects released under investigation (RUI) & the "
                "management of those released on bail",
           lead="Ch Insp Custody", rag=A,
           update="RUI/bail dashboard built. Awaiting re-audit by custody team."),
        it("P10", "in_sync", "open on both (Being progressed / AMBER)",
           id=15469, ref="AFI 5", type="AFI",
           text="The force should make sure victims of fraud are kept informed about the "
                "progress of their case, in line with the Code of Practice for Victims of Crime.",
           lead="Head of Criminal Justice", rag=A,
           update="Victim contact contract agreed with Economic Crime Unit; VCOP compliance "
                  "audit planned Feb 24."),
        ("section", "Protecting vulnerable people – Requires improvement"),
        it("P11", "closeable_submit", "HMICFRS Being progressed; force GREEN, submitted",
           id=15470, ref="AFI 6", type="AFI",
           text="Improve how the force works with partner organisations to safeguard people at "
                "risk from CSE.",
           lead="Ch Supt Public Protection", rag=G,
           update="Joint CSE/CCE panel with all three LSCP partners in place. Ready to move to "
                  "GREEN status.",
           submitted=d(2023, 7, 12)),
        it("P12", "in_sync", "closed on both (Complete / GREEN)",
           id=15471, ref="AFI 7", type="AFI",
           text="Take steps to ensure there is effective supervision of the initial risk "
                "assessment process, specifically in relation to completion of DASH risk "
                "assessment in appropriate cases.",
           lead="Ch Supt Public Protection", rag=G,
           update="DASH supervisory sign-off on Niche. HMICFRS closed June 23.",
           submitted=d(2023, 3, 1)),
        it("P13", "conflict",
           "type disagrees: HMICFRS Area for improvement, force records it as Recommendation "
           "(both open)",
           id=15472, ref="Rec 4", type="Recommendation",
           text="Make sure the force consistently uses ancillary orders (SPOs) & other powers "
                "to protect victims of stalking & harassment.",
           lead="Ch Supt Public Protection", rag=A,
           update="SPO applications up from 4 to 19 (2022/23). Legal Services SPOC "
                  "appointed."),
        it("P14", "in_sync",
           "open on both; all three bullets present, re-punctuated with dashes",
           id=15473, ref="AFI 8", type="AFI",
           text="The force should review its approach to reports of missing children and take "
                "steps to ensure that - call takers understand & use the missing and absent "
                "category appropriately - call takers & frontline staff have the necessary "
                "knowledge to identify risk factors associated with CSE and how to respond to "
                "such cases - supervisors provide the correct oversight of missing person "
                "enquiries & direct appropriate and timely investigative and safeguarding "
                "action",
           lead="Ch Supt Public Protection", rag=A,
           update="'Absent' category removed from Storm Jan 23. Missing persons training "
                  "package with L&D."),
        it("P25", "in_sync", "open on both (Being progressed / AMBER)",
           id=15484, ref="AFI 9", type="AFI",
           text="Make sure the performance framework gives senior leaders a clear picture of "
                "the force's response to VAWG.",
           lead="Head of Corporate Development", rag=A,
           update="VAWG measures added to Force Performance pack from Q2 23/24."),
        ("section", "Managing offenders and suspects – Good"),
        it("P15", "closeable_submit", "HMICFRS Being progressed; force Complete",
           id=15474, ref="AFI 10", type="AFI",
           text="Improve the way the force manages the risk posed by offenders involved in "
                "county lines drug dealing.",
           lead="Det Supt SOC", rag="Complete",
           update="County lines offenders managed through IOM cohort; Op Orochi "
                  "partnership with the Met. Completed.",
           submitted=d(2023, 10, 2)),
        ("section", "Developing a positive workplace – Adequate"),
        it("P17", "in_sync", "closed on both (Complete / GREEN)",
           id=15476, ref="AFI 11", type="AFI",
           text="Ensure all staff have received at least the lowest level of vetting clearance "
                "for their roles as quickly as possible, working to clear both the vetting "
                "backlog and new vetting renewals when they become due so that the force "
                "complies fully with the national vetting guidelines.",
           lead="Head of Professional Standards", rag=G,
           update="Backlog cleared March 23. Closed by HMICFRS.",
           submitted=d(2023, 4, 3)),
        it("P18", "in_sync", "open on both (Being progressed / AMBER)",
           id=15477, ref="AFI 12", type="AFI",
           text="Put plans in place to monitor, including through gathering and analysis of "
                "staff feedback, team cultures and provide prompt remedial action for any "
                "issues identified.",
           lead="Director of People", rag=A,
           update="Culture dashboard in development with Corporate Development."),
        it(None, "not_on_hmicfrs_list", "force's own Joint Audit Committee action",
           ref="Action 12a", type="Local action",
           text="JAC action: Staff survey 2023 results to be analysed by department and "
                "reported to People Board",
           lead="Director of People", rag=G,
           update="Reported to People Board 19/09/2023."),
        it("P19", "closeable_local", "HMICFRS Superseded; force still AMBER",
           id=15478, ref="AFI 13", type="AFI",
           text="Review how the force gathers and uses equality & diversity data to improve its "
                "understanding of its workforce demographics.",
           lead="Director of People", rag=A,
           update="Self-declaration campaign launched; 71% declaration rate."),
        it("P20", "closeable_submit",
           "HMICFRS Being progressed; force GREEN (HMICFRS ID left blank on the tab)",
           ref="AFI 14", type="AFI",
           text="Make sure the force provides a confidential way for staff to raise concerns "
                "and that staff are aware of whistleblowing processes.",
           lead="Head of Professional Standards", rag=G,
           update="Confidential reporting line relaunched; intranet page and posters in all "
                  "stations. Completed.",
           submitted=d(2023, 6, 26)),
        ("section", "Good use of resources – Requires improvement"),
        it("P21", "in_sync", "open on both (Being progressed / AMBER)",
           id=15480, ref="AFI 15", type="AFI",
           text="Undertake further work to gain a fuller understanding of current demand for "
                "the force's services, and likely future changes in demand, so it can make best "
                "use of its resources by matching them to demand.",
           lead="Head of Corporate Development", rag=A,
           update="Demand modelling to feed FMS 2024."),
        it("P22", "closeable_local", "HMICFRS Complete; force still AMBER",
           id=15481, ref="AFI 16", type="AFI",
           text="Develop a future workforce plan that is aligned with overall demand and "
                "budget. The plan should include future resource allocations, the mix of skills "
                "required by the workforce and behaviours expected of them.",
           lead="Director of People", rag=A,
           update="Strategic Workforce Plan 2023-27 approved by COG; skills audit in "
                  "progress."),
        it("P23", "in_sync", "open on both (Being progressed / AMBER)",
           id=15482, ref="AFI 17", type="AFI",
           text="Make sure the corporate risk register is actively used to mitigate and manage "
                "known risks.",
           lead="Head of Corporate Development", rag=A,
           update="Risk register refreshed; quarterly review at COG from Oct 23."),
        it("P24", "closeable_submit",
           "HMICFRS Being progressed; force Pending sign off (done); HMICFRS ID blank",
           ref="AFI 18", type="AFI",
           text="Develop understanding of the links between outcomes, outputs & costs.",
           lead="Director of Finance", rag="Pending sign off",
           update="Outcome-based budgeting pilot reported to PCC. Pending sign off by the chief "
                  "officer lead."),
    ],
}

TABS["Powers21"] = {
    "report": "powers",
    "meta": "Chief officer lead: ACC Local Policing   |   Stop & Search / Use of Force "
            "Reference Group",
    "header": ["HMICFRS ID", "No.", "Type", "Recommendation", "Lead", "RAG", "Update",
               "Submitted for closure"],
    "fields": ["id", "ref", "type", "text", "lead", "rag", "update", "submitted"],
    "rows": [
        it("D1", "in_sync", "open on both (Being progressed / AMBER)",
           id=13370, ref=1, type="Rec",
           text="By July 2022 ensure officers & staff have effective communication skills, in "
                "line with the National Policing Guidelines on Conflict Management (in addition "
                "to existing conflict management and de-escalation training).",
           lead="Head of Learning & Development", rag=A,
           update="Communication skills module in PST from Sept 23; 46% of officers trained."),
        it("D2", "closeable_submit", "HMICFRS Being progressed; force GREEN, submitted",
           id=13371, ref=2, type="Rec",
           text="By July 2021 - ensure communication skills are reinforced as part of CPD for "
                "officers & staff, and supervisors are supported to routinely & frequently "
                "debrief officers on these skills using BWV footage.",
           lead="Head of Learning & Development", rag=G,
           update="BWV debrief guide issued to all sergeants; CPD day content updated.",
           submitted=d(2022, 3, 1)),
        it("D3", "in_sync",
           "closed on both (Complete / GREEN); all three parts present in one cell",
           id=13372, ref=3, type="Rec",
           text="By September 2021, forces should:\n"
                "a) ensure officers record on BWV (when available) the entirety of all S&S "
                "encounters, including traffic stops and use of force incidents.\n"
                "b) have a structured process for regularly reviewing and monitoring internally "
                "a sufficient sample of BWV footage to identify and disseminate learning and "
                "hold officers to account when behaviour falls below acceptable standards.\n"
                "c) provide external scrutiny panel members with access to samples of BWV "
                "footage showing S&S encounters and use of force incidents, taking account of "
                "the safeguards in the CoP APP.",
           lead="ACC Local Policing", rag=G,
           update="All three parts in place; scrutiny panel reviews 20 clips per quarter.",
           submitted=d(2022, 6, 20)),
        it("D4", "in_sync",
           "closed on both (No further action required / WHITE = not force's to deliver)",
           id=13373, ref=4, type="Rec",
           text="HO & NPCC to ensure the quality of data on the number of incidents where force "
                "has been used to effect a S&S is sufficient for publication; HO to publish.",
           lead=None, rag=W,
           update="Not Lincolnshire Police responsibility to deliver – Home Office / NPCC."),
        it("D5", "in_sync", "open on both (Awaiting review / RED)",
           id=13374, ref=5, type="Rec",
           text="By July 2021 ensure effective internal monitoring processes on the use of "
                "force, to help identify & understand disproportionate use, explain the reasons "
                "and implement any necessary improvement action.",
           lead="ACC Local Policing", rag=R,
           update="Use of force dashboard not yet built – Power BI resource pending. Beyond "
                  "deadline."),
        it("L5", "conflict",
           "report disagrees: register item 8545 belongs to PEEL: Police legitimacy 2017 "
           "(Dec 2017) but the force files it on the Powers21 tab (Feb 2021 report); "
           "the force's HMICFRS ID column names 8545",
           id=8545, ref=6, type="Rec",
           text="By July 2018 (and ongoing) ensure all officers who use S&S powers have been "
                "provided with, and understand, training on unconscious bias and CoP APP on "
                "S&S.",
           lead="Head of Learning & Development", rag=G,
           update="Unconscious bias input included in S&S refresher; 98% completion (Sept "
                  "22).",
           submitted=d(2022, 10, 3)),
    ],
}

TABS["CDI19"] = {
    "report": "cdi19",
    "meta": "Owner: Force Crime Registrar   |   Crime Data Integrity Board",
    "header": ["Ref", "Type", "Recommendation / AFI", "Owner", "RAG", "Progress",
               "Closure submitted"],
    "fields": ["ref", "type", "text", "lead", "rag", "update", "submitted"],
    "rows": [
        it("C1", "in_sync",
           "split row 1 of 5 (one per bullet); item open on HMICFRS and open on force "
           "(bullets c and e AMBER), so the item is open on both",
           ref="1(a)", type="Recommendation",
           text="Immediately – put in place arrangements to ensure that at the point of report, "
                "victims are believed",
           lead="Force Crime Registrar", rag=G,
           update="'Believe the victim' principle in call handling and NCRS training.",
           submitted=d(2020, 3, 9)),
        it("C1", "in_sync", "split row 2 of 5; item open on both (see 1(a))",
           ref="1(b)", type="Recommendation",
           text="Immediately – put in place arrangements to ensure that conversations between "
                "call handlers & callers are summarised accurately in the incident log, giving "
                "attending officers full facts on which to base crime-recording decisions",
           lead="Supt Contact Centre", rag=G,
           update="Storm log QA dip-sample monthly; 92% compliant.",
           submitted=d(2020, 3, 9)),
        it("C1", "in_sync", "split row 3 of 5; item open on both (this bullet AMBER)",
           ref="1(c)", type="Recommendation",
           text="Immediately – put in place arrangements to ensure that multiple crimes are "
                "always recorded when described within incident records or identified as part "
                "of other recorded crime investigations",
           lead="Force Crime Registrar", rag=A,
           update="Additional verified crime audit shows 81% compliance; target 90%."),
        it("C1", "in_sync", "split row 4 of 5; item open on both (see 1(a))",
           ref="1(d)", type="Recommendation",
           text="Immediately – put in place arrangements to ensure that the practice of "
                "awaiting the results of medical examinations or video interviews before making "
                "crime-recording decisions is stopped",
           lead="Force Crime Registrar", rag=G,
           update="Practice stopped; briefing to PPU and CID.",
           submitted=d(2020, 3, 9)),
        it("C1", "in_sync", "split row 5 of 5; item open on both (this bullet AMBER)",
           ref="1(e)", type="Recommendation",
           text="Immediately – put in place arrangements to ensure that online reports of crime "
                "are triaged at the point of receipt so any ongoing risks to the victim or the "
                "wider public are identified and appropriately managed",
           lead="Supt Contact Centre", rag=A,
           update="Single Online Home triage desk staffed 8-10 only; 24/7 cover in business "
                  "case."),
        it("C2", "in_sync", "closed on both (Complete / GREEN)",
           ref="2", type="Recommendation",
           text="Within three months provide call-handlers with specific, sound and "
                "comprehensible criteria against which they can assess threat, harm and risk "
                "(THRIVE).",
           lead="Supt Contact Centre", rag=G,
           update="THRIVE+ embedded in call handling. Closed by HMICFRS June 2020.",
           submitted=d(2019, 12, 16)),
        it("C3", "closeable_submit", "HMICFRS Being progressed; force Pending sign off",
           ref="3", type="Recommendation",
           text="Within six months improve the use of the crime-recording and management system "
                "(Niche) to better manage case files and investigative processes.",
           lead="Head of Criminal Justice", rag="Pending sign off",
           update="Niche case file module live; pending sign off by the chief officer lead.",
           submitted=d(2023, 10, 20)),
        it("C4", "in_sync", "open on both (Being progressed / AMBER)",
           ref="AFI 1", type="AFI",
           text="Make sure the force records reports of rape and serious sexual offences "
                "accurately and without delay.",
           lead="Force Crime Registrar", rag=A,
           update="RASSO recording audit quarterly; latest 88%."),
        it("C5", "closeable_local", "HMICFRS Complete; force still AMBER",
           ref="AFI 2", type="AFI",
           text="Make sure the force records reports of stalking & harassment accurately and "
                "without delay.",
           lead="Force Crime Registrar", rag=A,
           update="S&H audit Oct 22: 93%. Keep open until re-audit."),
        it("C7", "in_sync", "closed on both (Complete / GREEN)",
           ref="AFI 4", type="AFI",
           text="Revise the approach to cautions, cannabis warnings and PNDs to ensure a clear "
                "and auditable explanation to the offender of the implications of receiving the "
                "warning and, for victim-based crimes, a clear and auditable record that the "
                "victim's views are considered prior to their issue.",
           lead="Head of Criminal Justice", rag=G,
           update="Out of court disposals two-tier framework live; OOCD scrutiny panel.",
           submitted=d(2021, 2, 8)),
    ],
}

TABS["Legit17"] = {
    "report": "leg17",
    "meta": "Lead: ACC Local Policing   |   S&S governance board",
    "header": ["Rec No.", "Type", "Recommendation", "Lead officer", "RAG", "Update",
               "Date submitted for closure"],
    "fields": ["ref", "type", "text", "lead", "rag", "update", "submitted"],
    "rows": [
        it("L1", "in_sync", "cause of concern open on both (Being progressed / AMBER)",
           ref="CoC", type="Cause of concern",
           text="Cause of concern - forces are not able to demonstrate that use of S&S powers "
                "is consistently reasonable & fair. In particular there is over-representation "
                "of BAME people, and black people in particular, in S&S data which many forces "
                "are unable to explain.",
           lead="ACC Local Policing", rag=A,
           update="Disproportionality ratio 3.1 (2022/23). Independent scrutiny panel reviews "
                  "quarterly."),
        it("L2", "conflict",
           "missing bullet: force text has only the first two of the three bullets (no "
           "'prevalence of possession-only drug searches'); HMICFRS open, force GREEN",
           ref="1", type="Recommendation",
           text="By July 2018, all police forces across England and Wales should be regularly "
                "and frequently monitoring a comprehensive set of data and information on use "
                "of S&S powers to understand:\n"
                "• the reasons for any disproportionate representation of different ethnic "
                "groups in the use of S&S;\n"
                "• the extent to which find rates differ between people from different "
                "ethnicities, and across different types of searches (including separate "
                "identification of find rates for drug possession and supply-type offences).",
           lead="Head of Intelligence", rag=G,
           update="S&S Power BI dashboard live; monthly to S&S board.",
           submitted=d(2019, 1, 14)),
        it("L3", "in_sync", "closed on both (Complete / GREEN)",
           ref="2", type="Recommendation",
           text="Where disparities are identified through monitoring, demonstrate to the public "
                "that the force has carried out research & analysis to understand the reasons "
                "for the disparity, and taken action to reduce the disparity where necessary.",
           lead="Head of Intelligence", rag=G,
           update="Disparity analysis published on force website.",
           submitted=d(2019, 6, 3)),
        it("L4", "closeable_local", "HMICFRS Superseded; force still AMBER",
           ref="3", type="Recommendation",
           text="Publish S&S analysis and any actions taken at least annually, from July 2018.",
           lead="ACC Local Policing", rag=A,
           update="2022/23 annual S&S report being drafted for publication."),
    ],
}

TABS["MSHT17"] = {
    "report": "stolen",
    "meta": "Lead: Det Supt Serious & Organised Crime   |   MSHT delivery group",
    "header": ["Rec No.", "Type", "Recommendation", "Lead officer", "RAG", "Update",
               "Date submitted for closure"],
    "fields": ["ref", "type", "text", "lead", "rag", "update", "submitted"],
    "rows": [
        it("S1", "closeable_submit",
           "split row 1 of 4 (one per bullet); all four bullets GREEN, HMICFRS Being progressed",
           ref="1a", type="Rec",
           text="Within 12 months review leadership & governance arrangements for MSHT to "
                "ensure senior leaders prioritise the response to MSHT",
           lead="ACC Crime", rag=G,
           update="MSHT Gold group chaired by ACC Crime.", submitted=d(2019, 2, 4)),
        it("S1", "closeable_submit", "split row 2 of 4; all bullets GREEN",
           ref="1b", type="Rec",
           text="... to ensure every incident of modern slavery identified to police is "
                "allocated appropriate resources with the skills, experience & capacity to "
                "investigate it effectively",
           lead="Det Ch Supt Force CID", rag=G,
           update="All MSHT crimes allocated to the Modern Slavery Team.",
           submitted=d(2019, 2, 4)),
        it("S1", "closeable_submit", "split row 3 of 4; all bullets GREEN",
           ref="1c", type="Rec",
           text="... to ensure the force develops effective partnership arrangements to "
                "co-ordinate activity in order to share information & safeguard victims",
           lead="Det Ch Supt Force CID", rag=G,
           update="Lincolnshire Modern Slavery Partnership in place.",
           submitted=d(2019, 2, 4)),
        it("S1", "closeable_submit", "split row 4 of 4; all bullets GREEN",
           ref="1d", type="Rec",
           text="... to ensure performance & QA measures are in place to allow senior leaders "
                "to assess the nature & quality of the service provided to victims",
           lead="Head of Corporate Development", rag=G,
           update="MSHT performance measures in Force Performance pack.",
           submitted=d(2019, 2, 4)),
        it("S2", "conflict",
           "timescale disagrees: HMICFRS 'Within six months', force 'Within 12 months' "
           "(both open)",
           ref="2", type="Rec",
           text="Within 12 months, forces should have in place active information-sharing "
                "agreements with other agencies to facilitate speedy exchange of intelligence "
                "and in order to safeguard victims better and to identify suspects as early as "
                "possible.",
           lead="Head of Intelligence", rag=A,
           update="ISA with Lincolnshire County Council signed; GLAA and Border Force ISAs in "
                  "draft."),
        it("S3", "in_sync", "closed on both (Complete / GREEN)",
           ref="3", type="Rec",
           text="Immediately, forces should ensure that all victims carrying out criminal acts "
                "under compulsion attributable to slavery or exploitation are afforded the "
                "protection of early and continuing consideration of the applicability of the "
                "s45 defence.",
           lead="Head of Criminal Justice", rag=G,
           update="s45 prompt added to custody and charging checklists.",
           submitted=d(2019, 5, 13)),
        it("S4", "in_sync", "open on both (Being progressed / AMBER)",
           ref="4", type="Rec",
           text="Immediately - ensure full compliance with the NRM process as it evolves & "
                "implement the duty under the MSA 2015 to notify the Home Office of any "
                "individual suspected to be an adult victim of MSHT (duty to notify).",
           lead="Det Supt SOC", rag=A,
           update="Duty to Notify compliance 76%; NRM SPOC training ongoing."),
        it("S5", "closeable_local", "HMICFRS Complete; force still AMBER",
           ref="5", type="Rec",
           text="Immediately ensure full compliance with NCRS for offences identified as MSHT, "
                "and sufficient audit capacity for the Force Crime Registrar to provide "
                "reassurance on any gaps in crime-recording accuracy for these offences.",
           lead="Force Crime Registrar", rag=A,
           update="MSHT audited as part of CDI audit plan; awaiting 2023 result."),
        it("S6", "closeable_submit", "HMICFRS Awaiting review; force Complete",
           ref="6", type="Rec",
           text="Immediately, forces should ensure that allegations or indications of modern "
                "slavery and human trafficking are thoroughly investigated and effectively "
                "supervised by teams and individuals with the skills and experience to "
                "undertake them (this should include the use where appropriate of joint "
                "intelligence teams and other means to obtain intelligence and evidence from "
                "agencies overseas).",
           lead="Det Ch Supt Force CID", rag="Complete",
           update="Modern Slavery Team established 2018; supervison by DI. Completed.",
           submitted=d(2019, 5, 13)),
    ],
}

TABS["FL15"] = {
    "report": "firearms",
    "meta": "Form completed: 12/01/2016   |   Chief officer lead: ACC Local Policing   |   "
            "Assessment rating: PLEASE SHADE BOX APPROPRIATE COLOUR",
    "header": ["No.", "Recommendation", "Lead", "Force update / assessment of progress",
               "Estimated completion date / updated", "Grading R/A/G"],
    "fields": ["ref", "text", "lead", "update", "eta", "shade"],
    "rows": [
        it("F1", "in_sync", "closed on both (Complete / green shading)",
           ref=1,
           text="Within 3 months, all CCs should assess how well the governance of firearms "
                "licensing in his or her force meets the standards set out in APP. CCs of "
                "forces where the governance standards are not being complied with should put "
                "in place immediately the correct arrangements and procedures in order to meet "
                "the standards in full.",
           lead="Supt Firearms Licensing",
           update="Governance reviewed against APP Dec 2015. Firearms Licensing Management "
                  "Board established.",
           eta="Complete Dec 15", shade=G),
        it("F2", "closeable_local", "HMICFRS Complete; force amber shading (open)",
           ref=2,
           text="Within 3 months all chief constables should assess the demand placed on their "
                "firearms licensing department and ensure it has the capacity to meet this "
                "demand and provide an efficient and effective service at all times.",
           lead="Supt Firearms Licensing",
           update="Demand refreshed annually. Uplift of 3 FEOs agreed in 2023/24 budget, "
                  "recruitment ongoing.",
           eta="Mar-24", shade=A),
        it("F3", "closeable_submit", "HMICFRS Being progressed; force green shading (done)",
           ref=3,
           text="Immediately, all chief constables should satisfy themselves that all "
                "appropriate action is being taken by their force with regard to 'total "
                "expired' licensing records.",
           lead="Supt Firearms Licensing",
           update="All total expired records reviewed and actioned. Monthly report to FLMB.",
           eta="Complete Jan 16", shade=G),
        it("F4", "in_sync", "closed on both (Complete / green shading)",
           ref=4,
           text="Within 3 months ensure arrangements for temporary permits are in accordance "
                "with HO guidance; permits properly recorded without delay on NFLMS; and "
                "effective systems exist so certificate holders are not permitted, at any time, "
                "to remain in unlawful possession of a firearm.",
           lead="Supt Firearms Licensing",
           update="Temporary permit process re-written; NFLMS entry same day.",
           eta="Complete Feb 16", shade=G),
        it("F5", "in_sync", "open on both (Awaiting review / amber shading)",
           ref=5,
           text="Within 3 months ensure that systems to identify, prior to police attendance, "
                "whether a reported incident involves or is at the address of a firearm "
                "certificate holder are in place and are always applied by staff dispatching "
                "officers to incidents; and that officers understand the risk assessment they "
                "should be undertaking, and their power, when appropriate, to seize firearms "
                "and certificates.",
           lead="Supt Contact Centre",
           update="Storm location flag for certificate holders live. PNC/NFLMS marker work "
                  "with IT ongoing.",
           eta="Dec-23", shade=A),
    ],
    "legend": [
        ("Key:", None),
        ("RED – Little work yet undertaken in this area. Unlikely to reach deadlines", R),
        ("AMBER – Work undertaken in area but still requires development to complete", A),
        ("GREEN – Already complete / believed to be complete within short time scale (and "
         "within deadline)", G),
    ],
}

TABS["CB14"] = {
    "report": "core",
    "meta": "Retained for audit trail – HMIC closed this report's recommendations in 2016",
    "header": ["No.", "Recommendation", "Lead", "RAG", "Update"],
    "fields": ["ref", "text", "lead", "rag", "update"],
    "rows": [
        it(None, "not_on_hmicfrs_list",
           "Core Business 2014 item: report not on the HMICFRS list; its wording overlaps "
           "CDI19 item 11204 (call-handler THR criteria) which is paired with the CDI19 row",
           ref=1,
           text="Not later than 31 March 2015 those forces using a threat, harm and risk "
                "policy should provide call-handlers with specific, sound and comprehensible "
                "criteria against which they can assess threat, harm and risk.",
           lead="Supt Contact Centre", rag=G,
           update="THRIVE adopted Feb 2015."),
        it(None, "not_on_hmicfrs_list",
           "Core Business 2014 item: report not on the HMICFRS list (force still AMBER)",
           ref=2,
           text="By 31 March 2015 ensure crime prevention or disruption activity is "
                "systematically recorded and subsequently evaluated to determine the "
                "effectiveness of tactics employed.",
           lead="ACC Local Policing", rag=A,
           update="Prevention activity recorded on Niche; evaluation framework still being "
                  "developed."),
    ],
}

SHEET_ORDER = ["PEEL 21-22", "Powers21", "CDI19", "Legit17", "MSHT17", "FL15", "CB14"]
# Index rows, chronological; the MSHT17 tab is written "MSHT 17" in the Index (typo).
INDEX_ORDER = [("CB14", "CB14"), ("FL15", "FL15"), ("MSHT17", "MSHT 17"),
               ("Legit17", "Legit17"), ("CDI19", "CDI19"), ("Powers21", "Powers21"),
               ("PEEL 21-22", "PEEL 21-22")]
INDEX_META = {
    "CB14": ("National thematic (HMIC)", "ACC Local Policing", "Closed – retained for audit"),
    "FL15": ("National thematic", "ACC Local Policing", "Open"),
    "MSHT17": ("National thematic", "ACC Crime", "Open"),
    "Legit17": ("PEEL national overview", "ACC Local Policing", "Open"),
    "CDI19": ("Force inspection", "DCC", "Open"),
    "Powers21": ("National spotlight", "ACC Local Policing", "Open"),
    "PEEL 21-22": ("PEEL force inspection", "DCC", "Open"),
}

# --------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="FF1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFFFF")
SECTION_FILL = PatternFill("solid", fgColor="FFD9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", fgColor=colour)


def fix_props(wb):
    wb.properties.creator = "Strategic Planning & Organisational Learning"
    wb.properties.lastModifiedBy = "SPOL Analyst"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def save_deterministic(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" at save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2023-11-06T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)


def build_hmicfrs():
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = "HMICFRS – Recommendations and areas for improvement: monitoring"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"Force: {FORCE}.  Definitive list as at 6 November 2023"
    header = ["ID", "Force", "Report title", "Publication date", "Type",
              "Recommendation / area for improvement", "Status", "Status date"]
    ws.append([])
    ws.append(header)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = fill("FFD9D9D9")
    rows = {}
    order = sorted(HM, key=lambda h: (REPORTS[h[2]][1], h[1]))
    for h in order:
        key, rid, rep, typ, text, status, sdate = h
        ws.append([rid, FORCE, REPORTS[rep][0], dt.datetime.combine(REPORTS[rep][1],
                   dt.time()), typ, text, status, dt.datetime.combine(sdate, dt.time())])
        r = ws.max_row
        rows[key] = f"Definitive list!{r}"
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        for c in ws[r]:
            c.alignment = WRAP
    for col, w in zip("ABCDEFGH", [9, 20, 45, 14, 24, 90, 18, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:H{ws.max_row}"
    save_deterministic(wb, os.path.join(OUT, "hmicfrs.xlsx"))
    return rows


def build_tracker():
    wb = Workbook()
    fix_props(wb)
    idx = wb.active
    idx.title = "Index"
    idx["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
    idx["A1"].font = Font(bold=True, size=14)
    idx["A2"] = ("Maintained by Strategic Planning & Organisational Learning. Last updated "
                 "03/11/2023. One tab per HMICFRS report – click a tab name to open it.")
    idx.append([])
    idx.append(["Tab", "Report", "Published", "Inspection", "Chief officer lead",
                "No. of recs / AFIs", "Report status"])
    for c in idx[4]:
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
    for tab, shown in INDEX_ORDER:
        rep = TABS[tab]["report"]
        _, _, _, ititle, (kind, pub) = REPORTS[rep]
        insp, lead, status = INDEX_META[tab]
        items = [r for r in TABS[tab]["rows"]
                 if isinstance(r, dict) and r.get("type") != "Local action"]
        n = len({r["hm"] for r in items if r["hm"]}) + sum(1 for r in items if not r["hm"])
        idx.append([shown, ititle, pub, insp, lead, n, status])
        r = idx.max_row
        c = idx.cell(r, 1)
        c.hyperlink = f"#'{tab}'!A1"
        c.font = Font(color="FF0563C1", underline="single")
        if kind == "date":
            idx.cell(r, 3).number_format = "dd/mm/yyyy"
        elif kind == "date_mmmyy":
            idx.cell(r, 3).number_format = "mmm-yy"
        for cc in idx[r]:
            cc.alignment = WRAP
            cc.border = BOX
    idx.append([])
    idx.append(["Notes:"])
    idx.append(["RAG key and drop-down lists are on the Lists tab. Local actions (the force's "
                "own actions, not HMICFRS items) are shown on the report tab they support."])
    idx.append(["FL15 uses the original 2016 progress chart: grading is shown by shading only."])
    for col, w in zip("ABCDEFG", [12, 70, 16, 24, 20, 12, 24]):
        idx.column_dimensions[col].width = w

    force_rows: list[tuple[str | None, str, str, str]] = []
    for tab in SHEET_ORDER:
        spec = TABS[tab]
        ws = wb.create_sheet(tab)
        ws["A1"] = "◄ Back to Index"
        ws["A1"].hyperlink = "#'Index'!A1"
        ws["A1"].font = Font(color="FF0563C1", underline="single")
        ws["A2"] = spec["meta"]
        ws["A2"].font = Font(italic=True)
        ws.append([])
        ws.append(spec["header"])
        ncol = len(spec["header"])
        for c in ws[4]:
            c.font = HEAD_FONT
            c.fill = HEAD_FILL
            c.alignment = WRAP
        for row in spec["rows"]:
            if isinstance(row, tuple):
                ws.append([row[1]])
                r = ws.max_row
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                ws.cell(r, 1).font = Font(bold=True)
                ws.cell(r, 1).fill = SECTION_FILL
                continue
            vals = []
            for f in spec["fields"]:
                v = row.get(f)
                if f == "shade":
                    v = None
                vals.append(v)
            ws.append(vals)
            r = ws.max_row
            for j, f in enumerate(spec["fields"], start=1):
                c = ws.cell(r, j)
                c.alignment = WRAP
                c.border = BOX
                if f == "rag" and row.get("rag"):
                    c.fill = fill(FILLS[row["rag"]])
                if f == "shade":
                    c.fill = fill(FILLS[row["shade"]])
                if f == "submitted" and row.get("submitted"):
                    c.number_format = "dd/mm/yyyy"
            force_rows.append((row["hm"], f"{tab}!{r}", row["cat"], row["why"]))
        if spec.get("legend"):
            ws.append([])
        for text, colour in spec.get("legend", []):
            ws.append([text])
            r = ws.max_row
            if colour:
                ws.cell(r, ncol).fill = fill(FILLS[colour])
        widths = {"text": 80, "update": 45, "lead": 22, "type": 16, "id": 11, "ref": 9,
                  "rag": 14, "submitted": 14, "eta": 16, "shade": 12}
        for j, f in enumerate(spec["fields"], start=1):
            ws.column_dimensions[ws.cell(4, j).column_letter].width = widths[f]
        ws.freeze_panes = "A5"

    lists = wb.create_sheet("Lists")
    lists.append(["RAG", "Meaning"])
    for c in lists[1]:
        c.font = Font(bold=True)
    for word, meaning in [
        ("GREEN", "The recommendation is implemented"),
        ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be "
                  "implemented"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale "
                "required)"),
        ("WHITE", "Not Lincolnshire Police responsibility to deliver or is dependent upon "
                  "another organisation"),
        ("Pending sign off", "Force considers complete; awaiting chief officer lead sign-off"),
        ("Complete", "Closed by the force"),
    ]:
        lists.append([word, meaning])
        lists.cell(lists.max_row, 1).fill = fill(FILLS[word])
    lists.append([])
    lists.append(["Type"])
    lists.cell(lists.max_row, 1).font = Font(bold=True)
    for t in ["Recommendation", "AFI", "Cause of concern", "Local action"]:
        lists.append([t])
    lists.column_dimensions["A"].width = 18
    lists.column_dimensions["B"].width = 80

    tmpl = wb.create_sheet("Template")
    tmpl["A1"] = "◄ Back to Index"
    tmpl["A2"] = "Copy this tab for a new report; name the tab with a short abbreviation and add "\
                 "a row to the Index."
    tmpl.append([])
    tmpl.append(TABS["PEEL 21-22"]["header"])
    tmpl.sheet_state = "hidden"

    save_deterministic(wb, os.path.join(OUT, "tracker.xlsx"))
    return force_rows


def main():
    os.makedirs(OUT, exist_ok=True)
    hm_rows = build_hmicfrs()
    force_rows = build_tracker()
    paired = {hm for hm, *_ in force_rows if hm}
    lines = []
    for h in sorted(HM, key=lambda h: (REPORTS[h[2]][1], h[1])):
        key = h[0]
        these = [fr for fr in force_rows if fr[0] == key]
        if not these:
            lines.append((hm_rows[key], "", "missing_from_force",
                          f"register item {h[1]} ({h[5]}) has no row on any tab"))
        for _, frow, cat, why in these:
            lines.append((hm_rows[key], frow, cat, why))
    for hm, frow, cat, why in force_rows:
        if hm is None:
            lines.append(("", frow, cat, why))
    assert paired <= set(HM_BY_KEY)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    write_readme()


README = r"""# Case `tabs_named_short_with_index` (round 38, contents-like layout)

Built by `../build_tabs_named_short_with_index.py` (seed `20231106`; the workbooks' core-properties
timestamps and zip entry times are fixed, so a rebuild is byte for byte identical). Force:
Lincolnshire Police (fictional data, real HMICFRS texts, OGL).

## Files
- `hmicfrs.xlsx`: one sheet, `Definitive list`. Rows 1-2 are a title and "Definitive list as at
  6 November 2023", row 3 is blank, and row 4 is the header (`ID, Force, Report title,
  Publication date, Type, Recommendation / area for improvement, Status, Status date`).
  Rows 5-58 hold **54 items** across **6 reports**: Targeting the risk 2015 (5), Stolen freedom
  2017 (7), PEEL legitimacy 2017 national (5), Crime data integrity 2019 (7), Disproportionate use
  of police powers 2021 (5), PEEL 2021/22 (25). IDs are plain register integers. Types are
  Recommendation / Area for improvement / Cause of concern / National recommendation. Statuses
  are Awaiting review and Being progressed (open), or Complete, Superseded and No further action
  required (closed). Dates are real date cells (dd/mm/yyyy).
- `tracker.xlsx`: the force's workbook, **one sheet per report, named by a short abbreviation**:
  `Index`, `PEEL 21-22`, `Powers21`, `CDI19`, `Legit17`, `MSHT17`, `FL15`, `CB14`, `Lists`, and a
  hidden `Template`. You can only learn a tab's report from the `Index` sheet (rows 5-11:
  `Tab | Report | Published | Inspection | Chief officer lead | No. of recs / AFIs | Report status`,
  with a hyperlink on each tab name). The item rows carry no report title or date.
  Each report tab has "◄ Back to Index" in row 1, a lead/meta line in row 2, a blank row 3, the
  header in row 4, and items from row 5. The tabs were made at different times, so their columns
  differ: `PEEL 21-22` and `Powers21` have an `HMICFRS ID` column, the older tabs have only a
  running `No.`/`Rec No.`/`Ref` (not register references).
- `truth.csv`: 66 lines, 62 force item rows plus 4 HMICFRS items with no force row.

## Counts per category (truth.csv lines)
| category | lines | items |
|---|---|---|
| in_sync | 31 | 27 (CDI19 rec 11203 split into 5 rows) |
| closeable_submit | 14 | 11 (Stolen freedom 8821 split into 4 rows) |
| closeable_local | 7 | 7 |
| conflict | 5 | 5 |
| missing_from_force | 4 | 4 (8827, 11208, 15463, 15475) |
| not_on_hmicfrs_list | 5 | 5 (3 local actions, 2 Core Business 2014 rows) |

18 of the 54 HMICFRS items are closed on one side only (11 submit and 7 local).

## Not items (kept out of truth.csv)
The `Index` sheet (title, notes, and 7 report rows with titles and dates but no item text). On
each tab: row 1 (back link), row 2 (meta), row 4 (header). `PEEL 21-22` has 7 merged
section-heading rows (5, 8, 10, 19, 25, 27, 33, "Investigating crime – Inadequate (cause of
concern)" etc.). `FL15` rows 11-14 are a colour key (shaded cells). `Lists` holds the RAG
meanings and drop-down values. `Template` is hidden and has only a header row.

## Traps and how the truth decides them
1. **Report comes only from tab name + Index.** For example, `Legit17` = "PEEL: Police
   legitimacy 2017 – national overview (stop and search recommendations)", Dec 2017. The Index
   titles are the force's own wording ("Stolen Freedom … Modern Slavery & Human Trafficking",
   "Lincolnshire Police – Crime Data Integrity inspection 2019", "PEEL 2021/22 – … An
   inspection of Lincolnshire Police"), but each is the same report as the register's. The
   Index gives publication dates in several forms: a date cell shown as `Sep-14`, 15/09/2015,
   "24 October 2017", "Dec 2017", "Sept 2019", 26/02/2021 and "12 May 2022". All agree with the
   register to the month, so none of them is a date conflict.
2. **Index typo**: the Index row says `MSHT 17` but the tab is `MSHT17` (its hyperlink points to
   `MSHT17`). It is the same tab.
3. **Item on the wrong tab (conflict).** Register 8545 (PEEL legitimacy 2017, unconscious bias
   training) sits on `Powers21!10` with `HMICFRS ID` 8545, so the report disagrees.
4. **Transposed reference (conflict).** `PEEL 21-22!15` has ID 15647 for register 15467 (no
   register item 15647 exists). The text, report and tab all match 15467.
5. **Type conflict.** `PEEL 21-22!22` records AFI 15472 (stalking ancillary orders) as
   "Recommendation" ("Rec 4").
6. **Timescale conflict.** `MSHT17!9` reads "Within 12 months" where register 8822 says "Within
   six months". Register 8822 also carries a stray footnote "86" in its text.
7. **Missing bullet (conflict).** `Legit17!6` copies 8542 with two of its three bullets (it
   drops possession-only drug searches).
   For traps 3-7, a conflict outranks the closeable reading (in 3 and 7 the force is GREEN and
   HMICFRS is open).
8. **Splits.** `MSHT17!5-8` (1a-1d) are the four bullets of 8821. All are GREEN, so each line is
   closeable_submit. `CDI19!5-9` (1(a)-1(e)) are the five bullets of 11203. Three are GREEN and
   two AMBER, so the item is still open on the force side and, with HMICFRS open, every line is
   in_sync. Green bullet rows are not closeable on their own.
9. **RAG by shading only.** On `FL15` (the 2016 BTP-style progress chart) the `Grading R/A/G`
   cells are empty and only the fill shows the grade. Green fill means done; amber means open.
   The colour key below it is not an item.
10. **Force vocabulary.** GREEN, Complete and Pending sign off count as done. WHITE counts as done
    (not the force's to deliver; `Powers21!8` pairs with 13373 "No further action required", so
    in_sync). AMBER and RED count as open. National items are typed "Rec"/"Recommendation" on the
    force tabs against "National recommendation" on the register. That is the same type, not a
    conflict.
11. **Missing IDs.** On the tab that has an ID column, `PEEL 21-22!32` and `!37` leave the
    HMICFRS ID blank. Match them by text (both are closeable_submit).
12. **Near-duplicate asks.** CDI19 has three AFIs worded "make sure it records reports of X
    accurately and without delay" (rape, stalking, domestic abuse). The force has rape and
    stalking. Domestic abuse (11208) is missing_from_force.
13. **Same wording, different report.** `CB14!5` (Core Business 2014, "provide call-handlers with
    … threat, harm and risk") shares its wording with CDI19 11204. That item is paired with
    `CDI19!10`, and the CB14 row is not_on_hmicfrs_list, like `CB14!6`, because the Core
    Business report is not on the register.
14. **Local actions** ("Force action - …", "Local action: …", "JAC action: …", type "Local
    action") on `PEEL 21-22` rows 13, 16 and 30 are not_on_hmicfrs_list.
15. **Rewording.** The force texts use abbreviations (MSHT, S&S, BWV, CoP APP, HO, CCs, RUI),
    "&", "Within 6 months", ID prefixes in a separate Ref column, dropped stems ("The force
    should"), misspellings ("supervison"), straight quotes for curly ones, re-bulleting ("a) b)
    c)", dashes), and abridgement (13373, 8824). None of these changes the meaning, so none is a
    conflict on its own.
"""


def write_readme():
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README)


if __name__ == "__main__":
    main()
