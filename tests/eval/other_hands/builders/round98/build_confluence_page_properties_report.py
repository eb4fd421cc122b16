"""Build the case `confluence_page_properties_report` (round 98, case C).

West Mercia Police keeps its HMICFRS tracker as a Confluence space: one child page per
recommendation, each with a Page Properties table. The analyst copied the parent page's
Page Properties Report (25 pages per screen, sorted by Title) from the browser, screen by
screen, into one Excel sheet before the Joint Audit Committee. The page template was changed in
2020, so the report carries both the old property keys (HMIC ID, Recommendation, Lead, RAG,
Update) and the new ones (HMICFRS ref, Recommendation / AFI, Owner, Status, Target date, Last
update) as separate, half-empty columns.

Run: /work/main/.venv/bin/python /tmp/indep98/build_confluence_page_properties_report.py
Deterministic: no randomness, fixed document properties, XlsxWriter's fixed zip timestamps.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import xlsxwriter

CASE = "confluence_page_properties_report"
OUT = Path("/tmp/indep98") / CASE
FIXED = dt.datetime(2026, 11, 12, 9, 30, 0)
FORCE = "West Mercia Police"

# ---------------------------------------------------------------------------------------------
# HMICFRS texts: literal copies of real public wording (Open Government Licence).
# Sources: /work/shared/data/real_recommendations.csv, /work/main/reconcile/casegen/texts/*.py
# (national.py NATIONAL, force.py BODIES/CAUSES with the AFI stem "The force should {b}.",
# tracker.py TOPIC_BODIES x TOPICS).
# ---------------------------------------------------------------------------------------------

NREC = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

R_SAS13 = ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9))
R_EVERY = ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27))
R_AUST = ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22))
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4))
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30))
R_SAS15 = ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24))
R_PIC = ("Building the picture: an inspection of police information management", dt.date(2015, 7, 1))
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15))
R_EFF16 = ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2))
R_STOLEN = ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24))
R_EFC17 = ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9))
R_LEG17 = ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12))
R_CUST = ("Report on an unannounced inspection visit to police custody suites 2018", dt.date(2018, 8, 14))
R_PEEL18 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", dt.date(2019, 5, 2))
R_PEEL18C = ("PEEL 2018-19 CoC Recommendations: West Mercia Police", dt.date(2019, 5, 2))
R_CDI19 = ("Crime data integrity inspection 2019", dt.date(2019, 9, 19))
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26))
R_PEEL21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 12))

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
CUSTODY_CHILDREN = (
    "The force should in conjunction with children’s social care services, review how it "
    "manages the detention of children. As a minimum it should:• ensure that all children are "
    "only detained when absolutely necessary and for the absolute minimum amount of time;• "
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested."
)

# key: (reference, report, type, text, HMICFRS status)
H: dict[str, tuple[int, tuple[str, dt.date], str, str, str]] = {
    "N1": (1187, R_SAS13, NREC,
           "Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.",
           "Complete"),
    "N2": (1188, R_SAS13, NREC,
           "Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch "
           "criminals and maintain public trust.",
           "Complete"),
    "N3": (1189, R_SAS13, NREC,
           "Chief Constables should, in consultation with elected local policing bodies, "
           "ensure that they comply with the code of practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example, young people.",
           "Being progressed"),
    "N4": (2321, R_EVERY, NREC, EVERYONE_PLAN, "Complete"),
    "N5": (3104, R_AUST, NREC,
           "All Chief Constables and PCCs should review their plans to deliver savings to "
           "ensure they are doing all they can to continue to reduce crime and protect the "
           "front line while balancing their budgets. They should use the data and "
           "information contained in this report, and in HMIC's Value for Money profiles, "
           "when conducting their reviews",
           "No further action required"),
    "N6": (3105, R_AUST, NREC,
           "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
           "savings through collaboration should assess whether there is scope to improve "
           "on this position. HMIC will follow up the assessments in the autumn.",
           "No further action required"),
    "N7": (3106, R_AUST, NREC,
           "Chief Constables and PCCs in forces that are planning to reduce the proportion "
           "of their workforce and/or police officers on the front line should assess "
           "whether they have taken the decisive action seen in many forces in order to "
           "maintain their crime fighting capacity. HMIC will follow up the assessments in "
           "the autumn.",
           "No further action required"),
    "N8": (3107, R_AUST, NREC,
           "In preparation for the next spending round period all Chief Constables and PCCs "
           "should review their plans for collaboration. In particular they should consider "
           "whether there is scope to deliver better value for money and improved "
           "capability and capacity through joint working with other forces, the public "
           "and/or the private sector.",
           "No further action required"),
    "N9": (4822, R_CORE, NREC,
           "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
           "that have not yet done so, should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.",
           "Complete"),
    "N10": (4823, R_CORE, NREC,
            "By 31 March 2015 all forces should ensure that crime prevention or disruption "
            "activity carried out is systematically recorded and subsequently evaluated to "
            "determine the effectiveness of tactics being employed.",
            "Being progressed"),
    "N11": (902, R_INTEG, NREC,
            "By 31 August 2015, all chief constables should satisfy themselves that they have "
            "processes in place to ensure that investigations into misconduct by officers "
            "and staff resulting in “no further action” are fair and free of any form of "
            "discrimination.",
            "Awaiting review"),
    "N12": (5013, R_SAS15, NREC,
            "Chief constables should, in consultation with police and crime commissioners, "
            "ensure that they comply with the Code of Practice by explaining to the public "
            "the way stop and search powers are used in their areas and by making "
            "arrangements for stop and search records to be scrutinised by community "
            "representatives. This should be done in a way that involves those people who "
            "are stopped and searched, for example young people.",
            "Complete"),
    "N13": (5390, R_PIC, NREC,
            "By 30 November 2015, chief constables should put in place arrangements to "
            "scrutinise audits of compliance with the APP on information management through "
            "the force information management governance structure. This should include "
            "measures to ensure that categorisation of records are regularly adjusted.",
            "Being progressed"),
    "N14": (5671, R_FIRE, NREC,
            "Within three months, all chief constables should assess how well the governance "
            "of firearms licensing in his or her force meets the standards set out in "
            "Authorised Professional Practice. Chief constables of forces where the "
            "governance standards are not being complied with should put in place "
            "immediately the correct arrangements and procedures in order to meet the "
            "standards in full.",
            "Complete"),
    "N15": (5672, R_FIRE, NREC,
            "Within three months, all chief constables should assess the demand placed on their "
            "firearms licensing department and ensure it has the capacity to meet this demand and "
            "provide an efficient and effective service at all times.",
            "Complete"),
    "N16": (5673, R_FIRE, NREC,
            "Immediately, all chief constables should satisfy themselves that all appropriate "
            "action is being taken by their force with regard to ‘total expired’ licensing "
            "records.",
            "Being progressed"),
    "N17": (5674, R_FIRE, NREC,
            "Within three months, all chief constables should ensure that their arrangements "
            "in respect of the use of temporary permits are in accordance with the Home "
            "Office guidance; that temporary permits are properly recorded without delay on "
            "the National Firearms Licensing Management System; and that effective systems "
            "exist to ensure certificate holders are not permitted, at any time, to remain "
            "in unlawful possession of a firearm.",
            "Being progressed"),
    "N18": (5675, R_FIRE, NREC,
            "Within three months, all chief constables should ensure that systems designed "
            "to identify, prior to police attendance, whether a reported incident involves "
            "or is at the address of a firearm certificate holder are in place and are "
            "always applied by staff dispatching officers to incidents; and that officers "
            "understand the risk assessment which they should be undertaking in such "
            "circumstances, and their power, when appropriate, to seize firearms and firearm "
            "certificates.",
            "Awaiting review"),
    "E1": (6712, R_EFF16, COC,
           "The force’s response to missing and absent children is a cause of concern to HMIC. "
           "HMIC found that the assessment of risk for children who go missing from home was "
           "inappropriate in some cases. We found some instances where children were classed as "
           "‘absent’ when they should have been recorded as ‘missing’, and risk levels for "
           "missing children were sometimes incorrectly assessed at a lower grade. Children were "
           "incorrectly graded at a lower level and could have been exposed to an increased risk "
           "of harm.",
           "Complete"),
    "E2": (6713, R_EFF16, REC,
           "To address this cause of concern the force should immediately review its approach to "
           "reports of missing children and take steps to ensure that:\n• call takers understand "
           "and use the missing and absent category appropriately; • call takers and frontline "
           "staff have the necessary knowledge to identify risk factors associated with child "
           "sexual exploitation and how to respond to such cases; and • supervisors provide the "
           "correct oversight of missing person enquiries and direct appropriate and timely "
           "investigative and safeguarding action",
           "Being progressed"),
    "N19": (7420, R_STOLEN, NREC, SF_LEADERSHIP, "Being progressed"),
    "N20": (7421, R_STOLEN, NREC,
            "Within six months, forces should have in place active information-sharing "
            "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
            "and in order to safeguard victims better and to identify suspects as early as "
            "possible",
            "Being progressed"),
    "N21": (7422, R_STOLEN, NREC,
            "Immediately, forces should ensure that all victims carrying out criminal acts "
            "under compulsion attributable to slavery or exploitation are afforded the "
            "protection of early and continuing consideration of the applicability of the "
            "section 45 defence.",
            "Complete"),
    "N22": (7423, R_STOLEN, NREC,
            "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
            "process as it evolves and are implementing the requirement placed upon them under the "
            "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
            "adult victim of modern slavery or human trafficking.",
            "Being progressed"),
    "N23": (7424, R_STOLEN, NREC,
            "Immediately, forces should take steps to ensure they fully comply with national "
            "crime recording standard (NCRS) requirements for offences identified as modern "
            "slavery and human trafficking and that sufficient audit capacity is available "
            "to the force crime registrar to provide reassurance that each force is "
            "identifying and managing any gaps in its crime-recording accuracy for these "
            "types of offences.",
            "Being progressed"),
    "N24": (7425, R_STOLEN, NREC,
            "Immediately, forces should ensure that allegations or indications of modern "
            "slavery and human trafficking are thoroughly investigated and effectively "
            "supervised by teams and individuals with the skills and experience to undertake "
            "them (this should include the use where appropriate of joint intelligence teams "
            "and other means to obtain intelligence and evidence from agencies overseas).",
            "Awaiting review"),
    "N25": (7426, R_STOLEN, NREC,
            "Immediately, forces should review their use of preventative powers under the "
            "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
            "of those deemed to pose a clear threat to others in respect of modern slavery "
            "and human trafficking offences are exploited.",
            "Being progressed"),
    "N26": (7811, R_EFC17, NREC,
            "By September 2018, chief constables should produce an ambitious plan to improve "
            "digitally-enabled services within their force. The Home Office, National Police "
            "Chiefs' Council and Association of Police and Crime Commissioners should "
            "support the development of these plans by establishing a national framework "
            "which allows for the provision of digitally enabled services across force "
            "boundaries.",
            "Superseded"),
    "N27": (8541, R_LEG17, COC,
            "HMICFRS is concerned that forces are not able to demonstrate that the use of "
            "stop and search powers is consistently reasonable and fair. In particular, "
            "there is over-representation of BAME people, and black people in particular, "
            "in stop and search data which many forces are unable to explain.",
            "Being progressed"),
    "N28": (8542, R_LEG17, NREC, SAS_MONITORING_2017, "Being progressed"),
    "N29": (8543, R_LEG17, NREC,
            "Where forces identify disparities through monitoring, they should demonstrate "
            "to the public that they have:\n"
            "•carried out research and analysis in an attempt to understand the reasons for "
            "the disparity, and •taken action to reduce the disparity, where necessary;",
            "Being progressed"),
    "N30": (8544, R_LEG17, NREC,
            "We expect forces to publish this analysis and any actions taken at least on an "
            "annual basis, from July 2018.",
            "Complete"),
    "N31": (8545, R_LEG17, NREC,
            "By July 2018, and ongoing following that date, forces should ensure that all "
            "officers who use stop and search powers have been provided with, and "
            "understand, training on unconscious bias and College of Policing APP on stop "
            "and search.",
            "Being progressed"),
    "E5": (8930, R_CUST, REC, CUSTODY_CHILDREN, "Being progressed"),
    "W1": (9301, R_PEEL18, REC,
           "HMIC recommends that the force should immediately: conduct a review of officers’ "
           "capabilities and capacity to manage their investigative workload, to better "
           "understand investigative demand and the pressures placed upon them; and",
           "Being progressed"),
    "W2": (9302, R_PEEL18, REC,
           "HMIC recommends that the force should immediately: conduct a review, involving its "
           "partners, of the approach to vulnerability to better safeguard vulnerable people.",
           "Being progressed"),
    "W3": (9303, R_PEEL18, REC,
           "HMIC recommends that the force should immediately: expand the skills project work to "
           "include an assessment of all skills, not only operational, including potential "
           "future skills requirements. This assessment should inform workforce plans;",
           "Complete"),
    "W4": (9304, R_PEEL18, REC,
           "HMIC recommends that the force should immediately:agree arrangements with "
           "Warwickshire Police to secure a smooth transition to its future operating model, "
           "ensuring no disruption to public services; and",
           "Complete"),
    "W5": (9305, R_PEEL18, REC,
           "HMIC recommends that the force should immediately:clearly define its new operating "
           "model, ensuring all operational and support services are affordable and fit to "
           "protect the communities of West Mercia;",
           "Being progressed"),
    "W6": (9306, R_PEEL18, REC,
           "HMIC recommends that the force should immediately:improve its arrangements both to "
           "consult with the public about business planning and to feed back on changes made to "
           "service delivery as a result of such consultation.",
           "Being progressed"),
    "W7": (9307, R_PEEL18, REC,
           "HMIC recommends that within six months the force should: ensure regular and active "
           "supervision of the quality and progress of investigations. This supervision should "
           "be properly recorded;",
           "Being progressed"),
    "W8": (9310, R_PEEL18C, COC,
           "The force does not have suitable arrangements in place to make sure it can maintain "
           "the full range of public services when its alliance with Warwickshire Police ends. "
           "There are gaps in its workforce skills assessment, and weaknesses in both its "
           "investigative approach and its approach to safeguarding vulnerable people.",
           "Being progressed"),
    "W9": (9311, R_PEEL18C, COC,
           "The force does not have the capacity or capability to investigate crime effectively "
           "and this is affecting the service being provided to the public. There are failings "
           "in the way that crimes are being investigated.",
           "Complete"),
    "W10": (9312, R_PEEL18C, REC,
            "HMIC recommends that within six months the force should: improve its ability to "
            "retrieve digital evidence from mobile phones, computers and other electronic devices "
            "quickly enough to ensure investigations are not delayed;",
            "Being progressed"),
    "W11": (9313, R_PEEL18C, REC,
            "HMIC recommends that within six months the force should: improve its understanding "
            "of suspects released under investigation and the management of those released on "
            "bail;",
            "Being progressed"),
    "E3": (9588, R_CDI19, REC,
           "HMIC recommends that within six months the force should: improve its use of its "
           "crime-recording and management system to better manage its case files and "
           "investigative processes;",
           "Being progressed"),
    "E4": (9589, R_CDI19, AFI,
           "The force should make sure it records reports of domestic abuse accurately and "
           "without delay.",
           "Awaiting review"),
    "N32": (10214, R_POWERS, NREC,
            "By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict "
            "management and de-escalation.",
            "Being progressed"),
    "N33": (10215, R_POWERS, NREC,
            "By July 2021, forces should ensure that communication skills are reinforced as "
            "part of the programme of continuing professional development for officers and "
            "staff, and that supervisors are supported to routinely and frequently debrief "
            "officers on these skills using body-worn video footage.",
            "Being progressed"),
    "N34": (10216, R_POWERS, NREC, BWV_2021, "Awaiting review"),
    "N35": (10217, R_POWERS, NREC,
            "The Home Office and the NPCC should take steps to ensure that the quality of the "
            "data collected on the number of incidents where force has been used to effect a "
            "stop and search is sufficient for publication. The Home Office should publish "
            "this data as soon as possible.",
            "Awaiting review"),
    "N36": (10218, R_POWERS, NREC,
            "By July 2021, forces should ensure they have effective internal monitoring "
            "processes on the use of force, to help them to identify and understand "
            "disproportionate use, explain the reasons and implement any necessary "
            "improvement action.",
            "Being progressed"),
    "P1": (11840, R_PEEL21, AFI,
           "The force should improve its understanding of the nature and scale of county lines "
           "drug dealing in its area.", "Awaiting review"),
    "P2": (11841, R_PEEL21, AFI,
           "The force should make sure victims of stalking and harassment are kept informed about "
           "the progress of their case, in line with the Code of Practice for Victims of Crime.",
           "Being progressed"),
    "P3": (11842, R_PEEL21, AFI,
           "The force should improve how it works with partner organisations to safeguard people "
           "at risk from child sexual exploitation.", "Being progressed"),
    "P4": (11843, R_PEEL21, AFI,
           "The force should make sure it has enough specialist capacity and capability to "
           "investigate fraud.", "Complete"),
    "P5": (11844, R_PEEL21, AFI,
           "The force should make sure it provides a confidential way for staff to raise concerns "
           "and that staff are aware of whistleblowing processes.", "Being progressed"),
    "P6": (11845, R_PEEL21, AFI,
           "The force should review how it gathers and uses equality and diversity data to "
           "improve its understanding of its workforce demographics.", "Superseded"),
    "P7": (11846, R_PEEL21, AFI,
           "The force should improve the timeliness of its response to calls for service "
           "involving people with mental ill health.", "Being progressed"),
    "P8": (11847, R_PEEL21, AFI,
           "The force should make sure its analysis of serious and organised crime informs its "
           "strategic assessment and control strategy.", "Awaiting review"),
}

# ---------------------------------------------------------------------------------------------
# Force side: one Confluence page per row of the Page Properties Report.
# Old template (2016-2019) keys: HMIC ID, Report, Type, Recommendation, Lead, RAG, Update
# New template (2020-) keys:     HMICFRS ref, Report, Type, Recommendation / AFI, Owner,
#                                Status, Target date, Last update
# Report columns (order of first appearance; the first page in title order is an old page):
COLS = ["Title", "HMIC ID", "Report", "Type", "Recommendation", "Lead", "RAG", "Update",
        "HMICFRS ref", "Recommendation / AFI", "Owner", "Status", "Target date", "Last update",
        "Comments"]

D = dt.date

# Each page: dict(title, keys..., items=[(hkey, category, why)], comments)
# Category/why are the analyst's decision for each (force row, HMICFRS item) pair.
P: list[dict] = []


def page(title, items, comments=0, **props):
    row = {"Title": title, "Comments": comments, "_items": items}
    for k, v in props.items():
        key = k if k.startswith("_") else k.replace("__", " / ").replace("_", " ")
        row[key] = v
    P.append(row)


# -- Stop and search 2013 (old template) --------------------------------------------------------
page("S&S 2013 R1 – APP definition of fair & effective use",
     [("N1", "in_sync", "Same ask (APP spec of effective and fair S&S, CoP with CCs); HMICFRS Complete, page RAG GREEN: both closed/done.")],
     HMIC_ID=1187, Report="Stop & Search 2013", Type="National rec",
     Recommendation="CCs and CoP to set out in the S&S APP a clear spec of what is effective and fair use of stop and search powers + guidance (Code of Practice compliant)",
     Lead="ACC Local Policing", RAG="GREEN", Update="National APP published by CoP. Force policy aligned. Closed at FET Jan 2016.", comments=1)
page("S&S 2013 R2 – Monitoring of S&S use",
     [("N2", "closeable_local", "HMIC ID 1188 and text (monitor S&S so officers act lawfully) agree; HMICFRS Complete but the page's RAG is still AMBER: close the force page.")],
     HMIC_ID=1188, Report="Stop & Search 2013", Type="National rec",
     Recommendation="Establish or improve monitoring of the way officers stop & search people so we are satisfied they act lawfully (incl. equality legislation & Code of Practice) and the power is used effectively",
     Lead="Supt Neighbourhoods", RAG="AMBER", Update="Monthly S&S dashboard in development, dip sampling of grounds by sgts.", comments=3)
page("Copy of S&S 2013 R2 – Monitoring of S&S use",
     [("", "not_on_hmicfrs_list", "Confluence 'Copy of' duplicate of the R2 page (same text, no RAG, no update, no comments). The item is already matched to the original page; this stale copy is not a second item. Query/delete locally.")],
     HMIC_ID=1188, Report="Stop & Search 2013", Type="National rec",
     Recommendation="Establish or improve monitoring of the way officers stop & search people so we are satisfied they act lawfully (incl. equality legislation & Code of Practice) and the power is used effectively",
     Lead="Supt Neighbourhoods")
page("S&S 2013 R3 – Explaining S&S to the public",
     [("N3", "closeable_submit", "HMIC ID 1189, report 2013 and text (explain S&S to public, community scrutiny of records, involve young people) match the 2013 item; HMICFRS Being progressed, RAG GREEN: submit for closure. Not the near-identical 2015 item 5013, which has its own page under 'Stop & search powers 2'.")],
     HMIC_ID=1189, Report="Stop & Search 2013", Type="National rec",
     Recommendation="In consultation with the PCC, explain to the public how S&S powers are used and arrange for S&S records to be scrutinised by community reps, involving people who are stopped and searched e.g. young people",
     Lead="ACC Local Policing", RAG="GREEN", Update="S&S scrutiny panel meeting quarterly since 2016, youth panel added 2018. Ready to move to GREEN status - evidence pack sent to HMICFRS liaison.", comments=2)
# -- Everyone's business 2014 ---------------------------------------------------------------------
page("DA Everyone's Business 2014 – DA action plan",
     [("N4", "conflict", "Same item (HMIC ID 2321, publish a DA action plan by Sept 2014) and both closed (Complete / GREEN), but the page copies the bullets of how the plan should be developed and leaves out the third one (domestic homicide reviews and IPCC findings): a missing bullet.")],
     HMIC_ID=2321, Report="Everyone's Business (DA) 2014", Type="National rec",
     Recommendation="By Sept 2014 publish a DA action plan setting out the steps we will take. Plan to be developed:\n- in consultation with PCC, DA support organisations and victims' reps;\n- after close consideration of all recs in the report;\n- drawing on other sources e.g. CPS scrutiny panels and MARAC self-assessments.",
     Lead="Ch Supt Public Protection", RAG="GREEN", Update="DA Action Plan published Sept 2014, refreshed annually.")
# -- Policing in austerity 2014 ---------------------------------------------------------------------
page("Austerity 2014 R1 – Savings plans review",
     [("N5", "in_sync", "Review plans to deliver savings while protecting the front line, HMIC ID 3104; HMICFRS 'No further action required', RAG GREEN: both closed/done.")],
     HMIC_ID=3104, Report="Policing in Austerity 2014", Type="National rec",
     Recommendation="Review plans to deliver savings - continue to reduce crime & protect the front line while balancing the budget (use HMIC VfM profiles)",
     Lead="Director of Finance", RAG="GREEN", Update="MTFP reviewed, addressed holistically as part of the force change programme.")
page("Austerity 2014 R2 & R3 – Collaboration savings / front line",
     [("N6", "conflict", "One page holds both 3105 and 3106 (HMIC ID '3105/3106'). For 3105 the figure disagrees: HMICFRS says forces planning less than 10% of savings through collaboration, the page says less than 20%. (Status also differs: HMICFRS No further action, RAG AMBER.)"),
      ("N7", "closeable_local", "Second item on the combined page: front-line workforce reduction / decisive action (3106) matches; HMICFRS No further action required, RAG AMBER: close locally.")],
     HMIC_ID="3105/3106", Report="Policing in Austerity 2014", Type="National rec",
     Recommendation="Forces planning to deliver less than 20% of savings through collaboration to assess scope to improve. Forces reducing workforce/officers on the front line to assess whether decisive action taken to maintain crime fighting capacity. HMIC to follow up in the autumn.",
     Lead="Director of Finance", RAG="AMBER", Update="Collaboration review with Warwickshire underway (alliance).", comments=4)
# N8 has no page -> missing_from_force
# -- Core business 2014 ----------------------------------------------------------------------------
page("Core Business R1 – THRR criteria for call handlers",
     [("N9", "conflict", "Same item (HMIC ID 4822, criteria for call-handlers to assess threat, harm and risk), both closed (Complete / GREEN), but the page gives the deadline as 31 March 2016 where HMICFRS says not later than 31 March 2015.")],
     HMIC_ID=4822, Report="Core Business 2014", Type="National rec",
     Recommendation="Not later than 31 March 2016 provide call handlers with specific, sound and comprehensible criteria to assess threat, harm and risk (THRR)",
     Lead="Supt Contact Centre", RAG="GREEN", Update="THRIVE introduced in OCC.")
page("Core Business R2 – Crime prevention activity recorded & evaluated",
     [("N10", "in_sync", "HMIC ID 4823, record and evaluate crime prevention/disruption activity; HMICFRS Being progressed, RAG AMBER: both open.")],
     HMIC_ID=4823, Report="Core Business 2014", Type="National rec",
     Recommendation="Ensure crime prevention / disruption activity is systematically recorded and evaluated to determine effectiveness of tactics",
     Lead="Head of Corporate Development", RAG="AMBER", Update="Problem solving database being rolled out; evaluation framework not yet agreed.")
# -- Integrity matters (migrated to new template) -----------------------------------------------
page("Integrity Matters – NFA misconduct outcomes fair",
     [("N11", "in_sync", "HMICFRS ref 902 and text (NFA misconduct outcomes fair and free from discrimination); HMICFRS Awaiting review, Status IN PROGRESS: both open.")],
     HMICFRS_ref=902, Report="Integrity Matters 2015", Type="National Recommendation",
     Recommendation__AFI="Satisfy ourselves that misconduct investigations ending in 'no further action' are fair and free of any form of discrimination",
     Owner="Laura Penney", Status="IN PROGRESS", Target_date=D(2027, 3, 31),
     Last_update="03/10/2026 – disproportionality review of PSD outcomes commissioned from the analysis team.", comments=1)
# -- Stop and search 2 2015 ------------------------------------------------------------------------
page("Stop & search powers 2 (2015) R1 – Community scrutiny",
     [("N12", "in_sync", "Report 'Stop & search powers 2 (2015)' and HMIC ID 5013 pick the 2015 item (near-identical wording to the 2013 item 1189, which has its own page); HMICFRS Complete, RAG GREEN: both closed/done.")],
     HMIC_ID=5013, Report="Stop & search powers 2", Type="National rec",
     Recommendation="Comply with Code of Practice - explain to public how S&S powers are used & have S&S records scrutinised by community reps (involve those stopped, eg young people). In consultation with PCC.",
     Lead="ACC Local Policing", RAG="GREEN", Update="See S&S 2013 R3 - same action.")
# -- Building the picture 2015 (new template) --------------------------------------------------
page("Building the Picture – APP IM audit scrutiny",
     [("N13", "closeable_submit", "HMICFRS ref 5390, scrutinise audits of APP information management compliance through IM governance; HMICFRS Being progressed, Status SUBMITTED FOR CLOSURE: force says done, submit.")],
     HMICFRS_ref=5390, Report="Building the Picture 2015", Type="National Recommendation",
     Recommendation__AFI="Put in place arrangements to scrutinise audits of compliance with the APP on information management through the force IM governance structure (incl. regular adjustment of record categorisation)",
     Owner="Head of Information Management", Status="SUBMITTED FOR CLOSURE", Target_date=D(2026, 6, 30),
     Last_update="11/09/2026 – IM Board ToR updated, audit schedule in place. Closure evidence sent to HMICFRS FLL.")
# -- Firearms 2015 (old template, some without Report) ----------------------------------------
page("Firearms 2015 R1 – FL governance vs APP",
     [("N14", "in_sync", "HMIC ID 5671, governance of firearms licensing against APP; HMICFRS Complete. The RAG cell is empty, but the page's Update says 'Completed'; a person reads the page as done: both closed/done.")],
     HMIC_ID=5671, Type="National rec",
     Recommendation="Assess how well governance of firearms licensing meets the APP standards and put correct arrangements in place where not",
     Lead="Supt Firearms Licensing", Update="Completed Dec 2015 - gap analysis against APP done, governance board set up.")
page("Firearms 2015 R2 – FL demand & capacity",
     [("N15", "conflict", "HMIC ID 5672, assess firearms licensing demand and capacity; both closed (Complete / GREEN), but the page says 'within 6 months' where HMICFRS says within three months: the timescale disagrees.")],
     HMIC_ID=5672, Type="National rec",
     Recommendation="Within 6 months assess the demand placed on FL department & ensure capacity to meet demand and provide an efficient & effective service",
     Lead="Supt Firearms Licensing", RAG="GREEN", Update="Demand review done, 2 additional enquiry officers funded.")
page("Firearms 2015 R3 – Total expired records",
     [("N16", "in_sync", "HMIC ID 5673, 'total expired' licensing records; HMICFRS Being progressed, RAG AMBER: both open.")],
     HMIC_ID=5673, Type="National rec",
     Recommendation="Satisfy ourselves all appropriate action is taken re 'total expired' licensing records",
     Lead="Supt Firearms Licensing", RAG="AMBER", Update="Backlog of 212 total expired records being worked through.", comments=2)
page("Firearms 2015 R4 – Temporary permits",
     [("N17", "closeable_submit", "HMIC ID 5674, temporary permits per HO guidance and recorded on NFLMS; HMICFRS Being progressed, RAG GREEN: submit for closure.")],
     HMIC_ID=5674, Type="National rec",
     Recommendation="Temp permits in line with HO guidance, recorded without delay on NFLMS, no certificate holder in unlawful possession",
     Lead="Supt Firearms Licensing", RAG="GREEN", Update="Process mapped & audited Mar 2017. Complete.")
# N18 has no page -> missing_from_force
# -- PEEL Effectiveness 2016 (old template) -------------------------------------------------------
page("PEEL Eff 2016 – CoC missing & absent children",
     [("E1", "in_sync", "HMIC ID 6712, the cause of concern on missing and absent children; HMICFRS Complete, RAG GREEN: both closed/done.")],
     HMIC_ID=6712, Report="PEEL Effectiveness 2016", Type="CoC",
     Recommendation="Response to missing & absent children is a cause of concern - risk for children missing from home assessed inappropriately, children classed absent not missing, risk graded too low",
     Lead="Ch Supt Public Protection", RAG="GREEN", Update="Absent category removed from force policy Apr 2017.")
page("PEEL Eff 2016 – Rec: missing children approach",
     [("E2", "in_sync", "HMIC ID 6713, review approach to missing children (call takers, CSE risk factors, supervisors' oversight); HMICFRS Being progressed, RAG AMBER: both open.")],
     HMIC_ID=6713, Report="PEEL Effectiveness 2016", Type="Rec",
     Recommendation="Review approach to missing children: call takers use missing/absent correctly; call takers & frontline know CSE risk factors; supervisors oversee missing enquiries",
     Lead="Ch Supt Public Protection", RAG="AMBER", Update="Missing persons audit quarterly. CSE training 78% complete.", comments=5)
# -- Stolen freedom 2017: R1 split into four pages, one per bullet --------------------------------
_sf_why = ("Stolen Freedom R1 (HMIC ID 7420, leadership and governance for MSHT) was split into four "
           "pages, one per bullet (a-d). HMICFRS Being progressed; part {p} is {s}; the item is done "
           "only when every part is, and part c is still AMBER, so the item is open on both sides.")
page("Stolen Freedom R1a – Leadership: senior leaders prioritise MSHT",
     [("N19", "in_sync", _sf_why.format(p="a", s="GREEN"))],
     HMIC_ID=7420, Report="Stolen Freedom (MSHT) 2017", Type="National rec",
     Recommendation="Within 12 months review leadership & governance for MSHT so that senior leaders prioritise the response to MSHT",
     Lead="Det Ch Supt Force CID", RAG="GREEN", Update="MSHT gold group chaired by ACC Crime.")
page("Stolen Freedom R1b – Every MS incident allocated appropriate resources",
     [("N19", "in_sync", _sf_why.format(p="b", s="GREEN"))],
     HMIC_ID=7420, Report="Stolen Freedom (MSHT) 2017", Type="National rec",
     Recommendation="every incident of modern slavery allocated resources with the skills, experience & capacity to investigate effectively",
     Lead="Det Ch Supt Force CID", RAG="GREEN", Update="All MS crimes allocated to CID/PVP; tasking check daily.")
page("Stolen Freedom R1c – Partnership arrangements",
     [("N19", "in_sync", _sf_why.format(p="c", s="AMBER"))],
     HMIC_ID=7420, Report="Stolen Freedom (MSHT) 2017", Type="National rec",
     Recommendation="develop effective partnership arrangements to co-ordinate activity, share info & safeguard victims",
     Lead="Head of Partnerships", RAG="AMBER", Update="Anti-slavery partnership ToR in draft with the 4 local authorities.", comments=1)
page("Stolen Freedom R1d – Performance & QA measures",
     [("N19", "in_sync", _sf_why.format(p="d", s="GREEN"))],
     HMIC_ID=7420, Report="Stolen Freedom (MSHT) 2017", Type="National rec",
     Recommendation="performance and QA measures in place so senior leaders can assess nature & quality of service to victims",
     Lead="Head of Corporate Development", RAG="GREEN", Update="MSHT measures added to the Force Performance pack.")
page("Stolen Freedom R2 – Info sharing agreements",
     [("N20", "closeable_submit", "HMIC ID 7421, information-sharing agreements with other agencies within six months (HMICFRS text carries a stray footnote '86', not a difference); HMICFRS Being progressed, Status COMPLETE: submit.")],
     HMIC_ID=7421, Report="Stolen Freedom (MSHT) 2017", Type="National rec",
     Recommendation="Within 6 months have active ISAs with other agencies for speedy exchange of intelligence, to safeguard victims and identify suspects early",
     Lead="Head of Intelligence", Owner="Ian Whitcombe", Status="COMPLETE",
     Last_update="14/08/2026 – ISAs signed with all 4 LAs, Border Force & GLAA.")
page("Stolen Freedom R3 – s45 defence",
     [("N21", "closeable_local", "HMIC ID 7422, early and continuing consideration of the section 45 defence; HMICFRS Complete, page Status IN PROGRESS: close locally.")],
     HMIC_ID=7422, Report="Stolen Freedom (MSHT) 2017", Type="National rec",
     Recommendation="Ensure victims committing offences under compulsion get early & continuing consideration of the s45 defence",
     Lead="Head of Criminal Justice", Owner="Rachel Oduya", Status="IN PROGRESS",
     Last_update="20/07/2026 – CPS joint guidance to be re-briefed to custody.", comments=2)
page("Stolen Freedom R4 – NRM compliance",
     [("N22", "closeable_submit", "HMIC ID 7423, NRM compliance and duty to notify; the page was migrated: the old RAG still says AMBER but the newer Status says COMPLETE and the Last update (Sep 2026) says completed and audited. A person takes the current Status: force done, HMICFRS Being progressed: submit.")],
     HMIC_ID=7423, Report="Stolen Freedom (MSHT) 2017", Type="National rec",
     Recommendation="Immediately - fully compliant with NRM process and the MSA 2015 duty to notify HO of suspected adult victims",
     Lead="Det Ch Supt Force CID", RAG="AMBER", Update="NRM SPOC being recruited.",
     Owner="Ian Whitcombe", Status="COMPLETE",
     Last_update="22/09/2026 – Completed. NRM SPOC in post, DtN audit Sep 2026 100% compliant.")
page("Stolen Freedom R5 – NCRS compliance for MSHT",
     [("N23", "conflict", "HMIC ID 7424, NCRS compliance for MSHT offences and FCR audit capacity; both open (Being progressed / ON TRACK), but the page records it as an AFI where HMICFRS has a (national) recommendation: the type disagrees.")],
     HMIC_ID=7424, Report="Stolen Freedom (MSHT) 2017", Type="AFI",
     Recommendation="Comply with NCRS for MSHT offences; sufficient audit capacity for the Force Crime Registrar",
     Lead="Force Crime Registrar", Owner="Force Crime Registrar", Status="ON TRACK",
     Last_update="01/10/2026 – MSHT included in FCR audit plan 2026/27.")
page("Stolen Freedom R6 – MSHT investigation & supervision",
     [("N24", "in_sync", "HMICFRS ref 7425 and text (MSHT allegations investigated and supervised by skilled teams, JITs); HMICFRS Awaiting review, Status IN PROGRESS: both open.")],
     HMICFRS_ref=7425, Report="Stolen Freedom (MSHT) 2017", Type="National Recommendation",
     Recommendation__AFI="MSHT allegations thoroughly investigated & supervised by teams with the right skills/experience (incl. JITs and overseas evidence)",
     Owner="Det Ch Supt Force CID", Status="IN PROGRESS", Target_date=D(2027, 1, 31),
     Last_update="09/10/2026 – MSHT investigation guide drafted.")
page("Stolen Freedom R7 – Preventative powers (STPOs/STROs)",
     [("N25", "conflict", "The text is the preventative-powers item (MSA 2015 orders, HMICFRS 7426) and nothing else on the list is about it, but the page's HMIC ID says 7425 (digits of the R6 item, which has its own page with ref 7425). Matched on text; the reference disagrees. Both open (Being progressed / IN PROGRESS).")],
     HMIC_ID=7425, Report="Stolen Freedom (MSHT) 2017", Type="National rec",
     Recommendation="Review use of preventative powers under MSA 2015 (STPO/STRO) so opportunities to restrict those posing a threat are exploited",
     Lead="Det Ch Supt Force CID", Owner="Ian Whitcombe", Status="IN PROGRESS",
     Last_update="09/10/2026 – 3 STROs obtained this year, toolkit on intranet.")
# -- Abuse of position 2017: not on the list ---------------------------------------------------
page("Abuse of Position 2017 – APSP plan",
     [("", "not_on_hmicfrs_list", "A page for the 2017 national abuse of position for a sexual purpose plan; no item on the definitive list is about abuse of position (HMICFRS assessed plans by letter). Not on the list: query with HMICFRS / close locally.")],
     HMIC_ID=7390, Report="Abuse of position for a sexual purpose 2017", Type="National rec",
     Recommendation="Plan to seek intelligence on abuse of position for a sexual purpose in line with national strategy (CCU capability, IT monitoring, links with support orgs)",
     Lead="Head of Professional Standards", RAG="GREEN", Update="Plan assessed by HMICFRS by letter Oct 2017.")
# -- PEEL Efficiency 2017 -----------------------------------------------------------------------
page("PEEL Efficiency 2017 – Digital services plan",
     [("N26", "closeable_local", "HMIC ID 7811, ambitious plan to improve digitally-enabled services by September 2018; HMICFRS Superseded (closed), Status ON TRACK: close locally.")],
     HMIC_ID=7811, Report="PEEL Efficiency 2017 (all forces)", Type="National rec",
     Recommendation="By Sept 2018 produce an ambitious plan to improve digitally-enabled services (HO/NPCC/APCC national framework)",
     Lead="Head of Digital", Owner="Tom Arkwright (Unlicensed)", Status="ON TRACK",
     Last_update="Digital strategy 2025-28 in consultation.")
# -- PEEL Legitimacy 2017 (new template) ---------------------------------------------------------
page("PEEL Legitimacy 2017 – CoC S&S reasonable & fair",
     [("N27", "in_sync", "HMICFRS ref 8541, the cause of concern on S&S being reasonable and fair / over-representation; HMICFRS Being progressed, Status IN PROGRESS: both open.")],
     HMICFRS_ref=8541, Report="PEEL Legit 17 S&S", Type="Cause of Concern",
     Recommendation__AFI="Forces unable to show S&S use is consistently reasonable and fair; over-representation of BAME (particularly black) people not explained",
     Owner="ACC Local Policing", Status="IN PROGRESS", Target_date=D(2027, 3, 31),
     Last_update="30/09/2026 – External scrutiny panel reviewing BWV of S&S monthly.", comments=6)
page("PEEL Legitimacy 2017 – Rec 1 S&S data monitoring",
     [("N28", "closeable_submit", "HMICFRS ref 8542, monitor S&S data (disproportionality, find rates, possession-only drug searches) by July 2018; HMICFRS Being progressed, Status COMPLETE: submit.")],
     HMICFRS_ref=8542, Report="PEEL Legit 17 S&S", Type="National Recommendation",
     Recommendation__AFI="By July 2018 regularly monitor S&S data to understand: disproportionality by ethnicity; find rates by ethnicity & search type; possession-only drug searches v priorities",
     Owner="Supt Neighbourhoods", Status="COMPLETE", Target_date=D(2018, 7, 31),
     Last_update="S&S Power BI dashboard live, reviewed at monthly Legitimacy Board.")
page("PEEL Legitimacy 2017 – Rec 2 Explain disparities",
     [("N29", "in_sync", "HMICFRS ref 8543, research and act on disparities and show the public; HMICFRS Being progressed, Status AT RISK: both open.")],
     HMICFRS_ref=8543, Report="PEEL Legit 17 S&S", Type="National Recommendation",
     Recommendation__AFI="Where monitoring shows disparities, show the public we have researched the reasons and taken action to reduce them",
     Owner="Supt Neighbourhoods", Status="AT RISK", Target_date="TBC",
     Last_update="Research with university partner delayed - funding.")
page("PEEL Legitimacy 2017 – Rec 3 Publish analysis annually",
     [("N30", "in_sync", "HMICFRS ref 8544, publish the analysis and actions annually from July 2018; HMICFRS Complete, Status COMPLETE: both closed/done.")],
     HMICFRS_ref=8544, Report="PEEL Legit 17 S&S", Type="National Recommendation",
     Recommendation__AFI="Publish the analysis & actions taken at least annually from July 2018",
     Owner="Head of Corporate Communications", Status="COMPLETE", Target_date=D(2018, 7, 31),
     Last_update="Published on website annually (latest Jul 2026).")
# N31 has no page -> missing_from_force
# -- Custody 2018: one rec split into two pages ---------------------------------------------
_cu_why = ("Custody 2018 rec on detention of children (HMICFRS 8930) split into two pages: part 1 "
           "(detain only when necessary, early assessment of alternative accommodation) and part 2 "
           "(custody records, timeliness of appropriate adult support). Both parts COMPLETE, so the "
           "force has the whole item done; HMICFRS Being progressed: submit.")
page("Custody 2018 – Children in custody (1 of 2)",
     [("E5", "closeable_submit", _cu_why)],
     HMICFRS_ref=8930, Report="HMICFRS/HMIP custody 2018", Type="Recommendation",
     Recommendation__AFI="With children's social care, review detention of children: only detained when absolutely necessary & for minimum time; early assessment of need for alternative accommodation (secure or otherwise)",
     Owner="Ch Insp Custody", Status="COMPLETE", Target_date=D(2019, 2, 28),
     Last_update="Concordat on children in custody signed with both LAs.")
page("Custody 2018 – Children in custody (2 of 2)",
     [("E5", "closeable_submit", _cu_why)],
     HMICFRS_ref=8930, Report="HMICFRS/HMIP custody 2018", Type="Recommendation",
     Recommendation__AFI="Children in custody cont.:\n• custody staff record all actions and decisions on the custody record; and",
     Owner="Ch Insp Custody", Status="COMPLETE", Target_date=D(2019, 2, 28),
     Last_update="Custody record template changed; AA scheme re-tendered.",
     _continuation="• improve timeliness of appropriate adult support for children arrested")
# -- PEEL 2018/19 West Mercia (old pages, some migrated) -------------------------------------
page("PEEL 2018-19 R1 – Investigative workload review",
     [("W1", "in_sync", "HMIC ID 9301, review officers' capability and capacity to manage investigative workload; HMICFRS Being progressed, RAG AMBER: both open.")],
     HMIC_ID=9301, Report="PEEL 2018/19", Type="Rec",
     Recommendation="Immediately review officers' capabilities & capacity to manage investigative workload, to understand demand and pressures on them",
     Lead="Det Ch Supt Force CID", RAG="AMBER", Update="Workload tool piloted in 2 LPAs.", comments=1)
page("PEEL 2018-19 R2 – Vulnerability review with partners",
     [("W2", "closeable_submit", "HMIC ID 9302, review with partners the approach to vulnerability; HMICFRS Being progressed, RAG GREEN: submit.")],
     HMIC_ID=9302, Report="PEEL 2018/19", Type="Rec",
     Recommendation="Review with partners our approach to vulnerability to better safeguard vulnerable people",
     Lead="Ch Supt Public Protection", RAG="GREEN", Update="Vulnerability review completed 2020, new MASH model live. Complete.")
page("PEEL 2018-19 R3 – Skills project (all skills)",
     [("W3", "closeable_local", "HMIC ID 9303, expand the skills project to all skills to inform workforce plans; HMICFRS Complete, RAG AMBER: close locally.")],
     HMIC_ID=9303, Report="PEEL 2018/19", Type="Rec",
     Recommendation="Expand the skills project to cover all skills (not only operational) incl. future skills - to inform workforce plans",
     Lead="Director of People", RAG="AMBER", Update="Skills audit phase 2 (staff) outstanding.")
page("PEEL 2018-19 R4 – Alliance exit transition",
     [("W4", "in_sync", "HMIC ID 9304, arrangements with Warwickshire Police for a smooth transition at the end of the alliance; HMICFRS Complete, RAG GREEN: both closed/done.")],
     HMIC_ID=9304, Report="PEEL 2018/19", Type="Rec",
     Recommendation="Agree arrangements with Warwickshire to secure smooth transition to future operating model - no disruption to public services",
     Lead="DCC", RAG="GREEN", Update="Alliance ended 1 Oct 2019 with no disruption.")
page("PEEL 2018-19 R5 – Define new operating model",
     [("W5", "in_sync", "HMIC ID 9305, clearly define the new operating model, affordable and fit to protect West Mercia; HMICFRS Being progressed, Status ON TRACK: both open.")],
     HMIC_ID=9305, Report="PEEL 2018/19", Type="Rec",
     Recommendation="Clearly define new operating model - all operational & support services affordable and fit to protect communities of West Mercia",
     Lead="DCC", Owner="Amanda Kerr", Status="ON TRACK",
     Last_update="Op model 2027 design phase, FET Dec 2026.")
page("PEEL 2021-22 R6 – Public consultation on business planning",
     [("W6", "conflict", "HMIC ID 9306 and the text (consult the public on business planning and feed back on changes) are the 2018/19 item, but the page is titled and filed under 'PEEL 2021/22' (it sorts among the 2021/22 AFIs): the report disagrees. Both open (Being progressed / AMBER).")],
     HMIC_ID=9306, Report="PEEL 2021/22", Type="Rec",
     Recommendation="Improve arrangements to consult the public about business planning and feed back on changes made to service delivery as a result",
     Lead="Head of Corporate Communications", RAG="AMBER", Update="Your Police Your Say survey relaunched.")
page("PEEL 2018-19 R7 – Supervision of investigations",
     [("W7", "in_sync", "HMIC ID 9307, regular and active supervision of investigations, properly recorded; 'within 6 months' is the same timescale as HMICFRS's 'within six months'. HMICFRS Being progressed, RAG RED: both open.")],
     HMIC_ID=9307, Report="PEEL 2018/19", Type="Rec",
     Recommendation="Within 6 months ensure regular & active supervison of the quality and progress of investigations, properly recorded",
     Lead="Det Ch Supt Force CID", RAG="RED", Update="Supervisory review compliance 61% (target 90%). Unlikely to reach deadlines.", comments=7)
page("PEEL 2018-19 CoC 1 – Alliance ending",
     [("W8", "in_sync", "HMIC ID 9310, the cause of concern about maintaining services when the alliance with Warwickshire ends; the page's 'Cause for concern' is the same type. HMICFRS Being progressed, RAG AMBER: both open.")],
     HMIC_ID=9310, Report="PEEL 2018-19 CoC", Type="Cause for concern",
     Recommendation="No suitable arrangements to maintain full range of services when alliance with Warwickshire ends - gaps in workforce skills assessment, weak investigative approach & safeguarding",
     Lead="DCC", RAG="AMBER", Update="Tracked through Op model 2027 programme.")
page("PEEL 2018-19 CoC 2 – Capacity to investigate crime",
     [("W9", "in_sync", "HMIC ID 9311, the cause of concern on capacity/capability to investigate crime; HMICFRS Complete, RAG GREEN: both closed/done.")],
     HMIC_ID=9311, Report="PEEL 2018-19 CoC", Type="Cause for concern",
     Recommendation="Force lacks capacity/capability to investigate crime effectively - failings in the way crimes are investigated",
     Lead="Det Ch Supt Force CID", RAG="GREEN", Update="Investigation Standards Unit created 2021. HMICFRS revisit 2022 - CoC discharged.")
page("PEEL 2018-19 CoC 2 Rec A – Digital evidence retrieval",
     [("W10", "closeable_submit", "HMIC ID 9312, retrieve digital evidence from phones and computers quickly within six months; HMICFRS Being progressed, Status COMPLETE: submit.")],
     HMIC_ID=9312, Report="PEEL 2018-19 CoC", Type="Rec",
     Recommendation="Within 6 months improve ability to retrieve digital evidence from mobile phones, computers & other devices quickly so investigations not delayed",
     Lead="Head of Digital Forensics", Owner="Priya Matharu", Status="COMPLETE",
     Last_update="05/06/2026 – kiosk network in all hubs, backlog < 30 days. Complete.")
# W11 has no page -> missing_from_force
# -- CDI 2019 (new template) -----------------------------------------------------------------
page("CDI 2019 R1 – Crime recording system / case files",
     [("E3", "in_sync", "HMICFRS ref 9588, better use of the crime-recording and management system for case files; HMICFRS Being progressed, Status IN PROGRESS: both open.")],
     HMICFRS_ref=9588, Report="CDI 2019", Type="Recommendation",
     Recommendation__AFI="Within 6 months improve use of crime recording & management system (Athena) to better manage case files & investigative processes",
     Owner="Force Crime Registrar", Status="IN PROGRESS", Target_date=D(2026, 12, 31),
     Last_update="Athena case file module training 70% complete.")
page("CDI 2019 AFI 1 – DA crimes recorded accurately",
     [("E4", "closeable_submit", "HMICFRS ref 9589, record domestic abuse reports accurately and without delay; HMICFRS Awaiting review, Status COMPLETE: submit.")],
     HMICFRS_ref=9589, Report="CDI 2019", Type="Area for Improvement",
     Recommendation__AFI="Make sure DA reports are recorded accurately and without delay",
     Owner="Force Crime Registrar", Status="COMPLETE", Target_date=D(2020, 9, 30),
     Last_update="DA recording compliance 96% in 2025/26 FCR audit.")
page("CDI 2014 R2 – Crime recording training for OCC",
     [("", "not_on_hmicfrs_list", "An old CDI 2014 page (crime recording training for contact centre staff); the definitive list holds no CDI 2014 item and no item about this training. Not on the list: query with HMICFRS / close locally.")],
     HMIC_ID=4410, Report="Crime Data Integrity 2014", Type="Rec",
     Recommendation="Deliver NCRS/HOCR training to all OCC call handlers and crime bureau staff",
     Lead="Force Crime Registrar", RAG="GREEN", Update="Training delivered 2015.")
# -- Police powers spotlight 2021 (new template) --------------------------------------------
page("Police powers spotlight 2021 – R1 Communication skills",
     [("N32", "in_sync", "HMICFRS ref 10214, effective communication skills in line with the conflict management guidelines, by July 2022; HMICFRS Being progressed, Status ON TRACK: both open.")],
     HMICFRS_ref=10214, Report="Police powers spotlight (Feb 21)", Type="National Recommendation",
     Recommendation__AFI="By July 2022 officers & staff have effective communication skills in line with National Policing Guidelines on Conflict Management (in addition to existing de-escalation training)",
     Owner="Head of Learning & Development", Status="ON TRACK", Target_date=D(2027, 3, 31),
     Last_update="Comms skills module in PST from Jan 2027.")
page("Police powers spotlight 2021 – R2 CPD and BWV debriefs",
     [("N33", "conflict", "HMICFRS ref 10215, communication skills reinforced through CPD and supervisors debriefing with body-worn video; both open (Being progressed / IN PROGRESS), but the page gives 'By July 2022' where HMICFRS says By July 2021: the deadline disagrees (July 2022 belongs to R1, ref 10214).")],
     HMICFRS_ref=10215, Report="Police powers spotlight (Feb 21)", Type="National Recommendation",
     Recommendation__AFI="By July 2022 communication skills reinforced as part of CPD; supervisors supported to routinely debrief officers on these skills using BWV footage",
     Owner="Head of Learning & Development", Status="IN PROGRESS", Target_date=D(2027, 3, 31),
     Last_update="Supervisor BWV debrief guide drafted.")
page("Police powers spotlight 2021 – R3 BWV of all S&S encounters",
     [("N34", "closeable_submit", "HMICFRS ref 10216, the three-part BWV item (record all S&S encounters, internal review of footage, external scrutiny panel access); HMICFRS Awaiting review, Status COMPLETE: submit.")],
     HMICFRS_ref=10216, Report="Police powers spotlight (Feb 21)", Type="National Recommendation",
     Recommendation__AFI="By Sept 2021: BWV to record the entirety of all S&S encounters incl. traffic stops & use of force; structured internal review of a sample of BWV footage; external scrutiny panel access to BWV samples",
     Owner="Supt Neighbourhoods", Status="COMPLETE", Target_date=D(2021, 9, 30),
     Last_update="All three elements in place since 2022. Evidence pack ready.", comments=3)
page("Police powers spotlight 2021 – R4 Use of force data (HO / NPCC)",
     [("N35", "closeable_submit", "HMICFRS ref 10217, the Home Office / NPCC data-quality item; the force marks it NOT FOR FORCE (addressed to national bodies, nothing for the force to deliver), which the status key treats as done on the force side. HMICFRS Awaiting review: ask HMICFRS to close it for the force.")],
     HMICFRS_ref=10217, Report="Police powers spotlight (Feb 21)", Type="National Recommendation",
     Recommendation__AFI="HO & NPCC to ensure quality of data on force used to effect S&S is good enough to publish; HO to publish",
     Owner="", Status="NOT FOR FORCE",
     Last_update="Not the force's responsibility to deliver; dependent upon another organisation.")
page("Police powers spotlight 2021 – R5 Use of force monitoring",
     [("N36", "in_sync", "HMICFRS ref 10218, internal monitoring of use of force to understand disproportionate use; HMICFRS Being progressed, Status IN PROGRESS: both open.")],
     HMICFRS_ref=10218, Report="Police powers spotlight (Feb 21)", Type="National Recommendation",
     Recommendation__AFI="By July 2021 effective internal monitoring of use of force to identify & understand disproportionate use, explain reasons and act",
     Owner="Supt Neighbourhoods", Status="IN PROGRESS", Target_date=D(2026, 12, 31),
     Last_update="UoF scrutiny panel established; data quality issues with UoF forms.")
# -- PEEL 2021/22 (new template) -------------------------------------------------------------
page("PEEL 2021-22 AFI 1 – County lines understanding",
     [("P1", "in_sync", "HMICFRS ref 11840, understanding of county lines; HMICFRS Awaiting review, Status NOT STARTED: both open.")],
     HMICFRS_ref=11840, Report="PEEL 2021/22", Type="Area for Improvement",
     Recommendation__AFI="Improve understanding of the nature & scale of county lines drug dealing in our area",
     Owner="Head of Intelligence", Status="NOT STARTED", Target_date=D(2027, 6, 30))
page("PEEL 2021-22 AFI 2 – Stalking victims kept informed",
     [("P2", "closeable_submit", "HMICFRS ref 11841, keep stalking and harassment victims informed under the Victims' Code; HMICFRS Being progressed, Status COMPLETE: submit.")],
     HMICFRS_ref=11841, Report="PEEL 2021/22", Type="Area for Improvement",
     Recommendation__AFI="Victims of stalking & harassment kept informed about progress of their case in line with the VCOP",
     Owner="Ch Supt Public Protection", Status="COMPLETE", Target_date=D(2023, 3, 31),
     Last_update="VCOP compliance 92% (Q1 2026/27).")
page("PEEL 2021-22 AFI 3 – CSE partnership safeguarding",
     [("P3", "in_sync", "HMICFRS ref 11842, work with partners to safeguard people at risk from CSE; HMICFRS Being progressed, Status IN PROGRESS: both open.")],
     HMICFRS_ref=11842, Report="PEEL 2021/22", Type="Area for Improvement",
     Recommendation__AFI="Improve partnership working to safeguard people at risk from CSE",
     Owner="Ch Supt Public Protection", Status="IN PROGRESS", Target_date=D(2027, 3, 31),
     Last_update="Joint CSE/CCE panel ToR agreed with LSCPs.")
page("PEEL 2021-22 AFI 4 – Fraud investigation capacity",
     [("P4", "in_sync", "HMICFRS ref 11843, specialist capacity and capability to investigate fraud; HMICFRS Complete, Status COMPLETE: both closed/done.")],
     HMICFRS_ref=11843, Report="PEEL 2021/22", Type="Area for Improvement",
     Recommendation__AFI="Enough specialist capacity & capability to investigate fraud",
     Owner="Det Supt Economic Crime", Status="COMPLETE", Target_date=D(2023, 9, 30),
     Last_update="Economic crime unit uplift of 6 DCs complete.")
page("PEEL 2021-22 AFI 5 – Whistleblowing / raising concerns",
     [("P5", "in_sync", "HMICFRS ref 11844, a confidential way for staff to raise concerns and awareness of whistleblowing; HMICFRS Being progressed, Status ON TRACK: both open.")],
     HMICFRS_ref=11844, Report="PEEL 2021/22", Type="Area for Improvement",
     Recommendation__AFI="Confidential way for staff to raise concerns; staff aware of whistleblowing processes",
     Owner="Head of Professional Standards", Status="ON TRACK", Target_date=D(2026, 12, 31),
     Last_update="Integrity line relaunched; awareness campaign Nov 2026.")
page("PEEL 2021-22 AFI 6 – Equality & diversity data",
     [("P6", "closeable_local", "HMICFRS ref 11845, how the force gathers and uses equality and diversity data; HMICFRS Superseded (closed), Status IN PROGRESS: close locally.")],
     HMICFRS_ref=11845, Report="PEEL 2021/22", Type="Area for Improvement",
     Recommendation__AFI="Review how we gather and use E&D data to understand workforce demographics",
     Owner="Director of People", Status="IN PROGRESS", Target_date=D(2026, 3, 31),
     Last_update="HR system self-declaration campaign; declaration rate 71%.", comments=2)
page("PEEL 2021-22 AFI 7 – Mental health calls timeliness",
     [("P7", "in_sync", "HMICFRS ref 11846, timeliness of response to calls involving people with mental ill health; HMICFRS Being progressed, Status AT RISK: both open.")],
     HMICFRS_ref=11846, Report="PEEL 2021/22", Type="Area for Improvement",
     Recommendation__AFI="Improve timeliness of response to calls involving people with mental ill health",
     Owner="Supt Contact Centre", Status="AT RISK", Target_date=D(2026, 9, 30),
     Last_update="Right Care Right Person phase 2 delayed.")
# P8 has no page -> missing_from_force
page("JAC action – HMICFRS update to each Joint Audit Committee",
     [("", "not_on_hmicfrs_list", "The force's own standing action from the Joint Audit Committee (report HMICFRS progress to every JAC); not an HMICFRS item at all.")],
     Report="JAC", Type="Local action",
     Recommendation__AFI="Provide JAC with an HMICFRS update at every meeting incl. reconciliation with the definitive list",
     Owner="Head of Corporate Development", Status="IN PROGRESS",
     Last_update="Reconciliation for Dec 2026 JAC under way.")

MISSING = {
    "N8": "No page in the report covers the spending-round collaboration review (3107); the combined Austerity page names only R2 & R3. Missing from the force's tracker (HMICFRS has it as No further action required).",
    "N18": "No page covers firearms-holder flagging before attendance (5675); the Firearms 2015 pages stop at R4. Missing from force.",
    "N31": "No page covers unconscious bias / APP S&S training (8545); the Legitimacy 2017 pages are the CoC and Recs 1-3 only. Missing from force.",
    "W11": "No page covers suspects released under investigation / bail (9313); the CoC 2 pages have only Rec A (digital evidence). Missing from force.",
    "P8": "No page covers SOC analysis informing the strategic assessment (11847); the PEEL 2021/22 pages stop at AFI 7. Missing from force.",
}


README = '# Case `confluence_page_properties_report`\n\n## The story\n\nWest Mercia Police\'s organisational learning team moved its HMICFRS tracker out of Excel and into\na Confluence space ("HMICFRS Recommendations") in 2016. Every HMICFRS item gets a child page with a\nPage Properties table (the key/value panel at the top of the page); the parent page carries a Page\nProperties Report, which Confluence renders as one table: the page Title (a link) then one column\nper property key, plus the Comments count the report was set to show. In 2020 the page template\nwas changed: the old keys `HMIC ID`, `Recommendation`, `Lead`, `RAG`, `Update` became\n`HMICFRS ref`, `Recommendation / AFI`, `Owner`, `Status`, `Target date`, `Last update`. Confluence\ntreats every distinct key as its own column, so the report has both sets side by side, each\nhalf empty; pages touched since 2020 sometimes carry both (the old RAG left stale). Status values\nare Confluence status lozenges, which paste as upper-case words. The report shows 25 pages per\nscreen, sorted by Title.\n\nBefore the December 2026 Joint Audit Committee the analyst (Sarah Pritchard) copied the report\nfrom the browser screen by screen and pasted it into one Excel sheet, typed a title, a source note\nand the status key above it, and sent the workbook for reconciliation with the HMICFRS definitive\nlist. The force is real; owners, statuses, page contents and dates after publication are invented.\nAll HMICFRS texts are real public wording (Open Government Licence) copied as literals.\n\n## The files\n\n- `hmicfrs.xlsx` — sheet `Definitive list`: the register\'s ordinary export. Header row 1\n  (`Reference`, `Force`, `Report`, `Publication date`, `Type`, `Recommendation`, `Status`),\n  {n_h} item rows 2–{h_last}, sorted by publication date then reference. Reference is the register\'s plain\n  integer ID. Statuses: Awaiting review / Being progressed (open), Complete / Superseded /\n  No further action required (closed). Texts keep their quirks (curly quotes, inline bullets\n  "•the", "immediately:agree", stray footnote digits "intelligence 86", "another force; and 20",\n  trailing "; and").\n- `tracker.xlsx` — sheet `Confluence report`, rows 1–{last_row}. {n_pages} page rows (items), in\n  three pasted screens. Columns A–O: `Title` (hyperlinked page title), `HMIC ID`, `Report`,\n  `Type`, `Recommendation`, `Lead`, `RAG`, `Update` (old template), `HMICFRS ref`,\n  `Recommendation / AFI`, `Owner`, `Status`, `Target date`, `Last update` (new template),\n  `Comments` (a count of page comments, not text). Dates in `Target date` are Excel dates\n  (dd-mmm-yy) except one "TBC". The header row is row 5 and is repeated at rows 33 and 59.\n- `truth.csv` — {n_lines} lines, `hmicfrs_row,force_row,category,why`; provenance `Definitive list!N`\n  and `Confluence report!N` as Excel shows them.\n\n## What the layout brings (row numbers are tracker rows)\n\n1. **Two templates, two columns for every field.** The text is in E (`Recommendation`, old pages)\n   or J (`Recommendation / AFI`, new pages); the force status in G (`RAG`: RED/AMBER open, GREEN\n   implemented) or L (`Status`: NOT STARTED / IN PROGRESS / ON TRACK / AT RISK open; COMPLETE /\n   SUBMITTED FOR CLOSURE done; NOT FOR FORCE nothing for the force to deliver); the owner in F\n   (`Lead`, typed role) or K (`Owner`, Confluence user display name); the reference in B\n   (`HMIC ID`) or I (`HMICFRS ref`); the update in H or N. Each row fills one of each pair; a few\n   fill both.\n2. **Migrated page with both statuses (row 67).** Old `RAG` still AMBER, new `Status` COMPLETE and\n   `Last update` "Completed … Sep 2026": the current Status decides (force done).\n3. **Status only in prose (row 20).** `RAG` empty, `Update` "Completed Dec 2015 …": done.\n4. **Mixed status only across columns:** rows 27, 35, 47, 65, 66, 68, 70 have `Lead`/`HMIC ID` from the\n   old template but the status only in the new `Status` column.\n5. **Repeated header rows and pager lines** from pasting three screens (rows 32, 33, 59, 72).\n6. **Comments column** (O) holds counts 0–7: it is not a progress comment.\n7. **Title as the only report label** for the four Firearms 2015 pages (rows 20–23: `Report` blank)\n   and page titles sorted as text (R1a–R1d; "CoC 2 Rec A" sorts before "CoC 2 – …").\n8. **Confluence marks:** a "Copy of …" duplicate page (row 13); an unlicensed former user as owner\n   ("Tom Arkwright (Unlicensed)", row 47); a reference cell holding two IDs "3105/3106" (row 8);\n   a pasted bullet list whose last bullet fell onto its own row (row 18).\n9. **Force\'s own words:** abbreviations (S&S, MSHT, ISAs, NFLMS, VCOP, BWV, THRR, CoP), "within 6\n   months", shortened and reworded texts, a misspelling ("supervison", row 36), types written\n   "National rec", "Rec", "CoC", "Cause for concern", "AFI", "Local action".\n\n## Traps and how the truth decides them\n\n- Row 8 holds two items (3105 and 3106): two truth lines. 3105: the page says "less than 20%" of\n  savings through collaboration, HMICFRS "less than 10%" → `conflict`. 3106: HMICFRS No further\n  action, RAG AMBER → `closeable_local`. The fourth austerity item 3107 has no page →\n  `missing_from_force`.\n- Rows 61–64: Stolen Freedom R1 (7420) split into one page per bullet; part c is AMBER, so the\n  item is open on the force side; HMICFRS Being progressed → four `in_sync` lines.\n- Rows 16–17 (+ continuation row 18): the custody children rec (8930) split in two pages, both\n  COMPLETE; HMICFRS Being progressed → two `closeable_submit` lines. Row 18 is not an item.\n- Row 70 says `HMIC ID` 7425 but its text is the preventative-powers item 7426 (Definitive list!28);\n  7425 has its own page (row 69, ref 7425). Matched on text → `conflict` (reference).\n- Rows 60 and 71: near-identical 2013 and 2015 stop-and-search scrutiny items (1189, 5013); the\n  report, title and ID separate them: 1189 Being progressed + GREEN → `closeable_submit`; 5013\n  Complete + GREEN → `in_sync`.\n- Rows 52–53: two 2021 powers items; row 53 (ref 10215) says "By July 2022" where HMICFRS says\n  By July 2021 → `conflict`; row 52 (10214, By July 2022) → `in_sync`.\n- Row 44: ID 9306 and the text are the PEEL 2018/19 item, but the page is titled and filed as\n  PEEL 2021/22 → `conflict` (report).\n- Row 19: the DA action plan (2321) page lists three of the four bullets (the domestic homicide\n  reviews / IPCC bullet is missing) → `conflict`, although both sides are closed.\n- Row 14: deadline 31 March 2016 vs HMICFRS 31 March 2015 → `conflict`. Row 21: "within 6 months"\n  vs "Within three months" → `conflict`. Row 68: type AFI vs national recommendation → `conflict`.\n- Not conflicts: row 36 "Within 6 months" = "within six months" (RED, open → `in_sync`); row 26\n  "Cause for concern" = cause of concern (`in_sync`); the "86" footnote digit in 7421 (row 65,\n  `closeable_submit`).\n- Row 55: NOT FOR FORCE on the Home Office / NPCC data item (10217, Awaiting review): the force has\n  nothing to deliver → force done → `closeable_submit` (ask HMICFRS to close it).\n- Row 13 "Copy of S&S 2013 R2": a stale duplicate of row 58 (no status, no update, 0 comments);\n  row 58 carries the item (1188 Complete, RAG AMBER → `closeable_local`), the copy is\n  `not_on_hmicfrs_list`.\n- Not on the list: row 6 (abuse of position 2017 plan), row 10 (CDI 2014 page), row 25 (JAC\n  standing action), row 13 (the copy).\n- Missing from force: 3107, 5675, 8545, 9313, 11847 (no page covers them).\n- `review` is not used: every pair is decided by the rows themselves.\n\n## Counts per category (truth lines)\n\n| category | lines |\n|---|---|\n{counts}\n\n{n_h} HMICFRS items, {n_pages} force item rows, {n_lines} truth lines (one force row holds two items;\ntwo items are split over 4 and 2 rows).\n\n## Rows that are not items (tracker)\n\n{nonitems}\n\nThe HMICFRS file has no non-item rows besides its header (row 1).\n\n## Checks run\n\n- Every tracker item row (all rows except those listed above) appears in `truth.csv` (row 8\n  twice); every HMICFRS row 2–{h_last} appears at least once; categories are from the allowed set.\n- Both workbooks read back with pandas (`read_excel`, header=None) and openpyxl; row numbers in\n  the truth checked against the cells.\n- Two builds produce byte-identical files (sha256 compared).\n'


# ---------------------------------------------------------------------------------------------
def sort_key(title: str) -> str:
    return title.casefold()


def build() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hkeys = list(H)
    # HMICFRS side: order by publication date then reference (the register's own order).
    order = sorted(hkeys, key=lambda k: (H[k][1][1], H[k][0]))
    hrow = {}

    wb = xlsxwriter.Workbook(str(OUT / "hmicfrs.xlsx"), {"strings_to_numbers": False})
    wb.set_properties({"title": "Definitive list – West Mercia Police", "author": "HMICFRS",
                       "company": "HMICFRS", "created": FIXED})
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    top = wb.add_format({"valign": "top"})
    heads = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation", "Status"]
    for c, h in enumerate(heads):
        ws.write(0, c, h, bold)
    for i, k in enumerate(order, start=1):
        ref, (rep, pub), typ, text, st = H[k]
        ws.write_number(i, 0, ref, top)
        ws.write(i, 1, FORCE, top)
        ws.write(i, 2, rep, wrap)
        ws.write_datetime(i, 3, dt.datetime(pub.year, pub.month, pub.day), datef)
        ws.write(i, 4, typ, top)
        ws.write(i, 5, text, wrap)
        ws.write(i, 6, st, top)
        hrow[k] = f"Definitive list!{i + 1}"
    ws.set_column(0, 0, 10)
    ws.set_column(1, 1, 18)
    ws.set_column(2, 2, 40)
    ws.set_column(3, 3, 14)
    ws.set_column(4, 4, 22)
    ws.set_column(5, 5, 90)
    ws.set_column(6, 6, 24)
    ws.autofilter(0, 0, len(order), len(heads) - 1)
    ws.freeze_panes(1, 0)
    wb.close()

    # Force side.
    pages = sorted(P, key=lambda p: sort_key(p["Title"]))
    wb = xlsxwriter.Workbook(str(OUT / "tracker.xlsx"), {"strings_to_numbers": False})
    wb.set_properties({"title": "", "author": "Sarah Pritchard", "company": "West Mercia Police",
                       "created": FIXED})
    ws = wb.add_worksheet("Confluence report")
    h1 = wb.add_format({"bold": True, "font_size": 14})
    note = wb.add_format({"italic": True, "font_color": "#595959"})
    hdr = wb.add_format({"bold": True, "bg_color": "#F4F5F7", "border": 1, "border_color": "#C1C7D0",
                         "valign": "top"})
    cell = wb.add_format({"valign": "top", "text_wrap": True, "border": 1, "border_color": "#C1C7D0"})
    link = wb.add_format({"valign": "top", "text_wrap": True, "border": 1, "border_color": "#C1C7D0",
                          "font_color": "#0052CC", "underline": 1})
    dfmt = wb.add_format({"valign": "top", "num_format": "dd-mmm-yy", "border": 1,
                          "border_color": "#C1C7D0"})
    num = wb.add_format({"valign": "top", "border": 1, "border_color": "#C1C7D0", "align": "right"})
    loz = {
        "GREEN": "#006644", "AMBER": "#974F0C", "RED": "#BF2600", "COMPLETE": "#006644",
        "SUBMITTED FOR CLOSURE": "#0747A6", "IN PROGRESS": "#0747A6", "ON TRACK": "#006644",
        "AT RISK": "#BF2600", "NOT STARTED": "#42526E", "NOT FOR FORCE": "#42526E",
    }
    lozf = {k: wb.add_format({"bold": True, "font_size": 9, "font_color": v, "valign": "top",
                              "border": 1, "border_color": "#C1C7D0"}) for k, v in loz.items()}

    r = 0
    ws.write(r, 0, "HMICFRS Recommendations – tracker (Page Properties Report)", h1)
    r += 1
    ws.write(r, 0, "Copied from Confluence › Organisational Learning › HMICFRS Recommendations on "
                   "12/11/2026 for JAC reconciliation. Pages created before 2020 use the old "
                   "template (HMIC ID / Lead / RAG / Update).", note)
    r += 1
    ws.write(r, 0, "Status key: NOT STARTED, IN PROGRESS, ON TRACK, AT RISK = open · COMPLETE, "
                   "SUBMITTED FOR CLOSURE = done · NOT FOR FORCE = for a national body, nothing for "
                   "WMP to deliver · old RAG: RED/AMBER = open, GREEN = implemented", note)
    r += 1  # row 4 (index 3) blank
    r += 1
    nonitems = [(1, "title line typed by the analyst above the pasted report"),
                (2, "note on where the report was copied from"),
                (3, "status key typed by the analyst"),
                (4, "blank")]
    frow_of_page = []
    per_screen = 25

    def header(rr):
        for c, h in enumerate(COLS):
            ws.write(rr, c, h, hdr)

    for n, p in enumerate(pages):
        if n % per_screen == 0:
            if n > 0:
                if n == per_screen:
                    ws.write(r, 0, "‹ Previous  1  2  3  Next ›")
                    nonitems.append((r + 1, "Confluence pager line copied with the first screen of the report"))
                    r += 1
            header(r)
            nonitems.append((r + 1, "column header row of the Page Properties Report"
                             + (" (repeated: next screen of the report pasted below)" if n else "")))
            r += 1
        for c, h in enumerate(COLS):
            v = p.get(h)
            if h == "Title":
                url = ("https://confluence.westmercia.local/display/HMIC/"
                       + p["Title"].replace(" ", "+").replace("&", "%26").replace("–", "%E2%80%93"))
                ws.write_url(r, c, url, link, string=p["Title"])
            elif h == "Comments":
                ws.write_number(r, c, v or 0, num)
            elif v is None or v == "":
                ws.write_blank(r, c, None, cell)
            elif isinstance(v, dt.date):
                ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), dfmt)
            elif isinstance(v, int):
                ws.write_number(r, c, v, num)
            elif h in ("RAG", "Status") and v in lozf:
                ws.write_string(r, c, v, lozf[v])
            else:
                ws.write_string(r, c, v, cell)
        frow_of_page.append((p, f"Confluence report!{r + 1}"))
        r += 1
        if p.get("_continuation"):
            txtcol = COLS.index("Recommendation / AFI")
            ws.write_string(r, txtcol, p["_continuation"], cell)
            nonitems.append((r + 1, "continuation: the last bullet of the page above ('Custody 2018 – "
                                    "Children in custody (2 of 2)') landed on its own row when pasted; "
                                    "part of that page's text, not an item"))
            r += 1
    ws.write(r, 0, "‹ Previous  1  2  3  Next ›")
    nonitems.append((r + 1, "Confluence pager line copied with the last screen"))
    ws.set_column(0, 0, 46)
    ws.set_column(1, 1, 9)
    ws.set_column(2, 2, 24)
    ws.set_column(3, 3, 16)
    ws.set_column(4, 4, 60)
    ws.set_column(5, 5, 22)
    ws.set_column(6, 6, 9)
    ws.set_column(7, 7, 40)
    ws.set_column(8, 8, 11)
    ws.set_column(9, 9, 60)
    ws.set_column(10, 10, 22)
    ws.set_column(11, 11, 20)
    ws.set_column(12, 12, 11)
    ws.set_column(13, 13, 44)
    ws.set_column(14, 14, 10)
    wb.close()

    # Truth.
    lines = []
    seen_h = set()
    for p, frow in frow_of_page:
        for hk, cat, why in p["_items"]:
            lines.append((hrow[hk] if hk else "", frow, cat, why))
            if hk:
                seen_h.add(hk)
    for hk, why in MISSING.items():
        lines.append((hrow[hk], "", "missing_from_force", why))
        seen_h.add(hk)
    assert seen_h == set(H), set(H) - seen_h

    def rownum(s):
        return int(s.split("!")[1]) if s else 10**6

    lines.sort(key=lambda t: (rownum(t[1]), rownum(t[0])))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in lines:
        w.writerow(t)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")

    from collections import Counter
    counts = Counter(t[2] for t in lines)
    nonitem_text = "\n".join(f"- `Confluence report!{n}`: {why}" for n, why in nonitems)
    count_text = "\n".join(f"| {c} | {counts.get(c, 0)} |" for c in (
        "in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
        "not_on_hmicfrs_list", "review"))
    readme = README.format(n_h=len(H), h_last=len(H) + 1, n_pages=len(P), n_lines=len(lines), last_row=r + 1,
                           counts=count_text, nonitems=nonitem_text)
    (OUT / "README.md").write_text(readme, encoding="utf-8")
    stray = OUT / "_nonitems.txt"
    if stray.exists():
        stray.unlink()


if __name__ == "__main__":
    build()
