"""Builds the evaluation case powerquery_json_name_value_rows (round 97, case A).
Run: /work/main/.venv/bin/python build_powerquery_json_name_value_rows.py"""
from __future__ import annotations
# Real HMICFRS texts (Open Government Licence), copied verbatim from
# /work/shared/data/real_recommendations.csv and reconcile/casegen/texts/national.py.
TEXTS = {
    'w0': 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    'w1': 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    'w2': 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    'w4': 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;',
    'w5': 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    'w6': 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    'w7': 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.',
    'w8': 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    'w9': 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    'w10': 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    'c18': 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    'v20': 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    'cdi': 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    'core12': 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
    'int13': 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    'n14': 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    'n15': 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    'n16': 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    'h21': 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    'h22': 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.',
    'h23': 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.',
    'h24': 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease',
    'wm25': 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.',
    'wm26': 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',
    's27': 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
    's28': 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
    'l46': 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
    'l47': 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
    'l48': 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
    'l49': 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
    'l50': 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    'p51': 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
    'p52': 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
    'p53': 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
    'p54': 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
    'p55': 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
    'e56': "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.",
    'f58': 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    'f59': 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    'f60': 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    'f61': 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
    'sf_lead': 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.',
    'sf_intel': 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible',
}
TEXTS.update({
    'sf_s45': "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.",
    'sf_nrm': "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.",
    'sf_ncrs': "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.",
    'sf_prev': "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.",
    'dig': "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
})

# report key -> (title as the register holds it, published ISO or None, first register id)
REPORTS = {
    'sas13': ("Stop and search powers: Are the police using them effectively and fairly?", "2013-07-09T00:00:00", 1402),
    'every': ("Everyone's business: Improving the police response to domestic abuse", "2014-03-27T00:00:00", 2321),
    'core': ("Core Business: an inspection into crime prevention, police attendance and the use of police time", "2014-09-04T00:00:00", 4822),
    'integ': ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "2015-01-30T00:00:00", 4903),
    'fire': ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "2015-09-15T00:00:00", 5311),
    'eff15': ("PEEL: Police efficiency 2015 – West Mercia Police", "2015-10-15T00:00:00", 5620),
    'cdi': ("Crime data integrity inspection 2016 – West Mercia Police", "2017-02-09T00:00:00", 6989),
    'eff16': ("PEEL: Police effectiveness 2016 – West Mercia Police", None, 7104),
    'stolen': ("Stolen freedom: the policing response to modern slavery and human trafficking", "2017-10-24T00:00:00", 8311),
    'efc17': ("PEEL: Police efficiency 2017 (national overview)", "2017-11-09T00:00:00", 8470),
    'leg17': ("PEEL: Police legitimacy 2017 (national overview)", "2017-12-12T00:00:00", 8541),
    'peel19': ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", "2019-05-02T00:00:00", 9733),
    'powers': ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", "2021-02-26T00:00:00", 11208),
}
REC, AFI, COC, NAT = 'recommendation', 'area-for-improvement', 'cause-of-concern', 'national-recommendation'
# (key, report, type, cause-of-concern parent key, register status, last comment)
AUTH = "Authorised for closure on the basis of the additional observations offered by members of the inspection team in recent inspection activity."
SUPER = "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where a cause of concern still exists this will appear in the register against these subsequent inspections."
MON = "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated."
ITEMS = [
    ('s27', 'sas13', NAT, None, 'no-further-action-required', None),
    ('s28', 'sas13', NAT, None, 'complete', "This recommendation is complete"),
    ('e56', 'every', NAT, None, 'complete', "This recommendation is complete"),
    ('core12', 'core', NAT, None, 'complete', None),
    ('int13', 'integ', NAT, None, 'complete', "This recommendation is complete"),
    ('f58', 'fire', NAT, None, 'complete', None),
    ('f59', 'fire', NAT, None, 'being-progressed', MON),
    ('f60', 'fire', NAT, None, 'awaiting-review', None),
    ('f61', 'fire', NAT, None, 'awaiting-review', None),
    ('n14', 'eff15', AFI, None, 'awaiting-review', None),
    ('n15', 'eff15', AFI, None, 'complete', None),
    ('n16', 'eff15', AFI, None, 'superseded', None),
    ('cdi', 'cdi', REC, None, 'being-progressed', MON),
    ('h21', 'eff16', COC, None, 'superseded', SUPER),
    ('h22', 'eff16', REC, 'h21', 'complete', "This recommendation is complete"),
    ('h23', 'eff16', REC, 'h21', 'being-progressed', None),
    ('h24', 'eff16', REC, 'h21', 'complete', None),
    ('wm25', 'eff16', COC, None, 'awaiting-review', None),
    ('wm26', 'eff16', REC, 'wm25', 'awaiting-review', None),
    ('sf_lead', 'stolen', NAT, None, 'being-progressed', None),
    ('sf_intel', 'stolen', NAT, None, 'awaiting-review', None),
    ('sf_s45', 'stolen', NAT, None, 'awaiting-review', None),
    ('sf_nrm', 'stolen', NAT, None, 'complete', "This recommendation is complete"),
    ('sf_ncrs', 'stolen', NAT, None, 'being-progressed', None),
    ('sf_prev', 'stolen', NAT, None, 'being-progressed', None),
    ('dig', 'efc17', NAT, None, 'awaiting-review', None),
    ('l46', 'leg17', COC, None, 'being-progressed', None),
    ('l47', 'leg17', NAT, 'l46', 'being-progressed', None),
    ('l48', 'leg17', NAT, 'l46', 'awaiting-review', None),
    ('l49', 'leg17', NAT, 'l46', 'awaiting-review', None),
    ('l50', 'leg17', NAT, 'l46', 'complete', None),
    ('w7', 'peel19', COC, None, 'being-progressed', None),
    ('w8', 'peel19', COC, None, 'being-progressed', None),
    ('w0', 'peel19', REC, 'w8', 'being-progressed', None),
    ('w1', 'peel19', REC, 'w8', 'being-progressed', None),
    ('w2', 'peel19', REC, 'w7', 'awaiting-review', None),
    ('w4', 'peel19', REC, 'w7', 'being-progressed', None),
    ('w5', 'peel19', REC, 'w7', 'complete', "This recommendation is complete"),
    ('w6', 'peel19', REC, 'w8', 'being-progressed', None),
    ('w9', 'peel19', REC, 'w8', 'awaiting-review', None),
    ('w10', 'peel19', REC, 'w8', 'complete', None),
    ('c18', 'peel19', AFI, None, 'being-progressed', None),
    ('v20', 'peel19', REC, None, 'being-progressed', AUTH),
    ('p51', 'powers', NAT, None, 'awaiting-review', None),
    ('p52', 'powers', NAT, None, 'awaiting-review', None),
    ('p53', 'powers', NAT, None, 'being-progressed', None),
    ('p54', 'powers', NAT, None, 'awaiting-review', None),
    ('p55', 'powers', NAT, None, 'being-progressed', None),
]
STATUS_DATE = {'awaiting-review': 0, 'being-progressed': 200, 'complete': 500,
               'superseded': 420, 'no-further-action-required': 380}
LEGACY_BEFORE = 5000  # records migrated from the old register: different field order, no causeOfConcernId

# ---- force tracker rows: (hmicfrs keys, report as the force names it, HMICFRS ID as typed,
#      type, force wording, lead, RAG, update, submitted for closure, category, why)
G, A, R = 'Green', 'Amber', 'Red'
F = [
 # section: older national reports
 (['s27'], 'HMIC Stop & Search 2013', '', 'National', "Define effective & fair use of S&S in APP (with College of Policing) - compliant with Code of Practice", 'Supt Local Policing', G, "APP adopted; force S&S policy rewritten 2015.", '03/11/2015', 'in_sync',
  "Register: no-further-action-required (closed); force Green. Matched by text (no ID on force row): APP specification of effective and fair stop and search."),
 (['s28'], 'HMIC Stop & Search 2013', '1403', 'National', "Establish/improve monitoring of officers' use of stop and search - lawful, effective, maintains public trust", 'Supt Local Policing', G, "S&S scrutiny panel and monthly dip sampling in place.", '03/11/2015', 'conflict',
  "Text is plainly register item 1405 (monitoring the way officers stop and search) and both sides are closed/done, but the force row cites HMICFRS ID 1403, an id that is not on the list: reference disagrees."),
 (['f60'], 'HMIC Stop & Search 2013', '', 'National', "Immediately satisfy ourselves all action taken re 'total expired' licensing records", 'Firearms Licensing Manager', A, "Backlog of total expired records being worked through.", '', 'conflict',
  "Text is register item 5317 (Targeting the risk, ‘total expired’ licensing records) but the force filed it under the 2013 stop and search report: report disagrees. (Register open, force Amber.)"),
 (['e56'], "Everyone's Business (DA) 2014", '', 'National', "Publish DA action plan by Sept 2014 (consult PCC, DA orgs, victims; consider DHRs & IPCC findings; CPS panels/MARAC)", 'D/Supt PVP', G, "Plan published Sept 2014, refreshed annually.", '30/09/2014', 'in_sync',
  "Register complete; force Green. Matched by text: domestic abuse action plan by September 2014."),
 (['core12'], 'Core Business 2014', '', 'National', "Give call handlers clear THR criteria (not later than 31/03/2015)", 'Ch Insp OCC', 'Complete', "THRIVE introduced in OCC Feb 2015.", '31/03/2015', 'in_sync',
  "Register complete; force 'Complete'. Matched by text: threat, harm and risk criteria for call-handlers, same deadline."),
 (['int13'], 'Integrity Matters 2015', '', 'National', "Satisfy ourselves misconduct investigations ending in NFA are fair and free of discrimination (by 31 Aug 15)", 'Head of PSD', A, "Disproportionality review of NFA outcomes re-opened after 2022 audit.", '', 'closeable_local',
  "Register complete (closed); force still Amber (open): the force can close its own entry."),
 (['f58', 'f59'], 'Firearms Licensing 2015', '', 'National', "Within 3 months: (a) assess governance of firearms licensing vs APP and fix gaps; (b) assess demand on FLU & ensure capacity", 'Firearms Licensing Manager', A, "Governance review done 2016. Capacity still short - 2 vacancies.", '', None, None),
 (['f61'], 'Firearms Licensing 2015', '', 'National', "Temporary permits - follow HO guidance, record on NFLMS without delay, no unlawful possession", 'Firearms Licensing Manager', A, "Audit of temp permits scheduled Q2.", '', 'in_sync',
  "Register awaiting-review (open); force Amber. Matched by text: temporary permits / NFLMS."),
 # PEEL efficiency 2015
 (['n14'], 'PEEL Efficiency 2015', '', 'Rec', "Better understanding of current and future demand so resources can be matched to demand", 'Head of Strategic Planning', A, "Demand modelling with Warwickshire ended with alliance; new model in build.", '', 'conflict',
  "Text is register item 5620 (understand current and likely future demand); register types it area-for-improvement, force records 'Rec': type disagrees."),
 (['n15'], 'PEEL Efficiency 2015', '', 'AFI', "Understand links between outcomes, outputs and costs", 'Head of Finance', G, "Priority based budgeting complete.", '12/06/2017', 'in_sync',
  "Register complete; force Green."),
 (['n16'], 'PEEL Efficiency 2015', '', 'AFI', "Future workforce plan aligned to demand & budget (resource allocation, skills mix, behaviours)", 'Head of HR', G, "Superseded by Workforce Plan 2019-23.", '', 'in_sync',
  "Register superseded (closed); force Green (done): both closed."),
 # CDI - split into three rows by the force
 (['cdi'], 'CDI 2016', '6989', 'Rec', "CDI 1a - at point of report victims are believed", 'Force Crime Registrar', G, "Victim believed message in all OCC training.", '', 'in_sync',
  "Part 1 of 3 of register 6989 (the force split the five bullets over three rows; ID 6989 on each). Register being-progressed (open); parts Green, Green, Amber: not every part done, so the item is open on both sides."),
 (['cdi'], 'CDI 2016', '6989', 'Rec', "CDI 1b - call summaries accurate in incident log; multiple crimes always recorded", 'Force Crime Registrar', G, "Audit Q3 2023: 94% compliance.", '', 'in_sync',
  "Part 2 of 3 of register 6989; same decision as the item: open on both sides (part 3 is Amber)."),
 (['cdi'], 'CDI 2016', '6989', 'Rec', "CDI 1c - stop waiting for medical/ABE results before recording; triage online crime reports for risk", 'Force Crime Registrar', A, "Online reporting triage not yet live (Single Online Home go-live delayed).", '', 'in_sync',
  "Part 3 of 3 of register 6989, still Amber: the item stays open, register open: in_sync (not closeable)."),
 # PEEL effectiveness 2016
 (['h21'], 'PEEL Effectiveness 2016', '', 'CoC', "CoC - DA approach unacceptable: victims not supporting investigations, low use of arrest & prosecution", 'D/Supt PVP', A, "DA improvement plan ongoing.", '', 'closeable_local',
  "Register shows the cause of concern superseded (closed; comment says it was re-inspected in later PEEL) while the force keeps it Amber: close locally."),
 (['h22'], 'PEEL Effectiveness 2016', '', 'Rec', "Increase use of arrest, ancillary orders & other powers in DA cases", 'D/Supt PVP', G, "Arrest rate 71% (was 44%).", '20/12/2017', 'in_sync',
  "Register complete; force Green."),
 (['h23'], 'PEEL Effectiveness 2016', '', 'Rec', "Understand and address why so many DA victims don't support the investigation", 'D/Supt PVP', A, "Victim attrition research with university partner.", '', 'in_sync',
  "Register being-progressed; force Amber."),
 (['h24'], 'PEEL Effectiveness 2016', '', 'Rec', "Stop DA risk assessments over phone / DA in resolution centre", 'Ch Insp OCC', G, "Ceased Jan 2017.", '15/01/2017', 'in_sync',
  "Register complete; force Green."),
 (['wm25'], 'PEEL Effectiveness 2016', '', 'CoC', "CoC - response to missing & absent children (risk assessment, CSE indicators)", 'D/Supt PVP', A, "Missing persons review underway.", '', 'in_sync',
  "Register awaiting-review (open); force Amber."),
 (['wm26'], 'PEEL Effectiveness 2016', '', 'Rec', "Review approach to missing children - call takers use missing/absent correctly; CSE risk factors; supervisor oversight of MISPER enquiries", 'D/Supt PVP', G, "Absent category withdrawn; CSE training delivered to all call takers.", '02/02/2024', 'closeable_submit',
  "Register awaiting-review (open); force Green with a submission date: submit for closure."),
 # Stolen Freedom 2017
 (['sf_lead'], 'Stolen Freedom (MSHT) 2017', '8311', 'National', "Within 12 months review MSHT leadership & governance so that: • senior leaders prioritise MSHT; • every MSHT incident gets appropriate resources with right skills; • effective partnership arrangements to share info & safeguard victims", 'D/Supt Serious & Organised', A, "MSHT board meets quarterly.", '', 'conflict',
  "ID 8311 matches; the register text has four bullets, the force row only three (the performance and quality assurance bullet is missing): missing bullet."),
 (['sf_intel'], 'Stolen Freedom (MSHT) 2017', '8314', 'National', "Within twelve months have active info sharing agreements with other agencies to speed up exchange of intel, safeguard victims & identify suspects early", 'D/Supt Serious & Organised', A, "ISAs with 3 of 5 LAs signed.", '', 'conflict',
  "ID 8314 matches; register says 'Within six months', force row says 'Within twelve months': timescale disagrees."),
 (['sf_nrm'], 'Stolen Freedom (MSHT) 2017', '8320', 'National', "Comply with NRM process & duty to notify Home Office of adult victims (MSA 2015)", 'D/Supt Serious & Organised', G, "", '14/05/2018', 'in_sync',
  "Register complete; force Green."),
 (['sf_ncrs'], 'Stolen Freedom (MSHT) 2017', '8323', 'National', "Full NCRS compliance for MSHT offences + audit capacity for FCR", 'Force Crime Registrar', G, "MSHT added to FCR audit plan; 2023 audit 98%.", '11/01/2024', 'closeable_submit',
  "Register being-progressed (open); force Green, submitted: submit for closure."),
 (['sf_invest'], 'Stolen Freedom (MSHT) 2017', '8332', 'National', "MSHT allegations thoroughly investigated & supervised by skilled teams (incl. JITs / overseas evidence)", 'D/Supt Serious & Organised', A, "Dedicated MSHT team from April.", '', 'not_on_hmicfrs_list',
  "The force quotes ID 8332 but there is no register record 8332 and no listed text about MSHT investigation and supervision: not on the list (query with HMICFRS)."),
 (['dig'], 'PEEL Efficiency 2017', '8470', 'National', "Produce ambitious plan to improve digitally-enabled services (by Sept 2018)", 'Head of ICT', A, "Digital strategy refresh in draft.", '', 'in_sync',
  "Register awaiting-review; force Amber; ID matches."),
 # Legitimacy 2017
 (['l46'], 'PEEL Legitimacy 2017', '8541', 'CoC', "CoC - can't show S&S use is reasonable and fair; BAME over-representation unexplained", 'Supt Local Policing', A, "", '', 'in_sync',
  "Register being-progressed; force Amber."),
 (['l47'], 'PEEL Legitimacy 2017', '8544', 'National', "By July 2018 monitor comprehensive S&S data: disproportionality, find rates by ethnicity/search type, possession-only drug searches", 'Supt Local Policing', A, "Power BI S&S dashboard live; drugs find-rate split outstanding.", '', 'in_sync',
  "Register being-progressed; force Amber; ID matches."),
 (['l48'], 'PEEL Legitimacy 2017', '8547', 'National', "Where disparities found, show public research/analysis done and action taken to reduce", 'Supt Local Policing', G, "Annual disproportionality report published.", '05/02/2024', 'closeable_submit',
  "Register awaiting-review (open); force Green, submitted."),
 (['l50'], 'PEEL Legitimacy 2017', '8553', 'National', "All S&S officers trained on unconscious bias & APP", 'Head of Learning & Development', G, "", '30/07/2018', 'in_sync',
  "Register complete; force Green."),
 # PEEL 2018/19
 (['w7'], 'PEEL 2018/19', '9733', 'CoC', "CoC 1 - alliance exit: maintain full range of services; gaps in skills assessment, investigation and safeguarding", 'ACC Local Policing', A, "Post-alliance transition programme.", '', 'in_sync',
  "Register being-progressed; force Amber."),
 (['w8'], 'PEEL 2018/19', '9736', 'CoC', "CoC 2 - capacity/capability to investigate crime effectively", 'ACC Crime', A, "Investigative standards programme.", '', 'in_sync',
  "Register being-progressed; force Amber."),
 (['w0'], 'PEEL 2018/19', '9739', 'Rec', "Review officers' capabilities & capacity to manage investigative workload", 'D/Supt Crime', A, "Workload review reported to COG.", '', 'in_sync',
  "Register being-progressed; force Amber."),
 (['w1'], 'PEEL 2018/19', '9742', 'Rec', "Review approach to vulnerability with partners", 'D/Supt PVP', G, "Vulnerability review complete, signed off at COG.", '19/12/2023', 'closeable_submit',
  "Register being-progressed (open); force Green, submitted: submit for closure."),
 (['w2'], 'PEEL 2018/19', '9745', 'Rec', "Widen skills project to all skills (not just operational) incl. future skills - to inform workforce plans", 'Head of HR', A, "", '', 'in_sync',
  "Register awaiting-review; force Amber."),
 (['w4'], 'PEEL 2018/19', '9748', 'Rec', "Define new operating model - all services affordable and fit to protect West Mercia", 'ACC Local Policing', R, "Model not agreed - budget gap.", '', 'in_sync',
  "Register being-progressed; force Red (open)."),
 (['w5'], 'PEEL 2018/19', '9751', 'Rec', "Consult public on business planning and feed back on changes made", 'Head of Corporate Comms', G, "", '01/04/2020', 'in_sync',
  "Register complete; force Green."),
 (['w6'], 'PEEL 2018/19', '9754', 'Rec', "Within 6 months - regular & active supervision of investigations, properly recorded", 'D/Supt Crime', A, "Supervision template in Niche.", '', 'in_sync',
  "Register being-progressed; force Amber; timescale the same (six months)."),
 (['w9'], 'PEEL 2018/19', '9757', 'Rec', "Within 6 months - faster retrieval of digital evidence (phones, computers etc.)", 'Head of Digital Forensics', G, "Kiosks in all hubs; backlog < 30 days.", '08/01/2024', 'closeable_submit',
  "Register awaiting-review (open); force Green, submitted."),
 (['w10'], 'PEEL 2018/19', '9760', 'Rec', "Within 6 months - understand RUI suspects & management of those on bail", 'D/Supt Crime', A, "RUI review re-opened after Bail Act changes 2022.", '', 'closeable_local',
  "Register complete (closed); force Amber: close locally."),
 (['c18'], 'PEEL 2018/19', '9763', 'AFI', "Better use of crime recording & management system for case files & investigations", 'D/Supt Crime', A, "", '', 'in_sync',
  "Register being-progressed; force Amber."),
 (['v20'], 'PEEL 2018/19', '9766', 'Rec', "All staff vetted to at least lowest level ASAP; clear backlog and renewals; comply with national vetting guidelines", 'Head of Vetting', G, "Backlog cleared Oct 2023.", '30/11/2023', 'closeable_submit',
  "Register status is still being-progressed although its last comment says 'Authorised for closure…': the status field decides, so open; force Green: submit (ask HMICFRS to update the status)."),
 # Disproportionate use of police powers 2021
 (['p51'], 'Police Powers Spotlight 2021', '11208', 'National', "By July 2022 effective communication skills in line with NPG on Conflict Management", 'Head of Learning & Development', A, "", '', 'in_sync',
  "Register awaiting-review; force Amber."),
 (['p52'], 'Police Powers Spotlight 2021', '11211', 'National', "By July 2021 reinforce comms skills in CPD; supervisors debrief using BWV", 'Head of Learning & Development', A, "", '', 'in_sync',
  "Register awaiting-review; force Amber."),
 (['p53'], 'Police Powers Spotlight 2021', '11214', 'National', "BWV (1) - record entire S&S encounter incl. traffic stops and UoF", 'Supt Local Policing', G, "BWV policy amended.", '22/01/2024', 'closeable_submit',
  "Part 1 of 3 of register 11214 (three asks split over three rows); every part Green, register being-progressed (open): submit."),
 (['p53'], 'Police Powers Spotlight 2021', '11214', 'National', "BWV (2) - structured internal review of BWV sample; disseminate learning", 'Supt Local Policing', G, "Monthly dip sample by PSD.", '22/01/2024', 'closeable_submit',
  "Part 2 of 3 of register 11214; all parts done: submit."),
 (['p53'], 'Police Powers Spotlight 2021', '11214', 'National', "BWV (3) - external scrutiny panel access to BWV footage", 'Supt Local Policing', G, "Panel viewing sessions since June 2023.", '22/01/2024', 'closeable_submit',
  "Part 3 of 3 of register 11214; all parts done: submit."),
 (['p55'], 'Police Powers Spotlight 2021', '11220', 'National', "By July 2021 internal monitoring of use of force - identify/explain disproportionality", 'Supt Local Policing', A, "UoF dashboard in test.", '', 'in_sync',
  "Register being-progressed; force Amber."),
 # the force's own entries with no register item
 ([], 'Policing in Austerity 2014', '', 'National', "Review collaboration plans before next spending round (value for money, joint working)", 'Director of Finance', G, "Superseded by alliance exit.", '', 'not_on_hmicfrs_list',
  "No register record mentions austerity, spending rounds or collaboration plans: not on the list."),
 ([], 'Custody (HMIP/HMICFRS) 2019', '', 'Rec', "Custody - improve recording of detainee risk assessments & rousing checks", 'Ch Insp Custody', A, "Custody audit monthly.", '', 'not_on_hmicfrs_list',
  "Joint custody inspection item; no register record on custody at all: not on the list."),
]
FIREARMS_WHY = {
 'f58': ("closeable_local", "Force row holds two register items in one cell, (a) and (b). Part (a) is register 5311 (governance of firearms licensing vs APP), complete on the register; the shared row is Amber, so the force still shows it open: close locally (or split the row)."),
 'f59': ("in_sync", "Part (b) of the same force row is register 5314 (demand on the firearms licensing department), being-progressed; force Amber: open on both."),
}
MISSING_WHY = {
 'sf_s45': "Register 8317 (section 45 defence for victims acting under compulsion) is awaiting-review; no tracker row speaks of the section 45 defence.",
 'sf_prev': "Register 8326 (review of preventative powers under the Modern Slavery Act) is being-progressed; no tracker row mentions preventative orders.",
 'l49': "Register 8550 (publish the analysis and actions annually from July 2018) is awaiting-review; the tracker's legitimacy rows stop at monitoring, disparities and training.",
 'p54': "Register 11217 (Home Office and NPCC data quality on use of force in stop and search) is awaiting-review; not in the tracker (it is addressed to other bodies, but it is on the force's list).",
}

README = """# powerquery_json_name_value_rows — the definitive list as Power Query Name/Value rows

## Story

West Mercia Police's organisational-learning analyst no longer gets the definitive list as a
spreadsheet: the force liaison lead gave her read access to the register's JSON feed. She pulled it
into Excel with Power Query (*Data → Get Data → From Web*), and because the records did not all have
the same fields she did not expand them into columns: her query turns each record into rows with
`Record.ToTable` (one row per field, columns **Name** and **Value**), adds the record's id as
**Record.id**, and appends the three pages the API returned. She also expanded the nested `report`
record first, so its fields are named `report.title` and `report.published`. The nested
`statusHistory` list was never expanded, so Excel shows the literal text `[List]`. She loaded the
result to a table named `Query1` and saved it as `hmicfrs.xlsx` for the reconciliation before the
Joint Audit Committee. The force side is the ordinary tracker her team keeps.

The recommendation texts are real public HMICFRS wording (Open Government Licence) from several
forces' reports and national reports, all attributed here to West Mercia Police; register ids,
statuses, status dates, comments, leads, RAGs and updates are invented (the comment wordings are
the real register comments quoted in the project's research).

## Files

- `hmicfrs.xlsx` — one sheet `Query1`, an Excel table (`Table Style Medium 7`), header in row 1:
  `Record.id | Name | Value`; {n_rows} rows in all (rows 2–{n_rows} are records). {n_items} register items.
  - `Record.id`: the register id (a plain integer, as on the old public register), repeated on every
    field row of the item; empty on the page-metadata rows.
  - `Name`: the JSON field: `id, forceSlug, report.title, report.published, type, causeOfConcernId,
    text, status, statusDate, statusHistory, lastComment` for records created in the current system;
    records migrated from the old register (ids below 5000, e.g. the block starting at row
    {legacy_example}) have another field order (`id, report.title, report.published, type, status,
    statusDate, text, lastComment, statusHistory, forceSlug, legacyRef`), no `causeOfConcernId` and an extra
    `legacyRef` ("HMIC/2015/11"), compare the block at row {new_example}.
  - `Value`: numbers stay numbers (ids), dates are ISO text (`2019-05-02T00:00:00`), JSON `null` is an
    empty cell (Power Query keeps null fields, so the row exists with nothing in Value), texts keep
    their line breaks and bullets, `[List]` for the unexpanded status history.
  - Type slugs: `recommendation`, `area-for-improvement`, `cause-of-concern`,
    `national-recommendation`. Status slugs: `awaiting-review`, `being-progressed` (open);
    `complete`, `superseded`, `no-further-action-required` (closed).
- `tracker.xlsx` — one sheet `HMICFRS Recs`: title in row 1, a note in row 2, row 3 blank, header in
  row 4: `No. | HMICFRS ID | Report | Type | Recommendation / AFI (summary) | Lead | RAG | Latest update
  | Date submitted for closure`; item rows {f_first}–{f_last} ({n_force} rows); RAG key {legend_start}–{legend_end}.
  RAG values Green / Complete (done), Amber / Red (open); colour fills match the words.
  The force's own short report names and its own abbreviated wording; HMICFRS ID typed for the
  2017-onward reports only.
- `truth.csv` — {n_truth} lines.

## Provenance of an HMICFRS item

An item is a block of consecutive rows sharing one `Record.id`. Its provenance in `truth.csv` is the
**first row of its block** (the row whose Name is `id`). The blocks:

| register id | report, type | rows |
|---|---|---|
{blocks}

## What the layout brings

1. **One field per row**: an item is 11 rows; the item's text, type, report and status must be
   gathered from its block by `Record.id`. A reader keyed on row-per-item sees ~{n_rows} "items".
2. **Page metadata rows** with no `Record.id` at rows {meta} (`meta.page`, `meta.pageSize`,
   `meta.totalRecords`, `meta.nextCursor`): the start of each page, not items. `meta.totalRecords`
   says {n_items}.
3. **A repeated record**: the API's cursor returned the last record of page 1 again at the start of page 2.
   Register {dup_id} appears at rows {dup_first}–{dup_first_end} and again, identical, at rows
   {dup_a}–{dup_b}. It is one item; the second block is a duplicate, not an item (truth cites the
   first block).
4. **Two field orders / schemas** (migrated vs current records, see Files): position in the block is
   not a field; `legacyRef` exists only on old records; `causeOfConcernId` only on new ones.
5. **Empty values**: `lastComment` null on most items, `causeOfConcernId` null on non-child items,
   `report.published` null for the PEEL effectiveness 2016 report.
6. **`[List]`** in every `statusHistory` row: Power Query's placeholder, no data.
7. **Status in two places**: the `status` slug is the current state; `lastComment` sometimes reads
   otherwise (trap below).

## Traps and how the truth decides them

- **Status vs comment** (register block {v20_h}, force row {v20_row}): `status` is `being-progressed` but
  `lastComment` says "Authorised for closure…". The status field decides: open. Force Green, submitted →
  `closeable_submit`.
- **Superseded cause of concern** (block {h21_h}, force row {h21_row}): status `superseded` with the
  "subsequently been inspected…" comment → closed; force Amber → `closeable_local`. Block {n16_h}
  (superseded AFI) against a Green row is `in_sync` (both closed).
- **Split recommendation**: crime data integrity (register 6989, five bullets) is three force rows
  ({cdi_rows}), Green, Green, Amber → not all parts done; register open → `in_sync` on all three
  lines. Body-worn video (register 11214) is three rows ({bwv_rows}), all Green; register open →
  `closeable_submit` on all three.
- **Two items in one row** (force row {fire_row}): firearms licensing governance (a) and demand (b) in
  one cell, Amber. Two truth lines: governance is complete on the register → `closeable_local`; demand
  is being-progressed → `in_sync`.
- **Wrong reference** (force row {s28_row}): the text is the 2013 stop and search monitoring
  recommendation (register 1405, both closed) but the force typed ID 1403, not on the list → `conflict`.
- **Wrong report** (force row {f60_row}): the 'total expired' licensing records recommendation filed under
  the force's "HMIC Stop & Search 2013" heading → `conflict`.
- **Type** (force row {n14_row}): register `area-for-improvement`, force "Rec" → `conflict`.
- **Missing bullet** (force row {lead_row}): Stolen freedom leadership recommendation, four bullets on the
  register, three on the force row (no performance/quality-assurance bullet) → `conflict`.
- **Timescale** (force row {intel_row}): "Within six months" on the register, "Within twelve months" on
  the force row → `conflict`.
- **ID not on the register** (force row {inv_row}): ID 8332 and a Stolen freedom text the list does not
  hold → `not_on_hmicfrs_list`; its neighbour 8326 (preventative powers) has no force row →
  `missing_from_force`.
- The tracker's `No.` is a running number, not a register reference.
- No `review` lines: every pair could be decided by eye.

## Counts (truth lines)

| category | lines |
|---|---|
{counts}

## Rows that are not items

- `hmicfrs.xlsx` Query1 row 1: table header.
- Query1 rows {meta}: page metadata records (no `Record.id`).
- Query1 rows {dup_a}–{dup_b}: second copy of register {dup_id} (duplicate from the page cursor).
- Every other row of a block beyond its first row: fields of the item cited by the block's first row.
- `tracker.xlsx` HMICFRS Recs rows 1–2: title and note; row 3 blank; row 4 header; row {f_last} + 1 blank;
  rows {legend_start}–{legend_end}: RAG key.

## Checks run

- Every force item row appears in truth.csv (once, twice for the two-item row); every HMICFRS item's
  first block row appears at least once (asserted in the builder).
- Both workbooks read back with pandas (`read_excel`, header rows as stated) and openpyxl; the
  number of distinct `Record.id` values equals `meta.totalRecords`.
- Two builds compared byte for byte (fixed seed, fixed document properties, zip timestamps rewritten).
"""


# --------------------------------------------------------------------------------------------
import csv, datetime, io, os, random, zipfile
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = 'powerquery_json_name_value_rows'
OUT = os.path.join(HERE, CASE)
random.seed(97)
FIXED = datetime.datetime(2024, 3, 4, 9, 15, 0)
FORCE_SLUG = 'west-mercia'


def add_days(iso, n):
    d = datetime.date.fromisoformat(iso[:10]) + datetime.timedelta(days=n)
    return d.isoformat() + 'T00:00:00'


def register_records():
    ids, recs = {}, []
    count = {}
    for key, rep, typ, parent, status, comment in ITEMS:
        i = count.get(rep, 0); count[rep] = i + 1
        ids[key] = REPORTS[rep][2] + 3 * i
    for key, rep, typ, parent, status, comment in ITEMS:
        title, pub, _ = REPORTS[rep]
        base = pub or '2017-03-02T00:00:00'
        sdate = add_days(base, STATUS_DATE[status] + (ids[key] % 7)) if status != 'awaiting-review' else base
        rid = ids[key]
        if rid < LEGACY_BEFORE:   # migrated from the old register
            fields = [('id', rid), ('report.title', title), ('report.published', pub), ('type', typ),
                      ('status', status), ('statusDate', sdate), ('text', TEXTS[key]),
                      ('lastComment', comment), ('statusHistory', '[List]'), ('forceSlug', FORCE_SLUG),
                      ('legacyRef', 'HMIC/%s/%02d' % (pub[:4], ids[key] % 100))]
        else:
            fields = [('id', rid), ('forceSlug', FORCE_SLUG), ('report.title', title), ('report.published', pub),
                      ('type', typ), ('causeOfConcernId', ids[parent] if parent else None),
                      ('text', TEXTS[key]), ('status', status), ('statusDate', sdate),
                      ('statusHistory', '[List]'), ('lastComment', comment)]
        recs.append((key, rid, fields))
    return ids, recs


def write_hmicfrs(path, recs):
    """Power Query output: JSON pages from the register API, each record turned into Name/Value rows
    (Record.ToTable) and the pages appended; loaded to a table on sheet Query1."""
    rows = []  # (Record.id, Name, Value, key or None, kind)
    pages = [recs[0:20], recs[19:39], recs[39:]]   # cursor bug: page 2 starts again at record 20
    total = len(recs)
    first_row = {}
    dup_rows = []
    for p, page in enumerate(pages, 1):
        for nm, val in [('meta.page', p), ('meta.pageSize', 20), ('meta.totalRecords', total),
                        ('meta.nextCursor', page[-1][1] if p < 3 else None)]:
            rows.append((None, nm, val, None, 'meta'))
        for key, rid, fields in page:
            excel_row = len(rows) + 2
            if key in first_row:
                dup_rows.append((key, excel_row, excel_row + len(fields) - 1))
            else:
                first_row[key] = (excel_row, excel_row + len(fields) - 1)
            for nm, val in fields:
                rows.append((rid, nm, val, key, 'item'))
    wb = xlsxwriter.Workbook(path, {'strings_to_numbers': False, 'strings_to_urls': False})
    wb.set_properties({'title': '', 'author': 'Analyst, Organisational Learning', 'created': FIXED,
                       'company': 'West Mercia Police'})
    ws = wb.add_worksheet('Query1')
    wrap = wb.add_format({'text_wrap': False})
    data = []
    for rid, nm, val, key, kind in rows:
        data.append([rid, nm, val])
    ws.add_table(0, 0, len(data), 2, {'name': 'Query1', 'style': 'Table Style Medium 7',
                                      'columns': [{'header': 'Record.id'}, {'header': 'Name'}, {'header': 'Value'}]})
    for r, (rid, nm, val) in enumerate(data, 1):
        if rid is None: ws.write_blank(r, 0, None)
        else: ws.write_number(r, 0, rid)
        ws.write_string(r, 1, nm)
        if val is None: ws.write_blank(r, 2, None)
        elif isinstance(val, int): ws.write_number(r, 2, val)
        else: ws.write_string(r, 2, val)
    ws.set_column(0, 0, 11); ws.set_column(1, 1, 20); ws.set_column(2, 2, 90)
    wb.close()
    return rows, first_row, dup_rows


def write_tracker(path, ids):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({'title': 'HMICFRS recommendations tracker', 'author': 'Organisational Learning Team',
                       'created': FIXED, 'company': 'West Mercia Police'})
    ws = wb.add_worksheet('HMICFRS Recs')
    b = wb.add_format({'bold': True, 'font_size': 14})
    h = wb.add_format({'bold': True, 'bg_color': '#1F3864', 'font_color': '#FFFFFF', 'text_wrap': True, 'border': 1})
    c = wb.add_format({'text_wrap': True, 'valign': 'top', 'border': 1})
    rag = {G: wb.add_format({'bg_color': '#92D050', 'border': 1, 'valign': 'top'}),
           'Complete': wb.add_format({'bg_color': '#00B0F0', 'border': 1, 'valign': 'top'}),
           A: wb.add_format({'bg_color': '#FFC000', 'border': 1, 'valign': 'top'}),
           R: wb.add_format({'bg_color': '#FF0000', 'border': 1, 'valign': 'top'})}
    ws.write(0, 0, 'West Mercia Police – HMICFRS Recommendations & AFIs Tracker', b)
    ws.write(1, 0, 'Maintained by Organisational Learning. Updates from leads due 1st of each month. Last updated 01/03/2024')
    heads = ['No.', 'HMICFRS ID', 'Report', 'Type', 'Recommendation / AFI (summary)', 'Lead', 'RAG',
             'Latest update', 'Date submitted for closure']
    for j, t in enumerate(heads): ws.write(3, j, t, h)
    out = []
    r = 4
    for n, row in enumerate(F, 1):
        keys, rep, hid, typ, text, lead, rg, upd, sub = row[:9]
        vals = [n, hid, rep, typ, text, lead, rg, upd, sub]
        for j, v in enumerate(vals):
            if j == 0: ws.write_number(r, j, v, c)
            elif j == 6: ws.write_string(r, j, v, rag[v])
            elif v == '': ws.write_blank(r, j, None, c)
            else: ws.write_string(r, j, v, c)
        out.append((r + 1, row))
        r += 1
    r += 1
    legend_start = r + 1
    for t in ['RAG key:', 'Green – complete / evidence submitted to HMICFRS FLL',
              'Complete – closed (pre-2016 entries)', 'Amber – in progress, on track',
              'Red – off track or not started']:
        ws.write(r, 0, t); r += 1
    ws.set_column(0, 0, 5); ws.set_column(1, 1, 10); ws.set_column(2, 2, 26); ws.set_column(3, 3, 9)
    ws.set_column(4, 4, 70); ws.set_column(5, 5, 24); ws.set_column(6, 6, 9); ws.set_column(7, 7, 45)
    ws.set_column(8, 8, 14)
    ws.freeze_panes(4, 0)
    wb.close()
    return out, legend_start, r


def normalise_zip(path):
    """Rewrite the xlsx zip with fixed timestamps and order so every build is byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 4, 9, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())


def main():
    os.makedirs(OUT, exist_ok=True)
    ids, recs = register_records()
    # checks on the hand-typed IDs in the tracker
    for row in F:
        keys, hid = row[0], row[2]
        if hid and keys and keys[0] in ids and keys[0] not in ('s28',):
            assert int(hid) == ids[keys[0]], (keys, hid, ids[keys[0]])
    assert '1403' not in {str(v) for v in ids.values()} and 8332 not in ids.values()
    hp = os.path.join(OUT, 'hmicfrs.xlsx'); tp = os.path.join(OUT, 'tracker.xlsx')
    rows, first_row, dup_rows = write_hmicfrs(hp, recs)
    frows, legend_start, legend_end = write_tracker(tp, ids)
    normalise_zip(hp); normalise_zip(tp)
    truth = []
    prov = lambda k: 'Query1!%d' % first_row[k][0]
    seen = set()
    for excel_row, row in frows:
        keys, cat, why = row[0], row[9], row[10]
        fr = 'HMICFRS Recs!%d' % excel_row
        if keys == ['f58', 'f59']:
            for k in keys:
                truth.append((prov(k), fr, FIREARMS_WHY[k][0], FIREARMS_WHY[k][1])); seen.add(k)
        elif cat == 'not_on_hmicfrs_list':
            truth.append(('', fr, cat, why))
        else:
            truth.append((prov(keys[0]), fr, cat, why)); seen.add(keys[0])
    for key, rid, fields in recs:
        if key not in seen:
            truth.append((prov(key), '', 'missing_from_force', MISSING_WHY[key]))
    assert {r[0] for r in truth if r[0]} == {prov(k) for k in first_row}
    with open(os.path.join(OUT, 'truth.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['hmicfrs_row', 'force_row', 'category', 'why'])
        w.writerows(truth)
    write_readme(rows, first_row, dup_rows, frows, legend_start, legend_end, truth, ids)


def write_readme(rows, first_row, dup_rows, frows, legend_start, legend_end, truth, ids):
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    meta_rows = [i + 2 for i, r in enumerate(rows) if r[4] == 'meta']
    blocks = '\n'.join('| %d | %s | %d–%d |' % (ids[k], k_title(k), a, b) for k, (a, b) in
                       sorted(first_row.items(), key=lambda kv: kv[1][0]))
    dk, da, db = dup_rows[0]
    fr_of = {tuple(row[0]): er for er, row in frows}
    text = README.format(
        n_rows=len(rows) + 1, n_items=len(first_row), meta=', '.join(map(str, meta_rows)),
        dup_id=ids[dk], dup_a=da, dup_b=db, dup_first=first_row[dk][0], dup_first_end=first_row[dk][1],
        blocks=blocks, n_force=len(frows), f_first=frows[0][0], f_last=frows[-1][0],
        legend_start=legend_start, legend_end=legend_end,
        counts='\n'.join('| %s | %d |' % (k, cnt[k]) for k in
                         ['in_sync', 'closeable_submit', 'closeable_local', 'conflict',
                          'missing_from_force', 'not_on_hmicfrs_list', 'review']),
        n_truth=len(truth),
        cdi_rows=', '.join(str(er) for er, row in frows if row[0] == ['cdi']),
        bwv_rows=', '.join(str(er) for er, row in frows if row[0] == ['p53']),
        fire_row=fr_of[('f58', 'f59')], s28_row=fr_of[('s28',)], f60_row=fr_of[('f60',)],
        n14_row=fr_of[('n14',)], lead_row=fr_of[('sf_lead',)], intel_row=fr_of[('sf_intel',)],
        v20_row=fr_of[('v20',)], h21_row=fr_of[('h21',)], inv_row=fr_of[('sf_invest',)],
        v20_h=first_row['v20'][0], h21_h=first_row['h21'][0], n16_h=first_row['n16'][0],
        legacy_example=first_row['s27'][0], new_example=first_row['cdi'][0],
    )
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def k_title(k):
    for key, rep, typ, *_ in ITEMS:
        if key == k:
            return '%s, %s' % (rep, typ)


if __name__ == "__main__":
    main()
