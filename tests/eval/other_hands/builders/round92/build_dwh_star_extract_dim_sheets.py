# --- Real HMICFRS wording (Open Government Licence), copied as literals from the project text lists
NATIONAL = {'austerity': ('Policing in austerity: Meeting the challenge',
               (2014, 7, 22),
               [('National recommendation',
                 'All Chief Constables and PCCs should review their plans to deliver savings to '
                 'ensure they are doing all they can to continue to reduce crime and protect the '
                 'front line while balancing their budgets. They should use the data and '
                 "information contained in this report, and in HMIC's Value for Money profiles, "
                 'when conducting their reviews'),
                ('National recommendation',
                 'Chief Constables and PCCs in forces planning to deliver less than 10% of their '
                 'savings through collaboration should assess whether there is scope to improve on '
                 'this position. HMIC will follow up the assessments in the autumn.'),
                ('National recommendation',
                 'Chief Constables and PCCs in forces that are planning to reduce the proportion '
                 'of their workforce and/or police officers on the front line should assess '
                 'whether they have taken the decisive action seen in many forces in order to '
                 'maintain their crime fighting capacity. HMIC will follow up the assessments in '
                 'the autumn.'),
                ('National recommendation',
                 'In preparation for the next spending round period all Chief Constables and PCCs '
                 'should review their plans for collaboration. In particular they should consider '
                 'whether there is scope to deliver better value for money and improved capability '
                 'and capacity through joint working with other forces, the public and/or the '
                 'private sector.')]),
 'core': ('Core Business: an inspection into crime prevention, police attendance and the use of '
          'police time',
          (2014, 9, 4),
          [('National recommendation',
            'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that '
            'have not yet done so, should provide call-handlers with specific, sound and '
            'comprehensible criteria against which they can assess threat, harm and risk.'),
           ('National recommendation',
            'By 31 March 2015 all forces should ensure that crime prevention or disruption '
            'activity carried out is systematically recorded and subsequently evaluated to '
            'determine the effectiveness of tactics being employed.')]),
 'efc17': ('PEEL: Police efficiency 2017 (national overview)',
           (2017, 11, 9),
           [('National recommendation',
             'By September 2018, chief constables should produce an ambitious plan to improve '
             'digitally-enabled services within their force. The Home Office, National Police '
             "Chiefs' Council and Association of Police and Crime Commissioners should support the "
             'development of these plans by establishing a national framework which allows for the '
             'provision of digitally enabled services across force boundaries.')]),
 'everyone': ("Everyone's business: Improving the police response to domestic abuse",
              (2014, 3, 27),
              [('National recommendation',
                'By September 2014, every police force in England and Wales should establish and '
                'publish an action plan that specifies in detail what steps it will take to '
                'improve its approach to domestic abuse.\n'
                '\n'
                'This action plan should be developed:\n'
                '\n'
                '• in consultation with police and crime commissioners, domestic abuse support '
                "organisations and victims' representatives;\n"
                '• after close consideration of all the recommendations in this report;\n'
                '• with reference to all relevant domestic homicide reviews and IPCC findings, '
                'whether in connection with the force in question or another force; and 20\n'
                '• drawing on relevant knowledge acquired or available from other sources such as '
                'CPS scrutiny panels and MARAC self-assessments.')]),
 'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms '
              'licensing in police forces in England and Wales',
              (2015, 9, 15),
              [('National recommendation',
                'Within three months, all chief constables should assess how well the governance '
                'of firearms licensing in his or her force meets the standards set out in '
                'Authorised Professional Practice. Chief constables of forces where the governance '
                'standards are not being complied with should put in place immediately the correct '
                'arrangements and procedures in order to meet the standards in full.'),
               ('National recommendation',
                'Within three months, all chief constables should assess the demand placed on '
                'their firearms licensing department and ensure it has the capacity to meet this '
                'demand and provide an efficient and effective service at all times.'),
               ('National recommendation',
                'Immediately, all chief constables should satisfy themselves that all appropriate '
                'action is being taken by their force with regard to ‘total expired’ licensing '
                'records.'),
               ('National recommendation',
                'Within three months, all chief constables should ensure that their arrangements '
                'in respect of the use of temporary permits are in accordance with the Home Office '
                'guidance; that temporary permits are properly recorded without delay on the '
                'National Firearms Licensing Management System; and that effective systems exist '
                'to ensure certificate holders are not permitted, at any time, to remain in '
                'unlawful possession of a firearm.'),
               ('National recommendation',
                'Within three months, all chief constables should ensure that systems designed to '
                'identify, prior to police attendance, whether a reported incident involves or is '
                'at the address of a firearm certificate holder are in place and are always '
                'applied by staff dispatching officers to incidents; and that officers understand '
                'the risk assessment which they should be undertaking in such circumstances, and '
                'their power, when appropriate, to seize firearms and firearm certificates.')]),
 'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to '
               'provide the capability to tackle corruption in policing',
               (2015, 1, 30),
               [('National recommendation',
                 'By 31 August 2015, all chief constables should satisfy themselves that they have '
                 'processes in place to ensure that investigations into misconduct by officers and '
                 'staff resulting in “no further action” are fair and free of any form of '
                 'discrimination.')]),
 'leg17': ('PEEL: Police legitimacy 2017 (national overview)',
           (2017, 12, 12),
           [('Cause of concern',
             'HMICFRS is concerned that forces are not able to demonstrate that the use of stop '
             'and search powers is consistently reasonable and fair. In particular, there is '
             'over-representation of BAME people, and black people in particular, in stop and '
             'search data which many forces are unable to explain.'),
            ('National recommendation',
             'By July 2018, all police forces across England and Wales should be regularly and '
             'frequently monitoring a comprehensive set of data and information on use of stop and '
             'search powers to understand:\n'
             '•the reasons for any disproportionate representation of different ethnic groups in '
             'the use of stop and search; •the extent to which find rates differ between people '
             'from different ethnicities, and across different types of searches (including '
             'separate identification of find rates for drug possession and supply-type offences); '
             'and •the prevalence of possession-only drug searches, and the extent to which these '
             'align with local or force level priorities.'),
            ('National recommendation',
             'Where forces identify disparities through monitoring, they should demonstrate to the '
             'public that they have:\n'
             '•carried out research and analysis in an attempt to understand the reasons for the '
             'disparity, and •taken action to reduce the disparity, where necessary;'),
            ('National recommendation',
             'We expect forces to publish this analysis and any actions taken at least on an '
             'annual basis, from July 2018.'),
            ('National recommendation',
             'By July 2018, and ongoing following that date, forces should ensure that all '
             'officers who use stop and search powers have been provided with, and understand, '
             'training on unconscious bias and College of Policing APP on stop and search.')]),
 'picture': ('Building the picture: an inspection of police information management',
             (2015, 7, 1),
             [('National recommendation',
               'By 30 November 2015, chief constables should put in place arrangements to '
               'scrutinise audits of compliance with the APP on information management through the '
               'force information management governance structure. This should include measures to '
               'ensure that categorisation of records are regularly adjusted.')]),
 'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of '
            'force',
            (2021, 2, 26),
            [('National recommendation',
              'By July 2022, forces should ensure that officers and staff have effective '
              'communication skills, in line with the National Policing Guidelines on Conflict '
              'Management. This should be in addition to existing training on conflict management '
              'and de-escalation.'),
             ('National recommendation',
              'By July 2021, forces should ensure that communication skills are reinforced as part '
              'of the programme of continuing professional development for officers and staff, and '
              'that supervisors are supported to routinely and frequently debrief officers on '
              'these skills using body-worn video footage.'),
             ('National recommendation',
              'By September 2021, forces should: ensure that officers record on body-worn video '
              '(when this is available) the entirety of all stop and search encounters, including '
              'traffic stops and use of force incidents.\n'
              'have a structured process for regularly reviewing and monitoring internally a '
              'sufficient sample of body-worn video footage to identify and disseminate learning '
              'and hold officers to account when behaviour falls below acceptable standards.\n'
              'provide external scrutiny panel members with access to samples of body-worn video '
              'footage showing stop and search encounters and use of force incidents, taking '
              'account of the safeguards in the College of Policing’s Authorised Professional '
              'Practice.'),
             ('National recommendation',
              'The Home Office and the NPCC should take steps to ensure that the quality of the '
              'data collected on the number of incidents where force has been used to effect a '
              'stop and search is sufficient for publication. The Home Office should publish this '
              'data as soon as possible.'),
             ('National recommendation',
              'By July 2021, forces should ensure they have effective internal monitoring '
              'processes on the use of force, to help them to identify and understand '
              'disproportionate use, explain the reasons and implement any necessary improvement '
              'action.')]),
 'sas13': ('Stop and search powers: Are the police using them effectively and fairly?',
           (2013, 7, 9),
           [('National recommendation',
             'Chief Constables and the College of Policing should establish in the Stop and Search '
             'Authorised Professional Practice document a clear specification of what constitutes '
             'the effective and fair exercise of stop and search powers, and guidance in this '
             'respect. This should be compliant with the Code of Practice.'),
            ('National recommendation',
             'Chief Constables should establish or improve monitoring of the way officers stop and '
             'search people, so that they can be satisfied their officers are acting in accordance '
             'with the law (including equality legislation and the Code of Practice), and that the '
             'power is used effectively to prevent crime, catch criminals and maintain public '
             'trust.'),
            ('National recommendation',
             'Chief Constables should, in consultation with elected local policing bodies, ensure '
             'that they comply with the code of practice by explaining to the public the way stop '
             'and search powers are used in their areas and by making arrangements for stop and '
             'search records to be scrutinised by community representatives. This should be done '
             'in a way that involves those people who are stopped and searched, for example, young '
             'people.')]),
 'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?',
           (2015, 3, 24),
           [('National recommendation',
             'Chief constables should, in consultation with police and crime commissioners, ensure '
             'that they comply with the Code of Practice by explaining to the public the way stop '
             'and search powers are used in their areas and by making arrangements for stop and '
             'search records to be scrutinised by community representatives. This should be done '
             'in a way that involves those people who are stopped and searched, for example young '
             'people.')]),
 'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking',
            (2017, 10, 24),
            [('National recommendation',
              'Within twelve months, forces should review their leadership and governance '
              'arrangements for modern slavery and human trafficking, to ensure that:\n'
              '• senior leaders prioritise the response to modern slavery and human trafficking;\n'
              '• every incident of modern slavery identified to police is allocated appropriate '
              'resources with the skills, experience and capacity to investigate it effectively;\n'
              '• forces develop effective partnership arrangements to co-ordinate activity in '
              'order to share information and safeguard victims; and\n'
              '• performance and quality assurance measures are in place to allow senior leaders '
              'to assess the nature and quality of the service provided to victims.'),
             ('National recommendation',
              'Within six months, forces should have in place active information-sharing '
              'agreements with other agencies to facilitate speedy exchange of intelligence 86 and '
              'in order to safeguard victims better and to identify suspects as early as possible'),
             ('National recommendation',
              'Immediately, forces should ensure that all victims carrying out criminal acts under '
              'compulsion attributable to slavery or exploitation are afforded the protection of '
              'early and continuing consideration of the applicability of the section 45 defence.'),
             ('National recommendation',
              'Immediately, forces should take steps to ensure they are fully compliant with the '
              'NRM process as it evolves and are implementing the requirement placed upon them '
              'under the Modern Slavery Act 2015 to notify the Home Office of any individual '
              'suspected to be an adult victim of modern slavery or human trafficking.'),
             ('National recommendation',
              'Immediately, forces should take steps to ensure they fully comply with national '
              'crime recording standard (NCRS) requirements for offences identified as modern '
              'slavery and human trafficking and that sufficient audit capacity is available to '
              'the force crime registrar to provide reassurance that each force is identifying and '
              'managing any gaps in its crime-recording accuracy for these types of offences.'),
             ('National recommendation',
              'Immediately, forces should ensure that allegations or indications of modern slavery '
              'and human trafficking are thoroughly investigated and effectively supervised by '
              'teams and individuals with the skills and experience to undertake them (this should '
              'include the use where appropriate of joint intelligence teams and other means to '
              'obtain intelligence and evidence from agencies overseas).'),
             ('National recommendation',
              'Immediately, forces should review their use of preventative powers under the Modern '
              'Slavery Act 2015 to ensure that opportunities to restrict the activities of those '
              'deemed to pose a clear threat to others in respect of modern slavery and human '
              'trafficking offences are exploited.')])}

# West Mercia Police, PEEL 2018/19 (rows 0-6) and its cause-of-concern recommendations (rows 7-10), from real_recommendations.csv
WEST_MERCIA = [('recommendation',
  'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities '
  'and capacity to manage their investigative workload, to better understand investigative demand '
  'and the pressures placed upon them; and'),
 ('recommendation',
  'HMIC recommends that the force should immediately: conduct a review, involving its partners, of '
  'the approach to vulnerability to better safeguard vulnerable people.'),
 ('recommendation',
  'HMIC recommends that the force should immediately: expand the skills project work to include an '
  'assessment of all skills, not only operational, including potential future skills requirements. '
  'This assessment should inform workforce plans;'),
 ('recommendation',
  'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police '
  'to secure a smooth transition to its future operating model, ensuring no disruption to public '
  'services; and'),
 ('recommendation',
  'HMIC recommends that the force should immediately:clearly define its new operating model, '
  'ensuring all operational and support services are affordable and fit to protect the communities '
  'of West Mercia;'),
 ('recommendation',
  'HMIC recommends that the force should immediately:improve its arrangements both to consult with '
  'the public about business planning and to feed back on changes made to service delivery as a '
  'result of such consultation.'),
 ('recommendation',
  'HMIC recommends that within six months the force should: ensure regular and active supervision '
  'of the quality and progress of investigations. This supervision should be properly recorded;'),
 ('cause of concern',
  'The force does not have suitable arrangements in place to make sure it can maintain the full '
  'range of public services when its alliance with Warwickshire Police ends. There are gaps in its '
  'workforce skills assessment, and weaknesses in both its investigative approach and its approach '
  'to safeguarding vulnerable people.'),
 ('cause of concern',
  'The force does not have the capacity or capability to investigate crime effectively and this is '
  'affecting the service being provided to the public. There are failings in the way that crimes '
  'are being investigated.'),
 ('recommendation',
  'HMIC recommends that within six months the force should: improve its ability to retrieve '
  'digital evidence from mobile phones, computers and other electronic devices quickly enough to '
  'ensure investigations are not delayed;'),
 ('recommendation',
  'HMIC recommends that within six months the force should: improve its understanding of suspects '
  'released under investigation and the management of those released on bail;')]


# ---------------------------------------------------------------------------------------------
import csv
import datetime as _dt
import os
import random

import xlsxwriter

CASE = "dwh_star_extract_dim_sheets"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
RNG = random.Random(9202)  # fixed seed (used only for ETL batch ordering noise)
FIXED = _dt.datetime(2021, 11, 22, 6, 15, 0)

# ------------------------------------------------------------------ dimensions (warehouse side)
DIM_STATUS = [  # STATUS_SK, STATUS_BK, STATUS_DESC, STATUS_GROUP, SORT_ORDER
    (-1, "N/A", "Unknown / not supplied", "Unknown", 99),
    (1, "awaiting-review", "Awaiting review", "Open", 1),
    (2, "being-progressed", "Being progressed", "Open", 2),
    (3, "complete", "Complete", "Closed", 3),
    (4, "superseded", "Superseded", "Closed", 4),
    (5, "no-further-action", "No further action required", "Closed", 5),
]
ST = {"AR": 1, "BP": 2, "CO": 3, "SU": 4, "NFA": 5}
DIM_TYPE = [  # REC_TYPE_SK, REC_TYPE_BK, REC_TYPE_DESC
    (-1, "UNK", "Unknown"),
    (1, "REC", "Recommendation"),
    (2, "AFI", "Area for improvement"),
    (3, "COC", "Cause of concern"),
    (4, "NREC", "National recommendation"),
]
TY = {"National recommendation": 4, "Cause of concern": 3, "recommendation": 1,
      "cause of concern": 3, "Recommendation": 1}
WM_REPORT = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"
REPORTS = [  # REPORT_SK, key, title, published yyyymmdd, scope
    (101, "sas13", None, 20130709, "NATIONAL"),
    (102, "everyone", None, 20140327, "NATIONAL"),
    (103, "austerity", None, 20140722, "NATIONAL"),
    (104, "core", None, 20140904, "NATIONAL"),
    (105, "integrity", None, 20150130, "NATIONAL"),
    (106, "sas15", None, 20150324, "NATIONAL"),
    (107, "picture", None, 20150701, "NATIONAL"),
    (108, "firearms", None, 20150915, "NATIONAL"),
    (114, "stolen", None, 20171024, "NATIONAL"),
    (115, "efc17", None, 20171109, "NATIONAL"),
    (116, "leg17", None, 20171212, "NATIONAL"),
    (131, "wm1819", WM_REPORT, 20190502, "FORCE"),
    (142, "powers", None, 20210226, "NATIONAL"),
]
REP_SK = {k: sk for sk, k, _, _, _ in REPORTS}


def title(k):
    for sk, kk, t, d, s in REPORTS:
        if kk == k:
            return t or NATIONAL[k][0]


def text(k, i):
    if k == "wm":
        return WEST_MERCIA[i][1]
    return NATIONAL[k][2][i][1]


def htype(k, i):
    if k == "wm":
        return WEST_MERCIA[i][0]
    return NATIONAL[k][2][i][0]


# ------------------------------------------------------------------ the items
# (key, idx, hmicfrs_id, status, status_date, force rows, category, why)
# force row: (ref shown, report label, type label, text, lead, RAG, update, submitted)
L = {
    "ss": "Supt R. Hollis (Stop & Search lead)", "fin": "Director of Finance", "cr": "Force Crime Registrar",
    "psd": "Head of PSD", "imu": "Information Management Unit", "fl": "Firearms Licensing Manager",
    "msht": "DCI A. Marsh (MSHT)", "dig": "Head of Digital Services", "cc": "Ch Supt P. Okafor",
    "ppu": "Det Supt L. Greaves (PPU)", "hr": "Head of People Services", "ta": "Transition Director",
    "ld": "Head of L&D", "eng": "Head of Corporate Communications",
}
ITEMS = [
    ("sas13", 0, 1184, "CO", 20160415, [("1184", "Stop & Search 2013", "Rec", "S&S APP – clear spec of effective & fair use of S&S powers (with College of Policing)", L["ss"], "Blue", "Closed by HMIC Apr 16.", "11/02/2016")],
     "in_sync", "Closed (Complete) on HMICFRS; force row Blue (closed/signed off). Same id and wording."),
    ("sas13", 1, 1185, "CO", 20160415, [("1185", "Stop & Search 2013", "Rec", "Establish/improve monitoring of how officers stop and search people – lawful, effective, maintains public trust", L["ss"], "Green", "Monthly S&S scrutiny in place since 2015. Evidence pack held.", "11/02/2016")],
     "in_sync", "Complete on HMICFRS, Green (done) on tracker: closed on both."),
    ("sas13", 2, 1186, "SU", 20170612, [("1186", "Stop & Search 2013", "Rec", "Consult elected local policing bodies – explain use of S&S to public, community scrutiny of S&S records, involve young people", L["ss"], "Amber", "Youth scrutiny panel still being set up in two LPAs.", "")],
     "closeable_local", "HMICFRS closed it as Superseded; tracker still Amber. The 2013 text says 'elected local policing bodies' and 'code of practice', the 2015 one 'police and crime commissioners': the tracker row names the 2013 report and says 'elected local policing bodies', so it pairs with 1186, not with the near-identical 2015 item."),
    ("everyone", 0, 2321, "BP", 20180131, [("2321", "Everyone's Business (DA) 2014", "Rec", "By Sept 2014 publish DA action plan (consult PCC, DA support orgs, victims reps; consider all recs in report; DHRs & IPCC findings; CPS scrutiny panels / MARAC self assessments)", L["ppu"], "Green", "DA action plan published and refreshed 2019; proposed for closure.", "03/06/2021")],
     "closeable_submit", "HMICFRS 'being-progressed' (open); force Green with a closure submission date. Tracker text is a summary of the same bullets (the stray footnote '20' is not in it): same item."),
    ("austerity", 0, 3010, "NFA", 20171020, [("3010", "Policing in Austerity 2014", "Rec", "Review savings plans – continue to reduce crime & protect front line while balancing budgets (use VfM profiles)", L["fin"], "Blue", "Addressed via the change programme. HMIC NFA.", "")],
     "in_sync", "No further action required (closed) on HMICFRS; Blue on tracker: closed on both."),
    ("austerity", 1, 3011, "NFA", 20171020, [("3011", "Policing in Austerity 2014", "Rec", "Forces delivering <10% of savings via collaboration – assess scope to improve", L["fin"], "Amber", "Awaiting alliance review.", "")],
     "closeable_local", "HMICFRS closed it (no further action required); tracker still Amber, so the force can close its own row."),
    ("austerity", 2, 3012, "NFA", 20171020, [("3012", "Policing in Austerity 2014", "Rec", "Forces reducing front line workforce – assess whether decisive action taken to maintain crime fighting capacity", L["fin"], "Blue", "NFA per HMICFRS list Oct 17.", "")],
     "in_sync", "Closed on HMICFRS (NFA), Blue on the tracker."),
    ("austerity", 3, 3013, "NFA", 20171020, [],
     "missing_from_force", "On the HMICFRS extract (spending round collaboration plans, NFA) but no tracker row carries its id or its wording."),
    ("core", 0, 4822, "BP", 20190318, [("4288", "Core Business 2014", "Rec", "THRR policy – provide call handlers with specific, sound & comprehensible criteria to assess threat, harm and risk", L["cc"], "Amber", "THRIVE refresh in the control room; training 60% complete.", "")],
     "conflict", "The wording is plainly 4822 (THRR criteria for call-handlers, Core Business), both open (being-progressed / Amber), but the tracker's HMICFRS ID reads 4288 - a transposed reference that is on no HMICFRS row. Matched by text and report; the reference disagrees, so conflict."),
    ("core", 1, 4823, "AR", 20190318, [("4823", "Core Business 2014", "Rec", "Crime prevention / disruption activity systematically recorded and evaluated", L["cc"], "Green", "Recorded on Niche as disruption tags; evaluation reported to Crime Standards Board.", "21/09/2021")],
     "closeable_submit", "HMICFRS 'awaiting-review' (open); force Green with a submission date."),
    ("integrity", 0, 902, "CO", 20160902, [("902", "Integrity Matters 2015", "Rec", "By 31/08/15 satisfy that misconduct investigations ending 'NFA' are fair and free from discrimination", L["psd"], "Blue", "PSD dip sample process. Closed.", "05/02/2016")],
     "in_sync", "Complete on HMICFRS, Blue on tracker."),
    ("sas15", 0, 5127, "CO", 20170612, [("5127", "Stop & Search 2 (2015)", "Rec", "Consult PCC – explain to public how S&S used, community scrutiny of S&S records, involve young people", L["ss"], "Blue", "Scrutiny panels in all LPAs. Closed.", "02/03/2017")],
     "in_sync", "Complete on HMICFRS, Blue on tracker. Paired with the 2015 item (report 'Stop & Search 2 (2015)', 'PCC') rather than the near-identical 2013 one."),
    ("picture", 0, 6214, "BP", 20180605, [],
     "missing_from_force", "Building the picture (information management audits, APP) is on the extract as being-progressed; nothing on the tracker refers to it."),
    ("firearms", 0, 7031, "CO", 20161114, [("7031", "Firearms Licensing 2015", "Rec", "Within 3 months assess FL governance against APP", L["fl"], "Blue", "Completed.", "14/01/2016")],
     "in_sync", "Complete on HMICFRS, Blue on tracker."),
    ("firearms", 1, 7032, "BP", 20190318, [("7032", "Firearms Licensing 2015", "Rec", "Within six months assess demand on FL dept and ensure capacity to meet it", L["fl"], "Amber", "Demand review with the FL team; recruitment of 2 enquiry officers.", "")],
     "conflict", "Same item (id, report, subject), both open, but the tracker says 'Within six months' where HMICFRS says 'Within three months': a timescale that disagrees."),
    ("firearms", 2, 7033, "BP", 20190318, [("7033", "Firearms Licensing 2015", "Rec", "Immediately – satisfy that all appropriate action taken re 'total expired' licence records", L["fl"], "Green", "All total expired records reviewed; weekly report now in place.", "30/07/2021")],
     "closeable_submit", "Being progressed on HMICFRS, Green with a submission date on the tracker."),
    ("firearms", 3, 7034, "CO", 20161114, [("7034", "Firearms Licensing 2015", "Rec", "Temporary permits in line with HO guidance, recorded without delay", L["fl"], "Blue", "", "14/01/2016")],
     "in_sync", "Complete on HMICFRS, Blue on tracker."),
    ("firearms", 4, 7035, "AR", 20190318, [("7035", "Firearms Licensing 2015", "Rec", "Systems to identify before attendance if incident involves / is at address of a firearm cert holder", L["fl"], "Amber", "STORM flag work with control room IT.", "")],
     "in_sync", "Awaiting review (open) on HMICFRS and Amber on the tracker: open on both."),
    ("stolen", 0, 8612, "BP", 20200214, [
        ("8612", "Stolen Freedom (MSHT) 2017", "Rec", "MSHT leadership & governance (a) senior leaders prioritise response to MSHT", L["msht"], "Green", "MSHT Gold group chaired by ACC.", ""),
        ("8612", "Stolen Freedom (MSHT) 2017", "Rec", "(b) every MSHT incident allocated resources with skills, experience & capacity to investigate", L["msht"], "Green", "All MSHT crimes allocated to CID/PPU.", ""),
        ("8612", "Stolen Freedom (MSHT) 2017", "Rec", "(c) effective partnership arrangements to share info and safeguard victims", L["msht"], "Amber", "Partnership protocol with 2 of 4 LAs outstanding.", ""),
        ("8612", "Stolen Freedom (MSHT) 2017", "Rec", "(d) performance & QA measures so senior leaders can assess service to victims", L["msht"], "Green", "Measures added to the performance pack.", "")],
     "in_sync", "The force split the 'within twelve months' leadership recommendation into four bullet rows (a)-(d), all with id 8612. One part (c) is still Amber, so the item is not done; HMICFRS has it being-progressed: open on both, each part in_sync."),
    ("stolen", 1, 8613, "BP", 20200214, [("8613", "Stolen Freedom (MSHT) 2017", "Rec", "Within 6 months – active info sharing agreements with other agencies (intel exchange, safeguard victims, identify suspects early)", L["msht"], "Green", "ISAs signed with all four local authorities.", "12/10/2021")],
     "closeable_submit", "Being progressed on HMICFRS; Green with a submission date on the tracker. 'Within 6 months' equals the HMICFRS 'Within six months'."),
    ("stolen", 2, 8614, "AR", 20200214, [("8614", "Stolen Freedom (MSHT) 2017", "Rec", "Immediately – victims committing crimes under compulsion get early & continuing consideration of s45 defence", L["msht"], "Amber", "Guidance drafted with CPS.", "")],
     "in_sync", "Open on both (awaiting-review / Amber)."),
    ("stolen", 3, 8615, "BP", 20200214, [("8615", "Stolen Freedom (MSHT) 2017", "Rec", "Immediately – full compliance with NRM process and Duty to Notify HO (MSA 2015)", L["msht"], "Amber", "", "")],
     "in_sync", "Open on both (being-progressed / Amber)."),
    ("stolen", 4, 8616, "CO", 20211004, [("8616", "Stolen Freedom (MSHT) 2017", "Rec", "Immediately – NCRS compliance for MSHT offences; audit capacity for FCR", L["cr"], "Blue", "FCR audit Q1 21 – 100% compliance. Closed by HMICFRS.", "08/03/2021")],
     "in_sync", "Current row says Complete (the older row for the same id, ROW_IS_CURRENT 0, said being-progressed); tracker Blue: closed on both."),
    ("stolen", 5, 8617, "BP", 20200214, [("8617", "PEEL Legitimacy 2017", "Rec", "Immediately – MSHT allegations thoroughly investigated & supervised by skilled teams (incl JITs / overseas evidence)", L["msht"], "Amber", "", "")],
     "conflict", "Same id and wording (MSHT investigations, JITs), both open, but the tracker files it under 'PEEL Legitimacy 2017' while HMICFRS has it under Stolen freedom (2017): the report disagrees."),
    ("stolen", 6, 8618, "AR", 20200214, [],
     "missing_from_force", "Preventative powers under the Modern Slavery Act 2015: on the extract, nowhere on the tracker."),
    ("efc17", 0, 8702, "BP", 20190318, [("8702", "PEEL Efficiency 17 (all forces)", "Rec", "By Sept 2018 produce ambitious plan to improve digitally-enabled services", L["dig"], "Amber", "Digital strategy 2020-25 in draft.", "")],
     "in_sync", "Open on both. The tracker keeps only the first sentence (the Home Office/NPCC/APCC part is dropped) - an abridgement of the part addressed to others, not a changed timescale or missing bullet."),
    ("leg17", 0, 8541, "CO", 20190318, [("8541", "PEEL Legit 17 S&S", "CoC", "Forces cannot show S&S use is consistently reasonable and fair; BAME over-representation", L["ss"], "Blue", "See recs below.", "")],
     "in_sync", "Cause of concern Complete on HMICFRS, Blue on tracker."),
    ("leg17", 1, 8542, "SU", 20210226, [("8542", "PEEL Legit 17 S&S", "Rec", "By July 2018 monitor S&S data – disproportionality, find rates by ethnicity / search type, possession-only drug searches", L["ss"], "Blue", "Superseded by police powers spotlight recs (Feb 21).", "")],
     "in_sync", "Superseded (closed) on HMICFRS, Blue on tracker: closed on both."),
    ("leg17", 2, 8543, "BP", 20190318, [("8543", "PEEL Legit 17 S&S", "AFI", "Where disparities found – research reasons and act to reduce, show the public", L["ss"], "Amber", "", "")],
     "conflict", "Same id and wording, both open, but the tracker types it AFI; HMICFRS's REC_TYPE_SK 4 is 'National recommendation' on DIM_REC_TYPE: the type disagrees."),
    ("leg17", 3, 8544, "BP", 20190318, [("8544", "PEEL Legit 17 S&S", "Rec", "Publish analysis & actions at least annually from July 2018", L["eng"], "Green", "Annual S&S report on the website since 2019.", "17/05/2021")],
     "closeable_submit", "Being progressed on HMICFRS; Green with a submission date on the tracker."),
    ("leg17", 4, 8545, "CO", 20210920, [("8545", "PEEL Legit 17 S&S", "Rec", "By July 2018 all S&S officers trained – unconscious bias & CoP APP on S&S", L["ld"], "Amber", "Refresher e-learning 82% complete.", "")],
     "closeable_local", "Current extract row says Complete (an older, non-current row for 8545 still says being-progressed); tracker Amber: HMICFRS closed, force open."),
    ("powers", 0, 12066, "AR", 20210226, [("12066", "Police powers spotlight (Feb 21)", "Rec", "By July 2022 comms skills training in line with National Policing Guidelines on Conflict Management", L["ld"], "Amber", "Module commissioned for 2022 OST.", "")],
     "in_sync", "Open on both."),
    ("powers", 1, 12067, "AR", 20210226, [("12067", "Police powers spotlight (Feb 21)", "Rec", "By July 2021 comms skills in CPD; supervisors debrief officers", L["ld"], "Amber", "", "")],
     "in_sync", "Open on both."),
    ("powers", 2, 12068, "BP", 20210611, [("12068", "Police powers spotlight (Feb 21)", "Rec", "By Sept 2021 BWV – record all S&S encounters; internal review of footage; scrutiny panel access to footage", L["ss"], "Green", "Policy mandates BWV; monthly review; panel viewing since June 21.", "29/09/2021")],
     "closeable_submit", "Being progressed on HMICFRS; Green with a submission date; all three parts are in the tracker's summary."),
    ("powers", 3, 12069, "AR", 20210226, [],
     "missing_from_force", "Addressed to the Home Office and the NPCC (use-of-force data quality); the force never added it to its tracker, but it is on the force's HMICFRS list, so it is missing from the force side."),
    ("powers", 4, 12070, "AR", 20210226, [("12070", "Police powers spotlight (Feb 21)", "Rec", "By July 2021 internal monitoring of use of force – identify/understand/explain disproportionality", L["ss"], "Amber", "Use of force dashboard in test.", "")],
     "in_sync", "Open on both."),
    ("wm", 0, 10451, "BP", 20200901, [("10451", "PEEL 2018/19", "Rec", "Review officers' capability & capacity to manage investigative workload", L["cc"], "Amber", "Investigation demand review phase 2.", "")],
     "in_sync", "Open on both."),
    ("wm", 1, 10452, "BP", 20200901, [("10452", "PEEL 2018/19", "Rec", "Review approach to vulnerability with partners", L["ppu"], "Green", "Joint vulnerability review concluded; new model live.", "14/06/2021")],
     "closeable_submit", "Being progressed on HMICFRS; Green with a submission date on tracker."),
    ("wm", 2, 10453, "BP", 20200901, [("10453", "PEEL 2018/19", "Rec", "Expand skills project – all skills not just operational, future skills – to inform workforce plans", L["hr"], "Amber", "", "")],
     "in_sync", "Open on both."),
    ("wm", 3, 10454, "CO", 20200901, [("10454", "PEEL 2018/19", "Rec", "Agree arrangements with Warwickshire for smooth transition to future operating model", L["ta"], "Blue", "Alliance ended 7 Oct 2019 - transition complete.", "09/01/2020")],
     "in_sync", "Complete on the current extract row (the older non-current row said being-progressed); Blue on tracker."),
    ("wm", 4, 10455, "BP", 20200901, [("10455", "PEEL 2018/19", "Rec", "Define new operating model - services affordable and fit to protect communities of West Mercia", L["ta"], "Amber", "", "")],
     "in_sync", "Open on both."),
    ("wm", 5, 10456, "AR", 20200901, [("10456", "PEEL 2018/19", "Rec", "Consult public on business planning and feedback on changes made as a result", L["eng"], "Amber", "", "")],
     "in_sync", "Open on both."),
    ("wm", 6, 10457, "BP", 20200901, [("10457", "PEEL 2018/19", "Rec", "Within 3 months – regular & active supervision of quality / progress of investigations, properly recorded", L["cc"], "Amber", "Supervision template on Niche.", "")],
     "conflict", "Same id and subject, both open, but the tracker says 'Within 3 months' where HMICFRS says 'within six months': the timescale disagrees."),
    ("wm", 7, 10460, "BP", 20200901, [("10460", "PEEL 2018/19 CoC", "CoC", "Cause of concern – arrangements to maintain services when Warwickshire alliance ends; skills gaps; investigation & safeguarding weaknesses", L["ta"], "Amber", "", "")],
     "in_sync", "The extract row has REC_TYPE_SK -1 (DIM_REC_TYPE 'Unknown'), so the HMICFRS side gives no type to compare; the text is the cause of concern itself and the tracker calls it CoC. Same id; open on both."),
    ("wm", 8, 10461, "BP", 20200901, [("10461", "PEEL 2018/19 CoC", "CoC", "Cause of concern – capacity / capability to investigate crime effectively", L["cc"], "Amber", "", "")],
     "in_sync", "Open on both."),
    ("wm", 9, 10462, "BP", 20200901, [("10462", "PEEL 2018/19 CoC", "Rec", "Within six months – improve retrieval of digital evidence from phones, computers etc so investigations not delayed", L["dig"], "Green", "DFU backlog cleared; kiosks in all hubs.", "22/10/2021")],
     "closeable_submit", "Being progressed on HMICFRS; Green with a submission date."),
    ("wm", 10, 10463, "BP", 20200901, [("10463", "PEEL 2018/19 CoC", "Rec", "Within six months – understanding of RUI suspects and management of those on bail", L["cc"], "Amber", "", "")],
     "in_sync", "Open on both."),
]
# force rows on no HMICFRS row
EXTRA = [
    (5, ("", "PEEL Efficiency 2017 (force)", "AFI", "The force should ensure that it has sufficient resources in the control room to fulfil its resourcing model and meet demand, taking into account workforce wellbeing", L["cc"], "Green", "Control room uplift of 18 call handlers.", "04/12/2019"),
     "not_on_hmicfrs_list", "A force AFI from PEEL Efficiency 2017 with no HMICFRS id; no extract row has this wording or report. Query it with HMICFRS (probably closed and dropped from the list)."),
    (9, ("", "Core Business 2014", "Local", "Task & Finish group to review the THRIVE policy and report to the Force Executive Team", L["cc"], "Amber", "T&F group meets monthly.", ""),
     "not_on_hmicfrs_list", "The force's own action (type 'Local', no id) under Core Business; not an HMICFRS item."),
]

# history (ROW_IS_CURRENT = 0) rows: (hmicfrs_id, old status, old status date, from, to)
HISTORY = {8616: ("BP", 20200214), 8545: ("BP", 20190318), 10454: ("BP", 20191120)}


def build_hmicfrs(path):
    # Fact rows: REC_SK in load order. Batch 1 (2019) = reports to wm1819; later batches append.
    order = list(range(len(ITEMS)))
    early = [i for i in order if ITEMS[i][0] not in ("powers",)]
    late = [i for i in order if ITEMS[i][0] == "powers"]
    rows = []  # (REC_SK, id, force_sk, report_sk, type_sk, status_sk, date_sk, text, cur, from, to, batch)
    sk = 1001
    hist_pos = {}
    for i in early:
        k, idx, hid, st, sd = ITEMS[i][:5]
        rep = "wm1819" if k == "wm" else k
        tsk = TY[htype(k, idx)]
        if k == "wm" and idx == 7:
            tsk = -1
        if hid in HISTORY:
            ost, osd = HISTORY[hid]
            rows.append([sk, hid, 22, REP_SK[rep], tsk, ST[ost], osd, text(k, idx), 0, 20190601, 20211003, 31])
            hist_pos[hid] = (i, rep, tsk)
        else:
            rows.append([sk, hid, 22, REP_SK[rep], tsk, ST[st], sd, text(k, idx), 1, 20190601, 99991231, 31])
        sk += 1
    for i in late:
        k, idx, hid, st, sd = ITEMS[i][:5]
        rows.append([sk, hid, 22, REP_SK[k], TY[htype(k, idx)], ST[st], sd, text(k, idx), 1, 20210301, 99991231, 74])
        sk += 1
    for hid in (10454, 8545, 8616):  # SCD2 new versions appended by the October 2021 load
        i, rep, tsk = hist_pos[hid]
        k, idx, _, st, sd = ITEMS[i][:5]
        rows.append([sk, hid, 22, REP_SK[rep], tsk, ST[st], sd, text(k, idx), 1, 20211004, 99991231, 95])
        sk += 1
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "", "author": "svc_dwh_etl", "company": "", "created": FIXED,
                       "comments": "Generated by SSIS package DWH_Extract_HMICFRS"})
    hdr = wb.add_format({"bold": True})
    ws = wb.add_worksheet("FACT_HMICFRS_REC")
    cols = ["REC_SK", "HMICFRS_REC_ID", "FORCE_SK", "REPORT_SK", "REC_TYPE_SK", "STATUS_SK",
            "STATUS_DATE_SK", "REC_TEXT", "ROW_IS_CURRENT", "ROW_EFF_FROM_SK", "ROW_EFF_TO_SK",
            "ETL_BATCH_ID"]
    ws.write_row(0, 0, cols, hdr)
    prov = {}
    for r, row in enumerate(rows, start=1):
        ws.write_row(r, 0, row)
        if row[8] == 1:
            prov[row[1]] = f"FACT_HMICFRS_REC!{r + 1}"
        else:
            prov.setdefault("_hist", []).append((r + 1, row[1]))
    ws2 = wb.add_worksheet("DIM_STATUS")
    ws2.write_row(0, 0, ["STATUS_SK", "STATUS_BK", "STATUS_DESC", "STATUS_GROUP", "SORT_ORDER"], hdr)
    for r, row in enumerate(DIM_STATUS, start=1):
        ws2.write_row(r, 0, row)
    ws3 = wb.add_worksheet("DIM_REC_TYPE")
    ws3.write_row(0, 0, ["REC_TYPE_SK", "REC_TYPE_BK", "REC_TYPE_DESC"], hdr)
    for r, row in enumerate(DIM_TYPE, start=1):
        ws3.write_row(r, 0, row)
    ws4 = wb.add_worksheet("DIM_REPORT")
    ws4.write_row(0, 0, ["REPORT_SK", "REPORT_TITLE", "PUBLISHED_DATE_SK", "REPORT_SCOPE_CD"], hdr)
    dimrep = [(-1, "Unknown", 19000101, "UNK")] + [(sk_, title(k), d, s) for sk_, k, _, d, s in REPORTS]
    for r, row in enumerate(dimrep, start=1):
        ws4.write_row(r, 0, row)
    ws5 = wb.add_worksheet("DIM_FORCE")
    ws5.write_row(0, 0, ["FORCE_SK", "FORCE_BK", "FORCE_NAME"], hdr)
    for r, row in enumerate([(-1, "UNK", "Unknown"), (21, "WAR", "Warwickshire Police"), (22, "WMC", "West Mercia Police")], start=1):
        ws5.write_row(r, 0, row)
    wb.close()
    return prov, len(rows)


def build_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS recommendations tracker", "author": "Strategic Planning & Insight",
                       "created": FIXED})
    b = wb.add_format({"bold": True})
    hw = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    fills = {"Red": "#FF0000", "Amber": "#FFC000", "Green": "#00B050", "Blue": "#00B0F0"}
    rag = {k: wb.add_format({"bg_color": v, "border": 1, "valign": "top"}) for k, v in fills.items()}
    ws = wb.add_worksheet("Tracker")
    ws.write(0, 0, "West Mercia Police – HMICFRS Recommendations Tracker", b)
    ws.write(1, 0, "Owner: Strategic Planning & Insight. Last updated 19/11/2021")
    heads = ["No.", "HMICFRS ID", "Report", "Type", "Recommendation / AFI (summary)", "Lead",
             "RAG", "Latest update", "Submitted for closure"]
    ws.write_row(3, 0, heads, hw)
    for c, w in enumerate([5, 11, 26, 6, 70, 30, 8, 45, 12]):
        ws.set_column(c, c, w)
    lines = []
    seq = []
    for i, it in enumerate(ITEMS):
        for part, fr in enumerate(it[5]):
            seq.append((i, part, fr))
    # insert extras before the item indices given
    out = []
    for i, part, fr in seq:
        for pos, efr, cat, why in EXTRA:
            if pos == i and part == 0:
                out.append((None, None, efr, cat, why))
        out.append((i, part, fr, None, None))
    r = 4
    for n, (i, part, fr, cat, why) in enumerate(out, start=1):
        ref, rep, typ, txt, lead, g, upd, sub = fr
        ws.write(r, 0, n, wrap)
        ws.write_string(r, 1, ref, wrap)
        ws.write(r, 2, rep, wrap)
        ws.write(r, 3, typ, wrap)
        ws.write(r, 4, txt, wrap)
        ws.write(r, 5, lead, wrap)
        ws.write(r, 6, g, rag[g])
        ws.write(r, 7, upd, wrap)
        ws.write(r, 8, sub, wrap)
        lines.append((i, f"Tracker!{r + 1}", cat, why))
        r += 1
    r += 1
    ws.write(r, 0, "RAG key: Red – off track / past deadline; Amber – in progress; Green – complete, evidence "
                   "with sign-off lead / submitted to HMICFRS; Blue – closed (signed off or closed by HMICFRS).")
    legend_row = r + 1
    wb.close()
    return lines, legend_row, 4 + len(out)


README = '# dwh_star_extract_dim_sheets (round 92, case A)\n\n## Story\nWest Mercia Police\'s BI team loads every HMICFRS definitive list into the force data warehouse\n(SQL Server, star schema). A scheduled SSIS package ("DWH_Extract_HMICFRS", author\n`svc_dwh_etl`) dumps the fact table and its dimension tables, one sheet each, into an xlsx that\nis mailed to Strategic Planning & Insight. Nobody joined the tables: the fact sheet holds only\nsurrogate keys (numbers), and the analyst has to look up report, type and status on the DIM_\nsheets. The extract also carries SCD type-2 history: when a status changes, the load closes the\nold fact row (ROW_IS_CURRENT = 0, ROW_EFF_TO_SK set) and appends a new one at the bottom. The\nforce side is the ordinary tracker the team keeps by hand.\n\n## Files\n- `hmicfrs.xlsx` (written by XlsxWriter), five sheets, header in row 1 of each, no title rows:\n  - `FACT_HMICFRS_REC`: rows 2-51 (50 data rows = 47 current items + 3 history rows).\n    Columns REC_SK, HMICFRS_REC_ID (plain register integer, e.g. 2321, 8541, 12068), FORCE_SK (22),\n    REPORT_SK, REC_TYPE_SK, STATUS_SK, STATUS_DATE_SK (yyyymmdd integer), REC_TEXT (verbatim\n    HMICFRS text, line breaks and bullets kept), ROW_IS_CURRENT (1/0), ROW_EFF_FROM_SK,\n    ROW_EFF_TO_SK (99991231 when current), ETL_BATCH_ID (31, 74, 95).\n  - `DIM_STATUS`: STATUS_SK -1 Unknown, 1 awaiting-review, 2 being-progressed, 3 complete,\n    4 superseded, 5 no-further-action (STATUS_BK slug, STATUS_DESC, STATUS_GROUP Open/Closed).\n  - `DIM_REC_TYPE`: -1 UNK, 1 REC, 2 AFI, 3 COC, 4 NREC (National recommendation).\n  - `DIM_REPORT`: REPORT_SK (101-142, -1 Unknown), REPORT_TITLE, PUBLISHED_DATE_SK (yyyymmdd),\n    REPORT_SCOPE_CD NATIONAL/FORCE. 13 real reports (12 all-forces + West Mercia PEEL 2018/19).\n  - `DIM_FORCE`: -1, 21 Warwickshire, 22 West Mercia.\n- `tracker.xlsx`, sheet `Tracker`: row 1 title, row 2 owner/last-updated, row 3 blank, row 4\n  header (No., HMICFRS ID [text], Report, Type, Recommendation / AFI (summary), Lead, RAG [text +\n  fill], Latest update, Submitted for closure [dd/mm/yyyy text]); item rows 5-52; row 53 blank;\n  row 54 RAG key. Green and Blue = done, Amber/Red = open.\n- `truth.csv` (UTF-8): 52 lines.\n\n## What the layout brings\n- Every meaning is behind a key: status (STATUS_SK 1-5), type (REC_TYPE_SK), report (REPORT_SK)\n  and published date (PUBLISHED_DATE_SK on DIM_REPORT) must be looked up on other sheets.\n- Dates are integer date keys (20200214), 19000101 / 99991231 as sentinels.\n- SCD2 history rows, not items: FACT_HMICFRS_REC!24 (8616, old being-progressed),\n  !32 (8545, old being-progressed), !36 (10454, old being-progressed). Their current versions\n  are rows 51 (8616), 50 (8545), 49 (10454), appended by batch 95 with status 3 Complete.\n- Row order is load order (REC_SK), not report order; the 2021 "powers" report is appended at\n  rows 44-48 by batch 74.\n- FACT row for 10460 (West Mercia cause of concern) has REC_TYPE_SK -1 (Unknown).\n- Real text quirks kept: "intelligence 86 and" footnote digit (8613), "another force; and 20"\n  (2321), curly quotes, "•the reasons" bullets with no space, "immediately:agree".\n\n## Traps and how the truth decides\n- History rows (24, 32, 36): not items; the current row decides status. 8545: current Complete,\n  tracker Amber (Tracker!37) -> closeable_local (using the history row would wrongly give in_sync).\n  8616 and 10454: Complete/Blue -> in_sync.\n- Near-identical texts: 1186 (S&S 2013, "elected local policing bodies", Superseded; tracker\n  Tracker!7 Amber -> closeable_local) vs 5127 (S&S 2 2015, "police and crime commissioners",\n  Complete; Tracker!17 Blue -> in_sync). Report and wording decide the pairing.\n- Transposed reference: Tracker!13 shows "4288" for 4822 (THRR criteria) -> conflict (reference).\n- Timescales: 7032 tracker "Within six months" vs "Within three months" (Tracker!19);\n  10457 tracker "Within 3 months" vs "within six months" (Tracker!48) -> conflict.\n- Report: 8617 filed under "PEEL Legitimacy 2017" on the tracker (Tracker!31) -> conflict.\n- Type: 8543 typed "AFI" on the tracker, NREC on HMICFRS (Tracker!35) -> conflict.\n- Unknown type on HMICFRS (10460, Tracker!49): not a type conflict; in_sync.\n- Split: 8612 (Stolen freedom leadership) over Tracker!23-26 (a)-(d), part (c) Amber -> item\n  open; HMICFRS being-progressed -> four in_sync lines, same hmicfrs_row.\n- Abridged: 8702 tracker keeps only the force\'s sentence -> not a conflict, in_sync.\n- Force-only rows: Tracker!10 (Control room AFI, PEEL Efficiency 2017, no id, Green, sitting\n  inside the Austerity block) and Tracker!14 (local Task & Finish action) -> not_on_hmicfrs_list.\n- Missing from force: 3013, 6214, 8618, 12069 (the last addressed to HO/NPCC).\n\n## Counts (52 truth lines)\nin_sync 30 (incl. 4 split parts), closeable_submit 8, conflict 5, missing_from_force 4,\ncloseable_local 3, not_on_hmicfrs_list 2, review 0. HMICFRS items 47; force item rows 48.\n\n## Rows that are not items\nhmicfrs.xlsx: FACT_HMICFRS_REC!1 (header); !24, !32, !36 (ROW_IS_CURRENT 0 superseded versions\nof items whose current rows are 51, 50, 49); all rows of DIM_STATUS, DIM_REC_TYPE, DIM_REPORT,\nDIM_FORCE (code lists). tracker.xlsx: Tracker!1 title, !2 owner note, !3 blank, !4 header,\n!53 blank, !54 RAG key.\n\n## Checks run\nEvery current fact row appears in truth.csv and each HMICFRS id is unique among current rows;\nevery tracker item row 5-52 appears exactly once; both files read back with pandas and\nopenpyxl; two builds gave identical md5 for all four files. The tool was never run.\n'


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)
    prov, nfact = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    lines, legend_row, last_item_row = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    truth = []
    done_items = set()
    for i, frow, cat, why in lines:
        if i is None:
            truth.append(("", frow, cat, why))
        else:
            it = ITEMS[i]
            truth.append((prov[it[2]], frow, it[6], f"id {it[2]}: {it[7]}"))
            done_items.add(i)
    for i, it in enumerate(ITEMS):
        if i not in done_items:
            truth.append((prov[it[2]], "", it[6], f"id {it[2]}: {it[7]}"))

    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = int(t[1].split("!")[1]) if t[1] else 10**6
        return (h, f)
    truth.sort(key=key)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    return prov, nfact, legend_row, last_item_row, truth


if __name__ == "__main__":
    prov, nfact, legend_row, last_item_row, truth = main()
    from collections import Counter
    print("fact rows", nfact, "history", prov.get("_hist"), "legend row", legend_row, "last item row", last_item_row)
    print(Counter(t[2] for t in truth), len(truth))
