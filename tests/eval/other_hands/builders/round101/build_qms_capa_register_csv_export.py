"""Builder for case qms_capa_register_csv_export (round 101, case C). Run: /work/main/.venv/bin/python build_qms_capa_register_csv_export.py"""
# Real HMICFRS wording (Open Government Licence), copied as literals.
TEXTS = {
    'P_alliance': 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.',
    'P_warks': 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and',
    'P_opmodel': 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;',
    'P_skills': 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    'P_consult': 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    'P_capacity': 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    'P_review': 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    'P_vuln': 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    'P_superv': 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    'P_digital': 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    'P_rui': 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    'P_crs': 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    'CDI': 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    'E_demand': 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    'E_costs': 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    'E_wfp': 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    'F_dacoc': 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    'F_arrest': 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.',
    'F_support': 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.',
    'F_phone': 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease',
    'F_mcoc': 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.',
    'F_mrec': 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',
    'V_rec': 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    'V_coc': 'The size of the vetting backlog within West Mercia Police is a cause of concern.',
    'A_control': 'The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.',
    'A_dash': 'The force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.',
    'A_invsup': 'The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.',
    'A_data': 'The force should make sure it has access to accurate data and analysis to support effective performance management.',
    'X_cautions': 'The force should revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue.',
    'N_sas13_0': 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
    'N_sas13_1': 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
    'N_sas13_2': 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.',
    'N_everyone_0': "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.",
    'N_austerity_0': "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews",
    'N_austerity_1': 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.',
    'N_austerity_2': 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.',
    'N_austerity_3': 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.',
    'N_core_0': 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
    'N_core_1': 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.',
    'N_integrity_0': 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    'N_sas15_0': 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.',
    'N_picture_0': 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.',
    'N_firearms_0': 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    'N_firearms_1': 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    'N_firearms_2': 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    'N_firearms_3': 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
    'N_firearms_4': 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.',
    'N_stolen_0': 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.',
    'N_stolen_1': 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible',
    'N_stolen_2': 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.',
    'N_stolen_3': 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.',
    'N_stolen_4': 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.',
    'N_stolen_5': 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).',
    'N_stolen_6': 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.',
    'N_efc17_0': "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
    'N_leg17_0': 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
    'N_leg17_1': 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
    'N_leg17_2': 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
    'N_leg17_3': 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
    'N_leg17_4': 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    'N_powers_0': 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
    'N_powers_1': 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
    'N_powers_2': 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
    'N_powers_3': 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
    'N_powers_4': 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
}
NAT_TITLES = {
    'sas13': ('Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), ['National recommendation', 'National recommendation', 'National recommendation']),
    'everyone': ("Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), ['National recommendation']),
    'austerity': ('Policing in austerity: Meeting the challenge', (2014, 7, 22), ['National recommendation', 'National recommendation', 'National recommendation', 'National recommendation']),
    'core': ('Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), ['National recommendation', 'National recommendation']),
    'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), ['National recommendation']),
    'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), ['National recommendation']),
    'picture': ('Building the picture: an inspection of police information management', (2015, 7, 1), ['National recommendation']),
    'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), ['National recommendation', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation']),
    'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), ['National recommendation', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation']),
    'efc17': ('PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), ['National recommendation']),
    'leg17': ('PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), ['Cause of concern', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation']),
    'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), ['National recommendation', 'National recommendation', 'National recommendation', 'National recommendation', 'National recommendation']),
}

# ---------------------------------------------------------------------------------------------
# Case: qms_capa_register_csv_export  (round 101, case C)
# The force side is a CSV export of the force's quality-management system (QMS) CAPA register
# (Corrective And Preventive Actions), into which HMICFRS items were migrated in April 2021.
# ---------------------------------------------------------------------------------------------
import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "qms_capa_register_csv_export"
OUT = os.path.join(HERE, CASE)
FORCE = "West Mercia Police"
RNG = random.Random(20261207101)

D = dt.date
REPORTS = {
    "PEEL18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", D(2019, 5, 2), "PEEL 2018/19"),
    "CDI16": ("Crime data integrity inspection 2016 – West Mercia Police", D(2016, 10, 20), "CDI 2016"),
    "EFF15": ("PEEL: Police efficiency 2015 – West Mercia Police", D(2015, 10, 15), "PEEL Efficiency 2015"),
    "EFT16": ("PEEL: Police effectiveness 2016 – West Mercia Police", D(2017, 3, 2), "PEEL Effectiveness 2016"),
    "LEG17F": ("PEEL: Police legitimacy 2017 – West Mercia Police", D(2017, 12, 12), "PEEL Legitimacy 2017"),
    "PEEL21": ("PEEL 2021/22: An inspection of West Mercia Police", D(2022, 6, 10), "PEEL 2021/22"),
}
for k, (title, (y, m, d), _types) in NAT_TITLES.items():
    REPORTS[k] = (title, D(y, m, d), None)

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
S1, S2, S3, S4 = "1. Raised", "2. Investigation", "3. Action Plan Agreed", "4. Implementation"
S5, S6, HOLD, CANC = "5. Effectiveness Check", "6. Closed", "On Hold", "Cancelled"
DONE_STAGES = {S5, S6, CANC}

OWNERS = {
    "pp": "MORGAN, Claire (Public Protection)", "crime": "PATEL, Ravi (Crime)",
    "cm": "HUGHES, Owen (Contact Management)", "ppl": "DAVIES, Sian (People Services)",
    "psd": "FLETCHER, Mark (Professional Standards)", "cd": "OKAFOR, Grace (Corporate Development)",
    "fel": "BRENNAN, Tom (Firearms Licensing)", "lp": "WALSH, Helen (Local Policing)",
    "dig": "CARTER, James (Digital Services)", "cj": "KAUR, Jaspreet (Criminal Justice)",
    "fq": "HALL, Rebecca (Forensic Quality)", "fin": "ASHWORTH, Paul (Finance)",
    "fcr": "LLOYD, Bethan (Force Crime Registrar)",
}

# ----- text helpers: how the force typed or pasted HMICFRS wording ---------------------------
STEM_RE = re.compile(r"^(HMIC(?:FRS)? recommends that (?:within six months )?the force should(?: immediately)?:\s*)", re.I)
ABBR = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"Stop and Search", "S&S"), (r"chief constables", "CCs"),
    (r"Chief Constables", "CCs"), (r"Authorised Professional Practice", "APP"),
    (r"College of Policing", "CoP"), (r"child sexual exploitation", "CSE"),
    (r"body-worn video", "BWV"), (r"released under investigation", "RUI"),
    (r"information-sharing agreements", "ISAs"), (r"officers and staff", "officers & staff"),
    (r"police and crime commissioners", "PCCs"), (r"Home Office", "HO"),
]


def nostem(t):
    t = STEM_RE.sub("", t)
    return t[0].upper() + t[1:]


def abbr(t):
    for a, b in ABBR:
        t = re.sub(a, b, t)
    return t


def straight(t):
    return t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def cut(t, n=250):
    # the 2021 migration macro cut long descriptions at 250 characters
    return t[:n].rstrip() + "..." if len(t) > n else t


def bullets_dash(t):
    return t.replace("\n• ", "\n- ").replace("• ", "\n- ").replace("•", "\n- ")


def form(t, how):
    for h in how.split("+"):
        t = {"full": lambda x: x, "ns": nostem, "ab": abbr, "sq": straight, "cut": cut,
             "dash": bullets_dash}[h](t)
    return t


# ----- the HMICFRS items (definitive list) and how the force holds each ----------------------
# (key, text key, report, type, HMICFRS status, truth category, force spec)
# force spec: dict(stage, ftype, ref, title, desc, owner[, upd]) | ("split", [spec...]) |
#             ("pair", other key) | None (missing from force)
ITEMS = []


def item(key, tk, rep, ty, hs, cat, spec, why=""):
    ITEMS.append(dict(key=key, text=TEXTS[tk], rep=rep, type=ty, hs=hs, cat=cat, spec=spec, why=why))


def F(stage, title, desc, owner, ftype="Recommendation", ref="", upd=None, linked=""):
    return dict(stage=stage, title=title, desc=desc, owner=owner, ftype=ftype, ref=ref, upd=upd, linked=linked)


T = TEXTS
# --- PEEL 2018/19 West Mercia
item("A", "P_alliance", "PEEL18", COC, "Being progressed", "in_sync",
     F(S4, "CoC – continuity of services when alliance ends", form(T["P_alliance"], "sq"), "cd", "Cause for Concern", "HMICFRS {id}"))
item("B", "P_warks", "PEEL18", REC, "Awaiting review", "closeable_submit",
     F(S6, "Alliance exit – transition arrangements with Warwickshire", form(T["P_warks"], "ns"), "cd", ref="PEEL 18/19 CoC1 rec (i)"))
item("C", "P_opmodel", "PEEL18", REC, "Being progressed", "in_sync",
     F(S3, "Define new operating model post alliance", form(T["P_opmodel"], "ns"), "cd", ref="HMICFRS ref {id}"))
item("D", "P_skills", "PEEL18", REC, "Being progressed", "closeable_submit",
     F(S5, "Skills project – all skills incl non-operational", form(T["P_skills"], "ns+ab"), "ppl", ref="PEEL 18/19 CoC1 rec (iii)"))
item("E", "P_consult", "PEEL18", REC, "Awaiting review", "missing_from_force", None)
item("F", "P_capacity", "PEEL18", COC, "Being progressed", "in_sync",
     F(S4, "CoC – investigative capacity and capability", form(T["P_capacity"], "full"), "crime", "Cause for Concern", "HMICFRS {id}"))
item("G", "P_review", "PEEL18", REC, "Complete", "in_sync",
     F(S6, "Review of investigator workload / capacity", form(T["P_review"], "ns+sq"), "crime", ref="HMICFRS {id}"))
item("H", "P_vuln", "PEEL18", REC, "Complete", "closeable_local",
     F(S4, "Vulnerability review with partners", form(T["P_vuln"], "ns"), "pp", ref="PEEL 18/19 CoC2 rec (ii)"))
item("I", "P_superv", "PEEL18", REC, "Being progressed", "in_sync",
     F(S4, "Supervison of investigations – recorded", "Ensure regular and active supervison of the quality and progress of investigations. This supervison should be properly recorded;", "crime", ref="Ref {id}"))
item("J", "P_digital", "PEEL18", REC, "Being progressed", "closeable_submit",
     F(S5, "Digital evidence retrieval – phones/computers", form(T["P_digital"], "ns"), "dig", ref="HMICFRS {id}"))
item("K", "P_rui", "PEEL18", REC, "Awaiting review", "in_sync",
     F(HOLD, "RUI and bail management", form(T["P_rui"], "ns+ab"), "cj", ref="PEEL 18/19 CoC2 rec (iv)",
       upd="On hold pending the national PACE bail changes (Police, Crime, Sentencing and Courts Act). To be restarted Q1."))
item("L", "P_crs", "PEEL18", AFI, "Being progressed", "conflict",
     F(S4, "Crime recording system – case file management", form(T["P_crs"], "full"), "fcr", "AFI", "HMICFRS CDI 2019 - AFI 2"),
     "report: the force files this AFI under a 2019 crime data integrity inspection; HMICFRS holds it under PEEL 2018/19")
# --- CDI 2016: split by the force into three CAPAs
cdi_parts = [
    F(S6, "CDI 2016 rec 1 (part 1 of 3) – victims believed / call summaries",
      "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;",
      "fcr", ref="CDI 2016 rec 1"),
    F(S6, "CDI 2016 rec 1 (part 2 of 3) – multiple crimes / awaiting medicals",
      "• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and",
      "fcr", ref="CDI 2016 rec 1"),
    F(S4, "CDI 2016 rec 1 (part 3 of 3) – online reports triage",
      "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.",
      "cm", ref="CDI 2016 rec 1", upd="Online reporting triage SOP drafted; awaiting Single Online Home release 4.2 before go-live."),
]
item("M", "CDI", "CDI16", REC, "Being progressed", "in_sync", ("split", cdi_parts),
     "split into three CAPAs (bullets 1-2, 3-4, 5); parts 1 and 2 closed, part 3 still in implementation, so the item is open on both sides")
# --- PEEL efficiency 2015
item("N", "E_demand", "EFF15", AFI, "Superseded", "closeable_local",
     F(S3, "Demand – current and future (FMS)", form(T["E_demand"], "full"), "cd", "AFI", "Eff 2015 AFI 1"))
item("O", "E_costs", "EFF15", AFI, "Being progressed", "conflict",
     F(S4, "Outcomes, outputs and costs", form(T["E_costs"], "full") + ".", "fin", "Recommendation", "Eff 2015 (2)"),
     "type: HMICFRS lists an area for improvement; the force's Finding Type says Recommendation")
item("P", "E_wfp", "EFF15", AFI, "Superseded", "in_sync",
     F(S6, "Workforce plan aligned to demand and budget", form(T["E_wfp"], "full"), "ppl", "AFI", "Eff 2015 AFI 3"))
# --- PEEL effectiveness 2016
item("Q", "F_dacoc", "EFT16", COC, "No further action required", "closeable_local",
     F(S4, "CoC – DA approach (victim support / arrest)", form(T["F_dacoc"], "ab+sq"), "pp", "Cause for Concern", "HMICFRS {id}"))
item("R", "F_arrest", "EFT16", REC, "Complete", "in_sync",
     F(S6, "DA – arrest, ancillary orders & powers", form(T["F_arrest"], "ab"), "pp", ref="HMICFRS {id}"))
item("S", "F_support", "EFT16", REC, "Being progressed", "closeable_submit",
     F(S6, "DA – why victims do not support investigations", form(T["F_support"], "ab"), "pp", ref="Eff 2016 DA rec 2"))
item("T", "F_phone", "EFT16", REC, "Being progressed", "missing_from_force", None)
item("U", "F_mcoc", "EFT16", COC, "Being progressed", "in_sync",
     F(S4, "CoC – missing and absent children", cut(form(T["F_mcoc"], "sq")), "pp", "Cause for Concern", "Eff 2016 CoC 2"))
mrec = T["F_mrec"]
mparts = [
    F(S6, "Missing children rec – (a) missing/absent category",
      "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that: (a) call takers understand and use the missing and absent category appropriately;",
      "cm", ref="HMICFRS {id} (a)"),
    F(S5, "Missing children rec – (b) CSE risk factors training",
      "(b) call takers and frontline staff have the necessary knowledge to identify risk factors associated with CSE and how to respond to such cases",
      "pp", ref="HMICFRS {id} (b)"),
    F(S6, "Missing children rec – (c) supervisory oversight",
      "(c) supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
      "lp", ref="HMICFRS {id} (c)"),
]
item("V", "F_mrec", "EFT16", REC, "Being progressed", "closeable_submit", ("split", mparts),
     "split into three CAPAs, one per bullet (a)-(c); all three are at stage 5 or 6 (done), HMICFRS still has it open")
# --- PEEL legitimacy 2017 (force): vetting
item("W", "V_coc", "LEG17F", COC, "Being progressed", "in_sync",
     F(S4, "CoC – vetting backlog", form(T["V_coc"], "full"), "psd", "Cause for Concern", "HMICFRS {id}"))
item("X", "V_rec", "LEG17F", REC, "Awaiting review", "closeable_submit",
     F(S5, "Vetting clearance for all staff / renewals", form(T["V_rec"], "full"), "psd", ref="Legit 2017 rec 1"))
# --- PEEL 2021/22
item("Y", "A_control", "PEEL21", AFI, "Being progressed", "in_sync",
     F(S3, "Control room resourcing model & wellbeing", form(T["A_control"], "full"), "cm", "AFI", "PEEL 21/22 AFI 4"))
item("Z", "A_dash", "PEEL21", AFI, "Being progressed", "closeable_submit",
     F(S6, "Supervision of initial DASH risk assessment", form(T["A_dash"], "full"), "pp", "AFI", "HMICFRS {id}"))
item("AA", "A_invsup", "PEEL21", AFI, "Awaiting review", "missing_from_force", None)
item("AB", "A_data", "PEEL21", AFI, "Being progressed", "in_sync",
     F(S2, "Accurate data & analysis for performance mgmt", form(T["A_data"], "full"), "cd", "AFI", "PEEL 21/22 AFI 9"))
# --- national: stop and search 2013
item("N1", "N_sas13_0", "sas13", NAT, "Complete", "in_sync",
     F(S6, "S&S APP – specification of effective and fair use", form(T["N_sas13_0"], "ab"), "lp", ref="Stop & Search powers (HMIC 2013) rec 1"))
item("N2", "N_sas13_1", "sas13", NAT, "Superseded", "closeable_local",
     F(S4, "S&S monitoring (2013)", form(T["N_sas13_1"], "ab"), "lp", ref="Stop & Search powers (HMIC 2013) rec 2",
       upd="Monitoring continues through the Stop Search Scrutiny Panel; quarterly data to OPCC."))
item("N3", "N_sas13_2", "sas13", NAT, "Complete", "in_sync",
     F(S6, "S&S – explain use to public / community scrutiny (2013)", form(T["N_sas13_2"], "full"), "lp", ref="Stop & Search powers (HMIC 2013) rec 3"))
# --- everyone's business
item("N4", "N_everyone_0", "everyone", NAT, "Complete", "in_sync",
     F(S6, "DA action plan (Everyone's Business)", cut(form(T["N_everyone_0"], "full")), "pp", ref="Everyone's Business (DA) 2014"))
# --- austerity
item("N5", "N_austerity_0", "austerity", NAT, "Awaiting review", "missing_from_force", None)
item("N6", "N_austerity_1", "austerity", NAT, "Being progressed", "conflict",
     F(S4, "Collaboration savings – scope to improve", T["N_austerity_1"].replace("less than 10%", "less than 15%"), "fin",
       ref="Policing in Austerity 2014 rec 2"),
     "figure: HMICFRS text says forces planning to deliver less than 10% of their savings through collaboration; the force's copy says 15%")
item("N7", "N_austerity_2", "austerity", NAT, "No further action required", "closeable_local",
     F(S2, "Front line workforce reduction – crime fighting capacity", form(T["N_austerity_2"], "ab"), "fin", ref="Policing in Austerity 2014 rec 3"))
item("N8", "N_austerity_3", "austerity", NAT, "Complete", "in_sync",
     F(S6, "Collaboration plans – next spending round", form(T["N_austerity_3"], "full"), "fin", ref="Policing in Austerity 2014 rec 4"))
# --- core business
item("N9", "N_core_0", "core", NAT, "Being progressed", "closeable_submit",
     F(S6, "THRIVE criteria for call handlers", form(T["N_core_0"], "full"), "cm", ref="HMICFRS {id}"))
item("N10", "N_core_1", "core", NAT, "Being progressed", "in_sync",
     F(S4, "Crime prevention activity recorded & evaluated", form(T["N_core_1"], "full"), "lp", ref="Core Business 2014"))
# --- integrity
item("N11", "N_integrity_0", "integrity", NAT, "Awaiting review", "closeable_submit",
     F(S5, "Misconduct NFA outcomes – fairness / discrimination", form(T["N_integrity_0"], "sq"), "psd", ref="Integrity Matters 2015"))
# --- stop and search 2 (2015): near-duplicate of N3's text
item("N12", "N_sas15_0", "sas15", NAT, "Being progressed", "in_sync",
     F(S4, "S&S 2 – explain use to public / community scrutiny (2015)", form(T["N_sas15_0"], "ab"), "lp", ref="Stop & search powers 2 (2015)"))
# --- building the picture
item("N13", "N_picture_0", "picture", NAT, "Awaiting review", "closeable_submit",
     F(S6, "APP information management – audit scrutiny", form(T["N_picture_0"], "ab"), "dig", ref="HMICFRS {id}"))
# --- firearms licensing
item("N14", "N_firearms_0", "firearms", NAT, "Being progressed", "conflict",
     F(S4, "FEL governance v APP", T["N_firearms_0"].replace("Within three months", "Within six months"), "fel",
       ref="Targeting the Risk rec 1"),
     "timescale: HMICFRS says within three months; the force's copy says within six months")
item("N15", "N_firearms_1", "firearms", NAT, "Being progressed", "in_sync",
     F(S3, "FEL demand and capacity", form(T["N_firearms_1"], "full"), "fel", ref="Targeting the Risk rec 2"))
item("N16", "N_firearms_2", "firearms", NAT, "Awaiting review", "conflict",
     F(S6, "FEL – 'total expired' records", form(T["N_firearms_2"], "sq"), "fel", ref="HMICFRS {id:N17}"),
     "reference: the text is the 'total expired' recommendation but Source Reference gives the register ID of the temporary-permits recommendation")
item("N17", "N_firearms_3", "firearms", NAT, "Being progressed", "closeable_submit",
     F(S5, "FEL temporary permits / NFLMS", form(T["N_firearms_3"], "full"), "fel", ref="Targeting the Risk rec 4"))
item("N18", "N_firearms_4", "firearms", NAT, "Awaiting review", "missing_from_force", None)
# --- stolen freedom
sf = T["N_stolen_0"].split("\n")
item("N19", "N_stolen_0", "stolen", NAT, "Being progressed", "conflict",
     F(S4, "MSHT leadership & governance review", "\n".join(sf[:3]) + "\n" + sf[3].replace("; and", "."), "crime",
       ref="Stolen Freedom (MSHT) 2017 rec 1"),
     "missing bullet: the force's copy has three of the four bullets (the performance and quality assurance bullet is gone)")
item("N20", "N_stolen_1", "stolen", NAT, "Being progressed", "conflict",
     F(S4, "MSHT – ISAs with other agencies", "Within twelve months, forces should have in place active ISAs with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible",
       "crime", ref="Stolen Freedom (MSHT) 2017 rec 2"),
     "timescale: HMICFRS says within six months; the force's copy says within twelve months")
item("N21", "N_stolen_2", "stolen", NAT, "Being progressed", "in_sync",
     F(S4, "MSHT – s45 defence", form(T["N_stolen_2"], "full"), "cj", ref="HMICFRS {id}"))
item("N22", "N_stolen_3", "stolen", NAT, "Awaiting review", "closeable_submit",
     F(S6, "MSHT – NRM compliance / duty to notify", form(T["N_stolen_3"], "ab"), "pp", ref="Stolen Freedom (MSHT) 2017 rec 4"))
item("N23", "N_stolen_4", "stolen", NAT, "Being progressed", "in_sync",
     F(S3, "MSHT – NCRS compliance & FCR audit capacity", form(T["N_stolen_4"], "cut"), "fcr", ref="HMICFRS {id}"))
item("N24", "N_stolen_5", "stolen", NAT, "Complete", "closeable_local",
     F(S4, "MSHT investigations – skills & supervision", form(T["N_stolen_5"], "ab"), "crime", ref="Stolen Freedom (MSHT) 2017 rec 6"))
item("N25", "N_stolen_6", "stolen", NAT, "Being progressed", "in_sync",
     F(HOLD, "MSHT preventative powers (STPO/STRO)", form(T["N_stolen_6"], "ab"), "crime", ref="Stolen Freedom (MSHT) 2017 rec 7",
       upd="Paused – awaiting revised national guidance on slavery and trafficking prevention orders."))
# --- efficiency 2017 national
item("N26", "N_efc17_0", "efc17", NAT, "Being progressed", "conflict",
     F(S4, "Digital services plan", T["N_efc17_0"].replace("By September 2018", "By September 2019"), "dig",
       ref="PEEL Efficiency 17 (all forces)"),
     "deadline: HMICFRS says by September 2018; the force's copy says by September 2019")
# --- legitimacy 2017 national
item("N27", "N_leg17_0", "leg17", COC, "Being progressed", "in_sync",
     F(S3, "National CoC – S&S reasonable and fair (BAME disproportionality)", form(T["N_leg17_0"], "ab"), "lp", "Cause for Concern", "PEEL Legit 17 S&S CoC"))
item("N28", "N_leg17_1", "leg17", NAT, "Awaiting review", "closeable_submit",
     F(S5, "S&S data monitoring (July 2018)", form(T["N_leg17_1"], "dash"), "lp", ref="PEEL Legit 17 S&S rec 1"))
pair_desc = form(T["N_leg17_2"], "dash") + "\n\n" + T["N_leg17_3"]
item("N29", "N_leg17_2", "leg17", NAT, "Being progressed", "in_sync",
     F(S4, "S&S disparities – research, action and annual publication", pair_desc, "lp", ref="HMICFRS {id}",
       linked="Also addresses HMICFRS {id:N30}"),
     "one CAPA holds two HMICFRS items (this one and the annual-publication item, named in Linked Findings); open on both sides")
item("N30", "N_leg17_3", "leg17", NAT, "Being progressed", "in_sync", ("pair", "N29"),
     "held in the same CAPA as the disparities item (Linked Findings names this register ID); open on both sides")
item("N31", "N_leg17_4", "leg17", NAT, "Complete", "closeable_local",
     F(S4, "S&S unconscious bias training & APP", form(T["N_leg17_4"], "ab"), "lp", ref="PEEL Legit 17 S&S rec 4"))
# --- disproportionate use of powers 2021
item("N32", "N_powers_0", "powers", NAT, "Being progressed", "in_sync",
     F(S4, "Communication skills – conflict mgmt guidelines", form(T["N_powers_0"], "ab"), "ppl", ref="Police powers spotlight (Feb 21) rec 1"))
item("N33", "N_powers_1", "powers", NAT, "Being progressed", "closeable_submit",
     F(S6, "Comms skills in CPD / BWV debriefs", form(T["N_powers_1"], "ab"), "ppl", ref="Police powers spotlight (Feb 21) rec 2"))
item("N34", "N_powers_2", "powers", NAT, "Being progressed", "missing_from_force", None)
item("N35", "N_powers_3", "powers", NAT, "Awaiting review", "closeable_submit",
     F(CANC, "Use of force data quality (HO/NPCC)", form(T["N_powers_3"], "full"), "cd", ref="Police powers spotlight (Feb 21) rec 4",
       upd="Cancelled – not for the force to deliver: recommendation addressed to the Home Office and NPCC. No local action."),
     "force stage Cancelled with the reason 'not for the force to deliver' (addressed to the Home Office and NPCC): the force's 'done' (like WHITE), HMICFRS still open")
item("N36", "N_powers_4", "powers", NAT, "Complete", "closeable_local",
     F(S3, "Use of force – internal monitoring / disproportionality", form(T["N_powers_4"], "ab"), "ppl", ref="Police powers spotlight (Feb 21) rec 5"))

# ----- force-only records (not on the HMICFRS list) ------------------------------------------
LOCAL = [
    dict(stype="UKAS Assessment", ref="UKAS visit Oct 2022 – NC 3", ftype="Minor NC",
         title="Balance calibration records not countersigned",
         desc="Calibration records for the analytical balance in the Forensic Submissions Unit were not countersigned by the reviewing officer for three consecutive months.",
         owner="fq", stage=S6, raised=D(2022, 10, 27), why="a UKAS accreditation finding from the forensic side of the same QMS; no HMICFRS item"),
    dict(stype="UKAS Assessment", ref="UKAS visit Oct 2022 – NC 5", ftype="Observation",
         title="Mobile phone extraction tool – validation record",
         desc="The validation report for the mobile phone extraction tool (software version 7.2) did not record the date the revalidation was approved.",
         owner="fq", stage=S4, raised=D(2022, 10, 27), why="a UKAS observation on digital forensics; shares words with the PEEL digital evidence item but is not an HMICFRS item"),
    dict(stype="Internal Audit", ref="IA 2023/24 – FEL governance", ftype="Recommendation",
         title="Internal audit of firearms licensing governance",
         desc="Internal audit of the firearms licensing governance arrangements (audit plan 2023/24): the FEL risk register should be reviewed monthly and reported to the Firearms Licensing Board.",
         owner="fel", stage=S3, raised=D(2023, 11, 14), why="an internal audit recommendation on firearms licensing governance, close in topic to Targeting the Risk rec 1 but Source Type is Internal Audit and the ask differs"),
    dict(stype="IOPC Learning", ref="IOPC 2022/011234", ftype="Learning Recommendation",
         title="Custody – record of welfare checks",
         desc="IOPC learning recommendation: the force should remind custody staff to record every welfare check on the custody record at the time it is carried out.",
         owner="cj", stage=S6, raised=D(2022, 3, 8), why="an IOPC learning recommendation; not on the HMICFRS list"),
    dict(stype="External Inspection", ref="PEEL Legitimacy 2015 AFI 2", ftype="AFI",
         title="Out of court disposals – auditable explanation / victim views",
         desc=TEXTS["X_cautions"],
         owner="cj", stage=S6, raised=D(2021, 4, 6), why="a real HMICFRS AFI from an older report, closed at the force and no longer on HMICFRS's definitive list: query it with HMICFRS"),
    dict(stype="Self-identified", ref="PEEL 21/22 hot debrief", ftype="Opportunity for Improvement",
         title="DA problem profile refresh",
         desc="Refresh the domestic abuse problem profile and add it to the control strategy (raised after the PEEL 2021/22 hot debrief).",
         owner="pp", stage=S4, raised=D(2022, 2, 1), why="the force's own action raised after a hot debrief; not an HMICFRS item"),
]

UPD = {
    S1: ["Awaiting allocation.", "New record – owner to confirm scope."],
    S2: ["Owner reviewing current position against the recommendation.", "Scoping meeting held; gap analysis under way."],
    S3: ["Action plan agreed at Organisational Learning Board.", "Task & Finish group set up; plan approved by the chief officer lead."],
    S4: ["Work undertaken in area but still requires development to complete.", "Policy rewrite under way; communications plan drafted.",
         "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update."],
    S5: ["Actions implemented. 3-month effectiveness check (dip sample) due before closure.", "Implemented; effectiveness check by Corporate Development in progress."],
    S6: ["Closed – evidence held in QMS attachments.", "Completed. Evidence pack filed; effectiveness check passed."],
    HOLD: ["On hold."],
    CANC: ["Cancelled."],
}

# ----- README ----------------------------------------------------------------------------------
def write_readme(info):
    recs, truth = info["recs"], info["truth"]
    byk = {it["key"]: it for it in ITEMS}
    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1

    def frows(key):
        return ", ".join(str(r["frow"]) for r in recs if r["item"] is not None and r["item"]["key"] == key)

    def hrow(key):
        return byk[key]["hrow"]

    loc = [r for r in recs if r["item"] is None]
    n_done = sum(1 for r in recs if r["stage"] in DONE_STAGES)
    L = []
    a = L.append
    a("# Case `qms_capa_register_csv_export` (round 101, case C)\n")
    a("## Story\n")
    a("West Mercia Police's Forensic Quality team has run a quality-management system (QMS) with a CAPA "
      "register (Corrective And Preventive Actions) for its ISO 17025 / UKAS accreditation for years. In "
      "April 2021 the force retired its Excel HMICFRS tracker and moved every open and recently closed "
      "HMICFRS item into the same CAPA register (raised date 06/04/2021, a `Legacy ID` from the old "
      "spreadsheet, some long descriptions cut at 250 characters by the migration macro, marked `...`). "
      "New HMICFRS items have been raised as CAPAs since. The register also holds UKAS findings, internal "
      "audit and IOPC learning actions and the force's self-identified improvements. For the next Joint "
      "Audit Committee the analyst exports the register to CSV from the QMS's report screen and reconciles "
      "it with HMICFRS's definitive list. This is the file a new user brings on a first run: a system export whose "
      "workflow stages stand in for RAG status, with its own record numbers and free-typed references.\n")
    a("## Files\n")
    a("- `hmicfrs.xlsx`: the register's ordinary export. One sheet `Recommendations`, header on row 1 "
      "(`Recommendation ID`, `Force`, `Report title`, `Publication date`, `Type`, `Recommendation`, `Status`, "
      "`Status date`), item rows 2-%d (%d items from %d reports: 6 West Mercia reports and %d all-forces reports), "
      "sorted by register ID (which rises with publication). Dates are real Excel dates. Texts are verbatim "
      "public wording with their quirks (curly quotes, `•` bullets with and without spaces, the stray "
      "footnote digits `86` and `20`)." % (info["hm_n"] + 1, info["hm_n"], len({it["rep"] for it in ITEMS}), len({it["rep"] for it in ITEMS}) - 6))
    a("- `tracker.csv`: the QMS export, **Windows-1252**, CRLF records, comma-separated, fields quoted only when "
      "needed; several Description fields contain line breaks inside quotes (still one Excel row each). "
      "Rows 1-3 are the export's banner (title, `Exported 02/12/2024 16:41 by ...`, the filter line), row 4 blank, "
      "row 5 the header, item rows 6-%d (%d CAPA records), row %d blank, row %d the footer "
      "`%d record(s) exported.` Columns: `CAPA No.`, `Title`, `Source Type`, `Source Reference`, `Legacy ID`, "
      "`Finding Type`, `Description`, `Linked Findings`, `Owner`, `Raised Date`, `Target Date`, `Stage`, "
      "`Date Implemented`, `Date Closed`, `Latest Update`, `Last Modified`, `Modified By`. Dates dd/mm/yyyy, "
      "timestamps dd/mm/yyyy hh:mm." % (recs[-1]["frow"], len(recs), info["footer_rows"][0], info["footer_rows"][1], len(recs)))
    a("- `truth.csv`: %d lines (`hmicfrs_row,force_row,category,why`).\n" % len(truth))
    a("## What the layout brings\n")
    a("1. **Status is a workflow stage**, not a RAG word: `1. Raised`, `2. Investigation`, `3. Action Plan Agreed`, "
      "`4. Implementation`, `On Hold` = open; `5. Effectiveness Check` (actions implemented, `Date Implemented` filled, "
      "only the post-implementation check remains), `6. Closed` = done; `Cancelled` appears once (row %s) with the "
      "reason 'not for the force to deliver: addressed to the Home Office and NPCC' in `Latest Update`, read as the "
      "force's done (the WHITE of a RAG tracker). %d of %d records are done by this reading." % (frows("N35"), n_done, len(recs)))
    a("2. **Two numbers that are not HMICFRS references**: `CAPA No.` (CAPA-0112 ...) and `Legacy ID` (L0xx, the old "
      "spreadsheet's row number). Only `Source Reference` sometimes holds the register ID, free-typed: `HMICFRS <id>`, "
      "`HMICFRS ref <id>`, `Ref <id>`, `HMICFRS <id> (a)`; more often it names the report and the force's own number "
      "(`PEEL 18/19 CoC1 rec (iii)`, `Targeting the Risk rec 4`, `Stolen Freedom (MSHT) 2017 rec 2`, `Eff 2015 AFI 3`).")
    a("3. **Banner and footer rows** in a CSV: rows 1-4 and the last two rows are not items.")
    a("4. **Mixed sources**: `Source Type` is `External Inspection` for HMICFRS items, but the register also holds "
      "`UKAS Assessment`, `Internal Audit`, `IOPC Learning` and `Self-identified` records (rows %s)." % ", ".join(str(r["frow"]) for r in loc))
    a("5. **Finding Type in QMS words**: `Recommendation`, `AFI`, `Cause for Concern` (HMICFRS: `Cause of concern`), "
      "`Minor NC`, `Observation`, `Learning Recommendation`, `Opportunity for Improvement`. National recommendations "
      "are typed `Recommendation` (not a conflict).")
    a("6. **Migration marks**: the 2021 block shares one raised date; some descriptions cut at 250 characters with `...` "
      "(rows %s); some updates begin `Migrated from legacy HMICFRS tracker (Excel) 06/04/2021.`" % ", ".join(
          str(r["frow"]) for r in recs if r["desc"].endswith("...")))
    a("7. **Owner** as directory names `SURNAME, Firstname (Department)`; `Modified By` sometimes `SYSTEM`.\n")
    a("## Traps and how the truth decides them\n")
    a("- **Split item** (CDI 2016 rec 1, HMICFRS row %d): three CAPAs, rows %s, titled `part 1 of 3` ... with bullets "
      "1-2, 3-4 and 5. Parts 1-2 are `6. Closed`, part 3 is `4. Implementation`: the item is open, HMICFRS "
      "`Being progressed` -> `in_sync` on all three lines." % (hrow("M"), frows("M")))
    a("- **Split item, all done** (missing children recommendation, HMICFRS row %d): rows %s, one per bullet "
      "(a)-(c), stages 6/5/6 -> `closeable_submit` on all three lines." % (hrow("V"), frows("V")))
    a("- **Two items in one CAPA** (row %s): the disparities item (HMICFRS row %d) and the annual-publication "
      "item (row %d); `Linked Findings` reads `Also addresses HMICFRS <id>`. Two truth lines, both `in_sync` (open/open)." % (
          frows("N29"), hrow("N29"), hrow("N30")))
    a("- **Wrong register ID** (row %s): the description is the 'total expired' firearms recommendation (HMICFRS row %d) "
      "but `Source Reference` gives the ID of the temporary-permits recommendation (HMICFRS row %d), which has its own "
      "CAPA (row %s, `Targeting the Risk rec 4`). A person pairs by text: 'total expired' -> `conflict` (reference); "
      "temporary permits -> `closeable_submit`." % (frows("N16"), hrow("N16"), hrow("N17"), frows("N17")))
    a("- **Near-identical national texts**: Stop and search 2013 rec 3 (HMICFRS row %d, force row %s) and Stop and search "
      "powers 2 (2015) (HMICFRS row %d, force row %s) differ by a few words ('elected local policing bodies' vs 'police and "
      "crime commissioners'); `Source Reference` names the report and decides each pair." % (
          hrow("N3"), frows("N3"), hrow("N12"), frows("N12")))
    for k in ["L", "O", "N6", "N14", "N19", "N20", "N26"]:
        a("- **Conflict** HMICFRS row %d / force row %s: %s." % (hrow(k), frows(k), byk[k]["why"]))
    a("- **Cut descriptions** (rows %s) end in `...`: the migration cut them at 250 characters. A cut is not a "
      "missing bullet or changed wording; these pairs are decided on what is left and stay `in_sync`." % ", ".join(
          str(r["frow"]) for r in recs if r["desc"].endswith("...")))
    a("- **On Hold** rows %s, %s: open (`in_sync` with open HMICFRS items)." % (frows("K"), frows("N25")))
    a("- **Misspelt copy** row %s ('supervison'), abbreviations (DA, S&S, MSHT, CCs, APP, ISAs, BWV, RUI, CSE), stems "
      "dropped ('HMIC recommends that ... should:'), quotes straightened, bullets turned into `- ` dashes: all still the "
      "same item." % frows("I"))
    a("- **Missing from force**: HMICFRS rows %s have no CAPA." % ", ".join(
        str(h) for h in sorted(byk[k]["hrow"] for k in ["E", "T", "AA", "N5", "N18", "N34"])))
    a("- **Not on the HMICFRS list**: rows %s. Row %s is a real HMICFRS AFI (PEEL Legitimacy 2015, out-of-court disposals) "
      "that the force closed and HMICFRS no longer lists; row %s (internal audit of firearms licensing governance) is close "
      "in topic to Targeting the Risk rec 1 but is not it." % (", ".join(str(r["frow"]) for r in loc),
                                                            [r["frow"] for r in loc if r["stype"] == "External Inspection"][0],
                                                            [r["frow"] for r in loc if r["stype"] == "Internal Audit"][0]))
    a("- No `review` lines: every pair is decidable from the two rows.\n")
    a("## Counts (truth lines)\n")
    for c in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"]:
        a("- `%s`: %d" % (c, counts.get(c, 0)))
    a("- total: %d lines; %d HMICFRS items; %d force records (two split items add 4 lines, one record holds two items).\n" % (
        len(truth), info["hm_n"], len(recs)))
    a("## Rows that are not items\n")
    a("- `hmicfrs.xlsx` `Recommendations!1`: header.")
    a("- `tracker.csv` rows 1-3: export banner (title, export stamp, filter line); row 4: blank; row 5: header; row %d: "
      "blank; row %d: footer `%d record(s) exported.`\n" % (info["footer_rows"][0], info["footer_rows"][1], len(recs)))
    a("## Checks run\n")
    a("- Every HMICFRS item row (2-%d) appears in truth at least once; every CAPA row (6-%d) appears once, row %s twice "
      "(two items); no truth line points at a non-item row." % (info["hm_n"] + 1, recs[-1]["frow"], frows("N29")))
    a("- Files read back with pandas (`read_excel`; `read_csv(encoding='cp1252', skiprows=4, skipfooter=2, engine='python')`) "
      "and openpyxl, and the CSV with Python's csv module counting Excel rows; row numbers in truth agree.")
    a("- Built twice: every file identical byte for byte (fixed seed, fixed workbook properties, XlsxWriter's fixed zip timestamps).")
    a("- The case was never run through `reconcile`; the truth is by eye as described above.")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

# ----- build -----------------------------------------------------------------------------------
EXPORT_AT = dt.datetime(2024, 12, 2, 16, 41)
MIGRATED = D(2021, 4, 6)
OPEN_H = {"Awaiting review", "Being progressed"}


def ddmmyyyy(d):
    return d.strftime("%d/%m/%Y") if d else ""


def rand_date(lo, hi):
    if hi <= lo:
        return lo
    return lo + dt.timedelta(days=RNG.randint(0, (hi - lo).days))


def build():
    os.makedirs(OUT, exist_ok=True)
    # register IDs ascend with publication (the register numbers items as they are added)
    order = sorted(range(len(ITEMS)), key=lambda i: (REPORTS[ITEMS[i]["rep"]][1], i))
    ids = sorted(RNG.sample(range(3100, 9800), len(ITEMS)))
    for n, i in enumerate(order):
        ITEMS[i]["id"] = ids[n]
    byk = {it["key"]: it for it in ITEMS}

    def fill(s, it):
        s = re.sub(r"\{id:(\w+)\}", lambda m: str(byk[m.group(1)]["id"]), s)
        return s.replace("{id}", str(it["id"]))

    # ---- HMICFRS side: the register's ordinary xlsx export ----
    hm_rows = []
    for n, i in enumerate(order):
        it = ITEMS[i]
        title, pub, _ = REPORTS[it["rep"]]
        sdate = rand_date(pub + dt.timedelta(days=30), D(2024, 11, 15))
        it["hrow"] = n + 2
        hm_rows.append([it["id"], FORCE, title, pub, it["type"], it["text"], it["hs"], sdate])
    wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
    wb.set_properties({"title": "Recommendations – West Mercia Police", "author": "HMICFRS",
                       "created": dt.datetime(2024, 11, 29, 9, 0, 0)})
    ws = wb.add_worksheet("Recommendations")
    bold = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    heads = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
             "Recommendation", "Status", "Status date"]
    for c, h in enumerate(heads):
        ws.write(0, c, h, bold)
    for r, row in enumerate(hm_rows, start=1):
        ws.write_number(r, 0, row[0], top)
        ws.write_string(r, 1, row[1], top)
        ws.write_string(r, 2, row[2], wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(row[3], dt.time()), datef)
        ws.write_string(r, 4, row[4], top)
        ws.write_string(r, 5, row[5], wrap)
        ws.write_string(r, 6, row[6], top)
        ws.write_datetime(r, 7, dt.datetime.combine(row[7], dt.time()), datef)
    for c, w in enumerate([12, 20, 45, 12, 22, 90, 18, 12]):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(hm_rows), len(heads) - 1)
    wb.close()

    # ---- force side: QMS CAPA register CSV export ----
    recs = []  # dicts with record fields + link to truth
    legacy_n = 0
    for it in ITEMS:
        spec = it["spec"]
        if spec is None or (isinstance(spec, tuple) and spec[0] == "pair"):
            continue
        parts = spec[1] if isinstance(spec, tuple) else [spec]
        title, pub, short = REPORTS[it["rep"]]
        for p in parts:
            raised = MIGRATED if pub < MIGRATED else pub + dt.timedelta(days=RNG.randint(8, 30))
            legacy = ""
            if raised == MIGRATED:
                legacy_n += 1
                legacy = "L%03d" % (legacy_n * 2 + RNG.randint(0, 1))
            recs.append(dict(item=it, p=p, stype="External Inspection", raised=raised, legacy=legacy,
                             title=p["title"], ref=fill(p["ref"], it), ftype=p["ftype"],
                             desc=p["desc"], linked=fill(p["linked"], it), owner=OWNERS[p["owner"]],
                             stage=p["stage"], upd=p["upd"]))
    for lo in LOCAL:
        legacy = ""
        if lo["raised"] == MIGRATED:
            legacy_n += 1
            legacy = "L%03d" % (legacy_n * 2 + 1)
        recs.append(dict(item=None, p=None, local=lo, stype=lo["stype"], raised=lo["raised"], legacy=legacy,
                         title=lo["title"], ref=lo["ref"], ftype=lo["ftype"], desc=lo["desc"], linked="",
                         owner=OWNERS[lo["owner"]], stage=lo["stage"], upd=None))
    recs.sort(key=lambda r: r["raised"])  # stable: migration block keeps the legacy tracker order
    base = 112
    for n, r in enumerate(recs):
        r["capa"] = "CAPA-%04d" % (base + n * 1 + (n // 7))
        raised = r["raised"]
        r["target"] = raised + dt.timedelta(days=RNG.choice([90, 120, 180, 270, 365]))
        st = r["stage"]
        impl = closed = None
        if st in (S5, S6):
            impl = rand_date(raised + dt.timedelta(days=40), D(2024, 9, 30))
        if st == S6:
            closed = min(impl + dt.timedelta(days=RNG.randint(30, 120)), D(2024, 11, 28))
        r["impl"], r["closed"] = impl, closed
        upd = r["upd"] or RNG.choice(UPD[st])
        if r["legacy"] and RNG.random() < 0.35:
            upd = "Migrated from legacy HMICFRS tracker (Excel) 06/04/2021. " + upd
        r["upd"] = upd
        lm = dt.datetime.combine(rand_date(max(raised, closed or raised), D(2024, 12, 2)), dt.time(RNG.randint(8, 17), RNG.randint(0, 59)))
        if lm > EXPORT_AT:
            lm = EXPORT_AT - dt.timedelta(hours=3)
        r["lm"] = lm
        r["mby"] = RNG.choice([r["owner"].split(" (")[0], "HALL, Rebecca", "OKAFOR, Grace", "SYSTEM"])
    header = ["CAPA No.", "Title", "Source Type", "Source Reference", "Legacy ID", "Finding Type",
              "Description", "Linked Findings", "Owner", "Raised Date", "Target Date", "Stage",
              "Date Implemented", "Date Closed", "Latest Update", "Last Modified", "Modified By"]
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["CAPA Register – Corrective and Preventive Actions"])
    w.writerow(["Exported " + EXPORT_AT.strftime("%d/%m/%Y %H:%M") + " by HALL, Rebecca (Forensic Quality)"])
    w.writerow(["Filter: Stage = (All); Raised Date >= 01/04/2021; Site = West Mercia Police"])
    w.writerow([])
    w.writerow(header)
    rowno = 5
    for r in recs:
        rowno += 1
        r["frow"] = rowno
        w.writerow([r["capa"], r["title"], r["stype"], r["ref"], r["legacy"], r["ftype"], r["desc"],
                    r["linked"], r["owner"], ddmmyyyy(r["raised"]), ddmmyyyy(r["target"]), r["stage"],
                    ddmmyyyy(r["impl"]), ddmmyyyy(r["closed"]), r["upd"],
                    r["lm"].strftime("%d/%m/%Y %H:%M"), r["mby"]])
    w.writerow([])
    w.writerow(["%d record(s) exported." % len(recs)])
    footer_rows = (rowno + 1, rowno + 2)
    with open(os.path.join(OUT, "tracker.csv"), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))

    # ---- truth ----
    truth = []
    by_item = {}
    for r in recs:
        if r["item"] is not None:
            by_item.setdefault(r["item"]["key"], []).append(r)
    for i in order:
        it = ITEMS[i]
        spec = it["spec"]
        hr = "Recommendations!%d" % it["hrow"]
        hstate = "open" if it["hs"] in OPEN_H else "closed"
        if spec is None:
            truth.append([hr, "", "missing_from_force",
                          "No CAPA in the export carries this register ID, the report's recommendation or its wording; nobody at the force holds it (HMICFRS: %s)." % it["hs"]])
            continue
        rs = by_item[spec[1]] if isinstance(spec, tuple) and spec[0] == "pair" else by_item[it["key"]]
        for r in rs:
            st = r["stage"]
            fstate = "done" if st in DONE_STAGES else "open"
            ref = r["ref"]
            if str(it["id"]) in ref and it["cat"] != "conflict":
                basis = "register ID %d in Source Reference and the same wording" % it["id"]
            elif isinstance(spec, tuple) and spec[0] == "pair":
                basis = "Linked Findings of %s names register ID %d and its Description carries this item's sentence" % (r["capa"], it["id"])
            else:
                basis = "the same wording (Source Reference '%s' names the report, not a register ID)" % ref
            if it["cat"] == "conflict":
                why = "Matched by wording to %s; %s." % (r["capa"], it["why"])
            else:
                why = "Matched by %s (%s). HMICFRS '%s' (%s); force stage '%s' (%s)." % (
                    basis, r["capa"], it["hs"], hstate, st, fstate)
                if it["why"]:
                    why += " " + it["why"][0].upper() + it["why"][1:] + "."
            truth.append([hr, "tracker.csv!%d" % r["frow"], it["cat"], why])
    for r in recs:
        if r["item"] is None:
            truth.append(["", "tracker.csv!%d" % r["frow"], "not_on_hmicfrs_list",
                          "%s (%s, Source Type '%s'): %s." % (r["capa"], r["title"], r["stype"], r["local"]["why"])])
    tb = io.StringIO(newline="")
    tw = csv.writer(tb, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    tw.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(tb.getvalue())
    return dict(recs=recs, truth=truth, order=order, footer_rows=footer_rows, hm_n=len(hm_rows))


if __name__ == "__main__":
    info = build()
    write_readme(info)
    print("built", OUT)
