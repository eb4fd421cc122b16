"""Build the evaluation case `typed_ref_phrased_status` (round 44, listwords).

HMICFRS side: a flat register export (one sheet, header in row 1) in which
  * the item type is given only inside the reference code (PEEL2122-AFI-03, LEGNAT17-CoC-01,
    MSHT17-NR-02, CDI16-R-01),
  * the status is one of HMICFRS's longer worded phrases ("Closed – superseded: ...",
    "Open – awaiting evidence from the force", ...),
  * the publication date is a month and year as text ("December 2017"),
  * every text carries the paragraph number it has in the report ("3. Within six months ..."),
    restarting per report and unrelated to the number in the reference.
Force side: the force's own tracker (xlsx), title rows, own status words, references on
part of the rows, rewording, two split recommendations, local actions and a status key.

Run:  /work/main/.venv/bin/python build_typed_ref_phrased_status.py
It rewrites typed_ref_phrased_status/ next to this script, byte for byte.
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

SEED = 4417
CASE = "typed_ref_phrased_status"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Lincolnshire Police"
rng = random.Random(SEED)

# ---------------------------------------------------------------------------------------------
# Reports: code -> (HMICFRS full title, (y, m, d) published, force's short name)
REPORTS = {
    "SAS13": ("Stop and search powers: Are the police using them effectively and fairly?",
              (2013, 7, 9), "Stop and Search 2013"),
    "DA14": ("Everyone's business: Improving the police response to domestic abuse",
             (2014, 3, 27), "Everyone's Business (DA) 2014"),
    "PIA14": ("Policing in austerity: Meeting the challenge", (2014, 7, 22),
              "Policing in Austerity 2014"),
    "CB14": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", (2014, 9, 4), "Core Business 2014"),
    "IM15": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
             "provide the capability to tackle corruption in policing", (2015, 1, 30),
             "Integrity Matters 2015"),
    "SAS15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              (2015, 3, 24), "Stop and Search 2 (2015)"),
    "BTP15": ("Building the picture: an inspection of police information management",
              (2015, 7, 1), "Building the Picture 2015"),
    "FL15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
             "licensing in police forces in England and Wales", (2015, 9, 15),
             "Firearms licensing 2015"),
    "CDI16": ("Crime data integrity inspection 2016 – Lincolnshire Police", (2017, 2, 16),
              "CDI 2016"),
    "PEFF16": ("PEEL: Police effectiveness 2016 – An inspection of Lincolnshire Police",
               (2017, 3, 2), "PEEL Effectiveness 2016"),
    "MSHT17": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               (2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "PEFC17": ("PEEL: Police efficiency 2017 – An inspection of Lincolnshire Police",
               (2017, 11, 9), "PEEL Efficiency 2017"),
    "EFFNAT17": ("PEEL: Police efficiency 2017 (national overview)", (2017, 11, 9),
                 "PEEL Efficiency 17 (all forces)"),
    "PLEG17": ("PEEL: Police legitimacy 2017 – An inspection of Lincolnshire Police",
               (2017, 12, 12), "PEEL Legitimacy 2017"),
    "LEGNAT17": ("PEEL: Police legitimacy 2017 (national overview)", (2017, 12, 12),
                 "PEEL Legit 17 S&S"),
    "NCPI18": ("National child protection inspection – Lincolnshire Police", (2018, 6, 19),
               "NCPI 2018"),
    "PEEL1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – An inspection "
                 "of Lincolnshire Police", (2019, 5, 2), "PEEL 2018/19"),
    "CUST20": ("Report on an unannounced inspection visit to police custody suites in "
               "Lincolnshire", (2020, 8, 11), "Custody inspection 2020"),
    "DUP21": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
              "of force", (2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "PEEL2122": ("PEEL 2021/22: Police effectiveness, efficiency and legitimacy – An inspection "
                 "of Lincolnshire Police", (2022, 5, 20), "PEEL 2021/22"),
    "PEEL2325": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection "
                 "of Lincolnshire Police", (2024, 3, 14), "PEEL 2023-25"),
}
ORDER = list(REPORTS)  # already in publication order

# ---------------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied from the casegen text lists and
# /work/shared/data/real_recommendations.csv; {f} = the force's name.
SF_LEADERSHIP_BULLETS = [
    "• senior leaders prioritise the response to modern slavery and human trafficking;",
    "• every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = ("Within twelve months, forces should review their leadership and governance "
                 "arrangements for modern slavery and human trafficking, to ensure that:\n"
                 + "\n".join(SF_LEADERSHIP_BULLETS))
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
SAS_MON_2017 = (
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
BWV_PARAS = [
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "\n".join(BWV_PARAS)
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
MISSING_CHILDREN_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
DETENTION_CHILDREN = (
    "Within six months {f} should, in conjunction with children’s social care services, review "
    "how it manages the detention of children. As a minimum it should:• ensure that all "
    "children are only detained when absolutely necessary and for the absolute minimum amount "
    "of time;• ensure that officers and staff in the custody suite assess at an early stage a "
    "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
    "social care services to achieve the most appropriate option for the child;• ensure that "
    "custody staff comply with their statutory duties to complete detention certificates if a "
    "child is detained for any reason in police custody following charge;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested."
)
FL15_GOV = ("Within three months, all chief constables should assess how well the governance of "
            "firearms licensing in his or her force meets the standards set out in Authorised "
            "Professional Practice. Chief constables of forces where the governance standards "
            "are not being complied with should put in place immediately the correct "
            "arrangements and procedures in order to meet the standards in full.")
DUP_COMMS = ("By July 2022, forces should ensure that officers and staff have effective "
             "communication skills, in line with the National Policing Guidelines on Conflict "
             "Management. This should be in addition to existing training on conflict "
             "management and de-escalation.")
DUP_HO_NPCC = ("The Home Office and the NPCC should take steps to ensure that the quality of the "
               "data collected on the number of incidents where force has been used to effect a "
               "stop and search is sufficient for publication. The Home Office should publish "
               "this data as soon as possible.")
LEG_TRAINING = ("By July 2018, and ongoing following that date, forces should ensure that all "
                "officers who use stop and search powers have been provided with, and "
                "understand, training on unconscious bias and College of Policing APP on stop "
                "and search.")

# HMICFRS status phrases (built from the register's own comments, research notes 1.2, and the
# custody "no longer applicable", 1.5). Key -> (phrase, open/closed)
HS = {
    "ON": ("Open – new recommendation, awaiting review", "open"),
    "OB": ("Open – being progressed: implementation is being monitored by HMICFRS and this "
           "record will, in due course, be updated", "open"),
    "OR": ("Open – status currently being reviewed by HMICFRS", "open"),
    "OA": ("Open – awaiting evidence from the force", "open"),
    "CC": ("Closed – this recommendation is complete", "closed"),
    "CA": ("Closed – authorised for closure on the basis of observations made in recent "
           "inspection activity", "closed"),
    "CS": ("Closed – superseded: this area has subsequently been inspected in PEEL; any "
           "remaining concern appears against the later inspection", "closed"),
    "CN": ("Closed – no longer applicable", "closed"),
}
# Force status words -> open/done
FS = {"In progress": "open", "In progress - behind": "open", "Not started": "open",
      "Awaiting evidence": "open", "Complete": "done", "Complete - submitted to HMICFRS": "done",
      "Closed (superseded)": "done", "N/A - national bodies": "done"}

# ---------------------------------------------------------------------------------------------
# HMICFRS items: (ref, text, HMICFRS status key, force status or None for missing, options)
# options: fref=True/False/<ref as the tracker quotes it>, ftext=<force wording>,
#          mode="verb"/"abbr" (verbatim / abbreviated by the force),
#          conflict=<why>, report=<force report name>, date=<force date>, ftype=<force type>,
#          split=[texts], note=<progress>
I = []


def add(ref, text, hs, fs, **o):
    I.append(dict(ref=ref, text=text, hs=hs, fs=fs, **o))


add("SAS13-NR-01", "Chief Constables and the College of Policing should establish in the Stop "
    "and Search Authorised Professional Practice document a clear specification of what "
    "constitutes the effective and fair exercise of stop and search powers, and guidance in "
    "this respect. This should be compliant with the Code of Practice.", "CN",
    "N/A - national bodies",
    ftext="CCs & College of Policing to set out in the S&S APP what effective & fair use of S&S "
         "powers looks like (national action).")
add("SAS13-NR-02", "Chief Constables should establish or improve monitoring of the way officers "
    "stop and search people, so that they can be satisfied their officers are acting in "
    "accordance with the law (including equality legislation and the Code of Practice), and "
    "that the power is used effectively to prevent crime, catch criminals and maintain public "
    "trust.", "CS", "In progress", mode="abbr")
add("SAS13-NR-03", "Chief Constables should, in consultation with elected local policing bodies, "
    "ensure that they comply with the code of practice by explaining to the public the way stop "
    "and search powers are used in their areas and by making arrangements for stop and search "
    "records to be scrutinised by community representatives. This should be done in a way that "
    "involves those people who are stopped and searched, for example, young people.", "CC",
    "Complete", mode="verb")
add("DA14-NR-01", EVERYONE_PLAN, "CC", "Complete",
    ftext=EVERYONE_PLAN.replace(" and 20\n", " and\n").replace("domestic abuse", "DA"))
add("PIA14-NR-01", "All Chief Constables and PCCs should review their plans to deliver savings to "
    "ensure they are doing all they can to continue to reduce crime and protect the front line "
    "while balancing their budgets. They should use the data and information contained in this "
    "report, and in HMIC's Value for Money profiles, when conducting their reviews", "CS",
    "Complete",
    ftext="Review savings plans - keep reducing crime & protect the front line while balancing "
         "the budget (use HMIC VfM profiles)")
add("PIA14-NR-02", "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
    "savings through collaboration should assess whether there is scope to improve on this "
    "position. HMIC will follow up the assessments in the autumn.", "CS", "In progress",
    ftext="Forces delivering less than 10% of savings through collaboration to assess scope to "
         "improve on this.")
add("PIA14-NR-03", "Chief Constables and PCCs in forces that are planning to reduce the proportion "
    "of their workforce and/or police officers on the front line should assess whether they "
    "have taken the decisive action seen in many forces in order to maintain their crime "
    "fighting capacity. HMIC will follow up the assessments in the autumn.", "CS", "Complete",
    mode="verb")
add("PIA14-NR-04", "In preparation for the next spending round period all Chief Constables and "
    "PCCs should review their plans for collaboration. In particular they should consider "
    "whether there is scope to deliver better value for money and improved capability and "
    "capacity through joint working with other forces, the public and/or the private sector.",
    "CC", "Complete", mode="abbr")
add("CB14-NR-01", "Not later than 31 March 2015 those forces using a threat, harm and risk "
    "policy, that have not yet done so, should provide call-handlers with specific, sound and "
    "comprehensible criteria against which they can assess threat, harm and risk.", "CA",
    "Complete",
    ftext="Not later than 31/03/2015 - give call handlers specific, sound & comprehensible "
         "criteria to assess threat, harm & risk (THR policy)")
add("CB14-NR-02", "By 31 March 2015 all forces should ensure that crime prevention or disruption "
    "activity carried out is systematically recorded and subsequently evaluated to determine "
    "the effectiveness of tactics being employed.", "CC", None,
    why="crime prevention recording (Core Business) has no row in the tracker")
add("IM15-NR-01", "By 31 August 2015, all chief constables should satisfy themselves that they "
    "have processes in place to ensure that investigations into misconduct by officers and "
    "staff resulting in “no further action” are fair and free of any form of discrimination.",
    "CC", "In progress",
    ftext="By 31 Aug 2015 - satisfy ourselves that misconduct investigations ending in NFA are "
         "fair & free of any discrimination (PSD)")
add("SAS15-NR-01", "Chief constables should, in consultation with police and crime "
    "commissioners, ensure that they comply with the Code of Practice by explaining to the "
    "public the way stop and search powers are used in their areas and by making arrangements "
    "for stop and search records to be scrutinised by community representatives. This should "
    "be done in a way that involves those people who are stopped and searched, for example "
    "young people.", "CS", "In progress", mode="abbr")
add("BTP15-NR-01", "By 30 November 2015, chief constables should put in place arrangements to "
    "scrutinise audits of compliance with the APP on information management through the force "
    "information management governance structure. This should include measures to ensure that "
    "categorisation of records are regularly adjusted.", "OB",
    "Complete - submitted to HMICFRS", mode="verb")
add("FL15-NR-01", FL15_GOV, "CC", "Complete",
    ftext=FL15_GOV.replace("Within three months, all chief constables",
                          "Within 6 months, all CCs").replace(
        "Authorised Professional Practice", "APP"),
    conflict="timescale differs: HMICFRS 'Within three months', tracker 'Within 6 months'")
add("FL15-NR-02", "Within three months, all chief constables should assess the demand placed on "
    "their firearms licensing department and ensure it has the capacity to meet this demand "
    "and provide an efficient and effective service at all times.", "OB", "In progress",
    mode="abbr")
add("FL15-NR-03", "Immediately, all chief constables should satisfy themselves that all "
    "appropriate action is being taken by their force with regard to ‘total expired’ licensing "
    "records.", "CC", "Complete", mode="verb")
add("FL15-NR-04", "Within three months, all chief constables should ensure that their "
    "arrangements in respect of the use of temporary permits are in accordance with the Home "
    "Office guidance; that temporary permits are properly recorded without delay on the "
    "National Firearms Licensing Management System; and that effective systems exist to ensure "
    "certificate holders are not permitted, at any time, to remain in unlawful possession of a "
    "firearm.", "CA", "In progress", mode="abbr")
add("FL15-NR-05", "Within three months, all chief constables should ensure that systems designed "
    "to identify, prior to police attendance, whether a reported incident involves or is at the "
    "address of a firearm certificate holder are in place and are always applied by staff "
    "dispatching officers to incidents; and that officers understand the risk assessment which "
    "they should be undertaking in such circumstances, and their power, when appropriate, to "
    "seize firearms and firearm certificates.", "CC", None,
    why="firearm-holder flagging at dispatch (Targeting the risk) has no row in the tracker")
add("CDI16-R-01", CDI_VICTIMS, "CA", "Complete", mode="verb")
add("CDI16-R-02", "Within three months, the force should provide call-handlers with specific, "
    "sound and comprehensible criteria against which they can assess threat, harm and risk.",
    "CC", "Complete", mode="abbr")
add("CDI16-R-03", "Within six months the force should improve its use of its crime-recording and "
    "management system to better manage its case files and investigative processes.", "OB",
    "Complete - submitted to HMICFRS", mode="verb")
add("PEFF16-AFI-01", "The force should take steps to ensure that there is effective supervision "
    "of the initial risk assessment process, specifically in relation to the completion of "
    "DASH risk assessment in appropriate cases. In cases where a DASH risk assessment is not "
    "completed the officer should record an assessment on the crime management system.", "CS",
    "Closed (superseded)", mode="verb")
add("PEFF16-AFI-02", "The force should improve the supervision of investigations, so that "
    "investigation plans are set, reviewed and recorded and victims receive a consistently good "
    "service.", "CS", "In progress",
    ftext="Improve supervison of investigations - plans set, reviewed & recorded, victims get a "
         "consistently good service")
add("PEFF16-AFI-03", "Lincolnshire Police should improve how it works with partner organisations "
    "to safeguard people at risk from child sexual exploitation.", "CC", "Complete",
    mode="abbr")
add("PEFF16-AFI-04", "The force should improve its ability to retrieve digital evidence from "
    "mobile phones, computers and other electronic devices quickly enough to ensure "
    "investigations are not delayed.", "CS", "In progress - behind", mode="verb")
add("MSHT17-NR-01", SF_LEADERSHIP, "OB", "In progress", fref=True,
    ftext=("Within 12 months, forces should review their leadership & governance arrangements "
          "for MSHT, to ensure that:\n" + "\n".join(SF_LEADERSHIP_BULLETS[:2]) + "\n"
          + SF_LEADERSHIP_BULLETS[2].replace("; and", ".")).replace(
        "modern slavery and human trafficking", "MSHT"),
    conflict="bullet missing: tracker omits the 'performance and quality assurance measures' "
             "bullet")
add("MSHT17-NR-02", "Within six months, forces should have in place active information-sharing "
    "agreements with other agencies to facilitate speedy exchange of intelligence 86 and in "
    "order to safeguard victims better and to identify suspects as early as possible", "CC",
    "Complete", mode="abbr")
add("MSHT17-NR-03", "Immediately, forces should ensure that all victims carrying out criminal "
    "acts under compulsion attributable to slavery or exploitation are afforded the protection "
    "of early and continuing consideration of the applicability of the section 45 defence.",
    "CS", "In progress", mode="verb")
add("MSHT17-NR-04", "Immediately, forces should take steps to ensure they are fully compliant "
    "with the NRM process as it evolves and are implementing the requirement placed upon them "
    "under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to "
    "be an adult victim of modern slavery or human trafficking.", "CC", "Complete", mode="abbr")
add("MSHT17-NR-05", "Immediately, forces should take steps to ensure they fully comply with "
    "national crime recording standard (NCRS) requirements for offences identified as modern "
    "slavery and human trafficking and that sufficient audit capacity is available to the force "
    "crime registrar to provide reassurance that each force is identifying and managing any "
    "gaps in its crime-recording accuracy for these types of offences.", "OB",
    "Complete - submitted to HMICFRS", mode="abbr")
add("MSHT17-NR-06", "Immediately, forces should ensure that allegations or indications of modern "
    "slavery and human trafficking are thoroughly investigated and effectively supervised by "
    "teams and individuals with the skills and experience to undertake them (this should "
    "include the use where appropriate of joint intelligence teams and other means to obtain "
    "intelligence and evidence from agencies overseas).", "OR", "In progress", mode="verb")
add("MSHT17-NR-07", "Immediately, forces should review their use of preventative powers under "
    "the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of "
    "those deemed to pose a clear threat to others in respect of modern slavery and human "
    "trafficking offences are exploited.", "OA", None,
    why="MSHT preventative powers (Stolen freedom) has no row in the tracker: nobody owns it")
add("PEFC17-AFI-01", "The force should undertake further work to gain a fuller understanding of "
    "current demand for its services, and likely future changes in demand. This is so it can "
    "make best use of its resources by matching them to demand to meet the needs of the "
    "public.", "CS", "Complete",
    ftext="Fuller understanding of current & likely future demand so resources can be matched "
         "to demand")
add("PEFC17-AFI-02", "The force should develop its understanding of the links between its "
    "outcomes, outputs and costs.", "CN", "In progress",
    ftext="Develop understanding of links between outcomes, outputs & costs")
add("PEFC17-AFI-03", "The force should develop a future workforce plan that is aligned with its "
    "overall demand and budget. The plan should include future resource allocations, the mix of "
    "skills required by the workforce and behaviours expected of them.", "OB", "In progress",
    mode="verb")
add("EFFNAT17-NR-01", "By September 2018, chief constables should produce an ambitious plan to "
    "improve digitally-enabled services within their force. The Home Office, National Police "
    "Chiefs' Council and Association of Police and Crime Commissioners should support the "
    "development of these plans by establishing a national framework which allows for the "
    "provision of digitally enabled services across force boundaries.", "OB", "Complete",
    ftext="By Sept 2018 produce an ambitious plan to improve digitally-enabled services within "
         "the force (Digital Policing Strategy)")
add("PLEG17-AFI-01", "The force should make sure it provides a confidential way for staff to "
    "raise concerns and that staff are aware of whistleblowing processes.", "CC", "Complete",
    fref=False, mode="verb", report="PEEL Legitimacy 2016", date=(2016, 12, 8),
    conflict="report and date differ: HMICFRS PEEL legitimacy 2017 (December 2017), tracker "
             "files it under PEEL Legitimacy 2016, 08/12/2016")
add("PLEG17-AFI-02", "The force should review the support available for those who have raised "
    "concerns and take any action needed to make sure these provisions are suitable.", "OB",
    "In progress", ftext="Review support available for staff who have raised concerns")
add("PLEG17-AFI-03", "Lincolnshire Police should review how it gathers and uses equality and "
    "diversity data to improve its understanding of its workforce demographics.", "OB",
    "Complete", mode="abbr")
add("LEGNAT17-CoC-01", "HMICFRS is concerned that forces are not able to demonstrate that the use "
    "of stop and search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.", "CS", "Closed (superseded)",
    ftext="Forces unable to show use of S&S is consistently reasonable & fair - "
         "over-representation of BAME people (black people in particular) not explained")
add("LEGNAT17-NR-01", SAS_MON_2017, "OB", "Complete - submitted to HMICFRS", mode="abbr")
add("LEGNAT17-NR-02", "Where forces identify disparities through monitoring, they should "
    "demonstrate to the public that they have:\n•carried out research and analysis in an "
    "attempt to understand the reasons for the disparity, and •taken action to reduce the "
    "disparity, where necessary;", "OB", "In progress", mode="verb")
add("LEGNAT17-NR-03", "We expect forces to publish this analysis and any actions taken at least "
    "on an annual basis, from July 2018.", "OA", None,
    why="annual publication of S&S analysis has no row of its own; the tracker row quoting "
        "LEGNAT17-NR-03 holds the text of NR-04")
add("LEGNAT17-NR-04", LEG_TRAINING, "CC", "Complete", fref="LEGNAT17-NR-03", mode="abbr",
    conflict="reference differs: tracker quotes LEGNAT17-NR-03 but its text is NR-04 "
             "(unconscious bias training)")
add("NCPI18-CoC-01", "The force’s response to missing and absent children is a cause of concern "
    "to HMIC. HMIC found that the assessment of risk for children who go missing from home was "
    "inappropriate in some cases. We found some instances where children were classed as "
    "‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing "
    "children were sometimes incorrectly assessed at a lower grade. Children were incorrectly "
    "graded at a lower level and could have been exposed to an increased risk of harm.", "CC",
    "Complete",
    ftext="Response to missing & absent children - risk assessment inappropriate in some cases; "
         "children classed as absent when they should have been missing; risk graded too low")
add("NCPI18-R-01", MISSING_CHILDREN_REC, "CC", "Complete", fref=True,
    split=["Review approach to missing children reports: call takers understand and use the "
           "missing and absent category appropriately",
           "Review approach to missing children reports: call takers & frontline staff have the "
           "knowledge to identify CSE risk factors and how to respond to such cases",
           "Review approach to missing children reports: supervisors provide correct oversight "
           "of missing person enquiries & direct appropriate, timely investigative and "
           "safeguarding action"])
add("NCPI18-R-02", "Within three months, the force should make sure officers and staff have the "
    "training they need to identify and respond to child sexual exploitation.", "OB",
    "Complete", mode="abbr")
add("NCPI18-R-03", DETENTION_CHILDREN.format(f=FORCE), "OB", "In progress", mode="verb")
add("NCPI18-AFI-01", "The force should improve its understanding of the nature and scale of "
    "online child sexual abuse in its area.", "OB", "In progress", fref=False, mode="verb",
    ftype="Rec",
    conflict="type differs: HMICFRS reference says AFI, tracker Type says Rec")
add("NCPI18-AFI-02", "The force should make sure it has enough specialist capacity and "
    "capability to investigate sexual offences against children.", "CS", "Closed (superseded)",
    mode="verb")
add("PEEL1819-CoC-01", "The force does not have the capacity or capability to investigate crime "
    "effectively and this is affecting the service being provided to the public. There are "
    "failings in the way that crimes are being investigated.", "OB", "In progress",
    ftext="CoC - not enough capacity or capability to investigate crime effectively; failings "
         "in the way crimes are investigated")
add("PEEL1819-R-01", "HMICFRS recommends that the force should immediately:conduct a review of "
    "officers’ capabilities and capacity to manage their investigative workload, to better "
    "understand investigative demand and the pressures placed upon them; and", "OB",
    "Complete - submitted to HMICFRS", mode="verb")
add("PEEL1819-R-02", "HMIC recommends that within six months the force should: ensure regular "
    "and active supervision of the quality and progress of investigations. This supervision "
    "should be properly recorded;", "OA", "Awaiting evidence", mode="abbr")
add("PEEL1819-R-03", "Within six months the force should improve its ability to retrieve digital "
    "evidence from mobile phones, computers and other electronic devices quickly enough to "
    "ensure investigations are not delayed.", "OB", "In progress", mode="abbr")
add("PEEL1819-AFI-01", "The force should improve its understanding of suspects released under "
    "investigation and the management of those released on bail.", "CC", "Complete",
    mode="abbr")
add("PEEL1819-AFI-02", "The force should make sure the corporate risk register is actively used "
    "to mitigate and manage known risks.", "OB", "Complete",
    ftext="Corporate risk register to be actively used to mitigate & manage known risks")
add("PEEL1819-AFI-03", "Lincolnshire Police should make sure all processes in place to support "
    "performance management are effective.", "CS", "In progress",
    ftext="Make sure performance management processes are effective")
add("CUST20-AFI-01", "The force should ensure it has effective internal monitoring processes on "
    "the use of force, to help it to identify and understand disproportionate use, explain the "
    "reasons and implement any necessary improvement action.", "CS", "Complete", mode="verb")
add("DUP21-NR-01", DUP_COMMS, "OB", "In progress",
    ftext=DUP_COMMS.replace("By July 2022", "By July 2021").replace(
        "officers and staff", "officers & staff"),
    conflict="deadline differs: HMICFRS 'By July 2022', tracker 'By July 2021'")
add("DUP21-NR-02", "By July 2021, forces should ensure that communication skills are reinforced "
    "as part of the programme of continuing professional development for officers and staff, "
    "and that supervisors are supported to routinely and frequently debrief officers on these "
    "skills using body-worn video footage.", "OB", "Complete", mode="abbr")
add("DUP21-NR-03", BWV_2021, "OB", "Complete - submitted to HMICFRS", fref=True,
    split=["By Sept 2021 - officers to record on BWV (when available) the entirety of all S&S "
           "encounters, incl. traffic stops & use of force incidents",
           "Structured process for regularly reviewing & monitoring internally a sufficient "
           "sample of BWV footage - identify/disseminate learning & hold officers to account",
           "External scrutiny panel members to have access to samples of BWV footage of S&S "
           "encounters & use of force incidents (safeguards in CoP APP)"])
add("DUP21-NR-04", "By July 2021, forces should ensure they have effective internal monitoring "
    "processes on the use of force, to help them to identify and understand disproportionate "
    "use, explain the reasons and implement any necessary improvement action.", "CC",
    "In progress", mode="verb")
add("PEEL2122-AFI-01", "The force should improve how it gathers, assesses and acts on "
    "intelligence about county lines drug dealing.", "OB", "In progress",
    ftext="Intelligence on county lines - improve how we gather, assess & act on it")
add("PEEL2122-AFI-02", "The force should make sure victims of rape and serious sexual offences "
    "are kept informed about the progress of their case, in line with the Code of Practice for "
    "Victims of Crime.", "OA", "Complete", mode="verb")
add("PEEL2122-AFI-03", "The force should ensure that it has sufficient resources available in the "
    "control room to fulfil its resourcing model, and so to meet its demand, while also taking "
    "into account the wellbeing of its workforce.", "OB", "In progress", mode="abbr")
add("PEEL2122-AFI-04", "The force should make sure it records reports of hate crime accurately "
    "and without delay.", "CC", "Complete",
    ftext="Record hate crime reports accurately & without delay")
add("PEEL2122-AFI-05", "Lincolnshire Police should improve the timeliness of its response to "
    "calls for service involving domestic abuse.", "OB", "In progress", mode="abbr")
add("PEEL2122-AFI-06", "The force should put plans in place to monitor, including through the "
    "gathering and analysis of staff feedback, team cultures and provide prompt remedial action "
    "for any issues it identifies.", "OR", "Complete - submitted to HMICFRS", mode="verb")
add("PEEL2122-AFI-07", "The force should ensure all staff have received at least the lowest level "
    "of vetting clearance for their roles as quickly as possible, working to clear both the "
    "vetting backlog and new vetting renewals when they become due so that it complies fully "
    "with the national vetting guidelines.", "CS", "In progress",
    ftext="Vetting - all staff to hold at least the lowest level of clearance asap; clear the "
         "backlog & renewals so we comply with national vetting guidelines")
add("PEEL2325-AFI-01", "The force should make sure investigations of stalking and harassment are "
    "allocated to officers with the right skills and are effectively supervised.", "ON",
    "In progress", mode="verb")
add("PEEL2325-AFI-02", "The force should make sure its analysis of serious and organised crime "
    "informs its strategic assessment and control strategy.", "ON", "Not started",
    ftext="SOC analysis to inform the strategic assessment & control strategy")
add("PEEL2325-AFI-03", "The force should immediately review its current background checks "
    "arrangements, and make sure that suitable and sufficient background checks are in place "
    "to safeguard its staff and the communities it serves.", "OB", "In progress", mode="verb")
add("PEEL2325-AFI-04", "The force should develop a clear prevention strategy targeting people "
    "most at risk and make sure activity undertaken prioritises people most at risk.", "OB",
    "Complete", ftext="Clear prevention strategy targeting the people most at risk")
add("PEEL2325-AFI-05", "The force should make sure it provides accessible information for all "
    "staff and members of the public on how they can raise concerns and access confidential "
    "support (including through external agencies).", "OA", "In progress", mode="abbr")
add("PEEL2325-AFI-06", "The force should review its approach to violence against women and girls "
    "to make sure victims receive a consistently good service.", "ON", None,
    why="newest PEEL AFI (VAWG) not yet added to the tracker")

# Force-only rows: (after ref, report name, date, type, text, status, why, lead, note)
EXTRA = [
    ("FL15-NR-04", "Firearms licensing 2015", (2015, 9, 15), "Local",
     "JAC action: Internal audit of the firearms licensing governance arrangements (audit plan "
     "2023/24)", "In progress", "local action from the audit committee; never an HMICFRS item",
     "Supt Firearms Licensing", "Audit fieldwork booked for Q3; terms of reference agreed {d}."),
    ("IM15-NR-01", "PEEL Legitimacy 2015", (2016, 2, 11), "AFI",
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.", "In progress",
     "older PEEL legitimacy 2015 AFI carried over by the force; not on the HMICFRS list (query "
     "it)", "Director of People", "Carried over from the 2016 tracker. Linked to the People "
     "Strategy - positive action plan in draft."),
    ("NCPI18-R-01", "NCPI 2018", (2018, 6, 19), "Local",
     "Task & Finish group to review the missing children policy and report to the Force "
     "Executive Team", "Complete", "force's own action under NCPI 2018",
     "Ch Supt Public Protection", "Policy rewritten and signed off at FET {d}."),
    ("DUP21-NR-03", "Police powers spotlight (Feb 21)", (2021, 2, 26), "Rec", DUP_HO_NPCC,
     "N/A - national bodies",
     "recommendation to the Home Office and NPCC; HMICFRS does not hold it against the force",
     None, "Not the force's responsibility to deliver; dependent upon another organisation."),
    ("PEEL2122-AFI-01", "PEEL 2021/22", (2022, 5, 20), "Local",
     "Local action: Refresh the county lines drug dealing problem profile and add it to the "
     "control strategy", "In progress", "force's own action under PEEL 2021/22",
     "Head of Intelligence", "Draft profile with the Intelligence Hub; due to FET in November."),
    ("PEEL2325-AFI-01", "PEEL 2023-25", (2024, 3, 14), "Local",
     "Force action - Dip-sample 50 stalking and harassment crime reports each quarter and "
     "report findings to the Crime Standards Board", "Not started",
     "force's own action under PEEL 2023-25", "Det Ch Supt Force CID",
     "First dip sample planned for January."),
]

ABBREV = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"police and crime commissioners", "PCCs"),
    (r"Chief Constables", "CCs"), (r"chief constables", "CCs"),
    (r"Authorised Professional Practice", "APP"), (r"College of Policing", "CoP"),
    (r"child sexual exploitation", "CSE"), (r"body-worn video", "BWV"),
    (r"released under investigation", "RUI"), (r"information-sharing agreements", "ISAs"),
    (r"continuing professional development", "CPD"), (r"Home Office", "HO"),
    (r"Within six months", "Within 6 months"), (r"within six months", "within 6 months"),
    (r"Within three months", "Within 3 months"), (r"within three months", "within 3 months"),
    (r"officers and staff", "officers & staff"),
]
MISSPELL = {"supervision": "supervison", "arrangements": "arrangments",
            "investigation": "investigaton", "necessary": "neccessary",
            "appropriate": "appropiate"}


def abbreviate(t: str) -> str:
    for pat, rep in ABBREV:
        t = re.sub(pat, rep, t)
    if rng.random() < 0.4:
        t = re.sub(r"\band\b", "&", t)
    if rng.random() < 0.3:
        for right, wrong in MISSPELL.items():
            if right in t:
                t = t.replace(right, wrong, 1)
                break
    return t


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


def rand_date(a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, max(0, (b - a).days)))


TODAY = dt.date(2024, 10, 4)
TYPE_ORDER = {"CoC": 0, "R": 1, "NR": 1, "AFI": 2}


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    # ------------------------------------------------------------------ HMICFRS export
    by_rep: dict[str, list[dict]] = {}
    for it in I:
        code, typ, num = it["ref"].split("-")
        it["code"], it["typ"] = code, typ
        by_rep.setdefault(code, []).append(it)
    hm_rows = []
    for code in ORDER:
        items = sorted(by_rep.get(code, []),
                       key=lambda x: (TYPE_ORDER[x["typ"]], x["ref"]))
        for pos, it in enumerate(items, 1):
            sep = "." if rng.random() < 0.2 else ". "
            it["hm_text"] = f"{pos}{sep}{it['text']}"
            hm_rows.append(it)
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    head = ["Reference", "Report", "Published", "Recommendation", "Monitoring status",
            "Status date"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r, it in enumerate(hm_rows, 2):
        title, (y, m, d), _ = REPORTS[it["code"]]
        pub = dt.date(y, m, d)
        phrase, state = HS[it["hs"]]
        if state == "closed":
            lo = 365 if it["hs"] == "CS" else 120  # superseded only after a later inspection
            sd = rand_date(pub + dt.timedelta(days=lo),
                           min(pub + dt.timedelta(days=6 * 365), dt.date(2024, 6, 30)))
        else:
            sd = rand_date(max(pub + dt.timedelta(days=20), dt.date(2023, 4, 1)),
                           dt.date(2024, 9, 20))
        ws.append([it["ref"], title, pub.strftime("%B %Y"), it["hm_text"], phrase, ordinal(sd)])
        it["hm_row"] = f"Recommendations!{r}"
        for c in ws[r]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEF", (18, 48, 16, 90, 48, 22)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:F{ws.max_row}"
    save(wb, OUT / "hmicfrs.xlsx")

    # ------------------------------------------------------------------ force tracker
    leads_by_report = {
        "SAS13": ["ACC Local Policing", "Head of Learning & Development"],
        "SAS15": ["ACC Local Policing"], "DA14": ["Ch Supt Public Protection"],
        "PIA14": ["Director of Finance", "Head of Corporate Development"],
        "PEFC17": ["Director of Finance", "Head of Corporate Development", "Director of People"],
        "EFFNAT17": ["Head of Corporate Development"],
        "CB14": ["Supt Contact Centre", "Head of Corporate Development"],
        "IM15": ["Head of Professional Standards"],
        "PLEG17": ["Head of Professional Standards", "Director of People"],
        "BTP15": ["Head of Information Management"], "FL15": ["Supt Firearms Licensing"],
        "CDI16": ["Force Crime Registrar", "Supt Contact Centre"],
        "PEFF16": ["Det Ch Supt Force CID", "Ch Supt Public Protection", "ACC Crime"],
        "PEEL1819": ["Det Ch Supt Force CID", "ACC Crime", "Head of Corporate Development"],
        "MSHT17": ["Det Ch Supt Force CID", "Force Crime Registrar", "Head of Intelligence"],
        "LEGNAT17": ["ACC Local Policing", "Head of Learning & Development"],
        "NCPI18": ["Ch Supt Public Protection", "Ch Insp Custody"],
        "CUST20": ["Ch Insp Custody"],
        "DUP21": ["ACC Local Policing", "Head of Learning & Development",
                  "Head of Professional Standards"],
        "PEEL2122": ["ACC Crime", "ACC Local Policing", "Head of Intelligence",
                     "Supt Contact Centre", "Director of People",
                     "Head of Professional Standards", "Ch Supt Public Protection"],
    }
    leads_by_report["PEEL2325"] = leads_by_report["PEEL2122"]
    open_notes = ["Work undertaken in area but still requires development to complete.",
                  "Little work yet undertaken in this area. Unlikely to reach deadlines.",
                  "A Task & Finish group has been set up; implementation plan being drafted.",
                  "Covered by the Vulnerability Improvement Delivery Plan; see latest plan "
                  "update.",
                  "Update requested from lead {d}.", "Awaiting allocation.",
                  "Lead changed - new owner to review position {d}.", None]
    done_notes = ["Completed. Evidence submitted to HMICFRS for closure.",
                  "Signed off at Organisational Learning Board {d}.",
                  "Already complete / believed to be complete within short time scale (and "
                  "within deadline).",
                  "Policy signed off and in place. Evidence filed on SharePoint.",
                  "Ready to move to GREEN status.", None]
    rows = []  # dicts for the tracker

    def fref(it):
        r = it.get("fref", None)
        code = it["code"]
        if isinstance(r, str):
            return r
        if r is False:
            return None
        if r is None:  # default: refs only for reports from 2017 on, on most rows
            if REPORTS[code][1][0] < 2017 or code in ("CDI16", "PEFF16"):
                return None
            if rng.random() < 0.3:
                return None
        ref = it["ref"]
        if rng.random() < 0.25:  # typed loosely
            c, t, n = ref.split("-")
            return f"{c} {t} {int(n)}"
        return ref

    for it in I:
        if it["fs"] is None:
            continue
        code = it["code"]
        _, (y, m, d), short = REPORTS[code]
        date = it.get("date", (y, m, d))
        report = it.get("report", short)
        ftype = it.get("ftype") or {"CoC": "CoC", "R": "Rec", "NR": "Rec", "AFI": "AFI"}[it["typ"]]
        ref = fref(it)
        if "split" in it:
            for k, t in enumerate(it["split"]):
                rr = ref
                if code == "NCPI18":
                    rr = f"{it['ref']} ({'abc'[k]})"
                rows.append(dict(item=it, report=report, date=date, ref=rr, type=ftype, text=t,
                                 status=it["fs"], part=k, code=code))
            continue
        if "ftext" in it:
            t = it["ftext"]
        elif it.get("mode") == "abbr":
            t = abbreviate(it["text"])
        else:
            t = it["text"]
        rows.append(dict(item=it, report=report, date=date, ref=ref, type=ftype, text=t,
                         status=it["fs"], part=None, code=code))

    for ex in EXTRA:
        after, report, date, ftype, text, status, why, lead, note = ex
        idx = max(i for i, r in enumerate(rows) if r["item"] and r["item"]["ref"] == after)
        rows.insert(idx + 1, dict(item=None, report=report, date=date, ref=None, type=ftype,
                                  text=text, status=status, part=None, why=why, lead=lead,
                                  note=note, code=None))
    # the PEEL Legitimacy 2015 row and the 2016-misfiled row sit in date order in the tracker
    rows.sort(key=lambda r: (r["date"],))  # stable: keeps order within a report

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{FORCE} – HMICFRS recommendations and areas for improvement: force tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owner: Strategic Planning & Organisational Learning | Last updated "
                f"{TODAY:%d/%m/%Y} | OFFICIAL")
    ws["A2"].font = Font(italic=True)
    head = ["No.", "Report", "Date published", "HMICFRS ref", "Type",
            "Recommendation / AFI (summary)", "Lead", "Progress update", "Status",
            "Date closed"]
    ws.append([])
    ws.append(head)
    hdr = 4
    for c in ws[hdr]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for n, r in enumerate(rows, 1):
        rown = hdr + n
        pub = dt.date(*r["date"])
        state = FS[r["status"]]
        closed = None
        if state == "done":
            lo = 400 if r["status"] == "Closed (superseded)" else 60
            closed = rand_date(pub + dt.timedelta(days=lo), TODAY - dt.timedelta(days=14))
        dd = closed or rand_date(max(pub, dt.date(2023, 1, 1)), TODAY - dt.timedelta(days=7))
        note = rng.choice(open_notes if state == "open" else done_notes)
        if r["status"] == "Closed (superseded)":
            note = "Superseded by later PEEL inspection - closed locally at OLB {d}."
        if r["status"] == "N/A - national bodies":
            note = "Not the force's responsibility to deliver; dependent upon another organisation."
        if r["status"] == "Complete - submitted to HMICFRS":
            note = "Evidence pack sent to HMICFRS force liaison lead {d}."
        if "note" in r:
            note = r["note"]
        if note:
            note = note.format(d=dd.strftime("%d/%m/%Y"))
        if "lead" in r:
            lead = r["lead"]
        elif rng.random() < 0.08:
            lead = None
        else:
            lead = rng.choice(leads_by_report[r["code"]])
        date_cell = None if (pub.year < 2015 and rng.random() < 0.5) else pub
        ws.append([n, r["report"], date_cell, r["ref"], r["type"], r["text"], lead, note,
                   r["status"], closed])
        ws.cell(rown, 3).number_format = "dd/mm/yyyy"
        ws.cell(rown, 10).number_format = "dd/mm/yyyy"
        for c in ws[rown]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r["row"] = f"Tracker!{rown}"
    last = hdr + len(rows)
    ws.cell(last + 2, 1, "Status key: In progress / In progress - behind / Not started / "
                         "Awaiting evidence = still open. Complete / Complete - submitted to "
                         "HMICFRS / Closed (superseded) = done. N/A - national bodies = not the "
                         "force's to deliver.").font = Font(italic=True)
    ws.cell(last + 3, 1, "Refs are the HMICFRS references where we have them; 'No.' is our own "
                         "running number.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", (6, 28, 14, 20, 8, 80, 26, 50, 26, 13)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save(wb, OUT / "tracker.xlsx")

    # ------------------------------------------------------------------ truth
    truth = []
    frows_by_item: dict[str, list[dict]] = {}
    for r in rows:
        if r["item"] is not None:
            frows_by_item.setdefault(r["item"]["ref"], []).append(r)
    for it in hm_rows:
        fr = frows_by_item.get(it["ref"], [])
        hstate = HS[it["hs"]][1]
        if not fr:
            truth.append((it["hm_row"], "", "missing_from_force", it["why"]))
            continue
        for r in fr:
            fstate = FS[r["status"]]
            part = "" if r["part"] is None else f" (split row {r['part'] + 1} of {len(fr)})"
            if "conflict" in it:
                cat, why = "conflict", it["conflict"]
            elif hstate == "open" and fstate == "done":
                cat, why = "closeable_submit", (f"HMICFRS '{HS[it['hs']][0][:40]}…' = open; "
                                               f"tracker '{r['status']}' = done")
            elif hstate == "closed" and fstate == "open":
                cat, why = "closeable_local", (f"HMICFRS '{HS[it['hs']][0][:40]}…' = closed; "
                                              f"tracker '{r['status']}' = open")
            else:
                cat, why = "in_sync", (f"HMICFRS {hstate}, tracker '{r['status']}' = {fstate}")
            truth.append((it["hm_row"], r["row"], cat, it["ref"] + ": " + why + part))
    for r in rows:
        if r["item"] is None:
            truth.append(("", r["row"], "not_on_hmicfrs_list", r["why"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    return hm_rows, rows, truth


def save(wb, path: Path):
    """Save, then rewrite the zip with fixed timestamps so the bytes do not change."""
    wb.properties.created = dt.datetime(2024, 10, 4, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 10, 4, 9, 0, 0)
    wb.properties.creator = "typed_ref_phrased_status builder"
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with now
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-10-04T09:00:00Z",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


if __name__ == "__main__":
    hm, fr, tr = build()
    from collections import Counter
    print(len(hm), "HMICFRS items;", len(fr), "tracker item rows;", len(tr), "truth lines")
    print(Counter(t[2] for t in tr))
