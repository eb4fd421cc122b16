"""Build the case lists_issue_tracker_template_csv (round 99, case C). See the case README."""
CASE = "lists_issue_tracker_template_csv"

# Real HMICFRS wording (Open Government Licence), copied as literals from the project text lists
# (casegen/texts/national.py) and /work/shared/data/real_recommendations.csv.
NATIONAL = {'austerity': ('Policing in austerity: Meeting the challenge',
               (2014, 7, 22),
               ['All Chief Constables and PCCs should review their plans to deliver savings to '
                'ensure they are doing all they can to continue to reduce crime and protect the '
                'front line while balancing their budgets. They should use the data and '
                "information contained in this report, and in HMIC's Value for Money profiles, "
                'when conducting their reviews',
                'Chief Constables and PCCs in forces planning to deliver less than 10% of their '
                'savings through collaboration should assess whether there is scope to improve on '
                'this position. HMIC will follow up the assessments in the autumn.',
                'Chief Constables and PCCs in forces that are planning to reduce the proportion of '
                'their workforce and/or police officers on the front line should assess whether '
                'they have taken the decisive action seen in many forces in order to maintain '
                'their crime fighting capacity. HMIC will follow up the assessments in the autumn.',
                'In preparation for the next spending round period all Chief Constables and PCCs '
                'should review their plans for collaboration. In particular they should consider '
                'whether there is scope to deliver better value for money and improved capability '
                'and capacity through joint working with other forces, the public and/or the '
                'private sector.'],
               ['National recommendation',
                'National recommendation',
                'National recommendation',
                'National recommendation']),
 'core': ('Core Business: an inspection into crime prevention, police attendance and the use of '
          'police time',
          (2014, 9, 4),
          ['Not later than 31 March 2015 those forces using a threat, harm and risk policy, that '
           'have not yet done so, should provide call-handlers with specific, sound and '
           'comprehensible criteria against which they can assess threat, harm and risk.',
           'By 31 March 2015 all forces should ensure that crime prevention or disruption activity '
           'carried out is systematically recorded and subsequently evaluated to determine the '
           'effectiveness of tactics being employed.'],
          ['National recommendation', 'National recommendation']),
 'efc17': ('PEEL: Police efficiency 2017 (national overview)',
           (2017, 11, 9),
           ['By September 2018, chief constables should produce an ambitious plan to improve '
            'digitally-enabled services within their force. The Home Office, National Police '
            "Chiefs' Council and Association of Police and Crime Commissioners should support the "
            'development of these plans by establishing a national framework which allows for the '
            'provision of digitally enabled services across force boundaries.'],
           ['National recommendation']),
 'everyone': ("Everyone's business: Improving the police response to domestic abuse",
              (2014, 3, 27),
              ['By September 2014, every police force in England and Wales should establish and '
               'publish an action plan that specifies in detail what steps it will take to improve '
               'its approach to domestic abuse.\n'
               '\n'
               'This action plan should be developed:\n'
               '\n'
               '• in consultation with police and crime commissioners, domestic abuse support '
               "organisations and victims' representatives;\n"
               '• after close consideration of all the recommendations in this report;\n'
               '• with reference to all relevant domestic homicide reviews and IPCC findings, '
               'whether in connection with the force in question or another force; and 20\n'
               '• drawing on relevant knowledge acquired or available from other sources such as '
               'CPS scrutiny panels and MARAC self-assessments.'],
              ['National recommendation']),
 'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms '
              'licensing in police forces in England and Wales',
              (2015, 9, 15),
              ['Within three months, all chief constables should assess how well the governance of '
               'firearms licensing in his or her force meets the standards set out in Authorised '
               'Professional Practice. Chief constables of forces where the governance standards '
               'are not being complied with should put in place immediately the correct '
               'arrangements and procedures in order to meet the standards in full.',
               'Within three months, all chief constables should assess the demand placed on their '
               'firearms licensing department and ensure it has the capacity to meet this demand '
               'and provide an efficient and effective service at all times.',
               'Immediately, all chief constables should satisfy themselves that all appropriate '
               'action is being taken by their force with regard to ‘total expired’ licensing '
               'records.',
               'Within three months, all chief constables should ensure that their arrangements in '
               'respect of the use of temporary permits are in accordance with the Home Office '
               'guidance; that temporary permits are properly recorded without delay on the '
               'National Firearms Licensing Management System; and that effective systems exist to '
               'ensure certificate holders are not permitted, at any time, to remain in unlawful '
               'possession of a firearm.',
               'Within three months, all chief constables should ensure that systems designed to '
               'identify, prior to police attendance, whether a reported incident involves or is '
               'at the address of a firearm certificate holder are in place and are always applied '
               'by staff dispatching officers to incidents; and that officers understand the risk '
               'assessment which they should be undertaking in such circumstances, and their '
               'power, when appropriate, to seize firearms and firearm certificates.'],
              ['National recommendation',
               'National recommendation',
               'National recommendation',
               'National recommendation',
               'National recommendation']),
 'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to '
               'provide the capability to tackle corruption in policing',
               (2015, 1, 30),
               ['By 31 August 2015, all chief constables should satisfy themselves that they have '
                'processes in place to ensure that investigations into misconduct by officers and '
                'staff resulting in “no further action” are fair and free of any form of '
                'discrimination.'],
               ['National recommendation']),
 'leg17': ('PEEL: Police legitimacy 2017 (national overview)',
           (2017, 12, 12),
           ['HMICFRS is concerned that forces are not able to demonstrate that the use of stop and '
            'search powers is consistently reasonable and fair. In particular, there is '
            'over-representation of BAME people, and black people in particular, in stop and '
            'search data which many forces are unable to explain.',
            'By July 2018, all police forces across England and Wales should be regularly and '
            'frequently monitoring a comprehensive set of data and information on use of stop and '
            'search powers to understand:\n'
            '•the reasons for any disproportionate representation of different ethnic groups in '
            'the use of stop and search; •the extent to which find rates differ between people '
            'from different ethnicities, and across different types of searches (including '
            'separate identification of find rates for drug possession and supply-type offences); '
            'and •the prevalence of possession-only drug searches, and the extent to which these '
            'align with local or force level priorities.',
            'Where forces identify disparities through monitoring, they should demonstrate to the '
            'public that they have:\n'
            '•carried out research and analysis in an attempt to understand the reasons for the '
            'disparity, and •taken action to reduce the disparity, where necessary;',
            'We expect forces to publish this analysis and any actions taken at least on an annual '
            'basis, from July 2018.',
            'By July 2018, and ongoing following that date, forces should ensure that all officers '
            'who use stop and search powers have been provided with, and understand, training on '
            'unconscious bias and College of Policing APP on stop and search.'],
           ['Cause of concern',
            'National recommendation',
            'National recommendation',
            'National recommendation',
            'National recommendation']),
 'picture': ('Building the picture: an inspection of police information management',
             (2015, 7, 1),
             ['By 30 November 2015, chief constables should put in place arrangements to '
              'scrutinise audits of compliance with the APP on information management through the '
              'force information management governance structure. This should include measures to '
              'ensure that categorisation of records are regularly adjusted.'],
             ['National recommendation']),
 'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of '
            'force',
            (2021, 2, 26),
            ['By July 2022, forces should ensure that officers and staff have effective '
             'communication skills, in line with the National Policing Guidelines on Conflict '
             'Management. This should be in addition to existing training on conflict management '
             'and de-escalation.',
             'By July 2021, forces should ensure that communication skills are reinforced as part '
             'of the programme of continuing professional development for officers and staff, and '
             'that supervisors are supported to routinely and frequently debrief officers on these '
             'skills using body-worn video footage.',
             'By September 2021, forces should: ensure that officers record on body-worn video '
             '(when this is available) the entirety of all stop and search encounters, including '
             'traffic stops and use of force incidents.\n'
             'have a structured process for regularly reviewing and monitoring internally a '
             'sufficient sample of body-worn video footage to identify and disseminate learning '
             'and hold officers to account when behaviour falls below acceptable standards.\n'
             'provide external scrutiny panel members with access to samples of body-worn video '
             'footage showing stop and search encounters and use of force incidents, taking '
             'account of the safeguards in the College of Policing’s Authorised Professional '
             'Practice.',
             'The Home Office and the NPCC should take steps to ensure that the quality of the '
             'data collected on the number of incidents where force has been used to effect a stop '
             'and search is sufficient for publication. The Home Office should publish this data '
             'as soon as possible.',
             'By July 2021, forces should ensure they have effective internal monitoring processes '
             'on the use of force, to help them to identify and understand disproportionate use, '
             'explain the reasons and implement any necessary improvement action.'],
            ['National recommendation',
             'National recommendation',
             'National recommendation',
             'National recommendation',
             'National recommendation']),
 'sas13': ('Stop and search powers: Are the police using them effectively and fairly?',
           (2013, 7, 9),
           ['Chief Constables and the College of Policing should establish in the Stop and Search '
            'Authorised Professional Practice document a clear specification of what constitutes '
            'the effective and fair exercise of stop and search powers, and guidance in this '
            'respect. This should be compliant with the Code of Practice.',
            'Chief Constables should establish or improve monitoring of the way officers stop and '
            'search people, so that they can be satisfied their officers are acting in accordance '
            'with the law (including equality legislation and the Code of Practice), and that the '
            'power is used effectively to prevent crime, catch criminals and maintain public '
            'trust.',
            'Chief Constables should, in consultation with elected local policing bodies, ensure '
            'that they comply with the code of practice by explaining to the public the way stop '
            'and search powers are used in their areas and by making arrangements for stop and '
            'search records to be scrutinised by community representatives. This should be done in '
            'a way that involves those people who are stopped and searched, for example, young '
            'people.'],
           ['National recommendation', 'National recommendation', 'National recommendation']),
 'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?',
           (2015, 3, 24),
           ['Chief constables should, in consultation with police and crime commissioners, ensure '
            'that they comply with the Code of Practice by explaining to the public the way stop '
            'and search powers are used in their areas and by making arrangements for stop and '
            'search records to be scrutinised by community representatives. This should be done in '
            'a way that involves those people who are stopped and searched, for example young '
            'people.'],
           ['National recommendation']),
 'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking',
            (2017, 10, 24),
            ['Within twelve months, forces should review their leadership and governance '
             'arrangements for modern slavery and human trafficking, to ensure that:\n'
             '• senior leaders prioritise the response to modern slavery and human trafficking;\n'
             '• every incident of modern slavery identified to police is allocated appropriate '
             'resources with the skills, experience and capacity to investigate it effectively;\n'
             '• forces develop effective partnership arrangements to co-ordinate activity in order '
             'to share information and safeguard victims; and\n'
             '• performance and quality assurance measures are in place to allow senior leaders to '
             'assess the nature and quality of the service provided to victims.',
             'Within six months, forces should have in place active information-sharing agreements '
             'with other agencies to facilitate speedy exchange of intelligence 86 and in order to '
             'safeguard victims better and to identify suspects as early as possible',
             'Immediately, forces should ensure that all victims carrying out criminal acts under '
             'compulsion attributable to slavery or exploitation are afforded the protection of '
             'early and continuing consideration of the applicability of the section 45 defence.',
             'Immediately, forces should take steps to ensure they are fully compliant with the '
             'NRM process as it evolves and are implementing the requirement placed upon them '
             'under the Modern Slavery Act 2015 to notify the Home Office of any individual '
             'suspected to be an adult victim of modern slavery or human trafficking.',
             'Immediately, forces should take steps to ensure they fully comply with national '
             'crime recording standard (NCRS) requirements for offences identified as modern '
             'slavery and human trafficking and that sufficient audit capacity is available to the '
             'force crime registrar to provide reassurance that each force is identifying and '
             'managing any gaps in its crime-recording accuracy for these types of offences.',
             'Immediately, forces should ensure that allegations or indications of modern slavery '
             'and human trafficking are thoroughly investigated and effectively supervised by '
             'teams and individuals with the skills and experience to undertake them (this should '
             'include the use where appropriate of joint intelligence teams and other means to '
             'obtain intelligence and evidence from agencies overseas).',
             'Immediately, forces should review their use of preventative powers under the Modern '
             'Slavery Act 2015 to ensure that opportunities to restrict the activities of those '
             'deemed to pose a clear threat to others in respect of modern slavery and human '
             'trafficking offences are exploited.'],
            ['National recommendation',
             'National recommendation',
             'National recommendation',
             'National recommendation',
             'National recommendation',
             'National recommendation',
             'National recommendation'])}

REAL = {0: 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities '
    'and capacity to manage their investigative workload, to better understand investigative '
    'demand and the pressures placed upon them; and',
 1: 'HMIC recommends that the force should immediately: conduct a review, involving its partners, '
    'of the approach to vulnerability to better safeguard vulnerable people.',
 2: 'HMIC recommends that the force should immediately: expand the skills project work to include '
    'an assessment of all skills, not only operational, including potential future skills '
    'requirements. This assessment should inform workforce plans;',
 5: 'HMIC recommends that the force should immediately:improve its arrangements both to consult '
    'with the public about business planning and to feed back on changes made to service delivery '
    'as a result of such consultation.',
 6: 'HMIC recommends that within six months the force should: ensure regular and active '
    'supervision of the quality and progress of investigations. This supervision should be '
    'properly recorded;',
 8: 'The force does not have the capacity or capability to investigate crime effectively and this '
    'is affecting the service being provided to the public. There are failings in the way that '
    'crimes are being investigated.',
 9: 'HMIC recommends that within six months the force should: improve its ability to retrieve '
    'digital evidence from mobile phones, computers and other electronic devices quickly enough to '
    'ensure investigations are not delayed;',
 10: 'HMIC recommends that within six months the force should: improve its understanding of '
     'suspects released under investigation and the management of those released on bail;',
 11: 'Within six months the force should put in place arrangements to ensure that:\n'
     '• at the point of report, victims are believed;\n'
     '• conversations between the call handlers and callers are summarised accurately in the '
     'incident log, thus providing attending officers with full facts on which to base '
     'crime-recording decisions;\n'
     '• multiple crimes are always recorded when described within incident records or identified '
     'as part of other recorded crime investigations;\n'
     '• the practice of awaiting the results of medical examinations or video interviews before '
     'making crime-recording decisions is stopped; and\n'
     '• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to '
     'the victim or the wider public are identified and appropriately managed.',
 14: 'The force should undertake further work to gain a fuller understanding of current demand for '
     'its services, and likely future changes in demand. This is so it can make best use of its '
     'resources by matching them to demand to meet the needs of the public',
 15: 'The force should develop its understanding of the links between its outcomes, outputs and '
     'costs',
 16: 'The force should develop a future workforce plan that is aligned with its overall demand and '
     'budget. The plan should include future resource allocations, the mix of skills required by '
     'the workforce and behaviours expected of them.',
 18: 'The force should improve its use of its crime-recording and management system to better '
     'manage its case files and investigative processes.',
 20: 'The force should ensure all staff have received at least the lowest level of vetting '
     'clearance for their roles as quickly as possible, working to clear both the vetting backlog '
     'and new vetting renewals when they become due so that it complies fully with the national '
     'vetting guidelines.',
 21: 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims '
     'who fail to support the investigation and the low use of police powers of arrest and '
     'prosecution is a cause of concern to HMIC.',
 22: 'In order to improve the service it provides to victims of domestic abuse, offer the best '
     'possible protection and bring more perpetrators to justice, the force should immediately '
     'consider ways of increasing the use of arrest, ancillary orders and other available powers.',
 23: 'To improve the service provided to victims of domestic abuse the force should immediately '
     'take steps to understand and address the reason behind why such a high proportion of victims '
     'of domestic abuse do not support the police investigation.',
 24: 'In addition, the practice of conducting domestic abuse risk assessments over the telephone '
     'and dealing with domestic abuse in the resolution centre should cease',
 25: 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC '
     'found that the assessment of risk for children who go missing from home was inappropriate in '
     'some cases. We found some instances where children were classed as ‘absent’ when they should '
     'have been recorded as ‘missing’, and risk levels for missing children were sometimes '
     'incorrectly assessed at a lower grade. We also found incidents where the risk had not been '
     'identified, even where good information was available on the police database. In some cases '
     'there was information to indicate that children were at risk of sexual exploitation, but '
     'this did not influence the assigned risk and categorisation. Children were incorrectly '
     'graded at a lower level and could have been exposed to an increased risk of harm. This is an '
     'enduring cause of concern from HMIC’s report on vulnerability in 2015.',
 26: 'To address this cause of concern the force should immediately review its approach to reports '
     'of missing children and take steps to ensure that:\n'
     '• call takers understand and use the missing and absent category appropriately; • call '
     'takers and frontline staff have the necessary knowledge to identify risk factors associated '
     'with child sexual exploitation and how to respond to such cases; and • supervisors provide '
     'the correct oversight of missing person enquiries and direct appropriate and timely '
     'investigative and safeguarding action'}

# ---------------------------------------------------------------------------------------------
import csv, datetime as dt, io, os, random, re
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
rng = random.Random(99031)

FORCE = "Gloucestershire Constabulary"
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# ---- the HMICFRS items: key -> (report title, publication date, type, text) ----------------
ITEMS = {}
for k, (title, date, texts, types) in NATIONAL.items():
    for i, (t, ty) in enumerate(zip(texts, types), 1):
        ITEMS[f"{k}_{i}"] = (title, dt.date(*date), ty, t)
P1819 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Gloucestershire Constabulary"
E16 = "PEEL: Police effectiveness 2016 – Gloucestershire Constabulary"
F15 = "PEEL: Police efficiency 2015 – Gloucestershire Constabulary"
CDI = "Crime data integrity inspection 2017 – Gloucestershire Constabulary"
L17 = "PEEL: Police legitimacy 2017 – Gloucestershire Constabulary"
FORCE_ITEMS = {
    "r0": (P1819, dt.date(2019, 5, 2), REC), "r1": (P1819, dt.date(2019, 5, 2), REC),
    "r2": (P1819, dt.date(2019, 5, 2), REC), "r5": (P1819, dt.date(2019, 5, 2), REC),
    "r6": (P1819, dt.date(2019, 5, 2), REC), "r8": (P1819, dt.date(2019, 5, 2), COC),
    "r9": (P1819, dt.date(2019, 5, 2), REC), "r10": (P1819, dt.date(2019, 5, 2), REC),
    "r11": (CDI, dt.date(2017, 2, 9), REC),
    "r14": (F15, dt.date(2015, 10, 22), AFI), "r15": (F15, dt.date(2015, 10, 22), AFI),
    "r16": (F15, dt.date(2015, 10, 22), AFI),
    "r18": (E16, dt.date(2017, 3, 2), AFI),
    "r20": (L17, dt.date(2017, 12, 12), REC),
    "r21": (E16, dt.date(2017, 3, 2), COC), "r22": (E16, dt.date(2017, 3, 2), REC),
    "r23": (E16, dt.date(2017, 3, 2), REC), "r24": (E16, dt.date(2017, 3, 2), REC),
    "r25": (E16, dt.date(2017, 3, 2), COC), "r26": (E16, dt.date(2017, 3, 2), REC),
}
for k, (t, d, ty) in FORCE_ITEMS.items():
    ITEMS[k] = (t, d, ty, REAL[int(k[1:])])
# powers_4 is addressed to the Home Office and NPCC: HMICFRS does not hold it against a force.
NOT_ON_LIST = {"powers_4"}
H_KEYS = [k for k in ITEMS if k not in NOT_ON_LIST]

# HMICFRS status per item (open unless named here)
H_STATUS = {
    "sas13_1": "Complete", "everyone_1": "Complete", "austerity_1": "Superseded",
    "austerity_2": "No further action required", "austerity_4": "Complete",
    "sas15_1": "Complete", "firearms_3": "Complete", "stolen_6": "Complete", "leg17_5": "Complete",
    "r23": "Complete", "r25": "Superseded", "r18": "Complete", "r2": "Complete",
    "r10": "No further action required",
    "core_2": "Awaiting review", "stolen_3": "Awaiting review", "powers_1": "Awaiting review",
    "powers_2": "Awaiting review", "r5": "Awaiting review",
}
CLOSED = {"Complete", "Superseded", "No further action required"}

# ---- HMICFRS workbook --------------------------------------------------------------------
ids = rng.sample(range(4100, 9900), len(H_KEYS))
order = sorted(H_KEYS, key=lambda k: (ITEMS[k][1], ITEMS[k][0], list(ITEMS).index(k)))
REF = dict(zip(order, sorted(ids)))
H_ROW = {}
os.makedirs(OUT, exist_ok=True)
FIXED = dt.datetime(2024, 11, 4, 9, 0, 0)

def status_date(k):
    d = ITEMS[k][1]
    return min(d + dt.timedelta(days=200 + rng.randrange(0, 900)), dt.date(2024, 10, 30))

wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
wb.set_properties({"title": "Definitive list", "author": "HMICFRS", "company": "HMICFRS",
                   "created": FIXED})
ws = wb.add_worksheet("Definitive list")
bold = wb.add_format({"bold": True, "text_wrap": True, "bg_color": "#D9E1F2", "border": 1})
wrap = wb.add_format({"text_wrap": True, "valign": "top"})
datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
ws.write(0, 0, f"HMICFRS monitoring – definitive list of open and recently closed items: {FORCE}",
         wb.add_format({"bold": True, "font_size": 13}))
ws.write(1, 0, "Extract date: 04/11/2024. Items addressed to all forces are included.")
hdr = ["ID", "Force", "Report title", "Publication date", "Type", "Recommendation / AFI text",
       "Status", "Status date"]
for c, h in enumerate(hdr):
    ws.write(3, c, h, bold)
for i, k in enumerate(order):
    r = 4 + i
    title, pub, ty, text = ITEMS[k]
    st = H_STATUS.get(k, "Being progressed")
    ws.write_number(r, 0, REF[k], wrap)
    ws.write(r, 1, FORCE if not ty.startswith("National") else "All forces (" + FORCE + ")", wrap)
    ws.write(r, 2, title, wrap)
    ws.write_datetime(r, 3, dt.datetime.combine(pub, dt.time()), datef)
    ws.write(r, 4, ty, wrap)
    ws.write(r, 5, text, wrap)
    ws.write(r, 6, st, wrap)
    ws.write_datetime(r, 7, dt.datetime.combine(status_date(k), dt.time()), datef)
    H_ROW[k] = f"Definitive list!{r + 1}"
ws.set_column(0, 0, 8); ws.set_column(1, 1, 22); ws.set_column(2, 2, 40); ws.set_column(3, 3, 12)
ws.set_column(4, 4, 20); ws.set_column(5, 5, 90); ws.set_column(6, 7, 16)
ws.freeze_panes(4, 0)
ws.autofilter(3, 0, 3 + len(order), len(hdr) - 1)
wb.close()

# ---- force side: Microsoft Lists "Issue tracker" list, Export to CSV ------------------------
ABBR = [(r"[Mm]odern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
        (r"stop and search", "S&S"), (r"[Cc]hief [Cc]onstables", "CCs"),
        (r"Authorised Professional Practice", "APP"), (r"body-worn video", "BWV"),
        (r"national crime recording standard \(NCRS\)", "NCRS")]
STEM = re.compile(r"^(HMIC recommends that (within six months )?the force should( immediately)?:\s*)")

def abbr(t):
    for a, b in ABBR:
        t = re.sub(a, b, t)
    return t

def cut(t, n=140):
    return t if len(t) <= n else t[:n].rsplit(" ", 1)[0] + "..."

def nostem(t):
    t = STEM.sub("", t)
    return t[0].upper() + t[1:]

def desc(k, mode):
    t = ITEMS[k][3]
    if mode == "full": return t
    if mode == "abbr": return abbr(t)
    if mode == "cut": return cut(t)
    if mode == "abbrcut": return cut(abbr(t), 160)
    if mode == "nostem": return nostem(t)
    return mode  # the force's own words, given literally

SRC = {  # the "Issue source" choice values the force set up
    "sas13": "Stop & Search 2013", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop & Search 2 (2015)",
    "picture": "Building the Picture 2015", "firearms": "Firearms Licensing 2015",
    "stolen": "Stolen Freedom (MSHT) 2017", "efc17": "PEEL Efficiency 2017 (national)",
    "leg17": "PEEL Legitimacy 2017 (national)", "powers": "Police powers spotlight 2021",
    P1819: "PEEL 2018/19", E16: "PEEL Effectiveness 2016", F15: "PEEL Efficiency 2015",
    CDI: "CDI 2017", L17: "PEEL Legitimacy 2017",
}
def src(k):
    return SRC[k.rsplit("_", 1)[0]] if "_" in k else SRC[ITEMS[k][0]]

PEOPLE = ["Bell, Jo (C/Supt)", "Patel, Sam", "Okafor, Ngozi (Det Supt)", "Hughes, Rhys",
          "Marsh, Claire (Head of Vetting)", "Thompson, Mark (Supt)", "Ahmed, Yasmin",
          "Clarke, Peter (Force Crime Registrar)", "Doyle, Karen (Head of L&D)", "Evans, Tom (Ch Insp)"]

# (key, Issue title, description mode, Status, category, why, ref-mode)  ref-mode: "y" correct, "" blank,
# or another key whose ref the row carries by mistake.
F = [
 ("sas13_1", "S&S APP – clear spec of effective and fair use", "abbr", "Completed", "in_sync",
  "Same national S&S 2013 text (abbreviated); HMICFRS Complete, list Completed: closed on both.", "y"),
 ("sas13_2", "S&S monitoring of officers", "abbrcut", "In progress", "in_sync",
  "Truncated copy of the monitoring recommendation; Being progressed vs In progress: open on both.", ""),
 ("sas13_3", "S&S – explain use to public / community scrutiny", "abbr", "Completed", "closeable_submit",
  "Community scrutiny recommendation; HMICFRS Being progressed, list Completed: submit for closure.", "y"),
 ("everyone_1", "DA action plan (Everyone's Business)",
  "By Sept 2014 publish a DA action plan setting out what steps we will take to improve our approach to DA – developed with PCC, DA support orgs and victims reps.",
  "Completed", "in_sync", "Own summary of the Everyone's Business action-plan recommendation; both closed.", "y"),
 ("austerity_1", "Review savings plans – protect front line", "cut", "In progress", "closeable_local",
  "Austerity review of savings plans; HMICFRS Superseded (closed), list still In progress: close locally.", ""),
 ("austerity_2", "Collaboration <10% of savings – assess scope", "full", "New", "closeable_local",
  "Collaboration savings item; HMICFRS No further action required, list New (open): close locally.", "y"),
 ("austerity_4", "Collaboration plans for next spending round", "cut", "Completed", "in_sync",
  "Spending-round collaboration item; both closed.", ""),
 ("core_1", "THR criteria for call handlers", "Call handlers to have specific, sound and comprehensible criteria to assess threat, harm and risk (THRIVE).",
  "By design", "closeable_submit",
  "Core Business call-handler criteria; 'By design' = force says THRIVE already meets it (done); HMICFRS Being progressed: submit.", ""),
 ("integrity_1", "Misconduct NFA outcomes – fair / free of discrimination", "full", "Completed", "closeable_submit",
  "Integrity Matters NFA item, verbatim; HMICFRS Being progressed, list Completed.", "y"),
 ("sas15_1", "S&S – comply with Code, explain to public, scrutiny by young people", "abbrcut", "Blocked", "closeable_local",
  "S&S 2 (2015) item; HMICFRS Complete, list Blocked (open): close locally.", ""),
 ("firearms_1", "FL governance vs APP", "abbr", "In progress", "in_sync",
  "Firearms licensing governance item; open on both.", "y"),
 ("firearms_2", "FL demand and capacity",
  "Within six months, all CCs should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
  "In progress", "conflict",
  "Clearly the firearms licensing demand recommendation, but the list says 'Within six months' where HMICFRS says 'Within three months': timescale disagrees.", "y"),
 ("firearms_3", "Total expired records", "full", "Completed", "in_sync",
  "'Total expired' licensing records; HMICFRS Complete, list Completed.", "y"),
 ("firearms_4", "Temporary permits – HO guidance / NFLMS", "cut", "Completed", "closeable_submit",
  "Temporary permits item; HMICFRS Being progressed, list Completed.", ""),
 ("firearms_5", "Flag FL holders at incidents before attendance", "abbrcut", "Blocked", "in_sync",
  "Certificate-holder flagging item; Blocked is open; HMICFRS Being progressed.", "y"),
 ("stolen_2", "MSHT info sharing agreements", "abbr", "In progress", "in_sync",
  "Information-sharing agreements (keeps HMICFRS's stray '86'); open on both.", "y"),
 ("stolen_3", "Section 45 defence for victims", "full", "New", "in_sync",
  "Section 45 defence item; HMICFRS Awaiting review, list New: open on both.", ""),
 ("stolen_4", "NRM compliance / notify HO", "abbr", "Completed", "closeable_submit",
  "NRM duty-to-notify item; HMICFRS Being progressed, list Completed.", "y"),
 ("stolen_5", "MSHT crime recording (NCRS) + FCR audit capacity", "abbrcut", "In progress", "in_sync",
  "NCRS / audit capacity item; open on both.", "y"),
 ("stolen_6", "MSHT investigations – skills and supervision", "abbrcut", "In progress", "closeable_local",
  "MSHT investigation supervision; HMICFRS Complete, list In progress: close locally.", ""),
 ("stolen_7", "MSHT preventative powers (STPOs/STROs)", "abbr", "Completed", "closeable_submit",
  "Preventative powers item; HMICFRS Being progressed, list Completed.", "y"),
 ("efc17_1", "Digital services plan", "cut", "In progress", "conflict",
  "Digitally-enabled services plan matches by text, but the list files it under 'PEEL Effectiveness 2017' while HMICFRS has PEEL: Police efficiency 2017: report disagrees.", ""),
 ("leg17_1", "CoC – S&S disproportionality", "abbr", "In progress", "in_sync",
  "National cause of concern on S&S; open on both.", "y"),
 ("leg17_2", "S&S data monitoring (disproportionality, find rates)", "abbr", "Completed", "closeable_submit",
  "Monitoring by July 2018 item, bullets kept; HMICFRS Being progressed, list Completed.", "y"),
 ("leg17_3", "Disparities – research and action", "full", "In progress", "in_sync",
  "Disparities item; open on both.", ""),
 ("leg17_5", "Unconscious bias training – S&S", "abbr", "Completed", "in_sync",
  "Unconscious bias training; HMICFRS Complete, list Completed.", "y"),
 ("powers_1", "Communication skills – conflict management",
  "By July 2021, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management.",
  "In progress", "conflict",
  "Communication skills item, but the list says 'By July 2021' and HMICFRS 'By July 2022': deadline disagrees.", "y"),
 ("powers_2", "Comms skills in CPD + BWV debriefs", "abbr", "New", "in_sync",
  "CPD / debrief item; HMICFRS Awaiting review, list New: open on both. (Its ID is the one typed on the use-of-force row.)", ""),
 ("powers_3", "BWV – record whole S&S encounter / review footage", "abbr", "In progress", "in_sync",
  "Body-worn video item; open on both.", "y"),
 ("powers_5", "Use of force – internal monitoring", "full", "Completed", "conflict",
  "Text is word for word the use-of-force monitoring item, but the HMICFRS Ref typed is the ID of the CPD/debrief item (powers_2): reference disagrees (force also says done).", "powers_2"),
 ("r21", "CoC – DA approach unacceptable", "full", "In progress", "in_sync",
  "PEEL Effectiveness 2016 DA cause of concern; open on both.", "y"),
 ("r22", "REC – DA arrest, ancillary orders", "abbr", "Completed", "closeable_submit",
  "DA powers recommendation; HMICFRS Being progressed, list Completed.", "y"),
 ("r23", "REC – DA victims not supporting investigation", "abbr", "Completed", "in_sync",
  "DA victim attrition; both closed.", ""),
 ("r24", "REC – stop DA risk assessments by phone", "Stop doing DA risk assessments over the phone and dealing with DA in the Resolution Centre.",
  "In progress", "in_sync", "Own words for the telephone risk-assessment item; open on both.", ""),
 ("r25", "CoC – missing & absent children", "cut", "In progress", "closeable_local",
  "Missing children cause of concern; HMICFRS Superseded, list In progress: close locally.", "y"),
 ("r26", "REC – missing children: call takers / CSE risk factors",
  "Review approach to reports of missing children and ensure that:\n• call takers understand and use the missing and absent category appropriately;\n• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases",
  "Completed", "conflict",
  "Missing children recommendation, but the list copied only two of the three bullets (supervisory oversight bullet missing): a missing bullet, so conflict rather than closeable.", "y"),
 ("r14", "AFI – understand current & future demand", "full", "Completed", "closeable_submit",
  "Demand AFI; HMICFRS Being progressed, list Completed.", "y"),
 ("r16", "REC – future workforce plan", "full", "In progress", "conflict",
  "Workforce plan text word for word, but the list titles it REC while HMICFRS types it Area for improvement: type disagrees.", ""),
 ("r18", "AFI – better use of crime recording system (Niche) for case files", "", "Completed", "in_sync",
  "Description left empty; the title alone is the crime-recording system AFI; both closed.", ""),
 ("r0", "REC imm – investigative workload review", "nostem", "In progress", "in_sync",
  "PEEL 2018/19 workload review (stem dropped); open on both.", "y"),
 ("r1", "REC imm – vulnerability review with partners", "nostem", "Completed", "closeable_submit",
  "Vulnerability review; HMICFRS Being progressed, list Completed.", "y"),
 ("r2", "REC imm – skills project / workforce plans", "nostem", "Completed", "in_sync",
  "Skills project item; HMICFRS Complete, list Completed.", ""),
 ("r5", "REC imm – consult public on business planning", "nostem", "New", "in_sync",
  "Public consultation item; HMICFRS Awaiting review, list New.", "y"),
 ("r6", "REC 6m – supervision of investigations", "full", "In progress", "in_sync",
  "Supervision of investigations; open on both.", "y"),
 ("r8", "CoC – capacity/capability to investigate crime", "full", "In progress", "in_sync",
  "PEEL 2018/19 investigation cause of concern; open on both.", ""),
 ("r9", "REC 6m – digital evidence retrieval (DFU backlog)", "nostem", "Completed", "closeable_submit",
  "Digital evidence item; HMICFRS Being progressed, list Completed.", "y"),
 ("r10", "REC 6m – RUI and bail", "nostem", "Completed", "in_sync",
  "Released under investigation item; HMICFRS No further action required, list Completed: closed on both.", "y"),
 ("r20", "REC – vetting backlog / lowest level clearance", "full", "Blocked", "in_sync",
  "Vetting clearance recommendation; Blocked is open; HMICFRS Being progressed.", "y"),
]
# split rows: one per bullet, the item done only when every part is
SPLIT = {
 "stolen_1": (["senior leaders prioritise the response to modern slavery and human trafficking",
               "every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively",
               "forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims",
               "performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims."],
              ["Completed"] * 4, "closeable_submit",
              "MSHT leadership recommendation split over four rows, one per bullet (titles 'pt n of 4'); all four Completed and HMICFRS Being progressed, so every part is closeable_submit."),
 "r11": (["at the point of report, victims are believed;",
          "conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;",
          "multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;",
          "the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and",
          "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed"],
         ["Completed", "In progress", "Completed", "Completed", "In progress"], "in_sync",
         "CDI 2017 'victims believed' recommendation split over five bullet rows; two parts still In progress so the item is open, HMICFRS Being progressed: in_sync for every part."),
}
SPLIT_TITLE = {"stolen_1": "MSHT leadership & governance review", "r11": "CDI – crime recording arrangements"}
EXTRA = [  # force rows HMICFRS does not hold
 ("powers_4", "HO/NPCC – use of force data quality",
  "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a S&S is sufficient for publication.",
  "Won't fix", "Police powers spotlight 2021", "not_on_hmicfrs_list",
  "Addressed to the Home Office and NPCC, not the force ('Won't fix' = not ours); HMICFRS does not list it against the force."),
 (None, "Local – DA crime report dip sample",
  "Force action - Dip-sample 50 DA crime reports each quarter and report findings to the Crime Standards Board",
  "In progress", "PEEL Effectiveness 2016", "not_on_hmicfrs_list",
  "The force's own action ('Force action -'), never an HMICFRS item; nothing like it on the list."),
 (None, "Custody 2018 – detention of children",
  "Review with children's social care how we manage the detention of children in custody (alternative accomodation, minimum time in custody).",
  "In progress", "HMICFRS/HMIP Custody 2018", "not_on_hmicfrs_list",
  "A custody inspection item; no custody report is on the definitive list: query with HMICFRS."),
]

rows = []  # dicts for the CSV plus truth
def add(key, title, description, status, source, category, why, refmode):
    ref = ""
    if refmode == "y": ref = str(REF[key])
    elif refmode: ref = str(REF[refmode])
    rows.append(dict(key=key, title=title, desc=description, status=status, source=source,
                     ref=ref, category=category, why=why))

SRC_OVERRIDE = {"efc17_1": "PEEL Effectiveness 2017"}  # filed under the wrong report
for (k, title, mode, st, cat, why, refmode) in F:
    add(k, title, desc(k, mode), st, SRC_OVERRIDE.get(k, src(k)), cat, why, refmode)
for k, (parts, sts, cat, why) in SPLIT.items():
    n = len(parts)
    for i, (p, st) in enumerate(zip(parts, sts), 1):
        add(k, f"{SPLIT_TITLE[k]} (pt {i} of {n})", abbr(p) if k == "stolen_1" else p, st, src(k),
            cat, why, "y" if i == 1 else "")
for (k, title, d_, st, source, cat, why) in EXTRA:
    rows.append(dict(key=k, title=title, desc=d_, status=st, source=source, ref="",
                     category=cat, why=why))

# creation order: grouped loosely by when the list was built (bulk load March 2022, then later adds)
rng.shuffle(rows)
def era(r):
    k = r["key"] or "zz"
    pub = ITEMS[k][1] if k in ITEMS else dt.date(2019, 1, 1)
    return (0 if pub < dt.date(2019, 1, 1) else 1)
rows.sort(key=era)
# split parts together and in order, right after the first part's place
for k in SPLIT:
    parts = [r for r in rows if r["key"] == k and "(pt " in r["title"]]
    first = rows.index(parts[0])
    rest = [r for r in rows if r not in parts]
    rest[first:first] = sorted(parts, key=lambda r: r["title"])
    rows = rest
# a test item created when the list was set up
rows.insert(0, dict(key="TEST", title="Test item - please delete", desc="test", status="New",
                    source="", ref="", category=None, why=None))

base = dt.date(2022, 3, 14)
for i, r in enumerate(rows):
    if r["key"] == "TEST":
        r["date"] = dt.date(2022, 3, 11)
    elif era(r) == 0:
        r["date"] = base + dt.timedelta(days=(i // 12))
    else:
        r["date"] = dt.date(2022, 6, 1) + dt.timedelta(days=7 * (i % 9))
    r["priority"] = rng.choice(["High", "Normal", "Normal", "Low", "Critical"]) if r["key"] != "TEST" else "Normal"
    r["assigned"] = rng.choice(PEOPLE) if r["key"] != "TEST" else "Hughes, Rhys"
# associated issues: split parts point at their siblings
for k in SPLIT:
    titles = [r["title"] for r in rows if r["key"] == k and "(pt " in r["title"]]
    for r in rows:
        if r["key"] == k and "(pt " in r["title"]:
            r["assoc"] = "; ".join(t for t in titles if t != r["title"])
HDR = ["Issue", "Issue description", "Priority", "Status", "Assigned to", "Date reported",
       "Issue source", "HMICFRS Ref", "Images", "Associated issues"]
buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(HDR)
for r in rows:
    w.writerow([r["title"], r["desc"].replace("\r\n", "\n"), r["priority"], r["status"], r["assigned"],
                r["date"].strftime("%d/%m/%Y"), r["source"], r["ref"], "", r.get("assoc", "")])
with open(os.path.join(OUT, "tracker.csv"), "wb") as fh:
    fh.write(buf.getvalue().encode("utf-8-sig"))

# ---- truth ---------------------------------------------------------------------------------
truth = []
seen = set()
for i, r in enumerate(rows):
    if r["category"] is None:
        continue
    frow = f"tracker.csv!{i + 2}"
    hrow = H_ROW.get(r["key"], "") if r["key"] not in NOT_ON_LIST else ""
    truth.append((hrow, frow, r["category"], r["why"]))
    seen.add(r["key"])
MISSING_WHY = {
 "austerity_3": "Front-line workforce reduction item (Policing in Austerity): no row in the list mentions it.",
 "core_2": "Crime prevention recording/evaluation item (Core Business): not in the list.",
 "picture_1": "Building the Picture information-management audit item: not in the list (no 'Building the Picture' rows at all).",
 "r15": "Efficiency 2015 AFI on outcomes, outputs and costs: the list has the other two Efficiency 2015 AFIs but not this one.",
 "leg17_4": "'Publish this analysis ... annually from July 2018': not in the list; the disparities row does not mention publication.",
}
for k in order:
    if k not in seen:
        truth.append((H_ROW[k], "", "missing_from_force", MISSING_WHY[k]))
def sortkey(t):
    a = int(t[0].split("!")[1]) if t[0] else 10_000
    b = int(t[1].split("!")[1]) if t[1] else 0
    return (a, b)
truth.sort(key=sortkey)
buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\n")
w.writerow(["hmicfrs_row", "force_row", "category", "why"])
w.writerows(truth)
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())

README = '# lists_issue_tracker_template_csv (round 99, case C)\n\n## Story\nGloucestershire Constabulary\'s (invented data) organisational-learning team moved its HMICFRS\ntracker from an Excel workbook into a **Microsoft Lists list made from the built-in "Issue\ntracker" template** in March 2022 (bulk load, then items added by hand as reports arrived).\nThey kept the template\'s columns and its status choices: New, In progress, Blocked,\nCompleted, Won\'t fix, By design. "Issue" holds a short title the team typed, "Issue description"\nthe recommendation (pasted, trimmed or in their own words), "Issue source" the report, as a\nchoice field with the team\'s own report names. They added one column, "HMICFRS Ref" (single\nline of text), and filled it for about half the items. For the committee they used\n**Export > Export to CSV** and sent the file. HMICFRS side: the register\'s ordinary\ndefinitive-list export.\n\n## Files\n- `hmicfrs.xlsx`: one sheet `Definitive list`. Row 1 title, row 2 extract note, row 3 blank,\n  **row 4 header** (ID, Force, Report title, Publication date, Type, Recommendation / AFI text,\n  Status, Status date), **item rows 5–59** (55 items: 35 all-force national items, 20 force items\n  from PEEL 2015/2016/2017/2018-19 and CDI 2017). IDs plain integers; dates are real date cells\n  (dd/mm/yyyy); autofilter, frozen panes.\n- `tracker.csv`: UTF-8 **with BOM**, comma-separated, CRLF between records, LF inside quoted\n  multi-line descriptions (bullets keep their own lines). Header = row 1; records rows 2–62 (61\n  records; row numbers are record numbers as Excel shows them, a multi-line cell still one row).\n  Columns: Issue, Issue description, Priority (Critical/High/Normal/Low), Status, Assigned to\n  ("Surname, First (rank)" – comma inside a quoted field), Date reported (dd/mm/yyyy, the date the\n  list item was created, not publication), Issue source, HMICFRS Ref, Images (always empty),\n  Associated issues (sibling titles joined by "; ").\n- `truth.csv`: 65 lines. `README.md`: this file. Builder: `/tmp/indep99/build_lists_issue_tracker_template_csv.py`.\n\n## What the layout brings\n1. Headers outside usual synonyms: the text is "Issue description", the title column "Issue" is\n   a short label, owner is "Assigned to", report is "Issue source"; "Date reported" is not the\n   publication date; "Priority" is not a RAG.\n2. Template status words: Completed = done; **By design** (row 43) = the force says existing\n   practice already meets it = done; **Won\'t fix** (row 49) = not for the force = done/not ours;\n   **Blocked** (rows 4, 10, 42) and **New** = open.\n3. The type is only in the title prefix ("REC", "AFI", "CoC", "REC imm", "REC 6m") for force\n   items; national items carry no type.\n4. "HMICFRS Ref" is present on about half the rows only; the rest must be matched by text.\n5. Descriptions: verbatim, abbreviated (S&S, DA, MSHT, CCs, APP, BWV, NCRS), truncated with\n   "...", stem dropped ("HMIC recommends that the force should immediately:"), or own words.\n6. Two recommendations split into one row per bullet, "(pt n of N)" in the title and\n   "Associated issues" naming the siblings: CDI 2017 rows 11–15, MSHT leadership rows 17–20.\n\n## Traps and how the truth decides\n- Row 2 "Test item - please delete" (description "test"): not an item, not in the truth.\n- Rows 11–15 (CDI \'victims believed\', HMICFRS row 26): parts 2 and 5 In progress, so the item is open;\n  HMICFRS Being progressed: in_sync on all five lines. Only part 1 carries the ref.\n- Rows 17–20 (MSHT leadership, HMICFRS row 34): all four Completed: closeable_submit ×4.\n- Row 50 (use-of-force monitoring): text is word for word HMICFRS row 59, but its HMICFRS Ref 9554\n  is the ID of row 57 (CPD/debrief), whose own list row 52 has no ref: conflict (reference);\n  row 52 pairs with row 57 as in_sync.\n- Row 26 firearms demand "Within six months" vs HMICFRS "Within three months" (row 19): conflict.\n- Row 55 communication skills "By July 2021" vs HMICFRS "By July 2022" (row 56): conflict.\n- Row 29 digital services plan filed under "PEEL Effectiveness 2017", HMICFRS PEEL: Police\n  efficiency 2017 (row 41): conflict (report).\n- Row 31 "REC – future workforce plan" vs HMICFRS type Area for improvement (row 25): conflict (type).\n- Row 47 missing-children recommendation with only two of three bullets (row 33): conflict\n  (missing bullet), although the force says Completed.\n- Row 16: description empty, title alone identifies the crime-recording-system AFI (row 27): in_sync.\n- Row 43 By design vs Being progressed (row 13): closeable_submit.\n- Rows 49, 51, 54: Home Office/NPCC item (Won\'t fix), the force\'s own "Force action -" dip\n  sample, a 2018 custody item: not_on_hmicfrs_list.\n- HMICFRS rows 11, 14, 17, 24, 45 have no list row: missing_from_force.\n- Closed on HMICFRS, open on the list (rows 4, 7, 8, 21, 22): closeable_local.\n\n## Counts (truth lines)\nin_sync 31 (incl. 5 split parts) · closeable_submit 15 (incl. 4 split parts) · conflict 6 ·\ncloseable_local 5 · missing_from_force 5 · not_on_hmicfrs_list 3 · review 0. Total 65.\n\n## Rows that are not items\n- hmicfrs.xlsx `Definitive list` rows 1–2 (title, extract note), row 3 (blank), row 4 (header).\n- tracker.csv row 1 (header), row 2 (the list\'s test item left over from set-up).\n\n## Checks run\nEvery tracker record except row 2 is in truth exactly once, or once per part; every HMICFRS row\n5–59 at least once (scripted). tracker.csv read back with pandas (`encoding="utf-8-sig"`: 61 × 10)\nand the csv module; hmicfrs.xlsx read back with pandas (header=3: 55 × 8) and openpyxl. Two builds\ngave identical MD5s for all four files. The tool was neither run nor imported.\n'
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(README)

# ---- facts for the README (printed; the README is written from them) ------------------------
if os.environ.get("SHOW"):
    from collections import Counter
    print(Counter(t[2] for t in truth), len(truth), len(order), len(rows))
    for i, r in enumerate(rows):
        print(i + 2, r["key"], r["status"], r["category"], "|", r["title"], "|", r["ref"])
    for k in order: print(H_ROW[k], k, REF[k], H_STATUS.get(k, "Being progressed"))
