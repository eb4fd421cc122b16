"""Build the evaluation case `pivot_summary_first_sheet` (round 31).

Force: West Mercia Police. The force tracker is a workbook whose FIRST sheet is the
analyst's committee summary (a pasted pivot of counts by report x status, a "Key points"
block, a pasted pivot of counts by lead x status); the SECOND sheet "Tracker" holds the
items; the THIRD sheet "Lookups" holds the drop-down lists. The HMICFRS side is a register
export (xlsx, one sheet "Register").

Recommendation texts are real public HMICFRS wording (OGL), copied from
/work/shared/data/real_recommendations.csv and the casegen text lists. Rewordings, local
actions and progress notes are written here as a force analyst would.

Run:  /work/main/.venv/bin/python build_pivot_summary_first_sheet.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps).
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
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 3110
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "pivot_summary_first_sheet"
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2024, 3, 4, 9, 30, 0)

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------
# Types
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
# the tracker's own type words (Lookups list)
FTYPE = {REC: "Rec", AFI: "AFI", COC: "Cause of Concern", NAT: "National rec"}
LOCAL_TYPE = "Local action"

# --------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker name)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and "
                  "to provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms Licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
               "PEEL Efficiency 2017 - national"),
    "efc17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
               "PEEL Legitimacy 2017 - national"),
    "leg17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19),
               "Child Protection 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 12), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police Powers spotlight 2021"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 8, 25), "PEEL 2021/22"),
    # force-only report names (not on the register)
    "sas15": (None, None, "Stop & Search 2 (2015)"),
    "austerity": (None, None, "Policing in Austerity 2014"),
}

# --------------------------------------------------------------------------------------
# Real texts (OGL)
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
BWV_1 = ("ensure that officers record on body-worn video (when this is available) the "
         "entirety of all stop and search encounters, including traffic stops and use of force "
         "incidents.")
BWV_2 = ("have a structured process for regularly reviewing and monitoring internally a "
         "sufficient sample of body-worn video footage to identify and disseminate learning and "
         "hold officers to account when behaviour falls below acceptable standards.")
BWV_3 = ("provide external scrutiny panel members with access to samples of body-worn video "
         "footage showing stop and search encounters and use of force incidents, taking account "
         "of the safeguards in the College of Policing’s Authorised Professional Practice.")
BWV_2021 = "By September 2021, forces should: " + BWV_1 + "\n" + BWV_2 + "\n" + BWV_3
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
    "multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed",
]
CDI_VICTIMS = ("Within six months the force should put in place arrangements to ensure that:\n"
               + "\n".join("• " + b for b in CDI_BULLETS) + ".")
MISSING_KIDS_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
CHILD_DETENTION = (
    "Within six months West Mercia Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)

# --------------------------------------------------------------------------------------
# HMICFRS items. Each: key, report, type, register text, HMICFRS status, plan.
# plan: "S" in_sync open, "C" in_sync closed, "U" closeable_submit, "L" closeable_local,
#       "M" missing_from_force, "X:<kind>" conflict, "SPLIT:<U|S>" split rows.
# ftext: the tracker's text (None = same as register); fid: tracker shows the register id
# (True/False); flead: fixed lead or None for random.
I = []


def item(key, rep, typ, text, hstat, plan, ftext=None, fid=None, lead=None, fstat=None,
         freport=None, ftype=None, why=""):
    I.append(dict(key=key, rep=rep, typ=typ, text=text, hstat=hstat, plan=plan, ftext=ftext,
                  fid=fid, lead=lead, fstat=fstat, freport=freport, ftype=ftype, why=why))


# --- Stop and search 2013 (national)
item("sas13_1", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.", "Complete", "C",
     ftext="CCs & CoP should establish in the S&S APP a clear specification of what constitutes "
           "the effective and fair exercise of S&S powers, and guidance in this respect. This "
           "should be compliant with the Code of Practice.", lead="ACC Local Policing")
item("sas13_2", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", "L", lead="ACC Local Policing",
     why="register Complete; tracker still In progress")
item("sas13_3", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Superseded", "C", lead="ACC Local Policing",
     why="register Superseded; tracker Complete. Near-twin of the Stop & Search 2 (2015) row")
# --- Everyone's business 2014
item("everyone", "everyone", NAT, EVERYONE_PLAN, "Complete", "C",
     ftext=EVERYONE_PLAN.replace(" and 20\n", " and\n").replace("\n\n", "\n")
     .replace("• ", "- "), lead="Ch Supt Public Protection",
     why="same text (stray footnote '20' removed, dash bullets); closed both sides")
# --- Core business 2014
item("core_1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete", "C",
     lead="Supt Contact Centre")
item("core_2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Superseded", "L",
     lead="Head of Corporate Development",
     why="register Superseded; tracker In progress")
# --- Integrity matters 2015
item("integrity", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", "C", lead="Head of Professional Standards")
# --- Building the picture 2015
item("picture", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "Being progressed", "U",
     lead="Head of Information Management")
# --- Firearms 2015
item("fire_1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", "C",
     ftext="Assess how well the governance of firearms licensing meets the standards in APP; "
           "put in place the correct arrangements where it does not (3 months).",
     lead="Supt Firearms Licensing",
     why="tracker abridged the text; closed both sides")
item("fire_2", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed", "S",
     ftext="Assess the demand on the Firearms Licensing Dept and ensure it has the capacity to "
           "meet this demand & provide an efficient & effective service at all times (3 months).",
     lead="Supt Firearms Licensing", why="tracker abridged; open both sides")
item("fire_3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed", "M",
     why="not on the tracker; the other four firearms items are")
item("fire_4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", "U",
     ftext="Ensure use of temporary permits is in accordance with HO guidance, that permits are "
           "recorded without delay on NFLMS and that certificate holders cannot remain in "
           "unlawful possession of a firearm (3 months).",
     lead="Supt Firearms Licensing", why="register open; tracker Complete (abridged text)")
item("fire_5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "Complete", "L",
     lead="Supt Contact Centre", why="register Complete; tracker In progress")
# --- PEEL effectiveness 2016 (force)
item("eff16_coc", "eff16", COC,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was "
     "inappropriate in some cases. We found some instances where children were classed as "
     "‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing "
     "children were sometimes incorrectly assessed at a lower grade. Children were incorrectly "
     "graded at a lower level and could have been exposed to an increased risk of harm.",
     "Complete", "C", lead="Ch Supt Public Protection")
item("eff16_rec", "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately "
     + MISSING_KIDS_BODY + ".", "Being progressed", "U",
     ftext="Immediately - review approach to reports of missing children: call takers use the missing/absent "
           "category appropriately; call takers and frontline staff can identify CSE risk "
           "factors; supervisors provide correct oversight of missing person enquiries.",
     lead="Ch Supt Public Protection", why="register open; tracker Complete (summarised text)")
item("eff16_afi1", "eff16", AFI,
     "The force should take steps to ensure that there is effective supervision of the initial "
     "risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases.", "Complete", "L", lead="Ch Supt Public Protection",
     why="register Complete; tracker In progress")
item("eff16_afi2", "eff16", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Complete", "C", lead="Det Ch Supt Force CID")
item("eff16_afi3", "eff16", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "Superseded", "L",
     lead="Ch Supt Public Protection", why="register Superseded; tracker Not started")
# --- Stolen freedom 2017 (national)
item("sf_1", "stolen", NAT, SF_LEADERSHIP, "Being progressed", "X:bullet",
     ftext=SF_LEADERSHIP.split("; and\n• performance")[0].replace(
         ";\n• forces develop", "; and\n• forces develop") + ".",
     lead="Det Ch Supt Force CID",
     why="conflict: tracker text drops the fourth bullet (performance and quality assurance "
         "measures)")
item("sf_2", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", "X:timescale",
     ftext="Within twelve months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence and in "
           "order to safeguard victims better and to identify suspects as early as possible.",
     lead="Head of Intelligence",
     why="conflict: timescale - register 'Within six months', tracker 'Within twelve months' "
         "(register text also carries a stray footnote '86')")
item("sf_3", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", "S", lead="Head of Criminal Justice")
item("sf_4", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Awaiting review", "U",
     lead="Det Ch Supt Force CID", why="register open; tracker Complete")
item("sf_5", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Complete", "C",
     lead="Force Crime Registrar")
item("sf_6", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Being progressed", "S",
     lead="Det Ch Supt Force CID")
item("sf_7", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed", "U", lead="Det Ch Supt Force CID",
     why="register open; tracker Complete")
# --- PEEL efficiency 2017 (national)
item("efc17n", "efc17n", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed", "S",
     ftext="By September 2018, CCs should produce an ambitious plan to improve digitally-enabled "
           "services within their force.", lead="Head of Corporate Development",
     why="tracker keeps only the force's part; open both sides")
# --- PEEL efficiency 2017 (force)
item("efc17_1", "efc17", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public.",
     "Complete", "C", lead="Head of Corporate Development")
item("efc17_2", "efc17", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "Being progressed", "S", lead="Director of Finance")
item("efc17_3", "efc17", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Being progressed", "U",
     lead="Director of People", why="register open; tracker Complete")
item("efc17_4", "efc17", AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", "Being progressed", "X:reference",
     lead="Supt Contact Centre",
     why="conflict: reference - tracker's HMICFRS ID has two digits transposed (no such id on "
         "the register); text, report and type agree")
# --- PEEL legitimacy 2017 (national)
item("leg17n_coc", "leg17n", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", "S",
     lead="ACC Local Policing")
item("leg17n_1", "leg17n", NAT, SAS_MONITORING_2017, "Being progressed", "U",
     lead="ACC Local Policing", why="register open; tracker Complete")
item("leg17n_2", "leg17n", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed", "S", lead="ACC Local Policing")
item("leg17n_3", "leg17n", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed", "M",
     why="not on the tracker")
item("leg17n_4", "leg17n", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Complete", "C",
     lead="Head of Learning & Development")
# --- PEEL legitimacy 2017 (force)
item("leg17_1", "leg17", AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", "Being progressed", "S",
     lead="Head of Professional Standards")
item("leg17_2", "leg17", AFI,
     "The force should satisfy itself that it has processes in place to ensure that "
     "investigations into misconduct by officers and staff resulting in “no further action” "
     "are fair and free of any form of discrimination.", "Complete", "L",
     lead="Head of Professional Standards", why="register Complete; tracker In progress")
item("leg17_3", "leg17", AFI,
     "The force should revise its approach to cautions, cannabis warning and penalty notices "
     "for disorder to ensure that there is a clear and auditable explanation to the offender of "
     "the implications of receiving the warning and that, for victim-based crimes, there is a "
     "clear and auditable record that views of the victim are considered prior to their issue.",
     "Complete", "C", lead="Head of Criminal Justice")
item("leg17_4", "leg17", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Awaiting review", "S",
     lead="Director of People")
# --- National child protection inspection 2018
item("ncpi_1", "ncpi18", REC, CHILD_DETENTION, "Being progressed", "U",
     ftext="Within 6 months, in conjunction with children's social care, review how the force manages the "
           "detention of children - children only detained when absolutely neccessary; early "
           "assessment of need for alternative accomodation; custody record of all actions and "
           "decisions; timely appropriate adult support.",
     lead="Ch Insp Custody", why="register open; tracker Complete (summary, misspellings)")
item("ncpi_2", "ncpi18", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to child sexual exploitation.", "Being progressed", "S",
     lead="Head of Learning & Development")
item("ncpi_3", "ncpi18", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about online "
     "child sexual abuse.", "Being progressed", "M",
     why="not on the tracker; tracker's PEEL 2021/22 row on online child sexual abuse is a "
         "different ask (specialist capacity)")
# --- PEEL 2018/19 (force; real West Mercia texts)
P18 = "HMIC recommends that the force should immediately:"
item("p18_coc1", "peel18", COC,
     "The force does not have suitable arrangements in place to make sure it can maintain the "
     "full range of public services when its alliance with Warwickshire Police ends. There are "
     "gaps in its workforce skills assessment, and weaknesses in both its investigative "
     "approach and its approach to safeguarding vulnerable people.", "Being progressed", "S",
     lead="DCC")
item("p18_1", "peel18", REC,
     P18 + " conduct a review of officers’ capabilities and capacity to manage their "
     "investigative workload, to better understand investigative demand and the pressures "
     "placed upon them; and", "Being progressed", "U",
     ftext="Immediately: conduct a review of officers' capabilities and capacity to manage their "
           "investigative workload, to better understand investigative demand and the "
           "pressures placed upon them.",
     lead="Det Ch Supt Force CID", why="register open; tracker Complete (stem removed)")
item("p18_2", "peel18", REC,
     P18 + " conduct a review, involving its partners, of the approach to vulnerability to "
     "better safeguard vulnerable people.", "Being progressed", "S",
     ftext="Immediately - conduct a review, involving its partners, of the approach to vulnerability to "
           "better safeguard vulnerable people.", lead="Ch Supt Public Protection")
item("p18_3", "peel18", REC,
     P18 + " expand the skills project work to include an assessment of all skills, not only "
     "operational, including potential future skills requirements. This assessment should "
     "inform workforce plans;", "Being progressed", "S", lead="Director of People")
item("p18_4", "peel18", REC,
     P18 + "agree arrangements with Warwickshire Police to secure a smooth transition to its "
     "future operating model, ensuring no disruption to public services; and", "Complete", "C",
     ftext="Immediately agree arrangements with Warwickshire Police to secure a smooth transition to the "
           "future operating model, ensuring no disruption to public services (alliance exit).",
     lead="DCC")
item("p18_5", "peel18", REC,
     P18 + "clearly define its new operating model, ensuring all operational and support "
     "services are affordable and fit to protect the communities of West Mercia;",
     "Being progressed", "U", lead="DCC", why="register open; tracker Complete")
item("p18_6", "peel18", REC,
     P18 + "improve its arrangements both to consult with the public about business planning "
     "and to feed back on changes made to service delivery as a result of such consultation.",
     "Being progressed", "S", lead="Head of Corporate Development")
item("p18_coc2", "peel18", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.", "Being progressed", "S",
     lead="Det Ch Supt Force CID")
item("p18_7", "peel18", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", "Complete", "L",
     ftext="Within 6 months - ensure regular and active supervison of the quality and progress of investigations. "
           "This supervison should be properly recorded.",
     lead="Det Ch Supt Force CID", why="register Complete; tracker In progress (misspelt)")
item("p18_8", "peel18", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;", "Being progressed", "X:type",
     ftext="Improve the force's ability to retrieve digital evidence from mobile phones, "
           "computers and other electronic devices quickly enough to ensure investigations are "
           "not delayed (within six months).",
     ftype=AFI, lead="Head of Intelligence",
     why="conflict: type - register Recommendation (under a cause of concern), tracker AFI")
item("p18_9", "peel18", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     "Being progressed", "S", lead="Head of Criminal Justice")
# --- CDI 2019 (force)
item("cdi_1", "cdi19", REC, CDI_VICTIMS, "Being progressed", "SPLIT:S",
     lead="Force Crime Registrar",
     why="split: tracker has one row per bullet (5 rows), all In progress; register open")
item("cdi_2", "cdi19", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", "C", lead="Supt Contact Centre",
     why="closed both sides; near-twin of the Core Business 2014 national item on "
         "call-handler criteria")
# --- Police powers spotlight 2021 (national)
item("pow_1", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", "S", lead="Head of Learning & Development")
item("pow_2", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", "U",
     ftext="By July 2021, ensure communication skills are reinforced as part of the CPD "
           "programme for officers & staff, and that supervisors are supported to routinely "
           "and frequently debrief officers on these skills using BWV footage.",
     lead="Head of Learning & Development", why="register open; tracker Complete")
item("pow_3", "powers", NAT, BWV_2021, "Being progressed", "SPLIT:U",
     lead="ACC Local Policing",
     why="split: tracker has one row per part (3 rows), all Complete; register open")
item("pow_4", "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", "Awaiting review", "U", fstat="Not applicable",
     why="register open; tracker 'Not applicable' (directed at the Home Office and NPCC, not "
         "the force: the force's done/not-for-us state, like WHITE) - submit for closure")
item("pow_5", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed", "S",
     lead="ACC Local Policing")
# --- PEEL 2021/22 (force)
item("p21_1", "peel21", AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", "Being progressed", "S", lead="Head of Intelligence",
     why="open both sides; near-twin of the fraud AFI that is missing from the tracker")
item("p21_2", "peel21", AFI,
     "The force should improve its understanding of the nature and scale of fraud in its area.",
     "Awaiting review", "M",
     why="not on the tracker; its near-twin (county lines) is")
item("p21_3", "peel21", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", "S", lead="Det Ch Supt Force CID")
item("p21_4", "peel21", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of domestic abuse.", "Being progressed", "U",
     ftext="AFI 4 - Make sure the force consistently uses ancillary orders and other powers to "
           "protect victims of DA.",
     lead="Ch Supt Public Protection", why="register open; tracker Complete")
item("p21_5", "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", "Being progressed", "S", lead="Supt Contact Centre")
item("p21_6", "peel21", AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to violence against women and girls.", "Being progressed", "S",
     lead="Head of Corporate Development")
item("p21_7", "peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Being progressed", "S",
     lead="Det Ch Supt Force CID")
item("p21_8", "peel21", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to hate crime.", "Being progressed", "U",
     lead="Head of Learning & Development", why="register open; tracker Complete")
item("p21_9", "peel21", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", "Being progressed", "X:report",
     freport="peel18", lead="ACC Local Policing", fstat="Complete",
     why="conflict: report - tracker files it under PEEL 2018/19, register under PEEL 2021/22 "
         "(tracker Complete, register open: the report disagreement comes first)")

# --------------------------------------------------------------------------------------
# Force-only rows: (report key, type, text, status, lead, why)
LOCALS = {
    "sas15": ("sas15", NAT,
              "Chief constables should, in consultation with police and crime commissioners, "
              "ensure that they comply with the Code of Practice by explaining to the public the "
              "way stop and search powers are used in their areas and by making arrangements "
              "for stop and search records to be scrutinised by community representatives. This "
              "should be done in a way that involves those people who are stopped and searched, "
              "for example young people.", "Complete", "ACC Local Policing",
              "Stop and search powers 2 (2015) item; not on the register. Near-twin of the 2013 "
              "item (register Superseded) which has its own tracker row"),
    "austerity": ("austerity", NAT,
                  "Chief Constables and PCCs in forces planning to deliver less than 10% of "
                  "their savings through collaboration should assess whether there is scope to "
                  "improve on this position. HMIC will follow up the assessments in the autumn.",
                  "In progress", "Director of Finance",
                  "Policing in Austerity 2014 item; the register no longer lists it (tracker "
                  "shows an old register id not on the list)"),
    "loc_msht": ("stolen", LOCAL_TYPE,
                 "Local action: Task & Finish group to review the modern slavery and human "
                 "trafficking policy and report to the Force Executive Team",
                 "In progress", "Det Ch Supt Force CID", "force's own local action"),
    "loc_cdi": ("cdi19", LOCAL_TYPE,
                "Force action - Dip-sample 50 domestic abuse crime reports each quarter and "
                "report findings to the Crime Standards Board", "In progress",
                "Force Crime Registrar", "force's own local action"),
    "loc_peel21": ("peel21", LOCAL_TYPE,
                   "Add violence against women and girls measures to the monthly Force "
                   "Performance pack", "Complete", "Head of Corporate Development",
                   "force's own local action (no prefix)"),
    "loc_audit": ("leg17", LOCAL_TYPE,
                  "Internal audit action: Internal audit of the vetting governance arrangements "
                  "(audit plan 2023/24)", "Not started", "Head of Professional Standards",
                  "force's own local action (internal audit)"),
}

# --------------------------------------------------------------------------------------
# Register ids: plain integers, unique, rising with publication date.
BASE = {"sas13": 1180, "everyone": 2310, "core": 4815, "integrity": 5020, "picture": 5630,
        "firearms": 6110, "eff16": 7402, "stolen": 8233, "efc17n": 8470, "efc17": 8488,
        "leg17n": 8536, "leg17": 8560, "ncpi18": 9105, "peel18": 10218, "cdi19": 10874,
        "powers": 12663, "peel21": 13740}
seen = set()
last_id = {}
for it in I:
    nxt = last_id.get(it["rep"], BASE[it["rep"]] - 1) + rng.choice([1, 1, 1, 2, 3])
    while nxt in seen:
        nxt += 1
    it["id"] = nxt
    last_id[it["rep"]] = nxt
    seen.add(nxt)
ALL_IDS = set(seen)

# --------------------------------------------------------------------------------------
# HMICFRS register export
H_HEADER = ["Reference", "Force", "Report title", "Publication date", "Type",
            "Recommendation text", "Status", "Status date", "Latest comment"]
COMMENTS = {
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered by "
                 "members of the inspection team in recent inspection activity."],
    "Superseded": ["This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections."],
    "Being progressed": ["The progress of the implementation of this recommendation is "
                         "currently being monitored by HMICFRS and this record will, in due "
                         "course, be updated.", None, None],
    "Awaiting review": ["New recommendation", None],
}


def status_date(pub, hstat):
    lo = pub + dt.timedelta(days=60)
    hi = dt.date(2024, 2, 16)
    if hstat == "Awaiting review":
        lo = max(lo, dt.date(2023, 6, 1))
    span = (hi - lo).days
    return lo + dt.timedelta(days=rng.randrange(max(span, 1)))


# order: publication date, then reference
I_sorted = sorted(I, key=lambda x: (REPORTS[x["rep"]][1], x["id"]))
for n, it in enumerate(I_sorted):
    it["hrow"] = n + 2  # header in row 1
    it["sdate"] = status_date(REPORTS[it["rep"]][1], it["hstat"])
    it["comment"] = rng.choice(COMMENTS[it["hstat"]])

# --------------------------------------------------------------------------------------
# Tracker rows
UPD_OPEN = [
    "Task & Finish group set up; implementation plan drafted, policy rewrite under way.",
    "Work undertaken in area but still requires development to complete.",
    "Allocated to lead. Progress reported to the OPCC for the 56-day response.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Update requested from lead for March JAC - none received.",
    "Awaiting allocation.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Revised timescale agreed at Force Assurance Board (Jan 24).",
    "Addressed holistically as part of the force change programme.",
    "",
]
UPD_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Complete - evidence pack held by Organisational Learning; for submission to HMICFRS.",
    "Policy signed off and in place; dip-sample shows compliance. Propose closure.",
    "Signed off by chief officer lead at Force Assurance Board.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
]
TARGETS_OPEN = ["Mar 2024", "Jun 2024", "Q1 2024/25", "30/09/2024",
                "No deadline set by HMICFRS", "Dec 2024", ""]


def fstatus_for(it):
    if it["fstat"]:
        return it["fstat"]
    p = it["plan"]
    if p in ("C", "U", "SPLIT:U"):
        return "Complete"
    if p in ("L",):
        return rng.choice(["In progress", "In progress", "In progress", "Not started"])
    if p in ("S", "SPLIT:S") or p.startswith("X:"):
        return rng.choice(["In progress", "In progress", "In progress", "Not started"])
    raise ValueError(p)


def upd_for(fstat):
    if fstat == "Complete":
        return rng.choice(UPD_DONE), ""
    if fstat == "Not applicable":
        return ("Not the force's responsibility to deliver; directed at the Home Office and "
                "NPCC."), ""
    if fstat == "Not started":
        return rng.choice(["Awaiting allocation.", "Update requested from lead for March JAC "
                           "- none received.", ""]), rng.choice(TARGETS_OPEN)
    return rng.choice(UPD_OPEN), rng.choice(TARGETS_OPEN)


# the tracker's own order of report groups (roughly when the analyst added them)
TRACKER_ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "firearms", "eff16", "stolen", "efc17n", "efc17", "leg17n", "leg17",
                 "ncpi18", "peel18", "cdi19", "powers", "peel21"]

frows = []  # dicts: report key, type word, text, lead, status, update, target, hid, truth info
for it in I:
    if it["plan"] == "M":
        continue
    rep = it["freport"] or it["rep"]
    ftype = FTYPE[it["ftype"] or it["typ"]]
    fstat = fstatus_for(it)
    lead = it["lead"]
    # the register id on the tracker: shown for about two rows in three
    show_id = rng.random() < 0.68 if it["fid"] is None else it["fid"]
    hid = it["id"] if show_id else None
    if it["plan"] == "X:reference":
        s = str(it["id"])
        hid = int(s[:-2] + s[-1] + s[-2])
        assert hid not in ALL_IDS and hid != it["id"]
    if it["plan"].startswith("SPLIT"):
        if it["key"] == "cdi_1":
            parts = ["Within six months put in place arrangements to ensure that " + b.rstrip(";")
                     .replace("; and", "") for b in CDI_BULLETS]
            parts = [p.rstrip(".") + "." for p in parts]
        else:
            parts = ["By September 2021, " + BWV_1, "By September 2021, " + BWV_2,
                     "By September 2021, " + BWV_3]
        hid = it["id"]
        for k, ptxt in enumerate(parts):
            u, tgt = upd_for(fstat)
            frows.append(dict(rep=rep, ftype=ftype, text=ptxt, lead=lead, status=fstat, upd=u,
                              tgt=tgt, hid=hid, item=it, split=k + 1))
        continue
    u, tgt = upd_for(fstat)
    frows.append(dict(rep=rep, ftype=ftype, text=it["ftext"] or it["text"], lead=lead,
                      status=fstat, upd=u, tgt=tgt, hid=hid, item=it, split=0))

for key, (rep, typ, text, fstat, lead, why) in LOCALS.items():
    u, tgt = upd_for(fstat)
    hid = 3907 if key == "austerity" else None
    assert hid not in ALL_IDS
    frows.append(dict(rep=rep, ftype=(typ if typ == LOCAL_TYPE else FTYPE[typ]), text=text,
                      lead=lead, status=fstat, upd=u, tgt=tgt, hid=hid, item=None, split=0,
                      local=key, why=why))

# a couple of rows with no lead recorded (pivot shows "(blank)")
for fr in frows:
    it = fr["item"]
    if it is not None and it["key"] in ("pow_4", "leg17n_2", "sf_3"):
        fr["lead"] = None

order = {k: n for n, k in enumerate(TRACKER_ORDER)}
# stable sort: by report group; within a group HMICFRS order, local actions last
frows.sort(key=lambda fr: (order[fr["rep"]], 1 if fr.get("local") and fr["ftype"] ==
                           LOCAL_TYPE else 0))

# force refs: running numbers per the analyst, split rows get .1 .2 ...
n = 0
for fr in frows:
    if fr["split"] in (0, 1):
        n += 1
    fr["ref"] = f"R{n:03d}" + (f".{fr['split']}" if fr["split"] else "")

T_HEADER_ROW = 4
for k, fr in enumerate(frows):
    fr["row"] = T_HEADER_ROW + 1 + k

# --------------------------------------------------------------------------------------
# Workbook helpers


def fixed_props(wb):
    wb.properties.creator = "Organisational Learning Team"
    wb.properties.lastModifiedBy = "Organisational Learning Team"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def save_stable(wb, path):
    """Save, then rewrite the zip with fixed member timestamps so the bytes are stable."""
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with now()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-03-04T09:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
PIV_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="9BC2E6")

os.makedirs(OUT, exist_ok=True)

# --- HMICFRS register
wb = Workbook()
fixed_props(wb)
ws = wb.active
ws.title = "Register"
ws.append(H_HEADER)
for c in ws[1]:
    c.font = BOLD
for it in I_sorted:
    title, pub, _ = REPORTS[it["rep"]]
    ws.append([it["id"], "West Mercia Police", title, pub, it["typ"], it["text"], it["hstat"],
               it["sdate"], it["comment"]])
    r = ws.max_row
    ws.cell(r, 4).number_format = "dd/mm/yyyy"
    ws.cell(r, 8).number_format = "dd/mm/yyyy"
for col, w in zip("ABCDEFGHI", [11, 20, 50, 14, 24, 90, 17, 13, 50]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:I{ws.max_row}"
save_stable(wb, os.path.join(OUT, "hmicfrs.xlsx"))

# --- Force tracker
STATUSES = ["Not started", "In progress", "Complete", "Not applicable"]  # Lookups order
LEAD_LIST = sorted({fr["lead"] for fr in frows if fr["lead"]})
REPORT_LIST = [REPORTS[k][2] for k in TRACKER_ORDER]
TYPE_LIST = ["Rec", "AFI", "Cause of Concern", "National rec", "Local action"]

wb = Workbook()
fixed_props(wb)
ws_sum = wb.active
ws_sum.title = "Summary"
ws_t = wb.create_sheet("Tracker")
ws_l = wb.create_sheet("Lookups")

# Tracker (items)
ws_t["A1"] = "West Mercia Police - HMICFRS Recommendations & AFIs Tracker"
ws_t["A1"].font = Font(bold=True, size=14)
ws_t["A2"] = ("Owner: Organisational Learning Team.  Last updated 04/03/2024.  Use the drop-downs "
              "for Report, Type, Lead and Status (lists on the Lookups tab).")
ws_t["A2"].font = Font(italic=True)
T_HEADER = ["Ref", "HMICFRS ID", "Report", "Type", "Recommendation / AFI", "Lead", "Status",
            "Update", "Target date"]
for j, h in enumerate(T_HEADER, 1):
    c = ws_t.cell(T_HEADER_ROW, j, h)
    c.font = HEAD_FONT
    c.fill = HEAD_FILL
    c.alignment = Alignment(wrap_text=True, vertical="center")
for fr in frows:
    r = fr["row"]
    vals = [fr["ref"], fr["hid"], REPORTS[fr["rep"]][2], fr["ftype"], fr["text"], fr["lead"],
            fr["status"], fr["upd"] or None, fr["tgt"] or None]
    for j, v in enumerate(vals, 1):
        c = ws_t.cell(r, j, v)
        c.alignment = WRAP
for col, w in zip("ABCDEFGHI", [9, 11, 28, 16, 80, 28, 14, 55, 16]):
    ws_t.column_dimensions[col].width = w
last = frows[-1]["row"]
ws_t.freeze_panes = ws_t.cell(T_HEADER_ROW + 1, 1)
ws_t.auto_filter.ref = f"A{T_HEADER_ROW}:I{last}"

# Lookups
LK = [("Status", STATUSES), ("Lead", LEAD_LIST), ("Report", REPORT_LIST), ("Type", TYPE_LIST)]
for j, (h, vals) in enumerate(LK, 1):
    c = ws_l.cell(1, j, h)
    c.font = BOLD
    for i, v in enumerate(vals, 2):
        ws_l.cell(i, j, v)
for col, w in zip("ABCD", [16, 30, 34, 20]):
    ws_l.column_dimensions[col].width = w


def dv(col_letter, lk_col, nvals):
    d = DataValidation(type="list", formula1=f"=Lookups!${lk_col}$2:${lk_col}${nvals + 1}",
                       allow_blank=True)
    d.add(f"{col_letter}{T_HEADER_ROW + 1}:{col_letter}{last + 50}")
    ws_t.add_data_validation(d)


dv("G", "A", len(STATUSES))
dv("F", "B", len(LEAD_LIST))
dv("C", "C", len(REPORT_LIST))
dv("D", "D", len(TYPE_LIST))

# Summary (first sheet): pasted pivots + key points
ws_sum["A1"] = "HMICFRS Recommendations - position for the Joint Audit Committee, March 2024"
ws_sum["A1"].font = Font(bold=True, size=14)
ws_sum["A2"] = "Pivot of the Tracker tab as at 04/03/2024 (values pasted)"
ws_sum["A2"].font = Font(italic=True)

piv_cols = sorted({fr["status"] for fr in frows})  # pivot default: ascending


def write_pivot(top, row_field, rows_vals, key_fn):
    ws_sum.cell(top, 1, "Count of Ref").font = BOLD
    ws_sum.cell(top, 2, "Column Labels").font = BOLD
    hdr = ["Row Labels"] + piv_cols + ["Grand Total"]
    for j, h in enumerate(hdr, 1):
        c = ws_sum.cell(top + 1, j, h)
        c.font = BOLD
        c.fill = PIV_FILL
        c.border = Border(bottom=THIN)
    r = top + 2
    totals = {s: 0 for s in piv_cols}
    for rv in rows_vals:
        ws_sum.cell(r, 1, rv)
        tot = 0
        for j, s in enumerate(piv_cols, 2):
            n_ = sum(1 for fr in frows if key_fn(fr) == rv and fr["status"] == s)
            if n_:
                ws_sum.cell(r, j, n_)
            totals[s] += n_
            tot += n_
        ws_sum.cell(r, len(piv_cols) + 2, tot)
        r += 1
    ws_sum.cell(r, 1, "Grand Total").font = BOLD
    for j, s in enumerate(piv_cols, 2):
        c = ws_sum.cell(r, j, totals[s])
        c.font = BOLD
    c = ws_sum.cell(r, len(piv_cols) + 2, sum(totals.values()))
    c.font = BOLD
    for j in range(1, len(piv_cols) + 3):
        ws_sum.cell(r, j).fill = PIV_FILL
        ws_sum.cell(r, j).border = Border(top=THIN)
    return r


rep_names = sorted({REPORTS[fr["rep"]][2] for fr in frows}, key=str.lower)
end1 = write_pivot(4, "Report", rep_names, lambda fr: REPORTS[fr["rep"]][2])
lead_names = sorted({fr["lead"] for fr in frows if fr["lead"]}, key=str.lower) + ["(blank)"]
end2 = write_pivot(end1 + 3, "Lead", lead_names, lambda fr: fr["lead"] or "(blank)")

n_all = len(frows)
n_done = sum(fr["status"] == "Complete" for fr in frows)
n_na = sum(fr["status"] == "Not applicable" for fr in frows)
n_ns = sum(fr["status"] == "Not started" for fr in frows)
n_local = sum(fr["ftype"] == LOCAL_TYPE for fr in frows)
open_by_rep = {}
for fr in frows:
    if fr["status"] in ("In progress", "Not started"):
        nm = REPORTS[fr["rep"]][2]
        open_by_rep[nm] = open_by_rep.get(nm, 0) + 1
top_rep = max(sorted(open_by_rep), key=lambda k: open_by_rep[k])
KEY_POINTS = [
    "Key points",
    f"• {n_all} lines on the tracker, of which {n_local} are the force's own local actions.",
    f"• {n_done} lines are Complete. Those still shown as open by HMICFRS will be submitted "
    f"for closure once the sign-off lead has checked the evidence.",
    f"• {top_rep} has the most open lines ({open_by_rep[top_rep]}); progress is reported to "
    f"the Force Assurance Board monthly.",
    f"• {n_ns} lines are Not started - leads have been asked for an update before the "
    f"committee meets.",
    f"• Not applicable ({n_na}) = directed at a national body (Home Office / NPCC), not the "
    f"force.",
    "• CDI 2019 and the 2021 police powers items are tracked one line per bullet, so counts "
    "are lines, not HMICFRS items.",
    "• HMICFRS definitive list due mid-March: reconciliation to follow at the next JAC.",
]
kp_col = len(piv_cols) + 4  # leave a gap column after the pivot
for i, t in enumerate(KEY_POINTS):
    r = 4 + i
    c = ws_sum.cell(r, kp_col, t)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if i == 0:
        c.font = Font(bold=True, size=12)
    ws_sum.merge_cells(start_row=r, start_column=kp_col, end_row=r, end_column=kp_col + 6)
    ws_sum.row_dimensions[r].height = 15 if i == 0 else 30
ws_sum.column_dimensions["A"].width = 34
for j in range(2, len(piv_cols) + 3):
    ws_sum.column_dimensions[ws_sum.cell(1, j).column_letter].width = 13
save_stable(wb, os.path.join(OUT, "tracker.xlsx"))

# --------------------------------------------------------------------------------------
# truth.csv
CAT = {"S": "in_sync", "C": "in_sync", "U": "closeable_submit", "L": "closeable_local",
       "M": "missing_from_force", "SPLIT:S": "in_sync", "SPLIT:U": "closeable_submit"}
lines = []
for it in I_sorted:
    hr = f"Register!{it['hrow']}"
    mine = [fr for fr in frows if fr["item"] is it]
    cat = "conflict" if it["plan"].startswith("X:") else CAT[it["plan"]]
    why = it["why"]
    if not why:
        hs = "closed" if it["hstat"] in ("Complete", "Superseded") else "open"
        fs = mine[0]["status"] if mine else ""
        why = {"in_sync": f"same item; register {it['hstat']}, tracker {fs} ({hs} both)",
               "closeable_submit": f"same item; register {it['hstat']} (open), tracker {fs}",
               "closeable_local": f"same item; register {it['hstat']} (closed), tracker {fs}",
               }.get(cat, cat)
    if not mine:
        lines.append((hr, "", cat, why))
    for fr in mine:
        w = why
        if fr["split"]:
            w = f"{why}; part {fr['split']} of {len(mine)}"
        lines.append((hr, f"Tracker!{fr['row']}", cat, w))
for fr in frows:
    if fr["item"] is None:
        lines.append(("", f"Tracker!{fr['row']}", "not_on_hmicfrs_list", fr["why"]))

with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

# summary for the README (printed)
from collections import Counter  # noqa: E402
cnt = Counter(l[2] for l in lines)
print("register items:", len(I_sorted), " tracker item rows:", len(frows),
      " truth lines:", len(lines))
for k in ["closeable_submit", "closeable_local", "conflict", "missing_from_force",
          "not_on_hmicfrs_list", "in_sync"]:
    print(f"  {k}: {cnt[k]}")
print("summary pivot ends at rows", end1, end2, "; key points col", kp_col)

# --------------------------------------------------------------------------------------
# README (hand-written; counts checked above by check_case.py)
README = """# Case `pivot_summary_first_sheet` (round 31)

Force: West Mercia Police. Built by `../build_pivot_summary_first_sheet.py` (seed `3110`,
`random.Random(3110)`; workbook timestamps fixed, so a rebuild is byte-identical).
`../check_case.py` re-reads the files and checks truth.csv against them.
Texts: real HMICFRS wording (OGL) from `/work/shared/data/real_recommendations.csv` and the
casegen text lists; rewordings, local actions and progress notes written for this case.

## Files
- `hmicfrs.xlsx`: register export, one sheet `Register`, header in row 1, 69 items in rows 2-70.
  Columns: Reference (plain integer, no prefix), Force, Report title (full HMICFRS titles),
  Publication date (date, dd/mm/yyyy), Type (Recommendation / Area for improvement /
  Cause of concern / National recommendation), Recommendation text, Status
  (Awaiting review, Being progressed = open; Complete, Superseded = closed), Status date,
  Latest comment (register-style comments, blank for some).
- `tracker.xlsx`: three sheets, in this order:
  1. `Summary` (FIRST sheet, no items): title rows 1-2; a pasted pivot "Count of Ref" at A4:F25
     (`Column Labels` / `Row Labels`, columns Complete, In progress, Not applicable,
     Not started, Grand Total; one row per report name, written with exactly the words of the
     Tracker's Report column; blank where zero; `Grand Total` row 25); a "Key points" block
     at H4:N11 (merged rows of text: counts, report names, status words); a second pasted pivot
     by Lead at A28:F47, with a `(blank)` row and a `Grand Total` row. All plain values.
     Its counts equal the Tracker sheet exactly.
  2. `Tracker` (the items): title row 1, note row 2, blank row 3, header row 4:
     Ref, HMICFRS ID, Report, Type, Recommendation / AFI, Lead, Status, Update, Target date.
     77 item rows, Excel rows 5-81, a flat table (no report-heading rows), autofilter,
     drop-down validations pointing at Lookups. Ref is the force's own running number
     (R001..R071, split rows R056.1-5 and R061.1-3), not a register reference; HMICFRS ID is
     the register reference, filled on about two rows in three.
     Status words: Not started, In progress (open); Complete, Not applicable (done: Not
     applicable = directed at a national body, the WHITE of real trackers).
     Type words: Rec, AFI, Cause of Concern, National rec, Local action.
  3. `Lookups` (no items): header row 1 `Status | Lead | Report | Type`, lists below (the
     Report list repeats the report names; a Status + Report header row looks like a table).
- `truth.csv`: 81 lines. Only `Tracker` rows are force items; nothing on Summary or Lookups is.

## Counts (truth.csv lines)
| category | lines | note |
|---|---|---|
| in_sync | 42 | 38 items, one of them split into 5 rows (open both / closed both) |
| closeable_submit | 17 | 15 items, one of them split into 3 rows |
| closeable_local | 7 | |
| conflict | 5 | |
| missing_from_force | 4 | |
| not_on_hmicfrs_list | 6 | 4 local actions + 2 recommendations not on the register |
Register items 69 (65 matched, 4 missing); tracker item rows 77. Closed on one side only:
22 of 65 matched items (about a third).

## Traps and how the truth decides them
- **Summary first.** The first sheet is the committee summary. Its pivot rows carry report
  names identical to Tracker!C, its columns are the status words, the lead pivot carries the
  lead names, and "Grand Total"/"(blank)" rows look like data. None of it is an item.
- **Key points** block: sentences naming reports, status words and counts. Not items.
- **Lookups**: header `Status | Lead | Report | Type` with report names below. Not items.
- **Split rows**: Register!55 (CDI 2019, five bullets) -> Tracker!60-64, one row per bullet,
  all In progress, register Being progressed -> in_sync x5. Register!59 (body-worn video,
  three parts) -> Tracker!69-71, all Complete, register open -> closeable_submit x3.
  Split rows carry the same HMICFRS ID.
- **Conflicts** (facts disagree; category is conflict whatever the statuses):
  Register!20/Tracker!24 missing bullet (MSHT leadership: 4th bullet on performance and QA
  dropped); Register!21/Tracker!25 timescale ("Within six months" vs "Within twelve months";
  the register text also has a stray footnote "86"); Register!31/Tracker!36 reference
  (tracker HMICFRS ID 8449 for 8494, no such id on the register); Register!53/Tracker!57 type
  (register Recommendation, tracker AFI); Register!70/Tracker!59 report (a PEEL 2021/22 AFI
  filed in the tracker under PEEL 2018/19, with the right id; tracker Complete, register open).
- **Missing from force**: Register!12 (firearms "total expired" records), Register!35 (publish
  the analysis annually), Register!43 (intelligence on online child sexual abuse: the tracker
  has a different online-CSA AFI under PEEL 2021/22), Register!63 (nature and scale of fraud:
  its near-twin on county lines, Register!62, is on the tracker at row 74).
- **Not on the HMICFRS list**: Tracker!9 (Policing in Austerity 2014, carrying old register
  id 3907 that is not on the list); Tracker!13 (Stop & Search 2 (2015): near-identical to
  the 2013 item Register!4, which pairs with Tracker!7 - same wording "elected local policing
  bodies", same id 1184; the 2015 row says "police and crime commissioners");
  Tracker!31, 45, 66, 81 local actions (prefixes "Local action:", "Internal audit action:",
  "Force action -", and one with no prefix), typed "Local action".
- **Not applicable**: Register!60 (directed at the Home Office and NPCC, register Awaiting
  review) / Tracker!72 status Not applicable, no lead -> closeable_submit (force's done/not
  ours state, as WHITE in real trackers).
- **Rewording that is not a conflict** (timescale kept each time): abbreviations (S&S, CCs,
  CoP, APP, DA, HO, NFLMS, CPD, BWV), abridged/summarised texts (firearms, missing children,
  child detention), register stems removed ("HMIC recommends that the force should
  immediately:" -> "Immediately:"), misspellings (supervison, neccessary, accomodation),
  an "AFI 4 - " prefix, the Everyone's Business plan with its footnote "20" removed and dash
  bullets, the PEEL Efficiency 2017 national item with the sentence addressed to the Home
  Office/NPCC/APCC dropped (the force's ask unchanged).
- **Near-twins on the register**: call-handler criteria (Register!6 Core Business 2014 and
  Register!56 CDI 2019) each have their own tracker row; "nature and scale of X" AFIs.
- Superseded on the register with the tracker Complete (Register!4) is closed both: in_sync.
- Three tracker rows have no lead (the pivot's "(blank)" row).
"""
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
    f.write(README)
assert cnt == Counter({"in_sync": 42, "closeable_submit": 17, "closeable_local": 7,
                      "conflict": 5, "missing_from_force": 4, "not_on_hmicfrs_list": 6})
