"""Build case 'portal_csv_sep_line_text_guards' (round 89, case B).

HMICFRS side: hmicfrs.csv, the Force Liaison Lead's extract from the HMICFRS monitoring
portal, as the portal writes it: Windows-1252, a `sep=,` first line (Excel reads it as a
directive and does not show it), an OFFICIAL marking and a criteria block above the header,
Excel text guards (="000611") on the ID-like columns, quoted multi-line texts, a row repeated
by the portal's join on portfolio, and a footer with the record count.
Force side: tracker.xlsx, a plain tracker kept by Risk & Organisational Learning.

Run with /work/main/.venv/bin/python. Deterministic: fixed seed, fixed document properties.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

import xlsxwriter

CASE = "portal_csv_sep_line_text_guards"
OUT = Path("/tmp/indep89") / CASE
FORCE = "Severn Vale Police"
rng = random.Random(8902)

# --------------------------------------------------------------------------------------------
# Reports: key -> (portal title, published dd/mm/yyyy, applies to)
# --------------------------------------------------------------------------------------------
ALL = "All forces"
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", "09/07/2013", ALL),
    "every": ("Everyone's business: Improving the police response to domestic abuse", "27/03/2014", ALL),
    "aust": ("Policing in austerity: Meeting the challenge", "22/07/2014", ALL),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", "04/09/2014", ALL),
    "integ": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "30/01/2015", ALL),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", "24/03/2015", ALL),
    "pict": ("Building the picture: an inspection of police information management", "01/07/2015", ALL),
    "fire": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "15/09/2015", ALL),
    "eff15": ("PEEL: Police efficiency 2015 – Severn Vale Police", "15/10/2015", FORCE),
    "cdi17": ("Crime data integrity inspection 2017 – Severn Vale Police", "09/02/2017", FORCE),
    "effv16": ("PEEL: Police effectiveness 2016 – Severn Vale Police", "02/03/2017", FORCE),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", "24/10/2017", ALL),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", "09/11/2017", ALL),
    "efc17f": ("PEEL: Police efficiency 2017 – Severn Vale Police", "09/11/2017", FORCE),
    "ncpi17": ("National child protection inspection 2017 – Severn Vale Police", "24/11/2017", FORCE),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", "12/12/2017", ALL),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Severn Vale Police", "02/05/2019", FORCE),
    "vet19": ("Severn Vale Police: revisit of vetting arrangements 2019", "16/09/2019", FORCE),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", "26/02/2021", ALL),
    "peel2122": ("PEEL 2021/22: Police effectiveness, efficiency and legitimacy – Severn Vale Police", "22/04/2022", FORCE),
    "peel2325": ("PEEL 2023–2025: Police effectiveness, efficiency and legitimacy – Severn Vale Police", "12/06/2025", FORCE),
}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "Recommendation (national)"
AR, BP, CP, SU, NFA = "Awaiting review", "Being progressed", "Complete", "Superseded", "No further action required"

# Real wording, copied as literals (real_recommendations.csv, casegen/texts, JAC paper).
T = {}
T["s13a"] = ("Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.")
T["s13b"] = ("Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.")
T["s13c"] = ("Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.")
T["ev1"] = ("By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\n"
            "This action plan should be developed:\n\n"
            "• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n"
            "• after close consideration of all the recommendations in this report;\n"
            "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n"
            "• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.")
T["au1"] = ("All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews")
T["au2"] = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.")
T["au3"] = ("Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.")
T["au4"] = ("In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.")
T["co1"] = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.")
T["co2"] = ("By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.")
T["in1"] = ("By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.")
T["s15"] = ("Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.")
T["pi1"] = ("By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.")
T["fi1"] = ("Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.")
T["fi2"] = ("Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.")
T["fi3"] = ("Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.")
T["fi4"] = ("Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.")
T["fi5"] = ("Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.")
T["e15a"] = ("The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public")
T["e15b"] = "The force should develop its understanding of the links between its outcomes, outputs and costs"
T["e15c"] = ("The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.")
T["cdi"] = ("Within six months the force should put in place arrangements to ensure that:\n"
            "• at the point of report, victims are believed;\n"
            "• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n"
            "• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n"
            "• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n"
            "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.")
T["v16c1"] = ("The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.")
T["v16r1"] = ("To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n"
              "• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action")
T["v16c2"] = ("The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.")
T["v16r2"] = ("In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.")
T["v16r3"] = ("To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.")
T["v16r4"] = ("In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease")
T["st1"] = ("Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n"
            "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
            "• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n"
            "• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n"
            "• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.")
T["st2"] = ("Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible")
T["st3"] = ("Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.")
T["st4"] = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.")
T["st5"] = ("Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.")
T["st6"] = ("Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).")
T["st7"] = ("Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.")
T["dig"] = ("By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.")
T["ctrl"] = ("The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.")
T["ncpi"] = ("Within six months Severn Vale Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.")
T["l17c"] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.")
T["l17a"] = ("By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n"
             "•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.")
T["l17b"] = ("Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n"
             "•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;")
T["l17p"] = "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018."
T["l17d"] = ("By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.")
T["p19c"] = ("The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.")
T["p19r0"] = ("HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and")
T["p19r1"] = ("HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.")
T["p19r2"] = ("HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;")
T["p19r5"] = ("HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.")
T["p19r6"] = ("HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;")
T["p19r9"] = ("HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;")
T["p19r10"] = ("HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;")
T["p19a"] = "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes."
T["vc"] = "The size of the vetting backlog within Severn Vale Police is a cause of concern."
T["vr"] = ("The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.")
T["pw1"] = ("By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.")
T["pw2"] = ("By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.")
T["pw3"] = ("By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\n"
            "have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\n"
            "provide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.")
T["pw4"] = ("The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.")
T["pw5"] = ("By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.")
# PEEL formulaic AFIs: stem "The force should {b}." with TOPIC_BODIES x TOPICS (casegen texts).
T["a1"] = "The force should improve its understanding of the nature and scale of fraud in its area."
T["a2"] = "The force should make sure investigations of rape and serious sexual offences are allocated to officers with the right skills and are effectively supervised."
T["a3"] = "The force should improve the timeliness of its response to calls for service involving vulnerable adults."
T["a4"] = "The force should make sure victims of stalking and harassment are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime."
T["a5"] = "The force should improve how it gathers, assesses and acts on intelligence about county lines drug dealing."
T["a6"] = "The force should make sure it records reports of hate crime accurately and without delay."
T["b1"] = "The force should make sure it has enough specialist capacity and capability to investigate online child sexual abuse."
T["b2"] = "The force should make sure officers and staff have the training they need to identify and respond to violence against women and girls."
T["b3"] = "The force should develop a problem-solving approach to anti-social behaviour, working with local communities and partners."
T["b4"] = "The force should evaluate its work to prevent knife crime and share what works across the force."
T["b5"] = "The force should make sure its performance framework gives senior leaders a clear picture of its response to road harm."

# --------------------------------------------------------------------------------------------
# HMICFRS items: key, report, portal id, para, type, status, status date, portfolio, linked CoC
# --------------------------------------------------------------------------------------------
H = [
    ("s13a", "sas13", 611, "1", NAT, CP, "18/03/2016", "Legitimacy", None),
    ("s13b", "sas13", 612, "2", NAT, CP, "18/03/2016", "Legitimacy", None),
    ("s13c", "sas13", 613, "3", NAT, CP, "18/03/2016", "Legitimacy", None),
    ("in1", "integ", 902, "1", NAT, CP, "27/04/2018", "Workforce", None),
    ("ev1", "every", 2321, "1", NAT, SU, "14/11/2017", "Vulnerability", None),
    ("au1", "aust", 3104, "1", NAT, NFA, "16/10/2017", "Efficiency", None),
    ("au2", "aust", 3105, "2", NAT, NFA, "16/10/2017", "Efficiency", None),
    ("au3", "aust", 3106, "3", NAT, NFA, "16/10/2017", "Efficiency", None),
    ("au4", "aust", 3107, "4", NAT, NFA, "16/10/2017", "Efficiency", None),
    ("co1", "core", 4821, "1", NAT, CP, "09/01/2019", "Crime and investigation", None),
    ("co2", "core", 4822, "2", NAT, BP, "09/01/2019", "Crime and investigation", None),
    ("s15", "sas15", 5010, "1", NAT, BP, "03/06/2024", "Legitimacy", None),
    ("pi1", "pict", 5233, "1", NAT, AR, "14/08/2025", "Information management", None),
    ("fi1", "fire", 5560, "1", NAT, CP, "20/02/2020", "Firearms licensing", None),
    ("fi2", "fire", 5561, "2", NAT, BP, "20/02/2020", "Firearms licensing", None),
    ("fi3", "fire", 5562, "3", NAT, CP, "20/02/2020", "Firearms licensing", None),
    ("fi4", "fire", 5563, "4", NAT, BP, "20/02/2020", "Firearms licensing", None),
    ("fi5", "fire", 5564, "5", NAT, BP, "20/02/2020", "Firearms licensing", None),
    ("e15a", "eff15", 5702, "1", AFI, CP, "11/05/2017", "Efficiency", None),
    ("e15b", "eff15", 5703, "2", AFI, BP, "11/05/2017", "Efficiency", None),
    ("e15c", "eff15", 5704, "3", AFI, CP, "11/05/2017", "Efficiency", None),
    ("cdi", "cdi17", 6989, "1", REC, BP, "02/11/2017", "Crime data integrity", None),
    ("v16c1", "effv16", 7120, "C1", COC, CP, "05/07/2019", "Vulnerability", None),
    ("v16r1", "effv16", 7121, "C1.1", REC, CP, "05/07/2019", "Vulnerability", 7120),
    ("v16c2", "effv16", 7122, "C2", COC, SU, "05/07/2019", "Vulnerability", None),
    ("v16r2", "effv16", 7123, "C2.1", REC, SU, "05/07/2019", "Vulnerability", 7122),
    ("v16r3", "effv16", 7124, "C2.2", REC, SU, "05/07/2019", "Vulnerability", 7122),
    ("v16r4", "effv16", 7125, "C2.3", REC, BP, "05/07/2019", "Vulnerability", 7122),
    ("st1", "stolen", 8402, "1", NAT, BP, "24/10/2017", "Vulnerability", None),
    ("st2", "stolen", 8403, "2", NAT, BP, "24/10/2017", "Vulnerability", None),
    ("st3", "stolen", 8404, "3", NAT, CP, "12/03/2021", "Vulnerability", None),
    ("st4", "stolen", 8405, "4", NAT, BP, "24/10/2017", "Vulnerability", None),
    ("st5", "stolen", 8406, "5", NAT, BP, "24/10/2017", "Crime data integrity", None),
    ("st6", "stolen", 8407, "6", NAT, AR, "21/08/2025", "Vulnerability", None),
    ("st7", "stolen", 8408, "7", NAT, CP, "12/03/2021", "Vulnerability", None),
    ("dig", "efc17n", 8476, "1", NAT, BP, "09/11/2017", "Efficiency", None),
    ("ctrl", "efc17f", 8477, "1", AFI, BP, "09/11/2017", "Efficiency", None),
    ("l17c", "leg17", 8540, "C1", COC, BP, "12/12/2017", "Legitimacy", None),
    ("l17a", "leg17", 8541, "1.1", NAT, BP, "12/12/2017", "Legitimacy", 8540),
    ("l17b", "leg17", 8542, "1.2", NAT, BP, "12/12/2017", "Legitimacy", 8540),
    ("l17p", "leg17", 8543, "1.3", NAT, AR, "12/12/2017", "Legitimacy", 8540),
    ("l17d", "leg17", 8544, "1.4", NAT, CP, "30/09/2022", "Legitimacy", 8540),
    ("ncpi", "ncpi17", 8548, "1", REC, BP, "24/11/2017", "Vulnerability", None),
    ("p19c", "peel1819", 9310, "C1", COC, BP, "02/05/2019", "Crime and investigation", None),
    ("p19r0", "peel1819", 9311, "1.1", REC, CP, "17/01/2023", "Crime and investigation", 9310),
    ("p19r1", "peel1819", 9312, "1.2", REC, BP, "02/05/2019", "Vulnerability", 9310),
    ("p19r2", "peel1819", 9313, "1.3", REC, BP, "02/05/2019", "Workforce", 9310),
    ("p19r5", "peel1819", 9314, "1.6", REC, AR, "02/05/2019", "Efficiency", 9310),
    ("p19r6", "peel1819", 9315, "1.7", REC, BP, "02/05/2019", "Crime and investigation", 9310),
    ("p19r9", "peel1819", 9316, "1.8", REC, BP, "02/05/2019", "Crime and investigation", 9310),
    ("p19r10", "peel1819", 9317, "1.9", REC, BP, "02/05/2019", "Crime and investigation", 9310),
    ("p19a", "peel1819", 9318, "1.10", AFI, BP, "02/05/2019", "Crime and investigation", None),
    ("vc", "vet19", 9455, "C1", COC, BP, "16/09/2019", "Workforce", None),
    ("vr", "vet19", 9456, "C1.1", REC, BP, "16/09/2019", "Workforce", 9455),
    ("pw1", "powers", 10721, "1", NAT, BP, "26/02/2021", "Legitimacy", None),
    ("pw2", "powers", 10722, "2", NAT, CP, "06/12/2023", "Legitimacy", None),
    ("pw3", "powers", 10723, "3", NAT, BP, "26/02/2021", "Legitimacy", None),
    ("pw4", "powers", 10724, "4", NAT, NFA, "26/02/2021", "Legitimacy", None),
    ("pw5", "powers", 10725, "5", NAT, BP, "26/02/2021", "Legitimacy", None),
    ("a1", "peel2122", 11893, "1", AFI, BP, "22/04/2022", "Crime and investigation", None),
    ("a2", "peel2122", 11894, "2", AFI, BP, "22/04/2022", "Crime and investigation", None),
    ("a3", "peel2122", 11895, "3", AFI, CP, "28/02/2025", "Vulnerability", None),
    ("a4", "peel2122", 11896, "4", AFI, BP, "22/04/2022", "Vulnerability", None),
    ("a5", "peel2122", 11897, "5", AFI, CP, "28/02/2025", "Serious and organised crime", None),
    ("a6", "peel2122", 11898, "6", AFI, AR, "02/09/2025", "Crime data integrity", None),
    ("b1", "peel2325", 13340, "1", AFI, AR, "12/06/2025", "Vulnerability", None),
    ("b2", "peel2325", 13341, "2", AFI, AR, "12/06/2025", "Vulnerability", None),
    ("b3", "peel2325", 13342, "3", AFI, AR, "12/06/2025", "Neighbourhood policing", None),
    ("b4", "peel2325", 13343, "4", AFI, AR, "12/06/2025", "Serious and organised crime", None),
    ("b5", "peel2325", 13344, "5", AFI, AR, "12/06/2025", "Roads policing", None),
]
# The force's closure requests the portal records (the tracker's "Submitted for closure" rows).
CLOSURE_REQ = {"pi1": "14/08/2025", "st6": "21/08/2025", "a5": "09/12/2024", "a6": "02/09/2025"}
# The portal's join on portfolio repeats an item tagged to two portfolios (not a new item).
DUP_AFTER = ("st1", "Serious and organised crime")

CLOSED = {CP, SU, NFA}

# --------------------------------------------------------------------------------------------
# Force tracker rows: (hm keys, tracker ref, report, type, text, status, update)
# --------------------------------------------------------------------------------------------
DONE = {"Complete", "Submitted for closure"}
F = [
    (["s13a"], None, "Stop & Search 2013", "National", "CCs & CoP to set out in the S&S APP a clear specification of what constitutes effective & fair use of S&S powers (compliant with Code of Practice)", "Complete", "APP published by CoP; force S&S policy aligned."),
    (["s13b"], None, "Stop & Search 2013", "National", "Establish / improve monitoring of how officers stop & search people - lawful (incl. equality legislation & Code of Practice), effective, maintains public trust", "In progress", "Monitoring dashboard in development with the Legitimacy Board."),
    (["s13c"], None, "Stop & Search 2013", "National", "In consultation with elected local policing bodies, explain use of S&S powers to the public & arrange for S&S records to be scrutinised by community reps (involve young people)", "Complete", "Community scrutiny panel in place since 2015."),
    (["ev1"], None, "Everyone's Business (DA) 2014", "National", "Establish & publish a DA action plan specifying steps to improve our approach to DA - developed in consultation with PCC, DA support orgs & victims' reps, after considering all recs in the report, with reference to DHRs & IPCC findings...", "Complete", "DA action plan published Sept 2014; now part of the VAWG delivery plan."),
    (["au1"], None, "Policing in Austerity 2014", "National", "Review plans to deliver savings - continue to reduce crime & protect the front line while balancing budgets (use HMIC VfM profiles)", "In progress", "Addressed holistically as part of the force change programme."),
    (["au2", "au3"], None, "Policing in Austerity 2014", "National", "Savings via collaboration <10% - assess scope to improve; forces reducing front line workforce to assess whether decisive action taken to maintain crime fighting capacity (HMIC to follow up in the autumn)", "Complete", "Both assessments returned to HMIC Nov 2014."),
    (["au4"], None, "Policing in Austerity 2014", "National", "Before next spending round review collaboration plans - better VfM, capability & capacity via joint working with other forces, the public and/or private sector", "In progress", "Addressed holistically as part of the force change programme."),
    (["co1"], 4821, "Core Business 2014", "National", "Provide call-handlers with specific, sound & comprehensible criteria to assess threat, harm & risk (not later than 31/03/2015)", "Complete", "THRIVE introduced in the contact centre."),
    (["co2"], 4822, "Core Business 2014", "National", "Crime prevention / disruption activity to be systematically recorded & evaluated to determine effectiveness of tactics", "Complete", "Evaluation framework live since April 2025; evidence pack with sign-off lead."),
    (["in1"], 902, "Integrity Matters 2015", "National", "Satisfy ourselves that misconduct investigations resulting in 'no further action' are fair & free of any form of discrimination (by 31 Aug 2015)", "Complete", "PSD dip-sample process agreed with the OPCC."),
    (["s15"], 5010, "Stop & Search 2 (2015)", "National", "In consultation with the PCC, comply with the Code of Practice - explain use of S&S powers to the public & arrange community scrutiny of S&S records (e.g. young people)", "In progress", "Youth scrutiny panel relaunch planned for Q4."),
    (["pi1"], 5233, "Building the Picture 2015", "National", "Arrangements to scrutinise audits of compliance with APP on info management via force IM governance structure; categorisation of records regularly adjusted", "Submitted for closure", "Completed. Evidence submitted to HMICFRS for closure."),
    (["fi1"], 5560, "Firearms Licensing 2015", "National", "Assess firearms licensing governance against APP standards; put correct arrangements in place where not compliant", "Complete", "Governance review completed."),
    (["fi2"], 5561, "Firearms Licensing 2015", "National", "Assess demand on firearms licensing dept & ensure capacity to meet it - efficient & effective service at all times", "Complete", "Demand review done; 3 additional FEOs recruited."),
    (["fi3"], 5562, "Firearms Licensing 2015", "National", "'Total expired' licensing records - satisfy ourselves all appropriate action is being taken", "Complete", None),
    (["fi5"], 5564, "Firearms Licensing 2015", "National", "Systems to identify before attendance whether an incident involves / is at the address of a firearm certificate holder, applied by dispatchers; officers understand risk assessment & power to seize", "In progress", "STORM flag being tested with the contact centre."),
    (["e15a"], None, "PEEL Efficiency 2015", "AFI", "Fuller understanding of current & likely future demand so resources can be matched to demand", "Complete", "Demand model built into the force management statement."),
    (["e15b"], None, "PEEL Efficiency 2016", "AFI", "Develop understanding of the links between outcomes, outputs & costs", "In progress", "Priority-based budgeting work with Finance."),
    (["e15c"], None, "PEEL Efficiency 2015", "AFI", "Develop future workforce plan aligned to demand & budget (resource allocations, skills mix, behaviours expected)", "In progress", "Workforce plan refresh due with the MTFP."),
    (["cdi"], 6989, "CDI 2017", "Recommendation", "CDI R1 (a) - at point of report, victims are believed", "Complete", "Crime recording training delivered to all call handlers."),
    (["cdi"], 6989, "CDI 2017", "Recommendation", "CDI R1 (b) - call handler / caller conversations summarised accurately in the incident log", "Complete", None),
    (["cdi"], 6989, "CDI 2017", "Recommendation", "CDI R1 (c) - multiple crimes always recorded when described in incident records or identified in other investigations", "In progress", "FCR audit shows 84% compliance; further audit in Nov."),
    (["cdi"], 6989, "CDI 2017", "Recommendation", "CDI R1 (d) - stop waiting for medical exam / video interview results before crime recording decision", "Complete", None),
    (["cdi"], 6989, "CDI 2017", "Recommendation", "CDI R1 (e) - online crime reports triaged at receipt for ongoing risk to victim / public", "Complete", "Single Online Home triage desk in place."),
    (["v16c1"], 7120, "PEEL Effectiveness 2016", "Cause of concern", "CoC - response to missing & absent children (risk assessment, absent v missing, CSE risk not influencing grading)", "Complete", None),
    (["v16r1"], 7121, "PEEL Effectiveness 2016", "Recommendation", "Review approach to missing children: call takers use missing/absent category correctly; knowledge of CSE risk factors; supervisors oversee missing person enquiries", "Complete", "Absent category withdrawn; all missing reports risk-assessed."),
    (["v16c2"], 7122, "PEEL Effectiveness 2016", "Cause of concern", "CoC - current approach to DA unacceptable: victims not supporting investigations, low use of arrest & prosecution", "In progress", "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update."),
    (["v16r2"], 7123, "PEEL Effectiveness 2016", "Recommendation", "Consider ways of increasing use of arrest, ancillary orders & other powers for DA (immediately)", "In progress", "DVPN/DVPO use reported monthly to the DA board."),
    (["v16r3"], 7124, "PEEL Effectiveness 2016", "Recommendation", "Understand & address why a high proportion of DA victims do not support the police investigation", "Complete", None),
    (["v16r4"], 7125, "PEEL Effectiveness 2016", "Recommendation", "Cease DA risk assessments over the telephone & dealing with DA in the resolution centre", "Complete", "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents."),
    (["st1"], 8402, "Stolen Freedom (MSHT) 2017", "National", "Within 12 months review leadership & governance arrangements for MSHT to ensure:\n- senior leaders prioritise the response to MSHT;\n- every incident allocated appropriate resources with the skills, experience & capacity to investigate;\n- effective partnership arrangements to share info & safeguard victims", "In progress", "MSHT governance now sits with the Vulnerability Board."),
    (["st2"], 8403, "Stolen Freedom (MSHT) 2017", "National", "Within 12 months have active ISAs in place with other agencies - speedy exchange of intel, safeguard victims better, identify suspects early", "In progress", "ISA with two of three local authorities signed."),
    (["st3"], 8404, "Stolen Freedom (MSHT) 2017", "National", "Victims carrying out criminal acts under compulsion - early & continuing consideration of the s45 defence", "Complete", None),
    (["st4"], 8405, "Stolen Freedom (MSHT) 2017", "National", "Fully compliant with the NRM process & the duty to notify the HO of adult victims of MSHT (MSA 2015)", "Complete", "Duty to Notify process embedded; audit Mar 2025."),
    (["st5"], 8406, "Stolen Freedom (MSHT) 2017", "National", "Comply with NCRS for MSHT offences; audit capacity for the Force Crime Registrar", "In progress", "Allocated to the Force Crime Registrar."),
    (["st6"], 8407, "Stolen Freedom (MSHT) 2017", "National", "MSHT allegations thoroughly investigated & supervised by teams with the right skills (incl. JITs / overseas intel)", "Submitted for closure", "Completed. Evidence submitted to HMICFRS for closure."),
    (["st7"], 8408, "Stolen Freedom (MSHT) 2017", "National", "Review use of preventative powers under the MSA 2015 (STPOs / STROs)", "In progress", "Work undertaken in area but still requires development to complete."),
    (["dig"], 8476, "PEEL Legitimacy 2017", "National", "By Sept 2018 produce an ambitious plan to improve digitally-enabled services (national framework: HO / NPCC / APCC)", "In progress", "Digital strategy 2025-28 in draft."),
    (["ctrl"], 8477, "PEEL Efficiency 2017", "Recommendation", "Sufficient resources in the control room to fulfil resourcing model & meet demand, taking account of workforce wellbeing", "In progress", "Contact centre resourcing review with HR."),
    (["ncpi"], 8548, "NCPI 2017", "Recommendation", "With children's social care review detention of children in custody: detained only when absolutely necessary; early assessment of need for alternative accomodation; detention certificates; record of actions & decisions; timely AA support", "In progress", "Concordat on children in custody signed with both LAs."),
    (["l17c"], 8540, "PEEL Legitimacy 2017", "Cause of concern", "CoC - S&S not demonstrably reasonable & fair; over-representation of BAME people in S&S data", "In progress", None),
    (["l17a"], 8541, "PEEL Legitimacy 2017", "National", "By July 2018 monitor a comprehensive set of S&S data: disproportionality by ethnic group, find rates by ethnicity & search type (drugs possession / supply), possession-only drug searches v priorities", "Complete", "S&S dashboard live; reviewed at the Legitimacy Board monthly."),
    (["l17b"], 8542, "PEEL Legitimacy 2017", "National", "Where disparities found - research & analysis to understand reasons, and action to reduce disparity", "In progress", None),
    (["l17d"], 8544, "PEEL Legitimacy 2017", "National", "All officers using S&S powers trained on unconscious bias & CoP APP on S&S (by July 2018 & ongoing)", "Complete", None),
    (["p19c"], 9310, "PEEL 2018/19", "Cause of concern", "CoC - capacity & capability to investigate crime effectively; failings in the way crimes are investigated", "In progress", "Investigative standards programme, Det Ch Supt Force CID."),
    (["p19r0"], 9311, "PEEL 2018/19", "Recommendation", "Review officers' capabilities & capacity to manage investigative workload (understand investigative demand)", "Complete", "Workload review reported to FET Jan 2023."),
    (["p19r1"], 9312, "PEEL 2018/19", "Recommendation", "Review, with partners, approach to vulnerability to better safeguard vulnerable people", "In progress", None),
    (["p19r2"], 9321, "PEEL 2018/19", "Recommendation", "Expand skills project to assess all skills (not only operational) incl. future skills requirements - to inform workforce plans", "In progress", "Skills audit 60% complete."),
    (["p19r6"], 9315, "PEEL 2018/19", "Recommendation", "Regular & active supervison of quality & progress of investigations - properly recorded", "Complete", "Supervisory review template mandatory on Niche since Mar 2025."),
    (["p19r9"], 9316, "PEEL 2018/19", "Recommendation", "Improve ability to retrieve digital evidence from mobile phones, computers etc. so investigations are not delayed", "Complete", "DMI kiosks in all hubs; backlog cleared."),
    (["p19r10"], 9317, "PEEL 2018/19", "Recommendation", "Improve understanding of RUI suspects & management of those on bail", "In progress", None),
    (["p19a"], 9318, "PEEL 2018/19", "AFI", "Improve use of crime recording & management system to manage case files & investigative processes", "In progress", "Niche optimisation project phase 2."),
    (["vc", "vr"], "9455 / 9456", "Vetting revisit 2019", "CoC & Recommendation", "Vetting backlog (CoC) - all staff to have at least the lowest level of vetting clearance asap; clear backlog & renewals; comply fully with national vetting guidelines", "In progress", "Backlog down from 1,140 to 212."),
    (["pw1"], 10721, "Police powers spotlight (Feb 21)", "National", "By July 2021 ensure officers & staff have effective communication skills in line with the National Policing Guidelines on Conflict Management (in addition to conflict mgmt / de-escalation training)", "In progress", "Included in the 2025/26 PST programme."),
    (["pw2"], 10722, "Police powers spotlight (Feb 21)", "National", "Communication skills reinforced through CPD; supervisors supported to debrief officers using BWV footage", "Complete", None),
    (["pw3"], 10723, "Police powers spotlight (Feb 21)", "National", "BWV (a) - record the entirety of all S&S encounters incl. traffic stops & use of force", "Complete", "BWV activation compliance 97%."),
    (["pw3"], 10723, "Police powers spotlight (Feb 21)", "National", "BWV (b) - structured process to review a sample of BWV footage internally & disseminate learning", "Complete", None),
    (["pw3"], 10723, "Police powers spotlight (Feb 21)", "National", "BWV (c) - external scrutiny panel access to samples of BWV (S&S & use of force), with CoP APP safeguards", "Complete", "Panel reviews 20 clips a quarter."),
    (["pw4"], 10724, "Police powers spotlight (Feb 21)", "National", "HO & NPCC to ensure quality of data on use of force in S&S is sufficient for publication", "Not started", "Not the force's responsibility to deliver; dependent upon another organisation."),
    (["pw5"], 10725, "Police powers spotlight (Feb 21)", "National", "Effective internal monitoring of use of force - identify, understand & explain disproportionate use, improvement action", "In progress", None),
    (["a1"], 11893, "PEEL 2021/22", "AFI", "Improve understanding of the nature & scale of fraud in our area", "In progress", "Fraud profile commissioned from the analysis team."),
    ([], None, "PEEL 2021/22", "Local action", "Local action: Refresh the fraud problem profile and add it to the control strategy", "In progress", None),
    (["a2"], 11894, "PEEL 2021/22", "AFI", "RASSO investigations allocated to officers with the right skills & effectively supervised", "Complete", "Operation Soteria model adopted."),
    (["a3"], 11895, "PEEL 2021/22", "AFI", "Improve timeliness of response to calls involving vulnerable adults", "Complete", None),
    (["a4"], 11896, "PEEL 2021/22", "AFI", "Keep stalking & harassment victims informed of case progress (VCOP)", "In progress", None),
    (["a5"], 11897, "PEEL 2021/22", "AFI", "County lines - improve how we gather, assess & act on intel", "Submitted for closure", "Completed. Evidence submitted to HMICFRS for closure."),
    (["a6"], 11898, "PEEL 2021/22", "AFI", "Record hate crime reports accurately & without delay", "Submitted for closure", "Completed. Evidence submitted to HMICFRS for closure."),
    (["b2"], 13341, "PEEL 2023-25", "AFI", "Training for officers & staff to identify & respond to VAWG", "Not started", "Awaiting allocation."),
    (["b4"], 13343, "PEEL 2023-25", "AFI", "Evaluate knife crime prevention work & share what works", "Not started", "Awaiting allocation."),
    (["b5"], 13344, "PEEL 2023-25", "AFI", "Performance framework to give senior leaders a clear picture of our response to road harm", "In progress", None),
    ([], None, "PEEL Legitimacy 2014", "AFI", "Revise approach to cautions, cannabis warnings & PNDs - clear, auditable explanation to offender; victim views recorded before issue for victim-based crime", "Complete", "Out of court disposals policy 2016."),
    ([], None, "Vetting revisit 2019", "Local action", "JAC action: Internal audit of the vetting governance arrangements (audit plan 2023/24)", "Complete", "Audit reported to JAC March 2024 - reasonable assurance."),
    ([], None, "Local", "Local action", "Force improvement plan: Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime Standards Board", "In progress", None),
]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
         "Ch Insp Custody", "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing"]

# Category decided per item by eye (see README); conflicts carry their reason.
CONFLICT = {
    "e15b": "report/year differs: tracker files it under PEEL Efficiency 2016, HMICFRS under PEEL: Police efficiency 2015 (ID 005703)",
    "st1": "missing bullet: tracker lists three of the four bullets; 'performance and quality assurance measures ...' is not in the tracker",
    "st2": "timescale differs: HMICFRS 'Within six months', tracker 'Within 12 months'",
    "dig": "report differs: tracker files the digital plan under PEEL Legitimacy 2017, HMICFRS under PEEL: Police efficiency 2017 (national overview)",
    "ctrl": "type differs: HMICFRS Area for improvement, tracker Recommendation",
    "p19r2": "reference differs: tracker ref 9321 (no such ID on the list), portal ID 009313; text and report agree",
    "pw1": "deadline differs: HMICFRS 'By July 2022', tracker 'By July 2021'",
}


def guard(v: str) -> str:
    """The portal's Excel text guard."""
    return f'="{v}"'


def q(v) -> str:
    """Quote a CSV field the way the portal does (only when needed)."""
    if v is None:
        return ""
    s = str(v)
    if any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def build_hmicfrs():
    header = ["Rec ID", "Force / Service", "Inspection title", "Published", "Para", "Type",
              "Recommendation", "Linked CoC", "Monitoring status", "Status date",
              "HMICFRS portfolio", "Force closure request"]
    lines = ["sep=,",  # Excel directive: not shown as a row
             "OFFICIAL",
             "HMICFRS Monitoring Portal - Recommendations extract",
             q(f"Force / Service: {FORCE}"),
             q("Criteria: Status = All; Type = All; Includes national recommendations (All forces)"),
             q("Extracted 06/10/2025 08:14 by Force Liaison Lead (North West & Midlands)"),
             "",
             ",".join(q(h) for h in header)]
    excel_row = {}  # key -> Excel row
    rows_meta = []   # (excel row, what)
    # Excel row numbering: 'sep=,' hidden, so "OFFICIAL" is Excel row 1.
    r = len(lines) - 1  # header at Excel row 7
    rows_meta += [(1, "security marking 'OFFICIAL' (portal banner)"),
                  (2, "extract title"), (3, "force filter line"), (4, "criteria line"),
                  (5, "extract run line"), (6, "blank line"), (7, "column header row")]
    recs = []
    for key, rep, rid, para, typ, st, sdate, port, coc in H:
        title, pub, applies = REPORTS[rep]
        fields = [guard(f"{rid:06d}"), q(applies), q(title), q(pub), guard(para), q(typ),
                  q(T[key]), guard(f"{coc:06d}") if coc else "", q(st), q(sdate), q(port),
                  q(CLOSURE_REQ.get(key))]
        r += 1
        lines.append(",".join(fields))
        excel_row[key] = r
        recs.append(key)
        if key == DUP_AFTER[0]:
            fields2 = list(fields)
            fields2[10] = q(DUP_AFTER[1])
            r += 1
            lines.append(",".join(fields2))
            rows_meta.append((r, f"duplicate export row: repeats ID {rid:06d} (row {excel_row[key]}) "
                                 f"because the item is tagged to a second HMICFRS portfolio "
                                 f"('{DUP_AFTER[1]}'); same item, not a new one"))
    n_returned = len(lines) - 8
    lines.append("")
    r += 1
    rows_meta.append((r, "blank line after the data"))
    lines.append(q(f"Records returned: {n_returned}"))
    r += 1
    rows_meta.append((r, "footer: record count (counts the duplicate row)"))
    lines.append("OFFICIAL")
    r += 1
    rows_meta.append((r, "security marking 'OFFICIAL' (portal footer)"))
    text = "\r\n".join(lines) + "\r\n"
    data = text.encode("cp1252")  # strict: fails if any character is not in Windows-1252
    (OUT / "hmicfrs.csv").write_bytes(data)
    return excel_row, rows_meta, n_returned


def build_tracker():
    path = OUT / "tracker.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    fixed = dt.datetime(2025, 9, 30, 16, 5, 0)
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Risk & Organisational Learning",
                       "company": FORCE, "created": fixed})
    wb.set_custom_property("Classification", "OFFICIAL")
    ws = wb.add_worksheet("Tracker")
    bold = wb.add_format({"bold": True, "font_size": 14})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    fills = {"Complete": "#C6EFCE", "Submitted for closure": "#C6EFCE", "In progress": "#FFEB9C",
             "Not started": "#FFC7CE"}
    stf = {k: wb.add_format({"bg_color": v, "valign": "top", "border": 1}) for k, v in fills.items()}
    ws.write(0, 0, f"{FORCE} - HMICFRS Recommendations & AFIs Tracker", bold)
    headers = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead", "Status",
               "Progress update", "Target date", "Submitted for closure"]
    for c, h in enumerate(headers):
        ws.write(1, c, h, hdr)
    widths = [5, 12, 28, 16, 70, 26, 18, 50, 12, 14]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.freeze_panes(2, 0)
    force_rows = []  # (excel row, keys, status)
    submitted = {"pi1": dt.date(2025, 8, 14), "st6": dt.date(2025, 8, 21), "a5": dt.date(2024, 12, 9),
                 "a6": dt.date(2025, 9, 2)}
    for i, (keys, ref, rep, typ, text, status, update) in enumerate(F):
        r = i + 2
        ws.write_number(r, 0, i + 1, cell)
        if ref is None:
            ws.write_blank(r, 1, None, cell)
        elif isinstance(ref, int):
            ws.write_number(r, 1, ref, cell)
        else:
            ws.write_string(r, 1, ref, cell)
        ws.write_string(r, 2, rep, cell)
        ws.write_string(r, 3, typ, cell)
        ws.write_string(r, 4, text, wrap)
        ws.write_string(r, 5, rng.choice(LEADS), cell)
        ws.write_string(r, 6, status, stf[status])
        if update:
            ws.write_string(r, 7, update, wrap)
        else:
            ws.write_blank(r, 7, None, wrap)
        if status in DONE:
            ws.write_blank(r, 8, None, datef)
        else:
            d = dt.date(2025, rng.choice([10, 11, 12]), rng.choice([1, 15, 31 - 1]))
            ws.write_datetime(r, 8, dt.datetime(d.year, d.month, d.day), datef)
        sk = keys[0] if keys else None
        if status == "Submitted for closure" and sk in submitted:
            d = submitted[sk]
            ws.write_datetime(r, 9, dt.datetime(d.year, d.month, d.day), datef)
        else:
            ws.write_blank(r, 9, None, datef)
        force_rows.append((r + 1, keys, status, ref))
    last = len(F) + 2
    note_row = last + 1  # 0-based: one blank row then a note
    ws.write_string(note_row, 0, "Statuses as at 30/09/2025. Submitted for closure = evidence sent to HMICFRS via the portal; Complete = delivered, not yet evidenced.")
    ws.autofilter(1, 0, last - 1, len(headers) - 1)
    wb.close()
    return force_rows, [(last + 1, "blank row after the items"), (note_row + 1, "note on statuses (not an item)"),
                        (1, "sheet title"), (2, "column header row")]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hm_row, hm_meta, n_returned = build_hmicfrs()
    f_rows, f_meta = build_tracker()
    hm = {h[0]: h for h in H}
    truth = []
    seen_keys = set()
    for frow, keys, fstatus, ref in f_rows:
        fprov = f"Tracker!{frow}"
        if not keys:
            truth.append(("", fprov, "not_on_hmicfrs_list", None))
            continue
        for k in keys:
            seen_keys.add(k)
            st = hm[k][5]
            parts = [fr for fr in f_rows if k in fr[1]]
            fdone = all(p[2] in DONE for p in parts)
            hclosed = st in CLOSED
            if k in CONFLICT:
                cat = "conflict"
            elif hclosed == fdone:
                cat = "in_sync"
            elif fdone:
                cat = "closeable_submit"
            else:
                cat = "closeable_local"
            truth.append((f"hmicfrs.csv!{hm_row[k]}", fprov, cat, k))
    for key in hm:
        if key not in seen_keys:
            assert hm[key][5] not in CLOSED
            truth.append((f"hmicfrs.csv!{hm_row[key]}", "", "missing_from_force", key))
    # why
    WHY = build_why(hm, f_rows)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for hr, fr, cat, k in truth:
        w.writerow([hr, fr, cat, WHY(hr, fr, cat, k)])
    (OUT / "truth.csv").write_text(out.getvalue(), encoding="utf-8")
    (OUT / "_meta.txt").unlink(missing_ok=True)
    write_readme(truth, hm_meta, f_meta, hm_row, f_rows, n_returned)


def build_why(hm, f_rows):
    def why(hr, fr, cat, k):
        if k is None:
            row = int(fr.split("!")[1])
            text = F[row - 3][4]
            if text.startswith("Revise approach to cautions"):
                return ("PEEL Legitimacy 2014 item (cautions, cannabis warnings, PNDs): no such report or text on the "
                        "portal extract, which lists nothing from PEEL legitimacy 2014; HMICFRS has dropped it - query")
            if "fraud problem profile" in text:
                return ("force's own local action under PEEL 2021/22, no ref; close in topic to ID 011893 (fraud AFI) but "
                        "that AFI is matched to the row above; an action the force added, not an HMICFRS item")
            return "force's own action (prefix '" + text.split(":")[0] + "'), no ref, no HMICFRS wording; not on the list"
        key = hm[k]
        rid = f"{key[2]:06d}"
        st = key[5]
        rep = REPORTS[key[1]][0]
        if cat == "missing_from_force":
            return f"ID {rid} ({rep[:60]}), status '{st}': no tracker row has this ref, report topic or wording"
        parts = [p for p in f_rows if k in p[1]]
        fstat = [p[2] for p in parts]
        fref = parts[0][3]
        if isinstance(fref, int) and fref == key[2]:
            how = f"tracker ref {fref} = portal ID {rid} without the zero padding"
        elif isinstance(fref, int):
            how = (f"tracker ref {fref} is not on the list; same report (PEEL 2018/19) and the same ask "
                   f"in the force's words (skills project, all skills, inform workforce plans)")
        elif isinstance(fref, str):
            how = f"tracker ref '{fref}' names both IDs"
        else:
            how = "no ref in tracker; same report and same wording shortened"
        if len(parts) > 1:
            how += f"; the force split the item over {len(parts)} rows (one per bullet/part), statuses {', '.join(fstat)}"
        if isinstance(parts[0][3], str):
            how += "; one tracker row holds the cause of concern and its recommendation"
        if k in ("au2", "au3"):
            how += "; one tracker row holds Austerity recs 2 and 3 together"
        if k in ("s13c", "s15"):
            how += ("; near-twin texts: 2013 says 'elected local policing bodies', 2015 says 'police and crime "
                    "commissioners' - the tracker's report column and wording decide which is which")
        side = f"HMICFRS '{st}' ({'closed' if st in CLOSED else 'open'}), force " + (
            "'" + fstat[0] + "'" if len(set(fstat)) == 1 else "parts " + "/".join(fstat))
        if cat == "conflict":
            return f"{how}; {CONFLICT[k]}; {side}"
        if cat == "in_sync":
            return f"{how}; {side}: both agree"
        if cat == "closeable_submit":
            return f"{how}; {side} - force done, HMICFRS open: submit for closure"
        return f"{how}; {side} - HMICFRS closed, force still open: close locally"
    return why


def write_readme(truth, hm_meta, f_meta, hm_row, f_rows, n_returned):
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    counts = "\n".join(f"| {c} | {cnt.get(c, 0)} |" for c in order)
    hm_non = "\n".join(f"- `hmicfrs.csv!{r}` - {w}" for r, w in sorted(hm_meta))
    f_non = "\n".join(f"- `Tracker!{r}` - {w}" for r, w in sorted(f_meta))
    first, last = min(hm_row.values()), max(hm_row.values())
    tmpl = README
    txt = tmpl.format(counts=counts, hm_non=hm_non, f_non=f_non, n_items=len(H), first=first, last=last,
                      n_force=len(F), n_truth=len(truth), n_returned=n_returned,
                      dup_row=[r for r, w in hm_meta if w.startswith("duplicate")][0],
                      st1_row=hm_row["st1"], f_last=len(F) + 2, f_blank=len(F) + 3,
                      f_note=len(F) + 4, foot1=max(r for r, w in hm_meta) - 2,
                      foot3=max(r for r, w in hm_meta))
    (OUT / "README.md").write_text(txt, encoding="utf-8")


README = """# Case `portal_csv_sep_line_text_guards` (round 89, case B)

## The story

Severn Vale Police (an invented force) asks its Force Liaison Lead for the current definitive
list before the Joint Audit Committee. The FLL runs the HMICFRS monitoring portal's
"Recommendations extract" for the force and e-mails the file as it comes out of the portal:
`hmicfrs.csv`. The portal writes CSV for Excel users on Windows: it is **Windows-1252**, its
first line is the Excel directive **`sep=,`**, it puts a security marking (`OFFICIAL`), a title
and the extract criteria above the header, it wraps every ID-like value in an **Excel text guard**
(`="000611"`, `="1.10"`) so that Excel keeps the leading zeros and does not turn paragraph
numbers into decimals, it keeps the register's multi-line texts in quoted fields with LF line
breaks (records end in CRLF), its join on "HMICFRS portfolio" repeats an item tagged to two
portfolios, and it ends with a record count and the marking again. The force's Risk &
Organisational Learning team keeps an ordinary tracker, `tracker.xlsx`; the difficulty of this
case is on the list side.

## The files

### `hmicfrs.csv` (the HMICFRS side)

- Encoding Windows-1252 (cp1252), no BOM; curly quotes, bullets (•) and en dashes are single
  cp1252 bytes. Record separator CRLF; line breaks inside quoted text fields are LF.
- Physical first line `sep=,`. **Excel consumes it as a directive and does not show it**, so
  every row number below is the row Excel shows: the line after `sep=,` is Excel row 1. (In
  0-based terms, the record index counted from the `sep=,` line is exactly the Excel row.)
  A reader that counts `sep=,` as row 1 will be one off on every row.
- Excel rows 1-6: `OFFICIAL`, title, `Force / Service: Severn Vale Police`, criteria, extract
  run line, blank. **Header row: Excel row 7.** Items: Excel rows {first}-{last}
  ({n_items} items plus one duplicate row, row {dup_row}). Then a blank row, `Records returned:
  {n_returned}` and `OFFICIAL`.
- Columns: `Rec ID` (portal ID, six digits zero-padded inside a text guard, e.g. `="008541"`;
  Excel shows `008541`, pandas reads the literal `="008541"`), `Force / Service` (`All forces`
  for national recommendations, else the force), `Inspection title`, `Published` (dd/mm/yyyy),
  `Para` (guarded: `="1.10"`, `="C2.1"`), `Type` (`Recommendation`, `Area for improvement`,
  `Cause of concern`, `Recommendation (national)`), `Recommendation` (full real text, quirks
  kept: "and 20", "intelligence 86", "immediately:improve", `•` with and without spaces),
  `Linked CoC` (guarded ID of the cause of concern a recommendation belongs to), `Monitoring
  status` (Awaiting review / Being progressed = open; Complete / Superseded / No further action
  required = closed), `Status date`, `HMICFRS portfolio`, `Force closure request` (date the force
  asked for closure through the portal, when it has).

### `tracker.xlsx` (the force side)

One sheet, `Tracker`. Row 1 title, **row 2 header**, items rows 3-{f_last} ({n_force} rows),
row {f_blank} blank, row {f_note} a note. Columns: `No.` (the tracker's running number, not an
HMICFRS reference), `HMICFRS Ref` (the portal ID as a plain number without zero padding, blank
for many older national items, text `9455 / 9456` on one row, and one mistyped), `Report`
(the force's own short names), `Type`, `Recommendation / AFI` (the force's own words:
shortened, abbreviated, two misspellings), `Lead`, `Status`, `Progress update`, `Target date`,
`Submitted for closure`. Force statuses: **done = `Complete`, `Submitted for closure`; open =
`In progress`, `Not started`** (status cells are also coloured, the words decide).

## What the layout brings (list side), point by point

1. `sep=,` line not shown by Excel: the header is Excel row 7 and the first item row 8 (physical
   line 9).
2. Six lines of portal banner above the header (rows 1-6) and three below the data (rows
   {foot1}-{foot3}): not items.
3. Windows-1252 bytes: `’ “ ” • –` must be decoded as cp1252, not UTF-8.
4. Excel text guards on `Rec ID`, `Para` and `Linked CoC`: the value is what is between the
   quotes; the tracker's `HMICFRS Ref` has the same number without zero padding (8541 ↔
   `="008541"`).
5. Quoted multi-line texts (rows 12, 29, 31, 36, 37, 47, 48, 65): each is one row in Excel.
6. Row {dup_row} repeats row {st1_row} (ID 008402) with a second portfolio: one item, not two.
7. `Force / Service` says `All forces` on national items and the force's name on its own items;
   both are this force's list.
8. The portal's type word for national items is `Recommendation (national)`.
9. Status words are the register's own; `Awaiting review` is also what the portal shows while a
   closure request is being considered (rows 20, 42, 73): still open.

## Traps and how the truth decides them

- **Near-twin national texts** (rows 10 and 19): Stop and search 2013 rec 3 ("elected local
  policing bodies", "for example, young people") and Stop and search 2 (2015) ("police and crime
  commissioners", "for example young people"). The tracker's report column and its wording
  ("elected local policing bodies" / "the PCC") pair Tracker!5 with row 10 and Tracker!13 with
  row 19.
- **Split items**: CDI 2017 ID 006989 (row 29) is split over Tracker!22-26, one per bullet; one
  part is `In progress`, so the item is open on both sides → `in_sync` ×5. Police powers BWV ID
  010723 (row 65) over Tracker!58-60, all `Complete` while HMICFRS has it `Being progressed` →
  `closeable_submit` ×3.
- **One row, two items**: Tracker!8 holds Austerity recs 2 and 3 (rows 14, 15); Tracker!55 holds
  the vetting cause of concern and its recommendation (rows 61, 62, ref `9455 / 9456`).
- **Conflicts** (7): row 27 / Tracker!20 report year (tracker "PEEL Efficiency 2016", list
  PEEL efficiency 2015); row 36 / Tracker!33 the fourth bullet ("performance and quality
  assurance measures…") is missing from the tracker; row 38 / Tracker!34 "Within six months" vs
  "Within 12 months"; row 44 / Tracker!40 the digital-services plan filed under PEEL Legitimacy
  2017 instead of PEEL efficiency 2017 (national); row 45 / Tracker!41 Area for improvement vs
  Recommendation; row 55 / Tracker!50 tracker ref 9321 vs portal ID 009313 (text and report
  agree; 9321 is on no row); row 63 / Tracker!56 "By July 2022" vs "By July 2021" (the next
  national rec, row 64, really is July 2021 and is matched to Tracker!57 by its CPD/debrief
  wording).
- **Closed on HMICFRS, open in the force** (`closeable_local`): Austerity recs 1 and 4 (NFA,
  force "addressed holistically"), the Home Office/NPCC data rec (row 66, NFA, force "Not
  started"), superseded PEEL 2016 DA cause of concern and rec (rows 32, 33), and others.
- **Submitted for closure** in the tracker with HMICFRS `Awaiting review` (rows 20, 42, 73) →
  `closeable_submit`; row 72 is `Complete` on HMICFRS and `Submitted for closure` in the
  tracker → `in_sync`.
- **Not on the list**: Tracker!64 (local fraud problem-profile action, next to the real fraud
  AFI row 68 / Tracker!63), Tracker!73 (a PEEL Legitimacy 2014 item HMICFRS no longer lists),
  Tracker!74 and Tracker!75 (JAC and force improvement plan actions).
- **Missing from the force**: rows 24 (temporary permits), 49 (publish analysis, "We expect
  forces…"), 56 (consult the public about business planning), 74 and 76 (two new PEEL 2023–2025
  AFIs): all open, no tracker row.
- No `review` lines: every pair was decidable by eye.

## Counts per category (truth.csv, {n_truth} lines)

| category | lines |
|---|---|
{counts}

## Rows that are not items

{hm_non}
{f_non}

## Checks run

- Every item row of both files is in `truth.csv` (HMICFRS rows 8-78 except the duplicate row
  37 at least once; Tracker rows 3-{f_last} once each, Tracker!8 and Tracker!55 twice as they
  hold two items).
- `hmicfrs.csv` read back with the csv module and with pandas (`encoding="cp1252"`,
  `skiprows=7`); Excel row = record index counted from the `sep=,` line, checked on rows 36,
  37 and 78. `tracker.xlsx` read back with openpyxl and pandas.
- The builder, `/tmp/indep89/build_portal_csv_sep_line_text_guards.py`, run twice: all four
  files byte-identical (sha256 compared). Text encoded to cp1252 in strict mode.
"""


if __name__ == "__main__":
    main()
