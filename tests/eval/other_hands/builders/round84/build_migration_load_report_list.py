"""Build the case `migration_load_report_list` (round 84, case B).

The HMICFRS side is the load report of a data migration: HMICFRS moved its monitoring of
recommendations from the old public register and an interim spreadsheet onto a new portal,
and the Force Liaison Lead sent each force the load report for its records to check before
go-live.  The force side is a plain tracker.

Run with /work/main/.venv/bin/python.  Writes /tmp/indep84/migration_load_report_list/.
Deterministic: fixed seed, fixed workbook properties, XlsxWriter's fixed zip timestamps.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random

import xlsxwriter

CASE = "migration_load_report_list"
OUT = os.path.join("/tmp/indep84", CASE)
FORCE = "Nottinghamshire Police"
SLUG = "nottinghamshire"
CREATED = dt.datetime(2024, 5, 20, 9, 0, 0)
RNG = random.Random(8420240520)

D = dt.date

# --------------------------------------------------------------------------------------
# Inspections: key -> (portal title, published, register label title, tracker name, type)
# --------------------------------------------------------------------------------------
INSP = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", D(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 "Firearms licensing 2015"),
    "eff15": ("PEEL: Police efficiency 2015", D(2015, 10, 15), "PEEL Efficiency 2015"),
    "effv16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Effectiveness 2016"),
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 9, 7), "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "eff17": ("PEEL: Police efficiency 2017", D(2017, 11, 9), "PEEL Efficiency 2017"),
    "ncpi17": ("National child protection inspection 2017", D(2017, 11, 24), "NCPI 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2),
               "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "cdi21": ("Crime data integrity inspection 2021", D(2021, 9, 16), "CDI inspection 2021"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 3, 11),
               "PEEL 21-22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2023, 10, 17),
               "PEEL Assessment 2023/24"),
}

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

SUPERSEDED_COMMENT = (
    "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
    "inspections. Where a cause of concern still exists this will appear in the register "
    "against these subsequent inspections.")
COMPLETE_COMMENT = "This recommendation is complete"
CDI_COMMENT = ("Authorised for closure on the basis of the additional observations offered by "
               "members of the CDI inspection team in recent inspection activity.")
NFA_COMMENT = ("No further action is required in relation to this recommendation. This area of "
               "activity has subsequently been inspected each year in HMIC's PEEL Efficiency "
               "inspections.")

# --------------------------------------------------------------------------------------
# HMICFRS items.  sheet: "arch" (Not migrated), "load" (Load report), "rej" (Rejected).
# status: the portal status (for arch: the register's slug, closed in every case).
# --------------------------------------------------------------------------------------
H: list[dict] = []


def hm(key, sheet, src, lid, insp, typ, text, lstat, ldate, status=None, sdate=None,
       parent=None, code="", msg="", comment="", pub_missing=False):
    H.append(dict(key=key, sheet=sheet, src=src, lid=lid, insp=insp, type=typ, text=text,
                  lstat=lstat, ldate=ldate, status=status, sdate=sdate, parent=parent,
                  code=code, msg=msg, comment=comment, pub_missing=pub_missing))


# ---- Not migrated: legacy register, closed before 01/04/2019 ----
hm("A1", "arch", "REGISTER", 2184, "sas13", NAT,
   "Chief Constables and the College of Policing should establish in the Stop and Search "
   "Authorised Professional Practice document a clear specification of what constitutes the "
   "effective and fair exercise of stop and search powers, and guidance in this respect. This "
   "should be compliant with the Code of Practice.",
   "complete", "14th March 2015", comment=COMPLETE_COMMENT)
hm("A2", "arch", "REGISTER", 2185, "sas13", NAT,
   "Chief Constables should establish or improve monitoring of the way officers stop and "
   "search people, so that they can be satisfied their officers are acting in accordance with "
   "the law (including equality legislation and the Code of Practice), and that the power is "
   "used effectively to prevent crime, catch criminals and maintain public trust.",
   "complete", "22nd September 2016", comment=COMPLETE_COMMENT)
hm("A3", "arch", "REGISTER", 2186, "sas13", NAT,
   "Chief Constables should, in consultation with elected local policing bodies, ensure that "
   "they comply with the code of practice by explaining to the public the way stop and search "
   "powers are used in their areas and by making arrangements for stop and search records to "
   "be scrutinised by community representatives. This should be done in a way that involves "
   "those people who are stopped and searched, for example, young people.",
   "complete", "22nd September 2016", comment=COMPLETE_COMMENT)
hm("A4", "arch", "REGISTER", 2321, "everyone", NAT,
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
   "complete", "9th February 2017", comment=SUPERSEDED_COMMENT)
hm("A5a", "arch", "REGISTER", 3010, "austerity", NAT,
   "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
   "are doing all they can to continue to reduce crime and protect the front line while "
   "balancing their budgets. They should use the data and information contained in this "
   "report, and in HMIC's Value for Money profiles, when conducting their reviews",
   "complete", "30th November 2017", comment=NFA_COMMENT)
hm("A5b", "arch", "REGISTER", 3011, "austerity", NAT,
   "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
   "through collaboration should assess whether there is scope to improve on this position. "
   "HMIC will follow up the assessments in the autumn.",
   "complete", "30th November 2017", comment=NFA_COMMENT)
hm("A5c", "arch", "REGISTER", 3012, "austerity", NAT,
   "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
   "workforce and/or police officers on the front line should assess whether they have taken "
   "the decisive action seen in many forces in order to maintain their crime fighting "
   "capacity. HMIC will follow up the assessments in the autumn.",
   "complete", "30th November 2017", comment=NFA_COMMENT)
hm("A5d", "arch", "REGISTER", 3013, "austerity", NAT,
   "In preparation for the next spending round period all Chief Constables and PCCs should "
   "review their plans for collaboration. In particular they should consider whether there is "
   "scope to deliver better value for money and improved capability and capacity through "
   "joint working with other forces, the public and/or the private sector.",
   "complete", "30th November 2017", comment=NFA_COMMENT)
hm("A6", "arch", "REGISTER", 4822, "core", NAT,
   "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
   "not yet done so, should provide call-handlers with specific, sound and comprehensible "
   "criteria against which they can assess threat, harm and risk.",
   "complete", "2nd March 2017", comment=SUPERSEDED_COMMENT)
hm("A7", "arch", "REGISTER", 4823, "core", NAT,
   "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
   "carried out is systematically recorded and subsequently evaluated to determine the "
   "effectiveness of tactics being employed.",
   "complete", "18th January 2016", comment=COMPLETE_COMMENT)
hm("A8", "arch", "REGISTER", 902, "integrity", NAT,
   "By 31 August 2015, all chief constables should satisfy themselves that they have "
   "processes in place to ensure that investigations into misconduct by officers and staff "
   "resulting in “no further action” are fair and free of any form of discrimination.",
   "complete", "2nd June 2016", comment=COMPLETE_COMMENT)
hm("A9", "arch", "REGISTER", 5630, "eff15", AFI,
   "The force should undertake further work to gain a fuller understanding of current demand "
   "for its services, and likely future changes in demand. This is so it can make best use of "
   "its resources by matching them to demand to meet the needs of the public.",
   "complete", "10th November 2017", comment=COMPLETE_COMMENT)
hm("A10", "arch", "REGISTER", 5631, "eff15", AFI,
   "The force should develop its understanding of the links between its outcomes, outputs and "
   "costs",
   "complete", "10th November 2017", comment=COMPLETE_COMMENT)
hm("A11", "arch", "REGISTER", 5632, "eff15", AFI,
   "The force should develop a future workforce plan that is aligned with its overall demand "
   "and budget. The plan should include future resource allocations, the mix of skills "
   "required by the workforce and behaviours expected of them.",
   "complete", "10th November 2017", comment=COMPLETE_COMMENT)

# ---- Load report: REGISTER source ----
W118 = ("W118", "Published date not held in source; taken from inspection reference data")
W130 = ("W130", "Finding type set to 'Cause of concern' from legacy 'Cause of concern' paragraph")
hm("L1", "load", "REGISTER", 5390, "sas15", NAT,
   "Chief constables should, in consultation with police and crime commissioners, ensure that "
   "they comply with the Code of Practice by explaining to the public the way stop and search "
   "powers are used in their areas and by making arrangements for stop and search records to "
   "be scrutinised by community representatives. This should be done in a way that involves "
   "those people who are stopped and searched, for example young people.",
   "complete", "12th June 2019", "Complete", D(2019, 6, 12))
hm("L2", "load", "REGISTER", 5920, "picture", NAT,
   "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
   "audits of compliance with the APP on information management through the force information "
   "management governance structure. This should include measures to ensure that "
   "categorisation of records are regularly adjusted.",
   "being-progressed", "3rd October 2018", "Being progressed", D(2018, 10, 3))
hm("L3", "load", "REGISTER", 6120, "firearms", NAT,
   "Within three months, all chief constables should assess how well the governance of "
   "firearms licensing in his or her force meets the standards set out in Authorised "
   "Professional Practice. Chief constables of forces where the governance standards are not "
   "being complied with should put in place immediately the correct arrangements and "
   "procedures in order to meet the standards in full.",
   "complete", "8th July 2019", "Being progressed", D(2022, 3, 14),
   code="W410", msg="Status taken from HMICFRS closure log: reopened 14/03/2022 after firearms "
   "licensing revisit (later than legacy extract)")
hm("L4", "load", "REGISTER", 6121, "firearms", NAT,
   "Within three months, all chief constables should assess the demand placed on their "
   "firearms licensing department and ensure it has the capacity to meet this demand and "
   "provide an efficient and effective service at all times.",
   "being-progressed", "8th July 2019", "Being progressed", D(2019, 7, 8))
hm("L5", "load", "REGISTER", 6122, "firearms", NAT,
   "Immediately, all chief constables should satisfy themselves that all appropriate action "
   "is being taken by their force with regard to ‘total expired’ licensing records.",
   "being-progressed", "14th May 2019", "Complete", D(2020, 11, 11),
   code="W410", msg="Status taken from HMICFRS closure log: closed 11/11/2020 (later than "
   "legacy extract)")
hm("L6", "load", "REGISTER", 6123, "firearms", NAT,
   "Within three months, all chief constables should ensure that their arrangements in respect "
   "of the use of temporary permits are in accordance with the Home Office guidance; that "
   "temporary permits are properly recorded without delay on the National Firearms Licensing "
   "Management System; and that effective systems exist to ensure certificate holders are not "
   "permitted, at any time, to remain in unlawful possession of a firearm.",
   "awaiting-review", "15th September 2015", "Awaiting review", D(2015, 9, 15))
hm("L7", "load", "REGISTER", 6124, "firearms", NAT,
   "Within three months, all chief constables should ensure that systems designed to identify, "
   "prior to police attendance, whether a reported incident involves or is at the address of a "
   "firearm certificate holder are in place and are always applied by staff dispatching "
   "officers to incidents; and that officers understand the risk assessment which they should "
   "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
   "and firearm certificates.",
   "being-progressed", "8th July 2019", "Being progressed", D(2019, 7, 8))
hm("L8", "load", "REGISTER", 6655, "effv16", COC,
   "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
   "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
   "incidents does not provide confidence that risk is always assessed appropriately. In "
   "cases where a DASH risk assessment is not completed the officer should record an "
   "assessment on the crime management system. HMIC found that officers are not consistently "
   "completing a DASH in circumstances where force policy requires that they should do so. "
   "This means that some victims of domestic abuse who may be at risk of harm are not being "
   "appropriately risk-assessed.",
   "being-progressed", "30th November 2017", "Being progressed", D(2017, 11, 30),
   code=W130[0], msg=W130[1])
hm("L9", "load", "REGISTER", 6656, "effv16", REC,
   "To address this cause of concern, HMIC recommends the force should immediately take steps "
   "to ensure that there is effective supervision of the initial risk assessment process, "
   "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
   "being-progressed", "30th November 2017", "Being progressed", D(2017, 11, 30), parent="L8")
hm("L10", "load", "REGISTER", 6660, "effv16", COC,
   "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
   "found that the assessment of risk for children who go missing from home was inappropriate "
   "in some cases. We found some instances where children were classed as ‘absent’ when they "
   "should have been recorded as ‘missing’, and risk levels for missing children were "
   "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had "
   "not been identified, even where good information was available on the police database. In "
   "some cases there was information to indicate that children were at risk of sexual "
   "exploitation, but this did not influence the assigned risk and categorisation. Children "
   "were incorrectly graded at a lower level and could have been exposed to an increased risk "
   "of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.",
   "complete", "24th April 2019", "Complete", D(2019, 4, 24), code=W130[0], msg=W130[1])
hm("L11", "load", "REGISTER", 6661, "effv16", REC,
   "To address this cause of concern the force should immediately review its approach to "
   "reports of missing children and take steps to ensure that:\n• call takers understand and "
   "use the missing and absent category appropriately; • call takers and frontline staff have "
   "the necessary knowledge to identify risk factors associated with child sexual exploitation "
   "and how to respond to such cases; and • supervisors provide the correct oversight of "
   "missing person enquiries and direct appropriate and timely investigative and safeguarding "
   "action",
   "complete", "24th April 2019", "Complete", D(2019, 4, 24), parent="L10")
hm("L12", "load", "REGISTER", 7012, "cdi17", REC,
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
   "to the victim or the wider public are identified and appropriately managed.",
   "being-progressed", "27th April 2018", "Being progressed", D(2018, 4, 27))
hm("L13", "load", "REGISTER", 7013, "cdi17", REC,
   "Within three months, the force should revise its approach to cautions, cannabis warning "
   "and penalty notices for disorder to ensure that there is a clear and auditable explanation "
   "to the offender of the implications of receiving the warning and that, for victim-based "
   "crimes, there is a clear and auditable record that views of the victim are considered "
   "prior to their issue.",
   "awaiting-review", "7th September 2017", "Awaiting review", D(2017, 9, 7))
hm("L14", "load", "REGISTER", 7014, "cdi17", AFI,
   "The force should improve its use of its crime-recording and management system to better "
   "manage its case files and investigative processes.",
   "complete", "4th December 2019", "Complete", D(2019, 12, 4))
hm("L15", "load", "REGISTER", 7301, "stolen", NAT,
   "Within twelve months, forces should review their leadership and governance arrangements "
   "for modern slavery and human trafficking, to ensure that:\n"
   "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
   "• every incident of modern slavery identified to police is allocated appropriate "
   "resources with the skills, experience and capacity to investigate it effectively;\n"
   "• forces develop effective partnership arrangements to co-ordinate activity in order to "
   "share information and safeguard victims; and\n"
   "• performance and quality assurance measures are in place to allow senior leaders to "
   "assess the nature and quality of the service provided to victims.",
   "being-progressed", "5th June 2019", "Being progressed", D(2019, 6, 5))
hm("L16", "load", "REGISTER", 7302, "stolen", NAT,
   "Within six months, forces should have in place active information-sharing agreements with "
   "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
   "victims better and to identify suspects as early as possible",
   "complete", "5th June 2019", "Complete", D(2019, 6, 5))
hm("L17", "load", "REGISTER", 7303, "stolen", NAT,
   "Immediately, forces should ensure that all victims carrying out criminal acts under "
   "compulsion attributable to slavery or exploitation are afforded the protection of early "
   "and continuing consideration of the applicability of the section 45 defence.",
   "complete", "5th June 2019", "Complete", D(2019, 6, 5))
hm("L18", "load", "REGISTER", 7304, "stolen", NAT,
   "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
   "process as it evolves and are implementing the requirement placed upon them under the "
   "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
   "adult victim of modern slavery or human trafficking.",
   "being-progressed", "5th June 2019", "Being progressed", D(2019, 6, 5))
hm("L19", "load", "REGISTER", 7305, "stolen", NAT,
   "Immediately, forces should take steps to ensure they fully comply with national crime "
   "recording standard (NCRS) requirements for offences identified as modern slavery and human "
   "trafficking and that sufficient audit capacity is available to the force crime registrar "
   "to provide reassurance that each force is identifying and managing any gaps in its "
   "crime-recording accuracy for these types of offences.",
   "being-progressed", "5th June 2019", "Being progressed", D(2019, 6, 5))
hm("L20", "load", "REGISTER", 7306, "stolen", NAT,
   "Immediately, forces should ensure that allegations or indications of modern slavery and "
   "human trafficking are thoroughly investigated and effectively supervised by teams and "
   "individuals with the skills and experience to undertake them (this should include the use "
   "where appropriate of joint intelligence teams and other means to obtain intelligence and "
   "evidence from agencies overseas).",
   "awaiting-review", "24th October 2017", "Awaiting review", D(2017, 10, 24))
hm("L21", "load", "REGISTER", 7307, "stolen", NAT,
   "Immediately, forces should review their use of preventative powers under the Modern "
   "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
   "to pose a clear threat to others in respect of modern slavery and human trafficking "
   "offences are exploited.",
   "being-progressed", "5th June 2019", "Being progressed", D(2019, 6, 5))
hm("L22", "load", "REGISTER", 7390, "efc17", NAT,
   "By September 2018, chief constables should produce an ambitious plan to improve "
   "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
   "Council and Association of Police and Crime Commissioners should support the development "
   "of these plans by establishing a national framework which allows for the provision of "
   "digitally enabled services across force boundaries.",
   "being-progressed", "12th March 2019", "Being progressed", D(2019, 3, 12))
hm("L23", "load", "REGISTER", 7391, "eff17", AFI,
   "The force should ensure that it has sufficient resources available in the control room to "
   "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
   "wellbeing of its workforce.",
   "complete", "20th May 2019", "Complete", D(2019, 5, 20))
hm("L24", "load", "REGISTER", 8541, "leg17", COC,
   "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
   "search powers is consistently reasonable and fair. In particular, there is "
   "over-representation of BAME people, and black people in particular, in stop and search "
   "data which many forces are unable to explain.",
   "complete", "16th September 2019", "Complete", D(2019, 9, 16), code=W130[0], msg=W130[1])
hm("L25", "load", "REGISTER", 8542, "leg17", NAT,
   "By July 2018, all police forces across England and Wales should be regularly and "
   "frequently monitoring a comprehensive set of data and information on use of stop and "
   "search powers to understand:\n"
   "•the reasons for any disproportionate representation of different ethnic groups in the "
   "use of stop and search; •the extent to which find rates differ between people from "
   "different ethnicities, and across different types of searches (including separate "
   "identification of find rates for drug possession and supply-type offences); and •the "
   "prevalence of possession-only drug searches, and the extent to which these align with "
   "local or force level priorities.",
   "being-progressed", "12th December 2017", "Being progressed", D(2017, 12, 12), parent="L24")
hm("L26", "load", "REGISTER", 8543, "leg17", NAT,
   "Where forces identify disparities through monitoring, they should demonstrate to the "
   "public that they have:\n"
   "•carried out research and analysis in an attempt to understand the reasons for the "
   "disparity, and •taken action to reduce the disparity, where necessary;",
   "being-progressed", "12th December 2017", "Being progressed", D(2017, 12, 12), parent="L24")
hm("L27", "load", "REGISTER", 8544, "leg17", NAT,
   "We expect forces to publish this analysis and any actions taken at least on an annual "
   "basis, from July 2018.",
   "complete", "16th September 2019", "Complete", D(2019, 9, 16), parent="L24")
hm("L28", "load", "REGISTER", 8545, "leg17", NAT,
   "By July 2018, and ongoing following that date, forces should ensure that all officers who "
   "use stop and search powers have been provided with, and understand, training on "
   "unconscious bias and College of Policing APP on stop and search.",
   "awaiting-review", "12th December 2017", "Awaiting review", D(2017, 12, 12), parent="L24")
hm("L29", "load", "REGISTER", 8602, "ncpi17", REC,
   "Within six months Nottinghamshire Police should in conjunction with children’s social care "
   "services, review how it manages the detention of children. As a minimum it should:• ensure "
   "that all children are only detained when absolutely necessary and for the absolute minimum "
   "amount of time;• ensure that officers and staff in the custody suite assess at an early "
   "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
   "children’s social care services to achieve the most appropriate option for the child;• "
   "ensure that custody staff make a record of all actions taken and decisions made on the "
   "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
   "for children who are arrested.",
   "being-progressed", "1st May 2018", "Being progressed", D(2018, 5, 1))

# ---- Load report: INTERIM source ----
hm("I1", "load", "INTERIM", "NOT-19-003", "peel18", COC,
   "The size of the vetting backlog within Nottinghamshire Police is a cause of concern.",
   "In progress", "02/05/2019", "Being progressed", D(2019, 5, 2), code=W118[0], msg=W118[1])
hm("I2", "load", "INTERIM", "NOT-19-004", "peel18", REC,
   "The force should ensure all staff have received at least the lowest level of vetting "
   "clearance for their roles as quickly as possible, working to clear both the vetting backlog "
   "and new vetting renewals when they become due so that it complies fully with the national "
   "vetting guidelines.",
   "In progress", "02/05/2019", "Being progressed", D(2019, 5, 2), parent="I1",
   code=W118[0], msg=W118[1])
hm("I3", "load", "INTERIM", "NOT-19-001", "peel18", REC,
   "HMIC recommends that the force should immediately: conduct a review of officers’ "
   "capabilities and capacity to manage their investigative workload, to better understand "
   "investigative demand and the pressures placed upon them;",
   "Closed - complete", "19/10/2020", "Complete", D(2020, 10, 19), code=W118[0], msg=W118[1])
hm("I4", "load", "INTERIM", "NOT-19-002", "peel18", REC,
   "HMIC recommends that within six months the force should: ensure regular and active "
   "supervision of the quality and progress of investigations. This supervision should be "
   "properly recorded;",
   "In progress", "19/10/2020", "Being progressed", D(2020, 10, 19), code=W118[0], msg=W118[1])
hm("I5", "load", "INTERIM", "NOT-19-005", "peel18", REC,
   "HMICFRS recommends that the force should immediately:improve its ability to retrieve "
   "digital evidence from mobile phones, computers and other electronic devices quickly enough "
   "to ensure investigations are not delayed; and",
   "In progress", "19/10/2020", "Being progressed", D(2020, 10, 19), code=W118[0], msg=W118[1])
hm("I6", "load", "INTERIM", "NOT-19-006", "peel18", AFI,
   "The force should improve its understanding of suspects released under investigation and "
   "the management of those released on bail.",
   "Open", "02/05/2019", "Awaiting review", D(2019, 5, 2), code=W118[0], msg=W118[1])
hm("I7", "load", "INTERIM", "NOT-19-007", "peel18", AFI,
   "The force should make sure it has access to accurate data and analysis to support "
   "effective performance management.",
   "Open", "02/05/2019", "Superseded", D(2022, 6, 30),
   code="W410", msg="Status taken from HMICFRS closure log: closed as superseded by PEEL "
   "2021/22 on 30/06/2022 (later than interim tracker)")
hm("I8", "load", "INTERIM", "NOT-19-008", "peel18", REC,
   "Within six months the force should conduct a review, involving its partners, of the "
   "approach to vulnerability to better safeguard vulnerable people.",
   "Closed - complete", "19/10/2020", "Complete", D(2020, 10, 19), code=W118[0], msg=W118[1])
hm("I9", "load", "INTERIM", "NOT-21-001", "powers", NAT,
   "By July 2022, forces should ensure that officers and staff have effective communication "
   "skills, in line with the National Policing Guidelines on Conflict Management. This should "
   "be in addition to existing training on conflict management and de-escalation.",
   "In progress", "08/09/2022", "Being progressed", D(2022, 9, 8))
hm("I10", "load", "INTERIM", "NOT-21-002", "powers", NAT,
   "By July 2021, forces should ensure that communication skills are reinforced as part of the "
   "programme of continuing professional development for officers and staff, and that "
   "supervisors are supported to routinely and frequently debrief officers on these skills "
   "using body-worn video footage.",
   "Closed - complete", "08/09/2022", "Complete", D(2022, 9, 8))
hm("I11", "load", "INTERIM", "NOT-21-003", "powers", NAT,
   "By September 2021, forces should: ensure that officers record on body-worn video (when "
   "this is available) the entirety of all stop and search encounters, including traffic "
   "stops and use of force incidents.\n"
   "have a structured process for regularly reviewing and monitoring internally a sufficient "
   "sample of body-worn video footage to identify and disseminate learning and hold officers "
   "to account when behaviour falls below acceptable standards.\n"
   "provide external scrutiny panel members with access to samples of body-worn video footage "
   "showing stop and search encounters and use of force incidents, taking account of the "
   "safeguards in the College of Policing’s Authorised Professional Practice.",
   "In progress", "08/09/2022", "Being progressed", D(2022, 9, 8))
hm("I12", "load", "INTERIM", "NOT-21-004", "powers", NAT,
   "The Home Office and the NPCC should take steps to ensure that the quality of the data "
   "collected on the number of incidents where force has been used to effect a stop and search "
   "is sufficient for publication. The Home Office should publish this data as soon as "
   "possible.",
   "Closed - NFA", "26/02/2021", "No further action required", D(2021, 2, 26))
hm("I13", "load", "INTERIM", "NOT-21-005", "powers", NAT,
   "By July 2021, forces should ensure they have effective internal monitoring processes on the "
   "use of force, to help them to identify and understand disproportionate use, explain the "
   "reasons and implement any necessary improvement action.",
   "Open", "26/02/2021", "Awaiting review", D(2021, 2, 26))
hm("I20", "load", "INTERIM", "NOT-21-011", "cdi21", REC,
   "Within three months, the force should take steps to ensure it fully complies with national "
   "crime recording standard (NCRS) requirements for offences identified as modern slavery and "
   "human trafficking.",
   "In progress", "04/04/2022", "Being progressed", D(2022, 4, 4))
hm("I21", "load", "INTERIM", "NOT-21-012", "cdi21", REC,
   "By March 2022, the force should ensure that crime prevention or disruption activity "
   "carried out is systematically recorded and subsequently evaluated to determine the "
   "effectiveness of tactics being employed.",
   "Closed - complete", "21/11/2022", "Complete", D(2022, 11, 21))
hm("I22", "load", "INTERIM", "NOT-21-013", "cdi21", AFI,
   "The force should make sure it records reports of rape and serious sexual offences "
   "accurately and without delay.",
   "Open", "16/09/2021", "Awaiting review", D(2021, 9, 16))
hm("I14", "load", "INTERIM", "NOT-22-001", "peel21", AFI,
   "The force should improve its understanding of the nature and scale of county lines drug "
   "dealing in its area.",
   "In progress", "13/01/2023", "Being progressed", D(2023, 1, 13))
hm("I15", "load", "INTERIM", "NOT-22-002", "peel21", AFI,
   "The force should make sure victims of stalking and harassment are kept informed about the "
   "progress of their case, in line with the Code of Practice for Victims of Crime.",
   "In progress", "13/01/2023", "Being progressed", D(2023, 1, 13))
hm("I16", "load", "INTERIM", "NOT-22-003", "peel21", AFI,
   "The force should make sure it records reports of anti-social behaviour accurately and "
   "without delay.",
   "Open", "11/03/2022", "Awaiting review", D(2022, 3, 11))
hm("I17", "load", "INTERIM", "NOT-22-004", "peel21", AFI,
   "The force should improve the timeliness of its response to calls for service involving "
   "vulnerable adults.",
   "In progress", "13/01/2023", "Being progressed", D(2023, 1, 13))
hm("I18", "load", "INTERIM", "NOT-22-005", "peel21", AFI,
   "The force should make sure it has enough specialist capacity and capability to investigate "
   "online child sexual abuse.",
   "Open", "11/03/2022", "Awaiting review", D(2022, 3, 11))
hm("I19", "load", "INTERIM", "NOT-22-006", "peel21", AFI,
   "The force should improve how it works with partner organisations to safeguard people at "
   "risk from child sexual exploitation.",
   "Closed - complete", "07/12/2023", "Complete", D(2023, 12, 7))
hm("I30", "load", "INTERIM", "NOT-22-007", "peel21", AFI,
   "The force should make sure its performance framework gives senior leaders a clear picture "
   "of its response to hate crime.",
   "In progress", "13/01/2023", "Being progressed", D(2023, 1, 13))
hm("I23", "load", "INTERIM", "NOT-23-001", "peel23", AFI,
   "The force should make sure investigations of domestic abuse are allocated to officers with "
   "the right skills and are effectively supervised.",
   "Open", "17/10/2023", "Awaiting review", D(2023, 10, 17))
hm("I24", "load", "INTERIM", "NOT-23-002", "peel23", AFI,
   "The force should improve the way it manages the risk posed by offenders involved in county "
   "lines drug dealing.",
   "Open", "17/10/2023", "Awaiting review", D(2023, 10, 17))
hm("I25", "load", "INTERIM", "NOT-23-003", "peel23", AFI,
   "The force should improve how it gathers, assesses and acts on intelligence about serious "
   "and organised crime.",
   "Open", "17/10/2023", "Awaiting review", D(2023, 10, 17))
hm("I26", "load", "INTERIM", "NOT-23-004", "peel23", AFI,
   "The force should review its approach to violence against women and girls to make sure "
   "victims receive a consistently good service.",
   "Open", "17/10/2023", "Awaiting review", D(2023, 10, 17))
hm("I27", "load", "INTERIM", "NOT-23-005", "peel23", COC,
   "The force does not have the capacity or capability to investigate crime effectively and "
   "this is affecting the service being provided to the public. There are failings in the way "
   "that crimes are being investigated.",
   "In progress", "22/02/2024", "Being progressed", D(2024, 2, 22))
hm("I28", "load", "INTERIM", "NOT-23-006", "peel23", REC,
   "Within six months the force should improve the supervision of investigations, so that "
   "investigation plans are set, reviewed and recorded and victims receive a consistently good "
   "service.",
   "In progress", "22/02/2024", "Being progressed", D(2024, 2, 22), parent="I27")

# ---- Rejected: staged, not loaded ----
hm("R2", "rej", "REGISTER", 6657, "effv16", REC,
   "Immediately, the force should cease the practice of conducting domestic abuse risk "
   "assessments over the telephone and dealing with domestic abuse in the resolution centre.",
   "being-progressed", "14th February 2016", "Being progressed", None, parent="L8",
   code="E402", msg="Status date (14/02/2016) is earlier than the inspection's published date "
   "(02/03/2017)")
hm("R1", "rej", "INTERIM", "NOT-22-008", "peel21", AFI,
   "The force should make sure officers and staff have the training they need to identify and "
   "respond to honour-based abuse.",
   "In progress", "13/01/2023", "Being progressed", D(2023, 1, 13), pub_missing=True,
   code="E120", msg="Inspection 'PEEL 21/22 Notts' not found in inspection reference data")
hm("R4", "rej", "INTERIM", "NOT-22-009", "peel21", AFI,
   "The force should develop a problem-solving approach to neighbourhood crime, working with "
   "local communities and partners.",
   "Closed - complete", "07/12/2023", "Complete", D(2023, 12, 7), pub_missing=True,
   code="E120", msg="Inspection 'PEEL 21/22 Notts' not found in inspection reference data")
hm("R3", "rej", "INTERIM", "NOT-23-007", "peel23", AFI,
   "The force should make sure it consistently uses ancillary orders and other powers to "
   "protect victims of stalking and harassment.",
   "Open", "", "Awaiting review", None, pub_missing=True,
   code="E215", msg="Published date missing; inspection reference 'PEEL 2023-25' ambiguous")

HK = {h["key"]: h for h in H}
CLOSED = {"Complete", "Superseded", "No further action required", "complete"}

# --------------------------------------------------------------------------------------
# Force tracker rows: (no, report key or own name, published, type, text, ref, lead, rag,
#                       update, submitted, [(hm key or None, category, why)])
# --------------------------------------------------------------------------------------
F: list[dict] = []


def fr(no, rep, typ, text, ref, lead, rag, update, submitted, links, pub=None):
    F.append(dict(no=no, rep=rep, typ=typ, text=text, ref=ref, lead=lead, rag=rag,
                  update=update, submitted=submitted, links=links, pub=pub))


IS, CS, CL, CF, MF, NO = ("in_sync", "closeable_submit", "closeable_local", "conflict",
                          "missing_from_force", "not_on_hmicfrs_list")

fr("1", "sas13", "National rec",
   "CCs & CoP to set out in the S&S APP a clear spec of what is effective & fair use of S&S "
   "powers (compliant with the Code of Practice)", 2184, "Supt Stop & Search", "Blue",
   "APP published by CoP; force S&S policy aligned Feb 2015.", D(2015, 2, 12),
   [("A1", IS, "Legacy ref 2184 and text agree (APP specification of fair stop and search). "
     "HMICFRS closed it long ago (Not migrated sheet, register status 'complete'); force Blue "
     "= done. Closed on both sides.")])
fr("2", "sas13", "National rec",
   "Establish/improve monitoring of the way officers stop & search people - lawful (incl. "
   "equality legislation & Code of Practice) and effective use of the power", 2185,
   "Supt Stop & Search", "Amber",
   "Monthly S&S scrutiny data pack still being developed with the Performance team.", None,
   [("A2", CL, "Legacy ref 2185 and text agree (monitoring of stop and search). HMICFRS "
     "closed it on the legacy register (Not migrated, 'complete'); the force still has it "
     "Amber, so the force closes its own entry.")])
fr("3", "sas13", "National rec",
   "Explain the use of S&S powers to the public and arrange for S&S records to be scrutinised "
   "by community reps (involve young people) - with elected local policing bodies (PCC)", None,
   "Supt Stop & Search", "Blue", "Community scrutiny panel in place since 2014.", D(2015, 2, 12),
   [("A3", IS, "No ref, but the force files it under Stop and Search 2013 and keeps the 2013 "
     "wording ('elected local policing bodies'): legacy 2186. The 2015 near-twin (legacy 5390, "
     "'police and crime commissioners') is tracker No. 11 with its ref. HMICFRS closed, force "
     "Blue.")])
fr("4a", "everyone", "National rec",
   "Establish & publish a DA action plan specifying in detail the steps the force will take "
   "to improve its approach to DA (by Sept 2014)", 2321, "Ch Supt Public Protection", "Blue",
   "DA action plan published on force website Sept 2014.", D(2014, 10, 1),
   [("A4", IS, "First of two rows the force split legacy 2321 into (the plan itself). "
     "HMICFRS closed it (Not migrated; last comment says the area was re-inspected, i.e. "
     "superseded); both force parts are Blue, so closed on both sides.")])
fr("4b", "everyone", "National rec",
   "Action plan developed in consultation with PCC, DA support orgs & victims' reps; after "
   "considering all recs in the report; with ref to DHRs & IPCC findings; drawing on CPS "
   "scrutiny panels & MARAC self-assessments", 2321, "Ch Supt Public Protection", "Blue",
   "Consultation log held by Public Protection.", D(2014, 10, 1),
   [("A4", IS, "Second part of the split of legacy 2321 (how the plan was developed: the four "
     "bullets). Every part is Blue and HMICFRS has it closed.")])
fr("5", "austerity", "National rec",
   "Review savings plans to make sure we continue to reduce crime & protect the front line "
   "while balancing the budget - use HMIC VfM profiles", 3010, "Director of Finance", "Green",
   "Medium Term Financial Plan review completed.", None,
   [("A5a", IS, "Legacy ref 3010, same ask (review savings plans, VfM profiles). HMICFRS "
     "closed it with 'no further action is required'; force Green = done.")])
fr("6", "austerity", "National rec",
   "Forces planning to deliver less than 15% of savings through collaboration to assess "
   "whether there is scope to improve on this position", 3011, "Director of Finance", "Green",
   "Collaboration savings assessed in the MTFP.", None,
   [("A5b", CF, "Legacy ref 3011 and the ask match, but the figure differs: HMICFRS says "
     "'less than 10% of their savings through collaboration', the tracker says 15%. Both "
     "closed, so the only issue is the figure.")])
fr("7", "austerity", "National rec",
   "Assess whether decisive action taken to maintain crime fighting capacity where front line "
   "workforce is reducing; AND review collaboration plans for next spending round (joint "
   "working with other forces, public/private sector)", None, "Director of Finance", "Amber",
   "Addressed holistically as part of the force change programme.", None,
   [("A5c", CL, "This one row holds two austerity items: the first half is legacy 3012 "
     "(decisive action to keep crime fighting capacity). HMICFRS closed it ('no further "
     "action'); the force row is Amber."),
    ("A5d", CL, "Second half of the same row is legacy 3013 (review collaboration plans for "
     "the next spending round). HMICFRS closed it; the force row is still Amber.")])
fr("8", "core", "National rec",
   "Provide call-handlers with specific, sound & comprehensible criteria to assess THR (by "
   "31/03/15)", 4822, "Supt Contact Centre", "Amber",
   "THRIVE roll-out in contact centre; refresher training planned.", None,
   [("A6", CL, "Legacy ref 4822 and text agree. HMICFRS closed it (Not migrated; comment "
     "says re-inspected in PEEL Effectiveness, i.e. superseded); the force still has Amber.")])
fr("9", "core", "National rec",
   "Crime prevention / disruption activity to be systematically recorded & evaluated to "
   "determine effectiveness of tactics (by 31 March 2015)", 4823, "ACC Local Policing", "Green",
   "Recorded on the problem-solving database.", None,
   [("A7", IS, "Legacy ref 4823, Core Business 2014, deadline 31 March 2015: the 2014 "
     "national item, not the 2021 CDI twin (tracker No. 66, 'By March 2022'). Closed / Green.")])
fr("10", "Integrity Matters 2015*", "National rec",
   "Satisfy ourselves that misconduct investigations ending in 'no further action' are fair & "
   "free of any form of discrimination", None, "Head of Professional Standards", "Blue",
   "PSD dip-sample of NFA outcomes completed.", D(2016, 5, 3),
   [("A8", CF, "The only HMICFRS item about 'no further action' misconduct outcomes is legacy "
     "902 from Integrity matters (Jan 2015); the force files it under 'PEEL Legitimacy 2015'. "
     "Both closed; the report disagrees.")], pub=D(2016, 2, 11))
fr("11", "sas15", "National rec",
   "Comply with the Code of Practice - explain use of S&S to the public; community scrutiny of "
   "S&S records (incl. young people), in consultation with PCC", 5390, "Supt Stop & Search",
   "Green", "Scrutiny panel terms of reference refreshed.", None,
   [("L1", IS, "Legacy ref 5390, Stop and search powers 2 (2015, 'police and crime "
     "commissioners'). Portal status Complete; force Green.")])
fr("12", "picture", "National rec",
   "Arrangements to scrutinise audits of compliance with the APP on information management "
   "through the force IM governance structure, incl. measures so that categorisation of "
   "records is regularly adjusted", 5920, "Head of Information Management", "Blue",
   "Completed. Evidence submitted to HMICFRS for closure.", D(2024, 1, 15),
   [("L2", CS, "Legacy ref 5920 and text agree. Portal status Being progressed; force Blue "
     "and evidence submitted, so it can go to HMICFRS for closure.")])
fr("13", "firearms", "National rec",
   "Assess how well governance of firearms licensing meets APP standards; put correct "
   "arrangements in place where not complied with", 6120, "Supt Firearms Licensing", "Green",
   "Governance reviewed after the revisit; new FLM board in place.", None,
   [("L3", CS, "Legacy ref 6120. The legacy status says 'complete', but the portal Status "
     "(the one HMICFRS now holds) is Being progressed: message W410, reopened 14/03/2022. "
     "HMICFRS open, force Green.")])
fr("14", "firearms", "National rec",
   "Assess demand on the firearms licensing dept and ensure capacity to meet it", 6121,
   "Supt Firearms Licensing", "Amber",
   "Work undertaken in area but still requires development to complete.", None,
   [("L4", IS, "Legacy ref 6121 and text agree. Being progressed / Amber: open on both "
     "sides.")])
fr("15", "firearms", "National rec",
   "Ensure all appropriate action taken re 'total expired' licensing records", 6122,
   "Supt Firearms Licensing", "Green", "Backlog of total expired records cleared.", None,
   [("L5", IS, "Legacy ref 6122. Legacy status 'being-progressed' is stale: the portal Status "
     "is Complete (W410, closure log 11/11/2020). Closed by HMICFRS, Green on the force side.")])
fr("16", "firearms", "National rec",
   "Temporary permits - arrangements in line with HO guidance; recorded without delay on "
   "NFLMS; systems so that certificate holders are never in unlawful possession", 6123,
   "Supt Firearms Licensing", "Green",
   "Already complete / believed to be complete within short time scale (and within "
   "deadline).", None,
   [("L6", CS, "Legacy ref 6123 and text agree. Portal Awaiting review, force Green: submit "
     "for closure.")])
fr("17a", "firearms", "National rec",
   "Systems to identify, prior to attendance, whether an incident involves / is at the "
   "address of a firearm certificate holder - in place & always applied by dispatchers", 6124,
   "Supt Firearms Licensing", "Green", "STORM flag live.", None,
   [("L7", IS, "First half of legacy 6124 (systems to flag certificate holders). HMICFRS "
     "Being progressed; the other half (tracker No. 17b) is Amber, so the item is open on both "
     "sides.")])
fr("17b", "firearms", "National rec",
   "Officers understand the risk assessment to undertake in such circumstances & their power "
   "to seize firearms / certificates", 6124, "Supt Firearms Licensing", "Amber",
   "Training package with L&D.", None,
   [("L7", IS, "Second half of legacy 6124 (officers' risk assessment and power to seize). "
     "Amber; HMICFRS open. Open on both sides.")])
fr("18", "eff15", "AFI",
   "Gain a fuller understanding of current & future demand so resources can be matched to "
   "demand", 5630, "Head of Corporate Development", "Blue", "Demand model delivered 2016.",
   D(2016, 9, 1),
   [("A9", IS, "Legacy ref 5630 and text agree. HMICFRS closed (Not migrated); force Blue.")])
fr("19", "eff15", "AFI",
   "Develop understanding of links between outcomes, outputs & costs", None,
   "Director of Finance", "Amber", "Outcome-based budgeting pilot.", None,
   [("A10", CL, "Same wording as legacy 5631 (PEEL Efficiency 2015). HMICFRS closed it before "
     "April 2019 (Not migrated); the force row is Amber.")])
fr("20", "effv16", "CoC",
   "CoC - DA: policy allowing officers discretion to complete DASH doesn't give confidence "
   "risk is always assessed; DASH not consistently completed", 6655, "Ch Supt Public Protection",
   "Amber", "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
   None,
   [("L8", IS, "Legacy ref 6655, the domestic abuse cause of concern. Being progressed / "
     "Amber.")])
fr("21", "effv16", "Rec",
   "Effective supervision of the initial risk assessment process - completion of DASH in "
   "appropriate cases", 6656, "C/Supt Bell", "Red",
   "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.",
   None,
   [("L9", IS, "Legacy ref 6656 and text agree. Being progressed / Red: open on both sides.")])
fr("22", "effv16", "Rec",
   "Stop DA risk assessments over the telephone and dealing with DA in the resolution centre",
   6657, "Ch Supt Public Protection", "Amber",
   "A Task & Finish group has been set up and a full implementation/project plan, policy "
   "rewrite and communications plan is now completed.", None,
   [("R2", IS, "Legacy ref 6657 is on the Rejected sheet (E402, bad status date), not lost: "
     "the staged status is Being progressed and HMICFRS keys rejected rows by hand. Open on "
     "both sides.")])
fr("23", "effv16", "CoC",
   "CoC - response to missing & absent children: risk assessment inappropriate in some "
   "cases; children classed as absent who should have been missing", 6660,
   "Ch Supt Public Protection", "Green", "Missing persons policy rewritten.", None,
   [("L10", IS, "Legacy ref 6660, the missing children cause of concern. Complete / "
     "Green.")])
fr("24", "effv16", "Rec",
   "Review approach to missing children reports - call takers understand & use the "
   "missing/absent category correctly; call takers & frontline staff can identify CSE risk "
   "factors & how to respond", 6661, "Ch Supt Public Protection", "Green",
   "Training delivered to contact centre.", None,
   [("L11", CF, "Legacy ref 6661. HMICFRS's text has three bullets; the tracker carries only "
     "the first two - the bullet on supervisors' oversight of missing person enquiries is "
     "missing. Both closed.")])
fr("25a", "cdi17", "Rec", "CDI - victims believed at the point of report", 7012,
   "Force Crime Registrar", "Green", None, None,
   [("L12", IS, "Part 1 of 5 of legacy 7012 (one row per bullet). Part c (tracker No. 25c) is Amber, "
     "so the force has the item open; HMICFRS Being progressed.")])
fr("25b", "cdi17", "Rec",
   "CDI - call handler / caller conversations summarised accurately in the incident log",
   7012, "Force Crime Registrar", "Green", None, None,
   [("L12", IS, "Part 2 of 5 of legacy 7012. Item still open on both sides.")])
fr("25c", "cdi17", "Rec",
   "CDI - multiple crimes always recorded when described in incident records / identified in "
   "other investigations", 7012, "Force Crime Registrar", "Amber",
   "Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to inform "
   "the 56-day response.", None,
   [("L12", IS, "Part 3 of 5 of legacy 7012, Amber: the item is not done. Open on both "
     "sides.")])
fr("25d", "cdi17", "Rec",
   "CDI - stop the practice of awaiting medical exam / video interview results before making "
   "crime recording decisions", 7012, "Force Crime Registrar", "Green", None, None,
   [("L12", IS, "Part 4 of 5 of legacy 7012. Item still open on both sides.")])
fr("25e", "cdi17", "Rec",
   "CDI - online crime reports triaged at point of receipt for any ongoing risk to victim / "
   "public", 7012, "Force Crime Registrar", "Green", None, None,
   [("L12", IS, "Part 5 of 5 of legacy 7012. Item still open on both sides.")])
fr("26", "cdi17", "Rec",
   "Revise approach to cautions, cannabis warnings & PNDs - auditable explanation to the "
   "offender; victim's views recorded before issue (victim-based crime)", 7013,
   "Head of Criminal Justice", "Blue", "Pending sign off by the chief officer lead.", None,
   [("L13", CS, "Legacy ref 7013 and text agree. Portal Awaiting review; force Blue (done, "
     "pending chief officer sign-off): submit for closure.")])
fr("27", "cdi17", "AFI",
   "Improve use of the crime recording & management system to better manage case files & "
   "investigative processes", 7014, "Force Crime Registrar", "Amber", "Niche upgrade phase 2.",
   None,
   [("L14", CL, "Legacy ref 7014 and text agree. Portal Complete; force still Amber.")])
fr("28", "stolen", "National rec",
   "Within 6 months, review leadership & goverance arrangements for MSHT so that: senior "
   "leaders prioritise the response; every MS incident allocated appropriate resources; "
   "effective partnership arrangements; performance & QA measures in place", 7301,
   "Det Ch Supt Force CID", "Amber", "MSHT governance board established.", None,
   [("L15", CF, "Legacy ref 7301, same four bullets, but the timescale differs: HMICFRS "
     "'Within twelve months', tracker 'Within 6 months'. Both open.")])
fr("29", "stolen", "National rec",
   "Active ISAs with other agencies for speedy exchange of intelligence, to safeguard victims "
   "& identify suspects early (within 6 months)", 7302, "Head of Intelligence", "Blue", None,
   D(2019, 3, 4),
   [("L16", IS, "Legacy ref 7302 and text agree (the '86' in HMICFRS's text is a stray "
     "footnote). Complete / Blue.")])
fr("30", "stolen", "National rec",
   "Victims carrying out criminal acts under compulsion - early & continuing consideration "
   "of the s45 defence", 7304, "Head of Criminal Justice", "Green", "CPS guidance briefed.",
   None,
   [("L17", CF, "The text is the section 45 defence item, legacy 7303, but the tracker's ref "
     "is 7304 (the NRM item, which has its own tracker No. 31 with the right ref). Matched by text; "
     "the reference disagrees. Both closed.")])
fr("31", "stolen", "National rec",
   "Full compliance with the NRM process & the duty to notify the HO of suspected adult "
   "victims of MSHT (MSA 2015)", 7304, "Det Ch Supt Force CID", "Green",
   "Duty to notify process audited.", None,
   [("L18", CS, "Legacy ref 7304 and text agree (NRM / duty to notify). Portal Being "
     "progressed; force Green.")])
fr("32", "stolen", "National rec",
   "Comply fully with NCRS for MSHT offences & make sure the FCR has sufficient audit "
   "capacity", 7305, "Force Crime Registrar", "Amber", None, None,
   [("L19", IS, "Legacy ref 7305, Stolen Freedom 2017 (national; names the force crime "
     "registrar's audit capacity), not the CDI 2021 twin (tracker No. 65). Being progressed / "
     "Amber.")])
fr("33", "stolen", "National rec",
   "Review use of preventative powers under the MSA 2015 (STPOs / STROs) to restrict "
   "activities of those who pose a threat", 7307, "Det Ch Supt Force CID", "Blue",
   "Completed. Evidence submitted to HMICFRS for closure.", D(2023, 11, 30),
   [("L21", CS, "Legacy ref 7307 and text agree. Portal Being progressed; force Blue.")])
fr("34", "efc17", "National rec",
   "Produce an ambitious plan to improve digitally-enabled services (by Sept 2018)", 7390,
   "Head of Corporate Development", "Green",
   "Digital Policing Strategy 2024-27 approved by Chief Officer Group.", None,
   [("L22", CS, "Legacy ref 7390 and text agree. Portal Being progressed; force Green.")])
fr("35", "eff17", "AFI",
   "Sufficient resources in the control room to fulfil the resourcing model & meet demand, "
   "taking account of workforce wellbeing", 7391, "Supt Contact Centre", "Green", None, None,
   [("L23", IS, "Legacy ref 7391 and text agree. Complete / Green.")])
fr("36", "ncpi17", "Rec",
   "With children's social care, review detention of children in custody - detained only "
   "when necessary & for minimum time; early assessment of need for alternative "
   "accomodation; record all actions & decisions; timely appropriate adult support", 8602,
   "Ch Insp Custody", "Blue", "Completed. Evidence submitted to HMICFRS for closure.",
   D(2024, 2, 9),
   [("L29", CS, "Legacy ref 8602, all four bullets present. Portal Being progressed; force "
     "Blue.")])
fr("37", "leg17", "CoC",
   "Forces unable to demonstrate S&S use consistently reasonable & fair - over-representation "
   "of BAME people in S&S data", 8541, "Supt Stop & Search", "Green", None, None,
   [("L24", IS, "Legacy ref 8541, the national stop and search cause of concern. Complete / "
     "Green.")])
fr("38", "leg17", "National rec",
   "By July 2018 - regular & frequent monitoring of S&S data to understand disproportionality, "
   "find rates by ethnicity / search type, possession-only drug searches", 8542,
   "Supt Stop & Search", "Green", "Quarterly disproportionality report to the scrutiny panel.",
   None,
   [("L25", CS, "Legacy ref 8542 and text agree. Portal Being progressed; force Green.")])
fr("39", "leg17", "National rec",
   "Where disparities identified - research & analysis to understand reasons, and action to "
   "reduce them, demonstrated to the public", 8543, "Supt Stop & Search", "Amber", None, None,
   [("L26", IS, "Legacy ref 8543 and text agree. Being progressed / Amber.")])
fr("40", "leg17", "AFI",
   "Publish S&S analysis & actions taken at least annually (from July 2018)", 8544,
   "Supt Stop & Search", "Green", "Published on force website.", None,
   [("L27", CF, "Legacy ref 8544 and text agree, but the type differs: HMICFRS 'National "
     "recommendation', tracker 'AFI'. Both closed.")])
fr("41", "leg17", "National rec",
   "All officers using S&S trained on unconscious bias & CoP APP on S&S (by July 2018 and "
   "ongoing)", 8545, "Head of Learning & Development", "Amber", None, None,
   [("L28", IS, "Legacy ref 8545 and text agree. Awaiting review / Amber.")])
fr("42", "peel18", "CoC", "CoC - size of the vetting backlog", "NOT-19-003",
   "Head of Professional Standards", "Amber", None, None,
   [("I1", IS, "Interim id NOT-19-003, the vetting cause of concern. Being progressed / "
     "Amber.")])
fr("43", "peel18", "Rec",
   "All staff to have at least the lowest level of vetting clearance for their roles asap - "
   "clear backlog & renewals so fully compliant with national vetting guidelines",
   "NOT-19-004", "Head of Professional Standards", "Green",
   "Backlog cleared Feb 2024; renewals now within SLA.", None,
   [("I2", CS, "Interim id NOT-19-004 and text agree. Portal Being progressed; force "
     "Green.")])
fr("44", "peel18", "Rec",
   "Review officers' capabilities & capacity to manage investigative workload", "NOT-19-001",
   "Det Ch Supt Force CID", "Green", None, None,
   [("I3", IS, "Interim id NOT-19-001 and text agree. Complete / Green.")])
fr("45", "peel18", "Rec",
   "Within six months - regular & active supervision of quality & progress of investigations, "
   "properly recorded", "NOT-19-002", "Det Ch Supt Force CID", "Amber", None, None,
   [("I4", IS, "Interim id NOT-19-002 and text agree (PEEL 2018/19). Being progressed / "
     "Amber.")])
fr("46", "peel18", "Rec",
   "Improve ability to retrieve digital evidence from phones, computers etc quickly so "
   "investigatons are not delayed", None, "Det Ch Supt Force CID", "Green",
   "Digital forensics kiosks in all hubs.", None,
   [("I5", CS, "No ref, but the only digital evidence retrieval item (NOT-19-005, PEEL "
     "2018/19). Portal Being progressed; force Green.")])
fr("47", "peel18", "AFI",
   "Improve understanding of RUI suspects & management of those on bail", "NOT-19-006",
   "Head of Criminal Justice", "Amber", None, None,
   [("I6", IS, "Interim id NOT-19-006 and text agree. Awaiting review / Amber.")])
fr("48", "peel18", "AFI",
   "Access to accurate data & analysis to support effective performance management",
   "NOT-19-007", "Head of Corporate Development", "Amber", "Power BI performance pack.", None,
   [("I7", CL, "Interim id NOT-19-007. Legacy status 'Open' is stale: the portal Status is "
     "Superseded (W410, by PEEL 2021/22). HMICFRS closed, force Amber.")])
fr("49", "powers", "National rec",
   "By July 2022 - officers & staff have effective communication skills (NPG on Conflict "
   "Management), in addition to existing training", None, "Head of Learning & Development",
   "Amber", None, None,
   [("I9", IS, "Same text and deadline as NOT-21-001. Being progressed / Amber.")])
fr("50", "powers", "National rec",
   "Communication skills reinforced through CPD; supervisors supported to debrief officers "
   "using BWV footage", None, "Head of Learning & Development", "Green", None, None,
   [("I10", IS, "Same ask as NOT-21-002. Complete / Green.")])
fr("51a", "powers", "National rec",
   "BWV to record the entirety of all S&S encounters incl. traffic stops & use of force", None,
   "Supt Stop & Search", "Green", None, None,
   [("I11", CS, "Part 1 of 3 of NOT-21-003 (the three paragraphs of the body-worn video "
     "recommendation). All three parts Green, so the force has it done; portal Being "
     "progressed.")])
fr("51b", "powers", "National rec",
   "Structured process to review & monitor internally a sufficient sample of BWV footage - "
   "disseminate learning, hold officers to account", None, "Supt Stop & Search", "Green",
   None, None,
   [("I11", CS, "Part 2 of 3 of NOT-21-003. All parts done; HMICFRS open.")])
fr("51c", "powers", "National rec",
   "External scrutiny panel members given access to samples of BWV footage of S&S & use of "
   "force (APP safeguards)", None, "Supt Stop & Search", "Green", None, None,
   [("I11", CS, "Part 3 of 3 of NOT-21-003. All parts done; HMICFRS open.")])
fr("52", "powers", "National rec",
   "HO & NPCC - quality of data on use of force to effect a S&S sufficient for publication",
   None, "Supt Stop & Search", "Amber",
   "Not the force's responsibility to deliver; dependent upon another organisation.", None,
   [("I12", CL, "Same text as NOT-21-004. HMICFRS has it as No further action required "
     "(closed); the force still carries it Amber.")])
fr("53", "powers", "National rec",
   "By July 2022 - effective internal monitoring of use of force to identify & understand "
   "disproportionate use, explain reasons & improve", None, "Supt Stop & Search", "Amber",
   None, None,
   [("I13", CF, "Same ask as NOT-21-005 (internal monitoring of use of force), but the "
     "deadline differs: HMICFRS 'By July 2021', tracker 'By July 2022'. Both open.")])
fr("54", "Custody inspection 2016", "Rec",
   "Ensure custody staff record all actions taken & decisions made on the relevant "
   "documentation", None, "Ch Insp Custody", "Green", "Custody record audit completed.", None,
   [(None, NO, "A 2016 custody inspection recommendation. Its wording is one bullet of the "
     "NCPI 2017 item (legacy 8602), but that item has its own complete tracker No. 36; nothing on "
     "HMICFRS's list is a 2016 custody recommendation. Query with HMICFRS.")],
   pub=D(2016, 8, 9))
fr("55", "Abuse of position for a sexual purpose (national, Oct 2017)", "National CoC",
   "Review capability & capacity of the counter-corruption unit; IT monitoring; seek "
   "intelligence from organisations supporting vulnerable people", None,
   "Head of Professional Standards", "Blue", "Plan assessed by HMICFRS Oct 2017.", None,
   [(None, NO, "The 2017 abuse of position national cause of concern: no such item on any "
     "sheet of the HMICFRS file.")], pub=D(2017, 10, 5))
fr("56", "peel21", "AFI",
   "Improve understanding of the nature & scale of county lines in our area", "NOT-22-001",
   "Det Ch Supt Force CID", "Amber", None, None,
   [("I14", IS, "Interim id NOT-22-001 and text agree (understanding county lines; not the "
     "2023 offender-management AFI). Being progressed / Amber.")])
fr("57", "peel21", "AFI",
   "Stalking & harassment victims kept informed of case progress in line with the VCOP",
   "NOT-22-002", "Ch Supt Public Protection", "Green", None, None,
   [("I15", CS, "Interim id NOT-22-002 and text agree. Portal Being progressed; force "
     "Green.")])
fr("58", "peel21", "AFI",
   "Record reports of ASB accurately & without delay", "NOT-22-003", "Force Crime Registrar",
   "Amber", None, None,
   [("I16", IS, "Interim id NOT-22-003, the anti-social behaviour recording AFI (its RASSO "
     "twin is tracker No. 67). Awaiting review / Amber.")])
fr("59", "peel21", "AFI",
   "Improve timeliness of response to calls for service involving vulnerable adults",
   "NOT-22-004", "Supt Contact Centre", "Red",
   "Little work yet undertaken in this area. Unlikely to reach deadlines.", None,
   [("I17", IS, "Interim id NOT-22-004 and text agree. Being progressed / Red.")])
fr("60", "peel21", "AFI",
   "Work with partners to safeguard people at risk from CSE", "NOT-22-006",
   "Ch Supt Public Protection", "Green", None, None,
   [("I19", IS, "Interim id NOT-22-006 and text agree. Complete / Green.")])
fr("61", "peel21", "AFI",
   "Officers & staff have the training needed to identify & respond to honour-based abuse",
   "NOT-22-008", "Head of Learning & Development", "Green", None, None,
   [("R1", CS, "Interim id NOT-22-008 is on the Rejected sheet (E120, inspection name not in "
     "reference data); it is still HMICFRS's item, staged status Being progressed. Force "
     "Green: submit for closure.")])
fr("62", "peel21", "AFI",
   "Develop a problem-solving approach to neighbourhood crime with local communities & "
   "partners", "NOT-22-009", "ACC Local Policing", "Green", None, None,
   [("R4", IS, "Interim id NOT-22-009, on the Rejected sheet (E120); staged status Complete. "
     "Closed / Green.")])
fr("63", "peel21", "AFI",
   "Evaluate our work to prevent knife crime & share what works across the force", None,
   "ACC Local Policing", "Amber", None, None,
   [(None, NO, "No knife crime item on any sheet of the HMICFRS file (the PEEL 2021/22 items "
     "there are county lines, stalking, ASB, vulnerable adults, online CSA, CSE, hate crime, "
     "honour-based abuse, neighbourhood crime).")])
fr("64", "Local action", "Local",
   "Task & Finish group to review the domestic abuse policy and report to the Force Executive "
   "Team", None, "Ch Supt Public Protection", "Amber", None, None,
   [(None, NO, "The force's own local action; HMICFRS never asked for it.")], pub=None)
fr("65", "cdi21", "Rec",
   "Within 3 months - fully comply with NCRS for MSHT offences", "NOT-21-011",
   "Force Crime Registrar", "Amber", None, None,
   [("I20", IS, "Interim id NOT-21-011, CDI 2021 force recommendation (within three months), "
     "not the national 2017 twin (tracker No. 32). Being progressed / Amber.")])
fr("66", "cdi21", "Rec",
   "By March 2022 - crime prevention / disruption activity systematically recorded & "
   "evaluated", "NOT-21-012", "ACC Local Policing", "Green", None, None,
   [("I21", IS, "Interim id NOT-21-012, deadline March 2022 (the 2014 Core Business twin "
     "is tracker No. 9). Complete / Green.")])
fr("67", "cdi21", "AFI",
   "Record reports of RASSO accurately & without delay", "NOT-21-013", "Force Crime Registrar",
   "Blue", "Completed. Evidence submitted to HMICFRS for closure.", D(2024, 3, 1),
   [("I22", CS, "Interim id NOT-21-013, rape and serious sexual offences recording. Portal "
     "Awaiting review; force Blue.")])
fr("68", "peel23", "CoC",
   "CoC - no capacity / capability to investigate crime effectively; failings in the way "
   "crimes are investigated", "NOT-23-005", "Det Ch Supt Force CID", "Amber",
   "Investigation Standards Improvement Plan.", None,
   [("I27", IS, "Interim id NOT-23-005, the investigation cause of concern. Being progressed "
     "/ Amber.")])
fr("69", "peel23", "Rec",
   "Improve supervision of investigations - plans set, reviewed & recorded; victims get a "
   "consistently good service (within six months)", "NOT-23-006", "Det Ch Supt Force CID",
   "Amber", None, None,
   [("I28", IS, "Interim id NOT-23-006 (PEEL 2023/24; the 2018/19 supervision rec is tracker "
     "No. 45). Being progressed / Amber.")])
fr("70", "peel23", "AFI",
   "DA investigations allocated to officers with the right skills & effectively supervised",
   "NOT-23-001", "Ch Supt Public Protection", "Amber", None, None,
   [("I23", IS, "Interim id NOT-23-001 and text agree. Awaiting review / Amber.")])
fr("71", "peel23", "AFI",
   "Improve how we gather, assess & act on intelligence about SOC", "NOT-23-003",
   "Head of Intelligence", "Amber", None, None,
   [("I25", IS, "Interim id NOT-23-003 and text agree. Awaiting review / Amber.")])
fr("72", "peel23", "AFI",
   "Review approach to VAWG so victims receive a consistently good service", "NOT-23-004",
   "Ch Supt Public Protection", "Green", "VAWG delivery plan signed off.", None,
   [("I26", CS, "Interim id NOT-23-004 and text agree. Portal Awaiting review; force "
     "Green.")])
fr("73", "peel23", "AFI",
   "Performance framework to give senior leaders a clear picture of our response to hate "
   "crime", None, "Head of Corporate Development", "Amber", None, None,
   [("I30", CF, "The only hate crime performance-framework item is NOT-22-007 from PEEL "
     "2021/22; the force files it under PEEL Assessment 2023/24. Both open; the report "
     "disagrees.")])
fr("74", "JAC action", "Local",
   "JAC action: Add hate crime measures to the monthly Force Performance pack", None,
   "Head of Corporate Development", "Amber", None, None,
   [(None, NO, "A Joint Audit Committee action, the force's own (tracker No. 73 is the HMICFRS "
     "hate crime AFI).")])
fr("75", "Internal audit 2023/24", "Local",
   "Internal audit action: Internal audit of the counter-corruption governance arrangements "
   "(audit plan 2023/24)", None, "Head of Professional Standards", "Green", None, None,
   [(None, NO, "An internal audit action, not an HMICFRS item.")])

MISSING_WHY = {
    "A11": "Legacy 5632 (workforce plan, PEEL Efficiency 2015, closed before 2019) has no row "
           "in the tracker.",
    "L20": "Legacy 7306 (MSHT investigated and supervised by skilled teams) has no row in the "
           "tracker; the Stolen Freedom rows cover 7301-7305 and 7307 only.",
    "I8": "NOT-19-008 (review of the approach to vulnerability with partners) has no row in "
          "the tracker.",
    "I18": "NOT-22-005 (specialist capacity to investigate online child sexual abuse) has no "
           "row in the tracker.",
    "I24": "NOT-23-002 (managing the risk posed by offenders in county lines) has no row; tracker "
           "No. 56 is the 2021/22 county lines understanding AFI.",
    "R3": "NOT-23-007 (ancillary orders for stalking victims), on the Rejected sheet (E215) "
          "but still HMICFRS's item, has no row in the tracker.",
}

# force tracker's own report names for the HMICFRS inspections it files under a wrong title
OWN_REPORT = {"Integrity Matters 2015*": "PEEL Legitimacy 2015"}


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------
def props(wb, title, author):
    wb.set_properties({"title": title, "author": author, "company": "", "created": CREATED,
                       "comments": ""})


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    props(wb, "Load report MIG-PROD-07 Nottinghamshire Police", "svc_migration")
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 13})
    grp = wb.add_format({"bold": True, "align": "center", "bg_color": "#1F3864",
                         "font_color": "#FFFFFF", "border": 1})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True,
                         "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    red = wb.add_format({"font_color": "#C00000", "bold": True})
    mark = wb.add_format({"bold": True, "font_color": "#C00000"})

    # URNs in load order
    urn = {}
    n = 18204
    loads = [h for h in H if h["sheet"] == "load"]
    loads.sort(key=lambda h: (0, h["lid"], "") if h["src"] == "REGISTER" else (1, 0, h["lid"]))
    for h in loads:
        n += RNG.randint(3, 41)
        urn[h["key"]] = "MR-%06d" % n

    rows_at: dict[str, str] = {}

    # ---- Summary ----
    ws = wb.add_worksheet("Summary")
    ws.set_column(0, 0, 46)
    ws.set_column(1, 1, 14)
    ws.write(0, 0, "OFFICIAL-SENSITIVE", mark)
    ws.write(1, 0, "HMICFRS monitoring portal - data migration", title)
    ws.write(2, 0, "Load report for: " + FORCE)
    ws.write(3, 0, "Run ID: MIG-PROD-07   Extract taken: 10/05/2024 18:00   Load completed: "
             "13/05/2024 02:41")
    ws.write(5, 0, "Sent to the force by the Force Liaison Lead on 20/05/2024. Please check the "
             "records on the 'Load report', 'Rejected' and 'Not migrated' sheets against your "
             "own tracker and tell us about any differences by 07/06/2024. Portal go-live "
             "03/06/2024.")
    ws.write(6, 0, "Status: use the portal 'Status' column. 'Legacy status' is what the old "
             "register or the interim tracker held at extract and is shown for checking only.")
    ws.write(8, 0, "Load result", hdr)
    ws.write(8, 1, "Rows", hdr)
    n_ins = sum(1 for h in loads if not h["code"])
    n_warn = sum(1 for h in loads if h["code"])
    n_rej = sum(1 for h in H if h["sheet"] == "rej")
    n_arch = sum(1 for h in H if h["sheet"] == "arch")
    stats = [("Inserted", n_ins), ("Inserted with warning", n_warn), ("Rejected", n_rej),
             ("Not migrated (closed before 01/04/2019)", n_arch),
             ("Total source records", n_ins + n_warn + n_rej + n_arch)]
    for i, (k, v) in enumerate(stats):
        ws.write(9 + i, 0, k, bold if k.startswith("Total") else None)
        ws.write_number(9 + i, 1, v, bold if k.startswith("Total") else None)
    ws.write(15, 0, "Rejected rows remain open on HMICFRS's records and will be keyed into the "
             "portal by hand before go-live.", red)
    ws.write(16, 0, "Records closed on the legacy register before 01/04/2019 were not "
             "migrated; they are listed on 'Not migrated' for completeness and stay closed.")

    cols = ["Source system", "Legacy ID", "Legacy status", "Legacy status date", "URN",
            "Force", "Inspection", "Published", "Finding type", "Parent URN", "Finding text",
            "Status", "Status date", "Load result", "Message code", "Message"]
    widths = [11, 12, 16, 17, 11, 20, 40, 11, 17, 11, 80, 17, 11, 18, 9, 50]

    def report_sheet(name, items, result_word, heading):
        ws = wb.add_worksheet(name)
        for i, w in enumerate(widths):
            ws.set_column(i, i, w)
        ws.write(0, 0, heading, title)
        ws.merge_range(1, 0, 1, 3, "SOURCE (legacy register / interim tracker)", grp)
        ws.merge_range(1, 4, 1, 12, "PORTAL RECORD" if name == "Load report"
                       else "STAGED RECORD (not loaded)", grp)
        ws.merge_range(1, 13, 1, 15, "LOAD", grp)
        for c, v in enumerate(cols):
            ws.write(2, c, v, hdr)
        ws.freeze_panes(3, 0)
        r = 3
        for h in items:
            ins = INSP[h["insp"]]
            ws.write(r, 0, h["src"], top)
            if isinstance(h["lid"], int):
                ws.write_number(r, 1, h["lid"], top)
            else:
                ws.write_string(r, 1, h["lid"], top)
            ws.write_string(r, 2, h["lstat"], top)
            if h["ldate"]:
                ws.write_string(r, 3, h["ldate"], top)
            if name == "Load report":
                ws.write_string(r, 4, urn[h["key"]], top)
            ws.write_string(r, 5, FORCE, top)
            if h["code"] == "E120":
                ws.write_string(r, 6, "PEEL 21/22 Notts", wrap)
            elif h["code"] == "E215":
                ws.write_string(r, 6, "PEEL 2023-25", wrap)
            else:
                ws.write_string(r, 6, ins[0], wrap)
            if not h["pub_missing"]:
                ws.write_datetime(r, 7, dt.datetime.combine(ins[1], dt.time()), datef)
            ws.write_string(r, 8, h["type"], top)
            if h["parent"]:
                p = HK[h["parent"]]
                ws.write_string(r, 9, urn.get(p["key"], ""), top)
            ws.write_string(r, 10, h["text"], wrap)
            ws.write_string(r, 11, h["status"], top)
            if h["sdate"]:
                ws.write_datetime(r, 12, dt.datetime.combine(h["sdate"], dt.time()), datef)
            ws.write_string(r, 13, result_word if result_word else
                            ("Inserted with warning" if h["code"] else "Inserted"), top)
            if h["code"]:
                ws.write_string(r, 14, h["code"], top)
                ws.write_string(r, 15, h["msg"], wrap)
            rows_at[h["key"]] = "%s!%d" % (name, r + 1)
            r += 1
        ws.write(r + 1, 0, "End of report: %d rows" % len(items), bold)
        ws.autofilter(2, 0, r - 1, len(cols) - 1)
        return r

    report_sheet("Load report", loads, None,
                 "Load report - %s - run MIG-PROD-07 (inserted and inserted with warning)"
                 % FORCE)
    rej = [h for h in H if h["sheet"] == "rej"]
    rej.sort(key=lambda h: (0, h["lid"], "") if h["src"] == "REGISTER" else (1, 0, h["lid"]))
    report_sheet("Rejected", rej, "Rejected",
                 "Rejected rows - not loaded - to be keyed manually (remain open on HMICFRS "
                 "records)")

    # ---- Not migrated ----
    ws = wb.add_worksheet("Not migrated")
    ws.write(0, 0, "Not migrated: legacy register records closed before 01/04/2019 (out of "
             "scope - listed for completeness)", title)
    acols = ["Legacy ID", "Force", "Report", "Status", "Last event", "Last comment",
             "Recommendation"]
    for i, w in enumerate([10, 16, 60, 12, 20, 50, 80]):
        ws.set_column(i, i, w)
    for c, v in enumerate(acols):
        ws.write(1, c, v, hdr)
    arch = sorted([h for h in H if h["sheet"] == "arch"], key=lambda h: h["lid"])
    r = 2
    for h in arch:
        ins = INSP[h["insp"]]
        ws.write_number(r, 0, h["lid"], top)
        ws.write_string(r, 1, SLUG, top)
        ws.write_string(r, 2, "%s (%d)" % (ins[0], h["lid"]), wrap)
        ws.write_string(r, 3, h["lstat"], top)
        ws.write_string(r, 4, h["ldate"], top)
        ws.write_string(r, 5, h["comment"], wrap)
        ws.write_string(r, 6, h["text"], wrap)
        rows_at[h["key"]] = "Not migrated!%d" % (r + 1)
        r += 1

    # ---- Status mapping ----
    ws = wb.add_worksheet("Status mapping")
    for i, w in enumerate([14, 20, 62, 28]):
        ws.set_column(i, i, w)
    ws.write(0, 0, "Status mapping used by the load", title)
    for c, v in enumerate(["Source system", "Legacy value", "Rule", "Portal status"]):
        ws.write(1, c, v, hdr)
    maps = [
        ("REGISTER", "awaiting-review", "-", "Awaiting review"),
        ("REGISTER", "being-progressed", "-", "Being progressed"),
        ("REGISTER", "complete", "last comment says the area has since been inspected",
         "Superseded"),
        ("REGISTER", "complete", "last comment says no further action is required",
         "No further action required"),
        ("REGISTER", "complete", "otherwise", "Complete"),
        ("INTERIM", "Open", "-", "Awaiting review"),
        ("INTERIM", "In progress", "-", "Being progressed"),
        ("INTERIM", "Closed - complete", "-", "Complete"),
        ("INTERIM", "Closed - superseded", "-", "Superseded"),
        ("INTERIM", "Closed - NFA", "-", "No further action required"),
        ("(any)", "(any)", "HMICFRS closure log holds a later entry (message W410)",
         "status from the closure log"),
    ]
    for i, row in enumerate(maps):
        for c, v in enumerate(row):
            ws.write_string(2 + i, c, v)
    wb.close()
    return rows_at, urn


def build_tracker(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    props(wb, "HMICFRS recommendations tracker", "Strategic Planning & Assurance")
    ws = wb.add_worksheet("HMICFRS Recs")
    title = wb.add_format({"bold": True, "font_size": 14})
    hdr = wb.add_format({"bold": True, "bg_color": "#FFE699", "border": 1, "text_wrap": True,
                         "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    mon = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1,
                         "align": "left"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag = {
        "Red": wb.add_format({"bg_color": "#FF0000", "border": 1, "valign": "top"}),
        "Amber": wb.add_format({"bg_color": "#FFC000", "border": 1, "valign": "top"}),
        "Green": wb.add_format({"bg_color": "#92D050", "border": 1, "valign": "top"}),
        "Blue": wb.add_format({"bg_color": "#00B0F0", "border": 1, "valign": "top"}),
    }
    ws.write(0, 0, "Nottinghamshire Police - HMICFRS recommendations & AFIs tracker", title)
    ws.write(1, 0, "Owner: Strategic Planning & Assurance   Last updated 14/05/2024")
    heads = ["No.", "Report", "Published", "Type", "Recommendation / AFI", "HMIC ref", "Lead",
             "RAG", "Update", "Submitted for closure"]
    for i, w in enumerate([6, 28, 10, 12, 70, 12, 28, 8, 50, 12]):
        ws.set_column(i, i, w)
    for c, v in enumerate(heads):
        ws.write(3, c, v, hdr)
    ws.freeze_panes(4, 0)
    rows_at = {}
    r = 4
    for f in F:
        if f["rep"] in INSP:
            rep_name, pub = INSP[f["rep"]][2], INSP[f["rep"]][1]
        else:
            rep_name = OWN_REPORT.get(f["rep"], f["rep"])
            pub = f["pub"]
        ws.write_string(r, 0, f["no"], cell)
        ws.write_string(r, 1, rep_name, wrap)
        if pub:
            ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), mon)
        else:
            ws.write_blank(r, 2, None, cell)
        ws.write_string(r, 3, f["typ"], cell)
        ws.write_string(r, 4, f["text"], wrap)
        if f["ref"] is None:
            ws.write_blank(r, 5, None, cell)
        elif isinstance(f["ref"], int):
            ws.write_number(r, 5, f["ref"], cell)
        else:
            ws.write_string(r, 5, f["ref"], cell)
        ws.write_string(r, 6, f["lead"], cell)
        ws.write_string(r, 7, f["rag"], rag[f["rag"]])
        if f["update"]:
            ws.write_string(r, 8, f["update"], wrap)
        else:
            ws.write_blank(r, 8, None, cell)
        if f["submitted"]:
            ws.write_datetime(r, 9, dt.datetime.combine(f["submitted"], dt.time()), dfmt)
        else:
            ws.write_blank(r, 9, None, cell)
        rows_at[f["no"]] = "HMICFRS Recs!%d" % (r + 1)
        r += 1
    last = r
    ws.autofilter(3, 0, last - 1, len(heads) - 1)
    ws.write(last + 1, 0, "RAG key: Red - off track / unlikely to meet deadline;  Amber - work "
             "in progress;  Green - complete, evidence with the sign-off lead;  Blue - complete "
             "and submitted to HMICFRS / closed.")
    wb.close()
    return rows_at, last


README = """# Case `migration_load_report_list` (round 84, case B)

## The story

HMICFRS is moving its monitoring of recommendations onto a new portal. Until now it held a
force's items in two places: the old public **recommendation register** (plain integer ids
such as 4822 or 8541, status slugs `awaiting-review` / `being-progressed` / `complete`,
dates written "12th June 2019", closure reasons only in a free-text comment) and, for items
from 2019 onwards, an **interim monitoring spreadsheet** (ids such as `NOT-19-004`, statuses
"Open", "In progress", "Closed - complete", "Closed - superseded", "Closed - NFA").

Before go-live (03/06/2024) the migration team ran the production load and the Force Liaison
Lead sent each force the **load report** for its records, asking it to check them against its
own tracker by 07/06/2024. For Nottinghamshire Police's analyst this workbook *is* the
definitive list: it is the only copy of HMICFRS's current view, and it arrives with all the
marks of an ETL run - a run summary, a two-level header that separates the source values
from the portal record, load results and message codes, a sheet of rejected rows, a sheet of
old closed records that were deliberately not migrated, and the status mapping the load used.

The force side is an ordinary hand-kept tracker (`tracker.xlsx`) kept by Strategic Planning &
Assurance: one row per recommendation, RAG colours, a "HMIC ref" column that holds the
*legacy* register numbers or interim ids the force was given over the years (never the new
portal URNs, which it has not seen yet).

## The files

### `hmicfrs.xlsx` (five sheets; XlsxWriter; dates are real Excel dates, dd/mm/yyyy)

| Sheet | Header row(s) | Item rows | Notes |
|---|---|---|---|
| `Summary` | - | none | FLL cover note, run id, counts per load result, protective marking |
| `Load report` | row 2 group header (merged: "SOURCE (legacy register / interim tracker)" A2:D2, "PORTAL RECORD" E2:M2, "LOAD" N2:P2); row 3 field names | rows {lr0}-{lr1} ({lrn} items) | REGISTER rows {lr0}-{reg_last}, INTERIM rows {int0}-{lr1}; row {lr_blank} blank; row {lr_end} "End of report: 58 rows" |
| `Rejected` | row 2 group header ("STAGED RECORD (not loaded)" over E:M), row 3 field names | rows {rj0}-{rj1} ({rjn} items) | row {rj_blank} blank; row {rj_end} "End of report: 4 rows" |
| `Not migrated` | row 2 | rows {nm0}-{nm1} ({nmn} items) | legacy register records closed before 01/04/2019 |
| `Status mapping` | row 2 | none | lookup table legacy value -> portal status (a legend, not items) |

`Load report` / `Rejected` columns: `Source system` (REGISTER / INTERIM), `Legacy ID` (an
integer for REGISTER, text such as `NOT-21-003` for INTERIM), `Legacy status`, `Legacy status
date` (text, in the source's own format), `URN` (new portal id `MR-0nnnnn`; empty on
Rejected), `Force`, `Inspection`, `Published`, `Finding type` (Recommendation / Area for
improvement / Cause of concern / National recommendation), `Parent URN` (the cause of concern
a recommendation answers), `Finding text`, `Status` (portal vocabulary: Awaiting review, Being
progressed, Complete, Superseded, No further action required), `Status date`, `Load result`
(Inserted / Inserted with warning / Rejected), `Message code`, `Message`.

`Not migrated` columns: `Legacy ID`, `Force` (the register's slug `nottinghamshire`),
`Report` (the register's label "<Report title> (<id>)"), `Status` (slug, always `complete`),
`Last event` ("14th March 2015"), `Last comment` (the register's real closure comments:
"This recommendation is complete", the "subsequently been inspected" supersession wording, a
"no further action is required" note), `Recommendation`. There is no type column on this
sheet (the old register had none).

### `tracker.xlsx` (one sheet `HMICFRS Recs`)

Title row 1, "Owner ... Last updated 14/05/2024" row 2, blank row 3, header row 4, item rows
{fr0}-{fr1} ({n_force_rows} rows), blank row {fr_blank}, RAG key row {fr_key}. Columns: `No.` (text
running number, split rows as 17a/17b, 25a-25e, 51a-51c), `Report` (the force's short names,
e.g. "PEEL Legit 17 S&S", "Police powers spotlight (Feb 21)"), `Published` (date shown mmm-yy),
`Type` (Rec / AFI / CoC / National rec / National CoC / Local), `Recommendation / AFI` (the
force's own shortened wording), `HMIC ref`, `Lead`, `RAG` (Red / Amber / Green / Blue, word and
fill colour), `Update`, `Submitted for closure`. RAG key: Green = complete, evidence with the
sign-off lead; Blue = complete and submitted / closed; both count as done. Red / Amber open.

### `truth.csv`

`hmicfrs_row,force_row,category,why`, {n_lines} lines, UTF-8. Provenance is `Sheet!Row` as
Excel shows it, e.g. `Load report!15`, `Not migrated!7`, `HMICFRS Recs!31`.

## What the layout brings

1. **Two status columns on the same row.** `Legacy status` (col C) is the old register's or
   interim tracker's value at extract; `Status` (col L) is what HMICFRS holds now. The Summary
   says so (row 7). Usually they agree by the mapping, but the W410 rows do not:
   `Load report!6` (legacy 6120: legacy `complete`, portal *Being progressed*, reopened
   14/03/2022), `Load report!8` (6122: legacy `being-progressed`, portal *Complete*),
   `Load report!39` (NOT-19-007: legacy "Open", portal *Superseded*). Reading the wrong column
   flips the category of each.
2. **Two id columns, and the tracker uses the legacy one.** `URN` is new and appears nowhere
   in the tracker; `Legacy ID` mixes integers (REGISTER) and text ids (INTERIM) in one column.
   The tracker's `HMIC ref` holds the legacy integers and interim ids, or nothing.
3. **A two-row header with merged group cells** (row 2) above the field names (row 3), and a
   title row above that.
4. **Items on three sheets with two different column sets** (`Load report` and `Rejected`
   share columns; `Not migrated` has the register's own columns and no type), plus two
   tabular sheets that hold no items (`Summary` with a counts table, `Status mapping` with an
   11-row lookup table that looks like data).
5. **Rejected rows are still items.** The Summary (row 16) says rejected rows remain open
   on HMICFRS's records and will be keyed by hand. Their `URN` is empty; two have an
   unrecognised inspection name ("PEEL 21/22 Notts", E120) and no published date; one has
   "PEEL 2023-25" and no published date (E215); one has a status date earlier than
   publication (E402).
6. **Not migrated rows are closed items.** All carry slug `complete`; two have the
   supersession comment (2321, 4822) and four the "no further action" comment (3010-3013).
7. **Register quirks kept in the texts**: stray footnote digits ("intelligence 86 and", "another
   force; and 20"), inline bullets with and without spaces ("•the reasons", "should:• ensure"),
   curly quotes, a recommendation body recombined with a force-name stem ("Within six months
   Nottinghamshire Police should in conjunction with ...").
8. **Legacy dates in two formats** ("12th June 2019" for REGISTER, "19/10/2020" text for
   INTERIM) next to real date cells.
9. **Causes of concern as their own rows**, with their recommendations pointing back to them
   through `Parent URN` (e.g. `Load report!12` -> `MR-018407` on row 11; the rejected
   `Rejected!4` points to the same parent).

## Traps and how the truth decides them

- **Stale legacy status** (rows 6, 8, 39 of Load report): the portal `Status` decides.
  6120 -> `closeable_submit` (HMICFRS open again, force Green); 6122 -> `in_sync` (Complete /
  Green); NOT-19-007 -> `closeable_local` (Superseded / Amber).
- **Wrong ref in the tracker**: tracker No. 30 (`HMICFRS Recs!40`) is the section 45 defence
  item (legacy 7303) but carries ref 7304, which also sits, correctly, on No. 31 (the NRM
  item). Text decides the pair; the row is a `conflict` (reference).
- **Near-twin texts across reports**: the 2013 and 2015 stop and search community-scrutiny
  recommendations (2186 vs 5390); Core Business 2014 crime prevention "By 31 March 2015"
  (4823) vs CDI 2021 "By March 2022" (NOT-21-012); Stolen Freedom NCRS for MSHT (7305, national)
  vs CDI 2021 NCRS for MSHT (NOT-21-011); PEEL template AFIs that differ only in topic (ASB vs
  RASSO recording, county lines understanding 2021/22 vs county lines offenders 2023/24).
  Report, date and ref decide; each pairs with its own tracker row.
- **Split rows**: legacy 6124 over two rows (one Amber -> item open, `in_sync`); legacy 7012
  over five rows, one per bullet (one Amber -> `in_sync` x5); NOT-21-003 over three rows (all
  Green -> `closeable_submit` x3); legacy 2321 over two rows (both Blue, HMICFRS closed ->
  `in_sync` x2).
- **Two items in one row**: tracker No. 7 (`HMICFRS Recs!12`) holds austerity 3012 and 3013;
  both closed by HMICFRS, row Amber -> `closeable_local` twice.
- **Conflicts** (8): figure (3011: 10% vs 15%), report (902 Integrity matters filed as "PEEL
  Legitimacy 2015"; NOT-22-007 PEEL 2021/22 filed under PEEL 2023/24), timescale (7301 twelve
  vs six months), deadline (NOT-21-005 July 2021 vs July 2022), type (8544 national
  recommendation vs "AFI"), missing bullet (6661: supervisors' oversight bullet absent),
  reference (7303 row carrying 7304). In every conflict the two statuses agree, so the
  conflict is the only finding.
- **Rejected rows** pair with the tracker like any other item: 6657 `in_sync`, NOT-22-008
  `closeable_submit`, NOT-22-009 `in_sync`, NOT-23-007 `missing_from_force`.
- **Not migrated rows**: closed on HMICFRS's side; tracker rows still Amber are
  `closeable_local` (2185, 3012, 3013, 4822, 5631); 5632 has no tracker row
  (`missing_from_force`).
- **No further action**: NOT-21-004 (Home Office / NPCC data) is "No further action required"
  on the portal; the tracker keeps it Amber with "Not the force's responsibility" ->
  `closeable_local`.
- **Force rows HMICFRS does not hold** (`not_on_hmicfrs_list`, 6): a 2016 custody
  recommendation whose wording is one bullet of the NCPI 2017 item 8602 (that item has its
  own complete row No. 36), the 2017 abuse-of-position national cause of concern, a PEEL
  2021/22 knife crime AFI, a local Task & Finish action, a JAC action about hate crime
  measures (next to the real hate crime AFI, No. 73), an internal audit action.
- No line is `review`: every pair is decided by ref, report and wording.

## Counts

{n_items} HMICFRS items (58 loaded, 4 rejected, 14 not migrated); {n_force_rows} tracker rows;
{n_lines} truth lines.

| category | lines |
|---|---|
{counts}

## Rows that are not items

- `hmicfrs.xlsx` `Summary`: every row (cover note, run details, the counts table rows 9-14,
  notes, "OFFICIAL-SENSITIVE").
- `Load report`: row 1 title, row 2 group header, row 3 field header, row {lr_blank} blank, row
  {lr_end} "End of report: 58 rows" footer.
- `Rejected`: row 1 title, row 2 group header, row 3 field header, row {rj_blank} blank, row
  {rj_end} "End of report: 4 rows" footer.
- `Not migrated`: row 1 title, row 2 header.
- `Status mapping`: every row (title, header, 11 mapping rows - a legend).
- `tracker.xlsx` `HMICFRS Recs`: row 1 title, row 2 owner / last updated, row 3 blank, row 4
  header, row {fr_blank} blank, row {fr_key} RAG key.

## Checks run

- Every HMICFRS item row (Load report {lr0}-{lr1}, Rejected {rj0}-{rj1}, Not migrated
  {nm0}-{nm1}) appears in `truth.csv` at least once; every tracker item row ({fr0}-{fr1})
  appears once, except the two-item row 12 which appears twice; no truth line points at a
  non-item row.
- Every HMICFRS text checked against the allowed sources: verbatim from
  `casegen/texts` constants or `real_recommendations.csv`, or a real stem from the texts'
  `STEMS` list joined with a real body from `BODIES` / `TOPIC_BODIES` x `TOPICS`, or a
  `CAUSES` text with the force's name filled in.
- Both workbooks read back with openpyxl (all sheets, merged ranges, cell types: legacy ids
  int vs str, dates as datetimes) and with pandas (`header=2` on Load report, `header=3` on
  the tracker); statuses and RAG values as expected.
- Category consistency: for every matched `in_sync` / `closeable_*` line the category follows
  from the portal `Status` (open / closed) and the tracker RAG (Green / Blue done), taken over
  all parts for split items.
- Two consecutive builds are byte-identical (sha256 of all four files); fixed seed, fixed
  workbook `created` property, XlsxWriter's fixed zip timestamps, no clock.
- `reconcile` was neither run nor imported; nothing under `/work/main/reconcile/` other than
  the text lists, nor `/work/main/tests/`, was read.
"""


def write_readme(lines, hrows, frows, last):
    from collections import Counter
    cnt = Counter(l[2] for l in lines)
    def rng(sheet):
        rs = sorted(int(v.split("!")[1]) for v in hrows.values() if v.startswith(sheet + "!"))
        return rs[0], rs[-1], len(rs)
    lr, rj, nm = rng("Load report"), rng("Rejected"), rng("Not migrated")
    reg_last = max(int(hrows[h["key"]].split("!")[1]) for h in H
                   if h["sheet"] == "load" and h["src"] == "REGISTER")
    fr_first, fr_last = 5, last
    n_force_rows = len(F)
    n_items = len(H)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    counts = "\n".join("| `%s` | %d |" % (c, cnt.get(c, 0)) for c in order)
    text = README.format(
        n_items=n_items, n_force_rows=n_force_rows, n_lines=len(lines), counts=counts,
        lr0=lr[0], lr1=lr[1], lrn=lr[2], reg_last=reg_last, int0=reg_last + 1,
        rj0=rj[0], rj1=rj[1], rjn=rj[2], nm0=nm[0], nm1=nm[1], nmn=nm[2],
        lr_blank=lr[1] + 1, lr_end=lr[1] + 2, rj_blank=rj[1] + 1, rj_end=rj[1] + 2,
        fr0=fr_first, fr1=fr_last, fr_blank=fr_last + 1, fr_key=fr_last + 2)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows, urn = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frows, last = build_tracker(os.path.join(OUT, "tracker.xlsx"))

    # ---- truth ----
    lines = []
    linked = {}
    for f in F:
        for key, cat, why in f["links"]:
            if key is not None:
                linked.setdefault(key, []).append((frows[f["no"]], cat, why))
    order = (["Load report"] + ["Rejected"] + ["Not migrated"])

    def sort_key(h):
        sheet, row = hrows[h["key"]].split("!")
        return (order.index(sheet), int(row))

    for h in sorted(H, key=sort_key):
        if h["key"] in linked:
            for frow, cat, why in linked[h["key"]]:
                lines.append((hrows[h["key"]], frow, cat, why))
        else:
            lines.append((hrows[h["key"]], "", MF, MISSING_WHY[h["key"]]))
    for f in F:
        for key, cat, why in f["links"]:
            if key is None:
                lines.append(("", frows[f["no"]], cat, why))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)

    # sanity
    assert set(MISSING_WHY) == {h["key"] for h in H if h["key"] not in linked}, \
        sorted({h["key"] for h in H if h["key"] not in linked} ^ set(MISSING_WHY))
    write_readme(lines, hrows, frows, last)
    return lines, hrows, frows, urn, last


if __name__ == "__main__":
    lines, hrows, frows, urn, last = main()
    from collections import Counter
    print(Counter(l[2] for l in lines), len(lines))
