"""Build the evaluation case `type_by_row_colour` (round 27).

Force tracker with NO type column: the type of each item is the fill colour of its row,
explained by a key above the table. RAG is its own column, in words. The HMICFRS side is an
ordinary register export. Run with /work/main/.venv/bin/python; rebuilds byte for byte.

Texts: real HMICFRS wording copied from /work/main/reconcile/casegen/texts/ (national.py,
force.py, tracker.py) and /work/shared/data/real_recommendations.csv (Open Government Licence).
Force rewordings, actions, updates and local actions are written here, as a force analyst would.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 20271206
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "type_by_row_colour"
CASE.mkdir(parents=True, exist_ok=True)

FORCE = "Staffordshire Police"
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", \
    "National recommendation"

# --------------------------------------------------------------------------------------------
# Real texts (copied verbatim from the casegen text lists).
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
FIREARMS = ("Within three months, all chief constables should assess the demand placed on their "
            "firearms licensing department and ensure it has the capacity to meet this demand and "
            "provide an efficient and effective service at all times.")
CDI_VICTIMS_BULLETS = [
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
CDI_VICTIMS_BODY = "put in place arrangements to ensure that:\n" + "\n".join(
    "• " + b for b in CDI_VICTIMS_BULLETS)
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
MISSING_BODY = ("review its approach to reports of missing children and take steps to ensure "
                "that:\n" + "\n".join("• " + b for b in MISSING_BULLETS))
CHILDREN_CUSTODY_BODY = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested")
CAUSE_DASH = (
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
VETTING_BODY = (
    "ensure all staff have received at least the lowest level of vetting clearance for their "
    "roles as quickly as possible, working to clear both the vetting backlog and new vetting "
    "renewals when they become due so that it complies fully with the national vetting "
    "guidelines")
LEG17_COC = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of "
    "stop and search powers is consistently reasonable and fair. In particular, "
    "there is over-representation of BAME people, and black people in particular, "
    "in stop and search data which many forces are unable to explain.")

# Reports: key -> (HMICFRS title, published, force heading on the tracker)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse - Everyone's business (March 2014)"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity – Meeting the Challenge"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Information management (Building the Picture)"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Targeting the Risk (Firearms Licensing) 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016 (published March 2017)"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9), None),
    "efcf17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9),
               "PEEL Efficiency 2017 – Staffordshire report"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S (national)"),
    "legf17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12),
               "PEEL Legitimacy 2017 – Staffordshire report"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 26),
               "NCPI 2018"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 17),
              "CDI inspection 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 20), "PEEL 2021/22"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022",
               dt.date(2022, 8, 16), "Custody inspection 2022 (HMICFRS/HMIP)"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 5, 14), "PEEL Assessment 2023/24"),
    # force-only headings (reports HMICFRS no longer lists against the force)
    "cdi14": (None, None, "Crime Data Integrity 2014"),
    "legf15": (None, None, "PEEL Legit 15"),
    "efcf15": (None, None, "PEEL Efficiency 2015"),
}

# --------------------------------------------------------------------------------------------
# The plan. One entry per HMICFRS item (h=True) or force-only row (h=False).
#   cat: category in truth.csv; hs: HMICFRS status; ft: type the row's fill shows;
#   sheet: Tracker/Closed/None; rag: force RAG word (or list for split rows);
#   ftext: explicit force text (else derived); fref: force's HMICFRS Ref cell.
# --------------------------------------------------------------------------------------------
P = []


def item(rep, typ, text, cat, hs=None, sheet="Tracker", rag=None, ft=None, ftext=None,
         fref="auto", split=None, why=None, actions=None, fill_alt=False, heading=None):
    P.append(dict(rep=rep, typ=typ, text=text, cat=cat, hs=hs, sheet=sheet, rag=rag,
                  ft=ft or (REC if typ == NAT else typ), ftext=ftext, fref=fref, split=split, why=why,
                  actions=actions, fill_alt=fill_alt, heading=heading, h=True))


def local(rep, text, rag, sheet="Tracker", ft=REC, why="", fill_alt=False):
    P.append(dict(rep=rep, typ=None, text=None, cat="not_on_hmicfrs_list", hs=None,
                  sheet=sheet, rag=rag, ft=ft, ftext=text, fref=None, split=None, why=why,
                  actions=None, fill_alt=fill_alt, heading=None, h=False))


OPEN_H = ["Awaiting review", "Being progressed"]

# Stop and search 2013 (all on the Closed sheet)
item("sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.",
     "in_sync", hs="Complete", sheet="Closed", rag="Complete")
item("sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "in_sync", hs="Complete", sheet="Closed", rag="Complete")
item("sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example, young people.",
     "closeable_submit", hs="Being progressed", sheet="Closed", rag="Complete",
     why="near-duplicate of the 2015 Stop and search powers 2 item; this one is the 2013 one, "
         "under the 2013 heading; HMICFRS still open, force moved it to Closed")
# Everyone's business
item("everyone", NAT, EVERYONE_PLAN, "closeable_local", hs="Superseded", rag="AMBER",
     ftext="By Sept 2014 every force to establish & publish a DA action plan (developed with "
           "PCC, DA support orgs & victims' reps; after considering all recs in the report; "
           "with reference to DHRs & IPCC findings; drawing on CPS scrutiny panels & MARAC "
           "self-assessments)",
     why="force abridged the text (all four bullets kept); HMICFRS superseded, force AMBER")
# Policing in austerity
item("austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure "
     "they are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "in_sync", hs="Complete", sheet="Closed", rag="Complete")
item("austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "missing_from_force", hs="Being progressed", sheet=None)
item("austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "in_sync", hs="Superseded", sheet="Closed", rag="Complete")
item("austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "in_sync", hs="Complete", sheet="Closed", rag="GREEN")
# Core business
item("core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "in_sync", hs="Complete", sheet="Closed", rag="Complete")
item("core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "missing_from_force", hs="Awaiting review", sheet=None)
# Integrity
item("integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "closeable_submit", hs="Being progressed", rag="GREEN", fref="yes")
# Stop and search 2
item("sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "in_sync", hs="Complete", sheet="Closed", rag="Complete",
     why="near-duplicate of the 2013 item; this one is the 2015 one, under the 2015 heading")
# Building the picture
item("picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     "in_sync", hs="Awaiting review", rag="AMBER")
# Firearms licensing
item("firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "closeable_submit", hs="Being progressed", rag="GREEN")
item("firearms", NAT, FIREARMS, "closeable_local", hs="Complete", rag="AMBER")
item("firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "in_sync", hs="Complete", rag="GREEN",
     why="done on both sides; the force left it on the Tracker sheet")
item("firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "in_sync", hs="Being progressed", rag="AMBER")
item("firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.",
     "missing_from_force", hs="Being progressed", sheet=None)
# PEEL effectiveness 2016 (force)
item("eff16", COC, CAUSE_DASH, "in_sync", hs="Complete", sheet="Closed", rag="Complete",
     why="cause of concern, pink row on the Closed sheet; closed on both sides")
item("eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.",
     "conflict", hs="Complete", sheet="Closed", rag="Complete", ft=COC,
     why="TYPE: HMICFRS says Recommendation, force row is pink (cause of concern) - the force "
         "coloured the recommendation that accompanies the cause of concern as the cause "
         "itself; status closed on both")
item("eff16", REC,
     "HMIC recommends that within six months the force should: consider ways of increasing the "
     "use of arrest, ancillary orders and other available powers, in order to improve the "
     "service it provides to victims of domestic abuse, offer the best possible protection and "
     "bring more perpetrators to justice;",
     "closeable_local", hs="Superseded", rag="AMBER")
local("eff16", "Force action - Dip-sample 50 domestic abuse crime reports each quarter and "
               "report findings to the Crime Standards Board", "AMBER",
      why="force's own action under the PEEL 2016 heading (white row); not an HMICFRS item")
item("eff16", AFI,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.",
     "closeable_submit", hs="Being progressed", rag="GREEN")
item("eff16", AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.",
     "in_sync", hs="Complete", sheet="Closed", rag="GREEN", fill_alt=True)
item("eff16", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.",
     "closeable_local", hs="Superseded", rag="RED")
# Stolen freedom
item("stolen", NAT, SF_LEADERSHIP, "conflict", hs="Being progressed", rag="AMBER",
     ftext="Within 12 months, forces should review their leadership and governance "
           "arrangements for MSHT, to ensure that:\n"
           "• senior leaders prioritise the response to MSHT;\n"
           "• every incident of modern slavery identified to police is allocated appropriate "
           "resources with the skills, experience and capacity to investigate it effectively; "
           "and\n"
           "• forces develop effective partnership arrangements to co-ordinate activity in "
           "order to share information and safeguard victims.",
     why="MISSING BULLET: force text has three of the four bullets (the performance and "
         "quality assurance bullet is gone); open on both")
item("stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "conflict", hs="Being progressed", rag="AMBER",
     ftext="Within twelve months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence and "
           "in order to safeguard victims better and to identify suspects as early as "
           "possible.",
     why="TIMESCALE: HMICFRS 'within six months', force 'within twelve months' (HMICFRS text "
         "also carries the stray footnote '86'); open on both")
item("stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "closeable_local", hs="Complete", rag="AMBER")
item("stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "closeable_submit", hs="Being progressed", rag="GREEN", fref="yes")
item("stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "in_sync", hs="Being progressed", rag="AMBER")
item("stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "in_sync", hs="Awaiting review", rag="RED")
local("stolen", "Local action: Appoint a single point of contact for modern slavery and human "
                "trafficking in each local policing area", "GREEN",
      why="force's own action under the Stolen Freedom heading; not an HMICFRS item")
item("stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "in_sync", hs="Complete", rag="GREEN")
# PEEL efficiency 2017: force report (AFIs, blue) plus the national item filed under it
item("efcf17", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public.",
     "in_sync", hs="Being progressed", rag="AMBER")
item("efcf17", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.",
     "closeable_submit", hs="Awaiting review", rag="GREEN", fill_alt=True)
item("efcf17", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     "closeable_local", hs="Complete", rag="AMBER")
item("efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "conflict", hs="Being progressed", rag="AMBER", heading="efcf17",
     ftext="By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force.",
     why="REPORT: HMICFRS files it under the national overview 'PEEL: Police efficiency 2017 "
         "(national overview)'; the force filed it under its own 'PEEL Efficiency 2017 – "
         "Staffordshire report' heading (same publication day); force kept only the first "
         "sentence (the rest is addressed to HO/NPCC/APCC); open on both")
# PEEL legitimacy 2017 national (stop and search)
item("leg17", COC, LEG17_COC, "conflict", hs="Complete", rag="GREEN", ft=REC,
     why="TYPE: HMICFRS says Cause of concern, force row is white (recommendation) like the "
         "rest of the national stop and search block; closed/done on both")
item("leg17", NAT, SAS_MONITORING_2017, "in_sync", hs="Being progressed", rag="AMBER")
item("leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;",
     "closeable_submit", hs="Awaiting review", rag="GREEN")
item("leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "closeable_local", hs="Complete", rag="AMBER")
item("leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "in_sync", hs="Complete", rag="GREEN")
# PEEL legitimacy 2017 force report
item("legf17", AFI, "The force should " + VETTING_BODY + ".",
     "in_sync", hs="Complete", sheet="Closed", rag="Complete",
     why="near-duplicate of the PEEL 2021/22 vetting recommendation; this is the 2017 AFI "
         "(blue, under the 2017 heading on the Closed sheet)")
item("legf17", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.",
     "in_sync", hs="Being progressed", rag="AMBER")
item("legf17", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     "closeable_submit", hs="Being progressed", rag="GREEN")
# NCPI 2018
item("ncpi18", COC, CAUSE_MISSING, "in_sync", hs="Being progressed", rag="AMBER")
item("ncpi18", REC, "Within three months, the force should " + MISSING_BODY + ".",
     "closeable_submit", hs="Awaiting review", rag=["GREEN", "GREEN", "GREEN"],
     split=["Within 3 months, review approach to reports of missing children and ensure "
            "that call takers understand and use the missing and absent category "
            "appropriately",
            "Call takers and frontline staff have the knowledge to identify risk factors "
            "associated with CSE and how to respond to such cases",
            "Supervisors provide the correct oversight of missing person enquiries and direct "
            "appropriate and timely investigative and safeguarding action"],
     why="one recommendation split into one row per bullet (3 rows); all three GREEN; "
         "HMICFRS still awaiting review")
item("ncpi18", REC,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.",
     "closeable_local", hs="Complete", rag="AMBER")
item("ncpi18", REC,
     "Within six months the force should make sure officers and staff have the training they "
     "need to identify and respond to online child sexual abuse.",
     "in_sync", hs="Being progressed", rag="AMBER")
item("ncpi18", REC,
     "By December 2018, the force should make sure victims of sexual offences against children "
     "are kept informed about the progress of their case, in line with the Code of Practice "
     "for Victims of Crime.",
     "in_sync", hs="Awaiting review", rag="RED")
# CDI 2019
item("cdi19", REC,
     "HMIC recommends that within six months the force should: " + CDI_VICTIMS_BODY + ";",
     "in_sync", hs="Being progressed", rag=["GREEN", "GREEN", "AMBER", "GREEN", "GREEN"],
     fref="yes",
     split=["HMICFRS recommends that within six months the force should put in place "
            "arrangements to ensure that: at the point of report, victims are believed",
            "Conversations between call handlers and callers are summarised accurately in "
            "the incident log, giving attending officers the full facts for crime-recording "
            "decisions",
            "Multiple crimes are always recorded when described within incident records or "
            "identified as part of other recorded crime investigations",
            "The practice of awaiting the results of medical examinations or video interviews "
            "before making crime-recording decisions is stopped",
            "Online reports of crime are triaged at the point of receipt so any ongoing risks "
            "to the victim or the wider public are identified and managed"],
     why="one recommendation split into one row per bullet (5 rows, the HMICFRS ref on each); "
         "four GREEN, one AMBER, so the force's item is still open; HMICFRS open: in sync "
         "for every split row (a GREEN bullet row is not closeable on its own)")
item("cdi19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.",
     "closeable_submit", hs="Being progressed", rag="GREEN", fref="yes")
item("cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.",
     "conflict", hs="Being progressed", rag="AMBER", fref="transposed",
     why="REFERENCE: the force's HMICFRS Ref cell has two digits transposed; text, report and "
         "type agree; open on both")
# Police powers 2021
item("powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "in_sync", hs="Being progressed", rag="AMBER", fref="yes")
item("powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "in_sync", hs="Complete", sheet="Closed", rag="Complete", fref="yes")
item("powers", NAT, BWV_2021, "closeable_submit", hs="Being progressed", rag="GREEN",
     fref="yes")
item("powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.",
     "closeable_submit", hs="Being progressed", rag="WHITE",
     why="RAG WHITE = not the force's to deliver (key above the table); force treats it as "
         "done/no action, HMICFRS still open: submit for closure. The word WHITE is status, "
         "not type (the row itself has no fill = recommendation)")
item("powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "missing_from_force", hs="Awaiting review", sheet=None)
# PEEL 2021/22
item("peel21", COC, CAUSE_VETTING, "in_sync", hs="Being progressed", rag="AMBER", fref="yes")
item("peel21", REC, "Within six months the force should " + VETTING_BODY + ".",
     "closeable_submit", hs="Being progressed", rag="GREEN", fref="yes",
     why="near-duplicate of the 2017 vetting AFI; this is the 2021/22 recommendation (white "
         "row under PEEL 2021/22, with its ref); HMICFRS open, force GREEN")
item("peel21", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from county lines drug dealing.",
     "closeable_local", hs="Complete", rag=["AMBER", "GREEN", "GREEN"], fref="yes",
     actions=["Refresh the county lines problem profile with the local authorities and "
              "share it through the exploitation hub",
              "Agree a county lines information-sharing protocol with the two local "
              "authorities",
              "Add county lines referrals to the monthly Force Performance pack"],
     why="one AFI split into three action rows; the AFI text and ref are in merged cells "
         "(top row only); one action still AMBER so the force is open; HMICFRS closed it")
item("peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.",
     "in_sync", hs="Awaiting review", rag="AMBER", fref="yes")
local("peel21", "Force action - Deliver refresher training on domestic abuse to all response "
                "and neighbourhood officers", "AMBER", ft=AFI,
      why="force's own action placed under the DA AFI; the row copied the AFI's blue fill, "
          "but it is not an HMICFRS item")
item("peel21", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "in_sync", hs="Complete", rag="GREEN", fref="yes", fill_alt=True)
item("peel21", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.",
     "in_sync", hs="Being progressed", rag="RED", fref="yes")
item("peel21", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "online child sexual abuse.",
     "closeable_local", hs="Complete", rag="AMBER", fref="yes")
item("peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate fraud.",
     "conflict", hs="Being progressed", rag="AMBER", ft=REC, fref="yes",
     why="TYPE: HMICFRS says Area for improvement, force row is white (recommendation); "
         "open on both")
# Custody 2022
item("cust22", REC, "Within twelve months, the force should " + CHILDREN_CUSTODY_BODY + ".",
     "conflict", hs="Being progressed", rag="AMBER", ft=AFI, fref="yes",
     why="TYPE: HMICFRS says Recommendation, force row is blue (area for improvement); "
         "open on both")
item("cust22", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to people with mental ill health.",
     "missing_from_force", hs="Being progressed", sheet=None)
# PEEL 2023/24
item("peel23", AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.",
     "in_sync", hs="Awaiting review", rag="AMBER", fref="yes")
item("peel23", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "anti-social behaviour.",
     "closeable_submit", hs="Awaiting review", rag="GREEN", fref="yes")
item("peel23", AFI,
     "The force should make sure investigations of residential burglary are allocated to "
     "officers with the right skills and are effectively supervised.",
     "in_sync", hs="Awaiting review", rag="AMBER", fref="yes", fill_alt=True)
item("peel23", AFI,
     "The force should develop a problem-solving approach to neighbourhood crime, working with "
     "local communities and partners.",
     "missing_from_force", hs="Awaiting review", sheet=None)
# Force rows for items HMICFRS no longer lists
local("cdi14", "Revise approach to cautions, cannabis warnings and PNDs so there is a clear and "
               "auditable explanation to the offender of the implications of receiving the "
               "warning and, for victim-based crimes, a clear and auditable record that the "
               "victim's views are considered prior to issue", "AMBER",
      why="2014 CDI recommendation still tracked by the force (white row, AMBER); not on the "
          "HMICFRS list (closed/dropped by HMICFRS long ago): query it")
local("legf15", "The force should make sure it provides accessible information for all staff "
                "and members of the public on how they can raise concerns and access "
                "confidential support (including through external agencies).", "AMBER", ft=AFI,
      why="PEEL Legitimacy 2015 AFI (blue) still on the force tracker; not on the HMICFRS "
          "list")
local("efcf15", "The force should improve its arrangements both to consult with the public "
                "about business planning and to feed back on changes made to service delivery "
                "as a result of such consultation.", "Complete", sheet="Closed", ft=AFI,
      why="PEEL Efficiency 2015 AFI on the Closed sheet; not on the HMICFRS list")
local("force", "Internal audit action: Internal audit of the firearms licensing governance "
               "arrangements (audit plan 2023/24)", "AMBER",
      why="force-identified action (JAC / internal audit section); not an HMICFRS item")
local("force", "JAC action: Add violence against women and girls measures to the monthly "
               "Force Performance pack", "GREEN",
      why="force-identified action (JAC / internal audit section); not an HMICFRS item")

# --------------------------------------------------------------------------------------------
# HMICFRS references: plain integers, unique, rising with publication date.
# --------------------------------------------------------------------------------------------
BASE = {2013: 1180, 2014: 2290, 2015: 3050, 2017: 6900, 2018: 8700, 2019: 9600, 2021: 10850,
        2022: 11700, 2024: 13400}
h_items = [p for p in P if p["h"]]
order = sorted(range(len(h_items)), key=lambda i: (REPORTS[h_items[i]["rep"]][1], i))
cursor: dict[int, int] = {}
for i in order:
    p = h_items[i]
    y = REPORTS[p["rep"]][1].year
    cursor[y] = cursor.get(y, BASE[y]) + rng.randint(1, 9)
    p["ref"] = cursor[y]

# --------------------------------------------------------------------------------------------
# Force wording
# --------------------------------------------------------------------------------------------
ABBREV = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"police and crime commissioners", "PCCs"),
    (r"chief constables", "CCs"), (r"Authorised Professional Practice", "APP"),
    (r"child sexual exploitation", "CSE"), (r"body-worn video", "BWV"),
    (r"officers and staff", "officers & staff"), (r"within six months", "within 6 months"),
    (r"within three months", "within 3 months"), (r"within twelve months", "within 12 months"),
]
MISSPELL = {"governance": "goverance", "supervision": "supervison",
            "investigation": "investigaton", "necessary": "neccessary",
            "arrangements": "arrangments", "appropriate": "appropiate",
            "independent": "independant"}


def force_wording(text: str) -> str:
    t = text
    style = rng.choices(["verbatim", "stem", "abbrev", "typo", "flat"],
                        weights=[40, 15, 20, 12, 13])[0]
    if style == "stem":
        t = re.sub(r"^HMICF?R?S? recommends that ", "", t)
        t = re.sub(r"^The force should ", "Force to ", t)
    elif style == "abbrev":
        for pat, rep in ABBREV:
            t = re.sub(pat, rep, t, flags=re.I) if rng.random() < 0.8 else t
    elif style == "typo":
        for right, wrong in MISSPELL.items():
            if right in t:
                t = t.replace(right, wrong, 1)
                break
    elif style == "flat":
        t = re.sub(r"\s*\n\s*•\s*", " - ", t).replace("\n", " ").rstrip(".;")
    return t


OPEN_UPD = [
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "The policy is now signed off and in place with an implementation date of the end of "
    "October.",
    "Addressed holistically as part of the force change programme.",
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Awaiting allocation.",
    "No deadline set by HMICFRS. Target set to align with the next inspection.",
    "xxx", None,
]
DONE_UPD = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Evidence pack agreed at Force Recommendations Board.",
    "Complete - new process embedded and dip-sampled.",
    None,
]
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Supt Firearms Licensing", None]
ACTIONS_GENERIC = [
    "Review current policy and procedure against the recommendation; gap analysis to "
    "Organisational Learning Board",
    "Owner to produce delivery plan and evidence of implementation",
    "Dip-sample to confirm practice has changed",
    "Training input to be delivered and recorded on the learning system",
    "Covered by existing workstream - see update",
    None,
]

DONE_WORDS = {"GREEN", "Complete", "WHITE"}

# --------------------------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------------------------
FILL = {
    AFI: PatternFill("solid", fgColor="FFBDD7EE"),
    COC: PatternFill("solid", fgColor="FFFFC0CB"),
    REC: None,
    NAT: None,
}
FILL_AFI_ALT = PatternFill("solid", fgColor="FFDDEBF7")   # a lighter blue someone used
FILL_WHITE = PatternFill("solid", fgColor="FFFFFFFF")     # explicit white on some rows
RAG_FILL = {"GREEN": PatternFill("solid", fgColor="FF00B050"),
            "AMBER": PatternFill("solid", fgColor="FFFFC000"),
            "RED": PatternFill("solid", fgColor="FFFF0000"),
            "WHITE": PatternFill("solid", fgColor="FFFFFFFF")}
HEAD_FILL = PatternFill("solid", fgColor="FF1F3864")
REPORT_FILL = PatternFill("solid", fgColor="FFD9D9D9")
thin = Side(style="thin", color="FF808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

COLS = ["No.", "HMICFRS Ref", "Recommendation / AFI / Cause of Concern", "Force action",
        "Lead", "RAG", "Progress update", "Target date", "Submitted for closure"]
WIDTHS = [7, 12, 70, 40, 22, 9, 45, 14, 14]
NC = len(COLS)


def row_fill(ws, r, ftype, alt=False, explicit_white=False):
    f = FILL[ftype]
    if ftype == AFI and alt:
        f = FILL_AFI_ALT
    if f is None and explicit_white:
        f = FILL_WHITE
    for c in range(1, NC + 1):
        cell = ws.cell(r, c)
        cell.border = BORDER
        cell.alignment = WRAP
        if f is not None:
            cell.fill = f


def set_widths(ws):
    for i, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[chr(64 + i)].width = w


def write_header(ws, r):
    for c, name in enumerate(COLS, start=1):
        cell = ws.cell(r, c, name)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD_FILL
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def write_report_heading(ws, r, text):
    ws.cell(r, 1, text).font = Font(bold=True, size=12)
    for c in range(1, NC + 1):
        ws.cell(r, c).fill = REPORT_FILL
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NC)


def target_for(rag):
    if rag in DONE_WORDS:
        return None
    return rng.choice([dt.datetime(2025, 12, 31), dt.datetime(2026, 3, 31),
                       dt.datetime(2026, 6, 30), "Mar 2026", "TBC",
                       "No deadline set by HMICFRS"])


def submitted_for(rag, sheet):
    if rag not in DONE_WORDS:
        return None
    if sheet == "Closed" or rng.random() < 0.6:
        return dt.datetime(2025, rng.randint(1, 10), rng.randint(1, 28))
    return None


def ref_cell(p):
    if p["fref"] in (None,):
        return None
    if p["fref"] == "transposed":
        s = str(p["ref"])
        return int(s[:-2] + s[-1] + s[-2])
    if p["fref"] == "yes":
        return p["ref"]
    # "auto": refs only recorded since the team started logging them in 2019
    return None


# --------------------------------------------------------------------------------------------
# Force tracker
# --------------------------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = "Tracker"
wc = wb.create_sheet("Closed")
truth_force: dict[int, list[tuple[str, str]]] = {}   # plan index -> [(force_row, why-extra)]

ws["A1"] = f"{FORCE} – HMICFRS Recommendations, Areas for Improvement & Causes of Concern"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Organisational Learning Team. Last updated 03/11/2025 for the Joint Audit "
            "Committee (December 2025).")
ws["A4"] = ("Key: Blue rows – areas for improvement; white – recommendations; pink – causes of "
            "concern")
ws["A4"].font = Font(bold=True)
ws.merge_cells("A4:I4")
ws["A5"] = "Row colour:"
ws["B5"] = "AFI"
ws["B5"].fill = FILL[AFI]
ws["C5"] = "Recommendation (incl. national recommendations)"
ws["C5"].border = BORDER
ws["D5"] = "Cause of concern"
ws["D5"].fill = FILL[COC]
ws["A6"] = ("RAG: GREEN – implemented; AMBER – ongoing, expected to be implemented; RED – "
            "beyond deadline or cannot be implemented; WHITE – not the force's to deliver "
            "(dependent on another organisation); Complete – closed by the Force "
            "Recommendations Board (see Closed sheet)")
ws.merge_cells("A6:I6")
ws["A6"].alignment = Alignment(wrap_text=True)
ws.row_dimensions[6].height = 30
write_header(ws, 8)
set_widths(ws)
ws.freeze_panes = "A9"

wc["A1"] = ("Closed items – moved here once agreed by the Force Recommendations Board. Row "
            "colours as per the key on the Tracker sheet.")
wc["A1"].font = Font(bold=True)
write_header(wc, 3)
set_widths(wc)

REPORT_ORDER = ["sas13", "everyone", "austerity", "core", "cdi14", "integrity", "sas15",
                "picture", "firearms", "legf15", "efcf15", "eff16", "stolen", "efcf17", "leg17",
                "legf17", "ncpi18", "cdi19", "powers", "peel21", "cust22", "peel23", "force"]

cursor_row = {"Tracker": 9, "Closed": 4}
sheets = {"Tracker": ws, "Closed": wc}
explicit_white_next = [False]

for sheet_name in ("Tracker", "Closed"):
    sh = sheets[sheet_name]
    for rep in REPORT_ORDER:
        rows_here = [(i, p) for i, p in enumerate(P)
                     if p["sheet"] == sheet_name and (p["heading"] or p["rep"]) == rep]
        if not rows_here:
            continue
        r = cursor_row[sheet_name]
        if rep == "force":
            heading = "Force-identified actions (JAC / internal audit) – not HMICFRS"
        else:
            heading = REPORTS[rep][2]
        write_report_heading(sh, r, heading)
        r += 1
        n = 0
        for i, p in rows_here:
            n += 1
            explicit_white = rng.random() < 0.35
            if p["split"] or p["actions"]:
                parts = p["split"] or p["actions"]
                first = r
                for k, part in enumerate(parts):
                    rag = p["rag"][k]
                    no = f"{n}{'abcde'[k]}" if p["split"] else f"{n}.{k + 1}"
                    sh.cell(r, 1, no)
                    if p["split"]:
                        sh.cell(r, 2, ref_cell(p))
                        sh.cell(r, 3, part)
                        sh.cell(r, 4, rng.choice(ACTIONS_GENERIC))
                    else:
                        if k == 0:
                            sh.cell(r, 2, ref_cell(p))
                            sh.cell(r, 3, force_wording(p["text"]))
                        sh.cell(r, 4, part)
                    sh.cell(r, 5, rng.choice(LEADS))
                    sh.cell(r, 6, rag)
                    sh.cell(r, 7, rng.choice(DONE_UPD if rag in DONE_WORDS else OPEN_UPD))
                    sh.cell(r, 8, target_for(rag))
                    sh.cell(r, 9, submitted_for(rag, sheet_name))
                    row_fill(sh, r, p["ft"], p["fill_alt"], explicit_white)
                    if rag in RAG_FILL:
                        sh.cell(r, 6).fill = RAG_FILL[rag]
                    truth_force.setdefault(i, []).append(f"{sheet_name}!{r}")
                    r += 1
                if p["actions"]:
                    sh.merge_cells(start_row=first, start_column=2, end_row=r - 1,
                                   end_column=2)
                    sh.merge_cells(start_row=first, start_column=3, end_row=r - 1,
                                   end_column=3)
                continue
            rag = p["rag"]
            sh.cell(r, 1, n)
            sh.cell(r, 2, ref_cell(p) if p["h"] else None)
            text = p["ftext"] if p["ftext"] else force_wording(p["text"])
            sh.cell(r, 3, text)
            sh.cell(r, 4, None if not p["h"] else rng.choice(ACTIONS_GENERIC))
            sh.cell(r, 5, rng.choice(LEADS))
            sh.cell(r, 6, rag)
            if rag == "WHITE":
                upd = ("Not the force's responsibility to deliver; dependent upon another "
                       "organisation (Home Office / NPCC).")
            else:
                upd = rng.choice(DONE_UPD if rag in DONE_WORDS else OPEN_UPD)
            sh.cell(r, 7, upd)
            sh.cell(r, 8, target_for(rag))
            sh.cell(r, 9, submitted_for(rag, sheet_name))
            row_fill(sh, r, p["ft"], p["fill_alt"], explicit_white)
            if rag in RAG_FILL:
                sh.cell(r, 6).fill = RAG_FILL[rag]
            truth_force.setdefault(i, []).append(f"{sheet_name}!{r}")
            r += 1
        if rng.random() < 0.5:
            r += 1   # a blank spacer row between some report blocks
        cursor_row[sheet_name] = r

for sh in (ws, wc):
    for row in sh.iter_rows(min_row=1, max_row=sh.max_row):
        for cell in row:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
r = cursor_row["Tracker"] + 1
ws.cell(r, 1, "Note: items closed by the Force Recommendations Board are moved to the 'Closed' "
              "sheet. HMICFRS refs recorded from 2019 onwards (and for a few older items where "
              "known).")
ws.cell(r, 1).font = Font(italic=True)
NOTE_ROW = r

wb.properties.creator = "Organisational Learning"
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)
wb.properties.created = FIXED

# --------------------------------------------------------------------------------------------
# HMICFRS register export
# --------------------------------------------------------------------------------------------
hb = Workbook()
hs = hb.active
hs.title = "Register"
H_COLS = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation",
          "Status"]
for c, name in enumerate(H_COLS, start=1):
    hs.cell(1, c, name).font = Font(bold=True)
h_rows: dict[int, str] = {}
hr = 2
for idx in sorted((i for i in range(len(P)) if P[i]["h"]),
                  key=lambda i: (REPORTS[P[i]["rep"]][1], P[i]["ref"])):
    p = P[idx]
    title, pub, _ = REPORTS[p["rep"]]
    vals = [p["ref"], FORCE, title, dt.datetime(pub.year, pub.month, pub.day), p["typ"],
            p["text"], p["hs"]]
    for c, v in enumerate(vals, start=1):
        cell = hs.cell(hr, c, v)
        cell.alignment = Alignment(wrap_text=(c == 6), vertical="top")
    hs.cell(hr, 4).number_format = "dd/mm/yyyy"
    h_rows[idx] = f"Register!{hr}"
    hr += 1
for col, w in zip("ABCDEFG", [11, 20, 50, 14, 24, 90, 18]):
    hs.column_dimensions[col].width = w
hs.auto_filter.ref = f"A1:G{hr - 1}"
hs.freeze_panes = "A2"
hb.properties.creator = "HMICFRS"
hb.properties.created = FIXED


def save_fixed(book: Workbook, path: Path) -> None:
    """Save, then rewrite the zip with fixed timestamps so rebuilds are byte for byte."""
    buf = io.BytesIO()
    book.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-11-03T09:00:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


save_fixed(wb, CASE / "tracker.xlsx")
save_fixed(hb, CASE / "hmicfrs.xlsx")

# --------------------------------------------------------------------------------------------
# truth.csv
# --------------------------------------------------------------------------------------------
DEFAULT_WHY = {
    "in_sync": "matched; {hs} at HMICFRS, force {rag}: agree",
    "closeable_submit": "matched; HMICFRS {hs} (open), force {rag} (done): submit for closure",
    "closeable_local": "matched; HMICFRS {hs} (closed), force {rag} (open): close locally",
    "missing_from_force": "on the HMICFRS list ({hs}), no row in the force tracker",
}
lines = []
for idx, p in enumerate(P):
    rag = p["rag"] if isinstance(p["rag"], str) else "/".join(p["rag"] or [])
    why = p["why"] or DEFAULT_WHY[p["cat"]].format(hs=p["hs"], rag=rag)
    if p["h"] and p["sheet"] and p["ft"] == AFI and p["fill_alt"] and not p["why"]:
        why += "; row is a lighter blue (DDEBF7) than the key's blue - still an AFI"
    if p["h"] and p["ft"] != (REC if p["typ"] == NAT else p["typ"]) and p["cat"] != "conflict":
        raise SystemExit("type mismatch outside a conflict")
    hrow = h_rows.get(idx, "")
    frows = truth_force.get(idx, [""])
    for fr in frows:
        lines.append((hrow, fr, p["cat"], why))


def sort_key(line):
    h, f, _, _ = line
    fs, fr = (f.split("!") + ["0"])[:2] if f else ("", "0")
    if h:
        return (0, int(h.split("!")[1]), fs, int(fr))
    return (1, 0, fs, int(fr))


lines.sort(key=sort_key)
with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

if __name__ == "__main__":
    from collections import Counter
    print("HMICFRS items:", hr - 2)
    print("truth lines:", len(lines), Counter(l[2] for l in lines))
    print("Tracker rows end:", cursor_row, "note row", NOTE_ROW)
