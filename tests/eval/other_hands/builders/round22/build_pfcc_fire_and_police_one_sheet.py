"""Build the labelled case `pfcc_fire_and_police_one_sheet`.

A Police, Fire and Crime Commissioner (the Staffordshire Commissioner) keeps ONE sheet that
tracks both Staffordshire Police's and Staffordshire Fire and Rescue Service's HMICFRS items,
with a "Service" column (Police / Fire / Both). HMICFRS's side is one register export holding
both the force's and the service's items, with a "Force / service" column.

Run:  /work/main/.venv/bin/python build_pfcc_fire_and_police_one_sheet.py
Writes pfcc_fire_and_police_one_sheet/{hmicfrs.xlsx, tracker.xlsx, truth.csv} next to this file
(README.md is written by hand and not touched). Fixed seed; rebuilds byte for byte (zip entry
times and document properties are pinned after saving).

Texts: real public HMICFRS wording (Open Government Licence), copied from
/work/shared/data/real_recommendations.csv and /work/main/reconcile/casegen/texts/ as literals.
The attribution of force-level and service-level findings to Staffordshire, and the
publication dates of the Staffordshire reports, are illustrative.
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
from openpyxl.utils import get_column_letter

SEED = 2211
random.seed(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "pfcc_fire_and_police_one_sheet"
FIXED_TIME = (2025, 11, 3, 9, 14, 0)
FIXED_ISO = "2025-11-03T09:14:00Z"

POLICE = "Staffordshire Police"
FIRE = "Staffordshire Fire and Rescue Service"

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published date)
# --------------------------------------------------------------------------------------------
D = dt.datetime
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of "
             "police time", D(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
                  "the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", D(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
                 "licensing in police forces in England and Wales", D(2015, 9, 15)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018 – Staffordshire Police", D(2018, 6, 14)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Staffordshire Police",
                 D(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019 – Staffordshire Police", D(2019, 9, 26)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
               "force", D(2021, 2, 26)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Staffordshire Police",
                 D(2022, 4, 8)),
    "frs2122": ("Staffordshire Fire and Rescue Service 2021/22 – Effectiveness", D(2022, 7, 27)),
    "vc23": ("Values and culture in fire and rescue services", D(2023, 3, 30)),
    "peel2325": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25 – Staffordshire Police",
                 D(2024, 6, 27)),
    "frs2325": ("Fire and rescue service inspection 2023–25 – Staffordshire Fire and Rescue Service",
                D(2024, 11, 20)),
}

# --------------------------------------------------------------------------------------------
# Real texts (verbatim from the text lists)
# --------------------------------------------------------------------------------------------
T = {}
T["sas13_1"] = ("Chief Constables and the College of Policing should establish in the Stop and Search "
                "Authorised Professional Practice document a clear specification of what constitutes the "
                "effective and fair exercise of stop and search powers, and guidance in this respect. "
                "This should be compliant with the Code of Practice.")
T["sas13_2"] = ("Chief Constables should establish or improve monitoring of the way officers stop and "
                "search people, so that they can be satisfied their officers are acting in accordance "
                "with the law (including equality legislation and the Code of Practice), and that the "
                "power is used effectively to prevent crime, catch criminals and maintain public trust.")
T["sas13_3"] = ("Chief Constables should, in consultation with elected local policing bodies, ensure that "
                "they comply with the code of practice by explaining to the public the way stop and search "
                "powers are used in their areas and by making arrangements for stop and search records to "
                "be scrutinised by community representatives. This should be done in a way that involves "
                "those people who are stopped and searched, for example, young people.")
T["sas15"] = ("Chief constables should, in consultation with police and crime commissioners, ensure that "
              "they comply with the Code of Practice by explaining to the public the way stop and search "
              "powers are used in their areas and by making arrangements for stop and search records to be "
              "scrutinised by community representatives. This should be done in a way that involves those "
              "people who are stopped and searched, for example young people.")
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
EVERYONE_PLAN_RUN_ON = EVERYONE_PLAN + (
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
    "and monitoring group."
)
T["everyone"] = EVERYONE_PLAN
T["core_1"] = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
               "not yet done so, should provide call-handlers with specific, sound and comprehensible "
               "criteria against which they can assess threat, harm and risk.")
T["core_2"] = ("By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
               "carried out is systematically recorded and subsequently evaluated to determine the "
               "effectiveness of tactics being employed.")
T["integrity"] = ("By 31 August 2015, all chief constables should satisfy themselves that they have processes "
                  "in place to ensure that investigations into misconduct by officers and staff resulting in "
                  "“no further action” are fair and free of any form of discrimination.")
T["picture"] = ("By 30 November 2015, chief constables should put in place arrangements to scrutinise audits "
                "of compliance with the APP on information management through the force information "
                "management governance structure. This should include measures to ensure that "
                "categorisation of records are regularly adjusted.")
T["fa_1"] = ("Within three months, all chief constables should assess how well the governance of firearms "
             "licensing in his or her force meets the standards set out in Authorised Professional Practice. "
             "Chief constables of forces where the governance standards are not being complied with should "
             "put in place immediately the correct arrangements and procedures in order to meet the "
             "standards in full.")
T["fa_2"] = ("Within three months, all chief constables should assess the demand placed on their firearms "
             "licensing department and ensure it has the capacity to meet this demand and provide an "
             "efficient and effective service at all times.")
T["fa_3"] = ("Immediately, all chief constables should satisfy themselves that all appropriate action is "
             "being taken by their force with regard to ‘total expired’ licensing records.")
T["fa_4"] = ("Within three months, all chief constables should ensure that their arrangements in respect of "
             "the use of temporary permits are in accordance with the Home Office guidance; that temporary "
             "permits are properly recorded without delay on the National Firearms Licensing Management "
             "System; and that effective systems exist to ensure certificate holders are not permitted, at "
             "any time, to remain in unlawful possession of a firearm.")
T["fa_5"] = ("Within three months, all chief constables should ensure that systems designed to identify, "
             "prior to police attendance, whether a reported incident involves or is at the address of a "
             "firearm certificate holder are in place and are always applied by staff dispatching officers "
             "to incidents; and that officers understand the risk assessment which they should be "
             "undertaking in such circumstances, and their power, when appropriate, to seize firearms and "
             "firearm certificates.")
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources with the "
    "skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to share "
    "information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess the "
    "nature and quality of the service provided to victims.",
]
SF_STEM = ("Within twelve months, forces should review their leadership and governance arrangements for "
           "modern slavery and human trafficking, to ensure that:")
T["st_1"] = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)
T["st_2"] = ("Within six months, forces should have in place active information-sharing agreements with "
             "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
             "victims better and to identify suspects as early as possible")
T["st_3"] = ("Immediately, forces should ensure that all victims carrying out criminal acts under compulsion "
             "attributable to slavery or exploitation are afforded the protection of early and continuing "
             "consideration of the applicability of the section 45 defence.")
T["st_4"] = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM process "
             "as it evolves and are implementing the requirement placed upon them under the Modern Slavery "
             "Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern "
             "slavery or human trafficking.")
T["st_5"] = ("Immediately, forces should take steps to ensure they fully comply with national crime "
             "recording standard (NCRS) requirements for offences identified as modern slavery and human "
             "trafficking and that sufficient audit capacity is available to the force crime registrar to "
             "provide reassurance that each force is identifying and managing any gaps in its "
             "crime-recording accuracy for these types of offences.")
T["st_6"] = ("Immediately, forces should ensure that allegations or indications of modern slavery and human "
             "trafficking are thoroughly investigated and effectively supervised by teams and individuals "
             "with the skills and experience to undertake them (this should include the use where "
             "appropriate of joint intelligence teams and other means to obtain intelligence and evidence "
             "from agencies overseas).")
T["st_7"] = ("Immediately, forces should review their use of preventative powers under the Modern Slavery "
             "Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a "
             "clear threat to others in respect of modern slavery and human trafficking offences are "
             "exploited.")
T["efc17"] = ("By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
              "Council and Association of Police and Crime Commissioners should support the development of "
              "these plans by establishing a national framework which allows for the provision of digitally "
              "enabled services across force boundaries.")
T["lg_coc"] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search "
               "powers is consistently reasonable and fair. In particular, there is over-representation of "
               "BAME people, and black people in particular, in stop and search data which many forces are "
               "unable to explain.")
T["lg_1"] = ("By July 2018, all police forces across England and Wales should be regularly and frequently "
             "monitoring a comprehensive set of data and information on use of stop and search powers to "
             "understand:\n"
             "•the reasons for any disproportionate representation of different ethnic groups in the use of "
             "stop and search; •the extent to which find rates differ between people from different "
             "ethnicities, and across different types of searches (including separate identification of find "
             "rates for drug possession and supply-type offences); and •the prevalence of possession-only "
             "drug searches, and the extent to which these align with local or force level priorities.")
T["lg_2"] = ("Where forces identify disparities through monitoring, they should demonstrate to the public "
             "that they have:\n•carried out research and analysis in an attempt to understand the reasons "
             "for the disparity, and •taken action to reduce the disparity, where necessary;")
T["lg_3"] = ("We expect forces to publish this analysis and any actions taken at least on an annual basis, "
             "from July 2018.")
T["lg_4"] = ("By July 2018, and ongoing following that date, forces should ensure that all officers who use "
             "stop and search powers have been provided with, and understand, training on unconscious bias "
             "and College of Policing APP on stop and search.")
T["pw_1"] = ("By July 2022, forces should ensure that officers and staff have effective communication skills, "
             "in line with the National Policing Guidelines on Conflict Management. This should be in "
             "addition to existing training on conflict management and de-escalation.")
T["pw_2"] = ("By July 2021, forces should ensure that communication skills are reinforced as part of the "
             "programme of continuing professional development for officers and staff, and that supervisors "
             "are supported to routinely and frequently debrief officers on these skills using body-worn "
             "video footage.")
BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of all stop and "
    "search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient sample of "
    "body-worn video footage to identify and disseminate learning and hold officers to account when "
    "behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage showing stop "
    "and search encounters and use of force incidents, taking account of the safeguards in the College of "
    "Policing’s Authorised Professional Practice.",
]
T["pw_3"] = "By September 2021, forces should: " + "\n".join(BWV_PARTS)
T["pw_ho"] = ("The Home Office and the NPCC should take steps to ensure that the quality of the data collected "
              "on the number of incidents where force has been used to effect a stop and search is sufficient "
              "for publication. The Home Office should publish this data as soon as possible.")
T["pw_5"] = ("By July 2021, forces should ensure they have effective internal monitoring processes on the use "
             "of force, to help them to identify and understand disproportionate use, explain the reasons and "
             "implement any necessary improvement action.")
T["austerity"] = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
                  "through collaboration should assess whether there is scope to improve on this position. "
                  "HMIC will follow up the assessments in the autumn.")
T["ncpi"] = ("Within six months Staffordshire Police should, in conjunction with children’s social care "
             "services, review how it manages the detention of children. As a minimum it should:• ensure that "
             "all children are only detained when absolutely necessary and for the absolute minimum amount of "
             "time;• ensure that officers and staff in the custody suite assess at an early stage a child’s "
             "need for alternative accommodation (secure or otherwise) and work with children’s social care "
             "services to achieve the most appropriate option for the child;• ensure that custody staff comply "
             "with their statutory duties to complete detention certificates if a child is detained for any "
             "reason in police custody following charge;• ensure that custody staff make a record of all "
             "actions taken and decisions made on the relevant documentation; and• improve the timeliness of "
             "adequate appropriate adult support for children who are arrested.")
T["vet_coc"] = "The size of the vetting backlog within Staffordshire Police is a cause of concern."
T["vet_rec"] = ("The force should ensure all staff have received at least the lowest level of vetting clearance "
                "for their roles as quickly as possible, working to clear both the vetting backlog and new "
                "vetting renewals when they become due so that it complies fully with the national vetting "
                "guidelines.")
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the incident log, "
    "thus providing attending officers with full facts on which to base crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified as part of "
    "other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before making "
    "crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim "
    "or the wider public are identified and appropriately managed.",
]
CDI_STEM = "Within six months the force should put in place arrangements to ensure that:"
T["cdi"] = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)
T["q8"] = ("The force should ensure that it has sufficient resources available in the control room to fulfil "
           "its resourcing model, and so to meet its demand, while also taking into account the wellbeing of "
           "its workforce.")
T["q9"] = ("The force should improve its use of its crime-recording and management system to better manage its "
           "case files and investigative processes.")
T["q10"] = ("The force should improve the supervision of investigations, so that investigation plans are set, "
            "reviewed and recorded and victims receive a consistently good service.")
# PEEL 2023-25 police AFIs: the police wording of the asks the fire Values and culture report also makes
T["q1"] = ("The force should put plans in place to monitor, including through the gathering and analysis of "
           "staff feedback, team cultures and provide prompt remedial action for any issues it identifies.")
T["q2"] = ("The force should specify in succession plans how it intends to improve diversity across all levels "
           "of the force. This should include offering increased direct-entry opportunities.")
T["q3"] = ("The force should make sure it provides a confidential way for staff to raise concerns and that "
           "staff are aware of whistleblowing processes.")
T["q4"] = ("The force should review the support available for those who have raised concerns and take any "
           "action needed to make sure these provisions are suitable.")
T["q5"] = ("The force should review how it gathers and uses equality and diversity data to improve its "
           "understanding of its workforce demographics.")
T["q6"] = "The force should make sure the corporate risk register is actively used to mitigate and manage known risks."
# Fire: Values and culture in fire and rescue services (30 March 2023)
T["vc24"] = ("By 1 October 2023, chief fire officers should put plans in place to monitor, including through "
             "the gathering and analysis of staff feedback, watch and team cultures and provide prompt remedial "
             "action for any issues they identify.")
T["vc26"] = ("By 1 October 2023, as a precursor to the development of the College of Fire and Rescue, chief "
             "fire officers and the National Fire Chiefs Council should work with the Home Office to consider "
             "how they can improve the training and support they offer to staff in management and leadership "
             "development. This should include authority members in respect of their assurance leadership "
             "roles and should ensure that opportunities are offered fairly across all staff groups.")
T["vc4"] = ("By 1 June 2023, chief fire officers should assure themselves that updates on how concerns are "
            "being handled are shared with those who have raised them. The updates should be given in an "
            "accessible way that encourages trust and confidence in the service response. Consideration should "
            "be given to creating a professional standards function to handle conduct concerns in service (or "
            "from an external service) to have oversight of cases, to make sure they are conducted in a fair and "
            "transparent way and to act as a point of contact for all staff involved.")
T["vc4_drift"] = ("By 1 June 2023, Chief Fire Officers should assure themselves that updates on how concerns are "
                  "being handled are shared with those who have raised them. The updates should be given in an "
                  "accessible way that encourages trust and confidence in the service response. Consideration "
                  "should be given to creating professional standards function to handle concerns in Service (or "
                  "from an external service) to have oversight of cases, to make sure they are conducted in a "
                  "fair and transparent way and act as a point of contact for all staff involved.")
T["vc32"] = ("By 1 June 2023, chief fire officers should, as a priority, specify in succession plans how they "
             "intend to improve diversity across all levels of the service. This should include offering "
             "increased direct-entry opportunities.")
VC9_BULLETS = [
    "immediately review their current background checks arrangements, and make sure that suitable and "
    "sufficient background checks are in place to safeguard their staff and communities they serve; and",
    "make sure that appropriate DBS check requests have been submitted for all existing, new staff, and "
    "volunteers, according to their roles as identified by the Fire Standards Board.",
]
T["vc9"] = "By 1 January 2024, chief fire officers should:\n" + "\n".join("• " + b for b in VC9_BULLETS)
T["vc_wb"] = ("By 1 October 2023, Chief Fire Officers should make sure their services provide a confidential "
              "way for staff to raise concerns and that staff are aware of whistleblowing processes.")
T["vc_ne"] = ("By 1 October 2023, National Employer, the Local Government Association and the National Fire "
              "Chiefs Council should review any current independent arrangements whereby staff can raise "
              "concerns outside their FRS. They should then ensure that all FRS staff have access to an "
              "independent reporting line that can be used as a confidential way to raise concerns outside their "
              "own FRS.")
T["vc_sup"] = ("By 1 June 2023, Chief Fire Officers should review the support available for those who have "
               "raised concerns and take any action needed to make sure these provisions are suitable.")
T["vc_acc"] = ("By 1 June 2023, Chief Fire Officers should make sure they provide accessible information for all "
               "staff and members of the public on how they can raise concerns and access confidential support "
               "(including through external agencies). Chief Officers should also make sure accessible "
               "information is provided on how concerns and allegations will be investigated in a way that "
               "ensures confidentiality and is independent of the alleged perpetrator.")
T["vc28"] = ("By 1 June 2023, chief fire officers should review how they gather and use equality and diversity "
             "data to improve their understanding of their staff demographics, including applying and meeting "
             "the requirements of the National Fire Chiefs Council equality, diversity and inclusion data "
             "toolkit.")
# Fire: round 2 and round 3 service findings
T["f_risk"] = ("The service should make sure its firefighters and fire control staff have good access to "
               "relevant and up-to-date risk information.")
T["f_prev"] = ("The service should develop a clear prevention strategy targeting people most at risk and make "
               "sure activity undertaken prioritises people most at risk.")
T["f_coc"] = ("The service should make sure there are appropriate strategic oversight arrangements in place to "
              "manage risks, performance and improvement plans effectively.")
T["f_crr"] = "The service should make sure the corporate risk register is actively used to mitigate and manage known risks."
T["f_pm"] = "The service should make sure all processes in place to support performance management are effective."
T["f_data"] = ("The service should make sure it has access to accurate data and analysis to support effective "
               "performance management.")

# --------------------------------------------------------------------------------------------
# HMICFRS register items: key, ref, service, report, type, text, status, status date, comment
# --------------------------------------------------------------------------------------------
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored by HMICFRS "
         "and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where "
         "a cause of concern still exists this will appear in the register against these subsequent inspections.")
C_REV = ("The status of this recommendation is currently being reviewed by HMICFRS and will be updated when this "
         "review is complete.")
C_NFA = "No further action required: the force's response to the national recommendation has been accepted."
C_SUP_PEEL = "Superseded: this area is reassessed in the PEEL 2023–25 inspection of Staffordshire Police."
C_SUP_FRS = "Superseded: prevention is reassessed in the 2023–25 inspection of the service."
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members of the "
          "inspection team in recent inspection activity.")

H = []  # list of dicts


def h(key, ref, svc, rep, typ, text, status, sdate, comment):
    H.append(dict(key=key, ref=ref, svc=svc, rep=rep, typ=typ, text=text, status=status,
                  sdate=sdate, comment=comment))


P, F = POLICE, FIRE
h("sas13_1", 1131, P, "sas13", NAT, T["sas13_1"], "Complete", D(2016, 2, 11), C_DONE)
h("sas13_2", 1132, P, "sas13", NAT, T["sas13_2"], "Superseded", D(2018, 3, 6), C_SUP)
h("sas13_3", 1133, P, "sas13", NAT, T["sas13_3"], "Complete", D(2016, 2, 11), C_DONE)
h("everyone", 2321, P, "everyone", NAT, T["everyone"], "Complete", D(2017, 5, 19), C_DONE)
h("core_1", 4822, P, "core", NAT, T["core_1"], "Awaiting review", D(2025, 9, 30), C_REV)
h("core_2", 4823, P, "core", NAT, T["core_2"], "Complete", D(2016, 8, 3), C_DONE)
h("integrity", 5310, P, "integrity", NAT, T["integrity"], "No further action required", D(2019, 1, 17), C_NFA)
h("sas15", 5587, P, "sas15", NAT, T["sas15"], "Complete", D(2017, 3, 2), C_DONE)
h("picture", 6102, P, "picture", NAT, T["picture"], "Complete", D(2017, 7, 21), C_DONE)
h("fa_1", 6415, P, "firearms", NAT, T["fa_1"], "Complete", D(2016, 6, 9), C_DONE)
h("fa_2", 6416, P, "firearms", NAT, T["fa_2"], "Being progressed", D(2024, 2, 12), C_MON)
h("fa_3", 6417, P, "firearms", NAT, T["fa_3"], "Complete", D(2016, 6, 9), C_DONE)
h("fa_4", 6418, P, "firearms", NAT, T["fa_4"], "Being progressed", D(2024, 2, 12), C_MON)
h("fa_5", 6419, P, "firearms", NAT, T["fa_5"], "Being progressed", D(2024, 2, 12), C_MON)
h("st_1", 8210, P, "stolen", NAT, T["st_1"], "Being progressed", D(2023, 11, 8), C_MON)
h("st_2", 8211, P, "stolen", NAT, T["st_2"], "Complete", D(2019, 4, 24), C_DONE)
h("st_3", 8212, P, "stolen", NAT, T["st_3"], "Being progressed", D(2023, 11, 8), C_MON)
h("st_4", 8213, P, "stolen", NAT, T["st_4"], "Complete", D(2025, 6, 18), C_AUTH)
h("st_5", 8214, P, "stolen", NAT, T["st_5"], "Being progressed", D(2023, 11, 8), C_MON)
h("st_6", 8215, P, "stolen", NAT, T["st_6"], "Being progressed", D(2023, 11, 8), C_MON)
h("st_7", 8216, P, "stolen", NAT, T["st_7"], "Complete", D(2020, 1, 29), C_DONE)
h("efc17", 8377, P, "efc17", NAT, T["efc17"], "Being progressed", D(2022, 10, 4), C_MON)
h("lg_coc", 8541, P, "leg17", COC, T["lg_coc"], "Complete", D(2021, 5, 12), C_DONE)
h("lg_1", 8542, P, "leg17", NAT, T["lg_1"], "Complete", D(2021, 5, 12), C_DONE)
h("lg_2", 8543, P, "leg17", NAT, T["lg_2"], "Being progressed", D(2024, 7, 1), C_MON)
h("lg_3", 8544, P, "leg17", NAT, T["lg_3"], "Awaiting review", D(2025, 8, 14), C_REV)
h("lg_4", 8545, P, "leg17", NAT, T["lg_4"], "Complete", D(2025, 3, 20), C_AUTH)
h("ncpi", 9034, P, "ncpi18", REC, T["ncpi"], "Awaiting review", D(2025, 10, 2), C_REV)
h("vet_coc", 9460, P, "peel1819", COC, T["vet_coc"], "Complete", D(2021, 9, 15), C_DONE)
h("vet_rec", 9461, P, "peel1819", REC, T["vet_rec"], "Complete", D(2021, 9, 15), C_DONE)
h("cdi", 9802, P, "cdi19", REC, T["cdi"], "Being progressed", D(2023, 4, 5), C_MON)
h("pw_1", 11207, P, "powers", NAT, T["pw_1"], "Being progressed", D(2024, 5, 22), C_MON)
h("pw_2", 11208, P, "powers", NAT, T["pw_2"], "Being progressed", D(2024, 5, 22), C_MON)
h("pw_3", 11209, P, "powers", NAT, T["pw_3"], "Being progressed", D(2024, 5, 22), C_MON)
h("pw_5", 11210, P, "powers", NAT, T["pw_5"], "Awaiting review", D(2025, 7, 9), C_REV)
h("q8", 12615, P, "peel2122", AFI, T["q8"], "Complete", D(2024, 9, 12), C_AUTH)
h("q9", 12616, P, "peel2122", AFI, T["q9"], "Being progressed", D(2023, 2, 1), C_MON)
h("q10", 12617, P, "peel2122", AFI, T["q10"], "Superseded", D(2024, 6, 27), C_SUP_PEEL)
h("f_risk", 12940, F, "frs2122", AFI, T["f_risk"], "Complete", D(2024, 11, 20), C_DONE)
h("f_prev", 12941, F, "frs2122", AFI, T["f_prev"], "Superseded", D(2024, 11, 20), C_SUP_FRS)
h("vc4", 13518, F, "vc23", NAT, T["vc4"], "Being progressed", D(2024, 3, 4), C_MON)
h("vc9", 13519, F, "vc23", NAT, T["vc9"], "Being progressed", D(2024, 3, 4), C_MON)
h("vc24", 13520, F, "vc23", NAT, T["vc24"], "Being progressed", D(2024, 3, 4), C_MON)
h("vc26", 13521, F, "vc23", NAT, T["vc26"], "Awaiting review", D(2023, 3, 30), C_NEW)
h("vc28", 13522, F, "vc23", NAT, T["vc28"], "Being progressed", D(2024, 3, 4), C_MON)
h("vc32", 13523, F, "vc23", NAT, T["vc32"], "Complete", D(2025, 1, 28), C_DONE)
h("vc_wb", 13524, F, "vc23", NAT, T["vc_wb"], "Complete", D(2025, 1, 28), C_DONE)
h("vc_sup", 13525, F, "vc23", NAT, T["vc_sup"], "Being progressed", D(2024, 3, 4), C_MON)
h("vc_acc", 13526, F, "vc23", NAT, T["vc_acc"], "Complete", D(2025, 1, 28), C_DONE)
h("q1", 14706, P, "peel2325", AFI, T["q1"], "Being progressed", D(2025, 2, 3), C_MON)
h("q2", 14707, P, "peel2325", AFI, T["q2"], "Awaiting review", D(2024, 6, 27), C_NEW)
h("q3", 14708, P, "peel2325", AFI, T["q3"], "Being progressed", D(2025, 2, 3), C_MON)
h("q4", 14709, P, "peel2325", AFI, T["q4"], "Being progressed", D(2025, 2, 3), C_MON)
h("q5", 14710, P, "peel2325", AFI, T["q5"], "Awaiting review", D(2024, 6, 27), C_NEW)
h("q6", 14711, P, "peel2325", AFI, T["q6"], "Complete", D(2025, 8, 27), C_AUTH)
h("f_coc", 15322, F, "frs2325", COC, T["f_coc"], "Being progressed", D(2025, 5, 14), C_MON)
h("f_crr", 15323, F, "frs2325", AFI, T["f_crr"], "Being progressed", D(2025, 5, 14), C_MON)
h("f_pm", 15324, F, "frs2325", AFI, T["f_pm"], "Being progressed", D(2025, 5, 14), C_MON)
h("f_data", 15325, F, "frs2325", AFI, T["f_data"], "Awaiting review", D(2024, 11, 20), C_NEW)

H.sort(key=lambda r: r["ref"])
HBY = {r["key"]: r for r in H}
assert len(HBY) == len(H)

# --------------------------------------------------------------------------------------------
# Tracker rows, in sheet order. None = blank separator row.
# Each row: key (HMICFRS key or None for tracker-only), service, report name, published,
# ref, type, text, lead, status, update, proposed-for-closure date, category, why
# --------------------------------------------------------------------------------------------
GREEN = "Green"
TR = []


def t(key, svc, rep, pub, ref, typ, text, lead, status, update, closure, cat, why):
    TR.append(dict(key=key, svc=svc, rep=rep, pub=pub, ref=ref, typ=typ, text=text, lead=lead,
                   status=status, update=update, closure=closure, cat=cat, why=why))


def gap():
    TR.append(None)


# --- Fire: 2023-25 inspection --------------------------------------------------------------
R = "SFRS Inspection 2023-25"
t("f_coc", "Fire", R, "Nov 2024", 15322, "Cause for concern",
  "The Service Should make sure there are appropriate strategic oversight arrangements in place to manage "
  "risks, performance and improvement plans effectively",
  "Deputy Chief Fire Officer", "Off track",
  "Revised governance framework drafted; Fire Authority Governance Group to approve Dec 25. Improvement "
  "plan board meeting monthly.", None,
  "in_sync", "cause of concern open on both sides (Off track = open); 'Cause for concern' is the same type")
t("f_crr", "Fire", R, "Nov 2024", 15323, "AFI",
  "The Service Should make sure the corporate risk register is actively used  to mitigate and manage known risks",
  "Head of Corporate Services (SFRS)", "Completed",
  "Corporate risk register reviewed monthly at SLT and quarterly at Fire Authority Audit; evidence pack "
  "sent to OPFCC 02/09/25.", D(2025, 9, 2),
  "closeable_submit", "fire AFI open at HMICFRS, tracker Completed; police twin 14711 is a separate item")
t("f_pm", "Fire", R, "Nov 2024", 15324, "AFI",
  "The Service Should make sure all processes in place to support performance management are effective",
  "Head of Performance & Assurance (SFRS)", "On track",
  "New performance framework live from Apr 25; first quarterly report to Commissioner's Strategic "
  "Governance Board Oct 25.", None,
  "in_sync", "open on both sides")
t("f_data", "Fire", R, "Nov 2024", 15325, "AFI",
  "The Service Should make sure it has access to accurate data and analysis to support effective performance "
  "management",
  "Head of Performance & Assurance (SFRS)", "On track",
  "Data quality audit of incident recording system under way; analyst post recruited.", None,
  "in_sync", "open on both sides")
t(None, "Fire", "SFRS Inspection 2023-25 (local action)", None, None, "Local action",
  "Fire action – run a quarterly data quality dip-sample of Incident Recording System returns and report "
  "exceptions to SLT",
  "Head of Performance & Assurance (SFRS)", "On track",
  "First dip-sample completed Sept 25 (94% accurate).", None,
  "not_on_hmicfrs_list", "service's own local action, never an HMICFRS item")
gap()
# --- Police: PEEL 2023-25 -------------------------------------------------------------------
R = "PEEL 2023-25"
t("q2", "Police", R, "Jun 2024", 14707, "AFI",
  "Specify in succession plans how we will improve diversity across all levels, incl. increased direct-entry "
  "opportunities",
  "Director of People", "Amber",
  "Talent and succession framework in draft; direct entry Inspector scheme to be re-run 2026.", None,
  "in_sync", "police AFI open on both sides; same summary text as the fire row for Values and culture "
  "rec 32: told apart by Service and Report")
t("q3", "Police", R, "Jun 2024", 14708, "AFI",
  "Provide a confidential way for staff to raise concerns and make sure staff are aware of whistleblowing "
  "processes",
  "Head of Professional Standards", "Complete",
  "Integrity line relaunched Jan 25; awareness campaign and intranet page; staff survey shows 81% "
  "awareness. Signed off by Commissioner's Office.", D(2025, 4, 30),
  "closeable_submit", "police AFI open at HMICFRS, tracker Complete; identical summary on the fire row "
  "(13524) which is the other way round")
t("q5", "Police", R, "Jun 2024", 14710, "AFI",
  "The force should review how it gathers and uses equality and diversity data to improve its understanding "
  "of its workforce demographics.",
  "Director of People", "Amber",
  "Self-declaration campaign running; declaration rate up from 62% to 74%.", None,
  "in_sync", "open on both sides; ref 14710 correct here")
t("q6", "Police", R, "Jun 2024", 14711, "AFI",
  "The force should make sure the corporate risk register is actively used to mitigate and manage known risks.",
  "Head of Corporate Development", "Complete",
  "Risk register owned by DCC; closed by HMICFRS Aug 25.", D(2025, 6, 11),
  "in_sync", "closed at HMICFRS, Complete on tracker")
gap()
# --- Fire: Values and culture ---------------------------------------------------------------
R = "Values & Culture in FRS (HMICFRS, Mar 23)"
t("vc4", "Fire", R, "30/03/2023", 13518, "Recommendation",
  T["vc4_drift"],
  "Head of Professional Standards (Fire)", "Completed",
  "Fire professional standards function established Sept 24 (shared PSD model with police, fire "
  "caseworker). Case updates to complainants every 28 days. Evidence to OPFCC.", D(2025, 7, 1),
  "closeable_submit", "open at HMICFRS, Completed on tracker; tracker holds the drifted FRS-paper wording "
  "of rec 4 (not a conflict)")
t("vc9", "Fire", R, "30/03/2023", 13519, "Recommendation",
  "Rec 9a - immediately review current background checks arrangements, and make sure suitable and sufficient "
  "background checks are in place to safeguard staff and the communities we serve",
  "Head of People (SFRS)", "On track",
  "Background check policy reviewed; checks now run through the joint vetting unit.", None,
  "in_sync", "split row (bullet 1 of rec 9); open on both sides")
t("vc9", "Fire", R, "30/03/2023", 13519, "Recommendation",
  "Rec 9b - make sure appropriate DBS check requests have been submitted for all existing, new staff, and "
  "volunteers, according to their roles as identified by the Fire Standards Board",
  "Head of People (SFRS)", "On track",
  "87% of existing staff DBS checks returned; volunteers to complete by Mar 26.", None,
  "in_sync", "split row (bullet 2 of rec 9); open on both sides")
t("vc24", "Fire", R, "30/03/2023", 13520, "Recommendation",
  "Rec 24 - By 1 October 2023, chief fire officers should put plans in place to monitor, including through "
  "the gathering and analysis of staff feedback, watch and team cultures and provide prompt remedial action "
  "for any issues they identify.",
  "Deputy Chief Fire Officer", "Completed",
  "Culture dashboard (pulse survey, grievances, exit interviews) reviewed by SLT monthly. Evidence sent "
  "to OPFCC.", D(2025, 3, 31),
  "closeable_submit", "fire rec 24 open at HMICFRS, Completed on tracker; police twin 14706 is the "
  "misfiled PEEL row")
t("vc28", "Fire", R, "30/03/2023", 14710, "Recommendation",
  "By 1 June 2023, chief fire officers should review how they gather and use equality and diversity data to "
  "improve their understanding of their staff demographics, including applying and meeting the requirements "
  "of the NFCC EDI data toolkit.",
  "Head of People (SFRS)", "In progress",
  "NFCC toolkit gap analysis done; HR system fields being added.", None,
  "conflict", "pairs with fire rec 28 (13522) by Service/Report/text, but the ref column holds 14710, the "
  "police twin's reference (copied from the PEEL row): reference disagrees")
t("vc32", "Fire", R, "30/03/2023", 13523, "Recommendation",
  "Specify in succession plans how we will improve diversity across all levels, incl. increased direct-entry "
  "opportunities",
  "Head of People (SFRS)", "Completed",
  "Succession plan approved by Fire Authority Jan 25; direct entry Station Manager scheme run 2024.",
  D(2024, 12, 16),
  "in_sync", "closed at HMICFRS, Completed on tracker; text identical to the police PEEL row")
t("vc_wb", "Fire", R, "30/03/2023", None, "Recommendation",
  "Provide a confidential way for staff to raise concerns and make sure staff are aware of whistleblowing "
  "processes",
  "Head of Professional Standards (Fire)", "In progress",
  "Safecall contract extended to fire staff; awareness sessions at station visits still to complete.", None,
  "closeable_local", "fire item closed at HMICFRS (Complete), tracker still In progress; identical summary "
  "on the police row (14708) which is the other way round")
t("vc_sup", "Fire", R, "30/03/2023", None, "Recommendation",
  "Review the support available for those who have raised concerns and take any action needed to make sure "
  "these provisions are suitable",
  "Head of Professional Standards (Fire)", "On track",
  "Review of support offer with Occupational Health and Firefighters Charity under way.", None,
  "in_sync", "fire item open on both sides; the police twin 14709 has no tracker row (do not pair this row "
  "with it)")
t("vc_acc", "Both", R, "30/03/2023", 13526, "Recommendation",
  "By 1 June 2023, Chief Fire Officers should make sure they provide accessible information for all staff "
  "and members of the public on how they can raise concerns and access confidential support (including "
  "through external agencies). Chief Officers should also make sure accessible information is provided on "
  "how concerns and allegations will be investigated in a way that ensures confidentiality and is "
  "independent of the alleged perpetrator.",
  "Head of Governance (OPFCC)", "Completed",
  "Joint police and fire 'Speak Up' web page and confidential reporting line live. Closed by HMICFRS.",
  D(2024, 10, 15),
  "in_sync", "Service 'Both' (joint reporting line) but the item is the fire service's; closed at HMICFRS, "
  "Completed on tracker")
t(None, "Fire", R, "30/03/2023", None, "Recommendation",
  T["vc_ne"],
  "n/a", "N/A",
  "Action for National Employer, the Local Government Association and the National Fire Chiefs Council. "
  "Not for the Service.", None,
  "not_on_hmicfrs_list", "Values and culture rec for national bodies: HMICFRS does not hold it against "
  "the service")
t(None, "Both", "Commissioner's Office action", None, None, "Local action",
  "Commissioner's Office: Ethics, Transparency and Audit Panel to receive a joint police and fire culture "
  "dashboard each quarter",
  "Chief Executive, Commissioner's Office", "On track",
  "First joint dashboard to ETAP Sept 25.", None,
  "not_on_hmicfrs_list", "PFCC's own joint action, never an HMICFRS item")
t(None, "Both", "Joint enabling services", None, None, "Local action",
  "Joint vetting unit for police and fire staff: business case to Strategic Governance Board",
  "Head of Governance (OPFCC)", "Amber",
  "Business case drafted; TUPE and data-sharing advice awaited.", None,
  "not_on_hmicfrs_list", "PFCC's own joint action, never an HMICFRS item")
gap()
# --- Fire: 2021/22 --------------------------------------------------------------------------
R = "SFRS Effectiveness 2021/22"
t("f_risk", "Fire", R, "Jul 2022", 12940, "AFI",
  "The service should make sure its firefighters and fire control staff have good access to relevant and "
  "up-to-date risk information.",
  "Area Manager Protection & Response", "Completed",
  "Site-specific risk information on all appliance MDTs; audit 2024 found 98% in date.", D(2024, 5, 20),
  "in_sync", "closed at HMICFRS, Completed on tracker")
t("f_prev", "Fire", R, "Jul 2022", 12941, "AFI",
  "The service should develop a clear prevention strategy targeting people most at risk and make sure "
  "activity undertaken prioritises people most at risk",
  "Area Manager Prevention", "In progress",
  "Prevention strategy 2023-26 published; Safe and Well targeting using Exeter data being refined.", None,
  "closeable_local", "superseded at HMICFRS (reassessed in 2023-25 round), tracker In progress")
t(None, "Fire", "SFRS Effectiveness 2021/22 (local action)", None, None, "Local action",
  "Refresh Safe and Well visit targeting with NHS and Staffordshire County Council data and report "
  "coverage of high-risk households to the Prevention Board",
  "Area Manager Prevention", "On track",
  "Data-sharing agreement signed Jun 25.", None,
  "not_on_hmicfrs_list", "service's own local action")
gap()
# --- Police: PEEL 2021/22 -------------------------------------------------------------------
R = "PEEL 21/22"
t("q8", "Police", R, "Apr 2022", 12615, "AFI",
  "The force should ensure that it has sufficient resources available in the control room to fulfil its "
  "resourcing model, and so to meet its demand, while also taking into account the wellbeing of its "
  "workforce.",
  "Supt Contact Centre", "Amber",
  "Uplift of 18 call handlers complete; 999 answer times within target since Mar 24. Wellbeing work "
  "continues.", None,
  "closeable_local", "closed at HMICFRS (Complete), tracker Amber")
t("q9", "Police", R, "Apr 2022", 12616, "AFI",
  "The force should improve its use of its crime-recording and management system to better manage its case "
  "files and investigative processes.",
  "Head of Criminal Justice", "Amber",
  "Niche case file module upgrade scheduled for Feb 26.", None,
  "in_sync", "open on both sides")
t("q10", "Police", R, "Apr 2022", 12617, "AFI",
  "The force should improve the supervison of investigations, so that investigation plans are set, reviewed "
  "and recorded and victims receive a consistently good service.",
  "Det Ch Supt Force CID", "Amber",
  "Investigation standards audit quarterly; supervisory review compliance 71%.", None,
  "closeable_local", "superseded at HMICFRS by PEEL 2023-25, tracker Amber (misspelling 'supervison')")
t("q1", "Police", R, "Apr 2022", None, "AFI",
  "The force should put plans in place to monitor, including through the gathering and analysis of staff "
  "feedback, team cultures and provide prompt remedial action for any issues it identifies.",
  "Director of People", "Amber",
  "Culture survey and listening events planned for 2025/26.", None,
  "conflict", "police PEEL 2023-25 AFI (14706) filed under PEEL 21/22 on the tracker: report disagrees. "
  "Service Police rules out the fire twin rec 24")
t(None, "Police", "PEEL 21/22 (force action)", None, None, "Local action",
  "Dip-sample 50 stalking and harassment crime reports each quarter and report findings to the Crime "
  "Standards Board",
  "Force Crime Registrar", GREEN,
  "Quarterly since Jul 23.", D(2025, 1, 9),
  "not_on_hmicfrs_list", "force's own local action")
gap()
# --- Police: police powers 2021 -------------------------------------------------------------
R = "Police powers spotlight (Feb 21)"
t("pw_1", "Police", R, "26/02/2021", 11207, "Recommendation",
  "By July 2022, forces should ensure that officers & staff have effective communication skills, in line "
  "with the National Policing Guidelines on Conflict Management.",
  "Head of Learning & Development", "Amber",
  "Communication skills module in officer safety training from Apr 25; staff roll-out to follow.", None,
  "in_sync", "open on both sides (tail sentence dropped, not a bullet)")
t("pw_2", "Police", R, "26/02/2021", 11208, "Recommendation",
  "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of "
  "CPD for officers & staff, and that supervisors are supported to routinely and frequently debrief officers "
  "on these skills using BWV footage.",
  "Head of Learning & Development", GREEN,
  "CPD day includes BWV debrief input; supervisor guide issued. Ready for sign-off.", D(2025, 8, 4),
  "closeable_submit", "open at HMICFRS, Green (implemented) on tracker")
for i, part in enumerate(BWV_PARTS):
    t("pw_3", "Police", R, "26/02/2021", 11209, "Recommendation",
      f"By September 2021 ({'abc'[i]}) – {part}",
      "ACC Local Policing", GREEN,
      ["BWV policy mandates full recording of S&S encounters; compliance 96%.",
       "Monthly BWV review by S&S scrutiny team; learning bulletins issued.",
       "Independent scrutiny panel views BWV samples at each meeting."][i], D(2025, 8, 4),
      "closeable_submit", f"split row {'abc'[i]} of the three-part BWV recommendation; open at HMICFRS, all "
      "three parts Green on tracker")
t(None, "Police", R, "26/02/2021", None, "Recommendation",
  T["pw_ho"],
  "n/a", "White",
  "Not the force's responsibility to deliver; Home Office and NPCC.", None,
  "not_on_hmicfrs_list", "addressed to the Home Office and NPCC; HMICFRS does not hold it against the force")
t("pw_5", "Police", R, "26/02/2021", 11210, "Recommendation",
  T["pw_5"],
  "ACC Local Policing", "Amber",
  "Use of force dashboard built; disproportionality analysis to Legitimacy Board quarterly.", None,
  "in_sync", "open on both sides")
gap()
# --- Police: CDI 2019, PEEL 2018/19, NCPI 2018 --------------------------------------------
t("cdi", "Police", "CDI 2019", "Sep 2019", None, "Recommendation",
  CDI_STEM + "\n" + "\n".join("• " + b for j, b in enumerate(CDI_BULLETS) if j != 2),
  "Force Crime Registrar", "Amber",
  "Crime recording audits show 91% compliance; online reporting triage in place.", None,
  "conflict", "tracker copy lacks the third bullet ('multiple crimes are always recorded ...'): missing "
  "bullet")
gap()
t("vet_coc", "Police", "PEEL 2018/19", "02/05/2019", None, "Recommendation",
  "The size of the vetting backlog within Staffordshire Police is a cause of concern.",
  "Head of Professional Standards", "Complete",
  "Backlog cleared Jun 21.", D(2021, 7, 1),
  "conflict", "HMICFRS type Cause of concern, tracker type Recommendation: type disagrees (closed on both)")
t("vet_rec", "Police", "PEEL 2018/19", "02/05/2019", None, "Recommendation",
  T["vet_rec"],
  "Head of Professional Standards", "Complete",
  "All staff vetted; renewals tracked monthly.", D(2021, 7, 1),
  "in_sync", "closed on both sides")
gap()
t("ncpi", "Police", "NCPI 2018", "Jun 2018", None, "Recommendation",
  T["ncpi"],
  "Ch Insp Custody", "Complete",
  "Concordat on children in custody signed with both local authorities; detention certificate audit "
  "100%. Evidence submitted to HMICFRS for closure Sept 25.", D(2025, 9, 15),
  "closeable_submit", "open at HMICFRS (Awaiting review), Complete on tracker")
gap()
# --- Police: national 2017 ------------------------------------------------------------------
R = "PEEL Legit 17 S&S"
t("lg_coc", "Police", R, "12/12/2017", None, "Cause for concern",
  T["lg_coc"], "ACC Local Policing", "Complete", "Closed by HMICFRS May 21.", D(2021, 5, 12),
  "in_sync", "closed on both sides; 'Cause for concern' = cause of concern")
t("lg_1", "Police", R, "12/12/2017", None, "Recommendation",
  "By July 2018, all police forces across England & Wales should be regularly & frequently monitoring a "
  "comprehensive set of data & information on use of S&S powers to understand: the reasons for any "
  "disproportionate representation of different ethnic groups in the use of S&S; the extent to which find "
  "rates differ between people from different ethnicities, & across different types of searches (including "
  "seperate identification of find rates for drug possession & supply-type offences); & the prevalence of "
  "possession-only drug searches, & the extent to which these align with local or force level priorities.",
  "ACC Local Policing", "Complete", "S&S dashboard published monthly.", D(2021, 5, 12),
  "in_sync", "closed on both sides (abbreviated, bullets run on, 'seperate')")
t("lg_2", "Police", R, "12/12/2017", None, "Recommendation",
  T["lg_2"], "ACC Local Policing", "Amber",
  "Disparity research with Keele University ongoing.", None,
  "in_sync", "open on both sides")
t("lg_3", "Police", R, "12/12/2017", None, "Recommendation",
  T["lg_3"], "ACC Local Policing", "Complete",
  "Annual S&S disproportionality report published on force website each July since 2019.", D(2024, 8, 1),
  "closeable_submit", "open at HMICFRS (Awaiting review), Complete on tracker")
t("lg_4", "Police", R, "12/12/2017", None, "Recommendation",
  T["lg_4"], "Head of Learning & Development", "Amber",
  "Unconscious bias e-learning refresh for new recruits in progress.", None,
  "closeable_local", "closed at HMICFRS (Complete), tracker Amber")
gap()
t("efc17", "Police", "PEEL Efficiency 17 (all forces)", "09/11/2017", None, "Recommendation",
  "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled "
  "services within their force.",
  "Head of Corporate Development", GREEN,
  "Digital services plan adopted 2019; online reporting and tracking live. Ready for sign-off.",
  D(2025, 5, 6),
  "closeable_submit", "open at HMICFRS, Green on tracker (sentence for national bodies dropped: not a "
  "bullet)")
gap()
R = "Stolen Freedom (MSHT) 2017"
for i, b in enumerate(SF_BULLETS):
    t("st_1", "Police", R, "24/10/2017", None, "Recommendation",
      f"Within 12 months review MSHT leadership & governance to ensure that: {b}",
      "Det Ch Supt Force CID", "Amber",
      ["MSHT strategic lead (D/Supt) in post.", "MSHT referrals allocated via Force CID tasking.",
       "Staffordshire Modern Slavery Partnership meets quarterly.",
       "QA framework for MSHT investigations in draft."][i], None,
      "in_sync", f"split row {i + 1} of 4 (one per bullet of 8210); open on both sides")
t("st_2", "Police", R, "24/10/2017", None, "Recommendation",
  "Within six months, forces should have in place active information-sharing agreements with other agencies "
  "to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify "
  "suspects as early as possible.",
  "Head of Intelligence", "Complete", "ISAs signed with GLAA and local authorities.", D(2019, 3, 1),
  "in_sync", "closed on both sides (register keeps stray footnote '86')")
t("st_4", "Police", R, "24/10/2017", None, "Recommendation",
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it "
  "evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify "
  "the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.",
  "Ch Supt Public Protection", "Amber",
  "Duty to Notify compliance audit planned Q4.", None,
  "closeable_local", "closed at HMICFRS (authorised for closure), tracker Amber")
t("st_5", "Police", R, "24/10/2017", None, "Recommendation",
  "Immediately, forces should take steps to ensure they fully comply with NCRS requirements for offences "
  "identified as MSHT and that sufficient audit capacity is available to the force crime registrar.",
  "Force Crime Registrar", "Complete",
  "MSHT crime recording audited; compliance 97%. Submitted for closure.", D(2025, 2, 20),
  "closeable_submit", "open at HMICFRS, Complete on tracker")
t("st_6", "Police", R, "24/10/2017", None, "Recommendation",
  T["st_6"], "Det Ch Supt Force CID", "Amber",
  "MSHT investigations held by Complex Crime Unit.", None,
  "in_sync", "open on both sides")
t("st_7", "Police", R, "24/10/2017", None, "Recommendation",
  T["st_7"], "Ch Supt Public Protection", "Complete",
  "Slavery and Trafficking Prevention Orders reviewed; guidance issued.", D(2019, 11, 5),
  "in_sync", "closed on both sides")
gap()
R = "Firearms licensing 2015"
t("fa_1", "Police", R, "15/09/2015", None, "Recommendation",
  T["fa_1"], "Supt Firearms Licensing", "Complete", None, D(2016, 3, 1),
  "in_sync", "closed on both sides")
t("fa_2", "Police", R, "15/09/2015", None, "Recommendation",
  T["fa_2"], "Supt Firearms Licensing", "Amber",
  "Renewal backlog 410; two temporary staff added.", None,
  "in_sync", "open on both sides")
t("fa_3", "Police", R, "15/09/2015", None, "Recommendation",
  T["fa_3"], "Supt Firearms Licensing", "Complete", None, D(2016, 3, 1),
  "in_sync", "closed on both sides")
t("fa_4", "Police", R, "15/09/2015", None, "Recommendation",
  T["fa_4"], "Supt Firearms Licensing", "Complete",
  "Temporary permits recorded on NFLMS same day; dip-sampled monthly. Submitted for closure.",
  D(2025, 6, 30),
  "closeable_submit", "open at HMICFRS, Complete on tracker")
t("fa_5", "Police", R, "15/09/2015", None, "Recommendation",
  T["fa_5"].replace("Within three months", "Within six months"),
  "Supt Firearms Licensing", "Amber",
  "Control room markers for certificate holders being rebuilt in new command and control system.", None,
  "conflict", "tracker says 'Within six months', register 'Within three months': timescale disagrees")
gap()
t("picture", "Police", "Information management (Building the Picture)", "Jul 2015", None, "Recommendation",
  T["picture"], "Head of Information Management", "Complete", None, D(2017, 6, 1),
  "in_sync", "closed on both sides")
t("sas15", "Police", "Stop & search powers 2", "Mar 2015", None, "Recommendation",
  T["sas15"], "ACC Local Policing", "Complete",
  "Stop and search scrutiny panel with youth members meets quarterly.", D(2016, 12, 1),
  "in_sync", "closed on both sides; 2015 wording ('police and crime commissioners'), not the 2013 item "
  "1133 ('elected local policing bodies') which has no tracker row")
t("integrity", "Police", "Integrity matters", "Jan 2015", None, "Recommendation",
  T["integrity"], "Head of Professional Standards", "Amber",
  "Disproportionality in misconduct outcomes monitored by PSD.", None,
  "closeable_local", "HMICFRS 'No further action required' (closed), tracker Amber")
gap()
t("core_1", "Police", "Core business", "Sep 2014", None, "Recommendation",
  T["core_1"], "Supt Contact Centre", "Complete",
  "THRIVE criteria embedded in control room; evidence submitted Sept 25.", D(2025, 9, 12),
  "closeable_submit", "open at HMICFRS (Awaiting review), Complete on tracker")
t("core_2", "Police", "Core business", "Sep 2014", None, "Recommendation",
  T["core_2"], "ACC Local Policing", "Complete", None, D(2016, 7, 1),
  "in_sync", "closed on both sides")
t(None, "Police", "Policing in Austerity 2014", "Jul 2014", None, "Recommendation",
  T["austerity"], "Director of Finance", "Complete", None, D(2015, 2, 1),
  "not_on_hmicfrs_list", "austerity report item not on the register export (closed/archived by HMICFRS)")
t("everyone", "Police", "Domestic abuse - Everyone's business", "27/03/2014", None, "Recommendation",
  EVERYONE_PLAN_RUN_ON, "Ch Supt Public Protection", "Complete",
  "DA action plan published 2014, refreshed 2021.", D(2015, 1, 1),
  "in_sync", "closed on both sides (tracker text runs on into the next paragraphs of the report)")
gap()
R = "Stop & Search powers (HMIC 2013)"
t("sas13_1", "Police", R, "Jul 2013", None, "Recommendation",
  T["sas13_1"], "ACC Local Policing", "Complete", None, D(2015, 11, 1),
  "in_sync", "closed on both sides")
t("sas13_2", "Police", R, "Jul 2013", None, "Recommendation",
  T["sas13_2"], "ACC Local Policing", "Amber",
  "Superseded by PEEL legitimacy 2017 S&S recs? To confirm with HMICFRS.", None,
  "closeable_local", "superseded at HMICFRS, tracker Amber")

# --------------------------------------------------------------------------------------------
# Write hmicfrs.xlsx
# --------------------------------------------------------------------------------------------
CASE.mkdir(parents=True, exist_ok=True)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

wb = Workbook()
ws = wb.active
ws.title = "Register export"
ws["A1"] = "HMICFRS recommendations register – export"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = ("Filter: Force / service = Staffordshire Police; Staffordshire Fire and Rescue Service  |  "
            "All statuses  |  Exported 03/11/2025 09:14")
HHEAD = ["ID", "Force / service", "Report title", "Publication date", "Type",
         "Recommendation / area for improvement", "Status", "Status date", "Latest comment"]
HDR_ROW = 4
for c, name in enumerate(HHEAD, 1):
    cell = ws.cell(HDR_ROW, c, name)
    cell.font = BOLD
    cell.fill = PatternFill("solid", fgColor="D9D9D9")
H_ROWID = {}
for i, r in enumerate(H):
    row = HDR_ROW + 1 + i
    title, pub = REPORTS[r["rep"]]
    vals = [r["ref"], r["svc"], title, pub, r["typ"], r["text"], r["status"], r["sdate"], r["comment"]]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row, c, v)
        cell.alignment = WRAP
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
    H_ROWID[r["key"]] = f"{ws.title}!{row}"
for col, w in zip("ABCDEFGHI", [8, 34, 48, 14, 24, 90, 18, 13, 50]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = f"A{HDR_ROW + 1}"
ws.auto_filter.ref = f"A{HDR_ROW}:I{HDR_ROW + len(H)}"

# --------------------------------------------------------------------------------------------
# Write tracker.xlsx
# --------------------------------------------------------------------------------------------
wt = Workbook()
st = wt.active
st.title = "PFCC tracker"
st["A1"] = ("Staffordshire Commissioner's Office – HMICFRS recommendations and areas for improvement: "
            "Staffordshire Police and Staffordshire Fire and Rescue Service")
st["A1"].font = Font(bold=True, size=13)
st["A2"] = ("Single tracker held by the Commissioner's Office. Position at 31 October 2025, for the Ethics, "
            "Transparency and Audit Panel (ETAP).")
st["A3"] = ("Status key – Police: Complete = signed off by the Commissioner's Office; Green = implemented, "
            "evidence with the Commissioner's Office for sign-off; Amber = in progress; Red = off track; "
            "White = not the force's to deliver.  Fire: Completed; On track; Off track; In progress; "
            "N/A = not for the Service.")
st["A3"].font = Font(italic=True)
THEAD = ["No.", "Service", "Report", "Published", "HMICFRS ref", "Type",
         "Recommendation / area for improvement", "Lead", "Status", "Update", "Proposed for closure"]
THDR = 5
for c, name in enumerate(THEAD, 1):
    cell = st.cell(THDR, c, name)
    cell.font = BOLD
    cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.font = Font(bold=True, color="FFFFFF")
FILLS = {"complete": "8EA9DB", "completed": "8EA9DB", "green": "92D050", "amber": "FFC000",
         "red": "FF0000", "on track": "C6E0B4", "off track": "F8CBAD", "in progress": "FFE699",
         "white": "FFFFFF", "n/a": "D9D9D9"}
row = THDR + 1
counters = {"Police": 0, "Fire": 0, "Both": 0}
TRUTH = []
for r in TR:
    if r is None:
        row += 1
        continue
    counters[r["svc"]] += 1
    no = {"Police": "P", "Fire": "F", "Both": "J"}[r["svc"]] + f"{counters[r['svc']]:02d}"
    vals = [no, r["svc"], r["rep"], r["pub"], r["ref"], r["typ"], r["text"], r["lead"], r["status"],
            r["update"], r["closure"]]
    for c, v in enumerate(vals, 1):
        cell = st.cell(row, c, v)
        cell.alignment = WRAP
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
    fill = FILLS.get(str(r["status"]).lower())
    if fill:
        st.cell(row, 9).fill = PatternFill("solid", fgColor=fill)
    frow = f"{st.title}!{row}"
    hrow = H_ROWID[r["key"]] if r["key"] else ""
    TRUTH.append((hrow, frow, r["cat"], r["why"]))
    r["_row"] = row
    row += 1
last_item_row = row - 1
row += 1
st.cell(row, 1, "Rows stay on this tracker until the HMICFRS register export confirms closure. "
                "Items for national bodies are kept for information (N/A / White).").font = Font(italic=True)
for col, w in zip("ABCDEFGHIJK", [6, 8, 30, 12, 11, 16, 80, 30, 12, 50, 13]):
    st.column_dimensions[col].width = w
st.freeze_panes = f"A{THDR + 1}"
st.auto_filter.ref = f"A{THDR}:K{last_item_row}"

# HMICFRS items with no tracker row
tracked = {r["key"] for r in TR if r and r["key"]}
MISSING_WHY = {
    "sas13_3": "2013 item ('elected local policing bodies') has no tracker row; the tracker's near-identical "
               "row is the 2015 item 5587",
    "st_3": "section 45 defence recommendation has no tracker row",
    "vc26": "Values and culture rec 26 (leadership training, with NFCC and Home Office) has no tracker row",
    "q4": "police PEEL 2023-25 AFI (support for those raising concerns) has no tracker row; only the fire "
          "twin 13525 is tracked",
}
for r in H:
    if r["key"] not in tracked:
        TRUTH.append((H_ROWID[r["key"]], "", "missing_from_force", MISSING_WHY[r["key"]]))
assert set(MISSING_WHY) == {r["key"] for r in H if r["key"] not in tracked}


def rowkey(rid):
    return int(rid.split("!")[1]) if rid else 10**6


TRUTH.sort(key=lambda x: (rowkey(x[0]), rowkey(x[1])))


def save_pinned(book, path):
    buf = io.BytesIO()
    book.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


for book in (wb, wt):
    book.properties.creator = "Staffordshire Commissioner's Office"
    book.properties.created = dt.datetime(2025, 11, 3, 9, 14)
save_pinned(wb, CASE / "hmicfrs.xlsx")
save_pinned(wt, CASE / "tracker.xlsx")

with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(TRUTH)

if __name__ == "__main__":
    from collections import Counter
    print("HMICFRS items:", len(H), " tracker item rows:", sum(1 for r in TR if r))
    print(Counter(x[2] for x in TRUTH))
