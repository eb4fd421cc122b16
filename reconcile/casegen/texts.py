"""Real HMICFRS wording the benchmark generator builds its items from.

All text here is Open Government Licence material, copied in as literals (nothing reads outside
the repository at run time). Sources: HMICFRS register pages and reports as collected in the
project's research notes, and the West Midlands Police Joint Audit Committee paper "HMICFRS
update" of 30 November 2017 (the same sources as ``scripts/make_sample_data.py``).

- ``NATIONAL``: all-forces reports, their items verbatim. Every force's register holds them.
- ``BODIES``: what a force-level recommendation asks for, i.e. the real text after its stem
  ("HMIC recommends that the force should immediately:"), put in the singular where the
  original addressed all forces ("their" → "its"). Stems and tails are recombined with them.
- ``STEMS``, ``TAILS``, ``CAUSES``: real stems, real follow-on sentences and real causes of
  concern.
- ``TOPIC_BODIES`` x ``TOPICS``: the formulaic asks PEEL reports repeat across forces, so that
  a force's ~700 items need not repeat a body; ``LOCAL_ACTIONS``: a force's own actions.
- Tracker furniture: forces, leads, progress updates and the abbreviations trackers use.
"""

from __future__ import annotations

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

#: key -> (title, publication date as (y, m, d), [(type, text)]): all-forces reports.
NATIONAL: dict[str, tuple[str, tuple[int, int, int], list[tuple[str, str]]]] = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              (2013, 7, 9), [
        (NAT, "Chief Constables and the College of Policing should establish in the Stop and "
              "Search Authorised Professional Practice document a clear specification of what "
              "constitutes the effective and fair exercise of stop and search powers, and "
              "guidance in this respect. This should be compliant with the Code of Practice."),
        (NAT, "Chief Constables should establish or improve monitoring of the way officers stop "
              "and search people, so that they can be satisfied their officers are acting in "
              "accordance with the law (including equality legislation and the Code of "
              "Practice), and that the power is used effectively to prevent crime, catch "
              "criminals and maintain public trust."),
        (NAT, "Chief Constables should, in consultation with elected local policing bodies, "
              "ensure that they comply with the code of practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example, young people."),
    ]),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 (2014, 3, 27), [(NAT, EVERYONE_PLAN)]),
    "austerity": ("Policing in austerity: Meeting the challenge", (2014, 7, 22), [
        (NAT, "All Chief Constables and PCCs should review their plans to deliver savings to "
              "ensure they are doing all they can to continue to reduce crime and protect the "
              "front line while balancing their budgets. They should use the data and "
              "information contained in this report, and in HMIC's Value for Money profiles, "
              "when conducting their reviews"),
        (NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
              "savings through collaboration should assess whether there is scope to improve "
              "on this position. HMIC will follow up the assessments in the autumn."),
        (NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion "
              "of their workforce and/or police officers on the front line should assess "
              "whether they have taken the decisive action seen in many forces in order to "
              "maintain their crime fighting capacity. HMIC will follow up the assessments in "
              "the autumn."),
        (NAT, "In preparation for the next spending round period all Chief Constables and PCCs "
              "should review their plans for collaboration. In particular they should consider "
              "whether there is scope to deliver better value for money and improved "
              "capability and capacity through joint working with other forces, the public "
              "and/or the private sector."),
    ]),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", (2014, 9, 4), [
        (NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
              "that have not yet done so, should provide call-handlers with specific, sound and "
              "comprehensible criteria against which they can assess threat, harm and risk."),
        (NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption "
              "activity carried out is systematically recorded and subsequently evaluated to "
              "determine the effectiveness of tactics being employed."),
    ]),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", (2015, 1, 30), [
        (NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have "
              "processes in place to ensure that investigations into misconduct by officers "
              "and staff resulting in “no further action” are fair and free of any form of "
              "discrimination."),
    ]),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              (2015, 3, 24), [
        (NAT, "Chief constables should, in consultation with police and crime commissioners, "
              "ensure that they comply with the Code of Practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example young people."),
    ]),
    "picture": ("Building the picture: an inspection of police information management",
                (2015, 7, 1), [
        (NAT, "By 30 November 2015, chief constables should put in place arrangements to "
              "scrutinise audits of compliance with the APP on information management through "
              "the force information management governance structure. This should include "
              "measures to ensure that categorisation of records are regularly adjusted."),
    ]),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", (2015, 9, 15), [
        (NAT, "Within three months, all chief constables should assess how well the governance "
              "of firearms licensing in his or her force meets the standards set out in "
              "Authorised Professional Practice. Chief constables of forces where the "
              "governance standards are not being complied with should put in place "
              "immediately the correct arrangements and procedures in order to meet the "
              "standards in full."),
        (NAT, "Within three months, all chief constables should assess the demand placed on "
              "their firearms licensing department and ensure it has the capacity to meet this "
              "demand and provide an efficient and effective service at all times."),
        (NAT, "Immediately, all chief constables should satisfy themselves that all appropriate "
              "action is being taken by their force with regard to ‘total expired’ licensing "
              "records."),
        (NAT, "Within three months, all chief constables should ensure that their arrangements "
              "in respect of the use of temporary permits are in accordance with the Home "
              "Office guidance; that temporary permits are properly recorded without delay on "
              "the National Firearms Licensing Management System; and that effective systems "
              "exist to ensure certificate holders are not permitted, at any time, to remain "
              "in unlawful possession of a firearm."),
        (NAT, "Within three months, all chief constables should ensure that systems designed "
              "to identify, prior to police attendance, whether a reported incident involves "
              "or is at the address of a firearm certificate holder are in place and are "
              "always applied by staff dispatching officers to incidents; and that officers "
              "understand the risk assessment which they should be undertaking in such "
              "circumstances, and their power, when appropriate, to seize firearms and firearm "
              "certificates."),
    ]),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               (2017, 10, 24), [
        (NAT, SF_LEADERSHIP),
        (NAT, "Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
              "and in order to safeguard victims better and to identify suspects as early as "
              "possible"),
        (NAT, "Immediately, forces should ensure that all victims carrying out criminal acts "
              "under compulsion attributable to slavery or exploitation are afforded the "
              "protection of early and continuing consideration of the applicability of the "
              "section 45 defence."),
        (NAT, "Immediately, forces should take steps to ensure they are fully compliant with "
              "the NRM process as it evolves and are implementing the requirement placed upon "
              "them under the Modern Slavery Act 2015 to notify the Home Office of any "
              "individual suspected to be an adult victim of modern slavery or human "
              "trafficking."),
        (NAT, "Immediately, forces should take steps to ensure they fully comply with national "
              "crime recording standard (NCRS) requirements for offences identified as modern "
              "slavery and human trafficking and that sufficient audit capacity is available "
              "to the force crime registrar to provide reassurance that each force is "
              "identifying and managing any gaps in its crime-recording accuracy for these "
              "types of offences."),
        (NAT, "Immediately, forces should ensure that allegations or indications of modern "
              "slavery and human trafficking are thoroughly investigated and effectively "
              "supervised by teams and individuals with the skills and experience to undertake "
              "them (this should include the use where appropriate of joint intelligence teams "
              "and other means to obtain intelligence and evidence from agencies overseas)."),
        (NAT, "Immediately, forces should review their use of preventative powers under the "
              "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
              "of those deemed to pose a clear threat to others in respect of modern slavery "
              "and human trafficking offences are exploited."),
    ]),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", (2017, 11, 9), [
        (NAT, "By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force. The Home Office, National Police "
              "Chiefs' Council and Association of Police and Crime Commissioners should "
              "support the development of these plans by establishing a national framework "
              "which allows for the provision of digitally enabled services across force "
              "boundaries."),
    ]),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", (2017, 12, 12), [
        (COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of "
              "stop and search powers is consistently reasonable and fair. In particular, "
              "there is over-representation of BAME people, and black people in particular, "
              "in stop and search data which many forces are unable to explain."),
        (NAT, SAS_MONITORING_2017),
        (NAT, "Where forces identify disparities through monitoring, they should demonstrate "
              "to the public that they have:\n"
              "•carried out research and analysis in an attempt to understand the reasons for "
              "the disparity, and •taken action to reduce the disparity, where necessary;"),
        (NAT, "We expect forces to publish this analysis and any actions taken at least on an "
              "annual basis, from July 2018."),
        (NAT, "By July 2018, and ongoing following that date, forces should ensure that all "
              "officers who use stop and search powers have been provided with, and "
              "understand, training on unconscious bias and College of Policing APP on stop "
              "and search."),
    ]),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", (2021, 2, 26), [
        (NAT, "By July 2022, forces should ensure that officers and staff have effective "
              "communication skills, in line with the National Policing Guidelines on Conflict "
              "Management. This should be in addition to existing training on conflict "
              "management and de-escalation."),
        (NAT, "By July 2021, forces should ensure that communication skills are reinforced as "
              "part of the programme of continuing professional development for officers and "
              "staff, and that supervisors are supported to routinely and frequently debrief "
              "officers on these skills using body-worn video footage."),
        (NAT, BWV_2021),
        (NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the "
              "data collected on the number of incidents where force has been used to effect a "
              "stop and search is sufficient for publication. The Home Office should publish "
              "this data as soon as possible."),
        (NAT, "By July 2021, forces should ensure they have effective internal monitoring "
              "processes on the use of force, to help them to identify and understand "
              "disproportionate use, explain the reasons and implement any necessary "
              "improvement action."),
    ]),
}

#: What a force-level recommendation asks the force to do: real wording after the stem.
#: "{area}" and "{neighbour}" are filled with the force's area and a neighbouring force.
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
    "to the victim or the wider public are identified and appropriately managed",
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

LEADS: list[str] = [
    "ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
    "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
    "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
    "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
    "Ch Insp Custody", "Head of Information Management", "DCC", "Director of Finance",
    "Supt Firearms Licensing", None,
]

#: Progress updates in the words trackers use (JAC paper, BTP and City of London trackers).
PROGRESS: list[str | None] = [
    "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "The policy is now signed off and in place with an implementation date of the end of "
    "October.",
    "Addressed holistically as part of the force change programme.",
    "Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to inform "
    "the 56-day response.",
    "No deadline set by HMICFRS. December 2019 set to align with the next inspection.",
    "Ready to move to GREEN status.",
    "Pending sign off by the chief officer lead.",
    "Awaiting allocation.",
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Not the force's responsibility to deliver; dependent upon another organisation.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "xxx",
    None,
    None,
]

#: Force RAG words by state, and the HMICFRS statuses by state.
FORCE_DONE = ["GREEN", "Green", "BLUE", "Complete", "WHITE", "Pending sign off"]
FORCE_OPEN = ["AMBER", "Amber", "RED", "In progress", "Open - Actions on going on track"]
HMICFRS_OPEN = ["Awaiting review", "Being progressed"]
HMICFRS_CLOSED = ["Complete", "Superseded", "No further action required"]

#: Abbreviations trackers use for HMICFRS wording (regex, replacement).
ABBREVIATIONS: list[tuple[str, str]] = [
    (r"modern slavery and human trafficking", "MSHT"),
    (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"),
    (r"national crime recording standards?(?: \(NCRS\))?", "NCRS"),
    (r"police and crime commissioners", "PCCs"),
    (r"police and crime commissioner", "PCC"),
    (r"chief constables", "CCs"),
    (r"Authorised Professional Practice", "APP"),
    (r"National Police Chiefs' Council", "NPCC"),
    (r"College of Policing", "CoP"),
    (r"child sexual exploitation", "CSE"),
    (r"body-worn video", "BWV"),
    (r"released under investigation", "RUI"),
    (r"information-sharing agreements", "ISAs"),
    (r"continuing professional development", "CPD"),
    (r"quality assurance", "QA"),
    (r"Home Office", "HO"),
    (r"within six months", "within 6 months"),
    (r"within twelve months", "within 12 months"),
    (r"within three months", "within 3 months"),
    (r"officers and staff", "officers & staff"),
    (r"\band\b", "&"),
]

#: Common misspellings seen in trackers (right -> wrong).
MISSPELLINGS: dict[str, str] = {
    "receive": "recieve", "separate": "seperate", "occurred": "occured",
    "accommodation": "accomodation", "governance": "goverance", "supervision": "supervison",
    "investigation": "investigaton", "necessary": "neccessary", "independent": "independant",
    "commissioners": "comissioners", "arrangements": "arrangments", "appropriate": "appropiate",
}

#: Prefixes of the local actions a force adds that HMICFRS never asked for.
LOCAL_PREFIXES: list[str] = [
    "Local action: ", "Force action - ", "Internal audit action: ", "Force improvement plan: ",
    "JAC action: ", "",
]

#: Policing topics HMICFRS reports return to, for the formulaic items below.
TOPICS: list[str] = [
    "domestic abuse", "stalking and harassment", "child sexual exploitation",
    "modern slavery and human trafficking", "hate crime", "missing children",
    "serious and organised crime", "county lines drug dealing", "online child sexual abuse",
    "fraud", "rape and serious sexual offences", "violence against women and girls",
    "honour-based abuse", "anti-social behaviour", "knife crime", "cyber crime",
    "vulnerable adults", "people with mental ill health", "female genital mutilation",
    "forced marriage", "residential burglary", "road harm", "firearms licensing",
    "counter-corruption", "digital forensics", "repeat victims", "youth violence",
    "sexual offences against children", "registered sex offenders", "economic crime",
    "neighbourhood crime", "rural crime",
]

#: Formulaic force-level asks in HMICFRS's PEEL wording (after "the force should"); "{t}" is
#: a topic. Each reads like the areas for improvement PEEL reports repeat across forces.
TOPIC_BODIES: list[str] = [
    "improve its understanding of the nature and scale of {t} in its area",
    "make sure investigations of {t} are allocated to officers with the right skills and are "
    "effectively supervised",
    "improve how it works with partner organisations to safeguard people at risk from {t}",
    "review its approach to {t} to make sure victims receive a consistently good service",
    "make sure officers and staff have the training they need to identify and respond to {t}",
    "make sure it records reports of {t} accurately and without delay",
    "make sure its analysis of {t} informs its strategic assessment and control strategy",
    "improve the way it manages the risk posed by offenders involved in {t}",
    "make sure it consistently uses ancillary orders and other powers to protect victims of {t}",
    "improve how it gathers, assesses and acts on intelligence about {t}",
    "make sure its performance framework gives senior leaders a clear picture of its response "
    "to {t}",
    "improve the timeliness of its response to calls for service involving {t}",
    "make sure victims of {t} are kept informed about the progress of their case, in line "
    "with the Code of Practice for Victims of Crime",
    "develop a problem-solving approach to {t}, working with local communities and partners",
    "make sure it has enough specialist capacity and capability to investigate {t}",
    "evaluate its work to prevent {t} and share what works across the force",
]

#: A force's own actions, not HMICFRS items: tracker wording from action plans (the JAC
#: paper's "Task & Finish group", "policy rewrite", "communications plan"); "{t}" a topic.
LOCAL_ACTIONS: list[str] = [
    "Task & Finish group to review the {t} policy and report to the Force Executive Team",
    "Deliver refresher training on {t} to all response and neighbourhood officers",
    "Dip-sample 50 {t} crime reports each quarter and report findings to the Crime Standards "
    "Board",
    "Refresh the {t} problem profile and add it to the control strategy",
    "Rewrite the {t} policy and publish it on the intranet with a communications plan",
    "Appoint a single point of contact for {t} in each local policing area",
    "Add {t} measures to the monthly Force Performance pack",
    "Agree an information-sharing protocol on {t} with the local authorities",
    "Internal audit of the {t} governance arrangements (audit plan 2023/24)",
    "Review the {t} demand profile as part of the force management statement",
]
