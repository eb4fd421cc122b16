"""Build case `sharepoint_graph_multiindex_notebook` (round 74, case A).

Force: West Mercia Police. The tracker is a SharePoint list ("HMICFRS Recommendations") that an
analyst pulls with Microsoft Graph in a notebook, json_normalize-s, strips the rich-text HTML
with a regex (entities left in), converts SharePoint date-only columns from UTC with
``tz_localize(None)`` (so BST dates come out at 23:00 the day before), sets a two-level index
(Report, RecType), sorts it and writes it with ``DataFrame.to_excel`` (xlsxwriter engine, merge
cells on, default sheet name).  HMICFRS side: a CSV register export (UTF-8 with BOM, CRLF,
line breaks inside quoted texts).

Run: /work/main/.venv/bin/python /tmp/indep74/build_sharepoint_graph_multiindex_notebook.py
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re

import pandas as pd

CASE = "sharepoint_graph_multiindex_notebook"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# ---------------------------------------------------------------------------------------------
# Real HMICFRS wording (Open Government Licence), copied as literals from
# /work/shared/data/real_recommendations.csv and /work/main/reconcile/casegen/texts/.
# ---------------------------------------------------------------------------------------------
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
    "and monitoring group."
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
CUSTODY_CHILDREN = (
    "Within six months West Mercia Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete "
    "detention certificates if a child is detained for any reason in police custody following "
    "charge;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)

# Reports: key -> (HMICFRS title, publication date)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "peel16": ("PEEL: Police effectiveness 2016 – West Mercia Police", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "eff17": ("PEEL: Police efficiency 2017 – West Mercia Police", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "custody": ("Report on an unannounced inspection visit to police custody suites in West "
                "Mercia 2018", dt.date(2018, 8, 14)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia "
                 "Police", dt.date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019 – West Mercia Police", dt.date(2019, 9, 26)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26)),
}

# HMICFRS items: id -> (report key, type, text, status, status date)
H: dict[int, tuple] = {}


def h(i, rep, typ, text, status, sdate):
    H[i] = (rep, typ, text, status, sdate)


h(1108, "sas13", NAT, "Chief Constables and the College of Policing should establish in the Stop and "
  "Search Authorised Professional Practice document a clear specification of what constitutes the "
  "effective and fair exercise of stop and search powers, and guidance in this respect. This should "
  "be compliant with the Code of Practice.", "Superseded", "17/03/2016")
h(1109, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way officers "
  "stop and search people, so that they can be satisfied their officers are acting in accordance "
  "with the law (including equality legislation and the Code of Practice), and that the power is "
  "used effectively to prevent crime, catch criminals and maintain public trust.", "Superseded",
  "14/02/2018")
h(1110, "sas13", NAT, "Chief Constables should, in consultation with elected local policing bodies, "
  "ensure that they comply with the code of practice by explaining to the public the way stop and "
  "search powers are used in their areas and by making arrangements for stop and search records to "
  "be scrutinised by community representatives. This should be done in a way that involves those "
  "people who are stopped and searched, for example, young people.", "Superseded", "17/03/2016")
h(2321, "everyone", NAT, EVERYONE_PLAN, "Complete", "09/10/2015")
h(3550, "austerity", NAT, "All Chief Constables and PCCs should review their plans to deliver "
  "savings to ensure they are doing all they can to continue to reduce crime and protect the front "
  "line while balancing their budgets. They should use the data and information contained in this "
  "report, and in HMIC's Value for Money profiles, when conducting their reviews", "Complete",
  "02/12/2015")
h(3551, "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of "
  "their savings through collaboration should assess whether there is scope to improve on this "
  "position. HMIC will follow up the assessments in the autumn.", "Complete", "02/12/2015")
h(3552, "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce the "
  "proportion of their workforce and/or police officers on the front line should assess whether "
  "they have taken the decisive action seen in many forces in order to maintain their crime "
  "fighting capacity. HMIC will follow up the assessments in the autumn.",
  "No further action required", "02/12/2015")
h(3553, "austerity", NAT, "In preparation for the next spending round period all Chief Constables "
  "and PCCs should review their plans for collaboration. In particular they should consider "
  "whether there is scope to deliver better value for money and improved capability and capacity "
  "through joint working with other forces, the public and/or the private sector.",
  "Being progressed", "21/06/2024")
h(4822, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk "
  "policy, that have not yet done so, should provide call-handlers with specific, sound and "
  "comprehensible criteria against which they can assess threat, harm and risk.", "Complete",
  "27/04/2018")
h(4823, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or "
  "disruption activity carried out is systematically recorded and subsequently evaluated to "
  "determine the effectiveness of tactics being employed.", "Awaiting review", "04/09/2014")
h(902, "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves that "
  "they have processes in place to ensure that investigations into misconduct by officers and "
  "staff resulting in “no further action” are fair and free of any form of discrimination.",
  "Complete", "11/05/2017")
h(5120, "sas15", NAT, "Chief constables should, in consultation with police and crime "
  "commissioners, ensure that they comply with the Code of Practice by explaining to the public "
  "the way stop and search powers are used in their areas and by making arrangements for stop and "
  "search records to be scrutinised by community representatives. This should be done in a way "
  "that involves those people who are stopped and searched, for example young people.",
  "Complete", "14/02/2018")
h(5390, "picture", NAT, "By 30 November 2015, chief constables should put in place arrangements to "
  "scrutinise audits of compliance with the APP on information management through the force "
  "information management governance structure. This should include measures to ensure that "
  "categorisation of records are regularly adjusted.", "Being progressed", "30/11/2023")
h(5871, "firearms", NAT, "Within three months, all chief constables should assess how well the "
  "governance of firearms licensing in his or her force meets the standards set out in Authorised "
  "Professional Practice. Chief constables of forces where the governance standards are not being "
  "complied with should put in place immediately the correct arrangements and procedures in order "
  "to meet the standards in full.", "Complete", "19/07/2017")
h(5872, "firearms", NAT, "Within three months, all chief constables should assess the demand placed "
  "on their firearms licensing department and ensure it has the capacity to meet this demand and "
  "provide an efficient and effective service at all times.", "Being progressed", "08/02/2024")
h(5873, "firearms", NAT, "Immediately, all chief constables should satisfy themselves that all "
  "appropriate action is being taken by their force with regard to ‘total expired’ licensing "
  "records.", "Complete", "08/02/2024")
h(5874, "firearms", NAT, "Within three months, all chief constables should ensure that their "
  "arrangements in respect of the use of temporary permits are in accordance with the Home Office "
  "guidance; that temporary permits are properly recorded without delay on the National Firearms "
  "Licensing Management System; and that effective systems exist to ensure certificate holders are "
  "not permitted, at any time, to remain in unlawful possession of a firearm.", "Complete",
  "19/07/2017")
h(5875, "firearms", NAT, "Within three months, all chief constables should ensure that systems "
  "designed to identify, prior to police attendance, whether a reported incident involves or is at "
  "the address of a firearm certificate holder are in place and are always applied by staff "
  "dispatching officers to incidents; and that officers understand the risk assessment which they "
  "should be undertaking in such circumstances, and their power, when appropriate, to seize "
  "firearms and firearm certificates.", "Awaiting review", "15/09/2015")
h(6702, "peel16", AFI, "The force should take steps to ensure that there is effective supervision "
  "of the initial risk assessment process, specifically in relation to the completion of DASH risk "
  "assessment in appropriate cases.", "Complete", "22/01/2019")
h(6703, "peel16", AFI, "The force should improve the supervision of investigations, so that "
  "investigation plans are set, reviewed and recorded and victims receive a consistently good "
  "service.", "Superseded", "13/06/2019")
h(6704, "peel16", AFI, "The force should ensure that it has sufficient resources available in the "
  "control room to fulfil its resourcing model, and so to meet its demand, while also taking into "
  "account the wellbeing of its workforce.", "Being progressed", "13/06/2019")
h(6705, "peel16", REC, "Immediately, the force should revise its approach to cautions, cannabis "
  "warning and penalty notices for disorder to ensure that there is a clear and auditable "
  "explanation to the offender of the implications of receiving the warning and that, for "
  "victim-based crimes, there is a clear and auditable record that views of the victim are "
  "considered prior to their issue.", "Being progressed", "13/06/2019")
h(7915, "stolen", NAT, SF_LEADERSHIP, "Being progressed", "05/03/2024")
h(7916, "stolen", NAT, "Within six months, forces should have in place active information-sharing "
  "agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
  "safeguard victims better and to identify suspects as early as possible", "Being progressed",
  "05/03/2024")
h(7917, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out criminal "
  "acts under compulsion attributable to slavery or exploitation are afforded the protection of "
  "early and continuing consideration of the applicability of the section 45 defence.", "Complete",
  "05/03/2024")
h(7918, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully compliant "
  "with the NRM process as it evolves and are implementing the requirement placed upon them under "
  "the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult "
  "victim of modern slavery or human trafficking.", "Awaiting review", "24/10/2017")
h(7919, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply with "
  "national crime recording standard (NCRS) requirements for offences identified as modern slavery "
  "and human trafficking and that sufficient audit capacity is available to the force crime "
  "registrar to provide reassurance that each force is identifying and managing any gaps in its "
  "crime-recording accuracy for these types of offences.", "Being progressed", "05/03/2024")
h(7920, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of modern "
  "slavery and human trafficking are thoroughly investigated and effectively supervised by teams "
  "and individuals with the skills and experience to undertake them (this should include the use "
  "where appropriate of joint intelligence teams and other means to obtain intelligence and "
  "evidence from agencies overseas).", "Being progressed", "05/03/2024")
h(7921, "stolen", NAT, "Immediately, forces should review their use of preventative powers under "
  "the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
  "deemed to pose a clear threat to others in respect of modern slavery and human trafficking "
  "offences are exploited.", "Awaiting review", "24/10/2017")
h(8320, "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan to "
  "improve digitally-enabled services within their force. The Home Office, National Police Chiefs' "
  "Council and Association of Police and Crime Commissioners should support the development of "
  "these plans by establishing a national framework which allows for the provision of digitally "
  "enabled services across force boundaries.", "Being progressed", "12/09/2022")
h(8330, "eff17", AFI, "The force should undertake further work to gain a fuller understanding of "
  "current demand for its services, and likely future changes in demand. This is so it can make "
  "best use of its resources by matching them to demand to meet the needs of the public.",
  "Complete", "02/05/2019")
h(8331, "eff17", AFI, "The force should develop its understanding of the links between its "
  "outcomes, outputs and costs", "Being progressed", "02/05/2019")
h(8332, "eff17", AFI, "The force should develop a future workforce plan that is aligned with its "
  "overall demand and budget. The plan should include future resource allocations, the mix of "
  "skills required by the workforce and behaviours expected of them.", "Awaiting review",
  "09/11/2017")
h(8541, "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of "
  "stop and search powers is consistently reasonable and fair. In particular, there is "
  "over-representation of BAME people, and black people in particular, in stop and search data "
  "which many forces are unable to explain.", "Being progressed", "14/02/2018")
h(8542, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", "14/02/2018")
h(8543, "leg17", NAT, "Where forces identify disparities through monitoring, they should "
  "demonstrate to the public that they have:\n•carried out research and analysis in an attempt to "
  "understand the reasons for the disparity, and •taken action to reduce the disparity, where "
  "necessary;", "Being progressed", "14/02/2018")
h(8544, "leg17", NAT, "We expect forces to publish this analysis and any actions taken at least on "
  "an annual basis, from July 2018.", "Complete", "18/12/2020")
h(8545, "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure that all "
  "officers who use stop and search powers have been provided with, and understand, training on "
  "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
  "14/02/2018")
h(9016, "custody", REC, CUSTODY_CHILDREN, "Being progressed", "30/01/2020")
h(9402, "peel1819", COC, "The force does not have suitable arrangements in place to make sure it can "
  "maintain the full range of public services when its alliance with Warwickshire Police ends. "
  "There are gaps in its workforce skills assessment, and weaknesses in both its investigative "
  "approach and its approach to safeguarding vulnerable people.", "Being progressed", "10/11/2023")
h(9403, "peel1819", COC, "The force does not have the capacity or capability to investigate crime "
  "effectively and this is affecting the service being provided to the public. There are failings "
  "in the way that crimes are being investigated.", "Being progressed", "10/11/2023")
h(9404, "peel1819", REC, "HMIC recommends that the force should immediately: conduct a review of "
  "officers’ capabilities and capacity to manage their investigative workload, to better "
  "understand investigative demand and the pressures placed upon them; and", "Being progressed",
  "10/11/2023")
h(9405, "peel1819", REC, "HMIC recommends that the force should immediately: conduct a review, "
  "involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
  "Complete", "10/11/2023")
h(9406, "peel1819", REC, "HMIC recommends that the force should immediately: expand the skills "
  "project work to include an assessment of all skills, not only operational, including potential "
  "future skills requirements. This assessment should inform workforce plans;", "Being progressed",
  "10/11/2023")
h(9407, "peel1819", REC, "HMIC recommends that the force should immediately:agree arrangements with "
  "Warwickshire Police to secure a smooth transition to its future operating model, ensuring no "
  "disruption to public services; and", "Complete", "10/11/2023")
h(9408, "peel1819", REC, "HMIC recommends that the force should immediately:clearly define its new "
  "operating model, ensuring all operational and support services are affordable and fit to protect "
  "the communities of West Mercia;", "Being progressed", "10/11/2023")
h(9409, "peel1819", REC, "HMIC recommends that the force should immediately:improve its "
  "arrangements both to consult with the public about business planning and to feed back on "
  "changes made to service delivery as a result of such consultation.", "Awaiting review",
  "02/05/2019")
h(9410, "peel1819", REC, "HMIC recommends that within six months the force should: ensure regular "
  "and active supervision of the quality and progress of investigations. This supervision should "
  "be properly recorded;", "Being progressed", "10/11/2023")
h(9411, "peel1819", REC, "HMIC recommends that within six months the force should: improve its "
  "ability to retrieve digital evidence from mobile phones, computers and other electronic devices "
  "quickly enough to ensure investigations are not delayed;", "Being progressed", "10/11/2023")
h(9412, "peel1819", REC, "HMIC recommends that within six months the force should: improve its "
  "understanding of suspects released under investigation and the management of those released on "
  "bail;", "Awaiting review", "02/05/2019")
h(9650, "cdi19", REC, CDI_VICTIMS, "Being progressed", "17/02/2022")
h(9651, "cdi19", REC, "Within three months, the force should provide call-handlers with specific, "
  "sound and comprehensible criteria against which they can assess threat, harm and risk.",
  "Awaiting review", "26/09/2019")
h(10211, "powers", NAT, "By July 2022, forces should ensure that officers and staff have effective "
  "communication skills, in line with the National Policing Guidelines on Conflict Management. "
  "This should be in addition to existing training on conflict management and de-escalation.",
  "Awaiting review", "26/02/2021")
h(10212, "powers", NAT, "By July 2021, forces should ensure that communication skills are "
  "reinforced as part of the programme of continuing professional development for officers and "
  "staff, and that supervisors are supported to routinely and frequently debrief officers on these "
  "skills using body-worn video footage.", "Being progressed", "07/10/2022")
h(10213, "powers", NAT, BWV_2021, "Being progressed", "07/10/2022")
h(10214, "powers", NAT, "The Home Office and the NPCC should take steps to ensure that the quality "
  "of the data collected on the number of incidents where force has been used to effect a stop and "
  "search is sufficient for publication. The Home Office should publish this data as soon as "
  "possible.", "No further action required", "07/10/2022")
h(10215, "powers", NAT, "By July 2021, forces should ensure they have effective internal monitoring "
  "processes on the use of force, to help them to identify and understand disproportionate use, "
  "explain the reasons and implement any necessary improvement action.", "Awaiting review",
  "26/02/2021")

# ---------------------------------------------------------------------------------------------
# Force side: SharePoint list items as the force keeps them.
# key, sp id, Report (choice, fill-in allowed), RecType, Title, HMICFRS Ref, text (plain; goes
# through SharePoint rich text then the notebook's tag strip), Status, Lead, target, published,
# progress update, modified, truth (hmicfrs ids, category, why)
# ---------------------------------------------------------------------------------------------
RN = {  # the force's Report choice values
    "sas13": "Stop & Search 2013", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop & Search 2 (2015)",
    "picture": "Building the Picture 2015", "firearms": "Firearms Licensing 2015",
    "peel16": "PEEL Effectiveness 2016", "stolen": "Stolen Freedom (MSHT) 2017",
    "stolen_fill": "Stolen Freedom 2017", "efc17": "PEEL Efficiency 2017 - national",
    "eff17": "PEEL Efficiency 2017", "leg17": "PEEL Legitimacy 2017 - national",
    "custody": "Custody inspection 2018", "peel1819": "PEEL 2018/19", "cdi19": "CDI 2019",
    "powers": "Police powers spotlight (Feb 21)", "apsp": "Abuse of Position (sexual purpose) 2017",
    None: None,
}
FT = {"NAT": "National Rec", "REC": "Recommendation", "AFI": "AFI", "COC": "Cause of Concern",
      "LOC": "Local action", None: None}

F: list[dict] = []


def f(sp, rep, typ, title, ref, text, status, lead, target, pub, update, modified, hids, cat, why):
    F.append(dict(sp=sp, rep=rep, typ=typ, title=title, ref=ref, text=text, status=status,
                  lead=lead, target=target, pub=pub, update=update, modified=modified,
                  hids=hids, cat=cat, why=why))


D = dt.date
PUB = {k: v[1] for k, v in REPORTS.items()}

f(3, "sas13", "NAT", "S&S APP - clear spec of effective & fair use", "1108",
  "Chief Constables and the College of Policing should establish in the Stop and Search APP a clear "
  "specification of what constitutes the effective and fair exercise of stop and search powers, and "
  "guidance in this respect. This should be compliant with the Code of Practice.",
  "Closed", "ACC Local Policing", None, PUB["sas13"],
  "Superseded by Stop & Search 2 and PEEL Legitimacy. Closed by HMICFRS.",
  "2021-06-14T10:02:51Z", [1108], "in_sync",
  "ref 1108 and text match; force Closed, HMICFRS Superseded: closed on both")
f(4, "sas13", "NAT", "S&S monitoring of officers' use of powers", None,
  "CCs should establish or improve monitoring of the way officers stop and search people, so that "
  "they can be satisfied officers are acting in accordance with the law (incl. equality legislation "
  "& the Code of Practice) and that the power is used effectively to prevent crime, catch criminals "
  "and maintain public trust.",
  "In progress", "ACC Local Policing", D(2025, 3, 31), PUB["sas13"],
  "S&S scrutiny dashboard in development - see PEEL Legit 17 S&S items.",
  "2024-11-20T15:41:07Z", [1109], "closeable_local",
  "abbreviated copy of the 2013 monitoring rec (same report block); HMICFRS Superseded, force In "
  "progress: close locally")
f(5, "sas15", "NAT", "S&S - explain use of powers to public + community scrutiny of records "
  "(2013 & 2015)", "1110 / 5120",
  "Chief constables should, in consultation with PCCs, ensure that they comply with the Code of "
  "Practice by explaining to the public the way stop and search powers are used in their areas and by "
  "making arrangements for stop and search records to be scrutinised by community representatives. "
  "This should be done in a way that involves those people who are stopped and searched, for example "
  "young people.\n\n(Same rec made in 2013 report - one entry for both.)",
  "Complete", "Ch Supt Local Policing", None, PUB["sas15"],
  "Reasonable grounds panel meets quarterly, BWV dip samples shared. Complete.",
  "2019-02-01T09:15:44Z", [1110, 5120], "in_sync",
  "one row holds both: ref '1110 / 5120' and the note 'same rec made in 2013 report'; both closed "
  "on HMICFRS (Superseded / Complete), force Complete")
f(7, "everyone", "NAT", "DA action plan (Everyone's Business)", "2321", EVERYONE_PLAN_RUN_ON,
  "Complete", "Det Ch Supt Public Protection", None, PUB["everyone"],
  "DA action plan published Sept 2014, refreshed annually through DA Strategic Board.",
  "2019-02-01T09:16:02Z", [2321], "in_sync",
  "ref 2321; force text is the plan rec with the report's next paragraphs run on; Complete on both")
f(8, "austerity", "NAT", "Review savings plans - protect front line", None,
  "All CCs and PCCs should review their plans to deliver savings to ensure they are doing all they "
  "can to continue to reduce crime and protect the front line while balancing their budgets. Use the "
  "data in this report and HMIC VfM profiles.",
  "Complete", "Director of Finance", None, PUB["austerity"],
  "Reviewed as part of MTFP 2015/16.", "2019-02-01T09:16:30Z", [3550], "in_sync",
  "abridged copy of the savings-plan rec; Complete on both")
f(10, "austerity", "NAT", "Front line workforce reductions - assess decisive action", None,
  "CCs & PCCs in forces planning to reduce the proportion of their workforce and/or police officers "
  "on the front line should assess whether they have taken the decisive action seen in many forces "
  "to maintain crime fighting capacity.",
  "Not applicable", "Director of Finance", None, PUB["austerity"],
  "West Mercia not planning to reduce front line proportion - N/A agreed at FET.",
  "2019-02-01T09:16:58Z", [3552], "in_sync",
  "same rec without the 'HMIC will follow up' sentence; force Not applicable (done), HMICFRS No "
  "further action required (closed)")
f(11, "austerity", "NAT", "Collaboration plans - next spending round", None,
  "In preparation for the next spending round all CCs and PCCs should review their plans for "
  "collaboration, incl. scope for better VfM and improved capability & capacity through joint "
  "working with other forces, the public and/or private sector.",
  "In progress", 41, D(2025, 9, 30), PUB["austerity"],
  "Linked to alliance exit planning (PEEL 18/19 CoC).", "2024-06-20T08:30:12Z", [3553], "in_sync",
  "paraphrase of the spending-round collaboration rec; open on both")
f(12, "core", "NAT", "THR criteria for call-handlers", "4822",
  "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet "
  "done so, should provide call-handlers with specific, sound and comprehensible criteria against "
  "which they can assess threat, harm and risk.",
  "Complete", "Supt Contact Centre", None, PUB["core"], "THRIVE embedded in OCC.",
  "2019-02-01T09:17:40Z", [4822], "in_sync",
  "ref 4822, verbatim 'Not later than 31 March 2015 ... those forces using' text; Complete on both "
  "(not the CDI 2019 'within three months' item, which has its own row)")
f(13, "core", "NAT", "Crime prevention activity recorded & evaluated", None,
  "By 31 March 2015 all forces should ensure that crime prevention or disruption activity is "
  "systematically recorded and evaluated to determine effectiveness of tactics.",
  "Complete", "Head of Corporate Development", None, PUB["core"],
  "Problem solving recorded on Niche OEL; evaluation via POP awards. Ready to move to GREEN status.",
  "2023-05-11T11:05:19Z", [4823], "closeable_submit",
  "abridged crime-prevention rec; HMICFRS Awaiting review (open), force Complete: submit for closure")
f(14, "integrity", "NAT", "Misconduct NFA outcomes - fair & free of discrimination", "902",
  "By 31 August 2015, all chief constables should satisfy themselves that they have processes in "
  "place to ensure that investigations into misconduct by officers and staff resulting in “no "
  "further action” are fair and free of any form of discrimination.",
  "Closed", "Head of Professional Standards", None, PUB["integrity"], None,
  "2019-02-01T09:18:03Z", [902], "in_sync", "ref 902, verbatim; closed on both")
f(16, "picture", "NAT", "Scrutinise audits of compliance with APP on info mgt", "5390",
  "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of "
  "compliance with the APP on information management through the force information management "
  "governance structure. This should include measures to ensure that categorisation of records are "
  "regularly adjusted.",
  "Evidence submitted", "Head of Information Management", None, PUB["picture"],
  "Information Assurance Board ToR updated; audit schedule and minutes sent to FLL 14/01/2025.",
  "2025-01-14T16:22:48Z", [5390], "closeable_submit",
  "ref 5390, verbatim; force Evidence submitted (done), HMICFRS Being progressed: submit")
f(17, "firearms", "NAT", "FEL governance v APP", None,
  "Within 3 months, all CCs should assess how well the governance of firearms licensing in his or "
  "her force meets the standards set out in APP and put in place immediately the correct "
  "arrangements where not complied with.",
  "Complete", "Supt Firearms Licensing", None, PUB["firearms"], None,
  "2019-02-01T09:18:44Z", [5871], "in_sync", "abridged governance rec; Complete on both")
f(18, "firearms", "NAT", "FEL demand & capacity", None,
  "Within 3 months, all CCs should assess the demand placed on their firearms licensing department "
  "and ensure it has the capacity to meet this demand and provide an efficient and effective service "
  "at all times.",
  "In progress", "Supt Firearms Licensing", D(2025, 6, 30), PUB["firearms"],
  "Backlog of renewals remains; additional FEOs recruited Jan 25.", "2025-02-03T10:11:36Z", [5872],
  "in_sync", "demand and capacity rec ('within 3 months' for three); open on both")
f(19, "firearms", "NAT", "Total expired records", None,
  "Immediately, all CCs should satisfy themselves that all appropriate action is being taken by "
  "their force with regard to 'total expired' licensing records.",
  "In progress", "Supt Firearms Licensing", D(2024, 12, 31), PUB["firearms"],
  "Weekly expired report in place.", "2024-10-02T13:47:55Z", [5873], "closeable_local",
  "'total expired' rec; HMICFRS Complete, force still In progress: close locally")
f(20, "firearms", "NAT", "Temporary permits", None,
  "Within three months, all chief constables should ensure that their arrangements in respect of the "
  "use of temporary permits are in accordance with the Home Office guidance; that temporary permits "
  "are properly recorded without delay on the National Firearms Licensing Management System; and "
  "that effective systems exist to ensure certificate holders are not permitted, at any time, to "
  "remain in unlawful possession of a firearm.",
  "Complete", "Supt Firearms Licensing", None, PUB["firearms"], None,
  "2019-02-01T09:19:12Z", [5874], "in_sync", "verbatim temporary permits rec; Complete on both")
f(63, "firearms", "REC", "Internal audit - FEL governance", None,
  "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)",
  "In progress", "Head of Corporate Development", D(2024, 3, 31), None,
  "Fieldwork complete, draft report awaited.", "2024-04-08T12:00:31Z", [], "not_on_hmicfrs_list",
  "internal audit action filed under the Firearms 2015 report as 'Recommendation'; not an HMICFRS "
  "item (the governance rec 5871 has its own row)")
f(24, "peel16", "AFI", "DASH supervision", None,
  "The force should take steps to ensure that there is effective supervision of the initial risk "
  "assessment process, specifically in relation to the completion of DASH risk assessment in "
  "appropriate cases.",
  "Complete", "Det Ch Supt Public Protection", None, PUB["peel16"], "DASH QA by PPU supervisors.",
  "2019-01-22T14:30:00Z", [6702], "in_sync", "verbatim DASH AFI; Complete on both")
f(25, "peel16", "AFI", "Supervision of investigations - plans set/reviewed", None,
  "The force should improve the supervison of investigations, so that investigation plans are set, "
  "reviewed and recorded and victims receive a consistently good service.",
  "In progress", "ACC Crime", D(2025, 3, 31), PUB["peel16"],
  "Investigative standards group; see also PEEL 18/19 supervision rec.",
  "2024-09-12T09:58:14Z", [6703], "closeable_local",
  "2016 AFI (investigation plans set, reviewed and recorded), not the 2018/19 'regular and active "
  "supervision' rec; HMICFRS Superseded, force In progress: close locally")
f(26, "peel16", "AFI", "Control room resourcing & wellbeing", None,
  "The force should ensure that it has sufficient resources available in the control room to fulfil "
  "its resourcing model, and so to meet its demand, while also taking into account the wellbeing of "
  "its workforce.",
  "In progress", "Supt Contact Centre", D(2025, 4, 30), PUB["peel16"],
  "OCC resourcing model re-based Nov 24.", "2024-11-29T17:03:41Z", [6704], "in_sync",
  "verbatim control room AFI; open on both")
f(27, "peel16", None, "Cautions / CWs / PNDs - auditable explanation & victim views", None,
  "Immediately, the force should revise its approach to cautions, cannabis warning and PNDs to "
  "ensure a clear and auditable explanation to the offender of the implications of receiving the "
  "warning and, for victim-based crimes, a clear and auditable record that victim views are "
  "considered prior to issue.",
  "In progress", "Head of Criminal Justice", D(2025, 3, 31), PUB["peel16"],
  "Out of court disposals two-tier framework rollout.", "2024-12-05T10:40:09Z", [6705], "in_sync",
  "the cautions rec; its RecType cell is empty (not part of the AFI rows above it), so no type "
  "disagreement; open on both")
f(29, "stolen", "NAT", "MSHT leadership & governance (a) senior leaders prioritise", "7915",
  "Within 12 months review leadership & governance arrangements for MSHT to ensure that: senior "
  "leaders prioritise the response to MSHT",
  "Complete", "Det Ch Supt Force CID", None, PUB["stolen"], "MSHT lead at ACC level, FET oversight.",
  "2023-03-01T11:20:00Z", [7915], "in_sync",
  "part (a) of the four-bullet leadership rec split into four rows; part (c) still In progress so the "
  "item is open on both")
f(30, "stolen", "NAT", "MSHT leadership & governance (b) allocation of resources", "7915",
  "Within 12 months review leadership & governance for MSHT to ensure that: every incident of modern "
  "slavery identified to police is allocated appropriate resources with the skills, experience and "
  "capacity to investigate it effectively",
  "Complete", "Det Ch Supt Force CID", None, PUB["stolen"], None, "2023-03-01T11:21:13Z", [7915],
  "in_sync", "part (b) of the split leadership rec; item open (part c) and HMICFRS Being progressed")
f(31, "stolen", "NAT", "MSHT leadership & governance (c) partnership arrangements", "7915",
  "Within 12 months review leadership & governance for MSHT to ensure that: forces develop effective "
  "partnership arrangements to co-ordinate activity in order to share information and safeguard "
  "victims",
  "In progress", "Det Ch Supt Force CID", D(2025, 6, 30), PUB["stolen"],
  "Anti-slavery partnership ToR being refreshed with LAs.", "2025-01-09T09:00:42Z", [7915],
  "in_sync", "part (c) of the split leadership rec, In progress; HMICFRS Being progressed")
f(32, "stolen", "NAT", "MSHT leadership & governance (d) performance & QA measures", "7915",
  "Within 12 months review leadership & governance for MSHT to ensure that: performance and QA "
  "measures are in place to allow senior leaders to assess the nature and quality of the service "
  "provided to victims",
  "Complete", "Det Ch Supt Force CID", None, PUB["stolen"], None, "2023-03-01T11:23:30Z", [7915],
  "in_sync", "part (d) of the split leadership rec; item open (part c)")
f(33, "stolen", "NAT", "MSHT - ISAs with other agencies", None,
  "Within twelve months, forces should have in place active information-sharing agreements with "
  "other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims "
  "better and to identify suspects as early as possible",
  "In progress", "Head of Intelligence", D(2025, 3, 31), PUB["stolen"], None,
  "2024-07-17T14:12:26Z", [7916], "conflict",
  "same ISA rec, but the force has 'Within twelve months' where HMICFRS has 'Within six months' "
  "(timescale); open on both")
f(35, "stolen_fill", "NAT", "s45 defence - victims compelled to commit crime", None,
  "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion "
  "attributable to slavery or exploitation are afforded the protection of early and continuing "
  "consideration of the applicability of the section 45 defence.",
  "Complete", 57, None, PUB["stolen"], None, "2023-03-01T11:30:51Z", [7917], "in_sync",
  "verbatim s45 rec, filed under the fill-in choice 'Stolen Freedom 2017' (same report); Complete "
  "on both")
f(36, "stolen_fill", "NAT", "NRM compliance & duty to notify HO", None,
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as "
  "it evolves & implementing the requirement under the Modern Slavery Act 2015 to notify the HO of "
  "any individual suspected to be an adult victim of MSHT.",
  "Complete", 57, None, PUB["stolen"], "Duty to notify process in place via MSHT SPOC.",
  "2023-03-01T11:31:40Z", [7918], "closeable_submit",
  "NRM rec (fill-in report name, abbreviated); HMICFRS Awaiting review, force Complete: submit")
f(37, "stolen", "NAT", "NCRS compliance for MSHT offences", None,
  "Immediately, forces should take steps to ensure they fully comply with NCRS requirements for "
  "offences identified as MSHT and that sufficient audit capacity is available to the FCR to provide "
  "reassurance that each force is identifying and managing any gaps in its crime-recording accuracy "
  "for these types of offences.",
  "In progress", "Force Crime Registrar", D(2025, 3, 31), PUB["stolen"], None,
  "2024-10-30T08:55:20Z", [7919], "in_sync", "NCRS rec, abbreviated; open on both")
f(38, "stolen", "NAT", "MSHT investigations - skills & supervision", None,
  "Immediately, forces should ensure that allegations or indications of MSHT are thoroughly "
  "investigated and effectively supervised by teams and individuals with the skills and experience "
  "to undertake them.",
  "Evidence submitted", "Det Ch Supt Force CID", None, PUB["stolen"],
  "Evidence pack submitted to FLL 20/02/2025.", "2025-02-20T15:05:10Z", [7920], "closeable_submit",
  "MSHT investigation rec without its bracketed clause; HMICFRS Being progressed, force Evidence "
  "submitted: submit")
f(40, "efc17", "NAT", "Digital services plan", None,
  "By September 2018, chief constables should produce an ambitious plan to improve "
  "digitally-enabled services within their force.",
  "In progress", "Director of Digital Services", D(2025, 12, 31), PUB["efc17"],
  "Digital Policing Strategy 2024-27.", "2024-05-02T12:44:06Z", [8320], "in_sync",
  "first sentence of the digital plan rec (the dropped sentence is addressed to the Home Office, "
  "NPCC and APCC, not a part for the force); open on both")
f(41, "efc17", "NAT", "S&S - unconscious bias training & APP", None,
  "By July 2018, and ongoing following that date, forces should ensure that all officers who use S&S "
  "powers have been provided with, and understand, training on unconscious bias and CoP APP on stop "
  "and search.",
  "In progress", "Head of Learning & Development", D(2025, 3, 31), PUB["efc17"], None,
  "2024-08-15T10:10:10Z", [8545], "conflict",
  "the PEEL Legitimacy 2017 unconscious-bias training rec filed under 'PEEL Efficiency 2017 - "
  "national' (report disagrees); open on both")
f(42, "leg17", "AFI", "S&S - reasonable & fair use / BAME over-representation", None,
  "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search "
  "powers is consistently reasonable and fair. In particular, there is over-representation of BAME "
  "people, and black people in particular, in stop and search data which many forces are unable to "
  "explain.",
  "In progress", "ACC Local Policing", D(2025, 3, 31), PUB["leg17"], None,
  "2024-08-15T10:12:44Z", [8541], "conflict",
  "verbatim national cause of concern recorded by the force as AFI (type disagrees); open on both")
f(43, "leg17", "NAT", "S&S data monitoring (by July 2018)", None, SAS_MONITORING_2017,
  "Complete", "ACC Local Policing", None, PUB["leg17"],
  "S&S dashboard live on Power BI, reviewed monthly at S&S board.", "2023-11-07T16:00:00Z", [8542],
  "closeable_submit",
  "verbatim monitoring rec (bullets run together after the HTML strip); HMICFRS Being progressed, "
  "force Complete: submit")
f(44, "leg17", "NAT", "Disparities - research & action, demonstrate to public", None,
  "Where forces identify disparities through monitoring, they should demonstrate to the public that "
  "they have:\n• carried out research and analysis in an attempt to understand the reasons for the "
  "disparity, and\n• taken action to reduce the disparity, where necessary",
  "In progress", "ACC Local Policing", D(2025, 3, 31), PUB["leg17"], None, "2024-08-15T10:13:52Z",
  [8543], "in_sync", "disparities rec; open on both")
f(45, "leg17", "NAT", "Publish S&S analysis annually", None,
  "We expect forces to publish this analysis and any actions taken at least on an annual basis, from "
  "July 2018.",
  "Complete", "ACC Local Policing", None, PUB["leg17"], "Published on force website.",
  "2020-12-18T09:30:00Z", [8544], "in_sync", "verbatim publish-annually rec; Complete on both")
f(47, "custody", "REC", CUSTODY_CHILDREN[:255], None, None,
  "In progress", "Ch Insp Custody", D(2025, 5, 31), PUB["custody"],
  "Concordat on children in custody signed with both LAs; AA provision under review.",
  "2025-01-27T13:18:05Z", [9016], "in_sync",
  "text only in Title, cut at SharePoint's 255 characters; the children-in-custody rec; open on both")
f(48, "peel1819", "COC", "Alliance exit - maintain full range of services", None,
  "The force does not have suitable arrangements in place to make sure it can maintain the full "
  "range of public services when its alliance with Warwickshire Police ends. There are gaps in its "
  "workforce skills assessment, and weaknesses in both its investigative approach and its approach "
  "to safeguarding vulnerable people.",
  "In progress", "DCC", D(2025, 3, 31), PUB["peel1819"], None, "2024-11-10T10:00:00Z", [9402],
  "in_sync", "verbatim alliance cause of concern; open on both")
f(49, "peel1819", "COC", "Capacity & capability to investigate crime", None,
  "The force does not have the capacity or capability to investigate crime effectively and this is "
  "affecting the service being provided to the public. There are failings in the way that crimes are "
  "being investigated.",
  "In progress", "ACC Crime", D(2025, 3, 31), PUB["peel1819"], None, "2024-11-10T10:01:30Z",
  [9403], "in_sync", "verbatim investigation cause of concern; open on both")
f(50, "peel1819", "REC", "Review officers' investigative workload", None,
  "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and "
  "capacity to manage their investigative workload, to better understand investigative demand and "
  "the pressures placed upon them",
  "Evidence submitted", "ACC Crime", None, PUB["peel1819"],
  "Workload review complete; evidence sent to FLL 06/02/2025.", "2025-02-06T11:11:11Z", [9404],
  "closeable_submit", "workload review rec; HMICFRS Being progressed, force Evidence submitted")
f(51, "peel1819", "REC", "Vulnerability review with partners", None,
  "HMIC recommends that the force should immediately: conduct a review, involving its partners, of "
  "the approach to vulnerability to better safeguard vulnerable people.",
  "Complete", "Det Ch Supt Public Protection", None, PUB["peel1819"], None,
  "2023-11-10T14:00:00Z", [9405], "in_sync", "vulnerability review rec; Complete on both")
f(52, "peel1819", "REC", "Skills project - all skills incl future", None,
  "HMIC recommends that the force should immediately: expand the skills project work to include an "
  "assessment of all skills, not only operational, including potential future skills requirements. "
  "This assessment should inform workforce plans;",
  "In progress", "Director of People", D(2025, 3, 31), PUB["peel1819"], None,
  "2024-11-10T10:03:12Z", [9406], "in_sync", "skills project rec; open on both")
f(53, "peel1819", "REC", "Warwickshire - smooth transition", None,
  "HMIC recommends that the force should immediately: agree arrangements with Warwickshire Police to "
  "secure a smooth transition to its future operating model, ensuring no disruption to public "
  "services",
  "In progress", "DCC", D(2024, 3, 31), PUB["peel1819"], None, "2023-09-04T09:20:00Z", [9407],
  "closeable_local",
  "Warwickshire transition rec; HMICFRS Complete, force still In progress: close locally")
f(55, "peel1819", "REC", "Consult public on business planning & feed back", None,
  "HMIC recommends that the force should immediately: improve its arrangements both to consult with "
  "the public about business planning and to feed back on changes made to service delivery as a "
  "result of such consultation.",
  None, 44, None, PUB["peel1819"], "Awaiting allocation.", "2019-05-20T08:00:00Z", [9409],
  "in_sync", "consultation rec; force Status empty with 'Awaiting allocation' (open), HMICFRS "
  "Awaiting review: open on both")
f(56, "peel1819", "REC", "Supervision of investigations (quality & progress)", "9411",
  "HMIC recommends that within six months the force should: ensure regular and active supervision of "
  "the quality and progress of investigations. This supervision should be properly recorded;",
  "In progress", "ACC Crime", D(2025, 3, 31), PUB["peel1819"], None, "2024-11-10T10:05:40Z",
  [9410], "conflict",
  "verbatim 'regular and active supervision' rec, but its HMICFRS Ref says 9411 (the digital "
  "evidence rec, which has its own row): reference disagrees; open on both")
f(57, "peel1819", "REC", "Digital evidence retrieval - phones/computers", None,
  "HMIC recommends that within six months the force should: improve its ability to retrieve digital "
  "evidence from mobile phones, computers and other electronic devices quickly enough to ensure "
  "investigations are not delayed;",
  "In progress", "Head of Digital Forensics", D(2025, 6, 30), PUB["peel1819"], None,
  "2024-11-10T10:06:21Z", [9411], "in_sync", "digital evidence rec; open on both")
f(58, "peel1819", "REC", "RUI & bail management", None,
  "HMIC recommends that within six months the force should: improve its understanding of suspects "
  "released under investigation (RUI) and the management of those released on bail;",
  "Complete", "Head of Criminal Justice", None, PUB["peel1819"],
  "RUI review process and bail management team in place.", "2024-02-29T12:00:00Z", [9412],
  "closeable_submit", "RUI/bail rec; HMICFRS Awaiting review, force Complete: submit")
f(59, "peel1819", "AFI", "Crime recording system - case files", None,
  "The force should improve its use of its crime-recording and management system to better manage "
  "its case files and investigative processes.",
  "Complete", "Head of Information Management", None, PUB["peel1819"], None,
  "2023-11-10T14:02:00Z", [], "not_on_hmicfrs_list",
  "AFI recorded under PEEL 2018/19; no such item on the HMICFRS list for West Mercia")
f(60, "eff17", "AFI", "Demand - fuller understanding current & future", None,
  "The force should undertake further work to gain a fuller understanding of current demand for its "
  "services, and likely future changes in demand. This is so it can make best use of its resources "
  "by matching them to demand to meet the needs of the public.",
  "Complete", "Head of Corporate Development", None, PUB["eff17"], "FMS process.",
  "2019-05-02T10:00:00Z", [8330], "in_sync", "verbatim demand AFI; Complete on both")
f(61, "eff17", "AFI", "Links between outcomes, outputs & costs", None,
  "The force should develop its understanding of the links between its outcomes, outputs and costs",
  "Complete", "Director of Finance", None, PUB["eff17"],
  "Outcome-based budgeting in place from 2024/25.", "2024-04-30T15:15:00Z", [8331],
  "closeable_submit", "verbatim outcomes/outputs/costs AFI; HMICFRS Being progressed, force Complete")
f(62, "eff17", "AFI", "Future workforce plan", None,
  "The force should develop a future workforce plan aligned with overall demand and budget, incl. "
  "future resource allocations, mix of skills and behaviours expected.",
  "In progress", "Director of People", D(2025, 3, 31), PUB["eff17"], None, "2024-10-01T09:00:00Z",
  [8332], "in_sync", "abridged workforce plan AFI; open on both")
f(66, "cdi19", "REC", "CDI - victims believed / incident logs / multiple crimes", None,
  "Within six months the force should put in place arrangements to ensure that:\n"
  "• at the point of report, victims are believed;\n"
  "• conversations between the call handlers and callers are summarised accurately in the incident "
  "log, thus providing attending officers with full facts on which to base crime-recording "
  "decisions;\n"
  "• multiple crimes are always recorded when described within incident records or identified as "
  "part of other recorded crime investigations; and\n"
  "• the practice of awaiting the results of medical examinations or video interviews before making "
  "crime-recording decisions is stopped.",
  "Complete", "Force Crime Registrar", None, PUB["cdi19"],
  "CDI action plan delivered; audit results 94%.", "2024-03-18T10:30:00Z", [9650], "conflict",
  "the CDI arrangements rec with four of its five bullets: the 'online reports of crime are triaged' "
  "bullet is missing (force Complete, HMICFRS Being progressed)")
f(67, None, "REC", "THR criteria - call handlers (CDI)", None,
  "Within 3 months, the force should provide call handlers with specific, sound & comprehensible "
  "criteria to assess THR.",
  "In progress", "Supt Contact Centre", D(2025, 3, 31), PUB["cdi19"], None, "2024-12-12T12:12:12Z",
  [9651], "in_sync",
  "Report cell empty (rows 61-62 are their own merged blank A61:A62, after the 'Stop & Search 2013' "
  "block A59:A60, so not part of it); "
  "'Within 3 months, the force should' and the 2019 published date make it the CDI 2019 item, not "
  "Core Business 4822; open on both")
f(68, "apsp", "NAT", "Abuse of position for a sexual purpose - force plan", None,
  "Forces to develop plans re abuse of position for a sexual purpose: review capability & capacity of "
  "counter-corruption unit, improve IT monitoring capability, seek intelligence from organisations "
  "supporting vulnerable people.",
  "In progress", "Head of Professional Standards", D(2025, 3, 31), D(2017, 10, 5),
  "Counter-corruption unit uplift approved.", "2024-06-11T09:45:00Z", [], "not_on_hmicfrs_list",
  "the force's own summary of the 2017 abuse-of-position report; no item from that report on the "
  "HMICFRS list")
f(69, None, "LOC", "DA crime report dip sample", None,
  "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime Standards "
  "Board",
  "In progress", "Force Crime Registrar", D(2025, 3, 31), None, None, "2025-01-15T14:00:00Z", [],
  "not_on_hmicfrs_list", "the force's own local action (type Local action, Report blank in the "
  "merged blank A61:A62, not Stop & Search 2013)")
f(71, "powers", "NAT", "Comms skills - conflict mgt guidelines", None,
  "By July 2022, forces should ensure that officers & staff have effective communication skills, in "
  "line with the National Policing Guidelines on Conflict Management.",
  "In progress", "Head of Learning & Development", D(2025, 3, 31), PUB["powers"], None,
  "2024-09-09T09:09:09Z", [10211], "in_sync", "communication skills rec; open on both")
f(72, "powers", "NAT", "Comms skills in CPD + BWV debriefs", None,
  "By July 2022, forces should ensure that communication skills are reinforced as part of the CPD "
  "programme for officers & staff, and that supervisors are supported to routinely and frequently "
  "debrief officers on these skills using BWV footage.",
  "In progress", "Head of Learning & Development", D(2025, 3, 31), PUB["powers"], None,
  "2024-09-09T09:10:30Z", [10212], "conflict",
  "CPD/debrief rec, but force deadline 'By July 2022' where HMICFRS says 'By July 2021'")
f(73, "powers", "NAT", "BWV (a) record entirety of S&S encounters", "10213",
  "By September 2021, forces should: ensure that officers record on body-worn video (when this is "
  "available) the entirety of all stop and search encounters, including traffic stops and use of "
  "force incidents.",
  "Complete", "ACC Local Policing", None, PUB["powers"], None, "2023-06-01T10:00:00Z", [10213],
  "closeable_submit",
  "part 1 of the three-part BWV rec split over three rows; all three parts done, HMICFRS Being "
  "progressed: submit")
f(74, "powers", "NAT", "BWV (b) structured internal review of footage", "10213",
  "have a structured process for regularly reviewing and monitoring internally a sufficient sample "
  "of BWV footage to identify and disseminate learning and hold officers to account when behaviour "
  "falls below acceptable standards.",
  "Evidence submitted", "ACC Local Policing", None, PUB["powers"], "Evidence sent 12/12/2024.",
  "2024-12-12T16:40:00Z", [10213], "closeable_submit", "part 2 of the split BWV rec; all parts done")
f(75, "powers", "NAT", "BWV (c) scrutiny panel access to footage", "10213",
  "provide external scrutiny panel members with access to samples of BWV footage showing S&S "
  "encounters and use of force incidents, taking account of the safeguards in the CoP APP.",
  "Complete", "ACC Local Policing", None, PUB["powers"], None, "2023-06-01T10:02:00Z", [10213],
  "closeable_submit", "part 3 of the split BWV rec; all parts done")
f(76, "powers", "NAT", "HO/NPCC - use of force data quality", None,
  "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on "
  "the number of incidents where force has been used to effect a S&S is sufficient for publication.",
  "Not applicable", None, None, PUB["powers"], "Not for forces - HO & NPCC.",
  "2021-03-15T09:00:00Z", [10214], "in_sync",
  "rec for the Home Office/NPCC; force Not applicable, HMICFRS No further action required")
f(77, "powers", "NAT", "Internal monitoring of use of force", None,
  "By July 2021, forces should ensure they have effective internal monitoring processes on the use "
  "of force, to help them to identify and understand disproportionate use, explain the reasons and "
  "implement any necessary improvement action.",
  "Complete", "ACC Local Policing", None, PUB["powers"], "Use of force scrutiny panel + dashboard.",
  "2023-06-01T10:05:00Z", [10215], "closeable_submit",
  "verbatim use-of-force monitoring rec; HMICFRS Awaiting review, force Complete: submit")

MISSING = {
    3551: "the '<10% of savings through collaboration' austerity rec: no row in the tracker "
          "(the austerity block holds 3550, 3552, 3553 only)",
    5875: "the firearms rec on identifying certificate holders before attendance: no row (the "
          "internal audit row is about governance)",
    7921: "the MSHT preventative powers rec: no row in either Stolen Freedom block",
    9408: "'clearly define its new operating model' (PEEL 2018/19): no row; the Warwickshire "
          "transition row is a different rec",
}



# ---------------------------------------------------------------------------------------------
# SharePoint rich text and the notebook's handling of it
# ---------------------------------------------------------------------------------------------
def sp_rich(text: str | None) -> str | None:
    """Plain text as SharePoint's enhanced rich text field returns it through Graph."""
    if text is None:
        return None
    def esc(s):
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        s = s.replace(":", "&#58;")
        s = s.replace("  ", " &#160;")
        return s
    out, items = [], []
    for line in text.split("\n"):
        if line.startswith("• "):
            items.append("<li>" + esc(line[2:]) + "</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line.strip():
            out.append("<p>" + esc(line) + "</p>")
        else:
            out.append("<p>&#160;</p>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return '<div class="ExternalClass6B1F0C2E4D3A4C2A9E1B7F5D8C0A3E21">' + "".join(out) + "</div>"


def notebook_strip(html: str | None):
    """What the analyst's notebook does: df[c].str.replace(r'<[^>]+>', '', regex=True).str.strip()"""
    if html is None:
        return None
    return re.sub(r"<[^>]+>", "", html).strip()


def sp_date_utc(d: dt.date | None):
    """A SharePoint date-only column: local midnight stored as UTC; notebook drops tz."""
    if d is None:
        return pd.NaT
    ts = pd.Timestamp(d).tz_localize("Europe/London").tz_convert("UTC").tz_localize(None)
    return ts


README = r"""# Case `sharepoint_graph_multiindex_notebook` (round 74, case A)

## Story

West Mercia Police keeps its HMICFRS recommendations in a SharePoint list ("HMICFRS
Recommendations") on the Strategic Planning & Assurance team site. Owners edit items in the
browser. Before the Joint Audit Committee an analyst runs a Jupyter notebook that:

1. pulls every item through Microsoft Graph (`/sites/{site}/lists/{list}/items?expand=fields`)
   and `pd.json_normalize`s it, keeping SharePoint's **internal column names**
   (`HMICFRS_x0020_Ref`, `Recommendation_x0020_Text`, `Target_x0020_Date`, …) and the item `id`;
2. strips the enhanced-rich-text HTML with `str.replace(r'<[^>]+>', '')`. The **entities stay in**
   (`&#58;` for every colon, `&amp;`, `&#160;`) and `<li>`/`<p>` items run together with no separator;
3. converts the SharePoint date-only columns with `pd.to_datetime(...).dt.tz_localize(None)`.
   SharePoint stores local midnight as UTC, so every date in British Summer Time comes out at
   **23:00 the day before** (`2019-05-01 23:00:00` for 2 May 2019). Winter dates show `00:00:00`;
4. maps the Lead lookup ids to names from a small dict. Ids it doesn't know are left as the raw number (41, 44, 57);
5. `df.set_index(['Report', 'RecType']).sort_index().to_excel('tracker.xlsx')` (xlsxwriter,
   default `merge_cells=True`, default sheet name).

HMICFRS sent its definitive list as a plain CSV export of the register.

## Files

- `hmicfrs.csv`: UTF-8 with BOM, CRLF record ends. Texts with bullets contain LF line breaks
  inside quoted fields, but each record is still one row. Row 1 is the header: `Force, Recommendation ID,
  Report, Publication date (dd/mm/yyyy), Type, Recommendation, Status, Status date`. Rows 2–58
  hold 57 items, sorted by publication date and then ID. IDs are plain register integers (902 …
  10215). Types: National recommendation, Recommendation, Area for improvement, Cause of concern.
  Statuses: Awaiting review / Being progressed (open); Complete / Superseded / No further action
  required (closed). Texts are real HMICFRS wording, quirks kept ("intelligence 86 and", "•the
  reasons", "immediately:agree", "; and" endings).
- `tracker.xlsx`, one sheet `Sheet1`. Row 1 is the pandas header (bold, bordered): `Report`,
  `RecType` (the two index levels), then `id`, `Title`, `HMICFRS_x0020_Ref`,
  `Recommendation_x0020_Text`, `Status`, `Lead`, `Target_x0020_Date`, `Date_x0020_Published`,
  `Progress_x0020_Update`, `Modified` (Graph ISO string, e.g. `2025-02-20T15:05:10Z`). Rows 2–62
  hold 61 item rows. Nothing else is on the sheet: no title, legend or blank rows.
- `truth.csv`: 66 lines.

## What the layout brings (rows as Excel shows them)

1. **Column A (Report) is merged per block** and holds its value only in the block's first row:
   A5:A6 Core Business, A9:A13 Firearms, A15:A25 PEEL 2018/19, A26:A29 PEEL Effectiveness 2016,
   A30:A32 PEEL Efficiency 2017, A33:A34 PEEL Efficiency 2017 - national, A35:A38 PEEL Legitimacy
   2017 - national, A39:A45 Police powers, A46:A48 Policing in Austerity, A49:A55 Stolen Freedom
   (MSHT) 2017, A56:A57 Stolen Freedom 2017, A59:A60 Stop & Search 2013. Single-row blocks (rows
   2, 3, 4, 7, 8, 14, 58) are not merged.
2. **Column B (RecType) is not merged.** pandas never merges the innermost index level, so the
   value repeats on every row. Row 29 has an **empty** RecType (a NaN in the list, sorted last in
   its block). It is not a continuation of the AFI rows 26–28.
3. **NaN Report at the bottom.** Rows 61–62 have no Report. pandas sorted them last and merged them
   into a **blank merged range A61:A62**, directly under the Stop & Search 2013 block (A59:A60).
   Forward-filling every blank cell would file the CDI 2019 item (row 62) and a local action
   (row 61) under Stop & Search 2013.
4. **Sorting is alphabetical by the force's Report choice**, so national and force reports are
   interleaved and nothing follows the HMICFRS order. "Stolen Freedom (MSHT) 2017" (49–55) and the fill-in
   choice "Stolen Freedom 2017" (56–57) are one report split into two blocks.
5. **HTML residue in the text columns**, e.g. row 4 "to ensure that&#58;at the point of report,
   victims are believed;conversations between…", row 60 "legislation &amp; the Code of Practice",
   row 8 "domestic abuse.&#160;This action plan…".
6. **`id` is SharePoint's item id** (3–77, with gaps for deleted items). It is not an HMICFRS reference.
   `HMICFRS_x0020_Ref` is filled on only 14 rows: "902", "1108", "2321", "4822", "5390", "7915"
   ×4, "10213" ×3, "1110 / 5120", and one wrong value, "9411" on row 23.
7. **Dates shifted by BST**: `Date_x0020_Published` 2019-05-01 23:00 for HMICFRS 02/05/2019, and
   2015-06-30 23:00 for 01/07/2015 (the month changes too). These are the same dates, not conflicts.
8. **Title cut at 255 characters** with no text column: row 7 (custody children rec, cut at "…for
   the ab").
9. `Lead` mixes names and raw lookup ids (rows 22, 48, 56, 57). Status is empty on row 22.

Force Status vocabulary: Not started/In progress/(empty) = open; Evidence submitted, Complete,
Closed, Not applicable = done (Not applicable is WHITE: not the force's to deliver).

## Traps and how the truth decides them

- Split rows: 7915 (MSHT leadership, four bullets) is split over rows 49–52 with parts a/b/d
  Complete and part c In progress. The item is not done, HMICFRS has it Being progressed, so all
  four lines are in_sync. 10213 (body-worn video, three paragraphs) is split over rows 41–43,
  all done, with HMICFRS Being progressed, so all three lines are closeable_submit.
- Row 58 holds two items, 1110 (2013) and 5120 (2015), near-identical texts, with ref "1110 / 5120". That gives two
  lines, both in_sync (closed on both sides).
- Near-duplicate texts across reports. 4822 (Core Business, "Not later than 31 March 2015 those
  forces…") is row 5, and 9651 (CDI 2019, "Within three months, the force should…") is row 62
  with no Report: the timescale and the 2019 published date decide. 6703 (2016 "improve the
  supervision of investigations") is row 27, and 9410 (2018/19 "regular and active supervision") is row 23.
- Wrong reference: row 23 is verbatim 9410, but its ref says 9411, and 9411 has its own row 24.
  The text decides the pair: **conflict** (reference).
- Conflicts: 7916 "Within twelve months" vs "Within six months" (row 53); 10212 "By July 2022" vs
  "By July 2021" (row 40); 9650 CDI arrangements missing the "online reports … triaged" bullet
  (row 4, force Complete); 8541 the national cause of concern typed AFI (row 35); 8545 unconscious
  bias training (PEEL Legitimacy 2017) filed under PEEL Efficiency 2017 - national (row 34); 9410 ref.
- Not conflicts: row 29's empty type (the cautions Recommendation 6705); BST-shifted dates; the
  abridged or abbreviated texts (CCs, S&S, MSHT, HO, CoP, VfM); "supervison" (row 27); 8320 (row
  33) keeps only the force's sentence of the digital plan rec; the dropped sentence is addressed
  to the Home Office/NPCC/APCC.
- Row 13: an internal audit action ("Internal audit of the firearms licensing governance
  arrangements (audit plan 2023/24)") typed Recommendation inside the Firearms 2015 block is
  not_on_hmicfrs_list. Governance item 5871 is row 9.
- Missing from the force: 3551, 5875, 7921, 9408.

## Counts (truth lines)

in_sync 36 · closeable_submit 12 · closeable_local 4 · conflict 6 · missing_from_force 4 ·
not_on_hmicfrs_list 4 · review 0. Total 66 lines: 57 HMICFRS items, 61 force rows.

## Rows that are not items

- `hmicfrs.csv!1`: the header.
- `Sheet1!1`: the pandas header row (index names Report, RecType plus column names).
There are no other non-item rows.

## Checks run

- Every force row 2–62 appears in truth.csv: once, or twice for row 58. Every HMICFRS row
  2–58 appears at least once.
- Read back with pandas (`read_csv(encoding='utf-8-sig')`: 57 records; `read_excel`: 61 rows) and
  with openpyxl (merged ranges as listed above).
- Two builds, byte-identical (md5 of all four files). The xlsx has fixed core properties
  (created/modified 2025-03-04T09:12:00Z) and the zip entry timestamps XlsxWriter fixes.
- The tool was not run. The truth is hand-decided, as written in each `why`.
"""


# ---------------------------------------------------------------------------------------------
def build():
    os.makedirs(OUT, exist_ok=True)

    # ---------------- HMICFRS register export (CSV)
    order = sorted(H, key=lambda i: (REPORTS[H[i][0]][1], i))
    hrow = {}
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Force", "Recommendation ID", "Report", "Publication date", "Type",
                "Recommendation", "Status", "Status date"])
    for n, i in enumerate(order, start=2):
        rep, typ, text, status, sdate = H[i]
        title, pub = REPORTS[rep]
        w.writerow(["West Mercia Police", i, title, pub.strftime("%d/%m/%Y"), typ, text, status,
                    sdate])
        hrow[i] = n
    with open(os.path.join(OUT, "hmicfrs.csv"), "wb") as fh:
        fh.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

    # ---------------- force tracker (pandas MultiIndex to_excel)
    recs = []
    for k, r in enumerate(F):
        recs.append({
            "_k": k,
            "Report": RN[r["rep"]],
            "RecType": FT[r["typ"]],
            "id": r["sp"],
            "Title": r["title"],
            "HMICFRS_x0020_Ref": r["ref"],
            "Recommendation_x0020_Text": notebook_strip(sp_rich(r["text"])),
            "Status": r["status"],
            "Lead": r["lead"],
            "Target_x0020_Date": sp_date_utc(r["target"]),
            "Date_x0020_Published": sp_date_utc(r["pub"]),
            "Progress_x0020_Update": notebook_strip(sp_rich(r["update"])),
            "Modified": r["modified"],
        })
    # Graph returns items in id order
    recs.sort(key=lambda x: x["id"])
    df = pd.DataFrame(recs)
    df = df.set_index(["Report", "RecType"]).sort_index()
    keys = df["_k"].tolist()
    df = df.drop(columns="_k")
    frow = {k: n for n, k in enumerate(keys, start=2)}

    path = os.path.join(OUT, "tracker.xlsx")
    with pd.ExcelWriter(path, engine="xlsxwriter") as xw:
        xw.book.set_properties({
            "title": "", "author": "", "company": "",
            "created": dt.datetime(2025, 3, 4, 9, 12, 0),
        })
        df.to_excel(xw)  # default sheet name, merge_cells=True

    # ---------------- truth
    lines = []
    for k, r in enumerate(F):
        if r["hids"]:
            for i in r["hids"]:
                lines.append((f"hmicfrs.csv!{hrow[i]}", f"Sheet1!{frow[k]}", r["cat"], r["why"]))
        else:
            lines.append(("", f"Sheet1!{frow[k]}", r["cat"], r["why"]))
    for i, why in MISSING.items():
        lines.append((f"hmicfrs.csv!{hrow[i]}", "", "missing_from_force", why))

    def sk(t):
        a = int(t[0].split("!")[1]) if t[0] else 10_000
        b = int(t[1].split("!")[1]) if t[1] else 10_000
        return (a, b)
    lines.sort(key=sk)
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)
    return hrow, frow, df


if __name__ == "__main__":
    build()
