"""Builder for the db_export_text_cut_255 case (seeded; rebuilds byte for byte)."""
# Copied verbatim from /work/main/reconcile/casegen/texts/ (OGL HMICFRS wording).
NATIONAL = {
    'sas13': ('Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), ['Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.', 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.', 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'], ['National recommendation', 'National recommendation', 'National recommendation']),
    'everyone': ("Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), ["By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."], ['National recommendation']),
    'austerity': ('Policing in austerity: Meeting the challenge', (2014, 7, 22), ["All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.', 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.', 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'], ['National recommendation', 'National recommendation', 'National recommendation', 'National recommendation']),
    'core': ('Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), ['Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.', 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'], ['National recommendation', 'National recommendation']),
    'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), ['By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'], ['National recommendation']),
    'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), ['Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'], ['National recommendation']),
    'picture': ('Building the picture: an inspection of police information management', (2015, 7, 1), ['By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'], ['National recommendation']),
    'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), ['Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.', 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.', 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.', 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.', 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'], ['National recommendation', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation']),
    'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), ['Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.', 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible', 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.', 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.', 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.', 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).', 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'], ['National recommendation', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation']),
    'efc17': ('PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), ["By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."], ['National recommendation']),
    'leg17': ('PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), ['HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.', 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.', 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;', 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.', 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'], ['Cause of concern', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation']),
    'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), ['By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.', 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.', 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.', 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.', 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'], ['National recommendation', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation']),
}
EVERYONE_PLAN_RUN_ON = "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group."
BODIES = [
    'conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them',
    'conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people',
    'expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans',
    'clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of {area}',
    'improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation',
    'ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded',
    'improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed',
    'improve its understanding of suspects released under investigation and the management of those released on bail',
    'put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed',
    'provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk',
    'satisfy itself that it has processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination',
    'undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    'develop its understanding of the links between its outcomes, outputs and costs',
    'develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them',
    'improve its use of its crime-recording and management system to better manage its case files and investigative processes',
    'ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines',
    'consider ways of increasing the use of arrest, ancillary orders and other available powers, in order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice',
    'take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation',
    'cease the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre',
    'review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately;\n• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and\n• supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',
    'establish or improve monitoring of the way officers stop and search people, so that it can be satisfied its officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust',
    'make sure there are appropriate strategic oversight arrangements in place to manage risks, performance and improvement plans effectively',
    'make sure the corporate risk register is actively used to mitigate and manage known risks',
    'make sure all processes in place to support performance management are effective',
    'make sure it has access to accurate data and analysis to support effective performance management',
    'put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies',
    'specify in succession plans how it intends to improve diversity across all levels of the force. This should include offering increased direct-entry opportunities',
    'make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes',
    'review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable',
    'review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics',
    'develop a clear prevention strategy targeting people most at risk and make sure activity undertaken prioritises people most at risk',
    'ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search',
    'ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management',
    'ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage',
    'ensure it has effective internal monitoring processes on the use of force, to help it to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action',
    'in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested',
    'assess how well the governance of firearms licensing in the force meets the standards set out in Authorised Professional Practice',
    'assess the demand placed on its firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times',
    'satisfy itself that all appropriate action is being taken with regard to ‘total expired’ licensing records',
    'ensure that its arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm',
    'ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce',
    'take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases',
    'have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible',
    'ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence',
    'take steps to ensure it fully complies with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking',
    'ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them',
    'review its use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others are exploited',
    'produce an ambitious plan to improve digitally-enabled services within the force',
    'review its plans to deliver savings to ensure it is doing all it can to continue to reduce crime and protect the front line while balancing its budget',
    'consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector',
    'comply with the code of practice by explaining to the public the way stop and search powers are used in its area and by making arrangements for stop and search records to be scrutinised by community representatives',
    'improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service',
    'agree arrangements with {neighbour} to secure a smooth transition to its future operating model, ensuring no disruption to public services',
    'ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents',
    'have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards',
    'immediately review its current background checks arrangements, and make sure that suitable and sufficient background checks are in place to safeguard its staff and the communities it serves',
    'make sure it provides accessible information for all staff and members of the public on how they can raise concerns and access confidential support (including through external agencies)',
    'establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse',
    'revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue',
    'ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed',
    'put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure',
    'ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents',
]
CAUSES = [
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed.",
    'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm.',
    'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    'The size of the vetting backlog within {force} is a cause of concern.',
    'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with {neighbour} ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.',
]

# ---------------------------------------------------------------------------------------------
# Case: db_export_text_cut_255
# The HMICFRS side is the definitive list as the force liaison lead (FLL) sent it: a raw
# export of a database query (Access style: sheet named after the query, field names as
# headers, one row per register record, status as the register's slugs). The query grouped
# records, so every Long Text field (RecommendationText, LastComment) came out cut at exactly
# 255 characters, silently, mid-word, with no ellipsis.
# ---------------------------------------------------------------------------------------------
import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 5025550
rng = random.Random(SEED)

CASE = "db_export_text_cut_255"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Cheshire Constabulary"
CUT = 255
FIXED_STAMP = (2023, 10, 2, 9, 15, 0)


def body(prefix):
    hits = [b for b in BODIES if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


def nat(key, i):
    return NATIONAL[key][2][i]


def d(y, m, day):
    return dt.datetime(y, m, day)


REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# report key -> (HMICFRS ReportTitle, PublicationDate, force tracker's report name)
REPORTS = {k: (v[0], d(*v[1]), None) for k, v in NATIONAL.items()}
TRACKER_NAMES = {
    "sas13": "Stop and Search 2013", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop and Search 2 (2015)",
    "picture": "Building the Picture 2015",
    "firearms": "Targeting the Risk (Firearms Licensing) 2015",
    "stolen": "Stolen Freedom (MSHT) 2017", "efc17": "PEEL Efficiency 17 (all forces)",
    "leg17": "PEEL Legit 17 S&S", "powers": "Police powers spotlight (Feb 21)",
}
for k in list(REPORTS):
    REPORTS[k] = (REPORTS[k][0], REPORTS[k][1], TRACKER_NAMES[k])
REPORTS.update({
    "ncpi16": (f"National child protection inspection 2016 – {FORCE}", d(2016, 6, 14), "NCPI 2016"),
    "eff16": (f"PEEL: Police effectiveness 2016 – {FORCE}", d(2017, 3, 2), "PEEL Effectiveness 2016"),
    "efy16": (f"PEEL: Police efficiency 2016 – {FORCE}", d(2016, 11, 3), "PEEL Efficiency 2016"),
    "leg16": (f"PEEL: Police legitimacy 2016 – {FORCE}", d(2016, 12, 8), "PEEL Legitimacy 2016"),
    "cdi17": (f"Crime data integrity inspection 2017 – {FORCE}", d(2017, 8, 31), "CDI 2017"),
    "eff17": (f"PEEL: Police effectiveness 2017 – {FORCE}", d(2018, 3, 22), "PEEL Effectiveness 2017"),
    "cus18": (f"Report on an unannounced inspection visit to police custody suites in {FORCE} 2018",
              d(2018, 8, 21), "Custody inspection 2018"),
    "peel18": (f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}",
               d(2019, 5, 2), "PEEL 2018/19"),
    "peel21": (f"PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – {FORCE}",
               d(2022, 4, 8), "PEEL 2021/22"),
})

CDI_TEXT = "HMIC recommends that the force should immediately: " + body("put in place arrangements to ensure that:") + "."
SF = nat("stolen", 0)
BWV = nat("powers", 2)

# Each HMICFRS item. cat: in_sync_open, in_sync_closed, submit, local, conflict, missing.
# f: force-side overrides (text, ref, type, report, published, split, status).
ITEMS = [
    # ---- national -------------------------------------------------------------------------
    dict(k="n1", rep="sas13", type=NAT, text=nat("sas13", 0), cat="local"),
    dict(k="n2", rep="sas13", type=NAT, text=nat("sas13", 1), cat="in_sync_closed"),
    dict(k="n3", rep="sas13", type=NAT, text=nat("sas13", 2), cat="in_sync_closed", f=dict(ref=None)),
    dict(k="n4", rep="everyone", type=NAT, text=nat("everyone", 0), cat="in_sync_closed",
         hstat="complete", hcom="SUPERSEDED_COMMENT", f=dict(text=EVERYONE_PLAN_RUN_ON)),
    dict(k="n5", rep="austerity", type=NAT, text=nat("austerity", 0), cat="local", hstat="superseded"),
    dict(k="n6", rep="austerity", type=NAT, text=nat("austerity", 1), cat="missing", hstat="being-progressed"),
    dict(k="n7", rep="austerity", type=NAT, text=nat("austerity", 2), cat="in_sync_closed"),
    dict(k="n8", rep="austerity", type=NAT, text=nat("austerity", 3), cat="submit", f=dict(ref=None)),
    dict(k="n9", rep="core", type=NAT, text=nat("core", 0), cat="in_sync_closed", f=dict(ref=None)),
    dict(k="n10", rep="core", type=NAT, text=nat("core", 1), cat="local"),
    dict(k="n11", rep="integrity", type=NAT, text=nat("integrity", 0), cat="in_sync_open",
         hstat="being-progressed", hcom="MONITORED_COMMENT"),
    dict(k="n12", rep="sas15", type=NAT, text=nat("sas15", 0), cat="in_sync_closed"),
    dict(k="n13", rep="picture", type=NAT, text=nat("picture", 0), cat="submit", f=dict(ref=None)),
    dict(k="n14", rep="firearms", type=NAT, text=nat("firearms", 0), cat="in_sync_closed"),
    dict(k="n15", rep="firearms", type=NAT, text=nat("firearms", 1), cat="submit"),
    dict(k="n16", rep="firearms", type=NAT, text=nat("firearms", 2), cat="missing", hstat="complete"),
    dict(k="n17", rep="firearms", type=NAT, text=nat("firearms", 3), cat="in_sync_closed"),
    dict(k="n18", rep="firearms", type=NAT, text=nat("firearms", 4), cat="local"),
    dict(k="n19", rep="stolen", type=NAT, text=SF, cat="in_sync_open", hstat="being-progressed", f=dict(split=[
        "Within 12 months review leadership & governance arrangements for MSHT so that senior leaders "
        "prioritise the response to modern slavery and human trafficking",
        "MSHT governance review – every incident of modern slavery identified to police is allocated "
        "appropriate resources with the skills, experience and capacity to investigate it effectively",
        "MSHT governance review – develop effective partnership arrangements to co-ordinate activity in "
        "order to share information and safeguard victims",
        "MSHT governance review – performance and QA measures in place to allow senior leaders to assess "
        "the nature and quality of the service provided to victims",
    ])),
    dict(k="n20", rep="stolen", type=NAT, text=nat("stolen", 1), cat="conflict", hstat="being-progressed",
         f=dict(status="open", text="Within twelve months, forces should have in place active ISAs with other "
                "agencies to facilitate speedy exchange of intelligence in order to safeguard victims better "
                "and to identify suspects as early as possible."),
         why="timescale differs: HMICFRS 'Within six months', force 'Within twelve months'"),
    dict(k="n21", rep="stolen", type=NAT, text=nat("stolen", 2), cat="submit"),
    dict(k="n22", rep="stolen", type=NAT, text=nat("stolen", 3), cat="in_sync_open"),
    dict(k="n23", rep="stolen", type=NAT, text=nat("stolen", 4), cat="submit", f=dict(abbrev=True)),
    dict(k="n24", rep="stolen", type=NAT, text=nat("stolen", 5), cat="in_sync_open"),
    dict(k="n25", rep="stolen", type=NAT, text=nat("stolen", 6), cat="local"),
    dict(k="n26", rep="efc17", type=NAT, text=nat("efc17", 0), cat="in_sync_closed"),
    dict(k="n27", rep="leg17", type=COC, text=nat("leg17", 0), cat="in_sync_closed", f=dict(ref=None)),
    dict(k="n28", rep="leg17", type=NAT, text=nat("leg17", 1), cat="submit", hstat="being-progressed",
         hcom="FORCE_UPDATE_SAS"),
    dict(k="n29", rep="leg17", type=NAT, text=nat("leg17", 2), cat="conflict", hstat="being-progressed",
         f=dict(status="done", text="Where forces identify disparities through monitoring, they should "
                "demonstrate to the public that they have carried out research and analysis in an attempt "
                "to understand the reasons for the disparity."),
         why="force text drops the second bullet ('taken action to reduce the disparity, where necessary'), "
             "which is visible inside HMICFRS's first 255 characters"),
    dict(k="n30", rep="leg17", type=NAT, text=nat("leg17", 3), cat="in_sync_open"),
    dict(k="n31", rep="leg17", type=NAT, text=nat("leg17", 4), cat="in_sync_closed"),
    dict(k="n32", rep="powers", type=NAT, text=nat("powers", 0), cat="in_sync_open"),
    dict(k="n33", rep="powers", type=NAT, text=nat("powers", 1), cat="submit", f=dict(abbrev=True)),
    dict(k="n34", rep="powers", type=NAT, text=BWV, cat="local", hstat="complete", f=dict(split=[
        "BWV – record the entirety of all S&S encounters (incl. traffic stops and use of force incidents) "
        "on body-worn video where available",
        "BWV – structured process to regularly review and monitor internally a sufficient sample of "
        "footage, to identify and disseminate learning and hold officers to account",
        "BWV – provide external scrutiny panel members with access to samples of BWV footage of S&S "
        "encounters and use of force incidents (CoP APP safeguards)",
    ])),
    dict(k="n35", rep="powers", type=NAT, text=nat("powers", 3), cat="missing", hstat="being-progressed"),
    dict(k="n36", rep="powers", type=NAT, text=nat("powers", 4), cat="in_sync_open"),
    # ---- force-level ----------------------------------------------------------------------
    dict(k="f15", rep="ncpi16", type=REC, cat="local",
         text="Within three months, the force should " + body("conduct a review, involving its partners") + "."),
    dict(k="f16", rep="ncpi16", type=REC, cat="in_sync_closed",
         text="Immediately, the force should " + body("review its approach to reports of missing children") + "."),
    dict(k="f6", rep="efy16", type=AFI, cat="local",
         text="The force should " + body("undertake further work to gain a fuller understanding") + "."),
    dict(k="f7", rep="efy16", type=AFI, cat="in_sync_closed",
         text="The force should " + body("develop a future workforce plan") + "."),
    dict(k="f8", rep="efy16", type=AFI, cat="local", f=dict(ref=None),
         text=f"{FORCE} should " + body("develop its understanding of the links") + "."),
    dict(k="f9", rep="leg16", type=AFI, cat="submit",
         text="The force should " + body("ensure all staff have received at least the lowest level") + "."),
    dict(k="f10", rep="leg16", type=AFI, cat="in_sync_closed", f=dict(ref=None),
         text="The force should " + body("satisfy itself that it has processes in place") + "."),
    dict(k="f11", rep="leg16", type=AFI, cat="in_sync_open",
         text="The force should " + body("make sure it provides accessible information") + "."),
    dict(k="f1", rep="eff16", type=COC, cat="in_sync_open", text=CAUSES[0]),
    dict(k="f2", rep="eff16", type=REC, cat="submit",
         text="To address this cause of concern, HMIC recommends the force should immediately "
              + body("take steps to ensure that there is effective supervision of the initial") + "."),
    dict(k="f3", rep="eff16", type=REC, cat="in_sync_closed",
         text="HMIC recommends that within six months the force should: "
              + body("improve the supervision of investigations") + ";",
         f=dict(text="Within 6 months improve the supervison of investigations so that investigation plans "
                     "are set, reviewed & recorded & victims receive a consistently good service")),
    dict(k="f4", rep="eff16", type=AFI, cat="conflict", hstat="complete",
         text="The force should " + body("improve its ability to retrieve digital evidence") + ".",
         f=dict(status="done", report="PEEL Effectiveness 2017", published=d(2018, 3, 22)),
         why="report differs: HMICFRS files it under PEEL effectiveness 2016 (pub 02/03/2017), force under "
             "PEEL Effectiveness 2017 (22/03/2018); same ref"),
    dict(k="f5", rep="eff16", type=AFI, cat="in_sync_closed",
         text="The force should " + body("ensure regular and active supervision") + "."),
    dict(k="f12", rep="cdi17", type=REC, cat="submit", text=CDI_TEXT, hstat="awaiting-review",
         hcom="FORCE_UPDATE_CDI", f=dict(split=[
             "CDI R1(a) – at the point of report, victims are believed",
             "CDI R1(b) – conversations between call handlers and callers are summarised accurately in the "
             "incident log, giving attending officers the full facts for crime-recording decisions",
             "CDI R1(c) – multiple crimes are always recorded when described within incident records or "
             "identified as part of other recorded crime investigations",
             "CDI R1(d) – stop the practice of awaiting the results of medical examinations or video "
             "interviews before making crime-recording decisions",
             "CDI R1(e) – online reports of crime are triaged at the point of receipt so any ongoing risks to "
             "the victim or wider public are identified and managed",
         ])),
    dict(k="f13", rep="cdi17", type=AFI, cat="in_sync_open",
         text="The force should " + body("improve its use of its crime-recording") + "."),
    dict(k="f18", rep="eff17", type=AFI, cat="conflict", hstat="being-progressed",
         text="The force should " + body("improve its understanding of suspects released") + ".",
         f=dict(status="open", type="Recommendation"),
         why="type differs: HMICFRS 'Area for improvement', force 'Recommendation'; same ref"),
    dict(k="f19", rep="eff17", type=AFI, cat="in_sync_open",
         text="The force should " + body("take steps to understand and address the reason") + "."),
    dict(k="f20", rep="eff17", type=REC, cat="submit",
         text="Within six months the force should " + body("ensure that it has sufficient resources") + "."),
    dict(k="f14", rep="cus18", type=REC, cat="in_sync_closed",
         text="Within six months the force should " + body("in conjunction with children") + "."),
    dict(k="f21", rep="peel18", type=COC, cat="missing", hstat="being-progressed", text=CAUSES[2]),
    dict(k="f22", rep="peel18", type=REC, cat="in_sync_open",
         text="HMIC recommends that the force should immediately: "
              + body("conduct a review of officers") + "; and"),
    dict(k="f23", rep="peel18", type=REC, cat="submit",
         text="HMIC recommends that within six months the force should: "
              + body("provide call-handlers with specific") + ";"),
    dict(k="f24", rep="peel18", type=AFI, cat="conflict", hstat="being-progressed",
         text="The force should " + body("consider ways of increasing the use of arrest") + ".",
         f=dict(status="open", ref="TRANSPOSED"),
         why="reference differs: force records the HMICFRS ref with two digits transposed; same report, "
             "type and text"),
    dict(k="f25", rep="peel18", type=AFI, cat="in_sync_open",
         text="The force should " + body("make sure the corporate risk register") + "."),
    dict(k="f26", rep="peel21", type=AFI, cat="missing", hstat="awaiting-review",
         text="The force should make sure its analysis of violence against women and girls informs its "
              "strategic assessment and control strategy."),
    dict(k="f27", rep="peel21", type=AFI, cat="in_sync_open", f=dict(ref=None),
         text="The force should " + body("ensure that all officers who use stop and search powers") + "."),
    dict(k="f28", rep="peel21", type=AFI, cat="submit",
         text="The force should improve the timeliness of its response to calls for service involving "
              "domestic abuse."),
    dict(k="f29", rep="peel21", type=AFI, cat="in_sync_open",
         text="The force should " + body("make sure it provides a confidential way") + "."),
]

HM_OPEN_COMMENTS = {
    "MONITORED_COMMENT": "The progress of the implementation of this recommendation is currently being "
                         "monitored by HMICFRS and this record will, in due course, be updated.",
    "REVIEW_COMMENT": "The status of this recommendation is currently being reviewed by HMIC and will be "
                      "updated when this review is complete.",
    "NEW": "New recommendation",
    "FORCE_UPDATE_SAS": "Force update 03/07/2023: Completed. Stop and search dashboard live since April 2022 "
                        "covering disproportionality by ethnicity, find rates by search type (drugs possession "
                        "and supply shown separately) and possession-only drug searches; reviewed monthly at the "
                        "Stop and Search Scrutiny Board and quarterly by the external panel.",
    "FORCE_UPDATE_CDI": "Force update 12/06/2023: CompletedAll five strands delivered - victims are believed at "
                        "point of report (THRIVE+ script), incident summaries audited monthly by the FCR team, "
                        "multiple crimes recorded, no waiting for medical/ABE before recording, online reports "
                        "triaged by the Crime Bureau within 1 hour. Evidence pack with FLL.",
}
HM_CLOSED_COMMENTS = {
    "COMPLETE": "This recommendation is complete",
    "AUTH": "Authorised for closure on the basis of the additional observations offered by members of the "
            "inspection team in recent inspection activity.",
    "SUPERSEDED_COMMENT": "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
                          "inspections. Where a cause of concern still exists this will appear in the register "
                          "against these subsequent inspections.",
}

FORCE_OPEN_PROGRESS = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; policy rewrite and communications plan due end of December 2023.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "New owner agreed at Force Assurance Board 14/09/2023. Update due for next JAC.",
    "Draft procedure with Legal Services; training package being built with L&D.",
]
FORCE_DONE_PROGRESS = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy signed off and in place; dip sample in July 2023 showed compliance.",
    "Signed off by the chief officer lead at Force Assurance Board 14/09/2023.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Delivered through the force change programme; benefits report to FET May 2023.",
]
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody", "DCC",
         "Director of Finance", "Supt Firearms Licensing"]

ABBREV = [(r"modern slavery and human trafficking", "MSHT"), (r"national crime recording standards?(?: \(NCRS\))?", "NCRS"),
          (r"continuing professional development", "CPD"), (r"body-worn video", "BWV"),
          (r"officers and staff", "officers & staff"), (r"stop and search", "S&S")]


def abbreviate(t):
    for pat, rep in ABBREV:
        t = re.sub(pat, rep, t, flags=re.I)
    return t


# --------------------------- HMICFRS ids, statuses, dates -------------------------------------
for _i, _it in enumerate(ITEMS):
    _it["ord"] = _i
ITEMS.sort(key=lambda it: (REPORTS[it["rep"]][1], it["ord"]))
YEAR_BASE = {2013: 1040, 2014: 2290, 2015: 3480, 2016: 5170, 2017: 6880, 2018: 8690, 2019: 9390,
             2021: 10770, 2022: 11460}
last_id = {}
for it in ITEMS:
    y = REPORTS[it["rep"]][1].year
    nxt = last_id.get(y, YEAR_BASE[y]) + rng.randint(1, 9)
    last_id[y] = nxt
    it["id"] = nxt
ids = {it["id"] for it in ITEMS}
assert len(ids) == len(ITEMS)

EXPORT_DAY = d(2023, 9, 29)


def rand_date(lo, hi):
    span = (hi - lo).days
    return lo + dt.timedelta(days=rng.randint(0, max(span, 0)))


for it in ITEMS:
    pub = REPORTS[it["rep"]][1]
    cat = it["cat"]
    hm_open = cat in ("in_sync_open", "submit") or (cat in ("conflict", "missing") and it.get("hstat") in
                                                    (None, "awaiting-review", "being-progressed"))
    if "hstat" not in it:
        if hm_open:
            it["hstat"] = "awaiting-review" if rng.random() < 0.3 else "being-progressed"
        else:
            it["hstat"] = "superseded" if rng.random() < 0.12 else "complete"
    st = it["hstat"]
    if st in ("complete", "superseded"):
        it["hstatdate"] = rand_date(pub + dt.timedelta(days=200), d(2023, 6, 30))
    elif st == "awaiting-review" and pub.year >= 2022:
        it["hstatdate"] = pub + dt.timedelta(days=1)
    elif st == "awaiting-review":
        it["hstatdate"] = rand_date(d(2023, 3, 1), d(2023, 9, 15))
    else:
        it["hstatdate"] = rand_date(max(pub + dt.timedelta(days=60), d(2019, 1, 1)), d(2023, 8, 31))
    key = it.get("hcom")
    if key:
        it["hcomment"] = {**HM_OPEN_COMMENTS, **HM_CLOSED_COMMENTS}[key]
    elif st == "complete":
        it["hcomment"] = rng.choice([HM_CLOSED_COMMENTS["COMPLETE"], HM_CLOSED_COMMENTS["AUTH"], None])
    elif st == "superseded":
        it["hcomment"] = HM_CLOSED_COMMENTS["SUPERSEDED_COMMENT"]
    elif st == "awaiting-review":
        it["hcomment"] = "New recommendation" if pub.year >= 2022 else \
            rng.choice(["Force evidence received - awaiting review by FLL.", None]) if cat == "submit" else None
    else:
        it["hcomment"] = rng.choice([HM_OPEN_COMMENTS["MONITORED_COMMENT"], HM_OPEN_COMMENTS["REVIEW_COMMENT"],
                                     None, None])
    it["hm_closed"] = st in ("complete", "superseded")

# ------------------------------ write the HMICFRS export ---------------------------------------


def cut(s):
    return None if s is None else s[:CUT]


def save_fixed(wb, path):
    wb.properties.creator = "HMICFRS"
    wb.properties.created = dt.datetime(*FIXED_STAMP)
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2023-10-02T09:15:00Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)


OUT.mkdir(parents=True, exist_ok=True)
hm_wb = Workbook()
ws = hm_wb.active
ws.title = "qryDefinitiveList"
HM_HEAD = ["RecID", "ForceName", "ReportTitle", "PublicationDate", "RecType", "RecommendationText",
           "Status", "StatusDate", "LastComment"]
ws.append(HM_HEAD)
for it in ITEMS:
    title, pub, _ = REPORTS[it["rep"]]
    ws.append([it["id"], FORCE, title, pub, it["type"], cut(it["text"]), it["hstat"], it["hstatdate"],
               cut(it["hcomment"])])
    r = ws.max_row
    it["hrow"] = f"{ws.title}!{r}"
    ws.cell(r, 4).number_format = "dd/mm/yyyy"
    ws.cell(r, 8).number_format = "dd/mm/yyyy"
save_fixed(hm_wb, OUT / "hmicfrs.xlsx")

# ------------------------------- the force tracker --------------------------------------------
TRUTH = []  # (hmicfrs_row, force_row, category, why)
CAT_NAME = {"in_sync_open": "in_sync", "in_sync_closed": "in_sync", "submit": "closeable_submit",
            "local": "closeable_local", "conflict": "conflict", "missing": "missing_from_force"}
FORCE_TYPE = {REC: "Recommendation", NAT: "Recommendation", AFI: "AFI", COC: "Cause of Concern"}


def transpose(n):
    s = str(n)
    for i in range(len(s) - 2, 0, -1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if int(t) not in ids:
                return int(t)
    raise AssertionError(n)


frows = []  # dicts for the force sheet, in order
n_counter = 0
lead_of = {}
for rep_key in sorted({it["rep"] for it in ITEMS} | {"cus14", "efy15"},
                      key=lambda k: REPORTS[k][1] if k in REPORTS else {"cus14": d(2014, 5, 20),
                                                                         "efy15": d(2015, 10, 15)}[k]):
    group = [it for it in ITEMS if it["rep"] == rep_key]
    for it in group:
        if it["cat"] == "missing":
            continue
        f = it.get("f", {})
        cat = it["cat"]
        done = (cat in ("in_sync_closed", "submit")) or f.get("status") == "done"
        if "status" in f:
            done = f["status"] == "done"
        n_counter += 1
        lead = rng.choice(LEADS)
        ref = it["id"]
        if "ref" in f:
            ref = transpose(it["id"]) if f["ref"] == "TRANSPOSED" else f["ref"]
        _, pub, tname = REPORTS[it["rep"]]
        base = dict(ref=ref, report=f.get("report", tname), published=f.get("published", pub),
                    type=f.get("type", FORCE_TYPE[it["type"]]), lead=lead)
        if done:
            status = "Proposed for closure" if (cat == "submit" and rng.random() < 0.6) else "Complete"
            progress = rng.choice(FORCE_DONE_PROGRESS)
            sub = rand_date(d(2022, 6, 1), d(2023, 9, 15)) if status == "Proposed for closure" or \
                rng.random() < 0.4 else None
        else:
            status = "Open - off track" if rng.random() < 0.25 else "Open - on track"
            progress = rng.choice(FORCE_OPEN_PROGRESS)
            sub = None
        texts = f.get("split") or [f.get("text") or (abbreviate(it["text"]) if f.get("abbrev") else it["text"])]
        for j, t in enumerate(texts):
            no = str(n_counter) if len(texts) == 1 else f"{n_counter}.{j + 1}"
            frows.append(dict(base, no=no, text=t, status=status, progress=progress if j == 0 else
                              ("As above." if rng.random() < 0.5 else progress), sub=sub, item=it,
                              split=len(texts) > 1))
    # the force's own rows for this report
    if rep_key == "stolen":
        n_counter += 1
        frows.append(dict(no=str(n_counter), ref=None, report=REPORTS["stolen"][2], published=REPORTS["stolen"][1],
                          type="Local action", lead="Det Ch Supt Force CID",
                          text="Force action - Refresh the modern slavery and human trafficking problem profile "
                               "and add it to the control strategy",
                          status="Complete", progress="Problem profile refreshed Feb 2023; MSHT now a control "
                          "strategy priority.", sub=None, item=None,
                          why="force's own local action (no HMICFRS ref), not an HMICFRS item"))
    if rep_key == "leg17":
        n_counter += 1
        frows.append(dict(no=str(n_counter), ref=None, report=REPORTS["leg17"][2], published=REPORTS["leg17"][1],
                          type="Local action", lead="ACC Local Policing",
                          text="Add stop and search measures to the monthly Force Performance pack",
                          status="Open - on track", progress="First version in the October pack.", sub=None,
                          item=None, why="force's own local action (no HMICFRS ref), not an HMICFRS item"))
    if rep_key == "peel21":
        n_counter += 1
        frows.append(dict(no=str(n_counter), ref=None, report=REPORTS["peel21"][2], published=REPORTS["peel21"][1],
                          type="Local action", lead="Ch Supt Public Protection",
                          text="Local action: Dip-sample 50 domestic abuse crime reports each quarter and report "
                               "findings to the Crime Standards Board",
                          status="Open - on track", progress="Q1 and Q2 dip samples done.", sub=None, item=None,
                          why="force's own local action (no HMICFRS ref), not an HMICFRS item"))
    if rep_key == "cus14":
        n_counter += 1
        frows.append(dict(no=str(n_counter), ref=None, report="Custody inspection 2014", published=d(2014, 5, 20),
                          type="Recommendation", lead="Ch Insp Custody",
                          text="The force should ensure that custody staff make a record of all actions taken and "
                               "decisions made on the relevant documentation.",
                          status="Open - on track", progress="Custody record audit scheduled for November 2023.",
                          sub=None, item=None,
                          why="2014 custody report is not on the HMICFRS list at all (the 2018 custody item is a "
                              "different, longer recommendation about detained children); query with HMICFRS"))
    if rep_key == "efy15":
        n_counter += 1
        frows.append(dict(no=str(n_counter), ref=4410, report="PEEL Efficiency 2015", published=d(2015, 10, 15),
                          type="AFI", lead="Director of Finance",
                          text="The force should develop its understanding of the links between its outcomes, "
                               "outputs and costs.",
                          status="Open - on track", progress="Activity-based costing model being rebuilt with "
                          "the new finance system.", sub=None, item=None,
                          why="ref 4410 / PEEL Efficiency 2015 is not on the HMICFRS list; the same wording on the "
                              "list is the PEEL efficiency 2016 AFI, which pairs with the force's 2016 row"))
assert 4410 not in ids

tr_wb = Workbook()
ws2 = tr_wb.active
ws2.title = "HMICFRS Tracker"
ws2.append([f"{FORCE} – HMICFRS Recommendations and Areas for Improvement Tracker"])
ws2.append(["Strategic Planning & Performance (Organisational Learning). Last updated 22/09/2023"])
ws2.append([])
F_HEAD = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI", "Lead", "Status",
          "Progress update", "Submitted for closure"]
ws2.append(F_HEAD)
ws2["A1"].font = Font(bold=True, size=14)
for c in ws2[4]:
    c.font = Font(bold=True)
for fr in frows:
    ws2.append([fr["no"], fr["ref"], fr["report"], fr["published"], fr["type"], fr["text"], fr["lead"],
                fr["status"], fr["progress"], fr["sub"]])
    r = ws2.max_row
    fr["frow"] = f"{ws2.title}!{r}"
    ws2.cell(r, 4).number_format = "dd/mm/yyyy"
    ws2.cell(r, 10).number_format = "dd/mm/yyyy"
    ws2.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
ws2.append([])
ws2.append(["Status key: Open - on track / Open - off track = still being worked; Proposed for closure = "
            "evidence sent to HMICFRS; Complete = signed off by the chief officer lead."])
for col, w in zip("ABCDEFGHIJ", [6, 12, 30, 12, 16, 80, 24, 20, 50, 14]):
    ws2.column_dimensions[col].width = w
save_fixed(tr_wb, OUT / "tracker.xlsx")

# ------------------------------------ truth ---------------------------------------------------


def why_pair(it, fr):
    cat = it["cat"]
    hs = it["hstat"]
    fs = fr["status"]
    cutnote = " (HMICFRS text cut at 255 chars by the export; the rest is not a difference)" \
        if len(it["text"]) > CUT else ""
    splitnote = " (force row is one bullet of the split recommendation)" if fr["split"] else ""
    refnote = "" if fr["ref"] else " (force row has no ref: matched by report and text)"
    if cat == "conflict":
        return it["why"] + cutnote
    word = {"in_sync_open": "open on both", "in_sync_closed": "closed on both",
            "submit": "HMICFRS open, force done", "local": "HMICFRS closed, force open"}[cat]
    return f"{word}: HMICFRS '{hs}', force '{fs}'{refnote}{splitnote}{cutnote}"


for it in ITEMS:
    frs = [fr for fr in frows if fr["item"] is it]
    if not frs:
        assert it["cat"] == "missing"
        TRUTH.append((it["hrow"], "", "missing_from_force",
                      {"n6": "collaboration assessment (austerity 2014) never entered in the tracker",
                       "n16": "'total expired' firearms records item closed by HMICFRS but never in the tracker",
                       "n35": "addressed to the Home Office and NPCC; the force never tracked it (still on its list)",
                       "f21": "PEEL 2018/19 cause of concern: the tracker holds its recommendations but not the "
                              "cause of concern itself",
                       "f26": "new PEEL 2021/22 AFI (awaiting-review, 'New recommendation') not yet loaded"}[it["k"]]))
    for fr in frs:
        TRUTH.append((it["hrow"], fr["frow"], CAT_NAME[it["cat"]], why_pair(it, fr)))
for fr in frows:
    if fr["item"] is None:
        TRUTH.append(("", fr["frow"], "not_on_hmicfrs_list", fr["why"]))

with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for row in TRUTH:
        w.writerow(row)

if __name__ == "__main__":
    from collections import Counter
    print(len(ITEMS), "hmicfrs items;", len(frows), "force rows;", len(TRUTH), "truth lines")
    print(Counter(t[2] for t in TRUTH))
    print("truncated HMICFRS texts:", sum(len(it["text"]) > CUT for it in ITEMS))
