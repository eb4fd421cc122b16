"""Builder for the evaluation case `salesforce_report_csv_export` (round 88, case C).

Force side: a Salesforce "Details Only" report export (CSV, ISO-8859-1) of a custom
"HMICFRS Recommendation" object, grouped by a parent "Inspection Report" object, with the
report footer Salesforce appends. HMICFRS side: the register's ordinary xlsx export.
Run: /work/main/.venv/bin/python /tmp/indep88/build_salesforce_report_csv_export.py
Deterministic: fixed seed, fixed document properties, fixed zip timestamps, no clock.
"""
import csv, io, os, random, zipfile, datetime as dt
import openpyxl
from openpyxl.styles import Font, Alignment

CASE = "salesforce_report_csv_export"
OUT = os.path.join("/tmp/indep88", CASE)
SEED = 202612070838

# ---- Real HMICFRS wording (Open Government Licence), copied in as literals ----------------
NATIONAL = {'sas13': ('Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), [('National recommendation', 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'), ('National recommendation', 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'), ('National recommendation', 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.')]), 'everyone': ("Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), [('National recommendation', "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.")]), 'austerity': ('Policing in austerity: Meeting the challenge', (2014, 7, 22), [('National recommendation', "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"), ('National recommendation', 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'), ('National recommendation', 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'), ('National recommendation', 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.')]), 'core': ('Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), [('National recommendation', 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'), ('National recommendation', 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.')]), 'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), [('National recommendation', 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.')]), 'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), [('National recommendation', 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.')]), 'picture': ('Building the picture: an inspection of police information management', (2015, 7, 1), [('National recommendation', 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.')]), 'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), [('National recommendation', 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'), ('National recommendation', 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'), ('National recommendation', 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'), ('National recommendation', 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'), ('National recommendation', 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.')]), 'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), [('National recommendation', 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'), ('National recommendation', 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'), ('National recommendation', 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'), ('National recommendation', 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'), ('National recommendation', 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'), ('National recommendation', 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'), ('National recommendation', 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.')]), 'efc17': ('PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), [('National recommendation', "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.")]), 'leg17': ('PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), [('Cause of concern', 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'), ('National recommendation', 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'), ('National recommendation', 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'), ('National recommendation', 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'), ('National recommendation', 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.')]), 'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), [('National recommendation', 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'), ('National recommendation', 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'), ('National recommendation', 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'), ('National recommendation', 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'), ('National recommendation', 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.')])}
REAL = {6: 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;', 10: 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;', 11: 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.', 14: 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public', 15: 'The force should develop its understanding of the links between its outcomes, outputs and costs', 16: 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.', 18: 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.', 19: 'The size of the vetting backlog within West Midlands Police is a cause of concern.', 20: 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.', 25: 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.', 26: 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action', 24: 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease'}
CAUSE_DASH = "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed."
CONTROL_ROOM = 'The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.'

JAC_DASH_REC = ("To address this cause of concern, HMIC recommends the force should immediately "
                "take steps to ensure that:\n- there is effective supervision of the initial risk "
                "assessment process, specifically in relation to the completion of DASH risk "
                "assessment in appropriate cases.")
HAMPSHIRE_CEASE = REAL[24]

def N(key, i):
    return NATIONAL[key][2][i][1]

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# HMICFRS reports: key -> (title, publication date)
REPORTS = {k: (v[0], dt.date(*v[1])) for k, v in NATIONAL.items()}
REPORTS.update({
    "eff15": ("PEEL: Police efficiency 2015", dt.date(2015, 10, 22)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 7)),
    "efc17f": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2)),
})
# The force's own Inspection Report record names (Salesforce parent object)
SF_REPORT = {
    "sas13": ("Stop & Search powers (HMIC 2013)", "09/07/2013"),
    "everyone": ("Everyone's Business (DA) 2014", "27/03/2014"),
    "austerity": ("Policing in Austerity 2014", "22/07/2014"),
    "core": ("Core Business 2014", "04/09/2014"),
    "integrity": ("Integrity Matters 2015", "30/01/2015"),
    "sas15": ("Stop & search powers 2", "24/03/2015"),
    "picture": ("Building the Picture 2015", "01/07/2015"),
    "firearms": ("Firearms licensing 2015", "15/09/2015"),
    "eff15": ("PEEL Efficiency 2015", ""),
    "eff16": ("PEEL Effectiveness 2016", "02/03/2017"),
    "cdi17": ("Crime Data Integrity 2017", "07/09/2017"),
    "stolen": ("Stolen Freedom (MSHT) 2017", "24/10/2017"),
    "efc17": ("PEEL Efficiency 17 (all forces)", "09/11/2017"),
    "efc17f": ("PEEL Efficiency 2017", "09/11/2017"),
    "leg17": ("PEEL Legit 17 S&S", "12/12/2017"),
    "peel1819": ("PEEL 2018/19", "02/05/2019"),
    "powers": ("Police powers spotlight (Feb 21)", "26/02/2021"),
    "apsp": ("Abuse of position for a sexual purpose 2017", "05/10/2017"),
    "daprog": ("DA progress report 2017 (no recs)", "14/11/2017"),
}

V = "VERBATIM"   # force text = the HMICFRS text as pasted (then cut at 255 by the report)

# Each HMICFRS item: (report key, register id, type, text, HMICFRS status, status date, force records)
# force record: dict(text, type, status, rag, sub, dsub, lead, upd, ref, cat, why, tag)
def F(text, status, rag, lead, cat, why, type_=None, sub=0, dsub="", upd="", ref=None, rep=None):
    return dict(text=text, status=status, rag=rag, lead=lead, cat=cat, why=why, type=type_,
                sub=sub, dsub=dsub, upd=upd, ref=ref, rep=rep)

LEADS = {
    "crime": ("Det Ch Supt Daniel Okafor", "Crime"),
    "lp": ("Ch Supt Karen Holt", "Local Policing"),
    "pp": ("Det Supt Ren\u00e9e Whitfield", "Public Protection"),
    "psd": ("Supt Mark Sandhu", "Professional Standards"),
    "corp": ("Priya Raman", "Corporate Development"),
    "fin": ("Tom Birch", "Finance"),
    "contact": ("Supt Gail Lennox", "Force Contact"),
    "fcr": ("Andrew Cole", "Crime"),
    "lic": ("Insp Sam Whitehouse", "Firearms Licensing"),
    "cj": ("Ch Insp Hollie Marsh", "Criminal Justice"),
    "ld": ("Beverley Tandy", "People"),
}

ITEMS = [
  ("sas13", 1203, NAT, N("sas13", 0), "Being progressed", "14/05/2024", [
    F("Chief Constables & CoP should establish in the S&S APP a clear specification of what constitutes effective & fair exercise of S&S powers",
      "Closed - Not for Force", "Blue", "lp", "closeable_submit",
      "Same ask, same report (force's 'Stop & Search powers (HMIC 2013)'), shortened with S&S/CoP/APP. Force closed it as 'Not for Force' (the APP is the College's to write) = done on the force side; HMICFRS still 'Being progressed'.",
      upd="12/01/2016 KH: APP is a College of Policing product. Force position: not for the force to deliver. Closed at Stop Search Board.")]),
  ("sas13", 1204, NAT, N("sas13", 1), "Complete", "02/11/2016", [
    F(V, "Closed - Complete", "Blue", "lp", "in_sync",
      "Text pasted verbatim under the 2013 S&S report, ref 1204 typed; HMICFRS Complete, force Closed - Complete: both closed.",
      ref="1204", sub=1, dsub="30/06/2016")]),
  ("sas13", 1205, NAT, N("sas13", 2), "Superseded", "02/11/2016", [
    F("Comply with the code of practice - explain to the public how S&S powers are used & make arrangements for S&S records to be scrutinised by community reps (consult elected local policing bodies)",
      "Closed - Superseded", "Blue", "lp", "in_sync",
      "Near-twin of 5507 (Stop and search powers 2). Decided by the force report name (HMIC 2013) and 'elected local policing bodies' (only the 2013 wording has it). HMICFRS Superseded, force Closed - Superseded: both closed.",
      upd="Superseded by Stop and Search 2 (2015) rec - see HR-00011.")]),
  ("everyone", 2321, NAT, N("everyone", 0), "Being progressed", "19/09/2023", [
    F(V, "Closed - Complete", "Blue", "pp", "closeable_submit",
      "Verbatim paste cut off at 255 characters by the Salesforce report (ends mid-bullet 'domestic abuse support'): the missing bullets are the report's display limit, not a dropped bullet, so no conflict. Ref 2321 matches. Force Closed - Complete, HMICFRS Being progressed.",
      ref="2321", upd="DA action plan published Sept 2014, refreshed 2019 and 2023 (VAWG delivery plan).\nEvidence pack on SharePoint.")]),
  ("austerity", 3310, NAT, N("austerity", 0), "No further action required", "30/11/2017", [
    F("Review plans to deliver savings - continue to reduce crime & protect the front line while balancing budgets (use HMIC VfM profiles)",
      "Closed - Complete", "Blue", "fin", "in_sync",
      "Same ask under 'Policing in Austerity 2014'. HMICFRS 'No further action required' = closed; force Closed - Complete.",
      upd="Addressed holistically through WMP2020 change programme.")]),
  ("austerity", 3311, NAT, N("austerity", 1), "No further action required", "30/11/2017", "AUST23"),
  ("austerity", 3312, NAT, N("austerity", 2), "No further action required", "30/11/2017", "AUST23"),
  ("austerity", 3313, NAT, N("austerity", 3), "No further action required", "30/11/2017", [
    F("Review plans for collaboration ahead of next spending round - scope for better VfM & capability through joint working with other forces, public &/or private sector",
      "On Hold", "Amber", "fin", "closeable_local",
      "Same ask (collaboration plans, next spending round). HMICFRS 'No further action required' = closed; force still 'On Hold' = open: close it locally.",
      upd="On hold pending regional collaboration review.")]),
  ("core", 4821, NAT, N("core", 1), "Being progressed", "08/03/2023", [
    F("By 31 March 2016 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.",
      "In Progress", "Amber", "lp", "conflict",
      "Word for word the Core Business item except the deadline: force typed 'By 31 March 2016', HMICFRS says 'By 31 March 2015'. Matched (same report, same words), deadline disagrees = conflict.",
      upd="Problem-solving database being rolled out to NPTs.")]),
  ("core", 4822, NAT, N("core", 0), "Being progressed", "08/03/2023", [
    F(V, "In Progress", "Green", "contact", "in_sync",
      "Verbatim, ref 4822 typed. Force 'In Progress' (RAG Green means 'on track' in this org, not done); HMICFRS Being progressed: both open.",
      ref="4822", upd="THRIVE+ criteria embedded in contact centre; audit due Q1.")]),
  ("integrity", 902, NAT, N("integrity", 0), "Complete", "21/06/2019", [
    F(V, "In Progress", "Amber", "psd", "closeable_local",
      "Verbatim (curly quotes round 'no further action' became '?' in the ISO-8859-1 export). HMICFRS Complete; force In Progress: close locally.",
      ref="902")]),
  ("sas15", 5507, NAT, N("sas15", 0), "Being progressed", "14/05/2024", [
    F("Chief constables should, in consultation with PCCs, ensure that they comply with the Code of Practice by explaining to the public the way S&S powers are used in their areas & by making arrangements for S&S records to be scrutinised by community reps",
      "Closed - Complete", "Blue", "lp", "closeable_submit",
      "Twin of 1205 but under 'Stop & search powers 2' and with 'PCCs' (the 2015 wording says police and crime commissioners). Force Closed - Complete; HMICFRS Being progressed.",
      upd="Community scrutiny panel in place since 2016; BWV reviewed at each panel.")]),
  ("picture", 6120, NAT, N("picture", 0), "Awaiting review", "01/07/2015", None),
  ("firearms", 6701, NAT, N("firearms", 0), "Complete", "12/04/2017", [
    F(V, "Closed - Complete", "Blue", "lic", "in_sync",
      "Verbatim (cut at 255) under 'Firearms licensing 2015', ref 6701. Both closed.",
      ref="6701", sub=1, dsub="15/12/2015")]),
  ("firearms", 6702, NAT, N("firearms", 1), "Complete", "12/04/2017", [
    F("Assess demand on firearms licensing dept & ensure capacity to meet it - efficient & effective service at all times",
      "In Progress", "Amber", "lic", "closeable_local",
      "Same ask (licensing demand and capacity), shortened. HMICFRS Complete; force still In Progress: close locally.",
      upd="Demand review 2024 - backlog of renewals. Temp staff funded to Mar 26.")]),
  ("firearms", 6703, NAT, N("firearms", 2), "Being progressed", "12/04/2017", [
    F("Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to 'total expired' licensing records.",
      "In Progress", "Amber", "lic", "conflict",
      "Firearms 'total expired' text word for word (straight quotes), but the record hangs off the force's 'Building the Picture 2015' report, not the firearms report. Matched on text; report disagrees = conflict.",
      rep="picture", upd="Weekly expired list worked by licensing team.")]),
  ("firearms", 6704, NAT, N("firearms", 3), "Complete", "12/04/2017", [
    F(V, "Closed - Complete", "Blue", "lic", "in_sync",
      "Verbatim, cut at 255 by the report. Both closed.", ref="6704")]),
  ("firearms", 6705, NAT, N("firearms", 4), "Awaiting review", "15/09/2015", None),
  ("eff15", 5901, AFI, REAL[14], "Complete", "09/02/2018", [
    F("Undertake further work to gain a fuller understanding of current demand for services & likely future changes in demand",
      "Closed - Complete", "Blue", "corp", "in_sync",
      "Same AFI (demand understanding), PEEL Efficiency 2015. Both closed.", type_="AFI")]),
  ("eff15", 5902, AFI, REAL[15], "Being progressed", "09/02/2018", [
    F("Develop understanding of the links between outcomes, outputs & costs",
      "Proposed for Closure", "Green", "fin", "closeable_submit",
      "Same AFI. Force 'Proposed for Closure' = done on the force side; HMICFRS Being progressed.",
      type_="AFI", upd="Priority based budgeting completed. Proposed for closure at Org Learning Board 11/09/2025.")]),
  ("eff15", 5903, AFI, REAL[16], "Superseded", "09/02/2018", [
    F("Develop a future workforce plan aligned with overall demand & budget (resource allocations, skills mix, behaviours)",
      "In Progress", "Amber", "ld", "closeable_local",
      "Same AFI. HMICFRS Superseded = closed; force In Progress: close locally.", type_="AFI")]),
  ("eff16", 7101, COC, CAUSE_DASH, "Being progressed", "30/11/2017", [
    F("The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately.",
      "In Progress", "Red", "pp", "in_sync",
      "First two sentences of the DASH cause of concern. Both open.", type_="Cause of Concern")]),
  ("eff16", 7102, REC, JAC_DASH_REC, "Being progressed", "30/11/2017", [
    F("Effective supervision of the initial risk assessment process - completion of DASH in appropriate cases",
      "In Progress", "Red", "pp", "in_sync",
      "Same rec (DASH supervision). 'Submitted to HMICFRS' is ticked with a date, but the status is back to In Progress and the update says HMICFRS returned it: force open. HMICFRS Being progressed: both open.",
      type_="Recommendation", sub=1, dsub="14/07/2025", ref="7102",
      upd="03/10/2025 RW: HMICFRS returned for further evidence (dip sample of DASH supervision).\n14/07/2025 RW: Submitted via portal.")]),
  ("eff16", 7103, COC, REAL[25], "Complete", "05/03/2019", [
    F(V, "Closed - Complete", "Blue", "pp", "in_sync",
      "Missing children cause of concern pasted (cut at 255). Both closed.", type_="Cause of Concern")]),
  ("eff16", 7104, REC, REAL[26], "Complete", "05/03/2019", [
    F("Review approach to reports of missing children:\n- call takers use missing/absent category appropriately\n- call takers & frontline staff can identify CSE risk factors\n- supervisors provide correct oversight of missing enquiries",
      "Closed - Complete", "Blue", "pp", "in_sync",
      "Same rec, bullets abbreviated (all three present). Both closed.", type_="Recommendation")]),
  ("cdi17", 7815, REC, REAL[11], "Being progressed", "15/02/2024", [
    F(V, "In Progress", "Amber", "fcr", "in_sync",
      "Victims-believed rec pasted; the report cut it at 255 characters so only the first bullets show - display limit, not a dropped bullet. Both open.",
      type_="Recommendation", upd="FCR audit Nov 2025: 91% compliance.\nOnline triage live.")]),
  ("stolen", 8020, NAT, N("stolen", 0), "Being progressed", "20/06/2023", [
    F(V, "In Progress", "Amber", "crime", "in_sync",
      "Leadership/governance MSHT rec pasted, cut at 255 (bullets after the second are not shown). Both open.", ref="8020")]),
  ("stolen", 8021, NAT, N("stolen", 1), "Being progressed", "20/06/2023", [
    F("Within twelve months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible",
      "In Progress", "Amber", "crime", "conflict",
      "Same words (without the stray footnote '86') except the timescale: force 'Within twelve months', HMICFRS 'Within six months'. Timescale disagrees = conflict.")]),
  ("stolen", 8022, NAT, N("stolen", 2), "Awaiting review", "24/10/2017", None),
  ("stolen", 8023, NAT, N("stolen", 3), "Being progressed", "20/06/2023", [
    F("Immediately - fully compliant with NRM process & MSA 2015 duty to notify HO of any suspected adult victim of MSHT",
      "Submitted to HMICFRS", "Green", "crime", "closeable_submit",
      "Same ask (NRM / duty to notify). Force status 'Submitted to HMICFRS' = done on the force side; HMICFRS Being progressed.",
      sub=1, dsub="02/09/2025")]),
  ("stolen", 8024, NAT, N("stolen", 4), "Complete", "20/06/2023", [
    F(V, "Closed - Complete", "Blue", "fcr", "in_sync",
      "NCRS/MSHT rec pasted, cut at 255. Both closed.", ref="8024")]),
  ("stolen", 8025, NAT, N("stolen", 5), "Being progressed", "20/06/2023", [
    F("Allegations of MSHT thoroughly investigated & effectively supervised by teams with the right skills & experience (incl. JITs / overseas intel)",
      "In Progress", "Green", "crime", "in_sync",
      "Same ask. RAG Green but Status In Progress (Green = on track here): force open; HMICFRS open.")]),
  ("stolen", 8026, NAT, N("stolen", 6), "Awaiting review", "24/10/2017", [
    F("Review use of preventative powers under MSA 2015 (STPOs/STROs)", "Not Started", "Red", "crime", "in_sync",
      "Same ask (preventative powers, Modern Slavery Act). Both open.")]),
  ("efc17", 8130, NAT, N("efc17", 0), "Being progressed", "11/01/2024", [
    F("By Sept 2018 CCs to produce an ambitious plan to improve digitally-enabled services", "Proposed for Closure", "Green", "corp", "closeable_submit",
      "Same ask under the national PEEL Efficiency 17 report. Force Proposed for Closure; HMICFRS Being progressed.",
      upd="Digital strategy 2025-28 approved by COG.")]),
  ("efc17f", 8131, AFI, CONTROL_ROOM, "Being progressed", "11/01/2024", [
    F(V, "In Progress", "Amber", "contact", "conflict",
      "Control room text verbatim under the force's own PEEL Efficiency 2017 report, but the force records it as a Recommendation; HMICFRS lists it as an Area for improvement. Type disagrees = conflict.",
      type_="Recommendation")]),
  ("leg17", 8540, COC, N("leg17", 0), "Being progressed", "14/05/2024", [
    F(V, "In Progress", "Amber", "lp", "in_sync",
      "The 2017 stop and search cause of concern, verbatim (cut at 255). Both open.", type_="Cause of Concern")]),
  ("leg17", 8541, NAT, N("leg17", 1), "Being progressed", "14/05/2024", "SPLIT8541"),
  ("leg17", 8542, NAT, N("leg17", 2), "Being progressed", "14/05/2024", [
    F("Where forces identify disparities through monitoring, they should demonstrate to the public that they have carried out research & analysis in an attempt to understand the reasons for the disparity",
      "In Progress", "Amber", "lp", "conflict",
      "Same item but only the first bullet is there: 'taken action to reduce the disparity, where necessary' is missing, and the text is well under 255 characters so this is not the report's cut. Missing bullet = conflict.",
      ref="8542")]),
  ("leg17", 8543, NAT, N("leg17", 3), "Awaiting review", "12/12/2017", [
    F("Publish this analysis & any actions taken at least annually, from July 2018", "In Progress", "Amber", "lp", "conflict",
      "Same item (annual publication of the analysis), same report, but the HMICFRS Ref typed is 8534; the register's id is 8543 (digits transposed; no 8534 on the list). Reference disagrees = conflict.",
      ref="8534")]),
  ("leg17", 8544, NAT, N("leg17", 4), "Complete", "14/05/2024", [
    F("By July 2018 (and ongoing) all officers using S&S powers trained on unconscious bias & CoP APP on S&S", "Closed - Complete", "Blue", "ld", "in_sync",
      "Same ask. Both closed.", sub=1, dsub="20/02/2024")]),
  ("peel1819", 9020, COC, REAL[19], "Being progressed", "03/02/2025", [
    F(V, "In Progress", "Amber", "psd", "in_sync", "Vetting backlog cause of concern, verbatim. Both open.", type_="Cause of Concern", ref="9020")]),
  ("peel1819", 9021, REC, REAL[20], "Being progressed", "03/02/2025", [
    F("Ensure all staff have at least lowest level of vetting clearance asap - clear backlog & renewals so fully compliant with national vetting guidelines",
      "Proposed for Closure", "Green", "psd", "closeable_submit",
      "Same rec (vetting clearance). Force Proposed for Closure; HMICFRS Being progressed.", type_="Recommendation",
      upd="Backlog cleared Aug 2025 (0 outstanding >12 wks).\nProposed for closure - awaiting DCC sign off.")]),
  ("peel1819", 9022, AFI, REAL[18], "Awaiting review", "02/05/2019", [
    F("Improve use of crime recording & management system to better manage case files & investigative processes", "Not Started", "Amber", "cj", "in_sync",
      "Same AFI. Both open.", type_="AFI")]),
  ("peel1819", 9023, REC, REAL[6], "Being progressed", "03/02/2025", [
    F("Within 6 months - regular & active supervison of quality & progress of investigations, properly recorded", "In Progress", "Amber", "crime", "in_sync",
      "Same rec (supervision of investigations; 'supervison' typo). Both open.", type_="Recommendation")]),
  ("peel1819", 9024, REC, REAL[10], "Being progressed", "03/02/2025", [
    F("Within 6 months improve understanding of suspects RUI & management of those on bail", "Closed - Complete", "Blue", "cj", "closeable_submit",
      "Same rec (RUI/bail). Force Closed - Complete; HMICFRS Being progressed.", type_="Recommendation")]),
  ("powers", 9410, NAT, N("powers", 0), "Awaiting review", "26/02/2021", [
    F("By July 2022 - officers & staff effective communication skills in line with National Policing Guidelines on Conflict Management", "In Progress", "Amber", "ld", "in_sync",
      "Same ask. Both open.")]),
  ("powers", 9411, NAT, N("powers", 1), "Being progressed", "17/10/2024", [
    F(V, "Closed - Complete", "Blue", "ld", "closeable_submit",
      "Verbatim, cut at 255. Force Closed - Complete; HMICFRS Being progressed.", ref="9411")]),
  ("powers", 9412, NAT, N("powers", 2), "Being progressed", "17/10/2024", "SPLITBWV"),
  ("powers", 9413, NAT, N("powers", 3), "Awaiting review", "26/02/2021", None),
  ("powers", 9414, NAT, N("powers", 4), "Being progressed", "17/10/2024", [
    F("Effective internal monitoring of use of force - identify & understand disproportionate use, explain reasons, implement improvement action", "In Progress", "Amber", "lp", "in_sync",
      "Same ask. Both open.")]),
]

SPLITS = {
  "SPLIT8541": [
    F("S&S monitoring (a) - reasons for any disproportionate representation of different ethnic groups in use of S&S", "Closed - Complete", "Blue", "lp", "in_sync",
      "Part (a) of 8541 (the force split the three bullets over three records, same ref). Item is done only when all parts are: part (c) is In Progress, so the force side is open; HMICFRS Being progressed: in_sync.", ref="8541"),
    F("S&S monitoring (b) - find rates by ethnicity & type of search (incl. drugs possession / supply)", "Closed - Complete", "Blue", "lp", "in_sync",
      "Part (b) of 8541; see part (a): part (c) still open, so the item is open on both sides.", ref="8541"),
    F("S&S monitoring (c) - prevalence of possession-only drug searches vs local/force priorities", "In Progress", "Amber", "lp", "in_sync",
      "Part (c) of 8541, still In Progress: the item is open on the force side; HMICFRS open.", ref="8541",
      upd="Drugs search dashboard in build (Power BI). Target Q4."),
  ],
  "SPLITBWV": [
    F("BWV (1) - record entirety of all S&S encounters incl. traffic stops & use of force", "Closed - Complete", "Blue", "lp", "closeable_submit",
      "Part 1 of the Sept 2021 BWV rec (three records, one per paragraph). All three parts Closed - Complete, so the item is done; HMICFRS Being progressed.", ref="9412"),
    F("BWV (2) - structured process to review a sufficient sample of BWV footage internally", "Closed - Complete", "Blue", "lp", "closeable_submit",
      "Part 2 of 9412; all parts done; HMICFRS open.", ref="9412"),
    F("BWV (3) - external scrutiny panel access to BWV samples (S&S and UoF), with CoP APP safeguards", "Closed - Complete", "Blue", "lp", "closeable_submit",
      "Part 3 of 9412; all parts done; HMICFRS open.", ref="9412"),
  ],
}
AUST23 = F("Recs 2 & 3 - assess scope to improve savings through collaboration (<10%) & whether decisive action taken to maintain crime fighting capacity on front line",
           "In Progress", "Amber", "fin", "closeable_local",
           "One record holds Austerity recs 2 and 3 (both refs typed). HMICFRS 'No further action required' on both = closed; force In Progress: close locally (one line per HMICFRS item).",
           ref="3311; 3312", upd="Picked up through WMP2020. HMIC to follow up in autumn.")

FORCE_ONLY = [
  ("apsp", F("Plan to seek intelligence on abuse of position for a sexual purpose - align to NPCC national strategy (Apr 2017)", "In Progress", "Amber", "psd", "not_on_hmicfrs_list",
     "Force's own record from the APSP national letter (Oct 2017); no such item on the HMICFRS list.", type_="Cause of Concern",
     upd="CCU capacity review done; IT monitoring upgrade live.")),
  ("daprog", F("Force action - understand causes of decline in DA performance identified in HMICFRS DA progress report (no formal recs)", "In Progress", "Amber", "pp", "not_on_hmicfrs_list",
     "Local action; the Nov 2017 DA progress report made no recommendations (the record's own name says so). Not on the HMICFRS list.", type_="Local Action")),
  ("stolen", F("Force action - Dip-sample 50 modern slavery and human trafficking crime reports each quarter and report findings to the Crime Standards Board", "In Progress", "Green", "fcr", "not_on_hmicfrs_list",
     "Force's own action filed under Stolen Freedom; it is not any of the seven HMICFRS MSHT items (closest is 8024 NCRS, which has its own record).", type_="Local Action")),
  ("eff16", F(HAMPSHIRE_CEASE, "Closed - Complete", "Blue", "pp", "not_on_hmicfrs_list",
     "Cease telephone DASH / resolution centre: sits beside the DASH items but is neither 7101 (the cause of concern) nor 7102 (supervision of DASH). No such item on the HMICFRS list (already gone from the register).", type_="Recommendation")),
]

# ---------------------------------------------------------------------------------------------
SF_TYPE = {NAT: "National Recommendation", REC: "Recommendation", AFI: "AFI", COC: "Cause of Concern"}
FIXED = dt.datetime(2026, 12, 7, 8, 12, 0)
ZIP_TIME = (2026, 12, 7, 8, 12, 0)
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def sf_id(rng):
    body = "a0T8d00000" + "".join(rng.choice(B62) for _ in range(5))
    suffix = ""
    for i in range(3):
        chunk = body[i * 5:(i + 1) * 5]
        flags = sum(1 << j for j, c in enumerate(chunk) if c.isupper())
        suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[flags]
    return body + suffix


def parse_d(s):
    d, m, y = s.split("/")
    return dt.date(int(y), int(m), int(d))


def build():
    rng = random.Random(SEED)
    os.makedirs(OUT, exist_ok=True)
    # ---- HMICFRS side ------------------------------------------------------------------
    hitems = sorted(ITEMS, key=lambda it: (REPORTS[it[0]][1], it[1]))
    hrow = {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    hdr = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
           "Recommendation", "Status", "Status date"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
    for it in hitems:
        key, rid, typ, text, st, sd, _ = it
        ws.append([rid, "West Midlands Police", REPORTS[key][0], REPORTS[key][1], typ, text, st, parse_d(sd)])
        r = ws.max_row
        hrow[rid] = r
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", [18, 22, 50, 16, 24, 90, 26, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{ws.max_row}"
    wb.properties.creator = "HMICFRS"
    wb.properties.lastModifiedBy = "HMICFRS"
    wb.properties.title = "Recommendations held against West Midlands Police"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps "modified" with the clock
                import re
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2026-12-07T08:12:00Z</dcterms:modified>", data)
            zout.writestr(zi, data)
    with open(os.path.join(OUT, "hmicfrs.xlsx"), "wb") as fh:
        fh.write(out.getvalue())

    # ---- force side: Salesforce records ------------------------------------------------
    recs = []   # dicts: rep, name, id, rec-spec, hmicfrs ids
    n = 0
    def add(repkey, spec, hids, htyp, htext):
        nonlocal n
        n += 1
        recs.append(dict(rep=spec["rep"] or repkey, name=f"HR-{n:05d}", id=sf_id(rng), spec=spec,
                         hids=hids, htyp=htyp, htext=htext,
                         mod=(dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(0, 330)))))
    for it in ITEMS:   # creation order = register order the force keyed them in
        key, rid, typ, text, st, sd, fr = it
        if fr is None:
            continue
        if fr == "AUST23":
            if rid == 3311:
                add(key, AUST23, [3311, 3312], typ, text)
            continue
        if isinstance(fr, str):
            for spec in SPLITS[fr]:
                add(key, spec, [rid], typ, text)
            continue
        for spec in fr:
            add(key, spec, [rid], typ, text)
        if key == "austerity" and rid == 3310:
            pass
    for repkey, spec in FORCE_ONLY:
        add(repkey, spec, [], None, None)
    # sas13 record points to the sas15 record's number
    sas15_name = next(r["name"] for r in recs if r["hids"] == [5507])
    # Salesforce summary report exported "Details Only": sorted by the grouping field
    recs.sort(key=lambda r: (SF_REPORT[r["rep"]][0].lower(), r["name"]))
    header = ["Inspection Report: Inspection Report Name", "Inspection Report: Publication Date",
              "HMICFRS Recommendation: ID", "HMICFRS Recommendation: HMICFRS Recommendation Name",
              "HMICFRS Ref", "Item Type", "Recommendation / AFI Text", "Lead Officer", "Portfolio",
              "Status", "RAG", "Submitted to HMICFRS", "Date Submitted", "Latest Update",
              "Last Modified Date"]
    rows = [header]
    frow = {}
    for i, r in enumerate(recs):
        s = r["spec"]
        text = r["htext"] if s["text"] == V else s["text"]
        text = text[:255]       # report shows the first 255 characters of a long text area
        upd = s["upd"].replace("HR-00011", sas15_name)[:255]
        lead, port = LEADS[s["lead"]]
        ftype = s["type"] or SF_TYPE[r["htyp"]]
        ref = s["ref"] if s["ref"] is not None else ""
        rows.append([SF_REPORT[r["rep"]][0], SF_REPORT[r["rep"]][1], r["id"], r["name"], ref, ftype,
                     text, lead, port, s["status"], s["rag"], str(s["sub"]), s["dsub"], upd,
                     r["mod"].strftime("%d/%m/%Y")])
        frow[r["name"]] = i + 2
        r["row"] = i + 2
    nrec = len(recs)
    footer = [[""], [""], ["HMICFRS Recommendations - All (JAC)"],
              ["Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."],
              ["Confidential Information - Do Not Distribute"],
              ["Generated By:  Priya Raman  07/12/2026 08:12"],
              ["West Midlands Police"]]
    sio = io.StringIO()
    w = csv.writer(sio, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerows(rows + footer)
    with open(os.path.join(OUT, "tracker.csv"), "wb") as fh:
        fh.write(sio.getvalue().encode("iso-8859-1", errors="replace"))

    # ---- truth -------------------------------------------------------------------------
    truth = []
    by_hid = {}
    for r in recs:
        for h in r["hids"]:
            by_hid.setdefault(h, []).append(r)
    for it in hitems:
        rid = it[1]
        hr = f"Recommendations!{hrow[rid]}"
        if rid not in by_hid:
            truth.append((hrow[rid], 0, hr, "", "missing_from_force",
                          f"Register id {rid} ({REPORTS[it[0]][0]}): no Salesforce record carries this ref or this ask under any report; nobody owns it."))
            continue
        for r in sorted(by_hid[rid], key=lambda r: r["row"]):
            truth.append((hrow[rid], r["row"], hr, f"tracker.csv!{r['row']}", r["spec"]["cat"], r["spec"]["why"]))
    for r in sorted(recs, key=lambda r: r["row"]):
        if not r["hids"]:
            truth.append((10**6, r["row"], "", f"tracker.csv!{r['row']}", r["spec"]["cat"], r["spec"]["why"]))
    truth.sort(key=lambda t: (t[0], t[1]))
    sio = io.StringIO()
    w = csv.writer(sio, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t[2:])
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(sio.getvalue())

    # ---- README ------------------------------------------------------------------------
    counts = {}
    for t in truth:
        counts[t[4]] = counts.get(t[4], 0) + 1
    def fr_of(hid):
        return ", ".join(str(r["row"]) for r in sorted(by_hid[hid], key=lambda r: r["row"]))
    def hr_of(hid):
        return hrow[hid]
    cut = sorted(r["row"] for r in recs if (r["htext"] if r["spec"]["text"] == V else r["spec"]["text"]) and len(r["htext"] if r["spec"]["text"] == V else r["spec"]["text"]) > 255)
    multiline = sorted(r["row"] for r in recs if "\n" in r["spec"]["upd"] or "\n" in (r["htext"] if r["spec"]["text"] == V else r["spec"]["text"])[:255])
    qmark = sorted(r["row"] for r in recs if any(ord(ch) > 255 for ch in (r["htext"] if r["spec"]["text"] == V else r["spec"]["text"])[:255]))
    green_open = sorted(r["row"] for r in recs if r["spec"]["rag"] == "Green" and r["spec"]["status"] in ("In Progress", "Not Started", "On Hold"))
    only = sorted(r["row"] for r in recs if not r["hids"])
    L = []
    a = L.append
    a(f"# {CASE}\n")
    a("## Story\n")
    a("West Midlands Police (the force is real; this tracker, its people and its statuses are invented) "
      "keeps its HMICFRS recommendations in the force's Salesforce org: the Corporate Development "
      "team added a custom object **HMICFRS Recommendation** with a parent object **Inspection "
      "Report**. Before the Joint Audit Committee the organisational-learning analyst runs the saved "
      "summary report \"HMICFRS Recommendations - All (JAC)\" (grouped by Inspection Report) and "
      "clicks Export > Details Only > Comma Delimited .csv, leaving the export encoding at the "
      "default ISO-8859-1 (General US & Western European). That file is `tracker.csv`, untouched. "
      "HMICFRS has sent its definitive list as an ordinary register export, `hmicfrs.xlsx`.\n")
    a("## Files\n")
    a(f"- `hmicfrs.xlsx`: one sheet `Recommendations`, header row 1 (Recommendation ID, Force, Report "
      f"title, Publication date, Type, Recommendation, Status, Status date), item rows 2-{len(hitems)+1} "
      f"({len(hitems)} items, 17 reports), sorted by publication date then id. Ids are plain register "
      "integers. Dates are real date cells (dd/mm/yyyy). Texts verbatim, curly quotes, bullets and "
      "the stray footnote '86' kept. Statuses: Awaiting review, Being progressed (open); Complete, "
      "Superseded, No further action required (closed).\n")
    a(f"- `tracker.csv`: Salesforce report export, **ISO-8859-1** (not UTF-8: 'Ren\u00e9e' is byte 0xE9; "
      "characters outside Latin-1 were written as '?'), every field double-quoted, CRLF record ends, "
      f"LF line breaks inside quoted fields. Header row 1; item rows 2-{nrec+1} ({nrec} records); "
      f"then rows {nrec+2}-{nrec+8} are the Salesforce footer (two blank rows, report name, copyright, "
      "'Confidential Information - Do Not Distribute', 'Generated By:' line, org name). Rows are "
      "Excel's rows: a record whose Latest Update holds line breaks is still one row.\n")
    a("- Force columns: `Inspection Report: Inspection Report Name` (the force's own short report "
      "names), `Inspection Report: Publication Date` (dd/mm/yyyy text; blank for PEEL Efficiency 2015), "
      "`HMICFRS Recommendation: ID` (18-character Salesforce record id - not an HMICFRS reference), "
      "`HMICFRS Recommendation: HMICFRS Recommendation Name` (auto-number HR-00001... - the tracker's "
      "own running number, not an HMICFRS reference), `HMICFRS Ref` (the register id where someone "
      "typed it; blank on most rows; '3311; 3312' on one), `Item Type` (National Recommendation / "
      "Recommendation / AFI / Cause of Concern / Local Action), `Recommendation / AFI Text`, `Lead "
      "Officer`, `Portfolio`, `Status` (the lifecycle picklist), `RAG` (delivery confidence: Green = on "
      "track, Blue = closed), `Submitted to HMICFRS` (checkbox as 0/1), `Date Submitted`, `Latest "
      "Update`, `Last Modified Date`.\n")
    a("- Force status vocabulary: done = `Proposed for Closure`, `Submitted to HMICFRS`, `Closed - "
      "Complete`, `Closed - Superseded`, `Closed - Not for Force`; open = `Not Started`, `In Progress`, "
      "`On Hold`. The Status column decides; RAG and the checkbox do not.\n")
    a("## What the layout brings\n")
    a(f"1. A CSV that is not UTF-8 (ISO-8859-1) and in which every curly quote, bullet and dash of a "
      f"pasted HMICFRS text became '?' (rows {', '.join(map(str, qmark))}), e.g. 'The force?s response', "
      "'?no further action?', '?absent'.\n")
    a(f"2. The report shows only the first 255 characters of a long text area: every pasted text longer "
      f"than that ends mid-word (rows {', '.join(map(str, cut))}). Cut texts lose later bullets; this is "
      "the export's display limit, not a dropped bullet.\n")
    a(f"3. Multi-line quoted fields (rows {', '.join(map(str, multiline))}): one Excel row each, several physical lines.\n")
    a("4. Three id-like columns: the Salesforce record id, the HR- auto-number and the HMICFRS Ref. "
      "Only `HMICFRS Ref` names the register's reference.\n")
    a(f"5. A footer of seven non-item rows after the data (rows {nrec+2}-{nrec+8}).\n")
    a("6. Sorted by the grouping field (report name, case-insensitive) then HR number, so HR numbers "
      "jump about and the force's report names (e.g. 'PEEL Legit 17 S&S', 'Stop & search powers 2') "
      "must be mapped to HMICFRS titles.\n")
    a(f"7. RAG Green on open records (rows {', '.join(map(str, green_open))}): in this org Green means on "
      "track; the Status says In Progress / Not Started.\n")
    a("## Traps and how the truth decides\n")
    a(f"- Near-twin texts: 1205 (Stop and search 2013, HMICFRS row {hr_of(1205)}) and 5507 (Stop and search "
      f"powers 2, row {hr_of(5507)}). Force rows {fr_of(1205)} and {fr_of(5507)} differ by report name and "
      "by 'elected local policing bodies' vs 'PCCs'; statuses differ (Superseded/in_sync vs "
      "closeable_submit), so a swapped pairing gives wrong categories.\n")
    a(f"- Split: 8541 (row {hr_of(8541)}) over force rows {fr_of(8541)}, parts (a),(b) closed, (c) open -> "
      f"item open, in_sync x3. 9412 BWV (row {hr_of(9412)}) over rows {fr_of(9412)}, all closed -> "
      "closeable_submit x3.\n")
    a(f"- Combined: force row {fr_of(3311)} holds Austerity 3311 and 3312 (HMICFRS rows {hr_of(3311)}, "
      f"{hr_of(3312)}); two truth lines, both closeable_local.\n")
    a(f"- Submitted-then-returned: row {fr_of(7102)} has `Submitted to HMICFRS` = 1 and a date, but Status "
      "In Progress and the update says HMICFRS returned it: open, in_sync.\n")
    a(f"- Conflicts: deadline 2016 vs 2015 (4821, force row {fr_of(4821)}); report - firearms 'total "
      f"expired' filed under Building the Picture (6703, row {fr_of(6703)}); timescale twelve vs six "
      f"months (8021, row {fr_of(8021)}); type Recommendation vs Area for improvement (8131, row "
      f"{fr_of(8131)}); missing bullet, not a cut (8542, row {fr_of(8542)}); reference 8534 vs 8543 "
      f"(row {fr_of(8543)}).\n")
    a(f"- Cut at 255 is not a conflict: e.g. 2321 (row {fr_of(2321)}), 7815 (row {fr_of(7815)}), 8020 (row {fr_of(8020)}).\n")
    a(f"- Force-only rows {', '.join(map(str, only))}: APSP plan, DA progress-report action, an MSHT "
      "dip-sample local action filed under Stolen Freedom, and the 'cease telephone DASH' item beside "
      "the DASH cause of concern and recommendation (not either of them).\n")
    a("- Missing from force: 6120 (Building the Picture), 6705 (firearms systems), 8022 (section 45 "
      "defence), 9413 (Home Office/NPCC data).\n")
    a("- `Closed - Not for Force` (1203) counts as done (the force's WHITE): closeable_submit.\n")
    a("## Counts\n")
    for k in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
              "not_on_hmicfrs_list", "review"]:
        a(f"- {k}: {counts.get(k, 0)}\n")
    a(f"- total truth lines: {len(truth)} ({len(hitems)} HMICFRS items, {nrec} force records)\n")
    a("## Rows that are not items\n")
    a("- hmicfrs.xlsx `Recommendations!1`: header.\n")
    a(f"- tracker.csv row 1: header. Rows {nrec+2} and {nrec+3}: blank rows (`\"\"`) Salesforce writes "
      f"before its footer. Row {nrec+4}: report name. Row {nrec+5}: copyright line. Row {nrec+6}: "
      f"'Confidential Information - Do Not Distribute'. Row {nrec+7}: 'Generated By:' user and time. "
      f"Row {nrec+8}: organisation name.\n")
    a("## Checks run\n")
    a("- Every HMICFRS item row (2-%d) appears in truth at least once; every force item row (2-%d) "
      "appears once, or once per HMICFRS item for the combined row; no non-item row appears.\n" % (len(hitems)+1, nrec+1))
    a("- Read back: `pandas.read_excel` on hmicfrs.xlsx and `pandas.read_csv(encoding='cp1252')` on "
      "tracker.csv (record count and quoted multi-line fields), openpyxl load of hmicfrs.xlsx; "
      "tracker.csv fails as UTF-8 as intended.\n")
    a("- Built twice; sha256 of all four files identical.\n")
    a("- The case was never run through `reconcile`; truth is by eye from the rules above.\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    build()
