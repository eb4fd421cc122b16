"""Builder for the google_sheets_download_checkboxes case (round 93, case C)."""
# Real HMICFRS wording (Open Government Licence), copied as literals from
# /work/main/reconcile/casegen/texts/national.py (NATIONAL) and
# /work/shared/data/real_recommendations.csv rows 1-11 (West Mercia PEEL 2018/19).
NATIONAL = {
    'sas13': ('Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), [
        ('National recommendation',
         'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'),
        ('National recommendation',
         'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'),
        ('National recommendation',
         'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'),
    ]),
    'everyone': ("Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), [
        ('National recommendation',
         "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."),
    ]),
    'austerity': ('Policing in austerity: Meeting the challenge', (2014, 7, 22), [
        ('National recommendation',
         "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
        ('National recommendation',
         'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'),
        ('National recommendation',
         'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'),
        ('National recommendation',
         'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'),
    ]),
    'core': ('Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), [
        ('National recommendation',
         'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'),
        ('National recommendation',
         'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'),
    ]),
    'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), [
        ('National recommendation',
         'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'),
    ]),
    'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), [
        ('National recommendation',
         'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'),
    ]),
    'picture': ('Building the picture: an inspection of police information management', (2015, 7, 1), [
        ('National recommendation',
         'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'),
    ]),
    'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), [
        ('National recommendation',
         'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'),
        ('National recommendation',
         'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'),
        ('National recommendation',
         'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'),
        ('National recommendation',
         'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'),
        ('National recommendation',
         'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'),
    ]),
    'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), [
        ('National recommendation',
         'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'),
        ('National recommendation',
         'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'),
        ('National recommendation',
         'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'),
        ('National recommendation',
         'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'),
        ('National recommendation',
         'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'),
        ('National recommendation',
         'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'),
        ('National recommendation',
         'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'),
    ]),
    'efc17': ('PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), [
        ('National recommendation',
         "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."),
    ]),
    'leg17': ('PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), [
        ('Cause of concern',
         'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'),
        ('National recommendation',
         'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'),
        ('National recommendation',
         'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'),
        ('National recommendation',
         'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'),
        ('National recommendation',
         'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'),
    ]),
    'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), [
        ('National recommendation',
         'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'),
        ('National recommendation',
         'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'),
        ('National recommendation',
         'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'),
        ('National recommendation',
         'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'),
        ('National recommendation',
         'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'),
    ]),
}
WM = [
    ('recommendation',
     'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and'),
    ('recommendation',
     'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.'),
    ('recommendation',
     'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;'),
    ('recommendation',
     'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and'),
    ('recommendation',
     'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;'),
    ('recommendation',
     'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.'),
    ('recommendation',
     'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;'),
    ('cause of concern',
     'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.'),
    ('cause of concern',
     'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.'),
    ('recommendation',
     'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;'),
    ('recommendation',
     'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;'),
]

# ----------------------------------------------------------------------------------------
# Builder for case google_sheets_download_checkboxes (round 93, case C).
# Force side: West Mercia Police's HMICFRS tracker, kept in Google Sheets by the force's
# Organisational Learning team and handed over as File > Download > Microsoft Excel (.xlsx).
# HMICFRS side: the register's ordinary export (one sheet, header row 1).
# ----------------------------------------------------------------------------------------
import csv
import datetime as dt
import io
import os
import random

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "google_sheets_download_checkboxes"
OUT = os.path.join(HERE, CASE)
FORCE = "West Mercia Police"
FIXED = dt.datetime(2024, 11, 18, 9, 0, 0)

WM_TITLE = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"
WM_DATE = (2019, 5, 2)

# ---------------------------------------------------------------- the HMICFRS items
def hmicfrs_items():
    items = []   # (key, report, date, type, text)
    reports = [(k, v[0], v[1], v[2]) for k, v in NATIONAL.items()]
    wm = [("Recommendation" if t == "recommendation" else "Cause of concern", x) for t, x in WM]
    reports.append(("wm", WM_TITLE, WM_DATE, wm))
    reports.sort(key=lambda r: r[2])
    for k, title, date, its in reports:
        for i, (t, x) in enumerate(its):
            items.append(((k, i), title, dt.date(*date), t, x))
    return items

# HMICFRS status per item: (status, last status change)
HSTATUS = {
    ("sas13", 0): ("Complete", "14/03/2016"), ("sas13", 1): ("Complete", "14/03/2016"),
    ("sas13", 2): ("Complete", "02/11/2016"),
    ("everyone", 0): ("Complete", "27/04/2016"),
    ("austerity", 0): ("Complete", "19/01/2016"), ("austerity", 1): ("Superseded", "09/11/2017"),
    ("austerity", 2): ("Superseded", "09/11/2017"), ("austerity", 3): ("Complete", "19/01/2016"),
    ("core", 0): ("Being progressed", "21/06/2024"), ("core", 1): ("Complete", "30/09/2016"),
    ("integrity", 0): ("Awaiting review", "11/02/2022"),
    ("sas15", 0): ("Complete", "02/11/2016"),
    ("picture", 0): ("Being progressed", "07/07/2023"),
    ("firearms", 0): ("Complete", "15/12/2016"), ("firearms", 1): ("Being progressed", "03/05/2024"),
    ("firearms", 2): ("Complete", "22/08/2024"), ("firearms", 3): ("Being progressed", "03/05/2024"),
    ("firearms", 4): ("Awaiting review", "15/09/2015"),
    ("stolen", 0): ("Being progressed", "18/01/2024"), ("stolen", 1): ("Being progressed", "18/01/2024"),
    ("stolen", 2): ("Awaiting review", "24/10/2017"), ("stolen", 3): ("Complete", "06/06/2019"),
    ("stolen", 4): ("Being progressed", "18/01/2024"), ("stolen", 5): ("Being progressed", "18/01/2024"),
    ("stolen", 6): ("Superseded", "12/07/2024"),
    ("efc17", 0): ("Complete", "25/03/2020"),
    ("leg17", 0): ("Being progressed", "29/02/2024"), ("leg17", 1): ("Being progressed", "29/02/2024"),
    ("leg17", 2): ("Being progressed", "29/02/2024"), ("leg17", 3): ("Awaiting review", "12/12/2017"),
    ("leg17", 4): ("Complete", "17/09/2019"),
    ("wm", 0): ("Complete", "10/12/2020"), ("wm", 1): ("Being progressed", "08/04/2024"),
    ("wm", 2): ("Being progressed", "08/04/2024"), ("wm", 3): ("Complete", "15/08/2024"),
    ("wm", 4): ("Complete", "10/12/2020"), ("wm", 5): ("Awaiting review", "02/05/2019"),
    ("wm", 6): ("Being progressed", "08/04/2024"), ("wm", 7): ("Being progressed", "08/04/2024"),
    ("wm", 8): ("Being progressed", "08/04/2024"), ("wm", 9): ("Being progressed", "08/04/2024"),
    ("wm", 10): ("Complete", "10/12/2020"),
    ("powers", 0): ("Being progressed", "30/01/2024"), ("powers", 1): ("Being progressed", "30/01/2024"),
    ("powers", 2): ("Awaiting review", "26/02/2021"),
    ("powers", 3): ("No further action required", "14/05/2021"),
    ("powers", 4): ("Being progressed", "30/01/2024"),
}

# ---------------------------------------------------------------- the force rows
# Each row: keys (HMICFRS items it covers; [] = none), ref as typed, report label, type,
# force wording, lead (people chip -> e-mail), dept, status (dropdown chip text), target,
# ready (checkbox), submitted (checkbox), date submitted, update, evidence file chip,
# then per key: (category, why).
P = {
    "hadley": "rachel.hadley@westmercia.police.uk", "okafor": "dan.okafor@westmercia.police.uk",
    "brennan": "siobhan.brennan@westmercia.police.uk", "price": "gareth.price@westmercia.police.uk",
    "walsh": "karen.walsh@westmercia.police.uk", "iqbal": "imran.iqbal@westmercia.police.uk",
    "morgan": "tom.morgan@westmercia.police.uk", "lees": "helen.lees@westmercia.police.uk",
}

def R(keys, ref, report, typ, text, lead, dept, status, target, ready, sub, dsub, update,
      evid, verdicts):
    return dict(keys=keys, ref=ref, report=report, type=typ, text=text, lead=P[lead], dept=dept,
                status=status, target=target, ready=ready, sub=sub, dsub=dsub, update=update,
                evid=evid, verdicts=verdicts)

SS = "S&S 2013 (HMIC)"
ROWS = [
    # ---------------- Crime & Vulnerability
    R([("wm", 1)], "{wm1}", "PEEL 2018/19", "Rec",
      "Review (with partners) of our approach to vulnerability - better safeguarding",
      "brennan", "Crime & Vulnerability", "On track", "31/03/2025", False, False, None,
      "Vulnerability review Phase 2 with LSCPs; report to FEB Jan 25.", None,
      [("in_sync", "Same ask (vulnerability review with partners); HMICFRS Being progressed, "
                   "force On track: open on both.")]),
    R([("wm", 6)], "{wm6}", "PEEL 2018/19", "Rec",
      "Within 6 months - regular & active supervision of investigation quality/progress, "
      "supervision properly recorded",
      "brennan", "Crime & Vulnerability", "On track", "30/06/2025", False, False, None,
      "Investigation standards dip-sample monthly; Niche supervision template live in 3 of 5 LPAs.",
      None,
      [("in_sync", "Same ask, same 'within six months'; Being progressed vs On track: both open.")]),
    R([("wm", 8)], "{wm8}", "PEEL 2018/19", "CoC",
      "CoC - capacity/capability to investigate crime effectively (failings in how crimes are "
      "investigated)",
      "brennan", "Crime & Vulnerability", "On track", "31/03/2025", False, False, None,
      "Investigations improvement plan (Op Tenacity) - 11 of 17 actions delivered.", None,
      [("in_sync", "Cause of concern on both sides, same wording cut down; both open.")]),
    R([("wm", 9)], "", "PEEL 2018/19", "Rec",
      "Digital evidence - retrieve from phones/computers/devices quickly enough so investigations "
      "not delayed (within 6 months)",
      "okafor", "Crime & Vulnerability", "At risk", "31/12/2024", False, False, None,
      "DFU backlog 412 devices (Oct). Kiosk roll-out delayed by procurement.", None,
      [("in_sync", "No ref typed; wording is the digital evidence rec. 'At risk' is still open; "
                   "HMICFRS Being progressed: both open.")]),
    R([("wm", 10)], "{wm10}", "PEEL 2018/19", "Rec",
      "RUI / bail - improve understanding & management of suspects released under investigation "
      "or on bail",
      "okafor", "Crime & Vulnerability", "Complete", "30/11/2019", True, True, "14/09/2020",
      "Bail & RUI management unit in place; closed by HMICFRS Dec 2020.",
      "RUI bail unit closure pack.pdf",
      [("in_sync", "Complete on both sides (HMICFRS Complete 10/12/2020).")]),
    R([("stolen", 0)], "{stolen0}", "Stolen Freedom (MSHT) 2017", "Nat Rec",
      "MSHT leadership & governance review (12 months) - part 1: senior leaders prioritise "
      "MSHT; every MSHT incident allocated resources with skills/capacity to investigate",
      "walsh", "Crime & Vulnerability", "Complete", "24/10/2018", True, False, None,
      "Gold group chaired by ACC; MSHT SPOC in each LPA.", "MSHT gold group ToR.docx",
      [("in_sync", "Force split this four-bullet rec over three rows (bullets 1-2 here, 3, 4). "
                   "This part is Complete but the bullet-4 row is still On track, so the item is "
                   "still open for the force; HMICFRS Being progressed: both open.")]),
    R([("stolen", 0)], "{stolen0}", "Stolen Freedom (MSHT) 2017", "Nat Rec",
      "MSHT governance - part 2: effective partnership arrangements to co-ordinate activity, "
      "share info, safeguard victims",
      "walsh", "Crime & Vulnerability", "Complete", "24/10/2018", True, False, None,
      "Anti-slavery partnership (West Mercia) meets quarterly.", None,
      [("in_sync", "Second of three split rows of the MSHT leadership rec (bullet 3). Part "
                   "done, item not: open on both.")]),
    R([("stolen", 0)], "{stolen0}", "Stolen Freedom (MSHT) 2017", "Nat Rec",
      "MSHT governance - part 3: performance & QA measures so senior leaders can assess quality "
      "of service to victims",
      "walsh", "Crime & Vulnerability", "On track", "31/03/2025", False, False, None,
      "Victim survey for MSHT agreed; Power BI dashboard in build.", None,
      [("in_sync", "Third split row (bullet 4), still On track, so the whole item is open; "
                   "HMICFRS Being progressed: in sync.")]),
    R([("stolen", 1)], "{stolen1}", "Stolen Freedom (MSHT) 2017", "Nat Rec",
      "Info-sharing agreements with other agencies (intel exchange, safeguard victims, identify "
      "suspects early) - 6 months",
      "walsh", "Crime & Vulnerability", "Complete", "24/04/2018", True, False, None,
      "ISAs signed with GLAA, both LAs and Border Force. Ready for closure - evidence on drive.",
      "MSHT ISA evidence.pdf",
      [("closeable_submit", "Same ask (HMICFRS text carries a stray footnote '86'); force "
                            "Complete and ticked ready, HMICFRS still Being progressed.")]),
    R([("stolen", 2)], "", "Stolen Freedom (MSHT) 2017", "Nat Rec",
      "s45 defence - victims committing offences under compulsion get early & continuing "
      "consideration of the s45 defence",
      "walsh", "Crime & Vulnerability", "On track", "31/03/2025", False, False, None,
      "CPS joint protocol being refreshed.", None,
      [("in_sync", "No ref typed; only item about the section 45 defence. Awaiting review "
                   "(open) vs On track: both open.")]),
    R([("stolen", 3)], "{stolen3}", "Stolen Freedom (MSHT) 2017", "Nat Rec",
      "NRM - fully compliant with NRM process & duty to notify Home Office (MSA 2015)",
      "walsh", "Crime & Vulnerability", "Complete", "24/10/2017", True, True, "11/03/2019",
      "Closed by HMICFRS June 2019.", None,
      [("in_sync", "Complete on both sides.")]),
    R([("stolen", 4)], "{stolen4}", "Stolen Freedom (MSHT) 2017", "Nat Rec",
      "NCRS compliance for MSHT offences + FCR audit capacity",
      "lees", "Crime & Vulnerability", "Complete - pending sign off by FCR",
      "24/10/2017", True, False, None,
      "Audit Q2 showed 96% compliance. Typed status because dropdown had no 'pending' option.",
      None,
      [("closeable_submit", "Status typed over the dropdown ('Complete - pending sign off by "
                            "FCR', shown invalid in Sheets) and Ready ticked: the force treats "
                            "it as done; HMICFRS Being progressed.")]),
    R([("stolen", 5)], "", "Stolen Freedom (MSHT) 2017", "Nat Rec",
      "MSHT allegations thoroughly investigated & supervised by teams with right skills",
      "walsh", "Crime & Vulnerability", "At risk", "31/03/2025", False, False, None,
      "Capacity in PVP teams; see CoC investigation plan.", None,
      [("in_sync", "Only MSHT item about investigation and supervision; At risk (open) vs "
                   "Being progressed.")]),
    R([("stolen", 6)], "{stolen6}", "Stolen Freedom (MSHT) 2017", "Nat Rec",
      "Review use of preventative powers (STPOs/SROs) under MSA 2015",
      "walsh", "Crime & Vulnerability", "On track", "31/03/2025", False, False, None,
      "Orders guidance drafted with legal services.", None,
      [("closeable_local", "HMICFRS closed it as Superseded (12/07/2024); force still On "
                           "track: close the local entry.")]),
    R([("everyone", 0)], "{everyone0}", "Everyone's Business (DA) 2014", "Nat Rec",
      "Publish DA action plan (consult PCC, support orgs, victims; DHRs/IPCC; CPS panels, "
      "MARAC self-assessments)",
      "brennan", "Crime & Vulnerability", "Complete", "30/09/2014", True, True, "02/02/2016",
      "", None,
      [("in_sync", "Complete on both sides; force kept all four bullets in its summary.")]),
    R([], "", "Internal audit 2023/24", "Other",
      "DA - MATAC pilot evaluation (internal audit finding 4)",
      "brennan", "Crime & Vulnerability", "On track", "31/01/2025", False, False, None,
      "Added by OL team 08/23 - internal audit, not HMICFRS.", None,
      [("not_on_hmicfrs_list", "Internal audit action (the row says so); nothing like it on "
                               "the HMICFRS list.")]),
    R([], "", "PEEL 2021/22", "AFI",
      "AFI - improve supervision of investigations so plans are set, reviewed and recorded and "
      "victims get a consistently good service",
      "brennan", "Crime & Vulnerability", "On track", "31/03/2025", False, False, None,
      "Linked to PEEL 18/19 supervision rec - same workstream.", None,
      [("not_on_hmicfrs_list", "A PEEL 2021/22 AFI; no 2021/22 report on this HMICFRS list. "
                               "Its wording overlaps the 2018/19 'supervision of "
                               "investigations' rec, but that rec has its own row (type Rec, "
                               "'within 6 months'); this AFI is a different item. Query "
                               "with HMICFRS.")]),
    # ---------------- Local Policing / Contact
    R([("core", 0)], "{core0}", "Core Business 2014", "Nat Rec",
      "THRR - give call-handlers specific, sound & comprehensible criteria to assess threat, "
      "harm & risk (by 31/3/15)",
      "price", "Local Policing", "", "31/03/2015", True, True, "04/06/2024",
      "THRIVE+ criteria embedded in OCC; evidence submitted via portal 4/6/24.",
      "OCC THRIVE evidence pack.pdf",
      [("closeable_submit", "Status chip cleared (blank) but both Ready and Submitted are "
                            "ticked with a date submitted 04/06/2024: the force considers it "
                            "done; HMICFRS still Being progressed.")]),
    R([("core", 1)], "{core1}", "Core Business 2014", "Nat Rec",
      "Crime prevention / disruption activity recorded & evaluated (by 31/3/15)",
      "price", "Local Policing", "Complete", "31/03/2015", True, True, "12/05/2016", "", None,
      [("in_sync", "Complete on both.")]),
    R([("wm", 5)], "{wm5}", "PEEL Legitimacy 2017", "Rec",
      "Improve arrangements to consult public on business planning & feed back on changes made "
      "as a result",
      "hadley", "Corporate Services", "On track", "31/03/2025", False, False, None,
      "Community engagement strategy refresh; 'You said, we did' pages.", None,
      [("conflict", "Text is the PEEL 2018/19 consultation rec (HMICFRS Awaiting review, force "
                    "On track), but the force filed it under 'PEEL Legitimacy 2017'. Report "
                    "disagrees: conflict (report).")]),
    # ---------------- Stop and search (Local Policing)
    R([("sas13", 0)], "{sas130}", SS, "Nat Rec",
      "APP - clear spec of effective & fair use of S&S (with College of Policing)",
      "iqbal", "Local Policing", "Complete", "", True, True, "01/12/2015", "", None,
      [("in_sync", "Complete on both.")]),
    R([("sas13", 1)], "TYPO", SS, "Nat Rec",
      "Establish/improve monitoring of how officers stop & search (lawful incl. equality, "
      "effective, public trust)",
      "iqbal", "Local Policing", "Complete", "", True, True, "01/12/2015", "", None,
      [("conflict", "Text is plainly the 2013 monitoring rec (Complete on both sides), but the "
                    "Ref typed is {typo}, which is not this item's register reference {real} "
                    "(and is no item on the list): digits transposed. Reference disagrees: "
                    "conflict (reference).")]),
    R([("sas13", 2)], "{sas132}", SS, "Nat Rec",
      "Explain S&S use to public and community scrutiny of records (incl. young people)",
      "iqbal", "Local Policing", "Complete", "", True, True, "01/12/2015", "", None,
      [("in_sync", "Complete on both.")]),
    R([("sas15", 0)], "{sas150}", "Stop & search powers 2 (2015)", "Nat Rec",
      "Comply with Code - explain S&S to public; community reps scrutinise records (with PCC)",
      "iqbal", "Local Policing", "Complete", "", True, True, "01/12/2015", "", None,
      [("in_sync", "Complete on both. Near-twin of the 2013 rec 3 but filed under the 2015 "
                   "report and 'police and crime commissioners' wording.")]),
    R([("leg17", 0)], "{leg170}", "PEEL Legit 17 S&S", "Nat Rec",
      "Forces can't demonstrate S&S is reasonable & fair - BAME/black over-representation "
      "unexplained",
      "iqbal", "Local Policing", "On track", "31/03/2025", False, False, None,
      "Disproportionality panel; see linked recs.", None,
      [("conflict", "Same item (the 2017 stop and search concern), both open, but the "
                    "register types it Cause of concern and the force types it 'Nat Rec'. "
                    "Type disagrees: conflict (type).")]),
    R([("leg17", 1)], "{leg171}", "PEEL Legit 17 S&S", "Nat Rec",
      "By July 2018 monitor S&S data to understand: reasons for disproportionate "
      "representation of ethnic groups; how find rates differ by ethnicity and search type "
      "(incl. drug possession vs supply).",
      "iqbal", "Local Policing", "On track", "31/03/2025", False, False, None,
      "Quarterly S&S dashboard.", None,
      [("conflict", "Same rec, both open, but the force's text stops after the second bullet: "
                    "the third bullet (prevalence of possession-only drug searches and fit "
                    "with priorities) is missing. Missing bullet: conflict.")]),
    R([("leg17", 2)], "{leg172}", "PEEL Legit 17 S&S", "Nat Rec",
      "Where disparities found - show public research/analysis done & action taken to reduce",
      "iqbal", "Local Policing", "Complete", "31/07/2018", True, False, None,
      "Annual disproportionality report published Sept 24 - ready for closure.",
      "S&S disproportionality report 2024.pdf",
      [("closeable_submit", "Force Complete and ticked Ready; HMICFRS Being progressed.")]),
    R([("leg17", 3)], "{leg173}", "PEEL Legit 17 S&S", "Nat Rec",
      "Publish the analysis + actions at least annually from July 2018",
      "iqbal", "Local Policing", "On track", "31/07/2025", False, False, None,
      "2024 report published; need to show annual cycle.", None,
      [("in_sync", "Awaiting review (open) vs On track: both open.")]),
    R([("leg17", 4)], "{leg174}", "PEEL Legit 17 S&S", "Nat Rec",
      "All S&S officers trained - unconscious bias + CoP APP",
      "iqbal", "Local Policing", "Complete", "31/07/2018", True, True, "03/06/2019", "", None,
      [("in_sync", "Complete on both.")]),
    R([("powers", 0)], "{powers0}", "Police powers spotlight (Feb 21)", "Nat Rec",
      "By July 2022 - officers & staff effective communication skills (Conflict Mgmt "
      "guidelines) on top of de-escalation training",
      "iqbal", "Local Policing", "On track", "31/07/2022", False, False, None,
      "PST refresh includes comms module; 71% trained.", None,
      [("in_sync", "Both open (Being progressed / On track).")]),
    R([("powers", 1)], "{powers1}", "Police powers spotlight (Feb 21)", "Nat Rec",
      "Comms skills in CPD; supervisors debrief officers using BWV (by July 2021)",
      "iqbal", "Local Policing", "Complete", "31/07/2021", True, True, "19/09/2024",
      "Submitted 19/9/24.", "BWV debrief guidance.pdf",
      [("closeable_submit", "Force Complete, Submitted ticked 19/09/2024; HMICFRS still "
                            "Being progressed (last change 30/01/2024).")]),
    R([("powers", 3)], "{powers3}", "Police powers spotlight (Feb 21)", "Nat Rec",
      "Home Office/NPCC - data quality on use of force in S&S (not for force)",
      "iqbal", "Local Policing", "Not applicable", "", False, False, None,
      "For Home Office & NPCC - nothing for WMP.", None,
      [("in_sync", "HMICFRS 'No further action required' (closed) and force 'Not applicable' "
                   "(nothing to deliver, treated as done): both closed.")]),
    R([("powers", 4)], "{powers4}", "Police powers spotlight (Feb 21)", "Nat Rec",
      "Internal monitoring of use of force - identify/understand disproportionate use, "
      "explain, improve",
      "iqbal", "Local Policing", "Not started", "31/07/2021", False, False, None,
      "Awaiting new UoF form in Niche.", None,
      [("in_sync", "Not started is open; HMICFRS Being progressed: both open.")]),
    # ---------------- Firearms licensing
    R([("firearms", 0)], "{firearms0}", "Firearms licensing 2015", "Nat Rec",
      "Governance of FL against APP (3 months)",
      "morgan", "Firearms Licensing", "Complete", "15/12/2015", True, True, "01/03/2016", "",
      None, [("in_sync", "Complete on both.")]),
    R([("firearms", 1)], "{firearms1}", "Firearms licensing 2015", "Nat Rec",
      "Demand on FL dept & capacity to meet it (3 months)",
      "morgan", "Firearms Licensing", "Complete", "15/12/2015", True, True, "07/10/2024",
      "Demand model + 4 extra FEOs; submitted Oct 24.", "FL demand review.xlsx",
      [("closeable_submit", "Force Complete, submitted 07/10/2024; HMICFRS Being progressed.")]),
    R([("firearms", 2)], "{firearms2}", "Firearms licensing 2015", "Nat Rec",
      "'Total expired' records - all appropriate action taken",
      "morgan", "Firearms Licensing", "On track", "31/12/2024", False, False, None,
      "Expired list down to 37.", None,
      [("closeable_local", "HMICFRS Complete (22/08/2024); force still On track: close the "
                           "local entry.")]),
    R([("firearms", 3)], "{firearms3}", "Firearms licensing 2015", "Nat Rec",
      "Temporary permits per HO guidance, recorded on NFLMS without delay; no unlawful "
      "possession",
      "morgan", "Firearms Licensing", "On track", "31/12/2024", False, False, None,
      "NFLMS audit monthly.", None,
      [("in_sync", "Both open.")]),
    R([("firearms", 4)], "", "Firearms licensing 2015", "Nat Rec",
      "Within six months - systems flag if incident involves/at address of a certificate "
      "holder, applied by dispatchers; officers know risk assessment & seizure powers",
      "morgan", "Firearms Licensing", "On track", "31/03/2016", False, False, None,
      "STORM flag in place; briefing product outstanding.", None,
      [("conflict", "Same ask (firearm-holder flags applied by dispatchers), both open, but "
                    "the force wrote 'Within six months' where HMICFRS says 'Within three "
                    "months'. Timescale disagrees: conflict.")]),
    # ---------------- Professional Standards
    R([("integrity", 0)], "{integrity0}", "Integrity Matters 2015", "Nat Rec",
      "By 31 Aug 2016 - satisfy ourselves misconduct investigations ending NFA are fair & free "
      "of discrimination",
      "lees", "Professional Standards", "On track", "31/08/2016", False, False, None,
      "PSD dip sample of NFA outcomes by protected characteristic.", None,
      [("conflict", "Same rec, both open, but the deadline differs: force '31 Aug 2016', "
                    "HMICFRS 'By 31 August 2015'. Timescale disagrees: conflict.")]),
    # ---------------- People / Change
    R([("wm", 0)], "{wm0}", "PEEL 2018/19", "Rec",
      "Review officers' capability & capacity to manage investigative workload",
      "hadley", "People", "Complete", "31/10/2019", True, True, "14/09/2020", "", None,
      [("in_sync", "Complete on both.")]),
    R([("wm", 2)], "{wm2}", "PEEL 2018/19", "Rec",
      "Expand skills project - all skills not just operational, incl. future; inform "
      "workforce plans",
      "hadley", "People", "Complete", "31/03/2024", True, False, None,
      "Skills audit complete; Strategic Workforce Plan 24-27 approved. Ready to submit.",
      "SWP 2024-27.pdf",
      [("closeable_submit", "Force Complete, Ready ticked (not yet submitted); HMICFRS Being "
                            "progressed.")]),
    R([("wm", 3)], "{wm3}", "PEEL 2018/19", "Rec",
      "Agree arrangements with Warwickshire for smooth transition to new operating model",
      "hadley", "Change", "On track", "31/03/2025", False, False, None,
      "Residual collaboration agreements (firearms, dogs) being finalised.", None,
      [("closeable_local", "HMICFRS Complete (15/08/2024); force still On track: close "
                           "locally.")]),
    R([("wm", 4)], "{wm4}", "PEEL 2018/19", "Rec",
      "Define new operating model - affordable & fit to protect communities of West Mercia",
      "hadley", "Change", "Complete", "30/09/2019", True, True, "14/09/2020", "", None,
      [("in_sync", "Complete on both.")]),
    R([("wm", 7)], "{wm7}", "PEEL 2018/19", "CoC",
      "CoC - arrangements to maintain full services when alliance with Warwickshire ends",
      "hadley", "Change", "Complete", "30/09/2019", True, False, None,
      "Alliance ended Oct 2019 with no loss of service. Ready for closure.", None,
      [("closeable_submit", "Cause of concern on both; force Complete and Ready ticked; "
                            "HMICFRS Being progressed.")]),
    R([("efc17", 0)], "{efc170}", "PEEL Efficiency 17 (all forces)", "Nat Rec",
      "Ambitious plan for digitally-enabled services (by Sept 2018)",
      "hadley", "Change", "Complete", "30/09/2018", True, True, "22/11/2019", "", None,
      [("in_sync", "Complete on both.")]),
    R([("austerity", 0)], "{austerity0}", "Policing in Austerity 2014", "Nat Rec",
      "Review savings plans - reduce crime, protect front line, balance budget (use VfM "
      "profiles)",
      "hadley", "Corporate Services", "Complete", "", True, True, "01/12/2015", "", None,
      [("in_sync", "Complete on both.")]),
    R([("austerity", 1), ("austerity", 2)], "{austerity1} / {austerity2}",
      "Policing in Austerity 2014", "Nat Rec",
      "Austerity recs 2 & 3: assess scope to improve collaboration if <10% savings from it; "
      "assess decisive action to keep crime-fighting capacity if front line shrinking",
      "hadley", "Corporate Services", "On track", "31/03/2025", False, False, None,
      "Picked up in MTFP review each year.", None,
      [("closeable_local", "One force row holds two items (both refs typed). This is rec 2 "
                           "(collaboration <10%): HMICFRS Superseded, force On track: close "
                           "locally."),
       ("closeable_local", "Same combined row, second item: rec 3 (front-line workforce, "
                           "crime-fighting capacity): HMICFRS Superseded, force On track.")]),
    R([("austerity", 3)], "{austerity3}", "Policing in Austerity 2014", "Nat Rec",
      "Review collaboration plans for next spending round (forces, public, private sector)",
      "hadley", "Corporate Services", "Complete", "", True, True, "01/12/2015", "", None,
      [("in_sync", "Complete on both.")]),
    R([], "", "Custody 2022 (HMICFRS/HMIP)", "Rec",
      "Children in custody - review detention with children's social care (detain only when "
      "necessary, alternative accommodation, records, appropriate adults)",
      "okafor", "Crime & Vulnerability", "On track", "31/03/2025", False, False, None,
      "Custody improvement plan action 7.", None,
      [("not_on_hmicfrs_list", "Joint custody inspection item; no custody report on this "
                               "HMICFRS list and no item about children in custody. Query "
                               "with HMICFRS.")]),
]
# Items with no force row at all
MISSING = {
    ("picture", 0): "Building the picture (information management APP audits) is Being "
                    "progressed on the register; no row in the tracker mentions information "
                    "management, APP audits or the 2015 report. Nobody owns it.",
    ("powers", 2): "The three-part body-worn video rec (record whole encounters; review BWV "
                   "samples; give scrutiny panels access) is Awaiting review on the register; "
                   "the only BWV mention in the tracker is the CPD/debrief row, which is a "
                   "different rec (By July 2021, communication skills). Not on the tracker.",
}

# ---------------------------------------------------------------- writing
def d(s):
    return dt.datetime.strptime(s, "%d/%m/%Y") if s else None


def build():
    rng = random.Random(9303)
    items = hmicfrs_items()
    assert len(items) == len(HSTATUS) == 47, (len(items), len(HSTATUS))
    # register references: plain integers, unique, rising with publication date
    refs, cur = {}, 1180
    for key, *_ in items:
        cur += rng.randint(7, 160)
        refs[key] = cur
    real = refs[("sas13", 1)]
    s = str(real)
    typo = int(s[:2] + s[3] + s[2])
    assert typo not in refs.values() and typo != real
    hrow = {key: i + 2 for i, (key, *_) in enumerate(items)}
    os.makedirs(OUT, exist_ok=True)

    # ---------------- hmicfrs.xlsx: the register's ordinary export
    wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
    wb.set_properties({"title": "Recommendations register export", "author": "HMICFRS",
                       "created": FIXED})
    ws = wb.add_worksheet("Recommendations")
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    heads = ["Reference", "Force", "Report title", "Publication date", "Type",
             "Recommendation", "Status", "Status date"]
    ws.write_row(0, 0, heads, hdr)
    for i, (key, title, pub, typ, text) in enumerate(items):
        r = i + 1
        st, sd = HSTATUS[key]
        ws.write_number(r, 0, refs[key], top)
        ws.write_string(r, 1, FORCE, top)
        ws.write_string(r, 2, title, wrap)
        ws.write_datetime(r, 3, dt.datetime(pub.year, pub.month, pub.day), dfmt)
        ws.write_string(r, 4, typ, top)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, st, top)
        ws.write_datetime(r, 7, d(sd), dfmt)
    for c, w in enumerate([11, 22, 45, 14, 22, 90, 26, 12]):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(items), len(heads) - 1)
    wb.close()

    # ---------------- tracker.xlsx: Google Sheets > Download > Microsoft Excel
    wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
    wb.set_properties({"created": FIXED})   # a Sheets download carries no author/title
    base = {"font_name": "Arial", "font_size": 10}
    F = lambda **k: wb.add_format({**base, **k})
    title_f = F(bold=True, font_size=14, font_color="#FFFFFF", bg_color="#1F3864")
    note_f = F(italic=True, font_color="#595959")
    head_f = F(bold=True, font_color="#FFFFFF", bg_color="#3C78D8", text_wrap=True,
               valign="vcenter", border=1, border_color="#FFFFFF")
    band = ["#FFFFFF", "#E8F0FE"]
    cell_f = {b: F(valign="top", bg_color=b) for b in band}
    wrap_f = {b: F(valign="top", text_wrap=True, bg_color=b) for b in band}
    date_f = {b: F(valign="top", num_format="dd/mm/yyyy", bg_color=b) for b in band}
    link_f = {b: F(valign="top", font_color="#1155CC", underline=1, bg_color=b) for b in band}
    chk_f = {b: F(valign="top", align="center", bg_color=b) for b in band}
    plain_chk = F(align="center")

    ws = wb.add_worksheet("HMICFRS Tracker")
    ws.merge_range(0, 0, 0, 12, "West Mercia Police – HMICFRS Recommendations & AFIs tracker "
                   "(Organisational Learning)", title_f)
    ws.write_string(1, 0, "Live Google Sheet – please use the Status dropdown. Tick 'Ready for "
                    "closure?' when evidence is on the shared drive; OL team ticks 'Submitted "
                    "to HMICFRS'. Downloaded 18/11/2024 for the JAC reconciliation.", note_f)
    heads = ["Ref", "Report", "Type", "Recommendation / AFI", "Lead", "Dept", "Status",
             "Target date", "Ready for closure?", "Submitted to HMICFRS", "Date submitted",
             "Latest update", "Evidence"]
    ws.write_row(2, 0, heads, head_f)
    ws.set_row(2, 30)
    fmtmap = {f"{k[0]}{k[1]}": refs[k] for k in refs}
    truth = []
    r = 3
    for i, row in enumerate(ROWS):
        b = band[i % 2]
        ref = row["ref"]
        if ref == "TYPO":
            ws.write_number(r, 0, typo, cell_f[b])
        elif ref.startswith("{") and "/" not in ref:
            ws.write_number(r, 0, fmtmap[ref[1:-1]], cell_f[b])
        elif ref:
            ws.write_string(r, 0, ref.format(**fmtmap), cell_f[b])
        else:
            ws.write_blank(r, 0, None, cell_f[b])
        ws.write_string(r, 1, row["report"], wrap_f[b])
        ws.write_string(r, 2, row["type"], cell_f[b])
        ws.write_string(r, 3, row["text"], wrap_f[b])
        ws.write_url(r, 4, "mailto:" + row["lead"], link_f[b], string=row["lead"])
        ws.write_string(r, 5, row["dept"], cell_f[b])
        if row["status"]:
            ws.write_string(r, 6, row["status"], cell_f[b])
        else:
            ws.write_blank(r, 6, None, cell_f[b])
        if row["target"]:
            ws.write_datetime(r, 7, d(row["target"]), date_f[b])
        else:
            ws.write_blank(r, 7, None, date_f[b])
        ws.write_boolean(r, 8, row["ready"], chk_f[b])
        ws.write_boolean(r, 9, row["sub"], chk_f[b])
        if row["dsub"]:
            ws.write_datetime(r, 10, d(row["dsub"]), date_f[b])
        else:
            ws.write_blank(r, 10, None, date_f[b])
        if row["update"]:
            ws.write_string(r, 11, row["update"], wrap_f[b])
        else:
            ws.write_blank(r, 11, None, wrap_f[b])
        if row["evid"]:
            fid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                     "0123456789_-") for _ in range(33))
            ws.write_url(r, 12, f"https://drive.google.com/file/d/{fid}/view?usp=drive_link",
                         link_f[b], string=row["evid"])
        else:
            ws.write_blank(r, 12, None, cell_f[b])
        frow = f"HMICFRS Tracker!{r + 1}"
        if row["keys"]:
            for key, (cat, why) in zip(row["keys"], row["verdicts"]):
                why = why.format(typo=typo, real=real)
                truth.append((f"Recommendations!{hrow[key]}", frow, cat, why))
        else:
            cat, why = row["verdicts"][0]
            truth.append(("", frow, cat, why))
        r += 1
    last_item_row = r          # 0-based index of first row after the items
    # checkboxes were inserted down the whole column range in Sheets: the empty rows below the
    # list still carry unticked boxes, which the download writes as FALSE
    n_false = 7
    for k in range(n_false):
        ws.write_boolean(r + k, 8, False, plain_chk)
        ws.write_boolean(r + k, 9, False, plain_chk)
    for key, why in MISSING.items():
        truth.append((f"Recommendations!{hrow[key]}", "", "missing_from_force", why))
    truth.sort(key=lambda t: (int(t[0].split("!")[1]) if t[0] else 10**6,
                              int(t[1].split("!")[1]) if t[1] else 0))
    ws.data_validation(3, 6, r + n_false - 1, 6,
                       {"validate": "list", "source": "=Dropdowns!$A$2:$A$6",
                        "error_type": "warning", "show_error": True})
    for c, w in enumerate([9, 20, 8, 60, 34, 20, 16, 11, 10, 11, 11, 40, 28]):
        ws.set_column(c, c, w)
    ws.freeze_panes(3, 0)
    ws.autofilter(2, 0, last_item_row - 1, 12)

    dl = wb.add_worksheet("Dropdowns")
    dl.write_row(0, 0, ["Status", "Type", "Dept"], F(bold=True))
    for j, v in enumerate(["Not started", "On track", "At risk", "Complete", "Not applicable"]):
        dl.write_string(j + 1, 0, v, F())
    for j, v in enumerate(["Rec", "CoC", "AFI", "Nat Rec", "Other"]):
        dl.write_string(j + 1, 1, v, F())
    for j, v in enumerate(["Crime & Vulnerability", "Local Policing", "Firearms Licensing",
                           "Professional Standards", "People", "Change",
                           "Corporate Services"]):
        dl.write_string(j + 1, 2, v, F())
    hw = wb.add_worksheet("How to use")
    for j, line in enumerate([
            "How to use this tracker",
            "1. One row per HMICFRS recommendation / AFI / cause of concern. Split long recs "
            "into parts if different people own them ('part 1', 'part 2').",
            "2. Lead = type @ and pick the person.",
            "3. Status from the dropdown only. Not applicable = not for WMP to deliver.",
            "4. Tick 'Ready for closure?' once evidence is in the shared drive and linked in "
            "Evidence. OL team submits to the HMICFRS portal and ticks 'Submitted'.",
            "5. Do not delete rows – the OL team archives them after HMICFRS closes them."]):
        hw.write_string(j, 0, line, F(bold=(j == 0)))
    hw.set_column(0, 0, 110)
    wb.close()

    # ---------------- truth.csv
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    return dict(items=items, rows=ROWS, truth=truth, counts=counts, refs=refs, typo=typo,
                real=real, last_item_row=last_item_row, n_false=n_false, hrow=hrow)

# ---------------------------------------------------------------- README
def readme(info):
    c = info["counts"]
    n_rows = len(info["rows"])
    first, last = 4, 3 + n_rows
    fr0, fr1 = last + 1, last + info["n_false"]
    frow = {}
    for i, row in enumerate(info["rows"]):
        for k in row["keys"]:
            frow.setdefault(k, []).append(i + 4)
    h = info["hrow"]
    def fr(k):
        return ", ".join(str(x) for x in frow[k])
    nrow = [i + 4 for i, row in enumerate(info["rows"]) if not row["keys"]]
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    lines = [
        f"# {CASE}",
        "",
        "## Story",
        "",
        "West Mercia Police's Organisational Learning (OL) team moved its HMICFRS tracker off a "
        "shared Excel file into a **Google Sheet** so that department leads could update their "
        "own rows at the same time. Leads are picked with the `@` person chip, Status is a "
        "dropdown chip, and two **checkbox** columns carry the closure workflow: a lead ticks "
        "*Ready for closure?* when evidence is on the shared drive (linked as a Drive file chip "
        "in *Evidence*), and the OL team ticks *Submitted to HMICFRS* after using the portal. "
        "Before the Joint Audit Committee the analyst downloads it with *File > Download > "
        "Microsoft Excel (.xlsx)* and reconciles it with the register export HMICFRS sent. The "
        "download leaves the marks of Sheets: TRUE/FALSE booleans for checkboxes (also in the "
        "unused rows the checkboxes were inserted into), people chips as e-mail addresses with "
        "mailto links, file chips as hyperlinked file names, dropdown text that people typed "
        "over (Sheets only warns), a cleared chip left blank, Arial 10, banded rows, a frozen "
        "three-row top, a filter on the header, and helper tabs for the dropdown lists and the "
        "instructions.",
        "",
        "## Files",
        "",
        "- `hmicfrs.xlsx` — sheet `Recommendations`, header row 1, item rows 2–"
        f"{len(info['items']) + 1} ({len(info['items'])} items, one force: {FORCE}). Columns: "
        "Reference (plain integer), Force, Report title, Publication date (date), Type "
        "(National recommendation / Recommendation / Cause of concern), Recommendation (real "
        "wording, curly quotes, inline bullets, footnote digit '86' kept), Status (Complete, "
        "Superseded, No further action required, Being progressed, Awaiting review), Status "
        "date (date). Sorted by publication date. 12 national reports + the force's PEEL "
        "2018/19 report (7 recommendations, 2 causes of concern, 2 CoC recommendations).",
        "- `tracker.xlsx` — the Google Sheets download. Sheets:",
        "  - `HMICFRS Tracker`: row 1 merged title (A1:M1), row 2 instruction note, **row 3 "
        f"header**, item rows {first}–{last} ({n_rows} rows), rows {fr0}–{fr1} hold only FALSE "
        "in I and J (unticked checkboxes in empty rows). Columns: A Ref (register reference as "
        "a number when typed; one text cell with two refs; often blank), B Report (the force's "
        "own short names: 'PEEL 2018/19', 'S&S 2013 (HMIC)', 'Police powers spotlight (Feb "
        "21)'…), C Type (Rec / CoC / AFI / Nat Rec / Other), D Recommendation / AFI (force's "
        "own shortened wording), E Lead (e-mail, mailto link), F Dept, G Status (dropdown: Not "
        "started / On track / At risk / Complete / Not applicable), H Target date, I Ready for "
        "closure? (boolean), J Submitted to HMICFRS (boolean), K Date submitted, L Latest "
        "update, M Evidence (hyperlinked Drive file name). Sorted by department, not report.",
        "  - `Dropdowns`: the dropdown source lists (not items).",
        "  - `How to use`: instructions (not items).",
        "- `truth.csv` — UTF-8, one line per reconciliation item.",
        "",
        "## Force status reading (what a person decides)",
        "",
        "Done = Status *Complete* or *Not applicable* (not the force's to deliver), or *Submitted "
        "to HMICFRS* ticked, or a typed-over status that says complete/pending sign off. Open = "
        "Not started / On track / At risk. *Ready for closure?* only backs up a Complete status; "
        "no row has Ready ticked with an open status. HMICFRS Awaiting review / Being "
        "progressed = open; Complete / Superseded / No further action required = closed.",
        "",
        "## What the layout brings, and the traps",
        "",
        f"1. **Header on row 3**, title merged across A1:M1 and an instruction note in A2.",
        f"2. **Checkbox FALSE rows** {fr0}–{fr1}: no text, only FALSE in I and J — not items.",
        f"3. **Blank status, ticked boxes** (row {fr(('core', 0))}): the Status chip was "
        f"cleared but Ready and Submitted are TRUE with a date submitted → force done; register "
        f"row {h[('core', 0)]} Being progressed → closeable_submit.",
        f"4. **Typed-over dropdown** (row {fr(('stolen', 4))}): 'Complete - pending sign off by "
        f"FCR' (invalid in Sheets, warning only) → done → closeable_submit against row "
        f"{h[('stolen', 4)]}.",
        f"5. **Split recommendation** (rows {fr(('stolen', 0))}): the four-bullet MSHT "
        f"leadership rec (register row {h[('stolen', 0)]}) split into 'part 1/2/3'; two parts "
        "Complete, one On track → item still open → in_sync on all three lines (not "
        "closeable).",
        f"6. **Two items in one row** (row {fr(('austerity', 1))}): Ref cell "
        f"'{info['refs'][('austerity', 1)]} / {info['refs'][('austerity', 2)]}' (text), "
        f"austerity recs 2 and 3 (register rows {h[('austerity', 1)]}, {h[('austerity', 2)]}), "
        "both Superseded, force On track → two closeable_local lines.",
        f"7. **Mistyped reference** (row {fr(('sas13', 1))}): Ref {info['typo']} (digits "
        f"transposed; real {info['real']}, register row {h[('sas13', 1)]}); the text is plainly "
        "that rec → conflict (reference).",
        f"8. **Wrong report** (row {fr(('wm', 5))}): the PEEL 2018/19 public-consultation rec "
        f"(register row {h[('wm', 5)]}) filed under 'PEEL Legitimacy 2017' → conflict (report).",
        f"9. **Type** (row {fr(('leg17', 0))}): the 2017 stop-and-search cause of concern "
        f"(register row {h[('leg17', 0)]}) typed 'Nat Rec' → conflict (type).",
        f"10. **Missing bullet** (row {fr(('leg17', 1))}): the force copied the 2017 monitoring "
        f"rec (register row {h[('leg17', 1)]}) but dropped the third bullet (possession-only "
        "drug searches) → conflict.",
        f"11. **Timescales**: row {fr(('firearms', 4))} 'Within six months' vs register row "
        f"{h[('firearms', 4)]} 'Within three months'; row {fr(('integrity', 0))} 'By 31 Aug "
        f"2016' vs register row {h[('integrity', 0)]} 'By 31 August 2015' → conflict each.",
        f"12. **Not applicable vs No further action required** (row {fr(('powers', 3))} / "
        f"register row {h[('powers', 3)]}): both closed → in_sync.",
        f"13. **Near twins**: 2013 rec 3 (row {fr(('sas13', 2))}) and 2015 rec (row "
        f"{fr(('sas15', 0))}) say nearly the same; report names and 'elected local policing "
        "bodies' vs 'police and crime commissioners' separate them. The force's PEEL 2021/22 "
        f"AFI on supervision of investigations (row {nrow[1]}) resembles the 2018/19 "
        f"supervision rec (row {fr(('wm', 6))}, register row {h[('wm', 6)]}) but is a "
        "different item → not_on_hmicfrs_list.",
        f"14. **Not on the list**: row {nrow[0]} (internal audit action, type Other), row "
        f"{nrow[1]} (PEEL 2021/22 AFI), row {nrow[2]} (custody 2022, children in custody; "
        "appended at the bottom after the department sort).",
        f"15. **Missing from force**: register rows {h[('picture', 0)]} (Building the picture) "
        f"and {h[('powers', 2)]} (three-part body-worn video rec; the tracker's BWV row "
        f"{fr(('powers', 1))} is the different CPD/debrief rec).",
        "16. Refs blank on several rows (matched by wording), people chips as e-mails, Drive "
        "links: noise, not decisions.",
        "",
        "## Counts (truth.csv lines)",
        "",
    ]
    for k in order:
        lines.append(f"- {k}: {c.get(k, 0)}")
    lines += [f"- total: {sum(c.values())}", "",
              "## Rows that are not items", "",
              "- `hmicfrs.xlsx` Recommendations!1: header.",
              "- `tracker.xlsx` HMICFRS Tracker!1: title (merged A1:M1); !2: instruction note; "
              "!3: header.",
              f"- HMICFRS Tracker!{fr0}–{fr1}: empty rows holding only unticked checkboxes "
              "(FALSE in I and J) — the checkbox range ran past the list.",
              "- Sheets `Dropdowns` (dropdown source lists, header row 1) and `How to use` "
              "(instructions): no items.",
              "",
              "## Checks run",
              "",
              f"- Every tracker item row {first}–{last} appears in truth.csv (row "
              f"{fr(('austerity', 1))} twice, for its two items); every register row "
              f"2–{len(info['items']) + 1} appears at least once; no non-item row appears.",
              "- Both files read back with pandas (header=0 / header=2) and openpyxl; booleans "
              "come back as True/False, dates as dates.",
              "- Built twice; all four files identical byte for byte (sha256 compared).",
              "- `reconcile` was not run or imported; truth decided by reading the rows.",
              ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    info = build()
    readme(info)
    print(info["counts"], sum(info["counts"].values()))
