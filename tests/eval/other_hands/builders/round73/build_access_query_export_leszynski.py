"""Build evaluation case `access_query_export_leszynski` (round 73, case B).

HMICFRS side: the definitive list as the force's Strategic Planning & Inspection team keeps it,
in their own MS Access database, exported with "External Data > Export > Excel" (no
formatting) from the query qryDefList_Jun22_Current. Force side: the Continuous Improvement
team's ordinary RAG tracker workbook.

Run: /work/main/.venv/bin/python /tmp/indep73/build_access_query_export_leszynski.py
Deterministic: no randomness, no clock; XlsxWriter with fixed document properties (its zip
entries carry a fixed 1980 timestamp).
"""

from __future__ import annotations

import csv
import datetime as dt
import os

import xlsxwriter

CASE = "access_query_export_leszynski"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
H_SHEET = "qryDefList_Jun22_Current"
F_SHEET = "HMICFRS Tracker"
FIXED = dt.datetime(2022, 6, 24, 9, 0, 0)

FORCE = "Derbyshire Constabulary"


def d(y, m, dd, hh=0, mi=0, ss=0):
    return dt.datetime(y, m, dd, hh, mi, ss)


# ---------------------------------------------------------------------------------------------
# HMICFRS side: reports (strRptShort -> title, publication date; None = NULL in the database)
# ---------------------------------------------------------------------------------------------
REPORTS = {
    "PICT15": ("Building the picture: an inspection of police information management", d(2015, 7, 1)),
    "CORE14": ("Core Business: an inspection into crime prevention, police attendance and the use "
               "of police time", d(2014, 9, 4)),
    "CDI17": ("Crime data integrity inspection 2017", d(2017, 9, 21)),
    "SPOT21": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", d(2021, 2, 26)),
    "EB14": ("Everyone's business: Improving the police response to domestic abuse", d(2014, 3, 27)),
    "INTEG15": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                "provide the capability to tackle corruption in policing", d(2015, 1, 30)),
    "NCPI16": ("National child protection inspection 2016", d(2016, 6, 16)),
    "PEFF16": ("PEEL: Police effectiveness 2016", d(2017, 3, 2)),
    "PEEL1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", d(2019, 5, 2)),
    "PEEL2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", d(2022, 4, 7)),
    "PEFC15": ("PEEL: Police efficiency 2015", d(2015, 10, 15)),
    "PEFC17": ("PEEL: Police efficiency 2017", d(2017, 11, 9)),
    "PLEG17": ("PEEL: Police legitimacy 2017", d(2017, 12, 12)),
    "AUST14": ("Policing in austerity: Meeting the challenge", None),
    "MSHT17": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               d(2017, 10, 24)),
    "SS15": ("Stop and search powers 2: are the police using them effectively and fairly?",
             d(2015, 3, 24)),
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?",
             d(2013, 7, 9)),
    "FLIC15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
               "licensing in police forces in England and Wales", d(2015, 9, 15)),
}

# Real HMICFRS wording (OGL), copied as literals from the project's text lists.
T = {}
T["SS13_1"] = ("Chief Constables and the College of Policing should establish in the Stop and "
               "Search Authorised Professional Practice document a clear specification of what "
               "constitutes the effective and fair exercise of stop and search powers, and "
               "guidance in this respect. This should be compliant with the Code of Practice.")
T["SS13_2"] = ("Chief Constables should establish or improve monitoring of the way officers stop "
               "and search people, so that they can be satisfied their officers are acting in "
               "accordance with the law (including equality legislation and the Code of "
               "Practice), and that the power is used effectively to prevent crime, catch "
               "criminals and maintain public trust.")
T["SS13_3"] = ("Chief Constables should, in consultation with elected local policing bodies, "
               "ensure that they comply with the code of practice by explaining to the public "
               "the way stop and search powers are used in their areas and by making "
               "arrangements for stop and search records to be scrutinised by community "
               "representatives. This should be done in a way that involves those people who "
               "are stopped and searched, for example, young people.")
T["EB14_1"] = (
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
T["AUST14_1"] = ("All Chief Constables and PCCs should review their plans to deliver savings to "
                 "ensure they are doing all they can to continue to reduce crime and protect the "
                 "front line while balancing their budgets. They should use the data and "
                 "information contained in this report, and in HMIC's Value for Money profiles, "
                 "when conducting their reviews")
T["AUST14_2"] = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their "
                 "savings through collaboration should assess whether there is scope to improve "
                 "on this position. HMIC will follow up the assessments in the autumn.")
T["AUST14_3"] = ("Chief Constables and PCCs in forces that are planning to reduce the proportion "
                 "of their workforce and/or police officers on the front line should assess "
                 "whether they have taken the decisive action seen in many forces in order to "
                 "maintain their crime fighting capacity. HMIC will follow up the assessments in "
                 "the autumn.")
T["AUST14_4"] = ("In preparation for the next spending round period all Chief Constables and PCCs "
                 "should review their plans for collaboration. In particular they should consider "
                 "whether there is scope to deliver better value for money and improved "
                 "capability and capacity through joint working with other forces, the public "
                 "and/or the private sector.")
T["CORE14_1"] = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
                 "that have not yet done so, should provide call-handlers with specific, sound and "
                 "comprehensible criteria against which they can assess threat, harm and risk.")
T["CORE14_2"] = ("By 31 March 2015 all forces should ensure that crime prevention or disruption "
                 "activity carried out is systematically recorded and subsequently evaluated to "
                 "determine the effectiveness of tactics being employed.")
T["INTEG15_1"] = ("By 31 August 2015, all chief constables should satisfy themselves that they "
                  "have processes in place to ensure that investigations into misconduct by "
                  "officers and staff resulting in “no further action” are fair and free of any "
                  "form of discrimination.")
T["SS15_1"] = ("Chief constables should, in consultation with police and crime commissioners, "
               "ensure that they comply with the Code of Practice by explaining to the public "
               "the way stop and search powers are used in their areas and by making "
               "arrangements for stop and search records to be scrutinised by community "
               "representatives. This should be done in a way that involves those people who "
               "are stopped and searched, for example young people.")
T["PICT15_1"] = ("By 30 November 2015, chief constables should put in place arrangements to "
                 "scrutinise audits of compliance with the APP on information management through "
                 "the force information management governance structure. This should include "
                 "measures to ensure that categorisation of records are regularly adjusted.")
T["FLIC15_1"] = ("Within three months, all chief constables should assess how well the governance "
                 "of firearms licensing in his or her force meets the standards set out in "
                 "Authorised Professional Practice. Chief constables of forces where the "
                 "governance standards are not being complied with should put in place "
                 "immediately the correct arrangements and procedures in order to meet the "
                 "standards in full.")
T["FLIC15_2"] = ("Within three months, all chief constables should assess the demand placed on "
                 "their firearms licensing department and ensure it has the capacity to meet this "
                 "demand and provide an efficient and effective service at all times.")
T["FLIC15_3"] = ("Immediately, all chief constables should satisfy themselves that all appropriate "
                 "action is being taken by their force with regard to ‘total expired’ licensing "
                 "records.")
T["FLIC15_4"] = ("Within three months, all chief constables should ensure that their arrangements "
                 "in respect of the use of temporary permits are in accordance with the Home "
                 "Office guidance; that temporary permits are properly recorded without delay on "
                 "the National Firearms Licensing Management System; and that effective systems "
                 "exist to ensure certificate holders are not permitted, at any time, to remain "
                 "in unlawful possession of a firearm.")
T["FLIC15_5"] = ("Within three months, all chief constables should ensure that systems designed "
                 "to identify, prior to police attendance, whether a reported incident involves "
                 "or is at the address of a firearm certificate holder are in place and are "
                 "always applied by staff dispatching officers to incidents; and that officers "
                 "understand the risk assessment which they should be undertaking in such "
                 "circumstances, and their power, when appropriate, to seize firearms and firearm "
                 "certificates.")
T["PEFC15_1"] = ("The force should undertake further work to gain a fuller understanding of "
                 "current demand for its services, and likely future changes in demand. This is "
                 "so it can make best use of its resources by matching them to demand to meet the "
                 "needs of the public")
T["PEFC15_2"] = "The force should develop its understanding of the links between its outcomes, outputs and costs"
T["PEFC15_3"] = ("The force should develop a future workforce plan that is aligned with its overall "
                 "demand and budget. The plan should include future resource allocations, the mix "
                 "of skills required by the workforce and behaviours expected of them.")
T["NCPI16_1"] = (
    "Within six months Derbyshire Constabulary should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")
T["PEFF16_C1"] = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had "
    "not been identified, even where good information was available on the police database. In "
    "some cases there was information to indicate that children were at risk of sexual "
    "exploitation, but this did not influence the assigned risk and categorisation. Children "
    "were incorrectly graded at a lower level and could have been exposed to an increased risk "
    "of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.")
T["PEFF16_1"] = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual exploitation "
    "and how to respond to such cases; and • supervisors provide the correct oversight of "
    "missing person enquiries and direct appropriate and timely investigative and safeguarding "
    "action")
T["PEFF16_C2"] = ("The force’s current approach to domestic abuse is unacceptable. The proportion "
                  "of victims who fail to support the investigation and the low use of police "
                  "powers of arrest and prosecution is a cause of concern to HMIC.")
T["PEFF16_2"] = ("In order to improve the service it provides to victims of domestic abuse, offer "
                 "the best possible protection and bring more perpetrators to justice, the force "
                 "should immediately consider ways of increasing the use of arrest, ancillary "
                 "orders and other available powers.")
T["PEFF16_3"] = ("To improve the service provided to victims of domestic abuse the force should "
                 "immediately take steps to understand and address the reason behind why such a "
                 "high proportion of victims of domestic abuse do not support the police "
                 "investigation.")
T["PEFF16_4"] = ("In addition, the practice of conducting domestic abuse risk assessments over the "
                 "telephone and dealing with domestic abuse in the resolution centre should cease")
T["PEFF16_C3"] = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In cases "
    "where a DASH risk assessment is not completed the officer should record an assessment on "
    "the crime management system. HMIC found that officers are not consistently completing a "
    "DASH in circumstances where force policy requires that they should do so. This means that "
    "some victims of domestic abuse who may be at risk of harm are not being appropriately "
    "risk-assessed.")
T["PEFF16_5"] = ("To address this cause of concern, HMIC recommends the force should immediately "
                 "take steps to ensure that:\n\n• there is effective supervision of the initial "
                 "risk assessment process, specifically in relation to the completion of DASH "
                 "risk assessment in appropriate cases.")
T["CDI17_1"] = (
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
    "to the victim or the wider public are identified and appropriately managed.")
T["CDI17_2"] = ("Within three months, the force should revise its approach to cautions, cannabis "
                "warning and penalty notices for disorder to ensure that there is a clear and "
                "auditable explanation to the offender of the implications of receiving the "
                "warning and that, for victim-based crimes, there is a clear and auditable record "
                "that views of the victim are considered prior to their issue.")
T["CDI17_A1"] = ("The force should improve its use of its crime-recording and management system "
                 "to better manage its case files and investigative processes.")
T["MSHT17_1"] = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
T["MSHT17_2"] = ("Within six months, forces should have in place active information-sharing "
                 "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
                 "and in order to safeguard victims better and to identify suspects as early as "
                 "possible")
T["MSHT17_3"] = ("Immediately, forces should ensure that all victims carrying out criminal acts "
                 "under compulsion attributable to slavery or exploitation are afforded the "
                 "protection of early and continuing consideration of the applicability of the "
                 "section 45 defence.")
T["MSHT17_4"] = ("Immediately, forces should take steps to ensure they are fully compliant with "
                 "the NRM process as it evolves and are implementing the requirement placed upon "
                 "them under the Modern Slavery Act 2015 to notify the Home Office of any "
                 "individual suspected to be an adult victim of modern slavery or human "
                 "trafficking.")
T["MSHT17_5"] = ("Immediately, forces should take steps to ensure they fully comply with national "
                 "crime recording standard (NCRS) requirements for offences identified as modern "
                 "slavery and human trafficking and that sufficient audit capacity is available "
                 "to the force crime registrar to provide reassurance that each force is "
                 "identifying and managing any gaps in its crime-recording accuracy for these "
                 "types of offences.")
T["MSHT17_6"] = ("Immediately, forces should ensure that allegations or indications of modern "
                 "slavery and human trafficking are thoroughly investigated and effectively "
                 "supervised by teams and individuals with the skills and experience to undertake "
                 "them (this should include the use where appropriate of joint intelligence teams "
                 "and other means to obtain intelligence and evidence from agencies overseas).")
T["MSHT17_7"] = ("Immediately, forces should review their use of preventative powers under the "
                 "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
                 "of those deemed to pose a clear threat to others in respect of modern slavery "
                 "and human trafficking offences are exploited.")
T["PEFC17_A1"] = ("The force should ensure that it has sufficient resources available in the "
                  "control room to fulfil its resourcing model, and so to meet its demand, while "
                  "also taking into account the wellbeing of its workforce.")
T["PEFC17_N1"] = ("By September 2018, chief constables should produce an ambitious plan to improve "
                  "digitally-enabled services within their force. The Home Office, National "
                  "Police Chiefs' Council and Association of Police and Crime Commissioners should "
                  "support the development of these plans by establishing a national framework "
                  "which allows for the provision of digitally enabled services across force "
                  "boundaries.")
T["PLEG17_NC"] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of "
                  "stop and search powers is consistently reasonable and fair. In particular, "
                  "there is over-representation of BAME people, and black people in particular, "
                  "in stop and search data which many forces are unable to explain.")
T["PLEG17_N1"] = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
T["PLEG17_N2"] = ("Where forces identify disparities through monitoring, they should demonstrate "
                  "to the public that they have:\n"
                  "•carried out research and analysis in an attempt to understand the reasons for "
                  "the disparity, and •taken action to reduce the disparity, where necessary;")
T["PLEG17_N3"] = ("We expect forces to publish this analysis and any actions taken at least on an "
                  "annual basis, from July 2018.")
T["PLEG17_N4"] = ("By July 2018, and ongoing following that date, forces should ensure that all "
                  "officers who use stop and search powers have been provided with, and "
                  "understand, training on unconscious bias and College of Policing APP on stop "
                  "and search.")
T["PLEG17_C1"] = "The size of the vetting backlog within Derbyshire Constabulary is a cause of concern."
T["PLEG17_1"] = ("The force should ensure all staff have received at least the lowest level of "
                 "vetting clearance for their roles as quickly as possible, working to clear both "
                 "the vetting backlog and new vetting renewals when they become due so that it "
                 "complies fully with the national vetting guidelines.")
T["PEEL1819_1"] = ("HMIC recommends that the force should immediately: conduct a review of "
                   "officers’ capabilities and capacity to manage their investigative workload, to "
                   "better understand investigative demand and the pressures placed upon them; and")
T["PEEL1819_2"] = ("HMIC recommends that the force should immediately: conduct a review, involving "
                   "its partners, of the approach to vulnerability to better safeguard vulnerable "
                   "people.")
T["PEEL1819_3"] = ("HMIC recommends that the force should immediately: expand the skills project "
                   "work to include an assessment of all skills, not only operational, including "
                   "potential future skills requirements. This assessment should inform workforce "
                   "plans;")
T["PEEL1819_4"] = ("HMIC recommends that within six months the force should: ensure regular and "
                   "active supervision of the quality and progress of investigations. This "
                   "supervision should be properly recorded;")
T["PEEL1819_5"] = ("HMIC recommends that within six months the force should: improve its ability "
                   "to retrieve digital evidence from mobile phones, computers and other electronic "
                   "devices quickly enough to ensure investigations are not delayed;")
T["PEEL1819_6"] = ("HMIC recommends that within six months the force should: improve its "
                   "understanding of suspects released under investigation and the management of "
                   "those released on bail;")
T["SPOT21_1"] = ("By July 2022, forces should ensure that officers and staff have effective "
                 "communication skills, in line with the National Policing Guidelines on Conflict "
                 "Management. This should be in addition to existing training on conflict "
                 "management and de-escalation.")
T["SPOT21_2"] = ("By July 2021, forces should ensure that communication skills are reinforced as "
                 "part of the programme of continuing professional development for officers and "
                 "staff, and that supervisors are supported to routinely and frequently debrief "
                 "officers on these skills using body-worn video footage.")
T["SPOT21_3"] = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
T["SPOT21_4"] = ("The Home Office and the NPCC should take steps to ensure that the quality of the "
                 "data collected on the number of incidents where force has been used to effect a "
                 "stop and search is sufficient for publication. The Home Office should publish "
                 "this data as soon as possible.")
T["SPOT21_5"] = ("By July 2021, forces should ensure they have effective internal monitoring "
                 "processes on the use of force, to help them to identify and understand "
                 "disproportionate use, explain the reasons and implement any necessary "
                 "improvement action.")
T["PEEL2122_1"] = ("The force should improve the supervision of investigations, so that "
                   "investigation plans are set, reviewed and recorded and victims receive a "
                   "consistently good service.")
T["PEEL2122_2"] = ("The force should make sure it provides a confidential way for staff to raise "
                   "concerns and that staff are aware of whistleblowing processes.")
T["PEEL2122_3"] = ("The force should review how it gathers and uses equality and diversity data to "
                   "improve its understanding of its workforce demographics.")
T["PEEL2122_4"] = ("The force should improve its understanding of suspects released under "
                   "investigation and the management of those released on bail.")
T["PEEL2122_5"] = ("The force should make sure victims of stalking and harassment are kept "
                   "informed about the progress of their case, in line with the Code of Practice "
                   "for Victims of Crime.")
T["PEEL2122_6"] = ("The force should develop a problem-solving approach to anti-social behaviour, "
                   "working with local communities and partners.")

SUPERSEDED_NOTE = ("HMICFRS comment: This area of activity has subsequently been inspected in "
                   "HMIC's PEEL Effectiveness inspections. Where a cause of concern still exists "
                   "this will appear in the register against these subsequent inspections.")

# key: (lngID, rpt, strType, strRecNo, strHMICRef, status, dtmStatus, ysnNational, portfolio, notes)
# The key doubles as the text key in T.
H = [
    ("SS13_1", 3, "SS13", "Nat Rec", "1", "1204", "No further action required", d(2015, 3, 24), True, "ACC Local Policing",
     "NFA for forces - directed at CoP (APP). Per HMIC list Mar 2015."),
    ("SS13_2", 4, "SS13", "Nat Rec", "2", "1205", "Superseded", d(2017, 12, 12, 16, 4, 51), True, "ACC Local Policing",
     "Superseded by PEEL Legitimacy 2017 national S&S recs (8541-8544)."),
    ("SS13_3", 5, "SS13", "Nat Rec", "3", "1206", "Superseded", d(2015, 3, 24), True, "ACC Local Policing",
     "Repeated in Stop and search powers 2 (2015) - see 5230."),
    ("EB14_1", 12, "EB14", "Nat Rec", "1", "2318", "Superseded", d(2017, 3, 2), True, "ACC Crime",
     SUPERSEDED_NOTE),
    ("AUST14_1", 17, "AUST14", "Nat Rec", "1", "3021", "No further action required", d(2017, 11, 30), True, "Director of Finance",
     "NFA - area subsequently inspected each year in PEEL Efficiency."),
    ("AUST14_2", 18, "AUST14", "Nat Rec", "2", "3022", "No further action required", d(2017, 11, 30), True, "Director of Finance",
     "NFA - area subsequently inspected each year in PEEL Efficiency."),
    ("AUST14_3", 19, "AUST14", "Nat Rec", "3", "3023", "No further action required", d(2017, 11, 30), True, "Director of Finance",
     "NFA - area subsequently inspected each year in PEEL Efficiency."),
    ("AUST14_4", 20, "AUST14", "Nat Rec", "4", "3024", "No further action required", d(2017, 11, 30), True, "Director of Finance",
     "NFA - area subsequently inspected each year in PEEL Efficiency."),
    ("CORE14_1", 24, "CORE14", "Nat Rec", "1", "4819", "Superseded", d(2018, 1, 25, 11, 20, 3), True, "ACC Local Policing",
     SUPERSEDED_NOTE),
    ("CORE14_2", 25, "CORE14", "Nat Rec", "2", "4820", "Being progressed", d(2018, 1, 25, 11, 21, 40), True, "ACC Local Policing",
     None),
    ("INTEG15_1", 31, "INTEG15", "Nat Rec", "1", "5102", "Being progressed", d(2016, 2, 9), True, "DCC",
     None),
    ("SS15_1", 33, "SS15", "Nat Rec", "1", "5230", "Complete", d(2016, 9, 1), True, "ACC Local Policing",
     "This recommendation is complete"),
    ("PICT15_1", 38, "PICT15", "Nat Rec", "1", "5517", "Complete", d(2017, 4, 12), True, "DCC",
     None),
    ("FLIC15_1", 41, "FLIC15", "Nat Rec", "1", "6340", "Complete", d(2016, 5, 10), True, "ACC Specialist Ops",
     None),
    ("FLIC15_2", 42, "FLIC15", "Nat Rec", "2", "6341", "Being progressed", d(2016, 5, 10), True, "ACC Specialist Ops",
     None),
    ("FLIC15_3", 43, "FLIC15", "Nat Rec", "3", "6342", "Complete", d(2016, 5, 10), True, "ACC Specialist Ops",
     None),
    ("FLIC15_4", 44, "FLIC15", "Nat Rec", "4", "6343", "Being progressed", d(2019, 8, 14, 15, 2, 7), True, "ACC Specialist Ops",
     None),
    ("FLIC15_5", 45, "FLIC15", "Nat Rec", "5", "6344", "Being progressed", d(2019, 8, 14, 15, 3, 55), True, "ACC Specialist Ops",
     None),
    ("PEFC15_1", 48, "PEFC15", "AFI", "1", "6120", "Superseded", d(2017, 11, 9), False, "Director of Finance",
     "Superseded by PEEL Efficiency 2017."),
    ("PEFC15_2", 49, "PEFC15", "AFI", "2", "6121", "No further action required", d(2018, 1, 25), False, "Director of Finance",
     None),
    ("PEFC15_3", 50, "PEFC15", "AFI", "3", "6122", "Complete", d(2018, 1, 25), False, "Director of People",
     None),
    ("NCPI16_1", 56, "NCPI16", "Rec", "1", "6611", "Being progressed", d(2017, 2, 20), False, "ACC Crime",
     None),
    ("PEFF16_C1", 63, "PEFF16", "CoC", "C1", "7741", "Being progressed", d(2017, 3, 2), False, "ACC Crime",
     None),
    ("PEFF16_1", 64, "PEFF16", "Rec", "1", "7742", "Being progressed", d(2017, 3, 2), False, "ACC Crime",
     "Linked to CoC 7741."),
    ("PEFF16_C2", 65, "PEFF16", "CoC", "C2", "7743", "Complete", d(2019, 6, 28), False, "ACC Crime",
     None),
    ("PEFF16_2", 66, "PEFF16", "Rec", "2", "7744", "Being progressed", d(2017, 3, 2), False, "ACC Crime",
     "Linked to CoC 7743."),
    ("PEFF16_3", 67, "PEFF16", "Rec", "3", "7745", "Being progressed", d(2017, 3, 2), False, "ACC Crime",
     "Linked to CoC 7743."),
    ("PEFF16_4", 68, "PEFF16", "Rec", "4", "7746", "Complete", d(2018, 4, 27), False, "ACC Crime",
     "Linked to CoC 7743."),
    ("PEFF16_C3", 69, "PEFF16", "CoC", "C3", "7747", "Complete", d(2019, 6, 28), False, "ACC Crime",
     None),
    ("PEFF16_5", 70, "PEFF16", "Rec", "5", "7748", "Complete", d(2019, 6, 28), False, "ACC Crime",
     "Linked to CoC 7747. Closed by HMICFRS after PEEL 2018/19 fieldwork."),
    ("CDI17_1", 77, "CDI17", "Rec", "1", "8302", "Being progressed", d(2018, 1, 25, 9, 47, 12), False, "ACC Crime",
     "CDI re-inspection - HMICFRS CDI team to update when findings known."),
    ("CDI17_2", 78, "CDI17", "Rec", "2", "8304", "Complete", d(2019, 2, 14), False, "ACC Crime",
     None),
    ("CDI17_A1", 79, "CDI17", "AFI", "A1", "8306", "Awaiting review", d(2017, 9, 21), False, "ACC Crime",
     None),
    ("MSHT17_1", 84, "MSHT17", "Nat Rec", "1", "8460", "Being progressed", d(2018, 11, 6), True, "ACC Crime",
     None),
    ("MSHT17_2", 85, "MSHT17", "Nat Rec", "2", "8461", "Being progressed", d(2018, 11, 6), True, "ACC Crime",
     None),
    ("MSHT17_3", 86, "MSHT17", "Nat Rec", "3", "8462", "Complete", d(2020, 1, 17), True, "ACC Crime",
     None),
    ("MSHT17_4", 87, "MSHT17", "Nat Rec", "4", "8463", "Being progressed", d(2018, 11, 6), True, "ACC Crime",
     None),
    ("MSHT17_5", 88, "MSHT17", "Nat Rec", "5", "8464", "Being progressed", d(2018, 11, 6), True, "ACC Crime",
     None),
    ("MSHT17_6", 89, "MSHT17", "Nat Rec", "6", "8465", "Being progressed", d(2018, 11, 6), True, "ACC Crime",
     None),
    ("MSHT17_7", 90, "MSHT17", "Nat Rec", "7", "8466", "Complete", d(2021, 5, 20, 14, 38, 2), True, "ACC Crime",
     None),
    ("PEFC17_N1", 92, "PEFC17", "Nat Rec", "N1", "8519", "Being progressed", d(2018, 10, 1), True, "Director of Finance",
     None),
    ("PEFC17_A1", 93, "PEFC17", "AFI", "1", "8522", "Being progressed", d(2018, 10, 1), False, "ACC Local Policing",
     "Ysn ticked when submitted to HMICFRS for closure 03/05/2022 - HMICFRS decision awaited."),
    ("PLEG17_NC", 96, "PLEG17", "CoC", "NC", "8540", "Being progressed", d(2017, 12, 12), True, "ACC Local Policing",
     "National cause of concern."),
    ("PLEG17_N1", 97, "PLEG17", "Nat Rec", "N1", "8541", "Being progressed", d(2017, 12, 12), True, "ACC Local Policing",
     None),
    ("PLEG17_N2", 98, "PLEG17", "Nat Rec", "N2", "8542", "Being progressed", d(2017, 12, 12), True, "ACC Local Policing",
     None),
    ("PLEG17_N3", 99, "PLEG17", "Nat Rec", "N3", "8543", "Being progressed", d(2017, 12, 12), True, "ACC Local Policing",
     None),
    ("PLEG17_N4", 100, "PLEG17", "Nat Rec", "N4", "8544", "Complete", d(2020, 9, 30), True, "ACC Local Policing",
     None),
    ("PLEG17_C1", 101, "PLEG17", "CoC", "C1", "8547", "Being progressed", d(2017, 12, 12), False, "DCC",
     None),
    ("PLEG17_1", 102, "PLEG17", "Rec", "1", "8548", "Being progressed", d(2017, 12, 12), False, "DCC",
     "Linked to CoC 8547."),
    ("PEEL1819_1", 118, "PEEL1819", "Rec", "1", "9815", "Being progressed", d(2019, 5, 2), False, "ACC Crime",
     None),
    ("PEEL1819_2", 119, "PEEL1819", "Rec", "2", "9816", "Complete", d(2021, 3, 11), False, "ACC Crime",
     None),
    ("PEEL1819_3", 120, "PEEL1819", "Rec", "3", "9817", "Being progressed", d(2019, 5, 2), False, "Director of People",
     None),
    ("PEEL1819_4", 121, "PEEL1819", "Rec", "4", "9818", "Being progressed", d(2019, 5, 2), False, "ACC Crime",
     None),
    ("PEEL1819_5", 122, "PEEL1819", "Rec", "5", "9819", "Awaiting review", d(2019, 5, 2), False, "ACC Crime",
     None),
    ("PEEL1819_6", 123, "PEEL1819", "Rec", "6", "9820", "Superseded", d(2022, 4, 29, 10, 12, 0), False, "ACC Crime",
     "Superseded by PEEL 2021/22 AFI (RUI/bail)."),
    ("SPOT21_1", 140, "SPOT21", "Nat Rec", "1", "11208", "Being progressed", d(2021, 6, 1), True, "ACC Local Policing",
     None),
    ("SPOT21_2", 141, "SPOT21", "Nat Rec", "2", "11209", "Being progressed", d(2021, 6, 1), True, "ACC Local Policing",
     None),
    ("SPOT21_3", 142, "SPOT21", "Nat Rec", "3", "11210", "Being progressed", d(2021, 6, 1), True, "ACC Local Policing",
     None),
    ("SPOT21_4", 143, "SPOT21", "Nat Rec", "4", "11211", "No further action required", d(2021, 6, 1), True, "ACC Local Policing",
     "Directed at HO/NPCC - no action for forces."),
    ("SPOT21_5", 144, "SPOT21", "Nat Rec", "5", "11212", "Being progressed", d(2021, 6, 1), True, "ACC Local Policing",
     None),
    ("PEEL2122_1", 151, "PEEL2122", "AFI", "AFI 1", None, "Awaiting review", d(2022, 4, 7), False, None, None),
    ("PEEL2122_2", 152, "PEEL2122", "AFI", "AFI 2", None, "Awaiting review", d(2022, 4, 7), False, None, None),
    ("PEEL2122_3", 153, "PEEL2122", "AFI", "AFI 3", None, "Awaiting review", d(2022, 4, 7), False, None, None),
    ("PEEL2122_4", 154, "PEEL2122", "AFI", "AFI 4", None, "Awaiting review", d(2022, 4, 7), False, None, None),
    ("PEEL2122_5", 155, "PEEL2122", "AFI", "AFI 5", None, "Awaiting review", d(2022, 4, 7), False, None, None),
    ("PEEL2122_6", 156, "PEEL2122", "AFI", "AFI 6", None, "Awaiting review", d(2022, 4, 7), False, None, None),
]

# Records the query's join to tblPortfolio lists twice (the recommendation has two portfolios).
JOIN_DUPLICATE = {"PLEG17_1": "Director of People"}

CLOSED = {"Complete", "Superseded", "No further action required"}


def hmicfrs_rows():
    """The query's output in its ORDER BY strRptTitle, strRecNo (text sort), as Access gives it."""
    rows = []
    for rec in H:
        key, lng, rpt, typ, recno, ref, status, sdt, nat, port, notes = rec
        rows.append(dict(key=key, lngID=lng, rpt=rpt, typ=typ, recno=recno, ref=ref, status=status,
                         sdt=sdt, nat=nat, port=port, notes=notes, dup=False))
        if key in JOIN_DUPLICATE:
            rows.append(dict(key=key, lngID=lng, rpt=rpt, typ=typ, recno=recno, ref=ref,
                             status=status, sdt=sdt, nat=nat, port=JOIN_DUPLICATE[key],
                             notes=notes, dup=True))
    rows.sort(key=lambda r: (REPORTS[r["rpt"]][0].lower(), r["recno"].lower()))
    return rows


# ---------------------------------------------------------------------------------------------
# Force side: the Continuous Improvement team's tracker
# ---------------------------------------------------------------------------------------------
# Each row: No., Report, Published, Type, HMIC Ref, text, Lead, RAG, update, submitted, comments,
# links = [(hmicfrs key, category, why)]. Blocks carry a heading row first.
def R(lab, part, rep, pub, typ, ref, text, lead, rag, upd, sub, com, links):
    return dict(lab=lab, part=part, rep=rep, pub=pub, typ=typ, ref=ref, text=text, lead=lead, rag=rag,
                upd=upd, sub=sub, com=com, links=links)


BLOCKS = [
    ("Stop & Search powers (HMIC 2013) – published July 2013", [
        R("n1", None, "S&S 2013", d(2013, 7, 1), "National rec", "1204",
          "CCs & CoP to establish in the S&S APP a clear specification of what constitutes the effective and fair exercise of S&S powers",
          "Ch Insp Stop & Search", "WHITE",
          "Not the force's responsibility to deliver; dependent upon another organisation.", None, None,
          [("SS13_1", "in_sync", "Same ref 1204 and same ask (APP specification of fair S&S). HMICFRS 'No further action required' = closed; force WHITE (not ours to deliver) = done. Both closed.")]),
        R("n2", None, "S&S 2013", d(2013, 7, 1), "National rec", None,
          "Establish or improve monitoring of the way officers stop and search people so we are satisfied officers act in accordance with the law (incl. equality legislation & the Code) and the power is used effectively",
          "Ch Insp Stop & Search", "AMBER",
          "S&S scrutiny dashboard in development with Performance team.", None, None,
          [("SS13_2", "closeable_local", "Same S&S 2013 monitoring ask, worded down. HMICFRS Superseded (by PEEL Legitimacy 2017) = closed; force still AMBER. Force closes its entry.")]),
    ]),
    ("Domestic abuse – Everyone's business (HMIC, March 2014)", [
        R("n3", None, "Everyone's Business (DA) 2014", d(2014, 3, 1), "National rec", "2318",
          "By Sept 2014 establish & publish a DA action plan specifying in detail what steps the force will take to improve its approach to DA (developed with PCC, DA support orgs & victims reps; DHRs & IPCC findings; CPS scrutiny panels / MARAC)",
          "Ch Supt Public Protection", "GREEN",
          "Completed. DA Action Plan published Oct 2014 and refreshed annually.", d(2015, 2, 11), None,
          [("EB14_1", "in_sync", "Same ref 2318, same DA action plan ask with its bullets. HMICFRS Superseded = closed; force GREEN = done. Both closed.")]),
    ]),
    ("Policing in Austerity – Meeting the Challenge (July 2014)", [
        R("n4", None, "Policing in Austerity 2014", None, "National rec", None,
          "Policing in Austerity recs 1, 2 & 4 – review savings plans to protect the front line; forces delivering <10% of savings through collaboration to assess scope to improve; review plans for collaboration for next spending round",
          "Director of Finance", "AMBER",
          "Addressed holistically as part of the force change programme (Derbyshire 2020).", None,
          "Rec 3 not tracked separately",
          [("AUST14_1", "closeable_local", "Row names recs 1, 2 & 4; rec 1 = review savings plans / protect front line. HMICFRS No further action required = closed; force AMBER. Force closes.") ,
           ("AUST14_2", "closeable_local", "Row names recs 1, 2 & 4; rec 2 = <10% savings through collaboration. HMICFRS NFA = closed; force AMBER. Force closes."),
           ("AUST14_4", "closeable_local", "Row names recs 1, 2 & 4; rec 4 = review collaboration plans for next spending round. HMICFRS NFA = closed; force AMBER. Force closes.")]),
    ]),
    ("Core Business (Sept 2014)", [
        R("n5", None, "Core business", d(2014, 9, 1), "National rec", "4819",
          "Provide call handlers with specific, sound & comprehensible criteria to assess threat, harm & risk (THRIVE)",
          "Supt Contact Centre", "AMBER",
          "THRIVE refresher being rolled out in Contact Management.", None, None,
          [("CORE14_1", "closeable_local", "Same ref 4819, same call-handler THR criteria ask. HMICFRS Superseded = closed; force AMBER. Force closes.")]),
        R("n6", None, "Core business", d(2014, 9, 1), "National rec", "4820",
          "Ensure crime prevention / disruption activity is systematically recorded and evaluated to determine effectiveness of tactics",
          "ACC Local Policing", "GREEN",
          "Disruption tactics now recorded on Niche and evaluated quarterly by the Problem Solving Hub.", d(2022, 2, 11), None,
          [("CORE14_2", "closeable_submit", "Same ref 4820, same ask. HMICFRS Being progressed = open; force GREEN, submitted 11/02/2022. Submit evidence for closure.")]),
    ]),
    ("Stop & search powers 2 (March 2015)", [
        R("nSS2", None, "S&S powers 2 (2015)", d(2015, 3, 1), "National rec", "5230 / 1206",
          "Explain to the public how S&S powers are used and arrange for S&S records to be scrutinised by community representatives, involving those stopped & searched (e.g. young people). NB same as S&S 2013 rec 3",
          "Ch Insp Stop & Search", "GREEN",
          "Completed. Community scrutiny panels in each LPA incl. youth panel.", d(2016, 4, 20), None,
          [("SS15_1", "in_sync", "Stop and search powers 2 rec (ref 5230): explain use of powers to the public and community scrutiny of records. HMICFRS Complete; force GREEN. Both closed."),
           ("SS13_3", "in_sync", "The same row also claims Stop and search 2013 rec 3 (ref 1206, near-identical wording, 'NB same as S&S 2013 rec 3'). HMICFRS Superseded = closed; force GREEN = done. Both closed.")]),
    ]),
    ("Building the Picture – information management (July 2015)", [
        R("n7", None, "Building the Picture 2015", d(2015, 7, 1), "National rec", "5517",
          "Arrangements to scrutinise audits of compliance with APP on information management through the Information Management Board; categorisation of records regularly adjusted",
          "Head of Information Management", "GREEN",
          "Completed. Evidence submitted to HMICFRS for closure.", d(2016, 11, 30), None,
          [("PICT15_1", "in_sync", "Same ref 5517, same APP information-management audit ask. HMICFRS Complete; force GREEN. Both closed.")]),
    ]),
    ("Targeting the Risk – Firearms Licensing (Sept 2015)", [
        R("n8", None, "Firearms licensing 2015", d(2015, 9, 1), "National rec", "6340",
          "Within 3 months assess how well governance of firearms licensing meets the standards in APP; put correct arrangements in place where not compliant",
          "Supt Firearms Licensing", "GREEN",
          "Completed. Evidence submitted to HMICFRS for closure.", d(2016, 2, 1), None,
          [("FLIC15_1", "in_sync", "Same ref 6340, governance vs APP, within three months. HMICFRS Complete; force GREEN. Both closed.")]),
        R("n9", None, "Firearms licensing 2015", d(2015, 9, 1), "National rec", "6341",
          "Assess demand on the Firearms Licensing Dept and ensure it has capacity to meet demand at all times",
          "Supt Firearms Licensing", "AMBER",
          "Backlog reduced; demand model being refreshed.", None, None,
          [("FLIC15_2", "in_sync", "Same ref 6341, FLD demand/capacity ask (force omits 'within three months' but states no other timescale). Both open.")]),
        R("n10", None, "Firearms licensing 2015", d(2015, 9, 1), "National rec", "6342",
          "Satisfy ourselves that all appropriate action is being taken re 'total expired' licensing records",
          "Supt Firearms Licensing", "GREEN",
          "Completed. Evidence submitted to HMICFRS for closure.", d(2016, 2, 1), None,
          [("FLIC15_3", "in_sync", "Same ref 6342, total expired records. HMICFRS Complete; force GREEN. Both closed.")]),
        R("n11", None, "Firearms licensing 2015", d(2015, 9, 1), "National rec", "6343",
          "Temporary permits in line with HO guidance & recorded without delay on NFLMS; no certificate holder left in unlawful possession of a firearm",
          "Supt Firearms Licensing", "GREEN",
          "Temporary permit process audited Jan 2022 – compliant.", d(2022, 3, 4), None,
          [("FLIC15_4", "closeable_submit", "Same ref 6343, temporary permits/NFLMS. HMICFRS Being progressed = open; force GREEN, submitted 04/03/2022. Submit for closure.")]),
    ]),
    ("PEEL Efficiency 2015 (Oct 2015)", [
        R("n12", None, "PEEL Efficiency 2015", d(2015, 10, 1), "AFI", "6120",
          "Undertake further work to understand current and likely future demand – so resources can be matched to demand",
          "Head of Corporate Development", "GREEN",
          "Demand modelling complete; feeds FMS.", d(2017, 6, 1), None,
          [("PEFC15_1", "in_sync", "Same ref 6120, demand understanding AFI. HMICFRS Superseded = closed; force GREEN. Both closed.")]),
        R("n13", None, "PEEL Efficiency 2015", d(2015, 10, 1), "AFI", "6121",
          "Develop understanding of the links between outcomes, outputs and costs",
          "Director of Finance", "AMBER",
          "Work undertaken in area but still requires development to complete.", None, None,
          [("PEFC15_2", "closeable_local", "Same ref 6121, outcomes/outputs/costs AFI. HMICFRS No further action required = closed; force AMBER. Force closes.")]),
    ]),
    ("National Child Protection Inspection 2016", [
        R("n14", None, "NCPI 2016", d(2016, 6, 1), "Rec", "6611",
          "Within 6 months, with children's social care, review how we manage detention of children:\n• children only detained when absolutely necessary & for minimum time\n• custody staff assess early a child's need for alternative accommodation\n• custody staff record all actions & decisions\n• improve timeliness of appropriate adult support",
          "Ch Insp Custody", "GREEN",
          "Joint protocol with CSC signed Sept 2021.", d(2022, 1, 19), None,
          [("NCPI16_1", "conflict", "Same ref 6611, same detention-of-children rec, same six months. But the force lists four bullets; HMICFRS has five - the force omits 'custody staff comply with their statutory duties to complete detention certificates'. Missing bullet = conflict (force GREEN would otherwise be closeable_submit).")]),
    ]),
    ("PEEL Effectiveness 2016 (published March 2017)", [
        R("n15", None, "PEEL Eff 16", d(2017, 3, 1), "CoC / Rec", "7741 / 7742",
          "CoC – response to missing & absent children. Rec: review approach to missing children reports – call takers use missing/absent category correctly; call takers & frontline staff know CSE risk factors; supervisors give correct oversight of missing person enquiries",
          "Det Ch Supt Public Protection", "GREEN",
          "Missing persons policy rewritten; THRIVE+ for missing; dip sampling shows compliance.", d(2022, 3, 14), None,
          [("PEFF16_C1", "closeable_submit", "One force row holds the missing-children cause of concern (ref 7741) and its rec. HMICFRS CoC Being progressed = open; force GREEN, submitted 14/03/2022."),
           ("PEFF16_1", "closeable_submit", "Same force row carries the rec (ref 7742) with its three bullets. HMICFRS Being progressed = open; force GREEN, submitted. Submit for closure.")]),
        R("n16", None, "PEEL Eff 16", d(2017, 3, 1), "Rec", None,
          "Consider ways of increasing use of arrest, ancillary orders & other available powers to protect DA victims and bring more perpetrators to justice",
          "Ch Supt Public Protection", "GREEN",
          "DVPN/DVPO use up 40%; arrest rate monitored monthly.", d(2021, 10, 8), None,
          [("PEFF16_2", "closeable_submit", "Same ask (increase use of arrest, ancillary orders, other powers for DA victims). HMICFRS Being progressed = open; force GREEN, submitted. Submit.")]),
        R("n17", None, "PEEL Eff 16", d(2017, 3, 1), "Rec", None,
          "Understand & address why a high proportion of DA victims do not support the police investigation",
          "Ch Supt Public Protection", "AMBER",
          "Victim attrition research commissioned with university partner.", None, None,
          [("PEFF16_3", "in_sync", "Rec 3 (ref 7745): understand/address why victims do not support the investigation - the force row's type is Rec and it asks for action, unlike CoC 7743 which only states the concern. Both open.")]),
        R("n18", None, "PEEL Eff 16", d(2017, 3, 1), "Rec", None,
          "Cease DA risk assessments over the telephone and dealing with DA in the resolution centre",
          "Supt Contact Centre", "GREEN",
          "Completed. Resolution centre no longer deals with DA.", d(2018, 2, 2), None,
          [("PEFF16_4", "in_sync", "Same ask (stop telephone DA risk assessments / resolution centre). HMICFRS Complete; force GREEN. Both closed.")]),
        R("n19", None, "PEEL Eff 16", d(2017, 3, 1), "CoC / Rec", None,
          "DASH – CoC re officer discretion to complete DASH risk assessment. Rec: effective supervision of the initial risk assessment process (completion of DASH in appropriate cases)",
          "C/Supt Bell", "AMBER",
          "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents. A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and communications plan is now completed.", None, None,
          [("PEFF16_C3", "closeable_local", "One force row holds the DASH cause of concern (ref 7747) and its rec. HMICFRS CoC Complete = closed; force AMBER. Force closes."),
           ("PEFF16_5", "closeable_local", "Same row carries the DASH supervision rec (ref 7748). HMICFRS Complete = closed; force AMBER. Force closes.")]),
    ]),
    ("Crime Data Integrity 2017 (Sept 2017)", [
        R("n20", "a", "CDI 2017", d(2017, 9, 1), "Rec", "8302",
          "Within 6 months – victims are believed at the point of report",
          "Force Crime Registrar", "GREEN", "Completed.", d(2019, 3, 1), "Rec split by bullet (1 of 5)",
          [("CDI17_1", "in_sync", "Part 1 of 5 of the CDI victims rec (ref 8302), split by bullet. Part GREEN but part {n20}e is AMBER, so the force has not finished the item; HMICFRS Being progressed. Both open.")]),
        R("n20", "b", "CDI 2017", d(2017, 9, 1), "Rec", "8302",
          "Call handler / caller conversations summarised accurately in the incident log",
          "Force Crime Registrar", "GREEN", "Completed.", d(2019, 3, 1), "2 of 5",
          [("CDI17_1", "in_sync", "Part 2 of 5 of ref 8302. Item not done while part {n20}e is AMBER; HMICFRS open. Both open.")]),
        R("n20", "c", "CDI 2017", d(2017, 9, 1), "Rec", "8302",
          "Multiple crimes always recorded when described in incident records / other investigations",
          "Force Crime Registrar", "GREEN", "Completed.", d(2019, 3, 1), "3 of 5",
          [("CDI17_1", "in_sync", "Part 3 of 5 of ref 8302. Item not done while part {n20}e is AMBER; HMICFRS open. Both open.")]),
        R("n20", "d", "CDI 2017", d(2017, 9, 1), "Rec", "8302",
          "Stop awaiting medical examination / video interview results before crime recording decisions",
          "Force Crime Registrar", "GREEN", "Completed.", d(2019, 3, 1), "4 of 5",
          [("CDI17_1", "in_sync", "Part 4 of 5 of ref 8302. Item not done while part {n20}e is AMBER; HMICFRS open. Both open.")]),
        R("n20", "e", "CDI 2017", d(2017, 9, 1), "Rec", "8302",
          "Online reports of crime triaged at point of receipt so ongoing risks to victim / public are identified",
          "Force Crime Registrar", "AMBER", "Awaiting Single Online Home go-live.", None, "5 of 5",
          [("CDI17_1", "in_sync", "Part 5 of 5 of ref 8302, still AMBER, so the whole rec is open on the force side; HMICFRS Being progressed. Both open.")]),
        R("n21", None, "CDI 2017", d(2017, 9, 1), "Rec", "8304",
          "Within 3 months revise approach to cautions, cannabis warnings & PNDs – clear auditable explanation to offender; victim views recorded before issue (victim-based crime)",
          "Head of Criminal Justice", "GREEN", "Completed.", d(2018, 6, 12), None,
          [("CDI17_2", "in_sync", "Same ref 8304, out-of-court disposals rec, three months. HMICFRS Complete; force GREEN. Both closed.")]),
        R("n22", None, "CDI 2017", d(2017, 9, 1), "Rec", "8306",
          "Improve use of crime recording & management system (Niche) to better manage case files and investigative processes",
          "Force Crime Registrar", "AMBER", "Niche case file module training ongoing.", None, None,
          [("CDI17_A1", "conflict", "Same ref 8306 and same ask, both open, but the type disagrees: HMICFRS records an area for improvement (AFI), the force tracks it as a Rec.")]),
    ]),
    ("Abuse of position for a sexual purpose (national, Oct 2017)", [
        R("n23", None, "APSP 2017", d(2017, 10, 1), "National rec", None,
          "APSP – plan to seek intelligence on abuse of position for a sexual purpose; review capacity & capability of counter-corruption unit; IT monitoring",
          "Head of Professional Standards", "GREEN",
          "Plan assessed by HMICFRS as comprehensive. CCU uplift agreed.", d(2018, 5, 3), None,
          [(None, "not_on_hmicfrs_list", "Abuse of position for a sexual purpose item: no report or text like it anywhere on the HMICFRS list (probably already closed by HMICFRS). Query with HMICFRS.")]),
    ]),
    ("Stolen Freedom (MSHT) – published 24 October 2017", [
        R("n24", None, "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), "National rec", None,
          "Within 12 months review leadership & governance for MSHT so that:\n- senior leaders prioritise the response to MSHT\n- every MS incident is allocated appropriate resources (skills, experience, capacity)\n- effective partnership arrangements to share info & safeguard victims",
          "Det Ch Supt Force CID", "AMBER",
          "MSHT Strategic Group re-established; partnership protocol in draft.", None, None,
          [("MSHT17_1", "conflict", "Stolen Freedom rec 1 (ref 8460): same twelve-month leadership/governance rec, both open, but the force lists three bullets and omits the fourth: 'performance and quality assurance measures are in place...'. Missing bullet = conflict.")]),
        R("n25", None, "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), "National rec", None,
          "Within 6 months have active ISAs with other agencies for speedy exchange of intelligence, to safeguard victims & identify suspects early",
          "Head of Intelligence", "GREEN",
          "ISAs in place with all 9 local authorities, GLAA and Border Force.", d(2019, 1, 10), None,
          [("MSHT17_2", "closeable_submit", "Stolen Freedom rec 2 (ref 8461): same six-month ISA ask. HMICFRS Being progressed = open; force GREEN, submitted. Submit.")]),
        R("n26", None, "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), "National rec", None,
          "s45 defence – victims committing offences under compulsion given early & continuing consideration",
          "Det Ch Supt Force CID", "GREEN", "Completed.", d(2019, 9, 9), None,
          [("MSHT17_3", "in_sync", "Stolen Freedom rec 3 (ref 8462), section 45 defence. HMICFRS Complete; force GREEN. Both closed.")]),
        R("n27", None, "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), "National rec", None,
          "Fully compliant with the NRM process; duty to notify HO of adult victims of MSHT",
          "Det Ch Supt Force CID", "AMBER", "NRM SPOC in post; duty to notify compliance 87%.", None, None,
          [("MSHT17_4", "in_sync", "Stolen Freedom rec 4 (ref 8463), NRM/duty to notify. Both open.")]),
        R("n28", None, "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), "National rec", None,
          "NCRS compliance for MSHT offences & FCR audit capacity",
          "Force Crime Registrar", "AMBER", "MSHT added to FCR audit plan 2022/23.", None, None,
          [("MSHT17_5", "in_sync", "Stolen Freedom rec 5 (ref 8464), NCRS compliance for MSHT with audit capacity. Both open.")]),
        R("n29", None, "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), "National rec", None,
          "MSHT allegations thoroughly investigated & effectively supervised by teams with the right skills & experience",
          "Det Ch Supt Force CID", "RED",
          "Little work yet undertaken in this area. Unlikely to reach deadlines.", None, None,
          [("MSHT17_6", "in_sync", "Stolen Freedom rec 6 (ref 8465), investigation and supervision of MSHT. HMICFRS Being progressed; force RED. Both open.")]),
        R("n30", None, "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), "National rec", None,
          "Review use of preventative powers under MSA 2015 (STPOs / STROs)",
          "Det Ch Supt Force CID", "AMBER", "STPO guidance drafted.", None, None,
          [("MSHT17_7", "closeable_local", "Stolen Freedom rec 7 (ref 8466), preventative powers. HMICFRS Complete = closed (May 2021); force AMBER. Force closes.")]),
    ]),
    ("PEEL Efficiency 2017 (Nov 2017)", [
        R("n31", None, "PEEL Efficiency 17", d(2017, 11, 1), "AFI", "8522",
          "Sufficient resources in the control room to fulfil resourcing model & meet demand, taking into account workforce wellbeing",
          "Supt Contact Centre", "GREEN",
          "Contact Management restructure complete; evidence pack submitted.", d(2022, 5, 3), None,
          [("PEFC17_A1", "closeable_submit", "Same ref 8522, control-room resourcing AFI. HMICFRS status 'Being progressed' = open (the database's ysnClosed tick only records the force's submission of 03/05/2022, per memNotes); force GREEN, submitted 03/05/2022. Submit / chase HMICFRS decision.")]),
    ]),
    ("PEEL Legitimacy 2017 (Dec 2017)", [
        R("n32", None, "PEEL Legit 17", d(2017, 12, 1), "CoC", None,
          "National CoC – S&S use not consistently reasonable & fair; over-representation of BAME people in S&S data",
          "Ch Insp Stop & Search", "AMBER", "See S&S recs below.", None, None,
          [("PLEG17_NC", "in_sync", "The national stop and search cause of concern (ref 8540). Both open.")]),
        R("n33", None, "PEEL Legit 17", d(2017, 12, 1), "National rec", "8514",
          "By July 2018 regularly monitor S&S data to understand: reasons for any disproportionality by ethnicity; find rates by ethnicity & search type (incl drug possession / supply); prevalence of possession-only drug searches",
          "Ch Insp Stop & Search", "GREEN",
          "S&S Power BI dashboard live; reviewed at monthly S&S scrutiny board.", d(2019, 4, 26), None,
          [("PLEG17_N1", "conflict", "Same text and three bullets as HMICFRS 8541, but the force quotes ref 8514 (digits transposed; 8514 is not on the list). Reference disagrees = conflict (force GREEN, HMICFRS open).")]),
        R("n34", None, "PEEL Legit 17", d(2017, 12, 1), "National rec", None,
          "Demonstrate to public research/analysis into disparities and action taken to reduce them; publish the analysis & actions at least annually from July 2018",
          "Ch Insp Stop & Search", "GREEN",
          "Annual S&S disproportionality report published on website (2019, 2020, 2021).", d(2019, 8, 1), None,
          [("PLEG17_N2", "closeable_submit", "One force row holds two national recs; first part = demonstrate research/analysis and action on disparities (ref 8542). HMICFRS Being progressed = open; force GREEN, submitted. Submit."),
           ("PLEG17_N3", "closeable_submit", "Same row's second part = publish the analysis annually from July 2018 (ref 8543). HMICFRS Being progressed = open; force GREEN. Submit.")]),
        R("n35", None, "PEEL Legit 17", d(2017, 12, 1), "National rec", None,
          "By July 2018 all officers using S&S trained on unconscious bias and CoP APP on S&S",
          "Head of Learning & Development", "GREEN", "Completed.", d(2019, 4, 26), None,
          [("PLEG17_N4", "in_sync", "Same unconscious-bias/APP training rec (ref 8544). HMICFRS Complete; force GREEN. Both closed.")]),
        R("n36", None, "PEEL Legit 17", d(2017, 12, 1), "National rec", None,
          "By Sept 2018 produce an ambitious plan to improve digitally-enabled services within the force",
          "Head of Corporate Development", "AMBER", "Digital Policing Strategy 2022-25 in draft.", None, None,
          [("PEFC17_N1", "conflict", "The digital-services plan rec is from PEEL: Police efficiency 2017 (ref 8519) on the HMICFRS list; the force files it under PEEL Legitimacy 2017. Same text and deadline, both open, but the report disagrees = conflict.")]),
        R("n37", None, "PEEL Legit 17", d(2017, 12, 1), "CoC", None,
          "Size of the vetting backlog",
          "Head of Professional Standards", "AMBER", "Backlog down from 1,100 to 240.", None, None,
          [("PLEG17_C1", "in_sync", "Vetting backlog cause of concern (ref 8547). Both open.")]),
        R("n38", None, "PEEL Legit 17", d(2017, 12, 1), "Rec", "8548",
          "All staff to have at least the lowest level of vetting clearance asap – clear the backlog and renewals as they fall due (national vetting guidelines)",
          "Head of Professional Standards", "GREEN",
          "Ready to move to GREEN status.", d(2022, 6, 1), None,
          [("PLEG17_1", "closeable_submit", "Same ref 8548, vetting clearance rec (listed twice in the export - row duplicated by the portfolio join). HMICFRS Being progressed = open; force GREEN, submitted 01/06/2022. Submit.")]),
    ]),
    ("PEEL 2018/19 (published May 2019)", [
        R("n39", None, "PEEL 18/19", d(2019, 5, 1), "Rec", None,
          "Review officers' capability & capacity to manage their investigative workload",
          "Det Ch Supt Force CID", "GREEN", "Workload review complete; report to FET Feb 2022.", d(2022, 2, 24), None,
          [("PEEL1819_1", "closeable_submit", "PEEL 2018/19 rec 1 (ref 9815), investigative workload review. HMICFRS Being progressed = open; force GREEN, submitted. Submit.")]),
        R("n40", None, "PEEL 18/19", d(2019, 5, 1), "Rec", None,
          "Review, with partners, our approach to vulnerability",
          "Ch Supt Public Protection", "GREEN", "Completed.", d(2020, 11, 2), None,
          [("PEEL1819_2", "in_sync", "PEEL 2018/19 rec 2 (ref 9816), vulnerability review with partners. HMICFRS Complete; force GREEN. Both closed.")]),
        R("n41", None, "PEEL 18/19", d(2019, 5, 1), "Rec", None,
          "Expand skills project to assess all skills (not only operational) incl. future requirements – to inform workforce plans",
          "Director of People", "AMBER", "Skills audit 60% complete.", None, None,
          [("PEEL1819_3", "in_sync", "PEEL 2018/19 rec 3 (ref 9817), skills project. Both open.")]),
        R("n42", None, "PEEL 18/19", d(2019, 5, 1), "Rec", None,
          "Within 12 months ensure regular & active supervison of the quality and progress of investigations – supervision properly recorded",
          "Det Ch Supt Force CID", "AMBER", "Supervisory review template added to Niche.", None, None,
          [("PEEL1819_4", "conflict", "PEEL 2018/19 rec 4 (ref 9818), supervision of investigations, both open, but the timescale disagrees: HMICFRS 'within six months', force 'Within 12 months'.")]),
        R("n43", None, "PEEL 18/19", d(2019, 5, 1), "Rec", None,
          "Improve ability to retrieve digital evidence from phones, computers & other devices quickly so investigations are not delayed",
          "Head of Digital Forensics", "GREEN", "Kiosk roll-out complete; backlog under 30 days.", d(2021, 12, 15), None,
          [("PEEL1819_5", "closeable_submit", "PEEL 2018/19 rec 5 (ref 9819), digital evidence retrieval. HMICFRS Awaiting review = open; force GREEN, submitted. Submit.")]),
        R("n44", None, "PEEL 18/19", d(2019, 5, 1), "Rec", None,
          "Improve understanding of suspects released under investigation (RUI) & management of those on bail",
          "Head of Criminal Justice", "AMBER", "Carried into PEEL 21/22 AFI – see No. {n51}.", None, None,
          [("PEEL1819_6", "closeable_local", "PEEL 2018/19 rec 6 (ref 9820), RUI/bail, in the tracker's PEEL 18/19 block. HMICFRS Superseded (by the 2021/22 AFI) = closed; force AMBER. Force closes this entry (the 2021/22 AFI is tracked at No. {n51}).")]),
    ]),
    ("Police powers spotlight (Feb 21) – Disproportionate use of police powers", [
        R("n45", None, "Police powers spotlight (Feb 21)", d(2021, 2, 26), "National rec", "11208",
          "By July 2022 officers & staff to have effective communication skills in line with National Policing Guidelines on Conflict Management",
          "Head of Learning & Development", "AMBER", "Included in 2022 OST programme.", None, None,
          [("SPOT21_1", "in_sync", "Same ref 11208, communication skills by July 2022. Both open.")]),
        R("n46", None, "Police powers spotlight (Feb 21)", d(2021, 2, 26), "National rec", "11209",
          "By July 2021 comms skills reinforced in CPD; supervisors supported to debrief officers using BWV footage",
          "Head of Learning & Development", "GREEN", "CPD module live; debrief guidance issued.", d(2021, 9, 30), None,
          [("SPOT21_2", "closeable_submit", "Same ref 11209, CPD and BWV debriefs by July 2021. HMICFRS Being progressed = open; force GREEN, submitted. Submit.")]),
        R("n47", None, "Police powers spotlight (Feb 21)", d(2021, 2, 26), "National rec", "11210",
          "By Sept 2021 record the entirety of all S&S encounters on BWV (incl traffic stops & UoF); structured process for regularly reviewing a sample of BWV footage",
          "Ch Insp Stop & Search", "AMBER", "BWV dip-sampling process agreed.", None, None,
          [("SPOT21_3", "conflict", "Same ref 11210, both open, but HMICFRS's rec has three parts and the force tracks two: it omits 'provide external scrutiny panel members with access to samples of body-worn video footage'. Missing part = conflict.")]),
        R("n48", None, "Police powers spotlight (Feb 21)", d(2021, 2, 26), "National rec", "11211",
          "HO / NPCC – quality of data on use of force in S&S sufficient for publication",
          "Ch Insp Stop & Search", "WHITE",
          "Not the force's responsibility to deliver; dependent upon another organisation.", None, None,
          [("SPOT21_4", "in_sync", "Same ref 11211, HO/NPCC data quality. HMICFRS No further action required = closed; force WHITE = done. Both closed.")]),
        R("n49", None, "Police powers spotlight (Feb 21)", d(2021, 2, 26), "National rec", "11212",
          "By July 2022 effective internal monitoring of use of force – identify & understand disproportionate use, explain reasons and act",
          "Ch Insp Stop & Search", "AMBER", "UoF scrutiny panel terms of reference agreed.", None, None,
          [("SPOT21_5", "conflict", "Same ref 11212, internal monitoring of use of force, both open, but the deadline disagrees: HMICFRS 'By July 2021', force 'By July 2022'.")]),
    ]),
    ("PEEL 2021/22 (published April 2022)", [
        R("n50", None, "PEEL 21/22", d(2022, 4, 1), "AFI", None,
          "Improve supervision of investigations – plans set, reviewed and recorded; victims get a consistently good service",
          "Det Ch Supt Force CID", "AMBER", "Awaiting allocation.", None, None,
          [("PEEL2122_1", "in_sync", "PEEL 2021/22 AFI 1, supervision of investigations. Both open. (Not the 2018/19 rec 9818, which is under its own block.)")]),
        R("n51", None, "PEEL 21/22", d(2022, 4, 1), "AFI", None,
          "Improve understanding of RUI suspects and management of those released on bail",
          "Head of Criminal Justice", "AMBER", "Awaiting allocation.", None, None,
          [("PEEL2122_4", "in_sync", "PEEL 2021/22 AFI 4, RUI/bail. Same wording as 2018/19 rec 9820 but filed under 2021/22, and the 2018/19 one has its own row (No. {n44}). Both open.")]),
        R("n52", None, "PEEL 21/22", d(2022, 4, 1), "AFI", None,
          "Victims of stalking & harassment kept updated on progress of their case (VCOP)",
          "Ch Supt Public Protection", "AMBER", "Awaiting allocation.", None, None,
          [("PEEL2122_5", "in_sync", "PEEL 2021/22 AFI 5, stalking and harassment victim updates, heavily shortened. Both open.")]),
        R("n53", None, "PEEL 21/22", d(2022, 4, 1), "AFI", None,
          "Develop problem-solving approach to ASB with local communities & partners",
          "ACC Local Policing", "AMBER", "Awaiting allocation.", None, None,
          [("PEEL2122_6", "in_sync", "PEEL 2021/22 AFI 6, ASB problem solving. Both open.")]),
    ]),
    ("Force actions (not HMICFRS)", [
        R("n54", None, "Local", None, "Action", None,
          "Force action - Task & Finish group to review the missing children policy and report to the Force Executive Team",
          "Det Ch Supt Public Protection", "AMBER", None, None, None,
          [(None, "not_on_hmicfrs_list", "The force's own action (filed under 'Force actions (not HMICFRS)'), not an HMICFRS item; the missing-children rec 7742 is matched to tracker No. {n15}.")]),
        R("n55", None, "Local", None, "Action", None,
          "Internal audit action: Internal audit of the firearms licensing governance arrangements (audit plan 2021/22)",
          "Supt Firearms Licensing", "GREEN", "Audit report: substantial assurance.", None, None,
          [(None, "not_on_hmicfrs_list", "Internal audit action, not an HMICFRS item (firearms governance rec 6340 is tracker No. {n8}).")]),
        R("n56", None, "Local", None, "Action", None,
          "JAC action: Add domestic abuse measures to the monthly Force Performance pack",
          "Head of Corporate Development", "AMBER", None, None, None,
          [(None, "not_on_hmicfrs_list", "Joint Audit Committee action, not an HMICFRS item.")]),
    ]),
]


# ---------------------------------------------------------------------------------------------
NOS = {}


def numbers():
    """The tracker's running number: one per row, split parts share it (20a-20e)."""
    n = 0
    for _, rows in BLOCKS:
        for r in rows:
            if r["part"] in (None, "a"):
                n += 1
            r["no"] = n
            NOS[r["lab"]] = n


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "", "author": "SPI Team", "company": FORCE, "created": FIXED})
    ws = wb.add_worksheet(H_SHEET)
    f_date = wb.add_format({"num_format": "dd/mm/yyyy"})
    f_dt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm:ss"})
    heads = ["lngID", "strRptShort", "strRptTitle", "dtmPublished", "strType", "strRecNo",
             "strHMICRef", "memRecText", "strHMICStatus", "dtmStatus", "ysnNational", "ysnClosed",
             "strPortfolio", "memNotes", "dtmListReceived", "Expr1"]
    for c, h in enumerate(heads):
        ws.write_string(0, c, h)
    rows = hmicfrs_rows()
    pos = {}
    for i, r in enumerate(rows):
        x = i + 1
        excel_row = x + 1
        if not r["dup"]:
            pos[r["key"]] = excel_row
        else:
            pos[r["key"] + "#dup"] = excel_row
        title, pub = REPORTS[r["rpt"]]
        ws.write_number(x, 0, r["lngID"])
        ws.write_string(x, 1, r["rpt"])
        ws.write_string(x, 2, title)
        if pub is not None:
            ws.write_datetime(x, 3, pub, f_date)
        ws.write_string(x, 4, r["typ"])
        ws.write_string(x, 5, r["recno"])
        if r["ref"]:
            ws.write_string(x, 6, r["ref"])
        ws.write_string(x, 7, T[r["key"]].replace("\n", "\r\n"))
        ws.write_string(x, 8, r["status"])
        sdt = r["sdt"]
        ws.write_datetime(x, 9, sdt, f_dt if (sdt.hour or sdt.minute or sdt.second) else f_date)
        ws.write_boolean(x, 10, r["nat"])
        closed_flag = r["status"] in CLOSED or r["key"] == "PEFC17_A1"
        ws.write_boolean(x, 11, closed_flag)
        if r["port"]:
            ws.write_string(x, 12, r["port"])
        if r["notes"]:
            ws.write_string(x, 13, r["notes"])
        ws.write_datetime(x, 14, d(2022, 6, 24), f_date)
        ws.write_string(x, 15, f"{r['rpt']}-{r['recno'].replace(' ', '')}")
    wb.close()
    return rows, pos


def build_force(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Continuous Improvement",
                       "company": FORCE, "created": FIXED})
    ws = wb.add_worksheet(F_SHEET)
    key = wb.add_worksheet("Key")
    f_title = wb.add_format({"bold": True, "font_size": 14})
    f_sub = wb.add_format({"italic": True, "font_color": "#595959"})
    f_head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                            "text_wrap": True, "valign": "top", "border": 1})
    f_block = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    f_wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    f_mon = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1, "align": "left"})
    f_date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag_fmt = {
        "GREEN": wb.add_format({"bg_color": "#00B050", "bold": True, "valign": "top", "border": 1}),
        "AMBER": wb.add_format({"bg_color": "#FFC000", "bold": True, "valign": "top", "border": 1}),
        "RED": wb.add_format({"bg_color": "#FF0000", "font_color": "#FFFFFF", "bold": True,
                              "valign": "top", "border": 1}),
        "WHITE": wb.add_format({"bg_color": "#FFFFFF", "bold": True, "valign": "top", "border": 1}),
    }
    widths = [6, 18, 10, 12, 12, 70, 24, 9, 50, 13, 22]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.merge_range(0, 0, 0, 10, f"{FORCE} – HMICFRS Recommendations, Causes of Concern & AFIs Tracker", f_title)
    ws.write_string(1, 0, "Owner: Continuous Improvement Team, Corporate Development  |  Last updated 20/06/2022  |  OFFICIAL  |  RAG key on 'Key' tab", f_sub)
    heads = ["No.", "Report", "Published", "Type", "HMIC Ref", "Recommendation / AFI (summary)",
             "Lead", "RAG", "Latest update", "Submitted for closure", "Comments"]
    for c, h in enumerate(heads):
        ws.write_string(3, c, h, f_head)
    ws.freeze_panes(4, 0)
    x = 4
    placed = []
    block_rows = []
    numbers()
    for heading, rows in BLOCKS:
        ws.merge_range(x, 0, x, 10, heading, f_block)
        block_rows.append((x + 1, heading))
        x += 1
        for r in rows:
            if r["part"] is None:
                ws.write_number(x, 0, r["no"], f_wrap)
            else:
                ws.write_string(x, 0, f"{r['no']}{r['part']}", f_wrap)
            ws.write_string(x, 1, r["rep"], f_wrap)
            if r["pub"] is not None:
                ws.write_datetime(x, 2, r["pub"], f_mon)
            else:
                ws.write_blank(x, 2, None, f_wrap)
            ws.write_string(x, 3, r["typ"], f_wrap)
            if r["ref"]:
                ws.write_string(x, 4, r["ref"], f_wrap)
            else:
                ws.write_blank(x, 4, None, f_wrap)
            ws.write_string(x, 5, r["text"], f_wrap)
            ws.write_string(x, 6, r["lead"], f_wrap)
            ws.write_string(x, 7, r["rag"], rag_fmt[r["rag"]])
            if r["upd"]:
                ws.write_string(x, 8, r["upd"].format_map(NOS), f_wrap)
            else:
                ws.write_blank(x, 8, None, f_wrap)
            if r["sub"] is not None:
                ws.write_datetime(x, 9, r["sub"], f_date)
            else:
                ws.write_blank(x, 9, None, f_wrap)
            if r["com"]:
                ws.write_string(x, 10, r["com"], f_wrap)
            else:
                ws.write_blank(x, 10, None, f_wrap)
            placed.append((x + 1, r))
            x += 1
    last = x
    ws.autofilter(3, 0, last - 1, 10)
    ws.data_validation(4, 7, last - 1, 7, {"validate": "list",
                                           "source": ["RED", "AMBER", "GREEN", "WHITE"]})
    # Key sheet
    key.set_column(0, 0, 10)
    key.set_column(1, 1, 90)
    key.write_string(0, 0, "RAG key", f_title)
    key_rows = [
        ("GREEN", "The recommendation is implemented – evidence submitted / ready to submit to HMICFRS for closure"),
        ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale required)"),
        ("WHITE", "Not Derbyshire Constabulary's responsibility to deliver or is dependent upon another organisation"),
    ]
    for i, (k, v) in enumerate(key_rows):
        key.write_string(i + 2, 0, k, rag_fmt[k])
        key.write_string(i + 2, 1, v)
    wb.close()
    return placed, block_rows, last


def main():
    os.makedirs(OUT, exist_ok=True)
    hpath = os.path.join(OUT, "hmicfrs.xlsx")
    fpath = os.path.join(OUT, "tracker.xlsx")
    hrows, hpos = build_hmicfrs(hpath)
    placed, block_rows, last = build_force(fpath)

    truth = []
    used = set()
    for excel_row, r in placed:
        for hk, cat, why in r["links"]:
            why = why.format_map(NOS)
            hr = f"{H_SHEET}!{hpos[hk]}" if hk else ""
            truth.append((hr, f"{F_SHEET}!{excel_row}", cat, why))
            if hk:
                used.add(hk)
    missing_why = {
        "AUST14_3": "Policing in Austerity rec 3 (reduce front-line workforce / decisive action). The force's single austerity row (No. {n4}) names recs 1, 2 & 4 only and its comment says rec 3 is not tracked. HMICFRS NFA = closed, but nothing on the tracker.",
        "INTEG15_1": "Integrity matters: misconduct 'no further action' outcomes fair and free of discrimination. Nothing on the tracker (no Integrity Matters block, no PSD row like it). HMICFRS Being progressed = open - nobody owns it.",
        "PEFC15_3": "PEEL Efficiency 2015 AFI 3, future workforce plan. The tracker's Efficiency 2015 block has AFIs 1 and 2 only. HMICFRS Complete = closed; still not on the tracker.",
        "PEFF16_C2": "PEEL Effectiveness 2016 cause of concern 7743 (DA approach unacceptable; victims not supporting investigations, low use of arrest). The tracker has its recs (Nos {n16}-{n18}) but no row for the cause itself; No. {n17} is rec 7745 (type Rec, an ask). HMICFRS Complete = closed.",
        "FLIC15_5": "Firearms licensing rec 5 (identify firearm certificate holders before attendance; officers' risk assessment and seizure powers). Firearms block has recs 1-4 only. HMICFRS Being progressed = open - nobody owns it.",
        "PEEL2122_2": "PEEL 2021/22 AFI 2 (confidential way to raise concerns / whistleblowing). The tracker's 2021/22 block has AFIs 1, 4, 5 and 6 only. HMICFRS Awaiting review = open.",
        "PEEL2122_3": "PEEL 2021/22 AFI 3 (equality and diversity data on workforce demographics). Not on the tracker. HMICFRS Awaiting review = open.",
    }
    for rec in H:
        k = rec[0]
        if k not in used:
            truth.append((f"{H_SHEET}!{hpos[k]}", "", "missing_from_force", missing_why[k].format_map(NOS)))
    assert set(missing_why) == {rec[0] for rec in H} - used, (set(missing_why), {rec[0] for rec in H} - used)

    def sortkey(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = int(t[1].split("!")[1]) if t[1] else 10**6
        return (h, f)
    truth.sort(key=sortkey)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for t in truth:
            w.writerow(t)

    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(hrows, hpos, placed, block_rows, last, truth))


def readme(hrows, hpos, placed, block_rows, last, truth):
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    dup_row = hpos["PLEG17_1#dup"]
    n_h_items = len(H)
    n_h_rows = len(hrows)
    n_f_items = len(placed)
    lines = []
    A = lines.append
    A(f"# Case `{CASE}` (round 73, case B: HMICFRS-side layout)\n")
    A("## Story\n")
    A(f"{FORCE}'s Strategic Planning & Inspection (SPI) team has kept HMICFRS's definitive list in "
      "a small MS Access database since 2014 (`tblRecs`, `tblReports`, `tblPortfolio`). Each time "
      "the Force Liaison Lead emails a new definitive list, the team keys or pastes it into the "
      "database, ticks the `ysnClosed` box for anything HMICFRS has closed, and runs the saved query "
      "`qryDefList_Jun22_Current`. For the June 2022 Joint Audit Committee they used *External Data > "
      "Export > Excel* **without** 'Export data with formatting and layout' (so long text is not cut "
      "at 255 characters) and handed that workbook (`hmicfrs.xlsx`) to the analyst. The force side "
      "(`tracker.xlsx`) is the Continuous Improvement team's own RAG tracker. The analyst must "
      "reconcile the two before the committee.\n")
    A("The database and its export are an invented but faithful example of how a force team keeps "
      "HMICFRS's list; every recommendation text is real HMICFRS wording (OGL) from the project's "
      "lists (the force name is put in where the original named its force). Statuses, dates, refs, owners and "
      "the tracker are invented.\n")
    A("## Files\n")
    A(f"- `hmicfrs.xlsx`: one sheet `{H_SHEET}` (the query's name, as Access names the sheet). Header "
      f"in row 1 (Access field names), {n_h_rows} data rows (rows 2-{n_h_rows + 1}) holding "
      f"{n_h_items} HMICFRS items (one row is a join duplicate, see below). No title rows, no "
      "formatting, default column widths, text not wrapped. Columns: `lngID` (Access AutoNumber, "
      "the database's own key, NOT an HMICFRS reference), `strRptShort` (the team's report code), "
      "`strRptTitle`, `dtmPublished` (date; NULL for Policing in Austerity), `strType` (Rec / AFI / "
      "CoC / Nat Rec), `strRecNo` (text), `strHMICRef` (HMICFRS register number, text; blank for "
      "PEEL 2021/22 AFIs, which the team had not yet been given numbers for), `memRecText` (Memo: "
      "full text, CRLF line breaks), `strHMICStatus`, `dtmStatus` (Date/Time, some with a "
      "time-of-day because the form stamped `Now()`), `ysnNational` and `ysnClosed` (Yes/No, "
      "exported as Excel TRUE/FALSE booleans), `strPortfolio`, `memNotes`, `dtmListReceived` "
      "(24/06/2022 on every row), `Expr1` (an unnamed calculated column: `[strRptShort] & \"-\" & "
      "[strRecNo]`).\n")
    A(f"- `tracker.xlsx`: sheet `{F_SHEET}`: title row 1, owner/date line row 2, blank row 3, header "
      f"row 4 (`No.`, `Report`, `Published` (mmm-yy), `Type`, `HMIC Ref`, `Recommendation / AFI "
      f"(summary)`, `Lead`, `RAG` (text plus fill colour), `Latest update`, `Submitted for closure`, "
      f"`Comments`), then {len(block_rows)} report-heading rows (merged A:K, blue fill) each followed "
      f"by its item rows; {n_f_items} item rows in all, last used row {last}. Autofilter on row 4, "
      "panes frozen below it. Sheet `Key`: the RAG key (GREEN implemented / AMBER in progress / RED "
      "off track / WHITE not the force's to deliver) - not items.\n")
    A("- `truth.csv`: `hmicfrs_row,force_row,category,why`; provenance `Sheet!Row` as Excel shows it.\n")
    A("## What the layout brings\n")
    A("1. **Access field names as headers** (Leszynski prefixes: `strRptTitle`, `memRecText`, "
      "`strHMICStatus`, `ysnClosed`, `dtmStatus`...). No plain-English header names at all; "
      "`Expr1` is a real Access artefact for an unnamed calculated field.\n")
    A("2. **Two ID-like columns.** `lngID` is an AutoNumber with gaps (3, 4, 5, 12, 17...); it is the "
      "database key, not HMICFRS's reference. `strHMICRef` is the register number (as text). The "
      f"tracker's `No.` (1-{max(NOS.values())}) overlaps `lngID`'s range by coincidence only.\n")
    A("3. **Query sort order, not report order.** `ORDER BY strRptTitle, strRecNo` sorts reports "
      "alphabetically (Building the picture first, Targeting the risk last) and record numbers as "
      "text, so in PEEL: Police effectiveness 2016 the causes of concern `C1`, `C2`, `C3` come after "
      f"recs 1-5 (rows {hpos['PEFF16_1']}-{hpos['PEFF16_C3']}), away from the recs they belong to.\n")
    A(f"4. **National and force items under one report title.** `PEEL: Police legitimacy 2017` holds "
      f"the national cause of concern and national recs N1-N4 (`ysnNational` TRUE) and the force's "
      f"own vetting CoC and rec (FALSE), rows {min(hpos[k] for k in ('PLEG17_NC','PLEG17_N1','PLEG17_C1','PLEG17_1'))}-"
      f"{max(hpos[k] for k in ('PLEG17_NC','PLEG17_N4','PLEG17_C1','PLEG17_1#dup'))}; `PEEL: Police efficiency 2017` holds a national rec and a force AFI.\n")
    A(f"5. **Join duplicate.** The vetting rec 8548 has two portfolios in `tblPortfolio`, so the "
      f"query lists it twice: rows {hpos['PLEG17_1']} and {dup_row} are identical except "
      f"`strPortfolio` (DCC / Director of People). One item.\n")
    A(f"6. **Status flag that disagrees with the status.** Row {hpos['PEFC17_A1']} (control room AFI "
      "8522): `strHMICStatus` = Being progressed but `ysnClosed` = TRUE; `memNotes` explains the box "
      "was ticked when the force submitted it for closure and HMICFRS has not decided. HMICFRS's "
      "status wins: open.\n")
    A("7. **Date/Time values** with and without a time-of-day (`25/01/2018 11:20:03`), and a NULL "
      "`dtmPublished` for all four Policing in Austerity rows.\n")
    A("8. **Memo text with CRLF line breaks and the originals' quirks**: bullets run on with no "
      "space (`•the reasons`, `As a minimum it should:• ensure`), stray footnote digits "
      "(`another force; and 20`, `intelligence 86 and`), curly quotes, stems such as `HMIC "
      "recommends that within six months the force should:`. The CRs are stored the way Excel "
      "stores them, as `_x000D_` escapes: Excel shows a line break, while openpyxl and pandas "
      "return the literal text `_x000D_` followed by a newline.\n")
    A("9. **Status vocabulary**: Awaiting review / Being progressed (open); Complete / Superseded / "
      "No further action required (closed).\n")
    A("## Traps and how the truth decides them\n")
    fr = {(r["lab"], r["part"]): row for row, r in placed}

    def F(lab, part=None):
        no = f"{NOS[lab]}{part or ''}"
        return f"No. {no}, row {fr[(lab, part)]}"

    A(f"- **CoC and rec in one tracker row** ({F('n15')}; {F('n19')}): two truth lines each, one "
      "per HMICFRS item.\n")
    A(f"- **Two national recs in one tracker row** ({F('n34')}: PEEL Legitimacy 2017 N2 + N3) "
      f"and **three in one** ({F('n4')}: Policing in Austerity recs 1, 2, 4). The austerity row says "
      f"which recs it covers; rec 3 (HMICFRS row {hpos['AUST14_3']}) is therefore missing_from_force.\n")
    A(f"- **One rec split over five tracker rows** (No. {NOS['n20']}a-{NOS['n20']}e, rows "
      f"{fr[('n20', 'a')]}-{fr[('n20', 'e')]}, CDI victims rec 8302): four GREEN, one AMBER, so the "
      f"item is not done: five in_sync lines against HMICFRS row {hpos['CDI17_1']}.\n")
    A(f"- **Same text, two reports**: RUI/bail appears as PEEL 2018/19 rec 9820 (HMICFRS row "
      f"{hpos['PEEL1819_6']}, Superseded) and PEEL 2021/22 AFI 4 (row {hpos['PEEL2122_4']}, open, no "
      f"ref). The tracker has both, each in its own block ({F('n44')}; {F('n51')}); the report "
      "decides the pairing.\n")
    A(f"- **Decoys**: tracker {F('n17')} (understand why DA victims do not support investigations) "
      f"reads like cause of concern C2 (HMICFRS row {hpos['PEFF16_C2']}), but it is the action, rec 3 "
      f"(row {hpos['PEFF16_3']}); the CoC itself is missing. Local action {F('n54')} (missing "
      "children T&F group) is not the missing children rec. Stop and search 2013 rec 3 and Stop and "
      f"search powers 2 are near-identical texts; the tracker's {F('nSS2')} claims both - two lines.\n")
    A(f"- **Conflicts**: type ({F('n22')}: Rec vs AFI 8306); timescale ({F('n42')}: 'Within 12 "
      f"months' vs six months; {F('n49')}: 'By July 2022' vs July 2021); missing bullet/part "
      f"({F('n14')}: NCPI detention certificates; {F('n24')}: MSHT QA measures; {F('n47')}: BWV "
      f"external scrutiny access); reference ({F('n33')} quotes 8514 for 8541); report ({F('n36')} "
      "files PEEL Efficiency 2017's digital-plan rec 8519 under Legitimacy 2017). A conflict "
      "outranks the status pairing (several are GREEN against an open HMICFRS status).\n")
    A(f"- **ysnClosed vs strHMICStatus** (control room AFI, HMICFRS row {hpos['PEFC17_A1']}, tracker "
      f"{F('n31')}): HMICFRS status decides; closeable_submit.\n")
    A(f"- **Not on the HMICFRS list**: the Abuse of position for a sexual purpose row ({F('n23')}) "
      f"and three force/audit/JAC actions ({F('n54')}; {F('n55')}; {F('n56')}).\n")
    A("- No `review` lines: every pair could be decided from the two rows.\n")
    A("## Counts\n")
    for c in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
              "not_on_hmicfrs_list", "review"]:
        A(f"- {c}: {cnt.get(c, 0)}")
    A(f"- total truth lines: {len(truth)} ({n_h_items} HMICFRS items, {n_f_items} force item rows)\n")
    A("## Rows that are not items\n")
    A(f"- `hmicfrs.xlsx` row 1: header (field names).")
    A(f"- `hmicfrs.xlsx` row {dup_row}: duplicate of row {hpos['PLEG17_1']} (same lngID 102, same ref 8548 and text; "
      "only `strPortfolio` differs), produced by the query's join to the portfolio table. Not a "
      "second item.")
    A("- `tracker.xlsx` rows 1-4: title, owner/date line, blank row, header.")
    for rownum, heading in block_rows:
        A(f"- `tracker.xlsx` row {rownum}: report-heading row \"{heading}\".")
    A("- `tracker.xlsx` sheet `Key`: RAG legend (rows 1 and 3-6).\n")
    A("## Checks run\n")
    A("- Coverage: read back both workbooks with openpyxl; every HMICFRS data row (2-"
      f"{len(hrows) + 1}) except the join duplicate is in `truth.csv`; every tracker row that is "
      "not merged and has text in column F is in `truth.csv`, and no truth line points at a "
      "heading, title or blank row. Tracker rows that appear more than once are exactly the "
      "rows holding two or three HMICFRS items (Nos 4, 7, 16, 20, 35); the five CDI split rows "
      "appear once each, all against the same HMICFRS row.")
    A("- Read back with pandas (`read_excel(header=0)` for `hmicfrs.xlsx`, `header=3` for the "
      "tracker): 67 x 16 and 80 x 11 frames (the tracker frame includes its heading rows); "
      "TRUE/FALSE come back as bool, dates as datetimes; `strHMICRef` comes back as float because of "
      "the blank PEEL 2021/22 refs.")
    A("- Each truth pair was printed side by side (HMICFRS recno, ref, status, text vs tracker No., "
      "ref, RAG, text) and read by eye against its `why`.")
    A("- Two builds give byte-identical files (sha256 compared).\n")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
