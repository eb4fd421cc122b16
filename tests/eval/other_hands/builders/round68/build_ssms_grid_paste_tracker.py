"""Builder for the evaluation case `ssms_grid_paste_tracker` (round 68, force-side layout).

Run with /work/main/.venv/bin/python build_ssms_grid_paste_tracker.py; writes
ssms_grid_paste_tracker/{hmicfrs.xlsx, tracker.xlsx, truth.csv} next to this script
(README.md is written by hand). Fixed seed; rebuilds byte for byte.

Recommendation texts: real public HMICFRS wording (Open Government Licence), copied verbatim
from /work/main/reconcile/casegen/texts/ (national.py, force.py) and
/work/shared/data/real_recommendations.csv. Progress notes, local actions and the force's own
rewordings are written for this case.
"""

# National (all-forces) reports and items, copied verbatim from casegen/texts/national.py (OGL).
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
                'private sector.']),
 'core': ('Core Business: an inspection into crime prevention, police attendance and the use of '
          'police time',
          (2014, 9, 4),
          ['Not later than 31 March 2015 those forces using a threat, harm and risk policy, that '
           'have not yet done so, should provide call-handlers with specific, sound and '
           'comprehensible criteria against which they can assess threat, harm and risk.',
           'By 31 March 2015 all forces should ensure that crime prevention or disruption activity '
           'carried out is systematically recorded and subsequently evaluated to determine the '
           'effectiveness of tactics being employed.']),
 'efc17': ('PEEL: Police efficiency 2017 (national overview)',
           (2017, 11, 9),
           ['By September 2018, chief constables should produce an ambitious plan to improve '
            'digitally-enabled services within their force. The Home Office, National Police '
            "Chiefs' Council and Association of Police and Crime Commissioners should support the "
            'development of these plans by establishing a national framework which allows for the '
            'provision of digitally enabled services across force boundaries.']),
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
               'CPS scrutiny panels and MARAC self-assessments.']),
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
               'power, when appropriate, to seize firearms and firearm certificates.']),
 'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to '
               'provide the capability to tackle corruption in policing',
               (2015, 1, 30),
               ['By 31 August 2015, all chief constables should satisfy themselves that they have '
                'processes in place to ensure that investigations into misconduct by officers and '
                'staff resulting in “no further action” are fair and free of any form of '
                'discrimination.']),
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
            'unconscious bias and College of Policing APP on stop and search.']),
 'picture': ('Building the picture: an inspection of police information management',
             (2015, 7, 1),
             ['By 30 November 2015, chief constables should put in place arrangements to '
              'scrutinise audits of compliance with the APP on information management through the '
              'force information management governance structure. This should include measures to '
              'ensure that categorisation of records are regularly adjusted.']),
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
             'explain the reasons and implement any necessary improvement action.']),
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
            'people.']),
 'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?',
           (2015, 3, 24),
           ['Chief constables should, in consultation with police and crime commissioners, ensure '
            'that they comply with the Code of Practice by explaining to the public the way stop '
            'and search powers are used in their areas and by making arrangements for stop and '
            'search records to be scrutinised by community representatives. This should be done in '
            'a way that involves those people who are stopped and searched, for example young '
            'people.']),
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
             'trafficking offences are exploited.'])}

# Cause of concern and bodies copied verbatim from casegen/texts/force.py (OGL).
CAUSE_DA = "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed."
CDI_VICTIMS_BODY = 'put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed'
MISSING_CHILDREN_BODY = 'review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately;\n• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and\n• supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action'
CHILD_DETENTION_BODY = 'in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested'
CAUTIONS_BODY = 'revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue'

# ---------------------------------------------------------------------------------------------
# Case: ssms_grid_paste_tracker
#
# The force (Cumbria Constabulary) keeps its recommendations in an in-house SQL Server database
# (the Organisational Learning "OL Recommendations" app). For the reconciliation the analyst ran
# a query in SQL Server Management Studio, used "Copy with Headers" on the results grid and
# pasted it into a new Excel workbook (Sheet1), then typed two note rows above it. SSMS's
# "Retain CR/LF on copy or save" option is ticked, so every line break inside a text field
# starts a new Excel row when pasted. The builder simulates exactly that paste.
# ---------------------------------------------------------------------------------------------

import csv
import datetime as dt
import random
import re
from pathlib import Path

import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 6825
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "ssms_grid_paste_tracker"
FORCE = "Cumbria Constabulary"

D = dt.datetime


def day(y, m, d):
    return D(y, m, d)


# ----------------------------------------------------------------- HMICFRS side (reports, items)
REPORTS = {k: (t, day(*d)) for k, (t, d, _items) in NATIONAL.items()}
REPORTS.update({
    "eff16": ("PEEL: Police effectiveness 2016", day(2017, 3, 2)),
    "eff15": ("PEEL: Police effectiveness 2015", day(2016, 2, 25)),   # force side only (wrong link)
    "cdi17": ("Crime data integrity inspection 2017", day(2017, 9, 14)),
    "cdi14": ("Crime data integrity inspection 2014", day(2014, 9, 25)),  # force side only
    "ncpi18": ("National child protection inspection 2018", day(2018, 6, 21)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", day(2019, 5, 2)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", day(2022, 5, 12)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", day(2024, 5, 16)),
})

NREC = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"


def nat(key, i):
    return NATIONAL[key][2][i]


def cdi_without_bullet(body, drop):
    lines = body.split("\n")
    keep = [ln for j, ln in enumerate(lines) if j != drop]
    # the force's copy re-punctuates the new last-but-one bullet
    keep[-2] = keep[-2].rstrip(";") + "; and" if not keep[-2].endswith("and") else keep[-2]
    return "\n".join(keep)


# Each HMICFRS item: id, report key, type, text, status, status date, intended category, why.
H = []


def h(ref, rep, typ, text, status, sdate, cat, why):
    H.append(dict(ref=ref, rep=rep, type=typ, text=text, status=status, sdate=sdate,
                  cat=cat, why=why))


BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"

# national reports ----------------------------------------------------------------------------
h(1187, "sas13", NREC, nat("sas13", 0), CO, day(2016, 4, 11), "in_sync", "closed on both sides")
h(1188, "sas13", NREC, nat("sas13", 1), CO, day(2016, 4, 11), "closeable_local",
  "HMICFRS complete; force StatusDesc In Progress (IsClosed 0)")
h(1189, "sas13", NREC, nat("sas13", 2), BP, day(2019, 8, 6), "closeable_submit",
  "HMICFRSRef NULL on force row, matched by text and source (sas13 wording 'elected local "
  "policing bodies', not the 2015 near-duplicate 5120); force Closed, HMICFRS open")
h(2315, "everyone", NREC, NATIONAL["everyone"][2][0], CO, day(2017, 1, 19), "closeable_local",
  "HMICFRS complete; force keeps the DA action plan In Progress (text pasted over 8 rows incl. "
  "2 blank rows)")
h(2501, "austerity", NREC, nat("austerity", 0), CO, day(2015, 6, 30), "in_sync",
  "closed on both sides")
h(2502, "austerity", NREC, nat("austerity", 1), CO, day(2015, 6, 30), "missing_from_force",
  "not in the OL database extract")
h(2503, "austerity", NREC, nat("austerity", 2), SU, day(2016, 11, 3), "closeable_local",
  "HMICFRS superseded; force In Progress")
h(2504, "austerity", NREC, nat("austerity", 3), BP, day(2018, 2, 14), "closeable_submit",
  "force Submitted to HMICFRS (IsClosed 0), HMICFRS still being progressed")
h(4821, "core", NREC, nat("core", 0), SU, day(2016, 3, 8), "in_sync",
  "HMICFRSRef NULL on force row, matched by text; HMICFRS superseded, force Closed")
h(4822, "core", NREC, nat("core", 1), BP, day(2018, 5, 22), "in_sync", "open on both sides")
h(902, "integrity", NREC, nat("integrity", 0), CO, day(2016, 9, 27), "in_sync",
  "HMICFRS complete; force Awaiting Sign Off counts as done (IsClosed still 0)")
h(5120, "sas15", NREC, nat("sas15", 0), BP, day(2019, 8, 6), "in_sync",
  "open on both sides; near-duplicate of sas13 item 1189, kept apart by reference and wording")
h(5480, "picture", NREC, nat("picture", 0), CO, day(2017, 2, 2), "in_sync", "closed on both sides")
h(5801, "firearms", NREC, nat("firearms", 0), CO, day(2016, 7, 5), "in_sync",
  "closed on both sides")
h(5802, "firearms", NREC, nat("firearms", 1), BP, day(2020, 10, 15), "closeable_submit",
  "force Submitted to HMICFRS; HMICFRS still being progressed")
h(5803, "firearms", NREC, nat("firearms", 2), CO, day(2017, 4, 20), "closeable_local",
  "HMICFRS complete; force In Progress")
h(5804, "firearms", NREC, nat("firearms", 3), CO, day(2016, 7, 5), "in_sync",
  "closed on both sides")
h(5805, "firearms", NREC, nat("firearms", 4), BP, day(2021, 3, 9), "in_sync",
  "open on both sides")
h(8301, "stolen", NREC, nat("stolen", 0), BP, day(2020, 1, 28), "in_sync",
  "force split the 4 bullets into 4 records; bullets 1, 3, 4 Closed but bullet 2 In Progress, "
  "so the item is open on the force side as on HMICFRS's")
h(8302, "stolen", NREC, nat("stolen", 1), BP, day(2020, 1, 28), "conflict",
  "timescale differs: HMICFRS 'Within six months', force text 'Within 12 months'")
h(8303, "stolen", NREC, nat("stolen", 2), CO, day(2019, 6, 18), "in_sync", "closed on both sides")
h(8304, "stolen", NREC, nat("stolen", 3), BP, day(2020, 1, 28), "closeable_submit",
  "force Awaiting Sign Off (done), HMICFRS being progressed")
h(8305, "stolen", NREC, nat("stolen", 4), CO, day(2019, 6, 18), "closeable_local",
  "HMICFRS complete; force In Progress")
h(8306, "stolen", NREC, nat("stolen", 5), BP, day(2020, 1, 28), "in_sync", "open on both sides")
h(8307, "stolen", NREC, nat("stolen", 6), BP, day(2020, 1, 28), "missing_from_force",
  "not in the OL database extract")
h(8412, "efc17", NREC, nat("efc17", 0), SU, day(2019, 12, 3), "closeable_local",
  "HMICFRS superseded; force In Progress (force text keeps only the first sentence, the ask "
  "on the force)")
h(8540, "leg17", COC, nat("leg17", 0), BP, day(2020, 2, 11), "in_sync",
  "cause of concern; force RecType 'Cause for Concern', open on both sides")
h(8541, "leg17", NREC, nat("leg17", 1), BP, day(2020, 2, 11), "closeable_submit",
  "force Closed, HMICFRS open (text pasted over 2 rows)")
h(8542, "leg17", NREC, nat("leg17", 2), BP, day(2020, 2, 11), "in_sync",
  "open on both sides (text pasted over 2 rows)")
h(8543, "leg17", NREC, nat("leg17", 3), CO, day(2019, 9, 24), "in_sync", "closed on both sides")
h(8544, "leg17", NREC, nat("leg17", 4), BP, day(2020, 2, 11), "conflict",
  "type differs: HMICFRS national recommendation, force RecType 'AFI'")
h(12031, "powers", NREC, nat("powers", 0), BP, day(2023, 1, 17), "in_sync", "open on both sides")
h(12032, "powers", NREC, nat("powers", 1), BP, day(2023, 1, 17), "closeable_submit",
  "force Submitted to HMICFRS, HMICFRS open")
h(12033, "powers", NREC, nat("powers", 2), BP, day(2023, 1, 17), "in_sync",
  "open on both sides (3-part text pasted over 3 rows, status fields on the 3rd row)")
h(12035, "powers", NREC, nat("powers", 4), CO, day(2022, 11, 8), "in_sync",
  "closed on both sides")

# force-level reports (Cumbria) ---------------------------------------------------------------
h(7710, "eff16", COC, CAUSE_DA, CO, day(2018, 3, 6), "in_sync", "cause of concern closed on both sides")
h(7711, "eff16", REC,
  "To address this cause of concern, HMIC recommends the force should immediately take steps "
  "to ensure that there is effective supervision of the initial risk assessment process, "
  "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
  CO, day(2018, 3, 6), "closeable_local", "HMICFRS complete; force In Progress")
h(7712, "eff16", REC,
  "HMIC recommends that within six months the force should: ensure regular and active "
  "supervision of the quality and progress of investigations. This supervision should be "
  "properly recorded;", BP, day(2019, 2, 12), "closeable_submit",
  "force Submitted to HMICFRS, HMICFRS open")
h(7713, "eff16", AFI, "The force should improve its understanding of the nature and scale of "
  "child sexual exploitation in its area.", SU, day(2019, 5, 2), "in_sync",
  "HMICFRS superseded, force Closed")
h(7714, "eff16", AFI, "The force should make sure victims of stalking and harassment are kept "
  "informed about the progress of their case, in line with the Code of Practice for Victims of "
  "Crime.", SU, day(2019, 5, 2), "closeable_local", "HMICFRS superseded; force In Progress")
h(7715, "eff16", AFI, "The force should improve the supervision of investigations, so that "
  "investigation plans are set, reviewed and recorded and victims receive a consistently good "
  "service.", BP, day(2019, 5, 2), "conflict",
  "report differs: force record linked to source 'PEEL Effectiveness 2015' (published "
  "2016-02-25), HMICFRS has it under PEEL: Police effectiveness 2016 (2 Mar 2017); ref 7715 "
  "and text agree")
h(8110, "cdi17", REC, "Within six months the force should " + CDI_VICTIMS_BODY + ".", BP,
  day(2019, 10, 1), "conflict",
  "missing bullet: force text lacks the 'awaiting the results of medical examinations or "
  "video interviews' bullet (4 of 5 bullets)")
h(8111, "cdi17", REC, "Within three months, the force should provide call-handlers with "
  "specific, sound and comprehensible criteria against which they can assess threat, harm and "
  "risk.", CO, day(2018, 7, 10), "in_sync", "closed on both sides")
h(8112, "cdi17", AFI, "The force should make sure it records reports of rape and serious "
  "sexual offences accurately and without delay.", BP, day(2019, 10, 1), "closeable_submit",
  "force Awaiting Sign Off, HMICFRS open")
h(8113, "cdi17", AFI, "The force should improve its use of its crime-recording and management "
  "system to better manage its case files and investigative processes.", CO, day(2019, 10, 1),
  "closeable_local", "HMICFRS complete; force In Progress")
h(9020, "ncpi18", REC, "Within six months Cumbria Constabulary should, " + CHILD_DETENTION_BODY
  + ".", BP, day(2020, 6, 30), "in_sync", "open on both sides")
h(9021, "ncpi18", REC, "Immediately, the force should " + MISSING_CHILDREN_BODY + ".", BP,
  day(2020, 6, 30), "closeable_submit",
  "force Submitted to HMICFRS, HMICFRS open (text pasted over 4 rows)")
h(9022, "ncpi18", AFI, "The force should make sure its analysis of child sexual exploitation "
  "informs its strategic assessment and control strategy.", CO, day(2020, 6, 30), "in_sync",
  "closed on both sides")
h(9023, "ncpi18", AFI, "The force should improve how it works with partner organisations to "
  "safeguard people at risk from online child sexual abuse.", BP, day(2020, 6, 30),
  "missing_from_force", "not in the OL database extract")
h(9601, "peel18", AFI, "The force should develop a future workforce plan that is aligned with "
  "its overall demand and budget. The plan should include future resource allocations, the mix "
  "of skills required by the workforce and behaviours expected of them.", CO, day(2021, 4, 27),
  "in_sync", "closed on both sides")
h(9602, "peel18", AFI, "The force should undertake further work to gain a fuller understanding "
  "of current demand for its services, and likely future changes in demand. This is so it can "
  "make best use of its resources by matching them to demand to meet the needs of the public.",
  BP, day(2021, 4, 27), "in_sync",
  "open on both sides; a tab inside LatestUpdate pushed LastModified one column right")
h(9603, "peel18", AFI, "The force should develop its understanding of the links between its "
  "outcomes, outputs and costs.", CO, day(2021, 4, 27), "closeable_local",
  "HMICFRSRef NULL on force row, matched by text; HMICFRS complete, force Not Started")
h(9604, "peel18", AFI, "Cumbria Constabulary should improve its understanding of suspects "
  "released under investigation and the management of those released on bail.", BP,
  day(2021, 4, 27), "closeable_submit", "force Closed, HMICFRS open")
h(9605, "peel18", AFI, "The force should ensure all staff have received at least the lowest "
  "level of vetting clearance for their roles as quickly as possible, working to clear both the "
  "vetting backlog and new vetting renewals when they become due so that it complies fully with "
  "the national vetting guidelines.", BP, day(2021, 4, 27), "in_sync",
  "joint lead: the query's join to the owners table returns RecID twice (PSD and People "
  "Services); open on both sides")
h(9606, "peel18", AFI, "The force should make sure it provides a confidential way for staff to "
  "raise concerns and that staff are aware of whistleblowing processes.", BP, day(2021, 4, 27),
  "in_sync", "open on both sides")
h(13410, "peel21", AFI, "The force should make sure investigations of domestic abuse are "
  "allocated to officers with the right skills and are effectively supervised.", BP,
  day(2023, 6, 20), "closeable_submit",
  "joint lead: RecID returned twice by the owners join; both rows Submitted to HMICFRS, "
  "HMICFRS open")
h(13411, "peel21", AFI, "The force should improve the timeliness of its response to calls for "
  "service involving vulnerable adults.", BP, day(2023, 6, 20), "in_sync",
  "open on both sides (force text abridged)")
h(13412, "peel21", AFI, "The force should make sure victims of hate crime are kept informed "
  "about the progress of their case, in line with the Code of Practice for Victims of Crime.",
  CO, day(2023, 12, 5), "in_sync", "closed on both sides")
h(13413, "peel21", AFI, "The force should review how it gathers and uses equality and "
  "diversity data to improve its understanding of its workforce demographics.", BP,
  day(2023, 6, 20), "closeable_submit", "force Awaiting Sign Off, HMICFRS open")
h(13414, "peel21", AFI, "The force should put plans in place to monitor, including through the "
  "gathering and analysis of staff feedback, team cultures and provide prompt remedial action "
  "for any issues it identifies.", BP, day(2023, 6, 20), "in_sync",
  "open on both sides (RAG Green = on track, StatusDesc In Progress)")
h(13415, "peel21", AFI, "The force should improve the way it manages the risk posed by "
  "offenders involved in online child sexual abuse.", CO, day(2023, 12, 5), "closeable_local",
  "HMICFRS complete; force In Progress")
h(13416, "peel21", AFI, "The force should make sure it has enough specialist capacity and "
  "capability to investigate fraud.", BP, day(2023, 6, 20), "in_sync", "open on both sides")
h(13417, "peel21", AFI, "The force should develop a problem-solving approach to anti-social "
  "behaviour, working with local communities and partners.", BP, day(2023, 6, 20),
  "closeable_submit", "force Closed, HMICFRS open")
h(15120, "peel23", AFI, "The force should improve the timeliness of its response to calls for "
  "service involving people with mental ill health.", AR, day(2024, 5, 21), "in_sync",
  "HMICFRSRef 'TBC' on force row; awaiting review / Not Started: open on both sides")
h(15121, "peel23", AFI, "The force should make sure it records reports of anti-social "
  "behaviour accurately and without delay.", AR, day(2024, 5, 21), "in_sync",
  "HMICFRSRef 'TBC' on force row; open on both sides")
h(15122, "peel23", AFI, "The force should make sure its performance framework gives senior "
  "leaders a clear picture of its response to violence against women and girls.", AR,
  day(2024, 5, 21), "missing_from_force",
  "not in the extract; the 2023 local action 'Add violence against women and girls measures "
  "to the monthly Force Performance pack' predates the report and is not this AFI")
h(15123, "peel23", AFI, "The force should make sure officers and staff have the training they "
  "need to identify and respond to stalking and harassment.", AR, day(2024, 5, 21), "in_sync",
  "HMICFRSRef 'TBC' on force row; open on both sides")
h(15124, "peel23", AFI, "The force should improve how it gathers, assesses and acts on "
  "intelligence about county lines drug dealing.", AR, day(2024, 5, 21), "in_sync",
  "HMICFRSRef NULL on force row, matched by text; open on both sides (the county lines "
  "problem-profile local action is a separate force item)")
h(15125, "peel23", AFI, "The force should ensure that it has sufficient resources available in "
  "the control room to fulfil its resourcing model, and so to meet its demand, while also "
  "taking into account the wellbeing of its workforce.", AR, day(2024, 5, 21),
  "closeable_submit", "force Awaiting Sign Off, HMICFRS awaiting review (open)")
h(15126, "peel23", REC, "Within six months, the force should review its approach to rape and "
  "serious sexual offences to make sure victims receive a consistently good service.", AR,
  day(2024, 5, 21), "missing_from_force", "not in the OL database extract")

HBY = {x["ref"]: x for x in H}

# ----------------------------------------------------------------- force side (OL database)
SRC = {  # SourceName in the OL database -> SourcePublished (None = NULL)
    "sas13": ("Stop & Search powers (HMIC 2013)", day(2013, 7, 9)),
    "everyone": ("Domestic abuse - Everyone's business", day(2014, 3, 27)),
    "austerity": ("Policing in Austerity 2014", day(2014, 7, 22)),
    "core": ("Core Business 2014", day(2014, 9, 4)),
    "cdi14": ("CDI 2014", day(2014, 9, 25)),
    "integrity": ("Integrity Matters 2015", day(2015, 1, 30)),
    "sas15": ("Stop and Search 2 (2015)", day(2015, 3, 24)),
    "picture": ("Building the Picture 2015", day(2015, 7, 1)),
    "firearms": ("Firearms licensing 2015", day(2015, 9, 15)),
    "eff15": ("PEEL Effectiveness 2015", day(2016, 2, 25)),
    "eff16": ("PEEL Effectiveness 2016", day(2017, 3, 2)),
    "cdi17": ("Crime Data Integrity 2017", day(2017, 9, 14)),
    "stolen": ("Stolen Freedom (MSHT) 2017", day(2017, 10, 24)),
    "efc17": ("PEEL Efficiency 17 (all forces)", day(2017, 11, 9)),
    "leg17": ("PEEL Legit 17 S&S", day(2017, 12, 12)),
    "ncpi18": ("NCPI 2018", day(2018, 6, 21)),
    "peel18": ("PEEL 2018/19", day(2019, 5, 2)),
    "powers": ("Police powers spotlight (Feb 21)", day(2021, 2, 26)),
    "peel21": ("PEEL 21-22", day(2022, 5, 12)),
    "peel23": ("PEEL Assessment 2023/24", day(2024, 5, 16)),
    "fip": ("Force Improvement Plan 2023/24", day(2023, 4, 1)),
    "ia": ("Internal Audit 2023/24", day(2023, 6, 30)),
    "jac": ("JAC Action Log", None),
}

F = []
NOT_THIS = object()


def f(hm, ref, src, rtype, text, lead, dept, status, rag, submitted, update, mod,
      why=None, tab_in_update=False):
    F.append(dict(hm=hm, ref=ref, src=src, rtype=rtype, text=text, lead=lead, dept=dept,
                  status=status, rag=rag, submitted=submitted, update=update, mod=mod, why=why,
                  tab=tab_in_update))


def t(ref):
    return HBY[ref]["text"]


NR, RC, AF, CC, LA = "National Rec", "Recommendation", "AFI", "Cause for Concern", "Local Action"
CL, IP, NS, AS, SB = "Closed", "In Progress", "Not Started", "Awaiting Sign Off", "Submitted to HMICFRS"

f(1187, 1187, "sas13", NR, t(1187), "ACC Local Policing", "Local Policing", CL, "Green", None,
  "S&S APP adopted. Closed by OL team following HMIC register update.", (2016, 5))
f(1188, 1188, "sas13", NR, t(1188).replace("stop and search people", "S&S people"),
  "ACC Local Policing", "Local Policing", IP, "Amber", None,
  "Monitoring now via the S&S scrutiny dashboard; awaiting BWV dip-sample results before "
  "proposing closure.", (2024, 9))
f(1189, None, "sas13", NR, t(1189), "ACC Local Policing", "Local Policing", CL, "Green",
  day(2019, 3, 4),
  "External scrutiny panel meets quarterly with youth representation. Evidence submitted to "
  "HMICFRS for closure.", (2019, 3))
f(2315, 2315, "everyone", NR, t(2315), "Ch Supt Public Protection", "Public Protection", IP,
  "Amber", None,
  "DA delivery plan refreshed annually and reported to the DA Strategic Board. Kept open as "
  "the plan is live.", (2024, 7))
f(2501, 2501, "austerity", NR, t(2501), "Director of Finance", "Finance", CL, "Green", None,
  "Addressed through the MTFP and the 2015 savings review.", (2015, 8))
f(2503, 2503, "austerity", NR, t(2503), "Director of Finance", "Finance", IP, "Amber", None,
  "Frontline capacity review linked to the force management statement.", (2023, 11))
f(2504, 2504, "austerity", NR, t(2504), "Head of Corporate Development",
  "Corporate Development", SB, "Green", day(2018, 1, 22),
  "Collaboration review completed (NW regional). Submitted for closure 22/01/2018.", (2018, 1))
f(4821, None, "core", NR, t(4821), "Supt Contact Centre", "Contact Centre", CL, "Green", None,
  "THRIVE adopted in the control room. Closed.", (2016, 4))
f(4822, 4822, "core", NR, t(4822), "Head of Corporate Development", "Corporate Development", IP,
  "Red", None, "Little work yet undertaken in this area. Unlikely to reach deadlines.", (2024, 2))
f(902, 902, "integrity", NR, t(902).replace("“", '"').replace("”", '"'),
  "Head of Professional Standards", "PSD", AS, "Green", None,
  "Pending sign off by the chief officer lead.", (2016, 8))
f(5120, 5120, "sas15", NR, t(5120), "ACC Local Policing", "Local Policing", IP, "Amber", None,
  "Community scrutiny panel terms of reference under review with the OPCC.", (2024, 6))
f(5480, 5480, "picture", NR, t(5480), "Head of Information Management",
  "Information Management", CL, "Green", None, "MoPI audit reports now go to the IM Board.",
  (2017, 3))
f(5801, 5801, "firearms", NR, t(5801), "Supt Firearms Licensing", "Firearms Licensing", CL,
  "Green", None, "Governance assessed against APP; FLM board in place.", (2016, 7))
f(5802, 5802, "firearms", NR, t(5802), "Supt Firearms Licensing", "Firearms Licensing", SB,
  "Green", day(2020, 9, 28),
  "28/09/2020 Submitted to HMICFRS for closure with the demand review.\n"
  "14/02/2020 Additional staff recruited, backlog cleared.", (2020, 9))
f(5803, 5803, "firearms", NR, t(5803).replace("‘", "'").replace("’", "'"),
  "Supt Firearms Licensing", "Firearms Licensing", IP, "Amber", None,
  "Quarterly check of total expired records continuing.", (2024, 5))
f(5804, 5804, "firearms", NR, t(5804), "Supt Firearms Licensing", "Firearms Licensing", CL,
  "Green", None, "Temporary permits process rewritten and NFLMS checks in place.", (2016, 7))
f(5805, 5805, "firearms", NR, t(5805), "Supt Contact Centre", "Contact Centre", IP, "Amber", None,
  "STORM flag for certificate holders being tested with IT.", (2024, 8))
# Stolen freedom: leadership rec split into one record per bullet
f(8301, 8301, "stolen", NR,
  "Within twelve months, forces should review their leadership and governance arrangements "
  "for modern slavery and human trafficking, to ensure that:\n"
  "• senior leaders prioritise the response to modern slavery and human trafficking;",
  "Det Ch Supt Force CID", "Crime Command", CL, "Green", None,
  "MSHT gold group chaired by ACC Crime.", (2019, 11))
f(8301, 8301, "stolen", NR,
  "MSHT leadership & governance review (bullet 2 of 4): every incident of modern slavery "
  "identified to police is allocated appropriate resources with the skills, experience and "
  "capacity to investigate it effectively;", "Det Ch Supt Force CID", "Crime Command", IP,
  "Amber", None, "Resourcing model for MSHT investigations still with FET.", (2024, 10))
f(8301, 8301, "stolen", NR,
  "MSHT leadership & governance review (bullet 3 of 4): forces develop effective partnership "
  "arrangements to co-ordinate activity in order to share information and safeguard victims;",
  "Det Ch Supt Force CID", "Crime Command", CL, "Green", None,
  "Anti-slavery partnership in place across Cumbria.", (2019, 11))
f(8301, 8301, "stolen", NR,
  "MSHT leadership & governance review (bullet 4 of 4): performance and quality assurance "
  "measures are in place to allow senior leaders to assess the nature and quality of the "
  "service provided to victims.", "Det Ch Supt Force CID", "Crime Command", CL, "Green", None,
  "MSHT measures in the performance pack.", (2020, 1))
f(8302, 8302, "stolen", NR,
  "Within 12 months, forces should have in place active ISAs with other agencies to facilitate "
  "speedy exchange of intelligence and in order to safeguard victims better and to identify "
  "suspects as early as possible.", "Head of Intelligence", "Intelligence", CL, "Green", None,
  "ISA signed with the local authorities and UKBF.", (2019, 5))
f(8303, 8303, "stolen", NR, t(8303), "Head of Criminal Justice", "Criminal Justice", CL, "Green",
  None, "S45 guidance issued with CPS.", (2019, 6))
f(8304, 8304, "stolen", NR, t(8304), "Det Ch Supt Force CID", "Crime Command", AS, "Green", None,
  "NRM compliance audit complete; pending sign off by ACC Crime.", (2024, 10))
f(8305, 8305, "stolen", NR, t(8305), "Force Crime Registrar", "Crime Standards", IP, "Amber",
  None,
  "11/09/2024 FCR audit of MSHT crimes scheduled Q4.\n"
  "03/04/2024 Audit capacity agreed at Crime Standards Board.", (2024, 9))
f(8306, 8306, "stolen", NR, t(8306), "Det Ch Supt Force CID", "Crime Command", IP, "Red", None,
  "Work undertaken in area but still requires development to complete.", (2024, 3))
f(8412, 8412, "efc17", NR,
  "By September 2018, chief constables should produce an ambitious plan to improve "
  "digitally-enabled services within their force.", "Head of Corporate Development",
  "Corporate Development", IP, "Amber", None,
  "Addressed holistically as part of the force change programme.", (2023, 12))
f(8540, 8540, "leg17", CC, t(8540), "ACC Local Policing", "Local Policing", IP, "Amber", None,
  "Disproportionality tracked by the S&S scrutiny board.", (2024, 8))
f(8541, 8541, "leg17", NR, t(8541), "ACC Local Policing", "Local Policing", CL, "Green", None,
  "Monthly S&S data monitoring in place; closed at OL board.", (2019, 2))
f(8542, 8542, "leg17", NR, t(8542), "ACC Local Policing", "Local Policing", IP, "Amber", None,
  "Disparity analysis published; action plan outstanding.", (2024, 8))
f(8543, 8543, "leg17", NR, t(8543), "ACC Local Policing", "Local Policing", CL, "Green", None,
  "Annual S&S report published on the force website.", (2019, 8))
f(8544, 8544, "leg17", AF, t(8544), "Head of Learning & Development", "Learning & Development",
  IP, "Amber", None, "Unconscious bias training at 87% of S&S-trained officers.", (2024, 9))
f(12031, 12031, "powers", NR, t(12031), "Head of Learning & Development",
  "Learning & Development", IP, "Amber", None,
  "Conflict management package rewritten; roll-out 2025.", (2024, 10))
f(12032, 12032, "powers", NR, t(12032), "Head of Learning & Development",
  "Learning & Development", SB, "Green", day(2023, 11, 24),
  "Completed. Evidence submitted to HMICFRS for closure.", (2023, 11))
f(12033, 12033, "powers", NR, t(12033), "ACC Local Policing", "Local Policing", IP, "Amber",
  None, "BWV dip-sampling in place; panel access protocol with the OPCC in draft.", (2024, 9))
f(None, 12034, "powers", NR, nat("powers", 3), "ACC Local Policing", "Local Policing", CL, None,
  None, "Not the force's responsibility to deliver; action for the Home Office and the NPCC.",
  (2021, 4), why="national recommendation addressed to the Home Office and NPCC, not on the "
  "force's definitive list (ref 12034 absent); query with HMICFRS")
f(12035, 12035, "powers", NR, t(12035), "ACC Local Policing", "Local Policing", CL, "Green",
  None, "Use of force monitoring panel in place.", (2022, 10))
# force-level
f(7710, 7710, "eff16", CC, t(7710), "Ch Supt Public Protection", "Public Protection", CL,
  "Green", None, "DASH policy changed; compliance audit shows 96%.", (2018, 3))
f(7711, 7711, "eff16", RC,
  "Immediately - ensure effective supervision of the initial DASH risk assessment process in "
  "appropriate cases.", "Ch Supt Public Protection", "Public Protection", IP, "Amber", None,
  "07/10/2024 Supervisor DASH review now on Niche task list.\n"
  "12/03/2024 Re-audit planned after training.", (2024, 10))
f(7712, 7712, "eff16", RC,
  "Within 6 months: ensure regular and active supervison of the quality and progress of "
  "investigations. This supervision should be properly recorded.", "Det Ch Supt Force CID",
  "Crime Command", SB, "Green", day(2019, 1, 15),
  "Investigation standards audit complete. Submitted 15/01/2019.", (2019, 1))
f(7713, 7713, "eff16", AF, t(7713), "Ch Supt Public Protection", "Public Protection", CL, "Green",
  None, "CSE problem profile completed.", (2018, 11))
f(7714, 7714, "eff16", AF, t(7714), "Head of Criminal Justice", "Criminal Justice", IP, "Amber",
  None, "VCOP compliance dip-sample ongoing.", (2024, 4))
f(7715, 7715, "eff15", AF, t(7715), "Det Ch Supt Force CID", "Crime Command", IP, "Amber", None,
  "Investigation plan template on Niche.", (2024, 2))
f(8110, 8110, "cdi17", RC, "Within six months the force should "
  + cdi_without_bullet(CDI_VICTIMS_BODY, 4) + ".", "Force Crime Registrar", "Crime Standards",
  CL, "Green", None, "CDI re-audit 2019 shows compliance.", (2019, 7))
f(8111, 8111, "cdi17", RC, t(8111), "Supt Contact Centre", "Contact Centre", CL, "Green", None,
  "THRIVE criteria embedded in call handling.", (2018, 6))
f(8112, 8112, "cdi17", AF, t(8112), "Force Crime Registrar", "Crime Standards", AS, "Green", None,
  "Ready to move to GREEN status.", (2024, 10))
f(8113, 8113, "cdi17", AF, t(8113), "Force Crime Registrar", "Crime Standards", IP, "Amber", None,
  "Niche case file module upgrade delayed.", (2024, 6))
f(9020, 9020, "ncpi18", RC, "Within six months the force should, " + CHILD_DETENTION_BODY + ".",
  "Ch Insp Custody", "Custody", IP, "Amber", None,
  "Concordat on children in custody signed; PACE beds still limited.", (2024, 7))
f(9021, 9021, "ncpi18", RC, t(9021), "Ch Supt Public Protection", "Public Protection", SB,
  "Green", day(2020, 5, 19), "Missing from home policy rewritten. Submitted 19/05/2020.",
  (2020, 5))
f(9022, 9022, "ncpi18", AF, t(9022), "Head of Intelligence", "Intelligence", CL, "Green", None,
  "CSE in the control strategy.", (2019, 4))
f(9601, 9601, "peel18", AF, t(9601), "Director of People", "People Services", CL, "Green", None,
  "Strategic workforce plan approved.", (2021, 3))
f(9602, 9602, "peel18", AF, t(9602), "Head of Corporate Development", "Corporate Development",
  IP, "Amber", None, "Demand review phase 2 reported to FET.\tSee FMS 2024 section 3.",
  (2024, 8), tab_in_update=True)
f(9603, None, "peel18", AF, t(9603), "Director of Finance", "Finance", NS, None, None,
  "Awaiting allocation.", (2021, 6))
f(9604, 9604, "peel18", AF,
  "The force should improve its understanding of suspects released under investigation (RUI) "
  "and the management of those released on bail.", "Head of Criminal Justice",
  "Criminal Justice", CL, "Green", None,
  "02/09/2024 RUI/bail dashboard live; closed at OL board.\n"
  "18/06/2024 Bail management team established.", (2024, 9))
f(9605, 9605, "peel18", AF, t(9605), "Head of Professional Standards", "PSD", IP, "Amber", None,
  "Vetting backlog down to 140.", (2024, 10))
f(9605, 9605, "peel18", AF, t(9605), "Director of People", "People Services", IP, "Amber", None,
  "Vetting backlog down to 140.", (2024, 10))
f(9606, 9606, "peel18", AF, t(9606), "Head of Professional Standards", "PSD", IP, "Green", None,
  "Confidential reporting line relaunched; awareness survey due.", (2024, 5))
f(13410, 13410, "peel21", AF, t(13410), "Ch Supt Public Protection", "Public Protection", SB,
  "Green", day(2024, 7, 26),
  "26/07/2024 Submitted to HMICFRS for closure.\n"
  "20/05/2024 DA investigation allocation policy in place.", (2024, 7))
f(13410, 13410, "peel21", AF, t(13410), "Det Ch Supt Force CID", "Crime Command", SB, "Green",
  day(2024, 7, 26),
  "26/07/2024 Submitted to HMICFRS for closure.\n"
  "20/05/2024 DA investigation allocation policy in place.", (2024, 7))
f(13411, 13411, "peel21", AF,
  "Improve timeliness of response to calls for service involving vulnerable adults",
  "Supt Contact Centre", "Contact Centre", IP, "Red", None,
  "Call response times still outside target.", (2024, 9))
f(13412, 13412, "peel21", AF, t(13412), "Head of Criminal Justice", "Criminal Justice", CL,
  "Green", None, "Victim updates audit compliant.", (2023, 10))
f(13413, 13413, "peel21", AF, t(13413), "Director of People", "People Services", AS, "Green",
  None, "Workforce equality data report to People Board.", (2024, 10))
f(13414, 13414, "peel21", AF, t(13414), "Director of People", "People Services", IP, "Green",
  None, "Culture survey done; team plans in progress, on track.", (2024, 9))
f(13415, 13415, "peel21", AF, t(13415), "Ch Supt Public Protection", "Public Protection", IP,
  "Amber", None, "OCSA offender management review underway.", (2024, 6))
f(13416, 13416, "peel21", AF, t(13416), "Det Ch Supt Force CID", "Crime Command", IP, "Amber",
  None, "Economic crime unit growth bid in budget.", (2024, 9))
f(13417, 13417, "peel21", AF, t(13417), "ACC Local Policing", "Local Policing", CL, "Green", None,
  "ASB problem-solving model rolled out to all NPTs.", (2024, 8))
f(15120, "TBC", "peel23", AF, t(15120), "Supt Contact Centre", "Contact Centre", NS, None, None,
  None, (2024, 6))
f(15121, "TBC", "peel23", AF, t(15121), "Force Crime Registrar", "Crime Standards", IP, "Amber",
  None, "ASB recording audit in the FCR plan.", (2024, 9))
f(15123, "TBC", "peel23", AF, t(15123), "Head of Learning & Development",
  "Learning & Development", IP, "Amber", None, None, (2024, 7))
f(15124, None, "peel23", AF, t(15124), "Head of Intelligence", "Intelligence", IP, "Amber", None,
  "Intelligence requirement for county lines refreshed.", (2024, 10))
f(15125, 15125, "peel23", AF, t(15125), "Supt Contact Centre", "Contact Centre", AS, "Green",
  None,
  "04/11/2024 Resourcing model signed off at FET; pending DCC sign off.\n"
  "19/08/2024 Uplift of 12 call handlers complete.", (2024, 11))
# HMICFRS-origin records not on the list, and local actions
f(None, 3318, "cdi14", RC, "The force should " + CAUTIONS_BODY + ".", "Head of Criminal Justice",
  "Criminal Justice", IP, "Amber", None, "OOCD scrutiny panel reviewing.", (2023, 3),
  why="CDI 2014 recommendation (ref 3318) not on the definitive list; query with HMICFRS "
  "(likely closed long ago)")
f(None, None, "fip", LA, "Task & Finish group to review the stalking and harassment policy and "
  "report to the Force Executive Team", "Det Ch Supt Force CID", "Crime Command", CL, "Green",
  None, "A Task & Finish group has been set up and a full implementation/project plan, policy "
  "rewrite and communications plan is now completed.", (2023, 12),
  why="force's own local action (Force Improvement Plan)")
f(None, None, "fip", LA, "Add violence against women and girls measures to the monthly Force "
  "Performance pack", "Head of Corporate Development", "Corporate Development", CL, "Green",
  None, "VAWG measures in the pack from September 2023.", (2023, 9),
  why="force's own local action (Force Improvement Plan, 2023) - not the 2024 PEEL AFI 15122")
f(None, None, "fip", LA, "Refresh the county lines drug dealing problem profile and add it to "
  "the control strategy", "Head of Intelligence", "Intelligence", IP, "Amber", None,
  "Problem profile draft with the analysts.", (2024, 8),
  why="force's own local action (Force Improvement Plan) - not AFI 15124, which has its own "
  "record")
f(None, None, "ia", LA, "Internal audit of the counter-corruption governance arrangements "
  "(audit plan 2023/24)", "Head of Professional Standards", "PSD", IP, "Amber", None,
  "Fieldwork complete, draft report awaited.", (2024, 9),
  why="internal audit action, not an HMICFRS item")
f(None, None, "jac", LA, "Dip-sample 50 domestic abuse crime reports each quarter and report "
  "findings to the Crime Standards Board", "Force Crime Registrar", "Crime Standards", IP,
  "Green", None, "Q2 dip-sample reported.", (2024, 10),
  why="JAC action log item, the force's own")

# ----------------------------------------------------------------- RecIDs, LastModified
# Entry order: legacy items imported in source-date order, later ones as they were published.
order = sorted(range(len(F)), key=lambda i: (SRC[F[i]["src"]][1] or D(2023, 7, 1), i))
rid = 214
seen = {}
for i in order:
    key = (F[i]["hm"], F[i]["text"]) if F[i]["hm"] is not None else ("x", i)
    # joint-lead rows: the same record returned twice by the owners join -> same RecID
    if key in seen:
        F[i]["recid"] = seen[key]
        continue
    rid += rng.randint(1, 4)
    F[i]["recid"] = rid
    seen[key] = rid

for r in F:
    y, m = r["mod"]
    # never earlier than the closure submission or the newest dated note in LatestUpdate
    floor = [r["submitted"]] if r["submitted"] else []
    for dd, mm, yy in re.findall(r"\b(\d\d)/(\d\d)/(\d{4})\b", r["update"] or ""):
        floor.append(D(int(yy), int(mm), int(dd)))
    lo = max([D(y, m, 1)] + floor).day if floor else 1
    hi = 12 if (y, m) == (2024, 11) else 28
    assert all((x.year, x.month) <= (y, m) for x in floor), r["text"][:40]
    assert lo <= hi, r["text"][:40]
    d = rng.randint(lo, hi)
    r["lastmod"] = D(y, m, d, rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59),
                     rng.randint(0, 999) * 1000)
# the two joint-lead copies share one row in dbo.Recommendation, so one LastModified
byrec = {}
for r in F:
    byrec.setdefault(r["recid"], r["lastmod"])
    r["lastmod"] = byrec[r["recid"]]

# SQL: ORDER BY s.SourceName, r.RecID (case-insensitive collation)
F.sort(key=lambda r: (SRC[r["src"]][0].lower(), r["recid"], r["lead"] or ""))

HEAD = ["RecID", "HMICFRSRef", "SourceName", "SourcePublished", "RecType", "RecText",
        "LeadOfficer", "Dept", "StatusDesc", "IsClosed", "RAG", "SubmittedForClosure",
        "LatestUpdate", "LastModified"]


def sql_text(v):
    """How SSMS renders a value in the results grid (and so on the clipboard)."""
    if v is None:
        return "NULL"
    if isinstance(v, D):
        return v.strftime("%Y-%m-%d %H:%M:%S.") + f"{v.microsecond // 1000:03d}"
    return str(v)


def record_fields(r):
    return [r["recid"], r["ref"], SRC[r["src"]][0], SRC[r["src"]][1], r["rtype"], r["text"],
            r["lead"], r["dept"], r["status"], 1 if r["status"] == CL else 0, r["rag"],
            r["submitted"], r["update"], r["lastmod"]]


DT_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})$")
INT_RE = re.compile(r"^-?\d+$")


def excel_paste_value(s):
    """What Excel makes of one pasted tab-separated field."""
    if s == "":
        return None, None
    m = DT_RE.match(s)
    if m:
        y, mo, d, hh, mi, ss, ms = (int(x) for x in m.groups())
        return D(y, mo, d, hh, mi, ss, ms * 1000), "mm:ss.0"
    if INT_RE.match(s):
        return int(s), None
    return s, None


FIXED_STAMP = "2024-11-14T09:15:00Z"


def save_fixed(wb, path, creator):
    """Save, then pin the timestamps openpyxl and zipfile take from the clock (byte-for-byte
    rebuilds)."""
    wb.properties.creator = creator
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + FIXED_STAMP.encode(), data)
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 14, 9, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


# ----------------------------------------------------------------- write tracker.xlsx
def build_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = ("OL Recommendations DB - extract for HMICFRS reconciliation (all sources, "
                "incl. closed)")
    ws["A1"].font = Font(bold=True)
    ws["A2"] = ("Run 14/11/2024 09:12 in SSMS, results copied with headers and pasted here. "
                "Query: OL_Recs_AllSources_v3.sql")
    row = 4
    for c, name in enumerate(HEAD, start=1):
        ws.cell(row=row, column=c, value=name)
    row += 1
    item_row = {}
    for idx, r in enumerate(F):
        clip = "\t".join(sql_text(v) for v in record_fields(r))
        lines = clip.split("\n")
        item_row[idx] = row
        for ln in lines:
            for c, piece in enumerate(ln.split("\t"), start=1):
                val, fmt = excel_paste_value(piece)
                if val is None:
                    continue
                cell = ws.cell(row=row, column=c, value=val)
                if fmt:
                    cell.number_format = fmt
            row += 1
    widths = [8, 11, 24, 15, 14, 60, 24, 18, 18, 8, 8, 19, 50, 14]
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=4, column=c).column_letter].width = w
    save_fixed(wb, CASE / "tracker.xlsx", "J.Whitfield (OL team)")
    return item_row


# ----------------------------------------------------------------- write hmicfrs.xlsx
def build_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    head = ["Reference", "Force", "Report title", "Publication date", "Type",
            "Recommendation text", "Status", "Status date"]
    for c, name in enumerate(head, start=1):
        ws.cell(row=1, column=c, value=name).font = Font(bold=True)
    H.sort(key=lambda x: (REPORTS[x["rep"]][1], x["ref"]))
    hrow = {}
    for i, x in enumerate(H, start=2):
        title, pub = REPORTS[x["rep"]]
        vals = [x["ref"], FORCE, title, pub, x["type"], x["text"], x["status"], x["sdate"]]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=i, column=c, value=v)
            if isinstance(v, D):
                cell.number_format = "dd/mm/yyyy"
            if c == 6:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        hrow[x["ref"]] = i
    for c, w in enumerate([11, 22, 50, 15, 24, 90, 17, 12], start=1):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = w
    ws.freeze_panes = "A2"
    save_fixed(wb, CASE / "hmicfrs.xlsx", "HMICFRS")
    return hrow


# ----------------------------------------------------------------- truth
DONE = {CL, AS, SB}
HCLOSED = {CO, SU}


def derive(x, recs):
    """Category from the facts, to check against the intended one."""
    if not recs:
        return "missing_from_force"
    if x["cat"] == "conflict":
        return "conflict"
    hopen = x["status"] not in HCLOSED
    fdone = all(r["status"] in DONE for r in recs)
    if hopen and fdone:
        return "closeable_submit"
    if not hopen and not fdone:
        return "closeable_local"
    return "in_sync"


def main():
    CASE.mkdir(exist_ok=True)
    item_row = build_tracker()
    hrow = build_hmicfrs()
    lines = []
    for x in sorted(H, key=lambda x: hrow[x["ref"]]):
        recs = [(i, r) for i, r in enumerate(F) if r["hm"] == x["ref"]]
        got = derive(x, [r for _, r in recs])
        assert got == x["cat"], (x["ref"], got, x["cat"])
        if not recs:
            lines.append([f"Definitive list!{hrow[x['ref']]}", "", x["cat"], x["why"]])
        for i, r in recs:
            lines.append([f"Definitive list!{hrow[x['ref']]}", f"Sheet1!{item_row[i]}",
                          x["cat"], x["why"]])
    for i, r in enumerate(F):
        if r["hm"] is None:
            lines.append(["", f"Sheet1!{item_row[i]}", "not_on_hmicfrs_list", r["why"]])
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
