"""Build the evaluation case `assurance_register_many_sources` (round 22, folder mixed/).

Cumbria Constabulary keeps ONE corporate "Assurance Recommendations Register" (xlsx, one
sheet) holding recommendations from every body that audits or inspects it: HMICFRS (and the
older HMIC items migrated into the register), internal audit (TIAA), external audit (Grant
Thornton), IOPC learning recommendations, College of Policing peer reviews, the force's
scrutiny panels, a coroner's prevention-of-future-deaths report and its own organisational
learning. About half the rows are HMICFRS items. The HMICFRS side is the register export
("definitive list") as xlsx.

HMICFRS texts are real public wording (Open Government Licence), copied from
/work/shared/data/real_recommendations.csv and /work/main/reconcile/casegen/texts/*.py.
Non-HMICFRS texts, rewordings, updates and owners are written for this case, as a force
analyst would write them.

Run:  /work/main/.venv/bin/python build_assurance_register_many_sources.py
It rebuilds the case folder byte for byte (fixed seed, fixed workbook timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 2022
CASE = "assurance_register_many_sources"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED_TS = dt.datetime(2024, 3, 4, 9, 30, 0)

FORCE = "Cumbria Constabulary"

D = dt.datetime  # shorthand


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------------------
# Real HMICFRS texts (verbatim, OGL)
# ---------------------------------------------------------------------------------------
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
CDI_2019 = (
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
NCPI_CHILDREN = (
    "Within six months Cumbria Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# Reports on the HMICFRS list: key -> (title as the register gives it, publication date)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", d(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", d(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", d(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", d(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", d(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", d(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", d(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", d(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", d(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", d(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", d(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", d(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", d(2018, 6, 21)),
    "cdi19": ("Crime data integrity inspection 2019", d(2019, 9, 26)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", d(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", d(2022, 5, 19)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", d(2023, 10, 12)),
}

# HMICFRS comments (real wording from the old public register)
C_NEW = "New recommendation"
C_DONE = "This recommendation is complete"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")
C_SUPER_LEG = ("This area of activity has subsequently been inspected in HMIC's PEEL Legitimacy "
               "inspections. Where a cause of concern still exists this will appear in the "
               "register against these subsequent inspections.")
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")

# ---------------------------------------------------------------------------------------
# HMICFRS items: key, uid, report, type, text, status, status date, comment
# ---------------------------------------------------------------------------------------
H = [
    ("H01", 1187, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.",
     "Complete", d(2016, 4, 14), C_DONE),
    ("H02", 1188, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Superseded", d(2018, 3, 1), C_SUPER_LEG),
    ("H03", 1189, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Complete", d(2016, 4, 14), C_DONE),
    ("H04", 2321, "everyone", NAT, EVERYONE_PLAN, "Superseded", d(2017, 3, 2), C_SUPER),
    ("H05", 3010, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "Complete", d(2023, 9, 7), C_DONE),
    ("H06", 3013, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "Awaiting review", d(2014, 7, 22), C_NEW),
    ("H07", 4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Being progressed", d(2019, 1, 17), C_REVIEW),
    ("H08", 4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "Complete", d(2017, 6, 8), C_DONE),
    ("H09", 5120, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Being progressed", d(2022, 11, 3), C_MON),
    ("H10", 5561, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "Being progressed", d(2021, 6, 10), C_MON),
    ("H11", 6012, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     "Awaiting review", d(2015, 7, 1), C_NEW),
    ("H12", 6420, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Complete", d(2017, 2, 23), C_DONE),
    ("H13", 6421, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Being progressed", d(2022, 11, 3), C_MON),
    ("H14", 6422, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", d(2023, 6, 29), C_DONE),
    ("H15", 6423, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", d(2022, 11, 3), C_MON),
    ("H16", 6424, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.",
     "Being progressed", d(2022, 11, 3), C_MON),
    ("H17", 8301, "stolen", NAT, SF_LEADERSHIP, "Being progressed", d(2020, 2, 13), C_MON),
    ("H18", 8302, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", d(2020, 2, 13), C_MON),
    ("H19", 8303, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Awaiting review", d(2017, 10, 24), C_NEW),
    ("H20", 8304, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Complete", d(2019, 5, 16), C_AUTH),
    ("H21", 8305, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Being progressed", d(2020, 2, 13), C_MON),
    ("H22", 8306, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "Complete", d(2023, 6, 29), C_DONE),
    ("H23", 8307, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Being progressed", d(2020, 2, 13), C_MON),
    ("H24", 8455, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Superseded", d(2019, 4, 4), C_SUPER.replace("PEEL Effectiveness", "PEEL Efficiency")),
    ("H25", 8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     "Being progressed", d(2021, 6, 10), C_MON),
    ("H26", 8542, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", d(2021, 6, 10), C_MON),
    ("H27", 8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;",
     "Being progressed", d(2021, 6, 10), C_MON),
    ("H28", 8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Complete", d(2023, 9, 7), C_DONE),
    ("H29", 8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Awaiting review", d(2017, 12, 12), C_NEW),
    ("H30", 11204, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", d(2022, 11, 3), C_MON),
    ("H31", 11205, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Being progressed", d(2022, 11, 3), C_MON),
    ("H32", 11206, "powers", NAT, BWV_2021, "Being progressed", d(2022, 11, 3), C_MON),
    ("H33", 11208, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Complete", d(2023, 2, 9), C_DONE),
    ("H34", 7310, "eff16", COC, MISSING_COC, "Superseded", d(2018, 3, 22), C_SUPER),
    ("H35", 7311, "eff16", REC, MISSING_REC, "Superseded", d(2018, 3, 22), C_SUPER),
    ("H36", 9702, "cdi19", REC, CDI_2019, "Being progressed", d(2021, 3, 18), C_MON),
    ("H37", 9703, "cdi19", AFI,
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.",
     "Awaiting review", d(2019, 9, 26), C_NEW),
    ("H38", 9911, "ncpi18", REC, NCPI_CHILDREN, "Being progressed", d(2020, 1, 16), C_MON),
    ("H39", 12301, "peel21", AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.",
     "Being progressed", d(2023, 2, 9), C_MON),
    ("H40", 12302, "peel21", AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.",
     "Being progressed", d(2023, 2, 9), C_MON),
    ("H41", 12303, "peel21", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.",
     "Complete", d(2023, 9, 7), C_DONE),
    ("H42", 12304, "peel21", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.",
     "Being progressed", d(2023, 2, 9), C_MON),
    ("H43", 12305, "peel21", AFI,
     "Cumbria Constabulary should make sure the corporate risk register is actively used to "
     "mitigate and manage known risks.",
     "Awaiting review", d(2022, 5, 19), C_NEW),
    ("H44", 12306, "peel21", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.",
     "Being progressed", d(2023, 2, 9), C_MON),
    ("H45", 12307, "peel21", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to people with mental ill health.",
     "Being progressed", d(2023, 2, 9), C_MON),
    ("H46", 12308, "peel21", COC,
     "The size of the vetting backlog within Cumbria Constabulary is a cause of concern.",
     "Complete", d(2023, 9, 7), C_DONE),
    ("H47", 12309, "peel21", REC,
     "Within six months Cumbria Constabulary should ensure all staff have received at least the "
     "lowest level of vetting clearance for their roles as quickly as possible, working to clear "
     "both the vetting backlog and new vetting renewals when they become due so that it "
     "complies fully with the national vetting guidelines.",
     "Being progressed", d(2023, 9, 7), C_MON),
    ("H48", 13401, "peel23", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.",
     "Awaiting review", d(2023, 10, 12), C_NEW),
    ("H49", 13402, "peel23", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.",
     "Awaiting review", d(2023, 10, 12), C_NEW),
    ("H50", 13403, "peel23", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.",
     "Awaiting review", d(2023, 10, 12), C_NEW),
    ("H51", 13404, "peel23", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.",
     "Awaiting review", d(2023, 10, 12), C_NEW),
    ("H52", 13405, "peel23", AFI,
     "The force should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.",
     "Awaiting review", d(2023, 10, 12), C_NEW),
    ("H53", 13406, "peel23", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Being progressed", d(2024, 1, 25), C_MON),
]

# ---------------------------------------------------------------------------------------
# Force register rows.
# Each: (hkey or None, category, why, source, source document, report date, ref, text,
#        priority, owner, due, status, update)
# ---------------------------------------------------------------------------------------
OPEN_ON = "Open – on track"
OPEN_OFF = "Open – off track"
NOT_STARTED = "Not started"
PENDING = "Complete – awaiting sign-off"
COMPLETE = "Complete"
CLOSED = "Closed"

F = []


def frow(hkey, cat, why, source, doc, rdate, ref, text, prio, owner, due, status, update):
    F.append(dict(hkey=hkey, cat=cat, why=why, source=source, doc=doc, rdate=rdate, ref=ref,
                  text=text, prio=prio, owner=owner, due=due, status=status, update=update))


# ---- HMICFRS items in the register ----------------------------------------------------
frow("H01", "in_sync", "closed on both: HMICFRS Complete, register Closed",
     "HMIC", "Stop and Search 2013", d(2013, 7, 9), "1187",
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.",
     None, "ACC Local Policing", d(2014, 3, 31), CLOSED,
     "Closed by HMIC April 2016. APP on stop and search published by the College of Policing.")
frow("H02", "closeable_local", "HMICFRS Superseded (by PEEL Legitimacy); register still Open – on track",
     "HMIC", "Stop & Search powers (HMIC 2013)", d(2013, 7, 9), None,
     "Establish or improve monitoring of the way officers S&S people, so that we can be "
     "satisfied officers are acting in accordance with the law (incl. equality legislation and "
     "the Code of Practice) and that the power is used effectively to prevent crime, catch "
     "criminals and maintain public trust.",
     None, "Ch Insp Legitimacy", "Ongoing", OPEN_ON,
     "Monitoring through the Stop and Search & Use of Force Scrutiny Panel and the quarterly "
     "Legitimacy Board.")
frow("H03", "in_sync", "closed on both; near-duplicate of the 2015 item 5561, told apart by "
     "source document (Stop and Search 2013), report date and ref 1189",
     "HMIC", "Stop and Search 2013", d(2013, 7, 9), "1189",
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     None, "ACC Local Policing", d(2014, 3, 31), CLOSED,
     "Closed by HMIC April 2016 – Stop and Search Scrutiny Panel established.")
frow("H04", "in_sync", "closed on both: HMICFRS Superseded, register Closed; register text is "
     "the force's own summary of the DA action plan recommendation",
     "HMIC", "Everyone's Business (DA) 2014", d(2014, 3, 27), "2321",
     "Establish & publish a DA action plan (Everyone's Business), developed with the PCC, DA "
     "support organisations and victims' representatives, taking account of DHRs and IPCC "
     "findings, CPS scrutiny panels and MARAC self-assessments.",
     None, "Ch Supt Public Protection", d(2014, 9, 30), CLOSED,
     "Superseded by PEEL Effectiveness. DA action plan now part of the VAWG Delivery Plan.")
frow("H05", "closeable_local", "HMICFRS Complete (Sep 2023); register still Open – on track",
     "HMIC", "Policing in Austerity 2014", d(2014, 7, 22), "3010",
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews.",
     None, "Director of Finance", "Annual (MTFP)", OPEN_ON,
     "Savings plan refreshed as part of MTFP 2024/25–2027/28. See also external audit VfM IR1.")
frow("H07", "closeable_submit", "HMICFRS Being progressed; register Complete (THRIVE+ criteria "
     "in place)",
     "HMIC", "Core business", d(2014, 9, 4), None,
     "Provide call-handlers with specific, sound and comprehensible criteria against which they "
     "can assess threat, harm & risk (THRIVE).",
     None, "Supt Contact Centre", d(2015, 3, 31), COMPLETE,
     "THRIVE+ embedded in the FCR since 2019. Evidence pack sent to HMICFRS FLL 14/12/2023.")
frow("H08", "in_sync", "closed on both",
     "HMIC", "Core Business 2014", d(2014, 9, 4), "4823",
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     None, "ACC Local Policing", d(2015, 3, 31), CLOSED, "Closed by HMICFRS 08/06/2017.")
frow("H09", "in_sync", "open on both; abbreviations (CCs, &) only",
     "HMIC", "Integrity Matters 2015", d(2015, 1, 30), "5120",
     "By 31 August 2015, all CCs should satisfy themselves that they have processes in place to "
     "ensure that investigations into misconduct by officers & staff resulting in 'no further "
     "action' are fair & free of any form of discrimination.",
     None, "Head of Professional Standards", d(2024, 3, 31), OPEN_ON,
     "Disproportionality dashboard for misconduct outcomes in development; see also IA-23-20.")
frow("H10", "closeable_submit", "HMICFRS Being progressed; register Complete – awaiting sign-off; "
     "near-duplicate of 2013 item 1189, told apart by source document (Stop and Search 2 (2015)) "
     "and the wording 'police and crime commissioners' (PCCs)",
     "HMIC", "Stop and Search 2 (2015)", d(2015, 3, 24), None,
     "Chief constables should, in consultation with PCCs, ensure that they comply with the Code "
     "of Practice by explaining to the public the way stop and search powers are used in their "
     "areas and by making arrangements for stop and search records to be scrutinised by "
     "community representatives. This should be done in a way that involves those people who "
     "are stopped and searched, for example young people.",
     None, "Ch Insp Legitimacy", d(2023, 12, 31), PENDING,
     "Youth panel now reviews S&S records quarterly. Pending sign off by the chief officer lead.")
frow("H11", "in_sync", "open on both",
     "HMIC", "Building the Picture 2015", d(2015, 7, 1), "6012",
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     None, "Head of Information Management", "TBC", OPEN_OFF,
     "MoPI review backlog remains (see IA-22-08). Information Management Board to take the "
     "audit schedule.")
frow("H12", "in_sync", "closed on both",
     "HMIC", "Firearms licensing 2015", d(2015, 9, 15), "6420",
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     None, "Supt Firearms Licensing", d(2015, 12, 15), CLOSED, "Closed by HMIC Feb 2017.")
frow("H13", "conflict", "timescale differs: HMICFRS 'Within three months', register 'Within six "
     "months' (otherwise same text; both open)",
     "HMIC", "Targeting the Risk (Firearms Licensing) 2015", d(2015, 9, 15), None,
     "Within six months, all chief constables should assess the demand placed on their firearms "
     "licensing department and ensure it has the capacity to meet this demand and provide an "
     "efficient and effective service at all times.",
     None, "Supt Firearms Licensing", d(2024, 3, 31), OPEN_ON,
     "Grant backlog down to 212 (Jan 24). Two additional FEOs recruited; see also IA-22-12.")
frow("H14", "closeable_local", "HMICFRS Complete (Jun 2023); register still Open – on track",
     "HMIC", "Firearms licensing 2015", d(2015, 9, 15), "6422",
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.",
     None, "Supt Firearms Licensing", d(2023, 9, 30), OPEN_ON,
     "Monthly total expired report reviewed at Firearms Licensing Board.")
frow("H15", "closeable_submit", "HMICFRS Being progressed; register Complete",
     "HMIC", "Firearms licensing 2015", d(2015, 9, 15), "6423",
     "Within 3 months, all CCs should ensure that their arrangements in respect of the use of "
     "temporary permits are in accordance with the HO guidance; that temporary permits are "
     "properly recorded without delay on NFLMS; and that effective systems exist to ensure "
     "certificate holders are not permitted, at any time, to remain in unlawful possession of "
     "a firearm.",
     None, "Supt Firearms Licensing", d(2023, 6, 30), COMPLETE,
     "Completed. Evidence submitted to HMICFRS for closure. Permit process also tested by "
     "internal audit (IA-22-11).")
frow("H16", "in_sync", "open on both",
     "HMIC", "Firearms licensing 2015", d(2015, 9, 15), "6424",
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of "
     "a firearm certificate holder are in place and are always applied by staff dispatching "
     "officers to incidents; and that officers understand the risk assessment which they should "
     "be undertaking in such circumstances, and their power, when appropriate, to seize "
     "firearms and firearm certificates.",
     None, "Supt Contact Centre", "Q1 2024/25", OPEN_ON,
     "STORM flag for certificate holders' addresses to be refreshed after the NFLMS upgrade.")
frow("H17", "conflict", "missing bullet: the register's text drops the fourth bullet "
     "('performance and quality assurance measures ...'); both open",
     "HMICFRS", "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), "8301",
     "Within twelve months, forces should review their leadership and governance arrangements "
     "for modern slavery and human trafficking, to ensure that:\n"
     "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
     "• every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively; and\n"
     "• forces develop effective partnership arrangements to co-ordinate activity in order to "
     "share information and safeguard victims.",
     None, "Det Ch Supt Force CID", d(2024, 6, 30), OPEN_ON,
     "MSHT governance now through the Exploitation Board chaired by ACC Crime.")
frow("H18", "closeable_submit", "HMICFRS Being progressed; register Complete; register text "
     "abbreviated (ISAs) and without the stray footnote '86'",
     "HMICFRS", "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), None,
     "Within 6 months, forces should have in place active ISAs with other agencies to "
     "facilitate speedy exchange of intelligence and in order to safeguard victims better and to "
     "identify suspects as early as possible.",
     None, "Head of Intelligence", d(2018, 4, 30), COMPLETE,
     "ISA with Cumbria County Council, Border Force and GLAA signed. Evidence submitted "
     "06/12/2023.")
frow("H20", "in_sync", "closed on both",
     "HMICFRS", "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), "8304",
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     None, "Det Ch Supt Force CID", d(2017, 10, 24), CLOSED, "Closed by HMICFRS May 2019.")
frow("H21", "in_sync", "open on both; register text abbreviated (NCRS, MSHT, FCR)",
     "HMICFRS", "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), "8305",
     "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
     "for offences identified as MSHT and that sufficient audit capacity is available to the "
     "FCR to provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.",
     None, "Force Crime Registrar", d(2024, 3, 31), OPEN_ON,
     "MSHT added to the FCR audit plan 2023/24; first audit reported to Crime Standards Board.")
frow("H22", "closeable_local", "HMICFRS Complete (Jun 2023); register still Open – on track",
     "HMICFRS", "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), "8306",
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     None, "Det Ch Supt Force CID", "Ongoing", OPEN_ON,
     "All MSHT investigations allocated to the Exploitation Hub.")
frow("H23", "closeable_submit", "HMICFRS Being progressed; register Complete – awaiting sign-off",
     "HMICFRS", "Stolen Freedom (MSHT) 2017", d(2017, 10, 24), None,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     None, "Det Ch Supt Force CID", d(2018, 4, 30), PENDING,
     "Review complete; STRO/STPO use reported to Exploitation Board. Ready to move to GREEN "
     "status.")
frow("H24", "in_sync", "closed on both (HMICFRS Superseded); register keeps only the first "
     "sentence of the text",
     "HMICFRS", "PEEL Efficiency 17 (all forces)", d(2017, 11, 9), "8455",
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force.",
     None, "Head of ICT", d(2018, 9, 30), CLOSED,
     "Superseded by HMICFRS. Digital Policing Strategy 2019–22 published.")
frow("H25", "in_sync", "open on both (cause of concern)",
     "HMICFRS", "PEEL Legit 17 S&S", d(2017, 12, 12), "8541",
     "Cause of concern: HMICFRS is concerned that forces are not able to demonstrate that the "
     "use of stop and search powers is consistently reasonable and fair. In particular, there "
     "is over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     None, "ACC Local Policing", "Ongoing", OPEN_ON,
     "Reported through the Legitimacy Board. Disproportionality ratio published quarterly.")
for part, bullet in (
        ("a", "the reasons for any disproportionate representation of different ethnic groups "
              "in the use of stop and search;"),
        ("b", "the extent to which find rates differ between people from different ethnicities, "
              "and across different types of searches (including separate identification of "
              "find rates for drug possession and supply-type offences); and"),
        ("c", "the prevalence of possession-only drug searches, and the extent to which these "
              "align with local or force level priorities.")):
    frow("H26", "in_sync", f"split row {part} of 3 (one per bullet) of item 8542; open on both",
         "HMICFRS", "PEEL Legit 17 S&S", d(2017, 12, 12), f"8542 ({part})",
         "By July 2018, forces should be regularly and frequently monitoring a comprehensive set "
         "of data and information on use of S&S powers to understand: " + bullet,
         None, "Ch Insp Legitimacy", d(2024, 3, 31), OPEN_ON,
         {"a": "Quarterly disproportionality report to Legitimacy Board.",
          "b": "Find-rate analysis by ethnicity added to the S&S dashboard (Q2).",
          "c": "Analyst capacity requested for drug-possession search analysis."}[part])
frow("H27", "closeable_submit", "HMICFRS Being progressed; register Complete",
     "HMICFRS", "PEEL Legit 17 S&S", d(2017, 12, 12), "8543",
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have: • carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and • taken action to reduce the disparity, where "
     "necessary.",
     None, "Ch Insp Legitimacy", d(2019, 3, 31), COMPLETE,
     "Disparity research published on the force website with the Scrutiny Panel's comments.")
frow("H28", "closeable_local", "HMICFRS Complete (Sep 2023); register still Open – on track",
     "HMICFRS", "PEEL Legit 17 S&S", d(2017, 12, 12), "8544",
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     None, "Ch Insp Legitimacy", "Annual", OPEN_ON,
     "2022/23 analysis published Sept 2023. Next due Sept 2024.")
frow("H29", "in_sync", "open on both",
     "HMICFRS", "PEEL Legit 17 S&S", d(2017, 12, 12), "8545",
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     None, "Head of Learning & Development", d(2023, 12, 31), OPEN_OFF,
     "Unconscious bias e-learning completion 71%. Little work yet undertaken on refresher "
     "input. Unlikely to reach deadline.")
frow("H30", "in_sync", "open on both",
     "HMICFRS", "Police powers spotlight (Feb 21)", d(2021, 2, 26), "11204",
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     None, "Head of Learning & Development", d(2024, 3, 31), OPEN_ON,
     "Communication skills input built into OST 2023/24 programme.")
frow("H31", "closeable_submit", "HMICFRS Being progressed; register Complete; text abbreviated "
     "(CPD, BWV)",
     "HMICFRS", "Police powers spotlight (Feb 21)", d(2021, 2, 26), None,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of CPD for officers & staff, and that supervisors are supported to "
     "routinely and frequently debrief officers on these skills using BWV footage.",
     None, "Head of Learning & Development", d(2021, 7, 31), COMPLETE,
     "Supervisor BWV debrief guide issued; CPD day delivered. Evidence submitted 06/12/2023.")
for part, txt, upd in (
        ("1", "By September 2021, forces should ensure that officers record on BWV (when this is "
              "available) the entirety of all stop and search encounters, including traffic "
              "stops and use of force incidents.",
         "BWV mandatory for all S&S – policy updated Sept 2021."),
        ("2", "By September 2021, forces should have a structured process for regularly "
              "reviewing and monitoring internally a sufficient sample of BWV footage to identify "
              "and disseminate learning and hold officers to account when behaviour falls below "
              "acceptable standards.",
         "Monthly supervisor dip-sample of 20 BWV clips in place; learning via Legitimacy Board."),
        ("3", "By September 2021, forces should provide external scrutiny panel members with "
              "access to samples of BWV footage showing stop and search encounters and use of "
              "force incidents, taking account of the safeguards in the CoP APP.",
         "Scrutiny Panel view BWV at every meeting since Nov 2021.")):
    frow("H32", "closeable_submit", f"split row {part} of 3 (one per action) of item 11206; all "
         "three Complete, HMICFRS Being progressed",
         "HMICFRS", "Police powers spotlight (Feb 21)", d(2021, 2, 26), None, txt,
         None, "Ch Insp Legitimacy", d(2021, 9, 30), COMPLETE, upd)
frow("H33", "in_sync", "closed on both",
     "HMICFRS", "Disproportionate use of police powers 2021", d(2021, 2, 26), "11208",
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     None, "Ch Insp Legitimacy", d(2021, 7, 31), CLOSED, "Closed by HMICFRS 09/02/2023.")
frow("H34", "closeable_local", "HMICFRS Superseded (cause of concern); register still Open",
     "HMIC", "PEEL Effectiveness 2016", d(2017, 3, 2), "CoC 1",
     "The force's response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was "
     "inappropriate in some cases; some children were classed as 'absent' when they should "
     "have been recorded as 'missing', and risk levels were sometimes incorrectly assessed at a "
     "lower grade.",
     None, "Ch Supt Public Protection", "Ongoing", OPEN_ON,
     "Missing from Home team in place. Absent category removed 2018. Kept open pending "
     "Missing Persons Board review.")
frow("H35", "in_sync", "closed on both (HMICFRS Superseded, register Closed); register text "
     "is a summary of the recommendation",
     "HMIC", "PEEL Effectiveness 2016", d(2017, 3, 2), "CoC 1 R1",
     "Review approach to reports of missing children: call takers to use missing/absent "
     "category correctly; call takers and frontline staff to know CSE risk factors; "
     "supervisors to provide correct oversight of missing person enquiries.",
     None, "Ch Supt Public Protection", d(2017, 9, 30), CLOSED,
     "Closed – superseded by PEEL 2018/19.")
frow("H36", "closeable_submit", "HMICFRS Being progressed; register Complete",
     "HMICFRS", "Crime Data Integrity 2019", d(2019, 9, 26), "9702",
     "Within six months the force should put in place arrangements to ensure that:\n"
     "- at the point of report, victims are believed;\n"
     "- conversations between the call handlers and callers are summarised accurately in the "
     "incident log, thus providing attending officers with full facts on which to base "
     "crime-recording decisions;\n"
     "- multiple crimes are always recorded when described within incident records or "
     "identified as part of other recorded crime investigations;\n"
     "- the practice of awaiting the results of medical examinations or video interviews "
     "before making crime-recording decisions is stopped; and\n"
     "- online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
     "to the victim or the wider public are identified and appropriately managed.",
     None, "Force Crime Registrar", d(2020, 3, 31), COMPLETE,
     "CDI compliance 94% at last FCR audit (Nov 23). Evidence submitted to HMICFRS for "
     "closure.")
frow("H38", "in_sync", "open on both; text re-punctuated (curly quotes straightened, space after bullets)",
     "HMICFRS", "NCPI 2018", d(2018, 6, 21), "9911",
     "Within six months Cumbria Constabulary should, in conjunction with children's social care "
     "services, review how it manages the detention of children. As a minimum it should: "
     "• ensure that all children are only detained when absolutely necessary and for the "
     "absolute minimum amount of time; • ensure that officers and staff in the custody suite "
     "assess at an early stage a child's need for alternative accommodation (secure or "
     "otherwise) and work with children's social care services to achieve the most appropriate "
     "option for the child; • ensure that custody staff make a record of all actions taken and "
     "decisions made on the relevant documentation; and • improve the timeliness of adequate "
     "appropriate adult support for children who are arrested.",
     None, "Ch Insp Custody", d(2024, 6, 30), OPEN_ON,
     "Concordat on children in custody signed with Cumbria County Council; PACE bed "
     "availability still an issue.")
frow("H39", "in_sync", "open on both",
     "HMICFRS", "PEEL 2021/22", d(2022, 5, 19), "12301",
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.",
     None, "Supt Contact Centre", d(2024, 3, 31), OPEN_ON,
     "FCR establishment uplift of 12 call handlers approved. Shift review following College "
     "peer review (CoP FCR-01).")
frow("H40", "closeable_submit", "HMICFRS Being progressed; register Complete; text reworded",
     "HMICFRS", "PEEL 2021/22", d(2022, 5, 19), "AFI 2",
     "Ensure regular & active supervision of the quality and progress of investigations, with "
     "the supervision properly recorded.",
     None, "Det Ch Supt Force CID", d(2023, 3, 31), COMPLETE,
     "Niche supervisory review template mandated from 01/04/2023. Completed. Evidence "
     "submitted to HMICFRS for closure.")
frow("H41", "closeable_local", "HMICFRS Complete (Sep 2023); register still Open – on track",
     "HMICFRS", "PEEL 2021/22", d(2022, 5, 19), "12303",
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.",
     None, "Head of Criminal Justice", d(2024, 3, 31), OPEN_ON,
     "RUI/bail dashboard live. Bail Act changes embedded.")
frow("H42", "conflict", "reference differs: register ref 12340, HMICFRS unique ID 12304 "
     "(transposed digits; 12340 is not on the list); same text, both open",
     "HMICFRS", "PEEL 2021/22", d(2022, 5, 19), "12340",
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.",
     None, "Head of Digital Forensics", d(2024, 9, 30), OPEN_OFF,
     "Device backlog 640 (Feb 24). Kiosk roll-out delayed; see CoP INV-03.")
frow("H43", "in_sync", "open on both",
     "HMICFRS", "PEEL 2021/22", d(2022, 5, 19), "12305",
     "Cumbria Constabulary should make sure the corporate risk register is actively used to "
     "mitigate and manage known risks.",
     None, "Head of Corporate Development", d(2024, 3, 31), OPEN_ON,
     "Risk management framework refreshed; Strategic Risk Board meets quarterly (see IA-23-11).")
frow("H45", "closeable_submit", "HMICFRS Being progressed; register Complete – awaiting sign-off",
     "HMICFRS", "PEEL 2021/22", d(2022, 5, 19), "12307",
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to people with mental ill health.",
     None, "Head of Learning & Development", d(2023, 12, 31), PENDING,
     "Mental health awareness training delivered to 96% of frontline staff. Pending sign off by "
     "the chief officer lead.")
frow("H46", "in_sync", "closed on both (cause of concern)",
     "HMICFRS", "PEEL 2021/22", d(2022, 5, 19), "12308",
     "Cause of concern – the size of the vetting backlog within Cumbria Constabulary.",
     None, "Head of Professional Standards", d(2023, 3, 31), CLOSED,
     "Closed by HMICFRS Sept 2023; backlog cleared.")
frow("H47", "in_sync", "open on both; ref is the force's own 'CoC 1 R1', not an HMICFRS number",
     "HMICFRS", "PEEL 2021/22", d(2022, 5, 19), "CoC 1 R1",
     "Within six months Cumbria Constabulary should ensure all staff have received at least the "
     "lowest level of vetting clearance for their roles as quickly as possible, working to clear "
     "both the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.",
     None, "Head of Professional Standards", d(2022, 11, 30), OPEN_OFF,
     "Backlog cleared but renewals now 9% overdue. See IA-23-03.")
frow("H48", "in_sync", "open on both",
     "HMICFRS", "PEEL 2023/24", d(2023, 10, 12), "13401",
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.",
     None, "Ch Supt Public Protection", d(2024, 10, 31), OPEN_ON,
     "Victim update compliance added to the monthly Force Performance pack.")
frow("H50", "closeable_submit", "HMICFRS Awaiting review; register Complete",
     "HMICFRS", "PEEL 2023/24", d(2023, 10, 12), "13403",
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.",
     None, "Head of Professional Standards", d(2024, 1, 31), COMPLETE,
     "Confidential reporting line (Bad Apple) relaunched Jan 2024 with awareness campaign.")
frow("H51", "conflict", "report differs: register files it under PEEL 2021/22 (report date "
     "19/05/2022, ref AFI 6); HMICFRS lists it under PEEL 2023/24 (12/10/2023); same text, "
     "both open",
     "HMICFRS", "PEEL 2021/22", d(2022, 5, 19), "AFI 6",
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     None, "Director of People", d(2024, 6, 30), OPEN_ON,
     "Self-declaration campaign planned for spring 2024.")
frow("H52", "in_sync", "open on both",
     "HMICFRS", "PEEL 2023/24", d(2023, 10, 12), "13405",
     "The force should develop a clear prevention strategy targeting people most at risk and "
     "make sure activity undertaken prioritises people most at risk.",
     None, "ACC Local Policing", d(2024, 9, 30), OPEN_ON,
     "Prevention strategy drafted; to Force Executive Board April 2024.")
frow("H53", "in_sync", "open on both",
     "HMICFRS", "PEEL 2023/24", d(2023, 10, 12), "13406",
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     None, "Det Ch Supt Force CID", d(2024, 9, 30), OPEN_ON,
     "Operation Soteria allocation model adopted. See CoP INV-02.")

# ---- HMICFRS-sourced register rows that are not on the HMICFRS list ---------------------
frow(None, "not_on_hmicfrs_list", "HMICFRS-sourced row, but the recommendation is addressed to "
     "the Home Office and the NPCC, so it is not on the force's list (force only monitors it)",
     "HMICFRS", "Police powers spotlight (Feb 21)", d(2021, 2, 26), None,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.",
     None, "Ch Insp Legitimacy", "N/A", "Not for force – monitor",
     "Not the force's responsibility to deliver; dependent upon another organisation.")
frow(None, "not_on_hmicfrs_list", "HMICFRS-sourced row from PEEL Legitimacy 2016 with an "
     "HMICFRS-style ref 7702 that is not on the list (closed by HMICFRS earlier and dropped); "
     "same topic as PEEL 2023/24 item 13403 (whistleblowing) but a different item",
     "HMIC", "PEEL Legitimacy 2016", d(2016, 12, 8), "7702",
     "The force should make sure it provides accessible information for all staff and members "
     "of the public on how they can raise concerns and access confidential support (including "
     "through external agencies).",
     None, "Head of Professional Standards", d(2017, 6, 30), PENDING,
     "Intranet and website pages updated. Pending sign off by the chief officer lead.")

# ---- Other sources: every row is not_on_hmicfrs_list ------------------------------------
NOT_ON = "not_on_hmicfrs_list"


def other(source, doc, rdate, ref, text, prio, owner, due, status, update, why):
    frow(None, NOT_ON, why, source, doc, rdate, ref, text, prio, owner, due, status, update)


IA_FIRE = "TIAA 2022/23 – Firearms Licensing"
other("Internal Audit", IA_FIRE, d(2022, 11, 18), "IA-22-11",
      "Temporary permits issued by the Firearms Licensing Unit should be recorded on NFLMS on "
      "the day of issue, and a monthly exception report should be reviewed by the FLU manager "
      "to confirm that no permit has expired without renewal or surrender.",
      "Medium", "Supt Firearms Licensing", d(2023, 3, 31), COMPLETE,
      "Exception report in place from Feb 2023; verified by TIAA follow-up.",
      "internal audit; same topic as HMICFRS 6423 (temporary permits, NFLMS)")
other("Internal Audit", IA_FIRE, d(2022, 11, 18), "IA-22-12",
      "The FLU should produce a monthly backlog report (grants and renewals) for the Firearms "
      "Licensing Board, showing demand against staffing capacity.",
      "Medium", "Firearms Licensing Manager", d(2023, 6, 30), OPEN_ON,
      "Report drafted; capacity modelling with Corporate Development.",
      "internal audit; same topic as HMICFRS 6421 (firearms licensing demand and capacity)")
other("Internal Audit", "TIAA 2022/23 – Seized Property", d(2022, 9, 9), "IA-22-04",
      "Property stores should complete a full stock check of high-value items (cash, drugs, "
      "firearms) at least twice a year, with results reported to the Head of Criminal Justice.",
      "High", "Head of Criminal Justice", d(2023, 1, 31), COMPLETE,
      "Stock checks completed Jan and Jul 2023.",
      "internal audit (seized property)")
other("Internal Audit", "TIAA 2022/23 – Seized Property", d(2022, 9, 9), "IA-22-05",
      "Items past their review date on the property system should be reviewed and disposed of "
      "in line with the force retention policy.",
      "Medium", "Property Manager", d(2023, 9, 30), OPEN_OFF,
      "3,100 items past review date. Disposal contractor procurement delayed.",
      "internal audit (seized property)")
other("Internal audit", "TIAA 2022/23 – Information Management (MoPI)", d(2023, 2, 24),
      "IA-22-08",
      "Records held on Niche that are past their MoPI review date should be reviewed, retained "
      "or deleted, and progress reported to the Information Management Board.",
      "Medium", "Head of Information Management", d(2023, 12, 31), OPEN_OFF,
      "Review team reduced to 2 FTE. Revised date to be agreed at IMB.",
      "internal audit; same topic as HMICFRS 6012 (information management APP audits)")
other("Internal Audit", "TIAA 2022/23 – Fleet Management", d(2023, 3, 10), "IA-22-15",
      "Vehicle defects reported through the fleet app should be logged with a target repair "
      "date and tracked to completion.",
      "Low", "Fleet Manager", d(2023, 6, 30), COMPLETE, "Tranman workflow updated.",
      "internal audit (fleet)")
other("Internal Audit", "TIAA 2023/24 – Vetting", d(2023, 7, 14), "IA-23-03",
      "The Vetting Unit should report vetting renewals falling due in the next six months to the "
      "Vetting Board each month, so that renewals are started before clearance lapses.",
      "High", "Force Vetting Manager", d(2023, 10, 31), OPEN_ON,
      "Monthly renewals report from Core-Vet in test.",
      "internal audit; same topic as HMICFRS 12309 (vetting renewals)")
other("Internal Audit", "TIAA 2023/24 – Vetting", d(2023, 7, 14), "IA-23-04",
      "Decisions to grant vetting clearance where adverse information is held should be "
      "recorded with a written rationale and countersigned by the Force Vetting Manager, in line "
      "with the Vetting APP.",
      "Medium", "Force Vetting Manager", d(2023, 9, 30), COMPLETE,
      "Rationale template and countersignature step added.",
      "internal audit; vetting topic (HMICFRS 12308/12309)")
other("Internal Audit", "TIAA 2023/24 – Payroll", d(2023, 9, 22), "IA-23-07",
      "Overtime claims above 20 hours in a month should be authorised by a line manager of "
      "Inspector grade or above before payment.",
      "Medium", "Payroll Manager", d(2024, 1, 31), OPEN_ON, "DMS authorisation rule being built.",
      "internal audit (payroll)")
other("Internal Audit", "TIAA 2023/24 – Payroll", d(2023, 9, 22), "IA-23-08",
      "The Payroll team should retain evidence of the independent check of the monthly payroll "
      "exception report before the BACS run is released.",
      "High", "Payroll Manager", d(2023, 11, 30), COMPLETE, "Sign-off sheet retained monthly.",
      "internal audit (payroll)")
other("Internal Audit", "TIAA 2023/24 – Payroll", d(2023, 9, 22), "IA-23-09",
      "Leavers' notifications should reach Payroll before the monthly cut-off so that "
      "overpayments are avoided; HR to issue a reminder to line managers.",
      "Low", "Director of People", d(2024, 3, 31), NOT_STARTED, None,
      "internal audit (payroll)")
other("Internal Audit", "TIAA 2023/24 – Risk Management", d(2023, 10, 6), "IA-23-11",
      "The Corporate Risk Register should be reviewed quarterly by the Strategic Risk Board and "
      "each risk should show a named owner, current controls and a target score.",
      "Medium", "Head of Corporate Development", d(2024, 3, 31), OPEN_ON,
      "Register re-formatted; Q3 review held 12/01/2024.",
      "internal audit; same topic as HMICFRS 12305 (corporate risk register)")
other("Internal Audit", "TIAA 2023/24 – Risk Management", d(2023, 10, 6), "IA-23-12",
      "Departmental risk registers should use the corporate risk scoring matrix, and risks "
      "scoring 16 or above should be escalated to the Corporate Risk Register.",
      "Low", "Head of Corporate Development", d(2023, 12, 31), COMPLETE, "Matrix issued.",
      "internal audit (risk management)")
other("Internal Audit", "TIAA 2023/24 – Performance Management and Data Quality",
      d(2023, 11, 17), "IA-23-14",
      "The force should put in place a documented data quality check for the measures in the "
      "monthly Force Performance pack, so that senior leaders can rely on the accuracy of the "
      "data presented.",
      "High", "Head of Corporate Development", d(2024, 4, 30), OPEN_OFF,
      "Analyst vacancies; data quality framework drafted.",
      "internal audit; same topic as HMICFRS 12306 (accurate data for performance management), "
      "which is missing from the register: must not be paired with it")
other("Internal Audit", "TIAA 2023/24 – Counter Fraud and Whistleblowing", d(2023, 12, 1),
      "IA-23-16",
      "The Confidential Reporting (whistleblowing) policy should be refreshed and re-launched, "
      "and staff awareness tested through the next staff survey.",
      "Medium", "Head of Professional Standards", d(2024, 6, 30), OPEN_ON,
      "Policy relaunched Jan 2024; survey question agreed.",
      "internal audit; same topic as HMICFRS 13403 (whistleblowing)")
other("Internal Audit", "TIAA 2023/24 – Purchase Cards", d(2023, 12, 1), "IA-23-18",
      "Purchase card transactions should be reconciled and approved monthly, and cards unused "
      "for six months should be cancelled.",
      "Low", "Head of Finance", d(2024, 2, 29), COMPLETE, "14 dormant cards cancelled.",
      "internal audit (purchase cards)")
other("Internal Audit", "TIAA 2023/24 – Professional Standards Case Management",
      d(2024, 1, 19), "IA-23-20",
      "PSD should record the rationale for every 'no case to answer' and 'no further action' "
      "decision on Centurion, and dip-sample 10% of decisions each quarter for consistency.",
      "Medium", "Head of Professional Standards", d(2024, 6, 30), NOT_STARTED, None,
      "internal audit; same topic as HMICFRS 5120 (misconduct 'no further action' decisions)")

EA_AAR = "Grant Thornton – Auditor's Annual Report 2022/23"
other("External Audit", EA_AAR, d(2023, 12, 7), "VfM IR1",
      "The Chief Constable and PCC should identify recurrent savings to close the budget gap in "
      "the Medium Term Financial Plan from 2025/26, and report progress against the savings "
      "plan to the Joint Audit and Standards Committee.",
      "Improvement", "Director of Finance", d(2024, 3, 31), OPEN_ON,
      "Savings programme of £3.2m identified; £1.1m gap remains.",
      "external audit; same topic as HMICFRS 3010 (savings plans)")
other("External Audit", EA_AAR, d(2023, 12, 7), "VfM IR2",
      "The force should set out how collaboration with neighbouring forces and Cumbria Fire and "
      "Rescue Service will deliver value for money, with benefits tracked through the "
      "collaboration programme.",
      "Improvement", "Head of Corporate Development", d(2024, 9, 30), NOT_STARTED, None,
      "external audit; same topic as HMICFRS 3013 (collaboration), which is missing from the "
      "register: must not be paired with it")
other("External Audit", "Grant Thornton – Audit Findings Report 2022/23", d(2023, 11, 23),
      "AFR 22/23 R1",
      "Management should review the valuer's assumptions for land and buildings each year and "
      "document the review.",
      "Medium", "Head of Finance", d(2024, 3, 31), COMPLETE, "Review documented for 2023/24 "
      "accounts.", "external audit (financial statements)")
other("External Audit", "Grant Thornton – Audit Findings Report 2022/23", d(2023, 11, 23),
      "AFR 22/23 R2",
      "Leavers' network accounts should be disabled on the day of leaving, with a monthly "
      "reconciliation of HR leavers to active accounts.",
      "High", "Head of ICT", d(2024, 1, 31), OPEN_OFF, "Automated feed from HR delayed.",
      "external audit (IT general controls)")
other("External Audit", "Grant Thornton – Audit Findings Report 2021/22", d(2022, 11, 24),
      "AFR 21/22 R4",
      "Management should confirm the completeness of the pension scheme membership data "
      "provided to the actuary.",
      "Low", "Head of Finance", d(2023, 3, 31), CLOSED, "Closed at JASC 15/03/2023.",
      "external audit (pensions)")

other("IOPC", "IOPC learning recommendations – stop and search, Carlisle (2022)",
      d(2022, 8, 11), "IOPC LR 2022-14",
      "Cumbria Constabulary should remind officers that body-worn video must be switched on at "
      "the earliest opportunity during a stop and search and kept running until the encounter "
      "ends.",
      None, "Ch Insp Legitimacy", d(2022, 10, 31), COMPLETE,
      "Force-wide briefing issued; IOPC informed of response 20/10/2022.",
      "IOPC learning; same topic as HMICFRS 11206 bullet 1 (BWV for all stop and search)")
other("IOPC", "IOPC learning recommendations – stop and search, Carlisle (2022)",
      d(2022, 8, 11), "IOPC LR 2022-15",
      "The force should ensure supervisors review the body-worn video footage whenever a "
      "complaint is made about a stop and search, and record any learning for the officer.",
      None, "Head of Professional Standards", d(2023, 1, 31), OPEN_ON,
      "Complaint triage checklist being amended.",
      "IOPC learning; same topic as HMICFRS 11206 bullet 2 (reviewing BWV footage)")
other("IOPC", "IOPC investigation – response to a domestic abuse call (2021)", d(2021, 11, 4),
      "IOPC LR 2021-09",
      "The force should ensure officers complete the DASH risk assessment with the victim in "
      "person, and that supervisors review every high-risk DASH before the end of the tour of "
      "duty.",
      None, "Ch Supt Public Protection", d(2022, 3, 31), COMPLETE,
      "DASH policy rewritten; supervisor review compliance 92%.",
      "IOPC learning (domestic abuse)")
other("IOPC", "IOPC investigation – missing person, West Cumbria (2023)", d(2023, 4, 20),
      "IOPC LR 2023-03",
      "The force should review the guidance given to call handlers on risk-grading reports of "
      "missing people, so that no-one is graded 'no apparent risk' without a supervisor's review.",
      None, "Supt Contact Centre", d(2023, 9, 30), OPEN_ON,
      "Guidance redrafted; FCR supervisors trained.",
      "IOPC learning; same topic as HMICFRS 7310/7311 (missing children risk grading)")
other("IOPC", "IOPC investigation – missing person, West Cumbria (2023)", d(2023, 4, 20),
      "IOPC LR 2023-04",
      "The force should share the learning from this investigation with all control room staff "
      "through the FCR learning bulletin.",
      None, "Supt Contact Centre", d(2023, 6, 30), COMPLETE, "Bulletin issue 14.",
      "IOPC learning (missing person)")
other("IOPC", "IOPC investigation – death in custody, Durranhill (2022)", d(2022, 12, 15),
      "IOPC LR 2022-21",
      "Custody sergeants should record the rationale for the level of observation set for each "
      "detained person, and review it at each handover.",
      None, "Ch Insp Custody", d(2023, 6, 30), OPEN_ON,
      "NSPIS custody template change requested.",
      "IOPC learning; custody topic (HMICFRS 9911 is about children in custody)")
other("IOPC", "IOPC investigation – mental health-related call (2023)", d(2023, 8, 31),
      "IOPC LR 2023-11",
      "The force should deliver refresher training to call handlers and response officers on "
      "recognising mental ill health and on the use of section 136 of the Mental Health Act "
      "1983.",
      None, "Head of Learning & Development", d(2024, 3, 31), OPEN_ON,
      "Included in the 2024 response CPD day.",
      "IOPC learning; same topic as HMICFRS 12307 (mental ill health training)")
other("IOPC", "IOPC investigation – call handling (2022)", d(2022, 6, 9), "IOPC LR 2022-17",
      "The force should review THRIVE+ guidance for call handlers so that repeat callers are "
      "identified and risk is re-assessed at each contact.",
      None, "Supt Contact Centre", d(2022, 12, 31), COMPLETE,
      "Repeat caller flag added to STORM.",
      "IOPC learning; same topic as HMICFRS 4822 (call-handler threat, harm and risk criteria)")

COP_FCR = "College of Policing – Force Control Room peer review (March 2023)"
COP_INV = "College of Policing – Investigative standards peer review (November 2022)"
other("College of Policing", COP_FCR, d(2023, 3, 30), "CoP FCR-01",
      "Review the control room resourcing model so that shift patterns match the demand "
      "profile, including the Friday and Saturday evening peaks, and consider staff wellbeing "
      "in any change.",
      None, "Supt Contact Centre", d(2024, 3, 31), OPEN_ON,
      "Shift consultation with staff associations under way.",
      "peer review; same topic as HMICFRS 12301 (control room resources)")
other("College of Policing", COP_FCR, d(2023, 3, 30), "CoP FCR-02",
      "Introduce a quality assurance framework for call handling, with monthly dip-samples of "
      "THRIVE+ assessments.",
      None, "Supt Contact Centre", d(2023, 9, 30), COMPLETE, "QA team dip-sample 60 calls a month.",
      "peer review (control room QA)")
other("College of Policing", COP_FCR, d(2023, 3, 30), "CoP FCR-03",
      "Develop a structured continuing professional development programme for call handlers "
      "and dispatchers.",
      None, "Head of Learning & Development", d(2024, 6, 30), NOT_STARTED, None,
      "peer review (control room CPD)")
other("College of Policing", COP_INV, d(2022, 11, 25), "CoP INV-01",
      "Supervisors should record a review of each investigation on Niche at set intervals, with "
      "an investigation plan and clear actions.",
      None, "Det Ch Supt Force CID", d(2023, 6, 30), OPEN_ON,
      "Compliance 68% at January dip-sample.",
      "peer review; same topic as HMICFRS 12302 (supervision of investigations)")
other("College of Policing", COP_INV, d(2022, 11, 25), "CoP INV-02",
      "Set a force standard for allocating rape and serious sexual offences investigations to "
      "trained specialist investigators.",
      None, "Det Ch Supt Force CID", d(2023, 12, 31), COMPLETE,
      "Allocation standard agreed at Crime Standards Board.",
      "peer review; same topic as HMICFRS 13406 (RASSO allocation)")
other("College of Policing", COP_INV, d(2022, 11, 25), "CoP INV-03",
      "Review the digital forensics triage process to reduce the backlog of devices awaiting "
      "examination.",
      None, "Head of Digital Forensics", d(2023, 9, 30), OPEN_OFF,
      "Backlog still rising; triage officer post vacant.",
      "peer review; same topic as HMICFRS 12304 (digital evidence retrieval)")

SSP = "Stop and Search & Use of Force Scrutiny Panel – Annual Report 2022/23"
other("Scrutiny Panel", SSP, d(2023, 7, 6), "SSP 22/23-01",
      "Panel members should be given access to samples of body-worn video footage showing stop "
      "and search encounters and use of force incidents, so that the Panel can scrutinise them "
      "at each meeting.",
      None, "Ch Insp Legitimacy", d(2023, 9, 30), COMPLETE, "Footage shown at every meeting.",
      "scrutiny panel; close in wording to HMICFRS 11206 bullet 3 (BWV for scrutiny panels), "
      "which the register holds as its own split row")
other("Scrutiny Panel", SSP, d(2023, 7, 6), "SSP 22/23-02",
      "The force should publish its stop and search data, including disproportionality by "
      "ethnicity, on its website every quarter.",
      None, "Ch Insp Legitimacy", d(2023, 12, 31), OPEN_ON, "Q2 data published; Q3 due March.",
      "scrutiny panel; same topic as HMICFRS 8544 (publish the analysis)")
other("Scrutiny Panel", SSP, d(2023, 7, 6), "SSP 22/23-03",
      "Officers should be reminded to offer a receipt, or the means to obtain one, to every "
      "person searched.",
      None, "Ch Insp Legitimacy", d(2023, 8, 31), COMPLETE, "Briefing issued.",
      "scrutiny panel (stop and search)")
OOCR = "Out of Court Resolutions Scrutiny Panel – report, July 2023"
other("Scrutiny Panel", OOCR, d(2023, 7, 20), "OOCR 23-01",
      "The force should make sure that the victim's views are recorded before a community "
      "resolution is given for a victim-based crime.",
      None, "Head of Criminal Justice", d(2024, 1, 31), OPEN_OFF,
      "Niche mandatory field requested.",
      "scrutiny panel (out of court resolutions)")
other("Scrutiny Panel", OOCR, d(2023, 7, 20), "OOCR 23-02",
      "Officers should record on Niche why an out of court resolution was chosen where the "
      "offender has previous convictions for the same offence.",
      None, "Head of Criminal Justice", d(2024, 3, 31), NOT_STARTED, None,
      "scrutiny panel (out of court resolutions)")

other("Coroner (PFD)", "Regulation 28 report to prevent future deaths – HM Coroner for "
      "Cumbria (2023)", d(2023, 5, 25), "PFD 2023-0412",
      "The force should review its policy on welfare checks requested by other agencies so that "
      "the grading of the call reflects the known risk to the person.",
      None, "Supt Contact Centre", d(2023, 7, 20), OPEN_ON,
      "Response sent to the Coroner 19/07/2023; Right Care Right Person implementation will "
      "address.",
      "coroner's prevention of future deaths report")
other("Organisational Learning", "Operation debrief – Appleby Horse Fair 2023", d(2023, 6, 30),
      "OL-23-05",
      "Review the radio talk-group plan for large planned events so that mutual aid officers "
      "can be contacted.",
      None, "Supt Operations", d(2024, 5, 31), COMPLETE, "New talk-group plan tested.",
      "force's own debrief learning")
other("Force Executive Board", "FEB decision log 12/06/2023", d(2023, 6, 12), "FEB-23-031",
      "Task & Finish group to review the stop and search policy and report to the Force "
      "Executive Board.",
      None, "ACC Local Policing", d(2023, 12, 31), OPEN_ON,
      "T&F group met three times; draft policy out for consultation.",
      "force's own local action on stop and search (not an HMICFRS item)")
other("Domestic Homicide Review", "DHR action plan – Carlisle DHR 2022", d(2022, 10, 3),
      "DHR 22-02",
      "Deliver refresher training on coercive and controlling behaviour to all response and "
      "neighbourhood officers.",
      None, "Head of Learning & Development", d(2023, 12, 31), OPEN_OFF,
      "Training package written; delivery slipped to Q1 2024/25.",
      "domestic homicide review action plan")

# HMICFRS items deliberately absent from the register
MISSING = {
    "H06": "not in the register (collaboration recommendation, Policing in austerity 2014); "
           "external audit VfM IR2 is on a similar topic but is not this item",
    "H19": "not in the register (section 45 defence, Stolen freedom 2017)",
    "H37": "not in the register (anti-social behaviour recording AFI, CDI 2019)",
    "H44": "not in the register (accurate data for performance management, PEEL 2021/22); "
           "internal audit IA-23-14 is on a similar topic but is not this item",
    "H49": "not in the register (team cultures AFI, PEEL 2023/24)",
}

# ---------------------------------------------------------------------------------------
# Register order: rows were added as reports arrived; sort by report date, keep input order
# within a date, and give each an AR number (split rows share a number with a suffix).
# ---------------------------------------------------------------------------------------
rng = random.Random(SEED)


_docs = sorted({r["doc"] for r in F})
_tiebreak = {doc: rng.random() for doc in _docs}  # order of documents that share a date


def _sortkey(i_row):
    i, r = i_row
    return (r["rdate"], _tiebreak[r["doc"]], i)


order = [r for _, r in sorted(list(enumerate(F)), key=_sortkey)]

ar = 0
prev_split = None
for r in order:
    if r["hkey"] in ("H26", "H32"):
        if prev_split != r["hkey"]:
            ar += 1
            sub = 0
            prev_split = r["hkey"]
        sub += 1
        r["ar"] = f"AR-{ar:03d}.{sub}"
    else:
        prev_split = None
        ar += 1
        r["ar"] = f"AR-{ar:03d}"

# ---------------------------------------------------------------------------------------
# Write workbooks
# ---------------------------------------------------------------------------------------
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
STATUS_FILL = {
    OPEN_ON: "FFC000", OPEN_OFF: "FF0000", NOT_STARTED: "FF0000", PENDING: "92D050",
    COMPLETE: "00B050", CLOSED: "BFBFBF", "Not for force – monitor": "FFFFFF",
}


def build_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = "HMICFRS – Recommendations and areas for improvement: Cumbria Constabulary"
    ws["A1"].font = TITLE
    ws["A2"] = ("Definitive list as at 4 March 2024. Includes items closed since 1 April 2023. "
                "Please return the force position to your Force Liaison Lead.")
    heads = ["Unique ID", "Force", "Report title", "Published", "Type",
             "Recommendation / area for improvement", "Status", "Status date",
             "Latest HMICFRS comment"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
    rows = sorted(H, key=lambda h: (REPORTS[h[2]][1], h[1]))
    rowmap = {}
    r = 5
    for key, uid, rep, typ, text, status, sdate, comment in rows:
        title, pub = REPORTS[rep]
        vals = [uid, FORCE, title, pub, typ, text, status, sdate, comment]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        rowmap[key] = f"Definitive list!{r}"
        r += 1
    widths = [10, 20, 40, 12, 22, 80, 16, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:I{r - 1}"
    _save(wb, path)
    return rowmap


def build_tracker(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = "Cumbria Constabulary – Corporate Assurance Recommendations Register"
    ws["A1"].font = TITLE
    ws["A2"] = ("Maintained by Strategic Development (Organisational Learning). All external and "
                "internal assurance recommendations. Reported quarterly to the Joint Audit and "
                "Standards Committee. Last updated 26/02/2024.")
    heads = ["AR No.", "Source", "Source document", "Report date", "Ref",
             "Recommendation", "Priority", "Owner", "Due date", "Status", "Latest update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
    r = 5
    for row in order:
        vals = [row["ar"], row["source"], row["doc"], row["rdate"], row["ref"], row["text"],
                row["prio"], row["owner"], row["due"], row["status"], row["update"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=10).fill = PatternFill("solid", fgColor=STATUS_FILL[row["status"]])
        row["row_id"] = f"Register!{r}"
        r += 1
    last = r - 1
    r += 1  # blank row
    ws.cell(row=r, column=1, value="Notes").font = BOLD
    ws.cell(row=r + 1, column=1, value=(
        "HMICFRS items: 'Complete' means evidence has been submitted to HMICFRS for closure; "
        "HMICFRS confirm closure on the monitoring portal. Items closed by the originating body "
        "(or agreed at JASC) are marked 'Closed'."))
    ws.cell(row=r + 2, column=1, value=(
        "Source abbreviations: IA = internal audit (TIAA); VfM IR / AFR = external audit (Grant "
        "Thornton); IOPC LR = IOPC learning recommendation; CoP = College of Policing; SSP / "
        "OOCR = scrutiny panels; PFD = Regulation 28 report."))
    widths = [10, 16, 36, 12, 14, 80, 12, 26, 14, 22, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "C5"
    ws.auto_filter.ref = f"A4:K{last}"

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = TITLE
    key_rows = [
        ("Status", "Meaning", "Colour"),
        (NOT_STARTED, "No action yet taken by the owner", "Red"),
        (OPEN_ON, "Work in progress, expected by the due date", "Amber"),
        (OPEN_OFF, "Work in progress, beyond or unlikely to meet the due date (rationale required)",
         "Red"),
        (PENDING, "Owner reports action complete; evidence with Organisational Learning for "
                  "sign-off by the chief officer lead", "Light green"),
        (COMPLETE, "Signed off. HMICFRS items: evidence submitted to HMICFRS for closure",
         "Green"),
        (CLOSED, "Closed by the originating body (HMICFRS, auditor, IOPC) or at JASC", "Grey"),
        ("Not for force – monitor", "Not the force's responsibility to deliver; monitored only",
         "White"),
    ]
    for i, kr in enumerate(key_rows, 3):
        for c, v in enumerate(kr, 1):
            cell = key.cell(row=i, column=c, value=v)
            if i == 3:
                cell.font = BOLD
    key["A13"] = "Priority (audit recommendations only)"
    key["A13"].font = BOLD
    for i, (p, m) in enumerate([("High", "Fundamental control weakness"),
                                ("Medium", "Significant control weakness"),
                                ("Low", "Housekeeping / best practice"),
                                ("Improvement", "External audit VfM improvement recommendation")],
                               14):
        key.cell(row=i, column=1, value=p)
        key.cell(row=i, column=2, value=m)
    key.column_dimensions["A"].width = 28
    key.column_dimensions["B"].width = 80
    _save(wb, path)


def _save(wb, path):
    wb.properties.creator = "Organisational Learning"
    wb.properties.lastModifiedBy = "Organisational Learning"
    wb.properties.created = FIXED_TS
    buf = io.BytesIO()
    wb.save(buf)
    # Re-pack with fixed timestamps so the build is byte for byte reproducible.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-03-04T09:30:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hmap = build_hmicfrs(OUT / "hmicfrs.xlsx")
    build_tracker(OUT / "tracker.xlsx")

    lines = []
    hkeys_seen = set()
    # one line per HMICFRS item in list order, its force rows first
    for h in sorted(H, key=lambda h: (REPORTS[h[2]][1], h[1])):
        k = h[0]
        frs = [r for r in order if r["hkey"] == k]
        if not frs:
            lines.append((hmap[k], "", "missing_from_force", MISSING[k]))
        for r in frs:
            lines.append((hmap[k], r["row_id"], r["cat"], r["why"]))
        hkeys_seen.add(k)
    for r in order:
        if r["hkey"] is None:
            label = f"{r['source']} {r['ref']}" if r["ref"] else r["source"]
            lines.append(("", r["row_id"], r["cat"], f"{label}: {r['why']}"))
    assert set(MISSING) == {h[0] for h in H} - {r["hkey"] for r in F if r["hkey"]}
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
