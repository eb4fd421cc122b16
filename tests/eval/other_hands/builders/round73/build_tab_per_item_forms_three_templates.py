"""Build the round-73 case A: `tab_per_item_forms_three_templates`.

Force side: Northamptonshire Police's HMICFRS improvement-plan workbook, one worksheet per
recommendation / area for improvement, each tab a small label/value form with the force's
action table under it.  Three generations of the form live side by side (2015-17 "v1",
2018-20 "v2", 2021+ "v3"), each with its own status vocabulary and key.

HMICFRS side: a plain CSV export of the monitoring portal's register for the force.

Run with /work/main/.venv/bin/python; writes /tmp/indep73/tab_per_item_forms_three_templates/.
Deterministic: fixed seed, fixed workbook properties; no clock.
"""

from __future__ import annotations

import csv
import io
import os
import random
from datetime import date, datetime

import xlsxwriter

CASE = "tab_per_item_forms_three_templates"
OUT = os.path.join("/tmp/indep73", CASE)
FORCE = "Northamptonshire Police"
RNG = random.Random(7301)

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --------------------------------------------------------------------------------------------
# HMICFRS texts: real public wording (Open Government Licence), copied as literals from
# /work/main/reconcile/casegen/texts/ and /work/shared/data/real_recommendations.csv.
# --------------------------------------------------------------------------------------------
T = {}
T["sas13_1"] = ("Chief Constables and the College of Policing should establish in the Stop and "
                "Search Authorised Professional Practice document a clear specification of what "
                "constitutes the effective and fair exercise of stop and search powers, and "
                "guidance in this respect. This should be compliant with the Code of Practice.")
T["sas13_2"] = ("Chief Constables should establish or improve monitoring of the way officers stop "
                "and search people, so that they can be satisfied their officers are acting in "
                "accordance with the law (including equality legislation and the Code of "
                "Practice), and that the power is used effectively to prevent crime, catch "
                "criminals and maintain public trust.")
T["sas13_3"] = ("Chief Constables should, in consultation with elected local policing bodies, "
                "ensure that they comply with the code of practice by explaining to the public "
                "the way stop and search powers are used in their areas and by making "
                "arrangements for stop and search records to be scrutinised by community "
                "representatives. This should be done in a way that involves those people who "
                "are stopped and searched, for example, young people.")
T["everyone"] = (
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
EVERYONE_RUN_ON = (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.",
    "Chief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect. HMIC will "
    "inspect forces' progress on domestic abuse as part of its new annual all-force "
    "inspection programme. Police and crime commissioners and chief constables should be "
    "called upon to report publicly on progress, as well as to the national oversight "
    "and monitoring group.")
T["aus_1"] = ("All Chief Constables and PCCs should review their plans to deliver savings to "
              "ensure they are doing all they can to continue to reduce crime and protect the "
              "front line while balancing their budgets. They should use the data and "
              "information contained in this report, and in HMIC's Value for Money profiles, "
              "when conducting their reviews")
T["aus_2"] = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their "
              "savings through collaboration should assess whether there is scope to improve "
              "on this position. HMIC will follow up the assessments in the autumn.")
T["aus_3"] = ("Chief Constables and PCCs in forces that are planning to reduce the proportion "
              "of their workforce and/or police officers on the front line should assess "
              "whether they have taken the decisive action seen in many forces in order to "
              "maintain their crime fighting capacity. HMIC will follow up the assessments in "
              "the autumn.")
T["aus_4"] = ("In preparation for the next spending round period all Chief Constables and PCCs "
              "should review their plans for collaboration. In particular they should consider "
              "whether there is scope to deliver better value for money and improved "
              "capability and capacity through joint working with other forces, the public "
              "and/or the private sector.")
T["core_1"] = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
               "that have not yet done so, should provide call-handlers with specific, sound and "
               "comprehensible criteria against which they can assess threat, harm and risk.")
T["core_2"] = ("By 31 March 2015 all forces should ensure that crime prevention or disruption "
               "activity carried out is systematically recorded and subsequently evaluated to "
               "determine the effectiveness of tactics being employed.")
T["integrity"] = ("By 31 August 2015, all chief constables should satisfy themselves that they "
                  "have processes in place to ensure that investigations into misconduct by "
                  "officers and staff resulting in “no further action” are fair and free of any "
                  "form of discrimination.")
T["sas15"] = ("Chief constables should, in consultation with police and crime commissioners, "
              "ensure that they comply with the Code of Practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example young people.")
T["picture"] = ("By 30 November 2015, chief constables should put in place arrangements to "
                "scrutinise audits of compliance with the APP on information management through "
                "the force information management governance structure. This should include "
                "measures to ensure that categorisation of records are regularly adjusted.")
T["fl_1"] = ("Within three months, all chief constables should assess how well the governance "
             "of firearms licensing in his or her force meets the standards set out in "
             "Authorised Professional Practice. Chief constables of forces where the "
             "governance standards are not being complied with should put in place "
             "immediately the correct arrangements and procedures in order to meet the "
             "standards in full.")
T["fl_2"] = ("Within three months, all chief constables should assess the demand placed on their "
             "firearms licensing department and ensure it has the capacity to meet this demand and "
             "provide an efficient and effective service at all times.")
T["fl_3"] = ("Immediately, all chief constables should satisfy themselves that all appropriate "
             "action is being taken by their force with regard to ‘total expired’ licensing "
             "records.")
T["fl_4"] = ("Within three months, all chief constables should ensure that their arrangements "
             "in respect of the use of temporary permits are in accordance with the Home "
             "Office guidance; that temporary permits are properly recorded without delay on "
             "the National Firearms Licensing Management System; and that effective systems "
             "exist to ensure certificate holders are not permitted, at any time, to remain "
             "in unlawful possession of a firearm.")
T["fl_5"] = ("Within three months, all chief constables should ensure that systems designed "
             "to identify, prior to police attendance, whether a reported incident involves "
             "or is at the address of a firearm certificate holder are in place and are "
             "always applied by staff dispatching officers to incidents; and that officers "
             "understand the risk assessment which they should be undertaking in such "
             "circumstances, and their power, when appropriate, to seize firearms and firearm "
             "certificates.")
T["eff15_1"] = ("The force should undertake further work to gain a fuller understanding of "
                "current demand for its services, and likely future changes in demand. This is "
                "so it can make best use of its resources by matching them to demand to meet the "
                "needs of the public")
T["eff15_2"] = "The force should develop its understanding of the links between its outcomes, outputs and costs"
T["eff15_3"] = ("The force should develop a future workforce plan that is aligned with its overall "
                "demand and budget. The plan should include future resource allocations, the mix "
                "of skills required by the workforce and behaviours expected of them.")
T["eff16_coc"] = ("The force’s current approach to domestic abuse is unacceptable. The proportion "
                  "of victims who fail to support the investigation and the low use of police "
                  "powers of arrest and prosecution is a cause of concern to HMIC.")
T["eff16_1"] = ("In order to improve the service it provides to victims of domestic abuse, offer "
                "the best possible protection and bring more perpetrators to justice, the force "
                "should immediately consider ways of increasing the use of arrest, ancillary "
                "orders and other available powers.")
T["eff16_2"] = ("To improve the service provided to victims of domestic abuse the force should "
                "immediately take steps to understand and address the reason behind why such a "
                "high proportion of victims of domestic abuse do not support the police "
                "investigation.")
T["eff16_3"] = ("In addition, the practice of conducting domestic abuse risk assessments over the "
                "telephone and dealing with domestic abuse in the resolution centre should cease")
T["cdi_1"] = (
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
T["cdi_2"] = ("Within three months, the force should provide call-handlers with specific, sound "
              "and comprehensible criteria against which they can assess threat, harm and risk.")
T["cdi_3"] = ("Immediately, the force should revise its approach to cautions, cannabis warning and "
              "penalty notices for disorder to ensure that there is a clear and auditable "
              "explanation to the offender of the implications of receiving the warning and "
              "that, for victim-based crimes, there is a clear and auditable record that views "
              "of the victim are considered prior to their issue.")
T["cdi_4"] = ("By March 2018, the force should take steps to ensure it fully complies with "
              "national crime recording standard (NCRS) requirements for offences identified as "
              "modern slavery and human trafficking.")
T["cdi_a1"] = ("The force should make sure it records reports of stalking and harassment "
               "accurately and without delay.")
T["cdi_a2"] = "The force should make sure it records reports of hate crime accurately and without delay."
T["sf_1"] = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
T["sf_2"] = ("Within six months, forces should have in place active information-sharing "
             "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
             "and in order to safeguard victims better and to identify suspects as early as "
             "possible")
T["sf_3"] = ("Immediately, forces should ensure that all victims carrying out criminal acts "
             "under compulsion attributable to slavery or exploitation are afforded the "
             "protection of early and continuing consideration of the applicability of the "
             "section 45 defence.")
T["sf_4"] = ("Immediately, forces should take steps to ensure they are fully compliant with "
             "the NRM process as it evolves and are implementing the requirement placed upon "
             "them under the Modern Slavery Act 2015 to notify the Home Office of any "
             "individual suspected to be an adult victim of modern slavery or human "
             "trafficking.")
T["sf_5"] = ("Immediately, forces should take steps to ensure they fully comply with national "
             "crime recording standard (NCRS) requirements for offences identified as modern "
             "slavery and human trafficking and that sufficient audit capacity is available "
             "to the force crime registrar to provide reassurance that each force is "
             "identifying and managing any gaps in its crime-recording accuracy for these "
             "types of offences.")
T["sf_6"] = ("Immediately, forces should ensure that allegations or indications of modern "
             "slavery and human trafficking are thoroughly investigated and effectively "
             "supervised by teams and individuals with the skills and experience to undertake "
             "them (this should include the use where appropriate of joint intelligence teams "
             "and other means to obtain intelligence and evidence from agencies overseas).")
T["sf_7"] = ("Immediately, forces should review their use of preventative powers under the "
             "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
             "of those deemed to pose a clear threat to others in respect of modern slavery "
             "and human trafficking offences are exploited.")
T["efc17"] = ("By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force. The Home Office, National Police "
              "Chiefs' Council and Association of Police and Crime Commissioners should "
              "support the development of these plans by establishing a national framework "
              "which allows for the provision of digitally enabled services across force "
              "boundaries.")
T["eff17_afi"] = ("The force should ensure that it has sufficient resources available in the "
                  "control room to fulfil its resourcing model, and so to meet its demand, while "
                  "also taking into account the wellbeing of its workforce.")
T["leg17_coc"] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of "
                  "stop and search powers is consistently reasonable and fair. In particular, "
                  "there is over-representation of BAME people, and black people in particular, "
                  "in stop and search data which many forces are unable to explain.")
T["leg17_1"] = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
T["leg17_2"] = ("Where forces identify disparities through monitoring, they should demonstrate "
                "to the public that they have:\n"
                "•carried out research and analysis in an attempt to understand the reasons for "
                "the disparity, and •taken action to reduce the disparity, where necessary;")
T["leg17_3"] = ("We expect forces to publish this analysis and any actions taken at least on an "
                "annual basis, from July 2018.")
T["leg17_4"] = ("By July 2018, and ongoing following that date, forces should ensure that all "
                "officers who use stop and search powers have been provided with, and "
                "understand, training on unconscious bias and College of Policing APP on stop "
                "and search.")
T["vet_coc"] = "The size of the vetting backlog within Northamptonshire Police is a cause of concern."
T["vet_1"] = ("The force should ensure all staff have received at least the lowest level of "
              "vetting clearance for their roles as quickly as possible, working to clear both "
              "the vetting backlog and new vetting renewals when they become due so that it "
              "complies fully with the national vetting guidelines.")
T["p19_coc"] = ("The force does not have the capacity or capability to investigate crime "
                "effectively and this is affecting the service being provided to the public. "
                "There are failings in the way that crimes are being investigated.")
T["p19_1"] = ("HMIC recommends that within six months the force should: improve its ability to "
              "retrieve digital evidence from mobile phones, computers and other electronic "
              "devices quickly enough to ensure investigations are not delayed;")
T["p19_2"] = ("HMIC recommends that within six months the force should: improve its "
              "understanding of suspects released under investigation and the management of "
              "those released on bail;")
T["p19_3"] = ("HMIC recommends that within six months the force should: ensure regular and "
              "active supervision of the quality and progress of investigations. This "
              "supervision should be properly recorded;")
T["p19_a1"] = ("The force should improve its use of its crime-recording and management system to "
               "better manage its case files and investigative processes.")
T["p19_a2"] = ("The force should make sure it has access to accurate data and analysis to support "
               "effective performance management.")
T["ncpi"] = (
    "Within six months Northamptonshire Police should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete "
    "detention certificates if a child is detained for any reason in police custody following "
    "charge;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested.")
T["pp_1"] = ("By July 2022, forces should ensure that officers and staff have effective "
             "communication skills, in line with the National Policing Guidelines on Conflict "
             "Management. This should be in addition to existing training on conflict "
             "management and de-escalation.")
T["pp_2"] = ("By July 2021, forces should ensure that communication skills are reinforced as "
             "part of the programme of continuing professional development for officers and "
             "staff, and that supervisors are supported to routinely and frequently debrief "
             "officers on these skills using body-worn video footage.")
T["pp_3"] = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
T["pp_4"] = ("The Home Office and the NPCC should take steps to ensure that the quality of the "
             "data collected on the number of incidents where force has been used to effect a "
             "stop and search is sufficient for publication. The Home Office should publish "
             "this data as soon as possible.")
T["pp_5"] = ("By July 2021, forces should ensure they have effective internal monitoring "
             "processes on the use of force, to help them to identify and understand "
             "disproportionate use, explain the reasons and implement any necessary "
             "improvement action.")
T["p22_1"] = ("The force should improve how it works with partner organisations to safeguard "
              "people at risk from child sexual exploitation.")
T["p22_2"] = ("The force should make sure investigations of domestic abuse are allocated to "
              "officers with the right skills and are effectively supervised.")
T["p22_3"] = ("The force should make sure victims of fraud are kept informed about the progress "
              "of their case, in line with the Code of Practice for Victims of Crime.")
T["p22_4"] = ("The force should improve the timeliness of its response to calls for service "
              "involving vulnerable adults.")
T["p22_5"] = ("The force should make sure its analysis of serious and organised crime informs "
              "its strategic assessment and control strategy.")
T["p22_6"] = ("The force should review how it gathers and uses equality and diversity data to "
              "improve its understanding of its workforce demographics.")
T["p22_7"] = ("The force should make sure officers and staff have the training they need to "
              "identify and respond to stalking and harassment.")
T["p24_1"] = T["p22_2"]
T["p24_2"] = ("The force should make sure it has enough specialist capacity and capability to "
              "investigate online child sexual abuse.")
T["p24_3"] = ("The force should improve how it gathers, assesses and acts on intelligence about "
              "county lines drug dealing.")
T["p24_4"] = ("The force should make sure the corporate risk register is actively used to "
              "mitigate and manage known risks.")
T["p24_5"] = ("The force should make sure all processes in place to support performance "
              "management are effective.")

# --------------------------------------------------------------------------------------------
# Reports as HMICFRS names them, with publication dates.
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", date(2013, 7, 9), "National"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", date(2014, 3, 27), "National"),
    "aus": ("Policing in austerity: Meeting the challenge", date(2014, 7, 22), "National"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", date(2014, 9, 4), "National"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", date(2015, 1, 30), "National"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", date(2015, 3, 24), "National"),
    "picture": ("Building the picture: an inspection of police information management", date(2015, 7, 1), "National"),
    "fl": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", date(2015, 9, 15), "National"),
    "eff15": ("PEEL: Police efficiency 2015", date(2015, 10, 15), "Force"),
    "eff16": ("PEEL: Police effectiveness 2016", date(2017, 3, 2), "Force"),
    "cdi": ("Crime data integrity inspection 2017", date(2017, 9, 14), "Force"),
    "sf": ("Stolen freedom: the policing response to modern slavery and human trafficking", date(2017, 10, 24), "National"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", date(2017, 11, 9), "National"),
    "eff17": ("PEEL: Police efficiency 2017", date(2017, 11, 9), "Force"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", date(2017, 12, 12), "National"),
    "vet": ("PEEL: Police legitimacy 2017", date(2017, 12, 12), "Force"),
    "ncpi": ("National child protection inspection 2018", date(2018, 6, 26), "Force"),
    "p19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", date(2019, 5, 2), "Force"),
    "pp": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", date(2021, 2, 26), "National"),
    "p22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", date(2022, 6, 10), "Force"),
    "p24": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy", date(2024, 8, 22), "Force"),
}

C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_PEEL = ("This area of activity has subsequently been inspected in HMIC's PEEL Efficiency "
          "inspections. Where a cause of concern still exists this will appear in the register "
          "against these subsequent inspections.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")

# key: (report, type, status, status date, comment)
H = [
    ("sas13_1", "sas13", NAT, "Complete", date(2015, 6, 2), C_DONE),
    ("sas13_2", "sas13", NAT, "Complete", date(2015, 6, 2), C_DONE),
    ("sas13_3", "sas13", NAT, "Superseded", date(2015, 3, 24), "Superseded by the recommendation made in Stop and search powers 2 (March 2015)."),
    ("everyone", "everyone", NAT, "Complete", date(2015, 3, 31), C_DONE),
    ("aus_1", "aus", NAT, "No further action required", date(2017, 11, 1), C_PEEL),
    ("aus_2", "aus", NAT, "No further action required", date(2017, 11, 1), C_PEEL),
    ("aus_3", "aus", NAT, "No further action required", date(2017, 11, 1), C_PEEL),
    ("aus_4", "aus", NAT, "No further action required", date(2017, 11, 1), C_PEEL),
    ("core_1", "core", NAT, "Complete", date(2016, 2, 18), C_DONE),
    ("core_2", "core", NAT, "Awaiting review", date(2014, 9, 4), C_REV),
    ("integrity", "integrity", NAT, "Complete", date(2016, 4, 12), C_DONE),
    ("sas15", "sas15", NAT, "Being progressed", date(2019, 7, 30), C_MON),
    ("picture", "picture", NAT, "Complete", date(2016, 9, 6), C_AUTH),
    ("fl_1", "fl", NAT, "Complete", date(2016, 5, 10), C_DONE),
    ("fl_2", "fl", NAT, "Complete", date(2016, 5, 10), C_DONE),
    ("fl_3", "fl", NAT, "Complete", date(2016, 5, 10), C_DONE),
    ("fl_4", "fl", NAT, "Being progressed", date(2018, 1, 22), C_MON),
    ("fl_5", "fl", NAT, "Being progressed", date(2018, 1, 22), C_MON),
    ("eff15_1", "eff15", AFI, "Complete", date(2016, 11, 3), C_AUTH),
    ("eff15_2", "eff15", AFI, "Complete", date(2016, 11, 3), C_AUTH),
    ("eff15_3", "eff15", AFI, "Superseded", date(2017, 11, 9), C_PEEL),
    ("eff16_coc", "eff16", COC, "Complete", date(2018, 3, 22), C_AUTH),
    ("eff16_1", "eff16", REC, "Complete", date(2018, 3, 22), C_AUTH),
    ("eff16_2", "eff16", REC, "Being progressed", date(2018, 3, 22), C_MON),
    ("eff16_3", "eff16", REC, "Complete", date(2017, 9, 28), C_DONE),
    ("cdi_1", "cdi", REC, "Being progressed", date(2019, 2, 12), C_MON),
    ("cdi_2", "cdi", REC, "Complete", date(2018, 4, 17), C_DONE),
    ("cdi_3", "cdi", REC, "Being progressed", date(2019, 2, 12), C_MON),
    ("cdi_4", "cdi", REC, "Being progressed", date(2019, 2, 12), C_MON),
    ("cdi_a1", "cdi", AFI, "Being progressed", date(2019, 2, 12), C_MON),
    ("cdi_a2", "cdi", AFI, "Being progressed", date(2019, 2, 12), C_MON),
    ("sf_1", "sf", NAT, "Being progressed", date(2019, 10, 8), C_MON),
    ("sf_2", "sf", NAT, "Complete", date(2019, 10, 8), C_DONE),
    ("sf_3", "sf", NAT, "Being progressed", date(2019, 10, 8), C_MON),
    ("sf_4", "sf", NAT, "Complete", date(2020, 1, 14), C_DONE),
    ("sf_5", "sf", NAT, "Being progressed", date(2019, 10, 8), C_MON),
    ("sf_6", "sf", NAT, "Being progressed", date(2019, 10, 8), C_MON),
    ("sf_7", "sf", NAT, "Being progressed", date(2019, 10, 8), C_MON),
    ("efc17", "efc17", NAT, "Being progressed", date(2019, 3, 5), C_MON),
    ("eff17_afi", "eff17", AFI, "Complete", date(2019, 3, 5), C_DONE),
    ("leg17_coc", "leg17", COC, "Being progressed", date(2020, 6, 30), C_MON),
    ("leg17_1", "leg17", NAT, "Being progressed", date(2020, 6, 30), C_MON),
    ("leg17_2", "leg17", NAT, "Being progressed", date(2020, 6, 30), C_MON),
    ("leg17_3", "leg17", NAT, "Complete", date(2020, 6, 30), C_DONE),
    ("leg17_4", "leg17", NAT, "Complete", date(2020, 6, 30), C_DONE),
    ("vet_coc", "vet", COC, "Complete", date(2019, 9, 17), C_AUTH),
    ("vet_1", "vet", REC, "Complete", date(2019, 9, 17), C_AUTH),
    ("ncpi", "ncpi", REC, "Awaiting review", date(2018, 6, 26), C_NEW),
    ("p19_coc", "p19", COC, "Being progressed", date(2021, 3, 9), C_MON),
    ("p19_1", "p19", REC, "Complete", date(2021, 3, 9), C_DONE),
    ("p19_2", "p19", REC, "Being progressed", date(2021, 3, 9), C_MON),
    ("p19_3", "p19", REC, "Complete", date(2021, 3, 9), C_DONE),
    ("p19_a1", "p19", AFI, "Complete", date(2021, 3, 9), C_DONE),
    ("p19_a2", "p19", AFI, "Being progressed", date(2021, 3, 9), C_MON),
    ("pp_1", "pp", NAT, "Complete", date(2023, 2, 7), C_DONE),
    ("pp_2", "pp", NAT, "Being progressed", date(2023, 2, 7), C_MON),
    ("pp_3", "pp", NAT, "Being progressed", date(2023, 2, 7), C_MON),
    ("pp_4", "pp", NAT, "Awaiting review", date(2021, 2, 26), C_NEW),
    ("pp_5", "pp", NAT, "Being progressed", date(2023, 2, 7), C_MON),
    ("p22_1", "p22", AFI, "Complete", date(2024, 8, 22), C_DONE),
    ("p22_2", "p22", AFI, "Complete", date(2024, 8, 22), C_DONE),
    ("p22_3", "p22", AFI, "Being progressed", date(2024, 8, 22), C_MON),
    ("p22_4", "p22", AFI, "Being progressed", date(2024, 8, 22), C_MON),
    ("p22_5", "p22", AFI, "Being progressed", date(2024, 8, 22), C_MON),
    ("p22_6", "p22", AFI, "Complete", date(2024, 8, 22), C_DONE),
    ("p22_7", "p22", AFI, "Being progressed", date(2024, 8, 22), C_MON),
    ("p24_1", "p24", AFI, "Being progressed", date(2025, 5, 13), C_MON),
    ("p24_2", "p24", AFI, "Being progressed", date(2025, 5, 13), C_MON),
    ("p24_3", "p24", AFI, "Awaiting review", date(2024, 8, 22), C_NEW),
    ("p24_4", "p24", AFI, "Awaiting review", date(2024, 8, 22), C_NEW),
    ("p24_5", "p24", AFI, "Being progressed", date(2025, 5, 13), C_MON),
]
HMIC = {k: dict(key=k, rep=r, type=t, status=s, sdate=d, comment=c, text=T[k]) for k, r, t, s, d, c in H}

# Register IDs: plain integers unique across the whole register, assigned in order of
# publication with gaps (other forces' items in between).
_next = 1180
for _rk in sorted(REPORTS, key=lambda r: (REPORTS[r][1], r)):
    _next += RNG.randint(400, 1400) if REPORTS[_rk][1].year < 2021 else RNG.randint(2500, 6000)
    for _k, _r, *_ in H:
        if _r == _rk:
            HMIC[_k]["id"] = _next
            _next += RNG.randint(1, 3)


# --------------------------------------------------------------------------------------------
# Force tabs.  Each wording entry: (label, text_or_paragraph_list, [(hkey, category, why)]).
# --------------------------------------------------------------------------------------------
def L(h, cat, why):
    return (h, cat, why)


TABS = []


def tab(**kw):
    TABS.append(kw)


# ---------------------- v1 (2015-2017): "HMIC Recommendation – Action Plan" ------------------
V1 = dict(tpl="v1")
tab(name="S&S13 R1", **V1, hidden=True, report="Stop & Search powers (HMIC 2013)",
    published=date(2013, 7, 9), no="1", lead="ACC Operations", status="Green",
    updated=date(2015, 5, 20), topic="stop and search APP",
    wording=[("Recommendation:", "CCs & CoP should establish in the S&S APP a clear specification of what constitutes the effective and fair exercise of S&S powers, & guidance. Should be compliant with Code of Practice.",
              [L("sas13_1", "in_sync", "Stop and search 2013 rec 1 (APP specification), abbreviated; hidden v1 tab says Green, which the tab's own key defines as discharged; HMICFRS Complete. Both closed.")])])
tab(name="S&S13 R2", **V1, hidden=True, report="Stop & Search powers (HMIC 2013)",
    published=date(2013, 7, 9), no="2", lead="ACC Operations", status="GREEN",
    updated=date(2015, 5, 20), topic="stop and search monitoring",
    wording=[("Recommendation:", "Chief Constables should establish or improve monitoring of the way officers stop & search people, so they can be satisfied officers are acting in accordance with the law (incl. equality legislation & the Code) and that the power is used effectively to prevent crime, catch criminals & maintain public trust.",
              [L("sas13_2", "in_sync", "Stop and search 2013 rec 2 (monitoring), lightly abbreviated; v1 GREEN = discharged on the tab's key; HMICFRS Complete. Both closed.")])])
tab(name="DA Everyones Bus", **V1, hidden=True, report="Domestic abuse - Everyone's business",
    published=date(2014, 3, 27), no="National Rec 1", lead="Ch Supt Protecting Vulnerable People",
    status="GREEN", updated=date(2015, 2, 11), topic="the domestic abuse action plan",
    wording=[("Recommendation:", [
        "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.",
        "This action plan should be developed:",
        "• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;",
        "• after close consideration of all the recommendations in this report;",
        "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20",
        "• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.",
        EVERYONE_RUN_ON[0],
        EVERYONE_RUN_ON[1]],
              [L("everyone", "in_sync", "Everyone's business DA action plan, pasted from the report one paragraph per row (rows 7-14, one item, row 7 carries it); GREEN = discharged on the v1 key; HMICFRS Complete. Both closed.")])])
tab(name="Austerity 14", **V1, hidden=False, report="Policing in Austerity – Meeting the Challenge",
    published=date(2014, 7, 22), no="Recs 1-4", lead="Director of Finance", status="Amber",
    updated=date(2016, 10, 4), topic="the savings and collaboration plans",
    wording=[("Recommendation:",
              "1. All CCs and PCCs to review plans to deliver savings – continue to reduce crime & protect the front line while balancing budgets (use HMIC VfM profiles).\n"
              "2. Forces planning to deliver less than 10% of savings through collaboration to assess whether scope to improve. HMIC to follow up in the autumn.\n"
              "3. Forces reducing proportion of workforce / officers on the front line to assess whether they have taken decisive action to maintain crime fighting capacity.\n"
              "4. Ahead of next spending round review plans for collaboration – scope for better VfM & improved capability/capacity through joint working with other forces, public &/or private sector.",
              [L("aus_1", "closeable_local", "One cell holds all four Austerity recs (numbered 1-4); point 1 = review savings plans. Force Amber (open); HMICFRS No further action required (closed).") ,
               L("aus_2", "closeable_local", "Same cell, point 2 = collaboration below 10% of savings (figure agrees). Force Amber; HMICFRS No further action required."),
               L("aus_3", "closeable_local", "Same cell, point 3 = front-line workforce reduction. Force Amber; HMICFRS No further action required."),
               L("aus_4", "closeable_local", "Same cell, point 4 = collaboration before next spending round. Force Amber; HMICFRS No further action required.")])])
tab(name="Core Bus R1", **V1, hidden=True, report="Core business", published=date(2014, 9, 4),
    no="1", lead="Supt Force Control Room", status="Green", updated=date(2016, 1, 12),
    topic="THRIVE call-handling criteria",
    wording=[("Recommendation:", "Not later than 31 March 2015 forces using a THR policy should provide call-handlers with specific, sound & comprehensible criteria to assess threat, harm and risk.",
              [L("core_1", "in_sync", "Core Business rec 1 (call-handler threat/harm/risk criteria), abbreviated, same 31 March 2015 deadline; Green = discharged; HMICFRS Complete.")])])
tab(name="Core Bus R2", **V1, hidden=True, report="Core business", published=date(2014, 9, 4),
    no="2", lead="Supt Neighbourhood Policing", status="Green", updated=date(2016, 1, 12),
    topic="crime prevention activity recording",
    wording=[("Recommendation:", "By 31 March 2015 all forces should ensure crime prevention/disruption activity is systematically recorded and evaluated to determine effectiveness of tactics",
              [L("core_2", "closeable_submit", "Core Business rec 2 (record and evaluate prevention activity); hidden tab, Green = discharged on the v1 key; HMICFRS still Awaiting review (open). Force done, HMICFRS open.")])])
tab(name="Integrity Matters", **V1, hidden=True, report="Integrity matters",
    published=date(2015, 1, 30), no="1", lead="Head of Professional Standards", status="Green",
    updated=date(2016, 3, 1), topic="PSD no-further-action decisions",
    wording=[("Recommendation:", "By 31 August 2016, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers & staff resulting in 'no further action' are fair and free of any form of discrimination.",
              [L("integrity", "conflict", "Same Integrity matters rec word for word except the deadline: the tab says 'By 31 August 2016', HMICFRS 'By 31 August 2015'. Timescale disagrees, so conflict (both sides otherwise closed: Green / Complete).")])])
tab(name="S&S2 2015", tpl="v3", hidden=False, report="Stop and search powers 2 (2015)",
    published="24/03/2015", refno="Rec 1", type_="National recommendation", portal_id=None,
    theme="Legitimacy – fair treatment", col="ACC Operations", dl="Insp Stop & Search lead",
    status="AMBER", submitted=None, updated=date(2024, 11, 19), topic="stop and search community scrutiny",
    wording=[("Recommendation / AFI (verbatim)", "Chief constables should, in consultation with PCCs, ensure they comply with the Code of Practice by explaining to the public the way S&S powers are used in their areas and by making arrangements for S&S records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.",
              [L("sas15", "in_sync", "Stop and search powers 2 (2015) rec, 'in consultation with PCCs' and 'for example young people' as in the 2015 text (the 2013 rec 3 says 'elected local policing bodies'); report field says 2015. Migrated to the v3 form: AMBER = open; HMICFRS Being progressed. Both open.")])])
tab(name="Bldg the Picture", **V1, hidden=False, report="Information management (Building the Picture)",
    published=date(2015, 7, 1), no="1", lead="Head of Information Management", status="Red",
    updated=date(2017, 6, 30), topic="information management audits",
    wording=[("Recommendation:", "By 30 Nov 2015, CCs to put in place arrangements to scrutinise audits of compliance with APP on information management through the force IM governance structure – incl. measures to ensure categorisation of records regularly adjusted.",
              [L("picture", "closeable_local", "Building the picture rec (scrutinise APP information-management audits), abbreviated, same 30 Nov 2015 date; force Red (open); HMICFRS Complete (authorised for closure). HMICFRS closed, force open.")])])
for i, (txt, st, hid, h_cat, why) in enumerate([
    ("Within 3 months – assess how well governance of firearms licensing meets APP standards; where not complied with put correct arrangements in place immediately.", "Green", True, "in_sync",
     "Firearms licensing rec 1 (governance against APP); Green = discharged; HMICFRS Complete."),
    ("Within 3 months CCs to assess demand on firearms licensing dept and ensure capacity to meet demand & provide efficient and effective service at all times", "Green", True, "in_sync",
     "Firearms licensing rec 2 (demand and capacity), 'within 3 months' = within three months; Green; HMICFRS Complete."),
    ("Immediately – satisfy ourselves all appropriate action being taken re 'total expired' licensing records", "Green", True, "in_sync",
     "Firearms licensing rec 3 ('total expired' records); Green; HMICFRS Complete."),
    ("Within 3 months – temporary permits in accordance with HO guidance; recorded without delay on NFLMS; effective systems so certificate holders not in unlawful possession of a firearm", "Green", False, "closeable_submit",
     "Firearms licensing rec 4 (temporary permits, NFLMS); visible tab Green = discharged on its key; HMICFRS Being progressed. Force done, HMICFRS open."),
    ("Within 3 months – systems to identify prior to attendance whether incident involves / is at address of a firearm certificate holder, always applied by dispatchers; officers understand the risk assessment & power to seize firearms and certificates", "Amber", False, "in_sync",
     "Firearms licensing rec 5 (certificate-holder markers at dispatch); Amber (open); HMICFRS Being progressed."),
]):
    tab(name=f"FL R{i + 1}", **V1, hidden=hid, report="Firearms licensing 2015 (Targeting the Risk)",
        published=date(2015, 9, 15), no=f"Rec {i + 1}", lead="Supt Firearms Licensing", status=st,
        updated=date(2016, 4, 26) if hid else date(2018, 2, 8), topic="firearms licensing",
        wording=[("Recommendation:", txt, [L(f"fl_{i + 1}", h_cat, why)])])
tab(name="Eff15 AFI1", **V1, hidden=True, report="PEEL Efficiency 2015", published="Oct 2015",
    no="AFI 1", lead="Head of Corporate Development", status="Green", updated=date(2016, 10, 11),
    topic="demand analysis",
    wording=[("Recommendation:", "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand.",
              [L("eff15_1", "in_sync", "PEEL efficiency 2015 AFI 1 (understand current and future demand), first sentence only; Green; HMICFRS Complete.")])])
tab(name="Eff15 AFI2", **V1, hidden=True, report="PEEL Efficiency 2015", published="Oct 2015",
    no="AFI 2", lead="Director of Finance", status="Green", updated=date(2016, 10, 11),
    topic="outcomes, outputs and costs",
    wording=[("Recommendation:", "Develop understanding of links between outcomes, outputs and costs",
              [L("eff15_2", "in_sync", "PEEL efficiency 2015 AFI 2 (links between outcomes, outputs and costs); Green; HMICFRS Complete.")])])
tab(name="Eff15 AFI3", **V1, hidden=False, report="PEEL Efficiency 2015", published="Oct 2015",
    no="AFI 3", lead="Director of People", status="Amber", updated=date(2017, 8, 14),
    topic="the workforce plan",
    wording=[("Recommendation:", "Develop future workforce plan aligned with demand and budget (resource allocations, skills mix, behaviours)",
              [L("eff15_3", "closeable_local", "PEEL efficiency 2015 AFI 3 (future workforce plan); force Amber (open); HMICFRS Superseded (closed).")])])
tab(name="Eff16 CoC+R1", **V1, hidden=True, report="PEEL Effectiveness 2016", published=date(2017, 3, 2),
    no="CoC / Rec 1", lead="Ch Supt Protecting Vulnerable People", status="GREEN",
    updated=date(2018, 2, 27), topic="domestic abuse arrest and outcomes",
    wording=[("Recommendation:",
              "CAUSE OF CONCERN – The force's current approach to DA is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.\n\n"
              "REC 1 – In order to improve the service it provides to victims of DA, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders & other available powers.",
              [L("eff16_coc", "in_sync", "One cell holds the PEEL effectiveness 2016 DA cause of concern and its rec 1; this line is the cause of concern. GREEN = discharged; HMICFRS Complete."),
               L("eff16_1", "in_sync", "Same cell, 'REC 1' part (increase use of arrest, ancillary orders). GREEN; HMICFRS Complete.")])])
tab(name="Eff16 R2", **V1, hidden=True, report="PEEL Effectiveness 2016", published=date(2017, 3, 2),
    no="Rec 2", lead="Ch Supt Protecting Vulnerable People", status="Green",
    updated=date(2018, 2, 27), topic="victim attrition in domestic abuse cases",
    wording=[("Recommendation:", "Immediately take steps to understand & address the reason why such a high proportion of DA victims do not support the police investigation",
              [L("eff16_2", "closeable_submit", "PEEL effectiveness 2016 rec 2 (why DA victims do not support investigations); hidden tab, Green = discharged; HMICFRS Being progressed. Force done, HMICFRS open.")])])
tab(name="Eff16 R3", **V1, hidden=True, report="PEEL Effectiveness 2016", published=date(2017, 3, 2),
    no="Rec 3", lead="Supt Force Control Room", status="Green", updated=date(2017, 9, 1),
    topic="the resolution centre",
    wording=[("Recommendation:", "DA risk assessments over the telephone / dealing with DA in the resolution centre to cease",
              [L("eff16_3", "in_sync", "PEEL effectiveness 2016 rec 3 (stop telephone DA risk assessments in the resolution centre); Green; HMICFRS Complete.")])])
tab(name="CDI14 R2", **V1, hidden=True, report="Crime Data Integrity 2014", published=date(2014, 11, 18),
    no="Rec 2", lead="Force Crime Registrar", status="Green", updated=date(2016, 2, 2),
    topic="RASSO crime recording",
    wording=[("Recommendation:", "The force should make sure it records reports of rape & serious sexual offences accurately and without delay",
              [L(None, "not_on_hmicfrs_list", "Crime Data Integrity 2014 item on rape recording; no CDI 2014 report and no rape-recording item on the HMICFRS list (the CDI 2017 AFIs are about stalking/harassment and hate crime). Hidden, Green. Query with HMICFRS.")])])

# ---------------------- v2 (2018-2020): merged form, Overall status + RAG -------------------
V2 = dict(tpl="v2")
SO = "Complete - signed off"
AW = "Complete - awaiting sign off"
IP = "In progress"
cdi_parts = [
    ("a", "at the point of report, victims are believed;"),
    ("b", "conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;"),
    ("c", "multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;"),
    ("d", "the practice of awaiting the results of medical examinations or video interviews before making crime recording decisions is stopped; and"),
    ("e", "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed."),
]
for j, (p, txt) in enumerate(cdi_parts):
    st = SO if p != "e" else AW
    tab(name=f"CDI17 R1{p}", **V2, plan_ref=f"IP-{j + 1:03d}", hmic_ref="Rec 1",
        report="Crime Data Integrity 2017", published=date(2017, 9, 14), type_="Recommendation",
        col="ACC Crime & Justice", dl="Force Crime Registrar", status=st, rag="G",
        signed=date(2019, 1, 24) if st == SO else None, signed_by="OLB" if st == SO else None,
        topic="crime recording at the point of report",
        wording=[("Wording (as per report)", f"Within six months the force should put in place arrangements to ensure that: ({p}) {txt}",
                  [L("cdi_1", "closeable_submit",
                     f"CDI 2017 rec 1 split over five tabs, one per bullet; this tab is bullet ({p}). All five parts are done ({'Complete - signed off' if st == SO else 'Complete - awaiting sign off'} here, the others signed off or awaiting sign off), so the item is done; HMICFRS Being progressed. Force done, HMICFRS open.")])])
tab(name="CDI17 R2", **V2, plan_ref="IP-006", hmic_ref="Rec 2", report="Crime Data Integrity 2017",
    published=date(2017, 9, 14), type_="Recommendation", col="ACC Crime & Justice",
    dl="Supt Force Control Room", status=SO, rag="G", signed=date(2018, 3, 29), signed_by="OLB",
    topic="call-handler risk criteria",
    wording=[("Wording (as per report)", "Within three months, the force should provide call handlers with specific, sound and comprehensible criteria against which they can assess threat harm and risk.",
              [L("cdi_2", "in_sync", "CDI 2017 rec 2 (call-handler threat/harm/risk criteria), report field CDI 2017 (not the similar Core Business 2014 rec); signed off; HMICFRS Complete.")])])
tab(name="CDI17 R3", **V2, plan_ref="IP-007", hmic_ref="Rec 3", report="Crime Data Integrity 2017",
    published=date(2017, 9, 14), type_="Recommendation", col="ACC Crime & Justice",
    dl="Head of Criminal Justice", status=IP, rag="A", signed=None, signed_by=None,
    topic="out-of-court disposals",
    wording=[("Wording (as per report)", "Immediately, the force should revise its approach to cautions, cannabis warnings and PNDs to ensure there is a clear and auditable explanation to the offender of the implications of recieving the warning and that, for victim-based crimes, there is a clear and auditable record that the views of the victim are considered prior to issue.",
              [L("cdi_3", "in_sync", "CDI 2017 rec 3 (cautions, cannabis warnings, PNDs), typo 'recieving'; In progress; HMICFRS Being progressed.")])])
tab(name="CDI17 R4", **V2, plan_ref="IP-008", hmic_ref="Rec 4", report="Crime Data Integrity 2017",
    published=date(2017, 9, 14), type_="Recommendation", col="ACC Crime & Justice",
    dl="Force Crime Registrar", status=AW, rag="G", signed=None, signed_by=None,
    topic="MSHT crime recording",
    wording=[("Wording (as per report)", "By March 2018, the force should ensure it fully complies with NCRS requirements for offences identified as MSHT.",
              [L("cdi_4", "closeable_submit", "CDI 2017 rec 4 (NCRS compliance for MSHT, by March 2018); report field CDI 2017, so not the Stolen freedom NCRS rec. Complete - awaiting sign off = done; HMICFRS Being progressed.")])])
tab(name="CDI17 AFI1&2", **V2, plan_ref="IP-009", hmic_ref="AFI 1 / AFI 2", report="Crime Data Integrity 2017",
    published=date(2017, 9, 14), type_="AFI", col="ACC Crime & Justice",
    dl="Force Crime Registrar", status=IP, rag="A", signed=None, signed_by=None,
    topic="stalking, harassment and hate crime recording",
    wording=[("Wording (as per report)",
              "AFI 1 - The force should make sure it records reports of stalking and harassment accurately and without delay.\nAFI 2 - The force should make sure it records reports of hate crime accurately and without delay.",
              [L("cdi_a1", "in_sync", "One cell holds CDI 2017 AFI 1 and AFI 2; this line is AFI 1 (stalking and harassment recording). In progress; HMICFRS Being progressed."),
               L("cdi_a2", "in_sync", "Same cell, AFI 2 (hate crime recording). In progress; HMICFRS Being progressed.")])])
sf_parts = [
    ("a", "senior leaders prioritise the response to MSHT", SO),
    ("b", "every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience & capacity to investigate it effectively", SO),
    ("c", "forces develop effective partnership arrangements to co-ordinate activity in order to share information & safeguard victims", IP),
    ("d", "performance and QA measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims", SO),
]
for j, (p, txt, st) in enumerate(sf_parts):
    tab(name=f"MSHT R1{p}", **V2, plan_ref=f"IP-{12 + j:03d}", hmic_ref="Rec 1",
        report="Stolen Freedom (MSHT) 2017", published=date(2017, 10, 24), type_="National Rec",
        col="ACC Crime & Justice", dl="D/Supt Serious & Organised Crime", status=st,
        rag="G" if st == SO else "A", signed=date(2019, 6, 20) if st == SO else None,
        signed_by="OLB" if st == SO else None, topic="MSHT governance",
        wording=[("Wording (as per report)", f"Within twelve months, forces should review their leadership and governance arrangements for MSHT, to ensure that: {txt}",
                  [L("sf_1", "in_sync",
                     f"Stolen freedom rec 1 (leadership and governance, four bullets) split over four tabs; this is bullet ({p}), status {st}. Part (c) is still In progress, so the item is open on the force side; HMICFRS Being progressed. Both open.")])])
tab(name="MSHT R2", **V2, plan_ref="IP-016", hmic_ref="Rec 2", report="Stolen Freedom (MSHT) 2017",
    published=date(2017, 10, 24), type_="National Rec", col="ACC Crime & Justice",
    dl="Head of Intelligence", status=None, rag="G", signed=date(2019, 3, 12), signed_by="ACC Crime & Justice",
    topic="MSHT information sharing",
    wording=[("Wording (as per report)", "Within six months, forces should have in place active ISAs with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible",
              [L("sf_2", "in_sync", "Stolen freedom rec 2 (information-sharing agreements). Overall status left blank, but 'Date signed off 12/03/2019' and 'Signed off by' are filled, so a reader takes it as done; HMICFRS Complete. Both closed.")])])
tab(name="MSHT R3", **V2, plan_ref="IP-017", hmic_ref="Rec 3", report="Stolen Freedom (MSHT) 2017",
    published=date(2017, 10, 24), type_="National Rec", col="ACC Crime & Justice",
    dl="D/Supt Serious & Organised Crime", status=AW, rag="G", signed=None, signed_by=None,
    topic="the section 45 defence",
    wording=[("Wording (as per report)", "Immediately – ensure all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early & continuing consideration of the applicability of the s45 defence.",
              [L("sf_3", "closeable_submit", "Stolen freedom rec 3 (section 45 defence); Complete - awaiting sign off = done; HMICFRS Being progressed.")])])
tab(name="MSHT R4", **V2, plan_ref="IP-018", hmic_ref="Rec 4", report="Stolen Freedom (MSHT) 2017",
    published=date(2017, 10, 24), type_="National Rec", col="ACC Crime & Justice",
    dl="D/Supt Serious & Organised Crime", status=IP, rag="A", signed=None, signed_by=None,
    topic="NRM referrals",
    wording=[("Wording (as per report)", "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves & are implementing the requirement under the Modern Slavery Act 2015 to notify the HO of any individual suspected to be an adult victim of MSHT.",
              [L("sf_4", "closeable_local", "Stolen freedom rec 4 (NRM compliance, duty to notify); force In progress (open); HMICFRS Complete (closed).")])])
tab(name="MSHT R5", **V2, plan_ref="IP-019", hmic_ref="Rec 5", report="Stolen Freedom (MSHT) 2017",
    published=date(2017, 10, 24), type_="National Rec", col="ACC Crime & Justice",
    dl="Force Crime Registrar", status=IP, rag="A", signed=None, signed_by=None,
    topic="MSHT crime recording audit",
    wording=[("Wording (as per report)", "Within 6 months, forces should take steps to ensure they fully comply with NCRS requirements for offences identified as MSHT and that sufficient audit capacity is available to the FCR to provide reassurance that the force is identifying & managing any gaps in its crime-recording accuracy for these offences.",
              [L("sf_5", "conflict", "Stolen freedom rec 5 (NCRS for MSHT plus audit capacity for the force crime registrar: the audit clause marks it as this rec, not CDI 2017 rec 4). The tab says 'Within 6 months', HMICFRS says 'Immediately'. Timescale disagrees: conflict (both open).")])])
tab(name="MSHT R6", **V2, plan_ref="IP-020", hmic_ref="Rec 6", report="Stolen Freedom (MSHT) 2017",
    published=date(2017, 10, 24), type_="National Rec", col="ACC Crime & Justice",
    dl="D/Supt Serious & Organised Crime", status=IP, rag="G", signed=None, signed_by=None,
    topic="MSHT investigations",
    wording=[("Wording (as per report)", "Immediately – ensure allegations / indications of MSHT are thoroughly investigated and effectively supervised by teams & individuals with the skills & experience to undertake them (incl. JITs and other means to obtain intelligence and evidence from agencies overseas)",
              [L("sf_6", "in_sync", "Stolen freedom rec 6 (investigation and supervision of MSHT); In progress; HMICFRS Being progressed.")])])
tab(name="Eff17 National", **V2, plan_ref="IP-021", hmic_ref=None, report="PEEL Efficiency 17 (all forces)",
    published=date(2017, 11, 9), type_="National Rec", col="DCC", dl="Head of IT / Digital",
    status=AW, rag="G", signed=None, signed_by=None, topic="the digital services plan",
    wording=[("Wording (as per report)", "By September 2018, CCs should produce an ambitious plan to improve digitally-enabled services within their force. (HO, NPCC & APCC to support via a national framework for digitally enabled services across force boundaries.)",
              [L("efc17", "closeable_submit", "PEEL efficiency 2017 national rec (ambitious digital plan by September 2018); Complete - awaiting sign off = done; HMICFRS Being progressed.")])])
tab(name="Eff17 AFI", **V2, plan_ref="IP-022", hmic_ref=None, report="PEEL Efficiency 2017",
    published=date(2017, 11, 9), type_="Recommendation", col="ACC Local Policing",
    dl="Supt Force Control Room", status=IP, rag="A", signed=None, signed_by=None,
    topic="control room resourcing",
    wording=[("Wording (as per report)", "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.",
              [L("eff17_afi", "conflict", "PEEL efficiency 2017 control-room item, verbatim. The tab's Type says Recommendation; HMICFRS lists it as an Area for improvement. Type disagrees: conflict (statuses also differ: force In progress, HMICFRS Complete).")])])
tab(name="Legit17 CoC", **V2, plan_ref="IP-023", hmic_ref="CoC / Rec 1", report="PEEL Legit 17 S&S (national)",
    published=date(2017, 12, 12), type_="Cause of Concern", col="ACC Operations",
    dl="Insp Stop & Search lead", status=IP, rag="A", signed=None, signed_by=None,
    topic="stop and search disproportionality",
    coc=("Cause of concern", "HMICFRS is concerned that forces are not able to demonstrate that the use of S&S powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in S&S data which many forces are unable to explain.",
         [L("leg17_coc", "in_sync", "PEEL legitimacy 2017 national cause of concern (stop and search fairness), on its own row of the form; the tab's Overall status In progress covers it; HMICFRS Being progressed.")]),
    wording=[("Recommendation", "By July 2018, all police forces should be regularly and frequently monitoring a comprehensive set of data on use of S&S powers to understand:\n- reasons for any disproportionate representation of different ethnic groups;\n- the extent to which find rates differ between ethnicities and across types of search (incl. drug possession and supply);\n- prevalence of possession-only drug searches & how they align with local / force priorities.",
              [L("leg17_1", "in_sync", "PEEL legitimacy 2017 national rec on stop and search monitoring (three bullets, all present), second wording row of the same tab; In progress; HMICFRS Being progressed.")])])
tab(name="Legit17 R2", **V2, plan_ref="IP-024", hmic_ref="Rec 2", report="PEEL Legit 17 S&S (national)",
    published=date(2017, 12, 12), type_="National Rec", col="ACC Operations",
    dl="Insp Stop & Search lead", status=IP, rag="A", signed=None, signed_by=None,
    topic="explaining disparities",
    wording=[("Wording (as per report)", "Where disparities are identified through monitoring, demonstrate to the public that we have carried out research & analysis to understand the reasons and taken action to reduce the disparity where necessary",
              [L("leg17_2", "in_sync", "PEEL legitimacy 2017 rec on disparities (research and action), reworded in the first person; In progress; HMICFRS Being progressed.")])])
tab(name="Legit17 R3", **V2, plan_ref="IP-025", hmic_ref="Rec 3", report="PEEL Legit 17 S&S (national)",
    published=date(2017, 12, 12), type_="National Rec", col="ACC Operations",
    dl="Insp Stop & Search lead", status=SO, rag="G", signed=date(2019, 9, 5), signed_by="OLB",
    topic="publishing stop and search analysis",
    wording=[("Wording (as per report)", "Publish this analysis and any actions taken at least annually, from July 2018",
              [L("leg17_3", "in_sync", "PEEL legitimacy 2017 'publish this analysis annually from July 2018'; signed off; HMICFRS Complete.")])])
tab(name="Legit17 R4", **V2, plan_ref="IP-026", hmic_ref="Rec 4", report="PEEL Legit 17 S&S (national)",
    published=date(2017, 12, 12), type_="National Rec", col="ACC Operations",
    dl="Head of Learning & Development", status=SO, rag="G", signed=date(2019, 9, 5), signed_by="OLB",
    topic="unconscious bias training",
    wording=[("Wording (as per report)", "By July 2018 and ongoing, all officers who use S&S powers have been provided with, and understand, training on unconscious bias and CoP APP on S&S",
              [L("leg17_4", "in_sync", "PEEL legitimacy 2017 rec on unconscious-bias and APP training by July 2018; signed off; HMICFRS Complete.")])])
tab(name="Vetting CoC", **V2, plan_ref="IP-027", hmic_ref=None, report="PEEL Legitimacy 2017",
    published=date(2017, 12, 12), type_="Cause of Concern", col="DCC", dl="Head of Vetting",
    status=SO, rag="G", signed=date(2019, 8, 29), signed_by="DCC", topic="the vetting backlog",
    coc=("Cause of concern", "The size of the vetting backlog within Northamptonshire Police is a cause of concern.",
         [L("vet_coc", "in_sync", "PEEL legitimacy 2017 (force) vetting-backlog cause of concern, own row; signed off; HMICFRS Complete.")]),
    wording=[("Recommendation", "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
              [L("vet_1", "in_sync", "The vetting rec under that cause of concern, verbatim, second wording row; signed off; HMICFRS Complete.")])])
tab(name="NCPI 2018", **V2, plan_ref="IP-028", hmic_ref=None, report="NCPI 2018",
    published=date(2018, 6, 26), type_="Recommendation", col="ACC Crime & Justice",
    dl="Ch Insp Custody", status=AW, rag="G", signed=None, signed_by=None,
    topic="detention of children in custody",
    wording=[("Wording (as per report)", "Within six months Northamptonshire Police should, in conjunction with children's social care services, review how it manages the detention of children. As a minimum it should:\n• ensure all children are only detained when absolutely necessary and for the absolute minimum amount of time;\n• ensure officers and staff in custody assess at an early stage a child's need for alternative accomodation (secure or otherwise) and work with CSC to achieve the most appropriate option for the child;\n• ensure custody staff make a record of all actions taken and decisions made on the relevant documentation; and\n• improve the timeliness of adequate appropriate adult support for children who are arrested.",
              [L("ncpi", "conflict", "National child protection inspection 2018 rec on detention of children. The tab has four bullets; HMICFRS has five: the bullet on completing detention certificates after charge is missing. Missing bullet: conflict (force Complete - awaiting sign off, HMICFRS Awaiting review).")])])
tab(name="PEEL19 CoC", **V2, plan_ref="IP-031", hmic_ref="CoC 1", report="PEEL 2018/19",
    published=date(2019, 5, 2), type_="Cause of Concern", col="ACC Crime & Justice",
    dl="D/Ch Supt Force CID", status=SO, rag="G", signed=date(2020, 11, 19), signed_by="OLB",
    topic="investigative capacity and digital forensics",
    coc=("Cause of concern", "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
         [L("p19_coc", "closeable_submit", "PEEL 2018/19 cause of concern (capacity to investigate), own row; tab signed off (done); HMICFRS still Being progressed. Force done, HMICFRS open.")]),
    wording=[("Recommendation", "Within six months – improve ability to retrieve digital evidence from mobile phones, computers & other electronic devices quickly enough to ensure investigations are not delayed.",
              [L("p19_1", "in_sync", "PEEL 2018/19 rec under that cause of concern (digital evidence retrieval, within six months), second wording row; signed off; HMICFRS Complete.")])])
tab(name="PEEL19 R2", **V2, plan_ref="IP-032", hmic_ref="Rec 2", report="PEEL 2018/19",
    published=date(2019, 5, 2), type_="Recommendation", col="ACC Crime & Justice",
    dl="Head of Criminal Justice", status=IP, rag="R", signed=None, signed_by=None,
    topic="released under investigation",
    wording=[("Wording (as per report)", "Within 12 months the force should improve its understanding of suspects released under investigation (RUI) and the management of those released on bail.",
              [L("p19_2", "conflict", "PEEL 2018/19 rec on RUI and bail. The tab says 'Within 12 months', HMICFRS 'within six months'. Timescale disagrees: conflict (both open).")])])
tab(name="PEEL19 R3", **V2, plan_ref="IP-033", hmic_ref="Rec 3", report="PEEL 2018/19",
    published=date(2019, 5, 2), type_="Recommendation", col="ACC Crime & Justice",
    dl="D/Ch Supt Force CID", status=SO, rag="G", signed=date(2020, 11, 19), signed_by="OLB",
    topic="supervision of investigations",
    wording=[("Wording (as per report)", "Within six months the force should ensure regular and active supervison of the quality and progress of investigations. This supervision should be properly recorded.",
              [L("p19_3", "in_sync", "PEEL 2018/19 rec on supervision of investigations (typo 'supervison'); signed off; HMICFRS Complete.")])])
tab(name="PEEL19 AFI2", **V2, plan_ref="IP-035", hmic_ref="AFI 2", report="PEEL 2018/19",
    published=date(2019, 5, 2), type_="AFI", col="DCC", dl="Head of Corporate Development",
    status=IP, rag="A", signed=None, signed_by=None, topic="performance data",
    wording=[("Wording (as per report)", "The force should make sure it has access to accurate data and analysis to support effective performance management",
              [L("p19_a2", "in_sync", "PEEL 2018/19 AFI on accurate data for performance management (not the PEEL 2023-25 AFI on performance processes); In progress; HMICFRS Being progressed.")])])

# ---------------------- v3 (2021 onwards): BRAG form with Portal ID --------------------------
V3 = dict(tpl="v3")
pp_meta = [
    ("pp_1", "BLUE", date(2022, 10, 4), "in_sync", "Police powers spotlight rec 1 (communication skills by July 2022), verbatim; BLUE = complete on the v3 key; HMICFRS Complete."),
    ("pp_2", "GREEN", None, "in_sync", "Police powers spotlight rec 2 (CPD and BWV debriefs by July 2021), verbatim. GREEN on the v3 key means on track, i.e. still open; HMICFRS Being progressed. Both open."),
    ("pp_3", "BLUE", date(2023, 5, 16), "closeable_submit", "Police powers spotlight rec 3 (BWV recording, review and scrutiny panel access: all three paragraphs present); BLUE = complete, submitted 16/05/2023; HMICFRS Being progressed."),
    ("pp_4", "N/A – for Home Office / NPCC", None, "closeable_submit", "Police powers spotlight rec 4 is addressed to the Home Office and NPCC; the tab records 'N/A – for Home Office / NPCC' (nothing for the force to deliver = done on the force side); HMICFRS Awaiting review (open). Submit for closure."),
    ("pp_5", "AMBER", None, "in_sync", "Police powers spotlight rec 5 (internal monitoring of use of force); AMBER; HMICFRS Being progressed."),
]
for j, (k, st, sub, cat, why) in enumerate(pp_meta):
    txt = HMIC[k]["text"]
    if k == "pp_3":
        txt = txt.replace("\n", "\n\n")
    tab(name=f"PP R{j + 1}", **V3, report="Disproportionate use of police powers (Feb 21)",
        published="26/02/2021", refno=f"Recommendation {j + 1}", type_="National recommendation",
        portal_id=HMIC[k]["id"], theme="Legitimacy – fair treatment", col="ACC Operations",
        dl="Insp Stop & Search lead" if j != 4 else "Ch Insp Operational Training",
        status=st, submitted=sub, updated=date(2025, 9, 30), topic="stop and search and use of force",
        wording=[("Recommendation / AFI (verbatim)", txt, [L(k, cat, why)])])
p22_meta = [
    ("AFI-22-01", "p22_1", "AFI 1", "BLUE", date(2023, 11, 2), None, "Protecting vulnerable people", "in_sync",
     "PEEL 2021/22 AFI 1 (partners and CSE), Portal ID agrees; BLUE = complete; HMICFRS Complete."),
    ("AFI-22-02", "p22_2", "AFI 2", "BLUE", date(2024, 2, 20), None, "Investigating crime", "in_sync",
     "PEEL 2021/22 AFI 2 (DA investigations allocated and supervised), Portal ID agrees, report 2021/22; BLUE; HMICFRS Complete. (The identical 2023-25 AFI is tab AFI-24-01.)"),
    ("AFI-22-03", "p22_3", "AFI 3", "AMBER", None, "p22_2", "Treatment of victims", "conflict",
     "PEEL 2021/22 AFI 3 (keep fraud victims informed): the wording and 'AFI 3' identify it, but its Portal ID is AFI 2's ID, copied from the tab before. Reference disagrees: conflict (both open: AMBER / Being progressed)."),
    ("AFI-22-04", "p22_4", "AFI 4", "GREEN", None, None, "Responding to the public", "in_sync",
     "PEEL 2021/22 AFI 4 (response to calls involving vulnerable adults). GREEN = on track on the v3 key (open); HMICFRS Being progressed."),
    ("AFI-22-05", "p22_5", "AFI 5", "BLUE", date(2025, 3, 11), None, "Managing offenders / SOC", "closeable_submit",
     "PEEL 2021/22 AFI 5 (SOC analysis informs strategic assessment); BLUE, submitted 11/03/2025; HMICFRS Being progressed."),
    ("AFI-22-06", "p22_6", "AFI 6", "AMBER", None, None, "Building, supporting and protecting the workforce", "closeable_local",
     "PEEL 2021/22 AFI 6 (equality and diversity data); AMBER (open); HMICFRS Complete (closed)."),
    ("AFI-22-05 (2)", "p22_7", "AFI 7", "AMBER", None, None, "Protecting vulnerable people", "in_sync",
     "Tab name says 'AFI-22-05 (2)' (a copy of the AFI 5 tab) but the form holds AFI 7 (stalking and harassment training): wording and 'Ref in report AFI 7' decide it. Portal ID left blank. AMBER; HMICFRS Being progressed."),
]
for name, k, ref, st, sub, idfrom, theme, cat, why in p22_meta:
    pid = HMIC[idfrom or k]["id"] if name != "AFI-22-05 (2)" else None
    txt = HMIC[k]["text"]
    if name in ("AFI-22-03", "AFI-22-06"):
        txt = f"{ref}: {txt}"
    tab(name=name, **V3, report="PEEL 2021/22", published="June 2022", refno=ref,
        type_="AFI", portal_id=pid, theme=theme,
        col={"Investigating crime": "ACC Crime & Justice", "Protecting vulnerable people": "ACC Crime & Justice",
             "Treatment of victims": "ACC Local Policing", "Responding to the public": "ACC Local Policing",
             "Managing offenders / SOC": "ACC Crime & Justice"}.get(theme, "Director of People"),
        dl={"AFI-22-01": "Det Supt Public Protection", "AFI-22-02": "Det Supt Public Protection",
            "AFI-22-03": "Supt Victim & Witness Care", "AFI-22-04": "Supt Force Control Room",
            "AFI-22-05": "Head of Intelligence", "AFI-22-06": "Head of EDI",
            "AFI-22-05 (2)": "Det Supt Public Protection"}[name],
        status=st, submitted=sub, updated=date(2025, 10, 2), topic=theme.lower(),
        wording=[("Recommendation / AFI (verbatim)", txt, [L(k, cat, why)])])
tab(name="IA 23-24 DA dip", **V3, report="Internal Audit – Crime Data Quality 2023/24",
    published="May 2024", refno="IA 3.2", type_="Internal audit action", portal_id=None,
    theme="Crime data integrity", col="ACC Crime & Justice", dl="Force Crime Registrar",
    status="GREEN", submitted=None, updated=date(2025, 9, 1), topic="domestic abuse crime recording",
    wording=[("Recommendation / AFI (verbatim)", "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime Standards Board",
              [L(None, "not_on_hmicfrs_list", "Internal audit action (Type 'Internal audit action', report 'Internal Audit – Crime Data Quality 2023/24'), no Portal ID: the force's own action, nothing like it on the HMICFRS list.")])])
tab(name="AFI-24-01", **V3, report="PEEL 2021/22", published="June 2022", refno="AFI 1",
    type_="AFI", portal_id=HMIC["p24_1"]["id"], theme="Investigating crime",
    col="ACC Crime & Justice", dl="Det Supt Public Protection", status="AMBER", submitted=None,
    updated=date(2025, 10, 2), topic="domestic abuse investigation standards",
    note="AFI repeated in PEEL 2023-25 report (published Aug 2024) – new tab opened, AFI-22-02 left as closed.",
    wording=[("Recommendation / AFI (verbatim)", T["p24_1"],
              [L("p24_1", "conflict", "Same words as PEEL 2021/22 AFI 2, but the tab name AFI-24-01, its Portal ID and the update note ('AFI repeated in PEEL 2023-25 report') make it the 2023-25 AFI 1. Its Report and Published fields were copied from the 2021/22 tab and still say PEEL 2021/22 / June 2022. Report disagrees: conflict (both open).")])])
tab(name="AFI-24-02", **V3, report="PEEL 2023-25", published="August 2024", refno="AFI 2",
    type_="AFI", portal_id=HMIC["p24_2"]["id"], theme="Protecting vulnerable people",
    col="ACC Crime & Justice", dl="Det Supt Public Protection", status="AMBER", submitted=None,
    updated=date(2025, 10, 2), topic="online child sexual abuse capacity",
    wording=[("Recommendation / AFI (verbatim)", T["p24_2"],
              [L("p24_2", "in_sync", "PEEL 2023-25 AFI 2 (specialist capacity for online CSA); AMBER; HMICFRS Being progressed.")])])
tab(name="AFI-24-05", **V3, report="PEEL 2023-25", published="August 2024", refno="AFI 5",
    type_="AFI", portal_id=HMIC["p24_5"]["id"], theme="Leadership and force management",
    col="DCC", dl="Head of Corporate Development", status="RED", submitted=None,
    updated=date(2025, 10, 2), topic="performance management processes",
    wording=[("Recommendation / AFI (verbatim)", "(see HMICFRS portal – performance management AFI)",
              [L("p24_5", "in_sync", "Wording not pasted ('see HMICFRS portal'); Portal ID and 'AFI 5' of PEEL 2023-25 identify it (performance-management processes). RED = open; HMICFRS Being progressed.")])])
tab(name="PFCC hate crime", **V3, report="PFCC Accountability Board 14/03/2025",
    published="14/03/2025", refno="AB-25-07", type_="PFCC action", portal_id=None,
    theme="Treatment of victims", col="ACC Local Policing", dl="Head of Performance",
    status="AMBER", submitted=None, updated=date(2025, 9, 1), topic="hate crime measures",
    wording=[("Recommendation / AFI (verbatim)", "Add hate crime measures to the monthly Force Performance pack",
              [L(None, "not_on_hmicfrs_list", "PFCC accountability-board action (Type 'PFCC action', no Portal ID), the force's own item; not an HMICFRS item.")])])

MISSING = [
    ("sas13_3", "Stop and search 2013 rec 3 (community scrutiny, 'elected local policing bodies'), Superseded. No tab holds it; the S&S2 2015 tab is the 2015 rec (says PCCs, report 2015)."),
    ("sf_7", "Stolen freedom rec 7 (preventative powers under the Modern Slavery Act 2015), Being progressed. The MSHT tabs stop at R6; no tab holds it. Open and unowned."),
    ("p19_a1", "PEEL 2018/19 AFI 1 (use of the crime-recording and management system), Complete. Only PEEL19 AFI2 exists; no tab holds AFI 1."),
    ("p24_3", "PEEL 2023-25 AFI 3 (intelligence on county lines), Awaiting review. No AFI-24-03 tab yet."),
    ("p24_4", "PEEL 2023-25 AFI 4 (corporate risk register), Awaiting review. No AFI-24-04 tab yet."),
]

# --------------------------------------------------------------------------------------------
# Action tables (the force's actions under each form; not items).
# --------------------------------------------------------------------------------------------
ACT_OPEN = [
    ("Task & Finish group to review {t} and report to the Force Executive Team", "Work undertaken in area but still requires development to complete."),
    ("Rewrite policy / procedure for {t} and publish with a communications plan", "Draft with Corporate Development for consultation."),
    ("Dip-sample cases relating to {t} and report findings to the Organisational Learning Board", "First sample completed; second due next quarter."),
    ("Refresher training input on {t} for response and neighbourhood supervisors", "Training package being written with L&D; delivery slipped to next quarter."),
    ("Add {t} measures to the monthly Force Performance pack", "Measures agreed; data quality issues being worked through with Analysis team."),
]
ACT_DONE = [
    ("Review current arrangements for {t} against the report findings", "Completed. Findings reported to Force Executive Team."),
    ("Implement revised process for {t}", "Completed. Now business as usual."),
    ("Evidence pack for {t} to Organisational Learning Board for sign off", "Completed. Evidence submitted to HMICFRS for closure."),
]


def actions_for(tb, done):
    rng = random.Random(tb["name"])
    n = rng.randint(2, 4)
    open_pool = rng.sample(ACT_OPEN, len(ACT_OPEN))
    out = []
    pub = tb.get("published")
    if not isinstance(pub, date):
        pub = date(tb["updated"].year - 1, 6, 1) if tb.get("updated") else date(2018, 6, 1)
    upd = tb.get("updated") or date(2025, 10, 2)
    for i in range(n):
        if done or (not done and i < n - 1 and rng.random() < 0.5):
            a, u = ACT_DONE[i % len(ACT_DONE)]
            st = {"v1": "Green", "v2": "Complete", "v3": "BLUE"}[tb["tpl"]]
        else:
            a, u = open_pool[i % len(open_pool)]
            st = {"v1": "Amber", "v2": "In progress", "v3": "AMBER"}[tb["tpl"]]
        due = date.fromordinal(pub.toordinal() + rng.randint(45, 420) + 30 * i)
        if done and due > upd:
            due = date.fromordinal(upd.toordinal() - rng.randint(10, 40))
        owner = rng.choice(["Insp Harris", "Ch Insp Okafor", "DCI Patel", "Supt Greaves",
                            "S. Whitmore (Analyst)", "Ch Insp Nolan", "Insp Barker"])
        out.append((f"{i + 1}", a.format(t=tb["topic"]), owner, due,
                    f"{due.strftime('%d/%m/%y')} – {u}" if tb["tpl"] == "v3" else u, st))
    return out


def force_done(tb):
    t, s = tb["tpl"], (tb.get("status") or "")
    if t == "v1":
        return s.strip().lower() == "green"
    if t == "v2":
        if s in (SO, AW, "Superseded"):
            return True
        if not s and tb.get("signed"):
            return True
        return False
    return s.upper() == "BLUE" or s.startswith("N/A")


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
def build_tracker(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({
        "title": "HMICFRS Improvement Plan – MASTER",
        "subject": "HMICFRS recommendations and areas for improvement",
        "author": "Organisational Learning Team",
        "manager": "Head of Strategic Development",
        "company": FORCE,
        "comments": "OFFICIAL. One tab per recommendation / AFI.",
        "created": datetime(2015, 4, 14, 9, 12, 0),
    })
    F = {}
    F["title"] = wb.add_format({"bold": True, "font_size": 14})
    F["sub"] = wb.add_format({"bold": True, "font_size": 11, "font_color": "#1F3864"})
    F["lab"] = wb.add_format({"bold": True, "valign": "top", "bg_color": "#D9E1F2", "border": 1})
    F["lab2"] = wb.add_format({"bold": True, "valign": "top", "bg_color": "#E2EFDA", "border": 1})
    F["val"] = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    F["valc"] = wb.add_format({"text_wrap": True, "valign": "top"})
    F["date"] = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1, "align": "left"})
    F["hdr"] = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "border": 1, "text_wrap": True})
    F["cell"] = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    F["celld"] = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    F["key"] = wb.add_format({"italic": True, "font_size": 9, "font_color": "#595959"})
    F["mval"] = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    F["mtitle"] = wb.add_format({"bold": True, "font_size": 13, "bg_color": "#1F3864", "font_color": "#FFFFFF"})
    F["link"] = wb.add_format({"font_color": "#0563C1", "underline": 1})
    fills = {"green": "#C6EFCE", "amber": "#FFEB9C", "red": "#FFC7CE", "blue": "#BDD7EE", "grey": "#D9D9D9"}
    for k, v in fills.items():
        F["st_" + k] = wb.add_format({"bold": True, "border": 1, "bg_color": v, "valign": "top"})

    def st_fmt(s):
        s = (s or "").upper()
        if "GREEN" in s or s == "G" or "SIGNED OFF" in s and "AWAITING" not in s:
            return F["st_green"]
        if "BLUE" in s or "AWAITING SIGN" in s:
            return F["st_blue"]
        if "AMBER" in s or "PROGRESS" in s or s == "A":
            return F["st_amber"]
        if "RED" in s or s == "R":
            return F["st_red"]
        if s.startswith("N/A"):
            return F["st_grey"]
        return F["val"]

    rows_of = {}  # tab name -> dict of info for truth/README

    # ---- Cover ----
    cov = wb.add_worksheet("Cover")
    cov.set_column("A:A", 26)
    cov.set_column("B:B", 95)
    cov.write("A1", f"{FORCE} – HMICFRS Improvement Plan (MASTER)", F["title"])
    cov.write("A2", "OFFICIAL – do not circulate outside force without OL Team agreement", F["key"])
    lines = [
        ("Owner", "Organisational Learning Team, Strategic Development Department"),
        ("Purpose", "Records every HMICFRS recommendation, cause of concern and area for improvement held against the force, one worksheet (tab) per item, with the actions agreed to discharge it. Reported quarterly to the Organisational Learning Board (OLB) and to the PFCC's Accountability Board / Joint Independent Audit Committee."),
        ("How to add an item", "Right-click the 'TEMPLATE v3' tab > Move or Copy > Create a copy. Rename the tab (max 31 characters) and paste the wording VERBATIM from the report or portal. Enter the HMICFRS Portal ID."),
        ("Closed items", "Tabs for items closed before 2018 are hidden (right-click any tab > Unhide). Do not delete tabs."),
        ("Status keys", "Each generation of the form carries its own key at the foot of the tab. Read the status against the key on that tab:"),
        ("  2015-2017 forms", "RAG status: GREEN = recommendation discharged / actions complete; AMBER = work in progress; RED = not started or off track."),
        ("  2018-2020 forms", "Overall status: Not started / In progress / Complete - awaiting sign off / Complete - signed off / Superseded. RAG on these forms is delivery confidence only (G on track, A at risk, R off track)."),
        ("  2021 onwards forms", "BRAG: BLUE = complete (evidence accepted by Gold, closure submitted to HMICFRS); GREEN = on track; AMBER = some slippage; RED = off track / not started."),
    ]
    r = 3
    for a, b in lines:
        cov.write(r, 0, a, F["lab"])
        cov.write(r, 1, b, F["valc"])
        r += 1
    r += 1
    cov.write(r, 0, "Version history", F["sub"])
    r += 1
    cov.write_row(r, 0, ["Date", "Change"], F["hdr"])
    r += 1
    hist = [
        ("14/04/2015", "Workbook created from the HMIC Recommendations spreadsheet (one tab per recommendation)."),
        ("03/05/2016", "Closed 2013-2015 tabs hidden after OLB."),
        ("09/04/2018", "New form (v2) introduced with Overall status and sign-off fields. Old tabs left on the v1 form."),
        ("22/03/2021", "New form (v3) with BRAG and HMICFRS Portal ID. Open older items migrated to v3 only where they changed owner."),
        ("30/09/2023", "Contents and Summary refreshed for JIAC."),
        ("02/10/2025", "PEEL 2023-25 tabs added (in progress). Contents not yet refreshed."),
    ]
    for a, b in hist:
        cov.write(r, 0, a)
        cov.write(r, 1, b, F["valc"])
        r += 1

    # ---- Contents (navigation, stale) and Summary (stale counts) ----
    con = wb.add_worksheet("Contents")
    summ = wb.add_worksheet("Summary")

    # ---- templates / lists ----
    tpl3 = wb.add_worksheet("TEMPLATE v3")

    item_sheets = []
    for tb in TABS:
        ws = wb.add_worksheet(tb["name"])
        item_sheets.append((ws, tb))
    old_tpl = wb.add_worksheet("Template (old v2)")
    lists = wb.add_worksheet("Lists")

    # Lists sheet
    lists.write_column("A1", ["Overall status", "Not started", IP, AW, SO, "Superseded"])
    lists.write_column("B1", ["RAG", "R", "A", "G"])
    lists.write_column("C1", ["BRAG", "BLUE", "GREEN", "AMBER", "RED"])
    lists.write_column("D1", ["Type", "Recommendation", "AFI", "Cause of Concern", "National Rec"])
    lists.very_hidden()
    old_tpl.hide()

    def v1_form(ws, tb):
        ws.set_column("A:A", 22)
        ws.set_column("B:B", 70)
        ws.set_column("C:C", 20)
        ws.set_column("D:D", 12)
        ws.set_column("E:E", 45)
        ws.set_column("F:F", 9)
        ws.write("A1", "NORTHAMPTONSHIRE POLICE", F["title"])
        ws.write("A2", "HMIC Recommendation – Action Plan", F["sub"])
        r = 3
        ws.write(r, 0, "Report:", F["lab"]); ws.write(r, 1, tb["report"], F["val"]); r += 1
        ws.write(r, 0, "Date published:", F["lab"])
        if isinstance(tb["published"], date):
            ws.write_datetime(r, 1, datetime.combine(tb["published"], datetime.min.time()), F["date"])
        else:
            ws.write(r, 1, tb["published"], F["val"])
        r += 1
        ws.write(r, 0, "Recommendation No.:", F["lab"]); ws.write(r, 1, tb["no"], F["val"]); r += 1
        info = {"items": [], "cont": []}
        for lab, text, links in tb["wording"]:
            ws.write(r, 0, lab, F["lab"])
            if isinstance(text, list):
                for pi, para in enumerate(text):
                    ws.write(r, 1, para, F["val"])
                    if pi == 0:
                        info["items"].append((r + 1, links))
                    else:
                        info["cont"].append(r + 1)
                    r += 1
            else:
                ws.write(r, 1, text, F["val"])
                ws.set_row(r, 15 * max(2, len(text) // 80 + text.count("\n") + 1))
                info["items"].append((r + 1, links))
                r += 1
        ws.write(r, 0, "Lead Officer:", F["lab"]); ws.write(r, 1, tb["lead"], F["val"]); r += 1
        ws.write(r, 0, "RAG status:", F["lab"]); ws.write(r, 1, tb["status"], st_fmt(tb["status"])); info["status_row"] = r + 1; r += 1
        ws.write(r, 0, "Date last updated:", F["lab"])
        ws.write_datetime(r, 1, datetime.combine(tb["updated"], datetime.min.time()), F["date"]); r += 1
        r += 1
        ws.write_row(r, 0, ["No.", "Action", "Owner", "Target date", "Update", "RAG"], F["hdr"]); info["act_hdr"] = r + 1; r += 1
        acts = actions_for(tb, force_done(tb))
        a0 = r
        for a in acts:
            ws.write(r, 0, a[0], F["cell"]); ws.write(r, 1, a[1], F["cell"]); ws.write(r, 2, a[2], F["cell"])
            ws.write_datetime(r, 3, datetime.combine(a[3], datetime.min.time()), F["celld"])
            ws.write(r, 4, a[4], F["cell"]); ws.write(r, 5, a[5], st_fmt(a[5]))
            r += 1
        info["acts"] = (a0 + 1, r)
        r += 1
        k0 = r
        ws.write(r, 0, "RAG key:", F["key"]); r += 1
        ws.write(r, 0, "GREEN – recommendation discharged / actions complete", F["key"]); r += 1
        ws.write(r, 0, "AMBER – work in progress", F["key"]); r += 1
        ws.write(r, 0, "RED – not started or off track", F["key"]); r += 1
        info["key"] = (k0 + 1, r)
        info["last"] = r
        return info

    def v2_form(ws, tb):
        ws.set_column("A:A", 2)
        ws.set_column("B:B", 24)
        ws.set_column("C:C", 48)
        ws.set_column("D:D", 16)
        ws.set_column("E:E", 18)
        ws.set_column("F:F", 40)
        ws.set_column("G:G", 18)
        ws.set_column("H:H", 4)
        ws.merge_range("B1:H1", "Northamptonshire Police – HMICFRS Improvement Plan", F["mtitle"])
        ws.merge_range("B2:H2", "Recommendation / AFI record (form v2, April 2018)", F["sub"])
        r = 3
        ws.write(r, 1, "Plan ref", F["lab"]); ws.write(r, 2, tb["plan_ref"], F["val"])
        ws.write(r, 4, "HMICFRS ref", F["lab"]); ws.write(r, 5, tb.get("hmic_ref") or "", F["val"]); r += 1
        ws.write(r, 1, "Inspection / report", F["lab"]); ws.merge_range(r, 2, r, 7, tb["report"], F["mval"]); r += 1
        ws.write(r, 1, "Published", F["lab"])
        ws.write_datetime(r, 2, datetime.combine(tb["published"], datetime.min.time()), F["date"])
        ws.write(r, 4, "Type", F["lab"]); ws.write(r, 5, tb["type_"], F["val"])
        ws.data_validation(r, 5, r, 5, {"validate": "list", "source": "=Lists!$D$2:$D$5"}); r += 1
        ws.write(r, 1, "Chief officer lead", F["lab"]); ws.write(r, 2, tb["col"], F["val"])
        ws.write(r, 4, "Delivery lead", F["lab"]); ws.write(r, 5, tb["dl"], F["val"]); r += 1
        info = {"items": [], "cont": []}
        entries = ([tb["coc"]] if tb.get("coc") else []) + tb["wording"]
        for lab, text, links in entries:
            ws.write(r, 1, lab, F["lab"] if lab != "Cause of concern" else F["lab2"])
            ws.merge_range(r, 2, r, 7, text, F["mval"])
            ws.set_row(r, 15 * max(2, len(text) // 95 + text.count("\n") + 1))
            info["items"].append((r + 1, links))
            r += 1
        ws.write(r, 1, "Overall status", F["lab"]); ws.write(r, 2, tb["status"] or "", st_fmt(tb["status"]) if tb["status"] else F["val"])
        ws.data_validation(r, 2, r, 2, {"validate": "list", "source": "=Lists!$A$2:$A$6"})
        ws.write(r, 4, "RAG", F["lab"]); ws.write(r, 5, tb["rag"], st_fmt(tb["rag"])); info["status_row"] = r + 1; r += 1
        ws.write(r, 1, "Date signed off", F["lab"])
        if tb.get("signed"):
            ws.write_datetime(r, 2, datetime.combine(tb["signed"], datetime.min.time()), F["date"])
        else:
            ws.write_blank(r, 2, None, F["val"])
        ws.write(r, 4, "Signed off by", F["lab"]); ws.write(r, 5, tb.get("signed_by") or "", F["val"]); r += 1
        r += 1
        ws.write_row(r, 1, ["Ref", "Action", "Action owner", "Due date", "Progress update", "Status"], F["hdr"]); info["act_hdr"] = r + 1; r += 1
        a0 = r
        if tb["name"].startswith("Template"):
            for i in range(3):
                ws.write_row(r, 1, [f"IP-.{i + 1}", "", "", "", "", ""], F["cell"])
                r += 1
            acts = []
        else:
            acts = actions_for(tb, force_done(tb))
        for a in acts:
            ws.write(r, 1, f"{tb['plan_ref']}.{a[0]}", F["cell"]); ws.write(r, 2, a[1], F["cell"]); ws.write(r, 3, a[2], F["cell"])
            ws.write_datetime(r, 4, datetime.combine(a[3], datetime.min.time()), F["celld"])
            ws.write(r, 5, a[4], F["cell"]); ws.write(r, 6, a[5], st_fmt(a[5]))
            r += 1
        info["acts"] = (a0 + 1, r)
        r += 1
        k0 = r
        ws.write(r, 1, "Overall status: Not started / In progress / Complete - awaiting sign off (evidence with lead) / Complete - signed off (closure agreed at OLB) / Superseded", F["key"]); r += 1
        ws.write(r, 1, "RAG = delivery confidence only: G on track, A at risk, R off track", F["key"]); r += 1
        info["key"] = (k0 + 1, r)
        info["last"] = r
        return info

    def v3_form(ws, tb, template=False):
        ws.set_column("A:A", 34)
        ws.set_column("B:B", 80)
        ws.set_column("C:C", 22)
        ws.set_column("D:D", 12)
        ws.set_column("E:E", 50)
        ws.set_column("F:F", 10)
        ws.write("A1", "Northamptonshire Police", F["title"])
        ws.write("A2", "HMICFRS Recommendations & AFIs – Improvement Plan (form v3)", F["sub"])
        ws.write("A3", "Tab last updated:", F["key"])
        if tb.get("updated"):
            ws.write_datetime("B3", datetime.combine(tb["updated"], datetime.min.time()), wb_date_plain)
        r = 4
        ws.write(r, 0, "HMICFRS Portal ID", F["lab"])
        if tb.get("portal_id") is not None:
            ws.write_number(r, 1, tb["portal_id"], wb_left)
        else:
            ws.write_blank(r, 1, None, F["val"])
        r += 1
        ws.write(r, 0, "Report", F["lab"]); ws.write(r, 1, tb["report"], F["val"]); r += 1
        ws.write(r, 0, "Published", F["lab"]); ws.write(r, 1, tb["published"], F["val"]); r += 1
        ws.write(r, 0, "Type", F["lab"]); ws.write(r, 1, tb["type_"], F["val"]); r += 1
        ws.write(r, 0, "Ref in report", F["lab"]); ws.write(r, 1, tb["refno"], F["val"]); r += 1
        info = {"items": [], "cont": []}
        for lab, text, links in tb["wording"]:
            ws.write(r, 0, lab, F["lab"]); ws.write(r, 1, text, F["val"])
            ws.set_row(r, 15 * max(2, len(text) // 90 + text.count("\n") + 1))
            info["items"].append((r + 1, links))
            r += 1
        ws.write(r, 0, "PEEL question / theme", F["lab"]); ws.write(r, 1, tb["theme"], F["val"]); r += 1
        ws.write(r, 0, "Chief officer lead", F["lab"]); ws.write(r, 1, tb["col"], F["val"]); r += 1
        ws.write(r, 0, "Delivery lead", F["lab"]); ws.write(r, 1, tb["dl"], F["val"]); r += 1
        ws.write(r, 0, "BRAG status", F["lab"]); ws.write(r, 1, tb["status"], st_fmt(tb["status"]) if tb["status"] else F["val"])
        ws.data_validation(r, 1, r, 1, {"validate": "list", "source": "=Lists!$C$2:$C$5", "error_type": "warning"})
        info["status_row"] = r + 1; r += 1
        ws.write(r, 0, "Submitted to HMICFRS for closure", F["lab"])
        if tb.get("submitted"):
            ws.write_datetime(r, 1, datetime.combine(tb["submitted"], datetime.min.time()), F["date"])
        else:
            ws.write_blank(r, 1, None, F["val"])
        r += 1
        r += 1
        ws.write_row(r, 0, ["#", "Action / milestone", "Owner", "Due", "Latest update", "BRAG"], F["hdr"]); info["act_hdr"] = r + 1; r += 1
        a0 = r
        if not template:
            acts = actions_for(tb, force_done(tb))
            if tb.get("note"):
                acts = acts + [(str(len(acts) + 1), "Re-baseline actions against the 2023-25 report", "Det Supt Public Protection",
                                date(2025, 1, 31), f"14/10/24 – {tb['note']}", "AMBER")]
            for a in acts:
                ws.write(r, 0, a[0], F["cell"]); ws.write(r, 1, a[1], F["cell"]); ws.write(r, 2, a[2], F["cell"])
                ws.write_datetime(r, 3, datetime.combine(a[3], datetime.min.time()), F["celld"])
                ws.write(r, 4, a[4], F["cell"]); ws.write(r, 5, a[5], st_fmt(a[5]))
                r += 1
        else:
            for i in range(3):
                ws.write_row(r, 0, [str(i + 1), "", "", "", "", ""], F["cell"])
                r += 1
        info["acts"] = (a0 + 1, r)
        r += 1
        k0 = r
        ws.write(r, 0, "BRAG key:", F["key"]); r += 1
        ws.write(r, 0, "BLUE – complete: evidence accepted by Gold and closure submitted to HMICFRS", F["key"]); r += 1
        ws.write(r, 0, "GREEN – on track", F["key"]); r += 1
        ws.write(r, 0, "AMBER – some slippage / risk to delivery", F["key"]); r += 1
        ws.write(r, 0, "RED – off track or not started", F["key"]); r += 1
        info["key"] = (k0 + 1, r)
        info["last"] = r
        return info

    wb_date_plain = wb.add_format({"num_format": "dd/mm/yyyy", "align": "left", "font_size": 9})
    wb_left = wb.add_format({"align": "left", "border": 1, "valign": "top", "num_format": "0"})

    # TEMPLATE v3 (blank form)
    v3_form(tpl3, dict(name="TEMPLATE v3", report="[report title]", published="[month year]",
                       type_="[Recommendation / AFI / Cause of concern]", refno="[e.g. AFI 3]",
                       portal_id=None, theme="", col="", dl="", status="", submitted=None,
                       wording=[("Recommendation / AFI (verbatim)", "[paste wording VERBATIM from the report / portal]", [])]),
            template=True)
    # old v2 template (hidden)
    v2_form(old_tpl, dict(name="Template (old v2)", tpl="v2", plan_ref="IP-", hmic_ref="", report="",
                          published=date(2018, 4, 9), type_="", col="", dl="", status="", rag="",
                          signed=None, signed_by="", topic="[topic]",
                          wording=[("Wording (as per report)", "[paste wording as per report]", [])]))

    tabcol = {"green": "#70AD47", "amber": "#FFC000", "red": "#FF0000", "blue": "#5B9BD5", "grey": "#A6A6A6"}
    for ws, tb in item_sheets:
        if tb["tpl"] == "v1":
            info = v1_form(ws, tb)
        elif tb["tpl"] == "v2":
            info = v2_form(ws, tb)
        else:
            info = v3_form(ws, tb)
        if tb.get("hidden"):
            ws.hide()
        d = force_done(tb)
        s = (tb.get("status") or "").upper()
        if d:
            ws.set_tab_color(tabcol["grey"] if tb["tpl"] != "v3" else tabcol["blue"])
        elif "RED" in s or s == "R":
            ws.set_tab_color(tabcol["red"])
        else:
            ws.set_tab_color(tabcol["amber"])
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        rows_of[tb["name"]] = info

    # Contents: navigation, last refreshed 30/09/2023; visible tabs as they were then.
    con.set_column("A:A", 18)
    con.set_column("B:B", 44)
    con.set_column("C:C", 14)
    con.set_column("D:D", 60)
    con.set_column("E:E", 30)
    con.write("A1", "Contents – click a tab name to go to the tab", F["title"])
    con.write("A2", "Last refreshed 30/09/2023 (OL Team). Hidden (closed) tabs not listed.", F["key"])
    con.write_row(3, 0, ["Tab", "Report", "Ref", "Short title", "Lead"], F["hdr"])
    r = 4
    newer = {"AFI-24-01", "AFI-24-02", "AFI-24-05", "PFCC hate crime", "IA 23-24 DA dip", "AFI-22-05 (2)"}
    for tb in TABS:
        if tb.get("hidden") or tb["name"] in newer:
            continue
        ref = tb.get("no") or tb.get("hmic_ref") or tb.get("refno") or ""
        first = tb["wording"][0][1]
        first = first[0] if isinstance(first, list) else first
        short = (tb["coc"][1] if tb.get("coc") else first)
        short = short.split("\n")[0]
        short = short[:70] + ("…" if len(short) > 70 else "")
        con.write_url(r, 0, f"internal:'{tb['name']}'!A1", F["link"], tb["name"])
        con.write(r, 1, tb["report"])
        con.write(r, 2, ref)
        con.write(r, 3, short)
        con.write(r, 4, tb.get("lead") or tb.get("dl") or "")
        r += 1
        if tb["name"] == "Eff17 AFI":  # a tab deleted in 2022, still on the contents page
            con.write(r, 0, "Eff17 AFI2", F["link"])
            con.write(r, 1, "PEEL Efficiency 2017")
            con.write(r, 2, "")
            con.write(r, 3, "Merged into Eff17 AFI – tab deleted 2022")
            con.write(r, 4, "")
            r += 1
    con_last = r

    # Summary (stale)
    summ.set_column("A:A", 40)
    summ.set_column("B:F", 14)
    summ.write("A1", "Summary – position as at 30/09/2023 (for JIAC 12/10/2023)", F["title"])
    summ.write_row(2, 0, ["Report", "Items", "Complete", "In progress", "Not started", "Notes"], F["hdr"])
    srows = [
        ("Legacy HMIC reports 2013-2016", 24, 19, 5, 0, "Hidden tabs included"),
        ("Crime Data Integrity 2017", 6, 2, 4, 0, ""),
        ("Stolen Freedom (MSHT) 2017", 6, 2, 4, 0, ""),
        ("PEEL 2017 (efficiency / legitimacy)", 8, 4, 4, 0, ""),
        ("NCPI 2018", 1, 1, 0, 0, ""),
        ("PEEL 2018/19", 5, 3, 2, 0, ""),
        ("Police powers spotlight 2021", 5, 2, 3, 0, ""),
        ("PEEL 2021/22", 7, 1, 6, 0, ""),
    ]
    r = 3
    for row in srows:
        summ.write_row(r, 0, row)
        r += 1
    summ.write(r, 0, "TOTAL", F["lab"])
    summ.write_formula(r, 1, f"=SUM(B4:B{r})", F["lab"], sum(x[1] for x in srows))
    summ.write_formula(r, 2, f"=SUM(C4:C{r})", F["lab"], sum(x[2] for x in srows))
    summ.write_formula(r, 3, f"=SUM(D4:D{r})", F["lab"], sum(x[3] for x in srows))
    summ.write_formula(r, 4, f"=SUM(E4:E{r})", F["lab"], sum(x[4] for x in srows))
    summ_last = r + 1

    cov.activate()
    wb.close()
    return rows_of, con_last, summ_last


def build_hmicfrs(path):
    cols = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date", "Latest comment"]
    recs = []
    for k, v in HMIC.items():
        title, pub, scope = REPORTS[v["rep"]]
        recs.append((title, v["id"], k, [str(v["id"]), FORCE, title, pub.strftime("%d/%m/%Y"), v["type"],
                                         v["text"], v["status"], v["sdate"].strftime("%d/%m/%Y"), v["comment"]]))
    recs.sort(key=lambda x: (x[0].lower(), x[1]))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(cols)
    rowmap = {}
    for i, (_, _, k, row) in enumerate(recs):
        w.writerow(row)
        rowmap[k] = i + 2
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    return rowmap


def main():
    os.makedirs(OUT, exist_ok=True)
    rows_of, con_last, summ_last = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    hrow = build_hmicfrs(os.path.join(OUT, "hmicfrs.csv"))

    truth = []
    for tb in TABS:
        info = rows_of[tb["name"]]
        for rownum, links in info["items"]:
            for hk, cat, why in links:
                truth.append((f"hmicfrs.csv!{hrow[hk]}" if hk else "", f"{tb['name']}!{rownum}", cat, why))
    for hk, why in MISSING:
        truth.append((f"hmicfrs.csv!{hrow[hk]}", "", "missing_from_force", why))

    # ---- self-checks on my own labels (not a tool run) ----
    seen_h = {t[0] for t in truth if t[0]}
    assert seen_h == {f"hmicfrs.csv!{v}" for v in hrow.values()}, "every HMICFRS row covered"
    closed = {"Complete", "Superseded", "No further action required"}
    groups = {}
    for tb in TABS:
        for _, links in rows_of[tb["name"]]["items"]:
            for hk, cat, _ in links:
                if hk:
                    groups.setdefault(hk, []).append((tb, cat))
    for hk, lst in groups.items():
        done = all(force_done(tb) for tb, _ in lst)
        hclosed = HMIC[hk]["status"] in closed
        exp = ("in_sync" if done == hclosed else "closeable_submit" if done else "closeable_local")
        for tb, cat in lst:
            if cat != "conflict":
                assert cat == exp, (hk, tb["name"], cat, exp)
    truth.sort(key=lambda t: (t[1] == "", t[1].split("!")[0] if t[1] else "", int(t[1].split("!")[1]) if t[1] else 0, t[0]))
    # keep workbook tab order for the force lines
    order = {tb["name"]: i for i, tb in enumerate(TABS)}
    truth.sort(key=lambda t: (t[1] == "", order.get(t[1].rsplit("!", 1)[0], 999) if t[1] else 0,
                              int(t[1].rsplit("!", 1)[1]) if t[1] else 0,
                              int(t[0].split("!")[1]) if t[0] else 0))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_readme(rows_of, hrow, truth, con_last, summ_last)


def write_readme(rows_of, hrow, truth, con_last, summ_last):
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    nh = len(hrow)
    ntabs = len(TABS)
    nforce_lines = sum(1 for t in truth if t[1])
    tabtable = []
    for tb in TABS:
        i = rows_of[tb["name"]]
        items = ", ".join(str(r) for r, _ in i["items"])
        cont = (f"; continuation rows {i['cont'][0]}-{i['cont'][-1]}" if i["cont"] else "")
        tabtable.append(f"| {tb['name']} | {tb['tpl']} | {'hidden' if tb.get('hidden') else 'visible'} | {items}{cont} | "
                        f"{i['status_row']} | {i['act_hdr']} / {i['acts'][0]}-{i['acts'][1]} | {i['key'][0]}-{i['key'][1]} |")
    catlines = "\n".join(f"| {c} | {cnt.get(c, 0)} |" for c in
                         ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
                          "not_on_hmicfrs_list", "review"])
    text = README_TEMPLATE.format(
        nh=nh, ntabs=ntabs, nsheets=ntabs + 6, nlines=len(truth), nforce_lines=nforce_lines,
        tabtable="\n".join(tabtable), catlines=catlines, con_last=con_last, summ_last=summ_last,
        hlast=nh + 1,
    )
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


README_TEMPLATE = r'''# Case `tab_per_item_forms_three_templates` (round 73, case A)

## The story

Northamptonshire Police's Organisational Learning Team has kept its HMICFRS tracker since April
2015 as one Excel workbook with **one worksheet per recommendation, cause of concern or area
for improvement**. Each tab is a small label/value form (report, published, reference, the
wording, leads, status) with the force's action table under it. Whenever a new report arrives,
someone copies the current template tab and pastes the wording. Over ten years the form was
redesigned twice, so three generations live side by side, each with its **own status
vocabulary and its own key at the foot of the tab**:

- **v1 (2015–2017, "HMIC Recommendation – Action Plan")**: `RAG status` Green/Amber/Red,
  where **GREEN = recommendation discharged / actions complete** (done).
- **v2 (2018–2020, merged-cell form)**: `Overall status` Not started / In progress / Complete -
  awaiting sign off / Complete - signed off / Superseded, plus a separate `RAG` that is only
  *delivery confidence* (G = on track).
- **v3 (2021 onwards, BRAG with HMICFRS Portal ID)**: **BLUE = complete**; **GREEN = on track,
  still open**; AMBER; RED.

Closed pre-2018 tabs were hidden, not deleted. The Contents and Summary sheets were last
refreshed for the October 2023 audit committee. The PEEL 2023–25 report (August 2024) has only
partly been entered. The force has also started to put a few of its own items (an internal-audit
action and a PFCC accountability-board action) on the same form.

The HMICFRS side is the force's definitive list as a plain CSV export of the monitoring
register: one record per item, {nh} items.

## The files

### `hmicfrs.csv`
UTF-8 with BOM, CRLF record ends, comma-separated, RFC 4180 quoting. Header on row 1; rows
2–{hlast} are the {nh} items, **one record per row as Excel shows it** even though many
`Recommendation` cells hold line breaks (bullets) inside quotes. Columns: `Recommendation ID`
(plain integer register ID), `Force`, `Report title`, `Publication date` (dd/mm/yyyy), `Type`
(Recommendation / Area for improvement / Cause of concern / National recommendation),
`Recommendation` (verbatim, quirks kept: curly quotes, `•` bullets with and without spaces,
stray footnote digits "and 20", "intelligence 86"), `Status` (Awaiting review, Being progressed =
open; Complete, Superseded, No further action required = closed), `Status date`, `Latest
comment`. Sorted by report title, then ID. No non-item rows except the header.

### `tracker.xlsx`
{nsheets} worksheets written with XlsxWriter: `Cover`, `Contents`, `Summary`, `TEMPLATE v3`,
{ntabs} item tabs, `Template (old v2)` (hidden) and `Lists` (very hidden, the drop-down
values). 15 item tabs are **hidden** (closed 2013–2016 items); they are still part of the
force's record and are in the truth.

**Provenance convention:** an item's force row is `Tab!Row` of the **row that holds the item's
wording** on that tab (the value cell of the `Recommendation:` / `Wording (as per report)` /
`Cause of concern` / `Recommendation / AFI (verbatim)` field). Where one tab has a cause of
concern and its recommendation on two separate field rows, each item cites its own row. Where
one cell holds several items, each item cites that same row.

Form layouts (rows as Excel shows them):

| Form | Rows 1–3 | Fields | Wording row(s) | Status row | Action table | Key |
|---|---|---|---|---|---|---|
| v1 | A1 force, A2 form title | A4 Report, A5 Date published (date or text "Oct 2015"), A6 Recommendation No. (report numbering, not a register ID) | 7 | 9 (`RAG status`) | header 12, actions 13+ | 4 rows after the actions |
| v2 | B1:H1 and B2:H2 merged titles | B4 Plan ref (force's own IP-nnn) / E4 HMICFRS ref (report numbering such as "Rec 1", or blank), B5 report (C5:H5 merged), B6 Published / E6 Type, B7 leads | 8 (C8:H8 merged); CoC tabs 8 = `Cause of concern`, 9 = `Recommendation` | 9 (10 on CoC tabs): Overall status C, RAG F; next row Date signed off / Signed off by | header 12 (13), actions below | 2 rows |
| v3 | A1 force, A2 form title, A3 "Tab last updated" | A5 HMICFRS Portal ID (register ID), A6 Report, A7 Published (text), A8 Type, A9 Ref in report | 10 | 14 (`BRAG status`); 15 Submitted to HMICFRS for closure | header 17, actions 18+ | 5 rows |

Exact rows, tab by tab (item rows are the only rows in the truth):

| Tab | Form | State | Item row(s) | Status row | Action header / action rows | Key rows |
|---|---|---|---|---|---|---|
{tabtable}

## What the layout brings, point by point

1. **No single table.** Items are spread over {ntabs} tabs; each item is a label/value form,
   not a row of a table. The wording sits in column B (v1, v3) or in the merged C:H (v2), on row
   7, 8/9 or 10 depending on the form.
2. **Three status vocabularies in one workbook.** GREEN means *done* on v1 tabs (key: "GREEN –
   recommendation discharged / actions complete") and *on track, open* on v3 tabs (key: "GREEN
   – on track"; BLUE = complete). On v2 tabs the decisive field is `Overall status`; the `RAG`
   next to it is delivery confidence only. A reader takes each tab's status against the key on
   that tab.
3. **Hidden tabs** (15 item tabs) hold closed legacy items, some of which HMICFRS still has open
   (`Core Bus R2`, `Eff16 R2`), one HMICFRS no longer lists (`CDI14 R2`).
4. **Action tables under every form** (2–4 rows each) carry their own status words (Green /
   Complete / BLUE / AMBER …). They are the force's actions, not items: the tab's own status
   field decides the item.
5. **One recommendation split over several tabs**: CDI 2017 rec 1 over `CDI17 R1a`–`R1e` (one
   bullet each, all done); Stolen freedom rec 1 over `MSHT R1a`–`R1d` (part c still In
   progress, so the item is open).
6. **Several items in one tab**: `Austerity 14!7` holds four national recs in one cell;
   `Eff16 CoC+R1!7` holds a cause of concern and its rec 1 in one cell; `CDI17 AFI1&2!8` holds two
   AFIs in one cell; `Legit17 CoC`, `Vetting CoC` and `PEEL19 CoC` hold a cause of concern on row
   8 and its recommendation on row 9.
7. **Wording pasted from Word one paragraph per row**: `DA Everyones Bus` rows 7–14 are one
   recommendation (row 7 carries it; rows 8–14 are continuation paragraphs with no label).
8. **References of three kinds**: v1 `Recommendation No.` and v2 `HMICFRS ref` are the numbering
   in the report ("Rec 3", "AFI 1 / AFI 2"), not register IDs; v2 `Plan ref` is the force's own
   IP-nnn; only the v3 `HMICFRS Portal ID` is the register's `Recommendation ID`.
9. **Dates** as real Excel dates (v1 `Date published`, v2 `Published`, signed-off dates) and as
   text ("Oct 2015", "June 2022", "26/02/2021").
10. **Furniture sheets**: `Cover` (purpose, status keys, version history), `Contents`
    (hyperlinked list of tabs, refreshed 30/09/2023: it omits hidden and newer tabs and still
    lists a tab deleted in 2022, `Eff17 AFI2`), `Summary` (stale counts as at 30/09/2023 with a
    SUM row), `TEMPLATE v3` and hidden `Template (old v2)` (blank forms with placeholder
    wording), very hidden `Lists`.

## Traps and how the truth decides them

- **GREEN on a v3 tab is open.** `PP R2` and `AFI-22-04` are GREEN (on track): with HMICFRS
  Being progressed they are `in_sync`, not closeable. On v1 tabs Green is done: `FL R4` (Green,
  HMICFRS Being progressed) is `closeable_submit`.
- **v2 RAG "G" is not done**: `CDI17 R3`, `MSHT R6` etc. have RAG G or A but Overall status In
  progress → open.
- **Blank status with sign-off filled**: `MSHT R2` has no Overall status, but Date signed off
  12/03/2019 and Signed off by are filled → done; HMICFRS Complete → `in_sync`.
- **"N/A – for Home Office / NPCC"** on `PP R4`: nothing for the force to deliver = done on the
  force side; HMICFRS Awaiting review → `closeable_submit`.
- **Split item**: the five `CDI17 R1x` lines are `closeable_submit` (all parts done); the four
  `MSHT R1x` lines are `in_sync` (part c open, HMICFRS open).
- **Near-duplicate texts across reports**, decided by the tab's report field and the clauses
  that differ: Stop and search 2013 rec 3 vs Stop and search 2 (2015) (`S&S2 2015` is the 2015
  one: "PCCs", "for example young people"; the 2013 one is `missing_from_force`); Core Business
  2014 rec 1 vs CDI 2017 rec 2 (call-handler criteria); CDI 2017 rec 4 vs Stolen freedom rec 5
  (NCRS for MSHT; only the latter has the audit-capacity clause); PEEL 2018/19 AFI on accurate
  data vs PEEL 2023–25 AFI 5 on performance processes.
- **Identical text in two PEEL reports**: PEEL 2021/22 AFI 2 and PEEL 2023–25 AFI 1 are the same
  words. `AFI-22-02` (BLUE, Portal ID of the 2021/22 item) is `in_sync` with the Complete 2021/22
  item. `AFI-24-01` carries the 2023–25 item's Portal ID and a note "AFI repeated in PEEL 2023-25
  report", but its Report/Published fields were copied from the 2021/22 tab → `conflict`
  (report).
- **Copied Portal ID**: `AFI-22-03` holds AFI 3 (fraud victims kept informed) but its Portal ID
  is AFI 2's → `conflict` (reference).
- **Tab name misleads**: `AFI-22-05 (2)` is a copy of the AFI 5 tab re-used for AFI 7 (stalking
  and harassment training); its wording and "Ref in report AFI 7" decide → `in_sync`.
- **Wording missing**: `AFI-24-05` says "(see HMICFRS portal …)"; Portal ID and "AFI 5" decide →
  `in_sync`.
- **Timescale conflicts**: `Integrity Matters` "By 31 August 2016" vs 2015; `MSHT R5` "Within 6
  months" vs "Immediately"; `PEEL19 R2` "Within 12 months" vs "within six months".
- **Type conflict**: `Eff17 AFI` has Type Recommendation; HMICFRS has it as an Area for
  improvement.
- **Missing bullet**: `NCPI 2018` lists four of the five bullets (detention certificates
  missing).
- **Abbreviations and typos** that do not change meaning are not conflicts ("CCs", "S&S", "MSHT",
  "ISAs", "FCR", "within 3 months" for "within three months", "recieving", "supervison",
  "accomodation").
- **One status for two items**: on `PEEL19 CoC` the signed-off status covers both the cause of
  concern (HMICFRS Being progressed → `closeable_submit`) and its recommendation (HMICFRS
  Complete → `in_sync`).
- **Force's own items** on the same form: `IA 23-24 DA dip` (internal audit) and `PFCC hate
  crime` (PFCC action), plus the legacy `CDI14 R2` → `not_on_hmicfrs_list`.
- **Missing from the force**: Stolen freedom rec 7 (open: nobody owns it), PEEL 2018/19 AFI 1,
  Stop and search 2013 rec 3, PEEL 2023–25 AFI 3 and AFI 4 (no tabs yet).
- **Contents and Summary look like item lists but are not**: their rows are navigation and
  stale counts, not the force's record; the forms are.

## Counts

{nlines} truth lines ({nforce_lines} with a force row; every HMICFRS row appears at least once).

| category | lines |
|---|---|
{catlines}

`review` is not used: every pair is decided by the wording, the report field, the reference or
the Portal ID.

## Rows that are not items

- `hmicfrs.csv` row 1: header.
- `Cover` (all rows): title, purpose, how-to, status keys, version history.
- `Contents` rows 1–{con_last}: title, note, header (row 4) and navigation rows (a table of
  contents: hyperlinks to the tabs, stale since 30/09/2023, including a deleted tab).
- `Summary` rows 1–{summ_last}: title, header, stale counts, TOTAL formula row.
- `TEMPLATE v3`, `Template (old v2)` (hidden): blank forms, placeholder wording only.
- `Lists` (very hidden): drop-down values.
- On every item tab, every row other than the item row(s) in the table above: titles (rows
  1–3), label/value fields (report, published, references, type, leads, status, sign-off,
  submitted), the action-table header and action rows, the key rows, blank rows; and on `DA
  Everyones Bus` rows 8–14, continuation paragraphs of the row-7 recommendation.

## Checks run

- Every tab's item rows are in the truth, once per item (one line per part for split items,
  one line per item where a cell or tab holds several); every HMICFRS row 2–{hlast} appears at
  least once (asserted by the builder).
- The builder asserts that every non-conflict line agrees with the statuses as read by eye
  (force done = v1 Green, v2 Complete/Superseded or signed-off date, v3 BLUE or N/A; a split item
  is done only when every part is; HMICFRS closed = Complete / Superseded / No further action
  required).
- Files read back: `hmicfrs.csv` with pandas (`encoding="utf-8-sig"`, {nh} rows, 9 columns)
  and with Python's csv module (record count = {nh}); `tracker.xlsx` with openpyxl (sheet
  states: 15 hidden item tabs, hidden old template, very hidden Lists; merged ranges on v2
  tabs; each truth `Tab!Row` points at a non-empty wording cell) and with pandas
  (`sheet_name=None`, all {nsheets} sheets).
- Two builds are byte-identical (sha256 of all four files compared).
- The `reconcile` tool was not read, imported or run.
'''

if __name__ == "__main__":
    main()
