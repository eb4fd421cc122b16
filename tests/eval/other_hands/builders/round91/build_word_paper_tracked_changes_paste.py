"""Build case word_paper_tracked_changes_paste (round 91, case A).

A West Mercia Police JAC paper appendix (two Word tables, captions, merged report-heading rows,
a repeated header row, Symbol-font bullets, multi-paragraph cells, tracked changes showing,
footnotes) copied from Word and pasted into a new Excel workbook. HMICFRS side: the register's
ordinary xlsx export. Deterministic: no clock, fixed document properties, XlsxWriter's fixed
zip timestamps.
"""
import csv
import datetime as dt
import io
import os

import xlsxwriter

OUT = "/tmp/indep91/word_paper_tracked_changes_paste"

# HMICFRS items: (key, report key, type, text). Real wording, Open Government Licence,
# copied verbatim from /work/shared/data/real_recommendations.csv and the casegen text lists.
HM_ITEMS = [
    ('sas13_1', 'sas13', 'National recommendation', 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'),
    ('sas13_2', 'sas13', 'National recommendation', 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'),
    ('sas13_3', 'sas13', 'National recommendation', 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'),
    ('da14_1', 'everyone', 'National recommendation', "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."),
    ('aus_1', 'austerity', 'National recommendation', "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
    ('aus_2', 'austerity', 'National recommendation', 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'),
    ('aus_3', 'austerity', 'National recommendation', 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'),
    ('aus_4', 'austerity', 'National recommendation', 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'),
    ('core_1', 'core', 'National recommendation', 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'),
    ('core_2', 'core', 'National recommendation', 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'),
    ('int_1', 'integrity', 'National recommendation', 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'),
    ('sas15_1', 'sas15', 'National recommendation', 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'),
    ('pic_1', 'picture', 'National recommendation', 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'),
    ('fa_1', 'firearms', 'National recommendation', 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'),
    ('fa_2', 'firearms', 'National recommendation', 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'),
    ('fa_3', 'firearms', 'National recommendation', 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'),
    ('fa_4', 'firearms', 'National recommendation', 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'),
    ('fa_5', 'firearms', 'National recommendation', 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'),
    ('eff15_1', 'eff15', 'Area for improvement', 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public'),
    ('eff15_2', 'eff15', 'Area for improvement', 'The force should develop its understanding of the links between its outcomes, outputs and costs'),
    ('eff15_3', 'eff15', 'Area for improvement', 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.'),
    ('eff16_coc', 'eff16', 'Cause of concern', 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.'),
    ('eff16_1', 'eff16', 'Recommendation', 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.'),
    ('eff16_2', 'eff16', 'Recommendation', 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.'),
    ('eff16_3', 'eff16', 'Recommendation', 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease'),
    ('cdi17_1', 'cdi17', 'Recommendation', 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.'),
    ('msht_1', 'stolen', 'National recommendation', 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'),
    ('msht_2', 'stolen', 'National recommendation', 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'),
    ('msht_3', 'stolen', 'National recommendation', 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'),
    ('msht_4', 'stolen', 'National recommendation', 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'),
    ('msht_5', 'stolen', 'National recommendation', 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'),
    ('msht_6', 'stolen', 'National recommendation', 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'),
    ('msht_7', 'stolen', 'National recommendation', 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'),
    ('efc17_1', 'efc17', 'National recommendation', "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."),
    ('eff17_afi', 'eff17wm', 'Area for improvement', 'The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.'),
    ('leg17_1', 'leg17', 'Cause of concern', 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'),
    ('leg17_2', 'leg17', 'National recommendation', 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'),
    ('leg17_3', 'leg17', 'National recommendation', 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'),
    ('leg17_4', 'leg17', 'National recommendation', 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'),
    ('leg17_5', 'leg17', 'National recommendation', 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'),
    ('p19_coc1', 'peel19', 'Cause of concern', 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.'),
    ('p19_r3', 'peel19', 'Recommendation', 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and'),
    ('p19_r4', 'peel19', 'Recommendation', 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;'),
    ('p19_r5', 'peel19', 'Recommendation', 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.'),
    ('p19_coc2', 'peel19', 'Cause of concern', 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.'),
    ('p19_r0', 'peel19', 'Recommendation', 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and'),
    ('p19_r1', 'peel19', 'Recommendation', 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.'),
    ('p19_r2', 'peel19', 'Recommendation', 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;'),
    ('p19_r6', 'peel19', 'Recommendation', 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;'),
    ('p19_r9', 'peel19', 'Recommendation', 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;'),
    ('p19_r10', 'peel19', 'Recommendation', 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;'),
    ('pow_1', 'powers', 'National recommendation', 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'),
    ('pow_2', 'powers', 'National recommendation', 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'),
    ('pow_3', 'powers', 'National recommendation', 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'),
    ('pow_4', 'powers', 'National recommendation', 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'),
    ('pow_5', 'powers', 'National recommendation', 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'),
]
NAT_TITLES = {'sas13': ('Stop and search powers: Are the police using them effectively and fairly?', [2013, 7, 9]), 'everyone': ("Everyone's business: Improving the police response to domestic abuse", [2014, 3, 27]), 'austerity': ('Policing in austerity: Meeting the challenge', [2014, 7, 22]), 'core': ('Core Business: an inspection into crime prevention, police attendance and the use of police time', [2014, 9, 4]), 'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', [2015, 1, 30]), 'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?', [2015, 3, 24]), 'picture': ('Building the picture: an inspection of police information management', [2015, 7, 1]), 'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', [2015, 9, 15]), 'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking', [2017, 10, 24]), 'efc17': ('PEEL: Police efficiency 2017 (national overview)', [2017, 11, 9]), 'leg17': ('PEEL: Police legitimacy 2017 (national overview)', [2017, 12, 12]), 'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of force', [2021, 2, 26])}

REPORTS = {k: (v[0], dt.date(*v[1])) for k, v in NAT_TITLES.items()}
REPORTS.update({
    "eff15": ("PEEL: Police efficiency 2015 – West Mercia Police", dt.date(2015, 10, 15)),
    "eff16": ("PEEL: Police effectiveness 2016 – West Mercia Police", dt.date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017 – West Mercia Police", dt.date(2017, 9, 7)),
    "eff17wm": ("PEEL: Police efficiency 2017 – West Mercia Police", dt.date(2017, 11, 9)),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police",
               dt.date(2019, 5, 2)),
})

# HMICFRS status per item (the register's current position) and status date.
STATUS = {
    "sas13_1": "Complete", "sas13_2": "Complete", "sas13_3": "Superseded",
    "da14_1": "Complete",
    "aus_1": "No further action required", "aus_2": "No further action required",
    "aus_3": "No further action required", "aus_4": "No further action required",
    "core_1": "Complete", "core_2": "Awaiting review",
    "int_1": "Complete", "sas15_1": "Superseded", "pic_1": "Being progressed",
    "fa_1": "Complete", "fa_2": "Complete", "fa_3": "Being progressed", "fa_4": "Complete",
    "fa_5": "Awaiting review",
    "eff15_1": "Complete", "eff15_2": "Being progressed", "eff15_3": "Being progressed",
    "eff16_coc": "Being progressed", "eff16_1": "Being progressed", "eff16_2": "Being progressed",
    "eff16_3": "Complete",
    "cdi17_1": "Being progressed",
    "msht_1": "Being progressed", "msht_2": "Being progressed", "msht_3": "Awaiting review",
    "msht_4": "Being progressed", "msht_5": "Being progressed", "msht_6": "Complete",
    "msht_7": "Being progressed",
    "efc17_1": "Being progressed", "eff17_afi": "Awaiting review",
    "leg17_1": "Being progressed", "leg17_2": "Being progressed", "leg17_3": "Complete",
    "leg17_4": "Being progressed", "leg17_5": "Complete",
    "p19_coc1": "Being progressed", "p19_r3": "Complete", "p19_r4": "Complete",
    "p19_r5": "Being progressed", "p19_coc2": "Being progressed", "p19_r0": "Complete",
    "p19_r1": "Superseded", "p19_r2": "Being progressed", "p19_r6": "Being progressed",
    "p19_r9": "Awaiting review", "p19_r10": "Being progressed",
    "pow_1": "Awaiting review", "pow_2": "Being progressed", "pow_3": "Being progressed",
    "pow_4": "Awaiting review", "pow_5": "Being progressed",
}
CLOSED = {"Complete", "Superseded", "No further action required"}


def status_date(i, key):
    """A fixed, invented status date after publication (no clock)."""
    pub = REPORTS[dict((k, r) for k, r, _, _ in HM_ITEMS)[key]][1]
    base = dt.date(2023, 9, 29) if STATUS[key] in CLOSED else dt.date(2023, 6, 30)
    d = base - dt.timedelta(days=(i * 37) % 400)
    return max(d, pub + dt.timedelta(days=30))


# ---------------------------------------------------------------- HMICFRS side
def build_hmicfrs():
    # order: by publication date, then list order; references invented, ascending
    order = sorted(range(len(HM_ITEMS)), key=lambda i: (REPORTS[HM_ITEMS[i][1]][1], i))
    rows = {}
    wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
    wb.set_properties({"title": "Definitive list", "author": "HMICFRS",
                       "created": dt.datetime(2023, 10, 2, 9, 0, 0)})
    ws = wb.add_worksheet("Definitive list")
    hdr = wb.add_format({"bold": True, "bg_color": "#1F4E79", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    txt = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    heads = ["Reference", "Force", "Report title", "Publication date", "Type",
             "Recommendation / AFI text", "Status", "Status date"]
    for c, h in enumerate(heads):
        ws.write_string(0, c, h, hdr)
    ref = 7410
    for n, i in enumerate(order):
        key, rk, ty, text = HM_ITEMS[i]
        r = n + 1
        ref += 3 + (i * 7) % 11
        ws.write_number(r, 0, ref, txt)
        ws.write_string(r, 1, "West Mercia Police", txt)
        ws.write_string(r, 2, REPORTS[rk][0], txt)
        ws.write_datetime(r, 3, dt.datetime.combine(REPORTS[rk][1], dt.time()), dfmt)
        ws.write_string(r, 4, ty, txt)
        ws.write_string(r, 5, text, txt)
        ws.write_string(r, 6, STATUS[key], txt)
        ws.write_datetime(r, 7, dt.datetime.combine(status_date(i, key), dt.time()), dfmt)
        rows[key] = r + 1
    ws.set_column(0, 0, 10); ws.set_column(1, 1, 18); ws.set_column(2, 2, 40)
    ws.set_column(3, 3, 12); ws.set_column(4, 4, 22); ws.set_column(5, 5, 90)
    ws.set_column(6, 6, 26); ws.set_column(7, 7, 12)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(order), len(heads) - 1)
    wb.close()
    return rows


# ---------------------------------------------------------------- force side
NB = "\u00a0"
def B(text):
    """A Word bullet paragraph as Excel pastes it: Symbol-font '·', the 7pt nbsp spacer, text."""
    return [("·", "sym"), (NB * 7 + " ", "sp"), (text, None)]

def D(t):  # tracked deletion (struck, author colour)
    return [(t, "del")]

def I(t):  # tracked insertion (underlined, author colour)
    return [(t, "ins")]

def T(*segs):
    return list(segs)

RAGFILL = {"Green": "#00B050", "Amber": "#FFC000", "Red": "#FF0000"}

# Each item: dict(no, text, lead, update, target, rag, fill, keys, cat, why, whole)
#   text/update: list of paragraphs; paragraph = str or list of (text, style)
#   rag: paragraph; fill: Word cell shading; target: str (Excel converts some to dates)
#   keys: HMICFRS keys matched (0, 1 or 2); whole: None | 'del' | 'ins' (tracked row)
LAYOUT = []

def para(x):
    return x if isinstance(x, list) else [(x, None)]

def item(no, text, lead, update, target, rag, keys, cat, why, fill=None, whole=None):
    if not isinstance(text, list) or (text and isinstance(text[0], tuple)):
        text = [text]
    if not isinstance(update, list) or (update and isinstance(update[0], tuple)):
        update = [update]
    if fill is None and isinstance(rag, str):
        fill = RAGFILL.get(rag)
    LAYOUT.append(("item", dict(no=no, text=text, lead=lead, update=update, target=target,
                                rag=rag, fill=fill, keys=keys, cat=cat, why=why, whole=whole)))

def heading(t, url=None):
    LAYOUT.append(("heading", t, url))

def other(kind, *a):
    LAYOUT.append((kind,) + a)

JI = "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/"
OK, GR, AM, RD = "in_sync", "Green", "Amber", "Red"

other("para", "Appendix A", "h1")
other("para", "HMICFRS recommendations, causes of concern and areas for improvement – force "
      "position at 31 October 2023", "h2")
other("blank")
other("para", "RAG key: Green – implemented, evidence held; Amber – work ongoing, expected to be "
      "implemented; Red – beyond deadline or will not be implemented (rationale required). "
      "Changes since the September Committee are shown as tracked changes.", "body")
other("blank")
other("caption", "Table 1 – National (all forces) recommendations")
other("header")

heading("Stop and search powers: are the police using them effectively and fairly? (HMIC, July 2013)",
        JI + "stop-and-search-powers-are-the-police-using-them-effectively-and-fairly/")
item("1.1", "CCs & College of Policing to set out in the S&S APP what effective and fair use of "
     "S&S powers looks like (compliant with the Code of Practice)", "Supt R. Okafor",
     "APP published by CoP 2014; force S&S policy aligned.", "Complete", GR, ["sas13_1"], OK,
     "Text is the 2013 APP specification rec, under the 2013 heading; HMICFRS Complete, force Green.")
item("1.2", "Establish / improve monitoring of how officers use stop & search – lawful (incl. "
     "equality legislation & Code of Practice), effective, maintains public trust", "Supt R. Okafor",
     ["Oct 23: monthly S&S scrutiny dashboard live; ethnicity and outcome data reviewed at "
      "Legitimacy Board.", "Jul 23: dashboard in test with Insight team."], "Complete",
     T(("Amber", "del"), ("Green", "ins")), ["sas13_2"], OK,
     "Monitoring rec, 2013 heading. RAG cell reads 'AmberGreen' with Amber struck through and Green "
     "underlined (tracked change, shading left amber): the force position is Green. HMICFRS "
     "Complete, so both closed.", fill=RAGFILL["Amber"])
item("1.3", "Explain to the public how S&S is used & arrange community scrutiny of S&S records, "
     "involving young people", "Supt R. Okafor",
     "Youth panel recruitment ongoing with OPCC.", "Mar 2024", AM, ["sas13_3"], "closeable_local",
     "Under the 2013 heading, so it is the 2013 'elected local policing bodies' rec, not the near "
     "identical 2015 one (No. 1.9 under 'Stop and search powers 2'). HMICFRS Superseded (closed), "
     "force Amber (open).")

heading("Everyone’s business: improving the police response to domestic abuse (March 2014)",
        JI + "improving-the-police-response-to-domestic-abuse/")
item("1.4", ["Every force to establish and publish a DA action plan setting out what steps it "
             "will take to improve its approach to domestic abuse, developed:",
             B("in consultation with PCCs, DA support organisations & victims’ representatives;"),
             B("after considering all the recommendations in the report;"),
             B("with reference to all relevant DHRs and IPCC findings;"),
             B("drawing on CPS scrutiny panels and MARAC self-assessments.")],
     "D/Supt K. Marsh", "DA Delivery Plan published 2014, refreshed annually.", "Sep 2014", GR,
     ["da14_1"], OK,
     "The 2014 DA action plan rec with all four 'developed' bullets (five Excel rows, one per Word "
     "paragraph). HMICFRS Complete, force Green.")

heading("Policing in austerity: meeting the challenge (July 2014)")
item("1.5", "Review plans to deliver savings – continue to reduce crime & protect the front line "
     "while balancing the budget (use VfM profiles)", "Director of Finance",
     "HMICFRS – no further action required (definitive list Sept 23). Remove.", "Complete", GR,
     ["aus_1"], OK,
     "Whole row is a tracked deletion (every cell struck through in the author colour): the OL team "
     "has removed its entry because HMICFRS closed it. It still matches austerity rec 1; HMICFRS "
     "'No further action required' (closed) and the force has closed it (Green, deleted), so "
     "both closed.", whole="del")
item("1.6", "Recs 2 & 3 – assess scope to improve savings through collaboration (where <10% "
     "planned) and whether decisive action taken to maintain crime fighting capacity where front "
     "line workforce is reducing", "Director of Finance / Ch Supt Operations",
     "To be considered as part of Alliance exit and Transformation programme.", "Q4 2023/24", AM,
     ["aus_2", "aus_3"], "closeable_local",
     "One force row holds austerity recs 2 (collaboration <10%) and 3 (front line capacity). "
     "HMICFRS 'No further action required' (closed), force Amber (open).")

heading("Core Business (September 2014)")
item("1.7", "All forces to ensure crime prevention / disruption activity is systematically "
     "recorded and evaluated to determine effectiveness of tactics", "Supt L. Brennan",
     ["Prevention activity recorded on Niche occurrence; evaluation through Problem Solving Hub "
      "(SARA).", "Evidence pack sent to Force Liaison Lead 03/10/2023."], "31/03/2015", GR,
     ["core_2"], "closeable_submit",
     "Core Business rec 2 (prevention activity recorded and evaluated). HMICFRS Awaiting review "
     "(open), force Green with evidence sent.")

heading("Integrity matters (January 2015)")
item("1.8", "Satisfy ourselves that misconduct investigations resulting in “no further action” "
     "are fair and free from discrimination", "Head of PSD",
     "Annual dip-sample by PSD with the IAG.", "Complete", GR, ["int_1"], OK,
     "Integrity matters 'no further action' rec. HMICFRS Complete, force Green.")

heading("Stop and search powers 2: are the police using them effectively and fairly? (March 2015)")
item("1.9", "In consultation with the PCC, explain to the public how S&S powers are used & "
     "arrange community scrutiny of S&S records (incl. young people)", "Supt R. Okafor",
     "Independent S&S scrutiny panel meets quarterly; minutes published on website.", "Complete",
     GR, ["sas15_1"], OK,
     "Under the 2015 heading and 'in consultation with the PCC': the 2015 rec, not the 2013 one "
     "(No. 1.3). HMICFRS Superseded (closed), force Green (done).")

heading("Building the picture – information management (July 2015)")
item("1.10", "Arrangements to scrutinise audits of compliance with the APP on information "
     "management through the force IM governance structure (incl. regular adjustment of record "
     "categorisation)", "Information Assurance Manager",
     "MoPI review backlog audit ongoing; reporting to Information Governance Board.",
     "30/11/2023", AM, ["pic_1"], OK,
     "Building the picture rec. HMICFRS Being progressed, force Amber: both open. (No. '1.10' "
     "shows as 1.1 after Excel's number conversion.)")

heading("Targeting the risk – firearms licensing (September 2015)",
        JI + "targeting-the-risk/")
item("1.11", "Assess governance of firearms licensing against APP; put right any gaps immediately",
     "Head of Firearms Licensing", "Governance review 2016; Firearms Licensing Board in place.",
     "Complete", GR, ["fa_1"], OK, "Firearms rec 1 (governance v APP). HMICFRS Complete, force Green.")
item("1.12", "Assess demand on the Firearms Licensing Department – capacity to meet it and give "
     "an efficient & effective service", "Head of Firearms Licensing",
     "Demand review completed; two additional FEOs funded 2016.", "Complete", GR, ["fa_2"], OK,
     "Firearms rec 2 (demand and capacity). HMICFRS Complete, force Green.")
item("1.13", "Satisfy ourselves all appropriate action is taken re ‘total expired’ licensing "
     "records", "Head of Firearms Licensing",
     [D("Backlog of 14 total expired records being worked through."),
      I("All total expired records reviewed and closed on NFLMS; submitted for closure "
        "12/10/2023.")], "Complete",
     T(("Amber", "del"), ("Green", "ins")), ["fa_3"], "closeable_submit",
     "Total expired records rec. Tracked changes: old update and Amber struck, new update and "
     "Green inserted, so the force now says done and submitted. HMICFRS Being progressed (open).")
item("1.14", "Temporary permits – in line with HO guidance, recorded on NFLMS without delay, no "
     "unlawful possession", "Head of Firearms Licensing",
     "Process review with FLM; audit planned Dec 23.", "Dec 2023", AM, ["fa_4"], "closeable_local",
     "Temporary permits rec. HMICFRS Complete (closed), force Amber (open).")
item("1.15", "Within 6 months, ensure systems identify (before attendance) whether an incident "
     "involves / is at the address of a firearm certificate holder and are applied by dispatchers; "
     "officers understand the risk assessment and powers to seize", "Ch Insp FCC",
     "STORM flag for certificate holders live; briefing to be refreshed.", "Q3 2023/24", AM,
     ["fa_5"], "conflict",
     "Matched on content (certificate-holder flag at dispatch, powers to seize). Force says "
     "'Within 6 months'; HMICFRS says 'Within three months': timescale disagrees. Both open.")

heading("Stolen freedom: the policing response to modern slavery and human trafficking "
        "(October 2017)", JI + "stolen-freedom-the-policing-response-to-modern-slavery-and-human-trafficking/")
item("1.16a", ["Within 12 months review leadership & governance for MSHT to ensure:",
               B("senior leaders prioritise the response to MSHT")], "D/Supt K. Marsh",
     "MSHT Gold group chaired by ACC.", "Complete", GR, ["msht_1"], OK,
     "Force split the 'Within twelve months … leadership and governance' rec into four rows "
     "(1.16a–d), one per bullet. This part Green, but 1.16c is Amber, so the item is not done; "
     "HMICFRS Being progressed: both open.")
item("1.16b", B("every MS incident allocated appropriate resources with skills, experience & "
                "capacity to investigate"), "D/Supt K. Marsh",
     "All MSHT crimes allocated to PVP investigation teams.", "Complete", GR, ["msht_1"], OK,
     "Part b of the split MSHT leadership rec (second bullet). Green, but part c Amber: item open; "
     "HMICFRS open.")
item("1.16c", B("effective partnership arrangements to share information & safeguard victims"),
     "D/Supt K. Marsh", "Partnership protocol with Anti-Slavery Partnership in draft.",
     "Mar 2024", AM, ["msht_1"], OK,
     "Part c of the split MSHT leadership rec (third bullet). Amber: item open; HMICFRS open.")
item("1.16d", B("performance & QA measures so senior leaders can assess the service to victims"),
     "D/Supt K. Marsh", "MSHT performance pack quarterly to Gold.", "Complete", GR, ["msht_1"], OK,
     "Part d of the split MSHT leadership rec (fourth bullet). Green, but part c Amber: item open; "
     "HMICFRS open.")
item("1.17", "Active ISAs with other agencies – speedy exchange of intelligence, safeguard "
     "victims, identify suspects early", "D/Supt K. Marsh",
     "ISAs signed with three local authorities, Border Force and GLAA.", "Complete", GR,
     ["msht_2"], "closeable_submit",
     "MSHT intelligence-sharing rec. HMICFRS Being progressed (open), force Green.")
item("1.18", "Victims committing offences under compulsion – early & continuing consideration of "
     "the s45 defence", "D/Supt K. Marsh", "CPS joint guidance being briefed to investigators.",
     "Dec 2023", AM, ["msht_3"], OK, "MSHT section 45 rec. HMICFRS Awaiting review, force Amber.")
item("1.19", "Full compliance with the NRM process and the duty to notify the HO of suspected "
     "adult victims (MSA 2015)", "D/Supt K. Marsh", "Duty to Notify audit Q2: 81% compliant.",
     "Mar 2024", AM, ["msht_4"], OK, "MSHT NRM / duty to notify rec. HMICFRS Being progressed, force Amber.")
item("1.20", "Full NCRS compliance for MSHT offences; audit capacity for the FCR",
     "Force Crime Registrar", "MSHT included in FCR audit plan 2023/24.", "Mar 2024", AM,
     ["msht_5"], OK,
     "MSHT NCRS rec (shortened). HMICFRS Being progressed, force Amber. No. '1.20' shows as 1.2.")
item("1.21", "MSHT allegations thoroughly investigated & supervised by skilled teams (incl. JITs "
     "/ overseas intelligence)", "D/Supt K. Marsh", "MSHT investigations sit with PVP teams.",
     "Complete", GR, ["msht_6"], OK, "MSHT investigation rec. HMICFRS Complete, force Green.")

heading("PEEL Efficiency 2017 – national recommendation (November 2017)")
item("1.22", "Produce an ambitious plan to improve digitally-enabled services (DEMS, Single "
     "Online Home)", "Director of Digital Services",
     "Digital Policing Strategy 2022–25 agreed; DEMS roll-out phase 2.", "Sep 2018", AM,
     ["efc17_1"], OK, "National digital services rec. HMICFRS Being progressed, force Amber.")

heading("PEEL Legitimacy 2017 – national (December 2017)")
item("CoC", "Cause of concern – force cannot show S&S use is consistently reasonable & fair; "
     "over-representation of BAME (esp. black) people unexplained", "Supt R. Okafor",
     "See 1.23–1.26.", "", AM, ["leg17_1"], OK,
     "The 2017 national stop and search cause of concern. HMICFRS Being progressed, force Amber.")
item("1.23", ["By July 2018 monitor a comprehensive set of S&S data to understand:",
              B("reasons for disproportionate representation of ethnic groups;"),
              B("how find rates differ between ethnicities & search types (incl. drug "
                "possession v supply).")], "Supt R. Okafor",
     "Disproportionality dashboard reviewed monthly.", "Jul 2018", AM, ["leg17_2"], "conflict",
     "Matched (July 2018 S&S monitoring rec). HMICFRS has three bullets; the force text (three "
     "Excel rows) has only two: the bullet on possession-only drug searches and local priorities "
     "is missing. Both open.")
item("1.24", "Where disparities are found, show the public research / analysis of the reasons "
     "and action taken to reduce them", "Supt R. Okafor",
     "Published in annual S&S report.", "Complete", GR, ["leg17_3"], OK,
     "Disparities rec. HMICFRS Complete, force Green.")
item("1.25", "Publish the analysis and actions at least annually (from July 2018)",
     "Supt R. Okafor", "Annual S&S report published on force website July 2023.", "Complete", GR,
     ["leg17_4"], "closeable_submit", "Publish-annually rec. HMICFRS Being progressed, force Green.")
item("1.26", "All officers using S&S trained in unconscious bias & CoP APP on S&S (from July "
     "2018, ongoing)", "Head of L&D",
     "Refresher module for new joiners being rewritten.", "Jan 2024", AM, ["leg17_5"],
     "closeable_local", "Unconscious bias training rec. HMICFRS Complete (closed), force Amber (open).")

heading("Disproportionate use of police powers – a spotlight on stop and search and the use of "
        "force (February 2021)")
item("1.27", "By July 2022 – officers & staff have effective communication skills in line with "
     "the NPG on Conflict Management (in addition to existing de-escalation training)",
     "Head of L&D", "Communication skills input added to OST; roll-out 60%.", "Mar 2024", AM,
     ["pow_1"], OK, "July 2022 communication skills rec. HMICFRS Awaiting review, force Amber.")
item("1.28", "By July 2021 – communication skills reinforced through CPD; supervisors supported "
     "to debrief using BWV", "Head of L&D",
     "BWV debrief guide issued to sergeants; CPD day delivered.", "Complete", GR, ["pow_2"],
     "closeable_submit", "July 2021 CPD / BWV debrief rec. HMICFRS Being progressed, force Green.")
item("1.29", ["By Sept 2021:",
              "record the whole S&S encounter on BWV (incl. traffic stops & UoF);",
              "structured process to review a sample of BWV footage – learning & accountability;",
              "external scrutiny panel access to BWV samples (S&S and UoF)."],
     "Supt R. Okafor", ["BWV compliance 92% (Sept).", "Panel BWV viewing from Nov 23."],
     "Dec 2023", AM, ["pow_3"], OK,
     "September 2021 BWV rec, all three parts present (four Excel rows). HMICFRS Being "
     "progressed, force Amber.")
item("1.30", "By July 2021 – effective internal monitoring of use of force to identify & "
     "understand disproportionate use, explain the reasons and act", "Supt R. Okafor",
     "UoF data now in disproportionality dashboard.", "Dec 2023", AM, ["pow_5"], OK,
     "Use of force monitoring rec. HMICFRS Being progressed, force Amber. No. '1.30' shows as 1.3.")

other("blank")
other("para", "Source: Organisational Learning tracker, extract 27 October 2023. Items closed by "
      "HMICFRS are removed at the next update.", "note")
other("blank")
other("caption", "Table 2 – West Mercia Police: force recommendations, causes of concern and "
      "areas for improvement")
other("header")

heading("PEEL Efficiency 2015 (October 2015)")
item("AFI 1", "Better understand current & likely future demand so resources can be matched to "
     "demand", "Head of Corporate Services", "Demand model in place; FMS 2023 submitted.",
     "Complete", GR, ["eff15_1"], OK, "Efficiency 2015 AFI on demand. HMICFRS Complete, force Green.")
item("AFI 2", "Develop understanding of the links between outcomes, outputs & costs",
     "Head of Finance", "Activity-based costing pilot.", "Mar 2024", AM, ["eff15_2"], OK,
     "Efficiency 2015 AFI on outcomes/outputs/costs. HMICFRS Being progressed, force Amber.")
item("AFI 3", "Future workforce plan aligned to demand & budget (resource allocation, skills "
     "mix, behaviours)", "Director of People",
     ["Oct 23: Strategic Workforce Plan to be refreshed for post-Alliance model – reopened.",
      D("Jun 23: SWP approved at FET.")], "Mar 2024",
     T(("Green", "del"), ("Amber", "ins")), ["eff15_3"], OK,
     "Efficiency 2015 workforce plan AFI. RAG reads 'GreenAmber' with Green struck and Amber "
     "inserted (shading still green): the force reopened it, so open. HMICFRS Being progressed: "
     "both open.", fill=RAGFILL["Green"])

heading("PEEL Effectiveness 2016 (March 2017)")
item("CoC", "Cause of concern – current approach to DA unacceptable: victims not supporting "
     "investigations; low use of arrest & prosecution", "D/Supt K. Marsh",
     "See Recs 1–2 and AFI 3.", "", AM, ["eff16_coc"], OK,
     "Effectiveness 2016 DA cause of concern. HMICFRS Being progressed, force Amber.")
item("Rec 1", "Immediately consider ways to increase use of arrest, ancillary orders (DVPN / "
     "DVPO) & other powers for DA victims", "D/Supt K. Marsh",
     [T(("DVPN/DVPO applications up 38% year on year", None), ("1", "sup")),
      "Arrest rate for DA now 41%.", "Recommend closure – evidence pack with Force Liaison Lead."],
     "Complete", GR, ["eff16_1"], "closeable_submit",
     "Effectiveness 2016 rec on arrest and ancillary orders (three update paragraphs = three "
     "Excel rows). HMICFRS Being progressed (open), force Green, closure recommended.")
item("Rec 2", "Understand & address why so many DA victims do not support the investigation",
     "D/Supt K. Marsh", "Victim attrition research with university partner delayed.",
     "Jun 2024", RD, ["eff16_2"], OK,
     "Effectiveness 2016 rec on victims not supporting investigations. HMICFRS Being "
     "progressed, force Red: both open.")
item("AFI 3", "Stop DA risk assessments over the telephone & dealing with DA in the resolution "
     "centre", "D/Supt K. Marsh", "Ceased April 2017; all DA incidents attended.", "Complete", GR,
     ["eff16_3"], "conflict",
     "Matched (telephone DA risk assessments / resolution centre). Force labels it 'AFI 3'; "
     "HMICFRS type is Recommendation: type disagrees. (Both closed.)")
item("L1", "Local action – refresh DA comms and training after the FET decision to risk-assess "
     "all DA incidents", "D/Supt K. Marsh", "Training package with L&D.", "Dec 2023", AM, [],
     "not_on_hmicfrs_list",
     "'L1 Local action': the force's own action, no HMICFRS item asks for it.")
other("header")

heading("Crime Data Integrity 2017 (September 2017)")
item("Rec 1", [T(("Within ", None), ("six", "del"), ("twelve", "ins"),
                 (" months put arrangements in place to ensure that:", None)),
               B("victims are believed at the point of report;"),
               B("call handler / caller conversations accurately summarised in the incident log;"),
               B("multiple crimes always recorded when described in incident records or other "
                 "investigations;"),
               B("no waiting for medical examinations / ABE interviews before recording "
                 "decisions;"),
               B("online crime reports triaged on receipt for risk.")],
     "Force Crime Registrar (C/Insp Howell)",
     ["Audit Q2 2023/24: 89% compliance.", "Online triage in place since May 23."], "Mar 2024",
     AM, ["cdi17_1"], "conflict",
     "Matched (CDI arrangements rec, all five bullets). The tracked change replaces 'six' with "
     "'twelve', so the force's current text says 'Within twelve months'; HMICFRS says 'Within "
     "six months': timescale disagrees. Both open.")
item("Rec 2", "Improve understanding of suspects released under investigation (RUI) and the "
     "management of those on bail", "Ch Supt Crime",
     "RUI/bail dashboard live; Bail Management Unit from Jan 24.", "Jan 2024", AM, ["p19_r10"],
     "conflict",
     "Text is the PEEL 2018/19 RUI and bail rec (no such item in CDI 2017), filed by the force "
     "under the CDI 2017 heading: report disagrees. Both open.")

heading("PEEL Efficiency 2017 (November 2017)")
item("AFI 1", "Sufficient control room resources to meet the resourcing model / demand, taking "
     "account of workforce wellbeing", "Ch Insp FCC", "FCC establishment review reported to FET.",
     "Mar 2024", AM, ["eff17_afi"], OK,
     "Whole row is a tracked insertion (underlined): newly added since September, but a live row. "
     "Control room AFI. HMICFRS Awaiting review, force Amber: both open.", whole="ins")

heading("PEEL 2018/19 (May 2019)")
item("CoC 1", "Cause of concern – no suitable arrangements to maintain services when the "
     "Alliance with Warwickshire ends; gaps in skills assessment; weaknesses in investigation & "
     "safeguarding", "DCC", "Alliance ended March 2023; new operating model live.", "", AM,
     ["p19_coc1"], OK, "PEEL 2018/19 Alliance cause of concern. HMICFRS Being progressed, force Amber.")
item("2.1", "Agree arrangements with Warwickshire Police for smooth transition to the future "
     "operating model – no disruption to services", "DCC",
     "Collaboration exit agreement signed.", "Complete", GR, ["p19_r3"], OK,
     "Rec to agree arrangements with Warwickshire. HMICFRS Complete, force Green.")
item("2.2", "Clearly define new operating model – affordable & fit to protect the communities "
     "of West Mercia", "DCC", "Benefits realisation review outstanding.", "Mar 2024", AM,
     ["p19_r4"], "closeable_local",
     "Rec to define the operating model. HMICFRS Complete (closed), force Amber (open).")
item("2.3", "Improve consultation with the public on business planning & feedback on changes "
     "made", "Head of Corporate Communications", "Engagement strategy draft.", "Feb 2024", AM,
     ["p19_r5"], OK, "Public consultation rec. HMICFRS Being progressed, force Amber.")
item("CoC 2", "Cause of concern – lack of capacity / capability to investigate crime effectively",
     "Ch Supt Crime", "Investigation Standards Board monitoring.", "", AM, ["p19_coc2"], OK,
     "PEEL 2018/19 investigation capacity cause of concern. HMICFRS Being progressed, force Amber.")
item("2.4", "Review officers’ capability & capacity to manage investigative workloads / "
     "understand demand", "Ch Supt Crime", "Workload review completed 2020.", "Complete", GR,
     ["p19_r0"], OK, "Workload review rec. HMICFRS Complete, force Green.")
item("2.5", "Review, with partners, our approach to vulnerability", "D/Supt K. Marsh",
     "Vulnerability Improvement Delivery Plan – complete.", "Complete", GR, ["p19_r1"], OK,
     "Vulnerability review rec. HMICFRS Superseded (closed), force Green (done): both closed.")
item("2.6a", "Within 6 months: ensure regular & active supervision of the quality and progress "
     "of investigations", "Ch Supt Crime", "Supervisory review compliance 94%.", "Complete", GR,
     ["p19_r6"], "closeable_submit",
     "Force split the supervision rec into two rows (2.6a supervision, 2.6b recording). Both "
     "Green, so the item is done; HMICFRS Being progressed (open).")
item("2.6b", "… supervision to be properly recorded (Niche supervisory review field)",
     "Ch Supt Crime", "Mandatory Niche field since Apr 23.", "Complete", GR, ["p19_r6"],
     "closeable_submit",
     "Second part of the split supervision rec ('properly recorded'). Both parts Green; HMICFRS open.")
item("2.7", "Within 6 months: improve ability to retrieve digital evidence from phones, "
     "computers etc. quickly enough so investigations are not delayed", "Head of Digital Forensics",
     "Kiosk roll-out complete; backlog 6 weeks.", "Mar 2024", AM, ["p19_r9"], OK,
     "Digital evidence rec. HMICFRS Awaiting review, force Amber.")

heading("Vetting (force vetting review 2019)")
item("2.8", "Clear the vetting backlog – all staff to hold at least the lowest level of vetting; "
     "renewals on time (national vetting guidelines)", "Head of PSD",
     "Backlog 212 (Sept 23).", "Mar 2024", AM, [], "not_on_hmicfrs_list",
     "A force vetting item; no vetting item is on the HMICFRS list for the force.")

heading("Abuse of position for a sexual purpose (national, October 2017)")
item("2.9", "Force plan: CCU capability & capacity review, IT monitoring upgrade, intelligence "
     "from partners who support vulnerable people (national strategy, NPCC April 2017)",
     "Head of PSD", "Monitoring software procured.", "Dec 2023", AM, [], "not_on_hmicfrs_list",
     "Force's plan for the 2017 abuse of position report; nothing from that report is on the "
     "HMICFRS list.")

other("blank")
other("rule")
other("footnote", "1", " Force Performance Review, Q2 2023/24 (DA outcomes).")

MISSING_WHY = {
    "aus_4": "Austerity rec 4 (collaboration plans for the next spending round): no force row; "
             "the combined row 1.6 names recs 2 & 3 only.",
    "core_1": "Core Business rec 1 (threat, harm and risk criteria for call-handlers): no force row under Core "
              "Business or elsewhere.",
    "msht_7": "Stolen freedom prevention rec (preventative powers under the MSA 2015): the force's "
              "Stolen freedom block stops at 1.21 (investigation); no row mentions preventative "
              "orders.",
    "pow_4": "Home Office / NPCC use-of-force data rec: not on the force table (1.27–1.30 cover "
             "the other four).",
    "p19_r2": "PEEL 2018/19 skills project rec (assessment of all skills): no force row; 2.4 is "
              "the workload review and CoC 1 only mentions skills gaps.",
}

# ---------------------------------------------------------------- writing the paste
COLS = ["No.", "Recommendation / Area for Improvement", "Lead", "Progress update",
        "Target date", "RAG"]
WIDTHS = [7.5, 58, 17, 50, 11, 8]
AUTHOR = "#C00000"
MONTHS = {m: i + 1 for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                          "Sep", "Oct", "Nov", "Dec"])}


def excel_value(s):
    """What Excel's paste makes of a one-paragraph cell: numbers and dates are converted."""
    import re
    if re.fullmatch(r"\d+(\.\d+)?", s):
        return ("num", float(s))
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if m:
        return ("date", dt.datetime(int(m[3]), int(m[2]), int(m[1])), "dd/mm/yyyy")
    m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{4})", s)
    if m and m[1] in MONTHS:
        return ("date", dt.datetime(int(m[2]), MONTHS[m[1]], 1), "mmm-yy")
    return ("str", s)


def build_force(hm_rows):
    wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
    wb.set_properties({"title": "", "author": "Hannah Price", "company": "West Mercia Police",
                       "created": dt.datetime(2023, 10, 30, 14, 12, 0)})
    ws = wb.add_worksheet("Sheet1")
    cache = {}

    def F(**kw):
        key = tuple(sorted(kw.items()))
        if key not in cache:
            cache[key] = wb.add_format(dict(kw))
        return cache[key]

    base = dict(font_name="Arial", font_size=10)
    cell = dict(base, border=1, text_wrap=True, valign="top")

    def seg_fmt(style, whole):
        st = style if style in ("sym", "sp", "sup") else (style or whole)
        kw = dict(base)
        if style == "sym":
            kw["font_name"] = "Symbol"
        if style == "sp":
            kw.update(font_name="Times New Roman", font_size=7)
        if style == "sup":
            kw["font_script"] = 1
        if st == "del" or whole == "del":
            kw.update(font_strikeout=True, font_color=AUTHOR)
        if st == "ins" or whole == "ins":
            kw.update(underline=1, font_color=AUTHOR)
        return F(**kw)

    def write_para(r, c, p, cfmt, whole):
        segs = para(p)
        if len(segs) == 1 and segs[0][1] in (None,):
            kind = excel_value(segs[0][0]) if c in (0, 4) else ("str", segs[0][0])
            wk = dict(cfmt_kw[id(cfmt)], **fmt_kw(None, whole))
            if kind[0] == "num":
                ws.write_number(r, c, kind[1], F(**wk))
            elif kind[0] == "date":
                ws.write_datetime(r, c, kind[1], F(**dict(wk, num_format=kind[2])))
            elif whole:
                ws.write_string(r, c, kind[1], F(**wk)) if kind[1] else ws.write_blank(r, c, None, cfmt)
            elif kind[1] == "":
                ws.write_blank(r, c, None, cfmt)
            else:
                ws.write_string(r, c, kind[1], cfmt)
            return
        if len(segs) == 1:
            ws.write_string(r, c, segs[0][0], F(**dict(cfmt_kw[id(cfmt)],
                                                       **fmt_kw(segs[0][1], whole))))
            return
        parts = []
        for t, st in segs:
            parts += [seg_fmt(st, whole), t]
        ws.write_rich_string(r, c, *parts, cfmt)

    def fmt_kw(style, whole):
        kw = {}
        if style == "del" or whole == "del":
            kw.update(font_strikeout=True, font_color=AUTHOR)
        if style == "ins" or whole == "ins":
            kw.update(underline=1, font_color=AUTHOR)
        return kw

    cfmt_kw = {}

    def CF(**kw):
        f = F(**kw)
        cfmt_kw[id(f)] = kw
        return f

    r = 0
    items_out = []
    nonitems = []
    heights = {}

    def lines(text, width):
        return max(1, -(-len(text) // max(1, int(width * 1.15))))

    for entry in LAYOUT:
        kind = entry[0]
        if kind == "blank":
            nonitems.append((r + 1, "blank line (empty Word paragraph between blocks)"))
            r += 1
        elif kind == "para":
            _, text, style = entry
            kw = {"h1": dict(base, bold=True, font_size=14), "h2": dict(base, bold=True, font_size=11),
                  "body": dict(base), "note": dict(base, italic=True, font_size=8)}[style]
            ws.write_string(r, 0, text, F(**kw))
            why = {"h1": "appendix heading paragraph", "h2": "appendix title paragraph",
                   "body": "RAG key / legend paragraph", "note": "source note paragraph under Table 1"}[style]
            nonitems.append((r + 1, why))
            r += 1
        elif kind == "caption":
            ws.write_string(r, 0, entry[1], F(font_name="Arial", font_size=9, italic=True,
                                               font_color="#44546A"))
            nonitems.append((r + 1, "table caption paragraph ('" + entry[1][:9] + "…')"))
            r += 1
        elif kind == "header":
            for c, h in enumerate(COLS):
                ws.write_string(r, c, h, F(**dict(cell, bold=True, bg_color="#D9D9D9")))
            nh = sum(1 for _, w in nonitems if "header row" in w)
            nonitems.append((r + 1, ["Table 1 header row", "Table 2 header row",
                                     "repeated Table 2 header row (typed at a page break in "
                                     "the Word table, pasted as a physical row)"][nh]))
            r += 1
        elif kind == "heading":
            _, text, url = entry
            hf = F(**dict(cell, bold=True, bg_color="#DEEAF6"))
            ws.merge_range(r, 0, r, 5, "", hf)
            if url:
                ws.write_url(r, 0, url, F(**dict(cell, bold=True, bg_color="#DEEAF6",
                                                 font_color="#0563C1", underline=1)), text)
            else:
                ws.write_string(r, 0, text, hf)
            nonitems.append((r + 1, "report heading row (Word row merged across all columns, "
                                    "A:F merged): " + text[:60]))
            r += 1
        elif kind == "rule":
            ws.write_blank(r, 0, None, F(top=1))
            nonitems.append((r + 1, "footnote separator (empty row, short rule above column A)"))
            r += 1
        elif kind == "footnote":
            _, mark, text = entry
            ws.write_rich_string(r, 0, F(**dict(base, font_size=8, font_script=1)), mark,
                                 F(**dict(base, font_size=8)), text)
            nonitems.append((r + 1, "footnote paragraph (Word footnote copied with the selection)"))
            r += 1
        elif kind == "item":
            it = entry[1]
            whole = it["whole"]
            colparas = [[it["no"]], it["text"], [it["lead"]], it["update"], [it["target"]],
                        [it["rag"]]]
            n = max(len(ps) for ps in colparas)
            for c, ps in enumerate(colparas):
                kw = dict(cell)
                if c == 5:
                    kw.update(align="center", bold=True)
                    if it["fill"]:
                        kw["bg_color"] = it["fill"]
                if c in (0, 4):
                    kw["align"] = "left" if c == 0 else "left"
                cf = CF(**kw)
                if len(ps) == 1 and n > 1:
                    ws.merge_range(r, c, r + n - 1, c, "", cf)
                    write_para(r, c, ps[0], cf, whole)
                else:
                    for k in range(n):
                        if k < len(ps):
                            write_para(r + k, c, ps[k], cf, whole)
                        else:
                            ws.write_blank(r + k, c, None, cf)
                # heights
                for k in range(n):
                    if len(ps) == 1:
                        txt = "".join(t for t, _ in para(ps[0]))
                        ln = lines(txt, WIDTHS[c]) / n
                    elif k < len(ps):
                        ln = lines("".join(t for t, _ in para(ps[k])), WIDTHS[c])
                    else:
                        ln = 1
                    heights[r + k] = max(heights.get(r + k, 1), ln)
            items_out.append((r + 1, r + n, it))
            r += n
    for c, w in enumerate(WIDTHS):
        ws.set_column(c, c, w)
    for rr, ln in sorted(heights.items()):
        ws.set_row(rr, round(max(1, ln + 0.49)) * 12.75)
    wb.close()
    return items_out, nonitems, r


def main():
    os.makedirs(OUT, exist_ok=True)
    hm_rows = build_hmicfrs()
    items_out, nonitems, last = build_force(hm_rows)
    truth = []
    seen = set()
    for first, lastrow, it in items_out:
        fr = "Sheet1!%d" % first
        if not it["keys"]:
            truth.append(("", fr, it["cat"], it["why"]))
        for k in it["keys"]:
            truth.append(("Definitive list!%d" % hm_rows[k], fr, it["cat"], it["why"]))
            seen.add(k)
    for k in sorted(hm_rows, key=lambda k: hm_rows[k]):
        if k not in seen:
            truth.append(("Definitive list!%d" % hm_rows[k], "", "missing_from_force",
                          MISSING_WHY[k]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(hm_rows, items_out, nonitems, last, truth))


def readme(hm_rows, items_out, nonitems, last, truth):
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    spans = []
    for first, lastrow, it in items_out:
        rows = "%d" % first if first == lastrow else "%d–%d" % (first, lastrow)
        keys = ", ".join("Definitive list!%d" % hm_rows[k] for k in it["keys"]) or "—"
        no = it["no"]
        spans.append("| %s | %s | %s | %s |" % (rows, no, keys, it["cat"]))
    R = {it["no"] + ("/" + it["keys"][0] if it["keys"] else ""): (a, b)
         for a, b, it in items_out}

    def rr(no, key=None):
        for a, b, it in items_out:
            if it["no"] == no and (key is None or key in it["keys"]):
                return "%d" % a if a == b else "%d–%d" % (a, b)
        raise KeyError(no)
    return README_TEMPLATE.format(
        n_hm=len(hm_rows), n_hm_last=len(hm_rows) + 1, last=last, n_items=len(items_out),
        spans="\n".join(spans),
        nonitems="\n".join("| %d | %s |" % x for x in nonitems),
        counts="\n".join("| %s | %d |" % (c, cnt[c]) for c in
                         ["in_sync", "closeable_submit", "closeable_local", "conflict",
                          "missing_from_force", "not_on_hmicfrs_list", "review"]),
        total=len(truth),
        r12=rr("1.2"), r13=rr("1.3"), r14=rr("1.4"), r15=rr("1.5"), r16=rr("1.6"),
        r19=rr("1.9"), r110=rr("1.10"), r113=rr("1.13"), r115=rr("1.15"), r116a=rr("1.16a"),
        r116d=rr("1.16d"), r120=rr("1.20"), r123=rr("1.23"), r129=rr("1.29"), r130=rr("1.30"),
        rafi3=rr("AFI 3", "eff15_3"), reff3=rr("AFI 3", "eff16_3"), rrec1=rr("Rec 1", "eff16_1"),
        rcdi=rr("Rec 1", "cdi17_1"), rrui=rr("Rec 2", "p19_r10"), rins=rr("AFI 1", "eff17_afi"),
        r26a=rr("2.6a"), r26b=rr("2.6b"), rl1=rr("L1"),
    )


README_TEMPLATE = """# word_paper_tracked_changes_paste

## Story

West Mercia Police's Organisational Learning (OL) team keeps its HMICFRS position as **Appendix A
of the Joint Audit Committee paper**, a Word document: two Word tables (national
recommendations; the force's own recommendations, causes of concern and AFIs), one merged,
shaded heading row per report, captions ("Table 1 – …"), a RAG key paragraph and a footnote.
The OL manager updates the appendix with **Track Changes on**, so the committee secretary sees
what moved since September. There is no export: the analyst reconciling the October 2023
HMICFRS definitive list selected the appendix in the *draft with tracked changes showing*,
copied it, and pasted it into cell A1 of a new Excel workbook, untouched. The HMICFRS side is
the register's ordinary xlsx export.

## Files

- `hmicfrs.xlsx` – sheet `Definitive list`, header row 1, {n_hm} item rows (2–{n_hm_last}), one
  per item, autofilter. Columns: Reference (integer), Force, Report title, Publication date
  (date), Type (Recommendation / Area for improvement / Cause of concern / National
  recommendation), Recommendation / AFI text (verbatim, with the register's bullets, line
  breaks, stray footnote digits "20" and "86"), Status (Awaiting review / Being progressed /
  Complete / Superseded / No further action required), Status date (date).
- `tracker.xlsx` – sheet `Sheet1` (the paste; the analyst never renamed it), rows 1–{last},
  columns A–F = the Word table's `No.`, `Recommendation / Area for Improvement`, `Lead`,
  `Progress update`, `Target date`, `RAG`. {n_items} items; an item spans one or more Excel
  rows (see the table below). Fonts Arial 10 (from Word), header rows grey, report rows blue.
- `truth.csv` – UTF-8, `hmicfrs_row,force_row,category,why`. For a force item spanning several
  rows, `force_row` is its **first** row (where `No.` and the merged cells start).

## What the Word → Excel paste does (all in `tracker.xlsx`)

1. **Each Word paragraph in a cell becomes its own Excel row.** The cells of that Word row
   holding a single paragraph are **merged vertically** over those rows; a cell with fewer
   paragraphs than the row fills the top rows and leaves the rest empty. E.g. 1.4 (rows
   {r14}): the DA action-plan text is five rows (stem + four bullets), No./Lead/Update/Target/
   RAG merged over them; 1.29 (rows {r129}) has four text rows and two update rows.
2. **Word bullets** arrive as text: a `·` in the Symbol font (displays as a bullet), seven
   no-break spaces and a space in 7pt Times New Roman, then the text (rich-text runs).
3. **Tracked changes are pasted as formatting, not resolved**: deleted text is still in the
   cell, struck through in the author colour (#C00000); inserted text is underlined in the same
   colour. A cell's value therefore concatenates old and new ("AmberGreen"). Whole-row
   deletions/insertions format every cell of the row.
4. **Report heading rows** (Word rows merged across the table) are merged A:F, bold, shaded
   #DEEAF6; some carry a hyperlink to the HMICFRS publication page.
5. **Captions, the RAG key, the source note and blank paragraphs** land in column A as single
   unmerged cells between the tables; each table brings its own header row; Table 2 also has a
   header row physically repeated mid-table (typed at a page break in the Word file).
6. **Excel's type conversion**: `No.` values like 1.1 … 1.30 and 2.1 … 2.9 became numbers, so
   "1.10", "1.20", "1.30" now display as **1.1, 1.2, 1.3** (rows {r110}, {r120}, {r130}) and
   look like duplicates of the real 1.1–1.3; "1.16a", "AFI 1", "CoC", "Rec 1", "L1" stay text.
   Target dates "31/03/2015", "30/11/2023" became dates (dd/mm/yyyy); "Sep 2014", "Mar 2024"
   etc. became the 1st of the month shown `mmm-yy`; "Q4 2023/24", "Complete" stay text.
7. **RAG** is text plus the Word cell shading as a fill; the shading was not changed with the
   tracked text in two cells (below).
8. **Footnote**: a superscript "1" at the end of the first update paragraph of Rec 1
   (Effectiveness 2016) and the footnote itself pasted at the bottom after an empty row.

## Traps and how the truth decides them

- **Tracked RAG changes** – 1.2 (rows {r12}): "Amber" struck, "Green" inserted, fill still
  amber → Green (done); HMICFRS Complete → in_sync. 1.13 (rows {r113}): old update and Amber
  struck, new update and Green inserted → done; HMICFRS Being progressed → closeable_submit.
  AFI 3 Efficiency 2015 (rows {rafi3}): "Green" struck, "Amber" inserted, fill still green →
  reopened, open; HMICFRS open → in_sync. A person reads the accepted state.
- **Tracked whole rows** – 1.5 (row {r15}) is a tracked deletion: the force has removed
  austerity rec 1 since HMICFRS closed it ("No further action required") → matched, both
  closed, in_sync. AFI 1 Efficiency 2017 (row {rins}) is a tracked insertion → a live new row,
  Amber, HMICFRS Awaiting review → in_sync.
- **Tracked change inside the text** – CDI Rec 1 (rows {rcdi}): "Within ~~six~~ twelve months" →
  the force now says twelve; HMICFRS says six → conflict (timescale).
- **Near-duplicate texts split by report** – 1.3 (row {r13}) and 1.9 (row {r19}) both ask forces
  to explain S&S use and arrange community scrutiny; the heading decides (2013 vs 2015). 1.3
  Amber vs Superseded → closeable_local; 1.9 Green vs Superseded → in_sync.
- **Two items in one row** – 1.6 (row {r16}) holds austerity recs 2 and 3: two truth lines,
  same force_row, both closeable_local.
- **Split items** – MSHT leadership rec split into 1.16a–d (rows {r116a} … {r116d}), one per
  bullet; 1.16c is Amber so the item is open → four in_sync lines. PEEL 2018/19 supervision rec
  split into 2.6a/2.6b (rows {r26a}, {r26b}), both Green → two closeable_submit lines.
- **Other conflicts** – 1.15 (row {r115}) "Within 6 months" vs HMICFRS "Within three months";
  1.23 (rows {r123}) drops the third bullet (possession-only drug searches); AFI 3 Effectiveness
  2016 (row {reff3}) typed AFI vs HMICFRS Recommendation; Rec 2 under CDI 2017 (row {rrui}) is
  the PEEL 2018/19 RUI/bail rec filed under the wrong report.
- **Not on the HMICFRS list** – L1 local action (row {rl1}), 2.8 vetting, 2.9 abuse of
  position plan.
- **Missing from force** – austerity rec 4, Core Business rec 1, Stolen freedom prevention rec,
  Home Office/NPCC use-of-force data rec, PEEL 2018/19 skills project rec.
- No `review` lines: every pair is decidable by eye.

## Force items: rows and truth

| Excel rows | No. (as typed in Word) | HMICFRS row(s) | category |
|---|---|---|---|
{spans}

Every other row of `Sheet1` is a continuation row of the item above it (listed in the span) or
one of these non-item rows:

| Row | Why it is not an item |
|---|---|
{nonitems}

## Counts ({total} truth lines)

| category | lines |
|---|---|
{counts}

## Checks run

- Every row 1–{last} of `Sheet1` is either inside exactly one item span above or in the
  non-item list (no overlap, none unaccounted); every item's first row is a `force_row` in
  `truth.csv` (two lines for the two-item row 1.6; one line per split part).
- Every HMICFRS row 2–{n_hm_last} appears in `truth.csv` at least once.
- Both workbooks read back with pandas (`read_excel`, openpyxl engine: 56×8 and 113×6) and with
  openpyxl (`rich_text=True`: 67 merged ranges, rich-text runs for bullets and tracked changes).
- Two consecutive builds give byte-identical files (md5 compared); no clock is read,
  document properties are fixed and XlsxWriter writes fixed zip timestamps.
- Texts: every HMICFRS text is a literal copied from `/work/shared/data/real_recommendations.csv`
  and the casegen text lists; the tool was not read, imported or run.
"""


if __name__ == "__main__":
    main()
