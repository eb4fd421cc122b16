"""Build the evaluation case `rebaselined_improvement_plan`.

Force side: a programme office's HMICFRS improvement plan that was *rebaselined* (v2.1 -> v3.0)
by the force's Strategic Improvement Board. Lines carry their new plan ref, their old v2 ref,
the HMICFRS register ref where somebody typed it, the force's own short report names and type
abbreviations, the requirement in the plan's own words, and a Delivery status plus a
"Rebaseline / SIB decision" column. At rebaseline some lines were split (one row per bullet),
some merged (the merged-away line kept as a stub "Merged into W1.02"), some reworded, some
closed, and new lines added (including the force's own local actions and newly published
PEEL 2023-25 AFIs).

HMICFRS side: a plain register export (CSV, UTF-8) of the force's definitive list.

All recommendation texts are real public HMICFRS wording (Open Government Licence), copied from
/work/main/reconcile/casegen/texts and /work/shared/data/real_recommendations.csv. Force
rewordings, deliverables and updates are written for this case.

Run:  /work/main/.venv/bin/python build_rebaselined_improvement_plan.py
Rebuilds the case byte for byte (seed below; xlsx zip timestamps and document properties are
pinned).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 5411
CASE = "rebaselined_improvement_plan"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Gloucestershire Constabulary"

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# Real texts (copied verbatim from the casegen text lists / real_recommendations.csv)
# --------------------------------------------------------------------------------------------
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
MISSING_CHILDREN_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
CHILD_DETENTION_BODY = (
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
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
CAUSE_INVESTIGATION = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated."
)
CAUSE_VETTING = f"The size of the vetting backlog within {FORCE} is a cause of concern."

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------------
# HMICFRS side: reports and items
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 17)),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020",
                  dt.date(2020, 8, 11)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 5, 27)),
    "peel2325": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25",
                 dt.date(2023, 11, 21)),
}

# key: (report, ref, type, text, HMICFRS status, status date)
AR, BP, CO, SU = "Awaiting review", "Being progressed", "Complete", "Superseded"
HM = {
    "sas13_1": ("sas13", 1204, NAT,
                "Chief Constables and the College of Policing should establish in the Stop and "
                "Search Authorised Professional Practice document a clear specification of what "
                "constitutes the effective and fair exercise of stop and search powers, and "
                "guidance in this respect. This should be compliant with the Code of Practice.",
                CO, dt.date(2016, 2, 11)),
    "sas13_2": ("sas13", 1205, NAT,
                "Chief Constables should establish or improve monitoring of the way officers stop "
                "and search people, so that they can be satisfied their officers are acting in "
                "accordance with the law (including equality legislation and the Code of "
                "Practice), and that the power is used effectively to prevent crime, catch "
                "criminals and maintain public trust.",
                SU, dt.date(2018, 1, 15)),
    "sas13_3": ("sas13", 1206, NAT,
                "Chief Constables should, in consultation with elected local policing bodies, "
                "ensure that they comply with the code of practice by explaining to the public "
                "the way stop and search powers are used in their areas and by making "
                "arrangements for stop and search records to be scrutinised by community "
                "representatives. This should be done in a way that involves those people who "
                "are stopped and searched, for example, young people.",
                CO, dt.date(2015, 6, 30)),
    "everyone": ("everyone", 2321, NAT, EVERYONE_PLAN, CO, dt.date(2015, 4, 20)),
    "aus1": ("austerity", 3107, NAT,
             "All Chief Constables and PCCs should review their plans to deliver savings to "
             "ensure they are doing all they can to continue to reduce crime and protect the "
             "front line while balancing their budgets. They should use the data and "
             "information contained in this report, and in HMIC's Value for Money profiles, "
             "when conducting their reviews",
             CO, dt.date(2015, 3, 2)),
    "aus2": ("austerity", 3108, NAT,
             "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
             "savings through collaboration should assess whether there is scope to improve "
             "on this position. HMIC will follow up the assessments in the autumn.",
             BP, dt.date(2023, 4, 3)),
    "aus3": ("austerity", 3109, NAT,
             "Chief Constables and PCCs in forces that are planning to reduce the proportion "
             "of their workforce and/or police officers on the front line should assess "
             "whether they have taken the decisive action seen in many forces in order to "
             "maintain their crime fighting capacity. HMIC will follow up the assessments in "
             "the autumn.",
             SU, dt.date(2016, 11, 3)),
    "aus4": ("austerity", 3110, NAT,
             "In preparation for the next spending round period all Chief Constables and PCCs "
             "should review their plans for collaboration. In particular they should consider "
             "whether there is scope to deliver better value for money and improved "
             "capability and capacity through joint working with other forces, the public "
             "and/or the private sector.",
             CO, dt.date(2017, 5, 22)),
    "core1": ("core", 4822, NAT,
              "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
              "that have not yet done so, should provide call-handlers with specific, sound and "
              "comprehensible criteria against which they can assess threat, harm and risk.",
              BP, dt.date(2023, 4, 3)),
    "core2": ("core", 4823, NAT,
              "By 31 March 2015 all forces should ensure that crime prevention or disruption "
              "activity carried out is systematically recorded and subsequently evaluated to "
              "determine the effectiveness of tactics being employed.",
              CO, dt.date(2023, 6, 14)),
    "integrity": ("integrity", 902, NAT,
                  "By 31 August 2015, all chief constables should satisfy themselves that they "
                  "have processes in place to ensure that investigations into misconduct by "
                  "officers and staff resulting in “no further action” are fair and free of any "
                  "form of discrimination.",
                  BP, dt.date(2023, 4, 3)),
    "sas15": ("sas15", 5230, NAT,
              "Chief constables should, in consultation with police and crime commissioners, "
              "ensure that they comply with the Code of Practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example young people.",
              BP, dt.date(2023, 4, 3)),
    "picture": ("picture", 5511, NAT,
                "By 30 November 2015, chief constables should put in place arrangements to "
                "scrutinise audits of compliance with the APP on information management through "
                "the force information management governance structure. This should include "
                "measures to ensure that categorisation of records are regularly adjusted.",
                BP, dt.date(2023, 4, 3)),
    "fa1": ("firearms", 5874, NAT,
            "Within three months, all chief constables should assess how well the governance "
            "of firearms licensing in his or her force meets the standards set out in "
            "Authorised Professional Practice. Chief constables of forces where the "
            "governance standards are not being complied with should put in place "
            "immediately the correct arrangements and procedures in order to meet the "
            "standards in full.",
            CO, dt.date(2016, 9, 8)),
    "fa2": ("firearms", 5875, NAT,
            "Within three months, all chief constables should assess the demand placed on their "
            "firearms licensing department and ensure it has the capacity to meet this demand and "
            "provide an efficient and effective service at all times.",
            CO, dt.date(2017, 2, 27)),
    "fa3": ("firearms", 5876, NAT,
            "Immediately, all chief constables should satisfy themselves that all appropriate "
            "action is being taken by their force with regard to ‘total expired’ licensing "
            "records.",
            CO, dt.date(2016, 9, 8)),
    "fa4": ("firearms", 5877, NAT,
            "Within three months, all chief constables should ensure that their arrangements "
            "in respect of the use of temporary permits are in accordance with the Home "
            "Office guidance; that temporary permits are properly recorded without delay on "
            "the National Firearms Licensing Management System; and that effective systems "
            "exist to ensure certificate holders are not permitted, at any time, to remain "
            "in unlawful possession of a firearm.",
            BP, dt.date(2023, 4, 3)),
    "fa5": ("firearms", 5878, NAT,
            "Within three months, all chief constables should ensure that systems designed "
            "to identify, prior to police attendance, whether a reported incident involves "
            "or is at the address of a firearm certificate holder are in place and are "
            "always applied by staff dispatching officers to incidents; and that officers "
            "understand the risk assessment which they should be undertaking in such "
            "circumstances, and their power, when appropriate, to seize firearms and firearm "
            "certificates.",
            BP, dt.date(2023, 4, 3)),
    "e16_coc1": ("eff16", 6811, COC, CAUSE_DA, SU, dt.date(2022, 7, 19)),
    "e16_r1": ("eff16", 6812, REC,
               "To address this cause of concern, HMIC recommends the force should immediately "
               "take steps to ensure that there is effective supervision of the initial risk "
               "assessment process, specifically in relation to the completion of DASH risk "
               "assessment in appropriate cases. In cases where a DASH risk assessment is not "
               "completed the officer should record an assessment on the crime management "
               "system.",
               SU, dt.date(2022, 7, 19)),
    "e16_coc2": ("eff16", 6813, COC, CAUSE_MISSING, BP, dt.date(2023, 4, 3)),
    "e16_r2": ("eff16", 6814, REC,
               "To address this cause of concern, HMIC recommends the force should immediately "
               + MISSING_CHILDREN_BODY + ".",
               BP, dt.date(2023, 4, 3)),
    "sf1": ("stolen", 7902, NAT, SF_LEADERSHIP, BP, dt.date(2023, 4, 3)),
    "sf2": ("stolen", 7903, NAT,
            "Within six months, forces should have in place active information-sharing "
            "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
            "and in order to safeguard victims better and to identify suspects as early as "
            "possible",
            CO, dt.date(2019, 10, 1)),
    "sf3": ("stolen", 7904, NAT,
            "Immediately, forces should ensure that all victims carrying out criminal acts "
            "under compulsion attributable to slavery or exploitation are afforded the "
            "protection of early and continuing consideration of the applicability of the "
            "section 45 defence.",
            CO, dt.date(2023, 6, 14)),
    "sf4": ("stolen", 7905, NAT,
            "Immediately, forces should take steps to ensure they are fully compliant with "
            "the NRM process as it evolves and are implementing the requirement placed upon "
            "them under the Modern Slavery Act 2015 to notify the Home Office of any "
            "individual suspected to be an adult victim of modern slavery or human "
            "trafficking.",
            BP, dt.date(2023, 4, 3)),
    "sf5": ("stolen", 7906, NAT,
            "Immediately, forces should take steps to ensure they fully comply with national "
            "crime recording standard (NCRS) requirements for offences identified as modern "
            "slavery and human trafficking and that sufficient audit capacity is available "
            "to the force crime registrar to provide reassurance that each force is "
            "identifying and managing any gaps in its crime-recording accuracy for these "
            "types of offences.",
            SU, dt.date(2019, 11, 28)),
    "sf6": ("stolen", 7907, NAT,
            "Immediately, forces should ensure that allegations or indications of modern "
            "slavery and human trafficking are thoroughly investigated and effectively "
            "supervised by teams and individuals with the skills and experience to undertake "
            "them (this should include the use where appropriate of joint intelligence teams "
            "and other means to obtain intelligence and evidence from agencies overseas).",
            BP, dt.date(2023, 4, 3)),
    "sf7": ("stolen", 7908, NAT,
            "Immediately, forces should review their use of preventative powers under the "
            "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
            "of those deemed to pose a clear threat to others in respect of modern slavery "
            "and human trafficking offences are exploited.",
            CO, dt.date(2022, 2, 9)),
    "efc17": ("efc17", 8215, NAT,
              "By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force. The Home Office, National Police "
              "Chiefs' Council and Association of Police and Crime Commissioners should "
              "support the development of these plans by establishing a national framework "
              "which allows for the provision of digitally enabled services across force "
              "boundaries.",
              CO, dt.date(2023, 6, 14)),
    "leg_coc": ("leg17", 8541, COC,
                "HMICFRS is concerned that forces are not able to demonstrate that the use of "
                "stop and search powers is consistently reasonable and fair. In particular, "
                "there is over-representation of BAME people, and black people in particular, "
                "in stop and search data which many forces are unable to explain.",
                BP, dt.date(2023, 4, 3)),
    "leg1": ("leg17", 8542, NAT, SAS_MONITORING_2017, BP, dt.date(2023, 4, 3)),
    "leg2": ("leg17", 8543, NAT,
             "Where forces identify disparities through monitoring, they should demonstrate "
             "to the public that they have:\n"
             "•carried out research and analysis in an attempt to understand the reasons for "
             "the disparity, and •taken action to reduce the disparity, where necessary;",
             BP, dt.date(2023, 4, 3)),
    "leg3": ("leg17", 8544, NAT,
             "We expect forces to publish this analysis and any actions taken at least on an "
             "annual basis, from July 2018.",
             CO, dt.date(2020, 3, 5)),
    "leg4": ("leg17", 8545, NAT,
             "By July 2018, and ongoing following that date, forces should ensure that all "
             "officers who use stop and search powers have been provided with, and "
             "understand, training on unconscious bias and College of Policing APP on stop "
             "and search.",
             SU, dt.date(2021, 3, 30)),
    "ncpi_r1": ("ncpi18", 9123, REC,
                "Within six months the force should improve how it works with partner "
                "organisations to safeguard people at risk from child sexual exploitation.",
                BP, dt.date(2023, 4, 3)),
    "ncpi_r2": ("ncpi18", 9124, REC,
                "Within three months, the force should make sure investigations of online child "
                "sexual abuse are allocated to officers with the right skills and are effectively "
                "supervised.",
                CO, dt.date(2022, 10, 12)),
    "p18_a1": ("peel1819", 9460, AFI,
               "The force should improve its understanding of the nature and scale of county "
               "lines drug dealing in its area.",
               CO, dt.date(2021, 5, 6)),
    "p18_a2": ("peel1819", 9461, AFI,
               "The force should make sure victims of stalking and harassment are kept informed "
               "about the progress of their case, in line with the Code of Practice for Victims "
               "of Crime.",
               BP, dt.date(2023, 4, 3)),
    "p18_a3": ("peel1819", 9462, AFI,
               "The force should improve how it gathers, assesses and acts on intelligence about "
               "serious and organised crime.",
               SU, dt.date(2022, 7, 19)),
    "p18_a4": ("peel1819", 9463, AFI,
               "The force should make sure its analysis of hate crime informs its strategic "
               "assessment and control strategy.",
               BP, dt.date(2023, 4, 3)),
    "cdi_r1": ("cdi19", 10231, REC,
               "Within six months the force should " + CDI_VICTIMS_BODY + ".",
               BP, dt.date(2023, 4, 3)),
    "cdi_r2": ("cdi19", 10243, REC,
               "Immediately, the force should make sure it records reports of rape and serious "
               "sexual offences accurately and without delay.",
               CO, dt.date(2021, 11, 24)),
    "cdi_r3": ("cdi19", 10239, REC,
               "By March 2020, the force should revise its approach to cautions, cannabis "
               "warning and penalty notices for disorder to ensure that there is a clear and "
               "auditable explanation to the offender of the implications of receiving the "
               "warning and that, for victim-based crimes, there is a clear and auditable record "
               "that views of the victim are considered prior to their issue.",
               BP, dt.date(2023, 4, 3)),
    "cdi_a1": ("cdi19", 10234, AFI,
               "The force should make sure it records reports of anti-social behaviour "
               "accurately and without delay.",
               BP, dt.date(2023, 4, 3)),
    "cus_r1": ("custody20", 10877, REC,
               f"Within six months {FORCE} should, " + CHILD_DETENTION_BODY + ".",
               BP, dt.date(2023, 4, 3)),
    "cus_a1": ("custody20", 10878, AFI,
               "The force should make sure officers and staff have the training they need to "
               "identify and respond to people with mental ill health.",
               CO, dt.date(2022, 3, 1)),
    "pw1": ("powers", 11402, NAT,
            "By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict "
            "management and de-escalation.",
            BP, dt.date(2023, 4, 3)),
    "pw2": ("powers", 11403, NAT,
            "By July 2021, forces should ensure that communication skills are reinforced as "
            "part of the programme of continuing professional development for officers and "
            "staff, and that supervisors are supported to routinely and frequently debrief "
            "officers on these skills using body-worn video footage.",
            BP, dt.date(2023, 4, 3)),
    "pw3": ("powers", 11404, NAT, BWV_2021, BP, dt.date(2023, 4, 3)),
    "pw5": ("powers", 11406, NAT,
            "By July 2021, forces should ensure they have effective internal monitoring "
            "processes on the use of force, to help them to identify and understand "
            "disproportionate use, explain the reasons and implement any necessary "
            "improvement action.",
            CO, dt.date(2022, 12, 7)),
    "p21_coc1": ("peel2122", 11904, COC, CAUSE_INVESTIGATION, BP, dt.date(2023, 10, 2)),
    "p21_r1": ("peel2122", 11905, REC,
               "Within six months the force should ensure regular and active supervision of the "
               "quality and progress of investigations. This supervision should be properly "
               "recorded.",
               BP, dt.date(2023, 10, 2)),
    "p21_r2": ("peel2122", 11906, REC,
               "Within six months the force should improve its use of its crime-recording and "
               "management system to better manage its case files and investigative processes.",
               BP, dt.date(2023, 10, 2)),
    "p21_r3": ("peel2122", 11907, REC,
               "Within six months the force should improve its ability to retrieve digital "
               "evidence from mobile phones, computers and other electronic devices quickly "
               "enough to ensure investigations are not delayed.",
               BP, dt.date(2023, 10, 2)),
    "p21_coc2": ("peel2122", 11908, COC, CAUSE_VETTING, CO, dt.date(2023, 10, 2)),
    "p21_r4": ("peel2122", 11909, REC,
               "The force should ensure all staff have received at least the lowest level of "
               "vetting clearance for their roles as quickly as possible, working to clear both "
               "the vetting backlog and new vetting renewals when they become due so that it "
               "complies fully with the national vetting guidelines.",
               CO, dt.date(2023, 10, 2)),
    "p21_a1": ("peel2122", 11910, AFI,
               "The force should put plans in place to monitor, including through the gathering "
               "and analysis of staff feedback, team cultures and provide prompt remedial action "
               "for any issues it identifies.",
               BP, dt.date(2023, 10, 2)),
    "p21_a2": ("peel2122", 11911, AFI,
               "The force should make sure it provides a confidential way for staff to raise "
               "concerns and that staff are aware of whistleblowing processes.",
               BP, dt.date(2023, 10, 2)),
    "p21_a3": ("peel2122", 11912, AFI,
               "The force should develop a future workforce plan that is aligned with its "
               "overall demand and budget. The plan should include future resource allocations, "
               "the mix of skills required by the workforce and behaviours expected of them.",
               BP, dt.date(2023, 10, 2)),
    "p21_a4": ("peel2122", 11913, AFI,
               "The force should undertake further work to gain a fuller understanding of "
               "current demand for its services, and likely future changes in demand. This is "
               "so it can make best use of its resources by matching them to demand to meet "
               "the needs of the public.",
               CO, dt.date(2023, 10, 2)),
    "p21_a5": ("peel2122", 11914, AFI,
               "The force should make sure it has access to accurate data and analysis to "
               "support effective performance management.",
               BP, dt.date(2023, 10, 2)),
    "p21_a6": ("peel2122", 11915, AFI,
               "The force should ensure that it has sufficient resources available in the "
               "control room to fulfil its resourcing model, and so to meet its demand, while "
               "also taking into account the wellbeing of its workforce.",
               BP, dt.date(2023, 10, 2)),
    "p21_a7": ("peel2122", 11916, AFI,
               "The force should review its approach to stalking and harassment to make sure "
               "victims receive a consistently good service.",
               BP, dt.date(2023, 10, 2)),
    "p21_a8": ("peel2122", 11917, AFI,
               "The force should make sure it consistently uses ancillary orders and other "
               "powers to protect victims of domestic abuse.",
               CO, dt.date(2023, 10, 2)),
    "p23_a1": ("peel2325", 14561, AFI,
               "The force should improve the timeliness of its response to calls for service "
               "involving people with mental ill health.",
               AR, dt.date(2023, 11, 21)),
    "p23_a2": ("peel2325", 14562, AFI,
               "The force should make sure victims of domestic abuse are kept informed about the "
               "progress of their case, in line with the Code of Practice for Victims of Crime.",
               AR, dt.date(2023, 11, 21)),
    "p23_a3": ("peel2325", 14563, AFI,
               "The force should improve the way it manages the risk posed by offenders involved "
               "in online child sexual abuse.",
               AR, dt.date(2023, 11, 21)),
    "p23_a4": ("peel2325", 14564, AFI,
               "The force should make sure it has enough specialist capacity and capability to "
               "investigate fraud.",
               AR, dt.date(2023, 11, 21)),
    "p23_a5": ("peel2325", 14565, AFI,
               "The force should evaluate its work to prevent youth violence and share what "
               "works across the force.",
               AR, dt.date(2023, 11, 21)),
    "p23_a6": ("peel2325", 14566, AFI,
               "The force should make sure its performance framework gives senior leaders a "
               "clear picture of its response to violence against women and girls.",
               AR, dt.date(2023, 11, 21)),
}
HM_CLOSED = {CO, SU}

# --------------------------------------------------------------------------------------------
# Force side: the rebaselined improvement plan v3.0
# --------------------------------------------------------------------------------------------
# Force short names for reports, and the force's type abbreviations.
SRC = {
    "sas13": "Stop & Search 2013", "everyone": "Everyone's Business 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop & Search 2 (2015)",
    "picture": "Building the Picture 2015", "firearms": "Firearms Licensing 2015",
    "eff16": "PEEL Eff 16", "stolen": "Stolen Freedom 2017",
    "efc17": "PEEL Efficiency 17 (national)", "leg17": "PEEL Legit 17 S&S",
    "ncpi18": "NCPI 2018", "peel1819": "PEEL 18/19", "cdi19": "CDI 2019",
    "custody20": "HMICFRS/HMIP custody 2020", "powers": "Police powers spotlight (Feb 21)",
    "peel2122": "PEEL 21/22", "peel2325": "PEEL 2023-25",
}
TYP = {NAT: "Nat Rec", REC: "Rec", AFI: "AFI", COC: "CfC"}

# Force delivery status vocabulary and its meaning (documented in the sheet's key rows).
F_OPEN = {"Not started", "On track", "At risk", "Off track", "Reopened"}
F_DONE = {"Delivered", "Closed", "Superseded"}
F_POINTER = {"Merged", "See a–c", "See a–d", "See a–b"}

W = []  # plan rows in order: ("banner", text) or dict


def banner(text):
    W.append(("banner", text))


def row(item, ref, v2, text, deliv, status, decision, update, *, hm_ref="auto", src=None,
        typ=None, sro=None, lead=None, base=None, fc=None, cat=None, why="", target=None):
    """A plan line. item: HMICFRS key or None (local / not on list)."""
    W.append(dict(item=item, ref=ref, v2=v2, text=text, deliv=deliv, status=status,
                  decision=decision, update=update, hm_ref=hm_ref, src=src, typ=typ, sro=sro,
                  lead=lead, base=base, fc=fc, cat=cat, why=why, target=target))


D = dt.date

# ---- Workstream 1 ------------------------------------------------------------------------
banner("WORKSTREAM 1 – INVESTIGATIONS & VICTIMS        SRO: ACC Crime")
row("p21_coc1", "W1.01", "IP-001",
    "CfC 1 – The force does not have the capacity or capability to investigate crime "
    "effectively and this is affecting the service being provided to the public. There are "
    "failings in the way that crimes are being investigated.",
    "Investigation Improvement Programme (IIP) – see W1.02 to W1.04",
    "On track", "Carried forward", "Accreditation rates and file quality improving; HMICFRS "
    "revisit expected Q1 2024/25.",
    sro="ACC Crime", lead="Det Ch Supt Force CID", base=D(2022, 11, 27), fc=D(2024, 6, 30),
    cat="in_sync", why="CoC open at HMICFRS; plan line On track.")
row("p21_r1", "W1.02", "IP-002",
    "Improve supervision of investigations – regular & active supervision of the quality and "
    "progress of investigations, properly recorded; and make better use of the crime "
    "management system to manage case files (CfC 1 recs 1 & 2 combined at rebaseline)",
    "Supervisory review template on Niche; 30-day review dip sample; case file QA via CJ unit",
    "On track", "Merged with IP-003 at rebaseline (SIB 14/09/23)",
    "Supervisory review compliance 71% (Dec), target 85%. Niche case file module live in 3 of 4 "
    "LPAs.",
    sro="ACC Crime", lead="Det Ch Supt Force CID", base=D(2022, 11, 27), fc=D(2024, 3, 31),
    cat="in_sync", why="Merged line holding both CfC recs; text is rec 1 (supervision, recorded) "
                       "plus rec 2. HMICFRS open, plan On track.")
row("p21_r2", "W1.03", "IP-003",
    "Within six months the force should improve its use of its crime-recording and management "
    "system to better manage its case files and investigative processes.",
    "", "Merged", "Merged into W1.02 at rebaseline", "",
    sro="ACC Crime", lead="Det Ch Supt Force CID", base=D(2022, 11, 27), fc=None,
    target="W1.02", cat="in_sync",
    why="Stub left at rebaseline: 'Merged into W1.02'. Tracking continues on W1.02 (On track), "
        "so the force position is open; HMICFRS open.")
row("p21_r3", "W1.04", "IP-004",
    "Improve ability to retrieve digital evidence from mobile phones, computers & other "
    "devices quickly enough to ensure investigations are not delayed (within 6 months)",
    "Digital Forensic Unit triage kiosks in each LPA; backlog reduction plan",
    "Delivered", "Awaiting SIB closure approval",
    "Kiosks live Oct 23. Phone backlog down from 412 to 38 devices; median turnaround 9 days. "
    "Closure paper to SIB 13/02/24.",
    sro="ACC Crime", lead="Head of Digital Forensics", base=D(2022, 11, 27), fc=D(2023, 10, 31),
    cat="closeable_submit", why="Force Delivered (awaiting SIB approval); HMICFRS Being "
                                "progressed.")
row("p21_a7", "W1.05", "IP-012",
    "Review approach to stalking & harassment so victims receive a consistently good service "
    "(incl. PEEL 18/19 AFI – keeping victims informed, VCOP)",
    "Stalking & harassment policy rewrite; SPOC in each LPA; VCOP compliance dip sample",
    "On track", "Carried forward – absorbs IP-030 (PEEL 18/19)",
    "Policy signed off Dec 23; VCOP compliance 64% in Q3 dip sample.",
    sro="ACC Crime", lead="Ch Supt Public Protection", base=D(2023, 3, 31), fc=D(2024, 6, 30),
    cat="in_sync", why="PEEL 21/22 AFI open at HMICFRS; plan On track.")
row("p18_a2", "W1.06", "IP-030",
    "PEEL 18/19 AFI – keep stalking & harassment victims informed about progress of their case "
    "in line with VCOP",
    "", "Merged", "Merged into W1.05 at rebaseline", "",
    sro="ACC Crime", lead="Ch Supt Public Protection", base=D(2019, 11, 30), fc=None,
    target="W1.05", cat="in_sync",
    why="Stub 'Merged into W1.05'; W1.05 On track, so force open; HMICFRS Being progressed.")
for suffix, bullet, st, dec, upd in [
    ("a", "at the point of report, victims are believed", "Closed",
     "Closure approved SIB 12/12/23", "Victim-first call handling script embedded."),
    ("b", "conversations between call handlers and callers are summarised accurately in the "
          "incident log, thus providing attending officers with full facts on which to base "
          "crime-recording decisions", "Delivered", "Awaiting SIB closure approval",
     "Incident log QA 92% compliant (Nov audit)."),
    ("c", "multiple crimes are always recorded when described within incident records or "
          "identified as part of other recorded crime investigations", "On track",
     "Carried forward", "FCR audit Q3: 84% of additional crimes recorded."),
    ("d", "the practice of awaiting the results of medical examinations or video interviews "
          "before making crime-recording decisions is stopped", "Delivered",
     "Awaiting SIB closure approval", "Guidance reissued; no instances in Q3 audit."),
]:
    row("cdi_r1", f"W1.07{suffix}", "IP-020",
        f"CDI R1 ({suffix}) – put in place arrangements to ensure that {bullet}",
        "Crime Data Integrity improvement plan (FCR)", st, dec, upd,
        sro="ACC Crime", lead="Force Crime Registrar", base=D(2020, 3, 31),
        fc=D(2024, 3, 31) if st == "On track" else None,
        cat="conflict",
        why="Split one row per bullet at rebaseline, but only 4 of the 5 bullets were carried: "
            "the bullet on triaging online reports of crime at the point of receipt is missing "
            "(missing bullet).")
row("cdi_r2", "W1.08", "IP-021",
    "Make sure it records reports of rape & serious sexual offences (RASSO) accurately and "
    "without delay",
    "RASSO crime recording audit; FCR training for Operation Bluestone team",
    "Closed", "Closed at rebaseline – delivered under v2",
    "Audit compliance 96% (Aug 22).",
    hm_ref=None, sro="ACC Crime", lead="Force Crime Registrar", base=D(2019, 12, 31),
    cat="in_sync", why="No HMICFRS ref on the plan line; text matches 10243. Complete at "
                       "HMICFRS, Closed in plan.")
row("cdi_r3", "W1.09", "IP-022",
    "Revise approach to cautions, cannabis warnings & PNDs – clear, auditable explanation to "
    "offender; victim's views recorded before issue (victim-based crime)",
    "Out of court disposals (OOCD) scrutiny panel; two-tier framework adopted",
    "Delivered", "Awaiting SIB closure approval",
    "Two-tier OOCD framework live 1 Nov 23; scrutiny panel minutes available.",
    sro="ACC Crime", lead="Head of Criminal Justice", base=D(2020, 3, 31), fc=D(2023, 11, 1),
    cat="closeable_submit", why="Force Delivered; HMICFRS Being progressed.")
row("cdi_a1", "W1.10", "IP-023",
    "Make sure it records reports of ASB accurately & without delay",
    "ASB recording audit each quarter; ASB/crime decision guidance for control room",
    "On track", "Carried forward",
    "Q3 audit: 88% ASB incidents correctly classified.",
    hm_ref=10243, sro="ACC Local Policing", lead="Force Crime Registrar", base=D(2020, 3, 31),
    fc=D(2024, 3, 31),
    cat="conflict",
    why="Plan line quotes HMICFRS ref 10243, which is the RASSO recording rec; its text is the "
        "anti-social behaviour AFI 10234 (digits transposed). Matched by text; reference "
        "disagrees.")
row("sf5", "W1.11", "IP-044",
    "Stolen Freedom – fully comply with NCRS for MSHT offences; audit capacity available to "
    "the FCR",
    "", "Superseded", "Closed at rebaseline – superseded by CDI 2019 (W1.07)",
    "Covered by CDI improvement plan.",
    sro="ACC Crime", lead="Force Crime Registrar", base=D(2018, 4, 24),
    cat="in_sync", why="Superseded at HMICFRS; force marks it Superseded (its own closure).")
row(None, "W1.12", "",
    "Local action: Dip-sample 50 rape and serious sexual offences crime reports each quarter "
    "and report findings to the Crime Standards Board",
    "Quarterly dip sample", "On track", "New at rebaseline",
    "Q3 sample complete; 2 reclassifications.",
    hm_ref=None, src="Force (SIB)", typ="Local", sro="ACC Crime", lead="Force Crime Registrar",
    base=D(2024, 3, 31), fc=D(2024, 3, 31),
    cat="not_on_hmicfrs_list", why="Force's own local action, new at rebaseline.")
row("p18_a3", "W1.13", "IP-031",
    "Improve how we gather, assess & act on intelligence about SOC",
    "SOC intelligence development plan; local profiles refreshed",
    "Off track", "Carried forward",
    "Intelligence development officers not yet recruited (2 of 6 posts filled).",
    hm_ref=None, sro="ACC Crime", lead="Head of Intelligence", base=D(2019, 11, 30), fc=D(2024, 9, 30),
    cat="closeable_local", why="HMICFRS Superseded; plan still Off track (open).")
row("p18_a1", "W1.14", "IP-029",
    "Improve understanding of the nature and scale of county lines drug dealing in our area",
    "County lines problem profile", "Closed", "Closed at rebaseline – delivered under v2",
    "", sro="ACC Crime", lead="Head of Intelligence", base=D(2019, 11, 30),
    cat="in_sync", why="Complete at HMICFRS; Closed in plan.")
row(None, "W1.15", "",
    "Force action - Refresh the county lines drug dealing problem profile and add it to the "
    "control strategy",
    "Problem profile refresh", "At risk", "New at rebaseline",
    "Analyst capacity diverted to SOC; revised date Q1.",
    hm_ref=None, src="Force (SIB)", typ="Local", sro="ACC Crime", lead="Head of Intelligence",
    base=D(2023, 12, 31), fc=D(2024, 6, 30),
    cat="not_on_hmicfrs_list", why="Force's own action; not an HMICFRS item (its PEEL 18/19 "
                                   "county lines AFI is W1.14).")

# ---- Workstream 2 ------------------------------------------------------------------------
banner("WORKSTREAM 2 – PROTECTING VULNERABLE PEOPLE        SRO: Ch Supt Public Protection")
row("e16_coc1", "W2.01", "IP-050",
    "CfC – response to domestic abuse (DASH discretion; officers not consistently completing "
    "DASH where policy requires)",
    "", "Closed", "Closed at rebaseline – superseded by PEEL 21/22",
    "", sro="Ch Supt Public Protection", lead="Head of Safeguarding", base=D(2017, 9, 2),
    cat="in_sync", why="HMICFRS Superseded; plan Closed.")
row("e16_r1", "W2.02", "IP-051",
    "Immediately take steps to ensure effective supervision of the initial risk assessment "
    "process (DASH) in appropriate cases. Where a DASH is not completed the officer should "
    "record an assessment on the crime management system.",
    "DASH supervisory review on Niche; DARA pilot evaluation",
    "On track", "Carried forward",
    "DARA pilot evaluation due Mar 24.",
    hm_ref=None, sro="Ch Supt Public Protection", lead="Head of Safeguarding", base=D(2017, 3, 2),
    fc=D(2024, 3, 31),
    cat="closeable_local", why="HMICFRS Superseded (2022); plan On track.")
row("e16_coc2", "W2.03", "IP-052",
    "CfC – response to missing & absent children (risk assessment, 'absent' v 'missing', "
    "incorrect grading)",
    "", "Closed", "Closure approved SIB 12/12/23",
    "Absent category withdrawn; all missing children now risk-assessed as missing.",
    sro="Ch Supt Public Protection", lead="Head of Safeguarding", base=D(2017, 9, 2),
    cat="closeable_submit", why="Force Closed (SIB approved); HMICFRS Being progressed.")
row("e16_r2", "W2.04", "IP-053",
    "Review approach to reports of missing children: call takers use missing/absent category "
    "appropriately; call takers & frontline staff can identify CSE risk factors and respond; "
    "supervisors provide correct oversight of missing person enquiries",
    "Missing persons policy; Philomena Protocol; supervisor training",
    "On track", "Carried forward",
    "Supervisor training 78% complete.",
    sro="Ch Supt Public Protection", lead="Head of Safeguarding", base=D(2017, 3, 2),
    fc=D(2024, 3, 31),
    cat="in_sync", why="HMICFRS Being progressed; plan On track.")
row("ncpi_r1", "W2.05", "IP-055",
    "Improve partnership working to safeguard people at risk from CSE (within 6 months)",
    "Joint CSE hub with county council; MACE meetings",
    "Delivered", "Awaiting SIB closure approval",
    "Hub co-located Sept 23; MACE terms of reference agreed.",
    sro="Ch Supt Public Protection", lead="Head of Safeguarding", base=D(2018, 12, 19),
    fc=D(2023, 9, 30),
    cat="closeable_submit", why="Force Delivered; HMICFRS Being progressed.")
row("ncpi_r2", "W2.06", "IP-056",
    "Make sure online CSA investigations are allocated to officers with the right skills and "
    "effectively supervised (within 3 months)",
    "POLIT resourcing review", "At risk", "Carried forward",
    "POLIT vacancies (3). Review of allocation to LPA CID ongoing.",
    sro="Ch Supt Public Protection", lead="DI POLIT", base=D(2018, 9, 19), fc=D(2024, 6, 30),
    cat="closeable_local", why="HMICFRS Complete (Oct 2022); plan At risk (open).")
for suffix, bullet, st in [
    ("a", "senior leaders prioritise the response to MSHT", "Closed"),
    ("b", "every incident of modern slavery identified to police is allocated appropriate "
          "resources with the skills, experience & capacity to investigate it effectively",
     "Closed"),
    ("c", "effective partnership arrangements to co-ordinate activity in order to share "
          "information and safeguard victims", "Delivered"),
    ("d", "performance & QA measures in place to allow senior leaders to assess the nature & "
          "quality of the service provided to victims", "Delivered"),
]:
    row("sf1", f"W2.07{suffix}", "IP-040",
        f"Stolen Freedom R1 ({suffix}) – within 12 months review MSHT leadership & governance "
        f"so that {bullet}",
        "MSHT governance review", st,
        "Closure approved SIB 12/12/23" if st == "Closed" else "Awaiting SIB closure approval",
        "MSHT tactical delivery group reports to Vulnerability Board quarterly."
        if suffix == "a" else "",
        sro="Ch Supt Public Protection", lead="DCI MSHT", base=D(2018, 10, 24),
        cat="closeable_submit",
        why="Split one row per bullet (all 4 bullets present). Every part Closed/Delivered, so "
            "force done; HMICFRS Being progressed.")
row("sf3", "W2.08", "IP-042",
    "Ensure victims committing criminal acts under compulsion (slavery/exploitation) get early "
    "& continuing consideration of the s45 defence",
    "s45 defence guidance; CPS liaison", "On track", "Carried forward",
    "Guidance drafted with CPS; training package in development.",
    hm_ref=None, sro="Ch Supt Public Protection", lead="DCI MSHT", base=D(2017, 10, 24), fc=D(2024, 4, 30),
    cat="closeable_local", why="HMICFRS Complete (June 2023); plan On track.")
row("sf4", "W2.09", "IP-043",
    "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
    "process as it evolves and are implementing the requirement placed upon them under the "
    "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
    "adult victim of modern slavery or human trafficking.",
    "NRM / duty to notify compliance audit", "At risk", "Carried forward",
    "Duty to notify compliance 61%.",
    sro="Ch Supt Public Protection", lead="DCI MSHT", base=D(2017, 10, 24), fc=D(2024, 3, 31),
    cat="in_sync", why="HMICFRS Being progressed; plan At risk (open).")
row("sf6", "W2.10", "IP-045",
    "MSHT allegations thoroughly investigated & effectively supervised by teams with the skills "
    "and experience (incl. JITs / overseas intelligence)",
    "MSHT investigation standards", "On track", "Carried forward", "",
    sro="ACC Crime", lead="DCI MSHT", base=D(2017, 10, 24), fc=D(2024, 6, 30),
    cat="in_sync", why="HMICFRS Being progressed; plan On track.")
row("sf7", "W2.11", "IP-046",
    "Review use of preventative powers under the Modern Slavery Act 2015 (STPOs/STROs)",
    "", "Delivered", "Awaiting SIB closure approval",
    "STPO/STRO usage reviewed; 4 orders obtained 2023.",
    sro="Ch Supt Public Protection", lead="DCI MSHT", base=D(2017, 10, 24),
    cat="in_sync", why="HMICFRS Complete; force Delivered.")
row("sf2", "W2.12", "IP-041",
    "Within six months, forces should have in place active information-sharing agreements with "
    "other agencies to facilitate speedy exchange of intelligence and in order to safeguard "
    "victims better and to identify suspects as early as possible",
    "ISAs with LA, health, GLAA", "Closed", "Closed at rebaseline – delivered under v2", "",
    sro="Ch Supt Public Protection", lead="Head of Information Management",
    base=D(2018, 4, 24),
    cat="in_sync", why="Complete at HMICFRS; Closed in plan. Footnote digit '86' dropped in "
                       "the plan text.")
row("p21_a8", "W2.13", "IP-014",
    "Make sure we consistently use ancillary orders & other powers (DVPN/DVPO, SHPO, bail "
    "conditions) to protect DA victims",
    "DVPO tracker; LPA performance pack", "On track", "Carried forward",
    "DVPO applications up 22% on last year.",
    sro="Ch Supt Public Protection", lead="Head of Safeguarding", base=D(2023, 3, 31),
    fc=D(2024, 3, 31),
    cat="closeable_local", why="HMICFRS Complete (Oct 2023); plan On track.")
row("everyone", "W2.14", "IP-057",
    "Everyone's Business – establish & publish a DA action plan (consultation with PCC, DA "
    "support organisations & victims' reps; DHRs & IPCC findings; CPS panels & MARAC "
    "self-assessments)",
    "", "Closed", "Closed at rebaseline – delivered under v2", "",
    hm_ref=None, sro="Ch Supt Public Protection", lead="Head of Safeguarding", base=D(2014, 9, 30),
    cat="in_sync", why="Complete at HMICFRS; Closed in plan (abridged wording).")
row("cus_r1", "W2.15", "IP-060",
    "Custody – with children's social care, review how we manage the detention of children: "
    "detain only when absolutely necessary & for minimum time; early assessment of need for "
    "alternative accommodation; record all actions/decisions; timely appropriate adult support",
    "Children in custody protocol with county council", "On track", "Carried forward",
    "Protocol at legal review.",
    sro="ACC Local Policing", lead="Ch Insp Custody", base=D(2021, 2, 11), fc=D(2024, 4, 30),
    cat="in_sync", why="HMICFRS Being progressed; plan On track.")
row("p23_a2", "W2.16", "",
    "PEEL 2023-25 AFI – keep DA victims informed about progress of their case in line with the "
    "Victims' Code",
    "To be scoped", "Not started", "New – added Jan 2024 (PEEL 2023-25)", "",
    hm_ref="TBC", sro="Ch Supt Public Protection", lead=None, base=None, fc="TBC",
    cat="in_sync", why="New PEEL 2023-25 AFI, Awaiting review at HMICFRS; plan Not started.")
row("p23_a3", "W2.17", "",
    "PEEL 2023-25 AFI – improve management of risk posed by offenders involved in online CSA",
    "To be scoped", "Not started", "New – added Jan 2024 (PEEL 2023-25)", "",
    hm_ref="TBC", sro="Ch Supt Public Protection", lead="DI POLIT", base=None, fc="TBC",
    cat="in_sync", why="New PEEL 2023-25 AFI, Awaiting review; plan Not started.")
row(None, "W2.18", "",
    "Local action: Appoint a single point of contact for violence against women and girls in "
    "each local policing area",
    "VAWG SPOCs", "Delivered", "New at rebaseline", "SPOCs named in all 4 LPAs.",
    hm_ref=None, src="Force (SIB)", typ="Local", sro="Ch Supt Public Protection",
    lead="Head of Safeguarding", base=D(2023, 12, 31),
    cat="not_on_hmicfrs_list", why="Force's own local action.")

# ---- Workstream 3 ------------------------------------------------------------------------
banner("WORKSTREAM 3 – CONTACT & RESPONSE        SRO: ACC Local Policing")
row("core1", "W3.01", "IP-070",
    "Provide call-handlers with specific, sound & comprehensible criteria to assess threat, "
    "harm & risk (THRIVE+)",
    "THRIVE+ in control room; call handler QA", "Delivered", "Awaiting SIB closure approval",
    "THRIVE+ embedded; QA compliance 94%.",
    sro="ACC Local Policing", lead="Supt Contact Centre", base=D(2015, 3, 31),
    cat="closeable_submit", why="Force Delivered; HMICFRS Being progressed.")
row("p21_a6", "W3.02", "IP-016",
    "Sufficient resources in the control room to fulfil the resourcing model and meet demand, "
    "taking account of workforce wellbeing",
    "Control room resourcing review; recruitment of 24 call handlers", "Off track",
    "Carried forward – rebaselined date",
    "Attrition 19%; 999 answer within 10s 71% v 90% target.",
    sro="ACC Local Policing", lead="Supt Contact Centre", base=D(2023, 3, 31),
    fc=D(2024, 12, 31),
    cat="in_sync", why="HMICFRS Being progressed; plan Off track (open).")
row("cus_a1", "W3.03", "IP-061",
    "Make sure officers & staff have the training they need to identify and respond to people "
    "with mental ill health",
    "Mental health training (Right Care Right Person prep)", "Closed",
    "Closed at rebaseline – delivered under v2", "",
    sro="ACC Local Policing", lead="Head of Learning & Development", base=D(2021, 2, 11),
    cat="in_sync", why="Complete at HMICFRS; Closed in plan.")
row("p23_a1", "W3.04", "",
    "PEEL 2023-25 AFI – improve timeliness of response to calls for service involving people "
    "with mental ill health",
    "Link to RCRP implementation", "On track", "New – added Jan 2024 (PEEL 2023-25)",
    "RCRP phase 1 live 31 Jan 24.",
    hm_ref="TBC", sro="ACC Local Policing", lead="Supt Contact Centre", base=None,
    fc=D(2024, 9, 30),
    cat="in_sync", why="Awaiting review at HMICFRS; plan On track.")
row("core2", "W3.05", "IP-071",
    "Crime prevention / disruption activity systematically recorded & evaluated to determine "
    "effectiveness of tactics",
    "Problem-solving database (OSARA) and evaluation", "On track", "Carried forward",
    "OSARA database live; evaluation framework with university partner.",
    hm_ref=None, sro="ACC Local Policing", lead="Head of Corporate Development", base=D(2015, 3, 31),
    fc=D(2024, 6, 30),
    cat="closeable_local", why="HMICFRS Complete (June 2023); plan On track.")

# ---- Workstream 4 ------------------------------------------------------------------------
banner("WORKSTREAM 4 – LEGITIMACY, STOP & SEARCH AND USE OF FORCE        "
       "SRO: ACC Local Policing")
row("leg_coc", "W4.01", "IP-080",
    "CfC (national) – forces not able to demonstrate S&S is consistently reasonable & fair; "
    "over-representation of BAME people, and black people in particular, in S&S data",
    "Stop & Search improvement plan", "On track", "Carried forward",
    "Disproportionality ratio (black:white) 4.1 (Q3) v 5.3 baseline.",
    sro="ACC Local Policing", lead="C/Supt Bell", base=D(2018, 7, 31), fc=D(2024, 6, 30),
    cat="in_sync", why="National CoC open at HMICFRS; plan On track.")
row("leg1", "W4.02", "IP-081",
    "By July 2018 regularly & frequently monitor a comprehensive set of S&S data to "
    "understand: reasons for disproportionate representation of ethnic groups; how find "
    "rates differ between ethnicities and search types (incl. drug possession v supply); "
    "prevalence of possession-only drug searches and fit with local/force priorities",
    "Qlik S&S dashboard", "Delivered", "Awaiting SIB closure approval",
    "Dashboard live; monthly review at Legitimacy Board.",
    sro="ACC Local Policing", lead="C/Supt Bell", base=D(2018, 7, 31),
    cat="closeable_submit", why="Force Delivered; HMICFRS Being progressed.")
row("leg2", "W4.03", "IP-082",
    "Where monitoring identifies disparities, demonstrate to the public that we have carried "
    "out research & analysis to understand the reasons and taken action to reduce the "
    "disparity where necessary",
    "Academic partnership research", "On track", "Carried forward", "",
    sro="ACC Local Policing", lead="C/Supt Bell", base=D(2018, 7, 31), fc=D(2024, 6, 30),
    cat="in_sync", why="HMICFRS Being progressed; plan On track.")
row("leg3", "W4.04", "IP-083",
    "Publish the disparity analysis and any actions taken at least annually, from July 2018",
    "Annual S&S report on website", "Closed", "Closed at rebaseline – delivered under v2",
    "Published annually since 2019.",
    typ="AFI", sro="ACC Local Policing", lead="C/Supt Bell", base=D(2018, 7, 31),
    cat="conflict",
    why="HMICFRS records 8544 as a National recommendation; the plan types it AFI (type "
        "disagreement). Both sides closed.")
row("leg4", "W4.05", "IP-084",
    "By July 2018 & ongoing, all officers who use S&S powers trained on unconscious bias and "
    "CoP APP on S&S",
    "S&S e-learning & unconscious bias input", "On track", "Carried forward",
    "Refresher cycle 2023/24: 83% complete.",
    hm_ref=None, sro="ACC Local Policing", lead="Head of Learning & Development", base=D(2018, 7, 31),
    fc=D(2024, 3, 31),
    cat="closeable_local", why="HMICFRS Superseded (Mar 2021); plan On track.")
row("sas13_1", "W4.06", "IP-085",
    "Chief Constables and the College of Policing should establish in the Stop and Search "
    "Authorised Professional Practice document a clear specification of what constitutes the "
    "effective and fair exercise of stop and search powers, and guidance in this respect. This "
    "should be compliant with the Code of Practice.",
    "", "Closed", "Closed at rebaseline – delivered under v2", "",
    sro="ACC Local Policing", lead="C/Supt Bell", base=D(2014, 7, 9),
    cat="in_sync", why="Complete at HMICFRS; Closed in plan.")
row("sas13_2", "W4.07", "IP-086",
    "Establish or improve monitoring of the way officers stop & search people – acting within "
    "the law (incl. equality legislation & the Code of Practice) and power used effectively",
    "Monitoring folded into W4.02 dashboard", "On track", "Carried forward",
    "", sro="ACC Local Policing", lead="C/Supt Bell", base=D(2014, 7, 9), fc=D(2024, 3, 31),
    cat="closeable_local", why="HMICFRS Superseded (2018); plan On track.")
row("sas15", "W4.08", "IP-087",
    "Chief constables should, in consultation with police and crime commissioners, ensure that "
    "they comply with the Code of Practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example young people.",
    "Independent S&S scrutiny panel; youth panel", "Delivered",
    "Awaiting SIB closure approval", "Youth scrutiny panel meeting bi-monthly since June 23.",
    src="Stop & Search 2013", sro="ACC Local Policing", lead="C/Supt Bell",
    base=D(2015, 9, 24),
    cat="conflict",
    why="Ref 5230 and the text ('police and crime commissioners', 'example young people') are "
        "the 2015 Stop and search powers 2 rec, but the plan files it under 'Stop & Search "
        "2013' (report disagreement). Not the 2013 rec 1206 ('elected local policing bodies').")
row("pw1", "W4.09", "IP-090",
    "By July 2022 officers & staff to have effective communication skills in line with the "
    "National Policing Guidelines on Conflict Management (in addition to existing conflict "
    "management & de-escalation training)",
    "Communication skills module in OST", "At risk", "Carried forward",
    "OST module delayed to 2024/25 programme.",
    sro="ACC Local Policing", lead="Head of Learning & Development", base=D(2022, 7, 31),
    fc=D(2025, 3, 31),
    cat="in_sync", why="HMICFRS Being progressed; plan At risk.")
row("pw2", "W4.10", "IP-091",
    "Communication skills reinforced through CPD; supervisors supported to routinely & "
    "frequently debrief officers using BWV footage",
    "Supervisor BWV debrief guide", "Delivered", "Awaiting SIB closure approval",
    "Debrief guide issued; 212 recorded debriefs in Q3.",
    sro="ACC Local Policing", lead="C/Supt Bell", base=D(2021, 7, 31),
    cat="closeable_submit", why="Force Delivered; HMICFRS Being progressed.")
row("pw3", "W4.11", "IP-092",
    BWV_2021,
    "See sub-lines", "See a–c", "Split into W4.11a–c at rebaseline", "",
    sro="ACC Local Policing", lead="C/Supt Bell", base=D(2021, 9, 30),
    cat="in_sync",
    why="Parent line kept at rebaseline with the full text; status 'See a–c'. Children: a "
        "Delivered, b Delivered, c Off track, so force open; HMICFRS Being progressed.")
for suffix, part, st, upd in [
    ("a", "officers record on BWV (when available) the entirety of all S&S encounters, "
          "including traffic stops and use of force incidents", "Delivered",
     "BWV activation compliance 97%."),
    ("b", "structured process for regularly reviewing & monitoring internally a sufficient "
          "sample of BWV footage to identify/disseminate learning and hold officers to account",
     "Delivered", "Monthly BWV review panel."),
    ("c", "external scrutiny panel members given access to samples of BWV footage of S&S and "
          "use of force, with APP safeguards", "Off track",
     "Information sharing agreement for panel viewing not yet signed."),
]:
    row("pw3", f"W4.11{suffix}", "IP-092",
        f"({suffix}) {part}", "", st,
        "Awaiting SIB closure approval" if st == "Delivered" else "Carried forward", upd,
        sro="ACC Local Policing", lead="C/Supt Bell", base=D(2021, 9, 30),
        fc=D(2024, 6, 30) if st == "Off track" else None,
        cat="in_sync",
        why="Split child of the BWV rec; part (c) Off track so the rec is open on the force "
            "side; HMICFRS Being progressed.")
row("pw5", "W4.12", "IP-093",
    "Effective internal monitoring of use of force to identify & understand disproportionate "
    "use, explain the reasons & implement improvement action",
    "Use of force dashboard", "Closed", "Closure approved SIB 12/12/23", "",
    sro="ACC Local Policing", lead="Supt Operational Support", base=D(2021, 7, 31),
    cat="in_sync", why="Complete at HMICFRS; Closed in plan.")
row(None, "W4.13", "IP-094",
    "The Home Office and the NPCC should take steps to ensure that the quality of the data "
    "collected on the number of incidents where force has been used to effect a stop and "
    "search is sufficient for publication. The Home Office should publish this data as soon "
    "as possible.",
    "Not for force – HO/NPCC", "Closed", "Closed at rebaseline – not for force", "",
    hm_ref=None, src="Police powers spotlight (Feb 21)", typ="Nat Rec",
    sro="ACC Local Policing", lead=None, base=None,
    cat="not_on_hmicfrs_list",
    why="Real rec from the 2021 spotlight report but addressed to the Home Office/NPCC; it is "
        "not on the force's HMICFRS list.")

# ---- Workstream 5 ------------------------------------------------------------------------
banner("WORKSTREAM 5 – WORKFORCE, VETTING & PROFESSIONAL STANDARDS        SRO: DCC")
row("p21_coc2", "W5.01", "IP-005",
    "CfC 2 – size of the vetting backlog",
    "", "Closed", "Closure approved SIB 12/12/23", "Backlog cleared Aug 23.",
    sro="DCC", lead="Head of Professional Standards", base=D(2022, 11, 27),
    cat="in_sync", why="Complete at HMICFRS; Closed in plan.")
row("p21_r4", "W5.02", "IP-006",
    "All staff to hold at least the lowest level of vetting clearance as quickly as possible; "
    "clear both the backlog and renewals as they fall due so we comply fully with national "
    "vetting guidelines",
    "Vetting unit uplift (6 posts); renewals schedule", "On track", "Carried forward",
    "Backlog cleared; 140 renewals overdue (Jan).",
    sro="DCC", lead="Head of Professional Standards", base=D(2022, 11, 27), fc=D(2024, 6, 30),
    cat="closeable_local", why="HMICFRS Complete (Oct 2023); plan On track.")
row("p21_a2", "W5.03", "IP-011",
    "Confidential route for staff to raise concerns; staff aware of whistleblowing processes",
    "Bad Apple reporting line relaunch; comms campaign", "Reopened",
    "Closure not approved SIB 12/12/23 – staff survey evidence required",
    "Delivered – closure paper to SIB Dec 23.",
    sro="DCC", lead="Head of Professional Standards", base=D(2023, 3, 31), fc=D(2024, 5, 31),
    cat="in_sync",
    why="Status Reopened: SIB refused closure, so the force is open despite the stale "
        "'Delivered' update text; HMICFRS Being progressed.")
row("p21_a1", "W5.04", "IP-010",
    "Put plans in place to monitor team cultures (incl. staff feedback) and provide prompt "
    "remedial action",
    "Culture dashboard; pulse surveys", "On track", "Carried forward", "",
    sro="Director of People", lead="Head of HR", base=D(2023, 3, 31), fc=D(2024, 6, 30),
    cat="in_sync", why="HMICFRS Being progressed; plan On track.")
row("p21_a3", "W5.05", "IP-013",
    "Develop a future workforce plan aligned with overall demand & budget, including future "
    "resource allocations, the mix of skills required and behaviours expected",
    "Strategic workforce plan 2024-27", "On track", "Carried forward",
    "Draft to Chief Officer Group Feb 24.",
    sro="Director of People", lead="Head of HR", base=D(2023, 3, 31), fc=D(2024, 4, 30),
    cat="in_sync", why="HMICFRS Being progressed; plan On track.")
row("integrity", "W5.06", "IP-095",
    "Integrity Matters – satisfy ourselves that misconduct investigations resulting in 'no "
    "further action' are fair and free of any form of discrimination (by 31/08/15)",
    "", "Superseded", "Closed at rebaseline – superseded by PEEL 21/22 AFI (W5.03)",
    "", sro="DCC", lead="Head of Professional Standards", base=D(2015, 8, 31),
    cat="closeable_submit",
    why="Force closed the line as Superseded (its own closure); HMICFRS still Being progressed. "
        "Submit to HMICFRS for closure.")
row(None, "W5.07", "IP-096",
    "The force should make sure it provides accessible information for all staff and members "
    "of the public on how they can raise concerns and access confidential support (including "
    "through external agencies).",
    "Intranet/website pages", "On track", "Carried forward", "",
    hm_ref=8612, src="PEEL Legitimacy 2017", typ="AFI", sro="DCC",
    lead="Head of Professional Standards", base=D(2018, 6, 30), fc=D(2024, 3, 31),
    cat="not_on_hmicfrs_list",
    why="Carries HMICFRS ref 8612 but no such item is on the definitive list (closed/removed by "
        "HMICFRS or mis-recorded). Query with HMICFRS.")
row(None, "W5.08", "",
    "Internal audit action: Internal audit of the counter-corruption governance arrangements "
    "(audit plan 2023/24)",
    "Internal audit", "Not started", "New at rebaseline", "",
    hm_ref=None, src="Force (SIB)", typ="Local", sro="DCC",
    lead="Head of Professional Standards", base=D(2024, 3, 31), fc=D(2024, 3, 31),
    cat="not_on_hmicfrs_list", why="Force's own internal audit action.")

# ---- Workstream 6 ------------------------------------------------------------------------
banner("WORKSTREAM 6 – STRATEGY, DATA & FINANCE        SRO: Director of Finance")
row("p21_a4", "W6.01", "IP-015",
    "Fuller understanding of current and likely future demand, so resources are matched to "
    "demand",
    "Demand modelling (FMS 2023)", "Delivered", "Awaiting SIB closure approval",
    "FMS 2023 submitted; demand model in Qlik.",
    sro="Director of Finance", lead="Head of Corporate Development", base=D(2023, 3, 31),
    cat="in_sync", why="Complete at HMICFRS; force Delivered.")
row("p21_a5", "W6.02", "IP-017",
    "Single performance framework & Qlik dashboards for SLT (AFI – accurate data & analysis "
    "for performance management)",
    "Performance framework; data quality plan", "On track", "Reworded at rebaseline",
    "Framework approved by COG Nov 23; dashboards 60% built.",
    sro="Director of Finance", lead="Head of Corporate Development", base=D(2023, 3, 31),
    fc=D(2024, 6, 30),
    cat="in_sync", why="Reworded in plan language; HMICFRS Being progressed; plan On track.")
row("efc17", "W6.03", "IP-097",
    "Produce an ambitious plan to improve digitally-enabled services within the force (by "
    "Sept 2018)",
    "Digital strategy 2024-27", "On track", "Carried forward",
    "Digital strategy refresh in consultation.",
    hm_ref=None, sro="Director of Finance", lead="Head of IT", base=D(2018, 9, 30), fc=D(2024, 4, 30),
    cat="closeable_local", why="HMICFRS Complete (June 2023); plan On track.")
row("picture", "W6.04", "IP-098",
    "By 30/11/15 scrutinise audits of compliance with the APP on information management "
    "through the force IM governance structure; categorisation of records regularly adjusted",
    "Information Assurance Board", "Off track", "Carried forward",
    "MoPI review backlog 3,900 records.",
    sro="Director of Finance", lead="Head of Information Management", base=D(2015, 11, 30),
    fc=D(2024, 12, 31),
    cat="in_sync", why="HMICFRS Being progressed; plan Off track.")
row("p23_a6", "W6.05", "",
    "PEEL 2023-25 AFI – performance framework to give senior leaders a clear picture of the "
    "response to VAWG",
    "VAWG measures added to Force Performance pack", "Delivered",
    "New – added Jan 2024 (PEEL 2023-25)",
    "Already delivered through W6.02 framework (VAWG page live Dec 23).",
    hm_ref="TBC", sro="Director of Finance", lead="Head of Corporate Development", base=None,
    cat="closeable_submit", why="Force Delivered; HMICFRS Awaiting review (open).")
row("aus1", "W6.06", "IP-099",
    "Review plans to deliver savings – continue to reduce crime & protect the front line while "
    "balancing the budget (use HMIC VfM profiles)",
    "", "Closed", "Closed at rebaseline – delivered under v2", "",
    sro="Director of Finance", lead="Director of Finance", base=D(2014, 12, 31),
    cat="in_sync", why="Complete at HMICFRS; Closed in plan.")
row("aus4", "W6.07", "IP-101",
    "Review plans for collaboration – scope for better VfM, capability and capacity through "
    "joint working with other forces, the public and/or private sector (incl. assessing "
    "scope where <10% of savings come from collaboration)",
    "Collaboration review", "Closed", "Merged with IP-100 at rebaseline; closure approved SIB "
    "12/12/23", "Collaboration strategy approved by PCC Nov 23.",
    sro="Director of Finance", lead="Director of Finance", base=D(2014, 12, 31),
    cat="in_sync", why="Complete at HMICFRS; Closed in plan.")
row("aus2", "W6.08", "IP-100",
    "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
    "through collaboration should assess whether there is scope to improve on this position.",
    "", "Merged", "Merged into W6.07 at rebaseline", "",
    sro="Director of Finance", lead="Director of Finance", base=D(2014, 12, 31),
    target="W6.07", cat="closeable_submit",
    why="Stub 'Merged into W6.07'; W6.07 is Closed, so force done; HMICFRS Being progressed.")

# ---- Workstream 7 ------------------------------------------------------------------------
banner("WORKSTREAM 7 – FIREARMS LICENSING (LEGACY)        SRO: ACC Local Policing")
row("fa1", "W7.01", "IP-110",
    "Assess governance of firearms licensing against APP; put correct arrangements in place "
    "where standards not met (within 3 months)",
    "", "Closed", "Closed at rebaseline – delivered under v2", "",
    sro="ACC Local Policing", lead="Supt Firearms Licensing", base=D(2015, 12, 15),
    cat="in_sync", why="Complete at HMICFRS; Closed in plan.")
row("fa2", "W7.02", "IP-111",
    "Within six months, assess the demand placed on the firearms licensing department and "
    "ensure it has the capacity to meet this demand and provide an efficient and effective "
    "service at all times.",
    "FLU demand & capacity review", "Closed", "Closed at rebaseline – delivered under v2", "",
    sro="ACC Local Policing", lead="Supt Firearms Licensing", base=D(2016, 3, 15),
    cat="conflict",
    why="Timescale differs: HMICFRS 'Within three months', plan 'Within six months'. Both "
        "sides closed.")
row("fa3", "W7.03", "IP-112",
    "Satisfy ourselves all appropriate action is being taken on 'total expired' licensing "
    "records (immediately)",
    "", "Closed", "Closed at rebaseline – delivered under v2", "",
    hm_ref=None, sro="ACC Local Policing", lead="Supt Firearms Licensing", base=D(2015, 9, 15),
    cat="in_sync", why="Complete at HMICFRS; Closed in plan.")
row("fa4", "W7.04", "IP-113",
    "Temporary permits – arrangements in line with HO guidance; recorded without delay on "
    "NFLMS; systems so certificate holders are never in unlawful possession of a firearm",
    "NFLMS audit", "Delivered", "Awaiting SIB closure approval",
    "NFLMS audit Dec 23: 100% of temporary permits recorded.",
    sro="ACC Local Policing", lead="Supt Firearms Licensing", base=D(2015, 12, 15),
    cat="closeable_submit", why="Force Delivered; HMICFRS Being progressed.")
for suffix, part, st, upd in [
    ("a", "systems to identify, prior to police attendance, whether an incident involves or is "
          "at the address of a firearm certificate holder are in place and always applied by "
          "staff dispatching officers", "Delivered", "STORM flag for certificate holders live."),
    ("b", "officers understand the risk assessment they should undertake in such circumstances "
          "and their power, when appropriate, to seize firearms and certificates", "On track",
     "Briefing package in OST 2024."),
]:
    row("fa5", f"W7.05{suffix}", "IP-114",
        f"Firearms R5 ({suffix}) – {part}", "", st,
        "Awaiting SIB closure approval" if st == "Delivered" else "Split at rebaseline",
        upd, sro="ACC Local Policing", lead="Supt Firearms Licensing", base=D(2015, 12, 15),
        fc=D(2024, 4, 30) if st == "On track" else None,
        cat="in_sync",
        why="Rec split into two lines at rebaseline (no parent row); part (b) still On track, "
            "so force open; HMICFRS Being progressed.")

# HMICFRS items deliberately absent from the plan (missing_from_force) and why.
MISSING = {
    "sas13_3": "2013 stop and search rec (elected local policing bodies) has no plan line; the "
               "look-alike plan line W4.08 is the 2015 rec 5230 (ref and wording).",
    "aus3": "Not carried into the v3 plan (HMICFRS closed it as Superseded in 2016).",
    "p18_a4": "PEEL 18/19 hate crime AFI is open at HMICFRS but has no plan line.",
    "p23_a4": "PEEL 2023-25 AFI (fraud capacity) not yet added to the plan (only 4 of the 6 "
              "were added in Jan 2024).",
    "p23_a5": "PEEL 2023-25 AFI (youth violence) not yet added to the plan.",
}

# --------------------------------------------------------------------------------------------
# Write the HMICFRS CSV
# --------------------------------------------------------------------------------------------


def fmt(d):
    return d.strftime("%d/%m/%Y")


def build_hmicfrs():
    keys = sorted(HM, key=lambda k: (REPORTS[HM[k][0]][1], HM[k][1]))
    rows = []
    for k in keys:
        rep, ref, typ, text, st, sd = HM[k]
        title, pub = REPORTS[rep]
        rows.append([str(ref), FORCE, title, fmt(pub), typ, text, st, fmt(sd)])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Reference", "Force", "Inspection", "Published", "Type",
                "Recommendation / AFI", "Status", "Status date"])
    w.writerows(rows)
    with open(os.path.join(OUT, "hmicfrs.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return {k: f"hmicfrs.csv!{i + 2}" for i, k in enumerate(keys)}


# --------------------------------------------------------------------------------------------
# Write the tracker workbook
# --------------------------------------------------------------------------------------------
HEADERS = ["Plan ref", "v2 ref", "HMICFRS ref", "Source", "Type", "Requirement",
           "Deliverable(s)", "SRO", "Delivery lead", "Baseline date", "Forecast date",
           "Delivery status", "Rebaseline / SIB decision", "Latest update (Jan 2024)"]
WIDTHS = [9, 8, 11, 22, 8, 70, 38, 20, 26, 12, 12, 14, 34, 48]
FILLS = {
    "On track": "C6EFCE", "At risk": "FFEB9C", "Off track": "FFC7CE", "Reopened": "FFC7CE",
    "Delivered": "BDD7EE", "Closed": "D9D9D9", "Superseded": "D9D9D9", "Merged": "EDEDED",
    "Not started": "FFFFFF",
}
SHEET = "Plan v3.0"


def build_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = f"{FORCE} – HMICFRS Improvement Programme: Delivery Plan v3.0 (rebaselined)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Rebaselined by the Strategic Improvement Board (SIB) on 14/09/2023; supersedes "
                "v2.1 (March 2023). Position as at 31/01/2024. OFFICIAL-SENSITIVE")
    ws["A2"].font = Font(italic=True)
    hdr_row = 4
    for c, h in enumerate(HEADERS, 1):
        cell = ws.cell(hdr_row, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = border
        ws.column_dimensions[cell.column_letter].width = WIDTHS[c - 1]
    r = hdr_row + 1
    placed = []  # (excel_row, entry)
    for entry in W:
        if isinstance(entry, tuple):
            ws.cell(r, 1, entry[1]).font = Font(bold=True, color="FFFFFF")
            for c in range(1, len(HEADERS) + 1):
                ws.cell(r, c).fill = PatternFill("solid", fgColor="2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(HEADERS))
            r += 1
            continue
        e = entry
        item = e["item"]
        if item is not None:
            rep, ref, typ, _, _, _ = HM[item]
            src = e["src"] or SRC[rep]
            tlabel = e["typ"] or TYP[typ]
            hm_ref = ref if e["hm_ref"] == "auto" else e["hm_ref"]
        else:
            src, tlabel, hm_ref = e["src"], e["typ"], e["hm_ref"]
        vals = [e["ref"], e["v2"] or None, hm_ref, src, tlabel, e["text"], e["deliv"] or None,
                e["sro"], e["lead"], e["base"], e["fc"], e["status"], e["decision"] or None,
                e["update"] or None]
        if e["status"] in F_DONE and vals[10] is None:
            vals[10] = "Complete"
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = border
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        fill = FILLS.get(e["status"])
        if fill:
            ws.cell(r, 12).fill = PatternFill("solid", fgColor=fill)
        if e["status"] in ("Merged", "Closed", "Superseded"):
            for c in range(1, len(HEADERS) + 1):
                ws.cell(r, c).font = Font(color="7F7F7F")
        placed.append((r, e))
        r += 1
    r += 1
    key = [
        "Delivery status key:",
        "Not started / On track / At risk / Off track – open; Reopened – closure not approved "
        "by SIB, work continues.",
        "Delivered – deliverables complete, closure paper awaiting SIB approval; Closed – "
        "closure approved by SIB (or closed at rebaseline); Superseded – replaced by a later "
        "HMICFRS finding.",
        "Merged – line replaced at rebaseline, tracked on the line named in the decision "
        "column; 'See a–c' – parent line split into sub-lines.",
        "HMICFRS ref 'TBC' – awaiting reference from the force liaison lead.",
    ]
    for i, k in enumerate(key):
        ws.cell(r + i, 1, k).font = Font(bold=(i == 0), italic=(i > 0))
    ws.freeze_panes = "C5"
    ws.auto_filter.ref = f"A{hdr_row}:{ws.cell(r - 2, len(HEADERS)).coordinate}"

    # A second, small sheet: the rebaseline summary the PMO keeps (not items).
    s2 = wb.create_sheet("Rebaseline summary")
    s2["A1"] = "Rebaseline summary – v2.1 to v3.0 (SIB 14/09/2023)"
    s2["A1"].font = Font(bold=True)
    rows = [("Decision", "Lines"), ("Carried forward", None), ("Reworded at rebaseline", None),
            ("Split", None), ("Merged", None), ("Closed at rebaseline", None),
            ("New at rebaseline", None)]
    for i, (a, b) in enumerate(rows, 3):
        s2.cell(i, 1, a)
        s2.cell(i, 2, b)
    s2.cell(3, 1).font = Font(bold=True)
    s2.cell(3, 2).font = Font(bold=True)
    col = f"'{SHEET}'!M:M"
    s2["B4"] = f'=COUNTIF({col},"Carried forward*")'
    s2["B5"] = f'=COUNTIF({col},"Reworded*")'
    s2["B6"] = f'=COUNTIF({col},"Split*")'
    s2["B7"] = f'=COUNTIF({col},"Merged*")'
    s2["B8"] = f'=COUNTIF({col},"Closed at rebaseline*")'
    s2["B9"] = f'=COUNTIF({col},"New*")'
    s2.column_dimensions["A"].width = 28

    wb.properties.creator = "Strategy & Change PMO"
    wb.properties.lastModifiedBy = "Strategy & Change PMO"
    fixed = dt.datetime(2024, 2, 1, 9, 0, 0)
    wb.properties.created = fixed
    path = os.path.join(OUT, "tracker.xlsx")
    wb.save(path)
    pin_zip(path, fixed)
    return {id(e): f"{SHEET}!{rr}" for rr, e in placed}, placed


def pin_zip(path, fixed):
    """Make the xlsx byte-for-byte reproducible: fixed core.xml dates and zip timestamps."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = fixed.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            import re
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                          rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=(2024, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# --------------------------------------------------------------------------------------------
# Truth, with a consistency check of each category against the statuses
# --------------------------------------------------------------------------------------------


def force_state(e, by_ref):
    st = e["status"]
    if st == "Merged":
        return force_state(by_ref[e["target"]], by_ref)
    if st.startswith("See "):
        kids = [x for x in by_ref.values() if x["item"] == e["item"] and x is not e
                and not x["status"].startswith("See ")]
        return "done" if all(force_state(k, by_ref) == "done" for k in kids) else "open"
    if st in F_DONE:
        return "done"
    assert st in F_OPEN, st
    return "open"


def expected(hm_status, fstate):
    hclosed = hm_status in HM_CLOSED
    if not hclosed and fstate == "done":
        return "closeable_submit"
    if hclosed and fstate == "open":
        return "closeable_local"
    return "in_sync"


def build_truth(hrow, frow, placed):
    by_ref = {e["ref"]: e for _, e in placed}
    lines = []
    seen_items = set()
    for rr, e in placed:
        item = e["item"]
        if item is None:
            assert e["cat"] == "not_on_hmicfrs_list"
            lines.append(("", frow[id(e)], e["cat"], e["why"]))
            continue
        seen_items.add(item)
        # item-level force state: aggregate over all rows of the item
        rows = [x for x in by_ref.values() if x["item"] == item]
        states = [force_state(x, by_ref) for x in rows if not x["status"].startswith("See ")]
        fstate = "done" if all(s == "done" for s in states) else "open"
        exp = expected(HM[item][4], fstate)
        if e["cat"] != "conflict":
            assert e["cat"] == exp, (e["ref"], e["cat"], exp)
        lines.append((hrow[item], frow[id(e)], e["cat"], e["why"]))
    for k in HM:
        if k not in seen_items:
            assert k in MISSING, k
            lines.append((hrow[k], "", "missing_from_force", MISSING[k]))
    assert set(MISSING) <= set(HM) and not (set(MISSING) & seen_items)

    def sortkey(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)

    lines.sort(key=sortkey)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return lines


def main():
    os.makedirs(OUT, exist_ok=True)
    hrow = build_hmicfrs()
    frow, placed = build_tracker()
    lines = build_truth(hrow, frow, placed)
    from collections import Counter
    c = Counter(x[2] for x in lines)
    print("HMICFRS items:", len(HM), " plan item rows:", len(placed), " truth lines:",
          len(lines))
    for k, v in sorted(c.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
