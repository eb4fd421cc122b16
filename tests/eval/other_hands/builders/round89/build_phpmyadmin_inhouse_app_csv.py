"""Builder for case phpmyadmin_inhouse_app_csv (round 89, case C).

Force side: a phpMyAdmin CSV export of the force's in-house PHP/MySQL "HMICFRS Recommendations
Tracker" intranet app (one row per database record, joined to reports and users).
HMICFRS side: the register's ordinary xlsx export.
Deterministic: no clock, no randomness; XlsxWriter with fixed document properties.
"""
import csv
import datetime as dt
import io
import os

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "phpmyadmin_inhouse_app_csv")
FORCE = "Cheshire Constabulary"

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------- HMICFRS texts (literals)
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
    "to the victim or the wider public are identified and appropriately managed.")
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk "
    "had not been identified, even where good information was available on the police "
    "database. In some cases there was information to indicate that children were at risk of "
    "sexual exploitation, but this did not influence the assigned risk and categorisation. "
    "Children were incorrectly graded at a lower level and could have been exposed to an "
    "increased risk of harm. This is an enduring cause of concern from HMIC’s report on "
    "vulnerability in 2015.")
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual exploitation "
    "and how to respond to such cases; and • supervisors provide the correct oversight of "
    "missing person enquiries and direct appropriate and timely investigative and safeguarding "
    "action")
DETENTION = (
    "Within six months Cheshire Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")

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
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26))
R_EFF16 = ("PEEL: Police effectiveness 2016 – Cheshire Constabulary", dt.date(2017, 3, 2))
R_EFY17 = ("PEEL: Police efficiency 2017 – Cheshire Constabulary", dt.date(2017, 11, 9))
R_NCPI = ("National child protection inspection 2018 – Cheshire Constabulary", dt.date(2018, 6, 14))
R_PEEL19 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cheshire Constabulary", dt.date(2019, 5, 2))
R_CDI = ("Crime data integrity inspection 2019 – Cheshire Constabulary", dt.date(2019, 9, 19))
R_PEEL22 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cheshire Constabulary", dt.date(2022, 4, 28))

D = dt.date
# key, register id, report, type, text, status, status date
H = [
    ("sas13_1", 1123, R_SAS13, NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", "Complete", D(2016, 4, 11)),
    ("sas13_2", 1124, R_SAS13, NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", "Complete", D(2016, 4, 11)),
    ("sas13_3", 1125, R_SAS13, NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", "Superseded", D(2015, 3, 24)),
    ("everyone", 2321, R_EVERY, NAT, EVERYONE_PLAN, "Complete", D(2015, 6, 30)),
    ("aust_1", 2702, R_AUST, NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", "Complete", D(2015, 11, 2)),
    ("aust_2", 2703, R_AUST, NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", "Superseded", D(2015, 11, 2)),
    ("aust_3", 2704, R_AUST, NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", "Superseded", D(2015, 11, 2)),
    ("aust_4", 2705, R_AUST, NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", "Complete", D(2016, 1, 18)),
    ("core_1", 4822, R_CORE, NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Complete", D(2016, 2, 29)),
    ("core_2", 4823, R_CORE, NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "Being progressed", D(2023, 10, 5)),
    ("integrity", 902, R_INTEG, NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "No further action required", D(2017, 8, 14)),
    ("sas15", 5206, R_SAS15, NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", "Being progressed", D(2022, 3, 9)),
    ("picture", 5581, R_PIC, NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "Complete", D(2018, 5, 21)),
    ("fire_1", 5940, R_FIRE, NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "Complete", D(2016, 6, 3)),
    ("fire_2", 5941, R_FIRE, NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "Being progressed", D(2023, 10, 5)),
    ("fire_3", 5942, R_FIRE, NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "Complete", D(2016, 6, 3)),
    ("fire_4", 5943, R_FIRE, NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "Being progressed", D(2021, 7, 1)),
    ("fire_5", 5944, R_FIRE, NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "Awaiting review", D(2015, 9, 15)),
    ("stolen_1", 8301, R_STOLEN, NAT, SF_LEADERSHIP, "Being progressed", D(2023, 10, 5)),
    ("stolen_2", 8302, R_STOLEN, NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", "Complete", D(2019, 7, 22)),
    ("stolen_3", 8303, R_STOLEN, NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "Being progressed", D(2020, 2, 12)),
    ("stolen_4", 8304, R_STOLEN, NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "Being progressed", D(2020, 2, 12)),
    ("stolen_5", 8305, R_STOLEN, NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "Being progressed", D(2020, 2, 12)),
    ("stolen_6", 8306, R_STOLEN, NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "Being progressed", D(2020, 2, 12)),
    ("stolen_7", 8307, R_STOLEN, NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "Being progressed", D(2020, 2, 12)),
    ("efc17", 8412, R_EFC17, NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", "Being progressed", D(2022, 3, 9)),
    ("leg17_coc", 8540, R_LEG17, COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.", "Being progressed", D(2022, 3, 9)),
    ("leg17_1", 8541, R_LEG17, NAT, SAS_MONITORING_2017, "Being progressed", D(2022, 3, 9)),
    ("leg17_2", 8542, R_LEG17, NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "Being progressed", D(2022, 3, 9)),
    ("leg17_3", 8543, R_LEG17, NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "Complete", D(2019, 9, 30)),
    ("leg17_4", 8544, R_LEG17, NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "Complete", D(2019, 9, 30)),
    ("powers_1", 11237, R_POWERS, NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "Being progressed", D(2023, 10, 5)),
    ("powers_2", 11238, R_POWERS, NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "Awaiting review", D(2021, 2, 26)),
    ("powers_3", 11239, R_POWERS, NAT, BWV_2021, "Being progressed", D(2023, 10, 5)),
    ("powers_4", 11240, R_POWERS, NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", "No further action required", D(2021, 6, 14)),
    ("powers_5", 11241, R_POWERS, NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "Being progressed", D(2023, 10, 5)),
    ("eff16_coc", 7412, R_EFF16, COC, MISSING_COC, "Complete", D(2018, 11, 26)),
    ("eff16_rec", 7413, R_EFF16, REC, MISSING_REC, "Complete", D(2018, 11, 26)),
    ("eff16_afi", 7414, R_EFF16, AFI, "The force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.", "Superseded", D(2019, 5, 2)),
    ("efy17_1", 8455, R_EFY17, AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public", "Being progressed", D(2022, 3, 9)),
    ("efy17_2", 8456, R_EFY17, AFI, "The force should develop its understanding of the links between its outcomes, outputs and costs", "Being progressed", D(2022, 3, 9)),
    ("efy17_3", 8457, R_EFY17, AFI, "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", "Awaiting review", D(2017, 11, 9)),
    ("ncpi_1", 9120, R_NCPI, REC, DETENTION, "Being progressed", D(2021, 7, 1)),
    ("ncpi_2", 9121, R_NCPI, REC, "Immediately, the force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.", "Complete", D(2020, 1, 20)),
    ("p19_coc", 9688, R_PEEL19, COC, "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.", "Being progressed", D(2023, 10, 5)),
    ("p19_1", 9689, R_PEEL19, REC, "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and", "Complete", D(2021, 3, 15)),
    ("p19_2", 9690, R_PEEL19, REC, "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.", "Being progressed", D(2023, 10, 5)),
    ("p19_3", 9691, R_PEEL19, REC, "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;", "Being progressed", D(2023, 10, 5)),
    ("p19_4", 9692, R_PEEL19, REC, "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;", "Being progressed", D(2023, 10, 5)),
    ("p19_5", 9693, R_PEEL19, REC, "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;", "Being progressed", D(2023, 10, 5)),
    ("p19_6", 9694, R_PEEL19, REC, "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;", "Complete", D(2021, 3, 15)),
    ("p19_vcoc", 9695, R_PEEL19, COC, "The size of the vetting backlog within Cheshire Constabulary is a cause of concern.", "Complete", D(2021, 3, 15)),
    ("p19_vrec", 9696, R_PEEL19, REC, "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.", "Complete", D(2021, 3, 15)),
    ("cdi_1", 10154, R_CDI, REC, CDI_VICTIMS, "Being progressed", D(2023, 10, 5)),
    ("cdi_2", 10155, R_CDI, REC, "Within three months, the force should take steps to ensure it fully complies with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking.", "Awaiting review", D(2019, 9, 19)),
    ("p22_1", 12870, R_PEEL22, AFI, "The force should improve its understanding of the nature and scale of county lines drug dealing in its area.", "Being progressed", D(2023, 10, 5)),
    ("p22_2", 12871, R_PEEL22, AFI, "The force should make sure investigations of rape and serious sexual offences are allocated to officers with the right skills and are effectively supervised.", "Being progressed", D(2023, 10, 5)),
    ("p22_3", 12872, R_PEEL22, AFI, "The force should make sure victims of stalking and harassment are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.", "Being progressed", D(2023, 10, 5)),
    ("p22_4", 12873, R_PEEL22, AFI, "The force should improve how it gathers, assesses and acts on intelligence about serious and organised crime.", "Awaiting review", D(2022, 4, 28)),
    ("p22_5", 12874, R_PEEL22, AFI, "The force should make sure officers and staff have the training they need to identify and respond to honour-based abuse.", "Being progressed", D(2023, 10, 5)),
]
HKEY = {h[0]: h for h in H}
HROW = {h[0]: i + 2 for i, h in enumerate(H)}          # header on row 1

# ---------------------------------------------------------------- force-side furniture
CP1252 = {}
for b in range(256):
    try:
        CP1252[b] = bytes([b]).decode("cp1252")
    except UnicodeDecodeError:          # MySQL latin1 maps the 5 holes to C1 controls
        CP1252[b] = chr(b)


def moji(s):
    """UTF-8 text stored through a latin1 connection and read back as UTF-8."""
    return "".join(CP1252[b] for b in s.encode("utf-8"))


def hsc(s):
    """PHP htmlspecialchars(ENT_QUOTES) as the app applied it on save."""
    return (s.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#039;")
            .replace("<", "&lt;").replace(">", "&gt;"))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


OWNERS = {3: "ACC Crime", 4: "ACC Local Policing", 5: "Det Ch Supt Force CID",
          7: "Head of Professional Standards", 8: "Ch Supt Public Protection",
          11: "Head of Corporate Development", 12: "Force Crime Registrar",
          14: "Supt Firearms Licensing", 15: "Head of Learning & Development",
          17: "Ch Insp Custody", 19: "Director of Finance", 21: "Supt Contact Centre",
          23: "Head of Information Management", 2: "admin"}
REPORTS = {1: "Stop & Search powers (HMIC 2013)", 2: "Domestic abuse - Everyone's business",
           3: "Policing in Austerity 2014", 4: "Core business", 5: "Integrity matters",
           6: "Stop & search powers 2", 7: "Information management (Building the Picture)",
           8: "Firearms licensing 2015", 9: "PEEL Eff 16", 10: "PEEL Legitimacy 2016",
           11: "Stolen Freedom (MSHT) 2017", 12: "PEEL Efficiency 17",
           13: "PEEL Efficiency 2017 - national", 14: "PEEL Legit 17 S&S", 15: "NCPI 2018",
           16: "PEEL 2018/19", 17: "CDI 2019", 18: "Police powers spotlight (Feb 21)",
           19: "PEEL 21-22", 20: "Internal audit", 21: "JAC actions"}

NULL = None  # written as the bare word NULL (phpMyAdmin "Replace NULL with: NULL")


def T(d, t="09:00:00"):
    return f"{d} {t}"


# Each record: (keys, id, report_id, hmicfrs_ref, rec_type, summary, full_text, owner_id,
#               status, rag, target_date, date_completed, submitted, latest_update_html,
#               is_deleted, created_at, updated_at)
F = [
    (["sas13_1"], 14, 1, "1123", "national", "S&S APP – specification of effective & fair use", moji("Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect."), 3, "complete", "B", "2014-01-31", T("2016-03-30", "14:12:09"), 1, "<p>APP published by CoP. Force policy aligned &ndash; closed.</p>", 0, T("2016-02-08", "10:41:17"), T("2016-04-12", "08:03:55")),
    (["sas13_2"], 15, 1, NULL, "national", "Monitoring of stop and search by officers", moji("Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust."), 3, "complete", "B", "0000-00-00", T("2016-03-30", "14:13:40"), 1, "<p>S&amp;S dashboard live. Monthly scrutiny at Legitimacy Board.</p>", 0, T("2016-02-08", "10:43:02"), T("2016-04-12", "08:04:21")),
    (["sas13_3"], 16, 1, NULL, "national", "Explain S&S to public / community scrutiny (2013)", moji("Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives."), 4, "in_progress", "A", "0000-00-00", NULL, 0, "<p>Scrutiny panel terms of reference being refreshed with OPCC.</p>", 0, T("2016-02-08", "10:44:51"), T("2023-06-19", "15:27:08")),
    (["everyone"], 17, 2, "2321", "national", "DA action plan – establish & publish", moji(EVERYONE_PLAN), 8, "complete", "B", "2014-09-30", T("2016-02-08", "11:02:33"), 1, "<p>Published on force website Sept 2014.<br />\r\nRefreshed annually via DA Board.</p>", 0, T("2016-02-08", "11:02:33"), T("2016-02-08", "11:02:33")),
    (["aust_1"], 18, 3, NULL, "national", "Review savings plans (VfM profiles)", moji("All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets."), 19, "complete", "B", "0000-00-00", T("2016-02-08", "11:05:10"), 1, "<p>MTFP 2015-19 agreed.</p>", 0, T("2016-02-08", "11:05:10"), T("2016-02-08", "11:05:10")),
    (["aust_3"], 20, 3, NULL, "national", "Front line reductions – assess decisive action", moji("Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity."), 19, "in_progress", "A", "0000-00-00", NULL, 0, "<p>Picked up in workforce plan.</p>", 0, T("2016-02-08", "11:07:45"), T("2017-01-10", "09:15:31")),
    (["aust_4"], 21, 3, "2705", "national", "Collaboration plans – next spending round", moji("In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector."), 19, "complete", "B", "0000-00-00", T("2016-02-08", "11:09:02"), 1, NULL, 0, T("2016-02-08", "11:09:02"), T("2016-02-08", "11:09:02")),
    (["core_1"], 22, 4, "4822", "national", "THRIVE criteria for call handlers", moji("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk."), 21, "complete", "B", "2015-03-31", T("2016-02-08", "11:11:40"), 1, "<p>THRIVE embedded in control room.</p>", 0, T("2016-02-08", "11:11:40"), T("2016-02-08", "11:11:40")),
    (["core_2"], 23, 4, "4823", "national", "Record & evaluate crime prevention / disruption activity", moji("By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed."), 4, "awaiting_signoff", "G", "2015-03-31", NULL, 1, "<p>Disruption tactics now recorded on Niche (OCG disruption log) and evaluated quarterly.</p>\r\n<p>Evidence pack sent to HMICFRS FLL 14/09/2023 &ndash; awaiting sign off.</p>", 0, T("2016-02-08", "11:13:05"), T("2023-09-14", "16:40:12")),
    (["integrity"], 24, 5, "902", "national", "Misconduct NFA – fairness & discrimination", moji("By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination."), 7, "complete", "B", "2015-08-31", T("2016-05-03", "12:00:00"), 1, "<p>PSD dip sample process in place.</p>", 0, T("2016-02-08", "11:15:27"), T("2016-05-03", "12:00:00")),
    (["sas15"], 25, 6, NULL, "national", "S&S – explain to public & community scrutiny (2015)", moji("Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives."), 4, "in_progress", "G", "2024-03-31", NULL, 0, "<p>On track. Youth panel pilot in Warrington &amp; Chester.</p>", 0, T("2016-02-08", "11:18:14"), T("2023-11-02", "10:02:46")),
    (["picture"], 26, 7, "5581", "national", "Scrutinise APP IM audits via IM governance", moji("By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure."), 23, "in_progress", "A", "2015-11-30", NULL, 0, "<p>IM Board to receive audit schedule.</p>", 0, T("2016-02-08", "11:20:59"), T("2018-02-12", "13:47:20")),
    (["fire_1"], 27, 8, NULL, "national", "Firearms licensing – governance vs APP", NULL, 14, "complete", "B", "2015-12-15", T("2016-05-20", "10:30:00"), 1, "<p>Governance review completed. Complies with APP.</p>", 0, T("2016-02-08", "11:23:12"), T("2016-05-20", "10:30:00")),
    (["fire_2"], 28, 8, NULL, "national", "FEL demand & capacity", moji("Within six months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times."), 14, "in_progress", "R", "2016-03-15", NULL, 0, "<p>Backlog of renewals remains. Business case for 3 x FEO posts.</p>", 0, T("2016-02-08", "11:24:30"), T("2023-08-01", "11:19:04")),
    (["fire_3", "fire_4"], 29, 8, "5942", "national", "Total expired records & temporary permits", moji("Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.\n\nWithin three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.").replace("\n", "\r\n"), 14, "complete", "B", "2015-12-15", T("2016-05-20", "10:31:44"), 1, "<p>Both parts complete &ndash; NFLMS audit done, temp permit process re-written.</p>", 0, T("2016-02-08", "11:26:03"), T("2016-05-20", "10:31:44")),
    (["eff16_coc"], 41, 9, "7412", "cause_of_concern", "CoC – missing & absent children", moji(MISSING_COC), 8, "complete", "B", "0000-00-00", T("2018-10-31", "17:05:00"), 1, "<p>Absent category removed. All missing children now graded medium risk minimum.</p>", 0, T("2017-03-06", "09:12:40"), T("2018-11-27", "08:45:19")),
    (["eff16_rec"], 42, 9, "7413", "recommendation", "Missing children – review approach", moji("To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases").replace("\n", "\r\n"), 8, "complete", "B", "2017-03-31", T("2018-10-31", "17:06:12"), 1, "<p>Training delivered to all call takers (CSE risk factors).</p>", 0, T("2017-03-06", "09:15:02"), T("2018-11-27", "08:46:03")),
    (["eff16_afi"], 43, 9, NULL, "afi", "DASH – supervision of initial risk assessment", moji("The force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases."), 8, "in_progress", "A", "2017-09-30", NULL, 0, "<p>DA Matters training rolled out. Dip sampling by PPU sergeants.</p>", 0, T("2017-03-06", "09:18:27"), T("2019-01-08", "14:22:50")),
    (["stolen_1"], 52, 11, "8301", "national", "MSHT leadership & governance (1 of 2)", moji("Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;").replace("\n", "\r\n"), 5, "complete", "B", "2018-10-24", T("2018-09-28", "12:10:00"), 0, "<p>MSHT Gold group chaired by ACC Crime. All MSHT crimes allocated to CID.</p>", 0, T("2017-10-30", "10:05:12"), T("2018-09-28", "12:10:00")),
    (["stolen_1"], 53, 11, "8301", "national", "MSHT leadership & governance (2 of 2)", moji("• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.").replace("\n", "\r\n"), 5, "in_progress", "A", "2018-10-24", NULL, 0, "<p>Partnership anti-slavery network set up. Performance framework &ndash; QA measures not yet agreed.</p>", 0, T("2017-10-30", "10:06:40"), T("2023-07-04", "09:55:31")),
    (["stolen_2"], 54, 11, "8302", "national", "MSHT information-sharing agreements", moji("Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible"), 5, "complete", "B", "2018-04-24", T("2019-06-30", "16:00:00"), 1, "<p>ISAs signed with LA, UKBF &amp; GLAA.</p>", 0, T("2017-10-30", "10:08:19"), T("2019-07-23", "08:30:02")),
    (["stolen_3"], 55, 11, NULL, "national", "s45 defence – early consideration", moji("Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence."), 5, "complete", "B", "2017-10-24", T("2022-11-30", "11:45:00"), 0, "<p>s45 guidance issued to CID &amp; custody. CPS liaison agreed. Complete.</p>", 0, T("2017-10-30", "10:09:55"), T("2022-11-30", "11:45:00")),
    (["stolen_4"], 56, 11, NULL, "national", "NRM compliance / duty to notify", moji("Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking."), 5, "in_progress", "G", "2017-10-24", NULL, 0, "<p>DtN compliance audit due Q4.</p>", 0, T("2017-10-30", "10:11:21"), T("2023-10-11", "15:02:44")),
    (["stolen_5"], 57, 11, NULL, "national", "NCRS compliance for MSHT + FCR audit capacity", moji("Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar."), 12, "closed_by_hmicfrs", "B", "2017-10-24", T("2020-03-02", "10:00:00"), 1, "<p>FCR confirmed audit in place. Understood closed by HMICFRS at CDI re-visit.</p>", 0, T("2017-10-30", "10:12:48"), T("2020-03-02", "10:00:00")),
    (["stolen_6"], 58, 11, NULL, "national", "MSHT investigations – skills & supervision", moji("Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas)."), 5, "awaiting_signoff", "G", "2017-10-24", NULL, 1, "<p>Submitted for closure 02/10/2023.</p>", 0, T("2017-10-30", "10:14:10"), T("2023-10-02", "12:31:26")),
    (["stolen_7"], 59, 11, "8306", "national", "Preventative powers (STPO/STRO)", moji("Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited."), 5, "not_started", "R", "2017-10-24", NULL, 0, NULL, 0, T("2017-10-30", "10:15:37"), T("2017-10-30", "10:15:37")),
    (["efy17_1"], 61, 12, NULL, "afi", "Understand current & future demand", moji("The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand."), 11, "in_progress", "A", "2018-11-30", NULL, 0, "<p>FMS 2023 demand chapter drafted.</p>", 0, T("2017-11-13", "09:01:56"), T("2023-05-22", "10:48:13")),
    (["efy17_2"], 62, 12, NULL, "afi", "Outcomes, outputs & costs", moji("The force should develop its understanding of the links between its outcomes, outputs and costs"), 19, "in_progress", "G", "2018-11-30", NULL, 0, "<p>Priority based budgeting work &ndash; on track.</p>", 0, T("2017-11-13", "09:03:30"), T("2023-05-22", "10:49:40")),
    (["efy17_3"], 63, 12, "8457", "afi", "Future workforce plan", moji("The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them."), 15, "awaiting_signoff", "G", "2018-11-30", NULL, 1, "<p>Strategic Workforce Plan 2023-27 approved at COG.<br />\r\nEvidence to FLL for closure.</p>", 0, T("2017-11-13", "09:05:11"), T("2023-09-01", "14:14:14")),
    (["efc17"], 64, 13, "8412", "national", "Digital services plan", moji("By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force."), 23, "in_progress", "A", "2018-09-30", NULL, 0, "<p>Digital Strategy refresh.</p>", 0, T("2017-11-13", "09:08:47"), T("2022-12-05", "11:00:31")),
    (["leg17_coc"], 66, 14, "8540", "recommendation", "S&S – reasonable & fair / BAME over-representation", moji("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain."), 4, "in_progress", "A", "0000-00-00", NULL, 0, "<p>Disproportionality analysis to Legitimacy Board.</p>", 0, T("2017-12-14", "15:30:22"), T("2023-03-14", "09:10:10")),
    (["leg17_1"], 67, 14, "8541", "national", "S&S data monitoring (disproportionality, find rates, drugs)", moji(SAS_MONITORING_2017), 4, "complete", "B", "2018-07-31", T("2022-06-30", "16:20:00"), 0, "<p>Power BI S&amp;S app covers all three bullets. Complete.</p>", 0, T("2017-12-14", "15:32:08"), T("2022-06-30", "16:20:00")),
    (["leg17_2"], 68, 14, "8542", "national", "Disparities – research & action", moji("Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;").replace("\n", "\r\n"), 4, "in_progress", "A", "2018-07-31", NULL, 0, "<p>Academic partnership with Univ. of Chester.</p>", 0, T("2017-12-14", "15:33:51"), T("2023-03-14", "09:11:42")),
    (["leg17_3"], 69, 14, "8543", "national", "Publish analysis annually", moji("We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018."), 4, "complete", "B", "2018-07-31", T("2019-08-15", "09:00:00"), 1, "<p>Published annually on website.</p>", 0, T("2017-12-14", "15:35:20"), T("2019-08-15", "09:00:00")),
    (["ncpi_1"], 75, 15, "9120", "recommendation", "Detention of children – review with CSC", moji(DETENTION), 17, "complete", "B", "2018-12-14", T("2023-04-28", "13:13:13"), 0, "<p>Joint protocol with CSC signed.</p><ul><li>PACE beds</li><li>AA timeliness monitored</li></ul>", 0, T("2018-06-18", "10:20:00"), T("2023-04-28", "13:13:13")),
    (["ncpi_2"], 76, 15, "9121", "recommendation", "Supervision of investigations (NCPI)", moji("Immediately, the force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service."), 5, "complete", "B", "2018-06-14", T("2020-01-10", "10:00:00"), 1, "<p>Investigation plan template mandated on Niche.</p>", 0, T("2018-06-18", "10:22:31"), T("2020-01-21", "09:00:45")),
    ([], 77, 10, NULL, "afi", "Whistleblowing – confidential route & awareness", moji("The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes."), 7, "complete", "B", "2017-06-30", T("2018-03-01", "12:00:00"), 1, "<p>Integrity line (Bad Apple) relaunched.</p>", 0, T("2018-07-02", "11:40:09"), T("2018-07-02", "11:40:09")),
    (["p19_coc"], 88, 16, "9688", "cause_of_concern", "CoC – capacity & capability to investigate", moji("The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated."), 5, "in_progress", "A", "0000-00-00", NULL, 0, "<p>Investigation Improvement Plan &ndash; see Gold minutes.</p>", 0, T("2019-05-07", "08:55:00"), T("2023-10-30", "16:01:19")),
    (["p19_1"], 89, 16, "9689", "recommendation", "Review officers' investigative workload", moji("HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them"), 5, "in_progress", "A", "2019-06-30", NULL, 0, "<p>Workload tool piloted.</p>", 0, T("2019-05-07", "08:57:12"), T("2020-11-30", "12:34:56")),
    (["p19_2"], 90, 16, NULL, "recommendation", "Vulnerability review with partners", moji("HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people."), 8, "complete", "B", "2019-06-30", T("2022-02-28", "15:00:00"), 0, "<p>Vulnerability review complete &ndash; report to LSCB/LSAB.</p>", 0, T("2019-05-07", "08:58:44"), T("2022-02-28", "15:00:00")),
    (["p19_3"], 91, 16, NULL, "recommendation", "Skills project – all skills incl. future", moji("HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements."), 15, "in_progress", "G", "2019-06-30", NULL, 0, "<p>Skills audit module in HR system.</p>", 0, T("2019-05-07", "09:00:19"), T("2023-07-17", "10:10:10")),
    (["p19_4"], 92, 16, NULL, "recommendation", "Supervision of investigations (PEEL 18/19)", moji("HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations."), 5, "in_progress", "A", "2019-11-02", NULL, 0, NULL, 0, T("2019-05-07", "09:01:50"), T("2023-07-17", "10:12:03")),
    (["p19_5"], 93, 16, "9693", "recommendation", "Digital evidence retrieval – DFU backlog", moji("HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;"), 5, "not_started", "R", "2019-11-02", NULL, 0, "<p>Awaiting DFU restructure.</p>", 0, T("2019-05-07", "09:03:27"), T("2021-01-11", "08:20:00")),
    (["p19_6"], 94, 16, "9694", "recommendation", "RUI & bail management", moji("HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;"), 3, "complete", "B", "2019-11-02", T("2021-02-26", "16:45:00"), 1, "<p>RUI review team in place.</p>", 0, T("2019-05-07", "09:05:02"), T("2021-03-16", "08:00:00")),
    (["p19_vrec"], 95, 16, "9696", "recommendation", "Vetting – clear backlog / renewals", moji("The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines."), 7, "complete", "B", "2019-11-02", T("2021-02-26", "16:50:00"), 1, "<p>Backlog cleared Jan 2021.</p>", 0, T("2019-05-07", "09:06:38"), T("2021-03-16", "08:01:10")),
    ([], 101, 2, NULL, "recommendation", "TEST - please ignore", "test", 2, "not_started", NULL, "0000-00-00", NULL, 0, NULL, 1, T("2019-08-20", "16:02:11"), T("2019-08-20", "16:03:40")),
    (["cdi_1"], 104, 17, NULL, "recommendation", "CDI – victims believed, incident logs, multiple crimes etc.", moji(CDI_VICTIMS).replace("\n", "\r\n"), 12, "in_progress", "A", "2020-03-19", NULL, 0, "<p>CDI Improvement Plan. Bullets 1-3 complete, 4 &amp; 5 in progress.</p>", 0, T("2019-09-23", "14:00:03"), T("2023-10-30", "16:05:55")),
    (["powers_1"], 131, 18, "11237", "national", "Communication skills – conflict management", moji("By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management."), 15, "in_progress", "A", "2022-07-31", NULL, 0, "<p>OST package being rewritten.</p>", 0, T("2021-03-01", "10:00:00"), T("2023-08-08", "09:30:00")),
    (["powers_2"], 132, 18, "11238", "national", "CPD – comms skills & BWV debriefs", moji("By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage."), 15, "complete", "B", "2021-07-31", T("2022-01-31", "12:00:00"), 0, "<p>CPD day content delivered.</p>", 0, T("2021-03-01", "10:01:30"), T("2022-01-31", "12:00:00")),
    (["powers_3"], 133, 18, "11239", "national", "BWV – record entirety of S&S encounters (a)", moji("By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents."), 4, "complete", "B", "2021-09-30", T("2022-03-31", "10:00:00"), 0, "<p>Policy mandates BWV for all S&amp;S.</p>", 0, T("2021-03-01", "10:03:02"), T("2022-03-31", "10:00:00")),
    (["powers_3"], 134, 18, "11239", "national", "BWV – internal review of footage (b)", moji("have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards."), 4, "complete", "B", "2021-09-30", T("2022-03-31", "10:02:00"), 0, "<p>Supervisor dip sample 10/month.</p>", 0, T("2021-03-01", "10:04:40"), T("2022-03-31", "10:02:00")),
    (["powers_3"], 135, 18, "11239", "national", "BWV – scrutiny panel access (c)", moji("provide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice."), 4, "complete", "B", "2021-09-30", T("2022-05-12", "11:00:00"), 0, "<p>Panel view footage quarterly.</p>", 0, T("2021-03-01", "10:06:15"), T("2022-05-12", "11:00:00")),
    (["powers_4"], 136, 18, NULL, "national", "HO / NPCC – use of force data for publication", moji("The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication."), NULL, "not_applicable", NULL, "0000-00-00", NULL, 0, "<p>Not for force &ndash; national bodies.</p>", 0, T("2021-03-01", "10:07:49"), T("2021-03-01", "10:07:49")),
    (["powers_5"], 137, 14, NULL, "national", "Internal monitoring of use of force", moji("By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action."), 4, "in_progress", "A", "2021-07-31", NULL, 0, "<p>UoF scrutiny to Legitimacy Board.</p>", 0, T("2021-03-01", "10:09:20"), T("2023-03-14", "09:15:00")),
    ([], 150, 20, NULL, "recommendation", "Firearms licensing fee income reconciliation", "Internal audit action: reconcile firearms licensing fee income to NFLMS each month.", 19, "complete", "B", "2022-03-31", T("2022-04-20", "10:00:00"), 0, NULL, 0, T("2021-11-15", "13:30:00"), T("2022-04-20", "10:00:00")),
    (["p22_1"], 162, 19, "12870", "afi", "County lines – nature & scale", moji("The force should improve its understanding of the nature and scale of county lines drug dealing in its area."), 3, "in_progress", "A", "2023-04-28", NULL, 0, "<p>Problem profile commissioned.</p>", 0, T("2022-05-03", "09:00:00"), T("2023-09-19", "12:00:00")),
    (["p22_2"], 163, 19, NULL, "afi", "RASSO – allocation to skilled officers & supervision", NULL, 5, "awaiting_signoff", "G", "2023-04-28", NULL, 1, "<p>Op Soteria model live. Evidence sent for closure.</p>", 0, T("2022-05-03", "09:01:40"), T("2023-10-16", "15:15:15")),
    (["p22_3"], 164, 19, NULL, "afi", "Stalking & harassment – keep victims informed (VCOP)", moji("The force should make sure victims of stalking & harassment are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime."), 8, "in_progress", "A", "2023-04-28", NULL, 0, "<p>VCOP compliance audit &ndash; 71%.</p>", 0, T("2022-05-03", "09:03:18"), T("2023-09-19", "12:05:00")),
    (["p22_4"], 165, 19, "TBC", "afi", "SOC intelligence", moji("The force should improve how it gathers, assesses and acts on intelligence about serious and organised crime."), 3, "not_started", NULL, "0000-00-00", NULL, 0, NULL, 0, T("2022-05-03", "09:04:51"), T("2022-05-03", "09:04:51")),
    ([], 171, 21, "", "recommendation", "Quarterly HMICFRS update to JAC", "JAC action: provide a quarterly update to the Joint Audit Committee on progress against all open HMICFRS recommendations and AFIs.", 11, "in_progress", "G", "2024-03-31", NULL, 0, "<p>Standing agenda item.</p>", 0, T("2022-07-11", "11:11:11"), T("2023-11-30", "10:00:00")),
    ([], 172, 21, NULL, "recommendation", "Force action - refresh DA policy", "Force action - refresh of DA policy", 8, "not_started", NULL, "0000-00-00", NULL, 0, NULL, 1, T("2022-07-11", "11:20:00"), T("2022-07-12", "08:00:00")),
]

COLS = ["id", "report_id", "report_name", "hmicfrs_ref", "rec_type", "summary", "full_text",
        "owner_id", "owner_name", "status", "rag", "target_date", "date_completed",
        "submitted_to_hmicfrs", "latest_update", "is_deleted", "created_at", "updated_at"]


def force_values(r):
    (keys, rid, rep, ref, typ, summ, full, own, status, rag, target, done, sub, upd, dele,
     created, updated) = r
    return [str(rid), str(rep), hsc(REPORTS[rep]), ref, typ, moji(hsc(summ)), full,
            NULL if own is None else str(own), NULL if own is None else hsc(OWNERS[own]),
            status, rag, target, done, str(sub), upd, str(dele), created, updated]


def pma_field(v):
    if v is None:
        return "NULL"
    if v == "":
        return ""
    return '"' + v.replace('"', '""') + '"'


# ---------------------------------------------------------------- truth (decided by eye)
DONE = {"complete", "awaiting_signoff", "closed_by_hmicfrs", "not_applicable"}
HOPEN = {"Awaiting review", "Being progressed"}

WHY = {
    "sas13_1": "Ref 1123 and text agree; HMICFRS Complete, force status complete",
    "sas13_2": "No ref; same monitoring text under the S&S 2013 report; both closed (Complete / complete)",
    "sas13_3": "No ref; 'elected local policing bodies' wording and report 1 (S&S 2013) pick this one, not the 2015 twin; HMICFRS Superseded, force in_progress",
    "everyone": "Ref 2321; DA action plan text (mojibake bullets, footnote 20 kept); both closed",
    "aust_1": "No ref; first sentence of the savings review rec; both closed",
    "aust_2": "Less-than-10% collaboration rec has no record in the app export; HMICFRS Superseded (closed) but nobody holds it",
    "aust_3": "No ref; front-line reduction text; HMICFRS Superseded, force still in_progress: close locally",
    "aust_4": "Ref 2705 and text agree; both closed",
    "core_1": "Ref 4822; THRIVE criteria text; both closed",
    "core_2": "Ref 4823; HMICFRS Being progressed, force awaiting_signoff (evidence sent to FLL): submit",
    "integrity": "Ref 902; HMICFRS No further action required (closed), force complete",
    "sas15": "No ref; 'police and crime commissioners' wording, report 6 (S&S 2) pick the 2015 twin; rag G means on track in this app, status in_progress: open on both",
    "picture": "Ref 5581; HMICFRS Complete, force in_progress: close locally",
    "fire_1": "No ref, full_text NULL; summary 'Firearms licensing – governance vs APP' under Firearms licensing 2015 is plainly the governance rec; both closed",
    "fire_2": "No ref; demand/capacity text matches but the force copy says 'Within six months' where HMICFRS says 'Within three months': timescale conflict",
    "fire_3": "Record 29 holds two recs (ref 5942 = total expired, plus the temporary-permits rec pasted after it); this item HMICFRS Complete, force complete",
    "fire_4": "Second item in record 29 (temporary permits text pasted after the first); HMICFRS Being progressed, force complete: submit",
    "fire_5": "Firearms-holder-address systems rec is not in the app export; HMICFRS Awaiting review (open): nobody owns it",
    "stolen_1": "Split over records 52 and 53 ('1 of 2', '2 of 2', both ref 8301); part 2 in_progress so item open; HMICFRS Being progressed: open on both",
    "stolen_2": "Ref 8302; same text without the stray footnote 86; both closed",
    "stolen_3": "No ref; s45 defence text; HMICFRS Being progressed, force complete: submit",
    "stolen_4": "No ref; NRM text; rag G (on track) but status in_progress; open on both",
    "stolen_5": "No ref; report 11 (Stolen Freedom) and 'audit capacity ... force crime registrar' tie it to the national MSHT item, not the CDI 2019 NCRS rec; force says closed_by_hmicfrs but HMICFRS still Being progressed: force done, submit/query",
    "stolen_6": "No ref; MSHT investigations text; force awaiting_signoff, HMICFRS Being progressed: submit",
    "stolen_7": "Text is the preventative-powers rec (8307) but the force typed ref 8306 (the investigations rec): reference conflict",
    "efc17": "Ref 8412; digital plan first sentence; open on both",
    "leg17_coc": "Ref 8540, same text; HMICFRS type Cause of concern, force rec_type 'recommendation': type conflict",
    "leg17_1": "Ref 8541; all three bullets present; HMICFRS Being progressed, force complete: submit",
    "leg17_2": "Ref 8542; open on both",
    "leg17_3": "Ref 8543; both closed",
    "leg17_4": "Unconscious bias training rec (8544) has no record in the app export; HMICFRS Complete",
    "powers_1": "Ref 11237; open on both",
    "powers_2": "Ref 11238; HMICFRS Awaiting review, force complete: submit",
    "powers_3": "Split over records 133-135 (a)(b)(c), all ref 11239, all complete; HMICFRS Being progressed: submit",
    "powers_4": "No ref; Home Office/NPCC data rec; force not_applicable (not the force's to deliver = done), HMICFRS No further action required: closed on both",
    "powers_5": "No ref; use-of-force monitoring text from the 2021 spotlight, but the force filed it under report 14 'PEEL Legit 17 S&S': report conflict",
    "eff16_coc": "Ref 7412; CoC text; both closed",
    "eff16_rec": "Ref 7413; force copy stops after the second bullet and lacks the 'supervisors provide the correct oversight' bullet, though marked complete: missing-bullet conflict",
    "eff16_afi": "No ref; DASH supervision AFI; HMICFRS Superseded, force in_progress: close locally",
    "efy17_1": "No ref; demand AFI (first sentence only); open on both",
    "efy17_2": "No ref; outcomes/outputs/costs AFI; rag G = on track, in_progress; open on both",
    "efy17_3": "Ref 8457; force awaiting_signoff, HMICFRS Awaiting review: submit",
    "ncpi_1": "Ref 9120; detention of children text; force complete, HMICFRS Being progressed: submit",
    "ncpi_2": "Ref 9121; NCPI supervision rec (not the PEEL 18/19 one); both closed",
    "p19_coc": "Ref 9688; capacity/capability CoC; open on both",
    "p19_1": "Ref 9689; HMICFRS Complete, force in_progress: close locally",
    "p19_2": "No ref; vulnerability review text; HMICFRS Being progressed, force complete: submit",
    "p19_3": "No ref; skills project text (first sentence); open on both",
    "p19_4": "No ref; 'within six months ... regular and active supervision' under PEEL 2018/19, not the NCPI supervision rec; open on both",
    "p19_5": "Ref 9693; not_started vs Being progressed; open on both",
    "p19_6": "Ref 9694; both closed",
    "p19_vcoc": "Vetting backlog cause of concern (9695) has no record; only its recommendation (9696) is in the app",
    "p19_vrec": "Ref 9696; vetting clearance rec; both closed",
    "cdi_1": "No ref; five-bullet CDI victims rec under CDI 2019; open on both",
    "cdi_2": "CDI 2019 NCRS/MSHT rec (10155) has no record; the app's NCRS record 57 is the national Stolen Freedom item; HMICFRS Awaiting review (open)",
    "p22_1": "Ref 12870; open on both",
    "p22_2": "No ref, full_text NULL; summary 'RASSO – allocation to skilled officers & supervision' under PEEL 21-22; force awaiting_signoff, HMICFRS Being progressed: submit",
    "p22_3": "No ref; stalking VCOP AFI ('&' for 'and'); open on both",
    "p22_4": "Ref 'TBC'; SOC intelligence AFI; not_started vs Awaiting review; open on both",
    "p22_5": "Honour-based abuse training AFI (12874) has no record; HMICFRS Being progressed: nobody owns it",
}
CAT = {
    "sas13_1": "in_sync", "sas13_2": "in_sync", "sas13_3": "closeable_local",
    "everyone": "in_sync", "aust_1": "in_sync", "aust_2": "missing_from_force",
    "aust_3": "closeable_local", "aust_4": "in_sync", "core_1": "in_sync",
    "core_2": "closeable_submit", "integrity": "in_sync", "sas15": "in_sync",
    "picture": "closeable_local", "fire_1": "in_sync", "fire_2": "conflict",
    "fire_3": "in_sync", "fire_4": "closeable_submit", "fire_5": "missing_from_force",
    "stolen_1": "in_sync", "stolen_2": "in_sync", "stolen_3": "closeable_submit",
    "stolen_4": "in_sync", "stolen_5": "closeable_submit", "stolen_6": "closeable_submit",
    "stolen_7": "conflict", "efc17": "in_sync", "leg17_coc": "conflict",
    "leg17_1": "closeable_submit", "leg17_2": "in_sync", "leg17_3": "in_sync",
    "leg17_4": "missing_from_force", "powers_1": "in_sync", "powers_2": "closeable_submit",
    "powers_3": "closeable_submit", "powers_4": "in_sync", "powers_5": "conflict",
    "eff16_coc": "in_sync", "eff16_rec": "conflict", "eff16_afi": "closeable_local",
    "efy17_1": "in_sync", "efy17_2": "in_sync", "efy17_3": "closeable_submit",
    "ncpi_1": "closeable_submit", "ncpi_2": "in_sync", "p19_coc": "in_sync",
    "p19_1": "closeable_local", "p19_2": "closeable_submit", "p19_3": "in_sync",
    "p19_4": "in_sync", "p19_5": "in_sync", "p19_6": "in_sync",
    "p19_vcoc": "missing_from_force", "p19_vrec": "in_sync", "cdi_1": "in_sync",
    "cdi_2": "missing_from_force", "p22_1": "in_sync", "p22_2": "closeable_submit",
    "p22_3": "in_sync", "p22_4": "in_sync", "p22_5": "missing_from_force",
}
FORCE_ONLY_WHY = {
    77: "PEEL Legitimacy 2016 whistleblowing AFI; no such item on the HMICFRS list (already gone from the register): query with HMICFRS",
    101: "'TEST - please ignore' record (is_deleted=1, full_text 'test', owner admin); a data record in the export but nothing HMICFRS holds",
    150: "Internal audit action (report 'Internal audit'), never an HMICFRS item",
    171: "JAC action (report 'JAC actions', hmicfrs_ref empty string), the force's own governance action",
    172: "Force's own DA policy action, soft-deleted (is_deleted=1); never an HMICFRS item",
}


def build_truth():
    lines = []
    seen = set()
    for i, r in enumerate(F):
        frow = f"tracker.csv!{i + 2}"
        keys = r[0]
        if not keys:
            lines.append(("", frow, "not_on_hmicfrs_list", FORCE_ONLY_WHY[r[1]]))
        for k in keys:
            seen.add(k)
            lines.append((f"Definitive list!{HROW[k]}", frow, CAT[k], WHY[k]))
    for h in H:
        if h[0] not in seen:
            assert CAT[h[0]] == "missing_from_force", h[0]
            lines.append((f"Definitive list!{HROW[h[0]]}", "", CAT[h[0]], WHY[h[0]]))
    # sanity: category consistent with statuses for simple pairs
    parts = {}
    for r in F:
        for k in r[0]:
            parts.setdefault(k, []).append(r[8])
    for k, sts in parts.items():
        hopen = HKEY[k][5] in HOPEN
        fdone = all(s in DONE for s in sts)
        exp = ("closeable_submit" if hopen and fdone else "closeable_local" if not hopen and not fdone
               else "in_sync")
        if CAT[k] != "conflict":
            assert CAT[k] == exp, (k, CAT[k], exp)
    return lines


# ---------------------------------------------------------------- writers
def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "Recommendations export", "author": "HMICFRS",
                       "company": "HMICFRS", "created": dt.datetime(2023, 11, 6, 9, 30, 0)})
    ws = wb.add_worksheet("Definitive list")
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    heads = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
             "Recommendation", "Status", "Status date"]
    ws.write_row(0, 0, heads, hdr)
    for i, (key, ref, (title, pub), typ, text, status, sdate) in enumerate(H, start=1):
        ws.write_number(i, 0, ref, top)
        ws.write_string(i, 1, FORCE, top)
        ws.write_string(i, 2, title, wrap)
        ws.write_datetime(i, 3, dt.datetime.combine(pub, dt.time()), dfmt)
        ws.write_string(i, 4, typ, top)
        ws.write_string(i, 5, text, wrap)
        ws.write_string(i, 6, status, top)
        ws.write_datetime(i, 7, dt.datetime.combine(sdate, dt.time()), dfmt)
    for c, w in enumerate([12, 22, 45, 12, 22, 90, 18, 12]):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(H), len(heads) - 1)
    wb.close()


def write_tracker(path):
    out = io.StringIO(newline="")
    out.write(",".join(pma_field(c) for c in COLS) + "\n")
    for r in F:
        out.write(",".join(pma_field(v) for v in force_values(r)) + "\n")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(out.getvalue())


def write_truth(path, lines):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


README = '# Case `phpmyadmin_inhouse_app_csv` (round 89, case C)\n\n## Story\nCheshire Constabulary\'s Organisational Learning team has kept its HMICFRS recommendations since\n2016 in an in-house intranet app (PHP/MySQL, built by force IT; national items bulk-loaded on\n8 Feb 2016). The analyst, asked to reconcile the HMICFRS definitive list before JAC, cannot get a\nspreadsheet out of the app, so IT ran the app\'s JOIN query (records + reports + users) in\nphpMyAdmin and used Export > CSV with "Put columns names in the first row" ticked and the default\n"Replace NULL with: NULL". That file is handed over unchanged: a database dump, not a tracker.\n\n## Files\n- `hmicfrs.xlsx`: the register\'s ordinary export. One sheet `Definitive list`, header on row 1,\n  items on rows 2-61 (60 items). Columns: Recommendation ID (plain integer), Force, Report title,\n  Publication date (real dates), Type (Recommendation / Area for improvement / Cause of concern /\n  National recommendation), Recommendation (verbatim, curly quotes, bullets, stray footnote digits\n  "86" and "20" kept), Status (Awaiting review / Being progressed open; Complete / Superseded /\n  No further action required closed), Status date. Frozen header, autofilter.\n- `tracker.csv`: UTF-8 (no BOM), comma separated, LF line ends, 62 records (header = row 1, records\n  on rows 2-62; 85 physical lines because full_text and latest_update hold CRLF/LF line breaks\n  inside quoted fields). Columns: id (app primary key, gaps), report_id, report_name (app short\n  name), hmicfrs_ref, rec_type (national / recommendation / afi / cause_of_concern), summary\n  (force\'s own short title), full_text (pasted HMICFRS wording), owner_id, owner_name, status\n  (not_started / in_progress / awaiting_signoff / complete / closed_by_hmicfrs / not_applicable),\n  rag (R/A/G/B), target_date, date_completed, submitted_to_hmicfrs (0/1), latest_update (HTML),\n  is_deleted (0/1), created_at, updated_at.\n- `truth.csv`: 68 lines. `README.md`: this file.\n\n## What the layout brings (force rows as Excel shows them)\n1. phpMyAdmin quoting: every non-NULL value quoted, numbers included; SQL NULL written as the bare\n   word `NULL` (26 hmicfrs_ref cells, 33 date_completed, full_text on rows 14 and 58, owner on\n   row 54, rag on 4 rows); an empty string is an empty unquoted field (row 61 hmicfrs_ref).\n2. MySQL zero dates `0000-00-00` in target_date (rows 3, 4, 6, 7, 8, 17, 32, 39, 47, 54, 60, 62).\n3. Double-encoded UTF-8 (latin1 connection) in full_text and summary: ’ → `â€™`, • → `â€¢`,\n   – → `â€“`, “ ” → `â€œ` `â€` + U+009D (rows 2, 5, 11, 16, 17, 18, 20, 21, 36, 48 ...).\n4. htmlspecialchars on save: `&amp;`, `&#039;` in report_name, summary and owner_name\n   (`S&amp;S`, `Everyone&#039;s`, `Head of Learning &amp; Development`).\n5. latest_update is TinyMCE HTML: `<p>`, `<br />` + CRLF, `<ul><li>`, `&ndash;`.\n6. Status is the app\'s workflow enum; `rag` is a separate manual field where G means "on track"\n   and B means complete. Done = complete, awaiting_signoff, closed_by_hmicfrs, not_applicable.\n   Open = not_started, in_progress, whatever the rag says.\n7. `id` and `report_id` are app keys, not register references; only hmicfrs_ref names the\n   register, and it is NULL, empty or "TBC" on most newer rows.\n8. Soft-deleted records stay in the export with is_deleted=1 (rows 47, 62); a developer\'s test\n   record (row 47) is among them.\n9. Records are in primary-key order, so reports interleave (row 38 PEEL Legitimacy 2016 sits\n   between NCPI 2018 and PEEL 2018/19; row 55 is filed under report 14).\n\n## Traps and how the truth decides\n- rag G with status in_progress (rows 12, 24, 29, 42, 61): open, G is "on track" here; rows\n  12, 24, 29, 42 are in_sync with open HMICFRS items (row 61 is a JAC action). G with\n  awaiting_signoff (rows 10, 26, 30, 58) is done because of the status.\n- awaiting_signoff (rows 10, 26, 30, 58) and closed_by_hmicfrs (row 25) are force-done:\n  closeable_submit against open HMICFRS items. not_applicable (row 54, Home Office/NPCC rec) is\n  done; HMICFRS "No further action required" so in_sync.\n- Two near-identical S&S community-scrutiny recs (HMICFRS rows 4 and 13): row 4 of the force\n  ("elected local policing bodies", report 1) pairs with HMICFRS 4 (closeable_local), row 12\n  ("police and crime commissioners", report 6) with HMICFRS 13 (in_sync).\n- Two NCRS/MSHT recs: force row 25 (report 11, "audit capacity ... force crime registrar")\n  is the national Stolen Freedom item (HMICFRS 24); the CDI 2019 force-level NCRS rec\n  (HMICFRS 56) has no force record: missing_from_force.\n- Two "supervision of investigations" recs: row 37 (NCPI) = HMICFRS 45; row 43 (PEEL 18/19,\n  within six months) = HMICFRS 50.\n- One record, two items: row 16 holds total-expired (HMICFRS 17, in_sync) and temporary permits\n  (HMICFRS 18, closeable_submit); its hmicfrs_ref names only the first.\n- Splits: rows 20-21 ("1 of 2", "2 of 2") = HMICFRS 20, part 2 open so in_sync on both lines;\n  rows 51-53 (a)(b)(c) = HMICFRS 35, all complete, closeable_submit on all three lines.\n- full_text NULL: rows 14 and 58 are matched on summary + report name alone.\n- Conflicts: row 15 "Within six months" vs "Within three months" (timescale); row 18 lacks the\n  third bullet (missing bullet); row 27 hmicfrs_ref 8306 but text is 8307 (reference); row 32\n  rec_type recommendation vs Cause of concern (type); row 55 filed under PEEL Legit 17 S&S but\n  is the 2021 police-powers rec (report).\n- Force copies often drop the HMICFRS tail sentence or footnote digits (rows 2, 4, 6, 22, 28, 31,\n  42, 43): same item, not a conflict.\n\n## Counts (68 truth lines)\nin_sync 33, closeable_submit 14, missing_from_force 6, closeable_local 5, conflict 5,\nnot_on_hmicfrs_list 5, review 0. (60 HMICFRS items, 61 force item records.)\n\n## Rows that are not items\n- `hmicfrs.xlsx` Definitive list!1: header row.\n- `tracker.csv!1`: header row. Every other record is an item row (the test record and the\n  deleted local action are data records and are in the truth as not_on_hmicfrs_list).\n\n## Checks run\n- Every force record (tracker.csv!2-62) and every HMICFRS row (Definitive list!2-61) appears in\n  truth.csv; split/combined rows as described.\n- Categories of non-conflict pairs re-derived from the two status columns in the builder (assert).\n- tracker.csv read back with pandas (61 records x 18 columns; NULL read as NaN) and csv.reader\n  (62 records); hmicfrs.xlsx read back with pandas and openpyxl (60 items, 8 columns, real dates).\n- Two builds from scratch give identical SHA-256 for every file (XlsxWriter with fixed created\n  date; no clock, no randomness).\n- Never ran or imported reconcile; texts copied from /work/shared/data/real_recommendations.csv\n  and the casegen text lists (force name substituted in force-level items).\n'


def main():
    os.makedirs(CASE, exist_ok=True)
    write_hmicfrs(os.path.join(CASE, "hmicfrs.xlsx"))
    write_tracker(os.path.join(CASE, "tracker.csv"))
    lines = build_truth()
    write_truth(os.path.join(CASE, "truth.csv"), lines)
    with open(os.path.join(CASE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)
    from collections import Counter
    print(len(H), "HMICFRS items;", len(F), "force records;", len(lines), "truth lines")
    print(Counter(l[2] for l in lines))


if __name__ == "__main__":
    main()
