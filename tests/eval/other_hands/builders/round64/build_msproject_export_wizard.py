"""Build the evaluation case `msproject_export_wizard` (round 64, force-side layout).

The force side is a Microsoft Project plan ("HMICFRS Improvement Plan") kept by the force's
Strategic Change department and saved as Excel through Project's Export Wizard ("Selected
Data", a custom map with a task table and an assignment table): sheets `Task_Table1` and
`Assignment_Table1`, field names with underscores, Outline_Level for the hierarchy, summary
rows with rolled-up Percent_Complete, "NA" in empty date fields, text dates, inactive tasks
(Active = No), milestones, manually scheduled tasks with text in date fields, renamed custom
fields (Text1 -> HMICFRS_Ref, Flag1 -> Closure_Submitted) and Name cut at 255 characters.

The HMICFRS side is a plain register export (one sheet, header in row 1).

Real recommendation texts are copied from the project's casegen text lists (Open Government
Licence material). Progress notes, short task names and local actions are written here.

Run:  /work/main/.venv/bin/python build_msproject_export_wizard.py
Rebuilds the case byte for byte (fixed seed, fixed workbook metadata, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import zipfile
from datetime import date, datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 6421
CASE = "msproject_export_wizard"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)

FORCE = "Lincolnshire Police"
STATUS_DATE = date(2025, 1, 31)  # Project status date = the day of the export
FIXED_TS = datetime(2025, 1, 31, 16, 5, 0)

# --- Real texts, copied from /work/main/reconcile/casegen/texts (national.py, force.py) ------
NATIONAL = {'austerity': ('Policing in austerity: Meeting the challenge',
               (2014, 7, 22),
               ['All Chief Constables and PCCs should review their plans to deliver savings to '
                'ensure they are doing all they can to continue to reduce crime and protect the '
                'front line while balancing their budgets. They should use the data and '
                "information contained in this report, and in HMIC's Value for Money profiles, "
                'when conducting their reviews',
                'Chief Constables and PCCs in forces planning to deliver less than 10% of their '
                'savings through collaboration should assess whether there is scope to improve '
                'on this position. HMIC will follow up the assessments in the autumn.',
                'Chief Constables and PCCs in forces that are planning to reduce the proportion '
                'of their workforce and/or police officers on the front line should assess '
                'whether they have taken the decisive action seen in many forces in order to '
                'maintain their crime fighting capacity. HMIC will follow up the assessments in '
                'the autumn.',
                'In preparation for the next spending round period all Chief Constables and PCCs '
                'should review their plans for collaboration. In particular they should consider '
                'whether there is scope to deliver better value for money and improved '
                'capability and capacity through joint working with other forces, the public '
                'and/or the private sector.']),
 'core': ('Core Business: an inspection into crime prevention, police attendance and the use of '
          'police time',
          (2014, 9, 4),
          ['Not later than 31 March 2015 those forces using a threat, harm and risk policy, that '
           'have not yet done so, should provide call-handlers with specific, sound and '
           'comprehensible criteria against which they can assess threat, harm and risk.',
           'By 31 March 2015 all forces should ensure that crime prevention or disruption '
           'activity carried out is systematically recorded and subsequently evaluated to '
           'determine the effectiveness of tactics being employed.']),
 'efc17': ('PEEL: Police efficiency 2017 (national overview)',
           (2017, 11, 9),
           ['By September 2018, chief constables should produce an ambitious plan to improve '
            'digitally-enabled services within their force. The Home Office, National Police '
            "Chiefs' Council and Association of Police and Crime Commissioners should support "
            'the development of these plans by establishing a national framework which allows '
            'for the provision of digitally enabled services across force boundaries.']),
 'everyone': ("Everyone's business: Improving the police response to domestic abuse",
              (2014, 3, 27),
              ['By September 2014, every police force in England and Wales should establish and '
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
               'CPS scrutiny panels and MARAC self-assessments.']),
 'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms '
              'licensing in police forces in England and Wales',
              (2015, 9, 15),
              ['Within three months, all chief constables should assess how well the governance '
               'of firearms licensing in his or her force meets the standards set out in '
               'Authorised Professional Practice. Chief constables of forces where the '
               'governance standards are not being complied with should put in place immediately '
               'the correct arrangements and procedures in order to meet the standards in full.',
               'Within three months, all chief constables should assess the demand placed on '
               'their firearms licensing department and ensure it has the capacity to meet this '
               'demand and provide an efficient and effective service at all times.',
               'Immediately, all chief constables should satisfy themselves that all appropriate '
               'action is being taken by their force with regard to ‘total expired’ licensing '
               'records.',
               'Within three months, all chief constables should ensure that their arrangements '
               'in respect of the use of temporary permits are in accordance with the Home '
               'Office guidance; that temporary permits are properly recorded without delay on '
               'the National Firearms Licensing Management System; and that effective systems '
               'exist to ensure certificate holders are not permitted, at any time, to remain in '
               'unlawful possession of a firearm.',
               'Within three months, all chief constables should ensure that systems designed to '
               'identify, prior to police attendance, whether a reported incident involves or is '
               'at the address of a firearm certificate holder are in place and are always '
               'applied by staff dispatching officers to incidents; and that officers understand '
               'the risk assessment which they should be undertaking in such circumstances, and '
               'their power, when appropriate, to seize firearms and firearm certificates.']),
 'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to '
               'provide the capability to tackle corruption in policing',
               (2015, 1, 30),
               ['By 31 August 2015, all chief constables should satisfy themselves that they '
                'have processes in place to ensure that investigations into misconduct by '
                'officers and staff resulting in “no further action” are fair and free of any '
                'form of discrimination.']),
 'leg17': ('PEEL: Police legitimacy 2017 (national overview)',
           (2017, 12, 12),
           ['HMICFRS is concerned that forces are not able to demonstrate that the use of stop '
            'and search powers is consistently reasonable and fair. In particular, there is '
            'over-representation of BAME people, and black people in particular, in stop and '
            'search data which many forces are unable to explain.',
            'By July 2018, all police forces across England and Wales should be regularly and '
            'frequently monitoring a comprehensive set of data and information on use of stop '
            'and search powers to understand:\n'
            '•the reasons for any disproportionate representation of different ethnic groups in '
            'the use of stop and search; •the extent to which find rates differ between people '
            'from different ethnicities, and across different types of searches (including '
            'separate identification of find rates for drug possession and supply-type '
            'offences); and •the prevalence of possession-only drug searches, and the extent to '
            'which these align with local or force level priorities.',
            'Where forces identify disparities through monitoring, they should demonstrate to '
            'the public that they have:\n'
            '•carried out research and analysis in an attempt to understand the reasons for the '
            'disparity, and •taken action to reduce the disparity, where necessary;',
            'We expect forces to publish this analysis and any actions taken at least on an '
            'annual basis, from July 2018.',
            'By July 2018, and ongoing following that date, forces should ensure that all '
            'officers who use stop and search powers have been provided with, and understand, '
            'training on unconscious bias and College of Policing APP on stop and search.']),
 'picture': ('Building the picture: an inspection of police information management',
             (2015, 7, 1),
             ['By 30 November 2015, chief constables should put in place arrangements to '
              'scrutinise audits of compliance with the APP on information management through '
              'the force information management governance structure. This should include '
              'measures to ensure that categorisation of records are regularly adjusted.']),
 'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use '
            'of force',
            (2021, 2, 26),
            ['By July 2022, forces should ensure that officers and staff have effective '
             'communication skills, in line with the National Policing Guidelines on Conflict '
             'Management. This should be in addition to existing training on conflict management '
             'and de-escalation.',
             'By July 2021, forces should ensure that communication skills are reinforced as '
             'part of the programme of continuing professional development for officers and '
             'staff, and that supervisors are supported to routinely and frequently debrief '
             'officers on these skills using body-worn video footage.',
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
             'data collected on the number of incidents where force has been used to effect a '
             'stop and search is sufficient for publication. The Home Office should publish this '
             'data as soon as possible.',
             'By July 2021, forces should ensure they have effective internal monitoring '
             'processes on the use of force, to help them to identify and understand '
             'disproportionate use, explain the reasons and implement any necessary improvement '
             'action.']),
 'sas13': ('Stop and search powers: Are the police using them effectively and fairly?',
           (2013, 7, 9),
           ['Chief Constables and the College of Policing should establish in the Stop and '
            'Search Authorised Professional Practice document a clear specification of what '
            'constitutes the effective and fair exercise of stop and search powers, and guidance '
            'in this respect. This should be compliant with the Code of Practice.',
            'Chief Constables should establish or improve monitoring of the way officers stop '
            'and search people, so that they can be satisfied their officers are acting in '
            'accordance with the law (including equality legislation and the Code of Practice), '
            'and that the power is used effectively to prevent crime, catch criminals and '
            'maintain public trust.',
            'Chief Constables should, in consultation with elected local policing bodies, ensure '
            'that they comply with the code of practice by explaining to the public the way stop '
            'and search powers are used in their areas and by making arrangements for stop and '
            'search records to be scrutinised by community representatives. This should be done '
            'in a way that involves those people who are stopped and searched, for example, '
            'young people.']),
 'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?',
           (2015, 3, 24),
           ['Chief constables should, in consultation with police and crime commissioners, '
            'ensure that they comply with the Code of Practice by explaining to the public the '
            'way stop and search powers are used in their areas and by making arrangements for '
            'stop and search records to be scrutinised by community representatives. This should '
            'be done in a way that involves those people who are stopped and searched, for '
            'example young people.']),
 'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking',
            (2017, 10, 24),
            ['Within twelve months, forces should review their leadership and governance '
             'arrangements for modern slavery and human trafficking, to ensure that:\n'
             '• senior leaders prioritise the response to modern slavery and human trafficking;\n'
             '• every incident of modern slavery identified to police is allocated appropriate '
             'resources with the skills, experience and capacity to investigate it effectively;\n'
             '• forces develop effective partnership arrangements to co-ordinate activity in '
             'order to share information and safeguard victims; and\n'
             '• performance and quality assurance measures are in place to allow senior leaders '
             'to assess the nature and quality of the service provided to victims.',
             'Within six months, forces should have in place active information-sharing '
             'agreements with other agencies to facilitate speedy exchange of intelligence 86 '
             'and in order to safeguard victims better and to identify suspects as early as '
             'possible',
             'Immediately, forces should ensure that all victims carrying out criminal acts '
             'under compulsion attributable to slavery or exploitation are afforded the '
             'protection of early and continuing consideration of the applicability of the '
             'section 45 defence.',
             'Immediately, forces should take steps to ensure they are fully compliant with the '
             'NRM process as it evolves and are implementing the requirement placed upon them '
             'under the Modern Slavery Act 2015 to notify the Home Office of any individual '
             'suspected to be an adult victim of modern slavery or human trafficking.',
             'Immediately, forces should take steps to ensure they fully comply with national '
             'crime recording standard (NCRS) requirements for offences identified as modern '
             'slavery and human trafficking and that sufficient audit capacity is available to '
             'the force crime registrar to provide reassurance that each force is identifying '
             'and managing any gaps in its crime-recording accuracy for these types of offences.',
             'Immediately, forces should ensure that allegations or indications of modern '
             'slavery and human trafficking are thoroughly investigated and effectively '
             'supervised by teams and individuals with the skills and experience to undertake '
             'them (this should include the use where appropriate of joint intelligence teams '
             'and other means to obtain intelligence and evidence from agencies overseas).',
             'Immediately, forces should review their use of preventative powers under the '
             'Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of '
             'those deemed to pose a clear threat to others in respect of modern slavery and '
             'human trafficking offences are exploited.'])}
CAUSES = ["The force's response to domestic abuse is a cause of concern to HMIC. The force policy which "
 'allows an officer discretion to complete a DASH risk assessment in some crimes and incidents '
 'does not provide confidence that risk is always assessed appropriately. In cases where a DASH '
 'risk assessment is not completed the officer should record an assessment on the crime '
 'management system. HMIC found that officers are not consistently completing a DASH in '
 'circumstances where force policy requires that they should do so. This means that some victims '
 'of domestic abuse who may be at risk of harm are not being appropriately risk-assessed.',
 'The force does not have the capacity or capability to investigate crime effectively and this '
 'is affecting the service being provided to the public. There are failings in the way that '
 'crimes are being investigated.',
 'The size of the vetting backlog within {force} is a cause of concern.']
CAUSES = [c.replace("{force}", FORCE) for c in CAUSES]

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

CDI_VICTIMS_BODY = (
    "put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed"
)
MISSING_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
CUSTODY_CHILDREN_BODY = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested"
)

ABBREVIATIONS = [
    (r"modern slavery and human trafficking", "MSHT"),
    (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"),
    (r"national crime recording standards?(?: \(NCRS\))?", "NCRS"),
    (r"police and crime commissioners", "PCCs"),
    (r"chief constables", "CCs"),
    (r"Authorised Professional Practice", "APP"),
    (r"College of Policing", "CoP"),
    (r"information-sharing agreements", "ISAs"),
    (r"released under investigation", "RUI"),
    (r"continuing professional development", "CPD"),
    (r"Home Office", "HO"),
    (r"officers and staff", "officers & staff"),
]


def abbreviate(text: str) -> str:
    for pat, rep in ABBREVIATIONS:
        text = re.sub(pat, rep, text, flags=re.IGNORECASE)
    return text


def flat(text: str) -> str:
    """A Project task name holds one line: line breaks become spaces."""
    return re.sub(r"\s*\n+\s*", " ", text).strip()


def cut255(text: str) -> str:
    """Project's Name field holds at most 255 characters; a pasted text is cut there."""
    return flat(text)[:255]


# --- Reports ---------------------------------------------------------------------------------
# key -> (HMICFRS report title, publication date, the plan's summary-task name)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], date(*NATIONAL["sas13"][1]), "Stop & Search powers (HMIC 2013)"),
    "sas15": (NATIONAL["sas15"][0], date(*NATIONAL["sas15"][1]), None),
    "everyone": (NATIONAL["everyone"][0], date(*NATIONAL["everyone"][1]),
                 "Domestic abuse - Everyone's business"),
    "austerity": (NATIONAL["austerity"][0], date(*NATIONAL["austerity"][1]),
                  "Policing in Austerity 2014"),
    "core": (NATIONAL["core"][0], date(*NATIONAL["core"][1]), "Core business"),
    "integrity": (NATIONAL["integrity"][0], date(*NATIONAL["integrity"][1]), "Integrity matters"),
    "picture": (NATIONAL["picture"][0], date(*NATIONAL["picture"][1]),
                "Building the Picture 2015"),
    "firearms": (NATIONAL["firearms"][0], date(*NATIONAL["firearms"][1]),
                 "Firearms licensing 2015"),
    "eff16": ("PEEL: Police efficiency 2016", date(2016, 11, 3), "PEEL Efficiency 2016"),
    "eff17": ("PEEL: Police effectiveness 2017", date(2018, 3, 22), "PEEL Eff 17"),
    "stolen": (NATIONAL["stolen"][0], date(*NATIONAL["stolen"][1]), "Stolen Freedom (MSHT) 2017"),
    "efc17": (NATIONAL["efc17"][0], date(*NATIONAL["efc17"][1]), "PEEL Efficiency 17 (all forces)"),
    "leg17": (NATIONAL["leg17"][0], date(*NATIONAL["leg17"][1]), "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018", date(2018, 6, 14), "NCPI 2018"),
    "cdi19": ("Crime data integrity inspection 2019", date(2019, 9, 12), "CDI 2019"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020",
               date(2020, 8, 20), "Custody inspection 2020"),
    "powers": (NATIONAL["powers"][0], date(*NATIONAL["powers"][1]),
               "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", date(2022, 5, 20),
               "PEEL 21-22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", date(2024, 5, 10),
               "PEEL Assessment 2023/24"),
    "local": (None, date(2023, 4, 3), "Force-identified improvements (not HMICFRS)"),
}
GROUP_ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "picture", "firearms",
               "eff16", "eff17", "stolen", "efc17", "leg17", "ncpi18", "cdi19", "cust20",
               "powers", "peel21", "peel23", "BLANK", "local"]

N = NATIONAL
OPEN_AR, OPEN_BP = "Awaiting review", "Being progressed"
CL_C, CL_S, CL_N = "Complete", "Superseded", "No further action required"


def F(**kw):
    """A force-side task spec."""
    kw.setdefault("ref", "ok")
    kw.setdefault("active", True)
    kw.setdefault("closure", "No")
    kw.setdefault("children", [])
    return kw


def A(name, pct, **kw):
    """A child action row (one per bullet / action) split off one recommendation."""
    kw.update(name=name, pct=pct)
    kw.setdefault("active", True)
    return kw


# Each HMICFRS item: key, report, id, type, text, status, category, force spec (or None), why.
ITEMS = [
    # ---- Stop and search 2013 (national)
    dict(key="a1", rep="sas13", id=1187, type=NAT, text=N["sas13"][2][0], st=CL_C, cat="in_sync",
         force=F(name="cut", pct=100, closure="Yes"),
         why="closed on both: HMICFRS Complete, plan 100%"),
    dict(key="a2", rep="sas13", id=1188, type=NAT, text=N["sas13"][2][1], st=CL_C, cat="in_sync",
         force=F(name="S&S – monitoring of officers' use of stop and search (HMIC 2013 rec 2)",
                 notes_text=True, pct=100),
         why="closed on both; short task name, HMICFRS text in Notes"),
    dict(key="a3", rep="sas13", id=1189, type=NAT, text=N["sas13"][2][2], st=OPEN_BP,
         cat="closeable_submit", force=F(name="abbr", pct=100, closure="Yes"),
         why="HMICFRS open, plan 100% and Closure_Submitted Yes; ref 1189 and the 2013 summary "
             "tie it to the 2013 rec, not the near-identical 2015 one (5368)"),
    dict(key="a4", rep="sas15", id=5368, type=NAT, text=N["sas15"][2][0], st=OPEN_AR,
         cat="missing_from_force", force=None,
         why="2015 rec almost word for word the 2013 one; the plan holds only the 2013 row "
             "(ref 1189, under the 2013 summary)"),
    # ---- Everyone's business
    dict(key="b0", rep="everyone", id=2321, type=NAT, text=N["everyone"][2][0], st=CL_S,
         cat="closeable_local", force=F(name="cut", ref="", pct=80),
         why="HMICFRS Superseded, plan 80% and active; name is the text cut at 255, no ref"),
    # ---- Policing in austerity
    dict(key="b1", rep="austerity", id=3542, type=NAT, text=N["austerity"][2][0], st=CL_N,
         cat="in_sync",
         force=F(name="Review savings plans against HMIC VfM profiles (Policing in Austerity rec 1)",
                 notes_text=True, pct=100),
         why="closed on both: HMICFRS No further action required, plan 100%"),
    dict(key="b2", rep="austerity", id=3543, type=NAT, text=N["austerity"][2][1], st=OPEN_BP,
         cat="missing_from_force", force=None,
         why="no task in the plan (collaboration <10% rec)"),
    dict(key="b3", rep="austerity", id=3544, type=NAT, text=N["austerity"][2][2], st=CL_C,
         cat="in_sync", force=F(name="cut", pct=100), why="closed on both"),
    dict(key="b4", rep="austerity", id=3545, type=NAT, text=N["austerity"][2][3], st=OPEN_BP,
         cat="in_sync",
         force=F(name="Collaboration review for next spending round – joint working options with "
                      "Nottinghamshire / EMSOU", notes_text=True, pct=50),
         why="open on both; short name, text in Notes"),
    # ---- Core business
    dict(key="c1", rep="core", id=4822, type=NAT, text=N["core"][2][0], st=CL_C, cat="in_sync",
         force=F(name="full", pct=100), why="closed on both"),
    dict(key="c2", rep="core", id=4823, type=NAT, text=N["core"][2][1], st=OPEN_BP,
         cat="conflict",
         force=F(name=N["core"][2][1].replace("31 March 2015", "31 March 2016"), pct=75,
                 deadline=date(2016, 3, 31)),
         why="deadline differs: HMICFRS 'By 31 March 2015', plan name and Deadline say 2016"),
    # ---- Integrity matters
    dict(key="i1", rep="integrity", id=902, type=NAT, text=N["integrity"][2][0], st=OPEN_BP,
         cat="closeable_submit", force=F(name="full", pct=100, closure="Yes"),
         why="HMICFRS open, plan 100%, closure submitted"),
    # ---- Building the picture
    dict(key="g1", rep="picture", id=5911, type=NAT, text=N["picture"][2][0], st=OPEN_AR,
         cat="closeable_submit",
         force=F(name="cut", pct=70, active=False,
                 update="03/10/2023 – Task inactivated by Strategic Change: audit scrutiny now BAU "
                        "through the Information Management Board (ToR v3). FLL to ask HMICFRS "
                        "to close."),
         why="Active = No (inactivated as business as usual, closure to be requested) although "
             "Percent_Complete is 70%: force side done, HMICFRS open"),
    # ---- Firearms licensing
    dict(key="f1", rep="firearms", id=6302, type=NAT, text=N["firearms"][2][0], st=CL_C,
         cat="closeable_local",
         force=F(name="Firearms licensing – governance v APP (3 month rec)", notes_text=True,
                 pct=80),
         why="HMICFRS Complete, plan 80%"),
    dict(key="f2", rep="firearms", id=6303, type=NAT, text=N["firearms"][2][1], st=OPEN_BP,
         cat="in_sync", force=F(name="full", pct=60), why="open on both"),
    dict(key="f3", rep="firearms", id=6304, type=NAT, text=N["firearms"][2][2], st=CL_C,
         cat="closeable_local", force=F(name="full", pct=30), why="HMICFRS Complete, plan 30%"),
    dict(key="f4", rep="firearms", id=6305, type=NAT, text=N["firearms"][2][3], st=OPEN_BP,
         cat="closeable_submit", force=F(name="cut", pct=100),
         why="HMICFRS open, plan 100% (Closure_Submitted still No)"),
    dict(key="f5", rep="firearms", id=6306, type=NAT, text=N["firearms"][2][4], st=OPEN_BP,
         cat="in_sync",
         force=F(name="Flag firearm certificate holders on command & control before deployment",
                 pct=45),
         why="open on both; short name and no HMICFRS text anywhere, ref 6306 ties it"),
    # ---- PEEL effectiveness 2017 (force)
    dict(key="e1", rep="eff17", id=7714, type=COC, text=CAUSES[0], st=OPEN_BP, cat="in_sync",
         force=F(name="CoC – DA response (DASH discretion)", notes_text=True, summary=True),
         why="open on both; CoC is a summary task, % rolled up from its recommendation"),
    dict(key="e2", rep="eff17", id=7715, type=REC,
         text="To address this cause of concern, HMIC recommends the force should immediately "
              "take steps to ensure that there is effective supervision of the initial risk "
              "assessment process, specifically in relation to the completion of DASH risk "
              "assessment in appropriate cases. In cases where a DASH risk assessment is not "
              "completed the officer should record an assessment on the crime management "
              "system.",
         st=OPEN_BP, cat="in_sync", parent="e1",
         force=F(name="cut", prefix="Rec – ",
                 children=[A("DASH supervision – update DA policy: supervisor review of every "
                             "DASH within 24 hours", 100),
                           A("Niche: mandatory risk assessment field where DASH not completed",
                             100),
                           A("Quarterly DASH compliance audit – Crime Standards Board", 50)]),
         why="open on both (actions 100/100/50); the three action rows are split off this rec"),
    dict(key="e3", rep="eff17", id=7716, type=REC,
         text="Within six months the force should improve the supervision of investigations, so "
              "that investigation plans are set, reviewed and recorded and victims receive a "
              "consistently good service.",
         st=CL_C, cat="closeable_local", force=F(name="full", prefix="Rec – ", pct=90),
         why="HMICFRS Complete, plan 90%"),
    # ---- Stolen freedom
    dict(key="s1", rep="stolen", id=8203, type=NAT, text=N["stolen"][2][0], st=OPEN_BP,
         cat="closeable_submit",
         force=F(name="MSHT – leadership & governance review (4 strands)", notes_text=True,
                 closure="Yes",
                 children=[A("Strand 1 – senior leaders prioritise MSHT (ACC Crime as lead)", 100),
                           A("Strand 2 – every MSHT incident allocated with the right skills & "
                             "capacity", 100),
                           A("Strand 3 – partnership arrangements to share information and "
                             "safeguard victims (Anti-Slavery Partnership)", 100),
                           A("Strand 4 – performance & QA measures on service to victims", 100)]),
         why="HMICFRS open; all four bullet rows 100% so the rec is done (Closure_Submitted Yes)"),
    dict(key="s2", rep="stolen", id=8204, type=NAT, text=N["stolen"][2][1], st=OPEN_BP,
         cat="conflict",
         force=F(name="MSHT – ISAs with partner agencies (12 months)", pct=40,
                 notes_override="HMICFRS text: Within twelve months, forces should have in place "
                                "active information-sharing agreements with other agencies to "
                                "facilitate speedy exchange of intelligence and in order to "
                                "safeguard victims better and to identify suspects as early as "
                                "possible."),
         why="timescale differs: HMICFRS 'Within six months', plan 'twelve months'"),
    dict(key="s3", rep="stolen", id=8205, type=NAT, text=N["stolen"][2][2], st=OPEN_AR,
         cat="in_sync", force=F(name="full", pct=20), why="open on both"),
    dict(key="s4", rep="stolen", id=8206, type=NAT, text=N["stolen"][2][3], st=CL_C,
         cat="closeable_local", force=F(name="abbr", pct=65), why="HMICFRS Complete, plan 65%"),
    dict(key="s5", rep="stolen", id=8207, type=NAT, text=N["stolen"][2][4], st=OPEN_BP,
         cat="closeable_submit", force=F(name="cut", pct=100, closure="Yes"),
         why="HMICFRS open, plan 100%"),
    dict(key="s6", rep="stolen", id=8208, type=NAT, text=N["stolen"][2][5], st=OPEN_BP,
         cat="in_sync",
         force=F(name="MSHT investigations – skills, supervision, JITs & overseas evidence",
                 notes_text=True, pct=55),
         why="open on both"),
    dict(key="s7", rep="stolen", id=8209, type=NAT, text=N["stolen"][2][6], st=CL_S,
         cat="in_sync",
         force=F(name="cut", pct=40, active=False,
                 update="19/07/2022 – Inactivated: HMICFRS marked this superseded. Preventative "
                        "orders work continues in the MSHT problem profile."),
         why="closed on both: HMICFRS Superseded, task inactivated (Active = No) at 40%"),
    # ---- PEEL efficiency 2017 (national)
    dict(key="z1", rep="efc17", id=8390, type=NAT, text=N["efc17"][2][0], st=OPEN_BP,
         cat="closeable_submit",
         force=F(name="Digital services plan (national rec, PEEL Efficiency 17)", notes_text=True,
                 pct=100),
         why="HMICFRS open, plan 100%"),
    # ---- PEEL legitimacy 2017 (national)
    dict(key="l1", rep="leg17", id=8541, type=COC, text=N["leg17"][2][0], st=CL_C,
         cat="in_sync", force=F(name="cut", prefix="CoC – ", pct=100), why="closed on both"),
    dict(key="l2", rep="leg17", id=8542, type=NAT, text=N["leg17"][2][1], st=CL_C,
         cat="closeable_local",
         force=F(name="S&S data monitoring – disproportionality, find rates, possession-only "
                      "searches", notes_text=True, pct=85),
         why="HMICFRS Complete, plan 85%"),
    dict(key="l3", rep="leg17", id=8543, type=NAT, text=N["leg17"][2][2], st=OPEN_BP,
         cat="in_sync", force=F(name="cut", pct=40), why="open on both; bullets flattened"),
    dict(key="l4", rep="leg17", id=8544, type=NAT, text=N["leg17"][2][3], st=OPEN_BP,
         cat="closeable_submit", force=F(name="full", pct=100, closure="Yes"),
         why="HMICFRS open, plan 100%, closure submitted"),
    dict(key="l5", rep="leg17", id=8545, type=NAT, text=N["leg17"][2][4], st=CL_N,
         cat="closeable_local", force=F(name="abbr", pct=90),
         why="HMICFRS No further action required, plan 90%"),
    # ---- NCPI 2018 (force)
    dict(key="n1", rep="ncpi18", id=9127, type=REC,
         text="Within three months, the force should " + MISSING_BODY + ".", st=OPEN_BP,
         cat="conflict",
         force=F(name="Missing children – call taking & CSE risk (NCPI rec 1)",
                 notes_override="HMICFRS text: Within three months, the force should review its "
                                "approach to reports of missing children and take steps to ensure "
                                "that:\n• call takers understand and use the missing and absent "
                                "category appropriately;\n• call takers and frontline staff have "
                                "the necessary knowledge to identify risk factors associated with "
                                "child sexual exploitation and how to respond to such cases.",
                 children=[A("Bullet 1 – call takers: missing v absent categories (THRIVE "
                             "refresher)", 100),
                           A("Bullet 2 – call takers & frontline staff: CSE risk factors training",
                             60)]),
         why="third bullet (supervisors' oversight of missing person enquiries) is absent from "
             "the plan's text and has no action row: missing bullet"),
    dict(key="n2", rep="ncpi18", id=9128, type=REC,
         text="Within six months the force should make sure officers and staff have the training "
              "they need to identify and respond to child sexual exploitation.",
         st=CL_C, cat="in_sync", force=F(name="full", prefix="Rec – ", pct=100),
         why="closed on both"),
    # ---- CDI 2019 (force)
    dict(key="d1", rep="cdi19", id=10233, type=REC,
         text="Within three months, the force should " + CDI_VICTIMS_BODY + ".", st=OPEN_BP,
         cat="in_sync",
         force=F(name="cut", prefix="Rec – ",
                 children=[A("CDI (a) victims believed at point of report – call handling "
                             "guidance", 100),
                           A("CDI (b) call summaries accurate in STORM log", 100),
                           A("CDI (c) multiple crimes recorded from incident records", 100),
                           A("CDI (d) stop waiting for medical / ABE results before recording", 60),
                           A("CDI (e) online crime reports triaged at receipt", 100)]),
         why="open on both: one of five bullet rows at 60%; all six rows share this rec"),
    dict(key="d2", rep="cdi19", id=10234, type=AFI,
         text="The force should make sure it records reports of rape and serious sexual offences "
              "accurately and without delay.",
         st=OPEN_AR, cat="missing_from_force", force=None,
         why="no task; the local dip-sample action on RASSO reports (ref Local) is not it"),
    dict(key="d3", rep="cdi19", id=10235, type=AFI,
         text="The force should make sure it records reports of stalking and harassment "
              "accurately and without delay.",
         st=OPEN_BP, cat="closeable_submit",
         force=F(name="full", prefix="AFI – ", pct=100, closure="Yes"),
         why="HMICFRS open, plan 100%; not to be confused with the RASSO AFI 10234"),
    # ---- Custody 2020 (force)
    dict(key="u1", rep="cust20", id=11046, type=REC,
         text="Within six months the force should " + CUSTODY_CHILDREN_BODY + ".", st=OPEN_BP,
         cat="in_sync", force=F(name="cut", pct=50),
         why="open on both; name cut at 255 with no text in Notes"),
    dict(key="u2", rep="cust20", id=11047, type=AFI,
         text="The force should make sure officers and staff have the training they need to "
              "identify and respond to people with mental ill health.",
         st=CL_C, cat="closeable_local", force=F(name="full", prefix="AFI – ", pct=50),
         why="HMICFRS Complete, plan 50%"),
    # ---- Disproportionate use of police powers 2021
    dict(key="p1", rep="powers", id=11520, type=NAT, text=N["powers"][2][0], st=OPEN_BP,
         cat="in_sync", force=F(name="full", pct=75, deadline=date(2022, 7, 29)),
         why="open on both"),
    dict(key="p2", rep="powers", id=11521, type=NAT, text=N["powers"][2][1], st=OPEN_BP,
         cat="closeable_submit", force=F(name="abbr", pct=100, deadline=date(2021, 7, 30)),
         why="HMICFRS open, plan 100%"),
    dict(key="p3", rep="powers", id=11522, type=NAT, text=N["powers"][2][2], st=CL_C,
         cat="in_sync",
         force=F(name="BWV – S&S encounters: record, review sample, scrutiny panel access",
                 notes_text=True, pct=100, deadline=date(2021, 9, 30)),
         why="closed on both"),
    dict(key="p4", rep="powers", id=11523, type=NAT, text=N["powers"][2][3], st=OPEN_BP,
         cat="missing_from_force", force=None,
         why="aimed at the Home Office and NPCC, left out of the plan, but on the force's list"),
    dict(key="p5", rep="powers", id=11524, type=NAT, text=N["powers"][2][4], st=OPEN_AR,
         cat="in_sync", force=F(name="full", pct=30, deadline=date(2021, 7, 30)),
         why="open on both (Status 'Late' is Project's schedule flag, not a RAG)"),
    # ---- PEEL 2021/22 (force)
    dict(key="q1", rep="peel21", id=12610, type=AFI,
         text="The force should improve its understanding of the nature and scale of serious and "
              "organised crime in its area.", st=OPEN_BP, cat="closeable_submit",
         force=F(name="full", prefix="AFI – ", pct=100), why="HMICFRS open, plan 100%"),
    dict(key="q2", rep="peel21", id=12611, type=AFI,
         text="The force should make sure investigations of domestic abuse are allocated to "
              "officers with the right skills and are effectively supervised.",
         st=OPEN_BP, cat="in_sync", force=F(name="abbr", prefix="AFI – ", pct=60),
         why="open on both"),
    dict(key="q3", rep="peel21", id=12612, type=AFI,
         text="Lincolnshire Police should improve the timeliness of its response to calls for "
              "service involving anti-social behaviour.",
         st=CL_C, cat="closeable_local", force=F(name="full", prefix="AFI – ", pct=70),
         why="HMICFRS Complete, plan 70%"),
    dict(key="q4", rep="peel21", id=12613, type=AFI,
         text="The force should make sure victims of stalking and harassment are kept informed "
              "about the progress of their case, in line with the Code of Practice for Victims "
              "of Crime.", st=OPEN_BP, cat="in_sync",
         force=F(name="full", prefix="AFI – ", pct=40), why="open on both"),
    dict(key="q5", rep="peel21", id=12614, type=AFI,
         text="The force should improve the way it manages the risk posed by offenders involved "
              "in online child sexual abuse.", st=CL_S, cat="in_sync",
         force=F(name="full", prefix="AFI – ", pct=100), why="closed on both"),
    dict(key="q6", rep="peel21", id=12615, type=AFI,
         text="The force should put plans in place to monitor, including through the gathering "
              "and analysis of staff feedback, team cultures and provide prompt remedial action "
              "for any issues it identifies.", st=OPEN_BP, cat="closeable_submit",
         force=F(name="full", prefix="AFI – ", pct=100, closure="Yes"),
         why="HMICFRS open, plan 100%, closure submitted"),
    dict(key="q7", rep="peel21", id=12616, type=AFI,
         text="The force should make sure it provides a confidential way for staff to raise "
              "concerns and that staff are aware of whistleblowing processes.",
         st=CL_C, cat="closeable_local", force=F(name="full", prefix="AFI – ", pct=75),
         why="HMICFRS Complete, plan 75%"),
    dict(key="q8", rep="peel21", id=12617, type=AFI,
         text="The force should review how it gathers and uses equality and diversity data to "
              "improve its understanding of its workforce demographics.",
         st=OPEN_BP, cat="in_sync",
         force=F(name="AFI – E&D workforce data: delivered through People Strategy 2023-26",
                 notes_text=True, pct=0, milestone=True),
         why="open on both: a 0-day milestone at 0% pointing to the People Strategy"),
    dict(key="q9", rep="peel21", id=12618, type=AFI,
         text="The force should develop a clear prevention strategy targeting people most at "
              "risk and make sure activity undertaken prioritises people most at risk.",
         st=OPEN_BP, cat="conflict", force=F(name="full", prefix="AFI – ", pct=50, ref="12681"),
         why="reference differs: HMICFRS_Ref 12681 (digits transposed; no such item on the "
             "list) against register 12618, same text"),
    # ---- PEEL 2023/24 (force)
    dict(key="r1", rep="peel23", id=13470, type=COC, text=CAUSES[1], st=OPEN_BP, cat="in_sync",
         force=F(name="CoC – investigative capacity & capability", notes_text=True, ref="TBC",
                 summary=True),
         why="open on both; summary task over its two recommendations"),
    dict(key="r2", rep="peel23", id=13471, type=REC,
         text="Within six months, the force should ensure regular and active supervision of the "
              "quality and progress of investigations. This supervision should be properly "
              "recorded.", st=OPEN_BP, cat="conflict", parent="r1",
         force=F(name="full", prefix="AFI – ", pct=50, ref="TBC"),
         why="type differs: HMICFRS Recommendation (under the cause of concern), plan labels it "
             "AFI"),
    dict(key="r3", rep="peel23", id=13472, type=REC,
         text="Within six months, the force should improve its ability to retrieve digital "
              "evidence from mobile phones, computers and other electronic devices quickly "
              "enough to ensure investigations are not delayed.",
         st=OPEN_AR, cat="in_sync", parent="r1",
         force=F(name="full", prefix="Rec – ", pct=25, ref="TBC"),
         why="open on both; a level-3 row that is its own recommendation, not an action"),
    dict(key="r4", rep="peel23", id=13473, type=COC, text=CAUSES[2], st=OPEN_BP, cat="in_sync",
         force=F(name="full", prefix="CoC – ", ref="TBC", summary=True),
         why="open on both; summary over its recommendation"),
    dict(key="r5", rep="peel23", id=13474, type=REC,
         text="The force should immediately review its current background checks arrangements, "
              "and make sure that suitable and sufficient background checks are in place to "
              "safeguard its staff and the communities it serves.",
         st=OPEN_AR, cat="in_sync", parent="r4",
         force=F(name="full", prefix="Rec – ", pct=40, ref="TBC"), why="open on both"),
    dict(key="r6", rep="peel23", id=13475, type=AFI,
         text="The force should improve its understanding of suspects released under "
              "investigation and the management of those released on bail.",
         st=OPEN_BP, cat="closeable_submit", force=F(name="abbr", prefix="AFI – ", pct=100,
                                                     ref=""),
         why="HMICFRS open, plan 100%"),
    dict(key="r7", rep="peel23", id=13476, type=AFI,
         text="The force should make sure its performance framework gives senior leaders a "
              "clear picture of its response to violence against women and girls.",
         st=OPEN_AR, cat="in_sync",
         force=F(name="full", prefix="AFI – ", pct=10, ref="TBC", manual=True),
         why="open on both; manually scheduled, Duration 'ongoing', Finish 'TBC'"),
    dict(key="r8", rep="peel23", id=13477, type=AFI,
         text="The force should make sure there are appropriate strategic oversight arrangements "
              "in place to manage risks, performance and improvement plans effectively.",
         st=OPEN_AR, cat="in_sync",
         force=F(name="full", prefix="AFI – ", pct=0, ref="TBC", future=True),
         why="open on both (Future Task, 0%)"),
    dict(key="r9", rep="peel23", id=13478, type=AFI,
         text="The force should make sure the corporate risk register is actively used to "
              "mitigate and manage known risks.", st=OPEN_AR, cat="missing_from_force",
         force=None, why="published May 2024, not yet added to the plan"),
    dict(key="r10", rep="peel23", id=13479, type=AFI,
         text="The force should review the support available for those who have raised concerns "
              "and take any action needed to make sure these provisions are suitable.",
         st=OPEN_BP, cat="in_sync",
         force=F(name="full", prefix="AFI – ", pct=15, ref="TBC", manual=True),
         why="open on both; manually scheduled"),
    dict(key="r11", rep="peel23", id=13480, type=AFI,
         text="The force should make sure its analysis of county lines drug dealing informs its "
              "strategic assessment and control strategy.",
         st=OPEN_BP, cat="closeable_submit",
         force=F(name="full", prefix="AFI – ", pct=100, ref="TBC", closure="Yes"),
         why="HMICFRS open, plan 100%"),
]

# Force rows with no HMICFRS item: (group, name, ref, pct, why)
LOCALS = [
    dict(key="x1", rep="eff16",
         name="AFI – The force should expand the skills project work to include an assessment of "
              "all skills, not only operational, including potential future skills requirements. "
              "This assessment should inform workforce plans.",
         ref="6120", pct=60,
         why="PEEL efficiency 2016 AFI with a register-style ref; not on the HMICFRS list (closed "
             "or never held) - query with HMICFRS"),
    dict(key="x2", rep="integrity",
         name="National CoC (Oct 17) – Abuse of position for a sexual purpose: implement the NPCC "
              "counter-corruption action plan",
         ref="", pct=100, why="national cause of concern tracked by the force; not on the list"),
    dict(key="x3", rep="peel21",
         name="Force action - Add violence against women and girls measures to the monthly Force "
              "Performance pack", ref="Local", pct=60,
         why="force's own action filed under the PEEL 21-22 summary"),
    dict(key="x4", rep="local",
         name="Task & Finish group to review the domestic abuse policy and report to the Force "
              "Executive Team", ref="Local", pct=100, why="local action"),
    dict(key="x5", rep="local",
         name="Dip-sample 50 rape and serious sexual offences crime reports each quarter and "
              "report findings to the Crime Standards Board", ref="Local", pct=50,
         why="local action; related in topic to AFI 10234 but not the force's entry for it"),
    dict(key="x6", rep="local",
         name="Internal audit action: Internal audit of the firearms licensing governance "
              "arrangements (audit plan 2023/24)", ref="IA 23/24-07", pct=100,
         why="internal audit action, not an HMICFRS item"),
    dict(key="x7", rep="local",
         name="JAC action: Appoint a single point of contact for hate crime in each local "
              "policing area", ref="Local", pct=0, why="local action (Future Task)"),
]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Supt Firearms Licensing"]

DONE_NOTES = [
    "Policy published on the intranet and briefed to all supervisors. Evidence pack held by "
    "Strategic Change.",
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Delivered. Signed off at Force Improvement Board; closure paper to go to the FLL.",
    "Training delivered to 94% of the target cohort; remainder picked up in new-starter "
    "course. Lead content this is complete.",
    "Ready to move to GREEN status.",
    "Pending sign off by the chief officer lead.",
]
ACTION_DONE = [
    "Done – evidence on the Strategic Change shared drive.",
    "Complete; dip-check by Strategic Change found it embedded.",
    "Delivered and closed at the monthly delivery meeting.",
]
ACTION_OPEN = [
    "In progress.",
    "Slipped – new date agreed with the lead.",
    "Waiting on IT change request (CR raised).",
    "Drafted; with the lead for comment.",
]
OPEN_NOTES = [
    "A Task & Finish group has been set up; draft procedure with Legal Services.",
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Training slots booked for Feb–Mar 2025; comms plan drafted.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Allocated to the lead. Scoping meeting held; timescales re-baselined at Gold group.",
    "Awaiting allocation.",
    "Audit in progress; findings to Crime Standards Board in March.",
]


# --- helpers -----------------------------------------------------------------------------------
def add_busdays(d: date, n: int) -> date:
    step = 1 if n >= 0 else -1
    while d.weekday() >= 5:
        d += timedelta(days=1)
    k = 0
    while k < abs(n):
        d += timedelta(days=step)
        if d.weekday() < 5:
            k += 1
    return d


def busdays_between(a: date, b: date) -> int:
    n, d = 0, a
    while d < b:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n += 1
    return n


def fmt_start(d: date) -> str:
    return f"{d:%d %B %Y} 08:00"


def fmt_finish(d: date) -> str:
    return f"{d:%d %B %Y} 17:00"


def note_date(rng: random.Random, lo: date, hi: date) -> str:
    span = (hi - lo).days
    d = lo + timedelta(days=rng.randint(0, max(span, 0)))
    return f"{d:%d/%m/%Y}"


class Task:
    def __init__(self, name, level, kind, **kw):
        self.name, self.level, self.kind = name, level, kind  # kind: proj/group/item/action/local/blank
        self.children: list[Task] = []
        self.__dict__.update(kw)


def build() -> None:
    rng = random.Random(SEED)
    os.makedirs(OUT, exist_ok=True)
    by_key = {it["key"]: it for it in ITEMS}

    # ---------------- plan tree
    proj = Task("Lincolnshire Police – HMICFRS Improvement Plan (Strategic Change)", 0, "proj")
    groups = {}
    for g in GROUP_ORDER:
        if g == "BLANK":
            proj.children.append(Task("", 1, "blank"))
            continue
        gt = Task(REPORTS[g][2], 1, "group", rep=g)
        groups[g] = gt
        proj.children.append(gt)

    item_tasks = {}
    for it in ITEMS:
        f = it["force"]
        if f is None:
            continue
        text = it["text"]
        mode = f["name"]
        prefix = f.get("prefix", "")
        if mode == "full":
            name = flat(prefix + text)
            assert len(name) <= 255, (it["key"], len(name))
        elif mode == "cut":
            name = cut255(prefix + text)
        elif mode == "abbr":
            name = cut255(prefix + abbreviate(text))
        else:
            name = mode
        parent = item_tasks[it["parent"]] if it.get("parent") else groups[it["rep"]]
        t = Task(name, parent.level + 1, "item", item=it, f=f, rep=it["rep"])
        for ch in f["children"]:
            t.children.append(Task(ch["name"], t.level + 1, "action", item=it, f=ch, rep=it["rep"]))
        parent.children.append(t)
        item_tasks[it["key"]] = t
    for lo in LOCALS:
        g = groups[lo["rep"]]
        g.children.append(Task(lo["name"], 2, "local", loc=lo, f=dict(pct=lo["pct"], ref=lo["ref"],
                                                                      active=True), rep=lo["rep"]))

    # ---------------- schedule leaves
    def leaf_pct(t):
        return t.f.get("pct", 0)

    def schedule_leaf(t):
        pub = REPORTS[t.rep][1]
        pct = leaf_pct(t)
        dur = 0 if t.f.get("milestone") else rng.choice([10, 15, 20, 30, 40, 60, 90, 120])
        start = add_busdays(pub, rng.randint(15, 70))
        if t.rep == "local":
            start = add_busdays(date(2023, 4, 3), rng.randint(0, 200))
        finish = add_busdays(start, dur)
        base_finish = finish
        if pct == 100:
            if finish > STATUS_DATE:
                finish = add_busdays(STATUS_DATE, -rng.randint(5, 60))
                start = add_busdays(finish, -dur)
        elif t.f.get("future"):
            start = add_busdays(STATUS_DATE, rng.randint(20, 60))
            finish = add_busdays(start, dur)
        elif t.f.get("active") is not False and finish < STATUS_DATE and rng.random() < 0.6:
            # re-planned: the task started (it has progress) and now ends after the status date
            start = add_busdays(STATUS_DATE, -rng.randint(1, max(dur - 1, 1)))
            if pct == 0 and rng.random() < 0.5:
                start = add_busdays(STATUS_DATE, rng.randint(5, 60))
            finish = add_busdays(start, dur)
        t.start, t.finish, t.dur, t.pct = start, finish, dur, pct
        t.base_finish = None if t.rep in ("peel23", "local") else base_finish
        t.manual = bool(t.f.get("manual"))
        if t.manual:
            t.dur = None

    def walk(t):
        yield t
        for c in t.children:
            yield from walk(c)

    for t in walk(proj):
        if t.kind in ("item", "action", "local") and not t.children:
            schedule_leaf(t)

    def rollup(t):
        if not t.children:
            return
        for c in t.children:
            rollup(c)
        kids = [c for c in t.children if c.kind != "blank"]
        live = [c for c in kids if getattr(c, "f", {}).get("active", True) is not False]
        dated = [c for c in (live or kids) if getattr(c, "start", None)]
        t.start = min(c.start for c in dated)
        fins = [c.finish for c in dated]
        t.finish = max(fins)
        t.dur = busdays_between(t.start, t.finish)
        t.manual = False
        # Project rolls % up by duration; inactive tasks do not roll up
        num = den = 0.0
        for c in kids:
            if getattr(c, "f", {}).get("active", True) is False:
                continue
            w = c.dur if c.dur else (1 if c.dur == 0 else 20)
            num += w * c.pct
            den += w
        t.pct = int(round(num / den)) if den else 0
        if live and all(c.pct == 100 for c in live):
            t.pct = 100
        bfs = [c.base_finish for c in dated if getattr(c, "base_finish", None)]
        t.base_finish = max(bfs) if bfs else None

    rollup(proj)

    # ---------------- rows
    header = ["ID", "Unique_ID", "Outline_Level", "WBS", "Name", "Active", "Task_Mode",
              "Milestone", "Duration", "Start", "Finish", "Deadline", "Baseline_Finish",
              "Percent_Complete", "Status", "Resource_Names", "Predecessors", "HMICFRS_Ref",
              "Closure_Submitted", "Notes"]
    rows = []
    truth = []
    uid_late = 412
    uid = 0
    next_id = 0
    wbs_stack = []

    def status_of(t):
        if t.pct == 100:
            return "Complete"
        if t.manual:
            return "On Schedule"
        if t.start > STATUS_DATE:
            return "Future Task"
        if t.finish < STATUS_DATE:
            return "Late"
        return "On Schedule"

    def emit(t, wbs):
        nonlocal uid, uid_late, next_id
        excel_row = len(rows) + 2
        t.excel_row = excel_row
        if t.kind == "blank":
            rows.append([next_id] + [None] * (len(header) - 1))
            next_id += 1
            return
        tid = next_id
        next_id += 1
        t.tid = tid
        rep_ = getattr(t, "rep", None)
        if (rep_ == "peel23" and t.kind != "group") or (t.kind == "local" and rep_ == "local"):
            uid_late += rng.randint(1, 3)
            u = uid_late
        else:
            uid += rng.randint(1, 3)
            u = uid
        if t.kind == "proj":
            u = 0
        f = getattr(t, "f", {}) or {}
        active = "No" if f.get("active") is False else "Yes"
        milestone = "Yes" if f.get("milestone") else "No"
        mode = "Manually Scheduled" if getattr(t, "manual", False) else "Auto Scheduled"
        if milestone == "Yes":
            duration = "0 days"
        elif t.manual:
            duration = "ongoing"
        else:
            duration = f"{t.dur} days"
        start = fmt_start(t.start)
        finish = "TBC" if t.manual else fmt_finish(t.finish)
        if milestone == "Yes":
            finish = fmt_finish(t.start)
        deadline = "NA"
        item = getattr(t, "item", None)
        if t.kind == "item" and f.get("deadline"):
            deadline = fmt_finish(f["deadline"])
        bf = getattr(t, "base_finish", None)
        base = fmt_finish(bf) if bf else "NA"
        pct = f"{t.pct}%"
        status = status_of(t)
        res = ""
        if t.kind in ("action", "local") or (t.kind == "item" and not t.children):
            leads = rng.sample(LEADS, 2)
            r = rng.random()
            res = leads[0] if r < 0.6 else (f"{leads[0]}[50%],{leads[1]}" if r < 0.85
                                            else f"{leads[0]},{leads[1]}")
            t.res = res
        pred = ""
        if t.kind == "action" and t.sib_prev is not None and rng.random() < 0.6:
            pred = str(t.sib_prev.tid)
        # HMICFRS_Ref (Text1)
        ref = ""
        if t.kind == "item":
            r_ = f["ref"]
            ref = str(item["id"]) if r_ == "ok" else r_
        elif t.kind == "local":
            ref = f["ref"]
        closure = f.get("closure", "No") if t.kind in ("item",) else "No"
        # Notes
        notes = ""
        if t.kind == "item":
            parts = []
            if f.get("notes_override"):
                parts.append(f["notes_override"])
            elif f.get("notes_text"):
                parts.append("HMICFRS text: " + item["text"])
            upd = f.get("update")
            if upd is None and rng.random() < 0.75 and not t.children:
                bank = DONE_NOTES if t.pct == 100 else OPEN_NOTES
                nd = note_date(rng, date(2024, 6, 1), STATUS_DATE)
                upd = f"{nd} – {rng.choice(bank)}"
            if upd:
                parts.append(upd)
            notes = "\n\n".join(parts)
        elif t.kind in ("action", "local") and rng.random() < 0.5:
            bank = ACTION_DONE if t.pct == 100 else ACTION_OPEN
            notes = f"{note_date(rng, date(2024, 6, 1), STATUS_DATE)} – {rng.choice(bank)}"
        level = t.level
        rows.append([tid, u, level, wbs, t.name, active, mode, milestone, duration, start, finish,
                     deadline, base, pct, status, res, pred, ref, closure, notes])
        if t.kind in ("item", "action"):
            truth.append((item["key"], excel_row, item["cat"],
                          item["why"] if t.kind == "item" else
                          "action row split off the same recommendation; " + item["why"]))
        elif t.kind == "local":
            truth.append((None, excel_row, "not_on_hmicfrs_list", t.loc["why"]))
        prev = None
        k = 0
        for c in t.children:
            c.sib_prev = prev
            if c.kind == "blank":
                emit(c, None)
                continue
            k += 1
            emit(c, f"{wbs}.{k}" if wbs else str(k))
            prev = c

    proj.sib_prev = None
    emit(proj, "0")
    # WBS of the project summary task is "0"; children get "1", "2", ... (fix prefix)
    for r in rows:
        if r[3] and r[3].startswith("0."):
            r[3] = r[3][2:]

    # ---------------- HMICFRS register export
    hm_rows = []
    for it in sorted(ITEMS, key=lambda x: x["id"]):
        title, pub, _ = REPORTS[it["rep"]]
        if it["st"] in (OPEN_AR, OPEN_BP):
            sd = date(2024, 1, 8) + timedelta(days=rng.randint(0, 370))
            if it["st"] == OPEN_AR:
                sd = max(sd, pub + timedelta(days=1))
        else:
            lo = pub + timedelta(days=200)
            sd = lo + timedelta(days=rng.randint(0, max((date(2024, 12, 20) - lo).days, 1)))
        hm_rows.append([it["id"], FORCE, title, pub, it["type"], it["text"], it["st"], sd])
    hm_rowno = {}
    for i, r in enumerate(hm_rows):
        hm_rowno[r[0]] = i + 2

    # ---------------- write HMICFRS workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    hhead = ["Recommendation ID", "Force", "Report", "Published", "Type", "Recommendation",
             "Status", "Status date"]
    ws.append(hhead)
    for r in hm_rows:
        ws.append(r)
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in ws.iter_rows(min_row=2):
        row[3].number_format = "dd/mm/yyyy"
        row[7].number_format = "dd/mm/yyyy"
        row[5].alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", [18, 20, 48, 12, 24, 90, 26, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    save_wb(wb, os.path.join(OUT, "hmicfrs.xlsx"))

    # ---------------- write force workbook (Export Wizard output)
    wb = Workbook()
    ws = wb.active
    ws.title = "Task_Table1"
    ws.append(header)
    for r in rows:
        ws.append(r)
    ws2 = wb.create_sheet("Assignment_Table1")
    ws2.append(["Task_Name", "Resource_Name", "Work", "Percent_Work_Complete"])
    for t in walk(proj):
        res = getattr(t, "res", "")
        if not res:
            continue
        for part in res.split(","):
            m = re.match(r"(.*?)(?:\[(\d+)%\])?$", part)
            rname, units = m.group(1), int(m.group(2) or 100)
            hours = (t.dur or 20) * 8 * units // 100
            ws2.append([t.name, rname, f"{hours} hrs", f"{t.pct}%"])
    save_wb(wb, os.path.join(OUT, "tracker.xlsx"))

    # ---------------- truth.csv
    lines = []
    seen_items = set()
    for key, frow, cat, why in truth:
        if key is None:
            lines.append(["", f"Task_Table1!{frow}", cat, why])
        else:
            it = by_key[key]
            seen_items.add(key)
            lines.append([f"Recommendations!{hm_rowno[it['id']]}", f"Task_Table1!{frow}", cat, why])
    for it in ITEMS:
        if it["key"] not in seen_items:
            assert it["force"] is None, it["key"]
            lines.append([f"Recommendations!{hm_rowno[it['id']]}", "", it["cat"], it["why"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


def save_wb(wb: Workbook, path: str) -> None:
    """Save with fixed metadata and fixed zip timestamps so the bytes never change."""
    wb.properties.creator = "Strategic Change"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    wb.properties.lastModifiedBy = "Strategic Change"
    raw = io.BytesIO()
    wb.save(raw)
    raw.seek(0)
    src = zipfile.ZipFile(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-01-31T16:05:00Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 31, 16, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


if __name__ == "__main__":
    build()
    print("built", OUT)
