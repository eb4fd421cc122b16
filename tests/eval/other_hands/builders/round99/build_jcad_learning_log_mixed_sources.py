"""Build case jcad_learning_log_mixed_sources (round 99, case A).

HMICFRS side: the force's corporate Organisational Learning Log, exported from a risk system
(JCAD CORE), all sources. Only rows whose Source is HMIC/HMICFRS and whose Category is a
Recommendation / Area for improvement / Cause of concern addressed to the force (or all forces)
are HMICFRS items; the rest (IOPC, coroner PFD, NPCC consultations, College good practice,
debriefs, internal audit, HMICFRS report-received notes, hot-debrief findings, HMICFRS
recommendations to other bodies, a duplicate entry) are not.
Force side: a plain HMICFRS tracker workbook.
Deterministic: no randomness, fixed document properties and zip timestamps.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path("/tmp/indep99/jcad_learning_log_mixed_sources")
FORCE = "Lincolnshire Police"
FIXED_ZIP_TIME = (2024, 11, 14, 9, 12, 0)
FIXED_ISO = "2024-11-14T09:12:00Z"

D = dt.datetime

# ----------------------------------------------------------------------------------------------
# HMICFRS texts (verbatim from /work/main/reconcile/casegen/texts and real_recommendations.csv)
# ----------------------------------------------------------------------------------------------
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
CDI_VICTIMS = (
    "Within six months the force should put in place arrangements to ensure that:\n"
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
DASH_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
DETENTION = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested"
)
MISSING_KIDS = (
    "Immediately, the force should review its approach to reports of missing children and take "
    "steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)

# Report titles (HMICFRS side) and publication dates
R = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", D(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", D(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 – Lincolnshire Police", D(2017, 11, 9)),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", D(2017, 12, 12)),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018 – Lincolnshire Police", D(2018, 6, 14)),
    "cdi19": ("Crime data integrity inspection 2019 – Lincolnshire Police", D(2019, 9, 26)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire Police", D(2022, 5, 19)),
    "custody22": ("Report on an unannounced inspection visit to police custody suites 2022 – Lincolnshire Police", D(2022, 8, 23)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25 – Lincolnshire Police", D(2024, 3, 7)),
}

# Force tracker's own report names
FR = {
    "sas13": "Stop and Search 2013", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop & Search 2015",
    "picture": "Building the Picture 2015", "firearms": "Firearms Licensing (Targeting the Risk) 2015",
    "eff16": "PEEL Effectiveness 2016", "stolen": "Stolen Freedom (MSHT) 2017",
    "efc17": "PEEL Efficiency 2017", "efc17n": "PEEL Efficiency 2017 - national",
    "leg17": "PEEL Legitimacy 2017", "leg17n": "PEEL Legit 17 S&S (national)",
    "ncpi18": "NCPI 2018", "cdi19": "CDI 2019", "powers": "Police powers spotlight (Feb 21)",
    "peel21": "PEEL 2021/22", "custody22": "Custody inspection 2022", "peel23": "PEEL 2023/25",
    "peel18": "PEEL 2018/19", "leg15": "PEEL Legitimacy 2015",
}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# ----------------------------------------------------------------------------------------------
# HMICFRS items: key, report, hmicfrs id, type, text, HMICFRS status (External Status)
# force: list of force rows (dicts) or [] if missing; cat, why
# ----------------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def item(key, rep, ref, typ, text, status, cat, why, force=(), logstat=None, owner=None, addressed=None, source="HMICFRS"):
    ITEMS.append(dict(key=key, rep=rep, ref=ref, typ=typ, text=text, status=status, cat=cat, why=why,
                      force=list(force), logstat=logstat, owner=owner, addressed=addressed, source=source))


def fr(text, rag, typ=None, ref="same", lead=None, update=None, submitted=None, rep=None):
    return dict(text=text, rag=rag, typ=typ, ref=ref, lead=lead, update=update, submitted=submitted, rep=rep)


# --- national (all forces) ---
item("sas13-1", "sas13", 1187, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
     "Complete", "in_sync", "Ref 1187 and S&S 2013 text match; HMICFRS Complete, force BLUE (closed) - both closed.",
     [fr("CCs & CoP to set out in S&S APP a clear spec of what is effective and fair use of S&S powers (compliant with Code of Practice)", "BLUE", lead="ACC Local Policing", update="Closed by HMICFRS.")])
item("sas13-2", "sas13", 1188, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", "in_sync", "Ref 1188, monitoring of S&S text matches; HMICFRS Complete, force GREEN (done) - both closed/done.",
     [fr("Establish or improve monitoring of the way officers stop & search people so satisfied they act within the law (incl equality legislation & Code of Practice)", "GREEN", lead="ACC Local Policing", update="S&S scrutiny panel and monthly data pack in place.", submitted=D(2016, 2, 1))])
item("sas13-3", "sas13", 1189, NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.",
     "Complete", "in_sync", "Ref 1189; 'elected local policing bodies' wording and 2013 report tell it from the near-identical 2015 item 5120; HMICFRS Complete, force BLUE.",
     [fr("In consultation with elected local policing bodies, explain to the public how S&S is used & arrange for S&S records to be scrutinised by community reps (involve young people)", "BLUE", lead="ACC Local Policing", update="Closed.")])
item("everyone", "everyone", 2321, NAT, EVERYONE_PLAN, "Superseded", "closeable_local",
     "Ref 2321 DA action plan; HMICFRS Superseded (closed), force still AMBER - force closes its own entry.",
     [fr("Establish & publish a DA action plan (consult PCC, DA support orgs, victims reps; consider all recs; DHRs & IPCC findings; CPS panels/MARAC)", "AMBER", lead="Ch Supt Public Protection", update="Addressed holistically as part of the force change programme.")])
item("aus-1", "austerity", 3301, NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", "in_sync", "Ref 3301 savings plans; HMICFRS NFA (closed), force BLUE - both closed.",
     [fr("Review savings plans - reduce crime & protect front line while balancing budget (use VfM profiles)", "BLUE", lead="Director of Finance", update="NFA per HMICFRS list 2017.")])
item("aus-2", "austerity", 3302, NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.",
     "No further action required", "conflict",
     "Ref 3302 and wording match but the force row says 'less than 15%' where HMICFRS says 'less than 10%' - a figure that disagrees (force also still AMBER while HMICFRS closed it).",
     [fr("Forces planning to deliver less than 15% of savings through collaboration to assess whether scope to improve", "AMBER", lead="Director of Finance", update="Collaboration review with EMSCU ongoing.")])
item("aus-3", "austerity", 3303, NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required", "in_sync", "Ref 3303; HMICFRS NFA (closed), force WHITE (not the force's to deliver, counted done) - both closed.",
     [fr("Forces reducing front line proportion to assess if decisive action taken to maintain crime fighting capacity", "WHITE", lead="DCC", update="Not applicable - front line proportion increased 2014/15.")])
item("aus-4", "austerity", 3304, NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.",
     "No further action required", "missing_from_force", "Ref 3304 collaboration plans: no force row with this ref or text.")
item("core-1", "core", 4822, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
     "Superseded", "in_sync", "Ref 4822 THR criteria for call-handlers; HMICFRS Superseded (closed), force BLUE - both closed.",
     [fr("Provide call-handlers with specific, sound & comprehensible criteria to assess threat, harm and risk (by 31/3/15)", "BLUE", lead="Supt Contact Centre", update="THRIVE adopted.")])
item("core-2", "core", 4823, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.",
     "Being progressed", "closeable_submit", "Ref 4823; HMICFRS Being progressed (open), force GREEN with a closure submission date - submit for closure.",
     [fr("Crime prevention / disruption activity to be systematically recorded & evaluated for effectiveness of tactics", "GREEN", lead="Head of Corporate Development", update="Disruption tracker live on Niche; evaluation by Insight team. Ready to move to GREEN status.", submitted=D(2024, 9, 30))])
item("integrity", "integrity", 902, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", "in_sync", "Ref 902 misconduct NFA fairness (national 2015); HMICFRS Complete, force GREEN - both closed/done. Not the PEEL Legitimacy 2017 force AFI 8601 which reuses the body: report and ref differ.",
     [fr("CCs to satisfy themselves misconduct investigations resulting in 'NFA' are fair and free of discrimination", "GREEN", lead="Head of Professional Standards", update="PSD dip-sample of NFA outcomes by protected characteristic.", submitted=D(2016, 1, 12))])
item("sas15", "sas15", 5120, NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.",
     "Being progressed", "in_sync", "Ref 5120, 2015 report, 'in consultation with PCCs' (not the 2013 'elected local policing bodies' item 1189); both open (Being progressed / AMBER).",
     [fr("In consultation with PCCs comply with Code of Practice - explain S&S use to public and community scrutiny of S&S records (incl young people)", "AMBER", lead="ACC Local Policing", update="Youth scrutiny panel being set up with OPCC.")])
item("picture", "picture", 5388, NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.",
     "Awaiting review", "closeable_submit", "Ref 5388 MoPI audit scrutiny; HMICFRS Awaiting review (open), force GREEN - submit for closure.",
     [fr("Scrutinise audits of compliance with APP on info mgmt through IM governance (incl regular adjustment of record categorisation)", "GREEN", lead="Head of Information Management", update="Information Assurance Board receives quarterly MoPI audit.", submitted=D(2024, 6, 3))])
item("fa-1", "firearms", 5901, NAT,
     "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
     "Complete", "in_sync", "Ref 5901; HMICFRS Complete, force BLUE - both closed.",
     [fr("Assess firearms licensing governance against APP; put correct arrangements in place if not compliant", "BLUE", lead="Supt Firearms Licensing", update="Closed.")])
item("fa-2", "firearms", 5902, NAT,
     "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
     "Being progressed", "in_sync", "Ref 5902 FLU demand/capacity; both open (Being progressed / AMBER).",
     [fr("Assess demand on FLU and ensure capacity to meet it", "AMBER", lead="Supt Firearms Licensing", update="Renewals peak 2025 - business case for 2 x enquiry officers.")])
item("fa-3", "firearms", 5903, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", "in_sync",
     "Force row 'Total expired / temp permits' holds two HMICFRS items (refs '5903 / 5904'); for 5903 HMICFRS Complete and force GREEN - both done.",
     [fr("(a) Satisfy ourselves all action taken re 'total expired' licensing records; (b) temporary permits per HO guidance, recorded on NFLMS without delay, no certificate holder in unlawful possession", "GREEN", ref="5903 / 5904", lead="Supt Firearms Licensing", update="Both parts complete - weekly expired report, permits logged on NFLMS.", submitted=D(2023, 11, 20))])
item("fa-4", "firearms", 5904, NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", "closeable_submit",
     "Same combined force row as 5903 (part b, temporary permits); HMICFRS still Being progressed, force GREEN - submit for closure.",
     ["SAME_AS_PREVIOUS"])
item("fa-5", "firearms", 5905, NAT,
     "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.",
     "Being progressed", "in_sync", "Ref 5905 certificate-holder flag at dispatch; both open (Being progressed / RED).",
     [fr("Systems to identify before attendance if incident involves/at address of a certificate holder, always applied at dispatch; officers understand risk assessment & seizure powers", "RED", lead="Supt Contact Centre", update="Command & control flag not yet live - dependent on new C&C system.")])

# --- force-level: PEEL effectiveness 2016 ---
item("eff16-coc", "eff16", 6120, COC, DASH_COC, "Being progressed", "in_sync",
     "Ref 6120 DASH cause of concern; type CoC on both; both open (Being progressed / AMBER).",
     [fr("CoC - DA: officer discretion on DASH does not give confidence risk always assessed; DASH not consistently completed where policy requires", "AMBER", typ="CoC", lead="Ch Supt Public Protection", update="Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.")], addressed=FORCE)
item("eff16-rec", "eff16", 6121, REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     "Being progressed", "closeable_submit", "Ref 6121 DASH supervision; HMICFRS Being progressed, force GREEN with submission date - submit for closure.",
     [fr("Effective supervision of initial risk assessment - completion of DASH in appropriate cases", "GREEN", typ="Rec", lead="Ch Supt Public Protection", update="The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents. Supervisor review field mandatory on Niche.", submitted=D(2024, 7, 31))], addressed=FORCE)
item("eff16-afi", "eff16", 6122, AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious and organised crime.",
     "Superseded", "closeable_local", "Ref 6122 SOC intelligence AFI; HMICFRS Superseded (closed), force AMBER - force closes its own entry.",
     [fr("Improve how we gather, assess & act on intelligance about SOC", "AMBER", typ="AFI", lead="Head of Intelligence", update="SOC intelligence review - report to FET Dec.")], addressed=FORCE)

# --- Stolen freedom (national) ---
item("sf-1", "stolen", 8210, NAT, SF_LEADERSHIP, "Being progressed", "conflict",
     "Ref 8210 MSHT leadership: force row lists only three of the four bullets (no 'performance and quality assurance measures' bullet) - a missing bullet.",
     [fr("Within 12 months review MSHT leadership & goverance to ensure:\n- senior leaders prioritise response to MSHT;\n- every MS incident allocated resources with skills, experience & capacity;\n- effective partnership arrangements to share info & safeguard victims", "AMBER", lead="Det Ch Supt Force CID", update="MSHT governance board chaired by ACC Crime from Apr.")])
item("sf-2", "stolen", 8211, NAT,
     "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible",
     "Being progressed", "conflict",
     "Ref 8211 ISAs: HMICFRS says 'Within six months', force row says 'Within 12 months' - timescale disagrees.",
     [fr("Within 12 months have active ISAs with other agencies for speedy exchange of intel, to safeguard victims & identify suspects early", "AMBER", lead="Head of Intelligence", update="ISA with Lincolnshire County Council signed; GLAA outstanding.")])
item("sf-3", "stolen", 8212, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.",
     "Awaiting review", "closeable_submit", "Ref 8212 s45 defence; HMICFRS Awaiting review (open), force GREEN - submit for closure.",
     [fr("Victims committing offences under compulsion - early & continuing consideration of s45 defence", "GREEN", lead="Head of Criminal Justice", update="Completed. Evidence submitted to HMICFRS for closure.", submitted=D(2024, 5, 14))])
item("sf-4", "stolen", 8213, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.",
     "Complete", "closeable_local",
     "Ref 8213 NRM/duty to notify; HMICFRS Complete (closed), force still AMBER - close locally. (Its duplicate JCAD entry is not an item, see README.)",
     [fr("Fully compliant with NRM process & duty to notify HO of suspected adult victims of MSHT (MSA 2015)", "AMBER", lead="Det Ch Supt Force CID", update="Duty to notify audit due Q3.")])
item("sf-5", "stolen", 8214, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.",
     "Being progressed", "in_sync", "Ref 8214 NCRS for MSHT; both open.",
     [fr("Comply with NCRS for MSHT offences; FCR to have audit capacity", "AMBER", lead="Force Crime Registrar", update="MSHT added to FCR audit plan 2024/25.")])
item("sf-6", "stolen", 8215, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).",
     "Being progressed", "closeable_submit", "Ref 8215 MSHT investigation and supervision; HMICFRS open, force GREEN - submit for closure.",
     [fr("MSHT allegations thoroughly investigated & supervised by skilled teams (JITs / overseas evidence where appropriate)", "GREEN", lead="Det Ch Supt Force CID", update="MSHT team in Force CID since 2023; supervision audit complete.", submitted=D(2024, 8, 19))])
item("sf-7", "stolen", 8216, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.",
     "Awaiting review", "missing_from_force", "Ref 8216 STPOs/STROs preventative powers: no force row with this ref or text.")

# --- PEEL efficiency 2017 (force + national) ---
item("efc17-1", "efc17", 7701, AFI,
     "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public.",
     "Complete", "in_sync", "Ref 7701 demand AFI; HMICFRS Complete, force BLUE - both closed.",
     [fr("Fuller understanding of current & future demand to match resources to demand", "BLUE", typ="AFI", lead="Head of Corporate Development", update="FMS demand model.")], addressed=FORCE)
item("efc17-2", "efc17", 7702, AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and costs.",
     "No further action required", "closeable_local", "Ref 7702 outcomes/outputs/costs; HMICFRS NFA (closed), force AMBER - close locally.",
     [fr("Develop understanding of links between outcomes, outputs and costs", "AMBER", typ="AFI", lead="Director of Finance", update="Priority based budgeting pilot.")], addressed=FORCE)
item("efc17-3", "efc17", 7703, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
     "Being progressed", "conflict", "Ref 7703 workforce plan: HMICFRS type Area for improvement, force row typed 'Rec' - type disagrees.",
     [fr("Future workforce plan aligned to demand & budget - resource allocations, skills mix and behaviours", "AMBER", typ="Rec", lead="Director of People", update="Strategic Workforce Plan to FET March.")], addressed=FORCE)
item("digital", "efc17n", 8390, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
     "Being progressed", "in_sync", "Ref 8390 digital plan; both open.",
     [fr("Produce an ambitious plan to improve digitally-enabled services", "AMBER", lead="Head of Corporate Development", update="Digital strategy refresh with Single Online Home.")])

# --- PEEL legitimacy 2017 (force + national) ---
item("leg17-1", "leg17", 8601, AFI,
     "The force should satisfy itself that it has processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", "in_sync", "Ref 8601 (force AFI, PEEL Legitimacy 2017); HMICFRS Complete, force GREEN - both done. Body reused from national 902 but report and ref tell them apart.",
     [fr("Satisfy itself misconduct investigations ending in NFA are fair & free of discrimination", "GREEN", typ="AFI", lead="Head of Professional Standards", update="PSD fairness panel reviews all NFA outcomes quarterly.", submitted=D(2019, 3, 4))], addressed=FORCE)
item("leg17-2", "leg17", 8602, AFI,
     "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
     "Being progressed", "in_sync", "Ref 8602 vetting backlog; both open (Being progressed / RED).",
     [fr("All staff to have at least lowest level vetting; clear backlog & renewals - comply with national vetting guidelines", "RED", typ="AFI", lead="Head of Professional Standards", update="Backlog 212 (Oct). Little work yet undertaken in this area. Unlikely to reach deadlines.")], addressed=FORCE)
item("leg17n-coc", "leg17n", 8541, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
     "Being progressed", "in_sync", "Ref 8541 national CoC on S&S fairness; both open.",
     [fr("CoC (national) - forces unable to show S&S consistently reasonable & fair; BAME over-representation unexplained", "AMBER", typ="CoC", lead="ACC Local Policing", update="Disproportionality analysis with University of Lincoln.")])
item("leg17n-1", "leg17n", 8542, NAT, SAS_MONITORING_2017, "Complete", "in_sync",
     "Ref 8542 S&S monitoring data; HMICFRS Complete, force GREEN - both done.",
     [fr("By July 2018 monitor S&S data to understand disproportionality, find rates by ethnicity & search type, possession-only drug searches", "GREEN", lead="ACC Local Policing", update="Monthly S&S dashboard.", submitted=D(2018, 9, 10))])
item("leg17n-2", "leg17n", 8543, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", "closeable_submit", "Ref 8543 disparities; HMICFRS open, force GREEN - submit for closure.",
     [fr("Where disparities found show public we have researched reasons & taken action to reduce", "GREEN", lead="ACC Local Policing", update="Published on force website Jan 2024.", submitted=D(2024, 2, 5))])
item("leg17n-3", "leg17n", 8544, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
     "Being progressed", "in_sync", "Ref 8544 annual publication; both open.",
     [fr("Publish analysis & actions at least annually from July 2018", "AMBER", lead="ACC Local Policing", update="2024 publication drafted.")])
item("leg17n-4", "leg17n", 8545, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
     "Superseded", "closeable_local", "Ref 8545 unconscious bias training; HMICFRS Superseded, force AMBER - close locally.",
     [fr("All officers using S&S trained on unconscious bias & CoP APP on S&S", "AMBER", lead="Head of Learning & Development", update="Refresher module 84% complete.")])

# --- NCPI 2018 ---
item("ncpi-1", "ncpi18", 8760, REC, DETENTION, "Being progressed", "in_sync",
     "Ref 8760 detention of children; all four bullets present on the force row; both open.",
     [fr("With CSC review how we manage detention of children: only detained when absolutely necessary/min time; early assessment of need for alternative accomodation; record all actions & decisions; timely AA support", "AMBER", typ="Rec", lead="Ch Insp Custody", update="Concordat on children in custody signed with LCC.")], addressed=FORCE)
item("ncpi-2", "ncpi18", 8761, REC, MISSING_KIDS, "Complete", "closeable_local",
     "Ref 8761 missing children; HMICFRS Complete (closed), force AMBER - close locally.",
     [fr("Review approach to missing children: call takers use missing/absent correctly; call takers & frontline can identify CSE risk factors; supervisors oversee missing enquiries", "AMBER", typ="Rec", lead="Ch Supt Public Protection", update="Absent category withdrawn 2019; CSE training ongoing.")], addressed=FORCE)

# --- CDI 2019 ---
item("cdi-1", "cdi19", 9870, REC, CDI_VICTIMS, "Being progressed", "in_sync",
     "Ref 9870 CDI victims: force split the five bullets over three rows (9870a/b/c); parts a and b GREEN, part c AMBER, so the force item is still open; HMICFRS open - in sync (one truth line per force row).",
     [fr("CDI victims rec (a): at point of report victims are believed; call handler conversations summarised accurately in incident log", "GREEN", typ="Rec", ref="9870a", lead="Force Crime Registrar", update="Call handling QA in place."),
      fr("CDI victims rec (b): multiple crimes always recorded when described in incidents or other investigations", "GREEN", typ="Rec", ref="9870b", lead="Force Crime Registrar", update="Crime Bureau checks."),
      fr("CDI victims rec (c): stop waiting for medical exams / video interviews before recording; triage online reports at receipt for risk", "AMBER", typ="Rec", ref="9870c", lead="Supt Contact Centre", update="Online triage desk from Jan.")], addressed=FORCE)
item("cdi-2", "cdi19", 9871, REC,
     "Within three months, the force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
     "Complete", "in_sync", "Ref 9871; HMICFRS Complete, force BLUE - both closed.",
     [fr("Improve use of crime recording & mgmt system to manage case files & investigations", "BLUE", typ="Rec", lead="Head of Criminal Justice", update="Closed.")], addressed=FORCE)
item("cdi-3", "cdi19", 9872, AFI,
     "The force should make sure it records reports of rape and serious sexual offences accurately and without delay.",
     "Being progressed", "conflict",
     "Text, report (CDI 2019) and type match the RASSO recording AFI, but the force quotes ref 9827 where HMICFRS has 9872 (digits transposed) - reference disagrees.",
     [fr("Record RASSO reports accurately & without delay", "AMBER", typ="AFI", ref="9827", lead="Force Crime Registrar", update="RASSO recording audit quarterly.")], addressed=FORCE)

# --- Police powers 2021 (national) ---
item("pw-1", "powers", 10412, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", "in_sync", "Ref 10412 communication skills; both open.",
     [fr("By July 2022 officers & staff to have effective communication skills in line with national guidelines on conflict mgmt", "AMBER", lead="Head of Learning & Development", update="PST refresh includes communication module.")])
item("pw-2", "powers", 10413, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.",
     "Being progressed", "closeable_submit",
     "Ref 10413; HMICFRS External Status Being progressed (open) although the JCAD Log Status says Closed (that is the learning team's own workflow), force GREEN - submit for closure.",
     [fr("Communication skills reinforced in CPD; supervisors debrief using BWV", "GREEN", lead="Head of Learning & Development", update="Supervisor BWV debrief guide issued.", submitted=D(2024, 4, 22))], logstat="Closed")
item("pw-3", "powers", 10414, NAT, BWV_2021, "Being progressed", "in_sync",
     "Ref 10414 BWV three-part rec; all three parts on the force row; both open.",
     [fr("By Sept 2021: record entire S&S encounters on BWV; structured internal review of BWV sample; external scrutiny panel access to BWV", "AMBER", lead="ACC Local Policing", update="Panel access agreed; dip-sample process in draft.")])
item("pw-5", "powers", 10416, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
     "Awaiting review", "in_sync", "Ref 10416 use of force monitoring; both open (Awaiting review / AMBER).",
     [fr("Internal monitoring of use of force to identify, understand & explain disproportionate use", "AMBER", lead="ACC Local Policing", update="UoF data on Qlik; governance via S&S/UoF board.")])

# --- PEEL 2021/22 ---
item("p21-1", "peel21", 11230, AFI,
     "The force should improve the timeliness of its response to calls for service involving people with mental ill health.",
     "Being progressed", "in_sync", "Ref 11230; both open.",
     [fr("Improve timeliness of response to calls involving people with mental ill health", "AMBER", typ="AFI", lead="Supt Contact Centre", update="Right Care Right Person phase 2.")], addressed=FORCE)
item("p21-2", "peel21", 11231, AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Awaiting review", "closeable_submit", "Ref 11231 VCOP updates for DA victims; HMICFRS Awaiting review, force GREEN - submit for closure.",
     [fr("DA victims kept informed of progress per VCOP", "GREEN", typ="AFI", lead="Ch Supt Public Protection", update="VCOP compliance 91% (Sep).", submitted=D(2024, 10, 1))], addressed=FORCE)
item("p21-3", "peel21", 11232, AFI,
     "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.",
     "Being progressed", "conflict",
     "Ref 11232 and control room text match, but the force files it under 'PEEL 2018/19' where HMICFRS has PEEL 2021/22 - report disagrees.",
     [fr("Sufficient control room resources to fulfil resourcing model & meet demand, taking account of wellbeing", "AMBER", typ="AFI", lead="Supt Contact Centre", update="Recruitment of 20 call handlers underway.", rep="peel18")], addressed=FORCE)
item("p21-4", "peel21", 11233, AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed.",
     "Being progressed", "in_sync", "Ref 11233 digital evidence; both open.",
     [fr("Improve ability to retrieve digital evidence from phones/computers quickly", "RED", typ="AFI", lead="Det Ch Supt Force CID", update="DFU backlog 640 devices.")], addressed=FORCE)
item("p21-5", "peel21", 11234, AFI,
     "The force should improve its understanding of suspects released under investigation and the management of those released on bail.",
     "Complete", "in_sync", "Ref 11234 RUI/bail; HMICFRS Complete, force GREEN - both done.",
     [fr("Improve understanding of RUI suspects & bail mgmt", "GREEN", typ="AFI", lead="Head of Criminal Justice", update="Bail management unit live.", submitted=D(2023, 12, 4))], addressed=FORCE)
item("p21-6", "peel21", 11235, AFI,
     "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.",
     "Being progressed", "missing_from_force", "Ref 11235 supervision of investigations: no force row with this ref or text.", addressed=FORCE)

# --- Custody 2022 (joint) ---
item("cus-1", "custody22", 12050, AFI,
     "The force should make sure officers and staff have the training they need to identify and respond to people with mental ill health.",
     "Awaiting review", "missing_from_force", "Ref 12050 custody mental health training: no force row (the PEEL 2021/22 mental health row is 11230, a different ask).", addressed=FORCE, source="HMICFRS / HMIP (joint)")
item("cus-2", "custody22", 12051, AFI,
     "The force should make sure it has enough specialist capacity and capability to investigate vulnerable adults.",
     "Awaiting review", "in_sync", "Ref 12051; both open.",
     [fr("Custody - enough specialist capacity/capability re vulnerable adults", "AMBER", typ="AFI", lead="Ch Insp Custody", update="Awaiting allocation.")], addressed=FORCE, source="HMICFRS / HMIP (joint)")

# --- PEEL 2023/25 ---
item("p23-1", "peel23", 13310, AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and manage known risks.",
     "Awaiting review", "in_sync", "Ref 13310; both open.",
     [fr("Corporate risk register actively used to mitigate/manage known risks", "AMBER", typ="AFI", lead="Head of Corporate Development", update="JCAD risk review cycle monthly from Nov.")], addressed=FORCE)
item("p23-2", "peel23", 13311, AFI,
     "The force should make sure it has access to accurate data and analysis to support effective performance management.",
     "Awaiting review", "in_sync", "Ref 13311; both open.",
     [fr("Access to accurate data & analysis to support performance mgmt", "AMBER", typ="AFI", lead="Head of Corporate Development", update="Power BI performance framework in build.")], addressed=FORCE)
item("p23-3", "peel23", 13312, AFI,
     "The force should improve how it works with partner organisations to safeguard people at risk from county lines drug dealing.",
     "Awaiting review", "missing_from_force", "Ref 13312 county lines partnership AFI: no force row.", addressed=FORCE)

# Force rows that are not HMICFRS items (with their tracker position key, placed after an item)
EXTRA_FORCE = [
    ("after:pw-3", dict(rep="powers", ref="", typ=None, rag="WHITE", lead="ACC Local Policing",
                        text="HO & NPCC to improve quality of use of force data for S&S so it can be published",
                        update="Not the force's responsibility to deliver; dependent upon another organisation.", submitted=None),
     "not_on_hmicfrs_list",
     "The Home Office/NPCC recommendation from the 2021 powers report: the JCAD row for it is Category 'Recommendation to other body', External Status n/a, no HMICFRS ref - not on the force's HMICFRS list."),
    ("after:ncpi-2", dict(rep="ncpi18", ref="", typ="Rec", rag="AMBER", lead="Ch Insp Custody",
                          text="Custody sergeants to record rationale for strip search of any child and ensure appropriate adult present",
                          update="Custody policy amended; awaiting audit.", submitted=None),
     "not_on_hmicfrs_list",
     "Text is the IOPC learning recommendation (JCAD row Source IOPC, ref IOPC 2023/004127), which the force filed under NCPI 2018; the IOPC row is not an HMICFRS item and no HMICFRS row asks this."),
    ("after:leg17-2", dict(rep="leg15", ref="5630", typ="AFI", rag="BLUE", lead="Ch Supt Public Protection",
                           text="Improve how we work with partner orgs to safeguard people at risk from hate crime",
                           update="Closed.", submitted=None),
     "not_on_hmicfrs_list",
     "PEEL Legitimacy 2015 hate crime AFI, ref 5630: no JCAD row with that ref or text (HMICFRS no longer lists it)."),
    ("after:eff16-afi", dict(rep="eff16", ref="", typ="Local", rag="AMBER", lead="Ch Supt Public Protection",
                             text="Force action - Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime Standards Board",
                             update="Q2 dip-sample done.", submitted=None),
     "not_on_hmicfrs_list",
     "The force's own local action under the DASH cause of concern (type 'Local', no ref); HMICFRS never asked for it."),
]

# ----------------------------------------------------------------------------------------------
# JCAD non-item rows: (after key or position, dict)
# ----------------------------------------------------------------------------------------------
NON_ITEMS = [
    ("before:sas13-1", dict(logged=D(2013, 3, 18), source="IOPC", sref="IPCC 2012/014455", doc="IPCC Learning the Lessons bulletin 19 (custody)", pub=D(2013, 2, 1), cat="Learning point", to="All forces",
                          text="Officers should check the PNC warning markers of every detained person before placing them in a cell with another detainee.", ext="n/a", log="Closed - embedded", owner="Ch Insp Custody",
                          why="IOPC (IPCC) learning bulletin, not an HMICFRS item")),
    ("after:sas13-3", dict(logged=D(2013, 11, 4), source="Internal debrief", sref="DB-13-22", doc="Operation Harrow structured debrief", pub=D(2013, 10, 28), cat="Debrief learning", to=FORCE,
                           text="Rendezvous point for mutual aid resources was not communicated to the control room until two hours into the operation; add RVP confirmation to the silver checklist.", ext="n/a", log="Closed", owner="Supt Operations",
                           why="force's own operational debrief learning")),
    ("after:everyone", dict(logged=D(2014, 5, 12), source="College of Policing", sref="", doc="What Works Centre - domestic abuse good practice note", pub=D(2014, 4, 30), cat="Good practice", to="All forces",
                            text="Good practice: daily DA risk meeting chaired by a detective inspector reviewing all high-risk DASH submissions from the previous 24 hours.", ext="n/a", log="Noted - no action", owner="Ch Supt Public Protection",
                            why="College of Policing good-practice note")),
    ("after:core-2", dict(logged=D(2014, 10, 6), source="HMIC", sref="", doc="Crime-recording: making the victim count (final report)", pub=D(2014, 11, 18), cat="Report received", to="All forces",
                          text="Report logged for information. Force-level recommendations to follow in individual force CDI reports; no action on this entry.", ext="n/a", log="Noted - no action", owner="Force Crime Registrar",
                          why="HMIC report-received log line, says itself no action and carries no recommendation text")),
    ("after:integrity", dict(logged=D(2015, 3, 2), source="Internal audit", sref="IA 14/15-07", doc="Internal audit: Seized property (Mazars)", pub=D(2015, 2, 20), cat="Audit finding (Priority 2)", to=FORCE,
                             text="Property store reconciliation between the property system and physical stock has not been completed since April 2014.", ext="n/a", log="Closed", owner="Head of Criminal Justice",
                             why="internal audit finding")),
    ("after:fa-5", dict(logged=D(2016, 1, 11), source="Coroner", sref="PFD 2015-0412", doc="Regulation 28 report to prevent future deaths (Lincolnshire Coroner)", pub=D(2015, 12, 14), cat="Prevention of future deaths", to=FORCE,
                        text="Concern: the control room did not have access to the mental health crisis team's out-of-hours number, delaying a welfare check.", ext="n/a", log="Closed - response sent", owner="Supt Contact Centre",
                        why="coroner's PFD report")),
    ("before:eff16-coc", dict(logged=D(2016, 10, 10), source="HMIC", sref="", doc="PEEL: Police effectiveness 2016 – Lincolnshire Police", pub=None, cat="Hot debrief finding", to=FORCE,
                             text="Initial finding at hot debrief (6 October 2016): inspectors raised DASH completion rates in the resolution centre. Awaiting the published report; see recommendation once issued.", ext="n/a", log="Closed - superseded by report", owner="Ch Supt Public Protection",
                             why="HMIC hot-debrief initial finding logged before publication, replaced by refs 6120/6121")),
    ("after:sf-4", dict(logged=D(2017, 11, 20), source="HMICFRS", sref="8213", doc="Stolen freedom: the policing response to modern slavery and human trafficking", pub=D(2017, 10, 24), cat="Recommendation", to="All forces",
                        text="Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.",
                        ext="Complete", log="Duplicate - see OLL-0000", owner="Det Ch Supt Force CID",
                        why="second JCAD entry for ref 8213 logged by Public Protection; Log Status says Duplicate of the first entry")),
    ("after:sf-7", dict(logged=D(2017, 12, 1), source="NPCC", sref="", doc="NPCC consultation: Modern Slavery Police Transformation Programme - regional co-ordinator model", pub=D(2017, 11, 24), cat="Consultation", to="All forces",
                        text="Response requested by 15 January 2018 on funding a regional MSHT co-ordinator; force response agreed by ACC Crime.", ext="n/a", log="Closed - response submitted", owner="ACC Crime",
                        why="NPCC consultation")),
    ("after:efc17-3", dict(logged=D(2018, 2, 5), source="IOPC", sref="IOPC 2017/089310", doc="IOPC independent investigation - death following police contact (Boston)", pub=D(2018, 1, 22), cat="Learning recommendation", to=FORCE,
                           text="The force should remind call handlers that a caller reporting concern for welfare should be asked whether the person has access to medication, and record the answer on the incident log.", ext="n/a", log="Closed", owner="Supt Contact Centre",
                           why="IOPC learning recommendation")),
    ("after:leg17n-4", dict(logged=D(2018, 3, 12), source="HMICFRS", sref="", doc="PEEL: Police legitimacy 2017 (national overview)", pub=D(2017, 12, 12), cat="Good practice (other force)", to="All forces",
                            text="Good practice noted by HMICFRS in another force: stop and search body-worn video footage reviewed by a community scrutiny panel at every meeting.", ext="n/a", log="Noted - no action", owner="ACC Local Policing",
                            why="good practice from another force noted from an HMICFRS report; not a recommendation")),
    ("after:ncpi-2", dict(logged=D(2018, 9, 3), source="Internal debrief", sref="DB-18-07", doc="Summer 2018 wildfire - mutual aid debrief", pub=D(2018, 8, 20), cat="Debrief learning", to=FORCE,
                          text="Airwave talk-group allocation for fire and police at the joint command post was agreed late; add JESIP talk-group plan to the tactical plan template.", ext="n/a", log="Open", owner="Supt Operations",
                          why="force's own debrief learning")),
    ("after:cdi-3", dict(logged=D(2019, 11, 18), source="Internal audit", sref="IA 19/20-03", doc="Internal audit: Crime data quality follow-up", pub=D(2019, 11, 1), cat="Audit finding (Priority 1)", to=FORCE,
                         text="Crime Bureau checks of N100 incidents are not evidenced for 14 of 40 sampled records.", ext="n/a", log="Open", owner="Force Crime Registrar",
                         why="internal audit finding (mentions crime recording but is not HMICFRS's)")),
    ("after:pw-3", dict(logged=D(2021, 3, 15), source="HMICFRS", sref="", doc="Disproportionate use of police powers: A spotlight on stop and search and the use of force", pub=D(2021, 2, 26), cat="Recommendation to other body", to="Home Office; NPCC",
                        text="The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.",
                        ext="n/a", log="Noted - monitor", owner="ACC Local Policing",
                        why="real HMICFRS wording but addressed to the Home Office and NPCC (Category 'Recommendation to other body', External Status n/a, no ref): not on the force's list")),
    ("after:pw-5", dict(logged=D(2021, 6, 7), source="College of Policing", sref="", doc="Effective practice library - use of force recording", pub=D(2021, 5, 20), cat="Good practice", to="All forces",
                        text="Good practice: use of force forms pre-populated from the officer's body-worn video log to improve submission rates.", ext="n/a", log="Noted - no action", owner="ACC Local Policing",
                        why="College of Policing good-practice note")),
    ("after:p21-6", dict(logged=D(2022, 6, 6), source="HMICFRS", sref="", doc="PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire Police", pub=D(2022, 5, 19), cat="Report received (library)", to=FORCE,
                         text="Report logged. Force-level items entered separately (refs 11230-11235); this entry holds the report for the learning library only.", ext="n/a", log="Noted - no action", owner="Head of Corporate Development",
                         why="HMICFRS report library entry, says items are entered separately")),
    ("after:p21-6", dict(logged=D(2022, 7, 25), source="Coroner", sref="PFD 2022-0311", doc="Regulation 28 report to prevent future deaths (Lincolnshire Coroner)", pub=D(2022, 7, 11), cat="Prevention of future deaths", to=FORCE,
                         text="Concern: no written guidance for officers on when to request an ambulance for a person detained under section 136 Mental Health Act 1983.", ext="n/a", log="Open", owner="Ch Insp Custody",
                         why="coroner's PFD report")),
    ("after:cus-2", dict(logged=D(2023, 2, 13), source="NPCC", sref="", doc="NPCC consultation: draft vetting APP following HMICFRS 'An inspection of vetting, misconduct, and misogyny in the police service'", pub=D(2023, 1, 30), cat="Consultation", to="All forces",
                         text="Force comments on draft vetting APP returned to the NPCC vetting portfolio; no further action.", ext="n/a", log="Closed - response submitted", owner="Head of Professional Standards",
                         why="NPCC consultation (its title names an HMICFRS report but it is not an HMICFRS item)")),
    ("after:cus-2", dict(logged=D(2023, 10, 9), source="IOPC", sref="IOPC 2023/004127", doc="IOPC learning recommendation - strip search of a child in custody", pub=D(2023, 9, 18), cat="Learning recommendation", to=FORCE,
                         text="Lincolnshire Police should ensure that custody sergeants record the rationale for any strip search of a child and that an appropriate adult is present unless the urgency of the situation requires otherwise.", ext="n/a", log="Open", owner="Ch Insp Custody",
                         why="IOPC learning recommendation (the force copied it into its HMICFRS tracker)")),
    ("after:p23-3", dict(logged=D(2024, 4, 8), source="Internal debrief", sref="DB-24-02", doc="Storm Henk flooding - multi-agency debrief", pub=D(2024, 3, 1), cat="Observation - no action", to=FORCE,
                         text="Observation: partner contact list in the flood plan was up to date and worked well; no action required.", ext="n/a", log="Closed - no action", owner="Supt Operations",
                         why="debrief observation with no action")),
]

OWNERS_BY_REP = {
    "sas13": "ACC Local Policing", "everyone": "Ch Supt Public Protection", "austerity": "Director of Finance",
    "core": "Head of Corporate Development", "integrity": "Head of Professional Standards", "sas15": "ACC Local Policing",
    "picture": "Head of Information Management", "firearms": "Supt Firearms Licensing", "eff16": "Ch Supt Public Protection",
    "stolen": "Det Ch Supt Force CID", "efc17": "Head of Corporate Development", "efc17n": "Head of Corporate Development",
    "leg17": "Head of Professional Standards", "leg17n": "ACC Local Policing", "ncpi18": "Ch Insp Custody",
    "cdi19": "Force Crime Registrar", "powers": "ACC Local Policing", "peel21": "Head of Corporate Development",
    "custody22": "Ch Insp Custody", "peel23": "Head of Corporate Development",
}
CAT_WORD = {REC: "Recommendation", AFI: "Area for improvement", COC: "Cause of concern", NAT: "Recommendation"}


def jcad_rows():
    """Build the ordered list of JCAD data rows: ('item', item) or ('non', dict)."""
    seq = []
    for it in ITEMS:
        for pos, nd in NON_ITEMS:
            if pos == "before:" + it["key"]:
                seq.append(("non", nd))
        seq.append(("item", it))
        for pos, nd in NON_ITEMS:
            if pos == "after:" + it["key"]:
                seq.append(("non", nd))
    # JCAD sorts by Learning ID = logging order; items logged around publication
    return seq


def build_hmicfrs(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Learning Log Export"
    ws["A1"] = "JCAD CORE – Organisational Learning Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Register: Lincolnshire Police – Corporate Learning & Assurance (all sources)"
    ws["A3"] = "Report: All learning items | Filter: (none) | Sort: Learning ID ascending"
    ws["A4"] = "Exported by: J Harrow (Strategic Planning & Inspection) 14/11/2024 09:12"
    headers = ["Learning ID", "Date Logged", "Source", "Source Ref", "Source Document", "Published",
               "Category", "Addressed To", "Description", "External Status", "Log Status",
               "Action Owner", "Last Review"]
    ws.append([])  # row 5 blank
    ws.append(headers)  # row 6
    for c in ws[6]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    seq = jcad_rows()
    rows = []
    n = 0
    lid_of = {}
    for kind, obj in seq:
        n += 1
        lid = f"OLL-{n:04d}"
        r = 6 + n
        if kind == "item":
            it = obj
            title, pub = R[it["rep"]]
            logged = pub + dt.timedelta(days=21)
            src = it["source"]
            if pub.year < 2017 or it["rep"] == "eff16":
                src = "HMIC" if src == "HMICFRS" else src
            addressed = it["addressed"] or "All forces"
            logst = it["logstat"] or ("Closed" if it["status"] in ("Complete", "Superseded", "No further action required") else "Open")
            owner = OWNERS_BY_REP[it["rep"]]
            last = D(2024, 11, 12) if it["status"] in ("Awaiting review", "Being progressed") else D(2024, 11, 12)
            vals = [lid, logged, src, it["ref"], title, pub, CAT_WORD[it["typ"]] if it["typ"] != NAT else "Recommendation (national)",
                    addressed, it["text"], it["status"], logst, owner, last]
            it["jrow"] = r
            lid_of[it["ref"]] = lid
        else:
            nd = obj
            log = nd["log"]
            if log.startswith("Duplicate"):
                log = "Duplicate - see " + lid_of[int(nd["sref"])]
            vals = [lid, nd["logged"], nd["source"], nd["sref"], nd["doc"], nd["pub"], nd["cat"], nd["to"],
                    nd["text"], nd["ext"], log, nd["owner"], D(2024, 11, 12) if log.startswith("Open") else None]
            nd["jrow"] = r
        ws.append(vals)
        rows.append(r)
    last = 6 + n
    ws.cell(row=last + 2, column=1, value=f"Records returned: {n}")
    ws.cell(row=last + 3, column=1, value="JCAD CORE v5.2 – confidential when complete – OFFICIAL-SENSITIVE")
    for r in range(7, last + 1):
        for col in (2, 6, 13):
            ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).alignment = Alignment(wrap_text=True, vertical="top")
    widths = [11, 12, 18, 16, 45, 12, 24, 18, 80, 18, 24, 26, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    ws.auto_filter.ref = f"A6:M{last}"
    fix_props(wb)
    save(wb, path)
    return last


def build_force(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Tracker"
    ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Strategic Planning & Inspection | last updated 30/10/2024 | RAG key on 'Key' tab"
    headers = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead", "RAG",
               "Latest update", "Date submitted for closure"]
    ws.append(headers)  # row 3
    for c in ws[3]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    fills = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "BLUE": "00B0F0", "WHITE": "FFFFFF"}
    r = 3
    no = 0
    frows = []  # (row, item or None, extra)
    prev_row = None

    def put(rep, ref, typ, text, lead, rag, update, submitted):
        nonlocal r, no
        r += 1
        no += 1
        ws.append([no, ref, FR[rep], typ or "", text, lead, rag, update, submitted])
        ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fills[rag])
        ws.cell(row=r, column=9).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=5).alignment = Alignment(wrap_text=True, vertical="top")
        return r

    for it in ITEMS:
        it["frows"] = []
        for f in it["force"]:
            if f == "SAME_AS_PREVIOUS":
                it["frows"].append(prev_row)
                continue
            ref = it["ref"] if f["ref"] == "same" else f["ref"]
            rep = f["rep"] or it["rep"]
            typ = f["typ"] if f["typ"] is not None else ("Nat rec" if it["typ"] == NAT else None)
            row = put(rep, ref, typ, f["text"], f["lead"], f["rag"], f["update"], f["submitted"])
            it["frows"].append(row)
            prev_row = row
        for pos, fx, cat, why in EXTRA_FORCE:
            if pos == "after:" + it["key"]:
                fx["row"] = put(fx["rep"], fx["ref"], fx["typ"], fx["text"], fx["lead"], fx["rag"], fx["update"], fx["submitted"])
                fx["cat"], fx["why"] = cat, why
    widths = [5, 12, 30, 9, 70, 28, 8, 50, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A4"
    k = wb.create_sheet("Key")
    for line in [("RAG", "Meaning"),
                 ("GREEN", "Implemented - evidence ready / submitted to HMICFRS for closure"),
                 ("BLUE", "Closed by HMICFRS"),
                 ("AMBER", "Work ongoing - expected to be implemented"),
                 ("RED", "Beyond deadline or cannot be implemented (rationale required)"),
                 ("WHITE", "Not the force's responsibility to deliver / dependent on another organisation")]:
        k.append(list(line))
    fix_props(wb)
    save(wb, path)
    return r


def fix_props(wb):
    p = wb.properties
    p.creator = "JCAD" if wb.active.title.startswith("Learning") else "Strategic Planning & Inspection"
    p.lastModifiedBy = p.creator
    p.created = D(2024, 11, 14, 9, 12, 0)
    p.modified = D(2024, 11, 14, 9, 12, 0)
    p.title = None


def save(wb, path: Path):
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hlast = build_hmicfrs(OUT / "hmicfrs.xlsx")
    flast = build_force(OUT / "tracker.xlsx")
    H, F = "Learning Log Export", "HMICFRS Tracker"
    lines = []
    for it in ITEMS:
        if not it["frows"]:
            lines.append((it["jrow"], 0, f"{H}!{it['jrow']}", "", it["cat"], it["why"]))
        for fr_ in it["frows"]:
            lines.append((it["jrow"], fr_, f"{H}!{it['jrow']}", f"{F}!{fr_}", it["cat"], it["why"]))
    for pos, fx, cat, why in EXTRA_FORCE:
        lines.append((10**6, fx["row"], "", f"{F}!{fx['row']}", cat, why))
    lines.sort(key=lambda x: (x[0], x[1]))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for _, _, h, f, c, y in lines:
            w.writerow([h, f, c, y])
    # README
    non = sorted((nd["jrow"], nd["source"], nd["cat"], nd["why"]) for _, nd in NON_ITEMS)
    nonlist = "\n".join(f"- `Learning Log Export!{row}` – Source '{s}', Category '{c}': {y}." for row, s, c, y in non)
    counts = {}
    for _, _, _, _, c, _ in lines:
        counts[c] = counts.get(c, 0) + 1
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    ctable = "\n".join(f"| {c} | {counts.get(c, 0)} |" for c in order)
    text = README.format(n_items=len(ITEMS), n_non=len(NON_ITEMS), hlast=hlast, flast=flast,
                         n_force=flast - 3, n_lines=len(lines), ctable=ctable, nonlist=nonlist,
                         jfoot1=hlast + 2, jfoot2=hlast + 3)
    (OUT / "README.md").write_text(text, encoding="utf-8")

README = open(Path(__file__).with_name("readme_jcad_learning_log_mixed_sources.md.in"), encoding="utf-8").read()


if __name__ == "__main__":
    main()
