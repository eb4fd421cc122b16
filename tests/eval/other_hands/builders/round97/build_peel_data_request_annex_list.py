"""Build case peel_data_request_annex_list: the HMICFRS definitive list as it reaches the force
inside a PEEL pre-inspection document-and-data-request workbook (Annex C), and a plain force
tracker. Deterministic: no clock, fixed document properties, fixed zip timestamps."""
import csv, datetime as dt, io, os, re, zipfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "peel_data_request_annex_list"
OUT = os.path.join(HERE, CASE)
FORCE = "Staffordshire Police"

AR, BP, C, S, N = ("1 - Awaiting review", "2 - Being progressed", "3 - Complete",
                   "4 - Superseded", "5 - No further action required")
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# ---------------------------------------------------------------- reports
REP = {
 "F1": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Eff 16"),
 "F2": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 2017"),
 "F3": ("National child protection inspection 2018", dt.date(2018, 6, 19), "NCPI 2018"),
 "F4": ("Crime data integrity inspection 2019", dt.date(2019, 9, 12), "CDI 2019"),
 "F5": ("Report on an unannounced inspection visit to police custody suites 2020", dt.date(2020, 8, 25), "Custody inspection 2020"),
 "F6": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 10), "PEEL 21-22"),
 "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9), "Stop and Search 2013"),
 "everyone": ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
 "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22), "Policing in Austerity 2014"),
 "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4), "Core Business 2014"),
 "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30), "Integrity Matters 2015"),
 "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24), "Stop & search powers 2"),
 "picture": ("Building the picture: an inspection of police information management", dt.date(2015, 7, 1), "Building the Picture 2015"),
 "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15), "Firearms licensing 2015"),
 "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
 "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9), "PEEL Efficiency 17 (all forces)"),
 "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12), "PEEL Legit 17 S&S"),
 "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
}

MISSING_KIDS_COC = ("The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
DASH_COC = ("The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
CDI = ("Within six months the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.")
CUSTODY_KIDS = ("Within twelve months, the force should in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested.")
SF_LEADERSHIP = ("Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
SAS_MON = ("By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
BWV = ("By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
EVERYONE = ("By September 2014, every police force in England and Wales should establish and publish "
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

# Force row: (report_name, type, text, lead, rag, update, submitted, ref_shown)
# ref_shown: True -> numeric part of the Monitoring ID; False -> blank; str -> as given
def F(text, rag, lead=None, upd=None, sub=None, ref=True, typ=None, rep=None):
    return dict(text=text, rag=rag, lead=lead, upd=upd, sub=sub, ref=ref, typ=typ, rep=rep)

# items: id, report, type, text, hstatus, status date, HMICFRS comment, force position (pre-filled col J),
#        force rows (list; [] = missing), category, why
ITEMS = []
def item(mid, rep, typ, text, hs, sdate, force, cat, why, comment=None, fpos=None):
    ITEMS.append(dict(mid=mid, rep=rep, typ=typ, text=text, hs=hs, sdate=sdate, force=force,
                      cat=cat, why=why, comment=comment, fpos=fpos))

D = dt.date
# ---------------- Section A: force-specific
item(6112, "F1", COC, MISSING_KIDS_COC, BP, D(2017, 3, 2),
     [F("CoC – response to missing & absent children. Risk for children missing from home assessed inappropriately; some 'absent' should have been 'missing', risk graded too low.", "AMBER", "Ch Supt Public Protection", "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.")],
     "in_sync", "Same cause of concern (missing/absent children, risk graded too low), ref 6112 on both; HMICFRS Being progressed, force AMBER: open on both.")
item(6113, "F1", REC, "To address this cause of concern, HMIC recommends the force should immediately review its approach to reports of missing children and take steps to ensure that:\n"
     "• call takers understand and use the missing and absent category appropriately;\n"
     "• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and\n"
     "• supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action.", BP, D(2019, 6, 4),
     [F("Review approach to missing children reports – call takers use missing/absent category correctly; call takers & frontline staff know CSE risk factors; supervisors give correct oversight of missing person enquiries", "GREEN", "Ch Supt Public Protection", "Completed. Evidence submitted to HMICFRS for closure.", D(2024, 11, 28))],
     "closeable_submit", "Same recommendation, all three bullets present in the force's shortened wording, ref 6113 on both; HMICFRS Being progressed, force GREEN with evidence submitted: force done, HMICFRS open.",
     fpos="Submitted for closure Nov 2024")
item(6114, "F1", COC, DASH_COC, C, D(2019, 6, 4),
     [F("CoC: DA response – DASH discretion policy doesn't give confidence risk always assessed; officers not consistently completing DASH", "GREEN", "Ch Supt Public Protection", "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.")],
     "in_sync", "Same DASH cause of concern, ref 6114; HMICFRS Complete, force GREEN: closed/done on both.",
     comment="This recommendation is complete")
item(6115, "F1", REC, "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.", C, D(2019, 6, 4),
     [F("Effective supervison of initial risk assessment – completion of DASH in appropiate cases", "AMBER", "Ch Supt Public Protection", "Work undertaken in area but still requires development to complete.")],
     "closeable_local", "Same recommendation (DASH supervision; force text misspelt), ref 6115; HMICFRS Complete, force still AMBER: close the force's own entry.",
     comment="Authorised for closure on the basis of the additional observations offered by members of the inspection team in recent inspection activity.")
item(7730, "F2", AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public.", S, D(2019, 3, 1),
     [F("Fuller understanding of current & likely future demand so resources matched to demand", "AMBER", "Head of Corporate Development", "Force Management Statement work ongoing.")],
     "closeable_local", "Same AFI (demand understanding), ref 7730; HMICFRS Superseded (subsequently inspected), force AMBER: close locally.",
     comment="This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. Where a concern still exists this will appear against these subsequent inspections.")
item(7731, "F2", AFI, "The force should develop its understanding of the links between its outcomes, outputs and costs.", BP, D(2018, 2, 14),
     [F("Develop understanding of links between outcomes, outputs and costs", "GREEN", "Director of Finance", "Ready to move to GREEN status. Activity-based costing model signed off Mar 2024.")],
     "closeable_submit", "Same AFI, near-identical wording, ref 7731; HMICFRS Being progressed, force GREEN: submit for closure.")
item(7732, "F2", AFI, "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", BP, D(2018, 2, 14),
     [F("Future workforce plan aligned to demand & budget (resource allocations, skills mix, behaviours)", "AMBER", "Director of People", "Strategic Workforce Plan 2025-28 in draft.")],
     "in_sync", "Same AFI, ref 7732; open on both (Being progressed / AMBER).",
     fpos="Complete")
item(7733, "F2", AFI, "The force should improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.", AR, D(2018, 2, 14),
     [], "missing_from_force", "No tracker row talks about public consultation on business planning or feeding back changes; nothing carries ref 7733. On the list only.")
item(8548, "F3", REC, "Within six months Staffordshire Police should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.", C, D(2020, 1, 20),
     [F("Within 6 months improve supervision of investigations – plans set, reviewed & recorded, consistent service to victims", "GREEN", "Det Ch Supt Force CID", "Completed. Evidence submitted to HMICFRS for closure.", D(2019, 10, 3))],
     "in_sync", "Same recommendation, ref 8548; HMICFRS Complete, force GREEN: closed/done on both.",
     comment="The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated.")
item(8549, "F3", REC, "Immediately, the force should ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded.", BP, D(2018, 6, 19),
     [F("Within 6 months ensure regular & active supervision of quality and progress of investigations. Supervision to be properly recorded.", "AMBER", "Det Ch Supt Force CID", "Supervisory review template on Niche being rolled out.")],
     "conflict", "Same recommendation, ref 8549, both open; but the timescale differs: HMICFRS says 'Immediately', the tracker says 'Within 6 months'. Timescale conflict.",
     fpos="Complete")
item(8550, "F3", REC, "Within six months the force should take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.", N, D(2021, 9, 30),
     [F("Understand & address why high proportion of DA victims do not support police investigation", "GREEN", "Ch Supt Public Protection", "Victim attrition review completed 2021.")],
     "in_sync", "Same recommendation, ref 8550; HMICFRS No further action required (closed), force GREEN (done): agree.")
item(9902, "F4", REC, CDI, BP, D(2019, 9, 12),
     [F("Victims believed at point of report", "GREEN", "Force Crime Registrar", "Completed.", D(2024, 6, 30), ref="9902"),
      F("Call handler/caller conversations summarised accurately in incident log", "GREEN", "Supt Contact Centre", "Completed. QA dip sample 96%.", D(2024, 6, 30), ref="9902"),
      F("Multiple crimes always recorded when described in incident records or other investigations", "GREEN", "Force Crime Registrar", "Completed.", D(2024, 6, 30), ref="9902"),
      F("Stop practice of awaiting medical exam / video interview results before crime recording decision", "GREEN", "Force Crime Registrar", "Completed.", D(2024, 6, 30), ref="9902"),
      F("Online crime reports triaged at point of receipt – ongoing risk to victim/public identified & managed", "GREEN", "Supt Contact Centre", "Completed. Evidence submitted to HMICFRS for closure.", D(2024, 6, 30), ref="9902")],
     "closeable_submit", "The force split this five-bullet CDI recommendation into five rows (43a-43e), one per bullet, all with ref 9902. Every part GREEN, HMICFRS Being progressed: the item is done on the force side, submit.")
item(9903, "F4", REC, "Within three months, the force should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", C, D(2021, 2, 11),
     [F("Provide call handlers with specific, sound & comprehensible THRIVE criteria", "GREEN", "Supt Contact Centre", "THRIVE+ embedded in contact centre.")],
     "in_sync", "Filed under CDI 2019 with ref 9903 and 'call handlers' wording; not to be confused with the national Core Business item 4822 (same ask, 'Not later than 31 March 2015'). HMICFRS Complete, force GREEN.")
item(9904, "F4", AFI, "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.", AR, D(2019, 9, 12),
     [F("Improve use of crime recording/management system to manage case files & investigations", "AMBER", "Head of Criminal Justice", "Niche optimisation project.")],
     "in_sync", "Same AFI, ref 9904; open on both.")
item(10210, "F5", REC, CUSTODY_KIDS, BP, D(2020, 8, 25),
     [F("With children's social care review detention of children: only detained when absolutely necessary & for minimum time; early assessment of need for alternative accommodation; custody staff record all actions & decisions", "AMBER", "Ch Insp Custody", "Concordat on children in custody signed with both local authorities.")],
     "conflict", "Same custody recommendation, ref 10210, both open; but the tracker lists only three of the four bullets, the timeliness of appropriate adult support is missing. Missing-bullet conflict.")
item(10211, "F5", AFI, "The force should ensure it has effective internal monitoring processes on the use of force, to help it to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", BP, D(2020, 8, 25),
     [F("Custody – internal monitoring of use of force to identify/understand disproportionate use", "GREEN", "Ch Insp Custody", "Use of force in custody now in the monthly custody performance pack.")],
     "closeable_submit", "Custody AFI, ref 10211, tracker row under 'Custody inspection 2020' saying 'Custody – ...'; not the national By July 2021 item 11960 with the same ask. HMICFRS Being progressed, force GREEN.")
item(12401, "F6", COC, "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.", BP, D(2022, 5, 10),
     [F("Cause of concern – capacity & capability to investigate crime effectively", "AMBER", "ACC Crime", "Investigation Improvement Plan – Engage phase.")],
     "in_sync", "Same cause of concern, ref 12401; open on both.")
item(12402, "F6", REC, "Within six months the force should improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed.", BP, D(2022, 5, 10),
     [F("Improve ability to retrieve digital evidence from phones, computers etc. quickly enough that investigations not delayed", "AMBER", "Head of Digital Forensics", "DF backlog down to 9 weeks.", typ="AFI")],
     "conflict", "Same item by text and ref 12402, both open; but the tracker types it AFI while HMICFRS lists a Recommendation (linked to the cause of concern). Type conflict.")
item(12403, "F6", REC, "Within six months the force should improve its understanding of suspects released under investigation and the management of those released on bail.", BP, D(2022, 5, 10),
     [F("Improve understanding of suspects RUI & management of those on bail", "GREEN", "Head of Criminal Justice", "Pending sign off by the chief officer lead.", D(2025, 2, 7))],
     "closeable_submit", "Same recommendation, ref 12403; HMICFRS Being progressed, force GREEN (submitted Feb 2025): submit.")
item(12404, "F6", AFI, "The force should make sure it has access to accurate data and analysis to support effective performance management.", AR, D(2022, 5, 10),
     [F("Access to accurate data & analysis to support performance mgmt", "AMBER", "Head of Corporate Development", "Power BI performance framework phase 2.")],
     "in_sync", "Same AFI, ref 12404; open on both. Not the neighbouring AFI 12405 (processes), which the tracker lacks.")
item(12405, "F6", AFI, "The force should make sure all processes in place to support performance management are effective.", AR, D(2022, 5, 10),
     [], "missing_from_force", "The tracker has only the data-and-analysis AFI (12404); nothing on the effectiveness of performance-management processes and no row with 12405.")
item(12406, "F6", AFI, "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.", BP, D(2022, 5, 10),
     [F("All staff to have at least lowest level vetting clearance asap – clear vetting backlog & renewals, comply with national vetting guidelines", "AMBER", "Head of Professional Standards", "Backlog 312 renewals at 31/03/25.", ref="12460")],
     "conflict", "Text is plainly the vetting AFI 12406 and both are open, but the tracker's ref is 12460 (digits transposed; no 12460 on the list). Reference conflict.")
item(12407, "F6", AFI, "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", BP, D(2022, 5, 10),
     [F("Confidential route for staff to raise concerns; staff aware of whistleblowing process", "GREEN", "Head of Professional Standards", "Integrity line relaunched; intranet page live.", D(2024, 12, 12), ref=False)],
     "closeable_submit", "Tracker row has no ref but the same report and the same ask (confidential reporting/whistleblowing); HMICFRS Being progressed, force GREEN.")
item(12408, "F6", AFI, "The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.", C, D(2024, 9, 3),
     [F("Review how E&D data gathered/used to understand workforce demographics", "GREEN", "Director of People", "Completed.")],
     "in_sync", "Same AFI, ref 12408; HMICFRS Complete, force GREEN.",
     comment="This recommendation is complete")

# ---------------- Section B: national
item(1101, "sas13", NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", C, D(2016, 4, 1),
     [F("CCs & CoP to set out in S&S APP what effective & fair use of S&S looks like", "GREEN", "ACC Local Policing", "National action – APP published.")],
     "in_sync", "Same national item, ref 1101; HMICFRS Complete, force GREEN.")
item(1102, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", C, D(2016, 4, 1),
     [F("Establish/improve monitoring of how officers use S&S – lawful, effective, maintains public trust", "AMBER", "ACC Local Policing", "S&S scrutiny board meets quarterly.")],
     "closeable_local", "Same item, ref 1102; HMICFRS Complete, force AMBER: close locally.")
item(1103, "sas13", NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", S, D(2015, 3, 24),
     [F("In consultation with elected local policing bodies – explain S&S use to public, community scrutiny of records incl. young people", "GREEN", "ACC Local Policing", "Superseded by 2015 rec.")],
     "in_sync", "The 2013 version ('elected local policing bodies'), ref 1103, under Stop and Search 2013; HMICFRS Superseded, force GREEN: closed on both. Twin of 2015 item 2604, told apart by wording and report.",
     comment="Superseded by Stop and search powers 2 (2015).")
item(2321, "everyone", NAT, EVERYONE, C, D(2016, 11, 3),
     [F("Establish & publish DA action plan (consult PCC, support orgs, victims; consider all recs, DHRs & IPCC findings; CPS panels & MARAC)", "GREEN", "Ch Supt Public Protection", "DA action plan published 2014; refreshed as VAWG plan.")],
     "in_sync", "Same item, ref 2321 (HMICFRS text keeps the stray footnote digit '20'); HMICFRS Complete, force GREEN.",
     comment="This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where a cause of concern still exists this will appear in the register against these subsequent inspections.")
item(2401, "austerity", NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", N, D(2016, 1, 12),
     [F("Review savings plans – protect front line & reduce crime while balancing budget (use VfM profiles)", "GREEN", "Director of Finance", None)],
     "in_sync", "Same item, ref 2401; No further action required vs GREEN: closed on both.")
item(2402, "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", N, D(2016, 1, 12),
     [F("Forces delivering <10% savings via collaboration to assess scope to improve", "AMBER", "Director of Finance", "Regional collaboration review paused.")],
     "closeable_local", "Same item, ref 2402; HMICFRS No further action required, force AMBER: close locally.")
item(2403, "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", N, D(2016, 1, 12),
     [F("Where front line proportion reducing – assess whether decisive action taken to keep crime fighting capacity", "GREEN", "Director of Finance", None)],
     "in_sync", "Same item, ref 2403; closed on both.")
item(2404, "austerity", NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", N, D(2016, 1, 12),
     [F("Review collaboration plans for next spending round – VfM via joint working with other forces, public/private sector", "GREEN", "Director of Finance", None, ref=False)],
     "in_sync", "No ref in the tracker, but same report and same ask (collaboration plans for the next spending round); closed on both.")
item(4822, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", C, D(2016, 2, 2),
     [F("By 31/03/15 forces using THR policy to give call-handlers clear criteria to assess threat, harm & risk", "GREEN", "Supt Contact Centre", None)],
     "in_sync", "Core Business row, ref 4822, deadline 31/03/15 in both; not the CDI 2019 item 9903. Complete/GREEN.",
     comment="The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete.")
item(4823, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", BP, D(2016, 2, 2),
     [F("Crime prevention/disruption activity systematically recorded & evaluated", "GREEN", "ACC Local Policing", "Already complete / believed to be complete within short time scale (and within deadline).")],
     "closeable_submit", "Same item, ref 4823; HMICFRS Being progressed, force GREEN.")
item(902, "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", C, D(2017, 5, 15),
     [F("Misconduct investigations ending in NFA are fair & free of discrimination", "GREEN", "Head of Professional Standards", None, ref="902")],
     "in_sync", "Same item, ref 902 (list shows MR-00902); closed on both.")
item(2604, "sas15", NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", BP, D(2015, 3, 24),
     [F("In consultation with PCC – explain to public how S&S used, community reps scrutinise S&S records, involve young people", "AMBER", "ACC Local Policing", "Youth scrutiny panel being recruited.")],
     "in_sync", "The 2015 version ('police and crime commissioners'), ref 2604, under Stop & search powers 2; both open. Twin of 1103.")
item(3050, "picture", NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", S, D(2019, 7, 1),
     [F("Scrutinise audits of compliance with APP on info management via IM goverance structure; record categorisation regularly adjusted", "AMBER", "Head of Information Management", "MoPI audit programme 2025.")],
     "closeable_local", "Same item, ref 3050; HMICFRS Superseded, force AMBER.")
item(3301, "firearms", NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", C, D(2016, 6, 9),
     [F("Within 3 months assess FL governance against APP; put correct arrangements in place where not compliant", "GREEN", "Supt Firearms Licensing", None)],
     "in_sync", "Same item, ref 3301; closed on both.")
item(3302, "firearms", NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", BP, D(2016, 6, 9),
     [F("Within 6 months assess demand on firearms licensing dept & ensure capacity to meet it", "AMBER", "Supt Firearms Licensing", "Demand model refreshed; 3 additional enquiry officers funded.")],
     "conflict", "Same item, ref 3302, both open; HMICFRS says 'Within three months', the tracker 'Within 6 months'. Timescale conflict.")
item(3303, "firearms", NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", C, D(2016, 6, 9),
     [F("Immediately – appropriate action on 'total expired' licensing records", "GREEN", "Supt Firearms Licensing", None)],
     "in_sync", "Same item, ref 3303; closed on both.")
item(3304, "firearms", NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", C, D(2016, 6, 9),
     [F("Temporary permits per HO guidance, recorded on NFLMS without delay; no holder in unlawful possession", "AMBER", "Supt Firearms Licensing", "Awaiting allocation.")],
     "closeable_local", "Same item, ref 3304; HMICFRS Complete, force AMBER.")
item(3305, "firearms", NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", BP, D(2016, 6, 9),
     [], "missing_from_force", "The tracker's firearms rows cover governance, demand, total expired and temporary permits only; nothing on flagging certificate holders' addresses before attendance, no 3305.")
item(8801, "stolen", NAT, SF_LEADERSHIP, BP, D(2017, 10, 24),
     [F("Within 12 months review MSHT leadership & goverance: senior leaders prioritise; every incident resourced with right skills; partnership arrangements; performance & QA measures", "AMBER", "Det Ch Supt Force CID", "MSHT delivery plan refresh.")],
     "in_sync", "Same item, all four bullets named in the tracker's shortened text, ref 8801; both open.")
item(8802, "stolen", NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", BP, D(2017, 10, 24),
     [F("Within 6 months – active ISAs with other agencies for speedy intel exchange", "GREEN", "Head of Intelligence", "ISAs in place with both LAs, GLAA and Border Force.", D(2025, 1, 15))],
     "closeable_submit", "Same item (HMICFRS text keeps stray digit '86'), ref 8802; HMICFRS Being progressed, force GREEN.")
item(8803, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", C, D(2019, 11, 5),
     [F("Victims committing offences under compulsion – early & continuing consideration of s45 defence", "GREEN", "Head of Criminal Justice", None)],
     "in_sync", "Same item, ref 8803; closed on both.")
item(8804, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", BP, D(2017, 10, 24),
     [F("Full compliance with NRM process & duty to notify HO of suspected adult MSHT victims", "AMBER", "Det Ch Supt Force CID", "Duty to notify compliance 84%.")],
     "in_sync", "Same item, ref 8804; both open.")
item(8805, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", BP, D(2017, 10, 24),
     [F("NCRS compliance for MSHT offences; FCR audit capacity", "AMBER", "Force Crime Registrar", None)],
     "in_sync", "Same item, ref 8805; both open.")
item(8806, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", C, D(2020, 3, 2),
     [F("MSHT allegations thoroughly investigated & supervised by skilled teams (incl. JITs / overseas evidence)", "AMBER", "Det Ch Supt Force CID", "Little work yet undertaken in this area. Unlikely to reach deadlines.")],
     "closeable_local", "Same item, ref 8806; HMICFRS Complete, force AMBER.")
item(8807, "stolen", NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", AR, D(2017, 10, 24),
     [], "missing_from_force", "No tracker row on preventative powers (STPOs/STROs) under the Modern Slavery Act; no 8807.")
item(8830, "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", S, D(2021, 4, 20),
     [F("By Sept 2018 produce ambitious plan to improve digitally-enabled services", "AMBER", "Head of Corporate Development", "Digital strategy being rewritten.")],
     "closeable_local", "Same item, ref 8830; HMICFRS Superseded, force AMBER.")
item(8540, "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.", C, D(2020, 2, 27),
     [F("National CoC – forces can't demonstrate S&S consistently reasonable & fair; BAME over-representation unexplained", "GREEN", "ACC Local Policing", None)],
     "in_sync", "Same national cause of concern, ref 8540; closed on both.")
item(8541, "leg17", NAT, SAS_MON, C, D(2020, 2, 27),
     [F("By July 2018 monitor comprehensive S&S data: disproportionality by ethnicity; find rates by ethnicity & search type; possession-only drug searches vs priorities", "GREEN", "ACC Local Policing", None)],
     "in_sync", "Same item (three inline bullets, all in the tracker), ref 8541; closed on both.")
item(8542, "leg17", NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", C, D(2020, 2, 27),
     [F("Where disparities found – show public research/analysis done & action taken", "GREEN", "ACC Local Policing", None)],
     "in_sync", "Same item, ref 8542; closed on both.")
item(8543, "leg17", NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", C, D(2020, 2, 27),
     [F("Publish S&S analysis & actions at least annually from July 2018", "GREEN", "ACC Local Policing", "Annual S&S report published on force website.")],
     "in_sync", "Same item, ref 8543; closed on both.")
item(8544, "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", BP, D(2018, 7, 31),
     [F("All S&S officers trained on unconscious bias & CoP APP on S&S", "GREEN", "Head of Learning & Development", "98% of frontline trained; in IOT syllabus.", D(2024, 10, 1))],
     "closeable_submit", "Same item, ref 8544; HMICFRS Being progressed, force GREEN.",
     fpos="Complete – evidence pack sent")
item(11957, "powers", NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", BP, D(2021, 2, 26),
     [F("By July 2022 officers & staff have effective communication skills (NPG on Conflict Management)", "AMBER", "Head of Learning & Development", None)],
     "in_sync", "Same item, ref 11957; both open.")
item(11958, "powers", NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", BP, D(2021, 2, 26),
     [F("By July 2021 comms skills reinforced through CPD; supervisors debrief using BWV", "GREEN", "Head of Learning & Development", "CPD day module delivered.", D(2025, 3, 3))],
     "closeable_submit", "Same item, ref 11958; HMICFRS Being progressed, force GREEN.")
item(11959, "powers", NAT, BWV, BP, D(2021, 2, 26),
     [F("By Sept 2021 – BWV to record entirety of all S&S encounters incl. traffic stops & use of force", "GREEN", "ACC Local Policing", "Policy updated.", ref="11959"),
      F("Structured process to review & monitor sample of BWV footage internally", "GREEN", "ACC Local Policing", "Monthly dip sample.", ref="11959"),
      F("External scrutiny panel members given access to samples of BWV footage of S&S and use of force", "AMBER", "ACC Local Policing", "Panel access protocol with OPCC legal.", ref="11959")],
     "in_sync", "The force split the three-part BWV recommendation into three rows (ref 11959 on each). Two parts GREEN, the scrutiny-panel part AMBER: the item is still open on the force side, and HMICFRS has it Being progressed.")
item(11960, "powers", NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", BP, D(2021, 2, 26),
     [F("By July 2021 effective internal monitoring of use of force – identify & explain disproportionate use", "AMBER", "ACC Local Policing", "Use of force dashboard in development.")],
     "in_sync", "National item, ref 11960, 'By July 2021' in the tracker text; not the custody AFI 10211 with the same ask. Both open.")
item(11961, "powers", NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", N, D(2022, 4, 6),
     [F("HO & NPCC – quality of data on use of force to effect S&S sufficient to publish", "GREEN", None, "Not the force's responsibility to deliver; dependent upon another organisation.")],
     "in_sync", "Same item (addressed to the Home Office and NPCC), ref 11961; HMICFRS No further action required, force GREEN (recorded as not the force's to deliver): closed on both.",
     comment="No further action required by forces.")

# force-only rows: (report name, type, text, lead, rag, update, ref, why)
FORCE_ONLY = [
    ("Abuse of position for a sexual purpose 2017", "CoC", "Plan to seek intelligence on abuse of position for a sexual purpose – counter corruption unit capability & capacity review", "Head of Professional Standards", "AMBER", "Plan submitted Aug 2017; HMICFRS letter received Oct 2017.", "",
     "The national report on abuse of position for a sexual purpose is not on the definitive list at all; no ref. Query with HMICFRS."),
    ("PEEL Eff 16", "Rec", "Cease DA risk assessments over the telephone & dealing with DA in the resolution centre", "Ch Supt Public Protection", "GREEN", "Completed.", "5114",
     "Ref 5114 is not on the list and no listed item asks to stop telephone DA risk assessments; HMICFRS has presumably closed and dropped it. Not on the list."),
    ("PEEL Eff 16", "Local action", "Local action: refresh DA risk training (DASH) for PCSOs and front counter staff", "Head of Learning & Development", "AMBER", "Training package with L&D.", "",
     "The force's own local action under the DASH cause of concern; HMICFRS never asked for it. Not on the list."),
    ("PEEL Efficiency 2017", "AFI", "Increase use of arrest, ancillary orders & other powers to improve service to DA victims", "Ch Supt Public Protection", "GREEN", "Completed.", "7735",
     "Ref 7735 and this ask (use of arrest/ancillary orders for DA) are not on the list. Not on the list."),
]

# ---------------------------------------------------------------- tracker ordering
# The force groups its rows by its own report names, national reports first (older tracker).
TRACK_ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture", "firearms",
               "F1", "stolen", "F2", "efc17", "leg17", "F3", "F4", "F5", "powers", "F6"]

def short_type(t):
    return {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "National rec"}[t]

def fixzip(path, when=(2025, 4, 14, 9, 0, 0)):
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"<dcterms:created([^>]*)>[^<]*<", rb"<dcterms:created\1>2025-04-01T08:00:00Z<", body)
                body = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2025-04-14T09:00:00Z<", body)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, body)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())

def props(wb, title, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = dt.datetime(2025, 4, 1, 8, 0, 0)
    wb.properties.modified = dt.datetime(2025, 4, 14, 9, 0, 0)

def build():
    os.makedirs(OUT, exist_ok=True)
    truth = []  # (hrow, frow, cat, why)
    nonitems_h, nonitems_f = [], []

    # ============================ HMICFRS workbook
    wb = Workbook()
    props(wb, "PEEL 2025-27 document and data request - Annex C", "HMICFRS")
    g = wb.active
    g.title = "Guidance"
    guidance = [
        "PEEL 2025–27 – Document and data request",
        "",
        "This workbook accompanies the document request letter sent to the chief constable and the Force Liaison Lead.",
        "Annex A (documents) and Annex B (data) are issued separately.",
        "Annex C lists every recommendation, cause of concern and area for improvement that HMICFRS holds against the force, with its current status on the HMICFRS monitoring portal.",
        "Columns A to I are HMICFRS data and are locked. Please complete columns J to L (force position, force lead, evidence reference) for every item.",
        "Statuses: 1 - Awaiting review; 2 - Being progressed; 3 - Complete; 4 - Superseded; 5 - No further action required.",
        "Items with status 3, 4 or 5 are closed and are listed for completeness; no force position is needed for them.",
        "Please return the completed workbook to your Force Liaison Lead through the secure portal by 2 May 2025.",
    ]
    for i, t in enumerate(guidance, 1):
        g.cell(i, 1, t)
    g["A1"].font = Font(bold=True, size=14)
    g.column_dimensions["A"].width = 140

    ws = wb.create_sheet("Annex C")
    lists = wb.create_sheet("Lists")
    lists.sheet_state = "hidden"
    for i, s in enumerate([AR, BP, C, S, N], 1):
        lists.cell(i, 1, s)
    for i, s in enumerate(["Implemented – evidence submitted", "Partially implemented", "Not started", "Not accepted by force", "Complete"], 1):
        lists.cell(i, 2, s)
    for i, s in enumerate([REC, AFI, COC, NAT], 1):
        lists.cell(i, 3, s)

    SH = ws.title
    ws["A1"] = "HMICFRS PEEL 2025–27 – Document and data request"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"Annex C: Recommendations, causes of concern and areas for improvement held against {FORCE} (status on the monitoring portal at 31 March 2025)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Columns A to I are HMICFRS data – please do not amend. Complete columns J to L for every open item and return with Annex A."
    ws["A3"].font = Font(italic=True, color="C00000")
    nonitems_h += [f"{SH}!1 title", f"{SH}!2 title (annex and force)", f"{SH}!3 instruction", f"{SH}!4 blank"]
    ws["A5"] = "HMICFRS DATA – DO NOT AMEND"
    ws.merge_cells("A5:I5")
    ws["J5"] = "FORCE TO COMPLETE"
    ws.merge_cells("J5:L5")
    grey = PatternFill("solid", fgColor="D9D9D9"); yellow = PatternFill("solid", fgColor="FFF2CC")
    ws["A5"].fill = grey; ws["J5"].fill = yellow
    ws["A5"].font = ws["J5"].font = Font(bold=True)
    nonitems_h.append(f"{SH}!5 column-group band (merged A5:I5, J5:L5)")
    heads = ["Monitoring ID", "Report title", "Published", "Type", "Recommendation / AFI text",
             "HMICFRS status", "Status date", "HMICFRS comment", "Scope",
             "Force position", "Force lead", "Evidence reference"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(6, c, h); cell.font = Font(bold=True); cell.fill = grey if c <= 9 else yellow
    nonitems_h.append(f"{SH}!6 header row")
    ex = ["MR-00000", "Example: PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), REC,
          "EXAMPLE ROW – shows how to complete columns J to L. Do not delete this row.", BP,
          dt.date(2017, 3, 2), None, "Force", "Partially implemented", "ACC (example)", "EX-001"]
    for c, v in enumerate(ex, 1):
        cell = ws.cell(7, c, v); cell.font = Font(italic=True, color="7F7F7F")
    ws.cell(7, 3).number_format = ws.cell(7, 7).number_format = "dd mmm yyyy"
    nonitems_h.append(f"{SH}!7 worked example row (MR-00000, 'EXAMPLE ROW … Do not delete')")
    dv = DataValidation(type="list", formula1="=Lists!$A$1:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    dvj = DataValidation(type="list", formula1="=Lists!$B$1:$B$5", allow_blank=True)
    ws.add_data_validation(dvj)

    r = 8
    hrow = {}
    def section(title):
        nonlocal r
        ws.cell(r, 1, title).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 13):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="1F3864")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        nonitems_h.append(f"{SH}!{r} section banner '{title}'")
        r += 1
    section("SECTION A – FORCE-SPECIFIC INSPECTIONS")
    for it in ITEMS:
        if it["mid"] == 1101:
            section("SECTION B – NATIONAL (THEMATIC) RECOMMENDATIONS APPLICABLE TO ALL FORCES")
        title, pub, _ = REP[it["rep"]]
        vals = [f"MR-{it['mid']:05d}", title, pub, it["typ"], it["text"], it["hs"], it["sdate"],
                it["comment"], "Force" if it["rep"].startswith("F") else "National",
                it["fpos"], None, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 3).number_format = ws.cell(r, 7).number_format = "dd mmm yyyy"
        dv.add(ws.cell(r, 6)); dvj.add(ws.cell(r, 10))
        hrow[it["mid"]] = r
        r += 1
    nonitems_h.append(f"{SH}!{r} blank")
    r += 1
    nA = sum(1 for it in ITEMS if it["rep"].startswith("F"))
    ws.cell(r, 1, f"Total items listed: {len(ITEMS)} ({nA} force-specific, {len(ITEMS) - nA} national)").font = Font(bold=True)
    nonitems_h.append(f"{SH}!{r} total line")
    r += 1
    ws.cell(r, 1, "Status key: 1 Awaiting review · 2 Being progressed · 3 Complete · 4 Superseded · 5 No further action required. Statuses 3–5 are closed.")
    nonitems_h.append(f"{SH}!{r} status key / legend")
    for col, w in zip("ABCDEFGHIJKL", [12, 40, 12, 22, 90, 24, 12, 40, 10, 28, 18, 16]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    ws.auto_filter.ref = f"A6:L{r - 3}"
    hpath = os.path.join(OUT, "hmicfrs.xlsx")
    wb.save(hpath)
    fixzip(hpath)

    # ============================ force tracker
    tb = Workbook()
    props(tb, "HMICFRS recommendations tracker", "Organisational Learning")
    t = tb.active
    t.title = "Tracker"
    t["A1"] = f"{FORCE} – HMICFRS Recommendations Tracker (Organisational Learning) – updated 14/04/2025"
    t["A1"].font = Font(bold=True, size=13)
    fh = ["No.", "HMIC Ref", "Report", "Type", "Recommendation / AFI", "Lead", "RAG", "Latest update", "Submitted for closure"]
    for c, h in enumerate(fh, 1):
        t.cell(2, c, h).font = Font(bold=True)
    rows = []  # (values, item or None, why-for-force-only)
    for key in TRACK_ORDER:
        for it in ITEMS:
            if it["rep"] != key:
                continue
            parts = it["force"]
            for k, p in enumerate(parts):
                rows.append((it, k, len(parts), p))
        for fo in FORCE_ONLY:
            if fo[0] == REP.get(key, (None, None, None))[2]:
                rows.append((None, 0, 1, fo))
    rows += [(None, 0, 1, fo) for fo in FORCE_ONLY if fo[0] not in [v[2] for v in REP.values()]]
    fr = 3
    n = 0
    fills = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE"}
    for it, k, nparts, p in rows:
        if k == 0:
            n += 1
        no = f"{n}{'abcde'[k]}" if nparts > 1 else n
        if it is None:
            rep, typ, text, lead, rag, upd, ref, why = p
            vals = [no, ref or None, rep, typ, text, lead, rag, upd, None]
            truth.append(("", f"Tracker!{fr}", "not_on_hmicfrs_list", why))
        else:
            ref = p["ref"]
            refv = str(it["mid"]) if ref is True else (ref if ref else None)
            vals = [no, refv, p["rep"] or REP[it["rep"]][2], p["typ"] or short_type(it["typ"]), p["text"],
                    p["lead"], p["rag"], p["upd"], p["sub"]]
            why = it["why"]
            if nparts > 1:
                why = f"Part {k + 1} of {nparts}. " + why
            truth.append((f"{SH}!{hrow[it['mid']]}", f"Tracker!{fr}", it["cat"], why))
        for c, v in enumerate(vals, 1):
            cell = t.cell(fr, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if vals[8] is not None:
            t.cell(fr, 9).number_format = "dd/mm/yyyy"
        t.cell(fr, 7).fill = PatternFill("solid", fgColor=fills[vals[6]])
        fr += 1
    nonitems_f = ["Tracker!1 title", "Tracker!2 header row", f"Tracker!{fr} blank"]
    t.cell(fr + 1, 1, "RAG: GREEN = implemented / evidence submitted; AMBER = in progress; RED = off track.")
    nonitems_f.append(f"Tracker!{fr + 1} RAG key")
    for col, w in zip("ABCDEFGHI", [6, 10, 26, 12, 80, 28, 9, 50, 14]):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A3"
    fpath = os.path.join(OUT, "tracker.xlsx")
    tb.save(fpath)
    fixzip(fpath)

    # missing_from_force
    for it in ITEMS:
        if not it["force"]:
            truth.append((f"{SH}!{hrow[it['mid']]}", "", it["cat"], it["why"]))
    truth.sort(key=lambda x: (int(x[0].split("!")[1]) if x[0] else 10**6, int(x[1].split("!")[1]) if x[1] else 0))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh_:
        w = csv.writer(fh_, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    return truth, nonitems_h, nonitems_f, hrow, fr

if __name__ == "__main__":
    truth, nh, nf, hrow, fr = build()
    from collections import Counter
    print(Counter(x[2] for x in truth))
    print(len(ITEMS), "hmicfrs items;", fr - 3, "tracker item rows")
    print(nh); print(nf)

README = """# peel_data_request_annex_list

## Story
Staffordshire Police's Organisational Learning team keeps its own HMICFRS tracker. The definitive
list did not arrive as a register export: it came inside HMICFRS's **PEEL 2025–27 pre-inspection
document and data request** workbook, as **Annex C** — every recommendation, cause of concern and
area for improvement HMICFRS holds against the force, with its status on the monitoring portal at
31 March 2025, and yellow "force to complete" columns the Force Liaison Lead must fill before the
return. The FLL had already pencilled a force position into a few rows from last year's return.
The analyst reconciles Annex C with the tracker before filling it in. (Force, ids, statuses and
dates after publication are invented; every HMICFRS text is real OGL wording copied literally.)

## Files
- `hmicfrs.xlsx` (HMICFRS side), three sheets:
  - `Guidance` — 9 lines of instructions (not items).
  - `Annex C` — the list. Rows 1–3 title, annex title, instruction; row 4 blank; row 5 a merged
    column-group band ("HMICFRS DATA – DO NOT AMEND" A5:I5, "FORCE TO COMPLETE" J5:L5); **row 6 is
    the header**: `Monitoring ID`, `Report title`, `Published` (real dates, format dd mmm yyyy),
    `Type`, `Recommendation / AFI text`, `HMICFRS status`, `Status date`, `HMICFRS comment`,
    `Scope` (Force/National), `Force position`, `Force lead`, `Evidence reference`.
    Row 7 a grey italic worked example (MR-00000). Row 8 banner "SECTION A – FORCE-SPECIFIC
    INSPECTIONS", items rows 9–32; row 33 banner "SECTION B – NATIONAL (THEMATIC)
    RECOMMENDATIONS APPLICABLE TO ALL FORCES", items rows 34–69; row 70 blank; row 71 total line;
    row 72 status key. 60 items (24 force-specific, 36 national). Autofilter A6:L69, freeze at A7,
    data-validation dropdowns on F and J pointing at the hidden sheet.
  - `Lists` — hidden dropdown source (statuses, force positions, types), not items.
- `tracker.xlsx` (force side), one sheet `Tracker`: row 1 title, **row 2 header** `No.`, `HMIC Ref`,
  `Report`, `Type`, `Recommendation / AFI`, `Lead`, `RAG`, `Latest update`, `Submitted for closure`
  (dd/mm/yyyy). Item rows 3–68 (66 rows, 60 numbered items; split items numbered 43a–43e and 50a–50c),
  row 69 blank, row 70 RAG key. RAG: GREEN = done; AMBER = open (cells also filled in colour).
  Grouped by the force's own short report names ("PEEL Eff 16", "CDI 2019", "Stop and Search 2013" …).
- `truth.csv` — one line per reconciliation item (provenance `Annex C!Row`, `Tracker!Row`).

## What the layout brings (HMICFRS side)
1. Header on row 6 under three title/instruction rows and a merged band row (row 5).
2. A worked example row (row 7, MR-00000, "EXAMPLE ROW … Do not delete") that looks like an item.
3. Two merged section banners (rows 8, 33) splitting force-specific from national items.
4. Monitoring IDs as `MR-` + five zero-padded digits (MR-06113, MR-00902); the tracker writes the bare
   number (6113, 902).
5. Statuses with a dropdown number prefix: `1 - Awaiting review`, `2 - Being progressed`, `3 - Complete`,
   `4 - Superseded`, `5 - No further action required` (1–2 open, 3–5 closed).
6. A **Force position** column (J) pre-filled by the FLL on 4 rows (10, 15, 18, 64). It is the force's
   claim, not the HMICFRS status: rows 15 and 18 say "Complete" while HMICFRS has them Being progressed
   and the tracker has them AMBER. The truth ignores column J.
7. HMICFRS comment column with register-style closure notes; Status date; Scope column.
8. Footer total line and status key (rows 71–72); hidden `Lists` sheet; `Guidance` sheet.
9. Multi-line cells (bullets with "\\n•", inline "•" without spaces, stray footnote digits "20", "86").

## Traps and how the truth decides them
- Split rows: CDI 2019 item (Annex C!20) split into five tracker rows 45–49, all GREEN → closeable_submit
  ×5. BWV item (Annex C!67) split into rows 56–58, one AMBER → in_sync ×3 (still open).
- Twin texts: Stop & search 2013 (row 36, "elected local policing bodies", Superseded) vs 2015 (row 45,
  "police and crime commissioners", open); Core Business 4822 (row 42) vs CDI 2019 9903 (row 21), same
  call-handler ask; custody AFI 10211 (row 24) vs national By July 2021 use-of-force item 11960 (row 68).
  Each decided by report, ref and the deadline words in the tracker text.
- Conflicts: timescale rows 18 (Immediately vs Within 6 months) and 48 (three vs 6 months); missing
  fourth bullet row 23 (appropriate adult support); type row 26 (Recommendation vs tracker AFI);
  reference row 30 (tracker 12460, list MR-12406, text clearly the vetting AFI).
- No ref in tracker but same report and ask: Tracker!10 (→ row 41), Tracker!66 (→ row 31).
- Home Office/NPCC item (row 69) closed "No further action required"; tracker GREEN "not the force's
  responsibility" → in_sync.
- Force-only rows: Tracker!24 (ref 5114), 25 (local action), 35 (ref 7735), 68 (abuse of position
  report, not on the list) → not_on_hmicfrs_list.
- missing_from_force: rows 16, 29, 51, 58.
- No `review` lines.

## Counts
COUNTS

## Rows that are not items
HMICFRS: NONH; sheets `Guidance` (instructions) and `Lists` (hidden dropdown values) entirely.
Force: NONF.

## Checks run
- Every Annex C item row (60, ids MR-…, example excluded) appears in truth.csv; every tracker item
  row (66) appears exactly once.
- Both workbooks read back with pandas (`read_excel`, all sheets) and openpyxl.
- Built twice; md5 of every file identical (fixed document properties, zip entry timestamps
  rewritten to 2025-04-14 09:00, no clock).
"""

def write_readme(truth, nh, nf):
    from collections import Counter
    c = Counter(x[2] for x in truth)
    counts = "\n".join(f"- {k}: {c.get(k, 0)}" for k in ["in_sync", "closeable_submit", "closeable_local",
                        "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"])
    counts += f"\n- total truth lines: {len(truth)} (60 HMICFRS items, 66 tracker item rows)"
    txt = README.replace("COUNTS", counts).replace("NONH", "; ".join(nh)).replace("NONF", "; ".join(nf))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)

if __name__ == "__main__":
    write_readme(truth, nh, nf)
