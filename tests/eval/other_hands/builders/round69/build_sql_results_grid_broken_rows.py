"""Build the case `sql_results_grid_broken_rows`.

Force side: the force's recommendations database has no export, so the analyst ran a query in
SQL Server Management Studio and pasted the results grid into a new Excel workbook with
"Copy with Headers". What Excel does with that paste is reproduced here:

- every line break inside a text field starts a new Excel row: the rest of the text lands in
  column A of the next row and every field after it shifts onto that row (an empty line gives
  a row with nothing in it, a trailing break leaves column A empty);
- NULLs come across as the word NULL;
- datetime values ("2019-05-02 00:00:00.000") are parsed by Excel as dates and given the
  format mm:ss.0, so they show as 00:00.0 (or 41:27.6 where the value has a time);
- the query LEFT JOINs the owners table, so an item with two joint owners comes out twice.

HMICFRS side: a plain register export, one row per item, header in row 1.

Texts are real HMICFRS wording (Open Government Licence), copied from the casegen text lists
and /work/shared/data/real_recommendations.csv; progress notes and local actions are written
as a force analyst would.

Run: /work/main/.venv/bin/python build_sql_results_grid_broken_rows.py
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 6917
CASE = "sql_results_grid_broken_rows"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Lincolnshire Police"
FIXED_ZIP_TIME = (2024, 5, 1, 9, 0, 0)
FIXED_PROP_TIME = dt.datetime(2024, 5, 1, 9, 0, 0)

rnd = random.Random(SEED)

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --------------------------------------------------------------------------------------------
# Real texts (copied verbatim from the casegen text lists)
# --------------------------------------------------------------------------------------------
MSHT_INTEL_86 = ("Within six months, forces should have in place active information-sharing "
                 "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
                 "and in order to safeguard victims better and to identify suspects as early as "
                 "possible")
MSHT_INTEL = ("Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence and "
              "in order to safeguard victims better and to identify suspects as early as "
              "possible.")
MSHT_NRM = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
            "process as it evolves and are implementing the requirement placed upon them under the "
            "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
            "adult victim of modern slavery or human trafficking.")
CONTROL_ROOM_BODY = ("ensure that it has sufficient resources available in the control room to "
                     "fulfil its resourcing model, and so to meet its demand, while also taking "
                     "into account the wellbeing of its workforce")
DIGITAL_FULL = ("By September 2018, chief constables should produce an ambitious plan to improve "
                "digitally-enabled services within their force. The Home Office, National Police "
                "Chiefs' Council and Association of Police and Crime Commissioners should "
                "support the development of these plans by establishing a national framework "
                "which allows for the provision of digitally enabled services across force "
                "boundaries.")
FIREARMS = ("Within three months, all chief constables should assess the demand placed on their "
            "firearms licensing department and ensure it has the capacity to meet this demand and "
            "provide an efficient and effective service at all times.")
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
]
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_LEADERSHIP = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)
SAS_MON_STEM = ("By July 2018, all police forces across England and Wales should be regularly and "
                "frequently monitoring a comprehensive set of data and information on use of stop "
                "and search powers to understand:")
SAS_MON_B = [
    "the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search;",
    "the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and",
    "the prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.",
]
SAS_MONITORING_2017 = SAS_MON_STEM + "\n" + " ".join("•" + b for b in SAS_MON_B)
BWV_PARTS = [
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "\n".join(BWV_PARTS)
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\n"
    "This action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments."
)
CDI_STEM = "HMIC recommends that within six months the force should: "
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
DETENTION_BODY = (
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
CAUSE_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
CAUSE_VETTING = f"The size of the vetting backlog within {FORCE} is a cause of concern."

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, force's report name in its database)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Targeting the Risk (Firearms Licensing) 2015"),
    "eff15": ("PEEL: Police efficiency 2015", dt.date(2015, 10, 20), "PEEL Efficiency 2015"),
    "p16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017 - national"),
    "l17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017 - national (stop and search)"),
    "n18": ("National child protection inspection 2018", dt.date(2018, 6, 19), "NCPI 2018"),
    "p18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2),
            "PEEL 2018/19"),
    "c19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 20),
            "Crime Data Integrity 2019"),
    "k20": ("Report on an unannounced inspection visit to police custody suites 2020",
            dt.date(2020, 8, 11), "Custody inspection 2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "q21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 12),
            "PEEL 2021/22"),
    "r23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2023, 11, 21),
            "PEEL 2023/24"),
    # force-only report names (local actions)
    "fip": (None, None, "Force Improvement Plan"),
    "ia": (None, None, "Internal Audit 2023/24"),
    "jac": (None, None, "JAC action log"),
}

FTYPE = {REC: "Recommendation", AFI: "AFI", COC: "Cause of Concern",
         NAT: "National Recommendation", "local": "Local Action"}

# Owners and the department the owners table joins to.
OWNERS = {
    "ACC Crime": "Crime & Intelligence",
    "ACC Local Policing": "Local Policing",
    "Det Ch Supt Force CID": "Crime & Intelligence",
    "C/Supt Bell": "Local Policing",
    "Head of Intelligence": "Crime & Intelligence",
    "Head of Criminal Justice": "Criminal Justice",
    "Force Crime Registrar": "Corporate Development",
    "Head of Professional Standards": "Professional Standards",
    "Ch Supt Public Protection": "Public Protection",
    "Director of People": "People Services",
    "Head of Corporate Development": "Corporate Development",
    "Supt Contact Centre": "Contact Management",
    "Head of Learning & Development": "People Services",
    "Ch Insp Custody": "Criminal Justice",
    "Head of Information Management": "Information Management",
    "DCC": "Chief Officer Group",
    "Supt Firearms Licensing": "Operations",
    "Director of Finance": "Finance",
}

# Who the database assigns, by what the item is about (first keyword that matches).
OWNER_RULES = [
    (("firearm",), ["Supt Firearms Licensing"]),
    (("custody", "detention", "cautions"), ["Ch Insp Custody", "Head of Criminal Justice"]),
    (("vetting", "misconduct", "whistleblowing", "raised concerns", "raise concerns",
      "background checks", "corruption"), ["Head of Professional Standards"]),
    (("crime-recording", "records reports", "NCRS", "crime recording"),
     ["Force Crime Registrar"]),
    (("information management",), ["Head of Information Management"]),
    (("savings", "collaboration", "value for money", "spending round"),
     ["Director of Finance", "DCC"]),
    (("workforce", "diversity", "succession", "staff feedback", "skills project", "training"),
     ["Director of People", "Head of Learning & Development"]),
    (("stop and search", "S&S", "body-worn", "use of force", "communication skills"),
     ["ACC Local Policing", "C/Supt Bell"]),
    (("domestic abuse", "DA ", "missing", "child", "victims", "violence against women",
      "honour", "stalking"), ["Ch Supt Public Protection", "ACC Crime"]),
    (("modern slavery", "MSHT", "NRM", "slavery"), ["ACC Crime", "Det Ch Supt Force CID"]),
    (("call-handlers", "control room", "calls for service"), ["Supt Contact Centre"]),
    (("intelligence", "county lines", "organised crime", "digital"),
     ["Head of Intelligence", "Det Ch Supt Force CID"]),
    (("performance", "data and analysis", "risk register", "digitally"),
     ["Head of Corporate Development"]),
    (("investigat", "suspects", "crime prevention"), ["Det Ch Supt Force CID", "ACC Crime"]),
]


def pick_owner(text: str) -> str:
    for words, who in OWNER_RULES:
        if any(w.lower() in text.lower() for w in words):
            return rnd.choice(who)
    return rnd.choice(["DCC", "ACC Local Policing", "Head of Corporate Development"])

# --------------------------------------------------------------------------------------------
# The items. Each HMICFRS item: (id key, report, type, HMICFRS text, HMICFRS status, force spec)
# force spec: None = not in the force database (missing_from_force), else a dict:
#   cat: truth category;  fs: force status key (see STATUS);  ftext: force's text (default
#   the HMICFRS text with \n -> \r\n);  ref: True/False/int (HMICFRSRef recorded or not, or a
#   wrong number);  owners: list of owner names (two = joint owners, the query duplicates);
#   split: list of force texts (one database record each);  report / ftype / pub: force-side
#   overrides;  why: the truth's reason.
# --------------------------------------------------------------------------------------------

def crlf(t: str) -> str:
    return t.replace("\r\n", "\n").replace("\n", "\r\n")


def stem_break(t: str, after: str) -> str:
    """The force typed the stem, pressed Enter, then pasted the ask."""
    i = t.index(after) + len(after)
    return t[:i].rstrip() + "\r\n" + t[i:].lstrip()


ITEMS = [
    # ---- Stop and search 2013
    ("sas13a", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete",
     dict(cat="in_sync", fs="closed", ref=False,
          why="closed on both sides; text verbatim, no reference in the force database")),
    ("sas13b", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", "Complete",
     dict(cat="in_sync", fs="closed", ref=False,
          ftext="Chief Constables should establish or improve monitoring of the way officers "
                "S&S people, so that they can be satisfied their officers are acting in "
                "accordance with the law (including equality legislation & the Code of "
                "Practice), and that the power is used effectively to prevent crime, catch "
                "criminals & maintain public trust.",
          why="closed on both sides; force text abbreviated (S&S, &)")),
    ("sas13c", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", "Complete",
     None),
    # ---- Everyone's business 2014
    ("everyone", "everyone", NAT, EVERYONE_PLAN, "Complete",
     dict(cat="in_sync", fs="closed", ref=True,
          why="closed on both sides; the text's empty lines leave blank rows inside the "
              "record (not items)")),
    # ---- Policing in austerity 2014
    ("aus1", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", "Complete",
     dict(cat="in_sync", fs="closed", ref=False, why="closed on both sides")),
    ("aus2", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "Complete",
     dict(cat="in_sync", fs="closed", ref=False,
          ftext="Chief Constables and PCCs in forces planning to deliver less than 10% of their "
                "savings through collaboration should assess whether there is scope to improve "
                "on this position.\r\nHMIC will follow up the assessments in the autumn.",
          why="closed on both sides; force text broken over two rows")),
    ("aus3", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", "Complete",
     dict(cat="in_sync", fs="closed", ref=False, why="closed on both sides")),
    ("aus4", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", "Complete",
     dict(cat="closeable_local", fs="inprog", ref=False,
          why="HMICFRS Complete; force still In Progress (Amber) - close locally")),
    # ---- Core business 2014
    ("core1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete",
     dict(cat="in_sync", fs="closed", ref=False, why="closed on both sides")),
    ("core2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Awaiting review",
     dict(cat="closeable_submit", fs="complete", ref=False,
          why="HMICFRS Awaiting review; force Complete (Green), not yet submitted")),
    # ---- Integrity matters 2015
    ("integ", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Being progressed",
     dict(cat="in_sync", fs="open", ref=True, why="open on both sides")),
    # ---- Stop and search 2 2015
    ("sas15", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", "Superseded",
     dict(cat="closeable_local", fs="inprog", ref=True,
          why="HMICFRS Superseded; force In Progress - close locally. Near-identical 2013 item "
              "(the missing one) must not take this row: report and date are 2015")),
    # ---- Building the picture 2015
    ("picture", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "Awaiting review",
     dict(cat="closeable_submit", fs="submitted", ref=True,
          why="HMICFRS Awaiting review; force Submitted for Closure")),
    # ---- Targeting the risk 2015
    ("fa1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete",
     dict(cat="in_sync", fs="closed", ref=False, why="closed on both sides")),
    ("fa2", "firearms", NAT, FIREARMS, "Being progressed",
     dict(cat="closeable_submit", fs="complete", ref=True,
          why="HMICFRS Being progressed; force Complete (Green)")),
    ("fa3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete",
     dict(cat="in_sync", fs="complete", ref=False,
          why="HMICFRS Complete; force Complete - both closed")),
    ("fa4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed",
     dict(cat="in_sync", fs="open", ref=True,
          ftext="Within three months, all chief constables should ensure that:\r\ntheir "
                "arrangements in respect of the use of temporary permits are in accordance with "
                "the Home Office guidance;\r\nthat temporary permits are properly recorded "
                "without delay on the National Firearms Licensing Management System; and\r\n"
                "that effective systems exist to ensure certificate holders are not permitted, "
                "at any time, to remain in unlawful possession of a firearm.",
          why="open on both sides; force text split over four rows at its semicolons")),
    ("fa5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Being progressed", None),
    # ---- PEEL efficiency 2015 (force-only item, see NOT_ON below)
    # ---- PEEL effectiveness 2016 (force-level)
    ("p16coc", "p16", COC, CAUSE_DA, "Complete",
     dict(cat="in_sync", fs="closed", ref=True, why="closed on both sides")),
    ("p16rec", "p16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases. "
     "In cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system.", "Complete",
     dict(cat="in_sync", fs="closed", ref=True, brk="should immediately",
          why="closed on both sides; force text broken after the stem")),
    ("p16afi1", "p16", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Complete",
     dict(cat="closeable_local", fs="inprog", ref=True,
          why="HMICFRS Complete; force In Progress (Amber) - close locally")),
    ("p16afi2", "p16", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Being progressed",
     dict(cat="in_sync", fs="open", ref=False,
          ftext="The force should improve its understanding of suspects RUI and the management "
                "of those released on bail.",
          why="open on both sides; force abbreviates 'released under investigation' to RUI")),
    # ---- Stolen freedom 2017
    ("sf1", "stolen", NAT, SF_LEADERSHIP, "Being progressed",
     dict(cat="conflict", fs="inprog", ref=True,
          owners=["ACC Crime", "Det Ch Supt Force CID"],
          ftext=SF_STEM + "\n" + "\n".join("• " + b for b in
                                            (SF_BULLETS[0], SF_BULLETS[1],
                                             SF_BULLETS[3])),
          why="missing bullet: the force record has three of the four bullets (the "
              "partnership arrangements bullet is absent); joint owners so the record is "
              "pasted twice")),
    ("sf2", "stolen", NAT, MSHT_INTEL_86, "Being progressed",
     dict(cat="in_sync", fs="open", ref=True,
          ftext="Within 6 months, forces should have in place active ISAs with other agencies "
                "to facilitate speedy exchange of intelligence and in order to safeguard victims "
                "better and to identify suspects as early as possible.",
          why="open on both sides; HMICFRS text carries a stray footnote '86', force text "
              "abbreviated (6 months, ISAs) - same timescale")),
    ("sf3", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", "Complete",
     dict(cat="closeable_local", fs="open", ref=True,
          why="HMICFRS Complete; force Open (Red) - close locally")),
    ("sf4", "stolen", NAT, MSHT_NRM, "Being progressed",
     dict(cat="closeable_submit", fs="submitted", ref=True,
          owners=["ACC Crime", "Ch Supt Public Protection"],
          why="HMICFRS Being progressed; force Submitted for Closure; joint owners so the "
              "record is pasted twice (both rows closeable_submit)")),
    ("sf5", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     dict(cat="in_sync", fs="inprog", ref=False,
          ftext="Immediately, forces should take steps to ensure they fully comply with NCRS "
                "requirements for offences identified as MSHT and that sufficient audit "
                "capacity is available to the force crime registrar to provide reassurance that "
                "each force is identifying and managing any gaps in its crime-recording "
                "accuracy for these types of offences.",
          why="open on both sides; force abbreviates NCRS, MSHT; no reference")),
    ("sf6", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Awaiting review",
     dict(cat="in_sync", fs="open", ref=True, why="open on both sides")),
    ("sf7", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed", None),
    # ---- PEEL efficiency 2017 national
    ("efc17", "efc17", NAT, DIGITAL_FULL, "Being progressed",
     dict(cat="closeable_submit", fs="complete", ref=True,
          ftext=stem_break(DIGITAL_FULL, "within their force."),
          why="HMICFRS Being progressed; force Complete (Green); force text broken after the "
              "first sentence")),
    # ---- PEEL legitimacy 2017 (force-level)
    ("l17a", "l17", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "Superseded",
     dict(cat="closeable_local", fs="inprog", ref=True,
          why="HMICFRS Superseded; force In Progress - close locally")),
    ("l17b", "l17", AFI,
     "The force should review the support available for those who have raised concerns and "
     "take any action needed to make sure these provisions are suitable.", "Superseded",
     dict(cat="in_sync", fs="closed", ref=True, why="closed on both sides (Superseded / Closed)")),
    # ---- PEEL legitimacy 2017 national
    ("leg_coc", "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed",
     dict(cat="in_sync", fs="open", ref=True, why="open on both sides")),
    ("leg_mon", "leg17", NAT, SAS_MONITORING_2017, "Being progressed",
     dict(cat="closeable_submit", fs="complete", ref=True,
          ftext=SAS_MON_STEM + "\n" + "\n".join("•" + b for b in SAS_MON_B),
          why="HMICFRS Being progressed; force Complete; force text puts each bullet on its "
              "own line (4 sheet rows)")),
    ("leg_disp", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Complete",
     dict(cat="in_sync", fs="closed", ref=True,
          ftext="Where forces identify disparities through monitoring, they should demonstrate "
                "to the public that they have:\n•carried out research and analysis in an "
                "attempt to understand the reasons for the disparity, and\n•taken action to "
                "reduce the disparity, where necessary;",
          why="closed on both sides")),
    ("leg_pub", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed",
     dict(cat="conflict", fs="open", ref=True, ftype="AFI",
          why="type: HMICFRS National recommendation, force records it as an AFI")),
    ("leg_train", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     dict(cat="in_sync", fs="inprog", ref=True,
          owners=["Head of Learning & Development", "ACC Local Policing"],
          why="open on both sides; joint owners so pasted twice (both rows in_sync)")),
    # ---- NCPI 2018
    ("n18coc", "n18", COC, CAUSE_MISSING, "Being progressed",
     dict(cat="in_sync", fs="open", ref=False, why="open on both sides")),
    ("n18rec", "n18", REC, "HMIC recommends that the force should immediately: " + MISSING_BODY
     + ";", "Being progressed",
     dict(cat="closeable_submit", fs="complete", ref=True,
          why="HMICFRS Being progressed; force Complete; bullets on their own rows")),
    # ---- PEEL 2018/19
    ("p18a", "p18", REC,
     "HMIC recommends that within six months the force should: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them;", "Being progressed",
     dict(cat="conflict", fs="inprog", ref=True,
          ftext="HMIC recommends that within twelve months the force should:\r\nconduct a "
                "review of officers’ capabilities and capacity to manage their investigative "
                "workload, to better understand investigative demand and the pressures placed "
                "upon them;",
          why="timescale: HMICFRS 'within six months', force 'within twelve months'")),
    ("p18b", "p18", AFI,
     "The force should make sure all processes in place to support performance management are "
     "effective.", "Complete",
     dict(cat="in_sync", fs="closed", ref=True, why="closed on both sides")),
    ("p18c", "p18", AFI,
     f"{FORCE} should make sure it has access to accurate data and analysis to support "
     "effective performance management.", "Being progressed",
     dict(cat="closeable_submit", fs="submitted", ref=False,
          why="HMICFRS Being progressed; force Submitted for Closure")),
    ("p18d", "p18", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Being progressed",
     dict(cat="in_sync", fs="inprog", ref=True, why="open on both sides")),
    ("p18e", "p18", REC, "Within three months, the force should " + CONTROL_ROOM_BODY + ".",
     "Complete",
     dict(cat="closeable_local", fs="inprog", ref=True,
          why="HMICFRS Complete; force In Progress - close locally")),
    ("p18f", "p18", AFI,
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.", "Being progressed",
     dict(cat="in_sync", fs="open", ref=True,
          owners=["Director of People", "Head of Learning & Development"],
          ftext="The force should specify in succession plans how it intends to improve "
                "diversity across all levels of the force.\r\nThis should include offering "
                "increased direct-entry opportunities.",
          why="open on both sides; joint owners so pasted twice (both rows in_sync)")),
    # ---- CDI 2019
    ("c19a", "c19", REC, CDI_STEM + CDI_VICTIMS_BODY + ";", "Being progressed",
     dict(cat="closeable_submit", fs="complete", ref=True,
          owners=["Force Crime Registrar", "Supt Contact Centre"],
          why="HMICFRS Being progressed; force Complete; six-row text; joint owners so the "
              "whole record is pasted twice (both rows closeable_submit)")),
    ("c19b", "c19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", "Being progressed",
     dict(cat="conflict", fs="open", ref="typo",
          why="reference: force HMICFRSRef has two digits transposed (a number not on the "
              "list); text, report and type match")),
    ("c19c", "c19", AFI,
     "The force should make sure it records reports of modern slavery and human trafficking "
     "accurately and without delay.", "Complete",
     dict(cat="in_sync", fs="complete", ref=True,
          why="closed on both sides; near-twin of the rape and serious sexual offences AFI - pair by topic")),
    # ---- Custody 2020
    ("k20a", "k20", REC, "Within six months the force should " + DETENTION_BODY + ".",
     "Being progressed",
     dict(cat="conflict", fs="inprog", ref=False, report="n18",
          ftext=("Within six months the force should " + DETENTION_BODY + ".")
          .replace("should:• ", "should:\r\n• ").replace(";• ", ";\r\n• ")
          .replace("and• ", "and\r\n• "),
          why="report: HMICFRS files it under the 2020 custody inspection, the force under "
              "NCPI 2018 (and that report's date); no reference to settle it")),
    ("k20b", "k20", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", "Complete",
     dict(cat="in_sync", fs="closed", ref=True, why="closed on both sides")),
    ("k20c", "k20", REC,
     "HMIC recommends that the force should immediately: revise its approach to cautions, "
     "cannabis warning and penalty notices for disorder to ensure that there is a clear and "
     "auditable explanation to the offender of the implications of receiving the warning and "
     "that, for victim-based crimes, there is a clear and auditable record that views of the "
     "victim are considered prior to their issue;", "Awaiting review",
     dict(cat="in_sync", fs="open", ref=True, brk="should immediately:",
          why="open on both sides")),
    # ---- Disproportionate use of police powers 2021
    ("pw1", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed",
     dict(cat="closeable_submit", fs="complete", ref=True,
          why="HMICFRS Being progressed; force Complete")),
    ("pw2", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Complete",
     dict(cat="closeable_local", fs="inprog", ref=True,
          ftext="By July 2021, forces should ensure that communication skills are reinforced as "
                "part of the programme of CPD for officers & staff, and that supervisors are "
                "supported to routinely and frequently debrief officers on these skills using "
                "body-worn video footage.",
          why="HMICFRS Complete; force In Progress - close locally")),
    ("pw3", "powers", NAT, BWV_2021, "Being progressed",
     dict(cat="in_sync", fs="open", ref=True, split=BWV_PARTS,
          why="open on both sides; the force split the three paragraphs into three database "
              "records (three lines, same hmicfrs_row)")),
    ("pw4", "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "Being progressed", None),
    ("pw5", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed",
     dict(cat="in_sync", fs="inprog", ref=False, why="open on both sides")),
    # ---- PEEL 2021/22
    ("q1", "q21", AFI,
     "The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area.", "Being progressed",
     dict(cat="closeable_submit", fs="complete", ref=True,
          why="HMICFRS Being progressed; force Complete")),
    ("q2", "q21", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.", "Being progressed",
     dict(cat="in_sync", fs="open", ref=False,
          ftext="The force should make sure victims of DA are kept informed about the progress "
                "of their case, in line with the Code of Practice for Victims of Crime.",
          why="open on both sides; DA abbreviated")),
    ("q3", "q21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", "Complete",
     dict(cat="closeable_local", fs="inprog", ref=True,
          why="HMICFRS Complete; force In Progress - close locally. Near-twin of the 2020 "
              "custody AFI on mental ill health")),
    ("q4", "q21", AFI,
     "The force should make sure investigations of stalking and harassment are allocated to "
     "officers with the right skills and are effectively supervised.", "Being progressed",
     dict(cat="closeable_submit", fs="submitted", ref=True,
          why="HMICFRS Being progressed; force Submitted for Closure")),
    ("q5", "q21", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", "Being progressed",
     dict(cat="in_sync", fs="inprog", ref=True, why="open on both sides")),
    ("q6", "q21", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Complete",
     dict(cat="in_sync", fs="closed", ref=True, why="closed on both sides")),
    ("q7", "q21", AFI,
     "The force should evaluate its work to prevent knife crime and share what works across the "
     "force.", "Being progressed",
     dict(cat="closeable_submit", fs="complete", ref=False,
          why="HMICFRS Being progressed; force Complete")),
    ("q8", "q21", REC,
     f"Within six months {FORCE} should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", "Being progressed",
     dict(cat="in_sync", fs="open", ref=True, why="open on both sides")),
    ("q9", "q21", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Complete",
     dict(cat="closeable_local", fs="open", ref=True,
          why="HMICFRS Complete; force Open - close locally")),
    # ---- PEEL 2023/24
    ("r1", "r23", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "Awaiting review",
     dict(cat="in_sync", fs="open", ref=True, why="open on both sides")),
    ("r2", "r23", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.", "Awaiting review", None),
    ("r3", "r23", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", "Awaiting review",
     dict(cat="in_sync", fs="notstarted", ref=True, why="open on both sides (Not Started)")),
    ("r4", "r23", AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to rape and serious sexual offences.", "Awaiting review", None),
    ("r5", "r23", AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.", "Being progressed",
     dict(cat="closeable_submit", fs="complete", ref=True,
          why="HMICFRS Being progressed; force Complete")),
    ("r6", "r23", COC, CAUSE_VETTING, "Being progressed",
     dict(cat="in_sync", fs="inprog", ref=True, why="open on both sides")),
    ("r7", "r23", REC,
     "HMICFRS recommends that the force should immediately:review its current background "
     "checks arrangements, and make sure that suitable and sufficient background checks are in "
     "place to safeguard its staff and the communities it serves; and", "Being progressed",
     dict(cat="closeable_submit", fs="submitted", ref=True,
          why="HMICFRS Being progressed; force Submitted for Closure")),
]

# Force records HMICFRS does not list: (key, report, force type, text, status, ref, owners, why)
NOT_ON = [
    ("la1", "fip", "local",
     "Task & Finish group to review the domestic abuse policy and report to the Force Executive "
     "Team", "open", None, ["Ch Supt Public Protection"],
     "force's own action (Force Improvement Plan); no HMICFRS item"),
    ("la2", "q21", "local",
     "Dip-sample 50 rape and serious sexual offences crime reports each quarter and report "
     "findings to the Crime Standards Board", "complete", None,
     ["Force Crime Registrar", "Det Ch Supt Force CID"],
     "force's own action filed under PEEL 2021/22 (RecType Local Action, no reference); joint "
     "owners so pasted twice"),
    ("la3", "ia", "local",
     "Internal audit action: Internal audit of the counter-corruption governance arrangements "
     "(audit plan 2023/24)", "inprog", None, ["Head of Professional Standards"],
     "internal audit action, not HMICFRS"),
    ("la4", "fip", "local",
     "Appoint a single point of contact for hate crime in each local policing area", "open",
     None, ["ACC Local Policing"], "force's own action"),
    ("la5", "q21", "local",
     "Add county lines drug dealing measures to the monthly Force Performance pack", "closed",
     None, ["Head of Corporate Development"],
     "force's own action under PEEL 2021/22, sits next to the county lines AFI"),
    ("la6", "jac", "local",
     "JAC action: Rewrite the stalking and harassment policy and publish it on the intranet "
     "with a communications plan.\r\nReport back to JAC in March.", "inprog", None,
     ["C/Supt Bell"], "Joint Audit Committee action, not HMICFRS"),
    ("nh1", "eff15", AFI,
     "The force should expand the skills project work to include an assessment of all skills, "
     "not only operational, including potential future skills requirements.\r\nThis assessment "
     "should inform workforce plans.", "inprog", "old", ["Director of People"],
     "PEEL efficiency 2015 AFI with a register reference that is not on the HMICFRS list "
     "(already closed and dropped by HMICFRS, or never held) - query it"),
    ("nh2", "p16", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "complete", None, ["Head of Intelligence"],
     "PEEL effectiveness 2016 AFI the HMICFRS list does not hold; no reference"),
]

# --------------------------------------------------------------------------------------------
# Force status vocabulary: key -> (RAG, Status, ClosureSubmitted bit, closed?)
# --------------------------------------------------------------------------------------------
STATUS = {
    "open": [("Red", "Open"), ("Amber", "Open")],
    "inprog": [("Amber", "In Progress"), ("Red", "In Progress")],
    "notstarted": [(None, "Not Started")],
    "complete": [("Green", "Complete")],
    "submitted": [("Green", "Submitted for Closure")],
    "closed": [(None, "Closed"), ("Green", "Closed")],
}
DONE = {"complete", "submitted", "closed"}

UPD_OPEN = [
    "Awaiting allocation.",
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Task & Finish group set up; terms of reference agreed at Force Executive Team.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Draft policy out for consultation with the Federation and Unison.",
    "New lead following the restructure, update to follow for the next JAC.",
    "xxx",
    "Update 14/09/2023: scoping complete, project plan drafted.\r\nUpdate 08/01/2024: "
    "plan approved at Strategic Change Board; delivery Q1 2024/25.",
    None,
    "",
]
UPD_DONE = [
    "Ready to move to GREEN status.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Policy published and training delivered; dip sample shows compliance. Evidence pack held "
    "by Corporate Development.",
    "The policy is now signed off and in place with an implementation date of the end of "
    "October.",
    "Update 12/01/2024: evidence pack sent to sign-off lead.\r\nUpdate 05/03/2024: signed off "
    "by ACC, awaiting submission to HMICFRS.",
]
UPD_SUBMITTED = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Evidence submitted to the FLL for the next portal update.\r\nAwaiting HMICFRS decision.",
]
UPD_CLOSED = [
    "Closed by HMICFRS.",
    "HMICFRS confirmed closure at the quarterly FLL meeting.",
    "Closed - superseded by later inspection.",
    None,
]


def rand_dt(start: dt.date, days: int, with_time: bool) -> dt.datetime:
    d = start + dt.timedelta(days=rnd.randint(0, days))
    if with_time:
        return dt.datetime(d.year, d.month, d.day, rnd.randint(7, 18), rnd.randint(0, 59),
                           rnd.randint(0, 59), rnd.randint(0, 999) * 1000)
    return dt.datetime(d.year, d.month, d.day)


# --------------------------------------------------------------------------------------------
# HMICFRS register ids: plain integers, increasing with publication, gaps between reports
# --------------------------------------------------------------------------------------------
def build():
    os.makedirs(OUT, exist_ok=True)
    order = sorted(range(len(ITEMS)), key=lambda i: (REPORTS[ITEMS[i][1]][1], i))
    hid = {}
    cur = 1187
    last_rep = None
    for i in order:
        key, rep = ITEMS[i][0], ITEMS[i][1]
        cur += rnd.randint(1, 3) if rep == last_rep else rnd.randint(150, 900)
        hid[key] = cur
        last_rep = rep
    ids = set(hid.values())

    # ---------------- HMICFRS side
    hrows = []  # (key, row values)
    for i in order:
        key, rep, typ, text, hst, spec = ITEMS[i]
        title, pub, _ = REPORTS[rep]
        last = pub + dt.timedelta(days=rnd.randint(60, 2000))
        last = min(last, dt.date(2024, 4, 26))
        if hst == "Awaiting review":
            last = min(pub + dt.timedelta(days=rnd.randint(1, 30)), dt.date(2024, 4, 26))
        hrows.append((key, [hid[key], FORCE, title, pub, typ, text, hst, last]))

    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    hdr = ["Recommendation ID", "Force", "Report title", "Date published", "Type",
           "Recommendation", "Status", "Status last changed"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
    h_row_of = {}
    for n, (key, vals) in enumerate(hrows, start=2):
        ws.append(vals)
        h_row_of[key] = n
        for col in (4, 8):
            ws.cell(n, col).number_format = "dd/mm/yyyy"
        ws.cell(n, 6).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", (18, 20, 60, 14, 24, 90, 18, 18)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{ws.max_row}"
    save(wb, os.path.join(OUT, "hmicfrs.xlsx"))

    # ---------------- Force database records
    # RecID: identity in order of entry. Old national items were migrated in 2016 in report
    # order; later items entered as reports arrived; local actions added along the way.
    recs = []  # dict per database record (before the owner join)
    for key, rep, typ, text, hst, spec in ITEMS:
        if spec is None:
            continue
        frep = spec.get("report", rep)
        texts = spec.get("split") or [spec.get("ftext") or text]
        for part_no, t in enumerate(texts):
            if "brk" in spec:
                t = stem_break(t, spec["brk"])
            t = crlf(t)
            ref = spec["ref"]
            if ref is True:
                refv = hid[key]
            elif ref == "typo":
                s = str(hid[key])
                for j in range(len(s) - 2, 0, -1):
                    cand = int(s[:j] + s[j + 1] + s[j] + s[j + 2:])
                    if s[j] != s[j + 1] and cand not in ids:
                        refv = cand
                        break
            else:
                refv = None
            recs.append(dict(key=key, part=part_no, report=frep, ftype=spec.get("ftype") or FTYPE[typ],
                             text=t, ref=refv, fs=spec["fs"],
                             owners=spec.get("owners"), cat=spec["cat"], why=spec["why"],
                             entered=REPORTS[frep][1]))
    for key, rep, ftyp, text, fs, ref, owners, why in NOT_ON:
        if ref == "old":
            # a number in the 2015 range of the register that HMICFRS does not list
            base = hid["picture"] + 212
            while base in ids:
                base += 1
            refv = base
        else:
            refv = None
        pub = REPORTS[rep][1]
        recs.append(dict(key=key, part=0, report=rep, ftype=FTYPE[ftyp], text=crlf(text),
                         ref=refv, fs=fs, owners=owners, cat="not_on_hmicfrs_list", why=why,
                         entered=pub or dt.date(2023, 6, 1)))
    # entry order -> RecID
    migrated = dt.date(2016, 4, 1)
    recs.sort(key=lambda r: (max(r["entered"], migrated), r["key"].startswith(("la", "nh")),
                             r["key"], r["part"]))
    rid = 14
    for r in recs:
        rid += 1 if r["part"] else rnd.randint(1, 6)
        r["recid"] = rid

    for r in recs:
        rep = r["report"]
        title, pub, fname = REPORTS[rep]
        r["fname"] = fname
        r["pub"] = dt.datetime(pub.year, pub.month, pub.day) if pub else None
        if r["owners"] is None:
            r["owners"] = [None] if rnd.random() < 0.06 else [pick_owner(r["text"])]
        rag, st = rnd.choice(STATUS[r["fs"]])
        r["rag"], r["status"] = rag, st
        r["bit"] = 1 if r["fs"] in ("submitted", "closed") else 0
        base = pub or dt.date(2023, 6, 1)
        if r["fs"] in DONE:
            upd = rnd.choice({"complete": UPD_DONE, "submitted": UPD_SUBMITTED,
                              "closed": UPD_CLOSED}[r["fs"]])
        elif r["fs"] == "notstarted":
            upd = rnd.choice(["Awaiting allocation.", None])
        else:
            pool = [u for u in UPD_OPEN
                    if not (u and "14/09/2023" in u and base > dt.date(2023, 9, 1))]
            upd = rnd.choice(pool)
        r["update"] = upd
        r["target"] = (rand_dt(base + dt.timedelta(days=90), 400, False)
                       if rnd.random() < 0.75 else None)
        lo = max(base, dt.date(2021, 1, 1))
        if upd and "05/03/2024" in upd:
            lo = dt.date(2024, 3, 5)
        elif upd and "08/01/2024" in upd:
            lo = dt.date(2024, 1, 8)
        r["closed_on"] = (rand_dt(base + dt.timedelta(days=200), 500, False)
                          if r["fs"] == "closed" else None)
        if r["closed_on"] is not None:
            lo = max(lo, r["closed_on"].date())
        r["updated_on"] = rand_dt(lo, max(10, (dt.date(2024, 4, 20) - lo).days), True)
    # the split records share one status
    split_first = {}
    for r in recs:
        if r["part"] == 0:
            split_first[r["key"]] = r
        else:
            f = split_first[r["key"]]
            for k in ("rag", "status", "bit", "target", "closed_on", "owners"):
                r[k] = f[k]

    # query: ... LEFT JOIN RecOwners ... ORDER BY rp.PublishedDate, r.RecID (NULLs first)
    recs.sort(key=lambda r: (r["pub"] is not None, r["pub"] or dt.datetime.min, r["recid"]))
    header = ["RecID", "HMICFRSRef", "ReportTitle", "PublishedDate", "RecType", "RecText",
              "OwnerName", "Department", "RAG", "Status", "TargetDate", "LatestUpdate",
              "UpdatedOn", "ClosureSubmitted", "ClosedDate"]
    result_rows = []  # (rec, owner, [fields])
    for r in recs:
        for owner in r["owners"]:
            dept = OWNERS.get(owner) if owner else None
            fields = [r["recid"], r["ref"], r["fname"], r["pub"], r["ftype"], r["text"], owner,
                      dept, r["rag"], r["status"], r["target"], r["update"], r["updated_on"],
                      r["bit"], r["closed_on"]]
            result_rows.append((r, owner, fields))

    # ---------------- the Excel paste
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"  # the new workbook's first sheet, as Excel names it
    sheet_rows = [header]
    first_row_of = []  # (rec, owner, excel row)
    for r, owner, fields in result_rows:
        first_row_of.append((r, owner, len(sheet_rows) + 1))
        cur_row = []
        for v in fields:
            if isinstance(v, str) and ("\n" in v or "\r" in v):
                parts = re.split(r"\r\n|\n|\r", v)
                cur_row.append(parts[0])
                for p in parts[1:]:
                    sheet_rows.append(cur_row)
                    cur_row = [p]
            else:
                cur_row.append(v)
        sheet_rows.append(cur_row)
    for n, row in enumerate(sheet_rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is None:
                v = "NULL"
            if v == "":
                continue  # an empty string pastes as an empty cell
            cell = ws.cell(n, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "mm:ss.0"
    save(wb, os.path.join(OUT, "tracker.xlsx"))

    # ---------------- truth
    truth = []
    matched_h = set()
    for r, owner, row in first_row_of:
        if r["cat"] == "not_on_hmicfrs_list":
            truth.append(("", f"Sheet1!{row}", r["cat"], r["why"]))
        else:
            matched_h.add(r["key"])
            truth.append((f"Recommendations!{h_row_of[r['key']]}", f"Sheet1!{row}", r["cat"],
                          r["why"]))
    for key, rep, typ, text, hst, spec in ITEMS:
        if spec is None:
            why = {"sas13c": "2013 stop and search item (closed by HMICFRS) never entered in "
                             "the force database; the 2015 near-twin is a different item",
                   "fa5": "firearms item on the list, no force record",
                   "sf7": "MSHT preventative powers item, no force record",
                   "pw4": "addressed to the Home Office and NPCC; the force never recorded it "
                          "but HMICFRS lists it against the force",
                   "r2": "new PEEL 2023/24 AFI not yet entered in the force database",
                   "r4": "new PEEL 2023/24 AFI not yet entered in the force database"}[key]
            truth.append((f"Recommendations!{h_row_of[key]}", "", "missing_from_force", why))

    def sort_key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        f = int(t[1].split("!")[1]) if t[1] else 10 ** 6
        return (h, f)

    truth.sort(key=sort_key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    return truth, sheet_rows, hrows, first_row_of


def save(wb, path):
    """Save with fixed document times and zip entry times so the build is byte for byte."""
    wb.properties.creator = "Lincolnshire Police"
    wb.properties.lastModifiedBy = "Lincolnshire Police"
    wb.properties.created = FIXED_PROP_TIME
    wb.properties.modified = FIXED_PROP_TIME
    raw = io.BytesIO()
    wb.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-05-01T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


README = """# Case `sql_results_grid_broken_rows`

Seed: {seed} (builder `build_sql_results_grid_broken_rows.py`, rebuilds every file byte for byte;
run it with `/work/main/.venv/bin/python`).

## The story

{force} keeps its HMICFRS recommendations in a SQL Server database with no export. Before the
Joint Audit Committee the analyst ran this in SQL Server Management Studio:

```sql
SELECT r.RecID, r.HMICFRSRef, rp.ReportTitle, rp.PublishedDate, r.RecType, r.RecText,
       o.OwnerName, o.Department, r.RAG, r.Status, r.TargetDate, r.LatestUpdate,
       r.UpdatedOn, r.ClosureSubmitted, r.ClosedDate
FROM dbo.Recommendation r
JOIN dbo.Report rp ON rp.ReportID = r.ReportID
LEFT JOIN dbo.RecOwner ro ON ro.RecID = r.RecID
LEFT JOIN dbo.Owner o ON o.OwnerID = ro.OwnerID
ORDER BY rp.PublishedDate, r.RecID;
```

then right-clicked the results grid, "Copy with Headers", and pasted into a new workbook
(`tracker.xlsx`, sheet `Sheet1`, header in row 1, nothing else added).

`hmicfrs.xlsx` is a plain register export: sheet `Recommendations`, header in row 1, one row per
item, columns Recommendation ID (plain integer) / Force / Report title / Date published / Type /
Recommendation (line breaks kept inside the cell) / Status / Status last changed.
{n_h} items; statuses Awaiting review, Being progressed (open), Complete, Superseded (closed).

## What the paste did to the force side (the traps)

1. **Line breaks split records over rows.** Every CR/LF inside RecText or LatestUpdate starts
   a new Excel row: the rest of the text is in column A, and every field after it moves onto
   that row, shifted left. So on a continuation row, column A holds text, column B the owner,
   D the RAG, E the Status, F a date, and so on (or, after a LatestUpdate break, column B holds
   UpdatedOn, C ClosureSubmitted, D ClosedDate). The status of a multi-line record is NOT in
   the Status column of its first row. {n_sheet} sheet rows hold {n_items} item rows; the other
   {n_cont} are continuation rows (not items, not in truth.csv). One record (Everyone's business)
   has empty lines in its text, giving entirely blank rows in the middle of the record; the
   CDI 2019 recommendation's text takes six rows, the Stolen freedom leadership text four.
2. **NULL.** Empty database fields show as the text `NULL` (HMICFRSRef, PublishedDate of local
   actions, OwnerName/Department where nobody is assigned, RAG of closed items, TargetDate,
   LatestUpdate, ClosedDate). An empty string ('') shows as an empty cell instead.
3. **00:00.0 dates.** Every datetime is a real Excel date whose number format is `mm:ss.0`
   (what Excel gives "2019-05-02 00:00:00.000"), so it displays as 00:00.0; UpdatedOn has a
   time of day and shows e.g. 41:27.6. The values are right; only the display is not.
4. **Joint owners duplicate the record.** {n_dup} items have two owners in RecOwner, so the
   whole record (continuation rows included) appears twice, same RecID, differing only in
   OwnerName/Department. Each copy is a force item row, listed in truth.csv with the same
   hmicfrs_row and the same category.
5. **RecID is the database's identity, not an HMICFRS reference.** HMICFRSRef is the register
   reference where the force recorded one (about two thirds); NULL otherwise, so those rows
   pair by report and text. Rows are sorted by PublishedDate, so the four force-only actions
   with a NULL date come first (SQL Server sorts NULL first).
6. **One item split into three records** (body-worn video, Police powers 2021): three RecIDs,
   same HMICFRSRef; three truth lines, same hmicfrs_row.
7. Force wording: abbreviations (S&S, MSHT, NCRS, ISAs, DA, RUI, CPD, "6 months"), stems broken
   onto a second row, bullets put on their own lines where HMICFRS has them inline; HMICFRS
   keeps a stray footnote digit ("intelligence 86"). None of these is a conflict.
8. Near twins: the 2013 and 2015 stop-and-search items are almost word for word the same
   (the 2013 one is missing from the force, the 2015 one is present with its reference);
   two CDI 2019 AFIs differ only in the topic; "PEEL: Police legitimacy 2017" (force-level)
   and "... (national overview)" share a date.

## How the truth decides

- force_row is the row where the record starts (the row carrying RecID, HMICFRSRef,
  ReportTitle, PublishedDate, RecType); status is read from wherever the Status field landed.
- Status: HMICFRS Awaiting review / Being progressed = open, Complete / Superseded = closed.
  Force Open / In Progress / Not Started = open; Complete / Submitted for Closure / Closed =
  done. RAG agrees with these (Red/Amber open, Green or NULL done).
- Conflicts ({n_conflict_items} items, {n_conflict} lines):
{conflicts}
- missing_from_force ({n_missing}): {missing}.
- not_on_hmicfrs_list ({n_noton} lines): six force actions (RecType Local Action: Force
  Improvement Plan, internal audit, JAC action, two filed under PEEL 2021/22, one with joint
  owners so pasted twice) and two HMICFRS-type AFIs the list does not hold (PEEL efficiency
  2015 with reference {old_ref}, which is not on the list; PEEL effectiveness 2016 with no
  reference).

## Counts (truth.csv lines)

{counts}

HMICFRS items {n_h}; force item rows {n_items} (including {n_extra} extra lines from joint
owners and the split); closed on one side only: {n_one_side} of {n_h} HMICFRS items.
"""


def write_readme(truth, sheet_rows, hrows, first_rows):
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    conf = [t for t in truth if t[2] == "conflict"]
    seen = {}
    for t in conf:
        seen.setdefault(t[0], []).append(t)
    conflicts = "\n".join(
        f"  - {h} / {', '.join(x[1] for x in ts)}: {ts[0][3]}" for h, ts in seen.items())
    missing = "; ".join(f"{t[0]} ({t[3]})" for t in truth if t[2] == "missing_from_force")
    dup = Counter((r["recid"]) for r, owner, row in first_rows)
    old_ref = [r["ref"] for r, o, row in first_rows if r["key"] == "nh1"][0]
    one_side = len({t[0] for t in truth if t[2] in ("closeable_submit", "closeable_local")})
    text = README.format(
        seed=SEED, force=FORCE, n_h=len(hrows), n_sheet=len(sheet_rows),
        n_items=len(first_rows), n_cont=len(sheet_rows) - 1 - len(first_rows),
        n_dup=sum(1 for v in dup.values() if v == 2),
        n_conflict_items=len(seen), n_conflict=len(conf), conflicts=conflicts,
        n_missing=cnt["missing_from_force"], missing=missing,
        n_noton=cnt["not_on_hmicfrs_list"], old_ref=old_ref,
        counts="\n".join(f"- {k}: {cnt[k]}" for k in (
            "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "in_sync")) + f"\n- total: {len(truth)}",
        n_extra=len(first_rows) - len({r["key"] for r, o, row in first_rows}),
        n_one_side=one_side)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


if __name__ == "__main__":
    truth, sheet_rows, hrows, first_rows = build()
    write_readme(truth, sheet_rows, hrows, first_rows)
    from collections import Counter
    print("hmicfrs items:", len(hrows), "tracker sheet rows:", len(sheet_rows),
          "force item rows:", len(first_rows))
    print(Counter(t[2] for t in truth))
