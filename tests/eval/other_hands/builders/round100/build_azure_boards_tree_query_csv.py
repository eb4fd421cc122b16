"""Builder for case azure_boards_tree_query_csv (round 100, case C). Run with /work/main/.venv/bin/python."""
# Real HMICFRS wording (Open Government Licence), copied in as literals.
NATIONAL_SRC = {
    'sas13': ('Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), [
        ('National recommendation', 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'),
        ('National recommendation', 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'),
        ('National recommendation', 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'),
    ]),
    'everyone': ("Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), [
        ('National recommendation', "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."),
    ]),
    'austerity': ('Policing in austerity: Meeting the challenge', (2014, 7, 22), [
        ('National recommendation', "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
        ('National recommendation', 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'),
        ('National recommendation', 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'),
        ('National recommendation', 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'),
    ]),
    'core': ('Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), [
        ('National recommendation', 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'),
        ('National recommendation', 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'),
    ]),
    'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), [
        ('National recommendation', 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'),
    ]),
    'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), [
        ('National recommendation', 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'),
    ]),
    'picture': ('Building the picture: an inspection of police information management', (2015, 7, 1), [
        ('National recommendation', 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'),
    ]),
    'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), [
        ('National recommendation', 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'),
        ('National recommendation', 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'),
        ('National recommendation', 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'),
        ('National recommendation', 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'),
        ('National recommendation', 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'),
    ]),
    'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), [
        ('National recommendation', 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'),
        ('National recommendation', 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'),
        ('National recommendation', 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'),
        ('National recommendation', 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'),
        ('National recommendation', 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'),
        ('National recommendation', 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'),
        ('National recommendation', 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'),
    ]),
    'efc17': ('PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), [
        ('National recommendation', "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."),
    ]),
    'leg17': ('PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), [
        ('Cause of concern', 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'),
        ('National recommendation', 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'),
        ('National recommendation', 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'),
        ('National recommendation', 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'),
        ('National recommendation', 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'),
    ]),
    'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), [
        ('National recommendation', 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'),
        ('National recommendation', 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'),
        ('National recommendation', 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'),
        ('National recommendation', 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'),
        ('National recommendation', 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'),
    ]),
}
WM_SRC = [
    ('recommendation', 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and'),
    ('recommendation', 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.'),
    ('recommendation', 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;'),
    ('recommendation', 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and'),
    ('recommendation', 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;'),
    ('recommendation', 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.'),
    ('recommendation', 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;'),
    ('cause of concern', 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.'),
    ('cause of concern', 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.'),
    ('recommendation', 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;'),
    ('recommendation', 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;'),
]


# ----------------------------------------------------------------------------------------------
# Case: azure_boards_tree_query_csv
# West Mercia Police's change team runs the HMICFRS improvement plan in Azure Boards (Agile
# process). The analyst exports the shared tree query "HMICFRS improvement plan (tree)" with
# "Export to CSV": one record per work item, the title sitting in Title 1 / Title 2 / Title 3
# by depth, Description exported as the HTML the rich-text field stores.
# ----------------------------------------------------------------------------------------------
import csv
import datetime as dt
import io
import os
import random
import shutil

import xlsxwriter

CASE = "azure_boards_tree_query_csv"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "West Mercia Police"
RNG = random.Random(20261207)

TYPE_WORD = {"National recommendation": "National recommendation",
             "Cause of concern": "Cause of concern",
             "recommendation": "Recommendation", "cause of concern": "Cause of concern"}

# ---------------- HMICFRS side: the register's ordinary export -------------------------------
# (key, report title, published, type, text, status, status date, ref)
H = []  # list of dicts in export order


def add_h(key, report, published, typ, text, status, status_date, ref):
    H.append(dict(key=key, report=report, published=published, type=TYPE_WORD.get(typ, typ),
                  text=text, status=status, status_date=status_date, ref=ref))


NAT_REF = {"sas13": 1004, "everyone": 2318, "austerity": 3310, "core": 4817, "integrity": 5902,
           "sas15": 6120, "picture": 6377, "firearms": 6701, "stolen": 7933, "efc17": 8066,
           "leg17": 8538, "powers": 11203}
NAT_KEYS = {
    "sas13": ["sas13_1", "sas13_2", "sas13_3"],
    "everyone": ["everyone"],
    "austerity": ["aus1", "aus2", "aus3", "aus4"],
    "core": ["core1", "core2"],
    "integrity": ["integrity"],
    "sas15": ["sas15"],
    "picture": ["picture"],
    "firearms": ["fl1", "fl2", "fl3", "fl4", "fl5"],
    "stolen": ["msht_lead", "msht_intel", "msht_s45", "msht_nrm", "msht_ncrs", "msht_invest",
               "msht_prevent"],
    "efc17": ["digital"],
    "leg17": ["leg_coc", "leg_mon", "leg_disp", "leg_pub", "leg_train"],
    "powers": ["pw_comms", "pw_cpd", "pw_bwv", "pw_hodata", "pw_monitor"],
}
# HMICFRS status and the date it was last set (invented, after publication)
H_STATUS = {
    "sas13_1": ("Complete", "2016-03-14"), "sas13_2": ("Complete", "2016-03-14"),
    "sas13_3": ("Complete", "2017-06-02"),
    "everyone": ("Complete", "2016-11-21"),
    "aus1": ("No further action required", "2017-10-30"),
    "aus2": ("No further action required", "2017-10-30"),
    "aus3": ("No further action required", "2017-10-30"),
    "aus4": ("No further action required", "2017-10-30"),
    "core1": ("Complete", "2016-02-09"), "core2": ("Being progressed", "2019-07-16"),
    "integrity": ("Awaiting review", "2015-02-02"),
    "sas15": ("Being progressed", "2018-05-11"),
    "picture": ("Being progressed", "2020-01-28"),
    "fl1": ("Complete", "2016-09-05"), "fl2": ("Being progressed", "2021-04-19"),
    "fl3": ("Complete", "2016-09-05"), "fl4": ("Awaiting review", "2015-09-16"),
    "fl5": ("Being progressed", "2022-02-01"),
    "msht_lead": ("Being progressed", "2023-03-07"), "msht_intel": ("Complete", "2022-10-12"),
    "msht_s45": ("Being progressed", "2021-06-30"), "msht_nrm": ("Being progressed", "2021-06-30"),
    "msht_ncrs": ("Awaiting review", "2017-10-25"),
    "msht_invest": ("Being progressed", "2022-10-12"),
    "msht_prevent": ("Complete", "2022-10-12"),
    "digital": ("Being progressed", "2019-12-03"),
    "leg_coc": ("Being progressed", "2022-05-23"), "leg_mon": ("Complete", "2021-01-18"),
    "leg_disp": ("Complete", "2021-01-18"), "leg_pub": ("Complete", "2021-01-18"),
    "leg_train": ("Being progressed", "2022-05-23"),
    "pw_comms": ("Being progressed", "2023-08-14"), "pw_cpd": ("Being progressed", "2023-08-14"),
    "pw_bwv": ("Being progressed", "2023-08-14"),
    "pw_hodata": ("No further action required", "2021-03-02"),
    "pw_monitor": ("Being progressed", "2023-08-14"),
    "wm1": ("Being progressed", "2023-11-06"), "wm2": ("Complete", "2022-07-19"),
    "wm3": ("Being progressed", "2023-11-06"), "wm4": ("Superseded", "2022-07-19"),
    "wm5": ("Being progressed", "2023-11-06"), "wm6": ("Awaiting review", "2019-05-03"),
    "wm7": ("Being progressed", "2023-11-06"), "wm8": ("Being progressed", "2023-11-06"),
    "wm9": ("Being progressed", "2023-11-06"), "wm10": ("Being progressed", "2023-11-06"),
    "wm11": ("Being progressed", "2023-11-06"),
}
WM_TITLE = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"
WM_PUBLISHED = (2019, 5, 2)   # assumed date; the source row gives none
WM_REF0 = 9111

order = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture", "firearms",
         "stolen", "efc17", "leg17"]
for rk in order:
    title, (y, m, d), items = NATIONAL_SRC[rk]
    for i, ((typ, text), key) in enumerate(zip(items, NAT_KEYS[rk])):
        st, sd = H_STATUS[key]
        add_h(key, title, dt.date(y, m, d), typ, text, st, sd, NAT_REF[rk] + i)
for i, (typ, text) in enumerate(WM_SRC):
    key = f"wm{i + 1}"
    st, sd = H_STATUS[key]
    add_h(key, WM_TITLE, dt.date(*WM_PUBLISHED), typ, text, st, sd, WM_REF0 + i)
title, (y, m, d), items = NATIONAL_SRC["powers"]
for i, ((typ, text), key) in enumerate(zip(items, NAT_KEYS["powers"])):
    st, sd = H_STATUS[key]
    add_h(key, title, dt.date(y, m, d), typ, text, st, sd, NAT_REF["powers"] + i)

assert len(H) == 47, len(H)
HROW = {h["key"]: i + 2 for i, h in enumerate(H)}     # header is row 1
HREF = {h["key"]: h["ref"] for h in H}
HSHEET = "Recommendations"


def hprov(key):
    return f"{HSHEET}!{HROW[key]}"


# ---------------- Force side: Azure Boards tree query, Export to CSV ----------------------------
PEOPLE = {
    "crime": "Marcus Threlfall <marcus.threlfall@westmercia.police.uk>",
    "pp": "Anjali Dhesi <anjali.dhesi@westmercia.police.uk>",
    "fl": "Gareth Pomfrey <gareth.pomfrey@westmercia.police.uk>",
    "ol": "Ruth Beddoes <ruth.beddoes@westmercia.police.uk>",
    "ss": "Insp Tom Kyrke <tom.kyrke@westmercia.police.uk>",
    "psd": "Claire Ottewell <claire.ottewell@westmercia.police.uk>",
    "change": "Nadeem Aslam <nadeem.aslam@westmercia.police.uk>",
    "im": "Lorna Whitcombe <lorna.whitcombe@westmercia.police.uk>",
    "cc": "Supt Dave Merridew <dave.merridew@westmercia.police.uk>",
    "": "",
}
AREA = {
    "crime": r"WMP Improvement\Crime and Vulnerability",
    "people": r"WMP Improvement\People and Culture",
    "local": r"WMP Improvement\Local Policing",
    "corp": r"WMP Improvement\Corporate Services",
    "root": r"WMP Improvement",
}
REASON = {  # Agile process default reasons, as the export shows them
    "New": "New", "Active": "Implementation started",
    "Resolved": "Code complete and unit tests pass", "Closed": "Acceptance tests pass",
    "Removed": "Removed from the backlog",
}
EPIC_REASON = {"New": "New", "Active": "Implementation started", "Closed": "Acceptance tests pass"}
TASK_REASON = {"New": "New", "Active": "Work started", "Closed": "Completed"}

F = []   # force rows in tree order


def row(level, wit, title, state, who="", area="root", tags="", ref="", target="", changed="",
        desc="", truth=None):
    """truth: None for a non-item row (epic), else list of (hmicfrs_key or '', category, why)."""
    if wit == "Epic":
        reason = EPIC_REASON[state]
    elif wit == "Task":
        reason = TASK_REASON[state]
    else:
        reason = REASON[state]
    F.append(dict(level=level, wit=wit, title=title, state=state, reason=reason,
                  who=PEOPLE[who], area=AREA[area], tags=tags, ref=str(ref) if ref else "",
                  target=target, changed=changed, desc=desc, truth=truth))


def ep(title, state="Active", area="root", changed="04/11/2024 09:12:40"):
    row(1, "Epic", title, state, area=area, tags="HMICFRS", changed=changed)


def d(s):
    """dd/mm/yyyy as the en-GB export writes dates, with the time part."""
    return s + " 00:00:00" if len(s) == 10 else s


T = {h["key"]: h["text"] for h in H}

# --- Stop and search 2013 -------------------------------------------------------------------
ep("Stop & Search powers (HMIC 2013)", "Closed")
row(2, "Feature", "S&S APP - clear spec of effective & fair use (with CoP)", "Closed", "ss",
    "local", "HMICFRS; National", "", d("31/03/2014"), "14/03/2016 11:02:19",
    "<div>Chief Constables and the College of Policing should establish in the Stop and Search "
    "APP a clear specification of what constitutes the effective and fair exercise of stop and "
    "search powers, and guidance in this respect.</div>",
    [("sas13_1", "in_sync", "Same report (epic S&S 2013) and same ask (APP specification of "
      "fair and effective S&S); HMICFRS Complete, force Closed.")])
row(2, "Feature", "Monitor how officers use S&S - lawful, effective, maintains public trust",
    "Closed", "ss", "local", "HMICFRS; National", "", d("31/03/2014"), "14/03/2016 11:02:19",
    "",
    [("sas13_2", "in_sync", "Title paraphrases the 2013 monitoring recommendation (lawful, "
      "effective, public trust); HMICFRS Complete, force Closed.")])
row(2, "Feature", "Explain S&S use to the public & community scrutiny of S&S records "
    "(consult elected local policing bodies)", "Active", "ss", "local", "HMICFRS; National", "",
    d("31/12/2014"), "22/01/2024 15:40:03",
    "<div>Chief Constables should, in consultation with elected local policing bodies, ensure "
    "that they comply with the code of practice by explaining to the public the way stop and "
    "search powers are used in their areas and by making arrangements for stop and search "
    "records to be scrutinised by community representatives.&nbsp;</div>",
    [("sas13_3", "closeable_local", "Near twin of the 2015 item (ID 6120); decided for 2013 by "
      "the epic (HMIC 2013) and the wording 'elected local policing bodies' (2015 says 'police "
      "and crime commissioners'). HMICFRS Complete, force still Active.")])

# --- Everyone's business 2014 ----------------------------------------------------------------
ep("Everyone's Business (DA) 2014", "Closed", "crime")
row(2, "Feature", "Publish DA action plan (by Sept 2014)", "Closed", "pp", "crime",
    "HMICFRS; National; DA", "", d("30/09/2014"), "21/11/2016 10:15:44",
    "<div>By September 2014, every police force in England and Wales should establish and "
    "publish an action plan that specifies in detail what steps it will take to improve its "
    "approach to domestic abuse.</div><div><br></div><div>This action plan should be "
    "developed:</div><ul><li>in consultation with PCCs, DA support organisations and victims' "
    "representatives;</li><li>after close consideration of all the recommendations in this "
    "report;</li><li>with reference to all relevant domestic homicide reviews and IPCC "
    "findings, whether in connection with the force in question or another force; and "
    "20</li><li>drawing on relevant knowledge acquired or available from other sources such as "
    "CPS scrutiny panels and MARAC self-assessments.</li></ul>",
    [("everyone", "in_sync", "Same DA action plan recommendation, bullets copied (even the "
      "stray footnote '20'); HMICFRS Complete, force Closed.")])
row(2, "Feature", "Chief officers to oversee full implementation of DA action plan - personal "
    "responsibility", "Closed", "pp", "crime", "Report narrative; DA", "", d("30/09/2014"),
    "21/11/2016 10:15:44",
    "<div>Chief officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case.</div>",
    [("", "not_on_hmicfrs_list", "Quotes the report's narrative paragraph after the action-plan "
      "recommendation (tagged 'Report narrative'); the register's DA item does not contain it "
      "and no other register item asks for it.")])

# --- Austerity 2014: one work item for four recommendations ------------------------------------
ep("Policing in Austerity 2014", "Closed", "corp")
row(2, "Feature", "Austerity recs 1-4 (savings plans / collaboration <10% / front line / next "
    "spending round) - addressed holistically via change programme", "Closed", "change",
    "corp", "HMICFRS; National", "", "", "30/11/2017 16:20:51",
    "<div>Addressed holistically as part of the force change programme. HMIC list Nov 17: no "
    "further action.</div>",
    [("aus1", "in_sync", "One work item covers recs 1-4 of Policing in Austerity; rec 1 "
      "(review savings plans). HMICFRS NFA (closed), force Closed."),
     ("aus2", "in_sync", "Same combined work item; rec 2 (collaboration under 10%). HMICFRS "
      "NFA, force Closed."),
     ("aus3", "in_sync", "Same combined work item; rec 3 (front line). HMICFRS NFA, force "
      "Closed."),
     ("aus4", "in_sync", "Same combined work item; rec 4 (next spending round collaboration). "
      "HMICFRS NFA, force Closed.")])

# --- Core business 2014 -------------------------------------------------------------------------
ep("Core business 2014", "Active", "local")
row(2, "Feature", "THR criteria for call-handlers (by 31 Mar 2015)", "Closed", "cc", "local",
    "HMICFRS; National", "", d("31/03/2015"), "09/02/2016 12:31:07",
    "<div>provide call-handlers with specific, sound and comprehensible criteria against which "
    "they can assess threat, harm and risk</div>",
    [("core1", "in_sync", "Call-handler threat/harm/risk criteria, deadline 31 March 2015 as "
      "on the register; HMICFRS Complete, force Closed.")])
row(2, "Feature", "Crime prevention/disruption activity recorded & evaluated", "Resolved",
    "crime", "local", "HMICFRS; National", "", d("31/03/2015"), "02/10/2024 14:09:55",
    "<div>By 31 March 2015 all forces should ensure that crime prevention or disruption "
    "activity carried out is systematically recorded and subsequently evaluated to determine "
    "the effectiveness of tactics being employed.</div><div>Update: evaluation template live on "
    "Athena, evidence pack with OL team.</div>",
    [("core2", "closeable_submit", "Same Core Business item; force state Resolved (delivered, "
      "evidence pack ready) while HMICFRS shows Being progressed.")])

# --- Integrity matters 2015 ---------------------------------------------------------------------
ep("Integrity matters 2015", "Active", "people")
row(2, "Feature", "Misconduct NFA outcomes fair & free of discrimination", "Active", "psd",
    "people", "HMICFRS; National", 5902, d("31/08/2015"), "18/09/2024 08:44:30",
    "<div>By 31 August 2015, all chief constables should satisfy themselves that they have "
    "processes in place to ensure that investigations into misconduct by officers and staff "
    "resulting in &quot;no further action&quot; are fair and free of any form of "
    "discrimination.</div>",
    [("integrity", "in_sync", "HMICFRS Ref 5902 and the text agree; both open (Awaiting "
      "review / Active).")])

# --- Building the picture 2015 ------------------------------------------------------------------
ep("Information management (Building the Picture)", "Active", "corp")
row(2, "Feature", "Scrutinise audits of APP IM compliance through IM governance", "Resolved",
    "im", "corp", "HMICFRS; National", 6377, d("30/11/2015"), "27/09/2024 13:30:12",
    "<div>Information Management Board now receives the audit schedule quarterly; records "
    "categorisation review complete.</div>",
    [("picture", "closeable_submit", "Ref 6377 and the APP information management ask agree; "
      "force Resolved, HMICFRS Being progressed.")])

# --- Firearms licensing 2015 ---------------------------------------------------------------------
ep("Targeting the Risk (Firearms Licensing) 2015", "Active", "local")
row(2, "Feature", "FL governance meets APP standards", "Closed", "fl", "local",
    "HMICFRS; National; Firearms", 6701, d("15/12/2015"), "05/09/2016 09:58:02", "",
    [("fl1", "in_sync", "Ref 6701, governance of firearms licensing against APP; HMICFRS "
      "Complete, force Closed.")])
row(2, "Feature", "Assess demand on FLD & ensure capacity - within 6 months", "Active", "fl",
    "local", "HMICFRS; National; Firearms", 6702, d("15/03/2016"), "11/10/2024 10:27:36",
    "<div>Within six months, all chief constables should assess the demand placed on their "
    "firearms licensing department and ensure it has the capacity to meet this demand and "
    "provide an efficient and effective service at all times.</div>",
    [("fl2", "conflict", "Ref 6702 and the ask match, both open, but the force records 'within "
      "6 months' (title and description) where the register says 'Within three months': "
      "timescale disagrees.")])
row(2, "Feature", "'Total expired' licensing records - appropriate action", "Closed", "fl",
    "local", "HMICFRS; National; Firearms", 6703, d("15/09/2015"), "05/09/2016 09:58:02", "",
    [("fl3", "in_sync", "Ref 6703, 'total expired' records; HMICFRS Complete, force Closed.")])
row(2, "Feature", "Temporary permits (HO guidance / NFLMS / unlawful possession)", "Active",
    "fl", "local", "HMICFRS; National; Firearms", 6704, d("15/12/2015"), "11/10/2024 10:27:36",
    "<div>Split into three tasks, one per part of the recommendation.</div>",
    [("fl4", "in_sync", "Parent of a recommendation the force split into three tasks (ref "
      "6704). Task c is still Active, so the item is open; HMICFRS Awaiting review: both "
      "open.")])
row(3, "Task", "a) temp permit arrangements in line with HO guidance", "Closed", "fl", "local",
    "Firearms", "", d("15/12/2015"), "02/03/2017 14:12:50", "",
    [("fl4", "in_sync", "Part a of the temporary permits recommendation (child of the 6704 "
      "work item). Item open overall (part c Active); HMICFRS open.")])
row(3, "Task", "b) temp permits recorded on NFLMS without delay", "Closed", "fl", "local",
    "Firearms", "", d("15/12/2015"), "02/03/2017 14:12:50", "",
    [("fl4", "in_sync", "Part b (NFLMS recording) of the same recommendation; item open "
      "overall; HMICFRS open.")])
row(3, "Task", "c) certificate holders never left in unlawful possession", "Active", "fl",
    "local", "Firearms", "", d("15/12/2015"), "11/10/2024 10:27:36", "",
    [("fl4", "in_sync", "Part c (unlawful possession) still Active; HMICFRS Awaiting review: "
      "both open.")])
row(2, "Feature", "Systems to flag firearm certificate holder address before attendance",
    "Resolved", "fl", "local", "HMICFRS; National; Firearms", 6705, d("15/12/2015"),
    "30/10/2024 16:03:18",
    "<div>STORM warning marker live; dispatcher briefing done; officer risk assessment "
    "input in OST.</div>",
    [("fl5", "closeable_submit", "Ref 6705, systems to identify certificate holders before "
      "attendance; force Resolved, HMICFRS Being progressed.")])

# --- Abuse of position (force only) -------------------------------------------------------------
ep("Abuse of position for a sexual purpose (2017)", "Active", "people")
row(2, "Feature", "Review capability & capacity of the counter-corruption unit", "Closed",
    "psd", "people", "HMICFRS; National; APSP", "", d("31/03/2018"), "14/06/2019 11:48:26",
    "<div>Plan submitted to HMICFRS Sept 17. CCU review complete.</div>",
    [("", "not_on_hmicfrs_list", "Force's own action from the 2017 abuse-of-position letter; "
      "no item from that work is on the register list.")])
row(2, "Feature", "Improve IT monitoring capability (CCU)", "Active", "psd", "people",
    "HMICFRS; National; APSP", "", d("31/03/2025"), "03/10/2024 09:20:11", "",
    [("", "not_on_hmicfrs_list", "Second force action under the abuse-of-position epic; not on "
      "the register list.")])

# --- Stolen freedom 2017 -------------------------------------------------------------------------
ep("Stolen Freedom (MSHT) 2017", "Active", "crime")
row(2, "Feature", "MSHT leadership & governance review (12 months)", "Resolved", "crime",
    "crime", "HMICFRS; National; MSHT", 7933, d("24/10/2018"), "21/10/2024 15:16:47",
    "<div>Within twelve months, forces should review their leadership and governance "
    "arrangements for modern slavery and human trafficking, to ensure that:</div>"
    "<div>(see child items a-c)</div>",
    [("msht_lead", "conflict", "Ref 7933 matches the MSHT leadership recommendation, which has "
      "four bullets; the force split it into only three child items (a-c) and has no row for "
      "the fourth bullet (performance and quality assurance measures). Missing bullet, so "
      "conflict, even though the force marks it Resolved.")])
row(3, "User Story", "a) senior leaders prioritise MSHT response", "Closed", "crime", "crime",
    "MSHT", "", d("24/10/2018"), "21/10/2024 15:16:47", "",
    [("msht_lead", "conflict", "Bullet 1 of the 7933 leadership recommendation (child a); the "
      "item as a whole is in conflict because bullet 4 is missing.")])
row(3, "User Story", "b) every MSHT incident allocated appropriate resources", "Closed",
    "crime", "crime", "MSHT", "", d("24/10/2018"), "21/10/2024 15:16:47", "",
    [("msht_lead", "conflict", "Bullet 2 of 7933 (child b); item in conflict (bullet 4 "
      "missing).")])
row(3, "User Story", "c) effective partnership arrangements - share info & safeguard victims",
    "Closed", "crime", "crime", "MSHT", "", d("24/10/2018"), "21/10/2024 15:16:47", "",
    [("msht_lead", "conflict", "Bullet 3 of 7933 (child c); item in conflict (bullet 4 "
      "missing).")])
row(2, "Feature", "MSHT info-sharing agreements with other agencies", "Active", "crime",
    "crime", "HMICFRS; National; MSHT", 7934, d("24/04/2018"), "21/10/2024 15:16:47",
    "<div>Within six months, forces should have in place active ISAs with other agencies to "
    "facilitate speedy exchange of intelligence&nbsp;</div>",
    [("msht_intel", "closeable_local", "Ref 7934 and the ISA wording agree; HMICFRS Complete, "
      "force still Active.")])
row(2, "Feature", "S45 defence - early & continuing consideration for victims", "Closed",
    "crime", "crime", "HMICFRS; National; MSHT", 7935, "", "12/08/2024 10:05:29", "",
    [("msht_s45", "closeable_submit", "Ref 7935, section 45 defence; force Closed, HMICFRS "
      "Being progressed.")])
row(2, "Feature", "NRM compliance & duty to notify HO (MSA 2015)", "Active", "crime", "crime",
    "HMICFRS; National; MSHT", 7937, "", "21/10/2024 15:16:47",
    "<div>Immediately, forces should take steps to ensure they are fully compliant with the "
    "NRM process as it evolves and are implementing the requirement placed upon them under "
    "the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
    "adult victim of MSHT.</div>",
    [("msht_nrm", "conflict", "Text is the NRM recommendation (register ID 7936) but the "
      "force's HMICFRS Ref says 7937, the NCRS item next to it: reference disagrees. Both "
      "open.")])
row(2, "Feature", T["msht_ncrs"][:255], "New", "crime", "crime", "HMICFRS; National; MSHT", "", "",
    "25/10/2017 09:01:12", "",
    [("msht_ncrs", "in_sync", "Title is the NCRS recommendation pasted whole and cut at the "
      "255-character title limit; no ref (the 7937 ref sits wrongly on the NRM row). HMICFRS "
      "Awaiting review, force New: both open.")])
row(2, "Feature", "MSHT investigations thoroughly investigated & supervised (JIT / overseas "
    "evidence)", "Resolved", "crime", "crime", "HMICFRS; National; MSHT", 7938, "",
    "30/10/2024 11:51:40", "",
    [("msht_invest", "closeable_submit", "Ref 7938, MSHT investigation and supervision; force "
      "Resolved, HMICFRS Being progressed.")])
row(2, "Feature", "Review use of preventative powers (MSA 2015)", "Closed", "crime", "crime",
    "HMICFRS; National; MSHT", 7939, "", "12/10/2022 14:37:09", "",
    [("msht_prevent", "in_sync", "Ref 7939, preventative powers; HMICFRS Complete, force "
      "Closed.")])

# --- Orphan feature: no parent epic, so the tree puts it at the top level ----------------------
row(1, "Feature", "Ambitious plan to improve digitally-enabled services (by Sept 2018)",
    "Active", "change", "corp", "HMICFRS; National; PEEL Efficiency 17", "",
    d("30/09/2018"), "15/07/2024 12:00:41",
    "<div>By September 2018, chief constables should produce an ambitious plan to improve "
    "digitally-enabled services within their force.</div>",
    [("digital", "in_sync", "A Feature with no parent epic, so the tree export puts it in "
      "Title 1 like a report heading; it is the PEEL Efficiency 2017 digital-services item. "
      "Both open.")])

# --- PEEL legitimacy 2017 ----------------------------------------------------------------------
ep("PEEL Legit 17 S&S", "Active", "local")
row(2, "Feature", "S&S use not shown to be consistently reasonable & fair - "
    "over-representation of BAME people", "Active", "ss", "local", "HMICFRS; National; Rec",
    8538, "", "22/05/2024 10:10:10",
    "<div>HMICFRS is concerned that forces are not able to demonstrate that the use of stop "
    "and search powers is consistently reasonable and fair.</div>",
    [("leg_coc", "conflict", "Ref 8538 and the text are the PEEL Legitimacy 2017 cause of "
      "concern, but the force tags it 'Rec' (recommendation): type disagrees. Both open.")])
row(2, "Feature", "Monitor S&S data - disproportionality, find rates, possession-only drug "
    "searches", "Closed", "ss", "local", "HMICFRS; National", 8539, d("31/07/2018"),
    "18/01/2021 09:33:52", "",
    [("leg_mon", "in_sync", "Ref 8539, S&S monitoring by July 2018 with its three bullets "
      "summarised; HMICFRS Complete, force Closed.")])
row(2, "Feature", "Where disparity found: research/analysis + action to reduce it; publish "
    "analysis & actions annually (from Jul 18)", "Closed", "ss", "local", "HMICFRS; National",
    "8540 / 8541", d("31/07/2018"), "18/01/2021 09:33:52", "",
    [("leg_disp", "in_sync", "One work item holding two register items (refs 8540 and 8541); "
      "this line is 8540, explain disparities. HMICFRS Complete, force Closed."),
     ("leg_pub", "in_sync", "Same work item; 8541, publish the analysis annually from July "
      "2018. HMICFRS Complete, force Closed.")])
row(2, "Feature", "Unconscious bias & CoP APP S&S training for all officers who use S&S",
    "Resolved", "ss", "local", "HMICFRS; National", 8542, d("31/07/2018"),
    "04/11/2024 09:12:40", "",
    [("leg_train", "closeable_submit", "Ref 8542, unconscious bias training; force Resolved, "
      "HMICFRS Being progressed.")])
row(2, "Feature", "Internal monitoring of use of force - identify & explain disproportionate "
    "use", "Active", "ss", "local", "HMICFRS; National", "", d("31/07/2021"),
    "04/11/2024 09:12:40",
    "<div>By July 2021, forces should ensure they have effective internal monitoring processes "
    "on the use of force, to help them to identify and understand disproportionate use, "
    "explain the reasons and implement any necessary improvement action.</div>",
    [("pw_monitor", "conflict", "Text is the 2021 police-powers item on use-of-force "
      "monitoring (deadline July 2021, verbatim), but it sits under the PEEL Legitimacy 2017 "
      "epic with no ref: report disagrees. Both open.")])

# --- PEEL 2018/19 West Mercia -------------------------------------------------------------------
ep("PEEL 2018/19 - CoC & recommendations", "Active", "crime")
row(2, "Feature", "CoC 1 - alliance with Warwickshire ends: maintain full range of public "
    "services", "Active", "change", "corp", "HMICFRS; CoC; PEEL 18/19", "", "",
    "06/11/2024 08:30:00", "",
    [("wm8", "in_sync", "Cause of concern about the end of the Warwickshire alliance (tagged "
      "CoC); both open.")])
row(2, "Feature", "R1 - Agree transition arrangements with Warwickshire Police", "Active",
    "change", "corp", "HMICFRS; Rec; PEEL 18/19", "", d("31/03/2020"), "06/11/2024 08:30:00",
    "", [("wm4", "closeable_local", "Agree arrangements with Warwickshire for the future "
          "operating model; HMICFRS Superseded (closed), force still Active.")])
row(2, "Feature", "R2 - Clearly define new operating model - affordable & fit to protect "
    "communities", "Active", "change", "corp", "HMICFRS; Rec; PEEL 18/19", "", "",
    "06/11/2024 08:30:00", "",
    [("wm5", "in_sync", "Define the new operating model; both open.")])
row(2, "Feature", "R3 - Skills project: assess all skills (not only operational) to inform "
    "workforce plans", "Resolved", "ol", "people", "HMICFRS; Rec; PEEL 18/19", "", "",
    "28/10/2024 13:13:13", "",
    [("wm3", "closeable_submit", "Skills project recommendation; force Resolved, HMICFRS Being "
      "progressed.")])
row(2, "Feature", "CoC 2 - capacity/capability to investigate crime effectively", "Active",
    "crime", "crime", "HMICFRS; CoC; PEEL 18/19", "", "", "06/11/2024 08:30:00", "",
    [("wm9", "in_sync", "Cause of concern on investigative capacity and capability; both "
      "open.")])
row(2, "Feature", "R4 - Review officers' capability & capacity to manage investigative "
    "workload", "Active", "crime", "crime", "HMICFRS; Rec; PEEL 18/19", "", "",
    "06/11/2024 08:30:00", "",
    [("wm1", "in_sync", "Review of investigative workload and demand; both open.")])
row(2, "Feature", "R5 - Regular & active supervison of investigations, properly recorded",
    "Closed", "crime", "crime", "HMICFRS; Rec; PEEL 18/19", "", d("02/11/2019"),
    "01/08/2024 10:45:21", "",
    [("wm7", "closeable_submit", "Supervision of investigations ('supervison' misspelt). Its "
      "ADO ID equals register ID 9116 (the public-consultation item, absent from the tracker); "
      "the ADO ID is not an HMICFRS reference, the text decides. Force Closed, HMICFRS Being "
      "progressed.")])
row(2, "Feature", "R6 - Digital evidence retrieval (phones/computers) so investigations not "
    "delayed", "Active", "crime", "crime", "HMICFRS; Rec; PEEL 18/19", "", d("02/11/2019"),
    "06/11/2024 08:30:00", "",
    [("wm10", "in_sync", "Digital evidence retrieval; both open.")])
row(2, "Feature", "R7 - Understand RUI & management of those on bail", "Closed", "crime",
    "crime", "HMICFRS; Rec; PEEL 18/19", "", d("02/11/2019"), "19/09/2024 16:21:08", "",
    [("wm11", "closeable_submit", "RUI and bail; force Closed, HMICFRS Being progressed.")])
row(2, "Feature", "R8 - Vulnerability approach review with partners", "Closed", "pp",
    "crime", "HMICFRS; Rec; PEEL 18/19", "", "", "19/07/2022 11:11:11", "",
    [("wm2", "in_sync", "Review of the approach to vulnerability with partners; HMICFRS "
      "Complete, force Closed.")])

# --- Police powers spotlight 2021 ----------------------------------------------------------------
ep("Police powers spotlight (Feb 21)", "Active", "local")
row(2, "Feature", "Officers & staff effective communication skills (NPG Conflict Mgmt) - by "
    "Jul 22", "Active", "ss", "local", "HMICFRS; National", 11203, d("31/07/2022"),
    "14/08/2023 09:00:00", "",
    [("pw_comms", "in_sync", "Ref 11203, communication skills by July 2022; both open.")])
row(2, "Feature", "Comms skills reinforced in CPD; supervisors debrief using BWV", "Closed",
    "ss", "local", "HMICFRS; National", 11204, d("31/07/2021"), "02/09/2024 12:12:12", "",
    [("pw_cpd", "closeable_submit", "Ref 11204, CPD and BWV debriefs; force Closed, HMICFRS "
      "Being progressed.")])
row(2, "Feature", "BWV - S&S and use of force (by Sept 21)", "Closed", "ss", "local",
    "HMICFRS; National; BWV", 11205, d("30/09/2021"), "02/09/2024 12:12:12",
    "<div>By September 2021, forces should: ensure that officers record on BWV (when this is "
    "available) the entirety of all S&amp;S encounters ...</div>",
    [("pw_bwv", "closeable_submit", "Parent of the BWV recommendation split into its three "
      "parts (ref 11205). Parent and all three children Closed, so the item is done; HMICFRS "
      "Being progressed.")])
row(3, "Task", "a) record entirety of S&S encounters on BWV incl. traffic stops & UoF",
    "Closed", "ss", "local", "BWV", "", d("30/09/2021"), "02/09/2024 12:12:12", "",
    [("pw_bwv", "closeable_submit", "Part 1 of the BWV recommendation; all parts Closed; "
      "HMICFRS open.")])
row(3, "Task", "b) structured process to review a sample of BWV footage", "Closed", "ss",
    "local", "BWV", "", d("30/09/2021"), "02/09/2024 12:12:12", "",
    [("pw_bwv", "closeable_submit", "Part 2 of the BWV recommendation; all parts Closed; "
      "HMICFRS open.")])
row(3, "Task", "c) scrutiny panel access to BWV samples", "Closed", "ss", "local", "BWV", "",
    d("30/09/2021"), "02/09/2024 12:12:12", "",
    [("pw_bwv", "closeable_submit", "Part 3 of the BWV recommendation; all parts Closed; "
      "HMICFRS open.")])
row(2, "Feature", "HO & NPCC - UoF in S&S data quality for publication", "Removed", "ss",
    "local", "HMICFRS; National; Not for force", 11206, "", "02/03/2021 10:00:00",
    "<div>For the Home Office and NPCC, not the force.</div>",
    [("pw_hodata", "in_sync", "Ref 11206, the Home Office/NPCC data item; the force Removed it "
      "as not its to deliver (done for the force) and HMICFRS has it as No further action "
      "required (closed): both closed.")])

# --- Local actions ------------------------------------------------------------------------------
ep("Force improvement actions (local)", "Active", "root")
row(2, "Feature", "Task & Finish group to review the hate crime policy and report to the Force "
    "Executive Team", "Active", "pp", "crime", "Local", "", d("31/03/2025"),
    "29/10/2024 10:00:00", "",
    [("", "not_on_hmicfrs_list", "The force's own action (tag 'Local', local epic); HMICFRS "
      "never asked for it.")])
row(2, "Feature", "Dip-sample 50 rape and serious sexual offences crime reports each quarter "
    "and report findings to the Crime Standards Board", "Resolved", "crime", "crime", "Local",
    "", d("31/12/2024"), "29/10/2024 10:00:00", "",
    [("", "not_on_hmicfrs_list", "The force's own audit action (tag 'Local'); not on the "
      "register list.")])

# ---------------- ADO IDs ----------------------------------------------------------------------
# Work item IDs in creation order: a young project, ids from 9098. The R5 supervision work item
# was re-created after a process change and happens to carry 9116, the register ID of the
# consultation item (wm6), which the tracker does not have.
special = HREF["wm6"]
wm_refs = {h["ref"] for h in H}
# IDs are organisation-wide, so other projects leave gaps; none of this project's IDs equals a
# register ID except the one deliberate clash below.
ids = [i for i in range(9098, 9098 + len(F) + 20) if i not in wm_refs][:len(F) + 2]
RNG.shuffle(ids)
for r in F:
    r["id"] = ids.pop()
for r in F:
    if r["title"].startswith("R5 - Regular"):
        r["id"] = special
assert len({r["id"] for r in F}) == len(F)

# ---------------- write ------------------------------------------------------------------------
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)

# HMICFRS xlsx
wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
wb.set_properties({"title": "Recommendations - West Mercia Police", "author": "HMICFRS",
                   "company": "HMICFRS", "created": dt.datetime(2024, 11, 1, 9, 0, 0)})
ws = wb.add_worksheet(HSHEET)
bold = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
wrap = wb.add_format({"text_wrap": True, "valign": "top"})
datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
top = wb.add_format({"valign": "top"})
hdr = ["ID", "Force", "Report title", "Publication date", "Type", "Recommendation text",
       "Status", "Status last updated"]
for c, v in enumerate(hdr):
    ws.write(0, c, v, bold)
for i, h in enumerate(H, start=1):
    ws.write_number(i, 0, h["ref"], top)
    ws.write_string(i, 1, FORCE, top)
    ws.write_string(i, 2, h["report"], wrap)
    ws.write_datetime(i, 3, dt.datetime(h["published"].year, h["published"].month,
                                        h["published"].day), datef)
    ws.write_string(i, 4, h["type"], top)
    ws.write_string(i, 5, h["text"], wrap)
    ws.write_string(i, 6, h["status"], top)
    y, m, dd_ = map(int, h["status_date"].split("-"))
    ws.write_datetime(i, 7, dt.datetime(y, m, dd_), datef)
ws.set_column(0, 0, 8)
ws.set_column(1, 1, 18)
ws.set_column(2, 2, 40)
ws.set_column(3, 3, 14)
ws.set_column(4, 4, 22)
ws.set_column(5, 5, 90)
ws.set_column(6, 7, 18)
ws.freeze_panes(1, 0)
ws.autofilter(0, 0, len(H), len(hdr) - 1)
wb.close()

# Force CSV: Azure DevOps "Export to CSV" of a tree query
cols = ["ID", "Work Item Type", "Title 1", "Title 2", "Title 3", "State", "Reason",
        "Assigned To", "Area Path", "Tags", "HMICFRS Ref", "Target Date", "Changed Date",
        "Description"]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(cols)
for r in F:
    titles = ["", "", ""]
    titles[r["level"] - 1] = r["title"]
    w.writerow([r["id"], r["wit"], *titles, r["state"], r["reason"], r["who"], r["area"],
                r["tags"], r["ref"], r["target"], r["changed"], r["desc"]])
with open(os.path.join(OUT, "tracker.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write(buf.getvalue())

# truth
truth = []
for n, r in enumerate(F, start=2):
    if r["truth"] is None:
        continue
    for key, cat, why in r["truth"]:
        truth.append((hprov(key) if key else "", f"tracker.csv!{n}", cat, why))
paired = {t[0] for t in truth if t[0]}
MISSING_WHY = {
    "sas15": "Stop and search powers 2 (2015): the tracker has only the 2013 twin (under the "
             "2013 epic, 'elected local policing bodies' wording); nothing for the 2015 item.",
    "wm6": "PEEL 2018/19 public consultation / feedback recommendation: no work item for it. "
           "ADO work item 9116 is the supervision item, not this register ID.",
}
for h in H:
    p = hprov(h["key"])
    if p not in paired:
        truth.append((p, "", "missing_from_force", MISSING_WHY[h["key"]]))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    tw = csv.writer(fh, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    tw.writerows(truth)

# facts the README is written from
EPIC_ROWS = [(n, r["title"]) for n, r in enumerate(F, start=2) if r["truth"] is None]
if __name__ == "__main__":
    from collections import Counter
    print("hmicfrs items", len(H), "force rows", len(F), "truth lines", len(truth))
    print(Counter(t[2] for t in truth))
    print("epic rows", EPIC_ROWS)
    print("wm6 ref", HREF["wm6"], "digital row",
          [n for n, r in enumerate(F, start=2) if r["title"].startswith("Ambitious")])

# ---------------- README -----------------------------------------------------------------------
from collections import Counter as _C
_cnt = _C(t[2] for t in truth)
_item_rows = [n for n, r in enumerate(F, start=2) if r["truth"] is not None]
_tr = {r["title"][:40]: n for n, r in enumerate(F, start=2)}


def _row(prefix):
    return [n for n, r in enumerate(F, start=2) if r["title"].startswith(prefix)][0]


README = f"""# Case `{CASE}`: an Azure Boards tree query exported to CSV

## Story

West Mercia Police's change team runs the force's HMICFRS improvement plan in **Azure Boards**
(Azure DevOps, standard *Agile* process) alongside its other change work: an **Epic** per
inspection report, a **Feature** per HMICFRS item, and for a few long recommendations child
**Task** / **User Story** items, one per part. When HMICFRS sends the definitive list the
organisational-learning analyst opens the shared tree query "HMICFRS improvement plan (tree)"
and uses **Export to CSV**. That file is what she brings to the reconciliation. The marks are
the tool's, not a spreadsheet's: the title is in **Title 1 / Title 2 / Title 3** according to
the item's depth in the tree; software-process **State** and **Reason** words (New / Active /
Resolved / Closed / Removed; "Code complete and unit tests pass"); "Assigned To" as
`Name <email>`; semicolon-separated **Tags** carry the item type; a custom field **HMICFRS
Ref**, filled for about half the items; the rich-text **Description** exported as HTML
(`<div>`, `<ul><li>`, `&nbsp;`, `&amp;`, `&quot;`); the 255-character Title limit; dates as the
en-GB export writes them (`31/03/2015 00:00:00`). (Column names follow my understanding of
the Azure DevOps tree-query CSV export; the people, e-mail addresses, IDs, dates and statuses
are invented.)

## Files

- `hmicfrs.xlsx`: the register's ordinary export, sheet `Recommendations`, header row 1,
  {len(H)} item rows (2-{len(H) + 1}). Columns: ID (integer register ID), Force, Report title,
  Publication date, Type (National recommendation / Recommendation / Cause of concern),
  Recommendation text (real OGL wording, verbatim with its quirks: curly quotes, `•` bullets
  without spaces, the stray footnote "20" and "86"), Status (Awaiting review, Being progressed,
  Complete, Superseded, No further action required), Status last updated. Autofilter and
  frozen header; no other rows.
- `tracker.csv`: UTF-8 **with BOM**, CRLF line ends, comma separated, minimal quoting, no field
  holds a line break, so record n is Excel row n. Header row 1, {len(F)} records (rows
  2-{len(F) + 1}): {len(EPIC_ROWS)} Epic rows (reports) and {len(_item_rows)} item rows.
  Columns: ID, Work Item Type, Title 1, Title 2, Title 3, State, Reason, Assigned To,
  Area Path, Tags, HMICFRS Ref, Target Date, Changed Date, Description.
- `truth.csv`: {len(truth)} lines, `hmicfrs_row` as `Recommendations!N`, `force_row` as
  `tracker.csv!N`.

## What the layout brings (rows are tracker.csv rows)

1. **Title column moves with depth.** Epics (reports) have their title in Title 1, Features
   (items) in Title 2, child parts in Title 3. A reader taking one "Title" column sees either
   only report names or only items.
2. **Report = the parent Epic**, known only from tree order; the epic names are the force's
   own ("PEEL Legit 17 S&S", "Police powers spotlight (Feb 21)"). No report column.
3. **Orphan Feature at the top level** (row {_row('Ambitious')}): the digital-services item had no
   parent link, so the tree export puts it in Title 1 exactly like an epic. It is an item
   (Work Item Type = Feature).
4. **Type lives in Tags** ("HMICFRS; CoC", "HMICFRS; Rec", "HMICFRS; National", "Local",
   "Report narrative", "Not for force"), not in a column; Work Item Type is the ADO type.
5. **States are software words.** Done = Resolved (delivered, evidence ready), Closed, and
   Removed (row {_row('HO & NPCC')}, "not for force", like WHITE). Open = New, Active.
   Reason repeats the state in Agile defaults ("Code complete and unit tests pass").
6. **ID is the ADO work-item number, not an HMICFRS reference**, and it is in the same numeric
   range as the register's PEEL 2018/19 IDs: row {_row('R5 - Regular')} (supervision of investigations)
   has ADO ID 9116, which is the register ID of a *different* item (public consultation,
   row {HROW['wm6']} of the register) that the tracker does not hold at all.
7. **HMICFRS Ref** is filled only for some items; one holds two refs ("8540 / 8541", row
   {_row('Where disparity')}); one is wrong (row {_row('NRM compliance')}, see traps).
8. **Description is HTML**, often abridged or with the force's abbreviations (S&amp;S, ISAs, APP),
   sometimes empty; one item has no description and its Title is the full text cut at 255
   characters (row {_row('Immediately, forces should take steps to ensure they fully')}).
9. **Splits into children**: firearms temporary permits (rows {_row('Temporary permits')}-{_row('Temporary permits') + 3}), MSHT leadership
   (rows {_row('MSHT leadership')}-{_row('MSHT leadership') + 3}), BWV (rows {_row('BWV - S&S')}-{_row('BWV - S&S') + 3}): parent and children each get
   a truth line with the same register row; the item is done only if every part is.
10. **One row, several items**: the austerity work item (row {_row('Austerity recs')}) covers all four
    austerity recommendations; row {_row('Where disparity')} covers two PEEL Legitimacy 2017 items.

## Traps and how the truth decides

- Stop and search 2013 rec 3 vs Stop and search 2 (2015): near-identical texts. The tracker row
  {_row('Explain S&S use')} sits under the 2013 epic and says "elected local policing bodies" (2013
  wording; 2015 says "police and crime commissioners"), so it is the 2013 item
  (closeable_local: HMICFRS Complete, force Active); the 2015 item is missing_from_force.
- Firearms demand (row {_row('Assess demand')}): force says "within 6 months", register "Within three
  months": conflict (timescale).
- MSHT leadership (rows {_row('MSHT leadership')}-{_row('MSHT leadership') + 3}): four bullets on the register, three children in the
  tracker (the performance / quality assurance bullet is missing): conflict on all four lines.
- NRM (row {_row('NRM compliance')}): text is the NRM item (register 7936) but HMICFRS Ref says 7937,
  the NCRS item; the NCRS item is row {_row('Immediately, forces should take steps to ensure they fully')} (truncated title, no ref). NRM = conflict
  (reference), NCRS = in_sync.
- PEEL Legitimacy 2017 cause of concern (row {_row('S&S use not shown')}) tagged "Rec": conflict (type).
- Use-of-force monitoring (row {_row('Internal monitoring of use')}): 2021 police-powers item filed under the PEEL
  Legitimacy 2017 epic, no ref: conflict (report).
- ADO ID 9116 (row {_row('R5 - Regular')}) = register ID of the consultation item: the ID is ignored; the
  row is the supervision item (closeable_submit) and the consultation item is missing_from_force.
- Everyone's business: row {_row('Chief officers to oversee')} quotes the report's narrative paragraph that follows
  the recommendation; it is not part of the register item: not_on_hmicfrs_list.
- Abuse-of-position epic (rows {_row('Review capability')}-{_row('Improve IT')}) and the local epic (rows
  {_row('Task & Finish')}-{_row('Dip-sample')}): the force's own actions, not_on_hmicfrs_list.
- Removed (row {_row('HO & NPCC')}): the Home Office/NPCC item the force removed as not its own; HMICFRS
  No further action required: in_sync (both closed).
- Firearms temporary permits: parent Active, children Closed, Closed, Active: item open;
  HMICFRS Awaiting review: in_sync on all four lines.
- Superseded West Mercia item (Warwickshire transition, row {_row('R1 - Agree')}) still Active in
  the tracker: closeable_local.
- No `review` lines: every pair could be decided from the two rows.

## Counts (truth lines)

""" + "\n".join(f"- {k}: {_cnt[k]}" for k in ["in_sync", "closeable_submit", "closeable_local",
                                              "conflict", "missing_from_force",
                                              "not_on_hmicfrs_list", "review"]) + f"""
- total: {len(truth)} lines; {len(H)} register items, all covered; {len(_item_rows)} tracker item
  rows, all covered (the austerity row appears 4 times, the 8540/8541 row twice).

## Rows that are not items

- hmicfrs.xlsx: row 1, header.
- tracker.csv: row 1, header; the Epic rows, which are report headings (the report each
  child belongs to), not items: """ + "; ".join(f"{n} ({t})" for n, t in EPIC_ROWS) + """.

## Checks run

- Every tracker record other than the header and the Epic rows is in truth.csv (once, or once
  per register item it holds); every register row 2-48 is in truth.csv at least once.
- Both files read back with pandas (`read_csv(encoding="utf-8-sig")`, `read_excel`) and
  openpyxl; 68 records x 14 columns and 47 rows x 8 columns.
- Built twice; the four files are byte-for-byte identical (fixed seed, fixed workbook
  created date; XlsxWriter writes fixed zip timestamps).
- Texts compared by eye with the sources; reconcile was not run or imported.
"""
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(README)
