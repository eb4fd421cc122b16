"""Build the case `r_write_csv_regional_extract` (round 82, case B).

HMICFRS side (hmicfrs.csv): the definitive list as a regional analyst's R script left it.
The East Midlands regional strategic analysis team pulled the HMICFRS monitoring-portal
export for all five forces of the region, read it with read.csv() (header names mangled by
make.names: "Rec ID" -> "Rec.ID", "Inspection / report" -> "Inspection...report", the second
"Comment" -> "Comment.1"), dropped the other four forces with base-R logical indexing, sorted
with order(Date.published, Rec.ID), added four columns of its own and wrote the result with
write.csv() on Windows: a quoted row-name column with an empty header (the rows' numbers in
the regional extract), "NA" for missing values, TRUE/FALSE, CRLF line ends (embedded line
breaks too), UTF-8 without BOM.

Force side (tracker.xlsx): Lincolnshire Police's own tidy tracker, in the force's words.

Run with /work/main/.venv/bin/python. Deterministic: no clock, fixed seed, fixed document
properties, XlsxWriter in_memory mode (zip entries dated 1980-01-01).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random

import xlsxwriter

CASE = "r_write_csv_regional_extract"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2021, 12, 7, 8, 45, 0)
EXTRACT_DAY = dt.date(2021, 12, 6)
FORCE = "Lincolnshire Police"
OTHERS = ["Derbyshire Constabulary", "Leicestershire Police", "Northamptonshire Police",
          "Nottinghamshire Police"]

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
COC2 = "Cause for concern"          # the portal's older spelling on one record
NAT = "National recommendation"

AR, BP, CO, SU, NFA = ("awaiting-review", "being-progressed", "complete", "superseded",
                       "no-further-action")
OPEN = {AR, BP}

# ------------------------------------------------------------------------------------------
# Reports. key -> (portal title, published (None = the portal's legacy date text, which the
# analyst's as.Date(x, "%d/%m/%Y") turned into NA), report record id, the analyst's lookup
# short name (None = not in the analyst's lookup, so NA), true publication date (README only))
# ------------------------------------------------------------------------------------------
REPORTS: dict[str, tuple[str, dt.date | None, str, str | None, dt.date]] = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              None, "INSP-0107", "S&S 2013", dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 None, "INSP-0131", "DA 2014", dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "INSP-0140", "Austerity 2014", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "INSP-0146", "Core Business",
             dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "INSP-0159", "Integrity 2015", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "INSP-0166", None, dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "INSP-0178", "Building the Picture", dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "INSP-0183", "Firearms 2015", dt.date(2015, 9, 15)),
    "eff16": ("PEEL: Police efficiency 2016 – Lincolnshire Police", dt.date(2016, 11, 3),
              "INSP-0231", "PEEL Eff 16", dt.date(2016, 11, 3)),
    "leg16": ("PEEL: Police legitimacy 2016 – Lincolnshire Police", dt.date(2016, 12, 8),
              "INSP-0240", "PEEL Legit 16", dt.date(2016, 12, 8)),
    "effv16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", dt.date(2017, 3, 2),
               "INSP-0252", "PEEL Effect 16", dt.date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017 – Lincolnshire Police",
              dt.date(2017, 8, 24), "INSP-0281", "CDI 2017", dt.date(2017, 8, 24)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "INSP-0290", "Stolen Freedom", dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "INSP-0295", "PEEL Eff 17 national", dt.date(2017, 11, 9)),
    "efc17f": ("PEEL: Police efficiency 2017 – Lincolnshire Police", dt.date(2017, 11, 9),
               "INSP-0296", "PEEL Eff 17", dt.date(2017, 11, 9)),
    "ncpi17": ("National child protection inspection 2017 – Lincolnshire Police",
               dt.date(2017, 11, 24), "INSP-0299", "NCPI 2017", dt.date(2017, 11, 24)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "INSP-0304", "PEEL Legit 17 national", dt.date(2017, 12, 12)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – "
                 "Lincolnshire Police", dt.date(2019, 5, 2), "INSP-0377", "PEEL 18/19",
                 dt.date(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "INSP-0455", "Police powers spotlight",
               dt.date(2021, 2, 26)),
    "peel2122": ("PEEL 2021/22 – An inspection of Lincolnshire Police", dt.date(2021, 10, 14),
                 "INSP-0489", None, dt.date(2021, 10, 14)),
}
NATIONAL_REPORTS = {"sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                    "firearms", "stolen", "efc17", "leg17", "powers"}

# ------------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied as literals.
# ------------------------------------------------------------------------------------------
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
    "to the victim or the wider public are identified and appropriately managed."
)
CHILD_DETENTION = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made on "
    "the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
MISSING_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately review its "
    "approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)

# id -> (report, type, text, status, status date text, HMICFRS comment, force comment)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_NFA = ("No further action is required by HMIC in relation to the recommendations from this "
         "report. This area of activity has subsequently been inspected each year, most "
         "recently in HMICFRS's PEEL Efficiency inspections.")
C_SUP_SAS = ("Superseded by the recommendation in Stop and search powers 2 (2015), which is "
             "monitored against that report.")
C_EFC_SUP = ("Superseded. This area of activity has subsequently been inspected in HMICFRS's "
             "PEEL 2018/19 inspection.")

ITEMS: dict[int, tuple] = {
    # --- Stop and search powers 2013 (legacy date -> NA) ---
    1204: ("sas13", NAT,
           "Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.",
           CO, "27/04/2018 00:00", C_DONE, ""),
    1205: ("sas13", NAT,
           "Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch "
           "criminals and maintain public trust.",
           CO, "27/04/2018 00:00", C_DONE, ""),
    1206: ("sas13", NAT,
           "Chief Constables should, in consultation with elected local policing bodies, "
           "ensure that they comply with the code of practice by explaining to the public the "
           "way stop and search powers are used in their areas and by making arrangements for "
           "stop and search records to be scrutinised by community representatives. This "
           "should be done in a way that involves those people who are stopped and searched, "
           "for example, young people.",
           SU, "02/03/2016 00:00", C_SUP_SAS, ""),
    # --- Everyone's business 2014 (legacy date -> NA) ---
    2318: ("everyone", NAT, EVERYONE_PLAN, CO, "15/06/2017 00:00", C_DONE,
           "Action plan published on force website Sept 2014; refreshed 2016."),
    # --- Policing in austerity 2014 ---
    3310: ("austerity", NAT,
           "All Chief Constables and PCCs should review their plans to deliver savings to "
           "ensure they are doing all they can to continue to reduce crime and protect the "
           "front line while balancing their budgets. They should use the data and "
           "information contained in this report, and in HMIC's Value for Money profiles, "
           "when conducting their reviews",
           NFA, "30/11/2017 00:00", C_NFA, ""),
    3311: ("austerity", NAT,
           "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
           "savings through collaboration should assess whether there is scope to improve on "
           "this position. HMIC will follow up the assessments in the autumn.",
           NFA, "30/11/2017 00:00", C_NFA, ""),
    3312: ("austerity", NAT,
           "Chief Constables and PCCs in forces that are planning to reduce the proportion of "
           "their workforce and/or police officers on the front line should assess whether "
           "they have taken the decisive action seen in many forces in order to maintain their "
           "crime fighting capacity. HMIC will follow up the assessments in the autumn.",
           NFA, "30/11/2017 00:00", C_NFA, ""),
    3313: ("austerity", NAT,
           "In preparation for the next spending round period all Chief Constables and PCCs "
           "should review their plans for collaboration. In particular they should consider "
           "whether there is scope to deliver better value for money and improved capability "
           "and capacity through joint working with other forces, the public and/or the "
           "private sector.",
           NFA, "30/11/2017 00:00", C_NFA, ""),
    # --- Core business 2014 ---
    4822: ("core", NAT,
           "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
           "that have not yet done so, should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.",
           CO, "11/09/2017 00:00", C_DONE, ""),
    4823: ("core", NAT,
           "By 31 March 2015 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.",
           BP, "11/09/2017 00:00", C_REV, ""),
    # --- Integrity matters 2015 ---
    5107: ("integrity", NAT,
           "By 31 August 2015, all chief constables should satisfy themselves that they have "
           "processes in place to ensure that investigations into misconduct by officers and "
           "staff resulting in “no further action” are fair and free of any form of "
           "discrimination.",
           CO, "19/01/2017 00:00", C_DONE, ""),
    # --- Stop and search powers 2, 2015 ---
    5390: ("sas15", NAT,
           "Chief constables should, in consultation with police and crime commissioners, "
           "ensure that they comply with the Code of Practice by explaining to the public the "
           "way stop and search powers are used in their areas and by making arrangements for "
           "stop and search records to be scrutinised by community representatives. This "
           "should be done in a way that involves those people who are stopped and searched, "
           "for example young people.",
           BP, "08/07/2019 11:20", C_MON, "Scrutiny panel reviews BWV monthly."),
    # --- Building the picture 2015 ---
    5802: ("picture", NAT,
           "By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through the "
           "force information management governance structure. This should include measures "
           "to ensure that categorisation of records are regularly adjusted.",
           BP, "08/07/2019 11:24", C_MON, ""),
    # --- Targeting the risk 2015 ---
    6120: ("firearms", NAT,
           "Within three months, all chief constables should assess how well the governance of "
           "firearms licensing in his or her force meets the standards set out in Authorised "
           "Professional Practice. Chief constables of forces where the governance standards "
           "are not being complied with should put in place immediately the correct "
           "arrangements and procedures in order to meet the standards in full.",
           CO, "04/05/2017 00:00", C_DONE, ""),
    6121: ("firearms", NAT,
           "Within three months, all chief constables should assess the demand placed on their "
           "firearms licensing department and ensure it has the capacity to meet this demand "
           "and provide an efficient and effective service at all times.",
           CO, "04/05/2017 00:00", C_DONE, ""),
    6122: ("firearms", NAT,
           "Immediately, all chief constables should satisfy themselves that all appropriate "
           "action is being taken by their force with regard to ‘total expired’ licensing "
           "records.",
           BP, "22/02/2021 09:41", C_MON, "Backlog of total expired records reviewed."),
    6123: ("firearms", NAT,
           "Within three months, all chief constables should ensure that their arrangements in "
           "respect of the use of temporary permits are in accordance with the Home Office "
           "guidance; that temporary permits are properly recorded without delay on the "
           "National Firearms Licensing Management System; and that effective systems exist to "
           "ensure certificate holders are not permitted, at any time, to remain in unlawful "
           "possession of a firearm.",
           SU, "22/02/2021 09:44",
           "Superseded by the Home Office statutory guidance on firearms licensing (2021).", ""),
    6124: ("firearms", NAT,
           "Within three months, all chief constables should ensure that systems designed to "
           "identify, prior to police attendance, whether a reported incident involves or is "
           "at the address of a firearm certificate holder are in place and are always applied "
           "by staff dispatching officers to incidents; and that officers understand the risk "
           "assessment which they should be undertaking in such circumstances, and their "
           "power, when appropriate, to seize firearms and firearm certificates.",
           BP, "22/02/2021 09:46", C_MON, ""),
    # --- PEEL efficiency 2016 (force) ---
    7301: ("eff16", AFI,
           "The force should undertake further work to gain a fuller understanding of current "
           "demand for its services, and likely future changes in demand. This is so it can "
           "make best use of its resources by matching them to demand to meet the needs of the "
           "public.",
           CO, "14/03/2019 10:22", C_DONE, ""),
    7302: ("eff16", AFI,
           "The force should develop its understanding of the links between its outcomes, "
           "outputs and costs.",
           SU, "14/03/2019 10:25", C_EFC_SUP, ""),
    7303: ("eff16", AFI,
           "The force should develop a future workforce plan that is aligned with its overall "
           "demand and budget. The plan should include future resource allocations, the mix of "
           "skills required by the workforce and behaviours expected of them.",
           CO, "14/03/2019 10:27", C_DONE, ""),
    # --- PEEL legitimacy 2016 (force) ---
    7410: ("leg16", AFI,
           "The force should satisfy itself that it has processes in place to ensure that "
           "investigations into misconduct by officers and staff resulting in “no further "
           "action” are fair and free of any form of discrimination.",
           CO, "02/10/2018 15:02", C_DONE, ""),
    7411: ("leg16", AFI,
           "The force should make sure it provides a confidential way for staff to raise "
           "concerns and that staff are aware of whistleblowing processes.",
           BP, "02/10/2018 15:05", C_MON, ""),
    7412: ("leg16", COC,
           "The size of the vetting backlog within Lincolnshire Police is a cause of concern.",
           CO, "02/10/2018 15:07", C_DONE, ""),
    7413: ("leg16", REC,
           "The force should ensure all staff have received at least the lowest level of "
           "vetting clearance for their roles as quickly as possible, working to clear both the "
           "vetting backlog and new vetting renewals when they become due so that it complies "
           "fully with the national vetting guidelines.",
           CO, "02/10/2018 15:08", C_DONE, "Backlog cleared Aug 2018."),
    # --- PEEL effectiveness 2016 (force) ---
    7620: ("effv16", COC,
           "The force's response to domestic abuse is a cause of concern to HMIC. The force "
           "policy which allows an officer discretion to complete a DASH risk assessment in "
           "some crimes and incidents does not provide confidence that risk is always assessed "
           "appropriately. In cases where a DASH risk assessment is not completed the officer "
           "should record an assessment on the crime management system. HMIC found that "
           "officers are not consistently completing a DASH in circumstances where force "
           "policy requires that they should do so. This means that some victims of domestic "
           "abuse who may be at risk of harm are not being appropriately risk-assessed.",
           SU, "20/06/2019 14:10", C_SUP, ""),
    7621: ("effv16", REC,
           "To address this cause of concern, HMIC recommends the force should immediately take "
           "steps to ensure that there is effective supervision of the initial risk assessment "
           "process, specifically in relation to the completion of DASH risk assessment in "
           "appropriate cases.",
           BP, "20/06/2019 14:12", C_MON,
           "The Force Executive Team agreed on 25 July that we would risk-assess all DA "
           "incidents."),
    7622: ("effv16", COC,
           "The force’s response to missing and absent children is a cause of concern to HMIC. "
           "HMIC found that the assessment of risk for children who go missing from home was "
           "inappropriate in some cases. We found some instances where children were classed "
           "as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for "
           "missing children were sometimes incorrectly assessed at a lower grade. Children "
           "were incorrectly graded at a lower level and could have been exposed to an "
           "increased risk of harm.",
           CO, "20/06/2019 14:15", C_DONE, ""),
    7623: ("effv16", REC, MISSING_REC, CO, "20/06/2019 14:16", C_AUTH, ""),
    7624: ("effv16", AFI,
           "The force should improve its understanding of the nature and scale of child sexual "
           "exploitation in its area.",
           CO, "20/06/2019 14:18", C_DONE, ""),
    7625: ("effv16", AFI,
           "The force should make sure investigations of rape and serious sexual offences are "
           "allocated to officers with the right skills and are effectively supervised.",
           NFA, "20/06/2019 14:19", "No further action required - see PEEL 2018/19.", ""),
    7626: ("effv16", AFI,
           "The force should improve how it works with partner organisations to safeguard "
           "people at risk from honour-based abuse.",
           BP, "20/06/2019 14:21", C_MON, ""),
    # --- Crime data integrity 2017 (force) ---
    8011: ("cdi17", REC, CDI_VICTIMS, AR, "03/09/2021 16:40", C_REV,
           "All five strands complete - evidence pack sent 03/09/2021."),
    8012: ("cdi17", REC,
           "Within three months, the force should improve its use of its crime-recording and "
           "management system to better manage its case files and investigative processes.",
           BP, "12/01/2021 10:03", C_MON, ""),
    8013: ("cdi17", AFI,
           "The force should make sure it records reports of stalking and harassment accurately "
           "and without delay.",
           CO, "12/01/2021 10:05", C_DONE, ""),
    8014: ("cdi17", AFI,
           "The force should revise its approach to cautions, cannabis warning and penalty "
           "notices for disorder to ensure that there is a clear and auditable explanation to "
           "the offender of the implications of receiving the warning and that, for "
           "victim-based crimes, there is a clear and auditable record that views of the victim "
           "are considered prior to their issue.",
           BP, "12/01/2021 10:07", C_MON, ""),
    # --- Stolen freedom 2017 ---
    8502: ("stolen", NAT, SF_LEADERSHIP, BP, "03/11/2021 14:02", C_MON, ""),
    8503: ("stolen", NAT,
           "Within six months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
           "and in order to safeguard victims better and to identify suspects as early as "
           "possible",
           BP, "03/11/2021 14:03", C_MON, ""),
    8504: ("stolen", NAT,
           "Immediately, forces should ensure that all victims carrying out criminal acts under "
           "compulsion attributable to slavery or exploitation are afforded the protection of "
           "early and continuing consideration of the applicability of the section 45 defence.",
           CO, "03/11/2021 14:05", C_DONE, ""),
    8505: ("stolen", NAT,
           "Immediately, forces should take steps to ensure they are fully compliant with the "
           "NRM process as it evolves and are implementing the requirement placed upon them "
           "under the Modern Slavery Act 2015 to notify the Home Office of any individual "
           "suspected to be an adult victim of modern slavery or human trafficking.",
           CO, "03/11/2021 14:06", C_DONE, ""),
    8506: ("stolen", NAT,
           "Immediately, forces should take steps to ensure they fully comply with national "
           "crime recording standard (NCRS) requirements for offences identified as modern "
           "slavery and human trafficking and that sufficient audit capacity is available to "
           "the force crime registrar to provide reassurance that each force is identifying and "
           "managing any gaps in its crime-recording accuracy for these types of offences.",
           BP, "03/11/2021 14:07", C_MON, ""),
    8507: ("stolen", NAT,
           "Immediately, forces should ensure that allegations or indications of modern slavery "
           "and human trafficking are thoroughly investigated and effectively supervised by "
           "teams and individuals with the skills and experience to undertake them (this should "
           "include the use where appropriate of joint intelligence teams and other means to "
           "obtain intelligence and evidence from agencies overseas).",
           AR, "03/11/2021 14:08", C_REV, ""),
    8508: ("stolen", NAT,
           "Immediately, forces should review their use of preventative powers under the Modern "
           "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
           "deemed to pose a clear threat to others in respect of modern slavery and human "
           "trafficking offences are exploited.",
           BP, "03/11/2021 14:09", C_MON, ""),
    # --- PEEL efficiency 2017: national and force ---
    8533: ("efc17", NAT,
           "By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force. The Home Office, National Police "
           "Chiefs' Council and Association of Police and Crime Commissioners should support "
           "the development of these plans by establishing a national framework which allows "
           "for the provision of digitally enabled services across force boundaries.",
           BP, "19/03/2020 12:30", C_MON, ""),
    8534: ("efc17f", AFI,
           "The force should ensure that it has sufficient resources available in the control "
           "room to fulfil its resourcing model, and so to meet its demand, while also taking "
           "into account the wellbeing of its workforce.",
           BP, "19/03/2020 12:31", C_MON, ""),
    # --- National child protection inspection 2017 (force) ---
    8590: ("ncpi17", REC, CHILD_DETENTION, BP, "07/07/2020 09:15", C_MON, ""),
    8591: ("ncpi17", REC,
           "Within three months, the force should improve how it works with partner "
           "organisations to safeguard people at risk from child sexual exploitation.",
           CO, "07/07/2020 09:17", C_DONE, ""),
    # --- PEEL legitimacy 2017 national ---
    8540: ("leg17", COC,
           "HMICFRS is concerned that forces are not able to demonstrate that the use of stop "
           "and search powers is consistently reasonable and fair. In particular, there is "
           "over-representation of BAME people, and black people in particular, in stop and "
           "search data which many forces are unable to explain.",
           BP, "08/07/2019 11:30", C_MON, ""),
    8541: ("leg17", NAT, SAS_MONITORING_2017, BP, "08/07/2019 11:31", C_MON,
           "Monthly S&S disproportionality dashboard live."),
    8542: ("leg17", NAT,
           "Where forces identify disparities through monitoring, they should demonstrate to "
           "the public that they have:\n"
           "•carried out research and analysis in an attempt to understand the reasons for the "
           "disparity, and •taken action to reduce the disparity, where necessary;",
           BP, "08/07/2019 11:32", C_MON, ""),
    8543: ("leg17", NAT,
           "We expect forces to publish this analysis and any actions taken at least on an "
           "annual basis, from July 2018.",
           CO, "08/07/2019 11:33", C_DONE, ""),
    8544: ("leg17", NAT,
           "By July 2018, and ongoing following that date, forces should ensure that all "
           "officers who use stop and search powers have been provided with, and understand, "
           "training on unconscious bias and College of Policing APP on stop and search.",
           CO, "08/07/2019 11:34", C_DONE, ""),
    # --- PEEL 2018/19 (force) ---
    9102: ("peel1819", COC2,
           "The force does not have the capacity or capability to investigate crime effectively "
           "and this is affecting the service being provided to the public. There are failings "
           "in the way that crimes are being investigated.",
           BP, "26/11/2020 13:00", C_MON, ""),
    9103: ("peel1819", REC,
           "HMIC recommends that the force should immediately: conduct a review of officers’ "
           "capabilities and capacity to manage their investigative workload, to better "
           "understand investigative demand and the pressures placed upon them; and",
           CO, "26/11/2020 13:02", C_DONE, ""),
    9104: ("peel1819", REC,
           "HMIC recommends that within six months the force should: ensure regular and active "
           "supervision of the quality and progress of investigations. This supervision should "
           "be properly recorded;",
           BP, "26/11/2020 13:03", C_MON, ""),
    9105: ("peel1819", REC,
           "HMIC recommends that within six months the force should: improve its ability to "
           "retrieve digital evidence from mobile phones, computers and other electronic "
           "devices quickly enough to ensure investigations are not delayed;",
           BP, "26/11/2020 13:04", C_MON, ""),
    9106: ("peel1819", REC,
           "HMIC recommends that within six months the force should: improve its understanding "
           "of suspects released under investigation and the management of those released on "
           "bail;",
           BP, "26/11/2020 13:05", C_MON, ""),
    9107: ("peel1819", AFI,
           "The force should improve the way it manages the risk posed by offenders involved in "
           "county lines drug dealing.",
           AR, "26/11/2020 13:06", C_REV, ""),
    9108: ("peel1819", AFI,
           "The force should make sure it has enough specialist capacity and capability to "
           "investigate online child sexual abuse.",
           BP, "26/11/2020 13:07", C_MON, ""),
    9109: ("peel1819", AFI,
           "Lincolnshire Police should improve its arrangements both to consult with the public "
           "about business planning and to feed back on changes made to service delivery as a "
           "result of such consultation.",
           CO, "26/11/2020 13:08", C_DONE, ""),
    9110: ("peel1819", AFI,
           "The force should make sure it has access to accurate data and analysis to support "
           "effective performance management.",
           BP, "26/11/2020 13:09", C_MON, ""),
    9111: ("peel1819", AFI,
           "The force should review how it gathers and uses equality and diversity data to "
           "improve its understanding of its workforce demographics.",
           BP, "26/11/2020 13:10", C_MON, ""),
    # --- Disproportionate use of police powers 2021 ---
    9710: ("powers", NAT,
           "By July 2022, forces should ensure that officers and staff have effective "
           "communication skills, in line with the National Policing Guidelines on Conflict "
           "Management. This should be in addition to existing training on conflict management "
           "and de-escalation.",
           AR, "01/03/2021 09:00", C_NEW, ""),
    9711: ("powers", NAT,
           "By July 2021, forces should ensure that communication skills are reinforced as part "
           "of the programme of continuing professional development for officers and staff, and "
           "that supervisors are supported to routinely and frequently debrief officers on "
           "these skills using body-worn video footage.",
           BP, "14/09/2021 15:33", C_MON, ""),
    9712: ("powers", NAT, BWV_2021, BP, "14/09/2021 15:35", C_MON, ""),
    9713: ("powers", NAT,
           "The Home Office and the NPCC should take steps to ensure that the quality of the "
           "data collected on the number of incidents where force has been used to effect a "
           "stop and search is sufficient for publication. The Home Office should publish this "
           "data as soon as possible.",
           AR, "01/03/2021 09:00", C_NEW, ""),
    9714: ("powers", NAT,
           "By July 2021, forces should ensure they have effective internal monitoring "
           "processes on the use of force, to help them to identify and understand "
           "disproportionate use, explain the reasons and implement any necessary improvement "
           "action.",
           BP, "14/09/2021 15:37", C_MON, ""),
    # --- PEEL 2021/22 (force) ---
    9820: ("peel2122", AFI,
           "The force should make sure victims of domestic abuse are kept informed about the "
           "progress of their case, in line with the Code of Practice for Victims of Crime.",
           AR, "15/10/2021 10:00", C_NEW, ""),
    9821: ("peel2122", AFI,
           "The force should improve the timeliness of its response to calls for service "
           "involving anti-social behaviour.",
           AR, "15/10/2021 10:00", C_NEW, ""),
    9822: ("peel2122", AFI,
           "The force should improve how it gathers, assesses and acts on intelligence about "
           "serious and organised crime.",
           AR, "15/10/2021 10:00", C_NEW, ""),
    9823: ("peel2122", AFI,
           "The force should make sure its performance framework gives senior leaders a clear "
           "picture of its response to violence against women and girls.",
           AR, "15/10/2021 10:00", C_NEW, ""),
    9824: ("peel2122", AFI,
           "The force should put plans in place to monitor, including through the gathering and "
           "analysis of staff feedback, team cultures and provide prompt remedial action for any "
           "issues it identifies.",
           AR, "15/10/2021 10:00", C_NEW, ""),
    9825: ("peel2122", AFI,
           "The force should specify in succession plans how it intends to improve diversity "
           "across all levels of the force. This should include offering increased direct-entry "
           "opportunities.",
           AR, "15/10/2021 10:00", C_NEW, ""),
    9826: ("peel2122", AFI,
           "The force should develop a problem-solving approach to neighbourhood crime, working "
           "with local communities and partners.",
           AR, "15/10/2021 10:00", C_NEW, ""),
}

# Report-record summaries (the portal's text on a report row).
def report_summary(key: str) -> str:
    types = [ITEMS[i][1] for i in ITEMS if ITEMS[i][0] == key]
    n_rec = sum(t in (REC, NAT) for t in types)
    n_afi = sum(t == AFI for t in types)
    n_coc = sum(t in (COC, COC2) for t in types)
    parts = []
    if n_coc:
        parts.append(f"{n_coc} cause{'s' if n_coc > 1 else ''} of concern")
    if n_rec:
        parts.append(f"{n_rec} recommendation{'s' if n_rec > 1 else ''}")
    if n_afi:
        parts.append(f"{n_afi} area{'s' if n_afi > 1 else ''} for improvement")
    if len(parts) > 1:
        body = ", ".join(parts[:-1]) + " and " + parts[-1]
    else:
        body = parts[0]
    if key in NATIONAL_REPORTS:
        return f"National report. This report makes {body} for all forces."
    return f"This report makes {body}."


# ------------------------------------------------------------------------------------------
# The HMICFRS side: rows of the R data frame, in write.csv order
# ------------------------------------------------------------------------------------------
HEADER = ["", "Rec.ID", "Force.s.", "Inspection...report", "Date.published", "Type",
          "Recommendation...AFI.text", "Status", "Status.date", "Comment", "Comment.1",
          "report_short", "national", "days_open", "status_group"]
NA = object()   # R's NA


def build_frame() -> list[dict]:
    """Rows as the data frame holds them after the analyst's code, before sorting."""
    rows: list[dict] = []
    # Portal order: by report record id, each report record followed by its items.
    for key in sorted(REPORTS, key=lambda k: REPORTS[k][2]):
        title, pub, rid, short, true_pub = REPORTS[key]
        rows.append({"kind": "report", "key": key, "Rec.ID": rid,
                     "Force.s.": "" if key in NATIONAL_REPORTS else FORCE,
                     "Inspection...report": title, "Date.published": pub, "Type": "Report",
                     "text": report_summary(key), "Status": "published",
                     "Status.date": true_pub.strftime("%d/%m/%Y 00:00"), "Comment": "",
                     "Comment.1": "", "report_short": short})
        for iid in sorted(i for i in ITEMS if ITEMS[i][0] == key):
            rep, typ, text, st, sdate, com, com1 = ITEMS[iid]
            rows.append({"kind": "item", "key": key, "id": iid, "Rec.ID": str(iid),
                         "Force.s.": FORCE, "Inspection...report": title,
                         "Date.published": pub, "Type": typ, "text": text, "Status": st,
                         "Status.date": sdate, "Comment": com, "Comment.1": com1,
                         "report_short": short})
    # Row names: the rows' numbers in the five-force regional extract, which runs in
    # register order (each report record once, then that report's items for all five
    # forces side by side), so this list's rows are spread over 1-586 with gaps.
    rng = random.Random(202612070482)
    n = 0
    for r in rows:
        n += rng.choice([1, 2, 4, 5, 5, 6, 7, 9, 11])
        r["rowname"] = str(n)
    assert n < 587, n
    # The portal export's two footer lines, read by read.csv(fill = TRUE) as rows.
    rows.append({"kind": "footer", "Rec.ID": "Report generated 06/12/2021 09:14 by "
                 "EMSAT\\RKowalski - HMICFRS Monitoring Portal", "rowname": "587"})
    rows.append({"kind": "footer", "Rec.ID": "Total records: 586", "rowname": "588"})
    for r in rows:
        if r["kind"] == "footer":
            for c in ("Force.s.", "Inspection...report", "Type", "text", "Status",
                      "Status.date", "Comment", "Comment.1"):
                r[c] = ""
            r["Date.published"] = None
            r["report_short"] = None
        # analyst's added columns
        pub = r["Date.published"]
        r["days_open"] = (EXTRACT_DAY - pub).days if pub else None
        r["national"] = r["Type"] == NAT
        st = r["Status"]
        r["status_group"] = ("Closed" if st in ("complete", "superseded") else
                             "Open" if st in ("awaiting-review", "being-progressed") else None)
    return rows


def r_sort(rows: list[dict]) -> list[dict]:
    """order(Date.published, Rec.ID): NA dates last; Rec.ID compared as text (digits before
    letters, as in the en_GB collation)."""
    def k(r):
        d = r["Date.published"]
        return (d is None, d or dt.date.min, r["Rec.ID"].lower())
    return sorted(rows, key=k)


def q(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def write_csv(rows: list[dict], path: str) -> None:
    lines = [",".join(q(h) for h in HEADER)]
    for r in rows:
        pub = r["Date.published"]
        cells = [
            q(r["rowname"]), q(r["Rec.ID"]), q(r["Force.s."]), q(r["Inspection...report"]),
            pub.isoformat() if pub else "NA", q(r["Type"]), q(r["text"]), q(r["Status"]),
            q(r["Status.date"]), q(r["Comment"]), q(r["Comment.1"]),
            q(r["report_short"]) if r["report_short"] is not None else "NA",
            "TRUE" if r["national"] else "FALSE",
            str(r["days_open"]) if r["days_open"] is not None else "NA",
            q(r["status_group"]) if r["status_group"] is not None else "NA",
        ]
        lines.append(",".join(cells))
    # Windows text-mode connection: every "\n", inside quoted strings too, becomes CRLF.
    data = ("\n".join(lines) + "\n").replace("\n", "\r\n").encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(data)


# ------------------------------------------------------------------------------------------
# The force side: Lincolnshire Police's tracker
# ------------------------------------------------------------------------------------------
D = dt.date
# (No., HMICFRS ID, report, published, type, text, lead, RAG, update, submitted,
#  links: [(hmicfrs id or None, category, why)])
LOCAL = "not_on_hmicfrs_list"
TRACKER: list[tuple] = [
    ("1", None, "Stop & Search 2013", D(2013, 7, 1), "National Rec",
     "CCs & CoP to set out in S&S APP a clear spec of what is effective & fair use of S&S "
     "powers - compliant with Code of Practice", "ACC Local Policing", "Closed",
     "S&S APP adopted in full. Closed by HMIC April 2018.", None,
     [(1204, "in_sync", "Matched on report (S&S 2013) and text (APP specification of effective "
       "and fair use). HMICFRS complete (closed); force Closed (done).")]),
    ("2", None, "Stop & Search 2013", D(2013, 7, 1), "National Rec",
     "Establish/improve monitoring of the way officers stop & search people so we can be "
     "satisfied they act lawfully (incl equality legislation & Code of Practice)",
     "ACC Local Policing", "Amber",
     "Monitoring continues through the S&S Board; keep open until new dashboard embedded.",
     None,
     [(1205, "closeable_local", "Matched on report (S&S 2013) and text (monitoring the way "
       "officers stop and search). HMICFRS complete (closed); force Amber (open): close "
       "locally.")]),
    ("3", None, "Everyone's Business (DA) 2014", D(2014, 3, 1), "National Rec",
     "By Sept 2014 establish & publish a DA action plan setting out steps to improve our "
     "approach to domestic abuse (consult PCC, support orgs & victims reps; DHRs & IPCC "
     "findings; CPS scrutiny panels & MARAC self-assessments)", "Ch Supt Public Protection",
     "Green", "Action plan published Sept 2014 and refreshed 2016.", D(2017, 5, 30),
     [(2318, "in_sync", "Matched on report (Everyone's business) and text (publish a DA action "
       "plan by September 2014, same four bullets). HMICFRS complete (closed); force Green "
       "(done).")]),
    ("4", "3310 / 3313", "Policing in Austerity 2014", D(2014, 7, 1), "National Rec",
     "Review savings plans to keep reducing crime & protect front line (use VfM profiles) AND "
     "review collaboration plans for next spending round - joint working with other forces, "
     "public/private sector", "Director of Finance", "Closed",
     "Addressed holistically as part of the force change programme. HMIC confirmed no further "
     "action.", None,
     [(3310, "in_sync", "One force row holds two items; this line is the first (review savings "
       "plans, VfM profiles), ref 3310 typed on the row. HMICFRS no-further-action (closed); "
       "force Closed (done)."),
      (3313, "in_sync", "Same force row, second item (review plans for collaboration before the "
       "next spending round), ref 3313 typed on the row. HMICFRS no-further-action (closed); "
       "force Closed (done).")]),
    ("5", None, "Policing in Austerity 2014", D(2014, 7, 1), "National Rec",
     "Forces planning to deliver less than 15% of savings through collaboration to assess "
     "scope to improve on this. HMIC to follow up in autumn", "Director of Finance", "Amber",
     "Collaboration savings reviewed with East Midlands partners.", None,
     [(3311, "conflict", "Same austerity item (assess savings through collaboration, HMIC follow "
       "up in the autumn), but the force row says 'less than 15%' where HMICFRS says 'less than "
       "10%': the figure disagrees. (Status alone would be closeable_local: HMICFRS "
       "no-further-action, force Amber.)")]),
    ("6", None, "Policing in Austerity 2014", D(2014, 7, 1), "National Rec",
     "Forces reducing front line workforce/officers to assess whether decisive action taken "
     "to maintain crime fighting capacity", "Director of Finance", "Amber",
     "Linked to the workforce plan; see PEEL Eff 16 AFI 3.", None,
     [(3312, "closeable_local", "Matched on report (austerity) and text (reducing the front "
       "line, maintain crime fighting capacity). HMICFRS no-further-action (closed); force "
       "Amber (open): close locally.")]),
    ("7", None, "Core Business 2014", D(2014, 9, 1), "National Rec",
     "Provide call handlers with specific, sound & comprehensible THR criteria (by 31/03/15)",
     "Supt Contact Centre", "Green", "THRIVE adopted in the FCR.", D(2016, 2, 1),
     [(4822, "in_sync", "Matched on report (Core Business) and text (threat, harm and risk "
       "criteria for call-handlers, by 31 March 2015). HMICFRS complete (closed); force Green "
       "(done).")]),
    ("8", None, "Integrity Matters 2015", D(2015, 1, 1), "National Rec",
     "CC to satisfy himself that misconduct investigations resulting in NFA are fair and free "
     "from discrimination (by 31 Aug 2015)", "Head of Professional Standards", "Closed",
     "PSD dip sample of NFA outcomes completed; closed.", None,
     [(5107, "in_sync", "Matched on report (Integrity matters) and text (misconduct 'no further "
       "action' outcomes fair, by 31 August 2015). HMICFRS complete (closed); force Closed "
       "(done).")]),
    ("9", None, "Stop & search powers 2 (2015)", D(2015, 3, 1), "National Rec",
     "In consultation with PCC explain to public how S&S powers are used & arrange for records "
     "to be scrutinised by community reps, involving those stopped eg young people",
     "ACC Local Policing", "Green",
     "Independent scrutiny panel in place incl youth representatives; evidence pack ready.",
     D(2021, 10, 12),
     [(5390, "closeable_submit", "Matched on report (Stop and search powers 2, 2015) and text "
       "('in consultation with PCC'); the near-identical 2013 item 1206 says 'elected local "
       "policing bodies' and sits under the 2013 report. HMICFRS being-progressed (open); "
       "force Green (done): submit for closure.")]),
    ("10", None, "Building the Picture 2015", D(2015, 7, 1), "National Rec",
     "By 30 Nov 2015 - arrangements to scrutinise audits of compliance with APP on "
     "information management through the force IM governance structure",
     "Head of Information Management", "Amber", "IM Board now receives quarterly audit "
     "results; categorisation review outstanding.", None,
     [(5802, "in_sync", "Matched on report (Building the picture) and text (scrutinise audits "
       "of APP information management compliance). HMICFRS being-progressed (open); force "
       "Amber (open).")]),
    ("11", None, "Firearms licensing 2015", D(2015, 9, 1), "National Rec",
     "Within 3 months assess how well governance of firearms licensing meets the APP "
     "standards", "Supt Firearms Licensing", "Closed", "Closed by HMICFRS May 2017.", None,
     [(6120, "in_sync", "Matched on report (Targeting the risk) and text (governance of "
       "firearms licensing against APP). HMICFRS complete (closed); force Closed (done).")]),
    ("12", None, "Firearms licensing 2015", D(2015, 9, 1), "National Rec",
     "Within 3 months assess demand on firearms licensing dept & ensure capacity to meet it",
     "Supt Firearms Licensing", "Green", "Demand review completed; 2 additional FEOs.",
     D(2016, 6, 14),
     [(6121, "in_sync", "Matched on report and text (demand placed on the firearms licensing "
       "department). HMICFRS complete (closed); force Green (done).")]),
    ("13", None, "Firearms licensing 2015", D(2015, 9, 1), "National Rec",
     "Immediately satisfy ourselves all appropriate action taken re 'total expired' licensing "
     "records", "Supt Firearms Licensing", "Green",
     "All total expired records reviewed and actioned; weekly report in place.",
     D(2021, 10, 12),
     [(6122, "closeable_submit", "Matched on report and text ('total expired' licensing "
       "records). HMICFRS being-progressed (open); force Green (done): submit for closure.")]),
    ("14", None, "Firearms licensing 2015", D(2015, 9, 1), "National Rec",
     "Temporary permits - arrangements in line with HO guidance, recorded without delay on "
     "NFLMS & systems so certificate holders never in unlawful possession",
     "Supt Firearms Licensing", "Amber", "Process being rewritten for new statutory guidance.",
     None,
     [(6123, "closeable_local", "Matched on report and text (temporary permits, NFLMS). "
       "HMICFRS superseded (closed); force Amber (open): close locally.")]),
    ("15", "7301", "PEEL Efficiency 2016", D(2016, 11, 1), "AFI",
     "Better understand current & likely future demand so resources can be matched to demand",
     "Head of Corporate Development", "Closed", "Demand model built into the FMS.", None,
     [(7301, "in_sync", "Matched by reference 7301 and text (understanding of demand). "
       "HMICFRS complete (closed); force Closed (done).")]),
    ("16", "7302", "PEEL Efficiency 2016", D(2016, 11, 1), "AFI",
     "Develop understanding of links between outcomes, outputs & costs",
     "Director of Finance", "Amber", "Activity-based costing pilot in Crime Directorate.",
     None,
     [(7302, "closeable_local", "Matched by reference 7302 and text (outcomes, outputs and "
       "costs). HMICFRS superseded (closed); force Amber (open): close locally.")]),
    ("17", "7303", "PEEL Efficiency 2016", D(2016, 11, 1), "AFI",
     "Future workforce plan aligned to demand & budget (resource allocations, skills mix, "
     "behaviours)", "Director of People", "Green", "Workforce plan 2018-21 approved.",
     D(2018, 11, 20),
     [(7303, "in_sync", "Matched by reference 7303 and text (future workforce plan). HMICFRS "
       "complete (closed); force Green (done).")]),
    ("18", "7412", "PEEL Legitimacy 2016", D(2016, 12, 1), "Cause of Concern",
     "Size of the vetting backlog", "Head of Professional Standards", "Closed",
     "Backlog cleared Aug 2018.", None,
     [(7412, "in_sync", "Matched by reference 7412 and text (vetting backlog cause of "
       "concern). HMICFRS complete (closed); force Closed (done).")]),
    ("19", "7413", "PEEL Legitimacy 2016", D(2016, 12, 1), "Recommendation",
     "All staff to have at least lowest level of vetting ASAP - clear backlog & renewals to "
     "comply with national vetting guidelines", "Head of Professional Standards", "Green",
     "All staff vetted to minimum level; renewals tracked monthly.", D(2018, 9, 3),
     [(7413, "in_sync", "Matched by reference 7413 and text (lowest level of vetting for all "
       "staff). HMICFRS complete (closed); force Green (done).")]),
    ("20", "7411", "PEEL Legitimacy 2016", D(2016, 12, 1), "AFI",
     "Confidential route for staff to raise concerns & staff aware of whistleblowing "
     "processes", "Head of Professional Standards", "Green",
     "Integrity line relaunched; awareness survey 87%.", D(2021, 6, 1),
     [(7411, "closeable_submit", "Matched by reference 7411 and text (confidential way to "
       "raise concerns, whistleblowing). HMICFRS being-progressed (open); force Green (done): "
       "submit for closure.")]),
    ("21", "7620", "PEEL Effectiveness 2016", D(2017, 3, 1), "Cause of Concern",
     "DA response - officer discretion on DASH; DASH not consistently completed so some DA "
     "victims not appropriately risk assessed", "Ch Supt Public Protection", "Red",
     "Linked to Vulnerability Improvement Delivery Plan.", None,
     [(7620, "closeable_local", "Matched by reference 7620 and text (DASH discretion cause of "
       "concern). HMICFRS superseded (closed, 'subsequently been inspected'); force Red "
       "(open): close locally.")]),
    ("22", "7621", "PEEL Effectiveness 2016", D(2017, 3, 1), "Recommendation",
     "Immediately - effective supervision of initial risk assessment, esp completion of DASH",
     "Ch Supt Public Protection", "Amber",
     "A Task & Finish group has been set up and a full implementation/project plan, policy "
     "rewrite and communications plan is now completed.", None,
     [(7621, "in_sync", "Matched by reference 7621 and text (supervision of initial DASH risk "
       "assessment). HMICFRS being-progressed (open); force Amber (open).")]),
    ("23", None, "PEEL Effectiveness 2016", D(2017, 3, 1), "Local action",
     "Local action: Dip-sample 50 domestic abuse crime reports each quarter and report "
     "findings to the Crime Standards Board", "Force Crime Registrar", "Amber",
     "Q2 dip sample complete.", None,
     [(None, LOCAL, "The force's own action set up under the DA cause of concern; HMICFRS "
       "never asked for a quarterly dip-sample and there is no such item on the list.")]),
    ("24", "7622", "PEEL Effectiveness 2016", D(2017, 3, 1), "Cause of Concern",
     "Response to missing & absent children - risk wrongly assessed, absent v missing",
     "Ch Supt Public Protection", "Closed", "Closed by HMICFRS June 2019.", None,
     [(7622, "in_sync", "Matched by reference 7622 and text (missing and absent children "
       "cause of concern). HMICFRS complete (closed); force Closed (done).")]),
    ("25", "7623", "PEEL Effectiveness 2016", D(2017, 3, 1), "Recommendation",
     "Review approach to missing children: call takers use missing/absent correctly; call "
     "takers & frontline can spot CSE risk factors; supervisors oversee missing enquiries",
     "Ch Supt Public Protection", "Amber", "Absent category withdrawn; training ongoing.", None,
     [(7623, "closeable_local", "Matched by reference 7623 and text (missing children, all "
       "three bullets). HMICFRS complete (closed); force Amber (open): close locally.")]),
    ("26", "7624", "PEEL Effectiveness 2016", D(2017, 3, 1), "AFI",
     "Improve understanding of nature & scale of CSE in Lincolnshire",
     "Head of Intelligence", "Green", "CSE problem profile refreshed.", D(2019, 1, 15),
     [(7624, "in_sync", "Matched by reference 7624 and text (nature and scale of child sexual "
       "exploitation). HMICFRS complete (closed); force Green (done).")]),
    ("27", "7625", "PEEL Effectiveness 2016", D(2017, 3, 1), "AFI",
     "RASSO investigations allocated to officers with right skills & effectively supervised",
     "Det Ch Supt Force CID", "Closed", "NFA per HMICFRS - re-inspected in PEEL 18/19.", None,
     [(7625, "in_sync", "Matched by reference 7625 and text (RASSO allocation and "
       "supervision). HMICFRS no-further-action (closed); force Closed (done).")]),
    ("28", "8011", "CDI 2017", D(2017, 8, 1), "Recommendation",
     "R1(i) Victims are believed at the point of report", "Force Crime Registrar", "Green",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2021, 9, 3),
     [(8011, "closeable_submit", "Part 1 of 5 of CDI recommendation 8011 (the force split its "
       "five bullets over No. 28-32, all Green). HMICFRS awaiting-review (open); force done "
       "on every part: submit for closure.")]),
    ("29", None, "CDI 2017", D(2017, 8, 1), "Recommendation",
     "R1(ii) Call handler/caller conversations summarised accurately in the incident log",
     "Force Crime Registrar", "Green", "Completed. Evidence submitted to HMICFRS for closure.",
     D(2021, 9, 3),
     [(8011, "closeable_submit", "Part 2 of 5 of 8011 (incident log summaries), no reference "
       "on this row; all five parts Green. HMICFRS awaiting-review (open): submit.")]),
    ("30", None, "CDI 2017", D(2017, 8, 1), "Recommendation",
     "R1(iii) Multiple crimes always recorded when described in incident records",
     "Force Crime Registrar", "Green", "Completed. Evidence submitted to HMICFRS for closure.",
     D(2021, 9, 3),
     [(8011, "closeable_submit", "Part 3 of 5 of 8011 (multiple crimes recorded); all five "
       "parts Green. HMICFRS awaiting-review (open): submit.")]),
    ("31", None, "CDI 2017", D(2017, 8, 1), "Recommendation",
     "R1(iv) Stop waiting for medical exam / video interview results before recording "
     "decision", "Force Crime Registrar", "Green",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2021, 9, 3),
     [(8011, "closeable_submit", "Part 4 of 5 of 8011 (awaiting medical/video results "
       "stopped); all five parts Green. HMICFRS awaiting-review (open): submit.")]),
    ("32", None, "CDI 2017", D(2017, 8, 1), "Recommendation",
     "R1(v) Online crime reports triaged on receipt so risks to victim/public identified & "
     "managed", "Force Crime Registrar", "Green",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2021, 9, 3),
     [(8011, "closeable_submit", "Part 5 of 5 of 8011 (online reports triaged); all five "
       "parts Green. HMICFRS awaiting-review (open): submit.")]),
    ("33", "8012", "CDI 2017", D(2017, 8, 1), "Recommendation",
     "Within 3 months improve use of crime recording & management system to manage case "
     "files & investigations", "Force Crime Registrar", "Amber",
     "Niche upgrade due March 2022.", None,
     [(8012, "in_sync", "Matched by reference 8012 and text (crime-recording and management "
       "system). HMICFRS being-progressed (open); force Amber (open).")]),
    ("34", "8013", "CDI 2017", D(2017, 8, 1), "AFI",
     "Record stalking & harassment reports accurately & without delay",
     "Force Crime Registrar", "Green", "Audit Jan 2021 shows 94% compliance.", D(2021, 1, 8),
     [(8013, "in_sync", "Matched by reference 8013 and text (stalking and harassment "
       "recording). HMICFRS complete (closed); force Green (done).")]),
    ("35", "8014", "CDI 2017", D(2017, 8, 1), "AFI",
     "Revise approach to cautions, CRWs & PNDs - auditable explanation to offender & victim's "
     "views recorded before issue", "Head of Criminal Justice", "Amber",
     "OOCD scrutiny panel reviewing.", None,
     [(8014, "in_sync", "Matched by reference 8014 and text (cautions, cannabis warnings, "
       "PNDs). HMICFRS being-progressed (open); force Amber (open).")]),
    ("36a", "8502", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National Rec",
     "MSHT leadership & governance (a) senior leaders prioritise response to MSHT",
     "Det Ch Supt Force CID", "Green", "MSHT gold group chaired by ACC.", None,
     [(8502, "in_sync", "Part (a) of 4 of 8502 (MSHT leadership, split over No. 36a-36d). One "
       "part (c) is Amber, so the item is open on the force side; HMICFRS being-progressed "
       "(open).")]),
    ("36b", "8502", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National Rec",
     "(b) every MSHT incident allocated resources with skills, experience & capacity to "
     "investigate", "Det Ch Supt Force CID", "Green", "Allocation policy in place.", None,
     [(8502, "in_sync", "Part (b) of 4 of 8502; part (c) still Amber, so open on both sides.")]),
    ("36c", "8502", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National Rec",
     "(c) effective partnership arrangements to share info & safeguard victims",
     "Det Ch Supt Force CID", "Amber", "Anti-slavery partnership ToR in draft.", None,
     [(8502, "in_sync", "Part (c) of 4 of 8502, Amber: the item is open on the force side; "
       "HMICFRS being-progressed (open).")]),
    ("36d", "8502", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National Rec",
     "(d) performance & QA measures so senior leaders can assess service to victims",
     "Det Ch Supt Force CID", "Green", "MSHT measures in monthly performance pack.", None,
     [(8502, "in_sync", "Part (d) of 4 of 8502; part (c) still Amber, so open on both sides.")]),
    ("37", "8503", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National Rec",
     "Within 12 months have active ISAs in place with other agencies for speedy exchange of "
     "intelligence, to safeguard victims & identify suspects early", "Head of Intelligence",
     "Amber", "ISAs agreed with 5 of 7 district councils.", None,
     [(8503, "conflict", "Same item (ref 8503 on both; information-sharing agreements), but "
       "the force row says 'Within 12 months' where HMICFRS says 'Within six months': the "
       "timescale disagrees. Both open.")]),
    ("38", "8504", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National Rec",
     "Victims committing offences under compulsion - early & continuing consideration of s45 "
     "defence", "Head of Criminal Justice", "Green", "CPS joint protocol agreed.",
     D(2019, 2, 11),
     [(8504, "in_sync", "Matched by reference 8504 and text (section 45 defence). HMICFRS "
       "complete (closed); force Green (done).")]),
    ("39", "8505 & 8506", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National Rec",
     "NRM compliance & duty to notify HO of adult victims; AND full NCRS compliance for MSHT "
     "offences with FCR audit capacity", "Force Crime Registrar", "Green",
     "Both complete - NRM SPOC in post; FCR audit of MSHT crimes quarterly.", D(2021, 11, 2),
     [(8505, "in_sync", "One force row holds two items; this line is the first (NRM "
       "compliance, ref 8505 typed on the row). HMICFRS complete (closed); force Green "
       "(done)."),
      (8506, "closeable_submit", "Same force row, second item (NCRS compliance for MSHT, ref "
       "8506 typed on the row). HMICFRS being-progressed (open); force Green (done): submit "
       "for closure.")]),
    ("40", "8507", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National Rec",
     "MSHT allegations thoroughly investigated & supervised by skilled teams (incl JITs / "
     "overseas evidence)", "Det Ch Supt Force CID", "Amber", "MSHT investigation review "
     "under way.", None,
     [(8507, "in_sync", "Matched by reference 8507 and text (MSHT investigated and "
       "supervised). HMICFRS awaiting-review (open); force Amber (open).")]),
    ("41", "8508", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National Rec",
     "Review use of preventative powers under MSA 2015 (STPOs/STROs)",
     "Det Ch Supt Force CID", "Red", "Only 1 STRO obtained in 2021.", None,
     [(8508, "in_sync", "Matched by reference 8508 and text (preventative powers under the "
       "Modern Slavery Act). HMICFRS being-progressed (open); force Red (open).")]),
    ("42", "8534", "PEEL Efficiency 17 (all forces)", D(2017, 11, 1), "National Rec",
     "By Sept 2018 produce an ambitious plan to improve digitally-enabled services",
     "Head of Corporate Development", "Amber", "Digital strategy 2022-25 in draft.", None,
     [(8533, "conflict", "Text is the national digital-services recommendation (HMICFRS "
       "8533), but the force row gives reference 8534, which is the control-room AFI: the "
       "reference disagrees. Both open.")]),
    ("43", "8534", "PEEL Efficiency 2017", D(2017, 11, 1), "Recommendation",
     "Sufficient control room resources to meet resourcing model & demand, taking account of "
     "workforce wellbeing", "Supt Contact Centre", "Amber",
     "FCR uplift of 12 call handlers; wellbeing plan.", None,
     [(8534, "conflict", "Matched by reference 8534 and text (control room resources), but the "
       "force records it as a Recommendation where HMICFRS has it as an Area for improvement: "
       "the type disagrees. Both open.")]),
    ("44", "8590", "NCPI 2017", D(2017, 11, 1), "Recommendation",
     "Within 6 months, with children's social care, review how we manage detention of "
     "children: only detain when absolutely necessary & minimum time; custody assess early "
     "need for alternative accommodation (secure or otherwise); custody staff record all "
     "actions & decisions", "Ch Insp Custody", "Amber",
     "Concordat signed with LCC; PACE bed data reviewed monthly.", None,
     [(8590, "conflict", "Matched by reference 8590 and text (detention of children), but the "
       "force row lists only three of the four bullets: 'improve the timeliness of adequate "
       "appropriate adult support' is missing. Both open.")]),
    ("45", "8591", "NCPI 2017", D(2017, 11, 1), "Recommendation",
     "Within 3 months improve partnership working to safeguard those at risk of CSE",
     "Ch Supt Public Protection", "Green", "Joint CSE hub with LCC.", D(2018, 4, 9),
     [(8591, "in_sync", "Matched by reference 8591 and text (partners, child sexual "
       "exploitation). HMICFRS complete (closed); force Green (done).")]),
    ("46", "8540", "PEEL Legit 17 S&S", D(2017, 12, 1), "Cause of Concern",
     "S&S not shown to be consistently reasonable & fair; BAME over-representation forces "
     "can't explain", "ACC Local Policing", "Amber", "See S&S action plan.", None,
     [(8540, "in_sync", "Matched by reference 8540 and text (stop and search cause of "
       "concern). HMICFRS being-progressed (open); force Amber (open).")]),
    ("47", "8541", "PEEL Legit 17 S&S", D(2017, 12, 1), "National Rec",
     "By July 2018 regularly monitor S&S data to understand: reasons for disproportionality; "
     "find rates by ethnicity & search type (incl drugs possession v supply); prevalence of "
     "possession-only drug searches v local priorities", "ACC Local Policing", "Green",
     "Monthly S&S disproportionality dashboard live.", D(2021, 10, 12),
     [(8541, "closeable_submit", "Matched by reference 8541 and text (monitor stop and search "
       "data, all three bullets). HMICFRS being-progressed (open); force Green (done): submit "
       "for closure.")]),
    ("48", "8542", "PEEL Legit 17 S&S", D(2017, 12, 1), "National Rec",
     "Where disparities found, show public we have researched reasons & taken action to "
     "reduce", "ACC Local Policing", "Amber", "Research with University of Lincoln commissioned.",
     None,
     [(8542, "in_sync", "Matched by reference 8542 and text (research and action on "
       "disparities). HMICFRS being-progressed (open); force Amber (open).")]),
    ("49", "8544", "PEEL Legit 17 S&S", D(2017, 12, 1), "National Rec",
     "By July 2018 all S&S officers trained on unconscious bias & CoP APP on S&S",
     "Head of Learning & Development", "Amber", "92% trained; new starters on ILP.", None,
     [(8544, "closeable_local", "Matched by reference 8544 and text (unconscious bias training "
       "for stop and search officers). HMICFRS complete (closed); force Amber (open): close "
       "locally.")]),
    ("50", "7410", "PEEL Legitimacy 2017", D(2017, 12, 1), "AFI",
     "Satisfy ourselves that misconduct investigations resulting in NFA are fair & free of "
     "discrimination", "Head of Professional Standards", "Closed",
     "PSD review of NFA outcomes by protected characteristic.", None,
     [(7410, "conflict", "Matched by reference 7410 and text (misconduct NFA outcomes, the "
       "force-level AFI), but the force files it under PEEL Legitimacy 2017 where HMICFRS holds "
       "it under PEEL: Police legitimacy 2016 - Lincolnshire Police: the report disagrees. "
       "Both closed.")]),
    ("51", "9102", "PEEL 2018/19", D(2019, 5, 1), "Cause of Concern",
     "No capacity/capability to investigate crime effectively - failings in how crimes are "
     "investigated", "Det Ch Supt Force CID", "Amber", "Investigation Improvement Plan.",
     None,
     [(9102, "in_sync", "Matched by reference 9102 and text (capacity and capability to "
       "investigate; HMICFRS writes 'Cause for concern'). HMICFRS being-progressed (open); "
       "force Amber (open).")]),
    ("52", "9103", "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Immediately review officers' capability & capacity to manage investigative workload",
     "Det Ch Supt Force CID", "Closed", "Workload review completed 2019.", None,
     [(9103, "in_sync", "Matched by reference 9103 and text (review of investigative "
       "workload). HMICFRS complete (closed); force Closed (done).")]),
    ("53", "9104", "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Within 6 months ensure regular & active supervision of investigations, properly "
     "recorded", "Det Ch Supt Force CID", "Green",
     "Supervisory review template mandatory on Niche; audit 96%.", D(2021, 7, 19),
     [(9104, "closeable_submit", "Matched by reference 9104 and text (supervision of "
       "investigations). HMICFRS being-progressed (open); force Green (done): submit for "
       "closure.")]),
    ("54", "9105", "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Within 6 months improve ability to retrieve digital evidence from phones/computers "
     "quickly", "Head of Digital Forensics", "Red", "DFU backlog 11 weeks.", None,
     [(9105, "in_sync", "Matched by reference 9105 and text (digital evidence retrieval). "
       "HMICFRS being-progressed (open); force Red (open).")]),
    ("55", "9106", "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Within 6 months improve understanding of RUI suspects & management of those on bail",
     "Head of Criminal Justice", "Amber", "RUI review team in place.", None,
     [(9106, "in_sync", "Matched by reference 9106 and text (released under investigation "
       "and bail). HMICFRS being-progressed (open); force Amber (open).")]),
    ("56", "9107", "PEEL 2018/19", D(2019, 5, 1), "AFI",
     "Improve management of risk from offenders involved in county lines",
     "Head of Intelligence", "Amber", "County lines tasking via SOC board.", None,
     [(9107, "in_sync", "Matched by reference 9107 and text (county lines offenders). HMICFRS "
       "awaiting-review (open); force Amber (open).")]),
    ("57", "9109", "PEEL 2018/19", D(2019, 5, 1), "AFI",
     "Improve consultation with public on business planning & feedback on changes to service",
     "Head of Corporate Development", "Amber", "Engagement strategy refresh due 2022.", None,
     [(9109, "closeable_local", "Matched by reference 9109 and text (consult the public on "
       "business planning). HMICFRS complete (closed); force Amber (open): close locally.")]),
    ("58", "9110", "PEEL 2018/19", D(2019, 5, 1), "AFI",
     "Access to accurate data & analysis to support performance management",
     "Head of Corporate Development", "Green", "Power BI performance suite live.",
     D(2021, 10, 12),
     [(9110, "closeable_submit", "Matched by reference 9110 and text (accurate data for "
       "performance management). HMICFRS being-progressed (open); force Green (done): submit "
       "for closure.")]),
    ("59", "9111", "PEEL 2018/19", D(2019, 5, 1), "AFI",
     "Review how we gather & use E&D data to understand workforce demographics",
     "Director of People", "Amber", "HR system data cleanse.", None,
     [(9111, "in_sync", "Matched by reference 9111 and text (equality and diversity data). "
       "HMICFRS being-progressed (open); force Amber (open).")]),
    ("60", None, "PEEL 2018/19", D(2019, 5, 1), "Force action",
     "Force improvement plan: Refresh the county lines drug dealing problem profile and add it "
     "to the control strategy", "Head of Intelligence", "Green", "Profile refreshed Sept 2021.",
     None,
     [(None, LOCAL, "Force improvement-plan action; close to the county lines AFI (No. 56 "
       "holds that) but a different, local ask. Not an HMICFRS item.")]),
    ("61", "9711", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "National Rec",
     "By July 2021 reinforce communication skills in CPD & support supervisors to debrief "
     "officers using BWV", "Head of Learning & Development", "Green",
     "BWV debrief in supervisors' course; CPD module live.", D(2021, 8, 2),
     [(9711, "closeable_submit", "Matched by reference 9711 and text (communication skills in "
       "CPD, BWV debriefs). HMICFRS being-progressed (open); force Green (done): submit for "
       "closure.")]),
    ("62", "9712", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "National Rec",
     "BWV 1/3 - record entirety of all S&S encounters incl traffic stops & use of force",
     "ACC Local Policing", "Green", "BWV policy amended.", D(2021, 10, 12),
     [(9712, "closeable_submit", "Part 1 of 3 of 9712 (BWV, split over No. 62-64, all "
       "Green). HMICFRS being-progressed (open); done on every part: submit for closure.")]),
    ("63", "9712", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "National Rec",
     "BWV 2/3 - structured process to review a sample of BWV footage, share learning & hold "
     "officers to account", "ACC Local Policing", "Green", "Monthly dip sample by PSD.",
     D(2021, 10, 12),
     [(9712, "closeable_submit", "Part 2 of 3 of 9712 (internal review of BWV samples); all "
       "parts Green: submit for closure.")]),
    ("64", "9712", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "National Rec",
     "BWV 3/3 - external scrutiny panel access to BWV of S&S & use of force (APP safeguards)",
     "ACC Local Policing", "Green", "Panel views footage quarterly.", D(2021, 10, 12),
     [(9712, "closeable_submit", "Part 3 of 3 of 9712 (scrutiny panel access to footage); all "
       "parts Green: submit for closure.")]),
    ("65", "9714", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "National Rec",
     "By July 2021 effective internal monitoring of use of force to identify & explain "
     "disproportionate use", "ACC Local Policing", "Amber", "UoF data quality issues.", None,
     [(9714, "in_sync", "Matched by reference 9714 and text (internal monitoring of use of "
       "force). HMICFRS being-progressed (open); force Amber (open).")]),
    ("66", "9710", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "National Rec",
     "By July 2022 officers & staff to have effective communication skills in line with "
     "National Policing Guidelines on Conflict Management", "Head of Learning & Development",
     "Amber", "Included in 2022 PST.", None,
     [(9710, "in_sync", "Matched by reference 9710 and text (communication skills, July "
       "2022). HMICFRS awaiting-review (open); force Amber (open).")]),
    ("67", "TBC", "PEEL 2021/22", D(2021, 10, 1), "AFI",
     "Keep DA victims informed of progress of their case in line with VCOP",
     "Ch Supt Public Protection", "Amber", "Awaiting allocation.", None,
     [(9820, "in_sync", "Reference 'TBC' on the force row; matched on report (PEEL 2021/22) "
       "and text (DA victims kept informed, Victims' Code). Both open (awaiting-review / "
       "Amber).")]),
    ("68", "TBC", "PEEL 2021/22", D(2021, 10, 1), "AFI",
     "Improve timeliness of response to ASB calls", "Supt Contact Centre", "Amber",
     "Awaiting allocation.", None,
     [(9821, "in_sync", "Reference 'TBC'; matched on report and text (timeliness of response "
       "to anti-social behaviour). Both open.")]),
    ("69", "TBC", "PEEL 2021/22", D(2021, 10, 1), "AFI",
     "Improve how we gather, assess & act on SOC intelligence", "Head of Intelligence", "Red",
     "No capacity in FIB until March.", None,
     [(9822, "in_sync", "Reference 'TBC'; matched on report and text (serious and organised "
       "crime intelligence). HMICFRS awaiting-review (open); force Red (open).")]),
    ("70", "TBC", "PEEL 2021/22", D(2021, 10, 1), "AFI",
     "Performance framework to give senior leaders clear picture of VAWG response",
     "Head of Corporate Development", "Amber", "VAWG measures being scoped.", None,
     [(9823, "in_sync", "Reference 'TBC'; matched on report and text (VAWG in the "
       "performance framework). Both open.")]),
    ("71", "TBC", "PEEL 2021/22", D(2021, 10, 1), "AFI",
     "Plans to monitor team cultures (incl staff feedback) & act promptly on issues",
     "Director of People", "Amber", "Culture survey planned Feb 2022.", None,
     [(9824, "in_sync", "Reference 'TBC'; matched on report and text (monitor team cultures "
       "through staff feedback). Both open.")]),
    ("72", "TBC", "PEEL 2021/22", D(2021, 10, 1), "AFI",
     "Problem-solving approach to neighbourhood crime with communities & partners",
     "ACC Local Policing", "Amber", "OSARA training for NPTs.", None,
     [(9826, "in_sync", "Reference 'TBC'; matched on report and text (problem-solving "
       "approach to neighbourhood crime). Both open.")]),
    ("73", None, "PEEL Effectiveness 2015", D(2015, 10, 1), "AFI",
     "Improve the way we manage the risk posed by registered sex offenders",
     "Ch Supt Public Protection", "Amber", "ViSOR backlog reduced to 12.", None,
     [(None, LOCAL, "Filed under PEEL Effectiveness 2015, a report with no items on the "
       "HMICFRS list, and no registered sex offender item anywhere on the list (HMICFRS has "
       "probably closed it): query with HMICFRS.")]),
    ("74", None, "Local", None, "Force action",
     "Force action - Appoint a single point of contact for hate crime in each local policing "
     "area", "ACC Local Policing", "Green", "SPOCs appointed in all 3 LPAs.", None,
     [(None, LOCAL, "The force's own action (report 'Local'); no hate crime item on the "
       "HMICFRS list.")]),
    ("75", None, "Local", None, "Internal audit",
     "Internal audit action: Internal audit of the counter-corruption governance arrangements "
     "(audit plan 2021/22)", "Head of Professional Standards", "Amber",
     "Fieldwork Jan 2022.", None,
     [(None, LOCAL, "Internal audit action, not an HMICFRS item.")]),
]

# HMICFRS items the tracker does not hold: id -> why
MISSING = {
    1206: "No force row. The force tracks the 2015 near-twin (5390, 'in consultation with "
          "police and crime commissioners', force tracker No. 9) but not this 2013 wording ('elected "
          "local policing bodies'). HMICFRS superseded (closed), so low risk.",
    4823: "No force row for the second Core Business item (crime prevention activity recorded "
          "and evaluated). HMICFRS being-progressed (open).",
    6124: "No force row for the firearms item on identifying certificate holders before "
          "attendance; the tracker has four of the five Targeting the risk items. HMICFRS "
          "being-progressed (open).",
    7626: "No force row for the honour-based abuse AFI (PEEL effectiveness 2016). HMICFRS "
          "being-progressed (open).",
    8543: "No force row for 'publish this analysis ... annually' (PEEL legitimacy 2017); the "
          "tracker jumps from 8542 to 8544. HMICFRS complete (closed).",
    9108: "No force row for the online child sexual abuse capacity AFI (PEEL 2018/19). "
          "HMICFRS being-progressed (open).",
    9713: "No force row: addressed to the Home Office and the NPCC, the force never tracked "
          "it. HMICFRS awaiting-review (open).",
    9825: "No force row for the succession-planning/diversity AFI of PEEL 2021/22; the "
          "tracker holds six of the seven new AFIs. HMICFRS awaiting-review (open).",
}

TRACKER_COLS = ["No.", "HMICFRS ID", "Report", "Published", "Type",
                "Recommendation / AFI (summary)", "Lead", "RAG", "Latest update",
                "Submitted for closure"]
TRACKER_HEADER_ROW = 3   # Excel row of the header; items from row 4


def write_tracker(path: str) -> None:
    wb = xlsxwriter.Workbook(path, {"in_memory": True})
    wb.set_properties({"title": "HMICFRS Recommendations & AFIs Tracker",
                       "author": "Organisational Learning Team",
                       "company": "Lincolnshire Police", "created": FIXED})
    ws = wb.add_worksheet("Tracker")
    title = wb.add_format({"bold": True, "font_size": 14})
    sub = wb.add_format({"italic": True, "font_color": "#595959"})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    mmm = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1,
                         "align": "left"})
    dmy = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag_fmt = {
        "Green": wb.add_format({"bg_color": "#00B050", "valign": "top", "border": 1}),
        "Amber": wb.add_format({"bg_color": "#FFC000", "valign": "top", "border": 1}),
        "Red": wb.add_format({"bg_color": "#FF0000", "font_color": "#FFFFFF",
                              "valign": "top", "border": 1}),
        "Closed": wb.add_format({"bg_color": "#BFBFBF", "valign": "top", "border": 1}),
    }
    ws.write(0, 0, "Lincolnshire Police - HMICFRS Recommendations & AFIs Tracker", title)
    ws.write(1, 0, "Organisational Learning Team | last updated 29/11/2021 | OFFICIAL", sub)
    for c, h in enumerate(TRACKER_COLS):
        ws.write(TRACKER_HEADER_ROW - 1, c, h, hdr)
    widths = [6, 12, 28, 10, 16, 70, 28, 9, 50, 13]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    r0 = TRACKER_HEADER_ROW
    for i, t in enumerate(TRACKER):
        no, hid, rep, pub, typ, text, lead, rag, upd, sub_d, _links = t
        r = r0 + i
        ws.write_string(r, 0, no, cell)
        if hid is None:
            ws.write_blank(r, 1, None, cell)
        elif hid.isdigit():
            ws.write_number(r, 1, int(hid), cell)
        else:
            ws.write_string(r, 1, hid, cell)
        ws.write_string(r, 2, rep, wrap)
        if pub:
            ws.write_datetime(r, 3, dt.datetime(pub.year, pub.month, pub.day), mmm)
        else:
            ws.write_blank(r, 3, None, cell)
        ws.write_string(r, 4, typ, cell)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, lead, wrap)
        ws.write_string(r, 7, rag, rag_fmt[rag])
        ws.write_string(r, 8, upd, wrap)
        if sub_d:
            ws.write_datetime(r, 9, dt.datetime(sub_d.year, sub_d.month, sub_d.day), dmy)
        else:
            ws.write_blank(r, 9, None, cell)
    last = r0 + len(TRACKER) - 1
    ws.autofilter(TRACKER_HEADER_ROW - 1, 0, last, len(TRACKER_COLS) - 1)
    ws.freeze_panes(TRACKER_HEADER_ROW, 0)
    key = wb.add_worksheet("Key")
    key.set_column(0, 0, 10)
    key.set_column(1, 1, 80)
    key.write(0, 0, "RAG", hdr)
    key.write(0, 1, "Meaning", hdr)
    for i, (k, v) in enumerate([
        ("Green", "Complete - evidence held; submitted (or ready to submit) to HMICFRS for "
                  "closure"),
        ("Amber", "In progress - on track"),
        ("Red", "Off track / beyond deadline"),
        ("Closed", "Closed by HMICFRS (confirmed on the portal)"),
    ], start=1):
        key.write(i, 0, k, rag_fmt[k])
        key.write(i, 1, v, cell)
    wb.close()


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    rows = r_sort(build_frame())
    write_csv(rows, os.path.join(OUT, "hmicfrs.csv"))
    write_tracker(os.path.join(OUT, "tracker.xlsx"))

    # provenance
    hrow = {}            # item id -> "hmicfrs.csv!N"
    nonitem_h = []       # (N, description)
    for n, r in enumerate(rows, start=2):
        if r["kind"] == "item":
            hrow[r["id"]] = f"hmicfrs.csv!{n}"
        elif r["kind"] == "report":
            nonitem_h.append((n, f"report record {r['Rec.ID']} (Type 'Report'): "
                                 f"{r['Inspection...report']}"))
        else:
            nonitem_h.append((n, f"portal export footer read as a row: '{r['Rec.ID']}'"))
    truth = []
    linked = set()
    for i, t in enumerate(TRACKER):
        frow = f"Tracker!{TRACKER_HEADER_ROW + 1 + i}"
        for hid, cat, why in t[10]:
            if hid is not None:
                linked.add(hid)
            truth.append((hrow[hid] if hid is not None else "", frow, cat, why))
    for hid, why in MISSING.items():
        assert hid not in linked
        truth.append((hrow[hid], "", "missing_from_force", why))
    assert set(ITEMS) == linked | set(MISSING), set(ITEMS) ^ (linked | set(MISSING))

    def sort_key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        f = int(t[1].split("!")[1]) if t[1] else 10 ** 6
        return (h, f)
    truth.sort(key=sort_key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(rows, truth, nonitem_h, hrow))


def readme(rows, truth, nonitem_h, hrow) -> str:
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]
    n_items = len(ITEMS)
    n_force = len(TRACKER)
    first_item = TRACKER_HEADER_ROW + 1
    last_item = TRACKER_HEADER_ROW + n_force
    nrows = len(rows) + 1

    def h(i):
        return hrow[i].split("!")[1]

    def frow(no):
        for i, t in enumerate(TRACKER):
            if t[0] == no:
                return str(TRACKER_HEADER_ROW + 1 + i)
        raise KeyError(no)

    report_rows = [n for n, d in nonitem_h if d.startswith("report")]
    footer_rows = [n for n, d in nonitem_h if d.startswith("portal")]
    na_items = [n for n, r in enumerate(rows, start=2)
                if r["kind"] == "item" and r["Date.published"] is None]
    lines = []
    a = lines.append
    a(f"# Case `{CASE}` (round 82, case B)")
    a("")
    a("## Story")
    a("")
    a("Lincolnshire Police's organisational-learning analyst asked the East Midlands regional "
      "strategic analysis team (EMSAT) for the HMICFRS definitive list before the December "
      "2021 Joint Audit Committee. EMSAT's analyst holds the HMICFRS monitoring-portal export "
      "for all five forces of the region and answered with a few lines of R on a Windows "
      "laptop:")
    a("")
    a("```r")
    a('em <- read.csv("HMICFRS_portal_export_EM_06122021.csv")          # make.names() headers')
    a('em$Date.published <- as.Date(em$Date.published, "%d/%m/%Y")')
    a('others <- c("Derbyshire Constabulary", "Leicestershire Police",')
    a('            "Northamptonshire Police", "Nottinghamshire Police")')
    a("lincs <- em[!em$Force.s. %in% others, ]                           # keeps row names")
    a("lincs <- lincs[order(lincs$Date.published, lincs$Rec.ID), ]")
    a("lincs$report_short <- lookup$short[match(lincs$Inspection...report, lookup$title)]")
    a('lincs$national <- lincs$Type == "National recommendation"')
    a('lincs$days_open <- as.numeric(as.Date("2021-12-06") - lincs$Date.published)')
    a('lincs$status_group <- ifelse(lincs$Status %in% c("complete", "superseded"), "Closed",')
    a('                      ifelse(lincs$Status %in% c("awaiting-review", "being-progressed"),')
    a('                             "Open", NA))')
    a('write.csv(lincs, "lincs_hmicfrs_list.csv")')
    a("```")
    a("")
    a("Every oddity of `hmicfrs.csv` follows from those lines (the code is my reconstruction "
      "of what such an analyst writes; it is not in the case files):")
    a("")
    a("- the portal's headers went through `make.names()`: `Rec ID` -> `Rec.ID`, `Force(s)` "
      "-> `Force.s.`, `Inspection / report` -> `Inspection...report`, `Date published` -> "
      "`Date.published`, `Recommendation / AFI text` -> `Recommendation...AFI.text`, "
      "`Status date` -> `Status.date`, and the portal's second `Comment` column (the force's "
      "own update) -> `Comment.1`;")
    a(f"- `write.csv()` writes the row names: a first column with an empty header holding the "
      f"rows' numbers in the regional extract (quoted, e.g. \"{rows[0]['rowname']}\", "
      f"\"{rows[1]['rowname']}\"). The regional extract runs in register order (each report "
      "record once, then that report's items for all five forces side by side), so this "
      "list's row names are spread over 1-586 with gaps and, after the re-sort, no longer "
      "in order. They look like references but are not;")
    a("- the portal export ends with two footer lines; `read.csv(fill = TRUE)` made them rows "
      "(the text lands in `Rec.ID`, which therefore became a text column, so every id is "
      "written quoted). Their `Force.s.` is empty, so the exclusion filter kept them;")
    a("- the portal holds report records (`Type` = `Report`) in the same table as the items; "
      "national reports have an empty `Force.s.`, Lincolnshire reports carry the force, so "
      "the filter kept all of this list's report records and dropped the other forces' ones;")
    a("- `order(Date.published, Rec.ID)` sorts by date, then by the id as text: a report record "
      "(`INSP-0290`) sorts after the items of the same date, i.e. at the end of its block, "
      "not at its head. Two reports published the same day (PEEL efficiency 2017, national "
      "and force) share one block;")
    a("- the legacy records (Stop and search 2013, Everyone's business 2014) carried the old "
      "register's date text (\"9th July 2013\"), which `as.Date(, \"%d/%m/%Y\")` turned into "
      "NA, so these real items sort to the very bottom, among the footer lines;")
    a("- `NA` (unquoted) wherever R has a missing value; empty strings `\"\"` where the portal "
      "cell was blank; `TRUE`/`FALSE` in `national`; `days_open` a bare number;")
    a("- `status_group` is the analyst's, and it is wrong for `no-further-action` (NA): the "
      "truth reads `Status` only;")
    a("- `report_short` comes from the analyst's own lookup and is NA for the two reports it "
      "lacks (Stop and search powers 2, PEEL 2021/22);")
    a("- Windows R writes through a text-mode connection: every line ends CRLF, and so does "
      "every line break inside a quoted text. R 4.2 writes UTF-8 (no BOM).")
    a("")
    a("The HMICFRS values themselves are as the portal holds them: statuses as the register's "
      "slugs (`awaiting-review`, `being-progressed`, `complete`, `superseded`, "
      "`no-further-action`), types `Recommendation` / `Area for improvement` / `Cause of "
      "concern` (once `Cause for concern`) / `National recommendation`, ids plain register "
      "integers, `Status.date` as the portal's `dd/mm/yyyy hh:mm` text, `Comment` the "
      "HMICFRS comment (register wording such as \"New recommendation\", \"This recommendation "
      "is complete\"), `Comment.1` the force's last update as pasted into the portal.")
    a("")
    a("The force side is the analyst's own tracker, tidy and in the force's words.")
    a("")
    a("## Files")
    a("")
    a(f"- `hmicfrs.csv`: UTF-8 without BOM, comma-separated, CRLF, all strings double-quoted, "
      f"`NA` unquoted. Row 1 is the header (15 columns: `\"\"`, `Rec.ID`, `Force.s.`, "
      f"`Inspection...report`, `Date.published`, `Type`, `Recommendation...AFI.text`, "
      f"`Status`, `Status.date`, `Comment`, `Comment.1`, `report_short`, `national`, "
      f"`days_open`, `status_group`). Records 2-{nrows} ({len(rows)} records; several texts "
      f"hold line breaks inside quotes, each such record is still one row): {n_items} items, "
      f"{len(report_rows)} report records and {len(footer_rows)} footer rows.")
    a(f"- `tracker.xlsx`: sheet `Tracker`, title in row 1, subtitle in row 2, header in row 3 "
      f"(`{' | '.join(TRACKER_COLS)}`), item rows {first_item}-{last_item} ({n_force} rows, "
      f"autofilter, frozen header, RAG cells shaded). `Published` is a real date shown "
      f"`mmm-yy`, `Submitted for closure` `dd/mm/yyyy`, `HMICFRS ID` a number, blank, a text "
      f"such as `3310 / 3313` or `TBC`. Sheet `Key` holds the RAG legend (rows 1-5).")
    a(f"- `truth.csv`: UTF-8, `hmicfrs_row,force_row,category,why`, {len(truth)} lines.")
    a("")
    a("## What the layout brings (HMICFRS side), row by row")
    a("")
    a(f"1. **An unnamed first column of row names** (\"{rows[0]['rowname']}\", "
      f"\"{rows[1]['rowname']}\", ...): the rows' numbers "
      f"in the regional extract. `Rec.ID` (column B) is the HMICFRS reference.")
    a("2. **Mangled headers**: none of the portal's own header wording survives intact "
      "(`Inspection...report`, `Recommendation...AFI.text`, `Comment` / `Comment.1`).")
    a(f"3. **Report records between the items, at the end of their blocks**: rows "
      f"{', '.join(map(str, report_rows))}. Each has `Type` `Report`, an `INSP-` id, the "
      f"title, and a text like \"This report makes 3 areas for improvement.\" In the NA-date "
      f"group at the bottom both legacy report records come after all four legacy items. "
      f"A tool that "
      f"forward-fills a report from heading rows would give every block the previous "
      f"report's name; the items carry their own title in `Inspection...report` anyway.")
    a(f"4. **Real items after the junk**: rows {', '.join(map(str, na_items))} "
      f"(Stop and search 2013 x3, Everyone's business) have `Date.published` NA and sit at "
      f"the bottom, next to their report records and the footers (rows "
      f"{', '.join(map(str, footer_rows))}). They are items and are in the truth.")
    a(f"5. **Footer rows** {', '.join(map(str, footer_rows))}: 'Report generated ... "
      f"HMICFRS Monitoring Portal' and 'Total records: 586' in `Rec.ID`, every other text "
      f"cell empty, numbers NA.")
    a("6. **Statuses as slugs** and the analyst's `status_group` that is NA for "
      "`no-further-action` (austerity rows, 7625).")
    a("7. **Dates three ways**: `Date.published` ISO or NA, `Status.date` `dd/mm/yyyy hh:mm` "
      "text, `days_open` a count of days to 6 December 2021.")
    a("8. **`national` TRUE/FALSE** is only `Type == \"National recommendation\"`: the national "
      "cause of concern (8540) is FALSE although it comes from a national report.")
    a("9. **Texts are the real wording**, quirks kept: curly quotes, bullets with no space "
      "(`•the reasons`, `should:•`), the stray footnote digits (\"intelligence 86\", \"another "
      "force; and 20\"), the lower-case `immediately:` stems.")
    a("")
    a("## Traps and how the truth decides them")
    a("")
    a("Status rule: HMICFRS `awaiting-review` / `being-progressed` are open; `complete` / "
      "`superseded` / `no-further-action` closed. Force `Green` / `Closed` are done, `Amber` "
      "/ `Red` open (the `Key` sheet). A split item is done only when every part is. When a "
      "matched pair disagrees on a fact (figure, timescale, type, report, reference, "
      "bullet), the line is `conflict` whatever the statuses say.")
    a("")
    a(f"- **Split recommendations.** MSHT leadership 8502 (row {h(8502)}) is force rows "
      f"{frow('36a')}-{frow('36d')}, parts (a)-(d), three Green and one Amber: open on both "
      f"sides, four `in_sync` lines. CDI victims 8011 (row {h(8011)}) is force rows "
      f"{frow('28')}-{frow('32')}, R1(i)-(v), all Green, only the first row carries the "
      f"reference: five `closeable_submit` lines. BWV 9712 (row {h(9712)}) is force rows "
      f"{frow('62')}-{frow('64')}, 1/3-3/3, all Green: three `closeable_submit` lines.")
    a(f"- **Merged rows.** Force row {frow('4')} (`3310 / 3313`) holds austerity 3310 and 3313 "
      f"(rows {h(3310)}, {h(3313)}): no-further-action and Closed, two `in_sync` lines. Force "
      f"row {frow('39')} (`8505 & 8506`) holds NRM 8505 (complete: `in_sync`) and NCRS 8506 "
      f"(being-progressed: `closeable_submit`).")
    a(f"- **Near-twins across reports.** 1206 (2013, row {h(1206)}, 'elected local policing "
      f"bodies', superseded) and 5390 (2015, row {h(5390)}, 'police and crime "
      f"commissioners'). The only force row is under 'Stop & search powers 2 (2015)' and "
      f"says 'In consultation with PCC' (force row {frow('9')}): it is 5390; 1206 is "
      f"`missing_from_force`.")
    a(f"- **Conflicts** (6): figure 3311 (row {h(3311)}, force {frow('5')}: 15% against 10%); "
      f"timescale 8503 (row {h(8503)}, force {frow('37')}: 12 months against six); "
      f"reference 8533 (row {h(8533)}, force {frow('42')}: the force typed 8534, the "
      f"control-room AFI's id, on the digital-services row); type 8534 (row {h(8534)}, force "
      f"{frow('43')}: Recommendation against Area for improvement); missing bullet 8590 (row "
      f"{h(8590)}, force {frow('44')}: the appropriate-adult bullet is left out); report 7410 "
      f"(row {h(7410)}, force {frow('50')}: filed under PEEL Legitimacy 2017, HMICFRS has "
      f"the 2016 force report; close to the national Integrity matters item 5107, "
      f"which is force row {frow('8')}).")
    a(f"- **Two force rows give reference 8534** (rows {frow('42')} and {frow('43')}); the "
      f"text decides: the control-room row is 8534, the digital row is 8533 with a wrong "
      f"reference.")
    a(f"- **`closeable_submit`** (HMICFRS open, force Green): e.g. 5390, 6122, 7411, 8541, "
      f"9104, 9110, 9711, and the split/merged ones above.")
    a(f"- **`closeable_local`** (HMICFRS closed, force Amber/Red): 1205, 3312, 6123, 7302, "
      f"7620 (superseded, force Red), 7623, 8544, 9109.")
    a(f"- **`TBC` references**: the PEEL 2021/22 rows ({frow('67')}-{frow('72')}) are matched "
      f"on report and text; the seventh AFI (9825, succession planning) has no force row.")
    a(f"- **Missing from the force** ({len(MISSING)}): "
      + "; ".join(f"{i} (row {h(i)})" for i in MISSING) + ". 9713 is addressed to the Home "
      "Office and NPCC; 1206 and 8543 are closed by HMICFRS, the rest are open.")
    a(f"- **Force-only rows** (5): {frow('23')} (local DA dip-sample), {frow('60')} (county "
      f"lines problem profile, next to the county lines AFI it resembles), {frow('73')} (a "
      f"PEEL Effectiveness 2015 AFI on registered sex offenders: no such report or item on "
      f"the list), {frow('74')} (hate crime SPOCs), {frow('75')} (internal audit).")
    a("- No `review` lines: every pair can be decided from the two rows.")
    a("")
    a("## Counts")
    a("")
    a("| category | lines |")
    a("|---|---|")
    for c in cats:
        a(f"| {c} | {cnt.get(c, 0)} |")
    a(f"| **total** | **{len(truth)}** |")
    a("")
    a(f"HMICFRS items: {n_items} ({sum(1 for i in ITEMS if ITEMS[i][0] in NATIONAL_REPORTS)} "
      f"from national reports, {sum(1 for i in ITEMS if ITEMS[i][0] not in NATIONAL_REPORTS)} "
      f"from Lincolnshire reports; {len(REPORTS)} reports). Force item rows: {n_force}.")
    a("")
    a("## Rows that are not items")
    a("")
    a("- `hmicfrs.csv` row 1: the header.")
    for n, d in nonitem_h:
        a(f"- `hmicfrs.csv` row {n}: {d}.")
    a("- `tracker.xlsx` / `Tracker` rows 1-2: title and subtitle; row 3: header.")
    a("- `tracker.xlsx` / `Key`: every row (RAG legend).")
    a("")
    a("## Checks run")
    a("")
    a("Run by `/tmp/indep82/check_r_write_csv_regional_extract.py` (outside the case folder):")
    a("")
    a(f"- `hmicfrs.csv` read back with Python's `csv` module and with pandas (`dtype=str`, "
      f"`keep_default_na=False`): {len(rows)} records of 15 fields each, no BOM, valid UTF-8; "
      f"an `INSP-` id exactly on the `Type` `Report` rows; {n_items} rows with a numeric "
      f"`Rec.ID`, {len(rows) - n_items} without.")
    a(f"- `tracker.xlsx` read back with openpyxl and with pandas (`read_excel`, `header=None`, "
      f"every sheet): sheets `Tracker` and `Key`, header on row 3, items on rows "
      f"{first_item}-{last_item}, every one with a text.")
    a("- `truth.csv`: every category valid, every line has a `why`; every HMICFRS item row "
      "appears at least once and no non-item row appears; every force item row appears, "
      f"once per HMICFRS item it holds (rows {frow('4')} and {frow('39')} twice); "
      "`missing_from_force` lines have no force row, `not_on_hmicfrs_list` lines no HMICFRS "
      "row, all others both; no pair repeats.")
    a("- Every truth pair printed side by side (id, status, report, type, first 110 "
      "characters of each text) and read by eye.")
    a("- The builder run twice: the four files byte-identical (sha256).")
    a("")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
