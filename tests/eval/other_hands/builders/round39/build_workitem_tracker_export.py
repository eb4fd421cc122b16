"""Build the `workitem_tracker_export` case: an HMICFRS definitive list (xlsx) against a force
tracker that is a Jira Cloud "Export CSV (all fields)" of the force's HMICFRS project.

Run:  /work/main/.venv/bin/python build_workitem_tracker_export.py
Rebuilds workitem_tracker_export/ byte for byte (fixed seed, fixed timestamps, normalised zip).

Texts: real HMICFRS wording (Open Government Licence) copied from the project's text lists;
summaries, progress notes, comments and local actions are written here as a force analyst would.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 20241104
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "workitem_tracker_export"
FORCE = "Cheshire Constabulary"
AREA = "Cheshire"

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# --------------------------------------------------------------------------------------------
# Real texts (copied verbatim from /work/main/reconcile/casegen/texts and
# /work/shared/data/real_recommendations.csv)
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
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
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
SAS_BULLETS = [
    "the reasons for any disproportionate representation of different ethnic groups in the use "
    "of stop and search;",
    "the extent to which find rates differ between people from different ethnicities, and "
    "across different types of searches (including separate identification of find rates for "
    "drug possession and supply-type offences); and",
    "the prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.",
]
BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "By September 2021, forces should: " + "\n".join(BWV_PARTS)
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
EVERYONE_PLAN_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect. HMIC will "
    "inspect forces' progress on domestic abuse as part of its new annual all-force "
    "inspection programme. Police and crime commissioners and chief constables should be "
    "called upon to report publicly on progress, as well as to the national oversight "
    "and monitoring group."
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
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed",
]
CDI_VICTIMS = ("Within six months the force should put in place arrangements to ensure that:\n"
               + "\n".join("• " + b for b in CDI_BULLETS) + ".")
DETENTION_BODY = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested."
)
MISSING_CHILDREN = (
    "Immediately, the force should review its approach to reports of missing children and take "
    "steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
COC_DASH = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
COC_CAPACITY = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated."
)
COC_SAS = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain."
)
VCOP_AFI = ("The force should make sure victims of domestic abuse are kept informed about the "
            "progress of their case, in line with the Code of Practice for Victims of Crime.")

# Reports: key -> (HMICFRS title or None if not on the list, published, tracker epic name,
#                  label, HMICFRS id range start)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013", "StopSearch2013", 1210),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014", "EveryonesBusiness", 2321),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014", "PolicingInAusterity", 2604),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014", "CoreBusiness", 4822),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015", "IntegrityMatters", 902),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)", "StopSearch2015", 3377),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015", "BuildingThePicture", 3915),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Targeting the Risk (Firearms Licensing) 2015", "FirearmsLicensing", 4431),
    "peffc15": ("PEEL: Police efficiency 2015", dt.date(2015, 10, 15), "PEEL Efficiency 2015",
                "PEEL2015", 5068),
    "peff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016",
               "PEEL2016", 6122),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "StolenFreedom", 8310),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017 - national", "PEEL2017", 8477),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S", "PEEL2017", 8541),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14), "NCPI 2018",
               "NCPI2018", 8930),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2),
               "PEEL 2018/19", "PEEL2018", 9406),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 12), "CDI inspection 2019",
              "CDI2019", 9788),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)",
               "PolicePowers2021", 11052),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 17),
               "PEEL 21-22", "PEEL2021", 12861),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", dt.date(2023, 5, 23),
               "PEEL Assessment 2023/24", "PEEL2023", 14207),
    # tracker-only epics (no HMICFRS items on the definitive list)
    "cdi14": (None, dt.date(2014, 11, 18), "Crime Data Integrity 2014", "CDI2014", 0),
    "fip24": (None, None, "Force Improvement Plan 2024", "FIP2024", 0),
}

# --------------------------------------------------------------------------------------------
# People (fictional) and Jira account ids
# --------------------------------------------------------------------------------------------
PEOPLE = ["Claire Hughes", "Mark Denton", "Priya Nair", "Tom Ashworth", "Gemma Rowe",
          "David Kerr", "Sian Lloyd", "Rob Mellor", "Helen Barker", "Imran Shah", "Laura Pike",
          "Steve Orme"]
ANALYST = "Kate Ellison"
LEAD = "Kate Ellison"


def account_id(name: str) -> str:
    r = random.Random(name)
    h = "".join(r.choice("0123456789abcdef") for _ in range(32))
    return f"712020:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# --------------------------------------------------------------------------------------------
# The plan. One entry per HMICFRS item (key, report, type, HMICFRS text, HMICFRS status,
# category, force spec or None when missing from the force's tracker).
# HMICFRS open: "Awaiting review", "Being progressed";
# closed: "Complete", "Superseded", "No further action required".
# Force status: To Do, In Progress, In Review, Blocked (open) / Done, Won't Do (done).
# --------------------------------------------------------------------------------------------
AW, BP, CP, SU, NF = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                      "No further action required")


def F(summary, status, desc="plain", **kw):
    d = dict(summary=summary, status=status, desc=desc)
    d.update(kw)
    return d


ITEMS = [
    # ---- national: Stop and search 2013
    ("N1", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", CP, "in_sync",
     F("S&S 2013 rec 1 – APP specification of fair and effective use", "Done", res="")),
    ("N2", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", CP,
     "in_sync", F("S&S 2013 rec 2 – monitoring of S&S by officers", "Done", res="")),
    ("N3", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", SU,
     "closeable_local", F("S&S 2013 rec 3 – explain S&S to public, community scrutiny", "To Do")),
    # ---- Everyone's business
    ("N4", "everyone", NAT, EVERYONE_PLAN, CP, "in_sync",
     F("DA action plan (Everyone's Business)", "Done", desc=EVERYONE_PLAN_RUN_ON, res="")),
    # ---- Policing in austerity
    ("N5", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", SU,
     "in_sync", F("Austerity rec 1 – review savings plans", "Done", res="")),
    ("N6", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", CP, "closeable_local",
     F("Austerity rec 2 – collaboration savings <10%", "In Progress",
       comments=["Collaboration programme with Merseyside Police under review – update due to "
                 "Force Executive Team."])),
    ("N7", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", SU, "missing_from_force",
     None),
    ("N8", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", CP, "in_sync",
     F("Austerity rec 4 – review collaboration plans for next spending round", "Won't Do",
       comments=["Closed – superseded by the Force Management Statement and the collaboration "
                 "review. No separate action."])),
    # ---- Core business
    ("N9", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", CP, "in_sync",
     F("Core Business rec 1 – THRIVE criteria for call handlers", "Done", res="",
       duplicate=F("Call handler THRIVE criteria (Core Business)", "Won't Do", res="Duplicate",
                   desc="Not later than 31 March 2015 forces using a threat, harm and risk "
                        "policy should provide call-handlers with specific, sound and "
                        "comprehensible criteria against which they can assess threat, harm and "
                        "risk.",
                   comments=["Duplicate – already tracked on the Core Business epic. Closing "
                             "this one."]))),
    ("N10", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", BP, "closeable_submit",
     F("Core Business rec 2 – record and evaluate crime prevention activity", "Done",
       comments=["Problem-solving and prevention activity now recorded on the POP database and "
                 "evaluated quarterly. Completed. Evidence submitted to HMICFRS for closure."])),
    # ---- Integrity matters
    ("N11", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.", CP,
     "in_sync",
     F("Integrity Matters – NFA misconduct outcomes fair and free of discrimination", "Done",
       desc="By 31 August 2015, all chief constables should satisfy themselves that they have "
            "processes in place to ensure that investigations into misconduct by officers and "
            "staff resulting in \"no further action\" are fair and free of any form of "
            "discrimination.", res="")),
    # ---- Stop and search 2 (2015)
    ("N12", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", BP, "in_sync",
     F("S&S 2 – community scrutiny of S&S records (incl. young people)", "In Progress",
       comments=["Youth scrutiny panel pilot running in Warrington and Crewe. Evaluation due "
                 "Q4."])),
    # ---- Building the picture
    ("N13", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", CP, "closeable_local",
     F("Building the Picture – scrutinise MoPI audits through IM governance", "In Progress",
       comments=["Information Management Board to take audit results from Q3."])),
    # ---- Firearms licensing
    ("N14", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", CP, "in_sync",
     F("Firearms licensing – governance against APP", "Done", res="")),
    ("N15", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", BP, "closeable_submit",
     F("Firearms licensing – demand and capacity", "In Review",
       comments=["Demand review complete; two additional enquiry officers recruited. Evidence "
                 "pack with the sign-off lead for review before submission to HMICFRS."])),
    ("N16", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.", CP,
     "in_sync", F("Total expired firearms records – action", "Done", desc="", res="")),
    ("N17", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     BP, "missing_from_force", None),
    ("N18", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", BP, "in_sync",
     F("Firearms – flag certificate holders at point of dispatch", "In Progress",
       comments=["Address flagging in the new command and control system being tested."])),
    # ---- Stolen freedom
    ("N19", "stolen", NAT, SF_LEADERSHIP, BP, "in_sync",
     F("MSHT leadership and governance review (Stolen Freedom rec 1)", "In Progress",
       desc="wiki",
       subtasks=[("MSHT governance (a) – senior leaders prioritise the response", SF_BULLETS[0],
                  "Done"),
                 ("MSHT governance (b) – resourcing of every MSHT incident", SF_BULLETS[1],
                  "In Progress"),
                 ("MSHT governance (c) – partnership arrangements", SF_BULLETS[2], "Done"),
                 ("MSHT governance (d) – performance and QA measures", SF_BULLETS[3],
                  "In Progress")])),
    ("N20", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", AW,
     "closeable_submit",
     F("MSHT – information sharing agreements with partner agencies", "Done",
       desc="Within 6 months, forces should have in place active ISAs with other agencies to "
            "facilitate speedy exchange of intelligence and in order to safeguard victims better "
            "and to identify suspects as early as possible.",
       comments=["ISAs signed with all three local authorities, UK Border Force and the GLAA. "
                 "Completed. Evidence submitted to HMICFRS for closure."])),
    ("N21", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", BP,
     "in_sync",
     F("MSHT – section 45 defence considered early", "In Progress", res="Done", reopened=True,
       comments=["Guidance issued to CPS liaison and custody. Marked complete.",
                 "Reopened – sign-off lead not satisfied with evidence; need dip-sample of "
                 "charging decisions before we can propose closure."])),
    ("N22", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", CP, "closeable_local",
     F("MSHT – NRM compliance and duty to notify", "In Progress", desc="color")),
    ("N23", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar "
     "to provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.", BP, "closeable_submit",
     F("MSHT – NCRS compliance and FCR audit capacity", "Done",
       comments=["FCR audit of MSHT crimes completed (compliance 96%). Ready to move to GREEN "
                 "status."])),
    ("N24", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", BP, "closeable_submit",
     F("MSHT – investigation and supervision by skilled teams", "Won't Do",
       comments=["Addressed holistically as part of the force change programme (Op Aidant "
                 "structures). No separate action – propose closure to HMICFRS."])),
    ("N25", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", CP, "in_sync",
     F("MSHT – use of STPOs/SRPOs", "Done", desc="wiki")),
    # ---- PEEL efficiency 2017 (national)
    ("N26", "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", CP, "in_sync",
     F("Digital services plan", "Done",
       desc="By September 2018, chief constables should produce an ambitious plan to improve "
            "digitally-enabled services within their force.")),
    # ---- PEEL legitimacy 2017 (national)
    ("N27", "leg17", COC, COC_SAS, BP, "in_sync",
     F("CoC – S&S reasonable and fair; BAME disproportionality", "In Progress", labels=["CoC"])),
    ("N28", "leg17", NAT, SAS_MONITORING_2017, BP, "closeable_submit",
     F("S&S monitoring data (PEEL Legit 17 rec)", "Done", desc="wiki",
       subtasks=[("S&S data – reasons for ethnic disproportionality", SAS_BULLETS[0], "Done"),
                 ("S&S data – find rates by ethnicity and search type", SAS_BULLETS[1], "Done"),
                 ("S&S data – possession-only drug searches vs priorities", SAS_BULLETS[2],
                  "Done")],
       comments=["All three data sets now in the monthly S&S dashboard and scrutinised at the "
                 "Legitimacy Board. Completed."])),
    ("N29", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", BP, "closeable_submit",
     F("S&S disparities – research and action shown to the public", "In Review",
       comments=["Disparity research published on the force website with action plan. Pending "
                 "sign off by the chief officer lead."])),
    ("N30", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", BP, "in_sync",
     F("Publish S&S analysis annually", "To Do")),
    ("N31", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", CP, "in_sync",
     F("Unconscious bias and S&S APP training", "Done")),
    # ---- Disproportionate use of police powers 2021
    ("N32", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", BP,
     "in_sync",
     F("Communication skills training (Conflict Management guidelines)", "In Progress",
       desc="Forces to ensure officers & staff have effective communication skills, in line "
            "with the National Policing Guidelines on Conflict Management, by July 2022 – in "
            "addition to existing conflict management and de-escalation training.")),
    ("N33", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", AW, "closeable_submit",
     F("CPD – communication skills and BWV debriefs", "Done", epic=None,
       comments=["Included in the 2022/23 CPD days; supervisors' BWV debrief guide issued. "
                 "Completed."])),
    ("N34", "powers", NAT, BWV_2021, BP, "conflict",
     F("BWV – record all S&S encounters and review footage", "In Progress",
       desc="By September 2021, forces should: " + BWV_PARTS[0] + "\n" + BWV_PARTS[1],
       subtasks=[("BWV – record entirety of S&S and use of force encounters", BWV_PARTS[0],
                  "Done"),
                 ("BWV – internal dip-sample review process", BWV_PARTS[1], "In Progress")],
       why="force description and sub-tasks cover two of the three parts; the external "
           "scrutiny panel access part is missing")),
    ("N35", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", BP, "missing_from_force",
     None),
    # ---- PEEL efficiency 2015 (force)
    ("F15", "peffc15", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", CP, "in_sync",
     F("AFI – links between outcomes, outputs and costs", "In Review",
       comments=["Activity-based costing model in place. With the Director of Finance for "
                 "sign-off."])),
    ("F16", "peffc15", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.", NF,
     "closeable_local", F("AFI – understand current and future demand", "To Do")),
    ("F31", "peffc15", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", SU, "in_sync",
     F("AFI – future workforce plan", "Done", res="")),
    ("F32", "peffc15", AFI,
     "The force should expand the skills project work to include an assessment of all skills, "
     "not only operational, including potential future skills requirements. This assessment "
     "should inform workforce plans.", CP, "missing_from_force", None),
    # ---- PEEL effectiveness 2016 (force)
    ("F1", "peff16", COC, COC_DASH, CP, "in_sync",
     F("CoC – DA risk assessment (DASH)", "Done", res="", labels=["CoC"])),
    ("F2", "peff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     CP, "in_sync", F("Supervision of initial DASH risk assessment", "Done", res="")),
    ("F3", "peff16", REC,
     "Within three months, the force should consider ways of increasing the use of arrest, "
     "ancillary orders and other available powers, in order to improve the service it provides "
     "to victims of domestic abuse, offer the best possible protection and bring more "
     "perpetrators to justice.", CP, "closeable_local",
     F("DA – increase use of arrest and ancillary orders", "In Progress",
       subtasks=[("Add DVPN/DVPO usage to the monthly Force Performance pack",
                  "Local action: report DVPN/DVPO volumes and arrest rate for DA monthly.",
                  "In Progress")])),
    ("F4", "peff16", REC,
     "Immediately, the force should cease the practice of conducting domestic abuse risk "
     "assessments over the telephone and dealing with domestic abuse in the resolution centre.",
     SU, "conflict",
     F("AFI – stop DA risk assessments by telephone (resolution centre)", "Done", res="",
       desc="*Area for improvement*\nImmediately, the force should cease the practice of "
            "conducting domestic abuse risk assessments over the telephone and dealing with "
            "domestic abuse in the resolution centre.",
       labels=["AFI"],
       why="type differs: HMICFRS Recommendation, force labels and records it as an AFI")),
    # ---- Stolen etc. done above; National child protection inspection 2018
    ("F9", "ncpi18", REC,
     "Within six months Cheshire Constabulary should, " + DETENTION_BODY, BP, "conflict",
     F("Detention of children in custody (NCPI)", "In Progress",
       desc="Within twelve months Cheshire Constabulary should, " + DETENTION_BODY,
       why="timescale differs: HMICFRS 'Within six months', force 'Within twelve months'")),
    ("F10", "ncpi18", REC, MISSING_CHILDREN, CP, "in_sync",
     F("Missing children – absent category, CSE risk, supervision", "Done", desc="wiki",
       res="")),
    ("F11", "ncpi18", REC,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", SU, "closeable_local",
     F("CSE – partnership working to safeguard", "Blocked",
       comments=["Blocked – waiting on the local safeguarding partnership to agree the new "
                 "multi-agency CSE protocol."])),
    # ---- PEEL 2018/19
    ("F12", "peel18", COC, COC_CAPACITY, BP, "in_sync",
     F("CoC – capacity and capability to investigate crime", "In Progress", labels=["CoC"],
       subtasks=[("Investigative capacity review (workload per officer)",
                  "Conduct a review of investigators' workloads across LPAs and the Force CID.",
                  "Done"),
                 ("PIP2 uplift – recruit and train detectives",
                  "Detective recruitment and PIP2 accreditation programme.", "In Progress"),
                 ("Investigation standards training for response sergeants",
                  "Deliver investigation standards input to all response sergeants.",
                  "To Do")])),
    ("F13", "peel18", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", BP, "closeable_submit",
     F("Supervision of investigations – recorded reviews", "Done",
       subtasks=[("Supervisory review template on Niche", "Build a mandatory supervisory "
                  "review template on the crime system.", "Done"),
                 ("Dip-sample 20 investigations per LPA per month",
                  "Crime Standards Board dip-sample of supervisory reviews.", "Done")],
       comments=["Completed. Evidence submitted to HMICFRS for closure."])),
    ("F14", "peel18", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;", CP, "closeable_local",
     F("Digital forensics backlog – mobile phone and computer examination", "In Progress",
       comments=["Kiosk roll-out to LPAs 70% complete."])),
    # ---- CDI 2019
    ("F5", "cdi19", REC, CDI_VICTIMS, BP, "closeable_submit",
     F("CDI – victims believed, accurate recording, triage of online reports", "Done",
       desc="wiki",
       subtasks=[("CDI (a) – victims believed at point of report", CDI_BULLETS[0], "Done"),
                 ("CDI (b) – call summaries accurate in incident log", CDI_BULLETS[1], "Done"),
                 ("CDI (c) – multiple crimes always recorded", CDI_BULLETS[2], "Done"),
                 ("CDI (d) – stop waiting for medical/ABE results before recording",
                  CDI_BULLETS[3], "Done"),
                 ("CDI (e) – triage of online crime reports", CDI_BULLETS[4], "Done")],
       comments=["All five strands complete; FCR audit shows 93% compliance. Ready to move to "
                 "GREEN status."])),
    ("F6", "cdi19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", AW,
     "in_sync",
     F("Call-handler THRIVE criteria (CDI 2019)", "Blocked",
       comments=["Blocked – awaiting go-live of the new command and control system (delayed to "
                 "2025)."])),
    ("F7", "cdi19", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", CP, "in_sync",
     F("AFI – use of the crime system for case file management", "Done")),
    ("F8", "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", BP, "missing_from_force", None),
    # ---- PEEL 2021/22
    ("F17", "peel21", AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", CP, "in_sync",
     F("AFI 1 – county lines: nature and scale", "Done")),
    ("F18", "peel21", AFI, VCOP_AFI, BP, "in_sync",
     F("AFI 3 – keep DA victims updated (VCOP)", "In Progress", desc="bold")),
    ("F19", "peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", CP, "closeable_local",
     F("AFI 4 – OCSA specialist capacity (POLIT)", "In Progress",
       comments=["Business case for two additional POLIT DCs with the Director of Finance."])),
    ("F20", "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", BP, "closeable_submit",
     F("AFI 5 – response times for vulnerable adults", "Done",
       comments=["Attendance within target now 89% (was 71%). Completed."])),
    ("F21", "peel21", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to stalking and harassment.", SU, "closeable_local",
     F("AFI 6 – stalking and harassment training", "In Progress")),
    ("F22", "peel21", AFI,
     "Cheshire Constabulary should make sure it provides a confidential way for staff to raise "
     "concerns and that staff are aware of whistleblowing processes.", BP, "conflict",
     F("AFI 7 – confidential reporting / whistleblowing awareness", "In Progress",
       ref="typo",
       why="HMICFRS reference differs: force custom field holds a transposed id that is not on "
           "the list; text, report and type match")),
    ("F27", "peel23", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", BP, "conflict",
     F("AFI – accurate data and analysis for performance management", "In Progress",
       epic="peel21", label_report="peel21",
       why="report differs: filed under the PEEL 21-22 epic and labelled PEEL2021; HMICFRS has it "
           "under PEEL 2023/24")),
    # ---- PEEL 2023/24
    ("F23", "peel23", AFI, VCOP_AFI, AW, "conflict",
     F("CLONE - AFI 3 – keep DA victims updated (VCOP)", "In Progress", desc="bold",
       clone_of="F18", ref="F18",
       why="HMICFRS reference differs: the clone carries the PEEL 2021/22 item's reference; "
           "epic, labels and 'CLONE' place it under PEEL 2023/24")),
    ("F24", "peel23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", BP, "in_sync",
     F("AFI – SOC intelligence gathering and assessment", "To Do")),
    ("F25", "peel23", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.", BP,
     "closeable_submit",
     F("AFI – RASSO allocation and supervision", "Done",
       comments=["Op Soteria model adopted; all RASSO crimes allocated to the RASSO unit. "
                 "Completed."])),
    ("F26", "peel23", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of violence against women and girls.", AW, "missing_from_force", None),
    ("F28", "peel23", REC,
     "Within six months, the force should ensure that it has sufficient resources available in "
     "the control room to fulfil its resourcing model, and so to meet its demand, while also "
     "taking into account the wellbeing of its workforce.", BP, "closeable_submit",
     F("Control room resourcing and wellbeing", "In Review",
       comments=["Resourcing model met for 5 consecutive months; wellbeing survey done. Evidence "
                 "with sign-off lead."])),
    ("F29", "peel23", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", AW, "in_sync",
     F("AFI – E&D workforce data", "In Progress", desc="")),
    ("F30", "peel23", AFI,
     "The force should evaluate its work to prevent knife crime and share what works across the "
     "force.", BP, "in_sync", F("AFI – evaluate knife crime prevention", "To Do")),
]

# Force rows with no HMICFRS item (not_on_hmicfrs_list)
LOCAL = [
    dict(key="L1", epic="fip24",
         spec=F("Force improvement plan: Refresh the domestic abuse problem profile and add it to "
                "the control strategy", "In Progress",
                desc="Local action (not an HMICFRS item). Refresh the domestic abuse problem "
                     "profile and add it to the control strategy.",
                labels=["local"],
                subtasks=[("Analyst capacity for DA problem profile",
                           "Agree analyst time with Head of Intelligence.", "Done"),
                          ("Present DA problem profile to Force Tasking",
                           "Present refreshed profile to Force Tasking and Coordination Group.",
                           "To Do")]),
         why="force's own improvement-plan action"),
    dict(key="L2", epic="fip24",
         spec=F("JAC action: Internal audit of the counter-corruption governance arrangements "
                "(audit plan 2023/24)", "To Do", desc="", labels=["local", "JAC"]),
         why="Joint Audit Committee action, not an HMICFRS item"),
    dict(key="L3", epic="fip24",
         spec=F("Dip-sample 50 rape and serious sexual offences crime reports each quarter and "
                "report findings to the Crime Standards Board", "In Progress", desc="",
                labels=["local"]),
         why="force's own quality-assurance action"),
    dict(key="L4", epic="powers",
         spec=F("HO/NPCC – quality of use of force data for publication", "Won't Do",
                desc="The Home Office and the NPCC should take steps to ensure that the quality "
                     "of the data collected on the number of incidents where force has been used "
                     "to effect a stop and search is sufficient for publication. The Home Office "
                     "should publish this data as soon as possible.",
                labels=["HMICFRS", "PolicePowers2021", "HO-NPCC"],
                comments=["Not the force's responsibility to deliver; dependent upon another "
                          "organisation. Logged for visibility only."]),
         why="recommendation addressed to the Home Office and NPCC, not on the force's list"),
    dict(key="L5", epic="cdi14",
         spec=F("CDI 2014 – out of court disposals: explanation to offender, victim views",
                "To Do",
                desc="The force should revise its approach to cautions, cannabis warning and "
                     "penalty notices for disorder to ensure that there is a clear and auditable "
                     "explanation to the offender of the implications of receiving the warning "
                     "and that, for victim-based crimes, there is a clear and auditable record "
                     "that views of the victim are considered prior to their issue.",
                labels=["HMICFRS", "CDI2014", "Rec"],
                comments=["Imported from the old spreadsheet – query with Force Liaison Lead "
                          "whether still open."]),
         why="CDI 2014 item: report not on the definitive list (query with HMICFRS)"),
]

LABEL_TYPE = {NAT: ["National", "Rec"], REC: ["Rec"], AFI: ["AFI"], COC: ["CoC"]}

# --------------------------------------------------------------------------------------------
# HMICFRS definitive list
# --------------------------------------------------------------------------------------------
CLOSE_COMMENT = {
    CP: ["This recommendation is complete",
         "Authorised for closure on the basis of the additional observations offered by members "
         "of the inspection team in recent inspection activity."],
    SU: ["This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. "
         "Where a cause of concern still exists this will appear in the register against these "
         "subsequent inspections."],
    NF: ["No further action required."],
    BP: ["The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.", ""],
}


def assign_hmicfrs_ids():
    ids, last = {}, {}
    for it in ITEMS:
        key, rep = it[0], it[1]
        nxt = last.get(rep, REPORTS[rep][4] - 1) + rng.choice([1, 1, 1, 2, 3])
        ids[key] = last[rep] = nxt
    return ids


HIDS = assign_hmicfrs_ids()


def hmicfrs_rows():
    order = sorted(ITEMS, key=lambda it: (REPORTS[it[1]][1], HIDS[it[0]]))
    rows = []
    for it in order:
        key, rep, typ, text, status = it[:5]
        title, pub = REPORTS[rep][0], REPORTS[rep][1]
        lo = pub + dt.timedelta(days=30)
        hi = dt.date(2024, 10, 25)
        if status in (AW,):
            lo = max(lo, dt.date(2023, 6, 1))
        span = (hi - lo).days
        sdate = lo + dt.timedelta(days=rng.randint(0, max(span, 1)))
        if status == AW:
            comment = rng.choice(["", "New recommendation"]) if pub.year >= 2023 else ""
        else:
            comment = rng.choice(CLOSE_COMMENT[status])
        rows.append((key, HIDS[key], title, pub, typ, text, status, sdate, comment))
    return rows


# --------------------------------------------------------------------------------------------
# Jira issues
# --------------------------------------------------------------------------------------------
EXPORT_AT = dt.datetime(2024, 11, 4, 9, 41)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def jdt(t: dt.datetime | None) -> str:
    if t is None:
        return ""
    h = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    return f"{t.day:02d}/{MON[t.month - 1]}/{t.year % 100:02d} {h}:{t.minute:02d} {ap}"


def jdate(d: dt.date | None) -> str:
    if d is None:
        return ""
    return f"{d.day:02d}/{MON[d.month - 1]}/{d.year % 100:02d}"


def to_wiki(text: str) -> str:
    """HMICFRS text as the Jira wiki markup an analyst's paste becomes."""
    t = text.replace("\n\n", "\n")
    t = re.sub(r"\s*•\s*", "\n* ", t)
    t = re.sub(r"\n+", "\n", t)
    return t.strip()


def desc_for(style: str, text: str, typ: str, ref: str | None) -> str:
    if style == "plain":
        return text
    if style == "wiki":
        head = {NAT: "Recommendation", REC: "Recommendation", AFI: "Area for improvement",
                COC: "Cause of concern"}[typ]
        out = f"h4. {head}\n{{quote}}{to_wiki(text)}{{quote}}\n"
        if ref:
            out += f"\n*HMICFRS ref:* {ref}\n"
        return out
    if style == "bold":
        return f"*Area for improvement*\\\\\n{text}"
    if style == "color":
        return f"{{color:#172b4d}}{text}{{color}}"
    return style  # literal text (or "")


def office(t: dt.datetime | None) -> dt.datetime | None:
    """Move a generated time into office hours (Mon-Fri, 07:00-18:59), keeping the date order."""
    if t is None:
        return None
    h = 7 + (t.hour * 60 + t.minute) * 12 // (24 * 60)
    t = t.replace(hour=h)
    while t.weekday() >= 5:
        t -= dt.timedelta(days=1)
    return t


class Issue:
    def __init__(self, **kw):
        self.__dict__.update(kw)


issues: list[Issue] = []
truth_of: dict[int, tuple[str | None, str, str]] = {}  # id(issue) -> (hmicfrs key, cat, why)


def new_issue(**kw) -> Issue:
    if kw["created"].date() != dt.date(2019, 10, 14):
        kw["created"] = office(kw["created"])
    iss = Issue(**kw)
    issues.append(iss)
    return iss


IMPORT_AT = dt.datetime(2019, 10, 14, 10, 2)
IMPORTED_REPORTS = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                    "firearms", "peffc15", "peff16", "stolen", "efc17", "leg17", "ncpi18",
                    "peel18", "cdi14"]
REPORT_CREATED = {"cdi19": dt.datetime(2019, 10, 21, 14, 12),
                  "powers": dt.datetime(2021, 3, 9, 11, 25),
                  "peel21": dt.datetime(2022, 6, 6, 9, 48),
                  "peel23": dt.datetime(2023, 6, 12, 15, 3),
                  "fip24": dt.datetime(2024, 2, 19, 10, 37)}

epics: dict[str, Issue] = {}
_t = IMPORT_AT
for rep in IMPORTED_REPORTS:
    _t += dt.timedelta(seconds=rng.randint(2, 9))
    epics[rep] = new_issue(kind="Epic", rep=rep, created=_t)
for rep, t in REPORT_CREATED.items():
    epics[rep] = new_issue(kind="Epic", rep=rep, created=t)

stories: dict[str, Issue] = {}
for it in ITEMS:
    key, rep, typ, text, hstat, cat, spec = it
    if spec is None:
        continue
    if rep in IMPORTED_REPORTS:
        _t += dt.timedelta(seconds=rng.randint(1, 4))
        created = _t
    else:
        created = REPORT_CREATED[rep] + dt.timedelta(minutes=rng.randint(2, 50),
                                                      seconds=rng.randint(0, 59))
    if key == "F23":
        created = REPORT_CREATED["peel23"] + dt.timedelta(days=1, minutes=rng.randint(0, 40))
    epic = spec.get("epic", rep)
    s = new_issue(kind="Story", item=key, rep=rep, typ=typ, text=text, spec=spec, created=created,
                  epic=epic)
    stories[key] = s
    truth_of[id(s)] = (key, cat, "")
    if "duplicate" in spec:
        d = new_issue(kind="Story", item=key, rep=rep, typ=typ, text=text, spec=spec["duplicate"],
                      created=dt.datetime(2020, 2, 3, 11, 17), epic=None, dup_of=key)
        truth_of[id(d)] = (key, cat, "dup")
    for j, (ssum, sdesc, sstat) in enumerate(spec.get("subtasks", [])):
        st = new_issue(kind="Sub-task", item=key, parent=s, summary=ssum, desc=sdesc,
                       status=sstat,
                       created=max(created, dt.datetime(2019, 11, 4)) + dt.timedelta(
                           days=rng.randint(5, 60), hours=rng.randint(8, 16),
                           minutes=j * 3 + rng.randint(0, 40)))
        truth_of[id(st)] = (key, cat, "sub")

for loc in LOCAL:
    spec = loc["spec"]
    rep = loc["epic"]
    if rep in REPORT_CREATED:
        created = REPORT_CREATED[rep] + dt.timedelta(days=rng.randint(0, 20),
                                                      minutes=rng.randint(5, 300))
    else:
        _t += dt.timedelta(seconds=rng.randint(1, 4))
        created = _t
    s = new_issue(kind="Story", item=loc["key"], rep=rep, typ=None, text=None, spec=spec,
                  created=created, epic=rep)
    truth_of[id(s)] = (None, "not_on_hmicfrs_list", loc["why"])
    for j, (ssum, sdesc, sstat) in enumerate(spec.get("subtasks", [])):
        st = new_issue(kind="Sub-task", item=loc["key"], parent=s, summary=ssum, desc=sdesc,
                       status=sstat, created=created + dt.timedelta(days=rng.randint(3, 30),
                                                                    minutes=j * 4))
        truth_of[id(st)] = (None, "not_on_hmicfrs_list", loc["why"] + " (sub-task)")

# keys and ids in creation order, with the odd gap (deleted issues)
issues.sort(key=lambda i: i.created)
_n, _id = 0, 10000
for iss in issues:
    _n += 1 + (1 if rng.random() < 0.06 else 0)
    _id += rng.randint(1, 3)
    iss.key = f"HMIC-{_n}"
    iss.iid = _id

STATUS_CAT = {"To Do": "To Do", "In Progress": "In Progress", "In Review": "In Progress",
              "Blocked": "In Progress", "Done": "Done", "Won't Do": "Done"}


def fill(iss: Issue):
    spec = getattr(iss, "spec", None) or {}
    if iss.kind == "Epic":
        title, pub, name, label, _ = REPORTS[iss.rep]
        iss.summary = name
        iss.itype = "Epic"
        iss.status = "Done" if pub and pub.year < 2019 else "In Progress"
        if title:
            iss.desc = (f"HMICFRS report: *{title}*\nPublished {pub.day} {pub.strftime('%B %Y')}."
                        if rng.random() < 0.8 else "")
        elif iss.rep == "cdi14":
            iss.desc = "Crime data integrity inspection 2014 (imported from the old tracker)."
        else:
            iss.desc = ("Force's own improvement actions arising from the 2024 force management "
                        "statement and JAC audit plan. Not HMICFRS items.")
        iss.labels = ["HMICFRS", label] if title else [label]
        iss.published = jdate(pub) if pub else ""
        iss.parent = None
        iss.resolution = "Done" if iss.status == "Done" else ""
        iss.assignee = ANALYST
        iss.comments = []
        iss.ref = ""
        iss.priority = "Medium"
        iss.due = None
        return
    if iss.kind == "Sub-task":
        iss.itype = "Sub-task"
        iss.labels = []
        iss.resolution = {"Done": "Done", "Won't Do": "Won't Do"}.get(iss.status, "")
        iss.assignee = rng.choice(PEOPLE)
        iss.comments = []
        iss.ref = ""
        iss.priority = "Medium"
        iss.due = (iss.created + dt.timedelta(days=rng.randint(60, 200))).date() \
            if rng.random() < 0.6 else None
        iss.published = ""
        return
    # Story / Task
    iss.itype = "Task" if iss.created < dt.datetime(2021, 1, 1) else "Story"
    iss.summary = spec["summary"]
    iss.status = spec["status"]
    iss.resolution = spec.get("res", {"Done": "Done", "Won't Do": "Won't Do"}.get(iss.status, ""))
    ref = spec.get("ref")
    hid = HIDS.get(iss.item)
    if ref == "typo":
        s = str(hid)
        ref_val = s[:-2] + s[-1] + s[-2]
    elif ref in HIDS:
        ref_val = str(HIDS[ref])
    elif iss.text is not None and not getattr(iss, "dup_of", None) and \
            iss.created >= dt.datetime(2021, 1, 1) and rng.random() < 0.75:
        ref_val = str(hid)
    elif iss.text is not None and not getattr(iss, "dup_of", None) and rng.random() < 0.35:
        ref_val = str(hid)
    else:
        ref_val = ""
    iss.ref = ref_val
    typ = iss.typ
    iss.desc = desc_for(spec.get("desc", "plain"), iss.text or "", typ,
                        ref_val if ref_val and rng.random() < 0.5 else None) \
        if spec.get("desc", "plain") in ("plain", "wiki", "bold", "color") else spec["desc"]
    labrep = spec.get("label_report", iss.rep)
    if iss.text is None:
        iss.labels = list(spec.get("labels", []))
    else:
        tl = spec.get("labels") or LABEL_TYPE[typ]
        iss.labels = ["HMICFRS", REPORTS[labrep][3]] + list(tl)
    iss.parent = epics[iss.epic] if iss.epic else None
    iss.assignee = rng.choice(PEOPLE) if rng.random() < 0.9 or iss.status != "To Do" else ""
    iss.comments = list(spec.get("comments", []))
    iss.priority = rng.choice(["High", "Medium", "Medium", "Low"]) if typ != COC else "Highest"
    iss.published = ""
    if iss.status in ("Done", "Won't Do") and rng.random() < 0.5:
        iss.due = None
    else:
        iss.due = (iss.created + dt.timedelta(days=rng.randint(90, 420))).date() \
            if rng.random() < 0.8 else None


for iss in issues:
    fill(iss)

# Times: updated, resolved, last viewed, status category changed, comment times
for iss in issues:
    c = iss.created
    span = (EXPORT_AT - c).total_seconds()
    upd = c + dt.timedelta(seconds=int(span * rng.uniform(0.35, 0.98)))
    iss.updated = upd
    iss.resolved = None
    imported_no_res = (iss.kind == "Story" and iss.created.date() == IMPORT_AT.date()
                       and iss.resolution == "")
    if (iss.status in ("Done", "Won't Do") or getattr(iss, "spec", {}).get("reopened")) \
            and not imported_no_res:
        iss.resolved = c + dt.timedelta(seconds=int((upd - c).total_seconds() *
                                                    rng.uniform(0.5, 0.95)))
    iss.sc_changed = iss.resolved or (c + dt.timedelta(seconds=int((upd - c).total_seconds()
                                                                    * rng.uniform(0.1, 0.9))))
    if imported_no_res and iss.status in ("Done", "Won't Do"):
        iss.sc_changed = c
    if getattr(iss, "spec", {}).get("reopened"):
        iss.sc_changed = iss.resolved + dt.timedelta(days=rng.randint(10, 40))
        iss.updated = max(iss.updated, iss.sc_changed + dt.timedelta(days=2))
    iss.last_viewed = (EXPORT_AT - dt.timedelta(days=rng.randint(0, 40), minutes=rng.randint(0, 600))
                       if rng.random() < 0.55 else None)
    if iss.last_viewed and iss.last_viewed < iss.created:
        iss.last_viewed = None
    ctimes = []
    for k, _ in enumerate(iss.comments):
        lo = iss.created + dt.timedelta(days=3)
        ctimes.append(lo + dt.timedelta(seconds=int((iss.updated - lo).total_seconds() *
                                                    (k + 1) / (len(iss.comments) + 1))))
    iss.ctimes = ctimes

for iss in issues:
    iss.updated = office(iss.updated)
    iss.resolved = office(iss.resolved)
    iss.sc_changed = iss.sc_changed if iss.sc_changed == iss.created else office(iss.sc_changed)
    iss.ctimes = [office(t) for t in iss.ctimes]
    iss.last_viewed = office(iss.last_viewed)
    if iss.last_viewed and iss.last_viewed < iss.created:
        iss.last_viewed = None
    # office() can move a time to the previous Friday: keep created <= others <= updated
    for name in ("resolved", "sc_changed"):
        v = getattr(iss, name)
        if v is not None:
            setattr(iss, name, min(max(v, iss.created), iss.updated))
    iss.ctimes = [min(max(t, iss.created), iss.updated) for t in iss.ctimes]
    if iss.updated < iss.created:
        iss.updated = iss.created

# attachments on some done items
for iss in issues:
    iss.attachments = []
    if iss.kind == "Story" and iss.status in ("Done", "In Review") and rng.random() < 0.45:
        t = iss.updated - dt.timedelta(days=rng.randint(0, 5))
        name = f"{iss.summary.split('–')[0].strip().replace(' ', '_').replace('/', '-')[:28]}_evidence.pdf"
        iss.attachments.append((t, name))

# Rank
for n, iss in enumerate(sorted(issues, key=lambda i: i.created)):
    iss.rank = "0|i00" + format(1200 + n * 7, "x") + ":"

# --------------------------------------------------------------------------------------------
# Write tracker.csv (Jira Cloud "Export CSV (all fields)", ORDER BY created DESC)
# --------------------------------------------------------------------------------------------
N_LABELS = max(len(i.labels) for i in issues)
N_COMMENTS = max(len(i.comments) for i in issues)
N_ATT = max(1, max(len(i.attachments) for i in issues))
HEADER = (["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key",
           "Project name", "Project type", "Project lead", "Project lead id",
           "Project description", "Priority", "Resolution", "Assignee", "Assignee Id",
           "Reporter", "Reporter Id", "Creator", "Creator Id", "Created", "Updated",
           "Last Viewed", "Resolved", "Due date", "Votes"]
          + ["Labels"] * N_LABELS
          + ["Description", "Environment", "Watchers", "Watchers", "Watchers Id", "Watchers Id",
             "Original estimate", "Remaining Estimate", "Time Spent", "Work Ratio",
             "Σ Original Estimate", "Σ Remaining Estimate", "Σ Time Spent", "Security Level",
             "Inward issue link (Cloners)", "Outward issue link (Cloners)",
             "Inward issue link (Duplicate)", "Outward issue link (Duplicate)"]
          + ["Attachment"] * N_ATT
          + ["Custom field (HMICFRS reference)", "Custom field (Report published)",
             "Custom field (Rank)", "Custom field (Start date)",
             "Custom field (Story point estimate)", "Sprint"]
          + ["Comment"] * N_COMMENTS
          + ["Parent", "Parent key", "Parent summary", "Status Category",
             "Status Category Changed"])

by_item_story = {s.item: s for s in issues if s.kind == "Story" and not getattr(s, "dup_of", None)}


def row_for(iss: Issue) -> list[str]:
    watchers = [iss.assignee] if iss.assignee else []
    if ANALYST not in watchers:
        watchers.append(ANALYST)
    watchers = (watchers + ["", ""])[:2]
    labels = (iss.labels + [""] * N_LABELS)[:N_LABELS]
    comments = [f"{jdt(t)};{account_id(ANALYST if k % 2 else (iss.assignee or ANALYST))};{c}"
                for k, (t, c) in enumerate(zip(iss.ctimes, iss.comments))]
    comments = (comments + [""] * N_COMMENTS)[:N_COMMENTS]
    atts = [f"{jdt(t)};{account_id(iss.assignee or ANALYST)};{n};"
            f"https://force-improvement.atlassian.net/rest/api/3/attachment/content/"
            f"{20000 + iss.iid % 9000}" for t, n in iss.attachments]
    atts = (atts + [""] * N_ATT)[:N_ATT]
    spec = getattr(iss, "spec", None) or {}
    clone_in = clone_out = dup_in = dup_out = ""
    if spec.get("clone_of"):
        clone_out = by_item_story[spec["clone_of"]].key
    for other in issues:
        osp = getattr(other, "spec", None) or {}
        if iss.kind == "Story" and osp.get("clone_of") == getattr(iss, "item", None) \
                and other is not iss and not getattr(iss, "dup_of", None):
            clone_in = other.key
    if getattr(iss, "dup_of", None):
        dup_out = by_item_story[iss.dup_of].key
    elif iss.kind == "Story":
        for other in issues:
            if getattr(other, "dup_of", None) == iss.item and other is not iss:
                dup_in = other.key
    parent = iss.parent
    reporter = ANALYST
    return ([iss.summary, iss.key, str(iss.iid), iss.itype, iss.status, "HMIC",
             "HMICFRS Recommendations", "software", LEAD, account_id(LEAD),
             "Tracking of HMICFRS recommendations, areas for improvement and causes of concern "
             "for Cheshire Constabulary. Owner: Organisational Learning.",
             iss.priority, iss.resolution, iss.assignee,
             account_id(iss.assignee) if iss.assignee else "", reporter, account_id(reporter),
             reporter, account_id(reporter), jdt(iss.created), jdt(iss.updated),
             jdt(iss.last_viewed), jdt(iss.resolved), jdate(iss.due), "0"]
            + labels
            + [iss.desc, "", watchers[0], watchers[1],
               account_id(watchers[0]) if watchers[0] else "",
               account_id(watchers[1]) if watchers[1] else "",
               "", "", "", "", "", "", "", "", clone_in, clone_out, dup_in, dup_out]
            + atts
            + [iss.ref, iss.published, iss.rank, "", "", ""]
            + comments
            + [str(parent.iid) if parent else "", parent.key if parent else "",
               parent.summary if parent else "", STATUS_CAT[iss.status], jdt(iss.sc_changed)])


def build():
    CASE.mkdir(parents=True, exist_ok=True)
    export = sorted(issues, key=lambda i: (i.created, i.iid), reverse=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    force_row = {}
    for n, iss in enumerate(export):
        r = row_for(iss)
        assert len(r) == len(HEADER), (len(r), len(HEADER))
        w.writerow(r)
        force_row[id(iss)] = n + 2  # header = Excel row 1
    (CASE / "tracker.csv").write_bytes(buf.getvalue().encode("utf-8"))

    # ---- HMICFRS workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = "HMICFRS – Recommendations, areas for improvement and causes of concern: " \
               "definitive list"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"Force: {FORCE}"
    ws["A3"] = ("List produced 1 November 2024. Please confirm the status of each item with your "
                "Force Liaison Lead by 29 November 2024.")
    hdr = ["ID", "Report", "Publication date", "Type", "Recommendation / AFI text", "Status",
           "Status date", "HMICFRS comment"]
    HROW = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HROW, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
    hrow_of = {}
    for n, (key, hid, title, pub, typ, text, status, sdate, comment) in enumerate(hmicfrs_rows()):
        r = HROW + 1 + n
        vals = [hid, title, dt.datetime(pub.year, pub.month, pub.day), typ, text, status,
                dt.datetime(sdate.year, sdate.month, sdate.day), comment or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 3).number_format = "dd/mm/yyyy"
        ws.cell(r, 7).number_format = "dd/mm/yyyy"
        hrow_of[key] = r
    for col, wd in zip("ABCDEFGH", [9, 45, 14, 24, 90, 18, 13, 50]):
        ws.column_dimensions[col].width = wd
    ws.freeze_panes = f"A{HROW + 1}"
    ws.auto_filter.ref = f"A{HROW}:H{HROW + len(hrow_of)}"
    fixed = dt.datetime(2024, 11, 1, 8, 30)
    wb.properties.creator = "HMICFRS"
    wb.properties.created = fixed
    path = CASE / "hmicfrs.xlsx"
    wb.save(path)
    normalise_xlsx(path, fixed)

    # ---- truth.csv
    cat_of = {it[0]: it[5] for it in ITEMS}
    why_of = {it[0]: (it[6] or {}).get("why", "") if it[6] else "" for it in ITEMS}
    lines = []
    paired = set()
    for iss in export:
        if iss.kind == "Epic":
            continue
        key, cat, note = truth_of[id(iss)]
        fr = f"tracker.csv!{force_row[id(iss)]}"
        if key is None:
            lines.append(("", fr, cat, note))
            continue
        paired.add(key)
        why = why_of[key] or default_why(cat, key)
        if note == "sub":
            why = f"sub-task (action/bullet) of {by_item_story[key].key}; " + why
        elif note == "dup":
            why = (f"duplicate ticket of {by_item_story[key].key} closed as Duplicate; same item; "
                   + why)
        lines.append((f"Definitive list!{hrow_of[key]}", fr, cat, why))
    for it in ITEMS:
        if it[0] not in paired:
            assert it[5] == "missing_from_force", it[0]
            lines.append((f"Definitive list!{hrow_of[it[0]]}", "", it[5],
                          "on the HMICFRS list, no ticket in the tracker"))
    lines.sort(key=lambda l: (int(l[0].split("!")[1]) if l[0] else 10_000,
                              int(l[1].split("!")[1]) if l[1] else 0))
    tb = io.StringIO()
    tw = csv.writer(tb, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    tw.writerows(lines)
    (CASE / "truth.csv").write_bytes(tb.getvalue().encode("utf-8"))
    return export, hrow_of, force_row, lines


def default_why(cat, key):
    hs = next(it[4] for it in ITEMS if it[0] == key)
    st = by_item_story[key]
    fs = st.status + (f" (resolution {st.resolution})" if st.resolution else "")
    return {
        "in_sync": f"HMICFRS {hs}, force {fs}: both sides agree",
        "closeable_submit": f"HMICFRS {hs} (open), force {fs} (done)",
        "closeable_local": f"HMICFRS {hs} (closed), force {fs} (open)",
    }[cat]


def normalise_xlsx(path: Path, fixed: dt.datetime):
    """Fix zip timestamps and the core properties' modified time so rebuilds are identical."""
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    stamp = fixed.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=fixed.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, data)


if __name__ == "__main__":
    export, hrow_of, force_row, lines = build()
    from collections import Counter
    print("hmicfrs items", len(hrow_of), "tracker records", len(export),
          "truth lines", len(lines))
    print(Counter(l[2] for l in lines))
