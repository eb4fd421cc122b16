"""Build the `actions_fraction_done` reconciliation case.

HMICFRS side: a register export (xlsx, one sheet, header on row 1) of 63 items for one force.
Force side: an action tracker (xlsx) with one row per recommendation where progress is recorded
as a count of the lead's actions done ("3/5", "5 of 5", "2 / 2 (evidence pending)", "All",
"n/a", ...) and a Status column that is blank on most rows.

All recommendation texts are real HMICFRS wording (Open Government Licence), copied from the
project's text lists; force rewordings, updates and local actions are written for this case.
Run:  /work/main/.venv/bin/python build_actions_fraction_done.py
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import re
import shutil
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

SEED = 20231206
CASE = "actions_fraction_done"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Lincolnshire Police"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, the tracker's own name for it)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "cdi14": ("Crime data integrity inspection 2014 – Lincolnshire Police", dt.date(2014, 11, 18),
              "CDI 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "E": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", dt.date(2017, 3, 2),
          "PEEL Eff 16"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "G": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", dt.date(2017, 12, 12),
          "PEEL Legit 17"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "K": ("National child protection inspection 2018 – Lincolnshire Police", dt.date(2018, 6, 19),
          "NCPI 2018"),
    "H": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire Police",
          dt.date(2019, 5, 2), "PEEL 18-19"),
    "D": ("Crime data integrity inspection 2019 – Lincolnshire Police", dt.date(2019, 9, 24),
          "CDI 2019"),
    "U": ("Report on an unannounced inspection visit to police custody suites in Lincolnshire",
          dt.date(2020, 8, 11), "Custody inspection 2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "W": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire Police",
          dt.date(2022, 5, 5), "PEEL 21-22"),
    "Y": ("PEEL 2023–25: An inspection of Lincolnshire Police", dt.date(2023, 9, 14),
          "PEEL 2023-25"),
}

# --------------------------------------------------------------------------------------------
# Real texts (copied verbatim from the project's text lists)
# --------------------------------------------------------------------------------------------
SF_LEADERSHIP_STEM = ("Within twelve months, forces should review their leadership and governance "
                      "arrangements for modern slavery and human trafficking, to ensure that:")
SF_LEADERSHIP_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = SF_LEADERSHIP_STEM + "\n" + "\n".join("• " + b for b in SF_LEADERSHIP_BULLETS)

SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities."
)
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice."
)
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
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.",
]
CDI_STEM = "Within three months, the force should put in place arrangements to ensure that:"
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.",
]
CHILD_DETENTION = (
    "Within twelve months, the force should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made on "
    "the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
DA_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)


def tidy(text: str) -> str:
    """How text looks after a force officer pastes it into the tracker: straight quotes."""
    return (text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))


# --------------------------------------------------------------------------------------------
# The items. Each: key, report, HMICFRS type, HMICFRS text, HMICFRS status,
# force rows (list of dicts; [] = not in the tracker), category, why.
# Force row fields: ref ("=" the HMICFRS ref, None blank, or a string), type, text (None =
# tidied HMICFRS text), n (number of actions), done (Actions complete cell), status, owner,
# update.
# --------------------------------------------------------------------------------------------
DATE_4_4 = dt.datetime(2023, 4, 4)   # "4/4" typed into a UK Excel cell becomes 04-Apr
DATE_2_3 = dt.datetime(2023, 3, 2)   # "2/3" becomes 02-Mar

ITEMS: list[dict] = []


def item(key, rep, typ, text, status, force, cat, why):
    ITEMS.append(dict(key=key, rep=rep, type=typ, text=text, status=status,
                      force=force if isinstance(force, list) else ([force] if force else []),
                      cat=cat, why=why))


def F(ref="=", type=None, text=None, n=None, done=None, status=None, owner=None, update=None):
    return dict(ref=ref, type=type, text=text, n=n, done=done, status=status, owner=owner,
                update=update)


# ---- Stop and search 2013 ----
item("N1", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete",
     F(ref=None, type="National", n=None, done="n/a", status="Closed", owner="ACC Local Policing",
       update="For the College of Policing - APP published 2014. No local action required."),
     "in_sync", "HMICFRS Complete; force 'n/a' + Status Closed (college's item) = done")
item("N2", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", "Complete",
     F(ref=None, type="National", n=4, done="4/4", owner="ACC Local Policing",
       update="Monthly S&S dashboard in place; reviewed at the Stop Search Scrutiny Board."),
     "in_sync", "HMICFRS Complete; force 4/4 done; no ref on force row, match by text")
item("N3", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", "Superseded",
     F(ref=None, type="National", n=3, done="2/3", owner="Supt Neighbourhood Policing",
       update="Youth panel not yet established - scrutiny panel ToR being refreshed with the OPCC."),
     "closeable_local", "HMICFRS Superseded (by the 2015 report); force 2/3 open")

# ---- Everyone's business 2014 ----
item("EV", "everyone", NAT, EVERYONE_PLAN, "Complete",
     F(ref=None, type="National", n=4, done="All", status="Complete",
       owner="Ch Supt Public Protection",
       text="By September 2014, every police force in England and Wales should establish and "
            "publish an action plan that specifies in detail what steps it will take to improve "
            "its approach to DA. This action plan should be developed:\n"
            "- in consultation with PCCs, DA support organisations and victims' representatives;\n"
            "- after close consideration of all the recommendations in this report;\n"
            "- with reference to all relevant domestic homicide reviews and IPCC findings; and\n"
            "- drawing on relevant knowledge from other sources such as CPS scrutiny panels and "
            "MARAC self-assessments.",
       update="DA action plan published Sept 2014; superseded by the VAWG delivery plan."),
     "in_sync", "HMICFRS Complete; force 'All' + Complete; text abbreviated (DA, PCCs), "
                "footnote '20' dropped, same four bullets")

# ---- Policing in austerity 2014 ----
item("A1", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "Complete", [], "missing_from_force",
     "closed by HMICFRS and not on the force tracker (dropped when closed): still on the list, "
     "no force row")
item("A2", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "Complete",
     F(ref=None, type="National", n=1, done="1/1", owner="Director of Finance",
       update="Assessment completed and reported to the PCC's Strategic Board Nov 2014."),
     "in_sync", "HMICFRS Complete; force 1/1")
item("A3", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", "Superseded",
     F(type="National", n=2, done="None yet", owner="Director of Finance",
       update="Awaiting allocation."),
     "closeable_local", "HMICFRS Superseded; force 'None yet' of 2 = open")
item("A4", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", "Complete",
     F(type="National", done="n/a", status="Closed", owner="Director of Finance",
       update="Overtaken by the spending review; no further action required."),
     "in_sync", "HMICFRS Complete; force 'n/a' + Closed = done")

# ---- Core business 2014 ----
item("C1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Being progressed",
     F(type="National", n=3, done="3/3", owner="Supt Contact Centre",
       update="THRIVE+ criteria in place in the FCR; all call handlers trained; QA process "
              "embedded."),
     "closeable_submit", "HMICFRS open; force 3/3, Status blank = done")
item("C2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Being progressed",
     F(type="National", n=4, done="1/4", owner="Supt Neighbourhood Policing",
       text="By 31 March 2015 all forces should ensure that crime prevention/disruption activity "
            "is systematically recorded and evaluated to determine the effectiveness of tactics "
            "employed.",
       update="Problem-solving database procured; evaluation framework still to be agreed."),
     "in_sync", "open both: HMICFRS Being progressed, force 1/4")

# ---- CDI 2014 (only on the force tracker) ----
LOCAL_CDI14 = dict(
    rep="cdi14", type="Rec",
    text="The force should revise its approach to cautions, cannabis warning and penalty notices "
         "for disorder to ensure that there is a clear and auditable explanation to the offender "
         "of the implications of receiving the warning and that, for victim-based crimes, there "
         "is a clear and auditable record that views of the victim are considered prior to their "
         "issue.",
    n=3, done="2/3", owner="Head of Criminal Justice",
    update="OOCD scrutiny panel reviews a sample quarterly; victim-view field on Niche still "
           "outstanding.")

# ---- Integrity matters 2015 ----
item("INT", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.", "Complete",
     F(type="National", n=2, done="2/2", status="Complete",
       owner="Head of Professional Standards",
       update="PSD dip-sample of NFA outcomes by protected characteristic now quarterly."),
     "in_sync", "HMICFRS Complete; force 2/2 Complete")

# ---- Stop and search 2 (2015) ----
item("S15", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", "Being progressed",
     F(type="National", n=5, done="5 of 5", owner="ACC Local Policing",
       update="Independent scrutiny panel (incl. youth members) reviews records and BWV monthly; "
              "data published on the force website."),
     "closeable_submit", "HMICFRS open; force '5 of 5' = done")

# ---- Building the picture 2015 ----
item("BP", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", "Being progressed",
     F(type="National", n=4, done="3/4", status="Amber", owner="Head of Information Management",
       text="By 30 November 2015, CCs should put in place arrangments to scrutinise audits of "
            "compliance with the APP on information management through the force information "
            "management goverance structure. This should include measures to ensure that "
            "categorisation of records are regularly adjusted.",
       update="MoPI review backlog reducing; Information Assurance Board now receives audit "
              "results."),
     "in_sync", "open both (3/4, Amber); force text has typos 'arrangments', 'goverance'")

# ---- Firearms licensing 2015 ----
item("F1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete",
     F(type="National", n=3, done="3/3", owner="Supt Firearms Licensing",
       update="Governance assessed against APP Dec 2015; gaps closed."),
     "in_sync", "HMICFRS Complete; force 3/3")
item("F2", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed",
     F(type="National", n=2, done="2 / 2 (evidence pending)", owner="Supt Firearms Licensing",
       update="Demand review done and two additional FEOs in post from Oct 23. Evidence pack "
              "being compiled for submission."),
     "closeable_submit", "HMICFRS open; force '2 / 2 (evidence pending)': actions done, "
                         "evidence to gather = force done, ready to submit")
item("F3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.", "Complete",
     F(type="National", n=2, done="1/2", owner="Supt Firearms Licensing",
       update="Backlog of total expired records reduced from 212 to 40; weekly review in place."),
     "closeable_local", "HMICFRS Complete; force 1/2 open")
item("F4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.", "Being progressed",
     [], "missing_from_force", "open on HMICFRS list; no force row")
item("F5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Being progressed",
     F(type="National", n=3, done="1/3", status="Amber", owner="Supt Contact Centre",
       update="STORM flag for certificate holders live; dispatcher and officer briefing to "
              "follow."),
     "in_sync", "open both (1/3, Amber)")

# ---- PEEL effectiveness 2016 (force) ----
item("E1", "E", COC, DA_CAUSE, "Complete",
     F(type="CoC", n=4, done="All", owner="Ch Supt Public Protection",
       update="DASH now mandatory for all DA incidents (policy April 2017); compliance audited."),
     "in_sync", "HMICFRS Complete; force 'All' = done")
item("E2", "E", REC,
     "HMIC recommends that within six months the force should: take steps to ensure that there "
     "is effective supervision of the initial risk assessment process, specifically in relation "
     "to the completion of DASH risk assessment in appropriate cases;", "Complete",
     F(type="Rec", n=4, done="3/4", owner="Ch Supt Public Protection",
       text="Within 6 months: take steps to ensure there is effective supervision of the initial "
            "risk assessment process, specifically the completion of DASH risk assessment in "
            "appropriate cases.",
       update="Supervisor DASH review built into Niche workflow. Final audit due Q4."),
     "closeable_local", "HMICFRS Complete; force 3/4 open; stem 'HMIC recommends that' "
                        "dropped, 'six' -> '6' (same timescale)")
item("E3", "E", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Superseded",
     F(type="AFI", n=2, done="0/2", owner="Head of Criminal Justice",
       update="RUI/bail dashboard requested from Business Intelligence."),
     "closeable_local", "HMICFRS Superseded; force 0/2 open")

# ---- Stolen freedom 2017 ----
item("S1", "stolen", NAT, SF_LEADERSHIP, "Being progressed",
     [F(ref="{ref} (a)", type="National", n=2, done="2/2", owner="Det Ch Supt Force CID",
        text="Review MSHT leadership & governance (within 12 months) to ensure that: senior "
             "leaders prioritise the response to MSHT.",
        update="ACC Crime is strategic lead; MSHT on the control strategy."),
      F(ref="{ref} (b)", type="National", n=3, done="1/3", owner="Det Ch Supt Force CID",
        text="Review MSHT leadership & governance (within 12 months) to ensure that: every "
             "incident of modern slavery identified to police is allocated appropriate resources "
             "with the skills, experience and capacity to investigate it effectively.",
        update="Allocation policy drafted; specialist capacity bid in the 24/25 budget."),
      F(ref="{ref} (c)", type="National", n=3, done="3/3", owner="Det Ch Supt Force CID",
        text="Review MSHT leadership & governance (within 12 months) to ensure that: forces "
             "develop effective partnership arrangements to co-ordinate activity in order to "
             "share information and safeguard victims.",
        update="Lincolnshire MSHT Partnership in place; ISA signed."),
      F(ref="{ref} (d)", type="National", n=2, done="0/2", owner="Det Ch Supt Force CID",
        text="Review MSHT leadership & governance (within 12 months) to ensure that: "
             "performance and QA measures are in place to allow senior leaders to assess the "
             "nature and quality of the service provided to victims.",
        update="Not started - dependent on the new performance framework.")],
     "in_sync", "one recommendation split into four bullet rows; item open on both sides "
                "(bullets b and d not done) so every split row is in_sync, even (a) and (c) "
                "which read 2/2 and 3/3 on their own")
item("S2", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", "Being progressed",
     F(type="National", n=3, done="3/3", status="Green", owner="Head of Intelligence",
       text="Within 6 months, forces should have in place active ISAs with other agencies to "
            "facilitate speedy exchange of intelligence and in order to safeguard victims better "
            "and to identify suspects as early as possible.",
       update="ISAs signed with GLAA, local authorities and Border Force."),
     "closeable_submit", "HMICFRS open; force 3/3 Green; HMICFRS text has stray footnote '86'")
item("S3", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", "Complete",
     F(type="National", n=2, done="2/2", owner="Head of Criminal Justice",
       update="s45 prompt added to custody and investigation guidance; CPS liaison agreed."),
     "in_sync", "HMICFRS Complete; force 2/2")
item("S4", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Complete",
     F(type="National", n=2, done="1/2", status="Amber", owner="Det Ch Supt Force CID",
       update="Duty to Notify process live; compliance audit outstanding."),
     "closeable_local", "HMICFRS Complete; force 1/2 Amber open")
item("S5", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     F(type="National", n=4, done="4/4", status="Amber", owner="Force Crime Registrar",
       update="All four actions delivered, but the FCR audit (Nov 23) found MSHT "
              "crime-recording compliance at 71%. Re-opened by the DCC; a further action is "
              "being scoped."),
     "in_sync", "count says 4/4 but Status Amber and the update says re-opened: analyst takes "
                "the later, explicit grading = open; HMICFRS open too")
item("S6", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Being progressed", [], "missing_from_force",
     "open on HMICFRS list; no force row")
item("S7", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Superseded",
     F(type="National", n=3, done="2/3", owner="Det Ch Supt Force CID",
       update="STRO/STPO guidance issued; training for DS ranks in March."),
     "closeable_local", "HMICFRS Superseded; force 2/3 open")

# ---- PEEL efficiency 2017 national ----
item("DG", "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Complete",
     F(type="National", n=1, done="1/1", status="Complete", owner="Head of Corporate Development",
       text="By September 2018, CCs should produce an ambitious plan to improve "
            "digitally-enabled services within their force.",
       update="Digital Policing Strategy 2018-21 approved by COG."),
     "in_sync", "HMICFRS Complete; force 1/1 Complete; force text keeps only the force's "
                "sentence (the HO/NPCC sentence is not the force's)")

# ---- PEEL legitimacy 2017 (force) ----
item("G1", "G", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "Complete",
     F(type="AFI", n=2, done=1.0, owner="Head of Professional Standards",
       update="Confidential reporting line (Safecall) launched; intranet page and posters."),
     "in_sync", "HMICFRS Complete; force cell typed '100%' -> Excel stores 1 with format 0%: "
                "shows 100% = done (not '1 of 2')")
item("G2", "G", AFI,
     "Lincolnshire Police should review how it gathers and uses equality and diversity data to "
     "improve its understanding of its workforce demographics.", "Being progressed",
     F(type="AFI", n=3, done="1/3", owner="Director of People",
       update="Self-declaration campaign run Jan 24; HR system change request raised."),
     "in_sync", "open both (1/3)")
LOCAL_VETTING = dict(
    rep="G", type="AFI",
    text="The force should ensure all staff have received at least the lowest level of vetting "
         "clearance for their roles as quickly as possible, working to clear both the vetting "
         "backlog and new vetting renewals when they become due so that it complies fully with "
         "the national vetting guidelines.",
    n=3, done="3/3", status="Complete", owner="Head of Professional Standards",
    update="Backlog cleared Aug 2019. Submitted to HMICFRS for closure Sept 2019.")

# ---- PEEL legitimacy 2017 national (stop and search) ----
item("L0", "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed",
     F(type="CoC", n=5, done="3/5", owner="ACC Local Policing",
       update="See individual recommendations below."),
     "in_sync", "open both (3/5)")
item("L1", "leg17", NAT, SAS_MONITORING_2017, "Being progressed",
     F(type="National", n=3, done="3/3", owner="ACC Local Policing",
       text="By July 2018 monitor S&S data to understand: the reasons for disproportionality "
            "between ethnic groups; how find rates differ by ethnicity and search type "
            "(separating drug possession and supply); and the prevalence of possession-only drug "
            "searches against local priorities.",
       update="Quarterly disproportionality report to the Scrutiny Board since 2019."),
     "closeable_submit", "HMICFRS open; force 3/3; force text an abridged summary with all "
                         "three limbs and the July 2018 deadline kept")
item("L2", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed",
     F(type="National", n=2, done="2/2", status="Amber", owner="ACC Local Policing",
       update="Both actions complete (research with University of Lincoln; disparity action "
              "plan). Ready to move to GREEN status - pending sign off at Scrutiny Board 20 Feb."),
     "closeable_submit", "2/2 with Status Amber: the update says all actions done and only "
                        "sign-off pending (stale grading) = force done; HMICFRS open")
item("L3", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete",
     F(type="National", n=1, done="1/1", status="Complete", owner="ACC Local Policing",
       update="Annual S&S report published on the force website each July."),
     "in_sync", "HMICFRS Complete; force 1/1 Complete")
item("L4", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     F(type="National", n=3, done="2/3", status="Complete", owner="Head of Learning & Development",
       update="Third action (local refresher e-learning) withdrawn: content is in the College's "
              "national S&S training, completed by all officers Dec 23. Lead signed off as "
              "complete 09/01/2024."),
     "closeable_submit", "2/3 with Status Complete: the update explains the third action was "
                         "withdrawn and signed off = force done; HMICFRS open")

# ---- NCPI 2018 (force) ----
item("K1", "K", REC,
     "Within three months, the force should review its approach to reports of missing children "
     "and take steps to ensure that:\n" + "\n".join("• " + b for b in MISSING_BULLETS),
     "Being progressed",
     F(type="Rec", n=3, done=DATE_2_3, owner="Ch Supt Public Protection",
       update="Missing/absent guidance re-issued to FCR; CSE risk factor training delivered. "
              "Third action (supervisor oversight refresher) on the March training days."),
     "in_sync", "'2/3' typed and turned by Excel into the date 02-Mar (2 of 3) = open; "
                "HMICFRS open")
item("K2", "K", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "Complete",
     F(type="AFI", n=2, done="1/2", owner="Ch Supt Public Protection",
       update="Joint CSE triage with the MASH in place; partner data-sharing protocol in draft."),
     "closeable_local", "HMICFRS Complete; force 1/2 open")

# ---- PEEL 2018/19 (force) ----
item("H1", "H", REC,
     "Within six months the force should undertake further work to gain a fuller understanding "
     "of current demand for its services, and likely future changes in demand. This is so it can "
     "make best use of its resources by matching them to demand to meet the needs of the "
     "public.", "Being progressed",
     F(type="Rec", n=4, done="2/4", owner="Head of Corporate Development",
       update="Demand modelling built into FMS 2023; hidden demand work with the university "
              "outstanding."),
     "in_sync", "open both (2/4)")
item("H2", "H", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Being progressed",
     F(type="AFI", n=5, done="5/5", owner="Director of People",
       text="AFI 2 - The force should develop a future workforce plan aligned with its overall "
            "demand and budget. The plan should include future resource allocations, the mix of "
            "skills required by the workforce and behaviours expected of them.",
       update="Strategic Workforce Plan 2023-27 approved at COG in November."),
     "closeable_submit", "HMICFRS open; force 5/5; 'AFI 2 - ' prefix on the text")
item("H3", "H", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", "Being progressed",
     F(type="AFI", n=2, done="2/2", status="Green", owner="Director of Finance",
       text="AFI 3 - The force should develop its understanding of the links between its "
            "outcomes, outputs and costs",
       update="Priority-based budgeting completed; outcome/cost model in the FMS."),
     "closeable_submit", "HMICFRS open; force 2/2 Green")
item("H4", "H", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Being progressed", [], "missing_from_force", "open on HMICFRS list; no force row")

# ---- CDI 2019 (force) ----
item("D1", "D", REC, CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS),
     "Being progressed",
     F(type="Rec", n=4, done="4/4", owner="Force Crime Registrar",
       text=CDI_STEM + "\n" + "\n".join("- " + b for b in CDI_BULLETS[:3])
            + "\n- the practice of awaiting the results of medical examinations or video "
              "interviews before making crime-recording decisions is stopped.",
       update="All four strands delivered; CDI action plan signed off by the Force Crime "
              "Registrar."),
     "conflict", "force text and action count cover only four of the five bullets: 'online "
                 "reports of crime are triaged' is missing (the force reads 4/4 done, but the "
                 "fifth bullet was never tracked)")
item("D2", "D", REC,
     "Within six months the force should improve its use of its crime-recording and management "
     "system to better manage its case files and investigative processes.", "Complete",
     F(type="Rec", n=3, done="3/3", owner="Force Crime Registrar",
       update="Niche case file workflow configured; training complete."),
     "in_sync", "HMICFRS Complete; force 3/3")

# ---- Custody 2020 ----
item("U1", "U", REC, CHILD_DETENTION, "Being progressed",
     F(type="Rec", n=4, done="All", owner="Ch Insp Custody",
       update="All four actions complete - evidence pack with Ch Insp Custody for sign off."),
     "closeable_submit", "HMICFRS open; force 'All' (of 4) = done")

# ---- Police powers spotlight 2021 ----
item("P1", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed",
     F(type="National", n=3, done="1/3", owner="Head of Learning & Development",
       text="By July 2021, forces should ensure that officers & staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict management "
            "and de-escalation.",
       update="Communication skills module added to OST; roll-out to staff to follow."),
     "conflict", "deadline differs: HMICFRS 'By July 2022', force text 'By July 2021'")
item("P2", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed",
     F(type="National", n=4, done=DATE_4_4, owner="Head of Learning & Development",
       text="By July 2021, forces should ensure that communication skills are reinforced as part "
            "of the programme of CPD for officers & staff, and that supervisors are supported to "
            "routinely and frequently debrief officers on these skills using BWV footage.",
       update="All actions complete. Debrief guidance issued; BWV review built into PDRs."),
     "closeable_submit", "'4/4' typed and turned by Excel into the date 04-Apr: 4 of 4 = done; "
                         "HMICFRS open")
item("P3", "powers", NAT, BWV_2021, "Being progressed",
     F(type="National", n=5, done="2/5", owner="ACC Local Policing",
       update="BWV mandatory for all S&S since Oct 21. Structured review sampling and panel "
              "access still being set up."),
     "in_sync", "open both (2/5)")
item("P4", "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "Being progressed",
     F(type="National", done="n/a", status="Not for force", owner="ACC Local Policing",
       update="Recommendation for the Home Office and NPCC - no force action. Asked HMICFRS "
              "liaison lead to remove from our list (email 12/10/2023)."),
     "closeable_submit", "addressed to HO/NPCC; force 'n/a', Not for force (WHITE-style) = "
                         "force done; HMICFRS still open: submit/query for closure")
item("P5", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Complete",
     F(type="National", n=3, done="3/3", status="Complete", owner="ACC Local Policing",
       update="Use of force dashboard and quarterly disproportionality review in place."),
     "in_sync", "HMICFRS Complete; force 3/3 Complete")

# ---- PEEL 2021/22 (force) ----
item("W1", "W", AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.", "Being progressed",
     F(type="AFI", n=5, done="3 / 5", owner="Supt Contact Centre",
       update="Recruitment of 14 call handlers complete; shift review and wellbeing plan in "
              "progress."),
     "in_sync", "open both (3 / 5)")
item("W2", "W", AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", "Superseded",
     F(type="AFI", n=4, done="2/4", owner="Head of Intelligence",
       update="County lines problem profile refreshed; partner data still awaited."),
     "closeable_local", "HMICFRS Superseded; force 2/4 open")
item("W3", "W", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed",
     F(type="AFI", n=3, done=3, owner="Det Ch Supt Force CID",
       update="VCOP compliance checks added to the investigation review; victim update "
              "reminders on Niche."),
     "closeable_submit", "'Actions complete' is the bare number 3 with Number of actions 3 = "
                         "done; HMICFRS open")
item("W4", "W", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Being progressed",
     F(type="AFI", n=4, done=1, owner="Det Ch Supt Force CID",
       update="Op Soteria allocation model agreed; supervision standards being written."),
     "in_sync", "bare number 1 of 4 actions = open; HMICFRS open")
item("W5", "W", AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", "Being progressed",
     F(type="Rec", n=3, done="2/3", owner="Head of Corporate Development",
       update="Risk register reviewed monthly at COG; risk owner training outstanding."),
     "conflict", "type differs: HMICFRS Area for improvement, force records it as Rec "
                 "(same ref)")
item("W6", "W", REC,
     "Within six months, the force should make sure there are appropriate strategic oversight "
     "arrangements in place to manage risks, performance and improvement plans effectively.",
     "Complete",
     F(type="Rec", n=6, done="4/4", owner="DCC",
       update="Original four actions complete. Actions 5 and 6 added Oct 23 after the internal "
              "audit of governance - in progress."),
     "closeable_local", "'4/4' but Number of actions is 6 (two added later, count not updated) "
                        "= open; HMICFRS Complete")

# ---- PEEL 2023-25 (force) ----
item("Y1", "Y", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", "Being progressed",
     F(type="AFI", n=3, done="0 of 3", status="Red", owner="Supt Contact Centre",
       update="Little work yet undertaken in this area. Dependent on the control room review."),
     "in_sync", "open both (0 of 3, Red)")
item("Y2", "Y", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Awaiting review",
     F(type="AFI", owner="Det Ch Supt Force CID", update="Awaiting allocation."),
     "in_sync", "new item, no actions agreed yet (blank counts) = open; HMICFRS Awaiting "
                "review = open")
item("Y3", "Y", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of violence against women and girls.", "Awaiting review", [],
     "missing_from_force", "new on HMICFRS list, not yet added to the tracker")
item("Y4", "Y", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Being progressed",
     F(type="AFI", n=2, done="2 of 2", status="Complete", owner="Director of People",
       update="Annual culture survey plus quarterly pulse; results go to the People Board with "
              "an action log."),
     "closeable_submit", "HMICFRS open; force '2 of 2' Complete")
item("Y5", "Y", AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.", "Awaiting review", [],
     "missing_from_force", "new on HMICFRS list, not yet added to the tracker")
item("Y7", "Y", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to honour-based abuse.", "Being progressed",
     F(ref="SWAP", type="AFI", n=2, done="1/2", owner="Ch Supt Public Protection",
       update="HBA e-learning assigned to all frontline officers (62% complete)."),
     "conflict", "reference differs: force ref has two digits transposed (not a ref on the "
                 "list); same report and text")
item("Y8", "Y", AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.", "Being progressed",
     F(type="AFI", n=3, done="2/3", owner="Force Crime Registrar",
       update="Hate crime flagging audit in March."),
     "in_sync", "open both (2/3)")

# ---- force-only rows (not on the HMICFRS list) ----
LOCAL_ROWS = [
    dict(ref="LOCAL", rep_name="Force Management Statement 2023", type="Local",
         text="Local action: Task & Finish group to review the stalking and harassment policy and "
              "report to the Force Executive Team",
         n=2, done="1/2", owner="Det Ch Supt Force CID",
         update="T&F group met twice; report to FET in April.",
         why="the force's own action from its FMS; not an HMICFRS item"),
    dict(ref=None, rep_name="Internal audit 2023/24", type="Internal audit",
         text="JAC action: Internal audit of the firearms licensing governance arrangements "
              "(audit plan 2023/24)",
         n=1, done="0/1", owner="Supt Firearms Licensing",
         update="Fieldwork scheduled for May.",
         why="an internal audit action added at JAC's request; not an HMICFRS item"),
    dict(ref="FIP-07", rep_name="Force improvement plan", type="Local",
         text="Force improvement plan: Dip-sample 50 domestic abuse crime reports each quarter "
              "and report findings to the Crime Standards Board",
         n=4, done="4/4", status="Complete", owner="Force Crime Registrar",
         update="Four quarterly dip-samples done and reported.",
         why="the force's own improvement-plan action; not an HMICFRS item"),
]

# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------


def assign_refs(rng: random.Random) -> None:
    """Plain integer register ids, rising with publication date, unique, no prefix."""
    order = sorted(REPORTS, key=lambda k: REPORTS[k][1])
    nxt = 2100
    for rk in order:
        nxt += rng.randint(120, 700)
        for it in (i for i in ITEMS if i["rep"] == rk):
            it["ref"] = nxt
            nxt += rng.randint(1, 9)


def status_date(rng: random.Random, pub: dt.date, status: str) -> dt.date:
    if status == "Awaiting review":
        return pub + dt.timedelta(days=rng.randint(1, 20))
    end = dt.date(2023, 12, 15)
    lo = pub + dt.timedelta(days=120)
    if lo > end:
        lo = pub + dt.timedelta(days=30)
    return lo + dt.timedelta(days=rng.randint(0, max(0, (end - lo).days)))


README = r"""# Case `actions_fraction_done`

Seed: `SEED = 20231206` (Python `random.Random`); rebuild byte for byte with
`/work/main/.venv/bin/python ../build_actions_fraction_done.py` (zip entries and document
properties get a fixed timestamp). `../check.py` re-checks truth.csv against both files.

Force: Lincolnshire Police (fictional mix: the texts are real HMICFRS wording, recombined; the
register ids, updates, owners and local actions were written for this case).

## HMICFRS side: `hmicfrs.xlsx`, sheet `Definitive list`
Register export, header on row 1, items on rows 2–64 (63 items). Columns: `Recommendation ID`
(plain integer, no prefix, rising with publication date), `Force`, `Report title`,
`Publication date`, `Type` (Recommendation / Area for improvement / Cause of concern /
National recommendation), `Recommendation`, `Status`, `Status date`.
Status: open = `Awaiting review`, `Being progressed`; closed = `Complete`, `Superseded`.
Texts are verbatim, including real oddities: the stray footnote "86" (Stolen freedom ISA item)
and "and 20" (Everyone's business), inline bullets with no space ("•the reasons…").

## Force side: `tracker.xlsx`
Sheet `HMICFRS Tracker`: title rows 1–3 (merged), blank row 4, header row 5, items rows 6–70
(65 rows), blank row 71, status key/legend rows 72–77 (not items). Sheet `Lists` holds the
drop-down values (types, statuses, owners): no items.
Columns: `HMICFRS Ref`, `Report` (the force's own short names, e.g. "PEEL 21-22",
"Stolen Freedom (MSHT) 2017"), `Type` (Rec / AFI / CoC / National / Local / Internal audit),
`Recommendation`, `Number of actions`, `Actions complete`, `Status`, `Owner`, `Update`,
`Last reviewed`. Rows are grouped by report, newest first; local actions at the end.

Progress is the count of the lead's actions done. `Status` is blank on 45 of 65 rows; where
filled it is Complete / Green / Amber / Red / Closed / Not for force.

### How the force side reduces to open / done (the analyst's rule)
- k of n with k = n → done; k < n → open. Forms seen: `3/5`, `3 / 5`, `5 of 5`, `0 of 3`,
  `2 / 2 (evidence pending)` (actions done, evidence being gathered → done, ready to submit),
  a bare number (`3` with Number of actions 3 → done; `1` with 4 → open), `None yet` → open,
  `All` → done.
- `n/a` → done when Status is `Closed` or `Not for force` (the item is not the force's to
  deliver / no action required; the WHITE/GREY idea).
- Blank count, blank status, "Awaiting allocation." → open (new item, no actions yet).
- Number of actions is the denominator that counts: `4/4` with Number of actions 6 is open.
- Where Status is filled and disagrees with the count, the Update decides: the explicit,
  explained grading wins over the mechanical count (details below).

## Traps and how truth decides them
1. **Excel turned fractions into dates** (real UK-Excel behaviour when "4/4" is typed):
   row 18 (10440) holds the date 04-Apr-2023, format `dd-mmm`, Number of actions 4 → "4/4"
   → done → closeable_submit. Row 28 (8637) holds 02-Mar-2023, Number of actions 3 → "2/3"
   → open → in_sync (open both). The Updates say "All actions complete" / "Third action … on
   the March training days".
2. **"100%" stored as a percentage**: row 30 (8109) holds the number 1 with format `0%`
   (shows 100%), Number of actions 2. It means all done, not "1 of 2" → in_sync (closed both).
3. **Count vs Status disagreements** (decided as an analyst would, from the Update):
   - row 46 (7044) `4/4` but Status Amber; Update: audit found 71% compliance, "Re-opened by
     the DCC" → force open; HMICFRS open → in_sync.
   - row 35 (8491) `2/2` but Status Amber; Update: both actions complete, "Ready to move to
     GREEN status – pending sign off" → force done (stale grading) → closeable_submit.
   - row 37 (8505) `2/3` but Status Complete; Update: third action withdrawn, lead signed off
     → force done → closeable_submit.
   - row 16 (11040) `4/4` but Number of actions 6; Update: actions 5 and 6 added Oct 23, in
     progress → force open; HMICFRS Complete → closeable_local.
4. **Not for force**: row 20 (10449) is addressed to the Home Office and NPCC; force `n/a`,
   Status "Not for force"; HMICFRS still Being progressed → closeable_submit (submit/query).
5. **Split recommendation**: Stolen freedom leadership item 7026 (4 bullets) is tracked as
   rows 39–42, refs `7026 (a)`–`(d)`, each with its own count (2/2, 1/3, 3/3, 0/2). Item level:
   not all done → open; HMICFRS open → all four lines in_sync (rows (a) and (c) read done on
   their own but the item is not).
6. **No ref on the force row**: rows 61, 64, 65, 66, 67 (older national items) have a blank
   `HMICFRS Ref`; matched by report and text.
7. **Text variation that is not a conflict**: stems dropped ("Within 6 months: take steps…"),
   "six"→"6"/"twelve"→"12" (same timescale), abbreviations (S&S, DA, MSHT, CCs, ISAs, CPD,
   BWV), "AFI 2 - " prefixes, straight quotes, typos ("arrangments", "goverance"), bullets as
   "-", an abridged summary that keeps every limb and the deadline (8488), the Everyone's
   business plan with the footnote dropped, and PEEL efficiency 2017 (7512) keeping only the
   force's sentence (the second sentence is addressed to HO/NPCC/APCC).
8. **Conflicts** (4; conflict wins over any status combination):
   - 10434 (row 17): deadline "By July 2021" on the tracker vs "By July 2022" on HMICFRS.
   - 9297 (row 23): CDI victims recommendation has five bullets; the tracker text and its
     count (4/4) cover four; "online reports of crime are triaged…" is missing.
   - 11034 (row 15): type AFI on HMICFRS, "Rec" on the tracker (same ref).
   - 11628 (row 9): the tracker's ref is 11682 (digits transposed; not on the list); same
     report and text.
9. **Missing from force** (6): 3121 (austerity savings review, HMICFRS Complete: still on the
   list, so still missing), 5994 (temporary permits), 7051 (MSHT investigation), 8929
   (supervision of investigations), 11604 and 11620 (new PEEL 2023–25 AFIs, Awaiting review).
10. **Not on the HMICFRS list** (5): row 31 ref 8112 (PEEL Legit 17 vetting AFI, submitted for
    closure in 2019, not on the list), row 58 ref 3762 (CDI 2014 out-of-court disposals rec,
    open on the tracker), row 68 `LOCAL` (FMS stalking T&F group), row 69 blank ref (JAC
    internal audit action), row 70 `FIP-07` (force improvement plan dip-sample).
11. Furniture that is not items: title rows 1–3, header row 5, the key rows 72–77, the
    `Lists` sheet.

## Counts (truth.csv lines: 71)
| category | lines |
|---|---|
| in_sync | 32 (29 items; the split item gives 4 lines; 14 closed both, 15 open both) |
| closeable_submit | 14 |
| closeable_local | 10 |
| conflict | 4 |
| missing_from_force | 6 |
| not_on_hmicfrs_list | 5 |

HMICFRS items 63 (= 29 + 14 + 10 + 4 + 6); force item rows 65 (= 32 + 14 + 10 + 4 + 5).
Closed on one side only: 24 of 63 items.
"""

FIXED_STAMP = "2024-01-31T09:00:00Z"


def save_fixed(wb: Workbook, path: Path) -> None:
    """Save, then rewrite the zip with fixed timestamps so that a rebuild is byte for byte."""
    wb.properties.creator = "Organisational Learning"
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + FIXED_STAMP.encode(), data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 31, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main() -> None:
    rng = random.Random(SEED)
    assign_refs(rng)
    used = {it["ref"] for it in ITEMS}

    # refs the force uses that are not on the list
    y7 = next(i for i in ITEMS if i["key"] == "Y7")
    s = str(y7["ref"])
    swapped = s[:-2] + s[-1] + s[-2]
    assert swapped != s and int(swapped) not in used, (s, swapped)
    g1 = next(i for i in ITEMS if i["key"] == "G1")["ref"]
    vet_ref = next(r for r in range(g1 + 3, g1 + 50) if r not in used)
    core_max = max(i["ref"] for i in ITEMS if i["rep"] == "core")
    integ_min = min(i["ref"] for i in ITEMS if i["rep"] == "integrity")
    cdi14_ref = next(r for r in range(core_max + 200, integ_min) if r not in used and r % 7 == 3)
    # cdi14 report has no items on the list (only the force row), which is fine.

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)

    # ---------------- HMICFRS register export ----------------
    hm_items = sorted(ITEMS, key=lambda i: (REPORTS[i["rep"]][1], i["ref"]))
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    head = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    for it in hm_items:
        pub = REPORTS[it["rep"]][1]
        sd = status_date(rng, pub, it["status"])
        ws.append([it["ref"], FORCE, REPORTS[it["rep"]][0], pub, it["type"], it["text"],
                   it["status"], sd])
        r = ws.max_row
        it["hm_row"] = f"Definitive list!{r}"
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", (18, 20, 60, 15, 24, 90, 18, 13)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{ws.max_row}"
    save_fixed(wb, OUT / "hmicfrs.xlsx")

    # ---------------- force tracker ----------------
    # The force orders its tracker by report, newest first; force-only rows go in their report
    # group (vetting under PEEL Legit 17, CDI 2014 at the bottom of the HMICFRS block) and the
    # local actions at the end.
    force_rows: list[dict] = []
    for it in ITEMS:
        for k, fr in enumerate(it["force"]):
            fr = dict(fr)
            if fr["ref"] == "=":
                fr["ref"] = str(it["ref"])
            elif fr["ref"] == "SWAP":
                fr["ref"] = swapped
            elif fr["ref"] and "{ref}" in fr["ref"]:
                fr["ref"] = fr["ref"].format(ref=it["ref"])
            if fr["text"] is None:
                fr["text"] = tidy(it["text"])
            fr["rep_name"] = REPORTS[it["rep"]][2]
            fr["pub"] = REPORTS[it["rep"]][1]
            fr["item"] = it
            fr["sort"] = (-REPORTS[it["rep"]][1].toordinal(), REPORTS[it["rep"]][2], it["ref"], k)
            force_rows.append(fr)
    vet = dict(LOCAL_VETTING, ref=str(vet_ref), rep_name=REPORTS["G"][2], item=None,
               status=LOCAL_VETTING["status"],
               why="PEEL Legitimacy 2017 vetting AFI the force submitted for closure in 2019; not "
                   "on the HMICFRS list (closed and dropped, or never carried over): query it",
               sort=(-REPORTS["G"][1].toordinal(), REPORTS["G"][2], vet_ref, 0))
    cdi = dict(LOCAL_CDI14, ref=str(cdi14_ref), rep_name=REPORTS["cdi14"][2], item=None,
               status=None,
               why="CDI 2014 recommendation still open on the force tracker but not on the "
                   "HMICFRS list: query with HMICFRS",
               sort=(-REPORTS["cdi14"][1].toordinal(), REPORTS["cdi14"][2], cdi14_ref, 0))
    force_rows += [vet, cdi]
    force_rows.sort(key=lambda f: f["sort"])
    for lr in LOCAL_ROWS:
        force_rows.append(dict(lr, item=None, status=lr.get("status")))

    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Tracker"
    ncol = 10
    ws.append(["LINCOLNSHIRE POLICE – HMICFRS RECOMMENDATIONS AND AREAS FOR IMPROVEMENT: "
               "ACTION TRACKER"])
    ws.append(["Strategic Development – Organisational Learning  |  Position at 31/01/2024  |  "
               "For the Joint Independent Audit Committee, 14 March 2024"])
    ws.append(["Progress is recorded as the number of the lead's agreed actions completed. The "
               "Status column is only completed where the lead has given an overall grading."])
    ws.append([])
    header = ["HMICFRS Ref", "Report", "Type", "Recommendation", "Number of actions",
              "Actions complete", "Status", "Owner", "Update", "Last reviewed"]
    ws.append(header)
    HEADER_ROW = ws.max_row
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"].font = Font(italic=True)
    hfill = PatternFill("solid", fgColor="1F3864")
    for c in ws[HEADER_ROW]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = hfill
        c.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {"Complete": "92D050", "Green": "92D050", "Closed": "BFBFBF", "Amber": "FFC000",
             "Red": "FF0000", "Not for force": "FFFFFF"}
    for fr in force_rows:
        reviewed = dt.date(2023, 10, 2) + dt.timedelta(days=rng.randint(0, 115))
        ref = fr["ref"]
        if isinstance(ref, str) and ref.isdigit():
            ref = int(ref)  # typed into Excel as a number
        ws.append([ref, fr["rep_name"], fr["type"], fr["text"], fr.get("n"), fr["done"],
                   fr.get("status"), fr.get("owner"), fr.get("update"), reviewed])
        r = ws.max_row
        fr["row"] = f"HMICFRS Tracker!{r}"
        ws.cell(r, 10).number_format = "dd/mm/yyyy"
        done = ws.cell(r, 6)
        if isinstance(fr["done"], dt.datetime):
            done.number_format = "dd-mmm"
        elif isinstance(fr["done"], float):
            done.number_format = "0%"
        done.alignment = Alignment(horizontal="center", vertical="top")
        for col in (4, 9):
            ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
        st = fr.get("status")
        if st in fills:
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=fills[st])
    last_item_row = ws.max_row
    ws.append([])
    ws.append(["Key (Status column, where used):"])
    ws.append(["Complete / Green – all agreed actions delivered, evidence held by the lead"])
    ws.append(["Amber – actions in progress"])
    ws.append(["Red – off track or not started"])
    ws.append(["Not for force – recommendation directed at another organisation"])
    ws.append(["Closed – no further action required"])
    for r in range(last_item_row + 2, ws.max_row + 1):
        ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip(range(1, ncol + 1), (14, 26, 12, 80, 11, 16, 13, 28, 60, 13)):
        ws.column_dimensions[get_column_letter(col)].width = w
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:J{last_item_row}"

    ls = wb.create_sheet("Lists")
    ls.append(["Type", "Status", "Owner"])
    types = ["Rec", "AFI", "CoC", "National", "Local", "Internal audit"]
    stats = ["Complete", "Green", "Amber", "Red", "Closed", "Not for force"]
    owners = sorted({f.get("owner") for f in force_rows if f.get("owner")})
    for i in range(max(len(types), len(stats), len(owners))):
        ls.append([types[i] if i < len(types) else None, stats[i] if i < len(stats) else None,
                   owners[i] if i < len(owners) else None])
    save_fixed(wb, OUT / "tracker.xlsx")

    # ---------------- truth ----------------
    lines = []
    for it in hm_items:
        frs = [f for f in force_rows if f.get("item") is it]
        if not frs:
            assert it["cat"] == "missing_from_force", it["key"]
            lines.append((it["hm_row"], "", it["cat"], it["why"]))
        for f in frs:
            lines.append((it["hm_row"], f["row"], it["cat"], it["why"]))
    for f in force_rows:
        if f.get("item") is None:
            lines.append(("", f["row"], "not_on_hmicfrs_list", f["why"]))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)

    (OUT / "README.md").write_text(README, encoding="utf-8")

    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    print("HMICFRS items:", len(hm_items), " force rows:", len(force_rows),
          " truth lines:", len(lines), " header row:", HEADER_ROW,
          " force items rows:", HEADER_ROW + 1, "-", last_item_row)
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")
    print("Y7 ref", y7["ref"], "force", swapped, "| vetting", vet_ref, "| cdi14", cdi14_ref)


if __name__ == "__main__":
    main()
