"""Builds the case opcc_pivot_status_counts (see its README.md). Run with /work/main/.venv/bin/python."""

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
CAUSES = ["The force's response to domestic abuse is a cause of concern to HMIC. The force policy which "
 'allows an officer discretion to complete a DASH risk assessment in some crimes and incidents '
 'does not provide confidence that risk is always assessed appropriately. In cases where a DASH '
 'risk assessment is not completed the officer should record an assessment on the crime management '
 'system. HMIC found that officers are not consistently completing a DASH in circumstances where '
 'force policy requires that they should do so. This means that some victims of domestic abuse who '
 'may be at risk of harm are not being appropriately risk-assessed.',
 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found '
 'that the assessment of risk for children who go missing from home was inappropriate in some '
 'cases. We found some instances where children were classed as ‘absent’ when they should have '
 'been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly '
 'assessed at a lower grade. Children were incorrectly graded at a lower level and could have been '
 'exposed to an increased risk of harm.',
 'The force does not have the capacity or capability to investigate crime effectively and this is '
 'affecting the service being provided to the public. There are failings in the way that crimes '
 'are being investigated.',
 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who '
 'fail to support the investigation and the low use of police powers of arrest and prosecution is '
 'a cause of concern to HMIC.',
 'The size of the vetting backlog within {force} is a cause of concern.',
 'The force does not have suitable arrangements in place to make sure it can maintain the full '
 'range of public services when its alliance with {neighbour} ends. There are gaps in its '
 'workforce skills assessment, and weaknesses in both its investigative approach and its approach '
 'to safeguarding vulnerable people.']

# ---------------------------------------------------------------------------------------------
# Everything below builds the case. Texts above are real HMICFRS wording (OGL), copied from the
# project's casegen text lists; the force's own rewordings, actions and updates are written here.
# ---------------------------------------------------------------------------------------------
import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

SEED = 6507
rng = random.Random(SEED)
CASE = "opcc_pivot_status_counts"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE, AREA, NEIGHBOUR = "Gwent Police", "Gwent", "South Wales Police"
HM_SHEET, F_SHEET = "Appendix B", "Tracker"

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
STATUSES = ["Awaiting review", "Being progressed", "Complete", "Superseded", "(blank)"]
HM_OPEN = {"Awaiting review", "Being progressed", "(blank)"}
F_DONE = {"GREEN", "GREY", "WHITE"}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ----------------------------------------------------------------------------- HMICFRS reports
# key -> (HMICFRS title as on the list, published or None, force tracker name, force date value)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], D(2013, 7, 9), "Stop and Search 2013", D(2013, 7, 9)),
    "everyone": (NATIONAL["everyone"][0], D(2014, 3, 27), "Everyone's Business (DA) 2014",
                 D(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
                  "Policing in Austerity 2014", "Jul 2014"),
    "core": (NATIONAL["core"][0], D(2014, 9, 4), "Core Business 2014", D(2014, 9, 4)),
    "integrity": (NATIONAL["integrity"][0], D(2015, 1, 30), "Integrity Matters 2015",
                  D(2015, 1, 30)),
    "sas15": (NATIONAL["sas15"][0], D(2015, 3, 24), "Stop and Search 2 (2015)", D(2015, 3, 24)),
    "picture": (NATIONAL["picture"][0], D(2015, 7, 1), "Building the Picture 2015", D(2015, 7, 1)),
    "firearms": (NATIONAL["firearms"][0], D(2015, 9, 15), "Firearms licensing 2015",
                 D(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Effectiveness 2016",
              D(2017, 3, 2)),
    "stolen": (NATIONAL["stolen"][0], D(2017, 10, 24), "Stolen Freedom (MSHT) 2017",
               D(2017, 10, 24)),
    # the list gives no publication date for this one: the pivot shows "(blank)"
    "efc17": (NATIONAL["efc17"][0], None, "PEEL Efficiency 17 (all forces)", D(2017, 11, 9)),
    "effy17": ("PEEL: Police efficiency 2017", D(2017, 11, 9), "PEEL Efficiency 2017",
               D(2017, 11, 9)),
    "leg17": (NATIONAL["leg17"][0], D(2017, 12, 12), "PEEL Legit 17 S&S", D(2017, 12, 12)),
    "legf17": ("PEEL: Police legitimacy 2017", D(2017, 12, 12), "PEEL Legitimacy 2017",
               D(2017, 12, 12)),
    "eff17": ("PEEL: Police effectiveness 2017", D(2018, 3, 22), "PEEL Effectiveness 2017",
              D(2018, 3, 22)),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 19), "NCPI 2018",
               D(2018, 6, 19)),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 10, 4), "CDI 2019", D(2019, 10, 4)),
    # same report, but two items were keyed on HMICFRS's side with a trailing space: the
    # PivotTable treats it as a second report item with its own Total row
    "cdi19b": ("Crime data integrity inspection 2019 ", D(2019, 10, 4), "CDI 2019",
               D(2019, 10, 4)),
    "powers": (NATIONAL["powers"][0], D(2021, 2, 26), "Police powers spotlight (Feb 21)",
               "Feb 2021"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 24),
               "PEEL 2021/22", D(2022, 5, 24)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25", D(2024, 2, 13),
               "PEEL 2023/25", D(2024, 2, 13)),
}
# force-only report names (items HMICFRS no longer lists, the force's own actions)
F_ONLY = {
    "effy16": ("PEEL Efficiency 2016", D(2016, 11, 3)),
    "legf16": ("PEEL Legitimacy 2016", D(2016, 12, 8)),
    "fip": ("Force Improvement Plan", None),
    "jac": ("JAC actions", None),
}
# order the force tracker keeps its reports in (publication order, own actions last)
F_ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
           "firearms", "effy16", "legf16", "eff16", "stolen", "efc17", "effy17", "leg17",
           "legf17", "eff17", "ncpi18", "cdi19", "powers", "peel21", "peel23", "fip", "jac"]

N = {k: v[2] for k, v in NATIONAL.items()}

# ----------------------------------------------------------------------------- force wording
ABBR = [(r"modern slavery and human trafficking", "MSHT"), (r"[Dd]omestic abuse", "DA"),
        (r"stop and search", "S&S"), (r"[Cc]hief [Cc]onstables", "CCs"),
        (r"Authorised Professional Practice", "APP"), (r"College of Policing", "CoP"),
        (r"body-worn video", "BWV"), (r"officers and staff", "officers & staff"),
        (r"police and crime commissioners", "PCCs"), (r"[Ww]ithin six months", "Within 6 months"),
        (r"[Ww]ithin three months", "Within 3 months"),
        (r"information-sharing agreements", "ISAs")]


def plain(t):
    """How text reads once pasted into the force's tracker: straight quotes, no stray ends."""
    t = t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return t


def abbrev(t, n=3):
    out = plain(t)
    done = 0
    for pat, rep in ABBR:
        if done >= n:
            break
        new = re.sub(pat, rep, out)
        if new != out:
            out, done = new, done + 1
    return out


def misspell(t):
    for right, wrong in [("supervision", "supervison"), ("arrangements", "arrangments"),
                         ("appropriate", "appropiate"), ("necessary", "neccessary"),
                         ("investigation", "investigaton")]:
        if right in t:
            return t.replace(right, wrong, 1)
    return t


# ----------------------------------------------------------------------------- the items
# Each HMICFRS item: key, report key, rec id, type, text, HMICFRS status, force rows, category,
# why. A force row: dict(text, type, rag, plus optional ref, report, published, action, update,
# sent, lead). Force rows default to the item's report.
ITEMS = []


def item(rep, rid, typ, text, status, frows, cat, why):
    ITEMS.append(dict(rep=rep, rid=rid, type=typ, text=text, status=status,
                      frows=frows, cat=cat, why=why))


def fr(text, ftype, rag, **kw):
    d = dict(text=text, ftype=ftype, rag=rag)
    d.update(kw)
    return d


V_CDI = ("put in place arrangements to ensure that:\n"
         "• at the point of report, victims are believed;\n"
         "• conversations between the call handlers and callers are summarised accurately in the "
         "incident log, thus providing attending officers with full facts on which to base "
         "crime-recording decisions;\n"
         "• multiple crimes are always recorded when described within incident records or "
         "identified as part of other recorded crime investigations;\n"
         "• the practice of awaiting the results of medical examinations or video interviews "
         "before making crime-recording decisions is stopped; and\n"
         "• online reports of crime are triaged at the point of receipt to ensure any ongoing "
         "risks to the victim or the wider public are identified and appropriately managed")
V_CDI_FORCE = ("Within 6 months the force should put in place arrangements to ensure that:\n"
               "- at the point of report, victims are believed;\n"
               "- conversations between the call handlers and callers are summarised accurately in "
               "the incident log, thus providing attending officers with full facts on which to "
               "base crime-recording decisions;\n"
               "- the practice of awaiting the results of medical examinations or video interviews "
               "before making crime-recording decisions is stopped; and\n"
               "- online reports of crime are triaged at the point of receipt to ensure any ongoing "
               "risks to the victim or the wider public are identified and appropriately managed")
MISSING_KIDS = ("review its approach to reports of missing children and take steps to ensure "
                "that:\n"
                "• call takers understand and use the missing and absent category appropriately;\n"
                "• call takers and frontline staff have the necessary knowledge to identify risk "
                "factors associated with child sexual exploitation and how to respond to such "
                "cases; and\n"
                "• supervisors provide the correct oversight of missing person enquiries and "
                "direct appropriate and timely investigative and safeguarding action")
DETENTION = ("in conjunction with children’s social care services, review how it manages the "
             "detention of children. As a minimum it should:• ensure that all children are only "
             "detained when absolutely necessary and for the absolute minimum amount of time;• "
             "ensure that officers and staff in the custody suite assess at an early stage a "
             "child’s need for alternative accommodation (secure or otherwise) and work with "
             "children’s social care services to achieve the most appropriate option for the "
             "child;• ensure that custody staff make a record of all actions taken and decisions "
             "made on the relevant documentation; and• improve the timeliness of adequate "
             "appropriate adult support for children who are arrested")
VETTING = ("ensure all staff have received at least the lowest level of vetting clearance for "
           "their roles as quickly as possible, working to clear both the vetting backlog and new "
           "vetting renewals when they become due so that it complies fully with the national "
           "vetting guidelines")

# --- Stop and search powers 2013 (national)
item("sas13", 1187, NAT, N["sas13"][0], "Complete",
     [fr(plain(N["sas13"][0]), "National rec", "GREY", ref="1187")],
     "in_sync", "closed on both: HMICFRS Complete, force GREY (closed)")
item("sas13", 1188, NAT, N["sas13"][1], "Complete",
     [fr(abbrev(N["sas13"][1]), "National rec", "GREEN", ref="1188")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN")
item("sas13", 1189, NAT, N["sas13"][2], "Complete",
     [fr("CCs, with the PCC, to explain to the public how S&S powers are used locally and have "
         "S&S records scrutinised by community representatives, involving those stopped and "
         "searched (e.g. young people).", "National rec", "AMBER", ref="1189")],
     "closeable_local", "HMICFRS Complete, force still AMBER (own summary of the text)")
# --- Everyone's business (national)
item("everyone", 2321, NAT, N["everyone"][0], "Superseded",
     [fr(plain(N["everyone"][0]), "National rec", "GREEN", ref="2321")],
     "in_sync", "closed on both: HMICFRS Superseded, force GREEN")
# --- Policing in austerity (national)
for i, (rid, st, rag) in enumerate([(3650, "Superseded", "GREY"), (3651, "Superseded", "AMBER"),
                                    (3652, "Superseded", "AMBER"), (3653, "Superseded", "GREY")]):
    ft = plain(N["austerity"][i])
    if rag == "GREY":
        item("austerity", rid, NAT, N["austerity"][i], st,
             [fr(ft, "National rec", rag, ref=str(rid))],
             "in_sync", "closed on both: HMICFRS Superseded, force GREY")
    else:
        item("austerity", rid, NAT, N["austerity"][i], st,
             [fr(ft, "National rec", rag, ref=str(rid),
                 update="Addressed holistically as part of the force change programme.")],
             "closeable_local", "HMICFRS Superseded, force still AMBER")
# --- Core business (national)
item("core", 4822, NAT, N["core"][0], "Complete",
     [fr(plain(N["core"][0]), "National rec", "GREEN", ref="4822")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN")
item("core", 4823, NAT, N["core"][1], "Complete", [],
     "missing_from_force", "on the list (Complete) but the tracker has no row for it")
# --- Integrity matters (national)
item("integrity", 902, NAT, N["integrity"][0], "Awaiting review",
     [fr(plain(N["integrity"][0]), "National rec", "GREEN", ref="902", sent=D(2019, 1, 17))],
     "closeable_submit", "HMICFRS Awaiting review, force GREEN with evidence sent")
# --- Stop and search 2 (national)
item("sas15", 5210, NAT, N["sas15"][0], "Complete",
     [fr(abbrev(N["sas15"][0]), "National rec", "GREEN")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN")
# --- Building the picture (national)
item("picture", 5544, NAT, N["picture"][0], "Being progressed",
     [fr(plain(N["picture"][0]), "National rec", "AMBER", ref="5544")],
     "in_sync", "open on both: HMICFRS Being progressed, force AMBER")
# --- Targeting the risk (national)
fa = N["firearms"]
item("firearms", 5872, NAT, fa[0], "Complete",
     [fr(plain(fa[0]), "National rec", "GREEN", ref="5872")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN")
item("firearms", 5873, NAT, fa[1], "Complete",
     [fr("Within six months, all CCs should assess the demand placed on their firearms licensing "
         "department and ensure it has the capacity to meet this demand and provide an efficient "
         "and effective service at all times.", "National rec", "GREEN", ref="5873")],
     "conflict", "same item, but the force's text says 'Within six months' where HMICFRS says "
     "'Within three months' (timescale); status closed on both")
item("firearms", 5874, NAT, fa[2], "Complete",
     [fr(plain(fa[2]), "National rec", "AMBER", ref="5874")],
     "closeable_local", "HMICFRS Complete, force still AMBER")
item("firearms", 5875, NAT, fa[3], "Being progressed",
     [fr(abbrev(fa[3]), "National rec", "GREEN", ref="5875", sent=D(2023, 11, 30))],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item("firearms", 5876, NAT, fa[4], "Being progressed",
     [fr(plain(fa[4]), "National rec", "AMBER", ref="5876")],
     "in_sync", "open on both: HMICFRS Being progressed, force AMBER")
# --- PEEL effectiveness 2016 (force)
item("eff16", 6931, COC, CAUSES[0], "Complete",
     [fr(plain(CAUSES[0]), "CoC", "GREEN", ref="6931")],
     "in_sync", "cause of concern closed on both: HMICFRS Complete, force GREEN")
item("eff16", 6932, REC, "To address this cause of concern, HMIC recommends the force should "
     "immediately take steps to ensure that there is effective supervision of the initial risk "
     "assessment process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", "Complete",
     [fr("Immediately - effective supervison of the initial risk assessment process, specifically "
         "completion of DASH risk assessment in appropriate cases.", "Rec", "AMBER", ref="6932",
         update="Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.")],
     "closeable_local", "HMICFRS Complete, force still AMBER (abridged, misspelt text)")
item("eff16", 6933, AFI, "The force should improve its understanding of the nature and scale of "
     "hate crime in its area.", "Superseded",
     [fr("The force should improve its understanding of the nature and scale of hate crime in its "
         "area.", "AFI", "GREEN", ref="6933")],
     "in_sync", "closed on both: HMICFRS Superseded, force GREEN")
item("eff16", 6934, AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", "Superseded",
     [fr("Improve partnership working to safeguard people at risk from CSE.", "AFI", "GREY")],
     "in_sync", "closed on both: HMICFRS Superseded, force GREY (abridged, no ref)")
# --- Stolen freedom (national)
st = N["stolen"]
bullets = ["senior leaders prioritise the response to MSHT",
           "every incident of modern slavery identified to police is allocated appropriate "
           "resources with the skills, experience and capacity to investigate it effectively",
           "develop effective partnership arrangements to co-ordinate activity in order to share "
           "information and safeguard victims",
           "performance and quality assurance measures are in place to allow senior leaders to "
           "assess the nature and quality of the service provided to victims"]
item("stolen", 7702, NAT, st[0], "Being progressed",
     [fr("Within twelve months, review leadership and governance arrangements for MSHT to ensure "
         f"that: {b}", "National rec", "AMBER", ref="7702", no=f"{{n}}{c}")
      for c, b in zip("abcd", bullets)],
     "in_sync", "one recommendation tracked as four bullet rows; open on both (HMICFRS Being "
     "progressed, every bullet AMBER)")
item("stolen", 7703, NAT, st[1], "Complete",
     [fr(abbrev(st[1].replace(" 86 ", " ")) + ".", "National rec", "GREEN", ref="7703")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN (list text carries a stray "
     "footnote '86')")
item("stolen", 7704, NAT, st[2], "Complete",
     [fr(plain(st[2]), "National rec", "AMBER", ref="7704")],
     "closeable_local", "HMICFRS Complete, force still AMBER")
item("stolen", 7705, NAT, st[3], "Being progressed",
     [fr(abbrev(st[3]), "National rec", "GREEN", ref="7705", sent=D(2024, 1, 12))],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item("stolen", 7706, NAT, st[4], "Complete",
     [fr(abbrev(st[4]), "National rec", "GREEN", ref="7706")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN")
item("stolen", 7707, NAT, st[5], "Being progressed",
     [fr(plain(st[5]), "National rec", "AMBER", ref="7707")],
     "in_sync", "open on both: HMICFRS Being progressed, force AMBER")
item("stolen", 7708, NAT, st[6], "Superseded",
     [fr("Review use of preventative powers under the Modern Slavery Act 2015 (STOs/STPOs) so "
         "opportunities to restrict those posing a clear threat are exploited.", "National rec",
         "AMBER")],
     "closeable_local", "HMICFRS Superseded, force still AMBER (own summary, no ref)")
# --- PEEL efficiency 2017 national overview: no date on the list ("(blank)" in the pivot)
item("efc17", 8104, NAT, N["efc17"][0], "Complete",
     [fr(plain(N["efc17"][0]), "National rec", "GREEN", ref="8104")],
     "in_sync", "closed on both; HMICFRS list has no publication date (pivot '(blank)'), force "
     "has 09/11/2017: a missing value, not a disagreement")
# --- PEEL efficiency 2017 (force)
item("effy17", 8121, AFI, "The force should ensure that it has sufficient resources available in "
     "the control room to fulfil its resourcing model, and so to meet its demand, while also "
     "taking into account the wellbeing of its workforce.", "Being progressed",
     [fr("The force should ensure that it has sufficient resources available in the control room "
         "to fulfil its resourcing model, and so to meet its demand, while also taking into "
         "account the wellbeing of its workforce.", "Rec", "AMBER", ref="8121")],
     "conflict", "type differs: HMICFRS Area for improvement, force records it as a Rec")
item("effy17", 8122, AFI, "The force should develop a future workforce plan that is aligned with "
     "its overall demand and budget. The plan should include future resource allocations, the mix "
     "of skills required by the workforce and behaviours expected of them.", "Complete",
     [fr("The force should develop a future workforce plan that is aligned with its overall demand "
         "and budget. The plan should include future resource allocations, the mix of skills "
         "required by the workforce and behaviours expected of them.", "AFI", "GREEN",
         ref="8122")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN")
item("effy17", 8123, AFI, "The force should develop its understanding of the links between its "
     "outcomes, outputs and costs.", "Complete",
     [fr("Develop understanding of links between outcomes, outputs and costs.", "AFI", "AMBER",
         ref="8123")],
     "closeable_local", "HMICFRS Complete, force still AMBER")
# --- PEEL legitimacy 2017 national overview
lg = N["leg17"]
item("leg17", 8541, COC, lg[0], "Complete", [],
     "missing_from_force", "national cause of concern; the force tracks only the "
     "recommendations under it, no row for the cause itself")
item("leg17", 8542, NAT, lg[1], "Being progressed",
     [fr(abbrev(lg[1]), "National rec", "GREEN", ref="8542", sent=D(2023, 9, 4))],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item("leg17", 8543, NAT, lg[2], "Being progressed",
     [fr(plain(lg[2]), "National rec", "AMBER", ref="8543")],
     "in_sync", "open on both: HMICFRS Being progressed, force AMBER")
item("leg17", 8544, NAT, lg[3], "Complete",
     [fr(plain(lg[3]), "National rec", "AMBER", ref="8544")],
     "closeable_local", "HMICFRS Complete, force still AMBER")
item("leg17", 8545, NAT, lg[4], "Complete",
     [fr(abbrev(lg[4]), "National rec", "GREEN", ref="8454")],
     "conflict", "reference differs: force records HMICFRS ref 8454, list has 8545 (digits "
     "transposed; 8454 is not on the list); same text, closed on both")
# --- PEEL legitimacy 2017 (force)
item("legf17", 8560, AFI, "The force should establish or improve monitoring of the way officers "
     "stop and search people, so that it can be satisfied its officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the power "
     "is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete",
     [fr("Improve monitoring of S&S so the force is satisfied officers act within the law "
         "(incl. equality legislation & Code of Practice) and the power is used effectively.",
         "AFI", "GREEN", ref="8560")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN")
item("legf17", 8561, AFI, "The force should satisfy itself that it has processes in place to "
     "ensure that investigations into misconduct by officers and staff resulting in “no further "
     "action” are fair and free of any form of discrimination.", "Superseded",
     [fr('The force should satisfy itself that it has processes in place to ensure that '
         'investigations into misconduct by officers and staff resulting in "no further action" '
         'are fair and free of any form of discrimination.', "AFI", "AMBER", ref="8561")],
     "closeable_local", "HMICFRS Superseded, force still AMBER")
# --- PEEL effectiveness 2017 (force)
item("eff17", 8912, AFI, "The force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently good "
     "service.", "Complete",
     [fr(misspell("The force should improve the supervision of investigations, so that "
                  "investigation plans are set, reviewed and recorded and victims receive a "
                  "consistently good service."), "AFI", "GREEN", ref="8912")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN")
item("eff17", 8913, AFI, "The force should take steps to understand and address the reason "
     "behind why such a high proportion of victims of domestic abuse do not support the police "
     "investigation.", "Being progressed",
     [fr("The force should take steps to understand and address the reason behind why such a "
         "high proportion of victims of DA do not support the police investigation.", "AFI",
         "RED", ref="8913")],
     "in_sync", "open on both: HMICFRS Being progressed, force RED")
item("eff17", 8914, AFI, "The force should improve its understanding of the nature and scale of "
     "serious and organised crime in its area.", "Superseded",
     [fr("The force should improve its understanding of the nature and scale of serious and "
         "organised crime in its area.", "AFI", "GREY", ref="8914")],
     "in_sync", "closed on both: HMICFRS Superseded, force GREY")
item("eff17", 8915, AFI, "The force should improve the way it manages the risk posed by offenders "
     "involved in county lines drug dealing.", "Being progressed",
     [fr("The force should improve the way it manages the risk posed by offenders involved in "
         "county lines drug dealing.", "AFI", "AMBER", report="eff16")],
     "conflict", "report differs: force files it under PEEL Effectiveness 2016 (02/03/2017); "
     "HMICFRS has it under PEEL: Police effectiveness 2017 (22/03/2018); open on both")
# --- National child protection inspection 2018 (force)
item("ncpi18", 9230, REC, "Within six months Gwent Police should " + DETENTION + ".",
     "Being progressed",
     [fr(plain("Within six months Gwent Police should " + DETENTION + "."), "Rec", "AMBER",
         ref="9230")],
     "in_sync", "open on both: HMICFRS Being progressed, force AMBER")
item("ncpi18", 9231, REC, "HMIC recommends that within six months the force should: "
     + MISSING_KIDS + ";", "Complete",
     [fr(plain("Within six months the force should " + MISSING_KIDS + "."), "Rec", "GREEN",
         ref="9231")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN ('HMIC recommends that' stem "
     "dropped, timescale kept)")
item("ncpi18", 9232, AFI, "The force should make sure investigations of online child sexual abuse "
     "are allocated to officers with the right skills and are effectively supervised.",
     "Complete", [],
     "missing_from_force", "on the list (Complete) but the tracker has no row for it")
# --- Crime data integrity 2019 (force); two items keyed with a trailing space in the title
item("cdi19", 10455, REC, "Within six months the force should " + V_CDI + ".",
     "Being progressed",
     [fr(V_CDI_FORCE, "Rec", "AMBER", ref="10455")],
     "conflict", "missing bullet: force text drops 'multiple crimes are always recorded ...' "
     "(4 of 5 bullets); open on both")
item("cdi19", 10456, REC, "Within three months, the force should provide call-handlers with "
     "specific, sound and comprehensible criteria against which they can assess threat, harm and "
     "risk.", "Complete",
     [fr("Within 3 months, provide call-handlers with specific, sound and comprehensible criteria "
         "to assess threat, harm and risk.", "Rec", "GREEN", ref="10456")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN")
item("cdi19", 10457, REC, "Immediately, the force should revise its approach to cautions, "
     "cannabis warning and penalty notices for disorder to ensure that there is a clear and "
     "auditable explanation to the offender of the implications of receiving the warning and "
     "that, for victim-based crimes, there is a clear and auditable record that views of the "
     "victim are considered prior to their issue.", "Being progressed",
     [fr("Immediately, the force should revise its approach to cautions, cannabis warning and "
         "penalty notices for disorder to ensure that there is a clear and auditable explanation "
         "to the offender of the implications of receiving the warning and that, for victim-based "
         "crimes, there is a clear and auditable record that views of the victim are considered "
         "prior to their issue.", "Rec", "GREEN", ref="10457", sent=D(2023, 6, 21))],
     "closeable_submit", "HMICFRS Being progressed, force GREEN with evidence sent")
item("cdi19b", 10458, AFI, "The force should make sure it records reports of rape and serious "
     "sexual offences accurately and without delay.", "Being progressed",
     [fr("The force should make sure it records reports of rape and serious sexual offences "
         "accurately and without delay.", "AFI", "AMBER", ref="10458")],
     "in_sync", "open on both; HMICFRS report title has a trailing space (second pivot group), "
     "same report as the force's CDI 2019")
item("cdi19b", 10459, AFI, "The force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Awaiting review",
     [fr("The force should improve its use of its crime-recording and management system to "
         "better manage its case files and investigative processes.", "AFI", "GREEN")],
     "closeable_submit", "HMICFRS Awaiting review, force GREEN; title trailing-space group")
# --- Disproportionate use of police powers 2021 (national)
pw = N["powers"]
item("powers", 11820, NAT, pw[0], "Being progressed",
     [fr(abbrev(pw[0]), "National rec", "AMBER", ref="11820")],
     "in_sync", "open on both: HMICFRS Being progressed, force AMBER")
item("powers", 11821, NAT, pw[1], "Complete",
     [fr(plain(pw[1]), "National rec", "GREEN", ref="11821")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN")
bwv_rows = ["By September 2021, ensure officers record on BWV (when available) the entirety of all "
            "S&S encounters, including traffic stops and use of force incidents.",
            "By September 2021, have a structured process for regularly reviewing and monitoring "
            "internally a sufficient sample of BWV footage to identify and disseminate learning "
            "and hold officers to account.",
            "By September 2021, provide external scrutiny panel members with access to samples of "
            "BWV footage showing S&S encounters and use of force incidents, taking account of the "
            "safeguards in the CoP APP."]
item("powers", 11822, NAT, pw[2], "Being progressed",
     [fr(t, "National rec", "GREEN", ref="11822", no=f"{{n}}{c}", sent=D(2023, 12, 8))
      for c, t in zip("abc", bwv_rows)],
     "closeable_submit", "one recommendation tracked as three rows, one per part; HMICFRS Being "
     "progressed, every part GREEN")
item("powers", 11823, NAT, pw[3], "Awaiting review",
     [fr(plain(pw[3]), "National rec", "WHITE", ref="11823",
         update="Not the force's responsibility to deliver; dependent upon another "
                "organisation (Home Office / NPCC).")],
     "closeable_submit", "HMICFRS Awaiting review, force WHITE (not the force's to deliver "
     "= done on the force's key)")
item("powers", 11824, NAT, pw[4], "Being progressed",
     [fr(plain(pw[4]), "National rec", "AMBER", ref="11824")],
     "in_sync", "open on both: HMICFRS Being progressed, force AMBER")
# --- PEEL 2021/22 (force)
item("peel21", 12604, AFI, "The force should improve the timeliness of its response to calls for "
     "service involving domestic abuse.", "Being progressed",
     [fr("The force should improve the timeliness of its response to calls for service involving "
         "DA.", "AFI", "AMBER", ref="12604")],
     "in_sync", "open on both: HMICFRS Being progressed, force AMBER")
item("peel21", 12605, AFI, "The force should make sure victims of stalking and harassment are "
     "kept informed about the progress of their case, in line with the Code of Practice for "
     "Victims of Crime.", "Being progressed",
     [fr("The force should make sure victims of stalking and harassment are kept informed about "
         "the progress of their case, in line with the Code of Practice for Victims of Crime.",
         "AFI", "GREEN", ref="12605", sent=D(2024, 2, 2))],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item("peel21", 12606, AFI, "The force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", "Complete",
     [fr("Improve ability to retrieve digital evidence from phones, computers and other devices "
         "quickly enough so investigations are not delayed.", "AFI", "AMBER", ref="12606")],
     "closeable_local", "HMICFRS Complete, force still AMBER")
item("peel21", 12607, AFI, "The force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.", "Complete",
     [fr("The force should improve its understanding of suspects released under investigation "
         "(RUI) and the management of those released on bail.", "AFI", "GREEN", ref="12607")],
     "in_sync", "closed on both: HMICFRS Complete, force GREEN")
vawg = ("The force should make sure it consistently uses ancillary orders and other powers to "
        "protect victims of violence against women and girls.")
item("peel21", 12608, AFI, vawg, "Being progressed",
     [fr(vawg, "AFI", "AMBER", ref="12608", no="{n}.1",
         action="Action 1: DVPN/DVPO and stalking protection order guidance refreshed and briefed "
                "to all sergeants"),
      fr(vawg, "AFI", "AMBER", ref="12608", no="{n}.2",
         action="Action 2: monthly audit of ancillary order applications reported to the VAWG "
                "board")],
     "in_sync", "one AFI tracked as two action rows; open on both")
item("peel21", 12609, AFI, "The force should make sure it provides a confidential way for staff to "
     "raise concerns and that staff are aware of whistleblowing processes.", "Awaiting review",
     [fr("Provide a confidential way for staff to raise concerns; make sure staff are aware of "
         "whistleblowing processes.", "AFI", "GREEN", ref="12609")],
     "closeable_submit", "HMICFRS Awaiting review, force GREEN")
# --- PEEL 2023/25 (force): new items, no status yet on HMICFRS's list ("(blank)" column)
item("peel23", 14377, COC, "The size of the vetting backlog within Gwent Police is a cause of "
     "concern.", "(blank)",
     [fr("The size of the vetting backlog within Gwent Police is a cause of concern.", "CoC",
         "AMBER")],
     "in_sync", "new item, no HMICFRS status yet ((blank) = open); force AMBER")
item("peel23", 14378, REC, "Within three months, the force should " + VETTING + ".", "(blank)",
     [fr("Within 3 months, the force should " + VETTING + ".", "Rec", "RED")],
     "in_sync", "new item, no HMICFRS status ((blank) = open); force RED")
item("peel23", 14379, AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about county lines drug dealing.", "(blank)",
     [fr("The force should improve how it gathers, assesses and acts on intelligence about "
         "county lines drug dealing.", "AFI", "AMBER")],
     "in_sync", "new item, (blank) = open; force AMBER")
item("peel23", 14380, AFI, "The force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to violence against women and girls.", "(blank)",
     [], "missing_from_force", "new PEEL 2023/25 item not yet loaded on the tracker")
item("peel23", 14381, AFI, "The force should make sure all processes in place to support "
     "performance management are effective.", "(blank)",
     [fr("The force should make sure all processes in place to support performance management "
         "are effective.", "AFI", "AMBER")],
     "in_sync", "new item, (blank) = open; force AMBER")
item("peel23", 14382, AFI, "The force should review how it gathers and uses equality and "
     "diversity data to improve its understanding of its workforce demographics.", "(blank)",
     [fr("The force should review how it gathers and uses equality and diversity data to improve "
         "its understanding of its workforce demographics.", "AFI", "GREEN",
         update="Already complete: workforce data review delivered during the inspection period; "
                "closure evidence being collated.")],
     "closeable_submit", "new item, (blank) = open on HMICFRS's side; force GREEN")

# ----------------------------------------------------------------------------- force-only rows
F_EXTRA = [
    ("effy16", fr("The force should undertake further work to gain a fuller understanding of "
                  "current demand for its services, and likely future changes in demand.", "AFI",
                  "AMBER"),
     "PEEL Efficiency 2016 AFI the force still carries; not on HMICFRS's list"),
    ("legf16", fr("The force should make sure it records reports of hate crime accurately and "
                  "without delay.", "AFI", "GREEN", ref="6120", sent=D(2019, 6, 14),
                  update="Completed. Evidence submitted to HMICFRS for closure."),
     "PEEL Legitimacy 2016 AFI (ref 6120) no longer on HMICFRS's list"),
    ("stolen", fr("Local action: Appoint a single point of contact for modern slavery and human "
                  "trafficking in each local policing area", "Local action", "GREEN"),
     "force's own local action under Stolen Freedom, never an HMICFRS item"),
    ("peel21", fr("Force action - Add violence against women and girls measures to the monthly "
                  "Force Performance pack", "Local action", "AMBER"),
     "force's own local action under PEEL 2021/22"),
    ("fip", fr("Internal audit action: Internal audit of the counter-corruption governance "
               "arrangements (audit plan 2023/24)", "Local action", "AMBER"),
     "internal audit action on the force tracker, not an HMICFRS item"),
    ("jac", fr("JAC action: Dip-sample 50 domestic abuse crime reports each quarter and report "
               "findings to the Crime Standards Board", "Local action", "AMBER"),
     "Joint Audit Committee action, not an HMICFRS item"),
]
# where each force-only row sits inside its report block: after the item rows
EXTRA_AFTER = {"stolen": True, "peel21": True}

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing"]
LEAD_RULES = [
    (r"firearm", "Supt Firearms Licensing"),
    (r"vetting|misconduct|whistleblow|raise concerns|counter-corruption", "Head of Professional Standards"),
    (r"call-handler|crime-recording|crime recording|NCRS|records reports|record(s|ed)? .*accurately",
     "Force Crime Registrar"),
    (r"control room|calls for service", "Supt Contact Centre"),
    (r"custody|detention of children|detained", "Ch Insp Custody"),
    (r"stop and search|S&S|body-worn|BWV|use of force|communication skills|disparit|"
     r"unconscious bias", "ACC Local Policing"),
    (r"modern slavery|MSHT|slavery|NRM|section 45", "Det Ch Supt Force CID"),
    (r"domestic abuse|\bDA\b|DASH|violence against women|stalking|missing|child sexual|"
     r"vulnerab|Everyone's", "Ch Supt Public Protection"),
    (r"county lines|organised crime|intelligence", "Head of Intelligence"),
    (r"workforce|equality|diversity|skills", "Director of People"),
    (r"savings|collaboration|costs|spending|Austerity|value for money", "Director of Finance"),
    (r"information management|APP on information", "Head of Information Management"),
    (r"digital|performance", "Head of Corporate Development"),
    (r"cautions|penalty notices|bail|released under", "Head of Criminal Justice"),
    (r"investigat|crime prevention|threat, harm", "Det Ch Supt Force CID"),
]


def lead_for(text):
    for pat, lead in LEAD_RULES:
        if re.search(pat, text, re.I):
            return lead
    return "ACC Crime"


UPD_OPEN = ["Work undertaken in area but still requires development to complete.",
            "Task & Finish group set up; policy rewrite in draft. Next update to Strategic "
            "Planning Board.",
            "Action plan agreed; delivery tracked through the Force Change Board.",
            "Allocated to lead. Progress update requested for next JAC.",
            "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
            "Awaiting allocation."]
UPD_RED = ["Little work yet undertaken in this area. Unlikely to reach deadlines.",
           "Beyond designated deadline; revised plan to Chief Officer Group in April."]
UPD_DONE = ["Completed. Evidence submitted to HMICFRS for closure.",
            "Implemented; closure evidence signed off by the chief officer lead.",
            "Already complete / believed to be complete within short time scale (and within "
            "deadline).",
            "Complete - business as usual, monitored through performance framework."]
UPD_GREY = ["Closed by HMICFRS on previous list.", "Superseded - closed on HMICFRS list."]

FILLS = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "GREY": "BFBFBF",
         "WHITE": "FFFFFF"}


# ----------------------------------------------------------------------------- build HMICFRS
def excel_sort_key(s):
    return s.lower()


def build_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = HM_SHEET
    bold = Font(bold=True)
    ws["A1"] = "Office of the Police and Crime Commissioner for Gwent"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Joint Audit Committee - 26 March 2024 - Agenda item 9: HMICFRS update, Appendix B"
    ws["A3"] = ("HMICFRS definitive list of recommendations, areas for improvement and causes of "
                "concern held against Gwent Police (list received 8 March 2024)")
    ws["A2"].font = bold
    ws["A5"], ws["B5"] = "Force", FORCE
    ws["A5"].font = bold
    ws["A7"], ws["F7"] = "Count of Rec ID", "Status"
    hdr = ["Report", "Published", "Rec ID", "Type", "Recommendation"] + STATUSES + ["Grand Total"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(8, c, h)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    ws["A7"].font = bold
    ws["F7"].font = bold
    # pivot order: report titles A-Z, then published, then rec id ascending
    by_rep = {}
    for it in ITEMS:
        by_rep.setdefault(REPORTS[it["rep"]][0], []).append(it)
    r = 9
    grand = {s: 0 for s in STATUSES}
    for title in sorted(by_rep, key=excel_sort_key):
        its = sorted(by_rep[title], key=lambda x: x["rid"])
        sub = {s: 0 for s in STATUSES}
        pub = REPORTS[its[0]["rep"]][1]
        for i, it in enumerate(its):
            if i == 0:
                ws.cell(r, 1, title)
                if pub is None:
                    ws.cell(r, 2, "(blank)")
                else:
                    ws.cell(r, 2, pub).number_format = "dd/mm/yyyy"
            ws.cell(r, 3, it["rid"])
            ws.cell(r, 4, it["type"])
            ws.cell(r, 5, it["text"])
            col = 6 + STATUSES.index(it["status"])
            ws.cell(r, col, 1)
            ws.cell(r, 11, 1)
            sub[it["status"]] += 1
            grand[it["status"]] += 1
            it["hm_row"] = f"{HM_SHEET}!{r}"
            r += 1
        ws.cell(r, 1, f"{title} Total").font = bold
        for j, s in enumerate(STATUSES):
            if sub[s]:
                ws.cell(r, 6 + j, sub[s]).font = bold
        ws.cell(r, 11, sum(sub.values())).font = bold
        for c in range(1, 12):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
    ws.cell(r, 1, "Grand Total").font = bold
    for j, s in enumerate(STATUSES):
        if grand[s]:
            ws.cell(r, 6 + j, grand[s]).font = bold
    ws.cell(r, 11, sum(grand.values())).font = bold
    for c in range(1, 12):
        ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
    r += 2
    ws.cell(r, 1, "Source: HMICFRS definitive list received 8 March 2024, summarised by the OPCC "
                  "(PivotTable, pasted as values). (blank) = no status shown against the item on "
                  "the list received from HMICFRS.").font = Font(italic=True)
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 9
    ws.column_dimensions["D"].width = 22
    ws.column_dimensions["E"].width = 90
    for c in "FGHIJK":
        ws.column_dimensions[c].width = 11
    for row in ws.iter_rows(min_row=9, max_row=r - 2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A9"
    save(wb, path)
    return grand


# ----------------------------------------------------------------------------- build tracker
def build_tracker(path):
    wb = Workbook()
    ws = wb.active
    ws.title = F_SHEET
    bold = Font(bold=True)
    ws["A1"] = "Gwent Police - HMICFRS Recommendations and Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owner: Strategic Planning & Inspection Unit | Version 14 | Last updated "
                "15/03/2024")
    hdr = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
           "Force action", "Lead", "RAG", "Latest update", "Closure evidence sent"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    # gather force rows by the report the force files them under
    blocks = {k: [] for k in F_ORDER}
    for it in ITEMS:
        for f in it["frows"]:
            f["item"] = it
            rep = f.get("report", "cdi19" if it["rep"] == "cdi19b" else it["rep"])
            blocks[rep].append(f)
    extras = []
    for rep, f, why in F_EXTRA:
        f["item"] = None
        f["why"] = why
        blocks[rep].append(f)
        extras.append(f)
    r, n = 5, 0
    thin = Side(style="thin", color="BFBFBF")
    for rep in F_ORDER:
        last_no = None
        for f in blocks[rep]:
            it = f["item"]
            if f.get("no") and last_no is not None and last_no[0] is it:
                num = f["no"].format(n=last_no[1])
            else:
                n += 1
                num = f["no"].format(n=n) if f.get("no") else n
                last_no = (it, n)
            if rep in REPORTS:
                rname, rdate = REPORTS[rep][2], REPORTS[rep][3]
            else:
                rname, rdate = F_ONLY[rep]
            rag = f["rag"]
            if "update" in f:
                upd = f["update"]
            elif rag == "GREY":
                upd = rng.choice(UPD_GREY)
            elif rag in ("GREEN", "WHITE"):
                upd = rng.choice(UPD_DONE) if f.get("sent") else rng.choice(UPD_DONE[1:])
            elif rag == "RED":
                upd = rng.choice(UPD_RED)
            else:
                upd = rng.choice(UPD_OPEN)
            lead = f.get("lead", lead_for(f["text"] + " " + rname))
            if rng.random() < 0.08:
                lead = None
            vals = [num, f.get("ref"), rname, rdate, f["ftype"], f["text"], f.get("action"), lead,
                    rag, upd, f.get("sent")]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=FILLS[rag])
            f["f_row"] = f"{F_SHEET}!{r}"
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = bold
    key = [("RED", "Beyond designated deadline or cannot / will not be implemented (rationale "
                   "required)"),
           ("AMBER", "Subject to ongoing work and monitoring; anticipated will be implemented"),
           ("GREEN", "Implemented; evidence held (submit to HMICFRS for closure if still open "
                     "on their list)"),
           ("GREY", "Closed: HMICFRS has confirmed closure or the item is superseded"),
           ("WHITE", "Not the force's responsibility to deliver / dependent upon another "
                     "organisation")]
    for rag, meaning in key:
        r += 1
        ws.cell(r, 1, rag).fill = PatternFill("solid", fgColor=FILLS[rag])
        ws.cell(r, 2, meaning)
    widths = [7, 10, 26, 12, 13, 80, 40, 24, 9, 45, 13]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:K{r - len(key) - 2}"
    save(wb, path)
    return extras


# ----------------------------------------------------------------------------- determinism
FIXED = dt.datetime(2024, 3, 15, 9, 30, 0)


def save(wb, path):
    wb.properties.creator = "OPCC Gwent"
    wb.properties.created = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-03-15T09:30:00Z",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)


# ----------------------------------------------------------------------------- main
def main():
    os.makedirs(OUT, exist_ok=True)
    build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    extras = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = []
    for it in ITEMS:
        if not it["frows"]:
            lines.append((it["hm_row"], "", it["cat"], it["why"]))
        for f in it["frows"]:
            lines.append((it["hm_row"], f["f_row"], it["cat"], it["why"]))
    for f in extras:
        lines.append(("", f["f_row"], "not_on_hmicfrs_list", f["why"]))

    def rownum(s):
        return int(s.split("!")[1]) if s else 10 ** 6

    lines.sort(key=lambda x: (rownum(x[0]), rownum(x[1])))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts = {}
    for line in lines:
        counts[line[2]] = counts.get(line[2], 0) + 1
    print("items", len(ITEMS), "truth lines", len(lines), counts)


if __name__ == "__main__":
    main()
