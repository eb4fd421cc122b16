"""Build case dcc_chase_sheet_chief_officer_groups (round 100, case A).

HMICFRS side: the DCC's staff officer's chase sheet, made from the HMICFRS definitive list and
regrouped by chief officer for the Chief Officer Group (COG), with RAG-counted group headings,
sub-totals per officer, pointer rows for jointly-owned items, a "not yet allocated" group, a
"closed since 1 July" group, a key and footnotes. Force side: a plain xlsx tracker.
Deterministic: no clock, fixed document properties; XlsxWriter writes fixed zip timestamps.
"""
import csv
import datetime as dt
import io
import os

import xlsxwriter

CASE = "dcc_chase_sheet_chief_officer_groups"
OUT = os.path.join("/tmp/indep100", CASE)
FIXED = dt.datetime(2024, 10, 28, 9, 0, 0)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# ---------------------------------------------------------------- reports (HMICFRS titles)
R = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", "09/07/2013"),
    "every": ("Everyone's business: Improving the police response to domestic abuse", "27/03/2014"),
    "aust": ("Policing in austerity: Meeting the challenge", "22/07/2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", "04/09/2014"),
    "integ": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "30/01/2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", "24/03/2015"),
    "pict": ("Building the picture: an inspection of police information management", "01/07/2015"),
    "fire": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "15/09/2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – Severn Vale Police", "02/03/2017"),
    "cdi17": ("Crime data integrity inspection 2017 – Severn Vale Police", "07/09/2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", "24/10/2017"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", "09/11/2017"),
    "efc17": ("PEEL: Police efficiency 2017 – Severn Vale Police", "09/11/2017"),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", "12/12/2017"),
    "leg17": ("PEEL: Police legitimacy 2017 – Severn Vale Police", "12/12/2017"),
    "ncpi18": ("National child protection inspection 2018 – Severn Vale Police", "24/11/2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Severn Vale Police", "02/05/2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", "26/02/2021"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Severn Vale Police", "10/06/2022"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25 – Severn Vale Police", "20/03/2024"),
}

# ---------------------------------------------------------------- HMICFRS items (real wording)
# id -> (report key, type, text)
T = {}
def item(i, rep, typ, text):
    T[i] = (rep, typ, text)

item(1204, "sas13", NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.")
item(1205, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.")
item(1206, "sas13", NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.")
item(2321, "every", NAT, "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.")
item(2710, "aust", NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews")
item(2711, "aust", NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.")
item(2712, "aust", NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.")
item(2713, "aust", NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.")
item(4822, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.")
item(4823, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.")
item(902, "integ", NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.")
item(3391, "sas15", NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.")
item(5120, "pict", NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.")
item(5407, "fire", NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.")
item(5408, "fire", NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.")
item(5409, "fire", NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.")
item(5410, "fire", NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.")
item(5411, "fire", NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.")
item(6710, "eff16", COC, "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed.")
item(6711, "eff16", REC, "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.")
item(6712, "eff16", COC, "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm.")
item(6713, "eff16", REC, "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action")
item(8201, "cdi17", REC, "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.")
item(8202, "cdi17", REC, "Within three months, the force should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.")
item(8203, "cdi17", REC, "Within six months the force should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure.")
item(8204, "cdi17", REC, "Within six months the force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.")
item(8205, "cdi17", AFI, "The force should revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue.")
item(8206, "cdi17", AFI, "The force should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.")
item(8410, "stolen", NAT, "Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.")
item(8411, "stolen", NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible")
item(8412, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.")
item(8413, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.")
item(8414, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.")
item(8415, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).")
item(8416, "stolen", NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.")
item(8502, "efc17n", NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.")
item(8530, "efc17", AFI, "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.")
item(8540, "leg17n", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.")
item(8541, "leg17n", NAT, "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.")
item(8542, "leg17n", NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;")
item(8543, "leg17n", NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.")
item(8544, "leg17n", NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.")
item(8601, "leg17", COC, "The size of the vetting backlog within Severn Vale Police is a cause of concern.")
item(8602, "leg17", REC, "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.")
item(9720, "ncpi18", REC, "Within six months the force should in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.")
item(9301, "peel18", REC, "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and")
item(9302, "peel18", REC, "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.")
item(9303, "peel18", REC, "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;")
item(9304, "peel18", REC, "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.")
item(9305, "peel18", REC, "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;")
item(9306, "peel18", COC, "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.")
item(9307, "peel18", REC, "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;")
item(9308, "peel18", REC, "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;")
item(11120, "powers", NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.")
item(11121, "powers", NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.")
item(11122, "powers", NAT, "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.")
item(11124, "powers", NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.")
item(11801, "peel21", AFI, "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.")
item(11802, "peel21", AFI, "The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.")
item(11803, "peel21", AFI, "The force should develop a clear prevention strategy targeting people most at risk and make sure activity undertaken prioritises people most at risk.")
item(11804, "peel21", AFI, "The force should make sure all processes in place to support performance management are effective.")
item(11805, "peel21", AFI, "The force should make sure it has access to accurate data and analysis to support effective performance management.")
item(11806, "peel21", REC, "Within six months, the force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.")
item(12901, "peel23", AFI, "The force should put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies.")
item(12902, "peel23", AFI, "The force should specify in succession plans how it intends to improve diversity across all levels of the force. This should include offering increased direct-entry opportunities.")
item(12903, "peel23", REC, "By 30 September 2024, the force should make sure there are appropriate strategic oversight arrangements in place to manage risks, performance and improvement plans effectively.")
item(12904, "peel23", AFI, "The force should make sure the corporate risk register is actively used to mitigate and manage known risks.")
# On the definitive list but left off the chase sheet (addressed to Home Office / NPCC):
item(11123, "powers", NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.")

BP, AR, CO, SU, NFA = "Being progressed", "Awaiting review", "Complete", "Superseded", "No further action required"

# ---------------------------------------------------------------- the chase sheet, by group
# each entry: (id, HMICFRS status, SO RAG, lead below chief officer, chase note)
# or ("PTR", id, text of pointer)
GROUPS = [
    ("DCC", "DCC Helen Marsh – Professional Standards, Corporate Development, Information Management, Digital", "D", [
        (8601, BP, "Amber", "Head of PSD", "Backlog down to 212 (Sep). Trajectory to FLL 30/09."),
        (8602, BP, "Amber", "Head of PSD / Vetting Mgr", "Linked to 8601 – close together. Also on Dir People list."),
        (8203, BP, "Green", "Head of Information Mgt", "IM Board ToR now includes audit scrutiny. Evidence pack?"),
        (5120, BP, "Amber", "Head of Information Mgt", "MoPI review cycle – chased 14/10, no reply."),
        (8502, BP, "Blue", "Head of Digital Services", "Digital strategy 2023–26 signed off. Submitted via portal 02/09 – HMICFRS to confirm."),
        (11801, BP, "Blue", "Head of PSD", "Confidential reporting line relaunched. FLL says HMICFRS agreed closure at 15/10 meeting – portal not yet updated."),
        (11804, BP, "Amber", "Head of Corporate Development", "New performance framework goes live Jan."),
        (11805, BP, "Red", "Head of Corporate Development", "Dependent on data warehouse – slipped to Q4."),
        (12903, AR, "Amber", "Head of Corporate Development", "New item (PEEL 23–25). Deadline passed – what is our position?"),
    ]),
    ("ACC-OPS", "ACC Richard Okafor – Operations & Local Policing", "OP", [
        (1205, BP, "Blue", "Supt Local Policing (S&S lead)", "Monthly S&S scrutiny in place since 2019. Ready to submit."),
        (1206, BP, "Green", "Supt Local Policing (S&S lead)", "External scrutiny panel meets quarterly."),
        (8540, BP, "Amber", "Supt Local Policing (S&S lead)", "CoC – stays open until 8541/8543 closed."),
        (8541, BP, "Amber", "Supt Local Policing (S&S lead)", "Disproportionality dashboard v2 in test."),
        (8543, BP, "Amber", "Supt Local Policing (S&S lead)", "Annual publication due Dec."),
        (8544, BP, "Red", "Head of Learning & Development", "Who owns the unconscious bias refresher? No response from L&D."),
        (11120, BP, "Amber", "Head of Learning & Development", "Conflict mgmt training: 71% trained."),
        (11121, BP, "Amber", "Head of Learning & Development", "CPD module drafted."),
        (11122, BP, "Amber", "Supt Local Policing (S&S lead)", "BWV review sample agreed; panel access still outstanding."),
        (11124, BP, "Green", "Supt Operational Support", "Use of force board monthly."),
        (8530, BP, "Amber", "Supt Contact Centre", "Contact demand review reported to COG Sept. Also on Dir Resources list (budget)."),
        (8202, BP, "Blue", "Supt Contact Centre", "THRIVE+ in place. Submitted for closure 19/08."),
        (5407, BP, "Blue", "Supt Firearms Licensing", "APP self-assessment done. Submit."),
        (5409, BP, "Green", "Supt Firearms Licensing", "Total expired records at zero since Mar."),
        (5411, BP, "Amber", "Supt Firearms Licensing", "STORM flagging live; briefing for officers pending."),
        (11803, BP, "Amber", "Supt Neighbourhoods", "Prevention strategy drafted – not on tracker?"),
    ]),
    ("ACC-CRIME", "ACC Sarah Penhaligon – Crime, Safeguarding & Vulnerability", "CR", [
        (2321, BP, "Amber", "Ch Supt Public Protection", "DA action plan refresh – publish on website."),
        (6710, BP, "Blue", "Ch Supt Public Protection", "All DA incidents risk-assessed since 2018. Submit with 6711."),
        (6711, BP, "Green", "Ch Supt Public Protection", "Supervisor DASH review – audit Q2 96%."),
        (6712, BP, "Amber", "Ch Supt Public Protection", "CoC – close with 6713."),
        (6713, BP, "Amber", "Ch Supt Public Protection", "Missing/absent category retired; CSE training 88%."),
        (8201, BP, "Amber", "Force Crime Registrar", "4 of 5 strands complete (online triage outstanding)."),
        (8204, BP, "Amber", "Force Crime Registrar", "Niche case file module."),
        (8205, BP, "Green", "Head of Criminal Justice", "OOCD scrutiny panel in place."),
        (8206, BP, "Amber", "Force Crime Registrar", ""),
        (8410, BP, "Blue", "Det Supt MSHT lead", "Governance reviewed; MSHT board in place. Submit."),
        (8411, BP, "Amber", "Det Supt MSHT lead", "ISA with LA partners – 3 of 5 signed."),
        (8412, BP, "Green", "Det Supt MSHT lead", ""),
        (8413, BP, "Blue", "Det Supt MSHT lead", "NRM/DtN compliance 100% (audit Aug)."),
        (8414, BP, "Amber", "Force Crime Registrar", ""),
        (8415, BP, "Amber", "Det Supt MSHT lead", ""),
        (8416, BP, "Amber", "Det Supt MSHT lead", "STPO/STRO use reviewed quarterly."),
        (9720, BP, "Blue", "Ch Insp Custody", "Joint protocol with Children's Services signed. Submit."),
        (9301, BP, "Blue", "Det Ch Supt Force CID", "Investigative demand review complete."),
        (9302, BP, "Amber", "Ch Supt Public Protection", ""),
        (9305, BP, "Amber", "Det Ch Supt Force CID", "Supervision QA – dip sample Nov."),
        (9306, BP, "Amber", "Det Ch Supt Force CID", "CoC – close with 9301/9305/9307/9308."),
        (9307, BP, "Red", "Head of Digital Forensics", "DFU backlog 9 months."),
        (9308, BP, "Amber", "Det Ch Supt Force CID", "RUI reduction plan."),
        (11806, BP, "Amber", "Det Ch Supt Force CID", "Overlaps 9305."),
    ]),
    ("DIR-RES", "Director of Resources Martin Hale – Finance, Estates, Fleet, Contact Centre budget", "RS", [
        ("PTR", 8530, "Control room resourcing (PEEL Efficiency 2017 AFI) – joint with ACC Ops, shown at OP-11"),
        (9304, BP, "Amber", "Head of Finance / Corp Comms", "Budget consultation 2025/26 – 'you said we did' page."),
        ("PTR", 9303, "Skills assessment (PEEL 2018/19) – joint with Dir People, shown at PD-01"),
    ]),
    ("DIR-PEOPLE", "Director of People & Development Aisha Rahman", "PD", [
        (9303, BP, "Amber", "Head of Workforce Planning", "Skills audit to include staff roles. Also on Dir Resources list."),
        (11802, BP, "Green", "Head of EDI", "HR system equality fields refreshed; declaration rate 81%."),
        ("PTR", 8602, "Vetting clearance for all staff (PEEL Legitimacy 2017) – joint with DCC, shown at D-02"),
    ]),
    ("UNALLOC", "Not yet allocated to a chief officer – new from PEEL 2023–25", "NA", [
        (12901, AR, "", "", "Proposed: Dir People. For COG decision."),
        (12902, AR, "", "", "Proposed: Dir People. For COG decision."),
        (12904, AR, "", "", "Proposed: DCC. For COG decision."),
    ]),
    ("CLOSED", "Closed by HMICFRS since 1 July 2024 – for information (update our tracker)", "CL", [
        (2710, SU, "", "", "Superseded by PEEL efficiency inspections."),
        (2711, SU, "", "", "Superseded by PEEL efficiency inspections."),
        (2712, SU, "", "", "Superseded by PEEL efficiency inspections."),
        (2713, SU, "", "", "Superseded by PEEL efficiency inspections."),
        (3391, SU, "", "", "Superseded by PEEL legitimacy 2017 (8541–8544)."),
        (4822, NFA, "", "", "Closed – covered by 8202 (THRIVE)."),
        (5410, CO, "", "", "Closed 12/08/2024."),
        (8542, CO, "", "", "Closed 30/09/2024."),
    ]),
]

# ---------------------------------------------------------------- force tracker rows
# each: (ids, HMICFRS Ref shown, report (force's name), published, type, text, lead, RAG, update, submitted)
F = []
def frow(ids, ref, rep, pub, typ, text, lead, rag, upd="", sub=""):
    F.append((tuple(ids), ref, rep, pub, typ, text, lead, rag, upd, sub))

frow([1204], "1204", "Stop & Search 2013", "Jul 2013", "Recommendation", "CCs & CoP to set out in S&S APP what effective and fair use of S&S looks like", "ACC Ops", "GREEN", "APP published by CoP. Closed by HMICFRS 2016.", "")
frow([1205], "1205", "Stop & Search 2013", "Jul 2013", "Recommendation", "Establish/improve monitoring of S&S so satisfied officers act lawfully and power used effectively", "Supt Local Policing", "GREEN", "Monthly S&S scrutiny meeting chaired by Supt since 2019.", "02/09/2024")
frow([1206], "1206", "Stop & Search 2013", "Jul 2013", "Recommendation", "Comply with code of practice - explain S&S use to public & community scrutiny of records (involve young people)", "Supt Local Policing", "AMBER", "Youth panel being recruited.", "")
frow([2321], "2321", "Everyone's Business (DA) 2014", "Mar 2014", "Recommendation", "Establish & publish DA action plan (consult PCC, DA orgs, victims reps; DHRs & IPCC findings; CPS panels / MARAC)", "Ch Supt Public Protection", "AMBER", "Plan refreshed 2023, publication pending.", "")
frow([2710, 2712], "2710 / 2712", "Policing in Austerity 2014", "Jul 2014", "Recommendation", "Review savings plans to protect front line (rec 1) and assess action taken to maintain crime fighting capacity where front line reducing (rec 3)", "Director of Finance", "AMBER", "Addressed holistically as part of the force change programme.", "")
frow([2711], "2711", "Policing in Austerity 2014", "Jul 2014", "Recommendation", "Forces delivering <10% savings through collaboration to assess scope to improve", "Director of Finance", "GREEN", "Collaboration review completed 2015.", "")
frow([2713], "2713", "Policing in Austerity 2014", "Jul 2014", "Recommendation", "Review collaboration plans for next spending round - VFM through joint working with other forces, public/private sector", "Director of Finance", "AMBER", "Regional collaboration review ongoing.", "")
frow([4822], "4822", "Core Business 2014", "Sep 2014", "Recommendation", "Call handlers to have specific criteria to assess threat harm & risk (THR policy forces)", "Supt Contact Centre", "RED", "To be picked up with CDI rec on THRIVE.", "")
frow([4823], "4823", "Core Business 2014", "Sep 2014", "Recommendation", "Crime prevention/disruption activity recorded and evaluated", "Supt Neighbourhoods", "GREEN", "Problem solving database in use.", "")
frow([902], "902", "Integrity Matters 2015", "Jan 2015", "Recommendation", "CCs to satisfy themselves misconduct investigations resulting in NFA are fair and free from discrimination", "Head of PSD", "GREEN", "Disproportionality audit of NFA outcomes done annually.", "")
frow([3391], "3391", "Stop & search powers 2 (2015)", "Mar 2015", "Recommendation", "Explain S&S to public and community scrutiny of records, involving young people", "Supt Local Policing", "GREEN", "Scrutiny panel in place.", "")
frow([5120], "5120", "Building the Picture 2015", "Jul 2015", "Recommendation", "Arrangements to scrutinise audits of compliance with APP on info mgmt through IM governance; categorisation of records regularly adjusted", "Head of Information Mgt", "AMBER", "MoPI review cycle.", "")
frow([5407], "5407", "Firearms licensing 2015", "Sep 2015", "Recommendation", "Assess governance of firearms licensing against APP; put arrangements in place where not compliant", "Supt Firearms Licensing", "GREEN", "Self-assessment against APP completed, no gaps.", "")
frow([5408], "5408", "Firearms licensing 2015", "Sep 2015", "Recommendation", "Assess demand on firearms licensing dept & ensure capacity", "Supt Firearms Licensing", "GREEN", "Demand review 2016; 3 extra FEOs.", "")
frow([5409], "5409", "Firearms licensing 2015", "Sep 2015", "Recommendation", "Satisfy ourselves all action taken re 'total expired' licensing records", "Supt Firearms Licensing", "GREEN", "Total expired at zero since March 2024.", "05/04/2024")
frow([5410], "5410", "Firearms licensing 2015", "Sep 2015", "Recommendation", "Temporary permits in line with HO guidance, recorded on NFLMS without delay; no unlawful possession", "Supt Firearms Licensing", "GREEN", "", "")
frow([5411], "5411", "Firearms licensing 2015", "Sep 2015", "Recommendation", "Systems to identify before attendance if incident involves a firearm certificate holder, applied by dispatchers; officers understand risk assessment and power to seize", "Supt Firearms Licensing", "AMBER", "STORM flag live, officer briefing pending.", "")
frow([6710], "6710", "PEEL Effectiveness 2016", "Mar 2017", "Cause of concern", "Response to DA - discretion re DASH completion; risk not always assessed", "Ch Supt Public Protection", "GREEN", "FET agreed all DA incidents risk-assessed. Policy in place.", "")
frow([6711], "6711", "PEEL Effectiveness 2016", "Mar 2017", "AFI", "Effective supervision of initial risk assessment incl. DASH completion", "Ch Supt Public Protection", "GREEN", "Supervisor review built into Niche workflow.", "")
frow([6712], "6712", "PEEL Effectiveness 2016", "Mar 2017", "Cause of concern", "Missing & absent children - risk assessment inappropriate in some cases", "Ch Supt Public Protection", "AMBER", "", "")
frow([6713], "6713", "PEEL Effectiveness 2016", "Mar 2017", "Recommendation", "Review approach to missing children: call takers use missing/absent category correctly; call takers & frontline can identify CSE risk factors", "Ch Supt Public Protection", "AMBER", "Absent category retired Apr 2024.", "")
frow([8201], "8201", "CDI 2017", "Sep 2017", "Recommendation", "CDI rec 1(a) - victims believed at point of report", "Force Crime Registrar", "GREEN", "", "")
frow([8201], "8201", "CDI 2017", "Sep 2017", "Recommendation", "CDI rec 1(b) - call handler/caller conversations summarised accurately on incident log", "Force Crime Registrar", "GREEN", "", "")
frow([8201], "8201", "CDI 2017", "Sep 2017", "Recommendation", "CDI rec 1(c) - multiple crimes always recorded", "Force Crime Registrar", "GREEN", "", "")
frow([8201], "8201", "CDI 2017", "Sep 2017", "Recommendation", "CDI rec 1(d) - stop waiting for medical / video interview results before recording", "Force Crime Registrar", "GREEN", "", "")
frow([8201], "8201", "CDI 2017", "Sep 2017", "Recommendation", "CDI rec 1(e) - online crime reports triaged on receipt for risk", "Supt Contact Centre", "AMBER", "Online triage desk funded from Jan 2025.", "")
frow([8202], "8202", "CDI 2017", "Sep 2017", "Recommendation", "Within 3 months - criteria for call-handlers to assess threat, harm & risk", "Supt Contact Centre", "GREEN", "THRIVE+ embedded.", "19/08/2024")
frow([8203], "8203", "CDI 2017", "Sep 2017", "Recommendation", "Scrutinise audits of compliance w/ APP on information management via IM governance", "Head of Information Mgt", "AMBER", "ToR amended; first audit report to IM Board Dec.", "")
frow([8204], "8204", "CDI 2017", "Sep 2017", "Recommendation", "Improve use of crime recording system to manage case files & investigations", "Force Crime Registrar", "AMBER", "", "")
frow([8205], "8205", "CDI 2017", "Sep 2017", "AFI", "Revise approach to cautions, CWs & PNDs - auditable explanation to offender, victim views recorded", "Head of Criminal Justice", "AMBER", "OOCD panel; audit of victim views due.", "")
frow([8206], "8206", "CDI 2017", "Sep 2017", "AFI", "Crime prevention/disruption activity systematically recorded & evaluated", "Force Crime Registrar", "AMBER", "", "")
frow([8410], "8410", "Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation", "MSHT leadership & governance - senior leaders prioritise MSHT", "Det Supt MSHT lead", "GREEN", "MSHT strategic board chaired by ACC.", "")
frow([8410], "8410", "Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation", "MSHT leadership & governance - every incident allocated appropriate resources", "Det Supt MSHT lead", "GREEN", "", "")
frow([8410], "8410", "Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation", "MSHT leadership & governance - effective partnership arrangements", "Det Supt MSHT lead", "GREEN", "", "")
frow([8410], "8410", "Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation", "MSHT leadership & governance - performance & QA measures for senior leaders", "Det Supt MSHT lead", "GREEN", "Performance pack quarterly.", "")
frow([8411], "8411", "Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation", "Within twelve months, forces should have in place active ISAs with other agencies to facilitate speedy exchange of intelligence to safeguard victims & identify suspects early", "Det Supt MSHT lead", "AMBER", "3 of 5 LAs signed.", "")
frow([8412], "8412", "Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation", "Victims acting under compulsion - early & continuing consideration of s45 defence", "Det Supt MSHT lead", "AMBER", "CPS liaison.", "")
frow([8413], "8413", "Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation", "Comply with NRM process & duty to notify HO of adult victims", "Det Supt MSHT lead", "GREEN", "Audit Aug 2024: 100%.", "")
frow([8414], "8414", "Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation", "NCRS compliance for MSHT offences; audit capacity for FCR", "Force Crime Registrar", "AMBER", "", "")
frow([8415], "8415", "Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation", "MSHT allegations thoroughly investigated & supervised by skilled teams (incl JITs / overseas evidence)", "Det Supt MSHT lead", "AMBER", "", "")
frow([8416], "8416", "Stolen Freedom (MSHT) 2017", "Oct 2017", "Recommendation", "Review use of preventative powers under MSA 2015", "Det Supt MSHT lead", "AMBER", "Quarterly review of STPO/STRO.", "")
frow([8502], "8502", "PEEL Efficiency 17 (all forces)", "Nov 2017", "Recommendation", "Ambitious plan to improve digitally-enabled services", "Head of Digital Services", "GREEN", "Digital strategy 2023-26 approved.", "02/09/2024")
frow([8530], "8530", "PEEL Efficiency 2017", "Nov 2017", "AFI", "Sufficient control room resources to meet resourcing model & demand, incl. workforce wellbeing", "Supt Contact Centre", "AMBER", "Demand review reported to COG Sept 2024.", "")
frow([8540], "8540", "PEEL Legit 17 S&S", "Dec 2017", "Cause of concern", "Forces can't demonstrate S&S consistently reasonable & fair; BAME over-representation", "Supt Local Policing", "AMBER", "", "")
frow([8541], "8514", "PEEL Legit 17 S&S", "Dec 2017", "Recommendation", "By July 2018 monitor comprehensive S&S data: disproportionality by ethnicity; find rates by ethnicity & search type (drugs possession v supply); possession-only drug searches v priorities", "Supt Local Policing", "AMBER", "Dashboard v2 in test.", "")
frow([8542], "8542", "PEEL Legit 17 S&S", "Dec 2017", "Recommendation", "Where disparities found - show public research/analysis done & action taken", "Supt Local Policing", "AMBER", "Linked to 8541.", "")
frow([8543], "8543", "PEEL Legit 17 S&S", "Dec 2017", "Recommendation", "Publish analysis & actions annually from July 2018", "Supt Local Policing", "AMBER", "", "")
frow([8601], "8601", "PEEL Legitimacy 2017", "Dec 2017", "Cause of concern", "Vetting backlog", "Head of PSD", "AMBER", "212 outstanding at end Sept.", "")
frow([8602], "8602", "PEEL Legitimacy 2017", "Dec 2017", "Recommendation", "All staff to have at least lowest level vetting asap; clear backlog and renewals; comply with national vetting guidelines", "Head of PSD", "AMBER", "", "")
frow([9720], "9720", "NCPI 2018", "Nov 2018", "Recommendation", "With children's social care review detention of children (detain only when necessary; early assessment of alternative accomodation; record actions; timely appropriate adults)", "Ch Insp Custody", "GREEN", "Joint protocol signed Jul 2024.", "30/09/2024")
frow([9301], "9301", "PEEL 2018/19", "May 2019", "Recommendation", "Review officers capability & capacity to manage investigative workload", "Det Ch Supt Force CID", "GREEN", "Investigative demand review completed.", "")
frow([9302], "9302", "PEEL 2018/19", "May 2019", "Recommendation", "Review approach to vulnerability with partners", "Ch Supt Public Protection", "AMBER", "", "")
frow([9303], "9303", "PEEL 2018/19", "May 2019", "Recommendation", "Expand skills project to all skills (not just operational) & future skills; inform workforce plans", "Head of Workforce Planning", "AMBER", "", "")
frow([9304], "9304", "PEEL 2018/19", "May 2019", "Recommendation", "Consult public on business planning & feed back changes made", "Director of Finance", "RED", "", "")
frow([9305], "", "PEEL 2021/22", "Jun 2022", "Recommendation", "Ensure regular & active supervision of quality and progress of investigations - supervison to be properly recorded", "Det Ch Supt Force CID", "AMBER", "Supervision QA dip sample Nov.", "")
frow([9306], "9306", "PEEL 2018/19", "May 2019", "Cause of concern", "No capacity/capability to investigate crime effectively", "Det Ch Supt Force CID", "AMBER", "", "")
frow([9307], "9307", "PEEL 2018/19", "May 2019", "Recommendation", "Improve ability to retrieve digital evidence from phones/computers quickly", "Head of Digital Forensics", "RED", "Backlog 9 months.", "")
frow([9308], "9308", "PEEL 2018/19", "May 2019", "Recommendation", "Understand RUI & bail management", "Det Ch Supt Force CID", "AMBER", "", "")
frow([11120], "11120", "Police powers spotlight (Feb 21)", "Feb 2021", "Recommendation", "By July 2021 officers & staff to have effective communication skills in line with NPG on Conflict Management (in addition to existing training)", "Head of L&D", "AMBER", "71% trained.", "")
frow([11121], "11121", "Police powers spotlight (Feb 21)", "Feb 2021", "Recommendation", "Comms skills reinforced through CPD; supervisors debrief using BWV", "Head of L&D", "AMBER", "", "")
frow([11122], "11122", "Police powers spotlight (Feb 21)", "Feb 2021", "Recommendation", "BWV (a) - record entirety of all S&S encounters incl traffic stops & UoF", "Supt Local Policing", "GREEN", "", "")
frow([11122], "11122", "Police powers spotlight (Feb 21)", "Feb 2021", "Recommendation", "BWV (b) - structured internal review of sample of BWV footage", "Supt Local Policing", "GREEN", "", "")
frow([11122], "11122", "Police powers spotlight (Feb 21)", "Feb 2021", "Recommendation", "BWV (c) - external scrutiny panel access to BWV samples", "Supt Local Policing", "AMBER", "Data protection advice awaited.", "")
frow([11123], "11123", "Police powers spotlight (Feb 21)", "Feb 2021", "Recommendation", "HO & NPCC - quality of data on force used to effect S&S; HO to publish", "Supt Local Policing", "WHITE", "Not for the force to deliver.", "")
frow([11124], "11124", "Police powers spotlight (Feb 21)", "Feb 2021", "Recommendation", "Internal monitoring of use of force - understand & explain disproportionate use", "Supt Operational Support", "AMBER", "UoF board monthly.", "")
frow([11801], "11801", "PEEL 2021/22", "Jun 2022", "AFI", "Confidential way for staff to raise concerns; awareness of whistleblowing", "Head of PSD", "GREEN", "Line relaunched Mar 2024.", "")
frow([11802], "11802", "PEEL 2021/22", "Jun 2022", "AFI", "Improve gathering/use of E&D data on workforce", "Head of EDI", "AMBER", "", "")
frow([11804], "11804", "PEEL 2021/22", "Jun 2022", "AFI", "Performance management processes effective", "Head of Corporate Development", "AMBER", "", "")
frow([11805], "11805", "PEEL 2021/22", "Jun 2022", "AFI", "Accurate data & analysis for performance management", "Head of Corporate Development", "RED", "", "")
frow([11806], "11806", "PEEL 2021/22", "Jun 2022", "Recommendation", "Within 6 months improve supervision of investigations - plans set, reviewed, recorded; consistent service to victims", "Det Ch Supt Force CID", "AMBER", "", "")
frow([12903], "12903", "PEEL 2023-25", "Mar 2024", "Recommendation", "By 30/09/24 strategic oversight arrangements to manage risks, performance & improvement plans", "Head of Corporate Development", "AMBER", "Added Oct 2024.", "")
frow([], "", "Local", "", "Local action", "Refresh DA policy following DHR learning (2023)", "Ch Supt Public Protection", "AMBER", "Force's own action - not HMICFRS.", "")
frow([], "", "Local", "", "Local action", "Custody: audit of strip search authorisations for children", "Ch Insp Custody", "GREEN", "Force's own action.", "")

# ---------------------------------------------------------------- truth decisions per HMICFRS item
# id -> (category, why). Items with no force row default to missing_from_force (given here too).
W = {
    1205: ("closeable_submit", "HMICFRS Being progressed; tracker GREEN, submitted 02/09/2024; same ref 1205 and same ask (S&S monitoring)."),
    1206: ("in_sync", "Ref 1206, same S&S public explanation/scrutiny ask; HMICFRS Being progressed, tracker AMBER – both open. SO RAG Green is the staff officer's view, not a status."),
    2321: ("in_sync", "Ref 2321 DA action plan; HMICFRS Being progressed, tracker AMBER – both open."),
    2710: ("closeable_local", "HMICFRS Superseded (closed group); tracker row holds recs 2710 and 2712 together, AMBER – force still open."),
    2711: ("in_sync", "HMICFRS Superseded (closed); tracker GREEN – closed on both."),
    2712: ("closeable_local", "HMICFRS Superseded; same combined tracker row as 2710 (ref '2710 / 2712', 'rec 3' wording), AMBER – force still open."),
    2713: ("closeable_local", "HMICFRS Superseded; tracker 2713 collaboration review AMBER – force still open."),
    3391: ("in_sync", "HMICFRS Superseded (closed); tracker 3391 GREEN – closed on both."),
    4822: ("closeable_local", "HMICFRS No further action required (closed); tracker 4822 RED – force still open."),
    5120: ("in_sync", "Ref 5120, same IM audit scrutiny ask; both open (Being progressed / AMBER)."),
    5407: ("closeable_submit", "Ref 5407 firearms governance v APP; HMICFRS Being progressed, tracker GREEN."),
    5409: ("closeable_submit", "Ref 5409 total expired records; HMICFRS Being progressed, tracker GREEN (submitted 05/04/2024)."),
    5410: ("in_sync", "HMICFRS Complete (closed group); tracker 5410 GREEN – closed on both."),
    5411: ("in_sync", "Ref 5411; both open (Being progressed / AMBER)."),
    6710: ("closeable_submit", "CoC 6710; HMICFRS Being progressed, tracker GREEN."),
    6711: ("conflict", "Ref 6711 and DASH supervision text match, but the tracker types it AFI while HMICFRS has Recommendation (it answers cause of concern 6710). Type disagrees."),
    6712: ("in_sync", "CoC 6712; both open."),
    6713: ("conflict", "Ref 6713 matches, but the tracker lists only two of the three bullets – the supervisors' oversight of missing person enquiries bullet is missing."),
    8201: ("in_sync", "Tracker splits 8201 into five bullet rows 1(a)-(e); four GREEN, 1(e) online triage AMBER, so the item is still open on the force side; HMICFRS Being progressed – both open."),
    8202: ("closeable_submit", "Ref 8202 call-handler THR criteria; HMICFRS Being progressed, tracker GREEN (submitted 19/08/2024)."),
    8203: ("in_sync", "Ref 8203; HMICFRS Being progressed, tracker AMBER – both open (SO RAG Green is not a status)."),
    8204: ("in_sync", "Ref 8204; both open."),
    8205: ("in_sync", "Ref 8205; both open (SO RAG Green, tracker AMBER – both still open)."),
    8206: ("in_sync", "Ref 8206; both open. Not to be confused with national Core Business 4823 (same wording, different report, not on the chase sheet)."),
    8410: ("closeable_submit", "Tracker splits 8410 into its four bullets, all GREEN, so the whole item is done; HMICFRS Being progressed."),
    8411: ("conflict", "Ref 8411 ISAs; tracker says 'Within twelve months', HMICFRS 'Within six months' – timescale disagrees. Both open."),
    8412: ("in_sync", "Ref 8412 s45 defence; both open (SO Green, tracker AMBER)."),
    8413: ("closeable_submit", "Ref 8413 NRM; HMICFRS Being progressed, tracker GREEN."),
    8414: ("in_sync", "Ref 8414; both open."),
    8415: ("in_sync", "Ref 8415; both open."),
    8416: ("in_sync", "Ref 8416; both open."),
    8502: ("closeable_submit", "Ref 8502 digital plan; HMICFRS still Being progressed (SO RAG Blue = submitted, awaiting HMICFRS); tracker GREEN submitted 02/09/2024."),
    8530: ("in_sync", "Ref 8530 control room; lead row under ACC Ops (the Dir Resources entry is only a pointer); both open."),
    8540: ("in_sync", "CoC 8540; both open."),
    8541: ("conflict", "Text is the July 2018 S&S monitoring item 8541 (three strands match), but the tracker's ref reads 8514 – reference disagrees (transposed digits; 8514 is on no list)."),
    8542: ("closeable_local", "HMICFRS Complete (closed group, 30/09/2024); tracker 8542 AMBER – force still open."),
    8543: ("in_sync", "Ref 8543; both open."),
    8544: ("missing_from_force", "Unconscious bias training item 8544 is on the chase sheet (Being progressed) but has no row in the tracker – chase note itself asks who owns it."),
    8601: ("in_sync", "CoC 8601 vetting backlog; both open."),
    8602: ("in_sync", "Ref 8602; full row under DCC (the Dir People entry is only a pointer); both open."),
    9301: ("closeable_submit", "Ref 9301; HMICFRS Being progressed, tracker GREEN."),
    9302: ("in_sync", "Ref 9302; both open."),
    9303: ("in_sync", "Ref 9303; full row under Dir People (Dir Resources has a pointer); both open."),
    9304: ("in_sync", "Ref 9304; both open (tracker RED)."),
    9305: ("conflict", "Tracker row has no ref and files it under PEEL 2021/22, but its wording ('regular & active supervision of quality and progress of investigations… properly recorded') is 9305 from PEEL 2018/19, not 11806 (which has its own row) – report disagrees."),
    9306: ("in_sync", "CoC 9306; both open."),
    9307: ("in_sync", "Ref 9307; both open."),
    9308: ("in_sync", "Ref 9308; both open."),
    9720: ("closeable_submit", "Ref 9720 detention of children; HMICFRS Being progressed, tracker GREEN submitted 30/09/2024."),
    11120: ("conflict", "Ref 11120 matches, but the tracker deadline reads 'By July 2021' where HMICFRS says 'By July 2022' – deadline disagrees."),
    11121: ("in_sync", "Ref 11121; both open."),
    11122: ("in_sync", "Tracker splits 11122 into three BWV rows (a)-(c); (c) panel access AMBER, so still open on the force side; HMICFRS Being progressed – both open."),
    11124: ("in_sync", "Ref 11124; both open (SO Green, tracker AMBER)."),
    11801: ("closeable_submit", "Ref 11801; chase note says HMICFRS agreed closure but the HMICFRS status column still reads Being progressed, so open; tracker GREEN."),
    11802: ("in_sync", "Ref 11802; both open."),
    11803: ("missing_from_force", "Prevention strategy AFI 11803 is on the chase sheet but has no tracker row (chase note: 'not on tracker?')."),
    11804: ("in_sync", "Ref 11804; both open."),
    11805: ("in_sync", "Ref 11805; both open."),
    11806: ("in_sync", "Ref 11806 'improve the supervision of investigations… plans set, reviewed and recorded'; both open. Distinct from 9305."),
    12901: ("missing_from_force", "New PEEL 2023–25 AFI, not yet allocated, no tracker row."),
    12902: ("missing_from_force", "New PEEL 2023–25 AFI, not yet allocated, no tracker row."),
    12903: ("in_sync", "Ref 12903; HMICFRS Awaiting review (open), tracker AMBER – both open."),
    12904: ("missing_from_force", "New PEEL 2023–25 AFI, not yet allocated, no tracker row."),
}
# tracker rows whose item is not on the chase sheet
NOT_ON = {
    1204: "Ref 1204 not on the chase sheet: the footnote says items HMICFRS closed before 1 July 2024 are left off. Query with HMICFRS / close locally (tracker already GREEN).",
    4823: "Ref 4823 (Core Business) not on the chase sheet – left off as closed before 1 July 2024 per footnote. Tracker GREEN.",
    902: "Ref 902 (Integrity Matters) not on the chase sheet – left off as closed before 1 July 2024. Tracker GREEN.",
    5408: "Ref 5408 firearms licensing demand not on the chase sheet – left off as closed before 1 July 2024. Tracker GREEN.",
    11123: "Ref 11123 (Home Office/NPCC data quality) is on HMICFRS's full list but the staff officer left it off the chase sheet (footnote: addressed to HO/NPCC). Not on the list we hold; tracker WHITE.",
}

HEAD = ["#", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI / Cause of concern (HMICFRS wording)",
        "HMICFRS status", "SO RAG", "Lead (below chief officer)", "Chase note (SO to DCC)"]
FHEAD = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI", "Lead Officer", "RAG",
         "Progress update", "Date submitted for closure"]


def build():
    os.makedirs(OUT, exist_ok=True)
    hm_row = {}          # id -> excel row (1-based) of the full item row
    nonitems = []        # (row, reason)

    # ------------------------------------------------------------ HMICFRS chase sheet
    wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
    wb.set_properties({"title": "DCC chase sheet – HMICFRS recommendations by chief officer",
                       "author": "Staff Officer to the DCC", "company": "Severn Vale Police",
                       "created": FIXED})
    ws = wb.add_worksheet("COG chase sheet")
    f_title = wb.add_format({"bold": True, "font_size": 14})
    f_sub = wb.add_format({"italic": True, "font_color": "#595959"})
    f_head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "border": 1, "valign": "top"})
    f_grp = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    f_cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    f_sum = wb.add_format({"italic": True, "bold": True, "top": 1, "bg_color": "#F2F2F2"})
    f_ptr = wb.add_format({"italic": True, "font_color": "#7F7F7F", "border": 1})
    f_key = wb.add_format({"font_size": 9, "text_wrap": False})
    rag_fmt = {k: wb.add_format({"bg_color": c, "border": 1, "valign": "top", "bold": True})
               for k, c in {"Red": "#FF7C80", "Amber": "#FFC000", "Green": "#92D050", "Blue": "#9BC2E6"}.items()}
    for c, w in enumerate([7, 10, 38, 11, 17, 80, 16, 8, 26, 42]):
        ws.set_column(c, c, w)

    r = 0  # 0-based
    ws.write(r, 0, "Severn Vale Police – DCC's chase sheet: HMICFRS recommendations by chief officer", f_title)
    nonitems.append((r + 1, "title"))
    r += 1
    ws.write(r, 0, "Source: HMICFRS definitive list received from the FLL 14/10/2024. Prepared by the Staff Officer to the DCC for Chief Officer Group, 5 November 2024. RAG = SO's view of progress, NOT HMICFRS status.", f_sub)
    nonitems.append((r + 1, "source / purpose note"))
    r += 1
    nonitems.append((r + 1, "blank"))
    r += 1
    ws.write_row(r, 0, HEAD, f_head)
    ws.set_row(r, 30)
    nonitems.append((r + 1, "header row"))
    r += 1
    ws.freeze_panes(r, 0)

    # pass 1 for numbering (pointer rows refer to numbers)
    total_items = 0
    total_open = 0
    for key, title, pfx, entries in GROUPS:
        items = [e for e in entries if e[0] != "PTR"]
        rc = {"Red": 0, "Amber": 0, "Green": 0, "Blue": 0}
        for e in items:
            if e[2]:
                rc[e[2]] += 1
        n_open = sum(1 for e in items if e[1] in (BP, AR))
        if key == "CLOSED":
            head = f"{title}  –  {len(items)} items"
        elif key == "UNALLOC":
            head = f"{title}  –  {len(items)} items (awaiting review)"
        else:
            head = (f"{title}  –  {len(items)} item{'s' if len(items) != 1 else ''}  |  R {rc['Red']} · A {rc['Amber']} · G {rc['Green']} · B {rc['Blue']}")
        ws.merge_range(r, 0, r, 9, head, f_grp)
        nonitems.append((r + 1, f"chief-officer group heading ({key}) with counts"))
        r += 1
        k = 0
        for e in entries:
            if e[0] == "PTR":
                _, iid, txt = e
                ws.write(r, 0, "", f_ptr)
                ws.write(r, 1, f"({iid})", f_ptr)
                ws.merge_range(r, 2, r, 9, "↳ see also: " + txt, f_ptr)
                nonitems.append((r + 1, f"pointer to jointly-owned item {iid}, whose full row is under its lead officer"))
                r += 1
                continue
            iid, st, rag, lead, note = e
            k += 1
            rep, typ, text = T[iid]
            title_, pub = R[rep]
            num = f"{pfx}-{k:02d}"
            ws.write(r, 0, num, f_cell)
            ws.write_number(r, 1, iid, f_cell)
            ws.write(r, 2, title_, f_cell)
            ws.write(r, 3, pub, f_cell)
            ws.write(r, 4, typ, f_cell)
            ws.write(r, 5, text, f_cell)
            ws.write(r, 6, st, f_cell)
            ws.write(r, 7, rag, rag_fmt.get(rag, f_cell))
            ws.write(r, 8, lead, f_cell)
            ws.write(r, 9, note, f_cell)
            assert iid not in hm_row
            hm_row[iid] = r + 1
            r += 1
        total_items += len(items)
        total_open += n_open
        if key == "CLOSED":
            s = f"Sub-total: {len(items)} closed by HMICFRS since 1 July – update force tracker"
        else:
            ready = sum(1 for e in items if e[2] == "Blue")
            short = {"DCC": "DCC", "ACC-OPS": "ACC Ops", "ACC-CRIME": "ACC Crime", "DIR-RES": "Dir Resources", "DIR-PEOPLE": "Dir People", "UNALLOC": "not allocated"}[key]
            s = f"Sub-total {short}: {len(items)} item{'s' if len(items) != 1 else ''}, {n_open} open on HMICFRS list, {ready} submitted / ready to submit (Blue)"
        ws.merge_range(r, 0, r, 9, s, f_sum)
        nonitems.append((r + 1, f"sub-total row ({key})"))
        r += 1
        nonitems.append((r + 1, "blank between groups"))
        r += 1
    ws.merge_range(r, 0, r, 9, f"TOTAL: {total_items} items on this sheet – {total_open} open, {total_items - total_open} closed since 1 July 2024", f_sum)
    nonitems.append((r + 1, "grand total row"))
    r += 2
    nonitems.append((r, "blank"))
    foot = [
        "Key (SO RAG): Red = off track / no owner response; Amber = in progress; Green = on track, evidence being gathered; Blue = submitted to HMICFRS or ready to submit. HMICFRS status column copied from the portal list.",
        "Jointly-owned items appear in full once, under the lead chief officer; other officers' sections carry a grey 'see also' line.",
        "Not shown: 14 items HMICFRS closed before 1 July 2024; 1 item addressed to the Home Office / NPCC (11123, Police powers spotlight).",
        "# = chase sheet number for COG discussion only (D = DCC, OP = ACC Ops, CR = ACC Crime, RS = Dir Resources, PD = Dir People, NA = not allocated, CL = closed). Quote the HMICFRS ID to the FLL.",
    ]
    for line in foot:
        ws.write(r, 0, line, f_key)
        nonitems.append((r + 1, "key / footnote"))
        r += 1
    wb.close()

    # ------------------------------------------------------------ force tracker
    wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
    wb.set_properties({"title": "HMICFRS recommendations tracker", "author": "Organisational Learning",
                       "company": "Severn Vale Police", "created": FIXED})
    ws = wb.add_worksheet("Tracker")
    fh = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
    fc = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    for c, w in enumerate([6, 12, 28, 10, 16, 70, 26, 8, 40, 14]):
        ws.set_column(c, c, w)
    ws.write_row(0, 0, FHEAD, fh)
    ws.autofilter(0, 0, len(F), len(FHEAD) - 1)
    ws.freeze_panes(1, 0)
    force_rows = []
    for n, (ids, ref, rep, pub, typ, text, lead, rag, upd, sub) in enumerate(F, start=1):
        rr = n  # 0-based row index; excel row n+1
        ws.write_number(rr, 0, n, fc)
        if ref.isdigit():
            ws.write_number(rr, 1, int(ref), fc)
        else:
            ws.write(rr, 1, ref, fc)
        for c, v in enumerate([rep, pub, typ, text, lead, rag, upd, sub], start=2):
            ws.write(rr, c, v, fc)
        force_rows.append((f"Tracker!{n + 1}", ids))
    wb.close()

    # ------------------------------------------------------------ truth
    lines = []
    seen_hm = set()
    for frow_, ids in force_rows:
        if not ids:
            lines.append(("", frow_, "not_on_hmicfrs_list", "Force's own local action (no HMICFRS ref, report 'Local'); nothing like it on the chase sheet."))
            continue
        for iid in ids:
            if iid in hm_row:
                cat, why = W[iid]
                lines.append((f"COG chase sheet!{hm_row[iid]}", frow_, cat, why))
                seen_hm.add(iid)
            else:
                lines.append(("", frow_, "not_on_hmicfrs_list", NOT_ON[iid]))
    for iid, row in sorted(hm_row.items(), key=lambda x: x[1]):
        if iid not in seen_hm:
            cat, why = W[iid]
            assert cat == "missing_from_force", iid
            lines.append((f"COG chase sheet!{row}", "", cat, why))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh_:
        fh_.write(buf.getvalue())
    return hm_row, nonitems, force_rows, lines


if __name__ == "__main__":
    hm_row, nonitems, force_rows, lines = build()
    from collections import Counter
    print(len(hm_row), "HMICFRS items;", len(force_rows), "force rows;", len(lines), "truth lines")
    print(Counter(l[2] for l in lines))
    for n in nonitems:
        print("NONITEM", n)
