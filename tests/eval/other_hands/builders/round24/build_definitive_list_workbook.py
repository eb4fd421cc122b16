"""Build the evaluation case `definitive_list_workbook` (round 24).

HMICFRS side: the "definitive list" workbook as a force receives it by email (cover sheet,
"Recommendations" sheet with causes of concern above their recommendations, "Areas for
improvement" sheet, hidden "Lists" sheet feeding the drop-downs). Force side: Warwickshire
Police's own tracker (live sheet grouped by report, a "Closed" archive sheet, a "Key").

Run:  /work/main/.venv/bin/python build_definitive_list_workbook.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps, fixed zip dates).
All recommendation texts are real public HMICFRS wording (Open Government Licence), copied
from /work/shared/data/real_recommendations.csv and reconcile/casegen/texts; the force's
rewordings, actions and progress notes are written here.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 24_1206
RNG = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "definitive_list_workbook"
FIXED_TS = dt.datetime(2024, 10, 14, 9, 30, 0)

D = dt.date

# --------------------------------------------------------------------------------------------
# HMICFRS status vocabulary (the workbook's own words; cover sheet explains them)
AR = "Open – awaiting review"
BP = "Open – being progressed"
CC = "Closed – complete"
CS = "Closed – superseded"
NR = "Closed – no longer relevant"
HM_OPEN = {AR, BP}

REC, NAT, COC, AFI = ("Recommendation", "National recommendation", "Cause of concern",
                      "Area for improvement")

# Reports: key -> (HMICFRS title, publication date)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", D(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016 – Warwickshire Police", D(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017 – Warwickshire Police", D(2017, 9, 21)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "effy17": ("PEEL: Police efficiency 2017 – Warwickshire Police", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "legf17": ("PEEL: Police legitimacy 2017 – Warwickshire Police", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018 – Warwickshire Police", D(2018, 6, 19)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Warwickshire "
                 "Police", D(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Warwickshire "
                 "Police", D(2022, 5, 13)),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Warwickshire "
                 "Police", D(2024, 5, 17)),
}

# --------------------------------------------------------------------------------------------
# Real texts (verbatim)
SAS13_1 = ("Chief Constables and the College of Policing should establish in the Stop and Search "
           "Authorised Professional Practice document a clear specification of what constitutes "
           "the effective and fair exercise of stop and search powers, and guidance in this "
           "respect. This should be compliant with the Code of Practice.")
SAS13_2 = ("Chief Constables should establish or improve monitoring of the way officers stop and "
           "search people, so that they can be satisfied their officers are acting in accordance "
           "with the law (including equality legislation and the Code of Practice), and that the "
           "power is used effectively to prevent crime, catch criminals and maintain public "
           "trust.")
SAS13_3 = ("Chief Constables should, in consultation with elected local policing bodies, ensure "
           "that they comply with the code of practice by explaining to the public the way stop "
           "and search powers are used in their areas and by making arrangements for stop and "
           "search records to be scrutinised by community representatives. This should be done "
           "in a way that involves those people who are stopped and searched, for example, young "
           "people.")
SAS15_1 = ("Chief constables should, in consultation with police and crime commissioners, ensure "
           "that they comply with the Code of Practice by explaining to the public the way stop "
           "and search powers are used in their areas and by making arrangements for stop and "
           "search records to be scrutinised by community representatives. This should be done "
           "in a way that involves those people who are stopped and searched, for example young "
           "people.")
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
EVERYONE_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect. HMIC will "
    "inspect forces' progress on domestic abuse as part of its new annual all-force "
    "inspection programme. Police and crime commissioners and chief constables should be "
    "called upon to report publicly on progress, as well as to the national oversight "
    "and monitoring group.")
AUST_1 = ("All Chief Constables and PCCs should review their plans to deliver savings to ensure "
          "they are doing all they can to continue to reduce crime and protect the front line "
          "while balancing their budgets. They should use the data and information contained in "
          "this report, and in HMIC's Value for Money profiles, when conducting their reviews")
AUST_2 = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
          "through collaboration should assess whether there is scope to improve on this "
          "position. HMIC will follow up the assessments in the autumn.")
AUST_3 = ("Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
          "workforce and/or police officers on the front line should assess whether they have "
          "taken the decisive action seen in many forces in order to maintain their crime "
          "fighting capacity. HMIC will follow up the assessments in the autumn.")
AUST_4 = ("In preparation for the next spending round period all Chief Constables and PCCs should "
          "review their plans for collaboration. In particular they should consider whether "
          "there is scope to deliver better value for money and improved capability and "
          "capacity through joint working with other forces, the public and/or the private "
          "sector.")
CORE_1 = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
          "have not yet done so, should provide call-handlers with specific, sound and "
          "comprehensible criteria against which they can assess threat, harm and risk.")
CORE_2 = ("By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
          "carried out is systematically recorded and subsequently evaluated to determine the "
          "effectiveness of tactics being employed.")
INTEGRITY = ("By 31 August 2015, all chief constables should satisfy themselves that they have "
             "processes in place to ensure that investigations into misconduct by officers and "
             "staff resulting in “no further action” are fair and free of any form of "
             "discrimination.")
PICTURE = ("By 30 November 2015, chief constables should put in place arrangements to scrutinise "
           "audits of compliance with the APP on information management through the force "
           "information management governance structure. This should include measures to ensure "
           "that categorisation of records are regularly adjusted.")
FA_1 = ("Within three months, all chief constables should assess how well the governance of "
        "firearms licensing in his or her force meets the standards set out in Authorised "
        "Professional Practice. Chief constables of forces where the governance standards are not "
        "being complied with should put in place immediately the correct arrangements and "
        "procedures in order to meet the standards in full.")
FA_2 = ("Within three months, all chief constables should assess the demand placed on their "
        "firearms licensing department and ensure it has the capacity to meet this demand and "
        "provide an efficient and effective service at all times.")
FA_3 = ("Immediately, all chief constables should satisfy themselves that all appropriate action "
        "is being taken by their force with regard to ‘total expired’ licensing records.")
FA_4 = ("Within three months, all chief constables should ensure that their arrangements in "
        "respect of the use of temporary permits are in accordance with the Home Office "
        "guidance; that temporary permits are properly recorded without delay on the National "
        "Firearms Licensing Management System; and that effective systems exist to ensure "
        "certificate holders are not permitted, at any time, to remain in unlawful possession of "
        "a firearm.")
FA_5 = ("Within three months, all chief constables should ensure that systems designed to "
        "identify, prior to police attendance, whether a reported incident involves or is at the "
        "address of a firearm certificate holder are in place and are always applied by staff "
        "dispatching officers to incidents; and that officers understand the risk assessment "
        "which they should be undertaking in such circumstances, and their power, when "
        "appropriate, to seize firearms and firearm certificates.")
COC_DA16 = ("The force's response to domestic abuse is a cause of concern to HMIC. The force "
            "policy which allows an officer discretion to complete a DASH risk assessment in some "
            "crimes and incidents does not provide confidence that risk is always assessed "
            "appropriately. In cases where a DASH risk assessment is not completed the officer "
            "should record an assessment on the crime management system. HMIC found that "
            "officers are not consistently completing a DASH in circumstances where force policy "
            "requires that they should do so. This means that some victims of domestic abuse who "
            "may be at risk of harm are not being appropriately risk-assessed.")
EFF16_DASH = ("To address this cause of concern, HMIC recommends the force should immediately take "
              "steps to ensure that there is effective supervision of the initial risk assessment "
              "process, specifically in relation to the completion of DASH risk assessment in "
              "appropriate cases.")
EFF16_CALL = ("Within six months the force should provide call-handlers with specific, sound and "
              "comprehensible criteria against which they can assess threat, harm and risk.")
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
CDI_CRMS = ("Immediately, the force should improve its use of its crime-recording and management "
            "system to better manage its case files and investigative processes.")
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
SF_INTEL = ("Within six months, forces should have in place active information-sharing agreements "
            "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
            "safeguard victims better and to identify suspects as early as possible")
SF_S45 = ("Immediately, forces should ensure that all victims carrying out criminal acts under "
          "compulsion attributable to slavery or exploitation are afforded the protection of "
          "early and continuing consideration of the applicability of the section 45 defence.")
SF_NRM = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
          "process as it evolves and are implementing the requirement placed upon them under the "
          "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
          "adult victim of modern slavery or human trafficking.")
SF_NCRS = ("Immediately, forces should take steps to ensure they fully comply with national crime "
           "recording standard (NCRS) requirements for offences identified as modern slavery and "
           "human trafficking and that sufficient audit capacity is available to the force crime "
           "registrar to provide reassurance that each force is identifying and managing any gaps "
           "in its crime-recording accuracy for these types of offences.")
SF_INVEST = ("Immediately, forces should ensure that allegations or indications of modern slavery "
             "and human trafficking are thoroughly investigated and effectively supervised by "
             "teams and individuals with the skills and experience to undertake them (this should "
             "include the use where appropriate of joint intelligence teams and other means to "
             "obtain intelligence and evidence from agencies overseas).")
SF_PREVENT = ("Immediately, forces should review their use of preventative powers under the Modern "
              "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
              "deemed to pose a clear threat to others in respect of modern slavery and human "
              "trafficking offences are exploited.")
DIGITAL_FULL = ("By September 2018, chief constables should produce an ambitious plan to improve "
                "digitally-enabled services within their force. The Home Office, National Police "
                "Chiefs' Council and Association of Police and Crime Commissioners should support "
                "the development of these plans by establishing a national framework which "
                "allows for the provision of digitally enabled services across force boundaries.")
DIGITAL_SHORT = ("By September 2018, chief constables should produce an ambitious plan to improve "
                 "digitally-enabled services within their force.")
LEG_COC = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
           "search powers is consistently reasonable and fair. In particular, there is "
           "over-representation of BAME people, and black people in particular, in stop and "
           "search data which many forces are unable to explain.")
LEG_MON = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
LEG_DISP = ("Where forces identify disparities through monitoring, they should demonstrate to the "
            "public that they have:\n•carried out research and analysis in an attempt to "
            "understand the reasons for the disparity, and •taken action to reduce the "
            "disparity, where necessary;")
LEG_PUB = ("We expect forces to publish this analysis and any actions taken at least on an annual "
           "basis, from July 2018.")
LEG_TRAIN = ("By July 2018, and ongoing following that date, forces should ensure that all officers "
             "who use stop and search powers have been provided with, and understand, training on "
             "unconscious bias and College of Policing APP on stop and search.")
NCPI_DETENTION = (
    "Within six months Warwickshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:"
    "• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff comply with their statutory duties to "
    "complete detention certificates if a child is detained for any reason in police custody "
    "following charge;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested.")
NCPI_MISSING = (
    "Within three months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
NCPI_CSE = ("Within six months, the force should make sure officers and staff have the training "
            "they need to identify and respond to child sexual exploitation.")
COC_ALLIANCE = ("The force does not have suitable arrangements in place to make sure it can "
                "maintain the full range of public services when its alliance with West Mercia "
                "Police ends. There are gaps in its workforce skills assessment, and weaknesses in "
                "both its investigative approach and its approach to safeguarding vulnerable "
                "people.")
P19_AGREE = ("HMIC recommends that the force should immediately:agree arrangements with West Mercia "
             "Police to secure a smooth transition to its future operating model, ensuring no "
             "disruption to public services; and")
P19_MODEL = ("HMIC recommends that the force should immediately:clearly define its new operating "
             "model, ensuring all operational and support services are affordable and fit to "
             "protect the communities of Warwickshire;")
P19_SKILLS = ("HMIC recommends that the force should immediately: expand the skills project work to "
              "include an assessment of all skills, not only operational, including potential "
              "future skills requirements. This assessment should inform workforce plans;")
COC_INVEST = ("The force does not have the capacity or capability to investigate crime effectively "
              "and this is affecting the service being provided to the public. There are failings "
              "in the way that crimes are being investigated.")
P19_DIGITAL = ("HMIC recommends that within six months the force should: improve its ability to "
               "retrieve digital evidence from mobile phones, computers and other electronic "
               "devices quickly enough to ensure investigations are not delayed;")
P19_RUI = ("HMIC recommends that within six months the force should: improve its understanding of "
           "suspects released under investigation and the management of those released on bail;")
P19_SUPER = ("HMIC recommends that within six months the force should: ensure regular and active "
             "supervision of the quality and progress of investigations. This supervision should "
             "be properly recorded;")
PW_COMMS = ("By July 2022, forces should ensure that officers and staff have effective communication "
            "skills, in line with the National Policing Guidelines on Conflict Management. This "
            "should be in addition to existing training on conflict management and "
            "de-escalation.")
PW_CPD = ("By July 2021, forces should ensure that communication skills are reinforced as part of "
          "the programme of continuing professional development for officers and staff, and that "
          "supervisors are supported to routinely and frequently debrief officers on these skills "
          "using body-worn video footage.")
PW_BWV = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
PW_HO = ("The Home Office and the NPCC should take steps to ensure that the quality of the data "
         "collected on the number of incidents where force has been used to effect a stop and "
         "search is sufficient for publication. The Home Office should publish this data as soon "
         "as possible.")
PW_MON = ("By July 2021, forces should ensure they have effective internal monitoring processes on "
          "the use of force, to help them to identify and understand disproportionate use, explain "
          "the reasons and implement any necessary improvement action.")
CAUTIONS = ("The force should revise its approach to cautions, cannabis warning and penalty notices "
            "for disorder to ensure that there is a clear and auditable explanation to the "
            "offender of the implications of receiving the warning and that, for victim-based "
            "crimes, there is a clear and auditable record that views of the victim are "
            "considered prior to their issue.")

# --------------------------------------------------------------------------------------------
# HMICFRS items. sheet "R" = Recommendations, "A" = Areas for improvement.
# (key/id, sheet, report, type, linked CoC, text, status, notes)
SUPERSEDED_NOTE = ("Superseded by {id} ({title}, {month}). Progress is monitored against the "
                   "later {kind} only.")
MONITORED = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")


def sup(later_id: int, later_report: str, kind: str) -> str:
    title, pub = REPORTS[later_report]
    return SUPERSEDED_NOTE.format(id=later_id, title=title, month=pub.strftime("%B %Y"),
                                  kind=kind)


H = []  # list of dicts


def h(hid, sheet, report, typ, text, status, notes="", coc=None):
    H.append(dict(id=hid, sheet=sheet, report=report, type=typ, text=text, status=status,
                  notes=notes, coc=coc))


# Recommendations sheet
h(1184, "R", "sas13", NAT, SAS13_1, CC, "This recommendation is complete")
h(1185, "R", "sas13", NAT, SAS13_2, CC, "This recommendation is complete")
h(1186, "R", "sas13", NAT, SAS13_3, CS, sup(5071, "sas15", "recommendation"))
h(2321, "R", "everyone", NAT, EVERYONE_PLAN, CC,
  "Authorised for closure on the basis of the force's published domestic abuse action plan.")
h(2562, "R", "austerity", NAT, AUST_1, CC, "This recommendation is complete")
h(2563, "R", "austerity", NAT, AUST_2, NR,
  "No longer relevant: the spending review period to which this recommendation applied has "
  "ended. No further action required.")
h(2565, "R", "austerity", NAT, AUST_4, NR,
  "No longer relevant: the spending round referred to has ended. No further action required.")
h(4822, "R", "core", NAT, CORE_1, CS, sup(6872, "eff16", "recommendation"))
h(4823, "R", "core", NAT, CORE_2, BP, MONITORED)
h(902, "R", "integrity", NAT, INTEGRITY, CC, "This recommendation is complete")
h(5071, "R", "sas15", NAT, SAS15_1, BP, "")
h(5210, "R", "picture", NAT, PICTURE, BP, "")
h(5631, "R", "firearms", NAT, FA_1, CC, "This recommendation is complete")
h(5632, "R", "firearms", NAT, FA_2, BP, MONITORED)
h(5633, "R", "firearms", NAT, FA_3, BP, "")
h(5634, "R", "firearms", NAT, FA_4, CC,
  "Authorised for closure following the firearms licensing revisit.")
h(5635, "R", "firearms", NAT, FA_5, BP, "")
h(6870, "R", "eff16", COC, COC_DA16, CC,
  "Cause of concern closed following the 2017 effectiveness inspection.")
h(6871, "R", "eff16", REC, EFF16_DASH, CS, sup(11204, "peel2122", "area for improvement"),
  coc=6870)
h(6872, "R", "eff16", REC, EFF16_CALL, BP, "", coc=6870)
h(7021, "R", "cdi17", REC, CDI_VICTIMS, BP, MONITORED)
h(7022, "R", "cdi17", REC, CDI_CRMS, CC, "This recommendation is complete")
h(8102, "R", "stolen", NAT, SF_LEADERSHIP, BP, "")
h(8103, "R", "stolen", NAT, SF_INTEL, BP, "")
h(8104, "R", "stolen", NAT, SF_S45, CC, "This recommendation is complete")
h(8105, "R", "stolen", NAT, SF_NRM, BP, "")
h(8106, "R", "stolen", NAT, SF_NCRS, CS, sup(12690, "peel2324", "area for improvement"))
h(8107, "R", "stolen", NAT, SF_INVEST, BP, MONITORED)
h(8108, "R", "stolen", NAT, SF_PREVENT, BP, "")
h(8377, "R", "efc17", NAT, DIGITAL_FULL, BP, "")
h(8541, "R", "leg17", COC, LEG_COC, BP, "")
h(8542, "R", "leg17", NAT, LEG_MON, BP, "", coc=8541)
h(8543, "R", "leg17", NAT, LEG_DISP, CC, "This recommendation is complete", coc=8541)
h(8544, "R", "leg17", NAT, LEG_PUB, BP, "", coc=8541)
h(8545, "R", "leg17", NAT, LEG_TRAIN, CC,
  "Authorised for closure: training evidence accepted at 2023 review.", coc=8541)
h(8630, "R", "ncpi18", REC, NCPI_DETENTION, BP, "")
h(8631, "R", "ncpi18", REC, NCPI_MISSING, CC, "This recommendation is complete")
h(8632, "R", "ncpi18", REC, NCPI_CSE, BP, "")
h(9105, "R", "peel1819", COC, COC_ALLIANCE, NR,
  "No longer relevant: the strategic alliance with West Mercia Police ended on 7 October 2019.")
h(9106, "R", "peel1819", REC, P19_AGREE, NR,
  "No longer relevant: the strategic alliance with West Mercia Police ended on 7 October 2019.",
  coc=9105)
h(9107, "R", "peel1819", REC, P19_MODEL, CC, "This recommendation is complete", coc=9105)
h(9108, "R", "peel1819", REC, P19_SKILLS, BP, "", coc=9105)
h(9110, "R", "peel1819", COC, COC_INVEST, BP, "Monitored through the PEEL 2021/22 inspection.")
h(9111, "R", "peel1819", REC, P19_DIGITAL, BP, "", coc=9110)
h(9112, "R", "peel1819", REC, P19_RUI, BP, "", coc=9110)
h(9114, "R", "peel1819", REC, P19_SUPER, BP, MONITORED, coc=9110)
h(10512, "R", "powers", NAT, PW_COMMS, BP, "")
h(10513, "R", "powers", NAT, PW_CPD, BP, "")
h(10514, "R", "powers", NAT, PW_BWV, BP, "")
h(10516, "R", "powers", NAT, PW_MON, CC, "This recommendation is complete")

# Areas for improvement sheet
A = "A"
h(8380, A, "effy17", AFI, "The force should undertake further work to gain a fuller understanding "
  "of current demand for its services, and likely future changes in demand. This is so it can "
  "make best use of its resources by matching them to demand to meet the needs of the public",
  CC, "This area for improvement is complete")
h(8381, A, "effy17", AFI, "The force should develop its understanding of the links between its "
  "outcomes, outputs and costs", BP, "")
h(8382, A, "effy17", AFI, "The force should develop a future workforce plan that is aligned with "
  "its overall demand and budget. The plan should include future resource allocations, the mix "
  "of skills required by the workforce and behaviours expected of them.", CS,
  sup(9108, "peel1819", "recommendation"))
h(8550, A, "legf17", AFI, "The force should review how it gathers and uses equality and diversity "
  "data to improve its understanding of its workforce demographics.", CC,
  "This area for improvement is complete")
h(8551, A, "legf17", AFI, "The force should make sure it provides a confidential way for staff to "
  "raise concerns and that staff are aware of whistleblowing processes.", CS,
  sup(12693, "peel2324", "area for improvement"))
h(8552, A, "legf17", AFI, "The force should review the support available for those who have "
  "raised concerns and take any action needed to make sure these provisions are suitable.", BP, "")
h(9120, A, "peel1819", AFI, "The force should improve its understanding of the nature and scale of "
  "fraud in its area.", BP, "")
h(9121, A, "peel1819", AFI, "The force should make sure victims of domestic abuse are kept informed "
  "about the progress of their case, in line with the Code of Practice for Victims of Crime.", CC,
  "This area for improvement is complete")
h(9122, A, "peel1819", AFI, "The force should develop a problem-solving approach to anti-social "
  "behaviour, working with local communities and partners.", BP, "")
h(9123, A, "peel1819", AFI, "The force should specify in succession plans how it intends to improve "
  "diversity across all levels of the force. This should include offering increased direct-entry "
  "opportunities.", BP, "")
h(11203, A, "peel2122", AFI, "The force should improve the timeliness of its response to calls for "
  "service involving people with mental ill health.", BP, "")
h(11204, A, "peel2122", AFI, "The force should review its approach to domestic abuse to make sure "
  "victims receive a consistently good service.", BP,
  "Also replaces 6871 (PEEL: Police effectiveness 2016).")
h(11205, A, "peel2122", AFI, "The force should make sure investigations of rape and serious sexual "
  "offences are allocated to officers with the right skills and are effectively supervised.", BP,
  "")
h(11206, A, "peel2122", AFI, "The force should improve how it gathers, assesses and acts on "
  "intelligence about county lines drug dealing.", CC, "This area for improvement is complete")
h(11207, A, "peel2122", AFI, "The force should make sure its performance framework gives senior "
  "leaders a clear picture of its response to violence against women and girls.", BP, "")
h(11208, A, "peel2122", AFI, "The force should make sure it has enough specialist capacity and "
  "capability to investigate online child sexual abuse.", BP, "")
h(12688, A, "peel2324", AFI, "The force should make sure officers and staff have the training they "
  "need to identify and respond to stalking and harassment.", AR, "New area for improvement")
h(12689, A, "peel2324", AFI, "The force should improve the way it manages the risk posed by "
  "offenders involved in county lines drug dealing.", AR, "New area for improvement")
h(12690, A, "peel2324", AFI, "The force should make sure it records reports of modern slavery and "
  "human trafficking accurately and without delay.", AR,
  "New area for improvement. Replaces 8106 (Stolen freedom, October 2017).")
h(12691, A, "peel2324", AFI, "The force should make sure it consistently uses ancillary orders and "
  "other powers to protect victims of stalking and harassment.", AR, "New area for improvement")
h(12692, A, "peel2324", AFI, "The force should improve how it works with partner organisations to "
  "safeguard people at risk from child sexual exploitation.", AR, "New area for improvement")
h(12693, A, "peel2324", AFI, "The force should make sure it provides accessible information for all "
  "staff and members of the public on how they can raise concerns and access confidential support "
  "(including through external agencies).", AR,
  "New area for improvement. Replaces 8551 (PEEL: Police legitimacy 2017).")
h(12694, A, "peel2324", AFI, "The force should make sure its analysis of serious and organised crime "
  "informs its strategic assessment and control strategy.", AR, "New area for improvement")
h(12695, A, "peel2324", AFI, "The force should evaluate its work to prevent knife crime and share "
  "what works across the force.", AR, "New area for improvement")

HBY = {x["id"]: x for x in H}
assert len(HBY) == len(H)
SUPERSEDED_BY = {1186: 5071, 4822: 6872, 6871: 11204, 8106: 12690, 8382: 9108, 8551: 12693}
assert {x["id"] for x in H if x["status"] == CS} == set(SUPERSEDED_BY)
for _old, _new in SUPERSEDED_BY.items():
    assert str(_new) in HBY[_old]["notes"]

# --------------------------------------------------------------------------------------------
# Force side. Status words (the tracker's "Key" sheet)
F_OPEN = ["Not started", "Open - on track", "Open - off track"]
F_DONE = ["Complete", "Complete - awaiting sign off", "Submitted to HMICFRS", "Closed",
          "Superseded", "N/A - not force responsibility"]

# Tracker report names (the force's own)
TR = {
    "sas13": "Stop & Search powers (HMIC 2013)",
    "everyone": "Domestic abuse - Everyone's business",
    "austerity": "Policing in Austerity 2014",
    "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015",
    "sas15": "Stop & search powers 2",
    "picture": "Information management (Building the Picture)",
    "firearms": "Firearms licensing 2015",
    "leg15": "PEEL Legitimacy 2015",
    "eff16": "PEEL Effectiveness 2016",
    "cdi17": "Crime Data Integrity 2017",
    "stolen": "Stolen Freedom (MSHT) 2017",
    "efc17": "PEEL Efficiency 17 (all forces)",
    "effy17": "PEEL Efficiency 2017",
    "leg17": "PEEL Legit 17 S&S",
    "legf17": "PEEL Legitimacy 2017",
    "ncpi18": "NCPI 2018",
    "peel1819": "PEEL 2018/19",
    "powers": "Police powers spotlight (Feb 21)",
    "peel2122": "PEEL 2021/22",
    "peel2324": "PEEL 2023/24",
    "local": "Force / JAC actions",
}
TR_PUB = {  # how the force wrote the publication date (habit: mostly dates, some text)
    "sas13": "2013", "everyone": D(2014, 3, 27), "austerity": "Jul-14", "core": D(2014, 9, 4),
    "integrity": D(2015, 1, 30), "sas15": D(2015, 3, 24), "picture": "July 2015",
    "firearms": D(2015, 9, 15), "leg15": D(2016, 2, 11), "eff16": D(2017, 3, 2),
    "cdi17": "Sept 2017", "stolen": D(2017, 10, 24), "efc17": "Nov-17", "effy17": D(2017, 11, 9),
    "leg17": D(2017, 12, 12), "legf17": D(2017, 12, 12), "ncpi18": D(2018, 6, 19),
    "peel1819": D(2019, 5, 2), "powers": "Feb-21", "peel2122": D(2022, 5, 13),
    "peel2324": D(2024, 5, 17), "local": None,
}
TYPE_F = {NAT: "National", REC: "Rec", COC: "CoC", AFI: "AFI"}

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Director of Finance", "Supt Firearms Licensing"]
OPEN_NOTES = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up; project plan being drafted.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Update requested from lead 03/09/24 - none received.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "xxx",
    None,
]
DONE_NOTES = [
    "Completed. Evidence pack held by Organisational Learning.",
    "Ready to move to GREEN status.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Policy signed off and in place; compliance audit completed.",
]

CLOSED_NOTES = [
    "Signed off by chief officer lead and closed.",
    "Closed at Organisational Learning Board.",
    "Completed. Evidence pack held by Organisational Learning.",
    None,
]
LEAD_RULES = [  # first keyword found in the row's text decides the lead
    (("firearm", "licensing"), ["Supt Firearms Licensing"]),
    (("custody", "detention of children"), ["Ch Insp Custody"]),
    (("misconduct", "counter-corruption"), ["Head of Professional Standards"]),
    (("information management",), ["Head of Information Management"]),
    (("call-handler", "calls for service", "call handler"), ["Supt Contact Centre"]),
    (("crime-recording", "crime recording", "ncrs", "recording standard", "records reports"),
     ["Force Crime Registrar"]),
    (("stop and search", "s&s", "body-worn", "bwv", "use of force", "communication skills",
      "cautions"), ["ACC Local Policing", "C/Supt Bell"]),
    (("domestic abuse", "dash", " da ", "child", "cse", "stalking", "vulnerab", "mental ill",
      "violence against women", "rape"), ["Ch Supt Public Protection"]),
    (("modern slavery", "msht", "nrm", "section 45", "investigat", "supervision", "bail",
      "digital evidence", "polit"), ["Det Ch Supt Force CID", "ACC Crime"]),
    (("intelligence", "county lines", "organised crime", "hate crime", "knife", "fraud"),
     ["Head of Intelligence", "ACC Crime"]),
    (("workforce", "skills", "diversity", "concerns", "whistleblowing", "demographics"),
     ["Director of People", "Head of Learning & Development"]),
    (("savings", "collaboration", "costs", "demand", "operating model", "digitally", "spending"),
     ["Head of Corporate Development", "Director of Finance"]),
    (("anti-social", "prevention", "disruption", "problem-solving"), ["ACC Local Policing"]),
]


def pick_lead(text: str) -> str:
    t = " " + text.lower() + " "
    for keys, leads in LEAD_RULES:
        if any(k in t for k in keys):
            return RNG.choice(leads)
    return RNG.choice(["DCC", "Head of Corporate Development"])


F = []  # force rows, in order of output


def f(hid, sheet, rep, text, status, *, ref="id", typ=None, pub="rep", note=None, lead="rnd",
      sub=None, cat, why, section=None, merge=None):
    """One force row. hid: HMICFRS id it pairs with (None: not on the HMICFRS list)."""
    F.append(dict(hid=hid, sheet=sheet, rep=rep, text=text, status=status, ref=ref, typ=typ,
                  pub=pub, note=note, lead=lead, sub=sub, cat=cat, why=why,
                  section=section or rep, merge=merge))


L, C = "Tracker", "Closed"

# ---- Live tracker, grouped by the force's report headings (oldest first) ----
f(2565, L, "austerity", "Review plans for collaboration ahead of the next spending round - scope "
  "for better VfM & improved capability/capacity through joint working with other forces, the "
  "public and/or private sector.", "Open - on track",
  note="To be refreshed following the end of the West Mercia alliance; linked to the Target "
  "Operating Model review.", cat="closeable_local",
  why="HMICFRS closed it as no longer relevant (spending round ended); force still open")
f(4822, L, "core", CORE_1, "Open - off track",
  note="THRIVE refresher for call handlers delayed to Q4.", cat="closeable_local",
  why="HMICFRS closed it as superseded by 6872; force still tracks it open (6872 has its own row)")
f(4823, L, "core", "By 31/03/15 all forces to ensure crime prevention or disruption activity "
  "carried out is systematically recorded & subsequently evaluated to determine the effectiveness "
  "of tactics being employed.", "Open - on track", cat="in_sync",
  why="open on both; abbreviated wording")
f(5071, L, "sas15", SAS15_1, "Complete - awaiting sign off",
  note="Stop and search scrutiny panel meets quarterly and reviews BWV footage and records. "
  "Evidence pack with ACC Local Policing for sign off.", cat="closeable_submit",
  why="HMICFRS open (being progressed); force complete awaiting sign off")
f(5632, L, "firearms", "Within six months, all chief constables should assess the demand placed on "
  "their firearms licensing department and ensure it has the capacity to meet this demand and "
  "provide an efficient and effective service at all times.", "Open - off track",
  note="Demand review commissioned; backlog of renewals at 412.", cat="conflict",
  why="timescale differs: HMICFRS 'Within three months', force 'Within six months'")
f(5633, L, "firearms", "Immediately, all CCs should satisfy themselves that all appropriate action "
  "is being taken by their force with regard to 'total expired' licensing records.",
  "complete - awaiting sign off", note="All total expired records reviewed; weekly report to "
  "Supt Firearms Licensing.", cat="closeable_submit",
  why="HMICFRS open; force complete awaiting sign off (lower-case status)")
f(5634, L, "firearms", FA_4, "Open - on track",
  note="Temporary permit process to be re-audited.", cat="closeable_local",
  why="HMICFRS closed complete; force still open")
f(6871, L, "eff16", "Ensure effective supervision of the initial risk assessment process, "
  "specifically completion of DASH in appropriate cases.", "Open - off track",
  note="DASH supervision dip-sampling paused pending DARA roll-out.", cat="closeable_local",
  why="HMICFRS closed it as superseded by AFI 11204; force still open (11204 has its own row)")
f(6872, L, "eff16", EFF16_CALL.replace(" and comprehensible", " & comprehensible"), "Complete",
  note="THRIVE criteria in the call handling policy since 2018.", cat="closeable_submit",
  why="HMICFRS open; force complete")
f(7021, L, "cdi17", "Within six months the force should put in place arrangments to ensure that: "
  "at the point of report, victims are believed; conversations between the call handlers and "
  "callers are summarised accurately in the incident log, thus providing attending officers with "
  "full facts on which to base crime-recording decisions; multiple crimes are always recorded when "
  "described within incident records or identified as part of other recorded crime "
  "investigatons; the practice of awaiting the results of medical examinations or video "
  "interviews before making crime-recording decisions is stopped; and online reports of crime "
  "are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider "
  "public are identified and appropriately managed.", "Submitted to HMICFRS",
  sub=D(2024, 6, 12), note="FCR audit (May 24) shows 94% compliance. Submitted via FLL.",
  cat="closeable_submit",
  why="HMICFRS open; force submitted for closure; all five bullets present, flattened, misspelt")
# 8102 split into one row per bullet; ref/report/published/type merged over the four rows
f(8102, L, "stolen", "(a) senior leaders prioritise the response to MSHT", "Complete",
  note="MSHT governance board chaired by ACC Crime.", cat="closeable_submit",
  why="split row (bullet a) of 8102; all four bullet rows done, HMICFRS open", merge=4)
f(8102, L, "stolen", "(b) every incident of modern slavery identified to police is allocated "
  "appropriate resources with the skills, experience & capacity to investigate it effectively",
  "Complete", ref=None, pub=None, note="Allocation policy agreed Mar 23.", cat="closeable_submit",
  why="split row (bullet b) of 8102; all four bullet rows done, HMICFRS open")
f(8102, L, "stolen", "(c) develop effective partnership arrangements to co-ordinate activity in "
  "order to share information & safeguard victims", "Complete - awaiting sign off", ref=None,
  pub=None, cat="closeable_submit",
  why="split row (bullet c) of 8102; all four bullet rows done, HMICFRS open")
f(8102, L, "stolen", "(d) performance & QA measures in place to allow senior leaders to assess the "
  "nature and quality of the service provided to victims", "Complete - awaiting sign off",
  ref=None, pub=None, cat="closeable_submit",
  why="split row (bullet d) of 8102; all four bullet rows done, HMICFRS open")
f(8103, L, "stolen", "Within 6 months, forces should have in place active ISAs with other agencies "
  "to facilitate speedy exchange of intelligence & in order to safeguard victims better & to "
  "identify suspects as early as possible", "Open - on track", ref=None, cat="in_sync",
  why="no ref on force row; matched on report and text; open on both")
f(8105, L, "stolen", SF_NRM, "Submitted to HMICFRS", sub=D(2024, 3, 28), cat="closeable_submit",
  why="HMICFRS open; force submitted for closure")
f(8106, L, "stolen", SF_NCRS, "Open - on track",
  note="Force Crime Registrar audit of MSHT recording scheduled for Q3 2024/25.",
  cat="closeable_local",
  why="HMICFRS closed it as superseded by AFI 12690; force still open (12690 itself is not "
  "on the tracker)")
f(8107, L, "stolen", "Immediately, forces should ensure that allegations or indications of MSHT "
  "are thoroughly investigated & effectively supervised by teams & individuals with the skills & "
  "experience to undertake them (this should include the use where appropriate of joint "
  "intelligence teams & other means to obtain intelligence & evidence from agencies overseas).",
  "Open - off track", cat="in_sync", why="open on both; abbreviations only")
f(8108, L, "stolen", SF_PREVENT, "Complete", cat="closeable_submit",
  why="HMICFRS open; force complete")
f(8377, L, "efc17", DIGITAL_SHORT, "Open - on track",
  note="Digital Policing Strategy 2024-27 in draft.", cat="in_sync",
  why="open on both; force dropped the sentence addressed to the Home Office/NPCC/APCC, "
  "which asks nothing of the force")
f(8541, L, "leg17", LEG_COC, "Open - on track", typ="CoC", cat="in_sync",
  why="cause of concern tracked as its own row; open on both")
f(8542, L, "leg17", "By July 2018, monitor S&S data to understand the reasons for any "
  "disproportionate representation of different ethnic groups in the use of S&S", "Complete",
  ref="8542 (i)", cat="in_sync",
  why="split row (i) of 8542; one of the three bullet rows still open, so the force item is "
  "open, as on HMICFRS")
f(8542, L, "leg17", "By July 2018, monitor the extent to which find rates differ between people "
  "from different ethnicities, and across different types of searches (incl. seperate "
  "identification of find rates for drug possession and supply-type offences)", "Complete",
  ref="8542 (ii)", cat="in_sync",
  why="split row (ii) of 8542; item still open on the force side (row iii open), open on HMICFRS")
f(8542, L, "leg17", "By July 2018, monitor the prevalence of possession-only drug searches, and the "
  "extent to which these align with local or force level priorities", "Open - on track",
  ref="8542 (iii)", note="Possession-only search dashboard in build (Power BI).", cat="in_sync",
  why="split row (iii) of 8542; open on both")
f(8544, L, "leg17", LEG_PUB, "Complete",
  note="Annual stop and search report published on force website July 2024.",
  cat="closeable_submit", why="HMICFRS open; force complete")
f(8545, L, "leg17", LEG_TRAIN, "Open - on track",
  note="Ongoing requirement - unconscious bias input now part of the S&S refresher; keep open to "
  "evidence annual compliance.", cat="closeable_local",
  why="HMICFRS closed complete; force keeps it open as an ongoing requirement")
f(8630, L, "ncpi18", "Within six months Warwickshire Police should, in conjunction with children’s "
  "social care services, review how it manages the detention of children. As a minimum it "
  "should:• ensure that all children are only detained when absolutely necessary and for the "
  "absolute minimum amount of time;• ensure that officers and staff in the custody suite assess "
  "at an early stage a child’s need for alternative accomodation (secure or otherwise) and work "
  "with children’s social care services to achieve the most appropriate option for the child;• "
  "ensure that custody staff make a record of all actions taken and decisions made on the "
  "relevant documentation; and• improve the timeliness of adequate appropriate adult support for "
  "children who are arrested.", "Open - on track", cat="conflict",
  why="bullet missing on force row: 'comply with their statutory duties to complete detention "
  "certificates' (4 of 5 bullets)")
f(8632, L, "ncpi18", NCPI_CSE, "Open - on track", typ="AFI", cat="conflict",
  why="type differs: HMICFRS Recommendation, force AFI")
f(9106, L, "peel1819", P19_AGREE, "Open - on track",
  note="Alliance ended 7 Oct 2019. Remaining s22A collaboration agreements under review.",
  cat="closeable_local", why="HMICFRS closed it as no longer relevant; force still open")
f(9108, L, "peel1819", P19_SKILLS, "Complete - awaiting sign off",
  note="Skills audit of all staff completed; feeds Strategic Workforce Plan 2024.",
  cat="closeable_submit", why="HMICFRS open; force complete awaiting sign off")
f(9111, L, "peel1819", P19_DIGITAL, "Open - off track", note="DFU backlog 7 months.",
  cat="in_sync", why="open on both")
f(9112, L, "peel1819", P19_RUI, "Complete", cat="closeable_submit",
  why="HMICFRS open; force complete")
f(9114, L, "peel1819", P19_SUPER, "Open - on track", ref=9141, cat="conflict",
  why="reference differs: force row says 9141, HMICFRS 9114 (digits transposed); same text, "
  "report and linked CoC")
f(8381, L, "effy17", "The force should develop its understanding of the links between its "
  "outcomes, outputs and costs", "Open - on track", cat="in_sync", why="open on both")
f(8552, L, "legf17", "AFI 8552 - The force should review the support available for those who have "
  "raised concerns and take any action needed to make sure these provisions are suitable.",
  "Open - on track", ref=None, cat="in_sync",
  why="reference written into the text ('AFI 8552 - '), ref column blank; open on both")
f(9120, L, "peel1819", "The force should improve its understanding of the nature and scale of "
  "fraud in its area.", "Complete", typ="AFI", note="Fraud problem profile completed Feb 24.",
  cat="closeable_submit", why="HMICFRS open; force complete")
f(9121, L, "peel1819", "Keep DA victims informed about the progress of their case in line with "
  "the Victims' Code", "Open - On Track", typ="AFI", cat="closeable_local",
  why="HMICFRS closed complete; force still open (summary wording)")
f(9122, L, "peel1819", "The force should develop a problem-solving approach to anti-social "
  "behaviour, working with local communities and partners.", "Not started", typ="AFI",
  cat="in_sync", why="open on both")
f(9123, L, "peel1819", "The force should specify in succession plans how it intends to improve "
  "diversity across all levels of the force. This should include offering increased direct-entry "
  "opportunities.", "Open - on track", typ="AFI", pub=D(2018, 5, 2), cat="conflict",
  why="publication date differs: HMICFRS 02/05/2019, force 02/05/2018")
f(10512, L, "powers", PW_COMMS, "Open - on track", cat="in_sync", why="open on both")
f(10513, L, "powers", PW_CPD.replace("body-worn video", "BWV"), "Complete",
  cat="closeable_submit", why="HMICFRS open; force complete")
f(10514, L, "powers", PW_BWV, "Open - on track",
  note="External scrutiny panel BWV access agreed; internal review process in build.",
  cat="in_sync", why="open on both; all three parts present")
f(None, L, "powers", PW_HO, "N/A - not force responsibility", ref=10515,
  note="Action for the Home Office and NPCC.", lead=None, cat="not_on_hmicfrs_list",
  why="addressed to the Home Office and NPCC; never on the force's HMICFRS list")
f(11203, L, "peel2122", "The force should improve the timeliness of its response to calls for "
  "service involving people with mental ill health.", "Open - on track", cat="in_sync",
  why="open on both")
f(11204, L, "peel2122", "The force should review its approach to domestic abuse to make sure "
  "victims receive a consistently good service.", "Open - off track",
  note="DA Improvement Plan v3; replaces the 2016 DASH recommendation.", cat="in_sync",
  why="open on both (this AFI supersedes 6871)")
f(None, L, "peel2122", "Force action - Dip-sample 50 domestic abuse crime reports each quarter and "
  "report findings to the Crime Standards Board", "Open - on track", ref=None,
  typ="Local action", pub=None, cat="not_on_hmicfrs_list",
  why="force's own action, no HMICFRS reference")
f(11205, L, "peel2122", "The force should make sure investigations of rape and serious sexual "
  "offences are allocated to officers with the right skills and are effectively supervised.",
  "Complete - awaiting sign off", cat="closeable_submit",
  why="HMICFRS open; force complete awaiting sign off")
f(11206, L, "peel2122", "The force should improve how it gathers, assesses and acts on "
  "intelligence about county lines drug dealing.", "Open - on track", cat="closeable_local",
  why="HMICFRS closed complete; force still open")
# AFI 11208 tracked as three actions, each carrying the AFI's reference
f(11208, L, "peel2122", "Action 1: Business case for two additional POLIT investigators approved "
  "at Force Executive Board (Jan 2023)", "Complete", cat="closeable_submit",
  why="action row 1 of AFI 11208; all three actions done, HMICFRS open")
f(11208, L, "peel2122", "Action 2: Review of POLIT backlog and triage of KIRAT referrals",
  "Complete", cat="closeable_submit",
  why="action row 2 of AFI 11208; all three actions done, HMICFRS open")
f(11208, L, "peel2122", "Action 3: Increase digital forensic capacity for online CSA cases "
  "through the regional DFU agreement", "Complete - awaiting sign off", cat="closeable_submit",
  why="action row 3 of AFI 11208; all three actions done, HMICFRS open")
f(12688, L, "peel2324", "The force should make sure officers and staff have the training they need "
  "to identify and respond to stalking and harassment.", "Open - on track", cat="in_sync",
  why="open on both")
f(None, L, "peel2324", "Local action: Task & Finish group to review the stalking and harassment "
  "policy and report to the Force Executive Team", "Open - on track", ref="n/a",
  typ="Local action", pub=None, cat="not_on_hmicfrs_list",
  why="force's own action, no HMICFRS reference")
f(12689, L, "peel2324", "The force should improve the way it manages the risk posed by offenders "
  "involved in county lines drug dealing.", "Not started", cat="in_sync", why="open on both")
f(12691, L, "peel2324", "The force should make sure it consistently uses ancillary orders & other "
  "powers to protect victims of stalking & harassment.", "Complete - awaiting sign off",
  note="SPO/SHPO usage now reviewed at daily management meeting.", cat="closeable_submit",
  why="HMICFRS open (awaiting review); force complete awaiting sign off")
f(12692, L, "peel2324", "Improve how we work with partners to safeguard people at risk from CSE",
  "Open - on track", ref="TBC", cat="in_sync",
  why="ref 'TBC', summary wording; matched on report and text; open on both")
f(12693, L, "peel2324", "The force should make sure it provides accessible information for all "
  "staff and members of the public on how they can raise concerns and access confidential "
  "support (including through external agencies).", "Open - on track", cat="in_sync",
  why="open on both (this AFI supersedes 8551)")
f(12694, L, "peel2324", "The force should make sure its analysis of serious and organised crime "
  "informs its strategic assessment and control strategy.", "Open - on track", ref=None,
  cat="in_sync", why="no ref on force row; matched on report and text; open on both")
f(None, L, "peel2324", "Refresh the hate crime problem profile and add it to the control "
  "strategy", "Not started", ref=None, typ="Local action", pub=None, cat="not_on_hmicfrs_list",
  why="force's own action, no HMICFRS reference")
f(12695, L, "peel2324", "The force should evaluate its work to prevent knife crime and share what "
  "works across the force.", "Open - on track", cat="in_sync", why="open on both")
f(None, L, "leg15", CAUTIONS, "Open - on track", ref=4975,
  note="OOCD scrutiny panel reviews 30 cases a quarter.", cat="not_on_hmicfrs_list",
  why="PEEL Legitimacy 2015 item the force still tracks; not on the HMICFRS list (query it)")
f(None, L, "local", "JAC action: Internal audit of the counter-corruption governance "
  "arrangements (audit plan 2023/24)", "Complete", ref=None, typ="Local action", pub=None,
  cat="not_on_hmicfrs_list", why="force's own audit action, no HMICFRS reference")

# ---- Closed (archive) sheet ----
f(1184, C, "sas13", "CCs & CoP to establish in the S&S APP a clear specification of what "
  "constitutes effective & fair exercise of S&S powers, and guidance. Compliant with the Code of "
  "Practice.", "Closed", cat="in_sync", why="closed on both")
f(1185, C, "sas13", SAS13_2, "Closed", cat="in_sync", why="closed on both")
f(1186, C, "sas13", "Chief Constables should, in consultation with elected local policing bodies, "
  "ensure that they comply with the code of practice by explaining to the public the way stop and "
  "search powers are used in their areas and by making arrangements for stop and search records "
  "to be scrutinised by community representatives.", "Superseded", ref=None,
  note="Superseded by the 2015 S&S recommendation - see live tracker.", cat="in_sync",
  why="no ref; near-identical to 5071 but 2013 report and 'elected local policing bodies'; "
  "HMICFRS superseded, force superseded: closed on both")
f(2321, C, "everyone", EVERYONE_RUN_ON, "Closed", ref="2321", cat="in_sync",
  why="closed on both; force text runs on into the report's following paragraphs")
f(2563, C, "austerity", AUST_2, "Closed", note="HMIC confirmed no further action.",
  cat="in_sync", why="HMICFRS closed (no longer relevant), force closed")
f(None, C, "austerity", AUST_3, "Closed", ref=2564, cat="not_on_hmicfrs_list",
  why="austerity recommendation 2564 the force archived; not on the HMICFRS list")
f(902, C, "integrity", INTEGRITY, "Closed", cat="in_sync", why="closed on both")
f(5210, C, "picture", "By 30 November 2015, CCs should put in place arrangements to scrutinise "
  "audits of compliance with the APP on information management through the force information "
  "management goverance structure. This should include measures to ensure that categorisation "
  "of records are regularly adjusted.", "Closed",
  note="Information Management Board scrutinises MoPI audit results quarterly. Closed by "
  "Organisational Learning Board 14/03/2023.", cat="closeable_submit",
  why="force archived it as closed but never submitted it; HMICFRS still open")
f(5631, C, "firearms", FA_1, "Closed", cat="in_sync", why="closed on both")
f(6870, C, "eff16", COC_DA16, "Closed", typ="CoC", cat="in_sync",
  why="cause of concern closed on both")
f(7022, C, "cdi17", CDI_CRMS, "Closed", cat="in_sync", why="closed on both")
f(8104, C, "stolen", SF_S45, "Closed", cat="in_sync", why="closed on both")
f(8543, C, "leg17", LEG_DISP, "Closed", cat="in_sync", why="closed on both")
f(8631, C, "ncpi18", NCPI_MISSING, "Closed", cat="in_sync", why="closed on both")
f(9105, C, "peel1819", COC_ALLIANCE, "Closed", typ="CoC", cat="in_sync",
  why="HMICFRS closed (no longer relevant), force closed")
f(9107, C, "peel1819", P19_MODEL, "Closed", cat="in_sync", why="closed on both")
f(10516, C, "powers", PW_MON, "Closed", cat="in_sync", why="closed on both")
f(8380, C, "effy17", "The force should undertake further work to gain a fuller understanding of "
  "current demand for its services, and likely future changes in demand.", "Closed", typ="AFI",
  cat="in_sync", why="closed on both")
f(8382, C, "peel1819", "The force should develop a future workforce plan that is aligned with its "
  "overall demand and budget. The plan should include future resource allocations, the mix of "
  "skills required by the workforce and behaviours expected of them.", "Closed", typ="AFI",
  note="Superseded by PEEL 2018/19 workforce recommendation (9108) - tracked there.",
  cat="conflict",
  why="closed on both, but the force row names the superseding report (PEEL 2018/19, "
  "02/05/2019) instead of PEEL Efficiency 2017 (09/11/2017)")
f(8550, C, "legf17", "The force should review how it gathers and uses equality and diversity data "
  "to improve its understanding of its workforce demographics.", "Closed", typ="AFI",
  cat="in_sync", why="closed on both")
f(8551, C, "legf17", "The force should make sure it provides a confidential way for staff to raise "
  "concerns and that staff are aware of whistleblowing processes.", "Superseded", typ="AFI",
  note="Superseded by PEEL 2023/24 AFI (12693).", cat="in_sync",
  why="HMICFRS superseded, force superseded: closed on both")

# ---------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="FFBFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
GREY = PatternFill("solid", fgColor="FFD9D9D9")
YELLOW = PatternFill("solid", fgColor="FFFFF2CC")
NAVY = PatternFill("solid", fgColor="FF1F3864")
WHITE_BOLD = Font(bold=True, color="FFFFFFFF", size=14)


def status_date(item) -> dt.date:
    pub = REPORTS[item["report"]][1]
    if item["status"] in HM_OPEN:
        return D(2024, RNG.choice([6, 7, 8, 9]), RNG.randint(1, 28))
    lo = max(pub + dt.timedelta(days=200), D(2016, 1, 1))
    if item["status"] == CS:
        later = HBY[SUPERSEDED_BY[item["id"]]]
        return REPORTS[later["report"]][1] + dt.timedelta(days=RNG.randint(14, 60))
    if item["status"] == NR:
        return D(2019, 11, RNG.randint(1, 28)) if item["report"] == "peel1819" else D(
            2019, 3, RNG.randint(1, 28))
    span = (D(2024, 8, 30) - lo).days
    return lo + dt.timedelta(days=RNG.randint(0, max(span, 1)))


def build_hmicfrs(path: Path) -> dict[int, str]:
    wb = Workbook()
    wb.properties.creator = "HMICFRS Monitoring"
    wb.properties.created = FIXED_TS
    cover = wb.active
    cover.title = "Cover"
    cover.sheet_view.showGridLines = False
    cover.column_dimensions["A"].width = 34
    cover.column_dimensions["B"].width = 100
    cover["A1"] = "HMICFRS"
    cover["A1"].font = Font(bold=True, size=20, color="FF1F3864")
    cover["A2"] = ("Definitive list of recommendations, causes of concern and areas for "
                   "improvement")
    cover["A2"].font = Font(bold=True, size=14)
    cover["A3"] = "Force: Warwickshire Police"
    cover["A4"] = "Position as at 30 September 2024"
    for c in ("A3", "A4"):
        cover[c].font = Font(bold=True, size=12)
    cover["A6"] = "Instructions"
    cover["A6"].font = Font(bold=True, size=12)
    instr = [
        "1. This workbook lists every recommendation, cause of concern and area for improvement "
        "(AFI) that HMICFRS holds against your force, including national recommendations "
        "addressed to all forces, with its current status on our register.",
        "2. Recommendations and causes of concern are on the 'Recommendations' sheet; areas for "
        "improvement are on the 'Areas for improvement' sheet. A cause of concern is listed "
        "above the recommendations that accompany it (see the 'Linked CoC ID' column).",
        "3. Please check the list against your force's own records. For each open item, select a "
        "response in the yellow 'Force response' column and give a short update or a reference "
        "to your evidence in 'Force comments / evidence'.",
        "4. Please do not change the grey HMICFRS columns. If you think an item is missing, "
        "wrongly recorded or does not apply to your force, say so in the comments column or "
        "contact your Force Liaison Lead.",
        "5. Closed items are included for completeness; no update is needed unless you disagree "
        "with the status shown.",
        "6. Please return the completed workbook to your Force Liaison Lead by 8 November 2024.",
    ]
    for i, t in enumerate(instr):
        cover.cell(row=7 + i, column=1, value=t)
        cover.merge_cells(start_row=7 + i, start_column=1, end_row=7 + i, end_column=2)
        cover.cell(row=7 + i, column=1).alignment = WRAP
        cover.row_dimensions[7 + i].height = 32
    cover["A14"] = "Status values"
    cover["A14"].font = Font(bold=True, size=12)
    cover["A15"], cover["B15"] = "Status", "Meaning"
    for c in ("A15", "B15"):
        cover[c].font = Font(bold=True)
        cover[c].fill = GREY
        cover[c].border = BOX
    legend = [
        (AR, "New item. HMICFRS has not yet reviewed the force's progress."),
        (BP, "The force is implementing the item and HMICFRS is monitoring progress."),
        (CC, "HMICFRS is satisfied that the item has been implemented. No further update "
             "needed."),
        (CS, "Replaced by a later recommendation or area for improvement, named in the "
             "'HMICFRS notes' column. Progress is monitored against the later item only; please "
             "make sure your records show the later item."),
        (NR, "Circumstances have changed (for example, a collaboration has ended) so the item no "
             "longer applies. No further action required."),
    ]
    for i, (s, m) in enumerate(legend):
        r = 16 + i
        cover.cell(row=r, column=1, value=s).border = BOX
        cover.cell(row=r, column=2, value=m).border = BOX
        cover.cell(row=r, column=2).alignment = WRAP
    cover["A22"] = "Contact"
    cover["A22"].font = Font(bold=True, size=12)
    cover["A23"] = "Force Liaison Lead:"
    cover["B23"] = "Warwickshire Police Force Liaison Lead (address in the covering email)"
    cover["A24"] = "Monitoring process queries:"
    cover["B24"] = "HMICFRS Monitoring Team, via your Force Liaison Lead"
    cover["A25"] = "Classification:"
    cover["B25"] = "OFFICIAL"

    # Lists (hidden)
    lists = wb.create_sheet("Lists")
    lists["A1"], lists["B1"], lists["C1"] = "Status", "Type", "Force response"
    for i, s in enumerate([AR, BP, CC, CS, NR]):
        lists.cell(row=2 + i, column=1, value=s)
    for i, s in enumerate([REC, NAT, COC, AFI]):
        lists.cell(row=2 + i, column=2, value=s)
    for i, s in enumerate(["Evidence submitted - please review for closure",
                           "Work in progress", "Not accepted - see comments",
                           "Query - please contact"]):
        lists.cell(row=2 + i, column=3, value=s)

    rows: dict[int, str] = {}

    def table(ws, banners, header, items, cols, first_header_row, widths, force_cols, freeze,
              footer):
        for i, b in enumerate(banners):
            r = 1 + i
            ws.cell(row=r, column=1, value=b)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
            if i == 0:
                ws.cell(row=r, column=1).font = WHITE_BOLD
                ws.cell(row=r, column=1).fill = NAVY
                ws.row_dimensions[r].height = 24
            else:
                ws.cell(row=r, column=1).font = Font(italic=(i > 1), bold=(i == 1))
        hr = first_header_row
        for j, name in enumerate(header, start=1):
            c = ws.cell(row=hr, column=j, value=name)
            c.font = Font(bold=True)
            c.fill = YELLOW if j in force_cols else GREY
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = BOX
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + j)].width = w
        r = hr
        for it in items:
            r += 1
            for j, val in enumerate(cols(it), start=1):
                c = ws.cell(row=r, column=j, value=val)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(val, dt.date):
                    c.number_format = "dd/mm/yyyy"
                if j in force_cols:
                    c.fill = YELLOW
            rows[it["id"]] = f"{ws.title}!{r}"
        last = r
        ws.auto_filter.ref = f"A{hr}:{chr(64 + len(header))}{last}"
        ws.freeze_panes = freeze
        st_col = chr(64 + header.index("Status") + 1)
        dv = DataValidation(type="list", formula1="Lists!$A$2:$A$6", allow_blank=True)
        dv.add(f"{st_col}{hr + 1}:{st_col}{last}")
        ws.add_data_validation(dv)
        fr_col = chr(64 + header.index("Force response (select)") + 1)
        dv2 = DataValidation(type="list", formula1="Lists!$C$2:$C$5", allow_blank=True)
        dv2.add(f"{fr_col}{hr + 1}:{fr_col}{last}")
        ws.add_data_validation(dv2)
        if "Type" in header:
            tcol = chr(64 + header.index("Type") + 1)
            dv3 = DataValidation(type="list", formula1="Lists!$B$2:$B$5", allow_blank=True)
            dv3.add(f"{tcol}{hr + 1}:{tcol}{last}")
            ws.add_data_validation(dv3)
        for k, t in enumerate(footer):
            c = ws.cell(row=last + 2 + k, column=1, value=t)
            c.font = Font(italic=True, size=9)
        return last

    # Recommendations sheet: sorted by publication date then id; CoC above its recommendations
    def rec_order(it):
        pub = REPORTS[it["report"]][1]
        anchor = it["coc"] or it["id"]
        return (pub, it["report"], anchor, 0 if it["type"] == COC else 1, it["id"])

    recs = sorted([x for x in H if x["sheet"] == "R"], key=rec_order)
    afis = sorted([x for x in H if x["sheet"] == "A"],
                  key=lambda it: (REPORTS[it["report"]][1], it["id"]))
    for it in H:
        it["status_date"] = status_date(it)

    ws = wb.create_sheet("Recommendations", 1)
    header = ["Rec ID", "Report title", "Date published", "Type", "Linked CoC ID",
              "Recommendation / cause of concern", "Status", "Status date", "HMICFRS notes",
              "Force response (select)", "Force comments / evidence"]
    table(ws,
          ["HMICFRS DEFINITIVE LIST – RECOMMENDATIONS AND CAUSES OF CONCERN",
           "Warwickshire Police  |  position as at 30 September 2024",
           "Grey columns: HMICFRS use only. Yellow columns: for completion by the force.",
           "Return to your Force Liaison Lead by 8 November 2024."],
          header, recs,
          lambda it: [it["id"], REPORTS[it["report"]][0], REPORTS[it["report"]][1], it["type"],
                      it["coc"], it["text"], it["status"], it["status_date"],
                      it["notes"] or None, None, None],
          6, [9, 40, 12, 20, 10, 80, 24, 12, 45, 24, 40], {10, 11}, "C7",
          ["National recommendations are addressed to all forces in England and Wales and "
           "appear on every force's definitive list.",
           f"{len(recs)} items on this sheet."])

    ws2 = wb.create_sheet("Areas for improvement", 2)
    header2 = ["AFI ID", "Report title", "Date published", "Area for improvement", "Status",
               "Status date", "HMICFRS notes", "Force response (select)",
               "Force comments / evidence"]
    table(ws2,
          ["HMICFRS DEFINITIVE LIST – AREAS FOR IMPROVEMENT",
           "Warwickshire Police  |  position as at 30 September 2024",
           "Grey columns: HMICFRS use only. Yellow columns: for completion by the force."],
          header2, afis,
          lambda it: [it["id"], REPORTS[it["report"]][0], REPORTS[it["report"]][1], it["text"],
                      it["status"], it["status_date"], it["notes"] or None, None, None],
          5, [9, 40, 12, 80, 24, 12, 45, 24, 40], {8, 9}, "B6",
          [f"{len(afis)} areas for improvement on this sheet. Areas for improvement have no "
           "deadline set by HMICFRS."])
    lists.sheet_state = "hidden"
    wb.active = 0
    save_deterministic(wb, path)
    return rows


RAG_FILL = {
    "open": PatternFill("solid", fgColor="FFFFC000"),
    "off": PatternFill("solid", fgColor="FFFF5050"),
    "done": PatternFill("solid", fgColor="FF92D050"),
    "grey": PatternFill("solid", fgColor="FFBFBFBF"),
    "white": PatternFill("solid", fgColor="FFFFFFFF"),
}


def fill_for(status: str):
    s = status.strip().lower()
    if s.startswith("open - off"):
        return RAG_FILL["off"]
    if s.startswith("open") or s == "not started":
        return RAG_FILL["open"]
    if s == "superseded":
        return RAG_FILL["grey"]
    if s.startswith("n/a"):
        return RAG_FILL["white"]
    return RAG_FILL["done"]


def force_is_done(status: str) -> bool:
    s = status.strip().lower()
    if s in {w.lower() for w in F_OPEN}:
        return False
    assert s in {w.lower() for w in F_DONE}, status
    return True


def build_tracker(path: Path) -> dict[int, str]:
    wb = Workbook()
    wb.properties.creator = "Strategic Planning & Organisational Learning"
    wb.properties.created = FIXED_TS
    header = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
              "Lead", "Status", "Target date", "Progress update (Sept 24)",
              "Date submitted for closure"]
    widths = [6, 11, 26, 12, 11, 80, 24, 26, 14, 50, 14]
    live = wb.active
    live.title = L
    closed = wb.create_sheet(C)
    key = wb.create_sheet("Key")
    frow: dict[int, str] = {}

    def head(ws, r):
        for j, name in enumerate(header, start=1):
            c = ws.cell(row=r, column=j, value=name)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = PatternFill("solid", fgColor="FF203864")
            c.alignment = Alignment(wrap_text=True, vertical="center")
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + j)].width = w

    live["A1"] = ("Warwickshire Police - HMICFRS Recommendations, Causes of Concern & AFIs: "
                  "Tracker")
    live["A1"].font = Font(bold=True, size=14)
    live["A2"] = ("Owner: Strategic Planning & Organisational Learning. Last updated 02/10/2024 "
                  "(for JAC 17 October 2024)")
    live["A2"].font = Font(italic=True)
    head(live, 4)
    live.freeze_panes = "A5"
    closed["A1"] = "Closed / archived items - retained for audit (do not delete)"
    closed["A1"].font = Font(bold=True, size=12)
    head(closed, 2)
    closed.freeze_panes = "A3"

    counters = {L: 0, C: 0}
    cursor = {L: 4, C: 2}
    last_section = None
    for idx, row in enumerate(F):
        ws = live if row["sheet"] == L else closed
        sh = row["sheet"]
        if sh == L and row["section"] != last_section:
            cursor[L] += 1
            sec = row["section"]
            pub = TR_PUB[sec]
            label = TR[sec]
            if isinstance(pub, dt.date):
                label += f" (published {pub.strftime('%d/%m/%Y')})"
            c = live.cell(row=cursor[L], column=1, value=label)
            c.font = Font(bold=True)
            for j in range(1, len(header) + 1):
                live.cell(row=cursor[L], column=j).fill = PatternFill("solid",
                                                                      fgColor="FFDDEBF7")
            live.merge_cells(start_row=cursor[L], start_column=1, end_row=cursor[L],
                             end_column=len(header))
            last_section = sec
        cursor[sh] += 1
        r = cursor[sh]
        counters[sh] += 1
        hid = row["hid"]
        item = HBY.get(hid)
        ref = row["ref"]
        if ref == "id":
            ref = hid
        typ = row["typ"]
        if typ is None:
            typ = TYPE_F[item["type"]] if item else "National"
        pub = row["pub"]
        if pub == "rep":
            pub = TR_PUB[row["rep"]]
        lead = row["lead"]
        if lead == "rnd":
            lead = pick_lead(row["text"])
        done = force_is_done(row["status"])
        note = row["note"]
        if note is None:
            note = RNG.choice(CLOSED_NOTES if sh == C else DONE_NOTES if done else OPEN_NOTES)
        if done:
            base = REPORTS.get(row["rep"], (None, D(2016, 2, 11)))[1]
            if row["rep"] == "local":
                base = D(2023, 6, 1)
            months = RNG.randint(3, 18)
            y, m = base.year + (base.month - 1 + months) // 12, (base.month - 1 + months) % 12 + 1
            target = None if RNG.random() < 0.4 else min(D(y, m, 1), D(2024, 9, 1))
        else:
            target = RNG.choice(["No deadline set by HMICFRS", D(2024, 12, 31), D(2025, 3, 31),
                                 "Q4 24/25", D(2025, 6, 30)])
        vals = [counters[sh], ref, TR[row["rep"]], pub, typ, row["text"], lead, row["status"],
                target, note, row["sub"]]
        for j, v in enumerate(vals, start=1):
            if j in (2, 3, 4, 5) and row.get("_merged_child"):
                continue
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = fill_for(row["status"])
        if row["merge"]:
            for j in (2, 3, 4, 5):
                ws.merge_cells(start_row=r, start_column=j, end_row=r + row["merge"] - 1,
                               end_column=j)
        frow[idx] = f"{ws.title}!{r}"

    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True, size=12)
    key_rows = [
        ("Not started", "Allocated to a lead; no work yet (AMBER)."),
        ("Open - on track", "Work under way and expected to meet the target date (AMBER)."),
        ("Open - off track", "Beyond target date or at risk (RED)."),
        ("Complete", "Lead reports the work is done (GREEN)."),
        ("Complete - awaiting sign off", "Done; evidence with the chief officer lead for sign "
                                         "off before submission to HMICFRS (GREEN)."),
        ("Submitted to HMICFRS", "Evidence sent to the Force Liaison Lead for closure (GREEN)."),
        ("Closed", "Signed off and closed; moved to the Closed sheet."),
        ("Superseded", "Replaced by a later recommendation/AFI (GREY); moved to the Closed "
                       "sheet."),
        ("N/A - not force responsibility", "For another organisation to deliver (WHITE)."),
    ]
    key["A2"], key["B2"] = "Status", "Meaning"
    key["A2"].font = key["B2"].font = Font(bold=True)
    for i, (s, m) in enumerate(key_rows):
        key.cell(row=3 + i, column=1, value=s).fill = fill_for(s)
        key.cell(row=3 + i, column=2, value=m)
    key.column_dimensions["A"].width = 30
    key.column_dimensions["B"].width = 90
    save_deterministic(wb, path)
    return frow


def save_deterministic(wb, path: Path) -> None:
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    stamp = FIXED_TS.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    # the live tracker is grouped by report, oldest first; the 2015 legitimacy item was
    # appended at the bottom when it was re-found, then the force's own JAC actions
    order = ["austerity", "core", "sas15", "firearms", "eff16", "cdi17", "stolen", "efc17",
             "effy17", "leg17", "legf17", "ncpi18", "peel1819", "powers", "peel2122",
             "peel2324", "leg15", "local"]
    live_rows = sorted([r for r in F if r["sheet"] == L], key=lambda r: order.index(r["section"]))
    F[:] = live_rows + [r for r in F if r["sheet"] == C]
    # mark merged children so the builder leaves their B:E cells empty
    for i, row in enumerate(F):
        if row["merge"]:
            for k in range(1, row["merge"]):
                F[i + k]["_merged_child"] = True
    hrows = build_hmicfrs(CASE / "hmicfrs.xlsx")
    frows = build_tracker(CASE / "tracker.xlsx")

    # consistency: the category written for each pair follows from the statuses
    for row in F:
        hid = row["hid"]
        if hid is None:
            assert row["cat"] == "not_on_hmicfrs_list"
            continue
        assert hid in HBY, hid
    by_item: dict[int, list[dict]] = {}
    for row in F:
        if row["hid"] is not None:
            by_item.setdefault(row["hid"], []).append(row)
    for hid, rs in by_item.items():
        hm_open = HBY[hid]["status"] in HM_OPEN
        f_done = all(force_is_done(r["status"]) for r in rs)  # item level: every split row done
        expect = ("closeable_submit" if hm_open and f_done else
                  "closeable_local" if not hm_open and not f_done else "in_sync")
        for r in rs:
            assert r["cat"] in (expect, "conflict"), (hid, r["cat"], expect)

    lines = []
    for it in H:
        rs = [(i, r) for i, r in enumerate(F) if r["hid"] == it["id"]]
        if not rs:
            why = {
                2562: "closed (complete) on HMICFRS; the force dropped it from its tracker",
                5635: "open on HMICFRS; not on the force tracker",
                9110: "cause of concern open on HMICFRS; force tracks its recommendations "
                      "(9111, 9112, 9114) but not the cause of concern itself",
                11207: "open on HMICFRS; not on the force tracker",
                12690: "new AFI that supersedes 8106; the force still tracks 8106 and never "
                       "added 12690",
            }[it["id"]]
            lines.append((hrows[it["id"]], "", "missing_from_force", why))
        for i, r in rs:
            lines.append((hrows[it["id"]], frows[i], r["cat"], r["why"]))
    for i, r in enumerate(F):
        if r["hid"] is None:
            lines.append(("", frows[i], r["cat"], r["why"]))

    def sort_key(line):
        hr, fr = line[0], line[1]
        def k(x):
            if not x:
                return ("~", 0)
            s, n = x.rsplit("!", 1)
            return (s, int(n))
        return (k(hr) if hr else ("~", 0), k(fr))

    lines.sort(key=sort_key)
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    print("HMICFRS items:", len(H), " force item rows:", len(F), " truth lines:", len(lines))
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")


if __name__ == "__main__":
    main()
