"""Build the case `unmerged_sorted_list` (round 63, HMICFRS-side layout).

The HMICFRS definitive list reached the force as an Excel workbook from the Force Liaison
Lead: one block per report, the report title and publication date in vertically merged cells
spanning the block, a blank spacer row between blocks, a running "No." column. To sort it by
HMICFRS status, the analyst had to unmerge everything (Excel refuses to sort ranges holding
merged cells of different sizes), then sorted rows 5 onwards by Status, then Reference.
Unmerging leaves the value in the top cell only, so Report and Published survive on the first
row of each former block and are blank everywhere else; after the sort those blank rows sit
under other reports, so filling down gives the wrong report. The spacer rows sank to the
bottom of the sorted range, above the footer. "No." (the list's own running number) still
holds the original order.

Texts: real HMICFRS wording (casegen text lists and /work/shared/data), copied in as literals.
Run with /work/main/.venv/bin/python; fixed seed; rebuilds byte for byte.
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

SEED = 63190
HERE = Path(__file__).resolve().parent
CASE = HERE / "unmerged_sorted_list"
LIST_SHEET = "Definitive list"
TRK_SHEET = "HMICFRS Recs"
FIXED_TS = (2024, 10, 7, 9, 30, 0)

FORCE = "Cheshire Constabulary"

# ----------------------------------------------------------------------------------------
# Real texts (OGL), copied from the casegen text lists / real_recommendations.csv
# ----------------------------------------------------------------------------------------
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
]
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_LEADERSHIP = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)

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
BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "By September 2021, forces should: " + "\n".join(BWV_PARTS)
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
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed",
]
CDI_VICTIMS = ("Immediately, the force should put in place arrangements to ensure that:\n"
               + "\n".join("• " + b for b in CDI_BULLETS) + ".")
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
MISSING_CHILDREN = ("Immediately, the force should review its approach to reports of missing "
                    "children and take steps to ensure that:\n"
                    + "\n".join("• " + b for b in MISSING_BULLETS) + ".")
DETENTION = (
    "Within six months, the force should in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested."
)
DA_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
MSHT_INTEL_86 = (
    "Within six months, forces should have in place active information-sharing agreements "
    "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
    "safeguard victims better and to identify suspects as early as possible")
SAS13_3 = (
    "Chief Constables should, in consultation with elected local policing bodies, ensure that "
    "they comply with the code of practice by explaining to the public the way stop and "
    "search powers are used in their areas and by making arrangements for stop and search "
    "records to be scrutinised by community representatives. This should be done in a way "
    "that involves those people who are stopped and searched, for example, young people.")
SAS15_1 = (
    "Chief constables should, in consultation with police and crime commissioners, ensure "
    "that they comply with the Code of Practice by explaining to the public the way stop and "
    "search powers are used in their areas and by making arrangements for stop and search "
    "records to be scrutinised by community representatives. This should be done in a way "
    "that involves those people who are stopped and searched, for example young people.")
DA_ALLOC = ("The force should make sure investigations of domestic abuse are allocated to "
            "officers with the right skills and are effectively supervised.")

NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")

# HMICFRS comments (real register wording)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_CDI = ("Authorised for closure on the basis of the additional observations offered by "
         "members of the CDI inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")

# ----------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, the force's own name, the force's date text)
# ----------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013", "Jul 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014", "27/03/2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014", "Jul 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014", "Sept 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015", "30/01/2015"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015", "Jul 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)", "Mar 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015", "15/09/2015"),
    "pe16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2),
             "PEEL Effectiveness 2016", "Mar 2017"),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 21), "CDI 2017",
              "Sep 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "24/10/2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", "Nov 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S", "Dec 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19), "NCPI 2018",
               "Jun 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 2018/19", "May 2019"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020",
               dt.date(2020, 8, 11), "Custody inspection 2020", "Aug 2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)",
               "Feb 2021"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 17), "PEEL 21-22", "May 2022"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 4, 30), "PEEL Assessment 2023/24", "Apr 2024"),
}

# ----------------------------------------------------------------------------------------
# The HMICFRS items. (report, ref, type, text, HMICFRS status, plan)
# plan: "open"/"done" = force state of its row; "missing" = no force row;
#       "conflict:<kind>"; "split:<n states>"
# ----------------------------------------------------------------------------------------
BP, AR, CP, SU, NFA = ("Being progressed", "Awaiting review", "Complete", "Superseded",
                       "No further action required")

ITEMS = [
    # report, ref, type, text, status, plan
    ("sas13", 1012, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.", CP, "done"),
    ("sas13", 1013, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     CP, "open"),
    ("sas13", 1014, NAT, SAS13_3, AR, "done"),
    ("everyone", 2321, NAT, EVERYONE_PLAN, SU, "open"),
    ("core", 4822, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
     "have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", SU, "done"),
    ("core", 4823, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", NFA, "open"),
    ("integrity", 902, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     BP, "done"),
    ("firearms", 5110, NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", CP, "done"),
    ("firearms", 5111, NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", CP, "open"),
    ("firearms", 5112, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     BP, "open"),
    ("firearms", 5113, NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     BP, "done"),
    ("firearms", 5114, NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", CP, "done"),
    ("pe16", 7401, COC, DA_COC, BP, "open"),
    ("pe16", 7402, REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", BP, "done"),
    ("pe16", 7403, REC,
     "HMIC recommends that within six months the force should: consider ways of increasing the "
     "use of arrest, ancillary orders and other available powers, in order to improve the "
     "service it provides to victims of domestic abuse, offer the best possible protection and "
     "bring more perpetrators to justice;", CP, "open"),
    ("pe16", 7404, AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", BP, "open"),
    ("pe16", 7405, AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     BP, "conflict:ref"),
    ("pe16", 7406, AFI,
     "Cheshire Constabulary should develop a clear prevention strategy targeting people most "
     "at risk and make sure activity undertaken prioritises people most at risk.", SU, "open"),
    ("pe16", 7407, AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate serious and organised crime.", BP, "open"),
    ("cdi17", 8010, REC, CDI_VICTIMS, BP, "conflict:report"),
    ("cdi17", 8011, REC,
     "Within three months, the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     CP, "done"),
    ("cdi17", 8012, REC,
     "Within six months the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     BP, "done"),
    ("stolen", 8300, NAT, SF_LEADERSHIP, BP, "conflict:bullet"),
    ("stolen", 8301, NAT, MSHT_INTEL_86, BP, "conflict:timescale"),
    ("stolen", 8302, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     CP, "done"),
    ("stolen", 8303, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", BP, "open"),
    ("stolen", 8304, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", BP, "done"),
    ("stolen", 8305, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", CP, "open"),
    ("stolen", 8306, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", BP, "open"),
    ("efc17", 8530, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", CP, "open"),
    ("leg17", 8541, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", CP, "done"),
    ("leg17", 8542, NAT, SAS_MONITORING_2017, BP, "done"),
    ("leg17", 8543, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", BP, "open"),
    ("leg17", 8544, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", CP, "done"),
    ("leg17", 8545, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", SU, "open"),
    ("ncpi18", 9120, REC, MISSING_CHILDREN, BP, "split:done,done,done"),
    ("ncpi18", 9121, AFI,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", AR, "open"),
    ("ncpi18", 9122, AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", CP, "done"),
    ("ncpi18", 9123, AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to online child sexual abuse.", BP, "open"),
    ("peel18", 9800, AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", BP, "conflict:type"),
    ("peel18", 9801, AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", CP, "open"),
    ("peel18", 9802, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", BP, "open"),
    ("peel18", 9803, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", SU, "done"),
    ("peel18", 9804, AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", BP, "done"),
    ("peel18", 9805, AFI,
     "Cheshire Constabulary should specify in succession plans how it intends to improve "
     "diversity across all levels of the force. This should include offering increased "
     "direct-entry opportunities.", BP, "open"),
    ("cust20", 10950, REC, DETENTION, BP, "open"),
    ("cust20", 10951, REC,
     "Immediately, the force should make sure officers and staff have the training they need "
     "to identify and respond to vulnerable adults.", AR, "missing"),
    ("cust20", 10952, REC,
     "Within twelve months, the force should improve the timeliness of its response to calls "
     "for service involving people with mental ill health.", CP, "done"),
    ("powers", 11840, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     BP, "done"),
    ("powers", 11841, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", CP, "open"),
    ("powers", 11842, NAT, BWV_2021, BP, "split:done,done,open"),
    ("powers", 11843, NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", BP, "missing"),
    ("powers", 11844, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", BP, "open"),
    ("peel21", 12510, AFI, DA_ALLOC, SU, "open"),
    ("peel21", 12511, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "anti-social behaviour.", BP, "open"),
    ("peel21", 12512, AFI,
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     BP, "done"),
    ("peel21", 12513, AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", CP, "done"),
    ("peel21", 12514, AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.", BP, "open"),
    ("peel21", 12515, AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", CP, "open"),
    ("peel21", 12516, AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.", BP, "done"),
    ("peel21", 12517, AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", BP, "open"),
    ("peel23", 13702, AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate rape and serious sexual offences.", AR, "open"),
    ("peel23", 13703, AFI, DA_ALLOC, AR, "missing"),
    ("peel23", 13704, AFI,
     "The force should improve its understanding of the nature and scale of fraud in its area.",
     AR, "open"),
    ("peel23", 13705, AFI,
     "The force should develop a problem-solving approach to neighbourhood crime, working with "
     "local communities and partners.", AR, "missing"),
    ("peel23", 13706, AFI,
     "The force should make sure victims of rape and serious sexual offences are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of "
     "Crime.", AR, "open"),
    ("peel23", 13707, AFI,
     "The force should evaluate its work to prevent knife crime and share what works across "
     "the force.", AR, "missing"),
]

HMICFRS_CLOSED = {CP, SU, NFA}

# Force rows that are not on the HMICFRS list: (after report key, type, text, RAG, ref, why)
EXTRA = [
    ("austerity", "National Rec",
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "AMBER", None, "2014 national rec still tracked by the force; not on the list (closed "
     "and dropped by HMICFRS long ago)"),
    ("austerity", "National Rec",
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "RED", None, "2014 national rec still tracked by the force; not on the list"),
    ("sas15", "National Rec", SAS15_1, "AMBER", None,
     "Stop and search 2 (2015) rec, near-twin of list ref 1014 (Stop and search 2013), which "
     "is matched to its own row; this 2015 rec is not on the list"),
    ("picture", "National Rec",
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "GREEN", 5391,
     "Building the Picture 2015 rec with a register number the list does not carry"),
]

LOCAL = [  # (after report key, text, RAG)
    ("pe16", "Local action: Dip-sample 50 domestic abuse crime reports each quarter and report "
             "findings to the Crime Standards Board", "AMBER"),
    ("stolen", "Force action - Appoint a single point of contact for modern slavery and human "
               "trafficking in each local policing area", "GREEN"),
    ("peel21", "Internal audit action: Internal audit of the violence against women and girls "
               "governance arrangements (audit plan 2023/24)", "AMBER"),
    ("peel21", "Add stalking and harassment measures to the monthly Force Performance pack",
     "GREEN"),
    ("peel23", "Force improvement plan: Refresh the fraud problem profile and add it to the "
               "control strategy", "AMBER"),
]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Supt Firearms Licensing"]
PROG_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Task & Finish group set up; terms of reference agreed at the September board.",
    "Awaiting allocation.",
    "Policy rewrite in draft, out for consultation with the Federation and Unison.",
    "Owner changed after restructure - new lead to provide update for next JAC.",
    None,
]
PROG_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Pending sign off by the chief officer lead.",
    "Already complete / believed to be complete within short time scale (and within "
    "deadline).",
    "Implemented - audit in Q2 showed full compliance. Evidence pack on SharePoint.",
    "New process live since April; closure report approved at Organisational Learning Board.",
]

ABBREV = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"Chief Constables|chief constables", "CCs"),
    (r"Authorised Professional Practice", "APP"), (r"College of Policing", "CoP"),
    (r"child sexual exploitation", "CSE"), (r"body-worn video", "BWV"),
    (r"information-sharing agreements", "ISAs"), (r"officers and staff", "officers & staff"),
    (r"continuing professional development", "CPD"), (r"Home Office", "HO"),
]
MISSPELL = {"supervision": "supervison", "appropriate": "appropiate",
            "arrangements": "arrangments", "necessary": "neccessary",
            "investigation": "investigaton", "governance": "goverance"}


def strip_stem(t: str) -> str:
    for s in ("To address this cause of concern, HMIC recommends the force should immediately ",
              "HMIC recommends that ", "The force should ", "Cheshire Constabulary should "):
        if t.startswith(s):
            r = t[len(s):]
            return r[0].upper() + r[1:]
    return t


def abbreviate(t: str) -> str:
    for pat, rep in ABBREV:
        t = re.sub(pat, rep, t)
    return t


def misspell(t: str) -> str:
    for right, wrong in MISSPELL.items():
        if right in t:
            return t.replace(right, wrong, 1)
    return t.replace("  ", " ")


def flatten(t: str) -> str:
    """The force pasted the text into one line (bullets run on)."""
    return re.sub(r"\s*\n+\s*", " ", t)


def main() -> None:
    rng = random.Random(SEED)
    CASE.mkdir(parents=True, exist_ok=True)

    # --- original (as-sent) order: by publication date, then reference ---------------------
    items = sorted(ITEMS, key=lambda it: (REPORTS[it[0]][1], it[1]))
    refs = [it[1] for it in items]
    assert len(set(refs)) == len(refs)
    no_of = {it[1]: i + 1 for i, it in enumerate(items)}
    first_of_block = {}
    for it in items:
        first_of_block.setdefault(it[0], it[1])

    # status dates (HMICFRS last review)
    status_date = {}
    for it in items:
        pub = REPORTS[it[0]][1]
        if it[4] == AR and pub.year >= 2022:
            d = pub + dt.timedelta(days=rng.randint(20, 90))
        elif it[4] == AR:  # an old item HMICFRS has put back under review
            d = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randint(0, 150))
        elif it[4] == BP:
            d = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
        else:
            lo = max(pub + dt.timedelta(days=200), dt.date(2016, 1, 1))
            d = lo + dt.timedelta(days=rng.randint(0, 900))
            if d > dt.date(2024, 9, 20):
                d = dt.date(2024, 9, 20) - dt.timedelta(days=rng.randint(0, 60))
        status_date[it[1]] = d

    def comment(it):
        st = it[4]
        if st == AR:
            return C_NEW if REPORTS[it[0]][1].year >= 2022 else C_REV
        if st == BP:
            return C_MON if rng.random() < 0.8 else C_REV
        if st == SU:
            return C_SUP
        if st == NFA:
            return "No further action required - activity now monitored through PEEL."
        if it[0] == "cdi17":
            return C_CDI
        return C_DONE

    comments = {it[1]: comment(it) for it in items}

    # --- the damage: unmerge (value kept on the block's top row) then sort ------------------
    sorted_items = sorted(items, key=lambda it: (it[4], it[1]))  # Status A-Z, then Reference

    wb = Workbook()
    ws = wb.active
    ws.title = LIST_SHEET
    ws["A1"] = ("HMICFRS – Definitive list of recommendations and areas for improvement held "
                "against Cheshire Constabulary")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 30 September 2024 – issued by the Force Liaison Lead"
    ws["A3"] = ("Please check this list against your own records and return any queries to "
                "your FLL by 31 October 2024.")
    ws["A3"].font = Font(italic=True)
    header = ["No.", "Report", "Published", "Reference", "Type",
              "Recommendation / area for improvement", "HMICFRS status", "Status date",
              "Latest HMICFRS comment"]
    HR = 5
    for c, h in enumerate(header, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    list_row = {}
    r = HR + 1
    for it in sorted_items:
        rep, ref, typ, text, st, _ = it
        top = first_of_block[rep] == ref
        vals = [no_of[ref], REPORTS[rep][0] if top else None,
                REPORTS[rep][1] if top else None, ref, typ, text, st, status_date[ref],
                comments[ref]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c in (3, 8) and v is not None:
                cell.number_format = "dd/mm/yyyy"
        list_row[ref] = r
        r += 1
    # spacer rows between the 16 former blocks sank to the bottom of the sorted range
    n_blocks = len(first_of_block)
    r += n_blocks - 1
    ws.cell(r, 1, f"End of list – {len(items)} items")
    ws.cell(r, 1).font = Font(italic=True)
    footer_row = r
    ws.auto_filter.ref = f"A{HR}:I{r - 1}"
    ws.freeze_panes = f"A{HR + 1}"
    for col, w in zip("ABCDEFGHI", (6, 38, 12, 11, 22, 90, 18, 12, 50)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key_rows = [
        ("HMICFRS status", "Meaning"),
        (AR, "New recommendation - not yet reviewed by HMICFRS"),
        (BP, "The force is progressing this recommendation; HMICFRS is monitoring it"),
        (CP, "HMICFRS is satisfied the recommendation has been implemented"),
        (SU, "Replaced by a later recommendation or area for improvement"),
        (NFA, "Closed by HMICFRS with no further action required from the force"),
        (None, None),
        ("Report and Published are shown once for each report.", None),
    ]
    for i, (a, b) in enumerate(key_rows, 1):
        key.cell(i, 1, a)
        key.cell(i, 2, b)
    key["A1"].font = Font(bold=True)
    key["B1"].font = Font(bold=True)
    key.column_dimensions["A"].width = 30
    key.column_dimensions["B"].width = 70
    wb.properties.creator = "HMICFRS"
    wb.properties.lastModifiedBy = "Strategic Planning & Inspection"
    save_fixed(wb, CASE / "hmicfrs.xlsx")

    # --- the force tracker ----------------------------------------------------------------
    truth = []  # (hmicfrs_row, force_row, category, why)
    by_rep = {}
    for it in items:
        by_rep.setdefault(it[0], []).append(it)
    rep_order = sorted(set(list(by_rep) + [e[0] for e in EXTRA]),
                       key=lambda k: REPORTS[k][1])

    tw = Workbook()
    ts = tw.active
    ts.title = TRK_SHEET
    ts["A1"] = "Cheshire Constabulary – HMICFRS Recommendations & AFIs Tracker"
    ts["A1"].font = Font(bold=True, size=14)
    ts["A2"] = ("Maintained by Strategic Planning & Inspection (OFFICIAL). Last updated "
                "07/10/2024")
    THR = 4
    theader = ["Force ID", "HMICFRS Ref", "Report", "Published", "Type",
               "Recommendation / AFI", "Nominated owner", "RAG", "Progress update",
               "Submitted for closure"]
    for c, h in enumerate(theader, 1):
        cell = ts.cell(THR, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    rag_fill = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000"}
    trow = THR + 1
    fid = 0
    afi_no = {}

    def ftype(typ):
        return {NAT: "National Rec", REC: "Recommendation", AFI: "AFI",
                COC: "Cause of Concern"}[typ]

    def put(vals, rag):
        nonlocal trow
        for c, v in enumerate(vals, 1):
            cell = ts.cell(trow, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c == 10 and isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        ts.cell(trow, 8).fill = PatternFill("solid", fgColor=rag_fill[rag])
        trow += 1
        return trow - 1

    def hrow(ref):
        return f"{LIST_SHEET}!{list_row[ref]}"

    def frow(n):
        return f"{TRK_SHEET}!{n}"

    no_ref_rows = {8303, 9123, 12514}  # refs left blank by the force on these rows

    for rep in rep_order:
        title, pub, fname, fdate = REPORTS[rep]
        for it in by_rep.get(rep, []):
            _, ref, typ, text, st, plan = it
            hclosed = st in HMICFRS_CLOSED
            if plan == "missing":
                why = {10951: "custody rec (Awaiting review) never added to the tracker",
                       11843: "rec addressed to the Home Office and NPCC: the force left it "
                              "off its tracker, but it is on the force's list",
                       13703: "PEEL 2023/24 AFI repeating the PEEL 2021/22 AFI (ref 12510) "
                              "word for word; the force's row for that text is the 2021/22 "
                              "one (ref 12510, PEEL 21-22), so the new one has no force row",
                       13705: "new PEEL 2023/24 AFI not yet added by the force",
                       13707: "new PEEL 2023/24 AFI not yet added by the force"}[ref]
                truth.append((hrow(ref), "", "missing_from_force", why))
                continue
            fid += 1
            fref = None if (rep in ("powers", "peel23") or ref in no_ref_rows) else ref
            ftext = text
            variant = rng.choice(["verbatim", "verbatim", "stem", "abbrev", "misspell",
                                  "flat"])
            if plan.startswith("conflict") or plan.startswith("split"):
                variant = "verbatim"
            if ref == 5111:
                variant = "verbatim"
            if variant == "stem":
                ftext = strip_stem(text)
            elif variant == "abbrev":
                ftext = abbreviate(text)
            elif variant == "misspell":
                ftext = misspell(text)
            elif variant == "flat":
                ftext = flatten(text)
            ftype_ = ftype(typ)
            if typ == AFI and rep in ("peel18", "peel21", "peel23"):
                afi_no[rep] = afi_no.get(rep, 0) + 1
                if rng.random() < 0.4 and not plan.startswith("conflict"):
                    ftext = f"AFI {afi_no[rep]} - " + ftext
            frep, fpub = fname, fdate
            why_extra = ""
            if plan == "conflict:ref":
                fref = 7450
            elif plan == "conflict:report":
                frep, fpub = "CDI 2016", "Sep 2016"
            elif plan == "conflict:bullet":
                ftext = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS[:3])
                ftext = ftext[:-len("; and")] + "."
            elif plan == "conflict:timescale":
                ftext = ("Within twelve months, forces should have in place active "
                         "information-sharing agreements with other agencies to facilitate "
                         "speedy exchange of intelligence and in order to safeguard victims "
                         "better and to identify suspects as early as possible")
            elif plan == "conflict:type":
                ftype_ = "Recommendation"
            if ref == 5111:
                ftext = text.replace("Within three months", "Within 3 months")
                why_extra = "; force text says 'Within 3 months' for 'Within three months': same"
            owner = rng.choice(LEADS)

            if plan.startswith("split"):
                states = plan.split(":")[1].split(",")
                if ref == 9120:
                    parts = [f"Missing children review ({chr(97 + i)}): " + b.rstrip(";")
                             .removesuffix("; and").removesuffix(" and")
                             for i, b in enumerate(MISSING_BULLETS)]
                else:
                    parts = [f"BWV ({chr(97 + i)}) - By September 2021 " + p
                             for i, p in enumerate(BWV_PARTS)]
                any_open = any(s == "open" for s in states)
                if any_open:
                    cat = "in_sync"
                    why = ("split into one row per part; one part still AMBER so the force "
                           "item is open, HMICFRS open")
                else:
                    cat = "closeable_submit"
                    why = ("split into one row per bullet, all GREEN; HMICFRS still "
                           "Being progressed")
                for i, (p, s) in enumerate(zip(parts, states)):
                    rag = "GREEN" if s == "done" else "AMBER"
                    prog = rng.choice(PROG_DONE if s == "done" else PROG_OPEN[:-1])
                    n = put([f"SPI-{fid:03d}{chr(97 + i)}", fref, frep, fpub, ftype_, p,
                             owner, rag, prog, None], rag)
                    truth.append((hrow(ref), frow(n), cat, why + f" (part {chr(97 + i)})"))
                continue

            fdone = plan == "done" or (plan == "conflict:timescale")
            if plan.startswith("conflict"):
                fdone = plan == "conflict:timescale"
            rag = "GREEN" if fdone else rng.choice(["AMBER", "AMBER", "AMBER", "RED"])
            prog = rng.choice(PROG_DONE) if fdone else rng.choice(PROG_OPEN)
            sub = None
            if fdone and (hclosed or rng.random() < 0.3):
                sub = pub + dt.timedelta(days=rng.randint(150, 700))
                if sub > dt.date(2024, 9, 30):
                    sub = dt.date(2024, 9, 1)
            n = put([f"SPI-{fid:03d}", fref, frep, fpub, ftype_, ftext, owner, rag, prog,
                     sub], rag)
            # category
            if plan == "conflict:ref":
                cat, why = "conflict", ("same text and report, but the force records HMICFRS "
                                        "ref 7450 for list ref 7405 (digits transposed)")
            elif plan == "conflict:report":
                cat, why = "conflict", ("list row carries its own report (first row of the "
                                        "former CDI block): Crime data integrity inspection "
                                        "2017, 21/09/2017; force files it under 'CDI 2016', "
                                        "Sep 2016, with the same ref 8010")
            elif plan == "conflict:bullet":
                cat, why = "conflict", ("force copy of the MSHT leadership rec lacks the 4th "
                                        "bullet (performance and quality assurance measures)")
            elif plan == "conflict:timescale":
                cat, why = "conflict", ("list 'Within six months', force 'Within twelve "
                                        "months' (force GREEN, HMICFRS open: conflict wins)")
            elif plan == "conflict:type":
                cat, why = "conflict", ("list type Area for improvement, force type "
                                        "Recommendation")
            elif hclosed and fdone:
                cat, why = "in_sync", f"HMICFRS {st}, force GREEN"
            elif hclosed and not fdone:
                cat, why = "closeable_local", f"HMICFRS {st}, force {rag}"
            elif not hclosed and fdone:
                cat, why = "closeable_submit", f"HMICFRS {st}, force GREEN"
            else:
                cat, why = "in_sync", f"HMICFRS {st}, force {rag}"
            if list_row[ref] and first_of_block[rep] != ref:
                why += "; list Report/Published blank on this row (unmerged then sorted)"
            if fref is None:
                why += "; force left HMICFRS Ref blank"
            if ftext.startswith("AFI "):
                why += "; force put its own AFI number in front of the text"
            if ftext == text or plan.startswith("conflict") or ref == 5111:
                pass
            elif variant == "stem":
                why += "; force dropped the stem"
            elif variant == "abbrev":
                why += "; force abbreviations"
            elif variant == "misspell":
                why += "; force misspelling"
            elif variant == "flat":
                why += "; force ran bullets/lines together"
            why += why_extra
            if ref == 1014:
                why += ("; the force's Stop and Search 2 (2015) row has near-identical text "
                        "but is a different rec")
            if ref == 12510:
                why += ("; same text as list ref 13703 (PEEL 2023/24), told apart by the "
                        "force's ref 12510 and report PEEL 21-22")
            truth.append((hrow(ref), frow(n), cat, why))

        for e in [e for e in EXTRA if e[0] == rep]:
            fid += 1
            _, ftype_, text, rag, fref, why = e
            prog = rng.choice(PROG_DONE if rag == "GREEN" else PROG_OPEN)
            n = put([f"SPI-{fid:03d}", fref, fname, fdate, ftype_, text, rng.choice(LEADS),
                     rag, prog, None], rag)
            truth.append(("", frow(n), "not_on_hmicfrs_list", why))
        for e in [e for e in LOCAL if e[0] == rep]:
            fid += 1
            _, text, rag = e
            prog = rng.choice(PROG_DONE if rag == "GREEN" else PROG_OPEN[:-1])
            n = put([f"SPI-{fid:03d}", None, fname, fdate, "Local action", text,
                     rng.choice(LEADS), rag, prog, None], rag)
            truth.append(("", frow(n), "not_on_hmicfrs_list",
                          "force's own local action, never an HMICFRS item"))

    last_item_row = trow - 1
    trow += 1
    ts.cell(trow, 1, "RAG key").font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("GREEN", "The recommendation is implemented"),
            ("AMBER", "Subject to ongoing work and monitoring; anticipated to be implemented"),
            ("RED", "Beyond designated deadline or cannot / will not be implemented "
                    "(rationale required)")], 1):
        ts.cell(trow + i, 1, k).fill = PatternFill("solid", fgColor=rag_fill[k])
        ts.cell(trow + i, 2, v)
    ts.auto_filter.ref = f"A{THR}:J{last_item_row}"
    ts.freeze_panes = f"A{THR + 1}"
    for col, w in zip("ABCDEFGHIJ", (10, 11, 28, 11, 15, 80, 24, 9, 50, 14)):
        ts.column_dimensions[col].width = w
    tw.properties.creator = "Strategic Planning & Inspection"
    save_fixed(tw, CASE / "tracker.xlsx")

    # --- truth --------------------------------------------------------------------------
    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10_000
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)
    truth.sort(key=key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")

    (CASE / "README.md").write_text(README, encoding="utf-8")
    print("list item rows", HR + 1, HR + len(items), "footer", footer_row,
          "| tracker item rows", THR + 1, last_item_row)


README = """# Case `unmerged_sorted_list`: the definitive list after "Unmerge cells" and a sort

Builder: `../build_unmerged_sorted_list.py`, `SEED = 63190`. Run it with
`/work/main/.venv/bin/python`; it rebuilds all four files byte for byte (it pins the xlsx zip
timestamps and the docProps dates).

## How the list reached the force, and what happened to it

The Force Liaison Lead sent Cheshire Constabulary's definitive list (position at 30 September
2024) as a workbook laid out in report blocks: the report title and its publication date were
in vertically merged cells spanning the block's rows, a blank spacer row sat between blocks,
and a running "No." numbered the items in that order. To sort the list by HMICFRS status, the
analyst had to unmerge everything first (Excel will not sort a range with merged cells of
different sizes). Then they selected rows 5 onwards and sorted by `HMICFRS status` (A to Z),
then `Reference`. That is the file you have:

- Unmerging leaves the value in the block's top cell only. `Report` and `Published` are filled
  on 16 rows (the first item of each former block) and **blank on the other 51 item rows**.
- After the sort, those blank rows sit under other reports' rows. **Filling down gives the wrong
  report on 26 rows**, and no report at all on the three rows above the first filled one
  (rows 6 to 8). For example, rows 16 and 17 (firearms 5112 and 5113) sit under Integrity
  matters; rows 43 to 47 (PEEL 2021/22) sit under Disproportionate use of police powers; rows
  53 to 56 sit under Targeting the risk and rows 60 to 66 under PEEL legitimacy 2017; rows
  69 to 71 sit under Core Business.
- `No.` (1 to 67, now out of order) is the list's own running number, **not** an HMICFRS
  reference. It still holds the original order: sort by it and fill down, and you get every
  row's report back. `Reference` is the register number (plain integers, 902 to 13707).
- The 15 spacer rows sank to the bottom of the sorted range (rows 73 to 87), above the footer
  `End of list – 67 items` (row 88). The autofilter and the frozen header stay in place.
- Sheet `Definitive list`: title rows 1 to 3, a blank row 4, the header on row 5, items on rows
  6 to 72. Sheet `Key` holds status definitions and the original note "Report and Published
  are shown once for each report". It has no items.
- Statuses: `Awaiting review` and `Being progressed` are open. `Complete`, `Superseded` and
  `No further action required` are closed. The comments are the register's real wording.
  Old items put back under review carry the "currently being reviewed by HMIC" comment.

## The tracker

`tracker.xlsx`, sheet `HMICFRS Recs`: title rows 1 and 2, header on row 4 (`Force ID`,
`HMICFRS Ref`, `Report` in the force's own short names, `Published` as free text ("Jul 2013",
"27/03/2014"), `Type`, `Recommendation / AFI`, `Nominated owner`, `RAG`, `Progress update`,
`Submitted for closure`). Items are on rows 5 to 79, in report order, with the RAG cell
also shaded. Rows 81 to 84 are a RAG key and hold no items. GREEN means done; AMBER and RED
mean open. The force left `HMICFRS Ref` blank on every police-powers and PEEL 2023/24 row and
on a few others. It sometimes drops the stem, abbreviates (S&S, MSHT, DA, CCs), misspells,
runs bullets onto one line, or puts its own "AFI n - " number in front of a text.

## Traps and how the truth decides them

1. **Blank or wrongly filled report on the list** (51 rows). A blank list report is not a
   disagreement. On these rows the list says nothing about the report, so it never makes a
   report conflict. A report that filling down would supply is not the list's.
2. **Report conflict only where the list states it**: list row 23 (ref 8010, the top row of the
   former CDI block, "Crime data integrity inspection 2017", 21/09/2017). The force files it
   under "CDI 2016", Sep 2016, with the same ref. Category: `conflict`.
3. **Reference conflict**: list row 21 (7405). The force row has the same text and report but
   records HMICFRS Ref 7450 (digits transposed). Category: `conflict`.
4. **Timescale conflict**: list row 26 (8301, "Within six months", with the report's stray
   footnote digit "86"). The force row says "Within twelve months" and is GREEN. This is a
   `conflict`, not a closeable item.
5. **Missing bullet**: list row 25 (8300, MSHT leadership, 4 bullets). The force copy has 3.
   Category: `conflict`.
6. **Type conflict**: list row 34 (9800, Area for improvement). The force type is
   "Recommendation". Category: `conflict`.
7. **Same meaning, not a conflict**: list row 51 (5111). The force wrote "Within 3 months" for
   "Within three months": `closeable_local`. The force's published month against the list's
   exact date is not a conflict either.
8. **Near twins**: list row 6 (1014, Stop and search 2013, "elected local policing bodies").
   The force's own row for it (row 7, ref 1014, abbreviated) is GREEN: `closeable_submit`.
   Force row 14 (Stop and search 2 (2015), "police and crime commissioners", verbatim, no ref)
   is `not_on_hmicfrs_list`.
9. **Repeated AFI**: list rows 72 (12510, PEEL 2021/22, Superseded) and 10 (13703, PEEL
   2023/24, Awaiting review) have the same words. The force has one row with that text
   (row 66, ref 12510, PEEL 21-22, AMBER), so 12510 is `closeable_local` and 13703 is
   `missing_from_force`.
10. **Split force rows**: list row 32 (9120, missing children) is force rows 46 to 48, one per
    bullet, all GREEN, so each line is `closeable_submit`. List row 40 (11842, body-worn video)
    is force rows 62 to 64, one per part, GREEN, GREEN and AMBER. The force item is still
    open, so each line is `in_sync`. Each force row is its own truth line with the same
    hmicfrs_row.
11. **An item aimed at other bodies is still missing**: list row 41 (11843, addressed to the
    Home Office and the NPCC) has no force row, so it is `missing_from_force`.
12. **Not on the list**: 2 Policing in austerity 2014 rows and 1 Building the picture 2015 row
    (with register number 5391, which the list does not carry), plus the stop and search 2015
    row above, and 5 local actions ("Local action:", "Force action -", "Internal audit
    action:", "Force improvement plan:", one with no prefix). All are
    `not_on_hmicfrs_list`.

## Counts

List items: 67. Tracker item rows: 75. truth.csv lines: 80.

| category | truth lines | list items |
|---|---|---|
| in_sync | 34 | 32 (11842 counts as 3 lines) |
| closeable_submit | 14 | 12 (9120 counts as 3 lines) |
| closeable_local | 13 | 13 |
| conflict | 5 | 5 |
| missing_from_force | 5 | 5 |
| not_on_hmicfrs_list | 9 | – |

On 25 of the 67 list items (37%), only one side has closed the item.
"""


def save_fixed(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed timestamps so the build is byte for byte."""
    bio = io.BytesIO()
    wb.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2024-10-07T09:30:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


if __name__ == "__main__":
    main()
