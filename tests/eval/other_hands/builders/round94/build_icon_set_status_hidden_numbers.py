"""Build the round-94 case C: icon_set_status_hidden_numbers (see the README it writes)."""

# (key, report title, published, type, text) -- literals copied from the project's text lists
ITEMS = [
    ('sas131', 'Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), 'National recommendation',
     'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'),
    ('sas132', 'Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), 'National recommendation',
     'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'),
    ('sas133', 'Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), 'National recommendation',
     'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'),
    ('everyone1', "Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), 'National recommendation',
     "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."),
    ('austerity1', 'Policing in austerity: Meeting the challenge', (2014, 7, 22), 'National recommendation',
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
    ('austerity2', 'Policing in austerity: Meeting the challenge', (2014, 7, 22), 'National recommendation',
     'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'),
    ('austerity3', 'Policing in austerity: Meeting the challenge', (2014, 7, 22), 'National recommendation',
     'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'),
    ('austerity4', 'Policing in austerity: Meeting the challenge', (2014, 7, 22), 'National recommendation',
     'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'),
    ('core1', 'Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), 'National recommendation',
     'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'),
    ('core2', 'Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), 'National recommendation',
     'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'),
    ('integrity1', 'Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), 'National recommendation',
     'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'),
    ('sas151', 'Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), 'National recommendation',
     'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'),
    ('picture1', 'Building the picture: an inspection of police information management', (2015, 7, 1), 'National recommendation',
     'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'),
    ('firearms1', 'Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), 'National recommendation',
     'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'),
    ('firearms2', 'Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), 'National recommendation',
     'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'),
    ('firearms3', 'Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), 'National recommendation',
     'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'),
    ('firearms4', 'Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), 'National recommendation',
     'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'),
    ('firearms5', 'Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), 'National recommendation',
     'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'),
    ('stolen1', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'),
    ('stolen2', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'),
    ('stolen3', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'),
    ('stolen4', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'),
    ('stolen5', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'),
    ('stolen6', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'),
    ('stolen7', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'),
    ('efc171', 'PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), 'National recommendation',
     "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."),
    ('leg171', 'PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), 'Cause of concern',
     'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'),
    ('leg172', 'PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), 'National recommendation',
     'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'),
    ('leg173', 'PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), 'National recommendation',
     'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'),
    ('leg174', 'PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), 'National recommendation',
     'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'),
    ('leg175', 'PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), 'National recommendation',
     'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'),
    ('powers1', 'Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), 'National recommendation',
     'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'),
    ('powers2', 'Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), 'National recommendation',
     'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'),
    ('powers3', 'Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), 'National recommendation',
     'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'),
    ('powers4', 'Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), 'National recommendation',
     'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'),
    ('powers5', 'Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), 'National recommendation',
     'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'),
    ('wm0', 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19', (2019, 5, 2), 'Recommendation',
     'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and'),
    ('wm1', 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19', (2019, 5, 2), 'Recommendation',
     'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.'),
    ('wm2', 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19', (2019, 5, 2), 'Recommendation',
     'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;'),
    ('wm3', 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19', (2019, 5, 2), 'Recommendation',
     'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and'),
    ('wm4', 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19', (2019, 5, 2), 'Recommendation',
     'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;'),
    ('wm5', 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19', (2019, 5, 2), 'Recommendation',
     'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.'),
    ('wm6', 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19', (2019, 5, 2), 'Recommendation',
     'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;'),
    ('wm7', 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19', (2019, 5, 2), 'Cause of concern',
     'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.'),
    ('wm8', 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19', (2019, 5, 2), 'Cause of concern',
     'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.'),
    ('wm9', 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19', (2019, 5, 2), 'Recommendation',
     'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;'),
    ('wm10', 'PEEL: Police effectiveness, efficiency and legitimacy 2018/19', (2019, 5, 2), 'Recommendation',
     'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;'),
]

import csv
import datetime as dt
import hashlib
import os
import random
import shutil

import xlsxwriter

CASE = "icon_set_status_hidden_numbers"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
random.seed(94003)
FIXED = dt.datetime(2021, 11, 3, 9, 0, 0)

BY = {k: (k, t, d, ty, tx) for k, t, d, ty, tx in ITEMS}

# ---------------------------------------------------------------- HMICFRS side
# Register order: by publication date, West Mercia causes of concern before their recs.
WM_ORDER = ["wm7", "wm0", "wm1", "wm2", "wm3", "wm4", "wm8", "wm6", "wm9", "wm10"]
ORDER = ([k for k, *_ in ITEMS if not k.startswith(("wm", "powers"))]  # 2013 .. Dec 2017
         + WM_ORDER
         + [k for k, *_ in ITEMS if k.startswith("powers")])
assert len(ORDER) == len(set(ORDER)) == 46, len(ORDER)

# HMICFRS status and the date it was last changed (invented, after publication).
H_STATUS = {
    "sas131": ("Complete", (2016, 3, 14)), "sas132": ("Complete", (2016, 3, 14)),
    "sas133": ("Being progressed", (2019, 6, 20)),
    "everyone1": ("Being progressed", (2018, 2, 9)),
    "austerity1": ("No further action required", (2017, 10, 31)),
    "austerity2": ("No further action required", (2017, 10, 31)),
    "austerity3": ("No further action required", (2017, 10, 31)),
    "austerity4": ("No further action required", (2017, 10, 31)),
    "core1": ("Complete", (2016, 5, 4)), "core2": ("Being progressed", (2018, 1, 22)),
    "integrity1": ("Awaiting review", (2015, 1, 30)),
    "sas151": ("Being progressed", (2019, 6, 20)),
    "picture1": ("Being progressed", (2017, 8, 2)),
    "firearms1": ("Complete", (2016, 9, 1)), "firearms2": ("Being progressed", (2018, 4, 12)),
    "firearms3": ("Complete", (2017, 2, 27)), "firearms4": ("Being progressed", (2018, 4, 12)),
    "firearms5": ("Being progressed", (2018, 4, 12)),
    "stolen1": ("Being progressed", (2019, 1, 15)), "stolen2": ("Being progressed", (2019, 1, 15)),
    "stolen3": ("Awaiting review", (2017, 10, 24)), "stolen4": ("Being progressed", (2019, 1, 15)),
    "stolen5": ("Complete", (2020, 7, 6)), "stolen6": ("Being progressed", (2019, 1, 15)),
    "stolen7": ("Being progressed", (2019, 1, 15)),
    "efc171": ("Being progressed", (2019, 3, 8)),
    "leg171": ("Being progressed", (2019, 3, 8)), "leg172": ("Being progressed", (2019, 3, 8)),
    "leg173": ("Being progressed", (2019, 3, 8)), "leg174": ("Complete", (2020, 1, 17)),
    "leg175": ("Being progressed", (2019, 3, 8)),
    "wm7": ("Being progressed", (2020, 11, 2)), "wm0": ("Being progressed", (2020, 11, 2)),
    "wm1": ("Complete", (2021, 3, 29)), "wm2": ("Being progressed", (2020, 11, 2)),
    "wm3": ("Superseded", (2021, 6, 30)), "wm4": ("Being progressed", (2020, 11, 2)),
    "wm8": ("Being progressed", (2020, 11, 2)), "wm6": ("Being progressed", (2020, 11, 2)),
    "wm9": ("Being progressed", (2020, 11, 2)), "wm10": ("Being progressed", (2020, 11, 2)),
    "powers1": ("Being progressed", (2021, 7, 19)), "powers2": ("Being progressed", (2021, 7, 19)),
    "powers3": ("Being progressed", (2021, 7, 19)), "powers4": ("Awaiting review", (2021, 2, 26)),
    "powers5": ("Being progressed", (2021, 7, 19)),
}
assert set(H_STATUS) == set(ORDER)

# Register ids: plain integers, unique across the register.
REF = {}
base = {"sas13": 1184, "everyone": 2321, "austerity": 3307, "core": 4822, "integrity": 5016,
        "sas15": 5290, "picture": 5611, "firearms": 6120, "stolen": 8355, "efc17": 8519,
        "leg17": 8541, "wm": 10412, "powers": 12876}
for k in ORDER:
    fam = k.rstrip("0123456789") if not k.startswith(("sas13", "sas15", "efc17", "leg17")) else k[:5]
    REF[k] = base[fam]
    base[fam] += 1

HROW = {k: i + 2 for i, k in enumerate(ORDER)}  # header is row 1


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "Definitive list", "author": "HMICFRS", "company": "",
                       "created": FIXED})
    ws = wb.add_worksheet("Definitive list")
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    cols = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date"]
    for c, h in enumerate(cols):
        ws.write(0, c, h, hdr)
    for k in ORDER:
        _, title, pub, ty, text = BY[k]
        st, sd = H_STATUS[k]
        r = HROW[k] - 1
        ws.write_number(r, 0, REF[k], top)
        ws.write_string(r, 1, "West Mercia Police", top)
        ws.write_string(r, 2, title, wrap)
        ws.write_datetime(r, 3, dt.datetime(*pub), dfmt)
        ws.write_string(r, 4, ty, top)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, st, top)
        ws.write_datetime(r, 7, dt.datetime(*sd), dfmt)
    ws.set_column(0, 0, 12); ws.set_column(1, 1, 18); ws.set_column(2, 2, 40)
    ws.set_column(3, 3, 12); ws.set_column(4, 4, 22); ws.set_column(5, 5, 90)
    ws.set_column(6, 6, 24); ws.set_column(7, 7, 12)
    ws.autofilter(0, 0, len(ORDER), len(cols) - 1)
    ws.freeze_panes(1, 0)
    wb.close()


# ---------------------------------------------------------------- force side
# Each tracker row: (hmicfrs keys it covers, force report name, type, summary text,
#                    HMICFRS ID as typed (None = blank), lead, status cell, update, target)
# Status cell: a number (shown only as an icon) or a string typed over it, or None.
RN = {"wm": "PEEL 2018/19", "powers": "Police powers spotlight (Feb 21)",
      "leg17": "PEEL Legit 17 S&S", "efc17": "PEEL Efficiency 17 (all forces)",
      "stolen": "Stolen Freedom (MSHT) 2017", "firearms": "Firearms licensing 2015",
      "picture": "Building the Picture 2015", "sas15": "Stop & search powers 2",
      "integrity": "Integrity Matters 2015", "core": "Core Business 2014",
      "austerity": "Policing in Austerity 2014", "everyone": "Domestic abuse - Everyone's business",
      "sas13": "Stop & Search powers (HMIC 2013)"}

T = lambda *a: dt.datetime(*a)  # noqa: E731

ROWS = [
    # ---- PEEL 2018/19 (West Mercia)
    (["wm7"], RN["wm"], "CoC", "CoC 1 - no suitable arrangements to maintain full range of services when alliance with Warwickshire ends; gaps in workforce skills assessment, weaknesses in investigation & safeguarding",
     "10412", "DCC", 2, "Transition programme board meets fortnightly. Separation plan agreed with Warwickshire.", T(2021, 12, 31)),
    (["wm0"], RN["wm"], "Rec", "CoC1 (a) Immediately review officers' capability & capacity to manage investigative workload - understand investigative demand and pressures",
     "10413", "Det Ch Supt Force CID", 3, "Workload review complete, reported to FET Sept 2021. Ready to submit for closure.", T(2021, 9, 30)),
    (["wm1"], RN["wm"], "Rec", "CoC1 (b) Immediately review, with partners, approach to vulnerability to better safeguard vulnerable people",
     "10414", "Ch Supt Public Protection", 3, "Vulnerability review completed with partners. Closed by HMICFRS Mar 21.", T(2020, 12, 31)),
    (["wm2"], RN["wm"], "Rec", "CoC1 (c) Expand skills project to assess ALL skills (not only operational) incl. future skills reqts - to inform workforce plans",
     "10415", "Director of People", 2, "Skills audit tool procured; police staff phase due to start Jan 22.", T(2022, 3, 31)),
    (["wm3"], RN["wm"], "Rec", "CoC1 (d) Agree arrangements w/ Warwickshire Police for smooth transition to future op model - no disruption to public services",
     "10416", "DCC", 2, "Collaboration exit agreements being negotiated - s22A agreements under review.", T(2022, 3, 31)),
    (["wm4"], RN["wm"], "Rec", "CoC1 (e) Clearly define new operating model - all operational & support services affordable and fit to protect communities of West Mercia",
     "10415", "ACC Local Policing", 2, "Operating model design phase 2 under way; costed options to Chief Officer Group Nov 21.", T(2022, 3, 31)),
    (["wm5"], RN["wm"], "Rec", "CoC1 (f) Improve arrangements to consult public about business planning & feed back on changes made as a result",
     "10411", "Head of Corporate Communications", 2, "Engagement strategy refresh in draft. Consultation calendar to be published.", T(2022, 1, 31)),
    (["wm8"], RN["wm"], "CoC", "CoC 2 - force lacks capacity/capability to investigate crime effectively; failings in the way crimes are investigated",
     "10418", "ACC Crime", 2, "Investigation Improvement Plan in place; monthly performance reviews.", T(2022, 6, 30)),
    (["wm6"], RN["wm"], "Rec", "CoC2 (a) Within 6 months ensure regular & active supervision of quality and progress of investigations - supervision to be properly recorded",
     "10419", "Det Ch Supt Force CID", 3, "Supervisory review template live on Athena. Dip sample shows 92% compliance.", T(2019, 11, 2)),
    (["wm9"], RN["wm"], "Rec", "CoC2 (b) Improve ability to retrieve digital evidence from mobiles, computers etc quickly enough so investigations not delayed",
     "10420", "Head of Digital Forensics", "ongoing", "Kiosk roll-out phase 2; backlog down to 310 devices.", T(2022, 3, 31)),
    (["wm10"], RN["wm"], "Rec", "CoC2 (c) Improve understanding of suspects released under investigation (RUI) and management of those on bail",
     "10421", "Head of Criminal Justice", 1, "Awaiting Bail Act changes (PCSC Bill) before policy rewrite.", "tbc"),
    # ---- Police powers spotlight Feb 2021
    (["powers1"], RN["powers"], "Nat Rec", "By July 2022 ensure officers & staff have effective communication skills in line with National Policing Guidelines on Conflict Management (in addition to existing conflict mgmt/de-escalation training)",
     "12876", "Head of Learning & Development", 2, "Communication skills module in the 2022 PST programme.", T(2022, 7, 31)),
    (["powers2"], RN["powers"], "Nat Rec", "By July 2021 reinforce communication skills in officer/staff CPD; supervisors supported to debrief officers routinely using BWV footage",
     "12877", "Head of Learning & Development", 3, "CPD input delivered; supervisor debrief guide issued June 2021. Evidence pack ready.", T(2021, 7, 31)),
    (["powers3"], RN["powers"], "Nat Rec", "By Sept 2021 (1/3): officers to record on BWV the entirety of all stop and search encounters incl traffic stops and use of force",
     "12878", "Supt Operations", 3, "BWV policy updated - mandatory recording.", T(2021, 9, 30)),
    (["powers3"], RN["powers"], "Nat Rec", "By Sept 2021 (2/3): structured process for regularly reviewing a sufficient sample of BWV footage internally - identify learning, hold officers to account",
     "12878", "Supt Operations", 3, "Monthly BWV dip sample by Stop Search Reference Group.", T(2021, 9, 30)),
    (["powers3"], RN["powers"], "Nat Rec", "By Sept 2021 (3/3): external scrutiny panel members to have access to samples of BWV footage of S&S and use of force (taking account of APP safeguards)",
     "12878", "Supt Operations", 3, "Independent panel viewing BWV since Aug 21.", T(2021, 9, 30)),
    (["powers5"], RN["leg17"], "Nat Rec", "Effective internal monitoring processes on use of force - identify & understand disproportionate use, explain reasons, take improvement action (by July 2021)",
     "12880", "Supt Operations", 2, "Use of force dashboard built; ethnicity data quality still poor.", T(2021, 12, 31)),
    # ---- PEEL Legitimacy 2017
    (["leg172"], RN["leg17"], "Nat Rec", "By July 2018 regular monitoring of S&S data to understand: •reasons for disproportionality by ethnic group; •find rates by ethnicity & search type (drugs possession v supply); •prevalence of possession-only drug searches vs local/force priorities",
     "8542", "Supt Operations", 3, "Quarterly S&S disproportionality report to Stop Search Reference Group since 2019.", T(2018, 7, 31)),
    (["leg173"], RN["leg17"], "Nat Rec", "Where disparities identified, show public that research/analysis done to understand reasons and action taken to reduce disparity",
     "8543", "Supt Operations", 2, "Academic partnership with University of Worcester - analysis due Mar 22.", T(2022, 3, 31)),
    (["leg174"], RN["leg17"], "Nat Rec", "Publish analysis & actions at least annually from July 2018",
     "8544", "Head of Corporate Communications", "3", "Published on force website each July.", T(2018, 7, 31)),
    (["leg175"], RN["leg17"], "AFI", "All officers who use S&S powers trained on unconscious bias and CoP APP on stop and search (by July 2018 and ongoing)",
     "8545", "Head of Learning & Development", 2, "E-learning 87% completion; refresher for new starters.", T(2018, 7, 31)),
    # ---- PEEL Efficiency 2017 national
    (["efc171"], RN["efc17"], "Nat Rec", "By Sept 2018 produce an ambitious plan to improve digitally-enabled services within the force",
     "8519", "Director of Digital Services", 1, "Digital strategy paused pending alliance separation.", "tbc"),
    # ---- Stolen Freedom 2017
    (["stolen1"], RN["stolen"], "Nat Rec", "Within 12 months review MSHT leadership & governance so that: • senior leaders prioritise response to MSHT; • every MS incident allocated appropriate resources with skills/experience/capacity to investigate",
     "8355", "Det Supt Public Protection", 3, "MSHT lead appointed; all MS crimes allocated to PVP teams.", T(2018, 10, 24)),
    (["stolen1"], RN["stolen"], "Nat Rec", "(cont.) • effective partnership arrangements to co-ordinate activity, share info & safeguard victims; • performance & QA measures so senior leaders can assess quality of service to victims",
     "8355", "Det Supt Public Protection", 2, "Partnership protocol with Anti-Slavery Partnership in draft; QA framework not yet agreed.", T(2022, 3, 31)),
    (["stolen2"], RN["stolen"], "Nat Rec", "Within twelve months have active info-sharing agreements with other agencies - speedy exchange of intelligence, safeguard victims, identify suspects early",
     "8356", "Head of Intelligence", 2, "ISAs signed with 2 of 4 local authorities.", T(2018, 10, 24)),
    (["stolen3"], RN["stolen"], "Nat Rec", "Immediately ensure victims committing crimes under compulsion get early & continuing consideration of s45 defence",
     "8357", "Head of Criminal Justice", 3, "CPS joint guidance adopted; s45 prompt on case file.", T(2017, 12, 31)),
    (["stolen4"], RN["stolen"], "Nat Rec", "Immediately - fully compliant with NRM process & duty to notify Home Office of suspected adult victims (MSA 2015)",
     "8358", "Det Supt Public Protection", 2, "NRM/DtN compliance audit found gaps in duty to notify.", T(2021, 12, 31)),
    (["stolen5"], RN["stolen"], "Nat Rec", "Immediately comply with NCRS for MSHT offences; enough audit capacity for FCR to identify gaps in recording accuracy",
     "8359", "Force Crime Registrar", 3, "MSHT audit in FCR annual plan. Closed by HMICFRS July 2020.", T(2018, 3, 31)),
    (["stolen6"], RN["stolen"], "Nat Rec", "Immediately ensure MSHT allegations thoroughly investigated & supervised by skilled teams (incl. JITs / overseas intelligence)",
     "8360", "Det Supt Public Protection", None, "", None),
    (["stolen7"], RN["stolen"], "Nat Rec", "Immediately review use of preventative powers under MSA 2015 (STPOs/SROs) to restrict activities of those posing clear threat",
     "8361", "Det Supt Public Protection", "Complete - evid sent 09/21", "STPO/SRO guidance issued; 6 orders obtained 2020-21.", T(2018, 3, 31)),
    # ---- Firearms licensing 2015
    (["firearms1"], RN["firearms"], "Nat Rec", "Within 3 months assess governance of firearms licensing against APP; put correct arrangements in place where standards not met",
     "6120", "Supt Firearms Licensing", 3, "Governance review completed Dec 2015.", T(2015, 12, 15)),
    (["firearms2"], RN["firearms"], "Nat Rec", "Within six months assess demand on firearms licensing dept and ensure capacity to meet demand & give efficient and effective service at all times",
     "6121", "Supt Firearms Licensing", 2, "Demand model refreshed; 4 additional enquiry officers recruited, backlog remains.", T(2022, 3, 31)),
    (["firearms3"], RN["firearms"], "Nat Rec", "Immediately satisfy that all appropriate action taken re 'total expired' licensing records",
     "6122", "Supt Firearms Licensing", 2, "Quarterly NFLMS expired-record check; 12 outstanding.", T(2021, 12, 31)),
    (["firearms4"], RN["firearms"], "Nat Rec", "Temporary permits per HO guidance, recorded without delay on NFLMS; systems so holders never in unlawful possession",
     "6123", "Supt Firearms Licensing", 4, "Permit process audited Aug 21 - compliant.", T(2015, 12, 15)),
    (["firearms5"], RN["firearms"], "Nat Rec", "Systems to identify before attendance if incident involves/at address of a certificate holder, always applied by dispatchers; officers understand risk assessment & seizure powers",
     "6124", "Supt Contact Centre", 2.5, "STORM flag live; officer briefing still to be completed.", T(2021, 12, 31)),
    # ---- Building the Picture 2015
    (["picture1"], RN["picture"], "Nat Rec", "By 30/11/15 arrangements to scrutinise audits of compliance with APP on info management through force IM governance; categorisation of records regularly adjusted",
     "5611", "Head of Information Management", 2, "IM audit schedule agreed at Information Assurance Board; MoPI review backlog.", T(2022, 3, 31)),
    # ---- Stop & search 2
    (["sas151"], RN["sas15"], "Nat Rec", "In consultation with the PCC, comply with Code of Practice: explain to public how S&S is used & arrange for S&S records to be scrutinised by community reps, involving those stopped e.g. young people",
     "5290", "Supt Operations", 3, "Youth panel scrutinising S&S records since 2020. Propose closure.", T(2016, 3, 31)),
    # ---- Integrity matters 2015
    (["integrity1"], RN["integrity"], "Nat Rec", "By 31 Aug 2015 satisfy that misconduct investigations resulting in 'no further action' are fair & free from discrimination",
     "5016", "Head of Professional Standards", 3, "PSD dip sample of NFA outcomes reported to Ethics Committee annually.", T(2015, 8, 31)),
    # ---- Core Business 2014
    (["core1"], RN["core"], "Nat Rec", "Not later than 31 Mar 2015 - call handlers given specific, sound & comprehensible criteria to assess threat, harm & risk (THRIVE)",
     "4822", "Supt Contact Centre", 3, "THRIVE embedded in OCC. Closed by HMICFRS 2016.", T(2015, 3, 31)),
    # ---- Policing in Austerity 2014 (the force treats the four as one)
    (["austerity1", "austerity2", "austerity3", "austerity4"], RN["austerity"], "Nat Rec",
     "All 4 recs: review savings plans (VfM profiles); collaboration <10% of savings; front line workforce reductions; review collaboration plans for next spending round",
     None, "Director of Finance", 2, "Addressed holistically as part of the force change programme.", "tbc"),
    # ---- Everyone's business 2014
    (["everyone1"], RN["everyone"], "Nat Rec", "By Sept 2014 establish & publish DA action plan specifying steps to improve approach to domestic abuse. Developed: • in consultation with PCC, DA support orgs and victims' reps; • with reference to all relevant DHRs and IPCC findings; • drawing on CPS scrutiny panels and MARAC self-assessments",
     "2321", "Ch Supt Public Protection", 3, "DA action plan published 2014, refreshed annually.", T(2014, 9, 30)),
    # ---- Stop and search 2013
    (["sas131"], RN["sas13"], "Nat Rec", "Chief Constables & College of Policing - clear specification in S&S APP of effective and fair use of powers (compliant with Code of Practice)",
     None, "Supt Operations", 3, "APP published by College.", T(2014, 3, 31)),
    (["sas132"], RN["sas13"], "Nat Rec", "Establish/improve monitoring of the way officers stop and search - acting lawfully (incl equality legislation & CoP), power used effectively",
     None, "Supt Operations", 3, "Monitoring via BUSSS scheme.", T(2014, 3, 31)),
    (["sas133"], RN["sas13"], "Nat Rec", "In consultation with elected local policing bodies comply with code of practice - explain S&S use to public, S&S records scrutinised by community reps (involve those stopped e.g. young people)",
     None, "Supt Operations", 2, "Community scrutiny panel terms of reference being refreshed.", T(2022, 3, 31)),
    # ---- force's own action
    ([], "Internal audit 2020/21", "Local", "DA risk assessment (DASH) training refresh for response officers - internal audit action IA-21-07",
     None, "Ch Supt Public Protection", 2, "Training package in design with L&D.", T(2022, 2, 28)),
]

FIRST = 7   # header on row 6


def fstatus(v):
    """How a person reads the Status cell (icon shown, or the typed text)."""
    if v is None:
        return "blank: no icon", "open"
    if isinstance(v, str):
        t = v.strip().lower()
        if t == "3":
            return "text '3' (no icon; legend 3 = complete)", "done"
        if t.startswith("complete"):
            return f"text '{v}'", "done"
        return f"text '{v}'", "open"
    if v >= 3:
        return f"{v} -> green tick icon", "done"
    if v >= 2:
        return f"{v} -> amber '!' icon", "open"
    return f"{v} -> red cross icon", "open"


def build_tracker(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "HMICFRS recommendations tracker", "author": "Strategic Planning & Insight",
                       "company": "West Mercia Police", "created": FIXED})
    ws = wb.add_worksheet("Tracker")
    key = wb.add_worksheet("Key")
    b = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 14})
    red = wb.add_format({"bold": True, "font_color": "#C00000"})
    ital = wb.add_format({"italic": True, "font_color": "#595959"})
    hdr = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3864", "border": 1,
                         "text_wrap": True, "valign": "vcenter"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    stat = wb.add_format({"valign": "top", "align": "center", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "OFFICIAL", red)
    ws.write(1, 0, "West Mercia Police - HMICFRS Recommendations & AFIs Tracker", title)
    ws.write(2, 0, "Maintained by Strategic Planning & Insight. Last updated 03/11/2021 for JAC 25/11/2021", ital)
    ws.write(3, 0, "Status: enter 3 = Complete (green tick), 2 = In progress / on track (amber !), "
                   "1 = Not started / off track (red cross). Icon shows automatically.", b)
    heads = ["No.", "HMICFRS ID", "Inspection / report", "Type", "Recommendation / AFI (summary)",
             "Lead", "Status", "Latest update", "Target date"]
    for c, h in enumerate(heads):
        ws.write(FIRST - 2, c, h, hdr)
    for i, row in enumerate(ROWS):
        keys, rep, ty, text, ref, lead, st, upd, tgt = row
        r = FIRST - 1 + i
        ws.write_number(r, 0, i + 1, cell)
        if ref is None:
            ws.write_blank(r, 1, None, cell)
        else:
            ws.write_string(r, 1, ref, cell)   # typed as text (left-aligned)
        ws.write_string(r, 2, rep, wrap)
        ws.write_string(r, 3, ty, cell)
        ws.write_string(r, 4, text, wrap)
        ws.write_string(r, 5, lead, cell)
        if st is None:
            ws.write_blank(r, 6, None, stat)
        elif isinstance(st, str):
            ws.write_string(r, 6, st, stat)
        else:
            ws.write_number(r, 6, st, stat)
        if upd:
            ws.write_string(r, 7, upd, wrap)
        else:
            ws.write_blank(r, 7, None, wrap)
        if tgt is None:
            ws.write_blank(r, 8, None, dfmt)
        elif isinstance(tgt, str):
            ws.write_string(r, 8, tgt, cell)
        else:
            ws.write_datetime(r, 8, tgt, dfmt)
    last = FIRST - 1 + len(ROWS) - 1
    ws.conditional_format(FIRST - 1, 6, last, 6, {
        "type": "icon_set", "icon_style": "3_symbols_circled", "icons_only": True,
        "icons": [{"criteria": ">=", "type": "number", "value": 3},
                  {"criteria": ">=", "type": "number", "value": 2}]})
    ws.data_validation(FIRST - 1, 6, last, 6, {
        "validate": "list", "source": ["1", "2", "3"], "error_type": "information",
        "input_title": "Status", "input_message": "3 = Complete, 2 = In progress, 1 = Not started / off track"})
    ws.write(last + 2, 0, "Status column shows icons only - click a cell to see the number in the formula bar.", ital)
    ws.set_column(0, 0, 5); ws.set_column(1, 1, 10); ws.set_column(2, 2, 22); ws.set_column(3, 3, 8)
    ws.set_column(4, 4, 70); ws.set_column(5, 5, 24); ws.set_column(6, 6, 8); ws.set_column(7, 7, 45)
    ws.set_column(8, 8, 11)
    ws.freeze_panes(FIRST - 1, 0)
    ws.autofilter(FIRST - 2, 0, last, len(heads) - 1)
    # Key sheet: the template's legend
    key.write_row(0, 0, ["Value", "Icon", "Meaning"], b)
    key.write_row(1, 0, [3, "Green tick", "Complete - evidence available, ready for closure"])
    key.write_row(2, 0, [2, "Amber !", "In progress / on track"])
    key.write_row(3, 0, [1, "Red cross", "Not started / off track / beyond deadline"])
    key.conditional_format(1, 0, 3, 0, {
        "type": "icon_set", "icon_style": "3_symbols_circled",
        "icons": [{"criteria": ">=", "type": "number", "value": 3},
                  {"criteria": ">=", "type": "number", "value": 2}]})
    key.set_column(2, 2, 50)
    wb.close()
    return last + 1  # last data row as Excel shows it


# ---------------------------------------------------------------- truth
CONFLICT = {
    "everyone1": "conflict: force text lists three of the four 'developed' bullets - 'after close consideration of all the recommendations in this report' is missing (missing bullet); force also shows a green tick",
    "firearms2": "conflict: force text says 'Within six months', HMICFRS text 'Within three months' (timescale)",
    "stolen2": "conflict: force text says 'Within twelve months', HMICFRS 'Within six months' (timescale)",
    "leg175": "conflict: force Type 'AFI', HMICFRS type 'National recommendation' (type)",
    "powers5": "conflict: force files it under 'PEEL Legit 17 S&S'; HMICFRS report is the 2021 police powers spotlight (report); text is unmistakable",
    "wm4": "conflict: force HMICFRS ID 10415 is the ID of the skills-project rec (also typed on its own row); the text is clearly 10417's operating-model rec (reference)",
}


NOTE = {
    "sas133": "near-twin of the 2015 S&S rec: this row says 'elected local policing bodies' and sits under the 2013 report",
    "sas151": "near-twin of the 2013 S&S rec: this row says 'the PCC' and sits under Stop & search powers 2",
    "wm2": "the operating-model row also carries 10415 by mistake; this row's text is the skills project",
}


def write_truth(path, last_row):
    lines = []
    covered = set()
    for i, row in enumerate(ROWS):
        keys, rep, ty, text, ref, lead, st, upd, tgt = row
        frow = f"Tracker!{FIRST + i}"
        how, fs = fstatus(st)
        if not keys:
            lines.append(("", frow, "not_on_hmicfrs_list",
                          f"force's own internal-audit action ('{rep}'); no HMICFRS item is about DASH training refresh"))
            continue
        if keys == ["wm5"]:
            lines.append(("", frow, "not_on_hmicfrs_list",
                          "PEEL 2018/19 rec to consult public on business planning: not on the definitive list (the ID 10411 the force typed is not on the list either); query with HMICFRS"))
            continue
        for k in keys:
            covered.add(k)
            hs, _ = H_STATUS[k]
            ho = "open" if hs in ("Awaiting review", "Being progressed") else "closed"
            hrow = f"Definitive list!{HROW[k]}"
            parts = [r for r in ROWS if k in r[0]]
            if len(parts) > 1:
                done = all(fstatus(p[6])[1] == "done" for p in parts)
                fitem = "done" if done else "open"
                split = f"one of {len(parts)} force rows for this item (item {fitem}: done only if every part is); "
            else:
                fitem, split = fs, ""
            if len(keys) > 1:
                split = f"one force row covers all {len(keys)} austerity recs; "
            if ref is None:
                basis = "no HMICFRS ID typed; paired on report and text"
            elif ref == str(REF[k]):
                basis = f"HMICFRS ID {ref} and text agree"
            else:
                basis = f"text decides (typed ID {ref} is not this item's {REF[k]})"
            if k in NOTE:
                basis += "; " + NOTE[k]
            base = f"{basis}; {split}status {how} = {fs}; HMICFRS '{hs}' = {ho}"
            if k in CONFLICT:
                cat, why = "conflict", CONFLICT[k] + f"; {base}"
            elif ho == "open" and fitem == "done":
                cat, why = "closeable_submit", base
            elif ho == "closed" and fitem == "open":
                cat, why = "closeable_local", base
            else:
                cat, why = "in_sync", base
            lines.append((hrow, frow, cat, why))
    for k in ORDER:
        if k not in covered:
            why = {"core2": "Core Business crime-prevention recording rec: no tracker row mentions recording/evaluating crime prevention activity",
                   "leg171": "PEEL Legitimacy 2017 cause of concern (stop and search fairness): tracker lists that report's recs but not the cause of concern",
                   "powers4": "Home Office / NPCC use-of-force data rec: not on the tracker (aimed at national bodies, but HMICFRS holds it against the force)"}[k]
            lines.append((f"Definitive list!{HROW[k]}", "", "missing_from_force", why))
    fr = [l[1] for l in lines if l[1]]
    assert sorted(set(fr), key=lambda s: int(s.split("!")[1])) == [f"Tracker!{r}" for r in range(FIRST, last_row + 1)]
    assert {l[0] for l in lines if l[0]} == {f"Definitive list!{r}" for r in range(2, 48)}
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    return lines


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    last = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = write_truth(os.path.join(OUT, "truth.csv"), last)
    readme = README
    counts = {}
    for l in lines:
        counts[l[2]] = counts.get(l[2], 0) + 1
    ctext = "\n".join(f"| {c} | {counts.get(c, 0)} |" for c in
                      ["in_sync", "closeable_submit", "closeable_local", "conflict",
                       "missing_from_force", "not_on_hmicfrs_list", "review"])
    readme = readme.replace("{{COUNTS}}", ctext).replace("{{TOTAL}}", str(len(lines)))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)
    for fn in sorted(os.listdir(OUT)):
        print(fn, hashlib.md5(open(os.path.join(OUT, fn), "rb").read()).hexdigest())


README = """# icon_set_status_hidden_numbers (round 94, case C)

## The story

West Mercia Police's Strategic Planning & Insight team keeps its HMICFRS tracker in a workbook
started from an Office-style "tracker" template: the **Status** column takes a number
(3 = Complete, 2 = In progress / on track, 1 = Not started / off track) and a conditional-format
**icon set (3 Symbols circled) with "Show Icon Only"** turns it into a green tick, amber "!" or
red cross. On screen a lead officer sees icons only; the number is visible only in the formula
bar. A data-validation list (1,2,3) guards the cell, but with the "Information" error style, so
people have typed words over it and pasted odd values. The analyst received the HMICFRS
definitive list (the register's ordinary export) in November 2021 and must reconcile it before
the Joint Audit Committee. The force's own text is shortened and abbreviated (S&S, BWV, MSHT,
NFLMS, RUI), report names are the force's nicknames, the force's running "No." is not an
HMICFRS reference, and the "HMICFRS ID" column is typed as text, blank for older rows.

## The files

- `hmicfrs.xlsx`, sheet `Definitive list`: header row 1, item rows 2-47 (46 items). Columns
  Recommendation ID (plain integer), Force, Report title, Publication date (date), Type
  (National recommendation / Recommendation / Cause of concern), Recommendation (verbatim,
  with line breaks and bullets), Status (Awaiting review, Being progressed, Complete,
  Superseded, No further action required), Status date. Sorted by publication date; the West
  Mercia PEEL 2018/19 causes of concern sit before their recommendations.
- `tracker.xlsx`, sheet `Tracker`: row 1 "OFFICIAL", row 2 title, row 3 "last updated" line,
  row 4 the status legend, row 5 blank, **header row 6**, **item rows 7-51** (45 rows), row 52
  blank, row 53 a note. Columns: No., HMICFRS ID (text), Inspection / report, Type (Rec, AFI,
  CoC, Nat Rec, Local), Recommendation / AFI (summary), Lead, Status (numbers shown as icons
  only, G7:G51), Latest update, Target date (dates, or "tbc"). Sheet `Key`: the template's
  legend (Value / Icon / Meaning, rows 1-4), not items.
- `truth.csv`: {{TOTAL}} lines. `README.md`: this file. Both UTF-8.

## What the layout brings (tracker rows)

- Status is a number hidden behind an icon. Reading rule a person uses: green tick (>= 3) =
  done; amber "!" (>= 2 and < 3) or red cross (< 2) = open. The rule's thresholds are the
  icon set's own (number >= 3, number >= 2), and the legend in row 4 / sheet `Key` states them.
- Row 40 (temporary permits): value **4**, from an older 4-point scale; Excel shows a green tick
  -> done.
- Row 41 (firearms certificate-holder flag): value **2.5** -> amber "!" -> open (not done
  because it is "almost 3").
- Row 26 (publish analysis annually): the text **"3"** typed as a string: no icon, shows "3"
  with Excel's number-stored-as-text marker; by the legend -> done.
- Row 36 (preventative powers): text **"Complete - evid sent 09/21"** typed over the number -> done.
- Row 16 (digital evidence): text **"ongoing"** -> open.
- Row 35 (MSHT investigation): **blank** status, no icon, no update -> open (nothing recorded).
- Everything else is a plain 1, 2 or 3.

## Traps and how the truth decides them

- Split item: Stolen freedom leadership rec (`Definitive list!20`) is split over rows 29-30 by
  bullet pairs; row 29 is a tick, row 30 amber -> the item is open, HMICFRS open -> `in_sync`
  on both lines.
- Split item: the 2021 body-worn-video rec (`Definitive list!45`) is split into (1/3), (2/3),
  (3/3) on rows 20-22, all ticks -> item done -> `closeable_submit` on all three lines.
- One row, four items: row 46 ("All 4 recs" of Policing in Austerity 2014, no IDs) covers
  register rows 6-9; HMICFRS "No further action required", force amber -> `closeable_local` x4.
- Wrong reference: row 12 (operating model) carries ID 10415, which belongs to the skills
  project rec (row 10 carries it too). The text decides: row 12 is item 10417
  (`Definitive list!38`) -> `conflict` (reference); row 10 is `in_sync`.
- Near-twin texts: the 2013 and 2015 stop-and-search "explain to the public / community
  scrutiny" recs differ by "elected local policing bodies" vs "police and crime
  commissioners"; the tracker rows (50 and 43) are decided by report name and that phrase.
  Row 50 is amber (`in_sync`), row 43 a tick (`closeable_submit`).
- Timescale conflicts: row 31 says "Within twelve months" (HMICFRS: six months); row 38 says
  "Within six months" (HMICFRS: three months) -> `conflict`.
- Type conflict: row 27 is typed "AFI" for a national recommendation -> `conflict`.
- Report conflict: row 23 (use-of-force internal monitoring, 2021 spotlight) is filed under
  "PEEL Legit 17 S&S" -> `conflict`.
- Missing bullet: row 47 (Everyone's business action plan) lists three of the four "developed"
  bullets; "after close consideration of all the recommendations in this report" is gone ->
  `conflict` (the row also shows a tick).
- Not on the list: row 13 (PEEL 2018/19 rec on consulting the public; its typed ID 10411 is
  not on the list) and row 51 (the force's own internal-audit DASH training action) ->
  `not_on_hmicfrs_list`.
- Missing from the force: register rows 11 (Core Business crime-prevention recording), 28
  (PEEL Legitimacy 2017 cause of concern: the tracker carries the recs, not the cause) and 46
  (Home Office / NPCC use-of-force data rec) -> `missing_from_force`.
- Closed by HMICFRS, open in the tracker: row 11 (Warwickshire transition, Superseded) and
  row 39 ("total expired" records, Complete) -> `closeable_local`.
- No `review` lines: every pair is decidable from text, report and (where present) ID.

## Counts

| category | lines |
|---|---|
{{COUNTS}}

Total {{TOTAL}} lines: 46 HMICFRS items (each at least once) and all 45 tracker item rows
(row 46 four times, the split rows once each).

## Rows that are not items

- `hmicfrs.xlsx` `Definitive list!1`: header.
- `tracker.xlsx` `Tracker!1` ("OFFICIAL" marking), `!2` (title), `!3` (last-updated line),
  `!4` (status legend), `!5` (blank), `!6` (header), `!52` (blank), `!53` (note about the
  hidden numbers).
- `tracker.xlsx` sheet `Key`, rows 1-4: legend of the icon values.

## Texts

Every HMICFRS text is copied literally from the project's lists (`casegen/texts/national.py`
and `/work/shared/data/real_recommendations.csv` rows 0-10, West Mercia PEEL 2018/19), quirks
kept (curly quotes, "•" with no space, the stray "86" and "and 20"). The West Mercia PEEL
2018/19 publication date (2 May 2019), all HMICFRS status dates, IDs other than 2321, 4822,
8541 and the force's leads, updates and targets are invented.

## Checks run

- Every tracker row 7-51 appears in the truth (row 46 four times, others once); every register
  row 2-47 appears at least once (script assertion).
- Both files read back with pandas (`read_excel`, header=None: Tracker 53 x 9, Key 4 x 3;
  Definitive list 46 x 8) and openpyxl (icon set on G7:G51, 3Symbols, showValue=False,
  thresholds num 2 / num 3; status values as listed above).
- Two builds give byte-identical files (md5 compared); fixed workbook created date, XlsxWriter's
  fixed zip timestamps, no clock, fixed seed.
"""

if __name__ == "__main__":
    main()
