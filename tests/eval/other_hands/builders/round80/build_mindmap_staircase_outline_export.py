"""Build the round-80 case C: mindmap_staircase_outline_export.

A force's organisational-learning (OL) team keeps its HMICFRS recommendations in a mind map
and hands the analyst the map's export to Excel: one row per topic, the topic's text
"staircased" into the column of its level (Level 1 .. Level 6), then the map's task-info
columns (notes, icons, tags, resources, dates, % complete, priority, hyperlink). Items sit
at different depths; headings, actions, the legend and a parking lot sit among them.

Run with /work/main/.venv/bin/python. Writes /tmp/indep80/mindmap_staircase_outline_export/
(hmicfrs.xlsx, tracker.xlsx, truth.csv, README.md), byte for byte the same on every run.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections import Counter, defaultdict

import xlsxwriter

CASE = "mindmap_staircase_outline_export"
OUT = os.path.join("/tmp/indep80", CASE)
FIXED = dt.datetime(2024, 10, 14, 9, 12, 0)
H_SHEET = "Definitive list"
F_SHEET = "HMICFRS recs map"
FORCE = "Cumbria Constabulary"

D = dt.date

# ---------------------------------------------------------------------------------------
# HMICFRS side: reports and items (real public wording, Open Government Licence)
# ---------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", D(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff15": ("PEEL: Police efficiency 2015", D(2015, 10, 15)),
    "cdi16": ("Crime data integrity inspection 2016", D(2016, 9, 22)),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "ncpi17": ("National child protection inspection 2017", D(2017, 6, 20)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 19)),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 5, 16)),
}

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"
BP = "Being progressed"
AR = "Awaiting review"
CO = "Complete"
SU = "Superseded"
NFA = "No further action required"

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
CDI_REC = (
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
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk "
    "had not been identified, even where good information was available on the police "
    "database. In some cases there was information to indicate that children were at risk of "
    "sexual exploitation, but this did not influence the assigned risk and categorisation. "
    "Children were incorrectly graded at a lower level and could have been exposed to an "
    "increased risk of harm. This is an enduring cause of concern from HMIC’s report on "
    "vulnerability in 2015."
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

# key: (register id, report key, type, text, status, status date)
H = {
    "H1": (1187, "sas13", NAT,
           "Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.",
           BP, D(2023, 11, 2)),
    "H2": (1188, "sas13", NAT,
           "Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch "
           "criminals and maintain public trust.",
           CO, D(2019, 3, 14)),
    "H3": (1189, "sas13", NAT,
           "Chief Constables should, in consultation with elected local policing bodies, "
           "ensure that they comply with the code of practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example, young people.",
           CO, D(2018, 7, 20)),
    "H4": (2354, "everyone", NAT, EVERYONE_PLAN, SU, D(2017, 2, 21)),
    "H5": (4831, "core", NAT,
           "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
           "that have not yet done so, should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.",
           SU, D(2016, 5, 10)),
    "H6": (4832, "core", NAT,
           "By 31 March 2015 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.",
           CO, D(2017, 1, 12)),
    "H7": (5102, "integrity", NAT,
           "By 31 August 2015, all chief constables should satisfy themselves that they have "
           "processes in place to ensure that investigations into misconduct by officers "
           "and staff resulting in “no further action” are fair and free of any form of "
           "discrimination.",
           BP, D(2022, 6, 30)),
    "H8": (5610, "picture", NAT,
           "By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through "
           "the force information management governance structure. This should include "
           "measures to ensure that categorisation of records are regularly adjusted.",
           CO, D(2018, 10, 4)),
    "H9": (5877, "firearms", NAT,
           "Within three months, all chief constables should assess how well the governance "
           "of firearms licensing in his or her force meets the standards set out in "
           "Authorised Professional Practice. Chief constables of forces where the "
           "governance standards are not being complied with should put in place "
           "immediately the correct arrangements and procedures in order to meet the "
           "standards in full.",
           CO, D(2016, 8, 30)),
    "H10": (5878, "firearms", NAT,
            "Within three months, all chief constables should assess the demand placed on their "
            "firearms licensing department and ensure it has the capacity to meet this demand and "
            "provide an efficient and effective service at all times.",
            BP, D(2024, 2, 5)),
    "H11": (5879, "firearms", NAT,
            "Immediately, all chief constables should satisfy themselves that all appropriate "
            "action is being taken by their force with regard to ‘total expired’ licensing "
            "records.",
            CO, D(2016, 8, 30)),
    "H12": (5880, "firearms", NAT,
            "Within three months, all chief constables should ensure that their arrangements "
            "in respect of the use of temporary permits are in accordance with the Home "
            "Office guidance; that temporary permits are properly recorded without delay on "
            "the National Firearms Licensing Management System; and that effective systems "
            "exist to ensure certificate holders are not permitted, at any time, to remain "
            "in unlawful possession of a firearm.",
            BP, D(2023, 9, 18)),
    "H13": (5881, "firearms", NAT,
            "Within three months, all chief constables should ensure that systems designed "
            "to identify, prior to police attendance, whether a reported incident involves "
            "or is at the address of a firearm certificate holder are in place and are "
            "always applied by staff dispatching officers to incidents; and that officers "
            "understand the risk assessment which they should be undertaking in such "
            "circumstances, and their power, when appropriate, to seize firearms and firearm "
            "certificates.",
            BP, D(2023, 9, 18)),
    "H14": (6120, "eff15", AFI,
            "The force should undertake further work to gain a fuller understanding of current "
            "demand for its services, and likely future changes in demand. This is so it can "
            "make best use of its resources by matching them to demand to meet the needs of "
            "the public",
            CO, D(2017, 11, 30)),
    "H15": (6121, "eff15", AFI,
            "The force should develop its understanding of the links between its outcomes, "
            "outputs and costs",
            BP, D(2024, 1, 22)),
    "H16": (6122, "eff15", AFI,
            "The force should develop a future workforce plan that is aligned with its overall "
            "demand and budget. The plan should include future resource allocations, the mix of "
            "skills required by the workforce and behaviours expected of them.",
            SU, D(2019, 5, 2)),
    "H17": (7013, "cdi16", REC, CDI_REC, BP, D(2024, 4, 11)),
    "H18": (7014, "cdi16", REC,
            "Immediately, the force should make sure it records reports of rape and serious "
            "sexual offences accurately and without delay.",
            CO, D(2018, 2, 6)),
    "H19": (7398, "eff16", COC, MISSING_COC, BP, D(2024, 4, 11)),
    "H20": (7399, "eff16", REC, MISSING_REC, BP, D(2024, 4, 11)),
    "H21": (8020, "ncpi17", REC,
            "Within three months, the force should improve how it works with partner "
            "organisations to safeguard people at risk from child sexual exploitation.",
            BP, D(2023, 12, 1)),
    "H22": (8021, "ncpi17", REC,
            "Within six months the force should make sure officers and staff have the training "
            "they need to identify and respond to online child sexual abuse.",
            CO, D(2019, 7, 3)),
    "H23": (8022, "ncpi17", REC,
            "Within twelve months, the force should improve the way it manages the risk posed "
            "by offenders involved in sexual offences against children.",
            AR, D(2017, 6, 20)),
    "H24": (8433, "stolen", NAT, SF_LEADERSHIP, BP, D(2023, 6, 14)),
    "H25": (8434, "stolen", NAT,
            "Within six months, forces should have in place active information-sharing "
            "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
            "and in order to safeguard victims better and to identify suspects as early as "
            "possible",
            BP, D(2023, 6, 14)),
    "H26": (8435, "stolen", NAT,
            "Immediately, forces should ensure that all victims carrying out criminal acts "
            "under compulsion attributable to slavery or exploitation are afforded the "
            "protection of early and continuing consideration of the applicability of the "
            "section 45 defence.",
            BP, D(2023, 6, 14)),
    "H27": (8436, "stolen", NAT,
            "Immediately, forces should take steps to ensure they are fully compliant with "
            "the NRM process as it evolves and are implementing the requirement placed upon "
            "them under the Modern Slavery Act 2015 to notify the Home Office of any "
            "individual suspected to be an adult victim of modern slavery or human "
            "trafficking.",
            CO, D(2020, 2, 27)),
    "H28": (8437, "stolen", NAT,
            "Immediately, forces should take steps to ensure they fully comply with national "
            "crime recording standard (NCRS) requirements for offences identified as modern "
            "slavery and human trafficking and that sufficient audit capacity is available "
            "to the force crime registrar to provide reassurance that each force is "
            "identifying and managing any gaps in its crime-recording accuracy for these "
            "types of offences.",
            BP, D(2023, 6, 14)),
    "H29": (8438, "stolen", NAT,
            "Immediately, forces should ensure that allegations or indications of modern "
            "slavery and human trafficking are thoroughly investigated and effectively "
            "supervised by teams and individuals with the skills and experience to undertake "
            "them (this should include the use where appropriate of joint intelligence teams "
            "and other means to obtain intelligence and evidence from agencies overseas).",
            NFA, D(2021, 9, 7)),
    "H30": (8439, "stolen", NAT,
            "Immediately, forces should review their use of preventative powers under the "
            "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
            "of those deemed to pose a clear threat to others in respect of modern slavery "
            "and human trafficking offences are exploited.",
            AR, D(2017, 10, 24)),
    "H31": (8502, "efc17", NAT,
            "By September 2018, chief constables should produce an ambitious plan to improve "
            "digitally-enabled services within their force. The Home Office, National Police "
            "Chiefs' Council and Association of Police and Crime Commissioners should "
            "support the development of these plans by establishing a national framework "
            "which allows for the provision of digitally enabled services across force "
            "boundaries.",
            BP, D(2022, 3, 9)),
    "H32": (8555, "leg17", COC,
            "HMICFRS is concerned that forces are not able to demonstrate that the use of "
            "stop and search powers is consistently reasonable and fair. In particular, "
            "there is over-representation of BAME people, and black people in particular, "
            "in stop and search data which many forces are unable to explain.",
            BP, D(2024, 3, 19)),
    "H33": (8556, "leg17", NAT, SAS_MONITORING_2017, BP, D(2024, 3, 19)),
    "H34": (8557, "leg17", NAT,
            "Where forces identify disparities through monitoring, they should demonstrate "
            "to the public that they have:\n"
            "•carried out research and analysis in an attempt to understand the reasons for "
            "the disparity, and •taken action to reduce the disparity, where necessary;",
            BP, D(2024, 3, 19)),
    "H35": (8558, "leg17", NAT,
            "We expect forces to publish this analysis and any actions taken at least on an "
            "annual basis, from July 2018.",
            CO, D(2021, 11, 23)),
    "H36": (8559, "leg17", NAT,
            "By July 2018, and ongoing following that date, forces should ensure that all "
            "officers who use stop and search powers have been provided with, and "
            "understand, training on unconscious bias and College of Policing APP on stop "
            "and search.",
            CO, D(2020, 1, 15)),
    "H37": (9410, "peel1819", REC,
            "HMIC recommends that within six months the force should: ensure regular and active "
            "supervision of the quality and progress of investigations. This supervision "
            "should be properly recorded;",
            BP, D(2024, 4, 11)),
    "H38": (9411, "peel1819", AFI,
            "The force should improve its use of its crime-recording and management system to "
            "better manage its case files and investigative processes.",
            AR, D(2024, 8, 28)),
    "H39": (9412, "peel1819", REC,
            "HMIC recommends that within six months the force should: improve its understanding "
            "of suspects released under investigation and the management of those released on "
            "bail;",
            NFA, D(2023, 1, 17)),
    "H40": (9413, "peel1819", REC,
            "HMIC recommends that within six months the force should: improve its ability to "
            "retrieve digital evidence from mobile phones, computers and other electronic "
            "devices quickly enough to ensure investigations are not delayed;",
            BP, D(2024, 4, 11)),
    "H41": (9414, "peel1819", AFI,
            "The force should ensure all staff have received at least the lowest level of "
            "vetting clearance for their roles as quickly as possible, working to clear both "
            "the vetting backlog and new vetting renewals when they become due so that it "
            "complies fully with the national vetting guidelines.",
            CO, D(2021, 6, 8)),
    "H42": (9415, "peel1819", REC,
            "HMIC recommends that the force should immediately:improve its arrangements both to "
            "consult with the public about business planning and to feed back on changes made "
            "to service delivery as a result of such consultation.",
            BP, D(2024, 4, 11)),
    "H43": (11230, "powers", NAT,
            "By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict "
            "management and de-escalation.",
            BP, D(2024, 5, 2)),
    "H44": (11231, "powers", NAT,
            "By July 2021, forces should ensure that communication skills are reinforced as "
            "part of the programme of continuing professional development for officers and "
            "staff, and that supervisors are supported to routinely and frequently debrief "
            "officers on these skills using body-worn video footage.",
            BP, D(2024, 5, 2)),
    "H45": (11232, "powers", NAT, BWV_2021, BP, D(2024, 5, 2)),
    "H46": (11233, "powers", NAT,
            "The Home Office and the NPCC should take steps to ensure that the quality of the "
            "data collected on the number of incidents where force has been used to effect a "
            "stop and search is sufficient for publication. The Home Office should publish "
            "this data as soon as possible.",
            AR, D(2021, 2, 26)),
    "H47": (11234, "powers", NAT,
            "By July 2021, forces should ensure they have effective internal monitoring "
            "processes on the use of force, to help them to identify and understand "
            "disproportionate use, explain the reasons and implement any necessary "
            "improvement action.",
            BP, D(2024, 5, 2)),
    "H48": (12604, "peel2122", AFI,
            "The force should improve its understanding of the nature and scale of county lines "
            "drug dealing in its area.", BP, D(2024, 2, 20)),
    "H49": (12605, "peel2122", AFI,
            "The force should make sure investigations of stalking and harassment are allocated "
            "to officers with the right skills and are effectively supervised.",
            BP, D(2024, 2, 20)),
    "H50": (12606, "peel2122", AFI,
            "The force should improve the timeliness of its response to calls for service "
            "involving vulnerable adults.", BP, D(2024, 2, 20)),
    "H51": (12607, "peel2122", AFI,
            "The force should make sure victims of residential burglary are kept informed about "
            "the progress of their case, in line with the Code of Practice for Victims of "
            "Crime.", CO, D(2023, 10, 12)),
    "H52": (12608, "peel2122", AFI,
            "The force should make sure its analysis of serious and organised crime informs its "
            "strategic assessment and control strategy.", BP, D(2024, 2, 20)),
    "H53": (12609, "peel2122", AFI,
            "The force should develop a problem-solving approach to anti-social behaviour, "
            "working with local communities and partners.", CO, D(2024, 7, 4)),
    "H54": (12610, "peel2122", AFI,
            "The force should make sure it has enough specialist capacity and capability to "
            "investigate online child sexual abuse.", BP, D(2024, 2, 20)),
    "H55": (12611, "peel2122", AFI,
            "The force should make sure officers and staff have the training they need to "
            "identify and respond to honour-based abuse.", AR, D(2022, 5, 19)),
    "H56": (12612, "peel2122", AFI,
            "The force should improve how it gathers, assesses and acts on intelligence about "
            "fraud.", BP, D(2024, 2, 20)),
    "H57": (12613, "peel2122", AFI,
            "The force should make sure it records reports of hate crime accurately and without "
            "delay.", BP, D(2024, 2, 20)),
    "H58": (14810, "peel2324", COC,
            "The force does not have the capacity or capability to investigate crime "
            "effectively and this is affecting the service being provided to the public. There "
            "are failings in the way that crimes are being investigated.", BP, D(2024, 9, 3)),
    "H59": (14811, "peel2324", REC,
            "Within six months the force should improve the supervision of investigations, so "
            "that investigation plans are set, reviewed and recorded and victims receive a "
            "consistently good service.", BP, D(2024, 9, 3)),
    "H60": (14812, "peel2324", REC,
            "Within twelve months, the force should conduct a review of officers’ capabilities "
            "and capacity to manage their investigative workload, to better understand "
            "investigative demand and the pressures placed upon them.", AR, D(2024, 5, 16)),
    "H61": (14813, "peel2324", AFI,
            "The force should improve how it works with partner organisations to safeguard "
            "people at risk from domestic abuse.", BP, D(2024, 9, 3)),
    "H62": (14814, "peel2324", AFI,
            "The force should make sure it consistently uses ancillary orders and other powers "
            "to protect victims of violence against women and girls.", BP, D(2024, 9, 3)),
    "H63": (14815, "peel2324", AFI,
            "The force should make sure its performance framework gives senior leaders a clear "
            "picture of its response to rape and serious sexual offences.", AR, D(2024, 5, 16)),
    "H64": (14816, "peel2324", AFI,
            "The force should make sure victims of fraud are kept informed about the progress "
            "of their case, in line with the Code of Practice for Victims of Crime.",
            BP, D(2024, 9, 3)),
    "H65": (14817, "peel2324", AFI,
            "The force should review its approach to repeat victims to make sure victims "
            "receive a consistently good service.", BP, D(2024, 9, 3)),
    "H66": (14818, "peel2324", AFI,
            "The force should evaluate its work to prevent knife crime and share what works "
            "across the force.", BP, D(2024, 9, 3)),
    "H67": (14819, "peel2324", AFI,
            "The force should make sure it has enough specialist capacity and capability to "
            "investigate rape and serious sexual offences.", AR, D(2024, 5, 16)),
    "H68": (14820, "peel2324", AFI,
            "The force should improve its understanding of the nature and scale of violence "
            "against women and girls in its area.", BP, D(2024, 9, 3)),
    "H69": (14821, "peel2324", AFI,
            "The force should make sure victims of stalking and harassment are kept informed "
            "about the progress of their case, in line with the Code of Practice for Victims of "
            "Crime.", BP, D(2024, 9, 3)),
}
H_ORDER = sorted(H, key=lambda k: H[k][0])  # the export is sorted by register id

# ---------------------------------------------------------------------------------------
# Force side: the mind map, topic by topic in export (pre-order) order
# ---------------------------------------------------------------------------------------
REG = "https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/cumbria/{}/"
EVID = "\\\\cc-fs02\\OL\\HMICFRS evidence\\{}"

NODES: list[dict] = []


def t(level, text, kind, **kw):
    """One topic. kind: 'title'/'heading'/'action'/'legend'/'note' (not items) or 'item'.
    For items, links=[(hmicfrs key, category, why), ...]."""
    d = dict(level=level, text=text, kind=kind, notes=None, icons=None, tags=None, res=None,
             start=None, due=None, pct=None, pri=None, link=None, links=[])
    d.update(kw)
    if d["pct"] is not None and d["icons"] is None and kind in ("item", "action"):
        d["icons"] = {0: "Progress 0%", 25: "Progress 25%", 50: "Progress 50%",
                      75: "Progress 75%", 100: "Task complete"}.get(d["pct"])
    NODES.append(d)
    return d


def L(k, cat, why):
    return (k, cat, why)


IS = "in_sync"
CS = "closeable_submit"
CL = "closeable_local"
CF = "conflict"
NO = "not_on_hmicfrs_list"
RV = "review"

t(1, "Cumbria Constabulary – HMICFRS recommendations & AFIs", "heading",
  notes="Owner: Organisational Learning (Strategic Development). Live branches = open. "
        "Move to the ✔ branch once COG has signed off the closure evidence.")

# --- PEEL (force reports) --------------------------------------------------------------
t(2, "PEEL (force reports)", "heading")
t(3, "PEEL Efficiency 2015", "heading")
t(4, "AFI 2 – understand links between outcomes, outputs & costs", "item",
  notes="The force should develop its understanding of the links between its outcomes, "
        "outputs and costs",
  tags="Type: AFI", res="Director of Finance", start=D(2023, 4, 1), due=D(2025, 3, 31), pct=25,
  links=[L("H15", IS, "PEEL Efficiency 2015 branch, notes are the AFI word for word (6121); "
                      "map 25% (open), HMICFRS Being progressed (open).")])
t(5, "Activity-based costing pilot with Finance – phase 1 scoped", "action",
  res="Director of Finance", pct=25)
t(4, "AFI 3 – future workforce plan aligned to demand & budget", "item",
  notes="Develop a future workforce plan aligned with overall demand and budget - to include "
        "future resource allocations, skills mix and behaviours expected.",
  tags="Type: AFI", res="Director of People", start=D(2022, 9, 1), due=D(2024, 12, 31), pct=50,
  links=[L("H16", CL, "Workforce-plan AFI of PEEL Efficiency 2015 (6122), same asks in the "
                      "notes; HMICFRS closed it as Superseded, the map still has it live at 50%: "
                      "the force can close its own topic.")])
t(5, "Strategic Workforce Plan 2024-27 drafted – to COG Nov 24", "action",
  res="Director of People", pct=50)

t(3, "PEEL Eff 2016", "heading")
t(4, "CoC – missing & absent children (risk assessment)", "item",
  notes="Missing and absent children – risk assessment inappropriate in some cases; 'absent' "
        "used where should be 'missing'; CSE risk not influencing grading. Enduring CoC from "
        "2015 vulnerability report.",
  tags="Type: CoC", res="Ch Supt Public Protection", pct=75,
  links=[L("H19", IS, "The cause of concern topic of PEEL Eff 2016 (7398): notes paraphrase "
                      "the missing/absent children concern; 75% (rolled up from its "
                      "recommendation), HMICFRS Being progressed: both open.")])
t(5, "R1 – review approach to missing children reports (call takers / CSE risk / supervisor "
     "oversight)", "item",
  notes="To address this CoC the force should immediately review its approach to reports of "
        "missing children and take steps to ensure that:\n- call takers understand and use "
        "the missing and absent category appropriately;\n- call takers and frontline staff "
        "have the necessary knowledge to identify risk factors associated with CSE and how to "
        "respond to such cases; and\n- supervisors provide the correct oversight of missing "
        "person enquiries and direct appropriate and timely investigative and safeguarding "
        "action",
  tags="Type: Rec", res="Ch Supt Public Protection", due=D(2025, 3, 31), pct=75,
  links=[L("H20", IS, "Level-5 topic under the CoC, but it is the CoC's recommendation "
                      "(7399), not an action: notes carry all three bullets; 75% open, "
                      "HMICFRS Being progressed.")])
t(6, "Missing persons policy rewrite & comms plan – published on intranet", "action",
  res="Ch Supt Public Protection", pct=100)
t(6, "Dip-sample 50 missing children reports each quarter, findings to Crime Standards Board",
  "action", res="Force Crime Registrar", pct=50)

t(3, "PEEL 18/19", "heading")
t(4, "AFI 1 – regular & active supervision of investigations, recorded", "item",
  notes="ensure regular and active supervison of the quality and progress of investigations. "
        "This supervision should be properly recorded",
  tags="Type: AFI", res="Det Ch Supt Force CID", start=D(2019, 7, 1), due=D(2024, 12, 31),
  pct=50,
  links=[L("H37", CF, "Same ask as 9410 (supervision of investigations, properly recorded), "
                      "PEEL 18/19 branch; both open, but the map tags and numbers it as an "
                      "AFI while HMICFRS lists it as a Recommendation (within six months): "
                      "type disagrees.")])
t(5, "Investigation supervision standards in Niche – QA dip-sample monthly", "action",
  res="Det Ch Supt Force CID", pct=50)
t(4, "AFI 2 – better use of crime recording & mgmt system for case files", "item",
  tags="Type: AFI", res="Head of Criminal Justice", due=D(2023, 3, 31), pct=100,
  links=[L("H38", CS, "The live copy of 9411: the analyst copied this topic to the ✔ "
                      "branch (its PEEL 18/19 report topic) instead of moving it; both copies "
                      "100%. HMICFRS Awaiting review (open): submit; both copies share the "
                      "HMICFRS row.")])
t(4, "R3 – RUI & bail management", "item",
  notes="improve understanding of suspects released under investigation (RUI) & management of "
        "those on bail",
  tags="Type: Rec", res="Head of Criminal Justice", due=D(2020, 3, 31), pct=25,
  icons="Progress 25%, Red flag",
  links=[L("H39", CL, "RUI and bail recommendation of PEEL 18/19 (9412); HMICFRS No further "
                      "action required (closed), map 25% and red-flagged (open): close locally.")])
t(4, "R2 – digital evidence retrieval (phones, computers) – 6 months", "item",
  res="Det Ch Supt Force CID", due=D(2025, 3, 31), pct=50,
  links=[L("H40", IS, "Digital evidence from phones and computers (9413), within six months "
                      "matches; 50% open, HMICFRS Being progressed.")])
t(4, "R1 – consult public on business planning & feed back changes", "item",
  res="Head of Corporate Development", due=D(2024, 6, 30), pct=100,
  icons="Task complete, Green flag",
  links=[L("H42", CS, "Public consultation on business planning (9415); 100% with the green "
                      "flag (evidence sent) though not yet moved to the ✔ branch; HMICFRS "
                      "Being progressed: submit.")])

t(3, "PEEL 21/22", "heading")
t(4, "AFI 1 [12604] county lines – understand nature & scale", "item",
  tags="Type: AFI", res="Head of Intelligence", due=D(2023, 11, 30), pct=100,
  icons="Task complete, Green flag", link=EVID.format("PEEL 21-22\\AFI 1"),
  links=[L("H48", CS, "Ref 12604 in the topic and text agree (county lines, nature and "
                      "scale); map 100% green flag, HMICFRS Being progressed: submit.")])
t(4, "AFI 2 [12605] stalking & harassment investigations – skills & supervision", "item",
  tags="Type: AFI", res="Det Ch Supt Force CID", due=D(2024, 12, 31), pct=50,
  links=[L("H49", IS, "Ref 12605 and text agree; 50% open, HMICFRS Being progressed.")])
t(4, "AFI 3 – timeliness of response to calls re vulnerable adults", "item",
  tags="Type: AFI", res="Supt Contact Centre", due=D(2025, 3, 31), pct=25,
  links=[L("H50", IS, "No ref; text is the vulnerable-adults timeliness AFI (12606); 25% "
                      "open, HMICFRS Being progressed.")])
t(4, "AFI 6 – problem-solving approach to ASB with communities & partners", "item",
  tags="Type: AFI", res="ACC Local Policing", due=D(2024, 9, 30), pct=75,
  icons="Progress 75%, Red flag",
  links=[L("H53", CL, "ASB problem-solving AFI (12609); HMICFRS Complete, map still 75%: "
                      "close locally.")])
t(4, "AFI 7 [12610] specialist capacity – online CSA", "item",
  tags="Type: AFI", res="Ch Supt Public Protection", due=D(2025, 3, 31), pct=50,
  links=[L("H54", IS, "Ref 12610 and text agree (specialist capacity, online child sexual "
                      "abuse); 50% open, HMICFRS Being progressed.")])
t(4, "AFI 8 [12611] training – identify & respond to HBA", "item",
  tags="Type: AFI", res="Head of Learning & Development", due=D(2023, 9, 30), pct=100,
  links=[L("H55", CS, "Ref 12611, honour-based abuse training; map 100%, HMICFRS Awaiting "
                      "review (open): submit.")])
t(4, "AFI 9 – text to follow (see report p.41)", "item",
  tags="Type: AFI", pct=0,
  links=[L("H56", RV, "Placeholder topic with no wording, owner or ref. The only PEEL 21/22 "
                      "item not otherwise on the map is 12612 (intelligence about fraud), so "
                      "it is probably that AFI, but nothing in the two rows confirms it: a "
                      "person accepts or rejects. If accepted both are open (in sync).")])
t(4, "AFI 10 [12613] hate crime – record accurately & without delay", "item",
  tags="Type: AFI", res="Force Crime Registrar", due=D(2024, 12, 31), pct=75,
  links=[L("H57", IS, "Ref 12613 and text agree; 75% open, HMICFRS Being progressed.")])
t(4, "Force action – dip-sample 50 hate crime reports each quarter, findings to Crime "
     "Standards Board", "item",
  res="Force Crime Registrar", pct=50,
  links=[L(None, NO, "The force's own action, filed at item level in the PEEL 21/22 branch; "
                     "HMICFRS never asked for it (its hate-crime AFI 12613 is the topic above). "
                     "Not on the list.")])

t(3, "PEEL 23/24 (PEEL 2023-25)", "heading")
t(4, "CoC 1 [14810] capacity & capability to investigate crime", "item",
  notes="Force doesn't have capacity/capability to investigate crime effectively – failings "
        "in the way crimes are investigated.",
  tags="Type: CoC", res="ACC Crime", pct=13,
  links=[L("H58", IS, "Ref 14810 and the cause of concern agree; 13% (rolled up), HMICFRS "
                      "Being progressed.")])
t(5, "Rec 1 [14811] supervision of investigations – plans set, reviewed, recorded", "item",
  tags="Type: Rec", res="Det Ch Supt Force CID", due=D(2024, 11, 16), pct=25,
  links=[L("H59", IS, "Level-5 child of the CoC but a recommendation in its own right: ref "
                      "14811 and text agree (within six months); 25% open, HMICFRS Being "
                      "progressed.")])
t(6, "Investigation plan template in Niche – go live Jan 25", "action",
  res="Det Ch Supt Force CID", pct=25)
t(5, "Rec 2 [14821] review officers' capability & capacity / investigative workload "
     "(12 months)", "item",
  notes="Within 12 months - review officers' capabilities and capacity to manage their "
        "investigative workload, to better understand investigative demand and the pressures "
        "on them.",
  tags="Type: Rec", res="ACC Crime", due=D(2025, 5, 16), pct=0,
  links=[L("H60", CF, "Text, report and place (second rec under the CoC) are 14812, the "
                      "workload review; the topic says [14821], a transposed typo that is the "
                      "id of the stalking-victims AFI further down: reference disagrees. Both "
                      "open.")])
t(4, "AFI 1 [14813] DA – partnership safeguarding", "item",
  tags="Type: AFI", res="Ch Supt Public Protection", due=D(2025, 5, 31), pct=50,
  links=[L("H61", IS, "Ref 14813 and text agree; 50% open, HMICFRS Being progressed.")])
t(4, "AFI 2 [14814] VAWG – ancillary orders & powers", "item",
  tags="Type: AFI", res="Ch Supt Public Protection", due=D(2025, 5, 31), pct=25,
  links=[L("H62", IS, "Ref 14814 and text agree; 25% open, HMICFRS Being progressed.")])
t(4, "AFI 4 [14816] fraud victims kept informed (VCOP)", "item",
  tags="Type: AFI", res="Head of Criminal Justice", due=D(2025, 5, 31), pct=0,
  links=[L("H64", IS, "Ref 14816 and text agree; 0% open, HMICFRS Being progressed.")])
t(4, "AFI 5 [14817] repeat victims – consistent service", "item",
  tags="Type: AFI", res="ACC Local Policing", due=D(2025, 5, 31), pct=50,
  links=[L("H65", IS, "Ref 14817 and text agree; 50% open, HMICFRS Being progressed.")])
t(4, "AFI 6 [14818] evaluate knife crime prevention & share what works", "item",
  tags="Type: AFI", res="ACC Local Policing", due=D(2024, 9, 30), pct=100,
  icons="Task complete, Green flag",
  links=[L("H66", CS, "Ref 14818 and text agree; map 100% green flag, HMICFRS Being "
                      "progressed: submit.")])
t(4, "AFI 7 RASSO specialist capacity", "item",
  tags="Type: AFI", res="Det Ch Supt Force CID", due=D(2025, 5, 31), pct=25,
  links=[L("H67", IS, "No ref; specialist capacity and capability for rape and serious "
                      "sexual offences is 14819; 25% open, HMICFRS Awaiting review (open).")])
t(4, "AFI 8 [14820] VAWG nature & scale", "item",
  tags="Type: AFI", res="Head of Intelligence", due=D(2025, 5, 31), pct=25,
  links=[L("H68", IS, "Ref 14820 and text agree; 25% open, HMICFRS Being progressed.")])
t(4, "AFI 9 [14821] stalking victims kept informed (VCOP)", "item",
  tags="Type: AFI", res="Head of Criminal Justice", due=D(2025, 5, 31), pct=25,
  links=[L("H69", IS, "Ref 14821 is genuinely this AFI (stalking and harassment victims kept "
                      "informed); the other [14821] above is a typo. 25% open, HMICFRS Being "
                      "progressed.")])
t(4, "AFI 10 – SOC analysis to inform strat assessment & control strategy", "item",
  tags="Type: AFI", res="Head of Intelligence", due=D(2025, 5, 31), pct=50,
  links=[L("H52", CF, "Text is the serious and organised crime analysis AFI, which HMICFRS "
                      "holds under PEEL 2021/22 (12608); the map files it under PEEL 23/24 as "
                      "'AFI 10' (there is no such AFI in 2023/24, and the 21/22 branch skips "
                      "AFI 5): report disagrees. Both open.")])

# --- Other force inspections -----------------------------------------------------------
t(2, "Other force inspections", "heading")
t(3, "CDI 2016", "heading")
t(4, "R1a – victims believed at point of report; call summaries accurate in incident log",
  "item", tags="Type: Rec", res="Force Crime Registrar", due=D(2017, 3, 22), pct=100,
  notes="Bullets 1 & 2 of R1 (within 6 months).",
  links=[L("H17", IS, "Part 1 of 2 of the CDI recommendation 7013 (bullets 1-2). The "
                      "recommendation is done only when both parts are; part b is at 50%, so "
                      "the force is open, as is HMICFRS (Being progressed).")])
t(4, "R1b – multiple crimes recorded; no waiting for medicals/VIs; online reports triaged",
  "item", tags="Type: Rec", res="Force Crime Registrar", due=D(2025, 3, 31), pct=50,
  notes="Bullets 3, 4 & 5 of R1. Online triage dependent on Single Online Home rollout.",
  links=[L("H17", IS, "Part 2 of 2 of 7013 (bullets 3-5), 50%: the recommendation is open on "
                      "the map; HMICFRS Being progressed.")])
t(3, "NCPI 2017", "heading")
t(4, "R1 – partnership working to safeguard those at risk of CSE (3 months)", "item",
  tags="Type: Rec", res="Ch Supt Public Protection", due=D(2017, 9, 20), pct=100,
  icons="Task complete, Green flag",
  links=[L("H21", CS, "NCPI 2017 CSE partnership recommendation (8020), within three months "
                      "matches; map 100% green flag, HMICFRS Being progressed: submit.")])
t(4, "R3 – manage risk from offenders – sexual offences against children (12 months)", "item",
  tags="Type: Rec", res="Ch Supt Public Protection", due=D(2025, 3, 31), pct=50,
  links=[L("H23", IS, "8022, within twelve months matches; 50% open, HMICFRS Awaiting "
                      "review (open).")])
t(3, "Custody inspection 2018", "heading")
t(4, "R4 – PACE reviews of detention to be carried out in person and recorded on the "
     "custody record", "item",
  tags="Type: Rec", res="Ch Insp Custody", due=D(2019, 3, 31), pct=100,
  links=[L(None, NO, "A 2018 custody inspection recommendation; no custody report is on the "
                     "HMICFRS list at all (the parking lot asks whether custody recs are on "
                     "the portal). Query with HMICFRS.")])

# --- National / thematic ---------------------------------------------------------------
t(2, "National / thematic", "heading")
t(3, "Stop & Search powers (HMIC 2013)", "heading")
t(4, "R3 – comply with CoP: explain S&S use to public; community reps scrutinise records",
  "item",
  notes="Chief Constables should, in consultation with elected local policing bodies, ensure "
        "that they comply with the code of practice by explaining to the public the way S&S "
        "powers are used in their areas and by making arrangements for S&S records to be "
        "scrutinised by community representatives. This should be done in a way that involves "
        "those people who are stopped and searched, for example, young people.",
  tags="Type: National rec", res="ACC Local Policing", pct=100,
  links=[L("H3", IS, "Notes are 1189 word for word (stop and search abbreviated); under the "
                     "2013 report. Map 100%, HMICFRS Complete: both closed/done. (The 2015 "
                     "near-twin in the ✔ branch is a different report.)")])
t(3, "Everyone's Business (DA) 2014", "heading")
t(4, "Publish DA action plan (consult PCC, DA orgs, victims)", "item",
  notes="DA action plan refreshed annually - now part of VAWG delivery plan.",
  tags="Type: National rec", res="Ch Supt Public Protection", pct=75,
  links=[L("H4", CL, "The Everyone's business action-plan recommendation (2354); HMICFRS "
                     "Superseded, the map keeps it live at 75%: close locally.")])
t(3, "Core Business 2014", "heading")
t(4, "THR criteria for call handlers (by 31/03/15)", "item",
  notes="Provide call-handlers with specific, sound & comprehensible criteria to assess threat, "
        "harm and risk.",
  tags="Type: National rec", res="Supt Contact Centre", due=D(2015, 3, 31), pct=75,
  icons="Progress 75%, Red flag",
  links=[L("H5", CL, "Core Business threat, harm and risk criteria (4831), deadline 31 March "
                     "2015 matches; HMICFRS Superseded, map 75%: close locally.")])
t(3, "Policing in Austerity 2014", "heading")
t(4, "R1 – review savings plans: reduce crime & protect front line while balancing budget "
     "(use VfM profiles)", "item",
  tags="Type: National rec", res="Director of Finance", pct=100,
  links=[L(None, NO, "Policing in Austerity recommendation; that report is not on the "
                     "HMICFRS list (closed and dropped). Query with HMICFRS.")])
t(3, "Firearms licensing 2015", "heading")
t(4, "R2 – FEL dept demand & capacity (3 months)", "item",
  tags="Type: National rec", res="Supt Firearms Licensing", pct=100,
  icons="Task complete, Green flag", link=REG.format(5878),
  links=[L("H10", CS, "Firearms licensing demand and capacity (5878, also in the hyperlink); "
                      "map 100% green flag, HMICFRS Being progressed: submit.")])
t(4, "R4 – temporary permits per HO guidance & recorded on NFLMS", "item",
  tags="Type: National rec", res="Supt Firearms Licensing", due=D(2024, 12, 31), pct=50,
  links=[L("H12", IS, "Temporary permits (5880); 50% open, HMICFRS Being progressed.")])
t(3, "Stolen Freedom (MSHT) 2017", "heading")
t(4, "R1 – MSHT leadership & goverance review (12 months)", "item",
  notes="Within 12 months, forces should review their leadership and governance arrangements "
        "for MSHT, to ensure that:\n- senior leaders prioritise the response to MSHT;\n"
        "- forces develop effective partnership arrangements to co-ordinate activity in order "
        "to share information and safeguard victims; and\n- performance and QA measures are in "
        "place to allow senior leaders to assess the nature and quality of the service provided "
        "to victims.",
  tags="Type: National rec", res="ACC Crime", due=D(2024, 10, 31), pct=50,
  links=[L("H24", CF, "Stolen Freedom leadership recommendation (8433); the notes copy it but "
                      "drop the second bullet (every modern slavery incident allocated "
                      "appropriate resources): a missing bullet. Both open.")])
t(4, "R2 – ISAs with partner agencies", "item",
  notes="Within 12 months forces should have in place active ISAs with other agencies to "
        "facilitate speedy exchange of intelligence and in order to safeguard victims better "
        "and to identify suspects as early as possible",
  tags="Type: National rec", res="Head of Intelligence", due=D(2024, 10, 31), pct=50,
  links=[L("H25", CF, "Information-sharing agreements (8434); the map's notes say within 12 "
                      "months, HMICFRS says within six months: timescale disagrees. Both "
                      "open.")])
t(4, "R3 – s45 defence considered early for victims", "item",
  tags="Type: National rec", res="Head of Criminal Justice", pct=100,
  icons="Task complete, Green flag",
  links=[L("H26", CS, "Section 45 defence (8435); 100% green flag, HMICFRS Being progressed: "
                      "submit.")])
t(4, "R5 – NCRS compliance for MSHT offences; FCR audit capacity", "item",
  tags="Type: National rec", res="Force Crime Registrar", due=D(2024, 12, 31), pct=50,
  links=[L("H28", IS, "NCRS compliance for MSHT (8437); 50% open, HMICFRS Being "
                      "progressed.")])
t(4, "R6 – MSHT investigations – skills, supervision, JITs", "item",
  tags="Type: National rec", res="Det Ch Supt Force CID", due=D(2022, 3, 31), pct=25,
  icons="Progress 25%, Red flag",
  links=[L("H29", CL, "MSHT investigations thoroughly investigated and supervised (8438); "
                      "HMICFRS No further action required, map 25%: close locally.")])
t(3, "PEEL Legit 17 S&S", "heading")
t(4, "CoC – S&S reasonable & fair? BAME over-representation", "item",
  tags="Type: CoC", res="ACC Local Policing", pct=75,
  links=[L("H32", IS, "The 2017 legitimacy cause of concern (8555); 75% open, HMICFRS Being "
                      "progressed.")])
t(4, "R1 – monitor S&S data (disproportionality, find rates, possession-only drug searches)",
  "item", tags="Type: National rec", res="ACC Local Policing", due=D(2018, 7, 31), pct=75,
  icons="Progress 75%, Red flag",
  links=[L("H33", IS, "Stop and search monitoring with its three points (8556); 75% open, "
                      "HMICFRS Being progressed.")])
t(4, "R2 & R3 – research disparities & act to reduce; publish analysis annually from July 18",
  "item",
  notes="Where forces identify disparities through monitoring, demonstrate to the public that "
        "they have carried out research/analysis to understand the reasons and taken action "
        "to reduce the disparity. Publish this analysis & actions at least annually from "
        "July 2018.",
  tags="Type: National rec", res="ACC Local Policing", pct=75,
  links=[L("H34", IS, "One topic holds two HMICFRS items; this line is 8557 (research and "
                      "act on disparities): 75% open, HMICFRS Being progressed."),
         L("H35", CL, "Same merged topic, second item 8558 (publish the analysis annually "
                      "from July 2018): HMICFRS Complete, the topic is 75% open: close "
                      "locally (or split the topic).")])
t(3, "Police powers spotlight (Feb 21)", "heading")
t(4, "R1 – comms skills in line with NPG conflict mgmt", "item",
  notes="By July 2021, forces should ensure that officers & staff have effective communication "
        "skills, in line with the National Policing Guidelines on Conflict Management. In "
        "addition to existing conflict mgmt / de-escalation training.",
  tags="Type: National rec", res="Head of Learning & Development", due=D(2021, 7, 31), pct=50,
  icons="Progress 50%, Red flag",
  links=[L("H43", CF, "Communication skills in line with the conflict management guidelines "
                      "is 11230, whose deadline is July 2022; the map says July 2021 (the "
                      "date of the next recommendation, 11231): deadline disagrees. Both "
                      "open.")])
t(4, "R2 – CPD comms skills; supervisors debrief using BWV", "item",
  notes="By July 2021 - comms skills reinforced through CPD; supervisors supported to debrief "
        "officers using BWV footage.",
  tags="Type: National rec", res="Head of Learning & Development", due=D(2021, 7, 31), pct=75,
  icons="Progress 75%, Red flag",
  links=[L("H44", IS, "CPD and BWV debriefs (11231), July 2021 matches; 75% open, HMICFRS "
                      "Being progressed.")])
t(4, "R3(c) – scrutiny panel access to BWV samples", "item",
  tags="Type: National rec", res="ACC Local Policing", due=D(2021, 9, 30), pct=100,
  links=[L("H45", CS, "Part (c) of the BWV recommendation 11232, left in the live branch at "
                      "100%; parts (a) and (b) are in the ✔ branch at 100%, so all three "
                      "parts are done; HMICFRS Being progressed: submit.")])
t(4, "R5 – internal monitoring of use of force (disproportionality)", "item",
  tags="Type: National rec", res="ACC Local Policing", due=D(2021, 7, 31), pct=50,
  icons="Progress 50%, Red flag",
  links=[L("H47", IS, "Internal monitoring of use of force (11234); 50% open, HMICFRS Being "
                      "progressed.")])

# --- Not ours ---------------------------------------------------------------------------
t(2, "Not for Cumbria – national bodies", "heading",
  notes="Recs addressed to the College, NPCC or Home Office. Force complies once national "
        "product published. No further local action.")
t(3, "S&S 2013 R1 – APP spec of effective & fair S&S (College of Policing)", "item",
  tags="N/A – national", icons="No entry", res="ACC Local Policing",
  notes="Action for College of Policing / NPCC. APP published; force compliant.",
  links=[L("H1", CS, "The 2013 APP-specification recommendation (1187), sitting at level 3 "
                     "directly under the 'Not for Cumbria' branch: the force records it as "
                     "not its to deliver (the WHITE sense of done); HMICFRS still has it "
                     "Being progressed: submit for closure.")])

# --- Submitted branch -------------------------------------------------------------------
t(2, "✔ Submitted to HMICFRS for closure", "heading")
t(3, "Stop & Search powers (HMIC 2013)", "heading")
t(4, "R2 – monitoring of S&S", "item", tags="Type: National rec", res="ACC Local Policing",
  pct=100, link=REG.format(1188),
  links=[L("H2", IS, "Stop and search monitoring (1188, hyperlink agrees); in the ✔ branch at "
                     "100%, HMICFRS Complete: both closed/done.")])
t(3, "Stop & Search powers 2 (2015)", "heading")
t(4, "R1 – explain S&S use to public & community scrutiny of S&S records (involve young "
     "people)", "item",
  notes="Chief constables should, in consultation with PCCs, ensure that they comply with the "
        "Code of Practice by explaining to the public the way S&S powers are used ...",
  tags="Type: National rec", res="ACC Local Policing", pct=100,
  links=[L(None, NO, "The 2015 Stop and search powers 2 recommendation; that report is not "
                     "on the HMICFRS list. Its wording nearly repeats the 2013 R3 (1189), "
                     "which is already matched to its own topic under the 2013 report. Query "
                     "with HMICFRS.")])
t(3, "Integrity Matters 2015", "heading")
t(4, "R1 – misconduct NFA outcomes fair & free of discrimination (by 31/08/15)", "item",
  tags="Type: National rec", res="Head of Professional Standards", pct=100,
  link=REG.format(5102),
  links=[L("H7", CS, "Integrity matters (5102), 31 August 2015 matches; ✔ branch 100%, "
                     "HMICFRS Being progressed: submit (or chase).")])
t(3, "Building the Picture 2015", "heading")
t(4, "R1 – scrutinise APP IM audits via IM goverance", "item",
  tags="Type: National rec", res="Head of Information Management", pct=100,
  links=[L("H8", IS, "Information management audits (5610); ✔ 100%, HMICFRS Complete.")])
t(3, "Firearms licensing 2015", "heading")
t(4, "R1 – governance of firearms licensing v APP (3 months)", "item",
  tags="Type: National rec", res="Supt Firearms Licensing", pct=100, link=REG.format(5877),
  links=[L("H9", IS, "Firearms licensing governance (5877, hyperlink agrees); ✔ 100%, "
                     "HMICFRS Complete.")])
t(3, "PEEL Efficiency 2015", "heading")
t(4, "AFI 1 – understand current & future demand", "item", tags="Type: AFI",
  res="Head of Corporate Development", pct=100, link=REG.format(6120),
  links=[L("H14", IS, "Demand AFI (6120, hyperlink agrees); ✔ 100%, HMICFRS Complete.")])
t(3, "CDI 2016", "heading")
t(4, "R2 – RASSO recorded accurately & without delay", "item", tags="Type: Rec",
  res="Force Crime Registrar", pct=100,
  links=[L("H18", IS, "CDI 2016 rape and serious sexual offences recording (7014); ✔ 100%, "
                      "HMICFRS Complete.")])
t(3, "NCPI 2017", "heading")
t(4, "R2 – training: online child sexual abuse (6 months)", "item", tags="Type: Rec",
  res="Head of Learning & Development", pct=100,
  links=[L("H22", IS, "NCPI 2017 online child sexual abuse training (8021), six months "
                      "matches; ✔ 100%, HMICFRS Complete.")])
t(3, "Stolen Freedom (MSHT) 2017", "heading")
t(4, "R4 – NRM compliance & duty to notify (MSA 2015)", "item", tags="Type: National rec",
  res="Head of Criminal Justice", pct=100,
  links=[L("H27", IS, "NRM compliance (8436); ✔ 100%, HMICFRS Complete.")])
t(3, "PEEL Efficiency 17 (all forces)", "heading")
t(4, "Digital services plan (by Sept 18)", "item", tags="Type: National rec",
  res="Head of Corporate Development", pct=100,
  links=[L("H31", CS, "Digitally-enabled services plan (8502), September 2018 matches; ✔ "
                      "100%, HMICFRS Being progressed: submit.")])
t(3, "PEEL Legit 17 S&S", "heading")
t(4, "R4 – unconscious bias & S&S APP training for all S&S officers", "item",
  tags="Type: National rec", res="Head of Learning & Development", pct=100,
  links=[L("H36", IS, "Unconscious bias and APP training (8559); ✔ 100%, HMICFRS Complete.")])
t(3, "PEEL 18/19", "heading")
t(4, "AFI 2 – better use of crime recording & mgmt system for case files", "item",
  tags="Type: AFI", res="Head of Criminal Justice", pct=100, icons="Task complete, Green flag",
  links=[L("H38", CS, "The ✔-branch copy of 9411 (same label as the live copy above); 100% "
                      "and green flag; HMICFRS Awaiting review (open): submit.")])
t(4, "AFI 3 – vetting: all staff at least lowest level clearance; clear backlog", "item",
  tags="Type: AFI", res="Head of Professional Standards", pct=100,
  links=[L("H41", IS, "Vetting AFI (9414); ✔ 100%, HMICFRS Complete.")])
t(3, "Police powers spotlight (Feb 21)", "heading")
t(4, "R3(a) – BWV to record entire S&S encounter incl traffic stops & UoF", "item",
  tags="Type: National rec", res="ACC Local Policing", pct=100,
  links=[L("H45", CS, "Part (a) of 11232 (record whole encounters on BWV); all three parts "
                      "at 100%; HMICFRS Being progressed: submit.")])
t(4, "R3(b) – structured BWV review/monitoring process, learning & accountability", "item",
  tags="Type: National rec", res="ACC Local Policing", pct=100,
  links=[L("H45", CS, "Part (b) of 11232 (structured review of BWV footage); all three parts "
                      "done; HMICFRS Being progressed: submit.")])
t(3, "PEEL 21/22", "heading")
t(4, "AFI 4 – burglary victims kept informed (VCOP)", "item", tags="Type: AFI",
  res="ACC Local Policing", pct=100,
  links=[L("H51", IS, "Residential burglary victims kept informed (12607); ✔ 100%, HMICFRS "
                      "Complete.")])

# --- Floating topics (exported after the main tree, at level 1) ------------------------
t(1, "KEY", "legend")
t(2, "Task complete (100%) = lead says done, evidence on the OL drive", "legend")
t(2, "Green flag = closure evidence sent to HMICFRS", "legend")
t(2, "Red flag = past due date", "legend")
t(2, "Move topic to ✔ branch once COG signs off", "legend")
t(1, "Firearms – ‘total expired’ records: all action taken? (FEL to confirm)", "item",
  tags="Type: National rec", res="Supt Firearms Licensing", pct=50,
  links=[L("H11", CL, "A floating topic dragged off the map (no report branch): it is the "
                      "firearms 'total expired' records recommendation (5879). HMICFRS "
                      "Complete, map 50%: close locally.")])
t(1, "Parking lot – OL team 12/09/24", "note")
t(2, "Ask HMICFRS re custody recs – are they on the portal?", "note")
t(2, "PEEL 23-25 final report – check every AFI is on the map", "note")
t(2, "Firearms address-marker rec not on map – is it ours? (FEL)", "note")

# Items HMICFRS holds that the map does not: (key, why)
MISSING = [
    ("H6", "Core Business crime-prevention recording (4832, Complete on HMICFRS): no topic "
           "for it anywhere in the map."),
    ("H13", "Firearms address-marker recommendation (5881, Being progressed): not on the map; "
            "the parking lot even notes it is missing. Nobody owns it."),
    ("H30", "Stolen Freedom preventative powers (8439): the Stolen Freedom branches have R1-R6 "
            "but nothing on preventative orders."),
    ("H46", "Police powers recommendation addressed to the Home Office and NPCC (11233): the "
            "force never put it on the map, not even in 'Not for Cumbria'."),
    ("H63", "PEEL 2023/24 performance-framework AFI on rape and serious sexual offences "
            "(14815): the 23/24 branch skips AFI 3; the parking lot asks to check."),
]

NON_ITEM_REASON = {
    "title": "export title/meta line above the header",
    "blank": "blank spacer line",
    "header": "column header row",
    "heading": "map heading topic (central topic, main branch or report topic); its % is a "
               "roll-up",
    "action": "action under an item (child topic), not an HMICFRS item",
    "legend": "floating KEY topic (legend)",
    "note": "floating parking-lot topic (OL team to-do notes)",
}

HEADERS = ["Level 1", "Level 2", "Level 3", "Level 4", "Level 5", "Level 6", "Notes", "Icons",
           "Tags", "Resources", "Start Date", "Due Date", "% Complete", "Priority", "Hyperlink"]

PRIORITY = {"H25": 1, "H24": 1, "H37": 1, "H58": 1, "H60": 1, "H13": None, "H43": 2,
            "H33": 2, "H61": 2, "H62": 2}


def rollup():
    """Parents that are headings carry MindManager-style roll-ups of their children's %."""
    n = len(NODES)
    for i in range(n - 1, -1, -1):
        d = NODES[i]
        if d["kind"] != "heading":
            continue
        vals = []
        for j in range(i + 1, n):
            c = NODES[j]
            if c["level"] <= d["level"]:
                break
            if c["level"] == d["level"] + 1 and c["pct"] is not None:
                vals.append(c["pct"])
        if vals:
            d["pct"] = int(round(sum(vals) / len(vals) + 1e-9))


def build():
    os.makedirs(OUT, exist_ok=True)
    for d in NODES:
        for k, _c, _w in d["links"]:
            if k in PRIORITY and PRIORITY[k] is not None:
                d["pri"] = PRIORITY[k]
    rollup()

    # ---- HMICFRS definitive list ----
    hrow = {}
    wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
    wb.set_properties({"title": "Definitive list", "author": "HMICFRS", "company": "HMICFRS",
                       "created": FIXED})
    ws = wb.add_worksheet(H_SHEET)
    bold = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    hh = ["Force", "Recommendation ID", "Report title", "Publication date", "Type",
          "Recommendation", "Status", "Status date"]
    ws.write_row(0, 0, hh, bold)
    for r, k in enumerate(H_ORDER, start=1):
        rid, rep, typ, text, st, sd = H[k]
        title, pub = REPORTS[rep]
        ws.write_string(r, 0, FORCE, top)
        ws.write_number(r, 1, rid, top)
        ws.write_string(r, 2, title, wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(pub, dt.time()), date)
        ws.write_string(r, 4, typ, top)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, st, top)
        ws.write_datetime(r, 7, dt.datetime.combine(sd, dt.time()), date)
        hrow[k] = f"{H_SHEET}!{r + 1}"
    for c, w in enumerate([22, 16, 45, 14, 22, 90, 18, 12]):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(H_ORDER), len(hh) - 1)
    wb.close()

    # ---- force map export ----
    frow_items = []  # (row label, node)
    skipped = []  # (excel row, kind, text)
    wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
    wb.set_properties({"title": "HMICFRS recs map export", "author": "OL Team",
                       "company": FORCE, "created": FIXED})
    ws = wb.add_worksheet(F_SHEET)
    hdr = wb.add_format({"bold": True, "bg_color": "#1F4E79", "font_color": "#FFFFFF",
                         "border": 1})
    lvlfmt = {1: wb.add_format({"bold": True, "font_size": 12, "valign": "top"}),
              2: wb.add_format({"bold": True, "valign": "top"}),
              3: wb.add_format({"italic": True, "valign": "top"}),
              4: wb.add_format({"valign": "top"}),
              5: wb.add_format({"valign": "top"}),
              6: wb.add_format({"valign": "top"})}
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    ws.write_string(0, 0, "Map: Cumbria Constabulary - HMICFRS recs & AFIs (OL map v12).mmap")
    ws.write_string(1, 0, "Exported 14/10/2024 09:12 - topics, notes, markers and task info")
    skipped += [(1, "title", "Map: Cumbria Constabulary - HMICFRS recs & AFIs (OL map v12).mmap"),
                (2, "title", "Exported 14/10/2024 09:12 - topics, notes, markers and task info"),
                (3, "blank", ""), (4, "header", "")]
    ws.write_row(3, 0, HEADERS, hdr)
    r = 4
    for d in NODES:
        lv = d["level"]
        ws.write_string(r, lv - 1, d["text"], lvlfmt[lv])
        if d["notes"]:
            ws.write_string(r, 6, d["notes"], wrap)
        if d["icons"]:
            ws.write_string(r, 7, d["icons"], top)
        if d["tags"]:
            ws.write_string(r, 8, d["tags"], top)
        if d["res"]:
            ws.write_string(r, 9, d["res"], top)
        if d["start"]:
            ws.write_datetime(r, 10, dt.datetime.combine(d["start"], dt.time()), date)
        if d["due"]:
            ws.write_datetime(r, 11, dt.datetime.combine(d["due"], dt.time()), date)
        if d["pct"] is not None:
            ws.write_number(r, 12, d["pct"], top)
        if d["pri"] is not None:
            ws.write_number(r, 13, d["pri"], top)
        if d["link"]:
            ws.write_string(r, 14, d["link"], top)
        excel_row = r + 1
        d["row"] = excel_row
        if d["kind"] == "item":
            frow_items.append((f"{F_SHEET}!{excel_row}", d))
        else:
            skipped.append((excel_row, d["kind"], d["text"]))
        r += 1
    for c, w in enumerate([8, 8, 10, 12, 12, 10, 60, 22, 18, 28, 11, 11, 11, 8, 40]):
        ws.set_column(c, c, w)
    ws.freeze_panes(4, 0)
    wb.close()

    # ---- truth ----
    for d in NODES:
        assert (d["kind"] == "item") == bool(d["links"]), d["text"]
    lines = []
    seen_h = Counter()
    for label, d in frow_items:
        for k, cat, why in d["links"]:
            lines.append((hrow[k] if k else "", label, cat, why))
            if k:
                seen_h[k] += 1
    for k, why in MISSING:
        lines.append((hrow[k], "", "missing_from_force", why))
        seen_h[k] += 1
    assert set(seen_h) == set(H), set(H) - set(seen_h)

    # sanity: statuses agree with the categories I chose by eye
    force_done = defaultdict(list)
    for _label, d in frow_items:
        done = d["pct"] == 100 or d["tags"] == "N/A – national"
        for k, _c, _w in d["links"]:
            if k:
                force_done[k].append(done)
    for hr, fr, cat, _w in lines:
        if not hr or not fr or cat in (CF, RV):
            continue
        k = next(key for key, v in hrow.items() if v == hr)
        hopen = H[k][4] in (BP, AR)
        fdone = all(force_done[k])
        exp = {(True, True): CS, (True, False): IS, (False, True): IS,
               (False, False): CL}[(hopen, fdone)]
        assert cat == exp, (k, cat, exp)

    def rowkey(x):
        h = int(x[0].split("!")[1]) if x[0] else 10_000
        f = int(x[1].split("!")[1]) if x[1] else 0
        return (h, f)

    lines.sort(key=rowkey)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    return lines, skipped, frow_items, hrow


def frow(key, n=0):
    """Excel row of the n-th force item topic linked to an HMICFRS key (or None: force-only,
    matched by the start of the topic text)."""
    hits = [d["row"] for d in NODES if d["kind"] == "item"
            and any(k == key for k, _c, _w in d["links"])]
    return hits[n]


def trow(prefix, kind=None, n=0):
    hits = [d["row"] for d in NODES if d["text"].startswith(prefix)
            and (kind is None or d["kind"] == kind)]
    return hits[n]


def write_readme(lines, skipped, items, hrow):
    c = Counter(x[2] for x in lines)
    hr = {k: int(v.split("!")[1]) for k, v in hrow.items()}
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    counts = "\n".join(f"| `{k}` | {c.get(k, 0)} |" for k in order)
    nonitems = "\n".join(
        f"| {r} | {kind} | {text.replace('|', '/')[:70]} | {NON_ITEM_REASON[kind]} |"
        for r, kind, text in skipped)
    n_topics = len(NODES)
    last = NODES[-1]["row"]
    levels = Counter(d["level"] for d in NODES if d["kind"] == "item")
    lv = ", ".join(f"level {k}: {levels[k]}" for k in sorted(levels))
    f = frow
    txt = f"""# {CASE} (round 80, case C)

## The story

Cumbria Constabulary's Organisational Learning (OL) team, in Strategic Development, keeps the
force's HMICFRS recommendations, areas for improvement (AFIs) and causes of concern in a
**mind map** (a MindManager-style `.mmap`), not in a spreadsheet. The central topic is the
register; main branches are "PEEL (force reports)", "Other force inspections", "National /
thematic", "Not for Cumbria – national bodies" and "✔ Submitted to HMICFRS for closure"; under
them sit report topics, under those the items, and under some items their actions. Progress
lives in the map's task info (% complete, resources = owners, start and due dates, priority),
its markers (progress icons, red/green flags), its tags ("Type: AFI") and topic notes (the
wording, where anyone pasted it). When the chief officer group signs a closure off, the OL
officer drags the topic to the ✔ branch (once, by accident, copying it instead). Loose topics
float beside the map: a KEY, a parking lot of to-dos, and one recommendation that was dragged
off its branch.

For the reconciliation the analyst was sent the map's **Excel export**: one row per topic, in
map order, with the topic's text "staircased" into the column of its depth (Level 1 … Level 6)
and the task-info columns to the right. Nothing in a row says which report or branch it belongs
to; only the rows above it do. The HMICFRS side is an ordinary definitive-list export as at
1 October 2024.

## The files

- `hmicfrs.xlsx`, sheet `{H_SHEET}`: header in row 1, **69 items in rows 2–70**, sorted by
  register id. Columns: Force, Recommendation ID (plain integer), Report title, Publication date
  (Excel date, dd/mm/yyyy), Type (Recommendation / Area for improvement / Cause of concern /
  National recommendation), Recommendation (real wording, with its line breaks, bullets, curly
  quotes and stray footnote digits such as "… and 20", "intelligence 86"), Status (Awaiting
  review / Being progressed / Complete / Superseded / No further action required), Status date.
  Autofilter and frozen header. 17 reports, 2013–2024.
- `tracker.xlsx`, sheet `{F_SHEET}`: rows 1–2 are the export's title and date lines, row 3 is
  blank, **row 4 is the header**, rows 5–{last} are {n_topics} topics, one per row, of which
  **{len(items)} are item rows** ({lv}). Columns: A–F `Level 1` … `Level 6` (exactly one of them
  holds text on each row), G `Notes`, H `Icons`, I `Tags`, J `Resources`, K `Start Date`,
  L `Due Date` (Excel dates), M `% Complete` (number), N `Priority`, O `Hyperlink`. Freeze panes
  at row 5. No merged cells, no hidden rows.
- `truth.csv` (UTF-8, `hmicfrs_row,force_row,category,why`), {len(lines)} lines.

## What the layout brings, point by point

1. **Hierarchy by column only.** There is no report, type or status column. A topic's report is
   the nearest report topic above it at a shallower level (e.g. the PEEL 18/19 items in rows
   {f("H37")}–{f("H42")} sit under the level-3 topic in row {trow("PEEL 18/19")}). Level 2 names the
   programme, level 3 the report, level 4 the item.
2. **Items at varying depths.** Most items are at level 4, but the recommendations of a cause of
   concern are level-5 children of the cause of concern (rows {f("H20")}, {f("H59")}, {f("H60")}), the
   one "not ours" item is at level 3 directly under its main branch (row {f("H1")}), and one item is
   a floating level-1 topic after the tree with no report above it (row {f("H11")}).
3. **Actions at the same depths as items.** Levels 5 and 6 also hold the force's own actions
   under an item (rows {trow("Activity-based")}, {trow("Strategic Workforce")}, {trow("Missing persons policy")}, {trow("Dip-sample 50 missing")}, {trow("Investigation supervision")}, {trow("Investigation plan template")}): not items. Whether a level-5
   row is an item or an action is read from its wording ("Rec 1 [14811] …", "R1 – review
   approach …" vs "Investigation plan template in Niche – go live Jan 25").
4. **Status is spread over four signals.** `% Complete` (100 = the lead says done), the
   progress icon that mirrors it ("Progress 50%", "Task complete"), flags (green = evidence sent
   to HMICFRS, red = past due; legend in the KEY, rows {trow("KEY")}–{trow("Move topic")}), and the branch: anything under
   "✔ Submitted to HMICFRS for closure" (row {trow("✔ Submitted")}) is done; the item under "Not for
   Cumbria – national bodies" (heading row {trow("Not for Cumbria")}, item row {f("H1")}) has no %, a "No entry" icon and the tag
   "N/A – national": the force's "not ours to deliver" (WHITE), which counts as done. Items left
   at 100% in live branches (e.g. rows {f("H42")}, {f("H48")}, {f("H10")}) are done but not yet moved.
5. **Roll-up percentages on non-items.** Every heading (central topic, main branches, report
   topics) carries the map's rolled-up % (row 5: {NODES[0]["pct"]}), and an item's % is the roll-up
   of its children where it has some (the cause of concern in row {f("H58")} shows 13 = mean of 25
   and 0).
6. **Report names twice, in the force's words.** Report topics are repeated under the ✔
   branch ("PEEL 18/19" rows {trow("PEEL 18/19")} and {trow("PEEL 18/19", n=1)}; "Firearms licensing 2015" rows
   {trow("Firearms licensing 2015")} and {trow("Firearms licensing 2015", n=1)}), and are abbreviations ("PEEL Eff 2016", "Police
   powers spotlight (Feb 21)", "PEEL Legit 17 S&S", "PEEL 23/24 (PEEL 2023-25)").
7. **References are sparse.** HMICFRS ids appear in square brackets in most PEEL 21/22 and
   23/24 topic texts, and in the Hyperlink column as the old register address for five items
   (rows {f("H10")}, {f("H2")}, {f("H7")}, {f("H9")}, {f("H14")}); one PEEL 21/22 hyperlink is an evidence folder on
   a file share (row {f("H48")}). "R3", "AFI 2", "CoC 1" are the force's own numbering, not
   references.
8. **Type only in tags and prefixes** ("Type: AFI", "Type: Rec", "Type: CoC", "Type: National
   rec"), missing on some rows.
9. **Wording.** Topic labels are short, abbreviated paraphrases ("R5 – NCRS compliance for MSHT
   offences; FCR audit capacity"); notes hold the full wording for some items (with "-" for
   bullets, straight quotes, stems dropped), a paraphrase or an update for others, nothing for
   most. Misspellings as typed ("supervison" row {f("H37")}, "goverance" rows {f("H24")} and {f("H8")}).
10. **Floating topics after the tree.** KEY (rows {trow("KEY")}–{trow("Move topic")}), the dragged-off firearms item
    (row {f("H11")}) and the parking lot (rows {trow("Parking lot")}–{last}), which points at gaps (custody recs, PEEL
    23-25 AFIs, the firearms address-marker rec) but is the OL team's to-do list, not items.

## Traps and how the truth decides them

| Trap | Rows | Truth |
|---|---|---|
| Split recommendation: CDI 2016 rec 7013 split by bullets into R1a (100%) and R1b (50%) | force {f("H17")}, {f("H17", 1)}; HMICFRS {hr["H17"]} | two lines, same HMICFRS row; done only when both parts are, so open = `in_sync` with Being progressed |
| Split over two branches: BWV rec 11232 parts (a) and (b) in the ✔ branch, part (c) left live, all 100% | force {f("H45")}, {f("H45", 1)}, {f("H45", 2)}; HMICFRS {hr["H45"]} | three lines, `closeable_submit` |
| Merged topic: "R2 & R3" holds 8557 and 8558 | force {f("H34")}; HMICFRS {hr["H34"]}, {hr["H35"]} | two lines: 8557 Being progressed → `in_sync`; 8558 Complete while the topic is 75% → `closeable_local` |
| Copied instead of moved: 9411 in the live PEEL 18/19 branch and in the ✔ branch, both 100% | force {f("H38")}, {f("H38", 1)}; HMICFRS {hr["H38"]} | two lines, same HMICFRS row, `closeable_submit` (HMICFRS Awaiting review) |
| Mistyped reference: topic says [14821] but is 14812 (workload review); 14821 is a real id (stalking victims AFI, row {f("H69")}, also [14821]) | force {f("H60")}; HMICFRS {hr["H60"]} | `conflict` (reference) |
| Filed under the wrong report: SOC analysis AFI 12608 (PEEL 2021/22) sits in the PEEL 23/24 branch as "AFI 10" | force {f("H52")}; HMICFRS {hr["H52"]} | `conflict` (report) |
| Type: 9410 is a Recommendation, the map tags and numbers it "AFI 1" | force {f("H37")}; HMICFRS {hr["H37"]} | `conflict` (type) |
| Timescale: ISAs "Within 12 months" in the notes vs "Within six months" | force {f("H25")}; HMICFRS {hr["H25"]} | `conflict` |
| Deadline: communication-skills rec (July 2022) carries July 2021, the next rec's date | force {f("H43")}; HMICFRS {hr["H43"]} | `conflict`; the real July 2021 rec (row {f("H44")}) is `in_sync` |
| Missing bullet: Stolen Freedom leadership rec copied with 3 of its 4 bullets | force {f("H24")}; HMICFRS {hr["H24"]} | `conflict` |
| Closed on HMICFRS, open on the map: Superseded / Complete / No further action | HMICFRS {hr["H4"]}, {hr["H5"]}, {hr["H11"]}, {hr["H16"]}, {hr["H29"]}, {hr["H35"]}, {hr["H39"]}, {hr["H53"]} | `closeable_local` |
| Done on the map, open on HMICFRS (100%, ✔ branch, green flag, or "Not for Cumbria") | e.g. force {f("H1")}, {f("H7")}, {f("H31")}, {f("H42")} | `closeable_submit` |
| Floating item with no report | force {f("H11")} | matched by wording to 5879 (`closeable_local`) |
| Near-twin across reports: 2015 S&S powers 2 rec (force-only, ✔ branch) nearly repeats 2013 R3 1189 | force {trow("R1 – explain S&S use")} vs {f("H3")} | 2013 topic ↔ 1189 `in_sync`; 2015 topic `not_on_hmicfrs_list` |
| Force's own action at item level next to the hate-crime AFI | force {trow("Force action")} | `not_on_hmicfrs_list` |
| Reports HMICFRS no longer lists: Custody 2018, Policing in Austerity 2014 | force {trow("R4 – PACE")}, {trow("R1 – review savings")} | `not_on_hmicfrs_list` |
| Placeholder "AFI 9 – text to follow" with no wording or owner; 12612 is the only PEEL 21/22 item left | force {f("H56")}; HMICFRS {hr["H56"]} | `review` (the only one) |
| On HMICFRS, nowhere on the map (incl. a rec for the Home Office/NPCC and a 2023/24 AFI the map skips) | HMICFRS {hr["H6"]}, {hr["H13"]}, {hr["H30"]}, {hr["H46"]}, {hr["H63"]} | `missing_from_force` |

Each truth line's `why` says how it was decided (mostly: same ask in the topic label or notes,
same report branch, then the two statuses).

## Counts per category

| category | lines |
|---|---|
{counts}
| **total** | {len(lines)} |

69 HMICFRS items (each at least once); {len(items)} force item rows (each once, the merged
topic twice).

## Rows that are not items

Definitive list: only row 1 (header). Map export:

| row | kind | text | why not an item |
|---|---|---|---|
{nonitems}

## Checks run

- Every HMICFRS item row (2–70) appears in the truth at least once; every force item row
  appears once (the merged topic row {f("H34")} twice); no non-item row appears (asserted in the
  builder).
- The categories chosen by eye were cross-checked in the builder against the statuses
  (HMICFRS Awaiting review/Being progressed = open; force done = 100%, or the "N/A – national"
  tag; a split item done only when all parts are) for every line other than `conflict` and
  `review`.
- Both workbooks read back with pandas (`read_excel`, header rows 0 and 3) and openpyxl
  (sheet names, 70 and {last} rows, staircase cells, dates as dates).
- Two consecutive builds give byte-identical files (fixed document properties, XlsxWriter's
  fixed zip timestamps, no clock, no randomness).
- The tool was not run and nothing under `/work/main/reconcile/` other than the text lists was
  read.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)


def read_back(lines, skipped):
    """Read both workbooks back (pandas and openpyxl) and check the truth against them."""
    import openpyxl
    import pandas as pd

    h = pd.read_excel(os.path.join(OUT, "hmicfrs.xlsx"), engine="openpyxl")
    assert len(h) == len(H) and h["Recommendation ID"].is_unique
    f = pd.read_excel(os.path.join(OUT, "tracker.xlsx"), header=3, engine="openpyxl")
    assert list(f.columns) == HEADERS and len(f) == len(NODES)
    # staircase: exactly one level column filled on every topic row
    assert (f[HEADERS[:6]].notna().sum(axis=1) == 1).all()
    wb = openpyxl.load_workbook(os.path.join(OUT, "tracker.xlsx"))
    ws = wb[F_SHEET]
    non_items = {r for r, _k, _t in skipped}
    item_rows = Counter()
    for hr, fr, _c, _w in lines:
        if fr:
            r = int(fr.split("!")[1])
            assert r not in non_items
            assert any(ws.cell(r, c).value for c in range(1, 7))
            item_rows[r] += 1
    assert len(non_items) + len(item_rows) == ws.max_row
    assert sorted(item_rows.values()).count(2) == 1  # only the merged topic twice
    wh = openpyxl.load_workbook(os.path.join(OUT, "hmicfrs.xlsx"))[H_SHEET]
    hrows = {int(hr.split("!")[1]) for hr, _f, _c, _w in lines if hr}
    assert hrows == set(range(2, wh.max_row + 1))
    with open(os.path.join(OUT, "truth.csv"), encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == len(lines)


if __name__ == "__main__":
    lines, skipped, items, hrow = build()
    write_readme(lines, skipped, items, hrow)
    read_back(lines, skipped)
    c = Counter(x[2] for x in lines)
    print(len(H), "HMICFRS items;", len(items), "force item rows;", len(lines), "truth lines")
    print(dict(sorted(c.items())))
    for row, kind, text in skipped:
        print("non-item", row, kind, text[:60])
