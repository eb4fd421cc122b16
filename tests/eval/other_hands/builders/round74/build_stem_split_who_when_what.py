"""Build case `stem_split_who_when_what` (round 74, case B).

HMICFRS side: the force Strategic Planning team's structured copy of the HMICFRS definitive
list. When the FLL's portal extract arrives, the planners lift the addressee and the timescale
out of each recommendation into their own columns ("Addressed to", "By when (as written)") and
compute a due date (EDATE formula), leaving only the ask in "Requirement" (which therefore
starts mid-sentence, in lower case). They then sort the whole list by due date.

Force side: the force's ordinary HMICFRS tracker (RAG, lead, update), one sheet.

Run: /work/main/.venv/bin/python /tmp/indep74/build_stem_split_who_when_what.py
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random

import xlsxwriter

CASE = "stem_split_who_when_what"
OUT = os.path.join("/tmp/indep74", CASE)
RNG = random.Random(7402)
FORCE = "Cumbria Constabulary"

# ---------------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied as literals.
# ---------------------------------------------------------------------------------------------
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
CDI_VICTIMS_BODY = (
    "put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed"
)
MISSING_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
CUSTODY_BODY = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested"
)
CAUSE_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
COC_SAS = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of "
    "stop and search powers is consistently reasonable and fair. In particular, "
    "there is over-representation of BAME people, and black people in particular, "
    "in stop and search data which many forces are unable to explain."
)

R_SAS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_EVERY = "Everyone's business: Improving the police response to domestic abuse"
R_AUST = "Policing in austerity: Meeting the challenge"
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time")
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
R_SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
R_PIC = "Building the picture: an inspection of police information management"
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales")
R_STOLEN = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_EFC17 = "PEEL: Police efficiency 2017 (national overview)"
R_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force")
R_P16 = "PEEL: Police effectiveness 2016"
R_E17 = "PEEL: Police efficiency 2017"
R_L17 = "PEEL: Police legitimacy 2017"
R_P18 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
R_CDI = "Crime data integrity inspection 2019"
R_NCPI = "National child protection inspection 2018"
R_CUST = "Report on an unannounced inspection visit to police custody suites 2020"
R_P21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"

D = dt.date
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", \
    "National recommendation"

# HMICFRS items: key, id, report, published, type, full text, stem (exact prefix removed by
# the planners; None = split not done), addressed to, by when (as written), due rule, status.
# due rule: ("m", n) months after publication (EDATE formula), ("imm",) = publication date,
# ("d", date) literal date, ("t", text) text, None = blank.
ITEMS = [
    ("sas13_1", 1204, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.",
     "Chief Constables and the College of Policing should ",
     "Chief Constables and the College of Policing", "", None, "Superseded"),
    ("sas13_2", 1205, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Chief Constables should ", "Chief Constables", "", None, "Complete"),
    ("sas13_3", 1206, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Chief Constables should, in consultation with elected local policing bodies, ",
     "Chief Constables (in consultation with elected local policing bodies)", "", None,
     "Superseded"),
    ("every_1", 2321, R_EVERY, D(2014, 3, 27), NAT, EVERYONE_PLAN,
     "By September 2014, every police force in England and Wales should ",
     "Every police force in England and Wales", "By September 2014", ("d", D(2014, 9, 30)),
     "Complete"),
    ("aust_1", 3310, R_AUST, D(2014, 7, 22), NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "All Chief Constables and PCCs should ", "All Chief Constables and PCCs", "", None,
     "Complete"),
    ("aust_2", 3311, R_AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should ",
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration", "", None, "Complete"),
    ("aust_3", 3312, R_AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should ",
     "Chief Constables and PCCs in forces reducing front-line workforce", "", None, "Complete"),
    ("aust_4", 3313, R_AUST, D(2014, 7, 22), NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "In preparation for the next spending round period all Chief Constables and PCCs should ",
     "All Chief Constables and PCCs", "In preparation for the next spending round period",
     ("t", "next SR"), "Complete"),
    ("core_1", 4822, R_CORE, D(2014, 9, 4), NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should ",
     "Forces using a threat, harm and risk policy (that have not yet done so)",
     "Not later than 31 March 2015", ("d", D(2015, 3, 31)), "Being progressed"),
    ("core_2", 4823, R_CORE, D(2014, 9, 4), NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "By 31 March 2015 all forces should ", "All forces", "By 31 March 2015",
     ("d", D(2015, 3, 31)), "Complete"),
    ("integ_1", 902, R_INTEG, D(2015, 1, 30), NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "By 31 August 2015, all chief constables should ", "All chief constables",
     "By 31 August 2015", ("d", D(2015, 8, 31)), "No further action required"),
    ("sas15_1", 5140, R_SAS15, D(2015, 3, 24), NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way that "
     "involves those people who are stopped and searched, for example young people.",
     "Chief constables should, in consultation with police and crime commissioners, ",
     "Chief constables (in consultation with PCCs)", "", None, "Complete"),
    ("pic_1", 5388, R_PIC, D(2015, 7, 1), NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.",
     "By 30 November 2015, chief constables should ", "Chief constables", "By 30 November 2015",
     ("d", D(2015, 11, 30)), "Complete"),
    ("fire_1", 5701, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Within three months, all chief constables should ", "All chief constables",
     "Within three months", ("m", 3), "Complete"),
    ("fire_2", 5702, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Within three months, all chief constables should ", "All chief constables",
     "Within three months", ("m", 3), "Complete"),
    ("fire_3", 5703, R_FIRE, D(2015, 9, 15), NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.",
     "Immediately, all chief constables should ", "All chief constables", "Immediately",
     ("imm",), "Complete"),
    ("fire_4", 5704, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.",
     "Within three months, all chief constables should ", "All chief constables",
     "Within three months", ("m", 3), "Being progressed"),
    ("fire_5", 5705, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of "
     "a firearm certificate holder are in place and are always applied by staff dispatching "
     "officers to incidents; and that officers understand the risk assessment which they should "
     "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
     "and firearm certificates.",
     "Within three months, all chief constables should ", "All chief constables",
     "Within three months", ("m", 3), "Being progressed"),
    ("stol_1", 8412, R_STOLEN, D(2017, 10, 24), NAT, SF_LEADERSHIP,
     "Within twelve months, forces should ", "Forces", "Within twelve months", ("m", 12),
     "Being progressed"),
    ("stol_2", 8413, R_STOLEN, D(2017, 10, 24), NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Within six months, forces should ", "Forces", "Within six months", ("m", 6),
     "Being progressed"),
    ("stol_3", 8414, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Immediately, forces should ", "Forces", "Immediately", ("imm",), "Complete"),
    ("stol_4", 8415, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Immediately, forces should ", "Forces", "Immediately", ("imm",), "Awaiting review"),
    ("stol_5", 8416, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Immediately, forces should ", "Forces", "Immediately", ("imm",), "Being progressed"),
    ("stol_6", 8417, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).",
     "Immediately, forces should ", "Forces", "Immediately", ("imm",), "Complete"),
    ("stol_7", 8418, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Immediately, forces should ", "Forces", "Immediately", ("imm",), "Being progressed"),
    ("efc_1", 8470, R_EFC17, D(2017, 11, 9), NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "By September 2018, chief constables should ", "Chief constables", "By September 2018",
     ("d", D(2018, 9, 30)), "Complete"),
    ("leg_coc", 8540, R_LEG17, D(2017, 12, 12), COC, COC_SAS, "", "", "", None, "Superseded"),
    ("leg_1", 8541, R_LEG17, D(2017, 12, 12), NAT, SAS_MONITORING_2017,
     "By July 2018, all police forces across England and Wales should ",
     "All police forces across England and Wales", "By July 2018", ("d", D(2018, 7, 31)),
     "Being progressed"),
    ("leg_2", 8542, R_LEG17, D(2017, 12, 12), NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     "Where forces identify disparities through monitoring, they should ",
     "Forces (where disparities are identified through monitoring)", "", None,
     "Being progressed"),
    ("leg_3", 8543, R_LEG17, D(2017, 12, 12), NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     None, "Forces", "At least annually from July 2018", ("d", D(2018, 7, 31)),
     "Being progressed"),
    ("leg_4", 8544, R_LEG17, D(2017, 12, 12), NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "By July 2018, and ongoing following that date, forces should ", "Forces",
     "By July 2018, and ongoing following that date", ("d", D(2018, 7, 31)),
     "Awaiting review"),
    ("pow_1", 10911, R_POWERS, D(2021, 2, 26), NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "By July 2022, forces should ", "Forces", "By July 2022", ("d", D(2022, 7, 31)),
     "Being progressed"),
    ("pow_2", 10912, R_POWERS, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "By July 2021, forces should ", "Forces", "By July 2021", ("d", D(2021, 7, 31)),
     "Being progressed"),
    ("pow_3", 10913, R_POWERS, D(2021, 2, 26), NAT, BWV_2021,
     "By September 2021, forces should: ", "Forces", "By September 2021",
     ("d", D(2021, 9, 30)), "Complete"),
    ("pow_4", 10914, R_POWERS, D(2021, 2, 26), NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.",
     "The Home Office and the NPCC should ", "The Home Office and the NPCC",
     "As soon as possible", None, "No further action required"),
    ("pow_5", 10915, R_POWERS, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "By July 2021, forces should ", "Forces", "By July 2021", ("d", D(2021, 7, 31)),
     "Awaiting review"),
    # ---- force-level items -----------------------------------------------------------------
    ("p16_coc", 7210, R_P16, D(2017, 3, 2), COC, CAUSE_DA, "", "", "", None, "Superseded"),
    ("p16_rec", 7211, R_P16, D(2017, 3, 2), REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     "To address this cause of concern, HMIC recommends the force should immediately ",
     "The force", "Immediately", ("imm",), "Complete"),
    ("p16_rec2", 7212, R_P16, D(2017, 3, 2), REC,
     "Within three months, the force should " + MISSING_BODY + ".",
     "Within three months, the force should ", "The force", "Within three months", ("m", 3),
     "Complete"),
    ("p16_afi", 7213, R_P16, D(2017, 3, 2), AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "The force should ", "The force", "", None, "Being progressed"),
    ("e17_1", 8461, R_E17, D(2017, 11, 9), AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.",
     "The force should ", "The force", "", None, "Being progressed"),
    ("e17_2", 8462, R_E17, D(2017, 11, 9), AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     "The force should ", "The force", "", None, "Complete"),
    ("e17_3", 8463, R_E17, D(2017, 11, 9), AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.",
     "The force should ", "The force", "", None, "Being progressed"),
    ("l17_1", 8551, R_L17, D(2017, 12, 12), AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.",
     "The force should ", "The force", "", None, "Being progressed"),
    ("l17_2", 8552, R_L17, D(2017, 12, 12), AFI,
     "Cumbria Constabulary should make sure it provides a confidential way for staff to raise "
     "concerns and that staff are aware of whistleblowing processes.",
     "Cumbria Constabulary should ", "Cumbria Constabulary", "", None, "Complete"),
    ("p18_1", 9305, R_P18, D(2019, 5, 2), REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and",
     "HMIC recommends that the force should immediately: ", "The force", "Immediately",
     ("imm",), "Being progressed"),
    ("p18_2", 9306, R_P18, D(2019, 5, 2), REC,
     "HMICFRS recommends that the force should immediately:conduct a review, involving its "
     "partners, of the approach to vulnerability to better safeguard vulnerable people.",
     None, "", "", None, "Awaiting review"),
    ("p18_3", 9307, R_P18, D(2019, 5, 2), AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.",
     "The force should ", "The force", "", None, "Being progressed"),
    ("p18_4", 9308, R_P18, D(2019, 5, 2), AFI,
     "The force should produce an ambitious plan to improve digitally-enabled services within "
     "the force.",
     "The force should ", "The force", "", None, "Awaiting review"),
    ("cdi_1", 9744, R_CDI, D(2019, 9, 19), REC,
     "Within three months, the force should " + CDI_VICTIMS_BODY + ".",
     "Within three months, the force should ", "The force", "Within three months", ("m", 3),
     "Awaiting review"),
    ("cdi_2", 9745, R_CDI, D(2019, 9, 19), REC,
     "Within six months the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Within six months the force should ", "The force", "Within six months", ("m", 6),
     "Awaiting review"),
    ("ncpi_1", 8548, R_NCPI, D(2018, 6, 14), REC,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.",
     "Within six months the force should ", "The force", "Within six months", ("m", 6),
     "Complete"),
    ("cust_1", 10420, R_CUST, D(2020, 8, 11), REC,
     "Within twelve months, the force should " + CUSTODY_BODY + ".",
     "Within twelve months, the force should ", "The force", "Within twelve months",
     ("m", 12), "Being progressed"),
    ("p21_1", 11630, R_P21, D(2022, 5, 20), AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "The force should ", "The force", "", None, "Being progressed"),
    ("p21_2", 11631, R_P21, D(2022, 5, 20), AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.",
     "The force should ", "The force", "", None, "Awaiting review"),
    ("p21_3", 11632, R_P21, D(2022, 5, 20), AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to violence against women and girls.",
     "The force should ", "The force", "", None, "Being progressed"),
    ("p21_4", 11633, R_P21, D(2022, 5, 20), AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     "The force should ", "The force", "", None, "Awaiting review"),
]

PLANNER_TYPE = {REC: "Recommendation", AFI: "AFI", COC: "Cause of concern",
                NAT: "National recommendation"}


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


def requirement(text: str, stem: str | None) -> str:
    if stem is None:
        return text          # planners did not split this one
    if stem == "":
        return text          # cause of concern: nothing to split
    assert text.startswith(stem), (stem, text[:60])
    return text[len(stem):]


# ---------------------------------------------------------------------------------------------
# Force tracker rows: (key(s) or None, report, published, type, text, lead, RAG, update,
#                      submitted for closure, HMICFRS ref typed by the force)
# ---------------------------------------------------------------------------------------------
T = []


def trow(keys, report, pub, typ, text, lead, rag, update="", submitted="", ref=""):
    T.append(dict(keys=keys, report=report, pub=pub, typ=typ, text=text, lead=lead, rag=rag,
                  update=update, submitted=submitted, ref=ref))


S13 = "Stop & Search powers (HMIC 2013)"
trow(["sas13_1"], S13, "Jul-13", "National Rec",
     "Chief Constables and the College of Policing should establish in the S&S APP document a "
     "clear specification of what constitutes the effective and fair exercise of S&S powers, "
     "and guidance in this respect.", "ACC Local Policing", "AMBER",
     "Awaiting revised APP from CoP. Local guidance issued in interim.")
trow(["sas13_2"], S13, "Jul-13", "National Rec",
     "Establish or improve monitoring of the way officers stop & search people so we can be "
     "satisfied officers are acting in accordance with the law (incl. equality legislation & "
     "the Code of Practice)", "ACC Local Policing", "BLUE",
     "S&S scrutiny dashboard live. Closed at Force Assurance Board.", "", "1205")
trow(["sas13_3", "sas15_1"], S13 + " / Stop & search powers 2 (2015)", "Jul-13 / Mar-15",
     "National Rec",
     "Comply with the Code of Practice by explaining to the public how S&S powers are used in "
     "our area and arrange for S&S records to be scrutinised by community representatives "
     "(incl. young people). Same rec in both reports - tracked once.", "Supt Neighbourhoods",
     "BLUE", "Independent S&S scrutiny panel meets quarterly; youth panel added 2019.")
trow(["every_1"], "Domestic abuse - Everyone's business", "27/03/2014", "National Rec",
     "By Sept 2014 establish and publish a DA action plan setting out in detail what steps we "
     "will take to improve our approach to DA, developed in consultation with the PCC, DA "
     "support orgs and victims' reps, with reference to DHRs and IPCC findings, drawing on CPS "
     "scrutiny panels & MARAC self-assessments.", "Ch Supt Public Protection", "BLUE",
     "DA action plan published Sept 2014.")
AU = "Policing in Austerity 2014"
trow(["aust_1"], AU, "Jul-14", "National Rec",
     "All CCs and PCCs to review plans to deliver savings to ensure doing all we can to continue "
     "to reduce crime & protect the front line while balancing budgets (use HMIC VfM profiles)",
     "Director of Finance", "BLUE", "MTFP reviewed 2014/15.")
trow(["aust_2"], AU, "Jul-14", "National Rec",
     "CCs and PCCs in forces planning to deliver less than 20% of their savings through "
     "collaboration should assess whether there is scope to improve on this position.",
     "Director of Finance", "GREEN", "Collaboration assessment to COG Oct 2014.")
trow(["aust_3"], AU, "Jul-14", "National Rec",
     "CCs & PCCs in forces reducing the proportion of workforce/officers on the front line to "
     "assess whether they have taken the decisive action seen in many forces to maintain crime "
     "fighting capacity", "Director of Finance", "BLUE", "")
CB = "Core business"
trow(["core_1"], CB, "Sep-14", "National Rec",
     "Not later than 31 March 2015 forces using a threat, harm & risk policy should provide "
     "call-handlers with specific, sound and comprehensible criteria against which they can "
     "assess threat, harm and risk", "Supt Contact Centre", "AMBER",
     "THRIVE+ embedded; awaiting audit of call-handler compliance.", "", "4822")
trow(["core_2"], CB, "Sep-14", "National Rec",
     "By 31 March 2016 all forces should ensure crime prevention or disruption activity is "
     "systematically recorded and subsequently evaluated to determine the effectiveness of "
     "tactics being employed.", "Head of Corporate Development", "BLUE",
     "Problem-solving database in place.", "", "4823")
trow(["integ_1"], "Integrity matters", "Jan-15", "National Rec",
     "By 31 Aug 2015 CC to satisfy himself that there are processes to ensure investigations "
     "into misconduct resulting in 'no further action' are fair & free of discrimination",
     "Head of Professional Standards", "RED",
     "PSD dip-sample of NFA outcomes not yet started - resourcing.", "", "902")
trow(["pic_1"], "Information management (Building the Picture)", "Jul-15", "National Rec",
     "Put in place arrangements to scrutinise audits of compliance with the APP on information "
     "management through the force IM goverance structure, incl. measures to ensure "
     "categorisation of records is regularly adjusted.", "Head of Information Management",
     "AMBER", "IM Board ToR being revised.")
FL = "Firearms licensing 2015"
trow(["fire_1"], FL, "Sep-15", "National Rec",
     "Within 3 months assess how well governance of firearms licensing meets the standards in "
     "APP; where not complied with put in place immediately the correct arrangements and "
     "procedures to meet the standards in full.", "Supt Firearms Licensing", "BLUE",
     "Gap analysis v APP completed Dec 2015.")
trow(["fire_2"], FL, "Sep-15", "National Rec",
     "Within six months, assess the demand placed on the firearms licensing department and "
     "ensure it has the capacity to meet this demand and provide an efficient and effective "
     "service at all times.", "Supt Firearms Licensing", "BLUE",
     "Demand review done; 2 extra enquiry officers funded.")
trow(["fire_3"], FL, "Sep-15", "National Rec",
     "Immediately satisfy ourselves that all appropriate action is being taken with regard to "
     "'total expired' licensing records", "Supt Firearms Licensing", "AMBER",
     "Backlog of 41 total expired records being worked through.")
trow(["fire_4"], FL, "Sep-15", "National Rec",
     "Within 3 months ensure arrangements for temporary permits are in accordance with HO "
     "guidance; temp permits properly recorded without delay on NFLMS; effective systems so "
     "certificate holders are not permitted to remain in unlawful possession of a firearm",
     "Supt Firearms Licensing", "AMBER", "New NFLMS process drafted.")
trow(["fire_5"], FL, "Sep-15", "National Rec",
     "Within 3 months ensure systems to identify, prior to police attendance, whether an "
     "incident involves or is at the address of a firearm certificate holder are in place and "
     "always applied by dispatchers; officers understand the risk assessment and their power to "
     "seize firearms & certificates.", "Supt Contact Centre", "GREEN",
     "STORM flag live; briefing delivered to all dispatchers.", "12/02/2024")
SF = "Stolen Freedom (MSHT) 2017"
SFB = ("Within 12 months, review leadership & governance arrangements for MSHT to ensure that: ")
trow(["stol_1"], SF, "24/10/2017", "National Rec",
     SFB + "(a) senior leaders prioritise the response to MSHT", "Det Ch Supt Force CID", "BLUE",
     "MSHT gold group chaired by ACC Crime.")
trow(["stol_1"], SF, "24/10/2017", "National Rec",
     SFB + "(b) every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively",
     "Det Ch Supt Force CID", "BLUE", "")
trow(["stol_1"], SF, "24/10/2017", "National Rec",
     SFB + "(c) effective partnership arrangements to co-ordinate activity, share information "
     "and safeguard victims", "Det Ch Supt Force CID", "AMBER",
     "Anti-slavery partnership refresh delayed - LA capacity.")
trow(["stol_1"], SF, "24/10/2017", "National Rec",
     SFB + "(d) performance & QA measures in place so senior leaders can assess the nature and "
     "quality of service to victims", "Det Ch Supt Force CID", "BLUE",
     "MSHT measures added to Force Performance pack.")
trow(["stol_2"], SF, "24/10/2017", "National Rec",
     "Within 12 months forces should have in place active ISAs with other agencies to "
     "facilitate speedy exchange of intelligence & safeguard victims better and identify "
     "suspects as early as possible", "Head of Intelligence", "AMBER",
     "ISAs agreed with 2 of 6 LAs.")
trow(["stol_3"], SF, "24/10/2017", "National Rec",
     "Immediately ensure all victims carrying out criminal acts under compulsion attributable to "
     "slavery or exploitation are afforded early & continuing consideration of the s45 defence",
     "Head of Criminal Justice", "BLUE", "")
trow(["stol_4"], SF, "24/10/2017", "National Rec",
     "Immediately take steps to ensure fully compliant with the NRM process & the duty to "
     "notify the HO of any individual suspected to be an adult victim of MSHT",
     "Det Ch Supt Force CID", "BLUE", "Duty to notify process audited - 100% compliance.",
     "05/03/2024")
trow(["stol_5"], SF, "24/10/2017", "National Rec",
     "Immediately ensure full compliance with NCRS for MSHT offences and sufficient audit "
     "capacity is available to the FCR", "Force Crime Registrar", "AMBER",
     "MSHT audit scheduled Q3.")
trow(["stol_6"], SF, "24/10/2017", "National Rec",
     "Immediately ensure allegations or indications of MSHT are thoroughly investigated and "
     "effectively supervised by teams with the skills & experience to undertake them (incl. "
     "JITs where appropriate)", "Det Ch Supt Force CID", "GREEN",
     "Specialist MSHT team established.")
trow(["stol_7"], SF, "24/10/2017", "National Rec",
     "Immediately review use of preventative powers under the MSA 2015 (STPOs/STROs) so "
     "opportunities to restrict activities of those posing a clear threat are exploited",
     "Det Ch Supt Force CID", "RED", "Only 1 STPO applied for in 2023. Off track.")
trow(None, "Abuse of position for a sexual purpose", "05/10/2017", "National Rec",
     "Seek intelligence on abuse of position for a sexual purpose from organisations that "
     "support vulnerable people; review capability & capacity of the counter-corruption unit",
     "Head of Professional Standards", "GREEN", "Plan submitted to HMICFRS Nov 2017.")
trow(["efc_1"], "PEEL Efficiency 17 (all forces)", "09/11/2017", "National Rec",
     "By Sept 2018 CCs to produce an ambitious plan to improve digitally-enabled services "
     "within their force (HO/NPCC/APCC to support via a national framework)", "Head of IT",
     "BLUE", "Digital Policing Strategy 2018-21 approved.", "", "8470")
trow(None, "A progress report on the police response to domestic abuse", "14/11/2017", "",
     "No recommendations in this report.", "", "", "Monitor via PEEL.")
LG = "PEEL Legit 17 S&S"
trow(["leg_coc"], LG, "Dec-17", "CoC",
     "Forces unable to demonstrate S&S use consistently reasonable & fair - over-representation "
     "of BAME people (black people in particular) in S&S data which forces cannot explain.",
     "ACC Local Policing", "BLUE", "Superseded by 2021 spotlight report.")
trow(["leg_1"], LG, "Dec-17", "National Rec",
     "By July 2018 regularly & frequently monitor a comprehensive set of S&S data to "
     "understand:\n•the reasons for any disproportionate representation of different ethnic "
     "groups;\n•the extent to which find rates differ between ethnicities and across types of "
     "searches (incl. drug possession v supply)", "ACC Local Policing", "AMBER",
     "Quarterly disproportionality report to S&S board.", "", "8541")
trow(["leg_2"], LG, "Dec-17", "National Rec",
     "Where disparities are identified through monitoring, demonstrate to the public we have "
     "carried out research & analysis to understand the reasons and taken action to reduce the "
     "disparity where necessary", "ACC Local Policing", "AMBER", "")
trow(["leg_4"], LG, "Dec-17", "National Rec",
     "By July 2018 and ongoing ensure all officers who use S&S powers have been provided with "
     "and understand training on unconscious bias and CoP APP on S&S",
     "Head of Learning & Development", "GREEN", "98% of officers trained (PDR check).",
     "19/01/2024")
PW = "Police powers spotlight (Feb 21)"
trow(["pow_1"], PW, "Feb-21", "National Rec",
     "By July 2022 ensure officers & staff have effective communication skills in line with the "
     "National Policing Guidelines on Conflict Management (in addition to existing conflict "
     "mgmt / de-escalation training)", "Head of Learning & Development", "GREEN",
     "Comms skills module in OST since Apr 2022.", "03/06/2024")
trow(["pow_2"], PW, "Feb-21", "National Rec",
     "By July 2021 ensure comms skills reinforced through CPD and supervisors supported to "
     "routinely debrief officers on these skills using BWV footage", "Head of Learning & Development",
     "AMBER", "Supervisor debrief guide in draft.")
PWB = "By Sept 2021 forces should: "
trow(["pow_3"], PW, "Feb-21", "National Rec",
     PWB + "ensure officers record on BWV (when available) the entirety of all S&S encounters "
     "incl. traffic stops & use of force incidents", "ACC Local Policing", "BLUE", "")
trow(["pow_3"], PW, "Feb-21", "National Rec",
     PWB + "have a structured process for regularly reviewing & monitoring internally a "
     "sufficient sample of BWV footage to identify learning and hold officers to account",
     "ACC Local Policing", "BLUE", "Monthly BWV dip-sample by Sgts.")
trow(["pow_3"], PW, "Feb-21", "National Rec",
     PWB + "provide external scrutiny panel members with access to samples of BWV footage of S&S "
     "and use of force, taking account of the safeguards in CoP APP", "OPCC / ACC Local Policing",
     "AMBER", "Panel viewing protocol awaiting sign-off by OPCC.")
trow(["pow_4"], PW, "Feb-21", "National Rec",
     "HO & NPCC to ensure quality of use of force data (force used to effect a S&S) is "
     "sufficient for publication; HO to publish.", "n/a", "WHITE",
     "For HO/NPCC - no force action.")
trow(["pow_5"], PW, "Feb-21", "National Rec",
     "By July 2021 ensure effective internal monitoring processes on the use of force to "
     "identify & understand disproportionate use, explain the reasons and implement any "
     "necessary improvement action", "ACC Local Policing", "RED",
     "UoF data quality issues - Axon/BWV link not yet in place.")
P16 = "PEEL Eff 16"
trow(["p16_coc"], P16, "Mar-17", "CoC",
     "The force's response to DA is a cause of concern. Force policy allowing officer discretion "
     "to complete a DASH risk assessment does not provide confidence that risk is always "
     "assessed appropriately; officers not consistently completing DASH where policy requires.",
     "Ch Supt Public Protection", "AMBER", "See Vulnerability Improvement Delivery Plan.")
trow(["p16_rec"], P16, "Mar-17", "Rec",
     "To address this CoC, HMIC recommends the force should immediately take steps to ensure "
     "there is effective supervision of the initial risk assessment process, specifically in "
     "relation to the completion of DASH in appropriate cases.", "Ch Supt Public Protection",
     "GREEN", "The Force Executive Team agreed on 25 July that we would risk-assess all DA "
     "incidents.")
trow(["p16_rec2"], P16, "Mar-17", "AFI",
     "Review approach to reports of missing children: call takers use missing/absent category "
     "appropriately; call takers & frontline staff can identify CSE risk factors; supervisors "
     "provide correct oversight of missing person enquiries", "Ch Supt Public Protection", "BLUE",
     "Missing from home policy rewritten 2017.")
trow(["p16_afi"], P16, "Mar-17", "AFI",
     "The force should improve supervison of investigations so investigation plans are set, "
     "reviewed and recorded and victims recieve a consistently good service.",
     "Det Ch Supt Force CID", "AMBER", "Investigation standards audit Q2.")
E17 = "PEEL Efficiency 2017"
trow(["e17_1"], E17, "Nov-17", "AFI",
     "Ensure sufficient resources in the control room to fulfil its resourcing model and meet "
     "demand, taking into account workforce wellbeing", "Supt Contact Centre", "AMBER",
     "Control room uplift of 12 FTE in recruitment.")
trow(["e17_2"], E17, "Nov-17", "AFI",
     "Undertake further work to gain a fuller understanding of current and likely future demand "
     "so resources can be matched to demand", "Head of Corporate Development", "BLUE",
     "FMS 2019 demand model.")
trow(["e17_3"], E17, "Nov-17", "AFI",
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", "Director of Finance", "GREEN", "Outcome-based budgeting pilot complete.",
     "22/11/2023")
L17 = "PEEL Legitimacy 2017"
trow(["l17_1"], L17, "Dec-17", "AFI",
     "Ensure all staff have at least the lowest level of vetting clearance for their roles asap, "
     "clearing the vetting backlog and renewals so we comply fully with national vetting "
     "guidelines", "Head of Professional Standards", "AMBER", "Backlog down to 214.")
trow(["l17_2"], L17, "Dec-17", "AFI",
     "Provide a confidential way for staff to raise concerns and make staff aware of "
     "whistleblowing processes", "Head of Professional Standards", "AMBER",
     "Bad Apple replacement being procured.")
P18 = "PEEL 2018/19"
trow(["p18_1"], P18, "May-19", "Rec",
     "Immediately conduct a review of officers' capabilities & capacity to manage their "
     "investigative workload, to better understand investigative demand & pressures",
     "Det Ch Supt Force CID", "AMBER", "Workload review phase 2.")
trow(["p18_2"], P18, "May-19", "Rec",
     "Immediately conduct a review, with partners, of the approach to vulnerability to better "
     "safeguard vulnerable people", "Ch Supt Public Protection", "GREEN",
     "Vulnerability review complete; findings to Safeguarding Board Mar 2024.", "28/03/2024")
CD = "CDI 2019"
CDB = "Within 3 months put in place arrangements to ensure that "
for txt in ["at the point of report, victims are believed",
            "conversations between call handlers and callers are summarised accurately in the "
            "incident log",
            "multiple crimes are always recorded when described in incident records or "
            "identified in other crime investigations",
            "the practice of awaiting medical examination / video interview results before "
            "making crime-recording decisions is stopped",
            "online reports of crime are triaged at the point of receipt so ongoing risks are "
            "identified and managed"]:
    trow(["cdi_1"], CD, "Sep-19", "Rec", CDB + txt, "Force Crime Registrar", "GREEN",
         "Evidence pack with FCR.", "15/04/2024", "9744")
trow(["cdi_2"], CD, "Sep-19", "Rec",
     "Within 6 months provide call-handlers with specific, sound & comprehensible criteria to "
     "assess threat, harm and risk", "Supt Contact Centre", "GREEN",
     "THRIVE criteria card issued to all call-handlers.", "15/04/2024", "9745")
trow(["ncpi_1"], "NCPI 2018", "Jun-18", "Rec",
     "Within 6 months improve how we work with partner organisations to safeguard people at risk "
     "from CSE", "Ch Supt Public Protection", "BLUE", "MACE panels in all 3 areas.", "", "8458")
trow(["cust_1"], "HMICFRS/HMIP custody 2020", "Aug-20", "Rec",
     "Within 12 months, with children's social care, review how we manage detention of "
     "children: only detained when absolutely necessary and for minimum time; early assessment "
     "of need for alternative accomodation; record all actions & decisions; timely appropriate "
     "adult support", "Ch Insp Custody", "BLUE", "Concordat signed with both LAs.")
P21 = "PEEL 2021/22"
trow(["p18_3"], P21, "May-22", "AFI",
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.", "Det Ch Supt Force CID",
     "AMBER", "Supervisory review field made mandatory on Niche.")
trow(["p21_1"], P21, "May-22", "AFI",
     "Make sure investigations of RASSO are allocated to officers with the right skills and are "
     "effectively supervised", "Det Ch Supt Force CID", "AMBER", "Op Soteria roll-out.")
trow(None, P21, "May-22", "AFI",
     "Make sure investigations of stalking & harassment are allocated to officers with the right "
     "skills and are effectively supervised", "Ch Supt Public Protection", "AMBER",
     "Added by Force Assurance Board (self-assessment).")
trow(["p21_2"], P21, "May-22", "AFI",
     "Make sure victims of DA are kept informed about the progress of their case in line with "
     "the VCOP", "Ch Supt Public Protection", "AMBER", "VCOP compliance 71%.")
trow(["p21_3"], P21, "May-22", "AFI",
     "Make sure our performance framework gives senior leaders a clear picture of our response "
     "to VAWG", "Head of Corporate Development", "GREEN", "VAWG dashboard in monthly pack.",
     "08/05/2024")
trow(None, P21, "May-22", "Local",
     "Force improvement plan: Dip-sample 50 domestic abuse crime reports each quarter and report "
     "findings to the Crime Standards Board", "Force Crime Registrar", "AMBER", "Q1 done.")


# ---------------------------------------------------------------------------------------------
# Truth decisions per HMICFRS key: (category, why) for every force row of that key.
# ---------------------------------------------------------------------------------------------
HM_OPEN = {"Awaiting review", "Being progressed"}
FORCE_DONE = {"GREEN", "BLUE", "WHITE"}

CONFLICT_WHY = {
    "aust_2": "Same austerity item, but the force row says 'less than 20%' where HMICFRS's "
              "'Addressed to' column says 'less than 10%' of savings through collaboration: a "
              "figure disagrees (both sides closed/done otherwise)",
    "core_2": "Same Core Business item (ref 4823 on both), but the force text says 'By 31 March "
              "2016' where HMICFRS's 'By when' column says 'By 31 March 2015': deadline disagrees",
    "fire_2": "Firearms licensing demand item; HMICFRS 'By when' column says 'Within three "
              "months', force text says 'Within six months': timescale disagrees",
    "stol_2": "Stolen freedom intelligence-sharing item; HMICFRS 'By when' says 'Within six "
              "months', force text says 'Within 12 months': timescale disagrees",
    "leg_1": "Stop and search monitoring item (ref 8541 on both); the force text has only two of "
             "the three bullets - the 'prevalence of possession-only drug searches' bullet is "
             "missing",
    "p16_rec2": "Missing children item from PEEL effectiveness 2016: HMICFRS types it "
                "'Recommendation' (it has a 'Within three months' timescale), the force records "
                "it as an AFI: type disagrees",
    "p18_3": "Identical wording to HMICFRS 9307 (PEEL 2018/19, AFI) but the force has filed it "
             "under PEEL 2021/22 (May-22): report disagrees. Only one HMICFRS item says 'regular "
             "and active supervision ... properly recorded'",
    "ncpi_1": "NCPI 2018 CSE partnership item: text, report and type agree but the force's "
              "HMICFRS ref is 8458 where HMICFRS has 8548 (transposed digits): reference "
              "disagrees",
}

MISSING_WHY = {
    "aust_4": "No force row about reviewing collaboration plans for the next spending round; "
              "HMICFRS already has it Complete, so low risk, but it is not in the tracker",
    "leg_3": "'We expect forces to publish this analysis ... annual basis' - the force tracker has "
             "no row for publishing the disproportionality analysis (its S&S rows are "
             "monitoring, demonstrating action and training)",
    "p18_4": "PEEL 2018/19 AFI on an ambitious digital plan: the only force row on digital plans "
             "is the national PEEL Efficiency 2017 recommendation (By Sept 2018, national "
             "framework), matched to 8470; nothing under PEEL 2018/19",
    "p21_4": "No force row on equality and diversity data / workforce demographics",
}


def build():
    os.makedirs(OUT, exist_ok=True)
    created = dt.datetime(2024, 10, 14, 9, 30, 0)

    # ---------------- HMICFRS side -------------------------------------------------------
    items = {it[0]: it for it in ITEMS}
    assert len(items) == len(ITEMS)
    rows = []
    for (key, iid, rep, pub, typ, text, stem, addr, when, due, status) in ITEMS:
        if due is None:
            due_d = None
        elif due[0] == "m":
            due_d = add_months(pub, due[1])
        elif due[0] == "imm":
            due_d = pub
        elif due[0] == "d":
            due_d = due[1]
        else:
            due_d = None
        sdate = pub + dt.timedelta(days=RNG.randint(200, 2400))
        if sdate > dt.date(2024, 9, 30):
            sdate = dt.date(2024, 9, RNG.randint(2, 27))
        rows.append(dict(key=key, id=iid, rep=rep, pub=pub, typ=PLANNER_TYPE[typ],
                         addr=addr if addr else ("—" if typ == COC else ""),
                         when=when, due=due, due_d=due_d,
                         req=requirement(text, stem), status=status, sdate=sdate))
    # the planners' sort: Due date ascending, blanks last, then published, then ID
    rows.sort(key=lambda r: (r["due_d"] is None, r["due_d"] or dt.date.max, r["pub"], r["id"]))

    hpath = os.path.join(OUT, "hmicfrs.xlsx")
    wb = xlsxwriter.Workbook(hpath)
    wb.set_properties({"title": "HMICFRS definitive list - structured", "author":
                       "Strategic Planning", "company": FORCE, "created": created})
    ws = wb.add_worksheet("Structured list")
    f_title = wb.add_format({"bold": True, "font_size": 14})
    f_note = wb.add_format({"italic": True, "font_color": "#595959"})
    f_head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                            "text_wrap": True, "valign": "top", "border": 1})
    f_wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    f_req = wb.add_format({"text_wrap": True, "valign": "top", "border": 1,
                           "bg_color": "#FFF2CC"})
    f_date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    f_due = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1,
                           "bg_color": "#E2EFDA"})
    f_duet = wb.add_format({"valign": "top", "border": 1, "bg_color": "#E2EFDA"})
    ws.write(0, 0, "HMICFRS definitive list – structured for the Planning & Performance "
             "Framework", f_title)
    ws.write(1, 0, "Source: HMICFRS monitoring portal extract sent by the Force Liaison Lead, "
             "11/10/2024. Structured by Strategic Planning 14/10/2024.", f_note)
    ws.write(2, 0, "Addressee and timescale have been lifted out of the recommendation text "
             "into columns E and F; column H holds the remaining requirement. Due date "
             "calculated from publication date where the timescale is relative.", f_note)
    heads = ["HMICFRS ID", "Report", "Published", "Type", "Addressed to",
             "By when (as written)", "Due date", "Requirement", "HMICFRS status",
             "Status date"]
    HR = 4  # zero-based header row -> Excel row 5
    for c, h in enumerate(heads):
        ws.write(HR, c, h, f_head)
    hm_row_of = {}
    for i, r in enumerate(rows):
        xr = HR + 1 + i
        ws.write_number(xr, 0, r["id"], f_wrap)
        ws.write(xr, 1, r["rep"], f_wrap)
        ws.write_datetime(xr, 2, dt.datetime.combine(r["pub"], dt.time()), f_date)
        ws.write(xr, 3, r["typ"], f_wrap)
        ws.write(xr, 4, r["addr"], f_wrap) if r["addr"] else ws.write_blank(xr, 4, None, f_wrap)
        ws.write(xr, 5, r["when"], f_wrap) if r["when"] else ws.write_blank(xr, 5, None, f_wrap)
        due = r["due"]
        if due is None:
            ws.write_blank(xr, 6, None, f_duet)
        elif due[0] == "m":
            ws.write_formula(xr, 6, f"=EDATE(C{xr + 1},{due[1]})", f_due, serial(r["due_d"]))
        elif due[0] == "imm":
            ws.write_formula(xr, 6, f"=C{xr + 1}", f_due, serial(r["due_d"]))
        elif due[0] == "d":
            ws.write_datetime(xr, 6, dt.datetime.combine(r["due_d"], dt.time()), f_due)
        else:
            ws.write(xr, 6, due[1], f_duet)
        ws.write(xr, 7, r["req"], f_req)
        ws.write(xr, 8, r["status"], f_wrap)
        ws.write_datetime(xr, 9, dt.datetime.combine(r["sdate"], dt.time()), f_date)
        hm_row_of[r["key"]] = f"Structured list!{xr + 1}"
    last = HR + len(rows)
    ws.write(last + 2, 0, "Sorted by Due date (oldest first); items with no timescale at the "
             "bottom.", f_note)
    ws.write(last + 3, 0, "Status as held by HMICFRS. Do not edit column I – send changes to "
             "the FLL.", f_note)
    ws.autofilter(HR, 0, last, len(heads) - 1)
    ws.freeze_panes(HR + 1, 0)
    for c, w in enumerate([10, 38, 11, 16, 30, 26, 11, 80, 17, 11]):
        ws.set_column(c, c, w)
    lk = wb.add_worksheet("Lists")
    lk.write(0, 0, "Type")
    for i, v in enumerate(["Recommendation", "National recommendation", "AFI",
                           "Cause of concern"]):
        lk.write(i + 1, 0, v)
    lk.write(0, 2, "HMICFRS status")
    for i, v in enumerate(["Awaiting review", "Being progressed", "Complete", "Superseded",
                           "No further action required"]):
        lk.write(i + 1, 2, v)
    wb.close()

    # ---------------- Force side ---------------------------------------------------------
    fpath = os.path.join(OUT, "tracker.xlsx")
    wb = xlsxwriter.Workbook(fpath)
    wb.set_properties({"title": "HMICFRS tracker", "author": "Corporate Development",
                       "company": FORCE, "created": dt.datetime(2024, 9, 2, 8, 0, 0)})
    ws = wb.add_worksheet("Tracker")
    fills = {"RED": "#FF0000", "AMBER": "#FFC000", "GREEN": "#00B050", "BLUE": "#00B0F0",
             "WHITE": "#FFFFFF"}
    f_rag = {k: wb.add_format({"bg_color": v, "bold": True, "border": 1, "valign": "top"})
             for k, v in fills.items()}
    f_head = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1,
                            "text_wrap": True})
    f_cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    ws.write(0, 0, f"{FORCE} – HMICFRS Recommendations & AFIs Tracker (updated 02/09/2024)",
             f_title)
    ws.write(1, 0, "RAG: RED – off track / AMBER – in progress / GREEN – complete, evidence "
             "with sign-off lead / BLUE – closed by force / WHITE – not for the force to "
             "deliver", f_note)
    fheads = ["No.", "HMICFRS Ref", "Report", "Published", "Type",
              "Recommendation / AFI", "Lead", "RAG", "Latest update",
              "Date submitted for closure"]
    FH = 2
    for c, h in enumerate(fheads):
        ws.write(FH, c, h, f_head)
    n = 0
    for i, t in enumerate(T):
        xr = FH + 1 + i
        t["row"] = f"Tracker!{xr + 1}"
        if t["keys"] is not None or t["typ"]:
            n += 1
            ws.write_number(xr, 0, n, f_cell)
        else:
            ws.write_blank(xr, 0, None, f_cell)
        if t["ref"]:
            ws.write_number(xr, 1, int(t["ref"]), f_cell)
        else:
            ws.write_blank(xr, 1, None, f_cell)
        ws.write(xr, 2, t["report"], f_cell)
        ws.write_string(xr, 3, t["pub"], f_cell)
        ws.write(xr, 4, t["typ"], f_cell) if t["typ"] else ws.write_blank(xr, 4, None, f_cell)
        ws.write(xr, 5, t["text"], f_cell)
        ws.write(xr, 6, t["lead"], f_cell) if t["lead"] else ws.write_blank(xr, 6, None, f_cell)
        if t["rag"]:
            ws.write(xr, 7, t["rag"], f_rag[t["rag"]])
        else:
            ws.write_blank(xr, 7, None, f_cell)
        ws.write(xr, 8, t["update"], f_cell) if t["update"] else \
            ws.write_blank(xr, 8, None, f_cell)
        ws.write(xr, 9, t["submitted"], f_cell) if t["submitted"] else \
            ws.write_blank(xr, 9, None, f_cell)
    for c, w in enumerate([5, 10, 30, 14, 11, 70, 24, 9, 40, 14]):
        ws.set_column(c, c, w)
    ws.freeze_panes(FH + 1, 0)
    wb.close()

    # ---------------- Truth ---------------------------------------------------------------
    by_key: dict[str, list[dict]] = {}
    for t in T:
        for k in t["keys"] or []:
            by_key.setdefault(k, []).append(t)
    truth = []
    for r in sorted(rows, key=lambda r: int(hm_row_of[r["key"]].split("!")[1])):
        k = r["key"]
        hm = hm_row_of[k]
        hopen = r["status"] in HM_OPEN
        ts = by_key.get(k, [])
        if not ts:
            truth.append((hm, "", "missing_from_force", MISSING_WHY[k]))
            continue
        fdone = all(t["rag"] in FORCE_DONE for t in ts)
        parts = f"; force split it over {len(ts)} rows " + (
            "all done" if fdone else
            f"({sum(t['rag'] in FORCE_DONE for t in ts)} done, the rest open) so the item is "
            "open on the force side") if len(ts) > 1 else ""
        hs = f"HMICFRS '{r['status']}'"
        if k in CONFLICT_WHY:
            cat, why = "conflict", CONFLICT_WHY[k]
        elif hopen and fdone:
            cat, why = "closeable_submit", f"{hs} (open), force {'/'.join(sorted({t['rag'] for t in ts}))} (done)"
        elif (not hopen) and (not fdone):
            cat, why = "closeable_local", f"{hs} (closed), force {'/'.join(sorted({t['rag'] for t in ts}))} (open)"
        else:
            cat, why = "in_sync", f"{hs}, force {'/'.join(sorted({t['rag'] for t in ts}))}: both " + (
                "open" if hopen else "closed/done")
        if cat != "conflict":
            why = MATCH_WHY.get(k, f"HMICFRS {r['id']} ({r['rep'][:40]}...) and the force row "
                                   f"under '{ts[0]['report']}' are the same ask in the force's "
                                   f"shortened words") + ". " + why + parts
        for t in ts:
            truth.append((hm, t["row"], cat, why))
    for t in T:
        if t["keys"] is None and t["typ"]:
            truth.append(("", t["row"], "not_on_hmicfrs_list", LOCAL_WHY[t["row"]]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for line in truth:
        w.writerow(line)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    return rows, truth, hm_row_of


MATCH_WHY = {
    "sas13_1": "Force row is the S&S APP specification item (Chief Constables and the College of "
               "Policing), abbreviated",
    "sas13_3": "The force tracks the 2013 and 2015 'explain to the public / community scrutiny' "
               "recommendations once, in one row naming both reports; the 2013 one (elected "
               "local policing bodies) is HMICFRS 1206",
    "sas15_1": "Same combined force row as 1206: it names 'Stop & search powers 2 (2015)' too, "
               "so it also holds HMICFRS 5140 (consultation with PCCs)",
    "core_1": "Core Business threat/harm/risk criteria item, ref 4822 on both. The CDI 2019 item "
              "9745 has the same requirement after the stem is lifted out, but its timescale is "
              "'Within six months' and report CDI 2019; this row says 'Not later than 31 March "
              "2015' under Core business",
    "cdi_2": "CDI 2019 call-handler criteria item, ref 9745 on both; 'Within 6 months' matches "
             "the 'By when' column. Not the Core Business 4822 item, which has the same "
             "requirement text",
    "efc_1": "National PEEL Efficiency 2017 digital plan (By Sept 2018, national framework), ref "
             "8470 on both. The PEEL 2018/19 AFI 9308 with a similar ask is a different item",
    "p16_rec": "PEEL 2016 DASH supervision recommendation. HMICFRS Requirement begins 'take steps "
               "to ensure...' because the stem was lifted out",
    "p18_2": "PEEL 2018/19 vulnerability review. The planners did not split this row: HMICFRS "
             "Requirement still holds the whole text including 'HMICFRS recommends that the "
             "force should immediately:'; By when and Due date are blank",
    "p16_coc": "PEEL 2016 DA/DASH cause of concern; force abridges it",
    "leg_coc": "PEEL Legitimacy 2017 S&S cause of concern (over-representation of BAME people)",
    "pow_4": "Home Office / NPCC data-quality item; force marks it WHITE (not for the force to "
             "deliver), which its legend counts as closed",
    "p21_1": "PEEL 2021/22 RASSO allocation/supervision AFI. The similar stalking & harassment "
             "row below is not this item",
    "cdi_1": "CDI 2019 victims-believed recommendation (ref 9744), bullet per force row",
    "stol_1": "Stolen freedom leadership & governance recommendation, bullet (a)-(d) per force "
              "row",
    "pow_3": "Police powers spotlight BWV recommendation, split into its three parts",
}

LOCAL_WHY = {}


def _local_why():
    # filled after T rows get their Excel row numbers (row numbers are fixed by list order)
    for i, t in enumerate(T):
        if t["keys"] is None and t["typ"]:
            row = f"Tracker!{3 + 1 + i}"
            if "Abuse of position" in t["report"]:
                LOCAL_WHY[row] = ("Abuse of position for a sexual purpose (Oct 2017) is not on "
                                  "the HMICFRS list at all; query with the FLL")
            elif "stalking" in t["text"]:
                LOCAL_WHY[row] = ("Stalking & harassment version of the RASSO AFI, added by the "
                                  "force's own Force Assurance Board; HMICFRS lists only the "
                                  "RASSO item (11630), which is matched to the row above")
            else:
                LOCAL_WHY[row] = ("The force's own improvement-plan action (type 'Local'), not "
                                  "an HMICFRS item")


_local_why()

README = r"""# Case `stem_split_who_when_what` (round 74, case B)

## Story
Cumbria Constabulary's Strategic Planning team keeps the HMICFRS definitive list in its own
"structured" form for the force Planning & Performance Framework. When the Force Liaison Lead
sends the monitoring-portal extract (11/10/2024), a planner lifts the **addressee** and the
**timescale** out of each recommendation into their own columns ("Addressed to", "By when (as
written)"), computes a **Due date** (an `EDATE` formula off the publication date for relative
timescales, `=C` for "Immediately", a typed date for "By July 2018"), leaves only the ask in
**Requirement** (so it starts mid-sentence in lower case: "review their leadership…",
"take steps to ensure…"), and then **sorts the whole list by due date**, so reports are scattered
and every undated item (AFIs, causes of concern, undated national recs) sits at the bottom.
The force side is the Corporate Development team's ordinary RAG tracker, in report order.

## Files
- `hmicfrs.xlsx` — sheet `Structured list`: rows 1–3 title and notes, row 4 blank, header row 5
  (`HMICFRS ID, Report, Published, Type, Addressed to, By when (as written), Due date,
  Requirement, HMICFRS status, Status date`), **items rows 6–62 (57 items)**, row 63 blank,
  rows 64–65 notes. AutoFilter on rows 5–62, frozen header. Sheet `Lists` (drop-down values,
  not items). Due date column G: formulas with cached values (rows 12–17, 18–23, 28–32, 35…),
  typed dates, one text value "next SR" (row 44), blanks.
- `tracker.xlsx` — sheet `Tracker`: row 1 title, row 2 RAG legend (GREEN = complete, evidence
  with sign-off lead; BLUE = closed by force; WHITE = not for the force to deliver — all three
  count as done; RED/AMBER open), header row 3 (`No., HMICFRS Ref, Report, Published, Type,
  Recommendation / AFI, Lead, RAG, Latest update, Date submitted for closure`), item rows 4–68
  except row 32. RAG cells are also filled in their colour. HMICFRS Ref filled on only some rows.
  Published is text ("Jul-13", "24/10/2017").
- `truth.csv` — 69 lines; `Sheet!Row` as Excel shows it.

## What the layout brings (and how the truth decides)
1. **Stem lifted out of the text.** Requirement never says "Within six months, forces should";
   the timescale is only in column F. Tracker texts keep (their own version of) the stem, so
   timescale conflicts are visible only by reading F against the tracker text:
   - row 23 (8413 Stolen freedom ISAs) F "Within six months" vs Tracker!24 "Within 12 months" → conflict;
   - row 13 (5702 firearms demand) F "Within three months" vs Tracker!16 "Within six months" → conflict;
   - row 8 (4823 Core Business) F "By 31 March 2015" vs Tracker!12 "By 31 March 2016" → conflict.
2. **A figure moved into "Addressed to".** Row 42 (3311): "…less than 10% of their savings through
   collaboration" is in column E only; Tracker!9 says "less than 20%" → conflict.
3. **Identical Requirements after stripping.** Row 7 (4822 Core Business, "Not later than 31 March
   2015") and row 32 (9745 CDI 2019, "Within six months") both read "provide call-handlers with
   specific, sound and comprehensible criteria…". Decided by report, timescale and the refs the
   force typed: Tracker!11 (Core business, 4822) in_sync; Tracker!60 (CDI 2019, 9745) closeable_submit.
4. **Near-duplicate digital plan.** Row 27 (8470 national, By Sept 2018, national framework) vs row
   57 (9308 PEEL 2018/19 AFI). The only force row (Tracker!31, ref 8470, "PEEL Efficiency 17 (all
   forces)") is the national one; 9308 → missing_from_force.
5. **Split not done.** Row 55 (9306): Requirement still holds "HMICFRS recommends that the force
   should immediately:conduct…", E/F/G blank. Row 25 (8543 "We expect forces to publish…"): E/F/G
   filled but text unsplit. Row 44 (3313): Due date is the text "next SR".
6. **Sorted by due date**: report blocks broken up (Stolen freedom across rows 18–23 and 28; PEEL
   Legitimacy 2017 across 24–26 and 51–52). Causes of concern (rows 46, 51) have "—"/blank addressee.
7. **Force side quirks**: abbreviations (S&S, MSHT, CCs, CoP, BWV, RASSO, VAWG, VCOP), typos
   ("supervison", "recieve", "goverance", "accomodation"), own report names ("PEEL Eff 16",
   "Police powers spotlight (Feb 21)").
   - Split rows: 8412 → Tracker!20–23 (3 BLUE, 1 AMBER; HMICFRS open → in_sync ×4); 9744 →
     Tracker!55–59 (all GREEN, HMICFRS Awaiting review → closeable_submit ×5); 10913 (BWV) →
     Tracker!39–41 (2 BLUE, 1 AMBER; HMICFRS Complete → closeable_local ×3).
   - One row, two items: Tracker!6 holds both 1206 (S&S 2013, row 40) and 5140 (S&S 2 2015,
     row 45); both closed, BLUE → in_sync twice.
   - Type conflict: row 17 (7212 missing children, Recommendation) typed AFI at Tracker!46.
   - Report conflict: row 56 (9307 PEEL 2018/19 AFI, word for word) filed under PEEL 2021/22 at Tracker!63.
   - Reference conflict: row 29 (8548 NCPI) — Tracker!61 has ref 8458.
   - Missing bullet: row 24 (8541) — Tracker!34 omits the possession-only drug searches bullet.
   - WHITE: Tracker!42 (Home Office/NPCC item 10914, HMICFRS "No further action required") → in_sync.
   - Not on the HMICFRS list: Tracker!30 (Abuse of position for a sexual purpose), Tracker!65
     (stalking & harassment copy of the RASSO AFI, a trap next to Tracker!64 ↔ 11630), Tracker!68
     (force's own "Local" dip-sample action).
   - Missing from force: rows 25 (8543), 44 (3313, closed on HMICFRS), 57 (9308), 62 (11633).

## Counts (truth lines)
in_sync 31 · closeable_submit 14 · closeable_local 9 · conflict 8 · missing_from_force 4 ·
not_on_hmicfrs_list 3 · review 0. Total 69 lines (57 HMICFRS items, 64 force item rows).

## Rows that are not items
- hmicfrs.xlsx `Structured list` rows 1–3 (title, source note, method note), 4 (blank), 5 (header),
  63 (blank), 64–65 (notes on sort order and status column); whole sheet `Lists` (drop-down lists).
- tracker.xlsx `Tracker` rows 1 (title), 2 (RAG legend), 3 (header), 32 ("A progress report on the
  police response to domestic abuse — No recommendations in this report.": a report with no items,
  no number, no type, no RAG).

## Checks run
- Every HMICFRS row 6–62 appears in truth at least once; every Tracker row 4–68 except 32 appears
  (Tracker!6 twice, one line per item it holds; split rows once each).
- Both workbooks read back with pandas (`read_excel`, all sheets) and openpyxl (formulas and, with
  `data_only=True`, the cached due dates).
- Built twice: all files byte-identical (fixed document properties, XlsxWriter's fixed zip
  timestamps, seeded RNG, no clock). `reconcile` was never read or run.
"""


if __name__ == "__main__":
    build()
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)

