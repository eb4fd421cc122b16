"""Build the `gantt_delivery_plan` evaluation case (round 50, forcefree7).

Force side: Cumbria Constabulary's "HMICFRS Improvement Delivery Plan 2024/25", a PMO-style
Gantt workbook: workstream banner rows, a two-row header whose lower row carries twelve month
columns (real dates shown as mmm-yy), shaded planned months with ◄ ◆ ✓ ► markers, a RAG that
means delivery confidence (not completion), a Status column, an archive tab of items closed in
2023/24 and a dropdown-lists tab. HMICFRS side: a plain register export (CSV, UTF-8 with BOM).

Run:  /work/main/.venv/bin/python build_gantt_delivery_plan.py
Rebuilds gantt_delivery_plan/ byte for byte (fixed seed, fixed zip and document timestamps).
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
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 50_007
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "gantt_delivery_plan"
FORCE = "Cumbria Constabulary"

# ---------------------------------------------------------------------------------------------
# Real HMICFRS texts (copied from /work/main/reconcile/casegen/texts and
# /work/shared/data/real_recommendations.csv; Open Government Licence).
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
MSHT_INTEL_86 = (
    "Within six months, forces should have in place active information-sharing agreements with "
    "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
    "victims better and to identify suspects as early as possible"
)
S45 = ("Immediately, forces should ensure that all victims carrying out criminal acts under "
       "compulsion attributable to slavery or exploitation are afforded the protection of early "
       "and continuing consideration of the applicability of the section 45 defence.")
NRM = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
       "process as it evolves and are implementing the requirement placed upon them under the "
       "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
       "adult victim of modern slavery or human trafficking.")
MSHT_NCRS = ("Immediately, forces should take steps to ensure they fully comply with national "
             "crime recording standard (NCRS) requirements for offences identified as modern "
             "slavery and human trafficking and that sufficient audit capacity is available to "
             "the force crime registrar to provide reassurance that each force is identifying "
             "and managing any gaps in its crime-recording accuracy for these types of offences.")
MSHT_INVESTIGATE = (
    "Immediately, forces should ensure that allegations or indications of modern slavery and "
    "human trafficking are thoroughly investigated and effectively supervised by teams and "
    "individuals with the skills and experience to undertake them (this should include the use "
    "where appropriate of joint intelligence teams and other means to obtain intelligence and "
    "evidence from agencies overseas).")
MSHT_PREVENT = ("Immediately, forces should review their use of preventative powers under the "
                "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
                "of those deemed to pose a clear threat to others in respect of modern slavery "
                "and human trafficking offences are exploited.")
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
CORE_THR = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
            "that have not yet done so, should provide call-handlers with specific, sound and "
            "comprehensible criteria against which they can assess threat, harm and risk.")
CORE_PREVENT = ("By 31 March 2015 all forces should ensure that crime prevention or disruption "
                "activity carried out is systematically recorded and subsequently evaluated to "
                "determine the effectiveness of tactics being employed.")
INTEGRITY = ("By 31 August 2015, all chief constables should satisfy themselves that they have "
             "processes in place to ensure that investigations into misconduct by officers and "
             "staff resulting in “no further action” are fair and free of any form of "
             "discrimination.")
PICTURE = ("By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through the "
           "force information management governance structure. This should include measures to "
           "ensure that categorisation of records are regularly adjusted.")
FA_GOV = ("Within three months, all chief constables should assess how well the governance of "
          "firearms licensing in his or her force meets the standards set out in Authorised "
          "Professional Practice. Chief constables of forces where the governance standards are "
          "not being complied with should put in place immediately the correct arrangements and "
          "procedures in order to meet the standards in full.")
FA_DEMAND = ("Within three months, all chief constables should assess the demand placed on their "
             "firearms licensing department and ensure it has the capacity to meet this demand "
             "and provide an efficient and effective service at all times.")
FA_EXPIRED = ("Immediately, all chief constables should satisfy themselves that all appropriate "
              "action is being taken by their force with regard to ‘total expired’ licensing "
              "records.")
FA_PERMITS = ("Within three months, all chief constables should ensure that their arrangements "
              "in respect of the use of temporary permits are in accordance with the Home Office "
              "guidance; that temporary permits are properly recorded without delay on the "
              "National Firearms Licensing Management System; and that effective systems exist "
              "to ensure certificate holders are not permitted, at any time, to remain in "
              "unlawful possession of a firearm.")
FA_SYSTEMS = ("Within three months, all chief constables should ensure that systems designed to "
              "identify, prior to police attendance, whether a reported incident involves or is "
              "at the address of a firearm certificate holder are in place and are always "
              "applied by staff dispatching officers to incidents; and that officers understand "
              "the risk assessment which they should be undertaking in such circumstances, and "
              "their power, when appropriate, to seize firearms and firearm certificates.")
DIGITAL_FULL = ("By September 2018, chief constables should produce an ambitious plan to improve "
                "digitally-enabled services within their force. The Home Office, National Police "
                "Chiefs' Council and Association of Police and Crime Commissioners should "
                "support the development of these plans by establishing a national framework "
                "which allows for the provision of digitally enabled services across force "
                "boundaries.")
LEG_COC = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop "
           "and search powers is consistently reasonable and fair. In particular, there is "
           "over-representation of BAME people, and black people in particular, in stop and "
           "search data which many forces are unable to explain.")
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
LEG_DISPARITY = ("Where forces identify disparities through monitoring, they should demonstrate "
                 "to the public that they have:\n"
                 "•carried out research and analysis in an attempt to understand the reasons for "
                 "the disparity, and •taken action to reduce the disparity, where necessary;")
LEG_PUBLISH = ("We expect forces to publish this analysis and any actions taken at least on an "
               "annual basis, from July 2018.")
LEG_TRAINING = ("By July 2018, and ongoing following that date, forces should ensure that all "
                "officers who use stop and search powers have been provided with, and "
                "understand, training on unconscious bias and College of Policing APP on stop "
                "and search.")
POW_COMMS = ("By July 2022, forces should ensure that officers and staff have effective "
             "communication skills, in line with the National Policing Guidelines on Conflict "
             "Management. This should be in addition to existing training on conflict "
             "management and de-escalation.")
POW_CPD = ("By July 2021, forces should ensure that communication skills are reinforced as part "
           "of the programme of continuing professional development for officers and staff, and "
           "that supervisors are supported to routinely and frequently debrief officers on "
           "these skills using body-worn video footage.")
BWV_A = ("By September 2021, forces should: ensure that officers record on body-worn video (when "
         "this is available) the entirety of all stop and search encounters, including traffic "
         "stops and use of force incidents.")
BWV_B = ("have a structured process for regularly reviewing and monitoring internally a "
         "sufficient sample of body-worn video footage to identify and disseminate learning and "
         "hold officers to account when behaviour falls below acceptable standards.")
BWV_C = ("provide external scrutiny panel members with access to samples of body-worn video "
         "footage showing stop and search encounters and use of force incidents, taking account "
         "of the safeguards in the College of Policing’s Authorised Professional Practice.")
BWV_2021 = BWV_A + "\n" + BWV_B + "\n" + BWV_C
POW_HO = ("The Home Office and the NPCC should take steps to ensure that the quality of the data "
          "collected on the number of incidents where force has been used to effect a stop and "
          "search is sufficient for publication. The Home Office should publish this data as "
          "soon as possible.")
POW_UOF = ("By July 2021, forces should ensure they have effective internal monitoring processes "
           "on the use of force, to help them to identify and understand disproportionate use, "
           "explain the reasons and implement any necessary improvement action.")
SAS15 = ("Chief constables should, in consultation with police and crime commissioners, ensure "
         "that they comply with the Code of Practice by explaining to the public the way stop "
         "and search powers are used in their areas and by making arrangements for stop and "
         "search records to be scrutinised by community representatives. This should be done in "
         "a way that involves those people who are stopped and searched, for example young "
         "people.")
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed",
]
CDI_STEM = "Within six months the force should put in place arrangements to ensure that:"
CDI_REC = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS) + "."
CUSTODY_CHILDREN = (
    "Within six months Cumbria Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the "
                "control room to fulfil its resourcing model, and so to meet its demand, while "
                "also taking into account the wellbeing of its workforce.")
COC_INVESTIGATE = ("The force does not have the capacity or capability to investigate crime "
                   "effectively and this is affecting the service being provided to the public. "
                   "There are failings in the way that crimes are being investigated.")

# ---------------------------------------------------------------------------------------------
# HMICFRS register: key -> (id, report, published, type, text, status, status date, comment)
# ---------------------------------------------------------------------------------------------
R_CORE = "Core Business: an inspection into crime prevention, police attendance and the use of police time"
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
R_PIC = "Building the picture: an inspection of police information management"
R_FA = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
        "licensing in police forces in England and Wales")
R_EVERY = "Everyone's business: Improving the police response to domestic abuse"
R_STOLEN = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_EFF17 = "PEEL: Police efficiency 2017 (national overview)"
R_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
R_POW = ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
         "force")
R_PEFF17 = "PEEL: Police effectiveness 2017"
R_CDI = "Crime data integrity inspection 2021"
R_CUST = "Report on an unannounced inspection visit to police custody suites 2022"
R_P21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
R_P23 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24"

PUB = {R_CORE: "04/09/2014", R_INTEG: "30/01/2015", R_PIC: "01/07/2015", R_FA: "15/09/2015",
       R_EVERY: "27/03/2014", R_STOLEN: "24/10/2017", R_EFF17: "09/11/2017",
       R_LEG17: "12/12/2017", R_POW: "26/02/2021", R_PEFF17: "22/03/2018", R_CDI: "14/09/2021",
       R_CUST: "23/08/2022", R_P21: "27/05/2022", R_P23: "21/05/2024"}

T_NAT, T_REC, T_AFI, T_COC = ("National recommendation", "Recommendation",
                              "Area for improvement", "Cause of concern")
S_AW, S_BP, S_CO, S_SU = "Awaiting review", "Being progressed", "Complete", "Superseded"
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. "
         "Where a cause of concern still exists this will appear in the register against these "
         "subsequent inspections.")
C_SUP23 = ("Superseded by the areas for improvement in PEEL 2023/24. Where concerns remain these "
           "will appear in the register against the 2023/24 report.")


def afi(body: str) -> str:
    return f"The force should {body}."


H = {  # key: (id, report, type, text, status, status_date, comment)
    "N1": (4822, R_CORE, T_NAT, CORE_THR, S_CO, "18/03/2016", C_DONE),
    "N2": (4823, R_CORE, T_NAT, CORE_PREVENT, S_BP, "11/01/2019", C_MON),
    "N3": (5104, R_INTEG, T_NAT, INTEGRITY, S_BP, "02/05/2019", C_MON),
    "N4": (5391, R_PIC, T_NAT, PICTURE, S_BP, "02/05/2019", C_MON),
    "N5": (5620, R_FA, T_NAT, FA_GOV, S_CO, "27/04/2018", C_DONE),
    "N6": (5621, R_FA, T_NAT, FA_DEMAND, S_BP, "14/02/2023", C_MON),
    "N7": (5622, R_FA, T_NAT, FA_EXPIRED, S_BP, "14/02/2023", C_MON),
    "N8": (5623, R_FA, T_NAT, FA_PERMITS, S_CO, "19/10/2023", C_AUTH),
    "N9": (5624, R_FA, T_NAT, FA_SYSTEMS, S_BP, "14/02/2023", C_MON),
    "N10": (2321, R_EVERY, T_NAT, EVERYONE_PLAN, S_SU, "15/06/2017", C_SUP),
    "N11": (8602, R_STOLEN, T_NAT, SF_LEADERSHIP, S_BP, "07/03/2019", C_MON),
    "N12": (8603, R_STOLEN, T_NAT, MSHT_INTEL_86, S_BP, "07/03/2019", C_MON),
    "N13": (8604, R_STOLEN, T_NAT, S45, S_BP, "07/03/2019", C_MON),
    "N14": (8605, R_STOLEN, T_NAT, NRM, S_CO, "22/02/2024", C_DONE),
    "N15": (8606, R_STOLEN, T_NAT, MSHT_NCRS, S_BP, "07/03/2019", C_MON),
    "N16": (8607, R_STOLEN, T_NAT, MSHT_INVESTIGATE, S_BP, "07/03/2019", C_MON),
    "N17": (8608, R_STOLEN, T_NAT, MSHT_PREVENT, S_SU, "30/06/2022", C_SUP),
    "N18": (8489, R_EFF17, T_NAT, DIGITAL_FULL, S_BP, "21/11/2018", C_MON),
    "N19": (8540, R_LEG17, T_COC, LEG_COC, S_BP, "12/12/2017", C_NEW),
    "N20": (8541, R_LEG17, T_NAT, SAS_MONITORING_2017, S_BP, "09/08/2019", C_MON),
    "N21": (8542, R_LEG17, T_NAT, LEG_DISPARITY, S_BP, "09/08/2019", C_MON),
    "N22": (8543, R_LEG17, T_NAT, LEG_PUBLISH, S_CO, "03/09/2020", C_DONE),
    "N23": (8544, R_LEG17, T_NAT, LEG_TRAINING, S_BP, "09/08/2019", C_MON),
    "N24": (10981, R_POW, T_NAT, POW_COMMS, S_BP, "26/02/2021", C_NEW),
    "N25": (10982, R_POW, T_NAT, POW_CPD, S_CO, "08/12/2023", C_DONE),
    "N26": (10983, R_POW, T_NAT, BWV_2021, S_BP, "26/02/2021", C_NEW),
    "N27": (10985, R_POW, T_NAT, POW_UOF, S_BP, "26/02/2021", C_NEW),
    "F1": (9012, R_PEFF17, T_REC,
           "HMIC recommends that within six months the force should: ensure regular and active "
           "supervision of the quality and progress of investigations. This supervision should "
           "be properly recorded;", S_SU, "21/05/2024", C_SUP23),
    "F2": (9013, R_PEFF17, T_AFI,
           afi("improve its understanding of suspects released under investigation and the "
               "management of those released on bail"), S_CO, "16/01/2024", C_DONE),
    "F3": (11101, R_CDI, T_REC, CDI_REC, S_BP, "10/03/2022", C_MON),
    "F4": (11102, R_CDI, T_REC,
           "Within three months, the force should take steps to ensure it fully complies with "
           "national crime recording standard (NCRS) requirements for offences identified as "
           "modern slavery and human trafficking.", S_BP, "10/03/2022", C_MON),
    "F5": (11103, R_CDI, T_AFI,
           afi("make sure it records reports of stalking and harassment accurately and without "
               "delay"), S_BP, "10/03/2022", C_MON),
    "F6": (12210, R_CUST, T_REC, CUSTODY_CHILDREN, S_BP, "23/08/2022", C_NEW),
    "F8": (12051, R_P21, T_AFI,
           afi("improve its understanding of the nature and scale of county lines drug dealing "
               "in its area"), S_BP, "27/05/2022", C_NEW),
    "F9": (12052, R_P21, T_AFI,
           afi("make sure victims of domestic abuse are kept informed about the progress of their "
               "case, in line with the Code of Practice for Victims of Crime"), S_BP,
           "27/05/2022", C_NEW),
    "F10": (12053, R_P21, T_AFI, CONTROL_ROOM, S_BP, "27/05/2022", C_NEW),
    "F11": (12054, R_P21, T_AFI,
            afi("improve the timeliness of its response to calls for service involving repeat "
                "victims"), S_CO, "15/03/2024", C_DONE),
    "F12": (12055, R_P21, T_AFI,
            afi("make sure investigations of rape and serious sexual offences are allocated to "
                "officers with the right skills and are effectively supervised"), S_BP,
            "27/05/2022", C_NEW),
    "F13": (12056, R_P21, T_AFI,
            afi("improve its use of its crime-recording and management system to better manage "
                "its case files and investigative processes"), S_CO, "21/05/2024", C_AUTH),
    "F14": (12057, R_P21, T_AFI,
            afi("make sure it provides a confidential way for staff to raise concerns and that "
                "staff are aware of whistleblowing processes"), S_BP, "27/05/2022", C_NEW),
    "F15": (12058, R_P21, T_AFI,
            afi("review how it gathers and uses equality and diversity data to improve its "
                "understanding of its workforce demographics"), S_BP, "27/05/2022", C_NEW),
    "F16": (12059, R_P21, T_AFI,
            afi("improve how it works with partner organisations to safeguard people at risk "
                "from child sexual exploitation"), S_BP, "27/05/2022", C_NEW),
    "F17": (12060, R_P21, T_AFI,
            afi("make sure its performance framework gives senior leaders a clear picture of its "
                "response to anti-social behaviour"), S_CO, "21/05/2024", C_AUTH),
    "F18": (12061, R_P21, T_AFI,
            afi("develop a problem-solving approach to rural crime, working with local "
                "communities and partners"), S_BP, "27/05/2022", C_NEW),
    "F19": (12062, R_P21, T_AFI,
            afi("make sure officers and staff have the training they need to identify and "
                "respond to honour-based abuse"), S_BP, "27/05/2022", C_NEW),
    "F20": (12063, R_P21, T_AFI,
            afi("evaluate its work to prevent knife crime and share what works across the force"),
            S_SU, "21/05/2024", C_SUP23),
    "F21": (12064, R_P21, T_AFI,
            afi("ensure all staff have received at least the lowest level of vetting clearance "
                "for their roles as quickly as possible, working to clear both the vetting "
                "backlog and new vetting renewals when they become due so that it complies fully "
                "with the national vetting guidelines"), S_BP, "27/05/2022", C_NEW),
    "F22": (13401, R_P23, T_COC, COC_INVESTIGATE, S_AW, "21/05/2024", C_NEW),
    "F23": (13402, R_P23, T_REC,
            "Within six months the force should improve the supervision of investigations, so "
            "that investigation plans are set, reviewed and recorded and victims receive a "
            "consistently good service.", S_AW, "21/05/2024", C_NEW),
    "F24": (13403, R_P23, T_REC,
            "Within six months the force should improve its ability to retrieve digital evidence "
            "from mobile phones, computers and other electronic devices quickly enough to ensure "
            "investigations are not delayed.", S_AW, "21/05/2024", C_NEW),
    "F25": (13404, R_P23, T_AFI,
            afi("improve its understanding of the nature and scale of fraud in its area"), S_AW,
            "21/05/2024", C_NEW),
    "F26": (13405, R_P23, T_AFI,
            afi("make sure it has enough specialist capacity and capability to investigate "
                "online child sexual abuse"), S_AW, "21/05/2024", C_NEW),
    "F27": (13406, R_P23, T_AFI,
            afi("make sure its analysis of serious and organised crime informs its strategic "
                "assessment and control strategy"), S_AW, "21/05/2024", C_NEW),
    "F28": (13407, R_P23, T_AFI,
            afi("make sure it consistently uses ancillary orders and other powers to protect "
                "victims of stalking and harassment"), S_AW, "21/05/2024", C_NEW),
    "F29": (13408, R_P23, T_AFI,
            afi("improve the way it manages the risk posed by offenders involved in sexual "
                "offences against children"), S_AW, "21/05/2024", C_NEW),
    "F30": (13409, R_P23, T_AFI,
            afi("make sure it provides accessible information for all staff and members of the "
                "public on how they can raise concerns and access confidential support "
                "(including through external agencies)"), S_AW, "21/05/2024", C_NEW),
    "F31": (13410, R_P23, T_AFI,
            afi("put plans in place to monitor, including through the gathering and analysis of "
                "staff feedback, team cultures and provide prompt remedial action for any issues "
                "it identifies"), S_AW, "21/05/2024", C_NEW),
    "F32": (13411, R_P23, T_AFI,
            "The force should develop a future workforce plan that is aligned with its overall "
            "demand and budget. The plan should include future resource allocations, the mix of "
            "skills required by the workforce and behaviours expected of them.", S_AW,
            "21/05/2024", C_NEW),
    "F33": (13412, R_P23, T_AFI,
            afi("improve how it gathers, assesses and acts on intelligence about county lines "
                "drug dealing"), S_AW, "21/05/2024", C_NEW),
}

# ---------------------------------------------------------------------------------------------
# Force side. Each plan row: (hkey or None, category, why, fields...)
# ---------------------------------------------------------------------------------------------
D = dt.date
FY_MONTHS = [D(2024, m, 1) for m in range(4, 13)] + [D(2025, m, 1) for m in range(1, 4)]

WS = {
    1: "WS1  Vulnerability, safeguarding & exploitation  (SRO: Ch Supt Public Protection)",
    2: "WS2  Investigations & crime data integrity  (SRO: ACC Crime)",
    3: "WS3  Custody & criminal justice  (SRO: ACC Local Policing)",
    4: "WS4  Stop & search and use of force  (SRO: ACC Local Policing)",
    5: "WS5  People, culture, vetting & professional standards  (SRO: DCC)",
    6: "WS6  Firearms licensing  (SRO: ACC Local Policing)",
    7: "WS7  Strategy, performance & contact  (SRO: DCC)",
}


def row(hkey, cat, why, ref, report, typ, text, action, sro, owner, start, target, revised,
        rag, status, update, closed=None, merge_top=False, merge_cont=False):
    return dict(hkey=hkey, cat=cat, why=why, ref=ref, report=report, typ=typ, text=text,
                action=action, sro=sro, owner=owner, start=start, target=target,
                revised=revised, rag=rag, status=status, update=update, closed=closed,
                merge_top=merge_top, merge_cont=merge_cont)


PLAN: list = [
    ("WS", 1),
    row("N10", "closeable_local",
        "HMICFRS superseded 2321 in 2017; plan still At risk. Force text has the report's next "
        "paragraphs run on (and stray footnote '20'): same item, no material difference",
        2321, "Everyone's Business (DA) 2014", "Nat rec", EVERYONE_PLAN_RUN_ON,
        "Refresh DA action plan as part of the VAWG delivery plan; consult OPCC, IDVA provider "
        "and victims' panel", "Ch Supt Public Protection", "DI Hewitt (DA lead)",
        D(2023, 10, 2), D(2024, 9, 30), D(2025, 1, 31), "A", "At risk",
        "Draft refreshed plan out to OPCC and commissioned services. Slipped: waiting on learning "
        "from two DHRs due to conclude in December."),
    row("F9", "closeable_submit",
        "HMICFRS Being progressed; force Complete and closed at OLIB 24/07/24",
        12052, "PEEL 21/22", "AFI", H["F9"][3],
        "Monthly VCOP compliance dip-sample; Niche task prompt for victim update at 28 days",
        "ACC Local Policing", "Supt Criminal Justice", D(2023, 6, 1), D(2024, 6, 30), None,
        "G", "Complete",
        "VCOP compliance for DA 91% (Q1) and 93% (Q2). Niche prompts live 03/06/24. Closure "
        "agreed at OLIB.", D(2024, 7, 24)),
    row("F16", "in_sync",
        "No ID on the plan; force's own rewording of 12059 (CSE partnership AFI); open on both",
        None, "PEEL 21/22", "AFI",
        "Improve how we work with partners to safeguard people at risk of CSE",
        "Joint exploitation hub (CSE/CCE) with Cumberland Council and Westmorland & Furness "
        "Council; shared risk tool", "Ch Supt Public Protection", "DCI Safeguarding Hub",
        D(2024, 1, 8), D(2025, 3, 31), None, "G", "On track",
        "Co-location agreed; information sharing agreement signed 12/09/24. Shared risk tool "
        "pilot from January."),
    row("N11", "in_sync",
        "8602 split over two action rows (ID, report, type and text merged down). Row a is "
        "Complete but row b is On track, so the item is open at force level; HMICFRS Being "
        "progressed",
        8602, "Stolen Freedom (MSHT) 2017", "Nat rec", SF_LEADERSHIP,
        "Bullets 1 & 2: MSHT gold group chaired by D/Supt Serious Crime; all MSHT crimes "
        "allocated through Serious Crime triage", "ACC Crime", "D/Supt Serious Crime",
        D(2023, 9, 1), D(2024, 6, 30), None, "G", "Complete",
        "Gold group ToR agreed; allocation policy published 14/05/24.", D(2024, 5, 22),
        merge_top=True),
    row("N11", "in_sync",
        "Second action row of 8602 (bullets 3 & 4), On track: the item stays open; HMICFRS Being "
        "progressed",
        None, None, None, None,
        "Bullets 3 & 4: relaunch Cumbria Anti-Slavery Network; MSHT performance and QA measures "
        "into the monthly Force Performance pack", "ACC Crime", "MSHT coordinator",
        D(2024, 4, 1), D(2025, 2, 28), None, "G", "On track",
        "Network relaunch event 19/11/24. Performance measures drafted with Analysis team."),
    row("N12", "conflict",
        "Timescale differs: HMICFRS 'Within six months', force text 'Within 12 months' "
        "(abbreviated copy). Open on both",
        8603, "Stolen Freedom (MSHT) 2017", "Nat rec",
        "Within 12 months, forces should have in place active ISAs with other agencies to "
        "facilitate speedy exchange of intelligence & in order to safeguard victims better & to "
        "identify suspects as early as possible",
        "MSHT information sharing agreement with Border Force, GLAA, both councils and NHS North "
        "Cumbria", "ACC Crime", "Head of Intelligence", D(2024, 2, 1), D(2024, 12, 31), None,
        "G", "On track", "Border Force and GLAA signed. Councils at legal review."),
    row("N13", "closeable_submit", "HMICFRS Being progressed; force Complete, closed at OLIB",
        8604, "Stolen Freedom (MSHT) 2017", "Nat rec", S45,
        "s45 defence guidance for custody and investigators; early NRM referral flag on Niche",
        "ACC Crime", "Head of Criminal Justice", D(2024, 1, 15), D(2024, 6, 30), None, "G",
        "Complete", "Guidance issued; CPS liaison agreed. Closed at OLIB June.",
        D(2024, 6, 26)),
    row("N16", "closeable_submit",
        "HMICFRS Being progressed; force 'Awaiting HMICFRS closure' (evidence sent to FLL) = "
        "force done. Force text abbreviated (MSHT, &, JITs) but complete",
        8607, "Stolen Freedom (MSHT) 2017", "Nat rec",
        "Immediately, forces should ensure allegations or indications of MSHT are thoroughly "
        "investigated & effectively supervised by teams & individuals with the skills & "
        "experience to undertake them (this should include the use where appropriate of JITs & "
        "other means to obtain intelligence & evidence from agencies overseas)",
        "All MSHT crimes allocated to Serious Crime Team; supervisory review at 7 and 28 days",
        "ACC Crime", "D/Supt Serious Crime", D(2023, 11, 1), D(2024, 9, 30), None, "G",
        "Awaiting HMICFRS closure", "Evidence pack sent to FLL 02/10/24.", D(2024, 9, 18)),
    row("N17", "closeable_local",
        "HMICFRS Superseded (30/06/2022); force still On track",
        8608, "Stolen Freedom (MSHT) 2017", "Nat rec", MSHT_PREVENT,
        "Review use of Slavery & Trafficking Prevention / Risk Orders with Legal Services",
        "ACC Crime", "DI Serious Crime", D(2024, 4, 1), D(2025, 3, 31), None, "G", "On track",
        "2 STROs obtained in 2024. Legal Services guide in draft."),
    row(None, "not_on_hmicfrs_list",
        "Force's own action (Type 'Force action', no ID); not an HMICFRS item",
        None, "Local", "Force action",
        "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the "
        "Crime Standards Board", "Quarterly dip-samples by DA review team",
        "Ch Supt Public Protection", "DA review team", D(2024, 4, 1), D(2025, 3, 31), None, "G",
        "On track", "Q1 and Q2 samples done; findings to CSB 16/10/24."),
    ("WS", 2),
    row("F22", "in_sync", "Cause of concern tracked as its own row; open on both (Awaiting review)",
        13401, "PEEL 2023/24", "CoC", COC_INVESTIGATE,
        "Investigation Standards Improvement Plan: gold group chaired by ACC Crime, fortnightly "
        "to Chief Officer Group", "ACC Crime", "D/Supt Crime Standards", D(2024, 6, 3),
        D(2025, 5, 31), None, "A", "At risk",
        "Plan agreed with HMICFRS FLL 11/07/24. 4 of 11 milestones met."),
    row("F23", "in_sync", "Open on both; revised target only",
        13402, "PEEL 2023/24", "Rec", H["F23"][3],
        "Investigation plan template mandated on Niche; weekly supervisor review compliance",
        "ACC Crime", "D/Supt Crime Standards", D(2024, 6, 3), D(2024, 11, 30), D(2025, 1, 31),
        "G", "On track", "Template live 01/09/24; compliance 64% and rising."),
    row("F24", "conflict",
        "Reference differs: plan says 13430, HMICFRS 13403 (same report and text; 13430 is not "
        "on the list). Open on both",
        13430, "PEEL 2023/24", "Rec", H["F24"][3],
        "Digital Forensic Unit backlog recovery: kiosks in all hubs; outsourcing contract",
        "ACC Crime", "Head of Digital Forensics", D(2024, 6, 3), D(2024, 11, 30), None, "R",
        "Off track", "Backlog 412 devices (was 530). Outsourcing contract delayed by "
        "procurement."),
    row("F25", "conflict",
        "Type differs: HMICFRS Area for improvement, plan 'Rec'. Open on both",
        13404, "PEEL 2023/24", "Rec", H["F25"][3],
        "Fraud problem profile; review of Action Fraud disseminations", "ACC Crime",
        "Economic Crime Unit", D(2024, 7, 1), D(2025, 3, 31), None, "G", "On track",
        "Profile commissioned from Analysis."),
    row("F26", "in_sync", "Abridged force wording of 13405; open on both",
        13405, "PEEL 2023/24", "AFI",
        "Enough specialist capacity & capability to investigate online CSA",
        "POLIT uplift (+3 DCs); triage of NCA referrals within 24 hrs", "ACC Crime",
        "DI POLIT", D(2024, 7, 1), D(2025, 3, 31), None, "G", "On track",
        "2 DCs in post, 1 at vetting."),
    row("F27", "in_sync",
        "Blank status, RAG and dates, 'Awaiting allocation' = open; HMICFRS Awaiting review",
        13406, "PEEL 2023/24", "AFI", H["F27"][3], None, "ACC Crime", None, None, None, None,
        None, None, "Awaiting allocation."),
    row("F8", "in_sync", "Open on both (status written 'on track' in lower case)",
        12051, "PEEL 21/22", "AFI", H["F8"][3],
        "County lines profile refresh with NWROCU; Op Horizon intelligence requirement",
        "ACC Crime", "Head of Intelligence", D(2023, 4, 3), D(2024, 12, 31), None, "G",
        "on track", "Profile refresh due at December tasking."),
    row("F33", "closeable_submit",
        "Force closed its entry locally ('Closed – merged with 12051', closed at OLIB) = force "
        "done; HMICFRS Awaiting review. Submit/evidence needed",
        13412, "PEEL 2023/24", "AFI", H["F33"][3],
        "Merged with 12051 (county lines): single delivery plan", "ACC Crime",
        "Head of Intelligence", D(2024, 6, 3), D(2024, 8, 31), None, None,
        "Closed – merged with 12051", "Merged at OLIB 21/08/24; see 12051.", D(2024, 8, 21)),
    row(None, "not_on_hmicfrs_list",
        "Force's own action; resembles 12051 but is a local action with no ID",
        None, "Local", "Force action",
        "Refresh the county lines drug dealing problem profile and add it to the control "
        "strategy", "Intelligence requirement issued to NPTs", "ACC Crime",
        "Head of Intelligence", D(2024, 4, 1), D(2024, 12, 31), None, "G", "On track",
        "Draft to December tasking."),
    row("F1", "closeable_local",
        "HMICFRS Superseded (by PEEL 2023/24); plan still At risk. Misspelling 'supervison' only",
        9012, "PEEL Eff 17", "Rec",
        "HMIC recommends that within six months the force should: ensure regular and active "
        "supervison of the quality and progress of investigations. This supervision should be "
        "properly recorded;",
        "Covered by the Investigation Standards Improvement Plan (see 13401 / 13402)",
        "ACC Crime", "D/Supt Crime Standards", D(2018, 5, 1), D(2019, 3, 31), D(2025, 3, 31),
        "A", "At risk", "Carried forward each year. Propose to close once 13402 is delivered."),
    row("F13", "closeable_local",
        "HMICFRS Complete (authorised for closure 21/05/2024); plan At risk",
        12056, "PEEL 21/22", "AFI", H["F13"][3],
        "Niche case file module optimisation (Niche RMS upgrade 2024)", "ACC Crime",
        "Head of Information Management", D(2023, 9, 1), D(2024, 10, 31), D(2025, 2, 28), "A",
        "At risk", "Upgrade slipped to February."),
    row("F3", "closeable_submit",
        "11101 split by bullets; row a (bullets 1-2) Complete. Both rows done so the item is "
        "done; HMICFRS Being progressed",
        11101, "CDI 2021", "Rec",
        CDI_STEM + " • " + CDI_BULLETS[0] + " • " + CDI_BULLETS[1],
        "Contact Centre: NCRS refresher for call handlers; incident log QA", "ACC Crime",
        "Force Crime Registrar", D(2023, 9, 1), D(2024, 3, 31), None, "G", "Complete",
        "Incident log QA 96% compliant.", D(2024, 4, 17)),
    row("F3", "closeable_submit",
        "11101 row b (bullets 3-5), 'COMPLETE' with OLIB date; item done on the force side, "
        "HMICFRS Being progressed",
        11101, "CDI 2021", "Rec",
        "• " + CDI_BULLETS[2] + "\n• " + CDI_BULLETS[3] + "\n• " + CDI_BULLETS[4],
        "Crime Management Unit: multiple-crime audit; online reporting triage SOP", "ACC Crime",
        "Force Crime Registrar", D(2023, 9, 1), D(2024, 9, 30), None, "G", "COMPLETE",
        "FCR audit Aug 24: 94% accuracy. SOP published.", D(2024, 10, 16)),
    row("F4", "in_sync",
        "CDI 11102 (force-level NCRS/MSHT rec); not the national 8606 though wording overlaps. "
        "Open on both",
        11102, "CDI 2021", "Rec", H["F4"][3],
        "FCR quarterly audit of MSHT incidents", "ACC Crime", "Force Crime Registrar",
        D(2024, 4, 1), D(2025, 3, 31), None, "G", "On track", "Q1 audit 88%, Q2 91%."),
    row("N15", "in_sync",
        "National 8606 (NCRS + audit capacity); Not started = open; HMICFRS Being progressed",
        8606, "Stolen Freedom (MSHT) 2017", "Nat rec", MSHT_NCRS,
        "Additional auditor post in FCR team", "ACC Crime", "Force Crime Registrar",
        D(2024, 10, 1), D(2025, 6, 30), None, "R", "Not started",
        "Post not funded in 24/25 budget; bid for 25/26."),
    row("F5", "conflict",
        "Report differs: plan files it under 'PEEL 21/22', HMICFRS under Crime data integrity "
        "inspection 2021 (same text, same ID). Open on both",
        11103, "PEEL 21/22", "AFI", H["F5"][3],
        "Stalking & harassment recording audit; S&H SPOC in each CMU", "ACC Crime",
        "Force Crime Registrar", D(2024, 1, 8), D(2024, 12, 31), None, "G", "On track",
        "Audit in progress."),
    row("F12", "closeable_submit",
        "HMICFRS Being progressed; force 'Submitted for closure' with OLIB date = done. Force "
        "text abbreviated (RASSO, &)",
        12055, "PEEL 21/22", "AFI",
        "Make sure RASSO investigations are allocated to officers with the right skills & are "
        "effectively supervised",
        "Op Soteria Bluestone: dedicated RASSO teams in each area", "ACC Crime",
        "D/Supt Public Protection", D(2023, 4, 3), D(2024, 9, 30), None, "G",
        "Submitted for closure", "Submitted to FLL 04/10/24.", D(2024, 9, 25)),
    ("WS", 3),
    row("F6", "in_sync", "Open on both", 12210, "Custody 2022", "Rec", CUSTODY_CHILDREN,
        "Children in custody protocol with both councils; PACE bed audit; appropriate adult "
        "contract review", "ACC Local Policing", "Ch Insp Custody", D(2023, 1, 9),
        D(2024, 3, 31), D(2025, 3, 31), "A", "At risk",
        "Protocol signed by Cumberland; Westmorland & Furness still to sign."),
    row(None, "not_on_hmicfrs_list",
        "Local action from the ICV panel, not an HMICFRS item",
        None, "Local", "Force action",
        "Replace CCTV in Workington custody suite (ICV panel concern)",
        "Estates capital bid", "ACC Local Policing", "Ch Insp Custody", D(2024, 9, 2),
        D(2025, 3, 31), None, "G", "On track", "Capital bid approved 10/10/24."),
    ("WS", 4),
    row("N20", "conflict",
        "Missing bullet: force text stops after find rates; the third bullet (possession-only "
        "drug searches) is gone. Single row, not a split. Open on both",
        8541, "PEEL Legit 17 S&S", "Nat rec",
        "By July 2018, all police forces across England and Wales should be regularly and "
        "frequently monitoring a comprehensive set of data and information on use of stop and "
        "search powers to understand:\n•the reasons for any disproportionate representation of "
        "different ethnic groups in the use of stop and search; •the extent to which find rates "
        "differ between people from different ethnicities, and across different types of "
        "searches (including separate identification of find rates for drug possession and "
        "supply-type offences).",
        "S&S scrutiny dashboard (Power BI): disproportionality and find rates by ethnicity",
        "ACC Local Policing", "Supt Operations", D(2024, 2, 1), D(2024, 12, 31), None, "G",
        "On track", "Dashboard in test."),
    row("N21", "closeable_submit", "HMICFRS Being progressed; force Complete",
        8542, "PEEL Legit 17 S&S", "Nat rec", LEG_DISPARITY,
        "Annual disproportionality report published on force website", "ACC Local Policing",
        "Supt Operations", D(2024, 4, 1), D(2024, 6, 30), None, "G", "Complete",
        "Published 20/06/24.", D(2024, 6, 26)),
    row("N22", "in_sync",
        "'Moved to BAU' with OLIB date = force done; HMICFRS Complete. Closed on both",
        8543, "PEEL Legit 17 S&S", "Nat rec", LEG_PUBLISH,
        "Annual publication now BAU through Performance team", "ACC Local Policing",
        "Head of Performance", D(2024, 4, 1), D(2024, 6, 30), None, "G", "Moved to BAU",
        "BAU from 2024.", D(2024, 5, 22)),
    row("N23", "in_sync", "Open on both", 8544, "PEEL Legit 17 S&S", "Nat rec", LEG_TRAINING,
        "Unconscious bias and S&S APP: mandatory NCALT module plus CPD day", "ACC Local Policing",
        "Head of Learning & Development", D(2024, 4, 1), D(2025, 3, 31), None, "G", "On track",
        "NCALT completion 87%."),
    row("N24", "in_sync", "Open on both", 10981, "Police powers spotlight (Feb 21)", "Nat rec",
        POW_COMMS, "Conflict management and communication skills in OST refresher",
        "ACC Local Policing", "Head of Learning & Development", D(2023, 4, 3), D(2024, 7, 31),
        D(2025, 3, 31), "A", "At risk", "OST refresher capacity limited; 58% trained."),
    row("N25", "closeable_local",
        "HMICFRS Complete (08/12/2023); force 'On track ' (trailing space) = open",
        10982, "Police powers spotlight (Feb 21)", "Nat rec", POW_CPD,
        "BWV debrief guidance for sergeants; CPD module", "ACC Local Policing",
        "Head of Learning & Development", D(2024, 4, 1), D(2025, 3, 31), None, "G", "On track ",
        "Guidance drafted."),
    row("N26", "in_sync",
        "10983 split into (a)(b)(c) rows, one per part. (a) Complete, (b) On track, (c) Complete: "
        "item open at force level; HMICFRS Being progressed",
        "10983 (a)", "Police powers spotlight (Feb 21)", "Nat rec", BWV_A,
        "BWV activation policy for all S&S and UoF", "ACC Local Policing", "Supt Operations",
        D(2024, 1, 8), D(2024, 5, 31), None, "G", "Complete", "Policy live.", D(2024, 5, 22)),
    row("N26", "in_sync", "10983 (b) On track: item open; HMICFRS Being progressed",
        "10983 (b)", "Police powers spotlight (Feb 21)", "Nat rec", BWV_B,
        "Monthly supervisory BWV review sample (10 per sergeant)", "ACC Local Policing",
        "Supt Operations", D(2024, 4, 1), D(2025, 3, 31), None, "G", "On track",
        "Sampling started July."),
    row("N26", "in_sync", "10983 (c) Complete, but (b) open so item open; HMICFRS Being progressed",
        "10983 (c)", "Police powers spotlight (Feb 21)", "Nat rec", BWV_C,
        "Scrutiny panel BWV viewing sessions", "ACC Local Policing", "OPCC / Supt Operations",
        D(2024, 4, 1), D(2024, 9, 30), None, "G", "Complete", "Quarterly sessions running.",
        D(2024, 8, 21)),
    row(None, "not_on_hmicfrs_list",
        "10984 is addressed to the Home Office and NPCC; HMICFRS does not hold it against the "
        "force. Query with HMICFRS / not the force's to deliver",
        10984, "Police powers spotlight (Feb 21)", "Nat rec", POW_HO,
        "Monitor: NPCC lead. Force data quality check of UoF forms", "ACC Local Policing",
        "Head of Performance", D(2024, 4, 1), D(2025, 3, 31), None, "G", "On track",
        "Watching brief."),
    row(None, "not_on_hmicfrs_list", "Force's own action",
        None, "Local", "Force action",
        "Add stop and search measures to the monthly Force Performance pack",
        "Performance team", "ACC Local Policing", "Head of Performance", D(2024, 4, 1),
        D(2024, 7, 31), None, "G", "Complete", "In pack from July.", D(2024, 7, 24)),
    ("WS", 5),
    row("N3", "in_sync", "Abbreviated force wording (CCs, NFA, &); open on both",
        5104, "Integrity Matters 2015", "Nat rec",
        "By 31/08/2015 all CCs should satisfy themselves they have processes in place to ensure "
        "investigations into misconduct by officers & staff resulting in 'NFA' are fair & free "
        "of any form of discrimination",
        "PSD disproportionality review of NFA outcomes with staff networks", "DCC",
        "Head of Professional Standards", D(2024, 4, 1), D(2025, 3, 31), None, "G", "On track",
        "Review scoped with staff networks."),
    row("F14", "in_sync", "Open on both", 12057, "PEEL 21/22", "AFI", H["F14"][3],
        "Confidential reporting line relaunch", "DCC", "Head of Professional Standards",
        D(2023, 10, 2), D(2024, 12, 31), None, "G", "On track", "Relaunch comms in November."),
    row("F21", "in_sync", "Open on both", 12064, "PEEL 21/22", "AFI", H["F21"][3],
        "Vetting Unit backlog recovery: temporary resource", "DCC", "Force Vetting Manager",
        D(2022, 9, 1), D(2024, 3, 31), D(2025, 3, 31), "A", "At risk",
        "Backlog 310 (was 520)."),
    row("F30", "closeable_submit",
        "ID shown as 'tbc'; text is 13409 verbatim. Force Complete; HMICFRS Awaiting review",
        "tbc", "PEEL 2023/24", "AFI", H["F30"][3],
        "Intranet and public web pages on raising concerns; Easy Read version", "DCC",
        "Head of Corporate Communications", D(2024, 7, 1), D(2024, 10, 31), None, "G",
        "Complete", "Pages live 28/10/24.", D(2024, 10, 30)),
    row("F31", "in_sync", "Open on both", 13410, "PEEL 2023/24", "AFI", H["F31"][3],
        "Quarterly pulse survey and team culture dashboard", "DCC", "Director of People",
        D(2024, 7, 1), D(2025, 3, 31), None, "G", "On track", "First pulse survey closed."),
    row("F32", "in_sync", "Open on both", 13411, "PEEL 2023/24", "AFI", H["F32"][3],
        "Strategic Workforce Plan 2025-28", "DCC", "Director of People", D(2024, 7, 1),
        D(2025, 3, 31), None, "A", "At risk", "Dependent on budget settlement."),
    row(None, "not_on_hmicfrs_list", "Internal audit action, not an HMICFRS item",
        None, "Local", "Internal audit",
        "Internal audit of the vetting governance arrangements (audit plan 2023/24)",
        "Audit fieldwork and management response", "DCC", "Force Vetting Manager",
        D(2024, 2, 1), D(2024, 6, 30), None, "G", "Complete",
        "Reasonable assurance; 3 medium actions.", D(2024, 7, 24)),
    ("WS", 6),
    row("N6", "in_sync", "Open on both", 5621, "Firearms licensing 2015", "Nat rec", FA_DEMAND,
        "FEL demand model; 4 additional enquiry officers", "ACC Local Policing",
        "Supt Firearms Licensing", D(2023, 4, 3), D(2024, 9, 30), D(2025, 3, 31), "A",
        "At risk", "Renewals backlog 640."),
    row("N8", "closeable_local",
        "HMICFRS Complete (authorised for closure 19/10/2023); plan On track",
        5623, "Firearms licensing 2015", "Nat rec", FA_PERMITS,
        "Temporary permit audit on NFLMS", "ACC Local Policing", "Supt Firearms Licensing",
        D(2024, 4, 1), D(2024, 12, 31), None, "G", "On track", "Audit 60% complete."),
    row("N9", "closeable_submit",
        "Status cell blank, but 'Closed at OLIB' 17/09/24, ✓ in Sep-24 and update 'Closed at "
        "OLIB' = force done; HMICFRS Being progressed. Force text abbreviated (3 months, CCs, &) "
        "but complete",
        5624, "Firearms licensing 2015", "Nat rec",
        "Within 3 months, all CCs should ensure systems to identify, prior to police attendance, "
        "whether a reported incident involves or is at the address of a firearm certificate "
        "holder are in place & always applied by staff dispatching officers to incidents; & that "
        "officers understand the risk assessment they should be undertaking in such "
        "circumstances, & their power, when appropriate, to seize firearms & certificates",
        "STORM warning marker for certificate holders; control room briefing",
        "ACC Local Policing", "Supt Contact Centre", D(2024, 4, 1), D(2024, 9, 30), None, None,
        None, "Markers live on STORM 02/09/24. Closed at OLIB Sept.", D(2024, 9, 17)),
    row(None, "not_on_hmicfrs_list", "Force's own action",
        None, "Local", "Force action",
        "Task & Finish group to review the firearms licensing policy and report to the Force "
        "Executive Team", "T&F group", "ACC Local Policing", "Supt Firearms Licensing",
        D(2024, 6, 3), D(2024, 12, 31), None, "G", "On track", "Draft policy to FET December."),
    ("WS", 7),
    row("N2", "closeable_submit", "HMICFRS Being progressed; force Complete",
        4823, "Core business 2014", "Nat rec", CORE_PREVENT,
        "Prevention activity recorded on Niche 'Prevention' task; evaluation framework with "
        "Problem Solving Hub", "DCC", "Head of Corporate Development", D(2023, 10, 2),
        D(2024, 6, 30), None, "G", "Complete", "Framework live.", D(2024, 7, 24)),
    row("N18", "in_sync", "Open on both", 8489, "PEEL Efficiency 17 (all forces)", "Nat rec",
        DIGITAL_FULL, "Digital Policing Strategy 2024-27; Single Online Home services", "DCC",
        "Head of ICT", D(2023, 4, 3), D(2024, 6, 30), D(2025, 3, 31), "R", "Off track",
        "Strategy not yet approved by COG."),
    row("F10", "in_sync", "Open on both", 12053, "PEEL 21/22", "AFI", CONTROL_ROOM,
        "Contact Centre resourcing model review; 12 additional call handlers", "DCC",
        "Supt Contact Centre", D(2022, 9, 1), D(2024, 3, 31), D(2025, 3, 31), "R", "Off track",
        "999 answer within 10s: 78% (target 90%)."),
    row("F17", "closeable_local",
        "HMICFRS Complete (21/05/2024); force 'Deferred to 25/26' = open. Force rewording",
        12060, "PEEL 21/22", "AFI",
        "Performance framework to give senior leaders a clear picture of ASB response",
        "ASB measures in the Force Performance pack", "DCC", "Head of Performance",
        D(2024, 4, 1), D(2024, 12, 31), D(2025, 9, 30), "R", "Deferred to 25/26",
        "Deferred pending new performance framework."),
    row("F18", "closeable_submit", "HMICFRS Being progressed; force Complete",
        12061, "PEEL 21/22", "AFI", H["F18"][3],
        "Rural Crime Team problem-solving plans; Farmwatch", "DCC", "Insp Rural Crime",
        D(2023, 6, 1), D(2024, 6, 30), None, "G", "Complete", "All plans in place.",
        D(2024, 6, 26)),
    row("F20", "closeable_local", "HMICFRS Superseded (by PEEL 2023/24); force On track",
        12063, "PEEL 21/22", "AFI", H["F20"][3],
        "Evaluation of knife crime prevention (Op Sceptre weeks)", "DCC",
        "Head of Corporate Development", D(2024, 4, 1), D(2025, 3, 31), None, "G", "On track",
        "Evaluation with university partner."),
    row(None, "not_on_hmicfrs_list", "Force's own action about its tracking process",
        None, "Local", "Force action",
        "New HMICFRS recommendations monitoring process: single owner per item, evidence folder "
        "on SharePoint, monthly OLIB review", "Strategic Planning & Improvement Unit", "DCC",
        "Head of Corporate Development", D(2024, 4, 1), D(2024, 6, 30), None, "G", "Complete",
        "Live from June.", D(2024, 6, 26)),
]

ARCHIVE: list = [
    # (hkey, cat, why, ref, report, type, text, what we did, sro, status, closed, submitted)
    ("N4", "closeable_submit", "Archive: force Complete in 2023/24; HMICFRS still Being progressed",
     5391, "Building the Picture 2015", "Nat rec", PICTURE,
     "Information Management Board scrutinises MoPI audit results quarterly", "DCC",
     "Complete", D(2023, 11, 22), "No"),
    ("N5", "in_sync", "Archive: force Complete; HMICFRS Complete",
     5620, "Firearms licensing 2015", "Nat rec", FA_GOV,
     "APP governance self-assessment; FEL governance board", "ACC Local Policing", "Complete",
     D(2023, 7, 26), "Yes - 01/08/23"),
    ("N14", "in_sync", "Archive: force Complete; HMICFRS Complete (22/02/2024)",
     8605, "Stolen Freedom (MSHT) 2017", "Nat rec", NRM,
     "NRM / duty to notify process audited; MSHT SPOC checks", "ACC Crime", "Complete",
     D(2024, 1, 24), "Yes - 30/01/24"),
    ("N27", "closeable_submit", "Archive: force Complete; HMICFRS Being progressed",
     10985, "Police powers spotlight (Feb 21)", "Nat rec", POW_UOF,
     "Use of force monitoring in S&S scrutiny dashboard", "ACC Local Policing", "Complete",
     D(2024, 2, 28), "Yes - 06/03/24"),
    ("F2", "in_sync", "Archive: force Complete; HMICFRS Complete",
     9013, "PEEL Eff 17", "AFI",
     "Improve understanding of suspects released under investigation (RUI) and management of "
     "those on bail", "RUI/bail management review; daily bail management meeting", "ACC Crime",
     "Complete", D(2023, 9, 27), "Yes - 04/10/23"),
    ("F11", "in_sync", "Archive: force Complete; HMICFRS Complete",
     12054, "PEEL 21/22", "AFI", H["F11"][3],
     "Repeat victim flag on STORM; priority grading rule", "DCC", "Complete",
     D(2023, 12, 13), "Yes - 20/12/23"),
    ("F15", "closeable_submit", "Archive: force Complete; HMICFRS Being progressed",
     12058, "PEEL 21/22", "AFI", H["F15"][3],
     "Equality data self-declaration campaign; workforce dashboard", "DCC", "Complete",
     D(2024, 3, 27), "No"),
    (None, "not_on_hmicfrs_list",
     "Archive: Stop and search 2 (2015) item 6110 is not on the force's HMICFRS list. Query "
     "with HMICFRS",
     6110, "Stop and Search 2 (2015)", "Nat rec", SAS15,
     "S&S scrutiny panel with young people's representation; public S&S data page", "ACC Local "
     "Policing", "Complete", D(2023, 10, 25), "Yes - 01/11/23"),
]

MISSING = {
    "N1": "On the HMICFRS list (closed Complete 2016) but on neither tab of the plan; the "
          "archive tab only holds items closed in 2023/24",
    "N7": "Firearms 'total expired' records recommendation: not on the plan",
    "N19": "PEEL legitimacy 2017 cause of concern: the force tracks the recommendations only",
    "F19": "PEEL 21/22 honour-based abuse training AFI: not on the plan",
    "F28": "PEEL 2023/24 stalking ancillary orders AFI: only mentioned in a note under the "
           "table ('to be added after OLIB'), no row",
    "F29": "PEEL 2023/24 offenders/sexual offences against children AFI: only mentioned in the "
           "note under the table, no row",
}

# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------
FIXED_ZIP_TIME = (2024, 11, 14, 16, 42, 0)
FIXED_ISO = "2024-11-14T16:42:00Z"


def normalise_xlsx(path: Path) -> None:
    """Make the xlsx byte-reproducible: fixed document timestamps and zip entry times."""
    src = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(src))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2019-04-03T09:12:00Z\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{FIXED_ISO}\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build_hmicfrs(truth_h: dict) -> None:
    items = sorted(H.items(), key=lambda kv: kv[1][0])
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["ID", "Force", "Report title", "Date published", "Type", "Recommendation",
                "Status", "Status date", "Latest comment"])
    for i, (key, (hid, rep, typ, text, st, sdate, com)) in enumerate(items):
        w.writerow([hid, FORCE, rep, PUB[rep], typ, text, st, sdate, com])
        truth_h[key] = f"hmicfrs.csv!{i + 2}"
    (CASE / "hmicfrs.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))


THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
F_TITLE = Font(name="Arial", size=14, bold=True, color="1F3864")
F_HDR = Font(name="Arial", size=9, bold=True, color="FFFFFF")
F_BODY = Font(name="Arial", size=9)
F_WS = Font(name="Arial", size=10, bold=True, color="FFFFFF")
FILL_HDR = PatternFill("solid", fgColor="1F3864")
FILL_HDR2 = PatternFill("solid", fgColor="2F5597")
FILL_WS = PatternFill("solid", fgColor="44546A")
FILL_PLAN = PatternFill("solid", fgColor="BDD7EE")
FILL_DONE = PatternFill("solid", fgColor="A9D08E")
FILL_RAG = {"G": PatternFill("solid", fgColor="00B050"), "A": PatternFill("solid", fgColor="FFC000"),
            "R": PatternFill("solid", fgColor="FF0000")}
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="top")

PLAN_HEAD = ["HMICFRS ID", "Report", "Type", "HMICFRS recommendation / AFI", "Action(s) to deliver",
             "SRO", "Action owner", "Start", "Target\ndate", "Revised\ntarget"]
PLAN_TAIL = ["RAG", "Status", "Latest update (Nov 24)", "Closed at\nOLIB"]
NCOL = len(PLAN_HEAD) + 12 + len(PLAN_TAIL)  # 26
C_MONTH0 = len(PLAN_HEAD) + 1  # column K
C_RAG = C_MONTH0 + 12
C_STATUS, C_UPDATE, C_CLOSED = C_RAG + 1, C_RAG + 2, C_RAG + 3


def month_end(d: dt.date) -> dt.date:
    nxt = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def paint_gantt(ws, r: int, it: dict) -> None:
    start, end = it["start"], it["revised"] or it["target"]
    closed = it["closed"]
    for k, m in enumerate(FY_MONTHS):
        c = ws.cell(r, C_MONTH0 + k)
        c.alignment = CENTRE
        c.border = BOX
        if start is None:
            continue
        stop = closed or end
        if stop is not None and start <= month_end(m) and stop >= m:
            c.fill = FILL_DONE if closed else FILL_PLAN
        mark = None
        if k == 0 and start < FY_MONTHS[0]:
            mark = "◄"
        if closed and closed.year == m.year and closed.month == m.month:
            mark = "✓"
        elif not closed and end and end.year == m.year and end.month == m.month:
            mark = "◆"
        if k == 11 and not closed and end and end > month_end(m):
            mark = "►"
        if mark:
            c.value = mark


def build_tracker(truth_f: list) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 24-25"
    sheet = ws.title
    ws["A1"] = "Cumbria Constabulary – HMICFRS Improvement Delivery Plan 2024/25"
    ws["A1"].font = F_TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=10)
    ws["A2"] = ("Strategic Planning & Improvement Unit  |  Governance: Organisational Learning & "
                "Improvement Board (OLIB), monthly; Joint Audit & Standards Committee, quarterly  "
                "|  v7.3  updated 14/11/2024")
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=16)
    # row 3 blank; row 4 group header; row 5 header
    groups = [(1, 4, "HMICFRS item"), (5, 10, "Delivery"), (C_MONTH0, C_MONTH0 + 11,
              "Delivery timeline 2024/25"), (C_RAG, C_CLOSED, "Progress")]
    for a, b, label in groups:
        ws.cell(4, a, label)
        ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
        for col in range(a, b + 1):
            ws.cell(4, col).fill = FILL_HDR
            ws.cell(4, col).font = F_HDR
            ws.cell(4, col).alignment = Alignment(horizontal="center")
    heads = PLAN_HEAD + FY_MONTHS + PLAN_TAIL
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = F_HDR
        c.fill = FILL_HDR2
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        if isinstance(h, dt.date):
            c.number_format = "mmm-yy"
    ws.row_dimensions[5].height = 28
    r = 6
    merge_from = None
    for entry in PLAN:
        if isinstance(entry, tuple):
            ws.cell(r, 1, WS[entry[1]])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NCOL)
            ws.cell(r, 1).font = F_WS
            for col in range(1, NCOL + 1):
                ws.cell(r, col).fill = FILL_WS
            r += 1
            continue
        it = entry
        vals = [it["ref"], it["report"], it["typ"], it["text"], it["action"], it["sro"],
                it["owner"], it["start"], it["target"], it["revised"]]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.font = F_BODY
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        paint_gantt(ws, r, it)
        c = ws.cell(r, C_RAG, it["rag"])
        c.alignment = CENTRE
        c.border = BOX
        c.font = Font(name="Arial", size=9, bold=True)
        if it["rag"]:
            c.fill = FILL_RAG[it["rag"]]
        for col, v in ((C_STATUS, it["status"]), (C_UPDATE, it["update"]),
                       (C_CLOSED, it["closed"])):
            c = ws.cell(r, col, v)
            c.font = F_BODY
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        if it["merge_top"]:
            merge_from = r
        if it["merge_cont"] or (merge_from is not None and it["ref"] is None
                                and it["hkey"] == "N11" and r == merge_from + 1):
            for col in range(1, 5):
                ws.merge_cells(start_row=merge_from, start_column=col, end_row=r, end_column=col)
            merge_from = None
        truth_f.append((it["hkey"], f"{sheet}!{r}", it["cat"], it["why"]))
        r += 1
    last_item = r - 1
    r += 1
    notes = [
        "Key:  shaded = planned activity   ◄ carried forward from the 2023/24 plan   ◆ target "
        "month   ✓ closed at OLIB   ► continues into 2025/26",
        "RAG = confidence of delivery by the (revised) target date: G on track, A at risk, "
        "R off track. Completion is recorded in the Status column and the OLIB date.",
        "NB  PEEL 2023/24 AFIs on stalking (ancillary orders) and on managing offenders "
        "(sexual offences against children) to be added after OLIB 28/11/24 – owners not yet "
        "agreed.",
        "Items closed at OLIB in 2023/24 are on the 'Delivered 23-24' tab.",
    ]
    for n in notes:
        ws.cell(r, 1, n).font = Font(name="Arial", size=8, italic=True)
        r += 1
    widths = {1: 11, 2: 16, 3: 9, 4: 60, 5: 38, 6: 16, 7: 18, 8: 10, 9: 10, 10: 10}
    for col, wdt in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = wdt
    for k in range(12):
        ws.column_dimensions[get_column_letter(C_MONTH0 + k)].width = 5.5
    ws.column_dimensions[get_column_letter(C_RAG)].width = 5
    ws.column_dimensions[get_column_letter(C_STATUS)].width = 18
    ws.column_dimensions[get_column_letter(C_UPDATE)].width = 42
    ws.column_dimensions[get_column_letter(C_CLOSED)].width = 11
    ws.freeze_panes = "E6"
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$12", allow_blank=True)
    dv.error = "Pick a status from the list"
    ws.add_data_validation(dv)
    dv.add(f"{get_column_letter(C_STATUS)}6:{get_column_letter(C_STATUS)}{last_item}")
    dv2 = DataValidation(type="list", formula1='"G,A,R"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"{get_column_letter(C_RAG)}6:{get_column_letter(C_RAG)}{last_item}")
    ws.auto_filter.ref = f"A5:{get_column_letter(NCOL)}{last_item}"

    # Archive tab
    wa = wb.create_sheet("Delivered 23-24")
    wa["A1"] = "Items closed at OLIB during 2023/24 – kept for audit trail (do not delete)"
    wa["A1"].font = Font(name="Arial", size=12, bold=True, color="1F3864")
    ahead = ["HMICFRS ID", "Report", "Type", "Recommendation / AFI", "What we did", "SRO",
             "Status", "Closed at OLIB", "Submitted to HMICFRS?"]
    for j, h in enumerate(ahead, start=1):
        c = wa.cell(3, j, h)
        c.font = F_HDR
        c.fill = FILL_HDR2
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 4
    for (hkey, cat, why, ref, rep, typ, text, did, sro, st, closed, sub) in ARCHIVE:
        for j, v in enumerate([ref, rep, typ, text, did, sro, st, closed, sub], start=1):
            c = wa.cell(r, j, v)
            c.font = F_BODY
            c.alignment = WRAP
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        truth_f.append((hkey, f"{wa.title}!{r}", cat, why))
        r += 1
    for col, wdt in {1: 11, 2: 18, 3: 8, 4: 60, 5: 40, 6: 16, 7: 10, 8: 12, 9: 16}.items():
        wa.column_dimensions[get_column_letter(col)].width = wdt

    # Lists tab (dropdown sources)
    wl = wb.create_sheet("Lists")
    lists = {
        1: ["Status", "Not started", "On track", "At risk", "Off track", "Deferred to 25/26",
            "Complete", "Submitted for closure", "Awaiting HMICFRS closure", "Moved to BAU",
            "Closed – merged", "Closed – superseded"],
        2: ["RAG", "G", "A", "R"],
        3: ["Type", "Rec", "AFI", "CoC", "Nat rec", "Force action", "Internal audit"],
        4: ["SRO", "DCC", "ACC Crime", "ACC Local Policing", "Ch Supt Public Protection",
            "Director of People"],
    }
    for col, vals in lists.items():
        for i, v in enumerate(vals, start=1):
            wl.cell(i, col, v).font = Font(name="Arial", size=9, bold=(i == 1))
    wl.sheet_state = "hidden"

    wb.properties.creator = "SPIU"
    wb.properties.lastModifiedBy = "Hodgson, Claire"
    wb.properties.title = "HMICFRS Improvement Delivery Plan 2024-25"
    path = CASE / "tracker.xlsx"
    wb.save(path)
    normalise_xlsx(path)


def main() -> None:
    CASE.mkdir(parents=True, exist_ok=True)
    truth_h: dict = {}
    truth_f: list = []
    build_hmicfrs(truth_h)
    build_tracker(truth_f)
    lines = []
    seen_h = set()
    for hkey, frow, cat, why in truth_f:
        hrow = truth_h[hkey] if hkey else ""
        if hkey:
            seen_h.add(hkey)
        lines.append((hrow, frow, cat, why))
    for key in H:
        if key not in seen_h:
            lines.append((truth_h[key], "", "missing_from_force", MISSING[key]))
    assert set(MISSING) == set(H) - seen_h, (set(MISSING) ^ (set(H) - seen_h))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln)
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    rng.random()  # seed kept for the record; the case is fully specified above


if __name__ == "__main__":
    main()
