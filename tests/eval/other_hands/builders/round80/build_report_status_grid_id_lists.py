"""Build the round-80 case B: report_status_grid_id_lists.

HMICFRS side: an OPCC committee appendix. Appendix A is a grid, one row per report, one column
per HMICFRS status, each cell listing the register ids held in that status. Appendix B gives the
wording of each id (id, type, text) and nothing else. Force side: an ordinary tracker.

Run with /work/main/.venv/bin/python. Deterministic: no clock, fixed document properties,
XlsxWriter's fixed zip timestamps.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil

import xlsxwriter

CASE = "report_status_grid_id_lists"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2024, 3, 8, 9, 30, 0)

# ---------------------------------------------------------------------------------------------
# Real HMICFRS wording (Open Government Licence), copied as literals from
# /work/main/reconcile/casegen/texts/ and /work/shared/data/real_recommendations.csv.
# ---------------------------------------------------------------------------------------------

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

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
COC_DASH = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
REC_DASH = (  # JAC paper, 30 November 2017, as the paper sets it out
    "To address this cause of concern, HMIC recommends the force should immediately take "
    "steps to ensure that:\n\n"
    "- there is effective supervision of the initial risk assessment process, specifically in "
    "relation to the completion of DASH risk assessment in appropriate cases."
)
COC_MISSING = (
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
REC_MISSING = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
REC_DETENTION = (  # Bedfordshire NCPI (register 8548), the force's name put in
    "Within six months Cheshire Constabulary should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it should:• "
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

# ---------------------------------------------------------------------------------------------
# The HMICFRS items: id -> (type as Appendix B writes it, text, HMICFRS status)
# Report blocks in the order Appendix A lists them.
# ---------------------------------------------------------------------------------------------

AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")
OPEN = {AR, BP}

REPORTS = [
    # key, title on Appendix A, published (value, kind), section, note
    ("sas13", "Stop and search powers: Are the police using them effectively and fairly?",
     (dt.date(2013, 7, 9), "dmy"), "nat", "1023 superseded by 5118 (Stop and search powers 2, 2015)"),
    ("everyone", "Everyone's business: Improving the police response to domestic abuse",
     ("27 March 2014", "text"), "nat", None),
    ("austerity", "Policing in austerity: Meeting the challenge",
     (dt.date(2014, 7, 22), "mmmyy"), "nat",
     "HMICFRS: no further action required – area since inspected each year through PEEL Efficiency"),
    ("core", "Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", ("4th September 2014", "text"), "nat",
     "4821 superseded by the force’s CDI 2017 recommendation on call-handler criteria"),
    ("integrity", "Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
     (dt.date(2015, 1, 30), "dmy"), "nat", None),
    ("sas15", "Stop and search powers 2: are the police using them effectively and fairly?",
     (dt.date(2015, 3, 24), "dmy"), "nat", None),
    ("picture", "Building the picture: an inspection of police information management",
     (dt.date(2015, 7, 1), "mmmyy"), "nat", None),
    ("firearms", "Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
     (dt.date(2015, 9, 15), "dmy"), "nat", None),
    ("stolen", "Stolen freedom: the policing response to modern slavery and human trafficking",
     ("24 October 2017", "text"), "nat", None),
    ("efc17", "PEEL: Police efficiency 2017 (national overview)",
     (dt.date(2017, 11, 9), "dmy"), "nat", None),
    ("leg17", "PEEL: Police legitimacy 2017 (national overview)",
     (dt.date(2017, 12, 12), "dmy"), "nat", "Includes the national cause of concern (8541)"),
    ("powers", "Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", ("Feb 2021", "text"), "nat",
     "10815 is addressed to the Home Office and NPCC"),
    ("eff16", "PEEL: Police effectiveness 2016 – Cheshire Constabulary",
     (dt.date(2017, 3, 2), "dmy"), "force", None),
    ("cdi17", "Crime data integrity inspection 2017 – Cheshire Constabulary",
     (dt.date(2017, 9, 7), "dmy"), "force", None),
    ("efc17f", "PEEL: Police efficiency 2017 – Cheshire Constabulary",
     (dt.date(2017, 11, 9), "mmmyy"), "force", "8411 superseded by PEEL 2018/19"),
    ("leg17f", "PEEL: Police legitimacy 2017 – Cheshire Constabulary",
     (dt.date(2017, 12, 12), "dmy"), "force", None),
    ("ncpi18", "National child protection inspection 2018 – Cheshire Constabulary",
     (dt.date(2018, 6, 14), "dmy"), "force", None),
    ("peel1819", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cheshire "
                 "Constabulary", ("2 May 2019", "text"), "force",
     "9303 moved to Complete 22/02/2024"),
    ("peel2122", "PEEL 2021/22: An inspection of Cheshire Constabulary",
     (dt.date(2022, 7, 15), "dmy"), "force", None),
    ("peel2325", "PEEL 2023–2025: An inspection of Cheshire Constabulary",
     (dt.date(2023, 11, 21), "dmy"), "force", "New report – wording added by OPCC, see Appendix B"),
]
REPORT_TITLE = {k: t for k, t, *_ in REPORTS}

# id: (report key, type on Appendix B, text, HMICFRS status)
ITEMS: dict[int, tuple[str, str, str, str]] = {
    1021: ("sas13", NAT, "Chief Constables and the College of Policing should establish in the "
           "Stop and Search Authorised Professional Practice document a clear specification of "
           "what constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.", CO),
    1022: ("sas13", NAT, "Chief Constables should establish or improve monitoring of the way "
           "officers stop and search people, so that they can be satisfied their officers are "
           "acting in accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch criminals "
           "and maintain public trust.", CO),
    1023: ("sas13", NAT, "Chief Constables should, in consultation with elected local policing "
           "bodies, ensure that they comply with the code of practice by explaining to the "
           "public the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who are "
           "stopped and searched, for example, young people.", SU),
    2321: ("everyone", NAT, EVERYONE_PLAN, CO),
    3310: ("austerity", NAT, "All Chief Constables and PCCs should review their plans to "
           "deliver savings to ensure they are doing all they can to continue to reduce crime "
           "and protect the front line while balancing their budgets. They should use the data "
           "and information contained in this report, and in HMIC's Value for Money profiles, "
           "when conducting their reviews", NFA),
    3311: ("austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less than "
           "10% of their savings through collaboration should assess whether there is scope to "
           "improve on this position. HMIC will follow up the assessments in the autumn.", NFA),
    3312: ("austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce "
           "the proportion of their workforce and/or police officers on the front line should "
           "assess whether they have taken the decisive action seen in many forces in order to "
           "maintain their crime fighting capacity. HMIC will follow up the assessments in the "
           "autumn.", NFA),
    3313: ("austerity", NAT, "In preparation for the next spending round period all Chief "
           "Constables and PCCs should review their plans for collaboration. In particular they "
           "should consider whether there is scope to deliver better value for money and "
           "improved capability and capacity through joint working with other forces, the "
           "public and/or the private sector.", NFA),
    4821: ("core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk "
           "policy, that have not yet done so, should provide call-handlers with specific, sound "
           "and comprehensible criteria against which they can assess threat, harm and risk.",
           SU),
    4822: ("core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or "
           "disruption activity carried out is systematically recorded and subsequently "
           "evaluated to determine the effectiveness of tactics being employed.", CO),
    902: ("integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves "
          "that they have processes in place to ensure that investigations into misconduct by "
          "officers and staff resulting in “no further action” are fair and free of any form of "
          "discrimination.", BP),
    5118: ("sas15", NAT, "Chief constables should, in consultation with police and crime "
           "commissioners, ensure that they comply with the Code of Practice by explaining to "
           "the public the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who are "
           "stopped and searched, for example young people.", BP),
    5604: ("picture", NAT, "By 30 November 2015, chief constables should put in place "
           "arrangements to scrutinise audits of compliance with the APP on information "
           "management through the force information management governance structure. This "
           "should include measures to ensure that categorisation of records are regularly "
           "adjusted.", CO),
    6120: ("firearms", NAT, "Within three months, all chief constables should assess how well "
           "the governance of firearms licensing in his or her force meets the standards set out "
           "in Authorised Professional Practice. Chief constables of forces where the governance "
           "standards are not being complied with should put in place immediately the correct "
           "arrangements and procedures in order to meet the standards in full.", CO),
    6121: ("firearms", NAT, "Within three months, all chief constables should assess the demand "
           "placed on their firearms licensing department and ensure it has the capacity to meet "
           "this demand and provide an efficient and effective service at all times.", BP),
    6122: ("firearms", NAT, "Immediately, all chief constables should satisfy themselves that "
           "all appropriate action is being taken by their force with regard to ‘total expired’ "
           "licensing records.", CO),
    6123: ("firearms", NAT, "Within three months, all chief constables should ensure that their "
           "arrangements in respect of the use of temporary permits are in accordance with the "
           "Home Office guidance; that temporary permits are properly recorded without delay on "
           "the National Firearms Licensing Management System; and that effective systems exist "
           "to ensure certificate holders are not permitted, at any time, to remain in unlawful "
           "possession of a firearm.", CO),
    6124: ("firearms", NAT, "Within three months, all chief constables should ensure that "
           "systems designed to identify, prior to police attendance, whether a reported "
           "incident involves or is at the address of a firearm certificate holder are in place "
           "and are always applied by staff dispatching officers to incidents; and that officers "
           "understand the risk assessment which they should be undertaking in such "
           "circumstances, and their power, when appropriate, to seize firearms and firearm "
           "certificates.", BP),
    8190: ("stolen", NAT, SF_LEADERSHIP, BP),
    8191: ("stolen", NAT, "Within six months, forces should have in place active "
           "information-sharing agreements with other agencies to facilitate speedy exchange of "
           "intelligence 86 and in order to safeguard victims better and to identify suspects as "
           "early as possible", CO),
    8192: ("stolen", NAT, "Immediately, forces should ensure that all victims carrying out "
           "criminal acts under compulsion attributable to slavery or exploitation are afforded "
           "the protection of early and continuing consideration of the applicability of the "
           "section 45 defence.", BP),
    8193: ("stolen", NAT, "Immediately, forces should take steps to ensure they are fully "
           "compliant with the NRM process as it evolves and are implementing the requirement "
           "placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any "
           "individual suspected to be an adult victim of modern slavery or human "
           "trafficking.", CO),
    8194: ("stolen", NAT, "Immediately, forces should take steps to ensure they fully comply "
           "with national crime recording standard (NCRS) requirements for offences identified "
           "as modern slavery and human trafficking and that sufficient audit capacity is "
           "available to the force crime registrar to provide reassurance that each force is "
           "identifying and managing any gaps in its crime-recording accuracy for these types of "
           "offences.", BP),
    8195: ("stolen", NAT, "Immediately, forces should ensure that allegations or indications of "
           "modern slavery and human trafficking are thoroughly investigated and effectively "
           "supervised by teams and individuals with the skills and experience to undertake them "
           "(this should include the use where appropriate of joint intelligence teams and other "
           "means to obtain intelligence and evidence from agencies overseas).", BP),
    8196: ("stolen", NAT, "Immediately, forces should review their use of preventative powers "
           "under the Modern Slavery Act 2015 to ensure that opportunities to restrict the "
           "activities of those deemed to pose a clear threat to others in respect of modern "
           "slavery and human trafficking offences are exploited.", AR),
    8402: ("efc17", NAT, "By September 2018, chief constables should produce an ambitious plan "
           "to improve digitally-enabled services within their force. The Home Office, National "
           "Police Chiefs' Council and Association of Police and Crime Commissioners should "
           "support the development of these plans by establishing a national framework which "
           "allows for the provision of digitally enabled services across force boundaries.", BP),
    8541: ("leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the "
           "use of stop and search powers is consistently reasonable and fair. In particular, "
           "there is over-representation of BAME people, and black people in particular, in "
           "stop and search data which many forces are unable to explain.", BP),
    8542: ("leg17", NAT, SAS_MONITORING_2017, BP),
    8543: ("leg17", NAT, "Where forces identify disparities through monitoring, they should "
           "demonstrate to the public that they have:\n•carried out research and analysis in an "
           "attempt to understand the reasons for the disparity, and •taken action to reduce the "
           "disparity, where necessary;", CO),
    8544: ("leg17", NAT, "We expect forces to publish this analysis and any actions taken at "
           "least on an annual basis, from July 2018.", CO),
    8545: ("leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure "
           "that all officers who use stop and search powers have been provided with, and "
           "understand, training on unconscious bias and College of Policing APP on stop and "
           "search.", BP),
    10812: ("powers", NAT, "By July 2022, forces should ensure that officers and staff have "
            "effective communication skills, in line with the National Policing Guidelines on "
            "Conflict Management. This should be in addition to existing training on conflict "
            "management and de-escalation.", BP),
    10813: ("powers", NAT, "By July 2021, forces should ensure that communication skills are "
            "reinforced as part of the programme of continuing professional development for "
            "officers and staff, and that supervisors are supported to routinely and frequently "
            "debrief officers on these skills using body-worn video footage.", CO),
    10814: ("powers", NAT, BWV_2021, BP),
    10815: ("powers", NAT, "The Home Office and the NPCC should take steps to ensure that the "
            "quality of the data collected on the number of incidents where force has been used "
            "to effect a stop and search is sufficient for publication. The Home Office should "
            "publish this data as soon as possible.", AR),
    10816: ("powers", NAT, "By July 2021, forces should ensure they have effective internal "
            "monitoring processes on the use of force, to help them to identify and understand "
            "disproportionate use, explain the reasons and implement any necessary improvement "
            "action.", BP),
    # --- Cheshire Constabulary's own reports
    7010: ("eff16", COC, COC_DASH, BP),
    7011: ("eff16", REC, REC_DASH, BP),
    7012: ("eff16", AFI, "The force should improve its understanding of the nature and scale of "
           "hate crime in its area.", BP),
    7013: ("eff16", AFI, "The force should make sure victims of stalking and harassment are kept "
           "informed about the progress of their case, in line with the Code of Practice for "
           "Victims of Crime.", CO),
    7655: ("cdi17", REC, CDI_VICTIMS, BP),
    7656: ("cdi17", REC, "Within three months, the force should improve its use of its "
           "crime-recording and management system to better manage its case files and "
           "investigative processes.", CO),
    7657: ("cdi17", REC, "Within six months the force should revise its approach to cautions, "
           "cannabis warning and penalty notices for disorder to ensure that there is a clear "
           "and auditable explanation to the offender of the implications of receiving the "
           "warning and that, for victim-based crimes, there is a clear and auditable record "
           "that views of the victim are considered prior to their issue.", BP),
    7658: ("cdi17", REC, "Within three months, the force should provide call-handlers with "
           "specific, sound and comprehensible criteria against which they can assess threat, "
           "harm and risk.", CO),
    7659: ("cdi17", AFI, "The force should make sure it records reports of domestic abuse "
           "accurately and without delay.", CO),
    7660: ("cdi17", AFI, "The force should make sure it records reports of rape and serious "
           "sexual offences accurately and without delay.", BP),
    8410: ("efc17f", AFI, "The force should ensure that it has sufficient resources available "
           "in the control room to fulfil its resourcing model, and so to meet its demand, while "
           "also taking into account the wellbeing of its workforce.", BP),
    8411: ("efc17f", AFI, "The force should undertake further work to gain a fuller "
           "understanding of current demand for its services, and likely future changes in "
           "demand. This is so it can make best use of its resources by matching them to demand "
           "to meet the needs of the public", SU),
    8610: ("leg17f", COC, "The size of the vetting backlog within Cheshire Constabulary is a "
           "cause of concern.", CO),
    8611: ("leg17f", REC, "The force should ensure all staff have received at least the lowest "
           "level of vetting clearance for their roles as quickly as possible, working to clear "
           "both the vetting backlog and new vetting renewals when they become due so that it "
           "complies fully with the national vetting guidelines.", CO),
    8612: ("leg17f", AFI, "The force should make sure it provides a confidential way for staff "
           "to raise concerns and that staff are aware of whistleblowing processes.", BP),
    8929: ("ncpi18", "Cause for concern", COC_MISSING, CO),
    8930: ("ncpi18", REC, REC_DETENTION, BP),
    8931: ("ncpi18", REC, REC_MISSING, CO),
    9301: ("peel1819", COC, "The force does not have the capacity or capability to investigate "
           "crime effectively and this is affecting the service being provided to the public. "
           "There are failings in the way that crimes are being investigated.", BP),
    9302: ("peel1819", REC, "HMIC recommends that within six months the force should: improve "
           "its ability to retrieve digital evidence from mobile phones, computers and other "
           "electronic devices quickly enough to ensure investigations are not delayed;", BP),
    9303: ("peel1819", REC, "HMIC recommends that within six months the force should: improve "
           "its understanding of suspects released under investigation and the management of "
           "those released on bail;", CO),
    9304: ("peel1819", REC, "HMIC recommends that within six months the force should: ensure "
           "regular and active supervision of the quality and progress of investigations. This "
           "supervision should be properly recorded;", BP),
    9305: ("peel1819", REC, "HMIC recommends that the force should immediately: conduct a review "
           "of officers’ capabilities and capacity to manage their investigative workload, to "
           "better understand investigative demand and the pressures placed upon them; and", CO),
    9306: ("peel1819", AFI, "The force should develop a future workforce plan that is aligned "
           "with its overall demand and budget. The plan should include future resource "
           "allocations, the mix of skills required by the workforce and behaviours expected of "
           "them.", BP),
    11250: ("peel2122", AFI, "The force should improve the timeliness of its response to calls "
            "for service involving domestic abuse.", BP),
    11251: ("peel2122", AFI, "The force should make sure investigations of rape and serious "
            "sexual offences are allocated to officers with the right skills and are effectively "
            "supervised.", BP),
    11252: ("peel2122", AFI, "The force should make sure it records reports of anti-social "
            "behaviour accurately and without delay.", CO),
    11253: ("peel2122", AFI, "The force should improve how it works with partner organisations "
            "to safeguard people at risk from county lines drug dealing.", BP),
    11254: ("peel2122", AFI, "The force should make sure officers and staff have the training "
            "they need to identify and respond to honour-based abuse.", CO),
    11255: ("peel2122", AFI, "The force should improve the way it manages the risk posed by "
            "offenders involved in online child sexual abuse.", BP),
    11256: ("peel2122", AFI, "The force should make sure its performance framework gives senior "
            "leaders a clear picture of its response to violence against women and girls.", AR),
    11257: ("peel2122", AFI, "The force should develop a problem-solving approach to "
            "neighbourhood crime, working with local communities and partners.", BP),
    12870: ("peel2325", "AFI", "The force should make sure it has enough specialist capacity and "
            "capability to investigate fraud.", AR),
    12871: ("peel2325", "AFI", "The force should improve how it gathers, assesses and acts on "
            "intelligence about serious and organised crime.", AR),
    12872: ("peel2325", "AFI", "The force should make sure victims of residential burglary are "
            "kept informed about the progress of their case, in line with the Code of Practice "
            "for Victims of Crime.", AR),
    12873: ("peel2325", "AFI", "The force should evaluate its work to prevent knife crime and "
            "share what works across the force.", AR),
    12874: ("peel2325", "AFI", "The force should make sure its analysis of modern slavery and "
            "human trafficking informs its strategic assessment and control strategy.", AR),
}

# Appendix A status cells, exactly as the OPCC typed them. A list of fragments: str, or
# ("strike", str) for a struck-through run. Columns: AR, BP, CO, SU, NFA.
GRID: dict[str, dict[str, list]] = {
    "sas13": {CO: ["1021, 1022"], SU: ["1023"]},
    "everyone": {CO: ["2321"]},
    "austerity": {NFA: ["3310 – 3313"]},
    "core": {SU: ["4821"], CO: ["4822"]},
    "integrity": {BP: ["902"]},
    "sas15": {BP: ["5118"]},
    "picture": {CO: ["5604"]},
    "firearms": {BP: ["6121, 6124"], CO: ["6120,6122,6123"]},
    "stolen": {AR: ["8196"], BP: ["8190\n8192\n8194\n8195"], CO: ["8191; 8193"]},
    "efc17": {BP: ["8402"]},
    "leg17": {BP: ["8541 (CoC), 8542, 8545"], CO: ["8543, 8544"]},
    "powers": {AR: ["10815"], BP: ["10812, 10814, 10816"], CO: ["10813"]},
    "eff16": {BP: ["7010, 7011, 7012"], CO: ["7013"]},
    "cdi17": {BP: ["7655, 7657, 7660"], CO: ["7656, 7658, 7659"]},
    "efc17f": {BP: ["8410"], SU: ["8411"]},
    "leg17f": {BP: ["8612"], CO: ["8610, 8611"]},
    "ncpi18": {BP: ["8930"], CO: ["8929, 8931"]},
    "peel1819": {BP: ["9301, 9302, ", ("strike", "9303"), ", 9304 & 9306"], CO: ["9303, 9305"]},
    "peel2122": {AR: ["11256"], BP: ["11250, 11251, 11235, 11255, 11257"], CO: ["11252, 11254"]},
    "peel2325": {AR: ["12870 – 12874"]},
}
STATUS_COLS = [AR, BP, CO, SU, NFA]

# ---------------------------------------------------------------------------------------------
# The force tracker: rows in the force's own words.
# hm: list of HMICFRS ids the row holds; cat/why per id filled below.
# ---------------------------------------------------------------------------------------------

D = dt.date
F: list[dict] = []


def frow(ref, hmref, insp, pub, typ, text, lead, update, rag, status, done, hm, **kw):
    F.append(dict(ref=ref, hmref=hmref, insp=insp, pub=pub, typ=typ, text=text, lead=lead,
                  update=update, rag=rag, status=status, done=done, hm=hm, **kw))


frow("SPI/13/01", None, "Stop and Search 2013", D(2013, 7, 9), "National rec",
     "CCs & CoP to set out in the S&S APP a clear spec of what effective & fair use of S&S "
     "powers looks like, with guidance – compliant with the Code of Practice.",
     "ACC Local Policing", "APP published by CoP; force S&S policy aligned.", "Green",
     "Complete", D(2015, 6, 30), [1021])
frow("SPI/14/01", None, "Everyone's Business (DA) 2014", D(2014, 3, 27), "National rec",
     "By Sept 2014 establish & publish a DA action plan – developed with PCC, DA support "
     "orgs & victims' reps, all report recs, DHRs/IPCC findings, CPS scrutiny panels & MARAC "
     "self-assessments.", "Ch Supt Public Protection", "DA action plan published Sept 2014.",
     "Green", "Complete", D(2014, 9, 30), [2321])
frow("SPI/14/02", None, "Policing in Austerity 2014", D(2014, 7, 22), "National rec",
     "Review plans to deliver savings so we continue to reduce crime & protect the front line "
     "while balancing the budget (use HMIC VfM profiles).", "Director of Finance",
     "Addressed holistically as part of the force change programme.", "Amber", "Open", None,
     [3310])
frow("SPI/14/03", None, "Policing in Austerity 2014", D(2014, 7, 22), "National rec",
     "Collaboration – assess scope to improve where <10% of savings come from collaboration, "
     "and review collaboration plans for the next spending round (other forces, public & "
     "private sector).", "Director of Finance",
     "Regional collaboration review with Merseyside & North Wales reported to COG.", "Amber",
     "Open", None, [3311, 3313])
frow("SPI/14/04", None, "Core Business 2014", D(2014, 9, 4), "National rec",
     "Not later than 31/03/15 – give call-handlers specific, sound & comprehensible criteria "
     "to assess threat, harm & risk (THR).", "Supt Contact Centre",
     "THRIVE rolled out in the control room; refresher training planned.", "Amber",
     "In progress", None, [4821])
frow("SPI/14/05", None, "Core Business 2014", D(2014, 9, 4), "National rec",
     "By 31 March 2015 – crime prevention / disruption activity systematically recorded & "
     "evaluated for effectiveness of tactics.", "Head of Corporate Development",
     "Problem-solving database live.", "Green", "Complete", D(2016, 3, 31), [4822])
frow("SPI/15/01", None, "Integrity Matters 2015", D(2015, 1, 30), "National rec",
     "By 31 Aug 2015 CC to be satisfied misconduct investigations ending in 'NFA' are fair & "
     "free of discrimination.", "Head of Professional Standards",
     "Disproportionality panel dip-samples NFA outcomes quarterly. Evidence submitted to HMICFRS "
     "14/11/2023.", "Green", "Submitted to HMICFRS", D(2023, 11, 14), [902])
frow("SPI/15/02", 5118, "Stop & search powers 2", D(2015, 3, 24), "National rec",
     "In consultation with the PCC, explain to the public how S&S powers are used locally & "
     "have S&S records scrutinised by community reps – involve those stopped, e.g. young "
     "people.", "ACC Local Policing",
     "Independent scrutiny panel meets quarterly; youth panel being set up.", "Amber", "Open",
     None, [5118])
frow("SPI/15/03", None, "Building the Picture 2015", D(2015, 7, 1), "National rec",
     "By 30/11/15 arrangements to scrutinise audits of compliance with APP on information "
     "management through the force IM goverance structure (incl. regular adjustment of record "
     "categorisation).", "Head of Information Management", None, "Green", "Complete",
     D(2016, 3, 31), [5604])
frow("SPI/15/04", None, "Firearms licensing 2015", D(2015, 9, 15), "National rec",
     "Within 3 months assess how well firearms licensing governance meets APP standards; put "
     "correct arrangements in place where it doesn't.", "Supt Firearms Licensing",
     "Governance review completed Dec 2015.", "Green", "Complete", D(2016, 1, 29), [6120])
frow("SPI/15/05", None, "Firearms licensing 2015", D(2015, 9, 15), "National rec",
     "Within 6 months assess demand on the Firearms Licensing dept & make sure it has the "
     "capacity to meet it and give an efficient & effective service at all times.",
     "Supt Firearms Licensing", "Demand model refreshed 2023; backlog of renewals remains.",
     "Amber", "Open", None, [6121])
frow("SPI/15/06", None, "Firearms licensing 2015", D(2015, 9, 15), "National rec",
     "Immediately – satisfy ourselves all appropriate action is being taken on 'total expired' "
     "licensing records.", "Supt Firearms Licensing", None, "Green", "Closed", D(2015, 12, 18),
     [6122])
frow("SPI/15/07", None, "Firearms licensing 2015", D(2015, 9, 15), "National rec",
     "Within 3 months – temporary permits in line with HO guidance, recorded without delay on "
     "NFLMS, & systems so certificate holders never remain in unlawful possession.",
     "Supt Firearms Licensing",
     "Audit of temporary permits found 3 not recorded on NFLMS; process being rewritten.",
     "Amber", "Open", None, [6123])
frow("SPI/15/08", None, "Firearms licensing 2015", D(2015, 9, 15), "National rec",
     "Within 3 months – systems to identify before attendance whether an incident involves / is "
     "at the address of a certificate holder, always applied by dispatchers; officers "
     "understand the risk assessment & power to seize.", "Supt Contact Centre",
     "STORM flag for certificate holders live; dispatcher training complete.", "Green",
     "Complete", D(2023, 9, 30), [6124])
frow("SPI/16/01", None, "PEEL Effectiveness 2015", D(2016, 2, 25), "AFI",
     "Use ancillary orders & other powers consistently to protect DA victims.",
     "Ch Supt Public Protection", "DVPN/DVPO use reported monthly to the DA Board.", "Amber",
     "Open", None, [], local="A 2015 force-level AFI the force still carries")
frow("SPI/17/01", 7010, "PEEL Effectiveness 2016", D(2017, 3, 2), "Cause of Concern",
     "DA – force policy gives officers discretion on DASH so risk not always assessed; DASH not "
     "consistently completed where policy requires it.", "Ch Supt Public Protection",
     "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents. "
     "Policy in place since end of October 2017.", "Green", "Complete", D(2018, 3, 31), [7010])
frow("SPI/17/02", 7011, "PEEL Effectiveness 2016", D(2017, 3, 2), "Recommendation",
     "Immediately – effective supervision of the initial risk assessment process, i.e. "
     "completion of DASH in appropriate cases.", "Ch Supt Public Protection",
     "Supervisor DASH review rate 78% (target 95%).", "Amber", "Open", None, [7011])
frow("SPI/17/03", 7012, "PEEL Effectiveness 2016", D(2017, 3, 2), "Recommendation",
     "Improve our understanding of the nature & scale of hate crime in Cheshire.",
     "Head of Intelligence", "Hate crime problem profile commissioned.", "Amber", "Open", None,
     [7012])
frow("SPI/17/04", 7013, "PEEL Effectiveness 2016", D(2017, 3, 2), "AFI",
     "Keep stalking & harassment victims informed of case progress (VCOP).",
     "Head of Criminal Justice", None, "Green", "Complete", D(2018, 9, 30), [7013])
CDI_PARTS = [
    ("Within 6 months: CDI R1(a) – victims believed at the point of report.", "Green",
     "Complete", D(2018, 4, 30)),
    ("CDI R1(b) – call handler conversations summarised accurately on the incident log so "
     "attending officers have the full facts for crime-recording decisions.", "Green",
     "Complete", D(2018, 4, 30)),
    ("CDI R1(c) – multiple crimes always recorded when described in incidents or found in "
     "other investigations.", "Amber", "Open", None),
    ("CDI R1(d) – stop waiting for medical exam / video interview results before making "
     "crime-recording decisions.", "Green", "Complete", D(2018, 1, 31)),
    ("CDI R1(e) – triage online crime reports on receipt so ongoing risk to the victim / public "
     "is identified & managed.", "Red", "Open", None),
]
for i, (t, rag, st, done) in enumerate(CDI_PARTS, 1):
    frow(f"SPI/17/05.{i}", None, "CDI 2017", D(2017, 9, 7), "Recommendation", t,
         "Force Crime Registrar",
         "Allocated to the Force Crime Registrar." if st == "Open" else "Audit shows compliance.",
         rag, st, done, [7655], part=i)
frow("SPI/17/06", None, "CDI 2017", D(2017, 9, 7), "Recommendation",
     "Within 3 months – better use of the crime recording & management system to manage case "
     "files & investigations.", "Force Crime Registrar", None, "Green", "Complete",
     D(2018, 2, 28), [7656])
frow("SPI/17/07", None, "CDI 2017", D(2017, 9, 7), "AFI",
     "Record DA reports accurately & without delay.", "Force Crime Registrar", None, "Green",
     "Complete", D(2018, 6, 30), [7659])
frow("SPI/17/08", None, "CDI 2017", D(2017, 9, 7), "AFI",
     "Record RASSO reports accurately & without delay.", "Force Crime Registrar",
     "Quarterly audit: RASSO compliance 89%.", "Amber", "Open", None, [7660])
frow("SPI/17/09", None, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National rec",
     "Within 12 months review MSHT leadership & goverance so that: senior leaders prioritise "
     "the MSHT response; every MSHT incident gets resources with the right skills, experience & "
     "capacity; effective partnership arrangements share info & safeguard victims.",
     "Det Ch Supt Force CID", "MSHT governance board set up; terms of reference agreed.",
     "Amber", "Open", None, [8190])
frow("SPI/17/10", 8191, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National rec",
     "Within 6 months – active ISAs with other agencies for speedy exchange of intel, to "
     "safeguard victims & identify suspects early.", "Head of Intelligence", None, "Green",
     "Complete", D(2018, 7, 31), [8191])
frow("SPI/17/11", 8192, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National rec",
     "Immediately – victims committing crimes under compulsion get early & continuing "
     "consideration of the s45 defence.", "Head of Criminal Justice",
     "CPS liaison protocol in draft.", "Amber", "Open", None, [8192])
frow("SPI/17/12", 8193, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National rec",
     "Immediately – fully compliant with the NRM process & the duty to notify the HO of "
     "suspected adult victims (MSA 2015).", "Det Ch Supt Force CID", None, "Green", "Complete",
     D(2018, 3, 31), [8193])
frow("SPI/17/13", 8194, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National rec",
     "Immediately – comply with NCRS for MSHT offences; enough audit capacity for the FCR to "
     "find gaps in recording accuracy.", "Force Crime Registrar",
     "Ready to move to GREEN status. Evidence pack with sign-off lead.", "Green", "Complete",
     D(2024, 1, 31), [8194])
frow("SPI/17/14", 8195, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "National rec",
     "Immediately – MSHT allegations thoroughly investigated & effectively supervised by teams "
     "with the right skills & experience (incl. JITs / overseas intel).", "Det Ch Supt Force CID",
     None, "Amber", "Open", None, [8195])
frow("SPI/17/15", None, "PEEL Efficiency 2017 - national", D(2017, 11, 9), "National rec",
     "By Sept 2018 produce an ambitious plan to improve digitally-enabled services in the force "
     "(HO/NPCC/APCC to provide national framework).", "Head of Corporate Development",
     "Digital strategy refresh due Q1 2024/25.", "Amber", "Open", None, [8402])
frow("SPI/17/16", 8410, "PEEL Efficiency 2017", D(2017, 11, 9), "AFI",
     "Sufficient resources in the control room to fulfil the resourcing model & meet demand, "
     "taking account of staff wellbeing.", "Supt Contact Centre",
     "Control room uplift of 24 call handlers complete. Evidence pack ready for HMICFRS.",
     "Green", "Complete", D(2023, 12, 15), [8410])
frow("SPI/17/17", None, "PEEL Efficiency 2017", D(2017, 11, 9), "AFI",
     "Understand current & likely future demand so resources match demand.",
     "Head of Corporate Development", "Demand modelling feeds the FMS.", "Amber", "Open", None,
     [8411])
frow("SPI/17/18", 8610, "PEEL Legitimacy 2017", D(2017, 12, 12), "Cause of Concern",
     "Size of the vetting backlog.", "Head of Professional Standards", "Backlog cleared Q3 2019.",
     "Green", "Complete", D(2019, 12, 31), [8610])
frow("SPI/17/19", 8616, "PEEL Legitimacy 2017", D(2017, 12, 12), "Recommendation",
     "All staff to hold at least the lowest level of vetting clearance asap – clear backlog & "
     "renewals, comply fully with national vetting guidelines.", "Head of Professional Standards",
     None, "Green", "Complete", D(2019, 12, 31), [8611])
frow("SPI/17/20", 8612, "PEEL Legitimacy 2017", D(2017, 12, 12), "AFI",
     "Confidential route for staff to raise concerns; staff aware of the whistleblowing "
     "process.", "Head of Professional Standards", "Integrity line relaunched Jan 2024.",
     "Amber", "Open", None, [8612])
frow("SPI/17/21", None, "PEEL Legitimacy 2017", D(2017, 12, 12), "Recommendation",
     "Within 6 months revise approach to cautions, cannabis warnings & PNDs – clear, auditable "
     "explanation to the offender of the implications; for victim-based crime, auditable "
     "record that the victim's views were considered before issue.", "Head of Criminal Justice",
     "Out of court disposals scrutiny panel reviewing.", "Amber", "Open", None, [7657])
frow("SPI/17/22", 8542, "PEEL Legit 17 S&S", D(2017, 12, 12), "National rec",
     "By July 2018 regularly & frequently monitor comprehensive S&S data to understand: reasons "
     "for disproportionality by ethnic group; find-rate differences by ethnicity & search type "
     "(incl. drugs possession vs supply); prevalence of possession-only drug searches vs local "
     "priorities.", "ACC Local Policing", "Monthly S&S dashboard.", "Amber", "Open", None, [8542])
frow("SPI/17/23", 8543, "PEEL Legit 17 S&S", D(2017, 12, 12), "National rec",
     "Where monitoring identifies disparities, show the public we have researched the reasons "
     "& taken action to reduce the disparity.", "ACC Local Policing",
     "Research with university partner ongoing.", "Amber", "Open", None, [8543])
frow("SPI/17/24", 8544, "PEEL Legit 17 S&S", D(2017, 12, 12), "National rec",
     "Publish the analysis & actions taken at least annually, from July 2018.",
     "ACC Local Policing", "Published on force website each July.", "Green", "Complete",
     D(2018, 7, 31), [8544])
frow("SPI/17/25", 8545, "PEEL Legit 17 S&S", D(2017, 12, 12), "National rec",
     "By July 2018 & ongoing – all officers using S&S trained on unconscious bias & the CoP "
     "APP on S&S.", "Head of Learning & Development", "98% of S&S-trained officers complete.",
     "Green", "Complete", D(2023, 10, 31), [8545])
frow("SPI/18/01", 8929, "NCPI 2018", D(2018, 6, 14), "Cause of Concern",
     "Response to missing & absent children – risk wrongly assessed, 'absent' used where the "
     "child should be 'missing', CSE risk information not influencing risk grading.",
     "Ch Supt Public Protection", None, "Green", "Complete", D(2019, 6, 30), [8929])
frow("SPI/18/02", 8930, "NCPI 2018", D(2018, 6, 14), "Recommendation",
     "Within 6 months, with children's social care, review detention of children: detained "
     "only when absolutely necessary & for the minimum time; early assessment of need for "
     "alternative accomodation; custody staff complete detention certificates after charge; "
     "record all actions & decisions; timelier appropriate adult support.", "Ch Insp Custody",
     "Concordat on children in custody signed with both local authorities.", "Amber", "Open",
     None, [8930])
frow("SPI/18/03", 8931, "NCPI 2018", D(2018, 6, 14), "Recommendation",
     "Immediately review approach to missing children: call takers use the missing / absent "
     "category correctly; call takers & frontline staff can spot CSE risk factors; supervisors "
     "give correct oversight of missing person enquiries.", "Ch Supt Public Protection", None,
     "Green", "Complete", D(2019, 3, 31), [8931])
frow("SPI/19/01", 9301, "PEEL 2018/19", D(2019, 5, 2), "Cause of Concern",
     "Capacity & capability to investigate crime effectively – failings in how crimes are "
     "investigated.", "Det Ch Supt Force CID", "Investigation standards programme in place.",
     "Amber", "Open", None, [9301])
frow("SPI/19/02", 9302, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
     "Within 6 months – faster retrieval of digital evidence from phones, computers & devices "
     "so investigations aren't delayed.", "Head of Digital Forensics",
     "Little work yet undertaken in this area. Unlikely to reach deadlines.", "Red", "Open",
     None, [9302])
frow("SPI/19/03", 9303, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
     "Within 6 months – understand RUI suspects & the management of those on bail.",
     "Head of Criminal Justice", "RUI review group still meeting monthly.", "Amber", "Open",
     None, [9303])
frow("SPI/19/04", 9304, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
     "Within 6 months ensure regular & active supervison of the quality & progress of "
     "investigations – properly recorded.", "Det Ch Supt Force CID",
     "Supervisory review field mandatory on Niche since Sept 2023.", "Green", "Complete",
     D(2023, 9, 30), [9304])
frow("SPI/19/05", 9305, "PEEL 2018/19", D(2019, 5, 2), "Recommendation",
     "Immediately – review officers' capability & capacity to manage investigative workload and "
     "understand investigative demand.", "Det Ch Supt Force CID", None, "Green", "Complete",
     D(2019, 11, 30), [9305])
frow("SPI/20/01", None, "Custody inspection 2020", D(2020, 8, 11), "Recommendation",
     "Improve the timeliness of appropriate adult support for children who are arrested.",
     "Ch Insp Custody", "AA scheme contract re-let Apr 2023.", "Amber", "Open", None, [],
     local="A joint HMICFRS/HMIP custody recommendation the force tracks")
frow("SPI/21/01", 10812, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "National rec",
     "By July 2021 – officers & staff have effective communication skills in line with the "
     "National Policing Guidelines on Conflict Management (on top of existing conflict mgmt / "
     "de-escalation training).", "Head of Learning & Development",
     "Comms skills module in PST from April 2024.", "Amber", "Open", None, [10812])
frow("SPI/21/02", 10813, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "National rec",
     "By July 2021 – comms skills reinforced through CPD; supervisors supported to debrief "
     "officers using BWV footage.", "Head of Learning & Development", None, "Green", "Complete",
     D(2022, 3, 31), [10813])
BWV_PARTS = [
    "By Sept 2021 – officers record the entirety of all S&S encounters on BWV (incl. traffic "
    "stops & use of force).",
    "By Sept 2021 – structured process to review a sufficient sample of BWV footage "
    "internally, share learning & hold officers to account.",
    "By Sept 2021 – external scrutiny panel members given access to samples of BWV footage of "
    "S&S & use of force (CoP APP safeguards).",
]
for i, t in enumerate(BWV_PARTS, 1):
    frow(f"SPI/21/03{'abc'[i - 1]}", 10814, "Police powers spotlight (Feb 21)", D(2021, 2, 26),
         "National rec", t, "ACC Local Policing", None, "Green", "Complete", D(2022, 1, 31),
         [10814], part=i)
frow("SPI/21/04", 10815, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "National rec",
     "HO & NPCC to improve the quality of use-of-force-in-S&S data for publication. Not a force "
     "action.", None, "Not the force's responsibility to deliver; dependent upon another "
     "organisation.", "White", "Not applicable – HO/NPCC", None, [10815])
frow("SPI/21/05", 10816, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "National rec",
     "By July 2021 – effective internal monitoring of use of force to identify & understand "
     "disproportionate use, explain the reasons & act.", "ACC Local Policing",
     "Use of force scrutiny panel in place; dashboard in build.", "Amber", "Open", None, [10816])
PEEL2122 = [
    (11250, "Improve timeliness of response to DA calls for service.", "Supt Contact Centre",
     "Amber", "Open", None),
    (11251, "RASSO investigations allocated to officers with the right skills & effectively "
            "supervised.", "Det Ch Supt Force CID", "Green", "Complete", D(2023, 12, 1)),
    (11252, "Record ASB reports accurately & without delay.", "Force Crime Registrar", "Green",
     "Complete", D(2023, 4, 30)),
    (11253, "Work with partners to safeguard people at risk from county lines.",
     "Det Ch Supt Force CID", "Amber", "Open", None),
    (11254, "Training for officers & staff to identify & respond to HBA.",
     "Head of Learning & Development", "Amber", "In progress", None),
    (11255, "Better management of risk from online CSA offenders.", "Ch Supt Public Protection",
     "Amber", "Open", None),
    (11257, "Problem-solving approach to neighbourhood crime with communities & partners.",
     "ACC Local Policing", "Amber", "Open", None),
]
for hid, t, lead, rag, st, done in PEEL2122:
    frow(f"SPI/22/{hid - 11249:02d}", hid, "PEEL 2021/22", D(2022, 7, 15), "AFI", t, lead, None,
         rag, st, done, [hid])
PEEL2325 = [
    (12870, "Enough specialist capacity & capability to investigate fraud.",
     "Det Ch Supt Force CID"),
    (12871, "Improve how we gather, assess & act on SOC intelligence.", "Head of Intelligence"),
    (12872, "Keep burglary victims informed of case progress (VCOP).",
     "ACC Local Policing"),
    (12874, "MSHT analysis to inform the strategic assessment & control strategy.",
     "Head of Intelligence"),
]
for hid, t, lead in PEEL2325:
    frow(f"SPI/23/{hid - 12869:02d}", None, "PEEL 2023-25", D(2023, 11, 21), "AFI", t, lead,
         "Awaiting allocation.", None, "Open", None, [hid])
frow("SPI/23/90", None, "Force improvement plan", None, "Force action",
     "Task & Finish group to review the county lines drug dealing policy and report to the "
     "Force Executive Team", "Det Ch Supt Force CID", None, "Amber", "Open", None, [],
     local="The force's own action, no HMICFRS source")
frow("SPI/23/91", None, "Internal audit 2023/24", None, "Internal audit",
     "Internal audit of the counter-corruption governance arrangements (audit plan 2023/24)",
     "Head of Professional Standards", "Fieldwork Q4.", "Amber", "Open", None, [],
     local="An internal audit action, no HMICFRS source")

FORCE_DONE = {"Complete", "Closed", "Submitted to HMICFRS", "Not applicable – HO/NPCC"}
FORCE_OPEN = {"Open", "In progress"}

# Conflicts decided by eye: HMICFRS id -> reason
CONFLICTS = {
    6121: "timescale: HMICFRS 'Within three months', tracker 'Within 6 months'",
    10812: "deadline: HMICFRS 'By July 2022', tracker 'By July 2021'",
    8190: "missing bullet: the tracker lists three of the four bullets; 'performance and "
          "quality assurance measures … service provided to victims' is not there",
    7012: "type: HMICFRS area for improvement, tracker 'Recommendation'",
    7657: "report: HMICFRS files it under Crime data integrity 2017, the tracker under PEEL "
          "Legitimacy 2017 (and that report's date)",
    8611: "reference: the tracker's HMICFRS Ref is 8616, which is on no HMICFRS row; report, "
          "type and wording are 8611's",
}

# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "JAC 21 March 2024 – Item 9 – HMICFRS appendices",
                       "author": "OPCC Cheshire", "company": "OPCC", "created": FIXED})
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 13})
    head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                          "text_wrap": True, "valign": "top", "border": 1})
    band = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dmy = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1,
                         "align": "left"})
    mmmyy = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1,
                           "align": "left"})
    num = wb.add_format({"valign": "top", "border": 1, "align": "center"})
    strike = wb.add_format({"font_strikeout": True, "font_color": "#808080"})
    italic = wb.add_format({"italic": True})
    tot = wb.add_format({"bold": True, "top": 2, "align": "center"})
    totl = wb.add_format({"bold": True, "top": 2})

    # ---- Appendix A
    ws = wb.add_worksheet("Appendix A")
    rows_a = {}  # report key -> Excel row
    nonitem = []
    ws.write(0, 0, "Office of the Police and Crime Commissioner for Cheshire", title)
    ws.write(1, 0, "Joint Audit Committee – 21 March 2024 – Agenda item 9, Appendix A", bold)
    ws.write(2, 0, "HMICFRS recommendations held against Cheshire Constabulary, by report and "
                   "HMICFRS status (definitive list received from the HMICFRS Force Liaison Lead "
                   "on 07/03/2024)")
    nonitem += [("Appendix A", 1, "title"), ("Appendix A", 2, "title (committee and agenda item)"),
                ("Appendix A", 3, "title (what the grid shows and where the list came from)"),
                ("Appendix A", 4, "blank")]
    hdr = ["Report", "Published", "No. of items"] + STATUS_COLS + ["OPCC note"]
    ws.write_row(4, 0, hdr, head)
    nonitem.append(("Appendix A", 5, "header"))
    r = 5
    sums = []
    for section, label in (("nat", "All-force (national) reports"),
                           ("force", "Cheshire Constabulary reports")):
        ws.merge_range(r, 0, r, len(hdr) - 1, label, band)
        nonitem.append(("Appendix A", r + 1, "section banner: " + label))
        r += 1
        first = r
        for key, t, (pub, kind), sec, note in REPORTS:
            if sec != section:
                continue
            rows_a[key] = r + 1
            ws.write_string(r, 0, t, wrap)
            if kind == "dmy":
                ws.write_datetime(r, 1, dt.datetime.combine(pub, dt.time()), dmy)
            elif kind == "mmmyy":
                ws.write_datetime(r, 1, dt.datetime.combine(pub, dt.time()), mmmyy)
            else:
                ws.write_string(r, 1, pub, wrap)
            n = sum(1 for v in ITEMS.values() if v[0] == key)
            ws.write_number(r, 2, n, num)
            for j, st in enumerate(STATUS_COLS):
                frags = GRID[key].get(st)
                c = 3 + j
                if not frags:
                    ws.write_blank(r, c, None, wrap)
                elif all(isinstance(f, str) for f in frags):
                    ws.write_string(r, c, "".join(frags), wrap)
                else:
                    parts = []
                    for f in frags:
                        if isinstance(f, tuple):
                            parts += [strike, f[1]]
                        else:
                            parts.append(f)
                    ws.write_rich_string(r, c, *parts, wrap)
            if note:
                ws.write_string(r, 3 + len(STATUS_COLS), note, wrap)
            else:
                ws.write_blank(r, 3 + len(STATUS_COLS), None, wrap)
            nonitem.append(("Appendix A", r + 1, "report row (status grid; its ids are the "
                            "items, whose rows are on Appendix B)"))
            r += 1
        sums.append((first, r - 1))
    total = len(ITEMS)
    formula = "=" + "+".join(f"SUM(C{a + 1}:C{b + 1})" for a, b in sums)
    ws.write(r, 0, "Total", totl)
    ws.write(r, 1, "", totl)
    ws.write_formula(r, 2, formula, tot, total)
    nonitem.append(("Appendix A", r + 1, "total row"))
    r += 1
    nonitem.append(("Appendix A", r + 1, "blank"))
    r += 1
    key_lines = [
        "Key:",
        "Awaiting review – new item; HMICFRS has not yet assessed the force’s update.",
        "Being progressed – open; HMICFRS is monitoring the force’s progress.",
        "Complete / Superseded / No further action required – closed by HMICFRS.",
        "Ids struck through have moved status since the February list.",
        "Register ids as supplied by HMICFRS. Full wording at Appendix B.",
    ]
    for k, line in enumerate(key_lines):
        ws.write_string(r, 0, line, bold if k == 0 else italic)
        nonitem.append(("Appendix A", r + 1, "legend" if k else "legend heading"))
        r += 1
    ws.set_column(0, 0, 46)
    ws.set_column(1, 1, 12)
    ws.set_column(2, 2, 9)
    ws.set_column(3, 7, 17)
    ws.set_column(8, 8, 38)
    ws.freeze_panes(5, 1)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)

    # ---- Appendix B
    wsb = wb.add_worksheet("Appendix B")
    wsb.write(0, 0, "Appendix B – Recommendation, area for improvement and cause of concern "
                    "wording (as supplied by HMICFRS)", title)
    nonitem += [("Appendix B", 1, "title"), ("Appendix B", 2, "blank"),
                ("Appendix B", 3, "header")]
    wsb.write_row(2, 0, ["Ref", "Type", "Wording"], head)
    rows_b = {}
    main = sorted((i for i in ITEMS if ITEMS[i][0] != "peel2325"), key=lambda i: str(i))
    r = 3
    for hid in main:
        rep, typ, text, _ = ITEMS[hid]
        wsb.write_string(r, 0, str(hid), wrap)  # ids arrive as text, sorted as text
        wsb.write_string(r, 1, typ, wrap)
        wsb.write_string(r, 2, text, wrap)
        rows_b[hid] = r + 1
        r += 1
    nonitem.append(("Appendix B", r + 1, "blank"))
    r += 1
    wsb.write_string(r, 0, "Added by OPCC from the PEEL 2023–2025 report (published "
                           "21/11/2023) – not yet in the HMICFRS extract", bold)
    nonitem.append(("Appendix B", r + 1, "sub-heading for the items the OPCC added by hand"))
    r += 1
    for hid in sorted(i for i in ITEMS if ITEMS[i][0] == "peel2325"):
        rep, typ, text, _ = ITEMS[hid]
        wsb.write_number(r, 0, hid, wrap)  # typed by hand: a number
        wsb.write_string(r, 1, typ, wrap)
        wsb.write_string(r, 2, text, wrap)
        rows_b[hid] = r + 1
        r += 1
    nonitem.append(("Appendix B", r + 1, "blank"))
    r += 1
    wsb.write_string(r, 0, "End of Appendix B", italic)
    nonitem.append(("Appendix B", r + 1, "end note"))
    wsb.set_column(0, 0, 9)
    wsb.set_column(1, 1, 22)
    wsb.set_column(2, 2, 110)
    wsb.freeze_panes(3, 0)
    wb.close()
    return rows_a, rows_b, nonitem


def build_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS Recommendations & AFIs Tracker",
                       "author": "Strategic Planning & Inspection", "company": "Cheshire "
                       "Constabulary", "created": FIXED})
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "bg_color": "#002060", "font_color": "#FFFFFF",
                          "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag_fmt = {
        "Red": wb.add_format({"bg_color": "#FF0000", "valign": "top", "border": 1}),
        "Amber": wb.add_format({"bg_color": "#FFC000", "valign": "top", "border": 1}),
        "Green": wb.add_format({"bg_color": "#00B050", "valign": "top", "border": 1}),
        "White": wb.add_format({"bg_color": "#FFFFFF", "valign": "top", "border": 1}),
    }
    ws = wb.add_worksheet("Tracker")
    ws.write(0, 0, "Cheshire Constabulary – HMICFRS Recommendations & AFIs Tracker", title)
    ws.write(1, 0, "Owner: Strategic Planning & Inspection (SPI). Last updated 29/02/2024.")
    hdr = ["Force Ref", "HMICFRS Ref", "Inspection / report", "Published", "Type",
           "Recommendation / AFI (summary)", "Lead", "Latest update", "RAG", "Status",
           "Date completed"]
    ws.write_row(3, 0, hdr, head)
    r = 4
    for f in F:
        ws.write_string(r, 0, f["ref"], cell)
        if f["hmref"] is None:
            ws.write_blank(r, 1, None, cell)
        else:
            ws.write_number(r, 1, f["hmref"], cell)
        ws.write_string(r, 2, f["insp"], wrap)
        if f["pub"] is None:
            ws.write_blank(r, 3, None, date)
        else:
            ws.write_datetime(r, 3, dt.datetime.combine(f["pub"], dt.time()), date)
        ws.write_string(r, 4, f["typ"], cell)
        ws.write_string(r, 5, f["text"], wrap)
        for c, k in ((6, "lead"), (7, "update")):
            if f[k] is None:
                ws.write_blank(r, c, None, wrap)
            else:
                ws.write_string(r, c, f[k], wrap)
        if f["rag"] is None:
            ws.write_blank(r, 8, None, cell)
        else:
            ws.write_string(r, 8, f["rag"], rag_fmt[f["rag"]])
        ws.write_string(r, 9, f["status"], cell)
        if f["done"] is None:
            ws.write_blank(r, 10, None, date)
        else:
            ws.write_datetime(r, 10, dt.datetime.combine(f["done"], dt.time()), date)
        f["row"] = r + 1
        r += 1
    ws.autofilter(3, 0, r - 1, len(hdr) - 1)
    ws.data_validation(4, 9, r - 1, 9, {"validate": "list", "source":
                       ["Open", "In progress", "Complete", "Closed", "Submitted to HMICFRS",
                        "Not applicable – HO/NPCC"]})
    ws.freeze_panes(4, 0)
    for c, w in enumerate([11, 10, 24, 11, 15, 70, 24, 40, 8, 22, 12]):
        ws.set_column(c, c, w)
    wb.close()


def decide():
    """Truth lines, decided item by item."""
    by_hm: dict[int, list[dict]] = {}
    for f in F:
        for h in f["hm"]:
            by_hm.setdefault(h, []).append(f)
    lines = []  # (hm id or None, force row dict or None, category, why)
    for hid in ITEMS:
        rep, typ, text, st = ITEMS[hid]
        hopen = st in OPEN
        frs = by_hm.get(hid, [])
        where = f"Appendix A lists {hid} under '{st}' for '{REPORT_TITLE[rep]}'"
        if hid == 11253:
            where = ("Appendix A has no 11253 but lists 11235 under 'Being progressed' for PEEL "
                     "2021/22, and Appendix B has no 11235: the same digits transposed, the only "
                     "gap on either side, so 11253 is Being progressed")
        if hid == 9303:
            where = ("Appendix A lists 9303 under 'Complete' for PEEL 2018/19; its entry under "
                     "'Being progressed' is struck through (legend: moved status) and the note "
                     "says moved to Complete 22/02/2024")
        if hid in (3310, 3311, 3312, 3313):
            where = ("Appendix A gives the range '3310 – 3313' under 'No further action "
                     f"required' for Policing in austerity, which takes in {hid}")
        if hid in (12870, 12871, 12872, 12873, 12874):
            where = ("Appendix A gives the range '12870 – 12874' under 'Awaiting review' for "
                     f"PEEL 2023–2025, which takes in {hid}; its wording is in the OPCC-added "
                     "block of Appendix B")
        if not frs:
            extra = {
                1022: "an old, closed national item the force never carried",
                1023: "HMICFRS superseded it by 5118 (Appendix A note), which the tracker "
                      "carries as 'Stop & search powers 2'; nothing tracks the 2013 version",
                3312: "the tracker has two austerity rows, neither about front-line "
                      "workforce reductions and crime-fighting capacity",
                7658: "the tracker's only call-handler THR criteria row is filed under Core "
                      "Business 2014 with the 31/03/15 deadline, so it is 4821; the CDI 2017 "
                      "version has no row",
                8196: "no preventative-powers (MSA 2015) row among the tracker's MSHT rows",
                8541: "the national stop and search cause of concern; the tracker carries its "
                      "recommendations (8542–8545) but not the cause of concern itself",
                9306: "no workforce plan row under PEEL 2018/19",
                11256: "no VAWG performance framework row under PEEL 2021/22",
                12873: "the tracker has four of the five PEEL 2023-25 AFIs; knife crime "
                       "prevention is not there",
            }[hid]
            lines.append((hid, None, "missing_from_force",
                          f"{where}; not in the tracker: {extra}."))
            continue
        parts = len(frs)
        if parts > 1:
            done = all(f["status"] in FORCE_DONE for f in frs)
        else:
            done = frs[0]["status"] in FORCE_DONE
        for f in frs:
            fst = f["status"]
            if hid in CONFLICTS:
                cat = "conflict"
                why = (f"{where}; tracker row {f['row']} is the same ask (force status "
                       f"'{fst}') but {CONFLICTS[hid]}.")
            else:
                if hopen and done:
                    cat = "closeable_submit"
                elif hopen and not done:
                    cat = "in_sync"
                elif not hopen and done:
                    cat = "in_sync"
                else:
                    cat = "closeable_local"
                how = _how(hid, f)
                if parts > 1:
                    pst = ", ".join(x["status"] for x in frs)
                    state = "every part done" if done else "not every part done"
                    why = (f"{where}; the force split it over {parts} rows (this is part "
                           f"{f['part']}: '{fst}'; all parts: {pst}) – {state}, so the item is "
                           f"{'done' if done else 'open'} on the force side. {how}")
                else:
                    why = (f"{where} ({'open' if hopen else 'closed'}); tracker row {f['row']} "
                           f"'{fst}' ({'done' if done else 'open'}). {how}")
            lines.append((hid, f, cat, why))
    for f in F:
        if not f["hm"]:
            lines.append((None, f, "not_on_hmicfrs_list",
                          f"{f['local']} ('{f['insp']}'); no such item on Appendix A or B. "
                          "Query with HMICFRS." + _local_extra(f)))
    return lines


def _local_extra(f):
    if f["insp"] == "Custody inspection 2020":
        return (" Its wording overlaps the last bullet of 8930 (detention of children), but "
                "8930 is the NCPI 2018 item, already tracked in full on its own row.")
    if f["insp"] == "PEEL Effectiveness 2015":
        return " Probably closed by HMICFRS before this list; the force still has it open."
    return ""


def _how(hid, f):
    if hid in (3311, 3313):
        return ("One tracker row holds both collaboration asks (3311 under 10%, 3313 next "
                "spending round).")
    if hid == 5118:
        return ("The 2013 and 2015 wording is almost the same; the tracker names 'Stop & search "
                "powers 2', quotes 5118 and says 'PCC', so it is the 2015 item.")
    if hid == 4821:
        return ("Tracker files it under Core Business 2014 with the 31/03/15 deadline, so it is "
                "4821, not the CDI 2017 call-handler item 7658.")
    if hid == 10815:
        return "Tracker marks it White / not applicable (HO/NPCC), i.e. nothing left for the force."
    if hid == 902:
        return "Submitted to HMICFRS 14/11/2023 but HMICFRS still shows it open."
    if f["hmref"] == hid:
        return "Tracker quotes the same HMICFRS Ref."
    return "Matched on report and wording (tracker has no HMICFRS Ref)."


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows_a, rows_b, nonitem = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    build_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = decide()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    order = sorted(lines, key=lambda x: (rows_b[x[0]] if x[0] else 10**6,
                                         x[1]["row"] if x[1] else 0))
    counts: dict[str, int] = {}
    for hid, f, cat, why in order:
        w.writerow([f"Appendix B!{rows_b[hid]}" if hid else "",
                    f"Tracker!{f['row']}" if f else "", cat, why])
        counts[cat] = counts.get(cat, 0) + 1
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(rows_a, rows_b, nonitem, counts, lines))
    return counts


def readme(rows_a, rows_b, nonitem, counts, lines):
    fr = {f["ref"]: f["row"] for f in F}
    cnt = "\n".join(f"| {k} | {counts.get(k, 0)} |" for k in
                    ["in_sync", "closeable_submit", "closeable_local", "conflict",
                     "missing_from_force", "not_on_hmicfrs_list", "review"])
    items_force = len(F)
    ni = "\n".join(f"- `{s}!{r}` – {why}" for s, r, why in nonitem)
    tracker_last = max(f["row"] for f in F)
    return README.format(
        n_items=len(ITEMS), n_force=items_force, n_lines=len(lines), counts=cnt,
        nonitem=ni, tracker_last=tracker_last,
        a_sas13=rows_a["sas13"], a_aust=rows_a["austerity"], a_core=rows_a["core"],
        a_fire=rows_a["firearms"], a_stolen=rows_a["stolen"], a_leg=rows_a["leg17"],
        a_pow=rows_a["powers"], a_1819=rows_a["peel1819"], a_2122=rows_a["peel2122"],
        a_2325=rows_a["peel2325"], a_eff16=rows_a["eff16"], a_ever=rows_a["everyone"],
        a_efcf=rows_a["efc17f"], a_first=rows_a["sas13"],
        b_first=min(rows_b.values()), b_main_last=max(v for k, v in rows_b.items()
                                                      if ITEMS[k][0] != "peel2325"),
        b_added_first=rows_b[12870], b_added_last=rows_b[12874],
        b_11253=rows_b[11253], b_9303=rows_b[9303], b_902=rows_b[902], b_10812=rows_b[10812],
        b_8929=rows_b[8929], b_7655=rows_b[7655], b_10814=rows_b[10814],
        b_3311=rows_b[3311], b_3313=rows_b[3313], b_4821=rows_b[4821], b_7658=rows_b[7658],
        b_5118=rows_b[5118], b_1023=rows_b[1023], b_8930=rows_b[8930],
        f_cdi1=fr["SPI/17/05.1"], f_cdi5=fr["SPI/17/05.5"], f_bwv1=fr["SPI/21/03a"],
        f_bwv3=fr["SPI/21/03c"], f_aust=fr["SPI/14/03"], f_core=fr["SPI/14/04"],
        f_s2=fr["SPI/15/02"], f_cust=fr["SPI/20/01"], f_peel15=fr["SPI/16/01"],
        f_l1=fr["SPI/23/90"], f_l2=fr["SPI/23/91"], f_8616=fr["SPI/17/19"],
        f_7657=fr["SPI/17/21"], f_6121=fr["SPI/15/05"], f_10812=fr["SPI/21/01"],
        f_8190=fr["SPI/17/09"], f_7012=fr["SPI/17/03"], f_10815=fr["SPI/21/04"],
        f_9303=fr["SPI/19/03"], f_902=fr["SPI/15/01"],
    )


README = """# report_status_grid_id_lists (round 80, case B)

## The story

Cheshire Constabulary's Strategic Planning & Inspection unit (SPI) keeps the force's HMICFRS
tracker. Before the Joint Audit Committee of 21 March 2024 the analyst must reconcile it with
the HMICFRS definitive list. HMICFRS's Force Liaison Lead sent that list to the Office of the
PCC on 07/03/2024; what reached the analyst is not the HMICFRS extract but the OPCC's committee
appendices built from it, emailed as "the definitive list":

- **Appendix A** re-cuts the list into a grid for members: one row per report, one column per
  HMICFRS status (Awaiting review, Being progressed, Complete, Superseded, No further action
  required), and in each cell the register ids the report has in that status, typed or pasted
  by the OPCC officer (commas, semicolons, line breaks, ranges, an "&", a "(CoC)" tag, a
  struck-through id, one transposed id).
- **Appendix B** gives the wording for each id: Ref, Type, Wording, and nothing else. The ids
  came as text and were sorted as text (10812 before 1021, 902 last); five new PEEL 2023–2025
  AFIs that the HMICFRS extract did not yet hold were typed in by hand below a sub-heading,
  their ids as numbers.

So an item's report and HMICFRS status live only on Appendix A, its type and wording only on
Appendix B, and the id is the only join. An analyst does it with Ctrl+F on the id.

## The files

- `hmicfrs.xlsx` (Office Open XML written by XlsxWriter; text is UTF-8 inside the package):
  - sheet `Appendix A`: title rows 1–3, blank row 4, header row 5 (`Report`, `Published`,
    `No. of items`, `Awaiting review`, `Being progressed`, `Complete`, `Superseded`,
    `No further action required`, `OPCC note`); a merged section banner at row 6 ("All-force
    (national) reports"), 12 national report rows {a_first}–{a_pow}, a second banner, 8
    Cheshire report rows {a_eff16}–{a_2325}, a Total row (a SUM formula, cached value
    {n_items}), a blank row and a 6-line key. None of these rows is an item.
  - sheet `Appendix B`: title row 1, blank row 2, header row 3 (`Ref`, `Type`, `Wording`);
    item rows {b_first}–{b_main_last} (68 ids, text, sorted as text), a blank row, an OPCC
    sub-heading, item rows {b_added_first}–{b_added_last} (ids as numbers), a blank row and an
    "End of Appendix B" note. **These {n_items} rows are the HMICFRS items; truth cites them.**
- `tracker.xlsx` (Office Open XML, XlsxWriter), sheet `Tracker`: title row 1, owner line row 2, blank row 3,
  header row 4 (`Force Ref`, `HMICFRS Ref`, `Inspection / report`, `Published`, `Type`,
  `Recommendation / AFI (summary)`, `Lead`, `Latest update`, `RAG`, `Status`,
  `Date completed`), item rows 5–{tracker_last} ({n_force} rows), autofilter, a Status
  drop-down, RAG as text with a matching fill. Status words: Open, In progress (open);
  Complete, Closed, Submitted to HMICFRS, Not applicable – HO/NPCC (done).
- `truth.csv` ({n_lines} lines), this README.

## What the layout brings (row numbers as Excel shows them)

1. **Status and report by membership of a grid cell.** Nothing on Appendix B says whether an
   item is open or to which report it belongs; the Appendix A row and column that hold its id
   do. Appendix A's report rows are not items and carry no text.
2. **Id lists written five ways.** ", " (most cells), "," without spaces (firearms Complete,
   row {a_fire}), "; " (Stolen freedom Complete, row {a_stolen}), line breaks inside the cell
   (Stolen freedom Being progressed), "&" before the last id and a "(CoC)" tag (rows {a_1819},
   {a_leg}).
3. **Ranges.** "3310 – 3313" (Policing in austerity, No further action, row {a_aust}) and
   "12870 – 12874" (PEEL 2023–2025, Awaiting review, row {a_2325}) stand for four and five ids.
4. **A struck-through id.** Row {a_1819}, Being progressed: "9301, 9302, ~~9303~~, 9304 & 9306"
   (rich text, 9303 struck and grey); 9303 is also under Complete, the legend says struck ids
   have moved, the note says "9303 moved to Complete 22/02/2024". 9303 is Complete.
5. **A transposed id.** Row {a_2122}, Being progressed, lists 11235; Appendix B has no 11235
   and Appendix A does not list 11253 (`Appendix B!{b_11253}`). The only orphan on each side,
   same digits: 11253 is Being progressed.
6. **Notes that decide.** Row {a_sas13}: "1023 superseded by 5118"; row {a_core}: "4821
   superseded by the force's CDI 2017 recommendation"; row {a_efcf}: "8411 superseded by PEEL
   2018/19"; row {a_aust}: no further action.
7. **Appendix B's own damage.** Ids as text sorted as text (902 is the last main row,
   `Appendix B!{b_902}`; 10812 the first, `Appendix B!{b_10812}`); hand-added ids as numbers under a sub-heading;
   types in six spellings (National recommendation, Recommendation, Area for improvement,
   AFI, Cause of concern, and "Cause for concern" at `Appendix B!{b_8929}`); wording verbatim with
   its quirks (curly quotes, "•" with and without a space or line break, the stray footnote
   "20" in 2321 and "86" in 8191, "HMIC recommends that … should:" stems, "- " bullet in 7011).
8. **Published dates four ways** on Appendix A: real dates shown dd/mm/yyyy, real dates shown
   mmm-yy ("Jul-14"), text "27 March 2014" / "2 May 2019", the register's ordinal text "4th
   September 2014", and "Feb 2021".

## The traps and how the truth decides them

- **Split** (one HMICFRS item, several tracker rows, one truth line per row with the same
  `hmicfrs_row`): 7655 (CDI victims, five bullets, `Appendix B!{b_7655}`) over
  `Tracker!{f_cdi1}`–`Tracker!{f_cdi5}`: three parts Complete, two Open; the item is not done and HMICFRS has it
  Being progressed → `in_sync` on all five lines. 10814 (BWV, three paragraphs,
  `Appendix B!{b_10814}`) over `Tracker!{f_bwv1}`–`Tracker!{f_bwv3}`, all Complete, HMICFRS open → `closeable_submit` ×3.
- **Merged**: `Tracker!{f_aust}` holds 3311 and 3313 (collaboration asks from Policing in
  austerity; `Appendix B!{b_3311}`, `Appendix B!{b_3313}`); two truth lines, both `closeable_local`
  (HMICFRS no further action, force Open). 3312 from the same report has no row →
  `missing_from_force`.
- **Near-duplicates across reports**: 4821 (Core Business 2014, `Appendix B!{b_4821}`) and 7658 (CDI
  2017, `Appendix B!{b_7658}`) ask the same call-handler THR criteria; the tracker's one row
  (`Tracker!{f_core}`) is filed under Core Business 2014 with the 31/03/15 deadline → 4821
  `closeable_local` (Superseded vs In progress), 7658 `missing_from_force`. 1023 (2013,
  `Appendix B!{b_1023}`) and 5118 (2015, `Appendix B!{b_5118}`) are almost word for word the same; `Tracker!{f_s2}`
  names "Stop & search powers 2", quotes 5118 and says "PCC" → 5118 `in_sync`, 1023
  (superseded by 5118) `missing_from_force`.
- **Closed on one side**: HMICFRS open, force done → `closeable_submit` (e.g. 902 submitted
  14/11/2023, `Tracker!{f_902}`; 10815 marked White / Not applicable – HO/NPCC,
  `Tracker!{f_10815}`); HMICFRS closed, force open → `closeable_local` (e.g. 9303, `Tracker!{f_9303}`, whose
  Complete status is only visible through the strike-through).
- **Conflicts** (matched, facts differ): 6121 "Within three months" vs tracker "Within 6
  months" (`Tracker!{f_6121}`); 10812 "By July 2022" vs "By July 2021" (`Tracker!{f_10812}`); 8190 tracker
  lists three of the four bullets (`Tracker!{f_8190}`); 7012 AFI vs tracker "Recommendation" (`Tracker!{f_7012}`); 7657 CDI 2017 vs tracker "PEEL Legitimacy 2017" (`Tracker!{f_7657}`); 8611 quoted in
  the tracker as HMICFRS Ref 8616, an id on no HMICFRS row (`Tracker!{f_8616}`).
- **Missing from the force** (9): 1022, 1023, 3312, 7658, 8196, 8541 (the national stop and
  search cause of concern; its recommendations are tracked), 9306, 11256, 12873.
- **Force-only** (`not_on_hmicfrs_list`, 4): a PEEL Effectiveness 2015 AFI
  (`Tracker!{f_peel15}`); a 2020 custody recommendation (`Tracker!{f_cust}`) whose wording overlaps the last
  bullet of 8930 (NCPI 2018, `Appendix B!{b_8930}`, tracked in full on its own row) – a decoy; a force
  action (`Tracker!{f_l1}`); an internal audit action (`Tracker!{f_l2}`).
- No `review` line: every pair is decided by report name, deadline, reference or the
  Appendix A notes.

## Counts

{n_items} HMICFRS items, {n_force} tracker rows, {n_lines} truth lines.

| category | lines |
|---|---|
{counts}

## Rows that are not items

{nonitem}
- `Tracker!1` – title; `Tracker!2` – owner / last-updated line; `Tracker!3` – blank;
  `Tracker!4` – header.

## Checks run

- Every Appendix B item row appears in truth.csv at least once; every Tracker item row
  exactly once, except `Tracker!{f_aust}` (two HMICFRS items, two lines); split rows share their
  `hmicfrs_row`. Every id on Appendix A (ranges expanded, 11235 read as 11253) is on Appendix B
  and vice versa, each in exactly one status column once the struck 9303 is set aside.
- Both files read back with pandas (`read_excel`, every sheet) and openpyxl (values, the rich
  text and strike-through of the 9303 run, number formats); rows cited in truth hold what
  the truth says.
- Built twice; all four files identical byte for byte (sha256).
"""


if __name__ == "__main__":
    print(main())
