#!/usr/bin/env python3
"""Build the evaluation case `outlook_csv_portal_notifications` (round 104, brief B).

The HMICFRS side is an Outlook "Export to a file > Comma Separated Values" of the force's
HMICFRS liaison mailbox folder that holds every notification the HMICFRS monitoring portal
has sent since go-live, plus the liaison lead's own emails and some mailbox noise.  There is
no spreadsheet from HMICFRS: the most recent notification per item is the definitive position.
The force side is an ordinary Excel tracker.

Deterministic: fixed seed, fixed workbook properties, fixed CSV bytes.  Standard library,
XlsxWriter only.  Run: python build_outlook_csv_portal_notifications.py
"""

import csv
import datetime as dt
import io
import os
import random
import textwrap

import xlsxwriter

CASE = "outlook_csv_portal_notifications"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
RNG = random.Random(104_0207)

HM_FILE = "hmicfrs.csv"
FORCE_FILE = "tracker.xlsx"
FORCE_SHEET = "HMICFRS Tracker"

# --------------------------------------------------------------------------------------------
# Real public texts (HMICFRS / HMIC reports, as quoted in public pages and a JAC paper).
# --------------------------------------------------------------------------------------------
T = {
    "SS1": "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
    "SS2": "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
    "CB": "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
    "EB": "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.",
    "AUS1": "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews",
    "AUS2": "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.",
    "AUS3": "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.",
    "AUS4": "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.",
    "IM": "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.",
    "TR1": "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
    "TR2": "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
    "TR3": "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.",
    "TR4": "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
    "PE15A": "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public",
    "PE15B": "The force should develop its understanding of the links between its outcomes, outputs and costs",
    "PE15C": "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
    "COC_MC": "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.",
    "REC_MC": "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
    "COC_DA": "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. This is an enduring cause of concern from HMIC's report on vulnerability in 2015 and is one of the recommendations from HMIC's report on its domestic abuse inspection in 2014 that still needs to be implemented. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed.",
    "REC_DA": "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that:\n• there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.",
    "CDI": "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.",
    "SF1": "Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.",
    "SF2": "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible",
    "SF3": "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.",
    "SF4": "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.",
    "SF5": "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.",
    "SF6": "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).",
    "SF7": "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.",
    "PE17N": "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
    "PE17A": "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.",
    "LEG_COC": "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
    "LEG1": "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.",
    "LEG2": "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
    "LEG3": "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
    "LEG4": "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
    "VET_COC": "The size of the vetting backlog within West Midlands Police is a cause of concern.",
    "VET_REC": "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
    "AFI_CASE": "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
    "DU1": "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
    "DU2": "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.",
    "DU3": "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.",
    "DU_HO": "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.",
    "DU5": "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
}

# Reports: key -> (portal title (2021 template), short title (2023 template), published)
REPORTS = {
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?",
             "Stop and search powers (2013)", dt.date(2013, 7, 9)),
    "EB14": ("Everyone's business: Improving the police response to domestic abuse",
             "Everyone's business (domestic abuse), 2014", dt.date(2014, 3, 27)),
    "AUS14": ("Policing in Austerity: Meeting the Challenge",
              "Policing in austerity (2014)", dt.date(2014, 7, 22)),
    "CB14": ("Core Business: an inspection into crime prevention, police attendance and the use of police time",
             "Core business (2014)", dt.date(2014, 9, 30)),
    "IM15": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing",
             "Integrity matters (2015)", dt.date(2015, 1, 30)),
    "TR15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales",
             "Targeting the risk (firearms licensing), 2015", dt.date(2015, 9, 15)),
    "PE15": ("PEEL: Police efficiency 2015 - An inspection of West Midlands Police",
             "PEEL 2015 Efficiency – West Midlands Police", dt.date(2015, 10, 15)),
    "PEF16": ("PEEL: Police effectiveness 2016 - An inspection of West Midlands Police",
              "PEEL 2016 Effectiveness – West Midlands Police", dt.date(2017, 3, 2)),
    "CDI17": ("West Midlands Police: Crime Data Integrity inspection 2017",
              "Crime data integrity 2017 – West Midlands Police", dt.date(2017, 9, 7)),
    "SF17": ("Stolen freedom: the policing response to modern slavery and human trafficking",
             "Stolen freedom (modern slavery), 2017", dt.date(2017, 10, 24)),
    "PE17": ("PEEL: Police efficiency 2017 - An inspection of West Midlands Police",
             "PEEL 2017 Efficiency – West Midlands Police", dt.date(2017, 11, 9)),
    "LEG17": ("PEEL: Police legitimacy 2017 - A national overview",
              "PEEL 2017 Legitimacy (national)", dt.date(2017, 12, 12)),
    "P1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 - An inspection of West Midlands Police",
              "PEEL 2018/19 – West Midlands Police", dt.date(2019, 5, 2)),
    "DU21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force",
             "Disproportionate use of police powers (2021)", dt.date(2021, 2, 26)),
}

# HMICFRS type words, 2021 template / 2023 template
TYPES = {
    "R": ("Recommendation", "Recommendation"),
    "N": ("Recommendation (national)", "National recommendation"),
    "A": ("Area for improvement", "AFI"),
    "C": ("Cause of concern", "Cause of concern"),
}

# status codes -> (2021 template word, 2023 template word, open?)
STATUS = {
    "AR": ("Awaiting review", "Open – awaiting review", True),
    "BP": ("Being progressed", "Open – being progressed", True),
    "C": ("Complete", "Closed – complete", False),
    "S": ("Superseded", "Closed – superseded", False),
}

COMMENTS = {
    "migr": "Item migrated from the HMICFRS recommendations register.",
    "BP": "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated.",
    "C": "This recommendation is complete",
    "C_obs": "Authorised for closure on the basis of the additional observations offered by members of the inspection team in recent inspection activity.",
    "S_peel": "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where a cause of concern still exists this will appear in the register against these subsequent inspections.",
    "S_eff": "No further action is required. This area of activity has subsequently been inspected each year, most recently in HMICFRS's PEEL Efficiency inspections.",
    "S_p2122": "This area of activity has subsequently been inspected in HMICFRS's PEEL 2021/22 inspection. Where an area for improvement still exists it will appear in the register against that inspection.",
    "new": "New recommendation",
    "reopen": "Reopened following fieldwork for the PEEL 2023–25 inspection: supervision of the initial DASH risk assessment was not consistently evident in the cases reviewed.",
}

MIGRATION = dt.date(2021, 3, 15)

# --------------------------------------------------------------------------------------------
# The 42 HMICFRS items.  history: (date, status, template 1|2, comment key, kind)
#   kind: "migr" migrated at go-live, "new" new item, "chg" status change, "fll" FLL's own email
# force: list of force rows (report key in tracker, published cell, type, text, lead, portfolio,
#        rag, update, submitted, hmicfrs ref cell)
# --------------------------------------------------------------------------------------------
D = dt.date
ITEMS = []


def item(key, ref, rep, typ, text, history, category, why, force):
    ITEMS.append(dict(key=key, ref=ref, rep=rep, typ=typ, text=T[text], history=history,
                      category=category, why=why, force=force))


def F(text, rag, update="", lead="", portfolio="", submitted=None, ref="", ftype=None, frep=None,
      no=None):
    return dict(text=text, rag=rag, update=update, lead=lead, portfolio=portfolio,
                submitted=submitted, ref=ref, ftype=ftype, frep=frep, no=no)


M = lambda st, com="migr": (MIGRATION, st, 1, com, "migr")  # noqa: E731

item("SS1", 1187, "SS13", "N", "SS1", [M("C", "C")], "in_sync",
     "HMICFRS Complete (migrated closed); tracker Blue (closed by HMIC).",
     [F("Chief Constables and College of Policing to establish in the S&S APP a clear spec of what constitutes effective and fair exercise of stop and search powers (compliant with Code of Practice)",
        "Blue", "APP published by College. HMIC closed 2018.", "Supt Stop & Search lead", "Operations")])
item("SS2", 1188, "SS13", "N", "SS2", [M("C", "C_obs")], "closeable_local",
     "HMICFRS Complete (migrated closed); tracker still Amber.",
     [F("Chief Constables should establish or improve monitoring of the way officers stop and search people, so they can be satisfied officers are acting in accordance with the law (incl equality legislation and the Code) and that the power is used effectively to prevent crime, catch criminals and maintain public trust",
        "Amber", "S&S scrutiny panel reviews BWV monthly. Monitoring dashboard in development (Qlik) – Q4.", "Supt Stop & Search lead", "Operations")])
item("EB", 2336, "EB14", "N", "EB", [M("BP", "BP"), (D(2022, 12, 8), "C", 1, "C", "chg")], "in_sync",
     "Latest notification (8 Dec 2022) Complete; tracker Green (submitted Sept 21) = done. Older migrated notification said Being progressed.",
     [F("By Sept 2014 every force to establish and publish a DA action plan (developed in consultation with PCC, DA support orgs and victims reps; after considering all recs in the report; with ref to DHRs and IPCC findings; drawing on CPS scrutiny panels / MARAC self-assessments). Chief officers to oversee full implementation – personal responsibility.",
        "Green", "DA action plan published; now part of Vulnerability Improvement Delivery Plan. Submitted for closure Sept 21.", "Supt Public Protection", "Public Protection", D(2021, 9, 14))])
for k, ref, rag, upd, cat, why in [
        ("AUS1", 3001, "Blue", "HMIC NFA – inspected annually via PEEL Efficiency (Nov 17)", "in_sync", "HMICFRS Superseded; tracker Blue."),
        ("AUS2", 3002, "Blue", "HMIC NFA – as above", "in_sync", "HMICFRS Superseded; tracker Blue."),
        ("AUS3", 3003, "Blue", "HMIC NFA", "in_sync", "HMICFRS Superseded; tracker Blue."),
        ("AUS4", 3004, "Amber", "Addressed holistically as part of WMP2020 programme. Collaboration review with regional forces ongoing.", "closeable_local", "HMICFRS Superseded (no further action); tracker still Amber.")]:
    ftext = {
        "AUS1": "All CC's and PCC's should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing budgets – use VfM profiles",
        "AUS2": "CCs and PCCs in forces planning to deliver less than 10% of savings through collaboration to assess whether there is scope to improve on this position",
        "AUS3": "Forces reducing proportion of workforce / officers on the front line to assess whether they have taken the decisive action seen in many forces to maintain crime fighting capacity",
        "AUS4": "In preparation for next spending round all CC's and PCC's to review plans for collaboration – scope for better VfM and improved capability & capacity through joint working with other forces, the public and/or private sector",
    }[k]
    item(k, ref, "AUS14", "N", k, [M("S", "S_eff")], cat, why,
         [F(ftext, rag, upd, "Director of Commercial Services", "Finance")])
item("CB", 4836, "CB14", "N", "CB", [M("S", "S_peel")], "in_sync",
     "HMICFRS Superseded; tracker BLUE.",
     [F("By 31/3/15 forces using THR policy to provide call handlers with specific, sound and comprehensible criteria to assess threat, harm and risk",
        "BLUE", "THRIVE embedded in FCC. HMIC closed.", "Ch Supt Force Contact", "Force Contact")])
item("IM", 4415, "IM15", "N", "IM", [M("BP", "BP"), (D(2021, 11, 11), "C", 1, "C", "chg")], "closeable_local",
     "Latest notification (11 Nov 2021) Complete; tracker Amber.",
     [F("By 31 Aug 2015 all CCs should satisfy themselves that processes are in place to ensure misconduct investigations resulting in 'no further action' are fair and free from any form of discrimination",
        "Amber", "PSD dip sample of NFA outcomes by protected characteristic – reported quarterly to PSD board.", "Head of Professional Standards", "PSD")])
item("TR1", 5270, "TR15", "N", "TR1", [M("C", "C")], "in_sync",
     "HMICFRS Complete; tracker Blue.",
     [F("Within 3 months all CC's should assess how well governance of firearms licensing meets APP standards; where not complied with put correct arrangements in place immediately",
        "Blue", "Governance review completed Dec 2015.", "Head of Firearms Licensing", "Operations")])
item("TR2", 5271, "TR15", "N", "TR2", [M("BP", "BP")], "closeable_submit",
     "HMICFRS Being progressed; tracker Green (closure evidence sent 12/01/24).",
     [F("Within three months, all chief constables should assess the demand on their firearms licensing dept and ensure it has capacity to meet this demand and provide an efficient and effective service at all times.",
        "Green", "Demand review complete; 6 additional FEOs recruited. Closure evidence sent to FLL 12/01/24.", "Head of Firearms Licensing", "Operations", D(2024, 1, 12))])
item("TR3", 5272, "TR15", "N", "TR3", [M("BP", "BP"), (D(2023, 9, 14), "C", 2, "C", "chg")], "in_sync",
     "Latest notification (14/09/2023, 2023 template) Closed – complete; tracker Green = done.",
     [F("Immediately all CCs to satisfy themselves that all appropriate action is being taken re ‘total expired’ licensing records",
        "Green", "Total expired records reviewed weekly by FL supervisors. Submitted 30/06/23.", "Head of Firearms Licensing", "Operations", D(2023, 6, 30))])
item("TR4", 5273, "TR15", "N", "TR4", [M("BP", "BP")], "conflict",
     "Timescale differs: HMICFRS 'Within three months', tracker 'Within six months'. Both open.",
     [F("Within six months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on NFLMS; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
        "Amber", "Temp permit process mapped. NFLMS recording audit planned.", "Head of Firearms Licensing", "Operations")])
item("PE15A", 5611, "PE15", "A", "PE15A", [M("BP", "BP"), (D(2022, 5, 3), "C", 1, "C", "chg")], "in_sync",
     "Latest notification (3 May 2022) Complete; tracker Blue.",
     [F("Undertake further work to gain fuller understanding of current demand for services and likely future changes in demand, so resources can be matched to demand",
        "Blue", "FMS demand modelling. Closed by HMICFRS May 22.", "Head of Strategy & Direction", "Strategy")])
item("PE15B", 5612, "PE15", "A", "PE15B", [M("BP", "BP")], "closeable_submit",
     "HMICFRS Being progressed; tracker Green (proposed for closure).",
     [F("The force should develop its understanding of the links between its outcomes, outputs and costs",
        "Green", "Activity based costing model live; priority based budgeting for 23/24. Proposed for closure.", "Director of Finance", "Finance", D(2023, 11, 20))])
item("PE15C", 5613, "PE15", "A", "PE15C", [M("BP", "BP"), (D(2023, 11, 2), "S", 2, "S_p2122", "chg")], "closeable_local",
     "Latest notification (02/11/2023) Closed – superseded; tracker Amber.",
     [F("Develop future workforce plan aligned with demand and budget – incl future resource allocations, skills mix and behaviours expected",
        "Amber", "Strategic workforce plan refresh due Q1 24/25.", "Director of People", "People")])
item("COC_MC", 8795, "PEF16", "C", "COC_MC", [M("BP", "BP"), (D(2022, 1, 20), "C", 1, "C_obs", "chg")], "in_sync",
     "Latest notification (20 Jan 2022) Complete; tracker Blue.",
     [F("Force response to missing & absent children is a cause of concern – risk assessment for children missing from home inappropriate in some cases; children classed as 'absent' when should be 'missing'; CSE risk not influencing assigned risk. Enduring CoC from 2015 vulnerability report.",
        "Blue", "Absent category removed. Closed by HMICFRS Jan 22.", "Supt Public Protection", "Public Protection", D(2021, 10, 1), "8795")])
item("REC_MC", 8796, "PEF16", "R", "REC_MC", [M("BP", "BP"), (D(2022, 1, 20), "C", 1, "C_obs", "chg")], "in_sync",
     "Latest notification (20 Jan 2022) Complete; tracker Blue.",
     [F("To address this CoC the force should immediately review its approach to reports of missing children and ensure: call takers understand & use missing/absent category appropriately; call takers and frontline staff can identify CSE risk factors and respond; supervisors provide correct oversight of missing person enquiries",
        "Blue", "Closed by HMICFRS Jan 22.", "Supt Public Protection", "Public Protection", D(2021, 10, 1), "8796")])
item("COC_DA", 8797, "PEF16", "C", "COC_DA", [M("C", "C")], "in_sync",
     "HMICFRS Complete; tracker Blue.",
     [F("The force's response to DA is a cause of concern to HMIC. Force policy allowing officer discretion to complete a DASH in some crimes/incidents does not provide confidence risk is always assessed appropriately. Officers not consistently completing DASH where policy requires.",
        "Blue", "All DA incidents risk assessed since Oct 17.", "Supt Public Protection", "Public Protection", None, "8797")])
item("REC_DA", 8798, "PEF16", "R", "REC_DA",
     [M("BP", "BP"), (D(2022, 1, 20), "C", 1, "C", "chg"), (D(2023, 10, 16), "BP", 2, "reopen", "chg")],
     "closeable_submit",
     "Reopened: latest notification (16/10/2023) Open – being progressed, after a Complete of 20 Jan 2022; tracker Blue = done. HMICFRS open, force done.",
     [F("To address this CoC, force should immediately take steps to ensure there is effective supervision of the initial risk assessment process, specifically completion of DASH in appropriate cases.",
        "Blue", "FET agreed 25/07/17 all DA incidents to be risk assessed. Closed by HMICFRS Jan 22.", "Supt Public Protection", "Public Protection", D(2021, 10, 1), "8798")])
item("CDI", 9120, "CDI17", "R", "CDI", [M("BP", "BP")], "conflict",
     "Missing bullet: tracker splits the recommendation into 4 rows and has none for the 5th bullet (online reports triaged at the point of receipt). Both open.",
     [F("Within 6 months – arrangements so that at the point of report, victims are believed", "Green",
        "Victim believed principle in FCC training; audit 96% compliant.", "Force Crime Registrar", "Crime", None, "9120", no="13a"),
      F("CDI rec – conversations between call handlers and callers are summarised accurately in the incident log (full facts for attending officers to base crime recording decisions)", "Green",
        "Incident log QA by FCC supervisors.", "Force Crime Registrar", "Crime", None, "9120", no="13b"),
      F("CDI rec – multiple crimes always recorded when described in incident records or identified as part of other recorded crime investigations", "Amber",
        "Still an issue in DA crimes – see audit Jan 24.", "Force Crime Registrar", "Crime", None, "9120", no="13c"),
      F("CDI rec – practice of awaiting results of medical examinations or video interviews before making crime recording decisions is stopped", "Green",
        "Policy changed; crime recorded within 24 hrs.", "Force Crime Registrar", "Crime", None, "9120", no="13d")])
item("SF1", 9301, "SF17", "N", "SF1", [M("BP", "BP")], "in_sync",
     "HMICFRS Being progressed; tracker splits into 4 bullet rows, two still Amber, so the item is open on both sides.",
     [F("Within 12 months review leadership & governance arrangements for MSHT to ensure senior leaders prioritise the response to modern slavery and human trafficking", "Green",
        "ACC Crime chairs MSHT gold group.", "DCI MSHT coordinator", "Crime", None, "9301", no="14a"),
      F("MSHT leadership – every incident of MS identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively", "Amber",
        "Allocation policy in draft.", "DCI MSHT coordinator", "Crime", None, "9301", no="14b"),
      F("MSHT leadership – effective partnership arrangements to co-ordinate activity to share information and safeguard victims", "Green",
        "Regional MSHT partnership in place.", "DCI MSHT coordinator", "Crime", None, "9301", no="14c"),
      F("MSHT leadership – performance and QA measures in place so senior leaders can assess the nature and quality of service to victims", "Amber",
        "Performance framework being built (Power BI).", "DCI MSHT coordinator", "Crime", None, "9301", no="14d")])
item("SF2", 9302, "SF17", "N", "SF2", [M("BP", "BP"), (D(2022, 7, 7), "C", 1, "C", "chg")], "in_sync",
     "Latest notification (7 Jul 2022) Complete; tracker Blue.",
     [F("Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible",
        "Blue", "ISAs in place with GLAA, local authorities and Border Force.", "DCI MSHT coordinator", "Crime", None, "9302")])
item("SF3", 9303, "SF17", "N", "SF3", [M("C", "C")], "in_sync",
     "HMICFRS Complete; tracker Blue.",
     [F("Immediately – ensure all victims carrying out criminal acts under compulsion attributable to slavery/exploitation are afforded early and continuing consideration of the s45 defence",
        "Blue", "s45 guidance issued to custody and CID.", "DCI MSHT coordinator", "Crime", None, "9303")])
item("SF4", 9304, "SF17", "N", "SF4", [M("BP", "BP")], "missing_from_force",
     "HMICFRS Being progressed (NRM notification duty); no tracker row.", [])
item("SF5", 9305, "SF17", "N", "SF5", [M("BP", "BP"), (D(2023, 12, 21), "C", 2, "C", "chg")], "in_sync",
     "Latest notification (21/12/2023) Closed – complete; tracker Green (submitted 02/10/23).",
     [F("Immediately, forces should take steps to ensure they fully comply with NCRS requirements for MSHT offences and that sufficient audit capacity is available to the FCR to provide reassurance the force is identifying & managing gaps in crime recording accuracy for these offences",
        "Green", "FCR audit of MSHT crimes quarterly. Submitted for closure 02/10/23.", "Force Crime Registrar", "Crime", D(2023, 10, 2), "9305")])
item("SF6", 9306, "SF17", "N", "SF6", [M("BP", "BP")], "closeable_submit",
     "HMICFRS Being progressed; tracker Green (submitted 09/02/24).",
     [F("Immediately, forces should ensure that allegations or indications of MSHT are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (incl JITs where appropriate)",
        "Green", "MSHT investigations now sit with PVP; JIT protocol agreed. Submitted for closure 09/02/24.", "DCI MSHT coordinator", "Crime", D(2024, 2, 9), "9306")])
item("SF7", 9307, "SF17", "N", "SF7", [M("BP", "BP")], "conflict",
     "Reference differs: tracker HMICFRS Ref 9370, HMICFRS item 9307 (no item 9370 exists); the text is 9307's. Both open.",
     [F("Immediately review use of preventative powers under MSA 2015 (STPOs / STROs) so opportunities to restrict the activities of those posing a clear threat re MSHT offences are exploited",
        "Amber", "STPO/STRO applications up 40% – tactical menu refreshed.", "DCI MSHT coordinator", "Crime", None, "9370")])
item("PE17N", 9402, "PE17", "N", "PE17N", [M("BP", "BP")], "conflict",
     "Deadline differs: HMICFRS 'By September 2018', tracker 'By September 2019'. Both open.",
     [F("By September 2019, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, NPCC and APCC should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
        "Amber", "Digital services roadmap part of WMP2025 plan.", "Director of IT & Digital", "IT&D", None, "9402", ftype="National Rec")])
item("PE17A", 9403, "PE17", "A", "PE17A", [M("BP", "BP"), (D(2024, 1, 30), "C", 2, "C", "chg")], "closeable_local",
     "Latest notification (30/01/2024) Closed – complete; tracker Amber.",
     [F("The force should ensure it has sufficient resources in the control room to fulfil its resourcing model and meet demand, while taking into account workforce wellbeing",
        "Amber", "FCC resourcing review ongoing – 999 answer times improving.", "Ch Supt Force Contact", "Force Contact", None, "9403")])
item("LEG_COC", 9460, "LEG17", "C", "LEG_COC", [M("BP", "BP"), (D(2022, 2, 28), "C", 1, "C", "chg")], "in_sync",
     "Latest notification (28 Feb 2022) Complete; tracker Blue.",
     [F("Forces not able to demonstrate that use of S&S powers is consistently reasonable and fair – over-representation of BAME people, and black people in particular, in S&S data which many forces unable to explain",
        "Blue", "Closed by HMICFRS Feb 22.", "Supt Stop & Search lead", "Operations", None, "9460")])
item("LEG1", 9461, "LEG17", "N", "LEG1", [M("BP", "BP")], "closeable_submit",
     "HMICFRS Being progressed; tracker Green (submitted 05/12/23).",
     [F("By July 2018 – regularly & frequently monitor a comprehensive set of S&S data to understand: reasons for any disproportionate representation of ethnic groups; extent find rates differ between ethnicities and search types (incl drugs possession v supply); prevalence of possession-only drug searches and alignment with local/force priorities",
        "Green", "S&S dashboard live; reviewed at S&S board. Submitted 05/12/23.", "Supt Stop & Search lead", "Operations", D(2023, 12, 5), "9461")])
item("LEG2", 9462, "LEG17", "N", "LEG2", [M("BP", "BP")], "missing_from_force",
     "HMICFRS Being progressed (demonstrate research and action on disparities); no tracker row.", [])
item("LEG3", 9463, "LEG17", "N", "LEG3", [M("BP", "BP"), (D(2022, 2, 28), "C", 1, "C", "chg")], "closeable_local",
     "Latest notification (28 Feb 2022) Complete; tracker Amber.",
     [F("Expect forces to publish this analysis and any actions taken at least annually from July 2018",
        "Amber", "Annual S&S report published on website Oct 23. Next due Oct 24.", "Supt Stop & Search lead", "Operations", None, "9463")])
item("LEG4", 9464, "LEG17", "N", "LEG4", [M("BP", "BP")], "conflict",
     "Report differs: tracker files it under 'Disproportionate use of police powers (Feb 2021)', HMICFRS under PEEL: Police legitimacy 2017; the text (By July 2018 … unconscious bias … APP) is 9464's. Both open.",
     [F("By July 2018, and ongoing, forces should ensure all officers who use S&S powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
        "Amber", "Unconscious bias input in S&S refresher – 78% completion.", "Supt Stop & Search lead", "Operations", None, "", frep="DU21")])
item("VET_COC", 10212, "P1819", "C", "VET_COC", [M("BP", "BP"), (D(2024, 2, 5), "C", 2, "C", "chg")], "in_sync",
     "Latest notification (05/02/2024) Closed – complete; tracker Green (submitted 04/09/23).",
     [F("The size of the vetting backlog within West Midlands Police is a cause of concern.",
        "Green", "Backlog cleared Aug 23. Submitted for closure 04/09/23.", "Head of Professional Standards", "PSD", D(2023, 9, 4), "10212")])
item("VET_REC", 10213, "P1819", "R", "VET_REC", [M("BP", "BP"), (D(2024, 2, 5), "C", 2, "C", "chg")], "in_sync",
     "Latest notification (05/02/2024) Closed – complete; tracker Green.",
     [F("Ensure all staff have at least the lowest level of vetting clearance for their roles asap – clear backlog & renewals as they become due – full compliance with national vetting guidelines",
        "Green", "Vetting unit uplift; renewals tracked monthly. Submitted 04/09/23.", "Head of Professional Standards", "PSD", D(2023, 9, 4), "10213")])
item("AFI_CASE", 10214, "P1819", "A", "AFI_CASE", [M("BP", "BP")], "conflict",
     "Type differs: HMICFRS 'Area for improvement', tracker 'Rec'. Both open.",
     [F("The force should improve its use of its crime recording & management system to better manage case files and investigative processes",
        "Amber", "Connect case file module – training rollout.", "ACC Crime", "Crime", None, "10214", ftype="Rec")])
item("DU1", 11873, "DU21", "N", "DU1",
     [(D(2021, 3, 29), "AR", 1, "new", "new"), (D(2021, 10, 1), "BP", 1, "BP", "chg")], "in_sync",
     "Latest notification (1 Oct 2021) Being progressed; tracker Amber.",
     [F("By July 2022 forces to ensure officers and staff have effective communication skills in line with National Policing Guidelines on Conflict Management – in addition to existing conflict mgmt and de-escalation training",
        "Amber", "Comms skills in PST from Apr 22; 61% trained.", "Head of Learning & Development", "People", None, "11873")])
item("DU2", 11874, "DU21", "N", "DU2",
     [(D(2021, 3, 29), "AR", 1, "new", "new"), (D(2021, 10, 1), "BP", 1, "BP", "chg"), (D(2022, 8, 18), "C", 1, "C", "chg")],
     "in_sync",
     "Latest notification (18 Aug 2022, filed at the bottom of the export) Complete; tracker Green.",
     [F("By July 2021 – comms skills reinforced through CPD for officers & staff; supervisors supported to routinely debrief officers on these skills using BWV footage",
        "Green", "BWV debrief guide issued to sergeants. Submitted Jun 22.", "Supt Stop & Search lead", "Operations", D(2022, 6, 27), "11874")])
item("DU3", 11875, "DU21", "N", "DU3",
     [(D(2021, 3, 29), "AR", 1, "new", "new"), (D(2021, 10, 1), "BP", 1, "BP", "chg")], "in_sync",
     "Latest notification (1 Oct 2021) Being progressed; tracker Amber.",
     [F("By Sept 2021: record on BWV the entirety of all S&S encounters incl traffic stops and UoF incidents; structured process to review internally a sample of BWV footage to identify learning and hold officers to account; give external scrutiny panel members access to samples of BWV footage",
        "Amber", "BWV activation compliance 87%. Scrutiny panel access agreed.", "Supt Stop & Search lead", "Operations", None, "11875")])
item("DU5", 11876, "DU21", "N", "DU5", [(D(2021, 4, 6), "AR", 0, "", "fll")], "missing_from_force",
     "Only record is the liaison lead's own email of 6 Apr 2021 (no portal notification was sent): Awaiting review; no tracker row.", [])

assert len(ITEMS) == 42, len(ITEMS)

# Force rows that are not on the HMICFRS list
NOT_ON = [
    dict(grp="DU21", row=F(T["DU_HO"], "White",
                            "Not for WMP – Home Office / NPCC action. Monitoring only.", "Supt Stop & Search lead",
                            "Operations", ftype="National Rec"),
         why="Recommendation to the Home Office and NPCC; HMICFRS holds no item for it against the force (tracker White = not WMP's to deliver)."),
    dict(grp="DEBRIEF", row=F("Improve ability to retrieve digital evidence from mobile phones, computers and other devices quickly enough so investigations are not delayed",
                               "Amber", "DFU backlog reduction plan; kiosks in 4 LPAs.", "Head of Forensics", "Crime", ftype="Initial finding"),
         why="Hot-debrief finding recorded by the force before the PEEL 2023-25 report; not an HMICFRS item."),
    dict(grp="DEBRIEF", row=F("Improve understanding of suspects released under investigation (RUI) and management of those released on bail",
                               "Red", "RUI review group set up – no lead identified yet.", "ACC Crime", "Crime", ftype="Initial finding"),
         why="Hot-debrief finding recorded by the force before the PEEL 2023-25 report; not an HMICFRS item."),
]

# --------------------------------------------------------------------------------------------
# HMICFRS side: Outlook CSV export of the liaison mailbox folder
# --------------------------------------------------------------------------------------------
OUTLOOK_HEADER = ["Subject", "Body", "From: (Name)", "From: (Address)", "From: (Type)", "To: (Name)",
                  "To: (Address)", "To: (Type)", "CC: (Name)", "CC: (Address)", "CC: (Type)",
                  "BCC: (Name)", "BCC: (Address)", "BCC: (Type)", "Billing Information", "Categories",
                  "Importance", "Mileage", "Sensitivity"]

PORTAL = ("HMICFRS Monitoring Portal", "noreply.monitoring@hmicfrs.gov.uk", "SMTP")
FLL = ("Okafor, Sarah", "Sarah.Okafor@hmicfrs.gov.uk", "SMTP")
MAILBOX = ("HMICFRS Liaison",
           "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=6d1f0b7c2e9a4c55b8a3e07f91d2c4aa-HMICFRS Lia",
           "EX")
ANALYST = ("Pryce, Joanne",
           "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=0a9be5c1d4f84e6f9d7e2b3c8a5f6e10-J Pryce",
           "EX")
SUPT = ("Marsh, Daniel",
        "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=b3e8c2d7a1f04a9e8c6d5b4a3f2e1d0c-D Marsh",
        "EX")

CRLF = "\r\n"


def ordinal(d):
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


def wrap76(text):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=76, break_long_words=False, break_on_hyphens=False,
                                 replace_whitespace=False, drop_whitespace=True) or [""])
    return CRLF.join(out)


def summary(text, n=150):
    flat = " ".join(text.replace("•", " ").split())
    if len(flat) <= n:
        return flat
    cut = flat[:n].rsplit(" ", 1)[0]
    return cut + " …"


def body_v1(it, date, st, com, kind):
    rep_title, _, pub = REPORTS[it["rep"]]
    head = {
        "migr": "The following item has been migrated to the monitoring portal.",
        "new": "A new item has been added to the register for your force.",
        "chg": "The status of the following item has been updated.",
    }[kind]
    lines = [
        "HMICFRS Monitoring Portal",
        "Automated notification - please do not reply to this email",
        "",
        head,
        "",
        "Force:           West Midlands Police",
        f"Item:            {it['ref']}",
        f"Type:            {TYPES[it['typ']][0]}",
        f"Report:          {rep_title}",
        f"Published:       {ordinal(pub)}",
        f"Status:          {STATUS[st][0]}",
        f"Date of change:  {ordinal(date)}",
        "",
        "Item text:",
        wrap76(it["text"]),
        "",
        "Comment:",
        wrap76(COMMENTS[com]),
        "",
        "You are receiving this email because you are registered as a liaison contact",
        "for West Midlands Police. To view the full record and its history, sign in to",
        "the monitoring portal.",
        "",
    ]
    return CRLF.join(lines)


def subject_v1(it, st, kind):
    if kind == "migr":
        return f"HMICFRS monitoring: item {it['ref']} migrated ({STATUS[st][0]})"
    if kind == "new":
        return f"HMICFRS monitoring: new item {it['ref']} added for West Midlands Police"
    return f"HMICFRS monitoring: status change for item {it['ref']} - {STATUS[st][0]}"


def body_v2(it, date, st, com):
    _, short, pub = REPORTS[it["rep"]]
    nb = "\xa0"
    lines = [
        "[HMICFRS]",
        "",
        "Monitoring portal update",
        "",
        f"Ref\t{it['ref']}",
        f"Item type\t{TYPES[it['typ']][1]}",
        f"Report\t{short}",
        f"Published\t{pub.strftime('%d/%m/%Y')}",
        f"Status\t{STATUS[st][1]}",
        f"Status date\t{date.strftime('%d/%m/%Y')}",
        f"Summary\t{summary(it['text'])}",
        f"HMICFRS comment\t{COMMENTS[com]}",
        nb,
        nb,
        "This is an automatic message from the HMICFRS monitoring portal. Replies to this address are not read.",
        "",
    ]
    return CRLF.join(lines)


def subject_v2(it, st):
    return f"Monitoring portal update – Ref {it['ref']} – {STATUS[st][1]}"


def rec(subject, body, frm, to=MAILBOX, cc=("", "", ""), cats="", imp="Normal"):
    return {
        "Subject": subject, "Body": body,
        "From: (Name)": frm[0], "From: (Address)": frm[1], "From: (Type)": frm[2],
        "To: (Name)": to[0], "To: (Address)": to[1], "To: (Type)": to[2],
        "CC: (Name)": cc[0], "CC: (Address)": cc[1], "CC: (Type)": cc[2],
        "BCC: (Name)": "", "BCC: (Address)": "", "BCC: (Type)": "",
        "Billing Information": "", "Categories": cats, "Importance": imp, "Mileage": "",
        "Sensitivity": "Normal",
    }


def build_hmicfrs_records():
    """Return list of (sort_datetime, record, meta).  meta: dict(kind=item|old|noise, item=..)."""
    out = []
    missed = {"SF4", "LEG2", "DU5"}  # never logged by the analyst
    for it in ITEMS:
        hist = it["history"]
        for i, (date, st, tpl, com, kind) in enumerate(hist):
            latest = i == len(hist) - 1
            if kind == "migr":
                t = dt.datetime.combine(date, dt.time(6, 2)) + dt.timedelta(seconds=RNG.randint(0, 2400))
            else:
                t = dt.datetime.combine(date, dt.time(8, 0)) + dt.timedelta(minutes=RNG.randint(0, 540))
            if it["key"] in missed:
                cats = ""
            elif not latest:
                cats = "Logged"
            elif it["key"] == "REC_DA":
                cats = ""  # the reopening was never actioned by the analyst
            elif st in ("C", "S"):
                cats = "Logged;Update tracker"
            else:
                cats = "Logged"
            if it["key"] == "REC_DA" and date == D(2022, 1, 20):
                cats = "Logged;Closed on tracker"
            if kind == "fll":
                rep_title, _, pub = REPORTS[it["rep"]]
                body = CRLF.join([
                    "Hi Joanne,",
                    "",
                    "The portal has not generated a notification for the last of the Disproportionate use recommendations, so for your records:",
                    "",
                    f"Ref: {it['ref']}",
                    f"Report: {rep_title} (published {pub.day} {pub.strftime('%B %Y')})",
                    "Type: National recommendation",
                    "Status: Awaiting review",
                    "",
                    f"Text: \u201c{it['text']}\u201d",
                    "",
                    "I have raised the missing notification with our systems team.",
                    "",
                    "Kind regards",
                    "",
                    "Sarah",
                    "",
                    "Sarah Okafor | Force Liaison Lead – West Midlands | HMICFRS",
                    "",
                ])
                r = rec(f"{it['ref']} - no portal notification", body, FLL, cats=cats)
            elif tpl == 1:
                r = rec(subject_v1(it, st, kind), body_v1(it, date, st, com, kind), PORTAL, cats=cats)
            else:
                r = rec(subject_v2(it, st), body_v2(it, date, st, com), PORTAL, cats=cats)
            out.append([t, r, dict(kind="item" if latest else "old", item=it, date=date, status=st)])
    # noise
    cover = CRLF.join([
        "Hi Joanne,",
        "",
        "As discussed on our call on Monday, I can't send you a spreadsheet extract from the monitoring portal at the moment – the export function is still switched off for forces while the new reporting module is tested.",
        "",
        "The notifications you have received from the portal since go-live on 15 March 2021 are the definitive position for West Midlands Police. Where an item has had more than one notification, the most recent one stands. The only exception is 11876: the portal did not send a notification when it was added, so I emailed the details to you on 6 April 2021.",
        "",
        "Nothing has changed since the notifications of 5 February. Happy to go through the list before your JAC on 21 March.",
        "",
        "Kind regards",
        "",
        "Sarah",
        "",
        "Sarah Okafor | Force Liaison Lead – West Midlands | HMICFRS",
        "",
    ])
    out.append([dt.datetime(2024, 2, 20, 11, 47), rec("West Midlands – definitive position for JAC (March 2024)", cover, FLL,
                                                       cc=ANALYST, cats="JAC Mar-24", imp="High"),
                dict(kind="noise", what="Liaison lead's covering email (no item; explains that the latest notification per item is the definitive position)")])
    maint = CRLF.join([
        "HMICFRS Monitoring Portal",
        "Automated notification - please do not reply to this email",
        "",
        "The monitoring portal will be unavailable from 18:00 on Friday 13 October 2023 until 08:00 on Monday 16 October 2023 for planned maintenance.",
        "",
        "From Monday the portal will use a new notification layout.",
        "",
    ])
    out.append([dt.datetime(2023, 10, 9, 9, 15), rec("HMICFRS monitoring portal – planned maintenance 13-16 October", maint, PORTAL),
                dict(kind="noise", what="Portal maintenance notice (no item)")])
    du2 = next(i for i in ITEMS if i["key"] == "DU2")
    quoted = body_v1(du2, D(2021, 3, 29), "AR", "new", "new")
    reply = CRLF.join([
        "Joanne",
        "",
        "Yes – I'll pick this up through the S&S and use of force action plan. Can you add it to the tracker under me?",
        "",
        "Dan",
        "",
        "Supt Dan Marsh | Stop & Search and Use of Force lead | West Midlands Police",
        "",
        "From: HMICFRS Liaison",
        "Sent: 30 March 2021 09:12",
        "To: Marsh, Daniel",
        f"Subject: FW: HMICFRS monitoring: new item {du2['ref']} added for West Midlands Police",
        "",
        "Dan – one for you please. Jo",
        "",
        "From: HMICFRS Monitoring Portal <noreply.monitoring@hmicfrs.gov.uk>",
        "Sent: 29 March 2021 16:40",
        "To: HMICFRS Liaison",
        f"Subject: HMICFRS monitoring: new item {du2['ref']} added for West Midlands Police",
        "",
        quoted,
    ])
    out.append([dt.datetime(2021, 3, 30, 14, 3), rec(f"RE: FW: HMICFRS monitoring: new item {du2['ref']} added for West Midlands Police",
                                                     reply, SUPT, cats="Logged"),
                dict(kind="noise", what=f"Owner's reply quoting the older 'new item' notification for {du2['ref']} (no item of its own)")])
    out.append([dt.datetime(2023, 6, 12, 10, 31), rec("Accepted: HMICFRS FLL quarterly catch-up", "", FLL),
                dict(kind="noise", what="Meeting acceptance from the liaison lead (no item)")])
    out.append([dt.datetime(2022, 1, 20, 15, 5), rec("Automatic reply: FW: HMICFRS monitoring: status change for item 8796 - Complete",
                                                     CRLF.join(["I am on leave until Monday 31 January with no access to email.", "",
                                                                "For urgent public protection matters please contact the PVP duty inspector.", ""]),
                                                     ("Lloyd, Kerry", "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=91c0e7d3b2a64f18a5e9c4d7b6a3f2e1-K Lloyd", "EX")),
                dict(kind="noise", what="Out-of-office auto-reply from a department contact on the distribution (no item)")])
    return out


def order_records(recs):
    # folder view: newest first, but Outlook export order is the store order; ties (the
    # migration batch) come out in arbitrary order; three messages were moved in late.
    recs.sort(key=lambda x: x[0], reverse=True)
    late = []
    for key, date in (("DU2", D(2022, 8, 18)), ("REC_DA", D(2023, 10, 16)), ("PE17A", D(2024, 1, 30))):
        for r in recs:
            m = r[2]
            if m["kind"] in ("item", "old") and m["item"]["key"] == key and m["date"] == date:
                late.append(r)
        recs[:] = [r for r in recs if r not in late]
    recs.extend(late)
    return recs


def write_hmicfrs(path, recs):
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=OUTLOOK_HEADER, quoting=csv.QUOTE_ALL, lineterminator=CRLF)
    w.writeheader()
    for _, r, _ in recs:
        w.writerow(r)
    data = buf.getvalue().encode("cp1252")  # Outlook writes the ANSI code page
    with open(path, "wb") as fh:
        fh.write(data)


# --------------------------------------------------------------------------------------------
# Force side: an ordinary Excel tracker
# --------------------------------------------------------------------------------------------
FORCE_REPORT = {
    "SS13": ("S&S 2013 – Stop and search powers: are the police using them effectively and fairly?", "Jul-13"),
    "EB14": ("Everyone's Business – Improving the police response to DA (2014)", "Mar 2014"),
    "AUS14": ("Policing in Austerity – Meeting the Challenge", "Jul-14"),
    "CB14": ("Core Business (2014)", "Sep-14"),
    "IM15": ("Integrity Matters (2015)", D(2015, 1, 30)),
    "TR15": ("Targeting the Risk – firearms licensing (2015)", D(2015, 9, 15)),
    "PE15": ("PEEL Efficiency 2015", D(2015, 10, 15)),
    "PEF16": ("PEEL Effectiveness 2016", D(2017, 3, 2)),
    "CDI17": ("Crime Data Integrity 2017", D(2017, 9, 7)),
    "SF17": ("Stolen Freedom – MSHT (national)", D(2017, 10, 24)),
    "PE17": ("PEEL Efficiency 2017", D(2017, 11, 9)),
    "LEG17": ("PEEL Legitimacy 2017 – national S&S", "Dec-17"),
    "P1819": ("PEEL 2018/19", D(2019, 5, 2)),
    "DU21": ("Disproportionate use of police powers – spotlight on S&S and UoF", "Feb-21"),
    "DEBRIEF": ("PEEL 2023-25 – hot debrief (initial findings)", "Oct-23"),
}
GROUP_ORDER = ["SS13", "EB14", "AUS14", "CB14", "IM15", "TR15", "PE15", "PEF16", "CDI17", "SF17",
               "PE17", "LEG17", "P1819", "DU21", "DEBRIEF"]
FTYPE = {"R": "Rec", "N": "National Rec", "A": "AFI", "C": "CoC"}
HEADERS = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI", "Lead Officer",
           "Portfolio", "RAG", "Latest Update", "Submitted to HMICFRS"]


def force_rows_by_group():
    groups = {g: [] for g in GROUP_ORDER}
    refiled = []
    for it in ITEMS:
        for fr in it["force"]:
            if fr["frep"]:
                refiled.append((fr["frep"], (fr, it)))
            else:
                groups[it["rep"]].append((fr, it))
    for g, pair in refiled:  # rows the force filed under another report come after that report's own
        groups[g].append(pair)
    for n in NOT_ON:
        groups[n["grp"]].append((n["row"], n))
    # the LEG4 row sits after the DU21 items, the HO row last
    return groups


def write_force(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Risk and Organisational Learning",
                       "company": "West Midlands Police", "created": dt.datetime(2024, 2, 23, 9, 30, 0)})
    wb.set_custom_property("Classification", "OFFICIAL")
    ws = wb.add_worksheet(FORCE_SHEET)
    f_title = wb.add_format({"bold": True, "font_size": 14})
    f_sub = wb.add_format({"italic": True, "font_color": "#595959"})
    f_head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True,
                            "border": 1, "valign": "top"})
    f_grp = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    f_cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    f_date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1, "align": "left"})
    rag_fmt = {
        "red": wb.add_format({"bg_color": "#FF0000", "border": 1, "valign": "top"}),
        "amber": wb.add_format({"bg_color": "#FFC000", "border": 1, "valign": "top"}),
        "green": wb.add_format({"bg_color": "#00B050", "border": 1, "valign": "top"}),
        "blue": wb.add_format({"bg_color": "#00B0F0", "border": 1, "valign": "top"}),
        "white": wb.add_format({"bg_color": "#FFFFFF", "border": 1, "valign": "top"}),
    }
    widths = [6, 10, 30, 11, 12, 70, 26, 14, 8, 50, 12]
    for c, wdt in enumerate(widths):
        ws.set_column(c, c, wdt)

    nonitems = []  # (excel row, what)
    rows = {}  # id(force row dict) -> excel row
    ws.write(0, 0, "West Midlands Police – HMICFRS Recommendations, AFIs & Causes of Concern Tracker", f_title)
    nonitems.append((1, "Title"))
    ws.write(1, 0, "Risk and Organisational Learning | Position as at 23/02/2024 | OFFICIAL", f_sub)
    nonitems.append((2, "Sub-title (owner, date, protective marking)"))
    nonitems.append((3, "Blank row above the header"))
    ws.write_row(3, 0, HEADERS, f_head)
    nonitems.append((4, "Header row"))
    ws.freeze_panes(4, 0)
    r = 4
    no = 0
    groups = force_rows_by_group()
    for g in GROUP_ORDER:
        rep_name, pub = FORCE_REPORT[g]
        if g == "DEBRIEF":
            nonitems.append((r + 1, "Blank row inside the table (before the hot-debrief block)"))
            r += 1
        pub_txt = pub.strftime("%d/%m/%Y") if isinstance(pub, dt.date) else pub
        ws.merge_range(r, 0, r, len(HEADERS) - 1, f"{rep_name}  (published {pub_txt})", f_grp)
        nonitems.append((r + 1, f"Report heading row: {rep_name}"))
        r += 1
        for fr, owner in groups[g]:
            if fr["no"]:
                num = fr["no"]
                if num.endswith("a"):
                    no += 1
                num = f"{no}{num[-1]}"
            else:
                no += 1
                num = no
            if "typ" in owner:
                ftype = fr["ftype"] or FTYPE[owner["typ"]]
            else:
                ftype = fr["ftype"]
            ws.write(r, 0, num, f_cell)
            ref = fr["ref"]
            if not ref:
                ws.write_blank(r, 1, None, f_cell)
            elif ref.isdigit() and g not in ("SF17",):
                ws.write_number(r, 1, int(ref), f_cell)
            else:
                ws.write_string(r, 1, ref, f_cell)
            ws.write(r, 2, rep_name, f_cell)
            if isinstance(pub, dt.date):
                ws.write_datetime(r, 3, dt.datetime.combine(pub, dt.time()), f_date)
            else:
                ws.write_string(r, 3, pub, f_cell)
            ws.write(r, 4, ftype, f_cell)
            ws.write(r, 5, fr["text"], f_cell)
            ws.write(r, 6, fr["lead"], f_cell)
            ws.write(r, 7, fr["portfolio"], f_cell)
            ws.write(r, 8, fr["rag"], rag_fmt[fr["rag"].strip().lower()])
            ws.write(r, 9, fr["update"], f_cell)
            if fr["submitted"]:
                ws.write_datetime(r, 10, dt.datetime.combine(fr["submitted"], dt.time()), f_date)
            else:
                ws.write_blank(r, 10, None, f_cell)
            rows[id(fr)] = r + 1
            r += 1
    r += 1
    nonitems.append((r, "Blank row below the table"))
    key = [
        ("RAG key", None),
        ("Red", "Off track / beyond deadline – rationale required"),
        ("Amber", "In progress – expected to be delivered"),
        ("Green", "Complete – evidence submitted to HMICFRS, awaiting closure"),
        ("Blue", "Closed by HMICFRS"),
        ("White", "Not WMP's to deliver (other organisation)"),
    ]
    for name, desc in key:
        if desc is None:
            ws.write(r, 0, name, wb.add_format({"bold": True}))
            nonitems.append((r + 1, "RAG key heading"))
        else:
            ws.write(r, 0, name, rag_fmt[name.lower()])
            ws.write(r, 1, desc)
            nonitems.append((r + 1, f"RAG key: {name}"))
        r += 1
    ws.autofilter(3, 0, 3, len(HEADERS) - 1)
    wb.close()
    return rows, nonitems


# --------------------------------------------------------------------------------------------
def main():
    os.makedirs(OUT, exist_ok=True)
    recs = order_records(build_hmicfrs_records())
    write_hmicfrs(os.path.join(OUT, HM_FILE), recs)
    frows, f_nonitems = write_force(os.path.join(OUT, FORCE_FILE))

    # record numbers (header = 1)
    hm_row = {}
    h_nonitems = [(1, "Header row (Outlook export field names)")]
    latest_row = {}
    for n, (_, r, m) in enumerate(recs, start=2):
        if m["kind"] == "item":
            latest_row[m["item"]["key"]] = n
    for n, (_, r, m) in enumerate(recs, start=2):
        if m["kind"] == "item":
            hm_row[m["item"]["key"]] = n
        elif m["kind"] == "old":
            it = m["item"]
            h_nonitems.append((n, f"Earlier notification for item {it['ref']} ({STATUS[m['status']][0]}, "
                                  f"{m['date'].strftime('%d/%m/%Y')}); superseded by record {latest_row[it['key']]}"))
        else:
            h_nonitems.append((n, m["what"]))
    h_nonitems.sort()

    truth = []
    for it in ITEMS:
        hr = f"{HM_FILE}!{hm_row[it['key']]}"
        if not it["force"]:
            truth.append((hr, "", it["category"], it["why"]))
        for fr in it["force"]:
            truth.append((hr, f"{FORCE_SHEET}!{frows[id(fr)]}", it["category"], it["why"]))
    for n in NOT_ON:
        truth.append(("", f"{FORCE_SHEET}!{frows[id(n['row'])]}", "not_on_hmicfrs_list", n["why"]))

    def sortkey(t):
        f = int(t[1].split("!")[1]) if t[1] else 10_000
        h = int(t[0].split("!")[1]) if t[0] else 10_000
        return (f, h)
    truth.sort(key=sortkey)
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_readme(recs, hm_row, frows, h_nonitems, f_nonitems, truth)


def write_readme(recs, hm_row, frows, h_nonitems, f_nonitems, truth):
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    items_cnt = Counter(it["category"] for it in ITEMS)
    items_cnt["not_on_hmicfrs_list"] = len(NOT_ON)
    L = []
    a = L.append
    a(f"# {CASE}")
    a("")
    a("## Story")
    a("")
    a("West Midlands Police's Risk and Organisational Learning analyst has to reconcile HMICFRS's position with "
      "the force tracker before the Joint Audit Committee of 21 March 2024. HMICFRS did **not** send a "
      "spreadsheet this time: the force liaison lead (FLL) explained (record "
      f"{[n for n, (_, r, m) in enumerate(recs, start=2) if m['kind'] == 'noise' and m['what'].startswith('Liaison')][0]}"
      " of `hmicfrs.csv`) that the portal's export is switched off for forces and that the notifications "
      "the monitoring portal has emailed to the force's `HMICFRS Liaison` shared mailbox since go-live "
      "(15 March 2021) are the definitive position, the most recent notification per item standing. At go-live the "
      "portal sent one 'migrated' notification for every item on the force's register, open or closed; since then it "
      "has sent one for every new item and every status change. One item (11876) never had a notification: the "
      "FLL typed its details into an ordinary email.")
    a("")
    a("The analyst filed all of these in an Outlook folder and exported it with Outlook's *Import and Export > "
      "Export to a file > Comma Separated Values*. That export is the HMICFRS side. The force side is the "
      "ordinary tracker workbook the team keeps.")
    a("")
    a("## Files")
    a("")
    a("### `hmicfrs.csv` — Outlook CSV export of the mailbox folder")
    a("")
    a("- Windows-1252 encoded (Outlook writes the ANSI code page), CRLF line ends, every field quoted.")
    a("- Header (record 1) is Outlook's fixed mail export field list: `Subject, Body, From: (Name), From: (Address), "
      "From: (Type), To: (Name), To: (Address), To: (Type), CC: …, BCC: …, Billing Information, Categories, "
      "Importance, Mileage, Sensitivity`. There is **no received date** column (Outlook's CSV export does not "
      "carry one); the only dates are inside the bodies.")
    a("- The `Body` is multi-line, so a record spans many physical lines: row numbers in truth.csv are **record** "
      "numbers (header = 1), as Excel shows them when the file is opened.")
    a("- Every field of an item is inside `Body` (and the reference also in `Subject`). Two notification layouts:")
    a("  - **2021 template** (plain text, up to 15 Oct 2023): `Item:` reference, `Type:` (Recommendation / "
      "Recommendation (national) / Area for improvement / Cause of concern), `Report:` full title, `Published:` "
      "and `Date of change:` as '15th March 2021', `Status:` (Awaiting review / Being progressed / Complete / "
      "Superseded), `Item text:` hard-wrapped at 76 characters, `Comment:`.")
    a("  - **2023 template** (HTML converted to text by Outlook, from 16 Oct 2023): tab-separated `Ref`, `Item type` "
      "(… National recommendation / AFI …), `Report` short title, `Published` and `Status date` as dd/mm/yyyy, "
      "`Status` (Open – awaiting review / Open – being progressed / Closed – complete / Closed – superseded), and only "
      "a `Summary` of the text cut at about 150 characters with ' …' (the full text is only in that item's older 2021 "
      "notification).")
    a("  - The FLL's own email for 11876 gives `Ref:`, `Report:`, `Type:`, `Status:` and `Text:` in prose.")
    a("- `Categories` are the **analyst's own** Outlook colour categories (Logged, Update tracker, Closed on "
      "tracker, JAC Mar-24). They are not HMICFRS statuses and are ignored for the truth (one of them, "
      "'Closed on tracker' on the January 2022 Complete notice for 8798, is now wrong because 8798 was reopened).")
    a("- Order: Outlook's store order — broadly newest first, the 38 go-live notifications of 15 March 2021 in no "
      "particular order, and three messages moved into the folder late sit at the bottom (the 18 Aug 2022 Complete "
      "for 11874, the 16/10/2023 reopening of 8798, the 30/01/2024 Closed – complete for 9403). Neither first nor "
      "last occurrence of a reference is reliably the latest: only the date in the body decides.")
    a("")
    a("Which records are items: for each of the 42 references, the single record with the latest date of change "
      "(2021 template `Date of change`, 2023 template `Status date`, or the FLL email of 6 April 2021 for 11876). "
      "All other records are listed under *Rows that are not items*.")
    a("")
    a(f"### `tracker.xlsx` — sheet `{FORCE_SHEET}`")
    a("")
    a("- Row 1 title, row 2 sub-title, row 3 blank, **row 4 header**: `No. | HMICFRS Ref | Report | Published | Type | "
      "Recommendation / AFI | Lead Officer | Portfolio | RAG | Latest Update | Submitted to HMICFRS`.")
    a("- Items grouped under merged report-heading rows (fill colour, text 'Report (published …)'). Every other row "
      "between the header and the RAG key is an item. A blank row separates the last block (hot-debrief findings). "
      "A RAG key sits below the table.")
    a("- `No.` is the tracker's own running number (not an HMICFRS reference); split rows carry a letter suffix "
      "(21a–21d for 9120, 22a–22d for 9301). `HMICFRS Ref` is filled only for items from 2017 on (numbers, except the Stolen Freedom block, "
      "typed as text); older items have no reference.")
    a("- `Published` is a real date for some reports and text ('Jul-13', 'Mar 2014', 'Dec-17', 'Feb-21') for others.")
    a("- Texts are the force's abridgements (CC's, S&S, DA, CoC, MSHT, BWV, UoF, 'asap'), two rows keep the report "
      "wording (one with a stray footnote number '86' copied from the PDF).")
    a("")
    a("## Status rules")
    a("")
    a("- HMICFRS **open**: Awaiting review, Being progressed, Open – awaiting review, Open – being progressed. "
      "HMICFRS **closed**: Complete, Superseded, Closed – complete, Closed – superseded. Status = the status of the "
      "item's latest record (see above).")
    a("  These are the portal's own words in its two templates (and the FLL's 'Awaiting review' for 11876); "
      "Complete/Superseded and their 2023 forms are the only closing statuses the portal uses.")
    a("- Force **done**: Green (complete, evidence submitted to HMICFRS), Blue (closed by HMICFRS), White (not "
      "WMP's to deliver; only on the Home Office/NPCC row) — as the tracker's own RAG key (rows 70–75) defines them. "
      "Force **open**: Red, Amber. Case and trailing blanks vary "
      "('BLUE'). A split item is done only when all its rows are done.")
    a("- in_sync = open/open or closed/done; closeable_submit = HMICFRS open, force done; closeable_local = HMICFRS "
      "closed, force open; conflict overrides these when a fact disagrees.")
    a("")
    a("## Traps and how the truth decides them")
    a("")
    a("1. **Several notifications per item** (20 earlier notifications): the latest by body date is the item; the "
      "earlier ones are history. E.g. 2336, 4415, 5611, 8795/8796, 9302, 9460, 9463 went Being progressed → "
      "Complete; 11874 went Awaiting review → Being progressed → Complete (its latest record is at the bottom of the file).")
    a("2. **Reopened item 8798**: Complete on 20 Jan 2022, then 'Open – being progressed' on 16/10/2023 (record placed "
      "below the older one). Tracker Blue ⇒ closeable_submit, not in_sync.")
    a("3. **Two template generations**: different labels, status words, type words, date formats; the 2023 "
      "notices carry only a truncated summary. Report titles differ between templates and from the tracker's.")
    a("4. **Mailbox noise**: the FLL's covering email, a maintenance notice, a meeting acceptance, an out-of-office "
      "auto-reply and an owner's reply quoting a whole older notification (11874) — none is an item.")
    a("5. **11876** exists only in the FLL's prose email ⇒ an HMICFRS item (Awaiting review) with no tracker row ⇒ "
      "missing_from_force. 9304 and 9462 (migrated, never logged) are also missing_from_force.")
    a("6. **Analyst's Categories** look like statuses but are the force's own marks; ignored.")
    a("7. **Record vs line numbers**: multi-line bodies; use record numbers.")
    a("8. Force side: split rows (9120 into 4 of its 5 bullets ⇒ conflict, missing bullet; 9301 into all 4 bullets, "
      "two still Amber ⇒ open ⇒ in_sync), a wrong reference (9370 for 9307 ⇒ conflict), timescale (5273 'six' vs "
      "'three' months ⇒ conflict), deadline (9402 'September 2019' vs 'September 2018' ⇒ conflict), report (9464 filed "
      "under the 2021 report ⇒ conflict), type (10214 AFI recorded as 'Rec' ⇒ conflict), Home Office/NPCC "
      "recommendation and two hot-debrief findings ⇒ not_on_hmicfrs_list.")
    a("")
    a("## Counts")
    a("")
    a("| category | items | truth lines |")
    a("|---|---|---|")
    for c in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
              "not_on_hmicfrs_list", "review"]:
        a(f"| {c} | {items_cnt.get(c, 0)} | {cnt.get(c, 0)} |")
    a(f"| **total** | {sum(items_cnt.values())} | {len(truth)} |")
    a("")
    a(f"HMICFRS items: {len(ITEMS)} (records in hmicfrs.csv: {len(recs)} + header). Force item rows: "
      f"{sum(1 for t in truth if t[1])}.")
    a("")
    a("## Per-item truth")
    a("")
    a("| ref | HMICFRS record | force rows | category | why |")
    a("|---|---|---|---|---|")
    for it in ITEMS:
        fr = ", ".join(str(frows[id(x)]) for x in it["force"]) or "—"
        a(f"| {it['ref']} | {hm_row[it['key']]} | {fr} | {it['category']} | {it['why']} |")
    for n in NOT_ON:
        a(f"| — | — | {frows[id(n['row'])]} | not_on_hmicfrs_list | {n['why']} |")
    a("")
    a("## Rows that are not items")
    a("")
    a("### hmicfrs.csv (record numbers, header = 1)")
    a("")
    for n, what in h_nonitems:
        a(f"- {n}: {what}")
    a("")
    a(f"### tracker.xlsx, sheet {FORCE_SHEET} (Excel row numbers)")
    a("")
    for n, what in sorted(f_nonitems):
        a(f"- {n}: {what}")
    a("")
    a("## Sources of the texts")
    a("")
    a("All recommendation, AFI and cause-of-concern texts are real public HMIC/HMICFRS wording: from the project's "
      "real_recommendations.csv and the November 2017 West Midlands JAC 'HMICFRS update' paper (Stolen freedom, PEEL "
      "efficiency 2017, Policing in Austerity, the DA cause of concern). Some force-specific texts come from other "
      "forces' reports of the same series and are used here as West Midlands items; reference numbers, portal "
      "layouts, people and mailbox addresses are invented.")
    a("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    main()
