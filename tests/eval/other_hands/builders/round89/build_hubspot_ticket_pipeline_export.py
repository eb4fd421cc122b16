"""Build the reconcile evaluation case `hubspot_ticket_pipeline_export` (round 89, case A).

HMICFRS side: the register's definitive-list export (xlsx, title rows above the header).
Force side: a HubSpot Service Hub "All tickets" view exported to XLSX by the force's
organisational-learning analyst. Texts: real HMICFRS wording (Open Government Licence), copied
as literals below from /work/shared/data/real_recommendations.csv and the casegen text lists.
Deterministic: fixed seed, fixed workbook created dates, XlsxWriter's fixed zip timestamps.
Run: /work/main/.venv/bin/python build_hubspot_ticket_pipeline_export.py
"""
import csv
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import xlsxwriter

T = {
    'sas131': 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
    'sas132': 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
    'sas133': 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.',
    'everyone1': "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.",
    'austerity1': "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews",
    'austerity2': 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.',
    'austerity3': 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.',
    'austerity4': 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.',
    'core1': 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
    'core2': 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.',
    'integrity1': 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    'sas151': 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.',
    'picture1': 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.',
    'firearms1': 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    'firearms2': 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    'firearms3': 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    'firearms4': 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
    'firearms5': 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.',
    'stolen1': 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.',
    'stolen2': 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible',
    'stolen3': 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.',
    'stolen4': 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.',
    'stolen5': 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.',
    'stolen6': 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).',
    'stolen7': 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.',
    'efc171': "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
    'leg171': 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
    'leg172': 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
    'leg173': 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
    'leg174': 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
    'leg175': 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    'powers1': 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
    'powers2': 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
    'powers3': 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
    'powers4': 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
    'powers5': 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
    'csv0': 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    'csv1': 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    'csv2': 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    'csv3': 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and',
    'csv4': 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;',
    'csv5': 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    'csv6': 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    'csv7': 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.',
    'csv8': 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    'csv9': 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    'csv10': 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    'csv14': 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    'csv15': 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    'csv16': 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    'csv18': 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    'csv20': 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    'csv21': 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    'csv22': 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.',
    'csv23': 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.',
    'csv24': 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease',
}

# ---------------------------------------------------------------------------------------------
CASE = "hubspot_ticket_pipeline_export"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "West Mercia Police"
SEED = 8901
H_SHEET = "Recommendations"
F_SHEET = "Tickets"

R = {  # key -> (HMICFRS report title, publication date, force's HubSpot dropdown label)
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", date(2013, 7, 9), "Stop & Search 2013"),
    "every": ("Everyone's business: Improving the police response to domestic abuse", date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "aust": ("Policing in austerity: Meeting the challenge", date(2014, 7, 22), "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", date(2014, 9, 4), "Core Business 2014"),
    "integ": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", date(2015, 3, 24), "Stop & Search 2 (2015)"),
    "pic": ("Building the picture: an inspection of police information management", date(2015, 7, 1), "Building the Picture 2015"),
    "fire": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", date(2015, 9, 15), "Targeting the Risk (Firearms Licensing) 2015"),
    "eff15": ("PEEL: Police efficiency 2015 – West Mercia Police", date(2015, 10, 15), "PEEL Efficiency 2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – West Mercia Police", date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", date(2017, 11, 9), "PEEL Efficiency 2017 (national)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", date(2017, 12, 12), "PEEL Legitimacy 2017 (national)"),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", date(2019, 5, 2), "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", date(2021, 2, 26), "Disproportionate Use of Powers 2021"),
    "vet": (None, None, "Vetting re-inspection 2019"),
}
NAT, REC, AFI, COC = "National recommendation", "Recommendation", "Area for improvement", "Cause of concern"
AR, BP, CO, SU, NFA = "Awaiting review", "Being progressed", "Complete", "Superseded", "No further action required"
OPEN_H = {AR, BP}

# HubSpot pipeline "HMICFRS Recommendations": stage label -> force state (README explains)
ST_NEW, ST_IP, ST_EV, ST_HOLD = "New – awaiting allocation", "In progress", "Evidence gathering", "On hold"
ST_PROP, ST_CC, ST_CS, ST_NFF = "Proposed for closure", "Closed – complete", "Closed – superseded", "Closed – not for force"
IA_OPEN, IA_DONE = "Agreed action – open", "Implemented – verified"
FORCE_DONE = {ST_PROP, ST_CC, ST_CS, ST_NFF, IA_DONE}
HUBSPOT_CLOSED = {ST_CC, ST_CS, ST_NFF, IA_DONE}   # stages flagged "closed" in the pipeline (Close date set)

COMMENTS = {
    AR: "New recommendation",
    BP: "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated.",
    CO: "This recommendation is complete",
    SU: "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where a cause of concern still exists this will appear in the register against these subsequent inspections.",
    NFA: "No further action required.",
}


def abbr(s):
    for a, b in [(r"modern slavery and human trafficking", "MSHT"), (r"[Dd]omestic abuse", "DA"),
                 (r"stop and search", "S&S"), (r"Chief [Cc]onstables", "CCs"),
                 (r"Authorised Professional Practice", "APP"), (r"body-worn video", "BWV"),
                 (r"officers and staff", "officers & staff"), (r"police and crime commissioners", "PCCs")]:
        s = re.sub(a, b, s)
    return s


def cut(s, n):
    return s[:n].rstrip(" ,;") + "..."


# Each HMICFRS item: id, report, type, text key, HMICFRS status, force tickets.
# A force ticket: (name, description, stage, type label, ref property, extra dict)
H = []


def item(ref, rep, typ, tkey, hst, tickets, cat, why):
    H.append(dict(ref=ref, rep=rep, typ=typ, text=T[tkey], hst=hst, tickets=tickets, cat=cat, why=why))


t = T
item(1187, "sas13", NAT, "sas131", CO, [("S&S – APP specification of effective & fair use",
     "CCs and the CoP to set out in the S&S APP a clear specification of what constitutes effective and fair use of S&S powers, with guidance. Must be compliant with the Code of Practice.",
     ST_CC, NAT, "1187", {})], "in_sync", "Ref 1187 on both; same ask abbreviated. HMICFRS Complete, ticket Closed – complete: closed on both.")
item(1188, "sas13", NAT, "sas132", SU, [("S&S – monitoring of how officers use S&S",
     "Establish or improve monitoring of the way officers stop and search people so we can be satisfied officers act in accordance with the law (incl. equality legislation & Code of Practice) and the power is used effectively to prevent crime, catch criminals and maintain public trust.",
     ST_IP, NAT, "1188", {})], "closeable_local", "Ref 1188 on both, same text. HMICFRS Superseded (closed); ticket still In progress: the force closes its own ticket.")
COMBINED = ("1189 / 5540 – S&S explained to public & community scrutiny of records",
            "Same rec made in 2013 and again in 2015 report, one ticket for both. CCs, in consultation with PCC, to comply with the Code of Practice by explaining to the public how S&S powers are used in our area, and arrange for S&S records to be scrutinised by community reps, involving those who are stopped & searched e.g. young people.",
            ST_PROP, NAT, "1189; 5540", {"reports": ["sas13", "sas15"], "combined": True})
item(1189, "sas13", NAT, "sas133", BP, [COMBINED], "closeable_submit",
     "Ticket's HMICFRS reference holds '1189; 5540' and its Inspection report holds both S&S reports: one ticket for two items. HMICFRS Being progressed; stage Proposed for closure = force done.")
item(2321, "every", NAT, "everyone1", CO, [("2321 – DA action plan (Everyone's Business)",
     "By Sept 2014 every force to establish and publish an action plan setting out in detail what steps it will take to improve its approach to DA.\nPlan to be developed:\n- in consultation with PCCs, DA support organisations and victims' representatives;\n- after close consideration of all the recommendations in the report;\n- with reference to all relevant domestic homicide reviews and IPCC findings;\n- drawing on CPS scrutiny panels and MARAC self-assessments.",
     ST_CC, NAT, "2321", {})], "in_sync", "Ref 2321 on both; force copy reworded, all four bullets present. Complete / Closed – complete.")
item(3302, "aust", NAT, "austerity1", NFA, [("Austerity – review savings plans (CC & PCC)",
     "All CCs and PCCs to review plans to deliver savings to ensure doing all we can to continue to reduce crime and protect the front line while balancing budgets, using HMIC VfM profiles.",
     ST_NFF, NAT, "3302", {"company": "opcc"})], "in_sync", "Ref 3302 on both. HMICFRS No further action required (closed); ticket Closed – not for force (done): closed on both.")
item(3303, "aust", NAT, "austerity2", NFA, [("Austerity – collaboration savings below threshold",
     "CCs & PCCs in forces planning to deliver less than 20% of their savings through collaboration to assess whether there is scope to improve on this. HMIC will follow up in the autumn.",
     ST_HOLD, NAT, "3303", {})], "conflict", "Ref 3303 and text match, but the ticket says 'less than 20%' where HMICFRS says 'less than 10%': a figure disagrees (statuses also differ: HMICFRS NFA, ticket On hold). The figure decides conflict.")
item(3304, "aust", NAT, "austerity3", NFA, [], "missing_from_force", "No ticket carries ref 3304 or any wording about front-line workforce reductions / crime fighting capacity. On HMICFRS list (closed NFA) only.")
item(3305, "aust", NAT, "austerity4", CO, [("Austerity – collaboration plans for next spending round",
     cut(t["austerity4"], 190), ST_CC, NAT, "3305", {})], "in_sync", "Ref 3305; ticket text is HMICFRS wording cut off with '...'. Complete / Closed – complete.")
item(4822, "core", NAT, "core1", BP, [("THRIVE – call-handler criteria for threat, harm & risk",
     "Provide call-handlers with specific, sound & comprehensible criteria to assess threat, harm and risk (THRIVE refresh in FCC).",
     ST_EV, NAT, "4822", {})], "in_sync", "Ref 4822; same ask shortened. Being progressed / Evidence gathering: open on both.")
item(4823, "core", NAT, "core2", BP, [("Core Business – record & evaluate crime prevention activity",
     "Ensure crime prevention / disruption activity is systematically recorded and then evaluated to determine the effectiveness of tactics used.",
     ST_PROP, NAT, "4823", {})], "closeable_submit", "Ref 4823; same ask reworded. HMICFRS Being progressed; ticket Proposed for closure (force done).")
item(902, "integ", NAT, "integrity1", CO, [("Integrity Matters – 'no further action' misconduct outcomes fair",
     "By 31 August 2015 satisfy ourselves that processes ensure misconduct investigations resulting in 'no further action' are fair and free of any form of discrimination.",
     ST_CC, NAT, "902", {})], "in_sync", "Ref 902; same deadline (31 August 2015) and ask. Complete / Closed – complete.")
item(5540, "sas15", NAT, "sas151", BP, [COMBINED], "closeable_submit",
     "Same ticket as ref 1189 (its reference '1189; 5540' and both S&S reports are ticked). HMICFRS Being progressed; stage Proposed for closure.")
item(5702, "pic", NAT, "picture1", AR, [], "missing_from_force", "No ticket for ref 5702 or for scrutinising audits of compliance with the APP on information management; no 'Building the Picture' ticket at all.")
item(6118, "fire", NAT, "firearms1", CO, [("6118 – FEL governance v APP",
     t["firearms1"].replace("in his or her force", "in the force"), ST_CC, NAT, "6118", {})],
     "in_sync", "Ref 6118; wording pasted with 'his or her force' changed to 'the force'. Complete / Closed – complete.")
item(6119, "fire", NAT, "firearms2", BP, [("6119 – FEL demand & capacity",
     "Within six months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
     ST_IP, NAT, "6119", {})], "conflict", "Ref 6119 and wording match except the timescale: HMICFRS 'Within three months', ticket 'Within six months'. Timescale disagrees.")
item(6120, "fire", NAT, "firearms3", BP, [("6120 – 'total expired' licensing records",
     "Satisfy ourselves all appropriate action is being taken re 'total expired' licensing records (NFLMS clean-up).",
     ST_CC, NAT, "6120", {})], "closeable_submit", "Ref 6120, same ask. HMICFRS Being progressed; ticket Closed – complete.")
item(6121, "fire", NAT, "firearms4", BP, [("6121 – temporary permits",
     "Within 3 months ensure temporary permit arrangements follow HO guidance; permits recorded without delay on NFLMS; systems so certificate holders are never in unlawful possession of a firearm.",
     ST_IP, NAT, "6121", {})], "in_sync", "Ref 6121; abbreviated same ask and timescale. Being progressed / In progress.")
item(6122, "fire", NAT, "firearms5", AR, [], "missing_from_force", "No ticket for ref 6122 (flagging firearm certificate holders at incident addresses before attendance). The only firearms tickets are 6118-6121.")
item(5901, "eff15", AFI, "csv14", BP, [("PEEL Eff 15 AFI1 – understanding of demand",
     "Undertake further work to gain fuller understanding of current demand and likely future changes in demand so resources can be matched to demand.",
     ST_IP, AFI, "5901", {})], "in_sync", "Ref 5901; AFI on both; abbreviated. Being progressed / In progress.")
item(5902, "eff15", AFI, "csv15", NFA, [("PEEL Eff 15 AFI2 – outcomes, outputs & costs",
     "Develop our understanding of the links between outcomes, outputs and costs.",
     ST_CS, AFI, "5902", {})], "in_sync", "Ref 5902; same ask. HMICFRS No further action required; ticket Closed – superseded: closed on both.")
item(5903, "eff15", AFI, "csv16", BP, [("Workforce plan aligned to demand & budget",
     "Develop a future workforce plan aligned with overall demand and budget incl. future resource allocations, skills mix and behaviours expected.",
     ST_IP, AFI, "5903", {"report_override": "peel19"})], "conflict", "Ref 5903 and text match the 2015 efficiency AFI, but the ticket's Inspection report is 'PEEL 2018/19': the report disagrees.")
item(5904, "eff15", AFI, "csv18", AR, [("PEEL Eff 15 AFI4 – use of crime recording system (Athena)",
     "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
     ST_PROP, AFI, "5904", {})], "closeable_submit", "Ref 5904, same text. HMICFRS Awaiting review (open); ticket Proposed for closure (done).")
item(7015, "eff16", COC, "csv21", CO, [("PEEL Eff 16 CoC – approach to DA",
     "CoC: force approach to DA unacceptable – proportion of victims who fail to support investigation and low use of arrest/prosecution powers.",
     ST_CC, COC, "7015", {})], "in_sync", "Ref 7015; cause of concern on both, abbreviated. Complete / Closed – complete.")
item(7016, "eff16", REC, "csv22", CO, [("PEEL Eff 16 R1 – arrest & ancillary orders in DA",
     "Immediately consider ways of increasing use of arrest, ancillary orders and other available powers to improve service to DA victims and bring more perpetrators to justice.",
     ST_CC, REC, "7016", {})], "in_sync", "Ref 7016; same ask. Complete / Closed – complete.")
item(7017, "eff16", REC, "csv23", BP, [("PEEL Eff 16 R2 – victims not supporting investigation",
     "Take steps to understand and address why such a high proportion of DA victims do not support the police investigation.",
     ST_CC, REC, "7017", {})], "closeable_submit", "Ref 7017; same ask. HMICFRS Being progressed; ticket Closed – complete.")
item(7018, "eff16", REC, "csv24", BP, [("PEEL Eff 16 – stop DA risk assessments by phone",
     "Cease DA risk assessments over the telephone and dealing with DA in the resolution centre.",
     ST_IP, AFI, "7018", {})], "conflict", "Ref 7018 and ask match, but the ticket's Recommendation type is 'Area for improvement' where HMICFRS lists a Recommendation: type disagrees.")
item(8310, "stolen", NAT, "stolen1", BP, [
    ("8310 (a) – senior leaders prioritise MSHT", "Within 12 months review MSHT leadership & governance to ensure senior leaders prioritise the response to MSHT.", ST_CC, NAT, "8310", {"split": 1}),
    ("8310 (b) – every MSHT incident properly resourced", "Within 12 months review MSHT leadership & governance to ensure every incident of modern slavery identified to police is allocated appropriate resources with skills, experience and capacity to investigate effectively.", ST_CC, NAT, "8310", {"split": 2}),
    ("8310 (c) – MSHT partnership arrangements", "Within 12 months review MSHT leadership & governance to ensure effective partnership arrangements to co-ordinate activity, share information and safeguard victims.", ST_IP, NAT, "8310", {"split": 3}),
    ("8310 (d) – MSHT performance & QA measures", "Within 12 months review MSHT leadership & governance to ensure performance and QA measures are in place so senior leaders can assess the service provided to victims.", ST_CC, NAT, "8310", {"split": 4}),
], "in_sync", "Split by the force into four tickets, one per bullet, all ref 8310. Three Closed – complete but (c) partnership arrangements In progress, so the item is still open for the force; HMICFRS Being progressed: open on both.")
item(8311, "stolen", NAT, "stolen2", BP, [("8311 – MSHT information-sharing agreements",
     "Within six months, have in place active ISAs with other agencies to facilitate speedy exchange of intelligence, safeguard victims better and identify suspects as early as possible.",
     ST_PROP, NAT, "8311", {})], "closeable_submit", "Ref 8311; same ask (HMICFRS text has a stray footnote '86'). Being progressed / Proposed for closure.")
item(8312, "stolen", NAT, "stolen3", CO, [("8312 – section 45 defence",
     "Ensure all victims carrying out criminal acts under compulsion attributable to slavery/exploitation get early & continuing consideration of the s45 defence.",
     ST_IP, NAT, "8312", {})], "closeable_local", "Ref 8312; same ask. HMICFRS Complete; ticket In progress: the force closes its ticket.")
item(8313, "stolen", NAT, "stolen4", BP, [("8313 – NRM compliance & HO notification",
     "Immediately, take steps to ensure we are fully complient with the NRM process as it evolves and implementing the requirement under the Modern Slavery Act 2015 to notify the HO of any individual suspected to be an adult victim of MSHT.",
     ST_EV, NAT, "8313", {})], "in_sync", "Ref 8313; same ask with a typo ('complient'). Being progressed / Evidence gathering.")
item(8314, "stolen", NAT, "stolen5", BP, [("MSHT – NCRS compliance & FCR audit capacity",
     "Ensure full compliance with NCRS for MSHT offences and sufficient audit capacity for the FCR to give reassurance that gaps in crime-recording accuracy for these offences are identified and managed.",
     ST_IP, NAT, "", {})], "in_sync", "Ticket has no HMICFRS reference; matched by eye on text (NCRS for MSHT offences + force crime registrar audit capacity = ref 8314, the only such item). Being progressed / In progress.")
item(8315, "stolen", NAT, "stolen6", BP, [("MSHT investigations – skilled teams & supervision",
     t["stolen6"], ST_IP, NAT, "8351", {})], "conflict", "Ticket text is 8315's wording word for word, but its HMICFRS reference reads 8351 (digits transposed; 8351 is not on the list): reference disagrees.")
item(8316, "stolen", NAT, "stolen7", AR, [], "missing_from_force", "No ticket on preventative powers under the Modern Slavery Act (slavery and trafficking prevention/risk orders); ref 8316 appears nowhere.")
item(8402, "efc17", NAT, "efc171", BP, [("8402 – digital services plan",
     "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force.",
     ST_CC, NAT, "8402", {})], "closeable_submit", "Ref 8402; the force copied only the sentence aimed at chief constables (the rest addresses the Home Office/NPCC/APCC), same deadline. Being progressed / Closed – complete.")
item(8540, "leg17", COC, "leg171", BP, [("8540 CoC – S&S reasonable & fair / BAME over-representation",
     "CoC (national): forces unable to demonstrate S&S use is consistently reasonable and fair; over-representation of BAME and black people in S&S data that forces cannot explain.",
     ST_IP, COC, "8540", {})], "in_sync", "Ref 8540; cause of concern on both. Being progressed / In progress.")
item(8541, "leg17", NAT, "leg172", BP, [("8541 – S&S data monitoring (disproportionality)",
     "By July 2018, regularly and frequently monitor a comprehensive set of data on use of S&S powers to understand:\n- the reasons for any disproportionate representation of different ethnic groups in the use of S&S;\n- the extent to which find rates differ between people from different ethnicities and across different types of searches (incl. find rates for drug possession and supply-type offences).",
     ST_IP, NAT, "8541", {})], "conflict", "Ref 8541; the ticket lists only two of the three things to understand: the third bullet (prevalence of possession-only drug searches and alignment with local/force priorities) is missing.")
item(8542, "leg17", NAT, "leg173", BP, [("8542 – publish disparity research & action",
     "Where monitoring identifies disparities, demonstrate to the public that we have carried out research/analysis to understand the reasons and taken action to reduce the disparity where necessary.",
     ST_PROP, NAT, "8542", {})], "closeable_submit", "Ref 8542; same ask. Being progressed / Proposed for closure.")
item(8543, "leg17", NAT, "leg174", CO, [("8543 – annual publication of S&S analysis",
     "Publish this analysis and any actions taken at least annually, from July 2018.", ST_CC, NAT, "8543", {})],
     "in_sync", "Ref 8543; same ask. Complete / Closed – complete.")
item(8544, "leg17", NAT, "leg175", BP, [("8544 – unconscious bias & S&S APP training",
     "By July 2018, and ongoing, ensure all officers who use S&S powers have been provided with, and understand, training on unconscious bias and CoP APP on S&S.",
     ST_CC, NAT, "8544", {})], "closeable_submit", "Ref 8544; same ask and deadline. Being progressed / Closed – complete.")
item(9101, "peel19", COC, "csv7", BP, [("PEEL19 CoC1 – alliance exit / service continuity",
     "CoC: force lacks suitable arrangements to maintain full range of services when the alliance with Warwickshire ends; gaps in workforce skills assessment; weaknesses in investigative approach and safeguarding vulnerable people.",
     ST_IP, COC, "9101", {"company": "alliance"})], "in_sync", "Ref 9101; cause of concern on both. Being progressed / In progress.")
item(9102, "peel19", REC, "csv0", BP, [("PEEL19 R1 – investigative workload review",
     "Immediately: review officers' capabilities and capacity to manage their investigative workload to understand investigative demand and pressures on them.",
     ST_PROP, REC, "9102", {})], "closeable_submit", "Ref 9102 (ticket name's 'R1' is the force's own numbering, not a reference). Being progressed / Proposed for closure.")
item(9103, "peel19", REC, "csv1", CO, [("PEEL19 R2 – vulnerability review with partners",
     "Immediately: review, with partners, the approach to vulnerability to better safeguard vulnerable people.",
     ST_CC, REC, "9103", {})], "in_sync", "Ref 9103; same ask. Complete / Closed – complete.")
item(9104, "peel19", REC, "csv2", BP, [("PEEL19 R3 – skills project (all skills)",
     "Expand skills project to assess all skills, not only operational, incl. future skills requirements; to inform workforce plans.",
     ST_IP, REC, "9104", {})], "in_sync", "Ref 9104; same ask. Being progressed / In progress.")
item(9105, "peel19", REC, "csv3", SU, [("PEEL19 R4 – Warwickshire transition arrangements",
     "Agree arrangements with Warwickshire Police for a smooth transition to future operating model with no disruption to public services.",
     ST_CS, REC, "9105", {"company": "alliance"})], "in_sync", "Ref 9105; same ask. HMICFRS Superseded; ticket Closed – superseded: closed on both.")
item(9106, "peel19", REC, "csv4", CO, [("PEEL19 R5 – define new operating model",
     "Clearly define new operating model, ensuring all operational & support services are affordable and fit to protect communities of West Mercia.",
     ST_EV, REC, "9106", {})], "closeable_local", "Ref 9106; same ask. HMICFRS Complete; ticket Evidence gathering (open): force closes its ticket.")
item(9107, "peel19", REC, "csv5", BP, [("PEEL19 R6 – public consultation on business planning",
     "Improve arrangements to consult the public on business planning and feed back on changes made to service delivery as a result.",
     ST_NEW, REC, "9107", {})], "in_sync", "Ref 9107; same ask. Being progressed / New – awaiting allocation (open).")
item(9108, "peel19", COC, "csv8", BP, [("PEEL19 CoC2 – capacity & capability to investigate",
     "CoC: force does not have capacity or capability to investigate crime effectively; failings in the way crimes are investigated.",
     ST_IP, COC, "9108", {})], "in_sync", "Ref 9108; cause of concern on both. Being progressed / In progress.")
item(9109, "peel19", REC, "csv6", BP, [("PEEL19 R7 – supervision of investigations",
     "Within 6 months ensure regular & active supervison of the quality and progress of investigations, properly recorded.",
     ST_PROP, REC, "9109", {})], "closeable_submit", "Ref 9109; same ask and timescale (typo 'supervison'). Being progressed / Proposed for closure.")
item(9110, "peel19", REC, "csv9", BP, [("PEEL19 R8 – digital evidence retrieval (DFU backlog)",
     "Within 6 months improve ability to retrieve digital evidence from mobiles, computers & other devices quickly enough that investigations are not delayed.",
     ST_IP, REC, "9110", {})], "in_sync", "Ref 9110; same ask and timescale. Being progressed / In progress.")
item(9111, "peel19", REC, "csv10", AR, [], "missing_from_force", "No ticket on suspects released under investigation / bail management; ref 9111 appears nowhere (PEEL19 tickets run R1-R8 and skip it).")
item(10231, "powers", NAT, "powers1", BP, [("10231 – communication skills (conflict mgmt)",
     abbr(t["powers1"]), ST_IP, NAT, "10231", {})], "in_sync", "Ref 10231; abbreviated copy, same deadline. Being progressed / In progress.")
item(10232, "powers", NAT, "powers2", BP, [("10232 – CPD & BWV debriefs",
     abbr(t["powers2"]), ST_CC, NAT, "10232", {})], "closeable_submit", "Ref 10232; same ask. Being progressed / Closed – complete.")
item(10233, "powers", NAT, "powers3", BP, [
    ("10233 pt1 – record whole S&S encounter on BWV", "By Sept 2021 ensure officers record on BWV (when available) the entirety of all S&S encounters, incl. traffic stops and use of force incidents.", ST_CC, NAT, "10233", {"split": 1}),
    ("10233 pt2 – internal BWV review & learning", "By Sept 2021 have a structured process for regularly reviewing a sufficient sample of BWV footage internally to identify/disseminate learning and hold officers to account.", ST_CC, NAT, "10233", {"split": 2}),
    ("10233 pt3 – scrutiny panel access to BWV", "By Sept 2021 give external scrutiny panel members access to samples of BWV footage of S&S and use of force, with the safeguards in CoP APP.", ST_CC, NAT, "10233", {"split": 3}),
], "closeable_submit", "Split by the force into three tickets (one per part), all ref 10233 and all Closed – complete, so the item is done for the force; HMICFRS Being progressed.")
item(10234, "powers", NAT, "powers4", BP, [("10234 – use of force data quality (HO/NPCC)",
     "HO and NPCC to ensure quality of data on use of force to effect a S&S is sufficient for publication; HO to publish. Not for the force to deliver.",
     ST_NFF, NAT, "10234", {"company": "national"})], "closeable_submit", "Ref 10234; ask addressed to the Home Office and NPCC. Ticket Closed – not for force (a done state, like WHITE); HMICFRS still Being progressed, so the force submits it for closure with that rationale.")
item(10235, "powers", NAT, "powers5", BP, [("10235 – internal monitoring of use of force",
     "By July 2022, forces should ensure they have effective internal monitoring processes on the use of force, to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
     ST_IP, NAT, "10235", {})], "conflict", "Ref 10235; wording matches but the deadline differs: HMICFRS 'By July 2021', ticket 'By July 2022'.")

EXTRA = [  # force tickets with no HMICFRS item
    ("Vetting – clear backlog & renewals (WMP vetting re-inspection)", "All staff to hold at least the lowest level of vetting clearance for their roles ASAP; clear backlog and renewals so we comply fully with national vetting guidelines.",
     ST_CC, REC, "9377", {"report_override": "vet", "pipeline": "HMICFRS Recommendations"},
     "Ref 9377 and the vetting report are not on the definitive list and no HMICFRS item asks about vetting backlogs; a closed ticket HMICFRS no longer holds. Query with HMICFRS."),
    ("Force improvement plan – Investigation Standards Board ToR refresh", "Local action (not an HMICFRS rec): refresh ISB terms of reference, attendance and escalation route for investigation quality issues.",
     ST_IP, "", "", {"report_override": None, "pipeline": "HMICFRS Recommendations"},
     "The force's own local action filed in the HMICFRS pipeline; no reference, no inspection report and no HMICFRS item with this ask."),
    ("IA 2025/26-03 – Overtime claims: authorisation evidence retained", "Internal audit (payroll): retain evidence of line manager authorisation for all overtime claims above 4 hours; monthly dip sample by Payroll.",
     IA_OPEN, "", "", {"report_override": None, "pipeline": "Internal Audit Actions"},
     "Pipeline 'Internal Audit Actions': an internal audit action exported with the 'All tickets' view, not an HMICFRS item."),
    ("IA 2025/26-07 – Seized property store: quarterly reconciliation", "Internal audit (property): quarterly reconciliation of seized property store against the property system with results reported to the Force Audit & Assurance Board.",
     IA_DONE, "", "", {"report_override": None, "pipeline": "Internal Audit Actions"},
     "Pipeline 'Internal Audit Actions': an internal audit action exported with the 'All tickets' view, not an HMICFRS item."),
]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Head of Information Management", "DCC", "Supt Firearms Licensing"]
OWNERS = ["Priya Sandhu", "Mark Ellery", "Jo Whitcombe"]
BOARDS = ["Force Executive Board", "Joint Audit Committee", "Vulnerability Board", "Stop and Search Scrutiny Panel",
          "Organisational Learning Board", "People Board"]
COMPANIES = {
    "wmp": [("West Mercia Police", 5219873301)],
    "alliance": [("Warwickshire Police", 5219873388), ("West Mercia Police", 5219873301)],
    "opcc": [("Office of the Police and Crime Commissioner for West Mercia", 5219874412), ("West Mercia Police", 5219873301)],
    "national": [("Home Office", 6633010217), ("National Police Chiefs' Council", 6633010562), ("West Mercia Police", 5219873301)],
}
UPDATES = {
    ST_NEW: ["Awaiting allocation.", "Awaiting allocation to a lead at next Organisational Learning Board."],
    ST_IP: ["Work undertaken in area but still requires development to complete.",
            "Task & finish group meeting monthly; plan updated {d}.",
            "Lead has provided update {d} – on track for target date."],
    ST_EV: ["Evidence pack being compiled for sign-off lead.", "Lead collating evidence; draft pack due {d}."],
    ST_HOLD: ["On hold pending national guidance.", "Paused – awaiting decision from FEB."],
    ST_PROP: ["Pending sign off by the chief officer lead.", "Evidence agreed by lead {d}. Ready to submit to HMICFRS for closure.",
              "Ready to move to GREEN status – proposed for closure at OLB {d}."],
    ST_CC: ["Completed. Evidence submitted to HMICFRS for closure.", "Complete – closed at Organisational Learning Board {d}."],
    ST_CS: ["Superseded by later inspection activity – closed {d}."],
    ST_NFF: ["Not the force's responsibility to deliver; dependent upon another organisation.",
             "Closed locally – for national bodies / PCC, not the force to deliver."],
    IA_OPEN: ["Management action agreed; implementation in progress."],
    IA_DONE: ["Implemented and verified by internal audit follow-up {d}."],
}


def fmt_dt(dt):
    return dt.strftime("%Y-%m-%d %H:%M")


def build():
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    # ---------------- HMICFRS side ----------------
    H.sort(key=lambda h: (R[h["rep"]][1], h["ref"]))
    first = 5
    for i, h in enumerate(H):
        h["row"] = first + i
        pub = R[h["rep"]][1]
        if h["hst"] == AR:
            h["sdate"] = date(2026, 10, 1) + timedelta(days=rng.randint(0, 40)) if h["rep"] != "peel19" else pub + timedelta(days=7)
        else:
            lo = max(pub + timedelta(days=60), date(2016, 1, 1))
            h["sdate"] = lo + timedelta(days=rng.randint(0, (date(2026, 10, 31) - lo).days))
    wb = xlsxwriter.Workbook(str(OUT / "hmicfrs.xlsx"))
    wb.set_properties({"title": "Definitive list – West Mercia Police", "author": "HMICFRS", "company": "HMICFRS",
                       "created": datetime(2026, 11, 14, 9, 30, 0)})
    ws = wb.add_worksheet(H_SHEET)
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 14})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws.write(0, 0, "HMICFRS monitoring – recommendations and areas for improvement held against West Mercia Police", title)
    ws.write(1, 0, "Definitive list. Extracted 14 November 2026.")
    heads = ["Recommendation ID", "Force", "Report title", "Publication date", "Type", "Recommendation",
             "Status", "Status date", "Comment"]
    for c, hd in enumerate(heads):
        ws.write(3, c, hd, bold)
    for h in H:
        r = h["row"] - 1
        ws.write_number(r, 0, h["ref"])
        ws.write(r, 1, FORCE)
        ws.write(r, 2, R[h["rep"]][0])
        ws.write_datetime(r, 3, datetime.combine(R[h["rep"]][1], datetime.min.time()), dfmt)
        ws.write(r, 4, h["typ"])
        ws.write(r, 5, h["text"])
        ws.write(r, 6, h["hst"])
        ws.write_datetime(r, 7, datetime.combine(h["sdate"], datetime.min.time()), dfmt)
        ws.write(r, 8, COMMENTS[h["hst"]])
    last = H[-1]["row"]
    ws.write(last + 1, 0, f"{len(H)} records")
    ws.set_column(0, 0, 18); ws.set_column(2, 2, 50); ws.set_column(5, 5, 90); ws.set_column(6, 8, 18)
    wb.close()
    h_nonitems = [(1, "title"), (2, "extract note"), (3, "blank"), (4, "header row"), (last + 1, "blank"),
                  (last + 2, f"record count '{len(H)} records'")]

    # ---------------- Force side: HubSpot 'All tickets' view export ----------------
    tickets = []   # dict per ticket
    seen = set()
    for h in H:
        for tk in h["tickets"]:
            if id(tk) in seen:
                continue
            seen.add(id(tk))
            tickets.append(dict(tk=tk, hs=[h], why=h["why"]))
    for tk in EXTRA:
        tickets.append(dict(tk=tk[:6], hs=[], why=tk[6]))
    by_tk = {id(t_["tk"]): t_ for t_ in tickets}
    for h in H:
        for tk in h["tickets"]:
            tt = by_tk[id(tk)]
            if h not in tt["hs"]:
                tt["hs"].append(h)
    # creation: bulk migration into HubSpot on 2022-03-15, split/combined tickets later, IA tickets 2025
    mig = datetime(2022, 3, 15, 10, 2)
    n = 0
    for tt in tickets:
        name, desc, stage, typ, ref, ex = tt["tk"]
        if ex.get("split"):
            tt["created"] = datetime(2023, 6, 7, 14, 10) + timedelta(minutes=3 * n)
        elif ex.get("pipeline") == "Internal Audit Actions":
            tt["created"] = datetime(2025, 7, 22, 9, 0) + timedelta(days=41 * n % 90, minutes=n)
        elif ex.get("pipeline") and ref == "":
            tt["created"] = datetime(2024, 2, 5, 11, 37)
        else:
            tt["created"] = mig + timedelta(minutes=n // 2, seconds=0)
        n += 1
    # HubSpot ticket IDs rise with creation time
    order = sorted(range(len(tickets)), key=lambda i: (tickets[i]["created"], i))
    tid = 1184723000
    for i in order:
        tid += rng.randint(3, 180)
        tickets[i]["id"] = tid
    tickets.sort(key=lambda tt: (tt["created"], tt["id"]), reverse=True)   # view sorted by Create date, newest first

    wb = xlsxwriter.Workbook(str(OUT / "tracker.xlsx"))
    wb.set_properties({"title": "", "author": "HubSpot", "created": datetime(2026, 11, 20, 8, 41, 0)})
    ws = wb.add_worksheet(F_SHEET)
    cols = ["Ticket ID", "Ticket name", "Ticket description", "Pipeline", "Ticket status", "HMICFRS reference",
            "Inspection report", "Recommendation type", "Lead officer", "Ticket owner", "Governance board",
            "Target date", "Latest update", "Priority", "Create date", "Last modified date", "Last activity date",
            "Close date", "Associated Company", "Associated Company IDs"]
    for c, hd in enumerate(cols):
        ws.write(0, c, hd)
    for r, tt in enumerate(tickets, start=1):
        name, desc, stage, typ, ref, ex = tt["tk"]
        tt["row"] = r + 1
        pipeline = ex.get("pipeline", "HMICFRS Recommendations")
        if "reports" in ex:
            rep = ";".join(R[k][2] for k in ex["reports"])
        elif "report_override" in ex:
            rep = R[ex["report_override"]][2] if ex["report_override"] else ""
        else:
            rep = R[tt["hs"][0]["rep"]][2]
        created = tt["created"]
        closed = None
        if stage in HUBSPOT_CLOSED:
            lo = created + timedelta(days=20)
            closed = datetime.combine((lo + timedelta(days=rng.randint(0, (datetime(2026, 11, 10) - lo).days))).date(), datetime.min.time()) + timedelta(hours=8, minutes=rng.randint(0, 560))
        mod = (closed or created) + timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 500))
        if mod > datetime(2026, 11, 19, 17, 0):
            mod = datetime(2026, 11, 19, 16, 0) - timedelta(minutes=rng.randint(0, 3000))
        act = mod - timedelta(minutes=rng.randint(0, 90))
        upd = rng.choice(UPDATES[stage]).format(d=(mod - timedelta(days=rng.randint(0, 10))).strftime("%d/%m/%Y"))
        target = ""
        if stage not in HUBSPOT_CLOSED:
            target = (date(2026, 12, 31) + timedelta(days=rng.choice([0, 90, 181, 273, -61]))).strftime("%Y-%m-%d")
        boards = sorted(rng.sample(BOARDS, rng.randint(1, 2)), key=BOARDS.index)
        if pipeline == "Internal Audit Actions":
            boards = ["Joint Audit Committee"]
        comp = COMPANIES[ex.get("company", "wmp")]
        vals = [tt["id"], name, desc, pipeline, stage, ref, rep, typ,
                rng.choice(LEADS) if pipeline != "Internal Audit Actions" else "Director of Finance",
                rng.choice(OWNERS), ";".join(boards), target, upd, rng.choice(["High", "Medium", "Medium", "Low"]),
                fmt_dt(created), fmt_dt(mod), fmt_dt(act), fmt_dt(closed) if closed else "",
                ";".join(c_[0] for c_ in comp), ";".join(str(c_[1]) for c_ in comp)]
        for c, v in enumerate(vals):
            if c == 0:
                ws.write_number(r, c, v)
            elif v != "":
                ws.write_string(r, c, v)
    wb.close()

    # ---------------- truth ----------------
    lines = []
    for h in H:
        hp = f"{H_SHEET}!{h['row']}"
        if not h["tickets"]:
            lines.append((h["row"], 0, hp, "", h["cat"], h["why"]))
        for tk in h["tickets"]:
            tt = by_tk[id(tk)]
            lines.append((h["row"], tt["row"], hp, f"{F_SHEET}!{tt['row']}", h["cat"], h["why"]))
    for tt in tickets:
        if not tt["hs"]:
            lines.append((10**6, tt["row"], "", f"{F_SHEET}!{tt['row']}", "not_on_hmicfrs_list", tt["why"]))
    lines.sort(key=lambda x: (x[0], x[1]))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for x in lines:
            w.writerow(x[2:])
    return H, tickets, lines, h_nonitems


README = r'''# hubspot_ticket_pipeline_export

## Story
West Mercia Police's organisational-learning team moved its HMICFRS tracker out of Excel into
HubSpot Service Hub in March 2022 (a licence first bought for the OPCC's correspondence
desk). Every HMICFRS item is a **ticket** in a custom ticket pipeline "HMICFRS
Recommendations"; the stage is the status; custom properties hold the HMICFRS reference, the
inspection report, the item type, the lead officer and the governance boards. Before the
December 2026 Joint Audit Committee the analyst opened the **"All tickets"** view (sorted by
Create date, newest first) and used HubSpot's *Export view → XLSX*. Because that view is not
filtered by pipeline, two tickets of the finance team's "Internal Audit Actions" pipeline came
out too. HMICFRS's definitive list (register export, extracted 14 November 2026) is the other
side.

## Files
- `hmicfrs.xlsx`, sheet `Recommendations`: row 1 title, row 2 extract note, row 3 blank, row 4
  header (`Recommendation ID, Force, Report title, Publication date, Type, Recommendation,
  Status, Status date, Comment`), item rows 5–59 (55 items, 15 reports, 2013–2021; IDs are plain
  integers; dates are real Excel dates shown dd/mm/yyyy), row 60 blank, row 61 "55 records".
  Statuses: Awaiting review, Being progressed (open); Complete, Superseded, No further action
  required (closed). Texts are real HMICFRS wording, quirks kept (curly quotes, "•" bullets with
  no space, stray footnote "86" in ref 8311, "20" in ref 2321).
- `tracker.xlsx`, sheet `Tickets`: row 1 header, item rows 2–59 (58 tickets), nothing else — a
  HubSpot export has no title, footer or blank rows. Columns as HubSpot writes property labels:
  `Ticket ID` (HubSpot's 10-digit record id, a number — not an HMICFRS reference), `Ticket name`,
  `Ticket description` (the force's copy of the text, multi-line), `Pipeline`, `Ticket status`
  (pipeline stage label), `HMICFRS reference` (single-line text property), `Inspection report`
  (multiple-checkbox property: option labels joined by ";"), `Recommendation type` (dropdown
  label), `Lead officer` (dropdown label), `Ticket owner` (HubSpot user by name), `Governance
  board` (multiple checkbox, ";"-joined), `Target date` (date property as text yyyy-mm-dd),
  `Latest update`, `Priority`, `Create date`, `Last modified date`, `Last activity date`,
  `Close date` (datetimes as text "yyyy-mm-dd hh:mm", account time zone), `Associated Company`
  and `Associated Company IDs` (associations by name and by id, ";"-joined). All cells are
  strings except Ticket ID. Empty properties are empty cells.
- `truth.csv` (UTF-8), `README.md`, builder `../build_hubspot_ticket_pipeline_export.py`.

## Status words (force side) and how the truth reads them
Pipeline "HMICFRS Recommendations" stages:
- open: `New – awaiting allocation`, `In progress`, `Evidence gathering`, `On hold`.
- done: `Proposed for closure` (lead has signed the evidence off and the team proposes it to
  HMICFRS — DESIGN's "submitted/proposed for closure"; note HubSpot itself treats this stage as
  *open*: no Close date), `Closed – complete`, `Closed – superseded`, `Closed – not for force`
  (the WHITE of other trackers: not the force's to deliver; done).
- pipeline "Internal Audit Actions": `Agreed action – open`, `Implemented – verified` — not
  HMICFRS items whatever the stage.
Close date is filled only for HubSpot's closed stages, so it is not the done test.

## What the layout brings (row numbers are Excel rows)
- HubSpot record id in column A of every ticket; the HMICFRS reference is a separate text
  property, sometimes blank (row 34), once a list ("1189; 5540", row 57), once mistyped (row 33:
  8351 for 8315).
- Ticket names carry the force's own numbering ("PEEL19 R1", "PEEL Eff 15 AFI4", "pt1", "(a)")
  that is not an HMICFRS reference (rows 17–26, 38–45, 5–11).
- Multi-select and association columns joined with ";" (Inspection report row 57, Governance
  board throughout, Associated Company rows 14, 22, 26, 55).
- Rows ordered by Create date descending: the 2022 migration tickets share one morning; the
  split tickets (2023) and later tickets sit at the top; the sheet order is not the register's.
- Two pipelines in one export (rows 2–3 are internal audit actions).
- Force texts abbreviated (S&S, MSHT, DA, BWV, CCs, CoP, APP, HO, ISAs, NCRS, FCR), reworded,
  cut with "..." (row 53), typos ("complient" row 35, "supervison" row 18).

## Traps and how the truth decides them
- One ticket for two items: row 57 → HMICFRS rows 7 (ref 1189, 2013 report) and 16 (ref 5540,
  2015 report, same ask repeated); two truth lines, both closeable_submit (Proposed for closure).
- Split items: ref 8310 (HMICFRS row 31) over tickets 8–11, one per bullet; (c) row 9 still
  In progress → item open for the force, HMICFRS open → in_sync on all four lines. Ref 10233
  (HMICFRS row 57) over tickets 5–7, all Closed – complete → closeable_submit ×3.
- Conflicts (7): figure 10% vs 20% (H10/T54, also statuses differ — the figure decides);
  timescale three vs six months (H19/T48); report filed under "PEEL 2018/19" instead of the 2015
  efficiency report (H25/T43); type Recommendation vs Area for improvement (H30/T38); reference
  8315 vs 8351 on identical text (H36/T33); missing third bullet of the stop-and-search monitoring
  item (H40/T30); deadline By July 2021 vs By July 2022 (H59/T13).
- No reference: T34 matched by text to ref 8314 (the only NCRS/MSHT audit-capacity item).
- "Closed – not for force": T14 (ref 10234, addressed to Home Office/NPCC, HMICFRS open) →
  closeable_submit; T55 (ref 3302, HMICFRS No further action) → in_sync.
- Proposed for closure while HubSpot shows it open (no Close date): T18, 25, 29, 37, 42, 51, 57
  → closeable_submit against open HMICFRS items.
- closeable_local (3): H6/T58 (Superseded vs In progress), H33/T36, H49/T21.
- missing_from_force (5): HMICFRS rows 11 (3304, closed NFA but still on the list), 17 (5702),
  22 (6122), 37 (8316), 54 (9111).
- not_on_hmicfrs_list (4): T2, T3 (internal audit pipeline), T4 (the force's own local action
  in the HMICFRS pipeline), T12 (vetting ticket, ref 9377, report not on the list).
- Ref 8402 (T32): the force copied only the sentence addressed to chief constables; the dropped
  sentence addresses the Home Office/NPCC/APCC, so not a conflict: closeable_submit.
- No `review` lines.

## Counts (truth lines)
in_sync 28, closeable_submit 17, conflict 7, missing_from_force 5, not_on_hmicfrs_list 4,
closeable_local 3 — 64 lines; 55 HMICFRS items, 58 tickets.

## Rows that are not items
- hmicfrs.xlsx `Recommendations`: 1 (title), 2 (extract note), 3 (blank), 4 (header), 60
  (blank), 61 (record count "55 records").
- tracker.xlsx `Tickets`: 1 (header). No other non-item rows.

## Checks run
- Every HMICFRS item row 5–59 appears in truth at least once; every ticket row 2–59 appears
  exactly once except row 57 (twice, one ticket holding two items).
- Both workbooks read back with pandas (`header=3` / `header=0`) and openpyxl; refs cross-checked
  between truth pairs (only T34 blank and T33 8351 differ, by design).
- Two builds give identical bytes for all four files (md5).
'''


def write_readme():
    with open(OUT / "README.md", "w", encoding="utf-8", newline="\n") as f:
        f.write(README)


if __name__ == "__main__":
    H_, tickets_, lines_, hn = build()
    write_readme()
    from collections import Counter
    print(Counter(x[4] for x in lines_), len(lines_), len(H_), len(tickets_))
