"""Build the `text_in_cell_notes` evaluation case (round 29).

Layout: a compact force tracker (Staffordshire Police) designed to print one page per report.
The Item column holds only a short title the force wrote ("Rec 5 – crime recording of online
reports"); the full recommendation text sits in an Excel note (cell comment) on that Item cell.
Some rows have no note, only the short title. The HMICFRS side is a register export (xlsx).

Run with /work/main/.venv/bin/python. Fixed seed; rebuilds the case byte for byte
(zip entry timestamps and document properties are pinned).

Texts: real HMICFRS wording (Open Government Licence) copied from
/work/main/reconcile/casegen/texts/ and /work/shared/data/real_recommendations.csv.
Short titles, progress updates, local actions and analyst asides are written for this case.
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
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break, RowBreak

SEED = 2029_1206
CASE = "text_in_cell_notes"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED = dt.datetime(2025, 11, 28, 9, 30, 0)

FORCE = "Staffordshire Police"
AREA = "Staffordshire"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --------------------------------------------------------------------------------------------
# Real texts (copied from the casegen text lists / real_recommendations.csv)
# --------------------------------------------------------------------------------------------
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)

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
CDI_STEM = "Immediately, the force should put in place arrangements to ensure that:"
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
CDI_VICTIMS = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)

MISSING_STEM = ("To address this cause of concern, HMIC recommends that the force should "
                "immediately review its approach to reports of missing children and take steps "
                "to ensure that:")
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.",
]
MISSING_REC = MISSING_STEM + "\n" + "\n".join("• " + b for b in MISSING_BULLETS)

CHILD_DETENTION = (
    "Within six months, the force should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:"
    "• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested."
)

# --------------------------------------------------------------------------------------------
# HMICFRS register: report key -> (title, published, [(item key, type, text, status)])
# --------------------------------------------------------------------------------------------
REPORTS = [
    ("sas13", "Stop and search powers: Are the police using them effectively and fairly?",
     dt.date(2013, 7, 9), [
         ("s13_1", NAT, "Chief Constables and the College of Policing should establish in the "
          "Stop and Search Authorised Professional Practice document a clear specification of "
          "what constitutes the effective and fair exercise of stop and search powers, and "
          "guidance in this respect. This should be compliant with the Code of Practice.",
          "Complete"),
         ("s13_2", NAT, "Chief Constables should establish or improve monitoring of the way "
          "officers stop and search people, so that they can be satisfied their officers are "
          "acting in accordance with the law (including equality legislation and the Code of "
          "Practice), and that the power is used effectively to prevent crime, catch criminals "
          "and maintain public trust.", "Superseded"),
         ("s13_3", NAT, "Chief Constables should, in consultation with elected local policing "
          "bodies, ensure that they comply with the code of practice by explaining to the "
          "public the way stop and search powers are used in their areas and by making "
          "arrangements for stop and search records to be scrutinised by community "
          "representatives. This should be done in a way that involves those people who are "
          "stopped and searched, for example, young people.", "Being progressed"),
     ]),
    ("everyone", "Everyone's business: Improving the police response to domestic abuse",
     dt.date(2014, 3, 27), [("ev_1", NAT, EVERYONE_PLAN, "Being progressed")]),
    ("austerity", "Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22), [
        ("au_1", NAT, "All Chief Constables and PCCs should review their plans to deliver "
         "savings to ensure they are doing all they can to continue to reduce crime and protect "
         "the front line while balancing their budgets. They should use the data and "
         "information contained in this report, and in HMIC's Value for Money profiles, when "
         "conducting their reviews", "Complete"),
        ("au_2", NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of "
         "their savings through collaboration should assess whether there is scope to improve "
         "on this position. HMIC will follow up the assessments in the autumn.",
         "Being progressed"),
        ("au_3", NAT, "Chief Constables and PCCs in forces that are planning to reduce the "
         "proportion of their workforce and/or police officers on the front line should assess "
         "whether they have taken the decisive action seen in many forces in order to maintain "
         "their crime fighting capacity. HMIC will follow up the assessments in the autumn.",
         "Complete"),
    ]),
    ("core", "Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), [
        ("co_1", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk "
         "policy, that have not yet done so, should provide call-handlers with specific, sound "
         "and comprehensible criteria against which they can assess threat, harm and risk.",
         "Being progressed"),
        ("co_2", NAT, "By 31 March 2015 all forces should ensure that crime prevention or "
         "disruption activity carried out is systematically recorded and subsequently "
         "evaluated to determine the effectiveness of tactics being employed.",
         "Being progressed"),
    ]),
    ("integrity", "Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30), [
        ("in_1", NAT, "By 31 August 2015, all chief constables should satisfy themselves that "
         "they have processes in place to ensure that investigations into misconduct by "
         "officers and staff resulting in “no further action” are fair and free of any form "
         "of discrimination.", "Awaiting review"),
    ]),
    ("sas15", "Stop and search powers 2: are the police using them effectively and fairly?",
     dt.date(2015, 3, 24), [
         ("s15_1", NAT, "Chief constables should, in consultation with police and crime "
          "commissioners, ensure that they comply with the Code of Practice by explaining to "
          "the public the way stop and search powers are used in their areas and by making "
          "arrangements for stop and search records to be scrutinised by community "
          "representatives. This should be done in a way that involves those people who are "
          "stopped and searched, for example young people.", "Being progressed"),
     ]),
    ("picture", "Building the picture: an inspection of police information management",
     dt.date(2015, 7, 1), [
         ("pi_1", NAT, "By 30 November 2015, chief constables should put in place arrangements "
          "to scrutinise audits of compliance with the APP on information management through "
          "the force information management governance structure. This should include measures "
          "to ensure that categorisation of records are regularly adjusted.", "Complete"),
     ]),
    ("firearms", "Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15), [
        ("fa_1", NAT, "Within three months, all chief constables should assess how well the "
         "governance of firearms licensing in his or her force meets the standards set out in "
         "Authorised Professional Practice. Chief constables of forces where the governance "
         "standards are not being complied with should put in place immediately the correct "
         "arrangements and procedures in order to meet the standards in full.", "Complete"),
        ("fa_2", NAT, "Within three months, all chief constables should assess the demand placed "
         "on their firearms licensing department and ensure it has the capacity to meet this "
         "demand and provide an efficient and effective service at all times.",
         "Being progressed"),
        ("fa_3", NAT, "Immediately, all chief constables should satisfy themselves that all "
         "appropriate action is being taken by their force with regard to ‘total expired’ "
         "licensing records.", "Being progressed"),
        ("fa_4", NAT, "Within three months, all chief constables should ensure that their "
         "arrangements in respect of the use of temporary permits are in accordance with the "
         "Home Office guidance; that temporary permits are properly recorded without delay on "
         "the National Firearms Licensing Management System; and that effective systems exist "
         "to ensure certificate holders are not permitted, at any time, to remain in unlawful "
         "possession of a firearm.", "Complete"),
        ("fa_5", NAT, "Within three months, all chief constables should ensure that systems "
         "designed to identify, prior to police attendance, whether a reported incident "
         "involves or is at the address of a firearm certificate holder are in place and are "
         "always applied by staff dispatching officers to incidents; and that officers "
         "understand the risk assessment which they should be undertaking in such "
         "circumstances, and their power, when appropriate, to seize firearms and firearm "
         "certificates.", "Being progressed"),
    ]),
    ("eff16", "PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), [
        ("e_1", COC, "The force’s response to missing and absent children is a cause of concern "
         "to HMIC. HMIC found that the assessment of risk for children who go missing from home "
         "was inappropriate in some cases. We found some instances where children were classed "
         "as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for "
         "missing children were sometimes incorrectly assessed at a lower grade. Children were "
         "incorrectly graded at a lower level and could have been exposed to an increased risk "
         "of harm.", "Being progressed"),
        ("e_2", REC, MISSING_REC, "Being progressed"),
        ("e_3", AFI, "The force should take steps to ensure that there is effective supervision "
         "of the initial risk assessment process, specifically in relation to the completion "
         "of DASH risk assessment in appropriate cases.", "Complete"),
        ("e_4", AFI, "The force should improve the supervision of investigations, so that "
         "investigation plans are set, reviewed and recorded and victims receive a "
         "consistently good service.", "Being progressed"),
    ]),
    ("ncpi17", "National child protection inspection 2017", dt.date(2017, 6, 20), [
        ("n_1", REC, CHILD_DETENTION, "Being progressed"),
        ("n_2", AFI, "The force should improve how it works with partner organisations to "
         "safeguard people at risk from child sexual exploitation.", "Superseded"),
        ("n_3", AFI, "The force should make sure officers and staff have the training they need "
         "to identify and respond to child sexual exploitation.", "Being progressed"),
    ]),
    ("cdi17", "Crime data integrity inspection 2017", dt.date(2017, 9, 14), [
        ("cd_1", REC, CDI_VICTIMS, "Being progressed"),
        ("cd_2", AFI, "The force should improve its use of its crime-recording and management "
         "system to better manage its case files and investigative processes.",
         "Being progressed"),
        ("cd_3", REC, "Within three months, the force should provide call-handlers with "
         "specific, sound and comprehensible criteria against which they can assess threat, "
         "harm and risk.", "Complete"),
    ]),
    ("stolen", "Stolen freedom: the policing response to modern slavery and human trafficking",
     dt.date(2017, 10, 24), [
         ("st_1", NAT, SF_LEADERSHIP, "Being progressed"),
         ("st_2", NAT, "Within six months, forces should have in place active information-sharing "
          "agreements with other agencies to facilitate speedy exchange of intelligence 86 and "
          "in order to safeguard victims better and to identify suspects as early as possible",
          "Complete"),
         ("st_3", NAT, "Immediately, forces should ensure that all victims carrying out criminal "
          "acts under compulsion attributable to slavery or exploitation are afforded the "
          "protection of early and continuing consideration of the applicability of the "
          "section 45 defence.", "Being progressed"),
         ("st_4", NAT, "Immediately, forces should take steps to ensure they are fully compliant "
          "with the NRM process as it evolves and are implementing the requirement placed upon "
          "them under the Modern Slavery Act 2015 to notify the Home Office of any individual "
          "suspected to be an adult victim of modern slavery or human trafficking.",
          "Being progressed"),
         ("st_5", NAT, "Immediately, forces should take steps to ensure they fully comply with "
          "national crime recording standard (NCRS) requirements for offences identified as "
          "modern slavery and human trafficking and that sufficient audit capacity is available "
          "to the force crime registrar to provide reassurance that each force is identifying "
          "and managing any gaps in its crime-recording accuracy for these types of offences.",
          "Superseded"),
         ("st_6", NAT, "Immediately, forces should ensure that allegations or indications of "
          "modern slavery and human trafficking are thoroughly investigated and effectively "
          "supervised by teams and individuals with the skills and experience to undertake them "
          "(this should include the use where appropriate of joint intelligence teams and other "
          "means to obtain intelligence and evidence from agencies overseas).",
          "Being progressed"),
         ("st_7", NAT, "Immediately, forces should review their use of preventative powers under "
          "the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
          "of those deemed to pose a clear threat to others in respect of modern slavery and "
          "human trafficking offences are exploited.", "Being progressed"),
     ]),
    ("efc17", "PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9), [
        ("ef_1", NAT, "By September 2018, chief constables should produce an ambitious plan to "
         "improve digitally-enabled services within their force. The Home Office, National "
         "Police Chiefs' Council and Association of Police and Crime Commissioners should "
         "support the development of these plans by establishing a national framework which "
         "allows for the provision of digitally enabled services across force boundaries.",
         "Being progressed"),
    ]),
    ("leg17", "PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12), [
        ("l_1", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use "
         "of stop and search powers is consistently reasonable and fair. In particular, there "
         "is over-representation of BAME people, and black people in particular, in stop and "
         "search data which many forces are unable to explain.", "Being progressed"),
        ("l_2", NAT, SAS_MONITORING_2017, "Being progressed"),
        ("l_3", NAT, "Where forces identify disparities through monitoring, they should "
         "demonstrate to the public that they have:\n•carried out research and analysis in an "
         "attempt to understand the reasons for the disparity, and •taken action to reduce the "
         "disparity, where necessary;", "Complete"),
        ("l_4", NAT, "We expect forces to publish this analysis and any actions taken at least "
         "on an annual basis, from July 2018.", "Complete"),
        ("l_5", NAT, "By July 2018, and ongoing following that date, forces should ensure that "
         "all officers who use stop and search powers have been provided with, and understand, "
         "training on unconscious bias and College of Policing APP on stop and search.",
         "Being progressed"),
    ]),
    ("peel1819", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
     dt.date(2019, 5, 2), [
         ("p18_1", COC, "The force does not have the capacity or capability to investigate crime "
          "effectively and this is affecting the service being provided to the public. There "
          "are failings in the way that crimes are being investigated.", "Being progressed"),
         ("p18_2", REC, "HMIC recommends that within six months the force should: ensure regular "
          "and active supervision of the quality and progress of investigations. This "
          "supervision should be properly recorded;", "Being progressed"),
         ("p18_3", REC, "HMIC recommends that the force should immediately: conduct a review of "
          "officers’ capabilities and capacity to manage their investigative workload, to "
          "better understand investigative demand and the pressures placed upon them; and",
          "Complete"),
         ("p18_4", REC, "HMIC recommends that within six months the force should: improve its "
          "ability to retrieve digital evidence from mobile phones, computers and other "
          "electronic devices quickly enough to ensure investigations are not delayed;",
          "Being progressed"),
         ("p18_5", AFI, "The force should develop its understanding of the links between its "
          "outcomes, outputs and costs.", "Being progressed"),
         ("p18_6", AFI, f"{FORCE} should undertake further work to gain a fuller understanding "
          "of current demand for its services, and likely future changes in demand. This is so "
          "it can make best use of its resources by matching them to demand to meet the needs "
          "of the public.", "Complete"),
     ]),
    ("powers", "Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), [
        ("pw_1", NAT, "By July 2022, forces should ensure that officers and staff have effective "
         "communication skills, in line with the National Policing Guidelines on Conflict "
         "Management. This should be in addition to existing training on conflict management "
         "and de-escalation.", "Being progressed"),
        ("pw_2", NAT, "By July 2021, forces should ensure that communication skills are "
         "reinforced as part of the programme of continuing professional development for "
         "officers and staff, and that supervisors are supported to routinely and frequently "
         "debrief officers on these skills using body-worn video footage.", "Being progressed"),
        ("pw_3", NAT, BWV_2021, "Being progressed"),
        ("pw_4", NAT, "The Home Office and the NPCC should take steps to ensure that the quality "
         "of the data collected on the number of incidents where force has been used to effect "
         "a stop and search is sufficient for publication. The Home Office should publish this "
         "data as soon as possible.", "Being progressed"),
        ("pw_5", NAT, "By July 2021, forces should ensure they have effective internal "
         "monitoring processes on the use of force, to help them to identify and understand "
         "disproportionate use, explain the reasons and implement any necessary improvement "
         "action.", "Complete"),
    ]),
    ("peel2122", "PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
     dt.date(2022, 5, 12), [
         ("q_1", REC, "Within six months the force should make sure there are appropriate "
          "strategic oversight arrangements in place to manage risks, performance and "
          "improvement plans effectively.", "Being progressed"),
         ("q_2", AFI, "The force should make sure the corporate risk register is actively used "
          "to mitigate and manage known risks.", "Being progressed"),
         ("q_3", AFI, "The force should make sure it has access to accurate data and analysis to "
          "support effective performance management.", "Complete"),
         ("q_4", AFI, "The force should put plans in place to monitor, including through the "
          "gathering and analysis of staff feedback, team cultures and provide prompt remedial "
          "action for any issues it identifies.", "Being progressed"),
         ("q_5", AFI, "The force should make sure it provides a confidential way for staff to "
          "raise concerns and that staff are aware of whistleblowing processes.",
          "Being progressed"),
     ]),
    ("peel2325", "PEEL 2023–25: Police effectiveness, efficiency and legitimacy",
     dt.date(2024, 5, 16), [
         ("r_1", AFI, "The force should improve its understanding of the nature and scale of "
          "violence against women and girls in its area.", "Awaiting review"),
         ("r_2", AFI, "The force should make sure victims of stalking and harassment are kept "
          "informed about the progress of their case, in line with the Code of Practice for "
          "Victims of Crime.", "Awaiting review"),
         ("r_3", AFI, "The force should make sure it records reports of anti-social behaviour "
          "accurately and without delay.", "Awaiting review"),
         ("r_4", AFI, "The force should review how it gathers and uses equality and diversity "
          "data to improve its understanding of its workforce demographics.",
          "Being progressed"),
     ]),
]

ITEMS = {}  # key -> dict
for rkey, title, pub, items in REPORTS:
    for key, typ, text, status in items:
        ITEMS[key] = dict(report=rkey, title=title, pub=pub, type=typ, text=text, status=status)


def assign_refs(rng: random.Random) -> None:
    """Plain integer register ids, unique, rising with publication date."""
    ref = 2140
    used = set()
    for rkey, _t, _p, items in REPORTS:
        ref += rng.randint(180, 640)
        for key, *_ in items:
            ref += rng.randint(1, 4)
            ITEMS[key]["ref"] = ref
            used.add(ref)
    return used


def transposed(ref: int, used: set[int]) -> int:
    """Last two digits swapped (a keying slip), guaranteed not to be another register id."""
    s = str(ref)
    t = int(s[:-2] + s[-1] + s[-2])
    assert t != ref and t not in used, (ref, t)
    return t


# --------------------------------------------------------------------------------------------
# Force tracker rows
# --------------------------------------------------------------------------------------------
# note spec: None (no note), ("text", str), or ("author", name, str) (Excel-style note whose
# text starts with "Name:\n", as Excel writes it when a user inserts a note).
ANALYST = "Kerry Dunn"


def N(text):
    return ("text", text)


def NA(text, who=ANALYST):
    return ("author", who, text)


def H(key):
    return ITEMS[key]["text"]


def row(hkey, title, note, ref, lead, rag, update, cat, why, extra=None, refval=None):
    return dict(hkey=hkey, title=title, note=note, ref=ref, lead=lead, rag=rag, update=update,
                cat=cat, why=why, extra=extra or {}, refval=refval)


def build_blocks(used):
    p18_4_bad = transposed(ITEMS["p18_4"]["ref"], used)
    B = []
    B.append(("PEEL 2023-25", [
        row("r_1", "AFI 1 – VAWG: nature & scale", NA(H("r_1")), True,
            "Ch Supt Public Protection", "AMBER",
            "VAWG problem profile commissioned; analyst in post from Oct 25.", "in_sync",
            "Ref and note match AFI; open on both sides."),
        row(None, "Local action – VAWG problem profile",
            N("Force improvement plan: refresh the violence against women and girls problem "
              "profile and add it to the control strategy (agreed at FET 14/10/25)."), False,
            "Head of Intelligence", "AMBER", "Draft profile due Jan 26.",
            "not_on_hmicfrs_list",
            "Force's own action supporting AFI 1 (note says force improvement plan); AFI 1 is "
            "already paired with the row above; not an HMICFRS item."),
        row("r_2", "AFI 2 – stalking victims kept updated", None, False,
            "Head of Criminal Justice", "AMBER", "VCOP compliance audit underway.", "in_sync",
            "No note, no ref: short title + report block identify the stalking/VCOP AFI; open "
            "on both."),
        row("r_3", "AFI 3 – ASB recorded accurately",
            N("The force should make sure it records reports of ASB accurately and without "
              "delay."), False, "Force Crime Registrar", "GREEN",
            "Completed. Evidence submitted to HMICFRS for closure.", "closeable_submit",
            "Note = AFI text with 'ASB' abbreviation; force GREEN, HMICFRS Awaiting review."),
        row("r_4", "AFI 4 – E&D workforce data", N(H("r_4")), True, "Director of People",
            "AMBER", "Workforce data refresh with HR Business Partner.", "in_sync",
            "Ref and note match; open on both."),
    ]))
    B.append(("PEEL 21-22", [
        row("q_1", "AFI 1 – strategic oversight of risk & performance",
            N("The force should make sure there are appropriate strategic oversight arrangements "
              "in place to manage risks, performance and improvement plans effectively."), True,
            "DCC", "AMBER", "Governance review reported to FET Sept 25.", "conflict",
            "Ref and text pair it with the strategic oversight item, but HMICFRS type is Recommendation with a 'Within "
            "six months' timescale; force holds it as AFI 1 and its note drops the timescale "
            "(type + timescale disagree)."),
        row("q_2", "AFI 2 – corporate risk register", NA(H("q_2")), False,
            "Head of Corporate Development", "GREEN",
            "Risk register reviewed monthly at FET; ready to move to GREEN status.",
            "closeable_submit", "Note = AFI text; force GREEN, HMICFRS Being progressed."),
        row("q_3", "AFI 3 – performance data & analysis", None, False,
            "Head of Corporate Development", "GREEN", "Power BI performance pack live since "
            "April 23.", "in_sync",
            "No note, no ref: title identifies the accurate-data AFI; HMICFRS Complete, force "
            "GREEN (closed/done)."),
        row("q_4", "AFI 4 – team cultures", N(H("q_4")), True, "Director of People", "AMBER",
            "Culture survey results Q3; action plan being drafted.", "in_sync",
            "Ref and note match; open on both."),
        row("q_5", "AFI 5 – confidential reporting / whistleblowing", N(H("q_5")), True,
            "Head of Professional Standards", "GREEN",
            "Confidential reporting line relaunched; intranet comms plan completed.",
            "closeable_submit", "Ref and note match; force GREEN, HMICFRS Being progressed. "
            "(RAG cell carries its own note – a status remark, not the text.)",
            extra={"E": ("author", "Mark Ellis",
                         "Moved to GREEN at JAC 12 Sept 2025 – evidence pack with DCC for "
                         "sign-off.")}),
    ]))
    B.append(("Police powers spotlight (Feb 21)", [
        row("pw_1", "Rec 1 – comms skills training (by Jul 22)", N(H("pw_1")), True,
            "Head of Learning & Development", "GREEN",
            "Conflict management module in OST from Apr 22. Completed.", "closeable_submit",
            "Ref and note match; force GREEN, HMICFRS Being progressed."),
        row("pw_2", "Rec 2 – CPD & BWV debriefs", None, True,
            "Head of Learning & Development", "AMBER", "Supervisor debrief guidance drafted.",
            "in_sync", "No note; ref identifies it; open on both."),
        row("pw_3", "Rec 3(i) – record whole S&S encounter on BWV", N(BWV_PARTS[0]), True,
            "ACC Local Policing", "GREEN", "BWV activation compliance 97% (Aug 25).",
            "in_sync",
            "Split row 1 of 3 of the BWV recommendation; part (iii) is still AMBER so the item "
            "is open on the force side as a whole; HMICFRS Being progressed -> in sync."),
        row("pw_3", "Rec 3(ii) – internal BWV review process", N(BWV_PARTS[1]), False,
            "ACC Local Policing", "GREEN", "Monthly dip-sample by S&S lead in place.",
            "in_sync", "Split row 2 of 3 of the BWV recommendation; item open overall (part iii "
            "AMBER); HMICFRS open -> in sync."),
        row("pw_3", "Rec 3(iii) – scrutiny panel access to BWV", N(BWV_PARTS[2]), False,
            "ACC Local Policing", "AMBER", "Data protection agreement with panel not yet "
            "signed.", "in_sync", "Split row 3 of 3 of the BWV recommendation; AMBER; HMICFRS "
            "open -> in sync."),
        row(None, "Internal audit action – panel BWV access",
            N("Internal audit action: audit of external scrutiny panel access to BWV footage "
              "and the information-sharing agreement behind it (audit plan 2025/26)."), False,
            "Head of Information Management", "RED", "Audit deferred to Q4.",
            "not_on_hmicfrs_list",
            "Internal audit action that resembles BWV part (iii) but is the force's own; "
            "part (iii) already has its row."),
        row("pw_4", "Rec 4 – HO/NPCC use-of-force data", N(H("pw_4")), True,
            "Head of Corporate Development", "WHITE",
            "Not the force's responsibility to deliver; dependent upon another organisation.",
            "closeable_submit",
            "Ref and note match; WHITE = not the force's to deliver (legend) = done on force "
            "side; HMICFRS Being progressed -> submit for closure."),
        row("pw_5", "Rec 5 – use of force monitoring", None, False, "ACC Local Policing",
            "GREEN", "Use of force scrutiny panel reporting quarterly.", "in_sync",
            "No note, no ref: title identifies the internal monitoring of use of force rec; "
            "HMICFRS Complete, force GREEN."),
    ]))
    B.append(("PEEL 18-19", [
        row("p18_1", "CoC – investigative capacity & capability", N(H("p18_1")), True,
            "Det Ch Supt Force CID", "AMBER", "Investigations improvement programme – phase 2.",
            "in_sync", "Ref and note match the cause of concern; open on both."),
        row("p18_2", "Rec 1 – supervision of investigations",
            NA("HMIC recommends that within twelve months the force should: ensure regular and "
               "active supervision of the quality and progress of investigations. This "
               "supervision should be properly recorded;"), False,
            "Det Ch Supt Force CID", "GREEN",
            "Supervisory review template built into Niche; completed.", "conflict",
            "Note text matches the register's supervision recommendation except the timescale: force note says 'within twelve "
            "months', register says 'within six months'."),
        row("p18_3", "Rec 2 – review of investigative workload", None, True, "ACC Crime",
            "GREEN", "Workload review completed Nov 19.", "in_sync",
            "No note; ref identifies it; HMICFRS Complete, force GREEN."),
        row("p18_4", "Rec 3 – digital evidence retrieval", N(H("p18_4")), True,
            "Det Ch Supt Force CID", "AMBER", "Digital forensics backlog 412 devices (Sept 25).",
            "conflict",
            f"Note is the register's digital evidence text verbatim, but the tracker's ref {p18_4_bad} has the last two digits "
            f"of the register ref {ITEMS['p18_4']['ref']} swapped (no such register id): "
            "reference disagrees.", refval=p18_4_bad),
        row("p18_6", "AFI 2 – demand understanding", N(H("p18_6")), True,
            "Head of Corporate Development", "AMBER", "FMS 2025 demand chapter in draft.",
            "closeable_local", "Ref and note match; HMICFRS Complete, force AMBER."),
        row(None, "AFI 3 – RUI & bail management",
            N("The force should improve its understanding of suspects released under "
              "investigation and the management of those released on bail."), False,
            "Head of Criminal Justice", "AMBER", "RUI reviews weekly at DMM.",
            "not_on_hmicfrs_list",
            "Real HMICFRS-style AFI wording, but no such item on the definitive list: query "
            "with HMICFRS."),
    ]))
    B.append(("PEEL Legit 17 S&S", [
        row("l_1", "CoC – S&S fairness (BAME over-representation)", N(H("l_1")), True,
            "ACC Local Policing", "AMBER",
            "Disproportionality analysis published; scrutiny panel reviewing.", "in_sync",
            "Ref and note match the cause of concern; open on both."),
        row("l_2", "Rec 1 – S&S monitoring data (by Jul 18)", NA(SAS_MONITORING_2017), True,
            "ACC Local Policing", "GREEN", "Monthly S&S dashboard in place. Completed.",
            "closeable_submit", "Ref and note match; force GREEN, HMICFRS Being progressed."),
        row("l_3", "Rec 2 – explain disparities to public", None, False, "ACC Local Policing",
            "GREEN", "Annual S&S report published on website.", "in_sync",
            "No note, no ref: title identifies the 'where forces identify disparities' rec; "
            "HMICFRS Complete, force GREEN."),
        row("l_4", "Rec 3 – publish S&S analysis annually", N(H("l_4")), False,
            "Head of Corporate Development", "GREEN", "2024 report published July 2025.",
            "in_sync", "Note matches; HMICFRS Complete, force GREEN."),
        row("l_5", "Rec 4 – unconscious bias / APP training",
            N("By July 2018, and ongoing following that date, forces should ensure that all "
              "officers who use S&S powers have been provided with, and understand, training "
              "on unconscious bias & CoP APP on S&S."), True,
            "Head of Learning & Development", "AMBER",
            "91% of S&S-trained officers completed; refresher for new joiners.", "in_sync",
            "Ref and abbreviated note match; open on both."),
    ]))
    B.append(("PEEL Efficiency 17 (all forces)", [
        row("ef_1", "Rec 1 – digital services plan",
            N("By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force."), False,
            "Head of Corporate Development", "GREEN",
            "Digital Policing Strategy approved 2019; now part of the DDaT strategy. Complete.",
            "closeable_submit",
            "Note holds only the forces' sentence (the second sentence is addressed to HO/NPCC/"
            "APCC, not forces) – same item, not a material difference; force GREEN, HMICFRS "
            "open."),
    ]))
    B.append(("Stolen Freedom (MSHT) 2017", [
        row("st_1", "Rec 1a – MSHT leadership prioritised",
            N(SF_STEM + "\n• " + SF_BULLETS[0]), True, "Det Ch Supt Force CID", "GREEN",
            "MSHT gold group chaired by ACC Crime.", "closeable_submit",
            "Split row 1 of 4 of the leadership recommendation (all four GREEN); HMICFRS Being "
            "progressed."),
        row("st_1", "Rec 1b – MSHT incidents resourced", N("• " + SF_BULLETS[1]), False,
            "Det Ch Supt Force CID", "GREEN", "MSHT investigations allocated to Complex Crime "
            "Unit.", "closeable_submit", "Split row 2 of 4 (bullet 2); all four GREEN."),
        row("st_1", "Rec 1c – MSHT partnership arrangements", None, False,
            "Det Ch Supt Force CID", "GREEN", "Anti-Slavery Partnership meets quarterly.",
            "closeable_submit",
            "Split row 3 of 4: no note, title = bullet 3 (partnership arrangements); all four "
            "GREEN."),
        row("st_1", "Rec 1d – MSHT performance & QA",
            N("performance & QA measures are in place to allow senior leaders to assess the "
              "nature & quality of the service provided to victims."), False,
            "Det Ch Supt Force CID", "GREEN", "MSHT measures added to Force Performance pack.",
            "closeable_submit", "Split row 4 of 4 (bullet 4, abbreviated); all four GREEN."),
        row("st_2", "Rec 2 – MSHT info-sharing agreements",
            N("Within 6 months, forces should have in place active ISAs with other agencies to "
              "facilitate speedy exchange of intelligence & in order to safeguard victims better "
              "& to identify suspects as early as possible."), True, "Head of Intelligence",
            "GREEN", "ISAs signed with all four local authorities.", "in_sync",
            "Ref and abbreviated note match (register copy keeps a stray footnote '86'); "
            "HMICFRS Complete, force GREEN."),
        row("st_3", "Rec 3 – s45 defence", N(H("st_3")), False, "Head of Criminal Justice",
            "AMBER", "s45 guidance for custody and CPS liaison drafted.", "in_sync",
            "Note matches; open on both."),
        row("st_4", "Rec 4 – MSHT compliance", None, True, "Ch Supt Public Protection", "GREEN",
            "NRM referrals and HO duty-to-notify monitored weekly. Complete.", "closeable_submit",
            "No note and an ambiguous title (could be Rec 4 NRM or Rec 5 NCRS); the ref decides "
            "(NRM item); force GREEN, HMICFRS open."),
        row("st_5", "Rec 5 – MSHT crime recording", N(H("st_5")), True, "Force Crime Registrar",
            "AMBER", "MSHT audit in FCR plan for Q1 26.", "closeable_local",
            "Ref and note match; HMICFRS Superseded, force AMBER."),
        row("st_6", "Rec 6 – MSHT investigations supervised", N(H("st_6")), False,
            "Det Ch Supt Force CID", "AMBER", "Awaiting allocation.", "in_sync",
            "Note matches; open on both."),
        row(None, "Force action – MSHT SPOC in each LPA", None, False,
            "Ch Supt Public Protection", "GREEN", "SPOCs in place in all 3 LPAs.",
            "not_on_hmicfrs_list", "Force's own action (title says so); no HMICFRS item."),
    ]))
    cdi_titles = [
        "Rec 1 – victims believed at point of report",
        "Rec 2 – call summaries accurate in incident log",
        "Rec 3 – multiple crimes recorded",
        "Rec 4 – no waiting for medicals/ABE to record",
        "Rec 5 – crime recording of online reports",
    ]
    cdi_notes = [
        N(CDI_STEM + "\n• " + CDI_BULLETS[0]),
        NA("• " + CDI_BULLETS[1]),
        None,
        N(CDI_BULLETS[3]),
        N(CDI_BULLETS[4]),
    ]
    cdi_upd = [
        "Believe the victim ethos in call handling training since 2018.",
        "Incident log QA by Contact Centre supervisors.",
        "Multiple crime recording in NCRS refresher.",
        "Policy rewritten; practice stopped Jan 18.",
        "Online reports triaged by the Resolution Centre at receipt.",
    ]
    cdi_rows = [row("cd_1", t, n, i == 0, "Force Crime Registrar", "GREEN", u,
                    "closeable_submit",
                    f"Split row {i + 1} of 5: the force numbered each bullet of the one CDI "
                    "recommendation as its own 'Rec'; " + ("note = stem + bullet 1" if i == 0
                    else "no note, title = bullet 3" if n is None else f"note = bullet {i + 1}")
                    + "; all five GREEN, HMICFRS Being progressed.")
                for i, (t, n, u) in enumerate(zip(cdi_titles, cdi_notes, cdi_upd))]
    B.append(("CDI 2017", cdi_rows + [
        row(None, "Local action – quarterly CDI dip-sample",
            N("Dip-sample 50 crime reports each quarter and report findings to the Crime "
              "Standards Board."), False, "Force Crime Registrar", "AMBER",
            "Q2 dip-sample 91% compliant.", "not_on_hmicfrs_list",
            "Force's own action; no HMICFRS item."),
        row("cd_2", "AFI 1 – Niche case file management", N(H("cd_2")), False,
            "Det Ch Supt Force CID", "AMBER", "Niche workflow upgrade scheduled.", "in_sync",
            "Note matches; open on both."),
        row("cd_3", "Rec 6 – call-handler THR criteria", N(H("cd_3")), True,
            "Supt Contact Centre", "GREEN", "THRIVE embedded in Contact Centre.", "in_sync",
            "Force's 'Rec 6' is HMICFRS's second CDI recommendation (force numbered the "
            "bullets 1-5); ref and note match; HMICFRS Complete, force GREEN."),
    ]))
    B.append(("NCPI 2017", [
        row("n_1", "Rec 1 – detention of children in custody", N(H("n_1")), True,
            "Ch Insp Custody", "AMBER", "Concordat with children's services under review.",
            "in_sync", "Ref and note match; open on both."),
        row("n_2", "AFI 1 – CSE partnership safeguarding",
            N("Full text – see NCPI report p.41."), True, "Ch Supt Public Protection",
            "AMBER", "MASH review ongoing.", "closeable_local",
            "The note is a pointer, not the text; ref and title identify the CSE partnership "
            "AFI; HMICFRS Superseded, force AMBER."),
        row("n_3", "AFI 2 – CSE training", None, True, "Head of Learning & Development",
            "GREEN", "CSE e-learning mandatory; 96% completion.", "closeable_submit",
            "No note; ref identifies it; force GREEN, HMICFRS Being progressed."),
    ]))
    B.append(("PEEL Eff 16", [
        row("e_1", "CoC – missing & absent children", N(H("e_1")), True,
            "Ch Supt Public Protection", "AMBER", "Missing persons improvement plan.",
            "in_sync", "Ref and note match the cause of concern; open on both."),
        row("e_2", "Rec 1 – missing children: call takers & risk",
            N(MISSING_STEM + "\n• " + MISSING_BULLETS[0] + "\n• " +
              MISSING_BULLETS[1].replace("; and", ".")), False,
            "Ch Supt Public Protection", "GREEN",
            "Call taker training delivered; CSE risk factors in THRIVE. Complete.", "conflict",
            "Note matches the missing-children recommendation but holds only 2 of its 3 bullets (the supervisors' oversight "
            "bullet is missing) – force marks it GREEN on an incomplete text."),
        row("e_3", "AFI 1 – DASH supervision", None, True, "Ch Supt Public Protection", "AMBER",
            "DASH supervisory review being built into Niche.", "closeable_local",
            "No note; ref identifies it; HMICFRS Complete, force AMBER. (Lead cell carries a "
            "note about a change of lead.)",
            extra={"D": ("author", ANALYST, "Lead changed from C/Supt Bell, March 2025.")}),
    ]))
    B.append(("Firearms licensing 2015", [
        row("fa_1", "Rec 1 – licensing governance vs APP", N(H("fa_1")), True,
            "Supt Firearms Licensing", "GREEN", "APP gap analysis completed 2016.", "in_sync",
            "Ref and note match; HMICFRS Complete, force GREEN."),
        row("fa_2", "Rec 2 – licensing demand & capacity", None, False,
            "Supt Firearms Licensing", "AMBER", "Renewals backlog 310 (Oct 25).", "in_sync",
            "No note, no ref: title identifies the demand/capacity rec; open on both."),
        row("fa_3", "Rec 3 – 'total expired' records", None, True, "Supt Firearms Licensing",
            "GREEN", "All total expired records reviewed. Complete.", "closeable_submit",
            "No note; ref identifies it; force GREEN, HMICFRS Being progressed."),
        row("fa_4", "Rec 4 – temporary permits", NA(H("fa_4")), False,
            "Supt Firearms Licensing", "AMBER", "Permit process being rewritten.",
            "closeable_local", "Note matches; HMICFRS Complete, force AMBER."),
    ]))
    B.append(("Building the Picture 2015", [
        row("pi_1", "Rec 1 – IM audit scrutiny", N(H("pi_1")), True,
            "Head of Information Management", "GREEN", "IM governance board scrutinises MoPI "
            "audits.", "in_sync", "Ref and note match; HMICFRS Complete, force GREEN."),
    ]))
    B.append(("Core business", [
        row("co_1", "Rec 1 – THRIVE criteria for call-handlers", None, False,
            "Supt Contact Centre", "AMBER", "THRIVE refresher for new call handlers.",
            "in_sync",
            "No note, no ref; near-twin of CDI 'Rec 6' (same ask); the report block (Core "
            "business) decides: the Core Business call-handler item; open on both."),
        row("co_2", "Rec 2 – crime prevention activity recorded & evaluated", N(H("co_2")),
            False, "ACC Local Policing", "GREEN", "Problem-solving database evaluates "
            "tactics. Complete.", "closeable_submit",
            "Note matches; force GREEN, HMICFRS Being progressed."),
    ]))
    B.append(("Policing in Austerity 2014", [
        row("au_1", "Rec 1 – savings plans review", N(H("au_1")), True, "Director of Finance",
            "GREEN", "MTFS reviewed annually.", "in_sync",
            "Ref and note match; HMICFRS Complete, force GREEN."),
        row("au_2", "Rec 2 – collaboration savings <10%", N(H("au_2")), False,
            "Director of Finance", "Complete", "Collaboration savings assessed 2015.",
            "closeable_submit", "Note matches; force 'Complete', HMICFRS Being progressed."),
        row("au_3", "Rec 3 – front-line capacity", None, True, "Director of Finance", "AMBER",
            "Covered by the workforce plan.", "closeable_local",
            "No note; ref identifies it; HMICFRS Complete, force AMBER."),
        row(None, "Rec 4 – collaboration plans (next spending round)",
            N("In preparation for the next spending round period all Chief Constables and PCCs "
              "should review their plans for collaboration. In particular they should consider "
              "whether there is scope to deliver better value for money and improved capability "
              "and capacity through joint working with other forces, the public and/or the "
              "private sector."), False, "Director of Finance", "AMBER",
            "Regional collaboration review with West Midlands Police.", "not_on_hmicfrs_list",
            "Real Policing in austerity recommendation, but not on this force's definitive "
            "list: query with HMICFRS."),
    ]))
    B.append(("Everyone's Business (DA) 2014", [
        row("ev_1", "Rec 1 – DA action plan", N(EVERYONE_PLAN_RUN_ON), False,
            "Ch Supt Public Protection", "GREEN", "DA action plan published; refreshed 2024.",
            "closeable_submit",
            "Note = register text plus the report's following paragraphs (pasted run-on, "
            "footnote digit included); same item; force GREEN, HMICFRS open."),
    ]))
    B.append(("Stop & Search powers (HMIC 2013)", [
        row("s13_1", "Rec 1 – S&S APP specification", N(H("s13_1")), True,
            "ACC Local Policing", "GREEN", "APP adopted 2014.", "in_sync",
            "Ref and note match; HMICFRS Complete, force GREEN."),
        row("s13_2", "Rec 2 – monitor officers' use of S&S", None, True, "ACC Local Policing",
            "AMBER", "See PEEL Legit 17 S&S Rec 1.", "closeable_local",
            "No note; ref identifies it; HMICFRS Superseded, force AMBER."),
        row("s13_3", "Rec 3 – explain S&S to public; community scrutiny", N(H("s13_3")), False,
            "ACC Local Policing", "AMBER", "Community scrutiny panel meets monthly.", "in_sync",
            "Note is the 2013 wording ('elected local policing bodies', block = 2013), not the "
            "near-identical 2015 'Stop and search powers 2' item; open on both."),
    ]))
    return B


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF",
        "Complete": "92D050"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def make_comment(spec):
    if spec[0] == "author":
        _, who, text = spec
        c = Comment(f"{who}:\n{text}", who)
    else:
        c = Comment(spec[1], "HMICFRS tracker")
    c.width = 420
    c.height = max(80, 16 * (len(c.text) // 60 + 2))
    return c


def write_hmicfrs(path: Path) -> dict:
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = f"HMICFRS monitoring – recommendations and areas for improvement: {FORCE}"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Definitive list as at 14 November 2025 (all statuses)"
    headers = ["Reference", "Report title", "Date published", "Type", "Recommendation / AFI text",
               "Status"]
    hr = 4
    for j, h in enumerate(headers, 1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    rowof = {}
    r = hr + 1
    for rkey, title, pub, items in REPORTS:
        for key, *_ in items:
            it = ITEMS[key]
            ws.cell(r, 1, it["ref"])
            ws.cell(r, 2, title)
            c = ws.cell(r, 3, dt.datetime(pub.year, pub.month, pub.day))
            c.number_format = "dd/mm/yyyy"
            ws.cell(r, 4, it["type"])
            ws.cell(r, 5, it["text"]).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 6, it["status"])
            rowof[key] = f"Register!{r}"
            r += 1
    for col, w in zip("ABCDEF", (11, 48, 14, 24, 90, 18)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A{hr}:F{r - 1}"
    save(wb, path)
    return rowof


def write_tracker(path: Path, blocks) -> list:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{FORCE} – HMICFRS recommendations tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Joint Audit Committee, December 2025. Item = short title only: the full "
                "HMICFRS wording is in the note on the Item cell (hover, or Review > Show All "
                "Notes). One page per report when printed.")
    ws["A2"].font = Font(italic=True, size=9)
    headers = ["Report", "HMICFRS ref", "Item", "Lead", "RAG", "Update"]
    hr = 4
    for j, h in enumerate(headers, 1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.border = BOX
    r = hr + 1
    out = []
    breaks = []
    for bi, (rname, rows) in enumerate(blocks):
        start = r
        for rw in rows:
            if rw["ref"]:
                ws.cell(r, 2, rw["refval"] if rw["refval"] is not None
                        else ITEMS[rw["hkey"]]["ref"])
            c = ws.cell(r, 3, rw["title"])
            if rw["note"] is not None:
                c.comment = make_comment(rw["note"])
            ws.cell(r, 4, rw["lead"])
            rc = ws.cell(r, 5, rw["rag"])
            rc.fill = PatternFill("solid", fgColor=FILL[rw["rag"]])
            rc.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 6, rw["update"])
            for colletter, spec in rw["extra"].items():
                ws[f"{colletter}{r}"].comment = make_comment(spec)
            for j in range(1, 7):
                cc = ws.cell(r, j)
                cc.border = BOX
                if j != 5:
                    cc.alignment = Alignment(wrap_text=True, vertical="top")
                cc.font = Font(size=9)
            out.append((f"Tracker!{r}", rw))
            r += 1
        ws.cell(start, 1, rname)
        ws.cell(start, 1).font = Font(bold=True, size=9)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        # blank spacer row after each block, then a page break
        r += 1
        if bi < len(blocks) - 1:
            breaks.append(r - 1)
    ws.cell(r, 1, "RAG key: GREEN = implemented, evidence held; AMBER = in progress; RED = off "
                  "track / beyond deadline; WHITE = not the force's responsibility to deliver. "
                  "Complete = closed by the force.").font = Font(italic=True, size=8)
    for col, w in zip("ABCDEF", (20, 10, 40, 24, 9, 46)):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.row_breaks = RowBreak()
    for b in breaks:
        ws.row_breaks.append(Break(id=b))
    ws.freeze_panes = "A5"
    save(wb, path)
    return out


def save(wb, path: Path) -> None:
    wb.properties.creator = "reconcile case builder"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    # Re-zip with fixed entry timestamps so the build is byte-for-byte repeatable.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2025-11-28T09:30:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 28, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


README_TEXT = '# Case `text_in_cell_notes` (round 29)\n\nBuilt by `../build_text_in_cell_notes.py`. Seed `20291206` (`random.Random(SEED)`, used for\nthe register\'s reference numbers). The build pins zip timestamps and document properties, so a\nrebuild is byte for byte the same. Run it with `/work/main/.venv/bin/python`.\nTexts: real HMICFRS wording (OGL) copied from the casegen text lists and\n`/work/shared/data/real_recommendations.csv`. I wrote the short titles, notes\' asides, updates and\nlocal actions myself.\n\n## Files\n- `hmicfrs.xlsx`: sheet `Register`. Title row 1, "Definitive list as at 14 November 2025"\n  in row 2, blank row 3, header row 4 (`Reference, Report title, Date published, Type,\n  Recommendation / AFI text, Status`), 60 items in rows 5–64. References are plain integers, as\n  in the old public register. Statuses: Being progressed 38, Complete 15, Awaiting review 4,\n  Superseded 3. Types: National recommendation 34, Area for improvement 15, Recommendation 8,\n  Cause of concern 3. 18 reports.\n- `tracker.xlsx`: sheet `Tracker`, Staffordshire Police. It is a compact tracker that prints\n  one page per report. Row 1 is the title. Row 2 says the full text is in the Item cell\'s note.\n  Row 3 is blank and row 4 is the header:\n  `Report | HMICFRS ref | Item | Lead | RAG | Update`. 16 report blocks run in reverse date\n  order (PEEL 2023-25 first, S&S 2013 last). In each block the Report cell is **merged\n  vertically** over the block\'s rows. A blank spacer row follows each block, with a manual page\n  break after it, and row 4 repeats as the print title. Row 90 is a RAG key (legend). The\n  tracker has 69 item rows.\n  - **Item** holds only a short title the force wrote (3–8 words, "Rec 5 – crime recording of\n    online reports"). The full recommendation text is in the Excel note (openpyxl `Comment`)\n    on that cell. 52 rows have a note and 17 have none. Some notes are Excel-style and start\n    with `Kerry Dunn:\\n`.\n  - **HMICFRS ref** is filled on 34 of the 69 rows.\n  - RAG is both text and fill. GREEN, WHITE and "Complete" mean done; AMBER and RED mean open.\n    The legend says WHITE means "not the force\'s responsibility to deliver".\n- `truth.csv`: 75 lines. Row ids are `Register!N` / `Tracker!N`, the row numbers Excel shows.\n\n## Counts per category (truth lines)\n| category | lines | items |\n|---|---|---|\n| in_sync | 30 | 28 (one is a 3-row split) |\n| closeable_submit | 22 | 14 (includes a 4-row split and a 5-row split) |\n| closeable_local | 7 | 7 |\n| conflict | 4 | 4 |\n| missing_from_force | 6 | 6 |\n| not_on_hmicfrs_list | 6 | 6 (4 local actions, 2 real-looking texts not on the list) |\n\n21 of the 60 register items are closed on one side only (14 to submit, 7 to close locally).\n\n## Traps and how the truth decides them\n1. **The text is only in the note.** The short titles are too thin to match on their own.\n   The analyst reads the note, and pairs follow the note text (plus the ref where there is one).\n2. **Rows with no note** (17). Eight of them have a ref, which decides. Nine have neither note\n   nor ref (`Tracker!7, 13, 24, 35, 43, 50, 54, 70, 76`). For those the short title plus the\n   report block decides, e.g. "Rec 2 – licensing demand & capacity" → firearms demand rec.\n   `Tracker!50` is a force action ("Force action – MSHT SPOC in each LPA") → not_on_hmicfrs_list.\n3. **A note that is not the text.** On `Tracker!62` (NCPI AFI 1) the note reads "Full text – see\n   NCPI report p.41". The ref decides, and the pair is closeable_local (Superseded vs AMBER).\n4. **Notes on other cells.** `E15` (RAG) has a status remark and `D67` (Lead) has a change of\n   lead. Neither is recommendation text, and neither changes the category.\n5. **Ambiguous title, ref decides.** `Tracker!47` "Rec 4 – MSHT compliance" has no note. It could\n   be the NRM rec or the NCRS rec, and its ref points to NRM.\n6. **Force numbering ≠ HMICFRS numbering.** The CDI recommendation has 5 bullets, and the force\n   numbered them as "Rec 1"–"Rec 5" (`Tracker!52–56`, each a split line of `Register!29`, all\n   GREEN → closeable_submit ×5; bullet 3 has no note). So the force\'s "Rec 6" (`Tracker!59`) is\n   HMICFRS\'s second CDI recommendation. "Rec N" is never an HMICFRS reference.\n7. **Split rows.** There are three splits:\n   - Stolen Freedom leadership rec, 4 bullets → `Tracker!41–44`. All GREEN, so each line is\n     closeable_submit. 1c has no note.\n   - Police powers BWV rec, 3 parts → `Tracker!19–21`. Two parts are GREEN and one is AMBER, so\n     the item is still open on the force side. HMICFRS has it open too, so all 3 lines are\n     in_sync.\n   - The CDI bullets (trap 6).\n8. **Conflicts only visible in the note or the title:**\n   - `Tracker!27`: the note says "within **twelve** months", the register says "within six\n     months" (timescale).\n   - `Tracker!66`: the note holds 2 of the 3 bullets; the supervisors\' oversight bullet is\n     missing. The force marks it GREEN.\n   - `Tracker!11`: the register type is Recommendation, with "Within six months". The force\'s\n     title says "AFI 1" and its note drops the timescale (type + timescale).\n   - `Tracker!29`: the ref is 8619 but the register has 8691. The last two digits are swapped\n     and 8619 is not a register id. The note is the 8691 text verbatim (reference).\n9. **Near-twins across reports.**\n   - S&S 2013 rec 3 vs S&S 2 (2015) differ in a few words ("elected local policing bodies" vs\n     "police and crime commissioners"). The tracker\'s note (`Tracker!88`) is the 2013 wording\n     under the 2013 block, so it is in_sync, and the 2015 item (`Register!15`) is\n     missing_from_force.\n   - Core Business call-handler criteria (`Tracker!76`, no note, no ref) vs the CDI call-handler\n     rec (`Tracker!59`, note + ref). The report block decides.\n   - The PEEL Eff 16 AFI "improve the supervision of investigations" (`Register!25`) is missing.\n     It is not the PEEL 18-19 "regular and active supervision" row (`Tracker!27`), whose note\n     is the 18-19 text.\n10. **Text variants that are not conflicts:**\n    - abbreviations in notes (ASB, S&S, CoP, MSHT, ISAs, QA, "within 6 months", &);\n    - a stray footnote digit in the register ("intelligence 86 and") that the note lacks;\n    - the DA action plan note carries the report\'s following paragraphs run on (`Tracker!84`);\n    - the PEEL Efficiency 17 note holds only the sentence addressed to chief constables and\n      leaves out the HO/NPCC/APCC sentence (`Tracker!39`).\n    All of these are the same item, with no material difference.\n11. **Local actions next to their parent item.** Both read like HMICFRS asks, but the title\n    says they are the force\'s own:\n    - "Local action – VAWG problem profile" (`Tracker!6`) sits just under AFI 1 on VAWG.\n    - "Internal audit action – panel BWV access" (`Tracker!22`) sits next to BWV part (iii).\n    Both are not_on_hmicfrs_list, as is the CDI dip-sample action (`Tracker!57`).\n12. **Real-looking texts not on the list.** These are not_on_hmicfrs_list: query them with\n    HMICFRS.\n    - Policing in Austerity rec 4 (`Tracker!82`; real wording, not on this force\'s register).\n    - PEEL 18-19 "AFI 3 – RUI & bail" (`Tracker!31`).\n13. **WHITE** on the HO/NPCC use-of-force data rec (`Tracker!23`). The legend makes WHITE "not\n    ours to deliver", which counts as done. HMICFRS has it open, so it is closeable_submit.\n    RAG "Complete" (`Tracker!80`) also counts as done.\n14. **Merged Report cells and the page layout.** The following rows are not items and are not\n    in truth: spacer rows, the header, the title rows 1–2 and the legend in row 90.\n15. **Missing from force** (6, all open on the register). These have no tracker row:\n    - Integrity matters;\n    - S&S 2 (2015);\n    - firearms "systems to identify certificate holders";\n    - PEEL Eff 16 AFI on supervision of investigations;\n    - Stolen Freedom preventative powers;\n    - PEEL 18-19 AFI on outcomes/outputs/costs.\n'


def main() -> None:
    rng = random.Random(SEED)
    used = assign_refs(rng)
    blocks = build_blocks(used)
    OUT.mkdir(parents=True, exist_ok=True)
    hrow = write_hmicfrs(OUT / "hmicfrs.xlsx")
    frows = write_tracker(OUT / "tracker.xlsx", blocks)

    lines = []
    seen = set()
    for fid, rw in frows:
        k = rw["hkey"]
        lines.append((hrow[k] if k else "", fid, rw["cat"], rw["why"]))
        if k:
            seen.add(k)
    for rkey, _t, _p, items in REPORTS:
        for key, *_ in items:
            if key not in seen:
                it = ITEMS[key]
                lines.append((hrow[key], "", "missing_from_force",
                              f"On the register ({it['status']}): '{it['text'][:60]}…' – no "
                              "tracker row under any report: nobody owns it."
                              + (" Near-twin of the 2013 S&S item the force does track "
                                 "(2015 wording: 'police and crime commissioners')."
                                 if key == "s15_1" else "")))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    (OUT / "README.md").write_text(README_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main()
