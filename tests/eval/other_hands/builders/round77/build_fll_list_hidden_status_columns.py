"""Build the evaluation case `fll_list_hidden_status_columns`.

HMICFRS side: the Force Liaison Lead's working spreadsheet, sent to the force as its
"definitive list" with the FLL's internal columns hidden rather than deleted (earlier status
snapshots in a collapsed column group, the old register number, a "Change" formula, the FLL's
own notes) and a hidden "Lists" sheet feeding the status drop-down. The force analyst then put
an autofilter on it and sorted it by the current status.

Force side: an ordinary single-sheet tracker with a RAG column and a key under the table.

Run with /work/main/.venv/bin/python; writes /tmp/indep77/fll_list_hidden_status_columns/.
Every recommendation text below is real public wording (Open Government Licence), copied
literally from the project's text lists; the force's wording is its own.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import xlsxwriter

CASE = "fll_list_hidden_status_columns"
OUT = Path("/tmp/indep77") / CASE
FIXED = dt.datetime(2024, 9, 30, 16, 5, 0)

AR, BP, CO, NFA, SUP = ("Awaiting review", "Being progressed", "Complete",
                        "No further action required", "Superseded")
REC, NAT, AFI, COC = ("Recommendation", "National recommendation", "Area for improvement",
                      "Cause of concern")

# ---------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, tracker name)
# ---------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
               "PEEL Efficiency 17 (all forces)"),
    "efc17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
               "PEEL Legit 17 S&S"),
    "leg17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19), "NCPI 2018"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 6, 16), "PEEL 2021/22"),
    "custody22": ("Report on an unannounced inspection visit to police custody suites in "
                  "Lincolnshire", dt.date(2022, 8, 16), "Custody inspection 2022"),
    "peel2325": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25",
                 dt.date(2024, 6, 20), "PEEL 2023-25"),
    "local": (None, None, "Force improvement plan"),
}

# ---------------------------------------------------------------------------------------------
# HMICFRS items, in the FLL's own order (column "#").
# (n, report, type, ref, legacy, text, status Sep-23, status Mar-24, status Sep-24,
#  HMICFRS comment (visible), FLL note (hidden))
# ---------------------------------------------------------------------------------------------
H = [
    (1, "everyone", NAT, "REC-00212", 2318,
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
     "scrutiny panels and MARAC self-assessments.",
     BP, BP, NFA,
     "No further action required – the police response to domestic abuse is now assessed "
     "through PEEL.",
     "Agreed NFA at Sep 24 review (legacy national recs sweep)."),
    (2, "core", NAT, "REC-00230", 4825,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     BP, CO, CO, "Closed at March 2024 review.", None),
    (3, "integrity", NAT, "REC-00241", 905,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     BP, BP, BP,
     "Closure request received 14/08/2024 – evidence under review.",
     "Force says complete – evidence pack requested 14/08/24. Likely close Mar 25."),
    (4, "sas15", NAT, "REC-00255", 5120,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     BP, BP, NFA,
     "No further action required – covered by the PEEL legitimacy stop and search "
     "recommendations.", None),
    (5, "picture", NAT, "REC-00263", 5388,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     BP, BP, SUP,
     "Superseded – information management now inspected through PEEL.",
     "Superseded per national decision (Sep 24)."),
    (6, "firearms", NAT, "REC-00271", 5702,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are "
     "not being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     BP, CO, CO, "Closed at March 2024 review.", None),
    (7, "firearms", NAT, "REC-00272", 5703,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     BP, BP, BP, None, "Backlog still high – revisit after Dec 24."),
    (8, "firearms", NAT, "REC-00273", 5704,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     BP, BP, BP, None, None),
    (9, "firearms", NAT, "REC-00274", 5705,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office "
     "guidance; that temporary permits are properly recorded without delay on the National "
     "Firearms Licensing Management System; and that effective systems exist to ensure "
     "certificate holders are not permitted, at any time, to remain in unlawful possession of "
     "a firearm.",
     AR, AR, BP, None, "Moved to Being progressed after Mar 24 meeting."),
    (10, "firearms", NAT, "REC-00275", 5706,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     BP, BP, BP, None, None),
    (11, "eff16", COC, "COC-00318", 6120,
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. In "
     "cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system. HMIC found that officers are not consistently "
     "completing a DASH in circumstances where force policy requires that they should do so. "
     "This means that some victims of domestic abuse who may be at risk of harm are not being "
     "appropriately risk-assessed.",
     BP, CO, CO, "Closed at March 2024 review.", None),
    (12, "eff16", REC, "REC-00319", 6121,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.",
     BP, BP, CO, "Complete – closed at September 2024 review.",
     "Evidence from Apr 24 accepted. Close."),
    (13, "eff16", COC, "COC-00322", 6124,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was "
     "inappropriate in some cases. We found some instances where children were classed as "
     "‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing "
     "children were sometimes incorrectly assessed at a lower grade. We also found incidents "
     "where the risk had not been identified, even where good information was available on "
     "the police database. In some cases there was information to indicate that children were "
     "at risk of sexual exploitation, but this did not influence the assigned risk and "
     "categorisation. Children were incorrectly graded at a lower level and could have been "
     "exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s "
     "report on vulnerability in 2015.",
     BP, BP, BP, None, "Check against PEEL 23-25 findings on missing children."),
    (14, "eff16", REC, "REC-00323", 6125,
     "To address this cause of concern the force should immediately review its approach to "
     "reports of missing children and take steps to ensure that:\n"
     "• call takers understand and use the missing and absent category appropriately; • call "
     "takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with child sexual exploitation and how to respond to such cases; and • "
     "supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate and timely investigative and safeguarding action",
     BP, BP, BP, None, None),
    (15, "eff16", AFI, "AFI-00325", 6126,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.",
     BP, BP, BP, None, None),
    (16, "eff16", AFI, "AFI-00326", 6127,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.",
     BP, BP, BP, None, "Force RAG green per their JAC paper – no closure request yet."),
    (17, "stolen", NAT, "REC-00402", 8402,
     "Within twelve months, forces should review their leadership and governance arrangements "
     "for modern slavery and human trafficking, to ensure that:\n"
     "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
     "• every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively;\n"
     "• forces develop effective partnership arrangements to co-ordinate activity in order to "
     "share information and safeguard victims; and\n"
     "• performance and quality assurance measures are in place to allow senior leaders to "
     "assess the nature and quality of the service provided to victims.",
     BP, BP, BP, None, None),
    (18, "stolen", NAT, "REC-00403", 8403,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     BP, BP, CO, "Complete – closed at September 2024 review.",
     "ISA evidence (LA, Border Force, GLAA) seen. Close."),
    (19, "stolen", NAT, "REC-00404", 8404,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     BP, BP, BP, None, None),
    (20, "stolen", NAT, "REC-00405", 8405,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     BP, BP, BP,
     "Closure request received 02/09/2024 – to be considered at the March 2025 review.",
     "Looks closeable – DTN figures good."),
    (21, "stolen", NAT, "REC-00406", 8406,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     BP, BP, BP, None, None),
    (22, "stolen", NAT, "REC-00407", 8407,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     BP, BP, BP, None, None),
    (23, "stolen", NAT, "REC-00408", 8408,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     BP, BP, BP, None, "No force update received on this one since 2019."),
    (24, "efc17n", NAT, "REC-00431", 8510,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     BP, SUP, SUP, "Superseded at March 2024 review – Digital Policing Strategy / PEEL.",
     None),
    (25, "efc17", AFI, "AFI-00436", 8515,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.",
     BP, BP, BP, None, None),
    (26, "efc17", AFI, "AFI-00437", 8516,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     BP, BP, BP, None, None),
    (27, "leg17n", COC, "COC-00452", 8540,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     BP, BP, BP, None, None),
    (28, "leg17n", NAT, "REC-00453", 8541,
     "By July 2018, all police forces across England and Wales should be regularly and "
     "frequently monitoring a comprehensive set of data and information on use of stop and "
     "search powers to understand:\n"
     "•the reasons for any disproportionate representation of different ethnic groups in the "
     "use of stop and search; •the extent to which find rates differ between people from "
     "different ethnicities, and across different types of searches (including separate "
     "identification of find rates for drug possession and supply-type offences); and •the "
     "prevalence of possession-only drug searches, and the extent to which these align with "
     "local or force level priorities.",
     BP, BP, BP, None, "Dashboard seen at fieldwork; possession-only searches not covered."),
    (29, "leg17n", NAT, "REC-00454", 8542,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     BP, BP, BP,
     "Closure request received 01/07/2024 – to be considered at the March 2025 review.",
     None),
    (30, "leg17n", NAT, "REC-00455", 8543,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     BP, BP, CO,
     "Complete – the force published its stop and search disparity analysis in June 2024.",
     "Closed on sight of the June 24 publication."),
    (31, "leg17n", NAT, "REC-00456", 8544,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     BP, BP, BP, None, "Training completion low (61%)."),
    (32, "leg17", AFI, "AFI-00471", 8560,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     BP, BP, NFA, "No further action required – revisited in PEEL 2023–25.", None),
    (33, "leg17", AFI, "AFI-00472", 8561,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.",
     BP, BP, BP, None, None),
    (34, "ncpi18", REC, "REC-00512", 9012,
     "Within six months Lincolnshire Police should, in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:• "
     "ensure that all children are only detained when absolutely necessary and for the "
     "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
     "assess at an early stage a child’s need for alternative accommodation (secure or "
     "otherwise) and work with children’s social care services to achieve the most "
     "appropriate option for the child;• ensure that custody staff comply with their statutory "
     "duties to complete detention certificates if a child is detained for any reason in "
     "police custody following charge;• ensure that custody staff make a record of all actions "
     "taken and decisions made on the relevant documentation; and• improve the timeliness of "
     "adequate appropriate adult support for children who are arrested.",
     BP, BP, BP,
     "Closure request received 28/06/2024 – to be considered at the March 2025 review.",
     "Pair with custody 2022 findings before closing."),
    (35, "ncpi18", REC, "REC-00513", 9013,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.",
     BP, BP, BP, None, None),
    (36, "cdi19", REC, "REC-01784", None,
     "Within six months the force should put in place arrangements to ensure that:\n"
     "• at the point of report, victims are believed;\n"
     "• conversations between the call handlers and callers are summarised accurately in the "
     "incident log, thus providing attending officers with full facts on which to base "
     "crime-recording decisions;\n"
     "• multiple crimes are always recorded when described within incident records or "
     "identified as part of other recorded crime investigations;\n"
     "• the practice of awaiting the results of medical examinations or video interviews "
     "before making crime-recording decisions is stopped; and\n"
     "• online reports of crime are triaged at the point of receipt to ensure any ongoing "
     "risks to the victim or the wider public are identified and appropriately managed.",
     BP, BP, BP, None, None),
    (37, "cdi19", AFI, "AFI-01785", None,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.",
     BP, BP, CO, "Complete – closed at September 2024 review (CDI audit evidence).",
     "Closed on FCR audit evidence."),
    (38, "cdi19", REC, "REC-01786", None,
     "Within six months the force should improve its use of its crime-recording and management "
     "system to better manage its case files and investigative processes.",
     BP, BP, BP, None, None),
    (39, "cdi19", AFI, "AFI-01787", None,
     "The force should make sure it records reports of honour-based abuse accurately and "
     "without delay.",
     BP, BP, BP, None, None),
    (40, "powers", NAT, "REC-02231", None,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     BP, BP, BP, None, None),
    (41, "powers", NAT, "REC-02232", None,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     BP, BP, BP, None, None),
    (42, "powers", NAT, "REC-02233", None,
     "By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic "
     "stops and use of force incidents.\n"
     "have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of body-worn video footage to identify and disseminate learning and hold officers "
     "to account when behaviour falls below acceptable standards.\n"
     "provide external scrutiny panel members with access to samples of body-worn video "
     "footage showing stop and search encounters and use of force incidents, taking account of "
     "the safeguards in the College of Policing’s Authorised Professional Practice.",
     BP, BP, BP, "Evidence received 15/05/2024 – under review.", None),
    (43, "powers", NAT, "REC-02235", None,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     BP, CO, CO, "Closed at March 2024 review.", None),
    (44, "peel2122", AFI, "AFI-02611", None,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.",
     BP, BP, BP, None, None),
    (45, "peel2122", AFI, "AFI-02612", None,
     "The force should make sure victims of residential burglary are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     BP, BP, BP, None, None),
    (46, "peel2122", AFI, "AFI-02613", None,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.",
     BP, CO, CO, "Closed at March 2024 review.", None),
    (47, "peel2122", AFI, "AFI-02614", None,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     BP, BP, BP, None, None),
    (48, "peel2122", AFI, "AFI-02615", None,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.",
     AR, BP, CO, "Complete – closed at September 2024 review.", None),
    (49, "peel2122", AFI, "AFI-02616", None,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.",
     BP, BP, BP, None, None),
    (50, "peel2122", AFI, "AFI-02617", None,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.",
     BP, BP, BP, None, None),
    (51, "peel2122", AFI, "AFI-02618", None,
     "The force should evaluate its work to prevent knife crime and share what works across "
     "the force.",
     BP, BP, SUP,
     "Superseded by the PEEL 2023–25 findings on serious violence.", None),
    (52, "peel2122", AFI, "AFI-02619", None,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.",
     BP, BP, BP, None, "Overlaps PEEL 23-25 cause of concern – consider superseding."),
    (53, "custody22", AFI, "AFI-02702", None,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to people with mental ill health.",
     AR, BP, BP, None, "No update from force yet."),
    (54, "custody22", AFI, "AFI-02703", None,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to people with mental ill health.",
     AR, AR, BP, None, None),
    (55, "peel2325", AFI, "AFI-03101", None,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.",
     None, None, AR, "New – added following publication on 20/06/2024.", None),
    (56, "peel2325", AFI, "AFI-03102", None,
     "The force should improve how it gathers, assesses and acts on intelligence about "
     "serious and organised crime.",
     None, None, AR, "New – added following publication on 20/06/2024.", None),
    (57, "peel2325", AFI, "AFI-03103", None,
     "The force should make sure its analysis of violence against women and girls informs its "
     "strategic assessment and control strategy.",
     None, None, AR, "New – added following publication on 20/06/2024.", None),
    (58, "peel2325", AFI, "AFI-03104", None,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.",
     None, None, AR, "New – added following publication on 20/06/2024.", None),
    (59, "peel2325", COC, "COC-03105", None,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.",
     None, None, AR, "New – added following publication on 20/06/2024.",
     "Engage phase? Discuss with portfolio lead."),
    (60, "peel2325", REC, "REC-03106", None,
     "Within six months the force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently "
     "good service.",
     None, None, AR, "New – added following publication on 20/06/2024.", None),
    (61, "peel2325", REC, "REC-03107", None,
     "Within six months the force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.",
     None, None, AR, "New – added following publication on 20/06/2024.", None),
    (62, "peel2325", AFI, "AFI-03108", None,
     "The force should review its approach to rape and serious sexual offences to make sure "
     "victims receive a consistently good service.",
     None, None, AR, "New – added following publication on 20/06/2024.", None),
]
HBY = {h[0]: h for h in H}

# ---------------------------------------------------------------------------------------------
# Force tracker rows, in the tracker's order.
# (hmicfrs item numbers (tuple, empty = not on the list), report, ref, type, text, lead, RAG,
#  update, submitted for closure)
# ---------------------------------------------------------------------------------------------
F = [
    ((), "sas13", 3391, "National rec",
     "CCs should establish or improve monitoring of the way officers S&S people so they are "
     "satisfied officers act in accordance with the law (incl. equality legislation & Code of "
     "Practice) & the power is used effectively",
     "ACC Local Policing", "GREY", "Closed by HMIC 2016 (register shows complete).", None),
    ((1,), "everyone", 2318, "National rec",
     "By Sept 2014 every force to establish & publish a DA action plan – developed in "
     "consultation with PCC, DA support orgs & victims reps; after consideration of all recs in "
     "the report; with reference to DHRs & IPCC findings; drawing on CPS scrutiny panels & "
     "MARAC self-assessments",
     "Ch Supt Public Protection", "AMBER",
     "DA action plan being refreshed under the VAWG Delivery Plan 2024-26; awaiting sign-off "
     "at Force Executive Board.", None),
    ((), "austerity", 1744, "National rec",
     "All CCs & PCCs to review plans to deliver savings to ensure doing all they can to "
     "continue to reduce crime & protect the front line while balancing budgets",
     "Director of Finance", "GREY", "Closed – HMIC confirmed NFA (2017 list).", None),
    ((), "core", 4824, "National rec",
     "Not later than 31 March 2015 forces using a THR policy should provide call-handlers with "
     "specific, sound & comprehensible criteria to assess threat, harm & risk",
     "Supt Contact Centre", "GREY", "THRIVE embedded 2015. Closed by HMIC.", None),
    ((2,), "core", 4825, "National rec",
     "By 31 March 2015 all forces to ensure crime prevention/disruption activity is "
     "systematically recorded & evaluated to determine effectiveness of tactics",
     "Head of Corporate Development", "GREY", "Closed by HMICFRS – March 2024 list.", None),
    ((3,), "integrity", 905, "National rec",
     "By 31 Aug 2015 CCs to satisfy themselves that misconduct investigations ending in ‘NFA’ "
     "are fair & free of any form of discrimination",
     "Head of Professional Standards", "GREEN",
     "PSD disproportionality dip-sample completed; results to PSD Board 18/07/24. Evidence "
     "submitted to HMICFRS for closure.", dt.date(2024, 8, 14)),
    ((4,), "sas15", 5120, "National rec",
     "CCs, in consultation with PCCs, to comply with Code of Practice by explaining to the "
     "public how S&S powers are used & by arranging for S&S records to be scrutinised by "
     "community representatives (involving young people)",
     "ACC Local Policing", "GREEN",
     "Community scrutiny panel incl. youth panel meets quarterly. Submitted for closure.",
     dt.date(2024, 5, 21)),
    ((5,), "picture", 5388, "National rec",
     "By 30 Nov 2015 put in place arrangements to scrutinise audits of compliance with APP on "
     "information management through force IM governance structure – incl. regular "
     "adjustment of record categorisation",
     "Head of Information Management", "AMBER",
     "MoPI review, retention & disposal project running – new IM Board ToR drafted.", None),
    ((6,), "firearms", 5702, "National rec",
     "Within 3 months assess how well governance of firearms licensing meets APP standards; "
     "put correct arrangements in place immediately where not",
     "Supt Firearms Licensing", "GREY", "Closed March 2024.", None),
    ((7, 8), "firearms", "5703 / 5704", "National rec",
     "Firearms licensing: assess demand on FLD & ensure capacity to meet it (within 3 months); "
     "satisfy ourselves all appropriate action taken re ‘total expired’ licensing records "
     "(immediately)",
     "Supt Firearms Licensing", "AMBER",
     "Demand review complete; 212 total expired records still being worked through (target "
     "Dec 24).", None),
    ((9,), "firearms", 5705, "National rec",
     "Within 3 months ensure temporary permit arrangements accord with HO guidance, permits "
     "recorded without delay on NFLMS & effective systems so certificate holders are never in "
     "unlawful possession of a firearm",
     "Supt Firearms Licensing", "GREEN", "Temporary permit process audited Jun 24 – compliant.",
     None),
    ((10,), "firearms", 5706, "National rec",
     "Within 3 months ensure systems identify (prior to attendance) whether an incident "
     "involves/is at the address of a firearm certificate holder & are always applied by "
     "dispatchers; officers understand the risk assessment & power to seize",
     "Supt Contact Centre", "AMBER",
     "STORM flag for certificate holders live; dispatch compliance audit due Q3.", None),
    ((11,), "eff16", 6120, "CoC",
     "DA response a cause of concern – policy allows discretion to complete DASH; officers not "
     "consistently completing DASH where policy requires; victims may not be appropriately "
     "risk assessed",
     "Ch Supt Public Protection", "GREY", "Closed by HMICFRS March 2024.", None),
    ((12,), "eff16", 6121, "Rec",
     "Immediately take steps to ensure effective supervision of the initial risk assessment "
     "process, specifically completion of DASH in appropriate cases",
     "Ch Supt Public Protection", "GREEN",
     "All DA incidents now risk assessed; supervisor review mandatory on Niche. Evidence "
     "submitted.", dt.date(2024, 4, 11)),
    ((13,), "eff16", 6124, "CoC",
     "Response to missing & absent children a cause of concern – risk for children missing "
     "from home inappropriately assessed; ‘absent’ used where should be ‘missing’; CSE risk "
     "information not influencing risk grading",
     "Ch Supt Public Protection", "AMBER",
     "Absent category withdrawn Oct 23. Missing persons audit Q2 shows improvement – see "
     "Missing Persons Improvement Plan.", None),
    ((14,), "eff16", 6125, "Rec",
     "To address CoC immediately review approach to missing children & ensure: call takers "
     "understand & use missing/absent category appropriately; call takers & frontline staff "
     "can identify CSE risk factors & respond; supervisors provide correct oversight of "
     "missing person enquiries",
     "Supt Contact Centre", "AMBER", "Training package delivered to 78% of call takers.",
     None),
    ((15,), "eff16", 6126, "AFI",
     "Improve understanding of the nature & scale of CSE in the force area",
     "Head of Intelligence", "AMBER", "CSE problem profile refresh commissioned.", None),
    ((16,), "eff16", 6127, "AFI",
     "Consistently use ancillary orders & other powers to protect victims of stalking & "
     "harassment",
     "Det Ch Supt Force CID", "GREEN",
     "SPO single point of contact in post; applications up from 6 to 31. Ready to submit for "
     "closure.", None),
    ((), "eff16", 6128, "AFI",
     "Improve understanding of the nature & scale of MSHT in the force area",
     "Head of Intelligence", "AMBER",
     "MSHT problem profile refreshed Feb 24 – awaiting sign-off.", None),
    ((17,), "stolen", 8402, "National rec",
     "Within 12 months review MSHT leadership & governance so that: (a) senior leaders "
     "prioritise the response to MSHT",
     "ACC Crime", "GREEN", "MSHT Gold group chaired by ACC Crime since 2018.", None),
    ((17,), "stolen", 8402, "National rec",
     "MSHT leadership & governance (b): every MS incident allocated appropriate resources with "
     "the skills, experience & capacity to investigate it",
     "Det Ch Supt Force CID", "GREEN", "All MSHT crimes allocated to the Serious Crime Unit.",
     None),
    ((17,), "stolen", 8402, "National rec",
     "MSHT leadership & governance (c): effective partnership arrangements to co-ordinate "
     "activity, share information & safeguard victims",
     "ACC Crime", "GREEN", "Anti-Slavery Partnership ISA signed 2019.", None),
    ((17,), "stolen", 8402, "National rec",
     "MSHT leadership & governance (d): performance & QA measures so senior leaders can "
     "assess the nature & quality of the service to victims",
     "Head of Corporate Development", "AMBER",
     "MSHT measures to be added to the monthly Force Performance pack (Q4).", None),
    ((18,), "stolen", 8403, "National rec",
     "Within 6 months have active ISAs with other agencies for speedy exchange of intelligence "
     "& to safeguard victims & identify suspects early",
     "Head of Intelligence", "GREEN", "ISAs in place with LAs, Border Force, GLAA. Evidence "
     "submitted.", dt.date(2024, 3, 19)),
    ((19,), "stolen", 8404, "National rec",
     "Immediately ensure victims carrying out criminal acts under compulsion are afforded "
     "early & continuing consideration of the s45 defence",
     "Head of Criminal Justice", "AMBER", "s45 guidance issued; CPS joint file review planned.",
     None),
    ((20,), "stolen", 8405, "National rec",
     "Immediately ensure full compliance with the NRM process & duty to notify HO of suspected "
     "adult victims (Modern Slavery Act 2015)",
     "Det Ch Supt Force CID", "GREEN",
     "Duty to notify compliance 100% in last two quarters. Closure request sent.",
     dt.date(2024, 9, 2)),
    ((21,), "stolen", 8406, "National rec",
     "Within 6 months forces should take steps to fully comply with NCRS for MSHT offences & "
     "ensure sufficient audit capacity for the FCR to identify gaps in recording accuracy",
     "Force Crime Registrar", "AMBER", "MSHT added to FCR audit plan 2024/25.", None),
    ((22,), "stolen", 8407, "National rec",
     "Immediately ensure MSHT allegations are thoroughly investigated & effectively supervised "
     "by teams with the skills & experience (incl. joint intelligence teams & overseas "
     "intel/evidence)",
     "Det Ch Supt Force CID", "AMBER", "Investigative standards review underway.", None),
    ((24,), "efc17n", 8510, "National rec",
     "By Sept 2018 CCs to produce an ambitious plan to improve digitally-enabled services",
     "Head of Corporate Development", "AMBER",
     "Digital Strategy 2025-28 in draft; dependent on national programme.", None),
    ((25,), "efc17", 8515, "AFI",
     "Ensure sufficient resources in the control room to fulfil its resourcing model & meet "
     "demand, taking account of workforce wellbeing",
     "Supt Contact Centre", "AMBER",
     "Contact Centre resourcing review; 101 abandonment still above target.", None),
    ((26,), "efc17", 8516, "Rec",
     "Develop a future workforce plan aligned with overall demand & budget incl. future "
     "resource allocations, skills mix & behaviours expected",
     "Director of People", "AMBER",
     "Strategic Workforce Plan 2024-27 to Chief Officer Group in October.", None),
    ((27,), "leg17n", 8540, "CoC",
     "Forces not able to demonstrate use of S&S is consistently reasonable & fair – "
     "over-representation of BAME (esp. black) people which forces cannot explain",
     "ACC Local Policing", "AMBER", "See S&S disproportionality action plan.", None),
    ((28,), "leg17n", 8541, "National rec",
     "By July 2018 all forces to regularly & frequently monitor S&S data to understand:\n"
     "• reasons for any disproportionate representation of different ethnic groups;\n"
     "• extent to which find rates differ between ethnicities & types of search (incl. drug "
     "possession / supply)",
     "ACC Local Policing", "AMBER", "Monthly S&S dashboard in place (Power BI).", None),
    ((29,), "leg17n", 8542, "National rec",
     "Where monitoring identifies disparities, demonstrate to the public the research & "
     "analysis done to understand the reasons & action taken to reduce the disparity",
     "ACC Local Policing", "GREEN",
     "Disparity analysis published on force website 06/24. Evidence sent.",
     dt.date(2024, 7, 1)),
    ((30,), "leg17n", 8543, "National rec",
     "Publish the analysis & actions at least annually from July 2018",
     "ACC Local Policing", "AMBER", "2024 annual S&S disparity report being drafted – due "
     "Nov 24.", None),
    ((31,), "leg17n", 8544, "National rec",
     "By July 2018 (& ongoing) all officers who use S&S to have had & understood unconscious "
     "bias training & CoP APP on S&S",
     "Head of Learning & Development", "RED", "Refresher completion 61% – behind plan.", None),
    ((32,), "leg17", 8560, "AFI",
     "Review how the force gathers & uses E&D data to improve understanding of workforce "
     "demographics",
     "Director of People", "GREY", "HMICFRS confirmed NFA at review meeting 10/09/24.", None),
    ((33,), "leg17", 8561, "AFI",
     "Provide a confidential way for staff to raise concerns & make sure staff are aware of "
     "whistleblowing processes",
     "Head of Professional Standards", "AMBER",
     "Confidential reporting line relaunched; awareness survey Q3.", None),
    ((34,), "ncpi18", 9012, "Rec",
     "Within 6 months, with children’s social care, review how we manage detention of "
     "children: only detained when absolutely neccessary & for minimum time; early assessment "
     "of need for alternative accomodation; detention certificates completed after charge; "
     "record all actions & decisions; timely appropriate adult support",
     "Ch Insp Custody", "GREEN",
     "Children in custody protocol agreed with LA; monthly review at Custody Board. Evidence "
     "submitted.", dt.date(2024, 6, 28)),
    ((35,), "ncpi18", 9013, "Rec",
     "Within 6 months improve partnership working to safeguard people at risk from CSE",
     "Ch Supt Public Protection", "AMBER", "Joint CSE hub pilot (Lincoln) – evaluation due "
     "Jan 25.", None),
    ((36,), "cdi19", "REC-01784", "Rec",
     "Within 6 months put in place arrangements to ensure that:\n"
     "- at point of report victims are believed;\n"
     "- call handler/caller conversations accurately summarised in incident log;\n"
     "- multiple crimes always recorded;\n"
     "- practice of awaiting medical exam/video interview results before recording decisions "
     "stopped; and\n"
     "- online crime reports triaged on receipt",
     "Force Crime Registrar", "AMBER",
     "CDI audit Q1 24/25: 91% compliance. Online triage still outstanding.", None),
    ((38,), "cdi19", "REC-01786", "Rec",
     "Within six months the force should improve its use of its crime-recording and "
     "management system to better manage its case files & investigative processes",
     "Head of Criminal Justice", "GREEN", "Niche case file module live Jan 24.", None),
    ((39,), "cdi19", "AFI-01877", "AFI",
     "Record reports of honour-based abuse accurately & without delay",
     "Force Crime Registrar", "AMBER", "HBA flag on Niche; FCR dip sample planned.", None),
    ((40,), "powers", "REC-02231", "National rec",
     "By July 2021, forces should ensure that officers & staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management & de-escalation.",
     "Head of Learning & Development", "AMBER", "Comms skills module in PST 2024/25.", None),
    ((41,), "powers", "REC-02232", "National rec",
     "By July 2021 reinforce comms skills through CPD & support supervisors to debrief "
     "officers using BWV",
     "Head of Learning & Development", "AMBER", "Supervisor BWV debrief guide drafted.", None),
    ((42,), "powers", "REC-02233", "National rec",
     "BWV (1 of 3) – officers record the entirety of all S&S encounters incl. traffic stops & "
     "use of force on BWV",
     "ACC Local Policing", "GREEN", "BWV policy updated; compliance 97%.",
     dt.date(2024, 5, 15)),
    ((42,), "powers", "REC-02233", "National rec",
     "BWV (2 of 3) – structured process for regularly reviewing a sample of BWV footage "
     "internally to identify learning & hold officers to account",
     "ACC Local Policing", "GREEN", "Monthly supervisor review of 10 S&S BWV clips in place.",
     dt.date(2024, 5, 15)),
    ((42,), "powers", "REC-02233", "National rec",
     "BWV (3 of 3) – external scrutiny panel members given access to samples of S&S & UoF BWV "
     "footage (CoP APP safeguards)",
     "ACC Local Policing", "GREEN", "Panel views footage at each meeting since Jan 24.",
     dt.date(2024, 5, 15)),
    ((43,), "powers", "REC-02235", "National rec",
     "By July 2021 effective internal monitoring of use of force to identify & understand "
     "disproportionate use, explain the reasons & act",
     "ACC Local Policing", "GREY", "Closed by HMICFRS March 2024.", None),
    ((), "powers", None, "National rec",
     "HO & NPCC to ensure quality of data on UoF in S&S is sufficient for publication; HO to "
     "publish",
     None, "GREY", "Not for the force – for Home Office / NPCC. No action.", None),
    ((44,), "peel2122", "AFI-02611", "AFI",
     "Improve timeliness of response to calls for service involving DA",
     "Supt Contact Centre", "RED",
     "Attendance times for DA grade 2 still outside target; demand review with Local "
     "Policing.", None),
    ((45,), "peel2122", "AFI-02612", "AFI",
     "Make sure victims of residential burglary are kept informed of progress in line with "
     "the VCOP",
     "ACC Crime", "GREEN",
     "Victim updates now automated via Niche; VCOP compliance 93%.", None),
    ((46,), "peel2122", "AFI-02613", "AFI",
     "Improve the way we manage the risk posed by offenders involved in county lines",
     "Det Ch Supt Force CID", "GREY", "Closed March 2024.", None),
    ((47,), "peel2122", "AFI-02614", "AFI",
     "Ensure RASSO investigations allocated to officers with the right skills & effectively "
     "supervised",
     "Det Ch Supt Force CID", "AMBER", "Op Soteria implementation ongoing.", None),
    ((48,), "peel2122", "AFI-02615", "AFI",
     "Develop a problem-solving approach to ASB working with local communities & partners",
     "ACC Local Policing", "GREEN",
     "Problem-solving hub & ASB case reviews embedded. Submitted for closure.",
     dt.date(2024, 3, 20)),
    ((49,), "peel2122", "AFI-02616", "AFI",
     "Ensure enough specialist capacity/capability to investigate online child sexual abuse",
     "Det Ch Supt Force CID", "AMBER", "POLIT uplift of 4 DCs approved.", None),
    ((50,), "peel2122", "AFI-02617", "AFI",
     "Improve understanding of suspects RUI & management of those on bail",
     "Head of Criminal Justice", "AMBER", "RUI/bail dashboard in development.", None),
    ((51,), "peel2122", "AFI-02618", "AFI",
     "Evaluate work to prevent knife crime & share what works across the force",
     "ACC Local Policing", "AMBER", "Op Sceptre evaluation with University of Lincoln.", None),
    ((52,), "peel2122", "AFI-02619", "AFI",
     "Ensure regular & active supervison of the quality/progress of investigations – "
     "supervision to be properly recorded",
     "Det Ch Supt Force CID", "AMBER",
     "Investigation supervision standards launched; QA dip sample Q3.", None),
    ((58,), "peel2122", None, "AFI",
     "Make sure we have access to accurate data & analysis to support effective performance "
     "management",
     "Head of Corporate Development", "AMBER",
     "New performance framework & data warehouse – phase 1 live.", None),
    ((54,), "custody22", "AFI-02703", "AFI",
     "Performance framework to give senior leaders a clear picture of response to people with "
     "mental ill health (custody)",
     "Ch Insp Custody", "AMBER", "MH measures added to Custody Board pack.", None),
    ((), "local", None, "Local action",
     "Force improvement plan: Refresh the hate crime problem profile and add it to the "
     "control strategy",
     "Head of Intelligence", "AMBER", "Profile drafted; to Tasking & Co-ordination in Oct.",
     None),
    ((55,), "peel2325", "AFI-03101", "AFI",
     "Make sure reports of stalking & harassment are recorded accurately & without delay",
     "Force Crime Registrar", "AMBER", "Awaiting allocation.", None),
    ((56,), "peel2325", "AFI-03102", "AFI",
     "Improve how we gather, assess & act on intelligence about SOC",
     "Head of Intelligence", "AMBER", "SOC intelligence review scoped.", None),
    ((59,), "peel2325", "COC-03105", "CoC",
     "Force does not have the capacity/capability to investigate crime effectively – failings "
     "in the way crimes are investigated",
     "ACC Crime", "AMBER", "Investigations Improvement Plan agreed by COG 08/24.", None),
    ((60,), "peel2325", "REC-03106", "Rec",
     "Within 6 months improve supervision of investigations – investigation plans set, "
     "reviewed & recorded; victims receive consistently good service",
     "Det Ch Supt Force CID", "AMBER", "Part of Investigations Improvement Plan.", None),
    ((61,), "peel2325", "REC-03107", "Rec",
     "Within 6 months improve ability to retrieve digital evidence from mobiles, computers & "
     "other devices quickly enough so investigations are not delayed",
     "Det Ch Supt Force CID", "RED", "DFU backlog 412 devices; kiosk roll-out delayed.", None),
    ((62,), "peel2325", "AFI-03108", "AFI",
     "Review approach to RASSO so victims receive a consistently good service",
     "Det Ch Supt Force CID", "AMBER", "Aligned to Op Soteria.", None),
]

# ---------------------------------------------------------------------------------------------
# How a person decides each HMICFRS item (category, why). Force rows are looked up from F.
# ---------------------------------------------------------------------------------------------
HOPEN = {AR, BP}
FDONE = {"GREEN", "GREY"}

SPECIAL = {
    21: ("conflict", "Same MSHT crime-recording/audit-capacity item (force ref 8406 = hidden "
         "Legacy ID), but HMICFRS says 'Immediately' and the tracker says 'Within 6 months': "
         "timescale disagrees."),
    26: ("conflict", "Same workforce-plan text (force ref 8516 = hidden Legacy ID); HMICFRS "
         "types it Area for improvement, the tracker types it Rec: type disagrees."),
    28: ("conflict", "Same stop and search monitoring item (ref 8541); the tracker lists only "
         "two of the three bullets – 'prevalence of possession-only drug searches' is missing."),
    39: ("conflict", "Same honour-based abuse recording AFI (CDI 2019, same words); the "
         "tracker's ref AFI-01877 is a transposition of the list's AFI-01787 (no AFI-01877 on "
         "the list): reference disagrees."),
    40: ("conflict", "Same communication-skills item (National Policing Guidelines on Conflict "
         "Management, wording near verbatim) but the tracker says 'By July 2021', HMICFRS 'By "
         "July 2022' (the tracker copied the next item's deadline): deadline disagrees."),
    58: ("conflict", "Same accurate-data AFI (word for word in substance), but the tracker "
         "files it under PEEL 2021/22 (Jun-22) with no ref, while HMICFRS holds it under PEEL "
         "2023–25 (20/06/2024) and PEEL 2021/22 has no such AFI: report disagrees."),
}


README = """# Case `fll_list_hidden_status_columns`

## The story

Lincolnshire Police's Organisational Learning analyst has to reconcile HMICFRS's definitive list
with the force tracker before the Joint Audit Committee. The list arrives by email from the
HMICFRS **Force Liaison Lead (FLL)** as an attachment, `hmicfrs.xlsx`, and it is not a clean
export: it is the FLL's own working sheet for the force. Each review round the FLL adds a new
status column ("Status at 30/09/2024") and, before sending, **hides** the internal columns
instead of deleting them: the two earlier status snapshots (a collapsed column group H:I, the "+"
button above J), the old register number ("Legacy ID", C), a helper formula ("Change", K) and
the FLL's own notes (M, headed "not for circulation"). The drop-down of statuses on J is fed from
a **hidden sheet "Lists"**. A person opening the file sees only A, B, D, E, F, G, J and L.

The list keeps items HMICFRS closed in the last twelve months "for information" (title row 4
says so), so closed statuses appear on it; items closed earlier have dropped off.

The analyst's own handling: she turned on the autofilter and **sorted the list by the visible
current status (J), then by the FLL's running number "#"**. Sorting carried the hidden cells
with their rows (nothing was broken), but the list no longer runs report by report: "#" (A) is
the FLL's original order (1–62) and now jumps about, and the missing-children cause of concern
stays beside its recommendation while the domestic abuse cause of concern (row 55) and its
recommendation (row 56) now sit among the "Complete" rows. She did not unhide anything.

The force side is an ordinary tracker kept by Organisational Learning, last updated 16/09/2024,
before the September list arrived. It carries the old register numbers for items it has tracked
since before 2019 (those numbers appear on the list only in the hidden Legacy ID column) and the
new portal refs for later items.

## The files

**`hmicfrs.xlsx`** (XlsxWriter; fixed document properties; two sheets)
- Sheet `Definitive list` (visible). Row 1 "OFFICIAL"; row 2 title; row 3 "Definitive list for
  Lincolnshire Police as at 30 September 2024"; row 4 note on closed items; row 5 blank;
  **row 6 header**; **rows 7–68: 62 items**; row 69 blank; row 70 "OFFICIAL". Autofilter
  A6:M68; panes frozen at C7; data validation on J7:J68 = `Lists!$A$2:$A$6`.
- Columns: A `#` (FLL running number, not a reference) · B `Ref` (REC-/AFI-/COC- + 5 digits) ·
  C `Legacy ID` **hidden** (old register integer for items published before 2019, blank after) ·
  D `Report` · E `Published` (date, dd/mm/yyyy) · F `Type` (Recommendation / National
  recommendation / Area for improvement / Cause of concern) · G `Recommendation / AFI / cause of
  concern` (real text, line breaks and bullets kept) · H `Status at 30/09/2023` **hidden,
  outline level 1** · I `Status at 31/03/2024` **hidden, outline level 1** · J `Status at
  30/09/2024` (the current status; column has the collapsed "+" of the group) · K `Change`
  **hidden**, formula `=IF(I7="","New",IF(I7=J7,"","Changed"))` with cached values · L `HMICFRS
  comment` · M `FLL notes (internal – not for circulation)` **hidden**.
- Sheet `Lists` (**hidden**): A1 "Status", A2:A6 the five statuses; B1 "Type", B2:B5 the four
  types. A drop-down source, no items.

**`tracker.xlsx`** (XlsxWriter; one sheet `HMICFRS Tracker`)
- Row 1 title; row 2 "Strategic Development – Organisational Learning. Last updated
  16/09/2024 …"; **row 3 header**; **rows 4–71: 68 item rows**; row 72 blank; rows 73–77 the
  key ("Key", then GREEN / AMBER / RED / GREY with their meanings). Panes frozen below row 3.
- Columns: A `No.` (tracker running number 1–68, not a reference) · B `HMICFRS Ref` (legacy
  integer, portal ref string, "5703 / 5704" or blank) · C `Report` (the tracker's short names:
  "PEEL Legit 17 S&S", "CDI 2019", "Police powers spotlight (Feb 21)") · D `Published`
  (date shown mmm-yy) · E `Type` (Rec / National rec / AFI / CoC / Local action) · F
  `Recommendation / AFI` (the force's own shortened wording: &, S&S, MSHT, CCs, RASSO, typos
  "supervison", "neccessary", "accomodation") · G `Lead` · H `RAG` (text plus matching fill) · I
  `Latest update` · J `Submitted for closure` (date).
- Key (rows 74–77): GREEN = implemented, evidence submitted or ready to submit (done); AMBER =
  ongoing (open); RED = past deadline / at risk (open); GREY = closed by HMICFRS or no action for
  the force (done).

**`truth.csv`** (UTF-8, `hmicfrs_row,force_row,category,why`), 73 lines.

## What the layout brings, point by point

1. **Three status columns, two hidden.** H and I carry the 2023 and March 2024 statuses, J the
   current one. The header words are alike ("Status at …"); only J is visible and current. In
   ten rows the hidden March 2024 status is open while the current one is closed (rows 56, 57,
   58, 59, 62, 63, 64, 65, 66, 68); in rows 18 and 52 it is "Awaiting review" against a current
   "Being progressed"; rows 7–14 have no earlier status (published 20/06/2024). The truth
   always takes J, the column the FLL sent as current and the only one a reader sees.
2. **Hidden Legacy ID (C).** The tracker's refs for pre-2019 items (905, 5702, 8541 …) are
   these old register numbers; the visible Ref (B) is the portal's REC-00241 style, which the
   tracker never uses for those items. For 2019+ items the tracker uses the visible B refs.
   Matching in the truth rests on text and report; the refs confirm it.
3. **Hidden FLL notes (M) and Change formula (K).** Internal commentary ("Force says complete –
   evidence pack requested", "Looks closeable", "consider superseding"). None of it changes
   HMICFRS's status; the truth ignores it. The Change column is a helper, not a status.
4. **Hidden `Lists` sheet** with status and type words in a column: not items.
5. **Sorted by status** (the analyst's sort): rows 7–14 Awaiting review, 15–52 Being progressed,
   53–62 Complete, 63–65 No further action required, 66–68 Superseded; "#" shows the original
   order. A cause of concern and its recommendation are no longer necessarily adjacent.
6. **Closed items on the list "for information"** (rows 53–68): these reconcile like any other
   (in_sync when the tracker is done, closeable_local when it is still open).
7. **Title rows, a protective-marking footer, a frozen header at row 6.**

## Traps and how the truth decides them

- **Hidden older status disagrees with the current one** (point 1): e.g. row 57 (Stolen
  freedom ISAs, 8403) is Complete now, Being progressed in the hidden March column; the tracker
  has it GREEN → `in_sync` (closed/done), not closeable_submit. Row 58 (publish the stop and
  search analysis annually, 8543) Complete now, tracker AMBER → `closeable_local`, not in_sync.
  Rows 63 and 66 (Everyone's business plan, Building the picture) likewise `closeable_local`;
  rows 56, 62, 64, 65 `in_sync` closed/done.
- **Force refs only in a hidden column** (point 2): decided on text and report; the refs agree.
- **Split recommendation**: Stolen freedom leadership (row 24) is four tracker rows 23–26,
  bullets (a)–(d), GREEN, GREEN, GREEN, AMBER → item still open → four `in_sync` lines. The
  2021 body-worn video recommendation (row 44) is three tracker rows 49–51, all GREEN → three
  `closeable_submit` lines.
- **Two items in one tracker row**: tracker row 13 ("5703 / 5704") holds the firearms demand
  item (row 16) and the ‘total expired’ item (row 17) → two `in_sync` lines.
- **Conflicts** (matched, a fact differs):
  - row 27 ↔ tracker 30: NCRS/MSHT recording – HMICFRS "Immediately", tracker "Within 6 months".
  - row 31 ↔ 34: workforce plan – HMICFRS Area for improvement, tracker "Rec".
  - row 33 ↔ 36: stop and search monitoring – tracker lists two of the three bullets (no
    possession-only drug searches).
  - row 41 ↔ 46: honour-based abuse recording AFI – tracker ref AFI-01877 vs list AFI-01787.
  - row 42 ↔ 47: communication skills – tracker "By July 2021", HMICFRS "By July 2022" (the
    neighbouring item's deadline); row 43 ↔ 48, the real July 2021 item, has its own tracker row.
  - row 10 ↔ 63: accurate data and analysis AFI – HMICFRS PEEL 2023–25, tracker filed it under
    PEEL 2021/22 (Jun-22) with no ref.
- **Look-alike template AFIs**: the list's "nature and scale of child sexual exploitation" AFI
  (row 22) matches tracker 20; tracker 22 ("nature & scale of MSHT", ref 6128) has no list row
  → `not_on_hmicfrs_list`. Custody 2022 has two mental-ill-health AFIs on the list (rows 51,
  52); the tracker has only the performance-framework one (64) → row 51 `missing_from_force`.
- **Missing from the force** (rows 9, 29, 51, 59): VAWG analysis AFI (new), Stolen freedom
  preventative powers, custody mental ill health training, CDI 2019 rape-recording AFI (closed
  by HMICFRS in September, still on one side only).
- **Not on the HMICFRS list** (tracker rows 4, 6, 7, 22, 53, 65): three old national items the
  tracker shows GREY (closed before the list's 12-month window), the MSHT AFI above (AMBER –
  query), the Home Office/NPCC data recommendation (not the force's), and a local action.
- **Closeable_submit** where the tracker is GREEN and J is open (rows 15, 18, 23, 26, 34, 37, 40,
  44×3, 46), whether or not the force has already sent a closure request (L says so for some).
- No `review` lines: every pair is decidable from the two files.

## Counts (lines in truth.csv)

| category | lines |
|---|---|
| in_sync | 41 (31 open on both, 10 closed/done on both) |
| closeable_submit | 11 (9 items; one split into 3) |
| closeable_local | 5 |
| conflict | 6 |
| missing_from_force | 4 |
| not_on_hmicfrs_list | 6 |
| **total** | **73** |

HMICFRS items 62 (all rows 7–68 covered; row 24 on four lines and row 44 on three, one per
tracker part; every other row once);
tracker item rows 68 (all rows 4–71 covered once, row 13 twice).

## Rows that are not items

- `hmicfrs.xlsx` / `Definitive list`: rows 1 (OFFICIAL marking), 2–4 (title, list date, note),
  5 (blank), 6 (header), 69 (blank), 70 (OFFICIAL marking).
- `hmicfrs.xlsx` / `Lists` (hidden sheet): rows 1–6, drop-down values (a "Status" and a "Type"
  column), no items.
- `tracker.xlsx` / `HMICFRS Tracker`: rows 1–2 (title, maintained-by note), 3 (header), 72
  (blank), 73–77 (RAG key).

## Checks run

- Every item row of both files is in truth.csv (script: rows with an integer in A of each
  sheet vs the truth's provenance; no missing, no extra); each HMICFRS row has one category;
  only tracker row 13 appears twice.
- Both workbooks read back with openpyxl (hidden flags on C, H:I, K, M; outline level 1 on
  H:I; `Lists` sheet_state hidden; formula and cached values in K) and with pandas
  (`header=5` / `header=2`).
- The builder run twice (also from an empty folder): all four files byte-identical (sha256).
- Each matched pair read side by side by eye (list text vs tracker text, report, ref, status).
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hrow = build_hmicfrs()
    frow = build_tracker()
    build_truth(hrow, frow)
    (OUT / "README.md").write_text(README, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
def build_hmicfrs() -> dict[int, int]:
    """Write hmicfrs.xlsx; return item number -> Excel row."""
    path = OUT / "hmicfrs.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    wb.set_properties({
        "title": "Definitive list – Lincolnshire Police – 30 September 2024",
        "author": "HMICFRS Force Liaison Lead",
        "company": "HMICFRS",
        "created": FIXED,
    })
    ws = wb.add_worksheet("Definitive list")
    lists = wb.add_worksheet("Lists")
    lists.hide()

    f_title = wb.add_format({"bold": True, "font_size": 14})
    f_bold = wb.add_format({"bold": True})
    f_mark = wb.add_format({"bold": True, "font_color": "#C00000"})
    f_ital = wb.add_format({"italic": True})
    f_head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                            "text_wrap": True, "valign": "top", "border": 1})
    f_cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    f_date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    f_grey = wb.add_format({"text_wrap": True, "valign": "top", "border": 1,
                            "font_color": "#7F7F7F"})

    ws.write(0, 0, "OFFICIAL", f_mark)
    ws.write(1, 0, "HMICFRS – monitoring of recommendations, causes of concern and areas for "
             "improvement", f_title)
    ws.write(2, 0, "Definitive list for Lincolnshire Police as at 30 September 2024", f_bold)
    ws.write(3, 0, "Items closed in the last 12 months are shown for information and will not "
             "appear on the next list.", f_ital)
    HEAD = 5  # 0-based -> Excel row 6
    heads = ["#", "Ref", "Legacy ID", "Report", "Published", "Type",
             "Recommendation / AFI / cause of concern", "Status at 30/09/2023",
             "Status at 31/03/2024", "Status at 30/09/2024", "Change", "HMICFRS comment",
             "FLL notes (internal – not for circulation)"]
    for c, h in enumerate(heads):
        ws.write(HEAD, c, h, f_head)

    # The analyst's sort: by the visible current status, then the FLL's running number.
    order = ["Awaiting review", "Being progressed", "Complete", "No further action required",
             "Superseded"]
    items = sorted(H, key=lambda h: (order.index(h[8]), h[0]))
    rows: dict[int, int] = {}
    for i, h in enumerate(items):
        (n, rep, typ, ref, legacy, text, s23, s24m, s24s, comment, note) = h
        r = HEAD + 1 + i
        x = r + 1  # Excel row
        rows[n] = x
        title, pub, _ = REPORTS[rep]
        ws.write_number(r, 0, n, f_cell)
        ws.write_string(r, 1, ref, f_cell)
        if legacy is None:
            ws.write_blank(r, 2, None, f_grey)
        else:
            ws.write_number(r, 2, legacy, f_grey)
        ws.write_string(r, 3, title, f_cell)
        ws.write_datetime(r, 4, dt.datetime(pub.year, pub.month, pub.day), f_date)
        ws.write_string(r, 5, typ, f_cell)
        ws.write_string(r, 6, text, f_cell)
        for c, s in ((7, s23), (8, s24m)):
            if s is None:
                ws.write_blank(r, c, None, f_grey)
            else:
                ws.write_string(r, c, s, f_grey)
        ws.write_string(r, 9, s24s, f_cell)
        change = "New" if s24m is None else ("" if s24m == s24s else "Changed")
        ws.write_formula(r, 10, f'=IF(I{x}="","New",IF(I{x}=J{x},"","Changed"))', f_grey,
                         change)
        if comment:
            ws.write_string(r, 11, comment, f_cell)
        else:
            ws.write_blank(r, 11, None, f_cell)
        if note:
            ws.write_string(r, 12, note, f_grey)
        else:
            ws.write_blank(r, 12, None, f_grey)
    last = HEAD + len(items)
    ws.write(last + 2, 0, "OFFICIAL", f_mark)

    # Column layout: the FLL's internal columns are hidden, not deleted.
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 11)
    ws.set_column(2, 2, 9, None, {"hidden": True})
    ws.set_column(3, 3, 34)
    ws.set_column(4, 4, 11)
    ws.set_column(5, 5, 16)
    ws.set_column(6, 6, 80)
    ws.set_column(7, 8, 16, None, {"level": 1, "hidden": True})
    ws.set_column(9, 9, 18, None, {"collapsed": True})
    ws.set_column(10, 10, 9, None, {"hidden": True})
    ws.set_column(11, 11, 40)
    ws.set_column(12, 12, 40, None, {"hidden": True})
    ws.freeze_panes(HEAD + 1, 2)
    ws.autofilter(HEAD, 0, last, 12)
    ws.data_validation(HEAD + 1, 9, last, 9,
                       {"validate": "list", "source": "=Lists!$A$2:$A$6"})
    ws.set_landscape()
    ws.repeat_rows(HEAD)

    lists.write(0, 0, "Status", f_bold)
    for i, s in enumerate(order):
        lists.write(i + 1, 0, s)
    lists.write(0, 1, "Type", f_bold)
    for i, t in enumerate([REC, NAT, AFI, COC]):
        lists.write(i + 1, 1, t)
    wb.close()
    return rows


# ---------------------------------------------------------------------------------------------
def build_tracker() -> list[int]:
    """Write tracker.xlsx; return the Excel row of each F entry."""
    path = OUT / "tracker.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    wb.set_properties({
        "title": "HMICFRS Recommendations & AFIs Tracker",
        "author": "Strategic Development – Organisational Learning",
        "company": "Lincolnshire Police",
        "created": dt.datetime(2024, 9, 16, 9, 12, 0),
    })
    ws = wb.add_worksheet("HMICFRS Tracker")
    f_title = wb.add_format({"bold": True, "font_size": 13})
    f_ital = wb.add_format({"italic": True})
    f_head = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "text_wrap": True,
                            "valign": "top", "border": 1})
    f_cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    f_num = wb.add_format({"valign": "top", "border": 1, "align": "left"})
    f_mon = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1,
                           "align": "left"})
    f_date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag_fill = {"RED": "#FF0000", "AMBER": "#FFC000", "GREEN": "#00B050", "GREY": "#A6A6A6"}
    f_rag = {k: wb.add_format({"bold": True, "bg_color": v, "valign": "top", "border": 1,
                               "align": "center"}) for k, v in rag_fill.items()}
    f_key = {k: wb.add_format({"bold": True, "bg_color": v}) for k, v in rag_fill.items()}

    ws.write(0, 0, "Lincolnshire Police – HMICFRS Recommendations & AFIs Tracker", f_title)
    ws.write(1, 0, "Strategic Development – Organisational Learning. Last updated 16/09/2024 "
             "(before receipt of the September 2024 definitive list).", f_ital)
    HEAD = 2
    heads = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
             "Lead", "RAG", "Latest update", "Submitted for closure"]
    for c, h in enumerate(heads):
        ws.write(HEAD, c, h, f_head)
    rows: list[int] = []
    for i, fr in enumerate(F):
        (nums, rep, ref, typ, text, lead, rag, update, sub) = fr
        r = HEAD + 1 + i
        rows.append(r + 1)
        _, pub, rname = REPORTS[rep]
        if nums == (58,):  # the tracker files this one under PEEL 2021/22
            pub = REPORTS["peel2122"][1]
        ws.write_number(r, 0, i + 1, f_num)
        if ref is None:
            ws.write_blank(r, 1, None, f_num)
        elif isinstance(ref, int):
            ws.write_number(r, 1, ref, f_num)
        else:
            ws.write_string(r, 1, ref, f_num)
        ws.write_string(r, 2, rname, f_cell)
        if pub is None:
            ws.write_blank(r, 3, None, f_mon)
        else:
            ws.write_datetime(r, 3, dt.datetime(pub.year, pub.month, pub.day), f_mon)
        ws.write_string(r, 4, typ, f_cell)
        ws.write_string(r, 5, text, f_cell)
        if lead:
            ws.write_string(r, 6, lead, f_cell)
        else:
            ws.write_blank(r, 6, None, f_cell)
        ws.write_string(r, 7, rag, f_rag[rag])
        ws.write_string(r, 8, update, f_cell)
        if sub:
            ws.write_datetime(r, 9, dt.datetime(sub.year, sub.month, sub.day), f_date)
        else:
            ws.write_blank(r, 9, None, f_date)
    last = HEAD + len(F)
    k = last + 2
    ws.write(k, 0, "Key", wb.add_format({"bold": True}))
    ws.write(k + 1, 0, "GREEN", f_key["GREEN"])
    ws.write(k + 1, 1, "Implemented – evidence submitted, or ready to submit, to HMICFRS for "
             "closure")
    ws.write(k + 2, 0, "AMBER", f_key["AMBER"])
    ws.write(k + 2, 1, "Work ongoing and on track")
    ws.write(k + 3, 0, "RED", f_key["RED"])
    ws.write(k + 3, 1, "Past deadline or at risk of not being delivered")
    ws.write(k + 4, 0, "GREY", f_key["GREY"])
    ws.write(k + 4, 1, "Closed by HMICFRS, or no action for the force")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 12)
    ws.set_column(2, 2, 24)
    ws.set_column(3, 3, 9)
    ws.set_column(4, 4, 11)
    ws.set_column(5, 5, 70)
    ws.set_column(6, 6, 22)
    ws.set_column(7, 7, 8)
    ws.set_column(8, 8, 45)
    ws.set_column(9, 9, 12)
    ws.freeze_panes(HEAD + 1, 0)
    wb.close()
    return rows


# ---------------------------------------------------------------------------------------------
def category(n: int, rags: list[str]) -> tuple[str, str]:
    h = HBY[n]
    s_now, s_mar = h[8], h[7]
    if n in SPECIAL:
        return SPECIAL[n]
    hopen = s_now in HOPEN
    fdone = all(r in FDONE for r in rags)
    rag_txt = "/".join(rags) if len(rags) > 1 else rags[0]
    hidden = ""
    if s_mar is not None and s_mar != s_now and (s_mar in HOPEN) != hopen:
        hidden = (f" (the hidden 'Status at 31/03/2024' column still says '{s_mar}'; the "
                  f"visible current column decides)")
    if hopen and not fdone:
        cat = "in_sync"
        why = f"Open on both: HMICFRS '{s_now}', tracker {rag_txt}."
    elif hopen and fdone:
        cat = "closeable_submit"
        why = f"HMICFRS still '{s_now}', tracker {rag_txt} (implemented): submit for closure."
    elif not hopen and fdone:
        cat = "in_sync"
        why = f"Closed on both: HMICFRS '{s_now}', tracker {rag_txt}."
    else:
        cat = "closeable_local"
        why = f"HMICFRS '{s_now}', tracker still {rag_txt}: close it locally."
    return cat, why + hidden


MATCH_NOTE = {
    7: "Tracker row holds two items (demand + ‘total expired’) with refs '5703 / 5704'; this "
       "line is the demand item. ",
    8: "Tracker row holds two items (demand + ‘total expired’) with refs '5703 / 5704'; this "
       "line is the ‘total expired’ item. ",
    17: "Tracker split the four bullets into four rows (a)–(d), all ref 8402; the item is done "
        "only when every part is. ",
    42: "Tracker split the three BWV asks into rows '1 of 3'..'3 of 3', all ref REC-02233. ",
}


def build_truth(hrow: dict[int, int], frow: list[int]) -> None:
    lines = []
    by_item: dict[int, list[int]] = {}
    for i, fr in enumerate(F):
        for n in fr[0]:
            by_item.setdefault(n, []).append(i)
    for n, _rep, *_ in sorted(H, key=lambda h: hrow[h[0]]):
        h = HBY[n]
        idx = by_item.get(n, [])
        if not idx:
            why = ("Not in the tracker: no row carries its ref or its ask. "
                   f"HMICFRS status '{h[8]}'.")
            if n == 23:
                why = ("Not in the tracker: Stolen Freedom's preventative-powers item has no "
                       "row (the tracker jumps from 8407 to the PEEL 2017 items).")
            if n == 37:
                why = ("Not in the tracker: the CDI 2019 AFI on recording rape and serious "
                       "sexual offences has no row (the tracker's RASSO rows are the PEEL "
                       "investigation and victim-service AFIs, other asks). HMICFRS closed it "
                       "in Sep 2024, but it is on one side only.")
            if n in (53, 57):
                why += " Nobody owns it."
            lines.append((f"Definitive list!{hrow[n]}", "", "missing_from_force", why))
            continue
        rags = [F[i][6] for i in idx]
        cat, why = category(n, rags)
        ref = F[idx[0]][2]
        refnote = ""
        if n not in SPECIAL and n not in MATCH_NOTE:
            if isinstance(ref, int):
                refnote = (f"Matched on text and report; tracker ref {ref} is the list's "
                           f"hidden Legacy ID. ")
            elif isinstance(ref, str):
                refnote = f"Matched on text, report and ref {ref}. "
            else:
                refnote = "Matched on text and report (no ref in the tracker). "
        for i in idx:
            lines.append((f"Definitive list!{hrow[n]}", f"HMICFRS Tracker!{frow[i]}", cat,
                          MATCH_NOTE.get(n, "") + refnote + why))
    not_on = iter([
        "Stop and search 2013 monitoring item; closed by HMIC in 2016 and not on this list "
        "(only the last 12 months' closures are shown). Tracker GREY: confirm with HMICFRS.",
        "Policing in Austerity 2014 savings review; HMIC said no further action in 2017, so "
        "it is not on the list. Tracker GREY.",
        "Core Business threat/harm/risk criteria item (4824); closed long ago, not on the list "
        "(the list's Core Business item is the crime-prevention one, 4825). Tracker GREY.",
        "PEEL Effectiveness 2016 AFI on modern slavery understanding (6128): the list has the "
        "CSE AFI (6126) but nothing on MSHT understanding. Tracker still AMBER – query with "
        "HMICFRS (probably closed before the last 12 months).",
        "Home Office / NPCC recommendation from the police powers spotlight: addressed to "
        "national bodies, so HMICFRS does not hold it against the force (the list skips "
        "REC-02234). Tracker GREY.",
        "The force's own improvement-plan action (hate crime problem profile), typed 'Local "
        "action': not an HMICFRS item.",
    ])
    for i, fr in enumerate(F):
        if not fr[0]:
            lines.append(("", f"HMICFRS Tracker!{frow[i]}", "not_on_hmicfrs_list",
                          next(not_on)))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
