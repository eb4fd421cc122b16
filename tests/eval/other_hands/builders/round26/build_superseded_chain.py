"""Build the evaluation case ``superseded_chain`` (round 26).

A force (Staffordshire Police) whose HMICFRS recommendations were repeatedly superseded by
later inspections. The HMICFRS definitive list (``hmicfrs.xlsx``) keeps the older items closed
as "Closed – superseded" with a "Superseded by" column naming the newer item's reference, next
to the newer items, often worded almost the same a year or two later. The force tracker
(``tracker.xlsx``: a live sheet grouped under report-title rows and an archive sheet of closed
and superseded items) handles supersession inconsistently.

Every text an HMICFRS item carries is real public HMICFRS wording (Open Government Licence),
copied from /work/shared/data/real_recommendations.csv and the casegen text lists; stems and
follow-on sentences are real ones recombined. Progress notes, local actions and the force's own
rewordings are written here, as a force analyst would.

Run:  /work/main/.venv/bin/python build_superseded_chain.py
Rebuilds ``superseded_chain/`` byte for byte (fixed seed, fixed zip timestamps).
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

SEED = 26_0617
CASE = "superseded_chain"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Staffordshire Police"
FIXED_TS = dt.datetime(2024, 10, 7, 9, 0, 0)

rng = random.Random(SEED)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date)
# --------------------------------------------------------------------------------------------
REPORTS: dict[str, tuple[str, dt.date]] = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "eff15f": (f"PEEL: Police efficiency 2015 – {FORCE}", dt.date(2015, 10, 15)),
    "eff15": (f"PEEL: Police effectiveness 2015 – {FORCE}", dt.date(2016, 2, 25)),
    "ncpi16": (f"National child protection inspection 2016 – {FORCE}", dt.date(2016, 6, 16)),
    "eff16f": (f"PEEL: Police efficiency 2016 – {FORCE}", dt.date(2016, 11, 3)),
    "leg16": (f"PEEL: Police legitimacy 2016 – {FORCE}", dt.date(2016, 12, 8)),
    "cdi16": (f"Crime data integrity inspection 2016 – {FORCE}", dt.date(2016, 12, 15)),
    "eff16": (f"PEEL: Police effectiveness 2016 – {FORCE}", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "efc17f": (f"PEEL: Police efficiency 2017 – {FORCE}", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "leg17f": (f"PEEL: Police legitimacy 2017 – {FORCE}", dt.date(2017, 12, 12)),
    "eff17": (f"PEEL: Police effectiveness 2017 – {FORCE}", dt.date(2018, 3, 22)),
    "cust18": ("Report on an unannounced inspection visit to police custody suites in "
               "Staffordshire", dt.date(2018, 8, 21)),
    "peel19": (f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}",
               dt.date(2019, 5, 2)),
    "cdi19": (f"Crime data integrity inspection 2019 – {FORCE}", dt.date(2019, 9, 26)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel22": (f"PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – {FORCE}",
               dt.date(2022, 4, 8)),
    "cust22": ("Report on an unannounced inspection visit to police custody suites in "
               "Staffordshire", dt.date(2022, 11, 15)),
    "peel25": (f"PEEL 2023–2025: Police effectiveness, efficiency and legitimacy – {FORCE}",
               dt.date(2024, 3, 14)),
}

# --------------------------------------------------------------------------------------------
# Real texts (OGL)
# --------------------------------------------------------------------------------------------
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
CDI_BODY = "put in place arrangements to ensure that:\n" + "\n".join("• " + b for b in CDI_BULLETS)

MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
MISSING_BODY = ("review its approach to reports of missing children and take steps to ensure "
                "that:\n" + "\n".join("• " + b for b in MISSING_BULLETS))

CHILDREN_BULLETS = [
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;",
    "ensure that officers and staff in the custody suite assess at an early stage a child’s need "
    "for alternative accommodation (secure or otherwise) and work with children’s social care "
    "services to achieve the most appropriate option for the child;",
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and",
    "improve the timeliness of adequate appropriate adult support for children who are arrested",
]

SF_LEADERSHIP_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to share "
    "information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = ("Within twelve months, forces should review their leadership and governance "
                 "arrangements for modern slavery and human trafficking, to ensure that:\n"
                 + "\n".join("• " + b for b in SF_LEADERSHIP_BULLETS))

SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and frequently "
    "monitoring a comprehensive set of data and information on use of stop and search powers to "
    "understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the use "
    "of stop and search; •the extent to which find rates differ between people from different "
    "ethnicities, and across different types of searches (including separate identification of "
    "find rates for drug possession and supply-type offences); and •the prevalence of "
    "possession-only drug searches, and the extent to which these align with local or force "
    "level priorities."
)
BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of all "
    "stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers to "
    "account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "By September 2021, forces should: " + "\n".join(BWV_PARTS)

EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish an "
    "action plan that specifies in detail what steps it will take to improve its approach to "
    "domestic abuse.\n\n"
    "This action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments."
)

SUPERVISION_17 = ("The force should improve the supervision of investigations, so that "
                  "investigation plans are set, reviewed and recorded and victims receive a "
                  "consistently good service.")
DIGITAL_EVIDENCE = ("improve its ability to retrieve digital evidence from mobile phones, "
                    "computers and other electronic devices quickly enough to ensure "
                    "investigations are not delayed")
RUI = ("improve its understanding of suspects released under investigation and the management "
       "of those released on bail")
VETTING = ("ensure all staff have received at least the lowest level of vetting clearance for "
           "their roles as quickly as possible, working to clear both the vetting backlog and new "
           "vetting renewals when they become due so that it complies fully with the national "
           "vetting guidelines")
WORKFORCE_PLAN = ("The force should develop a future workforce plan that is aligned with its "
                  "overall demand and budget. The plan should include future resource "
                  "allocations, the mix of skills required by the workforce and behaviours "
                  "expected of them.")
DEMAND = ("The force should undertake further work to gain a fuller understanding of current "
          "demand for its services, and likely future changes in demand.")
USE_OF_FORCE_BODY = ("effective internal monitoring processes on the use of force, to help "
                     "{p} to identify and understand disproportionate use, explain the reasons "
                     "and implement any necessary improvement action.")

# Real register comments (research notes 1.2; JAC paper 30 Nov 2017).
C_PEEL_EFF = ("This area of activity has subsequently been inspected in HMIC's PEEL "
              "Effectiveness inspections. Where a cause of concern still exists this will appear "
              "in the register against these subsequent inspections.")
C_AUSTERITY = ("No further action is required. This area of activity has subsequently been "
               "inspected each year, most recently in HMICFRS's PEEL Efficiency inspections.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_NEW = "New recommendation"
C_COMPLETE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMICFRS and will "
            "be updated when this review is complete.")


def sup_comment(new_refs: str, report_key: str) -> str:
    title = REPORTS[report_key][0]
    return (f"Superseded by {new_refs} ({title}). Progress will be monitored against the new "
            f"{'items' if ';' in new_refs else 'item'}.")


# --------------------------------------------------------------------------------------------
# HMICFRS definitive list. status date: a date (closure / last update)
# fields: ref, report, type, text, status, status_date, superseded_by, comment
# --------------------------------------------------------------------------------------------
BP, AR, CO, SUP, NFA = ("Being progressed", "Awaiting review", "Complete", "Closed – superseded",
                        "No further action required")
D = dt.date

HM: list[dict] = []


def hm(ref, rep, typ, text, status, sdate, sup="", comment=""):
    HM.append(dict(ref=ref, rep=rep, type=typ, text=text, status=status, sdate=sdate,
                   sup=sup, comment=comment))


# Stop and search 2013
hm(1186, "sas13", NAT,
   "Chief Constables and the College of Policing should establish in the Stop and Search "
   "Authorised Professional Practice document a clear specification of what constitutes the "
   "effective and fair exercise of stop and search powers, and guidance in this respect. This "
   "should be compliant with the Code of Practice.", CO, D(2016, 4, 21), "", C_COMPLETE)
hm(1187, "sas13", NAT,
   "Chief Constables should establish or improve monitoring of the way officers stop and search "
   "people, so that they can be satisfied their officers are acting in accordance with the law "
   "(including equality legislation and the Code of Practice), and that the power is used "
   "effectively to prevent crime, catch criminals and maintain public trust.",
   SUP, D(2017, 12, 12), "8542", sup_comment("8542", "leg17"))
hm(1188, "sas13", NAT,
   "Chief Constables should, in consultation with elected local policing bodies, ensure that "
   "they comply with the code of practice by explaining to the public the way stop and search "
   "powers are used in their areas and by making arrangements for stop and search records to be "
   "scrutinised by community representatives. This should be done in a way that involves those "
   "people who are stopped and searched, for example, young people.",
   SUP, D(2015, 3, 24), "5311", sup_comment("5311", "sas15"))
# Everyone's business 2014
hm(2321, "everyone", NAT, EVERYONE_PLAN, SUP, D(2017, 3, 2), "7104", C_PEEL_EFF)
# Policing in austerity 2014
hm(4410, "austerity", NAT,
   "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
   "are doing all they can to continue to reduce crime and protect the front line while "
   "balancing their budgets. They should use the data and information contained in this report, "
   "and in HMIC's Value for Money profiles, when conducting their reviews",
   NFA, D(2017, 11, 9), "", C_AUSTERITY)
hm(4411, "austerity", NAT,
   "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
   "through collaboration should assess whether there is scope to improve on this position. "
   "HMIC will follow up the assessments in the autumn.", NFA, D(2017, 11, 9), "", C_AUSTERITY)
hm(4412, "austerity", NAT,
   "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
   "workforce and/or police officers on the front line should assess whether they have taken "
   "the decisive action seen in many forces in order to maintain their crime fighting capacity. "
   "HMIC will follow up the assessments in the autumn.", NFA, D(2017, 11, 9), "", C_AUSTERITY)
hm(4413, "austerity", NAT,
   "In preparation for the next spending round period all Chief Constables and PCCs should "
   "review their plans for collaboration. In particular they should consider whether there is "
   "scope to deliver better value for money and improved capability and capacity through joint "
   "working with other forces, the public and/or the private sector.",
   NFA, D(2017, 11, 9), "", C_AUSTERITY)
# Core business 2014
hm(4822, "core", NAT,
   "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
   "not yet done so, should provide call-handlers with specific, sound and comprehensible "
   "criteria against which they can assess threat, harm and risk.",
   SUP, D(2016, 2, 25), "6118", C_PEEL_EFF)
hm(4823, "core", NAT,
   "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
   "carried out is systematically recorded and subsequently evaluated to determine the "
   "effectiveness of tactics being employed.", CO, D(2016, 9, 8), "", C_COMPLETE)
# Integrity matters 2015
hm(5104, "integrity", NAT,
   "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
   "in place to ensure that investigations into misconduct by officers and staff resulting in "
   "“no further action” are fair and free of any form of discrimination.",
   CO, D(2016, 1, 14), "", C_COMPLETE)
# Stop and search 2 (2015)
hm(5311, "sas15", NAT,
   "Chief constables should, in consultation with police and crime commissioners, ensure that "
   "they comply with the Code of Practice by explaining to the public the way stop and search "
   "powers are used in their areas and by making arrangements for stop and search records to be "
   "scrutinised by community representatives. This should be done in a way that involves those "
   "people who are stopped and searched, for example young people.",
   CO, D(2017, 5, 18), "", C_AUTH)
# Building the picture 2015
hm(5620, "picture", NAT,
   "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits "
   "of compliance with the APP on information management through the force information "
   "management governance structure. This should include measures to ensure that "
   "categorisation of records are regularly adjusted.", BP, D(2023, 6, 30), "", C_MONITOR)
# Targeting the risk 2015
hm(5841, "firearms", NAT,
   "Within three months, all chief constables should assess how well the governance of firearms "
   "licensing in his or her force meets the standards set out in Authorised Professional "
   "Practice. Chief constables of forces where the governance standards are not being complied "
   "with should put in place immediately the correct arrangements and procedures in order to "
   "meet the standards in full.", CO, D(2016, 7, 7), "", C_COMPLETE)
hm(5842, "firearms", NAT,
   "Within three months, all chief constables should assess the demand placed on their firearms "
   "licensing department and ensure it has the capacity to meet this demand and provide an "
   "efficient and effective service at all times.", BP, D(2023, 6, 30), "", C_MONITOR)
hm(5843, "firearms", NAT,
   "Immediately, all chief constables should satisfy themselves that all appropriate action is "
   "being taken by their force with regard to ‘total expired’ licensing records.",
   CO, D(2016, 7, 7), "", C_COMPLETE)
hm(5844, "firearms", NAT,
   "Within three months, all chief constables should ensure that their arrangements in respect "
   "of the use of temporary permits are in accordance with the Home Office guidance; that "
   "temporary permits are properly recorded without delay on the National Firearms Licensing "
   "Management System; and that effective systems exist to ensure certificate holders are not "
   "permitted, at any time, to remain in unlawful possession of a firearm.",
   BP, D(2023, 6, 30), "", C_MONITOR)
hm(5845, "firearms", NAT,
   "Within three months, all chief constables should ensure that systems designed to identify, "
   "prior to police attendance, whether a reported incident involves or is at the address of a "
   "firearm certificate holder are in place and are always applied by staff dispatching "
   "officers to incidents; and that officers understand the risk assessment which they should "
   "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
   "and firearm certificates.", CO, D(2017, 2, 16), "", C_COMPLETE)
# PEEL efficiency 2015 (force)
hm(5902, "eff15f", AFI,
   DEMAND + " This is so it can make best use of its resources by matching them to demand to "
   "meet the needs of the public", SUP, D(2016, 11, 3), "6731", sup_comment("6731", "eff16f"))
hm(5903, "eff15f", AFI,
   "The force should develop its understanding of the links between its outcomes, outputs and "
   "costs", CO, D(2017, 11, 9), "", C_AUTH)
hm(5904, "eff15f", AFI, WORKFORCE_PLAN, SUP, D(2019, 5, 2), "10311; 10312",
   sup_comment("10311; 10312", "peel19"))
# PEEL effectiveness 2015 (force)
hm(6112, "eff15", REC,
   "HMIC recommends that within six months the force should: ensure regular and active "
   "supervision of the quality and progress of investigations. This supervision should be "
   "properly recorded;", SUP, D(2018, 3, 22), "8806", sup_comment("8806", "eff17"))
hm(6118, "eff15", REC,
   "Within three months, the force should provide call-handlers with specific, sound and "
   "comprehensible criteria against which they can assess threat, harm and risk.",
   CO, D(2017, 6, 29), "", C_COMPLETE)
# NCPI 2016
hm(6580, "ncpi16", REC, "Within six months the force should " + MISSING_BODY,
   SUP, D(2018, 3, 22), "8811", sup_comment("8811", "eff17"))
# PEEL efficiency 2016
hm(6731, "eff16f", AFI, DEMAND, CO, D(2018, 1, 25), "", C_COMPLETE)
# PEEL legitimacy 2016: never closed by HMICFRS although 2017 re-issued it
hm(6842, "leg16", AFI, "The force should " + VETTING + ".", BP, D(2018, 2, 1), "", C_REVIEW)
# CDI 2016
hm(6951, "cdi16", REC, "Within six months the force should " + CDI_BODY,
   SUP, D(2019, 9, 26), "11012", sup_comment("11012", "cdi19"))
# PEEL effectiveness 2016
hm(7103, "eff16", COC,
   "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
   "who fail to support the investigation and the low use of police powers of arrest and "
   "prosecution is a cause of concern to HMIC.",
   SUP, D(2022, 4, 8), "16214", sup_comment("16214", "peel22"))
hm(7104, "eff16", REC,
   "In order to improve the service it provides to victims of domestic abuse, offer the best "
   "possible protection and bring more perpetrators to justice, the force should immediately "
   "consider ways of increasing the use of arrest, ancillary orders and other available powers.",
   SUP, D(2022, 4, 8), "16214", sup_comment("16214", "peel22"))
hm(7105, "eff16", REC,
   "To improve the service provided to victims of domestic abuse the force should immediately "
   "take steps to understand and address the reason behind why such a high proportion of "
   "victims of domestic abuse do not support the police investigation.",
   SUP, D(2022, 4, 8), "16214", sup_comment("16214", "peel22"))
hm(7106, "eff16", REC,
   "In addition, the practice of conducting domestic abuse risk assessments over the telephone "
   "and dealing with domestic abuse in the resolution centre should cease",
   CO, D(2018, 3, 22), "", C_AUTH)
# Stolen freedom 2017
hm(8310, "stolen", NAT, SF_LEADERSHIP, BP, D(2023, 6, 30), "", C_MONITOR)
hm(8311, "stolen", NAT,
   "Within six months, forces should have in place active information-sharing agreements with "
   "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
   "victims better and to identify suspects as early as possible", BP, D(2023, 6, 30), "",
   C_MONITOR)
hm(8312, "stolen", NAT,
   "Immediately, forces should ensure that all victims carrying out criminal acts under "
   "compulsion attributable to slavery or exploitation are afforded the protection of early and "
   "continuing consideration of the applicability of the section 45 defence.",
   CO, D(2019, 7, 11), "", C_COMPLETE)
hm(8313, "stolen", NAT,
   "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
   "process as it evolves and are implementing the requirement placed upon them under the "
   "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult "
   "victim of modern slavery or human trafficking.", BP, D(2023, 6, 30), "", C_MONITOR)
hm(8314, "stolen", NAT,
   "Immediately, forces should take steps to ensure they fully comply with national crime "
   "recording standard (NCRS) requirements for offences identified as modern slavery and human "
   "trafficking and that sufficient audit capacity is available to the force crime registrar to "
   "provide reassurance that each force is identifying and managing any gaps in its "
   "crime-recording accuracy for these types of offences.", CO, D(2019, 9, 26), "", C_AUTH)
hm(8315, "stolen", NAT,
   "Immediately, forces should ensure that allegations or indications of modern slavery and "
   "human trafficking are thoroughly investigated and effectively supervised by teams and "
   "individuals with the skills and experience to undertake them (this should include the use "
   "where appropriate of joint intelligence teams and other means to obtain intelligence and "
   "evidence from agencies overseas).", BP, D(2023, 6, 30), "", C_MONITOR)
hm(8316, "stolen", NAT,
   "Immediately, forces should review their use of preventative powers under the Modern Slavery "
   "Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a "
   "clear threat to others in respect of modern slavery and human trafficking offences are "
   "exploited.", BP, D(2023, 6, 30), "", C_MONITOR)
# PEEL efficiency 2017
hm(8402, "efc17", NAT,
   "By September 2018, chief constables should produce an ambitious plan to improve "
   "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
   "Council and Association of Police and Crime Commissioners should support the development of "
   "these plans by establishing a national framework which allows for the provision of "
   "digitally enabled services across force boundaries.", BP, D(2023, 6, 30), "", C_MONITOR)
hm(8419, "efc17f", AFI,
   "The force should ensure that it has sufficient resources available in the control room to "
   "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
   "wellbeing of its workforce.", CO, D(2019, 5, 2), "", C_COMPLETE)
# PEEL legitimacy 2017 (national)
hm(8541, "leg17", COC,
   "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search "
   "powers is consistently reasonable and fair. In particular, there is over-representation of "
   "BAME people, and black people in particular, in stop and search data which many forces are "
   "unable to explain.", CO, D(2021, 2, 26), "", C_COMPLETE)
hm(8542, "leg17", NAT, SAS_MONITORING_2017, BP, D(2023, 6, 30), "", C_MONITOR)
hm(8543, "leg17", NAT,
   "Where forces identify disparities through monitoring, they should demonstrate to the public "
   "that they have:\n•carried out research and analysis in an attempt to understand the reasons "
   "for the disparity, and •taken action to reduce the disparity, where necessary;",
   BP, D(2023, 6, 30), "", C_MONITOR)
hm(8544, "leg17", NAT,
   "We expect forces to publish this analysis and any actions taken at least on an annual "
   "basis, from July 2018.", CO, D(2020, 1, 16), "", C_COMPLETE)
hm(8545, "leg17", NAT,
   "By July 2018, and ongoing following that date, forces should ensure that all officers who "
   "use stop and search powers have been provided with, and understand, training on unconscious "
   "bias and College of Policing APP on stop and search.", BP, D(2023, 6, 30), "", C_MONITOR)
# PEEL legitimacy 2017 (force)
hm(8562, "leg17f", COC, f"The size of the vetting backlog within {FORCE} is a cause of concern.",
   CO, D(2021, 2, 4), "", C_AUTH)
hm(8563, "leg17f", REC,
   "To address this cause of concern, HMIC recommends the force should immediately " + VETTING
   + ".", BP, D(2023, 6, 30), "", C_MONITOR)
# PEEL effectiveness 2017
hm(8806, "eff17", AFI, SUPERVISION_17, SUP, D(2022, 4, 8), "16210",
   sup_comment("16210", "peel22"))
hm(8810, "eff17", COC,
   "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
   "found that the assessment of risk for children who go missing from home was inappropriate "
   "in some cases. We found some instances where children were classed as ‘absent’ when they "
   "should have been recorded as ‘missing’, and risk levels for missing children were sometimes "
   "incorrectly assessed at a lower grade. Children were incorrectly graded at a lower level and "
   "could have been exposed to an increased risk of harm.", CO, D(2019, 5, 2), "", C_AUTH)
hm(8811, "eff17", REC,
   "To address this cause of concern the force should immediately " + MISSING_BODY,
   CO, D(2019, 5, 2), "", C_AUTH)
hm(8815, "eff17", AFI, "The force should " + DIGITAL_EVIDENCE + ".", SUP, D(2022, 4, 8),
   "16218", sup_comment("16218", "peel22"))
# Custody 2018
hm(9420, "cust18", REC,
   "Within six months Staffordshire Police should, in conjunction with children’s social care "
   "services, review how it manages the detention of children. As a minimum it should:"
   + "".join("• " + b for b in CHILDREN_BULLETS),
   SUP, D(2022, 11, 15), "17436", sup_comment("17436", "cust22"))
# PEEL 2018/19
hm(10305, "peel19", REC,
   "HMICFRS recommends that the force should immediately: conduct a review of officers’ "
   "capabilities and capacity to manage their investigative workload, to better understand "
   "investigative demand and the pressures placed upon them; and", CO, D(2021, 3, 18), "",
   C_COMPLETE)
hm(10306, "peel19", AFI, "The force should " + RUI + ".", SUP, D(2022, 4, 8), "16222",
   sup_comment("16222", "peel22"))
hm(10308, "peel19", AFI,
   "The force should improve its use of its crime-recording and management system to better "
   "manage its case files and investigative processes.", BP, D(2023, 6, 30), "", C_MONITOR)
hm(10311, "peel19", AFI,
   "The force should expand the skills project work to include an assessment of all skills, not "
   "only operational, including potential future skills requirements. This assessment should "
   "inform workforce plans.", CO, D(2021, 3, 18), "", C_COMPLETE)
hm(10312, "peel19", AFI,
   "The force should develop a future workforce plan that is aligned with its overall demand "
   "and budget.", BP, D(2023, 6, 30), "", C_MONITOR)
# CDI 2019
hm(11012, "cdi19", REC, "Within three months, the force should " + CDI_BODY, BP,
   D(2023, 6, 30), "", C_MONITOR)
# Disproportionate use of police powers 2021
hm(14501, "powers", NAT,
   "By July 2022, forces should ensure that officers and staff have effective communication "
   "skills, in line with the National Policing Guidelines on Conflict Management. This should be "
   "in addition to existing training on conflict management and de-escalation.",
   BP, D(2023, 6, 30), "", C_MONITOR)
hm(14502, "powers", NAT,
   "By July 2021, forces should ensure that communication skills are reinforced as part of the "
   "programme of continuing professional development for officers and staff, and that "
   "supervisors are supported to routinely and frequently debrief officers on these skills "
   "using body-worn video footage.", CO, D(2022, 9, 1), "", C_COMPLETE)
hm(14503, "powers", NAT, BWV_2021, BP, D(2023, 6, 30), "", C_MONITOR)
hm(14504, "powers", NAT,
   "By July 2021, forces should ensure they have " + USE_OF_FORCE_BODY.format(p="them"),
   SUP, D(2022, 4, 8), "16230", sup_comment("16230", "peel22"))
hm(14505, "powers", NAT,
   "The Home Office and the NPCC should take steps to ensure that the quality of the data "
   "collected on the number of incidents where force has been used to effect a stop and search "
   "is sufficient for publication. The Home Office should publish this data as soon as "
   "possible.", NFA, D(2021, 2, 26), "",
   "No further action required by the force: this recommendation is for the Home Office and "
   "the NPCC.")
# PEEL 2021/22
hm(16210, "peel22", AFI, SUPERVISION_17 + " This supervision should be properly recorded.",
   BP, D(2023, 6, 30), "", C_MONITOR)
hm(16214, "peel22", AFI,
   "The force should make sure it consistently uses ancillary orders and other powers to "
   "protect victims of domestic abuse.", BP, D(2023, 6, 30), "", C_MONITOR)
hm(16218, "peel22", REC, "Within six months, the force should " + DIGITAL_EVIDENCE + ".",
   BP, D(2023, 6, 30), "", C_MONITOR)
hm(16222, "peel22", AFI, "The force should " + RUI + ".", SUP, D(2024, 3, 14), "19844",
   sup_comment("19844", "peel25"))
hm(16226, "peel22", AFI,
   "The force should make sure victims of stalking and harassment are kept informed about the "
   "progress of their case, in line with the Code of Practice for Victims of Crime.",
   BP, D(2023, 6, 30), "", C_MONITOR)
hm(16230, "peel22", AFI,
   "The force should ensure it has " + USE_OF_FORCE_BODY.format(p="it"),
   BP, D(2023, 6, 30), "", C_MONITOR)
hm(16233, "peel22", AFI,
   "The force should improve how it gathers, assesses and acts on intelligence about serious "
   "and organised crime.", CO, D(2023, 6, 30), "", C_COMPLETE)
hm(16235, "peel22", AFI,
   "The force should make sure it records reports of anti-social behaviour accurately and "
   "without delay.", BP, D(2023, 6, 30), "", C_MONITOR)
# Custody 2022
hm(17436, "cust22", REC,
   "The force should, in conjunction with children’s social care services, review how it "
   "manages the detention of children. As a minimum it should:\n"
   + "\n".join("• " + b for b in CHILDREN_BULLETS), BP, D(2023, 6, 30), "", C_MONITOR)
# PEEL 2023-2025
hm(19840, "peel25", COC,
   "The force does not have the capacity or capability to investigate crime effectively and "
   "this is affecting the service being provided to the public. There are failings in the way "
   "that crimes are being investigated.", AR, D(2024, 3, 14), "", C_NEW)
hm(19841, "peel25", REC,
   "Within six months, the force should make sure it has enough specialist capacity and "
   "capability to investigate rape and serious sexual offences.", AR, D(2024, 3, 14), "", C_NEW)
hm(19844, "peel25", REC, "Within six months the force should " + RUI + ".", AR,
   D(2024, 3, 14), "", C_NEW)
hm(19846, "peel25", AFI,
   "The force should make sure its performance framework gives senior leaders a clear picture "
   "of its response to violence against women and girls.", AR, D(2024, 3, 14), "", C_NEW)
hm(19847, "peel25", AFI,
   "The force should improve the timeliness of its response to calls for service involving "
   "people with mental ill health.", AR, D(2024, 3, 14), "", C_NEW)

HM_BY_REF = {h["ref"]: h for h in HM}

# --------------------------------------------------------------------------------------------
# Force tracker
# --------------------------------------------------------------------------------------------
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing"]


def lead(*preferred: str) -> str:
    return rng.choice(preferred) if preferred else rng.choice(LEADS)


def strip_stem(text: str) -> str:
    """The force often pastes the ask without HMICFRS's stem."""
    t = re.sub(r"^(HMICFRS|HMIC) recommends that (within six months )?the force should"
               r"( immediately)?:\s*", "", text)
    return t[0].upper() + t[1:]


LIVE: list[dict] = []    # {"heading": str} or item dict
CLOSED: list[dict] = []


def heading(text: str) -> None:
    LIVE.append({"heading": text})


def live(ref, typ, text, rag, status, progress, target, submitted, truth_ref, cat, why,
         owner=None):
    LIVE.append(dict(ref=ref, type=typ, text=text, lead=owner or lead(), rag=rag, status=status,
                     progress=progress, target=target, submitted=submitted,
                     truth_ref=truth_ref, cat=cat, why=why))


def closed(ref, report, typ, text, status, date_closed, note, truth_ref, cat, why, owner=None):
    CLOSED.append(dict(ref=ref, report=report, type=typ, text=text, lead=owner or lead(),
                       status=status, date_closed=date_closed, note=note,
                       truth_ref=truth_ref, cat=cat, why=why))


T = HM_BY_REF  # shorthand for texts

# ---- Live tracker, grouped under report-title rows ----
heading("Stop and Search 2013 – HMIC national report (July 2013)")
live("1187", "National rec",
     "CCs should establish or improve monitoring of the way officers S&S people, so that they "
     "can be satisfied their officers are acting in accordance with the law (incl. equality "
     "legislation & the Code of Practice), and that the power is used effectively to prevent "
     "crime, catch criminals & maintain public trust.",
     "AMBER", "In progress",
     "S&S scrutiny panel meets quarterly; BWV dip-sampling from Jan 2019. Monitoring data now in "
     "the monthly performance pack - awaiting ethnicity find-rate breakdown from Analysis.",
     "Mar 2019", None, 1187, "closeable_local",
     "Old row still open under its 2013 ref; HMICFRS closed 1187 as superseded by 8542 (PEEL "
     "Legitimacy 2017). Force should close its own entry; 8542 has its own row.",
     owner="ACC Local Policing")

heading("Policing in Austerity – Meeting the Challenge (July 2014, all forces)")
live("4410", "National rec", T[4410]["text"], "AMBER", "Ongoing",
     "Addressed holistically as part of the force change programme.", "Annual", None,
     4410, "closeable_local",
     "HMICFRS: no further action required (closed); force still AMBER/ongoing.",
     owner="Director of Finance")
live("4411", "National rec", T[4411]["text"], "AMBER", "Ongoing",
     "Collaboration savings reviewed with West Midlands Police; HMIC autumn follow-up not "
     "received.", "Annual", None, 4411, "closeable_local",
     "HMICFRS: no further action required (closed); force still AMBER/ongoing.",
     owner="Director of Finance")
live("4412", "National rec", T[4412]["text"], "GREEN", "Complete",
     "Frontline review completed Nov 2014; reported to PCC.", "Nov 2014", None,
     4412, "in_sync", "Closed (no further action) on HMICFRS; complete on force.",
     owner="Director of Finance")
live("4413", "National rec", T[4413]["text"], "GREEN", "Complete",
     "Collaboration plan agreed with OPCC for CSR period.", "Mar 2015", None,
     4413, "in_sync", "Closed (no further action) on HMICFRS; complete on force.",
     owner="Director of Finance")

heading("Building the Picture 2015 (information management)")
live("5620", "National rec", T[5620]["text"], "GREEN", "Complete – to submit",
     "Information Management Board receives quarterly APP compliance audit; records review "
     "schedule in place. Evidence collated for submission.", "30/11/2015", None,
     5620, "closeable_submit", "HMICFRS still being progressed; force GREEN/complete.",
     owner="Head of Information Management")

heading("Targeting the Risk (Firearms Licensing) 2015")
live("5842", "National rec", T[5842]["text"], "GREEN", "Complete",
     "Demand profile completed; two additional FEOs recruited 2022. Backlog cleared.",
     "Dec 2015", dt.date(2023, 1, 12), 5842, "closeable_submit",
     "HMICFRS still being progressed; force GREEN/complete with a submission date.",
     owner="Supt Firearms Licensing")
live("5843", "National rec", T[5843]["text"], "AMBER", "In progress",
     "Weekly total-expired report to Firearms Licensing Manager; 14 cases outstanding.",
     "Ongoing", None, 5843, "closeable_local",
     "HMICFRS complete (closed 2016); force still AMBER.", owner="Supt Firearms Licensing")
live("5844", "National rec",
     "Within six months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.",
     "AMBER", "In progress", "NFLMS recording process re-briefed; audit due Q3.",
     "Mar 2016", None, 5844, "conflict",
     "Same item (ref and text) but the force's copy says 'Within six months' where HMICFRS "
     "says 'Within three months': timescale disagrees. Both open.",
     owner="Supt Firearms Licensing")

heading("NCPI 2016 (National Child Protection Inspection)")
live("6580", "Rec",
     "Review approach to reports of missing children and take steps to ensure that:\n"
     "• call takers understand and use the missing and absent category appropriately;\n"
     "• call takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with CSE and how to respond to such cases; and\n"
     "• supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate and timely investigative and safeguarding action",
     "AMBER", "In progress",
     "Missing from home policy rewritten; 'absent' category removed Nov 2017. CSE awareness "
     "training figures awaited from L&D.", "Dec 2016", None, 6580, "closeable_local",
     "Old 2016 row kept open; HMICFRS closed 6580 as superseded by 8811 (PEEL Effectiveness "
     "2017), which the force tracks and has completed. Close locally.",
     owner="Ch Supt Public Protection")

heading("PEEL Efficiency 2015")
live("5903", "AFI", T[5903]["text"], "AMBER", "In progress",
     "Activity-based costing pilot in Finance; links to outcomes not yet established.",
     "Mar 2017", None, 5903, "closeable_local",
     "HMICFRS complete (closed Nov 2017); force still AMBER.", owner="Director of Finance")

heading("PEEL Legitimacy 2016")
live("6842", "AFI", T[6842]["text"], "GREY", "Superseded – see 8563",
     "Re-issued as a recommendation with the vetting cause of concern in PEEL Legitimacy 2017. "
     "Tracked under 8563.", "Dec 2017", None, 6842, "closeable_submit",
     "Force treats 6842 as superseded (closed) but HMICFRS never closed it: still 'Being "
     "progressed' with no 'Superseded by'. Force should submit it to HMICFRS for closure as "
     "superseded by 8563.", owner="Head of Professional Standards")

heading("PEEL Effectiveness 2016")
live("7103", "CoC", T[7103]["text"], "GREY", "Superseded – see 16214",
     "Carried into PEEL 2021/22 AFI on ancillary orders.", "", None, 7103, "in_sync",
     "HMICFRS closed as superseded by 16214; force marks it superseded (done) though it still "
     "sits on the live sheet. The 16214 it points to has no force row (see 16214).",
     owner="Ch Supt Public Protection")
live("7104", "Rec", T[7104]["text"], "AMBER", "In progress",
     "Positive action policy relaunched; DVPN/DVPO use up 18% on last year. Stalking "
     "protection orders added to DA toolkit.", "Immediately", None, 7104, "closeable_local",
     "HMICFRS closed 7104 as superseded by 16214; force row still AMBER under the old ref. "
     "Close locally (and add 16214, which is missing).", owner="Ch Supt Public Protection")

heading("Stolen Freedom (MSHT) 2017")
live("8310", "National rec",
     "Within 12 months, review leadership & governance arrangements for MSHT to ensure that: "
     "senior leaders prioritise the response to MSHT;",
     "GREEN", "Complete", "MSHT Gold group chaired by ACC Crime since Feb 2018.", "Oct 2018",
     None, 8310, "in_sync",
     "Bullet 1 of 4 of 8310 (split row). Item-level: 2 bullets AMBER so force open; HMICFRS "
     "being progressed.", owner="ACC Crime")
live("8310", "National rec",
     "• every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively;",
     "AMBER", "In progress", "Allocation policy drafted; capacity review with Force CID.",
     "Oct 2018", None, 8310, "in_sync",
     "Bullet 2 of 4 of 8310 (split row); item open on both sides.", owner="Det Ch Supt Force CID")
live("8310", "National rec",
     "• forces develop effective partnership arrangements to co-ordinate activity in order to "
     "share information and safeguard victims; and",
     "GREEN", "Complete", "Anti-slavery partnership in place with both local authorities.",
     "Oct 2018", None, 8310, "in_sync",
     "Bullet 3 of 4 of 8310 (split row); item open on both sides.",
     owner="Ch Supt Public Protection")
live("8310", "National rec",
     "• performance and QA measures are in place to allow senior leaders to assess the nature "
     "and quality of the service provided to victims.",
     "AMBER", "In progress", "MSHT measures to be added to performance pack.", "Oct 2018",
     None, 8310, "in_sync", "Bullet 4 of 4 of 8310 (split row); item open on both sides.",
     owner="ACC Crime")
live("8311", "National rec",
     "Within 6 months, forces should have in place active ISAs with other agencies to "
     "facilitate speedy exchange of intelligence & in order to safeguard victims better & to "
     "identify suspects as early as possible",
     "GREEN", "Complete", "Completed. Evidence submitted to HMICFRS for closure.", "Apr 2018",
     dt.date(2019, 2, 14), 8311, "closeable_submit",
     "HMICFRS still being progressed; force GREEN, complete (submitted 2019, not yet closed by "
     "HMICFRS).", owner="Head of Intelligence")
live("8313", "National rec", T[8313]["text"], "AMBER", "In progress",
     "NRM first-responder training for all response officers; compliance dip-sample quarterly.",
     "Immediately", None, 8313, "in_sync", "Open on both sides.",
     owner="Det Ch Supt Force CID")
live("8314", "National rec", T[8314]["text"], "AMBER", "In progress",
     "FCR audit of MSHT crimes planned for 2024/25 audit programme.", "Immediately", None,
     8314, "closeable_local", "HMICFRS complete (closed 2019 with CDI revisit); force AMBER.",
     owner="Force Crime Registrar")
live("8316", "National rec", T[8316]["text"], "AMBER", "In progress",
     "Slavery and trafficking prevention orders: 3 obtained in 2023.", "Immediately", None,
     8316, "in_sync", "Open on both sides.", owner="Det Ch Supt Force CID")

heading("PEEL Efficiency 17 (all forces)")
live("8402", "National rec", T[8402]["text"], "GREEN", "Complete",
     "Digital strategy 2018-21 approved by Chief Officer Group Sept 2018; refreshed 2022.",
     "Sep 2018", dt.date(2023, 3, 2), 8402, "closeable_submit",
     "HMICFRS still being progressed; force GREEN, submitted.", owner="DCC")

heading("PEEL Legitimacy 2017 – national (stop and search)")
live("8542", "National rec", SAS_MONITORING_2017, "GREEN", "Complete",
     "Monthly S&S disproportionality dashboard incl. find rates by ethnicity and "
     "possession-only drug searches; published on force website.", "Jul 2018",
     dt.date(2022, 7, 21), 8542, "closeable_submit",
     "HMICFRS still being progressed; force GREEN, submitted. (8542 is the item that "
     "superseded 1187.)", owner="ACC Local Policing")
live("8543", "National rec", T[8543]["text"], "AMBER", "In progress",
     "Research commissioned with Keele University; report due.", "Jul 2018", None, 8543,
     "in_sync", "Open on both sides.", owner="ACC Local Policing")
live("8545", "National rec", T[8545]["text"], "AMBER", "In progress",
     "Unconscious bias e-learning 87% complete; refresher scheduled.", "Jul 2018", None, 8545,
     "in_sync", "Open on both sides.", owner="Head of Learning & Development")

heading("PEEL Legitimacy 2017")
live("8563", "Rec", T[8563]["text"], "GREEN", "Pending sign off",
     "Vetting backlog cleared March 2019; all staff hold at least RV. Pending sign off by DCC.",
     "Immediately", None, 8563, "closeable_submit",
     "HMICFRS still being progressed; force GREEN/pending sign off (done).",
     owner="Head of Professional Standards")

heading("PEEL Effectiveness 2017")
live("8815", "AFI", T[8815]["text"], "AMBER", "In progress",
     "Digital forensics backlog down to 6 weeks; kiosk roll-out to LPAs complete.",
     "Mar 2019", None, 8815, "closeable_local",
     "Old row kept open under 8815. HMICFRS closed 8815 as superseded by 16218 (PEEL 2021/22 "
     "recommendation, near-identical wording). The row carries 8815 and the 2017 heading, so "
     "it is 8815's row, not 16218's: close locally; 16218 is missing from the tracker.",
     owner="Det Ch Supt Force CID")

heading("Custody inspection 2018 (HMICFRS/HMIP) – published Aug 2018")
live("17436", "Rec", T[17436]["text"], "AMBER", "In progress",
     "Re-issued in the Nov 2022 custody report - ref updated from 9420 to 17436. Concordat on "
     "children in custody signed with LA; PACE bed availability reviewed monthly.",
     "Feb 2019", None, 17436, "conflict",
     "Old 9420 row re-worded into the 2022 item and its ref updated to 17436, but it still "
     "sits under the 2018 custody heading with the 2018 target date: report and date disagree "
     "with 17436 (Nov 2022). Both open.", owner="Ch Insp Custody")

heading("PEEL 2018/19")
live("10308", "AFI", T[10308]["text"], "GREEN", "Complete",
     "Niche investigation module and file-quality checks live; QA sample shows 92% compliance.",
     "Mar 2020", dt.date(2023, 11, 9), 10308, "closeable_submit",
     "HMICFRS still being progressed; force GREEN, submitted.", owner="Head of Criminal Justice")
live("10312", "AFI", T[10312]["text"], "AMBER", "In progress",
     "Strategic workforce plan 2024-27 in draft; links to MTFP.", "Mar 2025", None, 10312,
     "in_sync", "Open on both sides (10312 is one of the two items that superseded 5904).",
     owner="Director of People")

heading("CDI 2019")
live("11012", "Rec",
     "Within three months, the force should put in place arrangements to ensure that: at the "
     "point of report, victims are believed;",
     "GREEN", "Complete", "Crime recording at first point of contact; THRIVE prompts updated.",
     "Dec 2019", None, 11012, "conflict",
     "Split row 1 of 4 for 11012. The force split the recommendation into 4 rows but HMICFRS's "
     "item has 5 bullets: the 'online reports of crime are triaged' bullet is missing from the "
     "tracker. Missing bullet = conflict for every split row.", owner="Force Crime Registrar")
live("11012", "Rec",
     "• conversations between the call handlers and callers are summarised accurately in the "
     "incident log, thus providing attending officers with full facts on which to base "
     "crime-recording decisions;", "GREEN", "Complete", "Contact centre QA checklist updated.",
     "Dec 2019", None, 11012, "conflict",
     "Split row 2 of 4 for 11012; 5th bullet missing from tracker.", owner="Supt Contact Centre")
live("11012", "Rec",
     "• multiple crimes are always recorded when described within incident records or "
     "identified as part of other recorded crime investigations;", "AMBER", "In progress",
     "FCR audit shows 81% compliance on additional crimes.", "Dec 2019", None, 11012,
     "conflict", "Split row 3 of 4 for 11012; 5th bullet missing from tracker.",
     owner="Force Crime Registrar")
live("11012", "Rec",
     "• the practice of awaiting the results of medical examinations or video interviews "
     "before making crime-recording decisions is stopped", "GREEN", "Complete",
     "Briefed to PVP teams; checked in monthly audit.", "Dec 2019", None, 11012, "conflict",
     "Split row 4 of 4 for 11012; 5th bullet missing from tracker.",
     owner="Force Crime Registrar")

heading("Police powers spotlight (Feb 21)")
live("14501", "National rec", T[14501]["text"], "AMBER", "In progress",
     "Communication skills module in officer safety training from Apr 2023.", "Jul 2022", None,
     14501, "in_sync", "Open on both sides.", owner="Head of Learning & Development")
live("14502", "National rec", T[14502]["text"], "AMBER", "In progress",
     "Supervisor BWV debrief guide drafted; not yet in CPD programme.", "Jul 2021", None,
     14502, "closeable_local", "HMICFRS complete (closed Sept 2022); force still AMBER.",
     owner="Head of Learning & Development")
live("14503", "National rec",
     "By Sept 2021: ensure that officers record on BWV (when this is available) the entirety "
     "of all S&S encounters, including traffic stops & use of force incidents.",
     "GREEN", "Complete", "BWV mandatory for all S&S since Jun 2021; compliance 96%.",
     "Sep 2021", dt.date(2022, 10, 6), 14503, "closeable_submit",
     "Part 1 of 3 of 14503 (split row). All three parts GREEN; HMICFRS still being "
     "progressed.", owner="ACC Local Policing")
live("14503", "National rec",
     "have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of BWV footage to identify and disseminate learning and hold officers to account "
     "when behaviour falls below acceptable standards.",
     "GREEN", "Complete", "Monthly BWV review by Legitimacy Board.", "Sep 2021",
     dt.date(2022, 10, 6), 14503, "closeable_submit",
     "Part 2 of 3 of 14503 (split row); all parts done, HMICFRS open.",
     owner="ACC Local Policing")
live("14503", "National rec",
     "provide external scrutiny panel members with access to samples of BWV footage showing "
     "S&S encounters & use of force incidents, taking account of the safeguards in the CoP's "
     "APP.", "GREEN", "Complete", "Panel views footage at each meeting.", "Sep 2021",
     dt.date(2022, 10, 6), 14503, "closeable_submit",
     "Part 3 of 3 of 14503 (split row); all parts done, HMICFRS open.",
     owner="ACC Local Policing")
live("14504", "National rec", T[14504]["text"], "GREY", "Superseded – see 16230",
     "Now tracked as PEEL 2021/22 AFI 16230.", "Jul 2021", None, 14504, "in_sync",
     "HMICFRS closed as superseded by 16230; force marks it superseded (done).",
     owner="ACC Local Policing")
live("14505", "National rec", T[14505]["text"], "WHITE", "Not for force",
     "Not the force's responsibility to deliver; Home Office / NPCC action.", "", None,
     14505, "in_sync",
     "HMICFRS: no further action required (not for forces); force WHITE (not ours, done).",
     owner="ACC Local Policing")

heading("PEEL 2021/22 – published April 2022")
live("16210", "AFI", T[16210]["text"], "AMBER", "In progress",
     "Investigation standards board; supervisory review compliance 74% (target 90%).",
     "Mar 2023", None, 16210, "in_sync",
     "Open on both sides. Last link of the chain 6112 -> 8806 -> 16210; 8806's text is almost "
     "identical but 8806 has its own (superseded) row on the Closed sheet.",
     owner="Det Ch Supt Force CID")
live("16222", "AFI", T[16222]["text"], "AMBER", "In progress",
     "Carried forward - RUI now covered by PEEL 2023-25 rec (see 19844). Bail/RUI review "
     "dashboard live.", "Mar 2023", None, 16222, "closeable_local",
     "HMICFRS closed 16222 as superseded by 19844; force row still AMBER/In progress (the note "
     "says carried forward but status was never changed). Close locally.",
     owner="Head of Criminal Justice")
live("16226", "AFI", T[16226]["text"], "AMBER", "In progress",
     "Victim contact contracts in Niche; VCOP compliance 68%.", "Mar 2023", None, 16226,
     "in_sync", "Open on both sides.", owner="Ch Supt Public Protection")
live("16230", "AFI", T[16230]["text"], "GREEN", "Complete",
     "Use of force dashboard live May 2023; reviewed quarterly by Legitimacy Board. Ready to "
     "move to GREEN status - agreed at OLB Jun 2023.", "Mar 2023", dt.date(2023, 8, 17), 16230,
     "closeable_submit", "HMICFRS still being progressed; force GREEN, submitted.",
     owner="ACC Local Policing")
live("16235", "AFI", T[16235]["text"], "AMBER", "In progress",
     "ASB recording audit by FCR; 79% compliance.", "Mar 2023", None, 16235, "in_sync",
     "Open on both sides.", owner="Force Crime Registrar")
live("", "Local",
     "Local action: Refresh the rural crime problem profile and add it to the control strategy",
     "AMBER", "In progress", "Rural crime team analyst in post.", "Dec 2024", None, None,
     "not_on_hmicfrs_list", "Force's own action, no ref; not an HMICFRS item.",
     owner="Head of Intelligence")

heading("PEEL 2023-25 – published March 2024")
live("19840", "AFI", T[19840]["text"], "AMBER", "In progress",
     "Investigation improvement plan agreed by COG Apr 2024.", "Sep 2024", None, 19840,
     "conflict", "Same ref and text but the force records the cause of concern as an AFI: type "
     "disagrees. Both open.", owner="ACC Crime")
live("19841", "Rec", T[19841]["text"], "AMBER", "In progress",
     "RASSO team uplift of 12 DCs approved.", "Sep 2024", None, 19841, "in_sync",
     "Open on both sides.", owner="Det Ch Supt Force CID")
live("19844", "Rec", T[19844]["text"], "GREEN", "Submitted for closure",
     "RUI reduced by 61%; bail management unit in place. Submitted for closure 02/09/2024.",
     "Sep 2024", dt.date(2024, 9, 2), 19844, "closeable_submit",
     "HMICFRS awaiting review (open); force GREEN, submitted for closure. Last link of the "
     "chain 10306 -> 16222 -> 19844.", owner="Head of Criminal Justice")
live("19847", "AFI", T[19847]["text"], "AMBER", "In progress",
     "Right Care Right Person phase 2 go-live Oct 2024.", "Mar 2025", None, 19847, "in_sync",
     "Open on both sides.", owner="Supt Contact Centre")
live("TBC", "AFI (hot debrief)",
     "Hot debrief 12/10/2023: the force should review its approach to fraud to make sure "
     "victims receive a consistently good service",
     "AMBER", "Awaiting allocation", "Awaiting allocation. To be confirmed against final report.",
     "", None, None, "not_on_hmicfrs_list",
     "Recorded from the hot debrief; no such item in the published report or on the HMICFRS "
     "list. Query with HMICFRS / remove.", owner="Head of Corporate Development")

heading("Force / JAC actions (not HMICFRS)")
live("", "Local",
     "JAC action: Add road harm measures to the monthly Force Performance pack",
     "GREEN", "Complete", "Added from July 2024 pack.", "Jul 2024", None, None,
     "not_on_hmicfrs_list", "Force's own JAC action; not an HMICFRS item.",
     owner="Head of Corporate Development")
live("", "Local",
     "Internal audit action: Internal audit of the hate crime governance arrangements (audit "
     "plan 2023/24)", "AMBER", "In progress", "Fieldwork complete; draft report due.",
     "Mar 2024", None, None, "not_on_hmicfrs_list",
     "Internal audit action; not an HMICFRS item.", owner="Head of Corporate Development")
live("", "Local",
     "Force improvement plan: Deliver refresher training on honour-based abuse to all response "
     "and neighbourhood officers", "RED", "Not started",
     "Little work yet undertaken in this area. Unlikely to reach deadlines.", "Mar 2024", None,
     None, "not_on_hmicfrs_list", "Force improvement-plan action; not an HMICFRS item.",
     owner="Head of Learning & Development")

# ---- Closed & superseded (archive sheet) ----
closed("1186", "Stop and Search 2013", "National rec", T[1186]["text"],
       "Closed – national (CoP) action", dt.date(2016, 5, 12),
       "College of Policing APP published; force policy aligned.", 1186, "in_sync",
       "HMICFRS complete; force closed.", owner="ACC Local Policing")
closed("2321", "Everyone's Business (DA) 2014", "National rec",
       "By September 2014, every police force in England and Wales should establish and publish "
       "an action plan that specifies in detail what steps it will take to improve its approach "
       "to domestic abuse.", "Closed (superseded)", dt.date(2017, 4, 20),
       "HMIC now inspects DA through PEEL Effectiveness; superseded by PEEL Eff 2016 DA recs.",
       2321, "in_sync",
       "HMICFRS closed as superseded (by 7104); force closed as superseded. (Force copied only "
       "the first paragraph of the text.)", owner="Ch Supt Public Protection")
closed("4822", "PEEL Effectiveness 2015", "Rec",
       "Not later than 31 March 2015 those forces using a THR policy, that have not yet done "
       "so, should provide call-handlers with specific, sound & comprehensible criteria against "
       "which they can assess threat, harm & risk.", "Complete", dt.date(2017, 6, 29),
       "THRIVE triage criteria embedded in control room; closed together with PEEL Eff 2015 rec.",
       4822, "conflict",
       "Ref 4822 and the Core Business wording, but the force files it under PEEL Effectiveness "
       "2015 as a force Rec and records it Complete; HMICFRS has it as a 2014 Core Business "
       "national recommendation closed as superseded by 6118. Report/type disagree (both "
       "closed). 6118 has its own row.", owner="Supt Contact Centre")
closed("4823", "Core Business 2014", "National rec", T[4823]["text"], "Complete",
       dt.date(2016, 9, 8), "Crime prevention activity recorded on Niche; evaluated by Analysis.",
       4823, "in_sync", "Closed on both sides.", owner="ACC Local Policing")
closed("5104", "Integrity Matters 2015", "National rec", T[5104]["text"], "Complete",
       dt.date(2016, 1, 14), "PSD NFA outcomes dip-sampled by ethics panel.", 5104, "in_sync",
       "Closed on both sides.", owner="Head of Professional Standards")
closed("5311 (was 1188)", "Stop & search powers 2 (2015)", "National rec",
       T[5311]["text"], "Complete", dt.date(2017, 5, 18),
       "Old 2013 rec 1188 re-issued in S&S 2 (2015); row re-worded and ref updated. Scrutiny "
       "panel with youth members in place.", 5311, "in_sync",
       "Old 1188 row re-worded into the 2015 item and re-referenced '5311 (was 1188)': it is "
       "5311's row. Closed on both sides.", owner="ACC Local Policing")
closed("5841", "Firearms licensing 2015", "National rec", T[5841]["text"], "Complete",
       dt.date(2016, 7, 7), "Governance reviewed against APP.", 5841, "in_sync",
       "Closed on both sides.", owner="Supt Firearms Licensing")
closed("5845", "Firearms licensing 2015", "National rec", T[5845]["text"], "Complete",
       dt.date(2017, 2, 16), "STORM flag for certificate holders live.", 5845, "in_sync",
       "Closed on both sides.", owner="Supt Firearms Licensing")
closed("5902", "PEEL Efficiency 2015", "AFI", T[5902]["text"], "Closed (superseded)",
       dt.date(2016, 11, 3), "Repeated in PEEL Efficiency 2016 (6731).", 5902, "in_sync",
       "HMICFRS closed as superseded by 6731; force closed as superseded.",
       owner="Head of Corporate Development")
closed("5904", "PEEL Efficiency 2015", "AFI", T[5904]["text"],
       "Superseded - see 10311/10312", dt.date(2019, 5, 2),
       "Split into two AFIs in PEEL 2018/19.", 5904, "in_sync",
       "HMICFRS closed as superseded by '10311; 10312'; force marks it superseded.",
       owner="Director of People")
closed("6112", "PEEL Effectiveness 2015", "Rec", strip_stem(T[6112]["text"]),
       "Superseded – see 8806", dt.date(2018, 3, 22), "Superseded by PEEL Eff 2017 AFI.", 6112,
       "in_sync", "HMICFRS closed as superseded by 8806; force marks it superseded.",
       owner="Det Ch Supt Force CID")
closed("6118", "PEEL Effectiveness 2015", "Rec", T[6118]["text"], "Complete",
       dt.date(2017, 6, 29), "THRIVE criteria in place.", 6118, "in_sync",
       "Closed on both sides.", owner="Supt Contact Centre")
closed("6160", "PEEL Legitimacy 2015", "AFI",
       "The force should revise its approach to cautions, cannabis warning and penalty notices "
       "for disorder to ensure that there is a clear and auditable explanation to the offender "
       "of the implications of receiving the warning and that, for victim-based crimes, there is "
       "a clear and auditable record that views of the victim are considered prior to their "
       "issue.", "Complete", dt.date(2017, 3, 9), "OOCD scrutiny panel established.", None,
       "not_on_hmicfrs_list",
       "Ref 6160 is not on the HMICFRS list (no item has this ref or text). Query with HMICFRS.",
       owner="Head of Criminal Justice")
closed("6731", "PEEL Efficiency 2016", "AFI", T[6731]["text"], "Complete",
       dt.date(2018, 1, 25), "Demand modelling completed; FMS 2018.", 6731, "in_sync",
       "Closed on both sides (6731 superseded 5902).", owner="Head of Corporate Development")
closed("6951", "CDI 2016", "Rec", T[6951]["text"], "Superseded – see 11012",
       dt.date(2019, 9, 26), "Re-issued in CDI 2019.", 6951, "in_sync",
       "HMICFRS closed as superseded by 11012; force marks it superseded.",
       owner="Force Crime Registrar")
closed("7105", "PEEL Effectiveness 2016", "Rec", T[7105]["text"], "Closed (superseded)",
       dt.date(2022, 5, 19), "Superseded by PEEL 2021/22.", 7105, "in_sync",
       "HMICFRS closed as superseded by 16214; force closed as superseded.",
       owner="Ch Supt Public Protection")
closed("7106", "PEEL Effectiveness 2016", "Rec", T[7106]["text"], "Complete",
       dt.date(2018, 3, 22), "All DA risk assessments now face to face.", 7106, "in_sync",
       "Closed on both sides.", owner="Ch Supt Public Protection")
closed("8312", "Stolen Freedom (MSHT) 2017", "National rec", T[8312]["text"], "Complete",
       dt.date(2019, 7, 11), "s45 guidance issued to CJ and custody.", 8312, "in_sync",
       "Closed on both sides.", owner="Head of Criminal Justice")
closed("8419", "PEEL Efficiency 2017", "AFI", T[8419]["text"], "Complete",
       dt.date(2019, 5, 2), "Control room resourcing model implemented.", 8419, "in_sync",
       "Closed on both sides.", owner="Supt Contact Centre")
closed("8541", "PEEL Legit 17 S&S", "CoC", T[8541]["text"], "Complete", dt.date(2021, 3, 4),
       "Closed with the S&S recommendations.", 8541, "in_sync", "Closed on both sides.",
       owner="ACC Local Policing")
closed("8544", "PEEL Legit 17 S&S", "National rec", T[8544]["text"], "Complete",
       dt.date(2020, 1, 16), "Annual S&S report published each July.", 8544, "in_sync",
       "Closed on both sides.", owner="ACC Local Policing")
closed("8562", "PEEL Legitimacy 2017", "CoC", T[8562]["text"], "Complete",
       dt.date(2021, 2, 4), "Backlog cleared.", 8562, "in_sync", "Closed on both sides.",
       owner="Head of Professional Standards")
closed("8806", "PEEL Effectiveness 2017", "AFI", T[8806]["text"], "Superseded – see 16210",
       dt.date(2022, 5, 19), "Repeated in PEEL 2021/22.", 8806, "in_sync",
       "HMICFRS closed as superseded by 16210; force marks it superseded. Text nearly the same "
       "as 16210, which has its own live row.", owner="Det Ch Supt Force CID")
closed("8810", "PEEL Effectiveness 2017", "CoC", T[8810]["text"], "Complete",
       dt.date(2019, 5, 2), "Closed following 2018/19 inspection.", 8810, "in_sync",
       "Closed on both sides.", owner="Ch Supt Public Protection")
for i, b in enumerate(MISSING_BULLETS):
    txt = (("To address this cause of concern the force should immediately review its approach "
            "to reports of missing children and take steps to ensure that: ") if i == 0 else
           "• ") + b
    closed("8811", "PEEL Effectiveness 2017", "Rec", txt, "Complete", dt.date(2019, 5, 2),
           "Missing persons policy and CSE training complete.", 8811, "in_sync",
           f"Bullet {i + 1} of 3 of 8811 (split rows, all complete); HMICFRS complete.",
           owner="Ch Supt Public Protection")
closed("10305", "PEEL 2018/19", "Rec", strip_stem(T[10305]["text"]), "Complete",
       dt.date(2021, 3, 18), "Workload review completed; investigative resilience model.",
       10305, "in_sync", "Closed on both sides.", owner="Det Ch Supt Force CID")
closed("10306", "PEEL 2018/19", "AFI", T[10306]["text"], "Superseded – see 16222",
       dt.date(2022, 5, 19), "Repeated in PEEL 2021/22.", 10306, "in_sync",
       "HMICFRS closed as superseded by 16222; force marks it superseded. Same wording as "
       "16222, which has its own live row.", owner="Head of Criminal Justice")
closed("10311", "PEEL 2018/19", "AFI", T[10311]["text"], "Complete", dt.date(2021, 3, 18),
       "Skills audit complete; feeds workforce plan.", 10311, "in_sync",
       "Closed on both sides.", owner="Director of People")
closed("16233", "PEEL 2021/22", "AFI", T[16233]["text"], "Complete", dt.date(2023, 6, 30),
       "SOC intelligence requirement refreshed; closed at Jun 2023 review.", 16233, "in_sync",
       "Closed on both sides.", owner="Head of Intelligence")

# HMICFRS items with no force row
MISSING = {
    1188: "Closed as superseded by 5311. The force re-worded its 1188 row into 5311 and changed "
          "the ref ('5311 (was 1188)'), so no row is left for 1188. Closed, nothing to own.",
    8315: "Stolen Freedom investigation recommendation, being progressed: no force row.",
    9420: "Closed as superseded by 17436. The force re-worded its 9420 row into 17436 and changed "
          "the ref, so no row is left for 9420. Closed, nothing to own.",
    16214: "Being progressed; it superseded 7103/7104/7105. The force's 7103 row says "
           "'Superseded – see 16214' but there is no 16214 row: nobody owns it.",
    16218: "Being progressed; it superseded 8815. The force still works the old 8815 row (near-"
           "identical text) and never added 16218.",
    19846: "New PEEL 2023-25 AFI (awaiting review) not yet on the tracker.",
}


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


RAG_FILL = {"RED": "FF0000", "AMBER": "FFC000", "GREEN": "00B050", "GREY": "BFBFBF",
            "WHITE": "FFFFFF"}
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_hmicfrs(path: Path) -> dict[int, int]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = f"HMICFRS recommendations and areas for improvement – {FORCE}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Definitive list issued to the force 7 October 2024. Includes items closed since "
                "1 April 2014; closed items are shown for reconciliation only.")
    headers = ["Reference", "Report title", "Publication date", "Type",
               "Recommendation / area for improvement", "Status", "Status date",
               "Superseded by", "Comment"]
    hdr = 4
    for c, h in enumerate(headers, 1):
        ws.cell(hdr, c, h).font = BOLD
    rows: dict[int, int] = {}
    r = hdr + 1
    for h in sorted(HM, key=lambda x: x["ref"]):
        title, pub = REPORTS[h["rep"]]
        ws.cell(r, 1, h["ref"])
        ws.cell(r, 2, title)
        c = ws.cell(r, 3, pub)
        c.number_format = "dd/mm/yyyy"
        ws.cell(r, 4, h["type"])
        ws.cell(r, 5, h["text"]).alignment = WRAP
        ws.cell(r, 6, h["status"])
        ws.cell(r, 7, ordinal(h["sdate"]))
        # a single superseding ref is a number, as the register exports it; two refs are text
        sup = h["sup"]
        ws.cell(r, 8, int(sup) if sup.isdigit() else (sup or None))
        ws.cell(r, 9, h["comment"]).alignment = WRAP
        rows[h["ref"]] = r
        r += 1
    for col, w in zip("ABCDEFGHI", (11, 40, 14, 22, 80, 20, 20, 14, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save(wb, path)
    return rows


def write_tracker(path: Path) -> tuple[list[tuple[int, dict]], list[tuple[int, dict]]]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Live tracker"
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Organisational Learning Team | last updated 23/09/2024 | for JAC 15/10/2024"
    ws["A3"] = ("RAG key: RED = beyond deadline / at risk; AMBER = in progress; GREEN = complete, "
                "evidence held; GREY = superseded by a later HMICFRS item (see Status); WHITE = "
                "not the force's to deliver")
    ws["A3"].font = Font(italic=True)
    headers = ["No.", "HMICFRS Ref", "Type", "Recommendation / AFI", "Lead", "RAG", "Status",
               "Progress update", "Target date", "Submitted for closure"]
    hdr = 5
    for c, h in enumerate(headers, 1):
        ws.cell(hdr, c, h).font = BOLD
    live_rows: list[tuple[int, dict]] = []
    r = hdr + 1
    n = 0
    for e in LIVE:
        if "heading" in e:
            ws.cell(r, 1, e["heading"]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
            for c in range(1, len(headers) + 1):
                ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
            r += 1
            continue
        n += 1
        ws.cell(r, 1, n)
        ref = e["ref"]
        ws.cell(r, 2, int(ref) if ref.isdigit() else (ref or None))
        ws.cell(r, 3, e["type"])
        ws.cell(r, 4, e["text"]).alignment = WRAP
        ws.cell(r, 5, e["lead"])
        rc = ws.cell(r, 6, e["rag"])
        rc.fill = PatternFill("solid", fgColor=RAG_FILL[e["rag"]])
        ws.cell(r, 7, e["status"])
        ws.cell(r, 8, e["progress"]).alignment = WRAP
        ws.cell(r, 9, e["target"] or None)
        if e["submitted"]:
            ws.cell(r, 10, e["submitted"]).number_format = "dd/mm/yyyy"
        live_rows.append((r, e))
        r += 1
    for col, w in zip("ABCDEFGHIJ", (6, 13, 14, 80, 26, 9, 24, 50, 14, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Closed items")
    ws2["A1"] = "Closed and superseded items (moved from the live tracker)"
    ws2["A1"].font = Font(bold=True, size=13)
    headers2 = ["HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead", "Status",
                "Date closed", "Closure note"]
    hdr2 = 3
    for c, h in enumerate(headers2, 1):
        ws2.cell(hdr2, c, h).font = BOLD
    closed_rows: list[tuple[int, dict]] = []
    r = hdr2 + 1
    for e in CLOSED:
        ref = e["ref"]
        ws2.cell(r, 1, int(ref) if ref.isdigit() else ref)
        ws2.cell(r, 2, e["report"])
        ws2.cell(r, 3, e["type"])
        ws2.cell(r, 4, e["text"]).alignment = WRAP
        ws2.cell(r, 5, e["lead"])
        ws2.cell(r, 6, e["status"])
        ws2.cell(r, 7, e["date_closed"]).number_format = "dd/mm/yyyy"
        ws2.cell(r, 8, e["note"]).alignment = WRAP
        closed_rows.append((r, e))
        r += 1
    for col, w in zip("ABCDEFGH", (16, 28, 13, 80, 26, 28, 12, 50)):
        ws2.column_dimensions[col].width = w
    ws2.freeze_panes = "A4"
    save(wb, path)
    return live_rows, closed_rows


def save(wb: Workbook, path: Path) -> None:
    """Save with fixed document properties and zip timestamps, so the bytes never change."""
    wb.properties.creator = "Organisational Learning"
    wb.properties.lastModifiedBy = None
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    stamp = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = stamp.sub(rb"\g<1>2024-10-07T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 7, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hm_rows = write_hmicfrs(OUT / "hmicfrs.xlsx")
    live_rows, closed_rows = write_tracker(OUT / "tracker.xlsx")

    lines: list[tuple[str, str, str, str]] = []
    seen_hm: set[int] = set()
    for sheet, rows in (("Live tracker", live_rows), ("Closed items", closed_rows)):
        for r, e in rows:
            tr = e["truth_ref"]
            hrow = f"Definitive list!{hm_rows[tr]}" if tr is not None else ""
            if tr is not None:
                seen_hm.add(tr)
            lines.append((hrow, f"{sheet}!{r}", e["cat"], e["why"]))
    for ref, why in MISSING.items():
        assert ref not in seen_hm, ref
        seen_hm.add(ref)
        lines.append((f"Definitive list!{hm_rows[ref]}", "", "missing_from_force", why))
    assert seen_hm == set(HM_BY_REF), set(HM_BY_REF) ^ seen_hm

    def key(line):
        h = int(line[0].split("!")[1]) if line[0] else 10_000
        f = line[1]
        return (h, f.split("!")[0] if f else "", int(f.split("!")[1]) if f else 0)

    lines.sort(key=key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
