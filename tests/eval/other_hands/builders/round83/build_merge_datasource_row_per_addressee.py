"""Build the case `merge_datasource_row_per_addressee` (round 83, case A).

West Mercia Police's organisational-learning team keeps its HMICFRS tracker as the data source
of the monthly "please update" mail merge: one row per addressee per item, merge-style field
names, a TEST record on top, a divider before a batch added later, a cleared blank row, an END
row, text cut at 200 characters, dates typed as text.

Run:  /work/main/.venv/bin/python /tmp/indep83/build_merge_datasource_row_per_addressee.py
Every file is rebuilt byte for byte (no clock, no randomness, fixed workbook properties,
XlsxWriter's fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os

import xlsxwriter

CASE = "merge_datasource_row_per_addressee"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)
CUT = 200  # the merge's fixed cut for Rec_Txt and Upd_Txt

# --------------------------------------------------------------------------------------------
# HMICFRS side: reports and items (texts are real public wording, copied as literals)
# --------------------------------------------------------------------------------------------
FORCE = "West Mercia Police"

R_SAS13 = ("Stop and search powers: Are the police using them effectively and fairly?",
           dt.date(2013, 7, 9))
R_EVERY = ("Everyone's business: Improving the police response to domestic abuse",
           dt.date(2014, 3, 27))
R_AUST = ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22))
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time", dt.date(2014, 9, 4))
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing", dt.date(2015, 1, 30))
R_SAS15 = ("Stop and search powers 2: are the police using them effectively and fairly?",
           dt.date(2015, 3, 24))
R_PIC = ("Building the picture: an inspection of police information management",
         dt.date(2015, 7, 1))
R_FA = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
        "licensing in police forces in England and Wales", dt.date(2015, 9, 15))
R_STOLEN = ("Stolen freedom: the policing response to modern slavery and human trafficking",
            dt.date(2017, 10, 24))
R_EFC17 = ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9))
R_LEG17 = ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12))
R_PEEL19 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police",
            dt.date(2019, 5, 2))
R_CDI19 = ("Crime data integrity inspection 2019 – West Mercia Police", dt.date(2019, 9, 10))
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force", dt.date(2021, 2, 26))
R_CUST22 = ("Report on an unannounced inspection visit to police custody suites in West Mercia "
            "(2022)", dt.date(2022, 8, 16))
R_PEEL22 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – West Mercia Police",
            dt.date(2022, 9, 22))
R_PEEL25 = ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25 – West Mercia Police",
            dt.date(2025, 4, 11))

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")

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
    "to the victim or the wider public are identified and appropriately managed."
)

# key: (report, ref, type, text, status, status date)
H: dict[str, tuple] = {}
HORDER: list[str] = []


def h(key, rep, ref, typ, text, status, sdate):
    H[key] = (rep, ref, typ, text, status, sdate)
    HORDER.append(key)


d = dt.date
h("sas13_1", R_SAS13, 2201, NAT,
  "Chief Constables and the College of Policing should establish in the Stop and Search "
  "Authorised Professional Practice document a clear specification of what constitutes the "
  "effective and fair exercise of stop and search powers, and guidance in this respect. This "
  "should be compliant with the Code of Practice.", CO, d(2016, 2, 19))
h("sas13_2", R_SAS13, 2202, NAT,
  "Chief Constables should establish or improve monitoring of the way officers stop and "
  "search people, so that they can be satisfied their officers are acting in accordance with "
  "the law (including equality legislation and the Code of Practice), and that the power is "
  "used effectively to prevent crime, catch criminals and maintain public trust.",
  CO, d(2016, 2, 19))
h("sas13_3", R_SAS13, 2203, NAT,
  "Chief Constables should, in consultation with elected local policing bodies, ensure that "
  "they comply with the code of practice by explaining to the public the way stop and search "
  "powers are used in their areas and by making arrangements for stop and search records to "
  "be scrutinised by community representatives. This should be done in a way that involves "
  "those people who are stopped and searched, for example, young people.", SU,
  d(2015, 4, 14))
h("everyone", R_EVERY, 2321, NAT, EVERYONE_PLAN, CO, d(2018, 4, 27))
h("aust_1", R_AUST, 3410, NAT,
  "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
  "are doing all they can to continue to reduce crime and protect the front line while "
  "balancing their budgets. They should use the data and information contained in this "
  "report, and in HMIC's Value for Money profiles, when conducting their reviews", NFA,
  d(2017, 6, 30))
h("aust_2", R_AUST, 3411, NAT,
  "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
  "through collaboration should assess whether there is scope to improve on this position. "
  "HMIC will follow up the assessments in the autumn.", NFA, d(2017, 6, 30))
h("aust_3", R_AUST, 3412, NAT,
  "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
  "workforce and/or police officers on the front line should assess whether they have taken "
  "the decisive action seen in many forces in order to maintain their crime fighting "
  "capacity. HMIC will follow up the assessments in the autumn.", NFA, d(2017, 6, 30))
h("aust_4", R_AUST, 3413, NAT,
  "In preparation for the next spending round period all Chief Constables and PCCs should "
  "review their plans for collaboration. In particular they should consider whether there is "
  "scope to deliver better value for money and improved capability and capacity through "
  "joint working with other forces, the public and/or the private sector.", BP,
  d(2019, 8, 12))
h("core_1", R_CORE, 4822, NAT,
  "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
  "not yet done so, should provide call-handlers with specific, sound and comprehensible "
  "criteria against which they can assess threat, harm and risk.", BP, d(2018, 1, 9))
h("core_2", R_CORE, 4823, NAT,
  "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
  "carried out is systematically recorded and subsequently evaluated to determine the "
  "effectiveness of tactics being employed.", AR, d(2014, 9, 4))
h("integ", R_INTEG, 902, NAT,
  "By 31 August 2015, all chief constables should satisfy themselves that they have "
  "processes in place to ensure that investigations into misconduct by officers and staff "
  "resulting in “no further action” are fair and free of any form of discrimination.", CO,
  d(2017, 3, 2))
h("sas15", R_SAS15, 2698, NAT,
  "Chief constables should, in consultation with police and crime commissioners, ensure that "
  "they comply with the Code of Practice by explaining to the public the way stop and search "
  "powers are used in their areas and by making arrangements for stop and search records to "
  "be scrutinised by community representatives. This should be done in a way that involves "
  "those people who are stopped and searched, for example young people.", BP,
  d(2021, 3, 17))
h("pic", R_PIC, 5120, NAT,
  "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
  "audits of compliance with the APP on information management through the force "
  "information management governance structure. This should include measures to ensure that "
  "categorisation of records are regularly adjusted.", BP, d(2020, 11, 2))
h("fa_1", R_FA, 5560, NAT,
  "Within three months, all chief constables should assess how well the governance of "
  "firearms licensing in his or her force meets the standards set out in Authorised "
  "Professional Practice. Chief constables of forces where the governance standards are not "
  "being complied with should put in place immediately the correct arrangements and "
  "procedures in order to meet the standards in full.", CO, d(2017, 5, 22))
h("fa_2", R_FA, 5561, NAT,
  "Within three months, all chief constables should assess the demand placed on their "
  "firearms licensing department and ensure it has the capacity to meet this demand and "
  "provide an efficient and effective service at all times.", BP, d(2022, 6, 6))
h("fa_3", R_FA, 5562, NAT,
  "Immediately, all chief constables should satisfy themselves that all appropriate action is "
  "being taken by their force with regard to ‘total expired’ licensing records.", CO,
  d(2017, 5, 22))
h("fa_4", R_FA, 5563, NAT,
  "Within three months, all chief constables should ensure that their arrangements in respect "
  "of the use of temporary permits are in accordance with the Home Office guidance; that "
  "temporary permits are properly recorded without delay on the National Firearms Licensing "
  "Management System; and that effective systems exist to ensure certificate holders are not "
  "permitted, at any time, to remain in unlawful possession of a firearm.", BP,
  d(2022, 6, 6))
h("fa_5", R_FA, 5564, NAT,
  "Within three months, all chief constables should ensure that systems designed to "
  "identify, prior to police attendance, whether a reported incident involves or is at the "
  "address of a firearm certificate holder are in place and are always applied by staff "
  "dispatching officers to incidents; and that officers understand the risk assessment which "
  "they should be undertaking in such circumstances, and their power, when appropriate, to "
  "seize firearms and firearm certificates.", AR, d(2015, 9, 15))
h("st_1", R_STOLEN, 8211, NAT, SF_LEADERSHIP, BP, d(2019, 1, 21))
h("st_2", R_STOLEN, 8212, NAT,
  "Within six months, forces should have in place active information-sharing agreements with "
  "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
  "victims better and to identify suspects as early as possible", BP, d(2019, 1, 21))
h("st_3", R_STOLEN, 8213, NAT,
  "Immediately, forces should ensure that all victims carrying out criminal acts under "
  "compulsion attributable to slavery or exploitation are afforded the protection of early "
  "and continuing consideration of the applicability of the section 45 defence.", AR,
  d(2017, 10, 24))
h("st_4", R_STOLEN, 8214, NAT,
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
  "process as it evolves and are implementing the requirement placed upon them under the "
  "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
  "adult victim of modern slavery or human trafficking.", CO, d(2023, 9, 14))
h("st_5", R_STOLEN, 8215, NAT,
  "Immediately, forces should take steps to ensure they fully comply with national crime "
  "recording standard (NCRS) requirements for offences identified as modern slavery and human "
  "trafficking and that sufficient audit capacity is available to the force crime registrar "
  "to provide reassurance that each force is identifying and managing any gaps in its "
  "crime-recording accuracy for these types of offences.", BP, d(2019, 1, 21))
h("st_6", R_STOLEN, 8216, NAT,
  "Immediately, forces should ensure that allegations or indications of modern slavery and "
  "human trafficking are thoroughly investigated and effectively supervised by teams and "
  "individuals with the skills and experience to undertake them (this should include the use "
  "where appropriate of joint intelligence teams and other means to obtain intelligence and "
  "evidence from agencies overseas).", BP, d(2019, 1, 21))
h("st_7", R_STOLEN, 8217, NAT,
  "Immediately, forces should review their use of preventative powers under the Modern "
  "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
  "to pose a clear threat to others in respect of modern slavery and human trafficking "
  "offences are exploited.", AR, d(2017, 10, 24))
h("efc17", R_EFC17, 8402, NAT,
  "By September 2018, chief constables should produce an ambitious plan to improve "
  "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
  "Council and Association of Police and Crime Commissioners should support the development "
  "of these plans by establishing a national framework which allows for the provision of "
  "digitally enabled services across force boundaries.", SU, d(2021, 7, 5))
h("leg_coc", R_LEG17, 8540, COC,
  "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
  "search powers is consistently reasonable and fair. In particular, there is "
  "over-representation of BAME people, and black people in particular, in stop and search "
  "data which many forces are unable to explain.", BP, d(2019, 3, 4))
h("leg_1", R_LEG17, 8541, NAT, SAS_MONITORING_2017, BP, d(2019, 3, 4))
h("leg_2", R_LEG17, 8542, NAT,
  "Where forces identify disparities through monitoring, they should demonstrate to the "
  "public that they have:\n"
  "•carried out research and analysis in an attempt to understand the reasons for the "
  "disparity, and •taken action to reduce the disparity, where necessary;", BP,
  d(2019, 3, 4))
h("leg_3", R_LEG17, 8543, NAT,
  "We expect forces to publish this analysis and any actions taken at least on an annual "
  "basis, from July 2018.", CO, d(2020, 2, 11))
h("leg_4", R_LEG17, 8544, NAT,
  "By July 2018, and ongoing following that date, forces should ensure that all officers who "
  "use stop and search powers have been provided with, and understand, training on "
  "unconscious bias and College of Policing APP on stop and search.", BP, d(2019, 3, 4))
h("p19_coc1", R_PEEL19, 9104, COC,
  "The force does not have suitable arrangements in place to make sure it can maintain the "
  "full range of public services when its alliance with Warwickshire Police ends. There are "
  "gaps in its workforce skills assessment, and weaknesses in both its investigative approach "
  "and its approach to safeguarding vulnerable people.", CO, d(2021, 10, 18))
h("p19_r1", R_PEEL19, 9105, REC,
  "HMIC recommends that the force should immediately:agree arrangements with Warwickshire "
  "Police to secure a smooth transition to its future operating model, ensuring no "
  "disruption to public services; and", CO, d(2021, 10, 18))
h("p19_r2", R_PEEL19, 9106, REC,
  "HMIC recommends that the force should immediately:clearly define its new operating model, "
  "ensuring all operational and support services are affordable and fit to protect the "
  "communities of West Mercia;", CO, d(2021, 10, 18))
h("p19_r3", R_PEEL19, 9107, REC,
  "HMIC recommends that the force should immediately: expand the skills project work to "
  "include an assessment of all skills, not only operational, including potential future "
  "skills requirements. This assessment should inform workforce plans;", BP, d(2021, 10, 18))
h("p19_r4", R_PEEL19, 9108, REC,
  "HMIC recommends that the force should immediately: conduct a review, involving its "
  "partners, of the approach to vulnerability to better safeguard vulnerable people.", BP,
  d(2021, 10, 18))
h("p19_r5", R_PEEL19, 9109, REC,
  "HMIC recommends that the force should immediately:improve its arrangements both to consult "
  "with the public about business planning and to feed back on changes made to service "
  "delivery as a result of such consultation.", AR, d(2019, 5, 2))
h("p19_coc2", R_PEEL19, 9110, COC,
  "The force does not have the capacity or capability to investigate crime effectively and "
  "this is affecting the service being provided to the public. There are failings in the way "
  "that crimes are being investigated.", BP, d(2021, 10, 18))
h("p19_r6", R_PEEL19, 9111, REC,
  "HMIC recommends that the force should immediately: conduct a review of officers’ "
  "capabilities and capacity to manage their investigative workload, to better understand "
  "investigative demand and the pressures placed upon them; and", BP, d(2021, 10, 18))
h("p19_r7", R_PEEL19, 9112, REC,
  "HMIC recommends that within six months the force should: ensure regular and active "
  "supervision of the quality and progress of investigations. This supervision should be "
  "properly recorded;", BP, d(2021, 10, 18))
h("p19_r8", R_PEEL19, 9113, REC,
  "HMIC recommends that within six months the force should: improve its ability to retrieve "
  "digital evidence from mobile phones, computers and other electronic devices quickly enough "
  "to ensure investigations are not delayed;", BP, d(2021, 10, 18))
h("p19_r9", R_PEEL19, 9114, REC,
  "HMIC recommends that within six months the force should: improve its understanding of "
  "suspects released under investigation and the management of those released on bail;", AR,
  d(2019, 5, 2))
h("cdi_1", R_CDI19, 9620, REC, CDI_VICTIMS, BP, d(2020, 6, 30))
h("cdi_2", R_CDI19, 9621, REC,
  "Within three months, the force should provide call-handlers with specific, sound and "
  "comprehensible criteria against which they can assess threat, harm and risk.", CO,
  d(2020, 6, 30))
h("cdi_3", R_CDI19, 9622, REC,
  "Within six months the force should improve its use of its crime-recording and management "
  "system to better manage its case files and investigative processes.", BP, d(2020, 6, 30))
h("pow_1", R_POWERS, 10412, NAT,
  "By July 2022, forces should ensure that officers and staff have effective communication "
  "skills, in line with the National Policing Guidelines on Conflict Management. This should "
  "be in addition to existing training on conflict management and de-escalation.", BP,
  d(2023, 1, 16))
h("pow_2", R_POWERS, 10413, NAT,
  "By July 2021, forces should ensure that communication skills are reinforced as part of the "
  "programme of continuing professional development for officers and staff, and that "
  "supervisors are supported to routinely and frequently debrief officers on these skills "
  "using body-worn video footage.", CO, d(2023, 1, 16))
h("pow_3", R_POWERS, 10414, NAT, BWV_2021, BP, d(2023, 1, 16))
h("pow_4", R_POWERS, 10415, NAT,
  "By July 2021, forces should ensure they have effective internal monitoring processes on "
  "the use of force, to help them to identify and understand disproportionate use, explain "
  "the reasons and implement any necessary improvement action.", BP, d(2023, 1, 16))
h("cust", R_CUST22, 11305, REC,
  "Within six months West Mercia Police should, in conjunction with children’s social care "
  "services, review how it manages the detention of children. As a minimum it should:• "
  "ensure that all children are only detained when absolutely necessary and for the absolute "
  "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
  "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
  "with children’s social care services to achieve the most appropriate option for the "
  "child;• ensure that custody staff make a record of all actions taken and decisions made on "
  "the relevant documentation; and• improve the timeliness of adequate appropriate adult "
  "support for children who are arrested.", BP, d(2024, 2, 8))
h("p22_1", R_PEEL22, 10890, AFI,
  "The force should make sure it records reports of stalking and harassment accurately and "
  "without delay.", BP, d(2024, 5, 20))
h("p22_2", R_PEEL22, 10891, AFI,
  "The force should improve how it works with partner organisations to safeguard people at "
  "risk from child sexual exploitation.", BP, d(2024, 5, 20))
h("p22_3", R_PEEL22, 10892, AFI,
  "The force should make sure victims of domestic abuse are kept informed about the progress "
  "of their case, in line with the Code of Practice for Victims of Crime.", AR,
  d(2022, 9, 22))
h("p22_4", R_PEEL22, 10893, AFI,
  "The force should improve the timeliness of its response to calls for service involving "
  "people with mental ill health.", BP, d(2024, 5, 20))
h("p22_5", R_PEEL22, 10894, AFI,
  "The force should make sure it has enough specialist capacity and capability to "
  "investigate online child sexual abuse.", BP, d(2024, 5, 20))
h("p22_6", R_PEEL22, 10895, AFI,
  "The force should make sure its performance framework gives senior leaders a clear picture "
  "of its response to violence against women and girls.", CO, d(2025, 4, 11))
h("p22_7", R_PEEL22, 10896, AFI,
  "The force should ensure that it has sufficient resources available in the control room to "
  "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
  "wellbeing of its workforce.", BP, d(2024, 5, 20))
h("p22_8", R_PEEL22, 10897, AFI,
  "The force should make sure officers and staff have the training they need to identify and "
  "respond to hate crime.", BP, d(2024, 5, 20))
h("p25_coc", R_PEEL25, 12409, COC,
  "The size of the vetting backlog within West Mercia Police is a cause of concern.", BP,
  d(2025, 4, 11))
h("p25_r", R_PEEL25, 12410, REC,
  "Within six months the force should ensure all staff have received at least the lowest "
  "level of vetting clearance for their roles as quickly as possible, working to clear both "
  "the vetting backlog and new vetting renewals when they become due so that it complies "
  "fully with the national vetting guidelines.", BP, d(2025, 4, 11))
h("p25_1", R_PEEL25, 12411, AFI,
  "The force should make sure it provides a confidential way for staff to raise concerns and "
  "that staff are aware of whistleblowing processes.", AR, d(2025, 4, 11))
h("p25_2", R_PEEL25, 12412, AFI,
  "The force should review how it gathers and uses equality and diversity data to improve its "
  "understanding of its workforce demographics.", AR, d(2025, 4, 11))
h("p25_3", R_PEEL25, 12413, AFI,
  "The force should make sure investigations of rape and serious sexual offences are "
  "allocated to officers with the right skills and are effectively supervised.", AR,
  d(2025, 4, 11))
h("p25_4", R_PEEL25, 12414, AFI,
  "The force should improve the way it manages the risk posed by offenders involved in "
  "serious and organised crime.", AR, d(2025, 4, 11))
h("p25_5", R_PEEL25, 12415, AFI,
  "The force should improve its understanding of the nature and scale of fraud in its area.",
  AR, d(2025, 4, 11))
h("p25_6", R_PEEL25, 12416, AFI,
  "The force should make sure it has access to accurate data and analysis to support "
  "effective performance management.", AR, d(2025, 4, 11))

# --------------------------------------------------------------------------------------------
# Force side: leads (all names and addresses invented)
# --------------------------------------------------------------------------------------------
DOM = "@westmercia.police.uk"
LEADS = {
    # key: (Title, First_Name, Surname, Role, Greeting, active)
    "ainsworth": ("ACC", "Rachel", "Ainsworth", "Assistant Chief Constable (Local Policing)",
                  "Dear Ma'am", True),
    "bhatti": ("Det Ch Supt", "Imran", "Bhatti", "Head of Crime", "Dear Imran", True),
    "carrow": ("Ms", "Helen", "Carrow", "Head of People Services", "Dear Helen", True),
    "delahaye": ("Supt", "Mark", "Delahaye", "Contact & Control Room", "Dear Mark", True),
    "eccleston": ("Ch Insp", "Joanne", "Eccleston", "Custody & Criminal Justice", "Dear Jo",
                  True),
    "fairbairn": ("Mr", "Stuart", "Fairbairn", "Force Crime Registrar", "Dear Stuart", True),
    "gethin": ("Mr", "Owain", "Gethin", "Firearms Licensing Manager", "Dear Owain", True),
    "hollis": ("DCI", "Priya", "Hollis", "Public Protection (MSHT / CSE lead)", "Dear Priya",
               True),
    "kendrick": ("Ch Supt", "Paul", "Kendrick", "Head of Professional Standards", "Dear Paul",
                 True),
    "lomax": ("Ms", "Anne", "Lomax", "Head of Information Management", "Dear Anne", True),
    "marsh": ("Supt", "Daniel", "Marsh", "Stop & Search / Use of Force lead", "Dear Dan", True),
    "nuttall": ("Ms", "Gemma", "Nuttall", "Head of Finance & Change", "Dear Gemma", True),
    "oyelaran": ("DCI", "Tunde", "Oyelaran", "Digital Forensics Unit", "Dear Tunde", True),
    "pritchard": ("T/Supt", "Simon", "Pritchard", "Neighbourhood Policing & Partnerships",
                  "Dear Simon", True),
    "quayle": ("Ms", "Beverley", "Quayle", "Head of Learning & Development", "Dear Bev", True),
    "rowntree": ("DCC", "Alan", "Rowntree", "Deputy Chief Constable", "Dear Sir", True),
    "stannard": ("Ch Supt", "Claire", "Stannard", "LEFT FORCE 03/2025 - do not send",
                 "Dear Claire", False),
    "tasker": ("Supt", "Neil", "Tasker", "RETIRED 06/2025 - do not send", "Dear Neil", False),
    "whitcombe": ("Ms", "Laura", "Whitcombe", "Head of Corporate Communications",
                  "Dear Laura", True),
    "yardley": ("Insp", "Kevin", "Yardley", "Digital Policing Programme", "Dear Kevin", True),
}


def email(key):
    t = LEADS[key]
    return f"{t[1].lower()}.{t[2].lower()}{DOM}"


OPEN_WORDS = {"open", "opne", "in progress", "in progess", "not started"}
DONE_WORDS = {"complete", "compelte", "submitted for closure", "closed", "not for wmp"}


def force_state(status):
    s = status.strip().lower()
    if s in OPEN_WORDS:
        return "open"
    if s in DONE_WORDS:
        return "done"
    raise ValueError(status)


# Force items. Each entry: (hkeys, cats, why, common fields, [(lead, status, overrides)])
# hkeys: HMICFRS keys this row-group holds ([] = force only); cats: one category per hkey
# (or ["not_on_hmicfrs_list"]). Every row of the group gets one truth line per hkey.
ENTRIES: list[dict] = []


def E(hkeys, cats, why, no, rpt, rdt, typ, txt, rows, ref="", due="", upd="", last="",
      batch="main"):
    ENTRIES.append(dict(hkeys=hkeys, cats=cats, why=why, no=no, rpt=rpt, rdt=rdt, typ=typ,
                        txt=txt, rows=rows, ref=ref, due=due, upd=upd, last=last,
                        batch=batch))


# rows: list of (lead, status, dict of overrides such as send/upd/last/due)
E(["sas13_1"], ["in_sync"],
  "Same 2013 stop and search item (CCs and CoP to specify fair use in the S&S APP); no ref on "
  "the tracker, matched by text and report. HMICFRS Complete, tracker Closed: both closed.",
  3, "S&S 2013", "Jul 2013", "Nat Rec",
  "CCs & CoP to set out in the S&S APP a clear spec of what constitutes effective & fair "
  "exercise of S&S powers, & guidance. Compliant with Code of Practice.",
  [("marsh", "Closed", {})], due="n/a",
  upd="National action - APP published by CoP. Closed by HMI.", last="14/03/2016")
E(["sas13_2"], ["in_sync"],
  "2013 S&S monitoring item, reworded and cut at 200 characters; HMICFRS Complete, tracker "
  "'Complete ' (trailing space): both closed.",
  4, "S&S 2013", "Jul 2013", "Nat Rec",
  "CCs should establish or improve monitoring of the way officers stop & search people, so "
  "that they can be satisfied officers act in accordance with the law (incl. equality "
  "legislation & the Code of Practice), and that the power is used effectively to prevent "
  "crime, catch criminals & maintain public trust.",
  [("marsh", "Complete ", {})], due="n/a",
  upd="Monthly S&S scrutiny panel + BWV dip sampling in place.", last="02/11/2016")
E(["sas13_3"], ["closeable_local"],
  "2013 item 'in consultation with elected local policing bodies' (report S&S 2013); its 2015 "
  "twin says 'police and crime commissioners' and sits on another row. HMICFRS Superseded "
  "(closed), tracker 'In progress': the force closes its own entry.",
  5, "S&S 2013", "Jul 2013", "Nat Rec",
  "CCs should, in consultation with elected local policing bodies, ensure they comply with "
  "the code of practice by explaining to the public the way S&S powers are used in their "
  "areas & by making arrangements for S&S records to be scrutinised by community reps.",
  [("marsh", "In progress", {})], due="Mar-26",
  upd="Community scrutiny panel terms of reference being refreshed with OPCC.",
  last="06/10/2025")
E(["everyone"], ["in_sync"],
  "Everyone's business action plan item, text cut at 200 characters (bullets lost to the cut, "
  "not a disagreement). Joint leads: Stannard (left, switched off) and Hollis, both rows "
  "'Complete'; HMICFRS Complete: both closed.",
  7, "Everyone's Business (DA) 2014", "27.03.14", "Nat Rec", EVERYONE_PLAN,
  [("stannard", "Complete", {}), ("hollis", "Complete", {})], due="n/a",
  upd="DA action plan published Sept 2014; refreshed annually through DA Board. Closed by "
      "HMI Apr 2018.", last="30/04/2018")
E(["aust_1"], ["in_sync"],
  "Austerity item 1 (review savings plans); HMICFRS 'No further action required' (closed), "
  "tracker Closed.",
  9, "Policing in Austerity 2014", "22/07/2014", "Nat Rec",
  "All CCs & PCCs to review plans to deliver savings - continue to reduce crime & protect "
  "the front line while balancing budgets (use HMIC VfM profiles)",
  [("nuttall", "Closed", {})], due="n/a", upd="MTFP reviewed. NFA per HMI.", last="11/07/2017")
E(["aust_3"], ["closeable_local"],
  "Austerity item 3 (forces reducing front-line proportion to assess decisive action); "
  "HMICFRS 'No further action required' (closed), tracker Open: close locally.",
  11, "Policing in Austerity 2014", "22/07/2014", "Nat Rec",
  "CCs & PCCs in forces planning to reduce proportion of workforce/officers on front line to "
  "assess whether decisive action taken to maintain crime fighting capacity. HMIC to follow "
  "up in autumn.",
  [("nuttall", "Open", {})], due="TBC", upd="", last="19/01/2023")
E(["aust_4"], ["in_sync", ],
  "Austerity item 4 (next spending round, collaboration). Joint leads Nuttall and Rowntree, "
  "both 'In progress'; HMICFRS Being progressed: open on both sides.",
  12, "Policing in Austerity 2014", "22/07/2014", "Nat Rec",
  "Next spending round - review plans for collaboration; scope for better VfM & improved "
  "capability/capacity through joint working with other forces, the public and/or private "
  "sector",
  [("nuttall", "In progress", {}), ("rowntree", "In progress", {})], due="Mar-26",
  upd="Post-alliance collaboration options paper to go to Exec Board.", last="08/10/2025")
E(["core_1"], ["closeable_submit"],
  "Core Business THR criteria item ('Not later than 31 March 2015 ... forces using a threat, "
  "harm and risk policy'); its CDI 2019 look-alike is on other rows. HMICFRS Being progressed, "
  "tracker 'Submitted for closure': submit for closure.",
  14, "Core Business 2014", "Sep-14", "Nat Rec",
  "Not later than 31/03/15 forces using a THR policy (that have not yet done so) to provide "
  "call-handlers with specific, sound & comprehensible criteria to assess threat, harm & "
  "risk.",
  [("delahaye", "Submitted for closure", {})], due="Done",
  upd="THRIVE+ embedded in control room; evidence pack sent to OL 12/09/25.",
  last="12/09/2025")
E(["core_2"], ["in_sync"],
  "Core Business crime prevention recording item; HMICFRS Awaiting review, tracker Open.",
  15, "Core Business 2014", "Sep-14", "Nat Rec",
  "By 31 March 2015 all forces to ensure crime prevention/disruption activity is "
  "systematically recorded & evaluated to determine effectiveness of tactics",
  [("pritchard", "Open", {})], due="Dec-25",
  upd="Problem-solving database (POP) being rolled out to all SNTs.", last="29/09/2025")
E(["integ"], ["in_sync"],
  "Integrity matters NFA-misconduct fairness item (HMICFRS ref 902, none on tracker); "
  "HMICFRS Complete, tracker Complete.",
  16, "Integrity Matters 2015", "30/01/15", "Nat Rec",
  "By 31/08/15 CCs to satisfy themselves processes in place so misconduct investigations "
  "resulting in 'no further action' are fair & free of any discrimination",
  [("kendrick", "Complete", {})], due="n/a", upd="PSD disproportionality audit annual.",
  last="20/03/2017")
E(["sas15"], ["in_sync"],
  "2015 S&S twin ('in consultation with PCCs', report 'Stop & search powers 2'), told apart "
  "from the 2013 item by report and wording. Joint leads Marsh and Whitcombe, 'Open' and "
  "'Open ' (trailing space); HMICFRS Being progressed: open on both.",
  18, "Stop & search powers 2", "24/03/2015", "Nat Rec",
  "Chief constables should, in consultation with PCCs, ensure that they comply with the Code "
  "of Practice by explaining to the public the way S&S powers are used in their areas and by "
  "making arrangements for S&S records to be scrutinised by community reps. Involve those "
  "stopped & searched e.g. young people",
  [("marsh", "Open", {}), ("whitcombe", "Open ", {})], due="Mar-26",
  upd="Youth IAG session on S&S booked Nov 25; quarterly data now on website.",
  last="06/10/2025")
E(["pic"], ["closeable_submit"],
  "Building the picture APP-IM audit scrutiny item; HMICFRS Being progressed, tracker "
  "Complete: submit for closure.",
  19, "Building the Picture 2015", "01.07.15", "Nat Rec",
  "By 30/11/15 CCs to put in place arrangements to scrutinise audits of compliance with APP "
  "on information management through force IM governance structure incl. measures so "
  "categorisation of records regularly adjusted",
  [("lomax", "Complete", {})], due="n/a",
  upd="Information Assurance Board receives MoPI audit results quarterly. Ready to move to "
      "GREEN status.", last="15/08/2025")
E(["fa_1"], ["in_sync"],
  "Firearms licensing governance item; HMICFRS Complete, tracker Complete.",
  21, "Firearms licensing 2015", "15/09/2015", "Nat Rec",
  "Within 3 months CCs to assess how well governance of firearms licensing meets APP "
  "standards; where not complied with put correct arrangements in place immediately.",
  [("gethin", "Complete", {})], due="n/a", upd="Governance review done Dec 2015.",
  last="05/06/2017")
E(["fa_2"], ["conflict"],
  "Firearms licensing demand item, clearly the same ask, but the tracker says 'Within 6 "
  "months' where HMICFRS says 'Within three months': a timescale disagreement. (Both open.)",
  22, "Firearms licensing 2015", "15/09/2015", "Nat Rec",
  "Within 6 months, all CCs should assess the demand placed on their firearms licensing dept "
  "& ensure it has capacity to meet this demand & provide an efficient & effective service "
  "at all times.",
  [("gethin", "In progress", {})], due="Mar-26",
  upd="Backlog of renewals 640 (Sept). Additional FEOs recruited.", last="03/10/2025")
E(["fa_3", "fa_4"], ["in_sync", "closeable_submit"],
  "One tracker row holds two firearms items: 'total expired' records (HMICFRS 5562, "
  "Complete) and temporary permits (HMICFRS 5563, Being progressed). Tracker Complete: the "
  "first is closed on both (in_sync), the second is open at HMICFRS (closeable_submit).",
  23, "Firearms licensing 2015", "15/09/2015", "Nat Rec",
  "Total expired records + temporary permits: all approp. action taken on 'total expired' "
  "licensing records; temp permits per HO guidance & recorded on NFLMS without delay; no "
  "unlawful possession",
  [("gethin", "Complete", {})], due="n/a",
  upd="Both elements complete - weekly NFLMS expired report checked by supervisor.",
  last="03/10/2025")
E(["fa_5"], ["in_sync"],
  "Firearms holder flag at dispatch item. Joint leads Gethin and Delahaye, both 'Open'; "
  "HMICFRS Awaiting review.",
  24, "Firearms licensing 2015", "15/09/2015", "Nat Rec",
  "Within 3 months - systems to identify before attendance whether incident involves/is at "
  "address of a firearm certificate holder, applied by dispatch staff; officers understand "
  "risk assessment & power to seize firearms/certs",
  [("gethin", "Open", {}), ("delahaye", "Open", {})], due="Dec-25",
  upd="STORM flag linked to NFLMS - testing with IT.", last="03/10/2025")
# Stolen freedom leadership item split into four bullet rows
_sf_why = ("Stolen freedom leadership item split by the force into four bullet rows (61a-61d, "
           "scattered by surname sort). Every part is done (Complete, 'Compelte', Submitted "
           "for closure, Complete); HMICFRS Being progressed: submit for closure.")
for no, lead, st, t in [
    ("61a", "hollis", "Complete",
     "MSHT leadership & governance review (within 12 months) - (a) senior leaders prioritise "
     "the response to MSHT"),
    ("61b", "bhatti", "Compelte",
     "MSHT leadership (b) every MS incident allocated appropriate resources with skills, "
     "experience & capacity to investigate effectively"),
    ("61c", "hollis", "Submitted for closure",
     "MSHT leadership (c) effective partnership arrangements to co-ordinate activity, share "
     "info & safeguard victims"),
    ("61d", "nuttall", "Complete",
     "MSHT leadership (d) performance & QA measures so senior leaders can assess nature & "
     "quality of service to victims"),
]:
    E(["st_1"], ["closeable_submit"], _sf_why, no, "Stolen Freedom (MSHT) 2017", "24/10/17",
      "Nat Rec", t, [(lead, st, {})], ref="8211", due="n/a",
      upd="MSHT Board chaired by ACC Crime; part complete - evidence on shared drive.",
      last="17/09/2025")
E(["st_2"], ["closeable_submit"],
  "MSHT information-sharing agreements item (HMICFRS text carries a stray footnote '86'); "
  "ref 8212 on both. HMICFRS Being progressed, tracker Complete.",
  62, "Stolen Freedom (MSHT) 2017", "24/10/17", "Nat Rec",
  "Within 6 months - active ISAs with other agencies for speedy exchange of intelligence, to "
  "safeguard victims better & identify suspects as early as possible",
  [("hollis", "Complete", {})], ref="8212", due="n/a",
  upd="ISAs signed with 4 LAs, GLAA & Border Force.", last="17/09/2025")
E(["st_4"], ["closeable_local"],
  "MSHT NRM compliance item, ref 8214 on both. HMICFRS Complete (closed Sept 2023), tracker "
  "Open: close locally.",
  64, "Stolen Freedom (MSHT) 2017", "24/10/17", "Nat Rec",
  "Immediately - fully compliant with NRM process as it evolves; duty to notify HO of any "
  "individual suspected to be an adult victim of MSHT (MSA 2015 s52)",
  [("hollis", "Open", {})], ref="8214", due="Dec-25",
  upd="DtN audit shows 91% compliance.", last="17/09/2025")
E(["st_5"], ["in_sync"],
  "MSHT NCRS item, ref 8215. HMICFRS Being progressed, tracker 'In Progess' (typo): open.",
  65, "Stolen Freedom (MSHT) 2017", "24/10/17", "Nat Rec",
  "Immediately - comply fully with NCRS for MSHT offences; sufficient audit capacity for FCR "
  "to give reassurance re gaps in crime-recording accuracy",
  [("fairbairn", "In Progess", {})], ref="8215", due="Mar-26",
  upd="MSHT in FCR audit plan Q4.", last="01/10/2025")
E(["st_6"], ["in_sync"],
  "MSHT investigation and supervision item, ref 8216. Joint leads Hollis and Bhatti, both "
  "Open; HMICFRS Being progressed.",
  66, "Stolen Freedom (MSHT) 2017", "24/10/17", "Nat Rec",
  "Immediately - MSHT allegations thoroughly investigated & effectively supervised by teams "
  "with skills & experience (incl JITs & intel/evidence from agencies overseas)",
  [("hollis", "Open", {}), ("bhatti", "Open", {})], ref="8216", due="Mar-26",
  upd="", last="17/09/2025")
E(["st_7"], ["in_sync"],
  "MSHT preventative powers item, ref 8217; HMICFRS Awaiting review, tracker Open.",
  67, "Stolen Freedom (MSHT) 2017", "24/10/17", "Nat Rec",
  "Immediately - review use of preventative powers under MSA 2015 (STPOs/STROs) so "
  "opportunities to restrict activities of those posing a clear threat are exploited",
  [("hollis", "Open", {})], ref="8217", due="Mar-26",
  upd="STPO guidance issued; 3 orders obtained 2024/25.", last="17/09/2025")
E(["efc17"], ["in_sync"],
  "PEEL efficiency 2017 digital plan item, ref 8402. HMICFRS Superseded (closed), tracker "
  "Complete (done): closed on both, same report.",
  69, "PEEL Efficiency 17 (all forces)", "Nov-17", "Nat Rec",
  "By Sept 2018 CCs to produce an ambitious plan to improve digitally-enabled services "
  "within their force",
  [("yardley", "Complete", {})], ref="8402", due="n/a",
  upd="Digital strategy 2019-22 approved. HMI superseded Jul 21.", last="09/07/2021")
E(["leg_1"], ["in_sync"],
  "PEEL legitimacy 2017 S&S monitoring item, ref 8541, text cut at 200. HMICFRS Being "
  "progressed, tracker Open.",
  71, "PEEL Legit 17 S&S", "12/12/2017", "Nat Rec",
  "By July 2018 - regularly & frequently monitor a comprehensive set of S&S data to "
  "understand: reasons for disproportionality; find rates by ethnicity & search type (drugs "
  "possession/supply); prevalence of possession-only drug searches vs local priorities",
  [("marsh", "Open", {})], ref="8541", due="Mar-26",
  upd="Power BI S&S dashboard live; find-rate by ethnicity added Sept 25.", last="06/10/2025")
E(["leg_2"], ["closeable_submit"],
  "PEEL legitimacy 2017 disparities item, ref 8542. HMICFRS Being progressed, tracker "
  "Complete.",
  72, "PEEL Legit 17 S&S", "12/12/2017", "Nat Rec",
  "Where disparities identified through monitoring, demonstrate to public: research & "
  "analysis to understand reasons; action taken to reduce disparity where necessary",
  [("marsh", "Complete", {})], ref="8542", due="n/a",
  upd="Disproportionality research with university published 2024.", last="06/10/2025")
E(["leg_3"], ["in_sync"],
  "PEEL legitimacy 2017 annual publication item, ref 8543. Joint leads Marsh and Whitcombe, "
  "both Complete; HMICFRS Complete.",
  73, "PEEL Legit 17 S&S", "12/12/2017", "Nat Rec",
  "Publish the S&S analysis & any actions taken at least annually, from July 2018",
  [("marsh", "Complete", {}), ("whitcombe", "Complete", {})], ref="8543", due="n/a",
  upd="Annual S&S report on website each July.", last="14/02/2020")
E(["leg_4"], ["closeable_submit"],
  "PEEL legitimacy 2017 unconscious bias training item, ref 8544. HMICFRS Being progressed, "
  "tracker Complete.",
  74, "PEEL Legit 17 S&S", "12/12/2017", "Nat Rec",
  "By July 2018 and ongoing - all officers who use S&S powers trained on unconscious bias & "
  "CoP APP on S&S",
  [("quayle", "Complete", {})], ref="8544", due="n/a",
  upd="Completed. Evidence submitted to HMICFRS for closure.", last="22/09/2025")
E(["p19_coc1"], ["in_sync"],
  "PEEL 2018/19 cause of concern on the end of the Warwickshire alliance, ref 9104, type "
  "CoC on both. HMICFRS Complete, tracker Closed.",
  80, "PEEL 2018/19", "May-19", "CoC",
  "CoC - no suitable arrangements to maintain full range of public services when alliance "
  "with Warwickshire ends; gaps in workforce skills assessment; weaknesses in investigative "
  "approach & safeguarding",
  [("rowntree", "Closed", {})], ref="9104", due="n/a", upd="Closed by HMI Oct 21.",
  last="20/10/2021")
E(["p19_r1"], ["in_sync"],
  "PEEL 2018/19 rec: agree arrangements with Warwickshire, ref 9105. HMICFRS Complete, "
  "tracker Complete.",
  81, "PEEL 2018/19", "May-19", "Rec",
  "Immediately - agree arrangements with Warwickshire Police for smooth transition to future "
  "operating model, no disruption to public services",
  [("rowntree", "Complete", {})], ref="9105", due="n/a",
  upd="Alliance exit completed 1 Apr 2019.", last="20/10/2021")
E(["p19_r2"], ["closeable_local"],
  "PEEL 2018/19 rec: define the new operating model, ref 9106. HMICFRS Complete (closed Oct "
  "2021); both addressee rows (Rowntree, Nuttall) still 'In progress': close locally.",
  82, "PEEL 2018/19", "May-19", "Rec",
  "Immediately - clearly define new operating model, all operational & support services "
  "affordable & fit to protect the communities of West Mercia",
  [("rowntree", "In progress", {}), ("nuttall", "In progress", {})], ref="9106",
  due="Mar-26", upd="Operating model review phase 2 (FMS 2025).", last="08/10/2025")
E(["p19_r3"], ["closeable_submit"],
  "PEEL 2018/19 rec: expand the skills project, ref 9107. HMICFRS Being progressed, tracker "
  "Complete.",
  83, "PEEL 2018/19", "May-19", "Rec",
  "Immediately - expand skills project to assess all skills (not only operational) incl. "
  "future skills requirements; assessment to inform workforce plans",
  [("carrow", "Complete", {})], ref="9107", due="n/a",
  upd="Skills audit complete; feeds Strategic Workforce Plan 2025-28.", last="24/09/2025")
E(["p19_r4"], ["closeable_submit"],
  "PEEL 2018/19 rec: vulnerability review with partners, ref 9108. Two addressee rows: "
  "Stannard (left the force, row switched off, stale 'In progress' from before she left) and "
  "Hollis (current lead, 'Submitted for closure'). The live row governs: done. HMICFRS Being "
  "progressed: submit for closure, on both rows.",
  84, "PEEL 2018/19", "May-19", "Rec",
  "Immediately - conduct a review, involving partners, of the approach to vulnerability to "
  "better safeguard vulnerable people",
  [("stannard", "In progress",
    {"upd": "Vulnerability review with partners under way - report to FET Feb.",
     "last": "14/01/2025"}),
   ("hollis", "Submitted for closure", {})],
  ref="9108", due="Done",
  upd="Partnership vulnerability review signed off at Safeguarding Board 04/09/25. Evidence "
      "to OL.", last="10/09/2025")
E(["p19_r5"], ["in_sync"],
  "PEEL 2018/19 rec: consult the public on business planning, ref 9109. Joint leads "
  "Whitcombe and Pritchard, both Open; HMICFRS Awaiting review.",
  85, "PEEL 2018/19", "May-19", "Rec",
  "Immediately - improve arrangements to consult public on business planning & feed back on "
  "changes to service delivery as a result",
  [("whitcombe", "Open", {}), ("pritchard", "Open", {})], ref="9109", due="Mar-26",
  upd="'You said, we did' page drafted.", last="06/10/2025")
E(["p19_coc2"], ["in_sync"],
  "PEEL 2018/19 cause of concern on investigative capacity, ref 9110, CoC on both; HMICFRS "
  "Being progressed, tracker Open.",
  86, "PEEL 2018/19", "May-19", "CoC",
  "CoC - force does not have capacity or capability to investigate crime effectively; "
  "affecting service to the public. Failings in the way crimes are investigated.",
  [("bhatti", "Open", {})], ref="9110", due="Mar-26",
  upd="Investigation Standards Improvement Plan - see latest plan update.", last="07/10/2025")
E(["p19_r6"], ["in_sync"],
  "PEEL 2018/19 rec: review officers' investigative capability and workload, ref 9111. Two "
  "addressee rows: Bhatti (live) and Tasker (retired, switched off), both 'In progress'; "
  "HMICFRS Being progressed.",
  87, "PEEL 2018/19", "May-19", "Rec",
  "Immediately - review officers' capabilities & capacity to manage investigative workload, "
  "to understand investigative demand & pressures on them",
  [("bhatti", "In progress", {}), ("tasker", "In progress", {})], ref="9111", due="Mar-26",
  upd="Workload review of CID & PPU complete; response teams next.", last="07/10/2025")
E(["p19_r7"], ["conflict"],
  "PEEL 2018/19 rec: supervision of investigations. The text and report are this item's, "
  "but the tracker's HMI_Ref reads 9121 where HMICFRS has 9112 (digits transposed; 9121 is "
  "on no list): a reference disagreement. Both open.",
  88, "PEEL 2018/19", "May-19", "Rec",
  "Within 6 months - ensure regular & active supervision of the quality & progress of "
  "investigations. Supervision to be properly recorded",
  [("bhatti", "Open", {})], ref="9121", due="Dec-25",
  upd="Supervisory review template on Athena; compliance 72%.", last="07/10/2025")
E(["p19_r8"], ["in_sync"],
  "PEEL 2018/19 rec: digital evidence retrieval, ref 9113; HMICFRS Being progressed, tracker "
  "Open.",
  89, "PEEL 2018/19", "May-19", "Rec",
  "Within 6 months - improve ability to retrieve digital evidence from mobiles, computers & "
  "other devices quickly enough so investigations not delayed",
  [("oyelaran", "Open", {})], ref="9113", due="Mar-26",
  upd="Kiosk rollout to 6 hubs; backlog 210 devices.", last="02/10/2025")
E(["p19_r9"], ["in_sync"],
  "PEEL 2018/19 rec: suspects released under investigation, ref 9114. Joint leads Bhatti and "
  "Eccleston, both Open; HMICFRS Awaiting review.",
  90, "PEEL 2018/19", "May-19", "Rec",
  "Within 6 months - improve understanding of suspects RUI & management of those released on "
  "bail",
  [("bhatti", "Open", {}), ("eccleston", "Open", {})], ref="9114", due="Dec-25",
  upd="Bail Act changes - RUI reduction plan in place.", last="07/10/2025")
E(["cdi_1"], ["in_sync"],
  "CDI 2019 victims-believed item with five bullets, ref 9620, cut at 200 characters. Joint "
  "leads Fairbairn and Delahaye, both 'In progress'; HMICFRS Being progressed.",
  95, "CDI 2019", "10/09/2019", "Rec", CDI_VICTIMS,
  [("fairbairn", "In progress", {}), ("delahaye", "In progress", {})], ref="9620",
  due="Mar-26", upd="CDI audit Sept 25: 93% compliance; online triage still to do.",
  last="01/10/2025")
E(["cdi_2"], ["in_sync"],
  "CDI 2019 THR criteria item ('Within three months', ref 9621), the look-alike of the Core "
  "Business 2014 item, told apart by report and ref. Joint leads Fairbairn and Delahaye, both "
  "Complete; HMICFRS Complete.",
  96, "CDI 2019", "10/09/2019", "Rec",
  "Within 3 months - provide call-handlers with specific, sound & comprehensible criteria to "
  "assess threat, harm & risk",
  [("fairbairn", "Complete", {}), ("delahaye", "Complete", {})], ref="9621", due="n/a",
  upd="Closed by HMI June 2020.", last="02/07/2020")
E(["cdi_3"], ["conflict"],
  "CDI 2019 crime-recording system item, ref 9622 and text agree, but the tracker types it "
  "'AFI' where HMICFRS has Recommendation: a type disagreement. Both open.",
  97, "CDI 2019", "10/09/2019", "AFI",
  "Improve use of crime-recording & management system (Athena) to better manage case files "
  "& investigative processes - within 6 months",
  [("fairbairn", "Open", {})], ref="9622", due="Mar-26",
  upd="Athena case file QA dashboard in development.", last="01/10/2025")
E(["pow_1"], ["conflict"],
  "Police powers 2021 communication-skills item, ref 10412, but the tracker's deadline is "
  "'By July 2021' where HMICFRS says 'By July 2022': a deadline disagreement. Both open.",
  104, "Police powers spotlight (Feb 21)", "26/02/2021", "Nat Rec",
  "By July 2021, forces to ensure officers & staff have effective communication skills in "
  "line with National Policing Guidelines on Conflict Management - in addition to existing "
  "conflict mgmt/de-escalation training",
  [("quayle", "In progress", {})], ref="10412", due="Dec-25",
  upd="Conflict management refresher in PST 2025/26.", last="22/09/2025")
E(["pow_2"], ["in_sync"],
  "Police powers 2021 CPD/BWV debrief item, ref 10413. HMICFRS Complete, tracker Complete "
  "(the row still has Send_YN 'Y': the send flag is not the status).",
  105, "Police powers spotlight (Feb 21)", "26/02/2021", "Nat Rec",
  "By July 2021 - communication skills reinforced via CPD for officers & staff; supervisors "
  "supported to debrief officers using BWV footage",
  [("quayle", "Complete", {"send": "Y"})], ref="10413", due="n/a",
  upd="Closed by HMI Jan 23.", last="22/09/2025")
_bwv_why = ("Police powers 2021 body-worn video item (ref 10414) split by the force into three "
            "parts 106a-106c; part b has joint leads (Marsh, Kendrick). Parts a and b Complete, "
            "part c 'In progress': the item is still open; HMICFRS Being progressed: open on "
            "both.")
for no, leads_st, t in [
    ("106a", [("marsh", "Complete")],
     "BWV (a) record on BWV the entirety of all S&S encounters incl traffic stops & use of "
     "force incidents"),
    ("106b", [("marsh", "Complete"), ("kendrick", "Complete")],
     "BWV (b) structured process to review & monitor internally a sufficient sample of BWV "
     "footage, disseminate learning & hold officers to account"),
    ("106c", [("marsh", "In progress")],
     "BWV (c) external scrutiny panel members access to samples of BWV footage of S&S & use of "
     "force, taking account of safeguards in CoP APP"),
]:
    E(["pow_3"], ["in_sync"], _bwv_why, no, "Police powers spotlight (Feb 21)", "26/02/2021",
      "Nat Rec", t, [(l, s, {}) for l, s in leads_st], ref="10414", due="Mar-26",
      upd="Part (c): panel data-sharing agreement awaiting legal sign off.",
      last="06/10/2025")
E(["pow_4"], ["closeable_submit"],
  "Police powers 2021 internal monitoring of use of force, ref 10415. HMICFRS Being "
  "progressed, tracker 'Submitted for closure ' (trailing space).",
  107, "Police powers spotlight (Feb 21)", "26/02/2021", "Nat Rec",
  "By July 2021 - effective internal monitoring of use of force to identify & understand "
  "disproportionate use, explain reasons & implement improvement action",
  [("marsh", "Submitted for closure ", {})], ref="10415", due="Done",
  upd="UoF Scrutiny Board quarterly since 2022; evidence pack to OL.", last="06/10/2025")
E(["cust"], ["in_sync"],
  "Custody 2022 children-in-detention item, ref 11305, cut at 200; HMICFRS Being "
  "progressed, tracker 'In progress'.",
  112, "Custody inspection 2022", "Aug-22", "Rec",
  "Within six months West Mercia Police should, in conjunction with children’s social care "
  "services, review how it manages the detention of children. As a minimum it should:• "
  "ensure that all children are only detained when absolutely necessary",
  [("eccleston", "In progress", {})], ref="11305", due="Mar-26",
  upd="Concordat on children in custody signed with 3 of 4 LAs.", last="30/09/2025")
E(["p22_1"], ["in_sync"],
  "PEEL 2021/22 AFI: record stalking and harassment accurately, ref 10890; HMICFRS Being "
  "progressed, tracker Open.",
  115, "PEEL 21/22", "Sep-22", "AFI",
  "Make sure reports of stalking & harassment recorded accurately & without delay",
  [("fairbairn", "Open", {})], ref="10890", due="Mar-26",
  upd="S&H recording accuracy 88% (target 95%).", last="01/10/2025")
E(["p22_2"], ["closeable_submit"],
  "PEEL 2021/22 AFI: partnership work on child sexual exploitation, ref 10891; HMICFRS Being "
  "progressed, tracker Complete.",
  116, "PEEL 21/22", "Sep-22", "AFI",
  "Improve how we work with partner orgs to safeguard people at risk from CSE",
  [("hollis", "Complete", {})], ref="10891", due="n/a",
  upd="Joint CSE hub with 4 LAs live since April.", last="17/09/2025")
E(["p22_4"], ["in_sync"],
  "PEEL 2021/22 AFI: timeliness of response to mental ill health calls, ref 10893; HMICFRS "
  "Being progressed, tracker Open.",
  118, "PEEL 21/22", "Sep-22", "AFI",
  "Improve timeliness of response to calls for service involving people with mental ill "
  "health (RCRP)",
  [("delahaye", "Open", {})], ref="10893", due="Mar-26",
  upd="Right Care Right Person phase 3 Nov 25.", last="03/10/2025")
E(["p22_5"], ["in_sync"],
  "PEEL 2021/22 AFI: specialist capacity for online child sexual abuse, ref 10894. Joint "
  "leads Oyelaran and Hollis, both 'In progress'; HMICFRS Being progressed.",
  119, "PEEL 21/22", "Sep-22", "AFI",
  "Enough specialist capacity & capability to investigate online CSA (POLIT)",
  [("oyelaran", "In progress", {}), ("hollis", "In progress", {})], ref="10894",
  due="Mar-26", upd="POLIT uplift of 4 DCs approved.", last="02/10/2025")
E(["p22_6"], ["closeable_local"],
  "PEEL 2021/22 AFI: VAWG performance framework, ref 10895. Joint leads Nuttall and "
  "Ainsworth, both Open; HMICFRS Complete (closed April 2025): close locally.",
  120, "PEEL 21/22", "Sep-22", "AFI",
  "Performance framework to give senior leaders clear picture of response to VAWG",
  [("nuttall", "Open", {}), ("ainsworth", "Open", {})], ref="10895", due="Dec-25",
  upd="VAWG section in Force Performance pack from Q2.", last="08/10/2025")
E(["p22_7"], ["closeable_submit"],
  "PEEL 2021/22 AFI: control room resourcing and wellbeing, ref 10896; HMICFRS Being "
  "progressed, tracker Complete.",
  121, "PEEL 21/22", "Sep-22", "AFI",
  "Sufficient resources in the control room to fulfil resourcing model & meet demand, taking "
  "account of workforce wellbeing",
  [("delahaye", "Complete", {})], ref="10896", due="n/a",
  upd="Establishment at 100%; 999 answer 92% <10s.", last="03/10/2025")
E([], ["not_on_hmicfrs_list"],
  "The force's own action filed under PEEL 21/22 (stalking policy task & finish group, typed "
  "'Local'); HMICFRS asked only for accurate recording (ref 10890, its own row). Not on the "
  "HMICFRS list.",
  123, "PEEL 21/22", "Sep-22", "Local",
  "Force action - Task & Finish group to review the stalking and harassment policy and "
  "report to FET",
  [("fairbairn", "In progress", {})], due="Dec-25", upd="Draft policy out for consultation.",
  last="01/10/2025")
E([], ["not_on_hmicfrs_list"],
  "JAC action (VAWG measures in the performance pack), the force's own; two addressee rows "
  "(Nuttall, Pritchard), both Complete. Not on the HMICFRS list.",
  124, "JAC actions", "Jun-23", "Local",
  "JAC action: Add VAWG measures to the monthly Force Performance pack",
  [("nuttall", "Complete", {}), ("pritchard", "Complete", {})], due="n/a",
  upd="Done - in pack from July 23.", last="11/09/2023")
E([], ["not_on_hmicfrs_list"],
  "Internal audit action on firearms licensing governance: the force's own, not an HMICFRS "
  "item (the 2015 governance item is its own row).",
  125, "Internal Audit 2023/24", "Feb-24", "Local",
  "Internal audit action: Internal audit of the firearms licensing governance arrangements "
  "(audit plan 2023/24)",
  [("gethin", "Complete", {})], due="n/a", upd="Substantial assurance. Closed.",
  last="12/04/2024")
E([], ["not_on_hmicfrs_list"],
  "Police powers 2021 recommendation addressed to the Home Office and NPCC; the force logged "
  "it with status 'Not for WMP'. HMICFRS does not hold it against the force.",
  108, "Police powers spotlight (Feb 21)", "26/02/2021", "Nat Rec",
  "HO & NPCC to ensure quality of data on incidents where force used to effect a S&S is "
  "sufficient for publication; HO to publish asap",
  [("marsh", "Not for WMP", {})], due="n/a",
  upd="Not the force's responsibility to deliver; dependent upon another organisation.",
  last="15/03/2021")
# ---- later batch (below the typed divider): PEEL 2023-25 and a few others -----------------
E(["p25_coc"], ["in_sync"],
  "PEEL 2023-25 vetting-backlog cause of concern, ref 12409, CoC on both; HMICFRS Being "
  "progressed, tracker Open.",
  130, "PEEL 2023-25", "11/04/25", "CoC",
  "CoC - size of the vetting backlog within WMP",
  [("kendrick", "Open", {})], ref="12409", due="Oct-25",
  upd="Backlog 1,140 -> 610. Vetting Unit uplift.", last="07/10/2025", batch="late")
E(["p25_r"], ["in_sync"],
  "PEEL 2023-25 vetting recommendation, ref 12410. Joint leads Kendrick and Carrow, both 'In "
  "progress'; HMICFRS Being progressed.",
  131, "PEEL 2023-25", "11/04/25", "Rec",
  "Within 6 months - all staff to have at least lowest level of vetting clearance for role "
  "asap; clear backlog & renewals as due so fully compliant with national vetting guidelines",
  [("kendrick", "In progress", {}), ("carrow", "In progress", {})], ref="12410",
  due="Oct-25", upd="See CoC update.", last="07/10/2025", batch="late")
E(["p25_1"], ["in_sync"],
  "PEEL 2023-25 AFI: confidential reporting and whistleblowing, ref 12411; HMICFRS Awaiting "
  "review, tracker Open.",
  132, "PEEL 2023-25", "11/04/25", "AFI",
  "Confidential way for staff to raise concerns; staff aware of whistleblowing processes",
  [("kendrick", "Open", {})], ref="12411", due="Mar-26",
  upd="Integrity line relaunch planned Jan.", last="07/10/2025", batch="late")
E(["p25_2"], ["in_sync"],
  "PEEL 2023-25 AFI: equality and diversity data, ref 12412; HMICFRS Awaiting review, "
  "tracker 'Not started' (row switched off this month, Send_YN 'N', although open).",
  133, "PEEL 2023-25", "11/04/25", "AFI",
  "Review how we gather & use E&D data to improve understanding of workforce demographics",
  [("carrow", "Not started", {"send": "N"})], ref="12412", due="Jun-26", upd="",
  last="", batch="late")
E(["p25_3"], ["in_sync"],
  "PEEL 2023-25 AFI: RASSO allocation and supervision, ref 12413. Joint leads Bhatti and "
  "Hollis, both Open; HMICFRS Awaiting review.",
  134, "PEEL 2023-25", "11/04/25", "AFI",
  "Investigations of RASSO allocated to officers with right skills & effectively supervised",
  [("bhatti", "Open", {}), ("hollis", "Open", {})], ref="12413", due="Mar-26",
  upd="Op Soteria model adopted.", last="07/10/2025", batch="late")
E(["p25_5"], ["in_sync"],
  "PEEL 2023-25 AFI: nature and scale of fraud, ref 12415; HMICFRS Awaiting review, tracker "
  "Open.",
  136, "PEEL 2023-25", "11/04/25", "AFI",
  "Improve understanding of nature & scale of fraud in our area",
  [("bhatti", "Open", {})], ref="12415", due="Mar-26",
  upd="Fraud problem profile commissioned.", last="07/10/2025", batch="late")
E(["p25_6"], ["in_sync"],
  "PEEL 2023-25 AFI: accurate data for performance management, ref 12416; HMICFRS Awaiting "
  "review, tracker 'Opne' (typo).",
  137, "PEEL 2023-25", "11/04/25", "AFI",
  "Access to accurate data & analysis to support effective performance mgmt",
  [("nuttall", "Opne", {})], ref="12416", due="Mar-26", upd="", last="08/10/2025",
  batch="late")
E(["p22_8"], ["conflict"],
  "Hate crime training AFI: the text is word for word PEEL 2021/22 item 10897, and no "
  "PEEL 2023-25 item asks it, but the tracker filed it in the late batch under 'PEEL 2023-25' "
  "dated 11/04/25 with no ref: a report disagreement. Both open.",
  138, "PEEL 2023-25", "11/04/25", "AFI",
  "The force should make sure officers and staff have the training they need to identify and "
  "respond to hate crime.",
  [("quayle", "Open", {})], due="Mar-26", upd="Hate crime e-learning being refreshed.",
  last="22/09/2025", batch="late")
E([], ["not_on_hmicfrs_list"],
  "IOPC learning recommendation on pursuits, logged in the late batch: not an HMICFRS item.",
  139, "IOPC Learning the Lessons 2024", "Mar-25", "Local",
  "IOPC learning rec - review force pursuit policy & refresh TPAC training for response "
  "drivers",
  [("pritchard", "Open", {})], due="Mar-26", upd="Policy review started.",
  last="29/09/2025", batch="late")

MISSING = {
    "aust_2": "Austerity item 2 (forces delivering under 10% of savings through collaboration) "
              "is on the HMICFRS list (No further action required) but on no tracker row.",
    "st_3": "Stolen freedom section 45 defence item (Awaiting review) has no tracker row: "
            "nobody owns it.",
    "leg_coc": "PEEL legitimacy 2017 cause of concern (stop and search fairness) is on the "
               "HMICFRS list; the tracker carries only the recommendations under it.",
    "p22_3": "PEEL 2021/22 AFI on keeping domestic abuse victims informed (Awaiting review) "
             "has no tracker row.",
    "p25_4": "PEEL 2023-25 AFI on managing offenders in serious and organised crime (Awaiting "
             "review) was not carried into the late batch.",
}

# --------------------------------------------------------------------------------------------
# Layout of the force workbook
# --------------------------------------------------------------------------------------------
HEAD = ["Rec_No", "Send_YN", "Title", "First_Name", "Surname", "Role", "Email", "Greeting",
        "HMI_Ref", "Rpt_Nm", "Rpt_Dt", "Rec_Typ", "Rec_Txt", "Status", "Due_Dt", "Last_Upd",
        "Upd_Txt"]


def cut(s):
    return s[:CUT]


def build_rows():
    """Expand entries to one row per addressee, sort each batch by surname."""
    out = {"main": [], "late": []}
    for ei, e in enumerate(ENTRIES):
        for lead, status, ov in e["rows"]:
            t, fn, sn, role, greet, active = LEADS[lead]
            st = status
            state = force_state(st)
            send = ov.get("send", "Y" if (active and state == "open") else "N")
            rec = [e["no"], send, t, fn, sn, role, email(lead), greet, e["ref"], e["rpt"],
                   e["rdt"], e["typ"], cut(e["txt"]), st, e["due"],
                   ov.get("last", e["last"]), cut(ov.get("upd", e["upd"]))]
            out[e["batch"]].append((sn.lower(), str(e["no"]).zfill(6), rec, ei))
    for k in out:
        out[k].sort(key=lambda r: (r[0], r[1]))
    return out


def layout():
    """Return the sheet rows (list of lists) and a map Excel row -> entry index."""
    rows = [HEAD]
    rowmap = {}
    nonitems = {1: "header row (merge field names)"}
    test = [0, "Y", "Ms", "Test", "AAA_TEST", "Org Learning Team (merge test)",
            "orglearning.team" + DOM, "Dear Team", "", "TEST", "", "", "TEST RECORD - DO NOT "
            "DELETE. Keeps the merge fields formatted; goes to the team mailbox each month.",
            "", "", "", ""]
    rows.append(test)
    nonitems[2] = "TEST record kept at the top for the mail merge (sorts first as AAA_TEST)"
    b = build_rows()
    last_ecc = max(i for i, r in enumerate(b["main"]) if r[0] == "eccleston")
    for i, (sn, _, rec, ei) in enumerate(b["main"]):
        rows.append(rec)
        rowmap[len(rows)] = ei
        if i == last_ecc:
            # the record that sat after the last Eccleston row was cleared, leaving a blank row
            rows.append([""] * len(HEAD))
            nonitems[len(rows)] = "blank row: a record cleared with Delete (contents only)"
    rows.append(["***** PEEL 2023-25 + new items added 02/06/2025 - NOT SORTED IN YET "
                 "*****"] + [""] * (len(HEAD) - 1))
    nonitems[len(rows)] = "typed divider row before the batch added later"
    for sn, _, rec, ei in b["late"]:
        rows.append(rec)
        rowmap[len(rows)] = ei
    rows.append(["END"] + [""] * (len(HEAD) - 1))
    nonitems[len(rows)] = "END row: the merge's stop marker"
    return rows, rowmap, nonitems


LETTER = [
    "OL MONTHLY CHASE - letter wording (Word doc: OL_Monthly_Chase_v7.docx; data source = "
    "this workbook, sheet MergeData; filter Send_YN = Y)",
    "",
    "«Title» «First_Name» «Surname»",
    "«Role»",
    "",
    "«Greeting»,",
    "",
    "HMICFRS «Rec_Typ» - «Rpt_Nm» («Rpt_Dt»)      Our ref: OL/«Rec_No»      HMICFRS ref: "
    "«HMI_Ref»",
    "",
    "«Rec_Txt»",
    "",
    "Current status: «Status»      Due: «Due_Dt»      Last update received: «Last_Upd»",
    "Last update: «Upd_Txt»",
    "",
    "Please send a short update on progress against the above to the Organisational Learning "
    "mailbox by the 20th of this month. If you believe the recommendation is complete, please "
    "attach the evidence so that we can submit it to HMICFRS for closure.",
    "",
    "Where a recommendation has more than one lead, each lead receives their own copy; please "
    "agree one joint response.",
    "",
    "Kind regards,",
    "Organisational Learning Team, Strategic Planning & Change",
    "",
    "NOTE FOR WHOEVER RUNS THE MERGE: Rec_Txt and Upd_Txt are cut to 200 characters (=LEFT(,200) "
    "then paste values) - longer text breaks the table in the letter. Full wording is on the "
    "HMICFRS portal. Keep dates as text or Word turns them into US format.",
]

STATUS_KEY = [
    ("Status", "Meaning", "Send letter?"),
    ("Not started", "Allocated, no work yet", "Y"),
    ("Open", "Work under way or awaiting update", "Y"),
    ("In progress", "Work under way", "Y"),
    ("Submitted for closure", "Lead says complete; evidence with OL to submit to HMICFRS", "N"),
    ("Complete", "Complete - evidence held", "N"),
    ("Closed", "Closed by HMICFRS", "N"),
    ("Not for WMP", "Directed at another body - no force action", "N"),
]


def write_tracker(path):
    rows, rowmap, nonitems = layout()
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "OL monthly chase data source", "author": "Org Learning",
                       "company": "West Mercia Police", "created": FIXED})
    wb.set_calc_mode("auto")
    bold = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1})
    txt = wb.add_format({"num_format": "@"})
    wrap = wb.add_format({"num_format": "@", "text_wrap": True, "valign": "top"})
    div = wb.add_format({"bold": True, "font_color": "#C00000", "bg_color": "#FFFF00"})
    ws = wb.add_worksheet("MergeData")
    widths = [7, 8, 10, 11, 12, 30, 34, 12, 8, 26, 10, 8, 60, 18, 9, 11, 50]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w, wrap if c in (12, 16) else txt)
    for r, rec in enumerate(rows):
        for c, v in enumerate(rec):
            if r == 0:
                ws.write_string(r, c, v, bold)
            elif v == "" or v is None:
                continue
            elif isinstance(v, int):
                ws.write_number(r, c, v)
            else:
                fmt = div if str(rec[0]).startswith("*****") else None
                ws.write_string(r, c, v, fmt) if fmt else ws.write_string(r, c, v)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(rows) - 1, len(HEAD) - 1)

    wl = wb.add_worksheet("Letter_Text")
    wl.set_column(0, 0, 110, wb.add_format({"text_wrap": True}))
    for i, line in enumerate(LETTER):
        if line:
            wl.write_string(i, 0, line)

    wk = wb.add_worksheet("Status_Key")
    wk.set_column(0, 0, 22)
    wk.set_column(1, 1, 60)
    wk.set_column(2, 2, 13)
    for i, r in enumerate(STATUS_KEY):
        for j, v in enumerate(r):
            wk.write_string(i, j, v, bold if i == 0 else None)
    wk.write_string(len(STATUS_KEY) + 1, 0,
                    "Send_YN is set by hand each month: Y = include in this month's merge. It "
                    "is not the status.")

    wld = wb.add_worksheet("Leads")
    lh = ["Title", "First_Name", "Surname", "Role", "Email", "Greeting", "Active", "PA / notes"]
    for j, v in enumerate(lh):
        wld.write_string(0, j, v, bold)
    notes = {"stannard": "Left force 03/2025 - items passed to DCI Hollis",
             "tasker": "Retired 06/2025 - items passed to Det Ch Supt Bhatti",
             "rowntree": "PA: Sandra (DCC office) - copy in",
             "carrow": "Chase via HR business partner if no reply"}
    for i, key in enumerate(sorted(LEADS, key=lambda k: LEADS[k][2])):
        t, fn, sn, role, greet, active = LEADS[key]
        vals = [t, fn, sn, role, email(key), greet, "Y" if active else "N", notes.get(key, "")]
        for j, v in enumerate(vals):
            if v:
                wld.write_string(i + 1, j, v)
    for j, w in enumerate([10, 11, 12, 40, 34, 12, 7, 45]):
        wld.set_column(j, j, w)
    wb.close()
    return rows, rowmap, nonitems


HSHEET = "Recommendations"


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "Definitive list export", "author": "HMICFRS monitoring",
                       "created": FIXED})
    ws = wb.add_worksheet(HSHEET)
    bold = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                          "text_wrap": True, "valign": "top"})
    title = wb.add_format({"bold": True, "font_size": 13})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    ws.write_string(0, 0, f"HMICFRS recommendations monitoring – definitive list: {FORCE}",
                    title)
    ws.write_string(1, 0, "Extracted 03/11/2025 09:00. Includes recommendations, areas for "
                          "improvement and causes of concern held against the force.")
    heads = ["Force", "Report title", "Publication date", "Recommendation ID", "Type",
             "Recommendation text", "Status", "Status date"]
    for j, v in enumerate(heads):
        ws.write_string(3, j, v, bold)
    keys = sorted(HORDER, key=lambda k: (H[k][0][1], H[k][1]))
    hrow = {}
    for i, k in enumerate(keys):
        (rep, pub), ref, typ, text, st, sd = H[k]
        r = 4 + i
        ws.write_string(r, 0, FORCE, top)
        ws.write_string(r, 1, rep, wrap)
        ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), datef)
        ws.write_number(r, 3, ref, top)
        ws.write_string(r, 4, typ, top)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, st, top)
        ws.write_datetime(r, 7, dt.datetime.combine(sd, dt.time()), datef)
        hrow[k] = f"{HSHEET}!{r + 1}"
    for j, w in enumerate([20, 45, 13, 14, 22, 90, 18, 12]):
        ws.set_column(j, j, w)
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, 3 + len(keys), len(heads) - 1)
    wb.close()
    return hrow, len(keys)


def write_readme(hrow, nh, rows, rowmap, nonitems, truth):
    byentry = {}
    for xr, ei in sorted(rowmap.items()):
        byentry.setdefault(ei, []).append(xr)

    def fr(hk):
        """Excel rows of every tracker row carrying HMICFRS item hk."""
        out = []
        for ei, e in enumerate(ENTRIES):
            if hk in e["hkeys"]:
                out += byentry[ei]
        return ", ".join(str(x) for x in sorted(out))

    def no_rows(no):
        out = []
        for ei, e in enumerate(ENTRIES):
            if e["no"] == no:
                out += byentry[ei]
        return ", ".join(str(x) for x in sorted(out))

    def hr(hk):
        return hrow[hk].split("!")[1]

    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    item_rows = sorted(rowmap)
    late = [x for x in item_rows if x > max(k for k, v in nonitems.items() if "divider" in v)]
    main_rows = [x for x in item_rows if x not in late]
    joint = []
    for ei, e in enumerate(ENTRIES):
        if len(e["rows"]) > 1:
            joint.append(f"Rec_No {e['no']} (rows {', '.join(map(str, byentry[ei]))})")
    left = [str(x) for x in item_rows if rows[x - 1][4] in ("Stannard", "Tasker")]
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]
    div = [k for k, v in nonitems.items() if "divider" in v][0]
    blank = [k for k, v in nonitems.items() if "blank" in v][0]
    end = [k for k, v in nonitems.items() if "END" in v][0]
    L = []
    a = L.append
    a(f"# {CASE}")
    a("")
    a("Round 83, case A: a force-side layout. The force tracker is the data source of a mail merge.")
    a("")
    a("## The story")
    a("")
    a("West Mercia Police's Organisational Learning (OL) team sends every lead a monthly \"please "
      "update\" letter for each HMICFRS item they own, by Word mail merge (Outlook as the "
      "sender). The merge's data source, a workbook with one sheet `MergeData`, has over the "
      "years become the team's only working tracker. So it is laid out for the merge, not for "
      "reconciliation: the header is a row of merge field names (underscores, cut short), the "
      "addressee's fields (title, first name, surname, role, email, greeting) come before the "
      "item's fields, and there is one row per addressee per item, so an item with joint leads "
      "sits on two rows, and a lead who left keeps a row switched off. The team sorts the sheet "
      "by the lead's surname so each lead's letters come out together; a TEST record named "
      "`AAA_TEST` is kept at the top so it sorts first and goes to the team mailbox. A batch "
      "of PEEL 2023-25 items was pasted under a typed divider in June 2025 and never sorted in. "
      "Text is cut to 200 characters because longer fields break the letter's table; dates are "
      "typed as text so Word does not turn them into US dates. `Send_YN` says only whether a "
      "letter goes this month. `Rec_No` is the team's own running number (OL/<n> on the letter), "
      "not an HMICFRS reference; `HMI_Ref` holds the HMICFRS reference where the team recorded "
      "one (from 2017 on). All names, roles and addresses are invented; the force, the reports "
      "and the recommendation wording are real.")
    a("")
    a("The HMICFRS side is an ordinary definitive-list export of the items HMICFRS holds "
      f"against West Mercia Police ({nh} items, national and force-level), as at 3 November "
      "2025.")
    a("")
    a("## The files")
    a("")
    a("- `hmicfrs.xlsx`, one sheet `Recommendations`. Row 1 title, row 2 extract note, row 3 "
      f"blank, row 4 header, rows 5-{4 + nh} items ({nh}), sorted by publication date then ID. "
      "Columns: `Force`, `Report title`, `Publication date` (real dates, dd/mm/yyyy), "
      "`Recommendation ID` (number), `Type` (National recommendation, Recommendation, Area for "
      "improvement, Cause of concern), `Recommendation text` (verbatim, with line breaks, "
      "bullets, curly quotes and stray footnote digits such as '86' and '20'), `Status` "
      "(Awaiting review, Being progressed, Complete, Superseded, No further action required), "
      "`Status date`.")
    a(f"- `tracker.xlsx`, four sheets. `MergeData`: header row 1, then rows 2-{len(rows)}; "
      f"{len(item_rows)} item rows: {main_rows[0]}-{main_rows[-1]} except {blank} (main block, "
      f"sorted by surname) and {late[0]}-{late[-1]} (late batch, sorted by surname within "
      "itself). Columns: `Rec_No`, `Send_YN`, `Title`, `First_Name`, `Surname`, `Role`, "
      "`Email`, `Greeting`, `HMI_Ref`, `Rpt_Nm`, `Rpt_Dt`, `Rec_Typ`, `Rec_Txt`, `Status`, "
      "`Due_Dt`, `Last_Upd`, `Upd_Txt`. Every cell except `Rec_No` is text (column format @); "
      "`Rec_No` is a number except the split parts (`61a`, `106b`, text). `Letter_Text` (the "
      "letter's wording with «merge fields», and the note about the 200-character cut), "
      "`Status_Key` (the team's status words and whether a letter goes) and `Leads` (the "
      "addressee list with Active Y/N) hold no items.")
    a("- `truth.csv` (UTF-8, `hmicfrs_row,force_row,category,why`), this `README.md`.")
    a("")
    a("## What the layout brings (MergeData rows)")
    a("")
    a(f"1. Header on row 1 is merge field names: `Rpt_Nm`, `Rec_Txt`, `Rec_Typ`, `HMI_Ref`, "
      "`Upd_Txt`; six addressee columns come before any item column.")
    a("2. Row 2 is the TEST record (`Rec_No` 0, Surname `AAA_TEST`, `Send_YN` Y, `Rpt_Nm` "
      "TEST): not an item.")
    a("3. One row per addressee per item. Items with joint leads: " + "; ".join(joint) + ". "
      "Each of these rows has its own truth line, the same `hmicfrs_row` and the same category.")
    a(f"4. Leads who left keep their rows, switched off (`Send_YN` N, `Role` 'LEFT FORCE "
      f"03/2025 - do not send' / 'RETIRED 06/2025 - do not send'): rows {', '.join(left)}. "
      f"Row {fr('p19_r4').split(', ')[-1]} (Stannard, item 9108) still says 'In progress' "
      "with her last update from January 2025, while the live lead's row "
      f"{fr('p19_r4').split(', ')[0]} (Hollis) says 'Submitted for closure' from September "
      "2025: the stale switched-off row does not decide the item.")
    a("5. Sorted by surname, not by report: the same report's items are scattered, and the "
      f"parts of a split item are far apart (61a-61d on rows {no_rows('61a')}, {no_rows('61b')}, "
      f"{no_rows('61c')}, {no_rows('61d')}).")
    a(f"6. Row {blank} is blank: a record cleared with Delete (its Rec_No is gone too). "
      f"Row {div} is a typed divider ('***** PEEL 2023-25 + new items added 02/06/2025 - NOT "
      f"SORTED IN YET *****') before the late batch, rows {late[0]}-{late[-1]}. Row {end} is "
      "`END`, the merge's stop marker.")
    a("7. `Rec_Txt` and `Upd_Txt` are cut at exactly 200 characters (e.g. rows "
      f"{fr('everyone')}, {fr('cdi_1')}, {fr('cust')}), so long texts lose their last bullets "
      "mid-word. That is the merge's cut, not a disagreement: it never makes a conflict.")
    a("8. Dates are typed text in mixed styles: `Rpt_Dt` 'Jul 2013', '27.03.14', "
      "'22/07/2014', 'Sep-14', '24/10/17', 'May-19'; `Last_Upd` dd/mm/yyyy text; `Due_Dt` "
      "'Mar-26', 'TBC', 'n/a', 'Done'.")
    a("9. `Status` is free text with typos and trailing spaces: 'Open', 'Open ', 'Opne', "
      "'In progress', 'In Progess', 'Not started' (open); 'Complete', 'Complete ', 'Compelte', "
      "'Submitted for closure', 'Submitted for closure ', 'Closed', 'Not for WMP' (done; "
      "'Not for WMP' = directed at another body). The key is on `Status_Key`.")
    a(f"10. `Send_YN` is not the status: open row {fr('p25_2')} (item 12412, 'Not started') "
      f"is N this month, done row {fr('pow_2')} (item 10413, Complete) is still Y, and the "
      "TEST row is Y.")
    a("11. `Rec_No` (3-139, repeated on every addressee row of an item, letters for split "
      "parts) is the team's running number; it is no HMICFRS ID (those are 902-12416). "
      "`HMI_Ref` is blank for the pre-2017 national items and for the force's own rows.")
    a("")
    a("## Traps and how the truth decides them")
    a("")
    a(f"- **Missing from the force** (5): HMICFRS rows {', '.join(hr(k) for k in MISSING)}: "
      "austerity item 3411 (closed NFA, but still missing), Stolen freedom s45 defence 8213, "
      "the PEEL legitimacy 2017 cause of concern 8540 (the tracker holds only the "
      "recommendations under it), PEEL 2021/22 AFI 10892, PEEL 2023-25 AFI 12414 (not carried "
      "into the late batch).")
    a("- **Force only** (not_on_hmicfrs_list): the force's own stalking-policy action under PEEL "
      f"21/22 (row {no_rows(123)}), a JAC action with two addressees (rows {no_rows(124)}), an "
      f"internal-audit action (row {no_rows(125)}), the police-powers recommendation addressed "
      f"to the Home Office and NPCC marked 'Not for WMP' (row {no_rows(108)}), an IOPC "
      f"learning recommendation in the late batch (row {no_rows(139)}).")
    a(f"- **Split over rows**: Stolen freedom leadership 8211 (HMICFRS row {hr('st_1')}) is "
      f"split into four bullet rows 61a-61d (rows {fr('st_1')}), all done, HMICFRS Being "
      "progressed: closeable_submit on all four. Police powers body-worn video 10414 (HMICFRS "
      f"row {hr('pow_3')}) is split into parts 106a-106c, part b with two addressees (rows "
      f"{fr('pow_3')}); part c is 'In progress', so the item is open: in_sync on all four.")
    a(f"- **One row holding two items**: row {fr('fa_3')} ('Total expired records + temporary "
      f"permits') holds firearms items 5562 (HMICFRS row {hr('fa_3')}, Complete) and 5563 "
      f"(row {hr('fa_4')}, Being progressed); tracker Complete: in_sync for 5562, "
      "closeable_submit for 5563 (two truth lines for the one row).")
    a("- **Closed on one side**: HMICFRS closed, force open (closeable_local): 2203 Superseded "
      f"(row {fr('sas13_3')}), 3412 NFA (row {fr('aust_3')}), 8214 Complete (row "
      f"{fr('st_4')}), 9106 Complete (rows {fr('p19_r2')}), 10895 Complete (rows "
      f"{fr('p22_6')}). HMICFRS open, force done (closeable_submit): 4822, 5120, 5563, 8211, "
      "8212, 8542, 8544, 9107, 9108, 10415, 10891, 10896.")
    a(f"- **Mistyped reference**: row {fr('p19_r7')} has `HMI_Ref` 9121 for the supervision "
      f"recommendation HMICFRS lists as 9112 (row {hr('p19_r7')}); 9121 is on no list and the "
      "text, report and date are 9112's: matched, conflict (reference).")
    a(f"- **Other conflicts**: firearms demand 5561 (row {fr('fa_2')}) says 'Within 6 months' "
      f"for HMICFRS's 'Within three months'; CDI 2019 item 9622 (row {fr('cdi_3')}) typed "
      f"'AFI' for a Recommendation; police powers 10412 (row {fr('pow_1')}) says 'By July 2021' "
      f"for 'By July 2022'; hate crime training AFI 10897 (row {fr('p22_8')}) is word for word "
      "the PEEL 2021/22 item but filed in the late batch under 'PEEL 2023-25', dated 11/04/25, "
      "with no ref (no PEEL 2023-25 item asks it): report conflict. All five are open on both "
      "sides, so the disagreement is the only finding.")
    a(f"- **Look-alikes told apart**: 2013 S&S item 2203 ('elected local policing bodies', row "
      f"{fr('sas13_3')}) vs 2015 item 2698 ('police and crime commissioners', rows "
      f"{fr('sas15')}), by report name and wording; Core Business 4822 ('Not later than 31 March "
      f"2015 ... forces using a threat, harm and risk policy', row {fr('core_1')}) vs CDI 2019 "
      f"9621 ('Within three months', rows {fr('cdi_2')}), by report, date and ref.")
    a(f"- **Superseded vs Complete**: 8402 (row {fr('efc17')}) is Superseded at HMICFRS and "
      "Complete on the tracker, same report: closed on both, in_sync.")
    a("- No line is `review`: every pair can be decided from the two rows.")
    a("")
    a("## Counts (truth lines)")
    a("")
    a("| category | lines |")
    a("|---|---|")
    for c in cats:
        a(f"| {c} | {counts.get(c, 0)} |")
    a(f"| total | {len(truth)} |")
    a("")
    a(f"{len(item_rows)} tracker item rows give {len(item_rows) + 1} lines (row {fr('fa_3')} "
      f"twice); 5 HMICFRS items have no tracker row. All {nh} HMICFRS rows appear at least once.")
    a("")
    a("## Rows that are not items")
    a("")
    a("- `hmicfrs.xlsx` `Recommendations`: row 1 (title), row 2 (extract note), row 3 (blank), "
      "row 4 (header).")
    for k, v in sorted(nonitems.items()):
        a(f"- `tracker.xlsx` `MergeData` row {k}: {v}.")
    a("- `tracker.xlsx` sheets `Letter_Text`, `Status_Key`, `Leads`: no items (letter wording, "
      "status key, addressee list).")
    a("")
    a("## Checks run")
    a("")
    a("- The builder asserts that every HMICFRS item is covered (matched or missing), that no "
      "missing item also has a row, and that each non-conflict category follows from the two "
      "statuses aggregated over all of an item's rows (the switched-off stale row of row "
      f"{fr('p19_r4').split(', ')[-1]} excepted).")
    a("- Read back with pandas (openpyxl engine) and openpyxl: every `MergeData` row with a "
      "Surname other than AAA_TEST is in truth.csv exactly once (row "
      f"{fr('fa_3')} twice), no non-item row is; every `Recommendations` row 5-{4 + nh} is in "
      "truth.csv; every truth provenance points at an existing row; IDs in truth agree with "
      "the `Recommendation ID` and `HMI_Ref` cells described above.")
    a("- Built twice: every file identical (sha256).")
    a("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


def main():
    os.makedirs(OUT, exist_ok=True)
    hrow, nh = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    rows, rowmap, nonitems = write_tracker(os.path.join(OUT, "tracker.xlsx"))
    truth = []
    covered = set()
    for xr in sorted(rowmap):
        e = ENTRIES[rowmap[xr]]
        for hk, cat in zip(e["hkeys"] or [None], e["cats"]):
            truth.append((hrow[hk] if hk else "", f"MergeData!{xr}", cat, e["why"]))
            if hk:
                covered.add(hk)
    for hk in HORDER:
        if hk in MISSING:
            assert hk not in covered, hk
            truth.append((hrow[hk], "", "missing_from_force", MISSING[hk]))
            covered.add(hk)
    assert covered == set(HORDER), set(HORDER) - covered
    # sanity: categories agree with the two statuses, aggregated over every row of an item
    fstates = {}
    for e in ENTRIES:
        for hk in e["hkeys"]:
            for lead, s, _ in e["rows"]:
                if hk == "p19_r4" and lead == "stannard":
                    continue  # stale row of the lead who left; the live row governs
                fstates.setdefault(hk, set()).add(force_state(s))
    for e in ENTRIES:
        for hk, cat in zip(e["hkeys"], e["cats"]):
            if cat == "conflict":
                continue
            hs = "closed" if H[hk][4] in (CO, SU, NFA) else "open"
            fs = "open" if "open" in fstates[hk] else "done"
            want = {("open", "open"): "in_sync", ("closed", "done"): "in_sync",
                    ("open", "done"): "closeable_submit",
                    ("closed", "open"): "closeable_local"}[(hs, fs)]
            assert want == cat, (hk, hs, fs, cat)
    # split parts: BWV item is open overall because part c is open
    truth.sort(key=lambda t: (int(t[1].split("!")[1]) if t[1] else 10**6,
                              int(t[0].split("!")[1]) if t[0] else 0))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    write_readme(hrow, nh, rows, rowmap, nonitems, truth)
    print(f"hmicfrs items {nh}")
    for k, v in sorted(nonitems.items()):
        print(f"nonitem MergeData!{k}: {v}")
    print(f"force item rows {len(rowmap)} (rows {min(rowmap)}-{max(rowmap)})")

if __name__ == "__main__":
    main()
