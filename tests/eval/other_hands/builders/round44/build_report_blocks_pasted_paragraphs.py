"""Build the evaluation case `report_blocks_pasted_paragraphs` (round 44, brief A).

HMICFRS side: the definitive list as a force liaison officer keeps it in Excel, in report
blocks (a banner row per report with its title, ordinal publication date and item count, no
report column on item rows), a type given only by sub-heading rows inside each block, and
items whose text runs onto continuation rows (empty Ref, empty Status) because each paragraph
or bullet of the HMICFRS wording went into its own cell when it was pasted.

Force side: an ordinary force tracker (one sheet, title rows above the header, own RAG words,
references written variously, reworded texts, local actions, one recommendation split into one
row per paragraph).

Run:  /work/main/.venv/bin/python build_report_blocks_pasted_paragraphs.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps).
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

SEED = 4404
CASE = "report_blocks_pasted_paragraphs"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED_TS = dt.datetime(2024, 10, 14, 9, 30, 0)

FORCE = "Gloucestershire Constabulary"

# ---------------------------------------------------------------------------------------------
# Real HMICFRS texts (Open Government Licence): copied from /work/shared/data/
# real_recommendations.csv and the casegen text lists (national.py, force.py). Force-level
# items use the real bodies and stems with this force's name. A list entry is one pasted
# paragraph: the first is the item row, the rest are continuation rows (empty Ref).
# ---------------------------------------------------------------------------------------------

SF_LEAD = [
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:",
    "• senior leaders prioritise the response to modern slavery and human trafficking;",
    "• every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "• performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
EVERYONE = [
    "By September 2014, every police force in England and Wales should establish and publish an "
    "action plan that specifies in detail what steps it will take to improve its approach to "
    "domestic abuse.",
    "This action plan should be developed:",
    "• in consultation with police and crime commissioners, domestic abuse support organisations "
    "and victims' representatives;",
    "• after close consideration of all the recommendations in this report;",
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20",
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.",
]
SAS_MON = [
    "By July 2018, all police forces across England and Wales should be regularly and frequently "
    "monitoring a comprehensive set of data and information on use of stop and search powers to "
    "understand:",
    "•the reasons for any disproportionate representation of different ethnic groups in the use "
    "of stop and search; •the extent to which find rates differ between people from different "
    "ethnicities, and across different types of searches (including separate identification of "
    "find rates for drug possession and supply-type offences); and •the prevalence of "
    "possession-only drug searches, and the extent to which these align with local or force "
    "level priorities.",
]
DISPARITY = [
    "Where forces identify disparities through monitoring, they should demonstrate to the public "
    "that they have:",
    "•carried out research and analysis in an attempt to understand the reasons for the "
    "disparity, and •taken action to reduce the disparity, where necessary;",
]
BWV = [
    "By September 2021, forces should: ensure that officers record on body-worn video (when this "
    "is available) the entirety of all stop and search encounters, including traffic stops and "
    "use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers to "
    "account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
CDI = [
    "Immediately, the force should put in place arrangements to ensure that:",
    "• at the point of report, victims are believed;",
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "• multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed.",
]
MISSING_KIDS = [
    "To address this cause of concern, HMIC recommends the force should immediately review its "
    "approach to reports of missing children and take steps to ensure that:",
    "• call takers understand and use the missing and absent category appropriately;",
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.",
]
CHILD_DETENTION = (
    "Within six months Gloucestershire Constabulary should, in conjunction with children’s "
    "social care services, review how it manages the detention of children. As a minimum it "
    "should:• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite assess "
    "at an early stage a child’s need for alternative accommodation (secure or otherwise) and "
    "work with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made on "
    "the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)

# HMICFRS register comments (research notes 1.2, exact wording where seen).
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")
C_SUP_LEG = ("This area of activity has subsequently been inspected in HMICFRS's PEEL "
             "Legitimacy inspections. Where a cause of concern still exists this will appear in "
             "the register against these subsequent inspections.")
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_PEEL22 = "Superseded by the PEEL 2021/22 inspection of Gloucestershire Constabulary."

# Reports: key -> (HMICFRS title, published, force tracker label)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – Gloucestershire Constabulary",
              dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "cdi17": ("Crime data integrity inspection 2017 – Gloucestershire Constabulary",
              dt.date(2017, 9, 7), "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018 – Gloucestershire Constabulary",
               dt.date(2018, 6, 14), "NCPI 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – "
                 "Gloucestershire Constabulary", dt.date(2019, 5, 2), "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – "
                 "Gloucestershire Constabulary", dt.date(2022, 4, 22), "PEEL 2021/22"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – "
                 "Gloucestershire Constabulary", dt.date(2024, 3, 19), "PEEL 2023/24"),
}
ORDER = ["sas13", "everyone", "core", "integrity", "picture", "firearms", "eff16", "cdi17",
         "stolen", "efc17", "leg17", "ncpi18", "peel1819", "powers", "peel2122", "peel2324"]

NAT, REC, AFI, COC = "National recommendations", "Recommendations", "Areas for improvement", \
    "Causes of concern"
SUBHEAD_ORDER = [COC, NAT, REC, AFI]

# Categories (short codes in the item table)
SYO, SYC = "in_sync_open", "in_sync_closed"
SUB, LOC, CON, MIS = "closeable_submit", "closeable_local", "conflict", "missing_from_force"

# Each item: (report, type sub-heading, ref, paragraphs, HMICFRS status, comment, status date,
#             category, force spec dict or None)
# force spec keys: text (override), kind (rewording), type, report, published, rag, note, why
I = []


def item(rep, typ, ref, paras, hstat, comment, sdate, cat, **force):
    if isinstance(paras, str):
        paras = [paras]
    I.append(dict(rep=rep, typ=typ, ref=ref, paras=paras, hstat=hstat, comment=comment,
                  sdate=sdate, cat=cat, force=force))


# --- sas13 -----------------------------------------------------------------------------------
item("sas13", NAT, 1204,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.",
     "Complete", C_DONE, dt.date(2015, 11, 20), SYC, rag="Complete", kind="verbatim")
item("sas13", NAT, 1205,
     "Chief Constables should establish or improve monitoring of the way officers stop and search "
     "people, so that they can be satisfied their officers are acting in accordance with the law "
     "(including equality legislation and the Code of Practice), and that the power is used "
     "effectively to prevent crime, catch criminals and maintain public trust.",
     "Superseded", C_SUP_LEG, dt.date(2017, 12, 12), LOC, rag="Amber", kind="abbrev",
     note="Monthly S&S scrutiny data now to Legitimacy Board; outcome data still being "
          "developed.")
item("sas13", NAT, 1206,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Complete", C_DONE, dt.date(2016, 3, 4), SYC, rag="Green", kind="verbatim",
     note="Community scrutiny panel in place since 2015 incl. youth panel.")
# --- everyone --------------------------------------------------------------------------------
item("everyone", NAT, 2321, EVERYONE, "Superseded", C_SUP, dt.date(2015, 3, 27), SYC,
     rag="Complete", text="By Sept 2014, establish and publish a DA action plan setting out the steps the "
     "force will take to improve its approach to domestic abuse. Plan to be developed with the "
     "PCC, DA support organisations and victims' representatives, after considering all the "
     "report's recommendations, with reference to DHRs and IPCC findings, and drawing on CPS "
     "scrutiny panels and MARAC self-assessments.",
     note="DA action plan published Sept 2014. Superseded by PEEL.")
# --- core ------------------------------------------------------------------------------------
item("core", NAT, 4822,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Superseded", C_SUP, dt.date(2017, 3, 2), LOC, rag="Amber", kind="verbatim",
     note="THRIVE refresher for call handlers being scoped with Contact Centre.")
item("core", NAT, 4823,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "Complete", C_DONE, dt.date(2016, 6, 10), SYC, rag="Closed", kind="abbrev",
     note="Closed by HMICFRS 10/06/2016.")
# --- integrity -------------------------------------------------------------------------------
item("integrity", NAT, 5107,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.",
     "Being progressed", C_MON, dt.date(2019, 1, 15), SUB, rag="Pending sign off",
     kind="verbatim", note="PSD dip sample of NFA outcomes complete, no disproportionality "
     "found. Pending sign off by DCC.")
# --- picture ---------------------------------------------------------------------------------
item("picture", NAT, 5630,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force information "
     "management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.",
     "Complete", C_DONE, dt.date(2018, 2, 8), LOC, rag="Amber", kind="abbrev",
     note="MoPI review schedule agreed at Information Management Board; audit cycle ongoing.")
# --- firearms --------------------------------------------------------------------------------
item("firearms", NAT, 5811,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Complete", C_DONE, dt.date(2016, 9, 1), SYC, rag="Green", kind="abbrev")
item("firearms", NAT, 5812,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Being progressed", C_MON, dt.date(2023, 5, 11), SYO, rag="Amber", kind="verbatim",
     note="Backlog of renewals reduced but still 9 weeks. Two additional enquiry officers "
          "recruited.")
item("firearms", NAT, 5813,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", C_DONE, dt.date(2016, 9, 1), LOC, rag="Amber", kind="verbatim",
     note="Total expired list reviewed quarterly by Supt Firearms Licensing.")
item("firearms", NAT, 5814,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", C_REV, dt.date(2023, 5, 11), MIS)
item("firearms", NAT, 5815,
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of a "
     "firearm certificate holder are in place and are always applied by staff dispatching "
     "officers to incidents; and that officers understand the risk assessment which they should "
     "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
     "and firearm certificates.",
     "Being progressed", C_MON, dt.date(2021, 4, 6), SUB, rag="Complete", kind="verbatim",
     note="STORM flag for certificate holders live Jan 2024. Complete.")
# --- eff16 (force-level) ---------------------------------------------------------------------
item("eff16", COC, 6950,
     "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
     "who fail to support the investigation and the low use of police powers of arrest and "
     "prosecution is a cause of concern to HMIC.",
     "Complete", C_AUTH, dt.date(2018, 4, 27), SYC, rag="Complete", kind="verbatim")
item("eff16", COC, 6954,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was inappropriate "
     "in some cases. We found some instances where children were classed as ‘absent’ when they "
     "should have been recorded as ‘missing’, and risk levels for missing children were "
     "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
     "lower level and could have been exposed to an increased risk of harm.",
     "Complete", C_DONE, dt.date(2018, 4, 27), LOC, rag="Amber",
     text="CoC - response to missing & absent children: risk assessment for children who go "
     "missing inappropriate in some cases; children classed as absent instead of missing and "
     "risk graded too low.", note="Missing from home policy rewritten; absent category "
     "withdrawn nationally. Awaiting audit.")
item("eff16", REC, 6951,
     "In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available powers.",
     "Complete", C_AUTH, dt.date(2018, 4, 27), SYC, rag="Complete", kind="abbrev")
item("eff16", REC, 6952,
     "To improve the service provided to victims of domestic abuse the force should immediately "
     "take steps to understand and address the reason behind why such a high proportion of "
     "victims of domestic abuse do not support the police investigation.",
     "Complete", C_AUTH, dt.date(2018, 4, 27), LOC, rag="Amber", kind="abbrev",
     note="Victim attrition research with university partner due to report Q4.")
item("eff16", REC, 6953,
     "In addition, the practice of conducting domestic abuse risk assessments over the telephone "
     "and dealing with domestic abuse in the resolution centre should cease",
     "Complete", C_DONE, dt.date(2017, 11, 3), SYC, rag="Green", kind="verbatim",
     note="Practice ceased 1 June 2017.")
item("eff16", REC, 6955, MISSING_KIDS, "Complete", C_DONE, dt.date(2018, 4, 27), SYC,
     rag="Complete", kind="joined")
item("eff16", AFI, 6956,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.",
     "Superseded", C_SUP, dt.date(2019, 5, 2), LOC, rag="Amber", kind="abbrev",
     note="RUI/bail dashboard in development with Business Intelligence.")
item("eff16", AFI, 6957,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Superseded", C_SUP, dt.date(2019, 5, 2), SYC, rag="Closed", kind="verbatim",
     note="Closed - superseded by PEEL 2018/19 rec on supervision.")
item("eff16", AFI, 6958,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.",
     "Being progressed", C_MON, dt.date(2022, 4, 22), SYO, rag="Red", kind="verbatim",
     note="Digital forensics backlog 7 months. Kiosk rollout delayed (procurement).")
# --- cdi17 (force-level) ---------------------------------------------------------------------
item("cdi17", REC, 7261, CDI, "Being progressed", C_MON, dt.date(2021, 9, 30), SUB,
     rag="Pending sign off",
     text="Immediately put arrangements in place so that: victims are believed at point of report; call "
     "handler/caller conversations are summarised accurately in the incident log; multiple "
     "crimes are always recorded; crime-recording decisions are no longer delayed awaiting "
     "medical examinations or video interviews; and online crime reports are triaged on receipt "
     "for ongoing risk.",
     note="FCR audit (Aug 24) shows 94% compliance. Pending sign off by ACC Crime.")
item("cdi17", REC, 7262,
     "Within three months, the force should take steps to ensure it fully complies with national "
     "crime recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking.",
     "Awaiting review", C_NEW, dt.date(2017, 9, 7), SYO, rag="Amber", kind="verbatim",
     note="FCR monthly MSHT audit in place; compliance 81%.")
item("cdi17", REC, 7263,
     "Within six months the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Being progressed", C_MON, dt.date(2021, 9, 30), SUB, rag="Green", kind="verbatim",
     note="THRIVE+ embedded in Contact Centre; QA shows consistent use.")
item("cdi17", AFI, 7264,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.",
     "Complete", C_DONE, dt.date(2020, 2, 14), SYC, rag="Complete", kind="verbatim")
# --- stolen (national) -----------------------------------------------------------------------
item("stolen", NAT, 7402, SF_LEAD, "Being progressed", C_MON, dt.date(2020, 10, 5), CON,
     rag="Amber", kind="missing_bullet",
     note="MSHT governance reviewed; partnership board chaired by ACC.")
item("stolen", NAT, 7403,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible",
     "Being progressed", C_MON, dt.date(2020, 10, 5), SUB, rag="Green", kind="clean_fn",
     note="ISAs signed with both local authorities and GLAA.")
item("stolen", NAT, 7404,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early and "
     "continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", C_MON, dt.date(2020, 10, 5), SYO, rag="Amber", kind="abbrev")
item("stolen", NAT, 7405,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Complete", C_DONE, dt.date(2019, 3, 18), SYC, rag="Complete", kind="verbatim")
item("stolen", NAT, 7406,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar to "
     "provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.",
     "Being progressed", C_MON, dt.date(2020, 10, 5), SYO, rag="Amber", kind="abbrev")
item("stolen", NAT, 7407,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).",
     "Awaiting review", C_REV, dt.date(2020, 10, 5), SYO, rag="Red", kind="verbatim",
     note="No dedicated MSHT investigation capacity. Business case to FET Nov.")
item("stolen", NAT, 7408,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to "
     "pose a clear threat to others in respect of modern slavery and human trafficking offences "
     "are exploited.",
     "Being progressed", C_MON, dt.date(2020, 10, 5), SUB, rag="Submitted for closure",
     kind="abbrev", note="Review complete; STRO/STPO use up from 2 to 11. Evidence sent.")
# --- efc17 / leg17 (national) ----------------------------------------------------------------
item("efc17", NAT, 7550,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Being progressed", C_MON, dt.date(2021, 1, 12), SYO, rag="Amber", kind="verbatim",
     note="Digital strategy 2022-25 agreed; Single Online Home adopted.")
item("leg17", COC, 7611,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search data "
     "which many forces are unable to explain.",
     "Being progressed", C_MON, dt.date(2021, 2, 26), SYO, rag="Amber", kind="verbatim")
item("leg17", NAT, 7612, SAS_MON, "Being progressed", C_MON, dt.date(2021, 2, 26), SUB,
     rag="Green", kind="joined",
     note="S&S dashboard live; reviewed monthly at Legitimacy Board.")
item("leg17", NAT, 7613, DISPARITY, "Being progressed", C_MON, dt.date(2021, 2, 26), MIS)
item("leg17", NAT, 7614,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Complete", C_DONE, dt.date(2019, 8, 1), SYC, rag="Complete", kind="verbatim")
item("leg17", NAT, 7615,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on unconscious "
     "bias and College of Policing APP on stop and search.",
     "Being progressed", C_MON, dt.date(2021, 2, 26), SYO, rag="Amber", kind="abbrev",
     note="87% of S&S-trained officers completed unconscious bias module.")
# --- ncpi18 (force-level) --------------------------------------------------------------------
item("ncpi18", REC, 7781,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.",
     "Being progressed", C_MON, dt.date(2022, 6, 1), CON, rag="Amber",
     text="Within 12 months the force should improve how it works with partner organisations to "
     "safeguard people at risk from CSE.",
     note="Joint CSE hub with children's services planned for 2025.")
item("ncpi18", REC, 7782,
     "Within three months, the force should make sure investigations of online child sexual "
     "abuse are allocated to officers with the right skills and are effectively supervised.",
     "Complete", C_DONE, dt.date(2020, 1, 20), LOC, rag="Amber", kind="verbatim",
     note="POLIT team uplift agreed; supervision ratios still under review.")
item("ncpi18", REC, 7783,
     "Immediately, the force should make sure it records reports of missing children accurately "
     "and without delay.",
     "Being progressed", C_MON, dt.date(2022, 6, 1), SUB, rag="Green", kind="verbatim",
     note="Missing persons audit Q2 - 98% recorded within 24 hrs.")
item("ncpi18", REC, 7786, CHILD_DETENTION, "Being progressed", C_MON, dt.date(2022, 6, 1), SYO,
     rag="Amber",
     text="Within 6 months - review detention of children in custody with children's social care: detain only "
     "when absolutely necessary and for the minimum time; early assessment of need for "
     "alternative accommodation; record all actions and decisions; improve timeliness of "
     "appropriate adult support.",
     note="Concordat on children in custody signed; PACE beds still rarely available.")
item("ncpi18", AFI, 7784,
     "The force should improve the way it manages the risk posed by offenders involved in sexual "
     "offences against children.",
     "Being progressed", C_MON, dt.date(2022, 6, 1), SYO, rag="Amber", kind="verbatim")
item("ncpi18", AFI, 7785,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to child sexual exploitation.",
     "Awaiting review", C_NEW, dt.date(2018, 6, 14), MIS)
# --- peel1819 (force-level) ------------------------------------------------------------------
item("peel1819", COC, 8531,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.",
     "Being progressed", C_MON, dt.date(2022, 4, 22), SYO, rag="Amber",
     text="Capacity & capability to investigate crime effectively (cause of concern).")
item("peel1819", COC, 8532,
     "The size of the vetting backlog within Gloucestershire Constabulary is a cause of concern.",
     "Complete", C_DONE, dt.date(2020, 7, 9), SYC, rag="Green", kind="verbatim",
     note="Backlog cleared Mar 2020.")
item("peel1819", REC, 8533,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and",
     "Being progressed", C_MON, dt.date(2022, 4, 22), SUB, rag="Green", kind="nostem",
     note="Investigative demand review completed and reported to FET 12/03/2024.")
item("peel1819", REC, 8534,
     ["HMIC recommends that within six months the force should: ensure regular and active "
      "supervision of the quality and progress of investigations.",
      "This supervision should be properly recorded;"],
     "Being progressed", C_MON, dt.date(2022, 4, 22), SYO, rag="Amber", kind="joined",
     note="Supervision template on Niche; compliance 62%.")
item("peel1819", REC, 8535,
     "HMIC recommends that the force should immediately: ensure all staff have received at least "
     "the lowest level of vetting clearance for their roles as quickly as possible, working to "
     "clear both the vetting backlog and new vetting renewals when they become due so that it "
     "complies fully with the national vetting guidelines;",
     "Complete", C_DONE, dt.date(2020, 7, 9), SYC, rag="Complete", kind="nostem")
item("peel1819", REC, 8536,
     ["HMICFRS recommends that the force should immediately:expand the skills project work to "
      "include an assessment of all skills, not only operational, including potential future "
      "skills requirements.",
      "This assessment should inform workforce plans; and"],
     "Being progressed", C_MON, dt.date(2022, 4, 22), CON, rag="Amber",
     kind="joined_nostem", report="peel2122",
     note="Skills audit extended to police staff; feeds Strategic Workforce Plan.")
item("peel1819", AFI, 8537,
     ["The force should undertake further work to gain a fuller understanding of current demand "
      "for its services, and likely future changes in demand.",
      "This is so it can make best use of its resources by matching them to demand to meet the "
      "needs of the public."],
     "Being progressed", C_MON, dt.date(2022, 4, 22), SUB, rag="Green", kind="joined",
     note="FMS 2024 demand modelling complete.")
item("peel1819", AFI, 8538,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.",
     "Superseded", C_PEEL22, dt.date(2022, 4, 22), LOC, rag="Amber",
     kind="verbatim", note="Priority-based budgeting pilot in two departments.")
item("peel1819", AFI, 8539,
     ["The force should develop a future workforce plan that is aligned with its overall demand "
      "and budget.",
      "The plan should include future resource allocations, the mix of skills required by the "
      "workforce and behaviours expected of them."],
     "Being progressed", C_MON, dt.date(2022, 4, 22), CON, rag="Amber", kind="joined",
     type="Recommendation", note="Strategic Workforce Plan drafted.")
item("peel1819", AFI, 8540,
     "Gloucestershire Constabulary should make sure it provides a confidential way for staff to "
     "raise concerns and that staff are aware of whistleblowing processes.",
     "Complete", C_DONE, dt.date(2021, 5, 17), SYC, rag="Complete", kind="verbatim")
item("peel1819", AFI, 8541,
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.",
     "Being progressed", C_MON, dt.date(2022, 4, 22), SYO, rag="Amber", kind="abbrev")
item("peel1819", AFI, 8542,
     "The force should conduct a review, involving its partners, of the approach to "
     "vulnerability to better safeguard vulnerable people.",
     "Awaiting review", C_NEW, dt.date(2019, 5, 2), MIS)
# --- powers (national) -----------------------------------------------------------------------
item("powers", NAT, 8820,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", C_MON, dt.date(2023, 1, 9), SYO, rag="Amber", kind="verbatim")
item("powers", NAT, 8821,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Being progressed", C_MON, dt.date(2023, 1, 9), SUB, rag="Green", kind="abbrev",
     note="Comms skills in PDP/CPD days 2023; BWV debrief guide issued to sergeants.")
item("powers", NAT, 8822, BWV, "Being progressed", C_MON, dt.date(2023, 1, 9), SYO,
     kind="split")
item("powers", NAT, 8823,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and search "
     "is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.",
     "Being progressed", C_MON, dt.date(2023, 1, 9), SUB, rag="WHITE", kind="verbatim",
     note="Not the force's responsibility to deliver; for Home Office / NPCC.")
item("powers", NAT, 8824,
     "By July 2021, forces should ensure they have effective internal monitoring processes on the "
     "use of force, to help them to identify and understand disproportionate use, explain the "
     "reasons and implement any necessary improvement action.",
     "Complete", C_DONE, dt.date(2023, 1, 9), LOC, rag="Amber", kind="verbatim",
     note="UoF data quality work ongoing; compliance with UoF form 71%.")
# --- peel2122 (force-level, AFIs only) -------------------------------------------------------
P22 = [
    (9411, "The force should make sure there are appropriate strategic oversight arrangements in "
           "place to manage risks, performance and improvement plans effectively.", SYO, "Amber"),
    (9412, "The force should make sure the corporate risk register is actively used to mitigate "
           "and manage known risks.", SUB, "Green"),
    (9413, "The force should make sure all processes in place to support performance management "
           "are effective.", SYO, "Amber"),
    (9414, "The force should make sure it has access to accurate data and analysis to support "
           "effective performance management.", SYC, "Complete"),
    (9415, "The force should put plans in place to monitor, including through the gathering and "
           "analysis of staff feedback, team cultures and provide prompt remedial action for any "
           "issues it identifies.", SYO, "Amber"),
    (9416, ["The force should specify in succession plans how it intends to improve diversity "
            "across all levels of the force.",
            "This should include offering increased direct-entry opportunities."], SYO, "Red"),
    (9417, "The force should review the support available for those who have raised concerns and "
           "take any action needed to make sure these provisions are suitable.", LOC, "Amber"),
    (9418, "The force should develop a clear prevention strategy targeting people most at risk "
           "and make sure activity undertaken prioritises people most at risk.", SUB, "Green"),
    (9419, "The force should improve the timeliness of its response to calls for service "
           "involving domestic abuse.", SYO, "Amber"),
    (9420, "The force should ensure that it has sufficient resources available in the control "
           "room to fulfil its resourcing model, and so to meet its demand, while also taking "
           "into account the wellbeing of its workforce.", SUB, "Submitted for closure"),
    (9421, "The force should make sure victims of stalking and harassment are kept informed about "
           "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     SYO, "Amber"),
    (9422, "The force should immediately review its current background checks arrangements, and "
           "make sure that suitable and sufficient background checks are in place to safeguard "
           "its staff and the communities it serves.", MIS, None),
]
P22_NOTES = {
    9412: "Risk register reviewed monthly at Force Assurance Board since Jan 24.",
    9414: "Closed by HMICFRS.",
    9416: "Succession planning paused pending new Director of People.",
    9417: "Support offer for those raising concerns being refreshed with Unison/Fed.",
    9418: "Prevention strategy published; tasking prioritises high-risk cohorts.",
    9420: "Control room uplift of 18 FTE complete; evidence pack sent 02/09/24.",
}
for ref, paras, cat, rag in P22:
    hstat = {SYO: "Being progressed", SUB: "Being progressed", SYC: "Complete",
             LOC: "Complete", MIS: "Awaiting review"}[cat]
    com = {SYO: C_MON, SUB: C_MON, SYC: C_DONE, LOC: C_DONE, MIS: C_NEW}[cat]
    sd = dt.date(2024, 3, 19) if cat in (SYC, LOC) else dt.date(2023, 6, 30)
    if cat == MIS:
        item("peel2122", AFI, ref, paras, hstat, com, dt.date(2022, 4, 22), cat)
    else:
        item("peel2122", AFI, ref, paras, hstat, com, sd, cat, rag=rag,
             kind="joined" if isinstance(paras, list) else ("afi_prefix" if ref % 3 == 0
                                                            else "verbatim"),
             note=P22_NOTES.get(ref))
# --- peel2324 (force-level, AFIs only) -------------------------------------------------------
P24 = [
    (9871, "The force should improve its understanding of the nature and scale of violence "
           "against women and girls in its area.", "Awaiting review", SYO, "Amber"),
    (9872, "The force should make sure investigations of rape and serious sexual offences are "
           "allocated to officers with the right skills and are effectively supervised.",
     "Being progressed", SYO, "Amber"),
    (9873, "The force should make sure it records reports of anti-social behaviour accurately and "
           "without delay.", "Being progressed", SUB, "Green"),
    (9874, "The force should make sure its analysis of serious and organised crime informs its "
           "strategic assessment and control strategy.", "Awaiting review", SYO, "Amber"),
    (9875, "The force should improve how it gathers, assesses and acts on intelligence about "
           "county lines drug dealing.", "Being progressed", SYO, "Red"),
    (9876, "The force should make sure it consistently uses ancillary orders and other powers to "
           "protect victims of stalking and harassment.", "Being progressed", SYO, "Amber"),
    (9877, "The force should evaluate its work to prevent knife crime and share what works across "
           "the force.", "Awaiting review", SYO, "Amber"),
    (9878, "The force should make sure its performance framework gives senior leaders a clear "
           "picture of its response to fraud.", "Being progressed", SUB, "Pending sign off"),
    (9879, "The force should develop a problem-solving approach to neighbourhood crime, working "
           "with local communities and partners.", "Being progressed", SYO, "Amber"),
    (9880, "The force should ensure that officers and staff have effective communication skills, "
           "in line with the National Policing Guidelines on Conflict Management.",
     "Being progressed", SYO, "Amber"),
]
P24_NOTES = {
    9873: "ASB recording audit Aug 24: 97% compliant. Green.",
    9875: "Intel requirement for county lines not yet set.",
    9878: "Fraud measures added to Force Performance pack (Sept 24). Pending sign off.",
}
for ref, text, hstat, cat, rag in P24:
    com = C_NEW if hstat == "Awaiting review" else C_MON
    item("peel2324", AFI, ref, text, hstat, com,
         dt.date(2024, 3, 19) if hstat == "Awaiting review" else dt.date(2024, 9, 2), cat,
         rag=rag, kind="abbrev" if ref in (9871, 9876) else "afi_prefix",
         note=P24_NOTES.get(ref))

# Force rows that are not on the HMICFRS list: (insert after ref, report label, published,
# type, ref cell, text, rag, lead, note, why)
EXTRA = [
    ("after", 1206, "Stop & search powers 2", dt.date(2015, 3, 24), "National Rec", None,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to be "
     "scrutinised by community representatives. This should be done in a way that involves those "
     "people who are stopped and searched, for example young people.",
     "Amber", "ACC Local Policing", "Youth scrutiny panel membership being refreshed.",
     "Stop and search powers 2 (2015) rec: near-identical wording to HMICFRS 1206 (2013 report) "
     "but a different report; 1206 is matched to its own force row; this one is not on the list"),
    ("after", 6955, "PEEL Legitimacy 2015", "Feb 2016", "AFI", "HMIC 3318",
     "The force should revise its approach to cautions, cannabis warning and penalty notices for "
     "disorder to ensure that there is a clear and auditable explanation to the offender of the "
     "implications of receiving the warning and that, for victim-based crimes, there is a clear "
     "and auditable record that views of the victim are considered prior to their issue.",
     "Amber", "Head of Criminal Justice", "OOCD scrutiny panel reviews 40 disposals a quarter.",
     "PEEL Legitimacy 2015 AFI: report not on the HMICFRS list at all (closed and dropped by "
     "HMICFRS); force still has it open"),
    ("after", 6955, "PEEL Legitimacy 2015", "Feb 2016", "AFI", "HMIC 3319",
     "The force should make sure it provides accessible information for all staff and members of "
     "the public on how they can raise concerns and access confidential support (including "
     "through external agencies).",
     "Amber", "Head of Professional Standards", None,
     "PEEL Legitimacy 2015 AFI: report not on the HMICFRS list; query with HMICFRS"),
    ("after", 5815, "Firearms licensing 2015", None, "Local", None,
     "JAC action: Internal audit of the firearms licensing governance arrangements (audit plan "
     "2023/24)", "Amber", "Supt Firearms Licensing", "Audit fieldwork Nov 24.",
     "local action (JAC/internal audit), never an HMICFRS item"),
    ("after", 8531, "PEEL 2018/19", None, "Local", None,
     "Local action: Task & Finish group to review the domestic abuse policy and report to the "
     "Force Executive Team", "Green", "Ch Supt Public Protection", "Completed. Reported to FET.",
     "local action added by the force under the PEEL 2018/19 report"),
    ("after", 8824, "Police powers spotlight (Feb 21)", None, "Local", None,
     "Deliver refresher training on stop and search to all response and neighbourhood officers",
     "Amber", "Head of Learning & Development", "Input on PDP days Q1-Q3 2025.",
     "force's own action (no prefix) under the police powers report, not an HMICFRS item"),
    ("after", 9880, "PEEL 2023/24", None, "Local", None,
     "Force improvement plan: Add violence against women and girls measures to the monthly Force "
     "Performance pack", "Amber", "Head of Corporate Development", None,
     "force improvement plan action under PEEL 2023/24, not an HMICFRS item"),
]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Head of Information Management", "DCC",
         "Director of Finance", "Supt Firearms Licensing", None]

ABBREV = [
    (r"modern slavery and human trafficking", "MSHT"), (r"[Dd]omestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"Stop and Search", "S&S"), (r"College of Policing", "CoP"),
    (r"Authorised Professional Practice", "APP"), (r"[Cc]hief [Cc]onstables", "CCs"),
    (r"body-worn video", "BWV"), (r"released under investigation", "RUI"),
    (r"continuing professional development", "CPD"), (r"officers and staff", "officers & staff"),
    (r"violence against women and girls", "VAWG"), (r"Home Office", "HO"),
    (r"information management", "info management"),
]
STEM_RE = re.compile(r"^(HMICFRS|HMIC) recommends that (within six months )?the force should"
                     r"( immediately)?:\s*")


def _stem_sub(m):
    # the force drops "HMIC recommends that" but keeps the timescale
    if m.group(2):
        return "Within six months the force should "
    if m.group(3):
        return "The force should immediately "
    return "The force should "


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


def force_text(it, rng, afi_no):
    f = it["force"]
    if "text" in f:
        return f["text"]
    kind = f.get("kind", "verbatim")
    paras = it["paras"]
    joined = "\n".join(paras)
    if kind == "verbatim":
        return joined
    if kind == "joined":
        return " ".join(paras)
    if kind in ("nostem", "joined_nostem"):
        t = joined if kind == "nostem" else " ".join(paras)
        t = STEM_RE.sub(_stem_sub, t)
        return t.removesuffix("; and").removesuffix(" and").rstrip(";")
    if kind == "abbrev":
        t = joined
        for pat, rep in ABBREV:
            t = re.sub(pat, rep, t)
        return t
    if kind == "clean_fn":
        return joined.replace("intelligence 86 and", "intelligence and") + "."
    if kind == "afi_prefix":
        return f"AFI {afi_no} - {joined}"
    if kind == "missing_bullet":
        return "\n".join(paras[:4])
    raise ValueError(kind)


def build():
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    by_rep = {k: [] for k in ORDER}
    for it in I:
        by_rep[it["rep"]].append(it)
    refs = [it["ref"] for it in I]
    assert len(refs) == len(set(refs))

    # ---------------- HMICFRS workbook --------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    SH = ws.title
    bold = Font(bold=True)
    banner_font = Font(bold=True, color="FFFFFF", size=11)
    banner_fill = PatternFill("solid", fgColor="1F3864")
    sub_font = Font(bold=True, italic=True)
    sub_fill = PatternFill("solid", fgColor="D9E1F2")
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = f"HMICFRS definitive list – {FORCE}"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Recommendations, causes of concern and areas for improvement held on the HMICFRS "
                "register against the force. Extracted 14th October 2024. Sent by the Force "
                "Liaison Lead ahead of the Joint Audit Committee.")
    headers = ["Ref", "Recommendation / cause of concern / area for improvement", "Status",
               "Status date", "HMICFRS comment"]
    for c, h in enumerate(headers, 1):
        ws.cell(4, c, h).font = bold
    ws.column_dimensions["A"].width = 9
    ws.column_dimensions["B"].width = 95
    ws.column_dimensions["C"].width = 17
    ws.column_dimensions["D"].width = 20
    ws.column_dimensions["E"].width = 60
    r = 5
    for k in ORDER:
        items = by_rep[k]
        title, pub, _ = REPORTS[k]
        n_open = sum(1 for it in items if it["hstat"] in ("Being progressed", "Awaiting review"))
        r += 1  # blank row before each block
        ws.cell(r, 1, f"{title}  |  Published {ordinal(pub)}  |  {len(items)} item"
                      f"{'s' if len(items) != 1 else ''} ({n_open} open)")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1).font = banner_font
        ws.cell(r, 1).fill = banner_fill
        r += 1
        for typ in SUBHEAD_ORDER:
            group = [it for it in items if it["typ"] == typ]
            if not group:
                continue
            ws.cell(r, 1, typ)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(r, 1).font = sub_font
            ws.cell(r, 1).fill = sub_fill
            r += 1
            for it in group:
                it["hrow"] = r
                ws.cell(r, 1, it["ref"])
                ws.cell(r, 2, it["paras"][0]).alignment = wrap
                ws.cell(r, 3, it["hstat"])
                ws.cell(r, 4, ordinal(it["sdate"]))
                ws.cell(r, 5, it["comment"]).alignment = wrap
                r += 1
                for p in it["paras"][1:]:
                    ws.cell(r, 2, p).alignment = wrap
                    it.setdefault("cont_rows", []).append(r)
                    r += 1
    r += 1
    ws.cell(r, 1, "Notes")
    ws.cell(r, 1).font = bold
    r += 1
    ws.cell(r, 1, "Items with a status of Complete or Superseded are closed on the HMICFRS "
                  "register and are shown for information only.")
    r += 1
    ws.cell(r, 1, "Where a recommendation has several parts, each paragraph is shown on its own "
                  "line beneath the recommendation.")
    ws.freeze_panes = "A5"
    hpath = OUT / "hmicfrs.xlsx"
    save(wb, hpath)

    # ---------------- force tracker -----------------------------------------------------------
    # order: force-level reports newest first, then national/thematic oldest first
    f_order = ["peel2324", "peel2122", "peel1819", "ncpi18", "cdi17", "eff16",
               "sas13", "everyone", "core", "integrity", "picture", "firearms", "stolen",
               "efc17", "leg17", "powers"]
    extras_after = {}
    for e in EXTRA:
        extras_after.setdefault(e[1], []).append(e)
    # group force rows by the report the FORCE files them under
    frows_by_rep = {k: [] for k in f_order}
    afi_counter = {}
    misfiled = []
    for k in ORDER:
        for it in by_rep[k]:
            if it["cat"] == MIS:
                continue
            if "report" in it["force"]:
                misfiled.append(it)
            else:
                frows_by_rep[k].append(it)
    for it in misfiled:  # the force added it at the end of the report it filed it under
        frows_by_rep[it["force"]["report"]].append(it)
    rows = []  # dicts for the tracker
    for k in f_order:
        label = REPORTS[k][2]
        pub = REPORTS[k][1]
        lst = frows_by_rep[k]
        if k == "eff16":   # tracker lists the AFIs before the recommendations for this one
            lst = [x for x in lst if x["typ"] == COC] + [x for x in lst if x["typ"] == AFI] + \
                  [x for x in lst if x["typ"] == REC]
        for it in lst:
            afi_counter[k] = afi_counter.get(k, 0) + (1 if it["typ"] == AFI else 0)
            rows.extend(force_rows_for(it, k, label, pub, rng, afi_counter[k]))
            for e in extras_after.get(it["ref"], []):
                rows.append(dict(kind="extra", report=e[2], published=e[3], type=e[4],
                                 ref=e[5], text=e[6], rag=e[7], lead=e[8], note=e[9],
                                 why=e[10]))

    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Recs"
    FS = ws.title
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Organisational Learning | Last updated 30/09/2024 | Owner: Head of Corporate " \
               "Development"
    fh = ["No.", "HMICFRS Ref", "Report", "Published", "Type",
          "Recommendation / AFI (as per report)", "Lead", "RAG", "Progress update",
          "Date submitted for closure"]
    for c, h in enumerate(fh, 1):
        ws.cell(4, c, h).font = bold
        ws.cell(4, c).fill = PatternFill("solid", fgColor="FFE699")
    widths = [6, 13, 30, 12, 14, 90, 26, 20, 60, 14]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + c)].width = w
    rag_fill = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "white": "FFFFFF",
                "complete": "BDD7EE", "closed": "BDD7EE"}
    truth = []
    fr = 5
    for n, row in enumerate(rows, 1):
        ws.cell(fr, 1, n)
        ws.cell(fr, 2, row["ref"])
        ws.cell(fr, 3, row["report"])
        pubv = row["published"]
        c = ws.cell(fr, 4, pubv)
        if isinstance(pubv, dt.date):
            c.number_format = "dd/mm/yyyy"
        ws.cell(fr, 5, row["type"])
        ws.cell(fr, 6, row["text"]).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(fr, 7, row["lead"])
        rc = ws.cell(fr, 8, row["rag"])
        key = (row["rag"] or "").lower().split()[0] if row["rag"] else ""
        if key in rag_fill:
            rc.fill = PatternFill("solid", fgColor=rag_fill[key])
        ws.cell(fr, 9, row["note"]).alignment = Alignment(wrap_text=True, vertical="top")
        if row.get("submitted"):
            ws.cell(fr, 10, row["submitted"]).number_format = "dd/mm/yyyy"
        row["frow"] = fr
        fr += 1
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:J{fr - 1}"
    save(wb, OUT / "tracker.xlsx")

    # ---------------- truth -------------------------------------------------------------------
    lines = []
    fmap = {}
    for row in rows:
        if row["kind"] == "item":
            fmap.setdefault(row["it"]["ref"], []).append(row)
    for k in ORDER:
        for it in by_rep[k]:
            h = f"{SH}!{it['hrow']}"
            cat = it["cat"]
            if cat == MIS:
                lines.append((it["hrow"], 0, h, "", MIS, why_missing(it)))
                continue
            for row in fmap[it["ref"]]:
                c = "in_sync" if cat in (SYO, SYC) else cat
                lines.append((it["hrow"], row["frow"], h, f"{FS}!{row['frow']}", c,
                              row["why"]))
    for row in rows:
        if row["kind"] == "extra":
            lines.append((10 ** 6, row["frow"], "", f"{FS}!{row['frow']}",
                          "not_on_hmicfrs_list", row["why"]))
    lines.sort(key=lambda x: (x[0], x[1]))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh_:
        w = csv.writer(fh_, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for _, _, h, f, c, why in lines:
            w.writerow([h, f, c, why])
    return I, rows, lines


def why_missing(it):
    return (f"HMICFRS {it['ref']} ({it['hstat']}) has no row in the force tracker"
            + ("; its continuation row(s) are part of the same item" if len(it["paras"]) > 1
               else ""))


FORCE_DONE_WORDS = {"Green", "GREEN", "Complete", "Closed", "Pending sign off",
                    "Submitted for closure", "WHITE"}


def force_rows_for(it, k, label, pub, rng, afi_no):
    f = it["force"]
    cat = it["cat"]
    ref = it["ref"]
    # the HMICFRS reference, written variously
    style = rng.random()
    old_national = k in ("sas13", "everyone", "core", "integrity", "picture", "firearms")
    if old_national and style < 0.6:
        refcell = None
    elif style < 0.45:
        refcell = ref
    elif style < 0.6:
        refcell = str(ref)
    elif style < 0.72:
        refcell = f"HMICFRS {ref}"
    elif style < 0.82:
        refcell = f"Ref: {ref}"
    elif style < 0.9:
        refcell = f"{ref} "
    else:
        refcell = None
    frep = f.get("report", k)
    flabel = REPORTS[frep][2]
    fpub = REPORTS[frep][1]
    # published, written variously
    pstyle = rng.random()
    if pstyle < 0.55 or "report" in f:
        pubcell = fpub
    elif pstyle < 0.8:
        pubcell = fpub.strftime("%b %Y")
    elif pstyle < 0.9:
        pubcell = fpub.strftime("%B %Y")
    else:
        pubcell = None
    ftype = f.get("type") or {
        NAT: rng.choice(["National Rec", "National Rec", "Rec"]),
        REC: rng.choice(["Rec", "Recommendation", "Rec"]),
        AFI: rng.choice(["AFI", "AFI", "Area for Improvement"]),
        COC: rng.choice(["CoC", "Cause for Concern"]),
    }[it["typ"]]
    lead = rng.choice(LEADS)
    if cat == "in_sync_closed":
        rag = f.get("rag", "Complete")
    else:
        rag = f.get("rag")
    note = f.get("note")
    submitted = None
    if rag in ("Submitted for closure", "Pending sign off") or (
            cat == SUB and rag in ("Green", "Complete") and rng.random() < 0.4):
        submitted = dt.date(2024, rng.choice([6, 7, 8, 9]), rng.randint(1, 28))
    hs = "open" if it["hstat"] in ("Being progressed", "Awaiting review") else "closed"
    base = dict(kind="item", it=it, ref=refcell, report=flabel, published=pubcell, type=ftype,
                lead=lead, rag=rag, note=note, submitted=submitted)
    if f.get("kind") == "split":
        out = []
        parts = [
            ("BWV 1 - Ensure officers record on BWV the entirety of all S&S encounters, including "
             "traffic stops and use of force incidents.", "Green",
             "BWV activation compliance 96% (Aug 24 dip sample)."),
            ("BWV 2 - Structured process to regularly review and monitor a sufficient sample of "
             "BWV footage internally, to identify and disseminate learning and hold officers to "
             "account.", "Green", "Supervisor review of 5 S&S videos per team per month in place."),
            ("BWV 3 - Provide external scrutiny panel members with access to samples of BWV "
             "footage of S&S encounters and use of force incidents, within the safeguards in the "
             "CoP APP.", "Amber", "Panel viewing protocol with OPCC still being agreed."),
        ]
        for i, (t, rg, nt) in enumerate(parts):
            d = dict(base, ref=f"{ref} ({'abc'[i]})", text=t, rag=rg, note=nt,
                     lead="ACC Local Policing", submitted=None,
                     published=REPORTS[k][1] if i == 0 else None)
            d["why"] = (f"split row {i + 1} of 3 for HMICFRS {ref} (one row per paragraph; "
                        f"HMICFRS rows below the item are its continuation rows); item is open on "
                        f"HMICFRS and not done on the force side as part (c) is still Amber, so "
                        f"the whole item is open on both")
            out.append(d)
        return out
    base["text"] = force_text(it, rng, afi_no)
    fdone = rag in FORCE_DONE_WORDS
    base["why"] = explain(it, cat, hs, rag, fdone, refcell, flabel, label)
    # consistency checks of the spec
    if cat == SYO:
        assert hs == "open" and not fdone, ref
    if cat == SYC:
        assert hs == "closed" and fdone, ref
    if cat == SUB:
        assert hs == "open" and fdone, ref
    if cat == LOC:
        assert hs == "closed" and not fdone, ref
    if cat == CON:
        assert hs == "open" and not fdone, ref
    return [base]


def explain(it, cat, hs, rag, fdone, refcell, flabel, label):
    ref = it["ref"]
    hst = it["hstat"]
    refnote = "" if refcell is not None else "; force row has no HMICFRS ref"
    cont = (f"; HMICFRS text runs onto {len(it['paras']) - 1} continuation row(s)"
            if len(it["paras"]) > 1 else "")
    if cat == CON:
        kind = it["force"].get("kind")
        if kind == "missing_bullet":
            return (f"HMICFRS {ref} has 4 bullets on continuation rows; force text has only the "
                    f"first 3 (the performance and quality assurance bullet is missing); open on "
                    f"both")
        if it["force"].get("type"):
            return (f"HMICFRS {ref} is under the 'Areas for improvement' sub-heading; force "
                    f"records it as a Recommendation (type only given by the sub-heading); open "
                    f"on both{cont}")
        if it["force"].get("report"):
            return (f"HMICFRS {ref} is in the PEEL 2018/19 block (published 2nd May 2019); the "
                    f"force files it under PEEL 2021/22 published 22/04/2022 (wrong report and "
                    f"date); open on both{cont}")
        return (f"HMICFRS {ref} says 'Within six months'; force text says 'Within 12 months' "
                f"(timescale differs); open on both")
    w = {
        SYO: f"open on both (HMICFRS {hst}, force {rag})",
        SYC: f"closed on both (HMICFRS {hst}, force {rag})",
        SUB: f"HMICFRS {hst}, force {rag} (done)",
        LOC: f"HMICFRS {hst} (closed), force {rag} (open)",
    }[cat]
    extra = ""
    if ref in (4822, 7263):
        extra = ("; near-duplicate texts 4822 (Core Business 2014) and 7263 (CDI 2017) are told "
                 "apart by the report banner / force Report column")
    if ref in (7406, 7262):
        extra = ("; near-duplicate NCRS/MSHT texts 7406 (Stolen freedom) and 7262 (CDI 2017) are "
                 "told apart by the report banner / force Report column")
    if ref in (8820, 9880):
        extra = ("; near-duplicate communication-skills texts 8820 (police powers 2021) and 9880 "
                 "(PEEL 2023/24) told apart by report")
    if ref == 1206:
        extra = "; the force's separate 'Stop & search powers 2' row is a different report"
    if ref == 8823:
        extra = "; WHITE = not the force's to deliver, counted as done"
    if it["force"].get("text"):
        extra += "; force text is the force's own abridgement"
    return f"HMICFRS {ref} matched to force row: {w}{cont}{refnote}{extra}"


def save(wb, path: Path):
    """Save with fixed document timestamps and zip entry dates so rebuilds are byte-identical."""
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    wb.properties.creator = "openpyxl"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-10-14T09:30:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


if __name__ == "__main__":
    items, rows, lines = build()
    from collections import Counter
    print(len(items), "HMICFRS items;", len(rows), "force rows;", len(lines), "truth lines")
    print(Counter(x[4] for x in lines))
