"""Build case sas_ods_proc_print_by_report (round 92, case B).

HMICFRS side: the regional collaboration's SAS Enterprise Guide listing (ODS EXCEL output of
PROC PRINT ... BY REPORT_TITLE PUB_DT NOTSORTED; N) of West Mercia Police's slice of the
HMICFRS monitoring-portal export. Force side: an ordinary tracker workbook.
Deterministic: XlsxWriter with fixed document properties (zip entries are dated 1980 by
XlsxWriter), no randomness, no clock.
"""
import csv, datetime as dt, os
import xlsxwriter

OUT = "/tmp/indep92/sas_ods_proc_print_by_report"
os.makedirs(OUT, exist_ok=True)
FIXED = dt.datetime(2026, 3, 3, 9, 14, 0)
EXTRACT = dt.date(2026, 3, 2)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------- real HMICFRS texts (OGL)
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
CDI = (
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

R = {  # report key -> (title, publication date)
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "eff15": ("PEEL: Police efficiency 2015 – West Mercia Police", dt.date(2015, 10, 22)),
    "leg16": ("PEEL: Police legitimacy 2016 – West Mercia Police", dt.date(2016, 12, 8)),
    "cdi17": ("Crime data integrity inspection 2017 – West Mercia Police", dt.date(2017, 2, 9)),
    "eff16": ("PEEL: Police effectiveness 2016 – West Mercia Police", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", dt.date(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26)),
}

# key: (report, REC_ID or None, type, text, status code, status date or None)
H = {
 "n1": ("sas13", 1187, NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", "CO", dt.date(2016, 3, 14)),
 "n2": ("sas13", 1188, NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", "CO", dt.date(2018, 6, 29)),
 "n3": ("sas13", 1189, NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", "BP", dt.date(2019, 1, 17)),
 "n4": ("everyone", 2321, NAT, EVERYONE_PLAN, "SU", dt.date(2016, 11, 8)),
 "n5": ("austerity", 2410, NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", "NFA", dt.date(2017, 4, 3)),
 "n6": ("austerity", 2411, NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", "NFA", dt.date(2017, 4, 3)),
 "n7": ("austerity", 2412, NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", "NFA", dt.date(2017, 4, 3)),
 "n8": ("austerity", 2413, NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", "NFA", dt.date(2017, 4, 3)),
 "n9": ("core", 4822, NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "SU", dt.date(2016, 9, 20)),
 "n10": ("core", 4823, NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "BP", dt.date(2022, 5, 11)),
 "n11": ("integrity", 902, NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "CO", dt.date(2016, 7, 1)),
 "n12": ("sas15", 5105, NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", "BP", dt.date(2019, 1, 17)),
 "n13": ("picture", 5560, NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "BP", dt.date(2018, 2, 6)),
 "n14": ("firearms", 6101, NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "CO", dt.date(2017, 10, 2)),
 "n15": ("firearms", 6102, NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "BP", dt.date(2023, 8, 14)),
 "n16": ("firearms", 6103, NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "CO", dt.date(2021, 11, 30)),
 "n17": ("firearms", 6104, NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "BP", dt.date(2023, 8, 14)),
 "n18": ("firearms", 6105, NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "BP", dt.date(2023, 8, 14)),
 "f1": ("eff15", 6240, AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public", "CO", dt.date(2017, 6, 12)),
 "f2": ("eff15", 6241, AFI, "The force should develop its understanding of the links between its outcomes, outputs and costs", "BP", dt.date(2018, 1, 9)),
 "f3": ("eff15", 6242, AFI, "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", "BP", dt.date(2018, 1, 9)),
 "vet": ("leg16", 6870, REC, "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.", "BP", dt.date(2020, 2, 27)),
 "f10": ("cdi17", 6989, REC, CDI, "BP", dt.date(2018, 4, 27)),
 "f4": ("eff16", 6980, COC, "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.", "BP", dt.date(2019, 3, 4)),
 "f5": ("eff16", 6981, REC, "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.", "BP", dt.date(2019, 3, 4)),
 "f6": ("eff16", 6982, REC, "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.", "BP", dt.date(2019, 3, 4)),
 "f7": ("eff16", 6983, REC, "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease", "CO", dt.date(2018, 2, 19)),
 "f8": ("eff16", 6984, COC, "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.", "CO", dt.date(2019, 3, 4)),
 "f9": ("eff16", 6985, REC, "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action", "BP", dt.date(2019, 3, 4)),
 "n19": ("stolen", 8312, NAT, SF_LEADERSHIP, "BP", dt.date(2019, 6, 3)),
 "n20": ("stolen", 8313, NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", "BP", dt.date(2019, 6, 3)),
 "n21": ("stolen", 8314, NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "CO", dt.date(2020, 9, 22)),
 "n22": ("stolen", 8315, NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "BP", dt.date(2019, 6, 3)),
 "n23": ("stolen", 8316, NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "AR", None),
 "n24": ("stolen", 8317, NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "BP", dt.date(2019, 6, 3)),
 "n25": ("stolen", 8318, NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "BP", dt.date(2019, 6, 3)),
 "n26": ("efc17", 8405, NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", "BP", dt.date(2019, 10, 15)),
 "n27": ("leg17", 8540, COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.", "BP", dt.date(2019, 1, 17)),
 "n28": ("leg17", 8541, NAT, SAS_MONITORING_2017, "BP", dt.date(2019, 1, 17)),
 "n29": ("leg17", 8542, NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "BP", dt.date(2019, 1, 17)),
 "n30": ("leg17", None, NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "BP", dt.date(2019, 1, 17)),
 "n31": ("leg17", 8543, NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "CO", dt.date(2020, 3, 9)),
 "p0": ("peel19", 9210, REC, "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and", "BP", dt.date(2020, 7, 6)),
 "p1": ("peel19", 9211, REC, "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.", "BP", dt.date(2020, 7, 6)),
 "p2": ("peel19", 9212, REC, "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;", "AR", None),
 "p3": ("peel19", 9213, REC, "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and", "CO", dt.date(2021, 2, 1)),
 "p4": ("peel19", 9214, REC, "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;", "BP", dt.date(2020, 7, 6)),
 "p5": ("peel19", 9215, REC, "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.", "BP", dt.date(2020, 7, 6)),
 "p6": ("peel19", 9216, REC, "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;", "BP", dt.date(2020, 7, 6)),
 "p11": ("peel19", 9221, AFI, "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.", "AR", None),
 "p7": ("peel19", 9217, COC, "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.", "BP", dt.date(2020, 7, 6)),
 "p8": ("peel19", 9218, COC, "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.", "BP", dt.date(2020, 7, 6)),
 "p9": ("peel19", 9219, REC, "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;", "BP", dt.date(2020, 7, 6)),
 "p10": ("peel19", 9220, REC, "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;", "SU", dt.date(2022, 10, 18)),
 "n32": ("powers", 10411, NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "BP", dt.date(2022, 9, 5)),
 "n33": ("powers", 10412, NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "BP", dt.date(2022, 9, 5)),
 "n34": ("powers", 10413, NAT, BWV_2021, "BP", dt.date(2022, 9, 5)),
 "n35": ("powers", 10414, NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", "NFA", dt.date(2021, 6, 30)),
 "n36": ("powers", 10415, NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "AR", None),
}

# BY groups in the order PROC PRINT ... NOTSORTED wrote them (the data set was sorted by
# REC_ID within an earlier sort, so two reports come out in two blocks each).
GROUPS = [
    ("sas13", ["n1", "n2", "n3"]), ("everyone", ["n4"]), ("austerity", ["n5", "n6", "n7", "n8"]),
    ("core", ["n9", "n10"]), ("integrity", ["n11"]), ("sas15", ["n12"]), ("picture", ["n13"]),
    ("firearms", ["n14", "n15", "n16", "n17", "n18"]), ("eff15", ["f1", "f2", "f3"]),
    ("leg16", ["vet"]), ("cdi17", ["f10"]), ("eff16", ["f4", "f5", "f6", "f7", "f8", "f9"]),
    ("stolen", ["n19", "n20", "n21", "n22"]), ("efc17", ["n26"]),
    ("leg17", ["n27", "n28", "n29", "n30", "n31"]),
    ("peel19", ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p11"]),
    ("stolen", ["n23", "n24", "n25"]),
    ("peel19", ["p7", "p8", "p9", "p10"]),
    ("powers", ["n32", "n33", "n34", "n35", "n36"]),
]
assert sorted(k for _, ks in GROUPS for k in ks) == sorted(H)
for rk, ks in GROUPS:
    assert all(H[k][0] == rk for k in ks)

def d9(d):
    return d.strftime("%d%b%Y").upper() if d else "."

SHEET = "Print 1 - Data Set WORK.WMP_REG"
assert len(SHEET) <= 31
STATUS_WORD = {"AR": "Awaiting review", "BP": "Being progressed", "CO": "Complete",
               "SU": "Superseded", "NFA": "No further action required"}

# ------------------------------------------------------------------- HMICFRS workbook
hrow = {}          # key -> Excel row number
nonitems_h = []    # (row, reason)
wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
wb.set_properties({"title": "The SAS System", "author": "SAS Institute Inc.",
                   "company": "", "created": FIXED, "comments": "ODS EXCEL"})
ws = wb.add_worksheet(SHEET)
title = wb.add_format({"bold": True, "font_size": 13, "align": "center"})
byf = wb.add_format({"bold": False, "italic": False, "align": "left", "bg_color": "#EDF2F9"})
head = wb.add_format({"bold": True, "bg_color": "#EDF2F9", "border": 1, "border_color": "#C1C1C1",
                      "align": "center", "valign": "bottom"})
cell = wb.add_format({"border": 1, "border_color": "#C1C1C1", "valign": "top", "text_wrap": True})
num = wb.add_format({"border": 1, "border_color": "#C1C1C1", "valign": "top", "num_format": "0"})
rightx = wb.add_format({"border": 1, "border_color": "#C1C1C1", "valign": "top", "align": "right"})
plain = wb.add_format({"align": "left"})
ws.set_column(0, 0, 6); ws.set_column(1, 1, 9); ws.set_column(2, 2, 15); ws.set_column(3, 3, 90)
ws.set_column(4, 4, 8); ws.set_column(5, 5, 11); ws.set_column(6, 6, 10)
COLS = ["Obs", "REC_ID", "TYPE", "REC_TEXT", "STATUS", "STATUS_DT", "DAYS_OPEN"]
r = 0  # zero-based
ws.merge_range(r, 0, r, 6, "HMICFRS recommendations register – West Mercia Police (FORCE_CD=WMC)", title)
nonitems_h.append((r + 1, "title (TITLE1)")); r += 1
ws.merge_range(r, 0, r, 6, "Source: HMICFRS monitoring portal export forwarded by force FLLs, 02MAR2026 – loaded by West Midlands Regional Collaboration Performance Team", title)
nonitems_h.append((r + 1, "title (TITLE2)")); r += 1
nonitems_h.append((r + 1, "blank")); r += 1
obs = 0
for rk, ks in GROUPS:
    t, pub = R[rk]
    t100 = t[:100]  # REPORT_TITLE is $100.
    ws.merge_range(r, 0, r, 6, f"REPORT_TITLE={t100} PUB_DT={d9(pub)}", byf)
    nonitems_h.append((r + 1, "BY line (report heading: REPORT_TITLE and PUB_DT for the rows below)")); r += 1
    for c, h in enumerate(COLS):
        ws.write_string(r, c, h, head)
    nonitems_h.append((r + 1, "column header (repeated for each BY group)")); r += 1
    for k in ks:
        _, rid, typ, text, st, sdt = H[k]
        obs += 1
        ws.write_number(r, 0, obs, num)
        if rid is None:
            ws.write_string(r, 1, ".", rightx)
        else:
            ws.write_number(r, 1, rid, num)
        ws.write_string(r, 2, typ[:14], cell)  # TYPE is $14. (PROC IMPORT guessed from 'Recommendation')
        ws.write_string(r, 3, text, cell)
        ws.write_string(r, 4, st, cell)
        ws.write_string(r, 5, d9(sdt), rightx)
        if st in ("AR", "BP"):
            ws.write_number(r, 6, (EXTRACT - pub).days, num)
        else:
            ws.write_string(r, 6, ".", rightx)
        hrow[k] = r + 1
        r += 1
    ws.merge_range(r, 0, r, 6, f"N = {len(ks)}", plain)
    nonitems_h.append((r + 1, "BY-group count (PROC PRINT N option)")); r += 1
    nonitems_h.append((r + 1, "blank")); r += 1
ws.merge_range(r, 0, r, 6, f"N = {obs}", plain)
nonitems_h.append((r + 1, "overall count (PROC PRINT N option)")); r += 1
nonitems_h.append((r + 1, "blank")); r += 1
for foot in [
    "STATUS: AR = Awaiting review; BP = Being progressed; CO = Complete; SU = Superseded; NFA = No further action required",
    "STATUS_DT = date of the latest status change on the portal (. = none since publication). DAYS_OPEN = days from PUB_DT to the extract date for open items (. = closed).",
    "Produced by SAS Enterprise Guide 8.3 (WMRC Performance Team) on 03MAR2026 at 09:14. OFFICIAL – for force use only.",
]:
    ws.merge_range(r, 0, r, 6, foot, plain)
    nonitems_h.append((r + 1, "footnote (FOOTNOTE statement: status-code legend / notes)")); r += 1
wb.close()

# ------------------------------------------------------------------- force tracker
# (report as the force writes it, HMICFRS ref as typed, type, text, lead, RAG, update,
#  submitted for closure, [(hmicfrs key or None, category, why)])
IS = "in_sync"; CS = "closeable_submit"; CL = "closeable_local"; CF = "conflict"; NO = "not_on_hmicfrs_list"
F = [
 ("Stop & Search 2013", "1187", "National", "CCs & CoP to set out in S&S APP what effective and fair use of S&S looks like (compliant with Code of Practice)", "Supt Operations", "Complete", "APP published by CoP; force policy aligned.", dt.date(2016, 1, 20),
  [("n1", IS, "REC_ID 1187 typed in the tracker; same text abbreviated. HMICFRS CO = closed, tracker Complete = done.")]),
 ("Stop & Search 2013", "1188 / 1189", "National", "S&S: monitor officers' use of S&S (law, equality, Code of Practice) AND explain use to public / community scrutiny of S&S records incl. young people (recs 2 & 3)", "Supt Operations", "Amber", "Monitoring dashboard live; scrutiny panel refresh with OPCC ongoing.", None,
  [("n2", CL, "Row holds two items (refs 1188 and 1189 typed together). 1188 (monitoring) is CO on the HMICFRS list; the shared row is Amber, so the force still has it open: close locally."),
   ("n3", IS, "Same combined row, second item 1189 (explaining use to public, community scrutiny). HMICFRS BP = open; row Amber = open.")]),
 ("Domestic abuse - Everyone's business", "2321", "National", "Publish a DA action plan (consult PCC, DA support orgs, victims' reps; DHRs and IPCC findings; CPS scrutiny panels & MARAC)", "Ch Supt Public Protection", "Amber", "Refreshed DA plan to go to Gold group in April.", None,
  [("n4", CL, "Ref 2321 and the action-plan text match. HMICFRS SU (Superseded) = closed; tracker Amber = open: close locally.")]),
 ("Policing in Austerity 2014", "2410", "National", "Review savings plans - reduce crime and protect the front line while balancing budgets (use VfM profiles)", "Director of Finance", "Complete", "Covered by MTFP.", dt.date(2015, 3, 1),
  [("n5", IS, "Ref 2410, same text abridged. HMICFRS NFA = closed; Complete = done.")]),
 ("Policing in Austerity 2014", "2411", "National", "Forces delivering <10% savings via collaboration to assess scope to improve", "Director of Finance", "Amber", "Alliance ended 2019 - reassess collaboration options.", None,
  [("n6", CL, "Ref 2411, same text. HMICFRS NFA = closed; Amber = open: close locally.")]),
 ("Policing in Austerity 2014", "2413", "National", "Next spending round: review collaboration plans (joint working with other forces, public/private sector)", "Director of Finance", "Green", "Regional collaboration strategy agreed.", dt.date(2016, 5, 4),
  [("n8", IS, "Ref 2413, same text. HMICFRS NFA = closed; Green = done.")]),
 ("Core business", "4822", "National", "Provide call handlers with clear THRIVE/threat harm risk criteria (by 31/03/2015)", "Supt Contact Centre", "Complete", "THRIVE embedded in OCC.", dt.date(2015, 6, 30),
  [("n9", IS, "Ref 4822; 'threat harm risk criteria for call handlers' = same item. HMICFRS SU = closed; Complete = done.")]),
 ("Core business", "4823", "National", "Crime prevention / disruption activity systematically recorded & evaluated", "Head of Corporate Development", "Green", "Problem-solving database in place; evaluation template used. Evidence pack ready.", dt.date(2026, 1, 12),
  [("n10", CS, "Ref 4823, same text. HMICFRS BP = open; Green with submission date = done: submit for closure.")]),
 ("Integrity matters", "902", "National", "By 31/08/15 CCs to be satisfied misconduct investigations ending in NFA are fair and free of discrimination", "Head of Professional Standards", "Complete", "PSD dip sample completed.", dt.date(2015, 9, 14),
  [("n11", IS, "Ref 902, same text. HMICFRS CO = closed; Complete = done.")]),
 ("Stop & search powers 2", "", "National", "Explain to public how S&S powers are used & arrange community scrutiny of S&S records (consult PCC) - involve young people", "Supt Operations", "Amber", "Youth scrutiny panel pilot in Telford.", None,
  [("n12", IS, "No ref; report 'Stop & search powers 2' = the 2015 report, whose only item is 5105 (nearly identical to 1189 of 2013, which the force holds on the combined 2013 row). BP open; Amber open.")]),
 ("Firearms licensing 2015", "6101", "National", "Assess governance of firearms licensing against APP; fix arrangements where not compliant", "Supt Firearms Licensing", "Complete", "Governance review completed 2016.", dt.date(2016, 2, 1),
  [("n14", IS, "Ref 6101, same text. CO closed; Complete done.")]),
 ("Firearms licensing 2015", "6102", "National", "Within six months, assess demand on firearms licensing dept and ensure capacity to meet it", "Supt Firearms Licensing", "Amber", "Demand model refreshed; 4 additional FEOs recruited.", None,
  [("n15", CF, "Ref 6102 and the ask match, but the timescale differs: HMICFRS 'Within three months', tracker 'Within six months'. Both open, but the text disagrees on the deadline.")]),
 ("Firearms licensing 2015", "6103", "National", "Action on 'total expired' licensing records", "Supt Firearms Licensing", "Amber", "Backlog of expired records being worked through.", None,
  [("n16", CL, "Ref 6103, same text. HMICFRS CO = closed; Amber = open: close locally.")]),
 ("Firearms licensing 2015", "6104", "National", "Temporary permits per HO guidance, recorded on NFLMS without delay; no unlawful possession", "Supt Firearms Licensing", "Green", "Process audited Nov 2025 - compliant.", dt.date(2025, 12, 2),
  [("n17", CS, "Ref 6104, same text. HMICFRS BP = open; Green = done: submit.")]),
 ("Firearms licensing 2015", "6105", "National", "Flag certificate holder addresses before attendance; officers understand risk assessment & seizure powers", "Supt Contact Centre", "Amber", "Niche/STORM marker work ongoing.", None,
  [("n18", IS, "Ref 6105, same text. BP open; Amber open.")]),
 ("PEEL Efficiency 2015", "6240", "AFI", "Gain fuller understanding of current and future demand", "Head of Corporate Development", "Complete", "Demand work fed FMS 2018.", dt.date(2017, 5, 2),
  [("f1", IS, "Ref 6240; HMICFRS TYPE 'Area for impro' (truncated) = AFI, as the tracker. CO closed; Complete done.")]),
 ("PEEL Efficiency 2015", "6241", "AFI", "Understand links between outcomes, outputs & costs", "Director of Finance", "Green", "Outcome-based budgeting adopted 2024/25.", dt.date(2025, 11, 3),
  [("f2", CS, "Ref 6241, same AFI. HMICFRS BP = open; Green = done: submit.")]),
 ("PEEL Efficiency 2015", "6242", "Recommendation", "Develop future workforce plan aligned to demand & budget (resource allocation, skills mix, behaviours)", "Director of People", "Amber", "Strategic workforce plan in draft.", None,
  [("f3", CF, "Ref 6242 and text match, but the type disagrees: HMICFRS 'Area for impro' (Area for improvement, cut by the SAS $14 length) vs tracker 'Recommendation'.")]),
 ("PEEL Legitimacy 2016", "6870", "Recommendation", "Clear vetting backlog - all staff at least lowest level of vetting; renewals when due (national vetting guidelines)", "Head of Professional Standards", "Amber", "Backlog down to 212.", None,
  [("vet", IS, "Ref 6870, same text. BP open; Amber open.")]),
 ("CDI 2017", "6989", "Recommendation", "CDI: victims believed at point of report; call handler/caller conversations summarised accurately in incident log; multiple crimes always recorded", "Force Crime Registrar", "Green", "Part 1 of 2. Audit Q3 2025: 96% compliance.", dt.date(2025, 12, 15),
  [("f10", IS, "Split row 1 of 2 (ref 6989, bullets 1-3). This part is Green but part 2 is Amber, so the item is not done; HMICFRS BP open: in sync (open/open).")]),
 ("CDI 2017", "6989", "Recommendation", "CDI (cont.): stop waiting for medical/ABE results before recording; triage online crime reports at receipt for risk", "Force Crime Registrar", "Amber", "Part 2 of 2. Online triage depends on SDE upgrade.", None,
  [("f10", IS, "Split row 2 of 2 (ref 6989, bullets 4-5), Amber: item still open on the force side; HMICFRS BP open: in sync.")]),
 ("PEEL Effectiveness 2016", "6980", "Cause of concern", "CoC - DA: victims not supporting investigations; low use of arrest/prosecution", "Ch Supt Public Protection", "Amber", "DA improvement plan ongoing.", None,
  [("f4", IS, "Ref 6980, same cause of concern ('Cause of conce' on the HMICFRS side). BP open; Amber open.")]),
 ("PEEL Effectiveness 2016", "6981", "Recommendation", "DA - increase use of arrest, ancillary orders (DVPN/DVPO) and other powers", "Ch Supt Public Protection", "Green", "Arrest rate up from 31% to 48%. Ready to move to closure.", dt.date(2026, 2, 6),
  [("f5", CS, "Ref 6981, same text. HMICFRS BP = open; Green = done: submit.")]),
 ("PEEL Effectiveness 2016", "6982", "Recommendation", "DA - understand why so many victims do not support the investigation", "Ch Supt Public Protection", "Amber", "Victim survey commissioned with OPCC.", None,
  [("f6", IS, "Ref 6982, same text. BP open; Amber open.")]),
 ("PEEL Effectiveness 2016", "6983", "Recommendation", "Stop telephone DASH risk assessments / DA in resolution centre", "Supt Contact Centre", "Complete", "Ceased Jan 2017.", dt.date(2017, 2, 1),
  [("f7", IS, "Ref 6983, same text. HMICFRS CO = closed; Complete = done.")]),
 ("PEEL Effectiveness 2016", "6985", "Recommendation", "Missing children - call takers use missing/absent correctly; CSE risk factors; supervisors oversee missing enquiries", "Ch Supt Public Protection", "Amber", "Absent category withdrawn; supervisor audit monthly.", None,
  [("f9", IS, "Ref 6985, same three bullets. BP open; Amber open. (The cause of concern above it, 6984, is not in the tracker.)")]),
 ("Stolen Freedom (MSHT) 2017", "8312", "National", "Review MSHT leadership & governance so that:\n- senior leaders prioritise MSHT response\n- every MS incident allocated resources with skills/capacity to investigate\n- effective partnership arrangements to share info and safeguard victims", "Det Ch Supt Force CID", "Amber", "MSHT Gold group meets monthly.", None,
  [("n19", CF, "Ref 8312, same stem, but the tracker lists only three bullets: the fourth (performance and quality assurance measures) is missing. Both open.")]),
 ("Stolen Freedom (MSHT) 2017", "8313", "National", "Within 6 months - active info-sharing agreements with other agencies (intelligence exchange, safeguard victims, identify suspects early)", "Head of Intelligence", "Amber", "ISA with LAs signed; NCA pending.", None,
  [("n20", IS, "Ref 8313; HMICFRS text keeps the stray footnote '86'. BP open; Amber open.")]),
 ("Stolen Freedom (MSHT) 2017", "8314", "National", "Victims offending under compulsion - early consideration of s45 defence", "Head of Criminal Justice", "Complete", "CPS joint guidance issued.", dt.date(2018, 9, 1),
  [("n21", IS, "Ref 8314, same text. CO closed; Complete done.")]),
 ("Stolen Freedom (MSHT) 2017", "8315", "National", "Full compliance with NRM process and duty to notify HO of adult victims (MSA 2015)", "Det Ch Supt Force CID", "Green", "NRM SPOC in place; duty-to-notify compliance 100% for 2 quarters.", dt.date(2026, 1, 30),
  [("n22", CS, "Ref 8315, same text. HMICFRS BP = open; Green = done: submit.")]),
 ("Stolen Freedom (MSHT) 2017", "8316", "National", "NCRS compliance for MSHT offences; FCR audit capacity", "Force Crime Registrar", "Amber", "MSHT added to audit plan 2026/27.", None,
  [("n23", IS, "Ref 8316, same text. HMICFRS AR = open; Amber open.")]),
 ("Stolen Freedom (MSHT) 2017", "8317", "National", "MSHT allegations thoroughly investigated & supervised by skilled teams (JITs / overseas evidence)", "Det Ch Supt Force CID", "Amber", "", None,
  [("n24", IS, "Ref 8317, same text. BP open; Amber open.")]),
 ("PEEL Efficiency 17 (all forces)", "8405", "National", "By Sept 2018 produce an ambitious plan to improve digitally enabled services", "Head of Digital", "Complete", "Digital strategy 2024-27 approved by FET.", dt.date(2025, 10, 20),
  [("n26", CS, "Ref 8405, same text. HMICFRS BP = open; Complete = done: submit.")]),
 ("PEEL Legit 17 S&S", "8540", "Cause of concern", "CoC - forces cannot show S&S is reasonable and fair; BAME over-representation unexplained", "Supt Operations", "Amber", "", None,
  [("n27", IS, "Ref 8540, same cause of concern. BP open; Amber open.")]),
 ("PEEL Legit 17 S&S", "8514", "National", "By July 2018 monitor S&S data to understand: disproportionality by ethnicity; find rates by ethnicity & search type (drugs possession/supply); possession-only drug searches vs priorities", "Supt Operations", "Amber", "Quarterly disproportionality report to S&S board.", None,
  [("n28", CF, "Text is plainly 8541 (S&S monitoring, three bullets), but the tracker's ref is 8514 (digits transposed; 8514 is not on the list). Matched by text; the reference disagrees. Both open.")]),
 ("PEEL Legit 17 S&S", "8542", "National", "Where disparities found - research/analysis of reasons and action to reduce, shown to the public", "Supt Operations", "Green", "Published on force website Dec 2025.", dt.date(2026, 1, 8),
  [("n29", CS, "Ref 8542, same text. HMICFRS BP = open; Green = done: submit.")]),
 ("PEEL Legit 17 S&S", "", "National", "Publish S&S disparity analysis and actions at least annually (from July 2018)", "Supt Operations", "Amber", "Annual report due June.", None,
  [("n30", IS, "No ref on either side (HMICFRS REC_ID is '.', SAS missing). Same sentence, same report. BP open; Amber open.")]),
 ("PEEL Legit 17 S&S", "8543", "National", "All S&S officers trained in unconscious bias and CoP APP on S&S", "Head of Learning & Development", "Complete", "98% trained.", dt.date(2019, 11, 5),
  [("n31", IS, "Ref 8543, same text. CO closed; Complete done.")]),
 ("PEEL 2018/19", "9210", "Recommendation", "Review officers' capability/capacity to manage investigative workloads", "ACC Crime", "Amber", "Investigations review phase 2.", None,
  [("p0", IS, "Ref 9210, same text. BP open; Amber open.")]),
 ("PEEL 2018/19", "9211", "Recommendation", "Review vulnerability approach with partners", "Ch Supt Public Protection", "Green", "Partnership vulnerability review signed off at Safeguarding Board.", dt.date(2025, 9, 19),
  [("p1", CS, "Ref 9211, same text. HMICFRS BP = open; Green = done: submit.")]),
 ("PEEL 2018/19", "9212", "Recommendation", "Extend skills project to all skills (not only operational) inc future skills - to inform workforce plans", "Director of People", "Amber", "", None,
  [("p2", IS, "Ref 9212, same text. HMICFRS AR = open; Amber open.")]),
 ("PEEL 2018/19", "9213", "Recommendation", "Agree arrangements with Warwickshire for smooth transition to future operating model (end of alliance)", "DCC", "Amber", "Residual shared services: ICT and firearms training.", None,
  [("p3", CL, "Ref 9213, same text. HMICFRS CO = closed; Amber = open: close locally.")]),
 ("PEEL 2018/19", "9214", "Recommendation", "Define new operating model - affordable and fit to protect communities of West Mercia", "DCC", "Amber", "", None,
  [("p4", IS, "Ref 9214, same text. BP open; Amber open.")]),
 ("PEEL 2018/19", "9216", "Recommendation", "Within 6 months - regular, active, recorded supervision of investigations", "ACC Crime", "Red", "Supervision compliance 61% - off track.", None,
  [("p6", IS, "Ref 9216, same text ('within six months' on both). BP open; Red open.")]),
 ("PEEL 2018/19", "9221", "AFI", "Better use of crime recording/management system for case files & investigations", "Head of Information Management", "Amber", "", None,
  [("p11", IS, "Ref 9221, AFI on both sides. HMICFRS AR = open; Amber open.")]),
 ("PEEL 2018/19 - CoC", "9217", "Cause of concern", "CoC - no suitable arrangements to maintain services when Warwickshire alliance ends (skills gaps, investigation, safeguarding)", "DCC", "Amber", "", None,
  [("p7", IS, "Ref 9217, same cause of concern. BP open; Amber open.")]),
 ("PEEL 2018/19 - CoC", "9218", "Cause of concern", "CoC - lack of capacity/capability to investigate crime effectively", "ACC Crime", "Amber", "", None,
  [("p8", IS, "Ref 9218, same cause of concern. BP open; Amber open.")]),
 ("PEEL 2018/19 - CoC", "9219", "Recommendation", "Within 6 months - faster digital evidence retrieval (phones, computers, devices)", "Head of Digital Forensics", "Green", "Backlog cleared; kiosks in all hubs.", dt.date(2025, 12, 1),
  [("p9", CS, "Ref 9219, same text. HMICFRS BP = open; Green = done: submit.")]),
 ("PEEL 2018/19 - CoC", "9220", "Recommendation", "Within 6 months - understand RUI and bail management", "Head of Criminal Justice", "Amber", "Bail Act 2022 changes embedded; RUI numbers reducing.", None,
  [("p10", CL, "Ref 9220, same text. HMICFRS SU = closed; Amber = open: close locally.")]),
 ("Police powers spotlight (Feb 21)", "10411", "National", "By July 2022 - effective communication skills per National Policing Guidelines on Conflict Management", "Head of Learning & Development", "Amber", "", None,
  [("n32", IS, "Ref 10411, same text. BP open; Amber open.")]),
 ("Police powers spotlight (Feb 21)", "10412", "National", "By July 2021 - comms skills in CPD; supervisors debrief using BWV", "Head of Learning & Development", "Green", "BWV debrief in PDR framework.", dt.date(2025, 8, 28),
  [("n33", CS, "Ref 10412, same text. HMICFRS BP = open; Green = done: submit.")]),
 ("Police powers spotlight (Feb 21)", "10413", "National", "By Sept 2021 - BWV for whole S&S encounter; internal BWV review process; scrutiny panel access to BWV", "Supt Operations", "Amber", "", None,
  [("n34", IS, "Ref 10413, same three asks. BP open; Amber open.")]),
 ("Police powers spotlight (Feb 21)", "10415", "National", "By July 2021 - internal monitoring of use of force to identify/explain disproportionality", "Supt Operations", "Amber", "", None,
  [("n36", IS, "Ref 10415, same text. HMICFRS AR = open; Amber open.")]),
 ("NCPI 2017", "", "Recommendation", "Child detention in custody - review with children's social care (detain only when necessary, alternative accommodation, detention certificates, appropriate adults)", "Ch Insp Custody", "Amber", "Concordat signed with both LAs.", None,
  [(None, NO, "No National child protection inspection item on the HMICFRS extract, no ref; nothing on the list resembles it. Query with HMICFRS.")]),
 ("Abuse of position (APSP) 2017", "", "Recommendation", "Counter-corruption plan to seek intelligence on abuse of position for a sexual purpose (national strategy)", "Head of Professional Standards", "Green", "Plan assessed by HMICFRS Oct 2017.", dt.date(2018, 3, 1),
  [(None, NO, "The APSP report is not on the extract at all; no ref. Query with HMICFRS (probably closed and dropped).")]),
 ("Force local", "", "Local action", "Review the missing persons demand profile as part of the force management statement", "Head of Corporate Development", "Amber", "", None,
  [(None, NO, "Force's own local action, no HMICFRS report or ref. Not on the list.")]),
]

nonitems_f = []
fwb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
fwb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Strategic Planning & Assurance",
                    "company": "West Mercia Police", "created": dt.datetime(2026, 2, 20, 16, 2, 0)})
fs = fwb.add_worksheet("Tracker")
tf = fwb.add_format({"bold": True, "font_size": 14})
hf = fwb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "border": 1, "text_wrap": True})
cf = fwb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
df = fwb.add_format({"border": 1, "valign": "top", "num_format": "dd/mm/yyyy"})
rag = {"Green": "#C6EFCE", "Amber": "#FFEB9C", "Red": "#FFC7CE", "Complete": "#BDD7EE"}
ragf = {k: fwb.add_format({"border": 1, "valign": "top", "bg_color": v}) for k, v in rag.items()}
fs.write_string(0, 0, "West Mercia Police – HMICFRS Recommendations & AFIs Tracker", tf)
nonitems_f.append((1, "title"))
fs.write_string(1, 0, "Maintained by Strategic Planning & Assurance. Last updated 20/02/2026 for JAC March 2026.")
nonitems_f.append((2, "subtitle / update note"))
nonitems_f.append((3, "blank"))
FH = ["No.", "Report", "HMICFRS Ref", "Type", "Recommendation / AFI", "Lead", "RAG", "Latest update", "Submitted for closure"]
for c, h in enumerate(FH):
    fs.write_string(3, c, h, hf)
for c, w in enumerate([5, 26, 12, 15, 70, 26, 10, 40, 14]):
    fs.set_column(c, c, w)
truth = []
for i, (rep, ref, typ, text, lead, rg, upd, sub, items) in enumerate(F):
    rr = 4 + i
    fs.write_number(rr, 0, i + 1, cf)
    fs.write_string(rr, 1, rep, cf)
    if ref:
        fs.write_string(rr, 2, ref, cf)
    else:
        fs.write_blank(rr, 2, None, cf)
    fs.write_string(rr, 3, typ, cf)
    fs.write_string(rr, 4, text, cf)
    fs.write_string(rr, 5, lead, cf)
    fs.write_string(rr, 6, rg, ragf[rg])
    if upd:
        fs.write_string(rr, 7, upd, cf)
    else:
        fs.write_blank(rr, 7, None, cf)
    if sub:
        fs.write_datetime(rr, 8, dt.datetime.combine(sub, dt.time()), df)
    else:
        fs.write_blank(rr, 8, None, cf)
    for hk, cat, why in items:
        truth.append((f"{SHEET}!{hrow[hk]}" if hk else "", f"Tracker!{rr + 1}", cat, why, hk))
fs.freeze_panes(4, 0)
fs.autofilter(3, 0, 3 + len(F), len(FH) - 1)
fwb.close()

covered = {t[4] for t in truth if t[4]}
MISSING_WHY = {
 "n7": "2412 (front-line workforce assessment, Policing in austerity) has no row in the tracker: the force tracks 2410, 2411 and 2413 only. HMICFRS NFA (closed) but still on the list.",
 "n13": "5560 (Building the picture, information-management audits) is on the list as BP; no tracker row mentions information management or ref 5560.",
 "f8": "6984, the missing-children cause of concern, is not tracked; the force tracks only its recommendation 6985. HMICFRS CO.",
 "n25": "8318 (MSHT preventative powers: STOs/STPOs) has no tracker row; the MSHT rows cover 8312-8317 only.",
 "p5": "9215 (consult the public on business planning) is absent: the PEEL 2018/19 rows jump from 9214 to 9216.",
 "n35": "10414 is addressed to the Home Office and NPCC, not forces; the force never tracked it. HMICFRS NFA, still listed.",
}
for k in H:
    if k not in covered:
        truth.append((f"{SHEET}!{hrow[k]}", "", "missing_from_force", MISSING_WHY[k], k))
assert set(MISSING_WHY) == set(H) - {t[4] for t in truth if t[2] != "missing_from_force"}

def rowkey(t):
    a = int(t[0].rsplit("!", 1)[1]) if t[0] else 10**6
    b = int(t[1].rsplit("!", 1)[1]) if t[1] else 10**6
    return (a, b)
truth.sort(key=rowkey)
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t[:4])

# ------------------------------------------------------------------- README
from collections import Counter
cnt = Counter(t[2] for t in truth)
cut = [R[k][0] for k in R if len(R[k][0]) > 100]
def rows_of(reason_start):
    return ", ".join(str(r) for r, why in nonitems_h if why.startswith(reason_start))
README = f"""# sas_ods_proc_print_by_report

## Story
West Mercia Police's Strategic Planning & Assurance team keeps an ordinary HMICFRS tracker. The
definitive list does not reach them straight from HMICFRS: the West Midlands Regional
Collaboration's Performance Team collects each force's monitoring-portal export from the Force
Liaison Leads, loads it into SAS Enterprise Guide, and sends each force its slice back as ODS
EXCEL output of `PROC PRINT DATA=WORK.WMP_REG N; BY REPORT_TITLE PUB_DT NOTSORTED;`. The file
therefore carries the marks of SAS, not of the portal: a sheet named by ODS
(`{SHEET}`), TITLE and FOOTNOTE lines, one BY line per report group with the column header
repeated under it, an `Obs` running number, `N = k` count lines, SAS variable names as headers,
`.` for missing numeric values (ids and dates), DATE9 dates (`09FEB2017`), status codes instead of
words (the legend is only in a footnote), and character lengths fixed by an earlier PROC IMPORT:
TYPE is $14 (so `Area for impro`, `Cause of conce`, `National recom`) and REPORT_TITLE is $100.

## Files
- `hmicfrs.xlsx`: one sheet `{SHEET}`, 143 rows, columns A-G
  `Obs | REC_ID | TYPE | REC_TEXT | STATUS | STATUS_DT | DAYS_OPEN`. No single header row: the
  header is repeated under each of 19 BY lines. 59 item rows. Obs is numeric 1-59 (SAS
  observation number, NOT a reference); REC_ID numeric (the register id) or the text `.`
  (missing); TYPE cut to 14 characters; REC_TEXT verbatim HMICFRS wording with its line breaks,
  bullets, curly quotes and a stray footnote digit (`intelligence 86`, row {hrow['n20']}; `and 20`,
  row {hrow['n4']}); STATUS one of AR/BP/CO/SU/NFA; STATUS_DT DATE9 text or `.`; DAYS_OPEN number
  or `.` for closed items. Title, BY, N and footnote lines are merged across A:G.
- `tracker.xlsx`: one sheet `Tracker`; title rows 1-2, blank row 3, header row 4, items rows
  5-60 (56 rows), autofilter and frozen header. Columns `No. | Report | HMICFRS Ref | Type |
  Recommendation / AFI | Lead | RAG | Latest update | Submitted for closure`. RAG words Green /
  Amber / Red / Complete (also shaded); Complete and Green = done, Amber and Red = open. Refs are
  text; dates are real dates dd/mm/yyyy.
- `truth.csv`: 63 lines, UTF-8. `hmicfrs_row` is `{SHEET}!<row>`, `force_row` is `Tracker!<row>`.

## What the layout brings (HMICFRS side)
1. Report name and publication date only in BY lines (`REPORT_TITLE=... PUB_DT=24OCT2017`),
   rows {rows_of('BY line')}; each is followed by a repeated header row.
2. NOTSORTED BY groups: *Stolen freedom* appears twice (rows {hrow['n19']}-{hrow['n22']} and
   {hrow['n23']}-{hrow['n25']}) and *PEEL 2018/19 – West Mercia* twice (rows {hrow['p0']}-{hrow['p11']} and
   {hrow['p7']}-{hrow['p10']}); the second block holds the causes of concern and their recommendations.
3. REPORT_TITLE $100 truncation: {len(cut)} titles cut mid-word ({'; '.join(t[:40] + '...' for t in cut)}).
4. TYPE $14 truncation: `Area for impro`, `Cause of conce`, `National recom`; only
   `Recommendation` survives whole.
5. Status codes AR / BP (open), CO / SU / NFA (closed), decoded only by the footnote at row 141.
6. `.` missing values: REC_ID at row {hrow['n30']} (no id on the portal for the "We expect forces to
   publish this analysis" sentence); STATUS_DT `.` for the AR items; DAYS_OPEN `.` for closed ones.
7. `Obs` 1-59 looks like an item number and the tracker also has a `No.` 1-56; neither is a
   reference. Only REC_ID (and the tracker's `HMICFRS Ref`) are.
8. `N = k` rows after each group, an overall `N = 59` (row 139) and three footnotes.

## Traps and how the truth decides
- Combined force row (Tracker!6, refs `1188 / 1189`): two truth lines; 1188 is CO on the list so
  closeable_local, 1189 is BP so in_sync.
- Near-duplicate texts across reports: 1189 (2013) and 5105 (2015) are almost the same words;
  the tracker's 2015 row (Tracker!14, no ref) belongs to 5105 by its report name.
- Split item: 6989 (CDI, five bullets) is two tracker rows (Tracker!24 Green, Tracker!25 Amber);
  the item is not done until both are, so both lines are in_sync (HMICFRS BP).
- Wrong ref: Tracker!39 types 8514 for the S&S monitoring item 8541 (row {hrow['n28']}): conflict (reference).
- Timescale: 6102 "Within three months" vs tracker "Within six months" (Tracker!16): conflict.
- Type: 6242 is `Area for impro` (AFI) on the list but "Recommendation" in the tracker (Tracker!22): conflict.
- Missing bullet: 8312 (MSHT leadership) tracker lists three of four bullets (Tracker!31): conflict.
- Cause of concern 6984 untracked while its recommendation 6985 is tracked: missing_from_force.
- 10414 is addressed to the Home Office/NPCC: on the list (NFA), not tracked: missing_from_force.
- REC_ID `.` item (row {hrow['n30']}) matches an un-referenced tracker row by text: in_sync.
- Closed-on-list items the force still shows open (SU, NFA, CO vs Amber): closeable_local.
- No `review` lines: every pair is decidable by ref, report and text.

## Counts
{chr(10).join(f'- {k}: {v}' for k, v in sorted(cnt.items()))}
- total lines: {len(truth)} (59 HMICFRS items; 56 tracker rows, one holding two items, one
  item split over two rows; 3 tracker rows not on the list; 6 list items not in the tracker)

## Rows that are not items
HMICFRS sheet `{SHEET}`:
- titles: rows 1-2; blank rows: {rows_of('blank')}
- BY lines (report headings): {rows_of('BY line')}
- repeated column headers: {rows_of('column header')}
- BY-group counts `N = k`: {rows_of('BY-group count')}; overall count: row 139
- footnotes (status legend, notes, run stamp): rows 141-143

Tracker: row 1 title, row 2 update note, row 3 blank, row 4 header.

## Checks run
- Every item row of both files is in truth.csv (59 HMICFRS rows with a numeric Obs; 56 tracker
  rows with text) and nothing else is; checked by reading both files back with openpyxl.
- Both files read with pandas (`read_excel`, header=None for the list, header=3 for the tracker).
- Every REC_TEXT is an exact literal from `real_recommendations.csv` or the casegen text lists.
- Two builds compared with sha256: identical (XlsxWriter, fixed created date, no clock).
"""
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
    fh.write(README)

if __name__ == "__main__":
    print(dict(cnt), "lines", len(truth), "H items", len(H), "F rows", len(F))
