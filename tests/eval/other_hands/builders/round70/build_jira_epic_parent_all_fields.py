"""Build the case `jira_epic_parent_all_fields`.

Force side: a Jira Cloud (business project) "Export Excel CSV (all fields)" of the force's
organisational-learning project OLR.  HMICFRS side: a plain register export (CSV).

Run:  /work/main/.venv/bin/python build_jira_epic_parent_all_fields.py
Rebuilds the case folder byte for byte (fixed seed, no clock, no zip timestamps).
Texts: real HMICFRS wording copied from reconcile/casegen/texts (national.py, force.py,
tracker.py) and /work/shared/data/real_recommendations.csv; summaries, local actions, comments
and progress notes are written here in a force analyst's words.
"""

from __future__ import annotations

import csv
import io
import random
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 7026
CASE = "jira_epic_parent_all_fields"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
rng = random.Random(SEED)

FORCE = "Staffordshire Police"
AREA = "Staffordshire"

# --------------------------------------------------------------------------------------------
# Real texts (verbatim from the casegen text lists)
# --------------------------------------------------------------------------------------------
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims."
)
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
CUSTODY_BODY = (
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

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# report key -> (register title, published, Jira epic summary)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", date(2014, 9, 4), "Core business"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              date(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", date(2015, 9, 15),
                 "Firearms licensing 2015"),
    "peel16": ("PEEL: Police effectiveness 2016", date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018", date(2018, 6, 14), "NCPI 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", date(2019, 9, 17), "CDI inspection 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 date(2022, 4, 28), "PEEL 21-22"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022",
               date(2022, 8, 16), "Custody inspection 2022"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 date(2024, 5, 16), "PEEL Assessment 2023/24"),
}
REPORT_ORDER = list(REPORTS)

# --------------------------------------------------------------------------------------------
# Items.  Each HMICFRS item: register facts + the force's Jira record (or None) + the truth.
#   force keys: ep (epic report key, may be wrong), sm (summary), ds (description: "V" = the
#   register text verbatim, "Q" = quoted with a heading, else the literal text), ft (finding
#   type), rf ("F" ref in the number field, "S" ref written in the summary, None, or an int =
#   a wrong ref typed into the field), st (status), sub ([(summary, description, status)]),
#   lb (labels), lead, cm (comments)
# --------------------------------------------------------------------------------------------
I = []


def item(k, rep, ref, typ, text, hst, hdate, cat, why, force=None):
    I.append(dict(k=k, rep=rep, ref=ref, typ=typ, text=text, hst=hst, hdate=hdate, cat=cat,
                  why=why, f=force))


def F(**kw):
    kw.setdefault("ds", "Q")
    kw.setdefault("rf", "F")
    kw.setdefault("sub", [])
    kw.setdefault("lb", [])
    kw.setdefault("cm", [])
    kw.setdefault("ft", "Recommendation")
    return kw


def bullets(text):
    """Split a register text into (stem, [bullets]) at the bullet characters."""
    parts = re.split(r"\s*•\s*", text)
    return parts[0].strip(), [p.strip().rstrip(";").strip() for p in parts[1:]]


D = date
# ---- national -------------------------------------------------------------------------------
item("N1", "sas13", 1184, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.",
     "Complete", D(2023, 11, 2), "closeable_local",
     "HMICFRS Complete; Jira status In Progress (open)",
     F(ep="sas13", sm="S&S APP – clear spec of effective & fair use (with CoP)", st="In Progress",
       lb=["stop-search", "national"], lead="ACC Local Policing",
       cm=["Awaiting revised APP from CoP before force guidance can be re-issued."]))
item("N2", "sas13", 1185, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", D(2023, 3, 14), "in_sync",
     "closed on both: HMICFRS Complete; Jira Closed by HMICFRS",
     F(ep="sas13", sm="Monitoring of S&S use – lawful & effective", st="Closed by HMICFRS",
       lb=["stop-search", "national"], lead="ACC Local Policing",
       cm=["S&S scrutiny dashboard live on Qlik; monthly review at Legitimacy Board.",
           "HMICFRS confirmed closure on the portal."]))
item("N3", "sas13", 1186, NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Being progressed", D(2022, 1, 19), "closeable_submit",
     "HMICFRS open; Jira Submitted to HMICFRS (force done although Status Category says In "
     "Progress). No ref in Jira: near-twin of 5129 (sas15), told apart by the parent epic",
     F(ep="sas13", sm="Explain S&S use to public + community scrutiny of records (2013)",
       st="Submitted to HMICFRS", rf=None, lb=["stop-search", "national", "JAC-Dec24"],
       lead="Ch Supt Public Protection",
       cm=["Youth IAG now reviewing S&S BWV quarterly – evidence pack complete.",
           "Submitted via portal with OPCC letter."]))
item("N4", "everyone", 2321, NAT, EVERYONE_PLAN,
     "Superseded", D(2023, 5, 22), "closeable_local",
     "HMICFRS Superseded; Jira Awaiting evidence (an In Progress status, open)",
     F(ep="everyone", sm="Publish DA action plan (Everyone's Business)", st="Awaiting evidence",
       lb=["DA", "national"], lead="Ch Supt Public Protection",
       cm=["DA delivery plan refreshed under VAWG strategy – need confirmation it was published."]))
item("N5", "austerity", 3307, NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", D(2023, 8, 9), "closeable_local",
     "HMICFRS No further action required (closed); Jira To Do (open)",
     F(ep="austerity", sm="Review savings plans vs VfM profiles", st="To Do",
       lb=["finance", "national"], lead="Director of Finance"))
item("N6", "austerity", 3308, NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "Complete", D(2022, 11, 30), "in_sync",
     "closed on both: HMICFRS Complete; Jira Done. Ref only in the Summary ('ref 3308')",
     F(ep="austerity", sm="Collaboration <10% of savings – assess scope (ref 3308)", st="Done",
       rf="S", lb=["finance"], lead="Director of Finance",
       cm=["Regional collaboration review presented to COG; no further action."]))
item("N7", "austerity", 3309, NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "Being progressed", D(2021, 6, 3), "missing_from_force",
     "on the register, no Jira issue (not migrated from the spreadsheet)")
item("N8", "austerity", 3310, NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "Being progressed", D(2021, 6, 3), "in_sync",
     "open on both: HMICFRS Being progressed; Jira In Progress",
     F(ep="austerity", sm="Collaboration plans for next spending round", st="In Progress",
       lb=["finance", "collaboration"], lead="Director of Finance",
       cm=["Linked to MTFP 2025/26 – update due at Jan COG."]))
item("N9", "core", 4822, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Being progressed", D(2020, 2, 11), "closeable_submit",
     "HMICFRS open; Jira Done. Near-twin of CDI 2019 item 9689 (same ask), told apart by ref "
     "and epic",
     F(ep="core", sm="THRIVE criteria for call-handlers (Core Business)", st="Done",
       lb=["contact", "national"], lead="Supt Contact Centre",
       cm=["THRIVE+ embedded in contact centre SOP v4; QA results attached."]))
item("N10", "core", 4823, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "Being progressed", D(2020, 2, 11), "in_sync",
     "open on both: Jira Awaiting evidence (In Progress)",
     F(ep="core", sm="Record & evaluate crime prevention/disruption activity",
       st="Awaiting evidence", rf=None, lb=["prevention"], lead="ACC Local Policing",
       cm=["Problem-solving evaluation template in use but no audit yet."]))
item("N11", "integrity", 902, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Being progressed", D(2019, 10, 1), "in_sync",
     "open on both: HMICFRS Being progressed; Jira In Progress",
     F(ep="integrity", sm="Misconduct NFA outcomes – fair & free of discrimination",
       st="In Progress", lb=["PSD", "national"], lead="Head of Professional Standards",
       cm=["Disproportionality audit of NFA outcomes commissioned from Corporate Development."]))
item("N12", "sas15", 5129, NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "Superseded", D(2024, 2, 6), "closeable_local",
     "HMICFRS Superseded; Jira In Progress. Near-twin of 1186 (sas13); ref 5129.0 and the "
     "epic decide",
     F(ep="sas15", sm="Community scrutiny of S&S records – with PCC (2015)", st="In Progress",
       lb=["stop-search", "national"], lead="Ch Supt Public Protection"))
item("N13", "picture", 5460, NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     "Being progressed", D(2019, 10, 1), "in_sync",
     "open on both. Jira Description empty: only an abridged Summary and the ref",
     F(ep="picture", sm="IM APP compliance audits scrutinised via IM governance board", ds="",
       st="In Progress", lb=["information-management"], lead="Head of Information Management"))
item("N14", "firearms", 5871, NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Being progressed", D(2019, 10, 1), "closeable_submit",
     "HMICFRS open; Jira Awaiting sign-off (force done; Status Category In Progress)",
     F(ep="firearms", sm="FEL governance vs APP – assess & fix", st="Awaiting sign-off",
       lb=["firearms", "national"], lead="Supt Firearms Licensing",
       cm=["Gap analysis vs APP complete, all actions closed.",
           "Pending sign off by the chief officer lead."]))
item("N15", "firearms", 5872, NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Being progressed", D(2019, 10, 1), "in_sync",
     "open on both. Ref only in the Summary ('[5872]')",
     F(ep="firearms", sm="[5872] FEL demand & capacity", st="In Progress", rf="S",
       lb=["firearms"], lead="Supt Firearms Licensing",
       cm=["Renewals backlog 1,140 at end Oct; 4 temp staff until March."]))
item("N16", "firearms", 5873, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", D(2023, 1, 17), "in_sync",
     "closed on both: HMICFRS Complete; Jira Done",
     F(ep="firearms", sm="'Total expired' records – action taken", st="Done",
       lb=["firearms"], lead="Supt Firearms Licensing"))
item("N17", "firearms", 5874, NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Awaiting review", D(2024, 9, 12), "closeable_submit",
     "HMICFRS open (Awaiting review); Jira Done",
     F(ep="firearms", sm="Temporary permits – HO guidance & NFLMS recording", st="Done",
       lb=["firearms", "national"], lead="Supt Firearms Licensing",
       cm=["Completed. Evidence submitted to HMICFRS for closure."]))
item("N18", "firearms", 5875, NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     "Being progressed", D(2019, 10, 1), "missing_from_force",
     "on the register, no Jira issue")
SF_STEM, SF_BUL = bullets(SF_LEADERSHIP)
item("N19", "stolen", 8093, NAT, SF_LEADERSHIP,
     "Being progressed", D(2021, 4, 20), "closeable_submit",
     "HMICFRS open; Jira parent Submitted to HMICFRS, all 4 bullet sub-tasks Done",
     F(ep="stolen", sm="MSHT leadership & governance review (SF R1)", st="Submitted to HMICFRS",
       lb=["MSHT", "national"], lead="Det Ch Supt Force CID",
       sub=[("SF R1 (a) – senior leaders prioritise MSHT", SF_BUL[0], "Done"),
            ("SF R1 (b) – MSHT incidents resourced with skills/capacity", SF_BUL[1], "Done"),
            ("SF R1 (c) – partnership arrangements", SF_BUL[2], "Done"),
            ("SF R1 (d) – performance & QA measures", SF_BUL[3], "Done")],
       cm=["All four strands complete – MSHT governance board ToR attached.",
           "Submitted for closure."]))
item("N20", "stolen", 8094, NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", D(2021, 4, 20), "conflict",
     "timescale differs: register 'Within six months', Jira text 'Within 12 months' (both open)",
     F(ep="stolen", sm="ISAs with partner agencies (MSHT intel)",
       ds="Within 12 months, forces should have in place active ISAs with other agencies to "
          "facilitate speedy exchange of intelligence and in order to safeguard victims better "
          "and to identify suspects as early as possible.",
       st="In Progress", lb=["MSHT", "national"], lead="Head of Intelligence",
       cm=["ISA with Stoke-on-Trent CC signed; county council ISA with legal."]))
item("N21", "stolen", 8095, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", D(2021, 4, 20), "in_sync", "open on both",
     F(ep="stolen", sm="Section 45 defence – early consideration", st="In Progress",
       lb=["MSHT"], lead="Head of Criminal Justice"))
item("N22", "stolen", 8096, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Complete", D(2024, 6, 27), "closeable_local",
     "HMICFRS Complete; Jira In Progress",
     F(ep="stolen", sm="NRM compliance & duty to notify HO", st="In Progress",
       lb=["MSHT", "national"], lead="Det Ch Supt Force CID",
       cm=["Duty to notify audit Q2: 94% compliance."]))
item("N23", "stolen", 8097, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Being progressed", D(2021, 4, 20), "in_sync", "open on both (no ref in Jira)",
     F(ep="stolen", sm="NCRS compliance for MSHT + FCR audit capacity", st="In Progress",
       rf=None, ds="Immediately, forces should take steps to ensure they fully comply with NCRS "
       "requirements for offences identified as MSHT and that sufficient audit capacity is "
       "available to the force crime registrar to provide reassurance that each force is "
       "identifying and managing any gaps in its crime-recording accuracy for these types of "
       "offences.", lb=["MSHT", "crime-recording"], lead="Force Crime Registrar"))
item("N24", "stolen", 8098, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "Being progressed", D(2021, 4, 20), "closeable_submit",
     "HMICFRS open; Jira Awaiting sign-off (force done)",
     F(ep="stolen", sm="MSHT investigations – skilled teams & supervision",
       st="Awaiting sign-off", lb=["MSHT"], lead="Det Ch Supt Force CID",
       cm=["Ready to move to GREEN status.", "With DCC for sign-off."]))
item("N25", "stolen", 8099, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Being progressed", D(2021, 4, 20), "in_sync", "open on both",
     F(ep="stolen", sm="Use of STPOs/STROs under MSA 2015", st="To Do", lb=["MSHT"],
       lead="Det Ch Supt Force CID"))
item("N26", "efc17", 8402, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Being progressed", D(2020, 7, 7), "in_sync", "open on both (no ref in Jira)",
     F(ep="efc17", sm="Digital services plan", st="In Progress", rf=None,
       ds="By September 2018, CCs should produce an ambitious plan to improve "
          "digitally-enabled services within their force.",
       lb=["digital"], lead="Head of Corporate Development",
       cm=["Addressed holistically as part of the force change programme."]))
item("N27", "leg17", 8540, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     "Being progressed", D(2020, 7, 7), "missing_from_force",
     "cause of concern on the register; the force only raised issues for its recommendations")
SAS_STEM, SAS_BUL = bullets(SAS_MONITORING_2017)
item("N28", "leg17", 8541, NAT, SAS_MONITORING_2017,
     "Awaiting review", D(2024, 10, 1), "in_sync",
     "open on both: parent In Progress, bullet sub-tasks Done / In Progress / Done",
     F(ep="leg17", sm="S&S data monitoring (disproportionality, find rates, drugs)",
       ds="*HMICFRS wording (stem):*\r\n" + SAS_STEM + "\r\n\r\nOne sub-task per bullet.",
       st="In Progress", lb=["stop-search", "national"], lead="ACC Local Policing",
       sub=[("Monitor reasons for disproportionate representation", SAS_BUL[0], "Done"),
            ("Find rates by ethnicity & search type", SAS_BUL[1], "In Progress"),
            ("Possession-only drug searches vs priorities", SAS_BUL[2], "Done")]))
item("N29", "leg17", 8542, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;",
     "Complete", D(2024, 3, 19), "closeable_local",
     "HMICFRS Complete; Jira Awaiting evidence (open)",
     F(ep="leg17", sm="Disparities – research & action, shown to public",
       st="Awaiting evidence", lb=["stop-search"], lead="ACC Local Policing"))
item("N30", "leg17", 8543, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Being progressed", D(2020, 7, 7), "in_sync", "open on both",
     F(ep="leg17", sm="Publish S&S analysis annually", st="In Progress", lb=["stop-search"],
       lead="ACC Local Policing", cm=["Annual analysis drafted, with OPCC comms."]))
item("N31", "leg17", 8544, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", D(2022, 12, 8), "in_sync",
     "closed on both: HMICFRS Complete; Jira Closed by HMICFRS",
     F(ep="leg17", sm="Unconscious bias + S&S APP training", st="Closed by HMICFRS",
       lb=["stop-search", "training"], lead="Head of Learning & Development"))
BWV_PARTS = [p.strip() for p in BWV_2021.split("\n")]
BWV_STEM = "By September 2021, forces should:"
BWV_PARTS[0] = BWV_PARTS[0][len(BWV_STEM):].strip()
item("N32", "powers", 10617, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2023, 2, 2), "closeable_submit",
     "HMICFRS open; Jira Submitted to HMICFRS (force done)",
     F(ep="powers", sm="Communication skills – conflict mgmt guidelines",
       st="Submitted to HMICFRS", lb=["use-of-force", "training"],
       lead="Head of Learning & Development",
       cm=["PST module updated; 92% of frontline trained.", "Submitted to HMICFRS with evidence pack."]))
item("N33", "powers", 10618, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Being progressed", D(2023, 2, 2), "in_sync", "open on both",
     F(ep="powers", sm="CPD on comms skills + BWV debriefs", st="In Progress",
       lb=["use-of-force"], lead="Head of Learning & Development"))
item("N34", "powers", 10619, NAT, BWV_2021,
     "Being progressed", D(2023, 2, 2), "closeable_submit",
     "HMICFRS open; Jira parent Awaiting sign-off, sub-tasks Done / Done / Awaiting sign-off "
     "(force done)",
     F(ep="powers", sm="BWV – S&S encounters, internal review, external panel access",
       ds=BWV_STEM + " (three parts – see sub-tasks)", st="Awaiting sign-off",
       lb=["stop-search", "BWV", "national"], lead="ACC Local Policing",
       sub=[("BWV to record entire S&S encounter", BWV_PARTS[0], "Done"),
            ("Structured internal review of BWV sample", BWV_PARTS[1], "Done"),
            ("External scrutiny panel access to BWV", BWV_PARTS[2], "Awaiting sign-off")],
       cm=["Panel protocol agreed with OPCC; awaiting ACC sign-off."]))
item("N35", "powers", 10620, NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.",
     "Awaiting review", D(2023, 2, 2), "closeable_submit",
     "HMICFRS open; Jira Not for force (Resolution Won't Do, Status Category Done): the force's "
     "position is done, ask HMICFRS to close",
     F(ep="powers", sm="HO/NPCC – use of force data quality (not for force)",
       st="Not for force", lb=["use-of-force"], lead=None,
       cm=["Not the force's responsibility to deliver; dependent upon another organisation."]))
item("N36", "powers", 10621, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Being progressed", D(2023, 2, 2), "in_sync",
     "open on both: Jira reopened to In Progress but Resolution still 'Done' and a Resolved "
     "date left over; the Status decides",
     F(ep="powers", sm="Internal monitoring of use of force", st="In Progress", stale=True,
       lb=["use-of-force"], lead="ACC Local Policing",
       cm=["Reopened – JAC asked for evidence of disproportionality analysis."]))

# ---- force-level ------------------------------------------------------------------------------
item("P1", "peel16", 6912, AFI,
     "The force should improve its understanding of the nature and scale of hate crime in its "
     "area.",
     "Complete", D(2023, 9, 28), "closeable_local", "HMICFRS Complete; Jira In Progress",
     F(ep="peel16", sm="Hate crime – nature & scale", ft="Area for Improvement", st="In Progress",
       lb=["hate-crime"], lead="ACC Local Policing"))
item("P2", "peel16", 6913, AFI,
     "Staffordshire Police should improve its ability to retrieve digital evidence from mobile "
     "phones, computers and other electronic devices quickly enough to ensure investigations "
     "are not delayed.",
     "Being progressed", D(2020, 1, 14), "closeable_submit",
     "HMICFRS open; Jira Done. Ref only in the Summary ('[6913]')",
     F(ep="peel16", sm="[6913] Digital forensics backlog", ft="Area for Improvement",
       rf="S", st="Done", lb=["digital-forensics"], lead="Det Ch Supt Force CID",
       ds="The force should improve its ability to retrieve digital evidence from mobile "
          "phones, computers and other electronic devices quickly enough to ensure "
          "investigations are not delayed.",
       cm=["Kiosk roll-out complete; DFU turnaround 21 days (was 94)."]))
MC_STEM, MC_BUL = bullets("Within six months the force should " + MISSING_BODY + ".")
item("C1", "ncpi18", 9052, REC, "Within six months the force should " + MISSING_BODY + ".",
     "Complete", D(2024, 4, 11), "closeable_local",
     "HMICFRS Complete; Jira parent In Progress with one bullet sub-task still In Progress",
     F(ep="ncpi18", sm="Missing children – approach review (3 strands)",
       ds=MC_STEM + " [see sub-tasks]", st="In Progress", lb=["missing", "child-protection"],
       lead="Ch Supt Public Protection",
       sub=[("Call takers – missing v absent", MC_BUL[0], "Done"),
            ("CSE risk factors – call takers & frontline", MC_BUL[1], "Done"),
            ("Supervisory oversight of missing enquiries", MC_BUL[2].rstrip("."),
             "In Progress")]))
item("C2", "ncpi18", 9053, AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.",
     "Being progressed", D(2020, 3, 3), "in_sync", "open on both (no ref in Jira)",
     F(ep="ncpi18", sm="CSE – partnership safeguarding", ft="Area for Improvement", rf=None,
       ds="The force should improve how it works with partner organisations to safeguard "
          "people at risk from CSE.", st="In Progress", lb=["CSE"],
       lead="Ch Supt Public Protection"))
item("C3", "ncpi18", 9054, REC,
     "Within three months, the force should improve its understanding of suspects released "
     "under investigation and the management of those released on bail.",
     "Being progressed", D(2020, 3, 3), "missing_from_force", "on the register, no Jira issue")
item("V0", "peel1819", 9410, COC,
     "The size of the vetting backlog within Staffordshire Police is a cause of concern.",
     "Being progressed", D(2021, 9, 9), "in_sync", "open on both (cause of concern on both)",
     F(ep="peel1819", sm="CoC – vetting backlog", ft="Cause of Concern", st="In Progress",
       lb=["vetting", "CoC"], lead="Head of Professional Standards",
       cm=["Backlog 212 (from 1,460). Recs tracked separately."]))
item("V1", "peel1819", 9411, REC,
     "HMICFRS recommends that the force should immediately:ensure all staff have received at "
     "least the lowest level of vetting clearance for their roles as quickly as possible, "
     "working to clear both the vetting backlog and new vetting renewals when they become due "
     "so that it complies fully with the national vetting guidelines; and",
     "Being progressed", D(2021, 9, 9), "closeable_submit",
     "HMICFRS open; Jira Awaiting sign-off (force done)",
     F(ep="peel1819", sm="Vetting – all staff cleared, backlog & renewals",
       st="Awaiting sign-off", lb=["vetting"], lead="Head of Professional Standards",
       cm=["100% of staff now hold minimum clearance.",
           "Pending sign off by the chief officer lead."]))
item("V2", "peel1819", 9412, REC,
     "HMIC recommends that within six months the force should: develop a future workforce plan "
     "that is aligned with its overall demand and budget. The plan should include future "
     "resource allocations, the mix of skills required by the workforce and behaviours expected "
     "of them;",
     "Being progressed", D(2021, 9, 9), "conflict",
     "type differs: register Recommendation, Jira Finding type 'Area for Improvement' (both open)",
     F(ep="peel1819", sm="Workforce plan aligned to demand & budget", ft="Area for Improvement",
       st="In Progress", lb=["workforce"], lead="Director of People"))
item("V3", "peel1819", 9414, REC,
     "Within six months Staffordshire Police should clearly define its new operating model, "
     "ensuring all operational and support services are affordable and fit to protect the "
     "communities of Staffordshire.",
     "Being progressed", D(2021, 9, 9), "in_sync", "open on both",
     F(ep="peel1819", sm="Define new operating model", st="In Progress", lb=["change"],
       lead="DCC"))
item("V4", "peel1819", 9415, AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.",
     "Complete", D(2023, 6, 12), "in_sync",
     "closed on both: HMICFRS Complete; Jira Closed by HMICFRS (no ref in Jira)",
     F(ep="peel1819", sm="Outcomes/outputs/costs links", ft="Area for Improvement", rf=None,
       st="Closed by HMICFRS", lb=["finance"], lead="Director of Finance"))
item("V5", "peel1819", 9416, AFI,
     "The force should improve its arrangements both to consult with the public about business "
     "planning and to feed back on changes made to service delivery as a result of such "
     "consultation.",
     "No further action required", D(2024, 1, 25), "closeable_local",
     "HMICFRS No further action required; Jira To Do",
     F(ep="peel1819", sm="Public consultation on business planning + feedback",
       ft="Area for Improvement", st="To Do", lb=["engagement"],
       lead="Head of Corporate Development"))
item("V6", "peel1819", 9413, AFI,
     "Staffordshire Police should ensure regular and active supervision of the quality and "
     "progress of investigations. This supervision should be properly recorded.",
     "Being progressed", D(2021, 9, 9), "conflict",
     "reference differs: Jira HMICFRS ref 9431.0 (transposed; no such register item), register "
     "9413; same text, report and type (both open)",
     F(ep="peel1819", sm="Supervision of investigations – recorded", ft="Area for Improvement",
       rf=9431, st="In Progress", lb=["investigations"], lead="Det Ch Supt Force CID",
       cm=["Supervisory review field made mandatory on Niche from 01/04/2024."]))
CDI_TEXT = "Immediately, the force should " + CDI_VICTIMS_BODY + "."
CDI_STEM, CDI_BUL = bullets(CDI_TEXT)
item("D1", "cdi19", 9688, REC, CDI_TEXT,
     "Being progressed", D(2022, 5, 10), "conflict",
     "missing bullet: register has 5 bullets, Jira parent holds the stem only and has 4 "
     "sub-tasks; 'online reports of crime are triaged...' is tracked nowhere",
     F(ep="cdi19", sm="CDI – victims believed / call logs / multiple crimes etc",
       ds=CDI_STEM + "\r\n(strands broken out as sub-tasks)", st="In Progress",
       lb=["CDI", "crime-recording"], lead="Force Crime Registrar",
       sub=[("CDI – victims believed at point of report", CDI_BUL[0], "Done"),
            ("CDI – call handler summaries in incident log", CDI_BUL[1], "In Progress"),
            ("CDI – multiple crimes recorded", CDI_BUL[2], "Done"),
            ("CDI – stop awaiting medical/VRI results", CDI_BUL[3].replace("; and", ""),
             "In Progress")]))
item("D2", "cdi19", 9689, REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", D(2023, 10, 19), "in_sync",
     "closed on both (no ref in Jira). Near-twin of national 4822 (Core Business), which is "
     "open on the register: the epic tells them apart",
     F(ep="cdi19", sm="THR criteria for call-handlers (CDI)", rf=None, st="Closed by HMICFRS",
       lb=["CDI", "contact"], lead="Supt Contact Centre"))
item("D3", "cdi19", 9690, AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.",
     "Being progressed", D(2022, 5, 10), "closeable_submit",
     "HMICFRS open; Jira Submitted to HMICFRS (force done)",
     F(ep="cdi19", sm="RASSO recording accuracy & timeliness", ft="Area for Improvement",
       st="Submitted to HMICFRS", lb=["CDI", "RASSO"], lead="Force Crime Registrar",
       cm=["Re-audit: 97% compliance (n=120).", "Submitted."]))
K_TEXT = "By February 2023, the force should " + CUSTODY_BODY + "."
K_STEM, K_BUL = bullets(K_TEXT)
item("K1", "cust22", 11563, REC, K_TEXT,
     "Awaiting review", D(2024, 8, 30), "in_sync",
     "open on both: parent In Progress; bullet sub-tasks Done / In Progress / To Do / Done",
     F(ep="cust22", sm="Detention of children – review with CSC", st="In Progress",
       lb=["custody", "children"], lead="Ch Insp Custody",
       sub=[("Children detained only when necessary / minimum time", K_BUL[0], "Done"),
            ("Early assessment of alternative accommodation", K_BUL[1], "In Progress"),
            ("Record of all actions & decisions", K_BUL[2].replace("; and", ""), "To Do"),
            ("AA support timeliness for children", K_BUL[3].rstrip("."), "Done")],
       cm=["Concordat meeting with LA 12/09 – PACE beds still an issue."]))


def topic_afi(k, ref, body, hst, hdate, cat, why, force=None, rep="peel2122"):
    item(k, rep, ref, AFI, "The force should " + body + ".", hst, hdate, cat, why, force)


topic_afi("A1", 11240,
          "make sure investigations of domestic abuse are allocated to officers with the right "
          "skills and are effectively supervised",
          "Being progressed", D(2023, 1, 10), "in_sync",
          "open on both; two action sub-tasks (Done / In Progress) under an In Progress parent",
          F(ep="peel2122", sm="DA investigations – skills & supervision", ft="Area for Improvement",
            st="In Progress", lb=["DA", "PEEL"], lead="Ch Supt Public Protection",
            sub=[("Action: DA refresher training for response & neighbourhood",
                  "Deliver refresher training on domestic abuse to all response and "
                  "neighbourhood officers", "Done"),
                 ("Action: monthly DA supervision dip-sample",
                  "Dip-sample 30 DA investigations a month for supervisory review and report to "
                  "the Crime Standards Board", "In Progress")]))
topic_afi("A2", 11241,
          "improve how it gathers, assesses and acts on intelligence about county lines drug "
          "dealing",
          "Being progressed", D(2023, 1, 10), "closeable_submit", "HMICFRS open; Jira Done",
          F(ep="peel2122", sm="County lines intel", ft="Area for Improvement", st="Done",
            lb=["county-lines", "PEEL"], lead="Head of Intelligence",
            cm=["New intel development cell in place since April."]))
topic_afi("A3", 11242,
          "make sure victims of stalking and harassment are kept informed about the progress of "
          "their case, in line with the Code of Practice for Victims of Crime",
          "Being progressed", D(2023, 1, 10), "in_sync", "open on both (no ref in Jira)",
          F(ep="peel2122", sm="Stalking & harassment – VCOP updates", ft="Area for Improvement",
            rf=None, st="In Progress", lb=["VAWG", "PEEL"], lead="Head of Criminal Justice"))
topic_afi("A4", 11243,
          "improve the timeliness of its response to calls for service involving vulnerable "
          "adults",
          "Complete", D(2024, 7, 4), "closeable_local", "HMICFRS Complete; Jira In Progress",
          F(ep="peel2122", sm="Response times – vulnerable adults", ft="Area for Improvement",
            st="In Progress", lb=["contact", "PEEL"], lead="Supt Contact Centre"))
topic_afi("A5", 11244,
          "make sure it consistently uses ancillary orders and other powers to protect victims "
          "of violence against women and girls",
          "Being progressed", D(2023, 1, 10), "conflict",
          "report differs: ref 11244 is PEEL 2021/22 on the register, but the Jira issue sits "
          "under the 'PEEL Assessment 2023/24' epic (both open)",
          F(ep="peel2324", sm="VAWG – ancillary orders & powers", ft="Area for Improvement",
            st="In Progress", lb=["VAWG", "PEEL"], lead="Ch Supt Public Protection",
            cm=["Moved under the 23/24 epic as the theme repeats in the new report."],
            cm_after=datetime(2024, 6, 4, 9, 0)))
topic_afi("A6", 11245,
          "make sure it has enough specialist capacity and capability to investigate online "
          "child sexual abuse",
          "Being progressed", D(2023, 1, 10), "in_sync",
          "open on both (Awaiting evidence; no ref in Jira)",
          F(ep="peel2122", sm="OCSA specialist capacity", ft="Area for Improvement", rf=None,
            st="Awaiting evidence", lb=["OCSA", "PEEL"], lead="Det Ch Supt Force CID"))
topic_afi("A7", 11246,
          "review its approach to anti-social behaviour to make sure victims receive a "
          "consistently good service",
          "Being progressed", D(2023, 1, 10), "closeable_submit",
          "HMICFRS open; Jira Submitted to HMICFRS",
          F(ep="peel2122", sm="ASB victim service review", ft="Area for Improvement",
            st="Submitted to HMICFRS", lb=["ASB", "PEEL"], lead="ACC Local Policing",
            cm=["Submitted to HMICFRS."]))
topic_afi("A8", 11247,
          "make sure its performance framework gives senior leaders a clear picture of its "
          "response to fraud",
          "Complete", D(2024, 5, 2), "in_sync", "closed on both: HMICFRS Complete; Jira Done",
          F(ep="peel2122", sm="Fraud in performance framework", ft="Area for Improvement",
            st="Done", lb=["fraud", "PEEL"], lead="Head of Corporate Development"))
topic_afi("A9", 11248,
          "evaluate its work to prevent knife crime and share what works across the force",
          "Being progressed", D(2023, 1, 10), "missing_from_force",
          "on the register, no Jira issue")
item("A10", "peel2122", 11249, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.",
     "Being progressed", D(2023, 1, 10), "closeable_submit",
     "HMICFRS open; Jira Awaiting sign-off. Summary is a stale 'CLONE - ' of another issue's "
     "title; the Description and ref 11249 decide",
     F(ep="peel2122", sm="CLONE - DA investigations – skills & supervision",
       ft="Area for Improvement", st="Awaiting sign-off", lb=["PSD", "PEEL"],
       lead="Head of Professional Standards", when=datetime(2022, 10, 4, 10, 12),
       clones="A1",
       cm=["Cloned as template – summary to be corrected.",
           "Confidential reporting line (Integrity Line) live; comms done."]))
topic_afi("B1", 12811, "make sure it records reports of hate crime accurately and without delay",
          "Awaiting review", D(2024, 5, 16), "in_sync", "open on both (no ref in Jira)",
          F(ep="peel2324", sm="Hate crime recording", ft="Area for Improvement", rf=None,
            st="To Do", lb=["hate-crime", "PEEL"], lead="Force Crime Registrar"),
          rep="peel2324")
topic_afi("B2", 12812,
          "improve the way it manages the risk posed by offenders involved in sexual offences "
          "against children",
          "Awaiting review", D(2024, 5, 16), "in_sync", "open on both",
          F(ep="peel2324", sm="Risk from offenders – sexual offences against children",
            ft="Area for Improvement", st="In Progress", lb=["child-protection", "PEEL"],
            lead="Ch Supt Public Protection"), rep="peel2324")
topic_afi("B3", 12813,
          "make sure officers and staff have the training they need to identify and respond to "
          "honour-based abuse",
          "Awaiting review", D(2024, 5, 16), "in_sync", "open on both (no ref in Jira)",
          F(ep="peel2324", sm="HBA training", ft="Area for Improvement", rf=None, st="To Do",
            ds="The force should make sure officers & staff have the training they need to "
               "identify and respond to honour-based abuse.",
            lb=["HBA", "PEEL"], lead="Head of Learning & Development"), rep="peel2324")
topic_afi("B4", 12814,
          "develop a problem-solving approach to neighbourhood crime, working with local "
          "communities and partners",
          "Awaiting review", D(2024, 5, 16), "missing_from_force",
          "on the register, no Jira issue (not yet raised from the 2023/24 report)",
          rep="peel2324")
item("B5", "peel2324", 12815, AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     "Awaiting review", D(2024, 5, 16), "in_sync", "open on both",
     F(ep="peel2324", sm="Equality & diversity workforce data", ft="Area for Improvement",
       st="In Progress", lb=["workforce", "PEEL"], lead="Director of People"))
topic_afi("B6", 12816,
          "make sure its analysis of serious and organised crime informs its strategic "
          "assessment and control strategy",
          "Awaiting review", D(2024, 5, 16), "in_sync", "open on both",
          F(ep="peel2324", sm="SOC analysis into strategic assessment", ft="Area for Improvement",
            st="In Progress", lb=["SOC", "PEEL"], lead="Head of Intelligence"),
          rep="peel2324")

# ---- force-only issues (no HMICFRS item) -----------------------------------------------------
ONLY = [
    dict(k="X1", ep="peel16", sm="DA victims kept informed (VCOP)", ft="Area for Improvement",
         rf=6915, ds="Q", st="In Progress", sub=[], lb=["DA"], lead="Head of Criminal Justice",
         text="The force should make sure victims of domestic abuse are kept informed about the "
              "progress of their case, in line with the Code of Practice for Victims of Crime.",
         cm=[], when=None,
         why="HMICFRS-style AFI with ref 6915.0, not on the register (closed and dropped before "
             "this list, or mis-recorded): query with HMICFRS"),
    dict(k="X2", ep="peel1819", sm="Crime recording system – case files", ft="Recommendation",
         rf=None, ds="Q", st="Done", sub=[], lb=["investigations"], lead="Det Ch Supt Force CID",
         text="HMICFRS recommends that the force should immediately: improve its use of its "
              "crime-recording and management system to better manage its case files and "
              "investigative processes.",
         cm=["Niche case file module live."], when=None,
         why="HMICFRS-worded recommendation under the PEEL 2018/19 epic, not on the register"),
    dict(k="L1", ep="local", sm="T&F group – DA policy review", ft="Force action", rf=None,
         ds="L", st="In Progress", sub=[], lb=["force-action", "DA"], lead="Ch Supt Public Protection",
         text="Task & Finish group to review the domestic abuse policy and report to the Force "
              "Executive Team", cm=["A Task & Finish group has been set up."],
         when=datetime(2023, 2, 20, 11, 4),
         why="force's own local action (Finding type 'Force action')"),
    dict(k="L2", ep="cdi19", sm="Quarterly RASSO dip-sample (Crime Standards Board)",
         ft="Force action", rf=None, ds="L", st="Done", sub=[], lb=["force-action", "CDI"],
         lead="Force Crime Registrar",
         text="Dip-sample 50 rape and serious sexual offences crime reports each quarter and "
              "report findings to the Crime Standards Board", cm=[],
         when=datetime(2023, 3, 7, 9, 52),
         why="force's own local action filed under the CDI 2019 epic (Finding type 'Force action')"),
    dict(k="L3", ep="peel2324", sm="Hate crime SPOC per LPA", ft="Force action", rf=None,
         ds="L", st="To Do", sub=[], lb=["force-action", "hate-crime"], lead="ACC Local Policing",
         text="Appoint a single point of contact for hate crime in each local policing area",
         cm=[], when=datetime(2024, 6, 11, 15, 20),
         why="force's own local action under the PEEL 2023/24 epic"),
    dict(k="L4", ep="local", sm="Internal audit – S&S governance", ft="Force action", rf=None,
         ds="L", st="Awaiting evidence", sub=[], lb=["force-action", "internal-audit"],
         lead="Head of Corporate Development",
         text="Internal audit of the stop and search governance arrangements (audit plan "
              "2023/24)", cm=["Audit fieldwork complete, draft report awaited."],
         when=datetime(2023, 9, 4, 10, 15),
         why="internal audit action, not an HMICFRS item"),
    dict(k="L5", ep="local", sm="VAWG measures in Force Performance pack", ft="Force action",
         rf=None, ds="L", st="Done", sub=[], lb=["force-action", "VAWG"],
         lead="Head of Corporate Development",
         text="Add violence against women and girls measures to the monthly Force Performance "
              "pack", cm=[], when=datetime(2023, 4, 18, 14, 2),
         why="force's own local action"),
    dict(k="L6", ep="peel2122", sm="County lines problem profile refresh", ft="Force action",
         rf=None, ds="L", st="In Progress", sub=[], lb=["force-action", "county-lines"],
         lead="Head of Intelligence",
         text="Refresh the county lines drug dealing problem profile and add it to the control "
              "strategy", cm=[], when=datetime(2023, 5, 30, 16, 41),
         why="force's own local action under the PEEL 21-22 epic (linked 'relates to' AFI "
             "11241, which it supports, but it is not an HMICFRS item)", relates="A2"),
]

# --------------------------------------------------------------------------------------------
# Jira workflow
# --------------------------------------------------------------------------------------------
STATUS_CAT = {
    "To Do": "To Do", "In Progress": "In Progress", "Awaiting evidence": "In Progress",
    "Awaiting sign-off": "In Progress", "Submitted to HMICFRS": "In Progress",
    "Done": "Done", "Closed by HMICFRS": "Done", "Not for force": "Done",
}
FORCE_DONE = {"Awaiting sign-off", "Submitted to HMICFRS", "Done", "Closed by HMICFRS",
              "Not for force"}
HM_CLOSED = {"Complete", "Superseded", "No further action required"}

PEOPLE = [("Claire Hadley", None), ("Sarah Whitfield", None), ("Tom Okafor", None),
          ("Priya Nandra", None), ("Gareth Lloyd", None), ("Helen Marsh", None),
          ("Dan Beckett", None), ("Fiona Kerr", None)]
PEOPLE = [(n, "".join(rng.choice("0123456789abcdef") for _ in range(24))) for n, _ in PEOPLE]
PID = dict(PEOPLE)
LEAD_TO_ASSIGNEE = {}
ANALYSTS = ["Claire Hadley", "Sarah Whitfield"]

EXPORT_NOW = datetime(2024, 11, 28, 9, 12)
IMPORT_AT = datetime(2022, 9, 14, 14, 41)


def jdt(x: datetime | None) -> str:
    if x is None:
        return ""
    h = x.hour % 12 or 12
    return f"{x.day:02d}/{x.strftime('%b')}/{x.strftime('%y')} {h}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"


def jd(x: date | None) -> str:
    return "" if x is None else f"{x.day:02d}/{x.strftime('%b')}/{x.strftime('%y')}"


def rand_dt(a: datetime, b: datetime) -> datetime:
    if b <= a:
        return a
    s = rng.randint(0, int((b - a).total_seconds()) // 60)
    t = a + timedelta(minutes=s)
    # working hours
    return t.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59))


def wiki(text: str) -> str:
    """Register text as the learning team pasted it: bullets become wiki list items."""
    t = text.replace("\n", "\r\n")
    t = re.sub(r"\s*•\s*", "\r\n* ", t)
    t = re.sub(r"(\r\n){2,}", "\r\n", t)
    return t.strip()


def describe(it_text, f):
    ds = f.get("ds", "Q")
    if ds == "Q":
        style = rng.random()
        if style < 0.45:
            return "*HMICFRS wording:*\r\n{quote}" + wiki(it_text) + "{quote}"
        if style < 0.8:
            return wiki(it_text)
        return ("h3. Recommendation\r\n" + wiki(it_text) +
                "\r\n\r\nh3. Force response\r\nSee comments / linked evidence.")
    if ds == "L":
        return "*Local action (not an HMICFRS item):*\r\n" + it_text
    return ds


# --------------------------------------------------------------------------------------------
# Build the Jira issues
# --------------------------------------------------------------------------------------------
issues = []          # dicts in creation order
next_num = [1]
next_id = [52417]


def new_issue(**kw):
    kw["key"] = f"OLR-{next_num[0]}"
    kw["id"] = next_id[0]
    next_num[0] += 1
    next_id[0] += rng.choice([1, 1, 1, 2, 3])
    issues.append(kw)
    return kw


EPIC_WHEN = {k: IMPORT_AT for k in REPORTS if REPORTS[k][1] < date(2022, 9, 1)}
EPIC_WHEN["peel2324"] = datetime(2024, 6, 3, 10, 27)
EPIC_WHEN["local"] = datetime(2023, 2, 6, 9, 33)
epics = {}
# imported epics first (in report order), then tasks for the migrated reports
for rk in REPORT_ORDER:
    if rk in EPIC_WHEN and EPIC_WHEN[rk] == IMPORT_AT:
        epics[rk] = new_issue(kind="epic", rk=rk, sm=REPORTS[rk][2], created=IMPORT_AT)

by_rep = {}
for it in I:
    by_rep.setdefault(it["rep"], []).append(it)


def make_task(src, ep, when, text, hm=None):
    """A task and its sub-tasks (created with it: the CSV import and the analysts raise the
    bullets straight after the parent, so keys stay in creation order)."""
    f = src
    t = new_issue(kind="task", hm=hm, f=f, ep=ep, sm=f["sm"], created=when,
                  desc=describe(text, f))
    t["subs"] = []
    for j, (ssm, sds, sst) in enumerate(f["sub"]):
        sw = when if when == IMPORT_AT else when + timedelta(minutes=2 * (j + 1))
        s = new_issue(kind="sub", hm=hm, parent=t, sm=ssm, desc=sds, st=sst, created=sw,
                      lead=f.get("lead"))
        t["subs"].append(s)
    return t


for rk in REPORT_ORDER:
    if rk not in epics:
        continue
    for it in by_rep.get(rk, []):
        if it["f"] is not None and it["f"].get("when") is None:
            # parent resolved at write time (A5 was later moved to the 2023/24 epic)
            it["task"] = make_task(it["f"], it["f"]["ep"], IMPORT_AT, it["text"], hm=it)
    for o in ONLY:
        if o["ep"] == rk and o["when"] is None:
            o["task"] = make_task(o, rk, IMPORT_AT, o["text"])

# later issues, in creation order (keys and ids follow creation)
later = [(o["when"], "only", o) for o in ONLY if o["when"] is not None and o["ep"] != "peel2324"]
later += [(it["f"]["when"], "item", it) for it in I
          if it["f"] is not None and it["f"].get("when") is not None]
later.append((EPIC_WHEN["local"], "epic", "local"))
for when, kind, x in sorted(later, key=lambda z: z[0]):
    if kind == "epic":
        epics["local"] = new_issue(kind="epic", rk="local", sm="Force learning – local actions",
                                   created=when)
    elif kind == "only":
        x["task"] = make_task(x, x["ep"], when, x["text"])
    else:
        x["task"] = make_task(x["f"], x["f"]["ep"], when, x["text"], hm=x)
epics["peel2324"] = new_issue(kind="epic", rk="peel2324", sm=REPORTS["peel2324"][2],
                              created=EPIC_WHEN["peel2324"])
w = datetime(2024, 6, 3, 10, 41)
for it in by_rep["peel2324"]:
    if it["f"] is not None:
        it["task"] = make_task(it["f"], "peel2324", w, it["text"], hm=it)
        w += timedelta(minutes=rng.randint(2, 9))
for o in ONLY:
    if o["ep"] == "peel2324":
        o["task"] = make_task(o, "peel2324", o["when"], o["text"])
assert all("task" in it for it in I if it["f"] is not None)
assert all("task" in o for o in ONLY)

# ---- fill in status, dates, people -----------------------------------------------------------
for rk, e in epics.items():
    kids = [it for it in I if it.get("task") and it["task"]["ep"] == rk] + \
           [o for o in ONLY if o.get("task") and o["task"]["ep"] == rk]
    all_done = kids and all(k["task"]["f"]["st"] in ("Done", "Closed by HMICFRS", "Not for force")
                            for k in kids)
    e["st"] = "Done" if all_done else "In Progress"
    e["lead"] = None
    e["desc"] = ("HMICFRS report: " + REPORTS[rk][0] + "\r\nPublished " +
                 REPORTS[rk][1].strftime("%-d %B %Y")) if rk in REPORTS else \
        "Actions raised by the force itself (JAC, internal audit, Gold groups). Not HMICFRS items."


def hm_of(task):
    return task.get("hm")


for iss in issues:
    if iss["kind"] == "task":
        f = iss["f"]
        iss["st"] = f["st"]
        iss["lead"] = f.get("lead")
    elif iss["kind"] == "sub":
        pass
    # assignee
    lead = iss.get("lead")
    if iss["kind"] == "epic":
        iss["assignee"] = "Claire Hadley"
    else:
        if lead not in LEAD_TO_ASSIGNEE:
            LEAD_TO_ASSIGNEE[lead] = rng.choice([p for p, _ in PEOPLE[2:]]) if lead else None
        iss["assignee"] = LEAD_TO_ASSIGNEE[lead]
    iss["reporter"] = "Claire Hadley" if iss["created"] == IMPORT_AT else rng.choice(ANALYSTS)
    st = iss["st"]
    hm = iss.get("hm")
    # dates
    if st in ("Closed by HMICFRS",) and hm is not None and hm["hst"] in HM_CLOSED:
        changed = datetime.combine(hm["hdate"], datetime.min.time()) + timedelta(
            days=rng.randint(3, 40), hours=rng.randint(9, 16), minutes=rng.randint(0, 59))
    elif st == "To Do":
        changed = iss["created"]
    elif iss["kind"] == "task" and iss["f"].get("stale"):
        changed = datetime(2024, 3, 5, 10, 20)      # reopened after a 2023 resolution
    else:
        changed = rand_dt(iss["created"] + timedelta(days=30), EXPORT_NOW - timedelta(days=3))
    iss["sc_changed"] = changed
    iss["updated"] = rand_dt(changed, EXPORT_NOW - timedelta(hours=2)) if rng.random() < 0.6 \
        else changed
    if STATUS_CAT[st] == "Done":
        iss["resolution"] = "Won't Do" if st == "Not for force" else "Done"
        iss["resolved"] = changed
    elif iss["kind"] == "task" and iss["f"].get("stale"):
        iss["resolution"] = "Done"
        iss["resolved"] = datetime(2023, 7, 11, 15, 3)
    else:
        iss["resolution"] = ""
        iss["resolved"] = None


# comments
def comment_cells(iss):
    """Jira comment cells 'dd/Mon/yy h:mm AM;accountId;text', in time order.  On a done-side
    status the comments come before the status change; a migration note sits at import time."""
    f = iss.get("f") or {}
    cms = list(f.get("cm", []))
    out, last = [], None
    if iss["created"] == IMPORT_AT and iss["kind"] == "task" and rng.random() < 0.35:
        t0 = IMPORT_AT + timedelta(minutes=rng.randint(3, 40))
        out.append(f"{jdt(t0)};{PID['Claire Hadley']};Migrated from OL tracker v7.")
        last = t0
    cms = cms[:3 - len(out)]
    if not cms:
        return out, last
    start = max(iss["created"] + timedelta(days=rng.randint(10, 60)),
                f.get("cm_after") or iss["created"])
    if f.get("stale"):
        start = datetime(2024, 2, 12, 9, 0)
    if iss["st"] in FORCE_DONE or f.get("stale"):
        end = iss["sc_changed"] - timedelta(hours=1)
    else:
        end = EXPORT_NOW - timedelta(days=2)
    if end < start:
        start = end - timedelta(days=len(cms) * 3)
    span = int((end - start).total_seconds() // 60)
    pts = sorted(rng.randint(0, span) for _ in cms)
    for c, p in zip(cms, pts):
        t = start + timedelta(minutes=p)
        t = t.replace(hour=min(max(t.hour, 8), 17))
        who = rng.choice(PEOPLE)
        out.append(f"{jdt(t)};{who[1]};{c}")
        last = t
    return out, last


for iss in issues:
    iss["comments"], last_c = comment_cells(iss)
    if last_c is not None and last_c > iss["updated"]:
        iss["updated"] = last_c

# due dates (from the text's deadline, else the team's target)
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June",
                                      "July", "August", "September", "October", "November",
                                      "December"], 1)}


def due_for(iss):
    hm = iss.get("hm")
    if iss["kind"] == "epic":
        return None
    if hm is not None:
        m = re.search(r"[Bb]y (?:(\d{1,2}) )?(" + "|".join(MONTHS) + r") (\d{4})", hm["text"])
        if m:
            y, mo = int(m.group(3)), MONTHS[m.group(2)]
            d = int(m.group(1)) if m.group(1) else (date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)).day
            return date(y, mo, d)
    if rng.random() < 0.5:
        return None
    return date(rng.choice([2024, 2025]), rng.choice([3, 6, 9, 12]), rng.choice([28, 30]))


for iss in issues:
    iss["due"] = due_for(iss)

# --------------------------------------------------------------------------------------------
# Write tracker.csv
# --------------------------------------------------------------------------------------------
HEAD = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key",
        "Project name", "Project type", "Project lead", "Project lead id", "Project description",
        "Priority", "Resolution", "Assignee", "Assignee Id", "Reporter", "Reporter Id",
        "Creator", "Creator Id", "Created", "Updated", "Last Viewed", "Resolved", "Due date",
        "Votes", "Labels", "Labels", "Labels", "Description", "Environment", "Watchers",
        "Watchers", "Watchers Id", "Watchers Id", "Original estimate", "Remaining Estimate",
        "Time Spent", "Work Ratio", "Σ Original Estimate", "Σ Remaining Estimate",
        "Σ Time Spent", "Security Level", "Attachment", "Inward issue link (Cloners)",
        "Outward issue link (Cloners)", "Inward issue link (Relates)",
        "Outward issue link (Relates)", "Custom field (Chief officer lead)",
        "Custom field (Confidence)", "Custom field (Finding type)",
        "Custom field (HMICFRS ref)", "Custom field (Rank)", "Custom field (Start date)",
        "Custom field (Target quarter)", "Status Category", "Status Category Changed",
        "Parent", "Parent summary", "Comment", "Comment", "Comment"]
PROJ = ["OLR", "Organisational Learning – HMICFRS Recommendations", "business",
        "Claire Hadley", PID["Claire Hadley"],
        "Recommendations, AFIs and causes of concern from HMICFRS inspections, migrated from the "
        "OL tracker spreadsheet (v7) in September 2022. Owner: Organisational Learning Team."]

BY_K = {it["k"]: it for it in I}
links = {}


def _link(key, pos, other):
    links.setdefault(key, ["", "", "", ""])[pos] = other


for it in I:
    if it["f"] is not None and it["f"].get("clones"):
        new_key, orig_key = it["task"]["key"], BY_K[it["f"]["clones"]]["task"]["key"]
        _link(new_key, 1, orig_key)      # the clone 'clones' the original
        _link(orig_key, 0, new_key)      # the original 'is cloned by' the clone
for o in ONLY:
    if o.get("relates"):
        _link(o["task"]["key"], 3, BY_K[o["relates"]]["task"]["key"])
        _link(BY_K[o["relates"]]["task"]["key"], 2, o["task"]["key"])

order = sorted(issues, key=lambda s: (s["created"], s["id"]), reverse=True)
rank_base = 1000
rows = []
for n, iss in enumerate(order):
    kind = iss["kind"]
    itype = {"epic": "Epic", "task": "Task", "sub": "Sub-task"}[kind]
    f = iss.get("f") or {}
    labels = list(f.get("lb", [])) if kind == "task" else []
    if kind == "task" and iss["created"] == IMPORT_AT and len(labels) < 3:
        labels.append("migrated")
    labels = (labels + ["", "", ""])[:3]
    # ref
    ref_cell = ""
    if kind == "task":
        rf = f.get("rf")
        if rf == "F":
            ref_cell = f"{iss['hm']['ref']}.0"
        elif isinstance(rf, int):
            ref_cell = f"{rf}.0"
    # parent
    if kind == "epic":
        par, pars = "", ""
    elif kind == "task":
        par, pars = str(epics[iss["ep"]]["id"]), epics[iss["ep"]]["sm"]
    else:
        par, pars = str(iss["parent"]["id"]), iss["parent"]["sm"]
    ftype = f.get("ft", "") if kind == "task" else ""
    st = iss["st"]
    conf = ""
    if kind == "task" and STATUS_CAT[st] != "Done":
        conf = rng.choice(["On track", "On track", "At risk", "Off track"])
    watchers = rng.sample(PEOPLE, rng.choice([1, 1, 2])) if kind != "sub" else []
    wn = ([w_[0] for w_ in watchers] + ["", ""])[:2]
    wi = ([w_[1] for w_ in watchers] + ["", ""])[:2]
    attach = ""
    if kind == "task" and st in FORCE_DONE and st != "Not for force" and rng.random() < 0.6:
        aw = iss["sc_changed"] - timedelta(days=rng.randint(1, 6))
        attach = (f"{jdt(aw)};{PID[rng.choice(ANALYSTS)]};Evidence_{iss['key']}.pdf;"
                  f"https://ol-tracker.atlassian.net/rest/api/3/attachment/content/"
                  f"{10400 + rng.randint(0, 899)}")
    assignee = iss.get("assignee") or ""
    last_viewed = jdt(rand_dt(EXPORT_NOW - timedelta(days=20), EXPORT_NOW)) \
        if rng.random() < 0.3 else ""
    tq = ""
    if kind == "task" and iss["due"] is not None:
        d_ = iss["due"]
        fy = d_.year if d_.month >= 4 else d_.year - 1
        tq = f"Q{((d_.month - 4) % 12) // 3 + 1} {fy}/{(fy + 1) % 100:02d}"
    row = [iss["sm"], iss["key"], str(iss["id"]), itype, st] + PROJ + [
        "High" if (kind == "task" and ftype in ("Cause of Concern", "Recommendation")) else "Medium",
        iss["resolution"], assignee, PID.get(assignee, ""), iss["reporter"],
        PID[iss["reporter"]], iss["reporter"], PID[iss["reporter"]],
        jdt(iss["created"]), jdt(iss["updated"]), last_viewed, jdt(iss["resolved"]),
        jd(iss["due"]), "0"] + labels + [
        iss["desc"], "", wn[0], wn[1], wi[0], wi[1], "", "", "", "", "", "", "", "", attach] + \
        links.get(iss["key"], ["", "", "", ""]) + [
        (f.get("lead") or "") if kind == "task" else "", conf, ftype, ref_cell,
        f"0|i00{(rank_base + iss['id'] * 7) % 46656:04x}:", "", tq,
        STATUS_CAT[st], jdt(iss["sc_changed"]), par, pars] + \
        (iss["comments"] + ["", "", ""])[:3]
    assert len(row) == len(HEAD), (len(row), len(HEAD))
    iss["row"] = n + 2
    rows.append(row)

OUT.mkdir(parents=True, exist_ok=True)
buf = io.StringIO()
wr = csv.writer(buf, lineterminator="\r\n")
wr.writerow(HEAD)
wr.writerows(rows)
(OUT / "tracker.csv").write_bytes(buf.getvalue().encode("utf-8"))

# --------------------------------------------------------------------------------------------
# Write hmicfrs.csv (plain register export)
# --------------------------------------------------------------------------------------------
HHEAD = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
         "Recommendation", "Status", "Status last updated"]
reg = sorted(I, key=lambda it: (REPORTS[it["rep"]][1], it["ref"]))
buf = io.StringIO()
wr = csv.writer(buf, lineterminator="\r\n")
wr.writerow(HHEAD)
for n, it in enumerate(reg):
    it["hrow"] = n + 2
    wr.writerow([it["ref"], FORCE, REPORTS[it["rep"]][0],
                 REPORTS[it["rep"]][1].strftime("%d/%m/%Y"), it["typ"], it["text"], it["hst"],
                 it["hdate"].strftime("%d/%m/%Y")])
(OUT / "hmicfrs.csv").write_bytes(buf.getvalue().encode("utf-8"))

# --------------------------------------------------------------------------------------------
# truth.csv
# --------------------------------------------------------------------------------------------
def derived(it):
    """Check the stated category against the facts (status-only part)."""
    h_closed = it["hst"] in HM_CLOSED
    t = it["task"]
    sts = [t["st"]] + [s["st"] for s in t["subs"]]
    f_done = all(s in FORCE_DONE for s in sts)
    if h_closed and f_done or (not h_closed and not f_done):
        return "in_sync"
    return "closeable_local" if h_closed else "closeable_submit"


truth = []
for it in reg:
    hr = f"hmicfrs.csv!{it['hrow']}"
    if it["f"] is None:
        assert it["cat"] == "missing_from_force"
        truth.append((hr, "", it["cat"], it["why"]))
        continue
    t = it["task"]
    if it["cat"] != "conflict":
        assert derived(it) == it["cat"], (it["k"], derived(it), it["cat"])
    truth.append((hr, f"tracker.csv!{t['row']}", it["cat"],
                  f"{t['key']} ({t['st']}): {it['why']}"))
    for j, s in enumerate(t["subs"], 1):
        truth.append((hr, f"tracker.csv!{s['row']}", it["cat"],
                      f"{s['key']} sub-task {j}/{len(t['subs'])} of {t['key']} ({s['st']}); "
                      f"same item: {it['why']}"))
for o in sorted(ONLY, key=lambda o: o["task"]["row"]):
    t = o["task"]
    truth.append(("", f"tracker.csv!{t['row']}", "not_on_hmicfrs_list",
                  f"{t['key']} ({t['st']}): {o['why']}"))
buf = io.StringIO()
wr = csv.writer(buf, lineterminator="\n")
wr.writerow(["hmicfrs_row", "force_row", "category", "why"])
wr.writerows(truth)
(OUT / "truth.csv").write_bytes(buf.getvalue().encode("utf-8"))

# --------------------------------------------------------------------------------------------
# README.md
# --------------------------------------------------------------------------------------------
item_cats = Counter(it["cat"] for it in I) + Counter({"not_on_hmicfrs_list": len(ONLY)})
line_cats = Counter(t[2] for t in truth)
n_epic = sum(1 for s in issues if s["kind"] == "epic")
n_task = sum(1 for s in issues if s["kind"] == "task")
n_sub = sum(1 for s in issues if s["kind"] == "sub")
CATS = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
        "not_on_hmicfrs_list"]
epic_rows = ", ".join(str(e["row"]) for e in sorted(epics.values(), key=lambda e: e["row"]))
key_table = "\n".join(
    f"| {it['k']} | {it['ref']} | {it['hrow']} | "
    f"{it['task']['key'] + ' (row ' + str(it['task']['row']) + ')' if it['f'] else '—'} | "
    f"{len(it['task']['subs']) if it['f'] else 0} | {it['cat']} |" for it in reg) + "\n" + \
    "\n".join(f"| {o['k']} | — | — | {o['task']['key']} (row {o['task']['row']}) | 0 | "
              f"not_on_hmicfrs_list |" for o in ONLY)
cat_table = "\n".join(f"| {c} | {item_cats[c]} | {line_cats[c]} |" for c in CATS)
README = f"""# {CASE}

Force side: the organisational-learning team's Jira Cloud project **OLR** (a business project),
exported with *Export → Export Excel CSV (all fields)*. HMICFRS side: a plain register export.
Force: {FORCE}. Seed {SEED}; rebuild with
`/work/main/.venv/bin/python build_{CASE}.py` (byte for byte: CSV only, no clock).

## Files
- `hmicfrs.csv` — header row 1, one row per register item ({len(reg)} items, rows 2–{len(reg) + 1}).
  Columns: Recommendation ID (plain integer), Force, Report title, Publication date (dd/mm/yyyy),
  Type (National recommendation / Recommendation / Area for improvement / Cause of concern),
  Recommendation (verbatim, multi-line cells with bullets), Status (Awaiting review, Being
  progressed = open; Complete, Superseded, No further action required = closed), Status last
  updated. Sorted by publication date, then ID.
- `tracker.csv` — UTF-8, CRLF, header row 1, {len(rows)} issues (rows 2–{len(rows) + 1}):
  {n_epic} Epics, {n_task} Tasks, {n_sub} Sub-tasks. Multi-line Description cells (Jira wiki
  markup: `{{quote}}`, `h3.`, `* ` bullets) do not add rows, so record n is Excel row n+1.
- `truth.csv` — {len(truth)} lines.

## Layout of tracker.csv (what a Jira all-fields export looks like)
- {len(HEAD)} columns, with **repeated names**: `Labels` ×3, `Watchers` ×2, `Watchers Id` ×2,
  `Comment` ×3. Comments are `dd/Mon/yy h:mm AM;<accountId>;text`. Plenty of always-empty
  system columns (Environment, estimates, Σ columns, Security Level, Start date), and issue-link
  columns `Inward/Outward issue link (Cloners)` and `(Relates)` holding Jira keys.
- Rows are in Jira's default order, **Created descending** (ties by issue id): sub-tasks sit
  above their parent task, tasks above their epic, and the 2024 issues are at the top. The 2022
  migration gave every migrated issue the same Created time (14/Sep/22 2:41 PM).
- **Epics are one per report and are not items** (rows {epic_rows}). Their Summary is the
  force's own report name ("PEEL 21-22", "Stolen Freedom (MSHT) 2017"); their Description gives
  the HMICFRS title and publication date. One extra epic, "Force learning – local actions",
  holds force-originated actions.
- **The report is known only from the parent**: a task has no report column; `Parent` holds the
  epic's numeric *Issue id* and `Parent summary` the epic's Summary. A sub-task's `Parent` is its
  task, so its report is two hops away.
- **Sub-tasks split a recommendation**: one sub-task per bullet (N19, N28, N34, C1, D1, K1) or
  per action (A1). Each sub-task row is its own truth line with the same hmicfrs_row and the
  item's category. The item is force-done only if the parent and every sub-task are done.
- The HMICFRS reference is a **number custom field** `Custom field (HMICFRS ref)`, exported as
  `4343.0`; empty on epics and sub-tasks and on many tasks. Three tasks carry the ref only in
  the Summary (`[5872] …`, `… (ref 3308)`, `[6913] …`). `Issue id` and `Parent` are also bare
  integers (5-digit, 524xx) and are not references.
- Finding type is a custom select: Recommendation / Area for Improvement / Cause of Concern /
  Force action (national recommendations are recorded as "Recommendation": same type).
- Summary is the analyst's short title (Jira's 255-char limit); the HMICFRS wording is in the
  Description, sometimes quoted, sometimes abbreviated (MSHT, NCRS, CCs, CSE, "officers &
  staff"), once empty (N13: summary + ref only).
- **Workflow statuses vs Status Category** (force open/done decided by Status, not by the
  category):

| Status | Status Category | Force side |
|---|---|---|
| To Do | To Do | open |
| In Progress | In Progress | open |
| Awaiting evidence | In Progress | open |
| Awaiting sign-off | In Progress | **done** (pending chief officer sign-off) |
| Submitted to HMICFRS | In Progress | **done** (submitted for closure) |
| Done | Done | done |
| Closed by HMICFRS | Done | done |
| Not for force | Done (Resolution Won't Do) | done (not the force's to deliver) |

  `Custom field (Confidence)` (On track / At risk / Off track) is delivery confidence on open
  issues, not a status. Epic status is not an item status.

## Traps and how truth decides them
1. Epic rows (report headings) are not items; the report of a task comes from its parent epic,
   and of a sub-task from its parent's parent.
2. Status Category says In Progress for "Awaiting sign-off" / "Submitted to HMICFRS": force done
   → closeable_submit when the register is open (N3, N14, N19, N24, N32, N34, V1, D3, A7, A10).
3. "Not for force" (Done, Won't Do) on a Home Office/NPCC recommendation the register still has
   open (N35) → closeable_submit.
4. Stale resolution: N36 was reopened (In Progress) but still shows Resolution Done and a
   Resolved date → open → in_sync with the open register item.
5. Ref as `NNNN.0`; refs in the Summary only (N6, N15, P2); many tasks have no ref (match on
   Description text + parent report).
6. Near-twin texts in different reports, decided by the parent epic: 1186 (Stop and search 2013,
   no ref in Jira, closeable_submit) vs 5129 (Stop and search 2, 2015, closeable_local); 4822
   (Core Business, closeable_submit) vs 9689 (CDI 2019, no ref, in_sync closed). X1 (DA "kept
   informed", PEEL 2016) vs 11242 (stalking "kept informed", PEEL 21/22): different topics.
7. Conflicts (all lines of the item are `conflict`): N20 timescale (six vs 12 months); V2 type
   (Recommendation vs Area for Improvement); V6 reference (9431.0 typed for 9413); A5 report
   (PEEL 2021/22 item filed under the PEEL Assessment 2023/24 epic); D1 missing bullet (4 of 5
   CDI bullets as sub-tasks, parent holds only the stem).
8. A10's Summary is "CLONE - DA investigations – skills & supervision" (a clone of A1 used as a
   template, with `Outward issue link (Cloners)` = A1's key); its Description and ref 11249 make
   it the whistleblowing AFI, not a second copy of A1.
9. Force-only rows → not_on_hmicfrs_list: six local actions (Finding type "Force action",
   label force-action, Description starting "*Local action (not an HMICFRS item):*"; three in
   the local-actions epic and three under report epics: L2 CDI 2019, L3 PEEL 2023/24, L6 PEEL
   21-22, the last linked 'relates to' the AFI it supports) and two
   HMICFRS-worded items the register does not hold (X1 with ref 6915.0, X2 without a ref).
10. missing_from_force: two old national recs never migrated (3309, 5875), the PEEL Legitimacy
    2017 cause of concern (only its recommendations were raised), 9054 (NCPI 2018), 11248 (PEEL
    21/22) and 12814 (PEEL 2023/24, not yet raised).
11. HMICFRS texts keep their warts (stray footnote digits "86", "and 20"; "immediately:ensure";
    inline "•" bullets).

## Counts
| category | items | truth lines |
|---|---|---|
{cat_table}
| **total** | {sum(item_cats.values())} | {len(truth)} |

## Item keys used above
| key | register ID | register row | Jira key (task) | sub-tasks | category |
|---|---|---|---|---|---|
{key_table}

Items: {len(reg)} HMICFRS items + {len(ONLY)} force-only tasks. A line per sub-task makes the
line count larger than the item count. Closed on one side only: {item_cats['closeable_submit'] + item_cats['closeable_local']} of {len(reg)} register items.
"""
(OUT / "README.md").write_text(README, encoding="utf-8")
print(f"hmicfrs items {len(reg)}, tracker rows {len(rows)}, truth lines {len(truth)}")
print(dict(item_cats))
print(dict(line_cats))
