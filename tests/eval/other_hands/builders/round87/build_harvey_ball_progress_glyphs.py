"""Build case `harvey_ball_progress_glyphs` (round 87, case C).

West Mercia Police's Portfolio Office keeps its HMICFRS tracker the way it keeps every change
project: workstream banners and a Harvey ball per row (○ ◔ ◑ ◕ ●) for progress, ⊘ for "not WMP
to deliver". Only a full ball means done. HMICFRS side: an ordinary register export.
Run: /work/main/.venv/bin/python /tmp/indep87/build_harvey_ball_progress_glyphs.py
Deterministic: no randomness, fixed document properties, XlsxWriter's fixed zip timestamps.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import zipfile

import xlsxwriter

CASE = "harvey_ball_progress_glyphs"
OUT = os.path.join("/tmp/indep87", CASE)
FIXED = dt.datetime(2021, 11, 15, 9, 0, 0)

NAT = "National recommendation"
REC = "Recommendation"
COC = "Cause of concern"

R_SAS13 = ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9))
R_EVERY = ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27))
R_AUST = ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22))
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4))
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30))
R_SAS15 = ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24))
R_PIC = ("Building the picture: an inspection of police information management", dt.date(2015, 7, 1))
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15))
R_STOLEN = ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24))
R_EFC17 = ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9))
R_LEG17 = ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12))
R_PEEL19 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", dt.date(2019, 5, 2))
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26))

# key: (id, report, type, verbatim text, HMICFRS status, status date)
ITEMS = [
    ("A1", 1153, R_SAS13, NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", "Complete", dt.date(2016, 3, 1)),
    ("A2", 1154, R_SAS13, NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", "Being progressed", dt.date(2019, 6, 14)),
    ("A3", 1155, R_SAS13, NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", "Being progressed", dt.date(2019, 6, 14)),
    ("B1", 2321, R_EVERY, NAT, "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.", "Superseded", dt.date(2018, 3, 2)),
    ("C1", 3010, R_AUST, NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", "Complete", dt.date(2015, 11, 20)),
    ("C2", 3011, R_AUST, NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", "Being progressed", dt.date(2019, 6, 14)),
    ("C3", 3012, R_AUST, NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", "Awaiting review", dt.date(2014, 7, 22)),
    ("C4", 3013, R_AUST, NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", "Being progressed", dt.date(2019, 6, 14)),
    ("D1", 4822, R_CORE, NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Awaiting review", dt.date(2017, 1, 10)),
    ("D2", 4823, R_CORE, NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "Being progressed", dt.date(2019, 6, 14)),
    ("E1", 902, R_INTEG, NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "Being progressed", dt.date(2019, 6, 14)),
    ("F1", 5820, R_SAS15, NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", "Complete", dt.date(2018, 9, 27)),
    ("G1", 6120, R_PIC, NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "Complete", dt.date(2017, 5, 4)),
    ("H1", 6501, R_FIRE, NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "Complete", dt.date(2016, 6, 30)),
    ("H2", 6502, R_FIRE, NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "Complete", dt.date(2021, 7, 8)),
    ("H3", 6503, R_FIRE, NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "Being progressed", dt.date(2019, 6, 14)),
    ("H4", 6504, R_FIRE, NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "Being progressed", dt.date(2019, 6, 14)),
    ("H5", 6505, R_FIRE, NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "Awaiting review", dt.date(2015, 9, 15)),
    ("I1", 7850, R_STOLEN, NAT, "Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.", "Being progressed", dt.date(2019, 6, 14)),
    ("I2", 7851, R_STOLEN, NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", "Being progressed", dt.date(2019, 6, 14)),
    ("I3", 7852, R_STOLEN, NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "Awaiting review", dt.date(2017, 10, 24)),
    ("I4", 7853, R_STOLEN, NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "Complete", dt.date(2019, 2, 21)),
    ("I5", 7854, R_STOLEN, NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "Being progressed", dt.date(2019, 6, 14)),
    ("I6", 7855, R_STOLEN, NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "Being progressed", dt.date(2019, 6, 14)),
    ("I7", 7856, R_STOLEN, NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "Complete", dt.date(2021, 3, 18)),
    ("J1", 8410, R_EFC17, NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", "Awaiting review", dt.date(2017, 11, 9)),
    ("K1", 8540, R_LEG17, COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.", "Being progressed", dt.date(2019, 6, 14)),
    ("K2", 8541, R_LEG17, NAT, "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.", "Being progressed", dt.date(2019, 6, 14)),
    ("K3", 8542, R_LEG17, NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "Complete", dt.date(2020, 1, 16)),
    ("K4", 8543, R_LEG17, NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "Being progressed", dt.date(2019, 6, 14)),
    ("K5", 8544, R_LEG17, NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "Being progressed", dt.date(2019, 6, 14)),
    ("M1", 12001, R_PEEL19, COC, "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.", "Being progressed", dt.date(2020, 2, 6)),
    ("M2", 12002, R_PEEL19, REC, "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and", "Awaiting review", dt.date(2019, 5, 2)),
    ("M3", 12003, R_PEEL19, REC, "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.", "Being progressed", dt.date(2020, 2, 6)),
    ("M4", 12004, R_PEEL19, REC, "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;", "Being progressed", dt.date(2020, 2, 6)),
    ("M5", 12005, R_PEEL19, REC, "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and", "Complete", dt.date(2020, 10, 22)),
    ("M6", 12006, R_PEEL19, REC, "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;", "Awaiting review", dt.date(2019, 5, 2)),
    ("M7", 12007, R_PEEL19, REC, "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.", "Being progressed", dt.date(2020, 2, 6)),
    ("M8", 12008, R_PEEL19, REC, "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;", "Complete", dt.date(2021, 4, 29)),
    ("M9", 12009, R_PEEL19, COC, "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.", "Being progressed", dt.date(2020, 2, 6)),
    ("M10", 12010, R_PEEL19, REC, "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;", "Awaiting review", dt.date(2019, 5, 2)),
    ("M11", 12011, R_PEEL19, REC, "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;", "Being progressed", dt.date(2020, 2, 6)),
    ("L1", 11201, R_POWERS, NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "Awaiting review", dt.date(2021, 2, 26)),
    ("L2", 11202, R_POWERS, NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "Complete", dt.date(2021, 9, 9)),
    ("L3", 11203, R_POWERS, NAT, "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.", "Being progressed", dt.date(2021, 9, 9)),
    ("L4", 11204, R_POWERS, NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", "No further action required", dt.date(2021, 3, 4)),
    ("L5", 11205, R_POWERS, NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "Being progressed", dt.date(2021, 9, 9)),
]
HM_ORDER = ["A1", "A2", "A3", "B1", "C1", "C2", "C3", "C4", "D1", "D2", "E1", "F1", "G1",
            "H1", "H2", "H3", "H4", "H5", "I1", "I2", "I3", "I4", "I5", "I6", "I7", "J1",
            "K1", "K2", "K3", "K4", "K5", "M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8",
            "M9", "M10", "M11", "L1", "L2", "L3", "L4", "L5"]
BYKEY = {it[0]: it for it in ITEMS}
assert sorted(HM_ORDER) == sorted(BYKEY)

# ---------------------------------------------------------------- force tracker rows
# Banner rows are tuples ("BANNER", text). Item rows are dicts. "keys" lists the HMICFRS
# item(s) the row is about ([] = local / not on the list); "cat" the truth category per key
# (or a single category); "why" the analyst's reasoning.
B = "BANNER"
FORCE = [
    (B, "WORKSTREAM 1 – PUBLIC PROTECTION & VULNERABILITY   (Exec lead: ACC Local Policing)"),
    dict(ref="1.01", rep="Everyone's Business (DA) 2014", hm="2321", ty="Nat rec",
         text="Publish force DA action plan (consult PCC, DA support orgs & victims' reps; learn from DHRs & IPCC findings; CPS panels/MARAC)",
         lead="D/Supt Public Protection", ball="◑",
         upd="DA plan refreshed each year through DA Strategic Board. 2021 refresh with Board in Dec.",
         nxt="Dec-21 board", keys=["B1"], cat="closeable_local",
         why="Ref 2321 and text match the DA action plan item. HMICFRS shows Superseded (closed); the force ball ◑ (half) is still open, so the force closes its own entry."),
    dict(ref="1.02", rep="Stolen Freedom (MSHT) 2017", hm="7850", ty="Nat rec",
         text="Within 12 months review MSHT leadership & governance so that: • senior leaders prioritise MSHT response • every MS incident allocated resources with right skills/experience/capacity • effective partnership arrangements to share info & safeguard victims",
         lead="D/Supt Public Protection", ball="◑",
         upd="MSHT governance now via Exploitation Board. Partnership protocol drafted with LAs.",
         nxt="Jan-22", keys=["I1"], cat="conflict",
         why="Ref 7850 and wording match the Stolen Freedom leadership/governance item, but the force copy lists three bullets; the fourth (performance and quality assurance measures for senior leaders) is missing. Missing bullet = conflict (both open otherwise)."),
    dict(ref="1.03", rep="Stolen Freedom (MSHT) 2017", hm="7851", ty="Nat rec",
         text="Within 6 months – active info sharing agreements with other agencies (speedy exchange of intel, safeguard victims, identify suspects early)",
         lead="Head of Intelligence", ball="●",
         upd="ISAs signed with 4 LAs, NHS trusts & GLAA. Closure Panel agreed 09/09/21.",
         nxt="Submit to HMICFRS", keys=["I2"], cat="closeable_submit",
         why="Ref 7851, same ask (information-sharing agreements within six months). Full ball ● = complete (Closure Panel agreed); HMICFRS Being progressed = open. Force done, HMICFRS open."),
    dict(ref="1.04", rep="Stolen Freedom (MSHT) 2017", hm="7852", ty="Nat rec",
         text="Immediately – victims committing offences under compulsion get early & continuing consideration of s45 defence",
         lead="Head of Criminal Justice", ball="◕",
         upd="s45 checklist in custody & CJ units. Dip sample due before closure.",
         nxt="Dip sample Q4", keys=["I3"], cat="in_sync",
         why="Ref 7852, section 45 defence item. Three-quarter ball ◕ is not complete (key: delivered, evidence being collated) so open; HMICFRS Awaiting review = open."),
    dict(ref="1.05", rep="Stolen Freedom (MSHT) 2017", hm="7853", ty="Nat rec",
         text="Immediately – full compliance with NRM process & duty to notify Home Office of adult victims (MSA 2015)",
         lead="D/Supt Public Protection", ball="●",
         upd="Duty to Notify process live Jan-19. Closed by HMICFRS.",
         nxt="", keys=["I4"], cat="in_sync",
         why="Ref 7853, NRM / duty to notify item. Force ● complete, HMICFRS Complete: both closed."),
    dict(ref="1.06", rep="Stolen Freedom (MSHT) 2017", hm="7854", ty="Nat rec",
         text="Immediately – NCRS compliance for MSHT offences & enough audit capacity for the FCR",
         lead="Force Crime Registrar", ball="O",
         upd="Not started – FCR audit plan 22/23 to include MSHT.",
         nxt="Apr-22", keys=["I5"], cat="in_sync",
         why="Ref 7854, NCRS for MSHT. Progress typed as a capital letter O (no symbol to hand) = empty ball, not started, and the update says 'Not started': open. HMICFRS Being progressed = open."),
    dict(ref="1.07", rep="Stolen Freedom (MSHT) 2017", hm="7856", ty="Nat rec",
         text="Immediately – review use of preventative powers under MSA 2015 (STROs / STPOs) to restrict activities of those posing a threat",
         lead="D/Supt Public Protection", ball="◐",
         upd="STRO/STPO guidance issued; training for DS's still outstanding.",
         nxt="Training Feb-22", keys=["I7"], cat="closeable_local",
         why="Ref 7856, preventative powers item. ◐ is a half ball entered from a different symbol (left half black), still half = open. HMICFRS Complete (closed). HMICFRS closed, force open."),
    dict(ref="1.08", rep="PEEL 2018/19", hm="12003", ty="Rec",
         text="Immediately: review (with partners) approach to vulnerability to better safeguard vulnerable people",
         lead="ACC Local Policing", ball="◑",
         upd="Vulnerability review with Safeguarding Partnerships – report to FET Jan.",
         nxt="FET Jan-22", keys=["M3"], cat="in_sync",
         why="Ref 12003, PEEL 2018/19 vulnerability review. Half ball = open; HMICFRS Being progressed = open."),
    dict(ref="1.09", rep="Custody inspection 2018 (HMICFRS/HMIP)", hm="", ty="Rec",
         text="Custody: AA for children & vulnerable adults to be available out of hours – work with LAs on timeliness of appropriate adult support",
         lead="Ch Insp Custody", ball="◑",
         upd="Out of hours AA scheme commissioned by OPCC, starts Jan.",
         nxt="Jan-22", keys=[], cat="not_on_hmicfrs_list",
         why="Joint custody inspection recommendation (HMICFRS/HMIP); no such item on the HMICFRS definitive list (nothing about appropriate adults). Force-only row: query with HMICFRS."),
    (B, "WORKSTREAM 2 – CRIME, INVESTIGATION & CONTACT   (Exec lead: ACC Crime)"),
    dict(ref="2.01", rep="Core Business 2014", hm="4822", ty="Nat rec",
         text="Call handlers to have specific, sound & comprehensible THR criteria (by 31/3/15)",
         lead="Supt Contact Centre", ball="●",
         upd="THRIVE embedded in OCC since 2016. Evidence pack ready.",
         nxt="Submit to HMICFRS", keys=["D1"], cat="closeable_submit",
         why="Ref 4822, threat/harm/risk criteria for call handlers. Force ● complete; HMICFRS Awaiting review = open."),
    dict(ref="2.02", rep="Core Business 2014", hm="4823", ty="Nat rec",
         text="Crime prevention / disruption activity to be systematically recorded & evaluated for effectiveness of tactics",
         lead="Head of Corporate Development", ball="◔",
         upd="Problem solving database pilot in 2 LPAs.",
         nxt="Pilot review Mar-22", keys=["D2"], cat="in_sync",
         why="Ref 4823, recording and evaluating prevention activity. Quarter ball ◔ = open; HMICFRS Being progressed = open."),
    dict(ref="2.03", rep="PEEL 2018/19", hm="12002", ty="Rec",
         text="Immediately: review officers' capabilities & capacity to manage investigative workload (understand demand and pressures on them)",
         lead="Det Ch Supt Force CID", ball="●",
         upd="Investigative workload review complete, reported to FET 12/08/21. Closure Panel agreed.",
         nxt="Submit to HMICFRS", keys=["M2"], cat="closeable_submit",
         why="Ref 12002, investigative workload review. Force ● done; HMICFRS Awaiting review = open."),
    dict(ref="2.04", rep="PEEL 2018/19", hm="12008", ty="Rec",
         text="Within 6 months: regular & active supervision of quality and progress of investigations – properly recorded",
         lead="Det Ch Supt Force CID", ball="◑",
         upd="Supervision template on Athena; compliance c.60%.",
         nxt="Audit Feb-22", keys=["M8"], cat="closeable_local",
         why="Ref 12008, supervision of investigations (six months on both sides). HMICFRS Complete (closed); force half ball = open. Force closes its own entry."),
    dict(ref="2.05", rep="PEEL 2018/19", hm="12009", ty="CoC",
         text="CoC 2 – no capacity/capability to investigate crime effectively; failings in how crimes are investigated",
         lead="ACC Crime", ball="◕",
         upd="Investigation Standards Programme – most products delivered.",
         nxt="Programme close Mar-22", keys=["M9"], cat="in_sync",
         why="Ref 12009, second cause of concern (investigative capacity), type CoC on both sides. ◕ = open; HMICFRS Being progressed = open."),
    dict(ref="2.06", rep="PEEL 2018/19", hm="12010", ty="Rec",
         text="Within 6 months: improve ability to retrieve digital evidence from phones, computers etc. quickly so investigations not delayed",
         lead="Head of Digital Forensics", ball="",
         upd="Not yet scoped – awaiting DFU restructure.",
         nxt="", keys=["M10"], cat="in_sync",
         why="Ref 12010, digital evidence retrieval. Progress cell left empty; the update says not yet scoped, so open. HMICFRS Awaiting review = open."),
    dict(ref="2.07", rep="PEEL 2018/19", hm="12011", ty="Rec",
         text="Within 6 months: understand suspects released under investigation (RUI) & management of those on bail",
         lead="Head of Criminal Justice", ball="◕ 75%",
         upd="RUI/bail dashboard live; weekly review by CJ.",
         nxt="Evidence to Closure Panel Jan-22", keys=["M11"], cat="in_sync",
         why="Ref 12011, RUI and bail. '◕ 75%' = three-quarters, not complete: open. HMICFRS Being progressed = open."),
    (B, "WORKSTREAM 3 – STOP & SEARCH, USE OF FORCE & LEGITIMACY   (Exec lead: DCC)"),
    dict(ref="3.01", rep="S&S 2013", hm="1153", ty="Nat rec",
         text="CCs & CoP – clear specification in S&S APP of effective & fair use of powers, compliant with Code of Practice",
         lead="Supt Operations", ball="●",
         upd="APP published by CoP; force policy aligned.",
         nxt="", keys=["A1"], cat="in_sync",
         why="Ref 1153, S&S APP specification item. Force ● done, HMICFRS Complete: both closed."),
    dict(ref="3.02", rep="S&S 2013", hm="1154", ty="Nat rec",
         text="Establish / improve monitoring of officers' use of S&S (law incl. equality legislation & CoP; effective use to prevent crime, catch criminals, keep public trust)",
         lead="Supt Operations", ball="●",
         upd="Monthly S&S dashboard & supervisor review of every record since 2019.",
         nxt="Submit to HMICFRS", keys=["A2"], cat="closeable_submit",
         why="Ref 1154, monitoring of stop and search. Force ● done; HMICFRS Being progressed = open."),
    dict(ref="3.03", rep="S&S 2013 + S&S Powers 2 (2015)", hm="1155 / 5820", ty="Nat rec",
         text="Explain to public how S&S powers are used & community scrutiny of S&S records (involve those stopped, e.g. young people) – same rec in 2013 & 2015 reports",
         lead="Supt Operations", ball="◕",
         upd="External scrutiny panel meets quarterly; youth panel being set up with OPCC.",
         nxt="Youth panel Feb-22", keys=["A3", "F1"], cat={"A3": "in_sync", "F1": "closeable_local"},
         why={"A3": "One row holds two items: refs 1155 and 5820 (same ask repeated in the 2013 and 2015 S&S reports). For 1155 (2013): HMICFRS Being progressed = open, force ◕ = open.",
              "F1": "Same row, second item 5820 (S&S powers 2, 2015): HMICFRS Complete (closed) while the force row is ◕ open, so the force closes the 2015 part locally."}),
    dict(ref="3.04", rep="PEEL Legitimacy 2017", hm="8540", ty="CoC",
         text="CoC – force can't show S&S is consistently reasonable & fair; over-representation of BAME (esp. black) people unexplained",
         lead="DCC", ball="◕",
         upd="Disproportionality work via S&S board; see 3.05a-c.",
         nxt="", keys=["K1"], cat="in_sync",
         why="Ref 8540, national cause of concern on S&S fairness (CoC both sides). ◕ = open; HMICFRS Being progressed = open."),
    dict(ref="3.05a", rep="PEEL Legitimacy 2017", hm="8541", ty="Nat rec",
         text="By July 2018 monitor S&S data to understand: (a) reasons for disproportionate representation of ethnic groups",
         lead="Head of Performance", ball="●",
         upd="Disproportionality in monthly dashboard.",
         nxt="", keys=["K2"], cat="in_sync",
         why="Ref 8541 split by the force into three rows (a, b, c), one per bullet. Part (a) is ●, but part (c) is ◕, so the item is not done: force open, HMICFRS Being progressed open."),
    dict(ref="3.05b", rep="PEEL Legitimacy 2017", hm="8541", ty="Nat rec",
         text="(b) how find rates differ between ethnicities & types of search (separate find rates for drug possession / supply)",
         lead="Head of Performance", ball="●",
         upd="Find rates by ethnicity & search type published.",
         nxt="", keys=["K2"], cat="in_sync",
         why="Part (b) of split ref 8541: ● but the item stays open because part (c) is ◕; HMICFRS open."),
    dict(ref="3.05c", rep="PEEL Legitimacy 2017", hm="8541", ty="Nat rec",
         text="(c) prevalence of possession-only drug searches & whether they align with local / force priorities",
         lead="Head of Performance", ball="◕",
         upd="Possession-only analysis drafted – to S&S board.",
         nxt="Board Dec-21", keys=["K2"], cat="in_sync",
         why="Part (c) of split ref 8541: ◕ open, so the whole item is open; HMICFRS Being progressed open."),
    dict(ref="3.06", rep="PEEL Legitimacy 2017", hm="8542", ty="Nat rec",
         text="Where disparities found – show public we researched reasons & took action to reduce disparity",
         lead="Head of Performance", ball="●",
         upd="Published on website with actions. Closed by HMICFRS Jan-20.",
         nxt="", keys=["K3"], cat="in_sync",
         why="Ref 8542, demonstrate research and action on disparities. Force ● done, HMICFRS Complete: both closed."),
    dict(ref="3.07", rep="PEEL Legitimacy 2017", hm="8534", ty="Nat rec",
         text="Publish the analysis & actions at least annually from July 2018",
         lead="Head of Performance", ball="◑",
         upd="2020 analysis published; 2021 delayed by Athena data issue.",
         nxt="Publish Jan-22", keys=["K4"], cat="conflict",
         why="Text is clearly the 'publish this analysis and any actions at least annually from July 2018' item, HMICFRS ref 8543; the force typed 8534 (digits transposed, no such ID on the list). Reference disagrees = conflict (both open)."),
    dict(ref="3.08", rep="S&S Powers 2 (2015)", hm="", ty="Nat rec",
         text="By July 2018 & ongoing – all officers using S&S trained in unconscious bias & CoP S&S APP",
         lead="Head of Learning & Development", ball="●",
         upd="Unconscious bias & APP module mandatory; 97% completion.",
         nxt="Submit to HMICFRS", keys=["K5"], cat="conflict",
         why="No ref; wording is the PEEL Legitimacy 2017 training item (8544, 'By July 2018, and ongoing...'), but the force files it under Stop and search powers 2 (2015), a different report (that report has no training item). Report disagrees = conflict (force ● done, HMICFRS Being progressed)."),
    dict(ref="3.09", rep="Disproportionate use of powers 2021", hm="11201", ty="Nat rec",
         text="By July 2022 – officers & staff have effective communication skills in line with National Policing Guidelines on Conflict Management (in addition to existing training)",
         lead="Head of Learning & Development", ball="◔",
         upd="Comms skills input in PST 2022 programme.",
         nxt="Jul-22", keys=["L1"], cat="in_sync",
         why="Ref 11201, communication skills by July 2022. Quarter ball = open; HMICFRS Awaiting review = open."),
    dict(ref="3.10", rep="Disproportionate use of powers 2021", hm="11202", ty="Nat rec",
         text="By July 2021 – comms skills reinforced in CPD; supervisors supported to debrief officers using BWV",
         lead="Head of Learning & Development", ball="●",
         upd="CPD module & BWV debrief guide live. Closed by HMICFRS Sep-21.",
         nxt="", keys=["L2"], cat="in_sync",
         why="Ref 11202, CPD and BWV debriefs. Force ● done, HMICFRS Complete: both closed."),
    dict(ref="3.11a", rep="Disproportionate use of powers 2021", hm="11203", ty="Nat rec",
         text="By Sept 2021 – officers record whole of every S&S encounter on BWV (incl. traffic stops & use of force)",
         lead="Supt Operations", ball="●",
         upd="BWV policy updated Jun-21; compliance 94%.",
         nxt="Submit to HMICFRS", keys=["L3"], cat="closeable_submit",
         why="Ref 11203 split into three rows (a, b, c), one per part of the BWV recommendation. All three are ● complete, so the item is done; HMICFRS Being progressed = open."),
    dict(ref="3.11b", rep="Disproportionate use of powers 2021", hm="11203", ty="Nat rec",
         text="structured process to review a sample of BWV footage internally – learning & hold officers to account",
         lead="Supt Operations", ball="●",
         upd="Monthly BWV dip sample by PSD & supervisors.",
         nxt="Submit to HMICFRS", keys=["L3"], cat="closeable_submit",
         why="Part (b) of split ref 11203; all parts ● so the item is done; HMICFRS open."),
    dict(ref="3.11c", rep="Disproportionate use of powers 2021", hm="11203", ty="Nat rec",
         text="external scrutiny panel to have access to samples of BWV footage (S&S and UoF), with CoP APP safeguards",
         lead="Supt Operations", ball="⬤",
         upd="Panel viewing BWV since Aug-21.",
         nxt="Submit to HMICFRS", keys=["L3"], cat="closeable_submit",
         why="Part (c) of split ref 11203; ⬤ is a large full circle (different symbol, same meaning: complete). All parts done; HMICFRS open."),
    dict(ref="3.12", rep="Disproportionate use of powers 2021", hm="11204", ty="Nat rec",
         text="Home Office & NPCC – quality of data on use of force to effect a S&S good enough to publish",
         lead="Head of Performance", ball="⊘",
         upd="For Home Office / NPCC – not WMP to deliver.",
         nxt="", keys=["L4"], cat="in_sync",
         why="Ref 11204 is addressed to the Home Office and NPCC. ⊘ = not for WMP to deliver (key), which counts as finished for the force; HMICFRS No further action required (closed). Both closed."),
    dict(ref="3.13", rep="Disproportionate use of powers 2021", hm="11205", ty="Nat rec",
         text="By July 2021 – internal monitoring of use of force to identify & understand disproportionate use, explain reasons & act",
         lead="Supt Operations", ball="◕",
         upd="UoF dashboard built; scrutiny panel reviewing.",
         nxt="Dec-21", keys=["L5"], cat="in_sync",
         why="Ref 11205, use of force monitoring. ◕ = open; HMICFRS Being progressed = open."),
    (B, "WORKSTREAM 4 – ORGANISATION, WORKFORCE & FINANCE   (Exec lead: Director of Enabling Services)"),
    dict(ref="4.01", rep="Policing in Austerity 2014", hm="3010", ty="Nat rec",
         text="CC & PCC review savings plans – keep reducing crime & protect front line while balancing budget (use VfM profiles)",
         lead="Director of Finance", ball="●",
         upd="MTFP reviewed annually. Closed.",
         nxt="", keys=["C1"], cat="in_sync",
         why="Ref 3010, review savings plans. Force ● done, HMICFRS Complete: both closed."),
    dict(ref="4.02", rep="Policing in Austerity 2014", hm="3013", ty="Nat rec",
         text="Before next spending round review collaboration plans – VfM, capability & capacity via other forces, public or private sector",
         lead="Director of Finance", ball="◕",
         upd="Post-alliance collaboration strategy with FET.",
         nxt="FET Jan-22", keys=["C4"], cat="in_sync",
         why="Ref 3013, collaboration plans for the next spending round. ◕ open; HMICFRS Being progressed open."),
    dict(ref="4.03", rep="PEEL Efficiency 2017", hm="8410", ty="Nat rec",
         text="By Sept 2018 produce an ambitious plan to improve digitally-enabled services",
         lead="Director of ICT", ball="●*",
         upd="Digital Strategy 2019-22 approved by PCC.",
         nxt="*sub'd", keys=["J1"], cat="closeable_submit",
         why="Ref 8410, digital services plan. '●*' is a full ball; the asterisk points to the footnote 'closure submitted to HMICFRS' under the table. Force done; HMICFRS Awaiting review = open."),
    dict(ref="4.04", rep="PEEL 2018/19", hm="12001", ty="AFI",
         text="Not suitable arrangements to keep full range of services when Warwickshire alliance ends; gaps in workforce skills assessment; weaknesses in investigation & safeguarding",
         lead="DCC", ball="◑",
         upd="Tracked through Alliance Exit Programme.",
         nxt="", keys=["M1"], cat="conflict",
         why="Ref 12001 and the text are the first PEEL 2018/19 cause of concern (alliance ending), but the force types it as an AFI. Type disagrees = conflict (both open)."),
    dict(ref="4.05", rep="PEEL 2018/19", hm="12004", ty="Rec",
         text="Immediately: expand skills project to assess all skills (not only operational) incl. future needs – to inform workforce plans",
         lead="Director of People", ball="◔",
         upd="Skills audit for staff roles to start Jan.",
         nxt="Jan-22", keys=["M4"], cat="in_sync",
         why="Ref 12004, skills project. Quarter ball open; HMICFRS Being progressed open."),
    dict(ref="4.06", rep="PEEL 2018/19", hm="12005", ty="Rec",
         text="Immediately: agree arrangements with Warwickshire for smooth transition to future operating model – no disruption to public",
         lead="DCC", ball="●",
         upd="Alliance ended 30/09/19 with s22A agreements. Closed by HMICFRS Oct-20.",
         nxt="", keys=["M5"], cat="in_sync",
         why="Ref 12005, transition arrangements with Warwickshire. Force ● done, HMICFRS Complete: both closed."),
    dict(ref="4.07", rep="PEEL 2018/19", hm="12006", ty="Rec",
         text="Immediately: clearly define new operating model – all services affordable & fit to protect communities of West Mercia",
         lead="Head of Corporate Development", ball="◕",
         upd="Operating model agreed; affordability review in MTFP.",
         nxt="Feb-22", keys=["M6"], cat="in_sync",
         why="Ref 12006, define the operating model. ◕ open; HMICFRS Awaiting review open."),
    dict(ref="4.08", rep="PEEL 2018/19", hm="12007", ty="Rec",
         text="Immediately: improve consultation with public on business planning & feed back changes made as a result",
         lead="Head of Corporate Communications", ball="●",
         upd="'You said, we did' cycle with OPCC since 2020. Closure Panel agreed 14/10/21.",
         nxt="Submit to HMICFRS", keys=["M7"], cat="closeable_submit",
         why="Ref 12007, public consultation on business planning. Force ● done; HMICFRS Being progressed = open."),
    dict(ref="4.09", rep="Local", hm="", ty="Local",
         text="Portfolio Board ToR to include oversight of HMICFRS recs & monthly Closure Panel",
         lead="Head of Portfolio Office", ball="●",
         upd="ToR agreed Mar-21.",
         nxt="", keys=[], cat="not_on_hmicfrs_list",
         why="The force's own governance action (Report 'Local', no ref); nothing like it on the HMICFRS list."),
    (B, "WORKSTREAM 5 – FIREARMS LICENSING, INFORMATION & INTEGRITY   (Exec lead: DCC)"),
    dict(ref="5.01", rep="Integrity Matters 2015", hm="902", ty="Nat rec",
         text="Satisfy ourselves misconduct investigations ending 'NFA' are fair & free from discrimination",
         lead="Head of Professional Standards", ball="●",
         upd="PSD NFA dip sample & disproportionality check quarterly since 2016.",
         nxt="Submit to HMICFRS", keys=["E1"], cat="closeable_submit",
         why="Ref 902, NFA misconduct outcomes fair and free of discrimination. Force ● done; HMICFRS Being progressed open."),
    dict(ref="5.02", rep="Abuse of position for a sexual purpose 2017", hm="", ty="CoC",
         text="APSP – review CCU capability & capacity, IT monitoring, and intel from organisations supporting vulnerable people (national plan)",
         lead="Head of Professional Standards", ball="◕",
         upd="Letter from HMICFRS Oct-17; CCU uplift done, IT monitoring live.",
         nxt="", keys=[], cat="not_on_hmicfrs_list",
         why="Abuse of position for a sexual purpose (national cause of concern, 2017) is not on the HMICFRS definitive list sent to the force. Force-only row: query with HMICFRS."),
    dict(ref="5.03", rep="Building the Picture 2015", hm="6120", ty="Nat rec",
         text="By 30/11/15 scrutinise audits of compliance with APP on information management through IM governance; categorisation of records regularly adjusted",
         lead="Head of Information Management", ball="●",
         upd="IM Board scrutinises audits. Closed.",
         nxt="", keys=["G1"], cat="in_sync",
         why="Ref 6120, information management audits. Force ● done, HMICFRS Complete: both closed."),
    dict(ref="5.04", rep="Targeting the Risk (Firearms) 2015", hm="6501", ty="Nat rec",
         text="Within 3 months assess FL governance against APP; put right arrangements in place where not compliant",
         lead="Supt Firearms Licensing", ball="●",
         upd="Governance assessed 2016; closed.",
         nxt="", keys=["H1"], cat="in_sync",
         why="Ref 6501, firearms licensing governance. Force ● done, HMICFRS Complete: both closed."),
    dict(ref="5.05", rep="Targeting the Risk (Firearms) 2015", hm="6502", ty="Nat rec",
         text="Within 3 months assess demand on FL dept & make sure it has capacity to meet it",
         lead="Supt Firearms Licensing", ball="◑",
         upd="Demand model done; 3 new FEOs still to be recruited.",
         nxt="Recruitment Mar-22", keys=["H2"], cat="closeable_local",
         why="Ref 6502, demand on the licensing department. HMICFRS Complete (closed Jul-21); force half ball = open. Force closes its own entry."),
    dict(ref="5.06", rep="Targeting the Risk (Firearms) 2015", hm="6503", ty="Nat rec",
         text="Immediately – all appropriate action on 'total expired' licensing records",
         lead="Supt Firearms Licensing", ball="●",
         upd="No total expired records since 2018 – weekly check.",
         nxt="Submit to HMICFRS", keys=["H3"], cat="closeable_submit",
         why="Ref 6503, 'total expired' records. Force ● done; HMICFRS Being progressed = open."),
    dict(ref="5.07", rep="Targeting the Risk (Firearms) 2015", hm="6504", ty="Nat rec",
         text="Within 6 months – temporary permits in line with HO guidance, recorded without delay on NFLMS; no certificate holder in unlawful possession",
         lead="Supt Firearms Licensing", ball="◕",
         upd="Temp permits now logged on NFLMS same day.",
         nxt="Evidence Jan-22", keys=["H4"], cat="conflict",
         why="Ref 6504, temporary permits. HMICFRS text says 'Within three months'; the force copy says 'Within 6 months'. Timescale disagrees = conflict (both open)."),
    dict(ref="5.08", rep="Targeting the Risk (Firearms) 2015", hm="6505", ty="Nat rec",
         text="Within 3 months – systems to flag before attendance if incident involves / is at address of a certificate holder, always used by dispatchers; officers know risk assessment & power to seize",
         lead="Supt Contact Centre", ball="◯",
         upd="Needs new STORM flag – in ICT backlog.",
         nxt="", keys=["H5"], cat="in_sync",
         why="Ref 6505, flagging certificate holders at dispatch. ◯ (large empty circle) = not started: open. HMICFRS Awaiting review = open."),
]

KEY_ROWS = [
    ("○  or  ◯", "Not started"),
    ("◔", "Mobilised – owner agreed, plan in place"),
    ("◑", "In delivery – about half the actions done"),
    ("◕", "Delivered – evidence being collated for Closure Panel"),
    ("●", "Complete – closure agreed by Closure Panel (add * once submitted to HMICFRS)"),
    ("⊘", "Not for WMP to deliver (national body / other agency)"),
]


def fmt_date(d):
    return d


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "Recommendations export", "author": "HMICFRS", "created": FIXED,
                       "company": "", "comments": ""})
    wb.set_custom_property("Exported", "17/11/2021")
    ws = wb.add_worksheet("Recommendations")
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    top = wb.add_format({"valign": "top"})
    cols = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date"]
    widths = [14, 18, 45, 13, 24, 90, 22, 12]
    for c, (h, w) in enumerate(zip(cols, widths)):
        ws.write(0, c, h, hdr)
        ws.set_column(c, c, w)
    rowmap = {}
    for i, key in enumerate(HM_ORDER):
        k, rid, (title, pub), ty, text, st, sd = BYKEY[key]
        r = i + 1
        ws.write_number(r, 0, rid, top)
        ws.write_string(r, 1, "West Mercia Police", top)
        ws.write_string(r, 2, title, wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(pub, dt.time()), datef)
        ws.write_string(r, 4, ty, top)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, st, top)
        ws.write_datetime(r, 7, dt.datetime.combine(sd, dt.time()), datef)
        rowmap[key] = f"Recommendations!{r + 1}"
    ws.autofilter(0, 0, len(HM_ORDER), len(cols) - 1)
    ws.freeze_panes(1, 0)
    wb.close()
    return rowmap


def build_tracker(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "HMICFRS recommendations – delivery tracker",
                       "author": "Portfolio Office", "company": "West Mercia Police",
                       "created": FIXED, "comments": ""})
    ws = wb.add_worksheet("Delivery tracker")
    title = wb.add_format({"bold": True, "font_size": 14})
    sub = wb.add_format({"italic": True, "font_color": "#595959"})
    hdr = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3864",
                         "border": 1, "text_wrap": True, "valign": "vcenter"})
    banner = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    ball = wb.add_format({"align": "center", "valign": "top", "font_size": 16, "border": 1,
                          "font_name": "Segoe UI Symbol"})
    cols = ["Ref", "Report", "HMICFRS ref", "Type", "Recommendation / AFI (summary)",
            "Lead", "Progress", "Update", "Next milestone"]
    widths = [7, 26, 12, 8, 70, 26, 9, 50, 18]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.write(0, 0, "West Mercia Police – Portfolio Office", title)
    ws.write(1, 0, "HMICFRS recommendations, causes of concern & AFIs – delivery tracker (Harvey ball view)", sub)
    ws.write(2, 0, "Key:  ○ not started   ◔ mobilised   ◑ in delivery   ◕ delivered – evidence being collated   ● complete (Closure Panel agreed)   ⊘ not for WMP to deliver", sub)
    ws.write(3, 0, "Balls updated after each monthly Portfolio Board. Last board: 11/11/2021. Only a full ball (●) goes to the Closure Panel pack.", sub)
    hrow = 5
    for c, h in enumerate(cols):
        ws.write(hrow, c, h, hdr)
    r = hrow + 1
    rowinfo = []   # (excel_row, entry)
    nonitems = [(1, "title"), (2, "subtitle"), (3, "key/legend line with the ball symbols"),
                (4, "note on when balls are updated"), (5, "blank"), (6, "column header row")]
    for entry in FORCE:
        if isinstance(entry, tuple):
            ws.merge_range(r, 0, r, len(cols) - 1, entry[1], banner)
            nonitems.append((r + 1, "workstream banner row: " + entry[1].split("   ")[0]))
        else:
            ws.write_string(r, 0, entry["ref"], cell)
            ws.write_string(r, 1, entry["rep"], wrap)
            if entry["hm"]:
                if entry["hm"].isdigit():
                    ws.write_number(r, 2, int(entry["hm"]), cell)
                else:
                    ws.write_string(r, 2, entry["hm"], cell)
            else:
                ws.write_blank(r, 2, None, cell)
            ws.write_string(r, 3, entry["ty"], cell)
            ws.write_string(r, 4, entry["text"], wrap)
            ws.write_string(r, 5, entry["lead"], wrap)
            if entry["ball"]:
                ws.write_string(r, 6, entry["ball"], ball)
            else:
                ws.write_blank(r, 6, None, ball)
            ws.write_string(r, 7, entry["upd"], wrap)
            if entry["nxt"]:
                ws.write_string(r, 8, entry["nxt"], cell)
            else:
                ws.write_blank(r, 8, None, cell)
            rowinfo.append((r + 1, entry))
        r += 1
    # blank, footnote, summary block
    nonitems.append((r + 1, "blank"))
    r += 1
    ws.write(r, 0, "* closure submitted to HMICFRS via the monitoring portal (4.03 on 02/11/2021)", sub)
    nonitems.append((r + 1, "footnote explaining the asterisk on 4.03"))
    r += 1
    nonitems.append((r + 1, "blank"))
    r += 1
    ws.write(r, 0, "Summary", wb.add_format({"bold": True}))
    nonitems.append((r + 1, "summary heading"))
    r += 1
    counts = {}
    for _, e in rowinfo:
        b = e["ball"].split(" ")[0].rstrip("*")
        b = {"◯": "○", "O": "○", "⬤": "●", "◐": "◑", "": "(blank)"}.get(b, b)
        counts[b] = counts.get(b, 0) + 1
    for sym, label in [("●", "complete"), ("◕", "delivered"), ("◑", "in delivery"),
                       ("◔", "mobilised"), ("○", "not started"), ("⊘", "not for WMP"),
                       ("(blank)", "no ball set")]:
        ws.write_string(r, 5, f"{sym} {label}", cell)
        ws.write_string(r, 6, sym, ball)
        ws.write_number(r, 7, counts.get(sym, 0), cell)
        nonitems.append((r + 1, f"summary count row ({sym} {label})"))
        r += 1
    ws.write_string(r, 5, "Total", wb.add_format({"bold": True, "border": 1}))
    ws.write_number(r, 7, len(rowinfo), wb.add_format({"bold": True, "border": 1}))
    nonitems.append((r + 1, "summary total row"))
    ws.freeze_panes(hrow + 1, 0)
    ws.autofilter(hrow, 0, hrow + 1 + len(FORCE) - 1, len(cols) - 1)

    k = wb.add_worksheet("Key")
    k.set_column(0, 0, 12)
    k.set_column(1, 1, 70)
    k.write(0, 0, "Harvey ball key", title)
    k.write(1, 0, "Ball", hdr)
    k.write(1, 1, "Meaning", hdr)
    for i, (s, m) in enumerate(KEY_ROWS):
        k.write_string(2 + i, 0, s, ball)
        k.write_string(2 + i, 1, m, cell)
    k.write(3 + len(KEY_ROWS), 0, "RAG is not used in this tracker. Exception reporting to FET uses the Update column.", sub)
    wb.close()
    return rowinfo, nonitems, counts


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    hm_rows = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    rowinfo, nonitems, counts = build_tracker(os.path.join(OUT, "tracker.xlsx"))

    truth = []
    covered = set()
    for xrow, e in rowinfo:
        fr = f"Delivery tracker!{xrow}"
        if not e["keys"]:
            truth.append(("", fr, e["cat"], e["why"]))
            continue
        for key in e["keys"]:
            cat = e["cat"][key] if isinstance(e["cat"], dict) else e["cat"]
            why = e["why"][key] if isinstance(e["why"], dict) else e["why"]
            truth.append((hm_rows[key], fr, cat, why))
            covered.add(key)
    missing_why = {
        "C2": "Policing in austerity item on forces delivering less than 10% of savings through collaboration: no force row has it (4.01/4.02 are the other two austerity items). HMICFRS Being progressed.",
        "C3": "Policing in austerity item on forces reducing front-line workforce: no force row mentions it. HMICFRS Awaiting review.",
        "I6": "Stolen Freedom item on MSHT investigations being thoroughly investigated and supervised (joint intelligence teams, overseas evidence): the force lists 1.02-1.07 for this report but not this one (ref 7855 appears nowhere). HMICFRS Being progressed.",
    }
    for key in HM_ORDER:
        if key not in covered:
            truth.append((hm_rows[key], "", "missing_from_force", missing_why[key]))

    def sortkey(t):
        h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        f = int(t[1].split("!")[1]) if t[1] else 10 ** 6
        return (h, f)
    truth.sort(key=sortkey)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    cats = {}
    for t in truth:
        cats[t[2]] = cats.get(t[2], 0) + 1
    write_readme(rowinfo, nonitems, counts, cats, len(truth))


def write_readme(rowinfo, nonitems, counts, cats, ntruth):
    byref = {e["ref"]: x for x, e in rowinfo}
    def fr(ref):
        return f"Delivery tracker!{byref[ref]}"
    hm = {k: i + 2 for i, k in enumerate(HM_ORDER)}
    cat_lines = "\n".join(f"| {c} | {n} |" for c, n in sorted(cats.items()))
    non = "\n".join(f"- `Delivery tracker!{r}`: {why}" for r, why in nonitems)
    text = f"""# Case `harvey_ball_progress_glyphs` (round 87, case C)

## Story

West Mercia Police's **Portfolio Office** runs every change programme with the same
one-page tracker: work grouped under **workstream banners**, one row per deliverable, and
**progress shown as a Harvey ball** (○ ◔ ◑ ◕ ●), the quarter-filled circles PMO teams put in
board papers instead of a RAG. When the HMICFRS recommendations were moved from the
organisational-learning team to the Portfolio Office (after the alliance with Warwickshire
ended), they were re-keyed into this template: the wording is the office's own summary, the
report is a short name, the HMICFRS register ID was copied in where someone had it, and
progress is a symbol. Only a **full ball ●** means done (Closure Panel agreed); ◕ means
"delivered, evidence being collated" and is still open. ⊘ marks items for another body
("not for WMP to deliver"). People typed the balls with whatever they had: the Symbol dialog
(◐ instead of ◑, ◯ and ⬤ instead of ○ and ●), a capital letter O, a ball plus "75%", a ball
plus an asterisk footnote, or nothing at all. The analyst receives this workbook, with the
HMICFRS definitive list (register export, November 2021), before the Joint Audit Committee.

## Files

- `hmicfrs.xlsx` — sheet `Recommendations`, header on row 1, **47 item rows (2–48)**, no other
  rows. Columns: Recommendation ID (integer), Force, Report title, Publication date (date,
  dd/mm/yyyy), Type (National recommendation / Recommendation / Cause of concern),
  Recommendation (verbatim OGL text, curly quotes, bullets, stray footnote digits "and 20",
  "intelligence 86", missing space after "immediately:"), Status (Awaiting review / Being
  progressed / Complete / Superseded / No further action required), Status date. 13 reports:
  12 national ones (2013–2021) and the force's PEEL 2018/19 report.
- `tracker.xlsx` — sheet `Delivery tracker`: rows 1–4 title, subtitle, **key line containing
  the ball symbols**, note; row 5 blank; **header on row 6**: Ref, Report, HMICFRS ref, Type,
  Recommendation / AFI (summary), Lead, Progress, Update, Next milestone. Rows 7–{max(x for x, _ in rowinfo)}
  hold 5 merged **workstream banner rows** and **{len(rowinfo)} item rows**; below them a footnote and
  a **summary block that repeats the ball symbols with counts**. Sheet `Key`: a legend of the
  balls only (no items). "Ref" (1.01, 3.05a …) is the office's own running number, not an
  HMICFRS reference; "HMICFRS ref" is the register ID (numbers; one cell is the text
  "1155 / 5820"; some blank). Balls are Unicode text in the Progress cell (font Segoe UI
  Symbol). xlsx written by XlsxWriter; all text UTF-8 in the workbook.

## What the layout brings (row numbers as Excel shows them)

1. **Status is a glyph.** ● = done; ○ ◔ ◑ ◕ = open; ⊘ = not the force's to deliver (treated as
   done/closed for the force, like WHITE in City of London's scheme). A tool must not read any
   filled-looking circle as done: ◕ (three-quarters) appears on {counts.get('◕', 0)} rows and is open.
2. **Symbol variants**: ◐ instead of ◑ ({fr('1.07')}), ◯ instead of ○ ({fr('5.08')}), ⬤
   instead of ● ({fr('3.11c')}), capital letter "O" for not started ({fr('1.06')}), "◕ 75%"
   ({fr('2.07')}), "●*" with a footnote ({fr('4.03')}), an empty Progress cell whose update
   says "Not yet scoped" ({fr('2.06')}).
3. **Symbols outside items**: the key line (row 3), the summary block at the bottom and the
   `Key` sheet all contain balls but are not items.
4. **Workstream banners** (merged across all columns) group items by theme, not by report,
   so one report is spread over several workstreams.
5. **Own summaries** of the HMICFRS texts: abbreviations (S&S, CoP, MSHT, NRM, NCRS, FCR, FL,
   NFLMS, BWV, UoF, RUI, VfM, CC), stems dropped, bullets condensed.

## Traps and how the truth decides them

- **Split recommendation, not all parts done**: ref 8541 (stop and search monitoring, three
  bullets) is three rows {fr('3.05a')}–{fr('3.05c')}: ●, ●, ◕. The item is open on the force,
  HMICFRS Being progressed → all three lines `in_sync`.
- **Split recommendation, all parts done**: ref 11203 (BWV) is three rows
  {fr('3.11a')}–{fr('3.11c')}, all full balls (one ⬤) → all three lines `closeable_submit`.
- **One row, two items**: {fr('3.03')} holds refs "1155 / 5820", the same community-scrutiny
  ask in the 2013 and 2015 stop and search reports. 1155 (HMICFRS row {hm['A3']}) is open
  on both → `in_sync`; 5820 (row {hm['F1']}) is Complete at HMICFRS, the force ball ◕ → `closeable_local`.
- **Conflicts**: missing bullet ({fr('1.02')}, Stolen Freedom governance lacks the fourth
  bullet on performance and quality assurance); timescale ({fr('5.07')}, "Within 6 months"
  vs "Within three months"); reference ({fr('3.07')} has 8534, the item is 8543); report
  ({fr('3.08')} files the PEEL Legitimacy 2017 unconscious-bias training item under "S&S
  Powers 2 (2015)", no ref); type ({fr('4.04')} calls the PEEL 2018/19 cause of concern an AFI).
- **⊘ not for WMP** ({fr('3.12')}, Home Office/NPCC data item) with HMICFRS "No further action
  required" → `in_sync` (both closed).
- **Near-duplicate texts**: 1155 (2013) and 5820 (2015) differ only in "elected local policing
  bodies" vs "police and crime commissioners"; the force row names both refs.
- **Missing from force**: Policing in austerity 3011 and 3012 (rows {hm['C2']}, {hm['C3']}), Stolen
  Freedom 7855 (row {hm['I6']}).
- **Not on HMICFRS list**: joint custody inspection AA item ({fr('1.09')}), local Portfolio
  Board ToR action ({fr('4.09')}), Abuse of position for a sexual purpose ({fr('5.02')}).
- No `review` lines: every pair is decidable from ref and text.

## Counts ({ntruth} truth lines; 47 HMICFRS items; {len(rowinfo)} force item rows)

| category | lines |
|---|---|
{cat_lines}

## Rows that are not items

- `hmicfrs.xlsx` `Recommendations!1`: header row. (No other non-item rows.)
{non}
- Sheet `Key` (all rows): legend of the ball symbols, no items.

## Checks run

- Every force item row (rows with text in "Recommendation / AFI (summary)" under the header,
  excluding banners) appears in truth.csv (once, or twice for the combined row); every HMICFRS
  row 2–48 appears at least once; no truth row points at a non-item row.
- Both workbooks read back with pandas (`read_excel`, header=0 / header=5) and openpyxl; the
  glyphs survive as the same code points.
- Built twice; all four files byte-identical (sha256 compared).
- `reconcile` was never run or imported; under /work/main/reconcile/ only the casegen text lists were read (national.py literals checked verbatim by parsing, not executing, it).
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
