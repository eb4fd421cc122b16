#!/usr/bin/env python
"""Builder for the `reconcile` evaluation case `emailed_csv_text_to_columns` (round 75).

Run:  /work/main/.venv/bin/python /tmp/indep75/build_emailed_csv_text_to_columns.py
Writes /tmp/indep75/emailed_csv_text_to_columns/{hmicfrs.xlsx, tracker.xlsx, truth.csv,
README.md}.  Deterministic: no randomness, fixed document properties, XlsxWriter's fixed zip
timestamps.  All HMICFRS texts below are real public wording (Open Government Licence), copied as
literals from /work/shared/data/real_recommendations.csv, the project's casegen text lists and
the West Midlands Police JAC paper of 30 November 2017.
"""
import csv
import datetime as dt
import io
import os
import re
import shutil

import xlsxwriter

TEXT = {
    'N1': 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
    'N2': 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
    'N3': 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.',
    'EVERY': "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.",
    'AUS1': "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews",
    'AUS2': 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.',
    'AUS3': 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.',
    'AUS4': 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.',
    'CORE1': 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
    'CORE2': 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.',
    'INTEG': 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    'SAS15': 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.',
    'PICT': 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.',
    'F1': 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    'F2': 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    'F3': 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    'F4': 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
    'F5': 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.',
    'S1': 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.',
    'S2': 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible',
    'S3': 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.',
    'S4': 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.',
    'S5': 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.',
    'S6': 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).',
    'S7': 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.',
    'DIG': "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
    'LCOC': 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
    'LMON': 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
    'LDISP': 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
    'LPUB': 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
    'LUB': 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    'P1': 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
    'P2': 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
    'P3': 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
    'P4': 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
    'P5': 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
    'W_CAP': 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    'W_VULN': 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    'W_SUP': 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    'W_COC19': 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    'W_DIGI': 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    'W_RUI': 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    'W_CDI': 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    'W_DEM': 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    'W_OUT': 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    'W_WFP': 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    'W_CRS': 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    'W_VETCOC': 'The size of the vetting backlog within West Midlands Police is a cause of concern.',
    'W_VET': 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    'W_ARREST': 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.',
    'W_DAVIC': 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.',
    'W_MISSCOC': 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.',
    'W_MISS': 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',
    'W_CTRL': 'The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.',
    'W_DACOC': "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. This is an enduring cause of concern from HMIC's report on vulnerability in 2015 and is one of the recommendations from HMIC's report on its domestic abuse inspection in 2014 that still needs to be implemented. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed.",
    'W_DASH': 'To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that:\n• there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.',
}


# ---------------------------------------------------------------------------------------------
# The story: the HMICFRS Force Liaison Lead (FLL) exported the definitive list from the
# monitoring system as CSV.  The secure-mail gateway strips .csv attachments, so he opened it in
# Notepad and pasted the text into the body of his email.  The force's Chief of Staff forwarded
# the email to the analyst, who copied the whole email body into column A of a new workbook and
# ran Data > Text to Columns (Delimited, comma, text qualifier ", column format General).
# Single-line records come back whole (their quoted fields are honoured); a record whose text
# holds line breaks (bulleted recommendations) breaks into several rows, and its continuation
# lines are split at every comma.  Email headers, greeting and signature are split the same way.
# ---------------------------------------------------------------------------------------------

CASE = "emailed_csv_text_to_columns"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2022, 3, 15, 9, 0, 0)

HM_SHEET = "FLL list 14-03-22"
NOTES_SHEET = "Notes"
LIVE = "Live tracker"
DONE = "Completed"

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
WMP, NATL = "West Midlands Police", "National"

REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              "9th July 2013", NATL),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 "27th March 2014", NATL),
    "austerity": ("Policing in austerity: Meeting the challenge", "22nd July 2014", NATL),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", "4th September 2014", NATL),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", "30th January 2015",
                  NATL),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              "24th March 2015", NATL),
    "picture": ("Building the picture: an inspection of police information management",
                "1st July 2015", NATL),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", "15th September 2015",
                 NATL),
    "eff16": ("PEEL: Police effectiveness 2016 – West Midlands Police", "2nd March 2017", WMP),
    "cdi17": ("Crime data integrity inspection 2017 – West Midlands Police", "7th September 2017",
              WMP),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               "24th October 2017", NATL),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", "9th November 2017", NATL),
    "efc17w": ("PEEL: Police efficiency 2017 – West Midlands Police", "9th November 2017", WMP),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", "12th December 2017", NATL),
    "leg17w": ("PEEL: Police legitimacy 2017 – West Midlands Police", "12th December 2017", WMP),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Midlands "
               "Police", "2nd May 2019", WMP),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", "26th February 2021", NATL),
}

# key, register id, report, type, status, status last updated  (the export's order)
HM = [
    ("N1", 1187, "sas13", NAT, "Complete", "03/10/2016"),
    ("N2", 1188, "sas13", NAT, "Being progressed", "11/02/2022"),
    ("N3", 1189, "sas13", NAT, "Superseded", "24/03/2015"),
    ("EVERY", 2321, "everyone", NAT, "Complete", "11/06/2015"),
    ("AUS1", 3014, "austerity", NAT, "No further action required", "21/11/2017"),
    ("AUS2", 3015, "austerity", NAT, "No further action required", "21/11/2017"),
    ("AUS3", 3016, "austerity", NAT, "No further action required", "21/11/2017"),
    ("AUS4", 3017, "austerity", NAT, "No further action required", "21/11/2017"),
    ("CORE1", 4821, "core", NAT, "Superseded", "02/03/2017"),
    ("CORE2", 4822, "core", NAT, "Being progressed", "18/09/2020"),
    ("INTEG", 902, "integrity", NAT, "Awaiting review", "30/01/2015"),
    ("SAS15", 5530, "sas15", NAT, "Being progressed", "07/06/2019"),
    ("PICT", 5877, "picture", NAT, "Being progressed", "05/02/2019"),
    ("F1", 6101, "firearms", NAT, "Complete", "20/04/2016"),
    ("F2", 6102, "firearms", NAT, "Being progressed", "12/07/2021"),
    ("F3", 6103, "firearms", NAT, "Being progressed", "12/07/2021"),
    ("F4", 6104, "firearms", NAT, "Awaiting review", "15/09/2015"),
    ("F5", 6105, "firearms", NAT, "Complete", "08/12/2021"),
    ("W_MISSCOC", 6976, "eff16", COC, "Complete", "27/04/2018"),
    ("W_MISS", 6977, "eff16", REC, "Complete", "27/04/2018"),
    ("W_DACOC", 6978, "eff16", COC, "Being progressed", "06/10/2017"),
    ("W_DASH", 6979, "eff16", REC, "Being progressed", "06/10/2017"),
    ("W_ARREST", 6980, "eff16", REC, "Superseded", "22/02/2019"),
    ("W_DAVIC", 6981, "eff16", REC, "Superseded", "22/02/2019"),
    ("W_CDI", 7402, "cdi17", REC, "Being progressed", "09/11/2018"),
    ("S1", 7710, "stolen", NAT, "Being progressed", "03/09/2020"),
    ("S2", 7711, "stolen", NAT, "Being progressed", "03/09/2020"),
    ("S3", 7712, "stolen", NAT, "Complete", "17/05/2019"),
    ("S4", 7713, "stolen", NAT, "Awaiting review", "24/10/2017"),
    ("S5", 7714, "stolen", NAT, "Being progressed", "03/09/2020"),
    ("S6", 7715, "stolen", NAT, "Being progressed", "03/09/2020"),
    ("S7", 7716, "stolen", NAT, "Being progressed", "03/09/2020"),
    ("DIG", 7890, "efc17", NAT, "Being progressed", "14/01/2020"),
    ("W_CTRL", 7893, "efc17w", AFI, "Being progressed", "14/01/2020"),
    ("LCOC", 8541, "leg17", COC, "Being progressed", "12/12/2017"),
    ("LMON", 8542, "leg17", NAT, "Being progressed", "30/09/2019"),
    ("LDISP", 8543, "leg17", NAT, "Awaiting review", "12/12/2017"),
    ("LPUB", 8544, "leg17", NAT, "Being progressed", "30/09/2019"),
    ("LUB", 8545, "leg17", NAT, "Complete", "30/09/2019"),
    ("W_VETCOC", 8550, "leg17w", COC, "Complete", "02/05/2019"),
    ("W_VET", 8551, "leg17w", REC, "Being progressed", "02/05/2019"),
    ("W_COC19", 9012, "peel19", COC, "Being progressed", "16/03/2021"),
    ("W_CAP", 9013, "peel19", REC, "Being progressed", "16/03/2021"),
    ("W_VULN", 9014, "peel19", REC, "Awaiting review", "02/05/2019"),
    ("W_SUP", 9015, "peel19", REC, "Being progressed", "16/03/2021"),
    ("W_DIGI", 9016, "peel19", REC, "Being progressed", "16/03/2021"),
    ("W_RUI", 9017, "peel19", REC, "Being progressed", "16/03/2021"),
    ("W_DEM", 9018, "peel19", AFI, "Being progressed", "16/03/2021"),
    ("W_OUT", 9019, "peel19", AFI, "Awaiting review", "02/05/2019"),
    ("W_WFP", 9020, "peel19", AFI, "Being progressed", "16/03/2021"),
    ("W_CRS", 9021, "peel19", AFI, "Complete", "03/12/2021"),
    ("P1", 9301, "powers", NAT, "Awaiting review", "26/02/2021"),
    ("P2", 9302, "powers", NAT, "Being progressed", "22/10/2021"),
    ("P3", 9303, "powers", NAT, "Being progressed", "22/10/2021"),
    ("P4", 9304, "powers", NAT, "Awaiting review", "26/02/2021"),
    ("P5", 9305, "powers", NAT, "Being progressed", "22/10/2021"),
]
HM_CLOSED = {"Complete", "Superseded", "No further action required"}

# the analyst's own notes typed into column J beside a few records
PM_NOTES = {
    "AUS1": "WMP2020 – see JAC Nov 17",
    "INTEG": "not on our tracker??",
    "EVERY": "continues below ↓",
    "S1": "text continues ↓ (4 bullets)",
    "LMON": "continues ↓",
}

# ---------------------------------------------------------------------------------------------
# The email
# ---------------------------------------------------------------------------------------------
CSV_HEADER = ["Recommendation ID", "Force", "Report", "Publication date", "Type",
              "Recommendation", "Status", "Status last updated"]

EMAIL_TOP = [
    "From: Whitlock, Daniel (Insp)",
    "Sent: 14 March 2022 11:05",
    "To: Mann, Priya",
    "Subject: FW: HMICFRS definitive list - WMP - March 2022",
    "",
    "Priya – list from Gareth below for the JAC reconciliation. Attachment stripped by the "
    "gateway again, so he has pasted it in. Dan",
    "",
    "From: Gareth Rees [HMICFRS]",
    "Sent: Monday, 14 March 2022 10:42",
    "To: Whitlock, Daniel (Insp)",
    "Cc: Force Liaison Mailbox",
    "Subject: HMICFRS definitive list - WMP - March 2022",
    "",
    "CAUTION: This email originated from outside of the organisation. Do not click links or "
    "open attachments unless you recognise the sender and know the content is safe.",
    "",
    "OFFICIAL",
    "",
    "Hi Dan,",
    "",
    "As promised, please find below the definitive list of recommendations, causes of concern "
    "and areas for improvement that we hold against West Midlands Police, as exported from our "
    "monitoring system this morning. The attachment keeps getting stripped, so I have pasted "
    "the export in as text – it should go back into Excel with Text to Columns.",
    "",
    "Statuses are as at today. Anything showing Complete, Superseded or No further action "
    "required is closed on our side and is included for completeness only.",
    "",
]
EMAIL_BOTTOM = [
    "",
    "If anything on your tracker is not on this list, please let me know before the JAC so we "
    "can check it against our records.",
    "",
    "Kind regards,",
    "Gareth",
    "",
    "Gareth Rees",
    "Force Liaison Lead | HMICFRS",
    "",
    "OFFICIAL",
    "",
    "This e-mail and any attachments are intended for the named recipient only, may be "
    "confidential and may be subject to legal privilege. If you have received it in error, "
    "please notify the sender and delete it.",
]


def export_lines():
    """The monitoring system's CSV export (quote-minimal, LF), as lines of text."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(CSV_HEADER)
    for key, rid, rep, typ, status, sdate in HM:
        title, pub, force = REPORTS[rep]
        w.writerow([rid, force, title, pub, typ, TEXT[key], status, sdate])
    lines = buf.getvalue().split("\n")
    assert lines[-1] == ""
    return lines[:-1]


def text_to_columns(line):
    """Excel's Text to Columns on one line: comma delimiter, text qualifier ".

    A field that starts with the qualifier runs to the closing qualifier ("" is a literal
    quote); anything after the closing qualifier up to the next comma is appended.  An
    unterminated qualifier takes the rest of the line (the qualifier itself is dropped).  A
    qualifier that does not start a field is an ordinary character.
    """
    fields, i, n = [], 0, len(line)
    while True:
        if i < n and line[i] == '"':
            j, buf, closed = i + 1, [], False
            while j < n:
                if line[j] == '"':
                    if j + 1 < n and line[j + 1] == '"':
                        buf.append('"')
                        j += 2
                        continue
                    j += 1
                    closed = True
                    break
                buf.append(line[j])
                j += 1
            if not closed:
                fields.append("".join(buf))
                return fields
            k = line.find(",", j)
            if k == -1:
                buf.append(line[j:])
                fields.append("".join(buf))
                return fields
            buf.append(line[j:k])
            fields.append("".join(buf))
            i = k + 1
            continue
        k = line.find(",", i)
        if k == -1:
            fields.append(line[i:])
            return fields
        fields.append(line[i:k])
        i = k + 1


MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}


def general(value):
    """Column data format General (UK locale): numbers and dates become numbers and dates."""
    s = value.strip()
    if s == "":
        return None
    if re.fullmatch(r"-?\d+", s):
        return int(s)
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if m:
        return dt.datetime(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4}) (\d{1,2}):(\d{2})", s)
    if m and m[2] in MONTHS:
        return dt.datetime(int(m[3]), MONTHS[m[2]], int(m[1]), int(m[4]), int(m[5]))
    return value


# ---------------------------------------------------------------------------------------------
# The force tracker
# ---------------------------------------------------------------------------------------------
JAC_PROGRESS = ("The Force Executive Team agreed on 25 July that we would risk-assess all DA "
                "incidents. A Task & Finish group has been set up and a full "
                "implementation/project plan, policy rewrite and communications plan is now "
                "completed. The policy is now signed off and in place with an implementation "
                "date of the end of October.")
D = dt.datetime

# ("section", title)  or  (key, No., HMICFRS ID, Type, text, lead, board, RAG, update, submitted)
LIVE_ROWS = [
    ("section", "Stop and Search 2013 (HMIC, July 2013)"),
    ("FS_N2", "1", "1188", "Rec",
     "CCs to establish or improve monitoring of the way officers use S&S, so satisfied officers "
     "act within the law (incl. equality legislation & Code of Practice) and power used "
     "effectively to prevent crime, catch criminals & maintain public trust",
     "Supt Neighbourhood Policing", "Stop & Search Scrutiny Board", "AMBER",
     "Monthly S&S dashboard live; external scrutiny panel reviews a sample quarterly. Ethnicity "
     "recording still being addressed.", None),
    ("section", "Policing in Austerity – Meeting the Challenge (July 2014)"),
    ("FS_AUS14", "2", "", "Rec",
     "All CCs & PCCs to review plans to deliver savings (using HMIC VfM profiles) and, ahead of "
     "the next spending round, review plans for collaboration – scope for better VfM through "
     "joint working with other forces, the public and/or private sector",
     "Director of Finance", "Force Executive Team", "AMBER",
     "Addressed holistically as part of the WMP2020 Programme.", None),
    ("FS_AUS2", "3", "3015", "Rec",
     "CCs & PCCs in forces planning to deliver less than 20% of their savings through "
     "collaboration to assess whether there is scope to improve on this position",
     "Director of Finance", "Force Executive Team", "AMBER",
     "Collaboration savings reviewed with regional partners.", None),
    ("FS_AUS3", "4", "3016", "Rec",
     "CCs & PCCs planning to reduce the front line to assess whether they have taken decisive "
     "action to maintain crime fighting capacity",
     "DCC", "Force Executive Team", "GREEN",
     "WMP2020 workforce modelling complete and signed off by FET.", None),
    ("section", "Core Business 2014"),
    ("FS_CORE2", "5", "4822", "Rec",
     "By 31/03/2015 – ensure crime prevention / disruption activity is systematically recorded "
     "and evaluated to determine effectiveness of tactics",
     "Head of Corporate Development", "Organisational Learning Board", "GREEN",
     "Problem-solving module live on Connect; evaluation template mandated. Completed. Evidence "
     "submitted to HMICFRS for closure.", D(2022, 1, 12)),
    ("section", "Stop & search powers 2 (HMIC 2015)"),
    ("FS_SAS15", "6", "5530", "Rec",
     "CCs, in consultation with PCCs, to comply with the Code of Practice – explain to the "
     "public how S&S powers are used in their area and arrange for S&S records to be "
     "scrutinised by community representatives, involving those who are stopped & searched "
     "(e.g. young people)",
     "Supt Neighbourhood Policing", "Stop & Search Scrutiny Board", "AMBER",
     "Youth scrutiny panel being recruited with the OPCC.", None),
    ("section", "Information management (Building the Picture) 2015"),
    ("FS_PICT", "7", "5877", "Rec",
     "By 30 Nov 2015 – arrangements to scrutinise audits of compliance with the APP on "
     "information management through the force IM governance structure",
     "Head of Information Management", "Information Assurance Board", "GREEN",
     "Audit schedule reported to IAB quarterly; record categories reviewed. Ready to move to "
     "GREEN status – submitted.", D(2022, 2, 3)),
    ("FS_F4", "8", "6104", "Rec",
     "Temporary permits – ensure arrangements accord with HO guidance, permits recorded without "
     "delay on NFLMS, and systems exist so certificate holders are never in unlawful possession "
     "of a firearm",
     "Supt Firearms Licensing", "Information Assurance Board", "AMBER",
     "Permit log reconciled with NFLMS weekly; procedure rewrite due Q1.", None),
    ("section", "Firearms licensing 2015 (Targeting the Risk)"),
    ("FS_F2", "9", "6102", "Rec",
     "Within six months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Supt Firearms Licensing", "Force Executive Team", "AMBER",
     "Demand review complete; business case for 4 additional FEOs with Finance.", None),
    ("FS_F3", "10", "6103", "Rec",
     "Immediately – satisfy ourselves all appropriate action is being taken re ‘total expired’ "
     "licensing records",
     "Supt Firearms Licensing", "Force Executive Team", "GREEN",
     "All total expired records reviewed and actioned; monthly check in place.",
     D(2021, 12, 21)),
    ("FS_F5", "11", "6105", "Rec",
     "Within 3 months – systems to identify, before police attend, whether an incident involves "
     "/ is at the address of a firearm certificate holder, always applied by dispatchers; "
     "officers understand the risk assessment & power to seize firearms & certificates",
     "Supt Contact Centre", "Force Executive Team", "AMBER",
     "Awaiting STORM flag change – IT ticket raised.", None),
    ("section", "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
                "published 24 October 2017"),
    ("FS_S1a", "12a", "7710", "Rec",
     "Within 12 months review leadership & governance arrangements for MSHT, to ensure: (a) "
     "senior leaders prioritise the response to MSHT",
     "ACC Crime", "Crime & Vulnerability Board", "GREEN",
     "MSHT gold group chaired by ACC Crime since Jan 2018.", None),
    ("FS_S1b", "12b", "7710", "Rec",
     "(b) every incident of modern slavery is allocated appropriate resources with the skills, "
     "experience & capacity to investigate it effectively",
     "Det Ch Supt Force CID", "Crime & Vulnerability Board", "AMBER",
     "Allocation policy agreed; MSHT team still 3 DCs short.", None),
    ("FS_S1c", "12c", "7710", "Rec",
     "(c) effective partnership arrangements to co-ordinate activity, share information & "
     "safeguard victims",
     "Ch Supt Public Protection", "Crime & Vulnerability Board", "GREEN",
     "Regional MSHT partnership in place.", None),
    ("FS_S1d", "12d", "7710", "Rec",
     "(d) performance & QA measures so senior leaders can assess the nature & quality of the "
     "service provided to victims",
     "Head of Corporate Development", "Crime & Vulnerability Board", "GREEN",
     "MSHT measures added to the monthly performance pack.", None),
    ("FS_S2", "13", "7711", "Rec",
     "Within 6 months, forces should have in place active ISAs with other agencies to "
     "facilitate speedy exchange of intelligence & in order to safeguard victims better & to "
     "identify suspects as early as possible.",
     "Head of Intelligence", "Crime & Vulnerability Board", "GREEN",
     "ISAs signed with all 7 local authorities, GLAA and Border Force. Completed. Evidence "
     "submitted to HMICFRS for closure.", D(2022, 2, 14)),
    ("FS_S4", "14", "7713", "Rec",
     "Immediately – fully compliant with the NRM process as it evolves; notify the HO of any "
     "individual suspected to be an adult victim of MSHT (duty to notify, MSA 2015)",
     "Ch Supt Public Protection", "Crime & Vulnerability Board", "GREEN",
     "Duty to notify process embedded; Dec 21 audit found full compliance.", D(2022, 1, 20)),
    ("FS_S5", "15", "", "Rec",
     "Immediately – fully comply with NCRS for offences identified as MSHT & ensure sufficient "
     "audit capacity for the FCR to identify gaps in crime-recording accuracy",
     "Force Crime Registrar", "Crime Standards Board", "AMBER",
     "Audit capacity increased; MSHT audit scheduled for April.", None),
    ("FS_S6", "16", "7715", "Rec",
     "Immediately – MSHT allegations thoroughly investigated & effectively supervised by teams "
     "with the skills & experience (incl. joint intelligence teams / overseas agencies)",
     "Det Ch Supt Force CID", "Crime & Vulnerability Board", "RED",
     "Little work yet undertaken in this area. Unlikely to reach deadlines.", None),
    ("FS_S7", "17", "7716", "Rec",
     "Review use of preventative powers under MSA 2015 (STPOs/STROs) so opportunities to "
     "restrict activities of those posing a clear threat are exploited",
     "Head of Criminal Justice", "Crime & Vulnerability Board", "GREEN",
     "STPO/STRO guidance issued; applications up from 2 to 19 a year.", D(2022, 2, 14)),
    ("FL_MSHT", "18", "Local", "Local action",
     "Dip-sample 50 modern slavery and human trafficking crime reports each quarter and report "
     "findings to the Crime Standards Board",
     "Force Crime Registrar", "Crime Standards Board", "AMBER",
     "Q3 dip sample done; Q4 in progress.", None),
    ("section", "Abuse of position for a sexual purpose (Oct 2017)"),
    ("FL_APSP", "19", "", "CoC (national)",
     "National cause of concern – forces' ability to seek intelligence on potential abuse of "
     "position for a sexual purpose. HMICFRS letter Oct 17: plan comprehensive but not fully "
     "reflecting NPCC strategy – review CCU capability & capacity, IT monitoring, intelligence "
     "from organisations supporting vulnerable people",
     "Head of Professional Standards", "People Board", "AMBER",
     "CCU uplift agreed; IT monitoring software procured.", None),
    ("section", "PEEL Efficiency 2017 (national + WMP)"),
    ("FS_DIG", "20", "7890", "Rec",
     "By September 2019, CCs should produce an ambitious plan to improve digitally-enabled "
     "services within their force (HO, NPCC & APCC to support with a national framework)",
     "Head of Corporate Development", "Force Executive Team", "AMBER",
     "Digital strategy being refreshed under WMP2020.", None),
    ("FS_CTRL", "21", "7893", "AFI",
     "Ensure sufficient resources in the control room to fulfil the resourcing model and meet "
     "demand, taking into account workforce wellbeing",
     "Supt Contact Centre", "Force Executive Team", "AMBER",
     "Recruitment of 40 call handlers under way; wellbeing survey repeated.", None),
    ("section", "PEEL Legit 17 S&S (all forces) + PEEL Legitimacy 2017 (WMP)"),
    ("FS_LCOC", "22", "8541", "CoC",
     "Forces unable to demonstrate S&S use consistently reasonable & fair – over-representation "
     "of BAME people, black people in particular, which many forces cannot explain",
     "Supt Neighbourhood Policing", "Stop & Search Scrutiny Board", "AMBER",
     "See items 23–25.", None),
    ("FS_LMON", "23", "8542", "Rec",
     "By July 2018, regularly & frequently monitor comprehensive S&S data to understand:\n"
     "• the reasons for any disproportionate representation of different ethnic groups;\n"
     "• the extent to which find rates differ between ethnicities and types of search (incl. "
     "drug possession vs supply)",
     "Supt Neighbourhood Policing", "Stop & Search Scrutiny Board", "GREEN",
     "Power BI S&S dashboard live since Oct 2019.", D(2022, 1, 28)),
    ("FS_LDISP", "24", "8543", "Rec",
     "Where disparities identified through monitoring, demonstrate to the public: research & "
     "analysis to understand the reasons; action taken to reduce the disparity where necessary",
     "Supt Neighbourhood Policing", "Stop & Search Scrutiny Board", "GREEN",
     "Disparity analysis published on force website Nov 21.", D(2022, 1, 28)),
    ("FS_LPUB", "25", "8544", "AFI",
     "Publish the analysis and any actions taken at least annually, from July 2018",
     "Head of Corporate Development", "Stop & Search Scrutiny Board", "AMBER",
     "First annual publication Nov 21; annual refresh process to be agreed.", None),
    ("FS_VET", "26", "8551", "Rec",
     "All staff to hold at least the lowest level of vetting clearance ASAP – clear the vetting "
     "backlog and renewals, comply fully with national vetting guidelines",
     "Head of Professional Standards", "People Board", "GREEN",
     "Backlog cleared Oct 21; renewals now within 30 days. Completed. Evidence submitted to "
     "HMICFRS for closure.", D(2022, 2, 1)),
    ("section", "PEEL Effectiveness 2016 (WMP)"),
    ("FS_MISS", "27", "6977", "Rec",
     "Review approach to reports of missing children: call takers use the missing/absent "
     "category appropriately; call takers & frontline staff know CSE risk factors & how to "
     "respond; supervisors provide correct oversight and direct timely investigative & "
     "safeguarding action",
     "Ch Supt Public Protection", "Crime & Vulnerability Board", "AMBER",
     "New missing persons policy drafted; absent category withdrawn. Awaiting sign off.", None),
    ("FS_DA", "28", "6978 / 6979", "CoC + Rec",
     "Cause of concern – response to DA: policy allows officer discretion to complete DASH, so "
     "risk not always assessed; officers not consistently completing DASH.\n"
     "Recommendation – immediately ensure effective supervision of the initial risk assessment "
     "process, specifically completion of DASH in appropriate cases.",
     "C/Supt Bell", "Crime & Vulnerability Board", "RED", JAC_PROGRESS, None),
    ("FS_ARREST", "29", "6980", "Rec",
     "Immediately consider ways of increasing use of arrest, ancillary orders & other available "
     "powers for DA victims",
     "Ch Supt Public Protection", "Crime & Vulnerability Board", "AMBER",
     "DVPN/DVPO use monitored monthly.", None),
    ("FS_DAVIC", "30", "6981", "Rec",
     "Understand & address why such a high proportion of DA victims do not support the police "
     "investigation",
     "Ch Supt Public Protection", "Crime & Vulnerability Board", "GREEN",
     "Victim attrition research completed with university partner.", None),
    ("FL_DA", "31", "Local", "Local action",
     "Task & Finish group to review the domestic abuse policy and report to the Force Executive "
     "Team",
     "Ch Supt Public Protection", "Force Executive Team", "AMBER",
     "A Task & Finish group has been set up.", None),
    ("section", "CDI 2017"),
    ("FS_CDI", "32", "7420", "Rec",
     "Within 6 months, arrangements to ensure that:\n"
     "- victims are believed at the point of report\n"
     "- call handler/caller conversations summarised accurately in the incident log\n"
     "- multiple crimes always recorded\n"
     "- stop waiting for medical exam / video interview results before recording decisions\n"
     "- online crime reports triaged on receipt for ongoing risk",
     "Force Crime Registrar", "Crime Standards Board", "GREEN",
     "CDI re-audit Jan 22: 94% compliance. Completed. Evidence submitted to HMICFRS for "
     "closure.", D(2022, 2, 10)),
    ("section", "PEEL 2018/19 (WMP)"),
    ("FS_COC19", "33", "9012", "CoC",
     "Force lacks the capacity & capability to investigate crime effectively – failings in the "
     "way crimes are investigated",
     "ACC Crime", "Crime & Vulnerability Board", "AMBER",
     "Investigation improvement plan in place; see items 34–37.", None),
    ("FS_CAP", "34", "9013", "Rec",
     "Immediately: review officers’ capabilities & capacity to manage investigative workload, to "
     "understand investigative demand & the pressures on them",
     "Det Ch Supt Force CID", "Crime & Vulnerability Board", "GREEN",
     "Workload review complete; caseload tool rolled out.", D(2022, 1, 17)),
    ("FS_SUP", "35", "9015", "Rec",
     "Within 6 months: regular & active supervision of the quality & progress of "
     "investigations, properly recorded",
     "Det Ch Supt Force CID", "Crime & Vulnerability Board", "AMBER",
     "Supervisory review field mandatory on Connect from April.", None),
    ("FS_DIGI", "36", "9016", "Rec",
     "Within 6 months: improve ability to retrieve digital evidence from mobile phones, "
     "computers & other devices quickly enough that investigations aren't delayed",
     "Head of Digital Forensics", "Crime & Vulnerability Board", "AMBER",
     "Kiosk roll-out 60% complete; backlog 310 devices.", None),
    ("FS_RUI", "37", "9017", "Rec",
     "Within 6 months: improve understanding of suspects released under investigation (RUI) and "
     "management of those on bail",
     "Head of Criminal Justice", "Crime & Vulnerability Board", "GREEN",
     "RUI/bail dashboard live; weekly review by custody inspectors.", D(2021, 11, 19)),
    ("FS_DEM", "38", "9018", "AFI",
     "Gain a fuller understanding of current & likely future demand, so resources match demand",
     "Head of Corporate Development", "Force Executive Team", "AMBER",
     "FMS 2022 demand chapter in progress.", None),
    ("FS_WFP", "39", "9020", "AFI",
     "Develop a future workforce plan aligned to demand & budget (resource allocations, skills "
     "mix, behaviours expected)",
     "Director of People", "People Board", "GREEN",
     "Strategic workforce plan 2022–25 approved by FET.", D(2022, 2, 24)),
    ("FS_CRS", "40", "9021", "AFI",
     "Improve use of the crime recording & management system to better manage case files & "
     "investigative processes",
     "Head of Criminal Justice", "Crime & Vulnerability Board", "AMBER",
     "Connect case file module training ongoing.", None),
    ("FL_KNIFE", "41", "Local", "Local action",
     "Refresh the knife crime problem profile and add it to the control strategy",
     "Head of Intelligence", "Crime & Vulnerability Board", "GREEN",
     "Problem profile refreshed Jan 22.", None),
    ("section", "Police powers spotlight (Feb 21)"),
    ("FS_P1", "42", "9301", "Rec",
     "By July 2022 – officers & staff have effective communication skills in line with the "
     "National Policing Guidelines on Conflict Management (in addition to existing conflict "
     "management & de-escalation training)",
     "Head of Learning & Development", "People Board", "AMBER",
     "Communication skills module in the 2022 OST programme.", None),
    ("FS_P3a", "43a", "9303", "Rec",
     "By Sept 2021: (i) officers record the entirety of all S&S encounters on BWV, incl. "
     "traffic stops & use of force incidents",
     "Supt Neighbourhood Policing", "Stop & Search Scrutiny Board", "GREEN",
     "BWV policy amended Aug 21.", D(2021, 10, 4)),
    ("FS_P3b", "43b", "9303", "Rec",
     "(ii) structured process for regularly reviewing internally a sample of BWV footage to "
     "identify & disseminate learning and hold officers to account",
     "Supt Neighbourhood Policing", "Stop & Search Scrutiny Board", "GREEN",
     "Monthly supervisor dip sample of 10 S&S videos per LPA.", D(2021, 10, 4)),
    ("FS_P3c", "43c", "9303", "Rec",
     "(iii) external scrutiny panel members given access to samples of BWV footage of S&S & "
     "use of force, with CoP APP safeguards",
     "Supt Neighbourhood Policing", "Stop & Search Scrutiny Board", "GREEN",
     "Panel viewing sessions since Sept 21.", D(2021, 10, 4)),
    ("FS_P4", "44", "9304", "Rec",
     "HO & NPCC – ensure the quality of data on use of force to effect a S&S is sufficient for "
     "publication; HO to publish",
     "n/a", "Stop & Search Scrutiny Board", "WHITE",
     "Not the force's responsibility to deliver; dependent upon another organisation.", None),
]

# key, No., HMICFRS ID, Report, Type, text, lead, RAG, closure evidence, date closed
DONE_ROWS = [
    ("FC_N1", "C01", "1187", "Stop and Search 2013", "Rec",
     "CCs and the CoP to establish in the S&S APP a clear specification of effective & fair use "
     "of S&S powers, compliant with the Code of Practice",
     "Supt Neighbourhood Policing", "GREEN", "Closed by HMIC – confirmed on 2016 list.",
     D(2016, 10, 3)),
    ("FC_EVERY", "C02", "2321", "Everyone's Business (DA) 2014", "Rec",
     "By Sept 2014 establish & publish a DA action plan setting out the steps to improve our "
     "approach to DA (developed with PCC, DA support organisations & victims' reps; DHRs & IPCC "
     "findings; CPS scrutiny panels & MARAC self-assessments)",
     "Ch Supt Public Protection", "GREEN", "DA action plan published Sept 2014; refreshed 2016.",
     D(2015, 6, 11)),
    ("FC_CORE1", "C03", "4821", "Core Business 2014", "Rec",
     "Not later than 31 Mar 2015 – call-handlers given specific, sound & comprehensible "
     "criteria to assess threat, harm & risk (THRIVE)",
     "Supt Contact Centre", "GREEN", "THRIVE embedded in the contact centre.", D(2017, 3, 2)),
    ("FC_F1", "C04", "6101", "Firearms licensing 2015", "Rec",
     "Within 3 months assess governance of firearms licensing against the APP standards; put "
     "correct arrangements in place where not met",
     "Supt Firearms Licensing", "GREEN", "Governance review to FET Dec 2015.", D(2016, 4, 20)),
    ("FC_S3", "C05", "7712", "Stolen Freedom (MSHT) 2017", "Rec",
     "Immediately – victims carrying out criminal acts under compulsion get early & continuing "
     "consideration of the s45 defence",
     "Head of Criminal Justice", "GREEN",
     "s45 guidance issued to custody & CID; CPS liaison agreed.", D(2019, 5, 17)),
    ("FC_P2", "C06", "9302", "Police powers spotlight (Feb 21)", "Rec",
     "By July 2021 – communication skills reinforced through CPD; supervisors supported to "
     "debrief officers on these skills using BWV footage",
     "Head of Learning & Development", "GREEN",
     "CPD module delivered to all response sergeants Nov 21.", D(2021, 11, 30)),
    ("FC_LUB", "C07", "8545", "PEEL Legit 17 S&S", "Rec",
     "By July 2018 & ongoing – all officers using S&S trained on unconscious bias & CoP APP on "
     "S&S",
     "Head of Learning & Development", "GREEN", "98% completion; in probationer curriculum.",
     D(2019, 9, 30)),
    ("FC_MISSCOC", "C08", "6976", "PEEL Effectiveness 2016", "CoC",
     "Response to missing & absent children – risk assessment inappropriate in some cases; "
     "children classed absent when they should be missing; CSE risk not influencing grading",
     "Ch Supt Public Protection", "GREEN", "Closed by HMICFRS following 2017 revisit.",
     D(2018, 4, 27)),
    ("FC_VETCOC", "C09", "8550", "PEEL Legitimacy 2017", "CoC",
     "Size of the vetting backlog is a cause of concern",
     "Head of Professional Standards", "GREEN", "Closed by HMICFRS May 2019.", D(2019, 5, 2)),
    ("FL_CDI14", "C10", "", "Crime Data Integrity 2014", "Rec",
     "Ensure crimes are recorded in line with NCRS & HOCR within 72 hours; FCR to have "
     "sufficient audit capacity",
     "Force Crime Registrar", "GREEN", "Closed by HMIC 2016 – no longer on HMIC list.",
     D(2016, 7, 1)),
]

# ---------------------------------------------------------------------------------------------
# Truth: (hmicfrs key or None, force key or None, category, why)
# ---------------------------------------------------------------------------------------------
TRUTH = [
    ("N1", "FC_N1", "in_sync",
     "APP specification of effective and fair stop and search (HMIC 2013); force ID 1187 agrees; "
     "HMICFRS Complete, force has it on the Completed sheet (GREEN): closed on both sides."),
    ("N2", "FS_N2", "in_sync",
     "Monitoring of the way officers use stop and search (HMIC 2013), ID 1188 on both; HMICFRS "
     "Being progressed, force AMBER: open on both."),
    ("N3", None, "missing_from_force",
     "2013 Code of Practice item ('in consultation with elected local policing bodies'); the "
     "force's only such row sits under Stop & search powers 2 (2015), says PCCs and carries ID "
     "5530, so it belongs to the 2015 item. No force row for 1189 (HMICFRS: Superseded)."),
    ("EVERY", "FC_EVERY", "in_sync",
     "Domestic abuse action plan by September 2014 (Everyone's business), ID 2321 on both; "
     "HMICFRS Complete, force Completed GREEN."),
    ("AUS1", "FS_AUS14", "closeable_local",
     "Force No. 2 summarises two austerity recommendations in one cell: 'review plans to deliver "
     "savings' is 3014. HMICFRS: No further action required; force still AMBER (WMP2020)."),
    ("AUS4", "FS_AUS14", "closeable_local",
     "Same force No. 2, second half: 'ahead of the next spending round, review plans for "
     "collaboration ... joint working' is 3017. HMICFRS: No further action required; force "
     "AMBER."),
    ("AUS2", "FS_AUS2", "conflict",
     "Collaboration savings assessment, ID 3015 on both, but the force row says 'less than 20% "
     "of their savings' where HMICFRS says 10%: the figure disagrees."),
    ("AUS3", "FS_AUS3", "in_sync",
     "Front-line reduction / crime fighting capacity assessment, ID 3016 on both; HMICFRS No "
     "further action required, force GREEN: closed/done on both."),
    ("CORE1", "FC_CORE1", "in_sync",
     "Threat, harm and risk criteria for call-handlers by 31 March 2015, ID 4821 on both; "
     "HMICFRS Superseded, force Completed GREEN."),
    ("CORE2", "FS_CORE2", "closeable_submit",
     "Crime prevention activity recorded and evaluated by 31 March 2015, ID 4822 on both; "
     "HMICFRS Being progressed, force GREEN and submitted 12/01/2022."),
    ("INTEG", None, "missing_from_force",
     "Integrity matters 'no further action' misconduct fairness item (902): no force row on "
     "either sheet mentions misconduct outcomes or the report; the analyst's own note says 'not "
     "on our tracker??'. HMICFRS: Awaiting review."),
    ("SAS15", "FS_SAS15", "in_sync",
     "Code of Practice / community scrutiny item 'in consultation with PCCs' under the force's "
     "Stop & search powers 2 (2015) section, ID 5530 on both; HMICFRS Being progressed, force "
     "AMBER."),
    ("PICT", "FS_PICT", "closeable_submit",
     "Scrutinise audits of compliance with the information management APP by 30 November 2015, "
     "ID 5877 on both; HMICFRS Being progressed, force GREEN, submitted 03/02/2022."),
    ("F1", "FC_F1", "in_sync",
     "Firearms licensing governance against APP, ID 6101 on both; HMICFRS Complete, force "
     "Completed GREEN."),
    ("F2", "FS_F2", "conflict",
     "Firearms licensing demand and capacity, ID 6102 on both, force text otherwise verbatim "
     "but 'Within six months' where HMICFRS says 'Within three months': timescale disagrees."),
    ("F3", "FS_F3", "closeable_submit",
     "'Total expired' licensing records, ID 6103 on both; HMICFRS Being progressed, force GREEN "
     "submitted 21/12/2021."),
    ("F4", "FS_F4", "conflict",
     "Temporary permits / NFLMS item, ID 6104 on both and the same ask, but the force files it "
     "under its 'Information management (Building the Picture) 2015' section, not Targeting the "
     "risk (firearms licensing): the report disagrees. Both open (Awaiting review / AMBER)."),
    ("F5", "FS_F5", "closeable_local",
     "Identify firearm certificate holders before attendance, ID 6105 on both; HMICFRS Complete "
     "(08/12/2021), force still AMBER awaiting a STORM change."),
    ("W_MISSCOC", "FC_MISSCOC", "in_sync",
     "Cause of concern on missing and absent children (PEEL effectiveness 2016), ID 6976 on "
     "both; HMICFRS Complete, force Completed GREEN."),
    ("W_MISS", "FS_MISS", "closeable_local",
     "Missing children recommendation (three bullets, all in the force summary), ID 6977 on "
     "both; HMICFRS Complete (27/04/2018), force still AMBER on the live sheet."),
    ("W_DACOC", "FS_DA", "in_sync",
     "Force No. 28 holds the DA/DASH cause of concern and its recommendation in one cell "
     "(ID '6978 / 6979'); this line is the cause of concern 6978. HMICFRS Being progressed, "
     "force RED: open on both."),
    ("W_DASH", "FS_DA", "in_sync",
     "Second item in force No. 28: supervision of DASH risk assessment (6979). HMICFRS Being "
     "progressed, force RED."),
    ("W_ARREST", "FS_ARREST", "closeable_local",
     "Increase use of arrest, ancillary orders and other powers for DA, ID 6980 on both; "
     "HMICFRS Superseded, force AMBER."),
    ("W_DAVIC", "FS_DAVIC", "in_sync",
     "Why DA victims do not support investigations, ID 6981 on both; HMICFRS Superseded, force "
     "GREEN: closed/done on both."),
    ("W_CDI", "FS_CDI", "conflict",
     "CDI 2017 'victims are believed' recommendation: all five bullets are in force No. 32 "
     "under its CDI 2017 section, but the force's HMICFRS ID reads 7420 where the register has "
     "7402 (no 7420 on the list): the reference disagrees. Otherwise closeable (HMICFRS Being "
     "progressed, force GREEN submitted)."),
    ("S1", "FS_S1a", "in_sync",
     "MSHT leadership and governance (7710), split by the force into four bullet rows 12a–12d; "
     "12a (senior leaders prioritise) GREEN, but 12b is AMBER so the item is open on both "
     "sides (HMICFRS Being progressed)."),
    ("S1", "FS_S1b", "in_sync",
     "Part 12b of 7710 (resources with skills, experience and capacity): AMBER, the part that "
     "keeps the item open; HMICFRS Being progressed."),
    ("S1", "FS_S1c", "in_sync",
     "Part 12c of 7710 (partnership arrangements): GREEN, but the item is open while 12b is "
     "AMBER; HMICFRS Being progressed."),
    ("S1", "FS_S1d", "in_sync",
     "Part 12d of 7710 (performance and quality assurance measures): GREEN, item still open "
     "because of 12b; HMICFRS Being progressed."),
    ("S2", "FS_S2", "closeable_submit",
     "Information-sharing agreements within six months (HMICFRS text carries the stray "
     "footnote '86'), ID 7711 on both; HMICFRS Being progressed, force GREEN submitted "
     "14/02/2022."),
    ("S3", "FC_S3", "in_sync",
     "Section 45 defence, ID 7712 on both; HMICFRS Complete, force Completed GREEN."),
    ("S4", "FS_S4", "closeable_submit",
     "NRM compliance and duty to notify, ID 7713 on both; HMICFRS Awaiting review, force GREEN "
     "submitted 20/01/2022."),
    ("S5", "FS_S5", "in_sync",
     "NCRS compliance for MSHT offences and FCR audit capacity: force No. 15 has no ID but sits "
     "in the Stolen Freedom section and says the same; HMICFRS Being progressed, force AMBER. "
     "(The Completed sheet's CDI 2014 NCRS row is a different, older item.)"),
    ("S6", "FS_S6", "in_sync",
     "MSHT allegations investigated and supervised, ID 7715 on both; HMICFRS Being progressed, "
     "force RED."),
    ("S7", "FS_S7", "closeable_submit",
     "Preventative powers under the Modern Slavery Act 2015, ID 7716 on both; HMICFRS Being "
     "progressed, force GREEN submitted 14/02/2022."),
    (None, "FL_MSHT", "not_on_hmicfrs_list",
     "Force's own local action (ID 'Local'): quarterly MSHT dip sample; HMICFRS never asked for "
     "it."),
    (None, "FL_APSP", "not_on_hmicfrs_list",
     "Abuse of position for a sexual purpose national cause of concern (Oct 2017): tracked by the "
     "force but no such item on the HMICFRS list - query with the FLL."),
    ("DIG", "FS_DIG", "conflict",
     "Digital services plan, ID 7890 on both, but the force row says 'By September 2019' where "
     "HMICFRS says 'By September 2018': deadline disagrees."),
    ("W_CTRL", "FS_CTRL", "in_sync",
     "Control room resources AFI (PEEL efficiency 2017, WMP), ID 7893 on both; HMICFRS Being "
     "progressed, force AMBER."),
    ("LCOC", "FS_LCOC", "in_sync",
     "National cause of concern on stop and search fairness (legitimacy 2017), ID 8541 on both, "
     "type CoC on both; HMICFRS Being progressed, force AMBER."),
    ("LMON", "FS_LMON", "conflict",
     "Stop and search monitoring by July 2018, ID 8542 on both, but the force copied only two of "
     "the three bullets - the possession-only drug searches bullet is missing. (Otherwise "
     "closeable: HMICFRS Being progressed, force GREEN.)"),
    ("LDISP", "FS_LDISP", "closeable_submit",
     "Demonstrate to the public research into and action on disparities, ID 8543 on both; "
     "HMICFRS Awaiting review, force GREEN submitted 28/01/2022."),
    ("LPUB", "FS_LPUB", "conflict",
     "Publish the analysis annually from July 2018, ID 8544 on both, but the force records it as "
     "an AFI where HMICFRS has a national recommendation: type disagrees."),
    ("LUB", "FC_LUB", "in_sync",
     "Unconscious bias and APP training by July 2018, ID 8545 on both; HMICFRS Complete, force "
     "Completed GREEN."),
    ("W_VETCOC", "FC_VETCOC", "in_sync",
     "Vetting backlog cause of concern (legitimacy 2017, WMP), ID 8550 on both; HMICFRS "
     "Complete, force Completed GREEN."),
    ("W_VET", "FS_VET", "closeable_submit",
     "Vetting clearance for all staff, ID 8551 on both; HMICFRS Being progressed, force GREEN "
     "submitted 01/02/2022."),
    ("W_COC19", "FS_COC19", "in_sync",
     "PEEL 2018/19 cause of concern on investigative capacity and capability, ID 9012 on both; "
     "HMICFRS Being progressed, force AMBER."),
    ("W_CAP", "FS_CAP", "closeable_submit",
     "Review of officers' capabilities and investigative workload, ID 9013 on both; HMICFRS "
     "Being progressed, force GREEN submitted 17/01/2022."),
    ("W_VULN", None, "missing_from_force",
     "Review, with partners, of the approach to vulnerability (9014): no force row asks for it "
     "(the PEEL 2018/19 section jumps from 9013 to 9015). HMICFRS Awaiting review."),
    ("W_SUP", "FS_SUP", "in_sync",
     "Supervision of investigations within six months, ID 9015 on both; HMICFRS Being "
     "progressed, force AMBER."),
    ("W_DIGI", "FS_DIGI", "in_sync",
     "Digital evidence retrieval within six months, ID 9016 on both; HMICFRS Being progressed, "
     "force AMBER."),
    ("W_RUI", "FS_RUI", "closeable_submit",
     "Released under investigation and bail, ID 9017 on both; HMICFRS Being progressed, force "
     "GREEN submitted 19/11/2021."),
    ("W_DEM", "FS_DEM", "in_sync",
     "Understanding of current and future demand AFI, ID 9018 on both; HMICFRS Being "
     "progressed, force AMBER."),
    ("W_OUT", None, "missing_from_force",
     "AFI on links between outcomes, outputs and costs (9019): no force row. HMICFRS Awaiting "
     "review."),
    ("W_WFP", "FS_WFP", "closeable_submit",
     "Future workforce plan AFI, ID 9020 on both; HMICFRS Being progressed, force GREEN "
     "submitted 24/02/2022."),
    ("W_CRS", "FS_CRS", "closeable_local",
     "Crime-recording and management system AFI, ID 9021 on both; HMICFRS Complete "
     "(03/12/2021), force AMBER."),
    (None, "FL_KNIFE", "not_on_hmicfrs_list",
     "Force's own local action (ID 'Local'): knife crime problem profile."),
    (None, "FL_DA", "not_on_hmicfrs_list",
     "Force's own local action (ID 'Local'): DA policy Task & Finish group, filed under PEEL "
     "Effectiveness 2016 but not an HMICFRS item."),
    ("P1", "FS_P1", "in_sync",
     "Communication skills by July 2022, ID 9301 on both; HMICFRS Awaiting review, force "
     "AMBER."),
    ("P2", "FC_P2", "closeable_submit",
     "Communication skills reinforced through CPD by July 2021, ID 9302 on both; the force has "
     "moved it to its Completed sheet (GREEN, closed 30/11/2021) but HMICFRS still shows Being "
     "progressed."),
    ("P3", "FS_P3a", "closeable_submit",
     "Body-worn video recommendation (9303), split by the force into three rows 43a–43c, one per "
     "part; all three GREEN, so the item is done; HMICFRS Being progressed. This is part (i)."),
    ("P3", "FS_P3b", "closeable_submit",
     "Part (ii) of 9303 (internal review of a sample of footage): GREEN; all parts done; HMICFRS "
     "Being progressed."),
    ("P3", "FS_P3c", "closeable_submit",
     "Part (iii) of 9303 (external scrutiny panel access): GREEN; all parts done; HMICFRS Being "
     "progressed."),
    ("P4", "FS_P4", "closeable_submit",
     "Home Office / NPCC use-of-force data item, ID 9304 on both; force WHITE = 'not WMP "
     "responsibility to deliver' per its key (done for the force); HMICFRS Awaiting review: "
     "submit with the rationale."),
    ("P5", None, "missing_from_force",
     "Internal monitoring of use of force by July 2021 (9305): no force row (the powers section "
     "has 9301, 9302 on Completed, 9303, 9304). HMICFRS Being progressed."),
    (None, "FL_CDI14", "not_on_hmicfrs_list",
     "Completed-sheet row for a Crime Data Integrity 2014 recommendation, no ID, 'no longer on "
     "HMIC list' per its own note; not on the definitive list. Not the 2017 MSHT NCRS item "
     "(7714), which is force No. 15."),
]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------
def new_workbook(path, title):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                    "strings_to_urls": False})
    wb.set_properties({"title": title, "author": "", "company": "", "created": FIXED,
                       "comments": ""})
    wb.set_calc_mode("auto")
    return wb


def build_hmicfrs(path):
    """Write the analyst's workbook; return {key: excel row}, [(row, reason)] for non-items."""
    wb = new_workbook(path, "HMICFRS definitive list (email paste)")
    ws = wb.add_worksheet(HM_SHEET)
    fmt_date = wb.add_format({"num_format": "dd/mm/yyyy"})
    fmt_dtm = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    fmt_head = wb.add_format({"bold": True, "bg_color": "#FFFF00"})
    fmt_note = wb.add_format({"italic": True, "font_color": "#C00000"})
    for col, width in enumerate([11, 20, 42, 17, 22, 90, 24, 14, 4, 26]):
        ws.set_column(col, col, width)

    lines, kinds = [], []          # kinds: (kind, detail)
    for ln in EMAIL_TOP:
        lines.append(ln)
        kinds.append(("email", None))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(CSV_HEADER)
    lines.append(buf.getvalue()[:-1])
    kinds.append(("header", None))
    for key, rid, rep, typ, status, sdate in HM:
        title, pub, force = REPORTS[rep]
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow(
            [rid, force, title, pub, typ, TEXT[key], status, sdate])
        rec_lines = buf.getvalue()[:-1].split("\n")
        for i, ln in enumerate(rec_lines):
            lines.append(ln)
            kinds.append(("item", key) if i == 0 else ("cont", key))
    for ln in EMAIL_BOTTOM:
        lines.append(ln)
        kinds.append(("email", None))
    # the whole export, joined, must be exactly what export_lines() gives
    assert [ln for ln, k in zip(lines, kinds) if k[0] in ("header", "item", "cont")] \
        == export_lines()

    item_row, non_items = {}, []
    for r, (ln, (kind, key)) in enumerate(zip(lines, kinds)):
        excel_row = r + 1
        fields = text_to_columns(ln)
        for c, f in enumerate(fields):
            v = general(f)
            if v is None:
                continue
            if isinstance(v, dt.datetime):
                ws.write_datetime(r, c, v, fmt_dtm if (v.hour or v.minute) else fmt_date)
            elif isinstance(v, int):
                ws.write_number(r, c, v)
            else:
                ws.write_string(r, c, v, fmt_head if kind == "header" else None)
        if kind == "header":
            ws.write_string(r, 9, "PM notes", fmt_head)
            non_items.append((excel_row, "header row of the pasted CSV export (column J "
                                         "'PM notes' added by the analyst)"))
        elif kind == "item":
            item_row[key] = excel_row
            n = len([f for f in fields if f.strip()])
            assert n in (6, 8), (key, n)        # 8 whole, 6 = first line of a broken record
            if key in PM_NOTES:
                ws.write_string(r, 9, PM_NOTES[key], fmt_note)
        elif kind == "cont":
            assert len(fields) <= 9, (key, fields)   # never reaches the notes column
            what = "blank line inside" if not ln.strip() else "continuation line of"
            non_items.append((excel_row, f"{what} record {dict((h[0], h[1]) for h in HM)[key]} "
                                         f"(starts on row {item_row[key]}); split at commas by "
                                         f"Text to Columns"))
        else:
            if not ln.strip():
                non_items.append((excel_row, "blank line of the email"))
            else:
                non_items.append((excel_row, "email text (headers, greeting, covering note, "
                                             "signature or disclaimer)"))
    ws.freeze_panes(0, 0)

    notes = wb.add_worksheet(NOTES_SHEET)
    notes.set_column(0, 0, 120)
    notes.write_string(0, 0, "Pasted from the FLL's email of 14/03/2022 (forwarded by Insp "
                             "Whitlock) - the secure gateway strips .csv attachments so the "
                             "export came in the email body.")
    notes.write_string(1, 0, "Data > Text to Columns: Delimited, comma, text qualifier \". "
                             "Recs with bullets / line breaks have broken over several rows - "
                             "the text carries on in column A (and across) of the rows below "
                             "until the status and date appear. DO NOT SORT this sheet.")
    notes.write_string(2, 0, "PM 14/03/22")
    wb.close()
    return item_row, non_items, len(lines)


RAG_FILL = {"GREEN": "#92D050", "AMBER": "#FFC000", "RED": "#FF0000", "WHITE": "#FFFFFF"}


def build_tracker(path):
    wb = new_workbook(path, "HMICFRS Recommendations Tracker")
    base = {"text_wrap": True, "valign": "top", "border": 1}
    f_cell = wb.add_format(base)
    f_date = wb.add_format(dict(base, num_format="dd/mm/yyyy"))
    f_head = wb.add_format(dict(base, bold=True, bg_color="#1F3864", font_color="#FFFFFF"))
    f_title = wb.add_format({"bold": True, "font_size": 14})
    f_small = wb.add_format({"italic": True, "font_size": 9})
    f_sect = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1})
    f_rag = {k: wb.add_format(dict(base, bold=True, bg_color=v, align="center"))
             for k, v in RAG_FILL.items()}
    rows = {}
    non_items = []

    def put(ws, r, c, v, fmt=f_cell):
        if v is None or v == "":
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, dt.datetime):
            ws.write_datetime(r, c, v, f_date)
        elif isinstance(v, str) and re.fullmatch(r"\d+", v):
            ws.write_number(r, c, int(v), fmt)
        else:
            ws.write_string(r, c, v, fmt)

    ws = wb.add_worksheet(LIVE)
    for col, width in enumerate([6, 12, 11, 70, 26, 26, 9, 50, 14]):
        ws.set_column(col, col, width)
    ws.write_string(0, 0, "West Midlands Police – HMICFRS Recommendations, Causes of Concern "
                          "& AFIs Tracker", f_title)
    ws.write_string(1, 0, "Risk & Organisational Learning | Version 14 | as at 07/03/2022 | "
                          "OFFICIAL", f_small)
    ws.write_string(2, 0, "RAG key: GREEN – the recommendation is implemented | AMBER – "
                          "ongoing work, expected to be implemented | RED – beyond deadline or "
                          "cannot / will not be implemented (rationale required) | WHITE – not "
                          "WMP responsibility to deliver / dependent upon another organisation",
                    f_small)
    non_items += [(f"{LIVE}!1", "title"), (f"{LIVE}!2", "owner / version line"),
                  (f"{LIVE}!3", "RAG key"), (f"{LIVE}!4", "blank")]
    heads = ["No.", "HMICFRS ID", "Type", "Recommendation / Area for Improvement",
             "Lead Officer", "Governance Board", "RAG", "Progress update",
             "Date submitted to HMICFRS"]
    for c, h in enumerate(heads):
        ws.write_string(4, c, h, f_head)
    non_items.append((f"{LIVE}!5", "header row"))
    r = 5
    rag_count = {}
    for row in LIVE_ROWS:
        if row[0] == "section":
            ws.merge_range(r, 0, r, 8, row[1], f_sect)
            non_items.append((f"{LIVE}!{r + 1}", f"report heading row '{row[1]}'"))
        else:
            key, no, hid, typ, text, lead, board, rag, upd, sub = row
            for c, v in enumerate([no, hid, typ, text, lead, board]):
                put(ws, r, c, v)
            ws.write_string(r, 6, rag, f_rag[rag])
            put(ws, r, 7, upd)
            put(ws, r, 8, sub)
            rows[key] = f"{LIVE}!{r + 1}"
            rag_count[rag] = rag_count.get(rag, 0) + 1
        r += 1
    non_items.append((f"{LIVE}!{r + 1}", "blank"))
    r += 1
    summary = " | ".join(f"{k} {rag_count.get(k, 0)}" for k in ["RED", "AMBER", "GREEN", "WHITE"])
    ws.write_string(r, 0, f"Items on this sheet: {sum(rag_count.values())}  ({summary})",
                    wb.add_format({"bold": True}))
    non_items.append((f"{LIVE}!{r + 1}", "summary / totals line"))
    ws.freeze_panes(5, 0)
    ws.autofilter(4, 0, r - 2, 8)

    ws2 = wb.add_worksheet(DONE)
    for col, width in enumerate([6, 12, 30, 8, 70, 26, 9, 45, 12]):
        ws2.set_column(col, col, width)
    ws2.write_string(0, 0, "Completed / closed – moved from the Live tracker", f_title)
    non_items += [(f"{DONE}!1", "title"), (f"{DONE}!2", "blank"), (f"{DONE}!3", "header row")]
    heads2 = ["No.", "HMICFRS ID", "Report", "Type", "Recommendation / AFI", "Lead Officer",
              "RAG", "Closure evidence", "Date closed"]
    for c, h in enumerate(heads2):
        ws2.write_string(2, c, h, f_head)
    r = 3
    for key, no, hid, rep, typ, text, lead, rag, ev, closed in DONE_ROWS:
        for c, v in enumerate([no, hid, rep, typ, text, lead]):
            put(ws2, r, c, v)
        ws2.write_string(r, 6, rag, f_rag[rag])
        put(ws2, r, 7, ev)
        put(ws2, r, 8, closed)
        rows[key] = f"{DONE}!{r + 1}"
        r += 1
    ws2.freeze_panes(3, 0)
    wb.close()
    return rows, non_items


def force_state():
    """Force done/open per force key."""
    st = {}
    for row in LIVE_ROWS:
        if row[0] != "section":
            st[row[0]] = "done" if row[7] in ("GREEN", "WHITE") else "open"
    for row in DONE_ROWS:
        st[row[0]] = "done" if row[7] in ("GREEN", "WHITE") else "open"
    return st


def check_truth():
    hm = {h[0]: h for h in HM}
    fkeys = [r[0] for r in LIVE_ROWS if r[0] != "section"] + [r[0] for r in DONE_ROWS]
    assert len(set(fkeys)) == len(fkeys)
    cats = {"in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"}
    seen_h = {}
    seen_f = {}
    for h, f, cat, why in TRUTH:
        assert cat in cats
        assert h is None or h in hm, h
        assert f is None or f in fkeys, f
        assert h or f
        if h:
            seen_h[h] = seen_h.get(h, 0) + 1
        if f:
            seen_f[f] = seen_f.get(f, 0) + 1
        if h is None:
            assert cat == "not_on_hmicfrs_list"
        if f is None:
            assert cat == "missing_from_force"
    assert set(seen_h) == set(hm), set(hm) - set(seen_h)
    assert set(seen_f) == set(fkeys), set(fkeys) - set(seen_f)
    multi = {f for f, n in seen_f.items() if n > 1}
    assert multi == {"FS_AUS14", "FS_DA"}, multi
    # status logic for matched, non-conflict lines (split items judged on all their parts)
    st = force_state()
    parts = {}
    for h, f, cat, why in TRUTH:
        if h and f:
            parts.setdefault(h, []).append(f)
    for h, f, cat, why in TRUTH:
        if not (h and f) or cat == "conflict":
            continue
        hclosed = hm[h][4] in HM_CLOSED
        fdone = all(st[p] == "done" for p in parts[h])
        want = {(False, False): "in_sync", (True, True): "in_sync",
                (False, True): "closeable_submit", (True, False): "closeable_local"}
        assert want[(hclosed, fdone)] == cat, (h, f, cat, hclosed, fdone)


def main():
    check_truth()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    hm_row, hm_non, n_lines = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    f_row, f_non = build_tracker(os.path.join(OUT, "tracker.xlsx"))

    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for h, f, cat, why in TRUTH:
            w.writerow([f"{HM_SHEET}!{hm_row[h]}" if h else "", f_row[f] if f else "", cat, why])

    counts = {}
    for _, _, cat, _ in TRUTH:
        counts[cat] = counts.get(cat, 0) + 1
    write_readme(os.path.join(OUT, "README.md"), hm_row, hm_non, n_lines, f_row, f_non, counts)


def ranges(rows):
    """[3,4,5,9] -> '3–5, 9'"""
    rows = sorted(rows)
    out, start, prev = [], None, None
    for x in rows:
        if start is None:
            start = prev = x
        elif x == prev + 1:
            prev = x
        else:
            out.append(f"{start}" if start == prev else f"{start}–{prev}")
            start = prev = x
    if start is not None:
        out.append(f"{start}" if start == prev else f"{start}–{prev}")
    return ", ".join(out)


def write_readme(path, hm_row, hm_non, n_lines, f_row, f_non, counts):
    hid = {h[0]: h[1] for h in HM}
    broken = []
    cont_rows = {}
    for row, reason in hm_non:
        m = re.search(r"record (\d+) \(starts on row (\d+)\)", reason)
        if m:
            cont_rows.setdefault(int(m[2]), []).append(row)
    for start, rows in sorted(cont_rows.items()):
        key = [k for k, v in hm_row.items() if v == start][0]
        broken.append(f"{hid[key]} (rows {start}–{max(rows)})")
    email_rows = [r for r, why in hm_non if why.startswith("email") or why.startswith("blank line "
                                                                                        "of")]
    cont_all = [r for rows in cont_rows.values() for r in rows]
    header_row = [r for r, why in hm_non if why.startswith("header")][0]
    item_rows = sorted(hm_row.values())
    live_items = sorted(int(v.split("!")[1]) for k, v in f_row.items() if v.startswith(LIVE))
    done_items = sorted(int(v.split("!")[1]) for k, v in f_row.items() if v.startswith(DONE))
    sect = [(f, why) for f, why in f_non if "report heading" in why]
    fr = lambda k: f_row[k]                                                   # noqa: E731
    hr = lambda k: f"{HM_SHEET}!{hm_row[k]}"                                  # noqa: E731
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]

    L = []
    a = L.append
    a(f"# Case `{CASE}`")
    a("")
    a("## Story")
    a("")
    a("West Midlands Police's Risk & Organisational Learning analyst (\"PM\") is reconciling the "
      "HMICFRS definitive list with the force tracker before the Joint Audit Committee. The "
      "HMICFRS Force Liaison Lead exported the list from the monitoring system as a CSV, but the "
      "secure-mail gateway strips .csv attachments, so he opened the export in Notepad and "
      "pasted the text into the body of his email (14 March 2022). The force's Chief of Staff "
      "forwarded it. The analyst copied the whole email body into column A of a new workbook and "
      "ran Data > Text to Columns (Delimited, comma, text qualifier `\"`, column format "
      "General). Every record on one line came back whole: its quoted fields (report titles and "
      "texts with commas) were honoured. But a record whose recommendation text holds line "
      "breaks (bulleted recommendations) had already been broken into several rows by the paste, "
      "and Text to Columns then split each continuation line at every comma. The email's "
      "headers, greeting, covering note and signature were split the same way. The analyst "
      "typed a few notes in column J and a warning on a `Notes` sheet.")
    a("")
    a("The force side is an ordinary Organisational Learning tracker: a `Live tracker` sheet "
      "grouped under report heading rows, and a `Completed` sheet the team moves finished items "
      "to.")
    a("")
    a("## Files")
    a("")
    a(f"- `hmicfrs.xlsx` (built with XlsxWriter; strings in UTF-8 inside the xlsx)")
    a(f"  - sheet `{HM_SHEET}`: {n_lines} rows. No header at row 1: email text in rows "
      f"1–{header_row - 1}, the CSV header at row **{header_row}** (`Recommendation ID`, "
      f"`Force`, `Report`, `Publication date`, `Type`, `Recommendation`, `Status`, "
      f"`Status last updated` in A–H; the analyst added `PM notes` in J). "
      f"{len(item_rows)} item rows: {ranges(item_rows)} (an item's row is the row that carries "
      f"its Recommendation ID). Email tail in rows {max(item_rows) + 1}–{n_lines}.")
    a("  - sheet `Notes`: three lines of the analyst's own notes; no items.")
    a(f"- `tracker.xlsx` (XlsxWriter)")
    a(f"  - sheet `{LIVE}`: title rows 1–3 (title, version line, RAG key), blank row 4, header row "
      f"**5** (`No.`, `HMICFRS ID`, `Type`, `Recommendation / Area for Improvement`, "
      f"`Lead Officer`, `Governance Board`, `RAG`, `Progress update`, "
      f"`Date submitted to HMICFRS`), {len(sect)} report heading rows merged across A:I, "
      f"{len(live_items)} item rows ({ranges(live_items)}), then a blank row and a totals line. "
      f"No report column: the report is the heading above. RAG is text and fill colour.")
    a(f"  - sheet `{DONE}`: title row 1, blank row 2, header row **3** (`No.`, `HMICFRS ID`, "
      f"`Report`, `Type`, `Recommendation / AFI`, `Lead Officer`, `RAG`, `Closure evidence`, "
      f"`Date closed`), {len(done_items)} item rows ({ranges(done_items)}). Here the report is a "
      f"column.")
    a("- `truth.csv`: `hmicfrs_row,force_row,category,why`, one line per reconciliation item, "
      f"{len(TRUTH)} lines.")
    a("")
    a("## What the layout brings (HMICFRS side)")
    a("")
    a(f"1. **Email furniture above and below the list** (rows 1–{header_row - 1} and "
      f"{max(item_rows) + 1}–{n_lines}): two sets of From/Sent/To/Subject lines (forward and "
      "original), a CAUTION banner, OFFICIAL markings, greeting, covering note, signature, "
      "disclaimer. Text to Columns split them at commas: `To: Mann` | ` Priya` (row 3), "
      "`Sent: Monday` | a real date-time 14/03/2022 10:42 (row 9, Excel converted it), the "
      "covering note over A–E (row 20). The covering note states the status rule: Complete, "
      "Superseded, No further action required are closed.")
    a(f"2. **Header at row {header_row}**, not row 1; the analyst's `PM notes` column J sits "
      "after an empty column I.")
    a(f"3. **Broken records.** {len(broken)} records whose text has line breaks span several "
      f"rows: {', '.join(broken)}. On the first row the text cell F holds only the first line "
      "(the opening `\"` was consumed) and G/H (status, date) are empty. The continuation rows "
      "carry the rest of the text from column A, cut at every comma into B, C, D…; the last "
      "continuation row ends with the text, a stray closing `\"`, then the **status and date in "
      "whatever columns come next** (B/C, C/D or D/E). Blank lines inside the 'Everyone's "
      "business' text (2321) are blank rows inside the record (rows 29 and 31). A reader must "
      "glue the rows back together to get the text and, above all, the status of these "
      "records.")
    a("4. **Single-line records are whole**, including quoted report titles with commas "
      "(Core Business, PEEL 2018/19) and the stray footnote digit in 7711 ('intelligence 86').")
    a("5. **Types of value**: `Recommendation ID` came back as numbers; `Publication date` is "
      "register-style text ('9th July 2013') that Excel did not convert; `Status last updated` "
      "became real dates (dd/mm/yyyy, UK locale).")
    a("6. **Register vocabulary**: Type is `National recommendation`, `Recommendation`, "
      "`Area for improvement` or `Cause of concern`; Force is `National` for all-forces items. "
      "Statuses: Awaiting review, Being progressed (open); Complete, Superseded, No further "
      "action required (closed).")
    a("7. **Analyst notes in J** on five item rows (e.g. 'not on our tracker??' beside 902, "
      "'continues ↓' beside broken records); none contradicts the data.")
    a("")
    a("## What the layout brings (force side)")
    a("")
    a("- Report heading rows between items on the live sheet, in the force's own names "
      "('Stop & search powers 2 (HMIC 2015)', 'Police powers spotlight (Feb 21)', "
      "'PEEL Legit 17 S&S (all forces) + PEEL Legitimacy 2017 (WMP)'); two sheets with "
      "different columns.")
    a("- Own wording: abbreviations (CCs, PCCs, S&S, MSHT, ISAs, BWV, NFLMS, FCR, RUI), "
      "summaries, dropped stems; a few rows verbatim.")
    a("- `HMICFRS ID` column: mostly the register number (stored as numbers), blank on some "
      "rows, `Local` on the force's own actions, `6978 / 6979` on a combined row, one typo.")
    a("- RAG key in row 3: GREEN implemented (done), AMBER/RED open, WHITE not the force's to "
      "deliver (done for the force). Items on the Completed sheet are done.")
    a("")
    a("## Traps and how the truth decides them")
    a("")
    T = [
        (f"Combined row: {fr('FS_AUS14')} (No. 2) holds two austerity recommendations (3014 "
         "review savings plans + 3017 review collaboration plans) in one cell, no ID. Two truth "
         "lines, both `closeable_local` (HMICFRS No further action required, force AMBER)."),
        (f"Combined row: {fr('FS_DA')} (No. 28) holds the DA cause of concern 6978 and its DASH "
         "recommendation 6979 (`CoC + Rec`). Two lines, both `in_sync` (open / RED)."),
        (f"Split rows: 7710 MSHT leadership is four rows {fr('FS_S1a')}–{fr('FS_S1d').split('!')[1]} (12a–12d), one AMBER "
         "→ item open → four `in_sync` lines. 9303 body-worn video is three rows "
         f"{fr('FS_P3a')}–{fr('FS_P3c').split('!')[1]} (43a–43c), all GREEN → three `closeable_submit` lines. On the "
         f"HMICFRS side both are broken records ({hr('S1')}, {hr('P3')}), and 9303's status sits "
         "in C100 and 7710's in B68."),
        (f"Near-duplicate national texts: 2013 'in consultation with elected local policing "
         f"bodies' (1189, {hr('N3')}) vs 2015 'in consultation with police and crime "
         f"commissioners' (5530, {hr('SAS15')}). The force has one row ({fr('FS_SAS15')}) under "
         "its 2015 heading with ID 5530 → pairs with 5530; 1189 is `missing_from_force`."),
        (f"Figure: {fr('FS_AUS2')} says 'less than 20% of their savings' vs HMICFRS 10% → "
         "`conflict`."),
        (f"Timescale: {fr('FS_F2')} is verbatim except 'Within six months' vs 'Within three "
         "months' → `conflict`."),
        (f"Deadline: {fr('FS_DIG')} 'By September 2019' vs 'By September 2018' → `conflict`."),
        (f"Missing bullet: {fr('FS_LMON')} copies two of the three bullets of 8542 (the "
         "possession-only drug searches bullet is gone) → `conflict`. 8542 is itself a broken "
         "record (rows 78–79)."),
        (f"Type: {fr('FS_LPUB')} records 8544 (national recommendation) as an AFI → `conflict`."),
        (f"Report: {fr('FS_F4')} (temporary permits, firearms licensing 6104) sits under the "
         "force's 'Information management (Building the Picture) 2015' heading → `conflict`."),
        (f"Reference: {fr('FS_CDI')} has all five CDI bullets and the right section but ID 7420; "
         "the register has 7402 and no 7420 → `conflict`. The HMICFRS record is broken over "
         "rows 58–63."),
        (f"No ID, same ask: {fr('FS_S5')} (NCRS for MSHT offences) has a blank ID; the "
         f"Completed sheet's CDI 2014 row {fr('FL_CDI14')} also talks about NCRS and FCR audit "
         "capacity. The 2017 Stolen Freedom item 7714 pairs with the live row (`in_sync`); the "
         "2014 row is `not_on_hmicfrs_list`."),
        (f"WHITE: {fr('FS_P4')} marks the Home Office / NPCC data item 9304 WHITE (not the "
         "force's to deliver) → force done, HMICFRS Awaiting review → `closeable_submit`."),
        (f"Completed sheet but HMICFRS open: {fr('FC_P2')} (9302) → `closeable_submit`."),
        (f"HMICFRS closed, force open: 6105 ({fr('FS_F5')}), 6977 ({fr('FS_MISS')}), 6980 "
         f"Superseded ({fr('FS_ARREST')}), 9021 ({fr('FS_CRS')}) and the austerity pair → "
         "`closeable_local`. HMICFRS closed and force GREEN/Completed → `in_sync`."),
        (f"Not on the HMICFRS list: local actions {fr('FL_MSHT')}, {fr('FL_DA')}, "
         f"{fr('FL_KNIFE')} (ID `Local`); the 2017 'abuse of position for a sexual purpose' "
         f"national cause of concern {fr('FL_APSP')} (real, but not on this list); the CDI 2014 "
         f"row {fr('FL_CDI14')}."),
        (f"Missing from the force: 1189, 902 (analyst's own note agrees), 9014, 9019, 9305."),
        ("The broken records' statuses matter: 2321 Complete (B35), 6977 Complete (B52), 6979 "
         "Being progressed (C55), 7402 Being progressed (B63), 7710 (B68), 8542 (D79), 8543 "
         "Awaiting review (D81), 9303 (C100). A reader who takes G/H of the ID row sees no "
         "status at all for them."),
    ]
    for t in T:
        a(f"- {t}")
    a("")
    a("No `review` lines: every pair can be decided from the two rows.")
    a("")
    a("## Counts")
    a("")
    a("| category | lines |")
    a("|---|---|")
    for c in order:
        a(f"| {c} | {counts.get(c, 0)} |")
    a(f"| **total** | {len(TRUTH)} |")
    a("")
    a(f"HMICFRS items: {len(HM)} ({sum(1 for h in HM if h[4] in HM_CLOSED)} closed, "
      f"{sum(1 for h in HM if h[4] not in HM_CLOSED)} open). Force item rows: "
      f"{len(live_items) + len(done_items)} ({len(live_items)} live, {len(done_items)} "
      "completed); two force rows hold two items each, two items are split over 4 and 3 rows.")
    a("")
    a("## Rows that are not items")
    a("")
    a(f"`hmicfrs.xlsx`, sheet `{HM_SHEET}`:")
    a("")
    a(f"- email text and its blank lines: rows {ranges(email_rows)}")
    a(f"- header row: {header_row}")
    a(f"- continuation rows of broken records (part of the item that starts above, not items "
      f"themselves; blank ones are blank lines inside the text): {ranges(cont_all)}")
    a("- the whole `Notes` sheet (analyst's notes).")
    a("")
    a("`tracker.xlsx`:")
    a("")
    for f, why in f_non:
        a(f"- `{f}`: {why}")
    a("")
    a("## Checks run")
    a("")
    a("- The builder asserts: every HMICFRS item and every force item row appears in the truth; "
      "only the two combined rows appear twice; `missing_from_force` lines have no force row and "
      "`not_on_hmicfrs_list` lines no HMICFRS row; for every matched non-conflict line the "
      "category follows from HMICFRS open/closed and force open/done (a split item is done only "
      "when all its rows are); the export lines rebuilt from the sheet equal the CSV the "
      "monitoring system would write; no continuation row reaches column J.")
    a("- Both workbooks read back with openpyxl and pandas (`header=None`); every truth "
      "provenance cell was checked to hold the ID (HMICFRS) or a No. (force) on that row.")
    a("- Two builds produce byte-identical files (md5 compared).")
    a("")
    a("## Sources of the texts")
    a("")
    a("All HMICFRS texts are real and copied literally: national items from the project's "
      "`casegen/texts/national.py` (HMIC/HMICFRS national reports 2013–2021); West Midlands "
      "items from `/work/shared/data/real_recommendations.csv` (missing children, vetting) and "
      "the WMP JAC paper of 30 November 2017 (DA cause of concern and DASH recommendation, "
      "control room AFI); the PEEL 2018/19 recommendations and AFIs, the CDI recommendation and "
      "two DA recommendations are real texts from other forces' reports (West Mercia, "
      "Northamptonshire, City of London, Devon and Cornwall, Hampshire) re-used for this "
      "force's register without change (the JAC paper's DASH bullet, a '- ' list marker in the "
      "text copy, is written with '• '). Register IDs, statuses, dates, owners and all tracker "
      "wording are invented.")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
