"""What force-level recommendations ask for (bodies), their real stems, tails and causes of
concern, the forces' own report names and the forces themselves. Open Government Licence
material (see the package's docstring)."""

from __future__ import annotations

from .national import AFI, REC

#: Crime data integrity, Devon and Cornwall Police (register 6989): the ask after its stem.
CDI_VICTIMS_BODY = (
    "put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed"
)

BODIES: list[str] = [
    "conduct a review of officers’ capabilities and capacity to manage their investigative "
    "workload, to better understand investigative demand and the pressures placed upon them",
    "conduct a review, involving its partners, of the approach to vulnerability to better "
    "safeguard vulnerable people",
    "expand the skills project work to include an assessment of all skills, not only "
    "operational, including potential future skills requirements. This assessment should "
    "inform workforce plans",
    "clearly define its new operating model, ensuring all operational and support services are "
    "affordable and fit to protect the communities of {area}",
    "improve its arrangements both to consult with the public about business planning and to "
    "feed back on changes made to service delivery as a result of such consultation",
    "ensure regular and active supervision of the quality and progress of investigations. This "
    "supervision should be properly recorded",
    "improve its ability to retrieve digital evidence from mobile phones, computers and other "
    "electronic devices quickly enough to ensure investigations are not delayed",
    "improve its understanding of suspects released under investigation and the management of "
    "those released on bail",
    CDI_VICTIMS_BODY,
    "provide call-handlers with specific, sound and comprehensible criteria against which they "
    "can assess threat, harm and risk",
    "satisfy itself that it has processes in place to ensure that investigations into "
    "misconduct by officers and staff resulting in “no further action” are fair and free of "
    "any form of discrimination",
    "undertake further work to gain a fuller understanding of current demand for its services, "
    "and likely future changes in demand. This is so it can make best use of its resources by "
    "matching them to demand to meet the needs of the public",
    "develop its understanding of the links between its outcomes, outputs and costs",
    "develop a future workforce plan that is aligned with its overall demand and budget. The "
    "plan should include future resource allocations, the mix of skills required by the "
    "workforce and behaviours expected of them",
    "improve its use of its crime-recording and management system to better manage its case "
    "files and investigative processes",
    "ensure all staff have received at least the lowest level of vetting clearance for their "
    "roles as quickly as possible, working to clear both the vetting backlog and new vetting "
    "renewals when they become due so that it complies fully with the national vetting "
    "guidelines",
    "consider ways of increasing the use of arrest, ancillary orders and other available "
    "powers, in order to improve the service it provides to victims of domestic abuse, offer "
    "the best possible protection and bring more perpetrators to justice",
    "take steps to understand and address the reason behind why such a high proportion of "
    "victims of domestic abuse do not support the police investigation",
    "cease the practice of conducting domestic abuse risk assessments over the telephone and "
    "dealing with domestic abuse in the resolution centre",
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
    "establish or improve monitoring of the way officers stop and search people, so that it "
    "can be satisfied its officers are acting in accordance with the law (including equality "
    "legislation and the Code of Practice), and that the power is used effectively to prevent "
    "crime, catch criminals and maintain public trust",
    "make sure there are appropriate strategic oversight arrangements in place to manage "
    "risks, performance and improvement plans effectively",
    "make sure the corporate risk register is actively used to mitigate and manage known risks",
    "make sure all processes in place to support performance management are effective",
    "make sure it has access to accurate data and analysis to support effective performance "
    "management",
    "put plans in place to monitor, including through the gathering and analysis of staff "
    "feedback, team cultures and provide prompt remedial action for any issues it identifies",
    "specify in succession plans how it intends to improve diversity across all levels of the "
    "force. This should include offering increased direct-entry opportunities",
    "make sure it provides a confidential way for staff to raise concerns and that staff are "
    "aware of whistleblowing processes",
    "review the support available for those who have raised concerns and take any action "
    "needed to make sure these provisions are suitable",
    "review how it gathers and uses equality and diversity data to improve its understanding "
    "of its workforce demographics",
    "develop a clear prevention strategy targeting people most at risk and make sure activity "
    "undertaken prioritises people most at risk",
    "ensure that all officers who use stop and search powers have been provided with, and "
    "understand, training on unconscious bias and College of Policing APP on stop and search",
    "ensure that officers and staff have effective communication skills, in line with the "
    "National Policing Guidelines on Conflict Management",
    "ensure that communication skills are reinforced as part of the programme of continuing "
    "professional development for officers and staff, and that supervisors are supported to "
    "routinely and frequently debrief officers on these skills using body-worn video footage",
    "ensure it has effective internal monitoring processes on the use of force, to help it to "
    "identify and understand disproportionate use, explain the reasons and implement any "
    "necessary improvement action",
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested",
    "assess how well the governance of firearms licensing in the force meets the standards set "
    "out in Authorised Professional Practice",
    "assess the demand placed on its firearms licensing department and ensure it has the "
    "capacity to meet this demand and provide an efficient and effective service at all times",
    "satisfy itself that all appropriate action is being taken with regard to ‘total expired’ "
    "licensing records",
    "ensure that its arrangements in respect of the use of temporary permits are in accordance "
    "with the Home Office guidance; that temporary permits are properly recorded without delay "
    "on the National Firearms Licensing Management System; and that effective systems exist to "
    "ensure certificate holders are not permitted, at any time, to remain in unlawful "
    "possession of a firearm",
    "ensure that it has sufficient resources available in the control room to fulfil its "
    "resourcing model, and so to meet its demand, while also taking into account the wellbeing "
    "of its workforce",
    "take steps to ensure that there is effective supervision of the initial risk assessment "
    "process, specifically in relation to the completion of DASH risk assessment in "
    "appropriate cases",
    "have in place active information-sharing agreements with other agencies to facilitate "
    "speedy exchange of intelligence and in order to safeguard victims better and to identify "
    "suspects as early as possible",
    "ensure that all victims carrying out criminal acts under compulsion attributable to "
    "slavery or exploitation are afforded the protection of early and continuing "
    "consideration of the applicability of the section 45 defence",
    "take steps to ensure it fully complies with national crime recording standard (NCRS) "
    "requirements for offences identified as modern slavery and human trafficking",
    "ensure that allegations or indications of modern slavery and human trafficking are "
    "thoroughly investigated and effectively supervised by teams and individuals with the "
    "skills and experience to undertake them",
    "review its use of preventative powers under the Modern Slavery Act 2015 to ensure that "
    "opportunities to restrict the activities of those deemed to pose a clear threat to others "
    "are exploited",
    "produce an ambitious plan to improve digitally-enabled services within the force",
    "review its plans to deliver savings to ensure it is doing all it can to continue to "
    "reduce crime and protect the front line while balancing its budget",
    "consider whether there is scope to deliver better value for money and improved capability "
    "and capacity through joint working with other forces, the public and/or the private "
    "sector",
    "comply with the code of practice by explaining to the public the way stop and search "
    "powers are used in its area and by making arrangements for stop and search records to be "
    "scrutinised by community representatives",
    "improve the supervision of investigations, so that investigation plans are set, reviewed "
    "and recorded and victims receive a consistently good service",
    "agree arrangements with {neighbour} to secure a smooth transition to its future operating "
    "model, ensuring no disruption to public services",
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards",
    "immediately review its current background checks arrangements, and make sure that "
    "suitable and sufficient background checks are in place to safeguard its staff and the "
    "communities it serves",
    "make sure it provides accessible information for all staff and members of the public on "
    "how they can raise concerns and access confidential support (including through external "
    "agencies)",
    "establish and publish an action plan that specifies in detail what steps it will take to "
    "improve its approach to domestic abuse",
    "revise its approach to cautions, cannabis warning and penalty notices for disorder to "
    "ensure that there is a clear and auditable explanation to the offender of the "
    "implications of receiving the warning and that, for victim-based crimes, there is a clear "
    "and auditable record that views of the victim are considered prior to their issue",
    "ensure that crime prevention or disruption activity carried out is systematically "
    "recorded and subsequently evaluated to determine the effectiveness of tactics being "
    "employed",
    "put in place arrangements to scrutinise audits of compliance with the APP on information "
    "management through the force information management governance structure",
    "ensure that systems designed to identify, prior to police attendance, whether a reported "
    "incident involves or is at the address of a firearm certificate holder are in place and "
    "are always applied by staff dispatching officers to incidents",
]

#: Stems force-level items start with: (type, template). "{b}" is a body, "{deadline}" a
#: month and year after publication, "{force}" the force's name.
STEMS: list[tuple[str, str]] = [
    (AFI, "The force should {b}."),
    (AFI, "The force should {b}."),
    (AFI, "{force} should {b}."),
    (REC, "HMIC recommends that the force should immediately: {b};"),
    (REC, "HMICFRS recommends that the force should immediately:{b}; and"),
    (REC, "HMIC recommends that within six months the force should: {b};"),
    (REC, "Within three months, the force should {b}."),
    (REC, "Within six months the force should {b}."),
    (REC, "Within twelve months, the force should {b}."),
    (REC, "By {deadline}, the force should {b}."),
    (REC, "Not later than {deadline} the force should {b}."),
    (REC, "Immediately, the force should {b}."),
    (REC, "To address this cause of concern, HMIC recommends the force should immediately {b}."),
    (REC, "Within six months {force} should {b}."),
]

#: Real follow-on sentences, appended to some items.
TAILS: list[str] = [
    "This supervision should be properly recorded.",
    "This assessment should inform workforce plans.",
    "This should be compliant with the Code of Practice.",
    "This should be done in a way that involves those people who are stopped and searched, "
    "for example, young people.",
    "HMIC will follow up the assessments in the autumn.",
    "The plan should include future resource allocations, the mix of skills required by the "
    "workforce and behaviours expected of them.",
    "This should include offering increased direct-entry opportunities.",
    "This should be in addition to existing training on conflict management and de-escalation.",
    "Chief officers should oversee and ensure full implementation of these action plans.",
    "This should be a personal responsibility in each case.",
    "The police and crime commissioner should hold the force to account in this respect.",
    "The force should publish this analysis and any actions taken at least on an annual basis.",
    "This is so it can make best use of its resources by matching them to demand to meet the "
    "needs of the public.",
    "In cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system.",
    "The updates should be given in an accessible way that encourages trust and confidence in "
    "the service response.",
    "This review should extend to all such activity which may give rise to concern for public "
    "safety.",
    "This should include measures to ensure that categorisation of records are regularly "
    "adjusted.",
]

#: Causes of concern, real; "{force}" is the force's name.
CAUSES: list[str] = [
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.",
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.",
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated.",
    "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
    "who fail to support the investigation and the low use of police powers of arrest and "
    "prosecution is a cause of concern to HMIC.",
    "The size of the vetting backlog within {force} is a cause of concern.",
    "The force does not have suitable arrangements in place to make sure it can maintain the "
    "full range of public services when its alliance with {neighbour} ends. There are gaps in "
    "its workforce skills assessment, and weaknesses in both its investigative approach and "
    "its approach to safeguarding vulnerable people.",
]

#: Force-level report families: (HMICFRS title template, tracker names, years, month).
#: "{y}" is the year, "{yy}" the two-digit year, "{y2}" the next year's two digits.
FORCE_REPORTS: list[tuple[str, tuple[str, ...], tuple[int, ...], int]] = [
    ("PEEL: Police effectiveness {y}",
     ("PEEL Effectiveness {y}", "PEEL Eff {yy}", "PEEL: Effectiveness {y}"),
     (2014, 2015, 2016, 2017), 3),
    ("PEEL: Police efficiency {y}",
     ("PEEL Efficiency {y}", "PEEL Efficiency {yy}", "Efficiency {y} (PEEL)"),
     (2014, 2015, 2016, 2017), 11),
    ("PEEL: Police legitimacy {y}",
     ("PEEL Legitimacy {y}", "PEEL Legit {yy}", "Legitimacy {y}"),
     (2014, 2015, 2016, 2017), 12),
    ("PEEL: Police effectiveness, efficiency and legitimacy {y}/{y2}",
     ("PEEL {y}/{y2}", "PEEL {yy}-{y2}", "PEEL Assessment {y}/{y2}"),
     (2018, 2021, 2023), 5),
    ("Crime data integrity inspection {y}",
     ("Crime Data Integrity {y}", "CDI {y}", "CDI inspection {y}"),
     (2014, 2016, 2017, 2019, 2021), 9),
    ("National child protection inspection {y}",
     ("NCPI {y}", "Child protection inspection {y}", "National Child Protection {y}"),
     (2015, 2016, 2017, 2018, 2019), 6),
    ("Report on an unannounced inspection visit to police custody suites {y}",
     ("Custody {y}", "Custody inspection {y}", "HMICFRS/HMIP custody {y}"),
     (2014, 2016, 2018, 2020, 2022), 8),
]

#: Tracker names for the national reports (the tracker's own report-title rows).
NATIONAL_TRACKER_NAMES: dict[str, tuple[str, ...]] = {
    "sas13": ("Stop and Search 2013", "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's Business (DA) 2014", "Domestic abuse - Everyone's business"),
    "austerity": ("Policing in Austerity 2014", "Policing in Austerity – Meeting the Challenge"),
    "core": ("Core Business 2014", "Core business"),
    "integrity": ("Integrity Matters 2015", "Integrity matters"),
    "sas15": ("Stop and Search 2 (2015)", "Stop & search powers 2"),
    "picture": ("Building the Picture 2015", "Information management (Building the Picture)"),
    "firearms": ("Targeting the Risk (Firearms Licensing) 2015", "Firearms licensing 2015"),
    "stolen": ("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
               "published 24 October 2017", "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL Efficiency 2017 - national", "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL Legitimacy 2017 - national (stop and search)", "PEEL Legit 17 S&S"),
    "powers": ("Disproportionate use of police powers 2021", "Police powers spotlight (Feb 21)"),
}

#: The 43 territorial police forces of England and Wales, with a neighbour for "{neighbour}".
FORCES: list[tuple[str, str, str]] = [
    ("Avon and Somerset Constabulary", "Avon and Somerset", "Wiltshire Police"),
    ("Bedfordshire Police", "Bedfordshire", "Hertfordshire Constabulary"),
    ("Cambridgeshire Constabulary", "Cambridgeshire", "Bedfordshire Police"),
    ("Cheshire Constabulary", "Cheshire", "Merseyside Police"),
    ("City of London Police", "the City of London", "the Metropolitan Police Service"),
    ("Cleveland Police", "Cleveland", "Durham Constabulary"),
    ("Cumbria Constabulary", "Cumbria", "Lancashire Constabulary"),
    ("Derbyshire Constabulary", "Derbyshire", "Nottinghamshire Police"),
    ("Devon and Cornwall Police", "Devon and Cornwall", "Dorset Police"),
    ("Dorset Police", "Dorset", "Devon and Cornwall Police"),
    ("Durham Constabulary", "County Durham and Darlington", "Cleveland Police"),
    ("Dyfed-Powys Police", "Dyfed-Powys", "South Wales Police"),
    ("Essex Police", "Essex", "Kent Police"),
    ("Gloucestershire Constabulary", "Gloucestershire", "Wiltshire Police"),
    ("Greater Manchester Police", "Greater Manchester", "Lancashire Constabulary"),
    ("Gwent Police", "Gwent", "South Wales Police"),
    ("Hampshire Constabulary", "Hampshire and the Isle of Wight", "Thames Valley Police"),
    ("Hertfordshire Constabulary", "Hertfordshire", "Bedfordshire Police"),
    ("Humberside Police", "Humberside", "South Yorkshire Police"),
    ("Kent Police", "Kent", "Essex Police"),
    ("Lancashire Constabulary", "Lancashire", "Cumbria Constabulary"),
    ("Leicestershire Police", "Leicestershire", "Northamptonshire Police"),
    ("Lincolnshire Police", "Lincolnshire", "Nottinghamshire Police"),
    ("Merseyside Police", "Merseyside", "Cheshire Constabulary"),
    ("Metropolitan Police Service", "London", "City of London Police"),
    ("Norfolk Constabulary", "Norfolk", "Suffolk Constabulary"),
    ("North Wales Police", "North Wales", "Cheshire Constabulary"),
    ("North Yorkshire Police", "North Yorkshire", "West Yorkshire Police"),
    ("Northamptonshire Police", "Northamptonshire", "Leicestershire Police"),
    ("Northumbria Police", "Northumbria", "Durham Constabulary"),
    ("Nottinghamshire Police", "Nottinghamshire", "Derbyshire Constabulary"),
    ("South Wales Police", "South Wales", "Gwent Police"),
    ("South Yorkshire Police", "South Yorkshire", "West Yorkshire Police"),
    ("Staffordshire Police", "Staffordshire", "West Midlands Police"),
    ("Suffolk Constabulary", "Suffolk", "Norfolk Constabulary"),
    ("Surrey Police", "Surrey", "Sussex Police"),
    ("Sussex Police", "Sussex", "Surrey Police"),
    ("Thames Valley Police", "the Thames Valley", "Hampshire Constabulary"),
    ("Warwickshire Police", "Warwickshire", "West Mercia Police"),
    ("West Mercia Police", "West Mercia", "Warwickshire Police"),
    ("West Midlands Police", "the West Midlands", "Staffordshire Police"),
    ("West Yorkshire Police", "West Yorkshire", "North Yorkshire Police"),
    ("Wiltshire Police", "Wiltshire", "Avon and Somerset Constabulary"),
]
