"""Build the case `panel_status_grid_wording_appendix` (round 81, case A).

HMICFRS side: a PCC-office committee pack's appendices (hmicfrs.xlsx):
  - "Appendix A": a grid, one row per inspection report, one column per HMICFRS status;
    each cell lists the register ids typed by hand (commas, semicolons, "and", "&",
    line breaks, ranges, "(CoC)" tags, one id struck through, one id starred with a note).
  - "Appendix B": the wording of every id, with its type, in the export's own order.
Force side: an ordinary tracker (tracker.xlsx) in the force's own words.

Run with /work/main/.venv/bin/python. Deterministic: no clock, no randomness, fixed
document properties, XlsxWriter in_memory mode (zip entries dated 1980-01-01).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re

import xlsxwriter

CASE = "panel_status_grid_wording_appendix"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2021, 11, 12, 9, 30, 0)

AFI = "Area for improvement"
COC = "Cause of concern"
REC = "Recommendation"
NAT = "National recommendation"

AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")
STATUSES = [AR, BP, CO, SU, NFA]
OPEN = {AR, BP}

# --------------------------------------------------------------------------------------
# Reports, in the grid's order. key -> (title as the pack types it, published, section)
# published: a datetime.date (a date cell) or a str (typed text)
# --------------------------------------------------------------------------------------
REPORTS = [
    ("sas13", "Stop and search powers: Are the police using them effectively and fairly?",
     dt.date(2013, 7, 9), "nat"),
    ("everyone", "Everyone's business: Improving the police response to domestic abuse",
     dt.date(2014, 3, 27), "nat"),
    ("austerity", "Policing in austerity: Meeting the challenge", "July 2014", "nat"),
    ("core", "Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "nat"),
    ("integrity", "Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
     dt.date(2015, 1, 30), "nat"),
    ("sas15", "Stop and search powers 2: are the police using them effectively and fairly?",
     dt.date(2015, 3, 24), "nat"),
    ("picture", "Building the picture: an inspection of police information management",
     dt.date(2015, 7, 1), "nat"),
    ("firearms", "Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
     dt.date(2015, 9, 15), "nat"),
    ("stolen", "Stolen freedom: the policing response to modern slavery and human trafficking",
     dt.date(2017, 10, 24), "nat"),
    ("efc17", "PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9), "nat"),
    ("daprog", "A progress report on the police response to domestic abuse",
     dt.date(2017, 11, 14), "nat"),
    ("leg17", "PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12), "nat"),
    ("powers", "Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", "Feb 2021", "nat"),
    ("eff16", "PEEL: Police effectiveness 2016 – Staffordshire Police", dt.date(2017, 3, 2),
     "force"),
    ("cdi17", "Crime data integrity inspection 2017 – Staffordshire Police", dt.date(2017, 9, 7),
     "force"),
    ("efy17", "PEEL: Police efficiency 2017 – Staffordshire Police", dt.date(2017, 11, 9),
     "force"),
    ("vet19", "Staffordshire Police: vetting and counter-corruption (revisit letter)",
     dt.date(2019, 5, 2), "force"),
    ("peel19", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Staffordshire "
               "Police", "May 2019", "force"),
    ("cust20", "Report on an unannounced inspection visit to police custody suites in "
               "Staffordshire", "Aug 2020", "force"),
]
REPORT = {k: (t, p, s) for k, t, p, s in REPORTS}

# --------------------------------------------------------------------------------------
# HMICFRS items: id -> (report, type, real wording, status a person reads off the grid)
# Wording is real public text (OGL), copied literally from the project's text lists,
# /work/shared/data/real_recommendations.csv and the JAC paper of 30 November 2017;
# force-level items built from the project's real stems and bodies name Staffordshire.
# --------------------------------------------------------------------------------------
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
    "vulnerability in 2015.")
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action")
DASH_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. This is "
    "an enduring cause of concern from HMIC's report on vulnerability in 2015 and is one of the "
    "recommendations from HMIC's report on its domestic abuse inspection in 2014 that still "
    "needs to be implemented. In cases where a DASH risk assessment is not completed the "
    "officer should record an assessment on the crime management system. HMIC found that "
    "officers are not consistently completing a DASH in circumstances where force policy "
    "requires that they should do so. This means that some victims of domestic abuse who may "
    "be at risk of harm are not being appropriately risk-assessed.")
DASH_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately take steps "
    "to ensure that:\n\n"
    "- there is effective supervision of the initial risk assessment process, specifically in "
    "relation to the completion of DASH risk assessment in appropriate cases.")
CUSTODY_CHILDREN = (
    "Within six months Staffordshire Police should in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested.")

ITEMS: dict[int, tuple[str, str, str, str]] = {
    # --- national reports --------------------------------------------------------------
    1187: ("sas13", NAT,
           "Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.", CO),
    1188: ("sas13", NAT,
           "Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch "
           "criminals and maintain public trust.", CO),
    1189: ("sas13", NAT,
           "Chief Constables should, in consultation with elected local policing bodies, "
           "ensure that they comply with the code of practice by explaining to the public the "
           "way stop and search powers are used in their areas and by making arrangements for "
           "stop and search records to be scrutinised by community representatives. This "
           "should be done in a way that involves those people who are stopped and searched, "
           "for example, young people.", SU),
    2330: ("everyone", NAT, EVERYONE_PLAN, NFA),
    2712: ("austerity", NAT,
           "All Chief Constables and PCCs should review their plans to deliver savings to "
           "ensure they are doing all they can to continue to reduce crime and protect the "
           "front line while balancing their budgets. They should use the data and "
           "information contained in this report, and in HMIC's Value for Money profiles, "
           "when conducting their reviews", NFA),
    2713: ("austerity", NAT,
           "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
           "savings through collaboration should assess whether there is scope to improve on "
           "this position. HMIC will follow up the assessments in the autumn.", NFA),
    2714: ("austerity", NAT,
           "Chief Constables and PCCs in forces that are planning to reduce the proportion of "
           "their workforce and/or police officers on the front line should assess whether "
           "they have taken the decisive action seen in many forces in order to maintain their "
           "crime fighting capacity. HMIC will follow up the assessments in the autumn.", NFA),
    2715: ("austerity", NAT,
           "In preparation for the next spending round period all Chief Constables and PCCs "
           "should review their plans for collaboration. In particular they should consider "
           "whether there is scope to deliver better value for money and improved capability "
           "and capacity through joint working with other forces, the public and/or the "
           "private sector.", NFA),
    4830: ("core", NAT,
           "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
           "that have not yet done so, should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.", CO),
    4831: ("core", NAT,
           "By 31 March 2015 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.", BP),
    5104: ("integrity", NAT,
           "By 31 August 2015, all chief constables should satisfy themselves that they have "
           "processes in place to ensure that investigations into misconduct by officers and "
           "staff resulting in “no further action” are fair and free of any form of "
           "discrimination.", CO),
    5290: ("sas15", NAT,
           "Chief constables should, in consultation with police and crime commissioners, "
           "ensure that they comply with the Code of Practice by explaining to the public the "
           "way stop and search powers are used in their areas and by making arrangements for "
           "stop and search records to be scrutinised by community representatives. This "
           "should be done in a way that involves those people who are stopped and searched, "
           "for example young people.", BP),
    5561: ("picture", NAT,
           "By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through "
           "the force information management governance structure. This should include "
           "measures to ensure that categorisation of records are regularly adjusted.", AR),
    5903: ("firearms", NAT,
           "Within three months, all chief constables should assess how well the governance "
           "of firearms licensing in his or her force meets the standards set out in "
           "Authorised Professional Practice. Chief constables of forces where the governance "
           "standards are not being complied with should put in place immediately the correct "
           "arrangements and procedures in order to meet the standards in full.", CO),
    5904: ("firearms", NAT,
           "Within three months, all chief constables should assess the demand placed on their "
           "firearms licensing department and ensure it has the capacity to meet this demand "
           "and provide an efficient and effective service at all times.", CO),
    5905: ("firearms", NAT,
           "Immediately, all chief constables should satisfy themselves that all appropriate "
           "action is being taken by their force with regard to ‘total expired’ licensing "
           "records.", BP),
    5906: ("firearms", NAT,
           "Within three months, all chief constables should ensure that their arrangements in "
           "respect of the use of temporary permits are in accordance with the Home Office "
           "guidance; that temporary permits are properly recorded without delay on the "
           "National Firearms Licensing Management System; and that effective systems exist "
           "to ensure certificate holders are not permitted, at any time, to remain in "
           "unlawful possession of a firearm.", BP),
    5907: ("firearms", NAT,
           "Within three months, all chief constables should ensure that systems designed to "
           "identify, prior to police attendance, whether a reported incident involves or is "
           "at the address of a firearm certificate holder are in place and are always "
           "applied by staff dispatching officers to incidents; and that officers understand "
           "the risk assessment which they should be undertaking in such circumstances, and "
           "their power, when appropriate, to seize firearms and firearm certificates.", AR),
    8320: ("stolen", NAT, SF_LEADERSHIP, BP),
    8321: ("stolen", NAT,
           "Within six months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
           "and in order to safeguard victims better and to identify suspects as early as "
           "possible", BP),
    8322: ("stolen", NAT,
           "Immediately, forces should ensure that all victims carrying out criminal acts under "
           "compulsion attributable to slavery or exploitation are afforded the protection of "
           "early and continuing consideration of the applicability of the section 45 "
           "defence.", CO),
    8323: ("stolen", NAT,
           "Immediately, forces should take steps to ensure they are fully compliant with the "
           "NRM process as it evolves and are implementing the requirement placed upon them "
           "under the Modern Slavery Act 2015 to notify the Home Office of any individual "
           "suspected to be an adult victim of modern slavery or human trafficking.", CO),
    8324: ("stolen", NAT,
           "Immediately, forces should take steps to ensure they fully comply with national "
           "crime recording standard (NCRS) requirements for offences identified as modern "
           "slavery and human trafficking and that sufficient audit capacity is available to "
           "the force crime registrar to provide reassurance that each force is identifying "
           "and managing any gaps in its crime-recording accuracy for these types of "
           "offences.", BP),
    8325: ("stolen", NAT,
           "Immediately, forces should ensure that allegations or indications of modern "
           "slavery and human trafficking are thoroughly investigated and effectively "
           "supervised by teams and individuals with the skills and experience to undertake "
           "them (this should include the use where appropriate of joint intelligence teams "
           "and other means to obtain intelligence and evidence from agencies overseas).", BP),
    8326: ("stolen", NAT,
           "Immediately, forces should review their use of preventative powers under the "
           "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of "
           "those deemed to pose a clear threat to others in respect of modern slavery and "
           "human trafficking offences are exploited.", AR),
    8377: ("efc17", NAT,
           "By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force. The Home Office, National Police "
           "Chiefs' Council and Association of Police and Crime Commissioners should support "
           "the development of these plans by establishing a national framework which allows "
           "for the provision of digitally enabled services across force boundaries.", BP),
    8541: ("leg17", COC,
           "HMICFRS is concerned that forces are not able to demonstrate that the use of stop "
           "and search powers is consistently reasonable and fair. In particular, there is "
           "over-representation of BAME people, and black people in particular, in stop and "
           "search data which many forces are unable to explain.", BP),
    8542: ("leg17", NAT, SAS_MONITORING_2017, BP),
    8543: ("leg17", NAT,
           "Where forces identify disparities through monitoring, they should demonstrate to "
           "the public that they have:\n•carried out research and analysis in an attempt to "
           "understand the reasons for the disparity, and •taken action to reduce the "
           "disparity, where necessary;", BP),
    8544: ("leg17", NAT,
           "We expect forces to publish this analysis and any actions taken at least on an "
           "annual basis, from July 2018.", CO),
    8545: ("leg17", NAT,
           "By July 2018, and ongoing following that date, forces should ensure that all "
           "officers who use stop and search powers have been provided with, and understand, "
           "training on unconscious bias and College of Policing APP on stop and search.", CO),
    10412: ("powers", NAT,
            "By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict "
            "management and de-escalation.", AR),
    10413: ("powers", NAT,
            "By July 2021, forces should ensure that communication skills are reinforced as "
            "part of the programme of continuing professional development for officers and "
            "staff, and that supervisors are supported to routinely and frequently debrief "
            "officers on these skills using body-worn video footage.", AR),
    10414: ("powers", NAT, BWV_2021, BP),
    10415: ("powers", "",
            "The Home Office and the NPCC should take steps to ensure that the quality of the "
            "data collected on the number of incidents where force has been used to effect a "
            "stop and search is sufficient for publication. The Home Office should publish "
            "this data as soon as possible.", NFA),
    10416: ("powers", NAT,
            "By July 2021, forces should ensure they have effective internal monitoring "
            "processes on the use of force, to help them to identify and understand "
            "disproportionate use, explain the reasons and implement any necessary "
            "improvement action.", AR),
    # --- force-specific reports ----------------------------------------------------------
    6990: ("eff16", COC, MISSING_COC, CO),
    6991: ("eff16", REC, MISSING_REC, CO),
    6992: ("eff16", COC, DASH_COC, BP),
    6993: ("eff16", REC, DASH_REC, BP),
    6994: ("eff16", AFI,
           "The force should improve how it works with partner organisations to safeguard "
           "people at risk from child sexual exploitation.", SU),
    6995: ("eff16", AFI,
           "The force should make sure victims of domestic abuse are kept informed about the "
           "progress of their case, in line with the Code of Practice for Victims of Crime.", SU),
    8210: ("cdi17", REC, CDI_VICTIMS, BP),
    8211: ("cdi17", REC,
           "Immediately, the force should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.", CO),
    8212: ("cdi17", REC,
           "Within three months, the force should make sure it records reports of rape and "
           "serious sexual offences accurately and without delay.", BP),
    8213: ("cdi17", REC,
           "By March 2018, the force should revise its approach to cautions, cannabis warning "
           "and penalty notices for disorder to ensure that there is a clear and auditable "
           "explanation to the offender of the implications of receiving the warning and "
           "that, for victim-based crimes, there is a clear and auditable record that views of "
           "the victim are considered prior to their issue.", CO),
    8214: ("cdi17", AFI,
           "The force should improve its use of its crime-recording and management system to "
           "better manage its case files and investigative processes.", AR),
    8215: ("cdi17", AFI,
           "The force should make sure it records reports of hate crime accurately and without "
           "delay.", NFA),
    8380: ("efy17", AFI,
           "The force should ensure that it has sufficient resources available in the control "
           "room to fulfil its resourcing model, and so to meet its demand, while also taking "
           "into account the wellbeing of its workforce.", CO),
    8381: ("efy17", AFI,
           "The force should undertake further work to gain a fuller understanding of current "
           "demand for its services, and likely future changes in demand. This is so it can "
           "make best use of its resources by matching them to demand to meet the needs of the "
           "public", SU),
    8382: ("efy17", AFI,
           "The force should develop a future workforce plan that is aligned with its overall "
           "demand and budget. The plan should include future resource allocations, the mix of "
           "skills required by the workforce and behaviours expected of them.", BP),
    8790: ("vet19", COC,
           "The size of the vetting backlog within Staffordshire Police is a cause of concern.",
           BP),
    8791: ("vet19", REC,
           "The force should ensure all staff have received at least the lowest level of "
           "vetting clearance for their roles as quickly as possible, working to clear both the "
           "vetting backlog and new vetting renewals when they become due so that it complies "
           "fully with the national vetting guidelines.", BP),
    8840: ("peel19", COC,
           "The force does not have the capacity or capability to investigate crime "
           "effectively and this is affecting the service being provided to the public. There "
           "are failings in the way that crimes are being investigated.", BP),
    8841: ("peel19", REC,
           "HMIC recommends that the force should immediately: conduct a review of officers’ "
           "capabilities and capacity to manage their investigative workload, to better "
           "understand investigative demand and the pressures placed upon them; and", CO),
    8842: ("peel19", REC,
           "HMIC recommends that the force should immediately: conduct a review, involving its "
           "partners, of the approach to vulnerability to better safeguard vulnerable "
           "people.", BP),
    8843: ("peel19", REC,
           "HMIC recommends that the force should immediately: expand the skills project work "
           "to include an assessment of all skills, not only operational, including potential "
           "future skills requirements. This assessment should inform workforce plans;", BP),
    8844: ("peel19", REC,
           "HMIC recommends that the force should immediately:improve its arrangements both to "
           "consult with the public about business planning and to feed back on changes made "
           "to service delivery as a result of such consultation.", AR),
    8845: ("peel19", REC,
           "HMIC recommends that within six months the force should: ensure regular and active "
           "supervision of the quality and progress of investigations. This supervision should "
           "be properly recorded;", BP),
    8846: ("peel19", REC,
           "HMIC recommends that within six months the force should: improve its ability to "
           "retrieve digital evidence from mobile phones, computers and other electronic "
           "devices quickly enough to ensure investigations are not delayed;", BP),
    8847: ("peel19", REC,
           "HMIC recommends that within six months the force should: improve its understanding "
           "of suspects released under investigation and the management of those released on "
           "bail;", CO),
    8848: ("peel19", AFI,
           "The force should improve its understanding of the nature and scale of county lines "
           "drug dealing in its area.", AR),
    8849: ("peel19", AFI,
           "The force should make sure it has enough specialist capacity and capability to "
           "investigate online child sexual abuse.", AR),
    8850: ("peel19", AFI,
           "The force should improve the way it manages the risk posed by offenders involved in "
           "serious and organised crime.", SU),   # grid: Awaiting review*, note 2: superseded
    9801: ("cust20", REC, CUSTODY_CHILDREN, BP),
    9802: ("cust20", "",
           "Immediately, the force should make sure officers and staff have the training they "
           "need to identify and respond to people with mental ill health.", AR),
    9803: ("cust20", AFI,
           "The force should make sure its performance framework gives senior leaders a clear "
           "picture of its response to people with mental ill health.", AR),
}

# Ids typed as text on the wording sheet (the rest are numbers).
TEXT_IDS = {8213: "8213 ", 8542: "8542", 10414: "10414", 6992: "6992", 8791: "8791"}

# --------------------------------------------------------------------------------------
# The grid, cell by cell, as the office typed it: report -> {status: cell}
# A cell is a str, or a list of (text, struck?) runs for a rich string.
# EXPECT lists the ids a careful reader takes from each cell (used only to check the cells).
# --------------------------------------------------------------------------------------
GRID = {
    "sas13": {CO: "1187, 1188", SU: "1189"},
    "everyone": {NFA: "2330"},
    "austerity": {NFA: "2712–2715"},
    "core": {BP: "4831", CO: "4830"},
    "integrity": {CO: "5104"},
    "sas15": {BP: "5290"},
    "picture": {AR: "5561"},
    "firearms": {AR: "5907", BP: [("5904", True), ("\n5905, 5906", False)],
                 CO: "5903\n5904 (see note 1)"},
    "stolen": {AR: "8326", BP: "8320, 8321,\n8324 and 8325", CO: "8322; 8323"},
    "efc17": {BP: "8377"},
    "daprog": {},
    "leg17": {BP: "8541 (CoC), 8542 & 8543", CO: "8544\n8545"},
    "powers": {AR: "10412, 10413; 10416", BP: "10414",
               NFA: "10415 (HO/NPCC – not for forces, see note 3)"},
    "eff16": {BP: "6992 (CoC)\n6993", CO: "6990(CoC), 6991", SU: "6994 and 6995"},
    "cdi17": {AR: "8214", BP: "8210, 8212", CO: "8211;8213", NFA: "8215"},
    "efy17": {BP: "8382", CO: "8380", SU: "8381"},
    "vet19": {BP: "8790 (CoC) and 8791"},
    "peel19": {AR: "8844, 8848,\n8849, 8850*", BP: "8840 (CoC)\n8842-8843\n8845–8846",
               CO: "8841, 8847"},
    "cust20": {AR: "9802, 9803", BP: "9801"},
}
GRID_NOTES = {"daprog": "(no recommendations – see note 4)"}


def cell_ids(cell) -> list[int]:
    """Ids in a cell as a reader takes them (struck runs dropped, ranges expanded)."""
    if isinstance(cell, list):
        text = "".join(t for t, struck in cell if not struck)
    else:
        text = cell
    text = re.sub(r"\(see note \d\)|\(HO/NPCC[^)]*\)", "", text)
    ids: list[int] = []
    for a, b in re.findall(r"(\d{4,5})\s*(?:[-–]\s*(\d{4,5}))?", text):
        if b:
            ids.extend(range(int(a), int(b) + 1))
        else:
            ids.append(int(a))
    return ids


# --------------------------------------------------------------------------------------
# The force tracker: one dict per item row, in the tracker's own order.
# hm: the HMICFRS ids the row is (empty for force-only rows); cat/why: the truth.
# --------------------------------------------------------------------------------------
def T(ref, report, pub, typ, text, lead, rag, update, sub, hm, cat, why):
    return dict(ref=ref, report=report, pub=pub, type=typ, text=text, lead=lead, rag=rag,
                update=update, sub=sub, hm=hm, cat=cat, why=why)


D = dt.date
TRACKER = [
    T(1187, "Stop & Search powers (HMIC 2013)", "Jul-13", "Rec",
      "CCs & CoP to set out in the S&S APP a clear specification of what effective & fair use "
      "of S&S powers looks like", "ACC Local Policing", "CLOSED", "Closed by HMIC 2016.", None,
      [1187], "in_sync", "Ref 1187 and the S&S APP wording match; grid Complete, tracker CLOSED: "
      "closed on both sides."),
    T(1188, "Stop & Search powers (HMIC 2013)", "Jul-13", "Rec",
      "Establish/improve monitoring of officers' use of S&S so we are satisfied they act "
      "lawfully (incl. equality legislation & Code of Practice)", "ACC Local Policing",
      "CLOSED", "Closed by HMIC 2016.", None, [1188], "in_sync",
      "Ref 1188 and the monitoring wording match; grid Complete, tracker CLOSED."),
    T(2330, "Domestic abuse - Everyone's business", "Mar-14", "Rec",
      "Publish a DA action plan setting out what steps the force will take to improve its "
      "approach to DA (developed with PCC, DA support orgs & victims' reps; DHR/IPCC learning; "
      "CPS scrutiny panels & MARAC self-assessments)", "Ch Supt Public Protection", "AMBER",
      "DA action plan being refreshed for 2022 following DA Matters roll-out.", None, [2330],
      "closeable_local", "Ref 2330 and the DA action plan wording match; the grid puts 2330 "
      "under No further action required (closed) while the tracker is AMBER: close it locally."),
    T(2712, "Policing in Austerity 2014", "Jul-14", "Rec",
      "Review plans to deliver savings - protect front line while balancing budget (use HMIC "
      "VfM profiles)", "Director of Finance", "CLOSED", "Addressed through the MTFP.", None,
      [2712], "in_sync", "Ref 2712 matches the savings-plan wording; the grid range 2712–2715 "
      "is No further action required, tracker CLOSED: closed on both sides."),
    T("2713/2714", "Policing in Austerity 2014", "Jul-14", "Rec",
      "Assess scope to improve savings through collaboration (<10%) AND whether decisive "
      "action taken to keep crime fighting capacity as front line workforce reduces",
      "Director of Finance", "CLOSED", "Both addressed through the MTFP / WMP collaboration "
      "review.", None, [2713, 2714], "in_sync", "One tracker row carries two refs (2713/2714) "
      "and both asks (the <10% collaboration savings and the front-line reduction); each is "
      "No further action required in the 2712–2715 range and the row is CLOSED."),
    T(2715, "Policing in Austerity 2014", "Jul-14", "Rec",
      "Review collaboration plans for next spending round - scope for better VfM & capability "
      "through joint working with other forces, public and/or private sector", "DCC", "AMBER",
      "Collaboration review with West Midlands Police ongoing.", None, [2715],
      "closeable_local", "Ref 2715 and the spending-round collaboration wording match; the "
      "2712–2715 range is No further action required (closed) but the tracker is AMBER."),
    T(4830, "Core business", "Sep-14", "Rec",
      "Provide call-handlers with specific, sound & comprehensible THR criteria (by 31/03/15)",
      "Supt Contact Centre", "GREEN", "THRIVE embedded in the control room 2016.",
      D(2017, 5, 12), [4830], "in_sync", "Ref 4830 and the threat-harm-risk criteria wording "
      "match (same deadline 31 March 2015); grid Complete, tracker GREEN (done)."),
    T(4831, "Core business", "Sep-14", "Rec",
      "Ensure crime prevention/disruption activity is systematically recorded & evaluated "
      "(by 31 March 2015)", "Head of Corporate Development", "AMBER",
      "Problem-solving database (OSARA) being rolled out across LPAs.", None, [4831],
      "in_sync", "Ref 4831 and wording match; grid Being progressed, tracker AMBER: open on "
      "both sides."),
    T(5104, "Integrity matters", "Jan-15", "Rec",
      "Satisfy ourselves that misconduct investigations resulting in NFA are fair & free from "
      "any discrimination (by 31 Aug 2015)", "Head of Professional Standards", "CLOSED",
      "Dip sample by PSD; closed.", None, [5104], "in_sync",
      "Ref 5104 and the misconduct/NFA wording match; grid Complete, tracker CLOSED."),
    T(None, "Stop & search powers 2 (2015)", "Mar-15", "Rec",
      "In consultation with the PCC, explain to the public how S&S powers are used & arrange "
      "for S&S records to be scrutinised by community reps (involving those stopped, e.g. "
      "young people)", "ACC Local Policing", "GREEN",
      "S&S scrutiny panel in place incl. youth panel; data published monthly on force "
      "website.", D(2021, 10, 1), [5290], "closeable_submit",
      "No ref; the wording fits both 1189 (2013) and 5290 (2015), which are near-identical, "
      "but 'in consultation with the PCC' and the report 'Stop & search powers 2 (2015)' "
      "identify 5290 (police and crime commissioners, 2015 report). Grid Being progressed, "
      "tracker GREEN with a submission date: submit for closure."),
    T(5561, "Building the Picture 2015", "Jul-15", "Rec",
      "Arrangements to scrutinise audits of compliance with APP on information management "
      "through the IM governance structure (by 30/11/15)", "Head of Information Management",
      "AMBER", "IM audit programme restarted after Niche upgrade.", None, [5561], "in_sync",
      "Ref 5561 and the information-management audit wording match; grid Awaiting review, "
      "tracker AMBER: open on both sides."),
    T(5903, "Firearms licensing 2015", "Sep-15", "Rec",
      "Assess how well FL governance meets APP standards; put correct arrangements in place "
      "where not", "Supt Firearms Licensing", "GREEN", "Governance review complete.",
      D(2016, 3, 1), [5903], "in_sync", "Ref 5903 and the governance wording match; grid "
      "Complete, tracker GREEN: done on both sides."),
    T(5904, "Firearms licensing 2015", "Sep-15", "Rec",
      "Within 3 months assess demand on the FL department & ensure capacity to meet it",
      "Supt Firearms Licensing", "GREEN", "Evidence submitted to HMICFRS 14/10/21.",
      D(2021, 10, 14), [5904], "in_sync", "Ref 5904 and the demand/capacity wording match. In "
      "the grid 5904 is struck through under Being progressed and listed under Complete, and "
      "note 1 says HMICFRS closed it on 02/11/2021: closed. Tracker GREEN: done on both "
      "sides."),
    T(5905, "Firearms licensing 2015", "Sep-15", "Rec",
      "Satisfy ourselves all appropriate action is being taken on 'total expired' licensing "
      "records", "Supt Firearms Licensing", "GREEN",
      "Backlog of total expired records cleared; monthly audit in place.", D(2021, 9, 20),
      [5905], "closeable_submit", "Ref 5905 and the 'total expired' wording match; grid Being "
      "progressed (after the struck 5904), tracker GREEN: submit for closure."),
    T(5906, "Firearms licensing 2015", "Sep-15", "Rec",
      "Temporary permits - in line with HO guidance, recorded without delay on NFLMS, no one "
      "left in unlawful possession", "Supt Firearms Licensing", "AMBER",
      "NFLMS data cleanse in progress.", None, [5906], "in_sync",
      "Ref 5906 and the temporary-permits wording match; grid Being progressed, tracker AMBER."),
    T(5907, "Firearms licensing 2015", "Sep-15", "Rec",
      "Within 6 months ensure systems identify, before attendance, if an incident involves/is "
      "at the address of a firearm certificate holder & are always applied by dispatchers; "
      "officers understand the risk assessment & power to seize", "Supt Contact Centre",
      "AMBER", "STORM flag for certificate holders live; training outstanding.", None, [5907],
      "conflict", "Ref 5907 and the wording match and both are open (Awaiting review / AMBER), "
      "but HMICFRS says 'Within three months' and the tracker 'Within 6 months': timescale "
      "differs."),
    T(None, "Firearms licensing 2015", None, "Local action",
      "Internal audit action: internal audit of the firearms licensing governance arrangements "
      "(audit plan 2021/22)", "Director of Finance", "AMBER", "Fieldwork Jan 22.", None, [],
      "not_on_hmicfrs_list", "A force internal-audit action with no ref; no HMICFRS id in the "
      "grid or wording asks for an internal audit: force-only row."),
    T(6990, "PEEL Effectiveness 2016", D(2017, 3, 2), "CoC",
      "CoC - response to missing & absent children (risk assessment, absent vs missing, CSE "
      "indicators not influencing risk)", "Ch Supt Public Protection", "CLOSED",
      "Closed by HMICFRS after 2018 revisit.", None, [6990], "in_sync",
      "Ref 6990 (tagged CoC in the grid) and the missing-children cause of concern match; "
      "grid Complete, tracker CLOSED."),
    T(6991, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
      "Review approach to missing children: call takers use missing/absent correctly; CSE "
      "risk factors known to call takers & frontline; supervisors oversee missing enquiries",
      "Ch Supt Public Protection", "GREEN", "Missing person policy rewritten 2017.",
      D(2018, 1, 15), [6991], "in_sync", "Ref 6991 and the three missing-children bullets "
      "match; grid Complete, tracker GREEN: done on both sides."),
    T(6993, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
      "Immediately ensure effective supervision of the initial risk assessment process - "
      "completion of DASH in appropriate cases", "Ch Supt Public Protection", "RED",
      "The Force Executive Team agreed that we would risk-assess all DA incidents. "
      "Implementation slipped - new DA risk tool pilot from Jan 22.", None, [6993], "in_sync",
      "Ref 6993 and the DASH supervision wording match; grid Being progressed, tracker RED: "
      "open on both sides. (The cause of concern 6992 itself has no tracker row.)"),
    T(None, "PEEL Effectiveness 2016", None, "Local action",
      "Deliver refresher training on stalking and harassment to all response and "
      "neighbourhood officers", "Head of Learning & Development", "AMBER",
      "E-learning live; face-to-face sessions from Feb 22.", None, [], "not_on_hmicfrs_list",
      "The force's own action, no ref; no HMICFRS id in this report (or any other) is about "
      "stalking and harassment training: force-only row."),
    T(6994, "PEEL Effectiveness 2016", D(2017, 3, 2), "AFI",
      "Improve partnership working to safeguard people at risk from CSE",
      "Ch Supt Public Protection", "AMBER", "CSE partnership sub-group refreshed.", None,
      [6994], "closeable_local", "Ref 6994 and the CSE partnership wording match; the grid "
      "puts 6994 under Superseded (closed) while the tracker is AMBER: close locally."),
    T(6995, "PEEL Effectiveness 2016", D(2017, 3, 2), "AFI",
      "Keep DA victims informed of the progress of their case in line with the Victims' Code",
      "Head of Criminal Justice", "CLOSED", "Superseded by HMICFRS.", None, [6995], "in_sync",
      "Ref 6995 and the Victims' Code wording match; grid Superseded, tracker CLOSED: closed "
      "on both sides."),
    T(7702, "PEEL Legitimacy 2016", "Dec-16", "AFI",
      "Ensure the workforce understands unconscious bias & how it can affect decision making",
      "Head of Learning & Development", "GREEN", "Training delivered to all frontline staff "
      "2018.", D(2018, 11, 30), [], "not_on_hmicfrs_list", "Ref 7702 is in no grid cell and "
      "has no wording row, and no HMICFRS text asks this of the force (8545 is the national "
      "stop-and-search training item, tracked separately): not on the HMICFRS list."),
    T("8210 (1)", "Crime Data Integrity 2017", D(2017, 9, 7), "Rec",
      "Within 6 months: victims believed at point of report; call handler/caller conversations "
      "summarised accurately in the incident log", "Force Crime Registrar", "GREEN",
      "Call handling guidance reissued.", None, [8210], "in_sync", "Part 1 of 3 of ref 8210 "
      "(bullets 1-2 of the CDI victims recommendation). The parts are GREEN, GREEN, AMBER, so "
      "the item is still open for the force; grid Being progressed: open on both sides."),
    T("8210 (2)", "Crime Data Integrity 2017", D(2017, 9, 7), "Rec",
      "Within 6 months: multiple crimes always recorded when described in incident records or "
      "other crime investigations", "Force Crime Registrar", "GREEN", "Audit Sept 21 - 94%.",
      None, [8210], "in_sync", "Part 2 of 3 of ref 8210 (bullet 3); the item is open because "
      "part 3 is AMBER; grid Being progressed: open on both sides."),
    T("8210 (3)", "Crime Data Integrity 2017", D(2017, 9, 7), "Rec",
      "Within 6 months: stop waiting for medical exam/video interview results before crime "
      "recording decisions; triage online crime reports on receipt", "Force Crime Registrar",
      "AMBER", "Online reporting triage depends on SEQ upgrade.", None, [8210], "in_sync",
      "Part 3 of 3 of ref 8210 (bullets 4-5), AMBER; grid Being progressed: open on both "
      "sides."),
    T(8211, "Crime Data Integrity 2017", D(2017, 9, 7), "Rec",
      "Call-handlers to have specific, sound & comprehensible criteria to assess threat, harm "
      "& risk", "Supt Contact Centre", "GREEN", "THRIVE+ in place.", D(2018, 6, 4), [8211],
      "in_sync", "Ref 8211 and wording match; grid Complete ('8211;8213'), tracker GREEN."),
    T(8212, "Crime Data Integrity 2017", D(2017, 9, 7), "Rec",
      "Within 3 months make sure RASSO reports are recorded accurately and without delay",
      "Force Crime Registrar", "GREEN", "Audit July 21 shows 96% compliance.", D(2021, 8, 9),
      [8212], "closeable_submit", "Ref 8212 and the rape/serious sexual offences recording "
      "wording match (RASSO); grid Being progressed, tracker GREEN: submit for closure."),
    T(8213, "Crime Data Integrity 2017", D(2017, 9, 7), "Rec",
      "Revise approach to cautions, cannabis warnings & PNDs - clear auditable explanation to "
      "offender; victim's views recorded for victim-based crime", "Head of Criminal Justice",
      "CLOSED", "Out of court disposals scrutiny panel.", None, [8213], "in_sync",
      "Ref 8213 (typed as text with a trailing space on the wording sheet) and the out-of-court "
      "disposals wording match; grid Complete, tracker CLOSED."),
    T(8214, "Crime Data Integrity 2017", D(2017, 9, 7), "AFI",
      "Improve use of the crime recording & management system (Niche) to manage case files & "
      "investigations", "Det Ch Supt Force CID", "AMBER", "Niche file-build training.", None,
      [8214], "in_sync", "Ref 8214 and wording match; grid Awaiting review, tracker AMBER."),
    T(8215, "Crime Data Integrity 2017", D(2017, 9, 7), "AFI",
      "Record hate crime reports accurately & without delay", "Force Crime Registrar",
      "AMBER", "Hate crime audit scheduled Q4.", None, [8215], "closeable_local",
      "Ref 8215 and the hate-crime recording wording match; grid No further action required "
      "(closed), tracker AMBER: close locally."),
    T("8320a", "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Rec",
      "Within 12 months review MSHT leadership & governance so that senior leaders prioritise "
      "the MSHT response", "Det Ch Supt Force CID", "GREEN", "MSHT governance board chaired "
      "by ACC.", D(2021, 6, 30), [8320], "closeable_submit", "Part a of 4 of ref 8320 (the "
      "leadership and governance review, bullet 1). All four parts are GREEN, so the force has "
      "done the item; grid Being progressed: submit for closure."),
    T("8320b", "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Rec",
      "- every MS incident allocated appropriate resources with the skills, experience & "
      "capacity to investigate", "Det Ch Supt Force CID", "GREEN", "Allocation policy "
      "updated.", D(2021, 6, 30), [8320], "closeable_submit", "Part b of 4 of ref 8320 "
      "(bullet 2); all parts GREEN, grid Being progressed: submit for closure."),
    T("8320c", "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Rec",
      "- effective partnership arrangements to share info & safeguard victims",
      "Det Ch Supt Force CID", "GREEN", "Anti-slavery partnership in place.", D(2021, 6, 30),
      [8320], "closeable_submit", "Part c of 4 of ref 8320 (bullet 3); all parts GREEN, grid "
      "Being progressed: submit for closure."),
    T("8320d", "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Rec",
      "- performance & QA measures so senior leaders can assess quality of service to victims",
      "Det Ch Supt Force CID", "GREEN", "MSHT measures in Force Performance pack.",
      D(2021, 6, 30), [8320], "closeable_submit", "Part d of 4 of ref 8320 (bullet 4); all "
      "parts GREEN, grid Being progressed: submit for closure."),
    T(8321, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Rec",
      "Within 6 months have active ISAs with other agencies to speed up exchange of "
      "intelligence, safeguard victims & identify suspects early", "Head of Intelligence",
      "AMBER", "ISA with local authorities signed; health outstanding.", None, [8321],
      "in_sync", "Ref 8321 and the information-sharing wording match (the '86' in HMICFRS's "
      "text is a footnote digit); grid Being progressed, tracker AMBER."),
    T(8322, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Rec",
      "Ensure victims committing crimes under compulsion get early & continuing consideration "
      "of the s45 defence", "Head of Criminal Justice", "GREEN", "CPS joint protocol.",
      D(2019, 2, 1), [8322], "in_sync", "Ref 8322 and the section 45 wording match; grid "
      "Complete ('8322; 8323'), tracker GREEN: done on both sides."),
    T(8323, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Rec",
      "Comply fully with NRM process & notify HO of suspected adult victims (MSA 2015 duty to "
      "notify)", "Det Ch Supt Force CID", "AMBER", "NRM first responder training ongoing.",
      None, [8323], "closeable_local", "Ref 8323 and the NRM wording match; grid Complete "
      "(closed), tracker AMBER: close locally."),
    T(8325, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Rec",
      "MSHT allegations thoroughly investigated & supervised by skilled teams (incl. JITs / "
      "evidence from overseas)", "Det Ch Supt Force CID", "RED",
      "Capacity in MSHT team - see CoC 8840.", None, [8325], "in_sync",
      "Ref 8325 and the investigation wording match; grid Being progressed ('8324 and 8325'), "
      "tracker RED: open on both sides."),
    T(8326, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Rec",
      "Review use of preventative powers under MSA 2015 (STPOs/SROs)", "Head of Intelligence",
      "GREEN", "Preventative orders reviewed quarterly at tasking.", D(2021, 9, 1), [8326],
      "closeable_submit", "Ref 8326 and the preventative-powers wording match; grid Awaiting "
      "review, tracker GREEN: submit for closure."),
    T(None, "Stolen Freedom (MSHT) 2017", None, "Local action",
      "Appoint a single point of contact for MSHT in each local policing area",
      "Det Ch Supt Force CID", "AMBER", "SPOCs named in 3 of 4 LPAs.", None, [],
      "not_on_hmicfrs_list", "The force's own action, no ref; no HMICFRS id asks for LPA "
      "single points of contact: force-only row."),
    T(8377, "PEEL Efficiency 2017", D(2017, 11, 9), "AFI",
      "Produce an ambitious plan to improve digitally-enabled services (by Sept 2018)",
      "Head of Corporate Development", "AMBER", "Digital strategy 2020-25 agreed; delivery "
      "ongoing.", None, [8377], "conflict", "Ref 8377 and the digital-services plan wording "
      "match and both are open, but Appendix B types 8377 as a National recommendation (the "
      "national PEEL Efficiency 2017 overview in the grid) while the tracker calls it an AFI "
      "of the force's own PEEL Efficiency 2017 report: type differs."),
    T(8380, "PEEL Efficiency 2017", D(2017, 11, 9), "AFI",
      "Sufficient resources in control room to fulfil resourcing model & meet demand, taking "
      "account of workforce wellbeing", "Supt Contact Centre", "GREEN",
      "Control room uplift complete.", D(2019, 3, 1), [8380], "in_sync",
      "Ref 8380 and the control-room wording match; grid Complete, tracker GREEN."),
    T(8381, "PEEL Efficiency 2017", D(2017, 11, 9), "AFI",
      "Further work to understand current & likely future demand so resources are matched to "
      "demand", "Head of Corporate Development", "AMBER", "Demand model refresh in FMS 2022.",
      None, [8381], "closeable_local", "Ref 8381 and the demand wording match; grid "
      "Superseded (closed), tracker AMBER: close locally."),
    T(8382, "PEEL Efficiency 2017", D(2017, 11, 9), "AFI",
      "Develop a future workforce plan aligned to demand & budget (resource allocations, "
      "skills mix, behaviours)", "Director of People", "GREEN", "Workforce plan approved by "
      "COG Oct 21.", D(2021, 10, 28), [8382], "closeable_submit", "Ref 8382 and the workforce "
      "plan wording match; grid Being progressed, tracker GREEN: submit for closure."),
    T(8541, "PEEL Legit 17 S&S", D(2017, 12, 12), "CoC",
      "CoC - force cannot show S&S use is consistently reasonable & fair; over-representation "
      "of BAME people unexplained", "ACC Local Policing", "AMBER",
      "Disproportionality dashboard in development.", None, [8541], "in_sync",
      "Ref 8541 (tagged CoC in the grid) and the stop-and-search cause of concern match; grid "
      "Being progressed, tracker AMBER."),
    T(8542, "PEEL Legit 17 S&S", D(2017, 12, 12), "Rec",
      "By July 2018 regularly monitor S&S data to understand:\n- reasons for any "
      "disproportionality between ethnic groups;\n- how find rates differ between ethnicities "
      "& types of search (incl. drugs possession/supply)", "ACC Local Policing", "AMBER",
      "Monthly S&S data to scrutiny panel.", None, [8542], "conflict",
      "Ref 8542 (typed as text on the wording sheet) and the monitoring wording match and both "
      "are open, but the tracker lists only two of HMICFRS's three bullets: the "
      "possession-only drug searches bullet is missing."),
    T(8453, "PEEL Legit 17 S&S", D(2017, 12, 12), "Rec",
      "Where monitoring identifies disparities, show the public we have researched the "
      "reasons & taken action to reduce them", "ACC Local Policing", "AMBER",
      "Research with university partner commissioned.", None, [8543], "conflict",
      "The tracker's ref 8453 is in no grid cell; its wording is HMICFRS 8543 (disparities "
      "found through monitoring) and it sits between 8542 and 8544, so 8453 is a transposed "
      "8543. Both open, but the reference differs."),
    T(8544, "PEEL Legit 17 S&S", D(2017, 12, 12), "Rec",
      "Publish the analysis & actions taken at least annually from July 2018",
      "ACC Local Policing", "CLOSED", "Published annually on website.", None, [8544],
      "in_sync", "Ref 8544 and the annual publication wording match; grid Complete, tracker "
      "CLOSED."),
    T(8545, "PEEL Legit 17 S&S", D(2017, 12, 12), "Rec",
      "All officers using S&S trained on unconscious bias & CoP APP on S&S (by July 2018 & "
      "ongoing)", "Head of Learning & Development", "GREEN", "Mandatory e-learning.",
      D(2019, 1, 10), [8545], "in_sync", "Ref 8545 and the training wording match; grid "
      "Complete, tracker GREEN."),
    T(8790, "Vetting 2019", D(2019, 5, 2), "CoC",
      "CoC - size of the vetting backlog", "Head of Professional Standards", "AMBER",
      "Backlog cleared; awaiting HMICFRS revisit.", None, [8790], "in_sync",
      "Ref 8790 (tagged CoC) and the vetting-backlog cause of concern match; grid Being "
      "progressed, tracker AMBER: open on both sides."),
    T(8791, "Vetting 2019", D(2019, 5, 2), "Rec",
      "All staff to have at least the lowest level of vetting clearance asap; clear the "
      "backlog & renewals (national vetting guidelines)", "Head of Professional Standards",
      "GREEN", "Backlog cleared Sept 21; renewals on schedule.", D(2021, 10, 5), [8791],
      "closeable_submit", "Ref 8791 (typed as text on the wording sheet) and the vetting "
      "clearance wording match; grid Being progressed ('8790 (CoC) and 8791'), tracker GREEN: "
      "submit for closure."),
    T(8840, "PEEL 2018/19", "May-19", "CoC",
      "CoC - capacity & capability to investigate crime effectively", "Det Ch Supt Force CID",
      "AMBER", "Investigation improvement plan - see recs.", None, [8840], "in_sync",
      "Ref 8840 (tagged CoC) and the investigation cause of concern match; grid Being "
      "progressed, tracker AMBER."),
    T(8841, "PEEL 2018/19", "May-19", "Rec",
      "Review officers' capability & capacity to manage investigative workload",
      "Det Ch Supt Force CID", "GREEN", "Workload review reported to COG Feb 2020.",
      D(2020, 2, 20), [8841], "in_sync", "Ref 8841 and the workload review wording match; grid "
      "Complete, tracker GREEN."),
    T(8842, "PEEL 2018/19", "May-19", "Rec",
      "Review approach to vulnerability with partners", "Ch Supt Public Protection", "AMBER",
      "Joint review with safeguarding boards.", None, [8842], "in_sync",
      "Ref 8842 is inside the grid range 8842-8843 (Being progressed); wording matches; "
      "tracker AMBER."),
    T(8844, "PEEL 2018/19", "May-19", "Rec",
      "Improve consultation with the public on business planning & feedback on changes made",
      "Head of Corporate Development", "GREEN", "Annual survey + 'You said, we did' page.",
      D(2021, 7, 1), [8844], "closeable_submit", "Ref 8844 and the consultation wording match; "
      "grid Awaiting review, tracker GREEN: submit for closure."),
    T(8845, "PEEL 2018/19", "May-19", "Rec",
      "Within 6 months ensure regular & active supervison of quality & progress of "
      "investigations - properly recorded", "Det Ch Supt Force CID", "AMBER",
      "Supervisory review template on Niche.", None, [8845], "in_sync",
      "Ref 8845 is in the range 8845–8846 (Being progressed); wording matches (same six "
      "months; 'supervison' is a typo); tracker AMBER."),
    T(8846, "PEEL 2018/19", "May-19", "Rec",
      "Within 6 months improve ability to retrieve digital evidence from phones/computers so "
      "investigations are not delayed", "Head of Intelligence", "AMBER",
      "Digital forensics kiosks in 4 hubs.", None, [8846], "in_sync",
      "Ref 8846 is in the range 8845–8846 (Being progressed); wording matches; tracker AMBER."),
    T(8847, "PEEL 2018/19", "May-19", "Rec",
      "Within 6 months improve understanding of RUI & management of those on bail",
      "Head of Criminal Justice", "AMBER", "Bail Act changes 2022 - policy to be revised.",
      None, [8847], "closeable_local", "Ref 8847 and the released-under-investigation wording "
      "match; grid Complete, tracker AMBER: close locally."),
    T(8848, "PEEL 2018/19", "May-19", "AFI",
      "Improve understanding of the nature & scale of county lines in the force area",
      "Head of Intelligence", "AMBER", "County lines problem profile due Dec 21.", None,
      [8848], "in_sync", "Ref 8848 and the county lines wording match; grid Awaiting review, "
      "tracker AMBER."),
    T(8849, "PEEL 2018/19", "May-19", "AFI",
      "Enough specialist capacity/capability to investigate online CSA (POLIT)",
      "Det Ch Supt Force CID", "GREEN", "POLIT team uplift complete.", D(2021, 9, 13), [8849],
      "closeable_submit", "Ref 8849 and the online child sexual abuse wording match; grid "
      "Awaiting review, tracker GREEN: submit for closure."),
    T(8850, "PEEL 2018/19", "May-19", "AFI",
      "Improve management of the risk posed by SOC offenders (lifetime offender management)",
      "Head of Intelligence", "AMBER", "Lifetime offender management pilot.", None, [8850],
      "closeable_local", "Ref 8850 and the serious organised crime offenders wording match. "
      "The grid lists '8850*' under Awaiting review, but note 2 says HMICFRS has marked it "
      "Superseded (treat as Superseded): closed. Tracker AMBER: close locally."),
    T(9803, "PEEL 2018/19", "May-19", "AFI",
      "Performance framework to give senior leaders a clear picture of the response to people "
      "with mental ill health", "Head of Corporate Development", "AMBER",
      "Mental health measures added to pack.", None, [9803], "conflict",
      "Ref 9803 and the mental-health performance framework wording match and both are open, "
      "but the grid puts 9803 under the 2020 custody inspection while the tracker files it "
      "under PEEL 2018/19: report differs."),
    T(9801, "Custody 2020", "Aug-20", "Rec",
      "Within 6 months, with children's social care, review detention of children (detain "
      "only when necessary; early assessment of alternative accommodation; record "
      "actions/decisions; timely appropriate adults)", "Ch Insp Custody", "AMBER",
      "Concordat on children in custody signed; AA provision under review.", None, [9801],
      "in_sync", "Ref 9801 and the four bullets on detained children match; grid Being "
      "progressed, tracker AMBER."),
    T(9802, "Custody 2020", "Aug-20", "Rec",
      "Immediately - training for officers & staff to identify & respond to people with "
      "mental ill health", "Ch Insp Custody", "AMBER", "MH awareness module in custody "
      "training.", None, [9802], "in_sync", "Ref 9802 (no type on the wording sheet) and the "
      "mental-health training wording match; grid Awaiting review, tracker AMBER."),
    T(10412, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "Rec",
      "By July 2022 officers & staff to have effective communication skills (NPCC conflict "
      "management guidelines)", "Head of Learning & Development", "AMBER",
      "Conflict management refresher in PST 2022.", None, [10412], "in_sync",
      "Ref 10412 and the communication skills wording match (July 2022 both); grid Awaiting "
      "review, tracker AMBER."),
    T(10413, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "Rec",
      "By July 2021 reinforce comms skills via CPD; supervisors debrief officers using BWV",
      "Head of Learning & Development", "GREEN", "CPD day delivered; BWV debrief guide "
      "issued.", D(2021, 7, 29), [10413], "closeable_submit", "Ref 10413 and the CPD/BWV "
      "debrief wording match; grid Awaiting review, tracker GREEN: submit for closure."),
    T(10414, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "Rec",
      "By Sept 2021: BWV to record the whole of all S&S encounters; structured BWV review "
      "process; scrutiny panel access to BWV footage", "ACC Local Policing", "AMBER",
      "Panel access agreed; review process drafted.", None, [10414], "in_sync",
      "Ref 10414 (typed as text on the wording sheet) and the three BWV asks match; grid Being "
      "progressed, tracker AMBER."),
    T(10416, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "Rec",
      "By July 2022 have effective internal monitoring of use of force to identify & explain "
      "disproportionate use", "ACC Local Policing", "AMBER", "Use of force dashboard in "
      "test.", None, [10416], "conflict", "Ref 10416 and the use-of-force monitoring wording "
      "match and both are open, but HMICFRS says 'By July 2021' and the tracker 'By July "
      "2022': deadline differs."),
]

MISSING_WHY = {
    1189: "Superseded in the grid; no tracker row has ref 1189 and the only similar row "
          "(no ref, 'Stop & search powers 2 (2015)', 'in consultation with the PCC') is 5290: "
          "not on the force tracker (closed by HMICFRS, so low risk).",
    8324: "Being progressed in the grid ('8324 and 8325'); no tracker row carries 8324 or "
          "the MSHT crime-recording (NCRS, audit capacity) ask: missing from the force "
          "tracker.",
    10415: "No further action required (addressed to the Home Office and NPCC, note 3); the "
           "tracker has no row for it: missing from the force tracker, closed by HMICFRS.",
    6992: "Cause of concern 6992 (DASH) is Being progressed in the grid; the tracker has a "
          "row for its recommendation 6993, but none for the cause of concern itself: missing from the force tracker.",
    8843: "Inside the grid range 8842-8843 (Being progressed); no tracker row has 8843 or the "
          "skills-project / workforce-plans wording: missing from the force tracker.",
}

LAYOUT: dict[str, object] = {}

RAG_FILL = {"RED": "#FF7C80", "AMBER": "#FFC000", "GREEN": "#92D050", "CLOSED": "#BFBFBF"}


def wording_order() -> list[int]:
    """The export's order: by type (blank types last), then by reference as text."""
    def key(i):
        t = ITEMS[i][1]
        return (t == "", t, str(i))
    return sorted(ITEMS, key=key)


def check_model() -> None:
    # every id appears in the grid exactly as the model says
    seen: dict[int, str] = {}
    for rep, cells in GRID.items():
        for st, cell in cells.items():
            for i in cell_ids(cell):
                assert i not in seen, (i, "twice")
                assert ITEMS[i][0] == rep, (i, rep)
                seen[i] = st
    assert set(seen) == set(ITEMS), set(ITEMS) ^ set(seen)
    for i, st in seen.items():
        want = ITEMS[i][3]
        if i == 8850:
            assert st == AR and want == SU
        else:
            assert st == want, (i, st, want)
    # every HMICFRS item: tracked or missing, never both
    tracked = {h for r in TRACKER for h in r["hm"]}
    assert tracked.isdisjoint(MISSING_WHY)
    assert tracked | set(MISSING_WHY) == set(ITEMS)
    # categories agree with the statuses
    done_words = {"GREEN", "CLOSED"}
    by_item: dict[int, list[dict]] = {}
    for r in TRACKER:
        for h in r["hm"]:
            by_item.setdefault(h, []).append(r)
    for h, rows in by_item.items():
        hm_open = ITEMS[h][3] in OPEN
        f_done = all(r["rag"] in done_words for r in rows)
        cats = {r["cat"] for r in rows}
        assert len(cats) == 1, h
        cat = cats.pop()
        if cat == "conflict":
            continue
        exp = ("in_sync" if hm_open != f_done else
               "closeable_submit" if hm_open else "closeable_local")
        assert cat == exp, (h, cat, exp)
    assert 45 <= len(ITEMS) <= 130


def build_hmicfrs(path: str) -> dict[int, int]:
    wb = xlsxwriter.Workbook(path, {"in_memory": True})
    wb.set_properties({"title": "ETAP 25 November 2021 - Item 7 - HMICFRS appendices",
                       "author": "Policy and Scrutiny Officer", "company":
                       "Staffordshire Commissioner's Office", "created": FIXED})
    title = wb.add_format({"bold": True, "font_size": 13})
    sub = wb.add_format({"italic": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "white",
                         "text_wrap": True, "valign": "top", "border": 1})
    banner = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    centre = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "align": "center"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1,
                           "align": "left"})
    tot = wb.add_format({"bold": True, "top": 2, "border": 1, "align": "center"})
    totl = wb.add_format({"bold": True, "top": 2, "border": 1})
    strike = wb.add_format({"font_strikeout": True, "font_color": "#C00000"})
    note = wb.add_format({"text_wrap": False})
    bold = wb.add_format({"bold": True})

    # ---- Appendix A: the grid ---------------------------------------------------------
    ws = wb.add_worksheet("Appendix A")
    ws.set_column(0, 0, 62)
    ws.set_column(1, 1, 12)
    ws.set_column(2, 6, 22)
    ws.set_column(7, 7, 7)
    ws.write(0, 0, "Staffordshire Commissioner's Office – Ethics, Transparency and Audit Panel, "
                   "25 November 2021", title)
    ws.write(1, 0, "Agenda item 7 – HMICFRS recommendations. Appendix A: recommendations held "
                   "by HMICFRS against Staffordshire Police, by report and status", bold)
    ws.write(2, 0, "Position on the HMICFRS monitoring portal at 5 November 2021. Cells give "
                   "HMICFRS register ids; the wording of each id is in Appendix B.", sub)
    r = 4
    LAYOUT["grid_header"] = r + 1
    LAYOUT["grid_banners"] = []
    LAYOUT["grid_reports"] = {}
    heads = ["Inspection report", "Published"] + STATUSES + ["Total"]
    for c, h in enumerate(heads):
        ws.write(r, c, h, hdr)
    totals = {s: 0 for s in STATUSES}
    grand = 0
    section = None
    for key, t, p, sec in REPORTS:
        if sec != section:
            r += 1
            label = ("NATIONAL (ALL-FORCE) REPORTS" if sec == "nat" else
                     "STAFFORDSHIRE POLICE – FORCE-SPECIFIC REPORTS")
            ws.merge_range(r, 0, r, 7, label, banner)
            LAYOUT["grid_banners"].append((r + 1, label))
            section = sec
        r += 1
        name = t + (" " + GRID_NOTES[key] if key in GRID_NOTES else "")
        LAYOUT["grid_reports"][key] = r + 1
        ws.write(r, 0, name, wrap)
        if isinstance(p, dt.date):
            ws.write_datetime(r, 1, dt.datetime(p.year, p.month, p.day), datef)
        else:
            ws.write_string(r, 1, p, wrap)
        cells = GRID[key]
        row_ids = set()
        for c, st in enumerate(STATUSES, start=2):
            cell = cells.get(st)
            if cell is None:
                ws.write_string(r, c, "–", centre)
                continue
            if isinstance(cell, list):
                args = []
                for text, struck in cell:
                    if struck:
                        args += [strike, text]
                    else:
                        args.append(text)
                ws.write_rich_string(r, c, *args, wrap)
            else:
                ws.write_string(r, c, cell, wrap)
            ids = cell_ids(cell)
            totals[st] += len(ids)
            row_ids.update(ids)
        ws.write_number(r, 7, len(row_ids), centre)
        grand += len(row_ids)
    r += 1
    LAYOUT["grid_total"] = r + 1
    LAYOUT["grid_totals"] = (dict(totals), grand)
    ws.write(r, 0, "Total", totl)
    ws.write_blank(r, 1, None, totl)
    for c, st in enumerate(STATUSES, start=2):
        ws.write_number(r, c, totals[st], tot)
    ws.write_number(r, 7, grand, tot)
    notes = [
        ("Key and notes", bold),
        ("(CoC) = cause of concern. Every other id is a recommendation or an area for "
         "improvement – see Appendix B for the type and wording. A range such as 2712–2715 "
         "means every id from the first to the last. – = none.", note),
        ("Note 1: 5904 was Being progressed in the September pack. HMICFRS accepted the "
         "closure evidence on 02/11/2021 and the portal now shows it as Complete; it is struck "
         "through in the Being progressed column.", note),
        ("Note 2: * 8850 still shows as Awaiting review on the portal, but the force liaison "
         "lead confirmed by email on 09/11/2021 that HMICFRS has marked it Superseded (by the "
         "PEEL 2021/22 inspection). Treat as Superseded; it will move column in the next "
         "pack.", note),
        ("Note 3: 10415 is addressed to the Home Office and the NPCC; HMICFRS holds it against "
         "every force as No further action required.", note),
        ("Note 4: The November 2017 domestic abuse progress report made no recommendations; it "
         "is listed for completeness.", note),
        ("Prepared by the Policy and Scrutiny Officer, Staffordshire Commissioner's Office, "
         "12/11/2021.", sub),
    ]
    r += 2
    LAYOUT["grid_notes"] = (r + 1, r + len(notes))
    for text, fmt in notes:
        ws.write(r, 0, text, fmt)
        r += 1
    ws.freeze_panes(5, 1)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)

    # ---- Appendix B: the wording -------------------------------------------------------
    wsb = wb.add_worksheet("Appendix B")
    wsb.set_column(0, 0, 9)
    wsb.set_column(1, 1, 24)
    wsb.set_column(2, 2, 110)
    wsb.write(0, 0, "Appendix B – Wording of each recommendation, area for improvement and "
                    "cause of concern (HMICFRS portal export, 05/11/2021)", title)
    wsb.write(1, 0, "In the order of the export (by type, then reference). Report and status: "
                    "see Appendix A.", sub)
    hdrb = ["Ref", "Type", "Wording"]
    for c, h in enumerate(hdrb):
        wsb.write(3, c, h, hdr)
    rowmap: dict[int, int] = {}
    rr = 4
    left = wb.add_format({"valign": "top", "border": 1, "align": "left"})
    for i in wording_order():
        rep, typ, text, _ = ITEMS[i]
        if i in TEXT_IDS:
            wsb.write_string(rr, 0, TEXT_IDS[i], left)
        else:
            wsb.write_number(rr, 0, i, left)
        if typ:
            wsb.write_string(rr, 1, typ, wrap)
        else:
            wsb.write_blank(rr, 1, None, wrap)
        wsb.write_string(rr, 2, text, wrap)
        rowmap[i] = rr + 1          # Excel row number
        rr += 1
    LAYOUT["wording_items"] = (5, rr)
    rr += 1
    LAYOUT["wording_footer"] = rr + 1
    wsb.write(rr, 0, f"{len(ITEMS)} items. Two rows came out of the export without a type.", sub)
    wsb.freeze_panes(4, 0)
    wb.close()
    return rowmap


def build_tracker(path: str) -> list[int]:
    wb = xlsxwriter.Workbook(path, {"in_memory": True})
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "SPOL Team",
                       "company": "Staffordshire Police", "created": FIXED})
    title = wb.add_format({"bold": True, "font_size": 14})
    sub = wb.add_format({"italic": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#305496", "font_color": "white",
                         "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1,
                           "align": "left"})
    monf = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1,
                          "align": "left"})
    ragf = {k: wb.add_format({"bg_color": v, "bold": True, "valign": "top", "border": 1,
                              "align": "center"}) for k, v in RAG_FILL.items()}
    bold = wb.add_format({"bold": True})
    ws = wb.add_worksheet("HMICFRS Tracker")
    widths = [11, 30, 11, 11, 70, 26, 9, 45, 13]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.write(0, 0, "Staffordshire Police – HMICFRS Recommendations & AFIs Tracker", title)
    ws.write(1, 0, "Maintained by Strategic Planning & Organisational Learning – last updated "
                   "12/11/2021 – OFFICIAL", sub)
    heads = ["HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI (summary)",
             "Lead", "RAG", "Progress update", "Submitted for closure"]
    for c, h in enumerate(heads):
        ws.write(3, c, h, hdr)
    rows = []
    r = 4
    for t in TRACKER:
        if t["ref"] is None:
            ws.write_blank(r, 0, None, wrap)
        elif isinstance(t["ref"], int):
            ws.write_number(r, 0, t["ref"], wrap)
        else:
            ws.write_string(r, 0, t["ref"], wrap)
        ws.write_string(r, 1, t["report"], wrap)
        p = t["pub"]
        if p is None:
            ws.write_blank(r, 2, None, wrap)
        elif isinstance(p, dt.date):
            ws.write_datetime(r, 2, dt.datetime(p.year, p.month, p.day), datef)
        else:
            ws.write_string(r, 2, p, wrap)
        ws.write_string(r, 3, t["type"], wrap)
        ws.write_string(r, 4, t["text"], wrap)
        ws.write_string(r, 5, t["lead"], wrap)
        ws.write_string(r, 6, t["rag"], ragf[t["rag"]])
        ws.write_string(r, 7, t["update"], wrap)
        s = t["sub"]
        if s is None:
            ws.write_blank(r, 8, None, wrap)
        else:
            ws.write_datetime(r, 8, dt.datetime(s.year, s.month, s.day), datef)
        rows.append(r + 1)
        r += 1
    LAYOUT["tracker_items"] = (5, r)
    r += 1
    LAYOUT["tracker_key"] = (r + 1, r + 5)
    key = [
        ("RAG key", bold),
        ("RED – behind schedule / beyond the HMICFRS deadline", None),
        ("AMBER – work ongoing, expected to be delivered", None),
        ("GREEN – implemented; evidence submitted or ready to submit to HMICFRS for closure",
         None),
        ("CLOSED – closed by HMICFRS (row kept for the audit trail)", None),
    ]
    for text, fmt in key:
        if fmt is None:
            ws.write(r, 0, text)
        else:
            ws.write(r, 0, text, fmt)
        r += 1
    ws.autofilter(3, 0, 3 + len(TRACKER), 8)
    ws.freeze_panes(4, 0)
    wb.close()
    return rows


def main() -> None:
    check_model()
    os.makedirs(OUT, exist_ok=True)
    rowmap = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    trows = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = []
    for t, fr in zip(TRACKER, trows):
        frow = f"HMICFRS Tracker!{fr}"
        if not t["hm"]:
            lines.append(("", frow, t["cat"], t["why"]))
        for h in t["hm"]:
            lines.append((f"Appendix B!{rowmap[h]}", frow, t["cat"], t["why"]))
    for h, why in MISSING_WHY.items():
        lines.append((f"Appendix B!{rowmap[h]}", "", "missing_from_force", why))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rowmap, trows, counts, len(lines)))


def readme(rowmap, trows, counts, nlines) -> str:
    L = LAYOUT
    g = L["grid_reports"]
    W = rowmap                                  # id -> Appendix B row

    def trow(pred) -> str:
        rows = [str(r) for t, r in zip(TRACKER, trows) if pred(t)]
        return ", ".join(rows)

    def tr_hm(i):
        return trow(lambda t: i in t["hm"])

    def tr_ref(ref):
        return trow(lambda t: t["ref"] == ref)

    local_rows = trow(lambda t: not t["hm"])
    totals, grand = L["grid_totals"]
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    count_lines = "\n".join(f"| `{c}` | {counts.get(c, 0)} |" for c in order)
    items_per_cat: dict[str, set] = {}
    for t in TRACKER:
        for h in t["hm"]:
            items_per_cat.setdefault(t["cat"], set()).add(h)
    item_counts = ", ".join(f"{c} {len(items_per_cat.get(c, ()))}" for c in order[:4])
    nat = sum(1 for i in ITEMS if REPORT[ITEMS[i][0]][2] == "nat")
    wi = L["wording_items"]
    ti = L["tracker_items"]
    tk = L["tracker_key"]
    gn = L["grid_notes"]
    text_ids = ", ".join(f"{i} (row {W[i]})" for i in sorted(TEXT_IDS))
    blank_types = ", ".join(f"{i} (row {W[i]})" for i in sorted(ITEMS) if not ITEMS[i][1])
    return f"""# Case `{CASE}`

Round 81, case A: a list-side layout. The HMICFRS side is not HMICFRS's own extract but the
two appendices of a PCC office's committee pack: a **status grid** (one row per inspection
report, one column per HMICFRS status, each cell a hand-typed list of register ids) and a
**wording sheet** (each id's text and type, nothing else). An item's report and status exist
only where its id sits in the grid; its text only on the wording sheet; the id is the only
link. The force side is an ordinary tracker.

## Story

The Policy and Scrutiny Officer in the Staffordshire Commissioner's Office prepares item 7,
"HMICFRS recommendations", for the Ethics, Transparency and Audit Panel of 25 November 2021.
The officer copies what the HMICFRS monitoring portal showed on 5 November 2021 into a
one-page grid the panel can read at a glance (Appendix A), typing each report's ids into the
status columns the way people type lists, and pastes the portal's wording export underneath
as Appendix B, in the export's own order. Two late changes are marked by hand: an id that
HMICFRS closed on 2 November is struck through in its old column and added to the new one,
and an id the liaison lead says has been superseded is starred with a note. The force's
Strategic Planning & Organisational Learning team keeps its own tracker (last updated
12/11/2021) in its own words. An analyst reconciles the two before the panel.

All names, ids, owners, statuses and dates are invented. Every HMICFRS text is real public
wording (Open Government Licence), copied literally from the project's text lists
(`casegen/texts/national.py`, `force.py`, `tracker.py`), `/work/shared/data/real_recommendations.csv`
and the JAC paper of 30 November 2017, quirks kept (curly quotes, "•" bullets with and without
spaces, "intelligence 86" footnote digit, "; and" run-ons, "- " bullet). Some force-level
items are the text lists' real stems joined to their real bodies (as the lists intend); the
two with a force slot (8790, 9801) say Staffordshire Police, as do the force report titles.

## Files

- `hmicfrs.xlsx` (XlsxWriter), two sheets:
  - **Appendix A** – the grid. Rows 1-3 titles, row 4 blank, row {L["grid_header"]} header:
    `Inspection report | Published | Awaiting review | Being progressed | Complete |
    Superseded | No further action required | Total`. Row {L["grid_banners"][0][0]} banner
    "{L["grid_banners"][0][1]}" (merged A:H), rows {g["sas13"]}-{g["powers"]} national reports,
    row {L["grid_banners"][1][0]} banner "{L["grid_banners"][1][1]}", rows {g["eff16"]}-{g["cust20"]}
    force reports, row {L["grid_total"]} totals, row {L["grid_total"] + 1} blank, rows
    {gn[0]}-{gn[1]} key, notes and "prepared by". Published is a date cell (dd/mm/yyyy) for
    most reports and typed text for four ("July 2014", "Feb 2021", "May 2019", "Aug 2020").
    Empty status cells hold "–". Cells are wrapped text with line breaks inside.
  - **Appendix B** – the wording. Rows 1-2 titles, row 3 blank, row 4 header
    `Ref | Type | Wording`, rows {wi[0]}-{wi[1]} one item each ({len(ITEMS)} items), row
    {wi[1] + 1} blank, row {L["wording_footer"]} footer ("{len(ITEMS)} items. Two rows came out
    of the export without a type."). No report, no status.
- `tracker.xlsx` (XlsxWriter), one sheet **HMICFRS Tracker**: rows 1-2 titles, row 3 blank,
  row 4 header `HMICFRS Ref | Report | Published | Type | Recommendation / AFI (summary) |
  Lead | RAG | Progress update | Submitted for closure`, rows {ti[0]}-{ti[1]} items
  ({len(TRACKER)} rows), row {ti[1] + 1} blank, rows {tk[0]}-{tk[1]} RAG key. RAG is text
  (RED / AMBER open; GREEN / CLOSED done) with a matching fill. Autofilter on the header.
- `truth.csv` – UTF-8, `hmicfrs_row,force_row,category,why`, {nlines} lines. HMICFRS provenance
  is always the **wording sheet** row (`Appendix B!N`); force provenance `HMICFRS Tracker!N`.

Both workbooks have fixed document properties (created 2021-11-12 09:30) and 1980-01-01 zip
entry dates, so the builder reproduces them byte for byte.

## What the layout brings (row numbers as Excel shows them)

1. **Three-way split of an item.** Report and status come from the grid (Appendix A), text and
   type from Appendix B, joined only by the id. Appendix B is in the export's order: by type
   (Area for improvement, Cause of concern, National recommendation, Recommendation, then the
   two rows with no type), and within a type by the reference **as text**, so 10412-10416 come
   before 1187 (rows {W[10412]}-{W[1187]}).
2. **Hand-typed id lists.** Separators vary: commas ("1187, 1188", row {g["sas13"]}),
   semicolons with and without a space ("8322; 8323" row {g["stolen"]}, "8211;8213" row
   {g["cdi17"]}), "and" ("6994 and 6995" row {g["eff16"]}, "8790 (CoC) and 8791" row
   {g["vet19"]}), "&" ("8542 & 8543" row {g["leg17"]}), line breaks inside cells (rows
   {g["firearms"]}, {g["stolen"]}, {g["leg17"]}, {g["eff16"]}, {g["peel19"]}), and a mix
   ("10412, 10413; 10416" row {g["powers"]}).
3. **Ranges.** "2712–2715" (en dash, row {g["austerity"]}: four ids), "8842-8843" (hyphen)
   and "8845–8846" (en dash) in one cell (row {g["peel19"]}). Ids inside a range appear nowhere
   else: 2713, 2714, 8843 are only in ranges.
4. **Tags after ids.** "(CoC)" with and without a space ("6990(CoC)", "6992 (CoC)", row
   {g["eff16"]}; also rows {g["leg17"]}, {g["vet19"]}, {g["peel19"]}); "5904 (see note 1)"
   (row {g["firearms"]}, Complete); "10415 (HO/NPCC – not for forces, see note 3)" (row
   {g["powers"]}). The tags are not ids; "note 1" / "note 3" digits are not ids.
5. **A struck-through id.** Row {g["firearms"]}, Being progressed: "5904" in red strikethrough
   (a rich-text run) above "5905, 5906"; 5904 also sits under Complete. Note 1 (row {gn[0] + 2})
   says HMICFRS closed it on 02/11/2021. A reader takes 5904 as **Complete**; a reader who
   ignores the font counts it twice.
6. **A starred id overruled by a note.** Row {g["peel19"]}, Awaiting review: "8850*". Note 2
   (row {gn[0] + 3}) says HMICFRS has marked it Superseded: treat as **Superseded** (closed),
   although its cell is an open status and the row/column totals still count it there.
7. **Section banners and a report with no items.** Rows {L["grid_banners"][0][0]} and
   {L["grid_banners"][1][0]} are merged banners; row {g["daprog"]} ("A progress report on the
   police response to domestic abuse (no recommendations – see note 4)") has "–" in every
   status and Total 0.
8. **Totals.** Column H gives a count per report; row {L["grid_total"]} totals the columns
   (Awaiting review {totals[AR]}, Being progressed {totals[BP]} – the struck 5904 not counted,
   Complete {totals[CO]}, Superseded {totals[SU]}, No further action required {totals[NFA]};
   {grand} in all). Numbers, not ids.
9. **Types.** Appendix B types: Area for improvement, Cause of concern, National
   recommendation, Recommendation; blank for {blank_types}.
10. **Ids typed differently.** Most Ref cells are numbers; these are text: {text_ids}; 8213 has
    a trailing space.

## The force tracker

Ordinary, in the force's own words: shortened, abbreviated (S&S, DA, MSHT, ISAs, RASSO, RUI,
BWV, CoP, HO, NFLMS, SOC), a typo ("supervison", row {tr_hm(8845)}), bullets re-typed as "- ".
Report names are the force's own ("Stop & Search powers (HMIC 2013)", "PEEL Legit 17 S&S",
"Police powers spotlight (Feb 21)"). Published is a date cell for some reports and text
("Jul-13") for others. National recommendations are typed "Rec".

## Traps and how the truth decides them

- **Struck id 5904** (grid row {g["firearms"]}; wording row {W[5904]}; tracker row {tr_hm(5904)} GREEN):
  closed by HMICFRS, done by the force → `in_sync`, not `closeable_submit`.
- **Starred id 8850** (grid row {g["peel19"]} + note 2; wording row {W[8850]}; tracker row
  {tr_hm(8850)} AMBER): closed (Superseded) → `closeable_local`, not `in_sync`.
- **Ids only in ranges** 2713, 2714 (merged tracker row {tr_ref("2713/2714")}) and 8843
  (missing from the tracker).
- **Near-duplicate texts across reports**: 1189 (2013, "in consultation with elected local
  policing bodies") and 5290 (2015, "in consultation with police and crime commissioners") are
  almost the same words. Tracker row {tr_hm(5290)} has no ref but says "Stop & search powers 2
  (2015)" and "in consultation with the PCC": it is 5290 (GREEN, grid Being progressed →
  `closeable_submit`); 1189 (Superseded) has no tracker row → `missing_from_force`.
- **Split recommendation, part still open**: 8210 (five bullets, Being progressed) is tracker
  rows {tr_hm(8210)} (GREEN, GREEN, AMBER) → the item is open for the force → three `in_sync`
  lines with the same `hmicfrs_row`.
- **Split recommendation, all parts done**: 8320 (four bullets, Being progressed) is tracker
  rows {tr_hm(8320)}, all GREEN → four `closeable_submit` lines with the same `hmicfrs_row`.
- **Merged row**: tracker row {tr_ref("2713/2714")} "2713/2714" carries both austerity asks →
  two `in_sync` lines with the same `force_row` (both No further action required, row CLOSED).
- **Closed on one side only**: HMICFRS open, force done → `closeable_submit` (5290, 5905, 8212,
  8320, 8326, 8382, 8791, 8844, 8849, 10413); HMICFRS closed, force open → `closeable_local`
  (2330, 2715, 6994, 8215, 8323, 8381, 8847, 8850).
- **Mistyped reference**: tracker row {tr_ref(8453)} has ref 8453, which is in no grid cell; its
  wording is 8543's (wording row {W[8543]}) and it sits between 8542 and 8544 → matched to 8543,
  `conflict` (reference).
- **Other conflicts** (matched, both open, a fact disagrees):
  5907 "Within three months" vs tracker "Within 6 months" (tracker row {tr_hm(5907)});
  10416 "By July 2021" vs "By July 2022" (row {tr_hm(10416)});
  8542 tracker keeps two of three bullets, the possession-only drug searches bullet is missing
  (row {tr_hm(8542)});
  8377 National recommendation (national PEEL Efficiency 2017 overview) vs tracker "AFI" (row
  {tr_hm(8377)});
  9803 grid report = 2020 custody inspection vs tracker report "PEEL 2018/19" (row
  {tr_hm(9803)}).
- **Missing from the force**: 1189, 8324, 10415 (addressed to the Home Office/NPCC, NFA),
  cause of concern 6992 (its recommendation 6993 is tracked, the cause of concern is not), 8843.
- **Force-only rows** (`not_on_hmicfrs_list`): rows {local_rows} – an internal-audit action
  (no ref), a training action (no ref), an MSHT single-point-of-contact action (no ref), and
  ref 7702 "PEEL Legitimacy 2016", a report and id that appear nowhere in the appendices.
- **Similar texts that are different items**: 8211 (CDI 2017, call-handler criteria) vs 4830
  (Core Business 2014, same ask with a 2015 deadline) – each has its own ref and tracker row.
- No `review` lines: every pair is decided by ref, report and wording.

## Counts

Truth lines per category ({nlines} lines):

| category | lines |
|---|---|
{count_lines}

HMICFRS items: {len(ITEMS)} ({nat} from 13 national reports, {len(ITEMS) - nat} from 6
force reports); matched items per category: {item_counts}; missing_from_force
{len(MISSING_WHY)}. Force rows: {len(TRACKER)} ({len(TRACKER) - 4} carrying HMICFRS items, 4
force-only).

## Rows that are not items

- Appendix A: every row. The grid's report rows ({g["sas13"]}-{g["powers"]},
  {g["eff16"]}-{g["cust20"]}) carry ids but are report rows, not items; HMICFRS provenance is
  always the Appendix B row. Rows 1-3 titles, 4 blank, {L["grid_header"]} header,
  {L["grid_banners"][0][0]} and {L["grid_banners"][1][0]} section banners, {g["daprog"]} a report
  with no recommendations, {L["grid_total"]} totals, {L["grid_total"] + 1} blank, {gn[0]}-{gn[1]}
  key, notes, "prepared by".
- Appendix B: rows 1-2 titles, 3 blank, 4 header, {wi[1] + 1} blank, {L["wording_footer"]}
  footer (count).
- HMICFRS Tracker: rows 1-2 titles, 3 blank, 4 header, {ti[1] + 1} blank, {tk[0]}-{tk[1]}
  RAG key.

## Checks run

- The builder asserts its own model before writing: every id appears in exactly one grid cell
  of its report (struck runs dropped, ranges expanded, tags ignored), the grid status equals
  the item's status except 8850 (starred, note 2), every HMICFRS item is either on a tracker
  row or listed as missing (never both), and every non-conflict category follows from the two
  statuses (split items done only when every part is done).
- Read back with pandas (`read_excel`, `header=None`) and openpyxl (rich text on, so the
  strikethrough run of 5904 is seen): every Appendix B item row {wi[0]}-{wi[1]} is in the
  truth at least once, every tracker item row {ti[0]}-{ti[1]} exactly once per HMICFRS item it
  carries, no non-item row is in the truth, and each truth row's Ref/text agrees.
- Built twice: `hmicfrs.xlsx`, `tracker.xlsx`, `truth.csv` and `README.md` are byte-identical
  (sha256).
- The tool was never run or imported; nothing under `/work/main/reconcile/` was read except
  the text lists.
"""


if __name__ == "__main__":
    main()
