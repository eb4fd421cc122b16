"""Build the case `oracle_sqldev_xlsx_export` (round 90, case A).

Force side: the raw result of the in-house "HMIC Recommendations Tracker" (Oracle back end)
query, exported by IT with Oracle SQL Developer "Export > excel 2003+ (xlsx)" with the
"Query" option ticked: sheet "Export Worksheet" (column aliases as headers, NULLs as empty
cells, DATE / TIMESTAMP columns written as text in the session NLS formats) and sheet "SQL"
holding the query. HMICFRS side: the ordinary register export for the force (xlsx).

All HMICFRS texts are real public wording (Open Government Licence) copied as literals.
Run: /work/main/.venv/bin/python build_oracle_sqldev_xlsx_export.py
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import xlsxwriter

CASE = "oracle_sqldev_xlsx_export"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Staffordshire Police"
FIXED = dt.datetime(2025, 3, 17, 9, 0, 0)
rng = random.Random(90_0001)

# --------------------------------------------------------------------------------------------
# Real texts (OGL), literals.
# --------------------------------------------------------------------------------------------
NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")

SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
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
    "scrutiny panels and MARAC self-assessments.")
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
    "to the victim or the wider public are identified and appropriately managed")
MISSING_CHILDREN = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual "
    "exploitation and how to respond to such cases; and • supervisors provide the correct "
    "oversight of missing person enquiries and direct appropriate and timely investigative and "
    "safeguarding action")
DETENTION = (
    "Within twelve months, the force should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested.")

# Reports: key -> (HMICFRS title, publication date, force app RPT_ID, force app report name)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), 3, "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), 1, "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22), 2,
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), 4, "Core business"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), 5, "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), 6, "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), None, None),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), 7, "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), 8, "PEEL Eff 16"),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 21), 9, "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), 11, "Stolen Freedom (MSHT) 2017"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9), 12,
               "PEEL Efficiency 17 (all forces)"),
    "efc17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), 10, "PEEL Efficiency 2017"),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12), 14,
               "PEEL Legit 17 S&S"),
    "leg17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), 13, "PEEL Legitimacy 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14), 15, "NCPI 2018"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020",
               dt.date(2020, 8, 18), 17, "HMICFRS/HMIP custody 2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26), 16, "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 19), 18, "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 3, 21), 19, "PEEL Assessment 2023/24"),
}
LOCAL_RPTS = {20: ("Force Improvement Plan", None), 21: ("Internal Audit 2023/24", None),
              99: ("ZZ TEST", None)}

# Force status lookup (REF_REC_STATUS). "SFC" was added to the app in 2023 but never inserted
# into REF_REC_STATUS, so the outer join leaves STATUS_DESC NULL for it.
STATUS_DESC = {"N": "New - awaiting allocation", "A": "Allocated", "P": "In progress",
               "H": "On hold", "R": "Closure rejected - reopened", "C": "Complete",
               "X": "Closed - no further action", "S": "Superseded", "SFC": None}
DONE = {"C", "X", "S", "SFC"}

OWNERS = [(4102, "BELL, Andrew (C/Supt)"), (4117, "OKAFOR, Grace (Head of Intelligence)"),
          (4125, "PRICE, Martin (Force Crime Registrar)"), (4131, "HUGHES, Sian (Det Supt)"),
          (4140, "WALSH, Kevin (Supt Firearms Licensing)"), (4158, "AHMED, Yasmin (Director of People)"),
          (4163, "DAVIES, Rob (Ch Insp Custody)"), (4170, "KERR, Fiona (Head of PSD)"),
          (4184, "MORGAN, Lee (Supt Contact Mgmt)"), (4199, "TURNER, Jo (Head of Corp Dev)"),
          (3977, None), (3981, None)]  # 3977, 3981: leavers, account end-dated -> join gives NULL

PROGRESS_OPEN = [
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Awaiting allocation.",
    "Addressed holistically as part of the force change programme.",
]
PROGRESS_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "The policy is now signed off and in place with an implementation date of the end of "
    "October.",
    "Ready to move to GREEN status.",
]

# --------------------------------------------------------------------------------------------
# Items. h = HMICFRS side (report key, type, text, status) or None; f = list of force rows
# (dict) or []; cat, why. Force-row keys: t (REC_TEXT), ty (ITEM_TYPE), st (STATUS_CD),
# ref ("same" | None | other key whose ref was typed), rpt (override report key),
# note (LAST_UPDATE override), sub (CLOSURE_SUBMITTED override).
# --------------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def item(key, h, f, cat, why):
    ITEMS.append(dict(key=key, h=h, f=f, cat=cat, why=why))


def F(t, st, ty=None, ref="same", **kw):
    return dict(t=t, st=st, ty=ty, ref=ref, **kw)


# ---- national reports ----
item("sas13_1", ("sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete"),
     [F("CCs & CoP to establish in S&S APP a clear spec of what constitutes effective & fair "
        "use of S&S powers (compliant w/ Code of Practice)", "C", ref=None)],
     "in_sync", "Same report and wording abridged (APP specification of effective and fair stop "
     "and search); HMICFRS Complete, force STATUS_CD C (Complete).")
item("sas13_2", ("sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", "Complete"),
     [F("Establish or improve monitoring of the way officers stop & search people so that we "
        "are satisfied officers act in accordance with the law (incl equality legislation & "
        "Code of Practice)", "P", ref=None)],
     "closeable_local", "Monitoring of the way officers stop and search, 2013 report; HMICFRS "
     "Complete while the force record is still P (In progress): close locally.")
item("sas13_3", ("sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", "Superseded"),
     [F("In consultation with elected local policing bodies, comply with the code of practice "
        "by explaining to the public how S&S powers are used and arrange for S&S records to be "
        "scrutinised by community reps", "S", ref=None,
        note="Superseded by Stop and Search 2 (2015) rec - see that record.")],
     "in_sync", "Near twin of the 2015 item (sas15); this row says 'elected local policing "
     "bodies' and sits under the 2013 report, as the HMICFRS 2013 item does. Both closed "
     "(Superseded / S).")
item("everyone_1", ("everyone", NAT, EVERYONE_PLAN, "Complete"),
     [F("By Sept 2014 every force to establish & publish an action plan specifying in detail "
        "what steps it will take to improve its approach to DA. Plan to be developed in "
        "consultation with PCC, DA support orgs & victims reps; after consideration of all recs "
        "in the report; with reference to DHRs and IPCC findings; drawing on CPS scrutiny panels "
        "and MARAC self-assessments", "C", ref=None)],
     "in_sync", "Domestic abuse action plan, all four bullets present in the force's summary; "
     "both closed (Complete / C).")
item("austerity_1", ("austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required"),
     [F("CC & PCC to review plans to deliver savings - continue to reduce crime and protect the "
        "front line while balancing budget. Use VfM profiles", "X", ref=None)],
     "in_sync", "Savings plan review; HMICFRS 'No further action required', force X (Closed - "
     "no further action): both closed.")
item("austerity_2", ("austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "No further action required"),
     [F("Forces planning to deliver less than 20% of savings through collaboration to assess "
        "whether there is scope to improve on this position", "X", ref=None)],
     "conflict", "Clearly the collaboration-savings item (same report, same wording) but the "
     "force record says 'less than 20%' where HMICFRS says 'less than 10%': a figure disagrees. "
     "Both closed otherwise.")
item("austerity_3", ("austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required"), [],
     "missing_from_force", "No force record mentions front-line workforce proportion or crime "
     "fighting capacity; on the HMICFRS list only (closed there, but never recorded by the "
     "force).")
item("austerity_4", ("austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "No further action required"),
     [F("Review plans for collaboration ahead of next spending round - scope for better VfM and "
        "capability through joint working w/ other forces, public &/or private sector", "A",
        ref=None)],
     "closeable_local", "Collaboration plans review; HMICFRS closed (No further action "
     "required), force still A (Allocated): close locally.")
item("core_1", ("core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete"),
     [F("NLT 31/03/15 - THR criteria for call handlers", "C", ref=None)],
     "in_sync", "Core Business call-handler THR criteria, deadline 31/03/15 matches; filed "
     "under 'Core business'. Not to be confused with the CDI 2017 force item with the same ask "
     "(different report, 'Within three months'). Both closed.")
item("core_2", ("core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Being progressed"),
     [F("By 31 March 2015 ensure crime prevention/disruption activity is systematically "
        "recorded & evaluated to determine effectiveness of tactics", "C")],
     "closeable_submit", "HMIC_REF matches; HMICFRS Being progressed, force C (Complete): "
     "submit for closure.")
item("integrity_1", ("integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete"),
     [F("By 31 Aug 2015 satisfy ourselves that misconduct investigations resulting in \"NFA\" "
        "are fair & free from discrimination", "C")],
     "in_sync", "HMIC_REF matches, same ask; both closed.")
item("sas15_1", ("sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", "Being progressed"),
     [F("In consultation with PCC comply with Code of Practice - explain to public how S&S "
        "powers used, S&S records scrutinised by community reps, involving young people", "P")],
     "in_sync", "HMIC_REF matches; the 2015 twin ('in consultation with PCC'); both open "
     "(Being progressed / P).")
item("picture_1", ("picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", "Awaiting review"), [],
     "missing_from_force", "No force record on information management APP audits; no report "
     "'Building the picture' in the app at all.")
item("firearms_1", ("firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete"),
     [F("Within 3 months assess governance of firearms licensing against APP standards; put "
        "correct arrangements in place where not complied with", "C")],
     "in_sync", "HMIC_REF matches; both closed.")
item("firearms_2", ("firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed"),
     [F("Assess demand on FLD and ensure capacity to meet demand and provide efficient & "
        "effective service at all times", "SFC", sub="Y",
        note="Demand review completed, 3 additional FEOs in post from Jan 25. Evidence pack "
             "submitted to HMICFRS for closure 03/02/2025 - awaiting decision.")],
     "closeable_submit", "HMIC_REF matches. STATUS_CD SFC has no STATUS_DESC (code missing from "
     "the lookup) but CLOSURE_SUBMITTED=Y and the update says the evidence pack went to HMICFRS "
     "for closure: force done; HMICFRS still Being progressed.")
item("firearms_3", ("firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete"),
     [F("Immediately satisfy that all appropriate action being taken re 'total expired' "
        "licensing records", "C")],
     "in_sync", "HMIC_REF matches; both closed.")
item("firearms_4", ("firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed"),
     [F("Temporary permits - in accordance with HO guidance, recorded without delay on NFLMS, "
        "certificate holders not to remain in unlawful possession", "R", sub="Y",
        note="Submitted for closure Oct 23. HMICFRS declined closure 12/01/2024 - dip sample "
             "found permits not on NFLMS. Reopened.")],
     "in_sync", "HMIC_REF matches. R = 'Closure rejected - reopened': open, despite "
     "CLOSURE_SUBMITTED=Y left over from the earlier submission. Both open.")
item("firearms_5", ("firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Complete"),
     [F("Systems to identify prior to attendance whether incident involves firearm cert holder "
        "- always applied by dispatchers; officers understand risk assessment & power to seize",
        "H")],
     "closeable_local", "HMIC_REF matches; HMICFRS Complete, force H (On hold) is open: close "
     "locally.")
item("stolen_1", ("stolen", NAT, SF_LEADERSHIP, "Being progressed"),
     [F("Within 12 months review leadership & governance arrangements for MSHT to ensure:\n"
        "- senior leaders prioritise the response to MSHT;\n"
        "- every incident of MS identified to police allocated appropriate resources with "
        "skills, experience & capacity to investigate;\n"
        "- effective partnership arrangements to share information & safeguard victims",
        "P")],
     "conflict", "HMIC_REF matches, both open, but the force text lists three of the four "
     "bullets: the performance and quality assurance measures bullet is missing.")
item("stolen_2", ("stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed"),
     [F("Within 6 months, have in place active ISAs with other agencies to facilitate speedy "
        "exchange of intelligence, safeguard victims & identify suspects early", "C")],
     "closeable_submit", "HMIC_REF matches (the stray footnote '86' on the HMICFRS side is "
     "noise); HMICFRS open, force C: submit.")
item("stolen_3", ("stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete"),
     [F("Victims carrying out criminal acts under compulsion - early & continuing "
        "consideration of s45 defence", "C")],
     "in_sync", "HMIC_REF matches; both closed.")
item("stolen_4", ("stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Complete"),
     [F("Fully compliant with NRM process & duty to notify HO of adult victims of MSHT (MSA "
        "2015)", "P")],
     "closeable_local", "HMIC_REF matches; HMICFRS Complete, force P: close locally.")
item("stolen_5", ("stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed"),
     [F("Comply with NCRS for MSHT offences; sufficient audit capacity for FCR", "P")],
     "in_sync", "HMIC_REF matches; both open.")
item("stolen_6", ("stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Being progressed"),
     [F("MSHT allegations thoroughly investigated & supervised by teams with skills & "
        "experience (incl JITs / overseas evidence)", "SFC", sub="Y",
        note="Submitted for closure 20/02/2025.")],
     "closeable_submit", "HMIC_REF matches; SFC + CLOSURE_SUBMITTED=Y = submitted for closure "
     "(done); HMICFRS open.")
item("stolen_7", ("stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Awaiting review"), [],
     "missing_from_force", "No force record on preventative powers (STPOs/STROs) under the "
     "MSA 2015.")
item("efc17n_1", ("efc17n", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed"),
     [F("By September 2019, produce an ambitious plan to improve digitally-enabled services "
        "within the force", "P")],
     "conflict", "HMIC_REF matches, both open, but the deadline differs: force 'By September "
     "2019', HMICFRS 'By September 2018'.")
item("leg17n_coc", ("leg17n", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Superseded"),
     [F("Not able to demonstrate use of S&S powers consistently reasonable and fair - "
        "over-representation of BAME people in S&S data", "S", ty="COC")],
     "in_sync", "HMIC_REF matches; cause of concern on both sides; both closed (Superseded / "
     "S).")
item("leg17n_1", ("leg17n", NAT, SAS_MONITORING_2017, "Being progressed"),
     [F("By July 2018 regularly & frequently monitor comprehensive set of S&S data to "
        "understand: reasons for disproportionate representation of ethnic groups; extent find "
        "rates differ between ethnicities & search types (incl drug possession/supply); "
        "prevalence of possession-only drug searches", "P")],
     "in_sync", "HMIC_REF matches; all three bullets present; both open.")
item("leg17n_2", ("leg17n", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed"),
     [F("Where disparities identified, demonstrate to public research & analysis carried out "
        "and action taken to reduce disparity. Publish analysis & actions at least annually "
        "from July 2018.", "C", combined="leg17n_3")],
     "closeable_submit", "One force row holds two HMICFRS items (disparities + annual "
     "publication); its HMIC_REF names only this one. HMICFRS open, force C: submit.")
item("leg17n_3", ("leg17n", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed"),
     "combined", "closeable_submit", "Second item held in the combined force row (the "
     "'Publish analysis & actions at least annually from July 2018' sentence). HMICFRS open, "
     "force C: submit.")
item("leg17n_4", ("leg17n", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Complete"),
     [F("All officers who use S&S powers trained on unconscious bias & CoP APP on S&S", "C",
        ty="AFI")],
     "conflict", "HMIC_REF matches and both closed, but the force app types it AFI while "
     "HMICFRS holds a national recommendation: type disagrees.")
item("powers_1", ("powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Awaiting review"),
     [F("By July 2022 officers & staff to have effective communication skills in line with "
        "National Policing Guidelines on Conflict Management", "P")],
     "in_sync", "HMIC_REF matches; both open.")
item("powers_2", ("powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed"),
     [F("By July 2021 comms skills reinforced through CPD; supervisors debrief officers using "
        "BWV footage", "C")],
     "closeable_submit", "HMIC_REF matches; HMICFRS open, force C.")
item("powers_3", ("powers", NAT, BWV_2021, "Being progressed"),
     [F("By Sept 2021 officers to record on BWV the entirety of all S&S encounters incl traffic "
        "stops & use of force", "C"),
      F("Structured process for regularly reviewing & monitoring a sample of BWV footage - "
        "identify learning & hold officers to account", "C", ref=None, child=True),
      F("External scrutiny panel members given access to samples of BWV footage of S&S and "
        "use of force (CoP APP safeguards)", "C", ref=None, child=True)],
     "closeable_submit", "The force split this three-part recommendation into a parent record "
     "and two child records (PARENT_REC_ID). All three parts are C, so the item is done; "
     "HMICFRS open: submit. One truth line per force row.")
item("powers_4", ("powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "Awaiting review"),
     [F("HO & NPCC - quality of use of force data for S&S sufficient for publication", "X",
        note="Not for the force to deliver - HO/NPCC action. Closed locally, no further action.")],
     "closeable_submit", "HMIC_REF matches; force X (Closed - no further action: not the "
     "force's to deliver) counts as done; HMICFRS still Awaiting review: submit / ask HMICFRS "
     "to close.")
item("powers_5", ("powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed"),
     [F("Effective internal monitoring of use of force - identify & understand "
        "disproportionate use, explain reasons, improvement action", "N")],
     "in_sync", "HMIC_REF matches; force N (New - awaiting allocation) is open; HMICFRS open.")

# ---- force-level reports ----
item("eff16_coc", ("eff16", COC,
     "The force’s current approach to domestic abuse is unacceptable. The proportion of "
     "victims who fail to support the investigation and the low use of police powers of arrest "
     "and prosecution is a cause of concern to HMIC.", "Complete"),
     [F("Force's current approach to DA unacceptable - victims not supporting investigation, "
        "low use of arrest and prosecution", "C", ty="COC", ref=None)],
     "in_sync", "Domestic abuse cause of concern, same report (PEEL Eff 16), both closed.")
item("eff16_1", ("eff16", REC,
     "In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available "
     "powers.", "Complete"),
     [F("Consider ways of increasing use of arrest, ancillary orders and other powers (DA)",
        "C", ref=None)],
     "in_sync", "Same report (PEEL Eff 16) and ask; not the 2023/24 AFI on ancillary orders "
     "(different report, 'consistently uses'). Both closed.")
item("eff16_2", ("eff16", REC,
     "To improve the service provided to victims of domestic abuse the force should "
     "immediately take steps to understand and address the reason behind why such a high "
     "proportion of victims of domestic abuse do not support the police investigation.",
     "Being progressed"),
     [F("Understand & address why high proportion of DA victims do not support police "
        "investigation", "C")],
     "closeable_submit", "HMIC_REF matches; HMICFRS open, force C.")
item("eff16_3", ("eff16", REC,
     "In addition, the practice of conducting domestic abuse risk assessments over the "
     "telephone and dealing with domestic abuse in the resolution centre should cease",
     "Complete"),
     [F("Cease DA risk assessments over the telephone / DA in the resolution centre", "C")],
     "in_sync", "HMIC_REF matches; both closed. This row's REC_ID (the app's key) happens to "
     "equal the register reference of the 2013 APP stop and search item: REC_ID is not an "
     "HMICFRS reference and is ignored.")
item("eff16_4", ("eff16", AFI,
     "The force should take steps to ensure that there is effective supervision of the initial "
     "risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases. In cases where a DASH risk assessment is not completed "
     "the officer should record an assessment on the crime management system.", "Superseded"),
     [F("Effective supervison of initial risk assessment - DASH completion; where no DASH "
        "officer to record assessment on CMS", "P", ty="AFI")],
     "closeable_local", "HMIC_REF matches; HMICFRS Superseded (closed), force P: close "
     "locally.")
item("eff16_5", ("eff16", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Being progressed"),
     [F("Improve understanding of RUI suspects & management of those on bail", "P", ty="AFI")],
     "in_sync", "HMIC_REF matches; both open.")
item("cdi17_1", ("cdi17", REC, CDI_VICTIMS, "Being progressed"),
     [F("Within 6 months put in place arrangements so that at point of report victims are "
        "believed and call handler conversations summarised accurately in the incident log",
        "C"),
      F("Multiple crimes always recorded when described in incident records; stop awaiting "
        "medical exam / VRI results before crime-recording decisions", "C", ref=None,
        child=True),
      F("Online crime reports triaged at point of receipt for ongoing risk to victim/public",
        "P", ref=None, child=True)],
     "in_sync", "The five-bullet CDI recommendation is split into a parent and two child "
     "records. Parent and first child are C, but the online-triage child is still P, so the "
     "item is not done; HMICFRS Being progressed: both open. Same category on all three "
     "lines.")
item("cdi17_2", ("cdi17", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete"),
     [F("Within three months, provide call-handlers with specific, sound and comprehensible "
        "criteria against which they can assess threat, harm and risk.", "C")],
     "in_sync", "HMIC_REF matches, CDI 2017 report, 'Within three months'. Not the Core "
     "Business national item. Both closed.")
item("cdi17_3", ("cdi17", REC,
     "Within six months Staffordshire Police should revise its approach to cautions, cannabis "
     "warning and penalty notices for disorder to ensure that there is a clear and auditable "
     "explanation to the offender of the implications of receiving the warning and that, for "
     "victim-based crimes, there is a clear and auditable record that views of the victim are "
     "considered prior to their issue.", "Being progressed"),
     [F("Revise approach to cautions, cannabis warnings & PNDs - auditable explanation to "
        "offender; victim views recorded before issue", "P", ref="efc17_1")],
     "conflict", "Text and report (CDI 2017) plainly match this item, but the HMIC_REF typed "
     "in the app is the register reference of the PEEL Efficiency 2017 demand AFI (the next "
     "record keyed in): a reference disagreement. Both open.")
item("efc17_1", ("efc17", AFI,
     "The force should undertake further work to gain a fuller understanding of current "
     "demand for its services, and likely future changes in demand. This is so it can make "
     "best use of its resources by matching them to demand to meet the needs of the public.",
     "Being progressed"),
     [F("Fuller understanding of current & future demand so resources matched to demand",
        "P", ty="AFI", ref=None)],
     "in_sync", "HMIC_REF is empty here; matched by text and report (PEEL Efficiency 2017). "
     "Its register reference appears, wrongly, on the CDI cautions record. Both open.")
item("efc17_2", ("efc17", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "Complete"),
     [F("Develop understanding of links between outcomes, outputs & costs", "C", ty="AFI")],
     "in_sync", "HMIC_REF matches; both closed.")
item("efc17_3", ("efc17", AFI,
     "Staffordshire Police should develop a future workforce plan that is aligned with its "
     "overall demand and budget. The plan should include future resource allocations, the mix "
     "of skills required by the workforce and behaviours expected of them.",
     "Being progressed"),
     [F("Future workforce plan aligned with demand & budget (resource allocations, skills mix, "
        "behaviours)", "C", ty="AFI")],
     "closeable_submit", "HMIC_REF matches; HMICFRS open, force C. REC_ID equals the register "
     "reference of the 2013 stop and search monitoring item; ignored, it is the app's key.")
item("efc17_4", ("efc17", AFI,
     "The force should expand the skills project work to include an assessment of all skills, "
     "not only operational, including potential future skills requirements. This assessment "
     "should inform workforce plans.", "Being progressed"), [],
     "missing_from_force", "No force record on the skills project / skills assessment.")
item("leg17_coc", ("leg17", COC,
     "The size of the vetting backlog within Staffordshire Police is a cause of concern.",
     "Complete"),
     [F("Size of vetting backlog", "C", ty="COC")],
     "in_sync", "HMIC_REF matches; both closed.")
item("leg17_1", ("leg17", REC,
     "Within six months the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", "Being progressed"),
     [F("Within 12 months ensure all staff have at least lowest level of vetting clearance; "
        "clear backlog & renewals to comply with national vetting guidelines", "P")],
     "conflict", "HMIC_REF matches, both open, but the timescale differs: force 'Within 12 "
     "months', HMICFRS 'Within six months'.")
item("leg17_2", ("leg17", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", "Awaiting review"),
     [F("Confidential way for staff to raise concerns; staff aware of whistleblowing", "A",
        ty="AFI")],
     "in_sync", "HMIC_REF matches; both open.")
item("ncpi18_1", ("ncpi18", REC, MISSING_CHILDREN, "Being progressed"),
     [F("Review approach to missing children: call takers use missing/absent category "
        "appropriately; call takers & frontline staff know CSE risk factors; supervisors "
        "provide correct oversight of missing enquiries", "P")],
     "in_sync", "HMIC_REF matches; all three bullets present; both open.")
item("ncpi18_2", ("ncpi18", REC, DETENTION, "Being progressed"),
     [F("With children's social care review how we manage detention of children - detained "
        "only when necessary, early assessment of need for alternative accomodation, custody "
        "records of actions/decisions, timely appropriate adult support", "C")],
     "closeable_submit", "HMIC_REF matches; four bullets present; HMICFRS open, force C.")
item("ncpi18_3", ("ncpi18", REC,
     "Immediately, the force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently "
     "good service.", "Complete"),
     [F("Improve supervision of investigations - plans set, reviewed & recorded", "P")],
     "closeable_local", "HMIC_REF matches (NCPI 2018); HMICFRS Complete, force P. Not the "
     "2023/24 supervision recommendation.")
item("cust20_1", ("cust20", REC,
     "By February 2021, the force should make sure all processes in place to support "
     "performance management are effective.", "Awaiting review"), [],
     "missing_from_force", "No force record on custody performance-management processes.")
item("cust20_2", ("cust20", REC,
     "Not later than March 2021 the force should make sure there are appropriate strategic "
     "oversight arrangements in place to manage risks, performance and improvement plans "
     "effectively.", "Being progressed"),
     [F("Appropriate strategic oversight arrangements to manage risks, performance & "
        "improvement plans", "P", rpt="peel21")],
     "conflict", "HMIC_REF matches and text matches, both open, but the force filed it under "
     "PEEL 2021/22 while HMICFRS holds it under the 2020 custody report: report disagrees.")
item("peel21_1", ("peel21", AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", "Being progressed"),
     [F("Improve understanding of nature & scale of county lines", "P", ty="AFI")],
     "in_sync", "HMIC_REF matches; both open.")
item("peel21_2", ("peel21", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed"),
     [F("Stalking & harassment victims kept informed of progress (VCOP)", "SFC", ty="AFI",
        sub="Y", note="VCOP compliance 94% (Q3). Submitted for closure 27/02/2025.")],
     "closeable_submit", "HMIC_REF matches; SFC + CLOSURE_SUBMITTED=Y: done; HMICFRS open.")
item("peel21_3", ("peel21", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Being progressed"),
     [F("RASSO investigations allocated to officers with right skills & effectively "
        "supervised", "P", ty="AFI")],
     "in_sync", "HMIC_REF matches; both open.")
item("peel21_4", ("peel21", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", "Being progressed"),
     [F("Sufficient resources in control room to fulfil resourcing model & meet demand, "
        "incl wellbeing", "C", ty="AFI")],
     "closeable_submit", "HMIC_REF matches; HMICFRS open, force C.")
item("peel21_5", ("peel21", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "No further action required"),
     [F("Improve ability to retrieve digital evidence from phones/computers quickly", "P",
        ty="AFI")],
     "closeable_local", "HMIC_REF matches; HMICFRS No further action required (closed), force "
     "P: close locally.")
item("peel21_6", ("peel21", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Being progressed"),
     [F("Review how we gather & use E&D data - workforce demographics", "H", ty="AFI")],
     "in_sync", "HMIC_REF matches; H (On hold) is open; HMICFRS open.")
item("peel23_coc", ("peel23", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.", "Awaiting review"),
     [F("No capacity/capability to investigate crime effectively - failings in the way crimes "
        "investigated", "P", ty="COC")],
     "in_sync", "HMIC_REF matches; both open.")
item("peel23_1", ("peel23", REC,
     "Within six months the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.",
     "Awaiting review"),
     [F("Within 6 months regular & active supervision of quality & progress of "
        "investigations, properly recorded", "P")],
     "in_sync", "HMIC_REF matches; 2023/24 supervision recommendation (not the NCPI 2018 "
     "one); both open.")
item("peel23_2", ("peel23", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", "Awaiting review"), [],
     "missing_from_force", "No force record on a VAWG performance framework.")
item("peel23_3", ("peel23", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", "Awaiting review"),
     [F("Timeliness of response to calls involving vulnerable adults", "N", ty="AFI")],
     "in_sync", "HMIC_REF matches; N is open; both open.")
item("peel23_4", ("peel23", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of domestic abuse.", "Awaiting review"),
     [F("Consistently use ancillary orders & other powers to protect DA victims", "N",
        ty="AFI")],
     "in_sync", "HMIC_REF matches (2023/24); not the 2016 arrest/ancillary orders "
     "recommendation; both open.")
item("peel23_5", ("peel23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", "Awaiting review"), [],
     "missing_from_force", "No force record on SOC intelligence.")

# ---- force-only records ----
item("local_1", None,
     [F("Dip-sample 50 domestic abuse crime reports each quarter and report findings to the "
        "Crime Standards Board", "P", ty="LOC", ref=None, rpt=20)],
     "not_on_hmicfrs_list", "Force's own action (ITEM_TYPE LOC, report 'Force Improvement "
     "Plan'); no HMICFRS item.")
item("local_2", None,
     [F("Internal audit of the firearms licensing governance arrangements (audit plan "
        "2023/24)", "C", ty="LOC", ref=None, rpt=21)],
     "not_on_hmicfrs_list", "Internal audit action, not an HMICFRS item.")
item("local_3", None,
     [F("Make sure we provide accessible information for all staff & public on how to raise "
        "concerns and access confidential support (incl external agencies)", "P", ty="AFI",
        ref=None, rpt="leg17")],
     "not_on_hmicfrs_list", "Typed AFI under PEEL Legitimacy 2017 but no HMICFRS item on the "
     "list asks for accessible information on raising concerns (the whistleblowing AFI asks "
     "for a confidential route and awareness; that one has its own record). Query with "
     "HMICFRS.")

# --------------------------------------------------------------------------------------------
# Build the HMICFRS side.
# --------------------------------------------------------------------------------------------
TYPE_CD = {NAT: "NREC", REC: "REC", AFI: "AFI", COC: "COC"}
hm_items = [it for it in ITEMS if it["h"]]
hm_items.sort(key=lambda it: (REPORTS[it["h"][0]][1], REPORTS[it["h"][0]][0]))
ref = 1016
for it in hm_items:
    ref += rng.randint(2, 29)
    it["ref"] = str(ref)
REF = {it["key"]: it["ref"] for it in hm_items}

HM_TITLE_ROWS = 3  # title, subtitle, blank; header on row 4
HM_HEADER_ROW = 4
hm_rows = []
r = HM_HEADER_ROW
for it in hm_items:
    r += 1
    it["hm_row"] = f"Recommendations!{r}"
    rk, ty, text, status = it["h"]
    title, pub = REPORTS[rk][0], REPORTS[rk][1]
    sdate = max(pub + dt.timedelta(days=40), dt.date(2017, 11, 30)) if status != "Awaiting review" \
        else pub + dt.timedelta(days=14)
    sdate = sdate + dt.timedelta(days=rng.randint(0, 400))
    if sdate > dt.date(2025, 3, 10):
        sdate = dt.date(2025, 3, 10) - dt.timedelta(days=rng.randint(1, 60))
    hm_rows.append([it["ref"], title, pub, ty, text, status, sdate])

# --------------------------------------------------------------------------------------------
# Build the force side (query result rows).
# --------------------------------------------------------------------------------------------
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def ora_date(d):
    return None if d is None else f"{d.day:02d}-{MON[d.month - 1]}-{d.year % 100:02d}"


def ora_ts(t):
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return (f"{t.day:02d}-{MON[t.month - 1]}-{t.year % 100:02d} {h12:02d}.{t.minute:02d}."
            f"{t.second:02d}.{t.microsecond:06d}000 {ampm}")


force_rows = []  # dicts with the DB columns + truth linkage
rec_id = 1000
for it in ITEMS:
    if it["f"] in ([], "combined"):
        continue
    parent_id = None
    for k, fr in enumerate(it["f"]):
        rec_id += 1
        rid = rec_id
        if it["h"]:
            rk = fr.get("rpt") or it["h"][0]
            ty = fr["ty"] or TYPE_CD[it["h"][1]]
            pub = REPORTS[it["h"][0]][1]
        else:
            rk = fr.get("rpt")
            ty = fr["ty"]
            pub = dt.date(2023, 6, 1) if rk in (20, 21) else REPORTS[rk][1]
        if isinstance(rk, int):
            rpt_id, rpt_name, rpt_pub = rk, LOCAL_RPTS[rk][0], None
        else:
            rpt_id, rpt_name, rpt_pub = REPORTS[rk][2], REPORTS[rk][3], REPORTS[rk][1]
        if fr["ref"] == "same":
            href = it["ref"]
        elif fr["ref"] is None:
            href = None
        else:
            href = REF[fr["ref"]]
        st = fr["st"]
        owner = OWNERS[rng.randrange(len(OWNERS))]
        target = pub + dt.timedelta(days=rng.choice([90, 182, 365, 548]))
        entered = max(pub + dt.timedelta(days=rng.randint(20, 120)), dt.date(2016, 4, 1))
        upd = dt.datetime.combine(
            min(entered + dt.timedelta(days=rng.randint(30, 2000)), dt.date(2025, 3, 12)),
            dt.time(rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59)))
        if "note" in fr:
            note = fr["note"]
        elif st in DONE:
            note = rng.choice(PROGRESS_DONE)
        else:
            note = rng.choice(PROGRESS_OPEN)
        if rng.random() < 0.35:
            note = f"{upd.day:02d}/{upd.month:02d}/{upd.year} - " + note
        sub = fr.get("sub")
        if sub is None:
            if pub < dt.date(2016, 1, 1) and rng.random() < 0.6:
                sub = None  # column added in 2016 release; older records never set it
            else:
                sub = "Y" if (st in DONE and rng.random() < 0.7) else "N"
        closed_dt = upd.date() if st in ("C", "X", "S") else None
        row = dict(REC_ID=rid, HMIC_REF=href, RPT_ID=rpt_id, RPT_TITLE=rpt_name,
                   RPT_PUB_DT=ora_date(rpt_pub), ITEM_TYPE=ty, REC_TEXT=fr["t"],
                   OWNER_ID=owner[0], OWNER_NAME=owner[1], STATUS_CD=st,
                   STATUS_DESC=STATUS_DESC[st], TARGET_DT=ora_date(target),
                   CLOSURE_SUBMITTED=sub, CLOSED_DT=ora_date(closed_dt),
                   PARENT_REC_ID=parent_id if fr.get("child") else None,
                   LAST_UPDATE=note, UPDATED_TS=ora_ts(upd))
        if k == 0:
            parent_id = rid
        row["_item"] = it
        row["_combined"] = fr.get("combined")
        force_rows.append(row)

# Non-item records returned by the query.
test_row = dict(REC_ID=1000, HMIC_REF=None, RPT_ID=99, RPT_TITLE="ZZ TEST", RPT_PUB_DT=None,
                ITEM_TYPE="REC", REC_TEXT="TEST RECORD - IT - please ignore", OWNER_ID=4199,
                OWNER_NAME="TURNER, Jo (Head of Corp Dev)", STATUS_CD="N",
                STATUS_DESC=STATUS_DESC["N"], TARGET_DT=None, CLOSURE_SUBMITTED="N",
                CLOSED_DT=None, PARENT_REC_ID=None, LAST_UPDATE="test",
                UPDATED_TS=ora_ts(dt.datetime(2016, 4, 4, 11, 2, 51)), _item=None,
                _combined=None)
blank_row = dict(REC_ID=rec_id + 1, HMIC_REF=None, RPT_ID=None, RPT_TITLE=None,
                 RPT_PUB_DT=None, ITEM_TYPE=None, REC_TEXT=None, OWNER_ID=None,
                 OWNER_NAME=None, STATUS_CD="N", STATUS_DESC=STATUS_DESC["N"], TARGET_DT=None,
                 CLOSURE_SUBMITTED="N", CLOSED_DT=None, PARENT_REC_ID=None, LAST_UPDATE=None,
                 UPDATED_TS=ora_ts(dt.datetime(2024, 11, 19, 15, 40, 7)), _item=None,
                 _combined=None)
force_rows += [test_row, blank_row]
# ORDER BY r.rpt_id NULLS LAST, NVL(r.parent_rec_id, r.rec_id), r.rec_id
force_rows.sort(key=lambda x: (x["RPT_ID"] is None, x["RPT_ID"] or 0,
                               x["PARENT_REC_ID"] or x["REC_ID"], x["REC_ID"]))

COLS = ["REC_ID", "HMIC_REF", "RPT_ID", "RPT_TITLE", "RPT_PUB_DT", "ITEM_TYPE", "REC_TEXT",
        "OWNER_ID", "OWNER_NAME", "STATUS_CD", "STATUS_DESC", "TARGET_DT", "CLOSURE_SUBMITTED",
        "CLOSED_DT", "PARENT_REC_ID", "LAST_UPDATE", "UPDATED_TS"]
for i, row in enumerate(force_rows):
    row["_xl"] = f"Export Worksheet!{i + 2}"

QUERY = """SELECT r.rec_id,
       r.hmic_ref,
       r.rpt_id,
       p.rpt_title,
       p.rpt_pub_dt,
       r.item_type,
       r.rec_text,
       r.owner_id,
       u.display_name AS owner_name,
       r.status_cd,
       s.status_desc,
       r.target_dt,
       r.closure_submitted,
       r.closed_dt,
       r.parent_rec_id,
       r.last_update,
       r.updated_ts
  FROM hmic_app.rec r
  LEFT JOIN hmic_app.report p ON p.rpt_id = r.rpt_id
  LEFT JOIN hmic_app.app_user u ON u.user_id = r.owner_id AND u.end_dt IS NULL
  LEFT JOIN hmic_app.ref_rec_status s ON s.status_cd = r.status_cd
 WHERE r.force_cd = 'STF'
 ORDER BY r.rpt_id NULLS LAST, NVL(r.parent_rec_id, r.rec_id), r.rec_id"""

# --------------------------------------------------------------------------------------------
# Write.
# --------------------------------------------------------------------------------------------
OUT.mkdir(parents=True, exist_ok=True)
for p in OUT.iterdir():
    p.unlink()

props = {"created": FIXED, "author": "", "company": ""}

wb = xlsxwriter.Workbook(str(OUT / "hmicfrs.xlsx"), {"strings_to_numbers": False})
wb.set_properties({**props, "title": "HMICFRS recommendations register extract",
                   "author": "HMICFRS"})
ws = wb.add_worksheet("Recommendations")
bold = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
title_f = wb.add_format({"bold": True, "font_size": 14})
wrap = wb.add_format({"text_wrap": True, "valign": "top"})
datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
top = wb.add_format({"valign": "top"})
ws.write(0, 0, f"HMICFRS recommendations register – {FORCE}", title_f)
ws.write(1, 0, "Definitive list of recommendations, areas for improvement and causes of concern "
               "held against the force. Extracted 14/03/2025.")
HM_HEAD = ["Recommendation ID", "Report title", "Publication date", "Type", "Recommendation",
           "Status", "Status date"]
ws.write_row(HM_HEADER_ROW - 1, 0, HM_HEAD, bold)
for i, row in enumerate(hm_rows):
    rr = HM_HEADER_ROW + i
    ws.write_string(rr, 0, row[0], top)
    ws.write_string(rr, 1, row[1], wrap)
    ws.write_datetime(rr, 2, dt.datetime.combine(row[2], dt.time()), datef)
    ws.write_string(rr, 3, row[3], top)
    ws.write_string(rr, 4, row[4], wrap)
    ws.write_string(rr, 5, row[5], top)
    ws.write_datetime(rr, 6, dt.datetime.combine(row[6], dt.time()), datef)
ws.set_column(0, 0, 14)
ws.set_column(1, 1, 40)
ws.set_column(2, 3, 16)
ws.set_column(4, 4, 90)
ws.set_column(5, 6, 16)
ws.autofilter(HM_HEADER_ROW - 1, 0, HM_HEADER_ROW - 1 + len(hm_rows), len(HM_HEAD) - 1)
ws.freeze_panes(HM_HEADER_ROW, 0)
wb.close()

# Oracle SQL Developer xlsx export: plain header row, no styling, NULL -> empty cell,
# NUMBER -> numeric cell, VARCHAR2/CLOB/DATE/TIMESTAMP -> string in NLS format.
wb = xlsxwriter.Workbook(str(OUT / "tracker.xlsx"), {"strings_to_numbers": False})
wb.set_properties(props)
ws = wb.add_worksheet("Export Worksheet")
ws.write_row(0, 0, COLS)
NUMERIC = {"REC_ID", "RPT_ID", "OWNER_ID", "PARENT_REC_ID"}
for i, row in enumerate(force_rows):
    for j, c in enumerate(COLS):
        v = row[c]
        if v is None:
            continue
        if c in NUMERIC:
            ws.write_number(i + 1, j, v)
        else:
            ws.write_string(i + 1, j, v)
ws2 = wb.add_worksheet("SQL")
ws2.write_string(0, 0, QUERY)
wb.close()

# --------------------------------------------------------------------------------------------
# Truth.
# --------------------------------------------------------------------------------------------
truth = []
by_item = {}
for row in force_rows:
    if row["_item"] is not None:
        by_item.setdefault(row["_item"]["key"], []).append(row)
key2item = {it["key"]: it for it in ITEMS}
for it in ITEMS:
    hm = it.get("hm_row", "")
    if it["f"] == "combined":
        host = next(r for r in force_rows if r["_combined"] == it["key"])
        truth.append((hm, host["_xl"], it["cat"], it["why"]))
        continue
    rows = by_item.get(it["key"], [])
    if not rows:
        truth.append((hm, "", it["cat"], it["why"]))
    for row in rows:
        truth.append((hm, row["_xl"], it["cat"], it["why"]))


def sort_key(t):
    h = int(t[0].split("!")[1]) if t[0] else 10_000
    f = int(t[1].split("!")[1]) if t[1] else 10_000
    return (h, f)


truth.sort(key=sort_key)
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

# Facts for the README (printed so the author can check them).
if __name__ == "__main__":
    from collections import Counter
    print("hmicfrs items", len(hm_rows), "force data rows", len(force_rows), "truth", len(truth))
    print(Counter(t[2] for t in truth))
    hm_refs = {it["ref"]: it["key"] for it in hm_items}
    for row in force_rows:
        if str(row["REC_ID"]) in hm_refs:
            print("REC_ID equals an HMICFRS ref:", row["REC_ID"], row["_xl"],
                  "->", hm_refs[str(row["REC_ID"])],
                  "row item", row["_item"]["key"] if row["_item"] else None)
    for row in force_rows:
        print(row["_xl"], row["REC_ID"], row["HMIC_REF"], row["RPT_TITLE"], row["STATUS_CD"],
              row["PARENT_REC_ID"], (row["_item"] or {}).get("key"))
    for it in hm_items:
        print(it["hm_row"], it["ref"], it["key"], it["h"][3])

# --------------------------------------------------------------------------------------------
# README (written by the builder so the folder rebuilds whole).
# --------------------------------------------------------------------------------------------
from collections import Counter as _C  # noqa: E402

_counts = _C(t[2] for t in truth)
_order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
          "not_on_hmicfrs_list", "review"]
README = f"""# Case `oracle_sqldev_xlsx_export`

## Story

{FORCE} keeps its HMICFRS recommendations in an in-house application ("HMIC Recommendations
Tracker", an Oracle schema `HMIC_APP` with a small web front end written by force IT in 2016).
The application has no export button. Before the Joint Audit Committee the analyst asked IT for
"everything we hold against HMICFRS"; a developer ran the application's own list query in
**Oracle SQL Developer** and used *Export > Format: excel 2003+ (xlsx)* with the *Query* box
ticked. That is the force file: column aliases in Oracle upper case as headers, NULLs as empty
cells, DATE and TIMESTAMP columns written as text in the session NLS formats
(`DD-MON-RR`, `DD-MON-RR HH.MI.SSXFF AM`), NUMBER columns as numbers, a second sheet `SQL`
holding the query. Lookups were resolved by the query's outer joins where a row existed, and
left NULL where not. The HMICFRS side is the ordinary register extract for the force
("definitive list", issued 14/03/2025).

## Files

- `hmicfrs.xlsx`, sheet `Recommendations`: row 1 title, row 2 subtitle, row 3 blank, **row 4
  header** (`Recommendation ID`, `Report title`, `Publication date`, `Type`, `Recommendation`,
  `Status`, `Status date`), **items rows 5-73** (69 items). IDs are register integers stored as
  text (1038-2194). Dates are real Excel dates (dd/mm/yyyy). Types: National recommendation,
  Recommendation, Area for improvement, Cause of concern. Statuses: Awaiting review, Being
  progressed (open); Complete, Superseded, No further action required (closed).
- `tracker.xlsx`, sheet `Export Worksheet`: **row 1 header**, data rows 2-71 (70 records, 68
  items + 2 non-items). No styling, no title rows. Sheet `SQL`: cell A1 holds the SELECT (not
  data). Columns:
  `REC_ID` (NUMBER, the application's primary key, 1000-1069 - NOT an HMICFRS reference),
  `HMIC_REF` (VARCHAR2, the register reference as keyed by staff; text; NULL on older records),
  `RPT_ID` (NUMBER, FK), `RPT_TITLE` (the force's own short report name), `RPT_PUB_DT`
  (text `02-MAR-17`), `ITEM_TYPE` (codes NREC / REC / AFI / COC / LOC), `REC_TEXT` (the force's
  wording: abridged, abbreviated - S&S, MSHT, DA, CoP, APP, ISAs, BWV, RUI - misspelt,
  sometimes with its own line breaks), `OWNER_ID` (NUMBER), `OWNER_NAME` (NULL where the user
  account is end-dated: ids 3977 and 3981), `STATUS_CD`, `STATUS_DESC` (lookup, NULL for code
  SFC), `TARGET_DT`, `CLOSURE_SUBMITTED` (CHAR(1) Y/N; NULL on many pre-2016 records - the
  column was added later), `CLOSED_DT`, `PARENT_REC_ID` (set on child action records),
  `LAST_UPDATE` (CLOB progress note), `UPDATED_TS` (text `10-FEB-19 05.41.02.000000000 PM`).
  Rows follow the query's `ORDER BY r.rpt_id NULLS LAST, NVL(r.parent_rec_id, r.rec_id),
  r.rec_id`, i.e. by the application's report id, not by publication date.
- `truth.csv`: one line per reconciliation item, UTF-8.

## Status codes (how the truth reads them)

From `REF_REC_STATUS` as joined: N "New - awaiting allocation", A "Allocated", P "In progress",
H "On hold", R "Closure rejected - reopened" are **open**; C "Complete", X "Closed - no further
action" (including "not for the force to deliver"), S "Superseded" are **done**. `SFC` has no
description (the code was added to the app without a lookup row); every SFC record has
`CLOSURE_SUBMITTED = Y` and a note saying the evidence went to HMICFRS for closure, so SFC =
submitted for closure = **done**. `CLOSURE_SUBMITTED` alone never decides: on R it is a stale Y.

## What the layout brings (force rows)

- Export Worksheet!2-71: database column names as headers, no report headings, no RAG.
- REC_ID vs HMIC_REF: REC_ID sits in the first column and runs in the same number range as
  register references. Export Worksheet!21 (REC_ID 1038) and !31 (REC_ID 1048) carry REC_IDs
  equal to the register references of Recommendations!5 and !6 (2013 stop and search items),
  which they are not. Only HMIC_REF is a reference.
- HMIC_REF NULL on 18 of the 68 item records (older national items and some PEEL Eff 16 / Efficiency 2017
  items, split children, local actions): matched by report and text.
- HMIC_REF wrong: Export Worksheet!28 (CDI cautions) holds the reference of Recommendations!39
  (PEEL Efficiency 2017 demand AFI); that AFI's own record, !29, has HMIC_REF NULL.
- Split records via PARENT_REC_ID: !24-26 (CDI 2017 five-bullet recommendation; parent and
  first child C, second child P), !52-54 (BWV three-part recommendation; all C).
- One record holds two items: !45 (disparities + annual publication, leg17 national).
- Dates as text in Oracle format, two-digit years (`27-MAR-14`), timestamps with nine-digit
  fractions and AM/PM.
- Unresolved lookups: STATUS_DESC NULL for SFC (!14, !37, !59); OWNER_NAME NULL for leavers.
- Type codes rather than words (NREC/REC/AFI/COC/LOC).
- Report filed under a different report: !57 (custody 2020 item under "PEEL 2021/22").
- Rows not items: !70 (REC_ID 1000, "TEST RECORD - IT - please ignore", report "ZZ TEST"),
  !71 (REC_ID 1069, every field NULL except id, status N and timestamp: an abandoned "New"
  form). Also row 1 (header) and the whole `SQL` sheet.

## Traps and how the truth decides

- Near-twin national texts: Recommendations!7 (2013, "elected local policing bodies") vs !16
  (2015, "police and crime commissioners"); force !8 and !12 follow the wording and report.
- Same ask, different report: Core Business national call-handler criteria (!13 ↔ force !9,
  abridged "NLT 31/03/15 - THR criteria") vs CDI 2017 "Within three months" (!30 ↔ force !27).
- Supervision of investigations: NCPI 2018 (!54 ↔ !49, closeable_local) vs PEEL 2023/24 (!69 ↔
  !65, in_sync). Ancillary orders: PEEL Eff 16 (!24 ↔ !19) vs 2023/24 AFI (!72 ↔ !67).
- Split item done only when every part is: CDI (!29 ↔ !24-26) is open (in_sync), BWV (!59 ↔
  !52-54) done (closeable_submit); all lines of a split share the item's category.
- Combined record !45 gives two truth lines (Recommendations!49 and !50), both closeable_submit.
- Conflicts (Recommendations row ↔ Export Worksheet row): !10↔!4 figure ("less than 20%" vs 10%); !32↔!32 missing fourth bullet (QA
  measures); !43↔!38 deadline (Sept 2019 vs 2018); !45↔!40 timescale (12 vs six months); !51↔!46
  type (AFI vs national recommendation); !31↔!28 reference (HMIC_REF of another item);
  !56↔!57 report (filed under PEEL 2021/22).
- R with CLOSURE_SUBMITTED=Y (!16) is open: in_sync with Being progressed.
- X "not for force to deliver" (!55, Home Office/NPCC item) is done: closeable_submit.
- Stray footnote "86" (!33) and "and 20" (!8) on the HMICFRS side are noise.
- Local records: !68 (LOC, Force Improvement Plan), !69 (LOC, Internal Audit), !42 (typed AFI
  under PEEL Legitimacy 2017, accessible information on raising concerns - no such item on the
  list; the whistleblowing AFI Recommendations!46 has its own record !41): not_on_hmicfrs_list.
- One missing item is closed at HMICFRS (!11, austerity): still missing_from_force.
- No `review` lines: every pair is decidable from report + wording + HMIC_REF.

## Counts (truth lines: {len(truth)})

""" + "\n".join(f"- {k}: {_counts.get(k, 0)}" for k in _order) + f"""

HMICFRS items 69 (all appear); force item records 68 (all appear; !45 twice).

## Rows that are not items

- hmicfrs.xlsx Recommendations!1 (title), !2 (subtitle/extract note), !3 (blank), !4 (header).
- tracker.xlsx Export Worksheet!1 (header); !70 test record; !71 empty abandoned record; sheet
  `SQL` (the query text, not data).

## Checks run

- Every HMICFRS row 5-73 appears in truth at least once; every force item row 2-69 appears
  (row 45 twice, splits once each); rows 70-71 absent on purpose.
- Both workbooks read back with pandas (`header=3` / `header=0`) and openpyxl (sheet names,
  header cells, HMIC_REF stored as text, REC_ID as number).
- Two builds compared by sha256: identical (fixed seed, fixed created date, XlsxWriter's fixed
  zip timestamps, no clock).
"""
(OUT / "README.md").write_text(README, encoding="utf-8")
