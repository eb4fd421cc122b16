# Real HMICFRS wording (Open Government Licence), copied as literals from the casegen text lists.
N_SAS13_1 = 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'
N_SAS13_2 = 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'
N_SAS13_3 = 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'
N_EVERYONE = "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."
N_AUST_1 = "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"
N_AUST_2 = 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'
N_AUST_3 = 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'
N_AUST_4 = 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'
N_CORE_1 = 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'
N_CORE_2 = 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'
N_INTEG = 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'
N_SAS15 = 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'
N_PICTURE = 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'
N_FA_1 = 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'
N_FA_2 = 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'
N_FA_3 = 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'
N_FA_4 = 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'
N_FA_5 = 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'
N_SF_LEAD = 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'
N_SF_INTEL = 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'
N_SF_S45 = 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'
N_SF_NRM = 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'
N_SF_NCRS = 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'
N_SF_INV = 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'
N_SF_PREV = 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'
N_EFC17 = "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."
N_LEG_COC = 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'
N_LEG_MON = 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'
N_LEG_DISP = 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'
N_LEG_PUB = 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'
N_LEG_TRAIN = 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'
N_POW_1 = 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'
N_POW_2 = 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'
N_POW_BWV = 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'
N_POW_HO = 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'
N_POW_UOF = 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'
B_CDI = 'put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed'
B_SUPERVISION = 'ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded'
B_DIGITAL = 'improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed'
B_RUI = 'improve its understanding of suspects released under investigation and the management of those released on bail'
B_THR = 'provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk'
B_DEMAND = 'undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public'
B_COSTS = 'develop its understanding of the links between its outcomes, outputs and costs'
B_CRMS = 'improve its use of its crime-recording and management system to better manage its case files and investigative processes'
B_VETTING = 'ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines'
B_MISSING = 'review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately;\n• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and\n• supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action'
B_DETENTION = 'in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested'
B_CONTROL = 'ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce'
B_DASH = 'take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases'
B_CAUTIONS = 'revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue'
C_DA = "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed."
C_MISSING = 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm.'

# ---------------------------------------------------------------------------------------------
# Builder for case "opcc_annotated_list_stale_lookup_sheet" (round 100, case B).
# Run: /work/main/.venv/bin/python /tmp/indep100/build_opcc_annotated_list_stale_lookup_sheet.py
# Writes /tmp/indep100/opcc_annotated_list_stale_lookup_sheet/{hmicfrs.xlsx,tracker.xlsx,truth.csv,README.md}
# Deterministic: no randomness, fixed document properties, XlsxWriter's fixed zip timestamps.
# ---------------------------------------------------------------------------------------------
import csv
import datetime as dt
import io
import os
from collections import Counter

import xlsxwriter

CASE = "opcc_annotated_list_stale_lookup_sheet"
OUT = os.path.join("/tmp/indep100", CASE)
FORCE = "Staffordshire Police"
D = dt.datetime

REPORTS = {  # key: (HMICFRS inspection title as the portal shows it, publication date, tracker's name)
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9), "S&S 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22), "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", D(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management", D(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15), "Firearms licensing 2015"),
    "effic16": ("PEEL: Police efficiency 2016 – Staffordshire Police", D(2016, 11, 3), "PEEL Efficiency 2016"),
    "eff16": ("PEEL: Police effectiveness 2016 – Staffordshire Police", D(2017, 3, 2), "PEEL Effectiveness 2016"),
    "cdi17": ("Crime data integrity inspection 2017 – Staffordshire Police", D(2017, 8, 17), "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9), "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12), "PEEL Legit 17 S&S"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Staffordshire Police", D(2019, 5, 2), "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Staffordshire Police", D(2022, 4, 8), "PEEL 2021/22"),
    "custody22": ("Report on an unannounced inspection visit to police custody suites in Staffordshire 2022", D(2022, 8, 23), "Custody 2022"),
}

NATR, REC, AFI, COC = "National recommendation", "Recommendation", "Area for improvement", "Cause of concern"
AR, BP, CO, SU, NFA = "Awaiting review", "Being progressed", "Complete", "Superseded", "No further action required"
CLOSED = {CO, SU, NFA}
SUPERSEDED_NOTE = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. "
                   "Where a cause of concern still exists this will appear in the register against these subsequent inspections.")
REVIEW_NOTE = ("The status of this recommendation is currently being reviewed by HMIC and will be updated when this "
               "review is complete.")
MONITOR_NOTE = ("The progress of the implementation of this recommendation is currently being monitored by HMICFRS and "
                "this record will, in due course, be updated.")

# Force-level texts: real stems + real bodies / causes (casegen text lists), force named where the stem names it.
T_6602 = C_DA
T_6603 = "To address this cause of concern, HMIC recommends the force should immediately " + B_DASH + "."
T_6604 = C_MISSING
T_6605 = "To address this cause of concern, HMIC recommends the force should immediately " + B_MISSING + "."
T_6288 = "The force should " + B_DEMAND + "."
T_6289 = "The force should " + B_COSTS + "."
T_7410 = "Within six months the force should " + B_CDI + "."
T_7411 = "Within three months, the force should " + B_THR + "."
T_7412 = "The force should " + B_CRMS + "."
T_9102 = "HMIC recommends that within six months the force should: " + B_SUPERVISION + ";"
T_9103 = FORCE + " should " + B_VETTING + "."
T_9104 = "The force should " + B_RUI + "."
T_9105 = "The force should " + B_DIGITAL + "."
T_12311 = "The force should improve its understanding of the nature and scale of county lines drug dealing in its area."
T_12312 = ("The force should make sure victims of domestic abuse are kept informed about the progress of their case, "
           "in line with the Code of Practice for Victims of Crime.")
T_12313 = "The force should improve the timeliness of its response to calls for service involving people with mental ill health."
T_12314 = "The force should " + B_CONTROL + "."
T_12315 = "The force should make sure its analysis of serious and organised crime informs its strategic assessment and control strategy."
T_12720 = "Within six months " + FORCE + " should, " + B_DETENTION + "."
T_12721 = "The force should make sure officers and staff have the training they need to identify and respond to vulnerable adults."


def F(text, rag, lead, update="", submitted=None, hid="same", ftype=None, frep=None, sep_rag="same", sep_hid="same", key=None):
    """One force tracker row. hid: HMICFRS ID written in the tracker ('same' = the item's id, '' = blank).
    sep_rag / sep_hid: the row as it stood in the OPCC's 30/09/2024 extract ('same' = as now; sep_rag None = not there)."""
    return dict(text=text, rag=rag, lead=lead, update=update, submitted=submitted, hid=hid, ftype=ftype, frep=frep,
                sep_rag=sep_rag, sep_hid=sep_hid, key=key)


def H(hid, rep, typ, text, status, changed, comment, cat, why, force=(), opcc="", deleted_sep=None):
    return dict(hid=hid, rep=rep, typ=typ, text=text, status=status, changed=changed, comment=comment, cat=cat,
                why=why, force=list(force), opcc=opcc, deleted_sep=deleted_sep)


ITEMS = [
    H(1187, "sas13", NATR, N_SAS13_1, CO, D(2016, 5, 12), "This recommendation is complete", "in_sync",
      "Same ID 1187 and same ask (APP specification of effective and fair S&S); HMICFRS Complete, force COMPLETE: both closed.",
      [F("CCs & CoP to set out in the S&S APP what effective and fair use of S&S powers is (Code of Practice compliant)", "COMPLETE", "ACC Local Policing", "Closed by HMIC May 2016.")]),
    H(1188, "sas13", NATR, N_SAS13_2, CO, D(2016, 5, 12), "This recommendation is complete", "in_sync",
      "ID 1188 on both sides, monitoring of S&S use; both closed (Complete / COMPLETE).",
      [F("Establish / improve monitoring of the way officers use S&S - lawful (incl. equality legislation & Code), effective, maintains public trust", "COMPLETE", "ACC Local Policing", "S&S scrutiny dashboard live.")]),
    H(1189, "sas13", NATR, N_SAS13_3, BP, D(2021, 3, 1), REVIEW_NOTE, "in_sync",
      "ID 1189 and the 2013 wording 'in consultation with elected local policing bodies' on both sides; both open (Being progressed / AMBER). Not to be confused with 5512 (2015 report, 'police and crime commissioners'), a near copy.",
      [F("Consult elected local policing bodies; explain to public how S&S is used & get community reps to scrutinise S&S records (involve young people)", "AMBER", "Supt Neighbourhood Policing", "Scrutiny panel terms of reference being refreshed with OPCC.")]),
    H(2321, "everyone", NATR, N_EVERYONE, SU, D(2018, 3, 22), SUPERSEDED_NOTE, "closeable_local",
      "ID 2321, the DA action plan; HMICFRS Superseded (closed), force still AMBER: the force closes its own entry.",
      [F("Publish DA action plan (Everyone's Business) - consult PCC, DA support orgs & victims' reps; DHRs & IPCC findings; CPS panels & MARAC self-assessments", "AMBER", "Ch Supt Public Protection", "Plan refreshed annually through DA Strategic Board.")]),
    H(3050, "austerity", NATR, N_AUST_1, NFA, D(2017, 10, 5), "", "in_sync",
      "ID 3050, review savings plans; HMICFRS No further action required (closed), force COMPLETE: both closed.",
      [F("Review plans to deliver savings - reduce crime & protect front line while balancing budget (use VfM profiles)", "COMPLETE", "Director of Finance", "Addressed holistically as part of the force change programme.")]),
    H(3051, "austerity", NATR, N_AUST_2, NFA, D(2017, 10, 5), "", "in_sync",
      "ID 3051, collaboration savings under 10%; both closed (No further action required / COMPLETE).",
      [F("<10% of savings via collaboration - assess scope to improve", "COMPLETE", "Director of Finance", "Addressed holistically as part of the force change programme.")]),
    H(3052, "austerity", NATR, N_AUST_3, NFA, D(2017, 10, 5), "", "closeable_local",
      "ID 3052, front-line workforce reduction; HMICFRS No further action required (closed) but the force row is still AMBER: close locally.",
      [F("Reducing front line workforce / officers - assess whether decisive action taken to keep crime fighting capacity", "AMBER", "Director of People", "Workforce plan 2024-27 in draft.")]),
    H(3053, "austerity", NATR, N_AUST_4, NFA, D(2017, 10, 5), "", "in_sync",
      "ID 3053, collaboration plans for next spending round; both closed.",
      [F("Next spending round - review collaboration plans (other forces, public / private sector)", "COMPLETE", "Director of Finance", "")]),
    H(4822, "core", NATR, N_CORE_1, CO, D(2016, 2, 10), "This recommendation is complete", "in_sync",
      "ID 4822, Core Business THR criteria for call-handlers; both closed. Near copy of the CDI 2017 item 7411 (same body), told apart by report and ID.",
      [F("THR policy - give call handlers specific criteria to assess threat, harm & risk", "COMPLETE", "Supt Contact Centre", "THRIVE embedded 2015.")]),
    H(4823, "core", NATR, N_CORE_2, BP, D(2019, 1, 14), MONITOR_NOTE, "closeable_submit",
      "ID 4823, crime prevention activity recorded and evaluated; HMICFRS Being progressed, force GREEN with a closure submission date (the OPCC lookup still shows the September AMBER): submit for closure.",
      [F("Crime prevention / disruption activity to be systematically recorded & evaluated for effectiveness", "GREEN", "Head of Corporate Development", "Problem-solving database live; evaluation framework signed off.", D(2024, 10, 21), sep_rag="AMBER")]),
    H(5207, "integrity", NATR, N_INTEG, CO, D(2016, 9, 30), "This recommendation is complete", "missing_from_force",
      "ID 5207 (misconduct NFA outcomes fair) has no row in the current tracker: the force removed it in its October tidy-up. The OPCC lookup still shows STF-HM-011 / GREEN from the stale 30/09 extract, which is not the force tracker. Closed at HMICFRS, but still on the list and not in the tracker.",
      [], opcc="", deleted_sep=dict(ref="STF-HM-011", text="Misconduct cases ending in NFA - satisfy ourselves fair & free of discrimination", lead="Head of Professional Standards", rag="GREEN", frep="Integrity Matters 2015")),
    H(5512, "sas15", NATR, N_SAS15, BP, D(2021, 3, 1), REVIEW_NOTE, "closeable_submit",
      "ID 5512 and the 2015 wording ('in consultation with police and crime commissioners'), force report 'Stop & search powers 2'; HMICFRS Being progressed, force GREEN with submission date: submit. Its near twin 1189 (2013) stays AMBER.",
      [F("In consultation with PCC - explain S&S use to the public & arrange community scrutiny of S&S records (involve young people)", "GREEN", "Supt Neighbourhood Policing", "Community scrutiny panel meeting quarterly since 2023; minutes as evidence.", D(2024, 9, 30))]),
    H(5790, "picture", NATR, N_PICTURE, BP, D(2019, 6, 20), "", "in_sync",
      "ID 5790, information management audits; both open (Being progressed / AMBER).",
      [F("Scrutinise audits of compliance with APP on info management via IM governance board (records categorisation adjusted)", "AMBER", "Head of Information Management", "Audit schedule agreed; first report to IM Board Jan 25.")]),
    H(6120, "firearms", NATR, N_FA_1, CO, D(2016, 7, 1), "This recommendation is complete", "in_sync",
      "ID 6120, firearms licensing governance against APP; both closed.",
      [F("Assess FL governance against APP & put correct arrangements in place", "COMPLETE", "Supt Firearms Licensing", "")]),
    H(6121, "firearms", NATR, N_FA_2, BP, D(2019, 6, 20), "", "closeable_submit",
      "ID 6121, demand on firearms licensing; HMICFRS Being progressed, force GREEN (submitted 28/10/2024; the lookup's AMBER is September's): submit.",
      [F("Assess demand on Firearms Licensing dept & make sure it has capacity to meet it", "GREEN", "Supt Firearms Licensing", "Demand review complete; 4 additional FEOs recruited.", D(2024, 10, 28), sep_rag="AMBER")]),
    H(6122, "firearms", NATR, N_FA_3, CO, D(2016, 7, 1), "This recommendation is complete", "in_sync",
      "ID 6122, 'total expired' records; both closed.",
      [F("Total expired licensing records - make sure appropriate action taken", "COMPLETE", "Supt Firearms Licensing", "")]),
    H(6123, "firearms", NATR, N_FA_4, BP, D(2019, 6, 20), "", "in_sync",
      "ID 6123, temporary permits; both open.",
      [F("Temporary permits - in line with HO guidance, recorded on NFLMS without delay, no unlawful possession", "AMBER", "Supt Firearms Licensing", "NFLMS recording audit due Dec 24.")]),
    H(6124, "firearms", NATR, N_FA_5, AR, D(2024, 6, 3), "Re-opened following firearms licensing inspection activity in 2024.", "missing_from_force",
      "ID 6124 (firearms holder markers applied before attendance) is on the list, open, and has no tracker row by ID or by text; the force's 'internal audit of firearms licensing governance' row is its own audit action, not this ask. The lookup says Not found, and here it is right.",
      []),
    H(6288, "effic16", AFI, T_6288, SU, D(2019, 5, 2), "Superseded by PEEL 2018/19.", "closeable_local",
      "ID 6288, demand AFI (PEEL efficiency 2016); HMICFRS Superseded (closed), force AMBER: close locally.",
      [F("Understand current & likely future demand so resources match demand", "AMBER", "Head of Corporate Development", "Force Management Statement demand chapter in progress.")]),
    H(6289, "effic16", AFI, T_6289, SU, D(2019, 5, 2), "Superseded by PEEL 2018/19.", "in_sync",
      "ID 6289, links between outcomes, outputs and costs; HMICFRS Superseded, force COMPLETE: both closed.",
      [F("Develop understanding of links between outcomes, outputs & costs", "COMPLETE", "Director of Finance", "")]),
    H(6602, "eff16", COC, T_6602, BP, D(2018, 4, 16), "", "in_sync",
      "ID 6602, the DA / DASH cause of concern, type CoC on both sides; both open.",
      [F("CoC - DA: officer discretion on DASH means risk not always assessed; DASH not completed where policy requires", "AMBER", "Ch Supt Public Protection", "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.", ftype=COC)]),
    H(6603, "eff16", REC, T_6603, BP, D(2018, 4, 16), "", "closeable_submit",
      "ID 6603, effective supervision of initial DASH risk assessment; HMICFRS Being progressed, force GREEN submitted 14/10/2024: submit.",
      [F("Effective supervision of initial DASH risk assessment process", "GREEN", "C/Supt Bell", "The policy is now signed off and in place; dip-sample shows 96% supervised.", D(2024, 10, 14))]),
    H(6604, "eff16", COC, T_6604, CO, D(2019, 11, 7), "", "in_sync",
      "ID 6604, missing and absent children cause of concern; both closed.",
      [F("CoC - missing & absent children: risk assessment inappropriate, children classed absent not missing", "COMPLETE", "Ch Supt Public Protection", "", ftype=COC)]),
    H(6605, "eff16", REC, T_6605, CO, D(2019, 11, 7), "Authorised for closure on the basis of the additional observations offered by members of the inspection team in recent inspection activity.", "closeable_local",
      "ID 6605, missing children recommendation (three bullets); HMICFRS Complete, force still AMBER: close locally.",
      [F("Missing children - call takers use missing/absent category correctly; CSE risk factors; supervisors oversee missing enquiries", "AMBER", "Ch Supt Public Protection", "Awaiting final audit.")]),
    H(7410, "cdi17", REC, T_7410, BP, D(2018, 2, 26), "", "in_sync",
      "ID 7410, CDI victims believed etc. (all five bullets summarised); both open.",
      [F("CDI - victims believed at point of report; call logs summarised accurately; multiple crimes recorded; don't wait for medicals / VRIs; triage online reports", "AMBER", "Force Crime Registrar", "Allocated to the Force Crime Registrar.")]),
    H(7411, "cdi17", REC, T_7411, BP, D(2018, 2, 26), "", "conflict",
      "ID 7411 matched (call-handler THR criteria, CDI 2017), but HMICFRS says 'Within three months' and the tracker 'Within 6 months': the timescale disagrees. Both open.",
      [F("Within 6 months - provide call-handlers with specific, sound & comprehensible criteria to assess THR", "AMBER", "Supt Contact Centre", "THRIVE refresher with Contact Centre.")]),
    H(7412, "cdi17", AFI, T_7412, AR, D(2017, 9, 4), "New recommendation", "conflict",
      "ID 7412 matched (crime-recording and management system), but HMICFRS types it an Area for improvement and the tracker a Recommendation: type disagrees.",
      [F("Improve use of crime recording & mgmt system to manage case files & investigative processes", "AMBER", "Force Crime Registrar", "Niche workflow changes scoped.", ftype=REC)]),
    H(8321, "stolen", NATR, N_SF_LEAD, BP, D(2018, 11, 19), "", "in_sync",
      "ID 8321, MSHT leadership and governance, split by the force into four bullet rows (.1-.4) each carrying 8321. Three parts GREEN, part .3 (partnership arrangements) AMBER, so the item is open on the force side; HMICFRS Being progressed: in sync. The OPCC lookup shows only the first part's GREEN.",
      [F("MSHT governance - senior leaders prioritise response to MSHT", "GREEN", "Det Ch Supt Force CID", "MSHT lead at ACC level since 2019.", key="8321.1"),
       F("MSHT governance - every MSHT incident allocated resources with skills, experience & capacity", "GREEN", "Det Ch Supt Force CID", "", key="8321.2"),
       F("MSHT governance - effective partnership arrangements to share info & safeguard victims", "AMBER", "Det Ch Supt Force CID", "Regional anti-slavery partnership ToR not yet agreed.", key="8321.3"),
       F("MSHT governance - performance & QA measures so senior leaders can assess service to victims", "GREEN", "Det Ch Supt Force CID", "", key="8321.4")]),
    H(8322, "stolen", NATR, N_SF_INTEL, BP, D(2018, 11, 19), "", "closeable_submit",
      "ID 8322, information-sharing agreements (HMICFRS text keeps the stray footnote '86'); HMICFRS Being progressed, force GREEN submitted 30/10/2024: submit.",
      [F("ISAs with other agencies - speedy exchange of intel, safeguard victims, identify suspects early (within 6 months)", "GREEN", "Head of Intelligence", "ISAs signed with all 3 local authorities & Border Force.", D(2024, 10, 30), sep_rag="AMBER")]),
    H(8323, "stolen", NATR, N_SF_S45, CO, D(2023, 5, 11), "", "closeable_local",
      "ID 8323, section 45 defence; HMICFRS Complete, force still AMBER: close locally.",
      [F("Victims committing crime under compulsion - early & continuing consideration of s45 defence", "AMBER", "Head of Criminal Justice", "CPS joint protocol under review.")]),
    H(8324, "stolen", NATR, N_SF_NRM, BP, D(2018, 11, 19), "", "in_sync",
      "ID 8324, NRM compliance; both open.",
      [F("Fully compliant with NRM process & MSA 2015 duty to notify HO of suspected adult victims", "AMBER", "Det Ch Supt Force CID", "")]),
    H(8325, "stolen", NATR, N_SF_NCRS, BP, D(2018, 11, 19), "", "in_sync",
      "ID 8325, NCRS compliance for MSHT; both open.",
      [F("NCRS compliance for MSHT offences + FCR audit capacity", "AMBER", "Force Crime Registrar", "")]),
    H(8326, "stolen", NATR, N_SF_INV, AR, D(2024, 2, 12), "", "in_sync",
      "ID 8326, MSHT investigations investigated and supervised; both open (Awaiting review / AMBER).",
      [F("MSHT allegations thoroughly investigated & supervised by skilled teams (JITs, overseas evidence)", "AMBER", "Det Ch Supt Force CID", "")]),
    H(8327, "stolen", NATR, N_SF_PREV, BP, D(2018, 11, 19), "", "closeable_submit",
      "ID 8327, preventative orders under the Modern Slavery Act; HMICFRS Being progressed, force GREEN submitted 16/09/2024: submit.",
      [F("Review use of preventative powers under MSA 2015 (STPOs / SRPOs)", "GREEN", "Det Ch Supt Force CID", "Completed. Evidence submitted to HMICFRS for closure.", D(2024, 9, 16))]),
    H(8460, "efc17", NATR, N_EFC17, BP, D(2019, 6, 20), "", "conflict",
      "ID 8460 matched (plan for digitally-enabled services), but the tracker states the deadline as 'By Sept 2019' where HMICFRS says 'By September 2018': deadline disagrees. Both open.",
      [F("By Sept 2019 CCs to produce ambitious plan to improve digitally-enabled services (national framework HO / NPCC / APCC)", "AMBER", "Head of Corporate Development", "Digital strategy refresh.")]),
    H(8541, "leg17", COC, N_LEG_COC, BP, D(2018, 7, 30), "", "in_sync",
      "ID 8541, the national stop and search cause of concern; both open, typed CoC on both sides.",
      [F("CoC - forces can't show S&S use is reasonable & fair; over-representation of BAME / black people", "AMBER", "ACC Local Policing", "", ftype=COC)]),
    H(8542, "leg17", NATR, N_LEG_MON, BP, D(2018, 7, 30), "", "closeable_submit",
      "ID 8542, S&S monitoring data by July 2018; HMICFRS Being progressed, force GREEN submitted 25/10/2024 (lookup shows September's AMBER): submit.",
      [F("By July 2018 - monitor S&S data: disproportionality, find rates by ethnicity, possession-only drug searches", "GREEN", "ACC Local Policing", "Monthly S&S disproportionality report to Legitimacy Board.", D(2024, 10, 25), sep_rag="AMBER")]),
    H(8543, "leg17", NATR, N_LEG_DISP, BP, D(2018, 7, 30), "", "in_sync",
      "ID 8543, research and action on disparities; the tracker row carries 8543 now and is AMBER: both open. The OPCC lookup shows the publish-analysis row (COMPLETE) against it because the 30/09 extract had the two IDs swapped; ignore the lookup.",
      [F("Where disparities found - research/analysis of reasons & action to reduce disparity", "AMBER", "ACC Local Policing", "", sep_hid=8544)]),
    H(8544, "leg17", NATR, N_LEG_PUB, CO, D(2020, 1, 22), "", "in_sync",
      "ID 8544, publish the analysis annually; HMICFRS Complete, force COMPLETE: both closed. The lookup's AMBER (and the OPCC query) comes from the swapped IDs in the stale extract.",
      [F("Publish S&S analysis & actions at least annually from July 2018", "COMPLETE", "ACC Local Policing", "Published on force website each July.", sep_hid=8543)],
      opcc="Force shows AMBER - why not closed? Query with force."),
    H(8545, "leg17", NATR, N_LEG_TRAIN, BP, D(2018, 7, 30), "", "in_sync",
      "ID 8545, unconscious bias and APP training for S&S users; both open.",
      [F("S&S users trained on unconscious bias & CoP APP (July 2018 & ongoing)", "AMBER", "Head of Learning & Development", "Training completion 88%.")]),
    H(9102, "peel1819", REC, T_9102, BP, D(2019, 9, 2), "", "closeable_submit",
      "ID 9102, supervision of investigations; HMICFRS Being progressed, force GREEN submitted 18/10/2024: submit.",
      [F("Regular & active supervision of investigations - properly recorded (within 6 months)", "GREEN", "Det Ch Supt Force CID", "Investigation standards audit shows supervision recorded in 92% of files.", D(2024, 10, 18))]),
    H(9103, "peel1819", AFI, T_9103, CO, D(2022, 4, 8), "", "in_sync",
      "ID 9103, vetting clearance for all staff; both closed.",
      [F("All staff at least lowest level vetting; clear backlog & renewals (national vetting guidelines)", "COMPLETE", "Head of Professional Standards", "")]),
    H(9104, "peel1819", AFI, T_9104, BP, D(2019, 9, 2), "", "in_sync",
      "ID 9104, released under investigation and bail; tracker row carries 9104 now (the ID was added after 30/09, so the OPCC lookup says Not found and asks a needless query); both open.",
      [F("Improve understanding of suspects RUI & management of those on bail", "AMBER", "Head of Criminal Justice", "Bail Act changes embedded; RUI review ongoing.", sep_hid="")],
      opcc="Not in force tracker - query with force."),
    H(9105, "peel1819", AFI, T_9105, AR, D(2019, 5, 2), "New recommendation", "missing_from_force",
      "ID 9105 (retrieving digital evidence from devices quickly) is on the list, open, with no tracker row by ID or text. The lookup's Not found is right here.",
      [], opcc="Not in force tracker - query with force."),
    H(11850, "powers", NATR, N_POW_1, BP, D(2022, 9, 5), "", "in_sync",
      "ID 11850, communication skills by July 2022; both open.",
      [F("By July 2022 - officers & staff have effective communication skills (NPG on Conflict Management)", "AMBER", "Head of Learning & Development", "")]),
    H(11851, "powers", NATR, N_POW_2, BP, D(2022, 9, 5), "", "closeable_submit",
      "ID 11851, communication skills in CPD and BWV debriefs; HMICFRS Being progressed, force GREEN submitted 07/10/2024: submit.",
      [F("By July 2021 - comms skills in CPD; supervisors debrief officers using BWV", "GREEN", "Head of Learning & Development", "Ready to move to GREEN status.", D(2024, 10, 7))]),
    H(11852, "powers", NATR, N_POW_BWV, BP, D(2022, 9, 5), "", "conflict",
      "ID 11852 matched (BWV by September 2021), but the tracker row holds only the first of the three asks (recording whole encounters); internal review of footage and scrutiny-panel access are missing: missing bullet. Both open.",
      [F("By Sept 2021 - record entire S&S encounter on BWV incl. traffic stops & use of force", "AMBER", "ACC Local Policing", "BWV activation compliance 91%.")]),
    H(11853, "powers", NATR, N_POW_HO, NFA, D(2021, 6, 14), "Recommendation directed at the Home Office and the NPCC. No further action required by forces.", "in_sync",
      "ID 11853 is for the Home Office and NPCC; HMICFRS No further action required (closed); the tracker row (no HMICFRS ID, matched by its text) is WHITE, not the force's to deliver: both closed.",
      [F("HO & NPCC - improve quality of data on force used in S&S so it can be published (not for force)", "WHITE", "", "Not the force's responsibility to deliver; dependent upon another organisation.", hid="", sep_hid="")]),
    H(11854, "powers", NATR, N_POW_UOF, AR, D(2024, 3, 18), "", "missing_from_force",
      "ID 11854 (internal monitoring of use of force) is on the list, open, and has no tracker row; the BWV and S&S monitoring rows are other items.",
      []),
    H(12311, "peel2122", AFI, T_12311, BP, D(2022, 11, 14), "", "in_sync",
      "ID 12311, county lines; both open.",
      [F("Understand nature & scale of county lines in Staffs", "AMBER", "Head of Intelligence", "County lines problem profile refresh Q4.")]),
    H(12312, "peel2122", AFI, T_12312, BP, D(2022, 11, 14), "", "in_sync",
      "ID 12312, keep DA victims informed (Victims' Code); both open.",
      [F("DA victims kept informed of case progress (VCOP)", "AMBER", "Ch Supt Public Protection", "")]),
    H(12313, "peel2122", AFI, T_12313, AR, D(2022, 4, 8), "New recommendation", "in_sync",
      "ID 12313, calls involving people with mental ill health; the tracker row has no HMICFRS ID but the same ask and report (PEEL 2021/22); both open. The lookup's Not found only reflects the missing ID.",
      [F("Timeliness of response to calls involving people with mental ill health", "AMBER", "Supt Contact Centre", "Right Care Right Person phase 2.", hid="", sep_hid="")]),
    H(12314, "peel2122", AFI, T_12314, BP, D(2022, 11, 14), "", "closeable_submit",
      "ID 12314, control room resourcing; HMICFRS Being progressed, force GREEN submitted 11/10/2024 (lookup AMBER is stale): submit.",
      [F("Sufficient control room resources to meet resourcing model / demand, incl. workforce wellbeing", "GREEN", "Supt Contact Centre", "Establishment reached Sept 24; wellbeing plan in place.", D(2024, 10, 11), sep_rag="AMBER")]),
    H(12315, "peel2122", AFI, T_12315, CO, D(2024, 7, 19), "", "closeable_local",
      "ID 12315, SOC analysis informs strategic assessment; HMICFRS Complete (July 2024), force still AMBER: close locally.",
      [F("SOC analysis to inform strategic assessment & control strategy", "AMBER", "Head of Intelligence", "")]),
    H(12720, "custody22", REC, T_12720, BP, D(2023, 2, 6), "", "in_sync",
      "ID 12720, detention of children in custody (four inline bullets); both open.",
      [F("Custody - with children's social care review detention of children (only when necessary, alt accommodation early, record decisions, timely AA)", "AMBER", "Ch Insp Custody", "")]),
    H(12721, "custody22", AFI, T_12721, AR, D(2022, 8, 23), "New recommendation", "in_sync",
      "ID 12721, training to identify and respond to vulnerable adults; both open.",
      [F("Training for officers & staff to identify & respond to vulnerable adults", "AMBER", "Ch Insp Custody", "")]),
]

# The force's own rows that are not on the HMICFRS list, and where they sit in the tracker (after which item).
EXTRA = [
    ("5512", dict(text="Revise approach to cautions, cannabis warnings & PNDs - auditable explanation to offender; victim's views recorded before issue",
                  rag="AMBER", lead="Head of Criminal Justice", update="Out of court disposals framework (2 tier) being implemented.",
                  submitted=None, hid=5901, ftype=REC, frep="PEEL Legitimacy 2015"),
     "HMICFRS ID 5901 (PEEL Legitimacy 2015, out-of-court disposals) is not on the definitive list at all: the force still tracks it. Query with HMICFRS (probably closed and dropped)."),
    ("6124", dict(text="Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)", rag="GREEN",
                  lead="Supt Firearms Licensing", update="Audit report received - substantial assurance.", submitted=None, hid="",
                  ftype="Local action", frep="Internal audit"),
     "Internal audit action, no HMICFRS ID, not an HMICFRS ask (6124 on the list is about holder markers before attendance, a different thing): the force's own item."),
    ("6605", dict(text="Task & Finish group to review the domestic abuse policy and report to the Force Executive Team", rag="AMBER",
                  lead="Ch Supt Public Protection", update="A Task & Finish group has been set up.", submitted=None, hid="",
                  ftype="Local action", frep="Local"),
     "Local action under the DA heading, no HMICFRS ID and no HMICFRS wording: the force's own item."),
]

HM_SHEET = "Definitive list 31.10.24"
SEP_SHEET = "Force tracker 30.09.24"
SUM_SHEET = "ETAP summary"
TR_SHEET = "HMICFRS Recs"
HM_HEADER_ROW = 4
TR_HEADER_ROW = 2


def build_force_rows():
    """Tracker rows in the force's order, with refs; returns list of dicts (with item link)."""
    rows = []
    extra_after = {k: (spec, why) for k, spec, why in EXTRA}
    n = 0
    for it in ITEMS:
        if it["deleted_sep"]:
            n += 1  # the deleted row leaves a gap in the refs
            it["deleted_sep"]["num"] = n
        base = None
        for j, f in enumerate(it["force"]):
            if len(it["force"]) > 1:
                if j == 0:
                    n += 1
                    base = n
                ref = "STF-HM-%03d.%d" % (base, j + 1)
            else:
                n += 1
                ref = "STF-HM-%03d" % n
            rows.append(dict(f, ref=ref, item=it, hid_now=(it["hid"] if f["hid"] == "same" else f["hid"]),
                             ftype=f["ftype"] or ("Recommendation" if it["typ"] == NATR else it["typ"]),
                             frep=f["frep"] or REPORTS[it["rep"]][2]))
        k = str(it["hid"])
        if k in extra_after:
            spec, why = extra_after[k]
            n += 1
            rows.append(dict(spec, ref="STF-HM-%03d" % n, item=None, hid_now=spec["hid"], why=why,
                             sep_rag="same", sep_hid="same", key=None))
    return rows


def fixed_props(wb, title):
    wb.set_properties({"title": title, "author": "OPCC Compliance & Assurance", "company": "",
                       "created": dt.datetime(2024, 11, 4, 9, 30, 0)})


def main():
    os.makedirs(OUT, exist_ok=True)
    frows = build_force_rows()

    # ---------------- tracker.xlsx (force side, plain) ----------------
    tr_path = os.path.join(OUT, "tracker.xlsx")
    wb = xlsxwriter.Workbook(tr_path, {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False})
    fixed_props(wb, "HMICFRS recommendations tracker")
    ws = wb.add_worksheet(TR_SHEET)
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ragf = {"GREEN": wb.add_format({"bg_color": "#92D050", "border": 1, "valign": "top"}),
            "AMBER": wb.add_format({"bg_color": "#FFC000", "border": 1, "valign": "top"}),
            "RED": wb.add_format({"bg_color": "#FF0000", "border": 1, "valign": "top"}),
            "COMPLETE": wb.add_format({"bg_color": "#BFBFBF", "border": 1, "valign": "top"}),
            "WHITE": wb.add_format({"bg_color": "#FFFFFF", "border": 1, "valign": "top"})}
    ws.write(0, 0, "Staffordshire Police - HMICFRS recommendations tracker (Organisational Learning) - updated 08/11/2024", bold)
    th = ["Ref", "HMICFRS ID", "Report", "Type", "Recommendation / AFI (summary)", "Lead", "RAG", "Latest update", "Submitted for closure"]
    for c, h in enumerate(th):
        ws.write(TR_HEADER_ROW - 1, c, h, hdr)
    r = TR_HEADER_ROW
    for fr in frows:
        fr["row"] = r + 1
        ws.write(r, 0, fr["ref"], wrap)
        if fr["hid_now"] == "":
            ws.write_blank(r, 1, None, wrap)
        else:
            ws.write_number(r, 1, fr["hid_now"], wrap)
        ws.write(r, 2, fr["frep"], wrap)
        ws.write(r, 3, fr["ftype"], wrap)
        ws.write(r, 4, fr["text"], wrap)
        ws.write(r, 5, fr["lead"] or "", wrap)
        ws.write(r, 6, fr["rag"], ragf[fr["rag"]])
        ws.write(r, 7, fr["update"] or "", wrap)
        if fr["submitted"]:
            ws.write_datetime(r, 8, fr["submitted"], datef)
        else:
            ws.write_blank(r, 8, None, wrap)
        r += 1
    tr_last = r  # last item row (1-based) == r
    key_row = r + 2
    ws.write(key_row - 1, 0, "RAG key: RED = off track / beyond deadline; AMBER = in progress; GREEN = implemented, evidence with sign-off lead "
             "/ submitted to HMICFRS; COMPLETE = closed by HMICFRS; WHITE = not the force's responsibility to deliver.")
    for c, wdt in enumerate([13, 11, 26, 20, 70, 26, 11, 50, 14]):
        ws.set_column(c, c, wdt)
    ws.freeze_panes(TR_HEADER_ROW, 0)
    ws.autofilter(TR_HEADER_ROW - 1, 0, tr_last - 1, len(th) - 1)
    wb.close()

    # ---------------- hmicfrs.xlsx (definitive list as the OPCC forwarded it) ----------------
    hm_path = os.path.join(OUT, "hmicfrs.xlsx")
    wb = xlsxwriter.Workbook(hm_path, {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False})
    fixed_props(wb, "HMICFRS definitive list - Staffordshire Police - OPCC working copy")
    ws = wb.add_worksheet(HM_SHEET)
    sep = wb.add_worksheet(SEP_SHEET)
    sm = wb.add_worksheet(SUM_SHEET)
    title = wb.add_format({"bold": True, "font_size": 13})
    ital = wb.add_format({"italic": True})
    h1 = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "top", "border": 1})
    h2 = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dcell = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ocell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bg_color": "#F2F2F2"})

    # Sheet 2 first (the lookup range): OPCC's copy of the force tracker as it stood on 30/09/2024.
    sep_rows = []
    for fr in frows:
        if fr["sep_rag"] is None:
            continue
        sh = fr["hid_now"] if fr["sep_hid"] == "same" else fr["sep_hid"]
        rag = fr["rag"] if fr["sep_rag"] == "same" else fr["sep_rag"]
        sep_rows.append((fr["ref"], sh, fr["frep"], fr["text"], fr["lead"] or "", rag))
    # the row the force deleted in October
    for it in ITEMS:
        d = it["deleted_sep"]
        if d:
            sep_rows.append((d["ref"], it["hid"], d["frep"], d["text"], d["lead"], d["rag"]))
    sep_rows.sort(key=lambda t: t[0])
    sh_hdr = ["Force ref", "HMICFRS ref", "Report", "Recommendation", "Lead", "RAG"]
    for c, h in enumerate(sh_hdr):
        sep.write(0, c, h, h2)
    for i, t in enumerate(sep_rows, start=1):
        for c, v in enumerate(t):
            if c == 1 and v != "":
                sep.write_number(i, c, v)
            elif v == "":
                sep.write_blank(i, c, None)
            else:
                sep.write(i, c, v)
    sep_last = len(sep_rows) + 1
    for c, wdt in enumerate([13, 12, 28, 70, 26, 10]):
        sep.set_column(c, c, wdt)
    sep_lookup = {}
    for t in sep_rows:
        if t[1] != "" and t[1] not in sep_lookup:
            sep_lookup[t[1]] = t  # MATCH(...,0) returns the first hit

    ws.write(0, 0, "HMICFRS monitoring portal - Recommendations and areas for improvement: Staffordshire Police", title)
    ws.write(1, 0, "Extract run 31/10/2024 by the HMICFRS Force Liaison Lead; forwarded to the OPCC 04/11/2024. "
             "Grey columns I-L added by OPCC Compliance & Assurance (lookups to the force tracker extract of 30/09/2024).", ital)
    heads = ["Rec ID", "Inspection", "Published", "Type", "Recommendation", "Status", "Status changed", "HMICFRS comment",
             "OPCC: force ref (lookup)", "OPCC: force RAG (lookup)", "OPCC: lead (lookup)", "OPCC comment"]
    for c, h in enumerate(heads):
        ws.write(HM_HEADER_ROW - 1, c, h, h1 if c < 8 else h2)
    items_sorted = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][1], it["hid"]))
    r = HM_HEADER_ROW
    rng = "'%s'!$%s$2:$%s$%d"
    for it in items_sorted:
        it["row"] = r + 1
        xr = r + 1
        title_, pub, _ = REPORTS[it["rep"]]
        ws.write_number(r, 0, it["hid"], cell)
        ws.write(r, 1, title_, cell)
        ws.write_datetime(r, 2, pub, dcell)
        ws.write(r, 3, it["typ"], cell)
        ws.write(r, 4, it["text"], cell)
        ws.write(r, 5, it["status"], cell)
        ws.write_datetime(r, 6, it["changed"], dcell)
        if it["comment"]:
            ws.write(r, 7, it["comment"], cell)
        else:
            ws.write_blank(r, 7, None, cell)
        hit = sep_lookup.get(it["hid"])
        match = "MATCH($A%d,%s,0)" % (xr, rng % (SEP_SHEET, "B", "B", sep_last))
        for c, (col, idx) in zip((8, 9, 10), (("A", 0), ("F", 5), ("E", 4))):
            f = '=IFERROR(INDEX(%s,%s),"Not found")' % (rng % (SEP_SHEET, col, col, sep_last), match)
            ws.write_formula(r, c, f, ocell, hit[idx] if hit else "Not found")
        if it["opcc"]:
            ws.write(r, 11, it["opcc"], ocell)
        else:
            ws.write_blank(r, 11, None, ocell)
        r += 1
    hm_last = r
    ws.write(hm_last + 1, 0, "Total records: %d" % len(ITEMS), ital)
    ws.write(hm_last + 2, 0, "Status key (portal): Awaiting review = not yet assessed by HMICFRS; Being progressed = activity under way; "
             "Complete / Superseded / No further action required = closed.", ital)
    ws.write(hm_last + 3, 0, "OPCC: columns I-K look up the HMICFRS ref in sheet '%s'. 'Not found' = no matching HMICFRS ref in that extract." % SEP_SHEET, ital)
    for c, wdt in enumerate([9, 36, 11, 22, 80, 17, 12, 40, 14, 12, 22, 30]):
        ws.set_column(c, c, wdt)
    ws.freeze_panes(HM_HEADER_ROW, 1)
    ws.autofilter(HM_HEADER_ROW - 1, 0, hm_last - 1, len(heads) - 1)

    # Sheet 3: the OPCC's counts for the Ethics, Transparency and Audit Panel (formulas with cached values).
    sm.write(0, 0, "HMICFRS recommendations - position for ETAP, December 2024", title)
    sm.write(2, 0, "HMICFRS status", h2)
    sm.write(2, 1, "Count", h2)
    cnt = Counter(it["status"] for it in ITEMS)
    rr = 3
    for s in (AR, BP, CO, SU, NFA):
        sm.write(rr, 0, s)
        sm.write_formula(rr, 1, "=COUNTIF('%s'!$F$%d:$F$%d,A%d)" % (HM_SHEET, HM_HEADER_ROW + 1, hm_last, rr + 1), None, cnt[s])
        rr += 1
    sm.write(rr, 0, "Total", h2)
    sm.write_formula(rr, 1, "=SUM(B4:B%d)" % rr, h2, len(ITEMS))
    rr += 2
    sm.write(rr, 0, "Force RAG (lookup)", h2)
    sm.write(rr, 1, "Count", h2)
    lk = Counter((sep_lookup[it["hid"]][5] if it["hid"] in sep_lookup else "Not found") for it in ITEMS)
    rr += 1
    for s in ("GREEN", "AMBER", "COMPLETE", "WHITE", "Not found"):
        sm.write(rr, 0, s)
        sm.write_formula(rr, 1, "=COUNTIF('%s'!$J$%d:$J$%d,A%d)" % (HM_SHEET, HM_HEADER_ROW + 1, hm_last, rr + 1), None, lk[s])
        rr += 1
    sm.set_column(0, 0, 30)
    wb.close()

    # ---------------- truth.csv ----------------
    lines = []
    for it in items_sorted:
        hrow = "%s!%d" % (HM_SHEET, it["row"])
        links = [fr for fr in frows if fr["item"] is it]
        if not links:
            lines.append((it["row"], 0, hrow, "", it["cat"], it["why"]))
        for fr in links:
            why = it["why"]
            if fr.get("key"):
                why = "Part %s of the split: " % fr["key"] + why
            lines.append((it["row"], fr["row"], hrow, "%s!%d" % (TR_SHEET, fr["row"]), it["cat"], why))
    for fr in frows:
        if fr["item"] is None:
            lines.append((10**6, fr["row"], "", "%s!%d" % (TR_SHEET, fr["row"]), "not_on_hmicfrs_list", fr["why"]))
    lines.sort(key=lambda t: (t[0], t[1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in lines:
        w.writerow(t[2:])
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    # sanity: categories agree with the status logic where no conflict was declared
    for it in ITEMS:
        fs = [fr for fr in frows if fr["item"] is it]
        if it["cat"] in ("conflict", "review"):
            continue
        if not fs:
            assert it["cat"] == "missing_from_force", it["hid"]
            continue
        hclosed = it["status"] in CLOSED
        fdone = all(fr["rag"] in ("GREEN", "COMPLETE", "WHITE") for fr in fs)
        exp = {(False, False): "in_sync", (True, True): "in_sync", (False, True): "closeable_submit", (True, False): "closeable_local"}[(hclosed, fdone)]
        assert exp == it["cat"], (it["hid"], exp, it["cat"])

    counts = Counter(t[4] for t in lines)
    write_readme(items_sorted, frows, lines, counts, hm_last, tr_last, sep_last, key_row)


def write_readme(items_sorted, frows, lines, counts, hm_last, tr_last, sep_last, key_row):
    fr_by_ref = {fr["ref"]: fr for fr in frows}
    def hrow(hid):
        return next(it["row"] for it in ITEMS if it["hid"] == hid)
    def frow_of(hid):
        return ", ".join(str(fr["row"]) for fr in frows if fr["item"] is not None and fr["item"]["hid"] == hid)
    extra_rows = ", ".join(str(fr["row"]) for fr in frows if fr["item"] is None)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"]
    cat_lines = "\n".join("| `%s` | %d |" % (c, counts.get(c, 0)) for c in order)
    n_items = len(ITEMS)
    md = f"""# Case `{CASE}` (round 100, case B)

## The story

Staffordshire Police's HMICFRS Force Liaison Lead (FLL) ran the monitoring-portal extract of every
recommendation, area for improvement and cause of concern HMICFRS holds against the force on
31/10/2024 and emailed it to the force's inspection lead and to the Commissioner's office. The
force's inspection lead had left; the copy that reached the force analyst is the **OPCC's working
copy**, forwarded on 06/11/2024 for the Ethics, Transparency and Audit Panel (ETAP). Before
forwarding it, OPCC Compliance & Assurance had:

- added four grey columns to the right of the portal columns: three `INDEX/MATCH` lookups
  (force ref, force RAG, lead) into a copy of the force tracker **the OPCC took on 30/09/2024**,
  and a free-text "OPCC comment";
- pasted that 30/09/2024 tracker copy into the same workbook as the lookup range
  (sheet `{SEP_SHEET}`);
- added a small counts sheet for the panel (`{SUM_SHEET}`).

So the HMICFRS file carries the portal's own marks (title rows, `Rec ID` plain integers as on the
old HMICFRS register, the five portal statuses, a status-changed date, HMICFRS comments such as
"This recommendation is complete" or the "subsequently been inspected" superseded note, a
"Total records" footer and a status key) **plus** a stale picture of the force's tracker that
looks authoritative but is five weeks old. The force's own tracker (`tracker.xlsx`, updated
08/11/2024) is a plain, ordinary sheet. The difficulty is on the list side: read the portal
columns, ignore the OPCC's lookups and its pasted tracker copy, and decide from the two real
sources.

## The files

### `hmicfrs.xlsx` (written with XlsxWriter; formulas carry cached values)

Sheet `{HM_SHEET}` (the only sheet holding HMICFRS items):

- Row 1: title "HMICFRS monitoring portal - Recommendations and areas for improvement: Staffordshire Police".
- Row 2: provenance note (FLL extract 31/10/2024, forwarded to OPCC; grey columns added by OPCC).
- Row 3: blank.
- Row {HM_HEADER_ROW}: header. Columns A-H from the portal: `Rec ID` (integer), `Inspection` (full HMICFRS
  title), `Published` (date, dd/mm/yyyy), `Type` (National recommendation / Recommendation / Area
  for improvement / Cause of concern), `Recommendation` (full real text with its line breaks,
  bullets "•", curly quotes, the stray footnote "86" and "20"), `Status` (Awaiting review / Being
  progressed / Complete / Superseded / No further action required), `Status changed` (date),
  `HMICFRS comment`. Columns I-L (grey) from the OPCC: `OPCC: force ref (lookup)`,
  `OPCC: force RAG (lookup)`, `OPCC: lead (lookup)` (formulas
  `=IFERROR(INDEX('{SEP_SHEET}'!$A$2:$A${sep_last},MATCH($A5,'{SEP_SHEET}'!$B$2:$B${sep_last},0)),"Not found")`
  and alike, with cached values), `OPCC comment`.
- Rows {HM_HEADER_ROW + 1}-{hm_last}: the {n_items} items, sorted by publication date then ID.
- Row {hm_last + 1}: blank. Row {hm_last + 2}: "Total records: {n_items}". Row {hm_last + 3}: portal status key.
  Row {hm_last + 4}: OPCC note on the lookups. Autofilter on the header, panes frozen.

Sheet `{SEP_SHEET}`: header row 1 (`Force ref`, `HMICFRS ref`, `Report`, `Recommendation`,
`Lead`, `RAG`), rows 2-{sep_last}: the OPCC's copy of the force tracker as at 30/09/2024. **Not HMICFRS
items** (it is a stale copy of the *force* side); none of its rows is in the truth.

Sheet `{SUM_SHEET}`: counts by HMICFRS status and by looked-up force RAG (COUNTIF formulas). Not items.

### `tracker.xlsx` (force side, plain)

Sheet `{TR_SHEET}`: row 1 title, row {TR_HEADER_ROW} header (`Ref`, `HMICFRS ID`, `Report`, `Type`,
`Recommendation / AFI (summary)`, `Lead`, `RAG`, `Latest update`, `Submitted for closure`), rows
{TR_HEADER_ROW + 1}-{tr_last}: {len(frows)} item rows, row {tr_last + 1} blank, row {key_row} a RAG key. RAG words: RED, AMBER
(open), GREEN (implemented / submitted), COMPLETE (closed by HMICFRS), WHITE (not the force's to
deliver) - GREEN, COMPLETE and WHITE count as done. Texts are the force's own short summaries
(abbreviations S&S, MSHT, DA, THR, BWV, CoP, APP, HO, NPCC, ISAs, RUI, VCOP; "Within 6 months").
Refs `STF-HM-nnn`; ref STF-HM-011 is missing (the row the force deleted in October).

### `truth.csv`

`hmicfrs_row,force_row,category,why`; provenance `{HM_SHEET}!<row>` and `{TR_SHEET}!<row>`. {len(lines)} lines.

## What the layout brings (row numbers are Excel rows)

1. **A second, tracker-shaped sheet inside the HMICFRS workbook** (`{SEP_SHEET}`, rows 2-{sep_last}): it has
   `HMICFRS ref`, `Recommendation`, `RAG`, `Lead` columns and rows that look like items. They
   are the OPCC's stale copy of the force tracker, not the definitive list. A tool that reads
   "every sheet that holds items" on the HMICFRS side would invent {sep_last - 1} HMICFRS items.
2. **Force-side columns on the HMICFRS sheet** (I-K): `OPCC: force RAG (lookup)` is a RAG/status
   column and `OPCC: force ref (lookup)` a reference column, both about the *force*, both five
   weeks stale. The HMICFRS status is column F (`Status`) only.
3. **Title block** rows 1-3 and header on row {HM_HEADER_ROW}; **footer** rows {hm_last + 2}-{hm_last + 4} (total, status key, OPCC note).
4. **Portal wording**: five statuses, plus comment texts that say "complete" or "subsequently been
   inspected" (the status column, not the comment, decides).
5. **Formulas with cached values** in I-K and on `{SUM_SHEET}` (read with data_only / pandas).

## Traps and how the truth decides them

- **Stale RAG in the lookup** - 4823 (row {hrow(4823)}), 6121 ({hrow(6121)}), 8322 ({hrow(8322)}), 8542 ({hrow(8542)}), 12314 ({hrow(12314)}): lookup says
  AMBER, the force tracker now says GREEN with a submission date -> `closeable_submit`.
- **Row deleted since the extract** - 5207 (row {hrow(5207)}): lookup shows STF-HM-011 / GREEN, the current tracker
  has no such row -> `missing_from_force`.
- **Swapped IDs in the extract** - 8543 / 8544 (rows {hrow(8543)}, {hrow(8544)}): the lookup shows each other's force
  row; the OPCC comment on 8544 queries an AMBER that is not real. Current tracker rows {frow_of(8543)} / {frow_of(8544)}
  carry the right IDs and agree -> both `in_sync`.
- **"Not found" that is wrong** - 9104 (row {hrow(9104)}; ID added to the tracker after 30/09), 12313 (row {hrow(12313)}) and
  11853 (row {hrow(11853)}) (no ID in the tracker, matched by text) -> `in_sync`. **"Not found" that is right** - 6124, 9105,
  11854 -> `missing_from_force`.
- **Split item** - 8321 (row {hrow(8321)}) is four bullet rows in the tracker (rows {frow_of(8321)}); three GREEN, one
  AMBER -> the item is open on the force side -> four `in_sync` lines. The lookup shows only the
  first part's GREEN.
- **Near-twin texts** - 1189 (2013, "elected local policing bodies", AMBER) and 5512 (2015, "police
  and crime commissioners", GREEN): told apart by ID, report and that phrase. 4822 (Core Business
  2014) and 7411 (CDI 2017) share the THR-criteria body.
- **Conflicts** - 7411 timescale (three vs 6 months); 7412 type (AFI vs Recommendation); 8460
  deadline (September 2018 vs Sept 2019); 11852 two of three asks missing from the tracker.
- **Closed on HMICFRS, open on the force** - 2321 (Superseded), 3052 (No further action required),
  6288 (Superseded), 6605, 8323, 12315 (Complete) -> `closeable_local`.
- **Not on the list** - tracker rows {extra_rows}: an old PEEL Legitimacy 2015 item (ID 5901, not on the
  list), an internal-audit action and a local Task & Finish action -> `not_on_hmicfrs_list`.

## Counts per category

| category | lines |
|---|---|
{cat_lines}

{n_items} HMICFRS items, {len(frows)} force item rows, {len(lines)} truth lines. No `review` line: every pair is decidable by eye.

## Rows that are not items

- `hmicfrs.xlsx` / `{HM_SHEET}`: rows 1-2 (title, provenance note), 3 (blank), {HM_HEADER_ROW} (header), {hm_last + 1} (blank),
  {hm_last + 2} (total), {hm_last + 3} (status key), {hm_last + 4} (OPCC note).
- `hmicfrs.xlsx` / `{SEP_SHEET}`: all rows - row 1 header, rows 2-{sep_last} the OPCC's stale copy of the
  force tracker (lookup range), not HMICFRS items.
- `hmicfrs.xlsx` / `{SUM_SHEET}`: all rows - a title and two count tables.
- `tracker.xlsx` / `{TR_SHEET}`: row 1 (title), {TR_HEADER_ROW} (header), {tr_last + 1} (blank), {key_row} (RAG key).

## Checks run

- Every HMICFRS item row ({HM_HEADER_ROW + 1}-{hm_last}) appears in truth at least once; every tracker item row
  ({TR_HEADER_ROW + 1}-{tr_last}) exactly once; checked by script after the build.
- Both workbooks read back with pandas (`header={HM_HEADER_ROW - 1}` / `header={TR_HEADER_ROW - 1}`) and openpyxl (`data_only=True`
  gives the cached lookup values); item counts and provenance rows agree.
- The builder asserts that every non-conflict category follows from the two statuses.
- Two builds compared with `cmp`: identical byte for byte.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(md)


if __name__ == "__main__":
    main()
